; ---- dp_fwd_h2_k32_v32_r64_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r64_gate'
source_filename = "dp_fwd_h2_k32_v32_r64_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_r64_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %alphas = getelementptr inbounds i8, ptr %work, i64 4096
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 6
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %4, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i5.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i5.head.preheader ]
  %bh.addr.0127 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep147 = getelementptr i8, ptr %hT, i64 %10
  %scevgep142 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0127, %H
  %h = srem i64 %bh.addr.0127, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep142, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep162 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t1.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep147, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0127, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond148.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond148.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t1.exit
  %ci.addr.0124 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t1.exit ]
  %17 = shl nuw nsw i64 %ci.addr.0124, 6
  %18 = add nuw i64 %17, 64
  %smin = tail call i64 @llvm.smin.i64(i64 %T, i64 %18)
  %smax175 = tail call i64 @llvm.smax.i64(i64 %smin, i64 %17)
  %19 = mul nsw i64 %ci.addr.0124, -64
  %20 = or disjoint i64 %19, 1
  %21 = add i64 %smax175, %20
  %22 = add i64 %6, %ci.addr.0124
  %23 = shl i64 %22, 12
  %gep163 = getelementptr i8, ptr %invariant.gep162, i64 %23
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep163, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0124, 6
  %24 = add nuw nsw i64 %t0, 64
  %t1 = tail call i64 @llvm.smin.i64(i64 %24, i64 %T)
  %.not104 = icmp sgt i64 %t0, %T
  br i1 %.not104, label %i2.head.preheader, label %t.body.preheader

t.body.preheader:                                 ; preds = %i1.head.preheader
  %min.iters.check = icmp ult i64 %21, 8
  br i1 %min.iters.check, label %t.body.preheader176, label %vector.ph

t.body.preheader176:                              ; preds = %middle.block, %t.body.preheader
  %t.addr.0105.ph = phi i64 [ %t0, %t.body.preheader ], [ %ind.end, %middle.block ]
  br label %t.body

vector.ph:                                        ; preds = %t.body.preheader
  %n.vec = and i64 %21, -8
  %ind.end = add i64 %t0, %n.vec
  %.splatinsert = insertelement <8 x i64> poison, i64 %t0, i64 0
  %.splat = shufflevector <8 x i64> %.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %induction = or disjoint <8 x i64> %.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %vec.ind = phi <8 x i64> [ %induction, %vector.ph ], [ %vec.ind.next, %vector.body ]
  %25 = tail call <8 x i64> @llvm.smin.v8i64(<8 x i64> %vec.ind, <8 x i64> %broadcast.splat)
  %26 = extractelement <8 x i64> %25, i64 0
  %27 = mul nsw i64 %26, %H
  %28 = extractelement <8 x i64> %25, i64 1
  %29 = mul nsw i64 %28, %H
  %30 = extractelement <8 x i64> %25, i64 2
  %31 = mul nsw i64 %30, %H
  %32 = extractelement <8 x i64> %25, i64 3
  %33 = mul nsw i64 %32, %H
  %34 = extractelement <8 x i64> %25, i64 4
  %35 = mul nsw i64 %34, %H
  %36 = extractelement <8 x i64> %25, i64 5
  %37 = mul nsw i64 %36, %H
  %38 = extractelement <8 x i64> %25, i64 6
  %39 = mul nsw i64 %38, %H
  %40 = extractelement <8 x i64> %25, i64 7
  %41 = mul nsw i64 %40, %H
  %42 = getelementptr inbounds float, ptr %gh, i64 %27
  %43 = getelementptr inbounds float, ptr %gh, i64 %29
  %44 = getelementptr inbounds float, ptr %gh, i64 %31
  %45 = getelementptr inbounds float, ptr %gh, i64 %33
  %46 = getelementptr inbounds float, ptr %gh, i64 %35
  %47 = getelementptr inbounds float, ptr %gh, i64 %37
  %48 = getelementptr inbounds float, ptr %gh, i64 %39
  %49 = getelementptr inbounds float, ptr %gh, i64 %41
  %50 = load float, ptr %42, align 4
  %51 = load float, ptr %43, align 4
  %52 = load float, ptr %44, align 4
  %53 = load float, ptr %45, align 4
  %54 = load float, ptr %46, align 4
  %55 = load float, ptr %47, align 4
  %56 = load float, ptr %48, align 4
  %57 = load float, ptr %49, align 4
  %58 = insertelement <8 x float> poison, float %50, i64 0
  %59 = insertelement <8 x float> %58, float %51, i64 1
  %60 = insertelement <8 x float> %59, float %52, i64 2
  %61 = insertelement <8 x float> %60, float %53, i64 3
  %62 = insertelement <8 x float> %61, float %54, i64 4
  %63 = insertelement <8 x float> %62, float %55, i64 5
  %64 = insertelement <8 x float> %63, float %56, i64 6
  %65 = insertelement <8 x float> %64, float %57, i64 7
  %66 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %65, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %67 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %66, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %68 = fmul <8 x float> %67, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %69 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %68)
  %70 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %69, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %67)
  %71 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %69, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %70)
  %72 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %71, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %73 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %71, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %74 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %73, <8 x float> %71, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %75 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %71, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %76 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %75, <8 x float> %71, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %77 = fmul <8 x float> %71, %71
  %78 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %76, <8 x float> %77, <8 x float> %71)
  %79 = fadd <8 x float> %78, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %80 = fptosi <8 x float> %69 to <8 x i32>
  %81 = shl <8 x i32> %80, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %82 = add <8 x i32> %81, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %83 = bitcast <8 x i32> %82 to <8 x float>
  %84 = fmul <8 x float> %79, %83
  %85 = getelementptr inbounds float, ptr %alphas, i64 %index
  store <8 x float> %84, ptr %85, align 4
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %86 = icmp eq i64 %index.next, %n.vec
  br i1 %86, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %21, %n.vec
  br i1 %cmp.n, label %i2.head.preheader, label %t.body.preheader176

i2.head.preheader:                                ; preds = %t.body, %middle.block, %i1.head.preheader
  %87 = shl nsw i64 %ci.addr.0124, 7
  %88 = mul nsw i64 %87, %sq
  br label %i2.body

t.body:                                           ; preds = %t.body.preheader176, %t.body
  %t.addr.0105 = phi i64 [ %t.next, %t.body ], [ %t.addr.0105.ph, %t.body.preheader176 ]
  %89 = tail call i64 @llvm.smin.i64(i64 %t.addr.0105, i64 %4)
  %90 = mul nsw i64 %89, %H
  %91 = getelementptr inbounds float, ptr %gh, i64 %90
  %92 = load float, ptr %91, align 4
  %93 = tail call float @llvm.maxnum.f32(float %92, float 0xC055D51EC0000000)
  %94 = tail call float @llvm.minnum.f32(float %93, float 8.800000e+01)
  %95 = fmul float %94, 0x3FF7154760000000
  %96 = tail call float @llvm.rint.f32(float %95)
  %97 = tail call float @llvm.fma.f32(float %96, float 0xBFE6300000000000, float %94)
  %98 = tail call float @llvm.fma.f32(float %96, float 0x3F2BD01060000000, float %97)
  %99 = tail call float @llvm.fma.f32(float %98, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %100 = tail call float @llvm.fma.f32(float %99, float %98, float 0x3F81112100000000)
  %101 = tail call float @llvm.fma.f32(float %100, float %98, float 0x3FA5553820000000)
  %102 = tail call float @llvm.fma.f32(float %101, float %98, float 0x3FC5555540000000)
  %103 = tail call float @llvm.fma.f32(float %102, float %98, float 5.000000e-01)
  %104 = fmul float %98, %98
  %105 = tail call float @llvm.fma.f32(float %103, float %104, float %98)
  %106 = fadd float %105, 1.000000e+00
  %107 = fptosi float %96 to i32
  %108 = shl i32 %107, 23
  %109 = add i32 %108, 1065353216
  %110 = bitcast i32 %109 to float
  %111 = fmul float %106, %110
  %112 = sub nuw nsw i64 %t.addr.0105, %t0
  %113 = getelementptr inbounds float, ptr %alphas, i64 %112
  store float %111, ptr %113, align 4
  %t.next = add nuw nsw i64 %t.addr.0105, 1
  %.not.not = icmp slt i64 %t.addr.0105, %t1
  br i1 %.not.not, label %t.body, label %i2.head.preheader, !llvm.loop !3

i2.body:                                          ; preds = %i2.body, %i2.head.preheader
  %acc.0110 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %149, %i2.body ]
  %acc1.0109 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %153, %i2.body ]
  %acc2.0108 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %163, %i2.body ]
  %acc3.0107 = phi <16 x float> [ zeroinitializer, %i2.head.preheader ], [ %167, %i2.body ]
  %i2.addr.0106 = phi i64 [ 0, %i2.head.preheader ], [ %i2.next.1, %i2.body ]
  %114 = or disjoint i64 %i2.addr.0106, %88
  %115 = getelementptr inbounds float, ptr %kh, i64 %114
  %116 = load float, ptr %115, align 4
  %117 = shl nuw nsw i64 %i2.addr.0106, 5
  %118 = getelementptr inbounds float, ptr %work, i64 %117
  %119 = load <16 x float>, ptr %118, align 4
  %120 = insertelement <16 x float> poison, float %116, i64 0
  %121 = shufflevector <16 x float> %120, <16 x float> poison, <16 x i32> zeroinitializer
  %122 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %121, <16 x float> %119, <16 x float> %acc.0110)
  %123 = or disjoint i64 %117, 16
  %124 = getelementptr inbounds float, ptr %work, i64 %123
  %125 = load <16 x float>, ptr %124, align 4
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %121, <16 x float> %125, <16 x float> %acc1.0109)
  %127 = or disjoint i64 %i2.addr.0106, 1
  %128 = or disjoint i64 %127, %88
  %129 = getelementptr inbounds float, ptr %kh, i64 %128
  %130 = load float, ptr %129, align 4
  %131 = shl nuw nsw i64 %127, 5
  %132 = getelementptr inbounds float, ptr %work, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = insertelement <16 x float> poison, float %130, i64 0
  %135 = shufflevector <16 x float> %134, <16 x float> poison, <16 x i32> zeroinitializer
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %133, <16 x float> %acc2.0108)
  %137 = or disjoint i64 %131, 16
  %138 = getelementptr inbounds float, ptr %work, i64 %137
  %139 = load <16 x float>, ptr %138, align 4
  %140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %139, <16 x float> %acc3.0107)
  %i2.next = or disjoint i64 %i2.addr.0106, 2
  %141 = or disjoint i64 %i2.next, %88
  %142 = getelementptr inbounds float, ptr %kh, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = shl nuw nsw i64 %i2.next, 5
  %145 = getelementptr inbounds float, ptr %work, i64 %144
  %146 = load <16 x float>, ptr %145, align 4
  %147 = insertelement <16 x float> poison, float %143, i64 0
  %148 = shufflevector <16 x float> %147, <16 x float> poison, <16 x i32> zeroinitializer
  %149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %148, <16 x float> %146, <16 x float> %122)
  %150 = or disjoint i64 %144, 16
  %151 = getelementptr inbounds float, ptr %work, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %148, <16 x float> %152, <16 x float> %126)
  %154 = or disjoint i64 %i2.addr.0106, 3
  %155 = or disjoint i64 %154, %88
  %156 = getelementptr inbounds float, ptr %kh, i64 %155
  %157 = load float, ptr %156, align 4
  %158 = shl nuw nsw i64 %154, 5
  %159 = getelementptr inbounds float, ptr %work, i64 %158
  %160 = load <16 x float>, ptr %159, align 4
  %161 = insertelement <16 x float> poison, float %157, i64 0
  %162 = shufflevector <16 x float> %161, <16 x float> poison, <16 x i32> zeroinitializer
  %163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %160, <16 x float> %136)
  %164 = or disjoint i64 %158, 16
  %165 = getelementptr inbounds float, ptr %work, i64 %164
  %166 = load <16 x float>, ptr %165, align 4
  %167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %166, <16 x float> %140)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0106, 4
  %168 = icmp ult i64 %i2.next, 30
  br i1 %168, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %169 = icmp slt i64 %t0, %T
  br i1 %169, label %t1.body.preheader, label %t1.exit

