#!/bin/bash
# combo.sh BASE NAME : manifest from BASE (dev: /tmp/ls4/L2 as is; full: /tmp/ls4-corpus made absolute) + astS + ast_fr + c9 + ru/es snapped
# Round 9c as run: paths are this session's (/tmp/ls9c holds the copied jar and the dumps; /tmp/ls9b the Round 9b corpora).
# -> dump, table, teachers 7-12, soft targets, students (dev: seeds 7, 8 scored on dev; full: seed 7)
base=$1; n=$2
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
cd /tmp/ls9c; mkdir -p $n
TR=/work/main/models/lipsync/train.py; T=/work/main/models/lipsync/tools/round9
if [ $base = dev ]; then cp /tmp/ls4/L2/manifest.tsv $n/manifest.tsv
else awk -F'\t' 'BEGIN{OFS="\t"} NR==1{print; next} {$5="/tmp/ls4-corpus/" $5; $6="/tmp/ls4-corpus/" $6; print}' /tmp/ls4-corpus/manifest.tsv > $n/manifest.tsv; fi
for a in /tmp/ls7/astS /tmp/ls8/ast_fr /tmp/ls9b/c9 /tmp/ls9b/ast_ruC /tmp/ls9b/ast_esC; do
  awk -F'\t' -v d=$a/ 'BEGIN{OFS="\t"} NR>1 && $1=="train"{$5=d $5; $6=d $6; print}' $a/manifest.tsv >> $n/manifest.tsv
done
J="nice -n 10 $JAVA_HOME/bin/java -XX:ActiveProcessorCount=1 -jar /tmp/ls9c/target/mouthpiece.jar"
[ -f $n.bin ] || $J bench lipsync --corpus /tmp/ls9c/$n --dump-features /tmp/ls9c/$n.bin
$J bench lipsync --corpus /tmp/ls9c/$n --dump-transitions /tmp/ls9c/$n.transitions.tsv
for s in 7 8 9 10 11 12; do
  [ -f $n-T$s.bin ] || nice -n 10 python3 $TR $n.bin $n-T$s.bin --epochs 12 --seed $s > $n-T$s.log 2>&1
  echo "teacher $s $(date +%T)"
done
nice -n 10 python3 $T/teacher.py $n.bin $n-FT6.f16 $n-T{7,8,9,10,11,12}.bin > $n-FT6.log 2>&1
seeds="7 8"; [ $base = dev ] || seeds=7
for s in $seeds; do
  nice -n 10 python3 $TR $n.bin $n-S$s.bin --epochs 16 --seed $s --teacher $n-FT6.f16 --alpha 0.1 --logit-scale 2.0 --cosine > $n-S$s.log 2>&1
  sha256sum $n-S$s.bin
  if [ $base = dev ]; then echo "== $n-S$s"; ./combo_ev.sh $n-S$s $n-S$s.bin $n.transitions.tsv 2>&1 | grep -E "ona|flite:rms \(|all"; fi
done
sha256sum $n.transitions.tsv
echo "done $n $(date +%T)"
