#!/bin/bash
# Round 9a: the chosen full candidate (needs full_candidate_a.sh's FT6.f16 first); then a retrain of A to check its bytes.
cd /tmp/ls9a; export OMP_NUM_THREADS=1
TR=/work/wt-lipsync9a/models/lipsync/train.py
nice -n 10 python3 $TR V3SF.bin FSB-7.bin --epochs 16 --seed 7 --teacher FT6.f16 --alpha 0.1 --logit-scale 2.0 --cosine > FSB-7.log 2>&1
sha256sum FSB-7.bin
nice -n 10 python3 $TR V3SF.bin FS-7r.bin --epochs 12 --seed 7 --teacher FT6.f16 --alpha 0.3 --logit-scale 2.0 > FS-7r.log 2>&1
cmp FS-7.bin FS-7r.bin && echo FS-7-REPRODUCED
echo fullBdone