t1.body.preheader:                                ; preds = %i2.exit
  %170 = mul nsw i64 %87, %H
  %171 = getelementptr inbounds float, ptr %betah, i64 %170
  %172 = load float, ptr %171, align 4
  %173 = insertelement <16 x float> poison, float %172, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = or disjoint i64 %88, 16
  %176 = getelementptr inbounds float, ptr %vh, i64 %175
  %177 = load <16 x float>, ptr %176, align 4
  %178 = fadd <16 x float> %167, %153
  %179 = load float, ptr %alphas, align 4
  %180 = insertelement <16 x float> poison, float %179, i64 0
  %181 = shufflevector <16 x float> %180, <16 x float> poison, <16 x i32> zeroinitializer
  %182 = fmul <16 x float> %178, %181
  %183 = fsub <16 x float> %177, %182
  %184 = fmul <16 x float> %174, %183
  %185 = getelementptr inbounds float, ptr %vh, i64 %88
  %186 = load <16 x float>, ptr %185, align 4
  %187 = fadd <16 x float> %163, %149
  %188 = fmul <16 x float> %187, %181
  %189 = fsub <16 x float> %186, %188
  %190 = fmul <16 x float> %174, %189
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %i4.exit
  %delta.0123 = phi <16 x float> [ %329, %i4.exit ], [ %190, %t1.body.preheader ]
  %delta1.0122 = phi <16 x float> [ %338, %i4.exit ], [ %184, %t1.body.preheader ]
  %t1.addr.0121 = phi i64 [ %194, %i4.exit ], [ %t0, %t1.body.preheader ]
  %191 = sub nuw nsw i64 %t1.addr.0121, %t0
  %192 = getelementptr inbounds float, ptr %alphas, i64 %191
  %193 = load float, ptr %192, align 4
  %194 = add nuw nsw i64 %t1.addr.0121, 1
  %195 = shl nuw nsw i64 %t1.addr.0121, 1
  %196 = mul nsw i64 %195, %sq
  %197 = or disjoint i64 %195, 1
  %198 = mul nsw i64 %197, %sq
  %199 = insertelement <16 x float> poison, float %193, i64 0
  %200 = shufflevector <16 x float> %199, <16 x float> poison, <16 x i32> zeroinitializer
  br label %i3.body

t1.exit:                                          ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0124, 1
  %exitcond145.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond145.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t1.body, %i3.body
  %i3.addr.0115 = phi i64 [ 0, %t1.body ], [ %i3.next, %i3.body ]
  %acc7.0114 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %245, %i3.body ]
  %acc6.0113 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %239, %i3.body ]
  %acc5.0112 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %222, %i3.body ]
  %acc419.0111 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %216, %i3.body ]
  %201 = or disjoint i64 %i3.addr.0115, %196
  %202 = getelementptr inbounds float, ptr %kh, i64 %201
  %203 = load float, ptr %202, align 4
  %204 = or disjoint i64 %i3.addr.0115, %198
  %205 = getelementptr inbounds float, ptr %kh, i64 %204
  %206 = load float, ptr %205, align 4
  %207 = insertelement <16 x float> poison, float %203, i64 0
  %208 = shufflevector <16 x float> %207, <16 x float> poison, <16 x i32> zeroinitializer
  %209 = shl nuw nsw i64 %i3.addr.0115, 5
  %210 = getelementptr inbounds float, ptr %work, i64 %209
  %211 = load <16 x float>, ptr %210, align 4
  %212 = fmul <16 x float> %200, %211
  %213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %delta.0123, <16 x float> %212)
  store <16 x float> %213, ptr %210, align 4
  %214 = insertelement <16 x float> poison, float %206, i64 0
  %215 = shufflevector <16 x float> %214, <16 x float> poison, <16 x i32> zeroinitializer
  %216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %215, <16 x float> %213, <16 x float> %acc419.0111)
  %217 = or disjoint i64 %209, 16
  %218 = getelementptr inbounds float, ptr %work, i64 %217
  %219 = load <16 x float>, ptr %218, align 4
  %220 = fmul <16 x float> %200, %219
  %221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %delta1.0122, <16 x float> %220)
  store <16 x float> %221, ptr %218, align 4
  %222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %215, <16 x float> %221, <16 x float> %acc5.0112)
  %223 = or disjoint i64 %i3.addr.0115, 1
  %224 = or disjoint i64 %223, %196
  %225 = getelementptr inbounds float, ptr %kh, i64 %224
  %226 = load float, ptr %225, align 4
  %227 = or disjoint i64 %223, %198
  %228 = getelementptr inbounds float, ptr %kh, i64 %227
  %229 = load float, ptr %228, align 4
  %230 = insertelement <16 x float> poison, float %226, i64 0
  %231 = shufflevector <16 x float> %230, <16 x float> poison, <16 x i32> zeroinitializer
  %232 = shl nuw nsw i64 %223, 5
  %233 = getelementptr inbounds float, ptr %work, i64 %232
  %234 = load <16 x float>, ptr %233, align 4
  %235 = fmul <16 x float> %200, %234
  %236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> %delta.0123, <16 x float> %235)
  store <16 x float> %236, ptr %233, align 4
  %237 = insertelement <16 x float> poison, float %229, i64 0
  %238 = shufflevector <16 x float> %237, <16 x float> poison, <16 x i32> zeroinitializer
  %239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %238, <16 x float> %236, <16 x float> %acc6.0113)
  %240 = or disjoint i64 %232, 16
  %241 = getelementptr inbounds float, ptr %work, i64 %240
  %242 = load <16 x float>, ptr %241, align 4
  %243 = fmul <16 x float> %200, %242
  %244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> %delta1.0122, <16 x float> %243)
  store <16 x float> %244, ptr %241, align 4
  %245 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %238, <16 x float> %244, <16 x float> %acc7.0114)
  %i3.next = add nuw nsw i64 %i3.addr.0115, 2
  %246 = icmp ult i64 %i3.addr.0115, 30
  br i1 %246, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %194, i64 %4)
  %247 = mul nsw i64 %197, %H
  %248 = getelementptr inbounds float, ptr %betah, i64 %247
  %249 = load float, ptr %248, align 4
  %250 = getelementptr inbounds float, ptr %vh, i64 %198
  %251 = load <16 x float>, ptr %250, align 4
  %252 = fadd <16 x float> %216, %239
  %253 = fsub <16 x float> %251, %252
  %254 = insertelement <16 x float> poison, float %249, i64 0
  %255 = shufflevector <16 x float> %254, <16 x float> poison, <16 x i32> zeroinitializer
  %256 = fmul <16 x float> %255, %253
  %257 = or disjoint i64 %198, 16
  %258 = getelementptr inbounds float, ptr %vh, i64 %257
  %259 = load <16 x float>, ptr %258, align 4
  %260 = fadd <16 x float> %222, %245
  %261 = fsub <16 x float> %259, %260
  %262 = fmul <16 x float> %255, %261
  %263 = mul nsw i64 %t1.addr.0121, %sq
  %264 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %263
  %invariant.gep160 = getelementptr float, ptr %kh, i64 %264
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0120 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc11.0119 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %310, %i4.body ]
  %acc10.0118 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %304, %i4.body ]
  %acc9.0117 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %309, %i4.body ]
  %acc8.0116 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %301, %i4.body ]
  %265 = or disjoint i64 %i4.addr.0120, %198
  %266 = getelementptr inbounds float, ptr %kh, i64 %265
  %267 = load float, ptr %266, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0120
  %268 = load float, ptr %gep, align 4
  %gep161 = getelementptr float, ptr %invariant.gep160, i64 %i4.addr.0120
  %269 = load float, ptr %gep161, align 4
  %270 = insertelement <16 x float> poison, float %267, i64 0
  %271 = shufflevector <16 x float> %270, <16 x float> poison, <16 x i32> zeroinitializer
  %272 = shl nuw nsw i64 %i4.addr.0120, 5
  %273 = getelementptr inbounds float, ptr %work, i64 %272
  %274 = load <16 x float>, ptr %273, align 4
  %275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %271, <16 x float> %256, <16 x float> %274)
  store <16 x float> %275, ptr %273, align 4
  %276 = insertelement <16 x float> poison, float %268, i64 0
  %277 = shufflevector <16 x float> %276, <16 x float> poison, <16 x i32> zeroinitializer
  %278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %277, <16 x float> %275, <16 x float> %acc8.0116)
  %279 = insertelement <16 x float> poison, float %269, i64 0
  %280 = shufflevector <16 x float> %279, <16 x float> poison, <16 x i32> zeroinitializer
  %281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %280, <16 x float> %275, <16 x float> %acc10.0118)
  %282 = or disjoint i64 %272, 16
  %283 = getelementptr inbounds float, ptr %work, i64 %282
  %284 = load <16 x float>, ptr %283, align 4
  %285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %271, <16 x float> %262, <16 x float> %284)
  store <16 x float> %285, ptr %283, align 4
  %286 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %277, <16 x float> %285, <16 x float> %acc9.0117)
  %287 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %280, <16 x float> %285, <16 x float> %acc11.0119)
  %i4.next = or disjoint i64 %i4.addr.0120, 1
  %288 = or disjoint i64 %i4.next, %198
  %289 = getelementptr inbounds float, ptr %kh, i64 %288
  %290 = load float, ptr %289, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %291 = load float, ptr %gep.1, align 4
  %gep161.1 = getelementptr float, ptr %invariant.gep160, i64 %i4.next
  %292 = load float, ptr %gep161.1, align 4
  %293 = insertelement <16 x float> poison, float %290, i64 0
  %294 = shufflevector <16 x float> %293, <16 x float> poison, <16 x i32> zeroinitializer
  %295 = shl nuw nsw i64 %i4.next, 5
  %296 = getelementptr inbounds float, ptr %work, i64 %295
  %297 = load <16 x float>, ptr %296, align 4
  %298 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %294, <16 x float> %256, <16 x float> %297)
  store <16 x float> %298, ptr %296, align 4
  %299 = insertelement <16 x float> poison, float %291, i64 0
  %300 = shufflevector <16 x float> %299, <16 x float> poison, <16 x i32> zeroinitializer
  %301 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %300, <16 x float> %298, <16 x float> %278)
  %302 = insertelement <16 x float> poison, float %292, i64 0
  %303 = shufflevector <16 x float> %302, <16 x float> poison, <16 x i32> zeroinitializer
  %304 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %303, <16 x float> %298, <16 x float> %281)
  %305 = or disjoint i64 %295, 16
  %306 = getelementptr inbounds float, ptr %work, i64 %305
  %307 = load <16 x float>, ptr %306, align 4
  %308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %294, <16 x float> %262, <16 x float> %307)
  store <16 x float> %308, ptr %306, align 4
  %309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %300, <16 x float> %308, <16 x float> %286)
  %310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %303, <16 x float> %308, <16 x float> %287)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0120, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %311 = sub nsw i64 %tn, %t0
  %312 = getelementptr inbounds float, ptr %alphas, i64 %311
  %313 = load float, ptr %312, align 4
  %314 = fmul <16 x float> %301, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %315 = getelementptr inbounds float, ptr %oh, i64 %263
  store <16 x float> %314, ptr %315, align 4
  %316 = shl nsw i64 %tn, 1
  %317 = mul nsw i64 %316, %H
  %318 = getelementptr inbounds float, ptr %betah, i64 %317
  %319 = load float, ptr %318, align 4
  %320 = mul nsw i64 %316, %sq
  %321 = getelementptr inbounds float, ptr %vh, i64 %320
  %322 = load <16 x float>, ptr %321, align 4
  %323 = insertelement <16 x float> poison, float %313, i64 0
  %324 = shufflevector <16 x float> %323, <16 x float> poison, <16 x i32> zeroinitializer
  %325 = fmul <16 x float> %304, %324
  %326 = fsub <16 x float> %322, %325
  %327 = insertelement <16 x float> poison, float %319, i64 0
  %328 = shufflevector <16 x float> %327, <16 x float> poison, <16 x i32> zeroinitializer
  %329 = fmul <16 x float> %328, %326
  %330 = fmul <16 x float> %309, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %331 = or disjoint i64 %263, 16
  %332 = getelementptr inbounds float, ptr %oh, i64 %331
  store <16 x float> %330, ptr %332, align 4
  %333 = or disjoint i64 %320, 16
  %334 = getelementptr inbounds float, ptr %vh, i64 %333
  %335 = load <16 x float>, ptr %334, align 4
  %336 = fmul <16 x float> %310, %324
  %337 = fsub <16 x float> %335, %336
  %338 = fmul <16 x float> %328, %337
  %339 = icmp slt i64 %194, %t1
  br i1 %339, label %t1.body, label %t1.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.rint.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x i64> @llvm.smin.v8i64(<8 x i64>, <8 x i64>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.rint.v8f32(<8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !2, !1}
; ---- dp_bwd_h2_k32_v32_c64_gate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c64_gate'
source_filename = "dp_bwd_h2_k32_v32_c64_gate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c64_gate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readonly %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture writeonly %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 274432
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %Sroll = getelementptr inbounds i8, ptr %work, i64 270336
  %alphas = getelementptr inbounds i8, ptr %work, i64 291200
  %dS = getelementptr i8, ptr %work, i64 4096
  %dSk = getelementptr i8, ptr %work, i64 290816
  %dSkPrev = getelementptr i8, ptr %work, i64 290944
  %dkTmp = getelementptr i8, ptr %work, i64 291072
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 12
  %5 = getelementptr inbounds i8, ptr %work, i64 274496
  %6 = getelementptr inbounds i8, ptr %work, i64 274560
  %7 = getelementptr inbounds i8, ptr %work, i64 274624
  %8 = shl i64 %H, 6
  %9 = getelementptr inbounds i8, ptr %work, i64 291008
  %10 = getelementptr inbounds i8, ptr %work, i64 290880
  %11 = add nsw i64 %bh0, 1
  %12 = mul i64 %nc, %11
  %13 = shl i64 %12, 12
  %14 = add i64 %13, -4096
  %15 = shl i64 %nc, 12
  %16 = add i64 %T, 64
  %17 = shl nsw i64 %nc, 6
  %18 = sub i64 %16, %17
  %19 = add i64 %17, 144115188075855808
  %20 = mul i64 %19, %H
  %21 = mul i64 %H, -8192
  %22 = shl i64 %H, 7
  %smax415 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %23 = sub i64 %bh1, %bh0
  %24 = getelementptr i8, ptr %work, i64 291136
  %25 = getelementptr i8, ptr %work, i64 274496
  %26 = getelementptr i8, ptr %work, i64 291008
  %27 = getelementptr i8, ptr %work, i64 291136
  %28 = getelementptr i8, ptr %work, i64 291136
  %ident.check.not = icmp eq i64 %H, 1
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0372 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %29 = add i64 %indvar, %bh0
  %30 = shl i64 %29, 12
  %scevgep419 = getelementptr i8, ptr %dh0, i64 %30
  %31 = mul i64 %15, %indvar
  %32 = add i64 %14, %31
  %scevgep395 = getelementptr i8, ptr %dhT, i64 %30
  %b = sdiv i64 %bh.addr.0372, %H
  %h = srem i64 %bh.addr.0372, %H
  %33 = mul i64 %b, %T
  %34 = mul i64 %33, %H
  %bT = add i64 %34, %h
  %35 = mul i64 %1, %33
  %bTn = add nsw i64 %35, %h
  %36 = shl nsw i64 %bT, 5
  %37 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %37
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %36
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %37
  %gh1 = getelementptr inbounds float, ptr %dg, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep395, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %36
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %37
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %37
  %oh = getelementptr inbounds float, ptr %dout, i64 %36
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %38 = add i64 %20, %bT
  %39 = shl i64 %38, 7
  %40 = getelementptr i8, ptr %dq, i64 %39
  %41 = getelementptr i8, ptr %kh1, i64 64
  %42 = getelementptr i8, ptr %vh1, i64 64
  %43 = getelementptr i8, ptr %kh1, i64 64
  br label %cc.body

i24.head.preheader:                               ; preds = %j13.head.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep419, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0372, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond420.not = icmp eq i64 %indvar.next, %23
  br i1 %exitcond420.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j13.head.preheader
  %indvars.iv = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next, %j13.head.preheader ]
  %cc.addr.0369 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j13.head.preheader ]
  %smin483 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax484 = tail call i64 @llvm.smax.i64(i64 %smin483, i64 1)
  %smin481 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax482 = tail call i64 @llvm.smax.i64(i64 %smin481, i64 1)
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin411 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax412 = tail call i64 @llvm.smax.i64(i64 %smin411, i64 1)
  %smax406 = tail call i64 @llvm.smax.i64(i64 %smin411, i64 2)
  %44 = mul i64 %21, %cc.addr.0369
  %45 = shl i64 %cc.addr.0369, 12
  %46 = sub i64 %32, %45
  %scevgep397 = getelementptr i8, ptr %hs, i64 %46
  %47 = xor i64 %cc.addr.0369, -1
  %ci = add nsw i64 %nc, %47
  %t0 = shl nsw i64 %ci, 6
  %48 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep397, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %48, i64 64)
  %49 = icmp sgt i64 %48, 0
  br i1 %49, label %tl.body.preheader, label %tl1.exit

