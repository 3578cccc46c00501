; ---- dp_fwd_h1_k32_v32_r32_nogate_silu_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k32_v32_r32_nogate_silu_l2norm'
source_filename = "dp_fwd_h1_k32_v32_r32_nogate_silu_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_fwd_h1_k32_v32_r32_nogate_silu_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep136 = getelementptr i8, ptr %work, i64 4228
  %sv = shl nsw i64 %H, 5
  %.idx = shl i64 %T, 7
  %gep135 = getelementptr i8, ptr %invariant.gep136, i64 %.idx
  %.idx102 = shl i64 %T, 8
  %gep137 = getelementptr i8, ptr %invariant.gep136, i64 %.idx102
  %1 = icmp sgt i64 %T, 0
  %2 = add nsw i64 %T, -1
  %3 = add nsw i64 %T, 31
  %nc = sdiv i64 %3, 32
  %4 = mul i64 %nc, %bh0
  %5 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %6 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i4.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i4.head.preheader ]
  %bh.addr.0138 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i4.head.preheader ]
  %7 = add i64 %indvar, %bh0
  %8 = shl i64 %7, 12
  %scevgep157 = getelementptr i8, ptr %hT, i64 %8
  %9 = mul i64 %5, %indvar
  %scevgep151 = getelementptr i8, ptr %h0, i64 %8
  %b = sdiv i64 %bh.addr.0138, %H
  %h = srem i64 %bh.addr.0138, %H
  %10 = mul nsw i64 %b, %T
  %11 = mul nsw i64 %10, %H
  %bT = add nsw i64 %11, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %oh.idx = shl nsw i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %o, i64 %oh.idx
  br i1 %1, label %t.body.lr.ph, label %i.head.preheader.thread

i.head.preheader.thread:                          ; preds = %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep151, i64 4096, i1 false)
  br label %i4.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %12 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %12
  %invariant.gep104 = getelementptr float, ptr %k, i64 %12
  %invariant.gep106 = getelementptr float, ptr %v, i64 %12
  br label %t.body

bh.exit:                                          ; preds = %i4.head.preheader, %entry
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep151, i64 4096, i1 false)
  br i1 %1, label %i1.head.preheader.lr.ph, label %i4.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0103 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %13 = add nuw nsw i64 %t.addr.0103, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %13, i64 %2)
  %14 = add nsw i64 %tp, %10
  %15 = mul nsw i64 %14, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %15
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %16 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %16, i32 0, i32 2, i32 1)
  %17 = mul nsw i64 %14, %k_ts
  %gep105 = getelementptr float, ptr %invariant.gep104, i64 %17
  tail call void @llvm.prefetch.p0(ptr %gep105, i32 0, i32 2, i32 1)
  %18 = getelementptr i8, ptr %gep105, i64 64
  tail call void @llvm.prefetch.p0(ptr %18, i32 0, i32 2, i32 1)
  %19 = mul nsw i64 %14, %v_ts
  %gep107 = getelementptr float, ptr %invariant.gep106, i64 %19
  tail call void @llvm.prefetch.p0(ptr %gep107, i32 0, i32 2, i32 1)
  %20 = getelementptr i8, ptr %gep107, i64 64
  tail call void @llvm.prefetch.p0(ptr %20, i32 0, i32 2, i32 1)
  %21 = add nsw i64 %t.addr.0103, %10
  %22 = mul nsw i64 %21, %q_ts
  %gep109 = getelementptr float, ptr %invariant.gep, i64 %22
  %23 = load <16 x float>, ptr %gep109, align 4
  %24 = fneg <16 x float> %23
  %25 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %24, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %26 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %25, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %27 = fmul <16 x float> %26, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %28 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %27)
  %29 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %28, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %26)
  %30 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %28, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %29)
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %32 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %31, <16 x float> %30, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %32, <16 x float> %30, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %30, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %35 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %34, <16 x float> %30, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %36 = fmul <16 x float> %30, %30
  %37 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %35, <16 x float> %36, <16 x float> %30)
  %38 = fadd <16 x float> %37, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %39 = fptosi <16 x float> %28 to <16 x i32>
  %40 = shl <16 x i32> %39, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %41 = add <16 x i32> %40, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %42 = bitcast <16 x i32> %41 to <16 x float>
  %43 = fmul <16 x float> %38, %42
  %44 = fadd <16 x float> %43, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %45 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %44
  %46 = fmul <16 x float> %23, %45
  %47 = getelementptr i8, ptr %gep109, i64 64
  %48 = load <16 x float>, ptr %47, align 4
  %49 = fneg <16 x float> %48
  %50 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %49, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %51 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %50, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %52 = fmul <16 x float> %51, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %53 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %52)
  %54 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %53, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %51)
  %55 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %53, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %54)
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %57 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %56, <16 x float> %55, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %58 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %57, <16 x float> %55, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %59 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %58, <16 x float> %55, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %59, <16 x float> %55, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %61 = fmul <16 x float> %55, %55
  %62 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %60, <16 x float> %61, <16 x float> %55)
  %63 = fadd <16 x float> %62, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %64 = fptosi <16 x float> %53 to <16 x i32>
  %65 = shl <16 x i32> %64, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %66 = add <16 x i32> %65, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %67 = bitcast <16 x i32> %66 to <16 x float>
  %68 = fmul <16 x float> %63, %67
  %69 = fadd <16 x float> %68, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %70 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %69
  %71 = fmul <16 x float> %48, %70
  %72 = fmul <16 x float> %46, %46
  %73 = fmul <16 x float> %71, %71
  %74 = fadd <16 x float> %72, %73
  %75 = shufflevector <16 x float> %74, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %76 = shufflevector <16 x float> %74, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %77 = fadd <8 x float> %75, %76
  %78 = shufflevector <8 x float> %77, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %79 = shufflevector <8 x float> %77, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %80 = fadd <4 x float> %78, %79
  %81 = shufflevector <4 x float> %80, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %82 = shufflevector <4 x float> %80, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %83 = fadd <2 x float> %81, %82
  %shift = shufflevector <2 x float> %83, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %84 = fadd <2 x float> %83, %shift
  %85 = extractelement <2 x float> %84, i64 0
  %86 = fadd float %85, 0x3EB0C6F7A0000000
  %87 = tail call float @llvm.sqrt.f32(float %86)
  %88 = fdiv float 1.000000e+00, %87
  %89 = insertelement <16 x float> poison, float %88, i64 0
  %90 = shufflevector <16 x float> %89, <16 x float> poison, <16 x i32> zeroinitializer
  %91 = fmul <16 x float> %46, %90
  %92 = shl nsw i64 %t.addr.0103, 5
  %93 = getelementptr inbounds float, ptr %invariant.gep136, i64 %92
  store <16 x float> %91, ptr %93, align 4
  %94 = fmul <16 x float> %71, %90
  %95 = or disjoint i64 %92, 16
  %96 = getelementptr inbounds float, ptr %invariant.gep136, i64 %95
  store <16 x float> %94, ptr %96, align 4
  %97 = mul nsw i64 %21, %k_ts
  %gep111 = getelementptr float, ptr %invariant.gep104, i64 %97
  %98 = load <16 x float>, ptr %gep111, align 4
  %99 = fneg <16 x float> %98
  %100 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %99, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %101 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %100, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %102 = fmul <16 x float> %101, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %103 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %102)
  %104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %103, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %101)
  %105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %103, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %104)
  %106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %105, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %105, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %105, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %108, <16 x float> %105, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %105, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %111 = fmul <16 x float> %105, %105
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %110, <16 x float> %111, <16 x float> %105)
  %113 = fadd <16 x float> %112, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %114 = fptosi <16 x float> %103 to <16 x i32>
  %115 = shl <16 x i32> %114, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %116 = add <16 x i32> %115, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %117 = bitcast <16 x i32> %116 to <16 x float>
  %118 = fmul <16 x float> %113, %117
  %119 = fadd <16 x float> %118, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %120 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %119
  %121 = fmul <16 x float> %98, %120
  %122 = getelementptr i8, ptr %gep111, i64 64
  %123 = load <16 x float>, ptr %122, align 4
  %124 = fneg <16 x float> %123
  %125 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %124, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %126 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %125, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %127 = fmul <16 x float> %126, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %128 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %127)
  %129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %128, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %126)
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %128, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %129)
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %131, <16 x float> %130, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %132, <16 x float> %130, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %130, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %134, <16 x float> %130, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %136 = fmul <16 x float> %130, %130
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %136, <16 x float> %130)
  %138 = fadd <16 x float> %137, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %139 = fptosi <16 x float> %128 to <16 x i32>
  %140 = shl <16 x i32> %139, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %141 = add <16 x i32> %140, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %142 = bitcast <16 x i32> %141 to <16 x float>
  %143 = fmul <16 x float> %138, %142
  %144 = fadd <16 x float> %143, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %145 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %144
  %146 = fmul <16 x float> %123, %145
  %147 = fmul <16 x float> %121, %121
  %148 = fmul <16 x float> %146, %146
  %149 = fadd <16 x float> %147, %148
  %150 = shufflevector <16 x float> %149, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %151 = shufflevector <16 x float> %149, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %152 = fadd <8 x float> %150, %151
  %153 = shufflevector <8 x float> %152, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %154 = shufflevector <8 x float> %152, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %155 = fadd <4 x float> %153, %154
  %156 = shufflevector <4 x float> %155, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %157 = shufflevector <4 x float> %155, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %158 = fadd <2 x float> %156, %157
  %shift177 = shufflevector <2 x float> %158, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %159 = fadd <2 x float> %158, %shift177
  %160 = extractelement <2 x float> %159, i64 0
  %161 = fadd float %160, 0x3EB0C6F7A0000000
  %162 = tail call float @llvm.sqrt.f32(float %161)
  %163 = fdiv float 1.000000e+00, %162
  %164 = insertelement <16 x float> poison, float %163, i64 0
  %165 = shufflevector <16 x float> %164, <16 x float> poison, <16 x i32> zeroinitializer
  %166 = fmul <16 x float> %121, %165
  %167 = getelementptr inbounds float, ptr %gep135, i64 %92
  store <16 x float> %166, ptr %167, align 4
  %168 = fmul <16 x float> %146, %165
  %169 = getelementptr inbounds float, ptr %gep135, i64 %95
  store <16 x float> %168, ptr %169, align 4
  %170 = mul nsw i64 %21, %v_ts
  %gep113 = getelementptr float, ptr %invariant.gep106, i64 %170
  %171 = load <16 x float>, ptr %gep113, align 4
  %172 = fneg <16 x float> %171
  %173 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %172, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %174 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %173, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %175 = fmul <16 x float> %174, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %176 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %175)
  %177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %176, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %174)
  %178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %176, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %177)
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %178, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %179, <16 x float> %178, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %180, <16 x float> %178, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %181, <16 x float> %178, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %182, <16 x float> %178, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %184 = fmul <16 x float> %178, %178
  %185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %184, <16 x float> %178)
  %186 = fadd <16 x float> %185, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %187 = fptosi <16 x float> %176 to <16 x i32>
  %188 = shl <16 x i32> %187, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %189 = add <16 x i32> %188, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %190 = bitcast <16 x i32> %189 to <16 x float>
  %191 = fmul <16 x float> %186, %190
  %192 = fadd <16 x float> %191, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %193 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %192
  %194 = fmul <16 x float> %171, %193
  %195 = getelementptr i8, ptr %gep113, i64 64
  %196 = load <16 x float>, ptr %195, align 4
  %197 = fneg <16 x float> %196
  %198 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %197, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %199 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %198, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %200 = fmul <16 x float> %199, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %201 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %200)
  %202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %201, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %199)
  %203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %201, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %202)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %203, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %204, <16 x float> %203, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %205, <16 x float> %203, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %206, <16 x float> %203, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %203, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %209 = fmul <16 x float> %203, %203
  %210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %209, <16 x float> %203)
  %211 = fadd <16 x float> %210, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %212 = fptosi <16 x float> %201 to <16 x i32>
  %213 = shl <16 x i32> %212, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %214 = add <16 x i32> %213, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %215 = bitcast <16 x i32> %214 to <16 x float>
  %216 = fmul <16 x float> %211, %215
  %217 = fadd <16 x float> %216, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %218 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %217
  %219 = fmul <16 x float> %196, %218
  %220 = getelementptr inbounds float, ptr %gep137, i64 %92
  store <16 x float> %194, ptr %220, align 4
  %221 = getelementptr inbounds float, ptr %gep137, i64 %95
  store <16 x float> %219, ptr %221, align 4
  %t.next = add nuw nsw i64 %t.addr.0103, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

i1.head.preheader.lr.ph:                          ; preds = %i.head.preheader
  %invariant.gep168 = getelementptr i8, ptr %hs, i64 %9
  br label %i1.head.preheader

i4.head.preheader:                                ; preds = %t1.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep157, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0138, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond158.not = icmp eq i64 %indvar.next, %6
  br i1 %exitcond158.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t1.exit
  %ci.addr.0131 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t1.exit ]
  %222 = add i64 %4, %ci.addr.0131
  %223 = shl i64 %222, 12
  %gep169 = getelementptr i8, ptr %invariant.gep168, i64 %223
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep169, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0131, 5
  %224 = add nuw nsw i64 %t0, 32
  %225 = shl nsw i64 %ci.addr.0131, 10
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %i2.addr.0122 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %acc3.0121 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %279, %i2.body ]
  %acc2.0120 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %275, %i2.body ]
  %acc1.0119 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %265, %i2.body ]
  %acc.0118 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %261, %i2.body ]
  %226 = or disjoint i64 %i2.addr.0122, %225
  %227 = getelementptr inbounds float, ptr %gep135, i64 %226
  %228 = load float, ptr %227, align 4
  %229 = shl nuw nsw i64 %i2.addr.0122, 5
  %230 = getelementptr inbounds float, ptr %work, i64 %229
  %231 = load <16 x float>, ptr %230, align 4
  %232 = insertelement <16 x float> poison, float %228, i64 0
  %233 = shufflevector <16 x float> %232, <16 x float> poison, <16 x i32> zeroinitializer
  %234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> %231, <16 x float> %acc.0118)
  %235 = or disjoint i64 %229, 16
  %236 = getelementptr inbounds float, ptr %work, i64 %235
  %237 = load <16 x float>, ptr %236, align 4
  %238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> %237, <16 x float> %acc1.0119)
  %239 = or disjoint i64 %i2.addr.0122, 1
  %240 = or disjoint i64 %239, %225
  %241 = getelementptr inbounds float, ptr %gep135, i64 %240
  %242 = load float, ptr %241, align 4
  %243 = shl nuw nsw i64 %239, 5
  %244 = getelementptr inbounds float, ptr %work, i64 %243
  %245 = load <16 x float>, ptr %244, align 4
  %246 = insertelement <16 x float> poison, float %242, i64 0
  %247 = shufflevector <16 x float> %246, <16 x float> poison, <16 x i32> zeroinitializer
  %248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %247, <16 x float> %245, <16 x float> %acc2.0120)
  %249 = or disjoint i64 %243, 16
  %250 = getelementptr inbounds float, ptr %work, i64 %249
  %251 = load <16 x float>, ptr %250, align 4
  %252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %247, <16 x float> %251, <16 x float> %acc3.0121)
  %i2.next = or disjoint i64 %i2.addr.0122, 2
  %253 = or disjoint i64 %i2.next, %225
  %254 = getelementptr inbounds float, ptr %gep135, i64 %253
  %255 = load float, ptr %254, align 4
  %256 = shl nuw nsw i64 %i2.next, 5
  %257 = getelementptr inbounds float, ptr %work, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = insertelement <16 x float> poison, float %255, i64 0
  %260 = shufflevector <16 x float> %259, <16 x float> poison, <16 x i32> zeroinitializer
  %261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %260, <16 x float> %258, <16 x float> %234)
  %262 = or disjoint i64 %256, 16
  %263 = getelementptr inbounds float, ptr %work, i64 %262
  %264 = load <16 x float>, ptr %263, align 4
  %265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %260, <16 x float> %264, <16 x float> %238)
  %266 = or disjoint i64 %i2.addr.0122, 3
  %267 = or disjoint i64 %266, %225
  %268 = getelementptr inbounds float, ptr %gep135, i64 %267
  %269 = load float, ptr %268, align 4
  %270 = shl nuw nsw i64 %266, 5
  %271 = getelementptr inbounds float, ptr %work, i64 %270
  %272 = load <16 x float>, ptr %271, align 4
  %273 = insertelement <16 x float> poison, float %269, i64 0
  %274 = shufflevector <16 x float> %273, <16 x float> poison, <16 x i32> zeroinitializer
  %275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %274, <16 x float> %272, <16 x float> %248)
  %276 = or disjoint i64 %270, 16
  %277 = getelementptr inbounds float, ptr %work, i64 %276
  %278 = load <16 x float>, ptr %277, align 4
  %279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %274, <16 x float> %278, <16 x float> %252)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0122, 4
  %280 = icmp ult i64 %i2.next, 30
  br i1 %280, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %t1 = tail call i64 @llvm.smin.i64(i64 %224, i64 %T)
  %281 = icmp slt i64 %t0, %T
  br i1 %281, label %t1.body.preheader, label %t1.exit

t1.body.preheader:                                ; preds = %i2.exit
  %282 = mul nsw i64 %t0, %H
  %283 = getelementptr inbounds float, ptr %betah, i64 %282
  %284 = load float, ptr %283, align 4
  %285 = insertelement <16 x float> poison, float %284, i64 0
  %286 = shufflevector <16 x float> %285, <16 x float> poison, <16 x i32> zeroinitializer
  %287 = or disjoint i64 %225, 16
  %288 = getelementptr inbounds float, ptr %gep137, i64 %287
  %289 = load <16 x float>, ptr %288, align 4
  %290 = fadd <16 x float> %265, %279
  %291 = fsub <16 x float> %289, %290
  %292 = fmul <16 x float> %286, %291
  %293 = getelementptr inbounds float, ptr %gep137, i64 %225
  %294 = load <16 x float>, ptr %293, align 4
  %295 = fadd <16 x float> %261, %275
  %296 = fsub <16 x float> %294, %295
  %297 = fmul <16 x float> %286, %296
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %i3.exit
  %t1.addr.0130 = phi i64 [ %298, %i3.exit ], [ %t0, %t1.body.preheader ]
  %delta1.0129 = phi <16 x float> [ %368, %i3.exit ], [ %292, %t1.body.preheader ]
  %delta.0128 = phi <16 x float> [ %360, %i3.exit ], [ %297, %t1.body.preheader ]
  %298 = add nuw nsw i64 %t1.addr.0130, 1
  %tn = tail call i64 @llvm.smin.i64(i64 %298, i64 %2)
  %299 = shl nsw i64 %t1.addr.0130, 5
  %.idx141 = shl i64 %tn, 7
  %invariant.gep166 = getelementptr i8, ptr %gep135, i64 %.idx141
  br label %i3.body

t1.exit:                                          ; preds = %i3.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0131, 1
  %exitcond155.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond155.not, label %i4.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %i3.body, %t1.body
  %i3.addr.0127 = phi i64 [ 0, %t1.body ], [ %i3.next.1, %i3.body ]
  %acc7.0126 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %347, %i3.body ]
  %acc6.0125 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %341, %i3.body ]
  %acc5.0124 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %346, %i3.body ]
  %acc4.0123 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %338, %i3.body ]
  %300 = add nuw nsw i64 %i3.addr.0127, %299
  %301 = getelementptr inbounds float, ptr %gep135, i64 %300
  %302 = load float, ptr %301, align 4
  %303 = getelementptr inbounds float, ptr %invariant.gep136, i64 %300
  %304 = load float, ptr %303, align 4
  %gep167 = getelementptr float, ptr %invariant.gep166, i64 %i3.addr.0127
  %305 = load float, ptr %gep167, align 4
  %306 = insertelement <16 x float> poison, float %302, i64 0
  %307 = shufflevector <16 x float> %306, <16 x float> poison, <16 x i32> zeroinitializer
  %308 = shl nuw nsw i64 %i3.addr.0127, 5
  %309 = getelementptr inbounds float, ptr %work, i64 %308
  %310 = load <16 x float>, ptr %309, align 4
  %311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %307, <16 x float> %delta.0128, <16 x float> %310)
  store <16 x float> %311, ptr %309, align 4
  %312 = insertelement <16 x float> poison, float %304, i64 0
  %313 = shufflevector <16 x float> %312, <16 x float> poison, <16 x i32> zeroinitializer
  %314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %313, <16 x float> %311, <16 x float> %acc4.0123)
  %315 = insertelement <16 x float> poison, float %305, i64 0
  %316 = shufflevector <16 x float> %315, <16 x float> poison, <16 x i32> zeroinitializer
  %317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %316, <16 x float> %311, <16 x float> %acc6.0125)
  %318 = or disjoint i64 %308, 16
  %319 = getelementptr inbounds float, ptr %work, i64 %318
  %320 = load <16 x float>, ptr %319, align 4
  %321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %307, <16 x float> %delta1.0129, <16 x float> %320)
  store <16 x float> %321, ptr %319, align 4
  %322 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %313, <16 x float> %321, <16 x float> %acc5.0124)
  %323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %316, <16 x float> %321, <16 x float> %acc7.0126)
  %i3.next = or disjoint i64 %i3.addr.0127, 1
  %324 = add nuw nsw i64 %i3.next, %299
  %325 = getelementptr inbounds float, ptr %gep135, i64 %324
  %326 = load float, ptr %325, align 4
  %327 = getelementptr inbounds float, ptr %invariant.gep136, i64 %324
  %328 = load float, ptr %327, align 4
  %gep167.1 = getelementptr float, ptr %invariant.gep166, i64 %i3.next
  %329 = load float, ptr %gep167.1, align 4
  %330 = insertelement <16 x float> poison, float %326, i64 0
  %331 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %332 = shl nuw nsw i64 %i3.next, 5
  %333 = getelementptr inbounds float, ptr %work, i64 %332
  %334 = load <16 x float>, ptr %333, align 4
  %335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %331, <16 x float> %delta.0128, <16 x float> %334)
  store <16 x float> %335, ptr %333, align 4
  %336 = insertelement <16 x float> poison, float %328, i64 0
  %337 = shufflevector <16 x float> %336, <16 x float> poison, <16 x i32> zeroinitializer
  %338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %337, <16 x float> %335, <16 x float> %314)
  %339 = insertelement <16 x float> poison, float %329, i64 0
  %340 = shufflevector <16 x float> %339, <16 x float> poison, <16 x i32> zeroinitializer
  %341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %340, <16 x float> %335, <16 x float> %317)
  %342 = or disjoint i64 %332, 16
  %343 = getelementptr inbounds float, ptr %work, i64 %342
  %344 = load <16 x float>, ptr %343, align 4
  %345 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %331, <16 x float> %delta1.0129, <16 x float> %344)
  store <16 x float> %345, ptr %343, align 4
  %346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %337, <16 x float> %345, <16 x float> %322)
  %347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %340, <16 x float> %345, <16 x float> %323)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0127, 2
  %exitcond154.not.1 = icmp eq i64 %i3.next.1, 32
  br i1 %exitcond154.not.1, label %i3.exit, label %i3.body

i3.exit:                                          ; preds = %i3.body
  %348 = fmul <16 x float> %338, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %349 = mul nsw i64 %t1.addr.0130, %sv
  %350 = getelementptr inbounds float, ptr %oh, i64 %349
  store <16 x float> %348, ptr %350, align 4
  %351 = mul nsw i64 %tn, %H
  %352 = getelementptr inbounds float, ptr %betah, i64 %351
  %353 = load float, ptr %352, align 4
  %354 = shl nsw i64 %tn, 5
  %355 = getelementptr inbounds float, ptr %gep137, i64 %354
  %356 = load <16 x float>, ptr %355, align 4
  %357 = fsub <16 x float> %356, %341
  %358 = insertelement <16 x float> poison, float %353, i64 0
  %359 = shufflevector <16 x float> %358, <16 x float> poison, <16 x i32> zeroinitializer
  %360 = fmul <16 x float> %359, %357
  %361 = fmul <16 x float> %346, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %362 = or disjoint i64 %349, 16
  %363 = getelementptr inbounds float, ptr %oh, i64 %362
  store <16 x float> %361, ptr %363, align 4
  %364 = or disjoint i64 %354, 16
  %365 = getelementptr inbounds float, ptr %gep137, i64 %364
  %366 = load <16 x float>, ptr %365, align 4
  %367 = fsub <16 x float> %366, %347
  %368 = fmul <16 x float> %359, %367
  %369 = icmp slt i64 %298, %t1
  br i1 %369, label %t1.body, label %t1.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.rint.v16f32(<16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
; ---- dp_bwd_h1_k32_v32_c32_nogate_silu_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h1_k32_v32_c32_nogate_silu_l2norm'
source_filename = "dp_bwd_h1_k32_v32_c32_nogate_silu_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_bwd_h1_k32_v32_c32_nogate_silu_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture %dk, ptr noalias nocapture %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts, i64 %dq_ts, i64 %dk_ts, i64 %dv_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep2902 = getelementptr i8, ptr %work, i64 115584
  %1 = shl nsw i64 %T, 5
  %gep2895 = getelementptr float, ptr %invariant.gep2902, i64 %1
  %2 = shl nsw i64 %T, 6
  %gep2897 = getelementptr float, ptr %invariant.gep2902, i64 %2
  %.idx2617 = mul i64 %T, 384
  %gep2899 = getelementptr i8, ptr %invariant.gep2902, i64 %.idx2617
  %dak = getelementptr float, ptr %gep2899, i64 %1
  %dav = getelementptr float, ptr %gep2899, i64 %2
  %.idx2618 = mul i64 %T, 768
  %gep2901 = getelementptr i8, ptr %invariant.gep2902, i64 %.idx2618
  %sgk = getelementptr float, ptr %gep2901, i64 %1
  %sgv = getelementptr float, ptr %gep2901, i64 %2
  %.idx = mul i64 %T, 1152
  %gep2903 = getelementptr i8, ptr %invariant.gep2902, i64 %.idx
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %Ak = getelementptr inbounds i8, ptr %work, i64 24576
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 69632
  %KSdS = getelementptr inbounds i8, ptr %work, i64 73728
  %KT = getelementptr inbounds i8, ptr %work, i64 57344
  %M = getelementptr inbounds i8, ptr %work, i64 107264
  %OY = getelementptr inbounds i8, ptr %work, i64 49152
  %PT = getelementptr inbounds i8, ptr %work, i64 94208
  %QK = getelementptr inbounds i8, ptr %work, i64 40960
  %QcT = getelementptr inbounds i8, ptr %work, i64 61440
  %Rr = getelementptr inbounds i8, ptr %work, i64 81920
  %Vn = getelementptr inbounds i8, ptr %work, i64 86016
  %VnT = getelementptr inbounds i8, ptr %work, i64 90112
  %bet = getelementptr inbounds i8, ptr %work, i64 102400
  %dOT = getelementptr inbounds i8, ptr %work, i64 65536
  %dQc = getelementptr inbounds i8, ptr %work, i64 98304
  %dbet = getelementptr i8, ptr %work, i64 102528
  %5 = add nsw i64 %T, 31
  %nc = sdiv i64 %5, 32
  %6 = add nsw i64 %bh0, 1
  %7 = mul i64 %nc, %6
  %8 = shl i64 %7, 12
  %9 = add i64 %8, -4096
  %10 = shl i64 %nc, 12
  %11 = shl nsw i64 %nc, 5
  %12 = add i64 %11, 144115188075855840
  %13 = mul i64 %12, %H
  %14 = mul i64 %H, -4096
  %15 = shl i64 %H, 7
  %16 = add i64 %T, 32
  %17 = sub i64 %16, %11
  %smax3144 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %18 = sub i64 %bh1, %bh0
  %scevgep3101.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3101.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3101.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3101.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3101.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3101.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3101.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3101.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3101.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3101.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3101.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3101.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3101.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3101.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3101.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3101.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3101.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3101.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3101.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3101.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3101.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3101.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3101.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3101.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3101.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3101.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3101.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3101.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3101.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3101.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3101.31 = getelementptr i8, ptr %work, i64 7936
  %19 = getelementptr inbounds i8, ptr %work, i64 107268
  %20 = getelementptr inbounds i8, ptr %work, i64 107272
  %21 = getelementptr inbounds i8, ptr %work, i64 107276
  %22 = getelementptr inbounds i8, ptr %work, i64 107280
  %23 = getelementptr inbounds i8, ptr %work, i64 107284
  %24 = getelementptr inbounds i8, ptr %work, i64 107288
  %25 = getelementptr inbounds i8, ptr %work, i64 107292
  %26 = getelementptr inbounds i8, ptr %work, i64 107296
  %27 = getelementptr inbounds i8, ptr %work, i64 107300
  %28 = getelementptr inbounds i8, ptr %work, i64 107304
  %29 = getelementptr inbounds i8, ptr %work, i64 107308
  %30 = getelementptr inbounds i8, ptr %work, i64 107312
  %31 = getelementptr inbounds i8, ptr %work, i64 107316
  %32 = getelementptr inbounds i8, ptr %work, i64 107320
  %33 = getelementptr inbounds i8, ptr %work, i64 107324
  %34 = getelementptr inbounds i8, ptr %work, i64 107328
  %35 = getelementptr inbounds i8, ptr %work, i64 107332
  %36 = getelementptr inbounds i8, ptr %work, i64 107336
  %37 = getelementptr inbounds i8, ptr %work, i64 107340
  %38 = getelementptr inbounds i8, ptr %work, i64 107344
  %39 = getelementptr inbounds i8, ptr %work, i64 107348
  %40 = getelementptr inbounds i8, ptr %work, i64 107352
  %41 = getelementptr inbounds i8, ptr %work, i64 107356
  %42 = getelementptr inbounds i8, ptr %work, i64 107360
  %43 = getelementptr inbounds i8, ptr %work, i64 107364
  %44 = getelementptr inbounds i8, ptr %work, i64 107368
  %45 = getelementptr inbounds i8, ptr %work, i64 107372
  %46 = getelementptr inbounds i8, ptr %work, i64 107376
  %47 = getelementptr inbounds i8, ptr %work, i64 107380
  %48 = getelementptr inbounds i8, ptr %work, i64 107384
  %49 = getelementptr inbounds i8, ptr %work, i64 107388
  %invariant.gep3314 = getelementptr i8, ptr %work, i64 49152
  %invariant.gep3316 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3318 = getelementptr i8, ptr %work, i64 40960
  %invariant.gep3320 = getelementptr i8, ptr %work, i64 20480
  %invariant.gep3322 = getelementptr i8, ptr %work, i64 45056
  %invariant.gep3324 = getelementptr i8, ptr %work, i64 81920
  %50 = getelementptr i8, ptr %work, i64 115648
  %51 = getelementptr i8, ptr %gep2895, i64 64
  %52 = getelementptr i8, ptr %gep2897, i64 64
  %53 = getelementptr inbounds i8, ptr %work, i64 81984
  %54 = getelementptr inbounds i8, ptr %work, i64 81984
  %55 = getelementptr inbounds i8, ptr %work, i64 73792
  %invariant.gep3326 = getelementptr inbounds i8, ptr %work, i64 73856
  %invariant.gep3328 = getelementptr inbounds i8, ptr %work, i64 53248
  %invariant.gep3332 = getelementptr inbounds i8, ptr %work, i64 53312
  %invariant.gep3334 = getelementptr inbounds i8, ptr %work, i64 24832
  %invariant.gep3336 = getelementptr inbounds i8, ptr %work, i64 24896
  %invariant.gep3338 = getelementptr inbounds i8, ptr %work, i64 53248
  %56 = getelementptr i8, ptr %dav, i64 64
  %invariant.gep3346 = getelementptr inbounds i8, ptr %work, i64 24960
  %invariant.gep3348 = getelementptr inbounds i8, ptr %work, i64 24960
  %scevgep3147 = getelementptr i8, ptr %work, i64 128
  %scevgep = getelementptr i8, ptr %work, i64 128
  %scevgep.1 = getelementptr i8, ptr %work, i64 384
  %scevgep.2 = getelementptr i8, ptr %work, i64 640
  %scevgep.3 = getelementptr i8, ptr %work, i64 896
  %scevgep.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep.31 = getelementptr i8, ptr %work, i64 8064
  %invariant.gep2658.1 = getelementptr inbounds i8, ptr %work, i64 57408
  %invariant.gep3330 = getelementptr inbounds i8, ptr %work, i64 73920
  %gep3327.1 = getelementptr inbounds i8, ptr %work, i64 74112
  %gep3329.1 = getelementptr inbounds i8, ptr %work, i64 53376
  %gep3331.1 = getelementptr inbounds i8, ptr %work, i64 74176
  %gep3333.1 = getelementptr inbounds i8, ptr %work, i64 53440
  %gep3327.2 = getelementptr inbounds i8, ptr %work, i64 74368
  %gep3329.2 = getelementptr inbounds i8, ptr %work, i64 53504
  %gep3331.2 = getelementptr inbounds i8, ptr %work, i64 74432
  %gep3333.2 = getelementptr inbounds i8, ptr %work, i64 53568
  %gep3327.3 = getelementptr inbounds i8, ptr %work, i64 74624
  %gep3329.3 = getelementptr inbounds i8, ptr %work, i64 53632
  %gep3331.3 = getelementptr inbounds i8, ptr %work, i64 74688
  %gep3333.3 = getelementptr inbounds i8, ptr %work, i64 53696
  %gep3327.4 = getelementptr inbounds i8, ptr %work, i64 74880
  %gep3329.4 = getelementptr inbounds i8, ptr %work, i64 53760
  %gep3331.4 = getelementptr inbounds i8, ptr %work, i64 74944
  %gep3333.4 = getelementptr inbounds i8, ptr %work, i64 53824
  %gep3327.5 = getelementptr inbounds i8, ptr %work, i64 75136
  %gep3329.5 = getelementptr inbounds i8, ptr %work, i64 53888
  %gep3331.5 = getelementptr inbounds i8, ptr %work, i64 75200
  %gep3333.5 = getelementptr inbounds i8, ptr %work, i64 53952
  %gep3327.6 = getelementptr inbounds i8, ptr %work, i64 75392
  %gep3329.6 = getelementptr inbounds i8, ptr %work, i64 54016
  %gep3331.6 = getelementptr inbounds i8, ptr %work, i64 75456
  %gep3333.6 = getelementptr inbounds i8, ptr %work, i64 54080
  %gep3327.7 = getelementptr inbounds i8, ptr %work, i64 75648
  %gep3329.7 = getelementptr inbounds i8, ptr %work, i64 54144
  %gep3331.7 = getelementptr inbounds i8, ptr %work, i64 75712
  %gep3333.7 = getelementptr inbounds i8, ptr %work, i64 54208
  %gep3327.8 = getelementptr inbounds i8, ptr %work, i64 75904
  %gep3329.8 = getelementptr inbounds i8, ptr %work, i64 54272
  %gep3331.8 = getelementptr inbounds i8, ptr %work, i64 75968
  %gep3333.8 = getelementptr inbounds i8, ptr %work, i64 54336
  %gep3327.9 = getelementptr inbounds i8, ptr %work, i64 76160
  %gep3329.9 = getelementptr inbounds i8, ptr %work, i64 54400
  %gep3331.9 = getelementptr inbounds i8, ptr %work, i64 76224
  %gep3333.9 = getelementptr inbounds i8, ptr %work, i64 54464
  %gep3327.10 = getelementptr inbounds i8, ptr %work, i64 76416
  %gep3329.10 = getelementptr inbounds i8, ptr %work, i64 54528
  %gep3331.10 = getelementptr inbounds i8, ptr %work, i64 76480
  %gep3333.10 = getelementptr inbounds i8, ptr %work, i64 54592
  %gep3327.11 = getelementptr inbounds i8, ptr %work, i64 76672
  %gep3329.11 = getelementptr inbounds i8, ptr %work, i64 54656
  %gep3331.11 = getelementptr inbounds i8, ptr %work, i64 76736
  %gep3333.11 = getelementptr inbounds i8, ptr %work, i64 54720
  %gep3327.12 = getelementptr inbounds i8, ptr %work, i64 76928
  %gep3329.12 = getelementptr inbounds i8, ptr %work, i64 54784
  %gep3331.12 = getelementptr inbounds i8, ptr %work, i64 76992
  %gep3333.12 = getelementptr inbounds i8, ptr %work, i64 54848
  %gep3327.13 = getelementptr inbounds i8, ptr %work, i64 77184
  %gep3329.13 = getelementptr inbounds i8, ptr %work, i64 54912
  %gep3331.13 = getelementptr inbounds i8, ptr %work, i64 77248
  %gep3333.13 = getelementptr inbounds i8, ptr %work, i64 54976
  %gep3327.14 = getelementptr inbounds i8, ptr %work, i64 77440
  %gep3329.14 = getelementptr inbounds i8, ptr %work, i64 55040
  %gep3331.14 = getelementptr inbounds i8, ptr %work, i64 77504
  %gep3333.14 = getelementptr inbounds i8, ptr %work, i64 55104
  %gep3327.15 = getelementptr inbounds i8, ptr %work, i64 77696
  %gep3329.15 = getelementptr inbounds i8, ptr %work, i64 55168
  %gep3331.15 = getelementptr inbounds i8, ptr %work, i64 77760
  %gep3333.15 = getelementptr inbounds i8, ptr %work, i64 55232
  %gep3327.16 = getelementptr inbounds i8, ptr %work, i64 77952
  %gep3329.16 = getelementptr inbounds i8, ptr %work, i64 55296
  %gep3331.16 = getelementptr inbounds i8, ptr %work, i64 78016
  %gep3333.16 = getelementptr inbounds i8, ptr %work, i64 55360
  %gep3327.17 = getelementptr inbounds i8, ptr %work, i64 78208
  %gep3329.17 = getelementptr inbounds i8, ptr %work, i64 55424
  %gep3331.17 = getelementptr inbounds i8, ptr %work, i64 78272
  %gep3333.17 = getelementptr inbounds i8, ptr %work, i64 55488
  %gep3327.18 = getelementptr inbounds i8, ptr %work, i64 78464
  %gep3329.18 = getelementptr inbounds i8, ptr %work, i64 55552
  %gep3331.18 = getelementptr inbounds i8, ptr %work, i64 78528
  %gep3333.18 = getelementptr inbounds i8, ptr %work, i64 55616
  %gep3327.19 = getelementptr inbounds i8, ptr %work, i64 78720
  %gep3329.19 = getelementptr inbounds i8, ptr %work, i64 55680
  %gep3331.19 = getelementptr inbounds i8, ptr %work, i64 78784
  %gep3333.19 = getelementptr inbounds i8, ptr %work, i64 55744
  %gep3327.20 = getelementptr inbounds i8, ptr %work, i64 78976
  %gep3329.20 = getelementptr inbounds i8, ptr %work, i64 55808
  %gep3331.20 = getelementptr inbounds i8, ptr %work, i64 79040
  %gep3333.20 = getelementptr inbounds i8, ptr %work, i64 55872
  %gep3327.21 = getelementptr inbounds i8, ptr %work, i64 79232
  %gep3329.21 = getelementptr inbounds i8, ptr %work, i64 55936
  %gep3331.21 = getelementptr inbounds i8, ptr %work, i64 79296
  %gep3333.21 = getelementptr inbounds i8, ptr %work, i64 56000
  %gep3327.22 = getelementptr inbounds i8, ptr %work, i64 79488
  %gep3329.22 = getelementptr inbounds i8, ptr %work, i64 56064
  %gep3331.22 = getelementptr inbounds i8, ptr %work, i64 79552
  %gep3333.22 = getelementptr inbounds i8, ptr %work, i64 56128
  %gep3327.23 = getelementptr inbounds i8, ptr %work, i64 79744
  %gep3329.23 = getelementptr inbounds i8, ptr %work, i64 56192
  %gep3331.23 = getelementptr inbounds i8, ptr %work, i64 79808
  %gep3333.23 = getelementptr inbounds i8, ptr %work, i64 56256
  %gep3327.24 = getelementptr inbounds i8, ptr %work, i64 80000
  %gep3329.24 = getelementptr inbounds i8, ptr %work, i64 56320
  %gep3331.24 = getelementptr inbounds i8, ptr %work, i64 80064
  %gep3333.24 = getelementptr inbounds i8, ptr %work, i64 56384
  %gep3327.25 = getelementptr inbounds i8, ptr %work, i64 80256
  %gep3329.25 = getelementptr inbounds i8, ptr %work, i64 56448
  %gep3331.25 = getelementptr inbounds i8, ptr %work, i64 80320
  %gep3333.25 = getelementptr inbounds i8, ptr %work, i64 56512
  %gep3327.26 = getelementptr inbounds i8, ptr %work, i64 80512
  %gep3329.26 = getelementptr inbounds i8, ptr %work, i64 56576
  %gep3331.26 = getelementptr inbounds i8, ptr %work, i64 80576
  %gep3333.26 = getelementptr inbounds i8, ptr %work, i64 56640
  %gep3327.27 = getelementptr inbounds i8, ptr %work, i64 80768
  %gep3329.27 = getelementptr inbounds i8, ptr %work, i64 56704
  %gep3331.27 = getelementptr inbounds i8, ptr %work, i64 80832
  %gep3333.27 = getelementptr inbounds i8, ptr %work, i64 56768
  %gep3327.28 = getelementptr inbounds i8, ptr %work, i64 81024
  %gep3329.28 = getelementptr inbounds i8, ptr %work, i64 56832
  %gep3331.28 = getelementptr inbounds i8, ptr %work, i64 81088
  %gep3333.28 = getelementptr inbounds i8, ptr %work, i64 56896
  %gep3327.29 = getelementptr inbounds i8, ptr %work, i64 81280
  %gep3329.29 = getelementptr inbounds i8, ptr %work, i64 56960
  %gep3331.29 = getelementptr inbounds i8, ptr %work, i64 81344
  %gep3333.29 = getelementptr inbounds i8, ptr %work, i64 57024
  %gep3327.30 = getelementptr inbounds i8, ptr %work, i64 81536
  %gep3329.30 = getelementptr inbounds i8, ptr %work, i64 57088
  %gep3331.30 = getelementptr inbounds i8, ptr %work, i64 81600
  %gep3333.30 = getelementptr inbounds i8, ptr %work, i64 57152
  %gep3327.31 = getelementptr inbounds i8, ptr %work, i64 81792
  %gep3329.31 = getelementptr inbounds i8, ptr %work, i64 57216
  %gep3331.31 = getelementptr inbounds i8, ptr %work, i64 81856
  %gep3333.31 = getelementptr inbounds i8, ptr %work, i64 57280
  %invariant.gep3340 = getelementptr inbounds i8, ptr %work, i64 53312
  %invariant.gep2845.1 = getelementptr inbounds i8, ptr %work, i64 90176
  %scevgep3147.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3147.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3147.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3147.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3147.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3147.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3147.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3147.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3147.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3147.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3147.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3147.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3147.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3147.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3147.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3147.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3147.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3147.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3147.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3147.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3147.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3147.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3147.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3147.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3147.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3147.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3147.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3147.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3147.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3147.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3147.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j32.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j32.head.preheader ]
  %bh.addr.02904 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j32.head.preheader ]
  %57 = add i64 %indvar, %bh0
  %58 = shl i64 %57, 12
  %59 = mul i64 %10, %indvar
  %60 = add i64 %9, %59
  %b = sdiv i64 %bh.addr.02904, %H
  %h = srem i64 %bh.addr.02904, %H
  %61 = mul i64 %b, %T
  %62 = mul i64 %61, %H
  %bT = add i64 %62, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  br i1 %3, label %t.body.lr.ph, label %j.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %63 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %63
  %invariant.gep2621 = getelementptr float, ptr %k, i64 %63
  %invariant.gep2623 = getelementptr float, ptr %v, i64 %63
  br label %t.body

bh.exit:                                          ; preds = %j32.head.preheader, %entry
  ret void

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.02620 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %64 = add nuw nsw i64 %t.addr.02620, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %64, i64 %4)
  %65 = add nsw i64 %tp, %61
  %66 = mul nsw i64 %65, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %66
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %67 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %67, i32 0, i32 2, i32 1)
  %68 = mul nsw i64 %65, %k_ts
  %gep2622 = getelementptr float, ptr %invariant.gep2621, i64 %68
  tail call void @llvm.prefetch.p0(ptr %gep2622, i32 0, i32 2, i32 1)
  %69 = getelementptr i8, ptr %gep2622, i64 64
  tail call void @llvm.prefetch.p0(ptr %69, i32 0, i32 2, i32 1)
  %70 = mul nsw i64 %65, %v_ts
  %gep2624 = getelementptr float, ptr %invariant.gep2623, i64 %70
  tail call void @llvm.prefetch.p0(ptr %gep2624, i32 0, i32 2, i32 1)
  %71 = getelementptr i8, ptr %gep2624, i64 64
  tail call void @llvm.prefetch.p0(ptr %71, i32 0, i32 2, i32 1)
  %72 = add nsw i64 %t.addr.02620, %61
  %73 = mul nsw i64 %72, %q_ts
  %gep2626 = getelementptr float, ptr %invariant.gep, i64 %73
  %74 = load <16 x float>, ptr %gep2626, align 4
  %75 = fneg <16 x float> %74
  %76 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %75, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %77 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %76, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %78 = fmul <16 x float> %77, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %79 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %78)
  %80 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %77)
  %81 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %79, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %80)
  %82 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %81, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %81, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %84 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %83, <16 x float> %81, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %85 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %84, <16 x float> %81, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %86 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %81, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %87 = fmul <16 x float> %81, %81
  %88 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %86, <16 x float> %87, <16 x float> %81)
  %89 = fadd <16 x float> %88, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %90 = fptosi <16 x float> %79 to <16 x i32>
  %91 = shl <16 x i32> %90, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %92 = add <16 x i32> %91, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %93 = bitcast <16 x i32> %92 to <16 x float>
  %94 = fmul <16 x float> %89, %93
  %95 = fadd <16 x float> %94, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %96 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %95
  %97 = shl nsw i64 %t.addr.02620, 5
  %98 = getelementptr inbounds float, ptr %gep2901, i64 %97
  store <16 x float> %96, ptr %98, align 4
  %99 = fmul <16 x float> %74, %96
  %100 = getelementptr i8, ptr %gep2626, i64 64
  %101 = load <16 x float>, ptr %100, align 4
  %102 = fneg <16 x float> %101
  %103 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %102, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %104 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %103, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %105 = fmul <16 x float> %104, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %106 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %105)
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %104)
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %107)
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %108, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %108, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %110, <16 x float> %108, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %108, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %108, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %114 = fmul <16 x float> %108, %108
  %115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %113, <16 x float> %114, <16 x float> %108)
  %116 = fadd <16 x float> %115, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %117 = fptosi <16 x float> %106 to <16 x i32>
  %118 = shl <16 x i32> %117, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %119 = add <16 x i32> %118, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %120 = bitcast <16 x i32> %119 to <16 x float>
  %121 = fmul <16 x float> %116, %120
  %122 = fadd <16 x float> %121, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %123 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %122
  %124 = or disjoint i64 %97, 16
  %125 = getelementptr inbounds float, ptr %gep2901, i64 %124
  store <16 x float> %123, ptr %125, align 4
  %126 = fmul <16 x float> %101, %123
  %127 = fmul <16 x float> %99, %99
  %128 = fmul <16 x float> %126, %126
  %129 = fadd <16 x float> %127, %128
  %130 = shufflevector <16 x float> %129, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %131 = shufflevector <16 x float> %129, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %132 = fadd <8 x float> %130, %131
  %133 = shufflevector <8 x float> %132, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %134 = shufflevector <8 x float> %132, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %135 = fadd <4 x float> %133, %134
  %136 = shufflevector <4 x float> %135, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %137 = shufflevector <4 x float> %135, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %138 = fadd <2 x float> %136, %137
  %shift = shufflevector <2 x float> %138, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %139 = fadd <2 x float> %138, %shift
  %140 = extractelement <2 x float> %139, i64 0
  %141 = fadd float %140, 0x3EB0C6F7A0000000
  %142 = tail call float @llvm.sqrt.f32(float %141)
  %143 = fdiv float 1.000000e+00, %142
  %144 = getelementptr inbounds float, ptr %gep2903, i64 %t.addr.02620
  store float %143, ptr %144, align 4
  %145 = insertelement <16 x float> poison, float %143, i64 0
  %146 = shufflevector <16 x float> %145, <16 x float> poison, <16 x i32> zeroinitializer
  %147 = fmul <16 x float> %99, %146
  %148 = getelementptr inbounds float, ptr %invariant.gep2902, i64 %97
  store <16 x float> %147, ptr %148, align 4
  %149 = fmul <16 x float> %126, %146
  %150 = getelementptr inbounds float, ptr %invariant.gep2902, i64 %124
  store <16 x float> %149, ptr %150, align 4
  %151 = mul nsw i64 %72, %k_ts
  %gep2628 = getelementptr float, ptr %invariant.gep2621, i64 %151
  %152 = load <16 x float>, ptr %gep2628, align 4
  %153 = fneg <16 x float> %152
  %154 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %153, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %155 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %154, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %156 = fmul <16 x float> %155, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %157 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %156)
  %158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %155)
  %159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %158)
  %160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %159, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %160, <16 x float> %159, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %161, <16 x float> %159, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %159, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %163, <16 x float> %159, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %165 = fmul <16 x float> %159, %159
  %166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %165, <16 x float> %159)
  %167 = fadd <16 x float> %166, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %168 = fptosi <16 x float> %157 to <16 x i32>
  %169 = shl <16 x i32> %168, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %170 = add <16 x i32> %169, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %171 = bitcast <16 x i32> %170 to <16 x float>
  %172 = fmul <16 x float> %167, %171
  %173 = fadd <16 x float> %172, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %174 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %173
  %175 = getelementptr inbounds float, ptr %sgk, i64 %97
  store <16 x float> %174, ptr %175, align 4
  %176 = fmul <16 x float> %152, %174
  %177 = getelementptr i8, ptr %gep2628, i64 64
  %178 = load <16 x float>, ptr %177, align 4
  %179 = fneg <16 x float> %178
  %180 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %179, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %181 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %180, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %182 = fmul <16 x float> %181, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %183 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %182)
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %181)
  %185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %184)
  %186 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %185, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %187 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %186, <16 x float> %185, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %187, <16 x float> %185, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %185, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %189, <16 x float> %185, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %191 = fmul <16 x float> %185, %185
  %192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %190, <16 x float> %191, <16 x float> %185)
  %193 = fadd <16 x float> %192, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %194 = fptosi <16 x float> %183 to <16 x i32>
  %195 = shl <16 x i32> %194, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %196 = add <16 x i32> %195, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %197 = bitcast <16 x i32> %196 to <16 x float>
  %198 = fmul <16 x float> %193, %197
  %199 = fadd <16 x float> %198, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %200 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %199
  %201 = getelementptr inbounds float, ptr %sgk, i64 %124
  store <16 x float> %200, ptr %201, align 4
  %202 = fmul <16 x float> %178, %200
  %203 = fmul <16 x float> %176, %176
  %204 = fmul <16 x float> %202, %202
  %205 = fadd <16 x float> %203, %204
  %206 = shufflevector <16 x float> %205, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %207 = shufflevector <16 x float> %205, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %208 = fadd <8 x float> %206, %207
  %209 = shufflevector <8 x float> %208, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %210 = shufflevector <8 x float> %208, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %211 = fadd <4 x float> %209, %210
  %212 = shufflevector <4 x float> %211, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %213 = shufflevector <4 x float> %211, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %214 = fadd <2 x float> %212, %213
  %shift3509 = shufflevector <2 x float> %214, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %215 = fadd <2 x float> %214, %shift3509
  %216 = extractelement <2 x float> %215, i64 0
  %217 = fadd float %216, 0x3EB0C6F7A0000000
  %218 = tail call float @llvm.sqrt.f32(float %217)
  %219 = fdiv float 1.000000e+00, %218
  %220 = getelementptr float, ptr %144, i64 %T
  store float %219, ptr %220, align 4
  %221 = insertelement <16 x float> poison, float %219, i64 0
  %222 = shufflevector <16 x float> %221, <16 x float> poison, <16 x i32> zeroinitializer
  %223 = fmul <16 x float> %176, %222
  %224 = getelementptr inbounds float, ptr %gep2895, i64 %97
  store <16 x float> %223, ptr %224, align 4
  %225 = fmul <16 x float> %202, %222
  %226 = getelementptr inbounds float, ptr %gep2895, i64 %124
  store <16 x float> %225, ptr %226, align 4
  %227 = mul nsw i64 %72, %v_ts
  %gep2630 = getelementptr float, ptr %invariant.gep2623, i64 %227
  %228 = load <16 x float>, ptr %gep2630, align 4
  %229 = fneg <16 x float> %228
  %230 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %229, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %231 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %230, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %232 = fmul <16 x float> %231, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %233 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %232)
  %234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %231)
  %235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %234)
  %236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %235, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %236, <16 x float> %235, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %237, <16 x float> %235, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %238, <16 x float> %235, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %239, <16 x float> %235, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %241 = fmul <16 x float> %235, %235
  %242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %240, <16 x float> %241, <16 x float> %235)
  %243 = fadd <16 x float> %242, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %244 = fptosi <16 x float> %233 to <16 x i32>
  %245 = shl <16 x i32> %244, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %246 = add <16 x i32> %245, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %247 = bitcast <16 x i32> %246 to <16 x float>
  %248 = fmul <16 x float> %243, %247
  %249 = fadd <16 x float> %248, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %250 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %249
  %251 = getelementptr inbounds float, ptr %sgv, i64 %97
  store <16 x float> %250, ptr %251, align 4
  %252 = fmul <16 x float> %228, %250
  %253 = getelementptr i8, ptr %gep2630, i64 64
  %254 = load <16 x float>, ptr %253, align 4
  %255 = fneg <16 x float> %254
  %256 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %255, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %257 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %256, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %258 = fmul <16 x float> %257, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %259 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %258)
  %260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %259, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %257)
  %261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %259, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %260)
  %262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %261, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %262, <16 x float> %261, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %263, <16 x float> %261, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %264, <16 x float> %261, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %265, <16 x float> %261, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %267 = fmul <16 x float> %261, %261
  %268 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %266, <16 x float> %267, <16 x float> %261)
  %269 = fadd <16 x float> %268, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %270 = fptosi <16 x float> %259 to <16 x i32>
  %271 = shl <16 x i32> %270, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %272 = add <16 x i32> %271, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %273 = bitcast <16 x i32> %272 to <16 x float>
  %274 = fmul <16 x float> %269, %273
  %275 = fadd <16 x float> %274, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %276 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %275
  %277 = getelementptr inbounds float, ptr %sgv, i64 %124
  store <16 x float> %276, ptr %277, align 4
  %278 = fmul <16 x float> %254, %276
  %279 = getelementptr inbounds float, ptr %gep2897, i64 %97
  store <16 x float> %252, ptr %279, align 4
  %280 = getelementptr inbounds float, ptr %gep2897, i64 %124
  store <16 x float> %278, ptr %280, align 4
  %t.next = add nuw nsw i64 %t.addr.02620, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %j.head.preheader, label %t.body

j.head.preheader:                                 ; preds = %bh.body, %t.body
  %281 = getelementptr i8, ptr %dhT, i64 %58
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %281, i64 128, i1 false)
  %scevgep3099.1 = getelementptr i8, ptr %281, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.1, i64 128, i1 false)
  %scevgep3099.2 = getelementptr i8, ptr %281, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.2, i64 128, i1 false)
  %scevgep3099.3 = getelementptr i8, ptr %281, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.3, i64 128, i1 false)
  %scevgep3099.4 = getelementptr i8, ptr %281, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.4, i64 128, i1 false)
  %scevgep3099.5 = getelementptr i8, ptr %281, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.5, i64 128, i1 false)
  %scevgep3099.6 = getelementptr i8, ptr %281, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.6, i64 128, i1 false)
  %scevgep3099.7 = getelementptr i8, ptr %281, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.7, i64 128, i1 false)
  %scevgep3099.8 = getelementptr i8, ptr %281, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.8, i64 128, i1 false)
  %scevgep3099.9 = getelementptr i8, ptr %281, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.9, i64 128, i1 false)
  %scevgep3099.10 = getelementptr i8, ptr %281, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.10, i64 128, i1 false)
  %scevgep3099.11 = getelementptr i8, ptr %281, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.11, i64 128, i1 false)
  %scevgep3099.12 = getelementptr i8, ptr %281, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.12, i64 128, i1 false)
  %scevgep3099.13 = getelementptr i8, ptr %281, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.13, i64 128, i1 false)
  %scevgep3099.14 = getelementptr i8, ptr %281, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.14, i64 128, i1 false)
  %scevgep3099.15 = getelementptr i8, ptr %281, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.15, i64 128, i1 false)
  %scevgep3099.16 = getelementptr i8, ptr %281, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.16, i64 128, i1 false)
  %scevgep3099.17 = getelementptr i8, ptr %281, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.17, i64 128, i1 false)
  %scevgep3099.18 = getelementptr i8, ptr %281, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.18, i64 128, i1 false)
  %scevgep3099.19 = getelementptr i8, ptr %281, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.19, i64 128, i1 false)
  %scevgep3099.20 = getelementptr i8, ptr %281, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.20, i64 128, i1 false)
  %scevgep3099.21 = getelementptr i8, ptr %281, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.21, i64 128, i1 false)
  %scevgep3099.22 = getelementptr i8, ptr %281, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.22, i64 128, i1 false)
  %scevgep3099.23 = getelementptr i8, ptr %281, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.23, i64 128, i1 false)
  %scevgep3099.24 = getelementptr i8, ptr %281, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.24, i64 128, i1 false)
  %scevgep3099.25 = getelementptr i8, ptr %281, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.25, i64 128, i1 false)
  %scevgep3099.26 = getelementptr i8, ptr %281, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.26, i64 128, i1 false)
  %scevgep3099.27 = getelementptr i8, ptr %281, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.27, i64 128, i1 false)
  %scevgep3099.28 = getelementptr i8, ptr %281, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.28, i64 128, i1 false)
  %scevgep3099.29 = getelementptr i8, ptr %281, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.29, i64 128, i1 false)
  %scevgep3099.30 = getelementptr i8, ptr %281, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.30, i64 128, i1 false)
  %scevgep3099.31 = getelementptr i8, ptr %281, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3099.31, i64 128, i1 false)
  br i1 %3, label %cc.body.lr.ph, label %j32.head.preheader

cc.body.lr.ph:                                    ; preds = %j.head.preheader
  %282 = mul nsw i64 %bh.addr.02904, %nc
  %283 = shl nsw i64 %h, 5
  %invariant.gep2879 = getelementptr float, ptr %dq, i64 %283
  %invariant.gep2881 = getelementptr float, ptr %dk, i64 %283
  %invariant.gep2883 = getelementptr float, ptr %dv, i64 %283
  %284 = add i64 %13, %bT
  %285 = shl i64 %284, 7
  %286 = getelementptr i8, ptr %dout, i64 %285
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3136 = phi i64 [ %17, %cc.body.lr.ph ], [ %indvars.iv.next3137, %t7.exit ]
  %cc.addr.02891 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin3680 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3136, i64 32)
  %smax3681 = tail call i64 @llvm.smax.i64(i64 %smin3680, i64 1)
  %287 = mul i64 %14, %cc.addr.02891
  %288 = shl i64 %cc.addr.02891, 12
  %289 = sub i64 %60, %288
  %290 = xor i64 %cc.addr.02891, -1
  %ci = add nsw i64 %nc, %290
  %t0 = shl nsw i64 %ci, 5
  %291 = sub nsw i64 %T, %t0
  %scevgep3102 = getelementptr i8, ptr %hs, i64 %289
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102, i64 128, i1 false)
  %292 = or disjoint i64 %289, 128
  %scevgep3102.1 = getelementptr i8, ptr %hs, i64 %292
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.1, i64 128, i1 false)
  %293 = or disjoint i64 %289, 256
  %scevgep3102.2 = getelementptr i8, ptr %hs, i64 %293
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.2, i64 128, i1 false)
  %294 = or disjoint i64 %289, 384
  %scevgep3102.3 = getelementptr i8, ptr %hs, i64 %294
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.3, i64 128, i1 false)
  %295 = or disjoint i64 %289, 512
  %scevgep3102.4 = getelementptr i8, ptr %hs, i64 %295
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.4, i64 128, i1 false)
  %296 = or disjoint i64 %289, 640
  %scevgep3102.5 = getelementptr i8, ptr %hs, i64 %296
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.5, i64 128, i1 false)
  %297 = or disjoint i64 %289, 768
  %scevgep3102.6 = getelementptr i8, ptr %hs, i64 %297
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.6, i64 128, i1 false)
  %298 = or disjoint i64 %289, 896
  %scevgep3102.7 = getelementptr i8, ptr %hs, i64 %298
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.7, i64 128, i1 false)
  %299 = or disjoint i64 %289, 1024
  %scevgep3102.8 = getelementptr i8, ptr %hs, i64 %299
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.8, i64 128, i1 false)
  %300 = or disjoint i64 %289, 1152
  %scevgep3102.9 = getelementptr i8, ptr %hs, i64 %300
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.9, i64 128, i1 false)
  %301 = or disjoint i64 %289, 1280
  %scevgep3102.10 = getelementptr i8, ptr %hs, i64 %301
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.10, i64 128, i1 false)
  %302 = or disjoint i64 %289, 1408
  %scevgep3102.11 = getelementptr i8, ptr %hs, i64 %302
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.11, i64 128, i1 false)
  %303 = or disjoint i64 %289, 1536
  %scevgep3102.12 = getelementptr i8, ptr %hs, i64 %303
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.12, i64 128, i1 false)
  %304 = or disjoint i64 %289, 1664
  %scevgep3102.13 = getelementptr i8, ptr %hs, i64 %304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.13, i64 128, i1 false)
  %305 = or disjoint i64 %289, 1792
  %scevgep3102.14 = getelementptr i8, ptr %hs, i64 %305
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.14, i64 128, i1 false)
  %306 = or disjoint i64 %289, 1920
  %scevgep3102.15 = getelementptr i8, ptr %hs, i64 %306
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.15, i64 128, i1 false)
  %307 = or disjoint i64 %289, 2048
  %scevgep3102.16 = getelementptr i8, ptr %hs, i64 %307
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.16, i64 128, i1 false)
  %308 = or disjoint i64 %289, 2176
  %scevgep3102.17 = getelementptr i8, ptr %hs, i64 %308
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.17, i64 128, i1 false)
  %309 = or disjoint i64 %289, 2304
  %scevgep3102.18 = getelementptr i8, ptr %hs, i64 %309
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.18, i64 128, i1 false)
  %310 = or disjoint i64 %289, 2432
  %scevgep3102.19 = getelementptr i8, ptr %hs, i64 %310
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.19, i64 128, i1 false)
  %311 = or disjoint i64 %289, 2560
  %scevgep3102.20 = getelementptr i8, ptr %hs, i64 %311
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.20, i64 128, i1 false)
  %312 = or disjoint i64 %289, 2688
  %scevgep3102.21 = getelementptr i8, ptr %hs, i64 %312
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.21, i64 128, i1 false)
  %313 = or disjoint i64 %289, 2816
  %scevgep3102.22 = getelementptr i8, ptr %hs, i64 %313
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.22, i64 128, i1 false)
  %314 = or disjoint i64 %289, 2944
  %scevgep3102.23 = getelementptr i8, ptr %hs, i64 %314
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.23, i64 128, i1 false)
  %315 = or disjoint i64 %289, 3072
  %scevgep3102.24 = getelementptr i8, ptr %hs, i64 %315
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.24, i64 128, i1 false)
  %316 = or disjoint i64 %289, 3200
  %scevgep3102.25 = getelementptr i8, ptr %hs, i64 %316
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.25, i64 128, i1 false)
  %317 = or disjoint i64 %289, 3328
  %scevgep3102.26 = getelementptr i8, ptr %hs, i64 %317
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.26, i64 128, i1 false)
  %318 = or disjoint i64 %289, 3456
  %scevgep3102.27 = getelementptr i8, ptr %hs, i64 %318
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.27, i64 128, i1 false)
  %319 = or disjoint i64 %289, 3584
  %scevgep3102.28 = getelementptr i8, ptr %hs, i64 %319
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.28, i64 128, i1 false)
  %320 = or disjoint i64 %289, 3712
  %scevgep3102.29 = getelementptr i8, ptr %hs, i64 %320
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.29, i64 128, i1 false)
  %321 = or disjoint i64 %289, 3840
  %scevgep3102.30 = getelementptr i8, ptr %hs, i64 %321
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.30, i64 128, i1 false)
  %322 = or disjoint i64 %289, 3968
  %scevgep3102.31 = getelementptr i8, ptr %hs, i64 %322
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3101.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3102.31, i64 128, i1 false)
  %323 = add nsw i64 %ci, %282
  %324 = shl nsw i64 %323, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %325 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02636 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %326 = shl nuw nsw i64 %i2.addr.02636, 5
  %327 = or disjoint i64 %326, %324
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %328 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02635 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %329 = or disjoint i64 %327, %j2.addr.02635
  %330 = getelementptr inbounds float, ptr %hs, i64 %329
  %331 = load <16 x float>, ptr %330, align 4
  %332 = or disjoint i64 %329, 256
  %333 = getelementptr inbounds float, ptr %hs, i64 %332
  %334 = load <16 x float>, ptr %333, align 4
  %335 = or disjoint i64 %329, 32
  %336 = getelementptr inbounds float, ptr %hs, i64 %335
  %337 = load <16 x float>, ptr %336, align 4
  %338 = or disjoint i64 %329, 288
  %339 = getelementptr inbounds float, ptr %hs, i64 %338
  %340 = load <16 x float>, ptr %339, align 4
  %341 = or disjoint i64 %329, 64
  %342 = getelementptr inbounds float, ptr %hs, i64 %341
  %343 = load <16 x float>, ptr %342, align 4
  %344 = or disjoint i64 %329, 320
  %345 = getelementptr inbounds float, ptr %hs, i64 %344
  %346 = load <16 x float>, ptr %345, align 4
  %347 = or disjoint i64 %329, 96
  %348 = getelementptr inbounds float, ptr %hs, i64 %347
  %349 = load <16 x float>, ptr %348, align 4
  %350 = or disjoint i64 %329, 352
  %351 = getelementptr inbounds float, ptr %hs, i64 %350
  %352 = load <16 x float>, ptr %351, align 4
  %353 = or disjoint i64 %329, 128
  %354 = getelementptr inbounds float, ptr %hs, i64 %353
  %355 = load <16 x float>, ptr %354, align 4
  %356 = or disjoint i64 %329, 384
  %357 = getelementptr inbounds float, ptr %hs, i64 %356
  %358 = load <16 x float>, ptr %357, align 4
  %359 = or disjoint i64 %329, 160
  %360 = getelementptr inbounds float, ptr %hs, i64 %359
  %361 = load <16 x float>, ptr %360, align 4
  %362 = or disjoint i64 %329, 416
  %363 = getelementptr inbounds float, ptr %hs, i64 %362
  %364 = load <16 x float>, ptr %363, align 4
  %365 = or disjoint i64 %329, 192
  %366 = getelementptr inbounds float, ptr %hs, i64 %365
  %367 = load <16 x float>, ptr %366, align 4
  %368 = or disjoint i64 %329, 448
  %369 = getelementptr inbounds float, ptr %hs, i64 %368
  %370 = load <16 x float>, ptr %369, align 4
  %371 = or disjoint i64 %329, 224
  %372 = getelementptr inbounds float, ptr %hs, i64 %371
  %373 = load <16 x float>, ptr %372, align 4
  %374 = or disjoint i64 %329, 480
  %375 = getelementptr inbounds float, ptr %hs, i64 %374
  %376 = load <16 x float>, ptr %375, align 4
  %377 = shufflevector <16 x float> %331, <16 x float> %334, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %378 = shufflevector <16 x float> %355, <16 x float> %358, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %379 = shufflevector <16 x float> %337, <16 x float> %340, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %380 = shufflevector <16 x float> %361, <16 x float> %364, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %381 = shufflevector <16 x float> %343, <16 x float> %346, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %382 = shufflevector <16 x float> %367, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %383 = shufflevector <16 x float> %349, <16 x float> %352, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %384 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %385 = shufflevector <16 x float> %331, <16 x float> %334, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %386 = shufflevector <16 x float> %355, <16 x float> %358, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %387 = shufflevector <16 x float> %337, <16 x float> %340, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %388 = shufflevector <16 x float> %361, <16 x float> %364, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %389 = shufflevector <16 x float> %343, <16 x float> %346, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %390 = shufflevector <16 x float> %367, <16 x float> %370, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %391 = shufflevector <16 x float> %349, <16 x float> %352, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %392 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %393 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %394 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %395 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %396 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %397 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %398 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %399 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %400 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %401 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %402 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %403 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %404 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %405 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %406 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %407 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %408 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %409 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %410 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %411 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %412 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %413 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %414 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %415 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %416 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %417 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %418 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %419 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %420 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %421 = shufflevector <16 x float> %405, <16 x float> %406, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %422 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %423 = shufflevector <16 x float> %405, <16 x float> %406, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %424 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %425 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %426 = shl nuw nsw i64 %j2.addr.02635, 5
  %427 = or disjoint i64 %426, %i2.addr.02636
  %428 = or disjoint i64 %427, 1024
  %429 = getelementptr inbounds float, ptr %Bk, i64 %428
  store <16 x float> %425, ptr %429, align 4
  %430 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %431 = or disjoint i64 %427, 1056
  %432 = getelementptr inbounds float, ptr %Bk, i64 %431
  store <16 x float> %430, ptr %432, align 4
  %433 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %434 = or disjoint i64 %427, 1088
  %435 = getelementptr inbounds float, ptr %Bk, i64 %434
  store <16 x float> %433, ptr %435, align 4
  %436 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %437 = or disjoint i64 %427, 1120
  %438 = getelementptr inbounds float, ptr %Bk, i64 %437
  store <16 x float> %436, ptr %438, align 4
  %439 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %440 = or disjoint i64 %427, 1152
  %441 = getelementptr inbounds float, ptr %Bk, i64 %440
  store <16 x float> %439, ptr %441, align 4
  %442 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %443 = or disjoint i64 %427, 1184
  %444 = getelementptr inbounds float, ptr %Bk, i64 %443
  store <16 x float> %442, ptr %444, align 4
  %445 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %446 = or disjoint i64 %427, 1216
  %447 = getelementptr inbounds float, ptr %Bk, i64 %446
  store <16 x float> %445, ptr %447, align 4
  %448 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %449 = or disjoint i64 %427, 1248
  %450 = getelementptr inbounds float, ptr %Bk, i64 %449
  store <16 x float> %448, ptr %450, align 4
  %451 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %452 = or disjoint i64 %427, 1280
  %453 = getelementptr inbounds float, ptr %Bk, i64 %452
  store <16 x float> %451, ptr %453, align 4
  %454 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %455 = or disjoint i64 %427, 1312
  %456 = getelementptr inbounds float, ptr %Bk, i64 %455
  store <16 x float> %454, ptr %456, align 4
  %457 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %458 = or disjoint i64 %427, 1344
  %459 = getelementptr inbounds float, ptr %Bk, i64 %458
  store <16 x float> %457, ptr %459, align 4
  %460 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %461 = or disjoint i64 %427, 1376
  %462 = getelementptr inbounds float, ptr %Bk, i64 %461
  store <16 x float> %460, ptr %462, align 4
  %463 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %464 = or disjoint i64 %427, 1408
  %465 = getelementptr inbounds float, ptr %Bk, i64 %464
  store <16 x float> %463, ptr %465, align 4
  %466 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %467 = or disjoint i64 %427, 1440
  %468 = getelementptr inbounds float, ptr %Bk, i64 %467
  store <16 x float> %466, ptr %468, align 4
  %469 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %470 = or disjoint i64 %427, 1472
  %471 = getelementptr inbounds float, ptr %Bk, i64 %470
  store <16 x float> %469, ptr %471, align 4
  %472 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %473 = or disjoint i64 %427, 1504
  %474 = getelementptr inbounds float, ptr %Bk, i64 %473
  store <16 x float> %472, ptr %474, align 4
  br i1 %328, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %325, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %475 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02638 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %476 = shl nuw nsw i64 %i3.addr.02638, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %477 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02637 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %478 = or disjoint i64 %j3.addr.02637, %476
  %479 = or disjoint i64 %478, 32
  %480 = getelementptr inbounds float, ptr %work, i64 %479
  %481 = load <16 x float>, ptr %480, align 4
  %482 = or disjoint i64 %478, 544
  %483 = getelementptr inbounds float, ptr %work, i64 %482
  %484 = load <16 x float>, ptr %483, align 4
  %485 = or disjoint i64 %478, 96
  %486 = getelementptr inbounds float, ptr %work, i64 %485
  %487 = load <16 x float>, ptr %486, align 4
  %488 = or disjoint i64 %478, 608
  %489 = getelementptr inbounds float, ptr %work, i64 %488
  %490 = load <16 x float>, ptr %489, align 4
  %491 = or disjoint i64 %478, 160
  %492 = getelementptr inbounds float, ptr %work, i64 %491
  %493 = load <16 x float>, ptr %492, align 4
  %494 = or disjoint i64 %478, 672
  %495 = getelementptr inbounds float, ptr %work, i64 %494
  %496 = load <16 x float>, ptr %495, align 4
  %497 = or disjoint i64 %478, 224
  %498 = getelementptr inbounds float, ptr %work, i64 %497
  %499 = load <16 x float>, ptr %498, align 4
  %500 = or disjoint i64 %478, 736
  %501 = getelementptr inbounds float, ptr %work, i64 %500
  %502 = load <16 x float>, ptr %501, align 4
  %503 = or disjoint i64 %478, 288
  %504 = getelementptr inbounds float, ptr %work, i64 %503
  %505 = load <16 x float>, ptr %504, align 4
  %506 = or disjoint i64 %478, 800
  %507 = getelementptr inbounds float, ptr %work, i64 %506
  %508 = load <16 x float>, ptr %507, align 4
  %509 = or disjoint i64 %478, 352
  %510 = getelementptr inbounds float, ptr %work, i64 %509
  %511 = load <16 x float>, ptr %510, align 4
  %512 = or disjoint i64 %478, 864
  %513 = getelementptr inbounds float, ptr %work, i64 %512
  %514 = load <16 x float>, ptr %513, align 4
  %515 = or disjoint i64 %478, 416
  %516 = getelementptr inbounds float, ptr %work, i64 %515
  %517 = load <16 x float>, ptr %516, align 4
  %518 = or disjoint i64 %478, 928
  %519 = getelementptr inbounds float, ptr %work, i64 %518
  %520 = load <16 x float>, ptr %519, align 4
  %521 = or disjoint i64 %478, 480
  %522 = getelementptr inbounds float, ptr %work, i64 %521
  %523 = load <16 x float>, ptr %522, align 4
  %524 = or disjoint i64 %478, 992
  %525 = getelementptr inbounds float, ptr %work, i64 %524
  %526 = load <16 x float>, ptr %525, align 4
  %527 = shufflevector <16 x float> %481, <16 x float> %484, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %528 = shufflevector <16 x float> %505, <16 x float> %508, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %529 = shufflevector <16 x float> %487, <16 x float> %490, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %530 = shufflevector <16 x float> %511, <16 x float> %514, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %531 = shufflevector <16 x float> %493, <16 x float> %496, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %532 = shufflevector <16 x float> %517, <16 x float> %520, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %533 = shufflevector <16 x float> %499, <16 x float> %502, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %534 = shufflevector <16 x float> %523, <16 x float> %526, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %535 = shufflevector <16 x float> %481, <16 x float> %484, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %536 = shufflevector <16 x float> %505, <16 x float> %508, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %537 = shufflevector <16 x float> %487, <16 x float> %490, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %538 = shufflevector <16 x float> %511, <16 x float> %514, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %539 = shufflevector <16 x float> %493, <16 x float> %496, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %540 = shufflevector <16 x float> %517, <16 x float> %520, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %541 = shufflevector <16 x float> %499, <16 x float> %502, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %542 = shufflevector <16 x float> %523, <16 x float> %526, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %543 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %544 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %545 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %546 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %547 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %548 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %549 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %550 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %551 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %552 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %553 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %554 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %555 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %556 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %557 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %558 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %559 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %560 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %561 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %562 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %563 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %564 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %565 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %566 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %567 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %568 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %569 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %570 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %571 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %572 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %573 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %574 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %575 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %576 = shl nuw nsw i64 %j3.addr.02637, 5
  %577 = or disjoint i64 %576, %i3.addr.02638
  %578 = getelementptr inbounds float, ptr %Bk, i64 %577
  store <16 x float> %575, ptr %578, align 4
  %579 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %580 = or disjoint i64 %577, 32
  %581 = getelementptr inbounds float, ptr %Bk, i64 %580
  store <16 x float> %579, ptr %581, align 4
  %582 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %583 = or disjoint i64 %577, 64
  %584 = getelementptr inbounds float, ptr %Bk, i64 %583
  store <16 x float> %582, ptr %584, align 4
  %585 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %586 = or disjoint i64 %577, 96
  %587 = getelementptr inbounds float, ptr %Bk, i64 %586
  store <16 x float> %585, ptr %587, align 4
  %588 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %589 = or disjoint i64 %577, 128
  %590 = getelementptr inbounds float, ptr %Bk, i64 %589
  store <16 x float> %588, ptr %590, align 4
  %591 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %592 = or disjoint i64 %577, 160
  %593 = getelementptr inbounds float, ptr %Bk, i64 %592
  store <16 x float> %591, ptr %593, align 4
  %594 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %595 = or disjoint i64 %577, 192
  %596 = getelementptr inbounds float, ptr %Bk, i64 %595
  store <16 x float> %594, ptr %596, align 4
  %597 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %598 = or disjoint i64 %577, 224
  %599 = getelementptr inbounds float, ptr %Bk, i64 %598
  store <16 x float> %597, ptr %599, align 4
  %600 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %601 = or disjoint i64 %577, 256
  %602 = getelementptr inbounds float, ptr %Bk, i64 %601
  store <16 x float> %600, ptr %602, align 4
  %603 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %604 = or disjoint i64 %577, 288
  %605 = getelementptr inbounds float, ptr %Bk, i64 %604
  store <16 x float> %603, ptr %605, align 4
  %606 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %607 = or disjoint i64 %577, 320
  %608 = getelementptr inbounds float, ptr %Bk, i64 %607
  store <16 x float> %606, ptr %608, align 4
  %609 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %610 = or disjoint i64 %577, 352
  %611 = getelementptr inbounds float, ptr %Bk, i64 %610
  store <16 x float> %609, ptr %611, align 4
  %612 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %613 = or disjoint i64 %577, 384
  %614 = getelementptr inbounds float, ptr %Bk, i64 %613
  store <16 x float> %612, ptr %614, align 4
  %615 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %616 = or disjoint i64 %577, 416
  %617 = getelementptr inbounds float, ptr %Bk, i64 %616
  store <16 x float> %615, ptr %617, align 4
  %618 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %619 = or disjoint i64 %577, 448
  %620 = getelementptr inbounds float, ptr %Bk, i64 %619
  store <16 x float> %618, ptr %620, align 4
  %621 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %622 = or disjoint i64 %577, 480
  %623 = getelementptr inbounds float, ptr %Bk, i64 %622
  store <16 x float> %621, ptr %623, align 4
  br i1 %477, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %475, label %j3.head.preheader, label %vector.body

vector.body:                                      ; preds = %j3.exit, %vector.body
  %index = phi i64 [ %index.next, %vector.body ], [ 0, %j3.exit ]
  %vec.ind = phi <8 x i64> [ %vec.ind.next, %vector.body ], [ <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %j3.exit ]
  %624 = icmp eq <8 x i64> %vec.ind, zeroinitializer
  %625 = select <8 x i1> %624, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %626 = shl nsw i64 %index, 7
  %627 = shl i64 %index, 7
  %628 = or disjoint i64 %627, 128
  %629 = shl i64 %index, 7
  %630 = or disjoint i64 %629, 256
  %631 = shl i64 %index, 7
  %632 = or disjoint i64 %631, 384
  %633 = shl i64 %index, 7
  %634 = or disjoint i64 %633, 512
  %635 = shl i64 %index, 7
  %636 = or disjoint i64 %635, 640
  %637 = shl i64 %index, 7
  %638 = or disjoint i64 %637, 768
  %639 = shl i64 %index, 7
  %640 = or disjoint i64 %639, 896
  %641 = getelementptr inbounds i8, ptr %M, i64 %626
  %642 = getelementptr inbounds i8, ptr %M, i64 %628
  %643 = getelementptr inbounds i8, ptr %M, i64 %630
  %644 = getelementptr inbounds i8, ptr %M, i64 %632
  %645 = getelementptr inbounds i8, ptr %M, i64 %634
  %646 = getelementptr inbounds i8, ptr %M, i64 %636
  %647 = getelementptr inbounds i8, ptr %M, i64 %638
  %648 = getelementptr inbounds i8, ptr %M, i64 %640
  %649 = extractelement <8 x float> %625, i64 0
  store float %649, ptr %641, align 4
  %650 = extractelement <8 x float> %625, i64 4
  store float %650, ptr %645, align 4
  %651 = icmp ugt <8 x i64> %vec.ind, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %652 = select <8 x i1> %651, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %653 = getelementptr inbounds i8, ptr %19, i64 %626
  %654 = getelementptr inbounds i8, ptr %19, i64 %634
  %655 = extractelement <8 x float> %652, i64 0
  store float %655, ptr %653, align 4
  %656 = extractelement <8 x float> %652, i64 4
  store float %656, ptr %654, align 4
  %657 = icmp ugt <8 x i64> %vec.ind, <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>
  %658 = select <8 x i1> %657, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %659 = getelementptr inbounds i8, ptr %20, i64 %626
  %660 = getelementptr inbounds i8, ptr %20, i64 %634
  %661 = extractelement <8 x float> %658, i64 0
  store float %661, ptr %659, align 4
  %662 = extractelement <8 x float> %658, i64 1
  %663 = extractelement <8 x float> %658, i64 2
  %664 = extractelement <8 x float> %658, i64 3
  %665 = extractelement <8 x float> %658, i64 4
  store float %665, ptr %660, align 4
  %666 = extractelement <8 x float> %658, i64 5
  %667 = extractelement <8 x float> %658, i64 6
  %668 = extractelement <8 x float> %658, i64 7
  %669 = icmp ugt <8 x i64> %vec.ind, <i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3>
  %670 = select <8 x i1> %669, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %671 = getelementptr inbounds i8, ptr %21, i64 %626
  %672 = getelementptr inbounds i8, ptr %21, i64 %634
  %673 = extractelement <8 x float> %670, i64 0
  store float %673, ptr %671, align 4
  %674 = extractelement <8 x float> %670, i64 1
  %675 = shufflevector <8 x float> %625, <8 x float> %652, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %676 = insertelement <4 x float> %675, float %662, i64 2
  %677 = insertelement <4 x float> %676, float %674, i64 3
  store <4 x float> %677, ptr %642, align 4
  %678 = extractelement <8 x float> %670, i64 2
  %679 = shufflevector <8 x float> %625, <8 x float> %652, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %680 = insertelement <4 x float> %679, float %663, i64 2
  %681 = insertelement <4 x float> %680, float %678, i64 3
  store <4 x float> %681, ptr %643, align 4
  %682 = extractelement <8 x float> %670, i64 3
  %683 = shufflevector <8 x float> %625, <8 x float> %652, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %684 = insertelement <4 x float> %683, float %664, i64 2
  %685 = insertelement <4 x float> %684, float %682, i64 3
  store <4 x float> %685, ptr %644, align 4
  %686 = extractelement <8 x float> %670, i64 4
  store float %686, ptr %672, align 4
  %687 = extractelement <8 x float> %670, i64 5
  %688 = shufflevector <8 x float> %625, <8 x float> %652, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %689 = insertelement <4 x float> %688, float %666, i64 2
  %690 = insertelement <4 x float> %689, float %687, i64 3
  store <4 x float> %690, ptr %646, align 4
  %691 = extractelement <8 x float> %670, i64 6
  %692 = shufflevector <8 x float> %625, <8 x float> %652, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %693 = insertelement <4 x float> %692, float %667, i64 2
  %694 = insertelement <4 x float> %693, float %691, i64 3
  store <4 x float> %694, ptr %647, align 4
  %695 = extractelement <8 x float> %670, i64 7
  %696 = shufflevector <8 x float> %625, <8 x float> %652, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %697 = insertelement <4 x float> %696, float %668, i64 2
  %698 = insertelement <4 x float> %697, float %695, i64 3
  store <4 x float> %698, ptr %648, align 4
  %699 = icmp ugt <8 x i64> %vec.ind, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %700 = select <8 x i1> %699, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %701 = getelementptr inbounds i8, ptr %22, i64 %626
  %702 = getelementptr inbounds i8, ptr %22, i64 %628
  %703 = getelementptr inbounds i8, ptr %22, i64 %630
  %704 = getelementptr inbounds i8, ptr %22, i64 %632
  %705 = getelementptr inbounds i8, ptr %22, i64 %634
  %706 = getelementptr inbounds i8, ptr %22, i64 %636
  %707 = getelementptr inbounds i8, ptr %22, i64 %638
  %708 = getelementptr inbounds i8, ptr %22, i64 %640
  %709 = extractelement <8 x float> %700, i64 0
  store float %709, ptr %701, align 4
  %710 = extractelement <8 x float> %700, i64 4
  store float %710, ptr %705, align 4
  %711 = icmp ugt <8 x i64> %vec.ind, <i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5>
  %712 = select <8 x i1> %711, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %713 = getelementptr inbounds i8, ptr %23, i64 %626
  %714 = getelementptr inbounds i8, ptr %23, i64 %634
  %715 = extractelement <8 x float> %712, i64 0
  store float %715, ptr %713, align 4
  %716 = extractelement <8 x float> %712, i64 4
  store float %716, ptr %714, align 4
  %717 = icmp ugt <8 x i64> %vec.ind, <i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6>
  %718 = select <8 x i1> %717, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %719 = getelementptr inbounds i8, ptr %24, i64 %626
  %720 = getelementptr inbounds i8, ptr %24, i64 %634
  %721 = extractelement <8 x float> %718, i64 0
  store float %721, ptr %719, align 4
  %722 = extractelement <8 x float> %718, i64 1
  %723 = extractelement <8 x float> %718, i64 2
  %724 = extractelement <8 x float> %718, i64 3
  %725 = extractelement <8 x float> %718, i64 4
  store float %725, ptr %720, align 4
  %726 = extractelement <8 x float> %718, i64 5
  %727 = extractelement <8 x float> %718, i64 6
  %728 = extractelement <8 x float> %718, i64 7
  %729 = icmp ugt <8 x i64> %vec.ind, <i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7>
  %730 = select <8 x i1> %729, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %731 = getelementptr inbounds i8, ptr %25, i64 %626
  %732 = getelementptr inbounds i8, ptr %25, i64 %634
  %733 = extractelement <8 x float> %730, i64 0
  store float %733, ptr %731, align 4
  %734 = extractelement <8 x float> %730, i64 1
  %735 = shufflevector <8 x float> %700, <8 x float> %712, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %736 = insertelement <4 x float> %735, float %722, i64 2
  %737 = insertelement <4 x float> %736, float %734, i64 3
  store <4 x float> %737, ptr %702, align 4
  %738 = extractelement <8 x float> %730, i64 2
  %739 = shufflevector <8 x float> %700, <8 x float> %712, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %740 = insertelement <4 x float> %739, float %723, i64 2
  %741 = insertelement <4 x float> %740, float %738, i64 3
  store <4 x float> %741, ptr %703, align 4
  %742 = extractelement <8 x float> %730, i64 3
  %743 = shufflevector <8 x float> %700, <8 x float> %712, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %744 = insertelement <4 x float> %743, float %724, i64 2
  %745 = insertelement <4 x float> %744, float %742, i64 3
  store <4 x float> %745, ptr %704, align 4
  %746 = extractelement <8 x float> %730, i64 4
  store float %746, ptr %732, align 4
  %747 = extractelement <8 x float> %730, i64 5
  %748 = shufflevector <8 x float> %700, <8 x float> %712, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %749 = insertelement <4 x float> %748, float %726, i64 2
  %750 = insertelement <4 x float> %749, float %747, i64 3
  store <4 x float> %750, ptr %706, align 4
  %751 = extractelement <8 x float> %730, i64 6
  %752 = shufflevector <8 x float> %700, <8 x float> %712, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %753 = insertelement <4 x float> %752, float %727, i64 2
  %754 = insertelement <4 x float> %753, float %751, i64 3
  store <4 x float> %754, ptr %707, align 4
  %755 = extractelement <8 x float> %730, i64 7
  %756 = shufflevector <8 x float> %700, <8 x float> %712, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %757 = insertelement <4 x float> %756, float %728, i64 2
  %758 = insertelement <4 x float> %757, float %755, i64 3
  store <4 x float> %758, ptr %708, align 4
  %759 = icmp ugt <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %760 = select <8 x i1> %759, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %761 = getelementptr inbounds i8, ptr %26, i64 %626
  %762 = getelementptr inbounds i8, ptr %26, i64 %628
  %763 = getelementptr inbounds i8, ptr %26, i64 %630
  %764 = getelementptr inbounds i8, ptr %26, i64 %632
  %765 = getelementptr inbounds i8, ptr %26, i64 %634
  %766 = getelementptr inbounds i8, ptr %26, i64 %636
  %767 = getelementptr inbounds i8, ptr %26, i64 %638
  %768 = getelementptr inbounds i8, ptr %26, i64 %640
  %769 = extractelement <8 x float> %760, i64 0
  store float %769, ptr %761, align 4
  %770 = extractelement <8 x float> %760, i64 4
  store float %770, ptr %765, align 4
  %771 = icmp ugt <8 x i64> %vec.ind, <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %772 = select <8 x i1> %771, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %773 = getelementptr inbounds i8, ptr %27, i64 %626
  %774 = getelementptr inbounds i8, ptr %27, i64 %634
  %775 = extractelement <8 x float> %772, i64 0
  store float %775, ptr %773, align 4
  %776 = extractelement <8 x float> %772, i64 4
  store float %776, ptr %774, align 4
  %777 = icmp ugt <8 x i64> %vec.ind, <i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10>
  %778 = select <8 x i1> %777, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %779 = getelementptr inbounds i8, ptr %28, i64 %626
  %780 = getelementptr inbounds i8, ptr %28, i64 %634
  %781 = extractelement <8 x float> %778, i64 0
  store float %781, ptr %779, align 4
  %782 = extractelement <8 x float> %778, i64 1
  %783 = extractelement <8 x float> %778, i64 2
  %784 = extractelement <8 x float> %778, i64 3
  %785 = extractelement <8 x float> %778, i64 4
  store float %785, ptr %780, align 4
  %786 = extractelement <8 x float> %778, i64 5
  %787 = extractelement <8 x float> %778, i64 6
  %788 = extractelement <8 x float> %778, i64 7
  %789 = icmp ugt <8 x i64> %vec.ind, <i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11>
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %791 = getelementptr inbounds i8, ptr %29, i64 %626
  %792 = getelementptr inbounds i8, ptr %29, i64 %634
  %793 = extractelement <8 x float> %790, i64 0
  store float %793, ptr %791, align 4
  %794 = extractelement <8 x float> %790, i64 1
  %795 = shufflevector <8 x float> %760, <8 x float> %772, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %796 = insertelement <4 x float> %795, float %782, i64 2
  %797 = insertelement <4 x float> %796, float %794, i64 3
  store <4 x float> %797, ptr %762, align 4
  %798 = extractelement <8 x float> %790, i64 2
  %799 = shufflevector <8 x float> %760, <8 x float> %772, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %800 = insertelement <4 x float> %799, float %783, i64 2
  %801 = insertelement <4 x float> %800, float %798, i64 3
  store <4 x float> %801, ptr %763, align 4
  %802 = extractelement <8 x float> %790, i64 3
  %803 = shufflevector <8 x float> %760, <8 x float> %772, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %804 = insertelement <4 x float> %803, float %784, i64 2
  %805 = insertelement <4 x float> %804, float %802, i64 3
  store <4 x float> %805, ptr %764, align 4
  %806 = extractelement <8 x float> %790, i64 4
  store float %806, ptr %792, align 4
  %807 = extractelement <8 x float> %790, i64 5
  %808 = shufflevector <8 x float> %760, <8 x float> %772, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %809 = insertelement <4 x float> %808, float %786, i64 2
  %810 = insertelement <4 x float> %809, float %807, i64 3
  store <4 x float> %810, ptr %766, align 4
  %811 = extractelement <8 x float> %790, i64 6
  %812 = shufflevector <8 x float> %760, <8 x float> %772, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %813 = insertelement <4 x float> %812, float %787, i64 2
  %814 = insertelement <4 x float> %813, float %811, i64 3
  store <4 x float> %814, ptr %767, align 4
  %815 = extractelement <8 x float> %790, i64 7
  %816 = shufflevector <8 x float> %760, <8 x float> %772, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %817 = insertelement <4 x float> %816, float %788, i64 2
  %818 = insertelement <4 x float> %817, float %815, i64 3
  store <4 x float> %818, ptr %768, align 4
  %819 = icmp ugt <8 x i64> %vec.ind, <i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12>
  %820 = select <8 x i1> %819, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %821 = getelementptr inbounds i8, ptr %30, i64 %626
  %822 = getelementptr inbounds i8, ptr %30, i64 %628
  %823 = getelementptr inbounds i8, ptr %30, i64 %630
  %824 = getelementptr inbounds i8, ptr %30, i64 %632
  %825 = getelementptr inbounds i8, ptr %30, i64 %634
  %826 = getelementptr inbounds i8, ptr %30, i64 %636
  %827 = getelementptr inbounds i8, ptr %30, i64 %638
  %828 = getelementptr inbounds i8, ptr %30, i64 %640
  %829 = extractelement <8 x float> %820, i64 0
  store float %829, ptr %821, align 4
  %830 = extractelement <8 x float> %820, i64 4
  store float %830, ptr %825, align 4
  %831 = icmp ugt <8 x i64> %vec.ind, <i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13>
  %832 = select <8 x i1> %831, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %833 = getelementptr inbounds i8, ptr %31, i64 %626
  %834 = getelementptr inbounds i8, ptr %31, i64 %634
  %835 = extractelement <8 x float> %832, i64 0
  store float %835, ptr %833, align 4
  %836 = extractelement <8 x float> %832, i64 4
  store float %836, ptr %834, align 4
  %837 = icmp ugt <8 x i64> %vec.ind, <i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14>
  %838 = select <8 x i1> %837, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %839 = getelementptr inbounds i8, ptr %32, i64 %626
  %840 = getelementptr inbounds i8, ptr %32, i64 %634
  %841 = extractelement <8 x float> %838, i64 0
  store float %841, ptr %839, align 4
  %842 = extractelement <8 x float> %838, i64 1
  %843 = extractelement <8 x float> %838, i64 2
  %844 = extractelement <8 x float> %838, i64 3
  %845 = extractelement <8 x float> %838, i64 4
  store float %845, ptr %840, align 4
  %846 = extractelement <8 x float> %838, i64 5
  %847 = extractelement <8 x float> %838, i64 6
  %848 = extractelement <8 x float> %838, i64 7
  %849 = icmp ugt <8 x i64> %vec.ind, <i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15>
  %850 = select <8 x i1> %849, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %851 = getelementptr inbounds i8, ptr %33, i64 %626
  %852 = getelementptr inbounds i8, ptr %33, i64 %634
  %853 = extractelement <8 x float> %850, i64 0
  store float %853, ptr %851, align 4
  %854 = extractelement <8 x float> %850, i64 1
  %855 = shufflevector <8 x float> %820, <8 x float> %832, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %856 = insertelement <4 x float> %855, float %842, i64 2
  %857 = insertelement <4 x float> %856, float %854, i64 3
  store <4 x float> %857, ptr %822, align 4
  %858 = extractelement <8 x float> %850, i64 2
  %859 = shufflevector <8 x float> %820, <8 x float> %832, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %860 = insertelement <4 x float> %859, float %843, i64 2
  %861 = insertelement <4 x float> %860, float %858, i64 3
  store <4 x float> %861, ptr %823, align 4
  %862 = extractelement <8 x float> %850, i64 3
  %863 = shufflevector <8 x float> %820, <8 x float> %832, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %864 = insertelement <4 x float> %863, float %844, i64 2
  %865 = insertelement <4 x float> %864, float %862, i64 3
  store <4 x float> %865, ptr %824, align 4
  %866 = extractelement <8 x float> %850, i64 4
  store float %866, ptr %852, align 4
  %867 = extractelement <8 x float> %850, i64 5
  %868 = shufflevector <8 x float> %820, <8 x float> %832, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %869 = insertelement <4 x float> %868, float %846, i64 2
  %870 = insertelement <4 x float> %869, float %867, i64 3
  store <4 x float> %870, ptr %826, align 4
  %871 = extractelement <8 x float> %850, i64 6
  %872 = shufflevector <8 x float> %820, <8 x float> %832, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %873 = insertelement <4 x float> %872, float %847, i64 2
  %874 = insertelement <4 x float> %873, float %871, i64 3
  store <4 x float> %874, ptr %827, align 4
  %875 = extractelement <8 x float> %850, i64 7
  %876 = shufflevector <8 x float> %820, <8 x float> %832, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %877 = insertelement <4 x float> %876, float %848, i64 2
  %878 = insertelement <4 x float> %877, float %875, i64 3
  store <4 x float> %878, ptr %828, align 4
  %879 = icmp ugt <8 x i64> %vec.ind, <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>
  %880 = select <8 x i1> %879, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %881 = getelementptr inbounds i8, ptr %34, i64 %626
  %882 = getelementptr inbounds i8, ptr %34, i64 %628
  %883 = getelementptr inbounds i8, ptr %34, i64 %630
  %884 = getelementptr inbounds i8, ptr %34, i64 %632
  %885 = getelementptr inbounds i8, ptr %34, i64 %634
  %886 = getelementptr inbounds i8, ptr %34, i64 %636
  %887 = getelementptr inbounds i8, ptr %34, i64 %638
  %888 = getelementptr inbounds i8, ptr %34, i64 %640
  %889 = extractelement <8 x float> %880, i64 0
  store float %889, ptr %881, align 4
  %890 = extractelement <8 x float> %880, i64 4
  store float %890, ptr %885, align 4
  %891 = icmp ugt <8 x i64> %vec.ind, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %892 = select <8 x i1> %891, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %893 = getelementptr inbounds i8, ptr %35, i64 %626
  %894 = getelementptr inbounds i8, ptr %35, i64 %634
  %895 = extractelement <8 x float> %892, i64 0
  store float %895, ptr %893, align 4
  %896 = extractelement <8 x float> %892, i64 4
  store float %896, ptr %894, align 4
  %897 = icmp ugt <8 x i64> %vec.ind, <i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18>
  %898 = select <8 x i1> %897, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %899 = getelementptr inbounds i8, ptr %36, i64 %626
  %900 = getelementptr inbounds i8, ptr %36, i64 %634
  %901 = extractelement <8 x float> %898, i64 0
  store float %901, ptr %899, align 4
  %902 = extractelement <8 x float> %898, i64 1
  %903 = extractelement <8 x float> %898, i64 2
  %904 = extractelement <8 x float> %898, i64 3
  %905 = extractelement <8 x float> %898, i64 4
  store float %905, ptr %900, align 4
  %906 = extractelement <8 x float> %898, i64 5
  %907 = extractelement <8 x float> %898, i64 6
  %908 = extractelement <8 x float> %898, i64 7
  %909 = icmp ugt <8 x i64> %vec.ind, <i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19>
  %910 = select <8 x i1> %909, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %911 = getelementptr inbounds i8, ptr %37, i64 %626
  %912 = getelementptr inbounds i8, ptr %37, i64 %634
  %913 = extractelement <8 x float> %910, i64 0
  store float %913, ptr %911, align 4
  %914 = extractelement <8 x float> %910, i64 1
  %915 = shufflevector <8 x float> %880, <8 x float> %892, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %916 = insertelement <4 x float> %915, float %902, i64 2
  %917 = insertelement <4 x float> %916, float %914, i64 3
  store <4 x float> %917, ptr %882, align 4
  %918 = extractelement <8 x float> %910, i64 2
  %919 = shufflevector <8 x float> %880, <8 x float> %892, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %920 = insertelement <4 x float> %919, float %903, i64 2
  %921 = insertelement <4 x float> %920, float %918, i64 3
  store <4 x float> %921, ptr %883, align 4
  %922 = extractelement <8 x float> %910, i64 3
  %923 = shufflevector <8 x float> %880, <8 x float> %892, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %924 = insertelement <4 x float> %923, float %904, i64 2
  %925 = insertelement <4 x float> %924, float %922, i64 3
  store <4 x float> %925, ptr %884, align 4
  %926 = extractelement <8 x float> %910, i64 4
  store float %926, ptr %912, align 4
  %927 = extractelement <8 x float> %910, i64 5
  %928 = shufflevector <8 x float> %880, <8 x float> %892, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %929 = insertelement <4 x float> %928, float %906, i64 2
  %930 = insertelement <4 x float> %929, float %927, i64 3
  store <4 x float> %930, ptr %886, align 4
  %931 = extractelement <8 x float> %910, i64 6
  %932 = shufflevector <8 x float> %880, <8 x float> %892, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %933 = insertelement <4 x float> %932, float %907, i64 2
  %934 = insertelement <4 x float> %933, float %931, i64 3
  store <4 x float> %934, ptr %887, align 4
  %935 = extractelement <8 x float> %910, i64 7
  %936 = shufflevector <8 x float> %880, <8 x float> %892, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %937 = insertelement <4 x float> %936, float %908, i64 2
  %938 = insertelement <4 x float> %937, float %935, i64 3
  store <4 x float> %938, ptr %888, align 4
  %939 = icmp ugt <8 x i64> %vec.ind, <i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20>
  %940 = select <8 x i1> %939, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %941 = getelementptr inbounds i8, ptr %38, i64 %626
  %942 = getelementptr inbounds i8, ptr %38, i64 %628
  %943 = getelementptr inbounds i8, ptr %38, i64 %630
  %944 = getelementptr inbounds i8, ptr %38, i64 %632
  %945 = getelementptr inbounds i8, ptr %38, i64 %634
  %946 = getelementptr inbounds i8, ptr %38, i64 %636
  %947 = getelementptr inbounds i8, ptr %38, i64 %638
  %948 = getelementptr inbounds i8, ptr %38, i64 %640
  %949 = extractelement <8 x float> %940, i64 0
  store float %949, ptr %941, align 4
  %950 = extractelement <8 x float> %940, i64 4
  store float %950, ptr %945, align 4
  %951 = icmp ugt <8 x i64> %vec.ind, <i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21>
  %952 = select <8 x i1> %951, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %953 = getelementptr inbounds i8, ptr %39, i64 %626
  %954 = getelementptr inbounds i8, ptr %39, i64 %634
  %955 = extractelement <8 x float> %952, i64 0
  store float %955, ptr %953, align 4
  %956 = extractelement <8 x float> %952, i64 4
  store float %956, ptr %954, align 4
  %957 = icmp ugt <8 x i64> %vec.ind, <i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22>
  %958 = select <8 x i1> %957, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %959 = getelementptr inbounds i8, ptr %40, i64 %626
  %960 = getelementptr inbounds i8, ptr %40, i64 %634
  %961 = extractelement <8 x float> %958, i64 0
  store float %961, ptr %959, align 4
  %962 = extractelement <8 x float> %958, i64 1
  %963 = extractelement <8 x float> %958, i64 2
  %964 = extractelement <8 x float> %958, i64 3
  %965 = extractelement <8 x float> %958, i64 4
  store float %965, ptr %960, align 4
  %966 = extractelement <8 x float> %958, i64 5
  %967 = extractelement <8 x float> %958, i64 6
  %968 = extractelement <8 x float> %958, i64 7
  %969 = icmp ugt <8 x i64> %vec.ind, <i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23>
  %970 = select <8 x i1> %969, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %971 = getelementptr inbounds i8, ptr %41, i64 %626
  %972 = getelementptr inbounds i8, ptr %41, i64 %634
  %973 = extractelement <8 x float> %970, i64 0
  store float %973, ptr %971, align 4
  %974 = extractelement <8 x float> %970, i64 1
  %975 = shufflevector <8 x float> %940, <8 x float> %952, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %976 = insertelement <4 x float> %975, float %962, i64 2
  %977 = insertelement <4 x float> %976, float %974, i64 3
  store <4 x float> %977, ptr %942, align 4
  %978 = extractelement <8 x float> %970, i64 2
  %979 = shufflevector <8 x float> %940, <8 x float> %952, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %980 = insertelement <4 x float> %979, float %963, i64 2
  %981 = insertelement <4 x float> %980, float %978, i64 3
  store <4 x float> %981, ptr %943, align 4
  %982 = extractelement <8 x float> %970, i64 3
  %983 = shufflevector <8 x float> %940, <8 x float> %952, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %984 = insertelement <4 x float> %983, float %964, i64 2
  %985 = insertelement <4 x float> %984, float %982, i64 3
  store <4 x float> %985, ptr %944, align 4
  %986 = extractelement <8 x float> %970, i64 4
  store float %986, ptr %972, align 4
  %987 = extractelement <8 x float> %970, i64 5
  %988 = shufflevector <8 x float> %940, <8 x float> %952, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %989 = insertelement <4 x float> %988, float %966, i64 2
  %990 = insertelement <4 x float> %989, float %987, i64 3
  store <4 x float> %990, ptr %946, align 4
  %991 = extractelement <8 x float> %970, i64 6
  %992 = shufflevector <8 x float> %940, <8 x float> %952, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %993 = insertelement <4 x float> %992, float %967, i64 2
  %994 = insertelement <4 x float> %993, float %991, i64 3
  store <4 x float> %994, ptr %947, align 4
  %995 = extractelement <8 x float> %970, i64 7
  %996 = shufflevector <8 x float> %940, <8 x float> %952, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %997 = insertelement <4 x float> %996, float %968, i64 2
  %998 = insertelement <4 x float> %997, float %995, i64 3
  store <4 x float> %998, ptr %948, align 4
  %999 = icmp ugt <8 x i64> %vec.ind, <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>
  %1000 = select <8 x i1> %999, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1001 = getelementptr inbounds i8, ptr %42, i64 %626
  %1002 = getelementptr inbounds i8, ptr %42, i64 %628
  %1003 = getelementptr inbounds i8, ptr %42, i64 %630
  %1004 = getelementptr inbounds i8, ptr %42, i64 %632
  %1005 = getelementptr inbounds i8, ptr %42, i64 %634
  %1006 = getelementptr inbounds i8, ptr %42, i64 %636
  %1007 = getelementptr inbounds i8, ptr %42, i64 %638
  %1008 = getelementptr inbounds i8, ptr %42, i64 %640
  %1009 = extractelement <8 x float> %1000, i64 0
  store float %1009, ptr %1001, align 4
  %1010 = extractelement <8 x float> %1000, i64 4
  store float %1010, ptr %1005, align 4
  %1011 = icmp ugt <8 x i64> %vec.ind, <i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25>
  %1012 = select <8 x i1> %1011, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1013 = getelementptr inbounds i8, ptr %43, i64 %626
  %1014 = getelementptr inbounds i8, ptr %43, i64 %634
  %1015 = extractelement <8 x float> %1012, i64 0
  store float %1015, ptr %1013, align 4
  %1016 = extractelement <8 x float> %1012, i64 4
  store float %1016, ptr %1014, align 4
  %1017 = icmp ugt <8 x i64> %vec.ind, <i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26>
  %1018 = select <8 x i1> %1017, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1019 = getelementptr inbounds i8, ptr %44, i64 %626
  %1020 = getelementptr inbounds i8, ptr %44, i64 %634
  %1021 = extractelement <8 x float> %1018, i64 0
  store float %1021, ptr %1019, align 4
  %1022 = extractelement <8 x float> %1018, i64 1
  %1023 = extractelement <8 x float> %1018, i64 2
  %1024 = extractelement <8 x float> %1018, i64 3
  %1025 = extractelement <8 x float> %1018, i64 4
  store float %1025, ptr %1020, align 4
  %1026 = extractelement <8 x float> %1018, i64 5
  %1027 = extractelement <8 x float> %1018, i64 6
  %1028 = extractelement <8 x float> %1018, i64 7
  %1029 = icmp ugt <8 x i64> %vec.ind, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %1030 = select <8 x i1> %1029, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1031 = getelementptr inbounds i8, ptr %45, i64 %626
  %1032 = getelementptr inbounds i8, ptr %45, i64 %634
  %1033 = extractelement <8 x float> %1030, i64 0
  store float %1033, ptr %1031, align 4
  %1034 = extractelement <8 x float> %1030, i64 1
  %1035 = shufflevector <8 x float> %1000, <8 x float> %1012, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %1036 = insertelement <4 x float> %1035, float %1022, i64 2
  %1037 = insertelement <4 x float> %1036, float %1034, i64 3
  store <4 x float> %1037, ptr %1002, align 4
  %1038 = extractelement <8 x float> %1030, i64 2
  %1039 = shufflevector <8 x float> %1000, <8 x float> %1012, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %1040 = insertelement <4 x float> %1039, float %1023, i64 2
  %1041 = insertelement <4 x float> %1040, float %1038, i64 3
  store <4 x float> %1041, ptr %1003, align 4
  %1042 = extractelement <8 x float> %1030, i64 3
  %1043 = shufflevector <8 x float> %1000, <8 x float> %1012, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %1044 = insertelement <4 x float> %1043, float %1024, i64 2
  %1045 = insertelement <4 x float> %1044, float %1042, i64 3
  store <4 x float> %1045, ptr %1004, align 4
  %1046 = extractelement <8 x float> %1030, i64 4
  store float %1046, ptr %1032, align 4
  %1047 = extractelement <8 x float> %1030, i64 5
  %1048 = shufflevector <8 x float> %1000, <8 x float> %1012, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %1049 = insertelement <4 x float> %1048, float %1026, i64 2
  %1050 = insertelement <4 x float> %1049, float %1047, i64 3
  store <4 x float> %1050, ptr %1006, align 4
  %1051 = extractelement <8 x float> %1030, i64 6
  %1052 = shufflevector <8 x float> %1000, <8 x float> %1012, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %1053 = insertelement <4 x float> %1052, float %1027, i64 2
  %1054 = insertelement <4 x float> %1053, float %1051, i64 3
  store <4 x float> %1054, ptr %1007, align 4
  %1055 = extractelement <8 x float> %1030, i64 7
  %1056 = shufflevector <8 x float> %1000, <8 x float> %1012, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %1057 = insertelement <4 x float> %1056, float %1028, i64 2
  %1058 = insertelement <4 x float> %1057, float %1055, i64 3
  store <4 x float> %1058, ptr %1008, align 4
  %1059 = icmp ugt <8 x i64> %vec.ind, <i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28>
  %1060 = select <8 x i1> %1059, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1061 = getelementptr inbounds i8, ptr %46, i64 %626
  %1062 = getelementptr inbounds i8, ptr %46, i64 %628
  %1063 = getelementptr inbounds i8, ptr %46, i64 %630
  %1064 = getelementptr inbounds i8, ptr %46, i64 %632
  %1065 = getelementptr inbounds i8, ptr %46, i64 %634
  %1066 = getelementptr inbounds i8, ptr %46, i64 %636
  %1067 = getelementptr inbounds i8, ptr %46, i64 %638
  %1068 = getelementptr inbounds i8, ptr %46, i64 %640
  %1069 = extractelement <8 x float> %1060, i64 0
  store float %1069, ptr %1061, align 4
  %1070 = extractelement <8 x float> %1060, i64 2
  store float %1070, ptr %1063, align 4
  %1071 = extractelement <8 x float> %1060, i64 3
  store float %1071, ptr %1064, align 4
  %1072 = extractelement <8 x float> %1060, i64 4
  store float %1072, ptr %1065, align 4
  %1073 = icmp ugt <8 x i64> %vec.ind, <i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29>
  %1074 = select <8 x i1> %1073, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1075 = getelementptr inbounds i8, ptr %47, i64 %626
  %1076 = getelementptr inbounds i8, ptr %47, i64 %630
  %1077 = getelementptr inbounds i8, ptr %47, i64 %632
  %1078 = getelementptr inbounds i8, ptr %47, i64 %634
  %1079 = extractelement <8 x float> %1074, i64 0
  store float %1079, ptr %1075, align 4
  %1080 = shufflevector <8 x float> %1060, <8 x float> %1074, <2 x i32> <i32 1, i32 9>
  store <2 x float> %1080, ptr %1062, align 4
  %1081 = extractelement <8 x float> %1074, i64 2
  store float %1081, ptr %1076, align 4
  %1082 = extractelement <8 x float> %1074, i64 3
  store float %1082, ptr %1077, align 4
  %1083 = extractelement <8 x float> %1074, i64 4
  store float %1083, ptr %1078, align 4
  %1084 = shufflevector <8 x float> %1060, <8 x float> %1074, <2 x i32> <i32 5, i32 13>
  store <2 x float> %1084, ptr %1066, align 4
  %1085 = shufflevector <8 x float> %1060, <8 x float> %1074, <2 x i32> <i32 6, i32 14>
  store <2 x float> %1085, ptr %1067, align 4
  %1086 = shufflevector <8 x float> %1060, <8 x float> %1074, <2 x i32> <i32 7, i32 15>
  store <2 x float> %1086, ptr %1068, align 4
  %1087 = icmp ugt <8 x i64> %vec.ind, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %1088 = select <8 x i1> %1087, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1089 = getelementptr inbounds i8, ptr %48, i64 %626
  %1090 = getelementptr inbounds i8, ptr %48, i64 %628
  %1091 = getelementptr inbounds i8, ptr %48, i64 %630
  %1092 = getelementptr inbounds i8, ptr %48, i64 %632
  %1093 = getelementptr inbounds i8, ptr %48, i64 %634
  %1094 = getelementptr inbounds i8, ptr %48, i64 %636
  %1095 = getelementptr inbounds i8, ptr %48, i64 %638
  %1096 = getelementptr inbounds i8, ptr %48, i64 %640
  %1097 = extractelement <8 x float> %1088, i64 0
  store float %1097, ptr %1089, align 4
  %1098 = extractelement <8 x float> %1088, i64 1
  store float %1098, ptr %1090, align 4
  %1099 = extractelement <8 x float> %1088, i64 2
  store float %1099, ptr %1091, align 4
  %1100 = extractelement <8 x float> %1088, i64 3
  store float %1100, ptr %1092, align 4
  %1101 = extractelement <8 x float> %1088, i64 4
  store float %1101, ptr %1093, align 4
  %1102 = extractelement <8 x float> %1088, i64 5
  store float %1102, ptr %1094, align 4
  %1103 = extractelement <8 x float> %1088, i64 6
  store float %1103, ptr %1095, align 4
  %1104 = extractelement <8 x float> %1088, i64 7
  store float %1104, ptr %1096, align 4
  %1105 = getelementptr inbounds i8, ptr %49, i64 %626
  %1106 = getelementptr inbounds i8, ptr %49, i64 %628
  %1107 = getelementptr inbounds i8, ptr %49, i64 %630
  %1108 = getelementptr inbounds i8, ptr %49, i64 %632
  %1109 = getelementptr inbounds i8, ptr %49, i64 %634
  %1110 = getelementptr inbounds i8, ptr %49, i64 %636
  %1111 = getelementptr inbounds i8, ptr %49, i64 %638
  %1112 = getelementptr inbounds i8, ptr %49, i64 %640
  store float 1.000000e+00, ptr %1105, align 4
  store float 1.000000e+00, ptr %1106, align 4
  store float 1.000000e+00, ptr %1107, align 4
  store float 1.000000e+00, ptr %1108, align 4
  store float 1.000000e+00, ptr %1109, align 4
  store float 1.000000e+00, ptr %1110, align 4
  store float 1.000000e+00, ptr %1111, align 4
  store float 1.000000e+00, ptr %1112, align 4
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1113 = icmp eq i64 %index.next, 32
  br i1 %1113, label %t2.body.preheader, label %vector.body, !llvm.loop !0

t2.body.preheader:                                ; preds = %vector.body
  %1114 = getelementptr i8, ptr %286, i64 %287
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.02651 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %1115 = shl nsw i64 %t2.addr.02651, 7
  %gep3315 = getelementptr i8, ptr %invariant.gep3314, i64 %1115
  %1116 = icmp sgt i64 %291, %t2.addr.02651
  br i1 %1116, label %p.head.preheader, label %j6.head.preheader

j6.head.preheader:                                ; preds = %t2.body
  %gep3317 = getelementptr i8, ptr %invariant.gep3316, i64 %1115
  %gep3319 = getelementptr i8, ptr %invariant.gep3318, i64 %1115
  %gep3321 = getelementptr i8, ptr %invariant.gep3320, i64 %1115
  %gep3323 = getelementptr i8, ptr %invariant.gep3322, i64 %1115
  %gep3325 = getelementptr i8, ptr %invariant.gep3324, i64 %1115
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3317, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3319, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3315, i8 0, i64 128, i1 false)
  %1117 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02651
  store float 0.000000e+00, ptr %1117, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3321, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3323, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3325, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %1118 = mul i64 %15, %t2.addr.02651
  %scevgep3113 = getelementptr i8, ptr %1114, i64 %1118
  %1119 = add nuw nsw i64 %t2.addr.02651, %t0
  %1120 = shl nuw nsw i64 %t2.addr.02651, 5
  %.idx2918 = shl i64 %1119, 7
  %1121 = getelementptr i8, ptr %invariant.gep2902, i64 %.idx2918
  %1122 = load <16 x float>, ptr %1121, align 4
  %1123 = fmul <16 x float> %1122, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %1124 = or disjoint i64 %1120, 2048
  %1125 = getelementptr inbounds float, ptr %Bk, i64 %1124
  store <16 x float> %1123, ptr %1125, align 4
  %1126 = getelementptr inbounds float, ptr %QK, i64 %1120
  store <16 x float> %1123, ptr %1126, align 4
  %1127 = getelementptr i8, ptr %50, i64 %.idx2918
  %1128 = load <16 x float>, ptr %1127, align 4
  %1129 = fmul <16 x float> %1128, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %1130 = or disjoint i64 %1120, 16
  %1131 = or i64 %1120, 2064
  %1132 = getelementptr inbounds float, ptr %Bk, i64 %1131
  store <16 x float> %1129, ptr %1132, align 4
  %1133 = getelementptr inbounds float, ptr %QK, i64 %1130
  store <16 x float> %1129, ptr %1133, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3315, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3113, i64 128, i1 false)
  %tau = or disjoint i64 %t2.addr.02651, %t0
  %1134 = mul nsw i64 %tau, %H
  %1135 = getelementptr inbounds float, ptr %betah, i64 %1134
  %1136 = load float, ptr %1135, align 4
  %1137 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02651
  store float %1136, ptr %1137, align 4
  %.idx2920 = shl i64 %tau, 7
  %1138 = getelementptr i8, ptr %gep2895, i64 %.idx2920
  %1139 = load <16 x float>, ptr %1138, align 4
  %1140 = or disjoint i64 %1120, 3072
  %1141 = getelementptr inbounds float, ptr %Bk, i64 %1140
  store <16 x float> %1139, ptr %1141, align 4
  %1142 = fneg <16 x float> %1139
  %1143 = or disjoint i64 %1120, 1024
  %1144 = getelementptr inbounds float, ptr %QK, i64 %1143
  store <16 x float> %1142, ptr %1144, align 4
  %1145 = getelementptr i8, ptr %51, i64 %.idx2920
  %1146 = load <16 x float>, ptr %1145, align 4
  %1147 = or i64 %1120, 3088
  %1148 = getelementptr inbounds float, ptr %Bk, i64 %1147
  store <16 x float> %1146, ptr %1148, align 4
  %1149 = fneg <16 x float> %1146
  %1150 = or i64 %1120, 1040
  %1151 = getelementptr inbounds float, ptr %QK, i64 %1150
  store <16 x float> %1149, ptr %1151, align 4
  %1152 = getelementptr i8, ptr %gep2897, i64 %.idx2920
  %1153 = load <16 x float>, ptr %1152, align 4
  %1154 = getelementptr inbounds i8, ptr %Rr, i64 %1115
  store <16 x float> %1153, ptr %1154, align 4
  %1155 = getelementptr i8, ptr %52, i64 %.idx2920
  %1156 = load <16 x float>, ptr %1155, align 4
  %1157 = getelementptr inbounds i8, ptr %53, i64 %1115
  store <16 x float> %1156, ptr %1157, align 4
  br label %endif

endif:                                            ; preds = %j6.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.02651, 1
  %exitcond3117.not = icmp eq i64 %t2.next, 32
  br i1 %exitcond3117.not, label %j12.head.preheader, label %t2.body

j12.head.preheader:                               ; preds = %endif, %j12.exit
  %1158 = phi i1 [ false, %j12.exit ], [ true, %endif ]
  %i12.addr.02653 = phi i64 [ 16, %j12.exit ], [ 0, %endif ]
  %1159 = shl nuw nsw i64 %i12.addr.02653, 5
  br label %j12.body

j12.body:                                         ; preds = %j12.head.preheader, %j12.body
  %1160 = phi i1 [ true, %j12.head.preheader ], [ false, %j12.body ]
  %j12.addr.02652 = phi i64 [ 0, %j12.head.preheader ], [ 16, %j12.body ]
  %1161 = or disjoint i64 %j12.addr.02652, %1159
  %1162 = or disjoint i64 %1161, 3072
  %1163 = getelementptr inbounds float, ptr %Bk, i64 %1162
  %1164 = load <16 x float>, ptr %1163, align 4
  %1165 = or disjoint i64 %1161, 3328
  %1166 = getelementptr inbounds float, ptr %Bk, i64 %1165
  %1167 = load <16 x float>, ptr %1166, align 4
  %1168 = or disjoint i64 %1161, 3104
  %1169 = getelementptr inbounds float, ptr %Bk, i64 %1168
  %1170 = load <16 x float>, ptr %1169, align 4
  %1171 = or disjoint i64 %1161, 3360
  %1172 = getelementptr inbounds float, ptr %Bk, i64 %1171
  %1173 = load <16 x float>, ptr %1172, align 4
  %1174 = or disjoint i64 %1161, 3136
  %1175 = getelementptr inbounds float, ptr %Bk, i64 %1174
  %1176 = load <16 x float>, ptr %1175, align 4
  %1177 = or disjoint i64 %1161, 3392
  %1178 = getelementptr inbounds float, ptr %Bk, i64 %1177
  %1179 = load <16 x float>, ptr %1178, align 4
  %1180 = or disjoint i64 %1161, 3168
  %1181 = getelementptr inbounds float, ptr %Bk, i64 %1180
  %1182 = load <16 x float>, ptr %1181, align 4
  %1183 = or disjoint i64 %1161, 3424
  %1184 = getelementptr inbounds float, ptr %Bk, i64 %1183
  %1185 = load <16 x float>, ptr %1184, align 4
  %1186 = or disjoint i64 %1161, 3200
  %1187 = getelementptr inbounds float, ptr %Bk, i64 %1186
  %1188 = load <16 x float>, ptr %1187, align 4
  %1189 = or disjoint i64 %1161, 3456
  %1190 = getelementptr inbounds float, ptr %Bk, i64 %1189
  %1191 = load <16 x float>, ptr %1190, align 4
  %1192 = or disjoint i64 %1161, 3232
  %1193 = getelementptr inbounds float, ptr %Bk, i64 %1192
  %1194 = load <16 x float>, ptr %1193, align 4
  %1195 = or disjoint i64 %1161, 3488
  %1196 = getelementptr inbounds float, ptr %Bk, i64 %1195
  %1197 = load <16 x float>, ptr %1196, align 4
  %1198 = or disjoint i64 %1161, 3264
  %1199 = getelementptr inbounds float, ptr %Bk, i64 %1198
  %1200 = load <16 x float>, ptr %1199, align 4
  %1201 = or disjoint i64 %1161, 3520
  %1202 = getelementptr inbounds float, ptr %Bk, i64 %1201
  %1203 = load <16 x float>, ptr %1202, align 4
  %1204 = or disjoint i64 %1161, 3296
  %1205 = getelementptr inbounds float, ptr %Bk, i64 %1204
  %1206 = load <16 x float>, ptr %1205, align 4
  %1207 = or disjoint i64 %1161, 3552
  %1208 = getelementptr inbounds float, ptr %Bk, i64 %1207
  %1209 = load <16 x float>, ptr %1208, align 4
  %1210 = shufflevector <16 x float> %1164, <16 x float> %1167, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1211 = shufflevector <16 x float> %1188, <16 x float> %1191, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1212 = shufflevector <16 x float> %1170, <16 x float> %1173, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1213 = shufflevector <16 x float> %1194, <16 x float> %1197, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1214 = shufflevector <16 x float> %1176, <16 x float> %1179, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1215 = shufflevector <16 x float> %1200, <16 x float> %1203, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1216 = shufflevector <16 x float> %1182, <16 x float> %1185, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1217 = shufflevector <16 x float> %1206, <16 x float> %1209, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1218 = shufflevector <16 x float> %1164, <16 x float> %1167, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1219 = shufflevector <16 x float> %1188, <16 x float> %1191, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1220 = shufflevector <16 x float> %1170, <16 x float> %1173, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1221 = shufflevector <16 x float> %1194, <16 x float> %1197, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1222 = shufflevector <16 x float> %1176, <16 x float> %1179, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1223 = shufflevector <16 x float> %1200, <16 x float> %1203, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1224 = shufflevector <16 x float> %1182, <16 x float> %1185, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1225 = shufflevector <16 x float> %1206, <16 x float> %1209, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1226 = shufflevector <16 x float> %1210, <16 x float> %1211, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1227 = shufflevector <16 x float> %1214, <16 x float> %1215, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1228 = shufflevector <16 x float> %1212, <16 x float> %1213, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1229 = shufflevector <16 x float> %1216, <16 x float> %1217, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1230 = shufflevector <16 x float> %1210, <16 x float> %1211, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1231 = shufflevector <16 x float> %1214, <16 x float> %1215, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1232 = shufflevector <16 x float> %1212, <16 x float> %1213, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1233 = shufflevector <16 x float> %1216, <16 x float> %1217, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1234 = shufflevector <16 x float> %1218, <16 x float> %1219, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1235 = shufflevector <16 x float> %1222, <16 x float> %1223, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1236 = shufflevector <16 x float> %1220, <16 x float> %1221, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1237 = shufflevector <16 x float> %1224, <16 x float> %1225, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1238 = shufflevector <16 x float> %1218, <16 x float> %1219, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1239 = shufflevector <16 x float> %1222, <16 x float> %1223, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1240 = shufflevector <16 x float> %1220, <16 x float> %1221, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1241 = shufflevector <16 x float> %1224, <16 x float> %1225, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1242 = shufflevector <16 x float> %1226, <16 x float> %1227, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1243 = shufflevector <16 x float> %1228, <16 x float> %1229, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1244 = shufflevector <16 x float> %1226, <16 x float> %1227, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1245 = shufflevector <16 x float> %1228, <16 x float> %1229, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1246 = shufflevector <16 x float> %1230, <16 x float> %1231, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1247 = shufflevector <16 x float> %1232, <16 x float> %1233, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1248 = shufflevector <16 x float> %1230, <16 x float> %1231, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1249 = shufflevector <16 x float> %1232, <16 x float> %1233, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1250 = shufflevector <16 x float> %1234, <16 x float> %1235, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1251 = shufflevector <16 x float> %1236, <16 x float> %1237, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1252 = shufflevector <16 x float> %1234, <16 x float> %1235, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1253 = shufflevector <16 x float> %1236, <16 x float> %1237, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1254 = shufflevector <16 x float> %1238, <16 x float> %1239, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1255 = shufflevector <16 x float> %1240, <16 x float> %1241, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1256 = shufflevector <16 x float> %1238, <16 x float> %1239, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1257 = shufflevector <16 x float> %1240, <16 x float> %1241, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1258 = shufflevector <16 x float> %1242, <16 x float> %1243, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1259 = shl nuw nsw i64 %j12.addr.02652, 5
  %1260 = or disjoint i64 %1259, %i12.addr.02653
  %1261 = getelementptr inbounds float, ptr %KT, i64 %1260
  store <16 x float> %1258, ptr %1261, align 4
  %1262 = shufflevector <16 x float> %1242, <16 x float> %1243, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1263 = or disjoint i64 %1260, 32
  %1264 = getelementptr inbounds float, ptr %KT, i64 %1263
  store <16 x float> %1262, ptr %1264, align 4
  %1265 = shufflevector <16 x float> %1244, <16 x float> %1245, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1266 = or disjoint i64 %1260, 64
  %1267 = getelementptr inbounds float, ptr %KT, i64 %1266
  store <16 x float> %1265, ptr %1267, align 4
  %1268 = shufflevector <16 x float> %1244, <16 x float> %1245, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1269 = or disjoint i64 %1260, 96
  %1270 = getelementptr inbounds float, ptr %KT, i64 %1269
  store <16 x float> %1268, ptr %1270, align 4
  %1271 = shufflevector <16 x float> %1246, <16 x float> %1247, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1272 = or disjoint i64 %1260, 128
  %1273 = getelementptr inbounds float, ptr %KT, i64 %1272
  store <16 x float> %1271, ptr %1273, align 4
  %1274 = shufflevector <16 x float> %1246, <16 x float> %1247, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1275 = or disjoint i64 %1260, 160
  %1276 = getelementptr inbounds float, ptr %KT, i64 %1275
  store <16 x float> %1274, ptr %1276, align 4
  %1277 = shufflevector <16 x float> %1248, <16 x float> %1249, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1278 = or disjoint i64 %1260, 192
  %1279 = getelementptr inbounds float, ptr %KT, i64 %1278
  store <16 x float> %1277, ptr %1279, align 4
  %1280 = shufflevector <16 x float> %1248, <16 x float> %1249, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1281 = or disjoint i64 %1260, 224
  %1282 = getelementptr inbounds float, ptr %KT, i64 %1281
  store <16 x float> %1280, ptr %1282, align 4
  %1283 = shufflevector <16 x float> %1250, <16 x float> %1251, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1284 = or disjoint i64 %1260, 256
  %1285 = getelementptr inbounds float, ptr %KT, i64 %1284
  store <16 x float> %1283, ptr %1285, align 4
  %1286 = shufflevector <16 x float> %1250, <16 x float> %1251, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1287 = or disjoint i64 %1260, 288
  %1288 = getelementptr inbounds float, ptr %KT, i64 %1287
  store <16 x float> %1286, ptr %1288, align 4
  %1289 = shufflevector <16 x float> %1252, <16 x float> %1253, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1290 = or disjoint i64 %1260, 320
  %1291 = getelementptr inbounds float, ptr %KT, i64 %1290
  store <16 x float> %1289, ptr %1291, align 4
  %1292 = shufflevector <16 x float> %1252, <16 x float> %1253, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1293 = or disjoint i64 %1260, 352
  %1294 = getelementptr inbounds float, ptr %KT, i64 %1293
  store <16 x float> %1292, ptr %1294, align 4
  %1295 = shufflevector <16 x float> %1254, <16 x float> %1255, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1296 = or disjoint i64 %1260, 384
  %1297 = getelementptr inbounds float, ptr %KT, i64 %1296
  store <16 x float> %1295, ptr %1297, align 4
  %1298 = shufflevector <16 x float> %1254, <16 x float> %1255, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1299 = or disjoint i64 %1260, 416
  %1300 = getelementptr inbounds float, ptr %KT, i64 %1299
  store <16 x float> %1298, ptr %1300, align 4
  %1301 = shufflevector <16 x float> %1256, <16 x float> %1257, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1302 = or disjoint i64 %1260, 448
  %1303 = getelementptr inbounds float, ptr %KT, i64 %1302
  store <16 x float> %1301, ptr %1303, align 4
  %1304 = shufflevector <16 x float> %1256, <16 x float> %1257, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1305 = or disjoint i64 %1260, 480
  %1306 = getelementptr inbounds float, ptr %KT, i64 %1305
  store <16 x float> %1304, ptr %1306, align 4
  br i1 %1160, label %j12.body, label %j12.exit

j12.exit:                                         ; preds = %j12.body
  br i1 %1158, label %j12.head.preheader, label %j13.head.preheader

j13.head.preheader:                               ; preds = %j12.exit, %j13.exit
  %1307 = phi i1 [ false, %j13.exit ], [ true, %j12.exit ]
  %i13.addr.02655 = phi i64 [ 16, %j13.exit ], [ 0, %j12.exit ]
  %1308 = shl nuw nsw i64 %i13.addr.02655, 5
  br label %j13.body

j13.body:                                         ; preds = %j13.head.preheader, %j13.body
  %1309 = phi i1 [ true, %j13.head.preheader ], [ false, %j13.body ]
  %j13.addr.02654 = phi i64 [ 0, %j13.head.preheader ], [ 16, %j13.body ]
  %1310 = or disjoint i64 %j13.addr.02654, %1308
  %1311 = or disjoint i64 %1310, 2048
  %1312 = getelementptr inbounds float, ptr %Bk, i64 %1311
  %1313 = load <16 x float>, ptr %1312, align 4
  %1314 = or disjoint i64 %1310, 2304
  %1315 = getelementptr inbounds float, ptr %Bk, i64 %1314
  %1316 = load <16 x float>, ptr %1315, align 4
  %1317 = or disjoint i64 %1310, 2080
  %1318 = getelementptr inbounds float, ptr %Bk, i64 %1317
  %1319 = load <16 x float>, ptr %1318, align 4
  %1320 = or disjoint i64 %1310, 2336
  %1321 = getelementptr inbounds float, ptr %Bk, i64 %1320
  %1322 = load <16 x float>, ptr %1321, align 4
  %1323 = or disjoint i64 %1310, 2112
  %1324 = getelementptr inbounds float, ptr %Bk, i64 %1323
  %1325 = load <16 x float>, ptr %1324, align 4
  %1326 = or disjoint i64 %1310, 2368
  %1327 = getelementptr inbounds float, ptr %Bk, i64 %1326
  %1328 = load <16 x float>, ptr %1327, align 4
  %1329 = or disjoint i64 %1310, 2144
  %1330 = getelementptr inbounds float, ptr %Bk, i64 %1329
  %1331 = load <16 x float>, ptr %1330, align 4
  %1332 = or disjoint i64 %1310, 2400
  %1333 = getelementptr inbounds float, ptr %Bk, i64 %1332
  %1334 = load <16 x float>, ptr %1333, align 4
  %1335 = or disjoint i64 %1310, 2176
  %1336 = getelementptr inbounds float, ptr %Bk, i64 %1335
  %1337 = load <16 x float>, ptr %1336, align 4
  %1338 = or disjoint i64 %1310, 2432
  %1339 = getelementptr inbounds float, ptr %Bk, i64 %1338
  %1340 = load <16 x float>, ptr %1339, align 4
  %1341 = or disjoint i64 %1310, 2208
  %1342 = getelementptr inbounds float, ptr %Bk, i64 %1341
  %1343 = load <16 x float>, ptr %1342, align 4
  %1344 = or disjoint i64 %1310, 2464
  %1345 = getelementptr inbounds float, ptr %Bk, i64 %1344
  %1346 = load <16 x float>, ptr %1345, align 4
  %1347 = or disjoint i64 %1310, 2240
  %1348 = getelementptr inbounds float, ptr %Bk, i64 %1347
  %1349 = load <16 x float>, ptr %1348, align 4
  %1350 = or disjoint i64 %1310, 2496
  %1351 = getelementptr inbounds float, ptr %Bk, i64 %1350
  %1352 = load <16 x float>, ptr %1351, align 4
  %1353 = or disjoint i64 %1310, 2272
  %1354 = getelementptr inbounds float, ptr %Bk, i64 %1353
  %1355 = load <16 x float>, ptr %1354, align 4
  %1356 = or disjoint i64 %1310, 2528
  %1357 = getelementptr inbounds float, ptr %Bk, i64 %1356
  %1358 = load <16 x float>, ptr %1357, align 4
  %1359 = shufflevector <16 x float> %1313, <16 x float> %1316, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1360 = shufflevector <16 x float> %1337, <16 x float> %1340, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1361 = shufflevector <16 x float> %1319, <16 x float> %1322, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1362 = shufflevector <16 x float> %1343, <16 x float> %1346, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1363 = shufflevector <16 x float> %1325, <16 x float> %1328, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1364 = shufflevector <16 x float> %1349, <16 x float> %1352, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1365 = shufflevector <16 x float> %1331, <16 x float> %1334, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1366 = shufflevector <16 x float> %1355, <16 x float> %1358, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1367 = shufflevector <16 x float> %1313, <16 x float> %1316, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1368 = shufflevector <16 x float> %1337, <16 x float> %1340, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1369 = shufflevector <16 x float> %1319, <16 x float> %1322, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1370 = shufflevector <16 x float> %1343, <16 x float> %1346, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1371 = shufflevector <16 x float> %1325, <16 x float> %1328, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1372 = shufflevector <16 x float> %1349, <16 x float> %1352, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1373 = shufflevector <16 x float> %1331, <16 x float> %1334, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1374 = shufflevector <16 x float> %1355, <16 x float> %1358, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1375 = shufflevector <16 x float> %1359, <16 x float> %1360, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1376 = shufflevector <16 x float> %1363, <16 x float> %1364, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1377 = shufflevector <16 x float> %1361, <16 x float> %1362, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1378 = shufflevector <16 x float> %1365, <16 x float> %1366, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1379 = shufflevector <16 x float> %1359, <16 x float> %1360, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1380 = shufflevector <16 x float> %1363, <16 x float> %1364, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1381 = shufflevector <16 x float> %1361, <16 x float> %1362, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1382 = shufflevector <16 x float> %1365, <16 x float> %1366, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1383 = shufflevector <16 x float> %1367, <16 x float> %1368, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1384 = shufflevector <16 x float> %1371, <16 x float> %1372, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1385 = shufflevector <16 x float> %1369, <16 x float> %1370, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1386 = shufflevector <16 x float> %1373, <16 x float> %1374, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1387 = shufflevector <16 x float> %1367, <16 x float> %1368, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1388 = shufflevector <16 x float> %1371, <16 x float> %1372, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1389 = shufflevector <16 x float> %1369, <16 x float> %1370, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1390 = shufflevector <16 x float> %1373, <16 x float> %1374, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1391 = shufflevector <16 x float> %1375, <16 x float> %1376, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1392 = shufflevector <16 x float> %1377, <16 x float> %1378, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1393 = shufflevector <16 x float> %1375, <16 x float> %1376, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1394 = shufflevector <16 x float> %1377, <16 x float> %1378, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1395 = shufflevector <16 x float> %1379, <16 x float> %1380, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1396 = shufflevector <16 x float> %1381, <16 x float> %1382, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1397 = shufflevector <16 x float> %1379, <16 x float> %1380, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1398 = shufflevector <16 x float> %1381, <16 x float> %1382, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1399 = shufflevector <16 x float> %1383, <16 x float> %1384, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1400 = shufflevector <16 x float> %1385, <16 x float> %1386, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1401 = shufflevector <16 x float> %1383, <16 x float> %1384, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1402 = shufflevector <16 x float> %1385, <16 x float> %1386, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1403 = shufflevector <16 x float> %1387, <16 x float> %1388, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1404 = shufflevector <16 x float> %1389, <16 x float> %1390, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1405 = shufflevector <16 x float> %1387, <16 x float> %1388, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1406 = shufflevector <16 x float> %1389, <16 x float> %1390, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1407 = shufflevector <16 x float> %1391, <16 x float> %1392, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1408 = shl nuw nsw i64 %j13.addr.02654, 5
  %1409 = or disjoint i64 %1408, %i13.addr.02655
  %1410 = getelementptr inbounds float, ptr %QcT, i64 %1409
  store <16 x float> %1407, ptr %1410, align 4
  %1411 = shufflevector <16 x float> %1391, <16 x float> %1392, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1412 = or disjoint i64 %1409, 32
  %1413 = getelementptr inbounds float, ptr %QcT, i64 %1412
  store <16 x float> %1411, ptr %1413, align 4
  %1414 = shufflevector <16 x float> %1393, <16 x float> %1394, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1415 = or disjoint i64 %1409, 64
  %1416 = getelementptr inbounds float, ptr %QcT, i64 %1415
  store <16 x float> %1414, ptr %1416, align 4
  %1417 = shufflevector <16 x float> %1393, <16 x float> %1394, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1418 = or disjoint i64 %1409, 96
  %1419 = getelementptr inbounds float, ptr %QcT, i64 %1418
  store <16 x float> %1417, ptr %1419, align 4
  %1420 = shufflevector <16 x float> %1395, <16 x float> %1396, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1421 = or disjoint i64 %1409, 128
  %1422 = getelementptr inbounds float, ptr %QcT, i64 %1421
  store <16 x float> %1420, ptr %1422, align 4
  %1423 = shufflevector <16 x float> %1395, <16 x float> %1396, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1424 = or disjoint i64 %1409, 160
  %1425 = getelementptr inbounds float, ptr %QcT, i64 %1424
  store <16 x float> %1423, ptr %1425, align 4
  %1426 = shufflevector <16 x float> %1397, <16 x float> %1398, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1427 = or disjoint i64 %1409, 192
  %1428 = getelementptr inbounds float, ptr %QcT, i64 %1427
  store <16 x float> %1426, ptr %1428, align 4
  %1429 = shufflevector <16 x float> %1397, <16 x float> %1398, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1430 = or disjoint i64 %1409, 224
  %1431 = getelementptr inbounds float, ptr %QcT, i64 %1430
  store <16 x float> %1429, ptr %1431, align 4
  %1432 = shufflevector <16 x float> %1399, <16 x float> %1400, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1433 = or disjoint i64 %1409, 256
  %1434 = getelementptr inbounds float, ptr %QcT, i64 %1433
  store <16 x float> %1432, ptr %1434, align 4
  %1435 = shufflevector <16 x float> %1399, <16 x float> %1400, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1436 = or disjoint i64 %1409, 288
  %1437 = getelementptr inbounds float, ptr %QcT, i64 %1436
  store <16 x float> %1435, ptr %1437, align 4
  %1438 = shufflevector <16 x float> %1401, <16 x float> %1402, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1439 = or disjoint i64 %1409, 320
  %1440 = getelementptr inbounds float, ptr %QcT, i64 %1439
  store <16 x float> %1438, ptr %1440, align 4
  %1441 = shufflevector <16 x float> %1401, <16 x float> %1402, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1442 = or disjoint i64 %1409, 352
  %1443 = getelementptr inbounds float, ptr %QcT, i64 %1442
  store <16 x float> %1441, ptr %1443, align 4
  %1444 = shufflevector <16 x float> %1403, <16 x float> %1404, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1445 = or disjoint i64 %1409, 384
  %1446 = getelementptr inbounds float, ptr %QcT, i64 %1445
  store <16 x float> %1444, ptr %1446, align 4
  %1447 = shufflevector <16 x float> %1403, <16 x float> %1404, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1448 = or disjoint i64 %1409, 416
  %1449 = getelementptr inbounds float, ptr %QcT, i64 %1448
  store <16 x float> %1447, ptr %1449, align 4
  %1450 = shufflevector <16 x float> %1405, <16 x float> %1406, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1451 = or disjoint i64 %1409, 448
  %1452 = getelementptr inbounds float, ptr %QcT, i64 %1451
  store <16 x float> %1450, ptr %1452, align 4
  %1453 = shufflevector <16 x float> %1405, <16 x float> %1406, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1454 = or disjoint i64 %1409, 480
  %1455 = getelementptr inbounds float, ptr %QcT, i64 %1454
  store <16 x float> %1453, ptr %1455, align 4
  br i1 %1309, label %j13.body, label %j13.exit

j13.exit:                                         ; preds = %j13.body
  br i1 %1307, label %j13.head.preheader, label %j14.head.preheader

j14.head.preheader:                               ; preds = %j13.exit, %j14.exit
  %1456 = phi i1 [ false, %j14.exit ], [ true, %j13.exit ]
  %i14.addr.02657 = phi i64 [ 16, %j14.exit ], [ 0, %j13.exit ]
  %1457 = shl nuw nsw i64 %i14.addr.02657, 5
  br label %j14.body

j14.body:                                         ; preds = %j14.head.preheader, %j14.body
  %1458 = phi i1 [ true, %j14.head.preheader ], [ false, %j14.body ]
  %j14.addr.02656 = phi i64 [ 0, %j14.head.preheader ], [ 16, %j14.body ]
  %1459 = or disjoint i64 %j14.addr.02656, %1457
  %1460 = getelementptr inbounds float, ptr %OY, i64 %1459
  %1461 = load <16 x float>, ptr %1460, align 4
  %1462 = or disjoint i64 %1459, 256
  %1463 = getelementptr inbounds float, ptr %OY, i64 %1462
  %1464 = load <16 x float>, ptr %1463, align 4
  %1465 = or disjoint i64 %1459, 32
  %1466 = getelementptr inbounds float, ptr %OY, i64 %1465
  %1467 = load <16 x float>, ptr %1466, align 4
  %1468 = or disjoint i64 %1459, 288
  %1469 = getelementptr inbounds float, ptr %OY, i64 %1468
  %1470 = load <16 x float>, ptr %1469, align 4
  %1471 = or disjoint i64 %1459, 64
  %1472 = getelementptr inbounds float, ptr %OY, i64 %1471
  %1473 = load <16 x float>, ptr %1472, align 4
  %1474 = or disjoint i64 %1459, 320
  %1475 = getelementptr inbounds float, ptr %OY, i64 %1474
  %1476 = load <16 x float>, ptr %1475, align 4
  %1477 = or disjoint i64 %1459, 96
  %1478 = getelementptr inbounds float, ptr %OY, i64 %1477
  %1479 = load <16 x float>, ptr %1478, align 4
  %1480 = or disjoint i64 %1459, 352
  %1481 = getelementptr inbounds float, ptr %OY, i64 %1480
  %1482 = load <16 x float>, ptr %1481, align 4
  %1483 = or disjoint i64 %1459, 128
  %1484 = getelementptr inbounds float, ptr %OY, i64 %1483
  %1485 = load <16 x float>, ptr %1484, align 4
  %1486 = or disjoint i64 %1459, 384
  %1487 = getelementptr inbounds float, ptr %OY, i64 %1486
  %1488 = load <16 x float>, ptr %1487, align 4
  %1489 = or disjoint i64 %1459, 160
  %1490 = getelementptr inbounds float, ptr %OY, i64 %1489
  %1491 = load <16 x float>, ptr %1490, align 4
  %1492 = or disjoint i64 %1459, 416
  %1493 = getelementptr inbounds float, ptr %OY, i64 %1492
  %1494 = load <16 x float>, ptr %1493, align 4
  %1495 = or disjoint i64 %1459, 192
  %1496 = getelementptr inbounds float, ptr %OY, i64 %1495
  %1497 = load <16 x float>, ptr %1496, align 4
  %1498 = or disjoint i64 %1459, 448
  %1499 = getelementptr inbounds float, ptr %OY, i64 %1498
  %1500 = load <16 x float>, ptr %1499, align 4
  %1501 = or disjoint i64 %1459, 224
  %1502 = getelementptr inbounds float, ptr %OY, i64 %1501
  %1503 = load <16 x float>, ptr %1502, align 4
  %1504 = or disjoint i64 %1459, 480
  %1505 = getelementptr inbounds float, ptr %OY, i64 %1504
  %1506 = load <16 x float>, ptr %1505, align 4
  %1507 = shufflevector <16 x float> %1461, <16 x float> %1464, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1508 = shufflevector <16 x float> %1485, <16 x float> %1488, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1509 = shufflevector <16 x float> %1467, <16 x float> %1470, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1510 = shufflevector <16 x float> %1491, <16 x float> %1494, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1511 = shufflevector <16 x float> %1473, <16 x float> %1476, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1512 = shufflevector <16 x float> %1497, <16 x float> %1500, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1513 = shufflevector <16 x float> %1479, <16 x float> %1482, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1514 = shufflevector <16 x float> %1503, <16 x float> %1506, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1515 = shufflevector <16 x float> %1461, <16 x float> %1464, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1516 = shufflevector <16 x float> %1485, <16 x float> %1488, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1517 = shufflevector <16 x float> %1467, <16 x float> %1470, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1518 = shufflevector <16 x float> %1491, <16 x float> %1494, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1519 = shufflevector <16 x float> %1473, <16 x float> %1476, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1520 = shufflevector <16 x float> %1497, <16 x float> %1500, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1521 = shufflevector <16 x float> %1479, <16 x float> %1482, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1522 = shufflevector <16 x float> %1503, <16 x float> %1506, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1523 = shufflevector <16 x float> %1507, <16 x float> %1508, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1524 = shufflevector <16 x float> %1511, <16 x float> %1512, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1525 = shufflevector <16 x float> %1509, <16 x float> %1510, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1526 = shufflevector <16 x float> %1513, <16 x float> %1514, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1527 = shufflevector <16 x float> %1507, <16 x float> %1508, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1528 = shufflevector <16 x float> %1511, <16 x float> %1512, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1529 = shufflevector <16 x float> %1509, <16 x float> %1510, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1530 = shufflevector <16 x float> %1513, <16 x float> %1514, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1531 = shufflevector <16 x float> %1515, <16 x float> %1516, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1532 = shufflevector <16 x float> %1519, <16 x float> %1520, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1533 = shufflevector <16 x float> %1517, <16 x float> %1518, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1534 = shufflevector <16 x float> %1521, <16 x float> %1522, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1535 = shufflevector <16 x float> %1515, <16 x float> %1516, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1536 = shufflevector <16 x float> %1519, <16 x float> %1520, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1537 = shufflevector <16 x float> %1517, <16 x float> %1518, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1538 = shufflevector <16 x float> %1521, <16 x float> %1522, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1539 = shufflevector <16 x float> %1523, <16 x float> %1524, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1540 = shufflevector <16 x float> %1525, <16 x float> %1526, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1541 = shufflevector <16 x float> %1523, <16 x float> %1524, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1542 = shufflevector <16 x float> %1525, <16 x float> %1526, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1543 = shufflevector <16 x float> %1527, <16 x float> %1528, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1544 = shufflevector <16 x float> %1529, <16 x float> %1530, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1545 = shufflevector <16 x float> %1527, <16 x float> %1528, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1546 = shufflevector <16 x float> %1529, <16 x float> %1530, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1547 = shufflevector <16 x float> %1531, <16 x float> %1532, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1548 = shufflevector <16 x float> %1533, <16 x float> %1534, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1549 = shufflevector <16 x float> %1531, <16 x float> %1532, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1550 = shufflevector <16 x float> %1533, <16 x float> %1534, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1551 = shufflevector <16 x float> %1535, <16 x float> %1536, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1552 = shufflevector <16 x float> %1537, <16 x float> %1538, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1553 = shufflevector <16 x float> %1535, <16 x float> %1536, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1554 = shufflevector <16 x float> %1537, <16 x float> %1538, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1555 = shufflevector <16 x float> %1539, <16 x float> %1540, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1556 = shl nuw nsw i64 %j14.addr.02656, 5
  %1557 = or disjoint i64 %1556, %i14.addr.02657
  %1558 = getelementptr inbounds float, ptr %dOT, i64 %1557
  store <16 x float> %1555, ptr %1558, align 4
  %1559 = shufflevector <16 x float> %1539, <16 x float> %1540, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1560 = or disjoint i64 %1557, 32
  %1561 = getelementptr inbounds float, ptr %dOT, i64 %1560
  store <16 x float> %1559, ptr %1561, align 4
  %1562 = shufflevector <16 x float> %1541, <16 x float> %1542, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1563 = or disjoint i64 %1557, 64
  %1564 = getelementptr inbounds float, ptr %dOT, i64 %1563
  store <16 x float> %1562, ptr %1564, align 4
  %1565 = shufflevector <16 x float> %1541, <16 x float> %1542, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1566 = or disjoint i64 %1557, 96
  %1567 = getelementptr inbounds float, ptr %dOT, i64 %1566
  store <16 x float> %1565, ptr %1567, align 4
  %1568 = shufflevector <16 x float> %1543, <16 x float> %1544, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1569 = or disjoint i64 %1557, 128
  %1570 = getelementptr inbounds float, ptr %dOT, i64 %1569
  store <16 x float> %1568, ptr %1570, align 4
  %1571 = shufflevector <16 x float> %1543, <16 x float> %1544, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1572 = or disjoint i64 %1557, 160
  %1573 = getelementptr inbounds float, ptr %dOT, i64 %1572
  store <16 x float> %1571, ptr %1573, align 4
  %1574 = shufflevector <16 x float> %1545, <16 x float> %1546, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1575 = or disjoint i64 %1557, 192
  %1576 = getelementptr inbounds float, ptr %dOT, i64 %1575
  store <16 x float> %1574, ptr %1576, align 4
  %1577 = shufflevector <16 x float> %1545, <16 x float> %1546, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1578 = or disjoint i64 %1557, 224
  %1579 = getelementptr inbounds float, ptr %dOT, i64 %1578
  store <16 x float> %1577, ptr %1579, align 4
  %1580 = shufflevector <16 x float> %1547, <16 x float> %1548, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1581 = or disjoint i64 %1557, 256
  %1582 = getelementptr inbounds float, ptr %dOT, i64 %1581
  store <16 x float> %1580, ptr %1582, align 4
  %1583 = shufflevector <16 x float> %1547, <16 x float> %1548, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1584 = or disjoint i64 %1557, 288
  %1585 = getelementptr inbounds float, ptr %dOT, i64 %1584
  store <16 x float> %1583, ptr %1585, align 4
  %1586 = shufflevector <16 x float> %1549, <16 x float> %1550, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1587 = or disjoint i64 %1557, 320
  %1588 = getelementptr inbounds float, ptr %dOT, i64 %1587
  store <16 x float> %1586, ptr %1588, align 4
  %1589 = shufflevector <16 x float> %1549, <16 x float> %1550, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1590 = or disjoint i64 %1557, 352
  %1591 = getelementptr inbounds float, ptr %dOT, i64 %1590
  store <16 x float> %1589, ptr %1591, align 4
  %1592 = shufflevector <16 x float> %1551, <16 x float> %1552, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1593 = or disjoint i64 %1557, 384
  %1594 = getelementptr inbounds float, ptr %dOT, i64 %1593
  store <16 x float> %1592, ptr %1594, align 4
  %1595 = shufflevector <16 x float> %1551, <16 x float> %1552, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1596 = or disjoint i64 %1557, 416
  %1597 = getelementptr inbounds float, ptr %dOT, i64 %1596
  store <16 x float> %1595, ptr %1597, align 4
  %1598 = shufflevector <16 x float> %1553, <16 x float> %1554, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1599 = or disjoint i64 %1557, 448
  %1600 = getelementptr inbounds float, ptr %dOT, i64 %1599
  store <16 x float> %1598, ptr %1600, align 4
  %1601 = shufflevector <16 x float> %1553, <16 x float> %1554, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1602 = or disjoint i64 %1557, 480
  %1603 = getelementptr inbounds float, ptr %dOT, i64 %1602
  store <16 x float> %1601, ptr %1603, align 4
  br i1 %1458, label %j14.body, label %j14.exit

j14.exit:                                         ; preds = %j14.body
  br i1 %1456, label %j14.head.preheader, label %i15.body

i15.head.loopexit:                                ; preds = %p2.exit.1, %p2.exit
  %1604 = icmp ult i64 %i15.addr.02670, 24
  br i1 %1604, label %i15.body, label %p3.head.preheader

i15.body:                                         ; preds = %j14.exit, %i15.head.loopexit
  %i15.addr.02670 = phi i64 [ %1605, %i15.head.loopexit ], [ 0, %j14.exit ]
  %1605 = add nuw nsw i64 %i15.addr.02670, 8
  %1606 = shl nuw nsw i64 %i15.addr.02670, 5
  %.idx2615 = shl nuw nsw i64 %i15.addr.02670, 7
  %1607 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2615
  %1608 = or disjoint i64 %1606, 32
  %1609 = getelementptr inbounds float, ptr %Gm, i64 %1608
  %1610 = or disjoint i64 %1606, 64
  %1611 = getelementptr inbounds float, ptr %Gm, i64 %1610
  %1612 = or disjoint i64 %1606, 96
  %1613 = getelementptr inbounds float, ptr %Gm, i64 %1612
  %1614 = or disjoint i64 %1606, 128
  %1615 = getelementptr inbounds float, ptr %Gm, i64 %1614
  %1616 = or disjoint i64 %1606, 160
  %1617 = getelementptr inbounds float, ptr %Gm, i64 %1616
  %1618 = or disjoint i64 %1606, 192
  %1619 = getelementptr inbounds float, ptr %Gm, i64 %1618
  %1620 = or disjoint i64 %1606, 224
  %1621 = getelementptr inbounds float, ptr %Gm, i64 %1620
  br label %p2.body

p2.body:                                          ; preds = %i15.body, %p2.body
  %acc.02668 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1629, %p2.body ]
  %acc1.02667 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1635, %p2.body ]
  %acc2.02666 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1641, %p2.body ]
  %acc3.02665 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1647, %p2.body ]
  %acc4.02664 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1653, %p2.body ]
  %acc5.02663 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1659, %p2.body ]
  %acc6.02662 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1665, %p2.body ]
  %acc7.02661 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1671, %p2.body ]
  %p2.addr.02660 = phi i64 [ 0, %i15.body ], [ %p2.next, %p2.body ]
  %.idx2616 = shl nuw nsw i64 %p2.addr.02660, 7
  %gep2659 = getelementptr inbounds i8, ptr %KT, i64 %.idx2616
  %1622 = load <16 x float>, ptr %gep2659, align 4
  %1623 = add nuw nsw i64 %p2.addr.02660, %1606
  %1624 = or disjoint i64 %1623, 3072
  %1625 = getelementptr inbounds float, ptr %Bk, i64 %1624
  %1626 = load float, ptr %1625, align 4
  %1627 = insertelement <16 x float> poison, float %1626, i64 0
  %1628 = shufflevector <16 x float> %1627, <16 x float> poison, <16 x i32> zeroinitializer
  %1629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1628, <16 x float> %1622, <16 x float> %acc.02668)
  %1630 = or disjoint i64 %1623, 3104
  %1631 = getelementptr inbounds float, ptr %Bk, i64 %1630
  %1632 = load float, ptr %1631, align 4
  %1633 = insertelement <16 x float> poison, float %1632, i64 0
  %1634 = shufflevector <16 x float> %1633, <16 x float> poison, <16 x i32> zeroinitializer
  %1635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1634, <16 x float> %1622, <16 x float> %acc1.02667)
  %1636 = or disjoint i64 %1623, 3136
  %1637 = getelementptr inbounds float, ptr %Bk, i64 %1636
  %1638 = load float, ptr %1637, align 4
  %1639 = insertelement <16 x float> poison, float %1638, i64 0
  %1640 = shufflevector <16 x float> %1639, <16 x float> poison, <16 x i32> zeroinitializer
  %1641 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1640, <16 x float> %1622, <16 x float> %acc2.02666)
  %1642 = or disjoint i64 %1623, 3168
  %1643 = getelementptr inbounds float, ptr %Bk, i64 %1642
  %1644 = load float, ptr %1643, align 4
  %1645 = insertelement <16 x float> poison, float %1644, i64 0
  %1646 = shufflevector <16 x float> %1645, <16 x float> poison, <16 x i32> zeroinitializer
  %1647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1646, <16 x float> %1622, <16 x float> %acc3.02665)
  %1648 = or disjoint i64 %1623, 3200
  %1649 = getelementptr inbounds float, ptr %Bk, i64 %1648
  %1650 = load float, ptr %1649, align 4
  %1651 = insertelement <16 x float> poison, float %1650, i64 0
  %1652 = shufflevector <16 x float> %1651, <16 x float> poison, <16 x i32> zeroinitializer
  %1653 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1652, <16 x float> %1622, <16 x float> %acc4.02664)
  %1654 = or disjoint i64 %1623, 3232
  %1655 = getelementptr inbounds float, ptr %Bk, i64 %1654
  %1656 = load float, ptr %1655, align 4
  %1657 = insertelement <16 x float> poison, float %1656, i64 0
  %1658 = shufflevector <16 x float> %1657, <16 x float> poison, <16 x i32> zeroinitializer
  %1659 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1658, <16 x float> %1622, <16 x float> %acc5.02663)
  %1660 = or disjoint i64 %1623, 3264
  %1661 = getelementptr inbounds float, ptr %Bk, i64 %1660
  %1662 = load float, ptr %1661, align 4
  %1663 = insertelement <16 x float> poison, float %1662, i64 0
  %1664 = shufflevector <16 x float> %1663, <16 x float> poison, <16 x i32> zeroinitializer
  %1665 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1664, <16 x float> %1622, <16 x float> %acc6.02662)
  %1666 = or disjoint i64 %1623, 3296
  %1667 = getelementptr inbounds float, ptr %Bk, i64 %1666
  %1668 = load float, ptr %1667, align 4
  %1669 = insertelement <16 x float> poison, float %1668, i64 0
  %1670 = shufflevector <16 x float> %1669, <16 x float> poison, <16 x i32> zeroinitializer
  %1671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1670, <16 x float> %1622, <16 x float> %acc7.02661)
  %p2.next = add nuw nsw i64 %p2.addr.02660, 1
  %exitcond3118.not = icmp eq i64 %p2.next, 32
  br i1 %exitcond3118.not, label %p2.exit, label %p2.body

p2.exit:                                          ; preds = %p2.body
  store <16 x float> %1629, ptr %1607, align 4
  store <16 x float> %1635, ptr %1609, align 4
  store <16 x float> %1641, ptr %1611, align 4
  store <16 x float> %1647, ptr %1613, align 4
  store <16 x float> %1653, ptr %1615, align 4
  store <16 x float> %1659, ptr %1617, align 4
  store <16 x float> %1665, ptr %1619, align 4
  store <16 x float> %1671, ptr %1621, align 4
  %1672 = icmp ugt i64 %i15.addr.02670, 8
  br i1 %1672, label %p2.body.1, label %i15.head.loopexit

p2.body.1:                                        ; preds = %p2.exit, %p2.body.1
  %acc.02668.1 = phi <16 x float> [ %1680, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc1.02667.1 = phi <16 x float> [ %1686, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc2.02666.1 = phi <16 x float> [ %1692, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc3.02665.1 = phi <16 x float> [ %1698, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc4.02664.1 = phi <16 x float> [ %1704, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc5.02663.1 = phi <16 x float> [ %1710, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc6.02662.1 = phi <16 x float> [ %1716, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc7.02661.1 = phi <16 x float> [ %1722, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %p2.addr.02660.1 = phi i64 [ %p2.next.1, %p2.body.1 ], [ 0, %p2.exit ]
  %.idx2616.1 = shl nuw nsw i64 %p2.addr.02660.1, 7
  %gep2659.1 = getelementptr inbounds i8, ptr %invariant.gep2658.1, i64 %.idx2616.1
  %1673 = load <16 x float>, ptr %gep2659.1, align 4
  %1674 = add nuw nsw i64 %p2.addr.02660.1, %1606
  %1675 = or disjoint i64 %1674, 3072
  %1676 = getelementptr inbounds float, ptr %Bk, i64 %1675
  %1677 = load float, ptr %1676, align 4
  %1678 = insertelement <16 x float> poison, float %1677, i64 0
  %1679 = shufflevector <16 x float> %1678, <16 x float> poison, <16 x i32> zeroinitializer
  %1680 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1679, <16 x float> %1673, <16 x float> %acc.02668.1)
  %1681 = or disjoint i64 %1674, 3104
  %1682 = getelementptr inbounds float, ptr %Bk, i64 %1681
  %1683 = load float, ptr %1682, align 4
  %1684 = insertelement <16 x float> poison, float %1683, i64 0
  %1685 = shufflevector <16 x float> %1684, <16 x float> poison, <16 x i32> zeroinitializer
  %1686 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1685, <16 x float> %1673, <16 x float> %acc1.02667.1)
  %1687 = or disjoint i64 %1674, 3136
  %1688 = getelementptr inbounds float, ptr %Bk, i64 %1687
  %1689 = load float, ptr %1688, align 4
  %1690 = insertelement <16 x float> poison, float %1689, i64 0
  %1691 = shufflevector <16 x float> %1690, <16 x float> poison, <16 x i32> zeroinitializer
  %1692 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1691, <16 x float> %1673, <16 x float> %acc2.02666.1)
  %1693 = or disjoint i64 %1674, 3168
  %1694 = getelementptr inbounds float, ptr %Bk, i64 %1693
  %1695 = load float, ptr %1694, align 4
  %1696 = insertelement <16 x float> poison, float %1695, i64 0
  %1697 = shufflevector <16 x float> %1696, <16 x float> poison, <16 x i32> zeroinitializer
  %1698 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1697, <16 x float> %1673, <16 x float> %acc3.02665.1)
  %1699 = or disjoint i64 %1674, 3200
  %1700 = getelementptr inbounds float, ptr %Bk, i64 %1699
  %1701 = load float, ptr %1700, align 4
  %1702 = insertelement <16 x float> poison, float %1701, i64 0
  %1703 = shufflevector <16 x float> %1702, <16 x float> poison, <16 x i32> zeroinitializer
  %1704 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1703, <16 x float> %1673, <16 x float> %acc4.02664.1)
  %1705 = or disjoint i64 %1674, 3232
  %1706 = getelementptr inbounds float, ptr %Bk, i64 %1705
  %1707 = load float, ptr %1706, align 4
  %1708 = insertelement <16 x float> poison, float %1707, i64 0
  %1709 = shufflevector <16 x float> %1708, <16 x float> poison, <16 x i32> zeroinitializer
  %1710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1709, <16 x float> %1673, <16 x float> %acc5.02663.1)
  %1711 = or disjoint i64 %1674, 3264
  %1712 = getelementptr inbounds float, ptr %Bk, i64 %1711
  %1713 = load float, ptr %1712, align 4
  %1714 = insertelement <16 x float> poison, float %1713, i64 0
  %1715 = shufflevector <16 x float> %1714, <16 x float> poison, <16 x i32> zeroinitializer
  %1716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1673, <16 x float> %acc6.02662.1)
  %1717 = or disjoint i64 %1674, 3296
  %1718 = getelementptr inbounds float, ptr %Bk, i64 %1717
  %1719 = load float, ptr %1718, align 4
  %1720 = insertelement <16 x float> poison, float %1719, i64 0
  %1721 = shufflevector <16 x float> %1720, <16 x float> poison, <16 x i32> zeroinitializer
  %1722 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1721, <16 x float> %1673, <16 x float> %acc7.02661.1)
  %p2.next.1 = add nuw nsw i64 %p2.addr.02660.1, 1
  %exitcond3118.not.1 = icmp eq i64 %p2.next.1, 32
  br i1 %exitcond3118.not.1, label %p2.exit.1, label %p2.body.1

p2.exit.1:                                        ; preds = %p2.body.1
  %1723 = getelementptr inbounds i8, ptr %1607, i64 64
  store <16 x float> %1680, ptr %1723, align 4
  %1724 = getelementptr inbounds i8, ptr %1609, i64 64
  store <16 x float> %1686, ptr %1724, align 4
  %1725 = getelementptr inbounds i8, ptr %1611, i64 64
  store <16 x float> %1692, ptr %1725, align 4
  %1726 = getelementptr inbounds i8, ptr %1613, i64 64
  store <16 x float> %1698, ptr %1726, align 4
  %1727 = getelementptr inbounds i8, ptr %1615, i64 64
  store <16 x float> %1704, ptr %1727, align 4
  %1728 = getelementptr inbounds i8, ptr %1617, i64 64
  store <16 x float> %1710, ptr %1728, align 4
  %1729 = getelementptr inbounds i8, ptr %1619, i64 64
  store <16 x float> %1716, ptr %1729, align 4
  %1730 = getelementptr inbounds i8, ptr %1621, i64 64
  store <16 x float> %1722, ptr %1730, align 4
  br label %i15.head.loopexit

p3.head.preheader:                                ; preds = %i15.head.loopexit, %p3.exit
  %i16.addr.02688 = phi i64 [ %i16.next, %p3.exit ], [ 0, %i15.head.loopexit ]
  %1731 = shl nuw nsw i64 %i16.addr.02688, 5
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc8.02687 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1750, %p3.body ]
  %acc9.02686 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1751, %p3.body ]
  %acc10.02685 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1752, %p3.body ]
  %acc11.02684 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1753, %p3.body ]
  %acc12.02683 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1759, %p3.body ]
  %acc13.02682 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1760, %p3.body ]
  %acc14.02681 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1761, %p3.body ]
  %acc15.02680 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1762, %p3.body ]
  %acc16.02679 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1768, %p3.body ]
  %acc17.02678 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1769, %p3.body ]
  %acc18.02677 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1770, %p3.body ]
  %acc19.02676 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1771, %p3.body ]
  %acc20.02675 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1777, %p3.body ]
  %acc21.02674 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1778, %p3.body ]
  %acc22.02673 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1779, %p3.body ]
  %acc23.02672 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1780, %p3.body ]
  %p3.addr.02671 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %1732 = shl nuw nsw i64 %p3.addr.02671, 6
  %1733 = getelementptr inbounds float, ptr %work, i64 %1732
  %1734 = load <16 x float>, ptr %1733, align 4
  %1735 = or disjoint i64 %1732, 16
  %1736 = getelementptr inbounds float, ptr %work, i64 %1735
  %1737 = load <16 x float>, ptr %1736, align 4
  %1738 = or disjoint i64 %1732, 32
  %1739 = getelementptr inbounds float, ptr %work, i64 %1738
  %1740 = load <16 x float>, ptr %1739, align 4
  %1741 = or disjoint i64 %1732, 48
  %1742 = getelementptr inbounds float, ptr %work, i64 %1741
  %1743 = load <16 x float>, ptr %1742, align 4
  %1744 = add nuw nsw i64 %p3.addr.02671, %1731
  %1745 = or disjoint i64 %1744, 3072
  %1746 = getelementptr inbounds float, ptr %Bk, i64 %1745
  %1747 = load float, ptr %1746, align 4
  %1748 = insertelement <16 x float> poison, float %1747, i64 0
  %1749 = shufflevector <16 x float> %1748, <16 x float> poison, <16 x i32> zeroinitializer
  %1750 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1749, <16 x float> %1734, <16 x float> %acc8.02687)
  %1751 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1749, <16 x float> %1737, <16 x float> %acc9.02686)
  %1752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1749, <16 x float> %1740, <16 x float> %acc10.02685)
  %1753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1749, <16 x float> %1743, <16 x float> %acc11.02684)
  %1754 = or disjoint i64 %1744, 3104
  %1755 = getelementptr inbounds float, ptr %Bk, i64 %1754
  %1756 = load float, ptr %1755, align 4
  %1757 = insertelement <16 x float> poison, float %1756, i64 0
  %1758 = shufflevector <16 x float> %1757, <16 x float> poison, <16 x i32> zeroinitializer
  %1759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1734, <16 x float> %acc12.02683)
  %1760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1737, <16 x float> %acc13.02682)
  %1761 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1740, <16 x float> %acc14.02681)
  %1762 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1743, <16 x float> %acc15.02680)
  %1763 = or disjoint i64 %1744, 3136
  %1764 = getelementptr inbounds float, ptr %Bk, i64 %1763
  %1765 = load float, ptr %1764, align 4
  %1766 = insertelement <16 x float> poison, float %1765, i64 0
  %1767 = shufflevector <16 x float> %1766, <16 x float> poison, <16 x i32> zeroinitializer
  %1768 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1767, <16 x float> %1734, <16 x float> %acc16.02679)
  %1769 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1767, <16 x float> %1737, <16 x float> %acc17.02678)
  %1770 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1767, <16 x float> %1740, <16 x float> %acc18.02677)
  %1771 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1767, <16 x float> %1743, <16 x float> %acc19.02676)
  %1772 = or disjoint i64 %1744, 3168
  %1773 = getelementptr inbounds float, ptr %Bk, i64 %1772
  %1774 = load float, ptr %1773, align 4
  %1775 = insertelement <16 x float> poison, float %1774, i64 0
  %1776 = shufflevector <16 x float> %1775, <16 x float> poison, <16 x i32> zeroinitializer
  %1777 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1776, <16 x float> %1734, <16 x float> %acc20.02675)
  %1778 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1776, <16 x float> %1737, <16 x float> %acc21.02674)
  %1779 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1776, <16 x float> %1740, <16 x float> %acc22.02673)
  %1780 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1776, <16 x float> %1743, <16 x float> %acc23.02672)
  %p3.next = add nuw nsw i64 %p3.addr.02671, 1
  %exitcond3119.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3119.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1781 = shl nuw nsw i64 %i16.addr.02688, 6
  %1782 = getelementptr inbounds float, ptr %KSdS, i64 %1781
  store <16 x float> %1750, ptr %1782, align 4
  %1783 = or disjoint i64 %1781, 16
  %1784 = getelementptr inbounds float, ptr %KSdS, i64 %1783
  store <16 x float> %1751, ptr %1784, align 4
  %1785 = or disjoint i64 %1781, 32
  %1786 = getelementptr inbounds float, ptr %KSdS, i64 %1785
  store <16 x float> %1752, ptr %1786, align 4
  %1787 = or disjoint i64 %1781, 48
  %1788 = getelementptr inbounds float, ptr %KSdS, i64 %1787
  store <16 x float> %1753, ptr %1788, align 4
  %1789 = or disjoint i64 %1781, 64
  %1790 = getelementptr inbounds float, ptr %KSdS, i64 %1789
  store <16 x float> %1759, ptr %1790, align 4
  %1791 = or disjoint i64 %1781, 80
  %1792 = getelementptr inbounds float, ptr %KSdS, i64 %1791
  store <16 x float> %1760, ptr %1792, align 4
  %1793 = or disjoint i64 %1781, 96
  %1794 = getelementptr inbounds float, ptr %KSdS, i64 %1793
  store <16 x float> %1761, ptr %1794, align 4
  %1795 = or disjoint i64 %1781, 112
  %1796 = getelementptr inbounds float, ptr %KSdS, i64 %1795
  store <16 x float> %1762, ptr %1796, align 4
  %1797 = or disjoint i64 %1781, 128
  %1798 = getelementptr inbounds float, ptr %KSdS, i64 %1797
  store <16 x float> %1768, ptr %1798, align 4
  %1799 = or disjoint i64 %1781, 144
  %1800 = getelementptr inbounds float, ptr %KSdS, i64 %1799
  store <16 x float> %1769, ptr %1800, align 4
  %1801 = or disjoint i64 %1781, 160
  %1802 = getelementptr inbounds float, ptr %KSdS, i64 %1801
  store <16 x float> %1770, ptr %1802, align 4
  %1803 = or disjoint i64 %1781, 176
  %1804 = getelementptr inbounds float, ptr %KSdS, i64 %1803
  store <16 x float> %1771, ptr %1804, align 4
  %1805 = or disjoint i64 %1781, 192
  %1806 = getelementptr inbounds float, ptr %KSdS, i64 %1805
  store <16 x float> %1777, ptr %1806, align 4
  %1807 = or disjoint i64 %1781, 208
  %1808 = getelementptr inbounds float, ptr %KSdS, i64 %1807
  store <16 x float> %1778, ptr %1808, align 4
  %1809 = or disjoint i64 %1781, 224
  %1810 = getelementptr inbounds float, ptr %KSdS, i64 %1809
  store <16 x float> %1779, ptr %1810, align 4
  %1811 = or disjoint i64 %1781, 240
  %1812 = getelementptr inbounds float, ptr %KSdS, i64 %1811
  store <16 x float> %1780, ptr %1812, align 4
  %i16.next = add nuw nsw i64 %i16.addr.02688, 4
  %1813 = icmp ult i64 %i16.addr.02688, 28
  br i1 %1813, label %p3.head.preheader, label %p4.head.preheader

p4.head.preheader:                                ; preds = %p3.exit, %p4.head.preheader
  %i17.addr.02690 = phi i64 [ %i17.next.3, %p4.head.preheader ], [ 0, %p3.exit ]
  %.idx2923 = shl nsw i64 %i17.addr.02690, 7
  %1814 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2923
  %1815 = load <16 x float>, ptr %1814, align 4
  %.idx2924 = shl nsw i64 %i17.addr.02690, 8
  %1816 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2924
  %1817 = load <16 x float>, ptr %1816, align 4
  %1818 = fsub <16 x float> %1815, %1817
  store <16 x float> %1818, ptr %1814, align 4
  %1819 = getelementptr inbounds i8, ptr %54, i64 %.idx2923
  %1820 = load <16 x float>, ptr %1819, align 4
  %1821 = getelementptr inbounds i8, ptr %55, i64 %.idx2924
  %1822 = load <16 x float>, ptr %1821, align 4
  %1823 = fsub <16 x float> %1820, %1822
  store <16 x float> %1823, ptr %1819, align 4
  %i17.next = or disjoint i64 %i17.addr.02690, 1
  %.idx2923.1 = shl nsw i64 %i17.next, 7
  %1824 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2923.1
  %1825 = load <16 x float>, ptr %1824, align 4
  %.idx2924.1 = shl nsw i64 %i17.next, 8
  %1826 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2924.1
  %1827 = load <16 x float>, ptr %1826, align 4
  %1828 = fsub <16 x float> %1825, %1827
  store <16 x float> %1828, ptr %1824, align 4
  %1829 = getelementptr inbounds i8, ptr %54, i64 %.idx2923.1
  %1830 = load <16 x float>, ptr %1829, align 4
  %1831 = getelementptr inbounds i8, ptr %55, i64 %.idx2924.1
  %1832 = load <16 x float>, ptr %1831, align 4
  %1833 = fsub <16 x float> %1830, %1832
  store <16 x float> %1833, ptr %1829, align 4
  %i17.next.1 = or disjoint i64 %i17.addr.02690, 2
  %.idx2923.2 = shl nsw i64 %i17.next.1, 7
  %1834 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2923.2
  %1835 = load <16 x float>, ptr %1834, align 4
  %.idx2924.2 = shl nsw i64 %i17.next.1, 8
  %1836 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2924.2
  %1837 = load <16 x float>, ptr %1836, align 4
  %1838 = fsub <16 x float> %1835, %1837
  store <16 x float> %1838, ptr %1834, align 4
  %1839 = getelementptr inbounds i8, ptr %54, i64 %.idx2923.2
  %1840 = load <16 x float>, ptr %1839, align 4
  %1841 = getelementptr inbounds i8, ptr %55, i64 %.idx2924.2
  %1842 = load <16 x float>, ptr %1841, align 4
  %1843 = fsub <16 x float> %1840, %1842
  store <16 x float> %1843, ptr %1839, align 4
  %i17.next.2 = or disjoint i64 %i17.addr.02690, 3
  %.idx2923.3 = shl nsw i64 %i17.next.2, 7
  %1844 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2923.3
  %1845 = load <16 x float>, ptr %1844, align 4
  %.idx2924.3 = shl nsw i64 %i17.next.2, 8
  %1846 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2924.3
  %1847 = load <16 x float>, ptr %1846, align 4
  %1848 = fsub <16 x float> %1845, %1847
  store <16 x float> %1848, ptr %1844, align 4
  %1849 = getelementptr inbounds i8, ptr %54, i64 %.idx2923.3
  %1850 = load <16 x float>, ptr %1849, align 4
  %1851 = getelementptr inbounds i8, ptr %55, i64 %.idx2924.3
  %1852 = load <16 x float>, ptr %1851, align 4
  %1853 = fsub <16 x float> %1850, %1852
  store <16 x float> %1853, ptr %1849, align 4
  %i17.next.3 = add nuw nsw i64 %i17.addr.02690, 4
  %exitcond3120.not.3 = icmp eq i64 %i17.next.3, 32
  br i1 %exitcond3120.not.3, label %ib.body, label %p4.head.preheader

ib.body:                                          ; preds = %p4.head.preheader, %j17.exit
  %ib.addr.02707 = phi i64 [ %ib.next, %j17.exit ], [ 0, %p4.head.preheader ]
  %1854 = shl nuw nsw i64 %ib.addr.02707, 2
  %umax3671 = tail call i64 @llvm.umax.i64(i64 %1854, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02707, 2
  %.not2925 = icmp eq i64 %ib.addr.02707, 0
  br i1 %.not2925, label %j17.exit, label %j17.body.lr.ph

j17.body.lr.ph:                                   ; preds = %ib.body
  %.idx2614 = shl nuw nsw i64 %ib.addr.02707, 9
  %1855 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2614
  %1856 = shl nuw nsw i64 %ib.addr.02707, 7
  %1857 = or disjoint i64 %1856, 32
  %1858 = getelementptr inbounds float, ptr %Gm, i64 %1857
  %1859 = or disjoint i64 %1856, 64
  %1860 = getelementptr inbounds float, ptr %Gm, i64 %1859
  %1861 = or disjoint i64 %1856, 96
  %1862 = getelementptr inbounds float, ptr %Gm, i64 %1861
  %xtraiter = and i64 %umax3671, 1
  %1863 = icmp eq i64 %umax3671, 1
  br i1 %1863, label %j17.exit.loopexit.unr-lcssa, label %j17.body.lr.ph.new

j17.body.lr.ph.new:                               ; preds = %j17.body.lr.ph
  %unroll_iter = and i64 %umax3671, 9223372036854775804
  br label %j17.body

j17.body:                                         ; preds = %j17.body, %j17.body.lr.ph.new
  %acc24.02699 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1904, %j17.body ]
  %acc25.02698 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1905, %j17.body ]
  %acc26.02697 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1910, %j17.body ]
  %acc27.02696 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1911, %j17.body ]
  %acc28.02695 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1916, %j17.body ]
  %acc29.02694 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1917, %j17.body ]
  %acc30.02693 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1922, %j17.body ]
  %acc31.02692 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1923, %j17.body ]
  %j17.addr.02691 = phi i64 [ 0, %j17.body.lr.ph.new ], [ %j17.next.1, %j17.body ]
  %niter = phi i64 [ 0, %j17.body.lr.ph.new ], [ %niter.next.1, %j17.body ]
  %1864 = shl nsw i64 %j17.addr.02691, 5
  %1865 = getelementptr inbounds float, ptr %Vn, i64 %1864
  %1866 = load <16 x float>, ptr %1865, align 4
  %1867 = or disjoint i64 %1864, 16
  %1868 = getelementptr inbounds float, ptr %Vn, i64 %1867
  %1869 = load <16 x float>, ptr %1868, align 4
  %1870 = getelementptr inbounds float, ptr %1855, i64 %j17.addr.02691
  %1871 = load float, ptr %1870, align 4
  %1872 = insertelement <16 x float> poison, float %1871, i64 0
  %1873 = shufflevector <16 x float> %1872, <16 x float> poison, <16 x i32> zeroinitializer
  %1874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1866, <16 x float> %acc24.02699)
  %1875 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1873, <16 x float> %1869, <16 x float> %acc25.02698)
  %1876 = getelementptr inbounds float, ptr %1858, i64 %j17.addr.02691
  %1877 = load float, ptr %1876, align 4
  %1878 = insertelement <16 x float> poison, float %1877, i64 0
  %1879 = shufflevector <16 x float> %1878, <16 x float> poison, <16 x i32> zeroinitializer
  %1880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1879, <16 x float> %1866, <16 x float> %acc26.02697)
  %1881 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1879, <16 x float> %1869, <16 x float> %acc27.02696)
  %1882 = getelementptr inbounds float, ptr %1860, i64 %j17.addr.02691
  %1883 = load float, ptr %1882, align 4
  %1884 = insertelement <16 x float> poison, float %1883, i64 0
  %1885 = shufflevector <16 x float> %1884, <16 x float> poison, <16 x i32> zeroinitializer
  %1886 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1885, <16 x float> %1866, <16 x float> %acc28.02695)
  %1887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1885, <16 x float> %1869, <16 x float> %acc29.02694)
  %1888 = getelementptr inbounds float, ptr %1862, i64 %j17.addr.02691
  %1889 = load float, ptr %1888, align 4
  %1890 = insertelement <16 x float> poison, float %1889, i64 0
  %1891 = shufflevector <16 x float> %1890, <16 x float> poison, <16 x i32> zeroinitializer
  %1892 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1891, <16 x float> %1866, <16 x float> %acc30.02693)
  %1893 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1891, <16 x float> %1869, <16 x float> %acc31.02692)
  %j17.next = or disjoint i64 %j17.addr.02691, 1
  %1894 = shl nsw i64 %j17.next, 5
  %1895 = getelementptr inbounds float, ptr %Vn, i64 %1894
  %1896 = load <16 x float>, ptr %1895, align 4
  %1897 = or disjoint i64 %1894, 16
  %1898 = getelementptr inbounds float, ptr %Vn, i64 %1897
  %1899 = load <16 x float>, ptr %1898, align 4
  %1900 = getelementptr inbounds float, ptr %1855, i64 %j17.next
  %1901 = load float, ptr %1900, align 4
  %1902 = insertelement <16 x float> poison, float %1901, i64 0
  %1903 = shufflevector <16 x float> %1902, <16 x float> poison, <16 x i32> zeroinitializer
  %1904 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1903, <16 x float> %1896, <16 x float> %1874)
  %1905 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1903, <16 x float> %1899, <16 x float> %1875)
  %1906 = getelementptr inbounds float, ptr %1858, i64 %j17.next
  %1907 = load float, ptr %1906, align 4
  %1908 = insertelement <16 x float> poison, float %1907, i64 0
  %1909 = shufflevector <16 x float> %1908, <16 x float> poison, <16 x i32> zeroinitializer
  %1910 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1909, <16 x float> %1896, <16 x float> %1880)
  %1911 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1909, <16 x float> %1899, <16 x float> %1881)
  %1912 = getelementptr inbounds float, ptr %1860, i64 %j17.next
  %1913 = load float, ptr %1912, align 4
  %1914 = insertelement <16 x float> poison, float %1913, i64 0
  %1915 = shufflevector <16 x float> %1914, <16 x float> poison, <16 x i32> zeroinitializer
  %1916 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1915, <16 x float> %1896, <16 x float> %1886)
  %1917 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1915, <16 x float> %1899, <16 x float> %1887)
  %1918 = getelementptr inbounds float, ptr %1862, i64 %j17.next
  %1919 = load float, ptr %1918, align 4
  %1920 = insertelement <16 x float> poison, float %1919, i64 0
  %1921 = shufflevector <16 x float> %1920, <16 x float> poison, <16 x i32> zeroinitializer
  %1922 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1921, <16 x float> %1896, <16 x float> %1892)
  %1923 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1921, <16 x float> %1899, <16 x float> %1893)
  %j17.next.1 = add nuw nsw i64 %j17.addr.02691, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j17.exit.loopexit.unr-lcssa, label %j17.body

j17.exit.loopexit.unr-lcssa:                      ; preds = %j17.body, %j17.body.lr.ph
  %.lcssa3542.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1904, %j17.body ]
  %.lcssa3541.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1905, %j17.body ]
  %.lcssa3540.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1910, %j17.body ]
  %.lcssa3539.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1911, %j17.body ]
  %.lcssa3538.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1916, %j17.body ]
  %.lcssa3537.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1917, %j17.body ]
  %.lcssa3536.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1922, %j17.body ]
  %.lcssa3535.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1923, %j17.body ]
  %acc24.02699.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1904, %j17.body ]
  %acc25.02698.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1905, %j17.body ]
  %acc26.02697.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1910, %j17.body ]
  %acc27.02696.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1911, %j17.body ]
  %acc28.02695.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1916, %j17.body ]
  %acc29.02694.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1917, %j17.body ]
  %acc30.02693.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1922, %j17.body ]
  %acc31.02692.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1923, %j17.body ]
  %j17.addr.02691.unr = phi i64 [ 0, %j17.body.lr.ph ], [ %j17.next.1, %j17.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j17.exit, label %j17.body.epil

j17.body.epil:                                    ; preds = %j17.exit.loopexit.unr-lcssa
  %1924 = shl nsw i64 %j17.addr.02691.unr, 5
  %1925 = getelementptr inbounds float, ptr %Vn, i64 %1924
  %1926 = load <16 x float>, ptr %1925, align 4
  %1927 = or disjoint i64 %1924, 16
  %1928 = getelementptr inbounds float, ptr %Vn, i64 %1927
  %1929 = load <16 x float>, ptr %1928, align 4
  %1930 = getelementptr inbounds float, ptr %1855, i64 %j17.addr.02691.unr
  %1931 = load float, ptr %1930, align 4
  %1932 = insertelement <16 x float> poison, float %1931, i64 0
  %1933 = shufflevector <16 x float> %1932, <16 x float> poison, <16 x i32> zeroinitializer
  %1934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1933, <16 x float> %1926, <16 x float> %acc24.02699.unr)
  %1935 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1933, <16 x float> %1929, <16 x float> %acc25.02698.unr)
  %1936 = getelementptr inbounds float, ptr %1858, i64 %j17.addr.02691.unr
  %1937 = load float, ptr %1936, align 4
  %1938 = insertelement <16 x float> poison, float %1937, i64 0
  %1939 = shufflevector <16 x float> %1938, <16 x float> poison, <16 x i32> zeroinitializer
  %1940 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1939, <16 x float> %1926, <16 x float> %acc26.02697.unr)
  %1941 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1939, <16 x float> %1929, <16 x float> %acc27.02696.unr)
  %1942 = getelementptr inbounds float, ptr %1860, i64 %j17.addr.02691.unr
  %1943 = load float, ptr %1942, align 4
  %1944 = insertelement <16 x float> poison, float %1943, i64 0
  %1945 = shufflevector <16 x float> %1944, <16 x float> poison, <16 x i32> zeroinitializer
  %1946 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1945, <16 x float> %1926, <16 x float> %acc28.02695.unr)
  %1947 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1945, <16 x float> %1929, <16 x float> %acc29.02694.unr)
  %1948 = getelementptr inbounds float, ptr %1862, i64 %j17.addr.02691.unr
  %1949 = load float, ptr %1948, align 4
  %1950 = insertelement <16 x float> poison, float %1949, i64 0
  %1951 = shufflevector <16 x float> %1950, <16 x float> poison, <16 x i32> zeroinitializer
  %1952 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1951, <16 x float> %1926, <16 x float> %acc30.02693.unr)
  %1953 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1951, <16 x float> %1929, <16 x float> %acc31.02692.unr)
  br label %j17.exit

j17.exit:                                         ; preds = %j17.body.epil, %j17.exit.loopexit.unr-lcssa, %ib.body
  %.pre-phi3151 = phi i64 [ 0, %ib.body ], [ %.idx2614, %j17.exit.loopexit.unr-lcssa ], [ %.idx2614, %j17.body.epil ]
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1856, %j17.exit.loopexit.unr-lcssa ], [ %1856, %j17.body.epil ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3535.ph, %j17.exit.loopexit.unr-lcssa ], [ %1953, %j17.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3536.ph, %j17.exit.loopexit.unr-lcssa ], [ %1952, %j17.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3537.ph, %j17.exit.loopexit.unr-lcssa ], [ %1947, %j17.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3538.ph, %j17.exit.loopexit.unr-lcssa ], [ %1946, %j17.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3539.ph, %j17.exit.loopexit.unr-lcssa ], [ %1941, %j17.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3540.ph, %j17.exit.loopexit.unr-lcssa ], [ %1940, %j17.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3541.ph, %j17.exit.loopexit.unr-lcssa ], [ %1935, %j17.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3542.ph, %j17.exit.loopexit.unr-lcssa ], [ %1934, %j17.body.epil ]
  %1954 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1955 = load float, ptr %1954, align 4
  %1956 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1957 = load <16 x float>, ptr %1956, align 4
  %1958 = fsub <16 x float> %1957, %acc24.0.lcssa
  store <16 x float> %1958, ptr %1956, align 4
  %1959 = insertelement <16 x float> poison, float %1955, i64 0
  %1960 = shufflevector <16 x float> %1959, <16 x float> poison, <16 x i32> zeroinitializer
  %1961 = fmul <16 x float> %1960, %1958
  %1962 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1961, ptr %1962, align 4
  %1963 = getelementptr inbounds float, ptr %Ak, i64 %.pre-phi3151
  store <16 x float> %1961, ptr %1963, align 4
  %1964 = or disjoint i64 %.pre-phi, 16
  %1965 = getelementptr inbounds float, ptr %Rr, i64 %1964
  %1966 = load <16 x float>, ptr %1965, align 4
  %1967 = fsub <16 x float> %1966, %acc25.0.lcssa
  store <16 x float> %1967, ptr %1965, align 4
  %1968 = fmul <16 x float> %1960, %1967
  %1969 = getelementptr inbounds float, ptr %Vn, i64 %1964
  store <16 x float> %1968, ptr %1969, align 4
  %1970 = or disjoint i64 %.pre-phi3151, 16
  %1971 = getelementptr inbounds float, ptr %Ak, i64 %1970
  store <16 x float> %1968, ptr %1971, align 4
  %i18 = or disjoint i64 %i0, 1
  %1972 = shl nuw nsw i64 %i18, 5
  %1973 = or disjoint i64 %1972, %i0
  %1974 = getelementptr inbounds float, ptr %Gm, i64 %1973
  %1975 = load float, ptr %1974, align 4
  %1976 = insertelement <16 x float> poison, float %1975, i64 0
  %1977 = shufflevector <16 x float> %1976, <16 x float> poison, <16 x i32> zeroinitializer
  %1978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1977, <16 x float> %1961, <16 x float> %acc26.0.lcssa)
  %1979 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1977, <16 x float> %1968, <16 x float> %acc27.0.lcssa)
  %1980 = getelementptr inbounds float, ptr %bet, i64 %i18
  %1981 = load float, ptr %1980, align 4
  %1982 = getelementptr inbounds float, ptr %Rr, i64 %1972
  %1983 = load <16 x float>, ptr %1982, align 4
  %1984 = fsub <16 x float> %1983, %1978
  store <16 x float> %1984, ptr %1982, align 4
  %1985 = insertelement <16 x float> poison, float %1981, i64 0
  %1986 = shufflevector <16 x float> %1985, <16 x float> poison, <16 x i32> zeroinitializer
  %1987 = fmul <16 x float> %1986, %1984
  %1988 = getelementptr inbounds float, ptr %Vn, i64 %1972
  store <16 x float> %1987, ptr %1988, align 4
  %1989 = shl nuw nsw i64 %i18, 7
  %1990 = getelementptr inbounds float, ptr %Ak, i64 %1989
  store <16 x float> %1987, ptr %1990, align 4
  %1991 = or disjoint i64 %1972, 16
  %1992 = getelementptr inbounds float, ptr %Rr, i64 %1991
  %1993 = load <16 x float>, ptr %1992, align 4
  %1994 = fsub <16 x float> %1993, %1979
  store <16 x float> %1994, ptr %1992, align 4
  %1995 = fmul <16 x float> %1986, %1994
  %1996 = getelementptr inbounds float, ptr %Vn, i64 %1991
  store <16 x float> %1995, ptr %1996, align 4
  %1997 = or disjoint i64 %1989, 16
  %1998 = getelementptr inbounds float, ptr %Ak, i64 %1997
  store <16 x float> %1995, ptr %1998, align 4
  %i19 = or disjoint i64 %i0, 2
  %1999 = shl nuw nsw i64 %i19, 5
  %2000 = or disjoint i64 %1999, %i0
  %2001 = getelementptr inbounds float, ptr %Gm, i64 %2000
  %2002 = load float, ptr %2001, align 4
  %2003 = insertelement <16 x float> poison, float %2002, i64 0
  %2004 = shufflevector <16 x float> %2003, <16 x float> poison, <16 x i32> zeroinitializer
  %2005 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2004, <16 x float> %1961, <16 x float> %acc28.0.lcssa)
  %2006 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2004, <16 x float> %1968, <16 x float> %acc29.0.lcssa)
  %2007 = or disjoint i64 %1999, %i18
  %2008 = getelementptr inbounds float, ptr %Gm, i64 %2007
  %2009 = load float, ptr %2008, align 4
  %2010 = insertelement <16 x float> poison, float %2009, i64 0
  %2011 = shufflevector <16 x float> %2010, <16 x float> poison, <16 x i32> zeroinitializer
  %2012 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2011, <16 x float> %1987, <16 x float> %2005)
  %2013 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2011, <16 x float> %1995, <16 x float> %2006)
  %2014 = getelementptr inbounds float, ptr %bet, i64 %i19
  %2015 = load float, ptr %2014, align 4
  %2016 = getelementptr inbounds float, ptr %Rr, i64 %1999
  %2017 = load <16 x float>, ptr %2016, align 4
  %2018 = fsub <16 x float> %2017, %2012
  store <16 x float> %2018, ptr %2016, align 4
  %2019 = insertelement <16 x float> poison, float %2015, i64 0
  %2020 = shufflevector <16 x float> %2019, <16 x float> poison, <16 x i32> zeroinitializer
  %2021 = fmul <16 x float> %2020, %2018
  %2022 = getelementptr inbounds float, ptr %Vn, i64 %1999
  store <16 x float> %2021, ptr %2022, align 4
  %2023 = shl nuw nsw i64 %i19, 7
  %2024 = getelementptr inbounds float, ptr %Ak, i64 %2023
  store <16 x float> %2021, ptr %2024, align 4
  %2025 = or disjoint i64 %1999, 16
  %2026 = getelementptr inbounds float, ptr %Rr, i64 %2025
  %2027 = load <16 x float>, ptr %2026, align 4
  %2028 = fsub <16 x float> %2027, %2013
  store <16 x float> %2028, ptr %2026, align 4
  %2029 = fmul <16 x float> %2020, %2028
  %2030 = getelementptr inbounds float, ptr %Vn, i64 %2025
  store <16 x float> %2029, ptr %2030, align 4
  %2031 = or disjoint i64 %2023, 16
  %2032 = getelementptr inbounds float, ptr %Ak, i64 %2031
  store <16 x float> %2029, ptr %2032, align 4
  %i20 = or disjoint i64 %i0, 3
  %2033 = shl nuw nsw i64 %i20, 5
  %2034 = or disjoint i64 %2033, %i0
  %2035 = getelementptr inbounds float, ptr %Gm, i64 %2034
  %2036 = load float, ptr %2035, align 4
  %2037 = insertelement <16 x float> poison, float %2036, i64 0
  %2038 = shufflevector <16 x float> %2037, <16 x float> poison, <16 x i32> zeroinitializer
  %2039 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2038, <16 x float> %1961, <16 x float> %acc30.0.lcssa)
  %2040 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2038, <16 x float> %1968, <16 x float> %acc31.0.lcssa)
  %2041 = or disjoint i64 %2033, %i18
  %2042 = getelementptr inbounds float, ptr %Gm, i64 %2041
  %2043 = load float, ptr %2042, align 4
  %2044 = insertelement <16 x float> poison, float %2043, i64 0
  %2045 = shufflevector <16 x float> %2044, <16 x float> poison, <16 x i32> zeroinitializer
  %2046 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2045, <16 x float> %1987, <16 x float> %2039)
  %2047 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2045, <16 x float> %1995, <16 x float> %2040)
  %2048 = or disjoint i64 %2033, %i19
  %2049 = getelementptr inbounds float, ptr %Gm, i64 %2048
  %2050 = load float, ptr %2049, align 4
  %2051 = insertelement <16 x float> poison, float %2050, i64 0
  %2052 = shufflevector <16 x float> %2051, <16 x float> poison, <16 x i32> zeroinitializer
  %2053 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2052, <16 x float> %2021, <16 x float> %2046)
  %2054 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2052, <16 x float> %2029, <16 x float> %2047)
  %2055 = getelementptr inbounds float, ptr %bet, i64 %i20
  %2056 = load float, ptr %2055, align 4
  %2057 = getelementptr inbounds float, ptr %Rr, i64 %2033
  %2058 = load <16 x float>, ptr %2057, align 4
  %2059 = fsub <16 x float> %2058, %2053
  store <16 x float> %2059, ptr %2057, align 4
  %2060 = insertelement <16 x float> poison, float %2056, i64 0
  %2061 = shufflevector <16 x float> %2060, <16 x float> poison, <16 x i32> zeroinitializer
  %2062 = fmul <16 x float> %2061, %2059
  %2063 = getelementptr inbounds float, ptr %Vn, i64 %2033
  store <16 x float> %2062, ptr %2063, align 4
  %2064 = shl nuw nsw i64 %i20, 7
  %2065 = getelementptr inbounds float, ptr %Ak, i64 %2064
  store <16 x float> %2062, ptr %2065, align 4
  %2066 = or disjoint i64 %2033, 16
  %2067 = getelementptr inbounds float, ptr %Rr, i64 %2066
  %2068 = load <16 x float>, ptr %2067, align 4
  %2069 = fsub <16 x float> %2068, %2054
  store <16 x float> %2069, ptr %2067, align 4
  %2070 = fmul <16 x float> %2061, %2069
  %2071 = getelementptr inbounds float, ptr %Vn, i64 %2066
  store <16 x float> %2070, ptr %2071, align 4
  %2072 = or disjoint i64 %2064, 16
  %2073 = getelementptr inbounds float, ptr %Ak, i64 %2072
  store <16 x float> %2070, ptr %2073, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02707, 1
  %exitcond3122.not = icmp eq i64 %ib.next, 8
  br i1 %exitcond3122.not, label %j18.head.preheader, label %ib.body

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %2074 = phi i1 [ false, %j18.exit ], [ true, %j17.exit ]
  %i21.addr.02709 = phi i64 [ 16, %j18.exit ], [ 0, %j17.exit ]
  %2075 = shl nuw nsw i64 %i21.addr.02709, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %2076 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02708 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %2077 = or disjoint i64 %j18.addr.02708, %2075
  %2078 = getelementptr inbounds float, ptr %Vn, i64 %2077
  %2079 = load <16 x float>, ptr %2078, align 4
  %2080 = or disjoint i64 %2077, 256
  %2081 = getelementptr inbounds float, ptr %Vn, i64 %2080
  %2082 = load <16 x float>, ptr %2081, align 4
  %2083 = or disjoint i64 %2077, 32
  %2084 = getelementptr inbounds float, ptr %Vn, i64 %2083
  %2085 = load <16 x float>, ptr %2084, align 4
  %2086 = or disjoint i64 %2077, 288
  %2087 = getelementptr inbounds float, ptr %Vn, i64 %2086
  %2088 = load <16 x float>, ptr %2087, align 4
  %2089 = or disjoint i64 %2077, 64
  %2090 = getelementptr inbounds float, ptr %Vn, i64 %2089
  %2091 = load <16 x float>, ptr %2090, align 4
  %2092 = or disjoint i64 %2077, 320
  %2093 = getelementptr inbounds float, ptr %Vn, i64 %2092
  %2094 = load <16 x float>, ptr %2093, align 4
  %2095 = or disjoint i64 %2077, 96
  %2096 = getelementptr inbounds float, ptr %Vn, i64 %2095
  %2097 = load <16 x float>, ptr %2096, align 4
  %2098 = or disjoint i64 %2077, 352
  %2099 = getelementptr inbounds float, ptr %Vn, i64 %2098
  %2100 = load <16 x float>, ptr %2099, align 4
  %2101 = or disjoint i64 %2077, 128
  %2102 = getelementptr inbounds float, ptr %Vn, i64 %2101
  %2103 = load <16 x float>, ptr %2102, align 4
  %2104 = or disjoint i64 %2077, 384
  %2105 = getelementptr inbounds float, ptr %Vn, i64 %2104
  %2106 = load <16 x float>, ptr %2105, align 4
  %2107 = or disjoint i64 %2077, 160
  %2108 = getelementptr inbounds float, ptr %Vn, i64 %2107
  %2109 = load <16 x float>, ptr %2108, align 4
  %2110 = or disjoint i64 %2077, 416
  %2111 = getelementptr inbounds float, ptr %Vn, i64 %2110
  %2112 = load <16 x float>, ptr %2111, align 4
  %2113 = or disjoint i64 %2077, 192
  %2114 = getelementptr inbounds float, ptr %Vn, i64 %2113
  %2115 = load <16 x float>, ptr %2114, align 4
  %2116 = or disjoint i64 %2077, 448
  %2117 = getelementptr inbounds float, ptr %Vn, i64 %2116
  %2118 = load <16 x float>, ptr %2117, align 4
  %2119 = or disjoint i64 %2077, 224
  %2120 = getelementptr inbounds float, ptr %Vn, i64 %2119
  %2121 = load <16 x float>, ptr %2120, align 4
  %2122 = or disjoint i64 %2077, 480
  %2123 = getelementptr inbounds float, ptr %Vn, i64 %2122
  %2124 = load <16 x float>, ptr %2123, align 4
  %2125 = shufflevector <16 x float> %2079, <16 x float> %2082, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2126 = shufflevector <16 x float> %2103, <16 x float> %2106, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2127 = shufflevector <16 x float> %2085, <16 x float> %2088, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2128 = shufflevector <16 x float> %2109, <16 x float> %2112, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2129 = shufflevector <16 x float> %2091, <16 x float> %2094, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2130 = shufflevector <16 x float> %2115, <16 x float> %2118, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2131 = shufflevector <16 x float> %2097, <16 x float> %2100, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2132 = shufflevector <16 x float> %2121, <16 x float> %2124, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %2133 = shufflevector <16 x float> %2079, <16 x float> %2082, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2134 = shufflevector <16 x float> %2103, <16 x float> %2106, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2135 = shufflevector <16 x float> %2085, <16 x float> %2088, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2136 = shufflevector <16 x float> %2109, <16 x float> %2112, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2137 = shufflevector <16 x float> %2091, <16 x float> %2094, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2138 = shufflevector <16 x float> %2115, <16 x float> %2118, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2139 = shufflevector <16 x float> %2097, <16 x float> %2100, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2140 = shufflevector <16 x float> %2121, <16 x float> %2124, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %2141 = shufflevector <16 x float> %2125, <16 x float> %2126, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2142 = shufflevector <16 x float> %2129, <16 x float> %2130, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2143 = shufflevector <16 x float> %2127, <16 x float> %2128, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2144 = shufflevector <16 x float> %2131, <16 x float> %2132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2145 = shufflevector <16 x float> %2125, <16 x float> %2126, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2146 = shufflevector <16 x float> %2129, <16 x float> %2130, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2147 = shufflevector <16 x float> %2127, <16 x float> %2128, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2148 = shufflevector <16 x float> %2131, <16 x float> %2132, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2149 = shufflevector <16 x float> %2133, <16 x float> %2134, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2150 = shufflevector <16 x float> %2137, <16 x float> %2138, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2151 = shufflevector <16 x float> %2135, <16 x float> %2136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2152 = shufflevector <16 x float> %2139, <16 x float> %2140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %2153 = shufflevector <16 x float> %2133, <16 x float> %2134, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2154 = shufflevector <16 x float> %2137, <16 x float> %2138, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2155 = shufflevector <16 x float> %2135, <16 x float> %2136, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2156 = shufflevector <16 x float> %2139, <16 x float> %2140, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %2157 = shufflevector <16 x float> %2141, <16 x float> %2142, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2158 = shufflevector <16 x float> %2143, <16 x float> %2144, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2159 = shufflevector <16 x float> %2141, <16 x float> %2142, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2160 = shufflevector <16 x float> %2143, <16 x float> %2144, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2161 = shufflevector <16 x float> %2145, <16 x float> %2146, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2162 = shufflevector <16 x float> %2147, <16 x float> %2148, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2163 = shufflevector <16 x float> %2145, <16 x float> %2146, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2164 = shufflevector <16 x float> %2147, <16 x float> %2148, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2165 = shufflevector <16 x float> %2149, <16 x float> %2150, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2166 = shufflevector <16 x float> %2151, <16 x float> %2152, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2167 = shufflevector <16 x float> %2149, <16 x float> %2150, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2168 = shufflevector <16 x float> %2151, <16 x float> %2152, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2169 = shufflevector <16 x float> %2153, <16 x float> %2154, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2170 = shufflevector <16 x float> %2155, <16 x float> %2156, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %2171 = shufflevector <16 x float> %2153, <16 x float> %2154, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2172 = shufflevector <16 x float> %2155, <16 x float> %2156, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %2173 = shufflevector <16 x float> %2157, <16 x float> %2158, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2174 = shl nuw nsw i64 %j18.addr.02708, 5
  %2175 = or disjoint i64 %2174, %i21.addr.02709
  %2176 = getelementptr inbounds float, ptr %VnT, i64 %2175
  store <16 x float> %2173, ptr %2176, align 4
  %2177 = shufflevector <16 x float> %2157, <16 x float> %2158, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2178 = or disjoint i64 %2175, 32
  %2179 = getelementptr inbounds float, ptr %VnT, i64 %2178
  store <16 x float> %2177, ptr %2179, align 4
  %2180 = shufflevector <16 x float> %2159, <16 x float> %2160, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2181 = or disjoint i64 %2175, 64
  %2182 = getelementptr inbounds float, ptr %VnT, i64 %2181
  store <16 x float> %2180, ptr %2182, align 4
  %2183 = shufflevector <16 x float> %2159, <16 x float> %2160, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2184 = or disjoint i64 %2175, 96
  %2185 = getelementptr inbounds float, ptr %VnT, i64 %2184
  store <16 x float> %2183, ptr %2185, align 4
  %2186 = shufflevector <16 x float> %2161, <16 x float> %2162, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2187 = or disjoint i64 %2175, 128
  %2188 = getelementptr inbounds float, ptr %VnT, i64 %2187
  store <16 x float> %2186, ptr %2188, align 4
  %2189 = shufflevector <16 x float> %2161, <16 x float> %2162, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2190 = or disjoint i64 %2175, 160
  %2191 = getelementptr inbounds float, ptr %VnT, i64 %2190
  store <16 x float> %2189, ptr %2191, align 4
  %2192 = shufflevector <16 x float> %2163, <16 x float> %2164, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2193 = or disjoint i64 %2175, 192
  %2194 = getelementptr inbounds float, ptr %VnT, i64 %2193
  store <16 x float> %2192, ptr %2194, align 4
  %2195 = shufflevector <16 x float> %2163, <16 x float> %2164, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2196 = or disjoint i64 %2175, 224
  %2197 = getelementptr inbounds float, ptr %VnT, i64 %2196
  store <16 x float> %2195, ptr %2197, align 4
  %2198 = shufflevector <16 x float> %2165, <16 x float> %2166, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2199 = or disjoint i64 %2175, 256
  %2200 = getelementptr inbounds float, ptr %VnT, i64 %2199
  store <16 x float> %2198, ptr %2200, align 4
  %2201 = shufflevector <16 x float> %2165, <16 x float> %2166, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2202 = or disjoint i64 %2175, 288
  %2203 = getelementptr inbounds float, ptr %VnT, i64 %2202
  store <16 x float> %2201, ptr %2203, align 4
  %2204 = shufflevector <16 x float> %2167, <16 x float> %2168, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2205 = or disjoint i64 %2175, 320
  %2206 = getelementptr inbounds float, ptr %VnT, i64 %2205
  store <16 x float> %2204, ptr %2206, align 4
  %2207 = shufflevector <16 x float> %2167, <16 x float> %2168, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2208 = or disjoint i64 %2175, 352
  %2209 = getelementptr inbounds float, ptr %VnT, i64 %2208
  store <16 x float> %2207, ptr %2209, align 4
  %2210 = shufflevector <16 x float> %2169, <16 x float> %2170, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2211 = or disjoint i64 %2175, 384
  %2212 = getelementptr inbounds float, ptr %VnT, i64 %2211
  store <16 x float> %2210, ptr %2212, align 4
  %2213 = shufflevector <16 x float> %2169, <16 x float> %2170, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2214 = or disjoint i64 %2175, 416
  %2215 = getelementptr inbounds float, ptr %VnT, i64 %2214
  store <16 x float> %2213, ptr %2215, align 4
  %2216 = shufflevector <16 x float> %2171, <16 x float> %2172, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %2217 = or disjoint i64 %2175, 448
  %2218 = getelementptr inbounds float, ptr %VnT, i64 %2217
  store <16 x float> %2216, ptr %2218, align 4
  %2219 = shufflevector <16 x float> %2171, <16 x float> %2172, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %2220 = or disjoint i64 %2175, 480
  %2221 = getelementptr inbounds float, ptr %VnT, i64 %2220
  store <16 x float> %2219, ptr %2221, align 4
  br i1 %2076, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  br i1 %2074, label %j18.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %j18.exit, %p5.exit
  %i22.addr.02727 = phi i64 [ %i22.next, %p5.exit ], [ 0, %j18.exit ]
  %2222 = shl nuw nsw i64 %i22.addr.02727, 5
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc32.02726 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2235, %p5.body ]
  %acc33.02725 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2236, %p5.body ]
  %acc34.02724 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2242, %p5.body ]
  %acc35.02723 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2243, %p5.body ]
  %acc36.02722 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2249, %p5.body ]
  %acc37.02721 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2250, %p5.body ]
  %acc38.02720 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2256, %p5.body ]
  %acc39.02719 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2257, %p5.body ]
  %acc40.02718 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2263, %p5.body ]
  %acc41.02717 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2264, %p5.body ]
  %acc42.02716 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2270, %p5.body ]
  %acc43.02715 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2271, %p5.body ]
  %acc44.02714 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2277, %p5.body ]
  %acc45.02713 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2278, %p5.body ]
  %acc46.02712 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2284, %p5.body ]
  %acc47.02711 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2285, %p5.body ]
  %p5.addr.02710 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %2223 = shl nuw nsw i64 %p5.addr.02710, 5
  %2224 = getelementptr inbounds float, ptr %QcT, i64 %2223
  %2225 = load <16 x float>, ptr %2224, align 4
  %2226 = or disjoint i64 %2223, 16
  %2227 = getelementptr inbounds float, ptr %QcT, i64 %2226
  %2228 = load <16 x float>, ptr %2227, align 4
  %2229 = add nuw nsw i64 %p5.addr.02710, %2222
  %2230 = or disjoint i64 %2229, 3072
  %2231 = getelementptr inbounds float, ptr %Bk, i64 %2230
  %2232 = load float, ptr %2231, align 4
  %2233 = insertelement <16 x float> poison, float %2232, i64 0
  %2234 = shufflevector <16 x float> %2233, <16 x float> poison, <16 x i32> zeroinitializer
  %2235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2234, <16 x float> %2225, <16 x float> %acc32.02726)
  %2236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2234, <16 x float> %2228, <16 x float> %acc33.02725)
  %2237 = or disjoint i64 %2229, 3104
  %2238 = getelementptr inbounds float, ptr %Bk, i64 %2237
  %2239 = load float, ptr %2238, align 4
  %2240 = insertelement <16 x float> poison, float %2239, i64 0
  %2241 = shufflevector <16 x float> %2240, <16 x float> poison, <16 x i32> zeroinitializer
  %2242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2241, <16 x float> %2225, <16 x float> %acc34.02724)
  %2243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2241, <16 x float> %2228, <16 x float> %acc35.02723)
  %2244 = or disjoint i64 %2229, 3136
  %2245 = getelementptr inbounds float, ptr %Bk, i64 %2244
  %2246 = load float, ptr %2245, align 4
  %2247 = insertelement <16 x float> poison, float %2246, i64 0
  %2248 = shufflevector <16 x float> %2247, <16 x float> poison, <16 x i32> zeroinitializer
  %2249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2225, <16 x float> %acc36.02722)
  %2250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2228, <16 x float> %acc37.02721)
  %2251 = or disjoint i64 %2229, 3168
  %2252 = getelementptr inbounds float, ptr %Bk, i64 %2251
  %2253 = load float, ptr %2252, align 4
  %2254 = insertelement <16 x float> poison, float %2253, i64 0
  %2255 = shufflevector <16 x float> %2254, <16 x float> poison, <16 x i32> zeroinitializer
  %2256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2225, <16 x float> %acc38.02720)
  %2257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2228, <16 x float> %acc39.02719)
  %2258 = or disjoint i64 %2229, 3200
  %2259 = getelementptr inbounds float, ptr %Bk, i64 %2258
  %2260 = load float, ptr %2259, align 4
  %2261 = insertelement <16 x float> poison, float %2260, i64 0
  %2262 = shufflevector <16 x float> %2261, <16 x float> poison, <16 x i32> zeroinitializer
  %2263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2262, <16 x float> %2225, <16 x float> %acc40.02718)
  %2264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2262, <16 x float> %2228, <16 x float> %acc41.02717)
  %2265 = or disjoint i64 %2229, 3232
  %2266 = getelementptr inbounds float, ptr %Bk, i64 %2265
  %2267 = load float, ptr %2266, align 4
  %2268 = insertelement <16 x float> poison, float %2267, i64 0
  %2269 = shufflevector <16 x float> %2268, <16 x float> poison, <16 x i32> zeroinitializer
  %2270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2269, <16 x float> %2225, <16 x float> %acc42.02716)
  %2271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2269, <16 x float> %2228, <16 x float> %acc43.02715)
  %2272 = or disjoint i64 %2229, 3264
  %2273 = getelementptr inbounds float, ptr %Bk, i64 %2272
  %2274 = load float, ptr %2273, align 4
  %2275 = insertelement <16 x float> poison, float %2274, i64 0
  %2276 = shufflevector <16 x float> %2275, <16 x float> poison, <16 x i32> zeroinitializer
  %2277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2225, <16 x float> %acc44.02714)
  %2278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2228, <16 x float> %acc45.02713)
  %2279 = or disjoint i64 %2229, 3296
  %2280 = getelementptr inbounds float, ptr %Bk, i64 %2279
  %2281 = load float, ptr %2280, align 4
  %2282 = insertelement <16 x float> poison, float %2281, i64 0
  %2283 = shufflevector <16 x float> %2282, <16 x float> poison, <16 x i32> zeroinitializer
  %2284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2283, <16 x float> %2225, <16 x float> %acc46.02712)
  %2285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2283, <16 x float> %2228, <16 x float> %acc47.02711)
  %p5.next = add nuw nsw i64 %p5.addr.02710, 1
  %exitcond3123.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond3123.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %2286 = getelementptr inbounds float, ptr %PT, i64 %2222
  store <16 x float> %2235, ptr %2286, align 4
  %2287 = or disjoint i64 %2222, 16
  %2288 = getelementptr inbounds float, ptr %PT, i64 %2287
  store <16 x float> %2236, ptr %2288, align 4
  %2289 = or disjoint i64 %2222, 32
  %2290 = getelementptr inbounds float, ptr %PT, i64 %2289
  store <16 x float> %2242, ptr %2290, align 4
  %2291 = or disjoint i64 %2222, 48
  %2292 = getelementptr inbounds float, ptr %PT, i64 %2291
  store <16 x float> %2243, ptr %2292, align 4
  %2293 = or disjoint i64 %2222, 64
  %2294 = getelementptr inbounds float, ptr %PT, i64 %2293
  store <16 x float> %2249, ptr %2294, align 4
  %2295 = or disjoint i64 %2222, 80
  %2296 = getelementptr inbounds float, ptr %PT, i64 %2295
  store <16 x float> %2250, ptr %2296, align 4
  %2297 = or disjoint i64 %2222, 96
  %2298 = getelementptr inbounds float, ptr %PT, i64 %2297
  store <16 x float> %2256, ptr %2298, align 4
  %2299 = or disjoint i64 %2222, 112
  %2300 = getelementptr inbounds float, ptr %PT, i64 %2299
  store <16 x float> %2257, ptr %2300, align 4
  %2301 = or disjoint i64 %2222, 128
  %2302 = getelementptr inbounds float, ptr %PT, i64 %2301
  store <16 x float> %2263, ptr %2302, align 4
  %2303 = or disjoint i64 %2222, 144
  %2304 = getelementptr inbounds float, ptr %PT, i64 %2303
  store <16 x float> %2264, ptr %2304, align 4
  %2305 = or disjoint i64 %2222, 160
  %2306 = getelementptr inbounds float, ptr %PT, i64 %2305
  store <16 x float> %2270, ptr %2306, align 4
  %2307 = or disjoint i64 %2222, 176
  %2308 = getelementptr inbounds float, ptr %PT, i64 %2307
  store <16 x float> %2271, ptr %2308, align 4
  %2309 = or disjoint i64 %2222, 192
  %2310 = getelementptr inbounds float, ptr %PT, i64 %2309
  store <16 x float> %2277, ptr %2310, align 4
  %2311 = or disjoint i64 %2222, 208
  %2312 = getelementptr inbounds float, ptr %PT, i64 %2311
  store <16 x float> %2278, ptr %2312, align 4
  %2313 = or disjoint i64 %2222, 224
  %2314 = getelementptr inbounds float, ptr %PT, i64 %2313
  store <16 x float> %2284, ptr %2314, align 4
  %2315 = or disjoint i64 %2222, 240
  %2316 = getelementptr inbounds float, ptr %PT, i64 %2315
  store <16 x float> %2285, ptr %2316, align 4
  %i22.next = add nuw nsw i64 %i22.addr.02727, 8
  %2317 = icmp ult i64 %i22.addr.02727, 24
  br i1 %2317, label %p5.head.preheader, label %s7.head.preheader

s7.head.preheader:                                ; preds = %p5.exit, %s7.head.preheader
  %t3.addr.02729 = phi i64 [ %t3.next.3, %s7.head.preheader ], [ 0, %p5.exit ]
  %2318 = shl nuw nsw i64 %t3.addr.02729, 5
  %2319 = getelementptr inbounds float, ptr %PT, i64 %2318
  %2320 = load <16 x float>, ptr %2319, align 4
  %2321 = getelementptr inbounds float, ptr %M, i64 %2318
  %2322 = load <16 x float>, ptr %2321, align 4
  %2323 = fmul <16 x float> %2320, %2322
  store <16 x float> %2323, ptr %2319, align 4
  %2324 = or disjoint i64 %2318, 16
  %2325 = getelementptr inbounds float, ptr %PT, i64 %2324
  %2326 = load <16 x float>, ptr %2325, align 4
  %2327 = getelementptr inbounds float, ptr %M, i64 %2324
  %2328 = load <16 x float>, ptr %2327, align 4
  %2329 = fmul <16 x float> %2326, %2328
  store <16 x float> %2329, ptr %2325, align 4
  %t3.next = shl i64 %t3.addr.02729, 5
  %2330 = or disjoint i64 %t3.next, 32
  %2331 = getelementptr inbounds float, ptr %PT, i64 %2330
  %2332 = load <16 x float>, ptr %2331, align 4
  %2333 = getelementptr inbounds float, ptr %M, i64 %2330
  %2334 = load <16 x float>, ptr %2333, align 4
  %2335 = fmul <16 x float> %2332, %2334
  store <16 x float> %2335, ptr %2331, align 4
  %2336 = or disjoint i64 %t3.next, 48
  %2337 = getelementptr inbounds float, ptr %PT, i64 %2336
  %2338 = load <16 x float>, ptr %2337, align 4
  %2339 = getelementptr inbounds float, ptr %M, i64 %2336
  %2340 = load <16 x float>, ptr %2339, align 4
  %2341 = fmul <16 x float> %2338, %2340
  store <16 x float> %2341, ptr %2337, align 4
  %t3.next.1 = shl i64 %t3.addr.02729, 5
  %2342 = or disjoint i64 %t3.next.1, 64
  %2343 = getelementptr inbounds float, ptr %PT, i64 %2342
  %2344 = load <16 x float>, ptr %2343, align 4
  %2345 = getelementptr inbounds float, ptr %M, i64 %2342
  %2346 = load <16 x float>, ptr %2345, align 4
  %2347 = fmul <16 x float> %2344, %2346
  store <16 x float> %2347, ptr %2343, align 4
  %2348 = or disjoint i64 %t3.next.1, 80
  %2349 = getelementptr inbounds float, ptr %PT, i64 %2348
  %2350 = load <16 x float>, ptr %2349, align 4
  %2351 = getelementptr inbounds float, ptr %M, i64 %2348
  %2352 = load <16 x float>, ptr %2351, align 4
  %2353 = fmul <16 x float> %2350, %2352
  store <16 x float> %2353, ptr %2349, align 4
  %t3.next.2 = shl i64 %t3.addr.02729, 5
  %2354 = or disjoint i64 %t3.next.2, 96
  %2355 = getelementptr inbounds float, ptr %PT, i64 %2354
  %2356 = load <16 x float>, ptr %2355, align 4
  %2357 = getelementptr inbounds float, ptr %M, i64 %2354
  %2358 = load <16 x float>, ptr %2357, align 4
  %2359 = fmul <16 x float> %2356, %2358
  store <16 x float> %2359, ptr %2355, align 4
  %2360 = or disjoint i64 %t3.next.2, 112
  %2361 = getelementptr inbounds float, ptr %PT, i64 %2360
  %2362 = load <16 x float>, ptr %2361, align 4
  %2363 = getelementptr inbounds float, ptr %M, i64 %2360
  %2364 = load <16 x float>, ptr %2363, align 4
  %2365 = fmul <16 x float> %2362, %2364
  store <16 x float> %2365, ptr %2361, align 4
  %t3.next.3 = add nuw nsw i64 %t3.addr.02729, 4
  %exitcond3124.not.3 = icmp eq i64 %t3.next.3, 32
  br i1 %exitcond3124.not.3, label %j20.head.preheader, label %s7.head.preheader

j20.head.preheader:                               ; preds = %s7.head.preheader
  %2366 = load <16 x float>, ptr %invariant.gep3326, align 4
  store <16 x float> %2366, ptr %invariant.gep3328, align 4
  %2367 = load <16 x float>, ptr %invariant.gep3330, align 4
  store <16 x float> %2367, ptr %invariant.gep3332, align 4
  %2368 = load <16 x float>, ptr %gep3327.1, align 4
  store <16 x float> %2368, ptr %gep3329.1, align 4
  %2369 = load <16 x float>, ptr %gep3331.1, align 4
  store <16 x float> %2369, ptr %gep3333.1, align 4
  %2370 = load <16 x float>, ptr %gep3327.2, align 4
  store <16 x float> %2370, ptr %gep3329.2, align 4
  %2371 = load <16 x float>, ptr %gep3331.2, align 4
  store <16 x float> %2371, ptr %gep3333.2, align 4
  %2372 = load <16 x float>, ptr %gep3327.3, align 4
  store <16 x float> %2372, ptr %gep3329.3, align 4
  %2373 = load <16 x float>, ptr %gep3331.3, align 4
  store <16 x float> %2373, ptr %gep3333.3, align 4
  %2374 = load <16 x float>, ptr %gep3327.4, align 4
  store <16 x float> %2374, ptr %gep3329.4, align 4
  %2375 = load <16 x float>, ptr %gep3331.4, align 4
  store <16 x float> %2375, ptr %gep3333.4, align 4
  %2376 = load <16 x float>, ptr %gep3327.5, align 4
  store <16 x float> %2376, ptr %gep3329.5, align 4
  %2377 = load <16 x float>, ptr %gep3331.5, align 4
  store <16 x float> %2377, ptr %gep3333.5, align 4
  %2378 = load <16 x float>, ptr %gep3327.6, align 4
  store <16 x float> %2378, ptr %gep3329.6, align 4
  %2379 = load <16 x float>, ptr %gep3331.6, align 4
  store <16 x float> %2379, ptr %gep3333.6, align 4
  %2380 = load <16 x float>, ptr %gep3327.7, align 4
  store <16 x float> %2380, ptr %gep3329.7, align 4
  %2381 = load <16 x float>, ptr %gep3331.7, align 4
  store <16 x float> %2381, ptr %gep3333.7, align 4
  %2382 = load <16 x float>, ptr %gep3327.8, align 4
  store <16 x float> %2382, ptr %gep3329.8, align 4
  %2383 = load <16 x float>, ptr %gep3331.8, align 4
  store <16 x float> %2383, ptr %gep3333.8, align 4
  %2384 = load <16 x float>, ptr %gep3327.9, align 4
  store <16 x float> %2384, ptr %gep3329.9, align 4
  %2385 = load <16 x float>, ptr %gep3331.9, align 4
  store <16 x float> %2385, ptr %gep3333.9, align 4
  %2386 = load <16 x float>, ptr %gep3327.10, align 4
  store <16 x float> %2386, ptr %gep3329.10, align 4
  %2387 = load <16 x float>, ptr %gep3331.10, align 4
  store <16 x float> %2387, ptr %gep3333.10, align 4
  %2388 = load <16 x float>, ptr %gep3327.11, align 4
  store <16 x float> %2388, ptr %gep3329.11, align 4
  %2389 = load <16 x float>, ptr %gep3331.11, align 4
  store <16 x float> %2389, ptr %gep3333.11, align 4
  %2390 = load <16 x float>, ptr %gep3327.12, align 4
  store <16 x float> %2390, ptr %gep3329.12, align 4
  %2391 = load <16 x float>, ptr %gep3331.12, align 4
  store <16 x float> %2391, ptr %gep3333.12, align 4
  %2392 = load <16 x float>, ptr %gep3327.13, align 4
  store <16 x float> %2392, ptr %gep3329.13, align 4
  %2393 = load <16 x float>, ptr %gep3331.13, align 4
  store <16 x float> %2393, ptr %gep3333.13, align 4
  %2394 = load <16 x float>, ptr %gep3327.14, align 4
  store <16 x float> %2394, ptr %gep3329.14, align 4
  %2395 = load <16 x float>, ptr %gep3331.14, align 4
  store <16 x float> %2395, ptr %gep3333.14, align 4
  %2396 = load <16 x float>, ptr %gep3327.15, align 4
  store <16 x float> %2396, ptr %gep3329.15, align 4
  %2397 = load <16 x float>, ptr %gep3331.15, align 4
  store <16 x float> %2397, ptr %gep3333.15, align 4
  %2398 = load <16 x float>, ptr %gep3327.16, align 4
  store <16 x float> %2398, ptr %gep3329.16, align 4
  %2399 = load <16 x float>, ptr %gep3331.16, align 4
  store <16 x float> %2399, ptr %gep3333.16, align 4
  %2400 = load <16 x float>, ptr %gep3327.17, align 4
  store <16 x float> %2400, ptr %gep3329.17, align 4
  %2401 = load <16 x float>, ptr %gep3331.17, align 4
  store <16 x float> %2401, ptr %gep3333.17, align 4
  %2402 = load <16 x float>, ptr %gep3327.18, align 4
  store <16 x float> %2402, ptr %gep3329.18, align 4
  %2403 = load <16 x float>, ptr %gep3331.18, align 4
  store <16 x float> %2403, ptr %gep3333.18, align 4
  %2404 = load <16 x float>, ptr %gep3327.19, align 4
  store <16 x float> %2404, ptr %gep3329.19, align 4
  %2405 = load <16 x float>, ptr %gep3331.19, align 4
  store <16 x float> %2405, ptr %gep3333.19, align 4
  %2406 = load <16 x float>, ptr %gep3327.20, align 4
  store <16 x float> %2406, ptr %gep3329.20, align 4
  %2407 = load <16 x float>, ptr %gep3331.20, align 4
  store <16 x float> %2407, ptr %gep3333.20, align 4
  %2408 = load <16 x float>, ptr %gep3327.21, align 4
  store <16 x float> %2408, ptr %gep3329.21, align 4
  %2409 = load <16 x float>, ptr %gep3331.21, align 4
  store <16 x float> %2409, ptr %gep3333.21, align 4
  %2410 = load <16 x float>, ptr %gep3327.22, align 4
  store <16 x float> %2410, ptr %gep3329.22, align 4
  %2411 = load <16 x float>, ptr %gep3331.22, align 4
  store <16 x float> %2411, ptr %gep3333.22, align 4
  %2412 = load <16 x float>, ptr %gep3327.23, align 4
  store <16 x float> %2412, ptr %gep3329.23, align 4
  %2413 = load <16 x float>, ptr %gep3331.23, align 4
  store <16 x float> %2413, ptr %gep3333.23, align 4
  %2414 = load <16 x float>, ptr %gep3327.24, align 4
  store <16 x float> %2414, ptr %gep3329.24, align 4
  %2415 = load <16 x float>, ptr %gep3331.24, align 4
  store <16 x float> %2415, ptr %gep3333.24, align 4
  %2416 = load <16 x float>, ptr %gep3327.25, align 4
  store <16 x float> %2416, ptr %gep3329.25, align 4
  %2417 = load <16 x float>, ptr %gep3331.25, align 4
  store <16 x float> %2417, ptr %gep3333.25, align 4
  %2418 = load <16 x float>, ptr %gep3327.26, align 4
  store <16 x float> %2418, ptr %gep3329.26, align 4
  %2419 = load <16 x float>, ptr %gep3331.26, align 4
  store <16 x float> %2419, ptr %gep3333.26, align 4
  %2420 = load <16 x float>, ptr %gep3327.27, align 4
  store <16 x float> %2420, ptr %gep3329.27, align 4
  %2421 = load <16 x float>, ptr %gep3331.27, align 4
  store <16 x float> %2421, ptr %gep3333.27, align 4
  %2422 = load <16 x float>, ptr %gep3327.28, align 4
  store <16 x float> %2422, ptr %gep3329.28, align 4
  %2423 = load <16 x float>, ptr %gep3331.28, align 4
  store <16 x float> %2423, ptr %gep3333.28, align 4
  %2424 = load <16 x float>, ptr %gep3327.29, align 4
  store <16 x float> %2424, ptr %gep3329.29, align 4
  %2425 = load <16 x float>, ptr %gep3331.29, align 4
  store <16 x float> %2425, ptr %gep3333.29, align 4
  %2426 = load <16 x float>, ptr %gep3327.30, align 4
  store <16 x float> %2426, ptr %gep3329.30, align 4
  %2427 = load <16 x float>, ptr %gep3331.30, align 4
  store <16 x float> %2427, ptr %gep3333.30, align 4
  %2428 = load <16 x float>, ptr %gep3327.31, align 4
  store <16 x float> %2428, ptr %gep3329.31, align 4
  %2429 = load <16 x float>, ptr %gep3331.31, align 4
  store <16 x float> %2429, ptr %gep3333.31, align 4
  br label %i24.body

i24.body:                                         ; preds = %j20.head.preheader, %p6.exit
  %i24.addr.02749 = phi i64 [ %i24.next, %p6.exit ], [ 0, %j20.head.preheader ]
  %2430 = shl nuw nsw i64 %i24.addr.02749, 5
  %2431 = or disjoint i64 %2430, 1024
  %2432 = getelementptr inbounds float, ptr %OY, i64 %2431
  %2433 = load <16 x float>, ptr %2432, align 4
  %2434 = or disjoint i64 %2430, 1040
  %2435 = getelementptr inbounds float, ptr %OY, i64 %2434
  %2436 = load <16 x float>, ptr %2435, align 4
  %2437 = or disjoint i64 %2430, 1056
  %2438 = getelementptr inbounds float, ptr %OY, i64 %2437
  %2439 = load <16 x float>, ptr %2438, align 4
  %2440 = or disjoint i64 %2430, 1072
  %2441 = getelementptr inbounds float, ptr %OY, i64 %2440
  %2442 = load <16 x float>, ptr %2441, align 4
  %2443 = or disjoint i64 %2430, 1088
  %2444 = getelementptr inbounds float, ptr %OY, i64 %2443
  %2445 = load <16 x float>, ptr %2444, align 4
  %2446 = or disjoint i64 %2430, 1104
  %2447 = getelementptr inbounds float, ptr %OY, i64 %2446
  %2448 = load <16 x float>, ptr %2447, align 4
  %2449 = or disjoint i64 %2430, 1120
  %2450 = getelementptr inbounds float, ptr %OY, i64 %2449
  %2451 = load <16 x float>, ptr %2450, align 4
  %2452 = or disjoint i64 %2430, 1136
  %2453 = getelementptr inbounds float, ptr %OY, i64 %2452
  %2454 = load <16 x float>, ptr %2453, align 4
  %2455 = or disjoint i64 %2430, 1152
  %2456 = getelementptr inbounds float, ptr %OY, i64 %2455
  %2457 = load <16 x float>, ptr %2456, align 4
  %2458 = or disjoint i64 %2430, 1168
  %2459 = getelementptr inbounds float, ptr %OY, i64 %2458
  %2460 = load <16 x float>, ptr %2459, align 4
  %2461 = or disjoint i64 %2430, 1184
  %2462 = getelementptr inbounds float, ptr %OY, i64 %2461
  %2463 = load <16 x float>, ptr %2462, align 4
  %2464 = or disjoint i64 %2430, 1200
  %2465 = getelementptr inbounds float, ptr %OY, i64 %2464
  %2466 = load <16 x float>, ptr %2465, align 4
  %2467 = or disjoint i64 %2430, 1216
  %2468 = getelementptr inbounds float, ptr %OY, i64 %2467
  %2469 = load <16 x float>, ptr %2468, align 4
  %2470 = or disjoint i64 %2430, 1232
  %2471 = getelementptr inbounds float, ptr %OY, i64 %2470
  %2472 = load <16 x float>, ptr %2471, align 4
  %2473 = or disjoint i64 %2430, 1248
  %2474 = getelementptr inbounds float, ptr %OY, i64 %2473
  %2475 = load <16 x float>, ptr %2474, align 4
  %2476 = or disjoint i64 %2430, 1264
  %2477 = getelementptr inbounds float, ptr %OY, i64 %2476
  %2478 = load <16 x float>, ptr %2477, align 4
  br label %p6.body

p6.body:                                          ; preds = %i24.body, %p6.body
  %acc48.02748 = phi <16 x float> [ %2433, %i24.body ], [ %2490, %p6.body ]
  %acc49.02747 = phi <16 x float> [ %2436, %i24.body ], [ %2491, %p6.body ]
  %acc50.02746 = phi <16 x float> [ %2439, %i24.body ], [ %2497, %p6.body ]
  %acc51.02745 = phi <16 x float> [ %2442, %i24.body ], [ %2498, %p6.body ]
  %acc52.02744 = phi <16 x float> [ %2445, %i24.body ], [ %2504, %p6.body ]
  %acc53.02743 = phi <16 x float> [ %2448, %i24.body ], [ %2505, %p6.body ]
  %acc54.02742 = phi <16 x float> [ %2451, %i24.body ], [ %2511, %p6.body ]
  %acc55.02741 = phi <16 x float> [ %2454, %i24.body ], [ %2512, %p6.body ]
  %acc56.02740 = phi <16 x float> [ %2457, %i24.body ], [ %2518, %p6.body ]
  %acc57.02739 = phi <16 x float> [ %2460, %i24.body ], [ %2519, %p6.body ]
  %acc58.02738 = phi <16 x float> [ %2463, %i24.body ], [ %2525, %p6.body ]
  %acc59.02737 = phi <16 x float> [ %2466, %i24.body ], [ %2526, %p6.body ]
  %acc60.02736 = phi <16 x float> [ %2469, %i24.body ], [ %2532, %p6.body ]
  %acc61.02735 = phi <16 x float> [ %2472, %i24.body ], [ %2533, %p6.body ]
  %acc62.02734 = phi <16 x float> [ %2475, %i24.body ], [ %2539, %p6.body ]
  %acc63.02733 = phi <16 x float> [ %2478, %i24.body ], [ %2540, %p6.body ]
  %p6.addr.02732 = phi i64 [ 0, %i24.body ], [ %p6.next, %p6.body ]
  %2479 = shl nuw nsw i64 %p6.addr.02732, 5
  %2480 = getelementptr inbounds float, ptr %OY, i64 %2479
  %2481 = load <16 x float>, ptr %2480, align 4
  %2482 = or disjoint i64 %2479, 16
  %2483 = getelementptr inbounds float, ptr %OY, i64 %2482
  %2484 = load <16 x float>, ptr %2483, align 4
  %2485 = or disjoint i64 %p6.addr.02732, %2430
  %2486 = getelementptr inbounds float, ptr %PT, i64 %2485
  %2487 = load float, ptr %2486, align 4
  %2488 = insertelement <16 x float> poison, float %2487, i64 0
  %2489 = shufflevector <16 x float> %2488, <16 x float> poison, <16 x i32> zeroinitializer
  %2490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2489, <16 x float> %2481, <16 x float> %acc48.02748)
  %2491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2489, <16 x float> %2484, <16 x float> %acc49.02747)
  %2492 = or disjoint i64 %2485, 32
  %2493 = getelementptr inbounds float, ptr %PT, i64 %2492
  %2494 = load float, ptr %2493, align 4
  %2495 = insertelement <16 x float> poison, float %2494, i64 0
  %2496 = shufflevector <16 x float> %2495, <16 x float> poison, <16 x i32> zeroinitializer
  %2497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2496, <16 x float> %2481, <16 x float> %acc50.02746)
  %2498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2496, <16 x float> %2484, <16 x float> %acc51.02745)
  %2499 = or disjoint i64 %2485, 64
  %2500 = getelementptr inbounds float, ptr %PT, i64 %2499
  %2501 = load float, ptr %2500, align 4
  %2502 = insertelement <16 x float> poison, float %2501, i64 0
  %2503 = shufflevector <16 x float> %2502, <16 x float> poison, <16 x i32> zeroinitializer
  %2504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2503, <16 x float> %2481, <16 x float> %acc52.02744)
  %2505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2503, <16 x float> %2484, <16 x float> %acc53.02743)
  %2506 = or disjoint i64 %2485, 96
  %2507 = getelementptr inbounds float, ptr %PT, i64 %2506
  %2508 = load float, ptr %2507, align 4
  %2509 = insertelement <16 x float> poison, float %2508, i64 0
  %2510 = shufflevector <16 x float> %2509, <16 x float> poison, <16 x i32> zeroinitializer
  %2511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2510, <16 x float> %2481, <16 x float> %acc54.02742)
  %2512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2510, <16 x float> %2484, <16 x float> %acc55.02741)
  %2513 = or disjoint i64 %2485, 128
  %2514 = getelementptr inbounds float, ptr %PT, i64 %2513
  %2515 = load float, ptr %2514, align 4
  %2516 = insertelement <16 x float> poison, float %2515, i64 0
  %2517 = shufflevector <16 x float> %2516, <16 x float> poison, <16 x i32> zeroinitializer
  %2518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2517, <16 x float> %2481, <16 x float> %acc56.02740)
  %2519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2517, <16 x float> %2484, <16 x float> %acc57.02739)
  %2520 = or disjoint i64 %2485, 160
  %2521 = getelementptr inbounds float, ptr %PT, i64 %2520
  %2522 = load float, ptr %2521, align 4
  %2523 = insertelement <16 x float> poison, float %2522, i64 0
  %2524 = shufflevector <16 x float> %2523, <16 x float> poison, <16 x i32> zeroinitializer
  %2525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2524, <16 x float> %2481, <16 x float> %acc58.02738)
  %2526 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2524, <16 x float> %2484, <16 x float> %acc59.02737)
  %2527 = or disjoint i64 %2485, 192
  %2528 = getelementptr inbounds float, ptr %PT, i64 %2527
  %2529 = load float, ptr %2528, align 4
  %2530 = insertelement <16 x float> poison, float %2529, i64 0
  %2531 = shufflevector <16 x float> %2530, <16 x float> poison, <16 x i32> zeroinitializer
  %2532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2531, <16 x float> %2481, <16 x float> %acc60.02736)
  %2533 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2531, <16 x float> %2484, <16 x float> %acc61.02735)
  %2534 = or disjoint i64 %2485, 224
  %2535 = getelementptr inbounds float, ptr %PT, i64 %2534
  %2536 = load float, ptr %2535, align 4
  %2537 = insertelement <16 x float> poison, float %2536, i64 0
  %2538 = shufflevector <16 x float> %2537, <16 x float> poison, <16 x i32> zeroinitializer
  %2539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2538, <16 x float> %2481, <16 x float> %acc62.02734)
  %2540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2538, <16 x float> %2484, <16 x float> %acc63.02733)
  %p6.next = add nuw nsw i64 %p6.addr.02732, 1
  %exitcond3128.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond3128.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <16 x float> %2490, ptr %2432, align 4
  store <16 x float> %2491, ptr %2435, align 4
  store <16 x float> %2497, ptr %2438, align 4
  store <16 x float> %2498, ptr %2441, align 4
  store <16 x float> %2504, ptr %2444, align 4
  store <16 x float> %2505, ptr %2447, align 4
  store <16 x float> %2511, ptr %2450, align 4
  store <16 x float> %2512, ptr %2453, align 4
  store <16 x float> %2518, ptr %2456, align 4
  store <16 x float> %2519, ptr %2459, align 4
  store <16 x float> %2525, ptr %2462, align 4
  store <16 x float> %2526, ptr %2465, align 4
  store <16 x float> %2532, ptr %2468, align 4
  store <16 x float> %2533, ptr %2471, align 4
  store <16 x float> %2539, ptr %2474, align 4
  store <16 x float> %2540, ptr %2477, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02749, 8
  %2541 = icmp ult i64 %i24.addr.02749, 24
  br i1 %2541, label %i24.body, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.exit
  %i25.addr.02767 = phi i64 [ %i25.next, %p7.exit ], [ 0, %p6.exit ]
  %2542 = shl nuw nsw i64 %i25.addr.02767, 5
  br label %p7.body

p7.body:                                          ; preds = %p7.head.preheader, %p7.body
  %p7.addr.02766 = phi i64 [ 0, %p7.head.preheader ], [ %p7.next, %p7.body ]
  %acc79.02765 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2604, %p7.body ]
  %acc78.02764 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2603, %p7.body ]
  %acc77.02763 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2597, %p7.body ]
  %acc76.02762 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2596, %p7.body ]
  %acc75.02761 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2590, %p7.body ]
  %acc74.02760 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2589, %p7.body ]
  %acc73.02759 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2583, %p7.body ]
  %acc72.02758 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2582, %p7.body ]
  %acc71.02757 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2576, %p7.body ]
  %acc70.02756 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2575, %p7.body ]
  %acc69.02755 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2569, %p7.body ]
  %acc68.02754 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2568, %p7.body ]
  %acc67.02753 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2562, %p7.body ]
  %acc66.02752 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2561, %p7.body ]
  %acc65.02751 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2555, %p7.body ]
  %acc64.02750 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2554, %p7.body ]
  %2543 = shl nuw nsw i64 %p7.addr.02766, 5
  %2544 = getelementptr inbounds float, ptr %dOT, i64 %2543
  %2545 = load <16 x float>, ptr %2544, align 4
  %2546 = or disjoint i64 %2543, 16
  %2547 = getelementptr inbounds float, ptr %dOT, i64 %2546
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = add nuw nsw i64 %p7.addr.02766, %2542
  %2550 = getelementptr inbounds float, ptr %Vn, i64 %2549
  %2551 = load float, ptr %2550, align 4
  %2552 = insertelement <16 x float> poison, float %2551, i64 0
  %2553 = shufflevector <16 x float> %2552, <16 x float> poison, <16 x i32> zeroinitializer
  %2554 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2553, <16 x float> %2545, <16 x float> %acc64.02750)
  %2555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2553, <16 x float> %2548, <16 x float> %acc65.02751)
  %2556 = or disjoint i64 %2549, 32
  %2557 = getelementptr inbounds float, ptr %Vn, i64 %2556
  %2558 = load float, ptr %2557, align 4
  %2559 = insertelement <16 x float> poison, float %2558, i64 0
  %2560 = shufflevector <16 x float> %2559, <16 x float> poison, <16 x i32> zeroinitializer
  %2561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2560, <16 x float> %2545, <16 x float> %acc66.02752)
  %2562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2560, <16 x float> %2548, <16 x float> %acc67.02753)
  %2563 = or disjoint i64 %2549, 64
  %2564 = getelementptr inbounds float, ptr %Vn, i64 %2563
  %2565 = load float, ptr %2564, align 4
  %2566 = insertelement <16 x float> poison, float %2565, i64 0
  %2567 = shufflevector <16 x float> %2566, <16 x float> poison, <16 x i32> zeroinitializer
  %2568 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2567, <16 x float> %2545, <16 x float> %acc68.02754)
  %2569 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2567, <16 x float> %2548, <16 x float> %acc69.02755)
  %2570 = or disjoint i64 %2549, 96
  %2571 = getelementptr inbounds float, ptr %Vn, i64 %2570
  %2572 = load float, ptr %2571, align 4
  %2573 = insertelement <16 x float> poison, float %2572, i64 0
  %2574 = shufflevector <16 x float> %2573, <16 x float> poison, <16 x i32> zeroinitializer
  %2575 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2574, <16 x float> %2545, <16 x float> %acc70.02756)
  %2576 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2574, <16 x float> %2548, <16 x float> %acc71.02757)
  %2577 = or disjoint i64 %2549, 128
  %2578 = getelementptr inbounds float, ptr %Vn, i64 %2577
  %2579 = load float, ptr %2578, align 4
  %2580 = insertelement <16 x float> poison, float %2579, i64 0
  %2581 = shufflevector <16 x float> %2580, <16 x float> poison, <16 x i32> zeroinitializer
  %2582 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2581, <16 x float> %2545, <16 x float> %acc72.02758)
  %2583 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2581, <16 x float> %2548, <16 x float> %acc73.02759)
  %2584 = or disjoint i64 %2549, 160
  %2585 = getelementptr inbounds float, ptr %Vn, i64 %2584
  %2586 = load float, ptr %2585, align 4
  %2587 = insertelement <16 x float> poison, float %2586, i64 0
  %2588 = shufflevector <16 x float> %2587, <16 x float> poison, <16 x i32> zeroinitializer
  %2589 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2588, <16 x float> %2545, <16 x float> %acc74.02760)
  %2590 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2588, <16 x float> %2548, <16 x float> %acc75.02761)
  %2591 = or disjoint i64 %2549, 192
  %2592 = getelementptr inbounds float, ptr %Vn, i64 %2591
  %2593 = load float, ptr %2592, align 4
  %2594 = insertelement <16 x float> poison, float %2593, i64 0
  %2595 = shufflevector <16 x float> %2594, <16 x float> poison, <16 x i32> zeroinitializer
  %2596 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2595, <16 x float> %2545, <16 x float> %acc76.02762)
  %2597 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2595, <16 x float> %2548, <16 x float> %acc77.02763)
  %2598 = or disjoint i64 %2549, 224
  %2599 = getelementptr inbounds float, ptr %Vn, i64 %2598
  %2600 = load float, ptr %2599, align 4
  %2601 = insertelement <16 x float> poison, float %2600, i64 0
  %2602 = shufflevector <16 x float> %2601, <16 x float> poison, <16 x i32> zeroinitializer
  %2603 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2602, <16 x float> %2545, <16 x float> %acc78.02764)
  %2604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2602, <16 x float> %2548, <16 x float> %acc79.02765)
  %p7.next = add nuw nsw i64 %p7.addr.02766, 1
  %exitcond3129.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond3129.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  %2605 = shl nuw nsw i64 %i25.addr.02767, 7
  %2606 = or disjoint i64 %2605, 64
  %2607 = getelementptr inbounds float, ptr %Ak, i64 %2606
  store <16 x float> %2554, ptr %2607, align 4
  %2608 = or disjoint i64 %2605, 80
  %2609 = getelementptr inbounds float, ptr %Ak, i64 %2608
  store <16 x float> %2555, ptr %2609, align 4
  %2610 = or disjoint i64 %2605, 192
  %2611 = getelementptr inbounds float, ptr %Ak, i64 %2610
  store <16 x float> %2561, ptr %2611, align 4
  %2612 = or disjoint i64 %2605, 208
  %2613 = getelementptr inbounds float, ptr %Ak, i64 %2612
  store <16 x float> %2562, ptr %2613, align 4
  %2614 = or disjoint i64 %2605, 320
  %2615 = getelementptr inbounds float, ptr %Ak, i64 %2614
  store <16 x float> %2568, ptr %2615, align 4
  %2616 = or disjoint i64 %2605, 336
  %2617 = getelementptr inbounds float, ptr %Ak, i64 %2616
  store <16 x float> %2569, ptr %2617, align 4
  %2618 = or disjoint i64 %2605, 448
  %2619 = getelementptr inbounds float, ptr %Ak, i64 %2618
  store <16 x float> %2575, ptr %2619, align 4
  %2620 = or disjoint i64 %2605, 464
  %2621 = getelementptr inbounds float, ptr %Ak, i64 %2620
  store <16 x float> %2576, ptr %2621, align 4
  %2622 = or disjoint i64 %2605, 576
  %2623 = getelementptr inbounds float, ptr %Ak, i64 %2622
  store <16 x float> %2582, ptr %2623, align 4
  %2624 = or disjoint i64 %2605, 592
  %2625 = getelementptr inbounds float, ptr %Ak, i64 %2624
  store <16 x float> %2583, ptr %2625, align 4
  %2626 = or disjoint i64 %2605, 704
  %2627 = getelementptr inbounds float, ptr %Ak, i64 %2626
  store <16 x float> %2589, ptr %2627, align 4
  %2628 = or disjoint i64 %2605, 720
  %2629 = getelementptr inbounds float, ptr %Ak, i64 %2628
  store <16 x float> %2590, ptr %2629, align 4
  %2630 = or disjoint i64 %2605, 832
  %2631 = getelementptr inbounds float, ptr %Ak, i64 %2630
  store <16 x float> %2596, ptr %2631, align 4
  %2632 = or disjoint i64 %2605, 848
  %2633 = getelementptr inbounds float, ptr %Ak, i64 %2632
  store <16 x float> %2597, ptr %2633, align 4
  %2634 = or disjoint i64 %2605, 960
  %2635 = getelementptr inbounds float, ptr %Ak, i64 %2634
  store <16 x float> %2603, ptr %2635, align 4
  %2636 = or disjoint i64 %2605, 976
  %2637 = getelementptr inbounds float, ptr %Ak, i64 %2636
  store <16 x float> %2604, ptr %2637, align 4
  %i25.next = add nuw nsw i64 %i25.addr.02767, 8
  %2638 = icmp ult i64 %i25.addr.02767, 24
  br i1 %2638, label %p7.head.preheader, label %s8.head.preheader

s8.head.preheader:                                ; preds = %p7.exit, %s8.head.preheader
  %t4.addr.02769 = phi i64 [ %t4.next.3, %s8.head.preheader ], [ 0, %p7.exit ]
  %.idx2928 = shl nsw i64 %t4.addr.02769, 9
  %gep3335 = getelementptr inbounds i8, ptr %invariant.gep3334, i64 %.idx2928
  %2639 = load <16 x float>, ptr %gep3335, align 4
  %.idx2929 = shl nsw i64 %t4.addr.02769, 7
  %2640 = getelementptr inbounds i8, ptr %M, i64 %.idx2929
  %2641 = load <16 x float>, ptr %2640, align 4
  %2642 = fmul <16 x float> %2639, %2641
  store <16 x float> %2642, ptr %gep3335, align 4
  %gep3337 = getelementptr inbounds i8, ptr %invariant.gep3336, i64 %.idx2928
  %2643 = load <16 x float>, ptr %gep3337, align 4
  %2644 = getelementptr inbounds i8, ptr %34, i64 %.idx2929
  %2645 = load <16 x float>, ptr %2644, align 4
  %2646 = fmul <16 x float> %2643, %2645
  store <16 x float> %2646, ptr %gep3337, align 4
  %t4.next = or disjoint i64 %t4.addr.02769, 1
  %.idx2928.1 = shl nsw i64 %t4.next, 9
  %gep3335.1 = getelementptr inbounds i8, ptr %invariant.gep3334, i64 %.idx2928.1
  %2647 = load <16 x float>, ptr %gep3335.1, align 4
  %.idx2929.1 = shl nsw i64 %t4.next, 7
  %2648 = getelementptr inbounds i8, ptr %M, i64 %.idx2929.1
  %2649 = load <16 x float>, ptr %2648, align 4
  %2650 = fmul <16 x float> %2647, %2649
  store <16 x float> %2650, ptr %gep3335.1, align 4
  %gep3337.1 = getelementptr inbounds i8, ptr %invariant.gep3336, i64 %.idx2928.1
  %2651 = load <16 x float>, ptr %gep3337.1, align 4
  %2652 = getelementptr inbounds i8, ptr %34, i64 %.idx2929.1
  %2653 = load <16 x float>, ptr %2652, align 4
  %2654 = fmul <16 x float> %2651, %2653
  store <16 x float> %2654, ptr %gep3337.1, align 4
  %t4.next.1 = or disjoint i64 %t4.addr.02769, 2
  %.idx2928.2 = shl nsw i64 %t4.next.1, 9
  %gep3335.2 = getelementptr inbounds i8, ptr %invariant.gep3334, i64 %.idx2928.2
  %2655 = load <16 x float>, ptr %gep3335.2, align 4
  %.idx2929.2 = shl nsw i64 %t4.next.1, 7
  %2656 = getelementptr inbounds i8, ptr %M, i64 %.idx2929.2
  %2657 = load <16 x float>, ptr %2656, align 4
  %2658 = fmul <16 x float> %2655, %2657
  store <16 x float> %2658, ptr %gep3335.2, align 4
  %gep3337.2 = getelementptr inbounds i8, ptr %invariant.gep3336, i64 %.idx2928.2
  %2659 = load <16 x float>, ptr %gep3337.2, align 4
  %2660 = getelementptr inbounds i8, ptr %34, i64 %.idx2929.2
  %2661 = load <16 x float>, ptr %2660, align 4
  %2662 = fmul <16 x float> %2659, %2661
  store <16 x float> %2662, ptr %gep3337.2, align 4
  %t4.next.2 = or disjoint i64 %t4.addr.02769, 3
  %.idx2928.3 = shl nsw i64 %t4.next.2, 9
  %gep3335.3 = getelementptr inbounds i8, ptr %invariant.gep3334, i64 %.idx2928.3
  %2663 = load <16 x float>, ptr %gep3335.3, align 4
  %.idx2929.3 = shl nsw i64 %t4.next.2, 7
  %2664 = getelementptr inbounds i8, ptr %M, i64 %.idx2929.3
  %2665 = load <16 x float>, ptr %2664, align 4
  %2666 = fmul <16 x float> %2663, %2665
  store <16 x float> %2666, ptr %gep3335.3, align 4
  %gep3337.3 = getelementptr inbounds i8, ptr %invariant.gep3336, i64 %.idx2928.3
  %2667 = load <16 x float>, ptr %gep3337.3, align 4
  %2668 = getelementptr inbounds i8, ptr %34, i64 %.idx2929.3
  %2669 = load <16 x float>, ptr %2668, align 4
  %2670 = fmul <16 x float> %2667, %2669
  store <16 x float> %2670, ptr %gep3337.3, align 4
  %t4.next.3 = add nuw nsw i64 %t4.addr.02769, 4
  %exitcond3130.not.3 = icmp eq i64 %t4.next.3, 32
  br i1 %exitcond3130.not.3, label %p8.head.preheader, label %s8.head.preheader

p8.head.preheader:                                ; preds = %s8.head.preheader, %p8.exit
  %i26.addr.02787 = phi i64 [ %i26.next, %p8.exit ], [ 0, %s8.head.preheader ]
  %2671 = shl nuw nsw i64 %i26.addr.02787, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02786 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc95.02785 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2734, %p8.body ]
  %acc94.02784 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2733, %p8.body ]
  %acc93.02783 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2727, %p8.body ]
  %acc92.02782 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2726, %p8.body ]
  %acc91.02781 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2720, %p8.body ]
  %acc90.02780 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2719, %p8.body ]
  %acc89.02779 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2713, %p8.body ]
  %acc88.02778 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2712, %p8.body ]
  %acc87.02777 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2706, %p8.body ]
  %acc86.02776 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2705, %p8.body ]
  %acc85.02775 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2699, %p8.body ]
  %acc84.02774 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2698, %p8.body ]
  %acc83.02773 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2692, %p8.body ]
  %acc82.02772 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2691, %p8.body ]
  %acc81.02771 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2685, %p8.body ]
  %acc80.02770 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2684, %p8.body ]
  %2672 = shl nuw nsw i64 %p8.addr.02786, 5
  %2673 = or disjoint i64 %2672, 1024
  %2674 = getelementptr inbounds float, ptr %Bk, i64 %2673
  %2675 = load <16 x float>, ptr %2674, align 4
  %2676 = or disjoint i64 %2672, 1040
  %2677 = getelementptr inbounds float, ptr %Bk, i64 %2676
  %2678 = load <16 x float>, ptr %2677, align 4
  %2679 = add nuw nsw i64 %p8.addr.02786, %2671
  %2680 = getelementptr inbounds float, ptr %OY, i64 %2679
  %2681 = load float, ptr %2680, align 4
  %2682 = insertelement <16 x float> poison, float %2681, i64 0
  %2683 = shufflevector <16 x float> %2682, <16 x float> poison, <16 x i32> zeroinitializer
  %2684 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2683, <16 x float> %2675, <16 x float> %acc80.02770)
  %2685 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2683, <16 x float> %2678, <16 x float> %acc81.02771)
  %2686 = or disjoint i64 %2679, 32
  %2687 = getelementptr inbounds float, ptr %OY, i64 %2686
  %2688 = load float, ptr %2687, align 4
  %2689 = insertelement <16 x float> poison, float %2688, i64 0
  %2690 = shufflevector <16 x float> %2689, <16 x float> poison, <16 x i32> zeroinitializer
  %2691 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2690, <16 x float> %2675, <16 x float> %acc82.02772)
  %2692 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2690, <16 x float> %2678, <16 x float> %acc83.02773)
  %2693 = or disjoint i64 %2679, 64
  %2694 = getelementptr inbounds float, ptr %OY, i64 %2693
  %2695 = load float, ptr %2694, align 4
  %2696 = insertelement <16 x float> poison, float %2695, i64 0
  %2697 = shufflevector <16 x float> %2696, <16 x float> poison, <16 x i32> zeroinitializer
  %2698 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2697, <16 x float> %2675, <16 x float> %acc84.02774)
  %2699 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2697, <16 x float> %2678, <16 x float> %acc85.02775)
  %2700 = or disjoint i64 %2679, 96
  %2701 = getelementptr inbounds float, ptr %OY, i64 %2700
  %2702 = load float, ptr %2701, align 4
  %2703 = insertelement <16 x float> poison, float %2702, i64 0
  %2704 = shufflevector <16 x float> %2703, <16 x float> poison, <16 x i32> zeroinitializer
  %2705 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2704, <16 x float> %2675, <16 x float> %acc86.02776)
  %2706 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2704, <16 x float> %2678, <16 x float> %acc87.02777)
  %2707 = or disjoint i64 %2679, 128
  %2708 = getelementptr inbounds float, ptr %OY, i64 %2707
  %2709 = load float, ptr %2708, align 4
  %2710 = insertelement <16 x float> poison, float %2709, i64 0
  %2711 = shufflevector <16 x float> %2710, <16 x float> poison, <16 x i32> zeroinitializer
  %2712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2711, <16 x float> %2675, <16 x float> %acc88.02778)
  %2713 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2711, <16 x float> %2678, <16 x float> %acc89.02779)
  %2714 = or disjoint i64 %2679, 160
  %2715 = getelementptr inbounds float, ptr %OY, i64 %2714
  %2716 = load float, ptr %2715, align 4
  %2717 = insertelement <16 x float> poison, float %2716, i64 0
  %2718 = shufflevector <16 x float> %2717, <16 x float> poison, <16 x i32> zeroinitializer
  %2719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2718, <16 x float> %2675, <16 x float> %acc90.02780)
  %2720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2718, <16 x float> %2678, <16 x float> %acc91.02781)
  %2721 = or disjoint i64 %2679, 192
  %2722 = getelementptr inbounds float, ptr %OY, i64 %2721
  %2723 = load float, ptr %2722, align 4
  %2724 = insertelement <16 x float> poison, float %2723, i64 0
  %2725 = shufflevector <16 x float> %2724, <16 x float> poison, <16 x i32> zeroinitializer
  %2726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2725, <16 x float> %2675, <16 x float> %acc92.02782)
  %2727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2725, <16 x float> %2678, <16 x float> %acc93.02783)
  %2728 = or disjoint i64 %2679, 224
  %2729 = getelementptr inbounds float, ptr %OY, i64 %2728
  %2730 = load float, ptr %2729, align 4
  %2731 = insertelement <16 x float> poison, float %2730, i64 0
  %2732 = shufflevector <16 x float> %2731, <16 x float> poison, <16 x i32> zeroinitializer
  %2733 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2732, <16 x float> %2675, <16 x float> %acc94.02784)
  %2734 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2732, <16 x float> %2678, <16 x float> %acc95.02785)
  %p8.next = add nuw nsw i64 %p8.addr.02786, 1
  %exitcond3131.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond3131.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2735 = getelementptr inbounds float, ptr %dQc, i64 %2671
  store <16 x float> %2684, ptr %2735, align 4
  %2736 = or disjoint i64 %2671, 16
  %2737 = getelementptr inbounds float, ptr %dQc, i64 %2736
  store <16 x float> %2685, ptr %2737, align 4
  %2738 = or disjoint i64 %2671, 32
  %2739 = getelementptr inbounds float, ptr %dQc, i64 %2738
  store <16 x float> %2691, ptr %2739, align 4
  %2740 = or disjoint i64 %2671, 48
  %2741 = getelementptr inbounds float, ptr %dQc, i64 %2740
  store <16 x float> %2692, ptr %2741, align 4
  %2742 = or disjoint i64 %2671, 64
  %2743 = getelementptr inbounds float, ptr %dQc, i64 %2742
  store <16 x float> %2698, ptr %2743, align 4
  %2744 = or disjoint i64 %2671, 80
  %2745 = getelementptr inbounds float, ptr %dQc, i64 %2744
  store <16 x float> %2699, ptr %2745, align 4
  %2746 = or disjoint i64 %2671, 96
  %2747 = getelementptr inbounds float, ptr %dQc, i64 %2746
  store <16 x float> %2705, ptr %2747, align 4
  %2748 = or disjoint i64 %2671, 112
  %2749 = getelementptr inbounds float, ptr %dQc, i64 %2748
  store <16 x float> %2706, ptr %2749, align 4
  %2750 = or disjoint i64 %2671, 128
  %2751 = getelementptr inbounds float, ptr %dQc, i64 %2750
  store <16 x float> %2712, ptr %2751, align 4
  %2752 = or disjoint i64 %2671, 144
  %2753 = getelementptr inbounds float, ptr %dQc, i64 %2752
  store <16 x float> %2713, ptr %2753, align 4
  %2754 = or disjoint i64 %2671, 160
  %2755 = getelementptr inbounds float, ptr %dQc, i64 %2754
  store <16 x float> %2719, ptr %2755, align 4
  %2756 = or disjoint i64 %2671, 176
  %2757 = getelementptr inbounds float, ptr %dQc, i64 %2756
  store <16 x float> %2720, ptr %2757, align 4
  %2758 = or disjoint i64 %2671, 192
  %2759 = getelementptr inbounds float, ptr %dQc, i64 %2758
  store <16 x float> %2726, ptr %2759, align 4
  %2760 = or disjoint i64 %2671, 208
  %2761 = getelementptr inbounds float, ptr %dQc, i64 %2760
  store <16 x float> %2727, ptr %2761, align 4
  %2762 = or disjoint i64 %2671, 224
  %2763 = getelementptr inbounds float, ptr %dQc, i64 %2762
  store <16 x float> %2733, ptr %2763, align 4
  %2764 = or disjoint i64 %2671, 240
  %2765 = getelementptr inbounds float, ptr %dQc, i64 %2764
  store <16 x float> %2734, ptr %2765, align 4
  %i26.next = add nuw nsw i64 %i26.addr.02787, 8
  %2766 = icmp ult i64 %i26.addr.02787, 24
  br i1 %2766, label %p8.head.preheader, label %i27.body.preheader

i27.body.preheader:                               ; preds = %p8.exit
  %L = tail call i64 @llvm.smin.i64(i64 %291, i64 32)
  br label %i27.body

i27.body:                                         ; preds = %i27.body.preheader, %endif1399
  %i27.addr.02805 = phi i64 [ %i27.next, %endif1399 ], [ 0, %i27.body.preheader ]
  %2767 = shl nuw nsw i64 %i27.addr.02805, 5
  %2768 = getelementptr inbounds float, ptr %dQc, i64 %2767
  %2769 = load <16 x float>, ptr %2768, align 4
  %2770 = or disjoint i64 %2767, 16
  %2771 = getelementptr inbounds float, ptr %dQc, i64 %2770
  %2772 = load <16 x float>, ptr %2771, align 4
  %2773 = or disjoint i64 %i27.addr.02805, 1
  %2774 = shl nuw nsw i64 %2773, 5
  %2775 = getelementptr inbounds float, ptr %dQc, i64 %2774
  %2776 = load <16 x float>, ptr %2775, align 4
  %2777 = or disjoint i64 %2774, 16
  %2778 = getelementptr inbounds float, ptr %dQc, i64 %2777
  %2779 = load <16 x float>, ptr %2778, align 4
  %2780 = or disjoint i64 %i27.addr.02805, 2
  %2781 = shl nuw nsw i64 %2780, 5
  %2782 = getelementptr inbounds float, ptr %dQc, i64 %2781
  %2783 = load <16 x float>, ptr %2782, align 4
  %2784 = or disjoint i64 %2781, 16
  %2785 = getelementptr inbounds float, ptr %dQc, i64 %2784
  %2786 = load <16 x float>, ptr %2785, align 4
  %2787 = or disjoint i64 %i27.addr.02805, 3
  %2788 = shl nuw nsw i64 %2787, 5
  %2789 = getelementptr inbounds float, ptr %dQc, i64 %2788
  %2790 = load <16 x float>, ptr %2789, align 4
  %2791 = or disjoint i64 %2788, 16
  %2792 = getelementptr inbounds float, ptr %dQc, i64 %2791
  %2793 = load <16 x float>, ptr %2792, align 4
  %2794 = or disjoint i64 %i27.addr.02805, 4
  %2795 = shl nuw nsw i64 %2794, 5
  %2796 = getelementptr inbounds float, ptr %dQc, i64 %2795
  %2797 = load <16 x float>, ptr %2796, align 4
  %2798 = or disjoint i64 %2795, 16
  %2799 = getelementptr inbounds float, ptr %dQc, i64 %2798
  %2800 = load <16 x float>, ptr %2799, align 4
  %2801 = or disjoint i64 %i27.addr.02805, 5
  %2802 = shl nuw nsw i64 %2801, 5
  %2803 = getelementptr inbounds float, ptr %dQc, i64 %2802
  %2804 = load <16 x float>, ptr %2803, align 4
  %2805 = or disjoint i64 %2802, 16
  %2806 = getelementptr inbounds float, ptr %dQc, i64 %2805
  %2807 = load <16 x float>, ptr %2806, align 4
  %2808 = or disjoint i64 %i27.addr.02805, 6
  %2809 = shl nuw nsw i64 %2808, 5
  %2810 = getelementptr inbounds float, ptr %dQc, i64 %2809
  %2811 = load <16 x float>, ptr %2810, align 4
  %2812 = or disjoint i64 %2809, 16
  %2813 = getelementptr inbounds float, ptr %dQc, i64 %2812
  %2814 = load <16 x float>, ptr %2813, align 4
  %2815 = or disjoint i64 %i27.addr.02805, 7
  %2816 = shl nuw nsw i64 %2815, 5
  %2817 = getelementptr inbounds float, ptr %dQc, i64 %2816
  %2818 = load <16 x float>, ptr %2817, align 4
  %2819 = or disjoint i64 %2816, 16
  %2820 = getelementptr inbounds float, ptr %dQc, i64 %2819
  %2821 = load <16 x float>, ptr %2820, align 4
  br label %p9.body

p9.body:                                          ; preds = %i27.body, %p9.body
  %p9.addr.02804 = phi i64 [ 0, %i27.body ], [ %p9.next, %p9.body ]
  %acc111.02803 = phi <16 x float> [ %2821, %i27.body ], [ %2886, %p9.body ]
  %acc110.02802 = phi <16 x float> [ %2818, %i27.body ], [ %2885, %p9.body ]
  %acc109.02801 = phi <16 x float> [ %2814, %i27.body ], [ %2879, %p9.body ]
  %acc108.02800 = phi <16 x float> [ %2811, %i27.body ], [ %2878, %p9.body ]
  %acc107.02799 = phi <16 x float> [ %2807, %i27.body ], [ %2872, %p9.body ]
  %acc106.02798 = phi <16 x float> [ %2804, %i27.body ], [ %2871, %p9.body ]
  %acc105.02797 = phi <16 x float> [ %2800, %i27.body ], [ %2865, %p9.body ]
  %acc104.02796 = phi <16 x float> [ %2797, %i27.body ], [ %2864, %p9.body ]
  %acc103.02795 = phi <16 x float> [ %2793, %i27.body ], [ %2858, %p9.body ]
  %acc102.02794 = phi <16 x float> [ %2790, %i27.body ], [ %2857, %p9.body ]
  %acc101.02793 = phi <16 x float> [ %2786, %i27.body ], [ %2851, %p9.body ]
  %acc100.02792 = phi <16 x float> [ %2783, %i27.body ], [ %2850, %p9.body ]
  %acc99.02791 = phi <16 x float> [ %2779, %i27.body ], [ %2844, %p9.body ]
  %acc98.02790 = phi <16 x float> [ %2776, %i27.body ], [ %2843, %p9.body ]
  %acc97.02789 = phi <16 x float> [ %2772, %i27.body ], [ %2837, %p9.body ]
  %acc96.02788 = phi <16 x float> [ %2769, %i27.body ], [ %2836, %p9.body ]
  %2822 = shl nuw nsw i64 %p9.addr.02804, 5
  %2823 = or disjoint i64 %2822, 3072
  %2824 = getelementptr inbounds float, ptr %Bk, i64 %2823
  %2825 = load <16 x float>, ptr %2824, align 4
  %2826 = or disjoint i64 %2822, 3088
  %2827 = getelementptr inbounds float, ptr %Bk, i64 %2826
  %2828 = load <16 x float>, ptr %2827, align 4
  %2829 = shl nuw nsw i64 %p9.addr.02804, 7
  %2830 = or disjoint i64 %2829, 64
  %2831 = or disjoint i64 %2830, %i27.addr.02805
  %2832 = getelementptr inbounds float, ptr %Ak, i64 %2831
  %2833 = load float, ptr %2832, align 4
  %2834 = insertelement <16 x float> poison, float %2833, i64 0
  %2835 = shufflevector <16 x float> %2834, <16 x float> poison, <16 x i32> zeroinitializer
  %2836 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2835, <16 x float> %2825, <16 x float> %acc96.02788)
  %2837 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2835, <16 x float> %2828, <16 x float> %acc97.02789)
  %2838 = or disjoint i64 %2830, %2773
  %2839 = getelementptr inbounds float, ptr %Ak, i64 %2838
  %2840 = load float, ptr %2839, align 4
  %2841 = insertelement <16 x float> poison, float %2840, i64 0
  %2842 = shufflevector <16 x float> %2841, <16 x float> poison, <16 x i32> zeroinitializer
  %2843 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2842, <16 x float> %2825, <16 x float> %acc98.02790)
  %2844 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2842, <16 x float> %2828, <16 x float> %acc99.02791)
  %2845 = or disjoint i64 %2830, %2780
  %2846 = getelementptr inbounds float, ptr %Ak, i64 %2845
  %2847 = load float, ptr %2846, align 4
  %2848 = insertelement <16 x float> poison, float %2847, i64 0
  %2849 = shufflevector <16 x float> %2848, <16 x float> poison, <16 x i32> zeroinitializer
  %2850 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2849, <16 x float> %2825, <16 x float> %acc100.02792)
  %2851 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2849, <16 x float> %2828, <16 x float> %acc101.02793)
  %2852 = or disjoint i64 %2830, %2787
  %2853 = getelementptr inbounds float, ptr %Ak, i64 %2852
  %2854 = load float, ptr %2853, align 4
  %2855 = insertelement <16 x float> poison, float %2854, i64 0
  %2856 = shufflevector <16 x float> %2855, <16 x float> poison, <16 x i32> zeroinitializer
  %2857 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2856, <16 x float> %2825, <16 x float> %acc102.02794)
  %2858 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2856, <16 x float> %2828, <16 x float> %acc103.02795)
  %2859 = or disjoint i64 %2830, %2794
  %2860 = getelementptr inbounds float, ptr %Ak, i64 %2859
  %2861 = load float, ptr %2860, align 4
  %2862 = insertelement <16 x float> poison, float %2861, i64 0
  %2863 = shufflevector <16 x float> %2862, <16 x float> poison, <16 x i32> zeroinitializer
  %2864 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2863, <16 x float> %2825, <16 x float> %acc104.02796)
  %2865 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2863, <16 x float> %2828, <16 x float> %acc105.02797)
  %2866 = or disjoint i64 %2830, %2801
  %2867 = getelementptr inbounds float, ptr %Ak, i64 %2866
  %2868 = load float, ptr %2867, align 4
  %2869 = insertelement <16 x float> poison, float %2868, i64 0
  %2870 = shufflevector <16 x float> %2869, <16 x float> poison, <16 x i32> zeroinitializer
  %2871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2870, <16 x float> %2825, <16 x float> %acc106.02798)
  %2872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2870, <16 x float> %2828, <16 x float> %acc107.02799)
  %2873 = or disjoint i64 %2830, %2808
  %2874 = getelementptr inbounds float, ptr %Ak, i64 %2873
  %2875 = load float, ptr %2874, align 4
  %2876 = insertelement <16 x float> poison, float %2875, i64 0
  %2877 = shufflevector <16 x float> %2876, <16 x float> poison, <16 x i32> zeroinitializer
  %2878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2877, <16 x float> %2825, <16 x float> %acc108.02800)
  %2879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2877, <16 x float> %2828, <16 x float> %acc109.02801)
  %2880 = or disjoint i64 %2830, %2815
  %2881 = getelementptr inbounds float, ptr %Ak, i64 %2880
  %2882 = load float, ptr %2881, align 4
  %2883 = insertelement <16 x float> poison, float %2882, i64 0
  %2884 = shufflevector <16 x float> %2883, <16 x float> poison, <16 x i32> zeroinitializer
  %2885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2884, <16 x float> %2825, <16 x float> %acc110.02802)
  %2886 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2884, <16 x float> %2828, <16 x float> %acc111.02803)
  %p9.next = add nuw nsw i64 %p9.addr.02804, 1
  %exitcond3132.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond3132.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2887 = icmp slt i64 %i27.addr.02805, %L
  br i1 %2887, label %then1337, label %endif1343

then1337:                                         ; preds = %p9.exit
  %2888 = fmul <16 x float> %2836, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2889 = or disjoint i64 %i27.addr.02805, %t0
  %.idx2606 = shl nsw i64 %2889, 7
  %2890 = getelementptr inbounds i8, ptr %gep2899, i64 %.idx2606
  store <16 x float> %2888, ptr %2890, align 4
  %2891 = fmul <16 x float> %2837, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2892 = shl nsw i64 %2889, 5
  %2893 = or disjoint i64 %2892, 16
  %2894 = getelementptr inbounds float, ptr %gep2899, i64 %2893
  store <16 x float> %2891, ptr %2894, align 4
  br label %endif1343

endif1343:                                        ; preds = %p9.exit, %then1337
  %2895 = icmp slt i64 %2773, %L
  br i1 %2895, label %then1345, label %endif1351

then1345:                                         ; preds = %endif1343
  %2896 = fmul <16 x float> %2843, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2897 = or disjoint i64 %2773, %t0
  %.idx2607 = shl nsw i64 %2897, 7
  %2898 = getelementptr inbounds i8, ptr %gep2899, i64 %.idx2607
  store <16 x float> %2896, ptr %2898, align 4
  %2899 = fmul <16 x float> %2844, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2900 = shl nsw i64 %2897, 5
  %2901 = or disjoint i64 %2900, 16
  %2902 = getelementptr inbounds float, ptr %gep2899, i64 %2901
  store <16 x float> %2899, ptr %2902, align 4
  br label %endif1351

endif1351:                                        ; preds = %endif1343, %then1345
  %2903 = icmp slt i64 %2780, %L
  br i1 %2903, label %then1353, label %endif1359

then1353:                                         ; preds = %endif1351
  %2904 = fmul <16 x float> %2850, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2905 = or disjoint i64 %2780, %t0
  %.idx2608 = shl nsw i64 %2905, 7
  %2906 = getelementptr inbounds i8, ptr %gep2899, i64 %.idx2608
  store <16 x float> %2904, ptr %2906, align 4
  %2907 = fmul <16 x float> %2851, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2908 = shl nsw i64 %2905, 5
  %2909 = or disjoint i64 %2908, 16
  %2910 = getelementptr inbounds float, ptr %gep2899, i64 %2909
  store <16 x float> %2907, ptr %2910, align 4
  br label %endif1359

endif1359:                                        ; preds = %endif1351, %then1353
  %2911 = icmp slt i64 %2787, %L
  br i1 %2911, label %then1361, label %endif1367

then1361:                                         ; preds = %endif1359
  %2912 = fmul <16 x float> %2857, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2913 = or disjoint i64 %2787, %t0
  %.idx2609 = shl nsw i64 %2913, 7
  %2914 = getelementptr inbounds i8, ptr %gep2899, i64 %.idx2609
  store <16 x float> %2912, ptr %2914, align 4
  %2915 = fmul <16 x float> %2858, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2916 = shl nsw i64 %2913, 5
  %2917 = or disjoint i64 %2916, 16
  %2918 = getelementptr inbounds float, ptr %gep2899, i64 %2917
  store <16 x float> %2915, ptr %2918, align 4
  br label %endif1367

endif1367:                                        ; preds = %endif1359, %then1361
  %2919 = icmp slt i64 %2794, %L
  br i1 %2919, label %then1369, label %endif1375

then1369:                                         ; preds = %endif1367
  %2920 = fmul <16 x float> %2864, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2921 = or disjoint i64 %2794, %t0
  %.idx2610 = shl nsw i64 %2921, 7
  %2922 = getelementptr inbounds i8, ptr %gep2899, i64 %.idx2610
  store <16 x float> %2920, ptr %2922, align 4
  %2923 = fmul <16 x float> %2865, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2924 = shl nsw i64 %2921, 5
  %2925 = or disjoint i64 %2924, 16
  %2926 = getelementptr inbounds float, ptr %gep2899, i64 %2925
  store <16 x float> %2923, ptr %2926, align 4
  br label %endif1375

endif1375:                                        ; preds = %endif1367, %then1369
  %2927 = icmp slt i64 %2801, %L
  br i1 %2927, label %then1377, label %endif1383

then1377:                                         ; preds = %endif1375
  %2928 = fmul <16 x float> %2871, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2929 = or disjoint i64 %2801, %t0
  %.idx2611 = shl nsw i64 %2929, 7
  %2930 = getelementptr inbounds i8, ptr %gep2899, i64 %.idx2611
  store <16 x float> %2928, ptr %2930, align 4
  %2931 = fmul <16 x float> %2872, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2932 = shl nsw i64 %2929, 5
  %2933 = or disjoint i64 %2932, 16
  %2934 = getelementptr inbounds float, ptr %gep2899, i64 %2933
  store <16 x float> %2931, ptr %2934, align 4
  br label %endif1383

endif1383:                                        ; preds = %endif1375, %then1377
  %2935 = icmp slt i64 %2808, %L
  br i1 %2935, label %then1385, label %endif1391

then1385:                                         ; preds = %endif1383
  %2936 = fmul <16 x float> %2878, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2937 = or disjoint i64 %2808, %t0
  %.idx2612 = shl nsw i64 %2937, 7
  %2938 = getelementptr inbounds i8, ptr %gep2899, i64 %.idx2612
  store <16 x float> %2936, ptr %2938, align 4
  %2939 = fmul <16 x float> %2879, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2940 = shl nsw i64 %2937, 5
  %2941 = or disjoint i64 %2940, 16
  %2942 = getelementptr inbounds float, ptr %gep2899, i64 %2941
  store <16 x float> %2939, ptr %2942, align 4
  br label %endif1391

endif1391:                                        ; preds = %endif1383, %then1385
  %2943 = icmp slt i64 %2815, %L
  br i1 %2943, label %then1393, label %endif1399

then1393:                                         ; preds = %endif1391
  %2944 = fmul <16 x float> %2885, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2945 = or disjoint i64 %2815, %t0
  %.idx2613 = shl nsw i64 %2945, 7
  %2946 = getelementptr inbounds i8, ptr %gep2899, i64 %.idx2613
  store <16 x float> %2944, ptr %2946, align 4
  %2947 = fmul <16 x float> %2886, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2948 = shl nsw i64 %2945, 5
  %2949 = or disjoint i64 %2948, 16
  %2950 = getelementptr inbounds float, ptr %gep2899, i64 %2949
  store <16 x float> %2947, ptr %2950, align 4
  br label %endif1399

endif1399:                                        ; preds = %endif1391, %then1393
  %i27.next = add nuw nsw i64 %i27.addr.02805, 8
  %2951 = icmp ult i64 %i27.addr.02805, 24
  br i1 %2951, label %i27.body, label %j25.body.preheader

j25.body.preheader:                               ; preds = %endif1399
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dbet, i8 0, i64 128, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j26.exit
  %2952 = icmp sgt i64 %291, 0
  br i1 %2952, label %t5.body.preheader, label %i33.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter3682 = and i64 %smax3681, 3
  %2953 = icmp slt i64 %indvars.iv3136, 4
  br i1 %2953, label %i33.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter3684 = and i64 %smax3681, 60
  br label %t5.body

ib1.body:                                         ; preds = %j25.body.preheader, %j26.exit
  %ib1.addr.02824 = phi i64 [ %ib1.next, %j26.exit ], [ 0, %j25.body.preheader ]
  %2954 = shl nuw nsw i64 %ib1.addr.02824, 2
  %i01 = sub nuw nsw i64 28, %2954
  %2955 = shl nuw nsw i64 %i01, 5
  %2956 = or disjoint i64 %2955, 1024
  %2957 = getelementptr inbounds float, ptr %OY, i64 %2956
  %2958 = load <16 x float>, ptr %2957, align 4
  %2959 = or disjoint i64 %2955, 1040
  %2960 = getelementptr inbounds float, ptr %OY, i64 %2959
  %2961 = load <16 x float>, ptr %2960, align 4
  %2962 = sub nuw nsw i64 29, %2954
  %2963 = shl nuw nsw i64 %2962, 5
  %2964 = or disjoint i64 %2963, 1024
  %2965 = getelementptr inbounds float, ptr %OY, i64 %2964
  %2966 = load <16 x float>, ptr %2965, align 4
  %2967 = or disjoint i64 %2963, 1040
  %2968 = getelementptr inbounds float, ptr %OY, i64 %2967
  %2969 = load <16 x float>, ptr %2968, align 4
  %2970 = sub nuw nsw i64 30, %2954
  %2971 = shl nuw nsw i64 %2970, 5
  %2972 = or disjoint i64 %2971, 1024
  %2973 = getelementptr inbounds float, ptr %OY, i64 %2972
  %2974 = load <16 x float>, ptr %2973, align 4
  %2975 = or disjoint i64 %2971, 1040
  %2976 = getelementptr inbounds float, ptr %OY, i64 %2975
  %2977 = load <16 x float>, ptr %2976, align 4
  %2978 = sub nuw nsw i64 31, %2954
  %2979 = shl nuw nsw i64 %2978, 5
  %2980 = or disjoint i64 %2979, 1024
  %2981 = getelementptr inbounds float, ptr %OY, i64 %2980
  %2982 = load <16 x float>, ptr %2981, align 4
  %2983 = or disjoint i64 %2979, 1040
  %2984 = getelementptr inbounds float, ptr %OY, i64 %2983
  %2985 = load <16 x float>, ptr %2984, align 4
  %.not2930 = icmp eq i64 %ib1.addr.02824, 0
  br i1 %.not2930, label %j26.exit, label %j26.body.preheader

j26.body.preheader:                               ; preds = %ib1.body
  %2986 = sub nuw nsw i64 32, %2954
  br label %j26.body

j26.body:                                         ; preds = %j26.body.preheader, %j26.body
  %j26.addr.02815 = phi i64 [ %j26.next, %j26.body ], [ %2986, %j26.body.preheader ]
  %acc119.02814 = phi <16 x float> [ %3025, %j26.body ], [ %2985, %j26.body.preheader ]
  %acc118.02813 = phi <16 x float> [ %3024, %j26.body ], [ %2982, %j26.body.preheader ]
  %acc117.02812 = phi <16 x float> [ %3017, %j26.body ], [ %2977, %j26.body.preheader ]
  %acc116.02811 = phi <16 x float> [ %3016, %j26.body ], [ %2974, %j26.body.preheader ]
  %acc115.02810 = phi <16 x float> [ %3009, %j26.body ], [ %2969, %j26.body.preheader ]
  %acc114.02809 = phi <16 x float> [ %3008, %j26.body ], [ %2966, %j26.body.preheader ]
  %acc113.02808 = phi <16 x float> [ %3001, %j26.body ], [ %2961, %j26.body.preheader ]
  %acc112.02807 = phi <16 x float> [ %3000, %j26.body ], [ %2958, %j26.body.preheader ]
  %2987 = shl nuw nsw i64 %j26.addr.02815, 5
  %2988 = or disjoint i64 %2987, 1024
  %2989 = getelementptr inbounds float, ptr %OY, i64 %2988
  %2990 = load <16 x float>, ptr %2989, align 4
  %2991 = or disjoint i64 %2987, 1040
  %2992 = getelementptr inbounds float, ptr %OY, i64 %2991
  %2993 = load <16 x float>, ptr %2992, align 4
  %2994 = or disjoint i64 %2987, %i01
  %2995 = getelementptr inbounds float, ptr %Gm, i64 %2994
  %2996 = load float, ptr %2995, align 4
  %2997 = fneg float %2996
  %2998 = insertelement <16 x float> poison, float %2997, i64 0
  %2999 = shufflevector <16 x float> %2998, <16 x float> poison, <16 x i32> zeroinitializer
  %3000 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2999, <16 x float> %2990, <16 x float> %acc112.02807)
  %3001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2999, <16 x float> %2993, <16 x float> %acc113.02808)
  %3002 = or disjoint i64 %2987, %2962
  %3003 = getelementptr inbounds float, ptr %Gm, i64 %3002
  %3004 = load float, ptr %3003, align 4
  %3005 = fneg float %3004
  %3006 = insertelement <16 x float> poison, float %3005, i64 0
  %3007 = shufflevector <16 x float> %3006, <16 x float> poison, <16 x i32> zeroinitializer
  %3008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3007, <16 x float> %2990, <16 x float> %acc114.02809)
  %3009 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3007, <16 x float> %2993, <16 x float> %acc115.02810)
  %3010 = or disjoint i64 %2987, %2970
  %3011 = getelementptr inbounds float, ptr %Gm, i64 %3010
  %3012 = load float, ptr %3011, align 4
  %3013 = fneg float %3012
  %3014 = insertelement <16 x float> poison, float %3013, i64 0
  %3015 = shufflevector <16 x float> %3014, <16 x float> poison, <16 x i32> zeroinitializer
  %3016 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3015, <16 x float> %2990, <16 x float> %acc116.02811)
  %3017 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3015, <16 x float> %2993, <16 x float> %acc117.02812)
  %3018 = or disjoint i64 %2987, %2978
  %3019 = getelementptr inbounds float, ptr %Gm, i64 %3018
  %3020 = load float, ptr %3019, align 4
  %3021 = fneg float %3020
  %3022 = insertelement <16 x float> poison, float %3021, i64 0
  %3023 = shufflevector <16 x float> %3022, <16 x float> poison, <16 x i32> zeroinitializer
  %3024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3023, <16 x float> %2990, <16 x float> %acc118.02813)
  %3025 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3023, <16 x float> %2993, <16 x float> %acc119.02814)
  %j26.next = add nuw nsw i64 %j26.addr.02815, 1
  %3026 = icmp ult i64 %j26.addr.02815, 31
  br i1 %3026, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2958, %ib1.body ], [ %3000, %j26.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2961, %ib1.body ], [ %3001, %j26.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2966, %ib1.body ], [ %3008, %j26.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2969, %ib1.body ], [ %3009, %j26.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2974, %ib1.body ], [ %3016, %j26.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2977, %ib1.body ], [ %3017, %j26.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2982, %ib1.body ], [ %3024, %j26.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2985, %ib1.body ], [ %3025, %j26.body ]
  %3027 = getelementptr inbounds float, ptr %Rr, i64 %2979
  %3028 = load <16 x float>, ptr %3027, align 4
  %3029 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %3028, <16 x float> zeroinitializer)
  %3030 = or disjoint i64 %2979, 16
  %3031 = getelementptr inbounds float, ptr %Rr, i64 %3030
  %3032 = load <16 x float>, ptr %3031, align 4
  %3033 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %3032, <16 x float> %3029)
  %3034 = shufflevector <16 x float> %3033, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3035 = shufflevector <16 x float> %3033, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3036 = fadd <8 x float> %3034, %3035
  %3037 = shufflevector <8 x float> %3036, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3038 = shufflevector <8 x float> %3036, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3039 = fadd <4 x float> %3037, %3038
  %3040 = shufflevector <4 x float> %3039, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3041 = shufflevector <4 x float> %3039, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3042 = fadd <2 x float> %3040, %3041
  %3043 = shufflevector <2 x float> %3042, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3044 = shufflevector <2 x float> %3042, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3045 = getelementptr inbounds float, ptr %bet, i64 %2978
  %3046 = load float, ptr %3045, align 4
  %3047 = insertelement <16 x float> poison, float %3046, i64 0
  %3048 = shufflevector <16 x float> %3047, <16 x float> poison, <16 x i32> zeroinitializer
  %3049 = fmul <16 x float> %acc118.0.lcssa, %3048
  store <16 x float> %3049, ptr %2981, align 4
  %3050 = fneg <16 x float> %3049
  %3051 = shl nuw nsw i64 %2978, 7
  %3052 = or disjoint i64 %3051, 32
  %3053 = getelementptr inbounds float, ptr %Ak, i64 %3052
  store <16 x float> %3050, ptr %3053, align 4
  %3054 = fmul <16 x float> %acc119.0.lcssa, %3048
  store <16 x float> %3054, ptr %2984, align 4
  %3055 = fneg <16 x float> %3054
  %3056 = or disjoint i64 %3051, 48
  %3057 = getelementptr inbounds float, ptr %Ak, i64 %3056
  store <16 x float> %3055, ptr %3057, align 4
  %3058 = or disjoint i64 %2979, %2970
  %3059 = getelementptr inbounds float, ptr %Gm, i64 %3058
  %3060 = load float, ptr %3059, align 4
  %3061 = fneg float %3060
  %3062 = insertelement <16 x float> poison, float %3061, i64 0
  %3063 = shufflevector <16 x float> %3062, <16 x float> poison, <16 x i32> zeroinitializer
  %3064 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3063, <16 x float> %3049, <16 x float> %acc116.0.lcssa)
  %3065 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3063, <16 x float> %3054, <16 x float> %acc117.0.lcssa)
  %3066 = getelementptr inbounds float, ptr %Rr, i64 %2971
  %3067 = load <16 x float>, ptr %3066, align 4
  %3068 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3064, <16 x float> %3067, <16 x float> zeroinitializer)
  %3069 = or disjoint i64 %2971, 16
  %3070 = getelementptr inbounds float, ptr %Rr, i64 %3069
  %3071 = load <16 x float>, ptr %3070, align 4
  %3072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3065, <16 x float> %3071, <16 x float> %3068)
  %3073 = shufflevector <16 x float> %3072, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3074 = shufflevector <16 x float> %3072, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3075 = fadd <8 x float> %3073, %3074
  %3076 = shufflevector <8 x float> %3075, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3077 = shufflevector <8 x float> %3075, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3078 = fadd <4 x float> %3076, %3077
  %3079 = shufflevector <4 x float> %3078, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3080 = shufflevector <4 x float> %3078, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3081 = fadd <2 x float> %3079, %3080
  %3082 = shufflevector <2 x float> %3081, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3083 = shufflevector <2 x float> %3081, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3084 = getelementptr inbounds float, ptr %bet, i64 %2970
  %3085 = load float, ptr %3084, align 4
  %3086 = insertelement <16 x float> poison, float %3085, i64 0
  %3087 = shufflevector <16 x float> %3086, <16 x float> poison, <16 x i32> zeroinitializer
  %3088 = fmul <16 x float> %3064, %3087
  store <16 x float> %3088, ptr %2973, align 4
  %3089 = fneg <16 x float> %3088
  %3090 = shl nuw nsw i64 %2970, 7
  %3091 = or disjoint i64 %3090, 32
  %3092 = getelementptr inbounds float, ptr %Ak, i64 %3091
  store <16 x float> %3089, ptr %3092, align 4
  %3093 = fmul <16 x float> %3065, %3087
  store <16 x float> %3093, ptr %2976, align 4
  %3094 = fneg <16 x float> %3093
  %3095 = or disjoint i64 %3090, 48
  %3096 = getelementptr inbounds float, ptr %Ak, i64 %3095
  store <16 x float> %3094, ptr %3096, align 4
  %3097 = or disjoint i64 %2971, %2962
  %3098 = getelementptr inbounds float, ptr %Gm, i64 %3097
  %3099 = load float, ptr %3098, align 4
  %3100 = fneg float %3099
  %3101 = insertelement <16 x float> poison, float %3100, i64 0
  %3102 = shufflevector <16 x float> %3101, <16 x float> poison, <16 x i32> zeroinitializer
  %3103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3102, <16 x float> %3088, <16 x float> %acc114.0.lcssa)
  %3104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3102, <16 x float> %3093, <16 x float> %acc115.0.lcssa)
  %3105 = or disjoint i64 %2979, %2962
  %3106 = getelementptr inbounds float, ptr %Gm, i64 %3105
  %3107 = load float, ptr %3106, align 4
  %3108 = fneg float %3107
  %3109 = insertelement <16 x float> poison, float %3108, i64 0
  %3110 = shufflevector <16 x float> %3109, <16 x float> poison, <16 x i32> zeroinitializer
  %3111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3110, <16 x float> %3049, <16 x float> %3103)
  %3112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3110, <16 x float> %3054, <16 x float> %3104)
  %3113 = getelementptr inbounds float, ptr %Rr, i64 %2963
  %3114 = load <16 x float>, ptr %3113, align 4
  %3115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3111, <16 x float> %3114, <16 x float> zeroinitializer)
  %3116 = or disjoint i64 %2963, 16
  %3117 = getelementptr inbounds float, ptr %Rr, i64 %3116
  %3118 = load <16 x float>, ptr %3117, align 4
  %3119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3112, <16 x float> %3118, <16 x float> %3115)
  %3120 = shufflevector <16 x float> %3119, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3121 = shufflevector <16 x float> %3119, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3122 = fadd <8 x float> %3120, %3121
  %3123 = shufflevector <8 x float> %3122, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3124 = shufflevector <8 x float> %3122, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3125 = fadd <4 x float> %3123, %3124
  %3126 = shufflevector <4 x float> %3125, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3127 = shufflevector <4 x float> %3125, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3128 = fadd <2 x float> %3126, %3127
  %3129 = getelementptr inbounds float, ptr %bet, i64 %2962
  %3130 = load float, ptr %3129, align 4
  %3131 = insertelement <16 x float> poison, float %3130, i64 0
  %3132 = shufflevector <16 x float> %3131, <16 x float> poison, <16 x i32> zeroinitializer
  %3133 = fmul <16 x float> %3111, %3132
  store <16 x float> %3133, ptr %2965, align 4
  %3134 = fneg <16 x float> %3133
  %3135 = shl nuw nsw i64 %2962, 7
  %3136 = or disjoint i64 %3135, 32
  %3137 = getelementptr inbounds float, ptr %Ak, i64 %3136
  store <16 x float> %3134, ptr %3137, align 4
  %3138 = fmul <16 x float> %3112, %3132
  store <16 x float> %3138, ptr %2968, align 4
  %3139 = fneg <16 x float> %3138
  %3140 = or disjoint i64 %3135, 48
  %3141 = getelementptr inbounds float, ptr %Ak, i64 %3140
  store <16 x float> %3139, ptr %3141, align 4
  %3142 = or disjoint i64 %2963, %i01
  %3143 = getelementptr inbounds float, ptr %Gm, i64 %3142
  %3144 = load float, ptr %3143, align 4
  %3145 = fneg float %3144
  %3146 = insertelement <16 x float> poison, float %3145, i64 0
  %3147 = shufflevector <16 x float> %3146, <16 x float> poison, <16 x i32> zeroinitializer
  %3148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3147, <16 x float> %3133, <16 x float> %acc112.0.lcssa)
  %3149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3147, <16 x float> %3138, <16 x float> %acc113.0.lcssa)
  %3150 = or disjoint i64 %2971, %i01
  %3151 = getelementptr inbounds float, ptr %Gm, i64 %3150
  %3152 = load float, ptr %3151, align 4
  %3153 = fneg float %3152
  %3154 = insertelement <16 x float> poison, float %3153, i64 0
  %3155 = shufflevector <16 x float> %3154, <16 x float> poison, <16 x i32> zeroinitializer
  %3156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3155, <16 x float> %3088, <16 x float> %3148)
  %3157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3155, <16 x float> %3093, <16 x float> %3149)
  %3158 = or disjoint i64 %2979, %i01
  %3159 = getelementptr inbounds float, ptr %Gm, i64 %3158
  %3160 = load float, ptr %3159, align 4
  %3161 = fneg float %3160
  %3162 = insertelement <16 x float> poison, float %3161, i64 0
  %3163 = shufflevector <16 x float> %3162, <16 x float> poison, <16 x i32> zeroinitializer
  %3164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3163, <16 x float> %3049, <16 x float> %3156)
  %3165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3163, <16 x float> %3054, <16 x float> %3157)
  %3166 = getelementptr inbounds float, ptr %Rr, i64 %2955
  %3167 = load <16 x float>, ptr %3166, align 4
  %3168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3164, <16 x float> %3167, <16 x float> zeroinitializer)
  %3169 = or disjoint i64 %2955, 16
  %3170 = getelementptr inbounds float, ptr %Rr, i64 %3169
  %3171 = load <16 x float>, ptr %3170, align 4
  %3172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3165, <16 x float> %3171, <16 x float> %3168)
  %3173 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %3174 = shufflevector <16 x float> %3172, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3175 = shufflevector <16 x float> %3172, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3176 = fadd <8 x float> %3174, %3175
  %3177 = shufflevector <8 x float> %3176, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3178 = shufflevector <8 x float> %3176, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3179 = fadd <4 x float> %3177, %3178
  %3180 = shufflevector <4 x float> %3179, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3181 = shufflevector <4 x float> %3179, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3182 = fadd <2 x float> %3180, %3181
  %3183 = load <4 x float>, ptr %3173, align 4
  %3184 = shufflevector <2 x float> %3182, <2 x float> %3128, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %3185 = shufflevector <4 x float> %3184, <4 x float> %3083, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %3186 = shufflevector <4 x float> %3185, <4 x float> %3044, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %3187 = shufflevector <2 x float> %3182, <2 x float> %3128, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %3188 = shufflevector <4 x float> %3187, <4 x float> %3082, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %3189 = shufflevector <4 x float> %3188, <4 x float> %3043, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %3190 = fadd <4 x float> %3186, %3189
  %3191 = fadd <4 x float> %3183, %3190
  store <4 x float> %3191, ptr %3173, align 4
  %3192 = getelementptr inbounds float, ptr %bet, i64 %i01
  %3193 = load float, ptr %3192, align 4
  %3194 = insertelement <16 x float> poison, float %3193, i64 0
  %3195 = shufflevector <16 x float> %3194, <16 x float> poison, <16 x i32> zeroinitializer
  %3196 = fmul <16 x float> %3164, %3195
  store <16 x float> %3196, ptr %2957, align 4
  %3197 = fneg <16 x float> %3196
  %3198 = shl nuw nsw i64 %i01, 7
  %3199 = or disjoint i64 %3198, 32
  %3200 = getelementptr inbounds float, ptr %Ak, i64 %3199
  store <16 x float> %3197, ptr %3200, align 4
  %3201 = fmul <16 x float> %3165, %3195
  store <16 x float> %3201, ptr %2960, align 4
  %3202 = fneg <16 x float> %3201
  %3203 = or disjoint i64 %3198, 48
  %3204 = getelementptr inbounds float, ptr %Ak, i64 %3203
  store <16 x float> %3202, ptr %3204, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02824, 1
  %exitcond3133.not = icmp eq i64 %ib1.next, 8
  br i1 %exitcond3133.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.02826 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.3, %t5.body ]
  %niter3685 = phi i64 [ 0, %t5.body.preheader.new ], [ %niter3685.next.3, %t5.body ]
  %tau1 = add nsw i64 %t5.addr.02826, %t0
  %.idx2931 = shl nsw i64 %t5.addr.02826, 7
  %gep3339 = getelementptr inbounds i8, ptr %invariant.gep3338, i64 %.idx2931
  %3205 = load <16 x float>, ptr %gep3339, align 4
  %.idx2932 = shl i64 %tau1, 7
  %3206 = getelementptr i8, ptr %dav, i64 %.idx2932
  store <16 x float> %3205, ptr %3206, align 4
  %gep3341 = getelementptr inbounds i8, ptr %invariant.gep3340, i64 %.idx2931
  %3207 = load <16 x float>, ptr %gep3341, align 4
  %3208 = getelementptr i8, ptr %56, i64 %.idx2932
  store <16 x float> %3207, ptr %3208, align 4
  %3209 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02826
  %3210 = load float, ptr %3209, align 4
  %3211 = mul nsw i64 %tau1, %H
  %3212 = getelementptr inbounds float, ptr %betah1, i64 %3211
  store float %3210, ptr %3212, align 4
  %t5.next = or disjoint i64 %t5.addr.02826, 1
  %tau1.1 = add nsw i64 %t5.next, %t0
  %.idx2931.1 = shl nsw i64 %t5.next, 7
  %gep3339.1 = getelementptr inbounds i8, ptr %invariant.gep3338, i64 %.idx2931.1
  %3213 = load <16 x float>, ptr %gep3339.1, align 4
  %.idx2932.1 = shl i64 %tau1.1, 7
  %3214 = getelementptr i8, ptr %dav, i64 %.idx2932.1
  store <16 x float> %3213, ptr %3214, align 4
  %gep3341.1 = getelementptr inbounds i8, ptr %invariant.gep3340, i64 %.idx2931.1
  %3215 = load <16 x float>, ptr %gep3341.1, align 4
  %3216 = getelementptr i8, ptr %56, i64 %.idx2932.1
  store <16 x float> %3215, ptr %3216, align 4
  %3217 = getelementptr inbounds float, ptr %dbet, i64 %t5.next
  %3218 = load float, ptr %3217, align 4
  %3219 = mul nsw i64 %tau1.1, %H
  %3220 = getelementptr inbounds float, ptr %betah1, i64 %3219
  store float %3218, ptr %3220, align 4
  %t5.next.1 = or disjoint i64 %t5.addr.02826, 2
  %tau1.2 = add nsw i64 %t5.next.1, %t0
  %.idx2931.2 = shl nsw i64 %t5.next.1, 7
  %gep3339.2 = getelementptr inbounds i8, ptr %invariant.gep3338, i64 %.idx2931.2
  %3221 = load <16 x float>, ptr %gep3339.2, align 4
  %.idx2932.2 = shl i64 %tau1.2, 7
  %3222 = getelementptr i8, ptr %dav, i64 %.idx2932.2
  store <16 x float> %3221, ptr %3222, align 4
  %gep3341.2 = getelementptr inbounds i8, ptr %invariant.gep3340, i64 %.idx2931.2
  %3223 = load <16 x float>, ptr %gep3341.2, align 4
  %3224 = getelementptr i8, ptr %56, i64 %.idx2932.2
  store <16 x float> %3223, ptr %3224, align 4
  %3225 = getelementptr inbounds float, ptr %dbet, i64 %t5.next.1
  %3226 = load float, ptr %3225, align 4
  %3227 = mul nsw i64 %tau1.2, %H
  %3228 = getelementptr inbounds float, ptr %betah1, i64 %3227
  store float %3226, ptr %3228, align 4
  %t5.next.2 = or disjoint i64 %t5.addr.02826, 3
  %tau1.3 = add nsw i64 %t5.next.2, %t0
  %.idx2931.3 = shl nsw i64 %t5.next.2, 7
  %gep3339.3 = getelementptr inbounds i8, ptr %invariant.gep3338, i64 %.idx2931.3
  %3229 = load <16 x float>, ptr %gep3339.3, align 4
  %.idx2932.3 = shl i64 %tau1.3, 7
  %3230 = getelementptr i8, ptr %dav, i64 %.idx2932.3
  store <16 x float> %3229, ptr %3230, align 4
  %gep3341.3 = getelementptr inbounds i8, ptr %invariant.gep3340, i64 %.idx2931.3
  %3231 = load <16 x float>, ptr %gep3341.3, align 4
  %3232 = getelementptr i8, ptr %56, i64 %.idx2932.3
  store <16 x float> %3231, ptr %3232, align 4
  %3233 = getelementptr inbounds float, ptr %dbet, i64 %t5.next.2
  %3234 = load float, ptr %3233, align 4
  %3235 = mul nsw i64 %tau1.3, %H
  %3236 = getelementptr inbounds float, ptr %betah1, i64 %3235
  store float %3234, ptr %3236, align 4
  %t5.next.3 = add nuw nsw i64 %t5.addr.02826, 4
  %niter3685.next.3 = add i64 %niter3685, 4
  %niter3685.ncmp.3 = icmp eq i64 %niter3685.next.3, %unroll_iter3684
  br i1 %niter3685.ncmp.3, label %i33.body.preheader.loopexit.unr-lcssa, label %t5.body

i33.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.02826.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.3, %t5.body ]
  %lcmp.mod3683.not = icmp eq i64 %xtraiter3682, 0
  br i1 %lcmp.mod3683.not, label %i33.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t5.body.epil
  %t5.addr.02826.epil = phi i64 [ %t5.next.epil, %t5.body.epil ], [ %t5.addr.02826.unr, %i33.body.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %t5.body.epil ], [ 0, %i33.body.preheader.loopexit.unr-lcssa ]
  %tau1.epil = add nsw i64 %t5.addr.02826.epil, %t0
  %.idx2931.epil = shl nsw i64 %t5.addr.02826.epil, 7
  %gep3339.epil = getelementptr inbounds i8, ptr %invariant.gep3338, i64 %.idx2931.epil
  %3237 = load <16 x float>, ptr %gep3339.epil, align 4
  %.idx2932.epil = shl i64 %tau1.epil, 7
  %3238 = getelementptr i8, ptr %dav, i64 %.idx2932.epil
  store <16 x float> %3237, ptr %3238, align 4
  %gep3341.epil = getelementptr inbounds i8, ptr %invariant.gep3340, i64 %.idx2931.epil
  %3239 = load <16 x float>, ptr %gep3341.epil, align 4
  %3240 = getelementptr i8, ptr %56, i64 %.idx2932.epil
  store <16 x float> %3239, ptr %3240, align 4
  %3241 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02826.epil
  %3242 = load float, ptr %3241, align 4
  %3243 = mul nsw i64 %tau1.epil, %H
  %3244 = getelementptr inbounds float, ptr %betah1, i64 %3243
  store float %3242, ptr %3244, align 4
  %t5.next.epil = add nuw nsw i64 %t5.addr.02826.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3682
  br i1 %epil.iter.cmp.not, label %i33.body.preheader, label %t5.body.epil, !llvm.loop !3

i33.body.preheader:                               ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t5.body.epil, %t5.head.preheader
  br label %i33.body

i33.body:                                         ; preds = %i33.body.preheader, %p10.exit
  %i33.addr.02844 = phi i64 [ %i33.next, %p10.exit ], [ 0, %i33.body.preheader ]
  %3245 = shl nuw nsw i64 %i33.addr.02844, 6
  %3246 = or disjoint i64 %3245, 32
  %3247 = getelementptr inbounds float, ptr %work, i64 %3246
  %3248 = load <16 x float>, ptr %3247, align 4
  %3249 = or disjoint i64 %3245, 48
  %3250 = getelementptr inbounds float, ptr %work, i64 %3249
  %3251 = load <16 x float>, ptr %3250, align 4
  %3252 = or disjoint i64 %i33.addr.02844, 1
  %3253 = shl nuw nsw i64 %3252, 6
  %3254 = or disjoint i64 %3253, 32
  %3255 = getelementptr inbounds float, ptr %work, i64 %3254
  %3256 = load <16 x float>, ptr %3255, align 4
  %3257 = or disjoint i64 %3253, 48
  %3258 = getelementptr inbounds float, ptr %work, i64 %3257
  %3259 = load <16 x float>, ptr %3258, align 4
  %3260 = or disjoint i64 %i33.addr.02844, 2
  %3261 = shl nuw nsw i64 %3260, 6
  %3262 = or disjoint i64 %3261, 32
  %3263 = getelementptr inbounds float, ptr %work, i64 %3262
  %3264 = load <16 x float>, ptr %3263, align 4
  %3265 = or disjoint i64 %3261, 48
  %3266 = getelementptr inbounds float, ptr %work, i64 %3265
  %3267 = load <16 x float>, ptr %3266, align 4
  %3268 = or disjoint i64 %i33.addr.02844, 3
  %3269 = shl nuw nsw i64 %3268, 6
  %3270 = or disjoint i64 %3269, 32
  %3271 = getelementptr inbounds float, ptr %work, i64 %3270
  %3272 = load <16 x float>, ptr %3271, align 4
  %3273 = or disjoint i64 %3269, 48
  %3274 = getelementptr inbounds float, ptr %work, i64 %3273
  %3275 = load <16 x float>, ptr %3274, align 4
  %3276 = or disjoint i64 %i33.addr.02844, 4
  %3277 = shl nuw nsw i64 %3276, 6
  %3278 = or disjoint i64 %3277, 32
  %3279 = getelementptr inbounds float, ptr %work, i64 %3278
  %3280 = load <16 x float>, ptr %3279, align 4
  %3281 = or disjoint i64 %3277, 48
  %3282 = getelementptr inbounds float, ptr %work, i64 %3281
  %3283 = load <16 x float>, ptr %3282, align 4
  %3284 = or disjoint i64 %i33.addr.02844, 5
  %3285 = shl nuw nsw i64 %3284, 6
  %3286 = or disjoint i64 %3285, 32
  %3287 = getelementptr inbounds float, ptr %work, i64 %3286
  %3288 = load <16 x float>, ptr %3287, align 4
  %3289 = or disjoint i64 %3285, 48
  %3290 = getelementptr inbounds float, ptr %work, i64 %3289
  %3291 = load <16 x float>, ptr %3290, align 4
  %3292 = or disjoint i64 %i33.addr.02844, 6
  %3293 = shl nuw nsw i64 %3292, 6
  %3294 = or disjoint i64 %3293, 32
  %3295 = getelementptr inbounds float, ptr %work, i64 %3294
  %3296 = load <16 x float>, ptr %3295, align 4
  %3297 = or disjoint i64 %3293, 48
  %3298 = getelementptr inbounds float, ptr %work, i64 %3297
  %3299 = load <16 x float>, ptr %3298, align 4
  %3300 = or disjoint i64 %i33.addr.02844, 7
  %3301 = shl nuw nsw i64 %3300, 6
  %3302 = or disjoint i64 %3301, 32
  %3303 = getelementptr inbounds float, ptr %work, i64 %3302
  %3304 = load <16 x float>, ptr %3303, align 4
  %3305 = or disjoint i64 %3301, 48
  %3306 = getelementptr inbounds float, ptr %work, i64 %3305
  %3307 = load <16 x float>, ptr %3306, align 4
  br label %p10.body

p10.body:                                         ; preds = %i33.body, %p10.body
  %p10.addr.02843 = phi i64 [ 0, %i33.body ], [ %p10.next, %p10.body ]
  %acc135.02842 = phi <16 x float> [ %3307, %i33.body ], [ %3369, %p10.body ]
  %acc134.02841 = phi <16 x float> [ %3304, %i33.body ], [ %3368, %p10.body ]
  %acc133.02840 = phi <16 x float> [ %3299, %i33.body ], [ %3362, %p10.body ]
  %acc132.02839 = phi <16 x float> [ %3296, %i33.body ], [ %3361, %p10.body ]
  %acc131.02838 = phi <16 x float> [ %3291, %i33.body ], [ %3355, %p10.body ]
  %acc130.02837 = phi <16 x float> [ %3288, %i33.body ], [ %3354, %p10.body ]
  %acc129.02836 = phi <16 x float> [ %3283, %i33.body ], [ %3348, %p10.body ]
  %acc128.02835 = phi <16 x float> [ %3280, %i33.body ], [ %3347, %p10.body ]
  %acc127.02834 = phi <16 x float> [ %3275, %i33.body ], [ %3341, %p10.body ]
  %acc126.02833 = phi <16 x float> [ %3272, %i33.body ], [ %3340, %p10.body ]
  %acc125.02832 = phi <16 x float> [ %3267, %i33.body ], [ %3334, %p10.body ]
  %acc124.02831 = phi <16 x float> [ %3264, %i33.body ], [ %3333, %p10.body ]
  %acc123.02830 = phi <16 x float> [ %3259, %i33.body ], [ %3327, %p10.body ]
  %acc122.02829 = phi <16 x float> [ %3256, %i33.body ], [ %3326, %p10.body ]
  %acc121.02828 = phi <16 x float> [ %3251, %i33.body ], [ %3320, %p10.body ]
  %acc120.02827 = phi <16 x float> [ %3248, %i33.body ], [ %3319, %p10.body ]
  %3308 = shl nuw nsw i64 %p10.addr.02843, 5
  %3309 = getelementptr inbounds float, ptr %OY, i64 %3308
  %3310 = load <16 x float>, ptr %3309, align 4
  %3311 = or disjoint i64 %3308, 16
  %3312 = getelementptr inbounds float, ptr %OY, i64 %3311
  %3313 = load <16 x float>, ptr %3312, align 4
  %3314 = or disjoint i64 %3308, %i33.addr.02844
  %3315 = getelementptr inbounds float, ptr %QK, i64 %3314
  %3316 = load float, ptr %3315, align 4
  %3317 = insertelement <16 x float> poison, float %3316, i64 0
  %3318 = shufflevector <16 x float> %3317, <16 x float> poison, <16 x i32> zeroinitializer
  %3319 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3318, <16 x float> %3310, <16 x float> %acc120.02827)
  %3320 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3318, <16 x float> %3313, <16 x float> %acc121.02828)
  %3321 = or disjoint i64 %3308, %3252
  %3322 = getelementptr inbounds float, ptr %QK, i64 %3321
  %3323 = load float, ptr %3322, align 4
  %3324 = insertelement <16 x float> poison, float %3323, i64 0
  %3325 = shufflevector <16 x float> %3324, <16 x float> poison, <16 x i32> zeroinitializer
  %3326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3325, <16 x float> %3310, <16 x float> %acc122.02829)
  %3327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3325, <16 x float> %3313, <16 x float> %acc123.02830)
  %3328 = or disjoint i64 %3308, %3260
  %3329 = getelementptr inbounds float, ptr %QK, i64 %3328
  %3330 = load float, ptr %3329, align 4
  %3331 = insertelement <16 x float> poison, float %3330, i64 0
  %3332 = shufflevector <16 x float> %3331, <16 x float> poison, <16 x i32> zeroinitializer
  %3333 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3332, <16 x float> %3310, <16 x float> %acc124.02831)
  %3334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3332, <16 x float> %3313, <16 x float> %acc125.02832)
  %3335 = or disjoint i64 %3308, %3268
  %3336 = getelementptr inbounds float, ptr %QK, i64 %3335
  %3337 = load float, ptr %3336, align 4
  %3338 = insertelement <16 x float> poison, float %3337, i64 0
  %3339 = shufflevector <16 x float> %3338, <16 x float> poison, <16 x i32> zeroinitializer
  %3340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3339, <16 x float> %3310, <16 x float> %acc126.02833)
  %3341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3339, <16 x float> %3313, <16 x float> %acc127.02834)
  %3342 = or disjoint i64 %3308, %3276
  %3343 = getelementptr inbounds float, ptr %QK, i64 %3342
  %3344 = load float, ptr %3343, align 4
  %3345 = insertelement <16 x float> poison, float %3344, i64 0
  %3346 = shufflevector <16 x float> %3345, <16 x float> poison, <16 x i32> zeroinitializer
  %3347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3346, <16 x float> %3310, <16 x float> %acc128.02835)
  %3348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3346, <16 x float> %3313, <16 x float> %acc129.02836)
  %3349 = or disjoint i64 %3308, %3284
  %3350 = getelementptr inbounds float, ptr %QK, i64 %3349
  %3351 = load float, ptr %3350, align 4
  %3352 = insertelement <16 x float> poison, float %3351, i64 0
  %3353 = shufflevector <16 x float> %3352, <16 x float> poison, <16 x i32> zeroinitializer
  %3354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3353, <16 x float> %3310, <16 x float> %acc130.02837)
  %3355 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3353, <16 x float> %3313, <16 x float> %acc131.02838)
  %3356 = or disjoint i64 %3308, %3292
  %3357 = getelementptr inbounds float, ptr %QK, i64 %3356
  %3358 = load float, ptr %3357, align 4
  %3359 = insertelement <16 x float> poison, float %3358, i64 0
  %3360 = shufflevector <16 x float> %3359, <16 x float> poison, <16 x i32> zeroinitializer
  %3361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3360, <16 x float> %3310, <16 x float> %acc132.02839)
  %3362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3360, <16 x float> %3313, <16 x float> %acc133.02840)
  %3363 = or disjoint i64 %3308, %3300
  %3364 = getelementptr inbounds float, ptr %QK, i64 %3363
  %3365 = load float, ptr %3364, align 4
  %3366 = insertelement <16 x float> poison, float %3365, i64 0
  %3367 = shufflevector <16 x float> %3366, <16 x float> poison, <16 x i32> zeroinitializer
  %3368 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3367, <16 x float> %3310, <16 x float> %acc134.02841)
  %3369 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3367, <16 x float> %3313, <16 x float> %acc135.02842)
  %p10.next = add nuw nsw i64 %p10.addr.02843, 1
  %exitcond3139.not = icmp eq i64 %p10.next, 64
  br i1 %exitcond3139.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %3319, ptr %3247, align 4
  store <16 x float> %3320, ptr %3250, align 4
  store <16 x float> %3326, ptr %3255, align 4
  store <16 x float> %3327, ptr %3258, align 4
  store <16 x float> %3333, ptr %3263, align 4
  store <16 x float> %3334, ptr %3266, align 4
  store <16 x float> %3340, ptr %3271, align 4
  store <16 x float> %3341, ptr %3274, align 4
  store <16 x float> %3347, ptr %3279, align 4
  store <16 x float> %3348, ptr %3282, align 4
  store <16 x float> %3354, ptr %3287, align 4
  store <16 x float> %3355, ptr %3290, align 4
  store <16 x float> %3361, ptr %3295, align 4
  store <16 x float> %3362, ptr %3298, align 4
  store <16 x float> %3368, ptr %3303, align 4
  store <16 x float> %3369, ptr %3306, align 4
  %i33.next = add nuw nsw i64 %i33.addr.02844, 8
  %3370 = icmp ult i64 %i33.addr.02844, 24
  br i1 %3370, label %i33.body, label %i34.body

i34.head.loopexit:                                ; preds = %p11.exit.1, %p11.exit
  %3371 = icmp ult i64 %i34.addr.02857, 24
  br i1 %3371, label %i34.body, label %j30.head.preheader

i34.body:                                         ; preds = %p10.exit, %i34.head.loopexit
  %i34.addr.02857 = phi i64 [ %3372, %i34.head.loopexit ], [ 0, %p10.exit ]
  %3372 = add nuw nsw i64 %i34.addr.02857, 8
  %3373 = shl nuw nsw i64 %i34.addr.02857, 5
  %3374 = shl nuw nsw i64 %i34.addr.02857, 7
  %3375 = or disjoint i64 %3374, 96
  %3376 = getelementptr inbounds float, ptr %Ak, i64 %3375
  %3377 = or disjoint i64 %3374, 224
  %3378 = getelementptr inbounds float, ptr %Ak, i64 %3377
  %3379 = or disjoint i64 %3374, 352
  %3380 = getelementptr inbounds float, ptr %Ak, i64 %3379
  %3381 = or disjoint i64 %3374, 480
  %3382 = getelementptr inbounds float, ptr %Ak, i64 %3381
  %3383 = or disjoint i64 %3374, 608
  %3384 = getelementptr inbounds float, ptr %Ak, i64 %3383
  %3385 = or disjoint i64 %3374, 736
  %3386 = getelementptr inbounds float, ptr %Ak, i64 %3385
  %3387 = or disjoint i64 %3374, 864
  %3388 = getelementptr inbounds float, ptr %Ak, i64 %3387
  %3389 = or disjoint i64 %3374, 992
  %3390 = getelementptr inbounds float, ptr %Ak, i64 %3389
  br label %p11.body

p11.body:                                         ; preds = %i34.body, %p11.body
  %p11.addr.02855 = phi i64 [ 0, %i34.body ], [ %p11.next, %p11.body ]
  %acc143.02854 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3440, %p11.body ]
  %acc142.02853 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3434, %p11.body ]
  %acc141.02852 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3428, %p11.body ]
  %acc140.02851 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3422, %p11.body ]
  %acc139.02850 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3416, %p11.body ]
  %acc138.02849 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3410, %p11.body ]
  %acc137.02848 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3404, %p11.body ]
  %acc136.02847 = phi <16 x float> [ zeroinitializer, %i34.body ], [ %3398, %p11.body ]
  %.idx2605 = shl nuw nsw i64 %p11.addr.02855, 7
  %gep2846 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2605
  %3391 = load <16 x float>, ptr %gep2846, align 4
  %3392 = add nuw nsw i64 %p11.addr.02855, %3373
  %3393 = or disjoint i64 %3392, 1024
  %3394 = getelementptr inbounds float, ptr %OY, i64 %3393
  %3395 = load float, ptr %3394, align 4
  %3396 = insertelement <16 x float> poison, float %3395, i64 0
  %3397 = shufflevector <16 x float> %3396, <16 x float> poison, <16 x i32> zeroinitializer
  %3398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3397, <16 x float> %3391, <16 x float> %acc136.02847)
  %3399 = or disjoint i64 %3392, 1056
  %3400 = getelementptr inbounds float, ptr %OY, i64 %3399
  %3401 = load float, ptr %3400, align 4
  %3402 = insertelement <16 x float> poison, float %3401, i64 0
  %3403 = shufflevector <16 x float> %3402, <16 x float> poison, <16 x i32> zeroinitializer
  %3404 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3403, <16 x float> %3391, <16 x float> %acc137.02848)
  %3405 = or disjoint i64 %3392, 1088
  %3406 = getelementptr inbounds float, ptr %OY, i64 %3405
  %3407 = load float, ptr %3406, align 4
  %3408 = insertelement <16 x float> poison, float %3407, i64 0
  %3409 = shufflevector <16 x float> %3408, <16 x float> poison, <16 x i32> zeroinitializer
  %3410 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3409, <16 x float> %3391, <16 x float> %acc138.02849)
  %3411 = or disjoint i64 %3392, 1120
  %3412 = getelementptr inbounds float, ptr %OY, i64 %3411
  %3413 = load float, ptr %3412, align 4
  %3414 = insertelement <16 x float> poison, float %3413, i64 0
  %3415 = shufflevector <16 x float> %3414, <16 x float> poison, <16 x i32> zeroinitializer
  %3416 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3415, <16 x float> %3391, <16 x float> %acc139.02850)
  %3417 = or disjoint i64 %3392, 1152
  %3418 = getelementptr inbounds float, ptr %OY, i64 %3417
  %3419 = load float, ptr %3418, align 4
  %3420 = insertelement <16 x float> poison, float %3419, i64 0
  %3421 = shufflevector <16 x float> %3420, <16 x float> poison, <16 x i32> zeroinitializer
  %3422 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3421, <16 x float> %3391, <16 x float> %acc140.02851)
  %3423 = or disjoint i64 %3392, 1184
  %3424 = getelementptr inbounds float, ptr %OY, i64 %3423
  %3425 = load float, ptr %3424, align 4
  %3426 = insertelement <16 x float> poison, float %3425, i64 0
  %3427 = shufflevector <16 x float> %3426, <16 x float> poison, <16 x i32> zeroinitializer
  %3428 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3427, <16 x float> %3391, <16 x float> %acc141.02852)
  %3429 = or disjoint i64 %3392, 1216
  %3430 = getelementptr inbounds float, ptr %OY, i64 %3429
  %3431 = load float, ptr %3430, align 4
  %3432 = insertelement <16 x float> poison, float %3431, i64 0
  %3433 = shufflevector <16 x float> %3432, <16 x float> poison, <16 x i32> zeroinitializer
  %3434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3433, <16 x float> %3391, <16 x float> %acc142.02853)
  %3435 = or disjoint i64 %3392, 1248
  %3436 = getelementptr inbounds float, ptr %OY, i64 %3435
  %3437 = load float, ptr %3436, align 4
  %3438 = insertelement <16 x float> poison, float %3437, i64 0
  %3439 = shufflevector <16 x float> %3438, <16 x float> poison, <16 x i32> zeroinitializer
  %3440 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3439, <16 x float> %3391, <16 x float> %acc143.02854)
  %p11.next = add nuw nsw i64 %p11.addr.02855, 1
  %exitcond3140.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond3140.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %3398, ptr %3376, align 4
  store <16 x float> %3404, ptr %3378, align 4
  store <16 x float> %3410, ptr %3380, align 4
  store <16 x float> %3416, ptr %3382, align 4
  store <16 x float> %3422, ptr %3384, align 4
  store <16 x float> %3428, ptr %3386, align 4
  store <16 x float> %3434, ptr %3388, align 4
  store <16 x float> %3440, ptr %3390, align 4
  %3441 = icmp ugt i64 %i34.addr.02857, 8
  br i1 %3441, label %p11.body.1, label %i34.head.loopexit

p11.body.1:                                       ; preds = %p11.exit, %p11.body.1
  %p11.addr.02855.1 = phi i64 [ %p11.next.1, %p11.body.1 ], [ 0, %p11.exit ]
  %acc143.02854.1 = phi <16 x float> [ %3491, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc142.02853.1 = phi <16 x float> [ %3485, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc141.02852.1 = phi <16 x float> [ %3479, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc140.02851.1 = phi <16 x float> [ %3473, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc139.02850.1 = phi <16 x float> [ %3467, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc138.02849.1 = phi <16 x float> [ %3461, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc137.02848.1 = phi <16 x float> [ %3455, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc136.02847.1 = phi <16 x float> [ %3449, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %.idx2605.1 = shl nuw nsw i64 %p11.addr.02855.1, 7
  %gep2846.1 = getelementptr inbounds i8, ptr %invariant.gep2845.1, i64 %.idx2605.1
  %3442 = load <16 x float>, ptr %gep2846.1, align 4
  %3443 = add nuw nsw i64 %p11.addr.02855.1, %3373
  %3444 = or disjoint i64 %3443, 1024
  %3445 = getelementptr inbounds float, ptr %OY, i64 %3444
  %3446 = load float, ptr %3445, align 4
  %3447 = insertelement <16 x float> poison, float %3446, i64 0
  %3448 = shufflevector <16 x float> %3447, <16 x float> poison, <16 x i32> zeroinitializer
  %3449 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3448, <16 x float> %3442, <16 x float> %acc136.02847.1)
  %3450 = or disjoint i64 %3443, 1056
  %3451 = getelementptr inbounds float, ptr %OY, i64 %3450
  %3452 = load float, ptr %3451, align 4
  %3453 = insertelement <16 x float> poison, float %3452, i64 0
  %3454 = shufflevector <16 x float> %3453, <16 x float> poison, <16 x i32> zeroinitializer
  %3455 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3454, <16 x float> %3442, <16 x float> %acc137.02848.1)
  %3456 = or disjoint i64 %3443, 1088
  %3457 = getelementptr inbounds float, ptr %OY, i64 %3456
  %3458 = load float, ptr %3457, align 4
  %3459 = insertelement <16 x float> poison, float %3458, i64 0
  %3460 = shufflevector <16 x float> %3459, <16 x float> poison, <16 x i32> zeroinitializer
  %3461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3460, <16 x float> %3442, <16 x float> %acc138.02849.1)
  %3462 = or disjoint i64 %3443, 1120
  %3463 = getelementptr inbounds float, ptr %OY, i64 %3462
  %3464 = load float, ptr %3463, align 4
  %3465 = insertelement <16 x float> poison, float %3464, i64 0
  %3466 = shufflevector <16 x float> %3465, <16 x float> poison, <16 x i32> zeroinitializer
  %3467 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3466, <16 x float> %3442, <16 x float> %acc139.02850.1)
  %3468 = or disjoint i64 %3443, 1152
  %3469 = getelementptr inbounds float, ptr %OY, i64 %3468
  %3470 = load float, ptr %3469, align 4
  %3471 = insertelement <16 x float> poison, float %3470, i64 0
  %3472 = shufflevector <16 x float> %3471, <16 x float> poison, <16 x i32> zeroinitializer
  %3473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3472, <16 x float> %3442, <16 x float> %acc140.02851.1)
  %3474 = or disjoint i64 %3443, 1184
  %3475 = getelementptr inbounds float, ptr %OY, i64 %3474
  %3476 = load float, ptr %3475, align 4
  %3477 = insertelement <16 x float> poison, float %3476, i64 0
  %3478 = shufflevector <16 x float> %3477, <16 x float> poison, <16 x i32> zeroinitializer
  %3479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3478, <16 x float> %3442, <16 x float> %acc141.02852.1)
  %3480 = or disjoint i64 %3443, 1216
  %3481 = getelementptr inbounds float, ptr %OY, i64 %3480
  %3482 = load float, ptr %3481, align 4
  %3483 = insertelement <16 x float> poison, float %3482, i64 0
  %3484 = shufflevector <16 x float> %3483, <16 x float> poison, <16 x i32> zeroinitializer
  %3485 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3484, <16 x float> %3442, <16 x float> %acc142.02853.1)
  %3486 = or disjoint i64 %3443, 1248
  %3487 = getelementptr inbounds float, ptr %OY, i64 %3486
  %3488 = load float, ptr %3487, align 4
  %3489 = insertelement <16 x float> poison, float %3488, i64 0
  %3490 = shufflevector <16 x float> %3489, <16 x float> poison, <16 x i32> zeroinitializer
  %3491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3490, <16 x float> %3442, <16 x float> %acc143.02854.1)
  %p11.next.1 = add nuw nsw i64 %p11.addr.02855.1, 1
  %exitcond3140.not.1 = icmp eq i64 %p11.next.1, 32
  br i1 %exitcond3140.not.1, label %p11.exit.1, label %p11.body.1

p11.exit.1:                                       ; preds = %p11.body.1
  %3492 = getelementptr inbounds i8, ptr %3376, i64 64
  store <16 x float> %3449, ptr %3492, align 4
  %3493 = getelementptr inbounds i8, ptr %3378, i64 64
  store <16 x float> %3455, ptr %3493, align 4
  %3494 = getelementptr inbounds i8, ptr %3380, i64 64
  store <16 x float> %3461, ptr %3494, align 4
  %3495 = getelementptr inbounds i8, ptr %3382, i64 64
  store <16 x float> %3467, ptr %3495, align 4
  %3496 = getelementptr inbounds i8, ptr %3384, i64 64
  store <16 x float> %3473, ptr %3496, align 4
  %3497 = getelementptr inbounds i8, ptr %3386, i64 64
  store <16 x float> %3479, ptr %3497, align 4
  %3498 = getelementptr inbounds i8, ptr %3388, i64 64
  store <16 x float> %3485, ptr %3498, align 4
  %3499 = getelementptr inbounds i8, ptr %3390, i64 64
  store <16 x float> %3491, ptr %3499, align 4
  br label %i34.head.loopexit

j30.head.preheader:                               ; preds = %i34.head.loopexit, %j30.exit
  %t6.addr.02859 = phi i64 [ %t6.next, %j30.exit ], [ 0, %i34.head.loopexit ]
  %.not2933 = icmp eq i64 %t6.addr.02859, 0
  br i1 %.not2933, label %j30.exit, label %j30.body.lr.ph

j30.body.lr.ph:                                   ; preds = %j30.head.preheader
  %3500 = shl nuw nsw i64 %t6.addr.02859, 7
  %3501 = or disjoint i64 %3500, 96
  %3502 = getelementptr inbounds float, ptr %Ak, i64 %3501
  %gep3347 = getelementptr inbounds float, ptr %invariant.gep3346, i64 %t6.addr.02859
  %xtraiter3686 = and i64 %t6.addr.02859, 7
  %3503 = icmp ult i64 %t6.addr.02859, 8
  br i1 %3503, label %j30.exit.loopexit.unr-lcssa, label %j30.body.lr.ph.new

j30.body.lr.ph.new:                               ; preds = %j30.body.lr.ph
  %unroll_iter3689 = and i64 %t6.addr.02859, 9223372036854775800
  br label %j30.body

j30.body:                                         ; preds = %j30.body, %j30.body.lr.ph.new
  %j30.addr.02858 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %j30.next.7, %j30.body ]
  %niter3690 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %niter3690.next.7, %j30.body ]
  %3504 = getelementptr inbounds float, ptr %3502, i64 %j30.addr.02858
  %3505 = load float, ptr %3504, align 4
  %3506 = fneg float %3505
  store float %3506, ptr %3504, align 4
  %.idx2934 = shl nsw i64 %j30.addr.02858, 9
  %gep3345 = getelementptr inbounds i8, ptr %gep3347, i64 %.idx2934
  store float %3506, ptr %gep3345, align 4
  %j30.next = or disjoint i64 %j30.addr.02858, 1
  %3507 = getelementptr inbounds float, ptr %3502, i64 %j30.next
  %3508 = load float, ptr %3507, align 4
  %3509 = fneg float %3508
  store float %3509, ptr %3507, align 4
  %.idx2934.1 = shl nsw i64 %j30.next, 9
  %gep3345.1 = getelementptr inbounds i8, ptr %gep3347, i64 %.idx2934.1
  store float %3509, ptr %gep3345.1, align 4
  %j30.next.1 = or disjoint i64 %j30.addr.02858, 2
  %3510 = getelementptr inbounds float, ptr %3502, i64 %j30.next.1
  %3511 = load float, ptr %3510, align 4
  %3512 = fneg float %3511
  store float %3512, ptr %3510, align 4
  %.idx2934.2 = shl nsw i64 %j30.next.1, 9
  %gep3345.2 = getelementptr inbounds i8, ptr %gep3347, i64 %.idx2934.2
  store float %3512, ptr %gep3345.2, align 4
  %j30.next.2 = or disjoint i64 %j30.addr.02858, 3
  %3513 = getelementptr inbounds float, ptr %3502, i64 %j30.next.2
  %3514 = load float, ptr %3513, align 4
  %3515 = fneg float %3514
  store float %3515, ptr %3513, align 4
  %.idx2934.3 = shl nsw i64 %j30.next.2, 9
  %gep3345.3 = getelementptr inbounds i8, ptr %gep3347, i64 %.idx2934.3
  store float %3515, ptr %gep3345.3, align 4
  %j30.next.3 = or disjoint i64 %j30.addr.02858, 4
  %3516 = getelementptr inbounds float, ptr %3502, i64 %j30.next.3
  %3517 = load float, ptr %3516, align 4
  %3518 = fneg float %3517
  store float %3518, ptr %3516, align 4
  %.idx2934.4 = shl nsw i64 %j30.next.3, 9
  %gep3345.4 = getelementptr inbounds i8, ptr %gep3347, i64 %.idx2934.4
  store float %3518, ptr %gep3345.4, align 4
  %j30.next.4 = or disjoint i64 %j30.addr.02858, 5
  %3519 = getelementptr inbounds float, ptr %3502, i64 %j30.next.4
  %3520 = load float, ptr %3519, align 4
  %3521 = fneg float %3520
  store float %3521, ptr %3519, align 4
  %.idx2934.5 = shl nsw i64 %j30.next.4, 9
  %gep3345.5 = getelementptr inbounds i8, ptr %gep3347, i64 %.idx2934.5
  store float %3521, ptr %gep3345.5, align 4
  %j30.next.5 = or disjoint i64 %j30.addr.02858, 6
  %3522 = getelementptr inbounds float, ptr %3502, i64 %j30.next.5
  %3523 = load float, ptr %3522, align 4
  %3524 = fneg float %3523
  store float %3524, ptr %3522, align 4
  %.idx2934.6 = shl nsw i64 %j30.next.5, 9
  %gep3345.6 = getelementptr inbounds i8, ptr %gep3347, i64 %.idx2934.6
  store float %3524, ptr %gep3345.6, align 4
  %j30.next.6 = or disjoint i64 %j30.addr.02858, 7
  %3525 = getelementptr inbounds float, ptr %3502, i64 %j30.next.6
  %3526 = load float, ptr %3525, align 4
  %3527 = fneg float %3526
  store float %3527, ptr %3525, align 4
  %.idx2934.7 = shl nsw i64 %j30.next.6, 9
  %gep3345.7 = getelementptr inbounds i8, ptr %gep3347, i64 %.idx2934.7
  store float %3527, ptr %gep3345.7, align 4
  %j30.next.7 = add nuw nsw i64 %j30.addr.02858, 8
  %niter3690.next.7 = add i64 %niter3690, 8
  %niter3690.ncmp.7 = icmp eq i64 %niter3690.next.7, %unroll_iter3689
  br i1 %niter3690.ncmp.7, label %j30.exit.loopexit.unr-lcssa, label %j30.body

j30.exit.loopexit.unr-lcssa:                      ; preds = %j30.body, %j30.body.lr.ph
  %j30.addr.02858.unr = phi i64 [ 0, %j30.body.lr.ph ], [ %j30.next.7, %j30.body ]
  %lcmp.mod3688.not = icmp eq i64 %xtraiter3686, 0
  br i1 %lcmp.mod3688.not, label %j30.exit, label %j30.body.epil

j30.body.epil:                                    ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil
  %j30.addr.02858.epil = phi i64 [ %j30.next.epil, %j30.body.epil ], [ %j30.addr.02858.unr, %j30.exit.loopexit.unr-lcssa ]
  %epil.iter3687 = phi i64 [ %epil.iter3687.next, %j30.body.epil ], [ 0, %j30.exit.loopexit.unr-lcssa ]
  %3528 = getelementptr inbounds float, ptr %3502, i64 %j30.addr.02858.epil
  %3529 = load float, ptr %3528, align 4
  %3530 = fneg float %3529
  store float %3530, ptr %3528, align 4
  %.idx2934.epil = shl nsw i64 %j30.addr.02858.epil, 9
  %gep3345.epil = getelementptr inbounds i8, ptr %gep3347, i64 %.idx2934.epil
  store float %3530, ptr %gep3345.epil, align 4
  %j30.next.epil = add nuw nsw i64 %j30.addr.02858.epil, 1
  %epil.iter3687.next = add i64 %epil.iter3687, 1
  %epil.iter3687.cmp.not = icmp eq i64 %epil.iter3687.next, %xtraiter3686
  br i1 %epil.iter3687.cmp.not, label %j30.exit, label %j30.body.epil, !llvm.loop !5

j30.exit:                                         ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil, %j30.head.preheader
  %.idx2935 = mul nuw nsw i64 %t6.addr.02859, 516
  %gep3349 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2935
  store float 0.000000e+00, ptr %gep3349, align 4
  %t6.next = add nuw nsw i64 %t6.addr.02859, 1
  %exitcond3142.not = icmp eq i64 %t6.next, 32
  br i1 %exitcond3142.not, label %p12.head.preheader, label %j30.head.preheader

p12.head.preheader:                               ; preds = %j30.exit, %endif1729
  %i35.addr.02877 = phi i64 [ %i35.next, %endif1729 ], [ 0, %j30.exit ]
  %3531 = shl nuw nsw i64 %i35.addr.02877, 7
  br label %p12.body

i35.exit:                                         ; preds = %endif1729
  %t7.end = add nsw i64 %L, %t0
  br i1 %2952, label %t7.body, label %t7.exit

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02876 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.02875 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3593, %p12.body ]
  %acc158.02874 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3592, %p12.body ]
  %acc157.02873 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3586, %p12.body ]
  %acc156.02872 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3585, %p12.body ]
  %acc155.02871 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3579, %p12.body ]
  %acc154.02870 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3578, %p12.body ]
  %acc153.02869 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3572, %p12.body ]
  %acc152.02868 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3571, %p12.body ]
  %acc151.02867 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3565, %p12.body ]
  %acc150.02866 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3564, %p12.body ]
  %acc149.02865 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3558, %p12.body ]
  %acc148.02864 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3557, %p12.body ]
  %acc147.02863 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3551, %p12.body ]
  %acc146.02862 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3550, %p12.body ]
  %acc145.02861 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3544, %p12.body ]
  %acc144.02860 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3543, %p12.body ]
  %3532 = shl nuw nsw i64 %p12.addr.02876, 5
  %3533 = getelementptr inbounds float, ptr %Bk, i64 %3532
  %3534 = load <16 x float>, ptr %3533, align 4
  %3535 = or disjoint i64 %3532, 16
  %3536 = getelementptr inbounds float, ptr %Bk, i64 %3535
  %3537 = load <16 x float>, ptr %3536, align 4
  %3538 = add nuw nsw i64 %p12.addr.02876, %3531
  %3539 = getelementptr inbounds float, ptr %Ak, i64 %3538
  %3540 = load float, ptr %3539, align 4
  %3541 = insertelement <16 x float> poison, float %3540, i64 0
  %3542 = shufflevector <16 x float> %3541, <16 x float> poison, <16 x i32> zeroinitializer
  %3543 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3542, <16 x float> %3534, <16 x float> %acc144.02860)
  %3544 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3542, <16 x float> %3537, <16 x float> %acc145.02861)
  %3545 = or disjoint i64 %3538, 128
  %3546 = getelementptr inbounds float, ptr %Ak, i64 %3545
  %3547 = load float, ptr %3546, align 4
  %3548 = insertelement <16 x float> poison, float %3547, i64 0
  %3549 = shufflevector <16 x float> %3548, <16 x float> poison, <16 x i32> zeroinitializer
  %3550 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3549, <16 x float> %3534, <16 x float> %acc146.02862)
  %3551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3549, <16 x float> %3537, <16 x float> %acc147.02863)
  %3552 = or disjoint i64 %3538, 256
  %3553 = getelementptr inbounds float, ptr %Ak, i64 %3552
  %3554 = load float, ptr %3553, align 4
  %3555 = insertelement <16 x float> poison, float %3554, i64 0
  %3556 = shufflevector <16 x float> %3555, <16 x float> poison, <16 x i32> zeroinitializer
  %3557 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3556, <16 x float> %3534, <16 x float> %acc148.02864)
  %3558 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3556, <16 x float> %3537, <16 x float> %acc149.02865)
  %3559 = or disjoint i64 %3538, 384
  %3560 = getelementptr inbounds float, ptr %Ak, i64 %3559
  %3561 = load float, ptr %3560, align 4
  %3562 = insertelement <16 x float> poison, float %3561, i64 0
  %3563 = shufflevector <16 x float> %3562, <16 x float> poison, <16 x i32> zeroinitializer
  %3564 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3563, <16 x float> %3534, <16 x float> %acc150.02866)
  %3565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3563, <16 x float> %3537, <16 x float> %acc151.02867)
  %3566 = or disjoint i64 %3538, 512
  %3567 = getelementptr inbounds float, ptr %Ak, i64 %3566
  %3568 = load float, ptr %3567, align 4
  %3569 = insertelement <16 x float> poison, float %3568, i64 0
  %3570 = shufflevector <16 x float> %3569, <16 x float> poison, <16 x i32> zeroinitializer
  %3571 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3570, <16 x float> %3534, <16 x float> %acc152.02868)
  %3572 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3570, <16 x float> %3537, <16 x float> %acc153.02869)
  %3573 = or disjoint i64 %3538, 640
  %3574 = getelementptr inbounds float, ptr %Ak, i64 %3573
  %3575 = load float, ptr %3574, align 4
  %3576 = insertelement <16 x float> poison, float %3575, i64 0
  %3577 = shufflevector <16 x float> %3576, <16 x float> poison, <16 x i32> zeroinitializer
  %3578 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3577, <16 x float> %3534, <16 x float> %acc154.02870)
  %3579 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3577, <16 x float> %3537, <16 x float> %acc155.02871)
  %3580 = or disjoint i64 %3538, 768
  %3581 = getelementptr inbounds float, ptr %Ak, i64 %3580
  %3582 = load float, ptr %3581, align 4
  %3583 = insertelement <16 x float> poison, float %3582, i64 0
  %3584 = shufflevector <16 x float> %3583, <16 x float> poison, <16 x i32> zeroinitializer
  %3585 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3584, <16 x float> %3534, <16 x float> %acc156.02872)
  %3586 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3584, <16 x float> %3537, <16 x float> %acc157.02873)
  %3587 = or disjoint i64 %3538, 896
  %3588 = getelementptr inbounds float, ptr %Ak, i64 %3587
  %3589 = load float, ptr %3588, align 4
  %3590 = insertelement <16 x float> poison, float %3589, i64 0
  %3591 = shufflevector <16 x float> %3590, <16 x float> poison, <16 x i32> zeroinitializer
  %3592 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3591, <16 x float> %3534, <16 x float> %acc158.02874)
  %3593 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3591, <16 x float> %3537, <16 x float> %acc159.02875)
  %p12.next = add nuw nsw i64 %p12.addr.02876, 1
  %exitcond3143.not = icmp eq i64 %p12.next, 128
  br i1 %exitcond3143.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %3594 = icmp slt i64 %i35.addr.02877, %L
  br i1 %3594, label %then1667, label %endif1673

then1667:                                         ; preds = %p12.exit
  %3595 = or disjoint i64 %i35.addr.02877, %t0
  %.idx2597 = shl nsw i64 %3595, 7
  %3596 = getelementptr inbounds i8, ptr %dak, i64 %.idx2597
  store <16 x float> %3543, ptr %3596, align 4
  %3597 = shl nsw i64 %3595, 5
  %3598 = or disjoint i64 %3597, 16
  %3599 = getelementptr inbounds float, ptr %dak, i64 %3598
  store <16 x float> %3544, ptr %3599, align 4
  br label %endif1673

endif1673:                                        ; preds = %p12.exit, %then1667
  %3600 = or disjoint i64 %i35.addr.02877, 1
  %3601 = icmp slt i64 %3600, %L
  br i1 %3601, label %then1675, label %endif1681

then1675:                                         ; preds = %endif1673
  %3602 = or disjoint i64 %3600, %t0
  %.idx2598 = shl nsw i64 %3602, 7
  %3603 = getelementptr inbounds i8, ptr %dak, i64 %.idx2598
  store <16 x float> %3550, ptr %3603, align 4
  %3604 = shl nsw i64 %3602, 5
  %3605 = or disjoint i64 %3604, 16
  %3606 = getelementptr inbounds float, ptr %dak, i64 %3605
  store <16 x float> %3551, ptr %3606, align 4
  br label %endif1681

endif1681:                                        ; preds = %endif1673, %then1675
  %3607 = or disjoint i64 %i35.addr.02877, 2
  %3608 = icmp slt i64 %3607, %L
  br i1 %3608, label %then1683, label %endif1689

then1683:                                         ; preds = %endif1681
  %3609 = or disjoint i64 %3607, %t0
  %.idx2599 = shl nsw i64 %3609, 7
  %3610 = getelementptr inbounds i8, ptr %dak, i64 %.idx2599
  store <16 x float> %3557, ptr %3610, align 4
  %3611 = shl nsw i64 %3609, 5
  %3612 = or disjoint i64 %3611, 16
  %3613 = getelementptr inbounds float, ptr %dak, i64 %3612
  store <16 x float> %3558, ptr %3613, align 4
  br label %endif1689

endif1689:                                        ; preds = %endif1681, %then1683
  %3614 = or disjoint i64 %i35.addr.02877, 3
  %3615 = icmp slt i64 %3614, %L
  br i1 %3615, label %then1691, label %endif1697

then1691:                                         ; preds = %endif1689
  %3616 = or disjoint i64 %3614, %t0
  %.idx2600 = shl nsw i64 %3616, 7
  %3617 = getelementptr inbounds i8, ptr %dak, i64 %.idx2600
  store <16 x float> %3564, ptr %3617, align 4
  %3618 = shl nsw i64 %3616, 5
  %3619 = or disjoint i64 %3618, 16
  %3620 = getelementptr inbounds float, ptr %dak, i64 %3619
  store <16 x float> %3565, ptr %3620, align 4
  br label %endif1697

endif1697:                                        ; preds = %endif1689, %then1691
  %3621 = or disjoint i64 %i35.addr.02877, 4
  %3622 = icmp slt i64 %3621, %L
  br i1 %3622, label %then1699, label %endif1705

then1699:                                         ; preds = %endif1697
  %3623 = or disjoint i64 %3621, %t0
  %.idx2601 = shl nsw i64 %3623, 7
  %3624 = getelementptr inbounds i8, ptr %dak, i64 %.idx2601
  store <16 x float> %3571, ptr %3624, align 4
  %3625 = shl nsw i64 %3623, 5
  %3626 = or disjoint i64 %3625, 16
  %3627 = getelementptr inbounds float, ptr %dak, i64 %3626
  store <16 x float> %3572, ptr %3627, align 4
  br label %endif1705

endif1705:                                        ; preds = %endif1697, %then1699
  %3628 = or disjoint i64 %i35.addr.02877, 5
  %3629 = icmp slt i64 %3628, %L
  br i1 %3629, label %then1707, label %endif1713

then1707:                                         ; preds = %endif1705
  %3630 = or disjoint i64 %3628, %t0
  %.idx2602 = shl nsw i64 %3630, 7
  %3631 = getelementptr inbounds i8, ptr %dak, i64 %.idx2602
  store <16 x float> %3578, ptr %3631, align 4
  %3632 = shl nsw i64 %3630, 5
  %3633 = or disjoint i64 %3632, 16
  %3634 = getelementptr inbounds float, ptr %dak, i64 %3633
  store <16 x float> %3579, ptr %3634, align 4
  br label %endif1713

endif1713:                                        ; preds = %endif1705, %then1707
  %3635 = or disjoint i64 %i35.addr.02877, 6
  %3636 = icmp slt i64 %3635, %L
  br i1 %3636, label %then1715, label %endif1721

then1715:                                         ; preds = %endif1713
  %3637 = or disjoint i64 %3635, %t0
  %.idx2603 = shl nsw i64 %3637, 7
  %3638 = getelementptr inbounds i8, ptr %dak, i64 %.idx2603
  store <16 x float> %3585, ptr %3638, align 4
  %3639 = shl nsw i64 %3637, 5
  %3640 = or disjoint i64 %3639, 16
  %3641 = getelementptr inbounds float, ptr %dak, i64 %3640
  store <16 x float> %3586, ptr %3641, align 4
  br label %endif1721

endif1721:                                        ; preds = %endif1713, %then1715
  %3642 = or disjoint i64 %i35.addr.02877, 7
  %3643 = icmp slt i64 %3642, %L
  br i1 %3643, label %then1723, label %endif1729

then1723:                                         ; preds = %endif1721
  %3644 = or disjoint i64 %3642, %t0
  %.idx2604 = shl nsw i64 %3644, 7
  %3645 = getelementptr inbounds i8, ptr %dak, i64 %.idx2604
  store <16 x float> %3592, ptr %3645, align 4
  %3646 = shl nsw i64 %3644, 5
  %3647 = or disjoint i64 %3646, 16
  %3648 = getelementptr inbounds float, ptr %dak, i64 %3647
  store <16 x float> %3593, ptr %3648, align 4
  br label %endif1729

endif1729:                                        ; preds = %endif1721, %then1723
  %i35.next = add nuw nsw i64 %i35.addr.02877, 8
  %3649 = icmp ult i64 %i35.addr.02877, 24
  br i1 %3649, label %p12.head.preheader, label %i35.exit

t7.body:                                          ; preds = %i35.exit, %t7.body
  %t7.addr.02878 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i35.exit ]
  %3650 = add nsw i64 %t7.addr.02878, 4
  %tp1 = tail call i64 @llvm.smin.i64(i64 %3650, i64 %4)
  %3651 = add nsw i64 %tp1, %61
  %3652 = mul nsw i64 %3651, %dq_ts
  %gep2880 = getelementptr float, ptr %invariant.gep2879, i64 %3652
  tail call void @llvm.prefetch.p0(ptr %gep2880, i32 0, i32 2, i32 1)
  %3653 = getelementptr i8, ptr %gep2880, i64 64
  tail call void @llvm.prefetch.p0(ptr %3653, i32 0, i32 2, i32 1)
  %3654 = mul nsw i64 %3651, %dk_ts
  %gep2882 = getelementptr float, ptr %invariant.gep2881, i64 %3654
  tail call void @llvm.prefetch.p0(ptr %gep2882, i32 0, i32 2, i32 1)
  %3655 = getelementptr i8, ptr %gep2882, i64 64
  tail call void @llvm.prefetch.p0(ptr %3655, i32 0, i32 2, i32 1)
  %3656 = mul nsw i64 %3651, %dv_ts
  %gep2884 = getelementptr float, ptr %invariant.gep2883, i64 %3656
  tail call void @llvm.prefetch.p0(ptr %gep2884, i32 0, i32 2, i32 1)
  %3657 = getelementptr i8, ptr %gep2884, i64 64
  tail call void @llvm.prefetch.p0(ptr %3657, i32 0, i32 2, i32 1)
  %3658 = shl nsw i64 %t7.addr.02878, 5
  %3659 = getelementptr inbounds float, ptr %invariant.gep2902, i64 %3658
  %3660 = load <16 x float>, ptr %3659, align 4
  %3661 = or disjoint i64 %3658, 16
  %3662 = getelementptr inbounds float, ptr %invariant.gep2902, i64 %3661
  %3663 = load <16 x float>, ptr %3662, align 4
  %3664 = getelementptr inbounds float, ptr %gep2899, i64 %3658
  %3665 = load <16 x float>, ptr %3664, align 4
  %3666 = getelementptr inbounds float, ptr %gep2899, i64 %3661
  %3667 = load <16 x float>, ptr %3666, align 4
  %3668 = getelementptr inbounds float, ptr %gep2903, i64 %t7.addr.02878
  %3669 = load float, ptr %3668, align 4
  %3670 = fmul <16 x float> %3660, %3665
  %3671 = fmul <16 x float> %3663, %3667
  %3672 = fadd <16 x float> %3670, %3671
  %3673 = shufflevector <16 x float> %3672, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3674 = shufflevector <16 x float> %3672, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3675 = fadd <8 x float> %3673, %3674
  %3676 = shufflevector <8 x float> %3675, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3677 = shufflevector <8 x float> %3675, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3678 = fadd <4 x float> %3676, %3677
  %3679 = shufflevector <4 x float> %3678, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3680 = shufflevector <4 x float> %3678, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3681 = fadd <2 x float> %3679, %3680
  %shift3510 = shufflevector <2 x float> %3681, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3682 = fadd <2 x float> %3681, %shift3510
  %3683 = fdiv float 1.000000e+00, %3669
  %3684 = shufflevector <2 x float> %3682, <2 x float> poison, <16 x i32> zeroinitializer
  %3685 = fmul <16 x float> %3660, %3684
  %3686 = fsub <16 x float> %3665, %3685
  %3687 = insertelement <16 x float> poison, float %3669, i64 0
  %3688 = shufflevector <16 x float> %3687, <16 x float> poison, <16 x i32> zeroinitializer
  %3689 = fmul <16 x float> %3688, %3686
  %3690 = getelementptr inbounds float, ptr %gep2901, i64 %3658
  %3691 = load <16 x float>, ptr %3690, align 4
  %3692 = insertelement <16 x float> poison, float %3683, i64 0
  %3693 = shufflevector <16 x float> %3692, <16 x float> poison, <16 x i32> zeroinitializer
  %3694 = fmul <16 x float> %3660, %3693
  %3695 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3691
  %3696 = fmul <16 x float> %3695, %3694
  %3697 = fadd <16 x float> %3691, %3696
  %3698 = fmul <16 x float> %3697, %3689
  %3699 = add nsw i64 %t7.addr.02878, %61
  %3700 = mul nsw i64 %3699, %dq_ts
  %gep2886 = getelementptr float, ptr %invariant.gep2879, i64 %3700
  store <16 x float> %3698, ptr %gep2886, align 4
  %3701 = fmul <16 x float> %3663, %3684
  %3702 = fsub <16 x float> %3667, %3701
  %3703 = fmul <16 x float> %3688, %3702
  %3704 = getelementptr inbounds float, ptr %gep2901, i64 %3661
  %3705 = load <16 x float>, ptr %3704, align 4
  %3706 = fmul <16 x float> %3663, %3693
  %3707 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3705
  %3708 = fmul <16 x float> %3706, %3707
  %3709 = fadd <16 x float> %3705, %3708
  %3710 = fmul <16 x float> %3709, %3703
  %3711 = getelementptr i8, ptr %gep2886, i64 64
  store <16 x float> %3710, ptr %3711, align 4
  %3712 = getelementptr inbounds float, ptr %gep2895, i64 %3658
  %3713 = load <16 x float>, ptr %3712, align 4
  %3714 = getelementptr inbounds float, ptr %gep2895, i64 %3661
  %3715 = load <16 x float>, ptr %3714, align 4
  %3716 = getelementptr inbounds float, ptr %dak, i64 %3658
  %3717 = load <16 x float>, ptr %3716, align 4
  %3718 = getelementptr inbounds float, ptr %dak, i64 %3661
  %3719 = load <16 x float>, ptr %3718, align 4
  %3720 = getelementptr float, ptr %3668, i64 %T
  %3721 = load float, ptr %3720, align 4
  %3722 = fmul <16 x float> %3713, %3717
  %3723 = fmul <16 x float> %3715, %3719
  %3724 = fadd <16 x float> %3722, %3723
  %3725 = shufflevector <16 x float> %3724, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3726 = shufflevector <16 x float> %3724, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3727 = fadd <8 x float> %3725, %3726
  %3728 = shufflevector <8 x float> %3727, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3729 = shufflevector <8 x float> %3727, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3730 = fadd <4 x float> %3728, %3729
  %3731 = shufflevector <4 x float> %3730, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3732 = shufflevector <4 x float> %3730, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3733 = fadd <2 x float> %3731, %3732
  %shift3511 = shufflevector <2 x float> %3733, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3734 = fadd <2 x float> %3733, %shift3511
  %3735 = fdiv float 1.000000e+00, %3721
  %3736 = shufflevector <2 x float> %3734, <2 x float> poison, <16 x i32> zeroinitializer
  %3737 = fmul <16 x float> %3713, %3736
  %3738 = fsub <16 x float> %3717, %3737
  %3739 = insertelement <16 x float> poison, float %3721, i64 0
  %3740 = shufflevector <16 x float> %3739, <16 x float> poison, <16 x i32> zeroinitializer
  %3741 = fmul <16 x float> %3740, %3738
  %3742 = getelementptr inbounds float, ptr %sgk, i64 %3658
  %3743 = load <16 x float>, ptr %3742, align 4
  %3744 = insertelement <16 x float> poison, float %3735, i64 0
  %3745 = shufflevector <16 x float> %3744, <16 x float> poison, <16 x i32> zeroinitializer
  %3746 = fmul <16 x float> %3713, %3745
  %3747 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3743
  %3748 = fmul <16 x float> %3747, %3746
  %3749 = fadd <16 x float> %3743, %3748
  %3750 = fmul <16 x float> %3749, %3741
  %3751 = mul nsw i64 %3699, %dk_ts
  %gep2888 = getelementptr float, ptr %invariant.gep2881, i64 %3751
  store <16 x float> %3750, ptr %gep2888, align 4
  %3752 = fmul <16 x float> %3715, %3736
  %3753 = fsub <16 x float> %3719, %3752
  %3754 = fmul <16 x float> %3740, %3753
  %3755 = getelementptr inbounds float, ptr %sgk, i64 %3661
  %3756 = load <16 x float>, ptr %3755, align 4
  %3757 = fmul <16 x float> %3715, %3745
  %3758 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3756
  %3759 = fmul <16 x float> %3757, %3758
  %3760 = fadd <16 x float> %3756, %3759
  %3761 = fmul <16 x float> %3760, %3754
  %3762 = getelementptr i8, ptr %gep2888, i64 64
  store <16 x float> %3761, ptr %3762, align 4
  %3763 = getelementptr inbounds float, ptr %gep2897, i64 %3658
  %3764 = load <16 x float>, ptr %3763, align 4
  %3765 = getelementptr inbounds float, ptr %gep2897, i64 %3661
  %3766 = load <16 x float>, ptr %3765, align 4
  %3767 = getelementptr inbounds float, ptr %dav, i64 %3658
  %3768 = load <16 x float>, ptr %3767, align 4
  %3769 = getelementptr inbounds float, ptr %dav, i64 %3661
  %3770 = load <16 x float>, ptr %3769, align 4
  %3771 = getelementptr inbounds float, ptr %sgv, i64 %3658
  %3772 = load <16 x float>, ptr %3771, align 4
  %3773 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3772
  %3774 = fmul <16 x float> %3764, %3773
  %3775 = fadd <16 x float> %3772, %3774
  %3776 = fmul <16 x float> %3768, %3775
  %3777 = mul nsw i64 %3699, %dv_ts
  %gep2890 = getelementptr float, ptr %invariant.gep2883, i64 %3777
  store <16 x float> %3776, ptr %gep2890, align 4
  %3778 = getelementptr inbounds float, ptr %sgv, i64 %3661
  %3779 = load <16 x float>, ptr %3778, align 4
  %3780 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3779
  %3781 = fmul <16 x float> %3766, %3780
  %3782 = fadd <16 x float> %3779, %3781
  %3783 = fmul <16 x float> %3770, %3782
  %3784 = getelementptr i8, ptr %gep2890, i64 64
  store <16 x float> %3783, ptr %3784, align 4
  %t7.next = add nsw i64 %t7.addr.02878, 1
  %3785 = icmp slt i64 %t7.next, %t7.end
  br i1 %3785, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i35.exit
  %cc.next = add nuw nsw i64 %cc.addr.02891, 1
  %indvars.iv.next3137 = add i64 %indvars.iv3136, 32
  %exitcond3145.not = icmp eq i64 %cc.next, %smax3144
  br i1 %exitcond3145.not, label %j32.head.preheader, label %cc.body

j32.head.preheader:                               ; preds = %j.head.preheader, %t7.exit
  %3786 = getelementptr i8, ptr %dh0, i64 %58
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3786, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147, i64 128, i1 false)
  %scevgep3146.1 = getelementptr i8, ptr %3786, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.1, i64 128, i1 false)
  %scevgep3146.2 = getelementptr i8, ptr %3786, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.2, i64 128, i1 false)
  %scevgep3146.3 = getelementptr i8, ptr %3786, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.3, i64 128, i1 false)
  %scevgep3146.4 = getelementptr i8, ptr %3786, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.4, i64 128, i1 false)
  %scevgep3146.5 = getelementptr i8, ptr %3786, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.5, i64 128, i1 false)
  %scevgep3146.6 = getelementptr i8, ptr %3786, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.6, i64 128, i1 false)
  %scevgep3146.7 = getelementptr i8, ptr %3786, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.7, i64 128, i1 false)
  %scevgep3146.8 = getelementptr i8, ptr %3786, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.8, i64 128, i1 false)
  %scevgep3146.9 = getelementptr i8, ptr %3786, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.9, i64 128, i1 false)
  %scevgep3146.10 = getelementptr i8, ptr %3786, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.10, i64 128, i1 false)
  %scevgep3146.11 = getelementptr i8, ptr %3786, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.11, i64 128, i1 false)
  %scevgep3146.12 = getelementptr i8, ptr %3786, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.12, i64 128, i1 false)
  %scevgep3146.13 = getelementptr i8, ptr %3786, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.13, i64 128, i1 false)
  %scevgep3146.14 = getelementptr i8, ptr %3786, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.14, i64 128, i1 false)
  %scevgep3146.15 = getelementptr i8, ptr %3786, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.15, i64 128, i1 false)
  %scevgep3146.16 = getelementptr i8, ptr %3786, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.16, i64 128, i1 false)
  %scevgep3146.17 = getelementptr i8, ptr %3786, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.17, i64 128, i1 false)
  %scevgep3146.18 = getelementptr i8, ptr %3786, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.18, i64 128, i1 false)
  %scevgep3146.19 = getelementptr i8, ptr %3786, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.19, i64 128, i1 false)
  %scevgep3146.20 = getelementptr i8, ptr %3786, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.20, i64 128, i1 false)
  %scevgep3146.21 = getelementptr i8, ptr %3786, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.21, i64 128, i1 false)
  %scevgep3146.22 = getelementptr i8, ptr %3786, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.22, i64 128, i1 false)
  %scevgep3146.23 = getelementptr i8, ptr %3786, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.23, i64 128, i1 false)
  %scevgep3146.24 = getelementptr i8, ptr %3786, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.24, i64 128, i1 false)
  %scevgep3146.25 = getelementptr i8, ptr %3786, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.25, i64 128, i1 false)
  %scevgep3146.26 = getelementptr i8, ptr %3786, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.26, i64 128, i1 false)
  %scevgep3146.27 = getelementptr i8, ptr %3786, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.27, i64 128, i1 false)
  %scevgep3146.28 = getelementptr i8, ptr %3786, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.28, i64 128, i1 false)
  %scevgep3146.29 = getelementptr i8, ptr %3786, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.29, i64 128, i1 false)
  %scevgep3146.30 = getelementptr i8, ptr %3786, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.30, i64 128, i1 false)
  %scevgep3146.31 = getelementptr i8, ptr %3786, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3146.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3147.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02904, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3149.not = icmp eq i64 %indvar.next, %18
  br i1 %exitcond3149.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.rint.v16f32(<16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !4}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = distinct !{!5, !4}
; ---- dp_step_h1_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h1_k32_v32_c1_nogate'
source_filename = "dp_step_h1_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h1_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %bh0.fr = freeze i64 %bh0
  %0 = icmp slt i64 %bh0.fr, %bh1
  br i1 %0, label %bh.body, label %bh.exit

bh.body:                                          ; preds = %entry, %i1.exit
  %bh.addr.061 = phi i64 [ %bh.next, %i1.exit ], [ %bh0.fr, %entry ]
  %1 = shl nsw i64 %bh.addr.061, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %1
  %betah = getelementptr inbounds float, ptr %beta, i64 %bh.addr.061
  %S.idx = shl nsw i64 %bh.addr.061, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i1.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.055 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %34, %i.body ]
  %acc1.054 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %38, %i.body ]
  %acc2.053 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %47, %i.body ]
  %acc3.052 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %51, %i.body ]
  %i.addr.051 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %2 = getelementptr inbounds float, ptr %kh, i64 %i.addr.051
  %3 = load float, ptr %2, align 4
  %4 = shl nuw nsw i64 %i.addr.051, 5
  %5 = getelementptr inbounds float, ptr %S, i64 %4
  %6 = load <16 x float>, ptr %5, align 4
  %7 = insertelement <16 x float> poison, float %3, i64 0
  %8 = shufflevector <16 x float> %7, <16 x float> poison, <16 x i32> zeroinitializer
  %9 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %8, <16 x float> %6, <16 x float> %acc.055)
  %10 = or disjoint i64 %4, 16
  %11 = getelementptr inbounds float, ptr %S, i64 %10
  %12 = load <16 x float>, ptr %11, align 4
  %13 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %8, <16 x float> %12, <16 x float> %acc1.054)
  %14 = or disjoint i64 %i.addr.051, 1
  %15 = getelementptr inbounds float, ptr %kh, i64 %14
  %16 = load float, ptr %15, align 4
  %17 = shl nuw nsw i64 %14, 5
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <16 x float>, ptr %18, align 4
  %20 = insertelement <16 x float> poison, float %16, i64 0
  %21 = shufflevector <16 x float> %20, <16 x float> poison, <16 x i32> zeroinitializer
  %22 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %19, <16 x float> %acc2.053)
  %23 = or disjoint i64 %17, 16
  %24 = getelementptr inbounds float, ptr %S, i64 %23
  %25 = load <16 x float>, ptr %24, align 4
  %26 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %25, <16 x float> %acc3.052)
  %i.next = or disjoint i64 %i.addr.051, 2
  %27 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %28 = load float, ptr %27, align 4
  %29 = shl nuw nsw i64 %i.next, 5
  %30 = getelementptr inbounds float, ptr %S, i64 %29
  %31 = load <16 x float>, ptr %30, align 4
  %32 = insertelement <16 x float> poison, float %28, i64 0
  %33 = shufflevector <16 x float> %32, <16 x float> poison, <16 x i32> zeroinitializer
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %31, <16 x float> %9)
  %35 = or disjoint i64 %29, 16
  %36 = getelementptr inbounds float, ptr %S, i64 %35
  %37 = load <16 x float>, ptr %36, align 4
  %38 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %37, <16 x float> %13)
  %39 = or disjoint i64 %i.addr.051, 3
  %40 = getelementptr inbounds float, ptr %kh, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = shl nuw nsw i64 %39, 5
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = insertelement <16 x float> poison, float %41, i64 0
  %46 = shufflevector <16 x float> %45, <16 x float> poison, <16 x i32> zeroinitializer
  %47 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %46, <16 x float> %44, <16 x float> %22)
  %48 = or disjoint i64 %42, 16
  %49 = getelementptr inbounds float, ptr %S, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %46, <16 x float> %50, <16 x float> %26)
  %i.next.1 = add nuw nsw i64 %i.addr.051, 4
  %52 = icmp ult i64 %i.next, 30
  br i1 %52, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %qh = getelementptr inbounds float, ptr %q, i64 %1
  %vh = getelementptr inbounds float, ptr %v, i64 %1
  %53 = load float, ptr %betah, align 4
  %54 = load <16 x float>, ptr %vh, align 4
  %55 = fadd <16 x float> %47, %34
  %56 = fsub <16 x float> %54, %55
  %57 = insertelement <16 x float> poison, float %53, i64 0
  %58 = shufflevector <16 x float> %57, <16 x float> poison, <16 x i32> zeroinitializer
  %59 = fmul <16 x float> %58, %56
  %60 = getelementptr inbounds i8, ptr %vh, i64 64
  %61 = load <16 x float>, ptr %60, align 4
  %62 = fadd <16 x float> %51, %38
  %63 = fsub <16 x float> %61, %62
  %64 = fmul <16 x float> %58, %63
  br label %i1.body

i1.body:                                          ; preds = %i1.body, %i.exit
  %i1.addr.060 = phi i64 [ 0, %i.exit ], [ %i1.next.1, %i1.body ]
  %acc5.057 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %100, %i1.body ]
  %acc416.056 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %95, %i1.body ]
  %65 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.060
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %qh, i64 %i1.addr.060
  %68 = load float, ptr %67, align 4
  %69 = insertelement <16 x float> poison, float %66, i64 0
  %70 = shufflevector <16 x float> %69, <16 x float> poison, <16 x i32> zeroinitializer
  %71 = shl nuw nsw i64 %i1.addr.060, 5
  %72 = getelementptr inbounds float, ptr %S, i64 %71
  %73 = load <16 x float>, ptr %72, align 4
  %74 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %59, <16 x float> %73)
  store <16 x float> %74, ptr %72, align 4
  %75 = insertelement <16 x float> poison, float %68, i64 0
  %76 = shufflevector <16 x float> %75, <16 x float> poison, <16 x i32> zeroinitializer
  %77 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %74, <16 x float> %acc416.056)
  %78 = or disjoint i64 %71, 16
  %79 = getelementptr inbounds float, ptr %S, i64 %78
  %80 = load <16 x float>, ptr %79, align 4
  %81 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %64, <16 x float> %80)
  store <16 x float> %81, ptr %79, align 4
  %82 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %81, <16 x float> %acc5.057)
  %i1.next = or disjoint i64 %i1.addr.060, 1
  %83 = getelementptr inbounds float, ptr %kh, i64 %i1.next
  %84 = load float, ptr %83, align 4
  %85 = getelementptr inbounds float, ptr %qh, i64 %i1.next
  %86 = load float, ptr %85, align 4
  %87 = insertelement <16 x float> poison, float %84, i64 0
  %88 = shufflevector <16 x float> %87, <16 x float> poison, <16 x i32> zeroinitializer
  %89 = shl nuw nsw i64 %i1.next, 5
  %90 = getelementptr inbounds float, ptr %S, i64 %89
  %91 = load <16 x float>, ptr %90, align 4
  %92 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %88, <16 x float> %59, <16 x float> %91)
  store <16 x float> %92, ptr %90, align 4
  %93 = insertelement <16 x float> poison, float %86, i64 0
  %94 = shufflevector <16 x float> %93, <16 x float> poison, <16 x i32> zeroinitializer
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %92, <16 x float> %77)
  %96 = or disjoint i64 %89, 16
  %97 = getelementptr inbounds float, ptr %S, i64 %96
  %98 = load <16 x float>, ptr %97, align 4
  %99 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %88, <16 x float> %64, <16 x float> %98)
  store <16 x float> %99, ptr %97, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %99, <16 x float> %82)
  %i1.next.1 = add nuw nsw i64 %i1.addr.060, 2
  %exitcond.not.1 = icmp eq i64 %i1.next.1, 32
  br i1 %exitcond.not.1, label %i1.exit, label %i1.body

i1.exit:                                          ; preds = %i1.body
  %oh = getelementptr inbounds float, ptr %o, i64 %1
  %101 = fmul <16 x float> %95, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %101, ptr %oh, align 4
  %102 = fmul <16 x float> %100, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %103 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %102, ptr %103, align 4
  %bh.next = add nsw i64 %bh.addr.061, 1
  %exitcond67.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond67.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
; ---- dp_fwd_h1_k32_v32_r64_nogate_silu_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k32_v32_r64_nogate_silu_l2norm'
source_filename = "dp_fwd_h1_k32_v32_r64_nogate_silu_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_fwd_h1_k32_v32_r64_nogate_silu_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep136 = getelementptr i8, ptr %work, i64 4356
  %sv = shl nsw i64 %H, 5
  %.idx = shl i64 %T, 7
  %gep135 = getelementptr i8, ptr %invariant.gep136, i64 %.idx
  %.idx102 = shl i64 %T, 8
  %gep137 = getelementptr i8, ptr %invariant.gep136, i64 %.idx102
  %1 = icmp sgt i64 %T, 0
  %2 = add nsw i64 %T, -1
  %3 = add nsw i64 %T, 63
  %nc = sdiv i64 %3, 64
  %4 = mul i64 %nc, %bh0
  %5 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %6 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i4.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i4.head.preheader ]
  %bh.addr.0138 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i4.head.preheader ]
  %7 = add i64 %indvar, %bh0
  %8 = shl i64 %7, 12
  %scevgep157 = getelementptr i8, ptr %hT, i64 %8
  %9 = mul i64 %5, %indvar
  %scevgep151 = getelementptr i8, ptr %h0, i64 %8
  %b = sdiv i64 %bh.addr.0138, %H
  %h = srem i64 %bh.addr.0138, %H
  %10 = mul nsw i64 %b, %T
  %11 = mul nsw i64 %10, %H
  %bT = add nsw i64 %11, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %oh.idx = shl nsw i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %o, i64 %oh.idx
  br i1 %1, label %t.body.lr.ph, label %i.head.preheader.thread

i.head.preheader.thread:                          ; preds = %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep151, i64 4096, i1 false)
  br label %i4.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %12 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %12
  %invariant.gep104 = getelementptr float, ptr %k, i64 %12
  %invariant.gep106 = getelementptr float, ptr %v, i64 %12
  br label %t.body

bh.exit:                                          ; preds = %i4.head.preheader, %entry
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep151, i64 4096, i1 false)
  br i1 %1, label %i1.head.preheader.lr.ph, label %i4.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0103 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %13 = add nuw nsw i64 %t.addr.0103, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %13, i64 %2)
  %14 = add nsw i64 %tp, %10
  %15 = mul nsw i64 %14, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %15
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %16 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %16, i32 0, i32 2, i32 1)
  %17 = mul nsw i64 %14, %k_ts
  %gep105 = getelementptr float, ptr %invariant.gep104, i64 %17
  tail call void @llvm.prefetch.p0(ptr %gep105, i32 0, i32 2, i32 1)
  %18 = getelementptr i8, ptr %gep105, i64 64
  tail call void @llvm.prefetch.p0(ptr %18, i32 0, i32 2, i32 1)
  %19 = mul nsw i64 %14, %v_ts
  %gep107 = getelementptr float, ptr %invariant.gep106, i64 %19
  tail call void @llvm.prefetch.p0(ptr %gep107, i32 0, i32 2, i32 1)
  %20 = getelementptr i8, ptr %gep107, i64 64
  tail call void @llvm.prefetch.p0(ptr %20, i32 0, i32 2, i32 1)
  %21 = add nsw i64 %t.addr.0103, %10
  %22 = mul nsw i64 %21, %q_ts
  %gep109 = getelementptr float, ptr %invariant.gep, i64 %22
  %23 = load <16 x float>, ptr %gep109, align 4
  %24 = fneg <16 x float> %23
  %25 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %24, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %26 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %25, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %27 = fmul <16 x float> %26, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %28 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %27)
  %29 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %28, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %26)
  %30 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %28, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %29)
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %32 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %31, <16 x float> %30, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %32, <16 x float> %30, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %30, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %35 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %34, <16 x float> %30, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %36 = fmul <16 x float> %30, %30
  %37 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %35, <16 x float> %36, <16 x float> %30)
  %38 = fadd <16 x float> %37, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %39 = fptosi <16 x float> %28 to <16 x i32>
  %40 = shl <16 x i32> %39, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %41 = add <16 x i32> %40, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %42 = bitcast <16 x i32> %41 to <16 x float>
  %43 = fmul <16 x float> %38, %42
  %44 = fadd <16 x float> %43, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %45 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %44
  %46 = fmul <16 x float> %23, %45
  %47 = getelementptr i8, ptr %gep109, i64 64
  %48 = load <16 x float>, ptr %47, align 4
  %49 = fneg <16 x float> %48
  %50 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %49, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %51 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %50, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %52 = fmul <16 x float> %51, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %53 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %52)
  %54 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %53, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %51)
  %55 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %53, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %54)
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %57 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %56, <16 x float> %55, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %58 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %57, <16 x float> %55, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %59 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %58, <16 x float> %55, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %59, <16 x float> %55, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %61 = fmul <16 x float> %55, %55
  %62 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %60, <16 x float> %61, <16 x float> %55)
  %63 = fadd <16 x float> %62, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %64 = fptosi <16 x float> %53 to <16 x i32>
  %65 = shl <16 x i32> %64, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %66 = add <16 x i32> %65, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %67 = bitcast <16 x i32> %66 to <16 x float>
  %68 = fmul <16 x float> %63, %67
  %69 = fadd <16 x float> %68, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %70 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %69
  %71 = fmul <16 x float> %48, %70
  %72 = fmul <16 x float> %46, %46
  %73 = fmul <16 x float> %71, %71
  %74 = fadd <16 x float> %72, %73
  %75 = shufflevector <16 x float> %74, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %76 = shufflevector <16 x float> %74, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %77 = fadd <8 x float> %75, %76
  %78 = shufflevector <8 x float> %77, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %79 = shufflevector <8 x float> %77, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %80 = fadd <4 x float> %78, %79
  %81 = shufflevector <4 x float> %80, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %82 = shufflevector <4 x float> %80, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %83 = fadd <2 x float> %81, %82
  %shift = shufflevector <2 x float> %83, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %84 = fadd <2 x float> %83, %shift
  %85 = extractelement <2 x float> %84, i64 0
  %86 = fadd float %85, 0x3EB0C6F7A0000000
  %87 = tail call float @llvm.sqrt.f32(float %86)
  %88 = fdiv float 1.000000e+00, %87
  %89 = insertelement <16 x float> poison, float %88, i64 0
  %90 = shufflevector <16 x float> %89, <16 x float> poison, <16 x i32> zeroinitializer
  %91 = fmul <16 x float> %46, %90
  %92 = shl nsw i64 %t.addr.0103, 5
  %93 = getelementptr inbounds float, ptr %invariant.gep136, i64 %92
  store <16 x float> %91, ptr %93, align 4
  %94 = fmul <16 x float> %71, %90
  %95 = or disjoint i64 %92, 16
  %96 = getelementptr inbounds float, ptr %invariant.gep136, i64 %95
  store <16 x float> %94, ptr %96, align 4
  %97 = mul nsw i64 %21, %k_ts
  %gep111 = getelementptr float, ptr %invariant.gep104, i64 %97
  %98 = load <16 x float>, ptr %gep111, align 4
  %99 = fneg <16 x float> %98
  %100 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %99, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %101 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %100, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %102 = fmul <16 x float> %101, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %103 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %102)
  %104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %103, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %101)
  %105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %103, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %104)
  %106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %105, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %105, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %105, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %108, <16 x float> %105, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %105, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %111 = fmul <16 x float> %105, %105
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %110, <16 x float> %111, <16 x float> %105)
  %113 = fadd <16 x float> %112, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %114 = fptosi <16 x float> %103 to <16 x i32>
  %115 = shl <16 x i32> %114, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %116 = add <16 x i32> %115, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %117 = bitcast <16 x i32> %116 to <16 x float>
  %118 = fmul <16 x float> %113, %117
  %119 = fadd <16 x float> %118, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %120 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %119
  %121 = fmul <16 x float> %98, %120
  %122 = getelementptr i8, ptr %gep111, i64 64
  %123 = load <16 x float>, ptr %122, align 4
  %124 = fneg <16 x float> %123
  %125 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %124, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %126 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %125, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %127 = fmul <16 x float> %126, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %128 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %127)
  %129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %128, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %126)
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %128, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %129)
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %131, <16 x float> %130, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %132, <16 x float> %130, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %130, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %134, <16 x float> %130, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %136 = fmul <16 x float> %130, %130
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %136, <16 x float> %130)
  %138 = fadd <16 x float> %137, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %139 = fptosi <16 x float> %128 to <16 x i32>
  %140 = shl <16 x i32> %139, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %141 = add <16 x i32> %140, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %142 = bitcast <16 x i32> %141 to <16 x float>
  %143 = fmul <16 x float> %138, %142
  %144 = fadd <16 x float> %143, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %145 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %144
  %146 = fmul <16 x float> %123, %145
  %147 = fmul <16 x float> %121, %121
  %148 = fmul <16 x float> %146, %146
  %149 = fadd <16 x float> %147, %148
  %150 = shufflevector <16 x float> %149, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %151 = shufflevector <16 x float> %149, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %152 = fadd <8 x float> %150, %151
  %153 = shufflevector <8 x float> %152, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %154 = shufflevector <8 x float> %152, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %155 = fadd <4 x float> %153, %154
  %156 = shufflevector <4 x float> %155, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %157 = shufflevector <4 x float> %155, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %158 = fadd <2 x float> %156, %157
  %shift177 = shufflevector <2 x float> %158, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %159 = fadd <2 x float> %158, %shift177
  %160 = extractelement <2 x float> %159, i64 0
  %161 = fadd float %160, 0x3EB0C6F7A0000000
  %162 = tail call float @llvm.sqrt.f32(float %161)
  %163 = fdiv float 1.000000e+00, %162
  %164 = insertelement <16 x float> poison, float %163, i64 0
  %165 = shufflevector <16 x float> %164, <16 x float> poison, <16 x i32> zeroinitializer
  %166 = fmul <16 x float> %121, %165
  %167 = getelementptr inbounds float, ptr %gep135, i64 %92
  store <16 x float> %166, ptr %167, align 4
  %168 = fmul <16 x float> %146, %165
  %169 = getelementptr inbounds float, ptr %gep135, i64 %95
  store <16 x float> %168, ptr %169, align 4
  %170 = mul nsw i64 %21, %v_ts
  %gep113 = getelementptr float, ptr %invariant.gep106, i64 %170
  %171 = load <16 x float>, ptr %gep113, align 4
  %172 = fneg <16 x float> %171
  %173 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %172, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %174 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %173, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %175 = fmul <16 x float> %174, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %176 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %175)
  %177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %176, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %174)
  %178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %176, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %177)
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %178, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %179, <16 x float> %178, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %180, <16 x float> %178, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %181, <16 x float> %178, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %182, <16 x float> %178, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %184 = fmul <16 x float> %178, %178
  %185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %184, <16 x float> %178)
  %186 = fadd <16 x float> %185, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %187 = fptosi <16 x float> %176 to <16 x i32>
  %188 = shl <16 x i32> %187, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %189 = add <16 x i32> %188, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %190 = bitcast <16 x i32> %189 to <16 x float>
  %191 = fmul <16 x float> %186, %190
  %192 = fadd <16 x float> %191, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %193 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %192
  %194 = fmul <16 x float> %171, %193
  %195 = getelementptr i8, ptr %gep113, i64 64
  %196 = load <16 x float>, ptr %195, align 4
  %197 = fneg <16 x float> %196
  %198 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %197, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %199 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %198, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %200 = fmul <16 x float> %199, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %201 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %200)
  %202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %201, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %199)
  %203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %201, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %202)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %203, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %204, <16 x float> %203, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %205, <16 x float> %203, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %206, <16 x float> %203, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %203, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %209 = fmul <16 x float> %203, %203
  %210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %209, <16 x float> %203)
  %211 = fadd <16 x float> %210, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %212 = fptosi <16 x float> %201 to <16 x i32>
  %213 = shl <16 x i32> %212, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %214 = add <16 x i32> %213, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %215 = bitcast <16 x i32> %214 to <16 x float>
  %216 = fmul <16 x float> %211, %215
  %217 = fadd <16 x float> %216, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %218 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %217
  %219 = fmul <16 x float> %196, %218
  %220 = getelementptr inbounds float, ptr %gep137, i64 %92
  store <16 x float> %194, ptr %220, align 4
  %221 = getelementptr inbounds float, ptr %gep137, i64 %95
  store <16 x float> %219, ptr %221, align 4
  %t.next = add nuw nsw i64 %t.addr.0103, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

i1.head.preheader.lr.ph:                          ; preds = %i.head.preheader
  %invariant.gep168 = getelementptr i8, ptr %hs, i64 %9
  br label %i1.head.preheader

i4.head.preheader:                                ; preds = %t1.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep157, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0138, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond158.not = icmp eq i64 %indvar.next, %6
  br i1 %exitcond158.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t1.exit
  %ci.addr.0131 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t1.exit ]
  %222 = add i64 %4, %ci.addr.0131
  %223 = shl i64 %222, 12
  %gep169 = getelementptr i8, ptr %invariant.gep168, i64 %223
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep169, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0131, 6
  %224 = add nuw nsw i64 %t0, 64
  %225 = shl nsw i64 %ci.addr.0131, 11
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %i2.addr.0122 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %acc3.0121 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %279, %i2.body ]
  %acc2.0120 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %275, %i2.body ]
  %acc1.0119 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %265, %i2.body ]
  %acc.0118 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %261, %i2.body ]
  %226 = or disjoint i64 %i2.addr.0122, %225
  %227 = getelementptr inbounds float, ptr %gep135, i64 %226
  %228 = load float, ptr %227, align 4
  %229 = shl nuw nsw i64 %i2.addr.0122, 5
  %230 = getelementptr inbounds float, ptr %work, i64 %229
  %231 = load <16 x float>, ptr %230, align 4
  %232 = insertelement <16 x float> poison, float %228, i64 0
  %233 = shufflevector <16 x float> %232, <16 x float> poison, <16 x i32> zeroinitializer
  %234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> %231, <16 x float> %acc.0118)
  %235 = or disjoint i64 %229, 16
  %236 = getelementptr inbounds float, ptr %work, i64 %235
  %237 = load <16 x float>, ptr %236, align 4
  %238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> %237, <16 x float> %acc1.0119)
  %239 = or disjoint i64 %i2.addr.0122, 1
  %240 = or disjoint i64 %239, %225
  %241 = getelementptr inbounds float, ptr %gep135, i64 %240
  %242 = load float, ptr %241, align 4
  %243 = shl nuw nsw i64 %239, 5
  %244 = getelementptr inbounds float, ptr %work, i64 %243
  %245 = load <16 x float>, ptr %244, align 4
  %246 = insertelement <16 x float> poison, float %242, i64 0
  %247 = shufflevector <16 x float> %246, <16 x float> poison, <16 x i32> zeroinitializer
  %248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %247, <16 x float> %245, <16 x float> %acc2.0120)
  %249 = or disjoint i64 %243, 16
  %250 = getelementptr inbounds float, ptr %work, i64 %249
  %251 = load <16 x float>, ptr %250, align 4
  %252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %247, <16 x float> %251, <16 x float> %acc3.0121)
  %i2.next = or disjoint i64 %i2.addr.0122, 2
  %253 = or disjoint i64 %i2.next, %225
  %254 = getelementptr inbounds float, ptr %gep135, i64 %253
  %255 = load float, ptr %254, align 4
  %256 = shl nuw nsw i64 %i2.next, 5
  %257 = getelementptr inbounds float, ptr %work, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = insertelement <16 x float> poison, float %255, i64 0
  %260 = shufflevector <16 x float> %259, <16 x float> poison, <16 x i32> zeroinitializer
  %261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %260, <16 x float> %258, <16 x float> %234)
  %262 = or disjoint i64 %256, 16
  %263 = getelementptr inbounds float, ptr %work, i64 %262
  %264 = load <16 x float>, ptr %263, align 4
  %265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %260, <16 x float> %264, <16 x float> %238)
  %266 = or disjoint i64 %i2.addr.0122, 3
  %267 = or disjoint i64 %266, %225
  %268 = getelementptr inbounds float, ptr %gep135, i64 %267
  %269 = load float, ptr %268, align 4
  %270 = shl nuw nsw i64 %266, 5
  %271 = getelementptr inbounds float, ptr %work, i64 %270
  %272 = load <16 x float>, ptr %271, align 4
  %273 = insertelement <16 x float> poison, float %269, i64 0
  %274 = shufflevector <16 x float> %273, <16 x float> poison, <16 x i32> zeroinitializer
  %275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %274, <16 x float> %272, <16 x float> %248)
  %276 = or disjoint i64 %270, 16
  %277 = getelementptr inbounds float, ptr %work, i64 %276
  %278 = load <16 x float>, ptr %277, align 4
  %279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %274, <16 x float> %278, <16 x float> %252)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0122, 4
  %280 = icmp ult i64 %i2.next, 30
  br i1 %280, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %t1 = tail call i64 @llvm.smin.i64(i64 %224, i64 %T)
  %281 = icmp slt i64 %t0, %T
  br i1 %281, label %t1.body.preheader, label %t1.exit

t1.body.preheader:                                ; preds = %i2.exit
  %282 = mul nsw i64 %t0, %H
  %283 = getelementptr inbounds float, ptr %betah, i64 %282
  %284 = load float, ptr %283, align 4
  %285 = insertelement <16 x float> poison, float %284, i64 0
  %286 = shufflevector <16 x float> %285, <16 x float> poison, <16 x i32> zeroinitializer
  %287 = or disjoint i64 %225, 16
  %288 = getelementptr inbounds float, ptr %gep137, i64 %287
  %289 = load <16 x float>, ptr %288, align 4
  %290 = fadd <16 x float> %265, %279
  %291 = fsub <16 x float> %289, %290
  %292 = fmul <16 x float> %286, %291
  %293 = getelementptr inbounds float, ptr %gep137, i64 %225
  %294 = load <16 x float>, ptr %293, align 4
  %295 = fadd <16 x float> %261, %275
  %296 = fsub <16 x float> %294, %295
  %297 = fmul <16 x float> %286, %296
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %i3.exit
  %t1.addr.0130 = phi i64 [ %298, %i3.exit ], [ %t0, %t1.body.preheader ]
  %delta1.0129 = phi <16 x float> [ %368, %i3.exit ], [ %292, %t1.body.preheader ]
  %delta.0128 = phi <16 x float> [ %360, %i3.exit ], [ %297, %t1.body.preheader ]
  %298 = add nuw nsw i64 %t1.addr.0130, 1
  %tn = tail call i64 @llvm.smin.i64(i64 %298, i64 %2)
  %299 = shl nsw i64 %t1.addr.0130, 5
  %.idx141 = shl i64 %tn, 7
  %invariant.gep166 = getelementptr i8, ptr %gep135, i64 %.idx141
  br label %i3.body

t1.exit:                                          ; preds = %i3.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0131, 1
  %exitcond155.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond155.not, label %i4.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %i3.body, %t1.body
  %i3.addr.0127 = phi i64 [ 0, %t1.body ], [ %i3.next.1, %i3.body ]
  %acc7.0126 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %347, %i3.body ]
  %acc6.0125 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %341, %i3.body ]
  %acc5.0124 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %346, %i3.body ]
  %acc4.0123 = phi <16 x float> [ zeroinitializer, %t1.body ], [ %338, %i3.body ]
  %300 = add nuw nsw i64 %i3.addr.0127, %299
  %301 = getelementptr inbounds float, ptr %gep135, i64 %300
  %302 = load float, ptr %301, align 4
  %303 = getelementptr inbounds float, ptr %invariant.gep136, i64 %300
  %304 = load float, ptr %303, align 4
  %gep167 = getelementptr float, ptr %invariant.gep166, i64 %i3.addr.0127
  %305 = load float, ptr %gep167, align 4
  %306 = insertelement <16 x float> poison, float %302, i64 0
  %307 = shufflevector <16 x float> %306, <16 x float> poison, <16 x i32> zeroinitializer
  %308 = shl nuw nsw i64 %i3.addr.0127, 5
  %309 = getelementptr inbounds float, ptr %work, i64 %308
  %310 = load <16 x float>, ptr %309, align 4
  %311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %307, <16 x float> %delta.0128, <16 x float> %310)
  store <16 x float> %311, ptr %309, align 4
  %312 = insertelement <16 x float> poison, float %304, i64 0
  %313 = shufflevector <16 x float> %312, <16 x float> poison, <16 x i32> zeroinitializer
  %314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %313, <16 x float> %311, <16 x float> %acc4.0123)
  %315 = insertelement <16 x float> poison, float %305, i64 0
  %316 = shufflevector <16 x float> %315, <16 x float> poison, <16 x i32> zeroinitializer
  %317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %316, <16 x float> %311, <16 x float> %acc6.0125)
  %318 = or disjoint i64 %308, 16
  %319 = getelementptr inbounds float, ptr %work, i64 %318
  %320 = load <16 x float>, ptr %319, align 4
  %321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %307, <16 x float> %delta1.0129, <16 x float> %320)
  store <16 x float> %321, ptr %319, align 4
  %322 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %313, <16 x float> %321, <16 x float> %acc5.0124)
  %323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %316, <16 x float> %321, <16 x float> %acc7.0126)
  %i3.next = or disjoint i64 %i3.addr.0127, 1
  %324 = add nuw nsw i64 %i3.next, %299
  %325 = getelementptr inbounds float, ptr %gep135, i64 %324
  %326 = load float, ptr %325, align 4
  %327 = getelementptr inbounds float, ptr %invariant.gep136, i64 %324
  %328 = load float, ptr %327, align 4
  %gep167.1 = getelementptr float, ptr %invariant.gep166, i64 %i3.next
  %329 = load float, ptr %gep167.1, align 4
  %330 = insertelement <16 x float> poison, float %326, i64 0
  %331 = shufflevector <16 x float> %330, <16 x float> poison, <16 x i32> zeroinitializer
  %332 = shl nuw nsw i64 %i3.next, 5
  %333 = getelementptr inbounds float, ptr %work, i64 %332
  %334 = load <16 x float>, ptr %333, align 4
  %335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %331, <16 x float> %delta.0128, <16 x float> %334)
  store <16 x float> %335, ptr %333, align 4
  %336 = insertelement <16 x float> poison, float %328, i64 0
  %337 = shufflevector <16 x float> %336, <16 x float> poison, <16 x i32> zeroinitializer
  %338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %337, <16 x float> %335, <16 x float> %314)
  %339 = insertelement <16 x float> poison, float %329, i64 0
  %340 = shufflevector <16 x float> %339, <16 x float> poison, <16 x i32> zeroinitializer
  %341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %340, <16 x float> %335, <16 x float> %317)
  %342 = or disjoint i64 %332, 16
  %343 = getelementptr inbounds float, ptr %work, i64 %342
  %344 = load <16 x float>, ptr %343, align 4
  %345 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %331, <16 x float> %delta1.0129, <16 x float> %344)
  store <16 x float> %345, ptr %343, align 4
  %346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %337, <16 x float> %345, <16 x float> %322)
  %347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %340, <16 x float> %345, <16 x float> %323)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0127, 2
  %exitcond154.not.1 = icmp eq i64 %i3.next.1, 32
  br i1 %exitcond154.not.1, label %i3.exit, label %i3.body

i3.exit:                                          ; preds = %i3.body
  %348 = fmul <16 x float> %338, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %349 = mul nsw i64 %t1.addr.0130, %sv
  %350 = getelementptr inbounds float, ptr %oh, i64 %349
  store <16 x float> %348, ptr %350, align 4
  %351 = mul nsw i64 %tn, %H
  %352 = getelementptr inbounds float, ptr %betah, i64 %351
  %353 = load float, ptr %352, align 4
  %354 = shl nsw i64 %tn, 5
  %355 = getelementptr inbounds float, ptr %gep137, i64 %354
  %356 = load <16 x float>, ptr %355, align 4
  %357 = fsub <16 x float> %356, %341
  %358 = insertelement <16 x float> poison, float %353, i64 0
  %359 = shufflevector <16 x float> %358, <16 x float> poison, <16 x i32> zeroinitializer
  %360 = fmul <16 x float> %359, %357
  %361 = fmul <16 x float> %346, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %362 = or disjoint i64 %349, 16
  %363 = getelementptr inbounds float, ptr %oh, i64 %362
  store <16 x float> %361, ptr %363, align 4
  %364 = or disjoint i64 %354, 16
  %365 = getelementptr inbounds float, ptr %gep137, i64 %364
  %366 = load <16 x float>, ptr %365, align 4
  %367 = fsub <16 x float> %366, %347
  %368 = fmul <16 x float> %359, %367
  %369 = icmp slt i64 %298, %t1
  br i1 %369, label %t1.body, label %t1.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.rint.v16f32(<16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
; ---- dp_bwd_h1_k32_v32_c64_nogate_silu_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h1_k32_v32_c64_nogate_silu_l2norm'
source_filename = "dp_bwd_h1_k32_v32_c64_nogate_silu_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_bwd_h1_k32_v32_c64_nogate_silu_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture %dk, ptr noalias nocapture %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts, i64 %dq_ts, i64 %dk_ts, i64 %dv_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep2911 = getelementptr i8, ptr %work, i64 272128
  %1 = shl nsw i64 %T, 5
  %gep2904 = getelementptr float, ptr %invariant.gep2911, i64 %1
  %2 = shl nsw i64 %T, 6
  %gep2906 = getelementptr float, ptr %invariant.gep2911, i64 %2
  %.idx2624 = mul i64 %T, 384
  %gep2908 = getelementptr i8, ptr %invariant.gep2911, i64 %.idx2624
  %dak = getelementptr float, ptr %gep2908, i64 %1
  %dav = getelementptr float, ptr %gep2908, i64 %2
  %.idx2625 = mul i64 %T, 768
  %gep2910 = getelementptr i8, ptr %invariant.gep2911, i64 %.idx2625
  %sgk = getelementptr float, ptr %gep2910, i64 %1
  %sgv = getelementptr float, ptr %gep2910, i64 %2
  %.idx = mul i64 %T, 1152
  %gep2912 = getelementptr i8, ptr %invariant.gep2911, i64 %.idx
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %Ak = getelementptr inbounds i8, ptr %work, i64 32768
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 139264
  %KSdS = getelementptr inbounds i8, ptr %work, i64 155648
  %KT = getelementptr inbounds i8, ptr %work, i64 114688
  %M = getelementptr inbounds i8, ptr %work, i64 239104
  %OY = getelementptr inbounds i8, ptr %work, i64 98304
  %PT = getelementptr inbounds i8, ptr %work, i64 196608
  %QK = getelementptr inbounds i8, ptr %work, i64 81920
  %QcT = getelementptr inbounds i8, ptr %work, i64 122880
  %Rr = getelementptr inbounds i8, ptr %work, i64 172032
  %Vn = getelementptr inbounds i8, ptr %work, i64 180224
  %VnT = getelementptr inbounds i8, ptr %work, i64 188416
  %bet = getelementptr inbounds i8, ptr %work, i64 221184
  %dOT = getelementptr inbounds i8, ptr %work, i64 131072
  %dQc = getelementptr inbounds i8, ptr %work, i64 212992
  %dbet = getelementptr i8, ptr %work, i64 221440
  %5 = add nsw i64 %T, 63
  %nc = sdiv i64 %5, 64
  %invariant.gep2865 = getelementptr inbounds i8, ptr %work, i64 33280
  %6 = add nsw i64 %bh0, 1
  %7 = mul i64 %nc, %6
  %8 = shl i64 %7, 12
  %9 = add i64 %8, -4096
  %10 = shl i64 %nc, 12
  %11 = shl nsw i64 %nc, 6
  %12 = add i64 %11, 144115188075855808
  %13 = mul i64 %12, %H
  %14 = mul i64 %H, -8192
  %15 = shl i64 %H, 7
  %16 = add i64 %T, 64
  %17 = sub i64 %16, %11
  %smax3162 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %18 = sub i64 %bh1, %bh0
  %scevgep3119.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3119.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3119.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3119.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3119.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3119.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3119.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3119.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3119.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3119.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3119.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3119.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3119.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3119.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3119.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3119.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3119.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3119.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3119.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3119.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3119.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3119.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3119.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3119.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3119.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3119.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3119.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3119.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3119.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3119.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3119.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3331 = getelementptr i8, ptr %work, i64 98304
  %invariant.gep3333 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3335 = getelementptr i8, ptr %work, i64 81920
  %invariant.gep3337 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3339 = getelementptr i8, ptr %work, i64 90112
  %invariant.gep3341 = getelementptr i8, ptr %work, i64 172032
  %19 = getelementptr i8, ptr %work, i64 272192
  %20 = getelementptr i8, ptr %gep2904, i64 64
  %21 = getelementptr i8, ptr %gep2906, i64 64
  %22 = getelementptr inbounds i8, ptr %work, i64 172096
  %23 = getelementptr inbounds i8, ptr %work, i64 172096
  %24 = getelementptr inbounds i8, ptr %work, i64 155712
  %invariant.gep3343 = getelementptr inbounds i8, ptr %work, i64 155776
  %invariant.gep3345 = getelementptr inbounds i8, ptr %work, i64 106496
  %invariant.gep3349 = getelementptr inbounds i8, ptr %work, i64 106560
  %invariant.gep3351 = getelementptr inbounds i8, ptr %work, i64 33024
  %invariant.gep3353 = getelementptr inbounds i8, ptr %work, i64 33088
  %25 = getelementptr inbounds i8, ptr %work, i64 239168
  %invariant.gep3355 = getelementptr inbounds i8, ptr %work, i64 33152
  %26 = getelementptr inbounds i8, ptr %work, i64 239232
  %invariant.gep3357 = getelementptr inbounds i8, ptr %work, i64 33216
  %27 = getelementptr inbounds i8, ptr %work, i64 239296
  %invariant.gep3359 = getelementptr inbounds i8, ptr %work, i64 106496
  %28 = getelementptr i8, ptr %dav, i64 64
  %invariant.gep3363 = getelementptr inbounds i8, ptr %work, i64 33280
  %invariant.gep3367 = getelementptr i8, ptr %work, i64 33280
  %invariant.gep3373 = getelementptr inbounds i8, ptr %work, i64 35840
  %scevgep3165 = getelementptr i8, ptr %work, i64 128
  %scevgep = getelementptr i8, ptr %work, i64 128
  %scevgep.1 = getelementptr i8, ptr %work, i64 384
  %scevgep.2 = getelementptr i8, ptr %work, i64 640
  %scevgep.3 = getelementptr i8, ptr %work, i64 896
  %scevgep.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep.31 = getelementptr i8, ptr %work, i64 8064
  %invariant.gep3347 = getelementptr inbounds i8, ptr %work, i64 155840
  %invariant.gep3361 = getelementptr inbounds i8, ptr %work, i64 106560
  %scevgep3165.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3165.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3165.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3165.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3165.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3165.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3165.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3165.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3165.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3165.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3165.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3165.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3165.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3165.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3165.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3165.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3165.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3165.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3165.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3165.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3165.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3165.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3165.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3165.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3165.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3165.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3165.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3165.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3165.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3165.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3165.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j32.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j32.head.preheader ]
  %bh.addr.02913 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j32.head.preheader ]
  %29 = add i64 %indvar, %bh0
  %30 = shl i64 %29, 12
  %31 = mul i64 %10, %indvar
  %32 = add i64 %9, %31
  %b = sdiv i64 %bh.addr.02913, %H
  %h = srem i64 %bh.addr.02913, %H
  %33 = mul i64 %b, %T
  %34 = mul i64 %33, %H
  %bT = add i64 %34, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  br i1 %3, label %t.body.lr.ph, label %j.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %35 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %35
  %invariant.gep2628 = getelementptr float, ptr %k, i64 %35
  %invariant.gep2630 = getelementptr float, ptr %v, i64 %35
  br label %t.body

bh.exit:                                          ; preds = %j32.head.preheader, %entry
  ret void

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.02627 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %36 = add nuw nsw i64 %t.addr.02627, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %36, i64 %4)
  %37 = add nsw i64 %tp, %33
  %38 = mul nsw i64 %37, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %38
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %39 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %39, i32 0, i32 2, i32 1)
  %40 = mul nsw i64 %37, %k_ts
  %gep2629 = getelementptr float, ptr %invariant.gep2628, i64 %40
  tail call void @llvm.prefetch.p0(ptr %gep2629, i32 0, i32 2, i32 1)
  %41 = getelementptr i8, ptr %gep2629, i64 64
  tail call void @llvm.prefetch.p0(ptr %41, i32 0, i32 2, i32 1)
  %42 = mul nsw i64 %37, %v_ts
  %gep2631 = getelementptr float, ptr %invariant.gep2630, i64 %42
  tail call void @llvm.prefetch.p0(ptr %gep2631, i32 0, i32 2, i32 1)
  %43 = getelementptr i8, ptr %gep2631, i64 64
  tail call void @llvm.prefetch.p0(ptr %43, i32 0, i32 2, i32 1)
  %44 = add nsw i64 %t.addr.02627, %33
  %45 = mul nsw i64 %44, %q_ts
  %gep2633 = getelementptr float, ptr %invariant.gep, i64 %45
  %46 = load <16 x float>, ptr %gep2633, align 4
  %47 = fneg <16 x float> %46
  %48 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %47, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %49 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %48, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %50 = fmul <16 x float> %49, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %51 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %50)
  %52 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %49)
  %53 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %51, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %52)
  %54 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %53, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %55 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %54, <16 x float> %53, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> %53, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %57 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %56, <16 x float> %53, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %58 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %57, <16 x float> %53, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %59 = fmul <16 x float> %53, %53
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %58, <16 x float> %59, <16 x float> %53)
  %61 = fadd <16 x float> %60, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %62 = fptosi <16 x float> %51 to <16 x i32>
  %63 = shl <16 x i32> %62, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %64 = add <16 x i32> %63, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %65 = bitcast <16 x i32> %64 to <16 x float>
  %66 = fmul <16 x float> %61, %65
  %67 = fadd <16 x float> %66, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %68 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %67
  %69 = shl nsw i64 %t.addr.02627, 5
  %70 = getelementptr inbounds float, ptr %gep2910, i64 %69
  store <16 x float> %68, ptr %70, align 4
  %71 = fmul <16 x float> %46, %68
  %72 = getelementptr i8, ptr %gep2633, i64 64
  %73 = load <16 x float>, ptr %72, align 4
  %74 = fneg <16 x float> %73
  %75 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %74, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %76 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %75, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %77 = fmul <16 x float> %76, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %78 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %77)
  %79 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %76)
  %80 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %79)
  %81 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %80, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %82 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %81, <16 x float> %80, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %80, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %84 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %83, <16 x float> %80, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %85 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %84, <16 x float> %80, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %86 = fmul <16 x float> %80, %80
  %87 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %86, <16 x float> %80)
  %88 = fadd <16 x float> %87, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %89 = fptosi <16 x float> %78 to <16 x i32>
  %90 = shl <16 x i32> %89, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %91 = add <16 x i32> %90, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %92 = bitcast <16 x i32> %91 to <16 x float>
  %93 = fmul <16 x float> %88, %92
  %94 = fadd <16 x float> %93, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %95 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %94
  %96 = or disjoint i64 %69, 16
  %97 = getelementptr inbounds float, ptr %gep2910, i64 %96
  store <16 x float> %95, ptr %97, align 4
  %98 = fmul <16 x float> %73, %95
  %99 = fmul <16 x float> %71, %71
  %100 = fmul <16 x float> %98, %98
  %101 = fadd <16 x float> %99, %100
  %102 = shufflevector <16 x float> %101, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %103 = shufflevector <16 x float> %101, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %104 = fadd <8 x float> %102, %103
  %105 = shufflevector <8 x float> %104, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %106 = shufflevector <8 x float> %104, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %107 = fadd <4 x float> %105, %106
  %108 = shufflevector <4 x float> %107, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %109 = shufflevector <4 x float> %107, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %110 = fadd <2 x float> %108, %109
  %shift = shufflevector <2 x float> %110, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %111 = fadd <2 x float> %110, %shift
  %112 = extractelement <2 x float> %111, i64 0
  %113 = fadd float %112, 0x3EB0C6F7A0000000
  %114 = tail call float @llvm.sqrt.f32(float %113)
  %115 = fdiv float 1.000000e+00, %114
  %116 = getelementptr inbounds float, ptr %gep2912, i64 %t.addr.02627
  store float %115, ptr %116, align 4
  %117 = insertelement <16 x float> poison, float %115, i64 0
  %118 = shufflevector <16 x float> %117, <16 x float> poison, <16 x i32> zeroinitializer
  %119 = fmul <16 x float> %71, %118
  %120 = getelementptr inbounds float, ptr %invariant.gep2911, i64 %69
  store <16 x float> %119, ptr %120, align 4
  %121 = fmul <16 x float> %98, %118
  %122 = getelementptr inbounds float, ptr %invariant.gep2911, i64 %96
  store <16 x float> %121, ptr %122, align 4
  %123 = mul nsw i64 %44, %k_ts
  %gep2635 = getelementptr float, ptr %invariant.gep2628, i64 %123
  %124 = load <16 x float>, ptr %gep2635, align 4
  %125 = fneg <16 x float> %124
  %126 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %125, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %127 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %126, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %128 = fmul <16 x float> %127, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %129 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %128)
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %127)
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %130)
  %132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %131, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %132, <16 x float> %131, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %131, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %134, <16 x float> %131, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %131, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %137 = fmul <16 x float> %131, %131
  %138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %137, <16 x float> %131)
  %139 = fadd <16 x float> %138, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %140 = fptosi <16 x float> %129 to <16 x i32>
  %141 = shl <16 x i32> %140, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %142 = add <16 x i32> %141, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %143 = bitcast <16 x i32> %142 to <16 x float>
  %144 = fmul <16 x float> %139, %143
  %145 = fadd <16 x float> %144, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %146 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %145
  %147 = getelementptr inbounds float, ptr %sgk, i64 %69
  store <16 x float> %146, ptr %147, align 4
  %148 = fmul <16 x float> %124, %146
  %149 = getelementptr i8, ptr %gep2635, i64 64
  %150 = load <16 x float>, ptr %149, align 4
  %151 = fneg <16 x float> %150
  %152 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %151, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %153 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %152, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %154 = fmul <16 x float> %153, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %155 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %154)
  %156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %153)
  %157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %156)
  %158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %158, <16 x float> %157, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %159, <16 x float> %157, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %160, <16 x float> %157, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %161, <16 x float> %157, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %163 = fmul <16 x float> %157, %157
  %164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %163, <16 x float> %157)
  %165 = fadd <16 x float> %164, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %166 = fptosi <16 x float> %155 to <16 x i32>
  %167 = shl <16 x i32> %166, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %168 = add <16 x i32> %167, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %169 = bitcast <16 x i32> %168 to <16 x float>
  %170 = fmul <16 x float> %165, %169
  %171 = fadd <16 x float> %170, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %172 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %171
  %173 = getelementptr inbounds float, ptr %sgk, i64 %96
  store <16 x float> %172, ptr %173, align 4
  %174 = fmul <16 x float> %150, %172
  %175 = fmul <16 x float> %148, %148
  %176 = fmul <16 x float> %174, %174
  %177 = fadd <16 x float> %175, %176
  %178 = shufflevector <16 x float> %177, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %179 = shufflevector <16 x float> %177, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %180 = fadd <8 x float> %178, %179
  %181 = shufflevector <8 x float> %180, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %182 = shufflevector <8 x float> %180, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %183 = fadd <4 x float> %181, %182
  %184 = shufflevector <4 x float> %183, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %185 = shufflevector <4 x float> %183, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %186 = fadd <2 x float> %184, %185
  %shift3537 = shufflevector <2 x float> %186, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %187 = fadd <2 x float> %186, %shift3537
  %188 = extractelement <2 x float> %187, i64 0
  %189 = fadd float %188, 0x3EB0C6F7A0000000
  %190 = tail call float @llvm.sqrt.f32(float %189)
  %191 = fdiv float 1.000000e+00, %190
  %192 = getelementptr float, ptr %116, i64 %T
  store float %191, ptr %192, align 4
  %193 = insertelement <16 x float> poison, float %191, i64 0
  %194 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %195 = fmul <16 x float> %148, %194
  %196 = getelementptr inbounds float, ptr %gep2904, i64 %69
  store <16 x float> %195, ptr %196, align 4
  %197 = fmul <16 x float> %174, %194
  %198 = getelementptr inbounds float, ptr %gep2904, i64 %96
  store <16 x float> %197, ptr %198, align 4
  %199 = mul nsw i64 %44, %v_ts
  %gep2637 = getelementptr float, ptr %invariant.gep2630, i64 %199
  %200 = load <16 x float>, ptr %gep2637, align 4
  %201 = fneg <16 x float> %200
  %202 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %201, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %203 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %202, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %204 = fmul <16 x float> %203, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %205 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %204)
  %206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %205, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %203)
  %207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %205, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %206)
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %207, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %209, <16 x float> %207, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %211 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %210, <16 x float> %207, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %211, <16 x float> %207, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %213 = fmul <16 x float> %207, %207
  %214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %212, <16 x float> %213, <16 x float> %207)
  %215 = fadd <16 x float> %214, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %216 = fptosi <16 x float> %205 to <16 x i32>
  %217 = shl <16 x i32> %216, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %218 = add <16 x i32> %217, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %219 = bitcast <16 x i32> %218 to <16 x float>
  %220 = fmul <16 x float> %215, %219
  %221 = fadd <16 x float> %220, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %222 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %221
  %223 = getelementptr inbounds float, ptr %sgv, i64 %69
  store <16 x float> %222, ptr %223, align 4
  %224 = fmul <16 x float> %200, %222
  %225 = getelementptr i8, ptr %gep2637, i64 64
  %226 = load <16 x float>, ptr %225, align 4
  %227 = fneg <16 x float> %226
  %228 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %227, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %229 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %228, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %230 = fmul <16 x float> %229, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %231 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %230)
  %232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %229)
  %233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %232)
  %234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %234, <16 x float> %233, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %235, <16 x float> %233, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %236, <16 x float> %233, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %237, <16 x float> %233, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %239 = fmul <16 x float> %233, %233
  %240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %238, <16 x float> %239, <16 x float> %233)
  %241 = fadd <16 x float> %240, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %242 = fptosi <16 x float> %231 to <16 x i32>
  %243 = shl <16 x i32> %242, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %244 = add <16 x i32> %243, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %245 = bitcast <16 x i32> %244 to <16 x float>
  %246 = fmul <16 x float> %241, %245
  %247 = fadd <16 x float> %246, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %248 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %247
  %249 = getelementptr inbounds float, ptr %sgv, i64 %96
  store <16 x float> %248, ptr %249, align 4
  %250 = fmul <16 x float> %226, %248
  %251 = getelementptr inbounds float, ptr %gep2906, i64 %69
  store <16 x float> %224, ptr %251, align 4
  %252 = getelementptr inbounds float, ptr %gep2906, i64 %96
  store <16 x float> %250, ptr %252, align 4
  %t.next = add nuw nsw i64 %t.addr.02627, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %j.head.preheader, label %t.body

j.head.preheader:                                 ; preds = %bh.body, %t.body
  %253 = getelementptr i8, ptr %dhT, i64 %30
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %253, i64 128, i1 false)
  %scevgep3117.1 = getelementptr i8, ptr %253, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.1, i64 128, i1 false)
  %scevgep3117.2 = getelementptr i8, ptr %253, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.2, i64 128, i1 false)
  %scevgep3117.3 = getelementptr i8, ptr %253, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.3, i64 128, i1 false)
  %scevgep3117.4 = getelementptr i8, ptr %253, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.4, i64 128, i1 false)
  %scevgep3117.5 = getelementptr i8, ptr %253, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.5, i64 128, i1 false)
  %scevgep3117.6 = getelementptr i8, ptr %253, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.6, i64 128, i1 false)
  %scevgep3117.7 = getelementptr i8, ptr %253, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.7, i64 128, i1 false)
  %scevgep3117.8 = getelementptr i8, ptr %253, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.8, i64 128, i1 false)
  %scevgep3117.9 = getelementptr i8, ptr %253, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.9, i64 128, i1 false)
  %scevgep3117.10 = getelementptr i8, ptr %253, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.10, i64 128, i1 false)
  %scevgep3117.11 = getelementptr i8, ptr %253, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.11, i64 128, i1 false)
  %scevgep3117.12 = getelementptr i8, ptr %253, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.12, i64 128, i1 false)
  %scevgep3117.13 = getelementptr i8, ptr %253, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.13, i64 128, i1 false)
  %scevgep3117.14 = getelementptr i8, ptr %253, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.14, i64 128, i1 false)
  %scevgep3117.15 = getelementptr i8, ptr %253, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.15, i64 128, i1 false)
  %scevgep3117.16 = getelementptr i8, ptr %253, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.16, i64 128, i1 false)
  %scevgep3117.17 = getelementptr i8, ptr %253, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.17, i64 128, i1 false)
  %scevgep3117.18 = getelementptr i8, ptr %253, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.18, i64 128, i1 false)
  %scevgep3117.19 = getelementptr i8, ptr %253, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.19, i64 128, i1 false)
  %scevgep3117.20 = getelementptr i8, ptr %253, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.20, i64 128, i1 false)
  %scevgep3117.21 = getelementptr i8, ptr %253, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.21, i64 128, i1 false)
  %scevgep3117.22 = getelementptr i8, ptr %253, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.22, i64 128, i1 false)
  %scevgep3117.23 = getelementptr i8, ptr %253, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.23, i64 128, i1 false)
  %scevgep3117.24 = getelementptr i8, ptr %253, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.24, i64 128, i1 false)
  %scevgep3117.25 = getelementptr i8, ptr %253, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.25, i64 128, i1 false)
  %scevgep3117.26 = getelementptr i8, ptr %253, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.26, i64 128, i1 false)
  %scevgep3117.27 = getelementptr i8, ptr %253, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.27, i64 128, i1 false)
  %scevgep3117.28 = getelementptr i8, ptr %253, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.28, i64 128, i1 false)
  %scevgep3117.29 = getelementptr i8, ptr %253, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.29, i64 128, i1 false)
  %scevgep3117.30 = getelementptr i8, ptr %253, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.30, i64 128, i1 false)
  %scevgep3117.31 = getelementptr i8, ptr %253, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117.31, i64 128, i1 false)
  br i1 %3, label %cc.body.lr.ph, label %j32.head.preheader

cc.body.lr.ph:                                    ; preds = %j.head.preheader
  %254 = mul nsw i64 %bh.addr.02913, %nc
  %255 = shl nsw i64 %h, 5
  %invariant.gep2888 = getelementptr float, ptr %dq, i64 %255
  %invariant.gep2890 = getelementptr float, ptr %dk, i64 %255
  %invariant.gep2892 = getelementptr float, ptr %dv, i64 %255
  %256 = add i64 %13, %bT
  %257 = shl i64 %256, 7
  %258 = getelementptr i8, ptr %dout, i64 %257
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3154 = phi i64 [ %17, %cc.body.lr.ph ], [ %indvars.iv.next3155, %t7.exit ]
  %cc.addr.02900 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin3708 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3154, i64 64)
  %smax3709 = tail call i64 @llvm.smax.i64(i64 %smin3708, i64 1)
  %259 = mul i64 %14, %cc.addr.02900
  %260 = shl i64 %cc.addr.02900, 12
  %261 = sub i64 %32, %260
  %262 = xor i64 %cc.addr.02900, -1
  %ci = add nsw i64 %nc, %262
  %t0 = shl nsw i64 %ci, 6
  %263 = sub nsw i64 %T, %t0
  %scevgep3120 = getelementptr i8, ptr %hs, i64 %261
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120, i64 128, i1 false)
  %264 = or disjoint i64 %261, 128
  %scevgep3120.1 = getelementptr i8, ptr %hs, i64 %264
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.1, i64 128, i1 false)
  %265 = or disjoint i64 %261, 256
  %scevgep3120.2 = getelementptr i8, ptr %hs, i64 %265
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.2, i64 128, i1 false)
  %266 = or disjoint i64 %261, 384
  %scevgep3120.3 = getelementptr i8, ptr %hs, i64 %266
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.3, i64 128, i1 false)
  %267 = or disjoint i64 %261, 512
  %scevgep3120.4 = getelementptr i8, ptr %hs, i64 %267
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.4, i64 128, i1 false)
  %268 = or disjoint i64 %261, 640
  %scevgep3120.5 = getelementptr i8, ptr %hs, i64 %268
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.5, i64 128, i1 false)
  %269 = or disjoint i64 %261, 768
  %scevgep3120.6 = getelementptr i8, ptr %hs, i64 %269
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.6, i64 128, i1 false)
  %270 = or disjoint i64 %261, 896
  %scevgep3120.7 = getelementptr i8, ptr %hs, i64 %270
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.7, i64 128, i1 false)
  %271 = or disjoint i64 %261, 1024
  %scevgep3120.8 = getelementptr i8, ptr %hs, i64 %271
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.8, i64 128, i1 false)
  %272 = or disjoint i64 %261, 1152
  %scevgep3120.9 = getelementptr i8, ptr %hs, i64 %272
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.9, i64 128, i1 false)
  %273 = or disjoint i64 %261, 1280
  %scevgep3120.10 = getelementptr i8, ptr %hs, i64 %273
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.10, i64 128, i1 false)
  %274 = or disjoint i64 %261, 1408
  %scevgep3120.11 = getelementptr i8, ptr %hs, i64 %274
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.11, i64 128, i1 false)
  %275 = or disjoint i64 %261, 1536
  %scevgep3120.12 = getelementptr i8, ptr %hs, i64 %275
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.12, i64 128, i1 false)
  %276 = or disjoint i64 %261, 1664
  %scevgep3120.13 = getelementptr i8, ptr %hs, i64 %276
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.13, i64 128, i1 false)
  %277 = or disjoint i64 %261, 1792
  %scevgep3120.14 = getelementptr i8, ptr %hs, i64 %277
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.14, i64 128, i1 false)
  %278 = or disjoint i64 %261, 1920
  %scevgep3120.15 = getelementptr i8, ptr %hs, i64 %278
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.15, i64 128, i1 false)
  %279 = or disjoint i64 %261, 2048
  %scevgep3120.16 = getelementptr i8, ptr %hs, i64 %279
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.16, i64 128, i1 false)
  %280 = or disjoint i64 %261, 2176
  %scevgep3120.17 = getelementptr i8, ptr %hs, i64 %280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.17, i64 128, i1 false)
  %281 = or disjoint i64 %261, 2304
  %scevgep3120.18 = getelementptr i8, ptr %hs, i64 %281
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.18, i64 128, i1 false)
  %282 = or disjoint i64 %261, 2432
  %scevgep3120.19 = getelementptr i8, ptr %hs, i64 %282
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.19, i64 128, i1 false)
  %283 = or disjoint i64 %261, 2560
  %scevgep3120.20 = getelementptr i8, ptr %hs, i64 %283
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.20, i64 128, i1 false)
  %284 = or disjoint i64 %261, 2688
  %scevgep3120.21 = getelementptr i8, ptr %hs, i64 %284
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.21, i64 128, i1 false)
  %285 = or disjoint i64 %261, 2816
  %scevgep3120.22 = getelementptr i8, ptr %hs, i64 %285
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.22, i64 128, i1 false)
  %286 = or disjoint i64 %261, 2944
  %scevgep3120.23 = getelementptr i8, ptr %hs, i64 %286
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.23, i64 128, i1 false)
  %287 = or disjoint i64 %261, 3072
  %scevgep3120.24 = getelementptr i8, ptr %hs, i64 %287
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.24, i64 128, i1 false)
  %288 = or disjoint i64 %261, 3200
  %scevgep3120.25 = getelementptr i8, ptr %hs, i64 %288
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.25, i64 128, i1 false)
  %289 = or disjoint i64 %261, 3328
  %scevgep3120.26 = getelementptr i8, ptr %hs, i64 %289
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.26, i64 128, i1 false)
  %290 = or disjoint i64 %261, 3456
  %scevgep3120.27 = getelementptr i8, ptr %hs, i64 %290
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.27, i64 128, i1 false)
  %291 = or disjoint i64 %261, 3584
  %scevgep3120.28 = getelementptr i8, ptr %hs, i64 %291
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.28, i64 128, i1 false)
  %292 = or disjoint i64 %261, 3712
  %scevgep3120.29 = getelementptr i8, ptr %hs, i64 %292
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.29, i64 128, i1 false)
  %293 = or disjoint i64 %261, 3840
  %scevgep3120.30 = getelementptr i8, ptr %hs, i64 %293
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.30, i64 128, i1 false)
  %294 = or disjoint i64 %261, 3968
  %scevgep3120.31 = getelementptr i8, ptr %hs, i64 %294
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.31, i64 128, i1 false)
  %295 = add nsw i64 %ci, %254
  %296 = shl nsw i64 %295, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %297 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02643 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %298 = shl nuw nsw i64 %i2.addr.02643, 5
  %299 = or disjoint i64 %298, %296
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %300 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02642 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %301 = or disjoint i64 %299, %j2.addr.02642
  %302 = getelementptr inbounds float, ptr %hs, i64 %301
  %303 = load <16 x float>, ptr %302, align 4
  %304 = or disjoint i64 %301, 256
  %305 = getelementptr inbounds float, ptr %hs, i64 %304
  %306 = load <16 x float>, ptr %305, align 4
  %307 = or disjoint i64 %301, 32
  %308 = getelementptr inbounds float, ptr %hs, i64 %307
  %309 = load <16 x float>, ptr %308, align 4
  %310 = or disjoint i64 %301, 288
  %311 = getelementptr inbounds float, ptr %hs, i64 %310
  %312 = load <16 x float>, ptr %311, align 4
  %313 = or disjoint i64 %301, 64
  %314 = getelementptr inbounds float, ptr %hs, i64 %313
  %315 = load <16 x float>, ptr %314, align 4
  %316 = or disjoint i64 %301, 320
  %317 = getelementptr inbounds float, ptr %hs, i64 %316
  %318 = load <16 x float>, ptr %317, align 4
  %319 = or disjoint i64 %301, 96
  %320 = getelementptr inbounds float, ptr %hs, i64 %319
  %321 = load <16 x float>, ptr %320, align 4
  %322 = or disjoint i64 %301, 352
  %323 = getelementptr inbounds float, ptr %hs, i64 %322
  %324 = load <16 x float>, ptr %323, align 4
  %325 = or disjoint i64 %301, 128
  %326 = getelementptr inbounds float, ptr %hs, i64 %325
  %327 = load <16 x float>, ptr %326, align 4
  %328 = or disjoint i64 %301, 384
  %329 = getelementptr inbounds float, ptr %hs, i64 %328
  %330 = load <16 x float>, ptr %329, align 4
  %331 = or disjoint i64 %301, 160
  %332 = getelementptr inbounds float, ptr %hs, i64 %331
  %333 = load <16 x float>, ptr %332, align 4
  %334 = or disjoint i64 %301, 416
  %335 = getelementptr inbounds float, ptr %hs, i64 %334
  %336 = load <16 x float>, ptr %335, align 4
  %337 = or disjoint i64 %301, 192
  %338 = getelementptr inbounds float, ptr %hs, i64 %337
  %339 = load <16 x float>, ptr %338, align 4
  %340 = or disjoint i64 %301, 448
  %341 = getelementptr inbounds float, ptr %hs, i64 %340
  %342 = load <16 x float>, ptr %341, align 4
  %343 = or disjoint i64 %301, 224
  %344 = getelementptr inbounds float, ptr %hs, i64 %343
  %345 = load <16 x float>, ptr %344, align 4
  %346 = or disjoint i64 %301, 480
  %347 = getelementptr inbounds float, ptr %hs, i64 %346
  %348 = load <16 x float>, ptr %347, align 4
  %349 = shufflevector <16 x float> %303, <16 x float> %306, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %350 = shufflevector <16 x float> %327, <16 x float> %330, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %351 = shufflevector <16 x float> %309, <16 x float> %312, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %352 = shufflevector <16 x float> %333, <16 x float> %336, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %353 = shufflevector <16 x float> %315, <16 x float> %318, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %354 = shufflevector <16 x float> %339, <16 x float> %342, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %355 = shufflevector <16 x float> %321, <16 x float> %324, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %356 = shufflevector <16 x float> %345, <16 x float> %348, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %357 = shufflevector <16 x float> %303, <16 x float> %306, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %358 = shufflevector <16 x float> %327, <16 x float> %330, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %359 = shufflevector <16 x float> %309, <16 x float> %312, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %360 = shufflevector <16 x float> %333, <16 x float> %336, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %361 = shufflevector <16 x float> %315, <16 x float> %318, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %362 = shufflevector <16 x float> %339, <16 x float> %342, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %363 = shufflevector <16 x float> %321, <16 x float> %324, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %364 = shufflevector <16 x float> %345, <16 x float> %348, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %365 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %366 = shufflevector <16 x float> %353, <16 x float> %354, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %367 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %368 = shufflevector <16 x float> %355, <16 x float> %356, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %369 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %370 = shufflevector <16 x float> %353, <16 x float> %354, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %371 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %372 = shufflevector <16 x float> %355, <16 x float> %356, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %373 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %374 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %375 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %376 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %377 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %378 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %379 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %380 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %381 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %382 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %383 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %384 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %385 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %386 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %387 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %388 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %389 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %390 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %391 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %392 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %393 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %394 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %395 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %396 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %397 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %398 = shl nuw nsw i64 %j2.addr.02642, 5
  %399 = or disjoint i64 %398, %i2.addr.02643
  %400 = or disjoint i64 %399, 1024
  %401 = getelementptr inbounds float, ptr %Bk, i64 %400
  store <16 x float> %397, ptr %401, align 4
  %402 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %403 = or disjoint i64 %399, 1056
  %404 = getelementptr inbounds float, ptr %Bk, i64 %403
  store <16 x float> %402, ptr %404, align 4
  %405 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %406 = or disjoint i64 %399, 1088
  %407 = getelementptr inbounds float, ptr %Bk, i64 %406
  store <16 x float> %405, ptr %407, align 4
  %408 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %409 = or disjoint i64 %399, 1120
  %410 = getelementptr inbounds float, ptr %Bk, i64 %409
  store <16 x float> %408, ptr %410, align 4
  %411 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %412 = or disjoint i64 %399, 1152
  %413 = getelementptr inbounds float, ptr %Bk, i64 %412
  store <16 x float> %411, ptr %413, align 4
  %414 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %415 = or disjoint i64 %399, 1184
  %416 = getelementptr inbounds float, ptr %Bk, i64 %415
  store <16 x float> %414, ptr %416, align 4
  %417 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %418 = or disjoint i64 %399, 1216
  %419 = getelementptr inbounds float, ptr %Bk, i64 %418
  store <16 x float> %417, ptr %419, align 4
  %420 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %421 = or disjoint i64 %399, 1248
  %422 = getelementptr inbounds float, ptr %Bk, i64 %421
  store <16 x float> %420, ptr %422, align 4
  %423 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %424 = or disjoint i64 %399, 1280
  %425 = getelementptr inbounds float, ptr %Bk, i64 %424
  store <16 x float> %423, ptr %425, align 4
  %426 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %427 = or disjoint i64 %399, 1312
  %428 = getelementptr inbounds float, ptr %Bk, i64 %427
  store <16 x float> %426, ptr %428, align 4
  %429 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %430 = or disjoint i64 %399, 1344
  %431 = getelementptr inbounds float, ptr %Bk, i64 %430
  store <16 x float> %429, ptr %431, align 4
  %432 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %433 = or disjoint i64 %399, 1376
  %434 = getelementptr inbounds float, ptr %Bk, i64 %433
  store <16 x float> %432, ptr %434, align 4
  %435 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %436 = or disjoint i64 %399, 1408
  %437 = getelementptr inbounds float, ptr %Bk, i64 %436
  store <16 x float> %435, ptr %437, align 4
  %438 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %439 = or disjoint i64 %399, 1440
  %440 = getelementptr inbounds float, ptr %Bk, i64 %439
  store <16 x float> %438, ptr %440, align 4
  %441 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %442 = or disjoint i64 %399, 1472
  %443 = getelementptr inbounds float, ptr %Bk, i64 %442
  store <16 x float> %441, ptr %443, align 4
  %444 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %445 = or disjoint i64 %399, 1504
  %446 = getelementptr inbounds float, ptr %Bk, i64 %445
  store <16 x float> %444, ptr %446, align 4
  br i1 %300, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %297, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %447 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02645 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %448 = shl nuw nsw i64 %i3.addr.02645, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %449 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02644 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %450 = or disjoint i64 %j3.addr.02644, %448
  %451 = or disjoint i64 %450, 32
  %452 = getelementptr inbounds float, ptr %work, i64 %451
  %453 = load <16 x float>, ptr %452, align 4
  %454 = or disjoint i64 %450, 544
  %455 = getelementptr inbounds float, ptr %work, i64 %454
  %456 = load <16 x float>, ptr %455, align 4
  %457 = or disjoint i64 %450, 96
  %458 = getelementptr inbounds float, ptr %work, i64 %457
  %459 = load <16 x float>, ptr %458, align 4
  %460 = or disjoint i64 %450, 608
  %461 = getelementptr inbounds float, ptr %work, i64 %460
  %462 = load <16 x float>, ptr %461, align 4
  %463 = or disjoint i64 %450, 160
  %464 = getelementptr inbounds float, ptr %work, i64 %463
  %465 = load <16 x float>, ptr %464, align 4
  %466 = or disjoint i64 %450, 672
  %467 = getelementptr inbounds float, ptr %work, i64 %466
  %468 = load <16 x float>, ptr %467, align 4
  %469 = or disjoint i64 %450, 224
  %470 = getelementptr inbounds float, ptr %work, i64 %469
  %471 = load <16 x float>, ptr %470, align 4
  %472 = or disjoint i64 %450, 736
  %473 = getelementptr inbounds float, ptr %work, i64 %472
  %474 = load <16 x float>, ptr %473, align 4
  %475 = or disjoint i64 %450, 288
  %476 = getelementptr inbounds float, ptr %work, i64 %475
  %477 = load <16 x float>, ptr %476, align 4
  %478 = or disjoint i64 %450, 800
  %479 = getelementptr inbounds float, ptr %work, i64 %478
  %480 = load <16 x float>, ptr %479, align 4
  %481 = or disjoint i64 %450, 352
  %482 = getelementptr inbounds float, ptr %work, i64 %481
  %483 = load <16 x float>, ptr %482, align 4
  %484 = or disjoint i64 %450, 864
  %485 = getelementptr inbounds float, ptr %work, i64 %484
  %486 = load <16 x float>, ptr %485, align 4
  %487 = or disjoint i64 %450, 416
  %488 = getelementptr inbounds float, ptr %work, i64 %487
  %489 = load <16 x float>, ptr %488, align 4
  %490 = or disjoint i64 %450, 928
  %491 = getelementptr inbounds float, ptr %work, i64 %490
  %492 = load <16 x float>, ptr %491, align 4
  %493 = or disjoint i64 %450, 480
  %494 = getelementptr inbounds float, ptr %work, i64 %493
  %495 = load <16 x float>, ptr %494, align 4
  %496 = or disjoint i64 %450, 992
  %497 = getelementptr inbounds float, ptr %work, i64 %496
  %498 = load <16 x float>, ptr %497, align 4
  %499 = shufflevector <16 x float> %453, <16 x float> %456, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %500 = shufflevector <16 x float> %477, <16 x float> %480, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %501 = shufflevector <16 x float> %459, <16 x float> %462, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %502 = shufflevector <16 x float> %483, <16 x float> %486, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %503 = shufflevector <16 x float> %465, <16 x float> %468, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %504 = shufflevector <16 x float> %489, <16 x float> %492, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %505 = shufflevector <16 x float> %471, <16 x float> %474, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %506 = shufflevector <16 x float> %495, <16 x float> %498, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %507 = shufflevector <16 x float> %453, <16 x float> %456, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %508 = shufflevector <16 x float> %477, <16 x float> %480, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %509 = shufflevector <16 x float> %459, <16 x float> %462, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %510 = shufflevector <16 x float> %483, <16 x float> %486, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %511 = shufflevector <16 x float> %465, <16 x float> %468, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %512 = shufflevector <16 x float> %489, <16 x float> %492, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %513 = shufflevector <16 x float> %471, <16 x float> %474, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %514 = shufflevector <16 x float> %495, <16 x float> %498, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %515 = shufflevector <16 x float> %499, <16 x float> %500, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %516 = shufflevector <16 x float> %503, <16 x float> %504, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %517 = shufflevector <16 x float> %501, <16 x float> %502, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %518 = shufflevector <16 x float> %505, <16 x float> %506, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %519 = shufflevector <16 x float> %499, <16 x float> %500, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %520 = shufflevector <16 x float> %503, <16 x float> %504, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %521 = shufflevector <16 x float> %501, <16 x float> %502, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %522 = shufflevector <16 x float> %505, <16 x float> %506, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %523 = shufflevector <16 x float> %507, <16 x float> %508, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %524 = shufflevector <16 x float> %511, <16 x float> %512, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %525 = shufflevector <16 x float> %509, <16 x float> %510, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %526 = shufflevector <16 x float> %513, <16 x float> %514, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %527 = shufflevector <16 x float> %507, <16 x float> %508, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %528 = shufflevector <16 x float> %511, <16 x float> %512, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %529 = shufflevector <16 x float> %509, <16 x float> %510, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %530 = shufflevector <16 x float> %513, <16 x float> %514, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %531 = shufflevector <16 x float> %515, <16 x float> %516, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %532 = shufflevector <16 x float> %517, <16 x float> %518, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %533 = shufflevector <16 x float> %515, <16 x float> %516, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %534 = shufflevector <16 x float> %517, <16 x float> %518, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %535 = shufflevector <16 x float> %519, <16 x float> %520, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %536 = shufflevector <16 x float> %521, <16 x float> %522, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %537 = shufflevector <16 x float> %519, <16 x float> %520, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %538 = shufflevector <16 x float> %521, <16 x float> %522, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %539 = shufflevector <16 x float> %523, <16 x float> %524, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %540 = shufflevector <16 x float> %525, <16 x float> %526, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %541 = shufflevector <16 x float> %523, <16 x float> %524, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %542 = shufflevector <16 x float> %525, <16 x float> %526, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %543 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %544 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %545 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %546 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %547 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %548 = shl nuw nsw i64 %j3.addr.02644, 5
  %549 = or disjoint i64 %548, %i3.addr.02645
  %550 = getelementptr inbounds float, ptr %Bk, i64 %549
  store <16 x float> %547, ptr %550, align 4
  %551 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %552 = or disjoint i64 %549, 32
  %553 = getelementptr inbounds float, ptr %Bk, i64 %552
  store <16 x float> %551, ptr %553, align 4
  %554 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %555 = or disjoint i64 %549, 64
  %556 = getelementptr inbounds float, ptr %Bk, i64 %555
  store <16 x float> %554, ptr %556, align 4
  %557 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %558 = or disjoint i64 %549, 96
  %559 = getelementptr inbounds float, ptr %Bk, i64 %558
  store <16 x float> %557, ptr %559, align 4
  %560 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %561 = or disjoint i64 %549, 128
  %562 = getelementptr inbounds float, ptr %Bk, i64 %561
  store <16 x float> %560, ptr %562, align 4
  %563 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %564 = or disjoint i64 %549, 160
  %565 = getelementptr inbounds float, ptr %Bk, i64 %564
  store <16 x float> %563, ptr %565, align 4
  %566 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %567 = or disjoint i64 %549, 192
  %568 = getelementptr inbounds float, ptr %Bk, i64 %567
  store <16 x float> %566, ptr %568, align 4
  %569 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %570 = or disjoint i64 %549, 224
  %571 = getelementptr inbounds float, ptr %Bk, i64 %570
  store <16 x float> %569, ptr %571, align 4
  %572 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %573 = or disjoint i64 %549, 256
  %574 = getelementptr inbounds float, ptr %Bk, i64 %573
  store <16 x float> %572, ptr %574, align 4
  %575 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %576 = or disjoint i64 %549, 288
  %577 = getelementptr inbounds float, ptr %Bk, i64 %576
  store <16 x float> %575, ptr %577, align 4
  %578 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %579 = or disjoint i64 %549, 320
  %580 = getelementptr inbounds float, ptr %Bk, i64 %579
  store <16 x float> %578, ptr %580, align 4
  %581 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %582 = or disjoint i64 %549, 352
  %583 = getelementptr inbounds float, ptr %Bk, i64 %582
  store <16 x float> %581, ptr %583, align 4
  %584 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %585 = or disjoint i64 %549, 384
  %586 = getelementptr inbounds float, ptr %Bk, i64 %585
  store <16 x float> %584, ptr %586, align 4
  %587 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %588 = or disjoint i64 %549, 416
  %589 = getelementptr inbounds float, ptr %Bk, i64 %588
  store <16 x float> %587, ptr %589, align 4
  %590 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %591 = or disjoint i64 %549, 448
  %592 = getelementptr inbounds float, ptr %Bk, i64 %591
  store <16 x float> %590, ptr %592, align 4
  %593 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %594 = or disjoint i64 %549, 480
  %595 = getelementptr inbounds float, ptr %Bk, i64 %594
  store <16 x float> %593, ptr %595, align 4
  br i1 %449, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %447, label %j3.head.preheader, label %t1.head.preheader

t1.head.preheader:                                ; preds = %j3.exit, %t1.head.preheader
  %s6.addr.02647 = phi i64 [ %s6.next, %t1.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s6.addr.02647, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2920 = shl nsw i64 %s6.addr.02647, 8
  %invariant.gep3329 = getelementptr inbounds i8, ptr %M, i64 %.idx2920
  %596 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %597 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %598 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %599 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %600 = select <8 x i1> %596, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %601 = select <8 x i1> %597, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %602 = select <8 x i1> %598, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %603 = select <8 x i1> %599, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %604 = getelementptr inbounds i8, ptr %invariant.gep3329, i64 32
  %605 = getelementptr inbounds i8, ptr %invariant.gep3329, i64 64
  %606 = getelementptr inbounds i8, ptr %invariant.gep3329, i64 96
  store <8 x float> %600, ptr %invariant.gep3329, align 4
  store <8 x float> %601, ptr %604, align 4
  store <8 x float> %602, ptr %605, align 4
  store <8 x float> %603, ptr %606, align 4
  %607 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %608 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %609 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %610 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %611 = select <8 x i1> %607, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %612 = select <8 x i1> %608, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %613 = select <8 x i1> %609, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %614 = select <8 x i1> %610, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %615 = getelementptr inbounds i8, ptr %invariant.gep3329, i64 128
  %616 = getelementptr inbounds i8, ptr %invariant.gep3329, i64 160
  %617 = getelementptr inbounds i8, ptr %invariant.gep3329, i64 192
  %618 = getelementptr inbounds i8, ptr %invariant.gep3329, i64 224
  store <8 x float> %611, ptr %615, align 4
  store <8 x float> %612, ptr %616, align 4
  store <8 x float> %613, ptr %617, align 4
  store <8 x float> %614, ptr %618, align 4
  %s6.next = add nuw nsw i64 %s6.addr.02647, 1
  %exitcond3123.not = icmp eq i64 %s6.next, 64
  br i1 %exitcond3123.not, label %t2.body.preheader, label %t1.head.preheader

t2.body.preheader:                                ; preds = %t1.head.preheader
  %619 = getelementptr i8, ptr %258, i64 %259
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.02658 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %620 = shl nsw i64 %t2.addr.02658, 7
  %gep3332 = getelementptr i8, ptr %invariant.gep3331, i64 %620
  %621 = icmp sgt i64 %263, %t2.addr.02658
  br i1 %621, label %p.head.preheader, label %j6.head.preheader

j6.head.preheader:                                ; preds = %t2.body
  %gep3334 = getelementptr i8, ptr %invariant.gep3333, i64 %620
  %gep3336 = getelementptr i8, ptr %invariant.gep3335, i64 %620
  %gep3338 = getelementptr i8, ptr %invariant.gep3337, i64 %620
  %gep3340 = getelementptr i8, ptr %invariant.gep3339, i64 %620
  %gep3342 = getelementptr i8, ptr %invariant.gep3341, i64 %620
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3334, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3336, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3332, i8 0, i64 128, i1 false)
  %622 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02658
  store float 0.000000e+00, ptr %622, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3338, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3340, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3342, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %623 = mul i64 %15, %t2.addr.02658
  %scevgep3131 = getelementptr i8, ptr %619, i64 %623
  %624 = add nuw nsw i64 %t2.addr.02658, %t0
  %625 = shl nuw nsw i64 %t2.addr.02658, 5
  %.idx2927 = shl i64 %624, 7
  %626 = getelementptr i8, ptr %invariant.gep2911, i64 %.idx2927
  %627 = load <16 x float>, ptr %626, align 4
  %628 = fmul <16 x float> %627, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %629 = or disjoint i64 %625, 2048
  %630 = getelementptr inbounds float, ptr %Bk, i64 %629
  store <16 x float> %628, ptr %630, align 4
  %631 = getelementptr inbounds float, ptr %QK, i64 %625
  store <16 x float> %628, ptr %631, align 4
  %632 = getelementptr i8, ptr %19, i64 %.idx2927
  %633 = load <16 x float>, ptr %632, align 4
  %634 = fmul <16 x float> %633, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %635 = or disjoint i64 %625, 16
  %636 = or i64 %625, 2064
  %637 = getelementptr inbounds float, ptr %Bk, i64 %636
  store <16 x float> %634, ptr %637, align 4
  %638 = getelementptr inbounds float, ptr %QK, i64 %635
  store <16 x float> %634, ptr %638, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3332, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3131, i64 128, i1 false)
  %tau = or disjoint i64 %t2.addr.02658, %t0
  %639 = mul nsw i64 %tau, %H
  %640 = getelementptr inbounds float, ptr %betah, i64 %639
  %641 = load float, ptr %640, align 4
  %642 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02658
  store float %641, ptr %642, align 4
  %.idx2929 = shl i64 %tau, 7
  %643 = getelementptr i8, ptr %gep2904, i64 %.idx2929
  %644 = load <16 x float>, ptr %643, align 4
  %645 = or disjoint i64 %625, 4096
  %646 = getelementptr inbounds float, ptr %Bk, i64 %645
  store <16 x float> %644, ptr %646, align 4
  %647 = fneg <16 x float> %644
  %648 = getelementptr inbounds float, ptr %QK, i64 %629
  store <16 x float> %647, ptr %648, align 4
  %649 = getelementptr i8, ptr %20, i64 %.idx2929
  %650 = load <16 x float>, ptr %649, align 4
  %651 = or i64 %625, 4112
  %652 = getelementptr inbounds float, ptr %Bk, i64 %651
  store <16 x float> %650, ptr %652, align 4
  %653 = fneg <16 x float> %650
  %654 = getelementptr inbounds float, ptr %QK, i64 %636
  store <16 x float> %653, ptr %654, align 4
  %655 = getelementptr i8, ptr %gep2906, i64 %.idx2929
  %656 = load <16 x float>, ptr %655, align 4
  %657 = getelementptr inbounds i8, ptr %Rr, i64 %620
  store <16 x float> %656, ptr %657, align 4
  %658 = getelementptr i8, ptr %21, i64 %.idx2929
  %659 = load <16 x float>, ptr %658, align 4
  %660 = getelementptr inbounds i8, ptr %22, i64 %620
  store <16 x float> %659, ptr %660, align 4
  br label %endif

endif:                                            ; preds = %j6.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.02658, 1
  %exitcond3135.not = icmp eq i64 %t2.next, 64
  br i1 %exitcond3135.not, label %j12.head.preheader, label %t2.body

j12.head.preheader:                               ; preds = %endif, %j12.exit
  %i12.addr.02660 = phi i64 [ %i12.next, %j12.exit ], [ 0, %endif ]
  %661 = shl nuw nsw i64 %i12.addr.02660, 5
  br label %j12.body

j12.body:                                         ; preds = %j12.head.preheader, %j12.body
  %662 = phi i1 [ true, %j12.head.preheader ], [ false, %j12.body ]
  %j12.addr.02659 = phi i64 [ 0, %j12.head.preheader ], [ 16, %j12.body ]
  %663 = or disjoint i64 %j12.addr.02659, %661
  %664 = or disjoint i64 %663, 4096
  %665 = getelementptr inbounds float, ptr %Bk, i64 %664
  %666 = load <16 x float>, ptr %665, align 4
  %667 = or disjoint i64 %663, 4352
  %668 = getelementptr inbounds float, ptr %Bk, i64 %667
  %669 = load <16 x float>, ptr %668, align 4
  %670 = or disjoint i64 %663, 4128
  %671 = getelementptr inbounds float, ptr %Bk, i64 %670
  %672 = load <16 x float>, ptr %671, align 4
  %673 = or disjoint i64 %663, 4384
  %674 = getelementptr inbounds float, ptr %Bk, i64 %673
  %675 = load <16 x float>, ptr %674, align 4
  %676 = or disjoint i64 %663, 4160
  %677 = getelementptr inbounds float, ptr %Bk, i64 %676
  %678 = load <16 x float>, ptr %677, align 4
  %679 = or disjoint i64 %663, 4416
  %680 = getelementptr inbounds float, ptr %Bk, i64 %679
  %681 = load <16 x float>, ptr %680, align 4
  %682 = or disjoint i64 %663, 4192
  %683 = getelementptr inbounds float, ptr %Bk, i64 %682
  %684 = load <16 x float>, ptr %683, align 4
  %685 = or disjoint i64 %663, 4448
  %686 = getelementptr inbounds float, ptr %Bk, i64 %685
  %687 = load <16 x float>, ptr %686, align 4
  %688 = or disjoint i64 %663, 4224
  %689 = getelementptr inbounds float, ptr %Bk, i64 %688
  %690 = load <16 x float>, ptr %689, align 4
  %691 = or disjoint i64 %663, 4480
  %692 = getelementptr inbounds float, ptr %Bk, i64 %691
  %693 = load <16 x float>, ptr %692, align 4
  %694 = or disjoint i64 %663, 4256
  %695 = getelementptr inbounds float, ptr %Bk, i64 %694
  %696 = load <16 x float>, ptr %695, align 4
  %697 = or disjoint i64 %663, 4512
  %698 = getelementptr inbounds float, ptr %Bk, i64 %697
  %699 = load <16 x float>, ptr %698, align 4
  %700 = or disjoint i64 %663, 4288
  %701 = getelementptr inbounds float, ptr %Bk, i64 %700
  %702 = load <16 x float>, ptr %701, align 4
  %703 = or disjoint i64 %663, 4544
  %704 = getelementptr inbounds float, ptr %Bk, i64 %703
  %705 = load <16 x float>, ptr %704, align 4
  %706 = or disjoint i64 %663, 4320
  %707 = getelementptr inbounds float, ptr %Bk, i64 %706
  %708 = load <16 x float>, ptr %707, align 4
  %709 = or disjoint i64 %663, 4576
  %710 = getelementptr inbounds float, ptr %Bk, i64 %709
  %711 = load <16 x float>, ptr %710, align 4
  %712 = shufflevector <16 x float> %666, <16 x float> %669, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %713 = shufflevector <16 x float> %690, <16 x float> %693, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %714 = shufflevector <16 x float> %672, <16 x float> %675, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %715 = shufflevector <16 x float> %696, <16 x float> %699, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %716 = shufflevector <16 x float> %678, <16 x float> %681, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %717 = shufflevector <16 x float> %702, <16 x float> %705, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %718 = shufflevector <16 x float> %684, <16 x float> %687, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %719 = shufflevector <16 x float> %708, <16 x float> %711, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %720 = shufflevector <16 x float> %666, <16 x float> %669, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %721 = shufflevector <16 x float> %690, <16 x float> %693, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %722 = shufflevector <16 x float> %672, <16 x float> %675, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %723 = shufflevector <16 x float> %696, <16 x float> %699, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %724 = shufflevector <16 x float> %678, <16 x float> %681, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %725 = shufflevector <16 x float> %702, <16 x float> %705, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %726 = shufflevector <16 x float> %684, <16 x float> %687, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %727 = shufflevector <16 x float> %708, <16 x float> %711, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %728 = shufflevector <16 x float> %712, <16 x float> %713, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %729 = shufflevector <16 x float> %716, <16 x float> %717, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %730 = shufflevector <16 x float> %714, <16 x float> %715, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %731 = shufflevector <16 x float> %718, <16 x float> %719, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %732 = shufflevector <16 x float> %712, <16 x float> %713, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %733 = shufflevector <16 x float> %716, <16 x float> %717, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %734 = shufflevector <16 x float> %714, <16 x float> %715, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %735 = shufflevector <16 x float> %718, <16 x float> %719, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %736 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %737 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %738 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %739 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %740 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %741 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %742 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %743 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %744 = shufflevector <16 x float> %728, <16 x float> %729, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %745 = shufflevector <16 x float> %730, <16 x float> %731, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %746 = shufflevector <16 x float> %728, <16 x float> %729, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %747 = shufflevector <16 x float> %730, <16 x float> %731, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %748 = shufflevector <16 x float> %732, <16 x float> %733, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %749 = shufflevector <16 x float> %734, <16 x float> %735, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %750 = shufflevector <16 x float> %732, <16 x float> %733, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %751 = shufflevector <16 x float> %734, <16 x float> %735, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %752 = shufflevector <16 x float> %736, <16 x float> %737, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %753 = shufflevector <16 x float> %738, <16 x float> %739, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %754 = shufflevector <16 x float> %736, <16 x float> %737, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %755 = shufflevector <16 x float> %738, <16 x float> %739, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %756 = shufflevector <16 x float> %740, <16 x float> %741, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %757 = shufflevector <16 x float> %742, <16 x float> %743, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %758 = shufflevector <16 x float> %740, <16 x float> %741, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %759 = shufflevector <16 x float> %742, <16 x float> %743, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %760 = shufflevector <16 x float> %744, <16 x float> %745, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %761 = shl nuw nsw i64 %j12.addr.02659, 6
  %762 = add nuw nsw i64 %761, %i12.addr.02660
  %763 = getelementptr inbounds float, ptr %KT, i64 %762
  store <16 x float> %760, ptr %763, align 4
  %764 = shufflevector <16 x float> %744, <16 x float> %745, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %765 = or disjoint i64 %762, 64
  %766 = getelementptr inbounds float, ptr %KT, i64 %765
  store <16 x float> %764, ptr %766, align 4
  %767 = shufflevector <16 x float> %746, <16 x float> %747, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %768 = or disjoint i64 %762, 128
  %769 = getelementptr inbounds float, ptr %KT, i64 %768
  store <16 x float> %767, ptr %769, align 4
  %770 = shufflevector <16 x float> %746, <16 x float> %747, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %771 = or disjoint i64 %762, 192
  %772 = getelementptr inbounds float, ptr %KT, i64 %771
  store <16 x float> %770, ptr %772, align 4
  %773 = shufflevector <16 x float> %748, <16 x float> %749, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %774 = or disjoint i64 %762, 256
  %775 = getelementptr inbounds float, ptr %KT, i64 %774
  store <16 x float> %773, ptr %775, align 4
  %776 = shufflevector <16 x float> %748, <16 x float> %749, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %777 = or disjoint i64 %762, 320
  %778 = getelementptr inbounds float, ptr %KT, i64 %777
  store <16 x float> %776, ptr %778, align 4
  %779 = shufflevector <16 x float> %750, <16 x float> %751, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %780 = or disjoint i64 %762, 384
  %781 = getelementptr inbounds float, ptr %KT, i64 %780
  store <16 x float> %779, ptr %781, align 4
  %782 = shufflevector <16 x float> %750, <16 x float> %751, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %783 = or disjoint i64 %762, 448
  %784 = getelementptr inbounds float, ptr %KT, i64 %783
  store <16 x float> %782, ptr %784, align 4
  %785 = shufflevector <16 x float> %752, <16 x float> %753, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %786 = or disjoint i64 %762, 512
  %787 = getelementptr inbounds float, ptr %KT, i64 %786
  store <16 x float> %785, ptr %787, align 4
  %788 = shufflevector <16 x float> %752, <16 x float> %753, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %789 = or disjoint i64 %762, 576
  %790 = getelementptr inbounds float, ptr %KT, i64 %789
  store <16 x float> %788, ptr %790, align 4
  %791 = shufflevector <16 x float> %754, <16 x float> %755, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %792 = or disjoint i64 %762, 640
  %793 = getelementptr inbounds float, ptr %KT, i64 %792
  store <16 x float> %791, ptr %793, align 4
  %794 = shufflevector <16 x float> %754, <16 x float> %755, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %795 = or disjoint i64 %762, 704
  %796 = getelementptr inbounds float, ptr %KT, i64 %795
  store <16 x float> %794, ptr %796, align 4
  %797 = shufflevector <16 x float> %756, <16 x float> %757, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %798 = or disjoint i64 %762, 768
  %799 = getelementptr inbounds float, ptr %KT, i64 %798
  store <16 x float> %797, ptr %799, align 4
  %800 = shufflevector <16 x float> %756, <16 x float> %757, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %801 = or disjoint i64 %762, 832
  %802 = getelementptr inbounds float, ptr %KT, i64 %801
  store <16 x float> %800, ptr %802, align 4
  %803 = shufflevector <16 x float> %758, <16 x float> %759, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %804 = or disjoint i64 %762, 896
  %805 = getelementptr inbounds float, ptr %KT, i64 %804
  store <16 x float> %803, ptr %805, align 4
  %806 = shufflevector <16 x float> %758, <16 x float> %759, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %807 = or disjoint i64 %762, 960
  %808 = getelementptr inbounds float, ptr %KT, i64 %807
  store <16 x float> %806, ptr %808, align 4
  br i1 %662, label %j12.body, label %j12.exit

j12.exit:                                         ; preds = %j12.body
  %i12.next = add nuw nsw i64 %i12.addr.02660, 16
  %809 = icmp ult i64 %i12.addr.02660, 48
  br i1 %809, label %j12.head.preheader, label %j13.head.preheader

j13.head.preheader:                               ; preds = %j12.exit, %j13.exit
  %i13.addr.02662 = phi i64 [ %i13.next, %j13.exit ], [ 0, %j12.exit ]
  %810 = shl nuw nsw i64 %i13.addr.02662, 5
  br label %j13.body

j13.body:                                         ; preds = %j13.head.preheader, %j13.body
  %811 = phi i1 [ true, %j13.head.preheader ], [ false, %j13.body ]
  %j13.addr.02661 = phi i64 [ 0, %j13.head.preheader ], [ 16, %j13.body ]
  %812 = or disjoint i64 %j13.addr.02661, %810
  %813 = or disjoint i64 %812, 2048
  %814 = getelementptr inbounds float, ptr %Bk, i64 %813
  %815 = load <16 x float>, ptr %814, align 4
  %816 = or disjoint i64 %812, 2304
  %817 = getelementptr inbounds float, ptr %Bk, i64 %816
  %818 = load <16 x float>, ptr %817, align 4
  %819 = or disjoint i64 %812, 2080
  %820 = getelementptr inbounds float, ptr %Bk, i64 %819
  %821 = load <16 x float>, ptr %820, align 4
  %822 = or disjoint i64 %812, 2336
  %823 = getelementptr inbounds float, ptr %Bk, i64 %822
  %824 = load <16 x float>, ptr %823, align 4
  %825 = or disjoint i64 %812, 2112
  %826 = getelementptr inbounds float, ptr %Bk, i64 %825
  %827 = load <16 x float>, ptr %826, align 4
  %828 = or disjoint i64 %812, 2368
  %829 = getelementptr inbounds float, ptr %Bk, i64 %828
  %830 = load <16 x float>, ptr %829, align 4
  %831 = or disjoint i64 %812, 2144
  %832 = getelementptr inbounds float, ptr %Bk, i64 %831
  %833 = load <16 x float>, ptr %832, align 4
  %834 = or disjoint i64 %812, 2400
  %835 = getelementptr inbounds float, ptr %Bk, i64 %834
  %836 = load <16 x float>, ptr %835, align 4
  %837 = or disjoint i64 %812, 2176
  %838 = getelementptr inbounds float, ptr %Bk, i64 %837
  %839 = load <16 x float>, ptr %838, align 4
  %840 = or disjoint i64 %812, 2432
  %841 = getelementptr inbounds float, ptr %Bk, i64 %840
  %842 = load <16 x float>, ptr %841, align 4
  %843 = or disjoint i64 %812, 2208
  %844 = getelementptr inbounds float, ptr %Bk, i64 %843
  %845 = load <16 x float>, ptr %844, align 4
  %846 = or disjoint i64 %812, 2464
  %847 = getelementptr inbounds float, ptr %Bk, i64 %846
  %848 = load <16 x float>, ptr %847, align 4
  %849 = or disjoint i64 %812, 2240
  %850 = getelementptr inbounds float, ptr %Bk, i64 %849
  %851 = load <16 x float>, ptr %850, align 4
  %852 = or disjoint i64 %812, 2496
  %853 = getelementptr inbounds float, ptr %Bk, i64 %852
  %854 = load <16 x float>, ptr %853, align 4
  %855 = or disjoint i64 %812, 2272
  %856 = getelementptr inbounds float, ptr %Bk, i64 %855
  %857 = load <16 x float>, ptr %856, align 4
  %858 = or disjoint i64 %812, 2528
  %859 = getelementptr inbounds float, ptr %Bk, i64 %858
  %860 = load <16 x float>, ptr %859, align 4
  %861 = shufflevector <16 x float> %815, <16 x float> %818, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %862 = shufflevector <16 x float> %839, <16 x float> %842, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %863 = shufflevector <16 x float> %821, <16 x float> %824, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %864 = shufflevector <16 x float> %845, <16 x float> %848, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %865 = shufflevector <16 x float> %827, <16 x float> %830, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %866 = shufflevector <16 x float> %851, <16 x float> %854, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %867 = shufflevector <16 x float> %833, <16 x float> %836, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %868 = shufflevector <16 x float> %857, <16 x float> %860, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %869 = shufflevector <16 x float> %815, <16 x float> %818, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %870 = shufflevector <16 x float> %839, <16 x float> %842, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %871 = shufflevector <16 x float> %821, <16 x float> %824, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %872 = shufflevector <16 x float> %845, <16 x float> %848, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %873 = shufflevector <16 x float> %827, <16 x float> %830, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %874 = shufflevector <16 x float> %851, <16 x float> %854, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %875 = shufflevector <16 x float> %833, <16 x float> %836, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %876 = shufflevector <16 x float> %857, <16 x float> %860, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %877 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %878 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %879 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %880 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %881 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %882 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %883 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %884 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %885 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %886 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %887 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %888 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %889 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %890 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %891 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %892 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %893 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %894 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %895 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %896 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %897 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %898 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %899 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %900 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %901 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %902 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %903 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %904 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %905 = shufflevector <16 x float> %889, <16 x float> %890, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %906 = shufflevector <16 x float> %891, <16 x float> %892, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %907 = shufflevector <16 x float> %889, <16 x float> %890, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %908 = shufflevector <16 x float> %891, <16 x float> %892, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %909 = shufflevector <16 x float> %893, <16 x float> %894, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %910 = shl nuw nsw i64 %j13.addr.02661, 6
  %911 = add nuw nsw i64 %910, %i13.addr.02662
  %912 = getelementptr inbounds float, ptr %QcT, i64 %911
  store <16 x float> %909, ptr %912, align 4
  %913 = shufflevector <16 x float> %893, <16 x float> %894, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %914 = or disjoint i64 %911, 64
  %915 = getelementptr inbounds float, ptr %QcT, i64 %914
  store <16 x float> %913, ptr %915, align 4
  %916 = shufflevector <16 x float> %895, <16 x float> %896, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %917 = or disjoint i64 %911, 128
  %918 = getelementptr inbounds float, ptr %QcT, i64 %917
  store <16 x float> %916, ptr %918, align 4
  %919 = shufflevector <16 x float> %895, <16 x float> %896, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %920 = or disjoint i64 %911, 192
  %921 = getelementptr inbounds float, ptr %QcT, i64 %920
  store <16 x float> %919, ptr %921, align 4
  %922 = shufflevector <16 x float> %897, <16 x float> %898, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %923 = or disjoint i64 %911, 256
  %924 = getelementptr inbounds float, ptr %QcT, i64 %923
  store <16 x float> %922, ptr %924, align 4
  %925 = shufflevector <16 x float> %897, <16 x float> %898, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %926 = or disjoint i64 %911, 320
  %927 = getelementptr inbounds float, ptr %QcT, i64 %926
  store <16 x float> %925, ptr %927, align 4
  %928 = shufflevector <16 x float> %899, <16 x float> %900, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %929 = or disjoint i64 %911, 384
  %930 = getelementptr inbounds float, ptr %QcT, i64 %929
  store <16 x float> %928, ptr %930, align 4
  %931 = shufflevector <16 x float> %899, <16 x float> %900, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %932 = or disjoint i64 %911, 448
  %933 = getelementptr inbounds float, ptr %QcT, i64 %932
  store <16 x float> %931, ptr %933, align 4
  %934 = shufflevector <16 x float> %901, <16 x float> %902, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %935 = or disjoint i64 %911, 512
  %936 = getelementptr inbounds float, ptr %QcT, i64 %935
  store <16 x float> %934, ptr %936, align 4
  %937 = shufflevector <16 x float> %901, <16 x float> %902, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %938 = or disjoint i64 %911, 576
  %939 = getelementptr inbounds float, ptr %QcT, i64 %938
  store <16 x float> %937, ptr %939, align 4
  %940 = shufflevector <16 x float> %903, <16 x float> %904, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %941 = or disjoint i64 %911, 640
  %942 = getelementptr inbounds float, ptr %QcT, i64 %941
  store <16 x float> %940, ptr %942, align 4
  %943 = shufflevector <16 x float> %903, <16 x float> %904, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %944 = or disjoint i64 %911, 704
  %945 = getelementptr inbounds float, ptr %QcT, i64 %944
  store <16 x float> %943, ptr %945, align 4
  %946 = shufflevector <16 x float> %905, <16 x float> %906, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %947 = or disjoint i64 %911, 768
  %948 = getelementptr inbounds float, ptr %QcT, i64 %947
  store <16 x float> %946, ptr %948, align 4
  %949 = shufflevector <16 x float> %905, <16 x float> %906, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %950 = or disjoint i64 %911, 832
  %951 = getelementptr inbounds float, ptr %QcT, i64 %950
  store <16 x float> %949, ptr %951, align 4
  %952 = shufflevector <16 x float> %907, <16 x float> %908, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %953 = or disjoint i64 %911, 896
  %954 = getelementptr inbounds float, ptr %QcT, i64 %953
  store <16 x float> %952, ptr %954, align 4
  %955 = shufflevector <16 x float> %907, <16 x float> %908, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %956 = or disjoint i64 %911, 960
  %957 = getelementptr inbounds float, ptr %QcT, i64 %956
  store <16 x float> %955, ptr %957, align 4
  br i1 %811, label %j13.body, label %j13.exit

j13.exit:                                         ; preds = %j13.body
  %i13.next = add nuw nsw i64 %i13.addr.02662, 16
  %958 = icmp ult i64 %i13.addr.02662, 48
  br i1 %958, label %j13.head.preheader, label %j14.head.preheader

j14.head.preheader:                               ; preds = %j13.exit, %j14.exit
  %i14.addr.02664 = phi i64 [ %i14.next, %j14.exit ], [ 0, %j13.exit ]
  %959 = shl nuw nsw i64 %i14.addr.02664, 5
  br label %j14.body

j14.body:                                         ; preds = %j14.head.preheader, %j14.body
  %960 = phi i1 [ true, %j14.head.preheader ], [ false, %j14.body ]
  %j14.addr.02663 = phi i64 [ 0, %j14.head.preheader ], [ 16, %j14.body ]
  %961 = or disjoint i64 %j14.addr.02663, %959
  %962 = getelementptr inbounds float, ptr %OY, i64 %961
  %963 = load <16 x float>, ptr %962, align 4
  %964 = or disjoint i64 %961, 256
  %965 = getelementptr inbounds float, ptr %OY, i64 %964
  %966 = load <16 x float>, ptr %965, align 4
  %967 = or disjoint i64 %961, 32
  %968 = getelementptr inbounds float, ptr %OY, i64 %967
  %969 = load <16 x float>, ptr %968, align 4
  %970 = or disjoint i64 %961, 288
  %971 = getelementptr inbounds float, ptr %OY, i64 %970
  %972 = load <16 x float>, ptr %971, align 4
  %973 = or disjoint i64 %961, 64
  %974 = getelementptr inbounds float, ptr %OY, i64 %973
  %975 = load <16 x float>, ptr %974, align 4
  %976 = or disjoint i64 %961, 320
  %977 = getelementptr inbounds float, ptr %OY, i64 %976
  %978 = load <16 x float>, ptr %977, align 4
  %979 = or disjoint i64 %961, 96
  %980 = getelementptr inbounds float, ptr %OY, i64 %979
  %981 = load <16 x float>, ptr %980, align 4
  %982 = or disjoint i64 %961, 352
  %983 = getelementptr inbounds float, ptr %OY, i64 %982
  %984 = load <16 x float>, ptr %983, align 4
  %985 = or disjoint i64 %961, 128
  %986 = getelementptr inbounds float, ptr %OY, i64 %985
  %987 = load <16 x float>, ptr %986, align 4
  %988 = or disjoint i64 %961, 384
  %989 = getelementptr inbounds float, ptr %OY, i64 %988
  %990 = load <16 x float>, ptr %989, align 4
  %991 = or disjoint i64 %961, 160
  %992 = getelementptr inbounds float, ptr %OY, i64 %991
  %993 = load <16 x float>, ptr %992, align 4
  %994 = or disjoint i64 %961, 416
  %995 = getelementptr inbounds float, ptr %OY, i64 %994
  %996 = load <16 x float>, ptr %995, align 4
  %997 = or disjoint i64 %961, 192
  %998 = getelementptr inbounds float, ptr %OY, i64 %997
  %999 = load <16 x float>, ptr %998, align 4
  %1000 = or disjoint i64 %961, 448
  %1001 = getelementptr inbounds float, ptr %OY, i64 %1000
  %1002 = load <16 x float>, ptr %1001, align 4
  %1003 = or disjoint i64 %961, 224
  %1004 = getelementptr inbounds float, ptr %OY, i64 %1003
  %1005 = load <16 x float>, ptr %1004, align 4
  %1006 = or disjoint i64 %961, 480
  %1007 = getelementptr inbounds float, ptr %OY, i64 %1006
  %1008 = load <16 x float>, ptr %1007, align 4
  %1009 = shufflevector <16 x float> %963, <16 x float> %966, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1010 = shufflevector <16 x float> %987, <16 x float> %990, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1011 = shufflevector <16 x float> %969, <16 x float> %972, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1012 = shufflevector <16 x float> %993, <16 x float> %996, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1013 = shufflevector <16 x float> %975, <16 x float> %978, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1014 = shufflevector <16 x float> %999, <16 x float> %1002, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1015 = shufflevector <16 x float> %981, <16 x float> %984, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1016 = shufflevector <16 x float> %1005, <16 x float> %1008, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1017 = shufflevector <16 x float> %963, <16 x float> %966, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1018 = shufflevector <16 x float> %987, <16 x float> %990, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1019 = shufflevector <16 x float> %969, <16 x float> %972, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1020 = shufflevector <16 x float> %993, <16 x float> %996, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1021 = shufflevector <16 x float> %975, <16 x float> %978, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1022 = shufflevector <16 x float> %999, <16 x float> %1002, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1023 = shufflevector <16 x float> %981, <16 x float> %984, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1024 = shufflevector <16 x float> %1005, <16 x float> %1008, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1025 = shufflevector <16 x float> %1009, <16 x float> %1010, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1026 = shufflevector <16 x float> %1013, <16 x float> %1014, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1027 = shufflevector <16 x float> %1011, <16 x float> %1012, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1028 = shufflevector <16 x float> %1015, <16 x float> %1016, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1029 = shufflevector <16 x float> %1009, <16 x float> %1010, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1030 = shufflevector <16 x float> %1013, <16 x float> %1014, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1031 = shufflevector <16 x float> %1011, <16 x float> %1012, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1032 = shufflevector <16 x float> %1015, <16 x float> %1016, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1033 = shufflevector <16 x float> %1017, <16 x float> %1018, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1034 = shufflevector <16 x float> %1021, <16 x float> %1022, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1035 = shufflevector <16 x float> %1019, <16 x float> %1020, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1036 = shufflevector <16 x float> %1023, <16 x float> %1024, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1037 = shufflevector <16 x float> %1017, <16 x float> %1018, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1038 = shufflevector <16 x float> %1021, <16 x float> %1022, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1039 = shufflevector <16 x float> %1019, <16 x float> %1020, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1040 = shufflevector <16 x float> %1023, <16 x float> %1024, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1041 = shufflevector <16 x float> %1025, <16 x float> %1026, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1042 = shufflevector <16 x float> %1027, <16 x float> %1028, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1043 = shufflevector <16 x float> %1025, <16 x float> %1026, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1044 = shufflevector <16 x float> %1027, <16 x float> %1028, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1045 = shufflevector <16 x float> %1029, <16 x float> %1030, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1046 = shufflevector <16 x float> %1031, <16 x float> %1032, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1047 = shufflevector <16 x float> %1029, <16 x float> %1030, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1048 = shufflevector <16 x float> %1031, <16 x float> %1032, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1049 = shufflevector <16 x float> %1033, <16 x float> %1034, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1050 = shufflevector <16 x float> %1035, <16 x float> %1036, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1051 = shufflevector <16 x float> %1033, <16 x float> %1034, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1052 = shufflevector <16 x float> %1035, <16 x float> %1036, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1053 = shufflevector <16 x float> %1037, <16 x float> %1038, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1054 = shufflevector <16 x float> %1039, <16 x float> %1040, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1055 = shufflevector <16 x float> %1037, <16 x float> %1038, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1056 = shufflevector <16 x float> %1039, <16 x float> %1040, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1057 = shufflevector <16 x float> %1041, <16 x float> %1042, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1058 = shl nuw nsw i64 %j14.addr.02663, 6
  %1059 = add nuw nsw i64 %1058, %i14.addr.02664
  %1060 = getelementptr inbounds float, ptr %dOT, i64 %1059
  store <16 x float> %1057, ptr %1060, align 4
  %1061 = shufflevector <16 x float> %1041, <16 x float> %1042, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1062 = or disjoint i64 %1059, 64
  %1063 = getelementptr inbounds float, ptr %dOT, i64 %1062
  store <16 x float> %1061, ptr %1063, align 4
  %1064 = shufflevector <16 x float> %1043, <16 x float> %1044, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1065 = or disjoint i64 %1059, 128
  %1066 = getelementptr inbounds float, ptr %dOT, i64 %1065
  store <16 x float> %1064, ptr %1066, align 4
  %1067 = shufflevector <16 x float> %1043, <16 x float> %1044, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1068 = or disjoint i64 %1059, 192
  %1069 = getelementptr inbounds float, ptr %dOT, i64 %1068
  store <16 x float> %1067, ptr %1069, align 4
  %1070 = shufflevector <16 x float> %1045, <16 x float> %1046, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1071 = or disjoint i64 %1059, 256
  %1072 = getelementptr inbounds float, ptr %dOT, i64 %1071
  store <16 x float> %1070, ptr %1072, align 4
  %1073 = shufflevector <16 x float> %1045, <16 x float> %1046, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1074 = or disjoint i64 %1059, 320
  %1075 = getelementptr inbounds float, ptr %dOT, i64 %1074
  store <16 x float> %1073, ptr %1075, align 4
  %1076 = shufflevector <16 x float> %1047, <16 x float> %1048, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1077 = or disjoint i64 %1059, 384
  %1078 = getelementptr inbounds float, ptr %dOT, i64 %1077
  store <16 x float> %1076, ptr %1078, align 4
  %1079 = shufflevector <16 x float> %1047, <16 x float> %1048, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1080 = or disjoint i64 %1059, 448
  %1081 = getelementptr inbounds float, ptr %dOT, i64 %1080
  store <16 x float> %1079, ptr %1081, align 4
  %1082 = shufflevector <16 x float> %1049, <16 x float> %1050, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1083 = or disjoint i64 %1059, 512
  %1084 = getelementptr inbounds float, ptr %dOT, i64 %1083
  store <16 x float> %1082, ptr %1084, align 4
  %1085 = shufflevector <16 x float> %1049, <16 x float> %1050, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1086 = or disjoint i64 %1059, 576
  %1087 = getelementptr inbounds float, ptr %dOT, i64 %1086
  store <16 x float> %1085, ptr %1087, align 4
  %1088 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1089 = or disjoint i64 %1059, 640
  %1090 = getelementptr inbounds float, ptr %dOT, i64 %1089
  store <16 x float> %1088, ptr %1090, align 4
  %1091 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1092 = or disjoint i64 %1059, 704
  %1093 = getelementptr inbounds float, ptr %dOT, i64 %1092
  store <16 x float> %1091, ptr %1093, align 4
  %1094 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1095 = or disjoint i64 %1059, 768
  %1096 = getelementptr inbounds float, ptr %dOT, i64 %1095
  store <16 x float> %1094, ptr %1096, align 4
  %1097 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1098 = or disjoint i64 %1059, 832
  %1099 = getelementptr inbounds float, ptr %dOT, i64 %1098
  store <16 x float> %1097, ptr %1099, align 4
  %1100 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1101 = or disjoint i64 %1059, 896
  %1102 = getelementptr inbounds float, ptr %dOT, i64 %1101
  store <16 x float> %1100, ptr %1102, align 4
  %1103 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1104 = or disjoint i64 %1059, 960
  %1105 = getelementptr inbounds float, ptr %dOT, i64 %1104
  store <16 x float> %1103, ptr %1105, align 4
  br i1 %960, label %j14.body, label %j14.exit

j14.exit:                                         ; preds = %j14.body
  %i14.next = add nuw nsw i64 %i14.addr.02664, 16
  %1106 = icmp ult i64 %i14.addr.02664, 48
  br i1 %1106, label %j14.head.preheader, label %i15.body

i15.head.loopexit:                                ; preds = %p2.exit
  %1107 = icmp ult i64 %i15.addr.02677, 56
  br i1 %1107, label %i15.body, label %p3.head.preheader

i15.body:                                         ; preds = %j14.exit, %i15.head.loopexit
  %i15.addr.02677 = phi i64 [ %1108, %i15.head.loopexit ], [ 0, %j14.exit ]
  %1108 = add nuw nsw i64 %i15.addr.02677, 8
  %1109 = shl nuw nsw i64 %i15.addr.02677, 5
  %.idx2622 = shl nuw nsw i64 %i15.addr.02677, 8
  %1110 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2622
  %1111 = shl nuw nsw i64 %i15.addr.02677, 6
  %1112 = or disjoint i64 %1111, 64
  %1113 = getelementptr inbounds float, ptr %Gm, i64 %1112
  %1114 = or disjoint i64 %1111, 128
  %1115 = getelementptr inbounds float, ptr %Gm, i64 %1114
  %1116 = or disjoint i64 %1111, 192
  %1117 = getelementptr inbounds float, ptr %Gm, i64 %1116
  %1118 = or disjoint i64 %1111, 256
  %1119 = getelementptr inbounds float, ptr %Gm, i64 %1118
  %1120 = or disjoint i64 %1111, 320
  %1121 = getelementptr inbounds float, ptr %Gm, i64 %1120
  %1122 = or disjoint i64 %1111, 384
  %1123 = getelementptr inbounds float, ptr %Gm, i64 %1122
  %1124 = or disjoint i64 %1111, 448
  %1125 = getelementptr inbounds float, ptr %Gm, i64 %1124
  br label %p2.head.preheader

p2.head.preheader:                                ; preds = %i15.body, %p2.exit
  %j15.addr.02676 = phi i64 [ 0, %i15.body ], [ %j15.next, %p2.exit ]
  %invariant.gep2665 = getelementptr inbounds float, ptr %KT, i64 %j15.addr.02676
  br label %p2.body

p2.body:                                          ; preds = %p2.head.preheader, %p2.body
  %acc.02675 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1133, %p2.body ]
  %acc1.02674 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1139, %p2.body ]
  %acc2.02673 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1145, %p2.body ]
  %acc3.02672 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1151, %p2.body ]
  %acc4.02671 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1157, %p2.body ]
  %acc5.02670 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1163, %p2.body ]
  %acc6.02669 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1169, %p2.body ]
  %acc7.02668 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1175, %p2.body ]
  %p2.addr.02667 = phi i64 [ 0, %p2.head.preheader ], [ %p2.next, %p2.body ]
  %.idx2623 = shl nuw nsw i64 %p2.addr.02667, 8
  %gep2666 = getelementptr inbounds i8, ptr %invariant.gep2665, i64 %.idx2623
  %1126 = load <16 x float>, ptr %gep2666, align 4
  %1127 = add nuw nsw i64 %p2.addr.02667, %1109
  %1128 = or disjoint i64 %1127, 4096
  %1129 = getelementptr inbounds float, ptr %Bk, i64 %1128
  %1130 = load float, ptr %1129, align 4
  %1131 = insertelement <16 x float> poison, float %1130, i64 0
  %1132 = shufflevector <16 x float> %1131, <16 x float> poison, <16 x i32> zeroinitializer
  %1133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1132, <16 x float> %1126, <16 x float> %acc.02675)
  %1134 = or disjoint i64 %1127, 4128
  %1135 = getelementptr inbounds float, ptr %Bk, i64 %1134
  %1136 = load float, ptr %1135, align 4
  %1137 = insertelement <16 x float> poison, float %1136, i64 0
  %1138 = shufflevector <16 x float> %1137, <16 x float> poison, <16 x i32> zeroinitializer
  %1139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1138, <16 x float> %1126, <16 x float> %acc1.02674)
  %1140 = or disjoint i64 %1127, 4160
  %1141 = getelementptr inbounds float, ptr %Bk, i64 %1140
  %1142 = load float, ptr %1141, align 4
  %1143 = insertelement <16 x float> poison, float %1142, i64 0
  %1144 = shufflevector <16 x float> %1143, <16 x float> poison, <16 x i32> zeroinitializer
  %1145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1144, <16 x float> %1126, <16 x float> %acc2.02673)
  %1146 = or disjoint i64 %1127, 4192
  %1147 = getelementptr inbounds float, ptr %Bk, i64 %1146
  %1148 = load float, ptr %1147, align 4
  %1149 = insertelement <16 x float> poison, float %1148, i64 0
  %1150 = shufflevector <16 x float> %1149, <16 x float> poison, <16 x i32> zeroinitializer
  %1151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1126, <16 x float> %acc3.02672)
  %1152 = or disjoint i64 %1127, 4224
  %1153 = getelementptr inbounds float, ptr %Bk, i64 %1152
  %1154 = load float, ptr %1153, align 4
  %1155 = insertelement <16 x float> poison, float %1154, i64 0
  %1156 = shufflevector <16 x float> %1155, <16 x float> poison, <16 x i32> zeroinitializer
  %1157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1156, <16 x float> %1126, <16 x float> %acc4.02671)
  %1158 = or disjoint i64 %1127, 4256
  %1159 = getelementptr inbounds float, ptr %Bk, i64 %1158
  %1160 = load float, ptr %1159, align 4
  %1161 = insertelement <16 x float> poison, float %1160, i64 0
  %1162 = shufflevector <16 x float> %1161, <16 x float> poison, <16 x i32> zeroinitializer
  %1163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1162, <16 x float> %1126, <16 x float> %acc5.02670)
  %1164 = or disjoint i64 %1127, 4288
  %1165 = getelementptr inbounds float, ptr %Bk, i64 %1164
  %1166 = load float, ptr %1165, align 4
  %1167 = insertelement <16 x float> poison, float %1166, i64 0
  %1168 = shufflevector <16 x float> %1167, <16 x float> poison, <16 x i32> zeroinitializer
  %1169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1168, <16 x float> %1126, <16 x float> %acc6.02669)
  %1170 = or disjoint i64 %1127, 4320
  %1171 = getelementptr inbounds float, ptr %Bk, i64 %1170
  %1172 = load float, ptr %1171, align 4
  %1173 = insertelement <16 x float> poison, float %1172, i64 0
  %1174 = shufflevector <16 x float> %1173, <16 x float> poison, <16 x i32> zeroinitializer
  %1175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1174, <16 x float> %1126, <16 x float> %acc7.02668)
  %p2.next = add nuw nsw i64 %p2.addr.02667, 1
  %exitcond3136.not = icmp eq i64 %p2.next, 32
  br i1 %exitcond3136.not, label %p2.exit, label %p2.body

p2.exit:                                          ; preds = %p2.body
  %1176 = getelementptr inbounds float, ptr %1110, i64 %j15.addr.02676
  store <16 x float> %1133, ptr %1176, align 4
  %1177 = getelementptr inbounds float, ptr %1113, i64 %j15.addr.02676
  store <16 x float> %1139, ptr %1177, align 4
  %1178 = getelementptr inbounds float, ptr %1115, i64 %j15.addr.02676
  store <16 x float> %1145, ptr %1178, align 4
  %1179 = getelementptr inbounds float, ptr %1117, i64 %j15.addr.02676
  store <16 x float> %1151, ptr %1179, align 4
  %1180 = getelementptr inbounds float, ptr %1119, i64 %j15.addr.02676
  store <16 x float> %1157, ptr %1180, align 4
  %1181 = getelementptr inbounds float, ptr %1121, i64 %j15.addr.02676
  store <16 x float> %1163, ptr %1181, align 4
  %1182 = getelementptr inbounds float, ptr %1123, i64 %j15.addr.02676
  store <16 x float> %1169, ptr %1182, align 4
  %1183 = getelementptr inbounds float, ptr %1125, i64 %j15.addr.02676
  store <16 x float> %1175, ptr %1183, align 4
  %j15.next = add nuw nsw i64 %j15.addr.02676, 16
  %1184 = icmp ult i64 %j15.next, %1108
  br i1 %1184, label %p2.head.preheader, label %i15.head.loopexit

p3.head.preheader:                                ; preds = %i15.head.loopexit, %p3.exit
  %i16.addr.02695 = phi i64 [ %i16.next, %p3.exit ], [ 0, %i15.head.loopexit ]
  %1185 = shl nuw nsw i64 %i16.addr.02695, 5
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc8.02694 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1204, %p3.body ]
  %acc9.02693 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1205, %p3.body ]
  %acc10.02692 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1206, %p3.body ]
  %acc11.02691 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1207, %p3.body ]
  %acc12.02690 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1213, %p3.body ]
  %acc13.02689 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1214, %p3.body ]
  %acc14.02688 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1215, %p3.body ]
  %acc15.02687 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1216, %p3.body ]
  %acc16.02686 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1222, %p3.body ]
  %acc17.02685 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1223, %p3.body ]
  %acc18.02684 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1224, %p3.body ]
  %acc19.02683 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1225, %p3.body ]
  %acc20.02682 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1231, %p3.body ]
  %acc21.02681 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1232, %p3.body ]
  %acc22.02680 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1233, %p3.body ]
  %acc23.02679 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1234, %p3.body ]
  %p3.addr.02678 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %1186 = shl nuw nsw i64 %p3.addr.02678, 6
  %1187 = getelementptr inbounds float, ptr %work, i64 %1186
  %1188 = load <16 x float>, ptr %1187, align 4
  %1189 = or disjoint i64 %1186, 16
  %1190 = getelementptr inbounds float, ptr %work, i64 %1189
  %1191 = load <16 x float>, ptr %1190, align 4
  %1192 = or disjoint i64 %1186, 32
  %1193 = getelementptr inbounds float, ptr %work, i64 %1192
  %1194 = load <16 x float>, ptr %1193, align 4
  %1195 = or disjoint i64 %1186, 48
  %1196 = getelementptr inbounds float, ptr %work, i64 %1195
  %1197 = load <16 x float>, ptr %1196, align 4
  %1198 = add nuw nsw i64 %p3.addr.02678, %1185
  %1199 = or disjoint i64 %1198, 4096
  %1200 = getelementptr inbounds float, ptr %Bk, i64 %1199
  %1201 = load float, ptr %1200, align 4
  %1202 = insertelement <16 x float> poison, float %1201, i64 0
  %1203 = shufflevector <16 x float> %1202, <16 x float> poison, <16 x i32> zeroinitializer
  %1204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1203, <16 x float> %1188, <16 x float> %acc8.02694)
  %1205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1203, <16 x float> %1191, <16 x float> %acc9.02693)
  %1206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1203, <16 x float> %1194, <16 x float> %acc10.02692)
  %1207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1203, <16 x float> %1197, <16 x float> %acc11.02691)
  %1208 = or disjoint i64 %1198, 4128
  %1209 = getelementptr inbounds float, ptr %Bk, i64 %1208
  %1210 = load float, ptr %1209, align 4
  %1211 = insertelement <16 x float> poison, float %1210, i64 0
  %1212 = shufflevector <16 x float> %1211, <16 x float> poison, <16 x i32> zeroinitializer
  %1213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1212, <16 x float> %1188, <16 x float> %acc12.02690)
  %1214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1212, <16 x float> %1191, <16 x float> %acc13.02689)
  %1215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1212, <16 x float> %1194, <16 x float> %acc14.02688)
  %1216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1212, <16 x float> %1197, <16 x float> %acc15.02687)
  %1217 = or disjoint i64 %1198, 4160
  %1218 = getelementptr inbounds float, ptr %Bk, i64 %1217
  %1219 = load float, ptr %1218, align 4
  %1220 = insertelement <16 x float> poison, float %1219, i64 0
  %1221 = shufflevector <16 x float> %1220, <16 x float> poison, <16 x i32> zeroinitializer
  %1222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1221, <16 x float> %1188, <16 x float> %acc16.02686)
  %1223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1221, <16 x float> %1191, <16 x float> %acc17.02685)
  %1224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1221, <16 x float> %1194, <16 x float> %acc18.02684)
  %1225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1221, <16 x float> %1197, <16 x float> %acc19.02683)
  %1226 = or disjoint i64 %1198, 4192
  %1227 = getelementptr inbounds float, ptr %Bk, i64 %1226
  %1228 = load float, ptr %1227, align 4
  %1229 = insertelement <16 x float> poison, float %1228, i64 0
  %1230 = shufflevector <16 x float> %1229, <16 x float> poison, <16 x i32> zeroinitializer
  %1231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1230, <16 x float> %1188, <16 x float> %acc20.02682)
  %1232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1230, <16 x float> %1191, <16 x float> %acc21.02681)
  %1233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1230, <16 x float> %1194, <16 x float> %acc22.02680)
  %1234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1230, <16 x float> %1197, <16 x float> %acc23.02679)
  %p3.next = add nuw nsw i64 %p3.addr.02678, 1
  %exitcond3137.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3137.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1235 = shl nuw nsw i64 %i16.addr.02695, 6
  %1236 = getelementptr inbounds float, ptr %KSdS, i64 %1235
  store <16 x float> %1204, ptr %1236, align 4
  %1237 = or disjoint i64 %1235, 16
  %1238 = getelementptr inbounds float, ptr %KSdS, i64 %1237
  store <16 x float> %1205, ptr %1238, align 4
  %1239 = or disjoint i64 %1235, 32
  %1240 = getelementptr inbounds float, ptr %KSdS, i64 %1239
  store <16 x float> %1206, ptr %1240, align 4
  %1241 = or disjoint i64 %1235, 48
  %1242 = getelementptr inbounds float, ptr %KSdS, i64 %1241
  store <16 x float> %1207, ptr %1242, align 4
  %1243 = or disjoint i64 %1235, 64
  %1244 = getelementptr inbounds float, ptr %KSdS, i64 %1243
  store <16 x float> %1213, ptr %1244, align 4
  %1245 = or disjoint i64 %1235, 80
  %1246 = getelementptr inbounds float, ptr %KSdS, i64 %1245
  store <16 x float> %1214, ptr %1246, align 4
  %1247 = or disjoint i64 %1235, 96
  %1248 = getelementptr inbounds float, ptr %KSdS, i64 %1247
  store <16 x float> %1215, ptr %1248, align 4
  %1249 = or disjoint i64 %1235, 112
  %1250 = getelementptr inbounds float, ptr %KSdS, i64 %1249
  store <16 x float> %1216, ptr %1250, align 4
  %1251 = or disjoint i64 %1235, 128
  %1252 = getelementptr inbounds float, ptr %KSdS, i64 %1251
  store <16 x float> %1222, ptr %1252, align 4
  %1253 = or disjoint i64 %1235, 144
  %1254 = getelementptr inbounds float, ptr %KSdS, i64 %1253
  store <16 x float> %1223, ptr %1254, align 4
  %1255 = or disjoint i64 %1235, 160
  %1256 = getelementptr inbounds float, ptr %KSdS, i64 %1255
  store <16 x float> %1224, ptr %1256, align 4
  %1257 = or disjoint i64 %1235, 176
  %1258 = getelementptr inbounds float, ptr %KSdS, i64 %1257
  store <16 x float> %1225, ptr %1258, align 4
  %1259 = or disjoint i64 %1235, 192
  %1260 = getelementptr inbounds float, ptr %KSdS, i64 %1259
  store <16 x float> %1231, ptr %1260, align 4
  %1261 = or disjoint i64 %1235, 208
  %1262 = getelementptr inbounds float, ptr %KSdS, i64 %1261
  store <16 x float> %1232, ptr %1262, align 4
  %1263 = or disjoint i64 %1235, 224
  %1264 = getelementptr inbounds float, ptr %KSdS, i64 %1263
  store <16 x float> %1233, ptr %1264, align 4
  %1265 = or disjoint i64 %1235, 240
  %1266 = getelementptr inbounds float, ptr %KSdS, i64 %1265
  store <16 x float> %1234, ptr %1266, align 4
  %i16.next = add nuw nsw i64 %i16.addr.02695, 4
  %1267 = icmp ult i64 %i16.addr.02695, 60
  br i1 %1267, label %p3.head.preheader, label %p4.head.preheader

p4.head.preheader:                                ; preds = %p3.exit, %p4.head.preheader
  %i17.addr.02697 = phi i64 [ %i17.next.3, %p4.head.preheader ], [ 0, %p3.exit ]
  %.idx2932 = shl nsw i64 %i17.addr.02697, 7
  %1268 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2932
  %1269 = load <16 x float>, ptr %1268, align 4
  %.idx2933 = shl nsw i64 %i17.addr.02697, 8
  %1270 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2933
  %1271 = load <16 x float>, ptr %1270, align 4
  %1272 = fsub <16 x float> %1269, %1271
  store <16 x float> %1272, ptr %1268, align 4
  %1273 = getelementptr inbounds i8, ptr %23, i64 %.idx2932
  %1274 = load <16 x float>, ptr %1273, align 4
  %1275 = getelementptr inbounds i8, ptr %24, i64 %.idx2933
  %1276 = load <16 x float>, ptr %1275, align 4
  %1277 = fsub <16 x float> %1274, %1276
  store <16 x float> %1277, ptr %1273, align 4
  %i17.next = or disjoint i64 %i17.addr.02697, 1
  %.idx2932.1 = shl nsw i64 %i17.next, 7
  %1278 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2932.1
  %1279 = load <16 x float>, ptr %1278, align 4
  %.idx2933.1 = shl nsw i64 %i17.next, 8
  %1280 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2933.1
  %1281 = load <16 x float>, ptr %1280, align 4
  %1282 = fsub <16 x float> %1279, %1281
  store <16 x float> %1282, ptr %1278, align 4
  %1283 = getelementptr inbounds i8, ptr %23, i64 %.idx2932.1
  %1284 = load <16 x float>, ptr %1283, align 4
  %1285 = getelementptr inbounds i8, ptr %24, i64 %.idx2933.1
  %1286 = load <16 x float>, ptr %1285, align 4
  %1287 = fsub <16 x float> %1284, %1286
  store <16 x float> %1287, ptr %1283, align 4
  %i17.next.1 = or disjoint i64 %i17.addr.02697, 2
  %.idx2932.2 = shl nsw i64 %i17.next.1, 7
  %1288 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2932.2
  %1289 = load <16 x float>, ptr %1288, align 4
  %.idx2933.2 = shl nsw i64 %i17.next.1, 8
  %1290 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2933.2
  %1291 = load <16 x float>, ptr %1290, align 4
  %1292 = fsub <16 x float> %1289, %1291
  store <16 x float> %1292, ptr %1288, align 4
  %1293 = getelementptr inbounds i8, ptr %23, i64 %.idx2932.2
  %1294 = load <16 x float>, ptr %1293, align 4
  %1295 = getelementptr inbounds i8, ptr %24, i64 %.idx2933.2
  %1296 = load <16 x float>, ptr %1295, align 4
  %1297 = fsub <16 x float> %1294, %1296
  store <16 x float> %1297, ptr %1293, align 4
  %i17.next.2 = or disjoint i64 %i17.addr.02697, 3
  %.idx2932.3 = shl nsw i64 %i17.next.2, 7
  %1298 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2932.3
  %1299 = load <16 x float>, ptr %1298, align 4
  %.idx2933.3 = shl nsw i64 %i17.next.2, 8
  %1300 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2933.3
  %1301 = load <16 x float>, ptr %1300, align 4
  %1302 = fsub <16 x float> %1299, %1301
  store <16 x float> %1302, ptr %1298, align 4
  %1303 = getelementptr inbounds i8, ptr %23, i64 %.idx2932.3
  %1304 = load <16 x float>, ptr %1303, align 4
  %1305 = getelementptr inbounds i8, ptr %24, i64 %.idx2933.3
  %1306 = load <16 x float>, ptr %1305, align 4
  %1307 = fsub <16 x float> %1304, %1306
  store <16 x float> %1307, ptr %1303, align 4
  %i17.next.3 = add nuw nsw i64 %i17.addr.02697, 4
  %exitcond3138.not.3 = icmp eq i64 %i17.next.3, 64
  br i1 %exitcond3138.not.3, label %ib.body, label %p4.head.preheader

ib.body:                                          ; preds = %p4.head.preheader, %j17.exit
  %ib.addr.02714 = phi i64 [ %ib.next, %j17.exit ], [ 0, %p4.head.preheader ]
  %1308 = shl nuw nsw i64 %ib.addr.02714, 2
  %umax3699 = tail call i64 @llvm.umax.i64(i64 %1308, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02714, 2
  %.not2934 = icmp eq i64 %ib.addr.02714, 0
  br i1 %.not2934, label %j17.exit, label %j17.body.lr.ph

j17.body.lr.ph:                                   ; preds = %ib.body
  %.idx2621 = shl nuw nsw i64 %ib.addr.02714, 10
  %1309 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2621
  %1310 = shl nuw nsw i64 %ib.addr.02714, 8
  %1311 = or disjoint i64 %1310, 64
  %1312 = getelementptr inbounds float, ptr %Gm, i64 %1311
  %1313 = or disjoint i64 %1310, 128
  %1314 = getelementptr inbounds float, ptr %Gm, i64 %1313
  %1315 = or disjoint i64 %1310, 192
  %1316 = getelementptr inbounds float, ptr %Gm, i64 %1315
  %xtraiter = and i64 %umax3699, 1
  %1317 = icmp eq i64 %umax3699, 1
  br i1 %1317, label %j17.exit.loopexit.unr-lcssa, label %j17.body.lr.ph.new

j17.body.lr.ph.new:                               ; preds = %j17.body.lr.ph
  %unroll_iter = and i64 %umax3699, 9223372036854775804
  br label %j17.body

j17.body:                                         ; preds = %j17.body, %j17.body.lr.ph.new
  %acc24.02706 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1358, %j17.body ]
  %acc25.02705 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1359, %j17.body ]
  %acc26.02704 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1364, %j17.body ]
  %acc27.02703 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1365, %j17.body ]
  %acc28.02702 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1370, %j17.body ]
  %acc29.02701 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1371, %j17.body ]
  %acc30.02700 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1376, %j17.body ]
  %acc31.02699 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1377, %j17.body ]
  %j17.addr.02698 = phi i64 [ 0, %j17.body.lr.ph.new ], [ %j17.next.1, %j17.body ]
  %niter = phi i64 [ 0, %j17.body.lr.ph.new ], [ %niter.next.1, %j17.body ]
  %1318 = shl nsw i64 %j17.addr.02698, 5
  %1319 = getelementptr inbounds float, ptr %Vn, i64 %1318
  %1320 = load <16 x float>, ptr %1319, align 4
  %1321 = or disjoint i64 %1318, 16
  %1322 = getelementptr inbounds float, ptr %Vn, i64 %1321
  %1323 = load <16 x float>, ptr %1322, align 4
  %1324 = getelementptr inbounds float, ptr %1309, i64 %j17.addr.02698
  %1325 = load float, ptr %1324, align 4
  %1326 = insertelement <16 x float> poison, float %1325, i64 0
  %1327 = shufflevector <16 x float> %1326, <16 x float> poison, <16 x i32> zeroinitializer
  %1328 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1327, <16 x float> %1320, <16 x float> %acc24.02706)
  %1329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1327, <16 x float> %1323, <16 x float> %acc25.02705)
  %1330 = getelementptr inbounds float, ptr %1312, i64 %j17.addr.02698
  %1331 = load float, ptr %1330, align 4
  %1332 = insertelement <16 x float> poison, float %1331, i64 0
  %1333 = shufflevector <16 x float> %1332, <16 x float> poison, <16 x i32> zeroinitializer
  %1334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1333, <16 x float> %1320, <16 x float> %acc26.02704)
  %1335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1333, <16 x float> %1323, <16 x float> %acc27.02703)
  %1336 = getelementptr inbounds float, ptr %1314, i64 %j17.addr.02698
  %1337 = load float, ptr %1336, align 4
  %1338 = insertelement <16 x float> poison, float %1337, i64 0
  %1339 = shufflevector <16 x float> %1338, <16 x float> poison, <16 x i32> zeroinitializer
  %1340 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1339, <16 x float> %1320, <16 x float> %acc28.02702)
  %1341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1339, <16 x float> %1323, <16 x float> %acc29.02701)
  %1342 = getelementptr inbounds float, ptr %1316, i64 %j17.addr.02698
  %1343 = load float, ptr %1342, align 4
  %1344 = insertelement <16 x float> poison, float %1343, i64 0
  %1345 = shufflevector <16 x float> %1344, <16 x float> poison, <16 x i32> zeroinitializer
  %1346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1345, <16 x float> %1320, <16 x float> %acc30.02700)
  %1347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1345, <16 x float> %1323, <16 x float> %acc31.02699)
  %j17.next = or disjoint i64 %j17.addr.02698, 1
  %1348 = shl nsw i64 %j17.next, 5
  %1349 = getelementptr inbounds float, ptr %Vn, i64 %1348
  %1350 = load <16 x float>, ptr %1349, align 4
  %1351 = or disjoint i64 %1348, 16
  %1352 = getelementptr inbounds float, ptr %Vn, i64 %1351
  %1353 = load <16 x float>, ptr %1352, align 4
  %1354 = getelementptr inbounds float, ptr %1309, i64 %j17.next
  %1355 = load float, ptr %1354, align 4
  %1356 = insertelement <16 x float> poison, float %1355, i64 0
  %1357 = shufflevector <16 x float> %1356, <16 x float> poison, <16 x i32> zeroinitializer
  %1358 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1357, <16 x float> %1350, <16 x float> %1328)
  %1359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1357, <16 x float> %1353, <16 x float> %1329)
  %1360 = getelementptr inbounds float, ptr %1312, i64 %j17.next
  %1361 = load float, ptr %1360, align 4
  %1362 = insertelement <16 x float> poison, float %1361, i64 0
  %1363 = shufflevector <16 x float> %1362, <16 x float> poison, <16 x i32> zeroinitializer
  %1364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1363, <16 x float> %1350, <16 x float> %1334)
  %1365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1363, <16 x float> %1353, <16 x float> %1335)
  %1366 = getelementptr inbounds float, ptr %1314, i64 %j17.next
  %1367 = load float, ptr %1366, align 4
  %1368 = insertelement <16 x float> poison, float %1367, i64 0
  %1369 = shufflevector <16 x float> %1368, <16 x float> poison, <16 x i32> zeroinitializer
  %1370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1369, <16 x float> %1350, <16 x float> %1340)
  %1371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1369, <16 x float> %1353, <16 x float> %1341)
  %1372 = getelementptr inbounds float, ptr %1316, i64 %j17.next
  %1373 = load float, ptr %1372, align 4
  %1374 = insertelement <16 x float> poison, float %1373, i64 0
  %1375 = shufflevector <16 x float> %1374, <16 x float> poison, <16 x i32> zeroinitializer
  %1376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1375, <16 x float> %1350, <16 x float> %1346)
  %1377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1375, <16 x float> %1353, <16 x float> %1347)
  %j17.next.1 = add nuw nsw i64 %j17.addr.02698, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j17.exit.loopexit.unr-lcssa, label %j17.body

j17.exit.loopexit.unr-lcssa:                      ; preds = %j17.body, %j17.body.lr.ph
  %.lcssa3570.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1358, %j17.body ]
  %.lcssa3569.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1359, %j17.body ]
  %.lcssa3568.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1364, %j17.body ]
  %.lcssa3567.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1365, %j17.body ]
  %.lcssa3566.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1370, %j17.body ]
  %.lcssa3565.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1371, %j17.body ]
  %.lcssa3564.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1376, %j17.body ]
  %.lcssa3563.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1377, %j17.body ]
  %acc24.02706.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1358, %j17.body ]
  %acc25.02705.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1359, %j17.body ]
  %acc26.02704.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1364, %j17.body ]
  %acc27.02703.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1365, %j17.body ]
  %acc28.02702.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1370, %j17.body ]
  %acc29.02701.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1371, %j17.body ]
  %acc30.02700.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1376, %j17.body ]
  %acc31.02699.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1377, %j17.body ]
  %j17.addr.02698.unr = phi i64 [ 0, %j17.body.lr.ph ], [ %j17.next.1, %j17.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j17.exit, label %j17.body.epil

j17.body.epil:                                    ; preds = %j17.exit.loopexit.unr-lcssa
  %1378 = shl nsw i64 %j17.addr.02698.unr, 5
  %1379 = getelementptr inbounds float, ptr %Vn, i64 %1378
  %1380 = load <16 x float>, ptr %1379, align 4
  %1381 = or disjoint i64 %1378, 16
  %1382 = getelementptr inbounds float, ptr %Vn, i64 %1381
  %1383 = load <16 x float>, ptr %1382, align 4
  %1384 = getelementptr inbounds float, ptr %1309, i64 %j17.addr.02698.unr
  %1385 = load float, ptr %1384, align 4
  %1386 = insertelement <16 x float> poison, float %1385, i64 0
  %1387 = shufflevector <16 x float> %1386, <16 x float> poison, <16 x i32> zeroinitializer
  %1388 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1387, <16 x float> %1380, <16 x float> %acc24.02706.unr)
  %1389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1387, <16 x float> %1383, <16 x float> %acc25.02705.unr)
  %1390 = getelementptr inbounds float, ptr %1312, i64 %j17.addr.02698.unr
  %1391 = load float, ptr %1390, align 4
  %1392 = insertelement <16 x float> poison, float %1391, i64 0
  %1393 = shufflevector <16 x float> %1392, <16 x float> poison, <16 x i32> zeroinitializer
  %1394 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1393, <16 x float> %1380, <16 x float> %acc26.02704.unr)
  %1395 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1393, <16 x float> %1383, <16 x float> %acc27.02703.unr)
  %1396 = getelementptr inbounds float, ptr %1314, i64 %j17.addr.02698.unr
  %1397 = load float, ptr %1396, align 4
  %1398 = insertelement <16 x float> poison, float %1397, i64 0
  %1399 = shufflevector <16 x float> %1398, <16 x float> poison, <16 x i32> zeroinitializer
  %1400 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1399, <16 x float> %1380, <16 x float> %acc28.02702.unr)
  %1401 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1399, <16 x float> %1383, <16 x float> %acc29.02701.unr)
  %1402 = getelementptr inbounds float, ptr %1316, i64 %j17.addr.02698.unr
  %1403 = load float, ptr %1402, align 4
  %1404 = insertelement <16 x float> poison, float %1403, i64 0
  %1405 = shufflevector <16 x float> %1404, <16 x float> poison, <16 x i32> zeroinitializer
  %1406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1405, <16 x float> %1380, <16 x float> %acc30.02700.unr)
  %1407 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1405, <16 x float> %1383, <16 x float> %acc31.02699.unr)
  br label %j17.exit

j17.exit:                                         ; preds = %j17.body.epil, %j17.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3563.ph, %j17.exit.loopexit.unr-lcssa ], [ %1407, %j17.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3564.ph, %j17.exit.loopexit.unr-lcssa ], [ %1406, %j17.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3565.ph, %j17.exit.loopexit.unr-lcssa ], [ %1401, %j17.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3566.ph, %j17.exit.loopexit.unr-lcssa ], [ %1400, %j17.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3567.ph, %j17.exit.loopexit.unr-lcssa ], [ %1395, %j17.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3568.ph, %j17.exit.loopexit.unr-lcssa ], [ %1394, %j17.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3569.ph, %j17.exit.loopexit.unr-lcssa ], [ %1389, %j17.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3570.ph, %j17.exit.loopexit.unr-lcssa ], [ %1388, %j17.body.epil ]
  %1408 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1409 = load float, ptr %1408, align 4
  %1410 = shl nuw nsw i64 %ib.addr.02714, 7
  %1411 = getelementptr inbounds float, ptr %Rr, i64 %1410
  %1412 = load <16 x float>, ptr %1411, align 4
  %1413 = fsub <16 x float> %1412, %acc24.0.lcssa
  store <16 x float> %1413, ptr %1411, align 4
  %1414 = insertelement <16 x float> poison, float %1409, i64 0
  %1415 = shufflevector <16 x float> %1414, <16 x float> poison, <16 x i32> zeroinitializer
  %1416 = fmul <16 x float> %1415, %1413
  %1417 = getelementptr inbounds float, ptr %Vn, i64 %1410
  store <16 x float> %1416, ptr %1417, align 4
  %1418 = mul nuw nsw i64 %ib.addr.02714, 768
  %1419 = getelementptr inbounds float, ptr %Ak, i64 %1418
  store <16 x float> %1416, ptr %1419, align 4
  %1420 = or disjoint i64 %1410, 16
  %1421 = getelementptr inbounds float, ptr %Rr, i64 %1420
  %1422 = load <16 x float>, ptr %1421, align 4
  %1423 = fsub <16 x float> %1422, %acc25.0.lcssa
  store <16 x float> %1423, ptr %1421, align 4
  %1424 = fmul <16 x float> %1415, %1423
  %1425 = getelementptr inbounds float, ptr %Vn, i64 %1420
  store <16 x float> %1424, ptr %1425, align 4
  %1426 = or disjoint i64 %1418, 16
  %1427 = getelementptr inbounds float, ptr %Ak, i64 %1426
  store <16 x float> %1424, ptr %1427, align 4
  %i18 = or disjoint i64 %i0, 1
  %.idx2935 = shl nsw i64 %i18, 8
  %1428 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2935
  %1429 = getelementptr inbounds float, ptr %1428, i64 %i0
  %1430 = load float, ptr %1429, align 4
  %1431 = insertelement <16 x float> poison, float %1430, i64 0
  %1432 = shufflevector <16 x float> %1431, <16 x float> poison, <16 x i32> zeroinitializer
  %1433 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1432, <16 x float> %1416, <16 x float> %acc26.0.lcssa)
  %1434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1432, <16 x float> %1424, <16 x float> %acc27.0.lcssa)
  %1435 = getelementptr inbounds float, ptr %bet, i64 %i18
  %1436 = load float, ptr %1435, align 4
  %1437 = shl nuw nsw i64 %i18, 5
  %1438 = getelementptr inbounds float, ptr %Rr, i64 %1437
  %1439 = load <16 x float>, ptr %1438, align 4
  %1440 = fsub <16 x float> %1439, %1433
  store <16 x float> %1440, ptr %1438, align 4
  %1441 = insertelement <16 x float> poison, float %1436, i64 0
  %1442 = shufflevector <16 x float> %1441, <16 x float> poison, <16 x i32> zeroinitializer
  %1443 = fmul <16 x float> %1442, %1440
  %1444 = getelementptr inbounds float, ptr %Vn, i64 %1437
  store <16 x float> %1443, ptr %1444, align 4
  %1445 = mul nuw nsw i64 %i18, 192
  %1446 = getelementptr inbounds float, ptr %Ak, i64 %1445
  store <16 x float> %1443, ptr %1446, align 4
  %1447 = or disjoint i64 %1437, 16
  %1448 = getelementptr inbounds float, ptr %Rr, i64 %1447
  %1449 = load <16 x float>, ptr %1448, align 4
  %1450 = fsub <16 x float> %1449, %1434
  store <16 x float> %1450, ptr %1448, align 4
  %1451 = fmul <16 x float> %1442, %1450
  %1452 = getelementptr inbounds float, ptr %Vn, i64 %1447
  store <16 x float> %1451, ptr %1452, align 4
  %1453 = or disjoint i64 %1445, 16
  %1454 = getelementptr inbounds float, ptr %Ak, i64 %1453
  store <16 x float> %1451, ptr %1454, align 4
  %i19 = or disjoint i64 %i0, 2
  %1455 = shl nuw nsw i64 %i19, 6
  %1456 = or disjoint i64 %1455, %i0
  %1457 = getelementptr inbounds float, ptr %Gm, i64 %1456
  %1458 = load float, ptr %1457, align 4
  %1459 = insertelement <16 x float> poison, float %1458, i64 0
  %1460 = shufflevector <16 x float> %1459, <16 x float> poison, <16 x i32> zeroinitializer
  %1461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1460, <16 x float> %1416, <16 x float> %acc28.0.lcssa)
  %1462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1460, <16 x float> %1424, <16 x float> %acc29.0.lcssa)
  %1463 = or disjoint i64 %1455, %i18
  %1464 = getelementptr inbounds float, ptr %Gm, i64 %1463
  %1465 = load float, ptr %1464, align 4
  %1466 = insertelement <16 x float> poison, float %1465, i64 0
  %1467 = shufflevector <16 x float> %1466, <16 x float> poison, <16 x i32> zeroinitializer
  %1468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1467, <16 x float> %1443, <16 x float> %1461)
  %1469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1467, <16 x float> %1451, <16 x float> %1462)
  %1470 = getelementptr inbounds float, ptr %bet, i64 %i19
  %1471 = load float, ptr %1470, align 4
  %1472 = shl nuw nsw i64 %i19, 5
  %1473 = getelementptr inbounds float, ptr %Rr, i64 %1472
  %1474 = load <16 x float>, ptr %1473, align 4
  %1475 = fsub <16 x float> %1474, %1468
  store <16 x float> %1475, ptr %1473, align 4
  %1476 = insertelement <16 x float> poison, float %1471, i64 0
  %1477 = shufflevector <16 x float> %1476, <16 x float> poison, <16 x i32> zeroinitializer
  %1478 = fmul <16 x float> %1477, %1475
  %1479 = getelementptr inbounds float, ptr %Vn, i64 %1472
  store <16 x float> %1478, ptr %1479, align 4
  %1480 = mul nuw nsw i64 %i19, 192
  %1481 = getelementptr inbounds float, ptr %Ak, i64 %1480
  store <16 x float> %1478, ptr %1481, align 4
  %1482 = or disjoint i64 %1472, 16
  %1483 = getelementptr inbounds float, ptr %Rr, i64 %1482
  %1484 = load <16 x float>, ptr %1483, align 4
  %1485 = fsub <16 x float> %1484, %1469
  store <16 x float> %1485, ptr %1483, align 4
  %1486 = fmul <16 x float> %1477, %1485
  %1487 = getelementptr inbounds float, ptr %Vn, i64 %1482
  store <16 x float> %1486, ptr %1487, align 4
  %1488 = or disjoint i64 %1480, 16
  %1489 = getelementptr inbounds float, ptr %Ak, i64 %1488
  store <16 x float> %1486, ptr %1489, align 4
  %i20 = or disjoint i64 %i0, 3
  %1490 = shl nuw nsw i64 %i20, 6
  %1491 = or disjoint i64 %1490, %i0
  %1492 = getelementptr inbounds float, ptr %Gm, i64 %1491
  %1493 = load float, ptr %1492, align 4
  %1494 = insertelement <16 x float> poison, float %1493, i64 0
  %1495 = shufflevector <16 x float> %1494, <16 x float> poison, <16 x i32> zeroinitializer
  %1496 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1495, <16 x float> %1416, <16 x float> %acc30.0.lcssa)
  %1497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1495, <16 x float> %1424, <16 x float> %acc31.0.lcssa)
  %1498 = or disjoint i64 %1490, %i18
  %1499 = getelementptr inbounds float, ptr %Gm, i64 %1498
  %1500 = load float, ptr %1499, align 4
  %1501 = insertelement <16 x float> poison, float %1500, i64 0
  %1502 = shufflevector <16 x float> %1501, <16 x float> poison, <16 x i32> zeroinitializer
  %1503 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1502, <16 x float> %1443, <16 x float> %1496)
  %1504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1502, <16 x float> %1451, <16 x float> %1497)
  %1505 = or disjoint i64 %1490, %i19
  %1506 = getelementptr inbounds float, ptr %Gm, i64 %1505
  %1507 = load float, ptr %1506, align 4
  %1508 = insertelement <16 x float> poison, float %1507, i64 0
  %1509 = shufflevector <16 x float> %1508, <16 x float> poison, <16 x i32> zeroinitializer
  %1510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1478, <16 x float> %1503)
  %1511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1486, <16 x float> %1504)
  %1512 = getelementptr inbounds float, ptr %bet, i64 %i20
  %1513 = load float, ptr %1512, align 4
  %1514 = shl nuw nsw i64 %i20, 5
  %1515 = getelementptr inbounds float, ptr %Rr, i64 %1514
  %1516 = load <16 x float>, ptr %1515, align 4
  %1517 = fsub <16 x float> %1516, %1510
  store <16 x float> %1517, ptr %1515, align 4
  %1518 = insertelement <16 x float> poison, float %1513, i64 0
  %1519 = shufflevector <16 x float> %1518, <16 x float> poison, <16 x i32> zeroinitializer
  %1520 = fmul <16 x float> %1519, %1517
  %1521 = getelementptr inbounds float, ptr %Vn, i64 %1514
  store <16 x float> %1520, ptr %1521, align 4
  %1522 = mul nuw nsw i64 %i20, 192
  %1523 = getelementptr inbounds float, ptr %Ak, i64 %1522
  store <16 x float> %1520, ptr %1523, align 4
  %1524 = or disjoint i64 %1514, 16
  %1525 = getelementptr inbounds float, ptr %Rr, i64 %1524
  %1526 = load <16 x float>, ptr %1525, align 4
  %1527 = fsub <16 x float> %1526, %1511
  store <16 x float> %1527, ptr %1525, align 4
  %1528 = fmul <16 x float> %1519, %1527
  %1529 = getelementptr inbounds float, ptr %Vn, i64 %1524
  store <16 x float> %1528, ptr %1529, align 4
  %1530 = or disjoint i64 %1522, 16
  %1531 = getelementptr inbounds float, ptr %Ak, i64 %1530
  store <16 x float> %1528, ptr %1531, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02714, 1
  %exitcond3140.not = icmp eq i64 %ib.next, 16
  br i1 %exitcond3140.not, label %j18.head.preheader, label %ib.body

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i21.addr.02716 = phi i64 [ %i21.next, %j18.exit ], [ 0, %j17.exit ]
  %1532 = shl nuw nsw i64 %i21.addr.02716, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %1533 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02715 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %1534 = or disjoint i64 %j18.addr.02715, %1532
  %1535 = getelementptr inbounds float, ptr %Vn, i64 %1534
  %1536 = load <16 x float>, ptr %1535, align 4
  %1537 = or disjoint i64 %1534, 256
  %1538 = getelementptr inbounds float, ptr %Vn, i64 %1537
  %1539 = load <16 x float>, ptr %1538, align 4
  %1540 = or disjoint i64 %1534, 32
  %1541 = getelementptr inbounds float, ptr %Vn, i64 %1540
  %1542 = load <16 x float>, ptr %1541, align 4
  %1543 = or disjoint i64 %1534, 288
  %1544 = getelementptr inbounds float, ptr %Vn, i64 %1543
  %1545 = load <16 x float>, ptr %1544, align 4
  %1546 = or disjoint i64 %1534, 64
  %1547 = getelementptr inbounds float, ptr %Vn, i64 %1546
  %1548 = load <16 x float>, ptr %1547, align 4
  %1549 = or disjoint i64 %1534, 320
  %1550 = getelementptr inbounds float, ptr %Vn, i64 %1549
  %1551 = load <16 x float>, ptr %1550, align 4
  %1552 = or disjoint i64 %1534, 96
  %1553 = getelementptr inbounds float, ptr %Vn, i64 %1552
  %1554 = load <16 x float>, ptr %1553, align 4
  %1555 = or disjoint i64 %1534, 352
  %1556 = getelementptr inbounds float, ptr %Vn, i64 %1555
  %1557 = load <16 x float>, ptr %1556, align 4
  %1558 = or disjoint i64 %1534, 128
  %1559 = getelementptr inbounds float, ptr %Vn, i64 %1558
  %1560 = load <16 x float>, ptr %1559, align 4
  %1561 = or disjoint i64 %1534, 384
  %1562 = getelementptr inbounds float, ptr %Vn, i64 %1561
  %1563 = load <16 x float>, ptr %1562, align 4
  %1564 = or disjoint i64 %1534, 160
  %1565 = getelementptr inbounds float, ptr %Vn, i64 %1564
  %1566 = load <16 x float>, ptr %1565, align 4
  %1567 = or disjoint i64 %1534, 416
  %1568 = getelementptr inbounds float, ptr %Vn, i64 %1567
  %1569 = load <16 x float>, ptr %1568, align 4
  %1570 = or disjoint i64 %1534, 192
  %1571 = getelementptr inbounds float, ptr %Vn, i64 %1570
  %1572 = load <16 x float>, ptr %1571, align 4
  %1573 = or disjoint i64 %1534, 448
  %1574 = getelementptr inbounds float, ptr %Vn, i64 %1573
  %1575 = load <16 x float>, ptr %1574, align 4
  %1576 = or disjoint i64 %1534, 224
  %1577 = getelementptr inbounds float, ptr %Vn, i64 %1576
  %1578 = load <16 x float>, ptr %1577, align 4
  %1579 = or disjoint i64 %1534, 480
  %1580 = getelementptr inbounds float, ptr %Vn, i64 %1579
  %1581 = load <16 x float>, ptr %1580, align 4
  %1582 = shufflevector <16 x float> %1536, <16 x float> %1539, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1583 = shufflevector <16 x float> %1560, <16 x float> %1563, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1584 = shufflevector <16 x float> %1542, <16 x float> %1545, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1585 = shufflevector <16 x float> %1566, <16 x float> %1569, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1586 = shufflevector <16 x float> %1548, <16 x float> %1551, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1587 = shufflevector <16 x float> %1572, <16 x float> %1575, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1588 = shufflevector <16 x float> %1554, <16 x float> %1557, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1589 = shufflevector <16 x float> %1578, <16 x float> %1581, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1590 = shufflevector <16 x float> %1536, <16 x float> %1539, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1591 = shufflevector <16 x float> %1560, <16 x float> %1563, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1592 = shufflevector <16 x float> %1542, <16 x float> %1545, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1593 = shufflevector <16 x float> %1566, <16 x float> %1569, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1594 = shufflevector <16 x float> %1548, <16 x float> %1551, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1595 = shufflevector <16 x float> %1572, <16 x float> %1575, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1596 = shufflevector <16 x float> %1554, <16 x float> %1557, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1597 = shufflevector <16 x float> %1578, <16 x float> %1581, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1598 = shufflevector <16 x float> %1582, <16 x float> %1583, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1599 = shufflevector <16 x float> %1586, <16 x float> %1587, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1600 = shufflevector <16 x float> %1584, <16 x float> %1585, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1601 = shufflevector <16 x float> %1588, <16 x float> %1589, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1602 = shufflevector <16 x float> %1582, <16 x float> %1583, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1603 = shufflevector <16 x float> %1586, <16 x float> %1587, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1604 = shufflevector <16 x float> %1584, <16 x float> %1585, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1605 = shufflevector <16 x float> %1588, <16 x float> %1589, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1606 = shufflevector <16 x float> %1590, <16 x float> %1591, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1607 = shufflevector <16 x float> %1594, <16 x float> %1595, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1608 = shufflevector <16 x float> %1592, <16 x float> %1593, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1609 = shufflevector <16 x float> %1596, <16 x float> %1597, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1610 = shufflevector <16 x float> %1590, <16 x float> %1591, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1611 = shufflevector <16 x float> %1594, <16 x float> %1595, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1612 = shufflevector <16 x float> %1592, <16 x float> %1593, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1613 = shufflevector <16 x float> %1596, <16 x float> %1597, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1614 = shufflevector <16 x float> %1598, <16 x float> %1599, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1615 = shufflevector <16 x float> %1600, <16 x float> %1601, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1616 = shufflevector <16 x float> %1598, <16 x float> %1599, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1617 = shufflevector <16 x float> %1600, <16 x float> %1601, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1618 = shufflevector <16 x float> %1602, <16 x float> %1603, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1619 = shufflevector <16 x float> %1604, <16 x float> %1605, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1620 = shufflevector <16 x float> %1602, <16 x float> %1603, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1621 = shufflevector <16 x float> %1604, <16 x float> %1605, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1622 = shufflevector <16 x float> %1606, <16 x float> %1607, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1623 = shufflevector <16 x float> %1608, <16 x float> %1609, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1624 = shufflevector <16 x float> %1606, <16 x float> %1607, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1625 = shufflevector <16 x float> %1608, <16 x float> %1609, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1626 = shufflevector <16 x float> %1610, <16 x float> %1611, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1627 = shufflevector <16 x float> %1612, <16 x float> %1613, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1628 = shufflevector <16 x float> %1610, <16 x float> %1611, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1629 = shufflevector <16 x float> %1612, <16 x float> %1613, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1630 = shufflevector <16 x float> %1614, <16 x float> %1615, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1631 = shl nuw nsw i64 %j18.addr.02715, 6
  %1632 = add nuw nsw i64 %1631, %i21.addr.02716
  %1633 = getelementptr inbounds float, ptr %VnT, i64 %1632
  store <16 x float> %1630, ptr %1633, align 4
  %1634 = shufflevector <16 x float> %1614, <16 x float> %1615, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1635 = or disjoint i64 %1632, 64
  %1636 = getelementptr inbounds float, ptr %VnT, i64 %1635
  store <16 x float> %1634, ptr %1636, align 4
  %1637 = shufflevector <16 x float> %1616, <16 x float> %1617, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1638 = or disjoint i64 %1632, 128
  %1639 = getelementptr inbounds float, ptr %VnT, i64 %1638
  store <16 x float> %1637, ptr %1639, align 4
  %1640 = shufflevector <16 x float> %1616, <16 x float> %1617, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1641 = or disjoint i64 %1632, 192
  %1642 = getelementptr inbounds float, ptr %VnT, i64 %1641
  store <16 x float> %1640, ptr %1642, align 4
  %1643 = shufflevector <16 x float> %1618, <16 x float> %1619, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1644 = or disjoint i64 %1632, 256
  %1645 = getelementptr inbounds float, ptr %VnT, i64 %1644
  store <16 x float> %1643, ptr %1645, align 4
  %1646 = shufflevector <16 x float> %1618, <16 x float> %1619, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1647 = or disjoint i64 %1632, 320
  %1648 = getelementptr inbounds float, ptr %VnT, i64 %1647
  store <16 x float> %1646, ptr %1648, align 4
  %1649 = shufflevector <16 x float> %1620, <16 x float> %1621, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1650 = or disjoint i64 %1632, 384
  %1651 = getelementptr inbounds float, ptr %VnT, i64 %1650
  store <16 x float> %1649, ptr %1651, align 4
  %1652 = shufflevector <16 x float> %1620, <16 x float> %1621, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1653 = or disjoint i64 %1632, 448
  %1654 = getelementptr inbounds float, ptr %VnT, i64 %1653
  store <16 x float> %1652, ptr %1654, align 4
  %1655 = shufflevector <16 x float> %1622, <16 x float> %1623, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1656 = or disjoint i64 %1632, 512
  %1657 = getelementptr inbounds float, ptr %VnT, i64 %1656
  store <16 x float> %1655, ptr %1657, align 4
  %1658 = shufflevector <16 x float> %1622, <16 x float> %1623, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1659 = or disjoint i64 %1632, 576
  %1660 = getelementptr inbounds float, ptr %VnT, i64 %1659
  store <16 x float> %1658, ptr %1660, align 4
  %1661 = shufflevector <16 x float> %1624, <16 x float> %1625, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1662 = or disjoint i64 %1632, 640
  %1663 = getelementptr inbounds float, ptr %VnT, i64 %1662
  store <16 x float> %1661, ptr %1663, align 4
  %1664 = shufflevector <16 x float> %1624, <16 x float> %1625, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1665 = or disjoint i64 %1632, 704
  %1666 = getelementptr inbounds float, ptr %VnT, i64 %1665
  store <16 x float> %1664, ptr %1666, align 4
  %1667 = shufflevector <16 x float> %1626, <16 x float> %1627, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1668 = or disjoint i64 %1632, 768
  %1669 = getelementptr inbounds float, ptr %VnT, i64 %1668
  store <16 x float> %1667, ptr %1669, align 4
  %1670 = shufflevector <16 x float> %1626, <16 x float> %1627, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1671 = or disjoint i64 %1632, 832
  %1672 = getelementptr inbounds float, ptr %VnT, i64 %1671
  store <16 x float> %1670, ptr %1672, align 4
  %1673 = shufflevector <16 x float> %1628, <16 x float> %1629, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1674 = or disjoint i64 %1632, 896
  %1675 = getelementptr inbounds float, ptr %VnT, i64 %1674
  store <16 x float> %1673, ptr %1675, align 4
  %1676 = shufflevector <16 x float> %1628, <16 x float> %1629, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1677 = or disjoint i64 %1632, 960
  %1678 = getelementptr inbounds float, ptr %VnT, i64 %1677
  store <16 x float> %1676, ptr %1678, align 4
  br i1 %1533, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i21.next = add nuw nsw i64 %i21.addr.02716, 16
  %1679 = icmp ult i64 %i21.addr.02716, 48
  br i1 %1679, label %j18.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %j18.exit, %p5.exit
  %i22.addr.02734 = phi i64 [ %i22.next, %p5.exit ], [ 0, %j18.exit ]
  %1680 = shl nuw nsw i64 %i22.addr.02734, 5
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc32.02733 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1699, %p5.body ]
  %acc33.02732 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1700, %p5.body ]
  %acc34.02731 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1701, %p5.body ]
  %acc35.02730 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1702, %p5.body ]
  %acc36.02729 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1708, %p5.body ]
  %acc37.02728 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1709, %p5.body ]
  %acc38.02727 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1710, %p5.body ]
  %acc39.02726 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1711, %p5.body ]
  %acc40.02725 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1717, %p5.body ]
  %acc41.02724 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1718, %p5.body ]
  %acc42.02723 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1719, %p5.body ]
  %acc43.02722 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1720, %p5.body ]
  %acc44.02721 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1726, %p5.body ]
  %acc45.02720 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1727, %p5.body ]
  %acc46.02719 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1728, %p5.body ]
  %acc47.02718 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1729, %p5.body ]
  %p5.addr.02717 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %1681 = shl nuw nsw i64 %p5.addr.02717, 6
  %1682 = getelementptr inbounds float, ptr %QcT, i64 %1681
  %1683 = load <16 x float>, ptr %1682, align 4
  %1684 = or disjoint i64 %1681, 16
  %1685 = getelementptr inbounds float, ptr %QcT, i64 %1684
  %1686 = load <16 x float>, ptr %1685, align 4
  %1687 = or disjoint i64 %1681, 32
  %1688 = getelementptr inbounds float, ptr %QcT, i64 %1687
  %1689 = load <16 x float>, ptr %1688, align 4
  %1690 = or disjoint i64 %1681, 48
  %1691 = getelementptr inbounds float, ptr %QcT, i64 %1690
  %1692 = load <16 x float>, ptr %1691, align 4
  %1693 = add nuw nsw i64 %p5.addr.02717, %1680
  %1694 = or disjoint i64 %1693, 4096
  %1695 = getelementptr inbounds float, ptr %Bk, i64 %1694
  %1696 = load float, ptr %1695, align 4
  %1697 = insertelement <16 x float> poison, float %1696, i64 0
  %1698 = shufflevector <16 x float> %1697, <16 x float> poison, <16 x i32> zeroinitializer
  %1699 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1698, <16 x float> %1683, <16 x float> %acc32.02733)
  %1700 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1698, <16 x float> %1686, <16 x float> %acc33.02732)
  %1701 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1698, <16 x float> %1689, <16 x float> %acc34.02731)
  %1702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1698, <16 x float> %1692, <16 x float> %acc35.02730)
  %1703 = or disjoint i64 %1693, 4128
  %1704 = getelementptr inbounds float, ptr %Bk, i64 %1703
  %1705 = load float, ptr %1704, align 4
  %1706 = insertelement <16 x float> poison, float %1705, i64 0
  %1707 = shufflevector <16 x float> %1706, <16 x float> poison, <16 x i32> zeroinitializer
  %1708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1707, <16 x float> %1683, <16 x float> %acc36.02729)
  %1709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1707, <16 x float> %1686, <16 x float> %acc37.02728)
  %1710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1707, <16 x float> %1689, <16 x float> %acc38.02727)
  %1711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1707, <16 x float> %1692, <16 x float> %acc39.02726)
  %1712 = or disjoint i64 %1693, 4160
  %1713 = getelementptr inbounds float, ptr %Bk, i64 %1712
  %1714 = load float, ptr %1713, align 4
  %1715 = insertelement <16 x float> poison, float %1714, i64 0
  %1716 = shufflevector <16 x float> %1715, <16 x float> poison, <16 x i32> zeroinitializer
  %1717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1716, <16 x float> %1683, <16 x float> %acc40.02725)
  %1718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1716, <16 x float> %1686, <16 x float> %acc41.02724)
  %1719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1716, <16 x float> %1689, <16 x float> %acc42.02723)
  %1720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1716, <16 x float> %1692, <16 x float> %acc43.02722)
  %1721 = or disjoint i64 %1693, 4192
  %1722 = getelementptr inbounds float, ptr %Bk, i64 %1721
  %1723 = load float, ptr %1722, align 4
  %1724 = insertelement <16 x float> poison, float %1723, i64 0
  %1725 = shufflevector <16 x float> %1724, <16 x float> poison, <16 x i32> zeroinitializer
  %1726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1725, <16 x float> %1683, <16 x float> %acc44.02721)
  %1727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1725, <16 x float> %1686, <16 x float> %acc45.02720)
  %1728 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1725, <16 x float> %1689, <16 x float> %acc46.02719)
  %1729 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1725, <16 x float> %1692, <16 x float> %acc47.02718)
  %p5.next = add nuw nsw i64 %p5.addr.02717, 1
  %exitcond3141.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond3141.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %1730 = shl nuw nsw i64 %i22.addr.02734, 6
  %1731 = getelementptr inbounds float, ptr %PT, i64 %1730
  store <16 x float> %1699, ptr %1731, align 4
  %1732 = or disjoint i64 %1730, 16
  %1733 = getelementptr inbounds float, ptr %PT, i64 %1732
  store <16 x float> %1700, ptr %1733, align 4
  %1734 = or disjoint i64 %1730, 32
  %1735 = getelementptr inbounds float, ptr %PT, i64 %1734
  store <16 x float> %1701, ptr %1735, align 4
  %1736 = or disjoint i64 %1730, 48
  %1737 = getelementptr inbounds float, ptr %PT, i64 %1736
  store <16 x float> %1702, ptr %1737, align 4
  %1738 = or disjoint i64 %1730, 64
  %1739 = getelementptr inbounds float, ptr %PT, i64 %1738
  store <16 x float> %1708, ptr %1739, align 4
  %1740 = or disjoint i64 %1730, 80
  %1741 = getelementptr inbounds float, ptr %PT, i64 %1740
  store <16 x float> %1709, ptr %1741, align 4
  %1742 = or disjoint i64 %1730, 96
  %1743 = getelementptr inbounds float, ptr %PT, i64 %1742
  store <16 x float> %1710, ptr %1743, align 4
  %1744 = or disjoint i64 %1730, 112
  %1745 = getelementptr inbounds float, ptr %PT, i64 %1744
  store <16 x float> %1711, ptr %1745, align 4
  %1746 = or disjoint i64 %1730, 128
  %1747 = getelementptr inbounds float, ptr %PT, i64 %1746
  store <16 x float> %1717, ptr %1747, align 4
  %1748 = or disjoint i64 %1730, 144
  %1749 = getelementptr inbounds float, ptr %PT, i64 %1748
  store <16 x float> %1718, ptr %1749, align 4
  %1750 = or disjoint i64 %1730, 160
  %1751 = getelementptr inbounds float, ptr %PT, i64 %1750
  store <16 x float> %1719, ptr %1751, align 4
  %1752 = or disjoint i64 %1730, 176
  %1753 = getelementptr inbounds float, ptr %PT, i64 %1752
  store <16 x float> %1720, ptr %1753, align 4
  %1754 = or disjoint i64 %1730, 192
  %1755 = getelementptr inbounds float, ptr %PT, i64 %1754
  store <16 x float> %1726, ptr %1755, align 4
  %1756 = or disjoint i64 %1730, 208
  %1757 = getelementptr inbounds float, ptr %PT, i64 %1756
  store <16 x float> %1727, ptr %1757, align 4
  %1758 = or disjoint i64 %1730, 224
  %1759 = getelementptr inbounds float, ptr %PT, i64 %1758
  store <16 x float> %1728, ptr %1759, align 4
  %1760 = or disjoint i64 %1730, 240
  %1761 = getelementptr inbounds float, ptr %PT, i64 %1760
  store <16 x float> %1729, ptr %1761, align 4
  %i22.next = add nuw nsw i64 %i22.addr.02734, 4
  %1762 = icmp ult i64 %i22.addr.02734, 60
  br i1 %1762, label %p5.head.preheader, label %s7.head.preheader

s7.head.preheader:                                ; preds = %p5.exit, %s7.head.preheader
  %t3.addr.02736 = phi i64 [ %t3.next.1, %s7.head.preheader ], [ 0, %p5.exit ]
  %1763 = shl nuw nsw i64 %t3.addr.02736, 6
  %1764 = getelementptr inbounds float, ptr %PT, i64 %1763
  %1765 = load <16 x float>, ptr %1764, align 4
  %1766 = getelementptr inbounds float, ptr %M, i64 %1763
  %1767 = load <16 x float>, ptr %1766, align 4
  %1768 = fmul <16 x float> %1765, %1767
  store <16 x float> %1768, ptr %1764, align 4
  %1769 = or disjoint i64 %1763, 16
  %1770 = getelementptr inbounds float, ptr %PT, i64 %1769
  %1771 = load <16 x float>, ptr %1770, align 4
  %1772 = getelementptr inbounds float, ptr %M, i64 %1769
  %1773 = load <16 x float>, ptr %1772, align 4
  %1774 = fmul <16 x float> %1771, %1773
  store <16 x float> %1774, ptr %1770, align 4
  %1775 = or disjoint i64 %1763, 32
  %1776 = getelementptr inbounds float, ptr %PT, i64 %1775
  %1777 = load <16 x float>, ptr %1776, align 4
  %1778 = getelementptr inbounds float, ptr %M, i64 %1775
  %1779 = load <16 x float>, ptr %1778, align 4
  %1780 = fmul <16 x float> %1777, %1779
  store <16 x float> %1780, ptr %1776, align 4
  %1781 = or disjoint i64 %1763, 48
  %1782 = getelementptr inbounds float, ptr %PT, i64 %1781
  %1783 = load <16 x float>, ptr %1782, align 4
  %1784 = getelementptr inbounds float, ptr %M, i64 %1781
  %1785 = load <16 x float>, ptr %1784, align 4
  %1786 = fmul <16 x float> %1783, %1785
  store <16 x float> %1786, ptr %1782, align 4
  %t3.next = shl i64 %t3.addr.02736, 6
  %1787 = or disjoint i64 %t3.next, 64
  %1788 = getelementptr inbounds float, ptr %PT, i64 %1787
  %1789 = load <16 x float>, ptr %1788, align 4
  %1790 = getelementptr inbounds float, ptr %M, i64 %1787
  %1791 = load <16 x float>, ptr %1790, align 4
  %1792 = fmul <16 x float> %1789, %1791
  store <16 x float> %1792, ptr %1788, align 4
  %1793 = or disjoint i64 %t3.next, 80
  %1794 = getelementptr inbounds float, ptr %PT, i64 %1793
  %1795 = load <16 x float>, ptr %1794, align 4
  %1796 = getelementptr inbounds float, ptr %M, i64 %1793
  %1797 = load <16 x float>, ptr %1796, align 4
  %1798 = fmul <16 x float> %1795, %1797
  store <16 x float> %1798, ptr %1794, align 4
  %1799 = or disjoint i64 %t3.next, 96
  %1800 = getelementptr inbounds float, ptr %PT, i64 %1799
  %1801 = load <16 x float>, ptr %1800, align 4
  %1802 = getelementptr inbounds float, ptr %M, i64 %1799
  %1803 = load <16 x float>, ptr %1802, align 4
  %1804 = fmul <16 x float> %1801, %1803
  store <16 x float> %1804, ptr %1800, align 4
  %1805 = or disjoint i64 %t3.next, 112
  %1806 = getelementptr inbounds float, ptr %PT, i64 %1805
  %1807 = load <16 x float>, ptr %1806, align 4
  %1808 = getelementptr inbounds float, ptr %M, i64 %1805
  %1809 = load <16 x float>, ptr %1808, align 4
  %1810 = fmul <16 x float> %1807, %1809
  store <16 x float> %1810, ptr %1806, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.02736, 2
  %exitcond3142.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond3142.not.1, label %j20.head.preheader, label %s7.head.preheader

j20.head.preheader:                               ; preds = %s7.head.preheader, %j20.head.preheader
  %i23.addr.02738 = phi i64 [ %i23.next.7, %j20.head.preheader ], [ 0, %s7.head.preheader ]
  %.idx2936 = shl nsw i64 %i23.addr.02738, 8
  %gep3344 = getelementptr inbounds i8, ptr %invariant.gep3343, i64 %.idx2936
  %1811 = load <16 x float>, ptr %gep3344, align 4
  %.idx2937 = shl nsw i64 %i23.addr.02738, 7
  %gep3346 = getelementptr inbounds i8, ptr %invariant.gep3345, i64 %.idx2937
  store <16 x float> %1811, ptr %gep3346, align 4
  %gep3348 = getelementptr inbounds i8, ptr %invariant.gep3347, i64 %.idx2936
  %1812 = load <16 x float>, ptr %gep3348, align 4
  %gep3350 = getelementptr inbounds i8, ptr %invariant.gep3349, i64 %.idx2937
  store <16 x float> %1812, ptr %gep3350, align 4
  %i23.next = or disjoint i64 %i23.addr.02738, 1
  %.idx2936.1 = shl nsw i64 %i23.next, 8
  %gep3344.1 = getelementptr inbounds i8, ptr %invariant.gep3343, i64 %.idx2936.1
  %1813 = load <16 x float>, ptr %gep3344.1, align 4
  %.idx2937.1 = shl nsw i64 %i23.next, 7
  %gep3346.1 = getelementptr inbounds i8, ptr %invariant.gep3345, i64 %.idx2937.1
  store <16 x float> %1813, ptr %gep3346.1, align 4
  %gep3348.1 = getelementptr inbounds i8, ptr %invariant.gep3347, i64 %.idx2936.1
  %1814 = load <16 x float>, ptr %gep3348.1, align 4
  %gep3350.1 = getelementptr inbounds i8, ptr %invariant.gep3349, i64 %.idx2937.1
  store <16 x float> %1814, ptr %gep3350.1, align 4
  %i23.next.1 = or disjoint i64 %i23.addr.02738, 2
  %.idx2936.2 = shl nsw i64 %i23.next.1, 8
  %gep3344.2 = getelementptr inbounds i8, ptr %invariant.gep3343, i64 %.idx2936.2
  %1815 = load <16 x float>, ptr %gep3344.2, align 4
  %.idx2937.2 = shl nsw i64 %i23.next.1, 7
  %gep3346.2 = getelementptr inbounds i8, ptr %invariant.gep3345, i64 %.idx2937.2
  store <16 x float> %1815, ptr %gep3346.2, align 4
  %gep3348.2 = getelementptr inbounds i8, ptr %invariant.gep3347, i64 %.idx2936.2
  %1816 = load <16 x float>, ptr %gep3348.2, align 4
  %gep3350.2 = getelementptr inbounds i8, ptr %invariant.gep3349, i64 %.idx2937.2
  store <16 x float> %1816, ptr %gep3350.2, align 4
  %i23.next.2 = or disjoint i64 %i23.addr.02738, 3
  %.idx2936.3 = shl nsw i64 %i23.next.2, 8
  %gep3344.3 = getelementptr inbounds i8, ptr %invariant.gep3343, i64 %.idx2936.3
  %1817 = load <16 x float>, ptr %gep3344.3, align 4
  %.idx2937.3 = shl nsw i64 %i23.next.2, 7
  %gep3346.3 = getelementptr inbounds i8, ptr %invariant.gep3345, i64 %.idx2937.3
  store <16 x float> %1817, ptr %gep3346.3, align 4
  %gep3348.3 = getelementptr inbounds i8, ptr %invariant.gep3347, i64 %.idx2936.3
  %1818 = load <16 x float>, ptr %gep3348.3, align 4
  %gep3350.3 = getelementptr inbounds i8, ptr %invariant.gep3349, i64 %.idx2937.3
  store <16 x float> %1818, ptr %gep3350.3, align 4
  %i23.next.3 = or disjoint i64 %i23.addr.02738, 4
  %.idx2936.4 = shl nsw i64 %i23.next.3, 8
  %gep3344.4 = getelementptr inbounds i8, ptr %invariant.gep3343, i64 %.idx2936.4
  %1819 = load <16 x float>, ptr %gep3344.4, align 4
  %.idx2937.4 = shl nsw i64 %i23.next.3, 7
  %gep3346.4 = getelementptr inbounds i8, ptr %invariant.gep3345, i64 %.idx2937.4
  store <16 x float> %1819, ptr %gep3346.4, align 4
  %gep3348.4 = getelementptr inbounds i8, ptr %invariant.gep3347, i64 %.idx2936.4
  %1820 = load <16 x float>, ptr %gep3348.4, align 4
  %gep3350.4 = getelementptr inbounds i8, ptr %invariant.gep3349, i64 %.idx2937.4
  store <16 x float> %1820, ptr %gep3350.4, align 4
  %i23.next.4 = or disjoint i64 %i23.addr.02738, 5
  %.idx2936.5 = shl nsw i64 %i23.next.4, 8
  %gep3344.5 = getelementptr inbounds i8, ptr %invariant.gep3343, i64 %.idx2936.5
  %1821 = load <16 x float>, ptr %gep3344.5, align 4
  %.idx2937.5 = shl nsw i64 %i23.next.4, 7
  %gep3346.5 = getelementptr inbounds i8, ptr %invariant.gep3345, i64 %.idx2937.5
  store <16 x float> %1821, ptr %gep3346.5, align 4
  %gep3348.5 = getelementptr inbounds i8, ptr %invariant.gep3347, i64 %.idx2936.5
  %1822 = load <16 x float>, ptr %gep3348.5, align 4
  %gep3350.5 = getelementptr inbounds i8, ptr %invariant.gep3349, i64 %.idx2937.5
  store <16 x float> %1822, ptr %gep3350.5, align 4
  %i23.next.5 = or disjoint i64 %i23.addr.02738, 6
  %.idx2936.6 = shl nsw i64 %i23.next.5, 8
  %gep3344.6 = getelementptr inbounds i8, ptr %invariant.gep3343, i64 %.idx2936.6
  %1823 = load <16 x float>, ptr %gep3344.6, align 4
  %.idx2937.6 = shl nsw i64 %i23.next.5, 7
  %gep3346.6 = getelementptr inbounds i8, ptr %invariant.gep3345, i64 %.idx2937.6
  store <16 x float> %1823, ptr %gep3346.6, align 4
  %gep3348.6 = getelementptr inbounds i8, ptr %invariant.gep3347, i64 %.idx2936.6
  %1824 = load <16 x float>, ptr %gep3348.6, align 4
  %gep3350.6 = getelementptr inbounds i8, ptr %invariant.gep3349, i64 %.idx2937.6
  store <16 x float> %1824, ptr %gep3350.6, align 4
  %i23.next.6 = or disjoint i64 %i23.addr.02738, 7
  %.idx2936.7 = shl nsw i64 %i23.next.6, 8
  %gep3344.7 = getelementptr inbounds i8, ptr %invariant.gep3343, i64 %.idx2936.7
  %1825 = load <16 x float>, ptr %gep3344.7, align 4
  %.idx2937.7 = shl nsw i64 %i23.next.6, 7
  %gep3346.7 = getelementptr inbounds i8, ptr %invariant.gep3345, i64 %.idx2937.7
  store <16 x float> %1825, ptr %gep3346.7, align 4
  %gep3348.7 = getelementptr inbounds i8, ptr %invariant.gep3347, i64 %.idx2936.7
  %1826 = load <16 x float>, ptr %gep3348.7, align 4
  %gep3350.7 = getelementptr inbounds i8, ptr %invariant.gep3349, i64 %.idx2937.7
  store <16 x float> %1826, ptr %gep3350.7, align 4
  %i23.next.7 = add nuw nsw i64 %i23.addr.02738, 8
  %exitcond3145.not.7 = icmp eq i64 %i23.next.7, 64
  br i1 %exitcond3145.not.7, label %i24.body, label %j20.head.preheader

i24.body:                                         ; preds = %j20.head.preheader, %p6.exit
  %i24.addr.02756 = phi i64 [ %i24.next, %p6.exit ], [ 0, %j20.head.preheader ]
  %1827 = shl nuw nsw i64 %i24.addr.02756, 5
  %1828 = or disjoint i64 %1827, 2048
  %1829 = getelementptr inbounds float, ptr %OY, i64 %1828
  %1830 = load <16 x float>, ptr %1829, align 4
  %1831 = or disjoint i64 %1827, 2064
  %1832 = getelementptr inbounds float, ptr %OY, i64 %1831
  %1833 = load <16 x float>, ptr %1832, align 4
  %1834 = or disjoint i64 %i24.addr.02756, 1
  %1835 = shl nuw nsw i64 %1834, 5
  %1836 = or disjoint i64 %1835, 2048
  %1837 = getelementptr inbounds float, ptr %OY, i64 %1836
  %1838 = load <16 x float>, ptr %1837, align 4
  %1839 = or disjoint i64 %1835, 2064
  %1840 = getelementptr inbounds float, ptr %OY, i64 %1839
  %1841 = load <16 x float>, ptr %1840, align 4
  %1842 = or disjoint i64 %i24.addr.02756, 2
  %1843 = shl nuw nsw i64 %1842, 5
  %1844 = or disjoint i64 %1843, 2048
  %1845 = getelementptr inbounds float, ptr %OY, i64 %1844
  %1846 = load <16 x float>, ptr %1845, align 4
  %1847 = or disjoint i64 %1843, 2064
  %1848 = getelementptr inbounds float, ptr %OY, i64 %1847
  %1849 = load <16 x float>, ptr %1848, align 4
  %1850 = or disjoint i64 %i24.addr.02756, 3
  %1851 = shl nuw nsw i64 %1850, 5
  %1852 = or disjoint i64 %1851, 2048
  %1853 = getelementptr inbounds float, ptr %OY, i64 %1852
  %1854 = load <16 x float>, ptr %1853, align 4
  %1855 = or disjoint i64 %1851, 2064
  %1856 = getelementptr inbounds float, ptr %OY, i64 %1855
  %1857 = load <16 x float>, ptr %1856, align 4
  %1858 = or disjoint i64 %i24.addr.02756, 4
  %1859 = shl nuw nsw i64 %1858, 5
  %1860 = or disjoint i64 %1859, 2048
  %1861 = getelementptr inbounds float, ptr %OY, i64 %1860
  %1862 = load <16 x float>, ptr %1861, align 4
  %1863 = or disjoint i64 %1859, 2064
  %1864 = getelementptr inbounds float, ptr %OY, i64 %1863
  %1865 = load <16 x float>, ptr %1864, align 4
  %1866 = or disjoint i64 %i24.addr.02756, 5
  %1867 = shl nuw nsw i64 %1866, 5
  %1868 = or disjoint i64 %1867, 2048
  %1869 = getelementptr inbounds float, ptr %OY, i64 %1868
  %1870 = load <16 x float>, ptr %1869, align 4
  %1871 = or disjoint i64 %1867, 2064
  %1872 = getelementptr inbounds float, ptr %OY, i64 %1871
  %1873 = load <16 x float>, ptr %1872, align 4
  %1874 = or disjoint i64 %i24.addr.02756, 6
  %1875 = shl nuw nsw i64 %1874, 5
  %1876 = or disjoint i64 %1875, 2048
  %1877 = getelementptr inbounds float, ptr %OY, i64 %1876
  %1878 = load <16 x float>, ptr %1877, align 4
  %1879 = or disjoint i64 %1875, 2064
  %1880 = getelementptr inbounds float, ptr %OY, i64 %1879
  %1881 = load <16 x float>, ptr %1880, align 4
  %1882 = or disjoint i64 %i24.addr.02756, 7
  %1883 = shl nuw nsw i64 %1882, 5
  %1884 = or disjoint i64 %1883, 2048
  %1885 = getelementptr inbounds float, ptr %OY, i64 %1884
  %1886 = load <16 x float>, ptr %1885, align 4
  %1887 = or disjoint i64 %1883, 2064
  %1888 = getelementptr inbounds float, ptr %OY, i64 %1887
  %1889 = load <16 x float>, ptr %1888, align 4
  %.idx2938 = shl nsw i64 %i24.addr.02756, 8
  %.idx2939 = shl nsw i64 %1834, 8
  %.idx2940 = shl nsw i64 %1842, 8
  %.idx2941 = shl nsw i64 %1850, 8
  %.idx2942 = shl nsw i64 %1858, 8
  %.idx2943 = shl nsw i64 %1866, 8
  %.idx2944 = shl nsw i64 %1874, 8
  %.idx2945 = shl nsw i64 %1882, 8
  br label %p6.body

p6.body:                                          ; preds = %i24.body, %p6.body
  %acc48.02755 = phi <16 x float> [ %1830, %i24.body ], [ %1901, %p6.body ]
  %acc49.02754 = phi <16 x float> [ %1833, %i24.body ], [ %1902, %p6.body ]
  %acc50.02753 = phi <16 x float> [ %1838, %i24.body ], [ %1907, %p6.body ]
  %acc51.02752 = phi <16 x float> [ %1841, %i24.body ], [ %1908, %p6.body ]
  %acc52.02751 = phi <16 x float> [ %1846, %i24.body ], [ %1913, %p6.body ]
  %acc53.02750 = phi <16 x float> [ %1849, %i24.body ], [ %1914, %p6.body ]
  %acc54.02749 = phi <16 x float> [ %1854, %i24.body ], [ %1919, %p6.body ]
  %acc55.02748 = phi <16 x float> [ %1857, %i24.body ], [ %1920, %p6.body ]
  %acc56.02747 = phi <16 x float> [ %1862, %i24.body ], [ %1925, %p6.body ]
  %acc57.02746 = phi <16 x float> [ %1865, %i24.body ], [ %1926, %p6.body ]
  %acc58.02745 = phi <16 x float> [ %1870, %i24.body ], [ %1931, %p6.body ]
  %acc59.02744 = phi <16 x float> [ %1873, %i24.body ], [ %1932, %p6.body ]
  %acc60.02743 = phi <16 x float> [ %1878, %i24.body ], [ %1937, %p6.body ]
  %acc61.02742 = phi <16 x float> [ %1881, %i24.body ], [ %1938, %p6.body ]
  %acc62.02741 = phi <16 x float> [ %1886, %i24.body ], [ %1943, %p6.body ]
  %acc63.02740 = phi <16 x float> [ %1889, %i24.body ], [ %1944, %p6.body ]
  %p6.addr.02739 = phi i64 [ 0, %i24.body ], [ %p6.next, %p6.body ]
  %1890 = shl nuw nsw i64 %p6.addr.02739, 5
  %1891 = getelementptr inbounds float, ptr %OY, i64 %1890
  %1892 = load <16 x float>, ptr %1891, align 4
  %1893 = or disjoint i64 %1890, 16
  %1894 = getelementptr inbounds float, ptr %OY, i64 %1893
  %1895 = load <16 x float>, ptr %1894, align 4
  %1896 = getelementptr inbounds float, ptr %PT, i64 %p6.addr.02739
  %1897 = getelementptr inbounds i8, ptr %1896, i64 %.idx2938
  %1898 = load float, ptr %1897, align 4
  %1899 = insertelement <16 x float> poison, float %1898, i64 0
  %1900 = shufflevector <16 x float> %1899, <16 x float> poison, <16 x i32> zeroinitializer
  %1901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1892, <16 x float> %acc48.02755)
  %1902 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1895, <16 x float> %acc49.02754)
  %1903 = getelementptr inbounds i8, ptr %1896, i64 %.idx2939
  %1904 = load float, ptr %1903, align 4
  %1905 = insertelement <16 x float> poison, float %1904, i64 0
  %1906 = shufflevector <16 x float> %1905, <16 x float> poison, <16 x i32> zeroinitializer
  %1907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1906, <16 x float> %1892, <16 x float> %acc50.02753)
  %1908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1906, <16 x float> %1895, <16 x float> %acc51.02752)
  %1909 = getelementptr inbounds i8, ptr %1896, i64 %.idx2940
  %1910 = load float, ptr %1909, align 4
  %1911 = insertelement <16 x float> poison, float %1910, i64 0
  %1912 = shufflevector <16 x float> %1911, <16 x float> poison, <16 x i32> zeroinitializer
  %1913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1912, <16 x float> %1892, <16 x float> %acc52.02751)
  %1914 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1912, <16 x float> %1895, <16 x float> %acc53.02750)
  %1915 = getelementptr inbounds i8, ptr %1896, i64 %.idx2941
  %1916 = load float, ptr %1915, align 4
  %1917 = insertelement <16 x float> poison, float %1916, i64 0
  %1918 = shufflevector <16 x float> %1917, <16 x float> poison, <16 x i32> zeroinitializer
  %1919 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1892, <16 x float> %acc54.02749)
  %1920 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1895, <16 x float> %acc55.02748)
  %1921 = getelementptr inbounds i8, ptr %1896, i64 %.idx2942
  %1922 = load float, ptr %1921, align 4
  %1923 = insertelement <16 x float> poison, float %1922, i64 0
  %1924 = shufflevector <16 x float> %1923, <16 x float> poison, <16 x i32> zeroinitializer
  %1925 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1924, <16 x float> %1892, <16 x float> %acc56.02747)
  %1926 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1924, <16 x float> %1895, <16 x float> %acc57.02746)
  %1927 = getelementptr inbounds i8, ptr %1896, i64 %.idx2943
  %1928 = load float, ptr %1927, align 4
  %1929 = insertelement <16 x float> poison, float %1928, i64 0
  %1930 = shufflevector <16 x float> %1929, <16 x float> poison, <16 x i32> zeroinitializer
  %1931 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1930, <16 x float> %1892, <16 x float> %acc58.02745)
  %1932 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1930, <16 x float> %1895, <16 x float> %acc59.02744)
  %1933 = getelementptr inbounds i8, ptr %1896, i64 %.idx2944
  %1934 = load float, ptr %1933, align 4
  %1935 = insertelement <16 x float> poison, float %1934, i64 0
  %1936 = shufflevector <16 x float> %1935, <16 x float> poison, <16 x i32> zeroinitializer
  %1937 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1936, <16 x float> %1892, <16 x float> %acc60.02743)
  %1938 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1936, <16 x float> %1895, <16 x float> %acc61.02742)
  %1939 = getelementptr inbounds i8, ptr %1896, i64 %.idx2945
  %1940 = load float, ptr %1939, align 4
  %1941 = insertelement <16 x float> poison, float %1940, i64 0
  %1942 = shufflevector <16 x float> %1941, <16 x float> poison, <16 x i32> zeroinitializer
  %1943 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1942, <16 x float> %1892, <16 x float> %acc62.02741)
  %1944 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1942, <16 x float> %1895, <16 x float> %acc63.02740)
  %p6.next = add nuw nsw i64 %p6.addr.02739, 1
  %exitcond3146.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3146.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <16 x float> %1901, ptr %1829, align 4
  store <16 x float> %1902, ptr %1832, align 4
  store <16 x float> %1907, ptr %1837, align 4
  store <16 x float> %1908, ptr %1840, align 4
  store <16 x float> %1913, ptr %1845, align 4
  store <16 x float> %1914, ptr %1848, align 4
  store <16 x float> %1919, ptr %1853, align 4
  store <16 x float> %1920, ptr %1856, align 4
  store <16 x float> %1925, ptr %1861, align 4
  store <16 x float> %1926, ptr %1864, align 4
  store <16 x float> %1931, ptr %1869, align 4
  store <16 x float> %1932, ptr %1872, align 4
  store <16 x float> %1937, ptr %1877, align 4
  store <16 x float> %1938, ptr %1880, align 4
  store <16 x float> %1943, ptr %1885, align 4
  store <16 x float> %1944, ptr %1888, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02756, 8
  %1945 = icmp ult i64 %i24.addr.02756, 56
  br i1 %1945, label %i24.body, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.exit
  %i25.addr.02774 = phi i64 [ %i25.next, %p7.exit ], [ 0, %p6.exit ]
  %1946 = shl nuw nsw i64 %i25.addr.02774, 5
  br label %p7.body

p7.body:                                          ; preds = %p7.head.preheader, %p7.body
  %p7.addr.02773 = phi i64 [ 0, %p7.head.preheader ], [ %p7.next, %p7.body ]
  %acc79.02772 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1994, %p7.body ]
  %acc78.02771 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1993, %p7.body ]
  %acc77.02770 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1992, %p7.body ]
  %acc76.02769 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1991, %p7.body ]
  %acc75.02768 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1985, %p7.body ]
  %acc74.02767 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1984, %p7.body ]
  %acc73.02766 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1983, %p7.body ]
  %acc72.02765 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1982, %p7.body ]
  %acc71.02764 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1976, %p7.body ]
  %acc70.02763 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1975, %p7.body ]
  %acc69.02762 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1974, %p7.body ]
  %acc68.02761 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1973, %p7.body ]
  %acc67.02760 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1967, %p7.body ]
  %acc66.02759 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1966, %p7.body ]
  %acc65.02758 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1965, %p7.body ]
  %acc64.02757 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1964, %p7.body ]
  %1947 = shl nuw nsw i64 %p7.addr.02773, 6
  %1948 = getelementptr inbounds float, ptr %dOT, i64 %1947
  %1949 = load <16 x float>, ptr %1948, align 4
  %1950 = or disjoint i64 %1947, 16
  %1951 = getelementptr inbounds float, ptr %dOT, i64 %1950
  %1952 = load <16 x float>, ptr %1951, align 4
  %1953 = or disjoint i64 %1947, 32
  %1954 = getelementptr inbounds float, ptr %dOT, i64 %1953
  %1955 = load <16 x float>, ptr %1954, align 4
  %1956 = or disjoint i64 %1947, 48
  %1957 = getelementptr inbounds float, ptr %dOT, i64 %1956
  %1958 = load <16 x float>, ptr %1957, align 4
  %1959 = add nuw nsw i64 %p7.addr.02773, %1946
  %1960 = getelementptr inbounds float, ptr %Vn, i64 %1959
  %1961 = load float, ptr %1960, align 4
  %1962 = insertelement <16 x float> poison, float %1961, i64 0
  %1963 = shufflevector <16 x float> %1962, <16 x float> poison, <16 x i32> zeroinitializer
  %1964 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1963, <16 x float> %1949, <16 x float> %acc64.02757)
  %1965 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1963, <16 x float> %1952, <16 x float> %acc65.02758)
  %1966 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1963, <16 x float> %1955, <16 x float> %acc66.02759)
  %1967 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1963, <16 x float> %1958, <16 x float> %acc67.02760)
  %1968 = or disjoint i64 %1959, 32
  %1969 = getelementptr inbounds float, ptr %Vn, i64 %1968
  %1970 = load float, ptr %1969, align 4
  %1971 = insertelement <16 x float> poison, float %1970, i64 0
  %1972 = shufflevector <16 x float> %1971, <16 x float> poison, <16 x i32> zeroinitializer
  %1973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1972, <16 x float> %1949, <16 x float> %acc68.02761)
  %1974 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1972, <16 x float> %1952, <16 x float> %acc69.02762)
  %1975 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1972, <16 x float> %1955, <16 x float> %acc70.02763)
  %1976 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1972, <16 x float> %1958, <16 x float> %acc71.02764)
  %1977 = or disjoint i64 %1959, 64
  %1978 = getelementptr inbounds float, ptr %Vn, i64 %1977
  %1979 = load float, ptr %1978, align 4
  %1980 = insertelement <16 x float> poison, float %1979, i64 0
  %1981 = shufflevector <16 x float> %1980, <16 x float> poison, <16 x i32> zeroinitializer
  %1982 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1981, <16 x float> %1949, <16 x float> %acc72.02765)
  %1983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1981, <16 x float> %1952, <16 x float> %acc73.02766)
  %1984 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1981, <16 x float> %1955, <16 x float> %acc74.02767)
  %1985 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1981, <16 x float> %1958, <16 x float> %acc75.02768)
  %1986 = or disjoint i64 %1959, 96
  %1987 = getelementptr inbounds float, ptr %Vn, i64 %1986
  %1988 = load float, ptr %1987, align 4
  %1989 = insertelement <16 x float> poison, float %1988, i64 0
  %1990 = shufflevector <16 x float> %1989, <16 x float> poison, <16 x i32> zeroinitializer
  %1991 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1990, <16 x float> %1949, <16 x float> %acc76.02769)
  %1992 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1990, <16 x float> %1952, <16 x float> %acc77.02770)
  %1993 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1990, <16 x float> %1955, <16 x float> %acc78.02771)
  %1994 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1990, <16 x float> %1958, <16 x float> %acc79.02772)
  %p7.next = add nuw nsw i64 %p7.addr.02773, 1
  %exitcond3147.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond3147.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  %1995 = mul nuw nsw i64 %i25.addr.02774, 192
  %1996 = or disjoint i64 %1995, 64
  %1997 = getelementptr inbounds float, ptr %Ak, i64 %1996
  store <16 x float> %1964, ptr %1997, align 4
  %1998 = or disjoint i64 %1995, 80
  %1999 = getelementptr inbounds float, ptr %Ak, i64 %1998
  store <16 x float> %1965, ptr %1999, align 4
  %2000 = or disjoint i64 %1995, 96
  %2001 = getelementptr inbounds float, ptr %Ak, i64 %2000
  store <16 x float> %1966, ptr %2001, align 4
  %2002 = or disjoint i64 %1995, 112
  %2003 = getelementptr inbounds float, ptr %Ak, i64 %2002
  store <16 x float> %1967, ptr %2003, align 4
  %2004 = getelementptr inbounds float, ptr %Ak, i64 %1995
  %2005 = getelementptr inbounds i8, ptr %2004, i64 1024
  store <16 x float> %1973, ptr %2005, align 4
  %2006 = getelementptr inbounds i8, ptr %2004, i64 1088
  store <16 x float> %1974, ptr %2006, align 4
  %2007 = getelementptr inbounds i8, ptr %2004, i64 1152
  store <16 x float> %1975, ptr %2007, align 4
  %2008 = getelementptr inbounds i8, ptr %2004, i64 1216
  store <16 x float> %1976, ptr %2008, align 4
  %2009 = getelementptr inbounds i8, ptr %2004, i64 1792
  store <16 x float> %1982, ptr %2009, align 4
  %2010 = getelementptr inbounds i8, ptr %2004, i64 1856
  store <16 x float> %1983, ptr %2010, align 4
  %2011 = getelementptr inbounds i8, ptr %2004, i64 1920
  store <16 x float> %1984, ptr %2011, align 4
  %2012 = getelementptr inbounds i8, ptr %2004, i64 1984
  store <16 x float> %1985, ptr %2012, align 4
  %2013 = getelementptr inbounds i8, ptr %2004, i64 2560
  store <16 x float> %1991, ptr %2013, align 4
  %2014 = getelementptr inbounds i8, ptr %2004, i64 2624
  store <16 x float> %1992, ptr %2014, align 4
  %2015 = getelementptr inbounds i8, ptr %2004, i64 2688
  store <16 x float> %1993, ptr %2015, align 4
  %2016 = getelementptr inbounds i8, ptr %2004, i64 2752
  store <16 x float> %1994, ptr %2016, align 4
  %i25.next = add nuw nsw i64 %i25.addr.02774, 4
  %2017 = icmp ult i64 %i25.addr.02774, 60
  br i1 %2017, label %p7.head.preheader, label %s8.head.preheader

s8.head.preheader:                                ; preds = %p7.exit, %s8.head.preheader
  %t4.addr.02776 = phi i64 [ %t4.next.1, %s8.head.preheader ], [ 0, %p7.exit ]
  %.idx2946 = mul nuw nsw i64 %t4.addr.02776, 768
  %gep3352 = getelementptr inbounds i8, ptr %invariant.gep3351, i64 %.idx2946
  %2018 = load <16 x float>, ptr %gep3352, align 4
  %.idx2947 = shl nsw i64 %t4.addr.02776, 8
  %2019 = getelementptr inbounds i8, ptr %M, i64 %.idx2947
  %2020 = load <16 x float>, ptr %2019, align 4
  %2021 = fmul <16 x float> %2018, %2020
  store <16 x float> %2021, ptr %gep3352, align 4
  %gep3354 = getelementptr inbounds i8, ptr %invariant.gep3353, i64 %.idx2946
  %2022 = load <16 x float>, ptr %gep3354, align 4
  %2023 = getelementptr inbounds i8, ptr %25, i64 %.idx2947
  %2024 = load <16 x float>, ptr %2023, align 4
  %2025 = fmul <16 x float> %2022, %2024
  store <16 x float> %2025, ptr %gep3354, align 4
  %gep3356 = getelementptr inbounds i8, ptr %invariant.gep3355, i64 %.idx2946
  %2026 = load <16 x float>, ptr %gep3356, align 4
  %2027 = getelementptr inbounds i8, ptr %26, i64 %.idx2947
  %2028 = load <16 x float>, ptr %2027, align 4
  %2029 = fmul <16 x float> %2026, %2028
  store <16 x float> %2029, ptr %gep3356, align 4
  %gep3358 = getelementptr inbounds i8, ptr %invariant.gep3357, i64 %.idx2946
  %2030 = load <16 x float>, ptr %gep3358, align 4
  %2031 = getelementptr inbounds i8, ptr %27, i64 %.idx2947
  %2032 = load <16 x float>, ptr %2031, align 4
  %2033 = fmul <16 x float> %2030, %2032
  store <16 x float> %2033, ptr %gep3358, align 4
  %t4.next = or disjoint i64 %t4.addr.02776, 1
  %.idx2946.1 = mul nuw nsw i64 %t4.next, 768
  %gep3352.1 = getelementptr inbounds i8, ptr %invariant.gep3351, i64 %.idx2946.1
  %2034 = load <16 x float>, ptr %gep3352.1, align 4
  %.idx2947.1 = shl nsw i64 %t4.next, 8
  %2035 = getelementptr inbounds i8, ptr %M, i64 %.idx2947.1
  %2036 = load <16 x float>, ptr %2035, align 4
  %2037 = fmul <16 x float> %2034, %2036
  store <16 x float> %2037, ptr %gep3352.1, align 4
  %gep3354.1 = getelementptr inbounds i8, ptr %invariant.gep3353, i64 %.idx2946.1
  %2038 = load <16 x float>, ptr %gep3354.1, align 4
  %2039 = getelementptr inbounds i8, ptr %25, i64 %.idx2947.1
  %2040 = load <16 x float>, ptr %2039, align 4
  %2041 = fmul <16 x float> %2038, %2040
  store <16 x float> %2041, ptr %gep3354.1, align 4
  %gep3356.1 = getelementptr inbounds i8, ptr %invariant.gep3355, i64 %.idx2946.1
  %2042 = load <16 x float>, ptr %gep3356.1, align 4
  %2043 = getelementptr inbounds i8, ptr %26, i64 %.idx2947.1
  %2044 = load <16 x float>, ptr %2043, align 4
  %2045 = fmul <16 x float> %2042, %2044
  store <16 x float> %2045, ptr %gep3356.1, align 4
  %gep3358.1 = getelementptr inbounds i8, ptr %invariant.gep3357, i64 %.idx2946.1
  %2046 = load <16 x float>, ptr %gep3358.1, align 4
  %2047 = getelementptr inbounds i8, ptr %27, i64 %.idx2947.1
  %2048 = load <16 x float>, ptr %2047, align 4
  %2049 = fmul <16 x float> %2046, %2048
  store <16 x float> %2049, ptr %gep3358.1, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.02776, 2
  %exitcond3148.not.1 = icmp eq i64 %t4.next.1, 64
  br i1 %exitcond3148.not.1, label %p8.head.preheader, label %s8.head.preheader

p8.head.preheader:                                ; preds = %s8.head.preheader, %p8.exit
  %i26.addr.02794 = phi i64 [ %i26.next, %p8.exit ], [ 0, %s8.head.preheader ]
  %2050 = shl nuw nsw i64 %i26.addr.02794, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02793 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc95.02792 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2113, %p8.body ]
  %acc94.02791 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2112, %p8.body ]
  %acc93.02790 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2106, %p8.body ]
  %acc92.02789 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2105, %p8.body ]
  %acc91.02788 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2099, %p8.body ]
  %acc90.02787 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2098, %p8.body ]
  %acc89.02786 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2092, %p8.body ]
  %acc88.02785 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2091, %p8.body ]
  %acc87.02784 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2085, %p8.body ]
  %acc86.02783 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2084, %p8.body ]
  %acc85.02782 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2078, %p8.body ]
  %acc84.02781 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2077, %p8.body ]
  %acc83.02780 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2071, %p8.body ]
  %acc82.02779 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2070, %p8.body ]
  %acc81.02778 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2064, %p8.body ]
  %acc80.02777 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2063, %p8.body ]
  %2051 = shl nuw nsw i64 %p8.addr.02793, 5
  %2052 = or disjoint i64 %2051, 1024
  %2053 = getelementptr inbounds float, ptr %Bk, i64 %2052
  %2054 = load <16 x float>, ptr %2053, align 4
  %2055 = or disjoint i64 %2051, 1040
  %2056 = getelementptr inbounds float, ptr %Bk, i64 %2055
  %2057 = load <16 x float>, ptr %2056, align 4
  %2058 = add nuw nsw i64 %p8.addr.02793, %2050
  %2059 = getelementptr inbounds float, ptr %OY, i64 %2058
  %2060 = load float, ptr %2059, align 4
  %2061 = insertelement <16 x float> poison, float %2060, i64 0
  %2062 = shufflevector <16 x float> %2061, <16 x float> poison, <16 x i32> zeroinitializer
  %2063 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2062, <16 x float> %2054, <16 x float> %acc80.02777)
  %2064 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2062, <16 x float> %2057, <16 x float> %acc81.02778)
  %2065 = or disjoint i64 %2058, 32
  %2066 = getelementptr inbounds float, ptr %OY, i64 %2065
  %2067 = load float, ptr %2066, align 4
  %2068 = insertelement <16 x float> poison, float %2067, i64 0
  %2069 = shufflevector <16 x float> %2068, <16 x float> poison, <16 x i32> zeroinitializer
  %2070 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2069, <16 x float> %2054, <16 x float> %acc82.02779)
  %2071 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2069, <16 x float> %2057, <16 x float> %acc83.02780)
  %2072 = or disjoint i64 %2058, 64
  %2073 = getelementptr inbounds float, ptr %OY, i64 %2072
  %2074 = load float, ptr %2073, align 4
  %2075 = insertelement <16 x float> poison, float %2074, i64 0
  %2076 = shufflevector <16 x float> %2075, <16 x float> poison, <16 x i32> zeroinitializer
  %2077 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2076, <16 x float> %2054, <16 x float> %acc84.02781)
  %2078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2076, <16 x float> %2057, <16 x float> %acc85.02782)
  %2079 = or disjoint i64 %2058, 96
  %2080 = getelementptr inbounds float, ptr %OY, i64 %2079
  %2081 = load float, ptr %2080, align 4
  %2082 = insertelement <16 x float> poison, float %2081, i64 0
  %2083 = shufflevector <16 x float> %2082, <16 x float> poison, <16 x i32> zeroinitializer
  %2084 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2054, <16 x float> %acc86.02783)
  %2085 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2057, <16 x float> %acc87.02784)
  %2086 = or disjoint i64 %2058, 128
  %2087 = getelementptr inbounds float, ptr %OY, i64 %2086
  %2088 = load float, ptr %2087, align 4
  %2089 = insertelement <16 x float> poison, float %2088, i64 0
  %2090 = shufflevector <16 x float> %2089, <16 x float> poison, <16 x i32> zeroinitializer
  %2091 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2090, <16 x float> %2054, <16 x float> %acc88.02785)
  %2092 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2090, <16 x float> %2057, <16 x float> %acc89.02786)
  %2093 = or disjoint i64 %2058, 160
  %2094 = getelementptr inbounds float, ptr %OY, i64 %2093
  %2095 = load float, ptr %2094, align 4
  %2096 = insertelement <16 x float> poison, float %2095, i64 0
  %2097 = shufflevector <16 x float> %2096, <16 x float> poison, <16 x i32> zeroinitializer
  %2098 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2097, <16 x float> %2054, <16 x float> %acc90.02787)
  %2099 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2097, <16 x float> %2057, <16 x float> %acc91.02788)
  %2100 = or disjoint i64 %2058, 192
  %2101 = getelementptr inbounds float, ptr %OY, i64 %2100
  %2102 = load float, ptr %2101, align 4
  %2103 = insertelement <16 x float> poison, float %2102, i64 0
  %2104 = shufflevector <16 x float> %2103, <16 x float> poison, <16 x i32> zeroinitializer
  %2105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2104, <16 x float> %2054, <16 x float> %acc92.02789)
  %2106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2104, <16 x float> %2057, <16 x float> %acc93.02790)
  %2107 = or disjoint i64 %2058, 224
  %2108 = getelementptr inbounds float, ptr %OY, i64 %2107
  %2109 = load float, ptr %2108, align 4
  %2110 = insertelement <16 x float> poison, float %2109, i64 0
  %2111 = shufflevector <16 x float> %2110, <16 x float> poison, <16 x i32> zeroinitializer
  %2112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2111, <16 x float> %2054, <16 x float> %acc94.02791)
  %2113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2111, <16 x float> %2057, <16 x float> %acc95.02792)
  %p8.next = add nuw nsw i64 %p8.addr.02793, 1
  %exitcond3149.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond3149.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2114 = getelementptr inbounds float, ptr %dQc, i64 %2050
  store <16 x float> %2063, ptr %2114, align 4
  %2115 = or disjoint i64 %2050, 16
  %2116 = getelementptr inbounds float, ptr %dQc, i64 %2115
  store <16 x float> %2064, ptr %2116, align 4
  %2117 = or disjoint i64 %2050, 32
  %2118 = getelementptr inbounds float, ptr %dQc, i64 %2117
  store <16 x float> %2070, ptr %2118, align 4
  %2119 = or disjoint i64 %2050, 48
  %2120 = getelementptr inbounds float, ptr %dQc, i64 %2119
  store <16 x float> %2071, ptr %2120, align 4
  %2121 = or disjoint i64 %2050, 64
  %2122 = getelementptr inbounds float, ptr %dQc, i64 %2121
  store <16 x float> %2077, ptr %2122, align 4
  %2123 = or disjoint i64 %2050, 80
  %2124 = getelementptr inbounds float, ptr %dQc, i64 %2123
  store <16 x float> %2078, ptr %2124, align 4
  %2125 = or disjoint i64 %2050, 96
  %2126 = getelementptr inbounds float, ptr %dQc, i64 %2125
  store <16 x float> %2084, ptr %2126, align 4
  %2127 = or disjoint i64 %2050, 112
  %2128 = getelementptr inbounds float, ptr %dQc, i64 %2127
  store <16 x float> %2085, ptr %2128, align 4
  %2129 = or disjoint i64 %2050, 128
  %2130 = getelementptr inbounds float, ptr %dQc, i64 %2129
  store <16 x float> %2091, ptr %2130, align 4
  %2131 = or disjoint i64 %2050, 144
  %2132 = getelementptr inbounds float, ptr %dQc, i64 %2131
  store <16 x float> %2092, ptr %2132, align 4
  %2133 = or disjoint i64 %2050, 160
  %2134 = getelementptr inbounds float, ptr %dQc, i64 %2133
  store <16 x float> %2098, ptr %2134, align 4
  %2135 = or disjoint i64 %2050, 176
  %2136 = getelementptr inbounds float, ptr %dQc, i64 %2135
  store <16 x float> %2099, ptr %2136, align 4
  %2137 = or disjoint i64 %2050, 192
  %2138 = getelementptr inbounds float, ptr %dQc, i64 %2137
  store <16 x float> %2105, ptr %2138, align 4
  %2139 = or disjoint i64 %2050, 208
  %2140 = getelementptr inbounds float, ptr %dQc, i64 %2139
  store <16 x float> %2106, ptr %2140, align 4
  %2141 = or disjoint i64 %2050, 224
  %2142 = getelementptr inbounds float, ptr %dQc, i64 %2141
  store <16 x float> %2112, ptr %2142, align 4
  %2143 = or disjoint i64 %2050, 240
  %2144 = getelementptr inbounds float, ptr %dQc, i64 %2143
  store <16 x float> %2113, ptr %2144, align 4
  %i26.next = add nuw nsw i64 %i26.addr.02794, 8
  %2145 = icmp ult i64 %i26.addr.02794, 56
  br i1 %2145, label %p8.head.preheader, label %i27.body.preheader

i27.body.preheader:                               ; preds = %p8.exit
  %L = tail call i64 @llvm.smin.i64(i64 %263, i64 64)
  br label %i27.body

i27.body:                                         ; preds = %i27.body.preheader, %endif1399
  %i27.addr.02812 = phi i64 [ %i27.next, %endif1399 ], [ 0, %i27.body.preheader ]
  %2146 = shl nuw nsw i64 %i27.addr.02812, 5
  %2147 = getelementptr inbounds float, ptr %dQc, i64 %2146
  %2148 = load <16 x float>, ptr %2147, align 4
  %2149 = or disjoint i64 %2146, 16
  %2150 = getelementptr inbounds float, ptr %dQc, i64 %2149
  %2151 = load <16 x float>, ptr %2150, align 4
  %2152 = or disjoint i64 %i27.addr.02812, 1
  %2153 = shl nuw nsw i64 %2152, 5
  %2154 = getelementptr inbounds float, ptr %dQc, i64 %2153
  %2155 = load <16 x float>, ptr %2154, align 4
  %2156 = or disjoint i64 %2153, 16
  %2157 = getelementptr inbounds float, ptr %dQc, i64 %2156
  %2158 = load <16 x float>, ptr %2157, align 4
  %2159 = or disjoint i64 %i27.addr.02812, 2
  %2160 = shl nuw nsw i64 %2159, 5
  %2161 = getelementptr inbounds float, ptr %dQc, i64 %2160
  %2162 = load <16 x float>, ptr %2161, align 4
  %2163 = or disjoint i64 %2160, 16
  %2164 = getelementptr inbounds float, ptr %dQc, i64 %2163
  %2165 = load <16 x float>, ptr %2164, align 4
  %2166 = or disjoint i64 %i27.addr.02812, 3
  %2167 = shl nuw nsw i64 %2166, 5
  %2168 = getelementptr inbounds float, ptr %dQc, i64 %2167
  %2169 = load <16 x float>, ptr %2168, align 4
  %2170 = or disjoint i64 %2167, 16
  %2171 = getelementptr inbounds float, ptr %dQc, i64 %2170
  %2172 = load <16 x float>, ptr %2171, align 4
  %2173 = or disjoint i64 %i27.addr.02812, 4
  %2174 = shl nuw nsw i64 %2173, 5
  %2175 = getelementptr inbounds float, ptr %dQc, i64 %2174
  %2176 = load <16 x float>, ptr %2175, align 4
  %2177 = or disjoint i64 %2174, 16
  %2178 = getelementptr inbounds float, ptr %dQc, i64 %2177
  %2179 = load <16 x float>, ptr %2178, align 4
  %2180 = or disjoint i64 %i27.addr.02812, 5
  %2181 = shl nuw nsw i64 %2180, 5
  %2182 = getelementptr inbounds float, ptr %dQc, i64 %2181
  %2183 = load <16 x float>, ptr %2182, align 4
  %2184 = or disjoint i64 %2181, 16
  %2185 = getelementptr inbounds float, ptr %dQc, i64 %2184
  %2186 = load <16 x float>, ptr %2185, align 4
  %2187 = or disjoint i64 %i27.addr.02812, 6
  %2188 = shl nuw nsw i64 %2187, 5
  %2189 = getelementptr inbounds float, ptr %dQc, i64 %2188
  %2190 = load <16 x float>, ptr %2189, align 4
  %2191 = or disjoint i64 %2188, 16
  %2192 = getelementptr inbounds float, ptr %dQc, i64 %2191
  %2193 = load <16 x float>, ptr %2192, align 4
  %2194 = or disjoint i64 %i27.addr.02812, 7
  %2195 = shl nuw nsw i64 %2194, 5
  %2196 = getelementptr inbounds float, ptr %dQc, i64 %2195
  %2197 = load <16 x float>, ptr %2196, align 4
  %2198 = or disjoint i64 %2195, 16
  %2199 = getelementptr inbounds float, ptr %dQc, i64 %2198
  %2200 = load <16 x float>, ptr %2199, align 4
  br label %p9.body

p9.body:                                          ; preds = %i27.body, %p9.body
  %p9.addr.02811 = phi i64 [ 0, %i27.body ], [ %p9.next, %p9.body ]
  %acc111.02810 = phi <16 x float> [ %2200, %i27.body ], [ %2265, %p9.body ]
  %acc110.02809 = phi <16 x float> [ %2197, %i27.body ], [ %2264, %p9.body ]
  %acc109.02808 = phi <16 x float> [ %2193, %i27.body ], [ %2258, %p9.body ]
  %acc108.02807 = phi <16 x float> [ %2190, %i27.body ], [ %2257, %p9.body ]
  %acc107.02806 = phi <16 x float> [ %2186, %i27.body ], [ %2251, %p9.body ]
  %acc106.02805 = phi <16 x float> [ %2183, %i27.body ], [ %2250, %p9.body ]
  %acc105.02804 = phi <16 x float> [ %2179, %i27.body ], [ %2244, %p9.body ]
  %acc104.02803 = phi <16 x float> [ %2176, %i27.body ], [ %2243, %p9.body ]
  %acc103.02802 = phi <16 x float> [ %2172, %i27.body ], [ %2237, %p9.body ]
  %acc102.02801 = phi <16 x float> [ %2169, %i27.body ], [ %2236, %p9.body ]
  %acc101.02800 = phi <16 x float> [ %2165, %i27.body ], [ %2230, %p9.body ]
  %acc100.02799 = phi <16 x float> [ %2162, %i27.body ], [ %2229, %p9.body ]
  %acc99.02798 = phi <16 x float> [ %2158, %i27.body ], [ %2223, %p9.body ]
  %acc98.02797 = phi <16 x float> [ %2155, %i27.body ], [ %2222, %p9.body ]
  %acc97.02796 = phi <16 x float> [ %2151, %i27.body ], [ %2216, %p9.body ]
  %acc96.02795 = phi <16 x float> [ %2148, %i27.body ], [ %2215, %p9.body ]
  %2201 = shl nuw nsw i64 %p9.addr.02811, 5
  %2202 = or disjoint i64 %2201, 4096
  %2203 = getelementptr inbounds float, ptr %Bk, i64 %2202
  %2204 = load <16 x float>, ptr %2203, align 4
  %2205 = or disjoint i64 %2201, 4112
  %2206 = getelementptr inbounds float, ptr %Bk, i64 %2205
  %2207 = load <16 x float>, ptr %2206, align 4
  %2208 = mul nuw nsw i64 %p9.addr.02811, 192
  %2209 = add nuw nsw i64 %2208, 64
  %2210 = or disjoint i64 %2209, %i27.addr.02812
  %2211 = getelementptr inbounds float, ptr %Ak, i64 %2210
  %2212 = load float, ptr %2211, align 4
  %2213 = insertelement <16 x float> poison, float %2212, i64 0
  %2214 = shufflevector <16 x float> %2213, <16 x float> poison, <16 x i32> zeroinitializer
  %2215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2214, <16 x float> %2204, <16 x float> %acc96.02795)
  %2216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2214, <16 x float> %2207, <16 x float> %acc97.02796)
  %2217 = or disjoint i64 %2209, %2152
  %2218 = getelementptr inbounds float, ptr %Ak, i64 %2217
  %2219 = load float, ptr %2218, align 4
  %2220 = insertelement <16 x float> poison, float %2219, i64 0
  %2221 = shufflevector <16 x float> %2220, <16 x float> poison, <16 x i32> zeroinitializer
  %2222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2221, <16 x float> %2204, <16 x float> %acc98.02797)
  %2223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2221, <16 x float> %2207, <16 x float> %acc99.02798)
  %2224 = or disjoint i64 %2209, %2159
  %2225 = getelementptr inbounds float, ptr %Ak, i64 %2224
  %2226 = load float, ptr %2225, align 4
  %2227 = insertelement <16 x float> poison, float %2226, i64 0
  %2228 = shufflevector <16 x float> %2227, <16 x float> poison, <16 x i32> zeroinitializer
  %2229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2228, <16 x float> %2204, <16 x float> %acc100.02799)
  %2230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2228, <16 x float> %2207, <16 x float> %acc101.02800)
  %2231 = or disjoint i64 %2209, %2166
  %2232 = getelementptr inbounds float, ptr %Ak, i64 %2231
  %2233 = load float, ptr %2232, align 4
  %2234 = insertelement <16 x float> poison, float %2233, i64 0
  %2235 = shufflevector <16 x float> %2234, <16 x float> poison, <16 x i32> zeroinitializer
  %2236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2235, <16 x float> %2204, <16 x float> %acc102.02801)
  %2237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2235, <16 x float> %2207, <16 x float> %acc103.02802)
  %2238 = or disjoint i64 %2209, %2173
  %2239 = getelementptr inbounds float, ptr %Ak, i64 %2238
  %2240 = load float, ptr %2239, align 4
  %2241 = insertelement <16 x float> poison, float %2240, i64 0
  %2242 = shufflevector <16 x float> %2241, <16 x float> poison, <16 x i32> zeroinitializer
  %2243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2242, <16 x float> %2204, <16 x float> %acc104.02803)
  %2244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2242, <16 x float> %2207, <16 x float> %acc105.02804)
  %2245 = or disjoint i64 %2209, %2180
  %2246 = getelementptr inbounds float, ptr %Ak, i64 %2245
  %2247 = load float, ptr %2246, align 4
  %2248 = insertelement <16 x float> poison, float %2247, i64 0
  %2249 = shufflevector <16 x float> %2248, <16 x float> poison, <16 x i32> zeroinitializer
  %2250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2249, <16 x float> %2204, <16 x float> %acc106.02805)
  %2251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2249, <16 x float> %2207, <16 x float> %acc107.02806)
  %2252 = or disjoint i64 %2209, %2187
  %2253 = getelementptr inbounds float, ptr %Ak, i64 %2252
  %2254 = load float, ptr %2253, align 4
  %2255 = insertelement <16 x float> poison, float %2254, i64 0
  %2256 = shufflevector <16 x float> %2255, <16 x float> poison, <16 x i32> zeroinitializer
  %2257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2256, <16 x float> %2204, <16 x float> %acc108.02807)
  %2258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2256, <16 x float> %2207, <16 x float> %acc109.02808)
  %2259 = or disjoint i64 %2209, %2194
  %2260 = getelementptr inbounds float, ptr %Ak, i64 %2259
  %2261 = load float, ptr %2260, align 4
  %2262 = insertelement <16 x float> poison, float %2261, i64 0
  %2263 = shufflevector <16 x float> %2262, <16 x float> poison, <16 x i32> zeroinitializer
  %2264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2263, <16 x float> %2204, <16 x float> %acc110.02809)
  %2265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2263, <16 x float> %2207, <16 x float> %acc111.02810)
  %p9.next = add nuw nsw i64 %p9.addr.02811, 1
  %exitcond3150.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3150.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2266 = icmp slt i64 %i27.addr.02812, %L
  br i1 %2266, label %then1337, label %endif1343

then1337:                                         ; preds = %p9.exit
  %2267 = fmul <16 x float> %2215, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2268 = or disjoint i64 %i27.addr.02812, %t0
  %.idx2613 = shl nsw i64 %2268, 7
  %2269 = getelementptr inbounds i8, ptr %gep2908, i64 %.idx2613
  store <16 x float> %2267, ptr %2269, align 4
  %2270 = fmul <16 x float> %2216, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2271 = shl nsw i64 %2268, 5
  %2272 = or disjoint i64 %2271, 16
  %2273 = getelementptr inbounds float, ptr %gep2908, i64 %2272
  store <16 x float> %2270, ptr %2273, align 4
  br label %endif1343

endif1343:                                        ; preds = %p9.exit, %then1337
  %2274 = icmp slt i64 %2152, %L
  br i1 %2274, label %then1345, label %endif1351

then1345:                                         ; preds = %endif1343
  %2275 = fmul <16 x float> %2222, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2276 = or disjoint i64 %2152, %t0
  %.idx2614 = shl nsw i64 %2276, 7
  %2277 = getelementptr inbounds i8, ptr %gep2908, i64 %.idx2614
  store <16 x float> %2275, ptr %2277, align 4
  %2278 = fmul <16 x float> %2223, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2279 = shl nsw i64 %2276, 5
  %2280 = or disjoint i64 %2279, 16
  %2281 = getelementptr inbounds float, ptr %gep2908, i64 %2280
  store <16 x float> %2278, ptr %2281, align 4
  br label %endif1351

endif1351:                                        ; preds = %endif1343, %then1345
  %2282 = icmp slt i64 %2159, %L
  br i1 %2282, label %then1353, label %endif1359

then1353:                                         ; preds = %endif1351
  %2283 = fmul <16 x float> %2229, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2284 = or disjoint i64 %2159, %t0
  %.idx2615 = shl nsw i64 %2284, 7
  %2285 = getelementptr inbounds i8, ptr %gep2908, i64 %.idx2615
  store <16 x float> %2283, ptr %2285, align 4
  %2286 = fmul <16 x float> %2230, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2287 = shl nsw i64 %2284, 5
  %2288 = or disjoint i64 %2287, 16
  %2289 = getelementptr inbounds float, ptr %gep2908, i64 %2288
  store <16 x float> %2286, ptr %2289, align 4
  br label %endif1359

endif1359:                                        ; preds = %endif1351, %then1353
  %2290 = icmp slt i64 %2166, %L
  br i1 %2290, label %then1361, label %endif1367

then1361:                                         ; preds = %endif1359
  %2291 = fmul <16 x float> %2236, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2292 = or disjoint i64 %2166, %t0
  %.idx2616 = shl nsw i64 %2292, 7
  %2293 = getelementptr inbounds i8, ptr %gep2908, i64 %.idx2616
  store <16 x float> %2291, ptr %2293, align 4
  %2294 = fmul <16 x float> %2237, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2295 = shl nsw i64 %2292, 5
  %2296 = or disjoint i64 %2295, 16
  %2297 = getelementptr inbounds float, ptr %gep2908, i64 %2296
  store <16 x float> %2294, ptr %2297, align 4
  br label %endif1367

endif1367:                                        ; preds = %endif1359, %then1361
  %2298 = icmp slt i64 %2173, %L
  br i1 %2298, label %then1369, label %endif1375

then1369:                                         ; preds = %endif1367
  %2299 = fmul <16 x float> %2243, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2300 = or disjoint i64 %2173, %t0
  %.idx2617 = shl nsw i64 %2300, 7
  %2301 = getelementptr inbounds i8, ptr %gep2908, i64 %.idx2617
  store <16 x float> %2299, ptr %2301, align 4
  %2302 = fmul <16 x float> %2244, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2303 = shl nsw i64 %2300, 5
  %2304 = or disjoint i64 %2303, 16
  %2305 = getelementptr inbounds float, ptr %gep2908, i64 %2304
  store <16 x float> %2302, ptr %2305, align 4
  br label %endif1375

endif1375:                                        ; preds = %endif1367, %then1369
  %2306 = icmp slt i64 %2180, %L
  br i1 %2306, label %then1377, label %endif1383

then1377:                                         ; preds = %endif1375
  %2307 = fmul <16 x float> %2250, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2308 = or disjoint i64 %2180, %t0
  %.idx2618 = shl nsw i64 %2308, 7
  %2309 = getelementptr inbounds i8, ptr %gep2908, i64 %.idx2618
  store <16 x float> %2307, ptr %2309, align 4
  %2310 = fmul <16 x float> %2251, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2311 = shl nsw i64 %2308, 5
  %2312 = or disjoint i64 %2311, 16
  %2313 = getelementptr inbounds float, ptr %gep2908, i64 %2312
  store <16 x float> %2310, ptr %2313, align 4
  br label %endif1383

endif1383:                                        ; preds = %endif1375, %then1377
  %2314 = icmp slt i64 %2187, %L
  br i1 %2314, label %then1385, label %endif1391

then1385:                                         ; preds = %endif1383
  %2315 = fmul <16 x float> %2257, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2316 = or disjoint i64 %2187, %t0
  %.idx2619 = shl nsw i64 %2316, 7
  %2317 = getelementptr inbounds i8, ptr %gep2908, i64 %.idx2619
  store <16 x float> %2315, ptr %2317, align 4
  %2318 = fmul <16 x float> %2258, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2319 = shl nsw i64 %2316, 5
  %2320 = or disjoint i64 %2319, 16
  %2321 = getelementptr inbounds float, ptr %gep2908, i64 %2320
  store <16 x float> %2318, ptr %2321, align 4
  br label %endif1391

endif1391:                                        ; preds = %endif1383, %then1385
  %2322 = icmp slt i64 %2194, %L
  br i1 %2322, label %then1393, label %endif1399

then1393:                                         ; preds = %endif1391
  %2323 = fmul <16 x float> %2264, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2324 = or disjoint i64 %2194, %t0
  %.idx2620 = shl nsw i64 %2324, 7
  %2325 = getelementptr inbounds i8, ptr %gep2908, i64 %.idx2620
  store <16 x float> %2323, ptr %2325, align 4
  %2326 = fmul <16 x float> %2265, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2327 = shl nsw i64 %2324, 5
  %2328 = or disjoint i64 %2327, 16
  %2329 = getelementptr inbounds float, ptr %gep2908, i64 %2328
  store <16 x float> %2326, ptr %2329, align 4
  br label %endif1399

endif1399:                                        ; preds = %endif1391, %then1393
  %i27.next = add nuw nsw i64 %i27.addr.02812, 8
  %2330 = icmp ult i64 %i27.addr.02812, 56
  br i1 %2330, label %i27.body, label %j25.body.preheader

j25.body.preheader:                               ; preds = %endif1399
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dbet, i8 0, i64 256, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j26.exit
  %2331 = icmp sgt i64 %263, 0
  br i1 %2331, label %t5.body.preheader, label %i33.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter3710 = and i64 %smax3709, 3
  %2332 = icmp slt i64 %indvars.iv3154, 4
  br i1 %2332, label %i33.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter3712 = and i64 %smax3709, 124
  br label %t5.body

ib1.body:                                         ; preds = %j25.body.preheader, %j26.exit
  %ib1.addr.02831 = phi i64 [ %ib1.next, %j26.exit ], [ 0, %j25.body.preheader ]
  %2333 = shl nuw nsw i64 %ib1.addr.02831, 2
  %i01 = sub nuw nsw i64 60, %2333
  %2334 = shl nuw nsw i64 %i01, 5
  %2335 = or disjoint i64 %2334, 2048
  %2336 = getelementptr inbounds float, ptr %OY, i64 %2335
  %2337 = load <16 x float>, ptr %2336, align 4
  %2338 = or disjoint i64 %2334, 2064
  %2339 = getelementptr inbounds float, ptr %OY, i64 %2338
  %2340 = load <16 x float>, ptr %2339, align 4
  %2341 = sub nuw nsw i64 61, %2333
  %2342 = shl nuw nsw i64 %2341, 5
  %2343 = or disjoint i64 %2342, 2048
  %2344 = getelementptr inbounds float, ptr %OY, i64 %2343
  %2345 = load <16 x float>, ptr %2344, align 4
  %2346 = or disjoint i64 %2342, 2064
  %2347 = getelementptr inbounds float, ptr %OY, i64 %2346
  %2348 = load <16 x float>, ptr %2347, align 4
  %2349 = sub nuw nsw i64 62, %2333
  %2350 = shl nuw nsw i64 %2349, 5
  %2351 = or disjoint i64 %2350, 2048
  %2352 = getelementptr inbounds float, ptr %OY, i64 %2351
  %2353 = load <16 x float>, ptr %2352, align 4
  %2354 = or disjoint i64 %2350, 2064
  %2355 = getelementptr inbounds float, ptr %OY, i64 %2354
  %2356 = load <16 x float>, ptr %2355, align 4
  %2357 = sub nuw nsw i64 63, %2333
  %2358 = shl nuw nsw i64 %2357, 5
  %2359 = or disjoint i64 %2358, 2048
  %2360 = getelementptr inbounds float, ptr %OY, i64 %2359
  %2361 = load <16 x float>, ptr %2360, align 4
  %2362 = or disjoint i64 %2358, 2064
  %2363 = getelementptr inbounds float, ptr %OY, i64 %2362
  %2364 = load <16 x float>, ptr %2363, align 4
  %.not2948 = icmp eq i64 %ib1.addr.02831, 0
  br i1 %.not2948, label %j26.exit, label %j26.body.preheader

j26.body.preheader:                               ; preds = %ib1.body
  %2365 = sub nuw nsw i64 64, %2333
  br label %j26.body

j26.body:                                         ; preds = %j26.body.preheader, %j26.body
  %j26.addr.02822 = phi i64 [ %j26.next, %j26.body ], [ %2365, %j26.body.preheader ]
  %acc119.02821 = phi <16 x float> [ %2405, %j26.body ], [ %2364, %j26.body.preheader ]
  %acc118.02820 = phi <16 x float> [ %2404, %j26.body ], [ %2361, %j26.body.preheader ]
  %acc117.02819 = phi <16 x float> [ %2397, %j26.body ], [ %2356, %j26.body.preheader ]
  %acc116.02818 = phi <16 x float> [ %2396, %j26.body ], [ %2353, %j26.body.preheader ]
  %acc115.02817 = phi <16 x float> [ %2389, %j26.body ], [ %2348, %j26.body.preheader ]
  %acc114.02816 = phi <16 x float> [ %2388, %j26.body ], [ %2345, %j26.body.preheader ]
  %acc113.02815 = phi <16 x float> [ %2381, %j26.body ], [ %2340, %j26.body.preheader ]
  %acc112.02814 = phi <16 x float> [ %2380, %j26.body ], [ %2337, %j26.body.preheader ]
  %2366 = shl nuw nsw i64 %j26.addr.02822, 5
  %2367 = or disjoint i64 %2366, 2048
  %2368 = getelementptr inbounds float, ptr %OY, i64 %2367
  %2369 = load <16 x float>, ptr %2368, align 4
  %2370 = or disjoint i64 %2366, 2064
  %2371 = getelementptr inbounds float, ptr %OY, i64 %2370
  %2372 = load <16 x float>, ptr %2371, align 4
  %2373 = shl nuw nsw i64 %j26.addr.02822, 6
  %2374 = or disjoint i64 %2373, %i01
  %2375 = getelementptr inbounds float, ptr %Gm, i64 %2374
  %2376 = load float, ptr %2375, align 4
  %2377 = fneg float %2376
  %2378 = insertelement <16 x float> poison, float %2377, i64 0
  %2379 = shufflevector <16 x float> %2378, <16 x float> poison, <16 x i32> zeroinitializer
  %2380 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2379, <16 x float> %2369, <16 x float> %acc112.02814)
  %2381 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2379, <16 x float> %2372, <16 x float> %acc113.02815)
  %2382 = or disjoint i64 %2373, %2341
  %2383 = getelementptr inbounds float, ptr %Gm, i64 %2382
  %2384 = load float, ptr %2383, align 4
  %2385 = fneg float %2384
  %2386 = insertelement <16 x float> poison, float %2385, i64 0
  %2387 = shufflevector <16 x float> %2386, <16 x float> poison, <16 x i32> zeroinitializer
  %2388 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2369, <16 x float> %acc114.02816)
  %2389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2372, <16 x float> %acc115.02817)
  %2390 = or disjoint i64 %2373, %2349
  %2391 = getelementptr inbounds float, ptr %Gm, i64 %2390
  %2392 = load float, ptr %2391, align 4
  %2393 = fneg float %2392
  %2394 = insertelement <16 x float> poison, float %2393, i64 0
  %2395 = shufflevector <16 x float> %2394, <16 x float> poison, <16 x i32> zeroinitializer
  %2396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2395, <16 x float> %2369, <16 x float> %acc116.02818)
  %2397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2395, <16 x float> %2372, <16 x float> %acc117.02819)
  %2398 = or disjoint i64 %2373, %2357
  %2399 = getelementptr inbounds float, ptr %Gm, i64 %2398
  %2400 = load float, ptr %2399, align 4
  %2401 = fneg float %2400
  %2402 = insertelement <16 x float> poison, float %2401, i64 0
  %2403 = shufflevector <16 x float> %2402, <16 x float> poison, <16 x i32> zeroinitializer
  %2404 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2403, <16 x float> %2369, <16 x float> %acc118.02820)
  %2405 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2403, <16 x float> %2372, <16 x float> %acc119.02821)
  %j26.next = add nuw nsw i64 %j26.addr.02822, 1
  %2406 = icmp ult i64 %j26.addr.02822, 63
  br i1 %2406, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2337, %ib1.body ], [ %2380, %j26.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2340, %ib1.body ], [ %2381, %j26.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2345, %ib1.body ], [ %2388, %j26.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2348, %ib1.body ], [ %2389, %j26.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2353, %ib1.body ], [ %2396, %j26.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2356, %ib1.body ], [ %2397, %j26.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2361, %ib1.body ], [ %2404, %j26.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2364, %ib1.body ], [ %2405, %j26.body ]
  %2407 = getelementptr inbounds float, ptr %Rr, i64 %2358
  %2408 = load <16 x float>, ptr %2407, align 4
  %2409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2408, <16 x float> zeroinitializer)
  %2410 = or disjoint i64 %2358, 16
  %2411 = getelementptr inbounds float, ptr %Rr, i64 %2410
  %2412 = load <16 x float>, ptr %2411, align 4
  %2413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2412, <16 x float> %2409)
  %2414 = shufflevector <16 x float> %2413, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2415 = shufflevector <16 x float> %2413, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2416 = fadd <8 x float> %2414, %2415
  %2417 = shufflevector <8 x float> %2416, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2418 = shufflevector <8 x float> %2416, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2419 = fadd <4 x float> %2417, %2418
  %2420 = shufflevector <4 x float> %2419, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2421 = shufflevector <4 x float> %2419, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2422 = fadd <2 x float> %2420, %2421
  %2423 = shufflevector <2 x float> %2422, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2424 = shufflevector <2 x float> %2422, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2425 = getelementptr inbounds float, ptr %bet, i64 %2357
  %2426 = load float, ptr %2425, align 4
  %2427 = insertelement <16 x float> poison, float %2426, i64 0
  %2428 = shufflevector <16 x float> %2427, <16 x float> poison, <16 x i32> zeroinitializer
  %2429 = fmul <16 x float> %acc118.0.lcssa, %2428
  store <16 x float> %2429, ptr %2360, align 4
  %2430 = fneg <16 x float> %2429
  %2431 = mul nuw nsw i64 %2357, 192
  %2432 = or disjoint i64 %2431, 32
  %2433 = getelementptr inbounds float, ptr %Ak, i64 %2432
  store <16 x float> %2430, ptr %2433, align 4
  %2434 = fmul <16 x float> %acc119.0.lcssa, %2428
  store <16 x float> %2434, ptr %2363, align 4
  %2435 = fneg <16 x float> %2434
  %2436 = or disjoint i64 %2431, 48
  %2437 = getelementptr inbounds float, ptr %Ak, i64 %2436
  store <16 x float> %2435, ptr %2437, align 4
  %2438 = shl nuw nsw i64 %2357, 6
  %2439 = or disjoint i64 %2438, %2349
  %2440 = getelementptr inbounds float, ptr %Gm, i64 %2439
  %2441 = load float, ptr %2440, align 4
  %2442 = fneg float %2441
  %2443 = insertelement <16 x float> poison, float %2442, i64 0
  %2444 = shufflevector <16 x float> %2443, <16 x float> poison, <16 x i32> zeroinitializer
  %2445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2444, <16 x float> %2429, <16 x float> %acc116.0.lcssa)
  %2446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2444, <16 x float> %2434, <16 x float> %acc117.0.lcssa)
  %2447 = getelementptr inbounds float, ptr %Rr, i64 %2350
  %2448 = load <16 x float>, ptr %2447, align 4
  %2449 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2445, <16 x float> %2448, <16 x float> zeroinitializer)
  %2450 = or disjoint i64 %2350, 16
  %2451 = getelementptr inbounds float, ptr %Rr, i64 %2450
  %2452 = load <16 x float>, ptr %2451, align 4
  %2453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2446, <16 x float> %2452, <16 x float> %2449)
  %2454 = shufflevector <16 x float> %2453, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2455 = shufflevector <16 x float> %2453, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2456 = fadd <8 x float> %2454, %2455
  %2457 = shufflevector <8 x float> %2456, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2458 = shufflevector <8 x float> %2456, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2459 = fadd <4 x float> %2457, %2458
  %2460 = shufflevector <4 x float> %2459, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2461 = shufflevector <4 x float> %2459, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2462 = fadd <2 x float> %2460, %2461
  %2463 = shufflevector <2 x float> %2462, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2464 = shufflevector <2 x float> %2462, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2465 = getelementptr inbounds float, ptr %bet, i64 %2349
  %2466 = load float, ptr %2465, align 4
  %2467 = insertelement <16 x float> poison, float %2466, i64 0
  %2468 = shufflevector <16 x float> %2467, <16 x float> poison, <16 x i32> zeroinitializer
  %2469 = fmul <16 x float> %2445, %2468
  store <16 x float> %2469, ptr %2352, align 4
  %2470 = fneg <16 x float> %2469
  %2471 = mul nuw nsw i64 %2349, 192
  %2472 = or disjoint i64 %2471, 32
  %2473 = getelementptr inbounds float, ptr %Ak, i64 %2472
  store <16 x float> %2470, ptr %2473, align 4
  %2474 = fmul <16 x float> %2446, %2468
  store <16 x float> %2474, ptr %2355, align 4
  %2475 = fneg <16 x float> %2474
  %2476 = or disjoint i64 %2471, 48
  %2477 = getelementptr inbounds float, ptr %Ak, i64 %2476
  store <16 x float> %2475, ptr %2477, align 4
  %2478 = shl nuw nsw i64 %2349, 6
  %2479 = or disjoint i64 %2478, %2341
  %2480 = getelementptr inbounds float, ptr %Gm, i64 %2479
  %2481 = load float, ptr %2480, align 4
  %2482 = fneg float %2481
  %2483 = insertelement <16 x float> poison, float %2482, i64 0
  %2484 = shufflevector <16 x float> %2483, <16 x float> poison, <16 x i32> zeroinitializer
  %2485 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2484, <16 x float> %2469, <16 x float> %acc114.0.lcssa)
  %2486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2484, <16 x float> %2474, <16 x float> %acc115.0.lcssa)
  %2487 = or disjoint i64 %2438, %2341
  %2488 = getelementptr inbounds float, ptr %Gm, i64 %2487
  %2489 = load float, ptr %2488, align 4
  %2490 = fneg float %2489
  %2491 = insertelement <16 x float> poison, float %2490, i64 0
  %2492 = shufflevector <16 x float> %2491, <16 x float> poison, <16 x i32> zeroinitializer
  %2493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2429, <16 x float> %2485)
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2434, <16 x float> %2486)
  %2495 = getelementptr inbounds float, ptr %Rr, i64 %2342
  %2496 = load <16 x float>, ptr %2495, align 4
  %2497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2493, <16 x float> %2496, <16 x float> zeroinitializer)
  %2498 = or disjoint i64 %2342, 16
  %2499 = getelementptr inbounds float, ptr %Rr, i64 %2498
  %2500 = load <16 x float>, ptr %2499, align 4
  %2501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2494, <16 x float> %2500, <16 x float> %2497)
  %2502 = shufflevector <16 x float> %2501, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2503 = shufflevector <16 x float> %2501, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2504 = fadd <8 x float> %2502, %2503
  %2505 = shufflevector <8 x float> %2504, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2506 = shufflevector <8 x float> %2504, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2507 = fadd <4 x float> %2505, %2506
  %2508 = shufflevector <4 x float> %2507, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2509 = shufflevector <4 x float> %2507, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2510 = fadd <2 x float> %2508, %2509
  %2511 = getelementptr inbounds float, ptr %bet, i64 %2341
  %2512 = load float, ptr %2511, align 4
  %2513 = insertelement <16 x float> poison, float %2512, i64 0
  %2514 = shufflevector <16 x float> %2513, <16 x float> poison, <16 x i32> zeroinitializer
  %2515 = fmul <16 x float> %2493, %2514
  store <16 x float> %2515, ptr %2344, align 4
  %2516 = fneg <16 x float> %2515
  %2517 = mul nuw nsw i64 %2341, 192
  %2518 = or disjoint i64 %2517, 32
  %2519 = getelementptr inbounds float, ptr %Ak, i64 %2518
  store <16 x float> %2516, ptr %2519, align 4
  %2520 = fmul <16 x float> %2494, %2514
  store <16 x float> %2520, ptr %2347, align 4
  %2521 = fneg <16 x float> %2520
  %2522 = or disjoint i64 %2517, 48
  %2523 = getelementptr inbounds float, ptr %Ak, i64 %2522
  store <16 x float> %2521, ptr %2523, align 4
  %2524 = shl nuw nsw i64 %2341, 6
  %2525 = or disjoint i64 %2524, %i01
  %2526 = getelementptr inbounds float, ptr %Gm, i64 %2525
  %2527 = load float, ptr %2526, align 4
  %2528 = fneg float %2527
  %2529 = insertelement <16 x float> poison, float %2528, i64 0
  %2530 = shufflevector <16 x float> %2529, <16 x float> poison, <16 x i32> zeroinitializer
  %2531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2530, <16 x float> %2515, <16 x float> %acc112.0.lcssa)
  %2532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2530, <16 x float> %2520, <16 x float> %acc113.0.lcssa)
  %2533 = or disjoint i64 %2478, %i01
  %2534 = getelementptr inbounds float, ptr %Gm, i64 %2533
  %2535 = load float, ptr %2534, align 4
  %2536 = fneg float %2535
  %2537 = insertelement <16 x float> poison, float %2536, i64 0
  %2538 = shufflevector <16 x float> %2537, <16 x float> poison, <16 x i32> zeroinitializer
  %2539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2538, <16 x float> %2469, <16 x float> %2531)
  %2540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2538, <16 x float> %2474, <16 x float> %2532)
  %2541 = or disjoint i64 %2438, %i01
  %2542 = getelementptr inbounds float, ptr %Gm, i64 %2541
  %2543 = load float, ptr %2542, align 4
  %2544 = fneg float %2543
  %2545 = insertelement <16 x float> poison, float %2544, i64 0
  %2546 = shufflevector <16 x float> %2545, <16 x float> poison, <16 x i32> zeroinitializer
  %2547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2546, <16 x float> %2429, <16 x float> %2539)
  %2548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2546, <16 x float> %2434, <16 x float> %2540)
  %2549 = getelementptr inbounds float, ptr %Rr, i64 %2334
  %2550 = load <16 x float>, ptr %2549, align 4
  %2551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2547, <16 x float> %2550, <16 x float> zeroinitializer)
  %2552 = or disjoint i64 %2334, 16
  %2553 = getelementptr inbounds float, ptr %Rr, i64 %2552
  %2554 = load <16 x float>, ptr %2553, align 4
  %2555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2548, <16 x float> %2554, <16 x float> %2551)
  %2556 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2557 = shufflevector <16 x float> %2555, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2558 = shufflevector <16 x float> %2555, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2559 = fadd <8 x float> %2557, %2558
  %2560 = shufflevector <8 x float> %2559, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2561 = shufflevector <8 x float> %2559, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2562 = fadd <4 x float> %2560, %2561
  %2563 = shufflevector <4 x float> %2562, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2564 = shufflevector <4 x float> %2562, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2565 = fadd <2 x float> %2563, %2564
  %2566 = load <4 x float>, ptr %2556, align 4
  %2567 = shufflevector <2 x float> %2565, <2 x float> %2510, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2568 = shufflevector <4 x float> %2567, <4 x float> %2464, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2569 = shufflevector <4 x float> %2568, <4 x float> %2424, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2570 = shufflevector <2 x float> %2565, <2 x float> %2510, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2571 = shufflevector <4 x float> %2570, <4 x float> %2463, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2572 = shufflevector <4 x float> %2571, <4 x float> %2423, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2573 = fadd <4 x float> %2569, %2572
  %2574 = fadd <4 x float> %2566, %2573
  store <4 x float> %2574, ptr %2556, align 4
  %2575 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2576 = load float, ptr %2575, align 4
  %2577 = insertelement <16 x float> poison, float %2576, i64 0
  %2578 = shufflevector <16 x float> %2577, <16 x float> poison, <16 x i32> zeroinitializer
  %2579 = fmul <16 x float> %2547, %2578
  store <16 x float> %2579, ptr %2336, align 4
  %2580 = fneg <16 x float> %2579
  %2581 = mul nuw nsw i64 %i01, 192
  %2582 = or disjoint i64 %2581, 32
  %2583 = getelementptr inbounds float, ptr %Ak, i64 %2582
  store <16 x float> %2580, ptr %2583, align 4
  %2584 = fmul <16 x float> %2548, %2578
  store <16 x float> %2584, ptr %2339, align 4
  %2585 = fneg <16 x float> %2584
  %2586 = or disjoint i64 %2581, 48
  %2587 = getelementptr inbounds float, ptr %Ak, i64 %2586
  store <16 x float> %2585, ptr %2587, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02831, 1
  %exitcond3151.not = icmp eq i64 %ib1.next, 16
  br i1 %exitcond3151.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.02833 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.3, %t5.body ]
  %niter3713 = phi i64 [ 0, %t5.body.preheader.new ], [ %niter3713.next.3, %t5.body ]
  %tau1 = add nsw i64 %t5.addr.02833, %t0
  %.idx2949 = shl nsw i64 %t5.addr.02833, 7
  %gep3360 = getelementptr inbounds i8, ptr %invariant.gep3359, i64 %.idx2949
  %2588 = load <16 x float>, ptr %gep3360, align 4
  %.idx2950 = shl i64 %tau1, 7
  %2589 = getelementptr i8, ptr %dav, i64 %.idx2950
  store <16 x float> %2588, ptr %2589, align 4
  %gep3362 = getelementptr inbounds i8, ptr %invariant.gep3361, i64 %.idx2949
  %2590 = load <16 x float>, ptr %gep3362, align 4
  %2591 = getelementptr i8, ptr %28, i64 %.idx2950
  store <16 x float> %2590, ptr %2591, align 4
  %2592 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02833
  %2593 = load float, ptr %2592, align 4
  %2594 = mul nsw i64 %tau1, %H
  %2595 = getelementptr inbounds float, ptr %betah1, i64 %2594
  store float %2593, ptr %2595, align 4
  %t5.next = or disjoint i64 %t5.addr.02833, 1
  %tau1.1 = add nsw i64 %t5.next, %t0
  %.idx2949.1 = shl nsw i64 %t5.next, 7
  %gep3360.1 = getelementptr inbounds i8, ptr %invariant.gep3359, i64 %.idx2949.1
  %2596 = load <16 x float>, ptr %gep3360.1, align 4
  %.idx2950.1 = shl i64 %tau1.1, 7
  %2597 = getelementptr i8, ptr %dav, i64 %.idx2950.1
  store <16 x float> %2596, ptr %2597, align 4
  %gep3362.1 = getelementptr inbounds i8, ptr %invariant.gep3361, i64 %.idx2949.1
  %2598 = load <16 x float>, ptr %gep3362.1, align 4
  %2599 = getelementptr i8, ptr %28, i64 %.idx2950.1
  store <16 x float> %2598, ptr %2599, align 4
  %2600 = getelementptr inbounds float, ptr %dbet, i64 %t5.next
  %2601 = load float, ptr %2600, align 4
  %2602 = mul nsw i64 %tau1.1, %H
  %2603 = getelementptr inbounds float, ptr %betah1, i64 %2602
  store float %2601, ptr %2603, align 4
  %t5.next.1 = or disjoint i64 %t5.addr.02833, 2
  %tau1.2 = add nsw i64 %t5.next.1, %t0
  %.idx2949.2 = shl nsw i64 %t5.next.1, 7
  %gep3360.2 = getelementptr inbounds i8, ptr %invariant.gep3359, i64 %.idx2949.2
  %2604 = load <16 x float>, ptr %gep3360.2, align 4
  %.idx2950.2 = shl i64 %tau1.2, 7
  %2605 = getelementptr i8, ptr %dav, i64 %.idx2950.2
  store <16 x float> %2604, ptr %2605, align 4
  %gep3362.2 = getelementptr inbounds i8, ptr %invariant.gep3361, i64 %.idx2949.2
  %2606 = load <16 x float>, ptr %gep3362.2, align 4
  %2607 = getelementptr i8, ptr %28, i64 %.idx2950.2
  store <16 x float> %2606, ptr %2607, align 4
  %2608 = getelementptr inbounds float, ptr %dbet, i64 %t5.next.1
  %2609 = load float, ptr %2608, align 4
  %2610 = mul nsw i64 %tau1.2, %H
  %2611 = getelementptr inbounds float, ptr %betah1, i64 %2610
  store float %2609, ptr %2611, align 4
  %t5.next.2 = or disjoint i64 %t5.addr.02833, 3
  %tau1.3 = add nsw i64 %t5.next.2, %t0
  %.idx2949.3 = shl nsw i64 %t5.next.2, 7
  %gep3360.3 = getelementptr inbounds i8, ptr %invariant.gep3359, i64 %.idx2949.3
  %2612 = load <16 x float>, ptr %gep3360.3, align 4
  %.idx2950.3 = shl i64 %tau1.3, 7
  %2613 = getelementptr i8, ptr %dav, i64 %.idx2950.3
  store <16 x float> %2612, ptr %2613, align 4
  %gep3362.3 = getelementptr inbounds i8, ptr %invariant.gep3361, i64 %.idx2949.3
  %2614 = load <16 x float>, ptr %gep3362.3, align 4
  %2615 = getelementptr i8, ptr %28, i64 %.idx2950.3
  store <16 x float> %2614, ptr %2615, align 4
  %2616 = getelementptr inbounds float, ptr %dbet, i64 %t5.next.2
  %2617 = load float, ptr %2616, align 4
  %2618 = mul nsw i64 %tau1.3, %H
  %2619 = getelementptr inbounds float, ptr %betah1, i64 %2618
  store float %2617, ptr %2619, align 4
  %t5.next.3 = add nuw nsw i64 %t5.addr.02833, 4
  %niter3713.next.3 = add i64 %niter3713, 4
  %niter3713.ncmp.3 = icmp eq i64 %niter3713.next.3, %unroll_iter3712
  br i1 %niter3713.ncmp.3, label %i33.body.preheader.loopexit.unr-lcssa, label %t5.body

i33.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.02833.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.3, %t5.body ]
  %lcmp.mod3711.not = icmp eq i64 %xtraiter3710, 0
  br i1 %lcmp.mod3711.not, label %i33.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t5.body.epil
  %t5.addr.02833.epil = phi i64 [ %t5.next.epil, %t5.body.epil ], [ %t5.addr.02833.unr, %i33.body.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %t5.body.epil ], [ 0, %i33.body.preheader.loopexit.unr-lcssa ]
  %tau1.epil = add nsw i64 %t5.addr.02833.epil, %t0
  %.idx2949.epil = shl nsw i64 %t5.addr.02833.epil, 7
  %gep3360.epil = getelementptr inbounds i8, ptr %invariant.gep3359, i64 %.idx2949.epil
  %2620 = load <16 x float>, ptr %gep3360.epil, align 4
  %.idx2950.epil = shl i64 %tau1.epil, 7
  %2621 = getelementptr i8, ptr %dav, i64 %.idx2950.epil
  store <16 x float> %2620, ptr %2621, align 4
  %gep3362.epil = getelementptr inbounds i8, ptr %invariant.gep3361, i64 %.idx2949.epil
  %2622 = load <16 x float>, ptr %gep3362.epil, align 4
  %2623 = getelementptr i8, ptr %28, i64 %.idx2950.epil
  store <16 x float> %2622, ptr %2623, align 4
  %2624 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02833.epil
  %2625 = load float, ptr %2624, align 4
  %2626 = mul nsw i64 %tau1.epil, %H
  %2627 = getelementptr inbounds float, ptr %betah1, i64 %2626
  store float %2625, ptr %2627, align 4
  %t5.next.epil = add nuw nsw i64 %t5.addr.02833.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3710
  br i1 %epil.iter.cmp.not, label %i33.body.preheader, label %t5.body.epil, !llvm.loop !0

i33.body.preheader:                               ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t5.body.epil, %t5.head.preheader
  br label %i33.body

i33.body:                                         ; preds = %i33.body.preheader, %p10.exit
  %i33.addr.02851 = phi i64 [ %i33.next, %p10.exit ], [ 0, %i33.body.preheader ]
  %2628 = shl nuw nsw i64 %i33.addr.02851, 6
  %2629 = or disjoint i64 %2628, 32
  %2630 = getelementptr inbounds float, ptr %work, i64 %2629
  %2631 = load <16 x float>, ptr %2630, align 4
  %2632 = or disjoint i64 %2628, 48
  %2633 = getelementptr inbounds float, ptr %work, i64 %2632
  %2634 = load <16 x float>, ptr %2633, align 4
  %2635 = or disjoint i64 %i33.addr.02851, 1
  %2636 = shl nuw nsw i64 %2635, 6
  %2637 = or disjoint i64 %2636, 32
  %2638 = getelementptr inbounds float, ptr %work, i64 %2637
  %2639 = load <16 x float>, ptr %2638, align 4
  %2640 = or disjoint i64 %2636, 48
  %2641 = getelementptr inbounds float, ptr %work, i64 %2640
  %2642 = load <16 x float>, ptr %2641, align 4
  %2643 = or disjoint i64 %i33.addr.02851, 2
  %2644 = shl nuw nsw i64 %2643, 6
  %2645 = or disjoint i64 %2644, 32
  %2646 = getelementptr inbounds float, ptr %work, i64 %2645
  %2647 = load <16 x float>, ptr %2646, align 4
  %2648 = or disjoint i64 %2644, 48
  %2649 = getelementptr inbounds float, ptr %work, i64 %2648
  %2650 = load <16 x float>, ptr %2649, align 4
  %2651 = or disjoint i64 %i33.addr.02851, 3
  %2652 = shl nuw nsw i64 %2651, 6
  %2653 = or disjoint i64 %2652, 32
  %2654 = getelementptr inbounds float, ptr %work, i64 %2653
  %2655 = load <16 x float>, ptr %2654, align 4
  %2656 = or disjoint i64 %2652, 48
  %2657 = getelementptr inbounds float, ptr %work, i64 %2656
  %2658 = load <16 x float>, ptr %2657, align 4
  %2659 = or disjoint i64 %i33.addr.02851, 4
  %2660 = shl nuw nsw i64 %2659, 6
  %2661 = or disjoint i64 %2660, 32
  %2662 = getelementptr inbounds float, ptr %work, i64 %2661
  %2663 = load <16 x float>, ptr %2662, align 4
  %2664 = or disjoint i64 %2660, 48
  %2665 = getelementptr inbounds float, ptr %work, i64 %2664
  %2666 = load <16 x float>, ptr %2665, align 4
  %2667 = or disjoint i64 %i33.addr.02851, 5
  %2668 = shl nuw nsw i64 %2667, 6
  %2669 = or disjoint i64 %2668, 32
  %2670 = getelementptr inbounds float, ptr %work, i64 %2669
  %2671 = load <16 x float>, ptr %2670, align 4
  %2672 = or disjoint i64 %2668, 48
  %2673 = getelementptr inbounds float, ptr %work, i64 %2672
  %2674 = load <16 x float>, ptr %2673, align 4
  %2675 = or disjoint i64 %i33.addr.02851, 6
  %2676 = shl nuw nsw i64 %2675, 6
  %2677 = or disjoint i64 %2676, 32
  %2678 = getelementptr inbounds float, ptr %work, i64 %2677
  %2679 = load <16 x float>, ptr %2678, align 4
  %2680 = or disjoint i64 %2676, 48
  %2681 = getelementptr inbounds float, ptr %work, i64 %2680
  %2682 = load <16 x float>, ptr %2681, align 4
  %2683 = or disjoint i64 %i33.addr.02851, 7
  %2684 = shl nuw nsw i64 %2683, 6
  %2685 = or disjoint i64 %2684, 32
  %2686 = getelementptr inbounds float, ptr %work, i64 %2685
  %2687 = load <16 x float>, ptr %2686, align 4
  %2688 = or disjoint i64 %2684, 48
  %2689 = getelementptr inbounds float, ptr %work, i64 %2688
  %2690 = load <16 x float>, ptr %2689, align 4
  br label %p10.body

p10.body:                                         ; preds = %i33.body, %p10.body
  %p10.addr.02850 = phi i64 [ 0, %i33.body ], [ %p10.next, %p10.body ]
  %acc135.02849 = phi <16 x float> [ %2690, %i33.body ], [ %2752, %p10.body ]
  %acc134.02848 = phi <16 x float> [ %2687, %i33.body ], [ %2751, %p10.body ]
  %acc133.02847 = phi <16 x float> [ %2682, %i33.body ], [ %2745, %p10.body ]
  %acc132.02846 = phi <16 x float> [ %2679, %i33.body ], [ %2744, %p10.body ]
  %acc131.02845 = phi <16 x float> [ %2674, %i33.body ], [ %2738, %p10.body ]
  %acc130.02844 = phi <16 x float> [ %2671, %i33.body ], [ %2737, %p10.body ]
  %acc129.02843 = phi <16 x float> [ %2666, %i33.body ], [ %2731, %p10.body ]
  %acc128.02842 = phi <16 x float> [ %2663, %i33.body ], [ %2730, %p10.body ]
  %acc127.02841 = phi <16 x float> [ %2658, %i33.body ], [ %2724, %p10.body ]
  %acc126.02840 = phi <16 x float> [ %2655, %i33.body ], [ %2723, %p10.body ]
  %acc125.02839 = phi <16 x float> [ %2650, %i33.body ], [ %2717, %p10.body ]
  %acc124.02838 = phi <16 x float> [ %2647, %i33.body ], [ %2716, %p10.body ]
  %acc123.02837 = phi <16 x float> [ %2642, %i33.body ], [ %2710, %p10.body ]
  %acc122.02836 = phi <16 x float> [ %2639, %i33.body ], [ %2709, %p10.body ]
  %acc121.02835 = phi <16 x float> [ %2634, %i33.body ], [ %2703, %p10.body ]
  %acc120.02834 = phi <16 x float> [ %2631, %i33.body ], [ %2702, %p10.body ]
  %2691 = shl nuw nsw i64 %p10.addr.02850, 5
  %2692 = getelementptr inbounds float, ptr %OY, i64 %2691
  %2693 = load <16 x float>, ptr %2692, align 4
  %2694 = or disjoint i64 %2691, 16
  %2695 = getelementptr inbounds float, ptr %OY, i64 %2694
  %2696 = load <16 x float>, ptr %2695, align 4
  %2697 = or disjoint i64 %2691, %i33.addr.02851
  %2698 = getelementptr inbounds float, ptr %QK, i64 %2697
  %2699 = load float, ptr %2698, align 4
  %2700 = insertelement <16 x float> poison, float %2699, i64 0
  %2701 = shufflevector <16 x float> %2700, <16 x float> poison, <16 x i32> zeroinitializer
  %2702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2701, <16 x float> %2693, <16 x float> %acc120.02834)
  %2703 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2701, <16 x float> %2696, <16 x float> %acc121.02835)
  %2704 = or disjoint i64 %2691, %2635
  %2705 = getelementptr inbounds float, ptr %QK, i64 %2704
  %2706 = load float, ptr %2705, align 4
  %2707 = insertelement <16 x float> poison, float %2706, i64 0
  %2708 = shufflevector <16 x float> %2707, <16 x float> poison, <16 x i32> zeroinitializer
  %2709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2708, <16 x float> %2693, <16 x float> %acc122.02836)
  %2710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2708, <16 x float> %2696, <16 x float> %acc123.02837)
  %2711 = or disjoint i64 %2691, %2643
  %2712 = getelementptr inbounds float, ptr %QK, i64 %2711
  %2713 = load float, ptr %2712, align 4
  %2714 = insertelement <16 x float> poison, float %2713, i64 0
  %2715 = shufflevector <16 x float> %2714, <16 x float> poison, <16 x i32> zeroinitializer
  %2716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2715, <16 x float> %2693, <16 x float> %acc124.02838)
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2715, <16 x float> %2696, <16 x float> %acc125.02839)
  %2718 = or disjoint i64 %2691, %2651
  %2719 = getelementptr inbounds float, ptr %QK, i64 %2718
  %2720 = load float, ptr %2719, align 4
  %2721 = insertelement <16 x float> poison, float %2720, i64 0
  %2722 = shufflevector <16 x float> %2721, <16 x float> poison, <16 x i32> zeroinitializer
  %2723 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2722, <16 x float> %2693, <16 x float> %acc126.02840)
  %2724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2722, <16 x float> %2696, <16 x float> %acc127.02841)
  %2725 = or disjoint i64 %2691, %2659
  %2726 = getelementptr inbounds float, ptr %QK, i64 %2725
  %2727 = load float, ptr %2726, align 4
  %2728 = insertelement <16 x float> poison, float %2727, i64 0
  %2729 = shufflevector <16 x float> %2728, <16 x float> poison, <16 x i32> zeroinitializer
  %2730 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2729, <16 x float> %2693, <16 x float> %acc128.02842)
  %2731 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2729, <16 x float> %2696, <16 x float> %acc129.02843)
  %2732 = or disjoint i64 %2691, %2667
  %2733 = getelementptr inbounds float, ptr %QK, i64 %2732
  %2734 = load float, ptr %2733, align 4
  %2735 = insertelement <16 x float> poison, float %2734, i64 0
  %2736 = shufflevector <16 x float> %2735, <16 x float> poison, <16 x i32> zeroinitializer
  %2737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2736, <16 x float> %2693, <16 x float> %acc130.02844)
  %2738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2736, <16 x float> %2696, <16 x float> %acc131.02845)
  %2739 = or disjoint i64 %2691, %2675
  %2740 = getelementptr inbounds float, ptr %QK, i64 %2739
  %2741 = load float, ptr %2740, align 4
  %2742 = insertelement <16 x float> poison, float %2741, i64 0
  %2743 = shufflevector <16 x float> %2742, <16 x float> poison, <16 x i32> zeroinitializer
  %2744 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2743, <16 x float> %2693, <16 x float> %acc132.02846)
  %2745 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2743, <16 x float> %2696, <16 x float> %acc133.02847)
  %2746 = or disjoint i64 %2691, %2683
  %2747 = getelementptr inbounds float, ptr %QK, i64 %2746
  %2748 = load float, ptr %2747, align 4
  %2749 = insertelement <16 x float> poison, float %2748, i64 0
  %2750 = shufflevector <16 x float> %2749, <16 x float> poison, <16 x i32> zeroinitializer
  %2751 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2750, <16 x float> %2693, <16 x float> %acc134.02848)
  %2752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2750, <16 x float> %2696, <16 x float> %acc135.02849)
  %p10.next = add nuw nsw i64 %p10.addr.02850, 1
  %exitcond3157.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond3157.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2702, ptr %2630, align 4
  store <16 x float> %2703, ptr %2633, align 4
  store <16 x float> %2709, ptr %2638, align 4
  store <16 x float> %2710, ptr %2641, align 4
  store <16 x float> %2716, ptr %2646, align 4
  store <16 x float> %2717, ptr %2649, align 4
  store <16 x float> %2723, ptr %2654, align 4
  store <16 x float> %2724, ptr %2657, align 4
  store <16 x float> %2730, ptr %2662, align 4
  store <16 x float> %2731, ptr %2665, align 4
  store <16 x float> %2737, ptr %2670, align 4
  store <16 x float> %2738, ptr %2673, align 4
  store <16 x float> %2744, ptr %2678, align 4
  store <16 x float> %2745, ptr %2681, align 4
  store <16 x float> %2751, ptr %2686, align 4
  store <16 x float> %2752, ptr %2689, align 4
  %i33.next = add nuw nsw i64 %i33.addr.02851, 8
  %2753 = icmp ult i64 %i33.addr.02851, 24
  br i1 %2753, label %i33.body, label %i34.body

i34.head.loopexit:                                ; preds = %p11.exit
  %2754 = icmp ult i64 %i34.addr.02864, 56
  br i1 %2754, label %i34.body, label %j30.head.preheader

i34.body:                                         ; preds = %p10.exit, %i34.head.loopexit
  %i34.addr.02864 = phi i64 [ %2755, %i34.head.loopexit ], [ 0, %p10.exit ]
  %2755 = add nuw nsw i64 %i34.addr.02864, 8
  %2756 = shl nuw nsw i64 %i34.addr.02864, 5
  %2757 = mul nuw nsw i64 %i34.addr.02864, 192
  %2758 = or disjoint i64 %2757, 128
  %2759 = getelementptr inbounds float, ptr %Ak, i64 %2758
  %2760 = or disjoint i64 %2757, 320
  %2761 = getelementptr inbounds float, ptr %Ak, i64 %2760
  %.idx2606 = mul nuw nsw i64 %i34.addr.02864, 768
  %2762 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2606
  %2763 = getelementptr inbounds i8, ptr %2762, i64 2048
  %2764 = getelementptr inbounds i8, ptr %2762, i64 2816
  %2765 = getelementptr inbounds i8, ptr %2762, i64 3584
  %2766 = getelementptr inbounds i8, ptr %2762, i64 4352
  %2767 = getelementptr inbounds i8, ptr %2762, i64 5120
  %2768 = getelementptr inbounds i8, ptr %2762, i64 5888
  br label %p11.head.preheader

p11.head.preheader:                               ; preds = %i34.body, %p11.exit
  %j29.addr.02863 = phi i64 [ 0, %i34.body ], [ %j29.next, %p11.exit ]
  %invariant.gep2852 = getelementptr inbounds float, ptr %VnT, i64 %j29.addr.02863
  br label %p11.body

p11.body:                                         ; preds = %p11.head.preheader, %p11.body
  %p11.addr.02862 = phi i64 [ 0, %p11.head.preheader ], [ %p11.next, %p11.body ]
  %acc143.02861 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2818, %p11.body ]
  %acc142.02860 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2812, %p11.body ]
  %acc141.02859 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2806, %p11.body ]
  %acc140.02858 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2800, %p11.body ]
  %acc139.02857 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2794, %p11.body ]
  %acc138.02856 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2788, %p11.body ]
  %acc137.02855 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2782, %p11.body ]
  %acc136.02854 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2776, %p11.body ]
  %.idx2612 = shl nuw nsw i64 %p11.addr.02862, 8
  %gep2853 = getelementptr inbounds i8, ptr %invariant.gep2852, i64 %.idx2612
  %2769 = load <16 x float>, ptr %gep2853, align 4
  %2770 = add nuw nsw i64 %p11.addr.02862, %2756
  %2771 = or disjoint i64 %2770, 2048
  %2772 = getelementptr inbounds float, ptr %OY, i64 %2771
  %2773 = load float, ptr %2772, align 4
  %2774 = insertelement <16 x float> poison, float %2773, i64 0
  %2775 = shufflevector <16 x float> %2774, <16 x float> poison, <16 x i32> zeroinitializer
  %2776 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2775, <16 x float> %2769, <16 x float> %acc136.02854)
  %2777 = or disjoint i64 %2770, 2080
  %2778 = getelementptr inbounds float, ptr %OY, i64 %2777
  %2779 = load float, ptr %2778, align 4
  %2780 = insertelement <16 x float> poison, float %2779, i64 0
  %2781 = shufflevector <16 x float> %2780, <16 x float> poison, <16 x i32> zeroinitializer
  %2782 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2781, <16 x float> %2769, <16 x float> %acc137.02855)
  %2783 = or disjoint i64 %2770, 2112
  %2784 = getelementptr inbounds float, ptr %OY, i64 %2783
  %2785 = load float, ptr %2784, align 4
  %2786 = insertelement <16 x float> poison, float %2785, i64 0
  %2787 = shufflevector <16 x float> %2786, <16 x float> poison, <16 x i32> zeroinitializer
  %2788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2787, <16 x float> %2769, <16 x float> %acc138.02856)
  %2789 = or disjoint i64 %2770, 2144
  %2790 = getelementptr inbounds float, ptr %OY, i64 %2789
  %2791 = load float, ptr %2790, align 4
  %2792 = insertelement <16 x float> poison, float %2791, i64 0
  %2793 = shufflevector <16 x float> %2792, <16 x float> poison, <16 x i32> zeroinitializer
  %2794 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2793, <16 x float> %2769, <16 x float> %acc139.02857)
  %2795 = or disjoint i64 %2770, 2176
  %2796 = getelementptr inbounds float, ptr %OY, i64 %2795
  %2797 = load float, ptr %2796, align 4
  %2798 = insertelement <16 x float> poison, float %2797, i64 0
  %2799 = shufflevector <16 x float> %2798, <16 x float> poison, <16 x i32> zeroinitializer
  %2800 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2799, <16 x float> %2769, <16 x float> %acc140.02858)
  %2801 = or disjoint i64 %2770, 2208
  %2802 = getelementptr inbounds float, ptr %OY, i64 %2801
  %2803 = load float, ptr %2802, align 4
  %2804 = insertelement <16 x float> poison, float %2803, i64 0
  %2805 = shufflevector <16 x float> %2804, <16 x float> poison, <16 x i32> zeroinitializer
  %2806 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2805, <16 x float> %2769, <16 x float> %acc141.02859)
  %2807 = or disjoint i64 %2770, 2240
  %2808 = getelementptr inbounds float, ptr %OY, i64 %2807
  %2809 = load float, ptr %2808, align 4
  %2810 = insertelement <16 x float> poison, float %2809, i64 0
  %2811 = shufflevector <16 x float> %2810, <16 x float> poison, <16 x i32> zeroinitializer
  %2812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2811, <16 x float> %2769, <16 x float> %acc142.02860)
  %2813 = or disjoint i64 %2770, 2272
  %2814 = getelementptr inbounds float, ptr %OY, i64 %2813
  %2815 = load float, ptr %2814, align 4
  %2816 = insertelement <16 x float> poison, float %2815, i64 0
  %2817 = shufflevector <16 x float> %2816, <16 x float> poison, <16 x i32> zeroinitializer
  %2818 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2817, <16 x float> %2769, <16 x float> %acc143.02861)
  %p11.next = add nuw nsw i64 %p11.addr.02862, 1
  %exitcond3158.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond3158.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %2819 = getelementptr inbounds float, ptr %2759, i64 %j29.addr.02863
  store <16 x float> %2776, ptr %2819, align 4
  %2820 = getelementptr inbounds float, ptr %2761, i64 %j29.addr.02863
  store <16 x float> %2782, ptr %2820, align 4
  %2821 = getelementptr inbounds float, ptr %2763, i64 %j29.addr.02863
  store <16 x float> %2788, ptr %2821, align 4
  %2822 = getelementptr inbounds float, ptr %2764, i64 %j29.addr.02863
  store <16 x float> %2794, ptr %2822, align 4
  %2823 = getelementptr inbounds float, ptr %2765, i64 %j29.addr.02863
  store <16 x float> %2800, ptr %2823, align 4
  %2824 = getelementptr inbounds float, ptr %2766, i64 %j29.addr.02863
  store <16 x float> %2806, ptr %2824, align 4
  %2825 = getelementptr inbounds float, ptr %2767, i64 %j29.addr.02863
  store <16 x float> %2812, ptr %2825, align 4
  %2826 = getelementptr inbounds float, ptr %2768, i64 %j29.addr.02863
  store <16 x float> %2818, ptr %2826, align 4
  %j29.next = add nuw nsw i64 %j29.addr.02863, 16
  %2827 = icmp ult i64 %j29.next, %2755
  br i1 %2827, label %p11.head.preheader, label %i34.head.loopexit

j30.head.preheader:                               ; preds = %i34.head.loopexit, %j30.exit
  %t6.addr.02868 = phi i64 [ %t6.next, %j30.exit ], [ 0, %i34.head.loopexit ]
  %.not2951 = icmp eq i64 %t6.addr.02868, 0
  br i1 %.not2951, label %j30.exit, label %j30.body.lr.ph

j30.body.lr.ph:                                   ; preds = %j30.head.preheader
  %.idx2605 = mul nuw nsw i64 %t6.addr.02868, 768
  %gep2866 = getelementptr inbounds i8, ptr %invariant.gep2865, i64 %.idx2605
  %invariant.gep3365 = getelementptr inbounds float, ptr %invariant.gep3363, i64 %t6.addr.02868
  %xtraiter3714 = and i64 %t6.addr.02868, 7
  %2828 = icmp ult i64 %t6.addr.02868, 8
  br i1 %2828, label %j30.exit.loopexit.unr-lcssa, label %j30.body.lr.ph.new

j30.body.lr.ph.new:                               ; preds = %j30.body.lr.ph
  %unroll_iter3717 = and i64 %t6.addr.02868, 9223372036854775800
  br label %j30.body

j30.body:                                         ; preds = %j30.body, %j30.body.lr.ph.new
  %j30.addr.02867 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %j30.next.7, %j30.body ]
  %niter3718 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %niter3718.next.7, %j30.body ]
  %2829 = getelementptr inbounds float, ptr %gep2866, i64 %j30.addr.02867
  %2830 = load float, ptr %2829, align 4
  %2831 = fneg float %2830
  store float %2831, ptr %2829, align 4
  %.idx2952 = mul nuw nsw i64 %j30.addr.02867, 768
  %gep3366 = getelementptr inbounds i8, ptr %invariant.gep3365, i64 %.idx2952
  store float %2831, ptr %gep3366, align 4
  %j30.next = or disjoint i64 %j30.addr.02867, 1
  %2832 = getelementptr inbounds float, ptr %gep2866, i64 %j30.next
  %2833 = load float, ptr %2832, align 4
  %2834 = fneg float %2833
  store float %2834, ptr %2832, align 4
  %.idx2952.1 = mul nuw nsw i64 %j30.next, 768
  %gep3366.1 = getelementptr inbounds i8, ptr %invariant.gep3365, i64 %.idx2952.1
  store float %2834, ptr %gep3366.1, align 4
  %j30.next.1 = or disjoint i64 %j30.addr.02867, 2
  %2835 = getelementptr inbounds float, ptr %gep2866, i64 %j30.next.1
  %2836 = load float, ptr %2835, align 4
  %2837 = fneg float %2836
  store float %2837, ptr %2835, align 4
  %.idx2952.2 = mul nuw nsw i64 %j30.next.1, 768
  %gep3366.2 = getelementptr inbounds i8, ptr %invariant.gep3365, i64 %.idx2952.2
  store float %2837, ptr %gep3366.2, align 4
  %j30.next.2 = or disjoint i64 %j30.addr.02867, 3
  %2838 = getelementptr inbounds float, ptr %gep2866, i64 %j30.next.2
  %2839 = load float, ptr %2838, align 4
  %2840 = fneg float %2839
  store float %2840, ptr %2838, align 4
  %.idx2952.3 = mul nuw nsw i64 %j30.next.2, 768
  %gep3366.3 = getelementptr inbounds i8, ptr %invariant.gep3365, i64 %.idx2952.3
  store float %2840, ptr %gep3366.3, align 4
  %j30.next.3 = or disjoint i64 %j30.addr.02867, 4
  %2841 = getelementptr inbounds float, ptr %gep2866, i64 %j30.next.3
  %2842 = load float, ptr %2841, align 4
  %2843 = fneg float %2842
  store float %2843, ptr %2841, align 4
  %.idx2952.4 = mul nuw nsw i64 %j30.next.3, 768
  %gep3366.4 = getelementptr inbounds i8, ptr %invariant.gep3365, i64 %.idx2952.4
  store float %2843, ptr %gep3366.4, align 4
  %j30.next.4 = or disjoint i64 %j30.addr.02867, 5
  %2844 = getelementptr inbounds float, ptr %gep2866, i64 %j30.next.4
  %2845 = load float, ptr %2844, align 4
  %2846 = fneg float %2845
  store float %2846, ptr %2844, align 4
  %.idx2952.5 = mul nuw nsw i64 %j30.next.4, 768
  %gep3366.5 = getelementptr inbounds i8, ptr %invariant.gep3365, i64 %.idx2952.5
  store float %2846, ptr %gep3366.5, align 4
  %j30.next.5 = or disjoint i64 %j30.addr.02867, 6
  %2847 = getelementptr inbounds float, ptr %gep2866, i64 %j30.next.5
  %2848 = load float, ptr %2847, align 4
  %2849 = fneg float %2848
  store float %2849, ptr %2847, align 4
  %.idx2952.6 = mul nuw nsw i64 %j30.next.5, 768
  %gep3366.6 = getelementptr inbounds i8, ptr %invariant.gep3365, i64 %.idx2952.6
  store float %2849, ptr %gep3366.6, align 4
  %j30.next.6 = or disjoint i64 %j30.addr.02867, 7
  %2850 = getelementptr inbounds float, ptr %gep2866, i64 %j30.next.6
  %2851 = load float, ptr %2850, align 4
  %2852 = fneg float %2851
  store float %2852, ptr %2850, align 4
  %.idx2952.7 = mul nuw nsw i64 %j30.next.6, 768
  %gep3366.7 = getelementptr inbounds i8, ptr %invariant.gep3365, i64 %.idx2952.7
  store float %2852, ptr %gep3366.7, align 4
  %j30.next.7 = add nuw nsw i64 %j30.addr.02867, 8
  %niter3718.next.7 = add i64 %niter3718, 8
  %niter3718.ncmp.7 = icmp eq i64 %niter3718.next.7, %unroll_iter3717
  br i1 %niter3718.ncmp.7, label %j30.exit.loopexit.unr-lcssa, label %j30.body

j30.exit.loopexit.unr-lcssa:                      ; preds = %j30.body, %j30.body.lr.ph
  %j30.addr.02867.unr = phi i64 [ 0, %j30.body.lr.ph ], [ %j30.next.7, %j30.body ]
  %lcmp.mod3716.not = icmp eq i64 %xtraiter3714, 0
  br i1 %lcmp.mod3716.not, label %j30.exit, label %j30.body.epil

j30.body.epil:                                    ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil
  %j30.addr.02867.epil = phi i64 [ %j30.next.epil, %j30.body.epil ], [ %j30.addr.02867.unr, %j30.exit.loopexit.unr-lcssa ]
  %epil.iter3715 = phi i64 [ %epil.iter3715.next, %j30.body.epil ], [ 0, %j30.exit.loopexit.unr-lcssa ]
  %2853 = getelementptr inbounds float, ptr %gep2866, i64 %j30.addr.02867.epil
  %2854 = load float, ptr %2853, align 4
  %2855 = fneg float %2854
  store float %2855, ptr %2853, align 4
  %.idx2952.epil = mul nuw nsw i64 %j30.addr.02867.epil, 768
  %gep3366.epil = getelementptr inbounds i8, ptr %invariant.gep3365, i64 %.idx2952.epil
  store float %2855, ptr %gep3366.epil, align 4
  %j30.next.epil = add nuw nsw i64 %j30.addr.02867.epil, 1
  %epil.iter3715.next = add i64 %epil.iter3715, 1
  %epil.iter3715.cmp.not = icmp eq i64 %epil.iter3715.next, %xtraiter3714
  br i1 %epil.iter3715.cmp.not, label %j30.exit, label %j30.body.epil, !llvm.loop !2

j30.exit:                                         ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil, %j30.head.preheader
  %.idx2953.pre-phi = phi i64 [ 0, %j30.head.preheader ], [ %.idx2605, %j30.body.epil ], [ %.idx2605, %j30.exit.loopexit.unr-lcssa ]
  %gep3368 = getelementptr i8, ptr %invariant.gep3367, i64 %.idx2953.pre-phi
  %2856 = getelementptr inbounds float, ptr %gep3368, i64 %t6.addr.02868
  store float 0.000000e+00, ptr %2856, align 4
  %t6.next = add nuw nsw i64 %t6.addr.02868, 1
  %exitcond3160.not = icmp eq i64 %t6.next, 64
  br i1 %exitcond3160.not, label %p12.head.preheader, label %j30.head.preheader

p12.head.preheader:                               ; preds = %j30.exit, %endif1729
  %i35.addr.02886 = phi i64 [ %i35.next, %endif1729 ], [ 0, %j30.exit ]
  %2857 = mul nuw nsw i64 %i35.addr.02886, 192
  %2858 = or disjoint i64 %2857, 192
  %2859 = getelementptr inbounds float, ptr %Ak, i64 %2858
  %2860 = or disjoint i64 %2857, 384
  %2861 = getelementptr inbounds float, ptr %Ak, i64 %2860
  %.idx2601 = mul nuw nsw i64 %i35.addr.02886, 768
  %2862 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2601
  %2863 = getelementptr inbounds i8, ptr %2862, i64 2304
  %2864 = getelementptr inbounds i8, ptr %2862, i64 3840
  %2865 = getelementptr inbounds i8, ptr %2862, i64 4608
  %2866 = getelementptr inbounds i8, ptr %2862, i64 5376
  %gep3374 = getelementptr inbounds float, ptr %invariant.gep3373, i64 %2857
  br label %p12.body

i35.exit:                                         ; preds = %endif1729
  %t7.end = add nsw i64 %L, %t0
  br i1 %2331, label %t7.body, label %t7.exit

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02885 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.02884 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2920, %p12.body ]
  %acc158.02883 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2919, %p12.body ]
  %acc157.02882 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2914, %p12.body ]
  %acc156.02881 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2913, %p12.body ]
  %acc155.02880 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2908, %p12.body ]
  %acc154.02879 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2907, %p12.body ]
  %acc153.02878 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2902, %p12.body ]
  %acc152.02877 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2901, %p12.body ]
  %acc151.02876 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2897, %p12.body ]
  %acc150.02875 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2896, %p12.body ]
  %acc149.02874 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2891, %p12.body ]
  %acc148.02873 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2890, %p12.body ]
  %acc147.02872 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2885, %p12.body ]
  %acc146.02871 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2884, %p12.body ]
  %acc145.02870 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2879, %p12.body ]
  %acc144.02869 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2878, %p12.body ]
  %2867 = shl nuw nsw i64 %p12.addr.02885, 5
  %2868 = getelementptr inbounds float, ptr %Bk, i64 %2867
  %2869 = load <16 x float>, ptr %2868, align 4
  %2870 = or disjoint i64 %2867, 16
  %2871 = getelementptr inbounds float, ptr %Bk, i64 %2870
  %2872 = load <16 x float>, ptr %2871, align 4
  %2873 = or disjoint i64 %p12.addr.02885, %2857
  %2874 = getelementptr inbounds float, ptr %Ak, i64 %2873
  %2875 = load float, ptr %2874, align 4
  %2876 = insertelement <16 x float> poison, float %2875, i64 0
  %2877 = shufflevector <16 x float> %2876, <16 x float> poison, <16 x i32> zeroinitializer
  %2878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2877, <16 x float> %2869, <16 x float> %acc144.02869)
  %2879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2877, <16 x float> %2872, <16 x float> %acc145.02870)
  %2880 = getelementptr inbounds float, ptr %2859, i64 %p12.addr.02885
  %2881 = load float, ptr %2880, align 4
  %2882 = insertelement <16 x float> poison, float %2881, i64 0
  %2883 = shufflevector <16 x float> %2882, <16 x float> poison, <16 x i32> zeroinitializer
  %2884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2883, <16 x float> %2869, <16 x float> %acc146.02871)
  %2885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2883, <16 x float> %2872, <16 x float> %acc147.02872)
  %2886 = getelementptr inbounds float, ptr %2861, i64 %p12.addr.02885
  %2887 = load float, ptr %2886, align 4
  %2888 = insertelement <16 x float> poison, float %2887, i64 0
  %2889 = shufflevector <16 x float> %2888, <16 x float> poison, <16 x i32> zeroinitializer
  %2890 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2889, <16 x float> %2869, <16 x float> %acc148.02873)
  %2891 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2889, <16 x float> %2872, <16 x float> %acc149.02874)
  %2892 = getelementptr inbounds float, ptr %2863, i64 %p12.addr.02885
  %2893 = load float, ptr %2892, align 4
  %2894 = insertelement <16 x float> poison, float %2893, i64 0
  %2895 = shufflevector <16 x float> %2894, <16 x float> poison, <16 x i32> zeroinitializer
  %2896 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2895, <16 x float> %2869, <16 x float> %acc150.02875)
  %2897 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2895, <16 x float> %2872, <16 x float> %acc151.02876)
  %gep3372 = getelementptr inbounds float, ptr %gep3374, i64 %p12.addr.02885
  %2898 = load float, ptr %gep3372, align 4
  %2899 = insertelement <16 x float> poison, float %2898, i64 0
  %2900 = shufflevector <16 x float> %2899, <16 x float> poison, <16 x i32> zeroinitializer
  %2901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2900, <16 x float> %2869, <16 x float> %acc152.02877)
  %2902 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2900, <16 x float> %2872, <16 x float> %acc153.02878)
  %2903 = getelementptr inbounds float, ptr %2864, i64 %p12.addr.02885
  %2904 = load float, ptr %2903, align 4
  %2905 = insertelement <16 x float> poison, float %2904, i64 0
  %2906 = shufflevector <16 x float> %2905, <16 x float> poison, <16 x i32> zeroinitializer
  %2907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2906, <16 x float> %2869, <16 x float> %acc154.02879)
  %2908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2906, <16 x float> %2872, <16 x float> %acc155.02880)
  %2909 = getelementptr inbounds float, ptr %2865, i64 %p12.addr.02885
  %2910 = load float, ptr %2909, align 4
  %2911 = insertelement <16 x float> poison, float %2910, i64 0
  %2912 = shufflevector <16 x float> %2911, <16 x float> poison, <16 x i32> zeroinitializer
  %2913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2912, <16 x float> %2869, <16 x float> %acc156.02881)
  %2914 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2912, <16 x float> %2872, <16 x float> %acc157.02882)
  %2915 = getelementptr inbounds float, ptr %2866, i64 %p12.addr.02885
  %2916 = load float, ptr %2915, align 4
  %2917 = insertelement <16 x float> poison, float %2916, i64 0
  %2918 = shufflevector <16 x float> %2917, <16 x float> poison, <16 x i32> zeroinitializer
  %2919 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2918, <16 x float> %2869, <16 x float> %acc158.02883)
  %2920 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2918, <16 x float> %2872, <16 x float> %acc159.02884)
  %p12.next = add nuw nsw i64 %p12.addr.02885, 1
  %exitcond3161.not = icmp eq i64 %p12.next, 192
  br i1 %exitcond3161.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2921 = icmp slt i64 %i35.addr.02886, %L
  br i1 %2921, label %then1667, label %endif1673

then1667:                                         ; preds = %p12.exit
  %2922 = or disjoint i64 %i35.addr.02886, %t0
  %.idx2593 = shl nsw i64 %2922, 7
  %2923 = getelementptr inbounds i8, ptr %dak, i64 %.idx2593
  store <16 x float> %2878, ptr %2923, align 4
  %2924 = shl nsw i64 %2922, 5
  %2925 = or disjoint i64 %2924, 16
  %2926 = getelementptr inbounds float, ptr %dak, i64 %2925
  store <16 x float> %2879, ptr %2926, align 4
  br label %endif1673

endif1673:                                        ; preds = %p12.exit, %then1667
  %2927 = or disjoint i64 %i35.addr.02886, 1
  %2928 = icmp slt i64 %2927, %L
  br i1 %2928, label %then1675, label %endif1681

then1675:                                         ; preds = %endif1673
  %2929 = or disjoint i64 %2927, %t0
  %.idx2594 = shl nsw i64 %2929, 7
  %2930 = getelementptr inbounds i8, ptr %dak, i64 %.idx2594
  store <16 x float> %2884, ptr %2930, align 4
  %2931 = shl nsw i64 %2929, 5
  %2932 = or disjoint i64 %2931, 16
  %2933 = getelementptr inbounds float, ptr %dak, i64 %2932
  store <16 x float> %2885, ptr %2933, align 4
  br label %endif1681

endif1681:                                        ; preds = %endif1673, %then1675
  %2934 = or disjoint i64 %i35.addr.02886, 2
  %2935 = icmp slt i64 %2934, %L
  br i1 %2935, label %then1683, label %endif1689

then1683:                                         ; preds = %endif1681
  %2936 = or disjoint i64 %2934, %t0
  %.idx2595 = shl nsw i64 %2936, 7
  %2937 = getelementptr inbounds i8, ptr %dak, i64 %.idx2595
  store <16 x float> %2890, ptr %2937, align 4
  %2938 = shl nsw i64 %2936, 5
  %2939 = or disjoint i64 %2938, 16
  %2940 = getelementptr inbounds float, ptr %dak, i64 %2939
  store <16 x float> %2891, ptr %2940, align 4
  br label %endif1689

endif1689:                                        ; preds = %endif1681, %then1683
  %2941 = or disjoint i64 %i35.addr.02886, 3
  %2942 = icmp slt i64 %2941, %L
  br i1 %2942, label %then1691, label %endif1697

then1691:                                         ; preds = %endif1689
  %2943 = or disjoint i64 %2941, %t0
  %.idx2596 = shl nsw i64 %2943, 7
  %2944 = getelementptr inbounds i8, ptr %dak, i64 %.idx2596
  store <16 x float> %2896, ptr %2944, align 4
  %2945 = shl nsw i64 %2943, 5
  %2946 = or disjoint i64 %2945, 16
  %2947 = getelementptr inbounds float, ptr %dak, i64 %2946
  store <16 x float> %2897, ptr %2947, align 4
  br label %endif1697

endif1697:                                        ; preds = %endif1689, %then1691
  %2948 = or disjoint i64 %i35.addr.02886, 4
  %2949 = icmp slt i64 %2948, %L
  br i1 %2949, label %then1699, label %endif1705

then1699:                                         ; preds = %endif1697
  %2950 = or disjoint i64 %2948, %t0
  %.idx2597 = shl nsw i64 %2950, 7
  %2951 = getelementptr inbounds i8, ptr %dak, i64 %.idx2597
  store <16 x float> %2901, ptr %2951, align 4
  %2952 = shl nsw i64 %2950, 5
  %2953 = or disjoint i64 %2952, 16
  %2954 = getelementptr inbounds float, ptr %dak, i64 %2953
  store <16 x float> %2902, ptr %2954, align 4
  br label %endif1705

endif1705:                                        ; preds = %endif1697, %then1699
  %2955 = or disjoint i64 %i35.addr.02886, 5
  %2956 = icmp slt i64 %2955, %L
  br i1 %2956, label %then1707, label %endif1713

then1707:                                         ; preds = %endif1705
  %2957 = or disjoint i64 %2955, %t0
  %.idx2598 = shl nsw i64 %2957, 7
  %2958 = getelementptr inbounds i8, ptr %dak, i64 %.idx2598
  store <16 x float> %2907, ptr %2958, align 4
  %2959 = shl nsw i64 %2957, 5
  %2960 = or disjoint i64 %2959, 16
  %2961 = getelementptr inbounds float, ptr %dak, i64 %2960
  store <16 x float> %2908, ptr %2961, align 4
  br label %endif1713

endif1713:                                        ; preds = %endif1705, %then1707
  %2962 = or disjoint i64 %i35.addr.02886, 6
  %2963 = icmp slt i64 %2962, %L
  br i1 %2963, label %then1715, label %endif1721

then1715:                                         ; preds = %endif1713
  %2964 = or disjoint i64 %2962, %t0
  %.idx2599 = shl nsw i64 %2964, 7
  %2965 = getelementptr inbounds i8, ptr %dak, i64 %.idx2599
  store <16 x float> %2913, ptr %2965, align 4
  %2966 = shl nsw i64 %2964, 5
  %2967 = or disjoint i64 %2966, 16
  %2968 = getelementptr inbounds float, ptr %dak, i64 %2967
  store <16 x float> %2914, ptr %2968, align 4
  br label %endif1721

endif1721:                                        ; preds = %endif1713, %then1715
  %2969 = or disjoint i64 %i35.addr.02886, 7
  %2970 = icmp slt i64 %2969, %L
  br i1 %2970, label %then1723, label %endif1729

then1723:                                         ; preds = %endif1721
  %2971 = or disjoint i64 %2969, %t0
  %.idx2600 = shl nsw i64 %2971, 7
  %2972 = getelementptr inbounds i8, ptr %dak, i64 %.idx2600
  store <16 x float> %2919, ptr %2972, align 4
  %2973 = shl nsw i64 %2971, 5
  %2974 = or disjoint i64 %2973, 16
  %2975 = getelementptr inbounds float, ptr %dak, i64 %2974
  store <16 x float> %2920, ptr %2975, align 4
  br label %endif1729

endif1729:                                        ; preds = %endif1721, %then1723
  %i35.next = add nuw nsw i64 %i35.addr.02886, 8
  %2976 = icmp ult i64 %i35.addr.02886, 56
  br i1 %2976, label %p12.head.preheader, label %i35.exit

t7.body:                                          ; preds = %i35.exit, %t7.body
  %t7.addr.02887 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i35.exit ]
  %2977 = add nsw i64 %t7.addr.02887, 4
  %tp1 = tail call i64 @llvm.smin.i64(i64 %2977, i64 %4)
  %2978 = add nsw i64 %tp1, %33
  %2979 = mul nsw i64 %2978, %dq_ts
  %gep2889 = getelementptr float, ptr %invariant.gep2888, i64 %2979
  tail call void @llvm.prefetch.p0(ptr %gep2889, i32 0, i32 2, i32 1)
  %2980 = getelementptr i8, ptr %gep2889, i64 64
  tail call void @llvm.prefetch.p0(ptr %2980, i32 0, i32 2, i32 1)
  %2981 = mul nsw i64 %2978, %dk_ts
  %gep2891 = getelementptr float, ptr %invariant.gep2890, i64 %2981
  tail call void @llvm.prefetch.p0(ptr %gep2891, i32 0, i32 2, i32 1)
  %2982 = getelementptr i8, ptr %gep2891, i64 64
  tail call void @llvm.prefetch.p0(ptr %2982, i32 0, i32 2, i32 1)
  %2983 = mul nsw i64 %2978, %dv_ts
  %gep2893 = getelementptr float, ptr %invariant.gep2892, i64 %2983
  tail call void @llvm.prefetch.p0(ptr %gep2893, i32 0, i32 2, i32 1)
  %2984 = getelementptr i8, ptr %gep2893, i64 64
  tail call void @llvm.prefetch.p0(ptr %2984, i32 0, i32 2, i32 1)
  %2985 = shl nsw i64 %t7.addr.02887, 5
  %2986 = getelementptr inbounds float, ptr %invariant.gep2911, i64 %2985
  %2987 = load <16 x float>, ptr %2986, align 4
  %2988 = or disjoint i64 %2985, 16
  %2989 = getelementptr inbounds float, ptr %invariant.gep2911, i64 %2988
  %2990 = load <16 x float>, ptr %2989, align 4
  %2991 = getelementptr inbounds float, ptr %gep2908, i64 %2985
  %2992 = load <16 x float>, ptr %2991, align 4
  %2993 = getelementptr inbounds float, ptr %gep2908, i64 %2988
  %2994 = load <16 x float>, ptr %2993, align 4
  %2995 = getelementptr inbounds float, ptr %gep2912, i64 %t7.addr.02887
  %2996 = load float, ptr %2995, align 4
  %2997 = fmul <16 x float> %2987, %2992
  %2998 = fmul <16 x float> %2990, %2994
  %2999 = fadd <16 x float> %2997, %2998
  %3000 = shufflevector <16 x float> %2999, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3001 = shufflevector <16 x float> %2999, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3002 = fadd <8 x float> %3000, %3001
  %3003 = shufflevector <8 x float> %3002, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3004 = shufflevector <8 x float> %3002, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3005 = fadd <4 x float> %3003, %3004
  %3006 = shufflevector <4 x float> %3005, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3007 = shufflevector <4 x float> %3005, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3008 = fadd <2 x float> %3006, %3007
  %shift3538 = shufflevector <2 x float> %3008, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3009 = fadd <2 x float> %3008, %shift3538
  %3010 = fdiv float 1.000000e+00, %2996
  %3011 = shufflevector <2 x float> %3009, <2 x float> poison, <16 x i32> zeroinitializer
  %3012 = fmul <16 x float> %2987, %3011
  %3013 = fsub <16 x float> %2992, %3012
  %3014 = insertelement <16 x float> poison, float %2996, i64 0
  %3015 = shufflevector <16 x float> %3014, <16 x float> poison, <16 x i32> zeroinitializer
  %3016 = fmul <16 x float> %3015, %3013
  %3017 = getelementptr inbounds float, ptr %gep2910, i64 %2985
  %3018 = load <16 x float>, ptr %3017, align 4
  %3019 = insertelement <16 x float> poison, float %3010, i64 0
  %3020 = shufflevector <16 x float> %3019, <16 x float> poison, <16 x i32> zeroinitializer
  %3021 = fmul <16 x float> %2987, %3020
  %3022 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3018
  %3023 = fmul <16 x float> %3022, %3021
  %3024 = fadd <16 x float> %3018, %3023
  %3025 = fmul <16 x float> %3024, %3016
  %3026 = add nsw i64 %t7.addr.02887, %33
  %3027 = mul nsw i64 %3026, %dq_ts
  %gep2895 = getelementptr float, ptr %invariant.gep2888, i64 %3027
  store <16 x float> %3025, ptr %gep2895, align 4
  %3028 = fmul <16 x float> %2990, %3011
  %3029 = fsub <16 x float> %2994, %3028
  %3030 = fmul <16 x float> %3015, %3029
  %3031 = getelementptr inbounds float, ptr %gep2910, i64 %2988
  %3032 = load <16 x float>, ptr %3031, align 4
  %3033 = fmul <16 x float> %2990, %3020
  %3034 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3032
  %3035 = fmul <16 x float> %3033, %3034
  %3036 = fadd <16 x float> %3032, %3035
  %3037 = fmul <16 x float> %3036, %3030
  %3038 = getelementptr i8, ptr %gep2895, i64 64
  store <16 x float> %3037, ptr %3038, align 4
  %3039 = getelementptr inbounds float, ptr %gep2904, i64 %2985
  %3040 = load <16 x float>, ptr %3039, align 4
  %3041 = getelementptr inbounds float, ptr %gep2904, i64 %2988
  %3042 = load <16 x float>, ptr %3041, align 4
  %3043 = getelementptr inbounds float, ptr %dak, i64 %2985
  %3044 = load <16 x float>, ptr %3043, align 4
  %3045 = getelementptr inbounds float, ptr %dak, i64 %2988
  %3046 = load <16 x float>, ptr %3045, align 4
  %3047 = getelementptr float, ptr %2995, i64 %T
  %3048 = load float, ptr %3047, align 4
  %3049 = fmul <16 x float> %3040, %3044
  %3050 = fmul <16 x float> %3042, %3046
  %3051 = fadd <16 x float> %3049, %3050
  %3052 = shufflevector <16 x float> %3051, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3053 = shufflevector <16 x float> %3051, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3054 = fadd <8 x float> %3052, %3053
  %3055 = shufflevector <8 x float> %3054, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3056 = shufflevector <8 x float> %3054, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3057 = fadd <4 x float> %3055, %3056
  %3058 = shufflevector <4 x float> %3057, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3059 = shufflevector <4 x float> %3057, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3060 = fadd <2 x float> %3058, %3059
  %shift3539 = shufflevector <2 x float> %3060, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3061 = fadd <2 x float> %3060, %shift3539
  %3062 = fdiv float 1.000000e+00, %3048
  %3063 = shufflevector <2 x float> %3061, <2 x float> poison, <16 x i32> zeroinitializer
  %3064 = fmul <16 x float> %3040, %3063
  %3065 = fsub <16 x float> %3044, %3064
  %3066 = insertelement <16 x float> poison, float %3048, i64 0
  %3067 = shufflevector <16 x float> %3066, <16 x float> poison, <16 x i32> zeroinitializer
  %3068 = fmul <16 x float> %3067, %3065
  %3069 = getelementptr inbounds float, ptr %sgk, i64 %2985
  %3070 = load <16 x float>, ptr %3069, align 4
  %3071 = insertelement <16 x float> poison, float %3062, i64 0
  %3072 = shufflevector <16 x float> %3071, <16 x float> poison, <16 x i32> zeroinitializer
  %3073 = fmul <16 x float> %3040, %3072
  %3074 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3070
  %3075 = fmul <16 x float> %3074, %3073
  %3076 = fadd <16 x float> %3070, %3075
  %3077 = fmul <16 x float> %3076, %3068
  %3078 = mul nsw i64 %3026, %dk_ts
  %gep2897 = getelementptr float, ptr %invariant.gep2890, i64 %3078
  store <16 x float> %3077, ptr %gep2897, align 4
  %3079 = fmul <16 x float> %3042, %3063
  %3080 = fsub <16 x float> %3046, %3079
  %3081 = fmul <16 x float> %3067, %3080
  %3082 = getelementptr inbounds float, ptr %sgk, i64 %2988
  %3083 = load <16 x float>, ptr %3082, align 4
  %3084 = fmul <16 x float> %3042, %3072
  %3085 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3083
  %3086 = fmul <16 x float> %3084, %3085
  %3087 = fadd <16 x float> %3083, %3086
  %3088 = fmul <16 x float> %3087, %3081
  %3089 = getelementptr i8, ptr %gep2897, i64 64
  store <16 x float> %3088, ptr %3089, align 4
  %3090 = getelementptr inbounds float, ptr %gep2906, i64 %2985
  %3091 = load <16 x float>, ptr %3090, align 4
  %3092 = getelementptr inbounds float, ptr %gep2906, i64 %2988
  %3093 = load <16 x float>, ptr %3092, align 4
  %3094 = getelementptr inbounds float, ptr %dav, i64 %2985
  %3095 = load <16 x float>, ptr %3094, align 4
  %3096 = getelementptr inbounds float, ptr %dav, i64 %2988
  %3097 = load <16 x float>, ptr %3096, align 4
  %3098 = getelementptr inbounds float, ptr %sgv, i64 %2985
  %3099 = load <16 x float>, ptr %3098, align 4
  %3100 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3099
  %3101 = fmul <16 x float> %3091, %3100
  %3102 = fadd <16 x float> %3099, %3101
  %3103 = fmul <16 x float> %3095, %3102
  %3104 = mul nsw i64 %3026, %dv_ts
  %gep2899 = getelementptr float, ptr %invariant.gep2892, i64 %3104
  store <16 x float> %3103, ptr %gep2899, align 4
  %3105 = getelementptr inbounds float, ptr %sgv, i64 %2988
  %3106 = load <16 x float>, ptr %3105, align 4
  %3107 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3106
  %3108 = fmul <16 x float> %3093, %3107
  %3109 = fadd <16 x float> %3106, %3108
  %3110 = fmul <16 x float> %3097, %3109
  %3111 = getelementptr i8, ptr %gep2899, i64 64
  store <16 x float> %3110, ptr %3111, align 4
  %t7.next = add nsw i64 %t7.addr.02887, 1
  %3112 = icmp slt i64 %t7.next, %t7.end
  br i1 %3112, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i35.exit
  %cc.next = add nuw nsw i64 %cc.addr.02900, 1
  %indvars.iv.next3155 = add i64 %indvars.iv3154, 64
  %exitcond3163.not = icmp eq i64 %cc.next, %smax3162
  br i1 %exitcond3163.not, label %j32.head.preheader, label %cc.body

j32.head.preheader:                               ; preds = %j.head.preheader, %t7.exit
  %3113 = getelementptr i8, ptr %dh0, i64 %30
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3113, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165, i64 128, i1 false)
  %scevgep3164.1 = getelementptr i8, ptr %3113, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.1, i64 128, i1 false)
  %scevgep3164.2 = getelementptr i8, ptr %3113, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.2, i64 128, i1 false)
  %scevgep3164.3 = getelementptr i8, ptr %3113, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.3, i64 128, i1 false)
  %scevgep3164.4 = getelementptr i8, ptr %3113, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.4, i64 128, i1 false)
  %scevgep3164.5 = getelementptr i8, ptr %3113, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.5, i64 128, i1 false)
  %scevgep3164.6 = getelementptr i8, ptr %3113, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.6, i64 128, i1 false)
  %scevgep3164.7 = getelementptr i8, ptr %3113, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.7, i64 128, i1 false)
  %scevgep3164.8 = getelementptr i8, ptr %3113, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.8, i64 128, i1 false)
  %scevgep3164.9 = getelementptr i8, ptr %3113, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.9, i64 128, i1 false)
  %scevgep3164.10 = getelementptr i8, ptr %3113, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.10, i64 128, i1 false)
  %scevgep3164.11 = getelementptr i8, ptr %3113, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.11, i64 128, i1 false)
  %scevgep3164.12 = getelementptr i8, ptr %3113, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.12, i64 128, i1 false)
  %scevgep3164.13 = getelementptr i8, ptr %3113, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.13, i64 128, i1 false)
  %scevgep3164.14 = getelementptr i8, ptr %3113, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.14, i64 128, i1 false)
  %scevgep3164.15 = getelementptr i8, ptr %3113, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.15, i64 128, i1 false)
  %scevgep3164.16 = getelementptr i8, ptr %3113, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.16, i64 128, i1 false)
  %scevgep3164.17 = getelementptr i8, ptr %3113, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.17, i64 128, i1 false)
  %scevgep3164.18 = getelementptr i8, ptr %3113, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.18, i64 128, i1 false)
  %scevgep3164.19 = getelementptr i8, ptr %3113, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.19, i64 128, i1 false)
  %scevgep3164.20 = getelementptr i8, ptr %3113, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.20, i64 128, i1 false)
  %scevgep3164.21 = getelementptr i8, ptr %3113, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.21, i64 128, i1 false)
  %scevgep3164.22 = getelementptr i8, ptr %3113, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.22, i64 128, i1 false)
  %scevgep3164.23 = getelementptr i8, ptr %3113, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.23, i64 128, i1 false)
  %scevgep3164.24 = getelementptr i8, ptr %3113, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.24, i64 128, i1 false)
  %scevgep3164.25 = getelementptr i8, ptr %3113, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.25, i64 128, i1 false)
  %scevgep3164.26 = getelementptr i8, ptr %3113, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.26, i64 128, i1 false)
  %scevgep3164.27 = getelementptr i8, ptr %3113, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.27, i64 128, i1 false)
  %scevgep3164.28 = getelementptr i8, ptr %3113, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.28, i64 128, i1 false)
  %scevgep3164.29 = getelementptr i8, ptr %3113, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.29, i64 128, i1 false)
  %scevgep3164.30 = getelementptr i8, ptr %3113, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.30, i64 128, i1 false)
  %scevgep3164.31 = getelementptr i8, ptr %3113, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02913, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3167.not = icmp eq i64 %indvar.next, %18
  br i1 %exitcond3167.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @llvm.prefetch.p0(ptr nocapture readonly, i32 immarg, i32 immarg, i32 immarg) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.rint.v16f32(<16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #5

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
!2 = distinct !{!2, !1}
; ---- dp_step_h1_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h1_k32_v32_c1_nogate'
source_filename = "dp_step_h1_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h1_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %bh0.fr = freeze i64 %bh0
  %0 = icmp slt i64 %bh0.fr, %bh1
  br i1 %0, label %bh.body, label %bh.exit

bh.body:                                          ; preds = %entry, %i1.exit
  %bh.addr.061 = phi i64 [ %bh.next, %i1.exit ], [ %bh0.fr, %entry ]
  %1 = shl nsw i64 %bh.addr.061, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %1
  %betah = getelementptr inbounds float, ptr %beta, i64 %bh.addr.061
  %S.idx = shl nsw i64 %bh.addr.061, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i1.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.055 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %34, %i.body ]
  %acc1.054 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %38, %i.body ]
  %acc2.053 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %47, %i.body ]
  %acc3.052 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %51, %i.body ]
  %i.addr.051 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %2 = getelementptr inbounds float, ptr %kh, i64 %i.addr.051
  %3 = load float, ptr %2, align 4
  %4 = shl nuw nsw i64 %i.addr.051, 5
  %5 = getelementptr inbounds float, ptr %S, i64 %4
  %6 = load <16 x float>, ptr %5, align 4
  %7 = insertelement <16 x float> poison, float %3, i64 0
  %8 = shufflevector <16 x float> %7, <16 x float> poison, <16 x i32> zeroinitializer
  %9 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %8, <16 x float> %6, <16 x float> %acc.055)
  %10 = or disjoint i64 %4, 16
  %11 = getelementptr inbounds float, ptr %S, i64 %10
  %12 = load <16 x float>, ptr %11, align 4
  %13 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %8, <16 x float> %12, <16 x float> %acc1.054)
  %14 = or disjoint i64 %i.addr.051, 1
  %15 = getelementptr inbounds float, ptr %kh, i64 %14
  %16 = load float, ptr %15, align 4
  %17 = shl nuw nsw i64 %14, 5
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <16 x float>, ptr %18, align 4
  %20 = insertelement <16 x float> poison, float %16, i64 0
  %21 = shufflevector <16 x float> %20, <16 x float> poison, <16 x i32> zeroinitializer
  %22 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %19, <16 x float> %acc2.053)
  %23 = or disjoint i64 %17, 16
  %24 = getelementptr inbounds float, ptr %S, i64 %23
  %25 = load <16 x float>, ptr %24, align 4
  %26 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %21, <16 x float> %25, <16 x float> %acc3.052)
  %i.next = or disjoint i64 %i.addr.051, 2
  %27 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %28 = load float, ptr %27, align 4
  %29 = shl nuw nsw i64 %i.next, 5
  %30 = getelementptr inbounds float, ptr %S, i64 %29
  %31 = load <16 x float>, ptr %30, align 4
  %32 = insertelement <16 x float> poison, float %28, i64 0
  %33 = shufflevector <16 x float> %32, <16 x float> poison, <16 x i32> zeroinitializer
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %31, <16 x float> %9)
  %35 = or disjoint i64 %29, 16
  %36 = getelementptr inbounds float, ptr %S, i64 %35
  %37 = load <16 x float>, ptr %36, align 4
  %38 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %37, <16 x float> %13)
  %39 = or disjoint i64 %i.addr.051, 3
  %40 = getelementptr inbounds float, ptr %kh, i64 %39
  %41 = load float, ptr %40, align 4
  %42 = shl nuw nsw i64 %39, 5
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = insertelement <16 x float> poison, float %41, i64 0
  %46 = shufflevector <16 x float> %45, <16 x float> poison, <16 x i32> zeroinitializer
  %47 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %46, <16 x float> %44, <16 x float> %22)
  %48 = or disjoint i64 %42, 16
  %49 = getelementptr inbounds float, ptr %S, i64 %48
  %50 = load <16 x float>, ptr %49, align 4
  %51 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %46, <16 x float> %50, <16 x float> %26)
  %i.next.1 = add nuw nsw i64 %i.addr.051, 4
  %52 = icmp ult i64 %i.next, 30
  br i1 %52, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %qh = getelementptr inbounds float, ptr %q, i64 %1
  %vh = getelementptr inbounds float, ptr %v, i64 %1
  %53 = load float, ptr %betah, align 4
  %54 = load <16 x float>, ptr %vh, align 4
  %55 = fadd <16 x float> %47, %34
  %56 = fsub <16 x float> %54, %55
  %57 = insertelement <16 x float> poison, float %53, i64 0
  %58 = shufflevector <16 x float> %57, <16 x float> poison, <16 x i32> zeroinitializer
  %59 = fmul <16 x float> %58, %56
  %60 = getelementptr inbounds i8, ptr %vh, i64 64
  %61 = load <16 x float>, ptr %60, align 4
  %62 = fadd <16 x float> %51, %38
  %63 = fsub <16 x float> %61, %62
  %64 = fmul <16 x float> %58, %63
  br label %i1.body

i1.body:                                          ; preds = %i1.body, %i.exit
  %i1.addr.060 = phi i64 [ 0, %i.exit ], [ %i1.next.1, %i1.body ]
  %acc5.057 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %100, %i1.body ]
  %acc416.056 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %95, %i1.body ]
  %65 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.060
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %qh, i64 %i1.addr.060
  %68 = load float, ptr %67, align 4
  %69 = insertelement <16 x float> poison, float %66, i64 0
  %70 = shufflevector <16 x float> %69, <16 x float> poison, <16 x i32> zeroinitializer
  %71 = shl nuw nsw i64 %i1.addr.060, 5
  %72 = getelementptr inbounds float, ptr %S, i64 %71
  %73 = load <16 x float>, ptr %72, align 4
  %74 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %59, <16 x float> %73)
  store <16 x float> %74, ptr %72, align 4
  %75 = insertelement <16 x float> poison, float %68, i64 0
  %76 = shufflevector <16 x float> %75, <16 x float> poison, <16 x i32> zeroinitializer
  %77 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %74, <16 x float> %acc416.056)
  %78 = or disjoint i64 %71, 16
  %79 = getelementptr inbounds float, ptr %S, i64 %78
  %80 = load <16 x float>, ptr %79, align 4
  %81 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %64, <16 x float> %80)
  store <16 x float> %81, ptr %79, align 4
  %82 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %81, <16 x float> %acc5.057)
  %i1.next = or disjoint i64 %i1.addr.060, 1
  %83 = getelementptr inbounds float, ptr %kh, i64 %i1.next
  %84 = load float, ptr %83, align 4
  %85 = getelementptr inbounds float, ptr %qh, i64 %i1.next
  %86 = load float, ptr %85, align 4
  %87 = insertelement <16 x float> poison, float %84, i64 0
  %88 = shufflevector <16 x float> %87, <16 x float> poison, <16 x i32> zeroinitializer
  %89 = shl nuw nsw i64 %i1.next, 5
  %90 = getelementptr inbounds float, ptr %S, i64 %89
  %91 = load <16 x float>, ptr %90, align 4
  %92 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %88, <16 x float> %59, <16 x float> %91)
  store <16 x float> %92, ptr %90, align 4
  %93 = insertelement <16 x float> poison, float %86, i64 0
  %94 = shufflevector <16 x float> %93, <16 x float> poison, <16 x i32> zeroinitializer
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %92, <16 x float> %77)
  %96 = or disjoint i64 %89, 16
  %97 = getelementptr inbounds float, ptr %S, i64 %96
  %98 = load <16 x float>, ptr %97, align 4
  %99 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %88, <16 x float> %64, <16 x float> %98)
  store <16 x float> %99, ptr %97, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %99, <16 x float> %82)
  %i1.next.1 = add nuw nsw i64 %i1.addr.060, 2
  %exitcond.not.1 = icmp eq i64 %i1.next.1, 32
  br i1 %exitcond.not.1, label %i1.exit, label %i1.body

i1.exit:                                          ; preds = %i1.body
  %oh = getelementptr inbounds float, ptr %o, i64 %1
  %101 = fmul <16 x float> %95, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %101, ptr %oh, align 4
  %102 = fmul <16 x float> %100, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %103 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %102, ptr %103, align 4
  %bh.next = add nsw i64 %bh.addr.061, 1
  %exitcond67.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond67.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
