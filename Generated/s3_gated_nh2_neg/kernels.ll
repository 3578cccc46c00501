; ---- dp_fwd_h2_k16_v16_c32_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k16_v16_c32_gate'
source_filename = "dp_fwd_h2_k16_v16_c32_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k16_v16_c32_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 1
  %A = getelementptr inbounds i8, ptr %work, i64 17408
  %Dt = getelementptr inbounds i8, ptr %work, i64 46336
  %G = getelementptr inbounds i8, ptr %work, i64 46080
  %KT = getelementptr inbounds i8, ptr %work, i64 5120
  %Kc = getelementptr inbounds i8, ptr %work, i64 1024
  %Oc = getelementptr inbounds i8, ptr %work, i64 44032
  %P = getelementptr inbounds i8, ptr %work, i64 35840
  %Qc = getelementptr inbounds i8, ptr %work, i64 33792
  %X = getelementptr inbounds i8, ptr %work, i64 9216
  %bet = getelementptr inbounds i8, ptr %work, i64 50432
  %gam = getelementptr inbounds i8, ptr %work, i64 46208
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = getelementptr inbounds i8, ptr %work, i64 46332
  %5 = mul i64 %nc, %bh0
  %6 = shl i64 %nc, 10
  %7 = shl i64 %H, 11
  %8 = shl i64 %H, 6
  %smax552 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %9 = sub i64 %bh1, %bh0
  %invariant.gep = getelementptr i8, ptr %work, i64 33792
  %invariant.gep706 = getelementptr i8, ptr %work, i64 1024
  %invariant.gep708 = getelementptr i8, ptr %work, i64 9216
  %invariant.gep710 = getelementptr i8, ptr %work, i64 1088
  %invariant.gep712 = getelementptr i8, ptr %work, i64 9344
  %10 = getelementptr inbounds i8, ptr %work, i64 5376
  %11 = getelementptr inbounds i8, ptr %work, i64 5632
  %12 = getelementptr inbounds i8, ptr %work, i64 5888
  %13 = getelementptr inbounds i8, ptr %work, i64 6144
  %14 = getelementptr inbounds i8, ptr %work, i64 6400
  %15 = getelementptr inbounds i8, ptr %work, i64 6656
  %16 = getelementptr inbounds i8, ptr %work, i64 6912
  %17 = getelementptr inbounds i8, ptr %work, i64 7168
  %18 = getelementptr inbounds i8, ptr %work, i64 7424
  %19 = getelementptr inbounds i8, ptr %work, i64 7680
  %20 = getelementptr inbounds i8, ptr %work, i64 7936
  %21 = getelementptr inbounds i8, ptr %work, i64 8192
  %22 = getelementptr inbounds i8, ptr %work, i64 8448
  %23 = getelementptr inbounds i8, ptr %work, i64 8704
  %24 = getelementptr inbounds i8, ptr %work, i64 8960
  %25 = getelementptr inbounds i8, ptr %work, i64 33824
  %26 = getelementptr inbounds i8, ptr %work, i64 1056
  %27 = getelementptr inbounds i8, ptr %work, i64 9248
  %28 = getelementptr inbounds i8, ptr %work, i64 5376
  %29 = getelementptr inbounds i8, ptr %work, i64 5632
  %30 = getelementptr inbounds i8, ptr %work, i64 5888
  %31 = getelementptr inbounds i8, ptr %work, i64 6144
  %32 = getelementptr inbounds i8, ptr %work, i64 6400
  %33 = getelementptr inbounds i8, ptr %work, i64 6656
  %34 = getelementptr inbounds i8, ptr %work, i64 6912
  %35 = getelementptr inbounds i8, ptr %work, i64 7168
  %36 = getelementptr inbounds i8, ptr %work, i64 7424
  %37 = getelementptr inbounds i8, ptr %work, i64 7680
  %38 = getelementptr inbounds i8, ptr %work, i64 7936
  %39 = getelementptr inbounds i8, ptr %work, i64 8192
  %40 = getelementptr inbounds i8, ptr %work, i64 8448
  %41 = getelementptr inbounds i8, ptr %work, i64 8704
  %42 = getelementptr inbounds i8, ptr %work, i64 8960
  %43 = getelementptr inbounds i8, ptr %work, i64 44064
  %invariant.gep720 = getelementptr i8, ptr %work, i64 44032
  %44 = getelementptr inbounds i8, ptr %work, i64 32
  %45 = getelementptr inbounds i8, ptr %work, i64 64
  %46 = getelementptr inbounds i8, ptr %work, i64 96
  %47 = getelementptr inbounds i8, ptr %work, i64 128
  %48 = getelementptr inbounds i8, ptr %work, i64 160
  %49 = getelementptr inbounds i8, ptr %work, i64 192
  %50 = getelementptr inbounds i8, ptr %work, i64 224
  %51 = getelementptr inbounds i8, ptr %work, i64 256
  %52 = getelementptr inbounds i8, ptr %work, i64 288
  %53 = getelementptr inbounds i8, ptr %work, i64 320
  %54 = getelementptr inbounds i8, ptr %work, i64 352
  %55 = getelementptr inbounds i8, ptr %work, i64 384
  %56 = getelementptr inbounds i8, ptr %work, i64 416
  %57 = getelementptr inbounds i8, ptr %work, i64 448
  %58 = getelementptr inbounds i8, ptr %work, i64 480
  %59 = getelementptr inbounds i8, ptr %work, i64 512
  %60 = getelementptr inbounds i8, ptr %work, i64 544
  %61 = getelementptr inbounds i8, ptr %work, i64 576
  %62 = getelementptr inbounds i8, ptr %work, i64 608
  %63 = getelementptr inbounds i8, ptr %work, i64 640
  %64 = getelementptr inbounds i8, ptr %work, i64 672
  %65 = getelementptr inbounds i8, ptr %work, i64 704
  %66 = getelementptr inbounds i8, ptr %work, i64 736
  %67 = getelementptr inbounds i8, ptr %work, i64 768
  %68 = getelementptr inbounds i8, ptr %work, i64 800
  %69 = getelementptr inbounds i8, ptr %work, i64 832
  %70 = getelementptr inbounds i8, ptr %work, i64 864
  %71 = getelementptr inbounds i8, ptr %work, i64 896
  %72 = getelementptr inbounds i8, ptr %work, i64 928
  %73 = getelementptr inbounds i8, ptr %work, i64 960
  %74 = getelementptr inbounds i8, ptr %work, i64 992
  %invariant.gep722 = getelementptr inbounds i8, ptr %work, i64 9280
  %invariant.gep724 = getelementptr inbounds i8, ptr %work, i64 9312
  %75 = getelementptr inbounds i8, ptr %work, i64 96
  %76 = getelementptr inbounds i8, ptr %work, i64 160
  %77 = getelementptr inbounds i8, ptr %work, i64 224
  %78 = getelementptr inbounds i8, ptr %work, i64 288
  %79 = getelementptr inbounds i8, ptr %work, i64 352
  %80 = getelementptr inbounds i8, ptr %work, i64 416
  %81 = getelementptr inbounds i8, ptr %work, i64 480
  %82 = getelementptr inbounds i8, ptr %work, i64 544
  %83 = getelementptr inbounds i8, ptr %work, i64 608
  %84 = getelementptr inbounds i8, ptr %work, i64 672
  %85 = getelementptr inbounds i8, ptr %work, i64 736
  %86 = getelementptr inbounds i8, ptr %work, i64 800
  %87 = getelementptr inbounds i8, ptr %work, i64 864
  %88 = getelementptr inbounds i8, ptr %work, i64 928
  %89 = getelementptr inbounds i8, ptr %work, i64 992
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i28.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i28.head.preheader ]
  %bh.addr.0427 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i28.head.preheader ]
  %90 = add i64 %indvar, %bh0
  %91 = shl i64 %90, 10
  %scevgep556 = getelementptr i8, ptr %hT, i64 %91
  %scevgep515 = getelementptr i8, ptr %h0, i64 %91
  %b = sdiv i64 %bh.addr.0427, %H
  %h = srem i64 %bh.addr.0427, %H
  %92 = mul i64 %b, %T
  %93 = mul i64 %92, %H
  %bT = add i64 %93, %h
  %94 = mul i64 %1, %92
  %bTn = add nsw i64 %94, %h
  %95 = shl nsw i64 %bTn, 4
  %vh = getelementptr inbounds float, ptr %v, i64 %95
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep515, i64 1024, i1 false)
  %qh.idx = shl nsw i64 %bT, 6
  %qh = getelementptr inbounds i8, ptr %q, i64 %qh.idx
  %kh = getelementptr inbounds float, ptr %k, i64 %95
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  br i1 %3, label %i1.head.preheader.lr.ph, label %i28.head.preheader

bh.exit:                                          ; preds = %i28.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %96 = mul i64 %6, %indvar
  %97 = shl i64 %bT, 6
  %invariant.gep726 = getelementptr i8, ptr %hs, i64 %96
  %98 = getelementptr i8, ptr %qh, i64 32
  %99 = getelementptr i8, ptr %kh, i64 32
  %100 = getelementptr i8, ptr %kh, i64 44
  %101 = getelementptr i8, ptr %kh, i64 48
  %102 = getelementptr i8, ptr %kh, i64 52
  %103 = getelementptr i8, ptr %kh, i64 56
  %104 = getelementptr i8, ptr %kh, i64 60
  %105 = getelementptr i8, ptr %vh, i64 32
  %106 = getelementptr i8, ptr %o, i64 %97
  br label %i1.head.preheader

i28.head.preheader:                               ; preds = %p11.exit.3, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep556, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %bh.next = add nsw i64 %bh.addr.0427, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond557.not = icmp eq i64 %indvar.next, %9
  br i1 %exitcond557.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %p11.exit.3
  %indvars.iv545 = phi i64 [ %T, %i1.head.preheader.lr.ph ], [ %indvars.iv.next546, %p11.exit.3 ]
  %ci.addr.0424 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %p11.exit.3 ]
  %smin1007 = tail call i64 @llvm.smin.i64(i64 %indvars.iv545, i64 32)
  %smax1008 = tail call i64 @llvm.smax.i64(i64 %smin1007, i64 1)
  %107 = mul i64 %7, %ci.addr.0424
  %108 = add i64 %5, %ci.addr.0424
  %109 = shl i64 %108, 10
  %gep727 = getelementptr i8, ptr %invariant.gep726, i64 %109
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %gep727, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %t0 = shl nsw i64 %ci.addr.0424, 5
  %110 = sub nsw i64 %T, %t0
  br label %t.body

t.body:                                           ; preds = %endif.3, %i1.head.preheader
  %G1.0326 = phi float [ 0.000000e+00, %i1.head.preheader ], [ %G1.1.3, %endif.3 ]
  %t.addr.0325 = phi i64 [ 0, %i1.head.preheader ], [ %t.next.3, %endif.3 ]
  %111 = icmp sgt i64 %110, %t.addr.0325
  br i1 %111, label %then, label %endif

then:                                             ; preds = %t.body
  %112 = add nuw nsw i64 %t.addr.0325, %t0
  %113 = mul nsw i64 %112, %H
  %114 = getelementptr inbounds float, ptr %gh, i64 %113
  %115 = load float, ptr %114, align 4
  %116 = fadd float %G1.0326, %115
  br label %endif

endif:                                            ; preds = %t.body, %then
  %G1.1 = phi float [ %116, %then ], [ %G1.0326, %t.body ]
  %117 = getelementptr inbounds float, ptr %G, i64 %t.addr.0325
  store float %G1.1, ptr %117, align 4
  %118 = tail call float @llvm.exp.f32(float %G1.1)
  %119 = getelementptr inbounds float, ptr %gam, i64 %t.addr.0325
  store float %118, ptr %119, align 4
  %t.next = or disjoint i64 %t.addr.0325, 1
  %120 = icmp sgt i64 %110, %t.next
  br i1 %120, label %then.1, label %endif.1

then.1:                                           ; preds = %endif
  %121 = add nuw nsw i64 %t.next, %t0
  %122 = mul nsw i64 %121, %H
  %123 = getelementptr inbounds float, ptr %gh, i64 %122
  %124 = load float, ptr %123, align 4
  %125 = fadd float %G1.1, %124
  br label %endif.1

endif.1:                                          ; preds = %then.1, %endif
  %G1.1.1 = phi float [ %125, %then.1 ], [ %G1.1, %endif ]
  %126 = getelementptr inbounds float, ptr %G, i64 %t.next
  store float %G1.1.1, ptr %126, align 4
  %127 = tail call float @llvm.exp.f32(float %G1.1.1)
  %128 = getelementptr inbounds float, ptr %gam, i64 %t.next
  store float %127, ptr %128, align 4
  %t.next.1 = or disjoint i64 %t.addr.0325, 2
  %129 = icmp sgt i64 %110, %t.next.1
  br i1 %129, label %then.2, label %endif.2

then.2:                                           ; preds = %endif.1
  %130 = add nuw nsw i64 %t.next.1, %t0
  %131 = mul nsw i64 %130, %H
  %132 = getelementptr inbounds float, ptr %gh, i64 %131
  %133 = load float, ptr %132, align 4
  %134 = fadd float %G1.1.1, %133
  br label %endif.2

endif.2:                                          ; preds = %then.2, %endif.1
  %G1.1.2 = phi float [ %134, %then.2 ], [ %G1.1.1, %endif.1 ]
  %135 = getelementptr inbounds float, ptr %G, i64 %t.next.1
  store float %G1.1.2, ptr %135, align 4
  %136 = tail call float @llvm.exp.f32(float %G1.1.2)
  %137 = getelementptr inbounds float, ptr %gam, i64 %t.next.1
  store float %136, ptr %137, align 4
  %t.next.2 = or disjoint i64 %t.addr.0325, 3
  %138 = icmp sgt i64 %110, %t.next.2
  br i1 %138, label %then.3, label %endif.3

then.3:                                           ; preds = %endif.2
  %139 = add nuw nsw i64 %t.next.2, %t0
  %140 = mul nsw i64 %139, %H
  %141 = getelementptr inbounds float, ptr %gh, i64 %140
  %142 = load float, ptr %141, align 4
  %143 = fadd float %G1.1.2, %142
  br label %endif.3

endif.3:                                          ; preds = %then.3, %endif.2
  %G1.1.3 = phi float [ %143, %then.3 ], [ %G1.1.2, %endif.2 ]
  %144 = getelementptr inbounds float, ptr %G, i64 %t.next.2
  store float %G1.1.3, ptr %144, align 4
  %145 = tail call float @llvm.exp.f32(float %G1.1.3)
  %146 = getelementptr inbounds float, ptr %gam, i64 %t.next.2
  store float %145, ptr %146, align 4
  %t.next.3 = add nuw nsw i64 %t.addr.0325, 4
  %exitcond.not.3 = icmp eq i64 %t.next.3, 32
  br i1 %exitcond.not.3, label %t1.body, label %t.body

t1.head.loopexit.unr-lcssa:                       ; preds = %s.body, %t1.body
  %s.addr.0327.unr = phi i64 [ 0, %t1.body ], [ %s.next.7, %s.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %t1.head.loopexit, label %s.body.epil

s.body.epil:                                      ; preds = %t1.head.loopexit.unr-lcssa, %s.body.epil
  %s.addr.0327.epil = phi i64 [ %s.next.epil, %s.body.epil ], [ %s.addr.0327.unr, %t1.head.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %s.body.epil ], [ 0, %t1.head.loopexit.unr-lcssa ]
  %147 = load float, ptr %153, align 4
  %148 = getelementptr inbounds float, ptr %G, i64 %s.addr.0327.epil
  %149 = load float, ptr %148, align 4
  %150 = fsub float %147, %149
  %151 = tail call float @llvm.exp.f32(float %150)
  %152 = getelementptr inbounds float, ptr %154, i64 %s.addr.0327.epil
  store float %151, ptr %152, align 4
  %s.next.epil = add nuw nsw i64 %s.addr.0327.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %t1.head.loopexit, label %s.body.epil, !llvm.loop !0

t1.head.loopexit:                                 ; preds = %s.body.epil, %t1.head.loopexit.unr-lcssa
  %s.end = add nuw nsw i64 %t1.addr.0328, 1
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 1
  %exitcond519.not = icmp eq i64 %s.end, 32
  br i1 %exitcond519.not, label %t2.body, label %t1.body

t1.body:                                          ; preds = %endif.3, %t1.head.loopexit
  %indvars.iv = phi i64 [ %indvars.iv.next, %t1.head.loopexit ], [ 1, %endif.3 ]
  %t1.addr.0328 = phi i64 [ %s.end, %t1.head.loopexit ], [ 0, %endif.3 ]
  %153 = getelementptr inbounds float, ptr %G, i64 %t1.addr.0328
  %.idx319 = shl nuw nsw i64 %t1.addr.0328, 7
  %154 = getelementptr inbounds i8, ptr %Dt, i64 %.idx319
  %xtraiter = and i64 %indvars.iv, 7
  %155 = icmp ult i64 %t1.addr.0328, 7
  br i1 %155, label %t1.head.loopexit.unr-lcssa, label %t1.body.new

t1.body.new:                                      ; preds = %t1.body
  %unroll_iter = and i64 %indvars.iv, 9223372036854775800
  br label %s.body

s.body:                                           ; preds = %s.body, %t1.body.new
  %s.addr.0327 = phi i64 [ 0, %t1.body.new ], [ %s.next.7, %s.body ]
  %niter = phi i64 [ 0, %t1.body.new ], [ %niter.next.7, %s.body ]
  %156 = load float, ptr %153, align 4
  %157 = getelementptr inbounds float, ptr %G, i64 %s.addr.0327
  %158 = load float, ptr %157, align 4
  %159 = fsub float %156, %158
  %160 = tail call float @llvm.exp.f32(float %159)
  %161 = getelementptr inbounds float, ptr %154, i64 %s.addr.0327
  store float %160, ptr %161, align 4
  %s.next = or disjoint i64 %s.addr.0327, 1
  %162 = load float, ptr %153, align 4
  %163 = getelementptr inbounds float, ptr %G, i64 %s.next
  %164 = load float, ptr %163, align 4
  %165 = fsub float %162, %164
  %166 = tail call float @llvm.exp.f32(float %165)
  %167 = getelementptr inbounds float, ptr %154, i64 %s.next
  store float %166, ptr %167, align 4
  %s.next.1 = or disjoint i64 %s.addr.0327, 2
  %168 = load float, ptr %153, align 4
  %169 = getelementptr inbounds float, ptr %G, i64 %s.next.1
  %170 = load float, ptr %169, align 4
  %171 = fsub float %168, %170
  %172 = tail call float @llvm.exp.f32(float %171)
  %173 = getelementptr inbounds float, ptr %154, i64 %s.next.1
  store float %172, ptr %173, align 4
  %s.next.2 = or disjoint i64 %s.addr.0327, 3
  %174 = load float, ptr %153, align 4
  %175 = getelementptr inbounds float, ptr %G, i64 %s.next.2
  %176 = load float, ptr %175, align 4
  %177 = fsub float %174, %176
  %178 = tail call float @llvm.exp.f32(float %177)
  %179 = getelementptr inbounds float, ptr %154, i64 %s.next.2
  store float %178, ptr %179, align 4
  %s.next.3 = or disjoint i64 %s.addr.0327, 4
  %180 = load float, ptr %153, align 4
  %181 = getelementptr inbounds float, ptr %G, i64 %s.next.3
  %182 = load float, ptr %181, align 4
  %183 = fsub float %180, %182
  %184 = tail call float @llvm.exp.f32(float %183)
  %185 = getelementptr inbounds float, ptr %154, i64 %s.next.3
  store float %184, ptr %185, align 4
  %s.next.4 = or disjoint i64 %s.addr.0327, 5
  %186 = load float, ptr %153, align 4
  %187 = getelementptr inbounds float, ptr %G, i64 %s.next.4
  %188 = load float, ptr %187, align 4
  %189 = fsub float %186, %188
  %190 = tail call float @llvm.exp.f32(float %189)
  %191 = getelementptr inbounds float, ptr %154, i64 %s.next.4
  store float %190, ptr %191, align 4
  %s.next.5 = or disjoint i64 %s.addr.0327, 6
  %192 = load float, ptr %153, align 4
  %193 = getelementptr inbounds float, ptr %G, i64 %s.next.5
  %194 = load float, ptr %193, align 4
  %195 = fsub float %192, %194
  %196 = tail call float @llvm.exp.f32(float %195)
  %197 = getelementptr inbounds float, ptr %154, i64 %s.next.5
  store float %196, ptr %197, align 4
  %s.next.6 = or disjoint i64 %s.addr.0327, 7
  %198 = load float, ptr %153, align 4
  %199 = getelementptr inbounds float, ptr %G, i64 %s.next.6
  %200 = load float, ptr %199, align 4
  %201 = fsub float %198, %200
  %202 = tail call float @llvm.exp.f32(float %201)
  %203 = getelementptr inbounds float, ptr %154, i64 %s.next.6
  store float %202, ptr %203, align 4
  %s.next.7 = add nuw nsw i64 %s.addr.0327, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %t1.head.loopexit.unr-lcssa, label %s.body

t2.body:                                          ; preds = %t1.head.loopexit, %endif6
  %t2.addr.0343 = phi i64 [ %t2.next, %endif6 ], [ 0, %t1.head.loopexit ]
  %204 = shl nsw i64 %t2.addr.0343, 8
  %205 = shl nsw i64 %t2.addr.0343, 7
  %206 = shl nsw i64 %t2.addr.0343, 6
  %207 = icmp sgt i64 %110, %t2.addr.0343
  br i1 %207, label %j2.head.preheader, label %j5.head.preheader

j5.head.preheader:                                ; preds = %t2.body
  %gep = getelementptr i8, ptr %invariant.gep, i64 %206
  %gep707 = getelementptr i8, ptr %invariant.gep706, i64 %205
  %gep709 = getelementptr i8, ptr %invariant.gep708, i64 %204
  %gep711 = getelementptr i8, ptr %invariant.gep710, i64 %205
  %gep713 = getelementptr i8, ptr %invariant.gep712, i64 %204
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %gep, i8 0, i64 64, i1 false)
  %i8 = shl nuw nsw i64 %t2.addr.0343, 1
  %208 = getelementptr inbounds float, ptr %bet, i64 %i8
  store float 0.000000e+00, ptr %208, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %gep707, i8 0, i64 64, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep709, i8 0, i64 128, i1 false)
  %209 = getelementptr inbounds float, ptr %KT, i64 %i8
  store float 0.000000e+00, ptr %209, align 4
  %210 = getelementptr inbounds float, ptr %10, i64 %i8
  store float 0.000000e+00, ptr %210, align 4
  %211 = getelementptr inbounds float, ptr %11, i64 %i8
  store float 0.000000e+00, ptr %211, align 4
  %212 = getelementptr inbounds float, ptr %12, i64 %i8
  store float 0.000000e+00, ptr %212, align 4
  %213 = getelementptr inbounds float, ptr %13, i64 %i8
  store float 0.000000e+00, ptr %213, align 4
  %214 = getelementptr inbounds float, ptr %14, i64 %i8
  store float 0.000000e+00, ptr %214, align 4
  %215 = getelementptr inbounds float, ptr %15, i64 %i8
  store float 0.000000e+00, ptr %215, align 4
  %216 = getelementptr inbounds float, ptr %16, i64 %i8
  store float 0.000000e+00, ptr %216, align 4
  %217 = getelementptr inbounds float, ptr %17, i64 %i8
  store float 0.000000e+00, ptr %217, align 4
  %218 = getelementptr inbounds float, ptr %18, i64 %i8
  store float 0.000000e+00, ptr %218, align 4
  %219 = getelementptr inbounds float, ptr %19, i64 %i8
  store float 0.000000e+00, ptr %219, align 4
  %220 = getelementptr inbounds float, ptr %20, i64 %i8
  store float 0.000000e+00, ptr %220, align 4
  %221 = getelementptr inbounds float, ptr %21, i64 %i8
  store float 0.000000e+00, ptr %221, align 4
  %222 = getelementptr inbounds float, ptr %22, i64 %i8
  store float 0.000000e+00, ptr %222, align 4
  %223 = getelementptr inbounds float, ptr %23, i64 %i8
  store float 0.000000e+00, ptr %223, align 4
  %224 = getelementptr inbounds float, ptr %24, i64 %i8
  store float 0.000000e+00, ptr %224, align 4
  %i11 = or disjoint i64 %i8, 1
  %225 = getelementptr inbounds float, ptr %bet, i64 %i11
  store float 0.000000e+00, ptr %225, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %gep711, i8 0, i64 64, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep713, i8 0, i64 128, i1 false)
  %226 = getelementptr inbounds float, ptr %KT, i64 %i11
  store float 0.000000e+00, ptr %226, align 4
  %227 = getelementptr inbounds float, ptr %10, i64 %i11
  store float 0.000000e+00, ptr %227, align 4
  %228 = getelementptr inbounds float, ptr %11, i64 %i11
  store float 0.000000e+00, ptr %228, align 4
  %229 = getelementptr inbounds float, ptr %12, i64 %i11
  store float 0.000000e+00, ptr %229, align 4
  %230 = getelementptr inbounds float, ptr %13, i64 %i11
  store float 0.000000e+00, ptr %230, align 4
  %231 = getelementptr inbounds float, ptr %14, i64 %i11
  store float 0.000000e+00, ptr %231, align 4
  %232 = getelementptr inbounds float, ptr %15, i64 %i11
  store float 0.000000e+00, ptr %232, align 4
  %233 = getelementptr inbounds float, ptr %16, i64 %i11
  store float 0.000000e+00, ptr %233, align 4
  %234 = getelementptr inbounds float, ptr %17, i64 %i11
  store float 0.000000e+00, ptr %234, align 4
  %235 = getelementptr inbounds float, ptr %18, i64 %i11
  store float 0.000000e+00, ptr %235, align 4
  %236 = getelementptr inbounds float, ptr %19, i64 %i11
  store float 0.000000e+00, ptr %236, align 4
  %237 = getelementptr inbounds float, ptr %20, i64 %i11
  store float 0.000000e+00, ptr %237, align 4
  %238 = getelementptr inbounds float, ptr %21, i64 %i11
  store float 0.000000e+00, ptr %238, align 4
  %239 = getelementptr inbounds float, ptr %22, i64 %i11
  store float 0.000000e+00, ptr %239, align 4
  %240 = getelementptr inbounds float, ptr %23, i64 %i11
  store float 0.000000e+00, ptr %240, align 4
  %241 = getelementptr inbounds float, ptr %24, i64 %i11
  store float 0.000000e+00, ptr %241, align 4
  br label %endif6

j2.head.preheader:                                ; preds = %t2.body
  %242 = add nuw nsw i64 %t2.addr.0343, %t0
  %243 = mul nsw i64 %242, %sq
  %244 = getelementptr float, ptr %qh, i64 %243
  %245 = load <8 x float>, ptr %244, align 4
  %246 = fmul <8 x float> %245, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %247 = getelementptr inbounds i8, ptr %Qc, i64 %206
  store <8 x float> %246, ptr %247, align 4
  %248 = getelementptr float, ptr %98, i64 %243
  %249 = load <8 x float>, ptr %248, align 4
  %250 = fmul <8 x float> %249, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %251 = getelementptr inbounds i8, ptr %25, i64 %206
  store <8 x float> %250, ptr %251, align 4
  %i3 = shl nuw nsw i64 %t2.addr.0343, 1
  %252 = or disjoint i64 %t2.addr.0343, %t0
  %tau = shl nuw nsw i64 %252, 1
  %253 = mul nsw i64 %tau, %H
  %254 = getelementptr inbounds float, ptr %betah, i64 %253
  %255 = load float, ptr %254, align 4
  %256 = getelementptr inbounds float, ptr %bet, i64 %i3
  store float %255, ptr %256, align 4
  %257 = getelementptr inbounds float, ptr %gam, i64 %t2.addr.0343
  %258 = load float, ptr %257, align 4
  %259 = fmul float %255, %258
  %260 = mul nsw i64 %tau, %sq
  %261 = insertelement <8 x float> poison, float %259, i64 0
  %262 = shufflevector <8 x float> %261, <8 x float> poison, <8 x i32> zeroinitializer
  %263 = getelementptr float, ptr %kh, i64 %260
  %264 = load <8 x float>, ptr %263, align 4
  %265 = getelementptr inbounds i8, ptr %Kc, i64 %205
  store <8 x float> %264, ptr %265, align 4
  %266 = fmul <8 x float> %262, %264
  %267 = getelementptr inbounds i8, ptr %X, i64 %204
  store <8 x float> %266, ptr %267, align 4
  %268 = getelementptr float, ptr %99, i64 %260
  %269 = load <8 x float>, ptr %268, align 4
  %270 = getelementptr inbounds i8, ptr %26, i64 %205
  store <8 x float> %269, ptr %270, align 4
  %271 = fmul <8 x float> %262, %269
  %272 = getelementptr inbounds i8, ptr %27, i64 %204
  store <8 x float> %271, ptr %272, align 4
  %bc564 = bitcast <8 x float> %264 to <8 x i32>
  %273 = extractelement <8 x i32> %bc564, i64 0
  %274 = getelementptr inbounds float, ptr %KT, i64 %i3
  store i32 %273, ptr %274, align 4
  %275 = extractelement <8 x float> %264, i64 1
  %276 = getelementptr inbounds float, ptr %28, i64 %i3
  store float %275, ptr %276, align 4
  %277 = extractelement <8 x float> %264, i64 2
  %278 = getelementptr inbounds float, ptr %29, i64 %i3
  store float %277, ptr %278, align 4
  %279 = extractelement <8 x float> %264, i64 3
  %280 = getelementptr inbounds float, ptr %30, i64 %i3
  store float %279, ptr %280, align 4
  %281 = extractelement <8 x float> %264, i64 4
  %282 = getelementptr inbounds float, ptr %31, i64 %i3
  store float %281, ptr %282, align 4
  %283 = extractelement <8 x float> %264, i64 5
  %284 = getelementptr inbounds float, ptr %32, i64 %i3
  store float %283, ptr %284, align 4
  %285 = extractelement <8 x float> %264, i64 6
  %286 = getelementptr inbounds float, ptr %33, i64 %i3
  store float %285, ptr %286, align 4
  %287 = extractelement <8 x float> %264, i64 7
  %288 = getelementptr inbounds float, ptr %34, i64 %i3
  store float %287, ptr %288, align 4
  %bc567 = bitcast <8 x float> %269 to <8 x i32>
  %289 = extractelement <8 x i32> %bc567, i64 0
  %290 = getelementptr inbounds float, ptr %35, i64 %i3
  store i32 %289, ptr %290, align 4
  %291 = extractelement <8 x float> %269, i64 1
  %292 = getelementptr inbounds float, ptr %36, i64 %i3
  store float %291, ptr %292, align 4
  %293 = extractelement <8 x float> %269, i64 2
  %294 = getelementptr inbounds float, ptr %37, i64 %i3
  store float %293, ptr %294, align 4
  %295 = getelementptr float, ptr %100, i64 %260
  %296 = load float, ptr %295, align 4
  %297 = getelementptr inbounds float, ptr %38, i64 %i3
  store float %296, ptr %297, align 4
  %298 = getelementptr float, ptr %101, i64 %260
  %299 = load float, ptr %298, align 4
  %300 = getelementptr inbounds float, ptr %39, i64 %i3
  store float %299, ptr %300, align 4
  %301 = getelementptr float, ptr %102, i64 %260
  %302 = load float, ptr %301, align 4
  %303 = getelementptr inbounds float, ptr %40, i64 %i3
  store float %302, ptr %303, align 4
  %304 = getelementptr float, ptr %103, i64 %260
  %305 = load float, ptr %304, align 4
  %306 = getelementptr inbounds float, ptr %41, i64 %i3
  store float %305, ptr %306, align 4
  %307 = getelementptr float, ptr %104, i64 %260
  %308 = load float, ptr %307, align 4
  %309 = getelementptr inbounds float, ptr %42, i64 %i3
  store float %308, ptr %309, align 4
  %310 = insertelement <8 x float> poison, float %255, i64 0
  %311 = shufflevector <8 x float> %310, <8 x float> poison, <8 x i32> zeroinitializer
  %312 = getelementptr float, ptr %vh, i64 %260
  %313 = load <8 x float>, ptr %312, align 4
  %314 = fmul <8 x float> %311, %313
  %315 = getelementptr inbounds i8, ptr %267, i64 64
  store <8 x float> %314, ptr %315, align 4
  %316 = getelementptr float, ptr %105, i64 %260
  %317 = load <8 x float>, ptr %316, align 4
  %318 = fmul <8 x float> %311, %317
  %319 = getelementptr inbounds i8, ptr %272, i64 64
  store <8 x float> %318, ptr %319, align 4
  %i5 = or disjoint i64 %i3, 1
  %tau1 = or disjoint i64 %tau, 1
  %320 = mul nsw i64 %tau1, %H
  %321 = getelementptr inbounds float, ptr %betah, i64 %320
  %322 = load float, ptr %321, align 4
  %323 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %322, ptr %323, align 4
  %324 = load float, ptr %257, align 4
  %325 = fmul float %322, %324
  %326 = mul nsw i64 %tau1, %sq
  %327 = insertelement <8 x float> poison, float %325, i64 0
  %328 = shufflevector <8 x float> %327, <8 x float> poison, <8 x i32> zeroinitializer
  %329 = getelementptr float, ptr %kh, i64 %326
  %330 = load <8 x float>, ptr %329, align 4
  %.idx442 = shl nsw i64 %i5, 6
  %331 = getelementptr inbounds i8, ptr %Kc, i64 %.idx442
  store <8 x float> %330, ptr %331, align 4
  %332 = fmul <8 x float> %328, %330
  %.idx443 = shl nsw i64 %i5, 7
  %333 = getelementptr inbounds i8, ptr %X, i64 %.idx443
  store <8 x float> %332, ptr %333, align 4
  %334 = getelementptr float, ptr %99, i64 %326
  %335 = load <8 x float>, ptr %334, align 4
  %336 = getelementptr inbounds i8, ptr %26, i64 %.idx442
  store <8 x float> %335, ptr %336, align 4
  %337 = fmul <8 x float> %328, %335
  %338 = getelementptr inbounds i8, ptr %27, i64 %.idx443
  store <8 x float> %337, ptr %338, align 4
  %bc575 = bitcast <8 x float> %330 to <8 x i32>
  %339 = extractelement <8 x i32> %bc575, i64 0
  %340 = getelementptr inbounds float, ptr %KT, i64 %i5
  store i32 %339, ptr %340, align 4
  %341 = extractelement <8 x float> %330, i64 1
  %342 = getelementptr inbounds float, ptr %28, i64 %i5
  store float %341, ptr %342, align 4
  %343 = extractelement <8 x float> %330, i64 2
  %344 = getelementptr inbounds float, ptr %29, i64 %i5
  store float %343, ptr %344, align 4
  %345 = extractelement <8 x float> %330, i64 3
  %346 = getelementptr inbounds float, ptr %30, i64 %i5
  store float %345, ptr %346, align 4
  %347 = extractelement <8 x float> %330, i64 4
  %348 = getelementptr inbounds float, ptr %31, i64 %i5
  store float %347, ptr %348, align 4
  %349 = extractelement <8 x float> %330, i64 5
  %350 = getelementptr inbounds float, ptr %32, i64 %i5
  store float %349, ptr %350, align 4
  %351 = extractelement <8 x float> %330, i64 6
  %352 = getelementptr inbounds float, ptr %33, i64 %i5
  store float %351, ptr %352, align 4
  %353 = extractelement <8 x float> %330, i64 7
  %354 = getelementptr inbounds float, ptr %34, i64 %i5
  store float %353, ptr %354, align 4
  %bc581 = bitcast <8 x float> %335 to <8 x i32>
  %355 = extractelement <8 x i32> %bc581, i64 0
  %356 = getelementptr inbounds float, ptr %35, i64 %i5
  store i32 %355, ptr %356, align 4
  %357 = extractelement <8 x float> %335, i64 1
  %358 = getelementptr inbounds float, ptr %36, i64 %i5
  store float %357, ptr %358, align 4
  %359 = extractelement <8 x float> %335, i64 2
  %360 = getelementptr inbounds float, ptr %37, i64 %i5
  store float %359, ptr %360, align 4
  %361 = extractelement <8 x float> %335, i64 3
  %362 = getelementptr inbounds float, ptr %38, i64 %i5
  store float %361, ptr %362, align 4
  %363 = extractelement <8 x float> %335, i64 4
  %364 = getelementptr inbounds float, ptr %39, i64 %i5
  store float %363, ptr %364, align 4
  %365 = extractelement <8 x float> %335, i64 5
  %366 = getelementptr inbounds float, ptr %40, i64 %i5
  store float %365, ptr %366, align 4
  %367 = getelementptr float, ptr %103, i64 %326
  %368 = load float, ptr %367, align 4
  %369 = getelementptr inbounds float, ptr %41, i64 %i5
  store float %368, ptr %369, align 4
  %370 = getelementptr float, ptr %104, i64 %326
  %371 = load float, ptr %370, align 4
  %372 = getelementptr inbounds float, ptr %42, i64 %i5
  store float %371, ptr %372, align 4
  %373 = insertelement <8 x float> poison, float %322, i64 0
  %374 = shufflevector <8 x float> %373, <8 x float> poison, <8 x i32> zeroinitializer
  %375 = getelementptr float, ptr %vh, i64 %326
  %376 = load <8 x float>, ptr %375, align 4
  %377 = fmul <8 x float> %374, %376
  %378 = getelementptr inbounds i8, ptr %333, i64 64
  store <8 x float> %377, ptr %378, align 4
  %379 = getelementptr float, ptr %105, i64 %326
  %380 = load <8 x float>, ptr %379, align 4
  %381 = fmul <8 x float> %374, %380
  %382 = getelementptr inbounds i8, ptr %338, i64 64
  store <8 x float> %381, ptr %382, align 4
  br label %endif6

endif6:                                           ; preds = %j5.head.preheader, %j2.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.0343, 1
  %exitcond530.not = icmp eq i64 %t2.next, 32
  br i1 %exitcond530.not, label %j10.head.preheader, label %t2.body

j10.head.preheader:                               ; preds = %endif6, %p6.exit.3
  %i14.addr.0354 = phi i64 [ %i14.next, %p6.exit.3 ], [ 0, %endif6 ]
  %383 = shl nuw nsw i64 %i14.addr.0354, 4
  %384 = shl nuw nsw i64 %i14.addr.0354, 6
  %385 = or disjoint i64 %384, 64
  %386 = or disjoint i64 %384, 128
  %387 = or disjoint i64 %384, 192
  br label %p6.body

p6.body:                                          ; preds = %p6.body, %j10.head.preheader
  %acc.0352 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %433, %p6.body ]
  %acc1.0351 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %434, %p6.body ]
  %acc2.0350 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %440, %p6.body ]
  %acc3.0349 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %441, %p6.body ]
  %acc4.0348 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %447, %p6.body ]
  %acc5.0347 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %448, %p6.body ]
  %acc6.0346 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %454, %p6.body ]
  %acc7.0345 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %455, %p6.body ]
  %p6.addr.0344 = phi i64 [ 0, %j10.head.preheader ], [ %p6.next.1983, %p6.body ]
  %388 = shl nuw nsw i64 %p6.addr.0344, 6
  %389 = getelementptr inbounds float, ptr %KT, i64 %388
  %390 = load <8 x float>, ptr %389, align 4
  %391 = or disjoint i64 %388, 8
  %392 = getelementptr inbounds float, ptr %KT, i64 %391
  %393 = load <8 x float>, ptr %392, align 4
  %394 = add nuw nsw i64 %p6.addr.0344, %383
  %395 = getelementptr inbounds float, ptr %Kc, i64 %394
  %396 = load float, ptr %395, align 4
  %397 = insertelement <8 x float> poison, float %396, i64 0
  %398 = shufflevector <8 x float> %397, <8 x float> poison, <8 x i32> zeroinitializer
  %399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %390, <8 x float> %acc.0352)
  %400 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %393, <8 x float> %acc1.0351)
  %401 = or disjoint i64 %394, 16
  %402 = getelementptr inbounds float, ptr %Kc, i64 %401
  %403 = load float, ptr %402, align 4
  %404 = insertelement <8 x float> poison, float %403, i64 0
  %405 = shufflevector <8 x float> %404, <8 x float> poison, <8 x i32> zeroinitializer
  %406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %405, <8 x float> %390, <8 x float> %acc2.0350)
  %407 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %405, <8 x float> %393, <8 x float> %acc3.0349)
  %408 = or disjoint i64 %394, 32
  %409 = getelementptr inbounds float, ptr %Kc, i64 %408
  %410 = load float, ptr %409, align 4
  %411 = insertelement <8 x float> poison, float %410, i64 0
  %412 = shufflevector <8 x float> %411, <8 x float> poison, <8 x i32> zeroinitializer
  %413 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %412, <8 x float> %390, <8 x float> %acc4.0348)
  %414 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %412, <8 x float> %393, <8 x float> %acc5.0347)
  %415 = or disjoint i64 %394, 48
  %416 = getelementptr inbounds float, ptr %Kc, i64 %415
  %417 = load float, ptr %416, align 4
  %418 = insertelement <8 x float> poison, float %417, i64 0
  %419 = shufflevector <8 x float> %418, <8 x float> poison, <8 x i32> zeroinitializer
  %420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %390, <8 x float> %acc6.0346)
  %421 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %393, <8 x float> %acc7.0345)
  %p6.next = or disjoint i64 %p6.addr.0344, 1
  %422 = shl nuw nsw i64 %p6.next, 6
  %423 = getelementptr inbounds float, ptr %KT, i64 %422
  %424 = load <8 x float>, ptr %423, align 4
  %425 = or disjoint i64 %422, 8
  %426 = getelementptr inbounds float, ptr %KT, i64 %425
  %427 = load <8 x float>, ptr %426, align 4
  %428 = add nuw nsw i64 %p6.next, %383
  %429 = getelementptr inbounds float, ptr %Kc, i64 %428
  %430 = load float, ptr %429, align 4
  %431 = insertelement <8 x float> poison, float %430, i64 0
  %432 = shufflevector <8 x float> %431, <8 x float> poison, <8 x i32> zeroinitializer
  %433 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %424, <8 x float> %399)
  %434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %427, <8 x float> %400)
  %435 = or disjoint i64 %428, 16
  %436 = getelementptr inbounds float, ptr %Kc, i64 %435
  %437 = load float, ptr %436, align 4
  %438 = insertelement <8 x float> poison, float %437, i64 0
  %439 = shufflevector <8 x float> %438, <8 x float> poison, <8 x i32> zeroinitializer
  %440 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %439, <8 x float> %424, <8 x float> %406)
  %441 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %439, <8 x float> %427, <8 x float> %407)
  %442 = or disjoint i64 %428, 32
  %443 = getelementptr inbounds float, ptr %Kc, i64 %442
  %444 = load float, ptr %443, align 4
  %445 = insertelement <8 x float> poison, float %444, i64 0
  %446 = shufflevector <8 x float> %445, <8 x float> poison, <8 x i32> zeroinitializer
  %447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %424, <8 x float> %413)
  %448 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %427, <8 x float> %414)
  %449 = or disjoint i64 %428, 48
  %450 = getelementptr inbounds float, ptr %Kc, i64 %449
  %451 = load float, ptr %450, align 4
  %452 = insertelement <8 x float> poison, float %451, i64 0
  %453 = shufflevector <8 x float> %452, <8 x float> poison, <8 x i32> zeroinitializer
  %454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %453, <8 x float> %424, <8 x float> %420)
  %455 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %453, <8 x float> %427, <8 x float> %421)
  %p6.next.1983 = add nuw nsw i64 %p6.addr.0344, 2
  %exitcond531.not.1 = icmp eq i64 %p6.next.1983, 16
  br i1 %exitcond531.not.1, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %456 = getelementptr inbounds float, ptr %A, i64 %384
  store <8 x float> %433, ptr %456, align 4
  %457 = or disjoint i64 %384, 8
  %458 = getelementptr inbounds float, ptr %A, i64 %457
  store <8 x float> %434, ptr %458, align 4
  %459 = getelementptr inbounds float, ptr %A, i64 %385
  store <8 x float> %440, ptr %459, align 4
  %460 = or disjoint i64 %384, 72
  %461 = getelementptr inbounds float, ptr %A, i64 %460
  store <8 x float> %441, ptr %461, align 4
  %462 = getelementptr inbounds float, ptr %A, i64 %386
  store <8 x float> %447, ptr %462, align 4
  %463 = or disjoint i64 %384, 136
  %464 = getelementptr inbounds float, ptr %A, i64 %463
  store <8 x float> %448, ptr %464, align 4
  %465 = getelementptr inbounds float, ptr %A, i64 %387
  store <8 x float> %454, ptr %465, align 4
  %466 = or disjoint i64 %384, 200
  %467 = getelementptr inbounds float, ptr %A, i64 %466
  store <8 x float> %455, ptr %467, align 4
  br label %p6.body.1

p6.body.1:                                        ; preds = %p6.body.1, %p6.exit
  %acc.0352.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %515, %p6.body.1 ]
  %acc1.0351.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %516, %p6.body.1 ]
  %acc2.0350.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %522, %p6.body.1 ]
  %acc3.0349.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %523, %p6.body.1 ]
  %acc4.0348.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %529, %p6.body.1 ]
  %acc5.0347.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %530, %p6.body.1 ]
  %acc6.0346.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %536, %p6.body.1 ]
  %acc7.0345.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %537, %p6.body.1 ]
  %p6.addr.0344.1 = phi i64 [ 0, %p6.exit ], [ %p6.next.1.1, %p6.body.1 ]
  %468 = shl nuw nsw i64 %p6.addr.0344.1, 6
  %469 = or disjoint i64 %468, 16
  %470 = getelementptr inbounds float, ptr %KT, i64 %469
  %471 = load <8 x float>, ptr %470, align 4
  %472 = or disjoint i64 %468, 24
  %473 = getelementptr inbounds float, ptr %KT, i64 %472
  %474 = load <8 x float>, ptr %473, align 4
  %475 = add nuw nsw i64 %p6.addr.0344.1, %383
  %476 = getelementptr inbounds float, ptr %Kc, i64 %475
  %477 = load float, ptr %476, align 4
  %478 = insertelement <8 x float> poison, float %477, i64 0
  %479 = shufflevector <8 x float> %478, <8 x float> poison, <8 x i32> zeroinitializer
  %480 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %471, <8 x float> %acc.0352.1)
  %481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %474, <8 x float> %acc1.0351.1)
  %482 = or disjoint i64 %475, 16
  %483 = getelementptr inbounds float, ptr %Kc, i64 %482
  %484 = load float, ptr %483, align 4
  %485 = insertelement <8 x float> poison, float %484, i64 0
  %486 = shufflevector <8 x float> %485, <8 x float> poison, <8 x i32> zeroinitializer
  %487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %486, <8 x float> %471, <8 x float> %acc2.0350.1)
  %488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %486, <8 x float> %474, <8 x float> %acc3.0349.1)
  %489 = or disjoint i64 %475, 32
  %490 = getelementptr inbounds float, ptr %Kc, i64 %489
  %491 = load float, ptr %490, align 4
  %492 = insertelement <8 x float> poison, float %491, i64 0
  %493 = shufflevector <8 x float> %492, <8 x float> poison, <8 x i32> zeroinitializer
  %494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %471, <8 x float> %acc4.0348.1)
  %495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %474, <8 x float> %acc5.0347.1)
  %496 = or disjoint i64 %475, 48
  %497 = getelementptr inbounds float, ptr %Kc, i64 %496
  %498 = load float, ptr %497, align 4
  %499 = insertelement <8 x float> poison, float %498, i64 0
  %500 = shufflevector <8 x float> %499, <8 x float> poison, <8 x i32> zeroinitializer
  %501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %500, <8 x float> %471, <8 x float> %acc6.0346.1)
  %502 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %500, <8 x float> %474, <8 x float> %acc7.0345.1)
  %p6.next.1 = or disjoint i64 %p6.addr.0344.1, 1
  %503 = shl nuw nsw i64 %p6.next.1, 6
  %504 = or disjoint i64 %503, 16
  %505 = getelementptr inbounds float, ptr %KT, i64 %504
  %506 = load <8 x float>, ptr %505, align 4
  %507 = or disjoint i64 %503, 24
  %508 = getelementptr inbounds float, ptr %KT, i64 %507
  %509 = load <8 x float>, ptr %508, align 4
  %510 = add nuw nsw i64 %p6.next.1, %383
  %511 = getelementptr inbounds float, ptr %Kc, i64 %510
  %512 = load float, ptr %511, align 4
  %513 = insertelement <8 x float> poison, float %512, i64 0
  %514 = shufflevector <8 x float> %513, <8 x float> poison, <8 x i32> zeroinitializer
  %515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %514, <8 x float> %506, <8 x float> %480)
  %516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %514, <8 x float> %509, <8 x float> %481)
  %517 = or disjoint i64 %510, 16
  %518 = getelementptr inbounds float, ptr %Kc, i64 %517
  %519 = load float, ptr %518, align 4
  %520 = insertelement <8 x float> poison, float %519, i64 0
  %521 = shufflevector <8 x float> %520, <8 x float> poison, <8 x i32> zeroinitializer
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %521, <8 x float> %506, <8 x float> %487)
  %523 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %521, <8 x float> %509, <8 x float> %488)
  %524 = or disjoint i64 %510, 32
  %525 = getelementptr inbounds float, ptr %Kc, i64 %524
  %526 = load float, ptr %525, align 4
  %527 = insertelement <8 x float> poison, float %526, i64 0
  %528 = shufflevector <8 x float> %527, <8 x float> poison, <8 x i32> zeroinitializer
  %529 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %528, <8 x float> %506, <8 x float> %494)
  %530 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %528, <8 x float> %509, <8 x float> %495)
  %531 = or disjoint i64 %510, 48
  %532 = getelementptr inbounds float, ptr %Kc, i64 %531
  %533 = load float, ptr %532, align 4
  %534 = insertelement <8 x float> poison, float %533, i64 0
  %535 = shufflevector <8 x float> %534, <8 x float> poison, <8 x i32> zeroinitializer
  %536 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %535, <8 x float> %506, <8 x float> %501)
  %537 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %535, <8 x float> %509, <8 x float> %502)
  %p6.next.1.1 = add nuw nsw i64 %p6.addr.0344.1, 2
  %exitcond531.1.not.1 = icmp eq i64 %p6.next.1.1, 16
  br i1 %exitcond531.1.not.1, label %p6.exit.1, label %p6.body.1

p6.exit.1:                                        ; preds = %p6.body.1
  %538 = or disjoint i64 %384, 16
  %539 = getelementptr inbounds float, ptr %A, i64 %538
  store <8 x float> %515, ptr %539, align 4
  %540 = or disjoint i64 %384, 24
  %541 = getelementptr inbounds float, ptr %A, i64 %540
  store <8 x float> %516, ptr %541, align 4
  %542 = or disjoint i64 %384, 80
  %543 = getelementptr inbounds float, ptr %A, i64 %542
  store <8 x float> %522, ptr %543, align 4
  %544 = or disjoint i64 %384, 88
  %545 = getelementptr inbounds float, ptr %A, i64 %544
  store <8 x float> %523, ptr %545, align 4
  %546 = or disjoint i64 %384, 144
  %547 = getelementptr inbounds float, ptr %A, i64 %546
  store <8 x float> %529, ptr %547, align 4
  %548 = or disjoint i64 %384, 152
  %549 = getelementptr inbounds float, ptr %A, i64 %548
  store <8 x float> %530, ptr %549, align 4
  %550 = or disjoint i64 %384, 208
  %551 = getelementptr inbounds float, ptr %A, i64 %550
  store <8 x float> %536, ptr %551, align 4
  %552 = or disjoint i64 %384, 216
  %553 = getelementptr inbounds float, ptr %A, i64 %552
  store <8 x float> %537, ptr %553, align 4
  br label %p6.body.2

p6.body.2:                                        ; preds = %p6.body.2, %p6.exit.1
  %acc.0352.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %601, %p6.body.2 ]
  %acc1.0351.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %602, %p6.body.2 ]
  %acc2.0350.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %608, %p6.body.2 ]
  %acc3.0349.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %609, %p6.body.2 ]
  %acc4.0348.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %615, %p6.body.2 ]
  %acc5.0347.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %616, %p6.body.2 ]
  %acc6.0346.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %622, %p6.body.2 ]
  %acc7.0345.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %623, %p6.body.2 ]
  %p6.addr.0344.2 = phi i64 [ 0, %p6.exit.1 ], [ %p6.next.2.1, %p6.body.2 ]
  %554 = shl nuw nsw i64 %p6.addr.0344.2, 6
  %555 = or disjoint i64 %554, 32
  %556 = getelementptr inbounds float, ptr %KT, i64 %555
  %557 = load <8 x float>, ptr %556, align 4
  %558 = or disjoint i64 %554, 40
  %559 = getelementptr inbounds float, ptr %KT, i64 %558
  %560 = load <8 x float>, ptr %559, align 4
  %561 = add nuw nsw i64 %p6.addr.0344.2, %383
  %562 = getelementptr inbounds float, ptr %Kc, i64 %561
  %563 = load float, ptr %562, align 4
  %564 = insertelement <8 x float> poison, float %563, i64 0
  %565 = shufflevector <8 x float> %564, <8 x float> poison, <8 x i32> zeroinitializer
  %566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %557, <8 x float> %acc.0352.2)
  %567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %565, <8 x float> %560, <8 x float> %acc1.0351.2)
  %568 = or disjoint i64 %561, 16
  %569 = getelementptr inbounds float, ptr %Kc, i64 %568
  %570 = load float, ptr %569, align 4
  %571 = insertelement <8 x float> poison, float %570, i64 0
  %572 = shufflevector <8 x float> %571, <8 x float> poison, <8 x i32> zeroinitializer
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %557, <8 x float> %acc2.0350.2)
  %574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %560, <8 x float> %acc3.0349.2)
  %575 = or disjoint i64 %561, 32
  %576 = getelementptr inbounds float, ptr %Kc, i64 %575
  %577 = load float, ptr %576, align 4
  %578 = insertelement <8 x float> poison, float %577, i64 0
  %579 = shufflevector <8 x float> %578, <8 x float> poison, <8 x i32> zeroinitializer
  %580 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %579, <8 x float> %557, <8 x float> %acc4.0348.2)
  %581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %579, <8 x float> %560, <8 x float> %acc5.0347.2)
  %582 = or disjoint i64 %561, 48
  %583 = getelementptr inbounds float, ptr %Kc, i64 %582
  %584 = load float, ptr %583, align 4
  %585 = insertelement <8 x float> poison, float %584, i64 0
  %586 = shufflevector <8 x float> %585, <8 x float> poison, <8 x i32> zeroinitializer
  %587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %586, <8 x float> %557, <8 x float> %acc6.0346.2)
  %588 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %586, <8 x float> %560, <8 x float> %acc7.0345.2)
  %p6.next.2 = or disjoint i64 %p6.addr.0344.2, 1
  %589 = shl nuw nsw i64 %p6.next.2, 6
  %590 = or disjoint i64 %589, 32
  %591 = getelementptr inbounds float, ptr %KT, i64 %590
  %592 = load <8 x float>, ptr %591, align 4
  %593 = or disjoint i64 %589, 40
  %594 = getelementptr inbounds float, ptr %KT, i64 %593
  %595 = load <8 x float>, ptr %594, align 4
  %596 = add nuw nsw i64 %p6.next.2, %383
  %597 = getelementptr inbounds float, ptr %Kc, i64 %596
  %598 = load float, ptr %597, align 4
  %599 = insertelement <8 x float> poison, float %598, i64 0
  %600 = shufflevector <8 x float> %599, <8 x float> poison, <8 x i32> zeroinitializer
  %601 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> %592, <8 x float> %566)
  %602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %600, <8 x float> %595, <8 x float> %567)
  %603 = or disjoint i64 %596, 16
  %604 = getelementptr inbounds float, ptr %Kc, i64 %603
  %605 = load float, ptr %604, align 4
  %606 = insertelement <8 x float> poison, float %605, i64 0
  %607 = shufflevector <8 x float> %606, <8 x float> poison, <8 x i32> zeroinitializer
  %608 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %607, <8 x float> %592, <8 x float> %573)
  %609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %607, <8 x float> %595, <8 x float> %574)
  %610 = or disjoint i64 %596, 32
  %611 = getelementptr inbounds float, ptr %Kc, i64 %610
  %612 = load float, ptr %611, align 4
  %613 = insertelement <8 x float> poison, float %612, i64 0
  %614 = shufflevector <8 x float> %613, <8 x float> poison, <8 x i32> zeroinitializer
  %615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %592, <8 x float> %580)
  %616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %595, <8 x float> %581)
  %617 = or disjoint i64 %596, 48
  %618 = getelementptr inbounds float, ptr %Kc, i64 %617
  %619 = load float, ptr %618, align 4
  %620 = insertelement <8 x float> poison, float %619, i64 0
  %621 = shufflevector <8 x float> %620, <8 x float> poison, <8 x i32> zeroinitializer
  %622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %621, <8 x float> %592, <8 x float> %587)
  %623 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %621, <8 x float> %595, <8 x float> %588)
  %p6.next.2.1 = add nuw nsw i64 %p6.addr.0344.2, 2
  %exitcond531.2.not.1 = icmp eq i64 %p6.next.2.1, 16
  br i1 %exitcond531.2.not.1, label %p6.exit.2, label %p6.body.2

p6.exit.2:                                        ; preds = %p6.body.2
  %624 = or disjoint i64 %384, 32
  %625 = getelementptr inbounds float, ptr %A, i64 %624
  store <8 x float> %601, ptr %625, align 4
  %626 = or disjoint i64 %384, 40
  %627 = getelementptr inbounds float, ptr %A, i64 %626
  store <8 x float> %602, ptr %627, align 4
  %628 = or disjoint i64 %384, 96
  %629 = getelementptr inbounds float, ptr %A, i64 %628
  store <8 x float> %608, ptr %629, align 4
  %630 = or disjoint i64 %384, 104
  %631 = getelementptr inbounds float, ptr %A, i64 %630
  store <8 x float> %609, ptr %631, align 4
  %632 = or disjoint i64 %384, 160
  %633 = getelementptr inbounds float, ptr %A, i64 %632
  store <8 x float> %615, ptr %633, align 4
  %634 = or disjoint i64 %384, 168
  %635 = getelementptr inbounds float, ptr %A, i64 %634
  store <8 x float> %616, ptr %635, align 4
  %636 = or disjoint i64 %384, 224
  %637 = getelementptr inbounds float, ptr %A, i64 %636
  store <8 x float> %622, ptr %637, align 4
  %638 = or disjoint i64 %384, 232
  %639 = getelementptr inbounds float, ptr %A, i64 %638
  store <8 x float> %623, ptr %639, align 4
  br label %p6.body.3

p6.body.3:                                        ; preds = %p6.body.3, %p6.exit.2
  %acc.0352.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %687, %p6.body.3 ]
  %acc1.0351.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %688, %p6.body.3 ]
  %acc2.0350.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %694, %p6.body.3 ]
  %acc3.0349.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %695, %p6.body.3 ]
  %acc4.0348.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %701, %p6.body.3 ]
  %acc5.0347.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %702, %p6.body.3 ]
  %acc6.0346.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %708, %p6.body.3 ]
  %acc7.0345.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %709, %p6.body.3 ]
  %p6.addr.0344.3 = phi i64 [ 0, %p6.exit.2 ], [ %p6.next.3.1, %p6.body.3 ]
  %640 = shl nuw nsw i64 %p6.addr.0344.3, 6
  %641 = or disjoint i64 %640, 48
  %642 = getelementptr inbounds float, ptr %KT, i64 %641
  %643 = load <8 x float>, ptr %642, align 4
  %644 = or disjoint i64 %640, 56
  %645 = getelementptr inbounds float, ptr %KT, i64 %644
  %646 = load <8 x float>, ptr %645, align 4
  %647 = add nuw nsw i64 %p6.addr.0344.3, %383
  %648 = getelementptr inbounds float, ptr %Kc, i64 %647
  %649 = load float, ptr %648, align 4
  %650 = insertelement <8 x float> poison, float %649, i64 0
  %651 = shufflevector <8 x float> %650, <8 x float> poison, <8 x i32> zeroinitializer
  %652 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %651, <8 x float> %643, <8 x float> %acc.0352.3)
  %653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %651, <8 x float> %646, <8 x float> %acc1.0351.3)
  %654 = or disjoint i64 %647, 16
  %655 = getelementptr inbounds float, ptr %Kc, i64 %654
  %656 = load float, ptr %655, align 4
  %657 = insertelement <8 x float> poison, float %656, i64 0
  %658 = shufflevector <8 x float> %657, <8 x float> poison, <8 x i32> zeroinitializer
  %659 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %658, <8 x float> %643, <8 x float> %acc2.0350.3)
  %660 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %658, <8 x float> %646, <8 x float> %acc3.0349.3)
  %661 = or disjoint i64 %647, 32
  %662 = getelementptr inbounds float, ptr %Kc, i64 %661
  %663 = load float, ptr %662, align 4
  %664 = insertelement <8 x float> poison, float %663, i64 0
  %665 = shufflevector <8 x float> %664, <8 x float> poison, <8 x i32> zeroinitializer
  %666 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %665, <8 x float> %643, <8 x float> %acc4.0348.3)
  %667 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %665, <8 x float> %646, <8 x float> %acc5.0347.3)
  %668 = or disjoint i64 %647, 48
  %669 = getelementptr inbounds float, ptr %Kc, i64 %668
  %670 = load float, ptr %669, align 4
  %671 = insertelement <8 x float> poison, float %670, i64 0
  %672 = shufflevector <8 x float> %671, <8 x float> poison, <8 x i32> zeroinitializer
  %673 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %672, <8 x float> %643, <8 x float> %acc6.0346.3)
  %674 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %672, <8 x float> %646, <8 x float> %acc7.0345.3)
  %p6.next.3 = or disjoint i64 %p6.addr.0344.3, 1
  %675 = shl nuw nsw i64 %p6.next.3, 6
  %676 = or disjoint i64 %675, 48
  %677 = getelementptr inbounds float, ptr %KT, i64 %676
  %678 = load <8 x float>, ptr %677, align 4
  %679 = or disjoint i64 %675, 56
  %680 = getelementptr inbounds float, ptr %KT, i64 %679
  %681 = load <8 x float>, ptr %680, align 4
  %682 = add nuw nsw i64 %p6.next.3, %383
  %683 = getelementptr inbounds float, ptr %Kc, i64 %682
  %684 = load float, ptr %683, align 4
  %685 = insertelement <8 x float> poison, float %684, i64 0
  %686 = shufflevector <8 x float> %685, <8 x float> poison, <8 x i32> zeroinitializer
  %687 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %686, <8 x float> %678, <8 x float> %652)
  %688 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %686, <8 x float> %681, <8 x float> %653)
  %689 = or disjoint i64 %682, 16
  %690 = getelementptr inbounds float, ptr %Kc, i64 %689
  %691 = load float, ptr %690, align 4
  %692 = insertelement <8 x float> poison, float %691, i64 0
  %693 = shufflevector <8 x float> %692, <8 x float> poison, <8 x i32> zeroinitializer
  %694 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %693, <8 x float> %678, <8 x float> %659)
  %695 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %693, <8 x float> %681, <8 x float> %660)
  %696 = or disjoint i64 %682, 32
  %697 = getelementptr inbounds float, ptr %Kc, i64 %696
  %698 = load float, ptr %697, align 4
  %699 = insertelement <8 x float> poison, float %698, i64 0
  %700 = shufflevector <8 x float> %699, <8 x float> poison, <8 x i32> zeroinitializer
  %701 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> %678, <8 x float> %666)
  %702 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %700, <8 x float> %681, <8 x float> %667)
  %703 = or disjoint i64 %682, 48
  %704 = getelementptr inbounds float, ptr %Kc, i64 %703
  %705 = load float, ptr %704, align 4
  %706 = insertelement <8 x float> poison, float %705, i64 0
  %707 = shufflevector <8 x float> %706, <8 x float> poison, <8 x i32> zeroinitializer
  %708 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %678, <8 x float> %673)
  %709 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %681, <8 x float> %674)
  %p6.next.3.1 = add nuw nsw i64 %p6.addr.0344.3, 2
  %exitcond531.3.not.1 = icmp eq i64 %p6.next.3.1, 16
  br i1 %exitcond531.3.not.1, label %p6.exit.3, label %p6.body.3

p6.exit.3:                                        ; preds = %p6.body.3
  %710 = or disjoint i64 %384, 48
  %711 = getelementptr inbounds float, ptr %A, i64 %710
  store <8 x float> %687, ptr %711, align 4
  %712 = or disjoint i64 %384, 56
  %713 = getelementptr inbounds float, ptr %A, i64 %712
  store <8 x float> %688, ptr %713, align 4
  %714 = or disjoint i64 %384, 112
  %715 = getelementptr inbounds float, ptr %A, i64 %714
  store <8 x float> %694, ptr %715, align 4
  %716 = or disjoint i64 %384, 120
  %717 = getelementptr inbounds float, ptr %A, i64 %716
  store <8 x float> %695, ptr %717, align 4
  %718 = or disjoint i64 %384, 176
  %719 = getelementptr inbounds float, ptr %A, i64 %718
  store <8 x float> %701, ptr %719, align 4
  %720 = or disjoint i64 %384, 184
  %721 = getelementptr inbounds float, ptr %A, i64 %720
  store <8 x float> %702, ptr %721, align 4
  %722 = or disjoint i64 %384, 240
  %723 = getelementptr inbounds float, ptr %A, i64 %722
  store <8 x float> %708, ptr %723, align 4
  %724 = or disjoint i64 %384, 248
  %725 = getelementptr inbounds float, ptr %A, i64 %724
  store <8 x float> %709, ptr %725, align 4
  %i14.next = add nuw nsw i64 %i14.addr.0354, 4
  %726 = icmp ult i64 %i14.addr.0354, 60
  br i1 %726, label %j10.head.preheader, label %i15.body

i15.body:                                         ; preds = %p6.exit.3, %j11.exit
  %i15.addr.0356 = phi i64 [ %i15.next, %j11.exit ], [ 0, %p6.exit.3 ]
  %727 = getelementptr inbounds float, ptr %bet, i64 %i15.addr.0356
  %728 = load float, ptr %727, align 4
  %729 = shl nuw nsw i64 %i15.addr.0356, 4
  %730 = and i64 %729, 992
  %.idx446 = shl nsw i64 %i15.addr.0356, 8
  %invariant.gep714 = getelementptr inbounds i8, ptr %A, i64 %.idx446
  br label %j11.body

j11.body:                                         ; preds = %j11.body, %i15.body
  %j11.addr.0355 = phi i64 [ 0, %i15.body ], [ %j11.next.7, %j11.body ]
  %gep715 = getelementptr inbounds float, ptr %invariant.gep714, i64 %j11.addr.0355
  %731 = load float, ptr %gep715, align 4
  %732 = fmul float %728, %731
  %733 = lshr exact i64 %j11.addr.0355, 1
  %734 = or disjoint i64 %733, %730
  %735 = getelementptr inbounds float, ptr %Dt, i64 %734
  %736 = load float, ptr %735, align 4
  %737 = fmul float %732, %736
  %738 = icmp ult i64 %j11.addr.0355, %i15.addr.0356
  %739 = select i1 %738, float %737, float 0.000000e+00
  store float %739, ptr %gep715, align 4
  %j11.next = or disjoint i64 %j11.addr.0355, 1
  %gep715.1 = getelementptr inbounds float, ptr %invariant.gep714, i64 %j11.next
  %740 = load float, ptr %gep715.1, align 4
  %741 = fmul float %728, %740
  %742 = lshr exact i64 %j11.addr.0355, 1
  %743 = or disjoint i64 %742, %730
  %744 = getelementptr inbounds float, ptr %Dt, i64 %743
  %745 = load float, ptr %744, align 4
  %746 = fmul float %741, %745
  %747 = icmp ult i64 %j11.next, %i15.addr.0356
  %748 = select i1 %747, float %746, float 0.000000e+00
  store float %748, ptr %gep715.1, align 4
  %j11.next.1 = or disjoint i64 %j11.addr.0355, 2
  %gep715.2 = getelementptr inbounds float, ptr %invariant.gep714, i64 %j11.next.1
  %749 = load float, ptr %gep715.2, align 4
  %750 = fmul float %728, %749
  %751 = lshr exact i64 %j11.next.1, 1
  %752 = or disjoint i64 %751, %730
  %753 = getelementptr inbounds float, ptr %Dt, i64 %752
  %754 = load float, ptr %753, align 4
  %755 = fmul float %750, %754
  %756 = icmp ult i64 %j11.next.1, %i15.addr.0356
  %757 = select i1 %756, float %755, float 0.000000e+00
  store float %757, ptr %gep715.2, align 4
  %j11.next.2 = or disjoint i64 %j11.addr.0355, 3
  %gep715.3 = getelementptr inbounds float, ptr %invariant.gep714, i64 %j11.next.2
  %758 = load float, ptr %gep715.3, align 4
  %759 = fmul float %728, %758
  %760 = lshr exact i64 %j11.next.1, 1
  %761 = or disjoint i64 %760, %730
  %762 = getelementptr inbounds float, ptr %Dt, i64 %761
  %763 = load float, ptr %762, align 4
  %764 = fmul float %759, %763
  %765 = icmp ult i64 %j11.next.2, %i15.addr.0356
  %766 = select i1 %765, float %764, float 0.000000e+00
  store float %766, ptr %gep715.3, align 4
  %j11.next.3 = or disjoint i64 %j11.addr.0355, 4
  %gep715.4 = getelementptr inbounds float, ptr %invariant.gep714, i64 %j11.next.3
  %767 = load float, ptr %gep715.4, align 4
  %768 = fmul float %728, %767
  %769 = lshr exact i64 %j11.next.3, 1
  %770 = or disjoint i64 %769, %730
  %771 = getelementptr inbounds float, ptr %Dt, i64 %770
  %772 = load float, ptr %771, align 4
  %773 = fmul float %768, %772
  %774 = icmp ult i64 %j11.next.3, %i15.addr.0356
  %775 = select i1 %774, float %773, float 0.000000e+00
  store float %775, ptr %gep715.4, align 4
  %j11.next.4 = or disjoint i64 %j11.addr.0355, 5
  %gep715.5 = getelementptr inbounds float, ptr %invariant.gep714, i64 %j11.next.4
  %776 = load float, ptr %gep715.5, align 4
  %777 = fmul float %728, %776
  %778 = lshr exact i64 %j11.next.3, 1
  %779 = or disjoint i64 %778, %730
  %780 = getelementptr inbounds float, ptr %Dt, i64 %779
  %781 = load float, ptr %780, align 4
  %782 = fmul float %777, %781
  %783 = icmp ult i64 %j11.next.4, %i15.addr.0356
  %784 = select i1 %783, float %782, float 0.000000e+00
  store float %784, ptr %gep715.5, align 4
  %j11.next.5 = or disjoint i64 %j11.addr.0355, 6
  %gep715.6 = getelementptr inbounds float, ptr %invariant.gep714, i64 %j11.next.5
  %785 = load float, ptr %gep715.6, align 4
  %786 = fmul float %728, %785
  %787 = lshr exact i64 %j11.next.5, 1
  %788 = or disjoint i64 %787, %730
  %789 = getelementptr inbounds float, ptr %Dt, i64 %788
  %790 = load float, ptr %789, align 4
  %791 = fmul float %786, %790
  %792 = icmp ult i64 %j11.next.5, %i15.addr.0356
  %793 = select i1 %792, float %791, float 0.000000e+00
  store float %793, ptr %gep715.6, align 4
  %j11.next.6 = or disjoint i64 %j11.addr.0355, 7
  %gep715.7 = getelementptr inbounds float, ptr %invariant.gep714, i64 %j11.next.6
  %794 = load float, ptr %gep715.7, align 4
  %795 = fmul float %728, %794
  %796 = lshr exact i64 %j11.next.5, 1
  %797 = or disjoint i64 %796, %730
  %798 = getelementptr inbounds float, ptr %Dt, i64 %797
  %799 = load float, ptr %798, align 4
  %800 = fmul float %795, %799
  %801 = icmp ult i64 %j11.next.6, %i15.addr.0356
  %802 = select i1 %801, float %800, float 0.000000e+00
  store float %802, ptr %gep715.7, align 4
  %j11.next.7 = add nuw nsw i64 %j11.addr.0355, 8
  %exitcond532.not.7 = icmp eq i64 %j11.next.7, 64
  br i1 %exitcond532.not.7, label %j11.exit, label %j11.body

j11.exit:                                         ; preds = %j11.body
  %i15.next = add nuw nsw i64 %i15.addr.0356, 1
  %exitcond533.not = icmp eq i64 %i15.next, 64
  br i1 %exitcond533.not, label %i16.body, label %i15.body

i16.body:                                         ; preds = %j11.exit, %j12.exit
  %indvar985 = phi i64 [ %indvar.next986, %j12.exit ], [ 0, %j11.exit ]
  %i16.addr.0362 = phi i64 [ %i16.next, %j12.exit ], [ 1, %j11.exit ]
  %803 = shl nuw nsw i64 %i16.addr.0362, 5
  %804 = getelementptr inbounds float, ptr %X, i64 %803
  %805 = load <8 x float>, ptr %804, align 4
  %806 = or disjoint i64 %803, 8
  %807 = getelementptr inbounds float, ptr %X, i64 %806
  %808 = load <8 x float>, ptr %807, align 4
  %809 = or disjoint i64 %803, 16
  %810 = getelementptr inbounds float, ptr %X, i64 %809
  %811 = load <8 x float>, ptr %810, align 4
  %812 = or disjoint i64 %803, 24
  %813 = getelementptr inbounds float, ptr %X, i64 %812
  %814 = load <8 x float>, ptr %813, align 4
  %.idx = shl nuw nsw i64 %i16.addr.0362, 8
  %815 = getelementptr inbounds i8, ptr %A, i64 %.idx
  %xtraiter987 = and i64 %i16.addr.0362, 3
  %816 = icmp ult i64 %indvar985, 3
  br i1 %816, label %j12.exit.unr-lcssa, label %i16.body.new

i16.body.new:                                     ; preds = %i16.body
  %unroll_iter994 = and i64 %i16.addr.0362, 9223372036854775804
  br label %j12.body

j12.body:                                         ; preds = %j12.body, %i16.body.new
  %j12.addr.0361 = phi i64 [ 0, %i16.body.new ], [ %j12.next.3, %j12.body ]
  %acc11.0360 = phi <8 x float> [ %814, %i16.body.new ], [ %900, %j12.body ]
  %acc10.0359 = phi <8 x float> [ %811, %i16.body.new ], [ %896, %j12.body ]
  %acc9.0358 = phi <8 x float> [ %808, %i16.body.new ], [ %892, %j12.body ]
  %acc8.0357 = phi <8 x float> [ %805, %i16.body.new ], [ %888, %j12.body ]
  %niter995 = phi i64 [ 0, %i16.body.new ], [ %niter995.next.3, %j12.body ]
  %817 = getelementptr inbounds float, ptr %815, i64 %j12.addr.0361
  %818 = load float, ptr %817, align 4
  %819 = fneg float %818
  %820 = shl nsw i64 %j12.addr.0361, 5
  %821 = getelementptr inbounds float, ptr %X, i64 %820
  %822 = load <8 x float>, ptr %821, align 4
  %823 = insertelement <8 x float> poison, float %819, i64 0
  %824 = shufflevector <8 x float> %823, <8 x float> poison, <8 x i32> zeroinitializer
  %825 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> %822, <8 x float> %acc8.0357)
  %826 = or disjoint i64 %820, 8
  %827 = getelementptr inbounds float, ptr %X, i64 %826
  %828 = load <8 x float>, ptr %827, align 4
  %829 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> %828, <8 x float> %acc9.0358)
  %830 = or disjoint i64 %820, 16
  %831 = getelementptr inbounds float, ptr %X, i64 %830
  %832 = load <8 x float>, ptr %831, align 4
  %833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> %832, <8 x float> %acc10.0359)
  %834 = or disjoint i64 %820, 24
  %835 = getelementptr inbounds float, ptr %X, i64 %834
  %836 = load <8 x float>, ptr %835, align 4
  %837 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> %836, <8 x float> %acc11.0360)
  %j12.next = or disjoint i64 %j12.addr.0361, 1
  %838 = getelementptr inbounds float, ptr %815, i64 %j12.next
  %839 = load float, ptr %838, align 4
  %840 = fneg float %839
  %841 = shl nsw i64 %j12.next, 5
  %842 = getelementptr inbounds float, ptr %X, i64 %841
  %843 = load <8 x float>, ptr %842, align 4
  %844 = insertelement <8 x float> poison, float %840, i64 0
  %845 = shufflevector <8 x float> %844, <8 x float> poison, <8 x i32> zeroinitializer
  %846 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %845, <8 x float> %843, <8 x float> %825)
  %847 = or disjoint i64 %841, 8
  %848 = getelementptr inbounds float, ptr %X, i64 %847
  %849 = load <8 x float>, ptr %848, align 4
  %850 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %845, <8 x float> %849, <8 x float> %829)
  %851 = or disjoint i64 %841, 16
  %852 = getelementptr inbounds float, ptr %X, i64 %851
  %853 = load <8 x float>, ptr %852, align 4
  %854 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %845, <8 x float> %853, <8 x float> %833)
  %855 = or disjoint i64 %841, 24
  %856 = getelementptr inbounds float, ptr %X, i64 %855
  %857 = load <8 x float>, ptr %856, align 4
  %858 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %845, <8 x float> %857, <8 x float> %837)
  %j12.next.1 = or disjoint i64 %j12.addr.0361, 2
  %859 = getelementptr inbounds float, ptr %815, i64 %j12.next.1
  %860 = load float, ptr %859, align 4
  %861 = fneg float %860
  %862 = shl nsw i64 %j12.next.1, 5
  %863 = getelementptr inbounds float, ptr %X, i64 %862
  %864 = load <8 x float>, ptr %863, align 4
  %865 = insertelement <8 x float> poison, float %861, i64 0
  %866 = shufflevector <8 x float> %865, <8 x float> poison, <8 x i32> zeroinitializer
  %867 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %866, <8 x float> %864, <8 x float> %846)
  %868 = or disjoint i64 %862, 8
  %869 = getelementptr inbounds float, ptr %X, i64 %868
  %870 = load <8 x float>, ptr %869, align 4
  %871 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %866, <8 x float> %870, <8 x float> %850)
  %872 = or disjoint i64 %862, 16
  %873 = getelementptr inbounds float, ptr %X, i64 %872
  %874 = load <8 x float>, ptr %873, align 4
  %875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %866, <8 x float> %874, <8 x float> %854)
  %876 = or disjoint i64 %862, 24
  %877 = getelementptr inbounds float, ptr %X, i64 %876
  %878 = load <8 x float>, ptr %877, align 4
  %879 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %866, <8 x float> %878, <8 x float> %858)
  %j12.next.2 = or disjoint i64 %j12.addr.0361, 3
  %880 = getelementptr inbounds float, ptr %815, i64 %j12.next.2
  %881 = load float, ptr %880, align 4
  %882 = fneg float %881
  %883 = shl nsw i64 %j12.next.2, 5
  %884 = getelementptr inbounds float, ptr %X, i64 %883
  %885 = load <8 x float>, ptr %884, align 4
  %886 = insertelement <8 x float> poison, float %882, i64 0
  %887 = shufflevector <8 x float> %886, <8 x float> poison, <8 x i32> zeroinitializer
  %888 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %887, <8 x float> %885, <8 x float> %867)
  %889 = or disjoint i64 %883, 8
  %890 = getelementptr inbounds float, ptr %X, i64 %889
  %891 = load <8 x float>, ptr %890, align 4
  %892 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %887, <8 x float> %891, <8 x float> %871)
  %893 = or disjoint i64 %883, 16
  %894 = getelementptr inbounds float, ptr %X, i64 %893
  %895 = load <8 x float>, ptr %894, align 4
  %896 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %887, <8 x float> %895, <8 x float> %875)
  %897 = or disjoint i64 %883, 24
  %898 = getelementptr inbounds float, ptr %X, i64 %897
  %899 = load <8 x float>, ptr %898, align 4
  %900 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %887, <8 x float> %899, <8 x float> %879)
  %j12.next.3 = add nuw nsw i64 %j12.addr.0361, 4
  %niter995.next.3 = add i64 %niter995, 4
  %niter995.ncmp.3 = icmp eq i64 %niter995.next.3, %unroll_iter994
  br i1 %niter995.ncmp.3, label %j12.exit.unr-lcssa, label %j12.body

j12.exit.unr-lcssa:                               ; preds = %j12.body, %i16.body
  %.lcssa885.ph = phi <8 x float> [ poison, %i16.body ], [ %888, %j12.body ]
  %.lcssa884.ph = phi <8 x float> [ poison, %i16.body ], [ %892, %j12.body ]
  %.lcssa883.ph = phi <8 x float> [ poison, %i16.body ], [ %896, %j12.body ]
  %.lcssa882.ph = phi <8 x float> [ poison, %i16.body ], [ %900, %j12.body ]
  %j12.addr.0361.unr = phi i64 [ 0, %i16.body ], [ %j12.next.3, %j12.body ]
  %acc11.0360.unr = phi <8 x float> [ %814, %i16.body ], [ %900, %j12.body ]
  %acc10.0359.unr = phi <8 x float> [ %811, %i16.body ], [ %896, %j12.body ]
  %acc9.0358.unr = phi <8 x float> [ %808, %i16.body ], [ %892, %j12.body ]
  %acc8.0357.unr = phi <8 x float> [ %805, %i16.body ], [ %888, %j12.body ]
  %lcmp.mod989.not = icmp eq i64 %xtraiter987, 0
  br i1 %lcmp.mod989.not, label %j12.exit, label %j12.body.epil

j12.body.epil:                                    ; preds = %j12.exit.unr-lcssa, %j12.body.epil
  %j12.addr.0361.epil = phi i64 [ %j12.next.epil, %j12.body.epil ], [ %j12.addr.0361.unr, %j12.exit.unr-lcssa ]
  %acc11.0360.epil = phi <8 x float> [ %921, %j12.body.epil ], [ %acc11.0360.unr, %j12.exit.unr-lcssa ]
  %acc10.0359.epil = phi <8 x float> [ %917, %j12.body.epil ], [ %acc10.0359.unr, %j12.exit.unr-lcssa ]
  %acc9.0358.epil = phi <8 x float> [ %913, %j12.body.epil ], [ %acc9.0358.unr, %j12.exit.unr-lcssa ]
  %acc8.0357.epil = phi <8 x float> [ %909, %j12.body.epil ], [ %acc8.0357.unr, %j12.exit.unr-lcssa ]
  %epil.iter988 = phi i64 [ %epil.iter988.next, %j12.body.epil ], [ 0, %j12.exit.unr-lcssa ]
  %901 = getelementptr inbounds float, ptr %815, i64 %j12.addr.0361.epil
  %902 = load float, ptr %901, align 4
  %903 = fneg float %902
  %904 = shl nsw i64 %j12.addr.0361.epil, 5
  %905 = getelementptr inbounds float, ptr %X, i64 %904
  %906 = load <8 x float>, ptr %905, align 4
  %907 = insertelement <8 x float> poison, float %903, i64 0
  %908 = shufflevector <8 x float> %907, <8 x float> poison, <8 x i32> zeroinitializer
  %909 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %908, <8 x float> %906, <8 x float> %acc8.0357.epil)
  %910 = or disjoint i64 %904, 8
  %911 = getelementptr inbounds float, ptr %X, i64 %910
  %912 = load <8 x float>, ptr %911, align 4
  %913 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %908, <8 x float> %912, <8 x float> %acc9.0358.epil)
  %914 = or disjoint i64 %904, 16
  %915 = getelementptr inbounds float, ptr %X, i64 %914
  %916 = load <8 x float>, ptr %915, align 4
  %917 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %908, <8 x float> %916, <8 x float> %acc10.0359.epil)
  %918 = or disjoint i64 %904, 24
  %919 = getelementptr inbounds float, ptr %X, i64 %918
  %920 = load <8 x float>, ptr %919, align 4
  %921 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %908, <8 x float> %920, <8 x float> %acc11.0360.epil)
  %j12.next.epil = add nuw nsw i64 %j12.addr.0361.epil, 1
  %epil.iter988.next = add i64 %epil.iter988, 1
  %epil.iter988.cmp.not = icmp eq i64 %epil.iter988.next, %xtraiter987
  br i1 %epil.iter988.cmp.not, label %j12.exit, label %j12.body.epil, !llvm.loop !2

j12.exit:                                         ; preds = %j12.body.epil, %j12.exit.unr-lcssa
  %.lcssa885 = phi <8 x float> [ %.lcssa885.ph, %j12.exit.unr-lcssa ], [ %909, %j12.body.epil ]
  %.lcssa884 = phi <8 x float> [ %.lcssa884.ph, %j12.exit.unr-lcssa ], [ %913, %j12.body.epil ]
  %.lcssa883 = phi <8 x float> [ %.lcssa883.ph, %j12.exit.unr-lcssa ], [ %917, %j12.body.epil ]
  %.lcssa882 = phi <8 x float> [ %.lcssa882.ph, %j12.exit.unr-lcssa ], [ %921, %j12.body.epil ]
  store <8 x float> %.lcssa885, ptr %804, align 4
  store <8 x float> %.lcssa884, ptr %807, align 4
  store <8 x float> %.lcssa883, ptr %810, align 4
  store <8 x float> %.lcssa882, ptr %813, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0362, 1
  %exitcond535.not = icmp eq i64 %i16.next, 64
  %indvar.next986 = add i64 %indvar985, 1
  br i1 %exitcond535.not, label %i17.body, label %i16.body

i17.body:                                         ; preds = %j12.exit, %p7.exit
  %i17.addr.0372 = phi i64 [ %i17.next, %p7.exit ], [ 0, %j12.exit ]
  %922 = shl nuw nsw i64 %i17.addr.0372, 5
  %923 = or disjoint i64 %922, 16
  %924 = getelementptr inbounds float, ptr %X, i64 %923
  %925 = load <8 x float>, ptr %924, align 4
  %926 = or disjoint i64 %922, 24
  %927 = getelementptr inbounds float, ptr %X, i64 %926
  %928 = load <8 x float>, ptr %927, align 4
  %929 = or disjoint i64 %922, 48
  %930 = getelementptr inbounds float, ptr %X, i64 %929
  %931 = load <8 x float>, ptr %930, align 4
  %932 = or disjoint i64 %922, 56
  %933 = getelementptr inbounds float, ptr %X, i64 %932
  %934 = load <8 x float>, ptr %933, align 4
  %935 = or disjoint i64 %922, 80
  %936 = getelementptr inbounds float, ptr %X, i64 %935
  %937 = load <8 x float>, ptr %936, align 4
  %938 = or disjoint i64 %922, 88
  %939 = getelementptr inbounds float, ptr %X, i64 %938
  %940 = load <8 x float>, ptr %939, align 4
  %941 = or disjoint i64 %922, 112
  %942 = getelementptr inbounds float, ptr %X, i64 %941
  %943 = load <8 x float>, ptr %942, align 4
  %944 = or disjoint i64 %922, 120
  %945 = getelementptr inbounds float, ptr %X, i64 %944
  %946 = load <8 x float>, ptr %945, align 4
  br label %p7.body

p7.body:                                          ; preds = %p7.body, %i17.body
  %p7.addr.0371 = phi i64 [ 0, %i17.body ], [ %p7.next.1, %p7.body ]
  %acc19.0370 = phi <8 x float> [ %946, %i17.body ], [ %1022, %p7.body ]
  %acc18.0369 = phi <8 x float> [ %943, %i17.body ], [ %1021, %p7.body ]
  %acc17.0368 = phi <8 x float> [ %940, %i17.body ], [ %1014, %p7.body ]
  %acc16.0367 = phi <8 x float> [ %937, %i17.body ], [ %1013, %p7.body ]
  %acc15.0366 = phi <8 x float> [ %934, %i17.body ], [ %1006, %p7.body ]
  %acc14.0365 = phi <8 x float> [ %931, %i17.body ], [ %1005, %p7.body ]
  %acc13.0364 = phi <8 x float> [ %928, %i17.body ], [ %998, %p7.body ]
  %acc12.0363 = phi <8 x float> [ %925, %i17.body ], [ %997, %p7.body ]
  %947 = shl nuw nsw i64 %p7.addr.0371, 4
  %948 = getelementptr inbounds float, ptr %work, i64 %947
  %949 = load <8 x float>, ptr %948, align 4
  %950 = or disjoint i64 %947, 8
  %951 = getelementptr inbounds float, ptr %work, i64 %950
  %952 = load <8 x float>, ptr %951, align 4
  %953 = or disjoint i64 %p7.addr.0371, %922
  %954 = getelementptr inbounds float, ptr %X, i64 %953
  %955 = load float, ptr %954, align 4
  %956 = fneg float %955
  %957 = insertelement <8 x float> poison, float %956, i64 0
  %958 = shufflevector <8 x float> %957, <8 x float> poison, <8 x i32> zeroinitializer
  %959 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %958, <8 x float> %949, <8 x float> %acc12.0363)
  %960 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %958, <8 x float> %952, <8 x float> %acc13.0364)
  %961 = or disjoint i64 %953, 32
  %962 = getelementptr inbounds float, ptr %X, i64 %961
  %963 = load float, ptr %962, align 4
  %964 = fneg float %963
  %965 = insertelement <8 x float> poison, float %964, i64 0
  %966 = shufflevector <8 x float> %965, <8 x float> poison, <8 x i32> zeroinitializer
  %967 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %966, <8 x float> %949, <8 x float> %acc14.0365)
  %968 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %966, <8 x float> %952, <8 x float> %acc15.0366)
  %969 = or disjoint i64 %953, 64
  %970 = getelementptr inbounds float, ptr %X, i64 %969
  %971 = load float, ptr %970, align 4
  %972 = fneg float %971
  %973 = insertelement <8 x float> poison, float %972, i64 0
  %974 = shufflevector <8 x float> %973, <8 x float> poison, <8 x i32> zeroinitializer
  %975 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %974, <8 x float> %949, <8 x float> %acc16.0367)
  %976 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %974, <8 x float> %952, <8 x float> %acc17.0368)
  %977 = or disjoint i64 %953, 96
  %978 = getelementptr inbounds float, ptr %X, i64 %977
  %979 = load float, ptr %978, align 4
  %980 = fneg float %979
  %981 = insertelement <8 x float> poison, float %980, i64 0
  %982 = shufflevector <8 x float> %981, <8 x float> poison, <8 x i32> zeroinitializer
  %983 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %982, <8 x float> %949, <8 x float> %acc18.0369)
  %984 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %982, <8 x float> %952, <8 x float> %acc19.0370)
  %p7.next = or disjoint i64 %p7.addr.0371, 1
  %985 = shl nuw nsw i64 %p7.next, 4
  %986 = getelementptr inbounds float, ptr %work, i64 %985
  %987 = load <8 x float>, ptr %986, align 4
  %988 = or disjoint i64 %985, 8
  %989 = getelementptr inbounds float, ptr %work, i64 %988
  %990 = load <8 x float>, ptr %989, align 4
  %991 = or disjoint i64 %p7.next, %922
  %992 = getelementptr inbounds float, ptr %X, i64 %991
  %993 = load float, ptr %992, align 4
  %994 = fneg float %993
  %995 = insertelement <8 x float> poison, float %994, i64 0
  %996 = shufflevector <8 x float> %995, <8 x float> poison, <8 x i32> zeroinitializer
  %997 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %996, <8 x float> %987, <8 x float> %959)
  %998 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %996, <8 x float> %990, <8 x float> %960)
  %999 = or disjoint i64 %991, 32
  %1000 = getelementptr inbounds float, ptr %X, i64 %999
  %1001 = load float, ptr %1000, align 4
  %1002 = fneg float %1001
  %1003 = insertelement <8 x float> poison, float %1002, i64 0
  %1004 = shufflevector <8 x float> %1003, <8 x float> poison, <8 x i32> zeroinitializer
  %1005 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1004, <8 x float> %987, <8 x float> %967)
  %1006 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1004, <8 x float> %990, <8 x float> %968)
  %1007 = or disjoint i64 %991, 64
  %1008 = getelementptr inbounds float, ptr %X, i64 %1007
  %1009 = load float, ptr %1008, align 4
  %1010 = fneg float %1009
  %1011 = insertelement <8 x float> poison, float %1010, i64 0
  %1012 = shufflevector <8 x float> %1011, <8 x float> poison, <8 x i32> zeroinitializer
  %1013 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1012, <8 x float> %987, <8 x float> %975)
  %1014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1012, <8 x float> %990, <8 x float> %976)
  %1015 = or disjoint i64 %991, 96
  %1016 = getelementptr inbounds float, ptr %X, i64 %1015
  %1017 = load float, ptr %1016, align 4
  %1018 = fneg float %1017
  %1019 = insertelement <8 x float> poison, float %1018, i64 0
  %1020 = shufflevector <8 x float> %1019, <8 x float> poison, <8 x i32> zeroinitializer
  %1021 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1020, <8 x float> %987, <8 x float> %983)
  %1022 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1020, <8 x float> %990, <8 x float> %984)
  %p7.next.1 = add nuw nsw i64 %p7.addr.0371, 2
  %exitcond536.not.1 = icmp eq i64 %p7.next.1, 16
  br i1 %exitcond536.not.1, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <8 x float> %997, ptr %924, align 4
  store <8 x float> %998, ptr %927, align 4
  store <8 x float> %1005, ptr %930, align 4
  store <8 x float> %1006, ptr %933, align 4
  store <8 x float> %1013, ptr %936, align 4
  store <8 x float> %1014, ptr %939, align 4
  store <8 x float> %1021, ptr %942, align 4
  store <8 x float> %1022, ptr %945, align 4
  %i17.next = add nuw nsw i64 %i17.addr.0372, 4
  %1023 = icmp ult i64 %i17.addr.0372, 60
  br i1 %1023, label %i17.body, label %j14.head.preheader

j14.head.preheader:                               ; preds = %p7.exit, %p8.exit.3
  %i18.addr.0383 = phi i64 [ %i18.next, %p8.exit.3 ], [ 0, %p7.exit ]
  %1024 = shl nuw nsw i64 %i18.addr.0383, 4
  %1025 = shl nuw nsw i64 %i18.addr.0383, 6
  %1026 = or disjoint i64 %1025, 64
  %1027 = or disjoint i64 %1025, 128
  %1028 = or disjoint i64 %1025, 192
  br label %p8.body

p8.body:                                          ; preds = %p8.body, %j14.head.preheader
  %p8.addr.0381 = phi i64 [ 0, %j14.head.preheader ], [ %p8.next.11005, %p8.body ]
  %acc27.0380 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1096, %p8.body ]
  %acc26.0379 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1095, %p8.body ]
  %acc25.0378 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1089, %p8.body ]
  %acc24.0377 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1088, %p8.body ]
  %acc23.0376 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1082, %p8.body ]
  %acc2297.0375 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1081, %p8.body ]
  %acc21.0374 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1075, %p8.body ]
  %acc20.0373 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1074, %p8.body ]
  %1029 = shl nuw nsw i64 %p8.addr.0381, 6
  %1030 = getelementptr inbounds float, ptr %KT, i64 %1029
  %1031 = load <8 x float>, ptr %1030, align 4
  %1032 = or disjoint i64 %1029, 8
  %1033 = getelementptr inbounds float, ptr %KT, i64 %1032
  %1034 = load <8 x float>, ptr %1033, align 4
  %1035 = add nuw nsw i64 %p8.addr.0381, %1024
  %1036 = getelementptr inbounds float, ptr %Qc, i64 %1035
  %1037 = load float, ptr %1036, align 4
  %1038 = insertelement <8 x float> poison, float %1037, i64 0
  %1039 = shufflevector <8 x float> %1038, <8 x float> poison, <8 x i32> zeroinitializer
  %1040 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1039, <8 x float> %1031, <8 x float> %acc20.0373)
  %1041 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1039, <8 x float> %1034, <8 x float> %acc21.0374)
  %1042 = or disjoint i64 %1035, 16
  %1043 = getelementptr inbounds float, ptr %Qc, i64 %1042
  %1044 = load float, ptr %1043, align 4
  %1045 = insertelement <8 x float> poison, float %1044, i64 0
  %1046 = shufflevector <8 x float> %1045, <8 x float> poison, <8 x i32> zeroinitializer
  %1047 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1046, <8 x float> %1031, <8 x float> %acc2297.0375)
  %1048 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1046, <8 x float> %1034, <8 x float> %acc23.0376)
  %1049 = or disjoint i64 %1035, 32
  %1050 = getelementptr inbounds float, ptr %Qc, i64 %1049
  %1051 = load float, ptr %1050, align 4
  %1052 = insertelement <8 x float> poison, float %1051, i64 0
  %1053 = shufflevector <8 x float> %1052, <8 x float> poison, <8 x i32> zeroinitializer
  %1054 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %1031, <8 x float> %acc24.0377)
  %1055 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %1034, <8 x float> %acc25.0378)
  %1056 = or disjoint i64 %1035, 48
  %1057 = getelementptr inbounds float, ptr %Qc, i64 %1056
  %1058 = load float, ptr %1057, align 4
  %1059 = insertelement <8 x float> poison, float %1058, i64 0
  %1060 = shufflevector <8 x float> %1059, <8 x float> poison, <8 x i32> zeroinitializer
  %1061 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1060, <8 x float> %1031, <8 x float> %acc26.0379)
  %1062 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1060, <8 x float> %1034, <8 x float> %acc27.0380)
  %p8.next = or disjoint i64 %p8.addr.0381, 1
  %1063 = shl nuw nsw i64 %p8.next, 6
  %1064 = getelementptr inbounds float, ptr %KT, i64 %1063
  %1065 = load <8 x float>, ptr %1064, align 4
  %1066 = or disjoint i64 %1063, 8
  %1067 = getelementptr inbounds float, ptr %KT, i64 %1066
  %1068 = load <8 x float>, ptr %1067, align 4
  %1069 = add nuw nsw i64 %p8.next, %1024
  %1070 = getelementptr inbounds float, ptr %Qc, i64 %1069
  %1071 = load float, ptr %1070, align 4
  %1072 = insertelement <8 x float> poison, float %1071, i64 0
  %1073 = shufflevector <8 x float> %1072, <8 x float> poison, <8 x i32> zeroinitializer
  %1074 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1073, <8 x float> %1065, <8 x float> %1040)
  %1075 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1073, <8 x float> %1068, <8 x float> %1041)
  %1076 = or disjoint i64 %1069, 16
  %1077 = getelementptr inbounds float, ptr %Qc, i64 %1076
  %1078 = load float, ptr %1077, align 4
  %1079 = insertelement <8 x float> poison, float %1078, i64 0
  %1080 = shufflevector <8 x float> %1079, <8 x float> poison, <8 x i32> zeroinitializer
  %1081 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1080, <8 x float> %1065, <8 x float> %1047)
  %1082 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1080, <8 x float> %1068, <8 x float> %1048)
  %1083 = or disjoint i64 %1069, 32
  %1084 = getelementptr inbounds float, ptr %Qc, i64 %1083
  %1085 = load float, ptr %1084, align 4
  %1086 = insertelement <8 x float> poison, float %1085, i64 0
  %1087 = shufflevector <8 x float> %1086, <8 x float> poison, <8 x i32> zeroinitializer
  %1088 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1087, <8 x float> %1065, <8 x float> %1054)
  %1089 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1087, <8 x float> %1068, <8 x float> %1055)
  %1090 = or disjoint i64 %1069, 48
  %1091 = getelementptr inbounds float, ptr %Qc, i64 %1090
  %1092 = load float, ptr %1091, align 4
  %1093 = insertelement <8 x float> poison, float %1092, i64 0
  %1094 = shufflevector <8 x float> %1093, <8 x float> poison, <8 x i32> zeroinitializer
  %1095 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1094, <8 x float> %1065, <8 x float> %1061)
  %1096 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1094, <8 x float> %1068, <8 x float> %1062)
  %p8.next.11005 = add nuw nsw i64 %p8.addr.0381, 2
  %exitcond537.not.1 = icmp eq i64 %p8.next.11005, 16
  br i1 %exitcond537.not.1, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1097 = getelementptr inbounds float, ptr %P, i64 %1025
  store <8 x float> %1074, ptr %1097, align 4
  %1098 = or disjoint i64 %1025, 8
  %1099 = getelementptr inbounds float, ptr %P, i64 %1098
  store <8 x float> %1075, ptr %1099, align 4
  %1100 = getelementptr inbounds float, ptr %P, i64 %1026
  store <8 x float> %1081, ptr %1100, align 4
  %1101 = or disjoint i64 %1025, 72
  %1102 = getelementptr inbounds float, ptr %P, i64 %1101
  store <8 x float> %1082, ptr %1102, align 4
  %1103 = getelementptr inbounds float, ptr %P, i64 %1027
  store <8 x float> %1088, ptr %1103, align 4
  %1104 = or disjoint i64 %1025, 136
  %1105 = getelementptr inbounds float, ptr %P, i64 %1104
  store <8 x float> %1089, ptr %1105, align 4
  %1106 = getelementptr inbounds float, ptr %P, i64 %1028
  store <8 x float> %1095, ptr %1106, align 4
  %1107 = or disjoint i64 %1025, 200
  %1108 = getelementptr inbounds float, ptr %P, i64 %1107
  store <8 x float> %1096, ptr %1108, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %p8.addr.0381.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1.1, %p8.body.1 ]
  %acc27.0380.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1178, %p8.body.1 ]
  %acc26.0379.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1177, %p8.body.1 ]
  %acc25.0378.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1171, %p8.body.1 ]
  %acc24.0377.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1170, %p8.body.1 ]
  %acc23.0376.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1164, %p8.body.1 ]
  %acc2297.0375.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1163, %p8.body.1 ]
  %acc21.0374.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1157, %p8.body.1 ]
  %acc20.0373.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1156, %p8.body.1 ]
  %1109 = shl nuw nsw i64 %p8.addr.0381.1, 6
  %1110 = or disjoint i64 %1109, 16
  %1111 = getelementptr inbounds float, ptr %KT, i64 %1110
  %1112 = load <8 x float>, ptr %1111, align 4
  %1113 = or disjoint i64 %1109, 24
  %1114 = getelementptr inbounds float, ptr %KT, i64 %1113
  %1115 = load <8 x float>, ptr %1114, align 4
  %1116 = add nuw nsw i64 %p8.addr.0381.1, %1024
  %1117 = getelementptr inbounds float, ptr %Qc, i64 %1116
  %1118 = load float, ptr %1117, align 4
  %1119 = insertelement <8 x float> poison, float %1118, i64 0
  %1120 = shufflevector <8 x float> %1119, <8 x float> poison, <8 x i32> zeroinitializer
  %1121 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1120, <8 x float> %1112, <8 x float> %acc20.0373.1)
  %1122 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1120, <8 x float> %1115, <8 x float> %acc21.0374.1)
  %1123 = or disjoint i64 %1116, 16
  %1124 = getelementptr inbounds float, ptr %Qc, i64 %1123
  %1125 = load float, ptr %1124, align 4
  %1126 = insertelement <8 x float> poison, float %1125, i64 0
  %1127 = shufflevector <8 x float> %1126, <8 x float> poison, <8 x i32> zeroinitializer
  %1128 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1127, <8 x float> %1112, <8 x float> %acc2297.0375.1)
  %1129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1127, <8 x float> %1115, <8 x float> %acc23.0376.1)
  %1130 = or disjoint i64 %1116, 32
  %1131 = getelementptr inbounds float, ptr %Qc, i64 %1130
  %1132 = load float, ptr %1131, align 4
  %1133 = insertelement <8 x float> poison, float %1132, i64 0
  %1134 = shufflevector <8 x float> %1133, <8 x float> poison, <8 x i32> zeroinitializer
  %1135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1134, <8 x float> %1112, <8 x float> %acc24.0377.1)
  %1136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1134, <8 x float> %1115, <8 x float> %acc25.0378.1)
  %1137 = or disjoint i64 %1116, 48
  %1138 = getelementptr inbounds float, ptr %Qc, i64 %1137
  %1139 = load float, ptr %1138, align 4
  %1140 = insertelement <8 x float> poison, float %1139, i64 0
  %1141 = shufflevector <8 x float> %1140, <8 x float> poison, <8 x i32> zeroinitializer
  %1142 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1141, <8 x float> %1112, <8 x float> %acc26.0379.1)
  %1143 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1141, <8 x float> %1115, <8 x float> %acc27.0380.1)
  %p8.next.1 = or disjoint i64 %p8.addr.0381.1, 1
  %1144 = shl nuw nsw i64 %p8.next.1, 6
  %1145 = or disjoint i64 %1144, 16
  %1146 = getelementptr inbounds float, ptr %KT, i64 %1145
  %1147 = load <8 x float>, ptr %1146, align 4
  %1148 = or disjoint i64 %1144, 24
  %1149 = getelementptr inbounds float, ptr %KT, i64 %1148
  %1150 = load <8 x float>, ptr %1149, align 4
  %1151 = add nuw nsw i64 %p8.next.1, %1024
  %1152 = getelementptr inbounds float, ptr %Qc, i64 %1151
  %1153 = load float, ptr %1152, align 4
  %1154 = insertelement <8 x float> poison, float %1153, i64 0
  %1155 = shufflevector <8 x float> %1154, <8 x float> poison, <8 x i32> zeroinitializer
  %1156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> %1147, <8 x float> %1121)
  %1157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> %1150, <8 x float> %1122)
  %1158 = or disjoint i64 %1151, 16
  %1159 = getelementptr inbounds float, ptr %Qc, i64 %1158
  %1160 = load float, ptr %1159, align 4
  %1161 = insertelement <8 x float> poison, float %1160, i64 0
  %1162 = shufflevector <8 x float> %1161, <8 x float> poison, <8 x i32> zeroinitializer
  %1163 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1162, <8 x float> %1147, <8 x float> %1128)
  %1164 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1162, <8 x float> %1150, <8 x float> %1129)
  %1165 = or disjoint i64 %1151, 32
  %1166 = getelementptr inbounds float, ptr %Qc, i64 %1165
  %1167 = load float, ptr %1166, align 4
  %1168 = insertelement <8 x float> poison, float %1167, i64 0
  %1169 = shufflevector <8 x float> %1168, <8 x float> poison, <8 x i32> zeroinitializer
  %1170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1169, <8 x float> %1147, <8 x float> %1135)
  %1171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1169, <8 x float> %1150, <8 x float> %1136)
  %1172 = or disjoint i64 %1151, 48
  %1173 = getelementptr inbounds float, ptr %Qc, i64 %1172
  %1174 = load float, ptr %1173, align 4
  %1175 = insertelement <8 x float> poison, float %1174, i64 0
  %1176 = shufflevector <8 x float> %1175, <8 x float> poison, <8 x i32> zeroinitializer
  %1177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1176, <8 x float> %1147, <8 x float> %1142)
  %1178 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1176, <8 x float> %1150, <8 x float> %1143)
  %p8.next.1.1 = add nuw nsw i64 %p8.addr.0381.1, 2
  %exitcond537.1.not.1 = icmp eq i64 %p8.next.1.1, 16
  br i1 %exitcond537.1.not.1, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  %1179 = or disjoint i64 %1025, 16
  %1180 = getelementptr inbounds float, ptr %P, i64 %1179
  store <8 x float> %1156, ptr %1180, align 4
  %1181 = or disjoint i64 %1025, 24
  %1182 = getelementptr inbounds float, ptr %P, i64 %1181
  store <8 x float> %1157, ptr %1182, align 4
  %1183 = or disjoint i64 %1025, 80
  %1184 = getelementptr inbounds float, ptr %P, i64 %1183
  store <8 x float> %1163, ptr %1184, align 4
  %1185 = or disjoint i64 %1025, 88
  %1186 = getelementptr inbounds float, ptr %P, i64 %1185
  store <8 x float> %1164, ptr %1186, align 4
  %1187 = or disjoint i64 %1025, 144
  %1188 = getelementptr inbounds float, ptr %P, i64 %1187
  store <8 x float> %1170, ptr %1188, align 4
  %1189 = or disjoint i64 %1025, 152
  %1190 = getelementptr inbounds float, ptr %P, i64 %1189
  store <8 x float> %1171, ptr %1190, align 4
  %1191 = or disjoint i64 %1025, 208
  %1192 = getelementptr inbounds float, ptr %P, i64 %1191
  store <8 x float> %1177, ptr %1192, align 4
  %1193 = or disjoint i64 %1025, 216
  %1194 = getelementptr inbounds float, ptr %P, i64 %1193
  store <8 x float> %1178, ptr %1194, align 4
  br label %p8.body.2

p8.body.2:                                        ; preds = %p8.body.2, %p8.exit.1
  %p8.addr.0381.2 = phi i64 [ 0, %p8.exit.1 ], [ %p8.next.2.1, %p8.body.2 ]
  %acc27.0380.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1264, %p8.body.2 ]
  %acc26.0379.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1263, %p8.body.2 ]
  %acc25.0378.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1257, %p8.body.2 ]
  %acc24.0377.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1256, %p8.body.2 ]
  %acc23.0376.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1250, %p8.body.2 ]
  %acc2297.0375.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1249, %p8.body.2 ]
  %acc21.0374.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1243, %p8.body.2 ]
  %acc20.0373.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1242, %p8.body.2 ]
  %1195 = shl nuw nsw i64 %p8.addr.0381.2, 6
  %1196 = or disjoint i64 %1195, 32
  %1197 = getelementptr inbounds float, ptr %KT, i64 %1196
  %1198 = load <8 x float>, ptr %1197, align 4
  %1199 = or disjoint i64 %1195, 40
  %1200 = getelementptr inbounds float, ptr %KT, i64 %1199
  %1201 = load <8 x float>, ptr %1200, align 4
  %1202 = add nuw nsw i64 %p8.addr.0381.2, %1024
  %1203 = getelementptr inbounds float, ptr %Qc, i64 %1202
  %1204 = load float, ptr %1203, align 4
  %1205 = insertelement <8 x float> poison, float %1204, i64 0
  %1206 = shufflevector <8 x float> %1205, <8 x float> poison, <8 x i32> zeroinitializer
  %1207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1206, <8 x float> %1198, <8 x float> %acc20.0373.2)
  %1208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1206, <8 x float> %1201, <8 x float> %acc21.0374.2)
  %1209 = or disjoint i64 %1202, 16
  %1210 = getelementptr inbounds float, ptr %Qc, i64 %1209
  %1211 = load float, ptr %1210, align 4
  %1212 = insertelement <8 x float> poison, float %1211, i64 0
  %1213 = shufflevector <8 x float> %1212, <8 x float> poison, <8 x i32> zeroinitializer
  %1214 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1213, <8 x float> %1198, <8 x float> %acc2297.0375.2)
  %1215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1213, <8 x float> %1201, <8 x float> %acc23.0376.2)
  %1216 = or disjoint i64 %1202, 32
  %1217 = getelementptr inbounds float, ptr %Qc, i64 %1216
  %1218 = load float, ptr %1217, align 4
  %1219 = insertelement <8 x float> poison, float %1218, i64 0
  %1220 = shufflevector <8 x float> %1219, <8 x float> poison, <8 x i32> zeroinitializer
  %1221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1220, <8 x float> %1198, <8 x float> %acc24.0377.2)
  %1222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1220, <8 x float> %1201, <8 x float> %acc25.0378.2)
  %1223 = or disjoint i64 %1202, 48
  %1224 = getelementptr inbounds float, ptr %Qc, i64 %1223
  %1225 = load float, ptr %1224, align 4
  %1226 = insertelement <8 x float> poison, float %1225, i64 0
  %1227 = shufflevector <8 x float> %1226, <8 x float> poison, <8 x i32> zeroinitializer
  %1228 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1227, <8 x float> %1198, <8 x float> %acc26.0379.2)
  %1229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1227, <8 x float> %1201, <8 x float> %acc27.0380.2)
  %p8.next.2 = or disjoint i64 %p8.addr.0381.2, 1
  %1230 = shl nuw nsw i64 %p8.next.2, 6
  %1231 = or disjoint i64 %1230, 32
  %1232 = getelementptr inbounds float, ptr %KT, i64 %1231
  %1233 = load <8 x float>, ptr %1232, align 4
  %1234 = or disjoint i64 %1230, 40
  %1235 = getelementptr inbounds float, ptr %KT, i64 %1234
  %1236 = load <8 x float>, ptr %1235, align 4
  %1237 = add nuw nsw i64 %p8.next.2, %1024
  %1238 = getelementptr inbounds float, ptr %Qc, i64 %1237
  %1239 = load float, ptr %1238, align 4
  %1240 = insertelement <8 x float> poison, float %1239, i64 0
  %1241 = shufflevector <8 x float> %1240, <8 x float> poison, <8 x i32> zeroinitializer
  %1242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1241, <8 x float> %1233, <8 x float> %1207)
  %1243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1241, <8 x float> %1236, <8 x float> %1208)
  %1244 = or disjoint i64 %1237, 16
  %1245 = getelementptr inbounds float, ptr %Qc, i64 %1244
  %1246 = load float, ptr %1245, align 4
  %1247 = insertelement <8 x float> poison, float %1246, i64 0
  %1248 = shufflevector <8 x float> %1247, <8 x float> poison, <8 x i32> zeroinitializer
  %1249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1248, <8 x float> %1233, <8 x float> %1214)
  %1250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1248, <8 x float> %1236, <8 x float> %1215)
  %1251 = or disjoint i64 %1237, 32
  %1252 = getelementptr inbounds float, ptr %Qc, i64 %1251
  %1253 = load float, ptr %1252, align 4
  %1254 = insertelement <8 x float> poison, float %1253, i64 0
  %1255 = shufflevector <8 x float> %1254, <8 x float> poison, <8 x i32> zeroinitializer
  %1256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1255, <8 x float> %1233, <8 x float> %1221)
  %1257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1255, <8 x float> %1236, <8 x float> %1222)
  %1258 = or disjoint i64 %1237, 48
  %1259 = getelementptr inbounds float, ptr %Qc, i64 %1258
  %1260 = load float, ptr %1259, align 4
  %1261 = insertelement <8 x float> poison, float %1260, i64 0
  %1262 = shufflevector <8 x float> %1261, <8 x float> poison, <8 x i32> zeroinitializer
  %1263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1262, <8 x float> %1233, <8 x float> %1228)
  %1264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1262, <8 x float> %1236, <8 x float> %1229)
  %p8.next.2.1 = add nuw nsw i64 %p8.addr.0381.2, 2
  %exitcond537.2.not.1 = icmp eq i64 %p8.next.2.1, 16
  br i1 %exitcond537.2.not.1, label %p8.exit.2, label %p8.body.2

p8.exit.2:                                        ; preds = %p8.body.2
  %1265 = or disjoint i64 %1025, 32
  %1266 = getelementptr inbounds float, ptr %P, i64 %1265
  store <8 x float> %1242, ptr %1266, align 4
  %1267 = or disjoint i64 %1025, 40
  %1268 = getelementptr inbounds float, ptr %P, i64 %1267
  store <8 x float> %1243, ptr %1268, align 4
  %1269 = or disjoint i64 %1025, 96
  %1270 = getelementptr inbounds float, ptr %P, i64 %1269
  store <8 x float> %1249, ptr %1270, align 4
  %1271 = or disjoint i64 %1025, 104
  %1272 = getelementptr inbounds float, ptr %P, i64 %1271
  store <8 x float> %1250, ptr %1272, align 4
  %1273 = or disjoint i64 %1025, 160
  %1274 = getelementptr inbounds float, ptr %P, i64 %1273
  store <8 x float> %1256, ptr %1274, align 4
  %1275 = or disjoint i64 %1025, 168
  %1276 = getelementptr inbounds float, ptr %P, i64 %1275
  store <8 x float> %1257, ptr %1276, align 4
  %1277 = or disjoint i64 %1025, 224
  %1278 = getelementptr inbounds float, ptr %P, i64 %1277
  store <8 x float> %1263, ptr %1278, align 4
  %1279 = or disjoint i64 %1025, 232
  %1280 = getelementptr inbounds float, ptr %P, i64 %1279
  store <8 x float> %1264, ptr %1280, align 4
  br label %p8.body.3

p8.body.3:                                        ; preds = %p8.body.3, %p8.exit.2
  %p8.addr.0381.3 = phi i64 [ 0, %p8.exit.2 ], [ %p8.next.3.1, %p8.body.3 ]
  %acc27.0380.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1350, %p8.body.3 ]
  %acc26.0379.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1349, %p8.body.3 ]
  %acc25.0378.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1343, %p8.body.3 ]
  %acc24.0377.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1342, %p8.body.3 ]
  %acc23.0376.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1336, %p8.body.3 ]
  %acc2297.0375.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1335, %p8.body.3 ]
  %acc21.0374.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1329, %p8.body.3 ]
  %acc20.0373.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1328, %p8.body.3 ]
  %1281 = shl nuw nsw i64 %p8.addr.0381.3, 6
  %1282 = or disjoint i64 %1281, 48
  %1283 = getelementptr inbounds float, ptr %KT, i64 %1282
  %1284 = load <8 x float>, ptr %1283, align 4
  %1285 = or disjoint i64 %1281, 56
  %1286 = getelementptr inbounds float, ptr %KT, i64 %1285
  %1287 = load <8 x float>, ptr %1286, align 4
  %1288 = add nuw nsw i64 %p8.addr.0381.3, %1024
  %1289 = getelementptr inbounds float, ptr %Qc, i64 %1288
  %1290 = load float, ptr %1289, align 4
  %1291 = insertelement <8 x float> poison, float %1290, i64 0
  %1292 = shufflevector <8 x float> %1291, <8 x float> poison, <8 x i32> zeroinitializer
  %1293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1292, <8 x float> %1284, <8 x float> %acc20.0373.3)
  %1294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1292, <8 x float> %1287, <8 x float> %acc21.0374.3)
  %1295 = or disjoint i64 %1288, 16
  %1296 = getelementptr inbounds float, ptr %Qc, i64 %1295
  %1297 = load float, ptr %1296, align 4
  %1298 = insertelement <8 x float> poison, float %1297, i64 0
  %1299 = shufflevector <8 x float> %1298, <8 x float> poison, <8 x i32> zeroinitializer
  %1300 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1299, <8 x float> %1284, <8 x float> %acc2297.0375.3)
  %1301 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1299, <8 x float> %1287, <8 x float> %acc23.0376.3)
  %1302 = or disjoint i64 %1288, 32
  %1303 = getelementptr inbounds float, ptr %Qc, i64 %1302
  %1304 = load float, ptr %1303, align 4
  %1305 = insertelement <8 x float> poison, float %1304, i64 0
  %1306 = shufflevector <8 x float> %1305, <8 x float> poison, <8 x i32> zeroinitializer
  %1307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1284, <8 x float> %acc24.0377.3)
  %1308 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1287, <8 x float> %acc25.0378.3)
  %1309 = or disjoint i64 %1288, 48
  %1310 = getelementptr inbounds float, ptr %Qc, i64 %1309
  %1311 = load float, ptr %1310, align 4
  %1312 = insertelement <8 x float> poison, float %1311, i64 0
  %1313 = shufflevector <8 x float> %1312, <8 x float> poison, <8 x i32> zeroinitializer
  %1314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1313, <8 x float> %1284, <8 x float> %acc26.0379.3)
  %1315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1313, <8 x float> %1287, <8 x float> %acc27.0380.3)
  %p8.next.3 = or disjoint i64 %p8.addr.0381.3, 1
  %1316 = shl nuw nsw i64 %p8.next.3, 6
  %1317 = or disjoint i64 %1316, 48
  %1318 = getelementptr inbounds float, ptr %KT, i64 %1317
  %1319 = load <8 x float>, ptr %1318, align 4
  %1320 = or disjoint i64 %1316, 56
  %1321 = getelementptr inbounds float, ptr %KT, i64 %1320
  %1322 = load <8 x float>, ptr %1321, align 4
  %1323 = add nuw nsw i64 %p8.next.3, %1024
  %1324 = getelementptr inbounds float, ptr %Qc, i64 %1323
  %1325 = load float, ptr %1324, align 4
  %1326 = insertelement <8 x float> poison, float %1325, i64 0
  %1327 = shufflevector <8 x float> %1326, <8 x float> poison, <8 x i32> zeroinitializer
  %1328 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1327, <8 x float> %1319, <8 x float> %1293)
  %1329 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1327, <8 x float> %1322, <8 x float> %1294)
  %1330 = or disjoint i64 %1323, 16
  %1331 = getelementptr inbounds float, ptr %Qc, i64 %1330
  %1332 = load float, ptr %1331, align 4
  %1333 = insertelement <8 x float> poison, float %1332, i64 0
  %1334 = shufflevector <8 x float> %1333, <8 x float> poison, <8 x i32> zeroinitializer
  %1335 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1334, <8 x float> %1319, <8 x float> %1300)
  %1336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1334, <8 x float> %1322, <8 x float> %1301)
  %1337 = or disjoint i64 %1323, 32
  %1338 = getelementptr inbounds float, ptr %Qc, i64 %1337
  %1339 = load float, ptr %1338, align 4
  %1340 = insertelement <8 x float> poison, float %1339, i64 0
  %1341 = shufflevector <8 x float> %1340, <8 x float> poison, <8 x i32> zeroinitializer
  %1342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1341, <8 x float> %1319, <8 x float> %1307)
  %1343 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1341, <8 x float> %1322, <8 x float> %1308)
  %1344 = or disjoint i64 %1323, 48
  %1345 = getelementptr inbounds float, ptr %Qc, i64 %1344
  %1346 = load float, ptr %1345, align 4
  %1347 = insertelement <8 x float> poison, float %1346, i64 0
  %1348 = shufflevector <8 x float> %1347, <8 x float> poison, <8 x i32> zeroinitializer
  %1349 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1319, <8 x float> %1314)
  %1350 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1322, <8 x float> %1315)
  %p8.next.3.1 = add nuw nsw i64 %p8.addr.0381.3, 2
  %exitcond537.3.not.1 = icmp eq i64 %p8.next.3.1, 16
  br i1 %exitcond537.3.not.1, label %p8.exit.3, label %p8.body.3

p8.exit.3:                                        ; preds = %p8.body.3
  %1351 = or disjoint i64 %1025, 48
  %1352 = getelementptr inbounds float, ptr %P, i64 %1351
  store <8 x float> %1328, ptr %1352, align 4
  %1353 = or disjoint i64 %1025, 56
  %1354 = getelementptr inbounds float, ptr %P, i64 %1353
  store <8 x float> %1329, ptr %1354, align 4
  %1355 = or disjoint i64 %1025, 112
  %1356 = getelementptr inbounds float, ptr %P, i64 %1355
  store <8 x float> %1335, ptr %1356, align 4
  %1357 = or disjoint i64 %1025, 120
  %1358 = getelementptr inbounds float, ptr %P, i64 %1357
  store <8 x float> %1336, ptr %1358, align 4
  %1359 = or disjoint i64 %1025, 176
  %1360 = getelementptr inbounds float, ptr %P, i64 %1359
  store <8 x float> %1342, ptr %1360, align 4
  %1361 = or disjoint i64 %1025, 184
  %1362 = getelementptr inbounds float, ptr %P, i64 %1361
  store <8 x float> %1343, ptr %1362, align 4
  %1363 = or disjoint i64 %1025, 240
  %1364 = getelementptr inbounds float, ptr %P, i64 %1363
  store <8 x float> %1349, ptr %1364, align 4
  %1365 = or disjoint i64 %1025, 248
  %1366 = getelementptr inbounds float, ptr %P, i64 %1365
  store <8 x float> %1350, ptr %1366, align 4
  %i18.next = add nuw nsw i64 %i18.addr.0383, 4
  %1367 = icmp ult i64 %i18.addr.0383, 28
  br i1 %1367, label %j14.head.preheader, label %i19.head.preheader

i19.head.preheader:                               ; preds = %p8.exit.3, %i19.exit
  %t3.addr.0385 = phi i64 [ %t3.next, %i19.exit ], [ 0, %p8.exit.3 ]
  %1368 = shl nuw nsw i64 %t3.addr.0385, 1
  %1369 = add nuw nsw i64 %1368, 2
  %.idx447 = shl nsw i64 %t3.addr.0385, 8
  %invariant.gep716 = getelementptr inbounds i8, ptr %P, i64 %.idx447
  %.idx448 = shl nsw i64 %t3.addr.0385, 7
  %invariant.gep718 = getelementptr inbounds i8, ptr %Dt, i64 %.idx448
  br label %i19.body

i19.body:                                         ; preds = %i19.body, %i19.head.preheader
  %i19.addr.0384 = phi i64 [ 0, %i19.head.preheader ], [ %i19.next.7, %i19.body ]
  %gep717 = getelementptr inbounds float, ptr %invariant.gep716, i64 %i19.addr.0384
  %1370 = load float, ptr %gep717, align 4
  %1371 = lshr exact i64 %i19.addr.0384, 1
  %gep719 = getelementptr inbounds float, ptr %invariant.gep718, i64 %1371
  %1372 = load float, ptr %gep719, align 4
  %1373 = fmul float %1370, %1372
  %1374 = icmp ult i64 %i19.addr.0384, %1369
  %1375 = select i1 %1374, float %1373, float 0.000000e+00
  store float %1375, ptr %gep717, align 4
  %i19.next = or disjoint i64 %i19.addr.0384, 1
  %gep717.1 = getelementptr inbounds float, ptr %invariant.gep716, i64 %i19.next
  %1376 = load float, ptr %gep717.1, align 4
  %1377 = lshr exact i64 %i19.addr.0384, 1
  %gep719.1 = getelementptr inbounds float, ptr %invariant.gep718, i64 %1377
  %1378 = load float, ptr %gep719.1, align 4
  %1379 = fmul float %1376, %1378
  %1380 = icmp ult i64 %i19.next, %1369
  %1381 = select i1 %1380, float %1379, float 0.000000e+00
  store float %1381, ptr %gep717.1, align 4
  %i19.next.1 = or disjoint i64 %i19.addr.0384, 2
  %gep717.2 = getelementptr inbounds float, ptr %invariant.gep716, i64 %i19.next.1
  %1382 = load float, ptr %gep717.2, align 4
  %1383 = lshr exact i64 %i19.next.1, 1
  %gep719.2 = getelementptr inbounds float, ptr %invariant.gep718, i64 %1383
  %1384 = load float, ptr %gep719.2, align 4
  %1385 = fmul float %1382, %1384
  %1386 = icmp ult i64 %i19.addr.0384, %1368
  %1387 = select i1 %1386, float %1385, float 0.000000e+00
  store float %1387, ptr %gep717.2, align 4
  %i19.next.2 = or disjoint i64 %i19.addr.0384, 3
  %gep717.3 = getelementptr inbounds float, ptr %invariant.gep716, i64 %i19.next.2
  %1388 = load float, ptr %gep717.3, align 4
  %1389 = lshr exact i64 %i19.next.1, 1
  %gep719.3 = getelementptr inbounds float, ptr %invariant.gep718, i64 %1389
  %1390 = load float, ptr %gep719.3, align 4
  %1391 = fmul float %1388, %1390
  %1392 = icmp ult i64 %i19.next.2, %1369
  %1393 = select i1 %1392, float %1391, float 0.000000e+00
  store float %1393, ptr %gep717.3, align 4
  %i19.next.3 = or disjoint i64 %i19.addr.0384, 4
  %gep717.4 = getelementptr inbounds float, ptr %invariant.gep716, i64 %i19.next.3
  %1394 = load float, ptr %gep717.4, align 4
  %1395 = lshr exact i64 %i19.next.3, 1
  %gep719.4 = getelementptr inbounds float, ptr %invariant.gep718, i64 %1395
  %1396 = load float, ptr %gep719.4, align 4
  %1397 = fmul float %1394, %1396
  %1398 = icmp ult i64 %i19.next.3, %1369
  %1399 = select i1 %1398, float %1397, float 0.000000e+00
  store float %1399, ptr %gep717.4, align 4
  %i19.next.4 = or disjoint i64 %i19.addr.0384, 5
  %gep717.5 = getelementptr inbounds float, ptr %invariant.gep716, i64 %i19.next.4
  %1400 = load float, ptr %gep717.5, align 4
  %1401 = lshr exact i64 %i19.next.3, 1
  %gep719.5 = getelementptr inbounds float, ptr %invariant.gep718, i64 %1401
  %1402 = load float, ptr %gep719.5, align 4
  %1403 = fmul float %1400, %1402
  %1404 = icmp ult i64 %i19.next.4, %1369
  %1405 = select i1 %1404, float %1403, float 0.000000e+00
  store float %1405, ptr %gep717.5, align 4
  %i19.next.5 = or disjoint i64 %i19.addr.0384, 6
  %gep717.6 = getelementptr inbounds float, ptr %invariant.gep716, i64 %i19.next.5
  %1406 = load float, ptr %gep717.6, align 4
  %1407 = lshr exact i64 %i19.next.5, 1
  %gep719.6 = getelementptr inbounds float, ptr %invariant.gep718, i64 %1407
  %1408 = load float, ptr %gep719.6, align 4
  %1409 = fmul float %1406, %1408
  %1410 = icmp ult i64 %i19.next.5, %1369
  %1411 = select i1 %1410, float %1409, float 0.000000e+00
  store float %1411, ptr %gep717.6, align 4
  %i19.next.6 = or disjoint i64 %i19.addr.0384, 7
  %gep717.7 = getelementptr inbounds float, ptr %invariant.gep716, i64 %i19.next.6
  %1412 = load float, ptr %gep717.7, align 4
  %1413 = lshr exact i64 %i19.next.5, 1
  %gep719.7 = getelementptr inbounds float, ptr %invariant.gep718, i64 %1413
  %1414 = load float, ptr %gep719.7, align 4
  %1415 = fmul float %1412, %1414
  %1416 = icmp ult i64 %i19.next.6, %1369
  %1417 = select i1 %1416, float %1415, float 0.000000e+00
  store float %1417, ptr %gep717.7, align 4
  %i19.next.7 = add nuw nsw i64 %i19.addr.0384, 8
  %exitcond538.not.7 = icmp eq i64 %i19.next.7, 64
  br i1 %exitcond538.not.7, label %i19.exit, label %i19.body

i19.exit:                                         ; preds = %i19.body
  %t3.next = add nuw nsw i64 %t3.addr.0385, 1
  %exitcond539.not = icmp eq i64 %t3.next, 32
  br i1 %exitcond539.not, label %p9.head.preheader, label %i19.head.preheader

p9.head.preheader:                                ; preds = %i19.exit, %p9.exit
  %i20.addr.0395 = phi i64 [ %i20.next, %p9.exit ], [ 0, %i19.exit ]
  %1418 = shl nuw nsw i64 %i20.addr.0395, 4
  br label %p9.body

p9.body:                                          ; preds = %p9.body, %p9.head.preheader
  %p9.addr.0394 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next.1, %p9.body ]
  %acc35.0393 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1486, %p9.body ]
  %acc34.0392 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1485, %p9.body ]
  %acc33.0391 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1479, %p9.body ]
  %acc32.0390 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1478, %p9.body ]
  %acc31.0389 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1472, %p9.body ]
  %acc30.0388 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1471, %p9.body ]
  %acc29.0387 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1465, %p9.body ]
  %acc28.0386 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1464, %p9.body ]
  %1419 = shl nuw nsw i64 %p9.addr.0394, 4
  %1420 = getelementptr inbounds float, ptr %work, i64 %1419
  %1421 = load <8 x float>, ptr %1420, align 4
  %1422 = or disjoint i64 %1419, 8
  %1423 = getelementptr inbounds float, ptr %work, i64 %1422
  %1424 = load <8 x float>, ptr %1423, align 4
  %1425 = add nuw nsw i64 %p9.addr.0394, %1418
  %1426 = getelementptr inbounds float, ptr %Qc, i64 %1425
  %1427 = load float, ptr %1426, align 4
  %1428 = insertelement <8 x float> poison, float %1427, i64 0
  %1429 = shufflevector <8 x float> %1428, <8 x float> poison, <8 x i32> zeroinitializer
  %1430 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1429, <8 x float> %1421, <8 x float> %acc28.0386)
  %1431 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1429, <8 x float> %1424, <8 x float> %acc29.0387)
  %1432 = or disjoint i64 %1425, 16
  %1433 = getelementptr inbounds float, ptr %Qc, i64 %1432
  %1434 = load float, ptr %1433, align 4
  %1435 = insertelement <8 x float> poison, float %1434, i64 0
  %1436 = shufflevector <8 x float> %1435, <8 x float> poison, <8 x i32> zeroinitializer
  %1437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1436, <8 x float> %1421, <8 x float> %acc30.0388)
  %1438 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1436, <8 x float> %1424, <8 x float> %acc31.0389)
  %1439 = or disjoint i64 %1425, 32
  %1440 = getelementptr inbounds float, ptr %Qc, i64 %1439
  %1441 = load float, ptr %1440, align 4
  %1442 = insertelement <8 x float> poison, float %1441, i64 0
  %1443 = shufflevector <8 x float> %1442, <8 x float> poison, <8 x i32> zeroinitializer
  %1444 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1443, <8 x float> %1421, <8 x float> %acc32.0390)
  %1445 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1443, <8 x float> %1424, <8 x float> %acc33.0391)
  %1446 = or disjoint i64 %1425, 48
  %1447 = getelementptr inbounds float, ptr %Qc, i64 %1446
  %1448 = load float, ptr %1447, align 4
  %1449 = insertelement <8 x float> poison, float %1448, i64 0
  %1450 = shufflevector <8 x float> %1449, <8 x float> poison, <8 x i32> zeroinitializer
  %1451 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1450, <8 x float> %1421, <8 x float> %acc34.0392)
  %1452 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1450, <8 x float> %1424, <8 x float> %acc35.0393)
  %p9.next = or disjoint i64 %p9.addr.0394, 1
  %1453 = shl nuw nsw i64 %p9.next, 4
  %1454 = getelementptr inbounds float, ptr %work, i64 %1453
  %1455 = load <8 x float>, ptr %1454, align 4
  %1456 = or disjoint i64 %1453, 8
  %1457 = getelementptr inbounds float, ptr %work, i64 %1456
  %1458 = load <8 x float>, ptr %1457, align 4
  %1459 = add nuw nsw i64 %p9.next, %1418
  %1460 = getelementptr inbounds float, ptr %Qc, i64 %1459
  %1461 = load float, ptr %1460, align 4
  %1462 = insertelement <8 x float> poison, float %1461, i64 0
  %1463 = shufflevector <8 x float> %1462, <8 x float> poison, <8 x i32> zeroinitializer
  %1464 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1463, <8 x float> %1455, <8 x float> %1430)
  %1465 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1463, <8 x float> %1458, <8 x float> %1431)
  %1466 = or disjoint i64 %1459, 16
  %1467 = getelementptr inbounds float, ptr %Qc, i64 %1466
  %1468 = load float, ptr %1467, align 4
  %1469 = insertelement <8 x float> poison, float %1468, i64 0
  %1470 = shufflevector <8 x float> %1469, <8 x float> poison, <8 x i32> zeroinitializer
  %1471 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1470, <8 x float> %1455, <8 x float> %1437)
  %1472 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1470, <8 x float> %1458, <8 x float> %1438)
  %1473 = or disjoint i64 %1459, 32
  %1474 = getelementptr inbounds float, ptr %Qc, i64 %1473
  %1475 = load float, ptr %1474, align 4
  %1476 = insertelement <8 x float> poison, float %1475, i64 0
  %1477 = shufflevector <8 x float> %1476, <8 x float> poison, <8 x i32> zeroinitializer
  %1478 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1477, <8 x float> %1455, <8 x float> %1444)
  %1479 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1477, <8 x float> %1458, <8 x float> %1445)
  %1480 = or disjoint i64 %1459, 48
  %1481 = getelementptr inbounds float, ptr %Qc, i64 %1480
  %1482 = load float, ptr %1481, align 4
  %1483 = insertelement <8 x float> poison, float %1482, i64 0
  %1484 = shufflevector <8 x float> %1483, <8 x float> poison, <8 x i32> zeroinitializer
  %1485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1484, <8 x float> %1455, <8 x float> %1451)
  %1486 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1484, <8 x float> %1458, <8 x float> %1452)
  %p9.next.1 = add nuw nsw i64 %p9.addr.0394, 2
  %exitcond540.not.1 = icmp eq i64 %p9.next.1, 16
  br i1 %exitcond540.not.1, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %1487 = getelementptr inbounds float, ptr %Oc, i64 %1418
  store <8 x float> %1464, ptr %1487, align 4
  %1488 = or disjoint i64 %1418, 8
  %1489 = getelementptr inbounds float, ptr %Oc, i64 %1488
  store <8 x float> %1465, ptr %1489, align 4
  %1490 = or disjoint i64 %1418, 16
  %1491 = getelementptr inbounds float, ptr %Oc, i64 %1490
  store <8 x float> %1471, ptr %1491, align 4
  %1492 = or disjoint i64 %1418, 24
  %1493 = getelementptr inbounds float, ptr %Oc, i64 %1492
  store <8 x float> %1472, ptr %1493, align 4
  %1494 = or disjoint i64 %1418, 32
  %1495 = getelementptr inbounds float, ptr %Oc, i64 %1494
  store <8 x float> %1478, ptr %1495, align 4
  %1496 = or disjoint i64 %1418, 40
  %1497 = getelementptr inbounds float, ptr %Oc, i64 %1496
  store <8 x float> %1479, ptr %1497, align 4
  %1498 = or disjoint i64 %1418, 48
  %1499 = getelementptr inbounds float, ptr %Oc, i64 %1498
  store <8 x float> %1485, ptr %1499, align 4
  %1500 = or disjoint i64 %1418, 56
  %1501 = getelementptr inbounds float, ptr %Oc, i64 %1500
  store <8 x float> %1486, ptr %1501, align 4
  %i20.next = add nuw nsw i64 %i20.addr.0395, 4
  %1502 = icmp ult i64 %i20.addr.0395, 28
  br i1 %1502, label %p9.head.preheader, label %j16.head.preheader

j16.head.preheader:                               ; preds = %p9.exit, %j16.head.preheader
  %t4.addr.0397 = phi i64 [ %t4.next.3, %j16.head.preheader ], [ 0, %p9.exit ]
  %1503 = getelementptr inbounds float, ptr %gam, i64 %t4.addr.0397
  %1504 = load float, ptr %1503, align 4
  %.idx449 = shl nsw i64 %t4.addr.0397, 6
  %1505 = getelementptr inbounds i8, ptr %Oc, i64 %.idx449
  %1506 = load <8 x float>, ptr %1505, align 4
  %1507 = insertelement <8 x float> poison, float %1504, i64 0
  %1508 = shufflevector <8 x float> %1507, <8 x float> poison, <8 x i32> zeroinitializer
  %1509 = fmul <8 x float> %1506, %1508
  store <8 x float> %1509, ptr %1505, align 4
  %1510 = load float, ptr %1503, align 4
  %1511 = getelementptr inbounds i8, ptr %43, i64 %.idx449
  %1512 = load <8 x float>, ptr %1511, align 4
  %1513 = insertelement <8 x float> poison, float %1510, i64 0
  %1514 = shufflevector <8 x float> %1513, <8 x float> poison, <8 x i32> zeroinitializer
  %1515 = fmul <8 x float> %1512, %1514
  store <8 x float> %1515, ptr %1511, align 4
  %t4.next = or disjoint i64 %t4.addr.0397, 1
  %1516 = getelementptr inbounds float, ptr %gam, i64 %t4.next
  %1517 = load float, ptr %1516, align 4
  %.idx449.1 = shl nsw i64 %t4.next, 6
  %1518 = getelementptr inbounds i8, ptr %Oc, i64 %.idx449.1
  %1519 = load <8 x float>, ptr %1518, align 4
  %1520 = insertelement <8 x float> poison, float %1517, i64 0
  %1521 = shufflevector <8 x float> %1520, <8 x float> poison, <8 x i32> zeroinitializer
  %1522 = fmul <8 x float> %1519, %1521
  store <8 x float> %1522, ptr %1518, align 4
  %1523 = load float, ptr %1516, align 4
  %1524 = getelementptr inbounds i8, ptr %43, i64 %.idx449.1
  %1525 = load <8 x float>, ptr %1524, align 4
  %1526 = insertelement <8 x float> poison, float %1523, i64 0
  %1527 = shufflevector <8 x float> %1526, <8 x float> poison, <8 x i32> zeroinitializer
  %1528 = fmul <8 x float> %1525, %1527
  store <8 x float> %1528, ptr %1524, align 4
  %t4.next.1 = or disjoint i64 %t4.addr.0397, 2
  %1529 = getelementptr inbounds float, ptr %gam, i64 %t4.next.1
  %1530 = load float, ptr %1529, align 4
  %.idx449.2 = shl nsw i64 %t4.next.1, 6
  %1531 = getelementptr inbounds i8, ptr %Oc, i64 %.idx449.2
  %1532 = load <8 x float>, ptr %1531, align 4
  %1533 = insertelement <8 x float> poison, float %1530, i64 0
  %1534 = shufflevector <8 x float> %1533, <8 x float> poison, <8 x i32> zeroinitializer
  %1535 = fmul <8 x float> %1532, %1534
  store <8 x float> %1535, ptr %1531, align 4
  %1536 = load float, ptr %1529, align 4
  %1537 = getelementptr inbounds i8, ptr %43, i64 %.idx449.2
  %1538 = load <8 x float>, ptr %1537, align 4
  %1539 = insertelement <8 x float> poison, float %1536, i64 0
  %1540 = shufflevector <8 x float> %1539, <8 x float> poison, <8 x i32> zeroinitializer
  %1541 = fmul <8 x float> %1538, %1540
  store <8 x float> %1541, ptr %1537, align 4
  %t4.next.2 = or disjoint i64 %t4.addr.0397, 3
  %1542 = getelementptr inbounds float, ptr %gam, i64 %t4.next.2
  %1543 = load float, ptr %1542, align 4
  %.idx449.3 = shl nsw i64 %t4.next.2, 6
  %1544 = getelementptr inbounds i8, ptr %Oc, i64 %.idx449.3
  %1545 = load <8 x float>, ptr %1544, align 4
  %1546 = insertelement <8 x float> poison, float %1543, i64 0
  %1547 = shufflevector <8 x float> %1546, <8 x float> poison, <8 x i32> zeroinitializer
  %1548 = fmul <8 x float> %1545, %1547
  store <8 x float> %1548, ptr %1544, align 4
  %1549 = load float, ptr %1542, align 4
  %1550 = getelementptr inbounds i8, ptr %43, i64 %.idx449.3
  %1551 = load <8 x float>, ptr %1550, align 4
  %1552 = insertelement <8 x float> poison, float %1549, i64 0
  %1553 = shufflevector <8 x float> %1552, <8 x float> poison, <8 x i32> zeroinitializer
  %1554 = fmul <8 x float> %1551, %1553
  store <8 x float> %1554, ptr %1550, align 4
  %t4.next.3 = add nuw nsw i64 %t4.addr.0397, 4
  %exitcond541.not.3 = icmp eq i64 %t4.next.3, 32
  br i1 %exitcond541.not.3, label %i22.body, label %j16.head.preheader

t5.head.preheader:                                ; preds = %p10.exit
  %1555 = icmp sgt i64 %110, 0
  br i1 %1555, label %j18.head.preheader.preheader, label %i24.head.preheader

j18.head.preheader.preheader:                     ; preds = %t5.head.preheader
  %1556 = getelementptr i8, ptr %106, i64 %107
  %xtraiter1009 = and i64 %smax1008, 7
  %1557 = icmp slt i64 %indvars.iv545, 8
  br i1 %1557, label %i24.head.preheader.loopexit.unr-lcssa, label %j18.head.preheader.preheader.new

j18.head.preheader.preheader.new:                 ; preds = %j18.head.preheader.preheader
  %unroll_iter1012 = and i64 %smax1008, 56
  br label %j18.head.preheader

i22.body:                                         ; preds = %j16.head.preheader, %p10.exit
  %i22.addr.0407 = phi i64 [ %i22.next, %p10.exit ], [ 0, %j16.head.preheader ]
  %1558 = shl nuw nsw i64 %i22.addr.0407, 4
  %1559 = getelementptr inbounds float, ptr %Oc, i64 %1558
  %1560 = load <8 x float>, ptr %1559, align 4
  %1561 = or disjoint i64 %1558, 8
  %1562 = getelementptr inbounds float, ptr %Oc, i64 %1561
  %1563 = load <8 x float>, ptr %1562, align 4
  %1564 = or disjoint i64 %i22.addr.0407, 1
  %1565 = shl nuw nsw i64 %1564, 4
  %1566 = getelementptr inbounds float, ptr %Oc, i64 %1565
  %1567 = load <8 x float>, ptr %1566, align 4
  %1568 = or disjoint i64 %1565, 8
  %1569 = getelementptr inbounds float, ptr %Oc, i64 %1568
  %1570 = load <8 x float>, ptr %1569, align 4
  %1571 = or disjoint i64 %i22.addr.0407, 2
  %1572 = shl nuw nsw i64 %1571, 4
  %1573 = getelementptr inbounds float, ptr %Oc, i64 %1572
  %1574 = load <8 x float>, ptr %1573, align 4
  %1575 = or disjoint i64 %1572, 8
  %1576 = getelementptr inbounds float, ptr %Oc, i64 %1575
  %1577 = load <8 x float>, ptr %1576, align 4
  %1578 = or disjoint i64 %i22.addr.0407, 3
  %1579 = shl nuw nsw i64 %1578, 4
  %1580 = getelementptr inbounds float, ptr %Oc, i64 %1579
  %1581 = load <8 x float>, ptr %1580, align 4
  %1582 = or disjoint i64 %1579, 8
  %1583 = getelementptr inbounds float, ptr %Oc, i64 %1582
  %1584 = load <8 x float>, ptr %1583, align 4
  %.idx450 = shl nsw i64 %i22.addr.0407, 8
  %.idx451 = shl nsw i64 %1564, 8
  %.idx452 = shl nsw i64 %1571, 8
  %.idx453 = shl nsw i64 %1578, 8
  br label %p10.body

p10.body:                                         ; preds = %p10.body, %i22.body
  %p10.addr.0406 = phi i64 [ 0, %i22.body ], [ %p10.next.3, %p10.body ]
  %acc43.0405 = phi <8 x float> [ %1584, %i22.body ], [ %1712, %p10.body ]
  %acc42.0404 = phi <8 x float> [ %1581, %i22.body ], [ %1711, %p10.body ]
  %acc41.0403 = phi <8 x float> [ %1577, %i22.body ], [ %1706, %p10.body ]
  %acc40.0402 = phi <8 x float> [ %1574, %i22.body ], [ %1705, %p10.body ]
  %acc39.0401 = phi <8 x float> [ %1570, %i22.body ], [ %1700, %p10.body ]
  %acc38.0400 = phi <8 x float> [ %1567, %i22.body ], [ %1699, %p10.body ]
  %acc37.0399 = phi <8 x float> [ %1563, %i22.body ], [ %1694, %p10.body ]
  %acc36.0398 = phi <8 x float> [ %1560, %i22.body ], [ %1693, %p10.body ]
  %1585 = shl nuw nsw i64 %p10.addr.0406, 5
  %1586 = or disjoint i64 %1585, 16
  %1587 = getelementptr inbounds float, ptr %X, i64 %1586
  %1588 = load <8 x float>, ptr %1587, align 4
  %1589 = or disjoint i64 %1585, 24
  %1590 = getelementptr inbounds float, ptr %X, i64 %1589
  %1591 = load <8 x float>, ptr %1590, align 4
  %1592 = getelementptr inbounds float, ptr %P, i64 %p10.addr.0406
  %1593 = getelementptr inbounds i8, ptr %1592, i64 %.idx450
  %1594 = load float, ptr %1593, align 4
  %1595 = insertelement <8 x float> poison, float %1594, i64 0
  %1596 = shufflevector <8 x float> %1595, <8 x float> poison, <8 x i32> zeroinitializer
  %1597 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1596, <8 x float> %1588, <8 x float> %acc36.0398)
  %1598 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1596, <8 x float> %1591, <8 x float> %acc37.0399)
  %1599 = getelementptr inbounds i8, ptr %1592, i64 %.idx451
  %1600 = load float, ptr %1599, align 4
  %1601 = insertelement <8 x float> poison, float %1600, i64 0
  %1602 = shufflevector <8 x float> %1601, <8 x float> poison, <8 x i32> zeroinitializer
  %1603 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1602, <8 x float> %1588, <8 x float> %acc38.0400)
  %1604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1602, <8 x float> %1591, <8 x float> %acc39.0401)
  %1605 = getelementptr inbounds i8, ptr %1592, i64 %.idx452
  %1606 = load float, ptr %1605, align 4
  %1607 = insertelement <8 x float> poison, float %1606, i64 0
  %1608 = shufflevector <8 x float> %1607, <8 x float> poison, <8 x i32> zeroinitializer
  %1609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1608, <8 x float> %1588, <8 x float> %acc40.0402)
  %1610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1608, <8 x float> %1591, <8 x float> %acc41.0403)
  %1611 = getelementptr inbounds i8, ptr %1592, i64 %.idx453
  %1612 = load float, ptr %1611, align 4
  %1613 = insertelement <8 x float> poison, float %1612, i64 0
  %1614 = shufflevector <8 x float> %1613, <8 x float> poison, <8 x i32> zeroinitializer
  %1615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1614, <8 x float> %1588, <8 x float> %acc42.0404)
  %1616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1614, <8 x float> %1591, <8 x float> %acc43.0405)
  %p10.next = or disjoint i64 %p10.addr.0406, 1
  %1617 = shl nuw nsw i64 %p10.next, 5
  %1618 = or disjoint i64 %1617, 16
  %1619 = getelementptr inbounds float, ptr %X, i64 %1618
  %1620 = load <8 x float>, ptr %1619, align 4
  %1621 = or disjoint i64 %1617, 24
  %1622 = getelementptr inbounds float, ptr %X, i64 %1621
  %1623 = load <8 x float>, ptr %1622, align 4
  %1624 = getelementptr inbounds float, ptr %P, i64 %p10.next
  %1625 = getelementptr inbounds i8, ptr %1624, i64 %.idx450
  %1626 = load float, ptr %1625, align 4
  %1627 = insertelement <8 x float> poison, float %1626, i64 0
  %1628 = shufflevector <8 x float> %1627, <8 x float> poison, <8 x i32> zeroinitializer
  %1629 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1628, <8 x float> %1620, <8 x float> %1597)
  %1630 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1628, <8 x float> %1623, <8 x float> %1598)
  %1631 = getelementptr inbounds i8, ptr %1624, i64 %.idx451
  %1632 = load float, ptr %1631, align 4
  %1633 = insertelement <8 x float> poison, float %1632, i64 0
  %1634 = shufflevector <8 x float> %1633, <8 x float> poison, <8 x i32> zeroinitializer
  %1635 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1634, <8 x float> %1620, <8 x float> %1603)
  %1636 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1634, <8 x float> %1623, <8 x float> %1604)
  %1637 = getelementptr inbounds i8, ptr %1624, i64 %.idx452
  %1638 = load float, ptr %1637, align 4
  %1639 = insertelement <8 x float> poison, float %1638, i64 0
  %1640 = shufflevector <8 x float> %1639, <8 x float> poison, <8 x i32> zeroinitializer
  %1641 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1640, <8 x float> %1620, <8 x float> %1609)
  %1642 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1640, <8 x float> %1623, <8 x float> %1610)
  %1643 = getelementptr inbounds i8, ptr %1624, i64 %.idx453
  %1644 = load float, ptr %1643, align 4
  %1645 = insertelement <8 x float> poison, float %1644, i64 0
  %1646 = shufflevector <8 x float> %1645, <8 x float> poison, <8 x i32> zeroinitializer
  %1647 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1646, <8 x float> %1620, <8 x float> %1615)
  %1648 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1646, <8 x float> %1623, <8 x float> %1616)
  %p10.next.1 = or disjoint i64 %p10.addr.0406, 2
  %1649 = shl nuw nsw i64 %p10.next.1, 5
  %1650 = or disjoint i64 %1649, 16
  %1651 = getelementptr inbounds float, ptr %X, i64 %1650
  %1652 = load <8 x float>, ptr %1651, align 4
  %1653 = or disjoint i64 %1649, 24
  %1654 = getelementptr inbounds float, ptr %X, i64 %1653
  %1655 = load <8 x float>, ptr %1654, align 4
  %1656 = getelementptr inbounds float, ptr %P, i64 %p10.next.1
  %1657 = getelementptr inbounds i8, ptr %1656, i64 %.idx450
  %1658 = load float, ptr %1657, align 4
  %1659 = insertelement <8 x float> poison, float %1658, i64 0
  %1660 = shufflevector <8 x float> %1659, <8 x float> poison, <8 x i32> zeroinitializer
  %1661 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1660, <8 x float> %1652, <8 x float> %1629)
  %1662 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1660, <8 x float> %1655, <8 x float> %1630)
  %1663 = getelementptr inbounds i8, ptr %1656, i64 %.idx451
  %1664 = load float, ptr %1663, align 4
  %1665 = insertelement <8 x float> poison, float %1664, i64 0
  %1666 = shufflevector <8 x float> %1665, <8 x float> poison, <8 x i32> zeroinitializer
  %1667 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1666, <8 x float> %1652, <8 x float> %1635)
  %1668 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1666, <8 x float> %1655, <8 x float> %1636)
  %1669 = getelementptr inbounds i8, ptr %1656, i64 %.idx452
  %1670 = load float, ptr %1669, align 4
  %1671 = insertelement <8 x float> poison, float %1670, i64 0
  %1672 = shufflevector <8 x float> %1671, <8 x float> poison, <8 x i32> zeroinitializer
  %1673 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1672, <8 x float> %1652, <8 x float> %1641)
  %1674 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1672, <8 x float> %1655, <8 x float> %1642)
  %1675 = getelementptr inbounds i8, ptr %1656, i64 %.idx453
  %1676 = load float, ptr %1675, align 4
  %1677 = insertelement <8 x float> poison, float %1676, i64 0
  %1678 = shufflevector <8 x float> %1677, <8 x float> poison, <8 x i32> zeroinitializer
  %1679 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1678, <8 x float> %1652, <8 x float> %1647)
  %1680 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1678, <8 x float> %1655, <8 x float> %1648)
  %p10.next.2 = or disjoint i64 %p10.addr.0406, 3
  %1681 = shl nuw nsw i64 %p10.next.2, 5
  %1682 = or disjoint i64 %1681, 16
  %1683 = getelementptr inbounds float, ptr %X, i64 %1682
  %1684 = load <8 x float>, ptr %1683, align 4
  %1685 = or disjoint i64 %1681, 24
  %1686 = getelementptr inbounds float, ptr %X, i64 %1685
  %1687 = load <8 x float>, ptr %1686, align 4
  %1688 = getelementptr inbounds float, ptr %P, i64 %p10.next.2
  %1689 = getelementptr inbounds i8, ptr %1688, i64 %.idx450
  %1690 = load float, ptr %1689, align 4
  %1691 = insertelement <8 x float> poison, float %1690, i64 0
  %1692 = shufflevector <8 x float> %1691, <8 x float> poison, <8 x i32> zeroinitializer
  %1693 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1692, <8 x float> %1684, <8 x float> %1661)
  %1694 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1692, <8 x float> %1687, <8 x float> %1662)
  %1695 = getelementptr inbounds i8, ptr %1688, i64 %.idx451
  %1696 = load float, ptr %1695, align 4
  %1697 = insertelement <8 x float> poison, float %1696, i64 0
  %1698 = shufflevector <8 x float> %1697, <8 x float> poison, <8 x i32> zeroinitializer
  %1699 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1698, <8 x float> %1684, <8 x float> %1667)
  %1700 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1698, <8 x float> %1687, <8 x float> %1668)
  %1701 = getelementptr inbounds i8, ptr %1688, i64 %.idx452
  %1702 = load float, ptr %1701, align 4
  %1703 = insertelement <8 x float> poison, float %1702, i64 0
  %1704 = shufflevector <8 x float> %1703, <8 x float> poison, <8 x i32> zeroinitializer
  %1705 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1704, <8 x float> %1684, <8 x float> %1673)
  %1706 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1704, <8 x float> %1687, <8 x float> %1674)
  %1707 = getelementptr inbounds i8, ptr %1688, i64 %.idx453
  %1708 = load float, ptr %1707, align 4
  %1709 = insertelement <8 x float> poison, float %1708, i64 0
  %1710 = shufflevector <8 x float> %1709, <8 x float> poison, <8 x i32> zeroinitializer
  %1711 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1710, <8 x float> %1684, <8 x float> %1679)
  %1712 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1710, <8 x float> %1687, <8 x float> %1680)
  %p10.next.3 = add nuw nsw i64 %p10.addr.0406, 4
  %exitcond542.not.3 = icmp eq i64 %p10.next.3, 64
  br i1 %exitcond542.not.3, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <8 x float> %1693, ptr %1559, align 4
  store <8 x float> %1694, ptr %1562, align 4
  store <8 x float> %1699, ptr %1566, align 4
  store <8 x float> %1700, ptr %1569, align 4
  store <8 x float> %1705, ptr %1573, align 4
  store <8 x float> %1706, ptr %1576, align 4
  store <8 x float> %1711, ptr %1580, align 4
  store <8 x float> %1712, ptr %1583, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0407, 4
  %1713 = icmp ult i64 %i22.addr.0407, 28
  br i1 %1713, label %i22.body, label %t5.head.preheader

i24.head.preheader.loopexit.unr-lcssa:            ; preds = %j18.head.preheader, %j18.head.preheader.preheader
  %t5.addr.0409.unr = phi i64 [ 0, %j18.head.preheader.preheader ], [ %t5.next.7, %j18.head.preheader ]
  %lcmp.mod1011.not = icmp eq i64 %xtraiter1009, 0
  br i1 %lcmp.mod1011.not, label %i24.head.preheader, label %j18.head.preheader.epil

j18.head.preheader.epil:                          ; preds = %i24.head.preheader.loopexit.unr-lcssa, %j18.head.preheader.epil
  %t5.addr.0409.epil = phi i64 [ %t5.next.epil, %j18.head.preheader.epil ], [ %t5.addr.0409.unr, %i24.head.preheader.loopexit.unr-lcssa ]
  %epil.iter1010 = phi i64 [ %epil.iter1010.next, %j18.head.preheader.epil ], [ 0, %i24.head.preheader.loopexit.unr-lcssa ]
  %1714 = mul i64 %8, %t5.addr.0409.epil
  %scevgep543.epil = getelementptr i8, ptr %1556, i64 %1714
  %1715 = shl nuw nsw i64 %t5.addr.0409.epil, 6
  %gep721.epil = getelementptr i8, ptr %invariant.gep720, i64 %1715
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep543.epil, ptr noundef nonnull align 4 dereferenceable(64) %gep721.epil, i64 64, i1 false)
  %t5.next.epil = add nuw nsw i64 %t5.addr.0409.epil, 1
  %epil.iter1010.next = add i64 %epil.iter1010, 1
  %epil.iter1010.cmp.not = icmp eq i64 %epil.iter1010.next, %xtraiter1009
  br i1 %epil.iter1010.cmp.not, label %i24.head.preheader, label %j18.head.preheader.epil, !llvm.loop !3

i24.head.preheader:                               ; preds = %i24.head.preheader.loopexit.unr-lcssa, %j18.head.preheader.epil, %t5.head.preheader
  %1716 = load float, ptr %4, align 4
  %1717 = load <8 x float>, ptr %work, align 4
  %1718 = insertelement <8 x float> poison, float %1716, i64 0
  %1719 = shufflevector <8 x float> %1718, <8 x float> poison, <8 x i32> zeroinitializer
  %1720 = fmul <8 x float> %1717, %1719
  store <8 x float> %1720, ptr %work, align 4
  %1721 = load <8 x float>, ptr %44, align 4
  %1722 = fmul <8 x float> %1721, %1719
  store <8 x float> %1722, ptr %44, align 4
  %1723 = load <8 x float>, ptr %45, align 4
  %1724 = fmul <8 x float> %1723, %1719
  store <8 x float> %1724, ptr %45, align 4
  %1725 = load <8 x float>, ptr %46, align 4
  %1726 = fmul <8 x float> %1725, %1719
  store <8 x float> %1726, ptr %46, align 4
  %1727 = load <8 x float>, ptr %47, align 4
  %1728 = fmul <8 x float> %1727, %1719
  store <8 x float> %1728, ptr %47, align 4
  %1729 = load <8 x float>, ptr %48, align 4
  %1730 = fmul <8 x float> %1729, %1719
  store <8 x float> %1730, ptr %48, align 4
  %1731 = load <8 x float>, ptr %49, align 4
  %1732 = fmul <8 x float> %1731, %1719
  store <8 x float> %1732, ptr %49, align 4
  %1733 = load <8 x float>, ptr %50, align 4
  %1734 = fmul <8 x float> %1733, %1719
  store <8 x float> %1734, ptr %50, align 4
  %1735 = load <8 x float>, ptr %51, align 4
  %1736 = fmul <8 x float> %1735, %1719
  store <8 x float> %1736, ptr %51, align 4
  %1737 = load <8 x float>, ptr %52, align 4
  %1738 = fmul <8 x float> %1737, %1719
  store <8 x float> %1738, ptr %52, align 4
  %1739 = load <8 x float>, ptr %53, align 4
  %1740 = fmul <8 x float> %1739, %1719
  store <8 x float> %1740, ptr %53, align 4
  %1741 = load <8 x float>, ptr %54, align 4
  %1742 = fmul <8 x float> %1741, %1719
  store <8 x float> %1742, ptr %54, align 4
  %1743 = load <8 x float>, ptr %55, align 4
  %1744 = fmul <8 x float> %1743, %1719
  store <8 x float> %1744, ptr %55, align 4
  %1745 = load <8 x float>, ptr %56, align 4
  %1746 = fmul <8 x float> %1745, %1719
  store <8 x float> %1746, ptr %56, align 4
  %1747 = load <8 x float>, ptr %57, align 4
  %1748 = fmul <8 x float> %1747, %1719
  store <8 x float> %1748, ptr %57, align 4
  %1749 = load <8 x float>, ptr %58, align 4
  %1750 = fmul <8 x float> %1749, %1719
  store <8 x float> %1750, ptr %58, align 4
  %1751 = load <8 x float>, ptr %59, align 4
  %1752 = fmul <8 x float> %1751, %1719
  store <8 x float> %1752, ptr %59, align 4
  %1753 = load <8 x float>, ptr %60, align 4
  %1754 = fmul <8 x float> %1753, %1719
  store <8 x float> %1754, ptr %60, align 4
  %1755 = load <8 x float>, ptr %61, align 4
  %1756 = fmul <8 x float> %1755, %1719
  store <8 x float> %1756, ptr %61, align 4
  %1757 = load <8 x float>, ptr %62, align 4
  %1758 = fmul <8 x float> %1757, %1719
  store <8 x float> %1758, ptr %62, align 4
  %1759 = load <8 x float>, ptr %63, align 4
  %1760 = fmul <8 x float> %1759, %1719
  store <8 x float> %1760, ptr %63, align 4
  %1761 = load <8 x float>, ptr %64, align 4
  %1762 = fmul <8 x float> %1761, %1719
  store <8 x float> %1762, ptr %64, align 4
  %1763 = load <8 x float>, ptr %65, align 4
  %1764 = fmul <8 x float> %1763, %1719
  store <8 x float> %1764, ptr %65, align 4
  %1765 = load <8 x float>, ptr %66, align 4
  %1766 = fmul <8 x float> %1765, %1719
  store <8 x float> %1766, ptr %66, align 4
  %1767 = load <8 x float>, ptr %67, align 4
  %1768 = fmul <8 x float> %1767, %1719
  store <8 x float> %1768, ptr %67, align 4
  %1769 = load float, ptr %4, align 4
  %1770 = load <8 x float>, ptr %68, align 4
  %1771 = insertelement <8 x float> poison, float %1769, i64 0
  %1772 = shufflevector <8 x float> %1771, <8 x float> poison, <8 x i32> zeroinitializer
  %1773 = fmul <8 x float> %1770, %1772
  store <8 x float> %1773, ptr %68, align 4
  %1774 = load <8 x float>, ptr %69, align 4
  %1775 = fmul <8 x float> %1774, %1772
  store <8 x float> %1775, ptr %69, align 4
  %1776 = load <8 x float>, ptr %70, align 4
  %1777 = fmul <8 x float> %1776, %1772
  store <8 x float> %1777, ptr %70, align 4
  %1778 = load <8 x float>, ptr %71, align 4
  %1779 = fmul <8 x float> %1778, %1772
  store <8 x float> %1779, ptr %71, align 4
  %1780 = load <8 x float>, ptr %72, align 4
  %1781 = fmul <8 x float> %1780, %1772
  store <8 x float> %1781, ptr %72, align 4
  %1782 = load <8 x float>, ptr %73, align 4
  %1783 = fmul <8 x float> %1782, %1772
  store <8 x float> %1783, ptr %73, align 4
  %1784 = load <8 x float>, ptr %74, align 4
  %1785 = fmul <8 x float> %1784, %1772
  store <8 x float> %1785, ptr %74, align 4
  br label %j20.head.preheader

j18.head.preheader:                               ; preds = %j18.head.preheader, %j18.head.preheader.preheader.new
  %t5.addr.0409 = phi i64 [ 0, %j18.head.preheader.preheader.new ], [ %t5.next.7, %j18.head.preheader ]
  %niter1013 = phi i64 [ 0, %j18.head.preheader.preheader.new ], [ %niter1013.next.7, %j18.head.preheader ]
  %1786 = mul i64 %8, %t5.addr.0409
  %scevgep543 = getelementptr i8, ptr %1556, i64 %1786
  %1787 = shl nuw nsw i64 %t5.addr.0409, 6
  %gep721 = getelementptr i8, ptr %invariant.gep720, i64 %1787
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep543, ptr noundef nonnull align 4 dereferenceable(64) %gep721, i64 64, i1 false)
  %t5.next = or disjoint i64 %t5.addr.0409, 1
  %1788 = mul i64 %8, %t5.next
  %scevgep543.1 = getelementptr i8, ptr %1556, i64 %1788
  %1789 = shl nuw nsw i64 %t5.next, 6
  %gep721.1 = getelementptr i8, ptr %invariant.gep720, i64 %1789
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep543.1, ptr noundef nonnull align 4 dereferenceable(64) %gep721.1, i64 64, i1 false)
  %t5.next.1 = or disjoint i64 %t5.addr.0409, 2
  %1790 = mul i64 %8, %t5.next.1
  %scevgep543.2 = getelementptr i8, ptr %1556, i64 %1790
  %1791 = shl nuw nsw i64 %t5.next.1, 6
  %gep721.2 = getelementptr i8, ptr %invariant.gep720, i64 %1791
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep543.2, ptr noundef nonnull align 4 dereferenceable(64) %gep721.2, i64 64, i1 false)
  %t5.next.2 = or disjoint i64 %t5.addr.0409, 3
  %1792 = mul i64 %8, %t5.next.2
  %scevgep543.3 = getelementptr i8, ptr %1556, i64 %1792
  %1793 = shl nuw nsw i64 %t5.next.2, 6
  %gep721.3 = getelementptr i8, ptr %invariant.gep720, i64 %1793
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep543.3, ptr noundef nonnull align 4 dereferenceable(64) %gep721.3, i64 64, i1 false)
  %t5.next.3 = or disjoint i64 %t5.addr.0409, 4
  %1794 = mul i64 %8, %t5.next.3
  %scevgep543.4 = getelementptr i8, ptr %1556, i64 %1794
  %1795 = shl nuw nsw i64 %t5.next.3, 6
  %gep721.4 = getelementptr i8, ptr %invariant.gep720, i64 %1795
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep543.4, ptr noundef nonnull align 4 dereferenceable(64) %gep721.4, i64 64, i1 false)
  %t5.next.4 = or disjoint i64 %t5.addr.0409, 5
  %1796 = mul i64 %8, %t5.next.4
  %scevgep543.5 = getelementptr i8, ptr %1556, i64 %1796
  %1797 = shl nuw nsw i64 %t5.next.4, 6
  %gep721.5 = getelementptr i8, ptr %invariant.gep720, i64 %1797
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep543.5, ptr noundef nonnull align 4 dereferenceable(64) %gep721.5, i64 64, i1 false)
  %t5.next.5 = or disjoint i64 %t5.addr.0409, 6
  %1798 = mul i64 %8, %t5.next.5
  %scevgep543.6 = getelementptr i8, ptr %1556, i64 %1798
  %1799 = shl nuw nsw i64 %t5.next.5, 6
  %gep721.6 = getelementptr i8, ptr %invariant.gep720, i64 %1799
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep543.6, ptr noundef nonnull align 4 dereferenceable(64) %gep721.6, i64 64, i1 false)
  %t5.next.6 = or disjoint i64 %t5.addr.0409, 7
  %1800 = mul i64 %8, %t5.next.6
  %scevgep543.7 = getelementptr i8, ptr %1556, i64 %1800
  %1801 = shl nuw nsw i64 %t5.next.6, 6
  %gep721.7 = getelementptr i8, ptr %invariant.gep720, i64 %1801
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep543.7, ptr noundef nonnull align 4 dereferenceable(64) %gep721.7, i64 64, i1 false)
  %t5.next.7 = add nuw nsw i64 %t5.addr.0409, 8
  %niter1013.next.7 = add i64 %niter1013, 8
  %niter1013.ncmp.7 = icmp eq i64 %niter1013.next.7, %unroll_iter1012
  br i1 %niter1013.ncmp.7, label %i24.head.preheader.loopexit.unr-lcssa, label %j18.head.preheader

j20.head.preheader:                               ; preds = %j20.head.preheader, %i24.head.preheader
  %i25.addr.0413 = phi i64 [ 0, %i24.head.preheader ], [ %i25.next.3, %j20.head.preheader ]
  %1802 = lshr exact i64 %i25.addr.0413, 1
  %1803 = or disjoint i64 %1802, 992
  %1804 = getelementptr inbounds float, ptr %Dt, i64 %1803
  %1805 = load float, ptr %1804, align 4
  %.idx456 = shl nsw i64 %i25.addr.0413, 7
  %gep723 = getelementptr inbounds i8, ptr %invariant.gep722, i64 %.idx456
  %1806 = load <8 x float>, ptr %gep723, align 4
  %1807 = insertelement <8 x float> poison, float %1805, i64 0
  %1808 = shufflevector <8 x float> %1807, <8 x float> poison, <8 x i32> zeroinitializer
  %1809 = fmul <8 x float> %1806, %1808
  store <8 x float> %1809, ptr %gep723, align 4
  %1810 = load float, ptr %1804, align 4
  %gep725 = getelementptr inbounds i8, ptr %invariant.gep724, i64 %.idx456
  %1811 = load <8 x float>, ptr %gep725, align 4
  %1812 = insertelement <8 x float> poison, float %1810, i64 0
  %1813 = shufflevector <8 x float> %1812, <8 x float> poison, <8 x i32> zeroinitializer
  %1814 = fmul <8 x float> %1811, %1813
  store <8 x float> %1814, ptr %gep725, align 4
  %1815 = lshr exact i64 %i25.addr.0413, 1
  %1816 = or disjoint i64 %1815, 992
  %1817 = getelementptr inbounds float, ptr %Dt, i64 %1816
  %1818 = load float, ptr %1817, align 4
  %i25.next = shl i64 %i25.addr.0413, 7
  %.idx456.1 = or disjoint i64 %i25.next, 128
  %gep723.1 = getelementptr inbounds i8, ptr %invariant.gep722, i64 %.idx456.1
  %1819 = load <8 x float>, ptr %gep723.1, align 4
  %1820 = insertelement <8 x float> poison, float %1818, i64 0
  %1821 = shufflevector <8 x float> %1820, <8 x float> poison, <8 x i32> zeroinitializer
  %1822 = fmul <8 x float> %1819, %1821
  store <8 x float> %1822, ptr %gep723.1, align 4
  %1823 = load float, ptr %1817, align 4
  %gep725.1 = getelementptr inbounds i8, ptr %invariant.gep724, i64 %.idx456.1
  %1824 = load <8 x float>, ptr %gep725.1, align 4
  %1825 = insertelement <8 x float> poison, float %1823, i64 0
  %1826 = shufflevector <8 x float> %1825, <8 x float> poison, <8 x i32> zeroinitializer
  %1827 = fmul <8 x float> %1824, %1826
  store <8 x float> %1827, ptr %gep725.1, align 4
  %i25.next.1 = or disjoint i64 %i25.addr.0413, 2
  %1828 = lshr exact i64 %i25.next.1, 1
  %1829 = or disjoint i64 %1828, 992
  %1830 = getelementptr inbounds float, ptr %Dt, i64 %1829
  %1831 = load float, ptr %1830, align 4
  %.idx456.2 = shl nsw i64 %i25.next.1, 7
  %gep723.2 = getelementptr inbounds i8, ptr %invariant.gep722, i64 %.idx456.2
  %1832 = load <8 x float>, ptr %gep723.2, align 4
  %1833 = insertelement <8 x float> poison, float %1831, i64 0
  %1834 = shufflevector <8 x float> %1833, <8 x float> poison, <8 x i32> zeroinitializer
  %1835 = fmul <8 x float> %1832, %1834
  store <8 x float> %1835, ptr %gep723.2, align 4
  %1836 = load float, ptr %1830, align 4
  %gep725.2 = getelementptr inbounds i8, ptr %invariant.gep724, i64 %.idx456.2
  %1837 = load <8 x float>, ptr %gep725.2, align 4
  %1838 = insertelement <8 x float> poison, float %1836, i64 0
  %1839 = shufflevector <8 x float> %1838, <8 x float> poison, <8 x i32> zeroinitializer
  %1840 = fmul <8 x float> %1837, %1839
  store <8 x float> %1840, ptr %gep725.2, align 4
  %1841 = lshr exact i64 %i25.next.1, 1
  %1842 = or disjoint i64 %1841, 992
  %1843 = getelementptr inbounds float, ptr %Dt, i64 %1842
  %1844 = load float, ptr %1843, align 4
  %i25.next.2 = shl i64 %i25.addr.0413, 7
  %.idx456.3 = or disjoint i64 %i25.next.2, 384
  %gep723.3 = getelementptr inbounds i8, ptr %invariant.gep722, i64 %.idx456.3
  %1845 = load <8 x float>, ptr %gep723.3, align 4
  %1846 = insertelement <8 x float> poison, float %1844, i64 0
  %1847 = shufflevector <8 x float> %1846, <8 x float> poison, <8 x i32> zeroinitializer
  %1848 = fmul <8 x float> %1845, %1847
  store <8 x float> %1848, ptr %gep723.3, align 4
  %1849 = load float, ptr %1843, align 4
  %gep725.3 = getelementptr inbounds i8, ptr %invariant.gep724, i64 %.idx456.3
  %1850 = load <8 x float>, ptr %gep725.3, align 4
  %1851 = insertelement <8 x float> poison, float %1849, i64 0
  %1852 = shufflevector <8 x float> %1851, <8 x float> poison, <8 x i32> zeroinitializer
  %1853 = fmul <8 x float> %1850, %1852
  store <8 x float> %1853, ptr %gep725.3, align 4
  %i25.next.3 = add nuw nsw i64 %i25.addr.0413, 4
  %exitcond550.not.3 = icmp eq i64 %i25.next.3, 64
  br i1 %exitcond550.not.3, label %i27.body.preheader, label %j20.head.preheader

i27.body.preheader:                               ; preds = %j20.head.preheader
  %1854 = load <8 x float>, ptr %work, align 4
  %1855 = load <8 x float>, ptr %44, align 4
  %1856 = load <8 x float>, ptr %45, align 4
  %1857 = load <8 x float>, ptr %75, align 4
  %1858 = load <8 x float>, ptr %47, align 4
  %1859 = load <8 x float>, ptr %76, align 4
  %1860 = load <8 x float>, ptr %49, align 4
  %1861 = load <8 x float>, ptr %77, align 4
  br label %p11.body

p11.body:                                         ; preds = %p11.body, %i27.body.preheader
  %p11.addr.0422 = phi i64 [ 0, %i27.body.preheader ], [ %p11.next.31045, %p11.body ]
  %acc51.0421 = phi <8 x float> [ %1861, %i27.body.preheader ], [ %1985, %p11.body ]
  %acc50.0420 = phi <8 x float> [ %1860, %i27.body.preheader ], [ %1984, %p11.body ]
  %acc49.0419 = phi <8 x float> [ %1859, %i27.body.preheader ], [ %1979, %p11.body ]
  %acc48.0418 = phi <8 x float> [ %1858, %i27.body.preheader ], [ %1978, %p11.body ]
  %acc47.0417 = phi <8 x float> [ %1857, %i27.body.preheader ], [ %1973, %p11.body ]
  %acc46.0416 = phi <8 x float> [ %1856, %i27.body.preheader ], [ %1972, %p11.body ]
  %acc45.0415 = phi <8 x float> [ %1855, %i27.body.preheader ], [ %1967, %p11.body ]
  %acc44195.0414 = phi <8 x float> [ %1854, %i27.body.preheader ], [ %1966, %p11.body ]
  %1862 = shl nuw nsw i64 %p11.addr.0422, 5
  %1863 = or disjoint i64 %1862, 16
  %1864 = getelementptr inbounds float, ptr %X, i64 %1863
  %1865 = load <8 x float>, ptr %1864, align 4
  %1866 = or disjoint i64 %1862, 24
  %1867 = getelementptr inbounds float, ptr %X, i64 %1866
  %1868 = load <8 x float>, ptr %1867, align 4
  %1869 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0422
  %1870 = load float, ptr %1869, align 4
  %1871 = insertelement <8 x float> poison, float %1870, i64 0
  %1872 = shufflevector <8 x float> %1871, <8 x float> poison, <8 x i32> zeroinitializer
  %1873 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1872, <8 x float> %1865, <8 x float> %acc44195.0414)
  %1874 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1872, <8 x float> %1868, <8 x float> %acc45.0415)
  %1875 = getelementptr inbounds i8, ptr %1869, i64 256
  %1876 = load float, ptr %1875, align 4
  %1877 = insertelement <8 x float> poison, float %1876, i64 0
  %1878 = shufflevector <8 x float> %1877, <8 x float> poison, <8 x i32> zeroinitializer
  %1879 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1878, <8 x float> %1865, <8 x float> %acc46.0416)
  %1880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1878, <8 x float> %1868, <8 x float> %acc47.0417)
  %1881 = getelementptr inbounds i8, ptr %1869, i64 512
  %1882 = load float, ptr %1881, align 4
  %1883 = insertelement <8 x float> poison, float %1882, i64 0
  %1884 = shufflevector <8 x float> %1883, <8 x float> poison, <8 x i32> zeroinitializer
  %1885 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1884, <8 x float> %1865, <8 x float> %acc48.0418)
  %1886 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1884, <8 x float> %1868, <8 x float> %acc49.0419)
  %1887 = getelementptr inbounds i8, ptr %1869, i64 768
  %1888 = load float, ptr %1887, align 4
  %1889 = insertelement <8 x float> poison, float %1888, i64 0
  %1890 = shufflevector <8 x float> %1889, <8 x float> poison, <8 x i32> zeroinitializer
  %1891 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1890, <8 x float> %1865, <8 x float> %acc50.0420)
  %1892 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1890, <8 x float> %1868, <8 x float> %acc51.0421)
  %p11.next = or disjoint i64 %p11.addr.0422, 1
  %1893 = shl nuw nsw i64 %p11.next, 5
  %1894 = or disjoint i64 %1893, 16
  %1895 = getelementptr inbounds float, ptr %X, i64 %1894
  %1896 = load <8 x float>, ptr %1895, align 4
  %1897 = or disjoint i64 %1893, 24
  %1898 = getelementptr inbounds float, ptr %X, i64 %1897
  %1899 = load <8 x float>, ptr %1898, align 4
  %1900 = getelementptr inbounds float, ptr %KT, i64 %p11.next
  %1901 = load float, ptr %1900, align 4
  %1902 = insertelement <8 x float> poison, float %1901, i64 0
  %1903 = shufflevector <8 x float> %1902, <8 x float> poison, <8 x i32> zeroinitializer
  %1904 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1903, <8 x float> %1896, <8 x float> %1873)
  %1905 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1903, <8 x float> %1899, <8 x float> %1874)
  %1906 = getelementptr inbounds i8, ptr %1900, i64 256
  %1907 = load float, ptr %1906, align 4
  %1908 = insertelement <8 x float> poison, float %1907, i64 0
  %1909 = shufflevector <8 x float> %1908, <8 x float> poison, <8 x i32> zeroinitializer
  %1910 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1909, <8 x float> %1896, <8 x float> %1879)
  %1911 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1909, <8 x float> %1899, <8 x float> %1880)
  %1912 = getelementptr inbounds i8, ptr %1900, i64 512
  %1913 = load float, ptr %1912, align 4
  %1914 = insertelement <8 x float> poison, float %1913, i64 0
  %1915 = shufflevector <8 x float> %1914, <8 x float> poison, <8 x i32> zeroinitializer
  %1916 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1915, <8 x float> %1896, <8 x float> %1885)
  %1917 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1915, <8 x float> %1899, <8 x float> %1886)
  %1918 = getelementptr inbounds i8, ptr %1900, i64 768
  %1919 = load float, ptr %1918, align 4
  %1920 = insertelement <8 x float> poison, float %1919, i64 0
  %1921 = shufflevector <8 x float> %1920, <8 x float> poison, <8 x i32> zeroinitializer
  %1922 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1921, <8 x float> %1896, <8 x float> %1891)
  %1923 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1921, <8 x float> %1899, <8 x float> %1892)
  %p11.next.11023 = or disjoint i64 %p11.addr.0422, 2
  %1924 = shl nuw nsw i64 %p11.next.11023, 5
  %1925 = or disjoint i64 %1924, 16
  %1926 = getelementptr inbounds float, ptr %X, i64 %1925
  %1927 = load <8 x float>, ptr %1926, align 4
  %1928 = or disjoint i64 %1924, 24
  %1929 = getelementptr inbounds float, ptr %X, i64 %1928
  %1930 = load <8 x float>, ptr %1929, align 4
  %1931 = getelementptr inbounds float, ptr %KT, i64 %p11.next.11023
  %1932 = load float, ptr %1931, align 4
  %1933 = insertelement <8 x float> poison, float %1932, i64 0
  %1934 = shufflevector <8 x float> %1933, <8 x float> poison, <8 x i32> zeroinitializer
  %1935 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1934, <8 x float> %1927, <8 x float> %1904)
  %1936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1934, <8 x float> %1930, <8 x float> %1905)
  %1937 = getelementptr inbounds i8, ptr %1931, i64 256
  %1938 = load float, ptr %1937, align 4
  %1939 = insertelement <8 x float> poison, float %1938, i64 0
  %1940 = shufflevector <8 x float> %1939, <8 x float> poison, <8 x i32> zeroinitializer
  %1941 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1940, <8 x float> %1927, <8 x float> %1910)
  %1942 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1940, <8 x float> %1930, <8 x float> %1911)
  %1943 = getelementptr inbounds i8, ptr %1931, i64 512
  %1944 = load float, ptr %1943, align 4
  %1945 = insertelement <8 x float> poison, float %1944, i64 0
  %1946 = shufflevector <8 x float> %1945, <8 x float> poison, <8 x i32> zeroinitializer
  %1947 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1946, <8 x float> %1927, <8 x float> %1916)
  %1948 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1946, <8 x float> %1930, <8 x float> %1917)
  %1949 = getelementptr inbounds i8, ptr %1931, i64 768
  %1950 = load float, ptr %1949, align 4
  %1951 = insertelement <8 x float> poison, float %1950, i64 0
  %1952 = shufflevector <8 x float> %1951, <8 x float> poison, <8 x i32> zeroinitializer
  %1953 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1952, <8 x float> %1927, <8 x float> %1922)
  %1954 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1952, <8 x float> %1930, <8 x float> %1923)
  %p11.next.21034 = or disjoint i64 %p11.addr.0422, 3
  %1955 = shl nuw nsw i64 %p11.next.21034, 5
  %1956 = or disjoint i64 %1955, 16
  %1957 = getelementptr inbounds float, ptr %X, i64 %1956
  %1958 = load <8 x float>, ptr %1957, align 4
  %1959 = or disjoint i64 %1955, 24
  %1960 = getelementptr inbounds float, ptr %X, i64 %1959
  %1961 = load <8 x float>, ptr %1960, align 4
  %1962 = getelementptr inbounds float, ptr %KT, i64 %p11.next.21034
  %1963 = load float, ptr %1962, align 4
  %1964 = insertelement <8 x float> poison, float %1963, i64 0
  %1965 = shufflevector <8 x float> %1964, <8 x float> poison, <8 x i32> zeroinitializer
  %1966 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1965, <8 x float> %1958, <8 x float> %1935)
  %1967 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1965, <8 x float> %1961, <8 x float> %1936)
  %1968 = getelementptr inbounds i8, ptr %1962, i64 256
  %1969 = load float, ptr %1968, align 4
  %1970 = insertelement <8 x float> poison, float %1969, i64 0
  %1971 = shufflevector <8 x float> %1970, <8 x float> poison, <8 x i32> zeroinitializer
  %1972 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1971, <8 x float> %1958, <8 x float> %1941)
  %1973 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1971, <8 x float> %1961, <8 x float> %1942)
  %1974 = getelementptr inbounds i8, ptr %1962, i64 512
  %1975 = load float, ptr %1974, align 4
  %1976 = insertelement <8 x float> poison, float %1975, i64 0
  %1977 = shufflevector <8 x float> %1976, <8 x float> poison, <8 x i32> zeroinitializer
  %1978 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1977, <8 x float> %1958, <8 x float> %1947)
  %1979 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1977, <8 x float> %1961, <8 x float> %1948)
  %1980 = getelementptr inbounds i8, ptr %1962, i64 768
  %1981 = load float, ptr %1980, align 4
  %1982 = insertelement <8 x float> poison, float %1981, i64 0
  %1983 = shufflevector <8 x float> %1982, <8 x float> poison, <8 x i32> zeroinitializer
  %1984 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1983, <8 x float> %1958, <8 x float> %1953)
  %1985 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1983, <8 x float> %1961, <8 x float> %1954)
  %p11.next.31045 = add nuw nsw i64 %p11.addr.0422, 4
  %exitcond551.not.3 = icmp eq i64 %p11.next.31045, 64
  br i1 %exitcond551.not.3, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <8 x float> %1966, ptr %work, align 4
  store <8 x float> %1967, ptr %44, align 4
  store <8 x float> %1972, ptr %45, align 4
  store <8 x float> %1973, ptr %75, align 4
  store <8 x float> %1978, ptr %47, align 4
  store <8 x float> %1979, ptr %76, align 4
  store <8 x float> %1984, ptr %49, align 4
  store <8 x float> %1985, ptr %77, align 4
  br label %p11.body.1

p11.body.1:                                       ; preds = %p11.body.1, %p11.exit
  %p11.addr.0422.1 = phi i64 [ 0, %p11.exit ], [ %p11.next.1.3, %p11.body.1 ]
  %acc51.0421.1 = phi <8 x float> [ %1750, %p11.exit ], [ %2113, %p11.body.1 ]
  %acc50.0420.1 = phi <8 x float> [ %1748, %p11.exit ], [ %2112, %p11.body.1 ]
  %acc49.0419.1 = phi <8 x float> [ %1746, %p11.exit ], [ %2107, %p11.body.1 ]
  %acc48.0418.1 = phi <8 x float> [ %1744, %p11.exit ], [ %2106, %p11.body.1 ]
  %acc47.0417.1 = phi <8 x float> [ %1742, %p11.exit ], [ %2101, %p11.body.1 ]
  %acc46.0416.1 = phi <8 x float> [ %1740, %p11.exit ], [ %2100, %p11.body.1 ]
  %acc45.0415.1 = phi <8 x float> [ %1738, %p11.exit ], [ %2095, %p11.body.1 ]
  %acc44195.0414.1 = phi <8 x float> [ %1736, %p11.exit ], [ %2094, %p11.body.1 ]
  %1986 = shl nuw nsw i64 %p11.addr.0422.1, 5
  %1987 = or disjoint i64 %1986, 16
  %1988 = getelementptr inbounds float, ptr %X, i64 %1987
  %1989 = load <8 x float>, ptr %1988, align 4
  %1990 = or disjoint i64 %1986, 24
  %1991 = getelementptr inbounds float, ptr %X, i64 %1990
  %1992 = load <8 x float>, ptr %1991, align 4
  %1993 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0422.1
  %1994 = getelementptr inbounds i8, ptr %1993, i64 1024
  %1995 = load float, ptr %1994, align 4
  %1996 = insertelement <8 x float> poison, float %1995, i64 0
  %1997 = shufflevector <8 x float> %1996, <8 x float> poison, <8 x i32> zeroinitializer
  %1998 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1997, <8 x float> %1989, <8 x float> %acc44195.0414.1)
  %1999 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1997, <8 x float> %1992, <8 x float> %acc45.0415.1)
  %2000 = getelementptr inbounds i8, ptr %1993, i64 1280
  %2001 = load float, ptr %2000, align 4
  %2002 = insertelement <8 x float> poison, float %2001, i64 0
  %2003 = shufflevector <8 x float> %2002, <8 x float> poison, <8 x i32> zeroinitializer
  %2004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2003, <8 x float> %1989, <8 x float> %acc46.0416.1)
  %2005 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2003, <8 x float> %1992, <8 x float> %acc47.0417.1)
  %2006 = getelementptr inbounds i8, ptr %1993, i64 1536
  %2007 = load float, ptr %2006, align 4
  %2008 = insertelement <8 x float> poison, float %2007, i64 0
  %2009 = shufflevector <8 x float> %2008, <8 x float> poison, <8 x i32> zeroinitializer
  %2010 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2009, <8 x float> %1989, <8 x float> %acc48.0418.1)
  %2011 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2009, <8 x float> %1992, <8 x float> %acc49.0419.1)
  %2012 = getelementptr inbounds i8, ptr %1993, i64 1792
  %2013 = load float, ptr %2012, align 4
  %2014 = insertelement <8 x float> poison, float %2013, i64 0
  %2015 = shufflevector <8 x float> %2014, <8 x float> poison, <8 x i32> zeroinitializer
  %2016 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2015, <8 x float> %1989, <8 x float> %acc50.0420.1)
  %2017 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2015, <8 x float> %1992, <8 x float> %acc51.0421.1)
  %p11.next.1 = or disjoint i64 %p11.addr.0422.1, 1
  %2018 = shl nuw nsw i64 %p11.next.1, 5
  %2019 = or disjoint i64 %2018, 16
  %2020 = getelementptr inbounds float, ptr %X, i64 %2019
  %2021 = load <8 x float>, ptr %2020, align 4
  %2022 = or disjoint i64 %2018, 24
  %2023 = getelementptr inbounds float, ptr %X, i64 %2022
  %2024 = load <8 x float>, ptr %2023, align 4
  %2025 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1
  %2026 = getelementptr inbounds i8, ptr %2025, i64 1024
  %2027 = load float, ptr %2026, align 4
  %2028 = insertelement <8 x float> poison, float %2027, i64 0
  %2029 = shufflevector <8 x float> %2028, <8 x float> poison, <8 x i32> zeroinitializer
  %2030 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2029, <8 x float> %2021, <8 x float> %1998)
  %2031 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2029, <8 x float> %2024, <8 x float> %1999)
  %2032 = getelementptr inbounds i8, ptr %2025, i64 1280
  %2033 = load float, ptr %2032, align 4
  %2034 = insertelement <8 x float> poison, float %2033, i64 0
  %2035 = shufflevector <8 x float> %2034, <8 x float> poison, <8 x i32> zeroinitializer
  %2036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2035, <8 x float> %2021, <8 x float> %2004)
  %2037 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2035, <8 x float> %2024, <8 x float> %2005)
  %2038 = getelementptr inbounds i8, ptr %2025, i64 1536
  %2039 = load float, ptr %2038, align 4
  %2040 = insertelement <8 x float> poison, float %2039, i64 0
  %2041 = shufflevector <8 x float> %2040, <8 x float> poison, <8 x i32> zeroinitializer
  %2042 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2041, <8 x float> %2021, <8 x float> %2010)
  %2043 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2041, <8 x float> %2024, <8 x float> %2011)
  %2044 = getelementptr inbounds i8, ptr %2025, i64 1792
  %2045 = load float, ptr %2044, align 4
  %2046 = insertelement <8 x float> poison, float %2045, i64 0
  %2047 = shufflevector <8 x float> %2046, <8 x float> poison, <8 x i32> zeroinitializer
  %2048 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2047, <8 x float> %2021, <8 x float> %2016)
  %2049 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2047, <8 x float> %2024, <8 x float> %2017)
  %p11.next.1.1 = or disjoint i64 %p11.addr.0422.1, 2
  %2050 = shl nuw nsw i64 %p11.next.1.1, 5
  %2051 = or disjoint i64 %2050, 16
  %2052 = getelementptr inbounds float, ptr %X, i64 %2051
  %2053 = load <8 x float>, ptr %2052, align 4
  %2054 = or disjoint i64 %2050, 24
  %2055 = getelementptr inbounds float, ptr %X, i64 %2054
  %2056 = load <8 x float>, ptr %2055, align 4
  %2057 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1.1
  %2058 = getelementptr inbounds i8, ptr %2057, i64 1024
  %2059 = load float, ptr %2058, align 4
  %2060 = insertelement <8 x float> poison, float %2059, i64 0
  %2061 = shufflevector <8 x float> %2060, <8 x float> poison, <8 x i32> zeroinitializer
  %2062 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2061, <8 x float> %2053, <8 x float> %2030)
  %2063 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2061, <8 x float> %2056, <8 x float> %2031)
  %2064 = getelementptr inbounds i8, ptr %2057, i64 1280
  %2065 = load float, ptr %2064, align 4
  %2066 = insertelement <8 x float> poison, float %2065, i64 0
  %2067 = shufflevector <8 x float> %2066, <8 x float> poison, <8 x i32> zeroinitializer
  %2068 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2067, <8 x float> %2053, <8 x float> %2036)
  %2069 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2067, <8 x float> %2056, <8 x float> %2037)
  %2070 = getelementptr inbounds i8, ptr %2057, i64 1536
  %2071 = load float, ptr %2070, align 4
  %2072 = insertelement <8 x float> poison, float %2071, i64 0
  %2073 = shufflevector <8 x float> %2072, <8 x float> poison, <8 x i32> zeroinitializer
  %2074 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2073, <8 x float> %2053, <8 x float> %2042)
  %2075 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2073, <8 x float> %2056, <8 x float> %2043)
  %2076 = getelementptr inbounds i8, ptr %2057, i64 1792
  %2077 = load float, ptr %2076, align 4
  %2078 = insertelement <8 x float> poison, float %2077, i64 0
  %2079 = shufflevector <8 x float> %2078, <8 x float> poison, <8 x i32> zeroinitializer
  %2080 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2079, <8 x float> %2053, <8 x float> %2048)
  %2081 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2079, <8 x float> %2056, <8 x float> %2049)
  %p11.next.1.2 = or disjoint i64 %p11.addr.0422.1, 3
  %2082 = shl nuw nsw i64 %p11.next.1.2, 5
  %2083 = or disjoint i64 %2082, 16
  %2084 = getelementptr inbounds float, ptr %X, i64 %2083
  %2085 = load <8 x float>, ptr %2084, align 4
  %2086 = or disjoint i64 %2082, 24
  %2087 = getelementptr inbounds float, ptr %X, i64 %2086
  %2088 = load <8 x float>, ptr %2087, align 4
  %2089 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1.2
  %2090 = getelementptr inbounds i8, ptr %2089, i64 1024
  %2091 = load float, ptr %2090, align 4
  %2092 = insertelement <8 x float> poison, float %2091, i64 0
  %2093 = shufflevector <8 x float> %2092, <8 x float> poison, <8 x i32> zeroinitializer
  %2094 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2093, <8 x float> %2085, <8 x float> %2062)
  %2095 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2093, <8 x float> %2088, <8 x float> %2063)
  %2096 = getelementptr inbounds i8, ptr %2089, i64 1280
  %2097 = load float, ptr %2096, align 4
  %2098 = insertelement <8 x float> poison, float %2097, i64 0
  %2099 = shufflevector <8 x float> %2098, <8 x float> poison, <8 x i32> zeroinitializer
  %2100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2099, <8 x float> %2085, <8 x float> %2068)
  %2101 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2099, <8 x float> %2088, <8 x float> %2069)
  %2102 = getelementptr inbounds i8, ptr %2089, i64 1536
  %2103 = load float, ptr %2102, align 4
  %2104 = insertelement <8 x float> poison, float %2103, i64 0
  %2105 = shufflevector <8 x float> %2104, <8 x float> poison, <8 x i32> zeroinitializer
  %2106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2105, <8 x float> %2085, <8 x float> %2074)
  %2107 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2105, <8 x float> %2088, <8 x float> %2075)
  %2108 = getelementptr inbounds i8, ptr %2089, i64 1792
  %2109 = load float, ptr %2108, align 4
  %2110 = insertelement <8 x float> poison, float %2109, i64 0
  %2111 = shufflevector <8 x float> %2110, <8 x float> poison, <8 x i32> zeroinitializer
  %2112 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2111, <8 x float> %2085, <8 x float> %2080)
  %2113 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2111, <8 x float> %2088, <8 x float> %2081)
  %p11.next.1.3 = add nuw nsw i64 %p11.addr.0422.1, 4
  %exitcond551.1.not.3 = icmp eq i64 %p11.next.1.3, 64
  br i1 %exitcond551.1.not.3, label %p11.exit.1, label %p11.body.1

p11.exit.1:                                       ; preds = %p11.body.1
  store <8 x float> %2094, ptr %51, align 4
  store <8 x float> %2095, ptr %78, align 4
  store <8 x float> %2100, ptr %53, align 4
  store <8 x float> %2101, ptr %79, align 4
  store <8 x float> %2106, ptr %55, align 4
  store <8 x float> %2107, ptr %80, align 4
  store <8 x float> %2112, ptr %57, align 4
  store <8 x float> %2113, ptr %81, align 4
  br label %p11.body.2

p11.body.2:                                       ; preds = %p11.body.2, %p11.exit.1
  %p11.addr.0422.2 = phi i64 [ 0, %p11.exit.1 ], [ %p11.next.2.3, %p11.body.2 ]
  %acc51.0421.2 = phi <8 x float> [ %1766, %p11.exit.1 ], [ %2241, %p11.body.2 ]
  %acc50.0420.2 = phi <8 x float> [ %1764, %p11.exit.1 ], [ %2240, %p11.body.2 ]
  %acc49.0419.2 = phi <8 x float> [ %1762, %p11.exit.1 ], [ %2235, %p11.body.2 ]
  %acc48.0418.2 = phi <8 x float> [ %1760, %p11.exit.1 ], [ %2234, %p11.body.2 ]
  %acc47.0417.2 = phi <8 x float> [ %1758, %p11.exit.1 ], [ %2229, %p11.body.2 ]
  %acc46.0416.2 = phi <8 x float> [ %1756, %p11.exit.1 ], [ %2228, %p11.body.2 ]
  %acc45.0415.2 = phi <8 x float> [ %1754, %p11.exit.1 ], [ %2223, %p11.body.2 ]
  %acc44195.0414.2 = phi <8 x float> [ %1752, %p11.exit.1 ], [ %2222, %p11.body.2 ]
  %2114 = shl nuw nsw i64 %p11.addr.0422.2, 5
  %2115 = or disjoint i64 %2114, 16
  %2116 = getelementptr inbounds float, ptr %X, i64 %2115
  %2117 = load <8 x float>, ptr %2116, align 4
  %2118 = or disjoint i64 %2114, 24
  %2119 = getelementptr inbounds float, ptr %X, i64 %2118
  %2120 = load <8 x float>, ptr %2119, align 4
  %2121 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0422.2
  %2122 = getelementptr inbounds i8, ptr %2121, i64 2048
  %2123 = load float, ptr %2122, align 4
  %2124 = insertelement <8 x float> poison, float %2123, i64 0
  %2125 = shufflevector <8 x float> %2124, <8 x float> poison, <8 x i32> zeroinitializer
  %2126 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2125, <8 x float> %2117, <8 x float> %acc44195.0414.2)
  %2127 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2125, <8 x float> %2120, <8 x float> %acc45.0415.2)
  %2128 = getelementptr inbounds i8, ptr %2121, i64 2304
  %2129 = load float, ptr %2128, align 4
  %2130 = insertelement <8 x float> poison, float %2129, i64 0
  %2131 = shufflevector <8 x float> %2130, <8 x float> poison, <8 x i32> zeroinitializer
  %2132 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2131, <8 x float> %2117, <8 x float> %acc46.0416.2)
  %2133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2131, <8 x float> %2120, <8 x float> %acc47.0417.2)
  %2134 = getelementptr inbounds i8, ptr %2121, i64 2560
  %2135 = load float, ptr %2134, align 4
  %2136 = insertelement <8 x float> poison, float %2135, i64 0
  %2137 = shufflevector <8 x float> %2136, <8 x float> poison, <8 x i32> zeroinitializer
  %2138 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2137, <8 x float> %2117, <8 x float> %acc48.0418.2)
  %2139 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2137, <8 x float> %2120, <8 x float> %acc49.0419.2)
  %2140 = getelementptr inbounds i8, ptr %2121, i64 2816
  %2141 = load float, ptr %2140, align 4
  %2142 = insertelement <8 x float> poison, float %2141, i64 0
  %2143 = shufflevector <8 x float> %2142, <8 x float> poison, <8 x i32> zeroinitializer
  %2144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2143, <8 x float> %2117, <8 x float> %acc50.0420.2)
  %2145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2143, <8 x float> %2120, <8 x float> %acc51.0421.2)
  %p11.next.2 = or disjoint i64 %p11.addr.0422.2, 1
  %2146 = shl nuw nsw i64 %p11.next.2, 5
  %2147 = or disjoint i64 %2146, 16
  %2148 = getelementptr inbounds float, ptr %X, i64 %2147
  %2149 = load <8 x float>, ptr %2148, align 4
  %2150 = or disjoint i64 %2146, 24
  %2151 = getelementptr inbounds float, ptr %X, i64 %2150
  %2152 = load <8 x float>, ptr %2151, align 4
  %2153 = getelementptr inbounds float, ptr %KT, i64 %p11.next.2
  %2154 = getelementptr inbounds i8, ptr %2153, i64 2048
  %2155 = load float, ptr %2154, align 4
  %2156 = insertelement <8 x float> poison, float %2155, i64 0
  %2157 = shufflevector <8 x float> %2156, <8 x float> poison, <8 x i32> zeroinitializer
  %2158 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2157, <8 x float> %2149, <8 x float> %2126)
  %2159 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2157, <8 x float> %2152, <8 x float> %2127)
  %2160 = getelementptr inbounds i8, ptr %2153, i64 2304
  %2161 = load float, ptr %2160, align 4
  %2162 = insertelement <8 x float> poison, float %2161, i64 0
  %2163 = shufflevector <8 x float> %2162, <8 x float> poison, <8 x i32> zeroinitializer
  %2164 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2163, <8 x float> %2149, <8 x float> %2132)
  %2165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2163, <8 x float> %2152, <8 x float> %2133)
  %2166 = getelementptr inbounds i8, ptr %2153, i64 2560
  %2167 = load float, ptr %2166, align 4
  %2168 = insertelement <8 x float> poison, float %2167, i64 0
  %2169 = shufflevector <8 x float> %2168, <8 x float> poison, <8 x i32> zeroinitializer
  %2170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2169, <8 x float> %2149, <8 x float> %2138)
  %2171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2169, <8 x float> %2152, <8 x float> %2139)
  %2172 = getelementptr inbounds i8, ptr %2153, i64 2816
  %2173 = load float, ptr %2172, align 4
  %2174 = insertelement <8 x float> poison, float %2173, i64 0
  %2175 = shufflevector <8 x float> %2174, <8 x float> poison, <8 x i32> zeroinitializer
  %2176 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2175, <8 x float> %2149, <8 x float> %2144)
  %2177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2175, <8 x float> %2152, <8 x float> %2145)
  %p11.next.2.1 = or disjoint i64 %p11.addr.0422.2, 2
  %2178 = shl nuw nsw i64 %p11.next.2.1, 5
  %2179 = or disjoint i64 %2178, 16
  %2180 = getelementptr inbounds float, ptr %X, i64 %2179
  %2181 = load <8 x float>, ptr %2180, align 4
  %2182 = or disjoint i64 %2178, 24
  %2183 = getelementptr inbounds float, ptr %X, i64 %2182
  %2184 = load <8 x float>, ptr %2183, align 4
  %2185 = getelementptr inbounds float, ptr %KT, i64 %p11.next.2.1
  %2186 = getelementptr inbounds i8, ptr %2185, i64 2048
  %2187 = load float, ptr %2186, align 4
  %2188 = insertelement <8 x float> poison, float %2187, i64 0
  %2189 = shufflevector <8 x float> %2188, <8 x float> poison, <8 x i32> zeroinitializer
  %2190 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2189, <8 x float> %2181, <8 x float> %2158)
  %2191 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2189, <8 x float> %2184, <8 x float> %2159)
  %2192 = getelementptr inbounds i8, ptr %2185, i64 2304
  %2193 = load float, ptr %2192, align 4
  %2194 = insertelement <8 x float> poison, float %2193, i64 0
  %2195 = shufflevector <8 x float> %2194, <8 x float> poison, <8 x i32> zeroinitializer
  %2196 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2195, <8 x float> %2181, <8 x float> %2164)
  %2197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2195, <8 x float> %2184, <8 x float> %2165)
  %2198 = getelementptr inbounds i8, ptr %2185, i64 2560
  %2199 = load float, ptr %2198, align 4
  %2200 = insertelement <8 x float> poison, float %2199, i64 0
  %2201 = shufflevector <8 x float> %2200, <8 x float> poison, <8 x i32> zeroinitializer
  %2202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2201, <8 x float> %2181, <8 x float> %2170)
  %2203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2201, <8 x float> %2184, <8 x float> %2171)
  %2204 = getelementptr inbounds i8, ptr %2185, i64 2816
  %2205 = load float, ptr %2204, align 4
  %2206 = insertelement <8 x float> poison, float %2205, i64 0
  %2207 = shufflevector <8 x float> %2206, <8 x float> poison, <8 x i32> zeroinitializer
  %2208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2207, <8 x float> %2181, <8 x float> %2176)
  %2209 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2207, <8 x float> %2184, <8 x float> %2177)
  %p11.next.2.2 = or disjoint i64 %p11.addr.0422.2, 3
  %2210 = shl nuw nsw i64 %p11.next.2.2, 5
  %2211 = or disjoint i64 %2210, 16
  %2212 = getelementptr inbounds float, ptr %X, i64 %2211
  %2213 = load <8 x float>, ptr %2212, align 4
  %2214 = or disjoint i64 %2210, 24
  %2215 = getelementptr inbounds float, ptr %X, i64 %2214
  %2216 = load <8 x float>, ptr %2215, align 4
  %2217 = getelementptr inbounds float, ptr %KT, i64 %p11.next.2.2
  %2218 = getelementptr inbounds i8, ptr %2217, i64 2048
  %2219 = load float, ptr %2218, align 4
  %2220 = insertelement <8 x float> poison, float %2219, i64 0
  %2221 = shufflevector <8 x float> %2220, <8 x float> poison, <8 x i32> zeroinitializer
  %2222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2221, <8 x float> %2213, <8 x float> %2190)
  %2223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2221, <8 x float> %2216, <8 x float> %2191)
  %2224 = getelementptr inbounds i8, ptr %2217, i64 2304
  %2225 = load float, ptr %2224, align 4
  %2226 = insertelement <8 x float> poison, float %2225, i64 0
  %2227 = shufflevector <8 x float> %2226, <8 x float> poison, <8 x i32> zeroinitializer
  %2228 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2227, <8 x float> %2213, <8 x float> %2196)
  %2229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2227, <8 x float> %2216, <8 x float> %2197)
  %2230 = getelementptr inbounds i8, ptr %2217, i64 2560
  %2231 = load float, ptr %2230, align 4
  %2232 = insertelement <8 x float> poison, float %2231, i64 0
  %2233 = shufflevector <8 x float> %2232, <8 x float> poison, <8 x i32> zeroinitializer
  %2234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2233, <8 x float> %2213, <8 x float> %2202)
  %2235 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2233, <8 x float> %2216, <8 x float> %2203)
  %2236 = getelementptr inbounds i8, ptr %2217, i64 2816
  %2237 = load float, ptr %2236, align 4
  %2238 = insertelement <8 x float> poison, float %2237, i64 0
  %2239 = shufflevector <8 x float> %2238, <8 x float> poison, <8 x i32> zeroinitializer
  %2240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2239, <8 x float> %2213, <8 x float> %2208)
  %2241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2239, <8 x float> %2216, <8 x float> %2209)
  %p11.next.2.3 = add nuw nsw i64 %p11.addr.0422.2, 4
  %exitcond551.2.not.3 = icmp eq i64 %p11.next.2.3, 64
  br i1 %exitcond551.2.not.3, label %p11.exit.2, label %p11.body.2

p11.exit.2:                                       ; preds = %p11.body.2
  store <8 x float> %2222, ptr %59, align 4
  store <8 x float> %2223, ptr %82, align 4
  store <8 x float> %2228, ptr %61, align 4
  store <8 x float> %2229, ptr %83, align 4
  store <8 x float> %2234, ptr %63, align 4
  store <8 x float> %2235, ptr %84, align 4
  store <8 x float> %2240, ptr %65, align 4
  store <8 x float> %2241, ptr %85, align 4
  br label %p11.body.3

p11.body.3:                                       ; preds = %p11.body.3, %p11.exit.2
  %p11.addr.0422.3 = phi i64 [ 0, %p11.exit.2 ], [ %p11.next.3.3, %p11.body.3 ]
  %acc51.0421.3 = phi <8 x float> [ %1785, %p11.exit.2 ], [ %2369, %p11.body.3 ]
  %acc50.0420.3 = phi <8 x float> [ %1783, %p11.exit.2 ], [ %2368, %p11.body.3 ]
  %acc49.0419.3 = phi <8 x float> [ %1781, %p11.exit.2 ], [ %2363, %p11.body.3 ]
  %acc48.0418.3 = phi <8 x float> [ %1779, %p11.exit.2 ], [ %2362, %p11.body.3 ]
  %acc47.0417.3 = phi <8 x float> [ %1777, %p11.exit.2 ], [ %2357, %p11.body.3 ]
  %acc46.0416.3 = phi <8 x float> [ %1775, %p11.exit.2 ], [ %2356, %p11.body.3 ]
  %acc45.0415.3 = phi <8 x float> [ %1773, %p11.exit.2 ], [ %2351, %p11.body.3 ]
  %acc44195.0414.3 = phi <8 x float> [ %1768, %p11.exit.2 ], [ %2350, %p11.body.3 ]
  %2242 = shl nuw nsw i64 %p11.addr.0422.3, 5
  %2243 = or disjoint i64 %2242, 16
  %2244 = getelementptr inbounds float, ptr %X, i64 %2243
  %2245 = load <8 x float>, ptr %2244, align 4
  %2246 = or disjoint i64 %2242, 24
  %2247 = getelementptr inbounds float, ptr %X, i64 %2246
  %2248 = load <8 x float>, ptr %2247, align 4
  %2249 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0422.3
  %2250 = getelementptr inbounds i8, ptr %2249, i64 3072
  %2251 = load float, ptr %2250, align 4
  %2252 = insertelement <8 x float> poison, float %2251, i64 0
  %2253 = shufflevector <8 x float> %2252, <8 x float> poison, <8 x i32> zeroinitializer
  %2254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2253, <8 x float> %2245, <8 x float> %acc44195.0414.3)
  %2255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2253, <8 x float> %2248, <8 x float> %acc45.0415.3)
  %2256 = getelementptr inbounds i8, ptr %2249, i64 3328
  %2257 = load float, ptr %2256, align 4
  %2258 = insertelement <8 x float> poison, float %2257, i64 0
  %2259 = shufflevector <8 x float> %2258, <8 x float> poison, <8 x i32> zeroinitializer
  %2260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2259, <8 x float> %2245, <8 x float> %acc46.0416.3)
  %2261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2259, <8 x float> %2248, <8 x float> %acc47.0417.3)
  %2262 = getelementptr inbounds i8, ptr %2249, i64 3584
  %2263 = load float, ptr %2262, align 4
  %2264 = insertelement <8 x float> poison, float %2263, i64 0
  %2265 = shufflevector <8 x float> %2264, <8 x float> poison, <8 x i32> zeroinitializer
  %2266 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2265, <8 x float> %2245, <8 x float> %acc48.0418.3)
  %2267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2265, <8 x float> %2248, <8 x float> %acc49.0419.3)
  %2268 = getelementptr inbounds i8, ptr %2249, i64 3840
  %2269 = load float, ptr %2268, align 4
  %2270 = insertelement <8 x float> poison, float %2269, i64 0
  %2271 = shufflevector <8 x float> %2270, <8 x float> poison, <8 x i32> zeroinitializer
  %2272 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2271, <8 x float> %2245, <8 x float> %acc50.0420.3)
  %2273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2271, <8 x float> %2248, <8 x float> %acc51.0421.3)
  %p11.next.3 = or disjoint i64 %p11.addr.0422.3, 1
  %2274 = shl nuw nsw i64 %p11.next.3, 5
  %2275 = or disjoint i64 %2274, 16
  %2276 = getelementptr inbounds float, ptr %X, i64 %2275
  %2277 = load <8 x float>, ptr %2276, align 4
  %2278 = or disjoint i64 %2274, 24
  %2279 = getelementptr inbounds float, ptr %X, i64 %2278
  %2280 = load <8 x float>, ptr %2279, align 4
  %2281 = getelementptr inbounds float, ptr %KT, i64 %p11.next.3
  %2282 = getelementptr inbounds i8, ptr %2281, i64 3072
  %2283 = load float, ptr %2282, align 4
  %2284 = insertelement <8 x float> poison, float %2283, i64 0
  %2285 = shufflevector <8 x float> %2284, <8 x float> poison, <8 x i32> zeroinitializer
  %2286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2285, <8 x float> %2277, <8 x float> %2254)
  %2287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2285, <8 x float> %2280, <8 x float> %2255)
  %2288 = getelementptr inbounds i8, ptr %2281, i64 3328
  %2289 = load float, ptr %2288, align 4
  %2290 = insertelement <8 x float> poison, float %2289, i64 0
  %2291 = shufflevector <8 x float> %2290, <8 x float> poison, <8 x i32> zeroinitializer
  %2292 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2291, <8 x float> %2277, <8 x float> %2260)
  %2293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2291, <8 x float> %2280, <8 x float> %2261)
  %2294 = getelementptr inbounds i8, ptr %2281, i64 3584
  %2295 = load float, ptr %2294, align 4
  %2296 = insertelement <8 x float> poison, float %2295, i64 0
  %2297 = shufflevector <8 x float> %2296, <8 x float> poison, <8 x i32> zeroinitializer
  %2298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2297, <8 x float> %2277, <8 x float> %2266)
  %2299 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2297, <8 x float> %2280, <8 x float> %2267)
  %2300 = getelementptr inbounds i8, ptr %2281, i64 3840
  %2301 = load float, ptr %2300, align 4
  %2302 = insertelement <8 x float> poison, float %2301, i64 0
  %2303 = shufflevector <8 x float> %2302, <8 x float> poison, <8 x i32> zeroinitializer
  %2304 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2303, <8 x float> %2277, <8 x float> %2272)
  %2305 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2303, <8 x float> %2280, <8 x float> %2273)
  %p11.next.3.1 = or disjoint i64 %p11.addr.0422.3, 2
  %2306 = shl nuw nsw i64 %p11.next.3.1, 5
  %2307 = or disjoint i64 %2306, 16
  %2308 = getelementptr inbounds float, ptr %X, i64 %2307
  %2309 = load <8 x float>, ptr %2308, align 4
  %2310 = or disjoint i64 %2306, 24
  %2311 = getelementptr inbounds float, ptr %X, i64 %2310
  %2312 = load <8 x float>, ptr %2311, align 4
  %2313 = getelementptr inbounds float, ptr %KT, i64 %p11.next.3.1
  %2314 = getelementptr inbounds i8, ptr %2313, i64 3072
  %2315 = load float, ptr %2314, align 4
  %2316 = insertelement <8 x float> poison, float %2315, i64 0
  %2317 = shufflevector <8 x float> %2316, <8 x float> poison, <8 x i32> zeroinitializer
  %2318 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2317, <8 x float> %2309, <8 x float> %2286)
  %2319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2317, <8 x float> %2312, <8 x float> %2287)
  %2320 = getelementptr inbounds i8, ptr %2313, i64 3328
  %2321 = load float, ptr %2320, align 4
  %2322 = insertelement <8 x float> poison, float %2321, i64 0
  %2323 = shufflevector <8 x float> %2322, <8 x float> poison, <8 x i32> zeroinitializer
  %2324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2323, <8 x float> %2309, <8 x float> %2292)
  %2325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2323, <8 x float> %2312, <8 x float> %2293)
  %2326 = getelementptr inbounds i8, ptr %2313, i64 3584
  %2327 = load float, ptr %2326, align 4
  %2328 = insertelement <8 x float> poison, float %2327, i64 0
  %2329 = shufflevector <8 x float> %2328, <8 x float> poison, <8 x i32> zeroinitializer
  %2330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2329, <8 x float> %2309, <8 x float> %2298)
  %2331 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2329, <8 x float> %2312, <8 x float> %2299)
  %2332 = getelementptr inbounds i8, ptr %2313, i64 3840
  %2333 = load float, ptr %2332, align 4
  %2334 = insertelement <8 x float> poison, float %2333, i64 0
  %2335 = shufflevector <8 x float> %2334, <8 x float> poison, <8 x i32> zeroinitializer
  %2336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2335, <8 x float> %2309, <8 x float> %2304)
  %2337 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2335, <8 x float> %2312, <8 x float> %2305)
  %p11.next.3.2 = or disjoint i64 %p11.addr.0422.3, 3
  %2338 = shl nuw nsw i64 %p11.next.3.2, 5
  %2339 = or disjoint i64 %2338, 16
  %2340 = getelementptr inbounds float, ptr %X, i64 %2339
  %2341 = load <8 x float>, ptr %2340, align 4
  %2342 = or disjoint i64 %2338, 24
  %2343 = getelementptr inbounds float, ptr %X, i64 %2342
  %2344 = load <8 x float>, ptr %2343, align 4
  %2345 = getelementptr inbounds float, ptr %KT, i64 %p11.next.3.2
  %2346 = getelementptr inbounds i8, ptr %2345, i64 3072
  %2347 = load float, ptr %2346, align 4
  %2348 = insertelement <8 x float> poison, float %2347, i64 0
  %2349 = shufflevector <8 x float> %2348, <8 x float> poison, <8 x i32> zeroinitializer
  %2350 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2349, <8 x float> %2341, <8 x float> %2318)
  %2351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2349, <8 x float> %2344, <8 x float> %2319)
  %2352 = getelementptr inbounds i8, ptr %2345, i64 3328
  %2353 = load float, ptr %2352, align 4
  %2354 = insertelement <8 x float> poison, float %2353, i64 0
  %2355 = shufflevector <8 x float> %2354, <8 x float> poison, <8 x i32> zeroinitializer
  %2356 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2355, <8 x float> %2341, <8 x float> %2324)
  %2357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2355, <8 x float> %2344, <8 x float> %2325)
  %2358 = getelementptr inbounds i8, ptr %2345, i64 3584
  %2359 = load float, ptr %2358, align 4
  %2360 = insertelement <8 x float> poison, float %2359, i64 0
  %2361 = shufflevector <8 x float> %2360, <8 x float> poison, <8 x i32> zeroinitializer
  %2362 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2361, <8 x float> %2341, <8 x float> %2330)
  %2363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2361, <8 x float> %2344, <8 x float> %2331)
  %2364 = getelementptr inbounds i8, ptr %2345, i64 3840
  %2365 = load float, ptr %2364, align 4
  %2366 = insertelement <8 x float> poison, float %2365, i64 0
  %2367 = shufflevector <8 x float> %2366, <8 x float> poison, <8 x i32> zeroinitializer
  %2368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2367, <8 x float> %2341, <8 x float> %2336)
  %2369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2367, <8 x float> %2344, <8 x float> %2337)
  %p11.next.3.3 = add nuw nsw i64 %p11.addr.0422.3, 4
  %exitcond551.3.not.3 = icmp eq i64 %p11.next.3.3, 64
  br i1 %exitcond551.3.not.3, label %p11.exit.3, label %p11.body.3

p11.exit.3:                                       ; preds = %p11.body.3
  store <8 x float> %2350, ptr %67, align 4
  store <8 x float> %2351, ptr %86, align 4
  store <8 x float> %2356, ptr %69, align 4
  store <8 x float> %2357, ptr %87, align 4
  store <8 x float> %2362, ptr %71, align 4
  store <8 x float> %2363, ptr %88, align 4
  store <8 x float> %2368, ptr %73, align 4
  store <8 x float> %2369, ptr %89, align 4
  %ci.next = add nuw nsw i64 %ci.addr.0424, 1
  %indvars.iv.next546 = add i64 %indvars.iv545, -32
  %exitcond553.not = icmp eq i64 %ci.next, %smax552
  br i1 %exitcond553.not, label %i28.head.preheader, label %i1.head.preheader
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
!3 = distinct !{!3, !1}
; ---- dp_bwd_h2_k16_v16_c32_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k16_v16_c32_gate'
source_filename = "dp_bwd_h2_k16_v16_c32_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k16_v16_c32_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture writeonly %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 35840
  %Sh = getelementptr inbounds i8, ptr %work, i64 2048
  %Sroll = getelementptr inbounds i8, ptr %work, i64 34816
  %alphas = getelementptr inbounds i8, ptr %work, i64 40128
  %dS = getelementptr i8, ptr %work, i64 1024
  %dSk = getelementptr i8, ptr %work, i64 39936
  %dSkPrev = getelementptr i8, ptr %work, i64 40000
  %dkTmp = getelementptr i8, ptr %work, i64 40064
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 10
  %5 = getelementptr inbounds i8, ptr %work, i64 35872
  %6 = getelementptr inbounds i8, ptr %work, i64 35904
  %7 = getelementptr inbounds i8, ptr %work, i64 35936
  %8 = shl i64 %H, 5
  %9 = getelementptr inbounds i8, ptr %work, i64 40032
  %10 = getelementptr inbounds i8, ptr %work, i64 39968
  %11 = add nsw i64 %bh0, 1
  %12 = mul i64 %nc, %11
  %13 = shl i64 %12, 10
  %14 = add i64 %13, -1024
  %15 = shl i64 %nc, 10
  %16 = add i64 %T, 32
  %17 = shl nsw i64 %nc, 5
  %18 = sub i64 %16, %17
  %19 = add i64 %17, 288230376151711712
  %20 = mul i64 %19, %H
  %21 = mul i64 %H, -2048
  %22 = shl i64 %H, 6
  %smax415 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %23 = sub i64 %bh1, %bh0
  %24 = getelementptr inbounds i8, ptr %work, i64 32
  %25 = getelementptr inbounds i8, ptr %work, i64 2080
  %26 = getelementptr inbounds i8, ptr %work, i64 64
  %27 = getelementptr inbounds i8, ptr %work, i64 2112
  %28 = getelementptr inbounds i8, ptr %work, i64 96
  %29 = getelementptr inbounds i8, ptr %work, i64 2144
  %30 = getelementptr inbounds i8, ptr %work, i64 128
  %31 = getelementptr inbounds i8, ptr %work, i64 2176
  %32 = getelementptr inbounds i8, ptr %work, i64 160
  %33 = getelementptr inbounds i8, ptr %work, i64 2208
  %34 = getelementptr inbounds i8, ptr %work, i64 192
  %35 = getelementptr inbounds i8, ptr %work, i64 2240
  %36 = getelementptr inbounds i8, ptr %work, i64 224
  %37 = getelementptr inbounds i8, ptr %work, i64 2272
  %38 = getelementptr inbounds i8, ptr %work, i64 256
  %39 = getelementptr inbounds i8, ptr %work, i64 2304
  %40 = getelementptr inbounds i8, ptr %work, i64 288
  %41 = getelementptr inbounds i8, ptr %work, i64 2336
  %42 = getelementptr inbounds i8, ptr %work, i64 320
  %43 = getelementptr inbounds i8, ptr %work, i64 2368
  %44 = getelementptr inbounds i8, ptr %work, i64 352
  %45 = getelementptr inbounds i8, ptr %work, i64 2400
  %46 = getelementptr inbounds i8, ptr %work, i64 384
  %47 = getelementptr inbounds i8, ptr %work, i64 2432
  %48 = getelementptr inbounds i8, ptr %work, i64 416
  %49 = getelementptr inbounds i8, ptr %work, i64 2464
  %50 = getelementptr inbounds i8, ptr %work, i64 448
  %51 = getelementptr inbounds i8, ptr %work, i64 2496
  %52 = getelementptr inbounds i8, ptr %work, i64 480
  %53 = getelementptr inbounds i8, ptr %work, i64 2528
  %54 = getelementptr inbounds i8, ptr %work, i64 512
  %55 = getelementptr inbounds i8, ptr %work, i64 2560
  %56 = getelementptr inbounds i8, ptr %work, i64 544
  %57 = getelementptr inbounds i8, ptr %work, i64 2592
  %58 = getelementptr inbounds i8, ptr %work, i64 576
  %59 = getelementptr inbounds i8, ptr %work, i64 2624
  %60 = getelementptr inbounds i8, ptr %work, i64 608
  %61 = getelementptr inbounds i8, ptr %work, i64 2656
  %62 = getelementptr inbounds i8, ptr %work, i64 640
  %63 = getelementptr inbounds i8, ptr %work, i64 2688
  %64 = getelementptr inbounds i8, ptr %work, i64 672
  %65 = getelementptr inbounds i8, ptr %work, i64 2720
  %66 = getelementptr inbounds i8, ptr %work, i64 704
  %67 = getelementptr inbounds i8, ptr %work, i64 2752
  %68 = getelementptr inbounds i8, ptr %work, i64 736
  %69 = getelementptr inbounds i8, ptr %work, i64 2784
  %70 = getelementptr inbounds i8, ptr %work, i64 768
  %71 = getelementptr inbounds i8, ptr %work, i64 2816
  %72 = getelementptr inbounds i8, ptr %work, i64 800
  %73 = getelementptr inbounds i8, ptr %work, i64 2848
  %74 = getelementptr inbounds i8, ptr %work, i64 832
  %75 = getelementptr inbounds i8, ptr %work, i64 2880
  %76 = getelementptr inbounds i8, ptr %work, i64 864
  %77 = getelementptr inbounds i8, ptr %work, i64 2912
  %78 = getelementptr inbounds i8, ptr %work, i64 896
  %79 = getelementptr inbounds i8, ptr %work, i64 2944
  %80 = getelementptr inbounds i8, ptr %work, i64 928
  %81 = getelementptr inbounds i8, ptr %work, i64 2976
  %82 = getelementptr inbounds i8, ptr %work, i64 960
  %83 = getelementptr inbounds i8, ptr %work, i64 3008
  %84 = getelementptr inbounds i8, ptr %work, i64 992
  %85 = getelementptr inbounds i8, ptr %work, i64 3040
  %86 = getelementptr inbounds i8, ptr %work, i64 34848
  %87 = getelementptr inbounds i8, ptr %work, i64 34880
  %88 = getelementptr inbounds i8, ptr %work, i64 34912
  %89 = getelementptr inbounds i8, ptr %work, i64 34944
  %90 = getelementptr inbounds i8, ptr %work, i64 34976
  %91 = getelementptr inbounds i8, ptr %work, i64 35008
  %92 = getelementptr inbounds i8, ptr %work, i64 35040
  %93 = getelementptr inbounds i8, ptr %work, i64 35072
  %94 = getelementptr inbounds i8, ptr %work, i64 35104
  %95 = getelementptr inbounds i8, ptr %work, i64 35136
  %96 = getelementptr inbounds i8, ptr %work, i64 35168
  %97 = getelementptr inbounds i8, ptr %work, i64 35200
  %98 = getelementptr inbounds i8, ptr %work, i64 35232
  %99 = getelementptr inbounds i8, ptr %work, i64 35264
  %100 = getelementptr inbounds i8, ptr %work, i64 35296
  %101 = getelementptr inbounds i8, ptr %work, i64 35328
  %102 = getelementptr inbounds i8, ptr %work, i64 35360
  %103 = getelementptr inbounds i8, ptr %work, i64 35392
  %104 = getelementptr inbounds i8, ptr %work, i64 35424
  %105 = getelementptr inbounds i8, ptr %work, i64 35456
  %106 = getelementptr inbounds i8, ptr %work, i64 35488
  %107 = getelementptr inbounds i8, ptr %work, i64 35520
  %108 = getelementptr inbounds i8, ptr %work, i64 35552
  %109 = getelementptr inbounds i8, ptr %work, i64 35584
  %110 = getelementptr inbounds i8, ptr %work, i64 35616
  %111 = getelementptr inbounds i8, ptr %work, i64 35648
  %112 = getelementptr inbounds i8, ptr %work, i64 35680
  %113 = getelementptr inbounds i8, ptr %work, i64 35712
  %114 = getelementptr inbounds i8, ptr %work, i64 35744
  %115 = getelementptr inbounds i8, ptr %work, i64 35776
  %116 = getelementptr inbounds i8, ptr %work, i64 35808
  %117 = getelementptr i8, ptr %work, i64 40096
  %118 = getelementptr i8, ptr %work, i64 35872
  %119 = getelementptr i8, ptr %work, i64 40032
  %120 = getelementptr i8, ptr %work, i64 40096
  %121 = getelementptr i8, ptr %work, i64 40096
  %ident.check.not = icmp eq i64 %H, 1
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0372 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %122 = add i64 %indvar, %bh0
  %123 = shl i64 %122, 10
  %scevgep419 = getelementptr i8, ptr %dh0, i64 %123
  %124 = mul i64 %15, %indvar
  %125 = add i64 %14, %124
  %scevgep395 = getelementptr i8, ptr %dhT, i64 %123
  %b = sdiv i64 %bh.addr.0372, %H
  %h = srem i64 %bh.addr.0372, %H
  %126 = mul i64 %b, %T
  %127 = mul i64 %126, %H
  %bT = add i64 %127, %h
  %128 = mul i64 %1, %126
  %bTn = add nsw i64 %128, %h
  %129 = shl nsw i64 %bT, 4
  %130 = shl nsw i64 %bTn, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %130
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %129
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %130
  %gh1 = getelementptr inbounds float, ptr %dg, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %dS, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep395, i64 1024, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %129
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dSkPrev, i8 0, i64 64, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %130
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %130
  %oh = getelementptr inbounds float, ptr %dout, i64 %129
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %131 = add i64 %20, %bT
  %132 = shl i64 %131, 6
  %133 = getelementptr i8, ptr %dq, i64 %132
  %134 = getelementptr i8, ptr %kh, i64 4
  %135 = getelementptr i8, ptr %kh, i64 8
  %136 = getelementptr i8, ptr %kh, i64 12
  %137 = getelementptr i8, ptr %kh, i64 16
  %138 = getelementptr i8, ptr %kh, i64 20
  %139 = getelementptr i8, ptr %kh, i64 24
  %140 = getelementptr i8, ptr %kh, i64 28
  %141 = getelementptr i8, ptr %kh, i64 32
  %142 = getelementptr i8, ptr %kh, i64 36
  %143 = getelementptr i8, ptr %kh, i64 40
  %144 = getelementptr i8, ptr %kh, i64 44
  %145 = getelementptr i8, ptr %kh, i64 48
  %146 = getelementptr i8, ptr %kh, i64 52
  %147 = getelementptr i8, ptr %kh, i64 56
  %148 = getelementptr i8, ptr %kh, i64 60
  %149 = getelementptr i8, ptr %kh1, i64 32
  %150 = getelementptr i8, ptr %vh1, i64 32
  %151 = getelementptr i8, ptr %kh1, i64 32
  br label %cc.body

i24.head.preheader:                               ; preds = %j13.head.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep419, ptr noundef nonnull align 4 dereferenceable(1024) %dS, i64 1024, i1 false)
  %bh.next = add nsw i64 %bh.addr.0372, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond420.not = icmp eq i64 %indvar.next, %23
  br i1 %exitcond420.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j13.head.preheader
  %indvars.iv = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next, %j13.head.preheader ]
  %cc.addr.0369 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j13.head.preheader ]
  %smin467 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax468 = tail call i64 @llvm.smax.i64(i64 %smin467, i64 1)
  %smin465 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax466 = tail call i64 @llvm.smax.i64(i64 %smin465, i64 1)
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin411 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax412 = tail call i64 @llvm.smax.i64(i64 %smin411, i64 1)
  %smax406 = tail call i64 @llvm.smax.i64(i64 %smin411, i64 2)
  %152 = mul i64 %21, %cc.addr.0369
  %153 = shl i64 %cc.addr.0369, 10
  %154 = sub i64 %125, %153
  %scevgep397 = getelementptr i8, ptr %hs, i64 %154
  %155 = xor i64 %cc.addr.0369, -1
  %ci = add nsw i64 %nc, %155
  %t0 = shl nsw i64 %ci, 5
  %156 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep397, i64 1024, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %156, i64 32)
  %157 = icmp sgt i64 %156, 0
  br i1 %157, label %tl.body.preheader, label %tl1.exit

tl.body.preheader:                                ; preds = %cc.body
  %min.iters.check = icmp sgt i64 %indvars.iv, 7
  %or.cond = select i1 %min.iters.check, i1 %ident.check.not, i1 false
  br i1 %or.cond, label %vector.ph, label %tl.body.preheader453

tl.body.preheader453:                             ; preds = %middle.block, %tl.body.preheader
  %tl.addr.0325.ph = phi i64 [ 0, %tl.body.preheader ], [ %n.vec, %middle.block ]
  %xtraiter = and i64 %smax466, 7
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %tl.body.prol.loopexit, label %tl.body.prol

tl.body.prol:                                     ; preds = %tl.body.preheader453, %tl.body.prol
  %tl.addr.0325.prol = phi i64 [ %tl.next.prol, %tl.body.prol ], [ %tl.addr.0325.ph, %tl.body.preheader453 ]
  %prol.iter = phi i64 [ %prol.iter.next, %tl.body.prol ], [ 0, %tl.body.preheader453 ]
  %158 = add nsw i64 %tl.addr.0325.prol, %t0
  %159 = mul nsw i64 %158, %H
  %160 = getelementptr inbounds float, ptr %gh, i64 %159
  %161 = load float, ptr %160, align 4
  %162 = tail call float @llvm.exp.f32(float %161)
  %163 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0325.prol
  store float %162, ptr %163, align 4
  %tl.next.prol = add nuw nsw i64 %tl.addr.0325.prol, 1
  %prol.iter.next = add i64 %prol.iter, 1
  %prol.iter.cmp.not = icmp eq i64 %prol.iter.next, %xtraiter
  br i1 %prol.iter.cmp.not, label %tl.body.prol.loopexit, label %tl.body.prol, !llvm.loop !0

tl.body.prol.loopexit:                            ; preds = %tl.body.prol, %tl.body.preheader453
  %tl.addr.0325.unr = phi i64 [ %tl.addr.0325.ph, %tl.body.preheader453 ], [ %tl.next.prol, %tl.body.prol ]
  %164 = sub nsw i64 %tl.addr.0325.ph, %smax466
  %165 = icmp ugt i64 %164, -8
  br i1 %165, label %tl1.head.preheader, label %tl.body

vector.ph:                                        ; preds = %tl.body.preheader
  %n.vec = and i64 %smax, 56
  %invariant.gep482 = getelementptr float, ptr %gh, i64 %t0
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %gep483 = getelementptr float, ptr %invariant.gep482, i64 %index
  %wide.load = load <8 x float>, ptr %gep483, align 4
  %166 = tail call <8 x float> @llvm.exp.v8f32(<8 x float> %wide.load)
  %167 = getelementptr inbounds float, ptr %alphas, i64 %index
  store <8 x float> %166, ptr %167, align 4
  %index.next = add nuw i64 %index, 8
  %168 = icmp eq i64 %index.next, %n.vec
  br i1 %168, label %middle.block, label %vector.body, !llvm.loop !2

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %smax, %n.vec
  br i1 %cmp.n, label %tl1.head.preheader, label %tl.body.preheader453

tl1.head.preheader:                               ; preds = %tl.body.prol.loopexit, %tl.body, %middle.block
  br i1 %157, label %j3.head.preheader.preheader, label %tl1.exit

j3.head.preheader.preheader:                      ; preds = %tl1.head.preheader
  %169 = getelementptr i8, ptr %133, i64 %152
  %xtraiter469 = and i64 %smax468, 7
  %170 = icmp slt i64 %indvars.iv, 8
  br i1 %170, label %tl1.exit.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax468, 56
  br label %j3.head.preheader

tl.body:                                          ; preds = %tl.body.prol.loopexit, %tl.body
  %tl.addr.0325 = phi i64 [ %tl.next.7, %tl.body ], [ %tl.addr.0325.unr, %tl.body.prol.loopexit ]
  %171 = add nsw i64 %tl.addr.0325, %t0
  %172 = mul nsw i64 %171, %H
  %173 = getelementptr inbounds float, ptr %gh, i64 %172
  %174 = load float, ptr %173, align 4
  %175 = tail call float @llvm.exp.f32(float %174)
  %176 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0325
  store float %175, ptr %176, align 4
  %tl.next = add nuw nsw i64 %tl.addr.0325, 1
  %177 = add nsw i64 %tl.next, %t0
  %178 = mul nsw i64 %177, %H
  %179 = getelementptr inbounds float, ptr %gh, i64 %178
  %180 = load float, ptr %179, align 4
  %181 = tail call float @llvm.exp.f32(float %180)
  %182 = getelementptr inbounds float, ptr %alphas, i64 %tl.next
  store float %181, ptr %182, align 4
  %tl.next.1 = add nuw nsw i64 %tl.addr.0325, 2
  %183 = add nsw i64 %tl.next.1, %t0
  %184 = mul nsw i64 %183, %H
  %185 = getelementptr inbounds float, ptr %gh, i64 %184
  %186 = load float, ptr %185, align 4
  %187 = tail call float @llvm.exp.f32(float %186)
  %188 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.1
  store float %187, ptr %188, align 4
  %tl.next.2 = add nuw nsw i64 %tl.addr.0325, 3
  %189 = add nsw i64 %tl.next.2, %t0
  %190 = mul nsw i64 %189, %H
  %191 = getelementptr inbounds float, ptr %gh, i64 %190
  %192 = load float, ptr %191, align 4
  %193 = tail call float @llvm.exp.f32(float %192)
  %194 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.2
  store float %193, ptr %194, align 4
  %tl.next.3 = add nuw nsw i64 %tl.addr.0325, 4
  %195 = add nsw i64 %tl.next.3, %t0
  %196 = mul nsw i64 %195, %H
  %197 = getelementptr inbounds float, ptr %gh, i64 %196
  %198 = load float, ptr %197, align 4
  %199 = tail call float @llvm.exp.f32(float %198)
  %200 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.3
  store float %199, ptr %200, align 4
  %tl.next.4 = add nuw nsw i64 %tl.addr.0325, 5
  %201 = add nsw i64 %tl.next.4, %t0
  %202 = mul nsw i64 %201, %H
  %203 = getelementptr inbounds float, ptr %gh, i64 %202
  %204 = load float, ptr %203, align 4
  %205 = tail call float @llvm.exp.f32(float %204)
  %206 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.4
  store float %205, ptr %206, align 4
  %tl.next.5 = add nuw nsw i64 %tl.addr.0325, 6
  %207 = add nsw i64 %tl.next.5, %t0
  %208 = mul nsw i64 %207, %H
  %209 = getelementptr inbounds float, ptr %gh, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = tail call float @llvm.exp.f32(float %210)
  %212 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.5
  store float %211, ptr %212, align 4
  %tl.next.6 = add nuw nsw i64 %tl.addr.0325, 7
  %213 = add nsw i64 %tl.next.6, %t0
  %214 = mul nsw i64 %213, %H
  %215 = getelementptr inbounds float, ptr %gh, i64 %214
  %216 = load float, ptr %215, align 4
  %217 = tail call float @llvm.exp.f32(float %216)
  %218 = getelementptr inbounds float, ptr %alphas, i64 %tl.next.6
  store float %217, ptr %218, align 4
  %tl.next.7 = add nuw nsw i64 %tl.addr.0325, 8
  %exitcond.not.7 = icmp eq i64 %tl.next.7, %smax412
  br i1 %exitcond.not.7, label %tl1.head.preheader, label %tl.body, !llvm.loop !5

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl1.addr.0327 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl1.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %219 = mul i64 %22, %tl1.addr.0327
  %scevgep = getelementptr i8, ptr %169, i64 %219
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep, i8 0, i64 64, i1 false)
  %tl1.next = or disjoint i64 %tl1.addr.0327, 1
  %220 = mul i64 %22, %tl1.next
  %scevgep.1 = getelementptr i8, ptr %169, i64 %220
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.1, i8 0, i64 64, i1 false)
  %tl1.next.1 = or disjoint i64 %tl1.addr.0327, 2
  %221 = mul i64 %22, %tl1.next.1
  %scevgep.2 = getelementptr i8, ptr %169, i64 %221
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.2, i8 0, i64 64, i1 false)
  %tl1.next.2 = or disjoint i64 %tl1.addr.0327, 3
  %222 = mul i64 %22, %tl1.next.2
  %scevgep.3 = getelementptr i8, ptr %169, i64 %222
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.3, i8 0, i64 64, i1 false)
  %tl1.next.3 = or disjoint i64 %tl1.addr.0327, 4
  %223 = mul i64 %22, %tl1.next.3
  %scevgep.4 = getelementptr i8, ptr %169, i64 %223
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.4, i8 0, i64 64, i1 false)
  %tl1.next.4 = or disjoint i64 %tl1.addr.0327, 5
  %224 = mul i64 %22, %tl1.next.4
  %scevgep.5 = getelementptr i8, ptr %169, i64 %224
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.5, i8 0, i64 64, i1 false)
  %tl1.next.5 = or disjoint i64 %tl1.addr.0327, 6
  %225 = mul i64 %22, %tl1.next.5
  %scevgep.6 = getelementptr i8, ptr %169, i64 %225
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.6, i8 0, i64 64, i1 false)
  %tl1.next.6 = or disjoint i64 %tl1.addr.0327, 7
  %226 = mul i64 %22, %tl1.next.6
  %scevgep.7 = getelementptr i8, ptr %169, i64 %226
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.7, i8 0, i64 64, i1 false)
  %tl1.next.7 = add nuw nsw i64 %tl1.addr.0327, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %tl1.exit.loopexit.unr-lcssa, label %j3.head.preheader

tl1.exit.loopexit.unr-lcssa:                      ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl1.addr.0327.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl1.next.7, %j3.head.preheader ]
  %lcmp.mod470.not = icmp eq i64 %xtraiter469, 0
  br i1 %lcmp.mod470.not, label %tl1.exit, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %tl1.exit.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl1.addr.0327.epil = phi i64 [ %tl1.next.epil, %j3.head.preheader.epil ], [ %tl1.addr.0327.unr, %tl1.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %tl1.exit.loopexit.unr-lcssa ]
  %227 = mul i64 %22, %tl1.addr.0327.epil
  %scevgep.epil = getelementptr i8, ptr %169, i64 %227
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.epil, i8 0, i64 64, i1 false)
  %tl1.next.epil = add nuw nsw i64 %tl1.addr.0327.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter469
  br i1 %epil.iter.cmp.not, label %tl1.exit, label %j3.head.preheader.epil, !llvm.loop !6

tl1.exit:                                         ; preds = %tl1.exit.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body, %tl1.head.preheader
  %228 = load float, ptr %alphas, align 4
  %229 = mul i64 %4, %ci
  %230 = insertelement <8 x float> poison, float %228, i64 0
  %231 = shufflevector <8 x float> %230, <8 x float> poison, <8 x i32> zeroinitializer
  %232 = getelementptr float, ptr %kh, i64 %229
  %233 = load float, ptr %232, align 4
  %234 = load <8 x float>, ptr %work, align 4
  %235 = fmul <8 x float> %231, %234
  store <8 x float> %235, ptr %Sh, align 4
  %236 = insertelement <8 x float> poison, float %233, i64 0
  %237 = shufflevector <8 x float> %236, <8 x float> poison, <8 x i32> zeroinitializer
  %238 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %235, <8 x float> zeroinitializer)
  %239 = load <8 x float>, ptr %24, align 4
  %240 = fmul <8 x float> %231, %239
  store <8 x float> %240, ptr %25, align 4
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %237, <8 x float> %240, <8 x float> zeroinitializer)
  %242 = getelementptr float, ptr %134, i64 %229
  %243 = load float, ptr %242, align 4
  %244 = load <8 x float>, ptr %26, align 4
  %245 = fmul <8 x float> %231, %244
  store <8 x float> %245, ptr %27, align 4
  %246 = insertelement <8 x float> poison, float %243, i64 0
  %247 = shufflevector <8 x float> %246, <8 x float> poison, <8 x i32> zeroinitializer
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %245, <8 x float> %238)
  %249 = load <8 x float>, ptr %28, align 4
  %250 = fmul <8 x float> %231, %249
  store <8 x float> %250, ptr %29, align 4
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %250, <8 x float> %241)
  %252 = getelementptr float, ptr %135, i64 %229
  %253 = load float, ptr %252, align 4
  %254 = load <8 x float>, ptr %30, align 4
  %255 = fmul <8 x float> %231, %254
  store <8 x float> %255, ptr %31, align 4
  %256 = insertelement <8 x float> poison, float %253, i64 0
  %257 = shufflevector <8 x float> %256, <8 x float> poison, <8 x i32> zeroinitializer
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %255, <8 x float> %248)
  %259 = load <8 x float>, ptr %32, align 4
  %260 = fmul <8 x float> %231, %259
  store <8 x float> %260, ptr %33, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %260, <8 x float> %251)
  %262 = getelementptr float, ptr %136, i64 %229
  %263 = load float, ptr %262, align 4
  %264 = load <8 x float>, ptr %34, align 4
  %265 = fmul <8 x float> %231, %264
  store <8 x float> %265, ptr %35, align 4
  %266 = insertelement <8 x float> poison, float %263, i64 0
  %267 = shufflevector <8 x float> %266, <8 x float> poison, <8 x i32> zeroinitializer
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %265, <8 x float> %258)
  %269 = load <8 x float>, ptr %36, align 4
  %270 = fmul <8 x float> %231, %269
  store <8 x float> %270, ptr %37, align 4
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %267, <8 x float> %270, <8 x float> %261)
  %272 = getelementptr float, ptr %137, i64 %229
  %273 = load float, ptr %272, align 4
  %274 = load <8 x float>, ptr %38, align 4
  %275 = fmul <8 x float> %231, %274
  store <8 x float> %275, ptr %39, align 4
  %276 = insertelement <8 x float> poison, float %273, i64 0
  %277 = shufflevector <8 x float> %276, <8 x float> poison, <8 x i32> zeroinitializer
  %278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %275, <8 x float> %268)
  %279 = load <8 x float>, ptr %40, align 4
  %280 = fmul <8 x float> %231, %279
  store <8 x float> %280, ptr %41, align 4
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %280, <8 x float> %271)
  %282 = getelementptr float, ptr %138, i64 %229
  %283 = load float, ptr %282, align 4
  %284 = load <8 x float>, ptr %42, align 4
  %285 = fmul <8 x float> %231, %284
  store <8 x float> %285, ptr %43, align 4
  %286 = insertelement <8 x float> poison, float %283, i64 0
  %287 = shufflevector <8 x float> %286, <8 x float> poison, <8 x i32> zeroinitializer
  %288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %287, <8 x float> %285, <8 x float> %278)
  %289 = load <8 x float>, ptr %44, align 4
  %290 = fmul <8 x float> %231, %289
  store <8 x float> %290, ptr %45, align 4
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %287, <8 x float> %290, <8 x float> %281)
  %292 = getelementptr float, ptr %139, i64 %229
  %293 = load float, ptr %292, align 4
  %294 = load <8 x float>, ptr %46, align 4
  %295 = fmul <8 x float> %231, %294
  store <8 x float> %295, ptr %47, align 4
  %296 = insertelement <8 x float> poison, float %293, i64 0
  %297 = shufflevector <8 x float> %296, <8 x float> poison, <8 x i32> zeroinitializer
  %298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> %295, <8 x float> %288)
  %299 = load <8 x float>, ptr %48, align 4
  %300 = fmul <8 x float> %231, %299
  store <8 x float> %300, ptr %49, align 4
  %301 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %297, <8 x float> %300, <8 x float> %291)
  %302 = getelementptr float, ptr %140, i64 %229
  %303 = load float, ptr %302, align 4
  %304 = load <8 x float>, ptr %50, align 4
  %305 = fmul <8 x float> %231, %304
  store <8 x float> %305, ptr %51, align 4
  %306 = insertelement <8 x float> poison, float %303, i64 0
  %307 = shufflevector <8 x float> %306, <8 x float> poison, <8 x i32> zeroinitializer
  %308 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %307, <8 x float> %305, <8 x float> %298)
  %309 = load <8 x float>, ptr %52, align 4
  %310 = fmul <8 x float> %231, %309
  store <8 x float> %310, ptr %53, align 4
  %311 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %307, <8 x float> %310, <8 x float> %301)
  %312 = getelementptr float, ptr %141, i64 %229
  %313 = load float, ptr %312, align 4
  %314 = load <8 x float>, ptr %54, align 4
  %315 = fmul <8 x float> %231, %314
  store <8 x float> %315, ptr %55, align 4
  %316 = insertelement <8 x float> poison, float %313, i64 0
  %317 = shufflevector <8 x float> %316, <8 x float> poison, <8 x i32> zeroinitializer
  %318 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %315, <8 x float> %308)
  %319 = load <8 x float>, ptr %56, align 4
  %320 = fmul <8 x float> %231, %319
  store <8 x float> %320, ptr %57, align 4
  %321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %320, <8 x float> %311)
  %322 = getelementptr float, ptr %142, i64 %229
  %323 = load float, ptr %322, align 4
  %324 = load <8 x float>, ptr %58, align 4
  %325 = fmul <8 x float> %231, %324
  store <8 x float> %325, ptr %59, align 4
  %326 = insertelement <8 x float> poison, float %323, i64 0
  %327 = shufflevector <8 x float> %326, <8 x float> poison, <8 x i32> zeroinitializer
  %328 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %327, <8 x float> %325, <8 x float> %318)
  %329 = load <8 x float>, ptr %60, align 4
  %330 = fmul <8 x float> %231, %329
  store <8 x float> %330, ptr %61, align 4
  %331 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %327, <8 x float> %330, <8 x float> %321)
  %332 = getelementptr float, ptr %143, i64 %229
  %333 = load float, ptr %332, align 4
  %334 = load <8 x float>, ptr %62, align 4
  %335 = fmul <8 x float> %231, %334
  store <8 x float> %335, ptr %63, align 4
  %336 = insertelement <8 x float> poison, float %333, i64 0
  %337 = shufflevector <8 x float> %336, <8 x float> poison, <8 x i32> zeroinitializer
  %338 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %335, <8 x float> %328)
  %339 = load <8 x float>, ptr %64, align 4
  %340 = fmul <8 x float> %231, %339
  store <8 x float> %340, ptr %65, align 4
  %341 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %337, <8 x float> %340, <8 x float> %331)
  %342 = getelementptr float, ptr %144, i64 %229
  %343 = load float, ptr %342, align 4
  %344 = load <8 x float>, ptr %66, align 4
  %345 = fmul <8 x float> %231, %344
  store <8 x float> %345, ptr %67, align 4
  %346 = insertelement <8 x float> poison, float %343, i64 0
  %347 = shufflevector <8 x float> %346, <8 x float> poison, <8 x i32> zeroinitializer
  %348 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %345, <8 x float> %338)
  %349 = load <8 x float>, ptr %68, align 4
  %350 = fmul <8 x float> %231, %349
  store <8 x float> %350, ptr %69, align 4
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %350, <8 x float> %341)
  %352 = getelementptr float, ptr %145, i64 %229
  %353 = load float, ptr %352, align 4
  %354 = load <8 x float>, ptr %70, align 4
  %355 = fmul <8 x float> %231, %354
  store <8 x float> %355, ptr %71, align 4
  %356 = insertelement <8 x float> poison, float %353, i64 0
  %357 = shufflevector <8 x float> %356, <8 x float> poison, <8 x i32> zeroinitializer
  %358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %355, <8 x float> %348)
  %359 = load <8 x float>, ptr %72, align 4
  %360 = fmul <8 x float> %231, %359
  store <8 x float> %360, ptr %73, align 4
  %361 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %357, <8 x float> %360, <8 x float> %351)
  %362 = getelementptr float, ptr %146, i64 %229
  %363 = load float, ptr %362, align 4
  %364 = load <8 x float>, ptr %74, align 4
  %365 = fmul <8 x float> %231, %364
  store <8 x float> %365, ptr %75, align 4
  %366 = insertelement <8 x float> poison, float %363, i64 0
  %367 = shufflevector <8 x float> %366, <8 x float> poison, <8 x i32> zeroinitializer
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %365, <8 x float> %358)
  %369 = load <8 x float>, ptr %76, align 4
  %370 = fmul <8 x float> %231, %369
  store <8 x float> %370, ptr %77, align 4
  %371 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %370, <8 x float> %361)
  %372 = getelementptr float, ptr %147, i64 %229
  %373 = load float, ptr %372, align 4
  %374 = load <8 x float>, ptr %78, align 4
  %375 = fmul <8 x float> %231, %374
  store <8 x float> %375, ptr %79, align 4
  %376 = insertelement <8 x float> poison, float %373, i64 0
  %377 = shufflevector <8 x float> %376, <8 x float> poison, <8 x i32> zeroinitializer
  %378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %377, <8 x float> %375, <8 x float> %368)
  %379 = load <8 x float>, ptr %80, align 4
  %380 = fmul <8 x float> %231, %379
  store <8 x float> %380, ptr %81, align 4
  %381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %377, <8 x float> %380, <8 x float> %371)
  %382 = getelementptr float, ptr %148, i64 %229
  %383 = load float, ptr %382, align 4
  %384 = load <8 x float>, ptr %82, align 4
  %385 = fmul <8 x float> %231, %384
  store <8 x float> %385, ptr %83, align 4
  %386 = insertelement <8 x float> poison, float %383, i64 0
  %387 = shufflevector <8 x float> %386, <8 x float> poison, <8 x i32> zeroinitializer
  %388 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %387, <8 x float> %385, <8 x float> %378)
  %389 = load <8 x float>, ptr %84, align 4
  %390 = fmul <8 x float> %231, %389
  store <8 x float> %390, ptr %85, align 4
  %391 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %387, <8 x float> %390, <8 x float> %381)
  %392 = shl nsw i64 %ci, 6
  %393 = mul nsw i64 %392, %H
  %394 = getelementptr inbounds float, ptr %betah, i64 %393
  %395 = load float, ptr %394, align 4
  %396 = mul nsw i64 %392, %sq
  %397 = getelementptr inbounds float, ptr %vh, i64 %396
  %398 = load <8 x float>, ptr %397, align 4
  %399 = fsub <8 x float> %398, %388
  store <8 x float> %399, ptr %R, align 4
  %400 = insertelement <8 x float> poison, float %395, i64 0
  %401 = shufflevector <8 x float> %400, <8 x float> poison, <8 x i32> zeroinitializer
  %402 = fmul <8 x float> %401, %399
  %403 = or disjoint i64 %396, 8
  %404 = getelementptr inbounds float, ptr %vh, i64 %403
  %405 = load <8 x float>, ptr %404, align 4
  %406 = fsub <8 x float> %405, %391
  store <8 x float> %406, ptr %5, align 4
  %407 = fmul <8 x float> %401, %406
  %408 = or disjoint i64 %392, 1
  %409 = mul nsw i64 %408, %sq
  %410 = getelementptr inbounds float, ptr %kh, i64 %396
  %411 = load float, ptr %410, align 4
  %412 = getelementptr float, ptr %kh, i64 %409
  %413 = load float, ptr %412, align 4
  %414 = insertelement <8 x float> poison, float %411, i64 0
  %415 = shufflevector <8 x float> %414, <8 x float> poison, <8 x i32> zeroinitializer
  %416 = load <8 x float>, ptr %Sh, align 4
  %417 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %415, <8 x float> %402, <8 x float> %416)
  store <8 x float> %417, ptr %Sroll, align 4
  %418 = insertelement <8 x float> poison, float %413, i64 0
  %419 = shufflevector <8 x float> %418, <8 x float> poison, <8 x i32> zeroinitializer
  %420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %417, <8 x float> zeroinitializer)
  %421 = load <8 x float>, ptr %25, align 4
  %422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %415, <8 x float> %407, <8 x float> %421)
  store <8 x float> %422, ptr %86, align 4
  %423 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %422, <8 x float> zeroinitializer)
  %424 = or disjoint i64 %396, 1
  %425 = getelementptr inbounds float, ptr %kh, i64 %424
  %426 = load float, ptr %425, align 4
  %427 = getelementptr float, ptr %134, i64 %409
  %428 = load float, ptr %427, align 4
  %429 = insertelement <8 x float> poison, float %426, i64 0
  %430 = shufflevector <8 x float> %429, <8 x float> poison, <8 x i32> zeroinitializer
  %431 = load <8 x float>, ptr %27, align 4
  %432 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %402, <8 x float> %431)
  store <8 x float> %432, ptr %87, align 4
  %433 = insertelement <8 x float> poison, float %428, i64 0
  %434 = shufflevector <8 x float> %433, <8 x float> poison, <8 x i32> zeroinitializer
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %432, <8 x float> %420)
  %436 = load <8 x float>, ptr %29, align 4
  %437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %407, <8 x float> %436)
  store <8 x float> %437, ptr %88, align 4
  %438 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %437, <8 x float> %423)
  %439 = or disjoint i64 %396, 2
  %440 = getelementptr inbounds float, ptr %kh, i64 %439
  %441 = load float, ptr %440, align 4
  %442 = getelementptr float, ptr %135, i64 %409
  %443 = load float, ptr %442, align 4
  %444 = insertelement <8 x float> poison, float %441, i64 0
  %445 = shufflevector <8 x float> %444, <8 x float> poison, <8 x i32> zeroinitializer
  %446 = load <8 x float>, ptr %31, align 4
  %447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %445, <8 x float> %402, <8 x float> %446)
  store <8 x float> %447, ptr %89, align 4
  %448 = insertelement <8 x float> poison, float %443, i64 0
  %449 = shufflevector <8 x float> %448, <8 x float> poison, <8 x i32> zeroinitializer
  %450 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %449, <8 x float> %447, <8 x float> %435)
  %451 = load <8 x float>, ptr %33, align 4
  %452 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %445, <8 x float> %407, <8 x float> %451)
  store <8 x float> %452, ptr %90, align 4
  %453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %449, <8 x float> %452, <8 x float> %438)
  %454 = or disjoint i64 %396, 3
  %455 = getelementptr inbounds float, ptr %kh, i64 %454
  %456 = load float, ptr %455, align 4
  %457 = getelementptr float, ptr %136, i64 %409
  %458 = load float, ptr %457, align 4
  %459 = insertelement <8 x float> poison, float %456, i64 0
  %460 = shufflevector <8 x float> %459, <8 x float> poison, <8 x i32> zeroinitializer
  %461 = load <8 x float>, ptr %35, align 4
  %462 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %402, <8 x float> %461)
  store <8 x float> %462, ptr %91, align 4
  %463 = insertelement <8 x float> poison, float %458, i64 0
  %464 = shufflevector <8 x float> %463, <8 x float> poison, <8 x i32> zeroinitializer
  %465 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %464, <8 x float> %462, <8 x float> %450)
  %466 = load <8 x float>, ptr %37, align 4
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %407, <8 x float> %466)
  store <8 x float> %467, ptr %92, align 4
  %468 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %464, <8 x float> %467, <8 x float> %453)
  %469 = or disjoint i64 %396, 4
  %470 = getelementptr inbounds float, ptr %kh, i64 %469
  %471 = load float, ptr %470, align 4
  %472 = getelementptr float, ptr %137, i64 %409
  %473 = load float, ptr %472, align 4
  %474 = insertelement <8 x float> poison, float %471, i64 0
  %475 = shufflevector <8 x float> %474, <8 x float> poison, <8 x i32> zeroinitializer
  %476 = load <8 x float>, ptr %39, align 4
  %477 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %402, <8 x float> %476)
  store <8 x float> %477, ptr %93, align 4
  %478 = insertelement <8 x float> poison, float %473, i64 0
  %479 = shufflevector <8 x float> %478, <8 x float> poison, <8 x i32> zeroinitializer
  %480 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %477, <8 x float> %465)
  %481 = load <8 x float>, ptr %41, align 4
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %475, <8 x float> %407, <8 x float> %481)
  store <8 x float> %482, ptr %94, align 4
  %483 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %479, <8 x float> %482, <8 x float> %468)
  %484 = or disjoint i64 %396, 5
  %485 = getelementptr inbounds float, ptr %kh, i64 %484
  %486 = load float, ptr %485, align 4
  %487 = getelementptr float, ptr %138, i64 %409
  %488 = load float, ptr %487, align 4
  %489 = insertelement <8 x float> poison, float %486, i64 0
  %490 = shufflevector <8 x float> %489, <8 x float> poison, <8 x i32> zeroinitializer
  %491 = load <8 x float>, ptr %43, align 4
  %492 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> %402, <8 x float> %491)
  store <8 x float> %492, ptr %95, align 4
  %493 = insertelement <8 x float> poison, float %488, i64 0
  %494 = shufflevector <8 x float> %493, <8 x float> poison, <8 x i32> zeroinitializer
  %495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %492, <8 x float> %480)
  %496 = load <8 x float>, ptr %45, align 4
  %497 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %490, <8 x float> %407, <8 x float> %496)
  store <8 x float> %497, ptr %96, align 4
  %498 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %497, <8 x float> %483)
  %499 = or disjoint i64 %396, 6
  %500 = getelementptr inbounds float, ptr %kh, i64 %499
  %501 = load float, ptr %500, align 4
  %502 = getelementptr float, ptr %139, i64 %409
  %503 = load float, ptr %502, align 4
  %504 = insertelement <8 x float> poison, float %501, i64 0
  %505 = shufflevector <8 x float> %504, <8 x float> poison, <8 x i32> zeroinitializer
  %506 = load <8 x float>, ptr %47, align 4
  %507 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %505, <8 x float> %402, <8 x float> %506)
  store <8 x float> %507, ptr %97, align 4
  %508 = insertelement <8 x float> poison, float %503, i64 0
  %509 = shufflevector <8 x float> %508, <8 x float> poison, <8 x i32> zeroinitializer
  %510 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %509, <8 x float> %507, <8 x float> %495)
  %511 = load <8 x float>, ptr %49, align 4
  %512 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %505, <8 x float> %407, <8 x float> %511)
  store <8 x float> %512, ptr %98, align 4
  %513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %509, <8 x float> %512, <8 x float> %498)
  %514 = or disjoint i64 %396, 7
  %515 = getelementptr inbounds float, ptr %kh, i64 %514
  %516 = load float, ptr %515, align 4
  %517 = getelementptr float, ptr %140, i64 %409
  %518 = load float, ptr %517, align 4
  %519 = insertelement <8 x float> poison, float %516, i64 0
  %520 = shufflevector <8 x float> %519, <8 x float> poison, <8 x i32> zeroinitializer
  %521 = load <8 x float>, ptr %51, align 4
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %520, <8 x float> %402, <8 x float> %521)
  store <8 x float> %522, ptr %99, align 4
  %523 = insertelement <8 x float> poison, float %518, i64 0
  %524 = shufflevector <8 x float> %523, <8 x float> poison, <8 x i32> zeroinitializer
  %525 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %524, <8 x float> %522, <8 x float> %510)
  %526 = load <8 x float>, ptr %53, align 4
  %527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %520, <8 x float> %407, <8 x float> %526)
  store <8 x float> %527, ptr %100, align 4
  %528 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %524, <8 x float> %527, <8 x float> %513)
  %529 = getelementptr inbounds float, ptr %kh, i64 %403
  %530 = load float, ptr %529, align 4
  %531 = getelementptr float, ptr %141, i64 %409
  %532 = load float, ptr %531, align 4
  %533 = insertelement <8 x float> poison, float %530, i64 0
  %534 = shufflevector <8 x float> %533, <8 x float> poison, <8 x i32> zeroinitializer
  %535 = load <8 x float>, ptr %55, align 4
  %536 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %534, <8 x float> %402, <8 x float> %535)
  store <8 x float> %536, ptr %101, align 4
  %537 = insertelement <8 x float> poison, float %532, i64 0
  %538 = shufflevector <8 x float> %537, <8 x float> poison, <8 x i32> zeroinitializer
  %539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %536, <8 x float> %525)
  %540 = load <8 x float>, ptr %57, align 4
  %541 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %534, <8 x float> %407, <8 x float> %540)
  store <8 x float> %541, ptr %102, align 4
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %541, <8 x float> %528)
  %543 = or disjoint i64 %396, 9
  %544 = getelementptr inbounds float, ptr %kh, i64 %543
  %545 = load float, ptr %544, align 4
  %546 = getelementptr float, ptr %142, i64 %409
  %547 = load float, ptr %546, align 4
  %548 = insertelement <8 x float> poison, float %545, i64 0
  %549 = shufflevector <8 x float> %548, <8 x float> poison, <8 x i32> zeroinitializer
  %550 = load <8 x float>, ptr %59, align 4
  %551 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %402, <8 x float> %550)
  store <8 x float> %551, ptr %103, align 4
  %552 = insertelement <8 x float> poison, float %547, i64 0
  %553 = shufflevector <8 x float> %552, <8 x float> poison, <8 x i32> zeroinitializer
  %554 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %551, <8 x float> %539)
  %555 = load <8 x float>, ptr %61, align 4
  %556 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %407, <8 x float> %555)
  store <8 x float> %556, ptr %104, align 4
  %557 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %556, <8 x float> %542)
  %558 = or disjoint i64 %396, 10
  %559 = getelementptr inbounds float, ptr %kh, i64 %558
  %560 = load float, ptr %559, align 4
  %561 = getelementptr float, ptr %143, i64 %409
  %562 = load float, ptr %561, align 4
  %563 = insertelement <8 x float> poison, float %560, i64 0
  %564 = shufflevector <8 x float> %563, <8 x float> poison, <8 x i32> zeroinitializer
  %565 = load <8 x float>, ptr %63, align 4
  %566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %564, <8 x float> %402, <8 x float> %565)
  store <8 x float> %566, ptr %105, align 4
  %567 = insertelement <8 x float> poison, float %562, i64 0
  %568 = shufflevector <8 x float> %567, <8 x float> poison, <8 x i32> zeroinitializer
  %569 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %568, <8 x float> %566, <8 x float> %554)
  %570 = load <8 x float>, ptr %65, align 4
  %571 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %564, <8 x float> %407, <8 x float> %570)
  store <8 x float> %571, ptr %106, align 4
  %572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %568, <8 x float> %571, <8 x float> %557)
  %573 = or disjoint i64 %396, 11
  %574 = getelementptr inbounds float, ptr %kh, i64 %573
  %575 = load float, ptr %574, align 4
  %576 = getelementptr float, ptr %144, i64 %409
  %577 = load float, ptr %576, align 4
  %578 = insertelement <8 x float> poison, float %575, i64 0
  %579 = shufflevector <8 x float> %578, <8 x float> poison, <8 x i32> zeroinitializer
  %580 = load <8 x float>, ptr %67, align 4
  %581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %579, <8 x float> %402, <8 x float> %580)
  store <8 x float> %581, ptr %107, align 4
  %582 = insertelement <8 x float> poison, float %577, i64 0
  %583 = shufflevector <8 x float> %582, <8 x float> poison, <8 x i32> zeroinitializer
  %584 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %583, <8 x float> %581, <8 x float> %569)
  %585 = load <8 x float>, ptr %69, align 4
  %586 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %579, <8 x float> %407, <8 x float> %585)
  store <8 x float> %586, ptr %108, align 4
  %587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %583, <8 x float> %586, <8 x float> %572)
  %588 = or disjoint i64 %396, 12
  %589 = getelementptr inbounds float, ptr %kh, i64 %588
  %590 = load float, ptr %589, align 4
  %591 = getelementptr float, ptr %145, i64 %409
  %592 = load float, ptr %591, align 4
  %593 = insertelement <8 x float> poison, float %590, i64 0
  %594 = shufflevector <8 x float> %593, <8 x float> poison, <8 x i32> zeroinitializer
  %595 = load <8 x float>, ptr %71, align 4
  %596 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> %402, <8 x float> %595)
  store <8 x float> %596, ptr %109, align 4
  %597 = insertelement <8 x float> poison, float %592, i64 0
  %598 = shufflevector <8 x float> %597, <8 x float> poison, <8 x i32> zeroinitializer
  %599 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> %596, <8 x float> %584)
  %600 = load <8 x float>, ptr %73, align 4
  %601 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %594, <8 x float> %407, <8 x float> %600)
  store <8 x float> %601, ptr %110, align 4
  %602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> %601, <8 x float> %587)
  %603 = or disjoint i64 %396, 13
  %604 = getelementptr inbounds float, ptr %kh, i64 %603
  %605 = load float, ptr %604, align 4
  %606 = getelementptr float, ptr %146, i64 %409
  %607 = load float, ptr %606, align 4
  %608 = insertelement <8 x float> poison, float %605, i64 0
  %609 = shufflevector <8 x float> %608, <8 x float> poison, <8 x i32> zeroinitializer
  %610 = load <8 x float>, ptr %75, align 4
  %611 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %402, <8 x float> %610)
  store <8 x float> %611, ptr %111, align 4
  %612 = insertelement <8 x float> poison, float %607, i64 0
  %613 = shufflevector <8 x float> %612, <8 x float> poison, <8 x i32> zeroinitializer
  %614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> %611, <8 x float> %599)
  %615 = load <8 x float>, ptr %77, align 4
  %616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %407, <8 x float> %615)
  store <8 x float> %616, ptr %112, align 4
  %617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> %616, <8 x float> %602)
  %618 = or disjoint i64 %396, 14
  %619 = getelementptr inbounds float, ptr %kh, i64 %618
  %620 = load float, ptr %619, align 4
  %621 = getelementptr float, ptr %147, i64 %409
  %622 = load float, ptr %621, align 4
  %623 = insertelement <8 x float> poison, float %620, i64 0
  %624 = shufflevector <8 x float> %623, <8 x float> poison, <8 x i32> zeroinitializer
  %625 = load <8 x float>, ptr %79, align 4
  %626 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %624, <8 x float> %402, <8 x float> %625)
  store <8 x float> %626, ptr %113, align 4
  %627 = insertelement <8 x float> poison, float %622, i64 0
  %628 = shufflevector <8 x float> %627, <8 x float> poison, <8 x i32> zeroinitializer
  %629 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %628, <8 x float> %626, <8 x float> %614)
  %630 = load <8 x float>, ptr %81, align 4
  %631 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %624, <8 x float> %407, <8 x float> %630)
  store <8 x float> %631, ptr %114, align 4
  %632 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %628, <8 x float> %631, <8 x float> %617)
  %633 = or disjoint i64 %396, 15
  %634 = getelementptr inbounds float, ptr %kh, i64 %633
  %635 = load float, ptr %634, align 4
  %636 = getelementptr float, ptr %148, i64 %409
  %637 = load float, ptr %636, align 4
  %638 = insertelement <8 x float> poison, float %635, i64 0
  %639 = shufflevector <8 x float> %638, <8 x float> poison, <8 x i32> zeroinitializer
  %640 = load <8 x float>, ptr %83, align 4
  %641 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %639, <8 x float> %402, <8 x float> %640)
  store <8 x float> %641, ptr %115, align 4
  %642 = insertelement <8 x float> poison, float %637, i64 0
  %643 = shufflevector <8 x float> %642, <8 x float> poison, <8 x i32> zeroinitializer
  %644 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> %641, <8 x float> %629)
  %645 = load <8 x float>, ptr %85, align 4
  %646 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %639, <8 x float> %407, <8 x float> %645)
  store <8 x float> %646, ptr %116, align 4
  %647 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %643, <8 x float> %646, <8 x float> %632)
  %648 = mul nsw i64 %408, %H
  %649 = getelementptr inbounds float, ptr %betah, i64 %648
  %650 = load float, ptr %649, align 4
  %651 = getelementptr inbounds float, ptr %vh, i64 %409
  %652 = load <8 x float>, ptr %651, align 4
  %653 = fsub <8 x float> %652, %644
  store <8 x float> %653, ptr %6, align 4
  %654 = insertelement <8 x float> poison, float %650, i64 0
  %655 = shufflevector <8 x float> %654, <8 x float> poison, <8 x i32> zeroinitializer
  %656 = fmul <8 x float> %655, %653
  %657 = or disjoint i64 %409, 8
  %658 = getelementptr inbounds float, ptr %vh, i64 %657
  %659 = load <8 x float>, ptr %658, align 4
  %660 = fsub <8 x float> %659, %647
  store <8 x float> %660, ptr %7, align 4
  %661 = fmul <8 x float> %655, %660
  %662 = icmp sgt i64 %156, 1
  br i1 %662, label %tl2.body.lr.ph, label %tl2.exit

tl2.body.lr.ph:                                   ; preds = %tl1.exit
  %663 = add i64 %t0, -1
  br label %tl2.body

tl2.body:                                         ; preds = %tl2.body.lr.ph, %i7.exit
  %delta.0342 = phi <8 x float> [ %656, %tl2.body.lr.ph ], [ %891, %i7.exit ]
  %delta1.0341 = phi <8 x float> [ %661, %tl2.body.lr.ph ], [ %898, %i7.exit ]
  %tl2.addr.0340 = phi i64 [ 1, %tl2.body.lr.ph ], [ %tl2.next, %i7.exit ]
  %664 = getelementptr inbounds float, ptr %alphas, i64 %tl2.addr.0340
  %665 = load float, ptr %664, align 4
  %666 = add i64 %663, %tl2.addr.0340
  %667 = shl nsw i64 %666, 1
  %668 = or disjoint i64 %667, 1
  %669 = mul nsw i64 %668, %sq
  %670 = add nsw i64 %tl2.addr.0340, %t0
  %671 = mul i64 %8, %670
  %672 = mul nsw i64 %666, %sq
  %673 = getelementptr inbounds float, ptr %oh, i64 %672
  %674 = load <8 x float>, ptr %673, align 4
  %675 = insertelement <8 x float> poison, float %665, i64 0
  %676 = shufflevector <8 x float> %675, <8 x float> poison, <8 x i32> zeroinitializer
  %677 = shl nsw i64 %tl2.addr.0340, 8
  %678 = or disjoint i64 %672, 8
  %679 = getelementptr inbounds float, ptr %oh, i64 %678
  %680 = load <8 x float>, ptr %679, align 4
  br label %i6.body

tl2.exit:                                         ; preds = %i7.exit, %tl1.exit
  %delta1.0.lcssa = phi <8 x float> [ %661, %tl1.exit ], [ %898, %i7.exit ]
  %delta.0.lcssa = phi <8 x float> [ %656, %tl1.exit ], [ %891, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %681 = add nsw i64 %tlast, %t0
  %682 = shl nsw i64 %681, 1
  %683 = or disjoint i64 %682, 1
  %684 = mul nsw i64 %683, %sq
  %685 = mul nsw i64 %681, %sq
  %686 = getelementptr inbounds float, ptr %oh, i64 %685
  %687 = load <8 x float>, ptr %686, align 4
  %688 = or disjoint i64 %685, 8
  %689 = getelementptr inbounds float, ptr %oh, i64 %688
  %690 = load <8 x float>, ptr %689, align 4
  %invariant.gep432 = getelementptr float, ptr %kh, i64 %684
  br label %i8.body

i6.body:                                          ; preds = %i6.body, %tl2.body
  %acc4.0336 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %748, %i6.body ]
  %acc5.0335 = phi <8 x float> [ zeroinitializer, %tl2.body ], [ %757, %i6.body ]
  %i6.addr.0334 = phi i64 [ 0, %tl2.body ], [ %i6.next.1, %i6.body ]
  %691 = getelementptr float, ptr %kh, i64 %i6.addr.0334
  %692 = getelementptr float, ptr %691, i64 %669
  %693 = load float, ptr %692, align 4
  %694 = getelementptr float, ptr %691, i64 %671
  %695 = load float, ptr %694, align 4
  %696 = insertelement <8 x float> poison, float %693, i64 0
  %697 = shufflevector <8 x float> %696, <8 x float> poison, <8 x i32> zeroinitializer
  %698 = shl nuw nsw i64 %i6.addr.0334, 4
  %699 = getelementptr inbounds float, ptr %Sroll, i64 %698
  %700 = load <8 x float>, ptr %699, align 4
  %701 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %delta.0342, <8 x float> %700)
  %702 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %701, <8 x float> %674, <8 x float> zeroinitializer)
  %703 = fmul <8 x float> %676, %701
  %704 = add nuw nsw i64 %698, %677
  %705 = getelementptr inbounds float, ptr %Sh, i64 %704
  store <8 x float> %703, ptr %705, align 4
  %706 = insertelement <8 x float> poison, float %695, i64 0
  %707 = shufflevector <8 x float> %706, <8 x float> poison, <8 x i32> zeroinitializer
  %708 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %703, <8 x float> %acc4.0336)
  %709 = or disjoint i64 %698, 8
  %710 = getelementptr inbounds float, ptr %Sroll, i64 %709
  %711 = load <8 x float>, ptr %710, align 4
  %712 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %697, <8 x float> %delta1.0341, <8 x float> %711)
  %713 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %712, <8 x float> %680, <8 x float> %702)
  %714 = fmul <8 x float> %676, %712
  %715 = or disjoint i64 %704, 8
  %716 = getelementptr inbounds float, ptr %Sh, i64 %715
  store <8 x float> %714, ptr %716, align 4
  %717 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %714, <8 x float> %acc5.0335)
  %718 = or disjoint i64 %i6.addr.0334, %672
  %719 = getelementptr inbounds float, ptr %qh1, i64 %718
  %720 = load float, ptr %719, align 4
  %721 = shufflevector <8 x float> %713, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %722 = shufflevector <8 x float> %713, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %723 = fadd <4 x float> %721, %722
  %724 = shufflevector <4 x float> %723, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %725 = shufflevector <4 x float> %723, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %726 = fadd <2 x float> %724, %725
  %shift = shufflevector <2 x float> %726, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %727 = fadd <2 x float> %726, %shift
  %728 = extractelement <2 x float> %727, i64 0
  %729 = fmul float %728, 2.500000e-01
  %730 = fadd float %720, %729
  store float %730, ptr %719, align 4
  %i6.next = or disjoint i64 %i6.addr.0334, 1
  %731 = getelementptr float, ptr %kh, i64 %i6.next
  %732 = getelementptr float, ptr %731, i64 %669
  %733 = load float, ptr %732, align 4
  %734 = getelementptr float, ptr %731, i64 %671
  %735 = load float, ptr %734, align 4
  %736 = insertelement <8 x float> poison, float %733, i64 0
  %737 = shufflevector <8 x float> %736, <8 x float> poison, <8 x i32> zeroinitializer
  %738 = shl nuw nsw i64 %i6.next, 4
  %739 = getelementptr inbounds float, ptr %Sroll, i64 %738
  %740 = load <8 x float>, ptr %739, align 4
  %741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %delta.0342, <8 x float> %740)
  %742 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %741, <8 x float> %674, <8 x float> zeroinitializer)
  %743 = fmul <8 x float> %676, %741
  %744 = add nuw nsw i64 %738, %677
  %745 = getelementptr inbounds float, ptr %Sh, i64 %744
  store <8 x float> %743, ptr %745, align 4
  %746 = insertelement <8 x float> poison, float %735, i64 0
  %747 = shufflevector <8 x float> %746, <8 x float> poison, <8 x i32> zeroinitializer
  %748 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> %743, <8 x float> %708)
  %749 = or disjoint i64 %738, 8
  %750 = getelementptr inbounds float, ptr %Sroll, i64 %749
  %751 = load <8 x float>, ptr %750, align 4
  %752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %delta1.0341, <8 x float> %751)
  %753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %752, <8 x float> %680, <8 x float> %742)
  %754 = fmul <8 x float> %676, %752
  %755 = or disjoint i64 %744, 8
  %756 = getelementptr inbounds float, ptr %Sh, i64 %755
  store <8 x float> %754, ptr %756, align 4
  %757 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> %754, <8 x float> %717)
  %758 = or disjoint i64 %i6.next, %672
  %759 = getelementptr inbounds float, ptr %qh1, i64 %758
  %760 = load float, ptr %759, align 4
  %761 = shufflevector <8 x float> %753, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %762 = shufflevector <8 x float> %753, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %763 = fadd <4 x float> %761, %762
  %764 = shufflevector <4 x float> %763, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %765 = shufflevector <4 x float> %763, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %766 = fadd <2 x float> %764, %765
  %shift.1 = shufflevector <2 x float> %766, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %767 = fadd <2 x float> %766, %shift.1
  %768 = extractelement <2 x float> %767, i64 0
  %769 = fmul float %768, 2.500000e-01
  %770 = fadd float %760, %769
  store float %770, ptr %759, align 4
  %i6.next.1 = add nuw nsw i64 %i6.addr.0334, 2
  %exitcond403.not.1 = icmp eq i64 %i6.next.1, 16
  br i1 %exitcond403.not.1, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %771 = shl nsw i64 %670, 1
  %772 = mul nsw i64 %771, %H
  %773 = getelementptr inbounds float, ptr %betah, i64 %772
  %774 = load float, ptr %773, align 4
  %775 = mul nsw i64 %771, %sq
  %776 = getelementptr inbounds float, ptr %vh, i64 %775
  %777 = load <8 x float>, ptr %776, align 4
  %778 = fsub <8 x float> %777, %748
  %779 = shl i64 %tl2.addr.0340, 5
  %780 = getelementptr inbounds float, ptr %R, i64 %779
  store <8 x float> %778, ptr %780, align 4
  %781 = insertelement <8 x float> poison, float %774, i64 0
  %782 = shufflevector <8 x float> %781, <8 x float> poison, <8 x i32> zeroinitializer
  %783 = fmul <8 x float> %782, %778
  %784 = or disjoint i64 %775, 8
  %785 = getelementptr inbounds float, ptr %vh, i64 %784
  %786 = load <8 x float>, ptr %785, align 4
  %787 = fsub <8 x float> %786, %757
  %788 = or disjoint i64 %779, 8
  %789 = getelementptr inbounds float, ptr %R, i64 %788
  store <8 x float> %787, ptr %789, align 4
  %790 = fmul <8 x float> %782, %787
  %791 = or disjoint i64 %771, 1
  %792 = mul nsw i64 %791, %sq
  %invariant.gep = getelementptr float, ptr %kh, i64 %792
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc6.0339 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %873, %i7.body ]
  %acc774.0338 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %880, %i7.body ]
  %i7.addr.0337 = phi i64 [ 0, %i6.exit ], [ %i7.next.3, %i7.body ]
  %793 = or disjoint i64 %i7.addr.0337, %775
  %794 = getelementptr inbounds float, ptr %kh, i64 %793
  %795 = load float, ptr %794, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i7.addr.0337
  %796 = load float, ptr %gep, align 4
  %797 = insertelement <8 x float> poison, float %795, i64 0
  %798 = shufflevector <8 x float> %797, <8 x float> poison, <8 x i32> zeroinitializer
  %799 = shl nuw nsw i64 %i7.addr.0337, 4
  %800 = add nuw nsw i64 %799, %677
  %801 = getelementptr inbounds float, ptr %Sh, i64 %800
  %802 = load <8 x float>, ptr %801, align 4
  %803 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> %783, <8 x float> %802)
  %804 = getelementptr inbounds float, ptr %Sroll, i64 %799
  store <8 x float> %803, ptr %804, align 4
  %805 = insertelement <8 x float> poison, float %796, i64 0
  %806 = shufflevector <8 x float> %805, <8 x float> poison, <8 x i32> zeroinitializer
  %807 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %806, <8 x float> %803, <8 x float> %acc6.0339)
  %808 = or disjoint i64 %800, 8
  %809 = getelementptr inbounds float, ptr %Sh, i64 %808
  %810 = load <8 x float>, ptr %809, align 4
  %811 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %798, <8 x float> %790, <8 x float> %810)
  %812 = or disjoint i64 %799, 8
  %813 = getelementptr inbounds float, ptr %Sroll, i64 %812
  store <8 x float> %811, ptr %813, align 4
  %814 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %806, <8 x float> %811, <8 x float> %acc774.0338)
  %i7.next = or disjoint i64 %i7.addr.0337, 1
  %815 = or disjoint i64 %i7.next, %775
  %816 = getelementptr inbounds float, ptr %kh, i64 %815
  %817 = load float, ptr %816, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i7.next
  %818 = load float, ptr %gep.1, align 4
  %819 = insertelement <8 x float> poison, float %817, i64 0
  %820 = shufflevector <8 x float> %819, <8 x float> poison, <8 x i32> zeroinitializer
  %821 = shl nuw nsw i64 %i7.next, 4
  %822 = add nuw nsw i64 %821, %677
  %823 = getelementptr inbounds float, ptr %Sh, i64 %822
  %824 = load <8 x float>, ptr %823, align 4
  %825 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> %783, <8 x float> %824)
  %826 = getelementptr inbounds float, ptr %Sroll, i64 %821
  store <8 x float> %825, ptr %826, align 4
  %827 = insertelement <8 x float> poison, float %818, i64 0
  %828 = shufflevector <8 x float> %827, <8 x float> poison, <8 x i32> zeroinitializer
  %829 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %828, <8 x float> %825, <8 x float> %807)
  %830 = or disjoint i64 %822, 8
  %831 = getelementptr inbounds float, ptr %Sh, i64 %830
  %832 = load <8 x float>, ptr %831, align 4
  %833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> %790, <8 x float> %832)
  %834 = or disjoint i64 %821, 8
  %835 = getelementptr inbounds float, ptr %Sroll, i64 %834
  store <8 x float> %833, ptr %835, align 4
  %836 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %828, <8 x float> %833, <8 x float> %814)
  %i7.next.1 = or disjoint i64 %i7.addr.0337, 2
  %837 = or disjoint i64 %i7.next.1, %775
  %838 = getelementptr inbounds float, ptr %kh, i64 %837
  %839 = load float, ptr %838, align 4
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i7.next.1
  %840 = load float, ptr %gep.2, align 4
  %841 = insertelement <8 x float> poison, float %839, i64 0
  %842 = shufflevector <8 x float> %841, <8 x float> poison, <8 x i32> zeroinitializer
  %843 = shl nuw nsw i64 %i7.next.1, 4
  %844 = add nuw nsw i64 %843, %677
  %845 = getelementptr inbounds float, ptr %Sh, i64 %844
  %846 = load <8 x float>, ptr %845, align 4
  %847 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %842, <8 x float> %783, <8 x float> %846)
  %848 = getelementptr inbounds float, ptr %Sroll, i64 %843
  store <8 x float> %847, ptr %848, align 4
  %849 = insertelement <8 x float> poison, float %840, i64 0
  %850 = shufflevector <8 x float> %849, <8 x float> poison, <8 x i32> zeroinitializer
  %851 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %850, <8 x float> %847, <8 x float> %829)
  %852 = or disjoint i64 %844, 8
  %853 = getelementptr inbounds float, ptr %Sh, i64 %852
  %854 = load <8 x float>, ptr %853, align 4
  %855 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %842, <8 x float> %790, <8 x float> %854)
  %856 = or disjoint i64 %843, 8
  %857 = getelementptr inbounds float, ptr %Sroll, i64 %856
  store <8 x float> %855, ptr %857, align 4
  %858 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %850, <8 x float> %855, <8 x float> %836)
  %i7.next.2 = or disjoint i64 %i7.addr.0337, 3
  %859 = or disjoint i64 %i7.next.2, %775
  %860 = getelementptr inbounds float, ptr %kh, i64 %859
  %861 = load float, ptr %860, align 4
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i7.next.2
  %862 = load float, ptr %gep.3, align 4
  %863 = insertelement <8 x float> poison, float %861, i64 0
  %864 = shufflevector <8 x float> %863, <8 x float> poison, <8 x i32> zeroinitializer
  %865 = shl nuw nsw i64 %i7.next.2, 4
  %866 = add nuw nsw i64 %865, %677
  %867 = getelementptr inbounds float, ptr %Sh, i64 %866
  %868 = load <8 x float>, ptr %867, align 4
  %869 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %864, <8 x float> %783, <8 x float> %868)
  %870 = getelementptr inbounds float, ptr %Sroll, i64 %865
  store <8 x float> %869, ptr %870, align 4
  %871 = insertelement <8 x float> poison, float %862, i64 0
  %872 = shufflevector <8 x float> %871, <8 x float> poison, <8 x i32> zeroinitializer
  %873 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %869, <8 x float> %851)
  %874 = or disjoint i64 %866, 8
  %875 = getelementptr inbounds float, ptr %Sh, i64 %874
  %876 = load <8 x float>, ptr %875, align 4
  %877 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %864, <8 x float> %790, <8 x float> %876)
  %878 = or disjoint i64 %865, 8
  %879 = getelementptr inbounds float, ptr %Sroll, i64 %878
  store <8 x float> %877, ptr %879, align 4
  %880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %872, <8 x float> %877, <8 x float> %858)
  %i7.next.3 = add nuw nsw i64 %i7.addr.0337, 4
  %exitcond404.not.3 = icmp eq i64 %i7.next.3, 16
  br i1 %exitcond404.not.3, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %881 = mul nsw i64 %791, %H
  %882 = getelementptr inbounds float, ptr %betah, i64 %881
  %883 = load float, ptr %882, align 4
  %884 = getelementptr inbounds float, ptr %vh, i64 %792
  %885 = load <8 x float>, ptr %884, align 4
  %886 = fsub <8 x float> %885, %873
  %887 = or disjoint i64 %779, 16
  %888 = getelementptr inbounds float, ptr %R, i64 %887
  store <8 x float> %886, ptr %888, align 4
  %889 = insertelement <8 x float> poison, float %883, i64 0
  %890 = shufflevector <8 x float> %889, <8 x float> poison, <8 x i32> zeroinitializer
  %891 = fmul <8 x float> %890, %886
  %892 = or disjoint i64 %792, 8
  %893 = getelementptr inbounds float, ptr %vh, i64 %892
  %894 = load <8 x float>, ptr %893, align 4
  %895 = fsub <8 x float> %894, %880
  %896 = or disjoint i64 %779, 24
  %897 = getelementptr inbounds float, ptr %R, i64 %896
  store <8 x float> %895, ptr %897, align 4
  %898 = fmul <8 x float> %890, %895
  %tl2.next = add nuw nsw i64 %tl2.addr.0340, 1
  %exitcond407.not = icmp eq i64 %tl2.next, %smax406
  br i1 %exitcond407.not, label %tl2.exit, label %tl2.body

tt.head.preheader:                                ; preds = %i8.body
  br i1 %157, label %tt.body, label %tt.exit

i8.body:                                          ; preds = %i8.body, %tl2.exit
  %i8.addr.0344 = phi i64 [ 0, %tl2.exit ], [ %i8.next.3, %i8.body ]
  %gep433 = getelementptr float, ptr %invariant.gep432, i64 %i8.addr.0344
  %899 = load float, ptr %gep433, align 4
  %900 = insertelement <8 x float> poison, float %899, i64 0
  %901 = shufflevector <8 x float> %900, <8 x float> poison, <8 x i32> zeroinitializer
  %902 = shl nuw nsw i64 %i8.addr.0344, 4
  %903 = getelementptr inbounds float, ptr %Sroll, i64 %902
  %904 = load <8 x float>, ptr %903, align 4
  %905 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %901, <8 x float> %delta.0.lcssa, <8 x float> %904)
  %906 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %905, <8 x float> %687, <8 x float> zeroinitializer)
  %907 = or disjoint i64 %902, 8
  %908 = getelementptr inbounds float, ptr %Sroll, i64 %907
  %909 = load <8 x float>, ptr %908, align 4
  %910 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %901, <8 x float> %delta1.0.lcssa, <8 x float> %909)
  %911 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %910, <8 x float> %690, <8 x float> %906)
  %912 = or disjoint i64 %i8.addr.0344, %685
  %913 = getelementptr inbounds float, ptr %qh1, i64 %912
  %914 = load float, ptr %913, align 4
  %915 = shufflevector <8 x float> %911, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %916 = shufflevector <8 x float> %911, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %917 = fadd <4 x float> %915, %916
  %918 = shufflevector <4 x float> %917, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %919 = shufflevector <4 x float> %917, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %920 = fadd <2 x float> %918, %919
  %shift445 = shufflevector <2 x float> %920, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %921 = fadd <2 x float> %920, %shift445
  %922 = extractelement <2 x float> %921, i64 0
  %923 = fmul float %922, 2.500000e-01
  %924 = fadd float %914, %923
  store float %924, ptr %913, align 4
  %i8.next = or disjoint i64 %i8.addr.0344, 1
  %gep433.1 = getelementptr float, ptr %invariant.gep432, i64 %i8.next
  %925 = load float, ptr %gep433.1, align 4
  %926 = insertelement <8 x float> poison, float %925, i64 0
  %927 = shufflevector <8 x float> %926, <8 x float> poison, <8 x i32> zeroinitializer
  %928 = shl nuw nsw i64 %i8.next, 4
  %929 = getelementptr inbounds float, ptr %Sroll, i64 %928
  %930 = load <8 x float>, ptr %929, align 4
  %931 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %927, <8 x float> %delta.0.lcssa, <8 x float> %930)
  %932 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %931, <8 x float> %687, <8 x float> zeroinitializer)
  %933 = or disjoint i64 %928, 8
  %934 = getelementptr inbounds float, ptr %Sroll, i64 %933
  %935 = load <8 x float>, ptr %934, align 4
  %936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %927, <8 x float> %delta1.0.lcssa, <8 x float> %935)
  %937 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %936, <8 x float> %690, <8 x float> %932)
  %938 = or disjoint i64 %i8.next, %685
  %939 = getelementptr inbounds float, ptr %qh1, i64 %938
  %940 = load float, ptr %939, align 4
  %941 = shufflevector <8 x float> %937, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %942 = shufflevector <8 x float> %937, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %943 = fadd <4 x float> %941, %942
  %944 = shufflevector <4 x float> %943, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %945 = shufflevector <4 x float> %943, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %946 = fadd <2 x float> %944, %945
  %shift445.1 = shufflevector <2 x float> %946, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %947 = fadd <2 x float> %946, %shift445.1
  %948 = extractelement <2 x float> %947, i64 0
  %949 = fmul float %948, 2.500000e-01
  %950 = fadd float %940, %949
  store float %950, ptr %939, align 4
  %i8.next.1 = or disjoint i64 %i8.addr.0344, 2
  %gep433.2 = getelementptr float, ptr %invariant.gep432, i64 %i8.next.1
  %951 = load float, ptr %gep433.2, align 4
  %952 = insertelement <8 x float> poison, float %951, i64 0
  %953 = shufflevector <8 x float> %952, <8 x float> poison, <8 x i32> zeroinitializer
  %954 = shl nuw nsw i64 %i8.next.1, 4
  %955 = getelementptr inbounds float, ptr %Sroll, i64 %954
  %956 = load <8 x float>, ptr %955, align 4
  %957 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %953, <8 x float> %delta.0.lcssa, <8 x float> %956)
  %958 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %957, <8 x float> %687, <8 x float> zeroinitializer)
  %959 = or disjoint i64 %954, 8
  %960 = getelementptr inbounds float, ptr %Sroll, i64 %959
  %961 = load <8 x float>, ptr %960, align 4
  %962 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %953, <8 x float> %delta1.0.lcssa, <8 x float> %961)
  %963 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %962, <8 x float> %690, <8 x float> %958)
  %964 = or disjoint i64 %i8.next.1, %685
  %965 = getelementptr inbounds float, ptr %qh1, i64 %964
  %966 = load float, ptr %965, align 4
  %967 = shufflevector <8 x float> %963, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %968 = shufflevector <8 x float> %963, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %969 = fadd <4 x float> %967, %968
  %970 = shufflevector <4 x float> %969, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %971 = shufflevector <4 x float> %969, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %972 = fadd <2 x float> %970, %971
  %shift445.2 = shufflevector <2 x float> %972, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %973 = fadd <2 x float> %972, %shift445.2
  %974 = extractelement <2 x float> %973, i64 0
  %975 = fmul float %974, 2.500000e-01
  %976 = fadd float %966, %975
  store float %976, ptr %965, align 4
  %i8.next.2 = or disjoint i64 %i8.addr.0344, 3
  %gep433.3 = getelementptr float, ptr %invariant.gep432, i64 %i8.next.2
  %977 = load float, ptr %gep433.3, align 4
  %978 = insertelement <8 x float> poison, float %977, i64 0
  %979 = shufflevector <8 x float> %978, <8 x float> poison, <8 x i32> zeroinitializer
  %980 = shl nuw nsw i64 %i8.next.2, 4
  %981 = getelementptr inbounds float, ptr %Sroll, i64 %980
  %982 = load <8 x float>, ptr %981, align 4
  %983 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %delta.0.lcssa, <8 x float> %982)
  %984 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %983, <8 x float> %687, <8 x float> zeroinitializer)
  %985 = or disjoint i64 %980, 8
  %986 = getelementptr inbounds float, ptr %Sroll, i64 %985
  %987 = load <8 x float>, ptr %986, align 4
  %988 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %delta1.0.lcssa, <8 x float> %987)
  %989 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %988, <8 x float> %690, <8 x float> %984)
  %990 = or disjoint i64 %i8.next.2, %685
  %991 = getelementptr inbounds float, ptr %qh1, i64 %990
  %992 = load float, ptr %991, align 4
  %993 = shufflevector <8 x float> %989, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %994 = shufflevector <8 x float> %989, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %995 = fadd <4 x float> %993, %994
  %996 = shufflevector <4 x float> %995, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %997 = shufflevector <4 x float> %995, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %998 = fadd <2 x float> %996, %997
  %shift445.3 = shufflevector <2 x float> %998, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %999 = fadd <2 x float> %998, %shift445.3
  %1000 = extractelement <2 x float> %999, i64 0
  %1001 = fmul float %1000, 2.500000e-01
  %1002 = fadd float %992, %1001
  store float %1002, ptr %991, align 4
  %i8.next.3 = add nuw nsw i64 %i8.addr.0344, 4
  %exitcond408.not.3 = icmp eq i64 %i8.next.3, 16
  br i1 %exitcond408.not.3, label %tt.head.preheader, label %i8.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0364 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl3 = sub nsw i64 %tlast, %tt.addr.0364
  %1003 = add nsw i64 %tl3, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %1003, i64 %tlast)
  %1004 = add nsw i64 %ptl, %t0
  %1005 = shl nsw i64 %1004, 1
  %1006 = mul nsw i64 %1005, %H
  %1007 = getelementptr inbounds float, ptr %betah, i64 %1006
  %1008 = load float, ptr %1007, align 4
  %1009 = getelementptr inbounds float, ptr %alphas, i64 %ptl
  %1010 = load float, ptr %1009, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %1011 = icmp slt i64 %1003, %L
  %1012 = select i1 %1011, float %1010, float 1.000000e+00
  %.neg = fneg float %1008
  %1013 = select i1 %1011, float %.neg, float -0.000000e+00
  %1014 = mul nsw i64 %1005, %sq
  %1015 = shl nsw i64 %ptl, 8
  %1016 = shl nsw i64 %ptl, 5
  %1017 = getelementptr inbounds float, ptr %R, i64 %1016
  %1018 = insertelement <8 x float> poison, float %1012, i64 0
  %1019 = shufflevector <8 x float> %1018, <8 x float> poison, <8 x i32> zeroinitializer
  %1020 = or disjoint i64 %1016, 8
  %1021 = getelementptr inbounds float, ptr %R, i64 %1020
  %1022 = add nsw i64 %tl3, %t0
  %1023 = mul nsw i64 %1022, %sq
  %1024 = getelementptr inbounds float, ptr %oh, i64 %1023
  %1025 = load <8 x float>, ptr %1024, align 4
  %1026 = or disjoint i64 %1023, 8
  %1027 = getelementptr inbounds float, ptr %oh, i64 %1026
  %1028 = load <8 x float>, ptr %1027, align 4
  %1029 = shl nsw i64 %1022, 1
  %1030 = or disjoint i64 %1029, 1
  %1031 = mul nsw i64 %1030, %sq
  br label %i10.body

tt.exit:                                          ; preds = %i16.exit, %tt.head.preheader
  %1032 = load float, ptr %alphas, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %1033 = fneg float %395
  %1034 = insertelement <8 x float> poison, float %1032, i64 0
  %1035 = shufflevector <8 x float> %1034, <8 x float> poison, <8 x i32> zeroinitializer
  br label %i22.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dgacc.0349 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1068, %i10.body ]
  %dsk.0348 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1093, %i10.body ]
  %dsk1.0347 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1094, %i10.body ]
  %i10.addr.0346 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %1036 = shl nuw nsw i64 %i10.addr.0346, 4
  %1037 = getelementptr inbounds float, ptr %dS, i64 %1036
  %1038 = load <8 x float>, ptr %1037, align 4
  %1039 = or disjoint i64 %1036, 8
  %1040 = getelementptr inbounds float, ptr %dS, i64 %1039
  %1041 = load <8 x float>, ptr %1040, align 4
  %1042 = getelementptr float, ptr %kh, i64 %i10.addr.0346
  %1043 = getelementptr float, ptr %1042, i64 %1014
  %1044 = load float, ptr %1043, align 4
  %1045 = fmul float %1013, %1044
  %1046 = load <8 x float>, ptr %dSkPrev, align 4
  %1047 = add nuw nsw i64 %1036, %1015
  %1048 = getelementptr inbounds float, ptr %Sh, i64 %1047
  %1049 = load <8 x float>, ptr %1048, align 4
  %1050 = load <8 x float>, ptr %1017, align 4
  %1051 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> %1050, <8 x float> zeroinitializer)
  %1052 = fneg <8 x float> %1049
  %1053 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1052, <8 x float> %1046, <8 x float> %1051)
  %1054 = insertelement <8 x float> poison, float %1045, i64 0
  %1055 = shufflevector <8 x float> %1054, <8 x float> poison, <8 x i32> zeroinitializer
  %1056 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1055, <8 x float> %1046, <8 x float> %1038)
  %1057 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1056, <8 x float> %1049, <8 x float> %dgacc.0349)
  %1058 = fmul <8 x float> %1019, %1056
  %1059 = load <8 x float>, ptr %9, align 4
  %1060 = or disjoint i64 %1047, 8
  %1061 = getelementptr inbounds float, ptr %Sh, i64 %1060
  %1062 = load <8 x float>, ptr %1061, align 4
  %1063 = load <8 x float>, ptr %1021, align 4
  %1064 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1041, <8 x float> %1063, <8 x float> %1053)
  %1065 = fneg <8 x float> %1062
  %1066 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1059, <8 x float> %1064)
  %1067 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1055, <8 x float> %1059, <8 x float> %1041)
  %1068 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1067, <8 x float> %1062, <8 x float> %1057)
  %1069 = fmul <8 x float> %1019, %1067
  %1070 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0346
  %1071 = load float, ptr %1070, align 4
  %1072 = shufflevector <8 x float> %1066, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1073 = shufflevector <8 x float> %1066, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1074 = fadd <4 x float> %1072, %1073
  %1075 = shufflevector <4 x float> %1074, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1076 = shufflevector <4 x float> %1074, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1077 = fadd <2 x float> %1075, %1076
  %shift446 = shufflevector <2 x float> %1077, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1078 = fadd <2 x float> %1077, %shift446
  %1079 = extractelement <2 x float> %1078, i64 0
  %1080 = fadd float %1071, %1079
  store float %1080, ptr %1070, align 4
  %1081 = or disjoint i64 %i10.addr.0346, %1023
  %1082 = getelementptr inbounds float, ptr %qh, i64 %1081
  %1083 = load float, ptr %1082, align 4
  %1084 = fmul float %1083, 2.500000e-01
  %1085 = insertelement <8 x float> poison, float %1084, i64 0
  %1086 = shufflevector <8 x float> %1085, <8 x float> poison, <8 x i32> zeroinitializer
  %1087 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1086, <8 x float> %1025, <8 x float> %1058)
  %1088 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1086, <8 x float> %1028, <8 x float> %1069)
  %1089 = getelementptr float, ptr %1042, i64 %1031
  %1090 = load float, ptr %1089, align 4
  %1091 = insertelement <8 x float> poison, float %1090, i64 0
  %1092 = shufflevector <8 x float> %1091, <8 x float> poison, <8 x i32> zeroinitializer
  %1093 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> %1087, <8 x float> %dsk.0348)
  %1094 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> %1088, <8 x float> %dsk1.0347)
  store <8 x float> %1087, ptr %1037, align 4
  store <8 x float> %1088, ptr %1040, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0346, 1
  %exitcond409.not = icmp eq i64 %i10.next, 16
  br i1 %exitcond409.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <8 x float> %1093, ptr %dSk, align 4
  store <8 x float> %1094, ptr %10, align 4
  br i1 %1011, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %1095 = insertelement <8 x float> poison, float %1008, i64 0
  %1096 = shufflevector <8 x float> %1095, <8 x float> poison, <8 x i32> zeroinitializer
  %1097 = load <8 x float>, ptr %dkTmp, align 4
  %1098 = fmul <8 x float> %1096, %1097
  %1099 = getelementptr float, ptr %kh1, i64 %1014
  store <8 x float> %1098, ptr %1099, align 4
  %1100 = load <8 x float>, ptr %117, align 4
  %1101 = fmul <8 x float> %1096, %1100
  %1102 = getelementptr float, ptr %149, i64 %1014
  store <8 x float> %1101, ptr %1102, align 4
  %1103 = shufflevector <8 x float> %1068, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1104 = shufflevector <8 x float> %1068, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1105 = fadd <4 x float> %1103, %1104
  %1106 = shufflevector <4 x float> %1105, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1107 = shufflevector <4 x float> %1105, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1108 = fadd <2 x float> %1106, %1107
  %shift447 = shufflevector <2 x float> %1108, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1109 = fadd <2 x float> %1108, %shift447
  %1110 = extractelement <2 x float> %1109, i64 0
  %1111 = mul nsw i64 %1004, %H
  %1112 = getelementptr inbounds float, ptr %gh1, i64 %1111
  store float %1110, ptr %1112, align 4
  br label %endif

endif:                                            ; preds = %i10.exit, %j5.head.preheader
  %1113 = mul nsw i64 %1030, %H
  %1114 = getelementptr inbounds float, ptr %betah, i64 %1113
  %1115 = load float, ptr %1114, align 4
  %1116 = insertelement <8 x float> poison, float %1115, i64 0
  %1117 = shufflevector <8 x float> %1116, <8 x float> poison, <8 x i32> zeroinitializer
  %1118 = fmul <8 x float> %1117, %1093
  %1119 = getelementptr float, ptr %vh1, i64 %1031
  store <8 x float> %1118, ptr %1119, align 4
  %1120 = fmul <8 x float> %1117, %1094
  %1121 = getelementptr float, ptr %150, i64 %1031
  store <8 x float> %1120, ptr %1121, align 4
  %.idx374 = shl i64 %tl3, 7
  %1122 = getelementptr i8, ptr %R, i64 %.idx374
  %1123 = getelementptr i8, ptr %1122, i64 64
  %1124 = load <8 x float>, ptr %1123, align 4
  %1125 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1093, <8 x float> %1124, <8 x float> zeroinitializer)
  %1126 = getelementptr i8, ptr %118, i64 %.idx374
  %1127 = getelementptr i8, ptr %1126, i64 64
  %1128 = load <8 x float>, ptr %1127, align 4
  %1129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1094, <8 x float> %1128, <8 x float> %1125)
  %1130 = shufflevector <8 x float> %1129, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1131 = shufflevector <8 x float> %1129, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1132 = fadd <4 x float> %1130, %1131
  %1133 = shufflevector <4 x float> %1132, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1134 = shufflevector <4 x float> %1132, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1135 = fadd <2 x float> %1133, %1134
  %shift448 = shufflevector <2 x float> %1135, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1136 = fadd <2 x float> %1135, %shift448
  %1137 = extractelement <2 x float> %1136, i64 0
  %1138 = getelementptr inbounds float, ptr %betah1, i64 %1113
  store float %1137, ptr %1138, align 4
  store <8 x float> %1093, ptr %dSkPrev, align 4
  store <8 x float> %1094, ptr %119, align 4
  %1139 = mul nsw i64 %1029, %H
  %1140 = getelementptr inbounds float, ptr %betah, i64 %1139
  %1141 = load float, ptr %1140, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %1142 = fneg float %1115
  %1143 = mul nsw i64 %1029, %sq
  %1144 = shl nsw i64 %tl3, 8
  %1145 = shl i64 %tl3, 5
  %1146 = getelementptr inbounds float, ptr %R, i64 %1145
  %1147 = or disjoint i64 %1145, 16
  %1148 = getelementptr inbounds float, ptr %R, i64 %1147
  %1149 = or disjoint i64 %1145, 8
  %1150 = getelementptr inbounds float, ptr %R, i64 %1149
  %1151 = or disjoint i64 %1145, 24
  %1152 = getelementptr inbounds float, ptr %R, i64 %1151
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0358 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk3.0357 = phi <8 x float> [ zeroinitializer, %endif ], [ %1206, %i16.body ]
  %dsk2.0356 = phi <8 x float> [ zeroinitializer, %endif ], [ %1205, %i16.body ]
  %1153 = shl nuw nsw i64 %i16.addr.0358, 4
  %1154 = getelementptr inbounds float, ptr %dS, i64 %1153
  %1155 = load <8 x float>, ptr %1154, align 4
  %1156 = or disjoint i64 %1153, 8
  %1157 = getelementptr inbounds float, ptr %dS, i64 %1156
  %1158 = load <8 x float>, ptr %1157, align 4
  %1159 = getelementptr float, ptr %kh, i64 %i16.addr.0358
  %1160 = getelementptr float, ptr %1159, i64 %1031
  %1161 = load float, ptr %1160, align 4
  %1162 = fmul float %1161, %1142
  %1163 = getelementptr float, ptr %1159, i64 %1143
  %1164 = load float, ptr %1163, align 4
  %1165 = fmul float %1141, %1164
  %1166 = load <8 x float>, ptr %dSkPrev, align 4
  %1167 = add nuw nsw i64 %1153, %1144
  %1168 = getelementptr inbounds float, ptr %Sh, i64 %1167
  %1169 = load <8 x float>, ptr %1168, align 4
  %1170 = load <8 x float>, ptr %1146, align 4
  %1171 = insertelement <8 x float> poison, float %1165, i64 0
  %1172 = shufflevector <8 x float> %1171, <8 x float> poison, <8 x i32> zeroinitializer
  %1173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1172, <8 x float> %1170, <8 x float> %1169)
  %1174 = load <8 x float>, ptr %1148, align 4
  %1175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1155, <8 x float> %1174, <8 x float> zeroinitializer)
  %1176 = fneg <8 x float> %1173
  %1177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1176, <8 x float> %1166, <8 x float> %1175)
  %1178 = insertelement <8 x float> poison, float %1162, i64 0
  %1179 = shufflevector <8 x float> %1178, <8 x float> poison, <8 x i32> zeroinitializer
  %1180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1179, <8 x float> %1166, <8 x float> %1155)
  %1181 = load <8 x float>, ptr %9, align 4
  %1182 = or disjoint i64 %1167, 8
  %1183 = getelementptr inbounds float, ptr %Sh, i64 %1182
  %1184 = load <8 x float>, ptr %1183, align 4
  %1185 = load <8 x float>, ptr %1150, align 4
  %1186 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1172, <8 x float> %1185, <8 x float> %1184)
  %1187 = load <8 x float>, ptr %1152, align 4
  %1188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1158, <8 x float> %1187, <8 x float> %1177)
  %1189 = fneg <8 x float> %1186
  %1190 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1189, <8 x float> %1181, <8 x float> %1188)
  %1191 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1179, <8 x float> %1181, <8 x float> %1158)
  %1192 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0358
  %1193 = load float, ptr %1192, align 4
  %1194 = shufflevector <8 x float> %1190, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1195 = shufflevector <8 x float> %1190, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1196 = fadd <4 x float> %1194, %1195
  %1197 = shufflevector <4 x float> %1196, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1198 = shufflevector <4 x float> %1196, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1199 = fadd <2 x float> %1197, %1198
  %shift449 = shufflevector <2 x float> %1199, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1200 = fadd <2 x float> %1199, %shift449
  %1201 = extractelement <2 x float> %1200, i64 0
  %1202 = fadd float %1193, %1201
  store float %1202, ptr %1192, align 4
  %1203 = insertelement <8 x float> poison, float %1164, i64 0
  %1204 = shufflevector <8 x float> %1203, <8 x float> poison, <8 x i32> zeroinitializer
  %1205 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1204, <8 x float> %1180, <8 x float> %dsk2.0356)
  %1206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1204, <8 x float> %1191, <8 x float> %dsk3.0357)
  store <8 x float> %1180, ptr %1154, align 4
  store <8 x float> %1191, ptr %1157, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0358, 1
  %exitcond410.not = icmp eq i64 %i16.next, 16
  br i1 %exitcond410.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <8 x float> %1205, ptr %dSk, align 4
  store <8 x float> %1206, ptr %10, align 4
  %1207 = load <8 x float>, ptr %dkTmp, align 4
  %1208 = fmul <8 x float> %1117, %1207
  %1209 = getelementptr float, ptr %kh1, i64 %1031
  store <8 x float> %1208, ptr %1209, align 4
  %1210 = load <8 x float>, ptr %120, align 4
  %1211 = fmul <8 x float> %1117, %1210
  %1212 = getelementptr float, ptr %151, i64 %1031
  store <8 x float> %1211, ptr %1212, align 4
  %1213 = insertelement <8 x float> poison, float %1141, i64 0
  %1214 = shufflevector <8 x float> %1213, <8 x float> poison, <8 x i32> zeroinitializer
  %1215 = fmul <8 x float> %1214, %1205
  %1216 = getelementptr float, ptr %vh1, i64 %1143
  store <8 x float> %1215, ptr %1216, align 4
  %1217 = fmul <8 x float> %1214, %1206
  %1218 = getelementptr float, ptr %150, i64 %1143
  store <8 x float> %1217, ptr %1218, align 4
  %1219 = load <8 x float>, ptr %1122, align 4
  %1220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1219, <8 x float> zeroinitializer)
  %1221 = load <8 x float>, ptr %1126, align 4
  %1222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1206, <8 x float> %1221, <8 x float> %1220)
  %1223 = shufflevector <8 x float> %1222, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1224 = shufflevector <8 x float> %1222, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1225 = fadd <4 x float> %1223, %1224
  %1226 = shufflevector <4 x float> %1225, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1227 = shufflevector <4 x float> %1225, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1228 = fadd <2 x float> %1226, %1227
  %shift450 = shufflevector <2 x float> %1228, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1229 = fadd <2 x float> %1228, %shift450
  %1230 = extractelement <2 x float> %1229, i64 0
  %1231 = getelementptr inbounds float, ptr %betah1, i64 %1139
  store float %1230, ptr %1231, align 4
  store <8 x float> %1205, ptr %dSkPrev, align 4
  store <8 x float> %1206, ptr %119, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0364, 1
  %exitcond413.not = icmp eq i64 %tt.next, %smax412
  br i1 %exitcond413.not, label %tt.exit, label %tt.body

j13.head.preheader:                               ; preds = %i22.body
  %1232 = load <8 x float>, ptr %dkTmp, align 4
  %1233 = fmul <8 x float> %401, %1232
  %1234 = getelementptr inbounds float, ptr %kh1, i64 %396
  store <8 x float> %1233, ptr %1234, align 4
  %1235 = load <8 x float>, ptr %121, align 4
  %1236 = fmul <8 x float> %401, %1235
  %1237 = getelementptr inbounds float, ptr %kh1, i64 %403
  store <8 x float> %1236, ptr %1237, align 4
  %1238 = shufflevector <8 x float> %1321, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1239 = shufflevector <8 x float> %1321, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1240 = fadd <4 x float> %1238, %1239
  %1241 = shufflevector <4 x float> %1240, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1242 = shufflevector <4 x float> %1240, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1243 = fadd <2 x float> %1241, %1242
  %shift451 = shufflevector <2 x float> %1243, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1244 = fadd <2 x float> %1243, %shift451
  %1245 = extractelement <2 x float> %1244, i64 0
  %1246 = mul nsw i64 %t0, %H
  %1247 = getelementptr inbounds float, ptr %gh1, i64 %1246
  store float %1245, ptr %1247, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0369, 1
  %indvars.iv.next = add i64 %indvars.iv, 32
  %exitcond416.not = icmp eq i64 %cc.next, %smax415
  br i1 %exitcond416.not, label %i24.head.preheader, label %cc.body

i22.body:                                         ; preds = %i22.body, %tt.exit
  %i22.addr.0367 = phi i64 [ 0, %tt.exit ], [ %i22.next.1, %i22.body ]
  %dgacc1.0366 = phi <8 x float> [ zeroinitializer, %tt.exit ], [ %1321, %i22.body ]
  %1248 = shl nuw nsw i64 %i22.addr.0367, 4
  %1249 = getelementptr inbounds float, ptr %dS, i64 %1248
  %1250 = load <8 x float>, ptr %1249, align 4
  %1251 = or disjoint i64 %1248, 8
  %1252 = getelementptr inbounds float, ptr %dS, i64 %1251
  %1253 = load <8 x float>, ptr %1252, align 4
  %1254 = or disjoint i64 %i22.addr.0367, %396
  %1255 = getelementptr inbounds float, ptr %kh, i64 %1254
  %1256 = load float, ptr %1255, align 4
  %1257 = fmul float %1256, %1033
  %1258 = load <8 x float>, ptr %dSkPrev, align 4
  %1259 = getelementptr inbounds float, ptr %Sh, i64 %1248
  %1260 = load <8 x float>, ptr %1259, align 4
  %1261 = load <8 x float>, ptr %R, align 4
  %1262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1250, <8 x float> %1261, <8 x float> zeroinitializer)
  %1263 = fneg <8 x float> %1260
  %1264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1263, <8 x float> %1258, <8 x float> %1262)
  %1265 = insertelement <8 x float> poison, float %1257, i64 0
  %1266 = shufflevector <8 x float> %1265, <8 x float> poison, <8 x i32> zeroinitializer
  %1267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1266, <8 x float> %1258, <8 x float> %1250)
  %1268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1267, <8 x float> %1260, <8 x float> %dgacc1.0366)
  %1269 = fmul <8 x float> %1035, %1267
  %1270 = load <8 x float>, ptr %9, align 4
  %1271 = getelementptr inbounds float, ptr %Sh, i64 %1251
  %1272 = load <8 x float>, ptr %1271, align 4
  %1273 = load <8 x float>, ptr %5, align 4
  %1274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1253, <8 x float> %1273, <8 x float> %1264)
  %1275 = fneg <8 x float> %1272
  %1276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1275, <8 x float> %1270, <8 x float> %1274)
  %1277 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1266, <8 x float> %1270, <8 x float> %1253)
  %1278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1277, <8 x float> %1272, <8 x float> %1268)
  %1279 = fmul <8 x float> %1035, %1277
  %1280 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0367
  %1281 = load float, ptr %1280, align 4
  %1282 = shufflevector <8 x float> %1276, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1283 = shufflevector <8 x float> %1276, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1284 = fadd <4 x float> %1282, %1283
  %1285 = shufflevector <4 x float> %1284, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1286 = shufflevector <4 x float> %1284, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1287 = fadd <2 x float> %1285, %1286
  %shift452 = shufflevector <2 x float> %1287, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1288 = fadd <2 x float> %1287, %shift452
  %1289 = extractelement <2 x float> %1288, i64 0
  %1290 = fadd float %1281, %1289
  store float %1290, ptr %1280, align 4
  store <8 x float> %1269, ptr %1249, align 4
  store <8 x float> %1279, ptr %1252, align 4
  %i22.next = or disjoint i64 %i22.addr.0367, 1
  %1291 = shl nuw nsw i64 %i22.next, 4
  %1292 = getelementptr inbounds float, ptr %dS, i64 %1291
  %1293 = load <8 x float>, ptr %1292, align 4
  %1294 = or disjoint i64 %1291, 8
  %1295 = getelementptr inbounds float, ptr %dS, i64 %1294
  %1296 = load <8 x float>, ptr %1295, align 4
  %1297 = or disjoint i64 %i22.next, %396
  %1298 = getelementptr inbounds float, ptr %kh, i64 %1297
  %1299 = load float, ptr %1298, align 4
  %1300 = fmul float %1299, %1033
  %1301 = load <8 x float>, ptr %dSkPrev, align 4
  %1302 = getelementptr inbounds float, ptr %Sh, i64 %1291
  %1303 = load <8 x float>, ptr %1302, align 4
  %1304 = load <8 x float>, ptr %R, align 4
  %1305 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1293, <8 x float> %1304, <8 x float> zeroinitializer)
  %1306 = fneg <8 x float> %1303
  %1307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1301, <8 x float> %1305)
  %1308 = insertelement <8 x float> poison, float %1300, i64 0
  %1309 = shufflevector <8 x float> %1308, <8 x float> poison, <8 x i32> zeroinitializer
  %1310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1309, <8 x float> %1301, <8 x float> %1293)
  %1311 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1310, <8 x float> %1303, <8 x float> %1278)
  %1312 = fmul <8 x float> %1035, %1310
  %1313 = load <8 x float>, ptr %9, align 4
  %1314 = getelementptr inbounds float, ptr %Sh, i64 %1294
  %1315 = load <8 x float>, ptr %1314, align 4
  %1316 = load <8 x float>, ptr %5, align 4
  %1317 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1296, <8 x float> %1316, <8 x float> %1307)
  %1318 = fneg <8 x float> %1315
  %1319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1318, <8 x float> %1313, <8 x float> %1317)
  %1320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1309, <8 x float> %1313, <8 x float> %1296)
  %1321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1320, <8 x float> %1315, <8 x float> %1311)
  %1322 = fmul <8 x float> %1035, %1320
  %1323 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.next
  %1324 = load float, ptr %1323, align 4
  %1325 = shufflevector <8 x float> %1319, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1326 = shufflevector <8 x float> %1319, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1327 = fadd <4 x float> %1325, %1326
  %1328 = shufflevector <4 x float> %1327, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1329 = shufflevector <4 x float> %1327, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1330 = fadd <2 x float> %1328, %1329
  %shift452.1 = shufflevector <2 x float> %1330, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1331 = fadd <2 x float> %1330, %shift452.1
  %1332 = extractelement <2 x float> %1331, i64 0
  %1333 = fadd float %1324, %1332
  store float %1333, ptr %1323, align 4
  store <8 x float> %1312, ptr %1292, align 4
  store <8 x float> %1322, ptr %1295, align 4
  %i22.next.1 = add nuw nsw i64 %i22.addr.0367, 2
  %exitcond414.not.1 = icmp eq i64 %i22.next.1, 16
  br i1 %exitcond414.not.1, label %j13.head.preheader, label %i22.body
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
; ---- dp_step_h2_k16_v16_c1_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k16_v16_c1_gate'
source_filename = "dp_step_h2_k16_v16_c1_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k16_v16_c1_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 1
  %2 = or disjoint i64 %sq, 8
  %3 = or disjoint i64 %sq, 1
  %4 = or disjoint i64 %sq, 2
  %5 = or disjoint i64 %sq, 3
  %6 = or disjoint i64 %sq, 4
  %7 = or disjoint i64 %sq, 5
  %8 = or disjoint i64 %sq, 6
  %9 = or disjoint i64 %sq, 7
  %10 = or disjoint i64 %sq, 9
  %11 = or disjoint i64 %sq, 10
  %12 = or disjoint i64 %sq, 11
  %13 = or disjoint i64 %sq, 12
  %14 = or disjoint i64 %sq, 13
  %15 = or disjoint i64 %sq, 14
  %16 = or disjoint i64 %sq, 15
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %bh.body
  %bh.addr.0114 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %bh.body ]
  %b = sdiv i64 %bh.addr.0114, %H
  %h = srem i64 %bh.addr.0114, %H
  %17 = mul nsw i64 %b, %H
  %bT = add nsw i64 %17, %h
  %18 = mul i64 %1, %b
  %bTn = add nsw i64 %18, %h
  %19 = shl nsw i64 %bT, 4
  %20 = shl nsw i64 %bTn, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %20
  %vh = getelementptr inbounds float, ptr %v, i64 %20
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %S.idx = shl nsw i64 %bh.addr.0114, 10
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  %21 = load float, ptr %kh, align 4
  %22 = load <8 x float>, ptr %S, align 4
  %23 = insertelement <8 x float> poison, float %21, i64 0
  %24 = shufflevector <8 x float> %23, <8 x float> poison, <8 x i32> zeroinitializer
  %25 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %22, <8 x float> zeroinitializer)
  %26 = getelementptr inbounds i8, ptr %S, i64 32
  %27 = load <8 x float>, ptr %26, align 4
  %28 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %27, <8 x float> zeroinitializer)
  %29 = getelementptr inbounds i8, ptr %kh, i64 4
  %30 = load float, ptr %29, align 4
  %31 = getelementptr inbounds i8, ptr %S, i64 64
  %32 = load <8 x float>, ptr %31, align 4
  %33 = insertelement <8 x float> poison, float %30, i64 0
  %34 = shufflevector <8 x float> %33, <8 x float> poison, <8 x i32> zeroinitializer
  %35 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %34, <8 x float> %32, <8 x float> zeroinitializer)
  %36 = getelementptr inbounds i8, ptr %S, i64 96
  %37 = load <8 x float>, ptr %36, align 4
  %38 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %34, <8 x float> %37, <8 x float> zeroinitializer)
  %39 = getelementptr inbounds i8, ptr %kh, i64 8
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds i8, ptr %S, i64 128
  %42 = load <8 x float>, ptr %41, align 4
  %43 = insertelement <8 x float> poison, float %40, i64 0
  %44 = shufflevector <8 x float> %43, <8 x float> poison, <8 x i32> zeroinitializer
  %45 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %42, <8 x float> %25)
  %46 = getelementptr inbounds i8, ptr %S, i64 160
  %47 = load <8 x float>, ptr %46, align 4
  %48 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %47, <8 x float> %28)
  %49 = getelementptr inbounds i8, ptr %kh, i64 12
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds i8, ptr %S, i64 192
  %52 = load <8 x float>, ptr %51, align 4
  %53 = insertelement <8 x float> poison, float %50, i64 0
  %54 = shufflevector <8 x float> %53, <8 x float> poison, <8 x i32> zeroinitializer
  %55 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %52, <8 x float> %35)
  %56 = getelementptr inbounds i8, ptr %S, i64 224
  %57 = load <8 x float>, ptr %56, align 4
  %58 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %57, <8 x float> %38)
  %59 = getelementptr inbounds i8, ptr %kh, i64 16
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds i8, ptr %S, i64 256
  %62 = load <8 x float>, ptr %61, align 4
  %63 = insertelement <8 x float> poison, float %60, i64 0
  %64 = shufflevector <8 x float> %63, <8 x float> poison, <8 x i32> zeroinitializer
  %65 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %62, <8 x float> %45)
  %66 = getelementptr inbounds i8, ptr %S, i64 288
  %67 = load <8 x float>, ptr %66, align 4
  %68 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %67, <8 x float> %48)
  %69 = getelementptr inbounds i8, ptr %kh, i64 20
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds i8, ptr %S, i64 320
  %72 = load <8 x float>, ptr %71, align 4
  %73 = insertelement <8 x float> poison, float %70, i64 0
  %74 = shufflevector <8 x float> %73, <8 x float> poison, <8 x i32> zeroinitializer
  %75 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %72, <8 x float> %55)
  %76 = getelementptr inbounds i8, ptr %S, i64 352
  %77 = load <8 x float>, ptr %76, align 4
  %78 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %77, <8 x float> %58)
  %79 = getelementptr inbounds i8, ptr %kh, i64 24
  %80 = load float, ptr %79, align 4
  %81 = getelementptr inbounds i8, ptr %S, i64 384
  %82 = load <8 x float>, ptr %81, align 4
  %83 = insertelement <8 x float> poison, float %80, i64 0
  %84 = shufflevector <8 x float> %83, <8 x float> poison, <8 x i32> zeroinitializer
  %85 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %84, <8 x float> %82, <8 x float> %65)
  %86 = getelementptr inbounds i8, ptr %S, i64 416
  %87 = load <8 x float>, ptr %86, align 4
  %88 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %84, <8 x float> %87, <8 x float> %68)
  %89 = getelementptr inbounds i8, ptr %kh, i64 28
  %90 = load float, ptr %89, align 4
  %91 = getelementptr inbounds i8, ptr %S, i64 448
  %92 = load <8 x float>, ptr %91, align 4
  %93 = insertelement <8 x float> poison, float %90, i64 0
  %94 = shufflevector <8 x float> %93, <8 x float> poison, <8 x i32> zeroinitializer
  %95 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %94, <8 x float> %92, <8 x float> %75)
  %96 = getelementptr inbounds i8, ptr %S, i64 480
  %97 = load <8 x float>, ptr %96, align 4
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %94, <8 x float> %97, <8 x float> %78)
  %99 = getelementptr inbounds i8, ptr %kh, i64 32
  %100 = load float, ptr %99, align 4
  %101 = getelementptr inbounds i8, ptr %S, i64 512
  %102 = load <8 x float>, ptr %101, align 4
  %103 = insertelement <8 x float> poison, float %100, i64 0
  %104 = shufflevector <8 x float> %103, <8 x float> poison, <8 x i32> zeroinitializer
  %105 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %104, <8 x float> %102, <8 x float> %85)
  %106 = getelementptr inbounds i8, ptr %S, i64 544
  %107 = load <8 x float>, ptr %106, align 4
  %108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %104, <8 x float> %107, <8 x float> %88)
  %109 = getelementptr inbounds i8, ptr %kh, i64 36
  %110 = load float, ptr %109, align 4
  %111 = getelementptr inbounds i8, ptr %S, i64 576
  %112 = load <8 x float>, ptr %111, align 4
  %113 = insertelement <8 x float> poison, float %110, i64 0
  %114 = shufflevector <8 x float> %113, <8 x float> poison, <8 x i32> zeroinitializer
  %115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %114, <8 x float> %112, <8 x float> %95)
  %116 = getelementptr inbounds i8, ptr %S, i64 608
  %117 = load <8 x float>, ptr %116, align 4
  %118 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %114, <8 x float> %117, <8 x float> %98)
  %119 = getelementptr inbounds i8, ptr %kh, i64 40
  %120 = load float, ptr %119, align 4
  %121 = getelementptr inbounds i8, ptr %S, i64 640
  %122 = load <8 x float>, ptr %121, align 4
  %123 = insertelement <8 x float> poison, float %120, i64 0
  %124 = shufflevector <8 x float> %123, <8 x float> poison, <8 x i32> zeroinitializer
  %125 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %124, <8 x float> %122, <8 x float> %105)
  %126 = getelementptr inbounds i8, ptr %S, i64 672
  %127 = load <8 x float>, ptr %126, align 4
  %128 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %124, <8 x float> %127, <8 x float> %108)
  %129 = getelementptr inbounds i8, ptr %kh, i64 44
  %130 = load float, ptr %129, align 4
  %131 = getelementptr inbounds i8, ptr %S, i64 704
  %132 = load <8 x float>, ptr %131, align 4
  %133 = insertelement <8 x float> poison, float %130, i64 0
  %134 = shufflevector <8 x float> %133, <8 x float> poison, <8 x i32> zeroinitializer
  %135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %132, <8 x float> %115)
  %136 = getelementptr inbounds i8, ptr %S, i64 736
  %137 = load <8 x float>, ptr %136, align 4
  %138 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %137, <8 x float> %118)
  %139 = getelementptr inbounds i8, ptr %kh, i64 48
  %140 = load float, ptr %139, align 4
  %141 = getelementptr inbounds i8, ptr %S, i64 768
  %142 = load <8 x float>, ptr %141, align 4
  %143 = insertelement <8 x float> poison, float %140, i64 0
  %144 = shufflevector <8 x float> %143, <8 x float> poison, <8 x i32> zeroinitializer
  %145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %144, <8 x float> %142, <8 x float> %125)
  %146 = getelementptr inbounds i8, ptr %S, i64 800
  %147 = load <8 x float>, ptr %146, align 4
  %148 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %144, <8 x float> %147, <8 x float> %128)
  %149 = getelementptr inbounds i8, ptr %kh, i64 52
  %150 = load float, ptr %149, align 4
  %151 = getelementptr inbounds i8, ptr %S, i64 832
  %152 = load <8 x float>, ptr %151, align 4
  %153 = insertelement <8 x float> poison, float %150, i64 0
  %154 = shufflevector <8 x float> %153, <8 x float> poison, <8 x i32> zeroinitializer
  %155 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %152, <8 x float> %135)
  %156 = getelementptr inbounds i8, ptr %S, i64 864
  %157 = load <8 x float>, ptr %156, align 4
  %158 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %157, <8 x float> %138)
  %159 = getelementptr inbounds i8, ptr %kh, i64 56
  %160 = load float, ptr %159, align 4
  %161 = getelementptr inbounds i8, ptr %S, i64 896
  %162 = load <8 x float>, ptr %161, align 4
  %163 = insertelement <8 x float> poison, float %160, i64 0
  %164 = shufflevector <8 x float> %163, <8 x float> poison, <8 x i32> zeroinitializer
  %165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %162, <8 x float> %145)
  %166 = getelementptr inbounds i8, ptr %S, i64 928
  %167 = load <8 x float>, ptr %166, align 4
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %167, <8 x float> %148)
  %169 = getelementptr inbounds i8, ptr %kh, i64 60
  %170 = load float, ptr %169, align 4
  %171 = getelementptr inbounds i8, ptr %S, i64 960
  %172 = load <8 x float>, ptr %171, align 4
  %173 = insertelement <8 x float> poison, float %170, i64 0
  %174 = shufflevector <8 x float> %173, <8 x float> poison, <8 x i32> zeroinitializer
  %175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %172, <8 x float> %155)
  %176 = getelementptr inbounds i8, ptr %S, i64 992
  %177 = load <8 x float>, ptr %176, align 4
  %178 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %177, <8 x float> %158)
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %179 = load float, ptr %gh, align 4
  %180 = tail call float @llvm.exp.f32(float %179)
  %181 = load float, ptr %betah, align 4
  %182 = load <8 x float>, ptr %vh, align 4
  %183 = fadd <8 x float> %175, %165
  %184 = insertelement <8 x float> poison, float %180, i64 0
  %185 = shufflevector <8 x float> %184, <8 x float> poison, <8 x i32> zeroinitializer
  %186 = fmul <8 x float> %183, %185
  %187 = fsub <8 x float> %182, %186
  %188 = insertelement <8 x float> poison, float %181, i64 0
  %189 = shufflevector <8 x float> %188, <8 x float> poison, <8 x i32> zeroinitializer
  %190 = fmul <8 x float> %189, %187
  %191 = getelementptr inbounds i8, ptr %vh, i64 32
  %192 = load <8 x float>, ptr %191, align 4
  %193 = fadd <8 x float> %178, %168
  %194 = fmul <8 x float> %193, %185
  %195 = fsub <8 x float> %192, %194
  %196 = fmul <8 x float> %189, %195
  %197 = load float, ptr %kh, align 4
  %198 = getelementptr inbounds float, ptr %kh, i64 %sq
  %199 = load float, ptr %198, align 4
  %200 = insertelement <8 x float> poison, float %197, i64 0
  %201 = shufflevector <8 x float> %200, <8 x float> poison, <8 x i32> zeroinitializer
  %202 = load <8 x float>, ptr %S, align 4
  %203 = fmul <8 x float> %185, %202
  %204 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> %190, <8 x float> %203)
  store <8 x float> %204, ptr %S, align 4
  %205 = insertelement <8 x float> poison, float %199, i64 0
  %206 = shufflevector <8 x float> %205, <8 x float> poison, <8 x i32> zeroinitializer
  %207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %204, <8 x float> zeroinitializer)
  %208 = load <8 x float>, ptr %26, align 4
  %209 = fmul <8 x float> %185, %208
  %210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %201, <8 x float> %196, <8 x float> %209)
  store <8 x float> %210, ptr %26, align 4
  %211 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %210, <8 x float> zeroinitializer)
  %212 = load float, ptr %29, align 4
  %213 = getelementptr inbounds float, ptr %kh, i64 %3
  %214 = load float, ptr %213, align 4
  %215 = insertelement <8 x float> poison, float %212, i64 0
  %216 = shufflevector <8 x float> %215, <8 x float> poison, <8 x i32> zeroinitializer
  %217 = load <8 x float>, ptr %31, align 4
  %218 = fmul <8 x float> %185, %217
  %219 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %190, <8 x float> %218)
  store <8 x float> %219, ptr %31, align 4
  %220 = insertelement <8 x float> poison, float %214, i64 0
  %221 = shufflevector <8 x float> %220, <8 x float> poison, <8 x i32> zeroinitializer
  %222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> %219, <8 x float> zeroinitializer)
  %223 = load <8 x float>, ptr %36, align 4
  %224 = fmul <8 x float> %185, %223
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %196, <8 x float> %224)
  store <8 x float> %225, ptr %36, align 4
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> %225, <8 x float> zeroinitializer)
  %227 = load float, ptr %39, align 4
  %228 = getelementptr inbounds float, ptr %kh, i64 %4
  %229 = load float, ptr %228, align 4
  %230 = insertelement <8 x float> poison, float %227, i64 0
  %231 = shufflevector <8 x float> %230, <8 x float> poison, <8 x i32> zeroinitializer
  %232 = load <8 x float>, ptr %41, align 4
  %233 = fmul <8 x float> %185, %232
  %234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %231, <8 x float> %190, <8 x float> %233)
  store <8 x float> %234, ptr %41, align 4
  %235 = insertelement <8 x float> poison, float %229, i64 0
  %236 = shufflevector <8 x float> %235, <8 x float> poison, <8 x i32> zeroinitializer
  %237 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %234, <8 x float> %207)
  %238 = load <8 x float>, ptr %46, align 4
  %239 = fmul <8 x float> %185, %238
  %240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %231, <8 x float> %196, <8 x float> %239)
  store <8 x float> %240, ptr %46, align 4
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %236, <8 x float> %240, <8 x float> %211)
  %242 = load float, ptr %49, align 4
  %243 = getelementptr inbounds float, ptr %kh, i64 %5
  %244 = load float, ptr %243, align 4
  %245 = insertelement <8 x float> poison, float %242, i64 0
  %246 = shufflevector <8 x float> %245, <8 x float> poison, <8 x i32> zeroinitializer
  %247 = load <8 x float>, ptr %51, align 4
  %248 = fmul <8 x float> %185, %247
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %190, <8 x float> %248)
  store <8 x float> %249, ptr %51, align 4
  %250 = insertelement <8 x float> poison, float %244, i64 0
  %251 = shufflevector <8 x float> %250, <8 x float> poison, <8 x i32> zeroinitializer
  %252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %251, <8 x float> %249, <8 x float> %222)
  %253 = load <8 x float>, ptr %56, align 4
  %254 = fmul <8 x float> %185, %253
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %196, <8 x float> %254)
  store <8 x float> %255, ptr %56, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %251, <8 x float> %255, <8 x float> %226)
  %257 = load float, ptr %59, align 4
  %258 = getelementptr inbounds float, ptr %kh, i64 %6
  %259 = load float, ptr %258, align 4
  %260 = insertelement <8 x float> poison, float %257, i64 0
  %261 = shufflevector <8 x float> %260, <8 x float> poison, <8 x i32> zeroinitializer
  %262 = load <8 x float>, ptr %61, align 4
  %263 = fmul <8 x float> %185, %262
  %264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %190, <8 x float> %263)
  store <8 x float> %264, ptr %61, align 4
  %265 = insertelement <8 x float> poison, float %259, i64 0
  %266 = shufflevector <8 x float> %265, <8 x float> poison, <8 x i32> zeroinitializer
  %267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %264, <8 x float> %237)
  %268 = load <8 x float>, ptr %66, align 4
  %269 = fmul <8 x float> %185, %268
  %270 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %261, <8 x float> %196, <8 x float> %269)
  store <8 x float> %270, ptr %66, align 4
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %266, <8 x float> %270, <8 x float> %241)
  %272 = load float, ptr %69, align 4
  %273 = getelementptr inbounds float, ptr %kh, i64 %7
  %274 = load float, ptr %273, align 4
  %275 = insertelement <8 x float> poison, float %272, i64 0
  %276 = shufflevector <8 x float> %275, <8 x float> poison, <8 x i32> zeroinitializer
  %277 = load <8 x float>, ptr %71, align 4
  %278 = fmul <8 x float> %185, %277
  %279 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %190, <8 x float> %278)
  store <8 x float> %279, ptr %71, align 4
  %280 = insertelement <8 x float> poison, float %274, i64 0
  %281 = shufflevector <8 x float> %280, <8 x float> poison, <8 x i32> zeroinitializer
  %282 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %281, <8 x float> %279, <8 x float> %252)
  %283 = load <8 x float>, ptr %76, align 4
  %284 = fmul <8 x float> %185, %283
  %285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %196, <8 x float> %284)
  store <8 x float> %285, ptr %76, align 4
  %286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %281, <8 x float> %285, <8 x float> %256)
  %287 = load float, ptr %79, align 4
  %288 = getelementptr inbounds float, ptr %kh, i64 %8
  %289 = load float, ptr %288, align 4
  %290 = insertelement <8 x float> poison, float %287, i64 0
  %291 = shufflevector <8 x float> %290, <8 x float> poison, <8 x i32> zeroinitializer
  %292 = load <8 x float>, ptr %81, align 4
  %293 = fmul <8 x float> %185, %292
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %291, <8 x float> %190, <8 x float> %293)
  store <8 x float> %294, ptr %81, align 4
  %295 = insertelement <8 x float> poison, float %289, i64 0
  %296 = shufflevector <8 x float> %295, <8 x float> poison, <8 x i32> zeroinitializer
  %297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %294, <8 x float> %267)
  %298 = load <8 x float>, ptr %86, align 4
  %299 = fmul <8 x float> %185, %298
  %300 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %291, <8 x float> %196, <8 x float> %299)
  store <8 x float> %300, ptr %86, align 4
  %301 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %296, <8 x float> %300, <8 x float> %271)
  %302 = load float, ptr %89, align 4
  %303 = getelementptr inbounds float, ptr %kh, i64 %9
  %304 = load float, ptr %303, align 4
  %305 = insertelement <8 x float> poison, float %302, i64 0
  %306 = shufflevector <8 x float> %305, <8 x float> poison, <8 x i32> zeroinitializer
  %307 = load <8 x float>, ptr %91, align 4
  %308 = fmul <8 x float> %185, %307
  %309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %190, <8 x float> %308)
  store <8 x float> %309, ptr %91, align 4
  %310 = insertelement <8 x float> poison, float %304, i64 0
  %311 = shufflevector <8 x float> %310, <8 x float> poison, <8 x i32> zeroinitializer
  %312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> %309, <8 x float> %282)
  %313 = load <8 x float>, ptr %96, align 4
  %314 = fmul <8 x float> %185, %313
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %196, <8 x float> %314)
  store <8 x float> %315, ptr %96, align 4
  %316 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %311, <8 x float> %315, <8 x float> %286)
  %317 = load float, ptr %99, align 4
  %318 = getelementptr inbounds float, ptr %kh, i64 %2
  %319 = load float, ptr %318, align 4
  %320 = insertelement <8 x float> poison, float %317, i64 0
  %321 = shufflevector <8 x float> %320, <8 x float> poison, <8 x i32> zeroinitializer
  %322 = load <8 x float>, ptr %101, align 4
  %323 = fmul <8 x float> %185, %322
  %324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %321, <8 x float> %190, <8 x float> %323)
  store <8 x float> %324, ptr %101, align 4
  %325 = insertelement <8 x float> poison, float %319, i64 0
  %326 = shufflevector <8 x float> %325, <8 x float> poison, <8 x i32> zeroinitializer
  %327 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %324, <8 x float> %297)
  %328 = load <8 x float>, ptr %106, align 4
  %329 = fmul <8 x float> %185, %328
  %330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %321, <8 x float> %196, <8 x float> %329)
  store <8 x float> %330, ptr %106, align 4
  %331 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %326, <8 x float> %330, <8 x float> %301)
  %332 = load float, ptr %109, align 4
  %333 = getelementptr inbounds float, ptr %kh, i64 %10
  %334 = load float, ptr %333, align 4
  %335 = insertelement <8 x float> poison, float %332, i64 0
  %336 = shufflevector <8 x float> %335, <8 x float> poison, <8 x i32> zeroinitializer
  %337 = load <8 x float>, ptr %111, align 4
  %338 = fmul <8 x float> %185, %337
  %339 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %190, <8 x float> %338)
  store <8 x float> %339, ptr %111, align 4
  %340 = insertelement <8 x float> poison, float %334, i64 0
  %341 = shufflevector <8 x float> %340, <8 x float> poison, <8 x i32> zeroinitializer
  %342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %341, <8 x float> %339, <8 x float> %312)
  %343 = load <8 x float>, ptr %116, align 4
  %344 = fmul <8 x float> %185, %343
  %345 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %196, <8 x float> %344)
  store <8 x float> %345, ptr %116, align 4
  %346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %341, <8 x float> %345, <8 x float> %316)
  %347 = load float, ptr %119, align 4
  %348 = getelementptr inbounds float, ptr %kh, i64 %11
  %349 = load float, ptr %348, align 4
  %350 = insertelement <8 x float> poison, float %347, i64 0
  %351 = shufflevector <8 x float> %350, <8 x float> poison, <8 x i32> zeroinitializer
  %352 = load <8 x float>, ptr %121, align 4
  %353 = fmul <8 x float> %185, %352
  %354 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %351, <8 x float> %190, <8 x float> %353)
  store <8 x float> %354, ptr %121, align 4
  %355 = insertelement <8 x float> poison, float %349, i64 0
  %356 = shufflevector <8 x float> %355, <8 x float> poison, <8 x i32> zeroinitializer
  %357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %356, <8 x float> %354, <8 x float> %327)
  %358 = load <8 x float>, ptr %126, align 4
  %359 = fmul <8 x float> %185, %358
  %360 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %351, <8 x float> %196, <8 x float> %359)
  store <8 x float> %360, ptr %126, align 4
  %361 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %356, <8 x float> %360, <8 x float> %331)
  %362 = load float, ptr %129, align 4
  %363 = getelementptr inbounds float, ptr %kh, i64 %12
  %364 = load float, ptr %363, align 4
  %365 = insertelement <8 x float> poison, float %362, i64 0
  %366 = shufflevector <8 x float> %365, <8 x float> poison, <8 x i32> zeroinitializer
  %367 = load <8 x float>, ptr %131, align 4
  %368 = fmul <8 x float> %185, %367
  %369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %190, <8 x float> %368)
  store <8 x float> %369, ptr %131, align 4
  %370 = insertelement <8 x float> poison, float %364, i64 0
  %371 = shufflevector <8 x float> %370, <8 x float> poison, <8 x i32> zeroinitializer
  %372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %371, <8 x float> %369, <8 x float> %342)
  %373 = load <8 x float>, ptr %136, align 4
  %374 = fmul <8 x float> %185, %373
  %375 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %196, <8 x float> %374)
  store <8 x float> %375, ptr %136, align 4
  %376 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %371, <8 x float> %375, <8 x float> %346)
  %377 = load float, ptr %139, align 4
  %378 = getelementptr inbounds float, ptr %kh, i64 %13
  %379 = load float, ptr %378, align 4
  %380 = insertelement <8 x float> poison, float %377, i64 0
  %381 = shufflevector <8 x float> %380, <8 x float> poison, <8 x i32> zeroinitializer
  %382 = load <8 x float>, ptr %141, align 4
  %383 = fmul <8 x float> %185, %382
  %384 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %381, <8 x float> %190, <8 x float> %383)
  store <8 x float> %384, ptr %141, align 4
  %385 = insertelement <8 x float> poison, float %379, i64 0
  %386 = shufflevector <8 x float> %385, <8 x float> poison, <8 x i32> zeroinitializer
  %387 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %384, <8 x float> %357)
  %388 = load <8 x float>, ptr %146, align 4
  %389 = fmul <8 x float> %185, %388
  %390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %381, <8 x float> %196, <8 x float> %389)
  store <8 x float> %390, ptr %146, align 4
  %391 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %390, <8 x float> %361)
  %392 = load float, ptr %149, align 4
  %393 = getelementptr inbounds float, ptr %kh, i64 %14
  %394 = load float, ptr %393, align 4
  %395 = insertelement <8 x float> poison, float %392, i64 0
  %396 = shufflevector <8 x float> %395, <8 x float> poison, <8 x i32> zeroinitializer
  %397 = load <8 x float>, ptr %151, align 4
  %398 = fmul <8 x float> %185, %397
  %399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %190, <8 x float> %398)
  store <8 x float> %399, ptr %151, align 4
  %400 = insertelement <8 x float> poison, float %394, i64 0
  %401 = shufflevector <8 x float> %400, <8 x float> poison, <8 x i32> zeroinitializer
  %402 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %401, <8 x float> %399, <8 x float> %372)
  %403 = load <8 x float>, ptr %156, align 4
  %404 = fmul <8 x float> %185, %403
  %405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %196, <8 x float> %404)
  store <8 x float> %405, ptr %156, align 4
  %406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %401, <8 x float> %405, <8 x float> %376)
  %407 = load float, ptr %159, align 4
  %408 = getelementptr inbounds float, ptr %kh, i64 %15
  %409 = load float, ptr %408, align 4
  %410 = insertelement <8 x float> poison, float %407, i64 0
  %411 = shufflevector <8 x float> %410, <8 x float> poison, <8 x i32> zeroinitializer
  %412 = load <8 x float>, ptr %161, align 4
  %413 = fmul <8 x float> %185, %412
  %414 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %411, <8 x float> %190, <8 x float> %413)
  store <8 x float> %414, ptr %161, align 4
  %415 = insertelement <8 x float> poison, float %409, i64 0
  %416 = shufflevector <8 x float> %415, <8 x float> poison, <8 x i32> zeroinitializer
  %417 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %416, <8 x float> %414, <8 x float> %387)
  %418 = load <8 x float>, ptr %166, align 4
  %419 = fmul <8 x float> %185, %418
  %420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %411, <8 x float> %196, <8 x float> %419)
  store <8 x float> %420, ptr %166, align 4
  %421 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %416, <8 x float> %420, <8 x float> %391)
  %422 = load float, ptr %169, align 4
  %423 = getelementptr inbounds float, ptr %kh, i64 %16
  %424 = load float, ptr %423, align 4
  %425 = insertelement <8 x float> poison, float %422, i64 0
  %426 = shufflevector <8 x float> %425, <8 x float> poison, <8 x i32> zeroinitializer
  %427 = load <8 x float>, ptr %171, align 4
  %428 = fmul <8 x float> %185, %427
  %429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %190, <8 x float> %428)
  store <8 x float> %429, ptr %171, align 4
  %430 = insertelement <8 x float> poison, float %424, i64 0
  %431 = shufflevector <8 x float> %430, <8 x float> poison, <8 x i32> zeroinitializer
  %432 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %429, <8 x float> %402)
  %433 = load <8 x float>, ptr %176, align 4
  %434 = fmul <8 x float> %185, %433
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %426, <8 x float> %196, <8 x float> %434)
  store <8 x float> %435, ptr %176, align 4
  %436 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %431, <8 x float> %435, <8 x float> %406)
  %qh = getelementptr inbounds float, ptr %q, i64 %19
  %437 = getelementptr inbounds float, ptr %betah, i64 %H
  %438 = load float, ptr %437, align 4
  %439 = getelementptr inbounds float, ptr %vh, i64 %sq
  %440 = load <8 x float>, ptr %439, align 4
  %441 = fadd <8 x float> %432, %417
  %442 = fsub <8 x float> %440, %441
  %443 = insertelement <8 x float> poison, float %438, i64 0
  %444 = shufflevector <8 x float> %443, <8 x float> poison, <8 x i32> zeroinitializer
  %445 = fmul <8 x float> %444, %442
  %446 = getelementptr inbounds float, ptr %vh, i64 %2
  %447 = load <8 x float>, ptr %446, align 4
  %448 = fadd <8 x float> %436, %421
  %449 = fsub <8 x float> %447, %448
  %450 = fmul <8 x float> %444, %449
  %451 = load float, ptr %198, align 4
  %452 = load float, ptr %qh, align 4
  %453 = insertelement <8 x float> poison, float %451, i64 0
  %454 = shufflevector <8 x float> %453, <8 x float> poison, <8 x i32> zeroinitializer
  %455 = load <8 x float>, ptr %S, align 4
  %456 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %454, <8 x float> %445, <8 x float> %455)
  store <8 x float> %456, ptr %S, align 4
  %457 = insertelement <8 x float> poison, float %452, i64 0
  %458 = shufflevector <8 x float> %457, <8 x float> poison, <8 x i32> zeroinitializer
  %459 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %456, <8 x float> zeroinitializer)
  %460 = load <8 x float>, ptr %26, align 4
  %461 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %454, <8 x float> %450, <8 x float> %460)
  store <8 x float> %461, ptr %26, align 4
  %462 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %458, <8 x float> %461, <8 x float> zeroinitializer)
  %463 = load float, ptr %213, align 4
  %464 = getelementptr inbounds i8, ptr %qh, i64 4
  %465 = load float, ptr %464, align 4
  %466 = insertelement <8 x float> poison, float %463, i64 0
  %467 = shufflevector <8 x float> %466, <8 x float> poison, <8 x i32> zeroinitializer
  %468 = load <8 x float>, ptr %31, align 4
  %469 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %445, <8 x float> %468)
  store <8 x float> %469, ptr %31, align 4
  %470 = insertelement <8 x float> poison, float %465, i64 0
  %471 = shufflevector <8 x float> %470, <8 x float> poison, <8 x i32> zeroinitializer
  %472 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> %469, <8 x float> %459)
  %473 = load <8 x float>, ptr %36, align 4
  %474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %450, <8 x float> %473)
  store <8 x float> %474, ptr %36, align 4
  %475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %471, <8 x float> %474, <8 x float> %462)
  %476 = load float, ptr %228, align 4
  %477 = getelementptr inbounds i8, ptr %qh, i64 8
  %478 = load float, ptr %477, align 4
  %479 = insertelement <8 x float> poison, float %476, i64 0
  %480 = shufflevector <8 x float> %479, <8 x float> poison, <8 x i32> zeroinitializer
  %481 = load <8 x float>, ptr %41, align 4
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %445, <8 x float> %481)
  store <8 x float> %482, ptr %41, align 4
  %483 = insertelement <8 x float> poison, float %478, i64 0
  %484 = shufflevector <8 x float> %483, <8 x float> poison, <8 x i32> zeroinitializer
  %485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %484, <8 x float> %482, <8 x float> %472)
  %486 = load <8 x float>, ptr %46, align 4
  %487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %480, <8 x float> %450, <8 x float> %486)
  store <8 x float> %487, ptr %46, align 4
  %488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %484, <8 x float> %487, <8 x float> %475)
  %489 = load float, ptr %243, align 4
  %490 = getelementptr inbounds i8, ptr %qh, i64 12
  %491 = load float, ptr %490, align 4
  %492 = insertelement <8 x float> poison, float %489, i64 0
  %493 = shufflevector <8 x float> %492, <8 x float> poison, <8 x i32> zeroinitializer
  %494 = load <8 x float>, ptr %51, align 4
  %495 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %445, <8 x float> %494)
  store <8 x float> %495, ptr %51, align 4
  %496 = insertelement <8 x float> poison, float %491, i64 0
  %497 = shufflevector <8 x float> %496, <8 x float> poison, <8 x i32> zeroinitializer
  %498 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %497, <8 x float> %495, <8 x float> %485)
  %499 = load <8 x float>, ptr %56, align 4
  %500 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %450, <8 x float> %499)
  store <8 x float> %500, ptr %56, align 4
  %501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %497, <8 x float> %500, <8 x float> %488)
  %502 = load float, ptr %258, align 4
  %503 = getelementptr inbounds i8, ptr %qh, i64 16
  %504 = load float, ptr %503, align 4
  %505 = insertelement <8 x float> poison, float %502, i64 0
  %506 = shufflevector <8 x float> %505, <8 x float> poison, <8 x i32> zeroinitializer
  %507 = load <8 x float>, ptr %61, align 4
  %508 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %506, <8 x float> %445, <8 x float> %507)
  store <8 x float> %508, ptr %61, align 4
  %509 = insertelement <8 x float> poison, float %504, i64 0
  %510 = shufflevector <8 x float> %509, <8 x float> poison, <8 x i32> zeroinitializer
  %511 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %508, <8 x float> %498)
  %512 = load <8 x float>, ptr %66, align 4
  %513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %506, <8 x float> %450, <8 x float> %512)
  store <8 x float> %513, ptr %66, align 4
  %514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %510, <8 x float> %513, <8 x float> %501)
  %515 = load float, ptr %273, align 4
  %516 = getelementptr inbounds i8, ptr %qh, i64 20
  %517 = load float, ptr %516, align 4
  %518 = insertelement <8 x float> poison, float %515, i64 0
  %519 = shufflevector <8 x float> %518, <8 x float> poison, <8 x i32> zeroinitializer
  %520 = load <8 x float>, ptr %71, align 4
  %521 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %519, <8 x float> %445, <8 x float> %520)
  store <8 x float> %521, ptr %71, align 4
  %522 = insertelement <8 x float> poison, float %517, i64 0
  %523 = shufflevector <8 x float> %522, <8 x float> poison, <8 x i32> zeroinitializer
  %524 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %521, <8 x float> %511)
  %525 = load <8 x float>, ptr %76, align 4
  %526 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %519, <8 x float> %450, <8 x float> %525)
  store <8 x float> %526, ptr %76, align 4
  %527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %526, <8 x float> %514)
  %528 = load float, ptr %288, align 4
  %529 = getelementptr inbounds i8, ptr %qh, i64 24
  %530 = load float, ptr %529, align 4
  %531 = insertelement <8 x float> poison, float %528, i64 0
  %532 = shufflevector <8 x float> %531, <8 x float> poison, <8 x i32> zeroinitializer
  %533 = load <8 x float>, ptr %81, align 4
  %534 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %532, <8 x float> %445, <8 x float> %533)
  store <8 x float> %534, ptr %81, align 4
  %535 = insertelement <8 x float> poison, float %530, i64 0
  %536 = shufflevector <8 x float> %535, <8 x float> poison, <8 x i32> zeroinitializer
  %537 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %536, <8 x float> %534, <8 x float> %524)
  %538 = load <8 x float>, ptr %86, align 4
  %539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %532, <8 x float> %450, <8 x float> %538)
  store <8 x float> %539, ptr %86, align 4
  %540 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %536, <8 x float> %539, <8 x float> %527)
  %541 = load float, ptr %303, align 4
  %542 = getelementptr inbounds i8, ptr %qh, i64 28
  %543 = load float, ptr %542, align 4
  %544 = insertelement <8 x float> poison, float %541, i64 0
  %545 = shufflevector <8 x float> %544, <8 x float> poison, <8 x i32> zeroinitializer
  %546 = load <8 x float>, ptr %91, align 4
  %547 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %545, <8 x float> %445, <8 x float> %546)
  store <8 x float> %547, ptr %91, align 4
  %548 = insertelement <8 x float> poison, float %543, i64 0
  %549 = shufflevector <8 x float> %548, <8 x float> poison, <8 x i32> zeroinitializer
  %550 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %547, <8 x float> %537)
  %551 = load <8 x float>, ptr %96, align 4
  %552 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %545, <8 x float> %450, <8 x float> %551)
  store <8 x float> %552, ptr %96, align 4
  %553 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %552, <8 x float> %540)
  %554 = load float, ptr %318, align 4
  %555 = getelementptr inbounds i8, ptr %qh, i64 32
  %556 = load float, ptr %555, align 4
  %557 = insertelement <8 x float> poison, float %554, i64 0
  %558 = shufflevector <8 x float> %557, <8 x float> poison, <8 x i32> zeroinitializer
  %559 = load <8 x float>, ptr %101, align 4
  %560 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> %445, <8 x float> %559)
  store <8 x float> %560, ptr %101, align 4
  %561 = insertelement <8 x float> poison, float %556, i64 0
  %562 = shufflevector <8 x float> %561, <8 x float> poison, <8 x i32> zeroinitializer
  %563 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %560, <8 x float> %550)
  %564 = load <8 x float>, ptr %106, align 4
  %565 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %558, <8 x float> %450, <8 x float> %564)
  store <8 x float> %565, ptr %106, align 4
  %566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %565, <8 x float> %553)
  %567 = load float, ptr %333, align 4
  %568 = getelementptr inbounds i8, ptr %qh, i64 36
  %569 = load float, ptr %568, align 4
  %570 = insertelement <8 x float> poison, float %567, i64 0
  %571 = shufflevector <8 x float> %570, <8 x float> poison, <8 x i32> zeroinitializer
  %572 = load <8 x float>, ptr %111, align 4
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %571, <8 x float> %445, <8 x float> %572)
  store <8 x float> %573, ptr %111, align 4
  %574 = insertelement <8 x float> poison, float %569, i64 0
  %575 = shufflevector <8 x float> %574, <8 x float> poison, <8 x i32> zeroinitializer
  %576 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %575, <8 x float> %573, <8 x float> %563)
  %577 = load <8 x float>, ptr %116, align 4
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %571, <8 x float> %450, <8 x float> %577)
  store <8 x float> %578, ptr %116, align 4
  %579 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %575, <8 x float> %578, <8 x float> %566)
  %580 = load float, ptr %348, align 4
  %581 = getelementptr inbounds i8, ptr %qh, i64 40
  %582 = load float, ptr %581, align 4
  %583 = insertelement <8 x float> poison, float %580, i64 0
  %584 = shufflevector <8 x float> %583, <8 x float> poison, <8 x i32> zeroinitializer
  %585 = load <8 x float>, ptr %121, align 4
  %586 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %584, <8 x float> %445, <8 x float> %585)
  store <8 x float> %586, ptr %121, align 4
  %587 = insertelement <8 x float> poison, float %582, i64 0
  %588 = shufflevector <8 x float> %587, <8 x float> poison, <8 x i32> zeroinitializer
  %589 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %588, <8 x float> %586, <8 x float> %576)
  %590 = load <8 x float>, ptr %126, align 4
  %591 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %584, <8 x float> %450, <8 x float> %590)
  store <8 x float> %591, ptr %126, align 4
  %592 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %588, <8 x float> %591, <8 x float> %579)
  %593 = load float, ptr %363, align 4
  %594 = getelementptr inbounds i8, ptr %qh, i64 44
  %595 = load float, ptr %594, align 4
  %596 = insertelement <8 x float> poison, float %593, i64 0
  %597 = shufflevector <8 x float> %596, <8 x float> poison, <8 x i32> zeroinitializer
  %598 = load <8 x float>, ptr %131, align 4
  %599 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %445, <8 x float> %598)
  store <8 x float> %599, ptr %131, align 4
  %600 = insertelement <8 x float> poison, float %595, i64 0
  %601 = shufflevector <8 x float> %600, <8 x float> poison, <8 x i32> zeroinitializer
  %602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %601, <8 x float> %599, <8 x float> %589)
  %603 = load <8 x float>, ptr %136, align 4
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %450, <8 x float> %603)
  store <8 x float> %604, ptr %136, align 4
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %601, <8 x float> %604, <8 x float> %592)
  %606 = load float, ptr %378, align 4
  %607 = getelementptr inbounds i8, ptr %qh, i64 48
  %608 = load float, ptr %607, align 4
  %609 = insertelement <8 x float> poison, float %606, i64 0
  %610 = shufflevector <8 x float> %609, <8 x float> poison, <8 x i32> zeroinitializer
  %611 = load <8 x float>, ptr %141, align 4
  %612 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %610, <8 x float> %445, <8 x float> %611)
  store <8 x float> %612, ptr %141, align 4
  %613 = insertelement <8 x float> poison, float %608, i64 0
  %614 = shufflevector <8 x float> %613, <8 x float> poison, <8 x i32> zeroinitializer
  %615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %612, <8 x float> %602)
  %616 = load <8 x float>, ptr %146, align 4
  %617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %610, <8 x float> %450, <8 x float> %616)
  store <8 x float> %617, ptr %146, align 4
  %618 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %617, <8 x float> %605)
  %619 = load float, ptr %393, align 4
  %620 = getelementptr inbounds i8, ptr %qh, i64 52
  %621 = load float, ptr %620, align 4
  %622 = insertelement <8 x float> poison, float %619, i64 0
  %623 = shufflevector <8 x float> %622, <8 x float> poison, <8 x i32> zeroinitializer
  %624 = load <8 x float>, ptr %151, align 4
  %625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %623, <8 x float> %445, <8 x float> %624)
  store <8 x float> %625, ptr %151, align 4
  %626 = insertelement <8 x float> poison, float %621, i64 0
  %627 = shufflevector <8 x float> %626, <8 x float> poison, <8 x i32> zeroinitializer
  %628 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %627, <8 x float> %625, <8 x float> %615)
  %629 = load <8 x float>, ptr %156, align 4
  %630 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %623, <8 x float> %450, <8 x float> %629)
  store <8 x float> %630, ptr %156, align 4
  %631 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %627, <8 x float> %630, <8 x float> %618)
  %632 = load float, ptr %408, align 4
  %633 = getelementptr inbounds i8, ptr %qh, i64 56
  %634 = load float, ptr %633, align 4
  %635 = insertelement <8 x float> poison, float %632, i64 0
  %636 = shufflevector <8 x float> %635, <8 x float> poison, <8 x i32> zeroinitializer
  %637 = load <8 x float>, ptr %161, align 4
  %638 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %636, <8 x float> %445, <8 x float> %637)
  store <8 x float> %638, ptr %161, align 4
  %639 = insertelement <8 x float> poison, float %634, i64 0
  %640 = shufflevector <8 x float> %639, <8 x float> poison, <8 x i32> zeroinitializer
  %641 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %640, <8 x float> %638, <8 x float> %628)
  %642 = load <8 x float>, ptr %166, align 4
  %643 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %636, <8 x float> %450, <8 x float> %642)
  store <8 x float> %643, ptr %166, align 4
  %644 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %640, <8 x float> %643, <8 x float> %631)
  %645 = load float, ptr %423, align 4
  %646 = getelementptr inbounds i8, ptr %qh, i64 60
  %647 = load float, ptr %646, align 4
  %648 = insertelement <8 x float> poison, float %645, i64 0
  %649 = shufflevector <8 x float> %648, <8 x float> poison, <8 x i32> zeroinitializer
  %650 = load <8 x float>, ptr %171, align 4
  %651 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> %445, <8 x float> %650)
  store <8 x float> %651, ptr %171, align 4
  %652 = insertelement <8 x float> poison, float %647, i64 0
  %653 = shufflevector <8 x float> %652, <8 x float> poison, <8 x i32> zeroinitializer
  %654 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %653, <8 x float> %651, <8 x float> %641)
  %655 = load <8 x float>, ptr %176, align 4
  %656 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %649, <8 x float> %450, <8 x float> %655)
  store <8 x float> %656, ptr %176, align 4
  %657 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %653, <8 x float> %656, <8 x float> %644)
  %oh = getelementptr inbounds float, ptr %o, i64 %19
  %658 = fmul <8 x float> %654, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  store <8 x float> %658, ptr %oh, align 4
  %659 = fmul <8 x float> %657, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %660 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %659, ptr %660, align 4
  %bh.next = add nsw i64 %bh.addr.0114, 1
  %exitcond.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond.not, label %bh.exit, label %bh.body

bh.exit:                                          ; preds = %bh.body, %entry
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