tl.body.preheader:                                ; preds = %cc.body
  %min.iters.check = icmp sgt i64 %indvars.iv, 7
  %or.cond = select i1 %min.iters.check, i1 %ident.check.not, i1 false
  br i1 %or.cond, label %vector.ph, label %tl.body.preheader465

tl.body.preheader465:                             ; preds = %middle.block, %tl.body.preheader
  %tl.addr.0325.ph = phi i64 [ 0, %tl.body.preheader ], [ %n.vec, %middle.block ]
  %.neg487 = or disjoint i64 %tl.addr.0325.ph, 1
  %xtraiter = and i64 %smax482, 1
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %tl.body.prol.loopexit, label %tl.body.prol

tl.body.prol:                                     ; preds = %tl.body.preheader465
  %50 = add nsw i64 %tl.addr.0325.ph, %t0
  %51 = mul nsw i64 %50, %H
  %52 = getelementptr inbounds float, ptr %gh, i64 %51
  %53 = load float, ptr %52, align 4
  %54 = tail call float @llvm.maxnum.f32(float %53, float 0xC055D51EC0000000)
  %55 = tail call float @llvm.minnum.f32(float %54, float 8.800000e+01)
  %56 = fmul float %55, 0x3FF7154760000000
  %57 = tail call float @llvm.rint.f32(float %56)
  %58 = tail call float @llvm.fma.f32(float %57, float 0xBFE6300000000000, float %55)
  %59 = tail call float @llvm.fma.f32(float %57, float 0x3F2BD01060000000, float %58)
  %60 = tail call float @llvm.fma.f32(float %59, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %61 = tail call float @llvm.fma.f32(float %60, float %59, float 0x3F81112100000000)
  %62 = tail call float @llvm.fma.f32(float %61, float %59, float 0x3FA5553820000000)
  %63 = tail call float @llvm.fma.f32(float %62, float %59, float 0x3FC5555540000000)
  %64 = tail call float @llvm.fma.f32(float %63, float %59, float 5.000000e-01)
  %65 = fmul float %59, %59
  %66 = tail call float @llvm.fma.f32(float %64, float %65, float %59)
  %67 = fadd float %66, 1.000000e+00
  %68 = fptosi float %57 to i32
  %69 = shl i32 %68, 23
  %70 = add i32 %69, 1065353216
  %71 = bitcast i32 %70 to float
  %72 = fmul float %67, %71
  %73 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0325.ph
  store float %72, ptr %73, align 4
  %tl.next.prol = or disjoint i64 %tl.addr.0325.ph, 1
  br label %tl.body.prol.loopexit

tl.body.prol.loopexit:                            ; preds = %tl.body.prol, %tl.body.preheader465
  %tl.addr.0325.unr = phi i64 [ %tl.addr.0325.ph, %tl.body.preheader465 ], [ %tl.next.prol, %tl.body.prol ]
  %74 = icmp eq i64 %smax482, %.neg487
  br i1 %74, label %tl1.head.preheader, label %tl.body

vector.ph:                                        ; preds = %tl.body.preheader
  %n.vec = and i64 %smax, 120
  %invariant.gep503 = getelementptr float, ptr %gh, i64 %t0
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %gep504 = getelementptr float, ptr %invariant.gep503, i64 %index
  %wide.load = load <8 x float>, ptr %gep504, align 4
  %75 = tail call <8 x float> @llvm.maxnum.v8f32(<8 x float> %wide.load, <8 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %76 = tail call <8 x float> @llvm.minnum.v8f32(<8 x float> %75, <8 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %77 = fmul <8 x float> %76, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %78 = tail call <8 x float> @llvm.rint.v8f32(<8 x float> %77)
  %79 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %78, <8 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <8 x float> %76)
  %80 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %78, <8 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <8 x float> %79)
  %81 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %80, <8 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <8 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %82 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %81, <8 x float> %80, <8 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %83 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %82, <8 x float> %80, <8 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %84 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %83, <8 x float> %80, <8 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %85 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %84, <8 x float> %80, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %86 = fmul <8 x float> %80, %80
  %87 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %86, <8 x float> %80)
  %88 = fadd <8 x float> %87, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %89 = fptosi <8 x float> %78 to <8 x i32>
  %90 = shl <8 x i32> %89, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %91 = add <8 x i32> %90, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %92 = bitcast <8 x i32> %91 to <8 x float>
  %93 = fmul <8 x float> %88, %92
  %94 = getelementptr inbounds float, ptr %alphas, i64 %index
  store <8 x float> %93, ptr %94, align 4
  %index.next = add nuw i64 %index, 8
  %95 = icmp eq i64 %index.next, %n.vec
  br i1 %95, label %middle.block, label %vector.body, !llvm.loop !0

middle.block:                                     ; preds = %vector.body
  %cmp.n = icmp eq i64 %smax, %n.vec
  br i1 %cmp.n, label %tl1.head.preheader, label %tl.body.preheader465

tl1.head.preheader:                               ; preds = %tl.body.prol.loopexit, %tl.body, %middle.block
  br i1 %49, label %j3.head.preheader.preheader, label %tl1.exit

j3.head.preheader.preheader:                      ; preds = %tl1.head.preheader
  %96 = getelementptr i8, ptr %40, i64 %44
  %xtraiter485 = and i64 %smax484, 7
  %97 = icmp slt i64 %indvars.iv, 8
  br i1 %97, label %tl1.exit.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax484, 120
  br label %j3.head.preheader

