#!/bin/bash
# Round 9a dev helper as run (paths are this session's: /tmp/ls9a holds L2SF.bin = Round 8's L2SF dump and its table).
# ev.sh NAME MODEL.bin TRANSITIONS.tsv [bench args] -> L2 dev table (ona + rms held out)
n=$1; m=$2; tr=$3; shift 3
d=/tmp/ls9a/m_$n/lipsync; mkdir -p $d
cp $m $d/viseme-mlp.bin; cp $tr $d/viseme-mlp.transitions.tsv; ln -sf /work/wt-lipsync9a/models/lipsync/cmudict-en-us.dict.gz $d/
OMP_NUM_THREADS=1 nice -n 10 /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -XX:ActiveProcessorCount=1 -Dmouthpiece.models=/tmp/ls9a/m_$n -jar /tmp/ls8/target/mouthpiece.jar bench lipsync --corpus /tmp/ls4/L2 --split dev "$@"
