import sys; sys.argv=['x','/tmp/ls6/dev.bin','/tmp/ls4/L2-7.bin']
src=open('/tmp/ls6/score.py').read().split("x,y=load_dump")[0]; exec(src)
x,y=load_dump('/tmp/ls6/dev.bin'); xw,_=load_dump('/tmp/ls6/devW13.bin'); t=(y==1).astype(np.int64)
base=load_mlp('/tmp/ls4/L2-7.bin')(x)[:,1]
for det,xx in (('C16w.bin',xw),('C32w.bin',xw),('C32.bin',x),('C64.bin',x),('W13.bin',xw)):
    d=load_mlp('/tmp/ls6/'+det)(xx)[:,1]
    for w in (0.3,0.5,0.7): f=w*d+(1-w)*base; print(det,"fused w=%.1f: AP %.3f AUC %.4f"%(w,ap(f,t),auc(f,t)))