tl.body:                                          ; preds = %tl.body.prol.loopexit, %tl.body
  %tl.addr.0325 = phi i64 [ %tl.next.1, %tl.body ], [ %tl.addr.0325.unr, %tl.body.prol.loopexit ]
  %98 = add nsw i64 %tl.addr.0325, %t0
  %99 = mul nsw i64 %98, %H
  %100 = getelementptr inbounds float, ptr %gh, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = tail call float @llvm.maxnum.f32(float %101, float 0xC055D51EC0000000)
  %103 = tail call float @llvm.minnum.f32(float %102, float 8.800000e+01)
  %104 = fmul float %103, 0x3FF7154760000000
  %105 = tail call float @llvm.rint.f32(float %104)
  %106 = tail call float @llvm.fma.f32(float %105, float 0xBFE6300000000000, float %103)
  %107 = tail call float @llvm.fma.f32(float %105, float 0x3F2BD01060000000, float %106)
  %108 = tail call float @llvm.fma.f32(float %107, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %109 = tail call float @llvm.fma.f32(float %108, float %107, float 0x3F81112100000000)
  %110 = tail call float @llvm.fma.f32(float %109, float %107, float 0x3FA5553820000000)
  %111 = tail call float @llvm.fma.f32(float %110, float %107, float 0x3FC5555540000000)
  %112 = tail call float @llvm.fma.f32(float %111, float %107, float 5.000000e-01)
  %113 = fmul float %107, %107
  %114 = tail call float @llvm.fma.f32(float %112, float %113, float %107)
  %115 = fadd float %114, 1.000000e+00
  %116 = fptosi float %105 to i32
  %117 = shl i32 %116, 23
  %118 = add i32 %117, 1065353216
  %119 = bitcast i32 %118 to float
  %120 = fmul float %115, %119
  %121 = getelementptr inbounds float, ptr %alphas, i64 %tl.addr.0325
  store float %120, ptr %121, align 4
  %tl.next = add nuw nsw i64 %tl.addr.0325, 1
  %122 = add nsw i64 %tl.next, %t0
  %123 = mul nsw i64 %122, %H
  %124 = getelementptr inbounds float, ptr %gh, i64 %123
  %125 = load float, ptr %124, align 4
  %126 = tail call float @llvm.maxnum.f32(float %125, float 0xC055D51EC0000000)
  %127 = tail call float @llvm.minnum.f32(float %126, float 8.800000e+01)
  %128 = fmul float %127, 0x3FF7154760000000
  %129 = tail call float @llvm.rint.f32(float %128)
  %130 = tail call float @llvm.fma.f32(float %129, float 0xBFE6300000000000, float %127)
  %131 = tail call float @llvm.fma.f32(float %129, float 0x3F2BD01060000000, float %130)
  %132 = tail call float @llvm.fma.f32(float %131, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %133 = tail call float @llvm.fma.f32(float %132, float %131, float 0x3F81112100000000)
  %134 = tail call float @llvm.fma.f32(float %133, float %131, float 0x3FA5553820000000)
  %135 = tail call float @llvm.fma.f32(float %134, float %131, float 0x3FC5555540000000)
  %136 = tail call float @llvm.fma.f32(float %135, float %131, float 5.000000e-01)
  %137 = fmul float %131, %131
  %138 = tail call float @llvm.fma.f32(float %136, float %137, float %131)
  %139 = fadd float %138, 1.000000e+00
  %140 = fptosi float %129 to i32
  %141 = shl i32 %140, 23
  %142 = add i32 %141, 1065353216
  %143 = bitcast i32 %142 to float
  %144 = fmul float %139, %143
  %145 = getelementptr inbounds float, ptr %alphas, i64 %tl.next
  store float %144, ptr %145, align 4
  %tl.next.1 = add nuw nsw i64 %tl.addr.0325, 2
  %exitcond.not.1 = icmp eq i64 %tl.next.1, %smax412
  br i1 %exitcond.not.1, label %tl1.head.preheader, label %tl.body, !llvm.loop !3

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl1.addr.0327 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl1.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %146 = mul i64 %22, %tl1.addr.0327
  %scevgep = getelementptr i8, ptr %96, i64 %146
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl1.next = or disjoint i64 %tl1.addr.0327, 1
  %147 = mul i64 %22, %tl1.next
  %scevgep.1 = getelementptr i8, ptr %96, i64 %147
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl1.next.1 = or disjoint i64 %tl1.addr.0327, 2
  %148 = mul i64 %22, %tl1.next.1
  %scevgep.2 = getelementptr i8, ptr %96, i64 %148
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl1.next.2 = or disjoint i64 %tl1.addr.0327, 3
  %149 = mul i64 %22, %tl1.next.2
  %scevgep.3 = getelementptr i8, ptr %96, i64 %149
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl1.next.3 = or disjoint i64 %tl1.addr.0327, 4
  %150 = mul i64 %22, %tl1.next.3
  %scevgep.4 = getelementptr i8, ptr %96, i64 %150
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl1.next.4 = or disjoint i64 %tl1.addr.0327, 5
  %151 = mul i64 %22, %tl1.next.4
  %scevgep.5 = getelementptr i8, ptr %96, i64 %151
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl1.next.5 = or disjoint i64 %tl1.addr.0327, 6
  %152 = mul i64 %22, %tl1.next.5
  %scevgep.6 = getelementptr i8, ptr %96, i64 %152
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl1.next.6 = or disjoint i64 %tl1.addr.0327, 7
  %153 = mul i64 %22, %tl1.next.6
  %scevgep.7 = getelementptr i8, ptr %96, i64 %153
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl1.next.7 = add nuw nsw i64 %tl1.addr.0327, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %tl1.exit.loopexit.unr-lcssa, label %j3.head.preheader

tl1.exit.loopexit.unr-lcssa:                      ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl1.addr.0327.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl1.next.7, %j3.head.preheader ]
  %lcmp.mod486.not = icmp eq i64 %xtraiter485, 0
  br i1 %lcmp.mod486.not, label %tl1.exit, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %tl1.exit.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl1.addr.0327.epil = phi i64 [ %tl1.next.epil, %j3.head.preheader.epil ], [ %tl1.addr.0327.unr, %tl1.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %tl1.exit.loopexit.unr-lcssa ]
  %154 = mul i64 %22, %tl1.addr.0327.epil
  %scevgep.epil = getelementptr i8, ptr %96, i64 %154
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl1.next.epil = add nuw nsw i64 %tl1.addr.0327.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter485
  br i1 %epil.iter.cmp.not, label %tl1.exit, label %j3.head.preheader.epil, !llvm.loop !4

tl1.exit:                                         ; preds = %tl1.exit.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body, %tl1.head.preheader
  %155 = load float, ptr %alphas, align 4
  %156 = mul i64 %4, %ci
  %157 = insertelement <16 x float> poison, float %155, i64 0
  %158 = shufflevector <16 x float> %157, <16 x float> poison, <16 x i32> zeroinitializer
  %invariant.gep = getelementptr float, ptr %kh, i64 %156
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %tl1.exit
  %acc.0330 = phi <16 x float> [ zeroinitializer, %tl1.exit ], [ %212, %i4.body ]
  %acc1.0329 = phi <16 x float> [ zeroinitializer, %tl1.exit ], [ %218, %i4.body ]
  %i4.addr.0328 = phi i64 [ 0, %tl1.exit ], [ %i4.next.3, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0328
  %159 = load float, ptr %gep, align 4
  %160 = shl nuw nsw i64 %i4.addr.0328, 5
  %161 = getelementptr inbounds float, ptr %work, i64 %160
  %162 = load <16 x float>, ptr %161, align 4
  %163 = fmul <16 x float> %158, %162
  %164 = getelementptr inbounds float, ptr %Sh, i64 %160
  store <16 x float> %163, ptr %164, align 4
  %165 = insertelement <16 x float> poison, float %159, i64 0
  %166 = shufflevector <16 x float> %165, <16 x float> poison, <16 x i32> zeroinitializer
  %167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %166, <16 x float> %163, <16 x float> %acc.0330)
  %168 = or disjoint i64 %160, 16
  %169 = getelementptr inbounds float, ptr %work, i64 %168
  %170 = load <16 x float>, ptr %169, align 4
  %171 = fmul <16 x float> %158, %170
  %172 = getelementptr inbounds float, ptr %Sh, i64 %168
  store <16 x float> %171, ptr %172, align 4
  %173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %166, <16 x float> %171, <16 x float> %acc1.0329)
  %i4.next = or disjoint i64 %i4.addr.0328, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %174 = load float, ptr %gep.1, align 4
  %175 = shl nuw nsw i64 %i4.next, 5
  %176 = getelementptr inbounds float, ptr %work, i64 %175
  %177 = load <16 x float>, ptr %176, align 4
  %178 = fmul <16 x float> %158, %177
  %179 = getelementptr inbounds float, ptr %Sh, i64 %175
  store <16 x float> %178, ptr %179, align 4
  %180 = insertelement <16 x float> poison, float %174, i64 0
  %181 = shufflevector <16 x float> %180, <16 x float> poison, <16 x i32> zeroinitializer
  %182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %181, <16 x float> %178, <16 x float> %167)
  %183 = or disjoint i64 %175, 16
  %184 = getelementptr inbounds float, ptr %work, i64 %183
  %185 = load <16 x float>, ptr %184, align 4
  %186 = fmul <16 x float> %158, %185
  %187 = getelementptr inbounds float, ptr %Sh, i64 %183
  store <16 x float> %186, ptr %187, align 4
  %188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %181, <16 x float> %186, <16 x float> %173)
  %i4.next.1 = or disjoint i64 %i4.addr.0328, 2
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %189 = load float, ptr %gep.2, align 4
  %190 = shl nuw nsw i64 %i4.next.1, 5
  %191 = getelementptr inbounds float, ptr %work, i64 %190
  %192 = load <16 x float>, ptr %191, align 4
  %193 = fmul <16 x float> %158, %192
  %194 = getelementptr inbounds float, ptr %Sh, i64 %190
  store <16 x float> %193, ptr %194, align 4
  %195 = insertelement <16 x float> poison, float %189, i64 0
  %196 = shufflevector <16 x float> %195, <16 x float> poison, <16 x i32> zeroinitializer
  %197 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %196, <16 x float> %193, <16 x float> %182)
  %198 = or disjoint i64 %190, 16
  %199 = getelementptr inbounds float, ptr %work, i64 %198
  %200 = load <16 x float>, ptr %199, align 4
  %201 = fmul <16 x float> %158, %200
  %202 = getelementptr inbounds float, ptr %Sh, i64 %198
  store <16 x float> %201, ptr %202, align 4
  %203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %196, <16 x float> %201, <16 x float> %188)
  %i4.next.2 = or disjoint i64 %i4.addr.0328, 3
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %204 = load float, ptr %gep.3, align 4
  %205 = shl nuw nsw i64 %i4.next.2, 5
  %206 = getelementptr inbounds float, ptr %work, i64 %205
  %207 = load <16 x float>, ptr %206, align 4
  %208 = fmul <16 x float> %158, %207
  %209 = getelementptr inbounds float, ptr %Sh, i64 %205
  store <16 x float> %208, ptr %209, align 4
  %210 = insertelement <16 x float> poison, float %204, i64 0
  %211 = shufflevector <16 x float> %210, <16 x float> poison, <16 x i32> zeroinitializer
  %212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %211, <16 x float> %208, <16 x float> %197)
  %213 = or disjoint i64 %205, 16
  %214 = getelementptr inbounds float, ptr %work, i64 %213
  %215 = load <16 x float>, ptr %214, align 4
  %216 = fmul <16 x float> %158, %215
  %217 = getelementptr inbounds float, ptr %Sh, i64 %213
  store <16 x float> %216, ptr %217, align 4
  %218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %211, <16 x float> %216, <16 x float> %203)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0328, 4
  %exitcond401.not.3 = icmp eq i64 %i4.next.3, 32
  br i1 %exitcond401.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %219 = shl nsw i64 %ci, 7
  %220 = mul nsw i64 %219, %H
  %221 = getelementptr inbounds float, ptr %betah, i64 %220
  %222 = load float, ptr %221, align 4
  %223 = mul nsw i64 %219, %sq
  %224 = getelementptr inbounds float, ptr %vh, i64 %223
  %225 = load <16 x float>, ptr %224, align 4
  %226 = fsub <16 x float> %225, %212
  store <16 x float> %226, ptr %R, align 4
  %227 = insertelement <16 x float> poison, float %222, i64 0
  %228 = shufflevector <16 x float> %227, <16 x float> poison, <16 x i32> zeroinitializer
  %229 = fmul <16 x float> %228, %226
  %230 = or disjoint i64 %223, 16
  %231 = getelementptr inbounds float, ptr %vh, i64 %230
  %232 = load <16 x float>, ptr %231, align 4
  %233 = fsub <16 x float> %232, %218
  store <16 x float> %233, ptr %5, align 4
  %234 = fmul <16 x float> %228, %233
  %235 = or disjoint i64 %219, 1
  %236 = mul nsw i64 %235, %sq
  %invariant.gep436 = getelementptr float, ptr %kh, i64 %236
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc2.0333 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %270, %i5.body ]
  %acc3.0332 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %276, %i5.body ]
  %i5.addr.0331 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %237 = or disjoint i64 %i5.addr.0331, %223
  %238 = getelementptr inbounds float, ptr %kh, i64 %237
  %239 = load float, ptr %238, align 4
  %gep437 = getelementptr float, ptr %invariant.gep436, i64 %i5.addr.0331
  %240 = load float, ptr %gep437, align 4
  %241 = insertelement <16 x float> poison, float %239, i64 0
  %242 = shufflevector <16 x float> %241, <16 x float> poison, <16 x i32> zeroinitializer
  %243 = shl nuw nsw i64 %i5.addr.0331, 5
  %244 = getelementptr inbounds float, ptr %Sh, i64 %243
  %245 = load <16 x float>, ptr %244, align 4
  %246 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %242, <16 x float> %229, <16 x float> %245)
  %247 = getelementptr inbounds float, ptr %Sroll, i64 %243
  store <16 x float> %246, ptr %247, align 4
  %248 = insertelement <16 x float> poison, float %240, i64 0
  %249 = shufflevector <16 x float> %248, <16 x float> poison, <16 x i32> zeroinitializer
  %250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %249, <16 x float> %246, <16 x float> %acc2.0333)
  %251 = or disjoint i64 %243, 16
  %252 = getelementptr inbounds float, ptr %Sh, i64 %251
  %253 = load <16 x float>, ptr %252, align 4
  %254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %242, <16 x float> %234, <16 x float> %253)
  %255 = getelementptr inbounds float, ptr %Sroll, i64 %251
  store <16 x float> %254, ptr %255, align 4
  %256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %249, <16 x float> %254, <16 x float> %acc3.0332)
  %i5.next = or disjoint i64 %i5.addr.0331, 1
  %257 = or disjoint i64 %i5.next, %223
  %258 = getelementptr inbounds float, ptr %kh, i64 %257
  %259 = load float, ptr %258, align 4
  %gep437.1 = getelementptr float, ptr %invariant.gep436, i64 %i5.next
  %260 = load float, ptr %gep437.1, align 4
  %261 = insertelement <16 x float> poison, float %259, i64 0
  %262 = shufflevector <16 x float> %261, <16 x float> poison, <16 x i32> zeroinitializer
  %263 = shl nuw nsw i64 %i5.next, 5
  %264 = getelementptr inbounds float, ptr %Sh, i64 %263
  %265 = load <16 x float>, ptr %264, align 4
  %266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %262, <16 x float> %229, <16 x float> %265)
  %267 = getelementptr inbounds float, ptr %Sroll, i64 %263
  store <16 x float> %266, ptr %267, align 4
  %268 = insertelement <16 x float> poison, float %260, i64 0
  %269 = shufflevector <16 x float> %268, <16 x float> poison, <16 x i32> zeroinitializer
  %270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %269, <16 x float> %266, <16 x float> %250)
  %271 = or disjoint i64 %263, 16
  %272 = getelementptr inbounds float, ptr %Sh, i64 %271
  %273 = load <16 x float>, ptr %272, align 4
  %274 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %262, <16 x float> %234, <16 x float> %273)
  %275 = getelementptr inbounds float, ptr %Sroll, i64 %271
  store <16 x float> %274, ptr %275, align 4
  %276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %269, <16 x float> %274, <16 x float> %256)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0331, 2
  %exitcond402.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond402.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %277 = mul nsw i64 %235, %H
  %278 = getelementptr inbounds float, ptr %betah, i64 %277
  %279 = load float, ptr %278, align 4
  %280 = getelementptr inbounds float, ptr %vh, i64 %236
  %281 = load <16 x float>, ptr %280, align 4
  %282 = fsub <16 x float> %281, %270
  store <16 x float> %282, ptr %6, align 4
  %283 = insertelement <16 x float> poison, float %279, i64 0
  %284 = shufflevector <16 x float> %283, <16 x float> poison, <16 x i32> zeroinitializer
  %285 = fmul <16 x float> %284, %282
  %286 = or disjoint i64 %236, 16
  %287 = getelementptr inbounds float, ptr %vh, i64 %286
  %288 = load <16 x float>, ptr %287, align 4
  %289 = fsub <16 x float> %288, %276
  store <16 x float> %289, ptr %7, align 4
  %290 = fmul <16 x float> %284, %289
  %291 = icmp sgt i64 %48, 1
  br i1 %291, label %tl2.body.lr.ph, label %tl2.exit

