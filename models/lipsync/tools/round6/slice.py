# Round-6 experiment (model card): slice.py SUPERSET_DUMP OUT_DUMP OFFSETS keeps the listed offsets of a dump written with
# bench lipsync --dump-features ... --offsets=-30,-20,-15,-10,-6,-3,-2,-1,0,1,2,3,6,10,15,20,30
import sys, struct, numpy as np
SUP=[-30,-20,-15,-10,-6,-3,-2,-1,0,1,2,3,6,10,15,20,30]
src,dst,use=sys.argv[1],sys.argv[2],[int(v) for v in sys.argv[3].split(",")]
raw=open(src,"rb").read(); magic,n,dim=struct.unpack_from("<iii",raw,0); assert dim==13*len(SUP)
x=np.frombuffer(raw,dtype="<f4",count=n*dim,offset=12).reshape(n,len(SUP),13)
y=raw[12+4*n*dim:]
xs=np.ascontiguousarray(x[:,[SUP.index(o) for o in use],:]).reshape(n,-1)
with open(dst,"wb") as f:
    f.write(struct.pack("<iii",magic,n,xs.shape[1])); f.write(xs.astype("<f4").tobytes()); f.write(y)
print("sliced",n,xs.shape[1])
