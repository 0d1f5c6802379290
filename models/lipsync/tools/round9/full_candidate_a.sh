#!/bin/bash
# Round 9a: six hard-label teachers (seeds 7-12) on the full v4 dump V3SF.bin (Round 8), their soft targets, student A.
cd /tmp/ls9a; export OMP_NUM_THREADS=1
TR=/work/wt-lipsync9a/models/lipsync/train.py; T=/work/wt-lipsync9a/models/lipsync/tools/round9
for s in 7 8 9 10 11 12; do
  [ -f F-$s.bin ] || nice -n 10 python3 $TR V3SF.bin F-$s.bin --epochs 12 --seed $s > F-$s.log 2>&1
  echo "F-$s $(sha256sum F-$s.bin)"
done
nice -n 10 python3 $T/teacher.py V3SF.bin FT6.f16 F-{7,8,9,10,11,12}.bin > FT6.log 2>&1
nice -n 10 python3 $TR V3SF.bin FS-7.bin --epochs 12 --seed 7 --teacher FT6.f16 --alpha 0.3 --logit-scale 2.0 > FS-7.log 2>&1
sha256sum FS-7.bin V3SF.transitions.tsv
echo fulldone