tl2.body.lr.ph:                                   ; preds = %i5.exit
  %292 = add i64 %t0, -1
  br label %tl2.body

tl2.body:                                         ; preds = %tl2.body.lr.ph, %i7.exit
  %delta.0342 = phi <16 x float> [ %285, %tl2.body.lr.ph ], [ %439, %i7.exit ]
  %delta1.0341 = phi <16 x float> [ %290, %tl2.body.lr.ph ], [ %446, %i7.exit ]
  %tl2.addr.0340 = phi i64 [ 1, %tl2.body.lr.ph ], [ %tl2.next, %i7.exit ]
  %293 = getelementptr inbounds float, ptr %alphas, i64 %tl2.addr.0340
  %294 = load float, ptr %293, align 4
  %295 = add i64 %292, %tl2.addr.0340
  %296 = shl nsw i64 %295, 1
  %297 = or disjoint i64 %296, 1
  %298 = mul nsw i64 %297, %sq
  %299 = add nsw i64 %tl2.addr.0340, %t0
  %300 = mul i64 %8, %299
  %301 = mul nsw i64 %295, %sq
  %302 = getelementptr inbounds float, ptr %oh, i64 %301
  %303 = load <16 x float>, ptr %302, align 4
  %304 = insertelement <16 x float> poison, float %294, i64 0
  %305 = shufflevector <16 x float> %304, <16 x float> poison, <16 x i32> zeroinitializer
  %306 = shl nsw i64 %tl2.addr.0340, 10
  %307 = or disjoint i64 %301, 16
  %308 = getelementptr inbounds float, ptr %oh, i64 %307
  %309 = load <16 x float>, ptr %308, align 4
  br label %i6.body

tl2.exit:                                         ; preds = %i7.exit, %i5.exit
  %delta1.0.lcssa = phi <16 x float> [ %290, %i5.exit ], [ %446, %i7.exit ]
  %delta.0.lcssa = phi <16 x float> [ %285, %i5.exit ], [ %439, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %310 = add nsw i64 %tlast, %t0
  %311 = shl nsw i64 %310, 1
  %312 = or disjoint i64 %311, 1
  %313 = mul nsw i64 %312, %sq
  %314 = mul nsw i64 %310, %sq
  %315 = getelementptr inbounds float, ptr %oh, i64 %314
  %316 = load <16 x float>, ptr %315, align 4
  %317 = or disjoint i64 %314, 16
  %318 = getelementptr inbounds float, ptr %oh, i64 %317
  %319 = load <16 x float>, ptr %318, align 4
  %invariant.gep440 = getelementptr float, ptr %kh, i64 %313
  br label %i8.body

i6.body:                                          ; preds = %tl2.body, %i6.body
  %acc4.0336 = phi <16 x float> [ zeroinitializer, %tl2.body ], [ %337, %i6.body ]
  %acc5.0335 = phi <16 x float> [ zeroinitializer, %tl2.body ], [ %346, %i6.body ]
  %i6.addr.0334 = phi i64 [ 0, %tl2.body ], [ %i6.next, %i6.body ]
  %320 = getelementptr float, ptr %kh, i64 %i6.addr.0334
  %321 = getelementptr float, ptr %320, i64 %298
  %322 = load float, ptr %321, align 4
  %323 = getelementptr float, ptr %320, i64 %300
  %324 = load float, ptr %323, align 4
  %325 = insertelement <16 x float> poison, float %322, i64 0
  %326 = shufflevector <16 x float> %325, <16 x float> poison, <16 x i32> zeroinitializer
  %327 = shl nuw nsw i64 %i6.addr.0334, 5
  %328 = getelementptr inbounds float, ptr %Sroll, i64 %327
  %329 = load <16 x float>, ptr %328, align 4
  %330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %326, <16 x float> %delta.0342, <16 x float> %329)
  %331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %330, <16 x float> %303, <16 x float> zeroinitializer)
  %332 = fmul <16 x float> %305, %330
  %333 = add nuw nsw i64 %327, %306
  %334 = getelementptr inbounds float, ptr %Sh, i64 %333
  store <16 x float> %332, ptr %334, align 4
  %335 = insertelement <16 x float> poison, float %324, i64 0
  %336 = shufflevector <16 x float> %335, <16 x float> poison, <16 x i32> zeroinitializer
  %337 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %336, <16 x float> %332, <16 x float> %acc4.0336)
  %338 = or disjoint i64 %327, 16
  %339 = getelementptr inbounds float, ptr %Sroll, i64 %338
  %340 = load <16 x float>, ptr %339, align 4
  %341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %326, <16 x float> %delta1.0341, <16 x float> %340)
  %342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %341, <16 x float> %309, <16 x float> %331)
  %343 = fmul <16 x float> %305, %341
  %344 = or disjoint i64 %333, 16
  %345 = getelementptr inbounds float, ptr %Sh, i64 %344
  store <16 x float> %343, ptr %345, align 4
  %346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %336, <16 x float> %343, <16 x float> %acc5.0335)
  %347 = or disjoint i64 %i6.addr.0334, %301
  %348 = getelementptr inbounds float, ptr %qh1, i64 %347
  %349 = load float, ptr %348, align 4
  %350 = shufflevector <16 x float> %342, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %351 = shufflevector <16 x float> %342, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %352 = fadd <8 x float> %350, %351
  %353 = shufflevector <8 x float> %352, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %354 = shufflevector <8 x float> %352, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %355 = fadd <4 x float> %353, %354
  %356 = shufflevector <4 x float> %355, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %357 = shufflevector <4 x float> %355, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %358 = fadd <2 x float> %356, %357
  %shift = shufflevector <2 x float> %358, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %359 = fadd <2 x float> %358, %shift
  %360 = extractelement <2 x float> %359, i64 0
  %361 = fmul float %360, 0x3FC6A09E60000000
  %362 = fadd float %349, %361
  store float %362, ptr %348, align 4
  %i6.next = add nuw nsw i64 %i6.addr.0334, 1
  %exitcond403.not = icmp eq i64 %i6.next, 32
  br i1 %exitcond403.not, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %363 = shl nsw i64 %299, 1
  %364 = mul nsw i64 %363, %H
  %365 = getelementptr inbounds float, ptr %betah, i64 %364
  %366 = load float, ptr %365, align 4
  %367 = mul nsw i64 %363, %sq
  %368 = getelementptr inbounds float, ptr %vh, i64 %367
  %369 = load <16 x float>, ptr %368, align 4
  %370 = fsub <16 x float> %369, %337
  %371 = shl i64 %tl2.addr.0340, 6
  %372 = getelementptr inbounds float, ptr %R, i64 %371
  store <16 x float> %370, ptr %372, align 4
  %373 = insertelement <16 x float> poison, float %366, i64 0
  %374 = shufflevector <16 x float> %373, <16 x float> poison, <16 x i32> zeroinitializer
  %375 = fmul <16 x float> %374, %370
  %376 = or disjoint i64 %367, 16
  %377 = getelementptr inbounds float, ptr %vh, i64 %376
  %378 = load <16 x float>, ptr %377, align 4
  %379 = fsub <16 x float> %378, %346
  %380 = or disjoint i64 %371, 16
  %381 = getelementptr inbounds float, ptr %R, i64 %380
  store <16 x float> %379, ptr %381, align 4
  %382 = fmul <16 x float> %374, %379
  %383 = or disjoint i64 %363, 1
  %384 = mul nsw i64 %383, %sq
  %invariant.gep438 = getelementptr float, ptr %kh, i64 %384
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc6.0339 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %421, %i7.body ]
  %acc774.0338 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %428, %i7.body ]
  %i7.addr.0337 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %385 = or disjoint i64 %i7.addr.0337, %367
  %386 = getelementptr inbounds float, ptr %kh, i64 %385
  %387 = load float, ptr %386, align 4
  %gep439 = getelementptr float, ptr %invariant.gep438, i64 %i7.addr.0337
  %388 = load float, ptr %gep439, align 4
  %389 = insertelement <16 x float> poison, float %387, i64 0
  %390 = shufflevector <16 x float> %389, <16 x float> poison, <16 x i32> zeroinitializer
  %391 = shl nuw nsw i64 %i7.addr.0337, 5
  %392 = add nuw nsw i64 %391, %306
  %393 = getelementptr inbounds float, ptr %Sh, i64 %392
  %394 = load <16 x float>, ptr %393, align 4
  %395 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %390, <16 x float> %375, <16 x float> %394)
  %396 = getelementptr inbounds float, ptr %Sroll, i64 %391
  store <16 x float> %395, ptr %396, align 4
  %397 = insertelement <16 x float> poison, float %388, i64 0
  %398 = shufflevector <16 x float> %397, <16 x float> poison, <16 x i32> zeroinitializer
  %399 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %398, <16 x float> %395, <16 x float> %acc6.0339)
  %400 = or disjoint i64 %392, 16
  %401 = getelementptr inbounds float, ptr %Sh, i64 %400
  %402 = load <16 x float>, ptr %401, align 4
  %403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %390, <16 x float> %382, <16 x float> %402)
  %404 = or disjoint i64 %391, 16
  %405 = getelementptr inbounds float, ptr %Sroll, i64 %404
  store <16 x float> %403, ptr %405, align 4
  %406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %398, <16 x float> %403, <16 x float> %acc774.0338)
  %i7.next = or disjoint i64 %i7.addr.0337, 1
  %407 = or disjoint i64 %i7.next, %367
  %408 = getelementptr inbounds float, ptr %kh, i64 %407
  %409 = load float, ptr %408, align 4
  %gep439.1 = getelementptr float, ptr %invariant.gep438, i64 %i7.next
  %410 = load float, ptr %gep439.1, align 4
  %411 = insertelement <16 x float> poison, float %409, i64 0
  %412 = shufflevector <16 x float> %411, <16 x float> poison, <16 x i32> zeroinitializer
  %413 = shl nuw nsw i64 %i7.next, 5
  %414 = add nuw nsw i64 %413, %306
  %415 = getelementptr inbounds float, ptr %Sh, i64 %414
  %416 = load <16 x float>, ptr %415, align 4
  %417 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %412, <16 x float> %375, <16 x float> %416)
  %418 = getelementptr inbounds float, ptr %Sroll, i64 %413
  store <16 x float> %417, ptr %418, align 4
  %419 = insertelement <16 x float> poison, float %410, i64 0
  %420 = shufflevector <16 x float> %419, <16 x float> poison, <16 x i32> zeroinitializer
  %421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %420, <16 x float> %417, <16 x float> %399)
  %422 = or disjoint i64 %414, 16
  %423 = getelementptr inbounds float, ptr %Sh, i64 %422
  %424 = load <16 x float>, ptr %423, align 4
  %425 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %412, <16 x float> %382, <16 x float> %424)
  %426 = or disjoint i64 %413, 16
  %427 = getelementptr inbounds float, ptr %Sroll, i64 %426
  store <16 x float> %425, ptr %427, align 4
  %428 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %420, <16 x float> %425, <16 x float> %406)
  %i7.next.1 = add nuw nsw i64 %i7.addr.0337, 2
  %exitcond404.not.1 = icmp eq i64 %i7.next.1, 32
  br i1 %exitcond404.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %429 = mul nsw i64 %383, %H
  %430 = getelementptr inbounds float, ptr %betah, i64 %429
  %431 = load float, ptr %430, align 4
  %432 = getelementptr inbounds float, ptr %vh, i64 %384
  %433 = load <16 x float>, ptr %432, align 4
  %434 = fsub <16 x float> %433, %421
  %435 = or disjoint i64 %371, 32
  %436 = getelementptr inbounds float, ptr %R, i64 %435
  store <16 x float> %434, ptr %436, align 4
  %437 = insertelement <16 x float> poison, float %431, i64 0
  %438 = shufflevector <16 x float> %437, <16 x float> poison, <16 x i32> zeroinitializer
  %439 = fmul <16 x float> %438, %434
  %440 = or disjoint i64 %384, 16
  %441 = getelementptr inbounds float, ptr %vh, i64 %440
  %442 = load <16 x float>, ptr %441, align 4
  %443 = fsub <16 x float> %442, %428
  %444 = or disjoint i64 %371, 48
  %445 = getelementptr inbounds float, ptr %R, i64 %444
  store <16 x float> %443, ptr %445, align 4
  %446 = fmul <16 x float> %438, %443
  %tl2.next = add nuw nsw i64 %tl2.addr.0340, 1
  %exitcond407.not = icmp eq i64 %tl2.next, %smax406
  br i1 %exitcond407.not, label %tl2.exit, label %tl2.body

tt.head.preheader:                                ; preds = %i8.body
  br i1 %49, label %tt.body, label %tt.exit

