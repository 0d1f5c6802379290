# score.py DEVDUMP MODEL15 DET... : frame-level PP detection quality on the held-out dev (clean copies)
import sys, struct, numpy as np
def load_dump(p):
    raw=open(p,"rb").read(); m,n,d=struct.unpack_from("<iii",raw,0)
    x=np.frombuffer(raw,"<f4",n*d,12).reshape(n,d); y=np.frombuffer(raw,np.uint8,n,12+4*n*d); return x,y
def load_mlp(p):
    raw=open(p,"rb").read(); o=8; L=struct.unpack_from("<i",raw,4)[0]; s=struct.unpack_from("<%di"%(L+1),raw,o); o+=4*(L+1)
    f=lambda k: (np.frombuffer(raw,"<f4",k,o)); mean=f(s[0]); o+=4*s[0]; std=f(s[0]); o+=4*s[0]
    W=[];B=[]
    for l in range(L):
        W.append(np.frombuffer(raw,"<f4",s[l]*s[l+1],o).reshape(s[l+1],s[l])); o+=4*s[l]*s[l+1]
        B.append(np.frombuffer(raw,"<f4",s[l+1],o)); o+=4*s[l+1]
    def fwd(x):
        a=(x-mean)/std
        for l in range(L):
            a=a@W[l].T+B[l]
            if l<L-1: a=np.maximum(a,0)
        a=a-a.max(1,keepdims=True); p=np.exp(a); return p/p.sum(1,keepdims=True)
    return fwd
def ap(score,t):
    o=np.argsort(-score); t=t[o]; tp=np.cumsum(t); prec=tp/np.arange(1,len(t)+1); return (prec*t).sum()/t.sum()
def auc(score,t):
    r=np.argsort(np.argsort(score))+1; P=t.sum(); N=len(t)-P; return (r[t==1].sum()-P*(P+1)/2)/(P*N)
x,y=load_dump(sys.argv[1]); t=(y==1).astype(np.int64)
base=load_mlp(sys.argv[2])(x)[:,1]
print("frames",len(y),"PP",t.sum())
print("15-class PP posterior: AP %.3f AUC %.4f"%(ap(base,t),auc(base,t)))
for p in sys.argv[3:]:
    d=load_mlp(p)(x)[:,1]
    print(p,"detector: AP %.3f AUC %.4f"%(ap(d,t),auc(d,t)))
    for w in (0.3,0.5,0.7):
        f=w*d+(1-w)*base; print("  fused w=%.1f: AP %.3f AUC %.4f"%(w,ap(f,t),auc(f,t)))
