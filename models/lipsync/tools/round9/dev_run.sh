#!/bin/bash
# Round 9a dev helper as run (paths are this session's: /tmp/ls9a holds L2SF.bin = Round 8's L2SF dump and its table).
# run.sh NAME SEED [train.py args] : train on L2SF.bin, score on the L2 dev split
n=$1; s=$2; shift 2
cd /tmp/ls9a
[ -f $n-$s.bin ] || OMP_NUM_THREADS=1 nice -n 10 python3 /work/wt-lipsync9a/models/lipsync/train.py L2SF.bin $n-$s.bin --epochs ${EP:-12} --seed $s "$@" > $n-$s.log 2>&1
./ev.sh $n-$s $n-$s.bin L2SF.transitions.tsv > $n-$s.ev 2>&1
echo "$n-$s $* :: $(grep -E '^\| \*\*all' $n-$s.ev)"