i8.body:                                          ; preds = %i8.body, %tl2.exit
  %i8.addr.0344 = phi i64 [ 0, %tl2.exit ], [ %i8.next.1, %i8.body ]
  %gep441 = getelementptr float, ptr %invariant.gep440, i64 %i8.addr.0344
  %447 = load float, ptr %gep441, align 4
  %448 = insertelement <16 x float> poison, float %447, i64 0
  %449 = shufflevector <16 x float> %448, <16 x float> poison, <16 x i32> zeroinitializer
  %450 = shl nuw nsw i64 %i8.addr.0344, 5
  %451 = getelementptr inbounds float, ptr %Sroll, i64 %450
  %452 = load <16 x float>, ptr %451, align 4
  %453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %449, <16 x float> %delta.0.lcssa, <16 x float> %452)
  %454 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %453, <16 x float> %316, <16 x float> zeroinitializer)
  %455 = or disjoint i64 %450, 16
  %456 = getelementptr inbounds float, ptr %Sroll, i64 %455
  %457 = load <16 x float>, ptr %456, align 4
  %458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %449, <16 x float> %delta1.0.lcssa, <16 x float> %457)
  %459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %458, <16 x float> %319, <16 x float> %454)
  %460 = or disjoint i64 %i8.addr.0344, %314
  %461 = getelementptr inbounds float, ptr %qh1, i64 %460
  %462 = load float, ptr %461, align 4
  %463 = shufflevector <16 x float> %459, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %464 = shufflevector <16 x float> %459, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %465 = fadd <8 x float> %463, %464
  %466 = shufflevector <8 x float> %465, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %467 = shufflevector <8 x float> %465, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %468 = fadd <4 x float> %466, %467
  %469 = shufflevector <4 x float> %468, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %470 = shufflevector <4 x float> %468, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %471 = fadd <2 x float> %469, %470
  %shift457 = shufflevector <2 x float> %471, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %472 = fadd <2 x float> %471, %shift457
  %473 = extractelement <2 x float> %472, i64 0
  %474 = fmul float %473, 0x3FC6A09E60000000
  %475 = fadd float %462, %474
  store float %475, ptr %461, align 4
  %i8.next = or disjoint i64 %i8.addr.0344, 1
  %gep441.1 = getelementptr float, ptr %invariant.gep440, i64 %i8.next
  %476 = load float, ptr %gep441.1, align 4
  %477 = insertelement <16 x float> poison, float %476, i64 0
  %478 = shufflevector <16 x float> %477, <16 x float> poison, <16 x i32> zeroinitializer
  %479 = shl nuw nsw i64 %i8.next, 5
  %480 = getelementptr inbounds float, ptr %Sroll, i64 %479
  %481 = load <16 x float>, ptr %480, align 4
  %482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %478, <16 x float> %delta.0.lcssa, <16 x float> %481)
  %483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %482, <16 x float> %316, <16 x float> zeroinitializer)
  %484 = or disjoint i64 %479, 16
  %485 = getelementptr inbounds float, ptr %Sroll, i64 %484
  %486 = load <16 x float>, ptr %485, align 4
  %487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %478, <16 x float> %delta1.0.lcssa, <16 x float> %486)
  %488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %487, <16 x float> %319, <16 x float> %483)
  %489 = or disjoint i64 %i8.next, %314
  %490 = getelementptr inbounds float, ptr %qh1, i64 %489
  %491 = load float, ptr %490, align 4
  %492 = shufflevector <16 x float> %488, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %493 = shufflevector <16 x float> %488, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %494 = fadd <8 x float> %492, %493
  %495 = shufflevector <8 x float> %494, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %496 = shufflevector <8 x float> %494, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %497 = fadd <4 x float> %495, %496
  %498 = shufflevector <4 x float> %497, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %499 = shufflevector <4 x float> %497, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %500 = fadd <2 x float> %498, %499
  %shift457.1 = shufflevector <2 x float> %500, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %501 = fadd <2 x float> %500, %shift457.1
  %502 = extractelement <2 x float> %501, i64 0
  %503 = fmul float %502, 0x3FC6A09E60000000
  %504 = fadd float %491, %503
  store float %504, ptr %490, align 4
  %i8.next.1 = add nuw nsw i64 %i8.addr.0344, 2
  %exitcond408.not.1 = icmp eq i64 %i8.next.1, 32
  br i1 %exitcond408.not.1, label %tt.head.preheader, label %i8.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0364 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl3 = sub nsw i64 %tlast, %tt.addr.0364
  %505 = add nsw i64 %tl3, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %505, i64 %tlast)
  %506 = add nsw i64 %ptl, %t0
  %507 = shl nsw i64 %506, 1
  %508 = mul nsw i64 %507, %H
  %509 = getelementptr inbounds float, ptr %betah, i64 %508
  %510 = load float, ptr %509, align 4
  %511 = getelementptr inbounds float, ptr %alphas, i64 %ptl
  %512 = load float, ptr %511, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %513 = icmp slt i64 %505, %L
  %514 = select i1 %513, float %512, float 1.000000e+00
  %.neg = fneg float %510
  %515 = select i1 %513, float %.neg, float -0.000000e+00
  %516 = mul nsw i64 %507, %sq
  %517 = shl nsw i64 %ptl, 10
  %518 = shl nsw i64 %ptl, 6
  %519 = getelementptr inbounds float, ptr %R, i64 %518
  %520 = insertelement <16 x float> poison, float %514, i64 0
  %521 = shufflevector <16 x float> %520, <16 x float> poison, <16 x i32> zeroinitializer
  %522 = or disjoint i64 %518, 16
  %523 = getelementptr inbounds float, ptr %R, i64 %522
  %524 = add nsw i64 %tl3, %t0
  %525 = mul nsw i64 %524, %sq
  %526 = getelementptr inbounds float, ptr %oh, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = or disjoint i64 %525, 16
  %529 = getelementptr inbounds float, ptr %oh, i64 %528
  %530 = load <16 x float>, ptr %529, align 4
  %531 = shl nsw i64 %524, 1
  %532 = or disjoint i64 %531, 1
  %533 = mul nsw i64 %532, %sq
  br label %i10.body

tt.exit:                                          ; preds = %i16.exit, %tt.head.preheader
  %534 = load float, ptr %alphas, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %535 = fneg float %222
  %536 = insertelement <16 x float> poison, float %534, i64 0
  %537 = shufflevector <16 x float> %536, <16 x float> poison, <16 x i32> zeroinitializer
  br label %i22.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dgacc.0349 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %570, %i10.body ]
  %dsk.0348 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %598, %i10.body ]
  %dsk1.0347 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %599, %i10.body ]
  %i10.addr.0346 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %538 = shl nuw nsw i64 %i10.addr.0346, 5
  %539 = getelementptr inbounds float, ptr %dS, i64 %538
  %540 = load <16 x float>, ptr %539, align 4
  %541 = or disjoint i64 %538, 16
  %542 = getelementptr inbounds float, ptr %dS, i64 %541
  %543 = load <16 x float>, ptr %542, align 4
  %544 = getelementptr float, ptr %kh, i64 %i10.addr.0346
  %545 = getelementptr float, ptr %544, i64 %516
  %546 = load float, ptr %545, align 4
  %547 = fmul float %515, %546
  %548 = load <16 x float>, ptr %dSkPrev, align 4
  %549 = add nuw nsw i64 %538, %517
  %550 = getelementptr inbounds float, ptr %Sh, i64 %549
  %551 = load <16 x float>, ptr %550, align 4
  %552 = load <16 x float>, ptr %519, align 4
  %553 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %540, <16 x float> %552, <16 x float> zeroinitializer)
  %554 = fneg <16 x float> %551
  %555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %554, <16 x float> %548, <16 x float> %553)
  %556 = insertelement <16 x float> poison, float %547, i64 0
  %557 = shufflevector <16 x float> %556, <16 x float> poison, <16 x i32> zeroinitializer
  %558 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %557, <16 x float> %548, <16 x float> %540)
  %559 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %558, <16 x float> %551, <16 x float> %dgacc.0349)
  %560 = fmul <16 x float> %521, %558
  %561 = load <16 x float>, ptr %9, align 4
  %562 = or disjoint i64 %549, 16
  %563 = getelementptr inbounds float, ptr %Sh, i64 %562
  %564 = load <16 x float>, ptr %563, align 4
  %565 = load <16 x float>, ptr %523, align 4
  %566 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %543, <16 x float> %565, <16 x float> %555)
  %567 = fneg <16 x float> %564
  %568 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %567, <16 x float> %561, <16 x float> %566)
  %569 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %557, <16 x float> %561, <16 x float> %543)
  %570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %569, <16 x float> %564, <16 x float> %559)
  %571 = fmul <16 x float> %521, %569
  %572 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0346
  %573 = load float, ptr %572, align 4
  %574 = shufflevector <16 x float> %568, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %575 = shufflevector <16 x float> %568, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %576 = fadd <8 x float> %574, %575
  %577 = shufflevector <8 x float> %576, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %578 = shufflevector <8 x float> %576, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %579 = fadd <4 x float> %577, %578
  %580 = shufflevector <4 x float> %579, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %581 = shufflevector <4 x float> %579, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %582 = fadd <2 x float> %580, %581
  %shift458 = shufflevector <2 x float> %582, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %583 = fadd <2 x float> %582, %shift458
  %584 = extractelement <2 x float> %583, i64 0
  %585 = fadd float %573, %584
  store float %585, ptr %572, align 4
  %586 = or disjoint i64 %i10.addr.0346, %525
  %587 = getelementptr inbounds float, ptr %qh, i64 %586
  %588 = load float, ptr %587, align 4
  %589 = fmul float %588, 0x3FC6A09E60000000
  %590 = insertelement <16 x float> poison, float %589, i64 0
  %591 = shufflevector <16 x float> %590, <16 x float> poison, <16 x i32> zeroinitializer
  %592 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %591, <16 x float> %527, <16 x float> %560)
  %593 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %591, <16 x float> %530, <16 x float> %571)
  %594 = getelementptr float, ptr %544, i64 %533
  %595 = load float, ptr %594, align 4
  %596 = insertelement <16 x float> poison, float %595, i64 0
  %597 = shufflevector <16 x float> %596, <16 x float> poison, <16 x i32> zeroinitializer
  %598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %597, <16 x float> %592, <16 x float> %dsk.0348)
  %599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %597, <16 x float> %593, <16 x float> %dsk1.0347)
  store <16 x float> %592, ptr %539, align 4
  store <16 x float> %593, ptr %542, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0346, 1
  %exitcond409.not = icmp eq i64 %i10.next, 32
  br i1 %exitcond409.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <16 x float> %598, ptr %dSk, align 4
  store <16 x float> %599, ptr %10, align 4
  br i1 %513, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %600 = insertelement <16 x float> poison, float %510, i64 0
  %601 = shufflevector <16 x float> %600, <16 x float> poison, <16 x i32> zeroinitializer
  %602 = load <16 x float>, ptr %dkTmp, align 4
  %603 = fmul <16 x float> %601, %602
  %604 = getelementptr float, ptr %kh1, i64 %516
  store <16 x float> %603, ptr %604, align 4
  %605 = load <16 x float>, ptr %24, align 4
  %606 = fmul <16 x float> %601, %605
  %607 = getelementptr float, ptr %41, i64 %516
  store <16 x float> %606, ptr %607, align 4
  %608 = shufflevector <16 x float> %570, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %609 = shufflevector <16 x float> %570, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %610 = fadd <8 x float> %608, %609
  %611 = shufflevector <8 x float> %610, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %612 = shufflevector <8 x float> %610, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %613 = fadd <4 x float> %611, %612
  %614 = shufflevector <4 x float> %613, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %615 = shufflevector <4 x float> %613, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %616 = fadd <2 x float> %614, %615
  %shift459 = shufflevector <2 x float> %616, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %617 = fadd <2 x float> %616, %shift459
  %618 = extractelement <2 x float> %617, i64 0
  %619 = mul nsw i64 %506, %H
  %620 = getelementptr inbounds float, ptr %gh1, i64 %619
  store float %618, ptr %620, align 4
  br label %endif

