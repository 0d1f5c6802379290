#!/bin/bash
# run.sh NAME EXTRA_DIRS... : L2 + ast_fr + EXTRA train rows, astS rows as split devA; dump, table, seeds 7-12, FT6, students 7 8; evals
# Round 9d as run (paths are this session's; /tmp/ls9c/target holds a copy of main's jar). Usage: devA.sh L2F ; devA.sh L2F9 DIRS...
n=$1; shift
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1
cd /tmp/ls9d; mkdir -p $n
TR=/work/main/models/lipsync/train.py; T=/work/main/models/lipsync/tools/round9
cp /tmp/ls4/L2/manifest.tsv $n/manifest.tsv
for a in /tmp/ls8/ast_fr "$@"; do
  awk -F'\t' -v d=$a/ 'BEGIN{OFS="\t"} NR>1 && $1=="train"{$5=d $5; $6=d $6; print}' $a/manifest.tsv >> $n/manifest.tsv
done
awk -F'\t' -v d=/tmp/ls7/astS/ 'BEGIN{OFS="\t"} NR>1 && $1=="train"{$1="devA"; $5=d $5; $6=d $6; print}' /tmp/ls7/astS/manifest.tsv >> $n/manifest.tsv
J="nice -n 10 $JAVA_HOME/bin/java -XX:ActiveProcessorCount=1 -jar /tmp/ls9c/target/mouthpiece.jar"
[ -f $n.bin ] || $J bench lipsync --corpus /tmp/ls9d/$n --dump-features /tmp/ls9d/$n.bin
$J bench lipsync --corpus /tmp/ls9d/$n --dump-transitions /tmp/ls9d/$n.transitions.tsv
ev() { # model tag
  d=/tmp/ls9d/m_$2/lipsync; mkdir -p $d; cp $1 $d/viseme-mlp.bin; cp $n.transitions.tsv $d/viseme-mlp.transitions.tsv
  ln -sf /work/main/models/lipsync/cmudict-en-us.dict.gz $d/
  for sp in devA dev; do
    echo "$2 $sp $(nice -n 10 $JAVA_HOME/bin/java -XX:ActiveProcessorCount=1 -Dmouthpiece.models=/tmp/ls9d/m_$2 -jar /tmp/ls9c/target/mouthpiece.jar bench lipsync --corpus /tmp/ls9d/$n --split $sp 2>&1 | grep -E '^\| \*\*all')"
  done
}
for s in 7 8 9 10 11 12; do
  [ -f $n-T$s.bin ] || nice -n 10 python3 $TR $n.bin $n-T$s.bin --epochs 12 --seed $s > $n-T$s.log 2>&1
  [ $s -le 8 ] && ev $n-T$s.bin $n-T$s
done
nice -n 10 python3 $T/teacher.py $n.bin $n-FT6.f16 $n-T{7,8,9,10,11,12}.bin > $n-FT6.log 2>&1
for s in 7 8; do
  nice -n 10 python3 $TR $n.bin $n-S$s.bin --epochs 16 --seed $s --teacher $n-FT6.f16 --alpha 0.1 --logit-scale 2.0 --cosine > $n-S$s.log 2>&1
  ev $n-S$s.bin $n-S$s
done
rm -f $n.bin $n-FT6.f16
echo "done $n $(date +%T)"
