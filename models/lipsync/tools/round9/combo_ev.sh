#!/bin/bash
# ev.sh NAME MODEL.bin TRANSITIONS.tsv -> L2 dev table (ona + rms held out)
n=$1; m=$2; tr=$3; shift 3  # (Round 9c; paths as run)
d=/tmp/ls9c/m_$n/lipsync; mkdir -p $d
cp $m $d/viseme-mlp.bin; cp $tr $d/viseme-mlp.transitions.tsv; ln -sf /work/main/models/lipsync/cmudict-en-us.dict.gz $d/
OMP_NUM_THREADS=1 nice -n 10 /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -XX:ActiveProcessorCount=1 -Dmouthpiece.models=/tmp/ls9c/m_$n -jar /tmp/ls9c/target/mouthpiece.jar bench lipsync --corpus /tmp/ls4/L2 --split dev "$@"