endif:                                            ; preds = %i10.exit, %j5.head.preheader
  %621 = mul nsw i64 %532, %H
  %622 = getelementptr inbounds float, ptr %betah, i64 %621
  %623 = load float, ptr %622, align 4
  %624 = insertelement <16 x float> poison, float %623, i64 0
  %625 = shufflevector <16 x float> %624, <16 x float> poison, <16 x i32> zeroinitializer
  %626 = fmul <16 x float> %625, %598
  %627 = getelementptr float, ptr %vh1, i64 %533
  store <16 x float> %626, ptr %627, align 4
  %628 = fmul <16 x float> %625, %599
  %629 = getelementptr float, ptr %42, i64 %533
  store <16 x float> %628, ptr %629, align 4
  %.idx374 = shl i64 %tl3, 8
  %630 = getelementptr i8, ptr %R, i64 %.idx374
  %631 = getelementptr i8, ptr %630, i64 128
  %632 = load <16 x float>, ptr %631, align 4
  %633 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %598, <16 x float> %632, <16 x float> zeroinitializer)
  %634 = getelementptr i8, ptr %25, i64 %.idx374
  %635 = getelementptr i8, ptr %634, i64 128
  %636 = load <16 x float>, ptr %635, align 4
  %637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %599, <16 x float> %636, <16 x float> %633)
  %638 = shufflevector <16 x float> %637, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %639 = shufflevector <16 x float> %637, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %640 = fadd <8 x float> %638, %639
  %641 = shufflevector <8 x float> %640, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %642 = shufflevector <8 x float> %640, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %643 = fadd <4 x float> %641, %642
  %644 = shufflevector <4 x float> %643, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %645 = shufflevector <4 x float> %643, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %646 = fadd <2 x float> %644, %645
  %shift460 = shufflevector <2 x float> %646, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %647 = fadd <2 x float> %646, %shift460
  %648 = extractelement <2 x float> %647, i64 0
  %649 = getelementptr inbounds float, ptr %betah1, i64 %621
  store float %648, ptr %649, align 4
  store <16 x float> %598, ptr %dSkPrev, align 4
  store <16 x float> %599, ptr %26, align 4
  %650 = mul nsw i64 %531, %H
  %651 = getelementptr inbounds float, ptr %betah, i64 %650
  %652 = load float, ptr %651, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %653 = fneg float %623
  %654 = mul nsw i64 %531, %sq
  %655 = shl nsw i64 %tl3, 10
  %656 = shl i64 %tl3, 6
  %657 = getelementptr inbounds float, ptr %R, i64 %656
  %658 = or disjoint i64 %656, 32
  %659 = getelementptr inbounds float, ptr %R, i64 %658
  %660 = or disjoint i64 %656, 16
  %661 = getelementptr inbounds float, ptr %R, i64 %660
  %662 = or disjoint i64 %656, 48
  %663 = getelementptr inbounds float, ptr %R, i64 %662
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0358 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk3.0357 = phi <16 x float> [ zeroinitializer, %endif ], [ %720, %i16.body ]
  %dsk2.0356 = phi <16 x float> [ zeroinitializer, %endif ], [ %719, %i16.body ]
  %664 = shl nuw nsw i64 %i16.addr.0358, 5
  %665 = getelementptr inbounds float, ptr %dS, i64 %664
  %666 = load <16 x float>, ptr %665, align 4
  %667 = or disjoint i64 %664, 16
  %668 = getelementptr inbounds float, ptr %dS, i64 %667
  %669 = load <16 x float>, ptr %668, align 4
  %670 = getelementptr float, ptr %kh, i64 %i16.addr.0358
  %671 = getelementptr float, ptr %670, i64 %533
  %672 = load float, ptr %671, align 4
  %673 = fmul float %672, %653
  %674 = getelementptr float, ptr %670, i64 %654
  %675 = load float, ptr %674, align 4
  %676 = fmul float %652, %675
  %677 = load <16 x float>, ptr %dSkPrev, align 4
  %678 = add nuw nsw i64 %664, %655
  %679 = getelementptr inbounds float, ptr %Sh, i64 %678
  %680 = load <16 x float>, ptr %679, align 4
  %681 = load <16 x float>, ptr %657, align 4
  %682 = insertelement <16 x float> poison, float %676, i64 0
  %683 = shufflevector <16 x float> %682, <16 x float> poison, <16 x i32> zeroinitializer
  %684 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %683, <16 x float> %681, <16 x float> %680)
  %685 = load <16 x float>, ptr %659, align 4
  %686 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %666, <16 x float> %685, <16 x float> zeroinitializer)
  %687 = fneg <16 x float> %684
  %688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %687, <16 x float> %677, <16 x float> %686)
  %689 = insertelement <16 x float> poison, float %673, i64 0
  %690 = shufflevector <16 x float> %689, <16 x float> poison, <16 x i32> zeroinitializer
  %691 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %690, <16 x float> %677, <16 x float> %666)
  %692 = load <16 x float>, ptr %9, align 4
  %693 = or disjoint i64 %678, 16
  %694 = getelementptr inbounds float, ptr %Sh, i64 %693
  %695 = load <16 x float>, ptr %694, align 4
  %696 = load <16 x float>, ptr %661, align 4
  %697 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %683, <16 x float> %696, <16 x float> %695)
  %698 = load <16 x float>, ptr %663, align 4
  %699 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %669, <16 x float> %698, <16 x float> %688)
  %700 = fneg <16 x float> %697
  %701 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %700, <16 x float> %692, <16 x float> %699)
  %702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %690, <16 x float> %692, <16 x float> %669)
  %703 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0358
  %704 = load float, ptr %703, align 4
  %705 = shufflevector <16 x float> %701, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %706 = shufflevector <16 x float> %701, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %707 = fadd <8 x float> %705, %706
  %708 = shufflevector <8 x float> %707, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %709 = shufflevector <8 x float> %707, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %710 = fadd <4 x float> %708, %709
  %711 = shufflevector <4 x float> %710, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %712 = shufflevector <4 x float> %710, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %713 = fadd <2 x float> %711, %712
  %shift461 = shufflevector <2 x float> %713, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %714 = fadd <2 x float> %713, %shift461
  %715 = extractelement <2 x float> %714, i64 0
  %716 = fadd float %704, %715
  store float %716, ptr %703, align 4
  %717 = insertelement <16 x float> poison, float %675, i64 0
  %718 = shufflevector <16 x float> %717, <16 x float> poison, <16 x i32> zeroinitializer
  %719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %718, <16 x float> %691, <16 x float> %dsk2.0356)
  %720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %718, <16 x float> %702, <16 x float> %dsk3.0357)
  store <16 x float> %691, ptr %665, align 4
  store <16 x float> %702, ptr %668, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0358, 1
  %exitcond410.not = icmp eq i64 %i16.next, 32
  br i1 %exitcond410.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <16 x float> %719, ptr %dSk, align 4
  store <16 x float> %720, ptr %10, align 4
  %721 = load <16 x float>, ptr %dkTmp, align 4
  %722 = fmul <16 x float> %625, %721
  %723 = getelementptr float, ptr %kh1, i64 %533
  store <16 x float> %722, ptr %723, align 4
  %724 = load <16 x float>, ptr %27, align 4
  %725 = fmul <16 x float> %625, %724
  %726 = getelementptr float, ptr %43, i64 %533
  store <16 x float> %725, ptr %726, align 4
  %727 = insertelement <16 x float> poison, float %652, i64 0
  %728 = shufflevector <16 x float> %727, <16 x float> poison, <16 x i32> zeroinitializer
  %729 = fmul <16 x float> %728, %719
  %730 = getelementptr float, ptr %vh1, i64 %654
  store <16 x float> %729, ptr %730, align 4
  %731 = fmul <16 x float> %728, %720
  %732 = getelementptr float, ptr %42, i64 %654
  store <16 x float> %731, ptr %732, align 4
  %733 = load <16 x float>, ptr %630, align 4
  %734 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %719, <16 x float> %733, <16 x float> zeroinitializer)
  %735 = load <16 x float>, ptr %634, align 4
  %736 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %720, <16 x float> %735, <16 x float> %734)
  %737 = shufflevector <16 x float> %736, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %738 = shufflevector <16 x float> %736, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %739 = fadd <8 x float> %737, %738
  %740 = shufflevector <8 x float> %739, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %741 = shufflevector <8 x float> %739, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %742 = fadd <4 x float> %740, %741
  %743 = shufflevector <4 x float> %742, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %744 = shufflevector <4 x float> %742, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %745 = fadd <2 x float> %743, %744
  %shift462 = shufflevector <2 x float> %745, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %746 = fadd <2 x float> %745, %shift462
  %747 = extractelement <2 x float> %746, i64 0
  %748 = getelementptr inbounds float, ptr %betah1, i64 %650
  store float %747, ptr %748, align 4
  store <16 x float> %719, ptr %dSkPrev, align 4
  store <16 x float> %720, ptr %26, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0364, 1
  %exitcond413.not = icmp eq i64 %tt.next, %smax412
  br i1 %exitcond413.not, label %tt.exit, label %tt.body

j13.head.preheader:                               ; preds = %i22.body
  %749 = load <16 x float>, ptr %dkTmp, align 4
  %750 = fmul <16 x float> %228, %749
  %751 = getelementptr inbounds float, ptr %kh1, i64 %223
  store <16 x float> %750, ptr %751, align 4
  %752 = load <16 x float>, ptr %28, align 4
  %753 = fmul <16 x float> %228, %752
  %754 = getelementptr inbounds float, ptr %kh1, i64 %230
  store <16 x float> %753, ptr %754, align 4
  %755 = shufflevector <16 x float> %798, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %756 = shufflevector <16 x float> %798, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %757 = fadd <8 x float> %755, %756
  %758 = shufflevector <8 x float> %757, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %759 = shufflevector <8 x float> %757, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %760 = fadd <4 x float> %758, %759
  %761 = shufflevector <4 x float> %760, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %762 = shufflevector <4 x float> %760, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %763 = fadd <2 x float> %761, %762
  %shift463 = shufflevector <2 x float> %763, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %764 = fadd <2 x float> %763, %shift463
  %765 = extractelement <2 x float> %764, i64 0
  %766 = mul nsw i64 %t0, %H
  %767 = getelementptr inbounds float, ptr %gh1, i64 %766
  store float %765, ptr %767, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0369, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond416.not = icmp eq i64 %cc.next, %smax415
  br i1 %exitcond416.not, label %i24.head.preheader, label %cc.body

i22.body:                                         ; preds = %tt.exit, %i22.body
  %i22.addr.0367 = phi i64 [ 0, %tt.exit ], [ %i22.next, %i22.body ]
  %dgacc1.0366 = phi <16 x float> [ zeroinitializer, %tt.exit ], [ %798, %i22.body ]
  %768 = shl nuw nsw i64 %i22.addr.0367, 5
  %769 = getelementptr inbounds float, ptr %dS, i64 %768
  %770 = load <16 x float>, ptr %769, align 4
  %771 = or disjoint i64 %768, 16
  %772 = getelementptr inbounds float, ptr %dS, i64 %771
  %773 = load <16 x float>, ptr %772, align 4
  %774 = or disjoint i64 %i22.addr.0367, %223
  %775 = getelementptr inbounds float, ptr %kh, i64 %774
  %776 = load float, ptr %775, align 4
  %777 = fmul float %776, %535
  %778 = load <16 x float>, ptr %dSkPrev, align 4
  %779 = getelementptr inbounds float, ptr %Sh, i64 %768
  %780 = load <16 x float>, ptr %779, align 4
  %781 = load <16 x float>, ptr %R, align 4
  %782 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %770, <16 x float> %781, <16 x float> zeroinitializer)
  %783 = fneg <16 x float> %780
  %784 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %783, <16 x float> %778, <16 x float> %782)
  %785 = insertelement <16 x float> poison, float %777, i64 0
  %786 = shufflevector <16 x float> %785, <16 x float> poison, <16 x i32> zeroinitializer
  %787 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %786, <16 x float> %778, <16 x float> %770)
  %788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %787, <16 x float> %780, <16 x float> %dgacc1.0366)
  %789 = fmul <16 x float> %537, %787
  %790 = load <16 x float>, ptr %9, align 4
  %791 = getelementptr inbounds float, ptr %Sh, i64 %771
  %792 = load <16 x float>, ptr %791, align 4
  %793 = load <16 x float>, ptr %5, align 4
  %794 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %773, <16 x float> %793, <16 x float> %784)
  %795 = fneg <16 x float> %792
  %796 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %795, <16 x float> %790, <16 x float> %794)
  %797 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %786, <16 x float> %790, <16 x float> %773)
  %798 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %797, <16 x float> %792, <16 x float> %788)
  %799 = fmul <16 x float> %537, %797
  %800 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0367
  %801 = load float, ptr %800, align 4
  %802 = shufflevector <16 x float> %796, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %803 = shufflevector <16 x float> %796, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %804 = fadd <8 x float> %802, %803
  %805 = shufflevector <8 x float> %804, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %806 = shufflevector <8 x float> %804, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %807 = fadd <4 x float> %805, %806
  %808 = shufflevector <4 x float> %807, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %809 = shufflevector <4 x float> %807, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %810 = fadd <2 x float> %808, %809
  %shift464 = shufflevector <2 x float> %810, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %811 = fadd <2 x float> %810, %shift464
  %812 = extractelement <2 x float> %811, i64 0
  %813 = fadd float %801, %812
  store float %813, ptr %800, align 4
  store <16 x float> %789, ptr %769, align 4
  store <16 x float> %799, ptr %772, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0367, 1
  %exitcond414.not = icmp eq i64 %i22.next, 32
  br i1 %exitcond414.not, label %j13.head.preheader, label %i22.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.rint.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.rint.v8f32(<8 x float>) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !5}
