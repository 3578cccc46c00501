; ---- dp_fwd_h2_k32_v32_c32_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_c32_gate'
source_filename = "dp_fwd_h2_k32_v32_c32_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_c32_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %A = getelementptr inbounds i8, ptr %work, i64 36864
  %Dt = getelementptr inbounds i8, ptr %work, i64 69888
  %G = getelementptr inbounds i8, ptr %work, i64 69632
  %KT = getelementptr inbounds i8, ptr %work, i64 12288
  %Kc = getelementptr inbounds i8, ptr %work, i64 4096
  %Oc = getelementptr inbounds i8, ptr %work, i64 65536
  %P = getelementptr inbounds i8, ptr %work, i64 57344
  %Qc = getelementptr inbounds i8, ptr %work, i64 53248
  %X = getelementptr inbounds i8, ptr %work, i64 20480
  %bet = getelementptr inbounds i8, ptr %work, i64 73984
  %gam = getelementptr inbounds i8, ptr %work, i64 69760
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = getelementptr inbounds i8, ptr %work, i64 69884
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %nc, 12
  %7 = shl i64 %H, 12
  %8 = shl i64 %H, 7
  %smax578 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %9 = sub i64 %bh1, %bh0
  %invariant.gep = getelementptr i8, ptr %work, i64 53248
  %invariant.gep740 = getelementptr i8, ptr %work, i64 4096
  %invariant.gep742 = getelementptr i8, ptr %work, i64 20480
  %invariant.gep744 = getelementptr i8, ptr %work, i64 4224
  %invariant.gep746 = getelementptr i8, ptr %work, i64 20736
  %10 = getelementptr inbounds i8, ptr %work, i64 12544
  %11 = getelementptr inbounds i8, ptr %work, i64 12800
  %12 = getelementptr inbounds i8, ptr %work, i64 13056
  %13 = getelementptr inbounds i8, ptr %work, i64 13312
  %14 = getelementptr inbounds i8, ptr %work, i64 13568
  %15 = getelementptr inbounds i8, ptr %work, i64 13824
  %16 = getelementptr inbounds i8, ptr %work, i64 14080
  %17 = getelementptr inbounds i8, ptr %work, i64 14336
  %18 = getelementptr inbounds i8, ptr %work, i64 14592
  %19 = getelementptr inbounds i8, ptr %work, i64 14848
  %20 = getelementptr inbounds i8, ptr %work, i64 15104
  %21 = getelementptr inbounds i8, ptr %work, i64 15360
  %22 = getelementptr inbounds i8, ptr %work, i64 15616
  %23 = getelementptr inbounds i8, ptr %work, i64 15872
  %24 = getelementptr inbounds i8, ptr %work, i64 16128
  %25 = getelementptr inbounds i8, ptr %work, i64 16384
  %26 = getelementptr inbounds i8, ptr %work, i64 16640
  %27 = getelementptr inbounds i8, ptr %work, i64 16896
  %28 = getelementptr inbounds i8, ptr %work, i64 17152
  %29 = getelementptr inbounds i8, ptr %work, i64 17408
  %30 = getelementptr inbounds i8, ptr %work, i64 17664
  %31 = getelementptr inbounds i8, ptr %work, i64 17920
  %32 = getelementptr inbounds i8, ptr %work, i64 18176
  %33 = getelementptr inbounds i8, ptr %work, i64 18432
  %34 = getelementptr inbounds i8, ptr %work, i64 18688
  %35 = getelementptr inbounds i8, ptr %work, i64 18944
  %36 = getelementptr inbounds i8, ptr %work, i64 19200
  %37 = getelementptr inbounds i8, ptr %work, i64 19456
  %38 = getelementptr inbounds i8, ptr %work, i64 19712
  %39 = getelementptr inbounds i8, ptr %work, i64 19968
  %40 = getelementptr inbounds i8, ptr %work, i64 20224
  %41 = getelementptr inbounds i8, ptr %work, i64 53280
  %42 = getelementptr inbounds i8, ptr %work, i64 53312
  %43 = getelementptr inbounds i8, ptr %work, i64 53344
  %44 = getelementptr inbounds i8, ptr %work, i64 4128
  %45 = getelementptr inbounds i8, ptr %work, i64 20512
  %46 = getelementptr inbounds i8, ptr %work, i64 4160
  %47 = getelementptr inbounds i8, ptr %work, i64 20544
  %48 = getelementptr inbounds i8, ptr %work, i64 4192
  %49 = getelementptr inbounds i8, ptr %work, i64 20576
  %50 = getelementptr inbounds i8, ptr %work, i64 12544
  %51 = getelementptr inbounds i8, ptr %work, i64 12800
  %52 = getelementptr inbounds i8, ptr %work, i64 13056
  %53 = getelementptr inbounds i8, ptr %work, i64 13312
  %54 = getelementptr inbounds i8, ptr %work, i64 13568
  %55 = getelementptr inbounds i8, ptr %work, i64 13824
  %56 = getelementptr inbounds i8, ptr %work, i64 14080
  %57 = getelementptr inbounds i8, ptr %work, i64 14336
  %58 = getelementptr inbounds i8, ptr %work, i64 14592
  %59 = getelementptr inbounds i8, ptr %work, i64 14848
  %60 = getelementptr inbounds i8, ptr %work, i64 15104
  %61 = getelementptr inbounds i8, ptr %work, i64 15360
  %62 = getelementptr inbounds i8, ptr %work, i64 15616
  %63 = getelementptr inbounds i8, ptr %work, i64 15872
  %64 = getelementptr inbounds i8, ptr %work, i64 16128
  %65 = getelementptr inbounds i8, ptr %work, i64 16384
  %66 = getelementptr inbounds i8, ptr %work, i64 16640
  %67 = getelementptr inbounds i8, ptr %work, i64 16896
  %68 = getelementptr inbounds i8, ptr %work, i64 17152
  %69 = getelementptr inbounds i8, ptr %work, i64 17408
  %70 = getelementptr inbounds i8, ptr %work, i64 17664
  %71 = getelementptr inbounds i8, ptr %work, i64 17920
  %72 = getelementptr inbounds i8, ptr %work, i64 18176
  %73 = getelementptr inbounds i8, ptr %work, i64 18432
  %74 = getelementptr inbounds i8, ptr %work, i64 18688
  %75 = getelementptr inbounds i8, ptr %work, i64 18944
  %76 = getelementptr inbounds i8, ptr %work, i64 19200
  %77 = getelementptr inbounds i8, ptr %work, i64 19456
  %78 = getelementptr inbounds i8, ptr %work, i64 19712
  %79 = getelementptr inbounds i8, ptr %work, i64 19968
  %80 = getelementptr inbounds i8, ptr %work, i64 20224
  %81 = getelementptr inbounds i8, ptr %work, i64 65568
  %82 = getelementptr inbounds i8, ptr %work, i64 65600
  %83 = getelementptr inbounds i8, ptr %work, i64 65632
  %invariant.gep754 = getelementptr i8, ptr %work, i64 65536
  %84 = getelementptr inbounds i8, ptr %work, i64 32
  %85 = getelementptr inbounds i8, ptr %work, i64 64
  %86 = getelementptr inbounds i8, ptr %work, i64 96
  %invariant.gep756 = getelementptr inbounds i8, ptr %work, i64 20608
  %invariant.gep758 = getelementptr inbounds i8, ptr %work, i64 20640
  %invariant.gep760 = getelementptr inbounds i8, ptr %work, i64 20672
  %invariant.gep762 = getelementptr inbounds i8, ptr %work, i64 20704
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i28.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i28.head.preheader ]
  %bh.addr.0450 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i28.head.preheader ]
  %87 = add i64 %indvar, %bh0
  %88 = shl i64 %87, 12
  %scevgep582 = getelementptr i8, ptr %hT, i64 %88
  %scevgep542 = getelementptr i8, ptr %h0, i64 %88
  %b = sdiv i64 %bh.addr.0450, %H
  %h = srem i64 %bh.addr.0450, %H
  %89 = mul i64 %b, %T
  %90 = mul i64 %89, %H
  %bT = add i64 %90, %h
  %91 = mul i64 %1, %89
  %bTn = add nsw i64 %91, %h
  %92 = shl nsw i64 %bTn, 5
  %vh = getelementptr inbounds float, ptr %v, i64 %92
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep542, i64 4096, i1 false)
  %qh.idx = shl nsw i64 %bT, 7
  %qh = getelementptr inbounds i8, ptr %q, i64 %qh.idx
  %kh = getelementptr inbounds float, ptr %k, i64 %92
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  br i1 %3, label %i1.head.preheader.lr.ph, label %i28.head.preheader

bh.exit:                                          ; preds = %i28.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %93 = mul i64 %6, %indvar
  %94 = shl i64 %bT, 7
  %invariant.gep764 = getelementptr i8, ptr %hs, i64 %93
  %95 = getelementptr i8, ptr %qh, i64 32
  %96 = getelementptr i8, ptr %qh, i64 64
  %97 = getelementptr i8, ptr %qh, i64 96
  %98 = getelementptr i8, ptr %kh, i64 32
  %99 = getelementptr i8, ptr %kh, i64 64
  %100 = getelementptr i8, ptr %kh, i64 96
  %101 = getelementptr i8, ptr %kh, i64 36
  %102 = getelementptr i8, ptr %kh, i64 40
  %103 = getelementptr i8, ptr %kh, i64 44
  %104 = getelementptr i8, ptr %kh, i64 48
  %105 = getelementptr i8, ptr %kh, i64 52
  %106 = getelementptr i8, ptr %kh, i64 56
  %107 = getelementptr i8, ptr %kh, i64 60
  %108 = getelementptr i8, ptr %kh, i64 68
  %109 = getelementptr i8, ptr %kh, i64 72
  %110 = getelementptr i8, ptr %kh, i64 76
  %111 = getelementptr i8, ptr %kh, i64 80
  %112 = getelementptr i8, ptr %kh, i64 84
  %113 = getelementptr i8, ptr %kh, i64 88
  %114 = getelementptr i8, ptr %kh, i64 92
  %115 = getelementptr i8, ptr %kh, i64 100
  %116 = getelementptr i8, ptr %kh, i64 104
  %117 = getelementptr i8, ptr %kh, i64 108
  %118 = getelementptr i8, ptr %kh, i64 112
  %119 = getelementptr i8, ptr %kh, i64 116
  %120 = getelementptr i8, ptr %kh, i64 120
  %121 = getelementptr i8, ptr %kh, i64 124
  %122 = getelementptr i8, ptr %vh, i64 32
  %123 = getelementptr i8, ptr %vh, i64 64
  %124 = getelementptr i8, ptr %vh, i64 96
  %125 = getelementptr i8, ptr %o, i64 %94
  br label %i1.head.preheader

i28.head.preheader:                               ; preds = %i27.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep582, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0450, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond583.not = icmp eq i64 %indvar.next, %9
  br i1 %exitcond583.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %i27.exit
  %indvars.iv572 = phi i64 [ %T, %i1.head.preheader.lr.ph ], [ %indvars.iv.next573, %i27.exit ]
  %ci.addr.0447 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %i27.exit ]
  %smin1106 = tail call i64 @llvm.smin.i64(i64 %indvars.iv572, i64 32)
  %smax1107 = tail call i64 @llvm.smax.i64(i64 %smin1106, i64 1)
  %126 = mul i64 %7, %ci.addr.0447
  %127 = add i64 %5, %ci.addr.0447
  %128 = shl i64 %127, 12
  %gep765 = getelementptr i8, ptr %invariant.gep764, i64 %128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep765, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0447, 5
  %129 = sub nsw i64 %T, %t0
  br label %t.body

t.body:                                           ; preds = %endif.3, %i1.head.preheader
  %G1.0341 = phi float [ 0.000000e+00, %i1.head.preheader ], [ %G1.1.3, %endif.3 ]
  %t.addr.0340 = phi i64 [ 0, %i1.head.preheader ], [ %t.next.3, %endif.3 ]
  %130 = icmp sgt i64 %129, %t.addr.0340
  br i1 %130, label %then, label %endif

then:                                             ; preds = %t.body
  %131 = add nuw nsw i64 %t.addr.0340, %t0
  %132 = mul nsw i64 %131, %H
  %133 = getelementptr inbounds float, ptr %gh, i64 %132
  %134 = load float, ptr %133, align 4
  %135 = fadd float %G1.0341, %134
  br label %endif

endif:                                            ; preds = %t.body, %then
  %G1.1 = phi float [ %135, %then ], [ %G1.0341, %t.body ]
  %136 = getelementptr inbounds float, ptr %G, i64 %t.addr.0340
  store float %G1.1, ptr %136, align 4
  %137 = tail call float @llvm.exp.f32(float %G1.1)
  %138 = getelementptr inbounds float, ptr %gam, i64 %t.addr.0340
  store float %137, ptr %138, align 4
  %t.next = or disjoint i64 %t.addr.0340, 1
  %139 = icmp sgt i64 %129, %t.next
  br i1 %139, label %then.1, label %endif.1

then.1:                                           ; preds = %endif
  %140 = add nuw nsw i64 %t.next, %t0
  %141 = mul nsw i64 %140, %H
  %142 = getelementptr inbounds float, ptr %gh, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = fadd float %G1.1, %143
  br label %endif.1

endif.1:                                          ; preds = %then.1, %endif
  %G1.1.1 = phi float [ %144, %then.1 ], [ %G1.1, %endif ]
  %145 = getelementptr inbounds float, ptr %G, i64 %t.next
  store float %G1.1.1, ptr %145, align 4
  %146 = tail call float @llvm.exp.f32(float %G1.1.1)
  %147 = getelementptr inbounds float, ptr %gam, i64 %t.next
  store float %146, ptr %147, align 4
  %t.next.1 = or disjoint i64 %t.addr.0340, 2
  %148 = icmp sgt i64 %129, %t.next.1
  br i1 %148, label %then.2, label %endif.2

then.2:                                           ; preds = %endif.1
  %149 = add nuw nsw i64 %t.next.1, %t0
  %150 = mul nsw i64 %149, %H
  %151 = getelementptr inbounds float, ptr %gh, i64 %150
  %152 = load float, ptr %151, align 4
  %153 = fadd float %G1.1.1, %152
  br label %endif.2

endif.2:                                          ; preds = %then.2, %endif.1
  %G1.1.2 = phi float [ %153, %then.2 ], [ %G1.1.1, %endif.1 ]
  %154 = getelementptr inbounds float, ptr %G, i64 %t.next.1
  store float %G1.1.2, ptr %154, align 4
  %155 = tail call float @llvm.exp.f32(float %G1.1.2)
  %156 = getelementptr inbounds float, ptr %gam, i64 %t.next.1
  store float %155, ptr %156, align 4
  %t.next.2 = or disjoint i64 %t.addr.0340, 3
  %157 = icmp sgt i64 %129, %t.next.2
  br i1 %157, label %then.3, label %endif.3

then.3:                                           ; preds = %endif.2
  %158 = add nuw nsw i64 %t.next.2, %t0
  %159 = mul nsw i64 %158, %H
  %160 = getelementptr inbounds float, ptr %gh, i64 %159
  %161 = load float, ptr %160, align 4
  %162 = fadd float %G1.1.2, %161
  br label %endif.3

endif.3:                                          ; preds = %then.3, %endif.2
  %G1.1.3 = phi float [ %162, %then.3 ], [ %G1.1.2, %endif.2 ]
  %163 = getelementptr inbounds float, ptr %G, i64 %t.next.2
  store float %G1.1.3, ptr %163, align 4
  %164 = tail call float @llvm.exp.f32(float %G1.1.3)
  %165 = getelementptr inbounds float, ptr %gam, i64 %t.next.2
  store float %164, ptr %165, align 4
  %t.next.3 = add nuw nsw i64 %t.addr.0340, 4
  %exitcond.not.3 = icmp eq i64 %t.next.3, 32
  br i1 %exitcond.not.3, label %t1.body, label %t.body

t1.head.loopexit.unr-lcssa:                       ; preds = %s.body, %t1.body
  %s.addr.0342.unr = phi i64 [ 0, %t1.body ], [ %s.next.7, %s.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %t1.head.loopexit, label %s.body.epil

s.body.epil:                                      ; preds = %t1.head.loopexit.unr-lcssa, %s.body.epil
  %s.addr.0342.epil = phi i64 [ %s.next.epil, %s.body.epil ], [ %s.addr.0342.unr, %t1.head.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %s.body.epil ], [ 0, %t1.head.loopexit.unr-lcssa ]
  %166 = load float, ptr %172, align 4
  %167 = getelementptr inbounds float, ptr %G, i64 %s.addr.0342.epil
  %168 = load float, ptr %167, align 4
  %169 = fsub float %166, %168
  %170 = tail call float @llvm.exp.f32(float %169)
  %171 = getelementptr inbounds float, ptr %173, i64 %s.addr.0342.epil
  store float %170, ptr %171, align 4
  %s.next.epil = add nuw nsw i64 %s.addr.0342.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %t1.head.loopexit, label %s.body.epil, !llvm.loop !0

t1.head.loopexit:                                 ; preds = %s.body.epil, %t1.head.loopexit.unr-lcssa
  %s.end = add nuw nsw i64 %t1.addr.0343, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond546.not = icmp eq i64 %s.end, 32
  br i1 %exitcond546.not, label %t2.body, label %t1.body

t1.body:                                          ; preds = %endif.3, %t1.head.loopexit
  %indvars.iv = phi i64 [ %indvars.iv.next, %t1.head.loopexit ], [ 1, %endif.3 ]
  %t1.addr.0343 = phi i64 [ %s.end, %t1.head.loopexit ], [ 0, %endif.3 ]
  %172 = getelementptr inbounds float, ptr %G, i64 %t1.addr.0343
  %.idx = shl nuw nsw i64 %t1.addr.0343, 7
  %173 = getelementptr inbounds i8, ptr %Dt, i64 %.idx
  %xtraiter = and i64 %indvars.iv, 7
  %174 = icmp ult i64 %t1.addr.0343, 7
  br i1 %174, label %t1.head.loopexit.unr-lcssa, label %t1.body.new

t1.body.new:                                      ; preds = %t1.body
  %unroll_iter = and i64 %indvars.iv, 9223372036854775800
  br label %s.body

s.body:                                           ; preds = %s.body, %t1.body.new
  %s.addr.0342 = phi i64 [ 0, %t1.body.new ], [ %s.next.7, %s.body ]
  %niter = phi i64 [ 0, %t1.body.new ], [ %niter.next.7, %s.body ]
  %175 = load float, ptr %172, align 4
  %176 = getelementptr inbounds float, ptr %G, i64 %s.addr.0342
  %177 = load float, ptr %176, align 4
  %178 = fsub float %175, %177
  %179 = tail call float @llvm.exp.f32(float %178)
  %180 = getelementptr inbounds float, ptr %173, i64 %s.addr.0342
  store float %179, ptr %180, align 4
  %s.next = or disjoint i64 %s.addr.0342, 1
  %181 = load float, ptr %172, align 4
  %182 = getelementptr inbounds float, ptr %G, i64 %s.next
  %183 = load float, ptr %182, align 4
  %184 = fsub float %181, %183
  %185 = tail call float @llvm.exp.f32(float %184)
  %186 = getelementptr inbounds float, ptr %173, i64 %s.next
  store float %185, ptr %186, align 4
  %s.next.1 = or disjoint i64 %s.addr.0342, 2
  %187 = load float, ptr %172, align 4
  %188 = getelementptr inbounds float, ptr %G, i64 %s.next.1
  %189 = load float, ptr %188, align 4
  %190 = fsub float %187, %189
  %191 = tail call float @llvm.exp.f32(float %190)
  %192 = getelementptr inbounds float, ptr %173, i64 %s.next.1
  store float %191, ptr %192, align 4
  %s.next.2 = or disjoint i64 %s.addr.0342, 3
  %193 = load float, ptr %172, align 4
  %194 = getelementptr inbounds float, ptr %G, i64 %s.next.2
  %195 = load float, ptr %194, align 4
  %196 = fsub float %193, %195
  %197 = tail call float @llvm.exp.f32(float %196)
  %198 = getelementptr inbounds float, ptr %173, i64 %s.next.2
  store float %197, ptr %198, align 4
  %s.next.3 = or disjoint i64 %s.addr.0342, 4
  %199 = load float, ptr %172, align 4
  %200 = getelementptr inbounds float, ptr %G, i64 %s.next.3
  %201 = load float, ptr %200, align 4
  %202 = fsub float %199, %201
  %203 = tail call float @llvm.exp.f32(float %202)
  %204 = getelementptr inbounds float, ptr %173, i64 %s.next.3
  store float %203, ptr %204, align 4
  %s.next.4 = or disjoint i64 %s.addr.0342, 5
  %205 = load float, ptr %172, align 4
  %206 = getelementptr inbounds float, ptr %G, i64 %s.next.4
  %207 = load float, ptr %206, align 4
  %208 = fsub float %205, %207
  %209 = tail call float @llvm.exp.f32(float %208)
  %210 = getelementptr inbounds float, ptr %173, i64 %s.next.4
  store float %209, ptr %210, align 4
  %s.next.5 = or disjoint i64 %s.addr.0342, 6
  %211 = load float, ptr %172, align 4
  %212 = getelementptr inbounds float, ptr %G, i64 %s.next.5
  %213 = load float, ptr %212, align 4
  %214 = fsub float %211, %213
  %215 = tail call float @llvm.exp.f32(float %214)
  %216 = getelementptr inbounds float, ptr %173, i64 %s.next.5
  store float %215, ptr %216, align 4
  %s.next.6 = or disjoint i64 %s.addr.0342, 7
  %217 = load float, ptr %172, align 4
  %218 = getelementptr inbounds float, ptr %G, i64 %s.next.6
  %219 = load float, ptr %218, align 4
  %220 = fsub float %217, %219
  %221 = tail call float @llvm.exp.f32(float %220)
  %222 = getelementptr inbounds float, ptr %173, i64 %s.next.6
  store float %221, ptr %222, align 4
  %s.next.7 = add nuw nsw i64 %s.addr.0342, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %t1.head.loopexit.unr-lcssa, label %s.body

t2.body:                                          ; preds = %t1.head.loopexit, %endif6
  %t2.addr.0358 = phi i64 [ %t2.next, %endif6 ], [ 0, %t1.head.loopexit ]
  %223 = shl nsw i64 %t2.addr.0358, 9
  %224 = shl nsw i64 %t2.addr.0358, 8
  %225 = shl nsw i64 %t2.addr.0358, 7
  %226 = icmp sgt i64 %129, %t2.addr.0358
  br i1 %226, label %j2.head.preheader, label %j5.head.preheader

j5.head.preheader:                                ; preds = %t2.body
  %gep = getelementptr i8, ptr %invariant.gep, i64 %225
  %gep741 = getelementptr i8, ptr %invariant.gep740, i64 %224
  %gep743 = getelementptr i8, ptr %invariant.gep742, i64 %223
  %gep745 = getelementptr i8, ptr %invariant.gep744, i64 %224
  %gep747 = getelementptr i8, ptr %invariant.gep746, i64 %223
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep, i8 0, i64 128, i1 false)
  %i8 = shl nuw nsw i64 %t2.addr.0358, 1
  %227 = getelementptr inbounds float, ptr %bet, i64 %i8
  store float 0.000000e+00, ptr %227, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep741, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep743, i8 0, i64 256, i1 false)
  %228 = getelementptr inbounds float, ptr %KT, i64 %i8
  store float 0.000000e+00, ptr %228, align 4
  %229 = getelementptr inbounds float, ptr %10, i64 %i8
  store float 0.000000e+00, ptr %229, align 4
  %230 = getelementptr inbounds float, ptr %11, i64 %i8
  store float 0.000000e+00, ptr %230, align 4
  %231 = getelementptr inbounds float, ptr %12, i64 %i8
  store float 0.000000e+00, ptr %231, align 4
  %232 = getelementptr inbounds float, ptr %13, i64 %i8
  store float 0.000000e+00, ptr %232, align 4
  %233 = getelementptr inbounds float, ptr %14, i64 %i8
  store float 0.000000e+00, ptr %233, align 4
  %234 = getelementptr inbounds float, ptr %15, i64 %i8
  store float 0.000000e+00, ptr %234, align 4
  %235 = getelementptr inbounds float, ptr %16, i64 %i8
  store float 0.000000e+00, ptr %235, align 4
  %236 = getelementptr inbounds float, ptr %17, i64 %i8
  store float 0.000000e+00, ptr %236, align 4
  %237 = getelementptr inbounds float, ptr %18, i64 %i8
  store float 0.000000e+00, ptr %237, align 4
  %238 = getelementptr inbounds float, ptr %19, i64 %i8
  store float 0.000000e+00, ptr %238, align 4
  %239 = getelementptr inbounds float, ptr %20, i64 %i8
  store float 0.000000e+00, ptr %239, align 4
  %240 = getelementptr inbounds float, ptr %21, i64 %i8
  store float 0.000000e+00, ptr %240, align 4
  %241 = getelementptr inbounds float, ptr %22, i64 %i8
  store float 0.000000e+00, ptr %241, align 4
  %242 = getelementptr inbounds float, ptr %23, i64 %i8
  store float 0.000000e+00, ptr %242, align 4
  %243 = getelementptr inbounds float, ptr %24, i64 %i8
  store float 0.000000e+00, ptr %243, align 4
  %244 = getelementptr inbounds float, ptr %25, i64 %i8
  store float 0.000000e+00, ptr %244, align 4
  %245 = getelementptr inbounds float, ptr %26, i64 %i8
  store float 0.000000e+00, ptr %245, align 4
  %246 = getelementptr inbounds float, ptr %27, i64 %i8
  store float 0.000000e+00, ptr %246, align 4
  %247 = getelementptr inbounds float, ptr %28, i64 %i8
  store float 0.000000e+00, ptr %247, align 4
  %248 = getelementptr inbounds float, ptr %29, i64 %i8
  store float 0.000000e+00, ptr %248, align 4
  %249 = getelementptr inbounds float, ptr %30, i64 %i8
  store float 0.000000e+00, ptr %249, align 4
  %250 = getelementptr inbounds float, ptr %31, i64 %i8
  store float 0.000000e+00, ptr %250, align 4
  %251 = getelementptr inbounds float, ptr %32, i64 %i8
  store float 0.000000e+00, ptr %251, align 4
  %252 = getelementptr inbounds float, ptr %33, i64 %i8
  store float 0.000000e+00, ptr %252, align 4
  %253 = getelementptr inbounds float, ptr %34, i64 %i8
  store float 0.000000e+00, ptr %253, align 4
  %254 = getelementptr inbounds float, ptr %35, i64 %i8
  store float 0.000000e+00, ptr %254, align 4
  %255 = getelementptr inbounds float, ptr %36, i64 %i8
  store float 0.000000e+00, ptr %255, align 4
  %256 = getelementptr inbounds float, ptr %37, i64 %i8
  store float 0.000000e+00, ptr %256, align 4
  %257 = getelementptr inbounds float, ptr %38, i64 %i8
  store float 0.000000e+00, ptr %257, align 4
  %258 = getelementptr inbounds float, ptr %39, i64 %i8
  store float 0.000000e+00, ptr %258, align 4
  %259 = getelementptr inbounds float, ptr %40, i64 %i8
  store float 0.000000e+00, ptr %259, align 4
  %i11 = or disjoint i64 %i8, 1
  %260 = getelementptr inbounds float, ptr %bet, i64 %i11
  store float 0.000000e+00, ptr %260, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep745, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep747, i8 0, i64 256, i1 false)
  %261 = getelementptr inbounds float, ptr %KT, i64 %i11
  store float 0.000000e+00, ptr %261, align 4
  %262 = getelementptr inbounds float, ptr %10, i64 %i11
  store float 0.000000e+00, ptr %262, align 4
  %263 = getelementptr inbounds float, ptr %11, i64 %i11
  store float 0.000000e+00, ptr %263, align 4
  %264 = getelementptr inbounds float, ptr %12, i64 %i11
  store float 0.000000e+00, ptr %264, align 4
  %265 = getelementptr inbounds float, ptr %13, i64 %i11
  store float 0.000000e+00, ptr %265, align 4
  %266 = getelementptr inbounds float, ptr %14, i64 %i11
  store float 0.000000e+00, ptr %266, align 4
  %267 = getelementptr inbounds float, ptr %15, i64 %i11
  store float 0.000000e+00, ptr %267, align 4
  %268 = getelementptr inbounds float, ptr %16, i64 %i11
  store float 0.000000e+00, ptr %268, align 4
  %269 = getelementptr inbounds float, ptr %17, i64 %i11
  store float 0.000000e+00, ptr %269, align 4
  %270 = getelementptr inbounds float, ptr %18, i64 %i11
  store float 0.000000e+00, ptr %270, align 4
  %271 = getelementptr inbounds float, ptr %19, i64 %i11
  store float 0.000000e+00, ptr %271, align 4
  %272 = getelementptr inbounds float, ptr %20, i64 %i11
  store float 0.000000e+00, ptr %272, align 4
  %273 = getelementptr inbounds float, ptr %21, i64 %i11
  store float 0.000000e+00, ptr %273, align 4
  %274 = getelementptr inbounds float, ptr %22, i64 %i11
  store float 0.000000e+00, ptr %274, align 4
  %275 = getelementptr inbounds float, ptr %23, i64 %i11
  store float 0.000000e+00, ptr %275, align 4
  %276 = getelementptr inbounds float, ptr %24, i64 %i11
  store float 0.000000e+00, ptr %276, align 4
  %277 = getelementptr inbounds float, ptr %25, i64 %i11
  store float 0.000000e+00, ptr %277, align 4
  %278 = getelementptr inbounds float, ptr %26, i64 %i11
  store float 0.000000e+00, ptr %278, align 4
  %279 = getelementptr inbounds float, ptr %27, i64 %i11
  store float 0.000000e+00, ptr %279, align 4
  %280 = getelementptr inbounds float, ptr %28, i64 %i11
  store float 0.000000e+00, ptr %280, align 4
  %281 = getelementptr inbounds float, ptr %29, i64 %i11
  store float 0.000000e+00, ptr %281, align 4
  %282 = getelementptr inbounds float, ptr %30, i64 %i11
  store float 0.000000e+00, ptr %282, align 4
  %283 = getelementptr inbounds float, ptr %31, i64 %i11
  store float 0.000000e+00, ptr %283, align 4
  %284 = getelementptr inbounds float, ptr %32, i64 %i11
  store float 0.000000e+00, ptr %284, align 4
  %285 = getelementptr inbounds float, ptr %33, i64 %i11
  store float 0.000000e+00, ptr %285, align 4
  %286 = getelementptr inbounds float, ptr %34, i64 %i11
  store float 0.000000e+00, ptr %286, align 4
  %287 = getelementptr inbounds float, ptr %35, i64 %i11
  store float 0.000000e+00, ptr %287, align 4
  %288 = getelementptr inbounds float, ptr %36, i64 %i11
  store float 0.000000e+00, ptr %288, align 4
  %289 = getelementptr inbounds float, ptr %37, i64 %i11
  store float 0.000000e+00, ptr %289, align 4
  %290 = getelementptr inbounds float, ptr %38, i64 %i11
  store float 0.000000e+00, ptr %290, align 4
  %291 = getelementptr inbounds float, ptr %39, i64 %i11
  store float 0.000000e+00, ptr %291, align 4
  %292 = getelementptr inbounds float, ptr %40, i64 %i11
  store float 0.000000e+00, ptr %292, align 4
  br label %endif6

j2.head.preheader:                                ; preds = %t2.body
  %293 = add nuw nsw i64 %t2.addr.0358, %t0
  %294 = mul nsw i64 %293, %sq
  %295 = getelementptr float, ptr %qh, i64 %294
  %296 = load <8 x float>, ptr %295, align 4
  %297 = fmul <8 x float> %296, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %298 = getelementptr inbounds i8, ptr %Qc, i64 %225
  store <8 x float> %297, ptr %298, align 4
  %299 = getelementptr float, ptr %95, i64 %294
  %300 = load <8 x float>, ptr %299, align 4
  %301 = fmul <8 x float> %300, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %302 = getelementptr inbounds i8, ptr %41, i64 %225
  store <8 x float> %301, ptr %302, align 4
  %303 = getelementptr float, ptr %96, i64 %294
  %304 = load <8 x float>, ptr %303, align 4
  %305 = fmul <8 x float> %304, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %306 = getelementptr inbounds i8, ptr %42, i64 %225
  store <8 x float> %305, ptr %306, align 4
  %307 = getelementptr float, ptr %97, i64 %294
  %308 = load <8 x float>, ptr %307, align 4
  %309 = fmul <8 x float> %308, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %310 = getelementptr inbounds i8, ptr %43, i64 %225
  store <8 x float> %309, ptr %310, align 4
  %i3 = shl nuw nsw i64 %t2.addr.0358, 1
  %311 = or disjoint i64 %t2.addr.0358, %t0
  %tau = shl nuw nsw i64 %311, 1
  %312 = mul nsw i64 %tau, %H
  %313 = getelementptr inbounds float, ptr %betah, i64 %312
  %314 = load float, ptr %313, align 4
  %315 = getelementptr inbounds float, ptr %bet, i64 %i3
  store float %314, ptr %315, align 4
  %316 = getelementptr inbounds float, ptr %gam, i64 %t2.addr.0358
  %317 = load float, ptr %316, align 4
  %318 = fmul float %314, %317
  %319 = mul nsw i64 %tau, %sq
  %320 = insertelement <8 x float> poison, float %318, i64 0
  %321 = shufflevector <8 x float> %320, <8 x float> poison, <8 x i32> zeroinitializer
  %322 = getelementptr float, ptr %kh, i64 %319
  %323 = load <8 x float>, ptr %322, align 4
  %324 = getelementptr inbounds i8, ptr %Kc, i64 %224
  store <8 x float> %323, ptr %324, align 4
  %325 = fmul <8 x float> %321, %323
  %326 = getelementptr inbounds i8, ptr %X, i64 %223
  store <8 x float> %325, ptr %326, align 4
  %327 = getelementptr float, ptr %98, i64 %319
  %328 = load <8 x float>, ptr %327, align 4
  %329 = getelementptr inbounds i8, ptr %44, i64 %224
  store <8 x float> %328, ptr %329, align 4
  %330 = fmul <8 x float> %321, %328
  %331 = getelementptr inbounds i8, ptr %45, i64 %223
  store <8 x float> %330, ptr %331, align 4
  %332 = getelementptr float, ptr %99, i64 %319
  %333 = load <8 x float>, ptr %332, align 4
  %334 = getelementptr inbounds i8, ptr %46, i64 %224
  store <8 x float> %333, ptr %334, align 4
  %335 = fmul <8 x float> %321, %333
  %336 = getelementptr inbounds i8, ptr %47, i64 %223
  store <8 x float> %335, ptr %336, align 4
  %337 = getelementptr float, ptr %100, i64 %319
  %338 = load <8 x float>, ptr %337, align 4
  %339 = getelementptr inbounds i8, ptr %48, i64 %224
  store <8 x float> %338, ptr %339, align 4
  %340 = fmul <8 x float> %321, %338
  %341 = getelementptr inbounds i8, ptr %49, i64 %223
  store <8 x float> %340, ptr %341, align 4
  %bc590 = bitcast <8 x float> %323 to <8 x i32>
  %342 = extractelement <8 x i32> %bc590, i64 0
  %343 = getelementptr inbounds float, ptr %KT, i64 %i3
  store i32 %342, ptr %343, align 4
  %344 = extractelement <8 x float> %323, i64 1
  %345 = getelementptr inbounds float, ptr %50, i64 %i3
  store float %344, ptr %345, align 4
  %346 = extractelement <8 x float> %323, i64 2
  %347 = getelementptr inbounds float, ptr %51, i64 %i3
  store float %346, ptr %347, align 4
  %348 = extractelement <8 x float> %323, i64 3
  %349 = getelementptr inbounds float, ptr %52, i64 %i3
  store float %348, ptr %349, align 4
  %350 = extractelement <8 x float> %323, i64 4
  %351 = getelementptr inbounds float, ptr %53, i64 %i3
  store float %350, ptr %351, align 4
  %352 = extractelement <8 x float> %323, i64 5
  %353 = getelementptr inbounds float, ptr %54, i64 %i3
  store float %352, ptr %353, align 4
  %354 = extractelement <8 x float> %323, i64 6
  %355 = getelementptr inbounds float, ptr %55, i64 %i3
  store float %354, ptr %355, align 4
  %356 = extractelement <8 x float> %323, i64 7
  %357 = getelementptr inbounds float, ptr %56, i64 %i3
  store float %356, ptr %357, align 4
  %358 = extractelement <8 x float> %328, i64 0
  %359 = getelementptr inbounds float, ptr %57, i64 %i3
  store float %358, ptr %359, align 4
  %360 = getelementptr float, ptr %101, i64 %319
  %361 = load float, ptr %360, align 4
  %362 = getelementptr inbounds float, ptr %58, i64 %i3
  store float %361, ptr %362, align 4
  %363 = getelementptr float, ptr %102, i64 %319
  %364 = load float, ptr %363, align 4
  %365 = getelementptr inbounds float, ptr %59, i64 %i3
  store float %364, ptr %365, align 4
  %366 = getelementptr float, ptr %103, i64 %319
  %367 = load float, ptr %366, align 4
  %368 = getelementptr inbounds float, ptr %60, i64 %i3
  store float %367, ptr %368, align 4
  %369 = getelementptr float, ptr %104, i64 %319
  %370 = load float, ptr %369, align 4
  %371 = getelementptr inbounds float, ptr %61, i64 %i3
  store float %370, ptr %371, align 4
  %372 = getelementptr float, ptr %105, i64 %319
  %373 = load float, ptr %372, align 4
  %374 = getelementptr inbounds float, ptr %62, i64 %i3
  store float %373, ptr %374, align 4
  %375 = getelementptr float, ptr %106, i64 %319
  %376 = load float, ptr %375, align 4
  %377 = getelementptr inbounds float, ptr %63, i64 %i3
  store float %376, ptr %377, align 4
  %378 = getelementptr float, ptr %107, i64 %319
  %379 = load float, ptr %378, align 4
  %380 = getelementptr inbounds float, ptr %64, i64 %i3
  store float %379, ptr %380, align 4
  %381 = load float, ptr %332, align 4
  %382 = getelementptr inbounds float, ptr %65, i64 %i3
  store float %381, ptr %382, align 4
  %383 = getelementptr float, ptr %108, i64 %319
  %384 = load float, ptr %383, align 4
  %385 = getelementptr inbounds float, ptr %66, i64 %i3
  store float %384, ptr %385, align 4
  %386 = getelementptr float, ptr %109, i64 %319
  %387 = load float, ptr %386, align 4
  %388 = getelementptr inbounds float, ptr %67, i64 %i3
  store float %387, ptr %388, align 4
  %389 = getelementptr float, ptr %110, i64 %319
  %390 = load float, ptr %389, align 4
  %391 = getelementptr inbounds float, ptr %68, i64 %i3
  store float %390, ptr %391, align 4
  %392 = getelementptr float, ptr %111, i64 %319
  %393 = load float, ptr %392, align 4
  %394 = getelementptr inbounds float, ptr %69, i64 %i3
  store float %393, ptr %394, align 4
  %395 = getelementptr float, ptr %112, i64 %319
  %396 = load float, ptr %395, align 4
  %397 = getelementptr inbounds float, ptr %70, i64 %i3
  store float %396, ptr %397, align 4
  %398 = getelementptr float, ptr %113, i64 %319
  %399 = load float, ptr %398, align 4
  %400 = getelementptr inbounds float, ptr %71, i64 %i3
  store float %399, ptr %400, align 4
  %401 = getelementptr float, ptr %114, i64 %319
  %402 = load float, ptr %401, align 4
  %403 = getelementptr inbounds float, ptr %72, i64 %i3
  store float %402, ptr %403, align 4
  %404 = load float, ptr %337, align 4
  %405 = getelementptr inbounds float, ptr %73, i64 %i3
  store float %404, ptr %405, align 4
  %406 = getelementptr float, ptr %115, i64 %319
  %407 = load float, ptr %406, align 4
  %408 = getelementptr inbounds float, ptr %74, i64 %i3
  store float %407, ptr %408, align 4
  %409 = getelementptr float, ptr %116, i64 %319
  %410 = load float, ptr %409, align 4
  %411 = getelementptr inbounds float, ptr %75, i64 %i3
  store float %410, ptr %411, align 4
  %412 = getelementptr float, ptr %117, i64 %319
  %413 = load float, ptr %412, align 4
  %414 = getelementptr inbounds float, ptr %76, i64 %i3
  store float %413, ptr %414, align 4
  %415 = getelementptr float, ptr %118, i64 %319
  %416 = load float, ptr %415, align 4
  %417 = getelementptr inbounds float, ptr %77, i64 %i3
  store float %416, ptr %417, align 4
  %418 = getelementptr float, ptr %119, i64 %319
  %419 = load float, ptr %418, align 4
  %420 = getelementptr inbounds float, ptr %78, i64 %i3
  store float %419, ptr %420, align 4
  %421 = getelementptr float, ptr %120, i64 %319
  %422 = load float, ptr %421, align 4
  %423 = getelementptr inbounds float, ptr %79, i64 %i3
  store float %422, ptr %423, align 4
  %424 = getelementptr float, ptr %121, i64 %319
  %425 = load float, ptr %424, align 4
  %426 = getelementptr inbounds float, ptr %80, i64 %i3
  store float %425, ptr %426, align 4
  %427 = insertelement <8 x float> poison, float %314, i64 0
  %428 = shufflevector <8 x float> %427, <8 x float> poison, <8 x i32> zeroinitializer
  %429 = getelementptr float, ptr %vh, i64 %319
  %430 = load <8 x float>, ptr %429, align 4
  %431 = fmul <8 x float> %428, %430
  %432 = getelementptr inbounds i8, ptr %326, i64 128
  store <8 x float> %431, ptr %432, align 4
  %433 = getelementptr float, ptr %122, i64 %319
  %434 = load <8 x float>, ptr %433, align 4
  %435 = fmul <8 x float> %428, %434
  %436 = getelementptr inbounds i8, ptr %331, i64 128
  store <8 x float> %435, ptr %436, align 4
  %437 = getelementptr float, ptr %123, i64 %319
  %438 = load <8 x float>, ptr %437, align 4
  %439 = fmul <8 x float> %428, %438
  %440 = getelementptr inbounds i8, ptr %336, i64 128
  store <8 x float> %439, ptr %440, align 4
  %441 = getelementptr float, ptr %124, i64 %319
  %442 = load <8 x float>, ptr %441, align 4
  %443 = fmul <8 x float> %428, %442
  %444 = getelementptr inbounds i8, ptr %341, i64 128
  store <8 x float> %443, ptr %444, align 4
  %i5 = or disjoint i64 %i3, 1
  %tau1 = or disjoint i64 %tau, 1
  %445 = mul nsw i64 %tau1, %H
  %446 = getelementptr inbounds float, ptr %betah, i64 %445
  %447 = load float, ptr %446, align 4
  %448 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %447, ptr %448, align 4
  %449 = load float, ptr %316, align 4
  %450 = fmul float %447, %449
  %451 = mul nsw i64 %tau1, %sq
  %452 = insertelement <8 x float> poison, float %450, i64 0
  %453 = shufflevector <8 x float> %452, <8 x float> poison, <8 x i32> zeroinitializer
  %454 = getelementptr float, ptr %kh, i64 %451
  %455 = load <8 x float>, ptr %454, align 4
  %.idx465 = shl nsw i64 %i5, 7
  %456 = getelementptr inbounds i8, ptr %Kc, i64 %.idx465
  store <8 x float> %455, ptr %456, align 4
  %457 = fmul <8 x float> %453, %455
  %.idx466 = shl nsw i64 %i5, 8
  %458 = getelementptr inbounds i8, ptr %X, i64 %.idx466
  store <8 x float> %457, ptr %458, align 4
  %459 = getelementptr float, ptr %98, i64 %451
  %460 = load <8 x float>, ptr %459, align 4
  %461 = getelementptr inbounds i8, ptr %44, i64 %.idx465
  store <8 x float> %460, ptr %461, align 4
  %462 = fmul <8 x float> %453, %460
  %463 = getelementptr inbounds i8, ptr %45, i64 %.idx466
  store <8 x float> %462, ptr %463, align 4
  %464 = getelementptr float, ptr %99, i64 %451
  %465 = load <8 x float>, ptr %464, align 4
  %466 = getelementptr inbounds i8, ptr %46, i64 %.idx465
  store <8 x float> %465, ptr %466, align 4
  %467 = fmul <8 x float> %453, %465
  %468 = getelementptr inbounds i8, ptr %47, i64 %.idx466
  store <8 x float> %467, ptr %468, align 4
  %469 = getelementptr float, ptr %100, i64 %451
  %470 = load <8 x float>, ptr %469, align 4
  %471 = getelementptr inbounds i8, ptr %48, i64 %.idx465
  store <8 x float> %470, ptr %471, align 4
  %472 = fmul <8 x float> %453, %470
  %473 = getelementptr inbounds i8, ptr %49, i64 %.idx466
  store <8 x float> %472, ptr %473, align 4
  %bc599 = bitcast <8 x float> %455 to <8 x i32>
  %474 = extractelement <8 x i32> %bc599, i64 0
  %475 = getelementptr inbounds float, ptr %KT, i64 %i5
  store i32 %474, ptr %475, align 4
  %476 = extractelement <8 x float> %455, i64 1
  %477 = getelementptr inbounds float, ptr %50, i64 %i5
  store float %476, ptr %477, align 4
  %478 = extractelement <8 x float> %455, i64 2
  %479 = getelementptr inbounds float, ptr %51, i64 %i5
  store float %478, ptr %479, align 4
  %480 = extractelement <8 x float> %455, i64 3
  %481 = getelementptr inbounds float, ptr %52, i64 %i5
  store float %480, ptr %481, align 4
  %482 = extractelement <8 x float> %455, i64 4
  %483 = getelementptr inbounds float, ptr %53, i64 %i5
  store float %482, ptr %483, align 4
  %484 = extractelement <8 x float> %455, i64 5
  %485 = getelementptr inbounds float, ptr %54, i64 %i5
  store float %484, ptr %485, align 4
  %486 = extractelement <8 x float> %455, i64 6
  %487 = getelementptr inbounds float, ptr %55, i64 %i5
  store float %486, ptr %487, align 4
  %488 = extractelement <8 x float> %455, i64 7
  %489 = getelementptr inbounds float, ptr %56, i64 %i5
  store float %488, ptr %489, align 4
  %bc603 = bitcast <8 x float> %460 to <8 x i32>
  %490 = extractelement <8 x i32> %bc603, i64 0
  %491 = getelementptr inbounds float, ptr %57, i64 %i5
  store i32 %490, ptr %491, align 4
  %492 = extractelement <8 x float> %460, i64 1
  %493 = getelementptr inbounds float, ptr %58, i64 %i5
  store float %492, ptr %493, align 4
  %494 = extractelement <8 x float> %460, i64 2
  %495 = getelementptr inbounds float, ptr %59, i64 %i5
  store float %494, ptr %495, align 4
  %496 = extractelement <8 x float> %460, i64 3
  %497 = getelementptr inbounds float, ptr %60, i64 %i5
  store float %496, ptr %497, align 4
  %498 = getelementptr float, ptr %104, i64 %451
  %499 = load float, ptr %498, align 4
  %500 = getelementptr inbounds float, ptr %61, i64 %i5
  store float %499, ptr %500, align 4
  %501 = getelementptr float, ptr %105, i64 %451
  %502 = load float, ptr %501, align 4
  %503 = getelementptr inbounds float, ptr %62, i64 %i5
  store float %502, ptr %503, align 4
  %504 = getelementptr float, ptr %106, i64 %451
  %505 = load float, ptr %504, align 4
  %506 = getelementptr inbounds float, ptr %63, i64 %i5
  store float %505, ptr %506, align 4
  %507 = getelementptr float, ptr %107, i64 %451
  %508 = load float, ptr %507, align 4
  %509 = getelementptr inbounds float, ptr %64, i64 %i5
  store float %508, ptr %509, align 4
  %510 = load float, ptr %464, align 4
  %511 = getelementptr inbounds float, ptr %65, i64 %i5
  store float %510, ptr %511, align 4
  %512 = getelementptr float, ptr %108, i64 %451
  %513 = load float, ptr %512, align 4
  %514 = getelementptr inbounds float, ptr %66, i64 %i5
  store float %513, ptr %514, align 4
  %515 = getelementptr float, ptr %109, i64 %451
  %516 = load float, ptr %515, align 4
  %517 = getelementptr inbounds float, ptr %67, i64 %i5
  store float %516, ptr %517, align 4
  %518 = getelementptr float, ptr %110, i64 %451
  %519 = load float, ptr %518, align 4
  %520 = getelementptr inbounds float, ptr %68, i64 %i5
  store float %519, ptr %520, align 4
  %521 = getelementptr float, ptr %111, i64 %451
  %522 = load float, ptr %521, align 4
  %523 = getelementptr inbounds float, ptr %69, i64 %i5
  store float %522, ptr %523, align 4
  %524 = getelementptr float, ptr %112, i64 %451
  %525 = load float, ptr %524, align 4
  %526 = getelementptr inbounds float, ptr %70, i64 %i5
  store float %525, ptr %526, align 4
  %527 = getelementptr float, ptr %113, i64 %451
  %528 = load float, ptr %527, align 4
  %529 = getelementptr inbounds float, ptr %71, i64 %i5
  store float %528, ptr %529, align 4
  %530 = getelementptr float, ptr %114, i64 %451
  %531 = load float, ptr %530, align 4
  %532 = getelementptr inbounds float, ptr %72, i64 %i5
  store float %531, ptr %532, align 4
  %533 = load float, ptr %469, align 4
  %534 = getelementptr inbounds float, ptr %73, i64 %i5
  store float %533, ptr %534, align 4
  %535 = getelementptr float, ptr %115, i64 %451
  %536 = load float, ptr %535, align 4
  %537 = getelementptr inbounds float, ptr %74, i64 %i5
  store float %536, ptr %537, align 4
  %538 = getelementptr float, ptr %116, i64 %451
  %539 = load float, ptr %538, align 4
  %540 = getelementptr inbounds float, ptr %75, i64 %i5
  store float %539, ptr %540, align 4
  %541 = getelementptr float, ptr %117, i64 %451
  %542 = load float, ptr %541, align 4
  %543 = getelementptr inbounds float, ptr %76, i64 %i5
  store float %542, ptr %543, align 4
  %544 = getelementptr float, ptr %118, i64 %451
  %545 = load float, ptr %544, align 4
  %546 = getelementptr inbounds float, ptr %77, i64 %i5
  store float %545, ptr %546, align 4
  %547 = getelementptr float, ptr %119, i64 %451
  %548 = load float, ptr %547, align 4
  %549 = getelementptr inbounds float, ptr %78, i64 %i5
  store float %548, ptr %549, align 4
  %550 = getelementptr float, ptr %120, i64 %451
  %551 = load float, ptr %550, align 4
  %552 = getelementptr inbounds float, ptr %79, i64 %i5
  store float %551, ptr %552, align 4
  %553 = getelementptr float, ptr %121, i64 %451
  %554 = load float, ptr %553, align 4
  %555 = getelementptr inbounds float, ptr %80, i64 %i5
  store float %554, ptr %555, align 4
  %556 = insertelement <8 x float> poison, float %447, i64 0
  %557 = shufflevector <8 x float> %556, <8 x float> poison, <8 x i32> zeroinitializer
  %558 = getelementptr float, ptr %vh, i64 %451
  %559 = load <8 x float>, ptr %558, align 4
  %560 = fmul <8 x float> %557, %559
  %561 = getelementptr inbounds i8, ptr %458, i64 128
  store <8 x float> %560, ptr %561, align 4
  %562 = getelementptr float, ptr %122, i64 %451
  %563 = load <8 x float>, ptr %562, align 4
  %564 = fmul <8 x float> %557, %563
  %565 = getelementptr inbounds i8, ptr %463, i64 128
  store <8 x float> %564, ptr %565, align 4
  %566 = getelementptr float, ptr %123, i64 %451
  %567 = load <8 x float>, ptr %566, align 4
  %568 = fmul <8 x float> %557, %567
  %569 = getelementptr inbounds i8, ptr %468, i64 128
  store <8 x float> %568, ptr %569, align 4
  %570 = getelementptr float, ptr %124, i64 %451
  %571 = load <8 x float>, ptr %570, align 4
  %572 = fmul <8 x float> %557, %571
  %573 = getelementptr inbounds i8, ptr %473, i64 128
  store <8 x float> %572, ptr %573, align 4
  br label %endif6

endif6:                                           ; preds = %j5.head.preheader, %j2.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.0358, 1
  %exitcond557.not = icmp eq i64 %t2.next, 32
  br i1 %exitcond557.not, label %j10.head.preheader, label %t2.body

j10.head.preheader:                               ; preds = %endif6, %p6.exit.3
  %i14.addr.0369 = phi i64 [ %i14.next, %p6.exit.3 ], [ 0, %endif6 ]
  %574 = shl nuw nsw i64 %i14.addr.0369, 5
  %575 = shl nuw nsw i64 %i14.addr.0369, 6
  %576 = or disjoint i64 %575, 64
  %577 = or disjoint i64 %575, 128
  %578 = or disjoint i64 %575, 192
  br label %p6.body

p6.body:                                          ; preds = %p6.body, %j10.head.preheader
  %acc.0367 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %624, %p6.body ]
  %acc1.0366 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %625, %p6.body ]
  %acc2.0365 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %631, %p6.body ]
  %acc3.0364 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %632, %p6.body ]
  %acc4.0363 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %638, %p6.body ]
  %acc5.0362 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %639, %p6.body ]
  %acc6.0361 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %645, %p6.body ]
  %acc7.0360 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %646, %p6.body ]
  %p6.addr.0359 = phi i64 [ 0, %j10.head.preheader ], [ %p6.next.11045, %p6.body ]
  %579 = shl nuw nsw i64 %p6.addr.0359, 6
  %580 = getelementptr inbounds float, ptr %KT, i64 %579
  %581 = load <8 x float>, ptr %580, align 4
  %582 = or disjoint i64 %579, 8
  %583 = getelementptr inbounds float, ptr %KT, i64 %582
  %584 = load <8 x float>, ptr %583, align 4
  %585 = add nuw nsw i64 %p6.addr.0359, %574
  %586 = getelementptr inbounds float, ptr %Kc, i64 %585
  %587 = load float, ptr %586, align 4
  %588 = insertelement <8 x float> poison, float %587, i64 0
  %589 = shufflevector <8 x float> %588, <8 x float> poison, <8 x i32> zeroinitializer
  %590 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %589, <8 x float> %581, <8 x float> %acc.0367)
  %591 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %589, <8 x float> %584, <8 x float> %acc1.0366)
  %592 = or disjoint i64 %585, 32
  %593 = getelementptr inbounds float, ptr %Kc, i64 %592
  %594 = load float, ptr %593, align 4
  %595 = insertelement <8 x float> poison, float %594, i64 0
  %596 = shufflevector <8 x float> %595, <8 x float> poison, <8 x i32> zeroinitializer
  %597 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %596, <8 x float> %581, <8 x float> %acc2.0365)
  %598 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %596, <8 x float> %584, <8 x float> %acc3.0364)
  %599 = or disjoint i64 %585, 64
  %600 = getelementptr inbounds float, ptr %Kc, i64 %599
  %601 = load float, ptr %600, align 4
  %602 = insertelement <8 x float> poison, float %601, i64 0
  %603 = shufflevector <8 x float> %602, <8 x float> poison, <8 x i32> zeroinitializer
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %581, <8 x float> %acc4.0363)
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %584, <8 x float> %acc5.0362)
  %606 = or disjoint i64 %585, 96
  %607 = getelementptr inbounds float, ptr %Kc, i64 %606
  %608 = load float, ptr %607, align 4
  %609 = insertelement <8 x float> poison, float %608, i64 0
  %610 = shufflevector <8 x float> %609, <8 x float> poison, <8 x i32> zeroinitializer
  %611 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %610, <8 x float> %581, <8 x float> %acc6.0361)
  %612 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %610, <8 x float> %584, <8 x float> %acc7.0360)
  %p6.next = or disjoint i64 %p6.addr.0359, 1
  %613 = shl nuw nsw i64 %p6.next, 6
  %614 = getelementptr inbounds float, ptr %KT, i64 %613
  %615 = load <8 x float>, ptr %614, align 4
  %616 = or disjoint i64 %613, 8
  %617 = getelementptr inbounds float, ptr %KT, i64 %616
  %618 = load <8 x float>, ptr %617, align 4
  %619 = add nuw nsw i64 %p6.next, %574
  %620 = getelementptr inbounds float, ptr %Kc, i64 %619
  %621 = load float, ptr %620, align 4
  %622 = insertelement <8 x float> poison, float %621, i64 0
  %623 = shufflevector <8 x float> %622, <8 x float> poison, <8 x i32> zeroinitializer
  %624 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %623, <8 x float> %615, <8 x float> %590)
  %625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %623, <8 x float> %618, <8 x float> %591)
  %626 = or disjoint i64 %619, 32
  %627 = getelementptr inbounds float, ptr %Kc, i64 %626
  %628 = load float, ptr %627, align 4
  %629 = insertelement <8 x float> poison, float %628, i64 0
  %630 = shufflevector <8 x float> %629, <8 x float> poison, <8 x i32> zeroinitializer
  %631 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %630, <8 x float> %615, <8 x float> %597)
  %632 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %630, <8 x float> %618, <8 x float> %598)
  %633 = or disjoint i64 %619, 64
  %634 = getelementptr inbounds float, ptr %Kc, i64 %633
  %635 = load float, ptr %634, align 4
  %636 = insertelement <8 x float> poison, float %635, i64 0
  %637 = shufflevector <8 x float> %636, <8 x float> poison, <8 x i32> zeroinitializer
  %638 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %637, <8 x float> %615, <8 x float> %604)
  %639 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %637, <8 x float> %618, <8 x float> %605)
  %640 = or disjoint i64 %619, 96
  %641 = getelementptr inbounds float, ptr %Kc, i64 %640
  %642 = load float, ptr %641, align 4
  %643 = insertelement <8 x float> poison, float %642, i64 0
  %644 = shufflevector <8 x float> %643, <8 x float> poison, <8 x i32> zeroinitializer
  %645 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %615, <8 x float> %611)
  %646 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %644, <8 x float> %618, <8 x float> %612)
  %p6.next.11045 = add nuw nsw i64 %p6.addr.0359, 2
  %exitcond558.not.1 = icmp eq i64 %p6.next.11045, 32
  br i1 %exitcond558.not.1, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %647 = getelementptr inbounds float, ptr %A, i64 %575
  store <8 x float> %624, ptr %647, align 4
  %648 = or disjoint i64 %575, 8
  %649 = getelementptr inbounds float, ptr %A, i64 %648
  store <8 x float> %625, ptr %649, align 4
  %650 = getelementptr inbounds float, ptr %A, i64 %576
  store <8 x float> %631, ptr %650, align 4
  %651 = or disjoint i64 %575, 72
  %652 = getelementptr inbounds float, ptr %A, i64 %651
  store <8 x float> %632, ptr %652, align 4
  %653 = getelementptr inbounds float, ptr %A, i64 %577
  store <8 x float> %638, ptr %653, align 4
  %654 = or disjoint i64 %575, 136
  %655 = getelementptr inbounds float, ptr %A, i64 %654
  store <8 x float> %639, ptr %655, align 4
  %656 = getelementptr inbounds float, ptr %A, i64 %578
  store <8 x float> %645, ptr %656, align 4
  %657 = or disjoint i64 %575, 200
  %658 = getelementptr inbounds float, ptr %A, i64 %657
  store <8 x float> %646, ptr %658, align 4
  br label %p6.body.1

p6.body.1:                                        ; preds = %p6.body.1, %p6.exit
  %acc.0367.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %706, %p6.body.1 ]
  %acc1.0366.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %707, %p6.body.1 ]
  %acc2.0365.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %713, %p6.body.1 ]
  %acc3.0364.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %714, %p6.body.1 ]
  %acc4.0363.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %720, %p6.body.1 ]
  %acc5.0362.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %721, %p6.body.1 ]
  %acc6.0361.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %727, %p6.body.1 ]
  %acc7.0360.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %728, %p6.body.1 ]
  %p6.addr.0359.1 = phi i64 [ 0, %p6.exit ], [ %p6.next.1.1, %p6.body.1 ]
  %659 = shl nuw nsw i64 %p6.addr.0359.1, 6
  %660 = or disjoint i64 %659, 16
  %661 = getelementptr inbounds float, ptr %KT, i64 %660
  %662 = load <8 x float>, ptr %661, align 4
  %663 = or disjoint i64 %659, 24
  %664 = getelementptr inbounds float, ptr %KT, i64 %663
  %665 = load <8 x float>, ptr %664, align 4
  %666 = add nuw nsw i64 %p6.addr.0359.1, %574
  %667 = getelementptr inbounds float, ptr %Kc, i64 %666
  %668 = load float, ptr %667, align 4
  %669 = insertelement <8 x float> poison, float %668, i64 0
  %670 = shufflevector <8 x float> %669, <8 x float> poison, <8 x i32> zeroinitializer
  %671 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %670, <8 x float> %662, <8 x float> %acc.0367.1)
  %672 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %670, <8 x float> %665, <8 x float> %acc1.0366.1)
  %673 = or disjoint i64 %666, 32
  %674 = getelementptr inbounds float, ptr %Kc, i64 %673
  %675 = load float, ptr %674, align 4
  %676 = insertelement <8 x float> poison, float %675, i64 0
  %677 = shufflevector <8 x float> %676, <8 x float> poison, <8 x i32> zeroinitializer
  %678 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %677, <8 x float> %662, <8 x float> %acc2.0365.1)
  %679 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %677, <8 x float> %665, <8 x float> %acc3.0364.1)
  %680 = or disjoint i64 %666, 64
  %681 = getelementptr inbounds float, ptr %Kc, i64 %680
  %682 = load float, ptr %681, align 4
  %683 = insertelement <8 x float> poison, float %682, i64 0
  %684 = shufflevector <8 x float> %683, <8 x float> poison, <8 x i32> zeroinitializer
  %685 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> %662, <8 x float> %acc4.0363.1)
  %686 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %684, <8 x float> %665, <8 x float> %acc5.0362.1)
  %687 = or disjoint i64 %666, 96
  %688 = getelementptr inbounds float, ptr %Kc, i64 %687
  %689 = load float, ptr %688, align 4
  %690 = insertelement <8 x float> poison, float %689, i64 0
  %691 = shufflevector <8 x float> %690, <8 x float> poison, <8 x i32> zeroinitializer
  %692 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %691, <8 x float> %662, <8 x float> %acc6.0361.1)
  %693 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %691, <8 x float> %665, <8 x float> %acc7.0360.1)
  %p6.next.1 = or disjoint i64 %p6.addr.0359.1, 1
  %694 = shl nuw nsw i64 %p6.next.1, 6
  %695 = or disjoint i64 %694, 16
  %696 = getelementptr inbounds float, ptr %KT, i64 %695
  %697 = load <8 x float>, ptr %696, align 4
  %698 = or disjoint i64 %694, 24
  %699 = getelementptr inbounds float, ptr %KT, i64 %698
  %700 = load <8 x float>, ptr %699, align 4
  %701 = add nuw nsw i64 %p6.next.1, %574
  %702 = getelementptr inbounds float, ptr %Kc, i64 %701
  %703 = load float, ptr %702, align 4
  %704 = insertelement <8 x float> poison, float %703, i64 0
  %705 = shufflevector <8 x float> %704, <8 x float> poison, <8 x i32> zeroinitializer
  %706 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %705, <8 x float> %697, <8 x float> %671)
  %707 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %705, <8 x float> %700, <8 x float> %672)
  %708 = or disjoint i64 %701, 32
  %709 = getelementptr inbounds float, ptr %Kc, i64 %708
  %710 = load float, ptr %709, align 4
  %711 = insertelement <8 x float> poison, float %710, i64 0
  %712 = shufflevector <8 x float> %711, <8 x float> poison, <8 x i32> zeroinitializer
  %713 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %697, <8 x float> %678)
  %714 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %700, <8 x float> %679)
  %715 = or disjoint i64 %701, 64
  %716 = getelementptr inbounds float, ptr %Kc, i64 %715
  %717 = load float, ptr %716, align 4
  %718 = insertelement <8 x float> poison, float %717, i64 0
  %719 = shufflevector <8 x float> %718, <8 x float> poison, <8 x i32> zeroinitializer
  %720 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> %697, <8 x float> %685)
  %721 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %719, <8 x float> %700, <8 x float> %686)
  %722 = or disjoint i64 %701, 96
  %723 = getelementptr inbounds float, ptr %Kc, i64 %722
  %724 = load float, ptr %723, align 4
  %725 = insertelement <8 x float> poison, float %724, i64 0
  %726 = shufflevector <8 x float> %725, <8 x float> poison, <8 x i32> zeroinitializer
  %727 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %726, <8 x float> %697, <8 x float> %692)
  %728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %726, <8 x float> %700, <8 x float> %693)
  %p6.next.1.1 = add nuw nsw i64 %p6.addr.0359.1, 2
  %exitcond558.1.not.1 = icmp eq i64 %p6.next.1.1, 32
  br i1 %exitcond558.1.not.1, label %p6.exit.1, label %p6.body.1

p6.exit.1:                                        ; preds = %p6.body.1
  %729 = or disjoint i64 %575, 16
  %730 = getelementptr inbounds float, ptr %A, i64 %729
  store <8 x float> %706, ptr %730, align 4
  %731 = or disjoint i64 %575, 24
  %732 = getelementptr inbounds float, ptr %A, i64 %731
  store <8 x float> %707, ptr %732, align 4
  %733 = or disjoint i64 %575, 80
  %734 = getelementptr inbounds float, ptr %A, i64 %733
  store <8 x float> %713, ptr %734, align 4
  %735 = or disjoint i64 %575, 88
  %736 = getelementptr inbounds float, ptr %A, i64 %735
  store <8 x float> %714, ptr %736, align 4
  %737 = or disjoint i64 %575, 144
  %738 = getelementptr inbounds float, ptr %A, i64 %737
  store <8 x float> %720, ptr %738, align 4
  %739 = or disjoint i64 %575, 152
  %740 = getelementptr inbounds float, ptr %A, i64 %739
  store <8 x float> %721, ptr %740, align 4
  %741 = or disjoint i64 %575, 208
  %742 = getelementptr inbounds float, ptr %A, i64 %741
  store <8 x float> %727, ptr %742, align 4
  %743 = or disjoint i64 %575, 216
  %744 = getelementptr inbounds float, ptr %A, i64 %743
  store <8 x float> %728, ptr %744, align 4
  br label %p6.body.2

p6.body.2:                                        ; preds = %p6.body.2, %p6.exit.1
  %acc.0367.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %792, %p6.body.2 ]
  %acc1.0366.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %793, %p6.body.2 ]
  %acc2.0365.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %799, %p6.body.2 ]
  %acc3.0364.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %800, %p6.body.2 ]
  %acc4.0363.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %806, %p6.body.2 ]
  %acc5.0362.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %807, %p6.body.2 ]
  %acc6.0361.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %813, %p6.body.2 ]
  %acc7.0360.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %814, %p6.body.2 ]
  %p6.addr.0359.2 = phi i64 [ 0, %p6.exit.1 ], [ %p6.next.2.1, %p6.body.2 ]
  %745 = shl nuw nsw i64 %p6.addr.0359.2, 6
  %746 = or disjoint i64 %745, 32
  %747 = getelementptr inbounds float, ptr %KT, i64 %746
  %748 = load <8 x float>, ptr %747, align 4
  %749 = or disjoint i64 %745, 40
  %750 = getelementptr inbounds float, ptr %KT, i64 %749
  %751 = load <8 x float>, ptr %750, align 4
  %752 = add nuw nsw i64 %p6.addr.0359.2, %574
  %753 = getelementptr inbounds float, ptr %Kc, i64 %752
  %754 = load float, ptr %753, align 4
  %755 = insertelement <8 x float> poison, float %754, i64 0
  %756 = shufflevector <8 x float> %755, <8 x float> poison, <8 x i32> zeroinitializer
  %757 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %756, <8 x float> %748, <8 x float> %acc.0367.2)
  %758 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %756, <8 x float> %751, <8 x float> %acc1.0366.2)
  %759 = or disjoint i64 %752, 32
  %760 = getelementptr inbounds float, ptr %Kc, i64 %759
  %761 = load float, ptr %760, align 4
  %762 = insertelement <8 x float> poison, float %761, i64 0
  %763 = shufflevector <8 x float> %762, <8 x float> poison, <8 x i32> zeroinitializer
  %764 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %763, <8 x float> %748, <8 x float> %acc2.0365.2)
  %765 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %763, <8 x float> %751, <8 x float> %acc3.0364.2)
  %766 = or disjoint i64 %752, 64
  %767 = getelementptr inbounds float, ptr %Kc, i64 %766
  %768 = load float, ptr %767, align 4
  %769 = insertelement <8 x float> poison, float %768, i64 0
  %770 = shufflevector <8 x float> %769, <8 x float> poison, <8 x i32> zeroinitializer
  %771 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %770, <8 x float> %748, <8 x float> %acc4.0363.2)
  %772 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %770, <8 x float> %751, <8 x float> %acc5.0362.2)
  %773 = or disjoint i64 %752, 96
  %774 = getelementptr inbounds float, ptr %Kc, i64 %773
  %775 = load float, ptr %774, align 4
  %776 = insertelement <8 x float> poison, float %775, i64 0
  %777 = shufflevector <8 x float> %776, <8 x float> poison, <8 x i32> zeroinitializer
  %778 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %777, <8 x float> %748, <8 x float> %acc6.0361.2)
  %779 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %777, <8 x float> %751, <8 x float> %acc7.0360.2)
  %p6.next.2 = or disjoint i64 %p6.addr.0359.2, 1
  %780 = shl nuw nsw i64 %p6.next.2, 6
  %781 = or disjoint i64 %780, 32
  %782 = getelementptr inbounds float, ptr %KT, i64 %781
  %783 = load <8 x float>, ptr %782, align 4
  %784 = or disjoint i64 %780, 40
  %785 = getelementptr inbounds float, ptr %KT, i64 %784
  %786 = load <8 x float>, ptr %785, align 4
  %787 = add nuw nsw i64 %p6.next.2, %574
  %788 = getelementptr inbounds float, ptr %Kc, i64 %787
  %789 = load float, ptr %788, align 4
  %790 = insertelement <8 x float> poison, float %789, i64 0
  %791 = shufflevector <8 x float> %790, <8 x float> poison, <8 x i32> zeroinitializer
  %792 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> %783, <8 x float> %757)
  %793 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> %786, <8 x float> %758)
  %794 = or disjoint i64 %787, 32
  %795 = getelementptr inbounds float, ptr %Kc, i64 %794
  %796 = load float, ptr %795, align 4
  %797 = insertelement <8 x float> poison, float %796, i64 0
  %798 = shufflevector <8 x float> %797, <8 x float> poison, <8 x i32> zeroinitializer
  %799 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> %783, <8 x float> %764)
  %800 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> %786, <8 x float> %765)
  %801 = or disjoint i64 %787, 64
  %802 = getelementptr inbounds float, ptr %Kc, i64 %801
  %803 = load float, ptr %802, align 4
  %804 = insertelement <8 x float> poison, float %803, i64 0
  %805 = shufflevector <8 x float> %804, <8 x float> poison, <8 x i32> zeroinitializer
  %806 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> %783, <8 x float> %771)
  %807 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> %786, <8 x float> %772)
  %808 = or disjoint i64 %787, 96
  %809 = getelementptr inbounds float, ptr %Kc, i64 %808
  %810 = load float, ptr %809, align 4
  %811 = insertelement <8 x float> poison, float %810, i64 0
  %812 = shufflevector <8 x float> %811, <8 x float> poison, <8 x i32> zeroinitializer
  %813 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> %783, <8 x float> %778)
  %814 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> %786, <8 x float> %779)
  %p6.next.2.1 = add nuw nsw i64 %p6.addr.0359.2, 2
  %exitcond558.2.not.1 = icmp eq i64 %p6.next.2.1, 32
  br i1 %exitcond558.2.not.1, label %p6.exit.2, label %p6.body.2

p6.exit.2:                                        ; preds = %p6.body.2
  %815 = or disjoint i64 %575, 32
  %816 = getelementptr inbounds float, ptr %A, i64 %815
  store <8 x float> %792, ptr %816, align 4
  %817 = or disjoint i64 %575, 40
  %818 = getelementptr inbounds float, ptr %A, i64 %817
  store <8 x float> %793, ptr %818, align 4
  %819 = or disjoint i64 %575, 96
  %820 = getelementptr inbounds float, ptr %A, i64 %819
  store <8 x float> %799, ptr %820, align 4
  %821 = or disjoint i64 %575, 104
  %822 = getelementptr inbounds float, ptr %A, i64 %821
  store <8 x float> %800, ptr %822, align 4
  %823 = or disjoint i64 %575, 160
  %824 = getelementptr inbounds float, ptr %A, i64 %823
  store <8 x float> %806, ptr %824, align 4
  %825 = or disjoint i64 %575, 168
  %826 = getelementptr inbounds float, ptr %A, i64 %825
  store <8 x float> %807, ptr %826, align 4
  %827 = or disjoint i64 %575, 224
  %828 = getelementptr inbounds float, ptr %A, i64 %827
  store <8 x float> %813, ptr %828, align 4
  %829 = or disjoint i64 %575, 232
  %830 = getelementptr inbounds float, ptr %A, i64 %829
  store <8 x float> %814, ptr %830, align 4
  br label %p6.body.3

p6.body.3:                                        ; preds = %p6.body.3, %p6.exit.2
  %acc.0367.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %878, %p6.body.3 ]
  %acc1.0366.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %879, %p6.body.3 ]
  %acc2.0365.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %885, %p6.body.3 ]
  %acc3.0364.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %886, %p6.body.3 ]
  %acc4.0363.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %892, %p6.body.3 ]
  %acc5.0362.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %893, %p6.body.3 ]
  %acc6.0361.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %899, %p6.body.3 ]
  %acc7.0360.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %900, %p6.body.3 ]
  %p6.addr.0359.3 = phi i64 [ 0, %p6.exit.2 ], [ %p6.next.3.1, %p6.body.3 ]
  %831 = shl nuw nsw i64 %p6.addr.0359.3, 6
  %832 = or disjoint i64 %831, 48
  %833 = getelementptr inbounds float, ptr %KT, i64 %832
  %834 = load <8 x float>, ptr %833, align 4
  %835 = or disjoint i64 %831, 56
  %836 = getelementptr inbounds float, ptr %KT, i64 %835
  %837 = load <8 x float>, ptr %836, align 4
  %838 = add nuw nsw i64 %p6.addr.0359.3, %574
  %839 = getelementptr inbounds float, ptr %Kc, i64 %838
  %840 = load float, ptr %839, align 4
  %841 = insertelement <8 x float> poison, float %840, i64 0
  %842 = shufflevector <8 x float> %841, <8 x float> poison, <8 x i32> zeroinitializer
  %843 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %842, <8 x float> %834, <8 x float> %acc.0367.3)
  %844 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %842, <8 x float> %837, <8 x float> %acc1.0366.3)
  %845 = or disjoint i64 %838, 32
  %846 = getelementptr inbounds float, ptr %Kc, i64 %845
  %847 = load float, ptr %846, align 4
  %848 = insertelement <8 x float> poison, float %847, i64 0
  %849 = shufflevector <8 x float> %848, <8 x float> poison, <8 x i32> zeroinitializer
  %850 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %849, <8 x float> %834, <8 x float> %acc2.0365.3)
  %851 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %849, <8 x float> %837, <8 x float> %acc3.0364.3)
  %852 = or disjoint i64 %838, 64
  %853 = getelementptr inbounds float, ptr %Kc, i64 %852
  %854 = load float, ptr %853, align 4
  %855 = insertelement <8 x float> poison, float %854, i64 0
  %856 = shufflevector <8 x float> %855, <8 x float> poison, <8 x i32> zeroinitializer
  %857 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %856, <8 x float> %834, <8 x float> %acc4.0363.3)
  %858 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %856, <8 x float> %837, <8 x float> %acc5.0362.3)
  %859 = or disjoint i64 %838, 96
  %860 = getelementptr inbounds float, ptr %Kc, i64 %859
  %861 = load float, ptr %860, align 4
  %862 = insertelement <8 x float> poison, float %861, i64 0
  %863 = shufflevector <8 x float> %862, <8 x float> poison, <8 x i32> zeroinitializer
  %864 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %863, <8 x float> %834, <8 x float> %acc6.0361.3)
  %865 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %863, <8 x float> %837, <8 x float> %acc7.0360.3)
  %p6.next.3 = or disjoint i64 %p6.addr.0359.3, 1
  %866 = shl nuw nsw i64 %p6.next.3, 6
  %867 = or disjoint i64 %866, 48
  %868 = getelementptr inbounds float, ptr %KT, i64 %867
  %869 = load <8 x float>, ptr %868, align 4
  %870 = or disjoint i64 %866, 56
  %871 = getelementptr inbounds float, ptr %KT, i64 %870
  %872 = load <8 x float>, ptr %871, align 4
  %873 = add nuw nsw i64 %p6.next.3, %574
  %874 = getelementptr inbounds float, ptr %Kc, i64 %873
  %875 = load float, ptr %874, align 4
  %876 = insertelement <8 x float> poison, float %875, i64 0
  %877 = shufflevector <8 x float> %876, <8 x float> poison, <8 x i32> zeroinitializer
  %878 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %877, <8 x float> %869, <8 x float> %843)
  %879 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %877, <8 x float> %872, <8 x float> %844)
  %880 = or disjoint i64 %873, 32
  %881 = getelementptr inbounds float, ptr %Kc, i64 %880
  %882 = load float, ptr %881, align 4
  %883 = insertelement <8 x float> poison, float %882, i64 0
  %884 = shufflevector <8 x float> %883, <8 x float> poison, <8 x i32> zeroinitializer
  %885 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %884, <8 x float> %869, <8 x float> %850)
  %886 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %884, <8 x float> %872, <8 x float> %851)
  %887 = or disjoint i64 %873, 64
  %888 = getelementptr inbounds float, ptr %Kc, i64 %887
  %889 = load float, ptr %888, align 4
  %890 = insertelement <8 x float> poison, float %889, i64 0
  %891 = shufflevector <8 x float> %890, <8 x float> poison, <8 x i32> zeroinitializer
  %892 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %891, <8 x float> %869, <8 x float> %857)
  %893 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %891, <8 x float> %872, <8 x float> %858)
  %894 = or disjoint i64 %873, 96
  %895 = getelementptr inbounds float, ptr %Kc, i64 %894
  %896 = load float, ptr %895, align 4
  %897 = insertelement <8 x float> poison, float %896, i64 0
  %898 = shufflevector <8 x float> %897, <8 x float> poison, <8 x i32> zeroinitializer
  %899 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %898, <8 x float> %869, <8 x float> %864)
  %900 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %898, <8 x float> %872, <8 x float> %865)
  %p6.next.3.1 = add nuw nsw i64 %p6.addr.0359.3, 2
  %exitcond558.3.not.1 = icmp eq i64 %p6.next.3.1, 32
  br i1 %exitcond558.3.not.1, label %p6.exit.3, label %p6.body.3

p6.exit.3:                                        ; preds = %p6.body.3
  %901 = or disjoint i64 %575, 48
  %902 = getelementptr inbounds float, ptr %A, i64 %901
  store <8 x float> %878, ptr %902, align 4
  %903 = or disjoint i64 %575, 56
  %904 = getelementptr inbounds float, ptr %A, i64 %903
  store <8 x float> %879, ptr %904, align 4
  %905 = or disjoint i64 %575, 112
  %906 = getelementptr inbounds float, ptr %A, i64 %905
  store <8 x float> %885, ptr %906, align 4
  %907 = or disjoint i64 %575, 120
  %908 = getelementptr inbounds float, ptr %A, i64 %907
  store <8 x float> %886, ptr %908, align 4
  %909 = or disjoint i64 %575, 176
  %910 = getelementptr inbounds float, ptr %A, i64 %909
  store <8 x float> %892, ptr %910, align 4
  %911 = or disjoint i64 %575, 184
  %912 = getelementptr inbounds float, ptr %A, i64 %911
  store <8 x float> %893, ptr %912, align 4
  %913 = or disjoint i64 %575, 240
  %914 = getelementptr inbounds float, ptr %A, i64 %913
  store <8 x float> %899, ptr %914, align 4
  %915 = or disjoint i64 %575, 248
  %916 = getelementptr inbounds float, ptr %A, i64 %915
  store <8 x float> %900, ptr %916, align 4
  %i14.next = add nuw nsw i64 %i14.addr.0369, 4
  %917 = icmp ult i64 %i14.addr.0369, 60
  br i1 %917, label %j10.head.preheader, label %i15.body

i15.body:                                         ; preds = %p6.exit.3, %j11.exit
  %i15.addr.0371 = phi i64 [ %i15.next, %j11.exit ], [ 0, %p6.exit.3 ]
  %918 = getelementptr inbounds float, ptr %bet, i64 %i15.addr.0371
  %919 = load float, ptr %918, align 4
  %920 = shl nuw nsw i64 %i15.addr.0371, 4
  %921 = and i64 %920, 992
  %.idx469 = shl nsw i64 %i15.addr.0371, 8
  %invariant.gep748 = getelementptr inbounds i8, ptr %A, i64 %.idx469
  br label %j11.body

j11.body:                                         ; preds = %j11.body, %i15.body
  %j11.addr.0370 = phi i64 [ 0, %i15.body ], [ %j11.next.7, %j11.body ]
  %gep749 = getelementptr inbounds float, ptr %invariant.gep748, i64 %j11.addr.0370
  %922 = load float, ptr %gep749, align 4
  %923 = fmul float %919, %922
  %924 = lshr exact i64 %j11.addr.0370, 1
  %925 = or disjoint i64 %924, %921
  %926 = getelementptr inbounds float, ptr %Dt, i64 %925
  %927 = load float, ptr %926, align 4
  %928 = fmul float %923, %927
  %929 = icmp ult i64 %j11.addr.0370, %i15.addr.0371
  %930 = select i1 %929, float %928, float 0.000000e+00
  store float %930, ptr %gep749, align 4
  %j11.next = or disjoint i64 %j11.addr.0370, 1
  %gep749.1 = getelementptr inbounds float, ptr %invariant.gep748, i64 %j11.next
  %931 = load float, ptr %gep749.1, align 4
  %932 = fmul float %919, %931
  %933 = lshr exact i64 %j11.addr.0370, 1
  %934 = or disjoint i64 %933, %921
  %935 = getelementptr inbounds float, ptr %Dt, i64 %934
  %936 = load float, ptr %935, align 4
  %937 = fmul float %932, %936
  %938 = icmp ult i64 %j11.next, %i15.addr.0371
  %939 = select i1 %938, float %937, float 0.000000e+00
  store float %939, ptr %gep749.1, align 4
  %j11.next.1 = or disjoint i64 %j11.addr.0370, 2
  %gep749.2 = getelementptr inbounds float, ptr %invariant.gep748, i64 %j11.next.1
  %940 = load float, ptr %gep749.2, align 4
  %941 = fmul float %919, %940
  %942 = lshr exact i64 %j11.next.1, 1
  %943 = or disjoint i64 %942, %921
  %944 = getelementptr inbounds float, ptr %Dt, i64 %943
  %945 = load float, ptr %944, align 4
  %946 = fmul float %941, %945
  %947 = icmp ult i64 %j11.next.1, %i15.addr.0371
  %948 = select i1 %947, float %946, float 0.000000e+00
  store float %948, ptr %gep749.2, align 4
  %j11.next.2 = or disjoint i64 %j11.addr.0370, 3
  %gep749.3 = getelementptr inbounds float, ptr %invariant.gep748, i64 %j11.next.2
  %949 = load float, ptr %gep749.3, align 4
  %950 = fmul float %919, %949
  %951 = lshr exact i64 %j11.next.1, 1
  %952 = or disjoint i64 %951, %921
  %953 = getelementptr inbounds float, ptr %Dt, i64 %952
  %954 = load float, ptr %953, align 4
  %955 = fmul float %950, %954
  %956 = icmp ult i64 %j11.next.2, %i15.addr.0371
  %957 = select i1 %956, float %955, float 0.000000e+00
  store float %957, ptr %gep749.3, align 4
  %j11.next.3 = or disjoint i64 %j11.addr.0370, 4
  %gep749.4 = getelementptr inbounds float, ptr %invariant.gep748, i64 %j11.next.3
  %958 = load float, ptr %gep749.4, align 4
  %959 = fmul float %919, %958
  %960 = lshr exact i64 %j11.next.3, 1
  %961 = or disjoint i64 %960, %921
  %962 = getelementptr inbounds float, ptr %Dt, i64 %961
  %963 = load float, ptr %962, align 4
  %964 = fmul float %959, %963
  %965 = icmp ult i64 %j11.next.3, %i15.addr.0371
  %966 = select i1 %965, float %964, float 0.000000e+00
  store float %966, ptr %gep749.4, align 4
  %j11.next.4 = or disjoint i64 %j11.addr.0370, 5
  %gep749.5 = getelementptr inbounds float, ptr %invariant.gep748, i64 %j11.next.4
  %967 = load float, ptr %gep749.5, align 4
  %968 = fmul float %919, %967
  %969 = lshr exact i64 %j11.next.3, 1
  %970 = or disjoint i64 %969, %921
  %971 = getelementptr inbounds float, ptr %Dt, i64 %970
  %972 = load float, ptr %971, align 4
  %973 = fmul float %968, %972
  %974 = icmp ult i64 %j11.next.4, %i15.addr.0371
  %975 = select i1 %974, float %973, float 0.000000e+00
  store float %975, ptr %gep749.5, align 4
  %j11.next.5 = or disjoint i64 %j11.addr.0370, 6
  %gep749.6 = getelementptr inbounds float, ptr %invariant.gep748, i64 %j11.next.5
  %976 = load float, ptr %gep749.6, align 4
  %977 = fmul float %919, %976
  %978 = lshr exact i64 %j11.next.5, 1
  %979 = or disjoint i64 %978, %921
  %980 = getelementptr inbounds float, ptr %Dt, i64 %979
  %981 = load float, ptr %980, align 4
  %982 = fmul float %977, %981
  %983 = icmp ult i64 %j11.next.5, %i15.addr.0371
  %984 = select i1 %983, float %982, float 0.000000e+00
  store float %984, ptr %gep749.6, align 4
  %j11.next.6 = or disjoint i64 %j11.addr.0370, 7
  %gep749.7 = getelementptr inbounds float, ptr %invariant.gep748, i64 %j11.next.6
  %985 = load float, ptr %gep749.7, align 4
  %986 = fmul float %919, %985
  %987 = lshr exact i64 %j11.next.5, 1
  %988 = or disjoint i64 %987, %921
  %989 = getelementptr inbounds float, ptr %Dt, i64 %988
  %990 = load float, ptr %989, align 4
  %991 = fmul float %986, %990
  %992 = icmp ult i64 %j11.next.6, %i15.addr.0371
  %993 = select i1 %992, float %991, float 0.000000e+00
  store float %993, ptr %gep749.7, align 4
  %j11.next.7 = add nuw nsw i64 %j11.addr.0370, 8
  %exitcond559.not.7 = icmp eq i64 %j11.next.7, 64
  br i1 %exitcond559.not.7, label %j11.exit, label %j11.body

j11.exit:                                         ; preds = %j11.body
  %i15.next = add nuw nsw i64 %i15.addr.0371, 1
  %exitcond560.not = icmp eq i64 %i15.next, 64
  br i1 %exitcond560.not, label %i16.body, label %i15.body

i16.body:                                         ; preds = %j11.exit, %j12.exit
  %indvar1047 = phi i64 [ %indvar.next1048, %j12.exit ], [ 0, %j11.exit ]
  %i16.addr.0381 = phi i64 [ %i16.next, %j12.exit ], [ 1, %j11.exit ]
  %994 = shl nuw nsw i64 %i16.addr.0381, 6
  %995 = getelementptr inbounds float, ptr %X, i64 %994
  %996 = load <8 x float>, ptr %995, align 4
  %997 = or disjoint i64 %994, 8
  %998 = getelementptr inbounds float, ptr %X, i64 %997
  %999 = load <8 x float>, ptr %998, align 4
  %1000 = or disjoint i64 %994, 16
  %1001 = getelementptr inbounds float, ptr %X, i64 %1000
  %1002 = load <8 x float>, ptr %1001, align 4
  %1003 = or disjoint i64 %994, 24
  %1004 = getelementptr inbounds float, ptr %X, i64 %1003
  %1005 = load <8 x float>, ptr %1004, align 4
  %1006 = or disjoint i64 %994, 32
  %1007 = getelementptr inbounds float, ptr %X, i64 %1006
  %1008 = load <8 x float>, ptr %1007, align 4
  %1009 = or disjoint i64 %994, 40
  %1010 = getelementptr inbounds float, ptr %X, i64 %1009
  %1011 = load <8 x float>, ptr %1010, align 4
  %1012 = or disjoint i64 %994, 48
  %1013 = getelementptr inbounds float, ptr %X, i64 %1012
  %1014 = load <8 x float>, ptr %1013, align 4
  %1015 = or disjoint i64 %994, 56
  %1016 = getelementptr inbounds float, ptr %X, i64 %1015
  %1017 = load <8 x float>, ptr %1016, align 4
  %1018 = getelementptr inbounds float, ptr %A, i64 %994
  %xtraiter1049 = and i64 %i16.addr.0381, 1
  %1019 = icmp eq i64 %indvar1047, 0
  br i1 %1019, label %j12.exit.unr-lcssa, label %i16.body.new

i16.body.new:                                     ; preds = %i16.body
  %unroll_iter1060 = and i64 %i16.addr.0381, 9223372036854775806
  br label %j12.body

j12.body:                                         ; preds = %j12.body, %i16.body.new
  %j12.addr.0380 = phi i64 [ 0, %i16.body.new ], [ %j12.next.1, %j12.body ]
  %acc15.0379 = phi <8 x float> [ %1017, %i16.body.new ], [ %1093, %j12.body ]
  %acc14.0378 = phi <8 x float> [ %1014, %i16.body.new ], [ %1089, %j12.body ]
  %acc13.0377 = phi <8 x float> [ %1011, %i16.body.new ], [ %1085, %j12.body ]
  %acc12.0376 = phi <8 x float> [ %1008, %i16.body.new ], [ %1081, %j12.body ]
  %acc11.0375 = phi <8 x float> [ %1005, %i16.body.new ], [ %1077, %j12.body ]
  %acc10.0374 = phi <8 x float> [ %1002, %i16.body.new ], [ %1073, %j12.body ]
  %acc9.0373 = phi <8 x float> [ %999, %i16.body.new ], [ %1069, %j12.body ]
  %acc8.0372 = phi <8 x float> [ %996, %i16.body.new ], [ %1065, %j12.body ]
  %niter1061 = phi i64 [ 0, %i16.body.new ], [ %niter1061.next.1, %j12.body ]
  %1020 = getelementptr inbounds float, ptr %1018, i64 %j12.addr.0380
  %1021 = load float, ptr %1020, align 4
  %1022 = fneg float %1021
  %1023 = shl nsw i64 %j12.addr.0380, 6
  %1024 = getelementptr inbounds float, ptr %X, i64 %1023
  %1025 = load <8 x float>, ptr %1024, align 4
  %1026 = insertelement <8 x float> poison, float %1022, i64 0
  %1027 = shufflevector <8 x float> %1026, <8 x float> poison, <8 x i32> zeroinitializer
  %1028 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1025, <8 x float> %acc8.0372)
  %1029 = or disjoint i64 %1023, 8
  %1030 = getelementptr inbounds float, ptr %X, i64 %1029
  %1031 = load <8 x float>, ptr %1030, align 4
  %1032 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1031, <8 x float> %acc9.0373)
  %1033 = or disjoint i64 %1023, 16
  %1034 = getelementptr inbounds float, ptr %X, i64 %1033
  %1035 = load <8 x float>, ptr %1034, align 4
  %1036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1035, <8 x float> %acc10.0374)
  %1037 = or disjoint i64 %1023, 24
  %1038 = getelementptr inbounds float, ptr %X, i64 %1037
  %1039 = load <8 x float>, ptr %1038, align 4
  %1040 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1039, <8 x float> %acc11.0375)
  %1041 = or disjoint i64 %1023, 32
  %1042 = getelementptr inbounds float, ptr %X, i64 %1041
  %1043 = load <8 x float>, ptr %1042, align 4
  %1044 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1043, <8 x float> %acc12.0376)
  %1045 = or disjoint i64 %1023, 40
  %1046 = getelementptr inbounds float, ptr %X, i64 %1045
  %1047 = load <8 x float>, ptr %1046, align 4
  %1048 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1047, <8 x float> %acc13.0377)
  %1049 = or disjoint i64 %1023, 48
  %1050 = getelementptr inbounds float, ptr %X, i64 %1049
  %1051 = load <8 x float>, ptr %1050, align 4
  %1052 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1051, <8 x float> %acc14.0378)
  %1053 = or disjoint i64 %1023, 56
  %1054 = getelementptr inbounds float, ptr %X, i64 %1053
  %1055 = load <8 x float>, ptr %1054, align 4
  %1056 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1055, <8 x float> %acc15.0379)
  %j12.next = or disjoint i64 %j12.addr.0380, 1
  %1057 = getelementptr inbounds float, ptr %1018, i64 %j12.next
  %1058 = load float, ptr %1057, align 4
  %1059 = fneg float %1058
  %1060 = shl nsw i64 %j12.next, 6
  %1061 = getelementptr inbounds float, ptr %X, i64 %1060
  %1062 = load <8 x float>, ptr %1061, align 4
  %1063 = insertelement <8 x float> poison, float %1059, i64 0
  %1064 = shufflevector <8 x float> %1063, <8 x float> poison, <8 x i32> zeroinitializer
  %1065 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> %1062, <8 x float> %1028)
  %1066 = or disjoint i64 %1060, 8
  %1067 = getelementptr inbounds float, ptr %X, i64 %1066
  %1068 = load <8 x float>, ptr %1067, align 4
  %1069 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> %1068, <8 x float> %1032)
  %1070 = or disjoint i64 %1060, 16
  %1071 = getelementptr inbounds float, ptr %X, i64 %1070
  %1072 = load <8 x float>, ptr %1071, align 4
  %1073 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> %1072, <8 x float> %1036)
  %1074 = or disjoint i64 %1060, 24
  %1075 = getelementptr inbounds float, ptr %X, i64 %1074
  %1076 = load <8 x float>, ptr %1075, align 4
  %1077 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> %1076, <8 x float> %1040)
  %1078 = or disjoint i64 %1060, 32
  %1079 = getelementptr inbounds float, ptr %X, i64 %1078
  %1080 = load <8 x float>, ptr %1079, align 4
  %1081 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> %1080, <8 x float> %1044)
  %1082 = or disjoint i64 %1060, 40
  %1083 = getelementptr inbounds float, ptr %X, i64 %1082
  %1084 = load <8 x float>, ptr %1083, align 4
  %1085 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> %1084, <8 x float> %1048)
  %1086 = or disjoint i64 %1060, 48
  %1087 = getelementptr inbounds float, ptr %X, i64 %1086
  %1088 = load <8 x float>, ptr %1087, align 4
  %1089 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> %1088, <8 x float> %1052)
  %1090 = or disjoint i64 %1060, 56
  %1091 = getelementptr inbounds float, ptr %X, i64 %1090
  %1092 = load <8 x float>, ptr %1091, align 4
  %1093 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> %1092, <8 x float> %1056)
  %j12.next.1 = add nuw nsw i64 %j12.addr.0380, 2
  %niter1061.next.1 = add i64 %niter1061, 2
  %niter1061.ncmp.1 = icmp eq i64 %niter1061.next.1, %unroll_iter1060
  br i1 %niter1061.ncmp.1, label %j12.exit.unr-lcssa, label %j12.body

j12.exit.unr-lcssa:                               ; preds = %j12.body, %i16.body
  %.lcssa939.ph = phi <8 x float> [ poison, %i16.body ], [ %1065, %j12.body ]
  %.lcssa938.ph = phi <8 x float> [ poison, %i16.body ], [ %1069, %j12.body ]
  %.lcssa937.ph = phi <8 x float> [ poison, %i16.body ], [ %1073, %j12.body ]
  %.lcssa936.ph = phi <8 x float> [ poison, %i16.body ], [ %1077, %j12.body ]
  %.lcssa935.ph = phi <8 x float> [ poison, %i16.body ], [ %1081, %j12.body ]
  %.lcssa934.ph = phi <8 x float> [ poison, %i16.body ], [ %1085, %j12.body ]
  %.lcssa933.ph = phi <8 x float> [ poison, %i16.body ], [ %1089, %j12.body ]
  %.lcssa932.ph = phi <8 x float> [ poison, %i16.body ], [ %1093, %j12.body ]
  %j12.addr.0380.unr = phi i64 [ 0, %i16.body ], [ %j12.next.1, %j12.body ]
  %acc15.0379.unr = phi <8 x float> [ %1017, %i16.body ], [ %1093, %j12.body ]
  %acc14.0378.unr = phi <8 x float> [ %1014, %i16.body ], [ %1089, %j12.body ]
  %acc13.0377.unr = phi <8 x float> [ %1011, %i16.body ], [ %1085, %j12.body ]
  %acc12.0376.unr = phi <8 x float> [ %1008, %i16.body ], [ %1081, %j12.body ]
  %acc11.0375.unr = phi <8 x float> [ %1005, %i16.body ], [ %1077, %j12.body ]
  %acc10.0374.unr = phi <8 x float> [ %1002, %i16.body ], [ %1073, %j12.body ]
  %acc9.0373.unr = phi <8 x float> [ %999, %i16.body ], [ %1069, %j12.body ]
  %acc8.0372.unr = phi <8 x float> [ %996, %i16.body ], [ %1065, %j12.body ]
  %lcmp.mod1051.not = icmp eq i64 %xtraiter1049, 0
  br i1 %lcmp.mod1051.not, label %j12.exit, label %j12.body.epil

j12.body.epil:                                    ; preds = %j12.exit.unr-lcssa
  %1094 = getelementptr inbounds float, ptr %1018, i64 %j12.addr.0380.unr
  %1095 = load float, ptr %1094, align 4
  %1096 = fneg float %1095
  %1097 = shl nsw i64 %j12.addr.0380.unr, 6
  %1098 = getelementptr inbounds float, ptr %X, i64 %1097
  %1099 = load <8 x float>, ptr %1098, align 4
  %1100 = insertelement <8 x float> poison, float %1096, i64 0
  %1101 = shufflevector <8 x float> %1100, <8 x float> poison, <8 x i32> zeroinitializer
  %1102 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1101, <8 x float> %1099, <8 x float> %acc8.0372.unr)
  %1103 = or disjoint i64 %1097, 8
  %1104 = getelementptr inbounds float, ptr %X, i64 %1103
  %1105 = load <8 x float>, ptr %1104, align 4
  %1106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1101, <8 x float> %1105, <8 x float> %acc9.0373.unr)
  %1107 = or disjoint i64 %1097, 16
  %1108 = getelementptr inbounds float, ptr %X, i64 %1107
  %1109 = load <8 x float>, ptr %1108, align 4
  %1110 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1101, <8 x float> %1109, <8 x float> %acc10.0374.unr)
  %1111 = or disjoint i64 %1097, 24
  %1112 = getelementptr inbounds float, ptr %X, i64 %1111
  %1113 = load <8 x float>, ptr %1112, align 4
  %1114 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1101, <8 x float> %1113, <8 x float> %acc11.0375.unr)
  %1115 = or disjoint i64 %1097, 32
  %1116 = getelementptr inbounds float, ptr %X, i64 %1115
  %1117 = load <8 x float>, ptr %1116, align 4
  %1118 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1101, <8 x float> %1117, <8 x float> %acc12.0376.unr)
  %1119 = or disjoint i64 %1097, 40
  %1120 = getelementptr inbounds float, ptr %X, i64 %1119
  %1121 = load <8 x float>, ptr %1120, align 4
  %1122 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1101, <8 x float> %1121, <8 x float> %acc13.0377.unr)
  %1123 = or disjoint i64 %1097, 48
  %1124 = getelementptr inbounds float, ptr %X, i64 %1123
  %1125 = load <8 x float>, ptr %1124, align 4
  %1126 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1101, <8 x float> %1125, <8 x float> %acc14.0378.unr)
  %1127 = or disjoint i64 %1097, 56
  %1128 = getelementptr inbounds float, ptr %X, i64 %1127
  %1129 = load <8 x float>, ptr %1128, align 4
  %1130 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1101, <8 x float> %1129, <8 x float> %acc15.0379.unr)
  br label %j12.exit

j12.exit:                                         ; preds = %j12.exit.unr-lcssa, %j12.body.epil
  %.lcssa939 = phi <8 x float> [ %.lcssa939.ph, %j12.exit.unr-lcssa ], [ %1102, %j12.body.epil ]
  %.lcssa938 = phi <8 x float> [ %.lcssa938.ph, %j12.exit.unr-lcssa ], [ %1106, %j12.body.epil ]
  %.lcssa937 = phi <8 x float> [ %.lcssa937.ph, %j12.exit.unr-lcssa ], [ %1110, %j12.body.epil ]
  %.lcssa936 = phi <8 x float> [ %.lcssa936.ph, %j12.exit.unr-lcssa ], [ %1114, %j12.body.epil ]
  %.lcssa935 = phi <8 x float> [ %.lcssa935.ph, %j12.exit.unr-lcssa ], [ %1118, %j12.body.epil ]
  %.lcssa934 = phi <8 x float> [ %.lcssa934.ph, %j12.exit.unr-lcssa ], [ %1122, %j12.body.epil ]
  %.lcssa933 = phi <8 x float> [ %.lcssa933.ph, %j12.exit.unr-lcssa ], [ %1126, %j12.body.epil ]
  %.lcssa932 = phi <8 x float> [ %.lcssa932.ph, %j12.exit.unr-lcssa ], [ %1130, %j12.body.epil ]
  store <8 x float> %.lcssa939, ptr %995, align 4
  store <8 x float> %.lcssa938, ptr %998, align 4
  store <8 x float> %.lcssa937, ptr %1001, align 4
  store <8 x float> %.lcssa936, ptr %1004, align 4
  store <8 x float> %.lcssa935, ptr %1007, align 4
  store <8 x float> %.lcssa934, ptr %1010, align 4
  store <8 x float> %.lcssa933, ptr %1013, align 4
  store <8 x float> %.lcssa932, ptr %1016, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0381, 1
  %exitcond562.not = icmp eq i64 %i16.next, 64
  %indvar.next1048 = add i64 %indvar1047, 1
  br i1 %exitcond562.not, label %j13.head.preheader, label %i16.body

j13.head.preheader:                               ; preds = %j12.exit, %p7.exit.1
  %i17.addr.0392 = phi i64 [ %i17.next, %p7.exit.1 ], [ 0, %j12.exit ]
  %1131 = shl nuw nsw i64 %i17.addr.0392, 6
  %1132 = or disjoint i64 %1131, 32
  %1133 = or disjoint i64 %1131, 96
  %1134 = or disjoint i64 %1131, 160
  %1135 = or disjoint i64 %1131, 224
  %1136 = getelementptr inbounds float, ptr %X, i64 %1132
  %1137 = load <8 x float>, ptr %1136, align 4
  %1138 = or disjoint i64 %1131, 40
  %1139 = getelementptr inbounds float, ptr %X, i64 %1138
  %1140 = load <8 x float>, ptr %1139, align 4
  %1141 = getelementptr inbounds float, ptr %X, i64 %1133
  %1142 = load <8 x float>, ptr %1141, align 4
  %1143 = or disjoint i64 %1131, 104
  %1144 = getelementptr inbounds float, ptr %X, i64 %1143
  %1145 = load <8 x float>, ptr %1144, align 4
  %1146 = getelementptr inbounds float, ptr %X, i64 %1134
  %1147 = load <8 x float>, ptr %1146, align 4
  %1148 = or disjoint i64 %1131, 168
  %1149 = getelementptr inbounds float, ptr %X, i64 %1148
  %1150 = load <8 x float>, ptr %1149, align 4
  %1151 = getelementptr inbounds float, ptr %X, i64 %1135
  %1152 = load <8 x float>, ptr %1151, align 4
  %1153 = or disjoint i64 %1131, 232
  %1154 = getelementptr inbounds float, ptr %X, i64 %1153
  %1155 = load <8 x float>, ptr %1154, align 4
  br label %p7.body

p7.body:                                          ; preds = %p7.body, %j13.head.preheader
  %p7.addr.0390 = phi i64 [ 0, %j13.head.preheader ], [ %p7.next.11071, %p7.body ]
  %acc23.0389 = phi <8 x float> [ %1155, %j13.head.preheader ], [ %1231, %p7.body ]
  %acc2277.0388 = phi <8 x float> [ %1152, %j13.head.preheader ], [ %1230, %p7.body ]
  %acc21.0387 = phi <8 x float> [ %1150, %j13.head.preheader ], [ %1223, %p7.body ]
  %acc20.0386 = phi <8 x float> [ %1147, %j13.head.preheader ], [ %1222, %p7.body ]
  %acc19.0385 = phi <8 x float> [ %1145, %j13.head.preheader ], [ %1215, %p7.body ]
  %acc18.0384 = phi <8 x float> [ %1142, %j13.head.preheader ], [ %1214, %p7.body ]
  %acc17.0383 = phi <8 x float> [ %1140, %j13.head.preheader ], [ %1207, %p7.body ]
  %acc16.0382 = phi <8 x float> [ %1137, %j13.head.preheader ], [ %1206, %p7.body ]
  %1156 = shl nuw nsw i64 %p7.addr.0390, 5
  %1157 = getelementptr inbounds float, ptr %work, i64 %1156
  %1158 = load <8 x float>, ptr %1157, align 4
  %1159 = or disjoint i64 %1156, 8
  %1160 = getelementptr inbounds float, ptr %work, i64 %1159
  %1161 = load <8 x float>, ptr %1160, align 4
  %1162 = or disjoint i64 %p7.addr.0390, %1131
  %1163 = getelementptr inbounds float, ptr %X, i64 %1162
  %1164 = load float, ptr %1163, align 4
  %1165 = fneg float %1164
  %1166 = insertelement <8 x float> poison, float %1165, i64 0
  %1167 = shufflevector <8 x float> %1166, <8 x float> poison, <8 x i32> zeroinitializer
  %1168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1167, <8 x float> %1158, <8 x float> %acc16.0382)
  %1169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1167, <8 x float> %1161, <8 x float> %acc17.0383)
  %1170 = or disjoint i64 %1162, 64
  %1171 = getelementptr inbounds float, ptr %X, i64 %1170
  %1172 = load float, ptr %1171, align 4
  %1173 = fneg float %1172
  %1174 = insertelement <8 x float> poison, float %1173, i64 0
  %1175 = shufflevector <8 x float> %1174, <8 x float> poison, <8 x i32> zeroinitializer
  %1176 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1175, <8 x float> %1158, <8 x float> %acc18.0384)
  %1177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1175, <8 x float> %1161, <8 x float> %acc19.0385)
  %1178 = or disjoint i64 %1162, 128
  %1179 = getelementptr inbounds float, ptr %X, i64 %1178
  %1180 = load float, ptr %1179, align 4
  %1181 = fneg float %1180
  %1182 = insertelement <8 x float> poison, float %1181, i64 0
  %1183 = shufflevector <8 x float> %1182, <8 x float> poison, <8 x i32> zeroinitializer
  %1184 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1183, <8 x float> %1158, <8 x float> %acc20.0386)
  %1185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1183, <8 x float> %1161, <8 x float> %acc21.0387)
  %1186 = or disjoint i64 %1162, 192
  %1187 = getelementptr inbounds float, ptr %X, i64 %1186
  %1188 = load float, ptr %1187, align 4
  %1189 = fneg float %1188
  %1190 = insertelement <8 x float> poison, float %1189, i64 0
  %1191 = shufflevector <8 x float> %1190, <8 x float> poison, <8 x i32> zeroinitializer
  %1192 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1191, <8 x float> %1158, <8 x float> %acc2277.0388)
  %1193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1191, <8 x float> %1161, <8 x float> %acc23.0389)
  %p7.next = or disjoint i64 %p7.addr.0390, 1
  %1194 = shl nuw nsw i64 %p7.next, 5
  %1195 = getelementptr inbounds float, ptr %work, i64 %1194
  %1196 = load <8 x float>, ptr %1195, align 4
  %1197 = or disjoint i64 %1194, 8
  %1198 = getelementptr inbounds float, ptr %work, i64 %1197
  %1199 = load <8 x float>, ptr %1198, align 4
  %1200 = or disjoint i64 %p7.next, %1131
  %1201 = getelementptr inbounds float, ptr %X, i64 %1200
  %1202 = load float, ptr %1201, align 4
  %1203 = fneg float %1202
  %1204 = insertelement <8 x float> poison, float %1203, i64 0
  %1205 = shufflevector <8 x float> %1204, <8 x float> poison, <8 x i32> zeroinitializer
  %1206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1196, <8 x float> %1168)
  %1207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1199, <8 x float> %1169)
  %1208 = or disjoint i64 %1200, 64
  %1209 = getelementptr inbounds float, ptr %X, i64 %1208
  %1210 = load float, ptr %1209, align 4
  %1211 = fneg float %1210
  %1212 = insertelement <8 x float> poison, float %1211, i64 0
  %1213 = shufflevector <8 x float> %1212, <8 x float> poison, <8 x i32> zeroinitializer
  %1214 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1213, <8 x float> %1196, <8 x float> %1176)
  %1215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1213, <8 x float> %1199, <8 x float> %1177)
  %1216 = or disjoint i64 %1200, 128
  %1217 = getelementptr inbounds float, ptr %X, i64 %1216
  %1218 = load float, ptr %1217, align 4
  %1219 = fneg float %1218
  %1220 = insertelement <8 x float> poison, float %1219, i64 0
  %1221 = shufflevector <8 x float> %1220, <8 x float> poison, <8 x i32> zeroinitializer
  %1222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1221, <8 x float> %1196, <8 x float> %1184)
  %1223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1221, <8 x float> %1199, <8 x float> %1185)
  %1224 = or disjoint i64 %1200, 192
  %1225 = getelementptr inbounds float, ptr %X, i64 %1224
  %1226 = load float, ptr %1225, align 4
  %1227 = fneg float %1226
  %1228 = insertelement <8 x float> poison, float %1227, i64 0
  %1229 = shufflevector <8 x float> %1228, <8 x float> poison, <8 x i32> zeroinitializer
  %1230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1229, <8 x float> %1196, <8 x float> %1192)
  %1231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1229, <8 x float> %1199, <8 x float> %1193)
  %p7.next.11071 = add nuw nsw i64 %p7.addr.0390, 2
  %exitcond563.not.1 = icmp eq i64 %p7.next.11071, 32
  br i1 %exitcond563.not.1, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <8 x float> %1206, ptr %1136, align 4
  store <8 x float> %1207, ptr %1139, align 4
  store <8 x float> %1214, ptr %1141, align 4
  store <8 x float> %1215, ptr %1144, align 4
  store <8 x float> %1222, ptr %1146, align 4
  store <8 x float> %1223, ptr %1149, align 4
  store <8 x float> %1230, ptr %1151, align 4
  store <8 x float> %1231, ptr %1154, align 4
  %1232 = or disjoint i64 %1131, 48
  %1233 = getelementptr inbounds float, ptr %X, i64 %1232
  %1234 = load <8 x float>, ptr %1233, align 4
  %1235 = or disjoint i64 %1131, 56
  %1236 = getelementptr inbounds float, ptr %X, i64 %1235
  %1237 = load <8 x float>, ptr %1236, align 4
  %1238 = or disjoint i64 %1131, 112
  %1239 = getelementptr inbounds float, ptr %X, i64 %1238
  %1240 = load <8 x float>, ptr %1239, align 4
  %1241 = or disjoint i64 %1131, 120
  %1242 = getelementptr inbounds float, ptr %X, i64 %1241
  %1243 = load <8 x float>, ptr %1242, align 4
  %1244 = or disjoint i64 %1131, 176
  %1245 = getelementptr inbounds float, ptr %X, i64 %1244
  %1246 = load <8 x float>, ptr %1245, align 4
  %1247 = or disjoint i64 %1131, 184
  %1248 = getelementptr inbounds float, ptr %X, i64 %1247
  %1249 = load <8 x float>, ptr %1248, align 4
  %1250 = or disjoint i64 %1131, 240
  %1251 = getelementptr inbounds float, ptr %X, i64 %1250
  %1252 = load <8 x float>, ptr %1251, align 4
  %1253 = or disjoint i64 %1131, 248
  %1254 = getelementptr inbounds float, ptr %X, i64 %1253
  %1255 = load <8 x float>, ptr %1254, align 4
  br label %p7.body.1

p7.body.1:                                        ; preds = %p7.body.1, %p7.exit
  %p7.addr.0390.1 = phi i64 [ 0, %p7.exit ], [ %p7.next.1.1, %p7.body.1 ]
  %acc23.0389.1 = phi <8 x float> [ %1255, %p7.exit ], [ %1333, %p7.body.1 ]
  %acc2277.0388.1 = phi <8 x float> [ %1252, %p7.exit ], [ %1332, %p7.body.1 ]
  %acc21.0387.1 = phi <8 x float> [ %1249, %p7.exit ], [ %1325, %p7.body.1 ]
  %acc20.0386.1 = phi <8 x float> [ %1246, %p7.exit ], [ %1324, %p7.body.1 ]
  %acc19.0385.1 = phi <8 x float> [ %1243, %p7.exit ], [ %1317, %p7.body.1 ]
  %acc18.0384.1 = phi <8 x float> [ %1240, %p7.exit ], [ %1316, %p7.body.1 ]
  %acc17.0383.1 = phi <8 x float> [ %1237, %p7.exit ], [ %1309, %p7.body.1 ]
  %acc16.0382.1 = phi <8 x float> [ %1234, %p7.exit ], [ %1308, %p7.body.1 ]
  %1256 = shl nuw nsw i64 %p7.addr.0390.1, 5
  %1257 = or disjoint i64 %1256, 16
  %1258 = getelementptr inbounds float, ptr %work, i64 %1257
  %1259 = load <8 x float>, ptr %1258, align 4
  %1260 = or disjoint i64 %1256, 24
  %1261 = getelementptr inbounds float, ptr %work, i64 %1260
  %1262 = load <8 x float>, ptr %1261, align 4
  %1263 = or disjoint i64 %p7.addr.0390.1, %1131
  %1264 = getelementptr inbounds float, ptr %X, i64 %1263
  %1265 = load float, ptr %1264, align 4
  %1266 = fneg float %1265
  %1267 = insertelement <8 x float> poison, float %1266, i64 0
  %1268 = shufflevector <8 x float> %1267, <8 x float> poison, <8 x i32> zeroinitializer
  %1269 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1268, <8 x float> %1259, <8 x float> %acc16.0382.1)
  %1270 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1268, <8 x float> %1262, <8 x float> %acc17.0383.1)
  %1271 = or disjoint i64 %1263, 64
  %1272 = getelementptr inbounds float, ptr %X, i64 %1271
  %1273 = load float, ptr %1272, align 4
  %1274 = fneg float %1273
  %1275 = insertelement <8 x float> poison, float %1274, i64 0
  %1276 = shufflevector <8 x float> %1275, <8 x float> poison, <8 x i32> zeroinitializer
  %1277 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1276, <8 x float> %1259, <8 x float> %acc18.0384.1)
  %1278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1276, <8 x float> %1262, <8 x float> %acc19.0385.1)
  %1279 = or disjoint i64 %1263, 128
  %1280 = getelementptr inbounds float, ptr %X, i64 %1279
  %1281 = load float, ptr %1280, align 4
  %1282 = fneg float %1281
  %1283 = insertelement <8 x float> poison, float %1282, i64 0
  %1284 = shufflevector <8 x float> %1283, <8 x float> poison, <8 x i32> zeroinitializer
  %1285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1284, <8 x float> %1259, <8 x float> %acc20.0386.1)
  %1286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1284, <8 x float> %1262, <8 x float> %acc21.0387.1)
  %1287 = or disjoint i64 %1263, 192
  %1288 = getelementptr inbounds float, ptr %X, i64 %1287
  %1289 = load float, ptr %1288, align 4
  %1290 = fneg float %1289
  %1291 = insertelement <8 x float> poison, float %1290, i64 0
  %1292 = shufflevector <8 x float> %1291, <8 x float> poison, <8 x i32> zeroinitializer
  %1293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1292, <8 x float> %1259, <8 x float> %acc2277.0388.1)
  %1294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1292, <8 x float> %1262, <8 x float> %acc23.0389.1)
  %p7.next.1 = or disjoint i64 %p7.addr.0390.1, 1
  %1295 = shl nuw nsw i64 %p7.next.1, 5
  %1296 = or disjoint i64 %1295, 16
  %1297 = getelementptr inbounds float, ptr %work, i64 %1296
  %1298 = load <8 x float>, ptr %1297, align 4
  %1299 = or disjoint i64 %1295, 24
  %1300 = getelementptr inbounds float, ptr %work, i64 %1299
  %1301 = load <8 x float>, ptr %1300, align 4
  %1302 = or disjoint i64 %p7.next.1, %1131
  %1303 = getelementptr inbounds float, ptr %X, i64 %1302
  %1304 = load float, ptr %1303, align 4
  %1305 = fneg float %1304
  %1306 = insertelement <8 x float> poison, float %1305, i64 0
  %1307 = shufflevector <8 x float> %1306, <8 x float> poison, <8 x i32> zeroinitializer
  %1308 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1307, <8 x float> %1298, <8 x float> %1269)
  %1309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1307, <8 x float> %1301, <8 x float> %1270)
  %1310 = or disjoint i64 %1302, 64
  %1311 = getelementptr inbounds float, ptr %X, i64 %1310
  %1312 = load float, ptr %1311, align 4
  %1313 = fneg float %1312
  %1314 = insertelement <8 x float> poison, float %1313, i64 0
  %1315 = shufflevector <8 x float> %1314, <8 x float> poison, <8 x i32> zeroinitializer
  %1316 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1315, <8 x float> %1298, <8 x float> %1277)
  %1317 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1315, <8 x float> %1301, <8 x float> %1278)
  %1318 = or disjoint i64 %1302, 128
  %1319 = getelementptr inbounds float, ptr %X, i64 %1318
  %1320 = load float, ptr %1319, align 4
  %1321 = fneg float %1320
  %1322 = insertelement <8 x float> poison, float %1321, i64 0
  %1323 = shufflevector <8 x float> %1322, <8 x float> poison, <8 x i32> zeroinitializer
  %1324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1323, <8 x float> %1298, <8 x float> %1285)
  %1325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1323, <8 x float> %1301, <8 x float> %1286)
  %1326 = or disjoint i64 %1302, 192
  %1327 = getelementptr inbounds float, ptr %X, i64 %1326
  %1328 = load float, ptr %1327, align 4
  %1329 = fneg float %1328
  %1330 = insertelement <8 x float> poison, float %1329, i64 0
  %1331 = shufflevector <8 x float> %1330, <8 x float> poison, <8 x i32> zeroinitializer
  %1332 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1331, <8 x float> %1298, <8 x float> %1293)
  %1333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1331, <8 x float> %1301, <8 x float> %1294)
  %p7.next.1.1 = add nuw nsw i64 %p7.addr.0390.1, 2
  %exitcond563.1.not.1 = icmp eq i64 %p7.next.1.1, 32
  br i1 %exitcond563.1.not.1, label %p7.exit.1, label %p7.body.1

p7.exit.1:                                        ; preds = %p7.body.1
  store <8 x float> %1308, ptr %1233, align 4
  store <8 x float> %1309, ptr %1236, align 4
  store <8 x float> %1316, ptr %1239, align 4
  store <8 x float> %1317, ptr %1242, align 4
  store <8 x float> %1324, ptr %1245, align 4
  store <8 x float> %1325, ptr %1248, align 4
  store <8 x float> %1332, ptr %1251, align 4
  store <8 x float> %1333, ptr %1254, align 4
  %i17.next = add nuw nsw i64 %i17.addr.0392, 4
  %1334 = icmp ult i64 %i17.addr.0392, 60
  br i1 %1334, label %j13.head.preheader, label %j14.head.preheader

j14.head.preheader:                               ; preds = %p7.exit.1, %p8.exit.3
  %i18.addr.0403 = phi i64 [ %i18.next, %p8.exit.3 ], [ 0, %p7.exit.1 ]
  %1335 = shl nuw nsw i64 %i18.addr.0403, 5
  %1336 = shl nuw nsw i64 %i18.addr.0403, 6
  %1337 = or disjoint i64 %1336, 64
  %1338 = or disjoint i64 %1336, 128
  %1339 = or disjoint i64 %1336, 192
  br label %p8.body

p8.body:                                          ; preds = %p8.body, %j14.head.preheader
  %p8.addr.0401 = phi i64 [ 0, %j14.head.preheader ], [ %p8.next.11082, %p8.body ]
  %acc31.0400 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1407, %p8.body ]
  %acc30.0399 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1406, %p8.body ]
  %acc29.0398 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1400, %p8.body ]
  %acc28.0397 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1399, %p8.body ]
  %acc27.0396 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1393, %p8.body ]
  %acc26.0395 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1392, %p8.body ]
  %acc25.0394 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1386, %p8.body ]
  %acc24.0393 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1385, %p8.body ]
  %1340 = shl nuw nsw i64 %p8.addr.0401, 6
  %1341 = getelementptr inbounds float, ptr %KT, i64 %1340
  %1342 = load <8 x float>, ptr %1341, align 4
  %1343 = or disjoint i64 %1340, 8
  %1344 = getelementptr inbounds float, ptr %KT, i64 %1343
  %1345 = load <8 x float>, ptr %1344, align 4
  %1346 = add nuw nsw i64 %p8.addr.0401, %1335
  %1347 = getelementptr inbounds float, ptr %Qc, i64 %1346
  %1348 = load float, ptr %1347, align 4
  %1349 = insertelement <8 x float> poison, float %1348, i64 0
  %1350 = shufflevector <8 x float> %1349, <8 x float> poison, <8 x i32> zeroinitializer
  %1351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1350, <8 x float> %1342, <8 x float> %acc24.0393)
  %1352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1350, <8 x float> %1345, <8 x float> %acc25.0394)
  %1353 = or disjoint i64 %1346, 32
  %1354 = getelementptr inbounds float, ptr %Qc, i64 %1353
  %1355 = load float, ptr %1354, align 4
  %1356 = insertelement <8 x float> poison, float %1355, i64 0
  %1357 = shufflevector <8 x float> %1356, <8 x float> poison, <8 x i32> zeroinitializer
  %1358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1357, <8 x float> %1342, <8 x float> %acc26.0395)
  %1359 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1357, <8 x float> %1345, <8 x float> %acc27.0396)
  %1360 = or disjoint i64 %1346, 64
  %1361 = getelementptr inbounds float, ptr %Qc, i64 %1360
  %1362 = load float, ptr %1361, align 4
  %1363 = insertelement <8 x float> poison, float %1362, i64 0
  %1364 = shufflevector <8 x float> %1363, <8 x float> poison, <8 x i32> zeroinitializer
  %1365 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1364, <8 x float> %1342, <8 x float> %acc28.0397)
  %1366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1364, <8 x float> %1345, <8 x float> %acc29.0398)
  %1367 = or disjoint i64 %1346, 96
  %1368 = getelementptr inbounds float, ptr %Qc, i64 %1367
  %1369 = load float, ptr %1368, align 4
  %1370 = insertelement <8 x float> poison, float %1369, i64 0
  %1371 = shufflevector <8 x float> %1370, <8 x float> poison, <8 x i32> zeroinitializer
  %1372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1371, <8 x float> %1342, <8 x float> %acc30.0399)
  %1373 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1371, <8 x float> %1345, <8 x float> %acc31.0400)
  %p8.next = or disjoint i64 %p8.addr.0401, 1
  %1374 = shl nuw nsw i64 %p8.next, 6
  %1375 = getelementptr inbounds float, ptr %KT, i64 %1374
  %1376 = load <8 x float>, ptr %1375, align 4
  %1377 = or disjoint i64 %1374, 8
  %1378 = getelementptr inbounds float, ptr %KT, i64 %1377
  %1379 = load <8 x float>, ptr %1378, align 4
  %1380 = add nuw nsw i64 %p8.next, %1335
  %1381 = getelementptr inbounds float, ptr %Qc, i64 %1380
  %1382 = load float, ptr %1381, align 4
  %1383 = insertelement <8 x float> poison, float %1382, i64 0
  %1384 = shufflevector <8 x float> %1383, <8 x float> poison, <8 x i32> zeroinitializer
  %1385 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1384, <8 x float> %1376, <8 x float> %1351)
  %1386 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1384, <8 x float> %1379, <8 x float> %1352)
  %1387 = or disjoint i64 %1380, 32
  %1388 = getelementptr inbounds float, ptr %Qc, i64 %1387
  %1389 = load float, ptr %1388, align 4
  %1390 = insertelement <8 x float> poison, float %1389, i64 0
  %1391 = shufflevector <8 x float> %1390, <8 x float> poison, <8 x i32> zeroinitializer
  %1392 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1391, <8 x float> %1376, <8 x float> %1358)
  %1393 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1391, <8 x float> %1379, <8 x float> %1359)
  %1394 = or disjoint i64 %1380, 64
  %1395 = getelementptr inbounds float, ptr %Qc, i64 %1394
  %1396 = load float, ptr %1395, align 4
  %1397 = insertelement <8 x float> poison, float %1396, i64 0
  %1398 = shufflevector <8 x float> %1397, <8 x float> poison, <8 x i32> zeroinitializer
  %1399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1398, <8 x float> %1376, <8 x float> %1365)
  %1400 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1398, <8 x float> %1379, <8 x float> %1366)
  %1401 = or disjoint i64 %1380, 96
  %1402 = getelementptr inbounds float, ptr %Qc, i64 %1401
  %1403 = load float, ptr %1402, align 4
  %1404 = insertelement <8 x float> poison, float %1403, i64 0
  %1405 = shufflevector <8 x float> %1404, <8 x float> poison, <8 x i32> zeroinitializer
  %1406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1405, <8 x float> %1376, <8 x float> %1372)
  %1407 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1405, <8 x float> %1379, <8 x float> %1373)
  %p8.next.11082 = add nuw nsw i64 %p8.addr.0401, 2
  %exitcond564.not.1 = icmp eq i64 %p8.next.11082, 32
  br i1 %exitcond564.not.1, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1408 = getelementptr inbounds float, ptr %P, i64 %1336
  store <8 x float> %1385, ptr %1408, align 4
  %1409 = or disjoint i64 %1336, 8
  %1410 = getelementptr inbounds float, ptr %P, i64 %1409
  store <8 x float> %1386, ptr %1410, align 4
  %1411 = getelementptr inbounds float, ptr %P, i64 %1337
  store <8 x float> %1392, ptr %1411, align 4
  %1412 = or disjoint i64 %1336, 72
  %1413 = getelementptr inbounds float, ptr %P, i64 %1412
  store <8 x float> %1393, ptr %1413, align 4
  %1414 = getelementptr inbounds float, ptr %P, i64 %1338
  store <8 x float> %1399, ptr %1414, align 4
  %1415 = or disjoint i64 %1336, 136
  %1416 = getelementptr inbounds float, ptr %P, i64 %1415
  store <8 x float> %1400, ptr %1416, align 4
  %1417 = getelementptr inbounds float, ptr %P, i64 %1339
  store <8 x float> %1406, ptr %1417, align 4
  %1418 = or disjoint i64 %1336, 200
  %1419 = getelementptr inbounds float, ptr %P, i64 %1418
  store <8 x float> %1407, ptr %1419, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %p8.addr.0401.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1.1, %p8.body.1 ]
  %acc31.0400.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1489, %p8.body.1 ]
  %acc30.0399.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1488, %p8.body.1 ]
  %acc29.0398.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1482, %p8.body.1 ]
  %acc28.0397.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1481, %p8.body.1 ]
  %acc27.0396.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1475, %p8.body.1 ]
  %acc26.0395.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1474, %p8.body.1 ]
  %acc25.0394.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1468, %p8.body.1 ]
  %acc24.0393.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1467, %p8.body.1 ]
  %1420 = shl nuw nsw i64 %p8.addr.0401.1, 6
  %1421 = or disjoint i64 %1420, 16
  %1422 = getelementptr inbounds float, ptr %KT, i64 %1421
  %1423 = load <8 x float>, ptr %1422, align 4
  %1424 = or disjoint i64 %1420, 24
  %1425 = getelementptr inbounds float, ptr %KT, i64 %1424
  %1426 = load <8 x float>, ptr %1425, align 4
  %1427 = add nuw nsw i64 %p8.addr.0401.1, %1335
  %1428 = getelementptr inbounds float, ptr %Qc, i64 %1427
  %1429 = load float, ptr %1428, align 4
  %1430 = insertelement <8 x float> poison, float %1429, i64 0
  %1431 = shufflevector <8 x float> %1430, <8 x float> poison, <8 x i32> zeroinitializer
  %1432 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1431, <8 x float> %1423, <8 x float> %acc24.0393.1)
  %1433 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1431, <8 x float> %1426, <8 x float> %acc25.0394.1)
  %1434 = or disjoint i64 %1427, 32
  %1435 = getelementptr inbounds float, ptr %Qc, i64 %1434
  %1436 = load float, ptr %1435, align 4
  %1437 = insertelement <8 x float> poison, float %1436, i64 0
  %1438 = shufflevector <8 x float> %1437, <8 x float> poison, <8 x i32> zeroinitializer
  %1439 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1438, <8 x float> %1423, <8 x float> %acc26.0395.1)
  %1440 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1438, <8 x float> %1426, <8 x float> %acc27.0396.1)
  %1441 = or disjoint i64 %1427, 64
  %1442 = getelementptr inbounds float, ptr %Qc, i64 %1441
  %1443 = load float, ptr %1442, align 4
  %1444 = insertelement <8 x float> poison, float %1443, i64 0
  %1445 = shufflevector <8 x float> %1444, <8 x float> poison, <8 x i32> zeroinitializer
  %1446 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1445, <8 x float> %1423, <8 x float> %acc28.0397.1)
  %1447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1445, <8 x float> %1426, <8 x float> %acc29.0398.1)
  %1448 = or disjoint i64 %1427, 96
  %1449 = getelementptr inbounds float, ptr %Qc, i64 %1448
  %1450 = load float, ptr %1449, align 4
  %1451 = insertelement <8 x float> poison, float %1450, i64 0
  %1452 = shufflevector <8 x float> %1451, <8 x float> poison, <8 x i32> zeroinitializer
  %1453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1452, <8 x float> %1423, <8 x float> %acc30.0399.1)
  %1454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1452, <8 x float> %1426, <8 x float> %acc31.0400.1)
  %p8.next.1 = or disjoint i64 %p8.addr.0401.1, 1
  %1455 = shl nuw nsw i64 %p8.next.1, 6
  %1456 = or disjoint i64 %1455, 16
  %1457 = getelementptr inbounds float, ptr %KT, i64 %1456
  %1458 = load <8 x float>, ptr %1457, align 4
  %1459 = or disjoint i64 %1455, 24
  %1460 = getelementptr inbounds float, ptr %KT, i64 %1459
  %1461 = load <8 x float>, ptr %1460, align 4
  %1462 = add nuw nsw i64 %p8.next.1, %1335
  %1463 = getelementptr inbounds float, ptr %Qc, i64 %1462
  %1464 = load float, ptr %1463, align 4
  %1465 = insertelement <8 x float> poison, float %1464, i64 0
  %1466 = shufflevector <8 x float> %1465, <8 x float> poison, <8 x i32> zeroinitializer
  %1467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1466, <8 x float> %1458, <8 x float> %1432)
  %1468 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1466, <8 x float> %1461, <8 x float> %1433)
  %1469 = or disjoint i64 %1462, 32
  %1470 = getelementptr inbounds float, ptr %Qc, i64 %1469
  %1471 = load float, ptr %1470, align 4
  %1472 = insertelement <8 x float> poison, float %1471, i64 0
  %1473 = shufflevector <8 x float> %1472, <8 x float> poison, <8 x i32> zeroinitializer
  %1474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1473, <8 x float> %1458, <8 x float> %1439)
  %1475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1473, <8 x float> %1461, <8 x float> %1440)
  %1476 = or disjoint i64 %1462, 64
  %1477 = getelementptr inbounds float, ptr %Qc, i64 %1476
  %1478 = load float, ptr %1477, align 4
  %1479 = insertelement <8 x float> poison, float %1478, i64 0
  %1480 = shufflevector <8 x float> %1479, <8 x float> poison, <8 x i32> zeroinitializer
  %1481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1480, <8 x float> %1458, <8 x float> %1446)
  %1482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1480, <8 x float> %1461, <8 x float> %1447)
  %1483 = or disjoint i64 %1462, 96
  %1484 = getelementptr inbounds float, ptr %Qc, i64 %1483
  %1485 = load float, ptr %1484, align 4
  %1486 = insertelement <8 x float> poison, float %1485, i64 0
  %1487 = shufflevector <8 x float> %1486, <8 x float> poison, <8 x i32> zeroinitializer
  %1488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1487, <8 x float> %1458, <8 x float> %1453)
  %1489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1487, <8 x float> %1461, <8 x float> %1454)
  %p8.next.1.1 = add nuw nsw i64 %p8.addr.0401.1, 2
  %exitcond564.1.not.1 = icmp eq i64 %p8.next.1.1, 32
  br i1 %exitcond564.1.not.1, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  %1490 = or disjoint i64 %1336, 16
  %1491 = getelementptr inbounds float, ptr %P, i64 %1490
  store <8 x float> %1467, ptr %1491, align 4
  %1492 = or disjoint i64 %1336, 24
  %1493 = getelementptr inbounds float, ptr %P, i64 %1492
  store <8 x float> %1468, ptr %1493, align 4
  %1494 = or disjoint i64 %1336, 80
  %1495 = getelementptr inbounds float, ptr %P, i64 %1494
  store <8 x float> %1474, ptr %1495, align 4
  %1496 = or disjoint i64 %1336, 88
  %1497 = getelementptr inbounds float, ptr %P, i64 %1496
  store <8 x float> %1475, ptr %1497, align 4
  %1498 = or disjoint i64 %1336, 144
  %1499 = getelementptr inbounds float, ptr %P, i64 %1498
  store <8 x float> %1481, ptr %1499, align 4
  %1500 = or disjoint i64 %1336, 152
  %1501 = getelementptr inbounds float, ptr %P, i64 %1500
  store <8 x float> %1482, ptr %1501, align 4
  %1502 = or disjoint i64 %1336, 208
  %1503 = getelementptr inbounds float, ptr %P, i64 %1502
  store <8 x float> %1488, ptr %1503, align 4
  %1504 = or disjoint i64 %1336, 216
  %1505 = getelementptr inbounds float, ptr %P, i64 %1504
  store <8 x float> %1489, ptr %1505, align 4
  br label %p8.body.2

p8.body.2:                                        ; preds = %p8.body.2, %p8.exit.1
  %p8.addr.0401.2 = phi i64 [ 0, %p8.exit.1 ], [ %p8.next.2.1, %p8.body.2 ]
  %acc31.0400.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1575, %p8.body.2 ]
  %acc30.0399.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1574, %p8.body.2 ]
  %acc29.0398.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1568, %p8.body.2 ]
  %acc28.0397.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1567, %p8.body.2 ]
  %acc27.0396.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1561, %p8.body.2 ]
  %acc26.0395.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1560, %p8.body.2 ]
  %acc25.0394.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1554, %p8.body.2 ]
  %acc24.0393.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1553, %p8.body.2 ]
  %1506 = shl nuw nsw i64 %p8.addr.0401.2, 6
  %1507 = or disjoint i64 %1506, 32
  %1508 = getelementptr inbounds float, ptr %KT, i64 %1507
  %1509 = load <8 x float>, ptr %1508, align 4
  %1510 = or disjoint i64 %1506, 40
  %1511 = getelementptr inbounds float, ptr %KT, i64 %1510
  %1512 = load <8 x float>, ptr %1511, align 4
  %1513 = add nuw nsw i64 %p8.addr.0401.2, %1335
  %1514 = getelementptr inbounds float, ptr %Qc, i64 %1513
  %1515 = load float, ptr %1514, align 4
  %1516 = insertelement <8 x float> poison, float %1515, i64 0
  %1517 = shufflevector <8 x float> %1516, <8 x float> poison, <8 x i32> zeroinitializer
  %1518 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1517, <8 x float> %1509, <8 x float> %acc24.0393.2)
  %1519 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1517, <8 x float> %1512, <8 x float> %acc25.0394.2)
  %1520 = or disjoint i64 %1513, 32
  %1521 = getelementptr inbounds float, ptr %Qc, i64 %1520
  %1522 = load float, ptr %1521, align 4
  %1523 = insertelement <8 x float> poison, float %1522, i64 0
  %1524 = shufflevector <8 x float> %1523, <8 x float> poison, <8 x i32> zeroinitializer
  %1525 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1524, <8 x float> %1509, <8 x float> %acc26.0395.2)
  %1526 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1524, <8 x float> %1512, <8 x float> %acc27.0396.2)
  %1527 = or disjoint i64 %1513, 64
  %1528 = getelementptr inbounds float, ptr %Qc, i64 %1527
  %1529 = load float, ptr %1528, align 4
  %1530 = insertelement <8 x float> poison, float %1529, i64 0
  %1531 = shufflevector <8 x float> %1530, <8 x float> poison, <8 x i32> zeroinitializer
  %1532 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1531, <8 x float> %1509, <8 x float> %acc28.0397.2)
  %1533 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1531, <8 x float> %1512, <8 x float> %acc29.0398.2)
  %1534 = or disjoint i64 %1513, 96
  %1535 = getelementptr inbounds float, ptr %Qc, i64 %1534
  %1536 = load float, ptr %1535, align 4
  %1537 = insertelement <8 x float> poison, float %1536, i64 0
  %1538 = shufflevector <8 x float> %1537, <8 x float> poison, <8 x i32> zeroinitializer
  %1539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1538, <8 x float> %1509, <8 x float> %acc30.0399.2)
  %1540 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1538, <8 x float> %1512, <8 x float> %acc31.0400.2)
  %p8.next.2 = or disjoint i64 %p8.addr.0401.2, 1
  %1541 = shl nuw nsw i64 %p8.next.2, 6
  %1542 = or disjoint i64 %1541, 32
  %1543 = getelementptr inbounds float, ptr %KT, i64 %1542
  %1544 = load <8 x float>, ptr %1543, align 4
  %1545 = or disjoint i64 %1541, 40
  %1546 = getelementptr inbounds float, ptr %KT, i64 %1545
  %1547 = load <8 x float>, ptr %1546, align 4
  %1548 = add nuw nsw i64 %p8.next.2, %1335
  %1549 = getelementptr inbounds float, ptr %Qc, i64 %1548
  %1550 = load float, ptr %1549, align 4
  %1551 = insertelement <8 x float> poison, float %1550, i64 0
  %1552 = shufflevector <8 x float> %1551, <8 x float> poison, <8 x i32> zeroinitializer
  %1553 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1552, <8 x float> %1544, <8 x float> %1518)
  %1554 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1552, <8 x float> %1547, <8 x float> %1519)
  %1555 = or disjoint i64 %1548, 32
  %1556 = getelementptr inbounds float, ptr %Qc, i64 %1555
  %1557 = load float, ptr %1556, align 4
  %1558 = insertelement <8 x float> poison, float %1557, i64 0
  %1559 = shufflevector <8 x float> %1558, <8 x float> poison, <8 x i32> zeroinitializer
  %1560 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1559, <8 x float> %1544, <8 x float> %1525)
  %1561 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1559, <8 x float> %1547, <8 x float> %1526)
  %1562 = or disjoint i64 %1548, 64
  %1563 = getelementptr inbounds float, ptr %Qc, i64 %1562
  %1564 = load float, ptr %1563, align 4
  %1565 = insertelement <8 x float> poison, float %1564, i64 0
  %1566 = shufflevector <8 x float> %1565, <8 x float> poison, <8 x i32> zeroinitializer
  %1567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1566, <8 x float> %1544, <8 x float> %1532)
  %1568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1566, <8 x float> %1547, <8 x float> %1533)
  %1569 = or disjoint i64 %1548, 96
  %1570 = getelementptr inbounds float, ptr %Qc, i64 %1569
  %1571 = load float, ptr %1570, align 4
  %1572 = insertelement <8 x float> poison, float %1571, i64 0
  %1573 = shufflevector <8 x float> %1572, <8 x float> poison, <8 x i32> zeroinitializer
  %1574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1573, <8 x float> %1544, <8 x float> %1539)
  %1575 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1573, <8 x float> %1547, <8 x float> %1540)
  %p8.next.2.1 = add nuw nsw i64 %p8.addr.0401.2, 2
  %exitcond564.2.not.1 = icmp eq i64 %p8.next.2.1, 32
  br i1 %exitcond564.2.not.1, label %p8.exit.2, label %p8.body.2

p8.exit.2:                                        ; preds = %p8.body.2
  %1576 = or disjoint i64 %1336, 32
  %1577 = getelementptr inbounds float, ptr %P, i64 %1576
  store <8 x float> %1553, ptr %1577, align 4
  %1578 = or disjoint i64 %1336, 40
  %1579 = getelementptr inbounds float, ptr %P, i64 %1578
  store <8 x float> %1554, ptr %1579, align 4
  %1580 = or disjoint i64 %1336, 96
  %1581 = getelementptr inbounds float, ptr %P, i64 %1580
  store <8 x float> %1560, ptr %1581, align 4
  %1582 = or disjoint i64 %1336, 104
  %1583 = getelementptr inbounds float, ptr %P, i64 %1582
  store <8 x float> %1561, ptr %1583, align 4
  %1584 = or disjoint i64 %1336, 160
  %1585 = getelementptr inbounds float, ptr %P, i64 %1584
  store <8 x float> %1567, ptr %1585, align 4
  %1586 = or disjoint i64 %1336, 168
  %1587 = getelementptr inbounds float, ptr %P, i64 %1586
  store <8 x float> %1568, ptr %1587, align 4
  %1588 = or disjoint i64 %1336, 224
  %1589 = getelementptr inbounds float, ptr %P, i64 %1588
  store <8 x float> %1574, ptr %1589, align 4
  %1590 = or disjoint i64 %1336, 232
  %1591 = getelementptr inbounds float, ptr %P, i64 %1590
  store <8 x float> %1575, ptr %1591, align 4
  br label %p8.body.3

p8.body.3:                                        ; preds = %p8.body.3, %p8.exit.2
  %p8.addr.0401.3 = phi i64 [ 0, %p8.exit.2 ], [ %p8.next.3.1, %p8.body.3 ]
  %acc31.0400.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1661, %p8.body.3 ]
  %acc30.0399.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1660, %p8.body.3 ]
  %acc29.0398.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1654, %p8.body.3 ]
  %acc28.0397.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1653, %p8.body.3 ]
  %acc27.0396.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1647, %p8.body.3 ]
  %acc26.0395.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1646, %p8.body.3 ]
  %acc25.0394.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1640, %p8.body.3 ]
  %acc24.0393.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1639, %p8.body.3 ]
  %1592 = shl nuw nsw i64 %p8.addr.0401.3, 6
  %1593 = or disjoint i64 %1592, 48
  %1594 = getelementptr inbounds float, ptr %KT, i64 %1593
  %1595 = load <8 x float>, ptr %1594, align 4
  %1596 = or disjoint i64 %1592, 56
  %1597 = getelementptr inbounds float, ptr %KT, i64 %1596
  %1598 = load <8 x float>, ptr %1597, align 4
  %1599 = add nuw nsw i64 %p8.addr.0401.3, %1335
  %1600 = getelementptr inbounds float, ptr %Qc, i64 %1599
  %1601 = load float, ptr %1600, align 4
  %1602 = insertelement <8 x float> poison, float %1601, i64 0
  %1603 = shufflevector <8 x float> %1602, <8 x float> poison, <8 x i32> zeroinitializer
  %1604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1603, <8 x float> %1595, <8 x float> %acc24.0393.3)
  %1605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1603, <8 x float> %1598, <8 x float> %acc25.0394.3)
  %1606 = or disjoint i64 %1599, 32
  %1607 = getelementptr inbounds float, ptr %Qc, i64 %1606
  %1608 = load float, ptr %1607, align 4
  %1609 = insertelement <8 x float> poison, float %1608, i64 0
  %1610 = shufflevector <8 x float> %1609, <8 x float> poison, <8 x i32> zeroinitializer
  %1611 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1610, <8 x float> %1595, <8 x float> %acc26.0395.3)
  %1612 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1610, <8 x float> %1598, <8 x float> %acc27.0396.3)
  %1613 = or disjoint i64 %1599, 64
  %1614 = getelementptr inbounds float, ptr %Qc, i64 %1613
  %1615 = load float, ptr %1614, align 4
  %1616 = insertelement <8 x float> poison, float %1615, i64 0
  %1617 = shufflevector <8 x float> %1616, <8 x float> poison, <8 x i32> zeroinitializer
  %1618 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1617, <8 x float> %1595, <8 x float> %acc28.0397.3)
  %1619 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1617, <8 x float> %1598, <8 x float> %acc29.0398.3)
  %1620 = or disjoint i64 %1599, 96
  %1621 = getelementptr inbounds float, ptr %Qc, i64 %1620
  %1622 = load float, ptr %1621, align 4
  %1623 = insertelement <8 x float> poison, float %1622, i64 0
  %1624 = shufflevector <8 x float> %1623, <8 x float> poison, <8 x i32> zeroinitializer
  %1625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1624, <8 x float> %1595, <8 x float> %acc30.0399.3)
  %1626 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1624, <8 x float> %1598, <8 x float> %acc31.0400.3)
  %p8.next.3 = or disjoint i64 %p8.addr.0401.3, 1
  %1627 = shl nuw nsw i64 %p8.next.3, 6
  %1628 = or disjoint i64 %1627, 48
  %1629 = getelementptr inbounds float, ptr %KT, i64 %1628
  %1630 = load <8 x float>, ptr %1629, align 4
  %1631 = or disjoint i64 %1627, 56
  %1632 = getelementptr inbounds float, ptr %KT, i64 %1631
  %1633 = load <8 x float>, ptr %1632, align 4
  %1634 = add nuw nsw i64 %p8.next.3, %1335
  %1635 = getelementptr inbounds float, ptr %Qc, i64 %1634
  %1636 = load float, ptr %1635, align 4
  %1637 = insertelement <8 x float> poison, float %1636, i64 0
  %1638 = shufflevector <8 x float> %1637, <8 x float> poison, <8 x i32> zeroinitializer
  %1639 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1638, <8 x float> %1630, <8 x float> %1604)
  %1640 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1638, <8 x float> %1633, <8 x float> %1605)
  %1641 = or disjoint i64 %1634, 32
  %1642 = getelementptr inbounds float, ptr %Qc, i64 %1641
  %1643 = load float, ptr %1642, align 4
  %1644 = insertelement <8 x float> poison, float %1643, i64 0
  %1645 = shufflevector <8 x float> %1644, <8 x float> poison, <8 x i32> zeroinitializer
  %1646 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1645, <8 x float> %1630, <8 x float> %1611)
  %1647 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1645, <8 x float> %1633, <8 x float> %1612)
  %1648 = or disjoint i64 %1634, 64
  %1649 = getelementptr inbounds float, ptr %Qc, i64 %1648
  %1650 = load float, ptr %1649, align 4
  %1651 = insertelement <8 x float> poison, float %1650, i64 0
  %1652 = shufflevector <8 x float> %1651, <8 x float> poison, <8 x i32> zeroinitializer
  %1653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1652, <8 x float> %1630, <8 x float> %1618)
  %1654 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1652, <8 x float> %1633, <8 x float> %1619)
  %1655 = or disjoint i64 %1634, 96
  %1656 = getelementptr inbounds float, ptr %Qc, i64 %1655
  %1657 = load float, ptr %1656, align 4
  %1658 = insertelement <8 x float> poison, float %1657, i64 0
  %1659 = shufflevector <8 x float> %1658, <8 x float> poison, <8 x i32> zeroinitializer
  %1660 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1659, <8 x float> %1630, <8 x float> %1625)
  %1661 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1659, <8 x float> %1633, <8 x float> %1626)
  %p8.next.3.1 = add nuw nsw i64 %p8.addr.0401.3, 2
  %exitcond564.3.not.1 = icmp eq i64 %p8.next.3.1, 32
  br i1 %exitcond564.3.not.1, label %p8.exit.3, label %p8.body.3

p8.exit.3:                                        ; preds = %p8.body.3
  %1662 = or disjoint i64 %1336, 48
  %1663 = getelementptr inbounds float, ptr %P, i64 %1662
  store <8 x float> %1639, ptr %1663, align 4
  %1664 = or disjoint i64 %1336, 56
  %1665 = getelementptr inbounds float, ptr %P, i64 %1664
  store <8 x float> %1640, ptr %1665, align 4
  %1666 = or disjoint i64 %1336, 112
  %1667 = getelementptr inbounds float, ptr %P, i64 %1666
  store <8 x float> %1646, ptr %1667, align 4
  %1668 = or disjoint i64 %1336, 120
  %1669 = getelementptr inbounds float, ptr %P, i64 %1668
  store <8 x float> %1647, ptr %1669, align 4
  %1670 = or disjoint i64 %1336, 176
  %1671 = getelementptr inbounds float, ptr %P, i64 %1670
  store <8 x float> %1653, ptr %1671, align 4
  %1672 = or disjoint i64 %1336, 184
  %1673 = getelementptr inbounds float, ptr %P, i64 %1672
  store <8 x float> %1654, ptr %1673, align 4
  %1674 = or disjoint i64 %1336, 240
  %1675 = getelementptr inbounds float, ptr %P, i64 %1674
  store <8 x float> %1660, ptr %1675, align 4
  %1676 = or disjoint i64 %1336, 248
  %1677 = getelementptr inbounds float, ptr %P, i64 %1676
  store <8 x float> %1661, ptr %1677, align 4
  %i18.next = add nuw nsw i64 %i18.addr.0403, 4
  %1678 = icmp ult i64 %i18.addr.0403, 28
  br i1 %1678, label %j14.head.preheader, label %i19.head.preheader

i19.head.preheader:                               ; preds = %p8.exit.3, %i19.exit
  %t3.addr.0405 = phi i64 [ %t3.next, %i19.exit ], [ 0, %p8.exit.3 ]
  %1679 = shl nuw nsw i64 %t3.addr.0405, 1
  %1680 = add nuw nsw i64 %1679, 2
  %.idx470 = shl nsw i64 %t3.addr.0405, 8
  %invariant.gep750 = getelementptr inbounds i8, ptr %P, i64 %.idx470
  %.idx471 = shl nsw i64 %t3.addr.0405, 7
  %invariant.gep752 = getelementptr inbounds i8, ptr %Dt, i64 %.idx471
  br label %i19.body

i19.body:                                         ; preds = %i19.body, %i19.head.preheader
  %i19.addr.0404 = phi i64 [ 0, %i19.head.preheader ], [ %i19.next.7, %i19.body ]
  %gep751 = getelementptr inbounds float, ptr %invariant.gep750, i64 %i19.addr.0404
  %1681 = load float, ptr %gep751, align 4
  %1682 = lshr exact i64 %i19.addr.0404, 1
  %gep753 = getelementptr inbounds float, ptr %invariant.gep752, i64 %1682
  %1683 = load float, ptr %gep753, align 4
  %1684 = fmul float %1681, %1683
  %1685 = icmp ult i64 %i19.addr.0404, %1680
  %1686 = select i1 %1685, float %1684, float 0.000000e+00
  store float %1686, ptr %gep751, align 4
  %i19.next = or disjoint i64 %i19.addr.0404, 1
  %gep751.1 = getelementptr inbounds float, ptr %invariant.gep750, i64 %i19.next
  %1687 = load float, ptr %gep751.1, align 4
  %1688 = lshr exact i64 %i19.addr.0404, 1
  %gep753.1 = getelementptr inbounds float, ptr %invariant.gep752, i64 %1688
  %1689 = load float, ptr %gep753.1, align 4
  %1690 = fmul float %1687, %1689
  %1691 = icmp ult i64 %i19.next, %1680
  %1692 = select i1 %1691, float %1690, float 0.000000e+00
  store float %1692, ptr %gep751.1, align 4
  %i19.next.1 = or disjoint i64 %i19.addr.0404, 2
  %gep751.2 = getelementptr inbounds float, ptr %invariant.gep750, i64 %i19.next.1
  %1693 = load float, ptr %gep751.2, align 4
  %1694 = lshr exact i64 %i19.next.1, 1
  %gep753.2 = getelementptr inbounds float, ptr %invariant.gep752, i64 %1694
  %1695 = load float, ptr %gep753.2, align 4
  %1696 = fmul float %1693, %1695
  %1697 = icmp ult i64 %i19.addr.0404, %1679
  %1698 = select i1 %1697, float %1696, float 0.000000e+00
  store float %1698, ptr %gep751.2, align 4
  %i19.next.2 = or disjoint i64 %i19.addr.0404, 3
  %gep751.3 = getelementptr inbounds float, ptr %invariant.gep750, i64 %i19.next.2
  %1699 = load float, ptr %gep751.3, align 4
  %1700 = lshr exact i64 %i19.next.1, 1
  %gep753.3 = getelementptr inbounds float, ptr %invariant.gep752, i64 %1700
  %1701 = load float, ptr %gep753.3, align 4
  %1702 = fmul float %1699, %1701
  %1703 = icmp ult i64 %i19.next.2, %1680
  %1704 = select i1 %1703, float %1702, float 0.000000e+00
  store float %1704, ptr %gep751.3, align 4
  %i19.next.3 = or disjoint i64 %i19.addr.0404, 4
  %gep751.4 = getelementptr inbounds float, ptr %invariant.gep750, i64 %i19.next.3
  %1705 = load float, ptr %gep751.4, align 4
  %1706 = lshr exact i64 %i19.next.3, 1
  %gep753.4 = getelementptr inbounds float, ptr %invariant.gep752, i64 %1706
  %1707 = load float, ptr %gep753.4, align 4
  %1708 = fmul float %1705, %1707
  %1709 = icmp ult i64 %i19.next.3, %1680
  %1710 = select i1 %1709, float %1708, float 0.000000e+00
  store float %1710, ptr %gep751.4, align 4
  %i19.next.4 = or disjoint i64 %i19.addr.0404, 5
  %gep751.5 = getelementptr inbounds float, ptr %invariant.gep750, i64 %i19.next.4
  %1711 = load float, ptr %gep751.5, align 4
  %1712 = lshr exact i64 %i19.next.3, 1
  %gep753.5 = getelementptr inbounds float, ptr %invariant.gep752, i64 %1712
  %1713 = load float, ptr %gep753.5, align 4
  %1714 = fmul float %1711, %1713
  %1715 = icmp ult i64 %i19.next.4, %1680
  %1716 = select i1 %1715, float %1714, float 0.000000e+00
  store float %1716, ptr %gep751.5, align 4
  %i19.next.5 = or disjoint i64 %i19.addr.0404, 6
  %gep751.6 = getelementptr inbounds float, ptr %invariant.gep750, i64 %i19.next.5
  %1717 = load float, ptr %gep751.6, align 4
  %1718 = lshr exact i64 %i19.next.5, 1
  %gep753.6 = getelementptr inbounds float, ptr %invariant.gep752, i64 %1718
  %1719 = load float, ptr %gep753.6, align 4
  %1720 = fmul float %1717, %1719
  %1721 = icmp ult i64 %i19.next.5, %1680
  %1722 = select i1 %1721, float %1720, float 0.000000e+00
  store float %1722, ptr %gep751.6, align 4
  %i19.next.6 = or disjoint i64 %i19.addr.0404, 7
  %gep751.7 = getelementptr inbounds float, ptr %invariant.gep750, i64 %i19.next.6
  %1723 = load float, ptr %gep751.7, align 4
  %1724 = lshr exact i64 %i19.next.5, 1
  %gep753.7 = getelementptr inbounds float, ptr %invariant.gep752, i64 %1724
  %1725 = load float, ptr %gep753.7, align 4
  %1726 = fmul float %1723, %1725
  %1727 = icmp ult i64 %i19.next.6, %1680
  %1728 = select i1 %1727, float %1726, float 0.000000e+00
  store float %1728, ptr %gep751.7, align 4
  %i19.next.7 = add nuw nsw i64 %i19.addr.0404, 8
  %exitcond565.not.7 = icmp eq i64 %i19.next.7, 64
  br i1 %exitcond565.not.7, label %i19.exit, label %i19.body

i19.exit:                                         ; preds = %i19.body
  %t3.next = add nuw nsw i64 %t3.addr.0405, 1
  %exitcond566.not = icmp eq i64 %t3.next, 32
  br i1 %exitcond566.not, label %j15.head.preheader, label %i19.head.preheader

j15.head.preheader:                               ; preds = %i19.exit, %p9.exit.1
  %i20.addr.0416 = phi i64 [ %i20.next, %p9.exit.1 ], [ 0, %i19.exit ]
  %1729 = shl nuw nsw i64 %i20.addr.0416, 5
  %1730 = or disjoint i64 %1729, 32
  %1731 = or disjoint i64 %1729, 64
  %1732 = or disjoint i64 %1729, 96
  br label %p9.body

p9.body:                                          ; preds = %p9.body, %j15.head.preheader
  %p9.addr.0414 = phi i64 [ 0, %j15.head.preheader ], [ %p9.next.11093, %p9.body ]
  %acc39.0413 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1800, %p9.body ]
  %acc38.0412 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1799, %p9.body ]
  %acc37.0411 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1793, %p9.body ]
  %acc36.0410 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1792, %p9.body ]
  %acc35.0409 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1786, %p9.body ]
  %acc34.0408 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1785, %p9.body ]
  %acc33.0407 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1779, %p9.body ]
  %acc32.0406 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %1778, %p9.body ]
  %1733 = shl nuw nsw i64 %p9.addr.0414, 5
  %1734 = getelementptr inbounds float, ptr %work, i64 %1733
  %1735 = load <8 x float>, ptr %1734, align 4
  %1736 = or disjoint i64 %1733, 8
  %1737 = getelementptr inbounds float, ptr %work, i64 %1736
  %1738 = load <8 x float>, ptr %1737, align 4
  %1739 = add nuw nsw i64 %p9.addr.0414, %1729
  %1740 = getelementptr inbounds float, ptr %Qc, i64 %1739
  %1741 = load float, ptr %1740, align 4
  %1742 = insertelement <8 x float> poison, float %1741, i64 0
  %1743 = shufflevector <8 x float> %1742, <8 x float> poison, <8 x i32> zeroinitializer
  %1744 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1743, <8 x float> %1735, <8 x float> %acc32.0406)
  %1745 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1743, <8 x float> %1738, <8 x float> %acc33.0407)
  %1746 = or disjoint i64 %1739, 32
  %1747 = getelementptr inbounds float, ptr %Qc, i64 %1746
  %1748 = load float, ptr %1747, align 4
  %1749 = insertelement <8 x float> poison, float %1748, i64 0
  %1750 = shufflevector <8 x float> %1749, <8 x float> poison, <8 x i32> zeroinitializer
  %1751 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1750, <8 x float> %1735, <8 x float> %acc34.0408)
  %1752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1750, <8 x float> %1738, <8 x float> %acc35.0409)
  %1753 = or disjoint i64 %1739, 64
  %1754 = getelementptr inbounds float, ptr %Qc, i64 %1753
  %1755 = load float, ptr %1754, align 4
  %1756 = insertelement <8 x float> poison, float %1755, i64 0
  %1757 = shufflevector <8 x float> %1756, <8 x float> poison, <8 x i32> zeroinitializer
  %1758 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1757, <8 x float> %1735, <8 x float> %acc36.0410)
  %1759 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1757, <8 x float> %1738, <8 x float> %acc37.0411)
  %1760 = or disjoint i64 %1739, 96
  %1761 = getelementptr inbounds float, ptr %Qc, i64 %1760
  %1762 = load float, ptr %1761, align 4
  %1763 = insertelement <8 x float> poison, float %1762, i64 0
  %1764 = shufflevector <8 x float> %1763, <8 x float> poison, <8 x i32> zeroinitializer
  %1765 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1764, <8 x float> %1735, <8 x float> %acc38.0412)
  %1766 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1764, <8 x float> %1738, <8 x float> %acc39.0413)
  %p9.next = or disjoint i64 %p9.addr.0414, 1
  %1767 = shl nuw nsw i64 %p9.next, 5
  %1768 = getelementptr inbounds float, ptr %work, i64 %1767
  %1769 = load <8 x float>, ptr %1768, align 4
  %1770 = or disjoint i64 %1767, 8
  %1771 = getelementptr inbounds float, ptr %work, i64 %1770
  %1772 = load <8 x float>, ptr %1771, align 4
  %1773 = add nuw nsw i64 %p9.next, %1729
  %1774 = getelementptr inbounds float, ptr %Qc, i64 %1773
  %1775 = load float, ptr %1774, align 4
  %1776 = insertelement <8 x float> poison, float %1775, i64 0
  %1777 = shufflevector <8 x float> %1776, <8 x float> poison, <8 x i32> zeroinitializer
  %1778 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1777, <8 x float> %1769, <8 x float> %1744)
  %1779 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1777, <8 x float> %1772, <8 x float> %1745)
  %1780 = or disjoint i64 %1773, 32
  %1781 = getelementptr inbounds float, ptr %Qc, i64 %1780
  %1782 = load float, ptr %1781, align 4
  %1783 = insertelement <8 x float> poison, float %1782, i64 0
  %1784 = shufflevector <8 x float> %1783, <8 x float> poison, <8 x i32> zeroinitializer
  %1785 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1784, <8 x float> %1769, <8 x float> %1751)
  %1786 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1784, <8 x float> %1772, <8 x float> %1752)
  %1787 = or disjoint i64 %1773, 64
  %1788 = getelementptr inbounds float, ptr %Qc, i64 %1787
  %1789 = load float, ptr %1788, align 4
  %1790 = insertelement <8 x float> poison, float %1789, i64 0
  %1791 = shufflevector <8 x float> %1790, <8 x float> poison, <8 x i32> zeroinitializer
  %1792 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1791, <8 x float> %1769, <8 x float> %1758)
  %1793 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1791, <8 x float> %1772, <8 x float> %1759)
  %1794 = or disjoint i64 %1773, 96
  %1795 = getelementptr inbounds float, ptr %Qc, i64 %1794
  %1796 = load float, ptr %1795, align 4
  %1797 = insertelement <8 x float> poison, float %1796, i64 0
  %1798 = shufflevector <8 x float> %1797, <8 x float> poison, <8 x i32> zeroinitializer
  %1799 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1798, <8 x float> %1769, <8 x float> %1765)
  %1800 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1798, <8 x float> %1772, <8 x float> %1766)
  %p9.next.11093 = add nuw nsw i64 %p9.addr.0414, 2
  %exitcond567.not.1 = icmp eq i64 %p9.next.11093, 32
  br i1 %exitcond567.not.1, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %1801 = getelementptr inbounds float, ptr %Oc, i64 %1729
  store <8 x float> %1778, ptr %1801, align 4
  %1802 = or disjoint i64 %1729, 8
  %1803 = getelementptr inbounds float, ptr %Oc, i64 %1802
  store <8 x float> %1779, ptr %1803, align 4
  %1804 = getelementptr inbounds float, ptr %Oc, i64 %1730
  store <8 x float> %1785, ptr %1804, align 4
  %1805 = or disjoint i64 %1729, 40
  %1806 = getelementptr inbounds float, ptr %Oc, i64 %1805
  store <8 x float> %1786, ptr %1806, align 4
  %1807 = getelementptr inbounds float, ptr %Oc, i64 %1731
  store <8 x float> %1792, ptr %1807, align 4
  %1808 = or disjoint i64 %1729, 72
  %1809 = getelementptr inbounds float, ptr %Oc, i64 %1808
  store <8 x float> %1793, ptr %1809, align 4
  %1810 = getelementptr inbounds float, ptr %Oc, i64 %1732
  store <8 x float> %1799, ptr %1810, align 4
  %1811 = or disjoint i64 %1729, 104
  %1812 = getelementptr inbounds float, ptr %Oc, i64 %1811
  store <8 x float> %1800, ptr %1812, align 4
  br label %p9.body.1

p9.body.1:                                        ; preds = %p9.body.1, %p9.exit
  %p9.addr.0414.1 = phi i64 [ 0, %p9.exit ], [ %p9.next.1.1, %p9.body.1 ]
  %acc39.0413.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1882, %p9.body.1 ]
  %acc38.0412.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1881, %p9.body.1 ]
  %acc37.0411.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1875, %p9.body.1 ]
  %acc36.0410.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1874, %p9.body.1 ]
  %acc35.0409.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1868, %p9.body.1 ]
  %acc34.0408.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1867, %p9.body.1 ]
  %acc33.0407.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1861, %p9.body.1 ]
  %acc32.0406.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %1860, %p9.body.1 ]
  %1813 = shl nuw nsw i64 %p9.addr.0414.1, 5
  %1814 = or disjoint i64 %1813, 16
  %1815 = getelementptr inbounds float, ptr %work, i64 %1814
  %1816 = load <8 x float>, ptr %1815, align 4
  %1817 = or disjoint i64 %1813, 24
  %1818 = getelementptr inbounds float, ptr %work, i64 %1817
  %1819 = load <8 x float>, ptr %1818, align 4
  %1820 = add nuw nsw i64 %p9.addr.0414.1, %1729
  %1821 = getelementptr inbounds float, ptr %Qc, i64 %1820
  %1822 = load float, ptr %1821, align 4
  %1823 = insertelement <8 x float> poison, float %1822, i64 0
  %1824 = shufflevector <8 x float> %1823, <8 x float> poison, <8 x i32> zeroinitializer
  %1825 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1824, <8 x float> %1816, <8 x float> %acc32.0406.1)
  %1826 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1824, <8 x float> %1819, <8 x float> %acc33.0407.1)
  %1827 = or disjoint i64 %1820, 32
  %1828 = getelementptr inbounds float, ptr %Qc, i64 %1827
  %1829 = load float, ptr %1828, align 4
  %1830 = insertelement <8 x float> poison, float %1829, i64 0
  %1831 = shufflevector <8 x float> %1830, <8 x float> poison, <8 x i32> zeroinitializer
  %1832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1831, <8 x float> %1816, <8 x float> %acc34.0408.1)
  %1833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1831, <8 x float> %1819, <8 x float> %acc35.0409.1)
  %1834 = or disjoint i64 %1820, 64
  %1835 = getelementptr inbounds float, ptr %Qc, i64 %1834
  %1836 = load float, ptr %1835, align 4
  %1837 = insertelement <8 x float> poison, float %1836, i64 0
  %1838 = shufflevector <8 x float> %1837, <8 x float> poison, <8 x i32> zeroinitializer
  %1839 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1838, <8 x float> %1816, <8 x float> %acc36.0410.1)
  %1840 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1838, <8 x float> %1819, <8 x float> %acc37.0411.1)
  %1841 = or disjoint i64 %1820, 96
  %1842 = getelementptr inbounds float, ptr %Qc, i64 %1841
  %1843 = load float, ptr %1842, align 4
  %1844 = insertelement <8 x float> poison, float %1843, i64 0
  %1845 = shufflevector <8 x float> %1844, <8 x float> poison, <8 x i32> zeroinitializer
  %1846 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1845, <8 x float> %1816, <8 x float> %acc38.0412.1)
  %1847 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1845, <8 x float> %1819, <8 x float> %acc39.0413.1)
  %p9.next.1 = or disjoint i64 %p9.addr.0414.1, 1
  %1848 = shl nuw nsw i64 %p9.next.1, 5
  %1849 = or disjoint i64 %1848, 16
  %1850 = getelementptr inbounds float, ptr %work, i64 %1849
  %1851 = load <8 x float>, ptr %1850, align 4
  %1852 = or disjoint i64 %1848, 24
  %1853 = getelementptr inbounds float, ptr %work, i64 %1852
  %1854 = load <8 x float>, ptr %1853, align 4
  %1855 = add nuw nsw i64 %p9.next.1, %1729
  %1856 = getelementptr inbounds float, ptr %Qc, i64 %1855
  %1857 = load float, ptr %1856, align 4
  %1858 = insertelement <8 x float> poison, float %1857, i64 0
  %1859 = shufflevector <8 x float> %1858, <8 x float> poison, <8 x i32> zeroinitializer
  %1860 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1859, <8 x float> %1851, <8 x float> %1825)
  %1861 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1859, <8 x float> %1854, <8 x float> %1826)
  %1862 = or disjoint i64 %1855, 32
  %1863 = getelementptr inbounds float, ptr %Qc, i64 %1862
  %1864 = load float, ptr %1863, align 4
  %1865 = insertelement <8 x float> poison, float %1864, i64 0
  %1866 = shufflevector <8 x float> %1865, <8 x float> poison, <8 x i32> zeroinitializer
  %1867 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1866, <8 x float> %1851, <8 x float> %1832)
  %1868 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1866, <8 x float> %1854, <8 x float> %1833)
  %1869 = or disjoint i64 %1855, 64
  %1870 = getelementptr inbounds float, ptr %Qc, i64 %1869
  %1871 = load float, ptr %1870, align 4
  %1872 = insertelement <8 x float> poison, float %1871, i64 0
  %1873 = shufflevector <8 x float> %1872, <8 x float> poison, <8 x i32> zeroinitializer
  %1874 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1873, <8 x float> %1851, <8 x float> %1839)
  %1875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1873, <8 x float> %1854, <8 x float> %1840)
  %1876 = or disjoint i64 %1855, 96
  %1877 = getelementptr inbounds float, ptr %Qc, i64 %1876
  %1878 = load float, ptr %1877, align 4
  %1879 = insertelement <8 x float> poison, float %1878, i64 0
  %1880 = shufflevector <8 x float> %1879, <8 x float> poison, <8 x i32> zeroinitializer
  %1881 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1880, <8 x float> %1851, <8 x float> %1846)
  %1882 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1880, <8 x float> %1854, <8 x float> %1847)
  %p9.next.1.1 = add nuw nsw i64 %p9.addr.0414.1, 2
  %exitcond567.1.not.1 = icmp eq i64 %p9.next.1.1, 32
  br i1 %exitcond567.1.not.1, label %p9.exit.1, label %p9.body.1

p9.exit.1:                                        ; preds = %p9.body.1
  %1883 = or disjoint i64 %1729, 16
  %1884 = getelementptr inbounds float, ptr %Oc, i64 %1883
  store <8 x float> %1860, ptr %1884, align 4
  %1885 = or disjoint i64 %1729, 24
  %1886 = getelementptr inbounds float, ptr %Oc, i64 %1885
  store <8 x float> %1861, ptr %1886, align 4
  %1887 = or disjoint i64 %1729, 48
  %1888 = getelementptr inbounds float, ptr %Oc, i64 %1887
  store <8 x float> %1867, ptr %1888, align 4
  %1889 = or disjoint i64 %1729, 56
  %1890 = getelementptr inbounds float, ptr %Oc, i64 %1889
  store <8 x float> %1868, ptr %1890, align 4
  %1891 = or disjoint i64 %1729, 80
  %1892 = getelementptr inbounds float, ptr %Oc, i64 %1891
  store <8 x float> %1874, ptr %1892, align 4
  %1893 = or disjoint i64 %1729, 88
  %1894 = getelementptr inbounds float, ptr %Oc, i64 %1893
  store <8 x float> %1875, ptr %1894, align 4
  %1895 = or disjoint i64 %1729, 112
  %1896 = getelementptr inbounds float, ptr %Oc, i64 %1895
  store <8 x float> %1881, ptr %1896, align 4
  %1897 = or disjoint i64 %1729, 120
  %1898 = getelementptr inbounds float, ptr %Oc, i64 %1897
  store <8 x float> %1882, ptr %1898, align 4
  %i20.next = add nuw nsw i64 %i20.addr.0416, 4
  %1899 = icmp ult i64 %i20.addr.0416, 28
  br i1 %1899, label %j15.head.preheader, label %j16.head.preheader

j16.head.preheader:                               ; preds = %p9.exit.1, %j16.head.preheader
  %t4.addr.0418 = phi i64 [ %t4.next.1, %j16.head.preheader ], [ 0, %p9.exit.1 ]
  %1900 = getelementptr inbounds float, ptr %gam, i64 %t4.addr.0418
  %1901 = load float, ptr %1900, align 4
  %.idx472 = shl nsw i64 %t4.addr.0418, 7
  %1902 = getelementptr inbounds i8, ptr %Oc, i64 %.idx472
  %1903 = load <8 x float>, ptr %1902, align 4
  %1904 = insertelement <8 x float> poison, float %1901, i64 0
  %1905 = shufflevector <8 x float> %1904, <8 x float> poison, <8 x i32> zeroinitializer
  %1906 = fmul <8 x float> %1903, %1905
  store <8 x float> %1906, ptr %1902, align 4
  %1907 = load float, ptr %1900, align 4
  %1908 = getelementptr inbounds i8, ptr %81, i64 %.idx472
  %1909 = load <8 x float>, ptr %1908, align 4
  %1910 = insertelement <8 x float> poison, float %1907, i64 0
  %1911 = shufflevector <8 x float> %1910, <8 x float> poison, <8 x i32> zeroinitializer
  %1912 = fmul <8 x float> %1909, %1911
  store <8 x float> %1912, ptr %1908, align 4
  %1913 = load float, ptr %1900, align 4
  %1914 = getelementptr inbounds i8, ptr %82, i64 %.idx472
  %1915 = load <8 x float>, ptr %1914, align 4
  %1916 = insertelement <8 x float> poison, float %1913, i64 0
  %1917 = shufflevector <8 x float> %1916, <8 x float> poison, <8 x i32> zeroinitializer
  %1918 = fmul <8 x float> %1915, %1917
  store <8 x float> %1918, ptr %1914, align 4
  %1919 = load float, ptr %1900, align 4
  %1920 = getelementptr inbounds i8, ptr %83, i64 %.idx472
  %1921 = load <8 x float>, ptr %1920, align 4
  %1922 = insertelement <8 x float> poison, float %1919, i64 0
  %1923 = shufflevector <8 x float> %1922, <8 x float> poison, <8 x i32> zeroinitializer
  %1924 = fmul <8 x float> %1921, %1923
  store <8 x float> %1924, ptr %1920, align 4
  %t4.next = or disjoint i64 %t4.addr.0418, 1
  %1925 = getelementptr inbounds float, ptr %gam, i64 %t4.next
  %1926 = load float, ptr %1925, align 4
  %.idx472.1 = shl nsw i64 %t4.next, 7
  %1927 = getelementptr inbounds i8, ptr %Oc, i64 %.idx472.1
  %1928 = load <8 x float>, ptr %1927, align 4
  %1929 = insertelement <8 x float> poison, float %1926, i64 0
  %1930 = shufflevector <8 x float> %1929, <8 x float> poison, <8 x i32> zeroinitializer
  %1931 = fmul <8 x float> %1928, %1930
  store <8 x float> %1931, ptr %1927, align 4
  %1932 = load float, ptr %1925, align 4
  %1933 = getelementptr inbounds i8, ptr %81, i64 %.idx472.1
  %1934 = load <8 x float>, ptr %1933, align 4
  %1935 = insertelement <8 x float> poison, float %1932, i64 0
  %1936 = shufflevector <8 x float> %1935, <8 x float> poison, <8 x i32> zeroinitializer
  %1937 = fmul <8 x float> %1934, %1936
  store <8 x float> %1937, ptr %1933, align 4
  %1938 = load float, ptr %1925, align 4
  %1939 = getelementptr inbounds i8, ptr %82, i64 %.idx472.1
  %1940 = load <8 x float>, ptr %1939, align 4
  %1941 = insertelement <8 x float> poison, float %1938, i64 0
  %1942 = shufflevector <8 x float> %1941, <8 x float> poison, <8 x i32> zeroinitializer
  %1943 = fmul <8 x float> %1940, %1942
  store <8 x float> %1943, ptr %1939, align 4
  %1944 = load float, ptr %1925, align 4
  %1945 = getelementptr inbounds i8, ptr %83, i64 %.idx472.1
  %1946 = load <8 x float>, ptr %1945, align 4
  %1947 = insertelement <8 x float> poison, float %1944, i64 0
  %1948 = shufflevector <8 x float> %1947, <8 x float> poison, <8 x i32> zeroinitializer
  %1949 = fmul <8 x float> %1946, %1948
  store <8 x float> %1949, ptr %1945, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.0418, 2
  %exitcond568.not.1 = icmp eq i64 %t4.next.1, 32
  br i1 %exitcond568.not.1, label %j17.head.preheader, label %j16.head.preheader

t5.head.preheader:                                ; preds = %p10.exit.1
  %1950 = icmp sgt i64 %129, 0
  br i1 %1950, label %j18.head.preheader.preheader, label %j19.head.preheader.preheader

j18.head.preheader.preheader:                     ; preds = %t5.head.preheader
  %1951 = getelementptr i8, ptr %125, i64 %126
  %xtraiter1108 = and i64 %smax1107, 7
  %1952 = icmp slt i64 %indvars.iv572, 8
  br i1 %1952, label %j19.head.preheader.preheader.loopexit.unr-lcssa, label %j18.head.preheader.preheader.new

j18.head.preheader.preheader.new:                 ; preds = %j18.head.preheader.preheader
  %unroll_iter1111 = and i64 %smax1107, 56
  br label %j18.head.preheader

j17.head.preheader:                               ; preds = %j16.head.preheader, %p10.exit.1
  %i22.addr.0429 = phi i64 [ %i22.next, %p10.exit.1 ], [ 0, %j16.head.preheader ]
  %1953 = shl nuw nsw i64 %i22.addr.0429, 5
  %1954 = or disjoint i64 %i22.addr.0429, 1
  %1955 = shl nuw nsw i64 %1954, 5
  %1956 = or disjoint i64 %i22.addr.0429, 2
  %1957 = shl nuw nsw i64 %1956, 5
  %1958 = or disjoint i64 %i22.addr.0429, 3
  %1959 = shl nuw nsw i64 %1958, 5
  %1960 = getelementptr inbounds float, ptr %Oc, i64 %1953
  %1961 = load <8 x float>, ptr %1960, align 4
  %1962 = or disjoint i64 %1953, 8
  %1963 = getelementptr inbounds float, ptr %Oc, i64 %1962
  %1964 = load <8 x float>, ptr %1963, align 4
  %1965 = getelementptr inbounds float, ptr %Oc, i64 %1955
  %1966 = load <8 x float>, ptr %1965, align 4
  %1967 = or disjoint i64 %1955, 8
  %1968 = getelementptr inbounds float, ptr %Oc, i64 %1967
  %1969 = load <8 x float>, ptr %1968, align 4
  %1970 = getelementptr inbounds float, ptr %Oc, i64 %1957
  %1971 = load <8 x float>, ptr %1970, align 4
  %1972 = or disjoint i64 %1957, 8
  %1973 = getelementptr inbounds float, ptr %Oc, i64 %1972
  %1974 = load <8 x float>, ptr %1973, align 4
  %1975 = getelementptr inbounds float, ptr %Oc, i64 %1959
  %1976 = load <8 x float>, ptr %1975, align 4
  %1977 = or disjoint i64 %1959, 8
  %1978 = getelementptr inbounds float, ptr %Oc, i64 %1977
  %1979 = load <8 x float>, ptr %1978, align 4
  %.idx473 = shl nsw i64 %i22.addr.0429, 8
  %.idx474 = shl nsw i64 %1954, 8
  %.idx475 = shl nsw i64 %1956, 8
  %.idx476 = shl nsw i64 %1958, 8
  br label %p10.body

p10.body:                                         ; preds = %p10.body, %j17.head.preheader
  %p10.addr.0427 = phi i64 [ 0, %j17.head.preheader ], [ %p10.next.3, %p10.body ]
  %acc47.0426 = phi <8 x float> [ %1979, %j17.head.preheader ], [ %2107, %p10.body ]
  %acc46.0425 = phi <8 x float> [ %1976, %j17.head.preheader ], [ %2106, %p10.body ]
  %acc45.0424 = phi <8 x float> [ %1974, %j17.head.preheader ], [ %2101, %p10.body ]
  %acc44174.0423 = phi <8 x float> [ %1971, %j17.head.preheader ], [ %2100, %p10.body ]
  %acc43.0422 = phi <8 x float> [ %1969, %j17.head.preheader ], [ %2095, %p10.body ]
  %acc42.0421 = phi <8 x float> [ %1966, %j17.head.preheader ], [ %2094, %p10.body ]
  %acc41.0420 = phi <8 x float> [ %1964, %j17.head.preheader ], [ %2089, %p10.body ]
  %acc40.0419 = phi <8 x float> [ %1961, %j17.head.preheader ], [ %2088, %p10.body ]
  %1980 = shl nuw nsw i64 %p10.addr.0427, 6
  %1981 = or disjoint i64 %1980, 32
  %1982 = getelementptr inbounds float, ptr %X, i64 %1981
  %1983 = load <8 x float>, ptr %1982, align 4
  %1984 = or disjoint i64 %1980, 40
  %1985 = getelementptr inbounds float, ptr %X, i64 %1984
  %1986 = load <8 x float>, ptr %1985, align 4
  %1987 = getelementptr inbounds float, ptr %P, i64 %p10.addr.0427
  %1988 = getelementptr inbounds i8, ptr %1987, i64 %.idx473
  %1989 = load float, ptr %1988, align 4
  %1990 = insertelement <8 x float> poison, float %1989, i64 0
  %1991 = shufflevector <8 x float> %1990, <8 x float> poison, <8 x i32> zeroinitializer
  %1992 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1991, <8 x float> %1983, <8 x float> %acc40.0419)
  %1993 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1991, <8 x float> %1986, <8 x float> %acc41.0420)
  %1994 = getelementptr inbounds i8, ptr %1987, i64 %.idx474
  %1995 = load float, ptr %1994, align 4
  %1996 = insertelement <8 x float> poison, float %1995, i64 0
  %1997 = shufflevector <8 x float> %1996, <8 x float> poison, <8 x i32> zeroinitializer
  %1998 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1997, <8 x float> %1983, <8 x float> %acc42.0421)
  %1999 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1997, <8 x float> %1986, <8 x float> %acc43.0422)
  %2000 = getelementptr inbounds i8, ptr %1987, i64 %.idx475
  %2001 = load float, ptr %2000, align 4
  %2002 = insertelement <8 x float> poison, float %2001, i64 0
  %2003 = shufflevector <8 x float> %2002, <8 x float> poison, <8 x i32> zeroinitializer
  %2004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2003, <8 x float> %1983, <8 x float> %acc44174.0423)
  %2005 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2003, <8 x float> %1986, <8 x float> %acc45.0424)
  %2006 = getelementptr inbounds i8, ptr %1987, i64 %.idx476
  %2007 = load float, ptr %2006, align 4
  %2008 = insertelement <8 x float> poison, float %2007, i64 0
  %2009 = shufflevector <8 x float> %2008, <8 x float> poison, <8 x i32> zeroinitializer
  %2010 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2009, <8 x float> %1983, <8 x float> %acc46.0425)
  %2011 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2009, <8 x float> %1986, <8 x float> %acc47.0426)
  %p10.next = or disjoint i64 %p10.addr.0427, 1
  %2012 = shl nuw nsw i64 %p10.next, 6
  %2013 = or disjoint i64 %2012, 32
  %2014 = getelementptr inbounds float, ptr %X, i64 %2013
  %2015 = load <8 x float>, ptr %2014, align 4
  %2016 = or disjoint i64 %2012, 40
  %2017 = getelementptr inbounds float, ptr %X, i64 %2016
  %2018 = load <8 x float>, ptr %2017, align 4
  %2019 = getelementptr inbounds float, ptr %P, i64 %p10.next
  %2020 = getelementptr inbounds i8, ptr %2019, i64 %.idx473
  %2021 = load float, ptr %2020, align 4
  %2022 = insertelement <8 x float> poison, float %2021, i64 0
  %2023 = shufflevector <8 x float> %2022, <8 x float> poison, <8 x i32> zeroinitializer
  %2024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2023, <8 x float> %2015, <8 x float> %1992)
  %2025 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2023, <8 x float> %2018, <8 x float> %1993)
  %2026 = getelementptr inbounds i8, ptr %2019, i64 %.idx474
  %2027 = load float, ptr %2026, align 4
  %2028 = insertelement <8 x float> poison, float %2027, i64 0
  %2029 = shufflevector <8 x float> %2028, <8 x float> poison, <8 x i32> zeroinitializer
  %2030 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2029, <8 x float> %2015, <8 x float> %1998)
  %2031 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2029, <8 x float> %2018, <8 x float> %1999)
  %2032 = getelementptr inbounds i8, ptr %2019, i64 %.idx475
  %2033 = load float, ptr %2032, align 4
  %2034 = insertelement <8 x float> poison, float %2033, i64 0
  %2035 = shufflevector <8 x float> %2034, <8 x float> poison, <8 x i32> zeroinitializer
  %2036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2035, <8 x float> %2015, <8 x float> %2004)
  %2037 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2035, <8 x float> %2018, <8 x float> %2005)
  %2038 = getelementptr inbounds i8, ptr %2019, i64 %.idx476
  %2039 = load float, ptr %2038, align 4
  %2040 = insertelement <8 x float> poison, float %2039, i64 0
  %2041 = shufflevector <8 x float> %2040, <8 x float> poison, <8 x i32> zeroinitializer
  %2042 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2041, <8 x float> %2015, <8 x float> %2010)
  %2043 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2041, <8 x float> %2018, <8 x float> %2011)
  %p10.next.11104 = or disjoint i64 %p10.addr.0427, 2
  %2044 = shl nuw nsw i64 %p10.next.11104, 6
  %2045 = or disjoint i64 %2044, 32
  %2046 = getelementptr inbounds float, ptr %X, i64 %2045
  %2047 = load <8 x float>, ptr %2046, align 4
  %2048 = or disjoint i64 %2044, 40
  %2049 = getelementptr inbounds float, ptr %X, i64 %2048
  %2050 = load <8 x float>, ptr %2049, align 4
  %2051 = getelementptr inbounds float, ptr %P, i64 %p10.next.11104
  %2052 = getelementptr inbounds i8, ptr %2051, i64 %.idx473
  %2053 = load float, ptr %2052, align 4
  %2054 = insertelement <8 x float> poison, float %2053, i64 0
  %2055 = shufflevector <8 x float> %2054, <8 x float> poison, <8 x i32> zeroinitializer
  %2056 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2055, <8 x float> %2047, <8 x float> %2024)
  %2057 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2055, <8 x float> %2050, <8 x float> %2025)
  %2058 = getelementptr inbounds i8, ptr %2051, i64 %.idx474
  %2059 = load float, ptr %2058, align 4
  %2060 = insertelement <8 x float> poison, float %2059, i64 0
  %2061 = shufflevector <8 x float> %2060, <8 x float> poison, <8 x i32> zeroinitializer
  %2062 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2061, <8 x float> %2047, <8 x float> %2030)
  %2063 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2061, <8 x float> %2050, <8 x float> %2031)
  %2064 = getelementptr inbounds i8, ptr %2051, i64 %.idx475
  %2065 = load float, ptr %2064, align 4
  %2066 = insertelement <8 x float> poison, float %2065, i64 0
  %2067 = shufflevector <8 x float> %2066, <8 x float> poison, <8 x i32> zeroinitializer
  %2068 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2067, <8 x float> %2047, <8 x float> %2036)
  %2069 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2067, <8 x float> %2050, <8 x float> %2037)
  %2070 = getelementptr inbounds i8, ptr %2051, i64 %.idx476
  %2071 = load float, ptr %2070, align 4
  %2072 = insertelement <8 x float> poison, float %2071, i64 0
  %2073 = shufflevector <8 x float> %2072, <8 x float> poison, <8 x i32> zeroinitializer
  %2074 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2073, <8 x float> %2047, <8 x float> %2042)
  %2075 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2073, <8 x float> %2050, <8 x float> %2043)
  %p10.next.2 = or disjoint i64 %p10.addr.0427, 3
  %2076 = shl nuw nsw i64 %p10.next.2, 6
  %2077 = or disjoint i64 %2076, 32
  %2078 = getelementptr inbounds float, ptr %X, i64 %2077
  %2079 = load <8 x float>, ptr %2078, align 4
  %2080 = or disjoint i64 %2076, 40
  %2081 = getelementptr inbounds float, ptr %X, i64 %2080
  %2082 = load <8 x float>, ptr %2081, align 4
  %2083 = getelementptr inbounds float, ptr %P, i64 %p10.next.2
  %2084 = getelementptr inbounds i8, ptr %2083, i64 %.idx473
  %2085 = load float, ptr %2084, align 4
  %2086 = insertelement <8 x float> poison, float %2085, i64 0
  %2087 = shufflevector <8 x float> %2086, <8 x float> poison, <8 x i32> zeroinitializer
  %2088 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2087, <8 x float> %2079, <8 x float> %2056)
  %2089 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2087, <8 x float> %2082, <8 x float> %2057)
  %2090 = getelementptr inbounds i8, ptr %2083, i64 %.idx474
  %2091 = load float, ptr %2090, align 4
  %2092 = insertelement <8 x float> poison, float %2091, i64 0
  %2093 = shufflevector <8 x float> %2092, <8 x float> poison, <8 x i32> zeroinitializer
  %2094 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2093, <8 x float> %2079, <8 x float> %2062)
  %2095 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2093, <8 x float> %2082, <8 x float> %2063)
  %2096 = getelementptr inbounds i8, ptr %2083, i64 %.idx475
  %2097 = load float, ptr %2096, align 4
  %2098 = insertelement <8 x float> poison, float %2097, i64 0
  %2099 = shufflevector <8 x float> %2098, <8 x float> poison, <8 x i32> zeroinitializer
  %2100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2099, <8 x float> %2079, <8 x float> %2068)
  %2101 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2099, <8 x float> %2082, <8 x float> %2069)
  %2102 = getelementptr inbounds i8, ptr %2083, i64 %.idx476
  %2103 = load float, ptr %2102, align 4
  %2104 = insertelement <8 x float> poison, float %2103, i64 0
  %2105 = shufflevector <8 x float> %2104, <8 x float> poison, <8 x i32> zeroinitializer
  %2106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2105, <8 x float> %2079, <8 x float> %2074)
  %2107 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2105, <8 x float> %2082, <8 x float> %2075)
  %p10.next.3 = add nuw nsw i64 %p10.addr.0427, 4
  %exitcond569.not.3 = icmp eq i64 %p10.next.3, 64
  br i1 %exitcond569.not.3, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <8 x float> %2088, ptr %1960, align 4
  store <8 x float> %2089, ptr %1963, align 4
  store <8 x float> %2094, ptr %1965, align 4
  store <8 x float> %2095, ptr %1968, align 4
  store <8 x float> %2100, ptr %1970, align 4
  store <8 x float> %2101, ptr %1973, align 4
  store <8 x float> %2106, ptr %1975, align 4
  store <8 x float> %2107, ptr %1978, align 4
  %2108 = or disjoint i64 %1953, 16
  %2109 = getelementptr inbounds float, ptr %Oc, i64 %2108
  %2110 = load <8 x float>, ptr %2109, align 4
  %2111 = or disjoint i64 %1953, 24
  %2112 = getelementptr inbounds float, ptr %Oc, i64 %2111
  %2113 = load <8 x float>, ptr %2112, align 4
  %2114 = or disjoint i64 %1955, 16
  %2115 = getelementptr inbounds float, ptr %Oc, i64 %2114
  %2116 = load <8 x float>, ptr %2115, align 4
  %2117 = or disjoint i64 %1955, 24
  %2118 = getelementptr inbounds float, ptr %Oc, i64 %2117
  %2119 = load <8 x float>, ptr %2118, align 4
  %2120 = or disjoint i64 %1957, 16
  %2121 = getelementptr inbounds float, ptr %Oc, i64 %2120
  %2122 = load <8 x float>, ptr %2121, align 4
  %2123 = or disjoint i64 %1957, 24
  %2124 = getelementptr inbounds float, ptr %Oc, i64 %2123
  %2125 = load <8 x float>, ptr %2124, align 4
  %2126 = or disjoint i64 %1959, 16
  %2127 = getelementptr inbounds float, ptr %Oc, i64 %2126
  %2128 = load <8 x float>, ptr %2127, align 4
  %2129 = or disjoint i64 %1959, 24
  %2130 = getelementptr inbounds float, ptr %Oc, i64 %2129
  %2131 = load <8 x float>, ptr %2130, align 4
  br label %p10.body.1

p10.body.1:                                       ; preds = %p10.body.1, %p10.exit
  %p10.addr.0427.1 = phi i64 [ 0, %p10.exit ], [ %p10.next.1.3, %p10.body.1 ]
  %acc47.0426.1 = phi <8 x float> [ %2131, %p10.exit ], [ %2259, %p10.body.1 ]
  %acc46.0425.1 = phi <8 x float> [ %2128, %p10.exit ], [ %2258, %p10.body.1 ]
  %acc45.0424.1 = phi <8 x float> [ %2125, %p10.exit ], [ %2253, %p10.body.1 ]
  %acc44174.0423.1 = phi <8 x float> [ %2122, %p10.exit ], [ %2252, %p10.body.1 ]
  %acc43.0422.1 = phi <8 x float> [ %2119, %p10.exit ], [ %2247, %p10.body.1 ]
  %acc42.0421.1 = phi <8 x float> [ %2116, %p10.exit ], [ %2246, %p10.body.1 ]
  %acc41.0420.1 = phi <8 x float> [ %2113, %p10.exit ], [ %2241, %p10.body.1 ]
  %acc40.0419.1 = phi <8 x float> [ %2110, %p10.exit ], [ %2240, %p10.body.1 ]
  %2132 = shl nuw nsw i64 %p10.addr.0427.1, 6
  %2133 = or disjoint i64 %2132, 48
  %2134 = getelementptr inbounds float, ptr %X, i64 %2133
  %2135 = load <8 x float>, ptr %2134, align 4
  %2136 = or disjoint i64 %2132, 56
  %2137 = getelementptr inbounds float, ptr %X, i64 %2136
  %2138 = load <8 x float>, ptr %2137, align 4
  %2139 = getelementptr inbounds float, ptr %P, i64 %p10.addr.0427.1
  %2140 = getelementptr inbounds i8, ptr %2139, i64 %.idx473
  %2141 = load float, ptr %2140, align 4
  %2142 = insertelement <8 x float> poison, float %2141, i64 0
  %2143 = shufflevector <8 x float> %2142, <8 x float> poison, <8 x i32> zeroinitializer
  %2144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2143, <8 x float> %2135, <8 x float> %acc40.0419.1)
  %2145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2143, <8 x float> %2138, <8 x float> %acc41.0420.1)
  %2146 = getelementptr inbounds i8, ptr %2139, i64 %.idx474
  %2147 = load float, ptr %2146, align 4
  %2148 = insertelement <8 x float> poison, float %2147, i64 0
  %2149 = shufflevector <8 x float> %2148, <8 x float> poison, <8 x i32> zeroinitializer
  %2150 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2149, <8 x float> %2135, <8 x float> %acc42.0421.1)
  %2151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2149, <8 x float> %2138, <8 x float> %acc43.0422.1)
  %2152 = getelementptr inbounds i8, ptr %2139, i64 %.idx475
  %2153 = load float, ptr %2152, align 4
  %2154 = insertelement <8 x float> poison, float %2153, i64 0
  %2155 = shufflevector <8 x float> %2154, <8 x float> poison, <8 x i32> zeroinitializer
  %2156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2155, <8 x float> %2135, <8 x float> %acc44174.0423.1)
  %2157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2155, <8 x float> %2138, <8 x float> %acc45.0424.1)
  %2158 = getelementptr inbounds i8, ptr %2139, i64 %.idx476
  %2159 = load float, ptr %2158, align 4
  %2160 = insertelement <8 x float> poison, float %2159, i64 0
  %2161 = shufflevector <8 x float> %2160, <8 x float> poison, <8 x i32> zeroinitializer
  %2162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2161, <8 x float> %2135, <8 x float> %acc46.0425.1)
  %2163 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2161, <8 x float> %2138, <8 x float> %acc47.0426.1)
  %p10.next.1 = or disjoint i64 %p10.addr.0427.1, 1
  %2164 = shl nuw nsw i64 %p10.next.1, 6
  %2165 = or disjoint i64 %2164, 48
  %2166 = getelementptr inbounds float, ptr %X, i64 %2165
  %2167 = load <8 x float>, ptr %2166, align 4
  %2168 = or disjoint i64 %2164, 56
  %2169 = getelementptr inbounds float, ptr %X, i64 %2168
  %2170 = load <8 x float>, ptr %2169, align 4
  %2171 = getelementptr inbounds float, ptr %P, i64 %p10.next.1
  %2172 = getelementptr inbounds i8, ptr %2171, i64 %.idx473
  %2173 = load float, ptr %2172, align 4
  %2174 = insertelement <8 x float> poison, float %2173, i64 0
  %2175 = shufflevector <8 x float> %2174, <8 x float> poison, <8 x i32> zeroinitializer
  %2176 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2175, <8 x float> %2167, <8 x float> %2144)
  %2177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2175, <8 x float> %2170, <8 x float> %2145)
  %2178 = getelementptr inbounds i8, ptr %2171, i64 %.idx474
  %2179 = load float, ptr %2178, align 4
  %2180 = insertelement <8 x float> poison, float %2179, i64 0
  %2181 = shufflevector <8 x float> %2180, <8 x float> poison, <8 x i32> zeroinitializer
  %2182 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2181, <8 x float> %2167, <8 x float> %2150)
  %2183 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2181, <8 x float> %2170, <8 x float> %2151)
  %2184 = getelementptr inbounds i8, ptr %2171, i64 %.idx475
  %2185 = load float, ptr %2184, align 4
  %2186 = insertelement <8 x float> poison, float %2185, i64 0
  %2187 = shufflevector <8 x float> %2186, <8 x float> poison, <8 x i32> zeroinitializer
  %2188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2187, <8 x float> %2167, <8 x float> %2156)
  %2189 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2187, <8 x float> %2170, <8 x float> %2157)
  %2190 = getelementptr inbounds i8, ptr %2171, i64 %.idx476
  %2191 = load float, ptr %2190, align 4
  %2192 = insertelement <8 x float> poison, float %2191, i64 0
  %2193 = shufflevector <8 x float> %2192, <8 x float> poison, <8 x i32> zeroinitializer
  %2194 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2193, <8 x float> %2167, <8 x float> %2162)
  %2195 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2193, <8 x float> %2170, <8 x float> %2163)
  %p10.next.1.1 = or disjoint i64 %p10.addr.0427.1, 2
  %2196 = shl nuw nsw i64 %p10.next.1.1, 6
  %2197 = or disjoint i64 %2196, 48
  %2198 = getelementptr inbounds float, ptr %X, i64 %2197
  %2199 = load <8 x float>, ptr %2198, align 4
  %2200 = or disjoint i64 %2196, 56
  %2201 = getelementptr inbounds float, ptr %X, i64 %2200
  %2202 = load <8 x float>, ptr %2201, align 4
  %2203 = getelementptr inbounds float, ptr %P, i64 %p10.next.1.1
  %2204 = getelementptr inbounds i8, ptr %2203, i64 %.idx473
  %2205 = load float, ptr %2204, align 4
  %2206 = insertelement <8 x float> poison, float %2205, i64 0
  %2207 = shufflevector <8 x float> %2206, <8 x float> poison, <8 x i32> zeroinitializer
  %2208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2207, <8 x float> %2199, <8 x float> %2176)
  %2209 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2207, <8 x float> %2202, <8 x float> %2177)
  %2210 = getelementptr inbounds i8, ptr %2203, i64 %.idx474
  %2211 = load float, ptr %2210, align 4
  %2212 = insertelement <8 x float> poison, float %2211, i64 0
  %2213 = shufflevector <8 x float> %2212, <8 x float> poison, <8 x i32> zeroinitializer
  %2214 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2213, <8 x float> %2199, <8 x float> %2182)
  %2215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2213, <8 x float> %2202, <8 x float> %2183)
  %2216 = getelementptr inbounds i8, ptr %2203, i64 %.idx475
  %2217 = load float, ptr %2216, align 4
  %2218 = insertelement <8 x float> poison, float %2217, i64 0
  %2219 = shufflevector <8 x float> %2218, <8 x float> poison, <8 x i32> zeroinitializer
  %2220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2219, <8 x float> %2199, <8 x float> %2188)
  %2221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2219, <8 x float> %2202, <8 x float> %2189)
  %2222 = getelementptr inbounds i8, ptr %2203, i64 %.idx476
  %2223 = load float, ptr %2222, align 4
  %2224 = insertelement <8 x float> poison, float %2223, i64 0
  %2225 = shufflevector <8 x float> %2224, <8 x float> poison, <8 x i32> zeroinitializer
  %2226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2225, <8 x float> %2199, <8 x float> %2194)
  %2227 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2225, <8 x float> %2202, <8 x float> %2195)
  %p10.next.1.2 = or disjoint i64 %p10.addr.0427.1, 3
  %2228 = shl nuw nsw i64 %p10.next.1.2, 6
  %2229 = or disjoint i64 %2228, 48
  %2230 = getelementptr inbounds float, ptr %X, i64 %2229
  %2231 = load <8 x float>, ptr %2230, align 4
  %2232 = or disjoint i64 %2228, 56
  %2233 = getelementptr inbounds float, ptr %X, i64 %2232
  %2234 = load <8 x float>, ptr %2233, align 4
  %2235 = getelementptr inbounds float, ptr %P, i64 %p10.next.1.2
  %2236 = getelementptr inbounds i8, ptr %2235, i64 %.idx473
  %2237 = load float, ptr %2236, align 4
  %2238 = insertelement <8 x float> poison, float %2237, i64 0
  %2239 = shufflevector <8 x float> %2238, <8 x float> poison, <8 x i32> zeroinitializer
  %2240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2239, <8 x float> %2231, <8 x float> %2208)
  %2241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2239, <8 x float> %2234, <8 x float> %2209)
  %2242 = getelementptr inbounds i8, ptr %2235, i64 %.idx474
  %2243 = load float, ptr %2242, align 4
  %2244 = insertelement <8 x float> poison, float %2243, i64 0
  %2245 = shufflevector <8 x float> %2244, <8 x float> poison, <8 x i32> zeroinitializer
  %2246 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2245, <8 x float> %2231, <8 x float> %2214)
  %2247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2245, <8 x float> %2234, <8 x float> %2215)
  %2248 = getelementptr inbounds i8, ptr %2235, i64 %.idx475
  %2249 = load float, ptr %2248, align 4
  %2250 = insertelement <8 x float> poison, float %2249, i64 0
  %2251 = shufflevector <8 x float> %2250, <8 x float> poison, <8 x i32> zeroinitializer
  %2252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2251, <8 x float> %2231, <8 x float> %2220)
  %2253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2251, <8 x float> %2234, <8 x float> %2221)
  %2254 = getelementptr inbounds i8, ptr %2235, i64 %.idx476
  %2255 = load float, ptr %2254, align 4
  %2256 = insertelement <8 x float> poison, float %2255, i64 0
  %2257 = shufflevector <8 x float> %2256, <8 x float> poison, <8 x i32> zeroinitializer
  %2258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2257, <8 x float> %2231, <8 x float> %2226)
  %2259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2257, <8 x float> %2234, <8 x float> %2227)
  %p10.next.1.3 = add nuw nsw i64 %p10.addr.0427.1, 4
  %exitcond569.1.not.3 = icmp eq i64 %p10.next.1.3, 64
  br i1 %exitcond569.1.not.3, label %p10.exit.1, label %p10.body.1

p10.exit.1:                                       ; preds = %p10.body.1
  store <8 x float> %2240, ptr %2109, align 4
  store <8 x float> %2241, ptr %2112, align 4
  store <8 x float> %2246, ptr %2115, align 4
  store <8 x float> %2247, ptr %2118, align 4
  store <8 x float> %2252, ptr %2121, align 4
  store <8 x float> %2253, ptr %2124, align 4
  store <8 x float> %2258, ptr %2127, align 4
  store <8 x float> %2259, ptr %2130, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0429, 4
  %2260 = icmp ult i64 %i22.addr.0429, 28
  br i1 %2260, label %j17.head.preheader, label %t5.head.preheader

j18.head.preheader:                               ; preds = %j18.head.preheader, %j18.head.preheader.preheader.new
  %t5.addr.0431 = phi i64 [ 0, %j18.head.preheader.preheader.new ], [ %t5.next.7, %j18.head.preheader ]
  %niter1112 = phi i64 [ 0, %j18.head.preheader.preheader.new ], [ %niter1112.next.7, %j18.head.preheader ]
  %2261 = mul i64 %8, %t5.addr.0431
  %scevgep570 = getelementptr i8, ptr %1951, i64 %2261
  %2262 = shl nuw nsw i64 %t5.addr.0431, 7
  %gep755 = getelementptr i8, ptr %invariant.gep754, i64 %2262
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep570, ptr noundef nonnull align 4 dereferenceable(128) %gep755, i64 128, i1 false)
  %t5.next = or disjoint i64 %t5.addr.0431, 1
  %2263 = mul i64 %8, %t5.next
  %scevgep570.1 = getelementptr i8, ptr %1951, i64 %2263
  %2264 = shl nuw nsw i64 %t5.next, 7
  %gep755.1 = getelementptr i8, ptr %invariant.gep754, i64 %2264
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep570.1, ptr noundef nonnull align 4 dereferenceable(128) %gep755.1, i64 128, i1 false)
  %t5.next.1 = or disjoint i64 %t5.addr.0431, 2
  %2265 = mul i64 %8, %t5.next.1
  %scevgep570.2 = getelementptr i8, ptr %1951, i64 %2265
  %2266 = shl nuw nsw i64 %t5.next.1, 7
  %gep755.2 = getelementptr i8, ptr %invariant.gep754, i64 %2266
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep570.2, ptr noundef nonnull align 4 dereferenceable(128) %gep755.2, i64 128, i1 false)
  %t5.next.2 = or disjoint i64 %t5.addr.0431, 3
  %2267 = mul i64 %8, %t5.next.2
  %scevgep570.3 = getelementptr i8, ptr %1951, i64 %2267
  %2268 = shl nuw nsw i64 %t5.next.2, 7
  %gep755.3 = getelementptr i8, ptr %invariant.gep754, i64 %2268
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep570.3, ptr noundef nonnull align 4 dereferenceable(128) %gep755.3, i64 128, i1 false)
  %t5.next.3 = or disjoint i64 %t5.addr.0431, 4
  %2269 = mul i64 %8, %t5.next.3
  %scevgep570.4 = getelementptr i8, ptr %1951, i64 %2269
  %2270 = shl nuw nsw i64 %t5.next.3, 7
  %gep755.4 = getelementptr i8, ptr %invariant.gep754, i64 %2270
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep570.4, ptr noundef nonnull align 4 dereferenceable(128) %gep755.4, i64 128, i1 false)
  %t5.next.4 = or disjoint i64 %t5.addr.0431, 5
  %2271 = mul i64 %8, %t5.next.4
  %scevgep570.5 = getelementptr i8, ptr %1951, i64 %2271
  %2272 = shl nuw nsw i64 %t5.next.4, 7
  %gep755.5 = getelementptr i8, ptr %invariant.gep754, i64 %2272
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep570.5, ptr noundef nonnull align 4 dereferenceable(128) %gep755.5, i64 128, i1 false)
  %t5.next.5 = or disjoint i64 %t5.addr.0431, 6
  %2273 = mul i64 %8, %t5.next.5
  %scevgep570.6 = getelementptr i8, ptr %1951, i64 %2273
  %2274 = shl nuw nsw i64 %t5.next.5, 7
  %gep755.6 = getelementptr i8, ptr %invariant.gep754, i64 %2274
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep570.6, ptr noundef nonnull align 4 dereferenceable(128) %gep755.6, i64 128, i1 false)
  %t5.next.6 = or disjoint i64 %t5.addr.0431, 7
  %2275 = mul i64 %8, %t5.next.6
  %scevgep570.7 = getelementptr i8, ptr %1951, i64 %2275
  %2276 = shl nuw nsw i64 %t5.next.6, 7
  %gep755.7 = getelementptr i8, ptr %invariant.gep754, i64 %2276
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep570.7, ptr noundef nonnull align 4 dereferenceable(128) %gep755.7, i64 128, i1 false)
  %t5.next.7 = add nuw nsw i64 %t5.addr.0431, 8
  %niter1112.next.7 = add i64 %niter1112, 8
  %niter1112.ncmp.7 = icmp eq i64 %niter1112.next.7, %unroll_iter1111
  br i1 %niter1112.ncmp.7, label %j19.head.preheader.preheader.loopexit.unr-lcssa, label %j18.head.preheader

j19.head.preheader.preheader.loopexit.unr-lcssa:  ; preds = %j18.head.preheader, %j18.head.preheader.preheader
  %t5.addr.0431.unr = phi i64 [ 0, %j18.head.preheader.preheader ], [ %t5.next.7, %j18.head.preheader ]
  %lcmp.mod1110.not = icmp eq i64 %xtraiter1108, 0
  br i1 %lcmp.mod1110.not, label %j19.head.preheader.preheader, label %j18.head.preheader.epil

j18.head.preheader.epil:                          ; preds = %j19.head.preheader.preheader.loopexit.unr-lcssa, %j18.head.preheader.epil
  %t5.addr.0431.epil = phi i64 [ %t5.next.epil, %j18.head.preheader.epil ], [ %t5.addr.0431.unr, %j19.head.preheader.preheader.loopexit.unr-lcssa ]
  %epil.iter1109 = phi i64 [ %epil.iter1109.next, %j18.head.preheader.epil ], [ 0, %j19.head.preheader.preheader.loopexit.unr-lcssa ]
  %2277 = mul i64 %8, %t5.addr.0431.epil
  %scevgep570.epil = getelementptr i8, ptr %1951, i64 %2277
  %2278 = shl nuw nsw i64 %t5.addr.0431.epil, 7
  %gep755.epil = getelementptr i8, ptr %invariant.gep754, i64 %2278
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep570.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep755.epil, i64 128, i1 false)
  %t5.next.epil = add nuw nsw i64 %t5.addr.0431.epil, 1
  %epil.iter1109.next = add i64 %epil.iter1109, 1
  %epil.iter1109.cmp.not = icmp eq i64 %epil.iter1109.next, %xtraiter1108
  br i1 %epil.iter1109.cmp.not, label %j19.head.preheader.preheader, label %j18.head.preheader.epil, !llvm.loop !2

j19.head.preheader.preheader:                     ; preds = %j19.head.preheader.preheader.loopexit.unr-lcssa, %j18.head.preheader.epil, %t5.head.preheader
  br label %j19.head.preheader

j19.head.preheader:                               ; preds = %j19.head.preheader, %j19.head.preheader.preheader
  %i24.addr.0433 = phi i64 [ 0, %j19.head.preheader.preheader ], [ %i24.next.3, %j19.head.preheader ]
  %2279 = load float, ptr %4, align 4
  %.idx478 = shl nsw i64 %i24.addr.0433, 7
  %2280 = getelementptr inbounds i8, ptr %work, i64 %.idx478
  %2281 = load <8 x float>, ptr %2280, align 4
  %2282 = insertelement <8 x float> poison, float %2279, i64 0
  %2283 = shufflevector <8 x float> %2282, <8 x float> poison, <8 x i32> zeroinitializer
  %2284 = fmul <8 x float> %2281, %2283
  store <8 x float> %2284, ptr %2280, align 4
  %2285 = getelementptr inbounds i8, ptr %84, i64 %.idx478
  %2286 = load <8 x float>, ptr %2285, align 4
  %2287 = fmul <8 x float> %2286, %2283
  store <8 x float> %2287, ptr %2285, align 4
  %2288 = getelementptr inbounds i8, ptr %85, i64 %.idx478
  %2289 = load <8 x float>, ptr %2288, align 4
  %2290 = fmul <8 x float> %2289, %2283
  store <8 x float> %2290, ptr %2288, align 4
  %2291 = getelementptr inbounds i8, ptr %86, i64 %.idx478
  %2292 = load <8 x float>, ptr %2291, align 4
  %2293 = fmul <8 x float> %2292, %2283
  store <8 x float> %2293, ptr %2291, align 4
  %2294 = load float, ptr %4, align 4
  %i24.next = shl i64 %i24.addr.0433, 7
  %.idx478.1 = or disjoint i64 %i24.next, 128
  %2295 = getelementptr inbounds i8, ptr %work, i64 %.idx478.1
  %2296 = load <8 x float>, ptr %2295, align 4
  %2297 = insertelement <8 x float> poison, float %2294, i64 0
  %2298 = shufflevector <8 x float> %2297, <8 x float> poison, <8 x i32> zeroinitializer
  %2299 = fmul <8 x float> %2296, %2298
  store <8 x float> %2299, ptr %2295, align 4
  %2300 = getelementptr inbounds i8, ptr %84, i64 %.idx478.1
  %2301 = load <8 x float>, ptr %2300, align 4
  %2302 = fmul <8 x float> %2301, %2298
  store <8 x float> %2302, ptr %2300, align 4
  %2303 = getelementptr inbounds i8, ptr %85, i64 %.idx478.1
  %2304 = load <8 x float>, ptr %2303, align 4
  %2305 = fmul <8 x float> %2304, %2298
  store <8 x float> %2305, ptr %2303, align 4
  %2306 = getelementptr inbounds i8, ptr %86, i64 %.idx478.1
  %2307 = load <8 x float>, ptr %2306, align 4
  %2308 = fmul <8 x float> %2307, %2298
  store <8 x float> %2308, ptr %2306, align 4
  %2309 = load float, ptr %4, align 4
  %i24.next.1 = shl i64 %i24.addr.0433, 7
  %.idx478.2 = or disjoint i64 %i24.next.1, 256
  %2310 = getelementptr inbounds i8, ptr %work, i64 %.idx478.2
  %2311 = load <8 x float>, ptr %2310, align 4
  %2312 = insertelement <8 x float> poison, float %2309, i64 0
  %2313 = shufflevector <8 x float> %2312, <8 x float> poison, <8 x i32> zeroinitializer
  %2314 = fmul <8 x float> %2311, %2313
  store <8 x float> %2314, ptr %2310, align 4
  %2315 = getelementptr inbounds i8, ptr %84, i64 %.idx478.2
  %2316 = load <8 x float>, ptr %2315, align 4
  %2317 = fmul <8 x float> %2316, %2313
  store <8 x float> %2317, ptr %2315, align 4
  %2318 = getelementptr inbounds i8, ptr %85, i64 %.idx478.2
  %2319 = load <8 x float>, ptr %2318, align 4
  %2320 = fmul <8 x float> %2319, %2313
  store <8 x float> %2320, ptr %2318, align 4
  %2321 = getelementptr inbounds i8, ptr %86, i64 %.idx478.2
  %2322 = load <8 x float>, ptr %2321, align 4
  %2323 = fmul <8 x float> %2322, %2313
  store <8 x float> %2323, ptr %2321, align 4
  %2324 = load float, ptr %4, align 4
  %i24.next.2 = shl i64 %i24.addr.0433, 7
  %.idx478.3 = or disjoint i64 %i24.next.2, 384
  %2325 = getelementptr inbounds i8, ptr %work, i64 %.idx478.3
  %2326 = load <8 x float>, ptr %2325, align 4
  %2327 = insertelement <8 x float> poison, float %2324, i64 0
  %2328 = shufflevector <8 x float> %2327, <8 x float> poison, <8 x i32> zeroinitializer
  %2329 = fmul <8 x float> %2326, %2328
  store <8 x float> %2329, ptr %2325, align 4
  %2330 = getelementptr inbounds i8, ptr %84, i64 %.idx478.3
  %2331 = load <8 x float>, ptr %2330, align 4
  %2332 = fmul <8 x float> %2331, %2328
  store <8 x float> %2332, ptr %2330, align 4
  %2333 = getelementptr inbounds i8, ptr %85, i64 %.idx478.3
  %2334 = load <8 x float>, ptr %2333, align 4
  %2335 = fmul <8 x float> %2334, %2328
  store <8 x float> %2335, ptr %2333, align 4
  %2336 = getelementptr inbounds i8, ptr %86, i64 %.idx478.3
  %2337 = load <8 x float>, ptr %2336, align 4
  %2338 = fmul <8 x float> %2337, %2328
  store <8 x float> %2338, ptr %2336, align 4
  %i24.next.3 = add nuw nsw i64 %i24.addr.0433, 4
  %exitcond575.not.3 = icmp eq i64 %i24.next.3, 32
  br i1 %exitcond575.not.3, label %j20.head.preheader, label %j19.head.preheader

j20.head.preheader:                               ; preds = %j19.head.preheader, %j20.head.preheader
  %i25.addr.0435 = phi i64 [ %i25.next.1, %j20.head.preheader ], [ 0, %j19.head.preheader ]
  %2339 = lshr exact i64 %i25.addr.0435, 1
  %2340 = or disjoint i64 %2339, 992
  %2341 = getelementptr inbounds float, ptr %Dt, i64 %2340
  %2342 = load float, ptr %2341, align 4
  %.idx479 = shl nsw i64 %i25.addr.0435, 8
  %gep757 = getelementptr inbounds i8, ptr %invariant.gep756, i64 %.idx479
  %2343 = load <8 x float>, ptr %gep757, align 4
  %2344 = insertelement <8 x float> poison, float %2342, i64 0
  %2345 = shufflevector <8 x float> %2344, <8 x float> poison, <8 x i32> zeroinitializer
  %2346 = fmul <8 x float> %2343, %2345
  store <8 x float> %2346, ptr %gep757, align 4
  %2347 = load float, ptr %2341, align 4
  %gep759 = getelementptr inbounds i8, ptr %invariant.gep758, i64 %.idx479
  %2348 = load <8 x float>, ptr %gep759, align 4
  %2349 = insertelement <8 x float> poison, float %2347, i64 0
  %2350 = shufflevector <8 x float> %2349, <8 x float> poison, <8 x i32> zeroinitializer
  %2351 = fmul <8 x float> %2348, %2350
  store <8 x float> %2351, ptr %gep759, align 4
  %2352 = load float, ptr %2341, align 4
  %gep761 = getelementptr inbounds i8, ptr %invariant.gep760, i64 %.idx479
  %2353 = load <8 x float>, ptr %gep761, align 4
  %2354 = insertelement <8 x float> poison, float %2352, i64 0
  %2355 = shufflevector <8 x float> %2354, <8 x float> poison, <8 x i32> zeroinitializer
  %2356 = fmul <8 x float> %2353, %2355
  store <8 x float> %2356, ptr %gep761, align 4
  %2357 = load float, ptr %2341, align 4
  %gep763 = getelementptr inbounds i8, ptr %invariant.gep762, i64 %.idx479
  %2358 = load <8 x float>, ptr %gep763, align 4
  %2359 = insertelement <8 x float> poison, float %2357, i64 0
  %2360 = shufflevector <8 x float> %2359, <8 x float> poison, <8 x i32> zeroinitializer
  %2361 = fmul <8 x float> %2358, %2360
  store <8 x float> %2361, ptr %gep763, align 4
  %2362 = lshr exact i64 %i25.addr.0435, 1
  %2363 = or disjoint i64 %2362, 992
  %2364 = getelementptr inbounds float, ptr %Dt, i64 %2363
  %2365 = load float, ptr %2364, align 4
  %i25.next = shl i64 %i25.addr.0435, 8
  %.idx479.1 = or disjoint i64 %i25.next, 256
  %gep757.1 = getelementptr inbounds i8, ptr %invariant.gep756, i64 %.idx479.1
  %2366 = load <8 x float>, ptr %gep757.1, align 4
  %2367 = insertelement <8 x float> poison, float %2365, i64 0
  %2368 = shufflevector <8 x float> %2367, <8 x float> poison, <8 x i32> zeroinitializer
  %2369 = fmul <8 x float> %2366, %2368
  store <8 x float> %2369, ptr %gep757.1, align 4
  %2370 = load float, ptr %2364, align 4
  %gep759.1 = getelementptr inbounds i8, ptr %invariant.gep758, i64 %.idx479.1
  %2371 = load <8 x float>, ptr %gep759.1, align 4
  %2372 = insertelement <8 x float> poison, float %2370, i64 0
  %2373 = shufflevector <8 x float> %2372, <8 x float> poison, <8 x i32> zeroinitializer
  %2374 = fmul <8 x float> %2371, %2373
  store <8 x float> %2374, ptr %gep759.1, align 4
  %2375 = load float, ptr %2364, align 4
  %gep761.1 = getelementptr inbounds i8, ptr %invariant.gep760, i64 %.idx479.1
  %2376 = load <8 x float>, ptr %gep761.1, align 4
  %2377 = insertelement <8 x float> poison, float %2375, i64 0
  %2378 = shufflevector <8 x float> %2377, <8 x float> poison, <8 x i32> zeroinitializer
  %2379 = fmul <8 x float> %2376, %2378
  store <8 x float> %2379, ptr %gep761.1, align 4
  %2380 = load float, ptr %2364, align 4
  %gep763.1 = getelementptr inbounds i8, ptr %invariant.gep762, i64 %.idx479.1
  %2381 = load <8 x float>, ptr %gep763.1, align 4
  %2382 = insertelement <8 x float> poison, float %2380, i64 0
  %2383 = shufflevector <8 x float> %2382, <8 x float> poison, <8 x i32> zeroinitializer
  %2384 = fmul <8 x float> %2381, %2383
  store <8 x float> %2384, ptr %gep763.1, align 4
  %i25.next.1 = add nuw nsw i64 %i25.addr.0435, 2
  %exitcond576.not.1 = icmp eq i64 %i25.next.1, 64
  br i1 %exitcond576.not.1, label %j21.head.preheader, label %j20.head.preheader

j21.head.preheader:                               ; preds = %j20.head.preheader, %p11.exit.1
  %i27.addr.0446 = phi i64 [ %i27.next, %p11.exit.1 ], [ 0, %j20.head.preheader ]
  %2385 = shl nuw nsw i64 %i27.addr.0446, 5
  %2386 = or disjoint i64 %i27.addr.0446, 1
  %2387 = shl nuw nsw i64 %2386, 5
  %2388 = or disjoint i64 %i27.addr.0446, 2
  %2389 = shl nuw nsw i64 %2388, 5
  %2390 = or disjoint i64 %i27.addr.0446, 3
  %2391 = shl nuw nsw i64 %2390, 5
  %2392 = getelementptr inbounds float, ptr %work, i64 %2385
  %2393 = load <8 x float>, ptr %2392, align 4
  %2394 = or disjoint i64 %2385, 8
  %2395 = getelementptr inbounds float, ptr %work, i64 %2394
  %2396 = load <8 x float>, ptr %2395, align 4
  %2397 = getelementptr inbounds float, ptr %work, i64 %2387
  %2398 = load <8 x float>, ptr %2397, align 4
  %2399 = or disjoint i64 %2387, 8
  %2400 = getelementptr inbounds float, ptr %work, i64 %2399
  %2401 = load <8 x float>, ptr %2400, align 4
  %2402 = getelementptr inbounds float, ptr %work, i64 %2389
  %2403 = load <8 x float>, ptr %2402, align 4
  %2404 = or disjoint i64 %2389, 8
  %2405 = getelementptr inbounds float, ptr %work, i64 %2404
  %2406 = load <8 x float>, ptr %2405, align 4
  %2407 = getelementptr inbounds float, ptr %work, i64 %2391
  %2408 = load <8 x float>, ptr %2407, align 4
  %2409 = or disjoint i64 %2391, 8
  %2410 = getelementptr inbounds float, ptr %work, i64 %2409
  %2411 = load <8 x float>, ptr %2410, align 4
  %.idx480 = shl nsw i64 %i27.addr.0446, 8
  %.idx481 = shl nsw i64 %2386, 8
  %.idx482 = shl nsw i64 %2388, 8
  %.idx483 = shl nsw i64 %2390, 8
  br label %p11.body

i27.exit:                                         ; preds = %p11.exit.1
  %ci.next = add nuw nsw i64 %ci.addr.0447, 1
  %indvars.iv.next573 = add i64 %indvars.iv572, -32
  %exitcond579.not = icmp eq i64 %ci.next, %smax578
  br i1 %exitcond579.not, label %i28.head.preheader, label %i1.head.preheader

p11.body:                                         ; preds = %p11.body, %j21.head.preheader
  %p11.addr.0444 = phi i64 [ 0, %j21.head.preheader ], [ %p11.next.3, %p11.body ]
  %acc55.0443 = phi <8 x float> [ %2411, %j21.head.preheader ], [ %2539, %p11.body ]
  %acc54.0442 = phi <8 x float> [ %2408, %j21.head.preheader ], [ %2538, %p11.body ]
  %acc53.0441 = phi <8 x float> [ %2406, %j21.head.preheader ], [ %2533, %p11.body ]
  %acc52.0440 = phi <8 x float> [ %2403, %j21.head.preheader ], [ %2532, %p11.body ]
  %acc51.0439 = phi <8 x float> [ %2401, %j21.head.preheader ], [ %2527, %p11.body ]
  %acc50.0438 = phi <8 x float> [ %2398, %j21.head.preheader ], [ %2526, %p11.body ]
  %acc49.0437 = phi <8 x float> [ %2396, %j21.head.preheader ], [ %2521, %p11.body ]
  %acc48.0436 = phi <8 x float> [ %2393, %j21.head.preheader ], [ %2520, %p11.body ]
  %2412 = shl nuw nsw i64 %p11.addr.0444, 6
  %2413 = or disjoint i64 %2412, 32
  %2414 = getelementptr inbounds float, ptr %X, i64 %2413
  %2415 = load <8 x float>, ptr %2414, align 4
  %2416 = or disjoint i64 %2412, 40
  %2417 = getelementptr inbounds float, ptr %X, i64 %2416
  %2418 = load <8 x float>, ptr %2417, align 4
  %2419 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0444
  %2420 = getelementptr inbounds i8, ptr %2419, i64 %.idx480
  %2421 = load float, ptr %2420, align 4
  %2422 = insertelement <8 x float> poison, float %2421, i64 0
  %2423 = shufflevector <8 x float> %2422, <8 x float> poison, <8 x i32> zeroinitializer
  %2424 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2423, <8 x float> %2415, <8 x float> %acc48.0436)
  %2425 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2423, <8 x float> %2418, <8 x float> %acc49.0437)
  %2426 = getelementptr inbounds i8, ptr %2419, i64 %.idx481
  %2427 = load float, ptr %2426, align 4
  %2428 = insertelement <8 x float> poison, float %2427, i64 0
  %2429 = shufflevector <8 x float> %2428, <8 x float> poison, <8 x i32> zeroinitializer
  %2430 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2429, <8 x float> %2415, <8 x float> %acc50.0438)
  %2431 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2429, <8 x float> %2418, <8 x float> %acc51.0439)
  %2432 = getelementptr inbounds i8, ptr %2419, i64 %.idx482
  %2433 = load float, ptr %2432, align 4
  %2434 = insertelement <8 x float> poison, float %2433, i64 0
  %2435 = shufflevector <8 x float> %2434, <8 x float> poison, <8 x i32> zeroinitializer
  %2436 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2435, <8 x float> %2415, <8 x float> %acc52.0440)
  %2437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2435, <8 x float> %2418, <8 x float> %acc53.0441)
  %2438 = getelementptr inbounds i8, ptr %2419, i64 %.idx483
  %2439 = load float, ptr %2438, align 4
  %2440 = insertelement <8 x float> poison, float %2439, i64 0
  %2441 = shufflevector <8 x float> %2440, <8 x float> poison, <8 x i32> zeroinitializer
  %2442 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2441, <8 x float> %2415, <8 x float> %acc54.0442)
  %2443 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2441, <8 x float> %2418, <8 x float> %acc55.0443)
  %p11.next = or disjoint i64 %p11.addr.0444, 1
  %2444 = shl nuw nsw i64 %p11.next, 6
  %2445 = or disjoint i64 %2444, 32
  %2446 = getelementptr inbounds float, ptr %X, i64 %2445
  %2447 = load <8 x float>, ptr %2446, align 4
  %2448 = or disjoint i64 %2444, 40
  %2449 = getelementptr inbounds float, ptr %X, i64 %2448
  %2450 = load <8 x float>, ptr %2449, align 4
  %2451 = getelementptr inbounds float, ptr %KT, i64 %p11.next
  %2452 = getelementptr inbounds i8, ptr %2451, i64 %.idx480
  %2453 = load float, ptr %2452, align 4
  %2454 = insertelement <8 x float> poison, float %2453, i64 0
  %2455 = shufflevector <8 x float> %2454, <8 x float> poison, <8 x i32> zeroinitializer
  %2456 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2455, <8 x float> %2447, <8 x float> %2424)
  %2457 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2455, <8 x float> %2450, <8 x float> %2425)
  %2458 = getelementptr inbounds i8, ptr %2451, i64 %.idx481
  %2459 = load float, ptr %2458, align 4
  %2460 = insertelement <8 x float> poison, float %2459, i64 0
  %2461 = shufflevector <8 x float> %2460, <8 x float> poison, <8 x i32> zeroinitializer
  %2462 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2461, <8 x float> %2447, <8 x float> %2430)
  %2463 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2461, <8 x float> %2450, <8 x float> %2431)
  %2464 = getelementptr inbounds i8, ptr %2451, i64 %.idx482
  %2465 = load float, ptr %2464, align 4
  %2466 = insertelement <8 x float> poison, float %2465, i64 0
  %2467 = shufflevector <8 x float> %2466, <8 x float> poison, <8 x i32> zeroinitializer
  %2468 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2467, <8 x float> %2447, <8 x float> %2436)
  %2469 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2467, <8 x float> %2450, <8 x float> %2437)
  %2470 = getelementptr inbounds i8, ptr %2451, i64 %.idx483
  %2471 = load float, ptr %2470, align 4
  %2472 = insertelement <8 x float> poison, float %2471, i64 0
  %2473 = shufflevector <8 x float> %2472, <8 x float> poison, <8 x i32> zeroinitializer
  %2474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2473, <8 x float> %2447, <8 x float> %2442)
  %2475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2473, <8 x float> %2450, <8 x float> %2443)
  %p11.next.11122 = or disjoint i64 %p11.addr.0444, 2
  %2476 = shl nuw nsw i64 %p11.next.11122, 6
  %2477 = or disjoint i64 %2476, 32
  %2478 = getelementptr inbounds float, ptr %X, i64 %2477
  %2479 = load <8 x float>, ptr %2478, align 4
  %2480 = or disjoint i64 %2476, 40
  %2481 = getelementptr inbounds float, ptr %X, i64 %2480
  %2482 = load <8 x float>, ptr %2481, align 4
  %2483 = getelementptr inbounds float, ptr %KT, i64 %p11.next.11122
  %2484 = getelementptr inbounds i8, ptr %2483, i64 %.idx480
  %2485 = load float, ptr %2484, align 4
  %2486 = insertelement <8 x float> poison, float %2485, i64 0
  %2487 = shufflevector <8 x float> %2486, <8 x float> poison, <8 x i32> zeroinitializer
  %2488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2487, <8 x float> %2479, <8 x float> %2456)
  %2489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2487, <8 x float> %2482, <8 x float> %2457)
  %2490 = getelementptr inbounds i8, ptr %2483, i64 %.idx481
  %2491 = load float, ptr %2490, align 4
  %2492 = insertelement <8 x float> poison, float %2491, i64 0
  %2493 = shufflevector <8 x float> %2492, <8 x float> poison, <8 x i32> zeroinitializer
  %2494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2493, <8 x float> %2479, <8 x float> %2462)
  %2495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2493, <8 x float> %2482, <8 x float> %2463)
  %2496 = getelementptr inbounds i8, ptr %2483, i64 %.idx482
  %2497 = load float, ptr %2496, align 4
  %2498 = insertelement <8 x float> poison, float %2497, i64 0
  %2499 = shufflevector <8 x float> %2498, <8 x float> poison, <8 x i32> zeroinitializer
  %2500 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2499, <8 x float> %2479, <8 x float> %2468)
  %2501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2499, <8 x float> %2482, <8 x float> %2469)
  %2502 = getelementptr inbounds i8, ptr %2483, i64 %.idx483
  %2503 = load float, ptr %2502, align 4
  %2504 = insertelement <8 x float> poison, float %2503, i64 0
  %2505 = shufflevector <8 x float> %2504, <8 x float> poison, <8 x i32> zeroinitializer
  %2506 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2505, <8 x float> %2479, <8 x float> %2474)
  %2507 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2505, <8 x float> %2482, <8 x float> %2475)
  %p11.next.2 = or disjoint i64 %p11.addr.0444, 3
  %2508 = shl nuw nsw i64 %p11.next.2, 6
  %2509 = or disjoint i64 %2508, 32
  %2510 = getelementptr inbounds float, ptr %X, i64 %2509
  %2511 = load <8 x float>, ptr %2510, align 4
  %2512 = or disjoint i64 %2508, 40
  %2513 = getelementptr inbounds float, ptr %X, i64 %2512
  %2514 = load <8 x float>, ptr %2513, align 4
  %2515 = getelementptr inbounds float, ptr %KT, i64 %p11.next.2
  %2516 = getelementptr inbounds i8, ptr %2515, i64 %.idx480
  %2517 = load float, ptr %2516, align 4
  %2518 = insertelement <8 x float> poison, float %2517, i64 0
  %2519 = shufflevector <8 x float> %2518, <8 x float> poison, <8 x i32> zeroinitializer
  %2520 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2519, <8 x float> %2511, <8 x float> %2488)
  %2521 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2519, <8 x float> %2514, <8 x float> %2489)
  %2522 = getelementptr inbounds i8, ptr %2515, i64 %.idx481
  %2523 = load float, ptr %2522, align 4
  %2524 = insertelement <8 x float> poison, float %2523, i64 0
  %2525 = shufflevector <8 x float> %2524, <8 x float> poison, <8 x i32> zeroinitializer
  %2526 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2525, <8 x float> %2511, <8 x float> %2494)
  %2527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2525, <8 x float> %2514, <8 x float> %2495)
  %2528 = getelementptr inbounds i8, ptr %2515, i64 %.idx482
  %2529 = load float, ptr %2528, align 4
  %2530 = insertelement <8 x float> poison, float %2529, i64 0
  %2531 = shufflevector <8 x float> %2530, <8 x float> poison, <8 x i32> zeroinitializer
  %2532 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2531, <8 x float> %2511, <8 x float> %2500)
  %2533 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2531, <8 x float> %2514, <8 x float> %2501)
  %2534 = getelementptr inbounds i8, ptr %2515, i64 %.idx483
  %2535 = load float, ptr %2534, align 4
  %2536 = insertelement <8 x float> poison, float %2535, i64 0
  %2537 = shufflevector <8 x float> %2536, <8 x float> poison, <8 x i32> zeroinitializer
  %2538 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2537, <8 x float> %2511, <8 x float> %2506)
  %2539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2537, <8 x float> %2514, <8 x float> %2507)
  %p11.next.3 = add nuw nsw i64 %p11.addr.0444, 4
  %exitcond577.not.3 = icmp eq i64 %p11.next.3, 64
  br i1 %exitcond577.not.3, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <8 x float> %2520, ptr %2392, align 4
  store <8 x float> %2521, ptr %2395, align 4
  store <8 x float> %2526, ptr %2397, align 4
  store <8 x float> %2527, ptr %2400, align 4
  store <8 x float> %2532, ptr %2402, align 4
  store <8 x float> %2533, ptr %2405, align 4
  store <8 x float> %2538, ptr %2407, align 4
  store <8 x float> %2539, ptr %2410, align 4
  %2540 = or disjoint i64 %2385, 16
  %2541 = getelementptr inbounds float, ptr %work, i64 %2540
  %2542 = load <8 x float>, ptr %2541, align 4
  %2543 = or disjoint i64 %2385, 24
  %2544 = getelementptr inbounds float, ptr %work, i64 %2543
  %2545 = load <8 x float>, ptr %2544, align 4
  %2546 = or disjoint i64 %2387, 16
  %2547 = getelementptr inbounds float, ptr %work, i64 %2546
  %2548 = load <8 x float>, ptr %2547, align 4
  %2549 = or disjoint i64 %2387, 24
  %2550 = getelementptr inbounds float, ptr %work, i64 %2549
  %2551 = load <8 x float>, ptr %2550, align 4
  %2552 = or disjoint i64 %2389, 16
  %2553 = getelementptr inbounds float, ptr %work, i64 %2552
  %2554 = load <8 x float>, ptr %2553, align 4
  %2555 = or disjoint i64 %2389, 24
  %2556 = getelementptr inbounds float, ptr %work, i64 %2555
  %2557 = load <8 x float>, ptr %2556, align 4
  %2558 = or disjoint i64 %2391, 16
  %2559 = getelementptr inbounds float, ptr %work, i64 %2558
  %2560 = load <8 x float>, ptr %2559, align 4
  %2561 = or disjoint i64 %2391, 24
  %2562 = getelementptr inbounds float, ptr %work, i64 %2561
  %2563 = load <8 x float>, ptr %2562, align 4
  br label %p11.body.1

p11.body.1:                                       ; preds = %p11.body.1, %p11.exit
  %p11.addr.0444.1 = phi i64 [ 0, %p11.exit ], [ %p11.next.1.3, %p11.body.1 ]
  %acc55.0443.1 = phi <8 x float> [ %2563, %p11.exit ], [ %2691, %p11.body.1 ]
  %acc54.0442.1 = phi <8 x float> [ %2560, %p11.exit ], [ %2690, %p11.body.1 ]
  %acc53.0441.1 = phi <8 x float> [ %2557, %p11.exit ], [ %2685, %p11.body.1 ]
  %acc52.0440.1 = phi <8 x float> [ %2554, %p11.exit ], [ %2684, %p11.body.1 ]
  %acc51.0439.1 = phi <8 x float> [ %2551, %p11.exit ], [ %2679, %p11.body.1 ]
  %acc50.0438.1 = phi <8 x float> [ %2548, %p11.exit ], [ %2678, %p11.body.1 ]
  %acc49.0437.1 = phi <8 x float> [ %2545, %p11.exit ], [ %2673, %p11.body.1 ]
  %acc48.0436.1 = phi <8 x float> [ %2542, %p11.exit ], [ %2672, %p11.body.1 ]
  %2564 = shl nuw nsw i64 %p11.addr.0444.1, 6
  %2565 = or disjoint i64 %2564, 48
  %2566 = getelementptr inbounds float, ptr %X, i64 %2565
  %2567 = load <8 x float>, ptr %2566, align 4
  %2568 = or disjoint i64 %2564, 56
  %2569 = getelementptr inbounds float, ptr %X, i64 %2568
  %2570 = load <8 x float>, ptr %2569, align 4
  %2571 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0444.1
  %2572 = getelementptr inbounds i8, ptr %2571, i64 %.idx480
  %2573 = load float, ptr %2572, align 4
  %2574 = insertelement <8 x float> poison, float %2573, i64 0
  %2575 = shufflevector <8 x float> %2574, <8 x float> poison, <8 x i32> zeroinitializer
  %2576 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2575, <8 x float> %2567, <8 x float> %acc48.0436.1)
  %2577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2575, <8 x float> %2570, <8 x float> %acc49.0437.1)
  %2578 = getelementptr inbounds i8, ptr %2571, i64 %.idx481
  %2579 = load float, ptr %2578, align 4
  %2580 = insertelement <8 x float> poison, float %2579, i64 0
  %2581 = shufflevector <8 x float> %2580, <8 x float> poison, <8 x i32> zeroinitializer
  %2582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2581, <8 x float> %2567, <8 x float> %acc50.0438.1)
  %2583 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2581, <8 x float> %2570, <8 x float> %acc51.0439.1)
  %2584 = getelementptr inbounds i8, ptr %2571, i64 %.idx482
  %2585 = load float, ptr %2584, align 4
  %2586 = insertelement <8 x float> poison, float %2585, i64 0
  %2587 = shufflevector <8 x float> %2586, <8 x float> poison, <8 x i32> zeroinitializer
  %2588 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2587, <8 x float> %2567, <8 x float> %acc52.0440.1)
  %2589 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2587, <8 x float> %2570, <8 x float> %acc53.0441.1)
  %2590 = getelementptr inbounds i8, ptr %2571, i64 %.idx483
  %2591 = load float, ptr %2590, align 4
  %2592 = insertelement <8 x float> poison, float %2591, i64 0
  %2593 = shufflevector <8 x float> %2592, <8 x float> poison, <8 x i32> zeroinitializer
  %2594 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2593, <8 x float> %2567, <8 x float> %acc54.0442.1)
  %2595 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2593, <8 x float> %2570, <8 x float> %acc55.0443.1)
  %p11.next.1 = or disjoint i64 %p11.addr.0444.1, 1
  %2596 = shl nuw nsw i64 %p11.next.1, 6
  %2597 = or disjoint i64 %2596, 48
  %2598 = getelementptr inbounds float, ptr %X, i64 %2597
  %2599 = load <8 x float>, ptr %2598, align 4
  %2600 = or disjoint i64 %2596, 56
  %2601 = getelementptr inbounds float, ptr %X, i64 %2600
  %2602 = load <8 x float>, ptr %2601, align 4
  %2603 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1
  %2604 = getelementptr inbounds i8, ptr %2603, i64 %.idx480
  %2605 = load float, ptr %2604, align 4
  %2606 = insertelement <8 x float> poison, float %2605, i64 0
  %2607 = shufflevector <8 x float> %2606, <8 x float> poison, <8 x i32> zeroinitializer
  %2608 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2607, <8 x float> %2599, <8 x float> %2576)
  %2609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2607, <8 x float> %2602, <8 x float> %2577)
  %2610 = getelementptr inbounds i8, ptr %2603, i64 %.idx481
  %2611 = load float, ptr %2610, align 4
  %2612 = insertelement <8 x float> poison, float %2611, i64 0
  %2613 = shufflevector <8 x float> %2612, <8 x float> poison, <8 x i32> zeroinitializer
  %2614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2613, <8 x float> %2599, <8 x float> %2582)
  %2615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2613, <8 x float> %2602, <8 x float> %2583)
  %2616 = getelementptr inbounds i8, ptr %2603, i64 %.idx482
  %2617 = load float, ptr %2616, align 4
  %2618 = insertelement <8 x float> poison, float %2617, i64 0
  %2619 = shufflevector <8 x float> %2618, <8 x float> poison, <8 x i32> zeroinitializer
  %2620 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2619, <8 x float> %2599, <8 x float> %2588)
  %2621 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2619, <8 x float> %2602, <8 x float> %2589)
  %2622 = getelementptr inbounds i8, ptr %2603, i64 %.idx483
  %2623 = load float, ptr %2622, align 4
  %2624 = insertelement <8 x float> poison, float %2623, i64 0
  %2625 = shufflevector <8 x float> %2624, <8 x float> poison, <8 x i32> zeroinitializer
  %2626 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2625, <8 x float> %2599, <8 x float> %2594)
  %2627 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2625, <8 x float> %2602, <8 x float> %2595)
  %p11.next.1.1 = or disjoint i64 %p11.addr.0444.1, 2
  %2628 = shl nuw nsw i64 %p11.next.1.1, 6
  %2629 = or disjoint i64 %2628, 48
  %2630 = getelementptr inbounds float, ptr %X, i64 %2629
  %2631 = load <8 x float>, ptr %2630, align 4
  %2632 = or disjoint i64 %2628, 56
  %2633 = getelementptr inbounds float, ptr %X, i64 %2632
  %2634 = load <8 x float>, ptr %2633, align 4
  %2635 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1.1
  %2636 = getelementptr inbounds i8, ptr %2635, i64 %.idx480
  %2637 = load float, ptr %2636, align 4
  %2638 = insertelement <8 x float> poison, float %2637, i64 0
  %2639 = shufflevector <8 x float> %2638, <8 x float> poison, <8 x i32> zeroinitializer
  %2640 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2639, <8 x float> %2631, <8 x float> %2608)
  %2641 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2639, <8 x float> %2634, <8 x float> %2609)
  %2642 = getelementptr inbounds i8, ptr %2635, i64 %.idx481
  %2643 = load float, ptr %2642, align 4
  %2644 = insertelement <8 x float> poison, float %2643, i64 0
  %2645 = shufflevector <8 x float> %2644, <8 x float> poison, <8 x i32> zeroinitializer
  %2646 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2645, <8 x float> %2631, <8 x float> %2614)
  %2647 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2645, <8 x float> %2634, <8 x float> %2615)
  %2648 = getelementptr inbounds i8, ptr %2635, i64 %.idx482
  %2649 = load float, ptr %2648, align 4
  %2650 = insertelement <8 x float> poison, float %2649, i64 0
  %2651 = shufflevector <8 x float> %2650, <8 x float> poison, <8 x i32> zeroinitializer
  %2652 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2651, <8 x float> %2631, <8 x float> %2620)
  %2653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2651, <8 x float> %2634, <8 x float> %2621)
  %2654 = getelementptr inbounds i8, ptr %2635, i64 %.idx483
  %2655 = load float, ptr %2654, align 4
  %2656 = insertelement <8 x float> poison, float %2655, i64 0
  %2657 = shufflevector <8 x float> %2656, <8 x float> poison, <8 x i32> zeroinitializer
  %2658 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2657, <8 x float> %2631, <8 x float> %2626)
  %2659 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2657, <8 x float> %2634, <8 x float> %2627)
  %p11.next.1.2 = or disjoint i64 %p11.addr.0444.1, 3
  %2660 = shl nuw nsw i64 %p11.next.1.2, 6
  %2661 = or disjoint i64 %2660, 48
  %2662 = getelementptr inbounds float, ptr %X, i64 %2661
  %2663 = load <8 x float>, ptr %2662, align 4
  %2664 = or disjoint i64 %2660, 56
  %2665 = getelementptr inbounds float, ptr %X, i64 %2664
  %2666 = load <8 x float>, ptr %2665, align 4
  %2667 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1.2
  %2668 = getelementptr inbounds i8, ptr %2667, i64 %.idx480
  %2669 = load float, ptr %2668, align 4
  %2670 = insertelement <8 x float> poison, float %2669, i64 0
  %2671 = shufflevector <8 x float> %2670, <8 x float> poison, <8 x i32> zeroinitializer
  %2672 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2671, <8 x float> %2663, <8 x float> %2640)
  %2673 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2671, <8 x float> %2666, <8 x float> %2641)
  %2674 = getelementptr inbounds i8, ptr %2667, i64 %.idx481
  %2675 = load float, ptr %2674, align 4
  %2676 = insertelement <8 x float> poison, float %2675, i64 0
  %2677 = shufflevector <8 x float> %2676, <8 x float> poison, <8 x i32> zeroinitializer
  %2678 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2677, <8 x float> %2663, <8 x float> %2646)
  %2679 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2677, <8 x float> %2666, <8 x float> %2647)
  %2680 = getelementptr inbounds i8, ptr %2667, i64 %.idx482
  %2681 = load float, ptr %2680, align 4
  %2682 = insertelement <8 x float> poison, float %2681, i64 0
  %2683 = shufflevector <8 x float> %2682, <8 x float> poison, <8 x i32> zeroinitializer
  %2684 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2683, <8 x float> %2663, <8 x float> %2652)
  %2685 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2683, <8 x float> %2666, <8 x float> %2653)
  %2686 = getelementptr inbounds i8, ptr %2667, i64 %.idx483
  %2687 = load float, ptr %2686, align 4
  %2688 = insertelement <8 x float> poison, float %2687, i64 0
  %2689 = shufflevector <8 x float> %2688, <8 x float> poison, <8 x i32> zeroinitializer
  %2690 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2689, <8 x float> %2663, <8 x float> %2658)
  %2691 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2689, <8 x float> %2666, <8 x float> %2659)
  %p11.next.1.3 = add nuw nsw i64 %p11.addr.0444.1, 4
  %exitcond577.1.not.3 = icmp eq i64 %p11.next.1.3, 64
  br i1 %exitcond577.1.not.3, label %p11.exit.1, label %p11.body.1

p11.exit.1:                                       ; preds = %p11.body.1
  store <8 x float> %2672, ptr %2541, align 4
  store <8 x float> %2673, ptr %2544, align 4
  store <8 x float> %2678, ptr %2547, align 4
  store <8 x float> %2679, ptr %2550, align 4
  store <8 x float> %2684, ptr %2553, align 4
  store <8 x float> %2685, ptr %2556, align 4
  store <8 x float> %2690, ptr %2559, align 4
  store <8 x float> %2691, ptr %2562, align 4
  %i27.next = add nuw nsw i64 %i27.addr.0446, 4
  %2692 = icmp ult i64 %i27.addr.0446, 28
  br i1 %2692, label %j21.head.preheader, label %i27.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
; ---- dp_bwd_h2_k32_v32_c32_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c32_gate'
source_filename = "dp_bwd_h2_k32_v32_c32_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c32_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture writeonly %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 143360
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %Sroll = getelementptr inbounds i8, ptr %work, i64 139264
  %alphas = getelementptr inbounds i8, ptr %work, i64 151936
  %dS = getelementptr i8, ptr %work, i64 4096
  %dSk = getelementptr i8, ptr %work, i64 151552
  %dSkPrev = getelementptr i8, ptr %work, i64 151680
  %dkTmp = getelementptr i8, ptr %work, i64 151808
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 11
  %5 = getelementptr inbounds i8, ptr %work, i64 143392
  %6 = getelementptr inbounds i8, ptr %work, i64 143424
  %7 = getelementptr inbounds i8, ptr %work, i64 143456
  %8 = getelementptr inbounds i8, ptr %work, i64 143488
  %9 = getelementptr inbounds i8, ptr %work, i64 143520
  %10 = getelementptr inbounds i8, ptr %work, i64 143552
  %11 = getelementptr inbounds i8, ptr %work, i64 143584
  %12 = shl i64 %H, 6
  %13 = getelementptr inbounds i8, ptr %work, i64 151712
  %14 = getelementptr inbounds i8, ptr %work, i64 151744
  %15 = getelementptr inbounds i8, ptr %work, i64 151776
  %16 = getelementptr inbounds i8, ptr %work, i64 151584
  %17 = getelementptr inbounds i8, ptr %work, i64 151616
  %18 = getelementptr inbounds i8, ptr %work, i64 151648
  %19 = add nsw i64 %bh0, 1
  %20 = mul i64 %nc, %19
  %21 = shl i64 %20, 12
  %22 = add i64 %21, -4096
  %23 = shl i64 %nc, 12
  %24 = add i64 %T, 32
  %25 = shl nsw i64 %nc, 5
  %26 = sub i64 %24, %25
  %27 = add i64 %25, 144115188075855840
  %28 = mul i64 %27, %H
  %29 = mul i64 %H, -4096
  %30 = shl i64 %H, 7
  %smax733 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %31 = sub i64 %bh1, %bh0
  %32 = getelementptr i8, ptr %work, i64 151840
  %33 = getelementptr i8, ptr %work, i64 151872
  %34 = getelementptr i8, ptr %work, i64 151904
  %35 = getelementptr i8, ptr %work, i64 143392
  %36 = getelementptr i8, ptr %work, i64 143424
  %37 = getelementptr i8, ptr %work, i64 143456
  %38 = getelementptr i8, ptr %work, i64 151712
  %39 = getelementptr i8, ptr %work, i64 151744
  %40 = getelementptr i8, ptr %work, i64 151776
  %41 = getelementptr i8, ptr %work, i64 151840
  %42 = getelementptr i8, ptr %work, i64 151872
  %43 = getelementptr i8, ptr %work, i64 151904
  %44 = getelementptr i8, ptr %work, i64 151840
  %45 = getelementptr i8, ptr %work, i64 151872
  %46 = getelementptr i8, ptr %work, i64 151904
  %ident.check.not = icmp eq i64 %H, 1
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0676 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %47 = add i64 %indvar, %bh0
  %48 = shl i64 %47, 12
  %scevgep737 = getelementptr i8, ptr %dh0, i64 %48
  %49 = mul i64 %23, %indvar
  %50 = add i64 %22, %49
  %scevgep713 = getelementptr i8, ptr %dhT, i64 %48
  %b = sdiv i64 %bh.addr.0676, %H
  %h = srem i64 %bh.addr.0676, %H
  %51 = mul i64 %b, %T
  %52 = mul i64 %51, %H
  %bT = add i64 %52, %h
  %53 = mul i64 %1, %51
  %bTn = add nsw i64 %53, %h
  %54 = shl nsw i64 %bT, 5
  %55 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %55
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %54
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %55
  %gh1 = getelementptr inbounds float, ptr %dg, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep713, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %54
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %55
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %55
  %oh = getelementptr inbounds float, ptr %dout, i64 %54
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %56 = add i64 %28, %bT
  %57 = shl i64 %56, 7
  %58 = getelementptr i8, ptr %dq, i64 %57
  %59 = getelementptr i8, ptr %kh1, i64 32
  %60 = getelementptr i8, ptr %kh1, i64 64
  %61 = getelementptr i8, ptr %kh1, i64 96
  %62 = getelementptr i8, ptr %vh1, i64 32
  %63 = getelementptr i8, ptr %vh1, i64 64
  %64 = getelementptr i8, ptr %vh1, i64 96
  %65 = getelementptr i8, ptr %kh1, i64 32
  %66 = getelementptr i8, ptr %kh1, i64 64
  %67 = getelementptr i8, ptr %kh1, i64 96
  br label %cc.body

i24.head.preheader:                               ; preds = %j13.head.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep737, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0676, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond738.not = icmp eq i64 %indvar.next, %31
  br i1 %exitcond738.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j13.head.preheader
  %indvars.iv = phi i64 [ %26, %cc.body.lr.ph ], [ %indvars.iv.next, %j13.head.preheader ]
  %cc.addr.0673 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j13.head.preheader ]
  %smin843 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax844 = tail call i64 @llvm.smax.i64(i64 %smin843, i64 1)
  %smin841 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax842 = tail call i64 @llvm.smax.i64(i64 %smin841, i64 1)
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin729 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax730 = tail call i64 @llvm.smax.i64(i64 %smin729, i64 1)
  %smax724 = tail call i64 @llvm.smax.i64(i64 %smin729, i64 2)
  %68 = mul i64 %29, %cc.addr.0673
  %69 = shl i64 %cc.addr.0673, 12
  %70 = sub i64 %50, %69
  %scevgep715 = getelementptr i8, ptr %hs, i64 %70
  %71 = xor i64 %cc.addr.0673, -1
  %ci = add nsw i64 %nc, %71
  %t0 = shl nsw i64 %ci, 5
  %72 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep715, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %72, i64 32)
  %73 = icmp sgt i64 %72, 0
  br i1 %73, label %tl.body.preheader, label %tl1.exit

tl.body.preheader:                                ; preds = %cc.body
  %min.iters.check = icmp sgt i64 %indvars.iv, 7
  %or.cond = select i1 %min.iters.check, i1 %ident.check.not, i1 false
  br i1 %or.cond, label %vector.ph, label %tl.body.preheader811

tl.body.preheader811:                             ; preds = %middle.block, %tl.body.preheader
  %tl.addr.0613.ph = phi i64 [ 0, %tl.body.preheader ], [ %n.vec, %middle.block ]
  %xtraiter = and i64 %smax842, 7
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %tl.body.prol.loopexit, label %tl.body.prol

tl.body.prol:                                     ; preds = %tl.body.preheader811, %tl.body.prol
  %tl.addr.0613.prol = phi i64 [ %tl.next.prol, %tl.body.prol ], [ %tl.addr.0613.ph, %tl.body.preheader811 ]
  %prol.iter = phi i64 [ %prol.iter.next, %tl.body.prol ], [ 0, %tl.body.preheader811 ]
  %74 = add nsw i64 %tl.addr.0613.prol, %t0
  %75 = mul nsw i64 %74, %H
  %76 = getelementptr inbounds float, ptr %gh, i64 %75
  %77 = load float, ptr %76, align 4
  %78 = tail call float @llvm.exp.f32(float %77)
  %79 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0613.prol
  store float %78, ptr %79, align 4
  %tl.next.prol = add nuw nsw i64 %tl.addr.0613.prol, 1
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter
  br i1 %prol.iter.cmp.not, label %tl.body.prol.loopexit, label %tl.body.prol, !llvm.loop !0

tl.body.prol.loopexit:                            ; preds = %tl.body.prol, %tl.body.preheader811
  %tl.addr.0613.unr = phi i64 [ %tl.addr.0613.ph, %tl.body.preheader811 ], [ %tl.next.prol, %tl.body.prol ]
  %80 = sub nsw i64 %tl.addr.0613.ph, %smax842
  %81 = icmp ugt i64 %80, -8
  br i1 %81, label %tl1.head.preheader, label %tl.body

vector.ph:                                        ; preds = %tl.body.preheader
  %n.vec = and i64 %smax, 56
  %invariant.gep876 = getelementptr float, ptr %gh, i64 %t0
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %gep877 = getelementptr float, ptr %invariant.gep876, i64 %index
  %wide.load = load <8 x float>, ptr %gep877, align 4
  %82 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %wide.load)
  %83 = getelementptr inbounds float, ptr %alphas, i64 %index
  store <8 x float> %82, ptr %83, align 4
  %index.next = add nuw i64 %index, 8
  %84 = icmp eq i64 %index.next, %n.vec
  br i1 %84, label %middle.block, label %vector.body, !llvm.loop !2

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %smax, %n.vec
  br i1 %cmp.n, label %tl1.head.preheader, label %tl.body.preheader811

tl1.head.preheader:                               ; preds = %tl.body.prol.loopexit, %tl.body, %middle.block
  br i1 %73, label %j3.head.preheader.preheader, label %tl1.exit

j3.head.preheader.preheader:                      ; preds = %tl1.head.preheader
  %85 = getelementptr i8, ptr %58, i64 %68
  %xtraiter845 = and i64 %smax844, 7
  %86 = icmp slt i64 %indvars.iv, 8
  br i1 %86, label %tl1.exit.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax844, 56
  br label %j3.head.preheader

tl.body:                                          ; preds = %tl.body.prol.loopexit, %tl.body
  %tl.addr.0613 = phi i64 [ %tl.next.7, %tl.body ], [ %tl.addr.0613.unr, %tl.body.prol.loopexit ]
  %87 = add nsw i64 %tl.addr.0613, %t0
  %88 = mul nsw i64 %87, %H
  %89 = getelementptr inbounds float, ptr %gh, i64 %88
  %90 = load float, ptr %89, align 4
  %91 = tail call float @llvm.exp.f32(float %90)
  %92 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0613
  store float %91, ptr %92, align 4
  %tl.next = add nuw nsw i64 %tl.addr.0613, 1
  %93 = add nsw i64 %tl.next, %t0
  %94 = mul nsw i64 %93, %H
  %95 = getelementptr inbounds float, ptr %gh, i64 %94
  %96 = load float, ptr %95, align 4
  %97 = tail call float @llvm.exp.f32(float %96)
  %98 = getelementptr inbounds float, ptr %alphas, i64 %tl.next
  store float %97, ptr %98, align 4
  %tl.next.1 = add nuw nsw i64 %tl.addr.0613, 2
  %99 = add nsw i64 %tl.next.1, %t0
  %100 = mul nsw i64 %99, %H
  %101 = getelementptr inbounds float, ptr %gh, i64 %100
  %102 = load float, ptr %101, align 4
  %103 = tail call float @llvm.exp.f32(float %102)
  %104 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.1
  store float %103, ptr %104, align 4
  %tl.next.2 = add nuw nsw i64 %tl.addr.0613, 3
  %105 = add nsw i64 %tl.next.2, %t0
  %106 = mul nsw i64 %105, %H
  %107 = getelementptr inbounds float, ptr %gh, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = tail call float @llvm.exp.f32(float %108)
  %110 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.2
  store float %109, ptr %110, align 4
  %tl.next.3 = add nuw nsw i64 %tl.addr.0613, 4
  %111 = add nsw i64 %tl.next.3, %t0
  %112 = mul nsw i64 %111, %H
  %113 = getelementptr inbounds float, ptr %gh, i64 %112
  %114 = load float, ptr %113, align 4
  %115 = tail call float @llvm.exp.f32(float %114)
  %116 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.3
  store float %115, ptr %116, align 4
  %tl.next.4 = add nuw nsw i64 %tl.addr.0613, 5
  %117 = add nsw i64 %tl.next.4, %t0
  %118 = mul nsw i64 %117, %H
  %119 = getelementptr inbounds float, ptr %gh, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = tail call float @llvm.exp.f32(float %120)
  %122 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.4
  store float %121, ptr %122, align 4
  %tl.next.5 = add nuw nsw i64 %tl.addr.0613, 6
  %123 = add nsw i64 %tl.next.5, %t0
  %124 = mul nsw i64 %123, %H
  %125 = getelementptr inbounds float, ptr %gh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = tail call float @llvm.exp.f32(float %126)
  %128 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.5
  store float %127, ptr %128, align 4
  %tl.next.6 = add nuw nsw i64 %tl.addr.0613, 7
  %129 = add nsw i64 %tl.next.6, %t0
  %130 = mul nsw i64 %129, %H
  %131 = getelementptr inbounds float, ptr %gh, i64 %130
  %132 = load float, ptr %131, align 4
  %133 = tail call float @llvm.exp.f32(float %132)
  %134 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.6
  store float %133, ptr %134, align 4
  %tl.next.7 = add nuw nsw i64 %tl.addr.0613, 8
  %exitcond.not.7 = icmp eq i64 %tl.next.7, %smax730
  br i1 %exitcond.not.7, label %tl1.head.preheader, label %tl.body, !llvm.loop !5

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl1.addr.0615 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl1.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %135 = mul i64 %30, %tl1.addr.0615
  %scevgep = getelementptr i8, ptr %85, i64 %135
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl1.next = or disjoint i64 %tl1.addr.0615, 1
  %136 = mul i64 %30, %tl1.next
  %scevgep.1 = getelementptr i8, ptr %85, i64 %136
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl1.next.1 = or disjoint i64 %tl1.addr.0615, 2
  %137 = mul i64 %30, %tl1.next.1
  %scevgep.2 = getelementptr i8, ptr %85, i64 %137
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl1.next.2 = or disjoint i64 %tl1.addr.0615, 3
  %138 = mul i64 %30, %tl1.next.2
  %scevgep.3 = getelementptr i8, ptr %85, i64 %138
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl1.next.3 = or disjoint i64 %tl1.addr.0615, 4
  %139 = mul i64 %30, %tl1.next.3
  %scevgep.4 = getelementptr i8, ptr %85, i64 %139
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl1.next.4 = or disjoint i64 %tl1.addr.0615, 5
  %140 = mul i64 %30, %tl1.next.4
  %scevgep.5 = getelementptr i8, ptr %85, i64 %140
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl1.next.5 = or disjoint i64 %tl1.addr.0615, 6
  %141 = mul i64 %30, %tl1.next.5
  %scevgep.6 = getelementptr i8, ptr %85, i64 %141
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl1.next.6 = or disjoint i64 %tl1.addr.0615, 7
  %142 = mul i64 %30, %tl1.next.6
  %scevgep.7 = getelementptr i8, ptr %85, i64 %142
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl1.next.7 = add nuw nsw i64 %tl1.addr.0615, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %tl1.exit.loopexit.unr-lcssa, label %j3.head.preheader

tl1.exit.loopexit.unr-lcssa:                      ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl1.addr.0615.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl1.next.7, %j3.head.preheader ]
  %lcmp.mod846.not = icmp eq i64 %xtraiter845, 0
  br i1 %lcmp.mod846.not, label %tl1.exit, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %tl1.exit.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl1.addr.0615.epil = phi i64 [ %tl1.next.epil, %j3.head.preheader.epil ], [ %tl1.addr.0615.unr, %tl1.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %tl1.exit.loopexit.unr-lcssa ]
  %143 = mul i64 %30, %tl1.addr.0615.epil
  %scevgep.epil = getelementptr i8, ptr %85, i64 %143
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl1.next.epil = add nuw nsw i64 %tl1.addr.0615.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter845
  br i1 %epil.iter.cmp.not, label %tl1.exit, label %j3.head.preheader.epil, !llvm.loop !6

tl1.exit:                                         ; preds = %tl1.exit.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body, %tl1.head.preheader
  %144 = load float, ptr %alphas, align 4
  %145 = mul i64 %4, %ci
  %146 = insertelement <8 x float> poison, float %144, i64 0
  %147 = shufflevector <8 x float> %146, <8 x float> poison, <8 x i32> zeroinitializer
  %invariant.gep = getelementptr float, ptr %kh, i64 %145
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %tl1.exit
  %acc.0620 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %183, %i4.body ]
  %acc1.0619 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %189, %i4.body ]
  %acc2.0618 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %195, %i4.body ]
  %acc3.0617 = phi <8 x float> [ zeroinitializer, %tl1.exit ], [ %201, %i4.body ]
  %i4.addr.0616 = phi i64 [ 0, %tl1.exit ], [ %i4.next.1, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0616
  %148 = load float, ptr %gep, align 4
  %149 = shl nuw nsw i64 %i4.addr.0616, 5
  %150 = getelementptr inbounds float, ptr %work, i64 %149
  %151 = load <8 x float>, ptr %150, align 4
  %152 = fmul <8 x float> %147, %151
  %153 = getelementptr inbounds float, ptr %Sh, i64 %149
  store <8 x float> %152, ptr %153, align 4
  %154 = insertelement <8 x float> poison, float %148, i64 0
  %155 = shufflevector <8 x float> %154, <8 x float> poison, <8 x i32> zeroinitializer
  %156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %152, <8 x float> %acc.0620)
  %157 = or disjoint i64 %149, 8
  %158 = getelementptr inbounds float, ptr %work, i64 %157
  %159 = load <8 x float>, ptr %158, align 4
  %160 = fmul <8 x float> %147, %159
  %161 = getelementptr inbounds float, ptr %Sh, i64 %157
  store <8 x float> %160, ptr %161, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %160, <8 x float> %acc1.0619)
  %163 = or disjoint i64 %149, 16
  %164 = getelementptr inbounds float, ptr %work, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = fmul <8 x float> %147, %165
  %167 = getelementptr inbounds float, ptr %Sh, i64 %163
  store <8 x float> %166, ptr %167, align 4
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %166, <8 x float> %acc2.0618)
  %169 = or disjoint i64 %149, 24
  %170 = getelementptr inbounds float, ptr %work, i64 %169
  %171 = load <8 x float>, ptr %170, align 4
  %172 = fmul <8 x float> %147, %171
  %173 = getelementptr inbounds float, ptr %Sh, i64 %169
  store <8 x float> %172, ptr %173, align 4
  %174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %155, <8 x float> %172, <8 x float> %acc3.0617)
  %i4.next = or disjoint i64 %i4.addr.0616, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %175 = load float, ptr %gep.1, align 4
  %176 = shl nuw nsw i64 %i4.next, 5
  %177 = getelementptr inbounds float, ptr %work, i64 %176
  %178 = load <8 x float>, ptr %177, align 4
  %179 = fmul <8 x float> %147, %178
  %180 = getelementptr inbounds float, ptr %Sh, i64 %176
  store <8 x float> %179, ptr %180, align 4
  %181 = insertelement <8 x float> poison, float %175, i64 0
  %182 = shufflevector <8 x float> %181, <8 x float> poison, <8 x i32> zeroinitializer
  %183 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %179, <8 x float> %156)
  %184 = or disjoint i64 %176, 8
  %185 = getelementptr inbounds float, ptr %work, i64 %184
  %186 = load <8 x float>, ptr %185, align 4
  %187 = fmul <8 x float> %147, %186
  %188 = getelementptr inbounds float, ptr %Sh, i64 %184
  store <8 x float> %187, ptr %188, align 4
  %189 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %187, <8 x float> %162)
  %190 = or disjoint i64 %176, 16
  %191 = getelementptr inbounds float, ptr %work, i64 %190
  %192 = load <8 x float>, ptr %191, align 4
  %193 = fmul <8 x float> %147, %192
  %194 = getelementptr inbounds float, ptr %Sh, i64 %190
  store <8 x float> %193, ptr %194, align 4
  %195 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %193, <8 x float> %168)
  %196 = or disjoint i64 %176, 24
  %197 = getelementptr inbounds float, ptr %work, i64 %196
  %198 = load <8 x float>, ptr %197, align 4
  %199 = fmul <8 x float> %147, %198
  %200 = getelementptr inbounds float, ptr %Sh, i64 %196
  store <8 x float> %199, ptr %200, align 4
  %201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %199, <8 x float> %174)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0616, 2
  %exitcond719.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond719.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %202 = shl nsw i64 %ci, 6
  %203 = mul nsw i64 %202, %H
  %204 = getelementptr inbounds float, ptr %betah, i64 %203
  %205 = load float, ptr %204, align 4
  %206 = mul nsw i64 %202, %sq
  %207 = getelementptr inbounds float, ptr %vh, i64 %206
  %208 = load <8 x float>, ptr %207, align 4
  %209 = fsub <8 x float> %208, %183
  store <8 x float> %209, ptr %R, align 4
  %210 = insertelement <8 x float> poison, float %205, i64 0
  %211 = shufflevector <8 x float> %210, <8 x float> poison, <8 x i32> zeroinitializer
  %212 = fmul <8 x float> %211, %209
  %213 = or disjoint i64 %206, 8
  %214 = getelementptr inbounds float, ptr %vh, i64 %213
  %215 = load <8 x float>, ptr %214, align 4
  %216 = fsub <8 x float> %215, %189
  store <8 x float> %216, ptr %5, align 4
  %217 = fmul <8 x float> %211, %216
  %218 = or disjoint i64 %206, 16
  %219 = getelementptr inbounds float, ptr %vh, i64 %218
  %220 = load <8 x float>, ptr %219, align 4
  %221 = fsub <8 x float> %220, %195
  store <8 x float> %221, ptr %6, align 4
  %222 = fmul <8 x float> %211, %221
  %223 = or disjoint i64 %206, 24
  %224 = getelementptr inbounds float, ptr %vh, i64 %223
  %225 = load <8 x float>, ptr %224, align 4
  %226 = fsub <8 x float> %225, %201
  store <8 x float> %226, ptr %7, align 4
  %227 = fmul <8 x float> %211, %226
  %228 = or disjoint i64 %202, 1
  %229 = mul nsw i64 %228, %sq
  %invariant.gep768 = getelementptr float, ptr %kh, i64 %229
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc4.0625 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %275, %i5.body ]
  %acc5.0624 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %281, %i5.body ]
  %acc6.0623 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %287, %i5.body ]
  %acc744.0622 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %293, %i5.body ]
  %i5.addr.0621 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %230 = or disjoint i64 %i5.addr.0621, %206
  %231 = getelementptr inbounds float, ptr %kh, i64 %230
  %232 = load float, ptr %231, align 4
  %gep769 = getelementptr float, ptr %invariant.gep768, i64 %i5.addr.0621
  %233 = load float, ptr %gep769, align 4
  %234 = insertelement <8 x float> poison, float %232, i64 0
  %235 = shufflevector <8 x float> %234, <8 x float> poison, <8 x i32> zeroinitializer
  %236 = shl nuw nsw i64 %i5.addr.0621, 5
  %237 = getelementptr inbounds float, ptr %Sh, i64 %236
  %238 = load <8 x float>, ptr %237, align 4
  %239 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %212, <8 x float> %238)
  %240 = getelementptr inbounds float, ptr %Sroll, i64 %236
  store <8 x float> %239, ptr %240, align 4
  %241 = insertelement <8 x float> poison, float %233, i64 0
  %242 = shufflevector <8 x float> %241, <8 x float> poison, <8 x i32> zeroinitializer
  %243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %239, <8 x float> %acc4.0625)
  %244 = or disjoint i64 %236, 8
  %245 = getelementptr inbounds float, ptr %Sh, i64 %244
  %246 = load <8 x float>, ptr %245, align 4
  %247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %217, <8 x float> %246)
  %248 = getelementptr inbounds float, ptr %Sroll, i64 %244
  store <8 x float> %247, ptr %248, align 4
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %247, <8 x float> %acc5.0624)
  %250 = or disjoint i64 %236, 16
  %251 = getelementptr inbounds float, ptr %Sh, i64 %250
  %252 = load <8 x float>, ptr %251, align 4
  %253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %222, <8 x float> %252)
  %254 = getelementptr inbounds float, ptr %Sroll, i64 %250
  store <8 x float> %253, ptr %254, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %253, <8 x float> %acc6.0623)
  %256 = or disjoint i64 %236, 24
  %257 = getelementptr inbounds float, ptr %Sh, i64 %256
  %258 = load <8 x float>, ptr %257, align 4
  %259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %227, <8 x float> %258)
  %260 = getelementptr inbounds float, ptr %Sroll, i64 %256
  store <8 x float> %259, ptr %260, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %259, <8 x float> %acc744.0622)
  %i5.next = or disjoint i64 %i5.addr.0621, 1
  %262 = or disjoint i64 %i5.next, %206
  %263 = getelementptr inbounds float, ptr %kh, i64 %262
  %264 = load float, ptr %263, align 4
  %gep769.1 = getelementptr float, ptr %invariant.gep768, i64 %i5.next
  %265 = load float, ptr %gep769.1, align 4
  %266 = insertelement <8 x float> poison, float %264, i64 0
  %267 = shufflevector <8 x float> %266, <8 x float> poison, <8 x i32> zeroinitializer
  %268 = shl nuw nsw i64 %i5.next, 5
  %269 = getelementptr inbounds float, ptr %Sh, i64 %268
  %270 = load <8 x float>, ptr %269, align 4
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %212, <8 x float> %270)
  %272 = getelementptr inbounds float, ptr %Sroll, i64 %268
  store <8 x float> %271, ptr %272, align 4
  %273 = insertelement <8 x float> poison, float %265, i64 0
  %274 = shufflevector <8 x float> %273, <8 x float> poison, <8 x i32> zeroinitializer
  %275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %271, <8 x float> %243)
  %276 = or disjoint i64 %268, 8
  %277 = getelementptr inbounds float, ptr %Sh, i64 %276
  %278 = load <8 x float>, ptr %277, align 4
  %279 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %217, <8 x float> %278)
  %280 = getelementptr inbounds float, ptr %Sroll, i64 %276
  store <8 x float> %279, ptr %280, align 4
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %279, <8 x float> %249)
  %282 = or disjoint i64 %268, 16
  %283 = getelementptr inbounds float, ptr %Sh, i64 %282
  %284 = load <8 x float>, ptr %283, align 4
  %285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %222, <8 x float> %284)
  %286 = getelementptr inbounds float, ptr %Sroll, i64 %282
  store <8 x float> %285, ptr %286, align 4
  %287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %285, <8 x float> %255)
  %288 = or disjoint i64 %268, 24
  %289 = getelementptr inbounds float, ptr %Sh, i64 %288
  %290 = load <8 x float>, ptr %289, align 4
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %227, <8 x float> %290)
  %292 = getelementptr inbounds float, ptr %Sroll, i64 %288
  store <8 x float> %291, ptr %292, align 4
  %293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %291, <8 x float> %261)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0621, 2
  %exitcond720.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond720.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %294 = mul nsw i64 %228, %H
  %295 = getelementptr inbounds float, ptr %betah, i64 %294
  %296 = load float, ptr %295, align 4
  %297 = getelementptr inbounds float, ptr %vh, i64 %229
  %298 = load <8 x float>, ptr %297, align 4
  %299 = fsub <8 x float> %298, %275
  store <8 x float> %299, ptr %8, align 4
  %300 = insertelement <8 x float> poison, float %296, i64 0
  %301 = shufflevector <8 x float> %300, <8 x float> poison, <8 x i32> zeroinitializer
  %302 = fmul <8 x float> %301, %299
  %303 = or disjoint i64 %229, 8
  %304 = getelementptr inbounds float, ptr %vh, i64 %303
  %305 = load <8 x float>, ptr %304, align 4
  %306 = fsub <8 x float> %305, %281
  store <8 x float> %306, ptr %9, align 4
  %307 = fmul <8 x float> %301, %306
  %308 = or disjoint i64 %229, 16
  %309 = getelementptr inbounds float, ptr %vh, i64 %308
  %310 = load <8 x float>, ptr %309, align 4
  %311 = fsub <8 x float> %310, %287
  store <8 x float> %311, ptr %10, align 4
  %312 = fmul <8 x float> %301, %311
  %313 = or disjoint i64 %229, 24
  %314 = getelementptr inbounds float, ptr %vh, i64 %313
  %315 = load <8 x float>, ptr %314, align 4
  %316 = fsub <8 x float> %315, %293
  store <8 x float> %316, ptr %11, align 4
  %317 = fmul <8 x float> %301, %316
  %318 = icmp sgt i64 %72, 1
  br i1 %318, label %tl2.body.lr.ph, label %tl2.exit

tl2.body.lr.ph:                                   ; preds = %i5.exit
  %319 = add i64 %t0, -1
  br label %tl2.body

tl2.body:                                         ; preds = %tl2.body.lr.ph, %i7.exit
  %delta.0640 = phi <8 x float> [ %302, %tl2.body.lr.ph ], [ %535, %i7.exit ]
  %delta1.0639 = phi <8 x float> [ %307, %tl2.body.lr.ph ], [ %542, %i7.exit ]
  %delta2.0638 = phi <8 x float> [ %312, %tl2.body.lr.ph ], [ %549, %i7.exit ]
  %delta3.0637 = phi <8 x float> [ %317, %tl2.body.lr.ph ], [ %556, %i7.exit ]
  %tl2.addr.0636 = phi i64 [ 1, %tl2.body.lr.ph ], [ %tl2.next, %i7.exit ]
  %320 = getelementptr inbounds float, ptr %alphas, i64 %tl2.addr.0636
  %321 = load float, ptr %320, align 4
  %322 = add i64 %319, %tl2.addr.0636
  %323 = shl nsw i64 %322, 1
  %324 = or disjoint i64 %323, 1
  %325 = mul nsw i64 %324, %sq
  %326 = add nsw i64 %tl2.addr.0636, %t0
  %327 = mul i64 %12, %326
  %328 = mul nsw i64 %322, %sq
  %329 = getelementptr inbounds float, ptr %oh, i64 %328
  %330 = load <8 x float>, ptr %329, align 4
  %331 = insertelement <8 x float> poison, float %321, i64 0
  %332 = shufflevector <8 x float> %331, <8 x float> poison, <8 x i32> zeroinitializer
  %333 = shl nsw i64 %tl2.addr.0636, 10
  %334 = or disjoint i64 %328, 8
  %335 = getelementptr inbounds float, ptr %oh, i64 %334
  %336 = load <8 x float>, ptr %335, align 4
  %337 = or disjoint i64 %328, 16
  %338 = getelementptr inbounds float, ptr %oh, i64 %337
  %339 = load <8 x float>, ptr %338, align 4
  %340 = or disjoint i64 %328, 24
  %341 = getelementptr inbounds float, ptr %oh, i64 %340
  %342 = load <8 x float>, ptr %341, align 4
  br label %i6.body

tl2.exit:                                         ; preds = %i7.exit, %i5.exit
  %delta3.0.lcssa = phi <8 x float> [ %317, %i5.exit ], [ %556, %i7.exit ]
  %delta2.0.lcssa = phi <8 x float> [ %312, %i5.exit ], [ %549, %i7.exit ]
  %delta1.0.lcssa = phi <8 x float> [ %307, %i5.exit ], [ %542, %i7.exit ]
  %delta.0.lcssa = phi <8 x float> [ %302, %i5.exit ], [ %535, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %343 = add nsw i64 %tlast, %t0
  %344 = shl nsw i64 %343, 1
  %345 = or disjoint i64 %344, 1
  %346 = mul nsw i64 %345, %sq
  %347 = mul nsw i64 %343, %sq
  %348 = getelementptr inbounds float, ptr %oh, i64 %347
  %349 = load <8 x float>, ptr %348, align 4
  %350 = or disjoint i64 %347, 8
  %351 = getelementptr inbounds float, ptr %oh, i64 %350
  %352 = load <8 x float>, ptr %351, align 4
  %353 = or disjoint i64 %347, 16
  %354 = getelementptr inbounds float, ptr %oh, i64 %353
  %355 = load <8 x float>, ptr %354, align 4
  %356 = or disjoint i64 %347, 24
  %357 = getelementptr inbounds float, ptr %oh, i64 %356
  %358 = load <8 x float>, ptr %357, align 4
  %invariant.gep772 = getelementptr float, ptr %kh, i64 %346
  br label %i8.body

i6.body:                                          ; preds = %tl2.body, %i6.body
  %acc8.0630 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %376, %i6.body ]
  %acc9.0629 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %385, %i6.body ]
  %acc10.0628 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %394, %i6.body ]
  %acc11.0627 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %403, %i6.body ]
  %i6.addr.0626 = phi i64 [ 0, %tl2.body ], [ %i6.next, %i6.body ]
  %359 = getelementptr float, ptr %kh, i64 %i6.addr.0626
  %360 = getelementptr float, ptr %359, i64 %325
  %361 = load float, ptr %360, align 4
  %362 = getelementptr float, ptr %359, i64 %327
  %363 = load float, ptr %362, align 4
  %364 = insertelement <8 x float> poison, float %361, i64 0
  %365 = shufflevector <8 x float> %364, <8 x float> poison, <8 x i32> zeroinitializer
  %366 = shl nuw nsw i64 %i6.addr.0626, 5
  %367 = getelementptr inbounds float, ptr %Sroll, i64 %366
  %368 = load <8 x float>, ptr %367, align 4
  %369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %delta.0640, <8 x float> %368)
  %370 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %369, <8 x float> %330, <8 x float> zeroinitializer)
  %371 = fmul <8 x float> %332, %369
  %372 = add nuw nsw i64 %366, %333
  %373 = getelementptr inbounds float, ptr %Sh, i64 %372
  store <8 x float> %371, ptr %373, align 4
  %374 = insertelement <8 x float> poison, float %363, i64 0
  %375 = shufflevector <8 x float> %374, <8 x float> poison, <8 x i32> zeroinitializer
  %376 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %375, <8 x float> %371, <8 x float> %acc8.0630)
  %377 = or disjoint i64 %366, 8
  %378 = getelementptr inbounds float, ptr %Sroll, i64 %377
  %379 = load <8 x float>, ptr %378, align 4
  %380 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %delta1.0639, <8 x float> %379)
  %381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %380, <8 x float> %336, <8 x float> %370)
  %382 = fmul <8 x float> %332, %380
  %383 = or disjoint i64 %372, 8
  %384 = getelementptr inbounds float, ptr %Sh, i64 %383
  store <8 x float> %382, ptr %384, align 4
  %385 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %375, <8 x float> %382, <8 x float> %acc9.0629)
  %386 = or disjoint i64 %366, 16
  %387 = getelementptr inbounds float, ptr %Sroll, i64 %386
  %388 = load <8 x float>, ptr %387, align 4
  %389 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %delta2.0638, <8 x float> %388)
  %390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %389, <8 x float> %339, <8 x float> %381)
  %391 = fmul <8 x float> %332, %389
  %392 = or disjoint i64 %372, 16
  %393 = getelementptr inbounds float, ptr %Sh, i64 %392
  store <8 x float> %391, ptr %393, align 4
  %394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %375, <8 x float> %391, <8 x float> %acc10.0628)
  %395 = or disjoint i64 %366, 24
  %396 = getelementptr inbounds float, ptr %Sroll, i64 %395
  %397 = load <8 x float>, ptr %396, align 4
  %398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %365, <8 x float> %delta3.0637, <8 x float> %397)
  %399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %342, <8 x float> %390)
  %400 = fmul <8 x float> %332, %398
  %401 = or disjoint i64 %372, 24
  %402 = getelementptr inbounds float, ptr %Sh, i64 %401
  store <8 x float> %400, ptr %402, align 4
  %403 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %375, <8 x float> %400, <8 x float> %acc11.0627)
  %404 = or disjoint i64 %i6.addr.0626, %328
  %405 = getelementptr inbounds float, ptr %qh1, i64 %404
  %406 = load float, ptr %405, align 4
  %407 = shufflevector <8 x float> %399, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %408 = shufflevector <8 x float> %399, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %409 = fadd <4 x float> %407, %408
  %410 = shufflevector <4 x float> %409, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %411 = shufflevector <4 x float> %409, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %412 = fadd <2 x float> %410, %411
  %shift = shufflevector <2 x float> %412, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %413 = fadd <2 x float> %412, %shift
  %414 = extractelement <2 x float> %413, i64 0
  %415 = fmul float %414, 0x3FC6A09E60000000
  %416 = fadd float %406, %415
  store float %416, ptr %405, align 4
  %i6.next = add nuw nsw i64 %i6.addr.0626, 1
  %exitcond721.not = icmp eq i64 %i6.next, 32
  br i1 %exitcond721.not, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %417 = shl nsw i64 %326, 1
  %418 = mul nsw i64 %417, %H
  %419 = getelementptr inbounds float, ptr %betah, i64 %418
  %420 = load float, ptr %419, align 4
  %421 = mul nsw i64 %417, %sq
  %422 = getelementptr inbounds float, ptr %vh, i64 %421
  %423 = load <8 x float>, ptr %422, align 4
  %424 = fsub <8 x float> %423, %376
  %425 = shl i64 %tl2.addr.0636, 6
  %426 = getelementptr inbounds float, ptr %R, i64 %425
  store <8 x float> %424, ptr %426, align 4
  %427 = insertelement <8 x float> poison, float %420, i64 0
  %428 = shufflevector <8 x float> %427, <8 x float> poison, <8 x i32> zeroinitializer
  %429 = fmul <8 x float> %428, %424
  %430 = or disjoint i64 %421, 8
  %431 = getelementptr inbounds float, ptr %vh, i64 %430
  %432 = load <8 x float>, ptr %431, align 4
  %433 = fsub <8 x float> %432, %385
  %434 = or disjoint i64 %425, 8
  %435 = getelementptr inbounds float, ptr %R, i64 %434
  store <8 x float> %433, ptr %435, align 4
  %436 = fmul <8 x float> %428, %433
  %437 = or disjoint i64 %421, 16
  %438 = getelementptr inbounds float, ptr %vh, i64 %437
  %439 = load <8 x float>, ptr %438, align 4
  %440 = fsub <8 x float> %439, %394
  %441 = or disjoint i64 %425, 16
  %442 = getelementptr inbounds float, ptr %R, i64 %441
  store <8 x float> %440, ptr %442, align 4
  %443 = fmul <8 x float> %428, %440
  %444 = or disjoint i64 %421, 24
  %445 = getelementptr inbounds float, ptr %vh, i64 %444
  %446 = load <8 x float>, ptr %445, align 4
  %447 = fsub <8 x float> %446, %403
  %448 = or disjoint i64 %425, 24
  %449 = getelementptr inbounds float, ptr %R, i64 %448
  store <8 x float> %447, ptr %449, align 4
  %450 = fmul <8 x float> %428, %447
  %451 = or disjoint i64 %417, 1
  %452 = mul nsw i64 %451, %sq
  %invariant.gep770 = getelementptr float, ptr %kh, i64 %452
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc12.0635 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %503, %i7.body ]
  %acc13.0634 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %510, %i7.body ]
  %acc14.0633 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %517, %i7.body ]
  %acc15.0632 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %524, %i7.body ]
  %i7.addr.0631 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %453 = or disjoint i64 %i7.addr.0631, %421
  %454 = getelementptr inbounds float, ptr %kh, i64 %453
  %455 = load float, ptr %454, align 4
  %gep771 = getelementptr float, ptr %invariant.gep770, i64 %i7.addr.0631
  %456 = load float, ptr %gep771, align 4
  %457 = insertelement <8 x float> poison, float %455, i64 0
  %458 = shufflevector <8 x float> %457, <8 x float> poison, <8 x i32> zeroinitializer
  %459 = shl nuw nsw i64 %i7.addr.0631, 5
  %460 = add nuw nsw i64 %459, %333
  %461 = getelementptr inbounds float, ptr %Sh, i64 %460
  %462 = load <8 x float>, ptr %461, align 4
  %463 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %429, <8 x float> %462)
  %464 = getelementptr inbounds float, ptr %Sroll, i64 %459
  store <8 x float> %463, ptr %464, align 4
  %465 = insertelement <8 x float> poison, float %456, i64 0
  %466 = shufflevector <8 x float> %465, <8 x float> poison, <8 x i32> zeroinitializer
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %463, <8 x float> %acc12.0635)
  %468 = or disjoint i64 %460, 8
  %469 = getelementptr inbounds float, ptr %Sh, i64 %468
  %470 = load <8 x float>, ptr %469, align 4
  %471 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %436, <8 x float> %470)
  %472 = or disjoint i64 %459, 8
  %473 = getelementptr inbounds float, ptr %Sroll, i64 %472
  store <8 x float> %471, ptr %473, align 4
  %474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %471, <8 x float> %acc13.0634)
  %475 = or disjoint i64 %460, 16
  %476 = getelementptr inbounds float, ptr %Sh, i64 %475
  %477 = load <8 x float>, ptr %476, align 4
  %478 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %443, <8 x float> %477)
  %479 = or disjoint i64 %459, 16
  %480 = getelementptr inbounds float, ptr %Sroll, i64 %479
  store <8 x float> %478, ptr %480, align 4
  %481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %478, <8 x float> %acc14.0633)
  %482 = or disjoint i64 %460, 24
  %483 = getelementptr inbounds float, ptr %Sh, i64 %482
  %484 = load <8 x float>, ptr %483, align 4
  %485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %450, <8 x float> %484)
  %486 = or disjoint i64 %459, 24
  %487 = getelementptr inbounds float, ptr %Sroll, i64 %486
  store <8 x float> %485, ptr %487, align 4
  %488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %485, <8 x float> %acc15.0632)
  %i7.next = or disjoint i64 %i7.addr.0631, 1
  %489 = or disjoint i64 %i7.next, %421
  %490 = getelementptr inbounds float, ptr %kh, i64 %489
  %491 = load float, ptr %490, align 4
  %gep771.1 = getelementptr float, ptr %invariant.gep770, i64 %i7.next
  %492 = load float, ptr %gep771.1, align 4
  %493 = insertelement <8 x float> poison, float %491, i64 0
  %494 = shufflevector <8 x float> %493, <8 x float> poison, <8 x i32> zeroinitializer
  %495 = shl nuw nsw i64 %i7.next, 5
  %496 = add nuw nsw i64 %495, %333
  %497 = getelementptr inbounds float, ptr %Sh, i64 %496
  %498 = load <8 x float>, ptr %497, align 4
  %499 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %429, <8 x float> %498)
  %500 = getelementptr inbounds float, ptr %Sroll, i64 %495
  store <8 x float> %499, ptr %500, align 4
  %501 = insertelement <8 x float> poison, float %492, i64 0
  %502 = shufflevector <8 x float> %501, <8 x float> poison, <8 x i32> zeroinitializer
  %503 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %502, <8 x float> %499, <8 x float> %467)
  %504 = or disjoint i64 %496, 8
  %505 = getelementptr inbounds float, ptr %Sh, i64 %504
  %506 = load <8 x float>, ptr %505, align 4
  %507 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %436, <8 x float> %506)
  %508 = or disjoint i64 %495, 8
  %509 = getelementptr inbounds float, ptr %Sroll, i64 %508
  store <8 x float> %507, ptr %509, align 4
  %510 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %502, <8 x float> %507, <8 x float> %474)
  %511 = or disjoint i64 %496, 16
  %512 = getelementptr inbounds float, ptr %Sh, i64 %511
  %513 = load <8 x float>, ptr %512, align 4
  %514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %443, <8 x float> %513)
  %515 = or disjoint i64 %495, 16
  %516 = getelementptr inbounds float, ptr %Sroll, i64 %515
  store <8 x float> %514, ptr %516, align 4
  %517 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %502, <8 x float> %514, <8 x float> %481)
  %518 = or disjoint i64 %496, 24
  %519 = getelementptr inbounds float, ptr %Sh, i64 %518
  %520 = load <8 x float>, ptr %519, align 4
  %521 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %450, <8 x float> %520)
  %522 = or disjoint i64 %495, 24
  %523 = getelementptr inbounds float, ptr %Sroll, i64 %522
  store <8 x float> %521, ptr %523, align 4
  %524 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %502, <8 x float> %521, <8 x float> %488)
  %i7.next.1 = add nuw nsw i64 %i7.addr.0631, 2
  %exitcond722.not.1 = icmp eq i64 %i7.next.1, 32
  br i1 %exitcond722.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %525 = mul nsw i64 %451, %H
  %526 = getelementptr inbounds float, ptr %betah, i64 %525
  %527 = load float, ptr %526, align 4
  %528 = getelementptr inbounds float, ptr %vh, i64 %452
  %529 = load <8 x float>, ptr %528, align 4
  %530 = fsub <8 x float> %529, %503
  %531 = or disjoint i64 %425, 32
  %532 = getelementptr inbounds float, ptr %R, i64 %531
  store <8 x float> %530, ptr %532, align 4
  %533 = insertelement <8 x float> poison, float %527, i64 0
  %534 = shufflevector <8 x float> %533, <8 x float> poison, <8 x i32> zeroinitializer
  %535 = fmul <8 x float> %534, %530
  %536 = or disjoint i64 %452, 8
  %537 = getelementptr inbounds float, ptr %vh, i64 %536
  %538 = load <8 x float>, ptr %537, align 4
  %539 = fsub <8 x float> %538, %510
  %540 = or disjoint i64 %425, 40
  %541 = getelementptr inbounds float, ptr %R, i64 %540
  store <8 x float> %539, ptr %541, align 4
  %542 = fmul <8 x float> %534, %539
  %543 = or disjoint i64 %452, 16
  %544 = getelementptr inbounds float, ptr %vh, i64 %543
  %545 = load <8 x float>, ptr %544, align 4
  %546 = fsub <8 x float> %545, %517
  %547 = or disjoint i64 %425, 48
  %548 = getelementptr inbounds float, ptr %R, i64 %547
  store <8 x float> %546, ptr %548, align 4
  %549 = fmul <8 x float> %534, %546
  %550 = or disjoint i64 %452, 24
  %551 = getelementptr inbounds float, ptr %vh, i64 %550
  %552 = load <8 x float>, ptr %551, align 4
  %553 = fsub <8 x float> %552, %524
  %554 = or disjoint i64 %425, 56
  %555 = getelementptr inbounds float, ptr %R, i64 %554
  store <8 x float> %553, ptr %555, align 4
  %556 = fmul <8 x float> %534, %553
  %tl2.next = add nuw nsw i64 %tl2.addr.0636, 1
  %exitcond725.not = icmp eq i64 %tl2.next, %smax724
  br i1 %exitcond725.not, label %tl2.exit, label %tl2.body

tt.head.preheader:                                ; preds = %i8.body
  br i1 %73, label %tt.body, label %tt.exit

i8.body:                                          ; preds = %i8.body, %tl2.exit
  %i8.addr.0644 = phi i64 [ 0, %tl2.exit ], [ %i8.next.1, %i8.body ]
  %gep773 = getelementptr float, ptr %invariant.gep772, i64 %i8.addr.0644
  %557 = load float, ptr %gep773, align 4
  %558 = insertelement <8 x float> poison, float %557, i64 0
  %559 = shufflevector <8 x float> %558, <8 x float> poison, <8 x i32> zeroinitializer
  %560 = shl nuw nsw i64 %i8.addr.0644, 5
  %561 = getelementptr inbounds float, ptr %Sroll, i64 %560
  %562 = load <8 x float>, ptr %561, align 4
  %563 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %delta.0.lcssa, <8 x float> %562)
  %564 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %349, <8 x float> zeroinitializer)
  %565 = or disjoint i64 %560, 8
  %566 = getelementptr inbounds float, ptr %Sroll, i64 %565
  %567 = load <8 x float>, ptr %566, align 4
  %568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %delta1.0.lcssa, <8 x float> %567)
  %569 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %568, <8 x float> %352, <8 x float> %564)
  %570 = or disjoint i64 %560, 16
  %571 = getelementptr inbounds float, ptr %Sroll, i64 %570
  %572 = load <8 x float>, ptr %571, align 4
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %delta2.0.lcssa, <8 x float> %572)
  %574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %573, <8 x float> %355, <8 x float> %569)
  %575 = or disjoint i64 %560, 24
  %576 = getelementptr inbounds float, ptr %Sroll, i64 %575
  %577 = load <8 x float>, ptr %576, align 4
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %delta3.0.lcssa, <8 x float> %577)
  %579 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %578, <8 x float> %358, <8 x float> %574)
  %580 = or disjoint i64 %i8.addr.0644, %347
  %581 = getelementptr inbounds float, ptr %qh1, i64 %580
  %582 = load float, ptr %581, align 4
  %583 = shufflevector <8 x float> %579, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %584 = shufflevector <8 x float> %579, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %585 = fadd <4 x float> %583, %584
  %586 = shufflevector <4 x float> %585, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %587 = shufflevector <4 x float> %585, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %588 = fadd <2 x float> %586, %587
  %shift803 = shufflevector <2 x float> %588, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %589 = fadd <2 x float> %588, %shift803
  %590 = extractelement <2 x float> %589, i64 0
  %591 = fmul float %590, 0x3FC6A09E60000000
  %592 = fadd float %582, %591
  store float %592, ptr %581, align 4
  %i8.next = or disjoint i64 %i8.addr.0644, 1
  %gep773.1 = getelementptr float, ptr %invariant.gep772, i64 %i8.next
  %593 = load float, ptr %gep773.1, align 4
  %594 = insertelement <8 x float> poison, float %593, i64 0
  %595 = shufflevector <8 x float> %594, <8 x float> poison, <8 x i32> zeroinitializer
  %596 = shl nuw nsw i64 %i8.next, 5
  %597 = getelementptr inbounds float, ptr %Sroll, i64 %596
  %598 = load <8 x float>, ptr %597, align 4
  %599 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> %delta.0.lcssa, <8 x float> %598)
  %600 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %349, <8 x float> zeroinitializer)
  %601 = or disjoint i64 %596, 8
  %602 = getelementptr inbounds float, ptr %Sroll, i64 %601
  %603 = load <8 x float>, ptr %602, align 4
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> %delta1.0.lcssa, <8 x float> %603)
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %604, <8 x float> %352, <8 x float> %600)
  %606 = or disjoint i64 %596, 16
  %607 = getelementptr inbounds float, ptr %Sroll, i64 %606
  %608 = load <8 x float>, ptr %607, align 4
  %609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> %delta2.0.lcssa, <8 x float> %608)
  %610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %355, <8 x float> %605)
  %611 = or disjoint i64 %596, 24
  %612 = getelementptr inbounds float, ptr %Sroll, i64 %611
  %613 = load <8 x float>, ptr %612, align 4
  %614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %595, <8 x float> %delta3.0.lcssa, <8 x float> %613)
  %615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %358, <8 x float> %610)
  %616 = or disjoint i64 %i8.next, %347
  %617 = getelementptr inbounds float, ptr %qh1, i64 %616
  %618 = load float, ptr %617, align 4
  %619 = shufflevector <8 x float> %615, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %620 = shufflevector <8 x float> %615, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %621 = fadd <4 x float> %619, %620
  %622 = shufflevector <4 x float> %621, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %623 = shufflevector <4 x float> %621, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %624 = fadd <2 x float> %622, %623
  %shift803.1 = shufflevector <2 x float> %624, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %625 = fadd <2 x float> %624, %shift803.1
  %626 = extractelement <2 x float> %625, i64 0
  %627 = fmul float %626, 0x3FC6A09E60000000
  %628 = fadd float %618, %627
  store float %628, ptr %617, align 4
  %i8.next.1 = add nuw nsw i64 %i8.addr.0644, 2
  %exitcond726.not.1 = icmp eq i64 %i8.next.1, 32
  br i1 %exitcond726.not.1, label %tt.head.preheader, label %i8.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0668 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl3 = sub nsw i64 %tlast, %tt.addr.0668
  %629 = add nsw i64 %tl3, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %629, i64 %tlast)
  %630 = add nsw i64 %ptl, %t0
  %631 = shl nsw i64 %630, 1
  %632 = mul nsw i64 %631, %H
  %633 = getelementptr inbounds float, ptr %betah, i64 %632
  %634 = load float, ptr %633, align 4
  %635 = getelementptr inbounds float, ptr %alphas, i64 %ptl
  %636 = load float, ptr %635, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %637 = icmp slt i64 %629, %L
  %638 = select i1 %637, float %636, float 1.000000e+00
  %.neg = fneg float %634
  %639 = select i1 %637, float %.neg, float -0.000000e+00
  %640 = mul nsw i64 %631, %sq
  %641 = shl nsw i64 %ptl, 10
  %642 = shl nsw i64 %ptl, 6
  %643 = getelementptr inbounds float, ptr %R, i64 %642
  %644 = insertelement <8 x float> poison, float %638, i64 0
  %645 = shufflevector <8 x float> %644, <8 x float> poison, <8 x i32> zeroinitializer
  %646 = or disjoint i64 %642, 8
  %647 = getelementptr inbounds float, ptr %R, i64 %646
  %648 = or disjoint i64 %642, 16
  %649 = getelementptr inbounds float, ptr %R, i64 %648
  %650 = or disjoint i64 %642, 24
  %651 = getelementptr inbounds float, ptr %R, i64 %650
  %652 = add nsw i64 %tl3, %t0
  %653 = mul nsw i64 %652, %sq
  %654 = getelementptr inbounds float, ptr %oh, i64 %653
  %655 = load <8 x float>, ptr %654, align 4
  %656 = or disjoint i64 %653, 8
  %657 = getelementptr inbounds float, ptr %oh, i64 %656
  %658 = load <8 x float>, ptr %657, align 4
  %659 = or disjoint i64 %653, 16
  %660 = getelementptr inbounds float, ptr %oh, i64 %659
  %661 = load <8 x float>, ptr %660, align 4
  %662 = or disjoint i64 %653, 24
  %663 = getelementptr inbounds float, ptr %oh, i64 %662
  %664 = load <8 x float>, ptr %663, align 4
  %665 = shl nsw i64 %652, 1
  %666 = or disjoint i64 %665, 1
  %667 = mul nsw i64 %666, %sq
  br label %i10.body

tt.exit:                                          ; preds = %i16.exit, %tt.head.preheader
  %668 = load float, ptr %alphas, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %669 = fneg float %205
  %670 = insertelement <8 x float> poison, float %668, i64 0
  %671 = shufflevector <8 x float> %670, <8 x float> poison, <8 x i32> zeroinitializer
  br label %i22.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dgacc.0651 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %732, %i10.body ]
  %dsk.0650 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %759, %i10.body ]
  %dsk1.0649 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %760, %i10.body ]
  %dsk2.0648 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %761, %i10.body ]
  %dsk3.0647 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %762, %i10.body ]
  %i10.addr.0646 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %672 = shl nuw nsw i64 %i10.addr.0646, 5
  %673 = getelementptr inbounds float, ptr %dS, i64 %672
  %674 = load <8 x float>, ptr %673, align 4
  %675 = or disjoint i64 %672, 8
  %676 = getelementptr inbounds float, ptr %dS, i64 %675
  %677 = load <8 x float>, ptr %676, align 4
  %678 = or disjoint i64 %672, 16
  %679 = getelementptr inbounds float, ptr %dS, i64 %678
  %680 = load <8 x float>, ptr %679, align 4
  %681 = or disjoint i64 %672, 24
  %682 = getelementptr inbounds float, ptr %dS, i64 %681
  %683 = load <8 x float>, ptr %682, align 4
  %684 = getelementptr float, ptr %kh, i64 %i10.addr.0646
  %685 = getelementptr float, ptr %684, i64 %640
  %686 = load float, ptr %685, align 4
  %687 = fmul float %639, %686
  %688 = load <8 x float>, ptr %dSkPrev, align 4
  %689 = add nuw nsw i64 %672, %641
  %690 = getelementptr inbounds float, ptr %Sh, i64 %689
  %691 = load <8 x float>, ptr %690, align 4
  %692 = load <8 x float>, ptr %643, align 4
  %693 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %674, <8 x float> %692, <8 x float> zeroinitializer)
  %694 = fneg <8 x float> %691
  %695 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %694, <8 x float> %688, <8 x float> %693)
  %696 = insertelement <8 x float> poison, float %687, i64 0
  %697 = shufflevector <8 x float> %696, <8 x float> poison, <8 x i32> zeroinitializer
  %698 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %688, <8 x float> %674)
  %699 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %698, <8 x float> %691, <8 x float> %dgacc.0651)
  %700 = fmul <8 x float> %645, %698
  %701 = load <8 x float>, ptr %13, align 4
  %702 = or disjoint i64 %689, 8
  %703 = getelementptr inbounds float, ptr %Sh, i64 %702
  %704 = load <8 x float>, ptr %703, align 4
  %705 = load <8 x float>, ptr %647, align 4
  %706 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %677, <8 x float> %705, <8 x float> %695)
  %707 = fneg <8 x float> %704
  %708 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %701, <8 x float> %706)
  %709 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %701, <8 x float> %677)
  %710 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %704, <8 x float> %699)
  %711 = fmul <8 x float> %645, %709
  %712 = load <8 x float>, ptr %14, align 4
  %713 = or disjoint i64 %689, 16
  %714 = getelementptr inbounds float, ptr %Sh, i64 %713
  %715 = load <8 x float>, ptr %714, align 4
  %716 = load <8 x float>, ptr %649, align 4
  %717 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %680, <8 x float> %716, <8 x float> %708)
  %718 = fneg <8 x float> %715
  %719 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %712, <8 x float> %717)
  %720 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %712, <8 x float> %680)
  %721 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %720, <8 x float> %715, <8 x float> %710)
  %722 = fmul <8 x float> %645, %720
  %723 = load <8 x float>, ptr %15, align 4
  %724 = or disjoint i64 %689, 24
  %725 = getelementptr inbounds float, ptr %Sh, i64 %724
  %726 = load <8 x float>, ptr %725, align 4
  %727 = load <8 x float>, ptr %651, align 4
  %728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %727, <8 x float> %719)
  %729 = fneg <8 x float> %726
  %730 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %729, <8 x float> %723, <8 x float> %728)
  %731 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %723, <8 x float> %683)
  %732 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %731, <8 x float> %726, <8 x float> %721)
  %733 = fmul <8 x float> %645, %731
  %734 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0646
  %735 = load float, ptr %734, align 4
  %736 = shufflevector <8 x float> %730, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %737 = shufflevector <8 x float> %730, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %738 = fadd <4 x float> %736, %737
  %739 = shufflevector <4 x float> %738, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %740 = shufflevector <4 x float> %738, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %741 = fadd <2 x float> %739, %740
  %shift804 = shufflevector <2 x float> %741, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %742 = fadd <2 x float> %741, %shift804
  %743 = extractelement <2 x float> %742, i64 0
  %744 = fadd float %735, %743
  store float %744, ptr %734, align 4
  %745 = or disjoint i64 %i10.addr.0646, %653
  %746 = getelementptr inbounds float, ptr %qh, i64 %745
  %747 = load float, ptr %746, align 4
  %748 = fmul float %747, 0x3FC6A09E60000000
  %749 = insertelement <8 x float> poison, float %748, i64 0
  %750 = shufflevector <8 x float> %749, <8 x float> poison, <8 x i32> zeroinitializer
  %751 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %655, <8 x float> %700)
  %752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %658, <8 x float> %711)
  %753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %661, <8 x float> %722)
  %754 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %664, <8 x float> %733)
  %755 = getelementptr float, ptr %684, i64 %667
  %756 = load float, ptr %755, align 4
  %757 = insertelement <8 x float> poison, float %756, i64 0
  %758 = shufflevector <8 x float> %757, <8 x float> poison, <8 x i32> zeroinitializer
  %759 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> %751, <8 x float> %dsk.0650)
  %760 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> %752, <8 x float> %dsk1.0649)
  %761 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> %753, <8 x float> %dsk2.0648)
  %762 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %758, <8 x float> %754, <8 x float> %dsk3.0647)
  store <8 x float> %751, ptr %673, align 4
  store <8 x float> %752, ptr %676, align 4
  store <8 x float> %753, ptr %679, align 4
  store <8 x float> %754, ptr %682, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0646, 1
  %exitcond727.not = icmp eq i64 %i10.next, 32
  br i1 %exitcond727.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <8 x float> %759, ptr %dSk, align 4
  store <8 x float> %760, ptr %16, align 4
  store <8 x float> %761, ptr %17, align 4
  store <8 x float> %762, ptr %18, align 4
  br i1 %637, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %763 = insertelement <8 x float> poison, float %634, i64 0
  %764 = shufflevector <8 x float> %763, <8 x float> poison, <8 x i32> zeroinitializer
  %765 = load <8 x float>, ptr %dkTmp, align 4
  %766 = fmul <8 x float> %764, %765
  %767 = getelementptr float, ptr %kh1, i64 %640
  store <8 x float> %766, ptr %767, align 4
  %768 = load <8 x float>, ptr %32, align 4
  %769 = fmul <8 x float> %764, %768
  %770 = getelementptr float, ptr %59, i64 %640
  store <8 x float> %769, ptr %770, align 4
  %771 = load <8 x float>, ptr %33, align 4
  %772 = fmul <8 x float> %764, %771
  %773 = getelementptr float, ptr %60, i64 %640
  store <8 x float> %772, ptr %773, align 4
  %774 = load <8 x float>, ptr %34, align 4
  %775 = fmul <8 x float> %764, %774
  %776 = getelementptr float, ptr %61, i64 %640
  store <8 x float> %775, ptr %776, align 4
  %777 = shufflevector <8 x float> %732, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %778 = shufflevector <8 x float> %732, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %779 = fadd <4 x float> %777, %778
  %780 = shufflevector <4 x float> %779, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %781 = shufflevector <4 x float> %779, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %782 = fadd <2 x float> %780, %781
  %shift805 = shufflevector <2 x float> %782, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %783 = fadd <2 x float> %782, %shift805
  %784 = extractelement <2 x float> %783, i64 0
  %785 = mul nsw i64 %630, %H
  %786 = getelementptr inbounds float, ptr %gh1, i64 %785
  store float %784, ptr %786, align 4
  br label %endif

endif:                                            ; preds = %i10.exit, %j5.head.preheader
  %787 = mul nsw i64 %666, %H
  %788 = getelementptr inbounds float, ptr %betah, i64 %787
  %789 = load float, ptr %788, align 4
  %790 = insertelement <8 x float> poison, float %789, i64 0
  %791 = shufflevector <8 x float> %790, <8 x float> poison, <8 x i32> zeroinitializer
  %792 = fmul <8 x float> %791, %759
  %793 = getelementptr float, ptr %vh1, i64 %667
  store <8 x float> %792, ptr %793, align 4
  %794 = fmul <8 x float> %791, %760
  %795 = getelementptr float, ptr %62, i64 %667
  store <8 x float> %794, ptr %795, align 4
  %796 = fmul <8 x float> %791, %761
  %797 = getelementptr float, ptr %63, i64 %667
  store <8 x float> %796, ptr %797, align 4
  %798 = fmul <8 x float> %791, %762
  %799 = getelementptr float, ptr %64, i64 %667
  store <8 x float> %798, ptr %799, align 4
  %.idx678 = shl i64 %tl3, 8
  %800 = getelementptr i8, ptr %R, i64 %.idx678
  %801 = getelementptr i8, ptr %800, i64 128
  %802 = load <8 x float>, ptr %801, align 4
  %803 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %759, <8 x float> %802, <8 x float> zeroinitializer)
  %804 = getelementptr i8, ptr %35, i64 %.idx678
  %805 = getelementptr i8, ptr %804, i64 128
  %806 = load <8 x float>, ptr %805, align 4
  %807 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %760, <8 x float> %806, <8 x float> %803)
  %808 = getelementptr i8, ptr %36, i64 %.idx678
  %809 = getelementptr i8, ptr %808, i64 128
  %810 = load <8 x float>, ptr %809, align 4
  %811 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %761, <8 x float> %810, <8 x float> %807)
  %812 = getelementptr i8, ptr %37, i64 %.idx678
  %813 = getelementptr i8, ptr %812, i64 128
  %814 = load <8 x float>, ptr %813, align 4
  %815 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> %814, <8 x float> %811)
  %816 = shufflevector <8 x float> %815, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %817 = shufflevector <8 x float> %815, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %818 = fadd <4 x float> %816, %817
  %819 = shufflevector <4 x float> %818, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %820 = shufflevector <4 x float> %818, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %821 = fadd <2 x float> %819, %820
  %shift806 = shufflevector <2 x float> %821, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %822 = fadd <2 x float> %821, %shift806
  %823 = extractelement <2 x float> %822, i64 0
  %824 = getelementptr inbounds float, ptr %betah1, i64 %787
  store float %823, ptr %824, align 4
  store <8 x float> %759, ptr %dSkPrev, align 4
  store <8 x float> %760, ptr %38, align 4
  store <8 x float> %761, ptr %39, align 4
  store <8 x float> %762, ptr %40, align 4
  %825 = mul nsw i64 %665, %H
  %826 = getelementptr inbounds float, ptr %betah, i64 %825
  %827 = load float, ptr %826, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %828 = fneg float %789
  %829 = mul nsw i64 %665, %sq
  %830 = shl nsw i64 %tl3, 10
  %831 = shl i64 %tl3, 6
  %832 = getelementptr inbounds float, ptr %R, i64 %831
  %833 = or disjoint i64 %831, 32
  %834 = getelementptr inbounds float, ptr %R, i64 %833
  %835 = or disjoint i64 %831, 8
  %836 = getelementptr inbounds float, ptr %R, i64 %835
  %837 = or disjoint i64 %831, 40
  %838 = getelementptr inbounds float, ptr %R, i64 %837
  %839 = or disjoint i64 %831, 16
  %840 = getelementptr inbounds float, ptr %R, i64 %839
  %841 = or disjoint i64 %831, 48
  %842 = getelementptr inbounds float, ptr %R, i64 %841
  %843 = or disjoint i64 %831, 24
  %844 = getelementptr inbounds float, ptr %R, i64 %843
  %845 = or disjoint i64 %831, 56
  %846 = getelementptr inbounds float, ptr %R, i64 %845
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0662 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk7.0661 = phi <8 x float> [ zeroinitializer, %endif ], [ %930, %i16.body ]
  %dsk6.0660 = phi <8 x float> [ zeroinitializer, %endif ], [ %929, %i16.body ]
  %dsk5.0659 = phi <8 x float> [ zeroinitializer, %endif ], [ %928, %i16.body ]
  %dsk4.0658 = phi <8 x float> [ zeroinitializer, %endif ], [ %927, %i16.body ]
  %847 = shl nuw nsw i64 %i16.addr.0662, 5
  %848 = getelementptr inbounds float, ptr %dS, i64 %847
  %849 = load <8 x float>, ptr %848, align 4
  %850 = or disjoint i64 %847, 8
  %851 = getelementptr inbounds float, ptr %dS, i64 %850
  %852 = load <8 x float>, ptr %851, align 4
  %853 = or disjoint i64 %847, 16
  %854 = getelementptr inbounds float, ptr %dS, i64 %853
  %855 = load <8 x float>, ptr %854, align 4
  %856 = or disjoint i64 %847, 24
  %857 = getelementptr inbounds float, ptr %dS, i64 %856
  %858 = load <8 x float>, ptr %857, align 4
  %859 = getelementptr float, ptr %kh, i64 %i16.addr.0662
  %860 = getelementptr float, ptr %859, i64 %667
  %861 = load float, ptr %860, align 4
  %862 = fmul float %861, %828
  %863 = getelementptr float, ptr %859, i64 %829
  %864 = load float, ptr %863, align 4
  %865 = fmul float %827, %864
  %866 = load <8 x float>, ptr %dSkPrev, align 4
  %867 = add nuw nsw i64 %847, %830
  %868 = getelementptr inbounds float, ptr %Sh, i64 %867
  %869 = load <8 x float>, ptr %868, align 4
  %870 = load <8 x float>, ptr %832, align 4
  %871 = insertelement <8 x float> poison, float %865, i64 0
  %872 = shufflevector <8 x float> %871, <8 x float> poison, <8 x i32> zeroinitializer
  %873 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %870, <8 x float> %869)
  %874 = load <8 x float>, ptr %834, align 4
  %875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %849, <8 x float> %874, <8 x float> zeroinitializer)
  %876 = fneg <8 x float> %873
  %877 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %876, <8 x float> %866, <8 x float> %875)
  %878 = insertelement <8 x float> poison, float %862, i64 0
  %879 = shufflevector <8 x float> %878, <8 x float> poison, <8 x i32> zeroinitializer
  %880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %866, <8 x float> %849)
  %881 = load <8 x float>, ptr %13, align 4
  %882 = or disjoint i64 %867, 8
  %883 = getelementptr inbounds float, ptr %Sh, i64 %882
  %884 = load <8 x float>, ptr %883, align 4
  %885 = load <8 x float>, ptr %836, align 4
  %886 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %885, <8 x float> %884)
  %887 = load <8 x float>, ptr %838, align 4
  %888 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %852, <8 x float> %887, <8 x float> %877)
  %889 = fneg <8 x float> %886
  %890 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %889, <8 x float> %881, <8 x float> %888)
  %891 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %881, <8 x float> %852)
  %892 = load <8 x float>, ptr %14, align 4
  %893 = or disjoint i64 %867, 16
  %894 = getelementptr inbounds float, ptr %Sh, i64 %893
  %895 = load <8 x float>, ptr %894, align 4
  %896 = load <8 x float>, ptr %840, align 4
  %897 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %896, <8 x float> %895)
  %898 = load <8 x float>, ptr %842, align 4
  %899 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %855, <8 x float> %898, <8 x float> %890)
  %900 = fneg <8 x float> %897
  %901 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %900, <8 x float> %892, <8 x float> %899)
  %902 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %892, <8 x float> %855)
  %903 = load <8 x float>, ptr %15, align 4
  %904 = or disjoint i64 %867, 24
  %905 = getelementptr inbounds float, ptr %Sh, i64 %904
  %906 = load <8 x float>, ptr %905, align 4
  %907 = load <8 x float>, ptr %844, align 4
  %908 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %907, <8 x float> %906)
  %909 = load <8 x float>, ptr %846, align 4
  %910 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %858, <8 x float> %909, <8 x float> %901)
  %911 = fneg <8 x float> %908
  %912 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %911, <8 x float> %903, <8 x float> %910)
  %913 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %903, <8 x float> %858)
  %914 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0662
  %915 = load float, ptr %914, align 4
  %916 = shufflevector <8 x float> %912, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %917 = shufflevector <8 x float> %912, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %918 = fadd <4 x float> %916, %917
  %919 = shufflevector <4 x float> %918, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %920 = shufflevector <4 x float> %918, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %921 = fadd <2 x float> %919, %920
  %shift807 = shufflevector <2 x float> %921, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %922 = fadd <2 x float> %921, %shift807
  %923 = extractelement <2 x float> %922, i64 0
  %924 = fadd float %915, %923
  store float %924, ptr %914, align 4
  %925 = insertelement <8 x float> poison, float %864, i64 0
  %926 = shufflevector <8 x float> %925, <8 x float> poison, <8 x i32> zeroinitializer
  %927 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> %880, <8 x float> %dsk4.0658)
  %928 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> %891, <8 x float> %dsk5.0659)
  %929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> %902, <8 x float> %dsk6.0660)
  %930 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %926, <8 x float> %913, <8 x float> %dsk7.0661)
  store <8 x float> %880, ptr %848, align 4
  store <8 x float> %891, ptr %851, align 4
  store <8 x float> %902, ptr %854, align 4
  store <8 x float> %913, ptr %857, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0662, 1
  %exitcond728.not = icmp eq i64 %i16.next, 32
  br i1 %exitcond728.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <8 x float> %927, ptr %dSk, align 4
  store <8 x float> %928, ptr %16, align 4
  store <8 x float> %929, ptr %17, align 4
  store <8 x float> %930, ptr %18, align 4
  %931 = load <8 x float>, ptr %dkTmp, align 4
  %932 = fmul <8 x float> %791, %931
  %933 = getelementptr float, ptr %kh1, i64 %667
  store <8 x float> %932, ptr %933, align 4
  %934 = load <8 x float>, ptr %41, align 4
  %935 = fmul <8 x float> %791, %934
  %936 = getelementptr float, ptr %65, i64 %667
  store <8 x float> %935, ptr %936, align 4
  %937 = load <8 x float>, ptr %42, align 4
  %938 = fmul <8 x float> %791, %937
  %939 = getelementptr float, ptr %66, i64 %667
  store <8 x float> %938, ptr %939, align 4
  %940 = load <8 x float>, ptr %43, align 4
  %941 = fmul <8 x float> %791, %940
  %942 = getelementptr float, ptr %67, i64 %667
  store <8 x float> %941, ptr %942, align 4
  %943 = insertelement <8 x float> poison, float %827, i64 0
  %944 = shufflevector <8 x float> %943, <8 x float> poison, <8 x i32> zeroinitializer
  %945 = fmul <8 x float> %944, %927
  %946 = getelementptr float, ptr %vh1, i64 %829
  store <8 x float> %945, ptr %946, align 4
  %947 = fmul <8 x float> %944, %928
  %948 = getelementptr float, ptr %62, i64 %829
  store <8 x float> %947, ptr %948, align 4
  %949 = fmul <8 x float> %944, %929
  %950 = getelementptr float, ptr %63, i64 %829
  store <8 x float> %949, ptr %950, align 4
  %951 = fmul <8 x float> %944, %930
  %952 = getelementptr float, ptr %64, i64 %829
  store <8 x float> %951, ptr %952, align 4
  %953 = load <8 x float>, ptr %800, align 4
  %954 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %927, <8 x float> %953, <8 x float> zeroinitializer)
  %955 = load <8 x float>, ptr %804, align 4
  %956 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %955, <8 x float> %954)
  %957 = load <8 x float>, ptr %808, align 4
  %958 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %929, <8 x float> %957, <8 x float> %956)
  %959 = load <8 x float>, ptr %812, align 4
  %960 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %930, <8 x float> %959, <8 x float> %958)
  %961 = shufflevector <8 x float> %960, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %962 = shufflevector <8 x float> %960, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %963 = fadd <4 x float> %961, %962
  %964 = shufflevector <4 x float> %963, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %965 = shufflevector <4 x float> %963, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %966 = fadd <2 x float> %964, %965
  %shift808 = shufflevector <2 x float> %966, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %967 = fadd <2 x float> %966, %shift808
  %968 = extractelement <2 x float> %967, i64 0
  %969 = getelementptr inbounds float, ptr %betah1, i64 %825
  store float %968, ptr %969, align 4
  store <8 x float> %927, ptr %dSkPrev, align 4
  store <8 x float> %928, ptr %38, align 4
  store <8 x float> %929, ptr %39, align 4
  store <8 x float> %930, ptr %40, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0668, 1
  %exitcond731.not = icmp eq i64 %tt.next, %smax730
  br i1 %exitcond731.not, label %tt.exit, label %tt.body

j13.head.preheader:                               ; preds = %i22.body
  %970 = load <8 x float>, ptr %dkTmp, align 4
  %971 = fmul <8 x float> %211, %970
  %972 = getelementptr inbounds float, ptr %kh1, i64 %206
  store <8 x float> %971, ptr %972, align 4
  %973 = load <8 x float>, ptr %44, align 4
  %974 = fmul <8 x float> %211, %973
  %975 = getelementptr inbounds float, ptr %kh1, i64 %213
  store <8 x float> %974, ptr %975, align 4
  %976 = load <8 x float>, ptr %45, align 4
  %977 = fmul <8 x float> %211, %976
  %978 = getelementptr inbounds float, ptr %kh1, i64 %218
  store <8 x float> %977, ptr %978, align 4
  %979 = load <8 x float>, ptr %46, align 4
  %980 = fmul <8 x float> %211, %979
  %981 = getelementptr inbounds float, ptr %kh1, i64 %223
  store <8 x float> %980, ptr %981, align 4
  %982 = shufflevector <8 x float> %1048, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %983 = shufflevector <8 x float> %1048, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %984 = fadd <4 x float> %982, %983
  %985 = shufflevector <4 x float> %984, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %986 = shufflevector <4 x float> %984, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %987 = fadd <2 x float> %985, %986
  %shift809 = shufflevector <2 x float> %987, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %988 = fadd <2 x float> %987, %shift809
  %989 = extractelement <2 x float> %988, i64 0
  %990 = mul nsw i64 %t0, %H
  %991 = getelementptr inbounds float, ptr %gh1, i64 %990
  store float %989, ptr %991, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0673, 1
  %indvars.iv.next = add i64 %indvars.iv, 32
  %exitcond734.not = icmp eq i64 %cc.next, %smax733
  br i1 %exitcond734.not, label %i24.head.preheader, label %cc.body

i22.body:                                         ; preds = %tt.exit, %i22.body
  %i22.addr.0671 = phi i64 [ 0, %tt.exit ], [ %i22.next, %i22.body ]
  %dgacc1.0670 = phi <8 x float> [ zeroinitializer, %tt.exit ], [ %1048, %i22.body ]
  %992 = shl nuw nsw i64 %i22.addr.0671, 5
  %993 = getelementptr inbounds float, ptr %dS, i64 %992
  %994 = load <8 x float>, ptr %993, align 4
  %995 = or disjoint i64 %992, 8
  %996 = getelementptr inbounds float, ptr %dS, i64 %995
  %997 = load <8 x float>, ptr %996, align 4
  %998 = or disjoint i64 %992, 16
  %999 = getelementptr inbounds float, ptr %dS, i64 %998
  %1000 = load <8 x float>, ptr %999, align 4
  %1001 = or disjoint i64 %992, 24
  %1002 = getelementptr inbounds float, ptr %dS, i64 %1001
  %1003 = load <8 x float>, ptr %1002, align 4
  %1004 = or disjoint i64 %i22.addr.0671, %206
  %1005 = getelementptr inbounds float, ptr %kh, i64 %1004
  %1006 = load float, ptr %1005, align 4
  %1007 = fmul float %1006, %669
  %1008 = load <8 x float>, ptr %dSkPrev, align 4
  %1009 = getelementptr inbounds float, ptr %Sh, i64 %992
  %1010 = load <8 x float>, ptr %1009, align 4
  %1011 = load <8 x float>, ptr %R, align 4
  %1012 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %994, <8 x float> %1011, <8 x float> zeroinitializer)
  %1013 = fneg <8 x float> %1010
  %1014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> %1008, <8 x float> %1012)
  %1015 = insertelement <8 x float> poison, float %1007, i64 0
  %1016 = shufflevector <8 x float> %1015, <8 x float> poison, <8 x i32> zeroinitializer
  %1017 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %1008, <8 x float> %994)
  %1018 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1017, <8 x float> %1010, <8 x float> %dgacc1.0670)
  %1019 = fmul <8 x float> %671, %1017
  %1020 = load <8 x float>, ptr %13, align 4
  %1021 = getelementptr inbounds float, ptr %Sh, i64 %995
  %1022 = load <8 x float>, ptr %1021, align 4
  %1023 = load <8 x float>, ptr %5, align 4
  %1024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> %1023, <8 x float> %1014)
  %1025 = fneg <8 x float> %1022
  %1026 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1025, <8 x float> %1020, <8 x float> %1024)
  %1027 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %1020, <8 x float> %997)
  %1028 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1022, <8 x float> %1018)
  %1029 = fmul <8 x float> %671, %1027
  %1030 = load <8 x float>, ptr %14, align 4
  %1031 = getelementptr inbounds float, ptr %Sh, i64 %998
  %1032 = load <8 x float>, ptr %1031, align 4
  %1033 = load <8 x float>, ptr %6, align 4
  %1034 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %1033, <8 x float> %1026)
  %1035 = fneg <8 x float> %1032
  %1036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1035, <8 x float> %1030, <8 x float> %1034)
  %1037 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %1030, <8 x float> %1000)
  %1038 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1037, <8 x float> %1032, <8 x float> %1028)
  %1039 = fmul <8 x float> %671, %1037
  %1040 = load <8 x float>, ptr %15, align 4
  %1041 = getelementptr inbounds float, ptr %Sh, i64 %1001
  %1042 = load <8 x float>, ptr %1041, align 4
  %1043 = load <8 x float>, ptr %7, align 4
  %1044 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1003, <8 x float> %1043, <8 x float> %1036)
  %1045 = fneg <8 x float> %1042
  %1046 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1045, <8 x float> %1040, <8 x float> %1044)
  %1047 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %1040, <8 x float> %1003)
  %1048 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1047, <8 x float> %1042, <8 x float> %1038)
  %1049 = fmul <8 x float> %671, %1047
  %1050 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0671
  %1051 = load float, ptr %1050, align 4
  %1052 = shufflevector <8 x float> %1046, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1053 = shufflevector <8 x float> %1046, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1054 = fadd <4 x float> %1052, %1053
  %1055 = shufflevector <4 x float> %1054, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1056 = shufflevector <4 x float> %1054, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1057 = fadd <2 x float> %1055, %1056
  %shift810 = shufflevector <2 x float> %1057, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1058 = fadd <2 x float> %1057, %shift810
  %1059 = extractelement <2 x float> %1058, i64 0
  %1060 = fadd float %1051, %1059
  store float %1060, ptr %1050, align 4
  store <8 x float> %1019, ptr %993, align 4
  store <8 x float> %1029, ptr %996, align 4
  store <8 x float> %1039, ptr %999, align 4
  store <8 x float> %1049, ptr %1002, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0671, 1
  %exitcond732.not = icmp eq i64 %i22.next, 32
  br i1 %exitcond732.not, label %j13.head.preheader, label %i22.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.exp.v8f32(<8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.isvectorized", i32 1}
!4 = !{!"llvm.loop.unroll.runtime.disable"}
!5 = distinct !{!5, !3}
!6 = distinct !{!6, !1}
; ---- dp_step_h2_k32_v32_c1_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k32_v32_c1_gate'
source_filename = "dp_step_h2_k32_v32_c1_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k32_v32_c1_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = or disjoint i64 %sq, 8
  %3 = or disjoint i64 %sq, 16
  %4 = or disjoint i64 %sq, 24
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i2.exit
  %bh.addr.0224 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0224, %H
  %h = srem i64 %bh.addr.0224, %H
  %5 = mul nsw i64 %b, %H
  %bT = add nsw i64 %5, %h
  %6 = mul i64 %1, %b
  %bTn = add nsw i64 %6, %h
  %7 = shl nsw i64 %bT, 5
  %8 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %8
  %vh = getelementptr inbounds float, ptr %v, i64 %8
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %S.idx = shl nsw i64 %bh.addr.0224, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0205 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %57, %i.body ]
  %acc1.0204 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %61, %i.body ]
  %acc2.0203 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %65, %i.body ]
  %acc3.0202 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %69, %i.body ]
  %acc4.0201 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %78, %i.body ]
  %acc5.0200 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %82, %i.body ]
  %acc6.0199 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %86, %i.body ]
  %acc7.0198 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %90, %i.body ]
  %i.addr.0197 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %9 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0197
  %10 = load float, ptr %9, align 4
  %11 = shl nuw nsw i64 %i.addr.0197, 5
  %12 = getelementptr inbounds float, ptr %S, i64 %11
  %13 = load <8 x float>, ptr %12, align 4
  %14 = insertelement <8 x float> poison, float %10, i64 0
  %15 = shufflevector <8 x float> %14, <8 x float> poison, <8 x i32> zeroinitializer
  %16 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %13, <8 x float> %acc.0205)
  %17 = or disjoint i64 %11, 8
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <8 x float>, ptr %18, align 4
  %20 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %19, <8 x float> %acc1.0204)
  %21 = or disjoint i64 %11, 16
  %22 = getelementptr inbounds float, ptr %S, i64 %21
  %23 = load <8 x float>, ptr %22, align 4
  %24 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %23, <8 x float> %acc2.0203)
  %25 = or disjoint i64 %11, 24
  %26 = getelementptr inbounds float, ptr %S, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %15, <8 x float> %27, <8 x float> %acc3.0202)
  %29 = or disjoint i64 %i.addr.0197, 1
  %30 = getelementptr inbounds float, ptr %kh, i64 %29
  %31 = load float, ptr %30, align 4
  %32 = shl nuw nsw i64 %29, 5
  %33 = getelementptr inbounds float, ptr %S, i64 %32
  %34 = load <8 x float>, ptr %33, align 4
  %35 = insertelement <8 x float> poison, float %31, i64 0
  %36 = shufflevector <8 x float> %35, <8 x float> poison, <8 x i32> zeroinitializer
  %37 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %34, <8 x float> %acc4.0201)
  %38 = or disjoint i64 %32, 8
  %39 = getelementptr inbounds float, ptr %S, i64 %38
  %40 = load <8 x float>, ptr %39, align 4
  %41 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %40, <8 x float> %acc5.0200)
  %42 = or disjoint i64 %32, 16
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <8 x float>, ptr %43, align 4
  %45 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %44, <8 x float> %acc6.0199)
  %46 = or disjoint i64 %32, 24
  %47 = getelementptr inbounds float, ptr %S, i64 %46
  %48 = load <8 x float>, ptr %47, align 4
  %49 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %36, <8 x float> %48, <8 x float> %acc7.0198)
  %i.next = or disjoint i64 %i.addr.0197, 2
  %50 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %51 = load float, ptr %50, align 4
  %52 = shl nuw nsw i64 %i.next, 5
  %53 = getelementptr inbounds float, ptr %S, i64 %52
  %54 = load <8 x float>, ptr %53, align 4
  %55 = insertelement <8 x float> poison, float %51, i64 0
  %56 = shufflevector <8 x float> %55, <8 x float> poison, <8 x i32> zeroinitializer
  %57 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %54, <8 x float> %16)
  %58 = or disjoint i64 %52, 8
  %59 = getelementptr inbounds float, ptr %S, i64 %58
  %60 = load <8 x float>, ptr %59, align 4
  %61 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %60, <8 x float> %20)
  %62 = or disjoint i64 %52, 16
  %63 = getelementptr inbounds float, ptr %S, i64 %62
  %64 = load <8 x float>, ptr %63, align 4
  %65 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %64, <8 x float> %24)
  %66 = or disjoint i64 %52, 24
  %67 = getelementptr inbounds float, ptr %S, i64 %66
  %68 = load <8 x float>, ptr %67, align 4
  %69 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %56, <8 x float> %68, <8 x float> %28)
  %70 = or disjoint i64 %i.addr.0197, 3
  %71 = getelementptr inbounds float, ptr %kh, i64 %70
  %72 = load float, ptr %71, align 4
  %73 = shl nuw nsw i64 %70, 5
  %74 = getelementptr inbounds float, ptr %S, i64 %73
  %75 = load <8 x float>, ptr %74, align 4
  %76 = insertelement <8 x float> poison, float %72, i64 0
  %77 = shufflevector <8 x float> %76, <8 x float> poison, <8 x i32> zeroinitializer
  %78 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %75, <8 x float> %37)
  %79 = or disjoint i64 %73, 8
  %80 = getelementptr inbounds float, ptr %S, i64 %79
  %81 = load <8 x float>, ptr %80, align 4
  %82 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %81, <8 x float> %41)
  %83 = or disjoint i64 %73, 16
  %84 = getelementptr inbounds float, ptr %S, i64 %83
  %85 = load <8 x float>, ptr %84, align 4
  %86 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %85, <8 x float> %45)
  %87 = or disjoint i64 %73, 24
  %88 = getelementptr inbounds float, ptr %S, i64 %87
  %89 = load <8 x float>, ptr %88, align 4
  %90 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %77, <8 x float> %89, <8 x float> %49)
  %i.next.1 = add nuw nsw i64 %i.addr.0197, 4
  %91 = icmp ult i64 %i.next, 30
  br i1 %91, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %92 = load float, ptr %gh, align 4
  %93 = tail call float @llvm.exp.f32(float %92)
  %94 = load float, ptr %betah, align 4
  %95 = load <8 x float>, ptr %vh, align 4
  %96 = fadd <8 x float> %78, %57
  %97 = insertelement <8 x float> poison, float %93, i64 0
  %98 = shufflevector <8 x float> %97, <8 x float> poison, <8 x i32> zeroinitializer
  %99 = fmul <8 x float> %96, %98
  %100 = fsub <8 x float> %95, %99
  %101 = insertelement <8 x float> poison, float %94, i64 0
  %102 = shufflevector <8 x float> %101, <8 x float> poison, <8 x i32> zeroinitializer
  %103 = fmul <8 x float> %102, %100
  %104 = getelementptr inbounds i8, ptr %vh, i64 32
  %105 = load <8 x float>, ptr %104, align 4
  %106 = fadd <8 x float> %82, %61
  %107 = fmul <8 x float> %106, %98
  %108 = fsub <8 x float> %105, %107
  %109 = fmul <8 x float> %102, %108
  %110 = getelementptr inbounds i8, ptr %vh, i64 64
  %111 = load <8 x float>, ptr %110, align 4
  %112 = fadd <8 x float> %86, %65
  %113 = fmul <8 x float> %112, %98
  %114 = fsub <8 x float> %111, %113
  %115 = fmul <8 x float> %102, %114
  %116 = getelementptr inbounds i8, ptr %vh, i64 96
  %117 = load <8 x float>, ptr %116, align 4
  %118 = fadd <8 x float> %90, %69
  %119 = fmul <8 x float> %118, %98
  %120 = fsub <8 x float> %117, %119
  %121 = fmul <8 x float> %102, %120
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc836.0214 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %136, %i1.body ]
  %acc9.0213 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %142, %i1.body ]
  %acc10.0212 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %148, %i1.body ]
  %acc11.0211 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %154, %i1.body ]
  %acc12.0210 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %170, %i1.body ]
  %acc13.0209 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %176, %i1.body ]
  %i1.addr.0208 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %acc15.0207 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %188, %i1.body ]
  %acc14.0206 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %182, %i1.body ]
  %122 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0208
  %123 = load float, ptr %122, align 4
  %124 = or disjoint i64 %i1.addr.0208, %sq
  %125 = getelementptr inbounds float, ptr %kh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %123, i64 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = shl nuw nsw i64 %i1.addr.0208, 5
  %130 = getelementptr inbounds float, ptr %S, i64 %129
  %131 = load <8 x float>, ptr %130, align 4
  %132 = fmul <8 x float> %98, %131
  %133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %103, <8 x float> %132)
  store <8 x float> %133, ptr %130, align 4
  %134 = insertelement <8 x float> poison, float %126, i64 0
  %135 = shufflevector <8 x float> %134, <8 x float> poison, <8 x i32> zeroinitializer
  %136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %133, <8 x float> %acc836.0214)
  %137 = or disjoint i64 %129, 8
  %138 = getelementptr inbounds float, ptr %S, i64 %137
  %139 = load <8 x float>, ptr %138, align 4
  %140 = fmul <8 x float> %98, %139
  %141 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %109, <8 x float> %140)
  store <8 x float> %141, ptr %138, align 4
  %142 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %141, <8 x float> %acc9.0213)
  %143 = or disjoint i64 %129, 16
  %144 = getelementptr inbounds float, ptr %S, i64 %143
  %145 = load <8 x float>, ptr %144, align 4
  %146 = fmul <8 x float> %98, %145
  %147 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %115, <8 x float> %146)
  store <8 x float> %147, ptr %144, align 4
  %148 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %147, <8 x float> %acc10.0212)
  %149 = or disjoint i64 %129, 24
  %150 = getelementptr inbounds float, ptr %S, i64 %149
  %151 = load <8 x float>, ptr %150, align 4
  %152 = fmul <8 x float> %98, %151
  %153 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %121, <8 x float> %152)
  store <8 x float> %153, ptr %150, align 4
  %154 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %135, <8 x float> %153, <8 x float> %acc11.0211)
  %155 = or disjoint i64 %i1.addr.0208, 1
  %156 = getelementptr inbounds float, ptr %kh, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = or disjoint i64 %155, %sq
  %159 = getelementptr inbounds float, ptr %kh, i64 %158
  %160 = load float, ptr %159, align 4
  %161 = insertelement <8 x float> poison, float %157, i64 0
  %162 = shufflevector <8 x float> %161, <8 x float> poison, <8 x i32> zeroinitializer
  %163 = shl nuw nsw i64 %155, 5
  %164 = getelementptr inbounds float, ptr %S, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = fmul <8 x float> %98, %165
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %103, <8 x float> %166)
  store <8 x float> %167, ptr %164, align 4
  %168 = insertelement <8 x float> poison, float %160, i64 0
  %169 = shufflevector <8 x float> %168, <8 x float> poison, <8 x i32> zeroinitializer
  %170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %167, <8 x float> %acc12.0210)
  %171 = or disjoint i64 %163, 8
  %172 = getelementptr inbounds float, ptr %S, i64 %171
  %173 = load <8 x float>, ptr %172, align 4
  %174 = fmul <8 x float> %98, %173
  %175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %109, <8 x float> %174)
  store <8 x float> %175, ptr %172, align 4
  %176 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %175, <8 x float> %acc13.0209)
  %177 = or disjoint i64 %163, 16
  %178 = getelementptr inbounds float, ptr %S, i64 %177
  %179 = load <8 x float>, ptr %178, align 4
  %180 = fmul <8 x float> %98, %179
  %181 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %115, <8 x float> %180)
  store <8 x float> %181, ptr %178, align 4
  %182 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %181, <8 x float> %acc14.0206)
  %183 = or disjoint i64 %163, 24
  %184 = getelementptr inbounds float, ptr %S, i64 %183
  %185 = load <8 x float>, ptr %184, align 4
  %186 = fmul <8 x float> %98, %185
  %187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %121, <8 x float> %186)
  store <8 x float> %187, ptr %184, align 4
  %188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %169, <8 x float> %187, <8 x float> %acc15.0207)
  %i1.next = add nuw nsw i64 %i1.addr.0208, 2
  %189 = icmp ult i64 %i1.addr.0208, 30
  br i1 %189, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %7
  %190 = getelementptr inbounds float, ptr %betah, i64 %H
  %191 = load float, ptr %190, align 4
  %192 = getelementptr inbounds float, ptr %vh, i64 %sq
  %193 = load <8 x float>, ptr %192, align 4
  %194 = fadd <8 x float> %170, %136
  %195 = fsub <8 x float> %193, %194
  %196 = insertelement <8 x float> poison, float %191, i64 0
  %197 = shufflevector <8 x float> %196, <8 x float> poison, <8 x i32> zeroinitializer
  %198 = fmul <8 x float> %197, %195
  %199 = getelementptr inbounds float, ptr %vh, i64 %2
  %200 = load <8 x float>, ptr %199, align 4
  %201 = fadd <8 x float> %176, %142
  %202 = fsub <8 x float> %200, %201
  %203 = fmul <8 x float> %197, %202
  %204 = getelementptr inbounds float, ptr %vh, i64 %3
  %205 = load <8 x float>, ptr %204, align 4
  %206 = fadd <8 x float> %182, %148
  %207 = fsub <8 x float> %205, %206
  %208 = fmul <8 x float> %197, %207
  %209 = getelementptr inbounds float, ptr %vh, i64 %4
  %210 = load <8 x float>, ptr %209, align 4
  %211 = fadd <8 x float> %188, %154
  %212 = fsub <8 x float> %210, %211
  %213 = fmul <8 x float> %197, %212
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0223 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc19.0218 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %271, %i2.body ]
  %acc18.0217 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %266, %i2.body ]
  %acc17.0216 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %261, %i2.body ]
  %acc16.0215 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %256, %i2.body ]
  %214 = or disjoint i64 %i2.addr.0223, %sq
  %215 = getelementptr inbounds float, ptr %kh, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0223
  %218 = load float, ptr %217, align 4
  %219 = insertelement <8 x float> poison, float %216, i64 0
  %220 = shufflevector <8 x float> %219, <8 x float> poison, <8 x i32> zeroinitializer
  %221 = shl nuw nsw i64 %i2.addr.0223, 5
  %222 = getelementptr inbounds float, ptr %S, i64 %221
  %223 = load <8 x float>, ptr %222, align 4
  %224 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> %198, <8 x float> %223)
  store <8 x float> %224, ptr %222, align 4
  %225 = insertelement <8 x float> poison, float %218, i64 0
  %226 = shufflevector <8 x float> %225, <8 x float> poison, <8 x i32> zeroinitializer
  %227 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %224, <8 x float> %acc16.0215)
  %228 = or disjoint i64 %221, 8
  %229 = getelementptr inbounds float, ptr %S, i64 %228
  %230 = load <8 x float>, ptr %229, align 4
  %231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> %203, <8 x float> %230)
  store <8 x float> %231, ptr %229, align 4
  %232 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %231, <8 x float> %acc17.0216)
  %233 = or disjoint i64 %221, 16
  %234 = getelementptr inbounds float, ptr %S, i64 %233
  %235 = load <8 x float>, ptr %234, align 4
  %236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> %208, <8 x float> %235)
  store <8 x float> %236, ptr %234, align 4
  %237 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %236, <8 x float> %acc18.0217)
  %238 = or disjoint i64 %221, 24
  %239 = getelementptr inbounds float, ptr %S, i64 %238
  %240 = load <8 x float>, ptr %239, align 4
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %220, <8 x float> %213, <8 x float> %240)
  store <8 x float> %241, ptr %239, align 4
  %242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %241, <8 x float> %acc19.0218)
  %i2.next = or disjoint i64 %i2.addr.0223, 1
  %243 = or disjoint i64 %i2.next, %sq
  %244 = getelementptr inbounds float, ptr %kh, i64 %243
  %245 = load float, ptr %244, align 4
  %246 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %247 = load float, ptr %246, align 4
  %248 = insertelement <8 x float> poison, float %245, i64 0
  %249 = shufflevector <8 x float> %248, <8 x float> poison, <8 x i32> zeroinitializer
  %250 = shl nuw nsw i64 %i2.next, 5
  %251 = getelementptr inbounds float, ptr %S, i64 %250
  %252 = load <8 x float>, ptr %251, align 4
  %253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %198, <8 x float> %252)
  store <8 x float> %253, ptr %251, align 4
  %254 = insertelement <8 x float> poison, float %247, i64 0
  %255 = shufflevector <8 x float> %254, <8 x float> poison, <8 x i32> zeroinitializer
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %253, <8 x float> %227)
  %257 = or disjoint i64 %250, 8
  %258 = getelementptr inbounds float, ptr %S, i64 %257
  %259 = load <8 x float>, ptr %258, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %203, <8 x float> %259)
  store <8 x float> %260, ptr %258, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %260, <8 x float> %232)
  %262 = or disjoint i64 %250, 16
  %263 = getelementptr inbounds float, ptr %S, i64 %262
  %264 = load <8 x float>, ptr %263, align 4
  %265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %208, <8 x float> %264)
  store <8 x float> %265, ptr %263, align 4
  %266 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %265, <8 x float> %237)
  %267 = or disjoint i64 %250, 24
  %268 = getelementptr inbounds float, ptr %S, i64 %267
  %269 = load <8 x float>, ptr %268, align 4
  %270 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %249, <8 x float> %213, <8 x float> %269)
  store <8 x float> %270, ptr %268, align 4
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %255, <8 x float> %270, <8 x float> %242)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0223, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %7
  %272 = fmul <8 x float> %256, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <8 x float> %272, ptr %oh, align 4
  %273 = fmul <8 x float> %261, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %274 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %273, ptr %274, align 4
  %275 = fmul <8 x float> %266, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %276 = getelementptr inbounds i8, ptr %oh, i64 64
  store <8 x float> %275, ptr %276, align 4
  %277 = fmul <8 x float> %271, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %278 = getelementptr inbounds i8, ptr %oh, i64 96
  store <8 x float> %277, ptr %278, align 4
  %bh.next = add nsw i64 %bh.addr.0224, 1
  %exitcond244.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond244.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