!5 = !{!"llvm.loop.unroll.disable"}
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
  %2 = or disjoint i64 %sq, 16
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i2.exit
  %bh.addr.0114 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0114, %H
  %h = srem i64 %bh.addr.0114, %H
  %3 = mul nsw i64 %b, %H
  %bT = add nsw i64 %3, %h
  %4 = mul i64 %1, %b
  %bTn = add nsw i64 %4, %h
  %5 = shl nsw i64 %bT, 5
  %6 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %6
  %vh = getelementptr inbounds float, ptr %v, i64 %6
  %gh = getelementptr inbounds float, ptr %g, i64 %bT
  %S.idx = shl nsw i64 %bh.addr.0114, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0103 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %39, %i.body ]
  %acc1.0102 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %43, %i.body ]
  %acc2.0101 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %52, %i.body ]
  %acc3.0100 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %56, %i.body ]
  %i.addr.099 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %7 = getelementptr inbounds float, ptr %kh, i64 %i.addr.099
  %8 = load float, ptr %7, align 4
  %9 = shl nuw nsw i64 %i.addr.099, 5
  %10 = getelementptr inbounds float, ptr %S, i64 %9
  %11 = load <16 x float>, ptr %10, align 4
  %12 = insertelement <16 x float> poison, float %8, i64 0
  %13 = shufflevector <16 x float> %12, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %11, <16 x float> %acc.0103)
  %15 = or disjoint i64 %9, 16
  %16 = getelementptr inbounds float, ptr %S, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %17, <16 x float> %acc1.0102)
  %19 = or disjoint i64 %i.addr.099, 1
  %20 = getelementptr inbounds float, ptr %kh, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = shl nuw nsw i64 %19, 5
  %23 = getelementptr inbounds float, ptr %S, i64 %22
  %24 = load <16 x float>, ptr %23, align 4
  %25 = insertelement <16 x float> poison, float %21, i64 0
  %26 = shufflevector <16 x float> %25, <16 x float> poison, <16 x i32> zeroinitializer
  %27 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %24, <16 x float> %acc2.0101)
  %28 = or disjoint i64 %22, 16
  %29 = getelementptr inbounds float, ptr %S, i64 %28
  %30 = load <16 x float>, ptr %29, align 4
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %30, <16 x float> %acc3.0100)
  %i.next = or disjoint i64 %i.addr.099, 2
  %32 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %33 = load float, ptr %32, align 4
  %34 = shl nuw nsw i64 %i.next, 5
  %35 = getelementptr inbounds float, ptr %S, i64 %34
  %36 = load <16 x float>, ptr %35, align 4
  %37 = insertelement <16 x float> poison, float %33, i64 0
  %38 = shufflevector <16 x float> %37, <16 x float> poison, <16 x i32> zeroinitializer
  %39 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %38, <16 x float> %36, <16 x float> %14)
  %40 = or disjoint i64 %34, 16
  %41 = getelementptr inbounds float, ptr %S, i64 %40
  %42 = load <16 x float>, ptr %41, align 4
  %43 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %38, <16 x float> %42, <16 x float> %18)
  %44 = or disjoint i64 %i.addr.099, 3
  %45 = getelementptr inbounds float, ptr %kh, i64 %44
  %46 = load float, ptr %45, align 4
  %47 = shl nuw nsw i64 %44, 5
  %48 = getelementptr inbounds float, ptr %S, i64 %47
  %49 = load <16 x float>, ptr %48, align 4
  %50 = insertelement <16 x float> poison, float %46, i64 0
  %51 = shufflevector <16 x float> %50, <16 x float> poison, <16 x i32> zeroinitializer
  %52 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %49, <16 x float> %27)
  %53 = or disjoint i64 %47, 16
  %54 = getelementptr inbounds float, ptr %S, i64 %53
  %55 = load <16 x float>, ptr %54, align 4
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> %55, <16 x float> %31)
  %i.next.1 = add nuw nsw i64 %i.addr.099, 4
  %57 = icmp ult i64 %i.next, 30
  br i1 %57, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %58 = load float, ptr %gh, align 4
  %59 = tail call float @llvm.maxnum.f32(float %58, float 0xC055D51EC0000000)
  %60 = tail call float @llvm.minnum.f32(float %59, float 8.800000e+01)
  %61 = fmul float %60, 0x3FF7154760000000
  %62 = tail call float @llvm.rint.f32(float %61)
  %63 = tail call float @llvm.fma.f32(float %62, float 0xBFE6300000000000, float %60)
  %64 = tail call float @llvm.fma.f32(float %62, float 0x3F2BD01060000000, float %63)
  %65 = tail call float @llvm.fma.f32(float %64, float 0x3F2A0D2CE0000000, float 0x3F56E879C0000000)
  %66 = tail call float @llvm.fma.f32(float %65, float %64, float 0x3F81112100000000)
  %67 = tail call float @llvm.fma.f32(float %66, float %64, float 0x3FA5553820000000)
  %68 = tail call float @llvm.fma.f32(float %67, float %64, float 0x3FC5555540000000)
  %69 = tail call float @llvm.fma.f32(float %68, float %64, float 5.000000e-01)
  %70 = fmul float %64, %64
  %71 = tail call float @llvm.fma.f32(float %69, float %70, float %64)
  %72 = fadd float %71, 1.000000e+00
  %73 = fptosi float %62 to i32
  %74 = shl i32 %73, 23
  %75 = add i32 %74, 1065353216
  %76 = bitcast i32 %75 to float
  %77 = fmul float %72, %76
  %78 = load float, ptr %betah, align 4
  %79 = load <16 x float>, ptr %vh, align 4
  %80 = fadd <16 x float> %52, %39
  %81 = insertelement <16 x float> poison, float %77, i64 0
  %82 = shufflevector <16 x float> %81, <16 x float> poison, <16 x i32> zeroinitializer
  %83 = fmul <16 x float> %80, %82
  %84 = fsub <16 x float> %79, %83
  %85 = insertelement <16 x float> poison, float %78, i64 0
  %86 = shufflevector <16 x float> %85, <16 x float> poison, <16 x i32> zeroinitializer
  %87 = fmul <16 x float> %86, %84
  %88 = getelementptr inbounds i8, ptr %vh, i64 64
  %89 = load <16 x float>, ptr %88, align 4
  %90 = fadd <16 x float> %56, %43
  %91 = fmul <16 x float> %90, %82
  %92 = fsub <16 x float> %89, %91
  %93 = fmul <16 x float> %86, %92
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc418.0108 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %108, %i1.body ]
  %acc5.0107 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %114, %i1.body ]
  %acc6.0106 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %130, %i1.body ]
  %acc7.0105 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %136, %i1.body ]
  %i1.addr.0104 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %94 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0104
  %95 = load float, ptr %94, align 4
  %96 = or disjoint i64 %i1.addr.0104, %sq
  %97 = getelementptr inbounds float, ptr %kh, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = insertelement <16 x float> poison, float %95, i64 0
  %100 = shufflevector <16 x float> %99, <16 x float> poison, <16 x i32> zeroinitializer
  %101 = shl nuw nsw i64 %i1.addr.0104, 5
  %102 = getelementptr inbounds float, ptr %S, i64 %101
  %103 = load <16 x float>, ptr %102, align 4
  %104 = fmul <16 x float> %82, %103
  %105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %100, <16 x float> %87, <16 x float> %104)
  store <16 x float> %105, ptr %102, align 4
  %106 = insertelement <16 x float> poison, float %98, i64 0
  %107 = shufflevector <16 x float> %106, <16 x float> poison, <16 x i32> zeroinitializer
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %105, <16 x float> %acc418.0108)
  %109 = or disjoint i64 %101, 16
  %110 = getelementptr inbounds float, ptr %S, i64 %109
  %111 = load <16 x float>, ptr %110, align 4
  %112 = fmul <16 x float> %82, %111
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %100, <16 x float> %93, <16 x float> %112)
  store <16 x float> %113, ptr %110, align 4
  %114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %113, <16 x float> %acc5.0107)
  %115 = or disjoint i64 %i1.addr.0104, 1
  %116 = getelementptr inbounds float, ptr %kh, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = or disjoint i64 %115, %sq
  %119 = getelementptr inbounds float, ptr %kh, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = insertelement <16 x float> poison, float %117, i64 0
  %122 = shufflevector <16 x float> %121, <16 x float> poison, <16 x i32> zeroinitializer
  %123 = shl nuw nsw i64 %115, 5
  %124 = getelementptr inbounds float, ptr %S, i64 %123
  %125 = load <16 x float>, ptr %124, align 4
  %126 = fmul <16 x float> %82, %125
  %127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %122, <16 x float> %87, <16 x float> %126)
  store <16 x float> %127, ptr %124, align 4
  %128 = insertelement <16 x float> poison, float %120, i64 0
  %129 = shufflevector <16 x float> %128, <16 x float> poison, <16 x i32> zeroinitializer
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %127, <16 x float> %acc6.0106)
  %131 = or disjoint i64 %123, 16
  %132 = getelementptr inbounds float, ptr %S, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = fmul <16 x float> %82, %133
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %122, <16 x float> %93, <16 x float> %134)
  store <16 x float> %135, ptr %132, align 4
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %135, <16 x float> %acc7.0105)
  %i1.next = add nuw nsw i64 %i1.addr.0104, 2
  %137 = icmp ult i64 %i1.addr.0104, 30
  br i1 %137, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %5
  %138 = getelementptr inbounds float, ptr %betah, i64 %H
  %139 = load float, ptr %138, align 4
  %140 = getelementptr inbounds float, ptr %vh, i64 %sq
  %141 = load <16 x float>, ptr %140, align 4
  %142 = fadd <16 x float> %130, %108
  %143 = fsub <16 x float> %141, %142
  %144 = insertelement <16 x float> poison, float %139, i64 0
  %145 = shufflevector <16 x float> %144, <16 x float> poison, <16 x i32> zeroinitializer
  %146 = fmul <16 x float> %145, %143
  %147 = getelementptr inbounds float, ptr %vh, i64 %2
  %148 = load <16 x float>, ptr %147, align 4
  %149 = fadd <16 x float> %136, %114
  %150 = fsub <16 x float> %148, %149
  %151 = fmul <16 x float> %145, %150
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0113 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc9.0110 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %189, %i2.body ]
  %acc8.0109 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %184, %i2.body ]
  %152 = or disjoint i64 %i2.addr.0113, %sq
  %153 = getelementptr inbounds float, ptr %kh, i64 %152
  %154 = load float, ptr %153, align 4
  %155 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0113
  %156 = load float, ptr %155, align 4
  %157 = insertelement <16 x float> poison, float %154, i64 0
  %158 = shufflevector <16 x float> %157, <16 x float> poison, <16 x i32> zeroinitializer
  %159 = shl nuw nsw i64 %i2.addr.0113, 5
  %160 = getelementptr inbounds float, ptr %S, i64 %159
  %161 = load <16 x float>, ptr %160, align 4
  %162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %158, <16 x float> %146, <16 x float> %161)
  store <16 x float> %162, ptr %160, align 4
  %163 = insertelement <16 x float> poison, float %156, i64 0
  %164 = shufflevector <16 x float> %163, <16 x float> poison, <16 x i32> zeroinitializer
  %165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %162, <16 x float> %acc8.0109)
  %166 = or disjoint i64 %159, 16
  %167 = getelementptr inbounds float, ptr %S, i64 %166
  %168 = load <16 x float>, ptr %167, align 4
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %158, <16 x float> %151, <16 x float> %168)
  store <16 x float> %169, ptr %167, align 4
  %170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %169, <16 x float> %acc9.0110)
  %i2.next = or disjoint i64 %i2.addr.0113, 1
  %171 = or disjoint i64 %i2.next, %sq
  %172 = getelementptr inbounds float, ptr %kh, i64 %171
  %173 = load float, ptr %172, align 4
  %174 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %175 = load float, ptr %174, align 4
  %176 = insertelement <16 x float> poison, float %173, i64 0
  %177 = shufflevector <16 x float> %176, <16 x float> poison, <16 x i32> zeroinitializer
  %178 = shl nuw nsw i64 %i2.next, 5
  %179 = getelementptr inbounds float, ptr %S, i64 %178
  %180 = load <16 x float>, ptr %179, align 4
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %177, <16 x float> %146, <16 x float> %180)
  store <16 x float> %181, ptr %179, align 4
  %182 = insertelement <16 x float> poison, float %175, i64 0
  %183 = shufflevector <16 x float> %182, <16 x float> poison, <16 x i32> zeroinitializer
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %181, <16 x float> %165)
  %185 = or disjoint i64 %178, 16
  %186 = getelementptr inbounds float, ptr %S, i64 %185
  %187 = load <16 x float>, ptr %186, align 4
  %188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %177, <16 x float> %151, <16 x float> %187)
  store <16 x float> %188, ptr %186, align 4
  %189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %188, <16 x float> %170)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0113, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %5
  %190 = fmul <16 x float> %184, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %190, ptr %oh, align 4
  %191 = fmul <16 x float> %189, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %192 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %191, ptr %192, align 4
  %bh.next = add nsw i64 %bh.addr.0114, 1
  %exitcond124.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond124.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.rint.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
