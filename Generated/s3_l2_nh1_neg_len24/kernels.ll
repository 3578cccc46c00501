; ---- dp_fwd_h1_k32_v32_r8_nogate_silu_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k32_v32_r8_nogate_silu_l2norm'
source_filename = "dp_fwd_h1_k32_v32_r8_nogate_silu_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nounwind
define void @dp_fwd_h1_k32_v32_r8_nogate_silu_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %hs209 = ptrtoint ptr %hs to i64
  %invariant.gep183 = getelementptr i8, ptr %work, i64 4128
  %sv = shl nsw i64 %H, 5
  %.idx = shl i64 %T, 7
  %gep182 = getelementptr i8, ptr %invariant.gep183, i64 %.idx
  %.idx140 = shl i64 %T, 8
  %gep184 = getelementptr i8, ptr %invariant.gep183, i64 %.idx140
  %1 = icmp sgt i64 %T, 0
  %2 = add nsw i64 %T, -1
  %3 = add nsw i64 %T, 7
  %nc = sdiv i64 %3, 8
  %4 = mul i64 %nc, %bh0
  %5 = shl i64 %nc, 12
  %6 = and i64 %hs209, 63
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %7 = sub i64 %bh1, %bh0
  %8 = icmp eq i64 %6, 0
  %invariant.gep227 = getelementptr i8, ptr %gep182, i64 -128
  %invariant.gep235 = getelementptr i8, ptr %gep182, i64 -128
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i8.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i8.head.preheader ]
  %bh.addr.0185 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i8.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep212 = getelementptr i8, ptr %hT, i64 %10
  %11 = mul i64 %5, %indvar
  %scevgep202 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0185, %H
  %h = srem i64 %bh.addr.0185, %H
  %12 = mul nsw i64 %b, %T
  %13 = mul nsw i64 %12, %H
  %bT = add nsw i64 %13, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %oh.idx = shl nsw i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %o, i64 %oh.idx
  br i1 %1, label %t.body.lr.ph, label %i.head.preheader.thread

i.head.preheader.thread:                          ; preds = %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep202, i64 4096, i1 false)
  br label %i8.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %14 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %14
  %invariant.gep143 = getelementptr float, ptr %k, i64 %14
  %invariant.gep145 = getelementptr float, ptr %v, i64 %14
  br label %t.body

bh.exit:                                          ; preds = %i8.head.preheader, %entry
  fence seq_cst
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep202, i64 4096, i1 false)
  br i1 %1, label %ci.body.lr.ph, label %i8.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0142 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %15 = add nuw nsw i64 %t.addr.0142, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %15, i64 %2)
  %16 = add nsw i64 %tp, %12
  %17 = mul nsw i64 %16, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %17
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %18 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %18, i32 0, i32 2, i32 1)
  %19 = mul nsw i64 %16, %k_ts
  %gep144 = getelementptr float, ptr %invariant.gep143, i64 %19
  tail call void @llvm.prefetch.p0(ptr %gep144, i32 0, i32 2, i32 1)
  %20 = getelementptr i8, ptr %gep144, i64 64
  tail call void @llvm.prefetch.p0(ptr %20, i32 0, i32 2, i32 1)
  %21 = mul nsw i64 %16, %v_ts
  %gep146 = getelementptr float, ptr %invariant.gep145, i64 %21
  tail call void @llvm.prefetch.p0(ptr %gep146, i32 0, i32 2, i32 1)
  %22 = getelementptr i8, ptr %gep146, i64 64
  tail call void @llvm.prefetch.p0(ptr %22, i32 0, i32 2, i32 1)
  %23 = add nsw i64 %t.addr.0142, %12
  %24 = mul nsw i64 %23, %q_ts
  %gep148 = getelementptr float, ptr %invariant.gep, i64 %24
  %25 = load <16 x float>, ptr %gep148, align 4
  %26 = fneg <16 x float> %25
  %27 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %26, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %28 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %27, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %29 = fmul <16 x float> %28, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %30 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %29)
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %28)
  %32 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %31)
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %32, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %32, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %35 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %34, <16 x float> %32, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %36 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %35, <16 x float> %32, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %37 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %32, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %38 = fmul <16 x float> %32, %32
  %39 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %37, <16 x float> %38, <16 x float> %32)
  %40 = fadd <16 x float> %39, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %41 = fptosi <16 x float> %30 to <16 x i32>
  %42 = shl <16 x i32> %41, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %43 = add <16 x i32> %42, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %44 = bitcast <16 x i32> %43 to <16 x float>
  %45 = fmul <16 x float> %40, %44
  %46 = fadd <16 x float> %45, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %47 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %46
  %48 = fmul <16 x float> %25, %47
  %49 = getelementptr i8, ptr %gep148, i64 64
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fneg <16 x float> %50
  %52 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %51, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %53 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %52, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %54 = fmul <16 x float> %53, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %55 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %54)
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %53)
  %57 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %56)
  %58 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %57, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %59 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %58, <16 x float> %57, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %59, <16 x float> %57, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %61 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %60, <16 x float> %57, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %62 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %61, <16 x float> %57, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %63 = fmul <16 x float> %57, %57
  %64 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %63, <16 x float> %57)
  %65 = fadd <16 x float> %64, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %66 = fptosi <16 x float> %55 to <16 x i32>
  %67 = shl <16 x i32> %66, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %68 = add <16 x i32> %67, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %69 = bitcast <16 x i32> %68 to <16 x float>
  %70 = fmul <16 x float> %65, %69
  %71 = fadd <16 x float> %70, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %72 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %71
  %73 = fmul <16 x float> %50, %72
  %74 = fmul <16 x float> %48, %48
  %75 = fmul <16 x float> %73, %73
  %76 = fadd <16 x float> %74, %75
  %77 = shufflevector <16 x float> %76, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %78 = shufflevector <16 x float> %76, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %79 = fadd <8 x float> %77, %78
  %80 = shufflevector <8 x float> %79, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %81 = shufflevector <8 x float> %79, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %82 = fadd <4 x float> %80, %81
  %83 = shufflevector <4 x float> %82, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %84 = shufflevector <4 x float> %82, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %85 = fadd <2 x float> %83, %84
  %shift = shufflevector <2 x float> %85, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %86 = fadd <2 x float> %85, %shift
  %87 = extractelement <2 x float> %86, i64 0
  %88 = fadd float %87, 0x3EB0C6F7A0000000
  %89 = tail call float @llvm.sqrt.f32(float %88)
  %90 = fdiv float 1.000000e+00, %89
  %91 = insertelement <16 x float> poison, float %90, i64 0
  %92 = shufflevector <16 x float> %91, <16 x float> poison, <16 x i32> zeroinitializer
  %93 = fmul <16 x float> %48, %92
  %94 = shl nsw i64 %t.addr.0142, 5
  %95 = getelementptr inbounds float, ptr %invariant.gep183, i64 %94
  store <16 x float> %93, ptr %95, align 4
  %96 = fmul <16 x float> %73, %92
  %97 = or disjoint i64 %94, 16
  %98 = getelementptr inbounds float, ptr %invariant.gep183, i64 %97
  store <16 x float> %96, ptr %98, align 4
  %99 = mul nsw i64 %23, %k_ts
  %gep150 = getelementptr float, ptr %invariant.gep143, i64 %99
  %100 = load <16 x float>, ptr %gep150, align 4
  %101 = fneg <16 x float> %100
  %102 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %101, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %103 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %102, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %104 = fmul <16 x float> %103, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %105 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %104)
  %106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %105, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %103)
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %105, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %106)
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %108, <16 x float> %107, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %107, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %110, <16 x float> %107, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %107, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %113 = fmul <16 x float> %107, %107
  %114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %113, <16 x float> %107)
  %115 = fadd <16 x float> %114, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %116 = fptosi <16 x float> %105 to <16 x i32>
  %117 = shl <16 x i32> %116, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %118 = add <16 x i32> %117, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %119 = bitcast <16 x i32> %118 to <16 x float>
  %120 = fmul <16 x float> %115, %119
  %121 = fadd <16 x float> %120, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %122 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %121
  %123 = fmul <16 x float> %100, %122
  %124 = getelementptr i8, ptr %gep150, i64 64
  %125 = load <16 x float>, ptr %124, align 4
  %126 = fneg <16 x float> %125
  %127 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %126, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %128 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %127, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %129 = fmul <16 x float> %128, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %130 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %129)
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %128)
  %132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %131)
  %133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %132, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %132, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %134, <16 x float> %132, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %132, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %132, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %138 = fmul <16 x float> %132, %132
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %137, <16 x float> %138, <16 x float> %132)
  %140 = fadd <16 x float> %139, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %141 = fptosi <16 x float> %130 to <16 x i32>
  %142 = shl <16 x i32> %141, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %143 = add <16 x i32> %142, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %144 = bitcast <16 x i32> %143 to <16 x float>
  %145 = fmul <16 x float> %140, %144
  %146 = fadd <16 x float> %145, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %147 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %146
  %148 = fmul <16 x float> %125, %147
  %149 = fmul <16 x float> %123, %123
  %150 = fmul <16 x float> %148, %148
  %151 = fadd <16 x float> %149, %150
  %152 = shufflevector <16 x float> %151, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %153 = shufflevector <16 x float> %151, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %154 = fadd <8 x float> %152, %153
  %155 = shufflevector <8 x float> %154, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %156 = shufflevector <8 x float> %154, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %157 = fadd <4 x float> %155, %156
  %158 = shufflevector <4 x float> %157, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %159 = shufflevector <4 x float> %157, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %160 = fadd <2 x float> %158, %159
  %shift246 = shufflevector <2 x float> %160, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %161 = fadd <2 x float> %160, %shift246
  %162 = extractelement <2 x float> %161, i64 0
  %163 = fadd float %162, 0x3EB0C6F7A0000000
  %164 = tail call float @llvm.sqrt.f32(float %163)
  %165 = fdiv float 1.000000e+00, %164
  %166 = insertelement <16 x float> poison, float %165, i64 0
  %167 = shufflevector <16 x float> %166, <16 x float> poison, <16 x i32> zeroinitializer
  %168 = fmul <16 x float> %123, %167
  %169 = getelementptr inbounds float, ptr %gep182, i64 %94
  store <16 x float> %168, ptr %169, align 4
  %170 = fmul <16 x float> %148, %167
  %171 = getelementptr inbounds float, ptr %gep182, i64 %97
  store <16 x float> %170, ptr %171, align 4
  %172 = mul nsw i64 %23, %v_ts
  %gep152 = getelementptr float, ptr %invariant.gep145, i64 %172
  %173 = load <16 x float>, ptr %gep152, align 4
  %174 = fneg <16 x float> %173
  %175 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %174, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %176 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %175, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %177 = fmul <16 x float> %176, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %178 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %177)
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %178, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %176)
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %178, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %179)
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %180, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %181, <16 x float> %180, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %182, <16 x float> %180, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %180, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %184, <16 x float> %180, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %186 = fmul <16 x float> %180, %180
  %187 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %185, <16 x float> %186, <16 x float> %180)
  %188 = fadd <16 x float> %187, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %189 = fptosi <16 x float> %178 to <16 x i32>
  %190 = shl <16 x i32> %189, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %191 = add <16 x i32> %190, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %192 = bitcast <16 x i32> %191 to <16 x float>
  %193 = fmul <16 x float> %188, %192
  %194 = fadd <16 x float> %193, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %195 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %194
  %196 = fmul <16 x float> %173, %195
  %197 = getelementptr i8, ptr %gep152, i64 64
  %198 = load <16 x float>, ptr %197, align 4
  %199 = fneg <16 x float> %198
  %200 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %199, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %201 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %200, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %202 = fmul <16 x float> %201, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %203 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %202)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %203, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %201)
  %205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %203, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %204)
  %206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %205, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %206, <16 x float> %205, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %205, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %205, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %209, <16 x float> %205, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %211 = fmul <16 x float> %205, %205
  %212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %210, <16 x float> %211, <16 x float> %205)
  %213 = fadd <16 x float> %212, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %214 = fptosi <16 x float> %203 to <16 x i32>
  %215 = shl <16 x i32> %214, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %216 = add <16 x i32> %215, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %217 = bitcast <16 x i32> %216 to <16 x float>
  %218 = fmul <16 x float> %213, %217
  %219 = fadd <16 x float> %218, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %220 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %219
  %221 = fmul <16 x float> %198, %220
  %222 = getelementptr inbounds float, ptr %gep184, i64 %94
  store <16 x float> %196, ptr %222, align 4
  %223 = getelementptr inbounds float, ptr %gep184, i64 %97
  store <16 x float> %221, ptr %223, align 4
  %t.next = add nuw nsw i64 %t.addr.0142, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

ci.body.lr.ph:                                    ; preds = %i.head.preheader
  %224 = mul nsw i64 %bh.addr.0185, %nc
  %invariant.gep233 = getelementptr i8, ptr %hs, i64 %11
  br label %ci.body

i8.head.preheader:                                ; preds = %i7.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep212, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0185, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond213.not = icmp eq i64 %indvar.next, %7
  br i1 %exitcond213.not, label %bh.exit, label %bh.body

ci.body:                                          ; preds = %ci.body.lr.ph, %i7.exit
  %ci.addr.0178 = phi i64 [ 0, %ci.body.lr.ph ], [ %ci.next, %i7.exit ]
  %225 = add nsw i64 %ci.addr.0178, %224
  %226 = shl nsw i64 %225, 10
  br i1 %8, label %j1.head.preheader, label %j2.head.preheader.preheader

j2.head.preheader.preheader:                      ; preds = %ci.body
  %227 = add i64 %4, %ci.addr.0178
  %228 = shl i64 %227, 12
  %gep234 = getelementptr i8, ptr %invariant.gep233, i64 %228
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep234, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  br label %endif

endif:                                            ; preds = %j1.head.preheader, %j2.head.preheader.preheader
  %t0 = shl nsw i64 %ci.addr.0178, 3
  %229 = add nuw nsw i64 %t0, 8
  %230 = shl nsw i64 %ci.addr.0178, 8
  br label %i3.body

j1.head.preheader:                                ; preds = %ci.body, %j1.head.preheader
  %i1.addr.0158 = phi i64 [ %i1.next.7, %j1.head.preheader ], [ 0, %ci.body ]
  %231 = shl nuw nsw i64 %i1.addr.0158, 5
  %232 = or disjoint i64 %231, %226
  %233 = getelementptr inbounds float, ptr %work, i64 %231
  %234 = load <16 x float>, ptr %233, align 4
  %235 = getelementptr inbounds float, ptr %hs, i64 %232
  store <16 x float> %234, ptr %235, align 64, !nontemporal !0
  %236 = or disjoint i64 %231, 16
  %237 = getelementptr inbounds float, ptr %work, i64 %236
  %238 = load <16 x float>, ptr %237, align 4
  %239 = or disjoint i64 %232, 16
  %240 = getelementptr inbounds float, ptr %hs, i64 %239
  store <16 x float> %238, ptr %240, align 64, !nontemporal !0
  %i1.next = shl i64 %i1.addr.0158, 5
  %241 = or disjoint i64 %i1.next, 32
  %242 = or disjoint i64 %241, %226
  %243 = getelementptr inbounds float, ptr %work, i64 %241
  %244 = load <16 x float>, ptr %243, align 4
  %245 = getelementptr inbounds float, ptr %hs, i64 %242
  store <16 x float> %244, ptr %245, align 64, !nontemporal !0
  %246 = or disjoint i64 %i1.next, 48
  %247 = getelementptr inbounds float, ptr %work, i64 %246
  %248 = load <16 x float>, ptr %247, align 4
  %249 = or disjoint i64 %242, 16
  %250 = getelementptr inbounds float, ptr %hs, i64 %249
  store <16 x float> %248, ptr %250, align 64, !nontemporal !0
  %i1.next.1 = shl i64 %i1.addr.0158, 5
  %251 = or disjoint i64 %i1.next.1, 64
  %252 = or disjoint i64 %251, %226
  %253 = getelementptr inbounds float, ptr %work, i64 %251
  %254 = load <16 x float>, ptr %253, align 4
  %255 = getelementptr inbounds float, ptr %hs, i64 %252
  store <16 x float> %254, ptr %255, align 64, !nontemporal !0
  %256 = or disjoint i64 %i1.next.1, 80
  %257 = getelementptr inbounds float, ptr %work, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = or disjoint i64 %252, 16
  %260 = getelementptr inbounds float, ptr %hs, i64 %259
  store <16 x float> %258, ptr %260, align 64, !nontemporal !0
  %i1.next.2 = shl i64 %i1.addr.0158, 5
  %261 = or disjoint i64 %i1.next.2, 96
  %262 = or disjoint i64 %261, %226
  %263 = getelementptr inbounds float, ptr %work, i64 %261
  %264 = load <16 x float>, ptr %263, align 4
  %265 = getelementptr inbounds float, ptr %hs, i64 %262
  store <16 x float> %264, ptr %265, align 64, !nontemporal !0
  %266 = or disjoint i64 %i1.next.2, 112
  %267 = getelementptr inbounds float, ptr %work, i64 %266
  %268 = load <16 x float>, ptr %267, align 4
  %269 = or disjoint i64 %262, 16
  %270 = getelementptr inbounds float, ptr %hs, i64 %269
  store <16 x float> %268, ptr %270, align 64, !nontemporal !0
  %i1.next.3 = shl i64 %i1.addr.0158, 5
  %271 = or disjoint i64 %i1.next.3, 128
  %272 = or disjoint i64 %271, %226
  %273 = getelementptr inbounds float, ptr %work, i64 %271
  %274 = load <16 x float>, ptr %273, align 4
  %275 = getelementptr inbounds float, ptr %hs, i64 %272
  store <16 x float> %274, ptr %275, align 64, !nontemporal !0
  %276 = or disjoint i64 %i1.next.3, 144
  %277 = getelementptr inbounds float, ptr %work, i64 %276
  %278 = load <16 x float>, ptr %277, align 4
  %279 = or disjoint i64 %272, 16
  %280 = getelementptr inbounds float, ptr %hs, i64 %279
  store <16 x float> %278, ptr %280, align 64, !nontemporal !0
  %i1.next.4 = shl i64 %i1.addr.0158, 5
  %281 = or disjoint i64 %i1.next.4, 160
  %282 = or disjoint i64 %281, %226
  %283 = getelementptr inbounds float, ptr %work, i64 %281
  %284 = load <16 x float>, ptr %283, align 4
  %285 = getelementptr inbounds float, ptr %hs, i64 %282
  store <16 x float> %284, ptr %285, align 64, !nontemporal !0
  %286 = or disjoint i64 %i1.next.4, 176
  %287 = getelementptr inbounds float, ptr %work, i64 %286
  %288 = load <16 x float>, ptr %287, align 4
  %289 = or disjoint i64 %282, 16
  %290 = getelementptr inbounds float, ptr %hs, i64 %289
  store <16 x float> %288, ptr %290, align 64, !nontemporal !0
  %i1.next.5 = shl i64 %i1.addr.0158, 5
  %291 = or disjoint i64 %i1.next.5, 192
  %292 = or disjoint i64 %291, %226
  %293 = getelementptr inbounds float, ptr %work, i64 %291
  %294 = load <16 x float>, ptr %293, align 4
  %295 = getelementptr inbounds float, ptr %hs, i64 %292
  store <16 x float> %294, ptr %295, align 64, !nontemporal !0
  %296 = or disjoint i64 %i1.next.5, 208
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = or disjoint i64 %292, 16
  %300 = getelementptr inbounds float, ptr %hs, i64 %299
  store <16 x float> %298, ptr %300, align 64, !nontemporal !0
  %i1.next.6 = shl i64 %i1.addr.0158, 5
  %301 = or disjoint i64 %i1.next.6, 224
  %302 = or disjoint i64 %301, %226
  %303 = getelementptr inbounds float, ptr %work, i64 %301
  %304 = load <16 x float>, ptr %303, align 4
  %305 = getelementptr inbounds float, ptr %hs, i64 %302
  store <16 x float> %304, ptr %305, align 64, !nontemporal !0
  %306 = or disjoint i64 %i1.next.6, 240
  %307 = getelementptr inbounds float, ptr %work, i64 %306
  %308 = load <16 x float>, ptr %307, align 4
  %309 = or disjoint i64 %302, 16
  %310 = getelementptr inbounds float, ptr %hs, i64 %309
  store <16 x float> %308, ptr %310, align 64, !nontemporal !0
  %i1.next.7 = add nuw nsw i64 %i1.addr.0158, 8
  %exitcond205.not.7 = icmp eq i64 %i1.next.7, 32
  br i1 %exitcond205.not.7, label %endif, label %j1.head.preheader

i4.head.preheader:                                ; preds = %i3.body
  %311 = getelementptr inbounds float, ptr %gep182, i64 %230
  %312 = load <16 x float>, ptr %311, align 4
  %313 = getelementptr inbounds float, ptr %invariant.gep183, i64 %230
  %314 = load <16 x float>, ptr %313, align 4
  %315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %312, <16 x float> %314, <16 x float> zeroinitializer)
  %316 = or disjoint i64 %230, 16
  %317 = getelementptr inbounds float, ptr %gep182, i64 %316
  %318 = load <16 x float>, ptr %317, align 4
  %319 = getelementptr inbounds float, ptr %invariant.gep183, i64 %316
  %320 = load <16 x float>, ptr %319, align 4
  %321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %318, <16 x float> %320, <16 x float> %315)
  %t1 = tail call i64 @llvm.smin.i64(i64 %229, i64 %T)
  %322 = shufflevector <16 x float> %321, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %323 = shufflevector <16 x float> %321, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %324 = fadd <8 x float> %322, %323
  %325 = shufflevector <8 x float> %324, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %326 = shufflevector <8 x float> %324, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %327 = fadd <4 x float> %325, %326
  %328 = shufflevector <4 x float> %327, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %329 = shufflevector <4 x float> %327, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %330 = fadd <2 x float> %328, %329
  %shift247 = shufflevector <2 x float> %330, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %331 = fadd <2 x float> %330, %shift247
  %332 = mul nsw i64 %t0, %H
  %333 = getelementptr inbounds float, ptr %betah, i64 %332
  %334 = load float, ptr %333, align 4
  %335 = getelementptr inbounds float, ptr %gep184, i64 %230
  %336 = load <16 x float>, ptr %335, align 4
  %337 = fsub <16 x float> %336, %386
  %338 = insertelement <16 x float> poison, float %334, i64 0
  %339 = shufflevector <16 x float> %338, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = fmul <16 x float> %339, %337
  %341 = or disjoint i64 %230, 16
  %342 = getelementptr inbounds float, ptr %gep184, i64 %341
  %343 = load <16 x float>, ptr %342, align 4
  %344 = fsub <16 x float> %343, %393
  %345 = fmul <16 x float> %339, %344
  %346 = shufflevector <2 x float> %331, <2 x float> poison, <16 x i32> zeroinitializer
  %347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %346, <16 x float> %340, <16 x float> %389)
  %348 = fmul <16 x float> %347, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %349 = mul nsw i64 %t0, %sv
  %350 = getelementptr inbounds float, ptr %oh, i64 %349
  store <16 x float> %348, ptr %350, align 4
  %351 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %346, <16 x float> %345, <16 x float> %394)
  %352 = fmul <16 x float> %351, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %353 = or disjoint i64 %349, 16
  %354 = getelementptr inbounds float, ptr %oh, i64 %353
  store <16 x float> %352, ptr %354, align 4
  %355 = or disjoint i64 %t0, 1
  %356 = icmp slt i64 %355, %t1
  br i1 %356, label %i5.head.preheader, label %i7.head.preheader

i3.body:                                          ; preds = %i3.body, %endif
  %acc.0163 = phi <16 x float> [ zeroinitializer, %endif ], [ %386, %i3.body ]
  %acc1.0162 = phi <16 x float> [ zeroinitializer, %endif ], [ %393, %i3.body ]
  %acc2.0161 = phi <16 x float> [ zeroinitializer, %endif ], [ %389, %i3.body ]
  %acc3.0160 = phi <16 x float> [ zeroinitializer, %endif ], [ %394, %i3.body ]
  %i3.addr.0159 = phi i64 [ 0, %endif ], [ %i3.next.1, %i3.body ]
  %357 = add nuw nsw i64 %i3.addr.0159, %230
  %358 = getelementptr inbounds float, ptr %gep182, i64 %357
  %359 = load float, ptr %358, align 4
  %360 = getelementptr inbounds float, ptr %invariant.gep183, i64 %357
  %361 = load float, ptr %360, align 4
  %362 = shl nuw nsw i64 %i3.addr.0159, 5
  %363 = getelementptr inbounds float, ptr %work, i64 %362
  %364 = load <16 x float>, ptr %363, align 4
  %365 = insertelement <16 x float> poison, float %359, i64 0
  %366 = shufflevector <16 x float> %365, <16 x float> poison, <16 x i32> zeroinitializer
  %367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %366, <16 x float> %364, <16 x float> %acc.0163)
  %368 = insertelement <16 x float> poison, float %361, i64 0
  %369 = shufflevector <16 x float> %368, <16 x float> poison, <16 x i32> zeroinitializer
  %370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %369, <16 x float> %364, <16 x float> %acc2.0161)
  %371 = or disjoint i64 %362, 16
  %372 = getelementptr inbounds float, ptr %work, i64 %371
  %373 = load <16 x float>, ptr %372, align 4
  %374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %366, <16 x float> %373, <16 x float> %acc1.0162)
  %375 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %369, <16 x float> %373, <16 x float> %acc3.0160)
  %i3.next = or disjoint i64 %i3.addr.0159, 1
  %376 = add nuw nsw i64 %i3.next, %230
  %377 = getelementptr inbounds float, ptr %gep182, i64 %376
  %378 = load float, ptr %377, align 4
  %379 = getelementptr inbounds float, ptr %invariant.gep183, i64 %376
  %380 = load float, ptr %379, align 4
  %381 = shl nuw nsw i64 %i3.next, 5
  %382 = getelementptr inbounds float, ptr %work, i64 %381
  %383 = load <16 x float>, ptr %382, align 4
  %384 = insertelement <16 x float> poison, float %378, i64 0
  %385 = shufflevector <16 x float> %384, <16 x float> poison, <16 x i32> zeroinitializer
  %386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %385, <16 x float> %383, <16 x float> %367)
  %387 = insertelement <16 x float> poison, float %380, i64 0
  %388 = shufflevector <16 x float> %387, <16 x float> poison, <16 x i32> zeroinitializer
  %389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %388, <16 x float> %383, <16 x float> %370)
  %390 = or disjoint i64 %381, 16
  %391 = getelementptr inbounds float, ptr %work, i64 %390
  %392 = load <16 x float>, ptr %391, align 4
  %393 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %385, <16 x float> %392, <16 x float> %374)
  %394 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %388, <16 x float> %392, <16 x float> %375)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0159, 2
  %exitcond206.not.1 = icmp eq i64 %i3.next.1, 32
  br i1 %exitcond206.not.1, label %i4.head.preheader, label %i3.body

i7.head.preheader:                                ; preds = %i6.head.preheader, %i4.head.preheader
  %delta1.0.lcssa = phi <16 x float> [ %345, %i4.head.preheader ], [ %430, %i6.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %340, %i4.head.preheader ], [ %425, %i6.head.preheader ]
  %.idx187 = shl i64 %t1, 7
  %gep236 = getelementptr i8, ptr %invariant.gep235, i64 %.idx187
  br label %i7.body

i5.head.preheader:                                ; preds = %i4.head.preheader, %i6.head.preheader
  %delta.0175 = phi <16 x float> [ %425, %i6.head.preheader ], [ %340, %i4.head.preheader ]
  %t1.addr.0174 = phi i64 [ %t1.next, %i6.head.preheader ], [ %355, %i4.head.preheader ]
  %delta1.0173 = phi <16 x float> [ %430, %i6.head.preheader ], [ %345, %i4.head.preheader ]
  %395 = shl i64 %t1.addr.0174, 5
  %gep228 = getelementptr float, ptr %invariant.gep227, i64 %395
  br label %i5.body

i6.head.preheader:                                ; preds = %i5.body
  %396 = getelementptr inbounds float, ptr %gep182, i64 %395
  %397 = load <16 x float>, ptr %396, align 4
  %398 = getelementptr inbounds float, ptr %invariant.gep183, i64 %395
  %399 = load <16 x float>, ptr %398, align 4
  %400 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %397, <16 x float> %399, <16 x float> zeroinitializer)
  %401 = or disjoint i64 %395, 16
  %402 = getelementptr inbounds float, ptr %gep182, i64 %401
  %403 = load <16 x float>, ptr %402, align 4
  %404 = getelementptr inbounds float, ptr %invariant.gep183, i64 %401
  %405 = load <16 x float>, ptr %404, align 4
  %406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %403, <16 x float> %405, <16 x float> %400)
  %407 = shufflevector <16 x float> %406, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %408 = shufflevector <16 x float> %406, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %409 = fadd <8 x float> %407, %408
  %410 = shufflevector <8 x float> %409, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %411 = shufflevector <8 x float> %409, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %412 = fadd <4 x float> %410, %411
  %413 = shufflevector <4 x float> %412, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %414 = shufflevector <4 x float> %412, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %415 = fadd <2 x float> %413, %414
  %shift248 = shufflevector <2 x float> %415, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %416 = fadd <2 x float> %415, %shift248
  %417 = mul nsw i64 %t1.addr.0174, %H
  %418 = getelementptr inbounds float, ptr %betah, i64 %417
  %419 = load float, ptr %418, align 4
  %420 = getelementptr inbounds float, ptr %gep184, i64 %395
  %421 = load <16 x float>, ptr %420, align 4
  %422 = fsub <16 x float> %421, %479
  %423 = insertelement <16 x float> poison, float %419, i64 0
  %424 = shufflevector <16 x float> %423, <16 x float> poison, <16 x i32> zeroinitializer
  %425 = fmul <16 x float> %424, %422
  %426 = or disjoint i64 %395, 16
  %427 = getelementptr inbounds float, ptr %gep184, i64 %426
  %428 = load <16 x float>, ptr %427, align 4
  %429 = fsub <16 x float> %428, %487
  %430 = fmul <16 x float> %424, %429
  %431 = shufflevector <2 x float> %416, <2 x float> poison, <16 x i32> zeroinitializer
  %432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %431, <16 x float> %425, <16 x float> %482)
  %433 = fmul <16 x float> %432, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %434 = mul nsw i64 %t1.addr.0174, %sv
  %435 = getelementptr inbounds float, ptr %oh, i64 %434
  store <16 x float> %433, ptr %435, align 4
  %436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %431, <16 x float> %430, <16 x float> %488)
  %437 = fmul <16 x float> %436, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %438 = or disjoint i64 %434, 16
  %439 = getelementptr inbounds float, ptr %oh, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0174, 1
  %440 = icmp slt i64 %t1.next, %t1
  br i1 %440, label %i5.head.preheader, label %i7.head.preheader

i5.body:                                          ; preds = %i5.body, %i5.head.preheader
  %i5.addr.0170 = phi i64 [ 0, %i5.head.preheader ], [ %i5.next.1, %i5.body ]
  %acc8.0169 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %488, %i5.body ]
  %acc7.0168 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %482, %i5.body ]
  %acc6.0167 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %487, %i5.body ]
  %acc5.0166 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %479, %i5.body ]
  %gep226 = getelementptr float, ptr %gep228, i64 %i5.addr.0170
  %441 = load float, ptr %gep226, align 4
  %442 = or disjoint i64 %i5.addr.0170, %395
  %443 = getelementptr inbounds float, ptr %gep182, i64 %442
  %444 = load float, ptr %443, align 4
  %445 = getelementptr inbounds float, ptr %invariant.gep183, i64 %442
  %446 = load float, ptr %445, align 4
  %447 = insertelement <16 x float> poison, float %441, i64 0
  %448 = shufflevector <16 x float> %447, <16 x float> poison, <16 x i32> zeroinitializer
  %449 = shl nuw nsw i64 %i5.addr.0170, 5
  %450 = getelementptr inbounds float, ptr %work, i64 %449
  %451 = load <16 x float>, ptr %450, align 4
  %452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %448, <16 x float> %delta.0175, <16 x float> %451)
  store <16 x float> %452, ptr %450, align 4
  %453 = insertelement <16 x float> poison, float %444, i64 0
  %454 = shufflevector <16 x float> %453, <16 x float> poison, <16 x i32> zeroinitializer
  %455 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %454, <16 x float> %452, <16 x float> %acc5.0166)
  %456 = insertelement <16 x float> poison, float %446, i64 0
  %457 = shufflevector <16 x float> %456, <16 x float> poison, <16 x i32> zeroinitializer
  %458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %457, <16 x float> %452, <16 x float> %acc7.0168)
  %459 = or disjoint i64 %449, 16
  %460 = getelementptr inbounds float, ptr %work, i64 %459
  %461 = load <16 x float>, ptr %460, align 4
  %462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %448, <16 x float> %delta1.0173, <16 x float> %461)
  store <16 x float> %462, ptr %460, align 4
  %463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %454, <16 x float> %462, <16 x float> %acc6.0167)
  %464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %457, <16 x float> %462, <16 x float> %acc8.0169)
  %i5.next = or disjoint i64 %i5.addr.0170, 1
  %gep226.1 = getelementptr float, ptr %gep228, i64 %i5.next
  %465 = load float, ptr %gep226.1, align 4
  %466 = or disjoint i64 %i5.next, %395
  %467 = getelementptr inbounds float, ptr %gep182, i64 %466
  %468 = load float, ptr %467, align 4
  %469 = getelementptr inbounds float, ptr %invariant.gep183, i64 %466
  %470 = load float, ptr %469, align 4
  %471 = insertelement <16 x float> poison, float %465, i64 0
  %472 = shufflevector <16 x float> %471, <16 x float> poison, <16 x i32> zeroinitializer
  %473 = shl nuw nsw i64 %i5.next, 5
  %474 = getelementptr inbounds float, ptr %work, i64 %473
  %475 = load <16 x float>, ptr %474, align 4
  %476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %472, <16 x float> %delta.0175, <16 x float> %475)
  store <16 x float> %476, ptr %474, align 4
  %477 = insertelement <16 x float> poison, float %468, i64 0
  %478 = shufflevector <16 x float> %477, <16 x float> poison, <16 x i32> zeroinitializer
  %479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %478, <16 x float> %476, <16 x float> %455)
  %480 = insertelement <16 x float> poison, float %470, i64 0
  %481 = shufflevector <16 x float> %480, <16 x float> poison, <16 x i32> zeroinitializer
  %482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %481, <16 x float> %476, <16 x float> %458)
  %483 = or disjoint i64 %473, 16
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %472, <16 x float> %delta1.0173, <16 x float> %485)
  store <16 x float> %486, ptr %484, align 4
  %487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %478, <16 x float> %486, <16 x float> %463)
  %488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %481, <16 x float> %486, <16 x float> %464)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0170, 2
  %exitcond207.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond207.not.1, label %i6.head.preheader, label %i5.body

i7.body:                                          ; preds = %i7.body, %i7.head.preheader
  %i7.addr.0177 = phi i64 [ 0, %i7.head.preheader ], [ %i7.next.3, %i7.body ]
  %gep232 = getelementptr float, ptr %gep236, i64 %i7.addr.0177
  %489 = load float, ptr %gep232, align 4
  %490 = insertelement <16 x float> poison, float %489, i64 0
  %491 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %492 = shl nuw nsw i64 %i7.addr.0177, 5
  %493 = getelementptr inbounds float, ptr %work, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %491, <16 x float> %delta.0.lcssa, <16 x float> %494)
  store <16 x float> %495, ptr %493, align 4
  %496 = or disjoint i64 %492, 16
  %497 = getelementptr inbounds float, ptr %work, i64 %496
  %498 = load <16 x float>, ptr %497, align 4
  %499 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %491, <16 x float> %delta1.0.lcssa, <16 x float> %498)
  store <16 x float> %499, ptr %497, align 4
  %i7.next = or disjoint i64 %i7.addr.0177, 1
  %gep232.1 = getelementptr float, ptr %gep236, i64 %i7.next
  %500 = load float, ptr %gep232.1, align 4
  %501 = insertelement <16 x float> poison, float %500, i64 0
  %502 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  %503 = shl nuw nsw i64 %i7.next, 5
  %504 = getelementptr inbounds float, ptr %work, i64 %503
  %505 = load <16 x float>, ptr %504, align 4
  %506 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %delta.0.lcssa, <16 x float> %505)
  store <16 x float> %506, ptr %504, align 4
  %507 = or disjoint i64 %503, 16
  %508 = getelementptr inbounds float, ptr %work, i64 %507
  %509 = load <16 x float>, ptr %508, align 4
  %510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %delta1.0.lcssa, <16 x float> %509)
  store <16 x float> %510, ptr %508, align 4
  %i7.next.1 = or disjoint i64 %i7.addr.0177, 2
  %gep232.2 = getelementptr float, ptr %gep236, i64 %i7.next.1
  %511 = load float, ptr %gep232.2, align 4
  %512 = insertelement <16 x float> poison, float %511, i64 0
  %513 = shufflevector <16 x float> %512, <16 x float> poison, <16 x i32> zeroinitializer
  %514 = shl nuw nsw i64 %i7.next.1, 5
  %515 = getelementptr inbounds float, ptr %work, i64 %514
  %516 = load <16 x float>, ptr %515, align 4
  %517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %delta.0.lcssa, <16 x float> %516)
  store <16 x float> %517, ptr %515, align 4
  %518 = or disjoint i64 %514, 16
  %519 = getelementptr inbounds float, ptr %work, i64 %518
  %520 = load <16 x float>, ptr %519, align 4
  %521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %delta1.0.lcssa, <16 x float> %520)
  store <16 x float> %521, ptr %519, align 4
  %i7.next.2 = or disjoint i64 %i7.addr.0177, 3
  %gep232.3 = getelementptr float, ptr %gep236, i64 %i7.next.2
  %522 = load float, ptr %gep232.3, align 4
  %523 = insertelement <16 x float> poison, float %522, i64 0
  %524 = shufflevector <16 x float> %523, <16 x float> poison, <16 x i32> zeroinitializer
  %525 = shl nuw nsw i64 %i7.next.2, 5
  %526 = getelementptr inbounds float, ptr %work, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %524, <16 x float> %delta.0.lcssa, <16 x float> %527)
  store <16 x float> %528, ptr %526, align 4
  %529 = or disjoint i64 %525, 16
  %530 = getelementptr inbounds float, ptr %work, i64 %529
  %531 = load <16 x float>, ptr %530, align 4
  %532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %524, <16 x float> %delta1.0.lcssa, <16 x float> %531)
  store <16 x float> %532, ptr %530, align 4
  %i7.next.3 = add nuw nsw i64 %i7.addr.0177, 4
  %exitcond208.not.3 = icmp eq i64 %i7.next.3, 32
  br i1 %exitcond208.not.3, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %ci.next = add nuw nsw i64 %ci.addr.0178, 1
  %exitcond210.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond210.not, label %i8.head.preheader, label %ci.body
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

attributes #0 = { nofree norecurse nounwind "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = !{i32 1}
; ---- dp_bwd_h1_k32_v32_c8_nogate_silu_l2norm (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h1_k32_v32_c8_nogate_silu_l2norm'
source_filename = "dp_bwd_h1_k32_v32_c8_nogate_silu_l2norm"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite, inaccessiblemem: readwrite)
define void @dp_bwd_h1_k32_v32_c8_nogate_silu_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture %dk, ptr noalias nocapture %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts, i64 %dq_ts, i64 %dk_ts, i64 %dv_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %invariant.gep2292 = getelementptr i8, ptr %work, i64 36032
  %sv1 = shl nsw i64 %H, 5
  %1 = shl nsw i64 %T, 5
  %gep2285 = getelementptr float, ptr %invariant.gep2292, i64 %1
  %2 = shl nsw i64 %T, 6
  %gep2287 = getelementptr float, ptr %invariant.gep2292, i64 %2
  %.idx2027 = mul i64 %T, 384
  %gep2289 = getelementptr i8, ptr %invariant.gep2292, i64 %.idx2027
  %dak = getelementptr float, ptr %gep2289, i64 %1
  %dav = getelementptr float, ptr %gep2289, i64 %2
  %.idx2028 = mul i64 %T, 768
  %gep2291 = getelementptr i8, ptr %invariant.gep2292, i64 %.idx2028
  %sgk = getelementptr float, ptr %gep2291, i64 %1
  %sgv = getelementptr float, ptr %gep2291, i64 %2
  %.idx = mul i64 %T, 1152
  %gep2293 = getelementptr i8, ptr %invariant.gep2292, i64 %.idx
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %Ak = getelementptr inbounds i8, ptr %work, i64 18432
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 28160
  %KSdS = getelementptr inbounds i8, ptr %work, i64 28416
  %KT = getelementptr inbounds i8, ptr %work, i64 25088
  %M = getelementptr inbounds i8, ptr %work, i64 35456
  %OY = getelementptr inbounds i8, ptr %work, i64 23040
  %PT = getelementptr inbounds i8, ptr %work, i64 33536
  %QK = getelementptr inbounds i8, ptr %work, i64 20992
  %QcT = getelementptr inbounds i8, ptr %work, i64 26112
  %Rr = getelementptr inbounds i8, ptr %work, i64 30464
  %Vn = getelementptr inbounds i8, ptr %work, i64 31488
  %VnT = getelementptr inbounds i8, ptr %work, i64 32512
  %bet = getelementptr inbounds i8, ptr %work, i64 34816
  %dOT = getelementptr inbounds i8, ptr %work, i64 27136
  %dQc = getelementptr inbounds i8, ptr %work, i64 33792
  %dbet = getelementptr inbounds i8, ptr %work, i64 34880
  %5 = add nsw i64 %T, 7
  %nc = sdiv i64 %5, 8
  %6 = getelementptr inbounds i8, ptr %work, i64 28192
  %7 = getelementptr inbounds i8, ptr %work, i64 28224
  %8 = getelementptr inbounds i8, ptr %work, i64 28256
  %9 = getelementptr inbounds i8, ptr %work, i64 28288
  %10 = getelementptr inbounds i8, ptr %work, i64 28320
  %11 = getelementptr inbounds i8, ptr %work, i64 28352
  %12 = getelementptr inbounds i8, ptr %work, i64 28384
  %13 = getelementptr inbounds i8, ptr %work, i64 24064
  %14 = getelementptr inbounds i8, ptr %work, i64 24128
  %15 = getelementptr inbounds i8, ptr %work, i64 24192
  %16 = getelementptr inbounds i8, ptr %work, i64 24256
  %17 = getelementptr inbounds i8, ptr %work, i64 24320
  %18 = getelementptr inbounds i8, ptr %work, i64 24384
  %19 = getelementptr inbounds i8, ptr %work, i64 24448
  %20 = getelementptr inbounds i8, ptr %work, i64 24512
  %21 = getelementptr inbounds i8, ptr %work, i64 24576
  %22 = getelementptr inbounds i8, ptr %work, i64 24640
  %23 = getelementptr inbounds i8, ptr %work, i64 24704
  %24 = getelementptr inbounds i8, ptr %work, i64 24768
  %25 = getelementptr inbounds i8, ptr %work, i64 24832
  %26 = getelementptr inbounds i8, ptr %work, i64 24896
  %27 = getelementptr inbounds i8, ptr %work, i64 24960
  %28 = getelementptr inbounds i8, ptr %work, i64 25024
  %29 = getelementptr inbounds i8, ptr %work, i64 18688
  %30 = getelementptr inbounds i8, ptr %work, i64 33856
  %31 = getelementptr inbounds i8, ptr %work, i64 33920
  %32 = getelementptr inbounds i8, ptr %work, i64 33984
  %33 = getelementptr inbounds i8, ptr %work, i64 34048
  %34 = getelementptr inbounds i8, ptr %work, i64 34112
  %35 = getelementptr inbounds i8, ptr %work, i64 34176
  %36 = getelementptr inbounds i8, ptr %work, i64 34240
  %37 = getelementptr inbounds i8, ptr %work, i64 34304
  %38 = getelementptr inbounds i8, ptr %work, i64 34368
  %39 = getelementptr inbounds i8, ptr %work, i64 34432
  %40 = getelementptr inbounds i8, ptr %work, i64 34496
  %41 = getelementptr inbounds i8, ptr %work, i64 34560
  %42 = getelementptr inbounds i8, ptr %work, i64 34624
  %43 = getelementptr inbounds i8, ptr %work, i64 34688
  %44 = getelementptr inbounds i8, ptr %work, i64 34752
  %invariant.gep2215 = getelementptr inbounds i8, ptr %work, i64 18624
  %45 = getelementptr inbounds i8, ptr %work, i64 20960
  %46 = add nsw i64 %bh0, 1
  %47 = mul i64 %nc, %46
  %48 = shl i64 %47, 12
  %49 = add i64 %48, -4096
  %50 = shl i64 %nc, 12
  %51 = shl nsw i64 %nc, 3
  %52 = add i64 %51, 144115188075855864
  %53 = mul i64 %52, %H
  %54 = mul i64 %H, -1024
  %55 = shl i64 %H, 7
  %56 = add i64 %T, 8
  %57 = sub i64 %56, %51
  %smax2532 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %58 = sub i64 %bh1, %bh0
  %scevgep2474.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2474.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2474.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2474.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2474.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2474.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2474.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2474.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2474.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2474.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2474.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2474.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2474.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2474.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2474.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2474.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2474.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2474.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2474.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2474.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2474.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2474.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2474.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2474.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2474.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2474.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2474.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2474.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2474.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2474.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2474.31 = getelementptr i8, ptr %work, i64 7936
  %59 = getelementptr inbounds i8, ptr %work, i64 35488
  %60 = getelementptr inbounds i8, ptr %work, i64 35520
  %61 = getelementptr inbounds i8, ptr %work, i64 35552
  %62 = getelementptr inbounds i8, ptr %work, i64 35584
  %63 = getelementptr inbounds i8, ptr %work, i64 35600
  %64 = getelementptr inbounds i8, ptr %work, i64 35616
  %65 = getelementptr inbounds i8, ptr %work, i64 35636
  %66 = getelementptr inbounds i8, ptr %work, i64 35644
  %67 = getelementptr inbounds i8, ptr %work, i64 35648
  %68 = getelementptr inbounds i8, ptr %work, i64 35672
  %69 = getelementptr inbounds i8, ptr %work, i64 35680
  %70 = getelementptr inbounds i8, ptr %work, i64 35708
  %invariant.gep2729 = getelementptr i8, ptr %work, i64 23040
  %invariant.gep2731 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep2733 = getelementptr i8, ptr %work, i64 20992
  %invariant.gep2735 = getelementptr i8, ptr %work, i64 17408
  %invariant.gep2737 = getelementptr i8, ptr %work, i64 22016
  %invariant.gep2739 = getelementptr i8, ptr %work, i64 30464
  %71 = getelementptr i8, ptr %work, i64 36096
  %72 = getelementptr i8, ptr %gep2285, i64 64
  %73 = getelementptr i8, ptr %gep2287, i64 64
  %74 = getelementptr inbounds i8, ptr %work, i64 30528
  %75 = getelementptr inbounds i8, ptr %work, i64 17408
  %76 = getelementptr inbounds i8, ptr %work, i64 17920
  %77 = getelementptr inbounds i8, ptr %work, i64 17536
  %78 = getelementptr inbounds i8, ptr %work, i64 18048
  %79 = getelementptr inbounds i8, ptr %work, i64 17664
  %80 = getelementptr inbounds i8, ptr %work, i64 18176
  %81 = getelementptr inbounds i8, ptr %work, i64 17792
  %82 = getelementptr inbounds i8, ptr %work, i64 18304
  %83 = getelementptr inbounds i8, ptr %work, i64 25120
  %84 = getelementptr inbounds i8, ptr %work, i64 25152
  %85 = getelementptr inbounds i8, ptr %work, i64 25184
  %86 = getelementptr inbounds i8, ptr %work, i64 25216
  %87 = getelementptr inbounds i8, ptr %work, i64 25248
  %88 = getelementptr inbounds i8, ptr %work, i64 25280
  %89 = getelementptr inbounds i8, ptr %work, i64 25312
  %90 = getelementptr inbounds i8, ptr %work, i64 17440
  %91 = getelementptr inbounds i8, ptr %work, i64 17952
  %92 = getelementptr inbounds i8, ptr %work, i64 17568
  %93 = getelementptr inbounds i8, ptr %work, i64 18080
  %94 = getelementptr inbounds i8, ptr %work, i64 17696
  %95 = getelementptr inbounds i8, ptr %work, i64 18208
  %96 = getelementptr inbounds i8, ptr %work, i64 17824
  %97 = getelementptr inbounds i8, ptr %work, i64 18336
  %98 = getelementptr inbounds i8, ptr %work, i64 25344
  %99 = getelementptr inbounds i8, ptr %work, i64 25376
  %100 = getelementptr inbounds i8, ptr %work, i64 25408
  %101 = getelementptr inbounds i8, ptr %work, i64 25440
  %102 = getelementptr inbounds i8, ptr %work, i64 25472
  %103 = getelementptr inbounds i8, ptr %work, i64 25504
  %104 = getelementptr inbounds i8, ptr %work, i64 25536
  %105 = getelementptr inbounds i8, ptr %work, i64 25568
  %106 = getelementptr inbounds i8, ptr %work, i64 17472
  %107 = getelementptr inbounds i8, ptr %work, i64 17984
  %108 = getelementptr inbounds i8, ptr %work, i64 17600
  %109 = getelementptr inbounds i8, ptr %work, i64 18112
  %110 = getelementptr inbounds i8, ptr %work, i64 17728
  %111 = getelementptr inbounds i8, ptr %work, i64 18240
  %112 = getelementptr inbounds i8, ptr %work, i64 17856
  %113 = getelementptr inbounds i8, ptr %work, i64 18368
  %114 = getelementptr inbounds i8, ptr %work, i64 25600
  %115 = getelementptr inbounds i8, ptr %work, i64 25632
  %116 = getelementptr inbounds i8, ptr %work, i64 25664
  %117 = getelementptr inbounds i8, ptr %work, i64 25696
  %118 = getelementptr inbounds i8, ptr %work, i64 25728
  %119 = getelementptr inbounds i8, ptr %work, i64 25760
  %120 = getelementptr inbounds i8, ptr %work, i64 25792
  %121 = getelementptr inbounds i8, ptr %work, i64 25824
  %122 = getelementptr inbounds i8, ptr %work, i64 17504
  %123 = getelementptr inbounds i8, ptr %work, i64 18016
  %124 = getelementptr inbounds i8, ptr %work, i64 17632
  %125 = getelementptr inbounds i8, ptr %work, i64 18144
  %126 = getelementptr inbounds i8, ptr %work, i64 17760
  %127 = getelementptr inbounds i8, ptr %work, i64 18272
  %128 = getelementptr inbounds i8, ptr %work, i64 17888
  %129 = getelementptr inbounds i8, ptr %work, i64 18400
  %130 = getelementptr inbounds i8, ptr %work, i64 25856
  %131 = getelementptr inbounds i8, ptr %work, i64 25888
  %132 = getelementptr inbounds i8, ptr %work, i64 25920
  %133 = getelementptr inbounds i8, ptr %work, i64 25952
  %134 = getelementptr inbounds i8, ptr %work, i64 25984
  %135 = getelementptr inbounds i8, ptr %work, i64 26016
  %136 = getelementptr inbounds i8, ptr %work, i64 26048
  %137 = getelementptr inbounds i8, ptr %work, i64 26080
  %138 = getelementptr inbounds i8, ptr %work, i64 16384
  %139 = getelementptr inbounds i8, ptr %work, i64 16896
  %140 = getelementptr inbounds i8, ptr %work, i64 16512
  %141 = getelementptr inbounds i8, ptr %work, i64 17024
  %142 = getelementptr inbounds i8, ptr %work, i64 16640
  %143 = getelementptr inbounds i8, ptr %work, i64 17152
  %144 = getelementptr inbounds i8, ptr %work, i64 16768
  %145 = getelementptr inbounds i8, ptr %work, i64 17280
  %146 = getelementptr inbounds i8, ptr %work, i64 26144
  %147 = getelementptr inbounds i8, ptr %work, i64 26176
  %148 = getelementptr inbounds i8, ptr %work, i64 26208
  %149 = getelementptr inbounds i8, ptr %work, i64 26240
  %150 = getelementptr inbounds i8, ptr %work, i64 26272
  %151 = getelementptr inbounds i8, ptr %work, i64 26304
  %152 = getelementptr inbounds i8, ptr %work, i64 26336
  %153 = getelementptr inbounds i8, ptr %work, i64 16416
  %154 = getelementptr inbounds i8, ptr %work, i64 16928
  %155 = getelementptr inbounds i8, ptr %work, i64 16544
  %156 = getelementptr inbounds i8, ptr %work, i64 17056
  %157 = getelementptr inbounds i8, ptr %work, i64 16672
  %158 = getelementptr inbounds i8, ptr %work, i64 17184
  %159 = getelementptr inbounds i8, ptr %work, i64 16800
  %160 = getelementptr inbounds i8, ptr %work, i64 17312
  %161 = getelementptr inbounds i8, ptr %work, i64 26368
  %162 = getelementptr inbounds i8, ptr %work, i64 26400
  %163 = getelementptr inbounds i8, ptr %work, i64 26432
  %164 = getelementptr inbounds i8, ptr %work, i64 26464
  %165 = getelementptr inbounds i8, ptr %work, i64 26496
  %166 = getelementptr inbounds i8, ptr %work, i64 26528
  %167 = getelementptr inbounds i8, ptr %work, i64 26560
  %168 = getelementptr inbounds i8, ptr %work, i64 26592
  %169 = getelementptr inbounds i8, ptr %work, i64 16448
  %170 = getelementptr inbounds i8, ptr %work, i64 16960
  %171 = getelementptr inbounds i8, ptr %work, i64 16576
  %172 = getelementptr inbounds i8, ptr %work, i64 17088
  %173 = getelementptr inbounds i8, ptr %work, i64 16704
  %174 = getelementptr inbounds i8, ptr %work, i64 17216
  %175 = getelementptr inbounds i8, ptr %work, i64 16832
  %176 = getelementptr inbounds i8, ptr %work, i64 17344
  %177 = getelementptr inbounds i8, ptr %work, i64 26624
  %178 = getelementptr inbounds i8, ptr %work, i64 26656
  %179 = getelementptr inbounds i8, ptr %work, i64 26688
  %180 = getelementptr inbounds i8, ptr %work, i64 26720
  %181 = getelementptr inbounds i8, ptr %work, i64 26752
  %182 = getelementptr inbounds i8, ptr %work, i64 26784
  %183 = getelementptr inbounds i8, ptr %work, i64 26816
  %184 = getelementptr inbounds i8, ptr %work, i64 26848
  %185 = getelementptr inbounds i8, ptr %work, i64 16480
  %186 = getelementptr inbounds i8, ptr %work, i64 16992
  %187 = getelementptr inbounds i8, ptr %work, i64 16608
  %188 = getelementptr inbounds i8, ptr %work, i64 17120
  %189 = getelementptr inbounds i8, ptr %work, i64 16736
  %190 = getelementptr inbounds i8, ptr %work, i64 17248
  %191 = getelementptr inbounds i8, ptr %work, i64 16864
  %192 = getelementptr inbounds i8, ptr %work, i64 17376
  %193 = getelementptr inbounds i8, ptr %work, i64 26880
  %194 = getelementptr inbounds i8, ptr %work, i64 26912
  %195 = getelementptr inbounds i8, ptr %work, i64 26944
  %196 = getelementptr inbounds i8, ptr %work, i64 26976
  %197 = getelementptr inbounds i8, ptr %work, i64 27008
  %198 = getelementptr inbounds i8, ptr %work, i64 27040
  %199 = getelementptr inbounds i8, ptr %work, i64 27072
  %200 = getelementptr inbounds i8, ptr %work, i64 27104
  %201 = getelementptr inbounds i8, ptr %work, i64 23552
  %202 = getelementptr inbounds i8, ptr %work, i64 23168
  %203 = getelementptr inbounds i8, ptr %work, i64 23680
  %204 = getelementptr inbounds i8, ptr %work, i64 23296
  %205 = getelementptr inbounds i8, ptr %work, i64 23808
  %206 = getelementptr inbounds i8, ptr %work, i64 23424
  %207 = getelementptr inbounds i8, ptr %work, i64 23936
  %208 = getelementptr inbounds i8, ptr %work, i64 27168
  %209 = getelementptr inbounds i8, ptr %work, i64 27200
  %210 = getelementptr inbounds i8, ptr %work, i64 27232
  %211 = getelementptr inbounds i8, ptr %work, i64 27264
  %212 = getelementptr inbounds i8, ptr %work, i64 27296
  %213 = getelementptr inbounds i8, ptr %work, i64 27328
  %214 = getelementptr inbounds i8, ptr %work, i64 27360
  %215 = getelementptr inbounds i8, ptr %work, i64 23072
  %216 = getelementptr inbounds i8, ptr %work, i64 23584
  %217 = getelementptr inbounds i8, ptr %work, i64 23200
  %218 = getelementptr inbounds i8, ptr %work, i64 23712
  %219 = getelementptr inbounds i8, ptr %work, i64 23328
  %220 = getelementptr inbounds i8, ptr %work, i64 23840
  %221 = getelementptr inbounds i8, ptr %work, i64 23456
  %222 = getelementptr inbounds i8, ptr %work, i64 23968
  %223 = getelementptr inbounds i8, ptr %work, i64 27392
  %224 = getelementptr inbounds i8, ptr %work, i64 27424
  %225 = getelementptr inbounds i8, ptr %work, i64 27456
  %226 = getelementptr inbounds i8, ptr %work, i64 27488
  %227 = getelementptr inbounds i8, ptr %work, i64 27520
  %228 = getelementptr inbounds i8, ptr %work, i64 27552
  %229 = getelementptr inbounds i8, ptr %work, i64 27584
  %230 = getelementptr inbounds i8, ptr %work, i64 27616
  %231 = getelementptr inbounds i8, ptr %work, i64 23104
  %232 = getelementptr inbounds i8, ptr %work, i64 23616
  %233 = getelementptr inbounds i8, ptr %work, i64 23232
  %234 = getelementptr inbounds i8, ptr %work, i64 23744
  %235 = getelementptr inbounds i8, ptr %work, i64 23360
  %236 = getelementptr inbounds i8, ptr %work, i64 23872
  %237 = getelementptr inbounds i8, ptr %work, i64 23488
  %238 = getelementptr inbounds i8, ptr %work, i64 24000
  %239 = getelementptr inbounds i8, ptr %work, i64 27648
  %240 = getelementptr inbounds i8, ptr %work, i64 27680
  %241 = getelementptr inbounds i8, ptr %work, i64 27712
  %242 = getelementptr inbounds i8, ptr %work, i64 27744
  %243 = getelementptr inbounds i8, ptr %work, i64 27776
  %244 = getelementptr inbounds i8, ptr %work, i64 27808
  %245 = getelementptr inbounds i8, ptr %work, i64 27840
  %246 = getelementptr inbounds i8, ptr %work, i64 27872
  %247 = getelementptr inbounds i8, ptr %work, i64 23136
  %248 = getelementptr inbounds i8, ptr %work, i64 23648
  %249 = getelementptr inbounds i8, ptr %work, i64 23264
  %250 = getelementptr inbounds i8, ptr %work, i64 23776
  %251 = getelementptr inbounds i8, ptr %work, i64 23392
  %252 = getelementptr inbounds i8, ptr %work, i64 23904
  %253 = getelementptr inbounds i8, ptr %work, i64 23520
  %254 = getelementptr inbounds i8, ptr %work, i64 24032
  %255 = getelementptr inbounds i8, ptr %work, i64 27904
  %256 = getelementptr inbounds i8, ptr %work, i64 27936
  %257 = getelementptr inbounds i8, ptr %work, i64 27968
  %258 = getelementptr inbounds i8, ptr %work, i64 28000
  %259 = getelementptr inbounds i8, ptr %work, i64 28032
  %260 = getelementptr inbounds i8, ptr %work, i64 28064
  %261 = getelementptr inbounds i8, ptr %work, i64 28096
  %262 = getelementptr inbounds i8, ptr %work, i64 28128
  %263 = getelementptr inbounds i8, ptr %work, i64 28480
  %264 = getelementptr inbounds i8, ptr %work, i64 28544
  %265 = getelementptr inbounds i8, ptr %work, i64 28608
  %266 = getelementptr inbounds i8, ptr %work, i64 28672
  %267 = getelementptr inbounds i8, ptr %work, i64 28736
  %268 = getelementptr inbounds i8, ptr %work, i64 28800
  %269 = getelementptr inbounds i8, ptr %work, i64 28864
  %270 = getelementptr inbounds i8, ptr %work, i64 28928
  %271 = getelementptr inbounds i8, ptr %work, i64 28992
  %272 = getelementptr inbounds i8, ptr %work, i64 29056
  %273 = getelementptr inbounds i8, ptr %work, i64 29120
  %274 = getelementptr inbounds i8, ptr %work, i64 29184
  %275 = getelementptr inbounds i8, ptr %work, i64 29248
  %276 = getelementptr inbounds i8, ptr %work, i64 29312
  %277 = getelementptr inbounds i8, ptr %work, i64 29376
  %278 = getelementptr inbounds i8, ptr %work, i64 29440
  %279 = getelementptr inbounds i8, ptr %work, i64 29504
  %280 = getelementptr inbounds i8, ptr %work, i64 29568
  %281 = getelementptr inbounds i8, ptr %work, i64 29632
  %282 = getelementptr inbounds i8, ptr %work, i64 29696
  %283 = getelementptr inbounds i8, ptr %work, i64 29760
  %284 = getelementptr inbounds i8, ptr %work, i64 29824
  %285 = getelementptr inbounds i8, ptr %work, i64 29888
  %286 = getelementptr inbounds i8, ptr %work, i64 29952
  %287 = getelementptr inbounds i8, ptr %work, i64 30016
  %288 = getelementptr inbounds i8, ptr %work, i64 30080
  %289 = getelementptr inbounds i8, ptr %work, i64 30144
  %290 = getelementptr inbounds i8, ptr %work, i64 30208
  %291 = getelementptr inbounds i8, ptr %work, i64 30272
  %292 = getelementptr inbounds i8, ptr %work, i64 30336
  %293 = getelementptr inbounds i8, ptr %work, i64 30400
  %294 = getelementptr inbounds i8, ptr %work, i64 30528
  %295 = getelementptr inbounds i8, ptr %work, i64 30592
  %296 = getelementptr inbounds i8, ptr %work, i64 30656
  %297 = getelementptr inbounds i8, ptr %work, i64 30720
  %298 = getelementptr inbounds i8, ptr %work, i64 30784
  %299 = getelementptr inbounds i8, ptr %work, i64 30848
  %300 = getelementptr inbounds i8, ptr %work, i64 30912
  %301 = getelementptr inbounds i8, ptr %work, i64 30976
  %302 = getelementptr inbounds i8, ptr %work, i64 31040
  %303 = getelementptr inbounds i8, ptr %work, i64 31104
  %304 = getelementptr inbounds i8, ptr %work, i64 31168
  %305 = getelementptr inbounds i8, ptr %work, i64 31232
  %306 = getelementptr inbounds i8, ptr %work, i64 31296
  %307 = getelementptr inbounds i8, ptr %work, i64 31360
  %308 = getelementptr inbounds i8, ptr %work, i64 31424
  %309 = getelementptr inbounds i8, ptr %work, i64 32000
  %310 = getelementptr inbounds i8, ptr %work, i64 31616
  %311 = getelementptr inbounds i8, ptr %work, i64 32128
  %312 = getelementptr inbounds i8, ptr %work, i64 31744
  %313 = getelementptr inbounds i8, ptr %work, i64 32256
  %314 = getelementptr inbounds i8, ptr %work, i64 31872
  %315 = getelementptr inbounds i8, ptr %work, i64 32384
  %316 = getelementptr inbounds i8, ptr %work, i64 32544
  %317 = getelementptr inbounds i8, ptr %work, i64 32576
  %318 = getelementptr inbounds i8, ptr %work, i64 32608
  %319 = getelementptr inbounds i8, ptr %work, i64 32640
  %320 = getelementptr inbounds i8, ptr %work, i64 32672
  %321 = getelementptr inbounds i8, ptr %work, i64 32704
  %322 = getelementptr inbounds i8, ptr %work, i64 32736
  %323 = getelementptr inbounds i8, ptr %work, i64 31520
  %324 = getelementptr inbounds i8, ptr %work, i64 32032
  %325 = getelementptr inbounds i8, ptr %work, i64 31648
  %326 = getelementptr inbounds i8, ptr %work, i64 32160
  %327 = getelementptr inbounds i8, ptr %work, i64 31776
  %328 = getelementptr inbounds i8, ptr %work, i64 32288
  %329 = getelementptr inbounds i8, ptr %work, i64 31904
  %330 = getelementptr inbounds i8, ptr %work, i64 32416
  %331 = getelementptr inbounds i8, ptr %work, i64 32768
  %332 = getelementptr inbounds i8, ptr %work, i64 32800
  %333 = getelementptr inbounds i8, ptr %work, i64 32832
  %334 = getelementptr inbounds i8, ptr %work, i64 32864
  %335 = getelementptr inbounds i8, ptr %work, i64 32896
  %336 = getelementptr inbounds i8, ptr %work, i64 32928
  %337 = getelementptr inbounds i8, ptr %work, i64 32960
  %338 = getelementptr inbounds i8, ptr %work, i64 32992
  %339 = getelementptr inbounds i8, ptr %work, i64 31552
  %340 = getelementptr inbounds i8, ptr %work, i64 32064
  %341 = getelementptr inbounds i8, ptr %work, i64 31680
  %342 = getelementptr inbounds i8, ptr %work, i64 32192
  %343 = getelementptr inbounds i8, ptr %work, i64 31808
  %344 = getelementptr inbounds i8, ptr %work, i64 32320
  %345 = getelementptr inbounds i8, ptr %work, i64 31936
  %346 = getelementptr inbounds i8, ptr %work, i64 32448
  %347 = getelementptr inbounds i8, ptr %work, i64 33024
  %348 = getelementptr inbounds i8, ptr %work, i64 33056
  %349 = getelementptr inbounds i8, ptr %work, i64 33088
  %350 = getelementptr inbounds i8, ptr %work, i64 33120
  %351 = getelementptr inbounds i8, ptr %work, i64 33152
  %352 = getelementptr inbounds i8, ptr %work, i64 33184
  %353 = getelementptr inbounds i8, ptr %work, i64 33216
  %354 = getelementptr inbounds i8, ptr %work, i64 33248
  %355 = getelementptr inbounds i8, ptr %work, i64 31584
  %356 = getelementptr inbounds i8, ptr %work, i64 32096
  %357 = getelementptr inbounds i8, ptr %work, i64 31712
  %358 = getelementptr inbounds i8, ptr %work, i64 32224
  %359 = getelementptr inbounds i8, ptr %work, i64 31840
  %360 = getelementptr inbounds i8, ptr %work, i64 32352
  %361 = getelementptr inbounds i8, ptr %work, i64 31968
  %362 = getelementptr inbounds i8, ptr %work, i64 32480
  %363 = getelementptr inbounds i8, ptr %work, i64 33280
  %364 = getelementptr inbounds i8, ptr %work, i64 33312
  %365 = getelementptr inbounds i8, ptr %work, i64 33344
  %366 = getelementptr inbounds i8, ptr %work, i64 33376
  %367 = getelementptr inbounds i8, ptr %work, i64 33408
  %368 = getelementptr inbounds i8, ptr %work, i64 33440
  %369 = getelementptr inbounds i8, ptr %work, i64 33472
  %370 = getelementptr inbounds i8, ptr %work, i64 33504
  %371 = getelementptr inbounds i8, ptr %work, i64 33568
  %372 = getelementptr inbounds i8, ptr %work, i64 33600
  %373 = getelementptr inbounds i8, ptr %work, i64 33632
  %374 = getelementptr inbounds i8, ptr %work, i64 33664
  %375 = getelementptr inbounds i8, ptr %work, i64 33696
  %376 = getelementptr inbounds i8, ptr %work, i64 33728
  %377 = getelementptr inbounds i8, ptr %work, i64 33760
  %378 = getelementptr inbounds i8, ptr %work, i64 24064
  %379 = getelementptr inbounds i8, ptr %work, i64 28608
  %380 = getelementptr inbounds i8, ptr %work, i64 24128
  %381 = getelementptr inbounds i8, ptr %work, i64 28800
  %382 = getelementptr inbounds i8, ptr %work, i64 24192
  %383 = getelementptr inbounds i8, ptr %work, i64 28864
  %384 = getelementptr inbounds i8, ptr %work, i64 24256
  %385 = getelementptr inbounds i8, ptr %work, i64 29056
  %386 = getelementptr inbounds i8, ptr %work, i64 24320
  %387 = getelementptr inbounds i8, ptr %work, i64 29120
  %388 = getelementptr inbounds i8, ptr %work, i64 24384
  %389 = getelementptr inbounds i8, ptr %work, i64 29312
  %390 = getelementptr inbounds i8, ptr %work, i64 24448
  %391 = getelementptr inbounds i8, ptr %work, i64 29376
  %392 = getelementptr inbounds i8, ptr %work, i64 24512
  %393 = getelementptr inbounds i8, ptr %work, i64 29568
  %394 = getelementptr inbounds i8, ptr %work, i64 24576
  %395 = getelementptr inbounds i8, ptr %work, i64 29632
  %396 = getelementptr inbounds i8, ptr %work, i64 24640
  %397 = getelementptr inbounds i8, ptr %work, i64 29824
  %398 = getelementptr inbounds i8, ptr %work, i64 24704
  %399 = getelementptr inbounds i8, ptr %work, i64 29888
  %400 = getelementptr inbounds i8, ptr %work, i64 24768
  %401 = getelementptr inbounds i8, ptr %work, i64 30080
  %402 = getelementptr inbounds i8, ptr %work, i64 24832
  %403 = getelementptr inbounds i8, ptr %work, i64 30144
  %404 = getelementptr inbounds i8, ptr %work, i64 24896
  %405 = getelementptr inbounds i8, ptr %work, i64 30336
  %406 = getelementptr inbounds i8, ptr %work, i64 24960
  %407 = getelementptr inbounds i8, ptr %work, i64 30400
  %408 = getelementptr inbounds i8, ptr %work, i64 25024
  %gep2162.1 = getelementptr inbounds i8, ptr %work, i64 19008
  %gep2162.2 = getelementptr inbounds i8, ptr %work, i64 19328
  %gep2162.3 = getelementptr inbounds i8, ptr %work, i64 19648
  %gep2162.4 = getelementptr inbounds i8, ptr %work, i64 19968
  %gep2162.5 = getelementptr inbounds i8, ptr %work, i64 20288
  %gep2162.6 = getelementptr inbounds i8, ptr %work, i64 20608
  %gep2162.7 = getelementptr inbounds i8, ptr %work, i64 20928
  %invariant.gep2741 = getelementptr inbounds i8, ptr %work, i64 24064
  %invariant.gep2743 = getelementptr inbounds i8, ptr %work, i64 24128
  %409 = getelementptr i8, ptr %dav, i64 64
  %410 = getelementptr inbounds i8, ptr %work, i64 18720
  %gep2248.1 = getelementptr inbounds i8, ptr %work, i64 19040
  %411 = getelementptr inbounds i8, ptr %work, i64 18724
  %412 = getelementptr inbounds i8, ptr %work, i64 19044
  %gep2248.2 = getelementptr inbounds i8, ptr %work, i64 19360
  %413 = getelementptr inbounds i8, ptr %work, i64 18728
  %414 = getelementptr inbounds i8, ptr %work, i64 19364
  %415 = getelementptr inbounds i8, ptr %work, i64 19048
  %416 = getelementptr inbounds i8, ptr %work, i64 19368
  %gep2248.3 = getelementptr inbounds i8, ptr %work, i64 19680
  %417 = getelementptr inbounds i8, ptr %work, i64 18732
  %418 = getelementptr inbounds i8, ptr %work, i64 19684
  %419 = getelementptr inbounds i8, ptr %work, i64 19372
  %420 = getelementptr inbounds i8, ptr %work, i64 19692
  %gep2248.4 = getelementptr inbounds i8, ptr %work, i64 20000
  %421 = getelementptr inbounds i8, ptr %work, i64 18736
  %422 = getelementptr inbounds i8, ptr %work, i64 20004
  %423 = getelementptr inbounds i8, ptr %work, i64 20012
  %424 = getelementptr inbounds i8, ptr %work, i64 19696
  %425 = getelementptr inbounds i8, ptr %work, i64 20016
  %gep2248.5 = getelementptr inbounds i8, ptr %work, i64 20320
  %426 = getelementptr inbounds i8, ptr %work, i64 18740
  %427 = getelementptr inbounds i8, ptr %work, i64 20324
  %428 = getelementptr inbounds i8, ptr %work, i64 20332
  %429 = getelementptr inbounds i8, ptr %work, i64 20336
  %430 = getelementptr inbounds i8, ptr %work, i64 20020
  %431 = getelementptr inbounds i8, ptr %work, i64 20340
  %gep2248.6 = getelementptr inbounds i8, ptr %work, i64 20640
  %432 = getelementptr inbounds i8, ptr %work, i64 18744
  %433 = getelementptr inbounds i8, ptr %work, i64 20644
  %434 = getelementptr inbounds i8, ptr %work, i64 19064
  %435 = getelementptr inbounds i8, ptr %work, i64 20648
  %436 = getelementptr inbounds i8, ptr %work, i64 20656
  %437 = getelementptr inbounds i8, ptr %work, i64 20024
  %438 = getelementptr inbounds i8, ptr %work, i64 20660
  %439 = getelementptr inbounds i8, ptr %work, i64 20344
  %440 = getelementptr inbounds i8, ptr %work, i64 20664
  %gep2248.7 = getelementptr inbounds i8, ptr %work, i64 20960
  %441 = getelementptr inbounds i8, ptr %work, i64 18748
  %442 = getelementptr inbounds i8, ptr %work, i64 20964
  %443 = getelementptr inbounds i8, ptr %work, i64 20968
  %444 = getelementptr inbounds i8, ptr %work, i64 19388
  %445 = getelementptr inbounds i8, ptr %work, i64 20972
  %446 = getelementptr inbounds i8, ptr %work, i64 20976
  %447 = getelementptr inbounds i8, ptr %work, i64 20028
  %448 = getelementptr inbounds i8, ptr %work, i64 20980
  %449 = getelementptr inbounds i8, ptr %work, i64 20984
  %450 = getelementptr inbounds i8, ptr %work, i64 20668
  %451 = getelementptr inbounds i8, ptr %work, i64 20988
  %scevgep2535 = getelementptr i8, ptr %work, i64 128
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
  %452 = getelementptr inbounds i8, ptr %work, i64 31552
  %453 = getelementptr inbounds i8, ptr %work, i64 31808
  %454 = getelementptr inbounds i8, ptr %work, i64 31680
  %455 = getelementptr inbounds i8, ptr %work, i64 31744
  %456 = getelementptr inbounds i8, ptr %work, i64 31616
  %457 = getelementptr inbounds i8, ptr %work, i64 31872
  %458 = getelementptr inbounds i8, ptr %work, i64 31936
  %gep2742.1 = getelementptr inbounds i8, ptr %work, i64 24192
  %gep2744.1 = getelementptr inbounds i8, ptr %work, i64 24256
  %459 = getelementptr inbounds i8, ptr %work, i64 34884
  %gep2742.2 = getelementptr inbounds i8, ptr %work, i64 24320
  %gep2744.2 = getelementptr inbounds i8, ptr %work, i64 24384
  %460 = getelementptr inbounds i8, ptr %work, i64 34888
  %gep2742.3 = getelementptr inbounds i8, ptr %work, i64 24448
  %gep2744.3 = getelementptr inbounds i8, ptr %work, i64 24512
  %461 = getelementptr inbounds i8, ptr %work, i64 34892
  %gep2742.4 = getelementptr inbounds i8, ptr %work, i64 24576
  %gep2744.4 = getelementptr inbounds i8, ptr %work, i64 24640
  %462 = getelementptr inbounds i8, ptr %work, i64 34896
  %gep2742.5 = getelementptr inbounds i8, ptr %work, i64 24704
  %gep2744.5 = getelementptr inbounds i8, ptr %work, i64 24768
  %463 = getelementptr inbounds i8, ptr %work, i64 34900
  %gep2742.6 = getelementptr inbounds i8, ptr %work, i64 24832
  %gep2744.6 = getelementptr inbounds i8, ptr %work, i64 24896
  %464 = getelementptr inbounds i8, ptr %work, i64 34904
  %gep2742.7 = getelementptr inbounds i8, ptr %work, i64 24960
  %gep2744.7 = getelementptr inbounds i8, ptr %work, i64 25024
  %465 = getelementptr inbounds i8, ptr %work, i64 34908
  %scevgep2535.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2535.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2535.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2535.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2535.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2535.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2535.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2535.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2535.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2535.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2535.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2535.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2535.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2535.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2535.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2535.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2535.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2535.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2535.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2535.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2535.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2535.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2535.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2535.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2535.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2535.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2535.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2535.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2535.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2535.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2535.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j32.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j32.head.preheader ]
  %bh.addr.02294 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j32.head.preheader ]
  %466 = add i64 %indvar, %bh0
  %467 = shl i64 %466, 12
  %468 = mul i64 %50, %indvar
  %469 = add i64 %49, %468
  %b = sdiv i64 %bh.addr.02294, %H
  %h = srem i64 %bh.addr.02294, %H
  %470 = mul i64 %b, %T
  %471 = mul i64 %470, %H
  %bT = add i64 %471, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  %oh.idx = shl i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %dout, i64 %oh.idx
  br i1 %3, label %t.body.lr.ph, label %j.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %472 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %472
  %invariant.gep2040 = getelementptr float, ptr %k, i64 %472
  %invariant.gep2042 = getelementptr float, ptr %v, i64 %472
  br label %t.body

bh.exit:                                          ; preds = %j32.head.preheader, %entry
  ret void

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.02039 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %473 = add nuw nsw i64 %t.addr.02039, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %473, i64 %4)
  %474 = add nsw i64 %tp, %470
  %475 = mul nsw i64 %474, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %475
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %476 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %476, i32 0, i32 2, i32 1)
  %477 = mul nsw i64 %474, %k_ts
  %gep2041 = getelementptr float, ptr %invariant.gep2040, i64 %477
  tail call void @llvm.prefetch.p0(ptr %gep2041, i32 0, i32 2, i32 1)
  %478 = getelementptr i8, ptr %gep2041, i64 64
  tail call void @llvm.prefetch.p0(ptr %478, i32 0, i32 2, i32 1)
  %479 = mul nsw i64 %474, %v_ts
  %gep2043 = getelementptr float, ptr %invariant.gep2042, i64 %479
  tail call void @llvm.prefetch.p0(ptr %gep2043, i32 0, i32 2, i32 1)
  %480 = getelementptr i8, ptr %gep2043, i64 64
  tail call void @llvm.prefetch.p0(ptr %480, i32 0, i32 2, i32 1)
  %481 = add nsw i64 %t.addr.02039, %470
  %482 = mul nsw i64 %481, %q_ts
  %gep2045 = getelementptr float, ptr %invariant.gep, i64 %482
  %483 = load <16 x float>, ptr %gep2045, align 4
  %484 = fneg <16 x float> %483
  %485 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %484, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %486 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %485, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %487 = fmul <16 x float> %486, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %488 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %487)
  %489 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %488, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %486)
  %490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %488, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %489)
  %491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %490, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %492 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %491, <16 x float> %490, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %492, <16 x float> %490, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %493, <16 x float> %490, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %494, <16 x float> %490, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %496 = fmul <16 x float> %490, %490
  %497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %495, <16 x float> %496, <16 x float> %490)
  %498 = fadd <16 x float> %497, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %499 = fptosi <16 x float> %488 to <16 x i32>
  %500 = shl <16 x i32> %499, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %501 = add <16 x i32> %500, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %502 = bitcast <16 x i32> %501 to <16 x float>
  %503 = fmul <16 x float> %498, %502
  %504 = fadd <16 x float> %503, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %505 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %504
  %506 = shl nsw i64 %t.addr.02039, 5
  %507 = getelementptr inbounds float, ptr %gep2291, i64 %506
  store <16 x float> %505, ptr %507, align 4
  %508 = fmul <16 x float> %483, %505
  %509 = getelementptr i8, ptr %gep2045, i64 64
  %510 = load <16 x float>, ptr %509, align 4
  %511 = fneg <16 x float> %510
  %512 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %511, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %513 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %512, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %514 = fmul <16 x float> %513, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %515 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %514)
  %516 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %515, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %513)
  %517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %515, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %516)
  %518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %517, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %518, <16 x float> %517, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %519, <16 x float> %517, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %520, <16 x float> %517, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %521, <16 x float> %517, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %523 = fmul <16 x float> %517, %517
  %524 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %522, <16 x float> %523, <16 x float> %517)
  %525 = fadd <16 x float> %524, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %526 = fptosi <16 x float> %515 to <16 x i32>
  %527 = shl <16 x i32> %526, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %528 = add <16 x i32> %527, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %529 = bitcast <16 x i32> %528 to <16 x float>
  %530 = fmul <16 x float> %525, %529
  %531 = fadd <16 x float> %530, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %532 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %531
  %533 = or disjoint i64 %506, 16
  %534 = getelementptr inbounds float, ptr %gep2291, i64 %533
  store <16 x float> %532, ptr %534, align 4
  %535 = fmul <16 x float> %510, %532
  %536 = fmul <16 x float> %508, %508
  %537 = fmul <16 x float> %535, %535
  %538 = fadd <16 x float> %536, %537
  %539 = shufflevector <16 x float> %538, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %540 = shufflevector <16 x float> %538, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %541 = fadd <8 x float> %539, %540
  %542 = shufflevector <8 x float> %541, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %543 = shufflevector <8 x float> %541, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %544 = fadd <4 x float> %542, %543
  %545 = shufflevector <4 x float> %544, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %546 = shufflevector <4 x float> %544, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %547 = fadd <2 x float> %545, %546
  %shift = shufflevector <2 x float> %547, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %548 = fadd <2 x float> %547, %shift
  %549 = extractelement <2 x float> %548, i64 0
  %550 = fadd float %549, 0x3EB0C6F7A0000000
  %551 = tail call float @llvm.sqrt.f32(float %550)
  %552 = fdiv float 1.000000e+00, %551
  %553 = getelementptr inbounds float, ptr %gep2293, i64 %t.addr.02039
  store float %552, ptr %553, align 4
  %554 = insertelement <16 x float> poison, float %552, i64 0
  %555 = shufflevector <16 x float> %554, <16 x float> poison, <16 x i32> zeroinitializer
  %556 = fmul <16 x float> %508, %555
  %557 = getelementptr inbounds float, ptr %invariant.gep2292, i64 %506
  store <16 x float> %556, ptr %557, align 4
  %558 = fmul <16 x float> %535, %555
  %559 = getelementptr inbounds float, ptr %invariant.gep2292, i64 %533
  store <16 x float> %558, ptr %559, align 4
  %560 = mul nsw i64 %481, %k_ts
  %gep2047 = getelementptr float, ptr %invariant.gep2040, i64 %560
  %561 = load <16 x float>, ptr %gep2047, align 4
  %562 = fneg <16 x float> %561
  %563 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %562, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %564 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %563, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %565 = fmul <16 x float> %564, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %566 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %565)
  %567 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %566, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %564)
  %568 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %566, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %567)
  %569 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %568, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %569, <16 x float> %568, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %571 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %570, <16 x float> %568, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %572 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %571, <16 x float> %568, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %573 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %572, <16 x float> %568, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %574 = fmul <16 x float> %568, %568
  %575 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %573, <16 x float> %574, <16 x float> %568)
  %576 = fadd <16 x float> %575, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %577 = fptosi <16 x float> %566 to <16 x i32>
  %578 = shl <16 x i32> %577, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %579 = add <16 x i32> %578, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %580 = bitcast <16 x i32> %579 to <16 x float>
  %581 = fmul <16 x float> %576, %580
  %582 = fadd <16 x float> %581, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %583 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %582
  %584 = getelementptr inbounds float, ptr %sgk, i64 %506
  store <16 x float> %583, ptr %584, align 4
  %585 = fmul <16 x float> %561, %583
  %586 = getelementptr i8, ptr %gep2047, i64 64
  %587 = load <16 x float>, ptr %586, align 4
  %588 = fneg <16 x float> %587
  %589 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %588, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %590 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %589, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %591 = fmul <16 x float> %590, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %592 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %591)
  %593 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %592, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %590)
  %594 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %592, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %593)
  %595 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %594, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %596 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %595, <16 x float> %594, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %597 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %596, <16 x float> %594, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %597, <16 x float> %594, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %598, <16 x float> %594, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %600 = fmul <16 x float> %594, %594
  %601 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %599, <16 x float> %600, <16 x float> %594)
  %602 = fadd <16 x float> %601, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %603 = fptosi <16 x float> %592 to <16 x i32>
  %604 = shl <16 x i32> %603, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %605 = add <16 x i32> %604, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %606 = bitcast <16 x i32> %605 to <16 x float>
  %607 = fmul <16 x float> %602, %606
  %608 = fadd <16 x float> %607, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %609 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %608
  %610 = getelementptr inbounds float, ptr %sgk, i64 %533
  store <16 x float> %609, ptr %610, align 4
  %611 = fmul <16 x float> %587, %609
  %612 = fmul <16 x float> %585, %585
  %613 = fmul <16 x float> %611, %611
  %614 = fadd <16 x float> %612, %613
  %615 = shufflevector <16 x float> %614, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %616 = shufflevector <16 x float> %614, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %617 = fadd <8 x float> %615, %616
  %618 = shufflevector <8 x float> %617, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %619 = shufflevector <8 x float> %617, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %620 = fadd <4 x float> %618, %619
  %621 = shufflevector <4 x float> %620, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %622 = shufflevector <4 x float> %620, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %623 = fadd <2 x float> %621, %622
  %shift2903 = shufflevector <2 x float> %623, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %624 = fadd <2 x float> %623, %shift2903
  %625 = extractelement <2 x float> %624, i64 0
  %626 = fadd float %625, 0x3EB0C6F7A0000000
  %627 = tail call float @llvm.sqrt.f32(float %626)
  %628 = fdiv float 1.000000e+00, %627
  %629 = getelementptr float, ptr %553, i64 %T
  store float %628, ptr %629, align 4
  %630 = insertelement <16 x float> poison, float %628, i64 0
  %631 = shufflevector <16 x float> %630, <16 x float> poison, <16 x i32> zeroinitializer
  %632 = fmul <16 x float> %585, %631
  %633 = getelementptr inbounds float, ptr %gep2285, i64 %506
  store <16 x float> %632, ptr %633, align 4
  %634 = fmul <16 x float> %611, %631
  %635 = getelementptr inbounds float, ptr %gep2285, i64 %533
  store <16 x float> %634, ptr %635, align 4
  %636 = mul nsw i64 %481, %v_ts
  %gep2049 = getelementptr float, ptr %invariant.gep2042, i64 %636
  %637 = load <16 x float>, ptr %gep2049, align 4
  %638 = fneg <16 x float> %637
  %639 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %638, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %640 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %639, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %641 = fmul <16 x float> %640, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %642 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %641)
  %643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %642, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %640)
  %644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %642, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %643)
  %645 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %644, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %645, <16 x float> %644, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %646, <16 x float> %644, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %647, <16 x float> %644, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %648, <16 x float> %644, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %650 = fmul <16 x float> %644, %644
  %651 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %649, <16 x float> %650, <16 x float> %644)
  %652 = fadd <16 x float> %651, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %653 = fptosi <16 x float> %642 to <16 x i32>
  %654 = shl <16 x i32> %653, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %655 = add <16 x i32> %654, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %656 = bitcast <16 x i32> %655 to <16 x float>
  %657 = fmul <16 x float> %652, %656
  %658 = fadd <16 x float> %657, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %659 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %658
  %660 = getelementptr inbounds float, ptr %sgv, i64 %506
  store <16 x float> %659, ptr %660, align 4
  %661 = fmul <16 x float> %637, %659
  %662 = getelementptr i8, ptr %gep2049, i64 64
  %663 = load <16 x float>, ptr %662, align 4
  %664 = fneg <16 x float> %663
  %665 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %664, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %666 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %665, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %667 = fmul <16 x float> %666, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %668 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %667)
  %669 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %668, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %666)
  %670 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %668, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %669)
  %671 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %670, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %672 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %671, <16 x float> %670, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %673 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %672, <16 x float> %670, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %674 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %673, <16 x float> %670, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %675 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %674, <16 x float> %670, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %676 = fmul <16 x float> %670, %670
  %677 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %675, <16 x float> %676, <16 x float> %670)
  %678 = fadd <16 x float> %677, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %679 = fptosi <16 x float> %668 to <16 x i32>
  %680 = shl <16 x i32> %679, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %681 = add <16 x i32> %680, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %682 = bitcast <16 x i32> %681 to <16 x float>
  %683 = fmul <16 x float> %678, %682
  %684 = fadd <16 x float> %683, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %685 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %684
  %686 = getelementptr inbounds float, ptr %sgv, i64 %533
  store <16 x float> %685, ptr %686, align 4
  %687 = fmul <16 x float> %663, %685
  %688 = getelementptr inbounds float, ptr %gep2287, i64 %506
  store <16 x float> %661, ptr %688, align 4
  %689 = getelementptr inbounds float, ptr %gep2287, i64 %533
  store <16 x float> %687, ptr %689, align 4
  %t.next = add nuw nsw i64 %t.addr.02039, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %j.head.preheader, label %t.body

j.head.preheader:                                 ; preds = %bh.body, %t.body
  %690 = getelementptr i8, ptr %dhT, i64 %467
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %690, i64 128, i1 false)
  %scevgep2472.1 = getelementptr i8, ptr %690, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.1, i64 128, i1 false)
  %scevgep2472.2 = getelementptr i8, ptr %690, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.2, i64 128, i1 false)
  %scevgep2472.3 = getelementptr i8, ptr %690, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.3, i64 128, i1 false)
  %scevgep2472.4 = getelementptr i8, ptr %690, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.4, i64 128, i1 false)
  %scevgep2472.5 = getelementptr i8, ptr %690, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.5, i64 128, i1 false)
  %scevgep2472.6 = getelementptr i8, ptr %690, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.6, i64 128, i1 false)
  %scevgep2472.7 = getelementptr i8, ptr %690, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.7, i64 128, i1 false)
  %scevgep2472.8 = getelementptr i8, ptr %690, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.8, i64 128, i1 false)
  %scevgep2472.9 = getelementptr i8, ptr %690, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.9, i64 128, i1 false)
  %scevgep2472.10 = getelementptr i8, ptr %690, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.10, i64 128, i1 false)
  %scevgep2472.11 = getelementptr i8, ptr %690, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.11, i64 128, i1 false)
  %scevgep2472.12 = getelementptr i8, ptr %690, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.12, i64 128, i1 false)
  %scevgep2472.13 = getelementptr i8, ptr %690, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.13, i64 128, i1 false)
  %scevgep2472.14 = getelementptr i8, ptr %690, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.14, i64 128, i1 false)
  %scevgep2472.15 = getelementptr i8, ptr %690, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.15, i64 128, i1 false)
  %scevgep2472.16 = getelementptr i8, ptr %690, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.16, i64 128, i1 false)
  %scevgep2472.17 = getelementptr i8, ptr %690, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.17, i64 128, i1 false)
  %scevgep2472.18 = getelementptr i8, ptr %690, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.18, i64 128, i1 false)
  %scevgep2472.19 = getelementptr i8, ptr %690, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.19, i64 128, i1 false)
  %scevgep2472.20 = getelementptr i8, ptr %690, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.20, i64 128, i1 false)
  %scevgep2472.21 = getelementptr i8, ptr %690, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.21, i64 128, i1 false)
  %scevgep2472.22 = getelementptr i8, ptr %690, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.22, i64 128, i1 false)
  %scevgep2472.23 = getelementptr i8, ptr %690, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.23, i64 128, i1 false)
  %scevgep2472.24 = getelementptr i8, ptr %690, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.24, i64 128, i1 false)
  %scevgep2472.25 = getelementptr i8, ptr %690, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.25, i64 128, i1 false)
  %scevgep2472.26 = getelementptr i8, ptr %690, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.26, i64 128, i1 false)
  %scevgep2472.27 = getelementptr i8, ptr %690, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.27, i64 128, i1 false)
  %scevgep2472.28 = getelementptr i8, ptr %690, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.28, i64 128, i1 false)
  %scevgep2472.29 = getelementptr i8, ptr %690, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.29, i64 128, i1 false)
  %scevgep2472.30 = getelementptr i8, ptr %690, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.30, i64 128, i1 false)
  %scevgep2472.31 = getelementptr i8, ptr %690, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2472.31, i64 128, i1 false)
  br i1 %3, label %cc.body.lr.ph, label %j32.head.preheader

cc.body.lr.ph:                                    ; preds = %j.head.preheader
  %691 = mul nsw i64 %bh.addr.02294, %nc
  %692 = shl nsw i64 %h, 5
  %invariant.gep2269 = getelementptr float, ptr %dq, i64 %692
  %invariant.gep2271 = getelementptr float, ptr %dk, i64 %692
  %invariant.gep2273 = getelementptr float, ptr %dv, i64 %692
  %693 = add i64 %53, %bT
  %694 = shl i64 %693, 7
  %695 = getelementptr i8, ptr %dout, i64 %694
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv2524 = phi i64 [ %57, %cc.body.lr.ph ], [ %indvars.iv.next2525, %t7.exit ]
  %cc.addr.02281 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %696 = mul i64 %54, %cc.addr.02281
  %697 = shl i64 %cc.addr.02281, 12
  %698 = sub i64 %469, %697
  %699 = xor i64 %cc.addr.02281, -1
  %ci = add nsw i64 %nc, %699
  %t0 = shl nsw i64 %ci, 3
  %700 = sub nsw i64 %T, %t0
  %L = tail call i64 @llvm.smin.i64(i64 %700, i64 8)
  %701 = icmp sgt i64 %ci, 0
  br i1 %701, label %tp1.body.preheader, label %i1.head.preheader

tp1.body.preheader:                               ; preds = %cc.body
  %702 = tail call i64 @llvm.smin.i64(i64 %t0, i64 8)
  %703 = sub nsw i64 %t0, %702
  br label %tp1.body

i1.head.preheader:                                ; preds = %tp1.body, %cc.body
  %scevgep2475 = getelementptr i8, ptr %hs, i64 %698
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475, i64 128, i1 false)
  %704 = or disjoint i64 %698, 128
  %scevgep2475.1 = getelementptr i8, ptr %hs, i64 %704
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.1, i64 128, i1 false)
  %705 = or disjoint i64 %698, 256
  %scevgep2475.2 = getelementptr i8, ptr %hs, i64 %705
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.2, i64 128, i1 false)
  %706 = or disjoint i64 %698, 384
  %scevgep2475.3 = getelementptr i8, ptr %hs, i64 %706
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.3, i64 128, i1 false)
  %707 = or disjoint i64 %698, 512
  %scevgep2475.4 = getelementptr i8, ptr %hs, i64 %707
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.4, i64 128, i1 false)
  %708 = or disjoint i64 %698, 640
  %scevgep2475.5 = getelementptr i8, ptr %hs, i64 %708
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.5, i64 128, i1 false)
  %709 = or disjoint i64 %698, 768
  %scevgep2475.6 = getelementptr i8, ptr %hs, i64 %709
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.6, i64 128, i1 false)
  %710 = or disjoint i64 %698, 896
  %scevgep2475.7 = getelementptr i8, ptr %hs, i64 %710
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.7, i64 128, i1 false)
  %711 = or disjoint i64 %698, 1024
  %scevgep2475.8 = getelementptr i8, ptr %hs, i64 %711
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.8, i64 128, i1 false)
  %712 = or disjoint i64 %698, 1152
  %scevgep2475.9 = getelementptr i8, ptr %hs, i64 %712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.9, i64 128, i1 false)
  %713 = or disjoint i64 %698, 1280
  %scevgep2475.10 = getelementptr i8, ptr %hs, i64 %713
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.10, i64 128, i1 false)
  %714 = or disjoint i64 %698, 1408
  %scevgep2475.11 = getelementptr i8, ptr %hs, i64 %714
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.11, i64 128, i1 false)
  %715 = or disjoint i64 %698, 1536
  %scevgep2475.12 = getelementptr i8, ptr %hs, i64 %715
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.12, i64 128, i1 false)
  %716 = or disjoint i64 %698, 1664
  %scevgep2475.13 = getelementptr i8, ptr %hs, i64 %716
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.13, i64 128, i1 false)
  %717 = or disjoint i64 %698, 1792
  %scevgep2475.14 = getelementptr i8, ptr %hs, i64 %717
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.14, i64 128, i1 false)
  %718 = or disjoint i64 %698, 1920
  %scevgep2475.15 = getelementptr i8, ptr %hs, i64 %718
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.15, i64 128, i1 false)
  %719 = or disjoint i64 %698, 2048
  %scevgep2475.16 = getelementptr i8, ptr %hs, i64 %719
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.16, i64 128, i1 false)
  %720 = or disjoint i64 %698, 2176
  %scevgep2475.17 = getelementptr i8, ptr %hs, i64 %720
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.17, i64 128, i1 false)
  %721 = or disjoint i64 %698, 2304
  %scevgep2475.18 = getelementptr i8, ptr %hs, i64 %721
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.18, i64 128, i1 false)
  %722 = or disjoint i64 %698, 2432
  %scevgep2475.19 = getelementptr i8, ptr %hs, i64 %722
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.19, i64 128, i1 false)
  %723 = or disjoint i64 %698, 2560
  %scevgep2475.20 = getelementptr i8, ptr %hs, i64 %723
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.20, i64 128, i1 false)
  %724 = or disjoint i64 %698, 2688
  %scevgep2475.21 = getelementptr i8, ptr %hs, i64 %724
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.21, i64 128, i1 false)
  %725 = or disjoint i64 %698, 2816
  %scevgep2475.22 = getelementptr i8, ptr %hs, i64 %725
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.22, i64 128, i1 false)
  %726 = or disjoint i64 %698, 2944
  %scevgep2475.23 = getelementptr i8, ptr %hs, i64 %726
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.23, i64 128, i1 false)
  %727 = or disjoint i64 %698, 3072
  %scevgep2475.24 = getelementptr i8, ptr %hs, i64 %727
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.24, i64 128, i1 false)
  %728 = or disjoint i64 %698, 3200
  %scevgep2475.25 = getelementptr i8, ptr %hs, i64 %728
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.25, i64 128, i1 false)
  %729 = or disjoint i64 %698, 3328
  %scevgep2475.26 = getelementptr i8, ptr %hs, i64 %729
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.26, i64 128, i1 false)
  %730 = or disjoint i64 %698, 3456
  %scevgep2475.27 = getelementptr i8, ptr %hs, i64 %730
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.27, i64 128, i1 false)
  %731 = or disjoint i64 %698, 3584
  %scevgep2475.28 = getelementptr i8, ptr %hs, i64 %731
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.28, i64 128, i1 false)
  %732 = or disjoint i64 %698, 3712
  %scevgep2475.29 = getelementptr i8, ptr %hs, i64 %732
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.29, i64 128, i1 false)
  %733 = or disjoint i64 %698, 3840
  %scevgep2475.30 = getelementptr i8, ptr %hs, i64 %733
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.30, i64 128, i1 false)
  %734 = or disjoint i64 %698, 3968
  %scevgep2475.31 = getelementptr i8, ptr %hs, i64 %734
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2474.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2475.31, i64 128, i1 false)
  %735 = add nsw i64 %ci, %691
  %736 = shl nsw i64 %735, 10
  br label %j2.head.preheader

tp1.body:                                         ; preds = %tp1.body.preheader, %tp1.body
  %tp1.addr.02052 = phi i64 [ %tp1.next, %tp1.body ], [ %703, %tp1.body.preheader ]
  %737 = mul nsw i64 %tp1.addr.02052, %sv1
  %738 = getelementptr inbounds float, ptr %oh, i64 %737
  tail call void @llvm.prefetch.p0(ptr %738, i32 0, i32 2, i32 1)
  %739 = or disjoint i64 %737, 16
  %740 = getelementptr inbounds float, ptr %oh, i64 %739
  tail call void @llvm.prefetch.p0(ptr nonnull %740, i32 0, i32 2, i32 1)
  %tp1.next = add nsw i64 %tp1.addr.02052, 1
  %741 = icmp slt i64 %tp1.next, %t0
  br i1 %741, label %tp1.body, label %i1.head.preheader

j2.head.preheader:                                ; preds = %i1.head.preheader, %j2.exit
  %742 = phi i1 [ true, %i1.head.preheader ], [ false, %j2.exit ]
  %i2.addr.02056 = phi i64 [ 0, %i1.head.preheader ], [ 16, %j2.exit ]
  %743 = shl nuw nsw i64 %i2.addr.02056, 5
  %744 = or disjoint i64 %743, %736
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %745 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02055 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %746 = or disjoint i64 %744, %j2.addr.02055
  %747 = getelementptr inbounds float, ptr %hs, i64 %746
  %748 = load <16 x float>, ptr %747, align 4
  %749 = or disjoint i64 %746, 256
  %750 = getelementptr inbounds float, ptr %hs, i64 %749
  %751 = load <16 x float>, ptr %750, align 4
  %752 = or disjoint i64 %746, 32
  %753 = getelementptr inbounds float, ptr %hs, i64 %752
  %754 = load <16 x float>, ptr %753, align 4
  %755 = or disjoint i64 %746, 288
  %756 = getelementptr inbounds float, ptr %hs, i64 %755
  %757 = load <16 x float>, ptr %756, align 4
  %758 = or disjoint i64 %746, 64
  %759 = getelementptr inbounds float, ptr %hs, i64 %758
  %760 = load <16 x float>, ptr %759, align 4
  %761 = or disjoint i64 %746, 320
  %762 = getelementptr inbounds float, ptr %hs, i64 %761
  %763 = load <16 x float>, ptr %762, align 4
  %764 = or disjoint i64 %746, 96
  %765 = getelementptr inbounds float, ptr %hs, i64 %764
  %766 = load <16 x float>, ptr %765, align 4
  %767 = or disjoint i64 %746, 352
  %768 = getelementptr inbounds float, ptr %hs, i64 %767
  %769 = load <16 x float>, ptr %768, align 4
  %770 = or disjoint i64 %746, 128
  %771 = getelementptr inbounds float, ptr %hs, i64 %770
  %772 = load <16 x float>, ptr %771, align 4
  %773 = or disjoint i64 %746, 384
  %774 = getelementptr inbounds float, ptr %hs, i64 %773
  %775 = load <16 x float>, ptr %774, align 4
  %776 = or disjoint i64 %746, 160
  %777 = getelementptr inbounds float, ptr %hs, i64 %776
  %778 = load <16 x float>, ptr %777, align 4
  %779 = or disjoint i64 %746, 416
  %780 = getelementptr inbounds float, ptr %hs, i64 %779
  %781 = load <16 x float>, ptr %780, align 4
  %782 = or disjoint i64 %746, 192
  %783 = getelementptr inbounds float, ptr %hs, i64 %782
  %784 = load <16 x float>, ptr %783, align 4
  %785 = or disjoint i64 %746, 448
  %786 = getelementptr inbounds float, ptr %hs, i64 %785
  %787 = load <16 x float>, ptr %786, align 4
  %788 = or disjoint i64 %746, 224
  %789 = getelementptr inbounds float, ptr %hs, i64 %788
  %790 = load <16 x float>, ptr %789, align 4
  %791 = or disjoint i64 %746, 480
  %792 = getelementptr inbounds float, ptr %hs, i64 %791
  %793 = load <16 x float>, ptr %792, align 4
  %794 = shufflevector <16 x float> %748, <16 x float> %751, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %795 = shufflevector <16 x float> %772, <16 x float> %775, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %796 = shufflevector <16 x float> %754, <16 x float> %757, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %797 = shufflevector <16 x float> %778, <16 x float> %781, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %798 = shufflevector <16 x float> %760, <16 x float> %763, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %799 = shufflevector <16 x float> %784, <16 x float> %787, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %800 = shufflevector <16 x float> %766, <16 x float> %769, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %801 = shufflevector <16 x float> %790, <16 x float> %793, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %802 = shufflevector <16 x float> %748, <16 x float> %751, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %803 = shufflevector <16 x float> %772, <16 x float> %775, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %804 = shufflevector <16 x float> %754, <16 x float> %757, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %805 = shufflevector <16 x float> %778, <16 x float> %781, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %806 = shufflevector <16 x float> %760, <16 x float> %763, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %807 = shufflevector <16 x float> %784, <16 x float> %787, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %808 = shufflevector <16 x float> %766, <16 x float> %769, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %809 = shufflevector <16 x float> %790, <16 x float> %793, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %810 = shufflevector <16 x float> %794, <16 x float> %795, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %811 = shufflevector <16 x float> %798, <16 x float> %799, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %812 = shufflevector <16 x float> %796, <16 x float> %797, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %813 = shufflevector <16 x float> %800, <16 x float> %801, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %814 = shufflevector <16 x float> %794, <16 x float> %795, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %815 = shufflevector <16 x float> %798, <16 x float> %799, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %816 = shufflevector <16 x float> %796, <16 x float> %797, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %817 = shufflevector <16 x float> %800, <16 x float> %801, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %818 = shufflevector <16 x float> %802, <16 x float> %803, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %819 = shufflevector <16 x float> %806, <16 x float> %807, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %820 = shufflevector <16 x float> %804, <16 x float> %805, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %821 = shufflevector <16 x float> %808, <16 x float> %809, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %822 = shufflevector <16 x float> %802, <16 x float> %803, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %823 = shufflevector <16 x float> %806, <16 x float> %807, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %824 = shufflevector <16 x float> %804, <16 x float> %805, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %825 = shufflevector <16 x float> %808, <16 x float> %809, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %826 = shufflevector <16 x float> %810, <16 x float> %811, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %827 = shufflevector <16 x float> %812, <16 x float> %813, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %828 = shufflevector <16 x float> %810, <16 x float> %811, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %829 = shufflevector <16 x float> %812, <16 x float> %813, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %830 = shufflevector <16 x float> %814, <16 x float> %815, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %831 = shufflevector <16 x float> %816, <16 x float> %817, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %832 = shufflevector <16 x float> %814, <16 x float> %815, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %833 = shufflevector <16 x float> %816, <16 x float> %817, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %834 = shufflevector <16 x float> %818, <16 x float> %819, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %835 = shufflevector <16 x float> %820, <16 x float> %821, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %836 = shufflevector <16 x float> %818, <16 x float> %819, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %837 = shufflevector <16 x float> %820, <16 x float> %821, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %838 = shufflevector <16 x float> %822, <16 x float> %823, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %839 = shufflevector <16 x float> %824, <16 x float> %825, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %840 = shufflevector <16 x float> %822, <16 x float> %823, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %841 = shufflevector <16 x float> %824, <16 x float> %825, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %842 = shufflevector <16 x float> %826, <16 x float> %827, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %843 = shl nuw nsw i64 %j2.addr.02055, 5
  %844 = or disjoint i64 %843, %i2.addr.02056
  %845 = or disjoint i64 %844, 1024
  %846 = getelementptr inbounds float, ptr %Bk, i64 %845
  store <16 x float> %842, ptr %846, align 4
  %847 = shufflevector <16 x float> %826, <16 x float> %827, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %848 = or disjoint i64 %844, 1056
  %849 = getelementptr inbounds float, ptr %Bk, i64 %848
  store <16 x float> %847, ptr %849, align 4
  %850 = shufflevector <16 x float> %828, <16 x float> %829, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %851 = or disjoint i64 %844, 1088
  %852 = getelementptr inbounds float, ptr %Bk, i64 %851
  store <16 x float> %850, ptr %852, align 4
  %853 = shufflevector <16 x float> %828, <16 x float> %829, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %854 = or disjoint i64 %844, 1120
  %855 = getelementptr inbounds float, ptr %Bk, i64 %854
  store <16 x float> %853, ptr %855, align 4
  %856 = shufflevector <16 x float> %830, <16 x float> %831, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %857 = or disjoint i64 %844, 1152
  %858 = getelementptr inbounds float, ptr %Bk, i64 %857
  store <16 x float> %856, ptr %858, align 4
  %859 = shufflevector <16 x float> %830, <16 x float> %831, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %860 = or disjoint i64 %844, 1184
  %861 = getelementptr inbounds float, ptr %Bk, i64 %860
  store <16 x float> %859, ptr %861, align 4
  %862 = shufflevector <16 x float> %832, <16 x float> %833, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %863 = or disjoint i64 %844, 1216
  %864 = getelementptr inbounds float, ptr %Bk, i64 %863
  store <16 x float> %862, ptr %864, align 4
  %865 = shufflevector <16 x float> %832, <16 x float> %833, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %866 = or disjoint i64 %844, 1248
  %867 = getelementptr inbounds float, ptr %Bk, i64 %866
  store <16 x float> %865, ptr %867, align 4
  %868 = shufflevector <16 x float> %834, <16 x float> %835, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %869 = or disjoint i64 %844, 1280
  %870 = getelementptr inbounds float, ptr %Bk, i64 %869
  store <16 x float> %868, ptr %870, align 4
  %871 = shufflevector <16 x float> %834, <16 x float> %835, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %872 = or disjoint i64 %844, 1312
  %873 = getelementptr inbounds float, ptr %Bk, i64 %872
  store <16 x float> %871, ptr %873, align 4
  %874 = shufflevector <16 x float> %836, <16 x float> %837, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %875 = or disjoint i64 %844, 1344
  %876 = getelementptr inbounds float, ptr %Bk, i64 %875
  store <16 x float> %874, ptr %876, align 4
  %877 = shufflevector <16 x float> %836, <16 x float> %837, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %878 = or disjoint i64 %844, 1376
  %879 = getelementptr inbounds float, ptr %Bk, i64 %878
  store <16 x float> %877, ptr %879, align 4
  %880 = shufflevector <16 x float> %838, <16 x float> %839, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %881 = or disjoint i64 %844, 1408
  %882 = getelementptr inbounds float, ptr %Bk, i64 %881
  store <16 x float> %880, ptr %882, align 4
  %883 = shufflevector <16 x float> %838, <16 x float> %839, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %884 = or disjoint i64 %844, 1440
  %885 = getelementptr inbounds float, ptr %Bk, i64 %884
  store <16 x float> %883, ptr %885, align 4
  %886 = shufflevector <16 x float> %840, <16 x float> %841, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %887 = or disjoint i64 %844, 1472
  %888 = getelementptr inbounds float, ptr %Bk, i64 %887
  store <16 x float> %886, ptr %888, align 4
  %889 = shufflevector <16 x float> %840, <16 x float> %841, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %890 = or disjoint i64 %844, 1504
  %891 = getelementptr inbounds float, ptr %Bk, i64 %890
  store <16 x float> %889, ptr %891, align 4
  br i1 %745, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %742, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %892 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02058 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %893 = shl nuw nsw i64 %i3.addr.02058, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %894 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02057 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %895 = or disjoint i64 %j3.addr.02057, %893
  %896 = or disjoint i64 %895, 32
  %897 = getelementptr inbounds float, ptr %work, i64 %896
  %898 = load <16 x float>, ptr %897, align 4
  %899 = or disjoint i64 %895, 544
  %900 = getelementptr inbounds float, ptr %work, i64 %899
  %901 = load <16 x float>, ptr %900, align 4
  %902 = or disjoint i64 %895, 96
  %903 = getelementptr inbounds float, ptr %work, i64 %902
  %904 = load <16 x float>, ptr %903, align 4
  %905 = or disjoint i64 %895, 608
  %906 = getelementptr inbounds float, ptr %work, i64 %905
  %907 = load <16 x float>, ptr %906, align 4
  %908 = or disjoint i64 %895, 160
  %909 = getelementptr inbounds float, ptr %work, i64 %908
  %910 = load <16 x float>, ptr %909, align 4
  %911 = or disjoint i64 %895, 672
  %912 = getelementptr inbounds float, ptr %work, i64 %911
  %913 = load <16 x float>, ptr %912, align 4
  %914 = or disjoint i64 %895, 224
  %915 = getelementptr inbounds float, ptr %work, i64 %914
  %916 = load <16 x float>, ptr %915, align 4
  %917 = or disjoint i64 %895, 736
  %918 = getelementptr inbounds float, ptr %work, i64 %917
  %919 = load <16 x float>, ptr %918, align 4
  %920 = or disjoint i64 %895, 288
  %921 = getelementptr inbounds float, ptr %work, i64 %920
  %922 = load <16 x float>, ptr %921, align 4
  %923 = or disjoint i64 %895, 800
  %924 = getelementptr inbounds float, ptr %work, i64 %923
  %925 = load <16 x float>, ptr %924, align 4
  %926 = or disjoint i64 %895, 352
  %927 = getelementptr inbounds float, ptr %work, i64 %926
  %928 = load <16 x float>, ptr %927, align 4
  %929 = or disjoint i64 %895, 864
  %930 = getelementptr inbounds float, ptr %work, i64 %929
  %931 = load <16 x float>, ptr %930, align 4
  %932 = or disjoint i64 %895, 416
  %933 = getelementptr inbounds float, ptr %work, i64 %932
  %934 = load <16 x float>, ptr %933, align 4
  %935 = or disjoint i64 %895, 928
  %936 = getelementptr inbounds float, ptr %work, i64 %935
  %937 = load <16 x float>, ptr %936, align 4
  %938 = or disjoint i64 %895, 480
  %939 = getelementptr inbounds float, ptr %work, i64 %938
  %940 = load <16 x float>, ptr %939, align 4
  %941 = or disjoint i64 %895, 992
  %942 = getelementptr inbounds float, ptr %work, i64 %941
  %943 = load <16 x float>, ptr %942, align 4
  %944 = shufflevector <16 x float> %898, <16 x float> %901, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %945 = shufflevector <16 x float> %922, <16 x float> %925, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %946 = shufflevector <16 x float> %904, <16 x float> %907, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %947 = shufflevector <16 x float> %928, <16 x float> %931, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %948 = shufflevector <16 x float> %910, <16 x float> %913, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %949 = shufflevector <16 x float> %934, <16 x float> %937, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %950 = shufflevector <16 x float> %916, <16 x float> %919, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %951 = shufflevector <16 x float> %940, <16 x float> %943, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %952 = shufflevector <16 x float> %898, <16 x float> %901, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %953 = shufflevector <16 x float> %922, <16 x float> %925, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %954 = shufflevector <16 x float> %904, <16 x float> %907, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %955 = shufflevector <16 x float> %928, <16 x float> %931, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %956 = shufflevector <16 x float> %910, <16 x float> %913, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %957 = shufflevector <16 x float> %934, <16 x float> %937, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %958 = shufflevector <16 x float> %916, <16 x float> %919, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %959 = shufflevector <16 x float> %940, <16 x float> %943, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %960 = shufflevector <16 x float> %944, <16 x float> %945, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %961 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %962 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %963 = shufflevector <16 x float> %950, <16 x float> %951, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %964 = shufflevector <16 x float> %944, <16 x float> %945, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %965 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %966 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %967 = shufflevector <16 x float> %950, <16 x float> %951, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %968 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %969 = shufflevector <16 x float> %956, <16 x float> %957, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %970 = shufflevector <16 x float> %954, <16 x float> %955, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %971 = shufflevector <16 x float> %958, <16 x float> %959, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %972 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %973 = shufflevector <16 x float> %956, <16 x float> %957, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %974 = shufflevector <16 x float> %954, <16 x float> %955, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %975 = shufflevector <16 x float> %958, <16 x float> %959, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %976 = shufflevector <16 x float> %960, <16 x float> %961, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %977 = shufflevector <16 x float> %962, <16 x float> %963, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %978 = shufflevector <16 x float> %960, <16 x float> %961, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %979 = shufflevector <16 x float> %962, <16 x float> %963, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %980 = shufflevector <16 x float> %964, <16 x float> %965, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %981 = shufflevector <16 x float> %966, <16 x float> %967, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %982 = shufflevector <16 x float> %964, <16 x float> %965, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %983 = shufflevector <16 x float> %966, <16 x float> %967, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %984 = shufflevector <16 x float> %968, <16 x float> %969, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %985 = shufflevector <16 x float> %970, <16 x float> %971, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %986 = shufflevector <16 x float> %968, <16 x float> %969, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %987 = shufflevector <16 x float> %970, <16 x float> %971, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %988 = shufflevector <16 x float> %972, <16 x float> %973, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %989 = shufflevector <16 x float> %974, <16 x float> %975, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %990 = shufflevector <16 x float> %972, <16 x float> %973, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %991 = shufflevector <16 x float> %974, <16 x float> %975, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %992 = shufflevector <16 x float> %976, <16 x float> %977, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %993 = shl nuw nsw i64 %j3.addr.02057, 5
  %994 = or disjoint i64 %993, %i3.addr.02058
  %995 = getelementptr inbounds float, ptr %Bk, i64 %994
  store <16 x float> %992, ptr %995, align 4
  %996 = shufflevector <16 x float> %976, <16 x float> %977, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %997 = or disjoint i64 %994, 32
  %998 = getelementptr inbounds float, ptr %Bk, i64 %997
  store <16 x float> %996, ptr %998, align 4
  %999 = shufflevector <16 x float> %978, <16 x float> %979, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1000 = or disjoint i64 %994, 64
  %1001 = getelementptr inbounds float, ptr %Bk, i64 %1000
  store <16 x float> %999, ptr %1001, align 4
  %1002 = shufflevector <16 x float> %978, <16 x float> %979, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1003 = or disjoint i64 %994, 96
  %1004 = getelementptr inbounds float, ptr %Bk, i64 %1003
  store <16 x float> %1002, ptr %1004, align 4
  %1005 = shufflevector <16 x float> %980, <16 x float> %981, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1006 = or disjoint i64 %994, 128
  %1007 = getelementptr inbounds float, ptr %Bk, i64 %1006
  store <16 x float> %1005, ptr %1007, align 4
  %1008 = shufflevector <16 x float> %980, <16 x float> %981, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1009 = or disjoint i64 %994, 160
  %1010 = getelementptr inbounds float, ptr %Bk, i64 %1009
  store <16 x float> %1008, ptr %1010, align 4
  %1011 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1012 = or disjoint i64 %994, 192
  %1013 = getelementptr inbounds float, ptr %Bk, i64 %1012
  store <16 x float> %1011, ptr %1013, align 4
  %1014 = shufflevector <16 x float> %982, <16 x float> %983, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1015 = or disjoint i64 %994, 224
  %1016 = getelementptr inbounds float, ptr %Bk, i64 %1015
  store <16 x float> %1014, ptr %1016, align 4
  %1017 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1018 = or disjoint i64 %994, 256
  %1019 = getelementptr inbounds float, ptr %Bk, i64 %1018
  store <16 x float> %1017, ptr %1019, align 4
  %1020 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1021 = or disjoint i64 %994, 288
  %1022 = getelementptr inbounds float, ptr %Bk, i64 %1021
  store <16 x float> %1020, ptr %1022, align 4
  %1023 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1024 = or disjoint i64 %994, 320
  %1025 = getelementptr inbounds float, ptr %Bk, i64 %1024
  store <16 x float> %1023, ptr %1025, align 4
  %1026 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1027 = or disjoint i64 %994, 352
  %1028 = getelementptr inbounds float, ptr %Bk, i64 %1027
  store <16 x float> %1026, ptr %1028, align 4
  %1029 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1030 = or disjoint i64 %994, 384
  %1031 = getelementptr inbounds float, ptr %Bk, i64 %1030
  store <16 x float> %1029, ptr %1031, align 4
  %1032 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1033 = or disjoint i64 %994, 416
  %1034 = getelementptr inbounds float, ptr %Bk, i64 %1033
  store <16 x float> %1032, ptr %1034, align 4
  %1035 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1036 = or disjoint i64 %994, 448
  %1037 = getelementptr inbounds float, ptr %Bk, i64 %1036
  store <16 x float> %1035, ptr %1037, align 4
  %1038 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1039 = or disjoint i64 %994, 480
  %1040 = getelementptr inbounds float, ptr %Bk, i64 %1039
  store <16 x float> %1038, ptr %1040, align 4
  br i1 %894, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %892, label %j3.head.preheader, label %t1.head.preheader.preheader

t1.head.preheader.preheader:                      ; preds = %j3.exit
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %M, align 4
  store <8 x float> <float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %59, align 4
  store <8 x float> <float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %60, align 4
  store <8 x float> <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %61, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %62, i8 0, i64 16, i1 false)
  store <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %63, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %64, i8 0, i64 20, i1 false)
  store <2 x float> <float 1.000000e+00, float 1.000000e+00>, ptr %65, align 4
  store float 1.000000e+00, ptr %66, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(24) %67, i8 0, i64 24, i1 false)
  store <2 x float> <float 1.000000e+00, float 1.000000e+00>, ptr %68, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(28) %69, i8 0, i64 28, i1 false)
  store float 1.000000e+00, ptr %70, align 4
  %1041 = getelementptr i8, ptr %695, i64 %696
  br label %t2.body

t2.body:                                          ; preds = %t1.head.preheader.preheader, %endif
  %t2.addr.02071 = phi i64 [ %t2.next, %endif ], [ 0, %t1.head.preheader.preheader ]
  %1042 = shl nsw i64 %t2.addr.02071, 7
  %gep2730 = getelementptr i8, ptr %invariant.gep2729, i64 %1042
  %1043 = icmp sgt i64 %700, %t2.addr.02071
  br i1 %1043, label %p.head.preheader, label %j6.head.preheader

j6.head.preheader:                                ; preds = %t2.body
  %gep2732 = getelementptr i8, ptr %invariant.gep2731, i64 %1042
  %gep2734 = getelementptr i8, ptr %invariant.gep2733, i64 %1042
  %gep2736 = getelementptr i8, ptr %invariant.gep2735, i64 %1042
  %gep2738 = getelementptr i8, ptr %invariant.gep2737, i64 %1042
  %gep2740 = getelementptr i8, ptr %invariant.gep2739, i64 %1042
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2732, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2734, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2730, i8 0, i64 128, i1 false)
  %1044 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02071
  store float 0.000000e+00, ptr %1044, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2736, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2738, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2740, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %1045 = mul i64 %55, %t2.addr.02071
  %scevgep2499 = getelementptr i8, ptr %1041, i64 %1045
  %1046 = add nuw nsw i64 %t2.addr.02071, %t0
  %1047 = shl nuw nsw i64 %t2.addr.02071, 5
  %.idx2308 = shl i64 %1046, 7
  %1048 = getelementptr i8, ptr %invariant.gep2292, i64 %.idx2308
  %1049 = load <16 x float>, ptr %1048, align 4
  %1050 = fmul <16 x float> %1049, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %1051 = or disjoint i64 %1047, 2048
  %1052 = getelementptr inbounds float, ptr %Bk, i64 %1051
  store <16 x float> %1050, ptr %1052, align 4
  %1053 = getelementptr inbounds float, ptr %QK, i64 %1047
  store <16 x float> %1050, ptr %1053, align 4
  %1054 = getelementptr i8, ptr %71, i64 %.idx2308
  %1055 = load <16 x float>, ptr %1054, align 4
  %1056 = fmul <16 x float> %1055, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %1057 = or disjoint i64 %1047, 16
  %1058 = or i64 %1047, 2064
  %1059 = getelementptr inbounds float, ptr %Bk, i64 %1058
  store <16 x float> %1056, ptr %1059, align 4
  %1060 = getelementptr inbounds float, ptr %QK, i64 %1057
  store <16 x float> %1056, ptr %1060, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2730, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2499, i64 128, i1 false)
  %tau = or disjoint i64 %t2.addr.02071, %t0
  %1061 = mul nsw i64 %tau, %H
  %1062 = getelementptr inbounds float, ptr %betah, i64 %1061
  %1063 = load float, ptr %1062, align 4
  %1064 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02071
  store float %1063, ptr %1064, align 4
  %.idx2310 = shl i64 %tau, 7
  %1065 = getelementptr i8, ptr %gep2285, i64 %.idx2310
  %1066 = load <16 x float>, ptr %1065, align 4
  %1067 = or disjoint i64 %1047, 2304
  %1068 = getelementptr inbounds float, ptr %Bk, i64 %1067
  store <16 x float> %1066, ptr %1068, align 4
  %1069 = fneg <16 x float> %1066
  %1070 = or disjoint i64 %1047, 256
  %1071 = getelementptr inbounds float, ptr %QK, i64 %1070
  store <16 x float> %1069, ptr %1071, align 4
  %1072 = getelementptr i8, ptr %72, i64 %.idx2310
  %1073 = load <16 x float>, ptr %1072, align 4
  %1074 = or i64 %1047, 2320
  %1075 = getelementptr inbounds float, ptr %Bk, i64 %1074
  store <16 x float> %1073, ptr %1075, align 4
  %1076 = fneg <16 x float> %1073
  %1077 = or i64 %1047, 272
  %1078 = getelementptr inbounds float, ptr %QK, i64 %1077
  store <16 x float> %1076, ptr %1078, align 4
  %1079 = getelementptr i8, ptr %gep2287, i64 %.idx2310
  %1080 = load <16 x float>, ptr %1079, align 4
  %1081 = getelementptr inbounds i8, ptr %Rr, i64 %1042
  store <16 x float> %1080, ptr %1081, align 4
  %1082 = getelementptr i8, ptr %73, i64 %.idx2310
  %1083 = load <16 x float>, ptr %1082, align 4
  %1084 = getelementptr inbounds i8, ptr %74, i64 %1042
  store <16 x float> %1083, ptr %1084, align 4
  br label %endif

endif:                                            ; preds = %j6.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.02071, 1
  %exitcond2503.not = icmp eq i64 %t2.next, 8
  br i1 %exitcond2503.not, label %j12.body.preheader, label %t2.body

j12.body.preheader:                               ; preds = %endif
  %1085 = load <8 x float>, ptr %75, align 4
  %1086 = load <8 x float>, ptr %76, align 4
  %1087 = load <8 x float>, ptr %77, align 4
  %1088 = load <8 x float>, ptr %78, align 4
  %1089 = load <8 x float>, ptr %79, align 4
  %1090 = load <8 x float>, ptr %80, align 4
  %1091 = load <8 x float>, ptr %81, align 4
  %1092 = load <8 x float>, ptr %82, align 4
  %1093 = shufflevector <8 x float> %1085, <8 x float> %1086, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1094 = shufflevector <8 x float> %1089, <8 x float> %1090, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1095 = shufflevector <8 x float> %1087, <8 x float> %1088, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1096 = shufflevector <8 x float> %1091, <8 x float> %1092, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1097 = shufflevector <8 x float> %1085, <8 x float> %1086, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1098 = shufflevector <8 x float> %1089, <8 x float> %1090, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1099 = shufflevector <8 x float> %1087, <8 x float> %1088, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1100 = shufflevector <8 x float> %1091, <8 x float> %1092, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1101 = shufflevector <8 x float> %1093, <8 x float> %1094, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1102 = shufflevector <8 x float> %1095, <8 x float> %1096, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1103 = shufflevector <8 x float> %1093, <8 x float> %1094, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1104 = shufflevector <8 x float> %1095, <8 x float> %1096, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1105 = shufflevector <8 x float> %1097, <8 x float> %1098, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1106 = shufflevector <8 x float> %1099, <8 x float> %1100, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1107 = shufflevector <8 x float> %1097, <8 x float> %1098, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1108 = shufflevector <8 x float> %1099, <8 x float> %1100, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1109 = shufflevector <8 x float> %1101, <8 x float> %1102, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1109, ptr %KT, align 4
  %1110 = shufflevector <8 x float> %1101, <8 x float> %1102, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1110, ptr %83, align 4
  %1111 = shufflevector <8 x float> %1103, <8 x float> %1104, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1111, ptr %84, align 4
  %1112 = shufflevector <8 x float> %1103, <8 x float> %1104, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1112, ptr %85, align 4
  %1113 = shufflevector <8 x float> %1105, <8 x float> %1106, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1113, ptr %86, align 4
  %1114 = shufflevector <8 x float> %1105, <8 x float> %1106, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1114, ptr %87, align 4
  %1115 = shufflevector <8 x float> %1107, <8 x float> %1108, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1115, ptr %88, align 4
  %1116 = shufflevector <8 x float> %1107, <8 x float> %1108, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1116, ptr %89, align 4
  %1117 = load <8 x float>, ptr %90, align 4
  %1118 = load <8 x float>, ptr %91, align 4
  %1119 = load <8 x float>, ptr %92, align 4
  %1120 = load <8 x float>, ptr %93, align 4
  %1121 = load <8 x float>, ptr %94, align 4
  %1122 = load <8 x float>, ptr %95, align 4
  %1123 = load <8 x float>, ptr %96, align 4
  %1124 = load <8 x float>, ptr %97, align 4
  %1125 = shufflevector <8 x float> %1117, <8 x float> %1118, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1126 = shufflevector <8 x float> %1121, <8 x float> %1122, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1127 = shufflevector <8 x float> %1119, <8 x float> %1120, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1128 = shufflevector <8 x float> %1123, <8 x float> %1124, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1129 = shufflevector <8 x float> %1117, <8 x float> %1118, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1130 = shufflevector <8 x float> %1121, <8 x float> %1122, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1131 = shufflevector <8 x float> %1119, <8 x float> %1120, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1132 = shufflevector <8 x float> %1123, <8 x float> %1124, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1133 = shufflevector <8 x float> %1125, <8 x float> %1126, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1134 = shufflevector <8 x float> %1127, <8 x float> %1128, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1135 = shufflevector <8 x float> %1125, <8 x float> %1126, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1136 = shufflevector <8 x float> %1127, <8 x float> %1128, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1137 = shufflevector <8 x float> %1129, <8 x float> %1130, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1138 = shufflevector <8 x float> %1131, <8 x float> %1132, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1139 = shufflevector <8 x float> %1129, <8 x float> %1130, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1140 = shufflevector <8 x float> %1131, <8 x float> %1132, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1141 = shufflevector <8 x float> %1133, <8 x float> %1134, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1141, ptr %98, align 4
  %1142 = shufflevector <8 x float> %1133, <8 x float> %1134, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1142, ptr %99, align 4
  %1143 = shufflevector <8 x float> %1135, <8 x float> %1136, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1143, ptr %100, align 4
  %1144 = shufflevector <8 x float> %1135, <8 x float> %1136, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1144, ptr %101, align 4
  %1145 = shufflevector <8 x float> %1137, <8 x float> %1138, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1145, ptr %102, align 4
  %1146 = shufflevector <8 x float> %1137, <8 x float> %1138, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1146, ptr %103, align 4
  %1147 = shufflevector <8 x float> %1139, <8 x float> %1140, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1147, ptr %104, align 4
  %1148 = shufflevector <8 x float> %1139, <8 x float> %1140, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1148, ptr %105, align 4
  %1149 = load <8 x float>, ptr %106, align 4
  %1150 = load <8 x float>, ptr %107, align 4
  %1151 = load <8 x float>, ptr %108, align 4
  %1152 = load <8 x float>, ptr %109, align 4
  %1153 = load <8 x float>, ptr %110, align 4
  %1154 = load <8 x float>, ptr %111, align 4
  %1155 = load <8 x float>, ptr %112, align 4
  %1156 = load <8 x float>, ptr %113, align 4
  %1157 = shufflevector <8 x float> %1149, <8 x float> %1150, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1158 = shufflevector <8 x float> %1153, <8 x float> %1154, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1159 = shufflevector <8 x float> %1151, <8 x float> %1152, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1160 = shufflevector <8 x float> %1155, <8 x float> %1156, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1161 = shufflevector <8 x float> %1149, <8 x float> %1150, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1162 = shufflevector <8 x float> %1153, <8 x float> %1154, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1163 = shufflevector <8 x float> %1151, <8 x float> %1152, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1164 = shufflevector <8 x float> %1155, <8 x float> %1156, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1165 = shufflevector <8 x float> %1157, <8 x float> %1158, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1166 = shufflevector <8 x float> %1159, <8 x float> %1160, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1167 = shufflevector <8 x float> %1157, <8 x float> %1158, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1168 = shufflevector <8 x float> %1159, <8 x float> %1160, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1169 = shufflevector <8 x float> %1161, <8 x float> %1162, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1170 = shufflevector <8 x float> %1163, <8 x float> %1164, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1171 = shufflevector <8 x float> %1161, <8 x float> %1162, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1172 = shufflevector <8 x float> %1163, <8 x float> %1164, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1173 = shufflevector <8 x float> %1165, <8 x float> %1166, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1173, ptr %114, align 4
  %1174 = shufflevector <8 x float> %1165, <8 x float> %1166, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1174, ptr %115, align 4
  %1175 = shufflevector <8 x float> %1167, <8 x float> %1168, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1175, ptr %116, align 4
  %1176 = shufflevector <8 x float> %1167, <8 x float> %1168, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1176, ptr %117, align 4
  %1177 = shufflevector <8 x float> %1169, <8 x float> %1170, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1177, ptr %118, align 4
  %1178 = shufflevector <8 x float> %1169, <8 x float> %1170, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1178, ptr %119, align 4
  %1179 = shufflevector <8 x float> %1171, <8 x float> %1172, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1179, ptr %120, align 4
  %1180 = shufflevector <8 x float> %1171, <8 x float> %1172, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1180, ptr %121, align 4
  %1181 = load <8 x float>, ptr %122, align 4
  %1182 = load <8 x float>, ptr %123, align 4
  %1183 = load <8 x float>, ptr %124, align 4
  %1184 = load <8 x float>, ptr %125, align 4
  %1185 = load <8 x float>, ptr %126, align 4
  %1186 = load <8 x float>, ptr %127, align 4
  %1187 = load <8 x float>, ptr %128, align 4
  %1188 = load <8 x float>, ptr %129, align 4
  %1189 = shufflevector <8 x float> %1181, <8 x float> %1182, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1190 = shufflevector <8 x float> %1185, <8 x float> %1186, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1191 = shufflevector <8 x float> %1183, <8 x float> %1184, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1192 = shufflevector <8 x float> %1187, <8 x float> %1188, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1193 = shufflevector <8 x float> %1181, <8 x float> %1182, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1194 = shufflevector <8 x float> %1185, <8 x float> %1186, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1195 = shufflevector <8 x float> %1183, <8 x float> %1184, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1196 = shufflevector <8 x float> %1187, <8 x float> %1188, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1197 = shufflevector <8 x float> %1189, <8 x float> %1190, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1198 = shufflevector <8 x float> %1191, <8 x float> %1192, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1199 = shufflevector <8 x float> %1189, <8 x float> %1190, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1200 = shufflevector <8 x float> %1191, <8 x float> %1192, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1201 = shufflevector <8 x float> %1193, <8 x float> %1194, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1202 = shufflevector <8 x float> %1195, <8 x float> %1196, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1203 = shufflevector <8 x float> %1193, <8 x float> %1194, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1204 = shufflevector <8 x float> %1195, <8 x float> %1196, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1205 = shufflevector <8 x float> %1197, <8 x float> %1198, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1205, ptr %130, align 4
  %1206 = shufflevector <8 x float> %1197, <8 x float> %1198, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1206, ptr %131, align 4
  %1207 = shufflevector <8 x float> %1199, <8 x float> %1200, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1207, ptr %132, align 4
  %1208 = shufflevector <8 x float> %1199, <8 x float> %1200, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1208, ptr %133, align 4
  %1209 = shufflevector <8 x float> %1201, <8 x float> %1202, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1209, ptr %134, align 4
  %1210 = shufflevector <8 x float> %1201, <8 x float> %1202, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1210, ptr %135, align 4
  %1211 = shufflevector <8 x float> %1203, <8 x float> %1204, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1211, ptr %136, align 4
  %1212 = shufflevector <8 x float> %1203, <8 x float> %1204, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1212, ptr %137, align 4
  %1213 = load <8 x float>, ptr %138, align 4
  %1214 = load <8 x float>, ptr %139, align 4
  %1215 = load <8 x float>, ptr %140, align 4
  %1216 = load <8 x float>, ptr %141, align 4
  %1217 = load <8 x float>, ptr %142, align 4
  %1218 = load <8 x float>, ptr %143, align 4
  %1219 = load <8 x float>, ptr %144, align 4
  %1220 = load <8 x float>, ptr %145, align 4
  %1221 = shufflevector <8 x float> %1213, <8 x float> %1214, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1222 = shufflevector <8 x float> %1217, <8 x float> %1218, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1223 = shufflevector <8 x float> %1215, <8 x float> %1216, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1224 = shufflevector <8 x float> %1219, <8 x float> %1220, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1225 = shufflevector <8 x float> %1213, <8 x float> %1214, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1226 = shufflevector <8 x float> %1217, <8 x float> %1218, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1227 = shufflevector <8 x float> %1215, <8 x float> %1216, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1228 = shufflevector <8 x float> %1219, <8 x float> %1220, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1229 = shufflevector <8 x float> %1221, <8 x float> %1222, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1230 = shufflevector <8 x float> %1223, <8 x float> %1224, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1231 = shufflevector <8 x float> %1221, <8 x float> %1222, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1232 = shufflevector <8 x float> %1223, <8 x float> %1224, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1233 = shufflevector <8 x float> %1225, <8 x float> %1226, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1234 = shufflevector <8 x float> %1227, <8 x float> %1228, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1235 = shufflevector <8 x float> %1225, <8 x float> %1226, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1236 = shufflevector <8 x float> %1227, <8 x float> %1228, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1237 = shufflevector <8 x float> %1229, <8 x float> %1230, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1237, ptr %QcT, align 4
  %1238 = shufflevector <8 x float> %1229, <8 x float> %1230, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1238, ptr %146, align 4
  %1239 = shufflevector <8 x float> %1231, <8 x float> %1232, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1239, ptr %147, align 4
  %1240 = shufflevector <8 x float> %1231, <8 x float> %1232, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1240, ptr %148, align 4
  %1241 = shufflevector <8 x float> %1233, <8 x float> %1234, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1241, ptr %149, align 4
  %1242 = shufflevector <8 x float> %1233, <8 x float> %1234, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1242, ptr %150, align 4
  %1243 = shufflevector <8 x float> %1235, <8 x float> %1236, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1243, ptr %151, align 4
  %1244 = shufflevector <8 x float> %1235, <8 x float> %1236, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1244, ptr %152, align 4
  %1245 = load <8 x float>, ptr %153, align 4
  %1246 = load <8 x float>, ptr %154, align 4
  %1247 = load <8 x float>, ptr %155, align 4
  %1248 = load <8 x float>, ptr %156, align 4
  %1249 = load <8 x float>, ptr %157, align 4
  %1250 = load <8 x float>, ptr %158, align 4
  %1251 = load <8 x float>, ptr %159, align 4
  %1252 = load <8 x float>, ptr %160, align 4
  %1253 = shufflevector <8 x float> %1245, <8 x float> %1246, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1254 = shufflevector <8 x float> %1249, <8 x float> %1250, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1255 = shufflevector <8 x float> %1247, <8 x float> %1248, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1256 = shufflevector <8 x float> %1251, <8 x float> %1252, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1257 = shufflevector <8 x float> %1245, <8 x float> %1246, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1258 = shufflevector <8 x float> %1249, <8 x float> %1250, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1259 = shufflevector <8 x float> %1247, <8 x float> %1248, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1260 = shufflevector <8 x float> %1251, <8 x float> %1252, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1261 = shufflevector <8 x float> %1253, <8 x float> %1254, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1262 = shufflevector <8 x float> %1255, <8 x float> %1256, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1263 = shufflevector <8 x float> %1253, <8 x float> %1254, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1264 = shufflevector <8 x float> %1255, <8 x float> %1256, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1265 = shufflevector <8 x float> %1257, <8 x float> %1258, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1266 = shufflevector <8 x float> %1259, <8 x float> %1260, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1267 = shufflevector <8 x float> %1257, <8 x float> %1258, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1268 = shufflevector <8 x float> %1259, <8 x float> %1260, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1269 = shufflevector <8 x float> %1261, <8 x float> %1262, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1269, ptr %161, align 4
  %1270 = shufflevector <8 x float> %1261, <8 x float> %1262, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1270, ptr %162, align 4
  %1271 = shufflevector <8 x float> %1263, <8 x float> %1264, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1271, ptr %163, align 4
  %1272 = shufflevector <8 x float> %1263, <8 x float> %1264, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1272, ptr %164, align 4
  %1273 = shufflevector <8 x float> %1265, <8 x float> %1266, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1273, ptr %165, align 4
  %1274 = shufflevector <8 x float> %1265, <8 x float> %1266, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1274, ptr %166, align 4
  %1275 = shufflevector <8 x float> %1267, <8 x float> %1268, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1275, ptr %167, align 4
  %1276 = shufflevector <8 x float> %1267, <8 x float> %1268, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1276, ptr %168, align 4
  %1277 = load <8 x float>, ptr %169, align 4
  %1278 = load <8 x float>, ptr %170, align 4
  %1279 = load <8 x float>, ptr %171, align 4
  %1280 = load <8 x float>, ptr %172, align 4
  %1281 = load <8 x float>, ptr %173, align 4
  %1282 = load <8 x float>, ptr %174, align 4
  %1283 = load <8 x float>, ptr %175, align 4
  %1284 = load <8 x float>, ptr %176, align 4
  %1285 = shufflevector <8 x float> %1277, <8 x float> %1278, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1286 = shufflevector <8 x float> %1281, <8 x float> %1282, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1287 = shufflevector <8 x float> %1279, <8 x float> %1280, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1288 = shufflevector <8 x float> %1283, <8 x float> %1284, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1289 = shufflevector <8 x float> %1277, <8 x float> %1278, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1290 = shufflevector <8 x float> %1281, <8 x float> %1282, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1291 = shufflevector <8 x float> %1279, <8 x float> %1280, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1292 = shufflevector <8 x float> %1283, <8 x float> %1284, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1293 = shufflevector <8 x float> %1285, <8 x float> %1286, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1294 = shufflevector <8 x float> %1287, <8 x float> %1288, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1295 = shufflevector <8 x float> %1285, <8 x float> %1286, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1296 = shufflevector <8 x float> %1287, <8 x float> %1288, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1297 = shufflevector <8 x float> %1289, <8 x float> %1290, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1298 = shufflevector <8 x float> %1291, <8 x float> %1292, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1299 = shufflevector <8 x float> %1289, <8 x float> %1290, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1300 = shufflevector <8 x float> %1291, <8 x float> %1292, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1301 = shufflevector <8 x float> %1293, <8 x float> %1294, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1301, ptr %177, align 4
  %1302 = shufflevector <8 x float> %1293, <8 x float> %1294, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1302, ptr %178, align 4
  %1303 = shufflevector <8 x float> %1295, <8 x float> %1296, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1303, ptr %179, align 4
  %1304 = shufflevector <8 x float> %1295, <8 x float> %1296, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1304, ptr %180, align 4
  %1305 = shufflevector <8 x float> %1297, <8 x float> %1298, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1305, ptr %181, align 4
  %1306 = shufflevector <8 x float> %1297, <8 x float> %1298, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1306, ptr %182, align 4
  %1307 = shufflevector <8 x float> %1299, <8 x float> %1300, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1307, ptr %183, align 4
  %1308 = shufflevector <8 x float> %1299, <8 x float> %1300, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1308, ptr %184, align 4
  %1309 = load <8 x float>, ptr %185, align 4
  %1310 = load <8 x float>, ptr %186, align 4
  %1311 = load <8 x float>, ptr %187, align 4
  %1312 = load <8 x float>, ptr %188, align 4
  %1313 = load <8 x float>, ptr %189, align 4
  %1314 = load <8 x float>, ptr %190, align 4
  %1315 = load <8 x float>, ptr %191, align 4
  %1316 = load <8 x float>, ptr %192, align 4
  %1317 = shufflevector <8 x float> %1309, <8 x float> %1310, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1318 = shufflevector <8 x float> %1313, <8 x float> %1314, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1319 = shufflevector <8 x float> %1311, <8 x float> %1312, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1320 = shufflevector <8 x float> %1315, <8 x float> %1316, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1321 = shufflevector <8 x float> %1309, <8 x float> %1310, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1322 = shufflevector <8 x float> %1313, <8 x float> %1314, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1323 = shufflevector <8 x float> %1311, <8 x float> %1312, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1324 = shufflevector <8 x float> %1315, <8 x float> %1316, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1325 = shufflevector <8 x float> %1317, <8 x float> %1318, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1326 = shufflevector <8 x float> %1319, <8 x float> %1320, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1327 = shufflevector <8 x float> %1317, <8 x float> %1318, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1328 = shufflevector <8 x float> %1319, <8 x float> %1320, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1329 = shufflevector <8 x float> %1321, <8 x float> %1322, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1330 = shufflevector <8 x float> %1323, <8 x float> %1324, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1331 = shufflevector <8 x float> %1321, <8 x float> %1322, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1332 = shufflevector <8 x float> %1323, <8 x float> %1324, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1333 = shufflevector <8 x float> %1325, <8 x float> %1326, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1333, ptr %193, align 4
  %1334 = shufflevector <8 x float> %1325, <8 x float> %1326, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1334, ptr %194, align 4
  %1335 = shufflevector <8 x float> %1327, <8 x float> %1328, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1335, ptr %195, align 4
  %1336 = shufflevector <8 x float> %1327, <8 x float> %1328, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1336, ptr %196, align 4
  %1337 = shufflevector <8 x float> %1329, <8 x float> %1330, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1337, ptr %197, align 4
  %1338 = shufflevector <8 x float> %1329, <8 x float> %1330, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1338, ptr %198, align 4
  %1339 = shufflevector <8 x float> %1331, <8 x float> %1332, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1339, ptr %199, align 4
  %1340 = shufflevector <8 x float> %1331, <8 x float> %1332, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1340, ptr %200, align 4
  %1341 = load <8 x float>, ptr %OY, align 4
  %1342 = load <8 x float>, ptr %201, align 4
  %1343 = load <8 x float>, ptr %202, align 4
  %1344 = load <8 x float>, ptr %203, align 4
  %1345 = load <8 x float>, ptr %204, align 4
  %1346 = load <8 x float>, ptr %205, align 4
  %1347 = load <8 x float>, ptr %206, align 4
  %1348 = load <8 x float>, ptr %207, align 4
  %1349 = shufflevector <8 x float> %1341, <8 x float> %1342, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1350 = shufflevector <8 x float> %1345, <8 x float> %1346, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1351 = shufflevector <8 x float> %1343, <8 x float> %1344, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1352 = shufflevector <8 x float> %1347, <8 x float> %1348, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1353 = shufflevector <8 x float> %1341, <8 x float> %1342, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1354 = shufflevector <8 x float> %1345, <8 x float> %1346, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1355 = shufflevector <8 x float> %1343, <8 x float> %1344, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1356 = shufflevector <8 x float> %1347, <8 x float> %1348, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1357 = shufflevector <8 x float> %1349, <8 x float> %1350, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1358 = shufflevector <8 x float> %1351, <8 x float> %1352, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1359 = shufflevector <8 x float> %1349, <8 x float> %1350, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1360 = shufflevector <8 x float> %1351, <8 x float> %1352, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1361 = shufflevector <8 x float> %1353, <8 x float> %1354, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1362 = shufflevector <8 x float> %1355, <8 x float> %1356, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1363 = shufflevector <8 x float> %1353, <8 x float> %1354, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1364 = shufflevector <8 x float> %1355, <8 x float> %1356, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1365 = shufflevector <8 x float> %1357, <8 x float> %1358, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1365, ptr %dOT, align 4
  %1366 = shufflevector <8 x float> %1357, <8 x float> %1358, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1366, ptr %208, align 4
  %1367 = shufflevector <8 x float> %1359, <8 x float> %1360, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1367, ptr %209, align 4
  %1368 = shufflevector <8 x float> %1359, <8 x float> %1360, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1368, ptr %210, align 4
  %1369 = shufflevector <8 x float> %1361, <8 x float> %1362, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1369, ptr %211, align 4
  %1370 = shufflevector <8 x float> %1361, <8 x float> %1362, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1370, ptr %212, align 4
  %1371 = shufflevector <8 x float> %1363, <8 x float> %1364, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1371, ptr %213, align 4
  %1372 = shufflevector <8 x float> %1363, <8 x float> %1364, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1372, ptr %214, align 4
  %1373 = load <8 x float>, ptr %215, align 4
  %1374 = load <8 x float>, ptr %216, align 4
  %1375 = load <8 x float>, ptr %217, align 4
  %1376 = load <8 x float>, ptr %218, align 4
  %1377 = load <8 x float>, ptr %219, align 4
  %1378 = load <8 x float>, ptr %220, align 4
  %1379 = load <8 x float>, ptr %221, align 4
  %1380 = load <8 x float>, ptr %222, align 4
  %1381 = shufflevector <8 x float> %1373, <8 x float> %1374, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1382 = shufflevector <8 x float> %1377, <8 x float> %1378, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1383 = shufflevector <8 x float> %1375, <8 x float> %1376, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1384 = shufflevector <8 x float> %1379, <8 x float> %1380, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1385 = shufflevector <8 x float> %1373, <8 x float> %1374, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1386 = shufflevector <8 x float> %1377, <8 x float> %1378, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1387 = shufflevector <8 x float> %1375, <8 x float> %1376, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1388 = shufflevector <8 x float> %1379, <8 x float> %1380, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1389 = shufflevector <8 x float> %1381, <8 x float> %1382, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1390 = shufflevector <8 x float> %1383, <8 x float> %1384, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1391 = shufflevector <8 x float> %1381, <8 x float> %1382, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1392 = shufflevector <8 x float> %1383, <8 x float> %1384, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1393 = shufflevector <8 x float> %1385, <8 x float> %1386, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1394 = shufflevector <8 x float> %1387, <8 x float> %1388, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1395 = shufflevector <8 x float> %1385, <8 x float> %1386, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1396 = shufflevector <8 x float> %1387, <8 x float> %1388, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1397 = shufflevector <8 x float> %1389, <8 x float> %1390, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1397, ptr %223, align 4
  %1398 = shufflevector <8 x float> %1389, <8 x float> %1390, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1398, ptr %224, align 4
  %1399 = shufflevector <8 x float> %1391, <8 x float> %1392, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1399, ptr %225, align 4
  %1400 = shufflevector <8 x float> %1391, <8 x float> %1392, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1400, ptr %226, align 4
  %1401 = shufflevector <8 x float> %1393, <8 x float> %1394, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1401, ptr %227, align 4
  %1402 = shufflevector <8 x float> %1393, <8 x float> %1394, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1402, ptr %228, align 4
  %1403 = shufflevector <8 x float> %1395, <8 x float> %1396, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1403, ptr %229, align 4
  %1404 = shufflevector <8 x float> %1395, <8 x float> %1396, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1404, ptr %230, align 4
  %1405 = load <8 x float>, ptr %231, align 4
  %1406 = load <8 x float>, ptr %232, align 4
  %1407 = load <8 x float>, ptr %233, align 4
  %1408 = load <8 x float>, ptr %234, align 4
  %1409 = load <8 x float>, ptr %235, align 4
  %1410 = load <8 x float>, ptr %236, align 4
  %1411 = load <8 x float>, ptr %237, align 4
  %1412 = load <8 x float>, ptr %238, align 4
  %1413 = shufflevector <8 x float> %1405, <8 x float> %1406, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1414 = shufflevector <8 x float> %1409, <8 x float> %1410, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1415 = shufflevector <8 x float> %1407, <8 x float> %1408, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1416 = shufflevector <8 x float> %1411, <8 x float> %1412, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1417 = shufflevector <8 x float> %1405, <8 x float> %1406, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1418 = shufflevector <8 x float> %1409, <8 x float> %1410, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1419 = shufflevector <8 x float> %1407, <8 x float> %1408, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1420 = shufflevector <8 x float> %1411, <8 x float> %1412, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1421 = shufflevector <8 x float> %1413, <8 x float> %1414, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1422 = shufflevector <8 x float> %1415, <8 x float> %1416, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1423 = shufflevector <8 x float> %1413, <8 x float> %1414, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1424 = shufflevector <8 x float> %1415, <8 x float> %1416, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1425 = shufflevector <8 x float> %1417, <8 x float> %1418, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1426 = shufflevector <8 x float> %1419, <8 x float> %1420, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1427 = shufflevector <8 x float> %1417, <8 x float> %1418, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1428 = shufflevector <8 x float> %1419, <8 x float> %1420, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1429 = shufflevector <8 x float> %1421, <8 x float> %1422, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1429, ptr %239, align 4
  %1430 = shufflevector <8 x float> %1421, <8 x float> %1422, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1430, ptr %240, align 4
  %1431 = shufflevector <8 x float> %1423, <8 x float> %1424, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1431, ptr %241, align 4
  %1432 = shufflevector <8 x float> %1423, <8 x float> %1424, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1432, ptr %242, align 4
  %1433 = shufflevector <8 x float> %1425, <8 x float> %1426, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1433, ptr %243, align 4
  %1434 = shufflevector <8 x float> %1425, <8 x float> %1426, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1434, ptr %244, align 4
  %1435 = shufflevector <8 x float> %1427, <8 x float> %1428, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1435, ptr %245, align 4
  %1436 = shufflevector <8 x float> %1427, <8 x float> %1428, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1436, ptr %246, align 4
  %1437 = load <8 x float>, ptr %247, align 4
  %1438 = load <8 x float>, ptr %248, align 4
  %1439 = load <8 x float>, ptr %249, align 4
  %1440 = load <8 x float>, ptr %250, align 4
  %1441 = load <8 x float>, ptr %251, align 4
  %1442 = load <8 x float>, ptr %252, align 4
  %1443 = load <8 x float>, ptr %253, align 4
  %1444 = load <8 x float>, ptr %254, align 4
  %1445 = shufflevector <8 x float> %1437, <8 x float> %1438, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1446 = shufflevector <8 x float> %1441, <8 x float> %1442, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1447 = shufflevector <8 x float> %1439, <8 x float> %1440, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1448 = shufflevector <8 x float> %1443, <8 x float> %1444, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1449 = shufflevector <8 x float> %1437, <8 x float> %1438, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1450 = shufflevector <8 x float> %1441, <8 x float> %1442, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1451 = shufflevector <8 x float> %1439, <8 x float> %1440, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1452 = shufflevector <8 x float> %1443, <8 x float> %1444, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1453 = shufflevector <8 x float> %1445, <8 x float> %1446, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1454 = shufflevector <8 x float> %1447, <8 x float> %1448, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1455 = shufflevector <8 x float> %1445, <8 x float> %1446, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1456 = shufflevector <8 x float> %1447, <8 x float> %1448, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1457 = shufflevector <8 x float> %1449, <8 x float> %1450, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1458 = shufflevector <8 x float> %1451, <8 x float> %1452, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1459 = shufflevector <8 x float> %1449, <8 x float> %1450, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1460 = shufflevector <8 x float> %1451, <8 x float> %1452, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1461 = shufflevector <8 x float> %1453, <8 x float> %1454, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1461, ptr %255, align 4
  %1462 = shufflevector <8 x float> %1453, <8 x float> %1454, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1462, ptr %256, align 4
  %1463 = shufflevector <8 x float> %1455, <8 x float> %1456, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1463, ptr %257, align 4
  %1464 = shufflevector <8 x float> %1455, <8 x float> %1456, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1464, ptr %258, align 4
  %1465 = shufflevector <8 x float> %1457, <8 x float> %1458, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1465, ptr %259, align 4
  %1466 = shufflevector <8 x float> %1457, <8 x float> %1458, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1466, ptr %260, align 4
  %1467 = shufflevector <8 x float> %1459, <8 x float> %1460, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1467, ptr %261, align 4
  %1468 = shufflevector <8 x float> %1459, <8 x float> %1460, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1468, ptr %262, align 4
  br label %p2.body

p2.body:                                          ; preds = %p2.body, %j12.body.preheader
  %acc.02083 = phi <8 x float> [ zeroinitializer, %j12.body.preheader ], [ %1526, %p2.body ]
  %acc1.02082 = phi <8 x float> [ zeroinitializer, %j12.body.preheader ], [ %1532, %p2.body ]
  %acc2.02081 = phi <8 x float> [ zeroinitializer, %j12.body.preheader ], [ %1538, %p2.body ]
  %acc3.02080 = phi <8 x float> [ zeroinitializer, %j12.body.preheader ], [ %1544, %p2.body ]
  %acc4.02079 = phi <8 x float> [ zeroinitializer, %j12.body.preheader ], [ %1550, %p2.body ]
  %acc5.02078 = phi <8 x float> [ zeroinitializer, %j12.body.preheader ], [ %1556, %p2.body ]
  %acc6.02077 = phi <8 x float> [ zeroinitializer, %j12.body.preheader ], [ %1562, %p2.body ]
  %acc7.02076 = phi <8 x float> [ zeroinitializer, %j12.body.preheader ], [ %1568, %p2.body ]
  %p2.addr.02075 = phi i64 [ 0, %j12.body.preheader ], [ %p2.next.1, %p2.body ]
  %.idx2003 = shl nuw nsw i64 %p2.addr.02075, 5
  %1469 = getelementptr inbounds i8, ptr %KT, i64 %.idx2003
  %1470 = load <8 x float>, ptr %1469, align 4
  %1471 = or disjoint i64 %p2.addr.02075, 2304
  %1472 = getelementptr inbounds float, ptr %Bk, i64 %1471
  %1473 = load float, ptr %1472, align 4
  %1474 = insertelement <8 x float> poison, float %1473, i64 0
  %1475 = shufflevector <8 x float> %1474, <8 x float> poison, <8 x i32> zeroinitializer
  %1476 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1475, <8 x float> %1470, <8 x float> %acc.02083)
  %1477 = or disjoint i64 %p2.addr.02075, 2336
  %1478 = getelementptr inbounds float, ptr %Bk, i64 %1477
  %1479 = load float, ptr %1478, align 4
  %1480 = insertelement <8 x float> poison, float %1479, i64 0
  %1481 = shufflevector <8 x float> %1480, <8 x float> poison, <8 x i32> zeroinitializer
  %1482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1481, <8 x float> %1470, <8 x float> %acc1.02082)
  %1483 = or disjoint i64 %p2.addr.02075, 2368
  %1484 = getelementptr inbounds float, ptr %Bk, i64 %1483
  %1485 = load float, ptr %1484, align 4
  %1486 = insertelement <8 x float> poison, float %1485, i64 0
  %1487 = shufflevector <8 x float> %1486, <8 x float> poison, <8 x i32> zeroinitializer
  %1488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1487, <8 x float> %1470, <8 x float> %acc2.02081)
  %1489 = or disjoint i64 %p2.addr.02075, 2400
  %1490 = getelementptr inbounds float, ptr %Bk, i64 %1489
  %1491 = load float, ptr %1490, align 4
  %1492 = insertelement <8 x float> poison, float %1491, i64 0
  %1493 = shufflevector <8 x float> %1492, <8 x float> poison, <8 x i32> zeroinitializer
  %1494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1470, <8 x float> %acc3.02080)
  %1495 = or disjoint i64 %p2.addr.02075, 2432
  %1496 = getelementptr inbounds float, ptr %Bk, i64 %1495
  %1497 = load float, ptr %1496, align 4
  %1498 = insertelement <8 x float> poison, float %1497, i64 0
  %1499 = shufflevector <8 x float> %1498, <8 x float> poison, <8 x i32> zeroinitializer
  %1500 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1499, <8 x float> %1470, <8 x float> %acc4.02079)
  %1501 = or disjoint i64 %p2.addr.02075, 2464
  %1502 = getelementptr inbounds float, ptr %Bk, i64 %1501
  %1503 = load float, ptr %1502, align 4
  %1504 = insertelement <8 x float> poison, float %1503, i64 0
  %1505 = shufflevector <8 x float> %1504, <8 x float> poison, <8 x i32> zeroinitializer
  %1506 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1505, <8 x float> %1470, <8 x float> %acc5.02078)
  %1507 = or disjoint i64 %p2.addr.02075, 2496
  %1508 = getelementptr inbounds float, ptr %Bk, i64 %1507
  %1509 = load float, ptr %1508, align 4
  %1510 = insertelement <8 x float> poison, float %1509, i64 0
  %1511 = shufflevector <8 x float> %1510, <8 x float> poison, <8 x i32> zeroinitializer
  %1512 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1511, <8 x float> %1470, <8 x float> %acc6.02077)
  %1513 = or disjoint i64 %p2.addr.02075, 2528
  %1514 = getelementptr inbounds float, ptr %Bk, i64 %1513
  %1515 = load float, ptr %1514, align 4
  %1516 = insertelement <8 x float> poison, float %1515, i64 0
  %1517 = shufflevector <8 x float> %1516, <8 x float> poison, <8 x i32> zeroinitializer
  %1518 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1517, <8 x float> %1470, <8 x float> %acc7.02076)
  %p2.next = shl i64 %p2.addr.02075, 5
  %.idx2003.1 = or disjoint i64 %p2.next, 32
  %1519 = getelementptr inbounds i8, ptr %KT, i64 %.idx2003.1
  %1520 = load <8 x float>, ptr %1519, align 4
  %1521 = or i64 %p2.addr.02075, 2305
  %1522 = getelementptr inbounds float, ptr %Bk, i64 %1521
  %1523 = load float, ptr %1522, align 4
  %1524 = insertelement <8 x float> poison, float %1523, i64 0
  %1525 = shufflevector <8 x float> %1524, <8 x float> poison, <8 x i32> zeroinitializer
  %1526 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1525, <8 x float> %1520, <8 x float> %1476)
  %1527 = or i64 %p2.addr.02075, 2337
  %1528 = getelementptr inbounds float, ptr %Bk, i64 %1527
  %1529 = load float, ptr %1528, align 4
  %1530 = insertelement <8 x float> poison, float %1529, i64 0
  %1531 = shufflevector <8 x float> %1530, <8 x float> poison, <8 x i32> zeroinitializer
  %1532 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1531, <8 x float> %1520, <8 x float> %1482)
  %1533 = or i64 %p2.addr.02075, 2369
  %1534 = getelementptr inbounds float, ptr %Bk, i64 %1533
  %1535 = load float, ptr %1534, align 4
  %1536 = insertelement <8 x float> poison, float %1535, i64 0
  %1537 = shufflevector <8 x float> %1536, <8 x float> poison, <8 x i32> zeroinitializer
  %1538 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1537, <8 x float> %1520, <8 x float> %1488)
  %1539 = or i64 %p2.addr.02075, 2401
  %1540 = getelementptr inbounds float, ptr %Bk, i64 %1539
  %1541 = load float, ptr %1540, align 4
  %1542 = insertelement <8 x float> poison, float %1541, i64 0
  %1543 = shufflevector <8 x float> %1542, <8 x float> poison, <8 x i32> zeroinitializer
  %1544 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1543, <8 x float> %1520, <8 x float> %1494)
  %1545 = or i64 %p2.addr.02075, 2433
  %1546 = getelementptr inbounds float, ptr %Bk, i64 %1545
  %1547 = load float, ptr %1546, align 4
  %1548 = insertelement <8 x float> poison, float %1547, i64 0
  %1549 = shufflevector <8 x float> %1548, <8 x float> poison, <8 x i32> zeroinitializer
  %1550 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1549, <8 x float> %1520, <8 x float> %1500)
  %1551 = or i64 %p2.addr.02075, 2465
  %1552 = getelementptr inbounds float, ptr %Bk, i64 %1551
  %1553 = load float, ptr %1552, align 4
  %1554 = insertelement <8 x float> poison, float %1553, i64 0
  %1555 = shufflevector <8 x float> %1554, <8 x float> poison, <8 x i32> zeroinitializer
  %1556 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1555, <8 x float> %1520, <8 x float> %1506)
  %1557 = or i64 %p2.addr.02075, 2497
  %1558 = getelementptr inbounds float, ptr %Bk, i64 %1557
  %1559 = load float, ptr %1558, align 4
  %1560 = insertelement <8 x float> poison, float %1559, i64 0
  %1561 = shufflevector <8 x float> %1560, <8 x float> poison, <8 x i32> zeroinitializer
  %1562 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1561, <8 x float> %1520, <8 x float> %1512)
  %1563 = or i64 %p2.addr.02075, 2529
  %1564 = getelementptr inbounds float, ptr %Bk, i64 %1563
  %1565 = load float, ptr %1564, align 4
  %1566 = insertelement <8 x float> poison, float %1565, i64 0
  %1567 = shufflevector <8 x float> %1566, <8 x float> poison, <8 x i32> zeroinitializer
  %1568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1567, <8 x float> %1520, <8 x float> %1518)
  %p2.next.1 = add nuw nsw i64 %p2.addr.02075, 2
  %exitcond2504.not.1 = icmp eq i64 %p2.next.1, 32
  br i1 %exitcond2504.not.1, label %p2.exit, label %p2.body

p2.exit:                                          ; preds = %p2.body
  store <8 x float> %1526, ptr %Gm, align 4
  store <8 x float> %1532, ptr %6, align 4
  store <8 x float> %1538, ptr %7, align 4
  store <8 x float> %1544, ptr %8, align 4
  store <8 x float> %1550, ptr %9, align 4
  store <8 x float> %1556, ptr %10, align 4
  store <8 x float> %1562, ptr %11, align 4
  store <8 x float> %1568, ptr %12, align 4
  br label %p3.body

p3.body:                                          ; preds = %p2.exit, %p3.body
  %acc8.02101 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1586, %p3.body ]
  %acc9.02100 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1587, %p3.body ]
  %acc10.02099 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1588, %p3.body ]
  %acc11.02098 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1589, %p3.body ]
  %acc12.02097 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1595, %p3.body ]
  %acc13.02096 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1596, %p3.body ]
  %acc14.02095 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1597, %p3.body ]
  %acc15.02094 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1598, %p3.body ]
  %acc16.02093 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1604, %p3.body ]
  %acc17.02092 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1605, %p3.body ]
  %acc18.02091 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1606, %p3.body ]
  %acc19.02090 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1607, %p3.body ]
  %acc20.02089 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1613, %p3.body ]
  %acc21.02088 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1614, %p3.body ]
  %acc22.02087 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1615, %p3.body ]
  %acc23.02086 = phi <16 x float> [ zeroinitializer, %p2.exit ], [ %1616, %p3.body ]
  %p3.addr.02085 = phi i64 [ 0, %p2.exit ], [ %p3.next, %p3.body ]
  %1569 = shl nuw nsw i64 %p3.addr.02085, 6
  %1570 = getelementptr inbounds float, ptr %work, i64 %1569
  %1571 = load <16 x float>, ptr %1570, align 4
  %1572 = or disjoint i64 %1569, 16
  %1573 = getelementptr inbounds float, ptr %work, i64 %1572
  %1574 = load <16 x float>, ptr %1573, align 4
  %1575 = or disjoint i64 %1569, 32
  %1576 = getelementptr inbounds float, ptr %work, i64 %1575
  %1577 = load <16 x float>, ptr %1576, align 4
  %1578 = or disjoint i64 %1569, 48
  %1579 = getelementptr inbounds float, ptr %work, i64 %1578
  %1580 = load <16 x float>, ptr %1579, align 4
  %1581 = or disjoint i64 %p3.addr.02085, 2304
  %1582 = getelementptr inbounds float, ptr %Bk, i64 %1581
  %1583 = load float, ptr %1582, align 4
  %1584 = insertelement <16 x float> poison, float %1583, i64 0
  %1585 = shufflevector <16 x float> %1584, <16 x float> poison, <16 x i32> zeroinitializer
  %1586 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1585, <16 x float> %1571, <16 x float> %acc8.02101)
  %1587 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1585, <16 x float> %1574, <16 x float> %acc9.02100)
  %1588 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1585, <16 x float> %1577, <16 x float> %acc10.02099)
  %1589 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1585, <16 x float> %1580, <16 x float> %acc11.02098)
  %1590 = or disjoint i64 %p3.addr.02085, 2336
  %1591 = getelementptr inbounds float, ptr %Bk, i64 %1590
  %1592 = load float, ptr %1591, align 4
  %1593 = insertelement <16 x float> poison, float %1592, i64 0
  %1594 = shufflevector <16 x float> %1593, <16 x float> poison, <16 x i32> zeroinitializer
  %1595 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1594, <16 x float> %1571, <16 x float> %acc12.02097)
  %1596 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1594, <16 x float> %1574, <16 x float> %acc13.02096)
  %1597 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1594, <16 x float> %1577, <16 x float> %acc14.02095)
  %1598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1594, <16 x float> %1580, <16 x float> %acc15.02094)
  %1599 = or disjoint i64 %p3.addr.02085, 2368
  %1600 = getelementptr inbounds float, ptr %Bk, i64 %1599
  %1601 = load float, ptr %1600, align 4
  %1602 = insertelement <16 x float> poison, float %1601, i64 0
  %1603 = shufflevector <16 x float> %1602, <16 x float> poison, <16 x i32> zeroinitializer
  %1604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1603, <16 x float> %1571, <16 x float> %acc16.02093)
  %1605 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1603, <16 x float> %1574, <16 x float> %acc17.02092)
  %1606 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1603, <16 x float> %1577, <16 x float> %acc18.02091)
  %1607 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1603, <16 x float> %1580, <16 x float> %acc19.02090)
  %1608 = or disjoint i64 %p3.addr.02085, 2400
  %1609 = getelementptr inbounds float, ptr %Bk, i64 %1608
  %1610 = load float, ptr %1609, align 4
  %1611 = insertelement <16 x float> poison, float %1610, i64 0
  %1612 = shufflevector <16 x float> %1611, <16 x float> poison, <16 x i32> zeroinitializer
  %1613 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1612, <16 x float> %1571, <16 x float> %acc20.02089)
  %1614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1612, <16 x float> %1574, <16 x float> %acc21.02088)
  %1615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1612, <16 x float> %1577, <16 x float> %acc22.02087)
  %1616 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1612, <16 x float> %1580, <16 x float> %acc23.02086)
  %p3.next = add nuw nsw i64 %p3.addr.02085, 1
  %exitcond2505.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2505.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1586, ptr %KSdS, align 4
  store <16 x float> %1587, ptr %263, align 4
  store <16 x float> %1588, ptr %264, align 4
  store <16 x float> %1589, ptr %265, align 4
  store <16 x float> %1595, ptr %266, align 4
  store <16 x float> %1596, ptr %267, align 4
  store <16 x float> %1597, ptr %268, align 4
  store <16 x float> %1598, ptr %269, align 4
  store <16 x float> %1604, ptr %270, align 4
  store <16 x float> %1605, ptr %271, align 4
  store <16 x float> %1606, ptr %272, align 4
  store <16 x float> %1607, ptr %273, align 4
  store <16 x float> %1613, ptr %274, align 4
  store <16 x float> %1614, ptr %275, align 4
  store <16 x float> %1615, ptr %276, align 4
  store <16 x float> %1616, ptr %277, align 4
  br label %p3.body.1

p3.body.1:                                        ; preds = %p3.body.1, %p3.exit
  %acc8.02101.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1635, %p3.body.1 ]
  %acc9.02100.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1636, %p3.body.1 ]
  %acc10.02099.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1637, %p3.body.1 ]
  %acc11.02098.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1638, %p3.body.1 ]
  %acc12.02097.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1644, %p3.body.1 ]
  %acc13.02096.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1645, %p3.body.1 ]
  %acc14.02095.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1646, %p3.body.1 ]
  %acc15.02094.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1647, %p3.body.1 ]
  %acc16.02093.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1653, %p3.body.1 ]
  %acc17.02092.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1654, %p3.body.1 ]
  %acc18.02091.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1655, %p3.body.1 ]
  %acc19.02090.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1656, %p3.body.1 ]
  %acc20.02089.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1662, %p3.body.1 ]
  %acc21.02088.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1663, %p3.body.1 ]
  %acc22.02087.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1664, %p3.body.1 ]
  %acc23.02086.1 = phi <16 x float> [ zeroinitializer, %p3.exit ], [ %1665, %p3.body.1 ]
  %p3.addr.02085.1 = phi i64 [ 0, %p3.exit ], [ %p3.next.1, %p3.body.1 ]
  %1617 = shl nuw nsw i64 %p3.addr.02085.1, 6
  %1618 = getelementptr inbounds float, ptr %work, i64 %1617
  %1619 = load <16 x float>, ptr %1618, align 4
  %1620 = or disjoint i64 %1617, 16
  %1621 = getelementptr inbounds float, ptr %work, i64 %1620
  %1622 = load <16 x float>, ptr %1621, align 4
  %1623 = or disjoint i64 %1617, 32
  %1624 = getelementptr inbounds float, ptr %work, i64 %1623
  %1625 = load <16 x float>, ptr %1624, align 4
  %1626 = or disjoint i64 %1617, 48
  %1627 = getelementptr inbounds float, ptr %work, i64 %1626
  %1628 = load <16 x float>, ptr %1627, align 4
  %1629 = add nuw nsw i64 %p3.addr.02085.1, 128
  %1630 = or disjoint i64 %1629, 2304
  %1631 = getelementptr inbounds float, ptr %Bk, i64 %1630
  %1632 = load float, ptr %1631, align 4
  %1633 = insertelement <16 x float> poison, float %1632, i64 0
  %1634 = shufflevector <16 x float> %1633, <16 x float> poison, <16 x i32> zeroinitializer
  %1635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1634, <16 x float> %1619, <16 x float> %acc8.02101.1)
  %1636 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1634, <16 x float> %1622, <16 x float> %acc9.02100.1)
  %1637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1634, <16 x float> %1625, <16 x float> %acc10.02099.1)
  %1638 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1634, <16 x float> %1628, <16 x float> %acc11.02098.1)
  %1639 = or disjoint i64 %1629, 2336
  %1640 = getelementptr inbounds float, ptr %Bk, i64 %1639
  %1641 = load float, ptr %1640, align 4
  %1642 = insertelement <16 x float> poison, float %1641, i64 0
  %1643 = shufflevector <16 x float> %1642, <16 x float> poison, <16 x i32> zeroinitializer
  %1644 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1643, <16 x float> %1619, <16 x float> %acc12.02097.1)
  %1645 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1643, <16 x float> %1622, <16 x float> %acc13.02096.1)
  %1646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1643, <16 x float> %1625, <16 x float> %acc14.02095.1)
  %1647 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1643, <16 x float> %1628, <16 x float> %acc15.02094.1)
  %1648 = or disjoint i64 %1629, 2368
  %1649 = getelementptr inbounds float, ptr %Bk, i64 %1648
  %1650 = load float, ptr %1649, align 4
  %1651 = insertelement <16 x float> poison, float %1650, i64 0
  %1652 = shufflevector <16 x float> %1651, <16 x float> poison, <16 x i32> zeroinitializer
  %1653 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1652, <16 x float> %1619, <16 x float> %acc16.02093.1)
  %1654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1652, <16 x float> %1622, <16 x float> %acc17.02092.1)
  %1655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1652, <16 x float> %1625, <16 x float> %acc18.02091.1)
  %1656 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1652, <16 x float> %1628, <16 x float> %acc19.02090.1)
  %1657 = or disjoint i64 %1629, 2400
  %1658 = getelementptr inbounds float, ptr %Bk, i64 %1657
  %1659 = load float, ptr %1658, align 4
  %1660 = insertelement <16 x float> poison, float %1659, i64 0
  %1661 = shufflevector <16 x float> %1660, <16 x float> poison, <16 x i32> zeroinitializer
  %1662 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1661, <16 x float> %1619, <16 x float> %acc20.02089.1)
  %1663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1661, <16 x float> %1622, <16 x float> %acc21.02088.1)
  %1664 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1661, <16 x float> %1625, <16 x float> %acc22.02087.1)
  %1665 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1661, <16 x float> %1628, <16 x float> %acc23.02086.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.02085.1, 1
  %exitcond2505.1.not = icmp eq i64 %p3.next.1, 32
  br i1 %exitcond2505.1.not, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  store <16 x float> %1635, ptr %278, align 4
  store <16 x float> %1636, ptr %279, align 4
  store <16 x float> %1637, ptr %280, align 4
  store <16 x float> %1638, ptr %281, align 4
  store <16 x float> %1644, ptr %282, align 4
  store <16 x float> %1645, ptr %283, align 4
  store <16 x float> %1646, ptr %284, align 4
  store <16 x float> %1647, ptr %285, align 4
  store <16 x float> %1653, ptr %286, align 4
  store <16 x float> %1654, ptr %287, align 4
  store <16 x float> %1655, ptr %288, align 4
  store <16 x float> %1656, ptr %289, align 4
  store <16 x float> %1662, ptr %290, align 4
  store <16 x float> %1663, ptr %291, align 4
  store <16 x float> %1664, ptr %292, align 4
  store <16 x float> %1665, ptr %293, align 4
  %1666 = load <16 x float>, ptr %Rr, align 4
  %1667 = fsub <16 x float> %1666, %1586
  store <16 x float> %1667, ptr %Rr, align 4
  %1668 = load <16 x float>, ptr %294, align 4
  %1669 = fsub <16 x float> %1668, %1587
  store <16 x float> %1669, ptr %294, align 4
  %1670 = load <16 x float>, ptr %295, align 4
  %1671 = fsub <16 x float> %1670, %1595
  store <16 x float> %1671, ptr %295, align 4
  %1672 = load <16 x float>, ptr %296, align 4
  %1673 = fsub <16 x float> %1672, %1596
  store <16 x float> %1673, ptr %296, align 4
  %1674 = load <16 x float>, ptr %297, align 4
  %1675 = fsub <16 x float> %1674, %1604
  store <16 x float> %1675, ptr %297, align 4
  %1676 = load <16 x float>, ptr %298, align 4
  %1677 = fsub <16 x float> %1676, %1605
  store <16 x float> %1677, ptr %298, align 4
  %1678 = load <16 x float>, ptr %299, align 4
  %1679 = fsub <16 x float> %1678, %1613
  store <16 x float> %1679, ptr %299, align 4
  %1680 = load <16 x float>, ptr %300, align 4
  %1681 = fsub <16 x float> %1680, %1614
  store <16 x float> %1681, ptr %300, align 4
  %1682 = load <16 x float>, ptr %301, align 4
  %1683 = fsub <16 x float> %1682, %1635
  store <16 x float> %1683, ptr %301, align 4
  %1684 = load <16 x float>, ptr %302, align 4
  %1685 = fsub <16 x float> %1684, %1636
  store <16 x float> %1685, ptr %302, align 4
  %1686 = load <16 x float>, ptr %303, align 4
  %1687 = fsub <16 x float> %1686, %1644
  store <16 x float> %1687, ptr %303, align 4
  %1688 = load <16 x float>, ptr %304, align 4
  %1689 = fsub <16 x float> %1688, %1645
  store <16 x float> %1689, ptr %304, align 4
  %1690 = load <16 x float>, ptr %305, align 4
  %1691 = fsub <16 x float> %1690, %1653
  store <16 x float> %1691, ptr %305, align 4
  %1692 = load <16 x float>, ptr %306, align 4
  %1693 = fsub <16 x float> %1692, %1654
  store <16 x float> %1693, ptr %306, align 4
  %1694 = load <16 x float>, ptr %307, align 4
  %1695 = fsub <16 x float> %1694, %1662
  store <16 x float> %1695, ptr %307, align 4
  %1696 = load <16 x float>, ptr %308, align 4
  %1697 = fsub <16 x float> %1696, %1663
  store <16 x float> %1697, ptr %308, align 4
  br label %ib.body

ib.body:                                          ; preds = %p3.exit.1, %j17.exit
  %indvars.iv = phi i64 [ 0, %p3.exit.1 ], [ %indvars.iv.next, %j17.exit ]
  %.not2315 = phi i1 [ true, %p3.exit.1 ], [ false, %j17.exit ]
  %ib.addr.02121 = phi i64 [ 0, %p3.exit.1 ], [ 1, %j17.exit ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02121, 2
  br i1 %.not2315, label %j17.exit, label %j17.body.lr.ph

j17.body.lr.ph:                                   ; preds = %ib.body
  %.idx2002 = shl nuw nsw i64 %ib.addr.02121, 7
  %1698 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2002
  %1699 = shl nuw nsw i64 %ib.addr.02121, 5
  %1700 = or disjoint i64 %1699, 8
  %1701 = getelementptr inbounds float, ptr %Gm, i64 %1700
  %1702 = or disjoint i64 %1699, 16
  %1703 = getelementptr inbounds float, ptr %Gm, i64 %1702
  %1704 = or disjoint i64 %1699, 24
  %1705 = getelementptr inbounds float, ptr %Gm, i64 %1704
  %1706 = load <16 x float>, ptr %Vn, align 4
  %1707 = load <16 x float>, ptr %452, align 4
  %1708 = load float, ptr %1698, align 4
  %1709 = insertelement <16 x float> poison, float %1708, i64 0
  %1710 = shufflevector <16 x float> %1709, <16 x float> poison, <16 x i32> zeroinitializer
  %1711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1710, <16 x float> %1706, <16 x float> zeroinitializer)
  %1712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1710, <16 x float> %1707, <16 x float> zeroinitializer)
  %1713 = load float, ptr %1701, align 4
  %1714 = insertelement <16 x float> poison, float %1713, i64 0
  %1715 = shufflevector <16 x float> %1714, <16 x float> poison, <16 x i32> zeroinitializer
  %1716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1706, <16 x float> zeroinitializer)
  %1717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1707, <16 x float> zeroinitializer)
  %1718 = load float, ptr %1703, align 4
  %1719 = insertelement <16 x float> poison, float %1718, i64 0
  %1720 = shufflevector <16 x float> %1719, <16 x float> poison, <16 x i32> zeroinitializer
  %1721 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1720, <16 x float> %1706, <16 x float> zeroinitializer)
  %1722 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1720, <16 x float> %1707, <16 x float> zeroinitializer)
  %1723 = load float, ptr %1705, align 4
  %1724 = insertelement <16 x float> poison, float %1723, i64 0
  %1725 = shufflevector <16 x float> %1724, <16 x float> poison, <16 x i32> zeroinitializer
  %1726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1725, <16 x float> %1706, <16 x float> zeroinitializer)
  %1727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1725, <16 x float> %1707, <16 x float> zeroinitializer)
  %exitcond2509.not = icmp eq i64 %umax, 1
  br i1 %exitcond2509.not, label %j17.exit, label %j17.body.3

j17.body.3:                                       ; preds = %j17.body.lr.ph
  %1728 = getelementptr inbounds i8, ptr %1705, i64 8
  %1729 = load float, ptr %1728, align 4
  %1730 = insertelement <16 x float> poison, float %1729, i64 0
  %1731 = shufflevector <16 x float> %1730, <16 x float> poison, <16 x i32> zeroinitializer
  %1732 = load <16 x float>, ptr %453, align 4
  %1733 = getelementptr inbounds i8, ptr %1705, i64 4
  %1734 = load float, ptr %1733, align 4
  %1735 = insertelement <16 x float> poison, float %1734, i64 0
  %1736 = shufflevector <16 x float> %1735, <16 x float> poison, <16 x i32> zeroinitializer
  %1737 = load <16 x float>, ptr %454, align 4
  %1738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1736, <16 x float> %1737, <16 x float> %1727)
  %1739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1731, <16 x float> %1732, <16 x float> %1738)
  %1740 = load <16 x float>, ptr %455, align 4
  %1741 = load <16 x float>, ptr %456, align 4
  %1742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1736, <16 x float> %1741, <16 x float> %1726)
  %1743 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1731, <16 x float> %1740, <16 x float> %1742)
  %1744 = getelementptr inbounds i8, ptr %1703, i64 8
  %1745 = load float, ptr %1744, align 4
  %1746 = insertelement <16 x float> poison, float %1745, i64 0
  %1747 = shufflevector <16 x float> %1746, <16 x float> poison, <16 x i32> zeroinitializer
  %1748 = getelementptr inbounds i8, ptr %1703, i64 4
  %1749 = load float, ptr %1748, align 4
  %1750 = insertelement <16 x float> poison, float %1749, i64 0
  %1751 = shufflevector <16 x float> %1750, <16 x float> poison, <16 x i32> zeroinitializer
  %1752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1751, <16 x float> %1737, <16 x float> %1722)
  %1753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1747, <16 x float> %1732, <16 x float> %1752)
  %1754 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1751, <16 x float> %1741, <16 x float> %1721)
  %1755 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1747, <16 x float> %1740, <16 x float> %1754)
  %1756 = getelementptr inbounds i8, ptr %1701, i64 8
  %1757 = load float, ptr %1756, align 4
  %1758 = insertelement <16 x float> poison, float %1757, i64 0
  %1759 = shufflevector <16 x float> %1758, <16 x float> poison, <16 x i32> zeroinitializer
  %1760 = getelementptr inbounds i8, ptr %1701, i64 4
  %1761 = load float, ptr %1760, align 4
  %1762 = insertelement <16 x float> poison, float %1761, i64 0
  %1763 = shufflevector <16 x float> %1762, <16 x float> poison, <16 x i32> zeroinitializer
  %1764 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1763, <16 x float> %1737, <16 x float> %1717)
  %1765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1759, <16 x float> %1732, <16 x float> %1764)
  %1766 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1763, <16 x float> %1741, <16 x float> %1716)
  %1767 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1759, <16 x float> %1740, <16 x float> %1766)
  %1768 = getelementptr inbounds i8, ptr %1698, i64 8
  %1769 = load float, ptr %1768, align 4
  %1770 = insertelement <16 x float> poison, float %1769, i64 0
  %1771 = shufflevector <16 x float> %1770, <16 x float> poison, <16 x i32> zeroinitializer
  %1772 = getelementptr inbounds i8, ptr %1698, i64 4
  %1773 = load float, ptr %1772, align 4
  %1774 = insertelement <16 x float> poison, float %1773, i64 0
  %1775 = shufflevector <16 x float> %1774, <16 x float> poison, <16 x i32> zeroinitializer
  %1776 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1775, <16 x float> %1737, <16 x float> %1712)
  %1777 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1771, <16 x float> %1732, <16 x float> %1776)
  %1778 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1775, <16 x float> %1741, <16 x float> %1711)
  %1779 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1771, <16 x float> %1740, <16 x float> %1778)
  %1780 = load <16 x float>, ptr %457, align 4
  %1781 = load <16 x float>, ptr %458, align 4
  %1782 = getelementptr inbounds i8, ptr %1698, i64 12
  %1783 = load float, ptr %1782, align 4
  %1784 = insertelement <16 x float> poison, float %1783, i64 0
  %1785 = shufflevector <16 x float> %1784, <16 x float> poison, <16 x i32> zeroinitializer
  %1786 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1785, <16 x float> %1780, <16 x float> %1779)
  %1787 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1785, <16 x float> %1781, <16 x float> %1777)
  %1788 = getelementptr inbounds i8, ptr %1701, i64 12
  %1789 = load float, ptr %1788, align 4
  %1790 = insertelement <16 x float> poison, float %1789, i64 0
  %1791 = shufflevector <16 x float> %1790, <16 x float> poison, <16 x i32> zeroinitializer
  %1792 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1791, <16 x float> %1780, <16 x float> %1767)
  %1793 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1791, <16 x float> %1781, <16 x float> %1765)
  %1794 = getelementptr inbounds i8, ptr %1703, i64 12
  %1795 = load float, ptr %1794, align 4
  %1796 = insertelement <16 x float> poison, float %1795, i64 0
  %1797 = shufflevector <16 x float> %1796, <16 x float> poison, <16 x i32> zeroinitializer
  %1798 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1797, <16 x float> %1780, <16 x float> %1755)
  %1799 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1797, <16 x float> %1781, <16 x float> %1753)
  %1800 = getelementptr inbounds i8, ptr %1705, i64 12
  %1801 = load float, ptr %1800, align 4
  %1802 = insertelement <16 x float> poison, float %1801, i64 0
  %1803 = shufflevector <16 x float> %1802, <16 x float> poison, <16 x i32> zeroinitializer
  %1804 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1803, <16 x float> %1780, <16 x float> %1743)
  %1805 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1803, <16 x float> %1781, <16 x float> %1739)
  br label %j17.exit

j17.exit:                                         ; preds = %j17.body.lr.ph, %j17.body.3, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %.idx2002, %j17.body.3 ], [ %.idx2002, %j17.body.lr.ph ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1727, %j17.body.lr.ph ], [ %1805, %j17.body.3 ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1726, %j17.body.lr.ph ], [ %1804, %j17.body.3 ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1722, %j17.body.lr.ph ], [ %1799, %j17.body.3 ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1721, %j17.body.lr.ph ], [ %1798, %j17.body.3 ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1717, %j17.body.lr.ph ], [ %1793, %j17.body.3 ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1716, %j17.body.lr.ph ], [ %1792, %j17.body.3 ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1712, %j17.body.lr.ph ], [ %1787, %j17.body.3 ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %1711, %j17.body.lr.ph ], [ %1786, %j17.body.3 ]
  %1806 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1807 = load float, ptr %1806, align 4
  %1808 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1809 = load <16 x float>, ptr %1808, align 4
  %1810 = fsub <16 x float> %1809, %acc24.0.lcssa
  store <16 x float> %1810, ptr %1808, align 4
  %1811 = insertelement <16 x float> poison, float %1807, i64 0
  %1812 = shufflevector <16 x float> %1811, <16 x float> poison, <16 x i32> zeroinitializer
  %1813 = fmul <16 x float> %1812, %1810
  %1814 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1813, ptr %1814, align 4
  %1815 = mul nuw nsw i64 %ib.addr.02121, 320
  %1816 = getelementptr inbounds float, ptr %Ak, i64 %1815
  store <16 x float> %1813, ptr %1816, align 4
  %1817 = or disjoint i64 %.pre-phi, 16
  %1818 = getelementptr inbounds float, ptr %Rr, i64 %1817
  %1819 = load <16 x float>, ptr %1818, align 4
  %1820 = fsub <16 x float> %1819, %acc25.0.lcssa
  store <16 x float> %1820, ptr %1818, align 4
  %1821 = fmul <16 x float> %1812, %1820
  %1822 = getelementptr inbounds float, ptr %Vn, i64 %1817
  store <16 x float> %1821, ptr %1822, align 4
  %1823 = or disjoint i64 %1815, 16
  %1824 = getelementptr inbounds float, ptr %Ak, i64 %1823
  store <16 x float> %1821, ptr %1824, align 4
  %i18 = or disjoint i64 %i0, 1
  %.idx2316 = shl nuw nsw i64 %i18, 5
  %1825 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2316
  %1826 = getelementptr inbounds float, ptr %1825, i64 %i0
  %1827 = load float, ptr %1826, align 4
  %1828 = insertelement <16 x float> poison, float %1827, i64 0
  %1829 = shufflevector <16 x float> %1828, <16 x float> poison, <16 x i32> zeroinitializer
  %1830 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1829, <16 x float> %1813, <16 x float> %acc26.0.lcssa)
  %1831 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1829, <16 x float> %1821, <16 x float> %acc27.0.lcssa)
  %1832 = getelementptr inbounds float, ptr %bet, i64 %i18
  %1833 = load float, ptr %1832, align 4
  %1834 = getelementptr inbounds float, ptr %Rr, i64 %.idx2316
  %1835 = load <16 x float>, ptr %1834, align 4
  %1836 = fsub <16 x float> %1835, %1830
  store <16 x float> %1836, ptr %1834, align 4
  %1837 = insertelement <16 x float> poison, float %1833, i64 0
  %1838 = shufflevector <16 x float> %1837, <16 x float> poison, <16 x i32> zeroinitializer
  %1839 = fmul <16 x float> %1838, %1836
  %1840 = getelementptr inbounds float, ptr %Vn, i64 %.idx2316
  store <16 x float> %1839, ptr %1840, align 4
  %.idx2036 = mul nuw nsw i64 %i18, 320
  %1841 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2036
  store <16 x float> %1839, ptr %1841, align 4
  %1842 = or disjoint i64 %.idx2316, 16
  %1843 = getelementptr inbounds float, ptr %Rr, i64 %1842
  %1844 = load <16 x float>, ptr %1843, align 4
  %1845 = fsub <16 x float> %1844, %1831
  store <16 x float> %1845, ptr %1843, align 4
  %1846 = fmul <16 x float> %1838, %1845
  %1847 = getelementptr inbounds float, ptr %Vn, i64 %1842
  store <16 x float> %1846, ptr %1847, align 4
  %1848 = getelementptr inbounds i8, ptr %1841, i64 64
  store <16 x float> %1846, ptr %1848, align 4
  %i19 = or disjoint i64 %i0, 2
  %1849 = shl nuw nsw i64 %i19, 3
  %1850 = or disjoint i64 %1849, %i0
  %1851 = getelementptr inbounds float, ptr %Gm, i64 %1850
  %1852 = load float, ptr %1851, align 4
  %1853 = insertelement <16 x float> poison, float %1852, i64 0
  %1854 = shufflevector <16 x float> %1853, <16 x float> poison, <16 x i32> zeroinitializer
  %1855 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1854, <16 x float> %1813, <16 x float> %acc28.0.lcssa)
  %1856 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1854, <16 x float> %1821, <16 x float> %acc29.0.lcssa)
  %1857 = or disjoint i64 %1849, %i18
  %1858 = getelementptr inbounds float, ptr %Gm, i64 %1857
  %1859 = load float, ptr %1858, align 4
  %1860 = insertelement <16 x float> poison, float %1859, i64 0
  %1861 = shufflevector <16 x float> %1860, <16 x float> poison, <16 x i32> zeroinitializer
  %1862 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1861, <16 x float> %1839, <16 x float> %1855)
  %1863 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1861, <16 x float> %1846, <16 x float> %1856)
  %1864 = getelementptr inbounds float, ptr %bet, i64 %i19
  %1865 = load float, ptr %1864, align 4
  %1866 = shl nuw nsw i64 %i19, 5
  %1867 = getelementptr inbounds float, ptr %Rr, i64 %1866
  %1868 = load <16 x float>, ptr %1867, align 4
  %1869 = fsub <16 x float> %1868, %1862
  store <16 x float> %1869, ptr %1867, align 4
  %1870 = insertelement <16 x float> poison, float %1865, i64 0
  %1871 = shufflevector <16 x float> %1870, <16 x float> poison, <16 x i32> zeroinitializer
  %1872 = fmul <16 x float> %1871, %1869
  %1873 = getelementptr inbounds float, ptr %Vn, i64 %1866
  store <16 x float> %1872, ptr %1873, align 4
  %1874 = mul nuw nsw i64 %i19, 80
  %1875 = getelementptr inbounds float, ptr %Ak, i64 %1874
  store <16 x float> %1872, ptr %1875, align 4
  %1876 = or disjoint i64 %1866, 16
  %1877 = getelementptr inbounds float, ptr %Rr, i64 %1876
  %1878 = load <16 x float>, ptr %1877, align 4
  %1879 = fsub <16 x float> %1878, %1863
  store <16 x float> %1879, ptr %1877, align 4
  %1880 = fmul <16 x float> %1871, %1879
  %1881 = getelementptr inbounds float, ptr %Vn, i64 %1876
  store <16 x float> %1880, ptr %1881, align 4
  %1882 = or disjoint i64 %1874, 16
  %1883 = getelementptr inbounds float, ptr %Ak, i64 %1882
  store <16 x float> %1880, ptr %1883, align 4
  %i20 = or disjoint i64 %i0, 3
  %1884 = shl nuw nsw i64 %i20, 3
  %1885 = or disjoint i64 %1884, %i0
  %1886 = getelementptr inbounds float, ptr %Gm, i64 %1885
  %1887 = load float, ptr %1886, align 4
  %1888 = insertelement <16 x float> poison, float %1887, i64 0
  %1889 = shufflevector <16 x float> %1888, <16 x float> poison, <16 x i32> zeroinitializer
  %1890 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1889, <16 x float> %1813, <16 x float> %acc30.0.lcssa)
  %1891 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1889, <16 x float> %1821, <16 x float> %acc31.0.lcssa)
  %1892 = or disjoint i64 %1884, %i18
  %1893 = getelementptr inbounds float, ptr %Gm, i64 %1892
  %1894 = load float, ptr %1893, align 4
  %1895 = insertelement <16 x float> poison, float %1894, i64 0
  %1896 = shufflevector <16 x float> %1895, <16 x float> poison, <16 x i32> zeroinitializer
  %1897 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1896, <16 x float> %1839, <16 x float> %1890)
  %1898 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1896, <16 x float> %1846, <16 x float> %1891)
  %1899 = or disjoint i64 %1884, %i19
  %1900 = getelementptr inbounds float, ptr %Gm, i64 %1899
  %1901 = load float, ptr %1900, align 4
  %1902 = insertelement <16 x float> poison, float %1901, i64 0
  %1903 = shufflevector <16 x float> %1902, <16 x float> poison, <16 x i32> zeroinitializer
  %1904 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1903, <16 x float> %1872, <16 x float> %1897)
  %1905 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1903, <16 x float> %1880, <16 x float> %1898)
  %1906 = getelementptr inbounds float, ptr %bet, i64 %i20
  %1907 = load float, ptr %1906, align 4
  %1908 = shl nuw nsw i64 %i20, 5
  %1909 = getelementptr inbounds float, ptr %Rr, i64 %1908
  %1910 = load <16 x float>, ptr %1909, align 4
  %1911 = fsub <16 x float> %1910, %1904
  store <16 x float> %1911, ptr %1909, align 4
  %1912 = insertelement <16 x float> poison, float %1907, i64 0
  %1913 = shufflevector <16 x float> %1912, <16 x float> poison, <16 x i32> zeroinitializer
  %1914 = fmul <16 x float> %1913, %1911
  %1915 = getelementptr inbounds float, ptr %Vn, i64 %1908
  store <16 x float> %1914, ptr %1915, align 4
  %.idx2037 = mul nuw nsw i64 %i20, 320
  %1916 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2037
  store <16 x float> %1914, ptr %1916, align 4
  %1917 = or disjoint i64 %1908, 16
  %1918 = getelementptr inbounds float, ptr %Rr, i64 %1917
  %1919 = load <16 x float>, ptr %1918, align 4
  %1920 = fsub <16 x float> %1919, %1905
  store <16 x float> %1920, ptr %1918, align 4
  %1921 = fmul <16 x float> %1913, %1920
  %1922 = getelementptr inbounds float, ptr %Vn, i64 %1917
  store <16 x float> %1921, ptr %1922, align 4
  %1923 = getelementptr inbounds i8, ptr %1916, i64 64
  store <16 x float> %1921, ptr %1923, align 4
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 4
  br i1 %.not2315, label %ib.body, label %j18.body.preheader

j18.body.preheader:                               ; preds = %j17.exit
  %1924 = load <8 x float>, ptr %Vn, align 4
  %1925 = load <8 x float>, ptr %309, align 4
  %1926 = load <8 x float>, ptr %310, align 4
  %1927 = load <8 x float>, ptr %311, align 4
  %1928 = load <8 x float>, ptr %312, align 4
  %1929 = load <8 x float>, ptr %313, align 4
  %1930 = load <8 x float>, ptr %314, align 4
  %1931 = load <8 x float>, ptr %315, align 4
  %1932 = shufflevector <8 x float> %1924, <8 x float> %1925, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1933 = shufflevector <8 x float> %1928, <8 x float> %1929, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1934 = shufflevector <8 x float> %1926, <8 x float> %1927, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1935 = shufflevector <8 x float> %1930, <8 x float> %1931, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1936 = shufflevector <8 x float> %1924, <8 x float> %1925, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1937 = shufflevector <8 x float> %1928, <8 x float> %1929, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1938 = shufflevector <8 x float> %1926, <8 x float> %1927, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1939 = shufflevector <8 x float> %1930, <8 x float> %1931, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1940 = shufflevector <8 x float> %1932, <8 x float> %1933, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1941 = shufflevector <8 x float> %1934, <8 x float> %1935, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1942 = shufflevector <8 x float> %1932, <8 x float> %1933, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1943 = shufflevector <8 x float> %1934, <8 x float> %1935, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1944 = shufflevector <8 x float> %1936, <8 x float> %1937, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1945 = shufflevector <8 x float> %1938, <8 x float> %1939, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1946 = shufflevector <8 x float> %1936, <8 x float> %1937, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1947 = shufflevector <8 x float> %1938, <8 x float> %1939, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1948 = shufflevector <8 x float> %1940, <8 x float> %1941, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1948, ptr %VnT, align 4
  %1949 = shufflevector <8 x float> %1940, <8 x float> %1941, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1949, ptr %316, align 4
  %1950 = shufflevector <8 x float> %1942, <8 x float> %1943, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1950, ptr %317, align 4
  %1951 = shufflevector <8 x float> %1942, <8 x float> %1943, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1951, ptr %318, align 4
  %1952 = shufflevector <8 x float> %1944, <8 x float> %1945, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1952, ptr %319, align 4
  %1953 = shufflevector <8 x float> %1944, <8 x float> %1945, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1953, ptr %320, align 4
  %1954 = shufflevector <8 x float> %1946, <8 x float> %1947, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1954, ptr %321, align 4
  %1955 = shufflevector <8 x float> %1946, <8 x float> %1947, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1955, ptr %322, align 4
  %1956 = load <8 x float>, ptr %323, align 4
  %1957 = load <8 x float>, ptr %324, align 4
  %1958 = load <8 x float>, ptr %325, align 4
  %1959 = load <8 x float>, ptr %326, align 4
  %1960 = load <8 x float>, ptr %327, align 4
  %1961 = load <8 x float>, ptr %328, align 4
  %1962 = load <8 x float>, ptr %329, align 4
  %1963 = load <8 x float>, ptr %330, align 4
  %1964 = shufflevector <8 x float> %1956, <8 x float> %1957, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1965 = shufflevector <8 x float> %1960, <8 x float> %1961, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1966 = shufflevector <8 x float> %1958, <8 x float> %1959, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1967 = shufflevector <8 x float> %1962, <8 x float> %1963, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1968 = shufflevector <8 x float> %1956, <8 x float> %1957, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1969 = shufflevector <8 x float> %1960, <8 x float> %1961, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1970 = shufflevector <8 x float> %1958, <8 x float> %1959, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1971 = shufflevector <8 x float> %1962, <8 x float> %1963, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1972 = shufflevector <8 x float> %1964, <8 x float> %1965, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1973 = shufflevector <8 x float> %1966, <8 x float> %1967, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1974 = shufflevector <8 x float> %1964, <8 x float> %1965, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1975 = shufflevector <8 x float> %1966, <8 x float> %1967, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1976 = shufflevector <8 x float> %1968, <8 x float> %1969, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1977 = shufflevector <8 x float> %1970, <8 x float> %1971, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1978 = shufflevector <8 x float> %1968, <8 x float> %1969, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1979 = shufflevector <8 x float> %1970, <8 x float> %1971, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1980 = shufflevector <8 x float> %1972, <8 x float> %1973, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1980, ptr %331, align 4
  %1981 = shufflevector <8 x float> %1972, <8 x float> %1973, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1981, ptr %332, align 4
  %1982 = shufflevector <8 x float> %1974, <8 x float> %1975, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1982, ptr %333, align 4
  %1983 = shufflevector <8 x float> %1974, <8 x float> %1975, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1983, ptr %334, align 4
  %1984 = shufflevector <8 x float> %1976, <8 x float> %1977, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1984, ptr %335, align 4
  %1985 = shufflevector <8 x float> %1976, <8 x float> %1977, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1985, ptr %336, align 4
  %1986 = shufflevector <8 x float> %1978, <8 x float> %1979, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1986, ptr %337, align 4
  %1987 = shufflevector <8 x float> %1978, <8 x float> %1979, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1987, ptr %338, align 4
  %1988 = load <8 x float>, ptr %339, align 4
  %1989 = load <8 x float>, ptr %340, align 4
  %1990 = load <8 x float>, ptr %341, align 4
  %1991 = load <8 x float>, ptr %342, align 4
  %1992 = load <8 x float>, ptr %343, align 4
  %1993 = load <8 x float>, ptr %344, align 4
  %1994 = load <8 x float>, ptr %345, align 4
  %1995 = load <8 x float>, ptr %346, align 4
  %1996 = shufflevector <8 x float> %1988, <8 x float> %1989, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1997 = shufflevector <8 x float> %1992, <8 x float> %1993, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1998 = shufflevector <8 x float> %1990, <8 x float> %1991, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1999 = shufflevector <8 x float> %1994, <8 x float> %1995, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %2000 = shufflevector <8 x float> %1988, <8 x float> %1989, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2001 = shufflevector <8 x float> %1992, <8 x float> %1993, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2002 = shufflevector <8 x float> %1990, <8 x float> %1991, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2003 = shufflevector <8 x float> %1994, <8 x float> %1995, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2004 = shufflevector <8 x float> %1996, <8 x float> %1997, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2005 = shufflevector <8 x float> %1998, <8 x float> %1999, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2006 = shufflevector <8 x float> %1996, <8 x float> %1997, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2007 = shufflevector <8 x float> %1998, <8 x float> %1999, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2008 = shufflevector <8 x float> %2000, <8 x float> %2001, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2009 = shufflevector <8 x float> %2002, <8 x float> %2003, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2010 = shufflevector <8 x float> %2000, <8 x float> %2001, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2011 = shufflevector <8 x float> %2002, <8 x float> %2003, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2012 = shufflevector <8 x float> %2004, <8 x float> %2005, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %2012, ptr %347, align 4
  %2013 = shufflevector <8 x float> %2004, <8 x float> %2005, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %2013, ptr %348, align 4
  %2014 = shufflevector <8 x float> %2006, <8 x float> %2007, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %2014, ptr %349, align 4
  %2015 = shufflevector <8 x float> %2006, <8 x float> %2007, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %2015, ptr %350, align 4
  %2016 = shufflevector <8 x float> %2008, <8 x float> %2009, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %2016, ptr %351, align 4
  %2017 = shufflevector <8 x float> %2008, <8 x float> %2009, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %2017, ptr %352, align 4
  %2018 = shufflevector <8 x float> %2010, <8 x float> %2011, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %2018, ptr %353, align 4
  %2019 = shufflevector <8 x float> %2010, <8 x float> %2011, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %2019, ptr %354, align 4
  %2020 = load <8 x float>, ptr %355, align 4
  %2021 = load <8 x float>, ptr %356, align 4
  %2022 = load <8 x float>, ptr %357, align 4
  %2023 = load <8 x float>, ptr %358, align 4
  %2024 = load <8 x float>, ptr %359, align 4
  %2025 = load <8 x float>, ptr %360, align 4
  %2026 = load <8 x float>, ptr %361, align 4
  %2027 = load <8 x float>, ptr %362, align 4
  %2028 = shufflevector <8 x float> %2020, <8 x float> %2021, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %2029 = shufflevector <8 x float> %2024, <8 x float> %2025, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %2030 = shufflevector <8 x float> %2022, <8 x float> %2023, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %2031 = shufflevector <8 x float> %2026, <8 x float> %2027, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %2032 = shufflevector <8 x float> %2020, <8 x float> %2021, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2033 = shufflevector <8 x float> %2024, <8 x float> %2025, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2034 = shufflevector <8 x float> %2022, <8 x float> %2023, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2035 = shufflevector <8 x float> %2026, <8 x float> %2027, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2036 = shufflevector <8 x float> %2028, <8 x float> %2029, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2037 = shufflevector <8 x float> %2030, <8 x float> %2031, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2038 = shufflevector <8 x float> %2028, <8 x float> %2029, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2039 = shufflevector <8 x float> %2030, <8 x float> %2031, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2040 = shufflevector <8 x float> %2032, <8 x float> %2033, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2041 = shufflevector <8 x float> %2034, <8 x float> %2035, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2042 = shufflevector <8 x float> %2032, <8 x float> %2033, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2043 = shufflevector <8 x float> %2034, <8 x float> %2035, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2044 = shufflevector <8 x float> %2036, <8 x float> %2037, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %2044, ptr %363, align 4
  %2045 = shufflevector <8 x float> %2036, <8 x float> %2037, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %2045, ptr %364, align 4
  %2046 = shufflevector <8 x float> %2038, <8 x float> %2039, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %2046, ptr %365, align 4
  %2047 = shufflevector <8 x float> %2038, <8 x float> %2039, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %2047, ptr %366, align 4
  %2048 = shufflevector <8 x float> %2040, <8 x float> %2041, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %2048, ptr %367, align 4
  %2049 = shufflevector <8 x float> %2040, <8 x float> %2041, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %2049, ptr %368, align 4
  %2050 = shufflevector <8 x float> %2042, <8 x float> %2043, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %2050, ptr %369, align 4
  %2051 = shufflevector <8 x float> %2042, <8 x float> %2043, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %2051, ptr %370, align 4
  br label %p5.body

p5.body:                                          ; preds = %p5.body, %j18.body.preheader
  %acc32.02131 = phi <8 x float> [ zeroinitializer, %j18.body.preheader ], [ %2109, %p5.body ]
  %acc33.02130 = phi <8 x float> [ zeroinitializer, %j18.body.preheader ], [ %2115, %p5.body ]
  %acc34.02129 = phi <8 x float> [ zeroinitializer, %j18.body.preheader ], [ %2121, %p5.body ]
  %acc35.02128 = phi <8 x float> [ zeroinitializer, %j18.body.preheader ], [ %2127, %p5.body ]
  %acc36.02127 = phi <8 x float> [ zeroinitializer, %j18.body.preheader ], [ %2133, %p5.body ]
  %acc37.02126 = phi <8 x float> [ zeroinitializer, %j18.body.preheader ], [ %2139, %p5.body ]
  %acc38.02125 = phi <8 x float> [ zeroinitializer, %j18.body.preheader ], [ %2145, %p5.body ]
  %acc39.02124 = phi <8 x float> [ zeroinitializer, %j18.body.preheader ], [ %2151, %p5.body ]
  %p5.addr.02123 = phi i64 [ 0, %j18.body.preheader ], [ %p5.next.1, %p5.body ]
  %.idx2000 = shl nuw nsw i64 %p5.addr.02123, 5
  %2052 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2000
  %2053 = load <8 x float>, ptr %2052, align 4
  %2054 = or disjoint i64 %p5.addr.02123, 2304
  %2055 = getelementptr inbounds float, ptr %Bk, i64 %2054
  %2056 = load float, ptr %2055, align 4
  %2057 = insertelement <8 x float> poison, float %2056, i64 0
  %2058 = shufflevector <8 x float> %2057, <8 x float> poison, <8 x i32> zeroinitializer
  %2059 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2058, <8 x float> %2053, <8 x float> %acc32.02131)
  %2060 = or disjoint i64 %p5.addr.02123, 2336
  %2061 = getelementptr inbounds float, ptr %Bk, i64 %2060
  %2062 = load float, ptr %2061, align 4
  %2063 = insertelement <8 x float> poison, float %2062, i64 0
  %2064 = shufflevector <8 x float> %2063, <8 x float> poison, <8 x i32> zeroinitializer
  %2065 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2064, <8 x float> %2053, <8 x float> %acc33.02130)
  %2066 = or disjoint i64 %p5.addr.02123, 2368
  %2067 = getelementptr inbounds float, ptr %Bk, i64 %2066
  %2068 = load float, ptr %2067, align 4
  %2069 = insertelement <8 x float> poison, float %2068, i64 0
  %2070 = shufflevector <8 x float> %2069, <8 x float> poison, <8 x i32> zeroinitializer
  %2071 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2070, <8 x float> %2053, <8 x float> %acc34.02129)
  %2072 = or disjoint i64 %p5.addr.02123, 2400
  %2073 = getelementptr inbounds float, ptr %Bk, i64 %2072
  %2074 = load float, ptr %2073, align 4
  %2075 = insertelement <8 x float> poison, float %2074, i64 0
  %2076 = shufflevector <8 x float> %2075, <8 x float> poison, <8 x i32> zeroinitializer
  %2077 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2076, <8 x float> %2053, <8 x float> %acc35.02128)
  %2078 = or disjoint i64 %p5.addr.02123, 2432
  %2079 = getelementptr inbounds float, ptr %Bk, i64 %2078
  %2080 = load float, ptr %2079, align 4
  %2081 = insertelement <8 x float> poison, float %2080, i64 0
  %2082 = shufflevector <8 x float> %2081, <8 x float> poison, <8 x i32> zeroinitializer
  %2083 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2082, <8 x float> %2053, <8 x float> %acc36.02127)
  %2084 = or disjoint i64 %p5.addr.02123, 2464
  %2085 = getelementptr inbounds float, ptr %Bk, i64 %2084
  %2086 = load float, ptr %2085, align 4
  %2087 = insertelement <8 x float> poison, float %2086, i64 0
  %2088 = shufflevector <8 x float> %2087, <8 x float> poison, <8 x i32> zeroinitializer
  %2089 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2088, <8 x float> %2053, <8 x float> %acc37.02126)
  %2090 = or disjoint i64 %p5.addr.02123, 2496
  %2091 = getelementptr inbounds float, ptr %Bk, i64 %2090
  %2092 = load float, ptr %2091, align 4
  %2093 = insertelement <8 x float> poison, float %2092, i64 0
  %2094 = shufflevector <8 x float> %2093, <8 x float> poison, <8 x i32> zeroinitializer
  %2095 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2094, <8 x float> %2053, <8 x float> %acc38.02125)
  %2096 = or disjoint i64 %p5.addr.02123, 2528
  %2097 = getelementptr inbounds float, ptr %Bk, i64 %2096
  %2098 = load float, ptr %2097, align 4
  %2099 = insertelement <8 x float> poison, float %2098, i64 0
  %2100 = shufflevector <8 x float> %2099, <8 x float> poison, <8 x i32> zeroinitializer
  %2101 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2100, <8 x float> %2053, <8 x float> %acc39.02124)
  %p5.next = shl i64 %p5.addr.02123, 5
  %.idx2000.1 = or disjoint i64 %p5.next, 32
  %2102 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2000.1
  %2103 = load <8 x float>, ptr %2102, align 4
  %2104 = or i64 %p5.addr.02123, 2305
  %2105 = getelementptr inbounds float, ptr %Bk, i64 %2104
  %2106 = load float, ptr %2105, align 4
  %2107 = insertelement <8 x float> poison, float %2106, i64 0
  %2108 = shufflevector <8 x float> %2107, <8 x float> poison, <8 x i32> zeroinitializer
  %2109 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2108, <8 x float> %2103, <8 x float> %2059)
  %2110 = or i64 %p5.addr.02123, 2337
  %2111 = getelementptr inbounds float, ptr %Bk, i64 %2110
  %2112 = load float, ptr %2111, align 4
  %2113 = insertelement <8 x float> poison, float %2112, i64 0
  %2114 = shufflevector <8 x float> %2113, <8 x float> poison, <8 x i32> zeroinitializer
  %2115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2114, <8 x float> %2103, <8 x float> %2065)
  %2116 = or i64 %p5.addr.02123, 2369
  %2117 = getelementptr inbounds float, ptr %Bk, i64 %2116
  %2118 = load float, ptr %2117, align 4
  %2119 = insertelement <8 x float> poison, float %2118, i64 0
  %2120 = shufflevector <8 x float> %2119, <8 x float> poison, <8 x i32> zeroinitializer
  %2121 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2120, <8 x float> %2103, <8 x float> %2071)
  %2122 = or i64 %p5.addr.02123, 2401
  %2123 = getelementptr inbounds float, ptr %Bk, i64 %2122
  %2124 = load float, ptr %2123, align 4
  %2125 = insertelement <8 x float> poison, float %2124, i64 0
  %2126 = shufflevector <8 x float> %2125, <8 x float> poison, <8 x i32> zeroinitializer
  %2127 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2126, <8 x float> %2103, <8 x float> %2077)
  %2128 = or i64 %p5.addr.02123, 2433
  %2129 = getelementptr inbounds float, ptr %Bk, i64 %2128
  %2130 = load float, ptr %2129, align 4
  %2131 = insertelement <8 x float> poison, float %2130, i64 0
  %2132 = shufflevector <8 x float> %2131, <8 x float> poison, <8 x i32> zeroinitializer
  %2133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2132, <8 x float> %2103, <8 x float> %2083)
  %2134 = or i64 %p5.addr.02123, 2465
  %2135 = getelementptr inbounds float, ptr %Bk, i64 %2134
  %2136 = load float, ptr %2135, align 4
  %2137 = insertelement <8 x float> poison, float %2136, i64 0
  %2138 = shufflevector <8 x float> %2137, <8 x float> poison, <8 x i32> zeroinitializer
  %2139 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2138, <8 x float> %2103, <8 x float> %2089)
  %2140 = or i64 %p5.addr.02123, 2497
  %2141 = getelementptr inbounds float, ptr %Bk, i64 %2140
  %2142 = load float, ptr %2141, align 4
  %2143 = insertelement <8 x float> poison, float %2142, i64 0
  %2144 = shufflevector <8 x float> %2143, <8 x float> poison, <8 x i32> zeroinitializer
  %2145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2144, <8 x float> %2103, <8 x float> %2095)
  %2146 = or i64 %p5.addr.02123, 2529
  %2147 = getelementptr inbounds float, ptr %Bk, i64 %2146
  %2148 = load float, ptr %2147, align 4
  %2149 = insertelement <8 x float> poison, float %2148, i64 0
  %2150 = shufflevector <8 x float> %2149, <8 x float> poison, <8 x i32> zeroinitializer
  %2151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2150, <8 x float> %2103, <8 x float> %2101)
  %p5.next.1 = add nuw nsw i64 %p5.addr.02123, 2
  %exitcond2510.not.1 = icmp eq i64 %p5.next.1, 32
  br i1 %exitcond2510.not.1, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %2152 = load <8 x float>, ptr %M, align 4
  %2153 = fmul <8 x float> %2109, %2152
  store <8 x float> %2153, ptr %PT, align 4
  %2154 = load <8 x float>, ptr %59, align 4
  %2155 = fmul <8 x float> %2115, %2154
  store <8 x float> %2155, ptr %371, align 4
  %2156 = load <8 x float>, ptr %60, align 4
  %2157 = fmul <8 x float> %2121, %2156
  store <8 x float> %2157, ptr %372, align 4
  %2158 = load <8 x float>, ptr %61, align 4
  %2159 = fmul <8 x float> %2127, %2158
  store <8 x float> %2159, ptr %373, align 4
  %2160 = load <8 x float>, ptr %62, align 4
  %2161 = fmul <8 x float> %2133, %2160
  store <8 x float> %2161, ptr %374, align 4
  %2162 = load <8 x float>, ptr %64, align 4
  %2163 = fmul <8 x float> %2139, %2162
  store <8 x float> %2163, ptr %375, align 4
  %2164 = load <8 x float>, ptr %67, align 4
  %2165 = fmul <8 x float> %2145, %2164
  store <8 x float> %2165, ptr %376, align 4
  %2166 = load <8 x float>, ptr %69, align 4
  %2167 = fmul <8 x float> %2151, %2166
  store <8 x float> %2167, ptr %377, align 4
  %2168 = load <16 x float>, ptr %264, align 4
  store <16 x float> %2168, ptr %378, align 4
  %2169 = load <16 x float>, ptr %379, align 4
  store <16 x float> %2169, ptr %380, align 4
  %2170 = load <16 x float>, ptr %381, align 4
  store <16 x float> %2170, ptr %382, align 4
  %2171 = load <16 x float>, ptr %383, align 4
  store <16 x float> %2171, ptr %384, align 4
  %2172 = load <16 x float>, ptr %385, align 4
  store <16 x float> %2172, ptr %386, align 4
  %2173 = load <16 x float>, ptr %387, align 4
  store <16 x float> %2173, ptr %388, align 4
  %2174 = load <16 x float>, ptr %389, align 4
  store <16 x float> %2174, ptr %390, align 4
  %2175 = load <16 x float>, ptr %391, align 4
  store <16 x float> %2175, ptr %392, align 4
  %2176 = load <16 x float>, ptr %393, align 4
  store <16 x float> %2176, ptr %394, align 4
  %2177 = load <16 x float>, ptr %395, align 4
  store <16 x float> %2177, ptr %396, align 4
  %2178 = load <16 x float>, ptr %397, align 4
  store <16 x float> %2178, ptr %398, align 4
  %2179 = load <16 x float>, ptr %399, align 4
  store <16 x float> %2179, ptr %400, align 4
  %2180 = load <16 x float>, ptr %401, align 4
  store <16 x float> %2180, ptr %402, align 4
  %2181 = load <16 x float>, ptr %403, align 4
  store <16 x float> %2181, ptr %404, align 4
  %2182 = load <16 x float>, ptr %405, align 4
  store <16 x float> %2182, ptr %406, align 4
  %2183 = load <16 x float>, ptr %407, align 4
  store <16 x float> %2183, ptr %408, align 4
  br label %p6.body

p6.body:                                          ; preds = %p5.exit, %p6.body
  %acc40.02151 = phi <16 x float> [ %2168, %p5.exit ], [ %2194, %p6.body ]
  %acc41.02150 = phi <16 x float> [ %2169, %p5.exit ], [ %2195, %p6.body ]
  %acc42.02149 = phi <16 x float> [ %2170, %p5.exit ], [ %2201, %p6.body ]
  %acc43.02148 = phi <16 x float> [ %2171, %p5.exit ], [ %2202, %p6.body ]
  %acc44.02147 = phi <16 x float> [ %2172, %p5.exit ], [ %2208, %p6.body ]
  %acc45.02146 = phi <16 x float> [ %2173, %p5.exit ], [ %2209, %p6.body ]
  %acc46.02145 = phi <16 x float> [ %2174, %p5.exit ], [ %2215, %p6.body ]
  %acc47.02144 = phi <16 x float> [ %2175, %p5.exit ], [ %2216, %p6.body ]
  %acc48.02143 = phi <16 x float> [ %2176, %p5.exit ], [ %2222, %p6.body ]
  %acc49.02142 = phi <16 x float> [ %2177, %p5.exit ], [ %2223, %p6.body ]
  %acc50.02141 = phi <16 x float> [ %2178, %p5.exit ], [ %2229, %p6.body ]
  %acc51.02140 = phi <16 x float> [ %2179, %p5.exit ], [ %2230, %p6.body ]
  %acc52.02139 = phi <16 x float> [ %2180, %p5.exit ], [ %2236, %p6.body ]
  %acc53.02138 = phi <16 x float> [ %2181, %p5.exit ], [ %2237, %p6.body ]
  %acc54.02137 = phi <16 x float> [ %2182, %p5.exit ], [ %2243, %p6.body ]
  %acc55.02136 = phi <16 x float> [ %2183, %p5.exit ], [ %2244, %p6.body ]
  %p6.addr.02135 = phi i64 [ 0, %p5.exit ], [ %p6.next, %p6.body ]
  %2184 = shl nuw nsw i64 %p6.addr.02135, 5
  %2185 = getelementptr inbounds float, ptr %OY, i64 %2184
  %2186 = load <16 x float>, ptr %2185, align 4
  %2187 = or disjoint i64 %2184, 16
  %2188 = getelementptr inbounds float, ptr %OY, i64 %2187
  %2189 = load <16 x float>, ptr %2188, align 4
  %2190 = getelementptr inbounds float, ptr %PT, i64 %p6.addr.02135
  %2191 = load float, ptr %2190, align 4
  %2192 = insertelement <16 x float> poison, float %2191, i64 0
  %2193 = shufflevector <16 x float> %2192, <16 x float> poison, <16 x i32> zeroinitializer
  %2194 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2193, <16 x float> %2186, <16 x float> %acc40.02151)
  %2195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2193, <16 x float> %2189, <16 x float> %acc41.02150)
  %2196 = or disjoint i64 %p6.addr.02135, 8
  %2197 = getelementptr inbounds float, ptr %PT, i64 %2196
  %2198 = load float, ptr %2197, align 4
  %2199 = insertelement <16 x float> poison, float %2198, i64 0
  %2200 = shufflevector <16 x float> %2199, <16 x float> poison, <16 x i32> zeroinitializer
  %2201 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2200, <16 x float> %2186, <16 x float> %acc42.02149)
  %2202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2200, <16 x float> %2189, <16 x float> %acc43.02148)
  %2203 = or disjoint i64 %p6.addr.02135, 16
  %2204 = getelementptr inbounds float, ptr %PT, i64 %2203
  %2205 = load float, ptr %2204, align 4
  %2206 = insertelement <16 x float> poison, float %2205, i64 0
  %2207 = shufflevector <16 x float> %2206, <16 x float> poison, <16 x i32> zeroinitializer
  %2208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2207, <16 x float> %2186, <16 x float> %acc44.02147)
  %2209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2207, <16 x float> %2189, <16 x float> %acc45.02146)
  %2210 = or disjoint i64 %p6.addr.02135, 24
  %2211 = getelementptr inbounds float, ptr %PT, i64 %2210
  %2212 = load float, ptr %2211, align 4
  %2213 = insertelement <16 x float> poison, float %2212, i64 0
  %2214 = shufflevector <16 x float> %2213, <16 x float> poison, <16 x i32> zeroinitializer
  %2215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2214, <16 x float> %2186, <16 x float> %acc46.02145)
  %2216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2214, <16 x float> %2189, <16 x float> %acc47.02144)
  %2217 = or disjoint i64 %p6.addr.02135, 32
  %2218 = getelementptr inbounds float, ptr %PT, i64 %2217
  %2219 = load float, ptr %2218, align 4
  %2220 = insertelement <16 x float> poison, float %2219, i64 0
  %2221 = shufflevector <16 x float> %2220, <16 x float> poison, <16 x i32> zeroinitializer
  %2222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2221, <16 x float> %2186, <16 x float> %acc48.02143)
  %2223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2221, <16 x float> %2189, <16 x float> %acc49.02142)
  %2224 = or disjoint i64 %p6.addr.02135, 40
  %2225 = getelementptr inbounds float, ptr %PT, i64 %2224
  %2226 = load float, ptr %2225, align 4
  %2227 = insertelement <16 x float> poison, float %2226, i64 0
  %2228 = shufflevector <16 x float> %2227, <16 x float> poison, <16 x i32> zeroinitializer
  %2229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2228, <16 x float> %2186, <16 x float> %acc50.02141)
  %2230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2228, <16 x float> %2189, <16 x float> %acc51.02140)
  %2231 = or disjoint i64 %p6.addr.02135, 48
  %2232 = getelementptr inbounds float, ptr %PT, i64 %2231
  %2233 = load float, ptr %2232, align 4
  %2234 = insertelement <16 x float> poison, float %2233, i64 0
  %2235 = shufflevector <16 x float> %2234, <16 x float> poison, <16 x i32> zeroinitializer
  %2236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2235, <16 x float> %2186, <16 x float> %acc52.02139)
  %2237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2235, <16 x float> %2189, <16 x float> %acc53.02138)
  %2238 = or disjoint i64 %p6.addr.02135, 56
  %2239 = getelementptr inbounds float, ptr %PT, i64 %2238
  %2240 = load float, ptr %2239, align 4
  %2241 = insertelement <16 x float> poison, float %2240, i64 0
  %2242 = shufflevector <16 x float> %2241, <16 x float> poison, <16 x i32> zeroinitializer
  %2243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2242, <16 x float> %2186, <16 x float> %acc54.02137)
  %2244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2242, <16 x float> %2189, <16 x float> %acc55.02136)
  %p6.next = add nuw nsw i64 %p6.addr.02135, 1
  %exitcond2517.not = icmp eq i64 %p6.next, 8
  br i1 %exitcond2517.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <16 x float> %2194, ptr %13, align 4
  store <16 x float> %2195, ptr %14, align 4
  store <16 x float> %2201, ptr %15, align 4
  store <16 x float> %2202, ptr %16, align 4
  store <16 x float> %2208, ptr %17, align 4
  store <16 x float> %2209, ptr %18, align 4
  store <16 x float> %2215, ptr %19, align 4
  store <16 x float> %2216, ptr %20, align 4
  store <16 x float> %2222, ptr %21, align 4
  store <16 x float> %2223, ptr %22, align 4
  store <16 x float> %2229, ptr %23, align 4
  store <16 x float> %2230, ptr %24, align 4
  store <16 x float> %2236, ptr %25, align 4
  store <16 x float> %2237, ptr %26, align 4
  store <16 x float> %2243, ptr %27, align 4
  store <16 x float> %2244, ptr %28, align 4
  br label %p7.body

p7.body:                                          ; preds = %p7.body, %p6.exit
  %acc56.02160 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2300, %p7.body ]
  %acc57.02159 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2306, %p7.body ]
  %acc58.02158 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2312, %p7.body ]
  %acc59.02157 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2318, %p7.body ]
  %acc60.02156 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2324, %p7.body ]
  %acc61.02155 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2330, %p7.body ]
  %acc62.02154 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2336, %p7.body ]
  %acc63.02153 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %2342, %p7.body ]
  %p7.addr.02152 = phi i64 [ 0, %p6.exit ], [ %p7.next.1, %p7.body ]
  %.idx1999 = shl nuw nsw i64 %p7.addr.02152, 5
  %2245 = getelementptr inbounds i8, ptr %dOT, i64 %.idx1999
  %2246 = load <8 x float>, ptr %2245, align 4
  %2247 = getelementptr inbounds float, ptr %Vn, i64 %p7.addr.02152
  %2248 = load float, ptr %2247, align 4
  %2249 = insertelement <8 x float> poison, float %2248, i64 0
  %2250 = shufflevector <8 x float> %2249, <8 x float> poison, <8 x i32> zeroinitializer
  %2251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2250, <8 x float> %2246, <8 x float> %acc56.02160)
  %2252 = or disjoint i64 %p7.addr.02152, 32
  %2253 = getelementptr inbounds float, ptr %Vn, i64 %2252
  %2254 = load float, ptr %2253, align 4
  %2255 = insertelement <8 x float> poison, float %2254, i64 0
  %2256 = shufflevector <8 x float> %2255, <8 x float> poison, <8 x i32> zeroinitializer
  %2257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2256, <8 x float> %2246, <8 x float> %acc57.02159)
  %2258 = or disjoint i64 %p7.addr.02152, 64
  %2259 = getelementptr inbounds float, ptr %Vn, i64 %2258
  %2260 = load float, ptr %2259, align 4
  %2261 = insertelement <8 x float> poison, float %2260, i64 0
  %2262 = shufflevector <8 x float> %2261, <8 x float> poison, <8 x i32> zeroinitializer
  %2263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2262, <8 x float> %2246, <8 x float> %acc58.02158)
  %2264 = or disjoint i64 %p7.addr.02152, 96
  %2265 = getelementptr inbounds float, ptr %Vn, i64 %2264
  %2266 = load float, ptr %2265, align 4
  %2267 = insertelement <8 x float> poison, float %2266, i64 0
  %2268 = shufflevector <8 x float> %2267, <8 x float> poison, <8 x i32> zeroinitializer
  %2269 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2268, <8 x float> %2246, <8 x float> %acc59.02157)
  %2270 = or disjoint i64 %p7.addr.02152, 128
  %2271 = getelementptr inbounds float, ptr %Vn, i64 %2270
  %2272 = load float, ptr %2271, align 4
  %2273 = insertelement <8 x float> poison, float %2272, i64 0
  %2274 = shufflevector <8 x float> %2273, <8 x float> poison, <8 x i32> zeroinitializer
  %2275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2274, <8 x float> %2246, <8 x float> %acc60.02156)
  %2276 = or disjoint i64 %p7.addr.02152, 160
  %2277 = getelementptr inbounds float, ptr %Vn, i64 %2276
  %2278 = load float, ptr %2277, align 4
  %2279 = insertelement <8 x float> poison, float %2278, i64 0
  %2280 = shufflevector <8 x float> %2279, <8 x float> poison, <8 x i32> zeroinitializer
  %2281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2280, <8 x float> %2246, <8 x float> %acc61.02155)
  %2282 = or disjoint i64 %p7.addr.02152, 192
  %2283 = getelementptr inbounds float, ptr %Vn, i64 %2282
  %2284 = load float, ptr %2283, align 4
  %2285 = insertelement <8 x float> poison, float %2284, i64 0
  %2286 = shufflevector <8 x float> %2285, <8 x float> poison, <8 x i32> zeroinitializer
  %2287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2286, <8 x float> %2246, <8 x float> %acc62.02154)
  %2288 = or disjoint i64 %p7.addr.02152, 224
  %2289 = getelementptr inbounds float, ptr %Vn, i64 %2288
  %2290 = load float, ptr %2289, align 4
  %2291 = insertelement <8 x float> poison, float %2290, i64 0
  %2292 = shufflevector <8 x float> %2291, <8 x float> poison, <8 x i32> zeroinitializer
  %2293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2292, <8 x float> %2246, <8 x float> %acc63.02153)
  %p7.next = or disjoint i64 %p7.addr.02152, 1
  %.idx1999.1 = shl nuw nsw i64 %p7.next, 5
  %2294 = getelementptr inbounds i8, ptr %dOT, i64 %.idx1999.1
  %2295 = load <8 x float>, ptr %2294, align 4
  %2296 = getelementptr inbounds float, ptr %Vn, i64 %p7.next
  %2297 = load float, ptr %2296, align 4
  %2298 = insertelement <8 x float> poison, float %2297, i64 0
  %2299 = shufflevector <8 x float> %2298, <8 x float> poison, <8 x i32> zeroinitializer
  %2300 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2299, <8 x float> %2295, <8 x float> %2251)
  %2301 = or i64 %p7.addr.02152, 33
  %2302 = getelementptr inbounds float, ptr %Vn, i64 %2301
  %2303 = load float, ptr %2302, align 4
  %2304 = insertelement <8 x float> poison, float %2303, i64 0
  %2305 = shufflevector <8 x float> %2304, <8 x float> poison, <8 x i32> zeroinitializer
  %2306 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2305, <8 x float> %2295, <8 x float> %2257)
  %2307 = or i64 %p7.addr.02152, 65
  %2308 = getelementptr inbounds float, ptr %Vn, i64 %2307
  %2309 = load float, ptr %2308, align 4
  %2310 = insertelement <8 x float> poison, float %2309, i64 0
  %2311 = shufflevector <8 x float> %2310, <8 x float> poison, <8 x i32> zeroinitializer
  %2312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2311, <8 x float> %2295, <8 x float> %2263)
  %2313 = or i64 %p7.addr.02152, 97
  %2314 = getelementptr inbounds float, ptr %Vn, i64 %2313
  %2315 = load float, ptr %2314, align 4
  %2316 = insertelement <8 x float> poison, float %2315, i64 0
  %2317 = shufflevector <8 x float> %2316, <8 x float> poison, <8 x i32> zeroinitializer
  %2318 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2317, <8 x float> %2295, <8 x float> %2269)
  %2319 = or i64 %p7.addr.02152, 129
  %2320 = getelementptr inbounds float, ptr %Vn, i64 %2319
  %2321 = load float, ptr %2320, align 4
  %2322 = insertelement <8 x float> poison, float %2321, i64 0
  %2323 = shufflevector <8 x float> %2322, <8 x float> poison, <8 x i32> zeroinitializer
  %2324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2323, <8 x float> %2295, <8 x float> %2275)
  %2325 = or i64 %p7.addr.02152, 161
  %2326 = getelementptr inbounds float, ptr %Vn, i64 %2325
  %2327 = load float, ptr %2326, align 4
  %2328 = insertelement <8 x float> poison, float %2327, i64 0
  %2329 = shufflevector <8 x float> %2328, <8 x float> poison, <8 x i32> zeroinitializer
  %2330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2329, <8 x float> %2295, <8 x float> %2281)
  %2331 = or i64 %p7.addr.02152, 193
  %2332 = getelementptr inbounds float, ptr %Vn, i64 %2331
  %2333 = load float, ptr %2332, align 4
  %2334 = insertelement <8 x float> poison, float %2333, i64 0
  %2335 = shufflevector <8 x float> %2334, <8 x float> poison, <8 x i32> zeroinitializer
  %2336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2335, <8 x float> %2295, <8 x float> %2287)
  %2337 = or i64 %p7.addr.02152, 225
  %2338 = getelementptr inbounds float, ptr %Vn, i64 %2337
  %2339 = load float, ptr %2338, align 4
  %2340 = insertelement <8 x float> poison, float %2339, i64 0
  %2341 = shufflevector <8 x float> %2340, <8 x float> poison, <8 x i32> zeroinitializer
  %2342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2341, <8 x float> %2295, <8 x float> %2293)
  %p7.next.1 = add nuw nsw i64 %p7.addr.02152, 2
  %exitcond2518.not.1 = icmp eq i64 %p7.next.1, 32
  br i1 %exitcond2518.not.1, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  %2343 = load <8 x float>, ptr %M, align 4
  %2344 = fmul <8 x float> %2300, %2343
  store <8 x float> %2344, ptr %29, align 4
  %2345 = fmul <8 x float> %2306, %2154
  store <8 x float> %2345, ptr %gep2162.1, align 4
  %2346 = fmul <8 x float> %2312, %2156
  store <8 x float> %2346, ptr %gep2162.2, align 4
  %2347 = fmul <8 x float> %2318, %2158
  store <8 x float> %2347, ptr %gep2162.3, align 4
  %2348 = fmul <8 x float> %2324, %2160
  store <8 x float> %2348, ptr %gep2162.4, align 4
  %2349 = fmul <8 x float> %2330, %2162
  store <8 x float> %2349, ptr %gep2162.5, align 4
  %2350 = fmul <8 x float> %2336, %2164
  store <8 x float> %2350, ptr %gep2162.6, align 4
  %2351 = fmul <8 x float> %2342, %2166
  store <8 x float> %2351, ptr %gep2162.7, align 4
  br label %p8.body

p8.body:                                          ; preds = %p7.exit, %p8.body
  %p8.addr.02180 = phi i64 [ %p8.next, %p8.body ], [ 0, %p7.exit ]
  %acc79.02179 = phi <16 x float> [ %2413, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc78.02178 = phi <16 x float> [ %2412, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc77.02177 = phi <16 x float> [ %2406, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc76.02176 = phi <16 x float> [ %2405, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc75.02175 = phi <16 x float> [ %2399, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc74.02174 = phi <16 x float> [ %2398, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc73.02173 = phi <16 x float> [ %2392, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc72.02172 = phi <16 x float> [ %2391, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc71.02171 = phi <16 x float> [ %2385, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc70.02170 = phi <16 x float> [ %2384, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc69.02169 = phi <16 x float> [ %2378, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc68.02168 = phi <16 x float> [ %2377, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc67.02167 = phi <16 x float> [ %2371, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc66.02166 = phi <16 x float> [ %2370, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc65.02165 = phi <16 x float> [ %2364, %p8.body ], [ zeroinitializer, %p7.exit ]
  %acc64.02164 = phi <16 x float> [ %2363, %p8.body ], [ zeroinitializer, %p7.exit ]
  %2352 = shl nuw nsw i64 %p8.addr.02180, 5
  %2353 = or disjoint i64 %2352, 1024
  %2354 = getelementptr inbounds float, ptr %Bk, i64 %2353
  %2355 = load <16 x float>, ptr %2354, align 4
  %2356 = or disjoint i64 %2352, 1040
  %2357 = getelementptr inbounds float, ptr %Bk, i64 %2356
  %2358 = load <16 x float>, ptr %2357, align 4
  %2359 = getelementptr inbounds float, ptr %OY, i64 %p8.addr.02180
  %2360 = load float, ptr %2359, align 4
  %2361 = insertelement <16 x float> poison, float %2360, i64 0
  %2362 = shufflevector <16 x float> %2361, <16 x float> poison, <16 x i32> zeroinitializer
  %2363 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2362, <16 x float> %2355, <16 x float> %acc64.02164)
  %2364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2362, <16 x float> %2358, <16 x float> %acc65.02165)
  %2365 = or disjoint i64 %p8.addr.02180, 32
  %2366 = getelementptr inbounds float, ptr %OY, i64 %2365
  %2367 = load float, ptr %2366, align 4
  %2368 = insertelement <16 x float> poison, float %2367, i64 0
  %2369 = shufflevector <16 x float> %2368, <16 x float> poison, <16 x i32> zeroinitializer
  %2370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2369, <16 x float> %2355, <16 x float> %acc66.02166)
  %2371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2369, <16 x float> %2358, <16 x float> %acc67.02167)
  %2372 = or disjoint i64 %p8.addr.02180, 64
  %2373 = getelementptr inbounds float, ptr %OY, i64 %2372
  %2374 = load float, ptr %2373, align 4
  %2375 = insertelement <16 x float> poison, float %2374, i64 0
  %2376 = shufflevector <16 x float> %2375, <16 x float> poison, <16 x i32> zeroinitializer
  %2377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2376, <16 x float> %2355, <16 x float> %acc68.02168)
  %2378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2376, <16 x float> %2358, <16 x float> %acc69.02169)
  %2379 = or disjoint i64 %p8.addr.02180, 96
  %2380 = getelementptr inbounds float, ptr %OY, i64 %2379
  %2381 = load float, ptr %2380, align 4
  %2382 = insertelement <16 x float> poison, float %2381, i64 0
  %2383 = shufflevector <16 x float> %2382, <16 x float> poison, <16 x i32> zeroinitializer
  %2384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2383, <16 x float> %2355, <16 x float> %acc70.02170)
  %2385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2383, <16 x float> %2358, <16 x float> %acc71.02171)
  %2386 = or disjoint i64 %p8.addr.02180, 128
  %2387 = getelementptr inbounds float, ptr %OY, i64 %2386
  %2388 = load float, ptr %2387, align 4
  %2389 = insertelement <16 x float> poison, float %2388, i64 0
  %2390 = shufflevector <16 x float> %2389, <16 x float> poison, <16 x i32> zeroinitializer
  %2391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2390, <16 x float> %2355, <16 x float> %acc72.02172)
  %2392 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2390, <16 x float> %2358, <16 x float> %acc73.02173)
  %2393 = or disjoint i64 %p8.addr.02180, 160
  %2394 = getelementptr inbounds float, ptr %OY, i64 %2393
  %2395 = load float, ptr %2394, align 4
  %2396 = insertelement <16 x float> poison, float %2395, i64 0
  %2397 = shufflevector <16 x float> %2396, <16 x float> poison, <16 x i32> zeroinitializer
  %2398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2397, <16 x float> %2355, <16 x float> %acc74.02174)
  %2399 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2397, <16 x float> %2358, <16 x float> %acc75.02175)
  %2400 = or disjoint i64 %p8.addr.02180, 192
  %2401 = getelementptr inbounds float, ptr %OY, i64 %2400
  %2402 = load float, ptr %2401, align 4
  %2403 = insertelement <16 x float> poison, float %2402, i64 0
  %2404 = shufflevector <16 x float> %2403, <16 x float> poison, <16 x i32> zeroinitializer
  %2405 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2404, <16 x float> %2355, <16 x float> %acc76.02176)
  %2406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2404, <16 x float> %2358, <16 x float> %acc77.02177)
  %2407 = or disjoint i64 %p8.addr.02180, 224
  %2408 = getelementptr inbounds float, ptr %OY, i64 %2407
  %2409 = load float, ptr %2408, align 4
  %2410 = insertelement <16 x float> poison, float %2409, i64 0
  %2411 = shufflevector <16 x float> %2410, <16 x float> poison, <16 x i32> zeroinitializer
  %2412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2411, <16 x float> %2355, <16 x float> %acc78.02178)
  %2413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2411, <16 x float> %2358, <16 x float> %acc79.02179)
  %p8.next = add nuw nsw i64 %p8.addr.02180, 1
  %exitcond2520.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond2520.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  store <16 x float> %2363, ptr %dQc, align 4
  store <16 x float> %2364, ptr %30, align 4
  store <16 x float> %2370, ptr %31, align 4
  store <16 x float> %2371, ptr %32, align 4
  store <16 x float> %2377, ptr %33, align 4
  store <16 x float> %2378, ptr %34, align 4
  store <16 x float> %2384, ptr %35, align 4
  store <16 x float> %2385, ptr %36, align 4
  store <16 x float> %2391, ptr %37, align 4
  store <16 x float> %2392, ptr %38, align 4
  store <16 x float> %2398, ptr %39, align 4
  store <16 x float> %2399, ptr %40, align 4
  store <16 x float> %2405, ptr %41, align 4
  store <16 x float> %2406, ptr %42, align 4
  store <16 x float> %2412, ptr %43, align 4
  store <16 x float> %2413, ptr %44, align 4
  br label %p9.body

p9.body:                                          ; preds = %p8.exit, %p9.body
  %p9.addr.02197 = phi i64 [ 0, %p8.exit ], [ %p9.next, %p9.body ]
  %acc95.02196 = phi <16 x float> [ %2413, %p8.exit ], [ %2469, %p9.body ]
  %acc94.02195 = phi <16 x float> [ %2412, %p8.exit ], [ %2468, %p9.body ]
  %acc93.02194 = phi <16 x float> [ %2406, %p8.exit ], [ %2463, %p9.body ]
  %acc92.02193 = phi <16 x float> [ %2405, %p8.exit ], [ %2462, %p9.body ]
  %acc91.02192 = phi <16 x float> [ %2399, %p8.exit ], [ %2457, %p9.body ]
  %acc90.02191 = phi <16 x float> [ %2398, %p8.exit ], [ %2456, %p9.body ]
  %acc89.02190 = phi <16 x float> [ %2392, %p8.exit ], [ %2451, %p9.body ]
  %acc88.02189 = phi <16 x float> [ %2391, %p8.exit ], [ %2450, %p9.body ]
  %acc87.02188 = phi <16 x float> [ %2385, %p8.exit ], [ %2445, %p9.body ]
  %acc86.02187 = phi <16 x float> [ %2384, %p8.exit ], [ %2444, %p9.body ]
  %acc85.02186 = phi <16 x float> [ %2378, %p8.exit ], [ %2439, %p9.body ]
  %acc84.02185 = phi <16 x float> [ %2377, %p8.exit ], [ %2438, %p9.body ]
  %acc83.02184 = phi <16 x float> [ %2371, %p8.exit ], [ %2433, %p9.body ]
  %acc82.02183 = phi <16 x float> [ %2370, %p8.exit ], [ %2432, %p9.body ]
  %acc81.02182 = phi <16 x float> [ %2364, %p8.exit ], [ %2427, %p9.body ]
  %acc80.02181 = phi <16 x float> [ %2363, %p8.exit ], [ %2426, %p9.body ]
  %2414 = shl nuw nsw i64 %p9.addr.02197, 5
  %2415 = or disjoint i64 %2414, 2304
  %2416 = getelementptr inbounds float, ptr %Bk, i64 %2415
  %2417 = load <16 x float>, ptr %2416, align 4
  %2418 = or disjoint i64 %2414, 2320
  %2419 = getelementptr inbounds float, ptr %Bk, i64 %2418
  %2420 = load <16 x float>, ptr %2419, align 4
  %.idx2035 = mul nuw nsw i64 %p9.addr.02197, 320
  %2421 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2035
  %2422 = getelementptr inbounds i8, ptr %2421, i64 256
  %2423 = load float, ptr %2422, align 4
  %2424 = insertelement <16 x float> poison, float %2423, i64 0
  %2425 = shufflevector <16 x float> %2424, <16 x float> poison, <16 x i32> zeroinitializer
  %2426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2425, <16 x float> %2417, <16 x float> %acc80.02181)
  %2427 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2425, <16 x float> %2420, <16 x float> %acc81.02182)
  %2428 = getelementptr inbounds i8, ptr %2421, i64 260
  %2429 = load float, ptr %2428, align 4
  %2430 = insertelement <16 x float> poison, float %2429, i64 0
  %2431 = shufflevector <16 x float> %2430, <16 x float> poison, <16 x i32> zeroinitializer
  %2432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2431, <16 x float> %2417, <16 x float> %acc82.02183)
  %2433 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2431, <16 x float> %2420, <16 x float> %acc83.02184)
  %2434 = getelementptr inbounds i8, ptr %2421, i64 264
  %2435 = load float, ptr %2434, align 4
  %2436 = insertelement <16 x float> poison, float %2435, i64 0
  %2437 = shufflevector <16 x float> %2436, <16 x float> poison, <16 x i32> zeroinitializer
  %2438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2437, <16 x float> %2417, <16 x float> %acc84.02185)
  %2439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2437, <16 x float> %2420, <16 x float> %acc85.02186)
  %2440 = getelementptr inbounds i8, ptr %2421, i64 268
  %2441 = load float, ptr %2440, align 4
  %2442 = insertelement <16 x float> poison, float %2441, i64 0
  %2443 = shufflevector <16 x float> %2442, <16 x float> poison, <16 x i32> zeroinitializer
  %2444 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2443, <16 x float> %2417, <16 x float> %acc86.02187)
  %2445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2443, <16 x float> %2420, <16 x float> %acc87.02188)
  %2446 = getelementptr inbounds i8, ptr %2421, i64 272
  %2447 = load float, ptr %2446, align 4
  %2448 = insertelement <16 x float> poison, float %2447, i64 0
  %2449 = shufflevector <16 x float> %2448, <16 x float> poison, <16 x i32> zeroinitializer
  %2450 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2449, <16 x float> %2417, <16 x float> %acc88.02189)
  %2451 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2449, <16 x float> %2420, <16 x float> %acc89.02190)
  %2452 = getelementptr inbounds i8, ptr %2421, i64 276
  %2453 = load float, ptr %2452, align 4
  %2454 = insertelement <16 x float> poison, float %2453, i64 0
  %2455 = shufflevector <16 x float> %2454, <16 x float> poison, <16 x i32> zeroinitializer
  %2456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2455, <16 x float> %2417, <16 x float> %acc90.02191)
  %2457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2455, <16 x float> %2420, <16 x float> %acc91.02192)
  %2458 = getelementptr inbounds i8, ptr %2421, i64 280
  %2459 = load float, ptr %2458, align 4
  %2460 = insertelement <16 x float> poison, float %2459, i64 0
  %2461 = shufflevector <16 x float> %2460, <16 x float> poison, <16 x i32> zeroinitializer
  %2462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2461, <16 x float> %2417, <16 x float> %acc92.02193)
  %2463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2461, <16 x float> %2420, <16 x float> %acc93.02194)
  %2464 = getelementptr inbounds i8, ptr %2421, i64 284
  %2465 = load float, ptr %2464, align 4
  %2466 = insertelement <16 x float> poison, float %2465, i64 0
  %2467 = shufflevector <16 x float> %2466, <16 x float> poison, <16 x i32> zeroinitializer
  %2468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2467, <16 x float> %2417, <16 x float> %acc94.02195)
  %2469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2467, <16 x float> %2420, <16 x float> %acc95.02196)
  %p9.next = add nuw nsw i64 %p9.addr.02197, 1
  %exitcond2521.not = icmp eq i64 %p9.next, 8
  br i1 %exitcond2521.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2470 = icmp sgt i64 %700, 0
  br i1 %2470, label %endif955, label %endif1011

endif955:                                         ; preds = %p9.exit
  %2471 = fmul <16 x float> %2426, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %.idx1993 = shl nsw i64 %ci, 10
  %2472 = getelementptr inbounds i8, ptr %gep2289, i64 %.idx1993
  store <16 x float> %2471, ptr %2472, align 4
  %2473 = fmul <16 x float> %2427, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2474 = shl i64 %ci, 8
  %2475 = or disjoint i64 %2474, 16
  %2476 = getelementptr inbounds float, ptr %gep2289, i64 %2475
  store <16 x float> %2473, ptr %2476, align 4
  %.not2029 = icmp eq i64 %700, 1
  br i1 %.not2029, label %endif1011, label %endif963

endif963:                                         ; preds = %endif955
  %2477 = fmul <16 x float> %2432, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2478 = or disjoint i64 %2474, 32
  %2479 = getelementptr inbounds float, ptr %gep2289, i64 %2478
  store <16 x float> %2477, ptr %2479, align 4
  %2480 = fmul <16 x float> %2433, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2481 = or disjoint i64 %2474, 48
  %2482 = getelementptr inbounds float, ptr %gep2289, i64 %2481
  store <16 x float> %2480, ptr %2482, align 4
  %2483 = icmp ugt i64 %700, 2
  br i1 %2483, label %endif971, label %endif1011

endif971:                                         ; preds = %endif963
  %2484 = fmul <16 x float> %2438, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2485 = or disjoint i64 %2474, 64
  %2486 = getelementptr inbounds float, ptr %gep2289, i64 %2485
  store <16 x float> %2484, ptr %2486, align 4
  %2487 = fmul <16 x float> %2439, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2488 = or disjoint i64 %2474, 80
  %2489 = getelementptr inbounds float, ptr %gep2289, i64 %2488
  store <16 x float> %2487, ptr %2489, align 4
  %.not2030 = icmp eq i64 %700, 3
  br i1 %.not2030, label %endif1011, label %endif979

endif979:                                         ; preds = %endif971
  %2490 = fmul <16 x float> %2444, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2491 = or disjoint i64 %2474, 96
  %2492 = getelementptr inbounds float, ptr %gep2289, i64 %2491
  store <16 x float> %2490, ptr %2492, align 4
  %2493 = fmul <16 x float> %2445, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2494 = or disjoint i64 %2474, 112
  %2495 = getelementptr inbounds float, ptr %gep2289, i64 %2494
  store <16 x float> %2493, ptr %2495, align 4
  %2496 = icmp ugt i64 %700, 4
  br i1 %2496, label %endif987, label %endif1011

endif987:                                         ; preds = %endif979
  %2497 = fmul <16 x float> %2450, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2498 = or disjoint i64 %2474, 128
  %2499 = getelementptr inbounds float, ptr %gep2289, i64 %2498
  store <16 x float> %2497, ptr %2499, align 4
  %2500 = fmul <16 x float> %2451, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2501 = or disjoint i64 %2474, 144
  %2502 = getelementptr inbounds float, ptr %gep2289, i64 %2501
  store <16 x float> %2500, ptr %2502, align 4
  %.not2031 = icmp eq i64 %700, 5
  br i1 %.not2031, label %endif1011, label %endif995

endif995:                                         ; preds = %endif987
  %2503 = fmul <16 x float> %2456, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2504 = or disjoint i64 %2474, 160
  %2505 = getelementptr inbounds float, ptr %gep2289, i64 %2504
  store <16 x float> %2503, ptr %2505, align 4
  %2506 = fmul <16 x float> %2457, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2507 = or disjoint i64 %2474, 176
  %2508 = getelementptr inbounds float, ptr %gep2289, i64 %2507
  store <16 x float> %2506, ptr %2508, align 4
  %2509 = icmp ugt i64 %700, 6
  br i1 %2509, label %endif1003, label %endif1011

endif1003:                                        ; preds = %endif995
  %2510 = fmul <16 x float> %2462, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2511 = or disjoint i64 %2474, 192
  %2512 = getelementptr inbounds float, ptr %gep2289, i64 %2511
  store <16 x float> %2510, ptr %2512, align 4
  %2513 = fmul <16 x float> %2463, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2514 = or disjoint i64 %2474, 208
  %2515 = getelementptr inbounds float, ptr %gep2289, i64 %2514
  store <16 x float> %2513, ptr %2515, align 4
  %.not2032 = icmp eq i64 %700, 7
  br i1 %.not2032, label %endif1011, label %then1005

then1005:                                         ; preds = %endif1003
  %2516 = fmul <16 x float> %2468, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2517 = or disjoint i64 %2474, 224
  %2518 = getelementptr inbounds float, ptr %gep2289, i64 %2517
  store <16 x float> %2516, ptr %2518, align 4
  %2519 = fmul <16 x float> %2469, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2520 = or disjoint i64 %2474, 240
  %2521 = getelementptr inbounds float, ptr %gep2289, i64 %2520
  store <16 x float> %2519, ptr %2521, align 4
  br label %endif1011

endif1011:                                        ; preds = %endif995, %endif979, %endif963, %endif955, %p9.exit, %endif971, %endif987, %endif1003, %then1005
  %2522 = phi i1 [ false, %endif1003 ], [ true, %then1005 ], [ false, %endif987 ], [ false, %endif971 ], [ false, %p9.exit ], [ false, %endif955 ], [ false, %endif963 ], [ false, %endif979 ], [ false, %endif995 ]
  %2523 = phi i1 [ true, %endif1003 ], [ true, %then1005 ], [ false, %endif987 ], [ false, %endif971 ], [ false, %p9.exit ], [ false, %endif955 ], [ false, %endif963 ], [ false, %endif979 ], [ true, %endif995 ]
  %2524 = phi i1 [ true, %endif1003 ], [ true, %then1005 ], [ true, %endif987 ], [ false, %endif971 ], [ false, %p9.exit ], [ false, %endif955 ], [ false, %endif963 ], [ true, %endif979 ], [ true, %endif995 ]
  %2525 = phi i1 [ true, %endif1003 ], [ true, %then1005 ], [ true, %endif987 ], [ true, %endif971 ], [ false, %p9.exit ], [ false, %endif955 ], [ true, %endif963 ], [ true, %endif979 ], [ true, %endif995 ]
  %2526 = phi i1 [ true, %endif1003 ], [ true, %then1005 ], [ true, %endif987 ], [ true, %endif971 ], [ false, %p9.exit ], [ false, %endif955 ], [ false, %endif963 ], [ true, %endif979 ], [ true, %endif995 ]
  %2527 = phi i1 [ true, %endif1003 ], [ true, %then1005 ], [ true, %endif987 ], [ false, %endif971 ], [ false, %p9.exit ], [ false, %endif955 ], [ false, %endif963 ], [ false, %endif979 ], [ true, %endif995 ]
  %2528 = phi i1 [ true, %endif1003 ], [ true, %then1005 ], [ false, %endif987 ], [ false, %endif971 ], [ false, %p9.exit ], [ false, %endif955 ], [ false, %endif963 ], [ false, %endif979 ], [ false, %endif995 ]
  store <8 x float> zeroinitializer, ptr %dbet, align 4
  br label %ib1.body

t5.head.preheader:                                ; preds = %j26.exit
  br i1 %2470, label %t5.body, label %i33.body.preheader

ib1.body:                                         ; preds = %endif1011, %j26.exit
  %.not2319 = phi i1 [ true, %endif1011 ], [ false, %j26.exit ]
  %ib1.addr.02217 = phi i64 [ 0, %endif1011 ], [ 4, %j26.exit ]
  %i01 = sub nuw nsw i64 4, %ib1.addr.02217
  %2529 = shl nuw nsw i64 %i01, 5
  %2530 = or disjoint i64 %2529, 256
  %2531 = getelementptr inbounds float, ptr %OY, i64 %2530
  %2532 = load <16 x float>, ptr %2531, align 4
  %2533 = or disjoint i64 %2529, 272
  %2534 = getelementptr inbounds float, ptr %OY, i64 %2533
  %2535 = load <16 x float>, ptr %2534, align 4
  %2536 = sub nuw nsw i64 5, %ib1.addr.02217
  %2537 = shl nuw nsw i64 %2536, 5
  %2538 = or disjoint i64 %2537, 256
  %2539 = getelementptr inbounds float, ptr %OY, i64 %2538
  %2540 = load <16 x float>, ptr %2539, align 4
  %2541 = or disjoint i64 %2537, 272
  %2542 = getelementptr inbounds float, ptr %OY, i64 %2541
  %2543 = load <16 x float>, ptr %2542, align 4
  %2544 = sub nuw nsw i64 6, %ib1.addr.02217
  %2545 = shl nuw nsw i64 %2544, 5
  %2546 = or disjoint i64 %2545, 256
  %2547 = getelementptr inbounds float, ptr %OY, i64 %2546
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = or disjoint i64 %2545, 272
  %2550 = getelementptr inbounds float, ptr %OY, i64 %2549
  %2551 = load <16 x float>, ptr %2550, align 4
  %2552 = xor i64 %ib1.addr.02217, 7
  %2553 = shl nuw nsw i64 %2552, 5
  %2554 = or disjoint i64 %2553, 256
  %2555 = getelementptr inbounds float, ptr %OY, i64 %2554
  %2556 = load <16 x float>, ptr %2555, align 4
  %2557 = or disjoint i64 %2553, 272
  %2558 = getelementptr inbounds float, ptr %OY, i64 %2557
  %2559 = load <16 x float>, ptr %2558, align 4
  br i1 %.not2319, label %j26.exit, label %j26.body.preheader

j26.body.preheader:                               ; preds = %ib1.body
  %2560 = sub nuw nsw i64 8, %ib1.addr.02217
  br label %j26.body

j26.body:                                         ; preds = %j26.body.preheader, %j26.body
  %j26.addr.02206 = phi i64 [ %j26.next, %j26.body ], [ %2560, %j26.body.preheader ]
  %acc103.02205 = phi <16 x float> [ %2600, %j26.body ], [ %2559, %j26.body.preheader ]
  %acc102.02204 = phi <16 x float> [ %2599, %j26.body ], [ %2556, %j26.body.preheader ]
  %acc101.02203 = phi <16 x float> [ %2592, %j26.body ], [ %2551, %j26.body.preheader ]
  %acc100.02202 = phi <16 x float> [ %2591, %j26.body ], [ %2548, %j26.body.preheader ]
  %acc99.02201 = phi <16 x float> [ %2584, %j26.body ], [ %2543, %j26.body.preheader ]
  %acc98.02200 = phi <16 x float> [ %2583, %j26.body ], [ %2540, %j26.body.preheader ]
  %acc97.02199 = phi <16 x float> [ %2576, %j26.body ], [ %2535, %j26.body.preheader ]
  %acc96.02198 = phi <16 x float> [ %2575, %j26.body ], [ %2532, %j26.body.preheader ]
  %2561 = shl nuw nsw i64 %j26.addr.02206, 5
  %2562 = or disjoint i64 %2561, 256
  %2563 = getelementptr inbounds float, ptr %OY, i64 %2562
  %2564 = load <16 x float>, ptr %2563, align 4
  %2565 = or disjoint i64 %2561, 272
  %2566 = getelementptr inbounds float, ptr %OY, i64 %2565
  %2567 = load <16 x float>, ptr %2566, align 4
  %2568 = shl nuw nsw i64 %j26.addr.02206, 3
  %2569 = or disjoint i64 %2568, %i01
  %2570 = getelementptr inbounds float, ptr %Gm, i64 %2569
  %2571 = load float, ptr %2570, align 4
  %2572 = fneg float %2571
  %2573 = insertelement <16 x float> poison, float %2572, i64 0
  %2574 = shufflevector <16 x float> %2573, <16 x float> poison, <16 x i32> zeroinitializer
  %2575 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2574, <16 x float> %2564, <16 x float> %acc96.02198)
  %2576 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2574, <16 x float> %2567, <16 x float> %acc97.02199)
  %2577 = or disjoint i64 %2568, %2536
  %2578 = getelementptr inbounds float, ptr %Gm, i64 %2577
  %2579 = load float, ptr %2578, align 4
  %2580 = fneg float %2579
  %2581 = insertelement <16 x float> poison, float %2580, i64 0
  %2582 = shufflevector <16 x float> %2581, <16 x float> poison, <16 x i32> zeroinitializer
  %2583 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2582, <16 x float> %2564, <16 x float> %acc98.02200)
  %2584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2582, <16 x float> %2567, <16 x float> %acc99.02201)
  %2585 = or disjoint i64 %2568, %2544
  %2586 = getelementptr inbounds float, ptr %Gm, i64 %2585
  %2587 = load float, ptr %2586, align 4
  %2588 = fneg float %2587
  %2589 = insertelement <16 x float> poison, float %2588, i64 0
  %2590 = shufflevector <16 x float> %2589, <16 x float> poison, <16 x i32> zeroinitializer
  %2591 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2590, <16 x float> %2564, <16 x float> %acc100.02202)
  %2592 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2590, <16 x float> %2567, <16 x float> %acc101.02203)
  %2593 = or disjoint i64 %2568, %2552
  %2594 = getelementptr inbounds float, ptr %Gm, i64 %2593
  %2595 = load float, ptr %2594, align 4
  %2596 = fneg float %2595
  %2597 = insertelement <16 x float> poison, float %2596, i64 0
  %2598 = shufflevector <16 x float> %2597, <16 x float> poison, <16 x i32> zeroinitializer
  %2599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2598, <16 x float> %2564, <16 x float> %acc102.02204)
  %2600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2598, <16 x float> %2567, <16 x float> %acc103.02205)
  %j26.next = add nuw nsw i64 %j26.addr.02206, 1
  %2601 = icmp ult i64 %j26.addr.02206, 7
  br i1 %2601, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2532, %ib1.body ], [ %2575, %j26.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2535, %ib1.body ], [ %2576, %j26.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2540, %ib1.body ], [ %2583, %j26.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2543, %ib1.body ], [ %2584, %j26.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2548, %ib1.body ], [ %2591, %j26.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2551, %ib1.body ], [ %2592, %j26.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2556, %ib1.body ], [ %2599, %j26.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2559, %ib1.body ], [ %2600, %j26.body ]
  %2602 = getelementptr inbounds float, ptr %Rr, i64 %2553
  %2603 = load <16 x float>, ptr %2602, align 4
  %2604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2603, <16 x float> zeroinitializer)
  %2605 = or disjoint i64 %2553, 16
  %2606 = getelementptr inbounds float, ptr %Rr, i64 %2605
  %2607 = load <16 x float>, ptr %2606, align 4
  %2608 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2607, <16 x float> %2604)
  %2609 = getelementptr inbounds float, ptr %dbet, i64 %2552
  %2610 = load float, ptr %2609, align 4
  %2611 = shufflevector <16 x float> %2608, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2612 = shufflevector <16 x float> %2608, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2613 = fadd <8 x float> %2611, %2612
  %2614 = shufflevector <8 x float> %2613, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2615 = shufflevector <8 x float> %2613, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2616 = fadd <4 x float> %2614, %2615
  %2617 = shufflevector <4 x float> %2616, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2618 = shufflevector <4 x float> %2616, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2619 = fadd <2 x float> %2617, %2618
  %shift2904 = shufflevector <2 x float> %2619, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2620 = fadd <2 x float> %2619, %shift2904
  %2621 = extractelement <2 x float> %2620, i64 0
  %2622 = fadd float %2610, %2621
  store float %2622, ptr %2609, align 4
  %2623 = getelementptr inbounds float, ptr %bet, i64 %2552
  %2624 = load float, ptr %2623, align 4
  %2625 = insertelement <16 x float> poison, float %2624, i64 0
  %2626 = shufflevector <16 x float> %2625, <16 x float> poison, <16 x i32> zeroinitializer
  %2627 = fmul <16 x float> %acc102.0.lcssa, %2626
  store <16 x float> %2627, ptr %2555, align 4
  %2628 = fneg <16 x float> %2627
  %.idx2033 = mul nuw nsw i64 %2552, 320
  %2629 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2033
  %2630 = getelementptr inbounds i8, ptr %2629, i64 128
  store <16 x float> %2628, ptr %2630, align 4
  %2631 = fmul <16 x float> %acc103.0.lcssa, %2626
  store <16 x float> %2631, ptr %2558, align 4
  %2632 = fneg <16 x float> %2631
  %2633 = getelementptr inbounds i8, ptr %2629, i64 192
  store <16 x float> %2632, ptr %2633, align 4
  %2634 = shl nuw nsw i64 %2552, 3
  %2635 = or disjoint i64 %2634, %2544
  %2636 = getelementptr inbounds float, ptr %Gm, i64 %2635
  %2637 = load float, ptr %2636, align 4
  %2638 = fneg float %2637
  %2639 = insertelement <16 x float> poison, float %2638, i64 0
  %2640 = shufflevector <16 x float> %2639, <16 x float> poison, <16 x i32> zeroinitializer
  %2641 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2640, <16 x float> %2627, <16 x float> %acc100.0.lcssa)
  %2642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2640, <16 x float> %2631, <16 x float> %acc101.0.lcssa)
  %2643 = getelementptr inbounds float, ptr %Rr, i64 %2545
  %2644 = load <16 x float>, ptr %2643, align 4
  %2645 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2641, <16 x float> %2644, <16 x float> zeroinitializer)
  %2646 = or disjoint i64 %2545, 16
  %2647 = getelementptr inbounds float, ptr %Rr, i64 %2646
  %2648 = load <16 x float>, ptr %2647, align 4
  %2649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2642, <16 x float> %2648, <16 x float> %2645)
  %2650 = getelementptr inbounds float, ptr %dbet, i64 %2544
  %2651 = load float, ptr %2650, align 4
  %2652 = shufflevector <16 x float> %2649, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2653 = shufflevector <16 x float> %2649, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2654 = fadd <8 x float> %2652, %2653
  %2655 = shufflevector <8 x float> %2654, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2656 = shufflevector <8 x float> %2654, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2657 = fadd <4 x float> %2655, %2656
  %2658 = shufflevector <4 x float> %2657, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2659 = shufflevector <4 x float> %2657, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2660 = fadd <2 x float> %2658, %2659
  %shift2905 = shufflevector <2 x float> %2660, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %2661 = fadd <2 x float> %2660, %shift2905
  %2662 = extractelement <2 x float> %2661, i64 0
  %2663 = fadd float %2651, %2662
  store float %2663, ptr %2650, align 4
  %2664 = getelementptr inbounds float, ptr %bet, i64 %2544
  %2665 = load float, ptr %2664, align 4
  %2666 = insertelement <16 x float> poison, float %2665, i64 0
  %2667 = shufflevector <16 x float> %2666, <16 x float> poison, <16 x i32> zeroinitializer
  %2668 = fmul <16 x float> %2641, %2667
  store <16 x float> %2668, ptr %2547, align 4
  %2669 = fneg <16 x float> %2668
  %.idx2034 = mul nuw nsw i64 %2544, 320
  %2670 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2034
  %2671 = getelementptr inbounds i8, ptr %2670, i64 128
  store <16 x float> %2669, ptr %2671, align 4
  %2672 = fmul <16 x float> %2642, %2667
  store <16 x float> %2672, ptr %2550, align 4
  %2673 = fneg <16 x float> %2672
  %2674 = getelementptr inbounds i8, ptr %2670, i64 192
  store <16 x float> %2673, ptr %2674, align 4
  %2675 = shl nuw nsw i64 %2544, 3
  %2676 = or disjoint i64 %2675, %2536
  %2677 = getelementptr inbounds float, ptr %Gm, i64 %2676
  %2678 = load float, ptr %2677, align 4
  %2679 = fneg float %2678
  %2680 = insertelement <16 x float> poison, float %2679, i64 0
  %2681 = shufflevector <16 x float> %2680, <16 x float> poison, <16 x i32> zeroinitializer
  %2682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2681, <16 x float> %2668, <16 x float> %acc98.0.lcssa)
  %2683 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2681, <16 x float> %2672, <16 x float> %acc99.0.lcssa)
  %2684 = or disjoint i64 %2634, %2536
  %2685 = getelementptr inbounds float, ptr %Gm, i64 %2684
  %2686 = load float, ptr %2685, align 4
  %2687 = fneg float %2686
  %2688 = insertelement <16 x float> poison, float %2687, i64 0
  %2689 = shufflevector <16 x float> %2688, <16 x float> poison, <16 x i32> zeroinitializer
  %2690 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2689, <16 x float> %2627, <16 x float> %2682)
  %2691 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2689, <16 x float> %2631, <16 x float> %2683)
  %2692 = getelementptr inbounds float, ptr %Rr, i64 %2537
  %2693 = load <16 x float>, ptr %2692, align 4
  %2694 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2690, <16 x float> %2693, <16 x float> zeroinitializer)
  %2695 = or disjoint i64 %2537, 16
  %2696 = getelementptr inbounds float, ptr %Rr, i64 %2695
  %2697 = load <16 x float>, ptr %2696, align 4
  %2698 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2691, <16 x float> %2697, <16 x float> %2694)
  %2699 = shufflevector <16 x float> %2698, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2700 = shufflevector <16 x float> %2698, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2701 = fadd <8 x float> %2699, %2700
  %2702 = shufflevector <8 x float> %2701, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2703 = shufflevector <8 x float> %2701, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2704 = fadd <4 x float> %2702, %2703
  %2705 = shufflevector <4 x float> %2704, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2706 = shufflevector <4 x float> %2704, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2707 = fadd <2 x float> %2705, %2706
  %2708 = getelementptr inbounds float, ptr %bet, i64 %2536
  %2709 = load float, ptr %2708, align 4
  %2710 = insertelement <16 x float> poison, float %2709, i64 0
  %2711 = shufflevector <16 x float> %2710, <16 x float> poison, <16 x i32> zeroinitializer
  %2712 = fmul <16 x float> %2690, %2711
  store <16 x float> %2712, ptr %2539, align 4
  %2713 = fneg <16 x float> %2712
  %2714 = mul nuw nsw i64 %2536, 80
  %2715 = or disjoint i64 %2714, 32
  %2716 = getelementptr inbounds float, ptr %Ak, i64 %2715
  store <16 x float> %2713, ptr %2716, align 4
  %2717 = fmul <16 x float> %2691, %2711
  store <16 x float> %2717, ptr %2542, align 4
  %2718 = fneg <16 x float> %2717
  %gep2216 = getelementptr inbounds float, ptr %invariant.gep2215, i64 %2714
  store <16 x float> %2718, ptr %gep2216, align 4
  %2719 = shl nuw nsw i64 %2536, 3
  %2720 = or disjoint i64 %2719, %i01
  %2721 = getelementptr inbounds float, ptr %Gm, i64 %2720
  %2722 = load float, ptr %2721, align 4
  %2723 = fneg float %2722
  %2724 = insertelement <16 x float> poison, float %2723, i64 0
  %2725 = shufflevector <16 x float> %2724, <16 x float> poison, <16 x i32> zeroinitializer
  %2726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2725, <16 x float> %2712, <16 x float> %acc96.0.lcssa)
  %2727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2725, <16 x float> %2717, <16 x float> %acc97.0.lcssa)
  %2728 = or disjoint i64 %2675, %i01
  %2729 = getelementptr inbounds float, ptr %Gm, i64 %2728
  %2730 = load float, ptr %2729, align 4
  %2731 = fneg float %2730
  %2732 = insertelement <16 x float> poison, float %2731, i64 0
  %2733 = shufflevector <16 x float> %2732, <16 x float> poison, <16 x i32> zeroinitializer
  %2734 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2733, <16 x float> %2668, <16 x float> %2726)
  %2735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2733, <16 x float> %2672, <16 x float> %2727)
  %2736 = or disjoint i64 %2634, %i01
  %2737 = getelementptr inbounds float, ptr %Gm, i64 %2736
  %2738 = load float, ptr %2737, align 4
  %2739 = fneg float %2738
  %2740 = insertelement <16 x float> poison, float %2739, i64 0
  %2741 = shufflevector <16 x float> %2740, <16 x float> poison, <16 x i32> zeroinitializer
  %2742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2741, <16 x float> %2627, <16 x float> %2734)
  %2743 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2741, <16 x float> %2631, <16 x float> %2735)
  %2744 = getelementptr inbounds float, ptr %Rr, i64 %2529
  %2745 = load <16 x float>, ptr %2744, align 4
  %2746 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2742, <16 x float> %2745, <16 x float> zeroinitializer)
  %2747 = or disjoint i64 %2529, 16
  %2748 = getelementptr inbounds float, ptr %Rr, i64 %2747
  %2749 = load <16 x float>, ptr %2748, align 4
  %2750 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2743, <16 x float> %2749, <16 x float> %2746)
  %2751 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2752 = shufflevector <16 x float> %2750, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2753 = shufflevector <16 x float> %2750, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2754 = fadd <8 x float> %2752, %2753
  %2755 = shufflevector <8 x float> %2754, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2756 = shufflevector <8 x float> %2754, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2757 = fadd <4 x float> %2755, %2756
  %2758 = shufflevector <4 x float> %2757, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2759 = shufflevector <4 x float> %2757, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2760 = fadd <2 x float> %2758, %2759
  %2761 = load <2 x float>, ptr %2751, align 4
  %2762 = shufflevector <2 x float> %2760, <2 x float> %2707, <2 x i32> <i32 0, i32 2>
  %2763 = shufflevector <2 x float> %2760, <2 x float> %2707, <2 x i32> <i32 1, i32 3>
  %2764 = fadd <2 x float> %2762, %2763
  %2765 = fadd <2 x float> %2761, %2764
  store <2 x float> %2765, ptr %2751, align 4
  %2766 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2767 = load float, ptr %2766, align 4
  %2768 = insertelement <16 x float> poison, float %2767, i64 0
  %2769 = shufflevector <16 x float> %2768, <16 x float> poison, <16 x i32> zeroinitializer
  %2770 = fmul <16 x float> %2742, %2769
  store <16 x float> %2770, ptr %2531, align 4
  %2771 = fneg <16 x float> %2770
  %2772 = mul nuw nsw i64 %i01, 80
  %2773 = or disjoint i64 %2772, 32
  %2774 = getelementptr inbounds float, ptr %Ak, i64 %2773
  store <16 x float> %2771, ptr %2774, align 4
  %2775 = fmul <16 x float> %2743, %2769
  store <16 x float> %2775, ptr %2534, align 4
  %2776 = fneg <16 x float> %2775
  %2777 = or disjoint i64 %2772, 48
  %2778 = getelementptr inbounds float, ptr %Ak, i64 %2777
  store <16 x float> %2776, ptr %2778, align 4
  br i1 %.not2319, label %ib1.body, label %t5.head.preheader

t5.body:                                          ; preds = %t5.head.preheader
  %2779 = load <16 x float>, ptr %invariant.gep2741, align 4
  %.idx2321 = shl i64 %ci, 10
  %2780 = getelementptr i8, ptr %dav, i64 %.idx2321
  store <16 x float> %2779, ptr %2780, align 4
  %2781 = load <16 x float>, ptr %invariant.gep2743, align 4
  %2782 = getelementptr i8, ptr %409, i64 %.idx2321
  store <16 x float> %2781, ptr %2782, align 4
  %2783 = load float, ptr %dbet, align 4
  %2784 = mul nsw i64 %t0, %H
  %2785 = getelementptr inbounds float, ptr %betah1, i64 %2784
  store float %2783, ptr %2785, align 4
  %exitcond2526.not = icmp slt i64 %indvars.iv2524, 2
  br i1 %exitcond2526.not, label %i33.body.preheader, label %t5.body.1

t5.body.1:                                        ; preds = %t5.body
  %tau1.1 = or disjoint i64 %t0, 1
  %2786 = load <16 x float>, ptr %gep2742.1, align 4
  %.idx2321.1 = shl i64 %tau1.1, 7
  %2787 = getelementptr i8, ptr %dav, i64 %.idx2321.1
  store <16 x float> %2786, ptr %2787, align 4
  %2788 = load <16 x float>, ptr %gep2744.1, align 4
  %2789 = getelementptr i8, ptr %409, i64 %.idx2321.1
  store <16 x float> %2788, ptr %2789, align 4
  %2790 = load float, ptr %459, align 4
  %2791 = mul nsw i64 %tau1.1, %H
  %2792 = getelementptr inbounds float, ptr %betah1, i64 %2791
  store float %2790, ptr %2792, align 4
  %exitcond2526.not.1 = icmp eq i64 %indvars.iv2524, 2
  br i1 %exitcond2526.not.1, label %i33.body.preheader, label %t5.body.2

t5.body.2:                                        ; preds = %t5.body.1
  %tau1.2 = or disjoint i64 %t0, 2
  %2793 = load <16 x float>, ptr %gep2742.2, align 4
  %.idx2321.2 = shl i64 %tau1.2, 7
  %2794 = getelementptr i8, ptr %dav, i64 %.idx2321.2
  store <16 x float> %2793, ptr %2794, align 4
  %2795 = load <16 x float>, ptr %gep2744.2, align 4
  %2796 = getelementptr i8, ptr %409, i64 %.idx2321.2
  store <16 x float> %2795, ptr %2796, align 4
  %2797 = load float, ptr %460, align 4
  %2798 = mul nsw i64 %tau1.2, %H
  %2799 = getelementptr inbounds float, ptr %betah1, i64 %2798
  store float %2797, ptr %2799, align 4
  %exitcond2526.not.2 = icmp eq i64 %indvars.iv2524, 3
  br i1 %exitcond2526.not.2, label %i33.body.preheader, label %t5.body.3

t5.body.3:                                        ; preds = %t5.body.2
  %tau1.3 = or disjoint i64 %t0, 3
  %2800 = load <16 x float>, ptr %gep2742.3, align 4
  %.idx2321.3 = shl i64 %tau1.3, 7
  %2801 = getelementptr i8, ptr %dav, i64 %.idx2321.3
  store <16 x float> %2800, ptr %2801, align 4
  %2802 = load <16 x float>, ptr %gep2744.3, align 4
  %2803 = getelementptr i8, ptr %409, i64 %.idx2321.3
  store <16 x float> %2802, ptr %2803, align 4
  %2804 = load float, ptr %461, align 4
  %2805 = mul nsw i64 %tau1.3, %H
  %2806 = getelementptr inbounds float, ptr %betah1, i64 %2805
  store float %2804, ptr %2806, align 4
  %exitcond2526.not.3 = icmp eq i64 %indvars.iv2524, 4
  br i1 %exitcond2526.not.3, label %i33.body.preheader, label %t5.body.4

t5.body.4:                                        ; preds = %t5.body.3
  %tau1.4 = or disjoint i64 %t0, 4
  %2807 = load <16 x float>, ptr %gep2742.4, align 4
  %.idx2321.4 = shl i64 %tau1.4, 7
  %2808 = getelementptr i8, ptr %dav, i64 %.idx2321.4
  store <16 x float> %2807, ptr %2808, align 4
  %2809 = load <16 x float>, ptr %gep2744.4, align 4
  %2810 = getelementptr i8, ptr %409, i64 %.idx2321.4
  store <16 x float> %2809, ptr %2810, align 4
  %2811 = load float, ptr %462, align 4
  %2812 = mul nsw i64 %tau1.4, %H
  %2813 = getelementptr inbounds float, ptr %betah1, i64 %2812
  store float %2811, ptr %2813, align 4
  %exitcond2526.not.4 = icmp eq i64 %indvars.iv2524, 5
  br i1 %exitcond2526.not.4, label %i33.body.preheader, label %t5.body.5

t5.body.5:                                        ; preds = %t5.body.4
  %tau1.5 = or disjoint i64 %t0, 5
  %2814 = load <16 x float>, ptr %gep2742.5, align 4
  %.idx2321.5 = shl i64 %tau1.5, 7
  %2815 = getelementptr i8, ptr %dav, i64 %.idx2321.5
  store <16 x float> %2814, ptr %2815, align 4
  %2816 = load <16 x float>, ptr %gep2744.5, align 4
  %2817 = getelementptr i8, ptr %409, i64 %.idx2321.5
  store <16 x float> %2816, ptr %2817, align 4
  %2818 = load float, ptr %463, align 4
  %2819 = mul nsw i64 %tau1.5, %H
  %2820 = getelementptr inbounds float, ptr %betah1, i64 %2819
  store float %2818, ptr %2820, align 4
  %exitcond2526.not.5 = icmp eq i64 %indvars.iv2524, 6
  br i1 %exitcond2526.not.5, label %i33.body.preheader, label %t5.body.6

t5.body.6:                                        ; preds = %t5.body.5
  %tau1.6 = or disjoint i64 %t0, 6
  %2821 = load <16 x float>, ptr %gep2742.6, align 4
  %.idx2321.6 = shl i64 %tau1.6, 7
  %2822 = getelementptr i8, ptr %dav, i64 %.idx2321.6
  store <16 x float> %2821, ptr %2822, align 4
  %2823 = load <16 x float>, ptr %gep2744.6, align 4
  %2824 = getelementptr i8, ptr %409, i64 %.idx2321.6
  store <16 x float> %2823, ptr %2824, align 4
  %2825 = load float, ptr %464, align 4
  %2826 = mul nsw i64 %tau1.6, %H
  %2827 = getelementptr inbounds float, ptr %betah1, i64 %2826
  store float %2825, ptr %2827, align 4
  %exitcond2526.not.6 = icmp eq i64 %indvars.iv2524, 7
  br i1 %exitcond2526.not.6, label %i33.body.preheader, label %t5.body.7

t5.body.7:                                        ; preds = %t5.body.6
  %tau1.7 = or disjoint i64 %t0, 7
  %2828 = load <16 x float>, ptr %gep2742.7, align 4
  %.idx2321.7 = shl i64 %tau1.7, 7
  %2829 = getelementptr i8, ptr %dav, i64 %.idx2321.7
  store <16 x float> %2828, ptr %2829, align 4
  %2830 = load <16 x float>, ptr %gep2744.7, align 4
  %2831 = getelementptr i8, ptr %409, i64 %.idx2321.7
  store <16 x float> %2830, ptr %2831, align 4
  %2832 = load float, ptr %465, align 4
  %2833 = mul nsw i64 %tau1.7, %H
  %2834 = getelementptr inbounds float, ptr %betah1, i64 %2833
  store float %2832, ptr %2834, align 4
  br label %i33.body.preheader

i33.body.preheader:                               ; preds = %t5.body, %t5.body.1, %t5.body.2, %t5.body.3, %t5.body.4, %t5.body.5, %t5.body.6, %t5.body.7, %t5.head.preheader
  br label %i33.body

i33.body:                                         ; preds = %i33.body.preheader, %p10.exit
  %i33.addr.02237 = phi i64 [ %i33.next, %p10.exit ], [ 0, %i33.body.preheader ]
  %2835 = shl nuw nsw i64 %i33.addr.02237, 6
  %2836 = or disjoint i64 %2835, 32
  %2837 = getelementptr inbounds float, ptr %work, i64 %2836
  %2838 = load <16 x float>, ptr %2837, align 4
  %2839 = or disjoint i64 %2835, 48
  %2840 = getelementptr inbounds float, ptr %work, i64 %2839
  %2841 = load <16 x float>, ptr %2840, align 4
  %2842 = or disjoint i64 %i33.addr.02237, 1
  %2843 = shl nuw nsw i64 %2842, 6
  %2844 = or disjoint i64 %2843, 32
  %2845 = getelementptr inbounds float, ptr %work, i64 %2844
  %2846 = load <16 x float>, ptr %2845, align 4
  %2847 = or disjoint i64 %2843, 48
  %2848 = getelementptr inbounds float, ptr %work, i64 %2847
  %2849 = load <16 x float>, ptr %2848, align 4
  %2850 = or disjoint i64 %i33.addr.02237, 2
  %2851 = shl nuw nsw i64 %2850, 6
  %2852 = or disjoint i64 %2851, 32
  %2853 = getelementptr inbounds float, ptr %work, i64 %2852
  %2854 = load <16 x float>, ptr %2853, align 4
  %2855 = or disjoint i64 %2851, 48
  %2856 = getelementptr inbounds float, ptr %work, i64 %2855
  %2857 = load <16 x float>, ptr %2856, align 4
  %2858 = or disjoint i64 %i33.addr.02237, 3
  %2859 = shl nuw nsw i64 %2858, 6
  %2860 = or disjoint i64 %2859, 32
  %2861 = getelementptr inbounds float, ptr %work, i64 %2860
  %2862 = load <16 x float>, ptr %2861, align 4
  %2863 = or disjoint i64 %2859, 48
  %2864 = getelementptr inbounds float, ptr %work, i64 %2863
  %2865 = load <16 x float>, ptr %2864, align 4
  %2866 = or disjoint i64 %i33.addr.02237, 4
  %2867 = shl nuw nsw i64 %2866, 6
  %2868 = or disjoint i64 %2867, 32
  %2869 = getelementptr inbounds float, ptr %work, i64 %2868
  %2870 = load <16 x float>, ptr %2869, align 4
  %2871 = or disjoint i64 %2867, 48
  %2872 = getelementptr inbounds float, ptr %work, i64 %2871
  %2873 = load <16 x float>, ptr %2872, align 4
  %2874 = or disjoint i64 %i33.addr.02237, 5
  %2875 = shl nuw nsw i64 %2874, 6
  %2876 = or disjoint i64 %2875, 32
  %2877 = getelementptr inbounds float, ptr %work, i64 %2876
  %2878 = load <16 x float>, ptr %2877, align 4
  %2879 = or disjoint i64 %2875, 48
  %2880 = getelementptr inbounds float, ptr %work, i64 %2879
  %2881 = load <16 x float>, ptr %2880, align 4
  %2882 = or disjoint i64 %i33.addr.02237, 6
  %2883 = shl nuw nsw i64 %2882, 6
  %2884 = or disjoint i64 %2883, 32
  %2885 = getelementptr inbounds float, ptr %work, i64 %2884
  %2886 = load <16 x float>, ptr %2885, align 4
  %2887 = or disjoint i64 %2883, 48
  %2888 = getelementptr inbounds float, ptr %work, i64 %2887
  %2889 = load <16 x float>, ptr %2888, align 4
  %2890 = or disjoint i64 %i33.addr.02237, 7
  %2891 = shl nuw nsw i64 %2890, 6
  %2892 = or disjoint i64 %2891, 32
  %2893 = getelementptr inbounds float, ptr %work, i64 %2892
  %2894 = load <16 x float>, ptr %2893, align 4
  %2895 = or disjoint i64 %2891, 48
  %2896 = getelementptr inbounds float, ptr %work, i64 %2895
  %2897 = load <16 x float>, ptr %2896, align 4
  br label %p10.body

p10.body:                                         ; preds = %i33.body, %p10.body
  %p10.addr.02236 = phi i64 [ 0, %i33.body ], [ %p10.next, %p10.body ]
  %acc119.02235 = phi <16 x float> [ %2897, %i33.body ], [ %2959, %p10.body ]
  %acc118.02234 = phi <16 x float> [ %2894, %i33.body ], [ %2958, %p10.body ]
  %acc117.02233 = phi <16 x float> [ %2889, %i33.body ], [ %2952, %p10.body ]
  %acc116.02232 = phi <16 x float> [ %2886, %i33.body ], [ %2951, %p10.body ]
  %acc115.02231 = phi <16 x float> [ %2881, %i33.body ], [ %2945, %p10.body ]
  %acc114.02230 = phi <16 x float> [ %2878, %i33.body ], [ %2944, %p10.body ]
  %acc113.02229 = phi <16 x float> [ %2873, %i33.body ], [ %2938, %p10.body ]
  %acc112.02228 = phi <16 x float> [ %2870, %i33.body ], [ %2937, %p10.body ]
  %acc111.02227 = phi <16 x float> [ %2865, %i33.body ], [ %2931, %p10.body ]
  %acc110.02226 = phi <16 x float> [ %2862, %i33.body ], [ %2930, %p10.body ]
  %acc109.02225 = phi <16 x float> [ %2857, %i33.body ], [ %2924, %p10.body ]
  %acc108.02224 = phi <16 x float> [ %2854, %i33.body ], [ %2923, %p10.body ]
  %acc107.02223 = phi <16 x float> [ %2849, %i33.body ], [ %2917, %p10.body ]
  %acc106.02222 = phi <16 x float> [ %2846, %i33.body ], [ %2916, %p10.body ]
  %acc105.02221 = phi <16 x float> [ %2841, %i33.body ], [ %2910, %p10.body ]
  %acc104.02220 = phi <16 x float> [ %2838, %i33.body ], [ %2909, %p10.body ]
  %2898 = shl nuw nsw i64 %p10.addr.02236, 5
  %2899 = getelementptr inbounds float, ptr %OY, i64 %2898
  %2900 = load <16 x float>, ptr %2899, align 4
  %2901 = or disjoint i64 %2898, 16
  %2902 = getelementptr inbounds float, ptr %OY, i64 %2901
  %2903 = load <16 x float>, ptr %2902, align 4
  %2904 = or disjoint i64 %2898, %i33.addr.02237
  %2905 = getelementptr inbounds float, ptr %QK, i64 %2904
  %2906 = load float, ptr %2905, align 4
  %2907 = insertelement <16 x float> poison, float %2906, i64 0
  %2908 = shufflevector <16 x float> %2907, <16 x float> poison, <16 x i32> zeroinitializer
  %2909 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2908, <16 x float> %2900, <16 x float> %acc104.02220)
  %2910 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2908, <16 x float> %2903, <16 x float> %acc105.02221)
  %2911 = or disjoint i64 %2898, %2842
  %2912 = getelementptr inbounds float, ptr %QK, i64 %2911
  %2913 = load float, ptr %2912, align 4
  %2914 = insertelement <16 x float> poison, float %2913, i64 0
  %2915 = shufflevector <16 x float> %2914, <16 x float> poison, <16 x i32> zeroinitializer
  %2916 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2915, <16 x float> %2900, <16 x float> %acc106.02222)
  %2917 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2915, <16 x float> %2903, <16 x float> %acc107.02223)
  %2918 = or disjoint i64 %2898, %2850
  %2919 = getelementptr inbounds float, ptr %QK, i64 %2918
  %2920 = load float, ptr %2919, align 4
  %2921 = insertelement <16 x float> poison, float %2920, i64 0
  %2922 = shufflevector <16 x float> %2921, <16 x float> poison, <16 x i32> zeroinitializer
  %2923 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2922, <16 x float> %2900, <16 x float> %acc108.02224)
  %2924 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2922, <16 x float> %2903, <16 x float> %acc109.02225)
  %2925 = or disjoint i64 %2898, %2858
  %2926 = getelementptr inbounds float, ptr %QK, i64 %2925
  %2927 = load float, ptr %2926, align 4
  %2928 = insertelement <16 x float> poison, float %2927, i64 0
  %2929 = shufflevector <16 x float> %2928, <16 x float> poison, <16 x i32> zeroinitializer
  %2930 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2929, <16 x float> %2900, <16 x float> %acc110.02226)
  %2931 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2929, <16 x float> %2903, <16 x float> %acc111.02227)
  %2932 = or disjoint i64 %2898, %2866
  %2933 = getelementptr inbounds float, ptr %QK, i64 %2932
  %2934 = load float, ptr %2933, align 4
  %2935 = insertelement <16 x float> poison, float %2934, i64 0
  %2936 = shufflevector <16 x float> %2935, <16 x float> poison, <16 x i32> zeroinitializer
  %2937 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2936, <16 x float> %2900, <16 x float> %acc112.02228)
  %2938 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2936, <16 x float> %2903, <16 x float> %acc113.02229)
  %2939 = or disjoint i64 %2898, %2874
  %2940 = getelementptr inbounds float, ptr %QK, i64 %2939
  %2941 = load float, ptr %2940, align 4
  %2942 = insertelement <16 x float> poison, float %2941, i64 0
  %2943 = shufflevector <16 x float> %2942, <16 x float> poison, <16 x i32> zeroinitializer
  %2944 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2943, <16 x float> %2900, <16 x float> %acc114.02230)
  %2945 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2943, <16 x float> %2903, <16 x float> %acc115.02231)
  %2946 = or disjoint i64 %2898, %2882
  %2947 = getelementptr inbounds float, ptr %QK, i64 %2946
  %2948 = load float, ptr %2947, align 4
  %2949 = insertelement <16 x float> poison, float %2948, i64 0
  %2950 = shufflevector <16 x float> %2949, <16 x float> poison, <16 x i32> zeroinitializer
  %2951 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2950, <16 x float> %2900, <16 x float> %acc116.02232)
  %2952 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2950, <16 x float> %2903, <16 x float> %acc117.02233)
  %2953 = or disjoint i64 %2898, %2890
  %2954 = getelementptr inbounds float, ptr %QK, i64 %2953
  %2955 = load float, ptr %2954, align 4
  %2956 = insertelement <16 x float> poison, float %2955, i64 0
  %2957 = shufflevector <16 x float> %2956, <16 x float> poison, <16 x i32> zeroinitializer
  %2958 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2957, <16 x float> %2900, <16 x float> %acc118.02234)
  %2959 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2957, <16 x float> %2903, <16 x float> %acc119.02235)
  %p10.next = add nuw nsw i64 %p10.addr.02236, 1
  %exitcond2527.not = icmp eq i64 %p10.next, 16
  br i1 %exitcond2527.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2909, ptr %2837, align 4
  store <16 x float> %2910, ptr %2840, align 4
  store <16 x float> %2916, ptr %2845, align 4
  store <16 x float> %2917, ptr %2848, align 4
  store <16 x float> %2923, ptr %2853, align 4
  store <16 x float> %2924, ptr %2856, align 4
  store <16 x float> %2930, ptr %2861, align 4
  store <16 x float> %2931, ptr %2864, align 4
  store <16 x float> %2937, ptr %2869, align 4
  store <16 x float> %2938, ptr %2872, align 4
  store <16 x float> %2944, ptr %2877, align 4
  store <16 x float> %2945, ptr %2880, align 4
  store <16 x float> %2951, ptr %2885, align 4
  store <16 x float> %2952, ptr %2888, align 4
  store <16 x float> %2958, ptr %2893, align 4
  store <16 x float> %2959, ptr %2896, align 4
  %i33.next = add nuw nsw i64 %i33.addr.02237, 8
  %2960 = icmp ult i64 %i33.addr.02237, 24
  br i1 %2960, label %i33.body, label %p11.body

p11.body:                                         ; preds = %p10.exit, %p11.body
  %p11.addr.02246 = phi i64 [ %p11.next.1, %p11.body ], [ 0, %p10.exit ]
  %acc127.02245 = phi <8 x float> [ %3060, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc126.02244 = phi <8 x float> [ %3054, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc125.02243 = phi <8 x float> [ %3048, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc124.02242 = phi <8 x float> [ %3042, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc123.02241 = phi <8 x float> [ %3036, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc122.02240 = phi <8 x float> [ %3030, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc121.02239 = phi <8 x float> [ %3024, %p11.body ], [ zeroinitializer, %p10.exit ]
  %acc120.02238 = phi <8 x float> [ %3018, %p11.body ], [ zeroinitializer, %p10.exit ]
  %.idx1996 = shl nuw nsw i64 %p11.addr.02246, 5
  %2961 = getelementptr inbounds i8, ptr %VnT, i64 %.idx1996
  %2962 = load <8 x float>, ptr %2961, align 4
  %2963 = or disjoint i64 %p11.addr.02246, 256
  %2964 = getelementptr inbounds float, ptr %OY, i64 %2963
  %2965 = load float, ptr %2964, align 4
  %2966 = insertelement <8 x float> poison, float %2965, i64 0
  %2967 = shufflevector <8 x float> %2966, <8 x float> poison, <8 x i32> zeroinitializer
  %2968 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2967, <8 x float> %2962, <8 x float> %acc120.02238)
  %2969 = or disjoint i64 %p11.addr.02246, 288
  %2970 = getelementptr inbounds float, ptr %OY, i64 %2969
  %2971 = load float, ptr %2970, align 4
  %2972 = insertelement <8 x float> poison, float %2971, i64 0
  %2973 = shufflevector <8 x float> %2972, <8 x float> poison, <8 x i32> zeroinitializer
  %2974 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2973, <8 x float> %2962, <8 x float> %acc121.02239)
  %2975 = or disjoint i64 %p11.addr.02246, 320
  %2976 = getelementptr inbounds float, ptr %OY, i64 %2975
  %2977 = load float, ptr %2976, align 4
  %2978 = insertelement <8 x float> poison, float %2977, i64 0
  %2979 = shufflevector <8 x float> %2978, <8 x float> poison, <8 x i32> zeroinitializer
  %2980 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2979, <8 x float> %2962, <8 x float> %acc122.02240)
  %2981 = or disjoint i64 %p11.addr.02246, 352
  %2982 = getelementptr inbounds float, ptr %OY, i64 %2981
  %2983 = load float, ptr %2982, align 4
  %2984 = insertelement <8 x float> poison, float %2983, i64 0
  %2985 = shufflevector <8 x float> %2984, <8 x float> poison, <8 x i32> zeroinitializer
  %2986 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2985, <8 x float> %2962, <8 x float> %acc123.02241)
  %2987 = or disjoint i64 %p11.addr.02246, 384
  %2988 = getelementptr inbounds float, ptr %OY, i64 %2987
  %2989 = load float, ptr %2988, align 4
  %2990 = insertelement <8 x float> poison, float %2989, i64 0
  %2991 = shufflevector <8 x float> %2990, <8 x float> poison, <8 x i32> zeroinitializer
  %2992 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2991, <8 x float> %2962, <8 x float> %acc124.02242)
  %2993 = or disjoint i64 %p11.addr.02246, 416
  %2994 = getelementptr inbounds float, ptr %OY, i64 %2993
  %2995 = load float, ptr %2994, align 4
  %2996 = insertelement <8 x float> poison, float %2995, i64 0
  %2997 = shufflevector <8 x float> %2996, <8 x float> poison, <8 x i32> zeroinitializer
  %2998 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2997, <8 x float> %2962, <8 x float> %acc125.02243)
  %2999 = or disjoint i64 %p11.addr.02246, 448
  %3000 = getelementptr inbounds float, ptr %OY, i64 %2999
  %3001 = load float, ptr %3000, align 4
  %3002 = insertelement <8 x float> poison, float %3001, i64 0
  %3003 = shufflevector <8 x float> %3002, <8 x float> poison, <8 x i32> zeroinitializer
  %3004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3003, <8 x float> %2962, <8 x float> %acc126.02244)
  %3005 = or disjoint i64 %p11.addr.02246, 480
  %3006 = getelementptr inbounds float, ptr %OY, i64 %3005
  %3007 = load float, ptr %3006, align 4
  %3008 = insertelement <8 x float> poison, float %3007, i64 0
  %3009 = shufflevector <8 x float> %3008, <8 x float> poison, <8 x i32> zeroinitializer
  %3010 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3009, <8 x float> %2962, <8 x float> %acc127.02245)
  %p11.next = shl i64 %p11.addr.02246, 5
  %.idx1996.1 = or disjoint i64 %p11.next, 32
  %3011 = getelementptr inbounds i8, ptr %VnT, i64 %.idx1996.1
  %3012 = load <8 x float>, ptr %3011, align 4
  %3013 = or i64 %p11.addr.02246, 257
  %3014 = getelementptr inbounds float, ptr %OY, i64 %3013
  %3015 = load float, ptr %3014, align 4
  %3016 = insertelement <8 x float> poison, float %3015, i64 0
  %3017 = shufflevector <8 x float> %3016, <8 x float> poison, <8 x i32> zeroinitializer
  %3018 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3017, <8 x float> %3012, <8 x float> %2968)
  %3019 = or i64 %p11.addr.02246, 289
  %3020 = getelementptr inbounds float, ptr %OY, i64 %3019
  %3021 = load float, ptr %3020, align 4
  %3022 = insertelement <8 x float> poison, float %3021, i64 0
  %3023 = shufflevector <8 x float> %3022, <8 x float> poison, <8 x i32> zeroinitializer
  %3024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3023, <8 x float> %3012, <8 x float> %2974)
  %3025 = or i64 %p11.addr.02246, 321
  %3026 = getelementptr inbounds float, ptr %OY, i64 %3025
  %3027 = load float, ptr %3026, align 4
  %3028 = insertelement <8 x float> poison, float %3027, i64 0
  %3029 = shufflevector <8 x float> %3028, <8 x float> poison, <8 x i32> zeroinitializer
  %3030 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3029, <8 x float> %3012, <8 x float> %2980)
  %3031 = or i64 %p11.addr.02246, 353
  %3032 = getelementptr inbounds float, ptr %OY, i64 %3031
  %3033 = load float, ptr %3032, align 4
  %3034 = insertelement <8 x float> poison, float %3033, i64 0
  %3035 = shufflevector <8 x float> %3034, <8 x float> poison, <8 x i32> zeroinitializer
  %3036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3035, <8 x float> %3012, <8 x float> %2986)
  %3037 = or i64 %p11.addr.02246, 385
  %3038 = getelementptr inbounds float, ptr %OY, i64 %3037
  %3039 = load float, ptr %3038, align 4
  %3040 = insertelement <8 x float> poison, float %3039, i64 0
  %3041 = shufflevector <8 x float> %3040, <8 x float> poison, <8 x i32> zeroinitializer
  %3042 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3041, <8 x float> %3012, <8 x float> %2992)
  %3043 = or i64 %p11.addr.02246, 417
  %3044 = getelementptr inbounds float, ptr %OY, i64 %3043
  %3045 = load float, ptr %3044, align 4
  %3046 = insertelement <8 x float> poison, float %3045, i64 0
  %3047 = shufflevector <8 x float> %3046, <8 x float> poison, <8 x i32> zeroinitializer
  %3048 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3047, <8 x float> %3012, <8 x float> %2998)
  %3049 = or i64 %p11.addr.02246, 449
  %3050 = getelementptr inbounds float, ptr %OY, i64 %3049
  %3051 = load float, ptr %3050, align 4
  %3052 = insertelement <8 x float> poison, float %3051, i64 0
  %3053 = shufflevector <8 x float> %3052, <8 x float> poison, <8 x i32> zeroinitializer
  %3054 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3053, <8 x float> %3012, <8 x float> %3004)
  %3055 = or i64 %p11.addr.02246, 481
  %3056 = getelementptr inbounds float, ptr %OY, i64 %3055
  %3057 = load float, ptr %3056, align 4
  %3058 = insertelement <8 x float> poison, float %3057, i64 0
  %3059 = shufflevector <8 x float> %3058, <8 x float> poison, <8 x i32> zeroinitializer
  %3060 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3059, <8 x float> %3012, <8 x float> %3010)
  %p11.next.1 = add nuw nsw i64 %p11.addr.02246, 2
  %exitcond2528.not.1 = icmp eq i64 %p11.next.1, 32
  br i1 %exitcond2528.not.1, label %j30.exit.7, label %p11.body

j30.exit.7:                                       ; preds = %p11.body
  store <8 x float> %3060, ptr %45, align 4
  %3061 = extractelement <8 x float> %3024, i64 0
  %3062 = extractelement <8 x float> %3030, i64 0
  %3063 = extractelement <8 x float> %3036, i64 0
  %3064 = extractelement <8 x float> %3042, i64 0
  %3065 = extractelement <8 x float> %3042, i64 1
  %3066 = extractelement <8 x float> %3048, i64 0
  %3067 = extractelement <8 x float> %3048, i64 1
  %3068 = extractelement <8 x float> %3048, i64 2
  %3069 = extractelement <8 x float> %3048, i64 4
  %3070 = extractelement <8 x float> %3054, i64 0
  %3071 = extractelement <8 x float> %3054, i64 2
  %3072 = extractelement <8 x float> %3054, i64 3
  %3073 = extractelement <8 x float> %3054, i64 4
  %3074 = extractelement <8 x float> %3060, i64 0
  %3075 = extractelement <8 x float> %3060, i64 2
  %3076 = extractelement <8 x float> %3060, i64 3
  %3077 = extractelement <8 x float> %3060, i64 4
  store float 0.000000e+00, ptr %410, align 4
  %3078 = fneg float %3061
  store float %3078, ptr %gep2248.1, align 4
  store float %3078, ptr %411, align 4
  store float 0.000000e+00, ptr %412, align 4
  %3079 = fneg float %3062
  store float %3079, ptr %gep2248.2, align 4
  store float %3079, ptr %413, align 4
  store float 0.000000e+00, ptr %416, align 4
  %3080 = fneg float %3063
  store float %3080, ptr %gep2248.3, align 4
  store float %3080, ptr %417, align 4
  store float 0.000000e+00, ptr %420, align 4
  %3081 = fneg float %3064
  store float %3081, ptr %gep2248.4, align 4
  store float %3081, ptr %421, align 4
  store float 0.000000e+00, ptr %425, align 4
  %3082 = fneg float %3066
  store float %3082, ptr %gep2248.5, align 4
  store float %3082, ptr %426, align 4
  %3083 = shufflevector <8 x float> %3030, <8 x float> %3036, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %3084 = insertelement <4 x float> %3083, float %3065, i64 2
  %3085 = insertelement <4 x float> %3084, float %3067, i64 3
  %3086 = fneg <4 x float> %3085
  %3087 = extractelement <4 x float> %3086, i64 0
  store float %3087, ptr %414, align 4
  store <4 x float> %3086, ptr %415, align 4
  %3088 = fneg float %3069
  store float %3088, ptr %429, align 4
  store float %3088, ptr %430, align 4
  store float 0.000000e+00, ptr %431, align 4
  %3089 = fneg float %3070
  store float %3089, ptr %gep2248.6, align 4
  store float %3089, ptr %432, align 4
  %3090 = shufflevector <8 x float> %3036, <8 x float> %3042, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %3091 = insertelement <4 x float> %3090, float %3068, i64 2
  %3092 = insertelement <4 x float> %3091, float %3071, i64 3
  %3093 = fneg <4 x float> %3092
  %3094 = shufflevector <4 x float> %3086, <4 x float> %3093, <2 x i32> <i32 1, i32 4>
  store <2 x float> %3094, ptr %418, align 4
  %3095 = shufflevector <4 x float> %3086, <4 x float> %3093, <2 x i32> <i32 2, i32 5>
  store <2 x float> %3095, ptr %422, align 4
  %3096 = shufflevector <4 x float> %3086, <4 x float> %3093, <2 x i32> <i32 3, i32 6>
  store <2 x float> %3096, ptr %427, align 4
  store <4 x float> %3093, ptr %419, align 4
  %3097 = fneg float %3073
  store float %3097, ptr %436, align 4
  store float %3097, ptr %437, align 4
  store float 0.000000e+00, ptr %440, align 4
  %3098 = fneg float %3074
  store float %3098, ptr %gep2248.7, align 4
  store float %3098, ptr %441, align 4
  %3099 = shufflevector <8 x float> %3054, <8 x float> %3060, <2 x i32> <i32 1, i32 9>
  %3100 = fneg <2 x float> %3099
  %3101 = extractelement <2 x float> %3100, i64 0
  store float %3101, ptr %433, align 4
  %3102 = extractelement <2 x float> %3100, i64 1
  store float %3102, ptr %442, align 4
  store <2 x float> %3100, ptr %434, align 4
  %3103 = fneg float %3075
  store float %3103, ptr %443, align 4
  store float %3103, ptr %444, align 4
  %3104 = shufflevector <8 x float> %3042, <8 x float> %3048, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %3105 = insertelement <4 x float> %3104, float %3072, i64 2
  %3106 = insertelement <4 x float> %3105, float %3076, i64 3
  %3107 = fneg <4 x float> %3106
  %3108 = extractelement <4 x float> %3107, i64 0
  store float %3108, ptr %423, align 4
  %3109 = extractelement <4 x float> %3107, i64 1
  store float %3109, ptr %428, align 4
  %3110 = shufflevector <4 x float> %3093, <4 x float> %3107, <2 x i32> <i32 3, i32 6>
  store <2 x float> %3110, ptr %435, align 4
  %3111 = extractelement <4 x float> %3107, i64 3
  store float %3111, ptr %445, align 4
  store <4 x float> %3107, ptr %424, align 4
  %3112 = fneg float %3077
  store float %3112, ptr %446, align 4
  store float %3112, ptr %447, align 4
  %3113 = shufflevector <8 x float> %3054, <8 x float> %3060, <2 x i32> <i32 5, i32 13>
  %3114 = fneg <2 x float> %3113
  %3115 = extractelement <2 x float> %3114, i64 0
  store float %3115, ptr %438, align 4
  %3116 = extractelement <2 x float> %3114, i64 1
  store float %3116, ptr %448, align 4
  store <2 x float> %3114, ptr %439, align 4
  %3117 = load float, ptr %449, align 4
  %3118 = fneg float %3117
  store float %3118, ptr %449, align 4
  store float %3118, ptr %450, align 4
  store float 0.000000e+00, ptr %451, align 4
  br label %p12.body

p12.body:                                         ; preds = %j30.exit.7, %p12.body
  %p12.addr.02267 = phi i64 [ %p12.next, %p12.body ], [ 0, %j30.exit.7 ]
  %acc143.02266 = phi <16 x float> [ %3172, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc142.02265 = phi <16 x float> [ %3171, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc141.02264 = phi <16 x float> [ %3166, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc140.02263 = phi <16 x float> [ %3165, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc139.02262 = phi <16 x float> [ %3160, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc138.02261 = phi <16 x float> [ %3159, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc137.02260 = phi <16 x float> [ %3154, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc136.02259 = phi <16 x float> [ %3153, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc135.02258 = phi <16 x float> [ %3148, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc134.02257 = phi <16 x float> [ %3147, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc133.02256 = phi <16 x float> [ %3142, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc132.02255 = phi <16 x float> [ %3141, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc131.02254 = phi <16 x float> [ %3136, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc130.02253 = phi <16 x float> [ %3135, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc129.02252 = phi <16 x float> [ %3130, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %acc128.02251 = phi <16 x float> [ %3129, %p12.body ], [ zeroinitializer, %j30.exit.7 ]
  %3119 = shl nuw nsw i64 %p12.addr.02267, 5
  %3120 = getelementptr inbounds float, ptr %Bk, i64 %3119
  %3121 = load <16 x float>, ptr %3120, align 4
  %3122 = or disjoint i64 %3119, 16
  %3123 = getelementptr inbounds float, ptr %Bk, i64 %3122
  %3124 = load <16 x float>, ptr %3123, align 4
  %3125 = getelementptr inbounds float, ptr %Ak, i64 %p12.addr.02267
  %3126 = load float, ptr %3125, align 4
  %3127 = insertelement <16 x float> poison, float %3126, i64 0
  %3128 = shufflevector <16 x float> %3127, <16 x float> poison, <16 x i32> zeroinitializer
  %3129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3128, <16 x float> %3121, <16 x float> %acc128.02251)
  %3130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3128, <16 x float> %3124, <16 x float> %acc129.02252)
  %3131 = getelementptr inbounds i8, ptr %3125, i64 320
  %3132 = load float, ptr %3131, align 4
  %3133 = insertelement <16 x float> poison, float %3132, i64 0
  %3134 = shufflevector <16 x float> %3133, <16 x float> poison, <16 x i32> zeroinitializer
  %3135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3134, <16 x float> %3121, <16 x float> %acc130.02253)
  %3136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3134, <16 x float> %3124, <16 x float> %acc131.02254)
  %3137 = getelementptr inbounds i8, ptr %3125, i64 640
  %3138 = load float, ptr %3137, align 4
  %3139 = insertelement <16 x float> poison, float %3138, i64 0
  %3140 = shufflevector <16 x float> %3139, <16 x float> poison, <16 x i32> zeroinitializer
  %3141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3140, <16 x float> %3121, <16 x float> %acc132.02255)
  %3142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3140, <16 x float> %3124, <16 x float> %acc133.02256)
  %3143 = getelementptr inbounds i8, ptr %3125, i64 960
  %3144 = load float, ptr %3143, align 4
  %3145 = insertelement <16 x float> poison, float %3144, i64 0
  %3146 = shufflevector <16 x float> %3145, <16 x float> poison, <16 x i32> zeroinitializer
  %3147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3146, <16 x float> %3121, <16 x float> %acc134.02257)
  %3148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3146, <16 x float> %3124, <16 x float> %acc135.02258)
  %3149 = getelementptr inbounds i8, ptr %3125, i64 1280
  %3150 = load float, ptr %3149, align 4
  %3151 = insertelement <16 x float> poison, float %3150, i64 0
  %3152 = shufflevector <16 x float> %3151, <16 x float> poison, <16 x i32> zeroinitializer
  %3153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3152, <16 x float> %3121, <16 x float> %acc136.02259)
  %3154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3152, <16 x float> %3124, <16 x float> %acc137.02260)
  %3155 = getelementptr inbounds i8, ptr %3125, i64 1600
  %3156 = load float, ptr %3155, align 4
  %3157 = insertelement <16 x float> poison, float %3156, i64 0
  %3158 = shufflevector <16 x float> %3157, <16 x float> poison, <16 x i32> zeroinitializer
  %3159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3158, <16 x float> %3121, <16 x float> %acc138.02261)
  %3160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3158, <16 x float> %3124, <16 x float> %acc139.02262)
  %3161 = getelementptr inbounds i8, ptr %3125, i64 1920
  %3162 = load float, ptr %3161, align 4
  %3163 = insertelement <16 x float> poison, float %3162, i64 0
  %3164 = shufflevector <16 x float> %3163, <16 x float> poison, <16 x i32> zeroinitializer
  %3165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3164, <16 x float> %3121, <16 x float> %acc140.02263)
  %3166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3164, <16 x float> %3124, <16 x float> %acc141.02264)
  %3167 = getelementptr inbounds i8, ptr %3125, i64 2240
  %3168 = load float, ptr %3167, align 4
  %3169 = insertelement <16 x float> poison, float %3168, i64 0
  %3170 = shufflevector <16 x float> %3169, <16 x float> poison, <16 x i32> zeroinitializer
  %3171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3170, <16 x float> %3121, <16 x float> %acc142.02265)
  %3172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3170, <16 x float> %3124, <16 x float> %acc143.02266)
  %p12.next = add nuw nsw i64 %p12.addr.02267, 1
  %exitcond2531.not = icmp eq i64 %p12.next, 80
  br i1 %exitcond2531.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  br i1 %2470, label %then1279, label %endif1285

then1279:                                         ; preds = %p12.exit
  %.idx1994 = shl nsw i64 %ci, 10
  %3173 = getelementptr inbounds i8, ptr %dak, i64 %.idx1994
  store <16 x float> %3129, ptr %3173, align 4
  %3174 = shl nsw i64 %ci, 8
  %3175 = or disjoint i64 %3174, 16
  %3176 = getelementptr inbounds float, ptr %dak, i64 %3175
  store <16 x float> %3130, ptr %3176, align 4
  br label %endif1285

endif1285:                                        ; preds = %p12.exit, %then1279
  br i1 %2525, label %then1287, label %endif1293

then1287:                                         ; preds = %endif1285
  %3177 = shl i64 %ci, 8
  %3178 = or disjoint i64 %3177, 32
  %3179 = getelementptr inbounds float, ptr %dak, i64 %3178
  store <16 x float> %3135, ptr %3179, align 4
  %3180 = or disjoint i64 %3177, 48
  %3181 = getelementptr inbounds float, ptr %dak, i64 %3180
  store <16 x float> %3136, ptr %3181, align 4
  br label %endif1293

endif1293:                                        ; preds = %endif1285, %then1287
  br i1 %2526, label %then1295, label %endif1301

then1295:                                         ; preds = %endif1293
  %3182 = shl i64 %ci, 8
  %3183 = or disjoint i64 %3182, 64
  %3184 = getelementptr inbounds float, ptr %dak, i64 %3183
  store <16 x float> %3141, ptr %3184, align 4
  %3185 = or disjoint i64 %3182, 80
  %3186 = getelementptr inbounds float, ptr %dak, i64 %3185
  store <16 x float> %3142, ptr %3186, align 4
  br label %endif1301

endif1301:                                        ; preds = %endif1293, %then1295
  br i1 %2524, label %then1303, label %endif1309

then1303:                                         ; preds = %endif1301
  %3187 = shl i64 %ci, 8
  %3188 = or disjoint i64 %3187, 96
  %3189 = getelementptr inbounds float, ptr %dak, i64 %3188
  store <16 x float> %3147, ptr %3189, align 4
  %3190 = or disjoint i64 %3187, 112
  %3191 = getelementptr inbounds float, ptr %dak, i64 %3190
  store <16 x float> %3148, ptr %3191, align 4
  br label %endif1309

endif1309:                                        ; preds = %endif1301, %then1303
  br i1 %2527, label %then1311, label %endif1317

then1311:                                         ; preds = %endif1309
  %3192 = shl i64 %ci, 8
  %3193 = or disjoint i64 %3192, 128
  %3194 = getelementptr inbounds float, ptr %dak, i64 %3193
  store <16 x float> %3153, ptr %3194, align 4
  %3195 = or disjoint i64 %3192, 144
  %3196 = getelementptr inbounds float, ptr %dak, i64 %3195
  store <16 x float> %3154, ptr %3196, align 4
  br label %endif1317

endif1317:                                        ; preds = %endif1309, %then1311
  br i1 %2523, label %then1319, label %endif1325

then1319:                                         ; preds = %endif1317
  %3197 = shl i64 %ci, 8
  %3198 = or disjoint i64 %3197, 160
  %3199 = getelementptr inbounds float, ptr %dak, i64 %3198
  store <16 x float> %3159, ptr %3199, align 4
  %3200 = or disjoint i64 %3197, 176
  %3201 = getelementptr inbounds float, ptr %dak, i64 %3200
  store <16 x float> %3160, ptr %3201, align 4
  br label %endif1325

endif1325:                                        ; preds = %endif1317, %then1319
  br i1 %2528, label %then1327, label %endif1333

then1327:                                         ; preds = %endif1325
  %3202 = shl i64 %ci, 8
  %3203 = or disjoint i64 %3202, 192
  %3204 = getelementptr inbounds float, ptr %dak, i64 %3203
  store <16 x float> %3165, ptr %3204, align 4
  %3205 = or disjoint i64 %3202, 208
  %3206 = getelementptr inbounds float, ptr %dak, i64 %3205
  store <16 x float> %3166, ptr %3206, align 4
  br label %endif1333

endif1333:                                        ; preds = %endif1325, %then1327
  br i1 %2522, label %then1335, label %endif1341

then1335:                                         ; preds = %endif1333
  %3207 = shl i64 %ci, 8
  %3208 = or disjoint i64 %3207, 224
  %3209 = getelementptr inbounds float, ptr %dak, i64 %3208
  store <16 x float> %3171, ptr %3209, align 4
  %3210 = or disjoint i64 %3207, 240
  %3211 = getelementptr inbounds float, ptr %dak, i64 %3210
  store <16 x float> %3172, ptr %3211, align 4
  br label %endif1341

endif1341:                                        ; preds = %endif1333, %then1335
  %t7.end = add nsw i64 %L, %t0
  br i1 %2470, label %t7.body, label %t7.exit

t7.body:                                          ; preds = %endif1341, %t7.body
  %t7.addr.02268 = phi i64 [ %t7.next, %t7.body ], [ %t0, %endif1341 ]
  %3212 = add nsw i64 %t7.addr.02268, 4
  %tp2 = tail call i64 @llvm.smin.i64(i64 %3212, i64 %4)
  %3213 = add nsw i64 %tp2, %470
  %3214 = mul nsw i64 %3213, %dq_ts
  %gep2270 = getelementptr float, ptr %invariant.gep2269, i64 %3214
  tail call void @llvm.prefetch.p0(ptr %gep2270, i32 0, i32 2, i32 1)
  %3215 = getelementptr i8, ptr %gep2270, i64 64
  tail call void @llvm.prefetch.p0(ptr %3215, i32 0, i32 2, i32 1)
  %3216 = mul nsw i64 %3213, %dk_ts
  %gep2272 = getelementptr float, ptr %invariant.gep2271, i64 %3216
  tail call void @llvm.prefetch.p0(ptr %gep2272, i32 0, i32 2, i32 1)
  %3217 = getelementptr i8, ptr %gep2272, i64 64
  tail call void @llvm.prefetch.p0(ptr %3217, i32 0, i32 2, i32 1)
  %3218 = mul nsw i64 %3213, %dv_ts
  %gep2274 = getelementptr float, ptr %invariant.gep2273, i64 %3218
  tail call void @llvm.prefetch.p0(ptr %gep2274, i32 0, i32 2, i32 1)
  %3219 = getelementptr i8, ptr %gep2274, i64 64
  tail call void @llvm.prefetch.p0(ptr %3219, i32 0, i32 2, i32 1)
  %3220 = shl nsw i64 %t7.addr.02268, 5
  %3221 = getelementptr inbounds float, ptr %invariant.gep2292, i64 %3220
  %3222 = load <16 x float>, ptr %3221, align 4
  %3223 = or disjoint i64 %3220, 16
  %3224 = getelementptr inbounds float, ptr %invariant.gep2292, i64 %3223
  %3225 = load <16 x float>, ptr %3224, align 4
  %3226 = getelementptr inbounds float, ptr %gep2289, i64 %3220
  %3227 = load <16 x float>, ptr %3226, align 4
  %3228 = getelementptr inbounds float, ptr %gep2289, i64 %3223
  %3229 = load <16 x float>, ptr %3228, align 4
  %3230 = getelementptr inbounds float, ptr %gep2293, i64 %t7.addr.02268
  %3231 = load float, ptr %3230, align 4
  %3232 = fmul <16 x float> %3222, %3227
  %3233 = fmul <16 x float> %3225, %3229
  %3234 = fadd <16 x float> %3232, %3233
  %3235 = shufflevector <16 x float> %3234, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3236 = shufflevector <16 x float> %3234, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3237 = fadd <8 x float> %3235, %3236
  %3238 = shufflevector <8 x float> %3237, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3239 = shufflevector <8 x float> %3237, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3240 = fadd <4 x float> %3238, %3239
  %3241 = shufflevector <4 x float> %3240, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3242 = shufflevector <4 x float> %3240, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3243 = fadd <2 x float> %3241, %3242
  %shift2906 = shufflevector <2 x float> %3243, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3244 = fadd <2 x float> %3243, %shift2906
  %3245 = fdiv float 1.000000e+00, %3231
  %3246 = shufflevector <2 x float> %3244, <2 x float> poison, <16 x i32> zeroinitializer
  %3247 = fmul <16 x float> %3222, %3246
  %3248 = fsub <16 x float> %3227, %3247
  %3249 = insertelement <16 x float> poison, float %3231, i64 0
  %3250 = shufflevector <16 x float> %3249, <16 x float> poison, <16 x i32> zeroinitializer
  %3251 = fmul <16 x float> %3250, %3248
  %3252 = getelementptr inbounds float, ptr %gep2291, i64 %3220
  %3253 = load <16 x float>, ptr %3252, align 4
  %3254 = insertelement <16 x float> poison, float %3245, i64 0
  %3255 = shufflevector <16 x float> %3254, <16 x float> poison, <16 x i32> zeroinitializer
  %3256 = fmul <16 x float> %3222, %3255
  %3257 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3253
  %3258 = fmul <16 x float> %3257, %3256
  %3259 = fadd <16 x float> %3253, %3258
  %3260 = fmul <16 x float> %3259, %3251
  %3261 = add nsw i64 %t7.addr.02268, %470
  %3262 = mul nsw i64 %3261, %dq_ts
  %gep2276 = getelementptr float, ptr %invariant.gep2269, i64 %3262
  store <16 x float> %3260, ptr %gep2276, align 4
  %3263 = fmul <16 x float> %3225, %3246
  %3264 = fsub <16 x float> %3229, %3263
  %3265 = fmul <16 x float> %3250, %3264
  %3266 = getelementptr inbounds float, ptr %gep2291, i64 %3223
  %3267 = load <16 x float>, ptr %3266, align 4
  %3268 = fmul <16 x float> %3225, %3255
  %3269 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3267
  %3270 = fmul <16 x float> %3268, %3269
  %3271 = fadd <16 x float> %3267, %3270
  %3272 = fmul <16 x float> %3271, %3265
  %3273 = getelementptr i8, ptr %gep2276, i64 64
  store <16 x float> %3272, ptr %3273, align 4
  %3274 = getelementptr inbounds float, ptr %gep2285, i64 %3220
  %3275 = load <16 x float>, ptr %3274, align 4
  %3276 = getelementptr inbounds float, ptr %gep2285, i64 %3223
  %3277 = load <16 x float>, ptr %3276, align 4
  %3278 = getelementptr inbounds float, ptr %dak, i64 %3220
  %3279 = load <16 x float>, ptr %3278, align 4
  %3280 = getelementptr inbounds float, ptr %dak, i64 %3223
  %3281 = load <16 x float>, ptr %3280, align 4
  %3282 = getelementptr float, ptr %3230, i64 %T
  %3283 = load float, ptr %3282, align 4
  %3284 = fmul <16 x float> %3275, %3279
  %3285 = fmul <16 x float> %3277, %3281
  %3286 = fadd <16 x float> %3284, %3285
  %3287 = shufflevector <16 x float> %3286, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3288 = shufflevector <16 x float> %3286, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3289 = fadd <8 x float> %3287, %3288
  %3290 = shufflevector <8 x float> %3289, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3291 = shufflevector <8 x float> %3289, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3292 = fadd <4 x float> %3290, %3291
  %3293 = shufflevector <4 x float> %3292, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3294 = shufflevector <4 x float> %3292, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3295 = fadd <2 x float> %3293, %3294
  %shift2907 = shufflevector <2 x float> %3295, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3296 = fadd <2 x float> %3295, %shift2907
  %3297 = fdiv float 1.000000e+00, %3283
  %3298 = shufflevector <2 x float> %3296, <2 x float> poison, <16 x i32> zeroinitializer
  %3299 = fmul <16 x float> %3275, %3298
  %3300 = fsub <16 x float> %3279, %3299
  %3301 = insertelement <16 x float> poison, float %3283, i64 0
  %3302 = shufflevector <16 x float> %3301, <16 x float> poison, <16 x i32> zeroinitializer
  %3303 = fmul <16 x float> %3302, %3300
  %3304 = getelementptr inbounds float, ptr %sgk, i64 %3220
  %3305 = load <16 x float>, ptr %3304, align 4
  %3306 = insertelement <16 x float> poison, float %3297, i64 0
  %3307 = shufflevector <16 x float> %3306, <16 x float> poison, <16 x i32> zeroinitializer
  %3308 = fmul <16 x float> %3275, %3307
  %3309 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3305
  %3310 = fmul <16 x float> %3309, %3308
  %3311 = fadd <16 x float> %3305, %3310
  %3312 = fmul <16 x float> %3311, %3303
  %3313 = mul nsw i64 %3261, %dk_ts
  %gep2278 = getelementptr float, ptr %invariant.gep2271, i64 %3313
  store <16 x float> %3312, ptr %gep2278, align 4
  %3314 = fmul <16 x float> %3277, %3298
  %3315 = fsub <16 x float> %3281, %3314
  %3316 = fmul <16 x float> %3302, %3315
  %3317 = getelementptr inbounds float, ptr %sgk, i64 %3223
  %3318 = load <16 x float>, ptr %3317, align 4
  %3319 = fmul <16 x float> %3277, %3307
  %3320 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3318
  %3321 = fmul <16 x float> %3319, %3320
  %3322 = fadd <16 x float> %3318, %3321
  %3323 = fmul <16 x float> %3322, %3316
  %3324 = getelementptr i8, ptr %gep2278, i64 64
  store <16 x float> %3323, ptr %3324, align 4
  %3325 = getelementptr inbounds float, ptr %gep2287, i64 %3220
  %3326 = load <16 x float>, ptr %3325, align 4
  %3327 = getelementptr inbounds float, ptr %gep2287, i64 %3223
  %3328 = load <16 x float>, ptr %3327, align 4
  %3329 = getelementptr inbounds float, ptr %dav, i64 %3220
  %3330 = load <16 x float>, ptr %3329, align 4
  %3331 = getelementptr inbounds float, ptr %dav, i64 %3223
  %3332 = load <16 x float>, ptr %3331, align 4
  %3333 = getelementptr inbounds float, ptr %sgv, i64 %3220
  %3334 = load <16 x float>, ptr %3333, align 4
  %3335 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3334
  %3336 = fmul <16 x float> %3326, %3335
  %3337 = fadd <16 x float> %3334, %3336
  %3338 = fmul <16 x float> %3330, %3337
  %3339 = mul nsw i64 %3261, %dv_ts
  %gep2280 = getelementptr float, ptr %invariant.gep2273, i64 %3339
  store <16 x float> %3338, ptr %gep2280, align 4
  %3340 = getelementptr inbounds float, ptr %sgv, i64 %3223
  %3341 = load <16 x float>, ptr %3340, align 4
  %3342 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3341
  %3343 = fmul <16 x float> %3328, %3342
  %3344 = fadd <16 x float> %3341, %3343
  %3345 = fmul <16 x float> %3332, %3344
  %3346 = getelementptr i8, ptr %gep2280, i64 64
  store <16 x float> %3345, ptr %3346, align 4
  %t7.next = add nsw i64 %t7.addr.02268, 1
  %3347 = icmp slt i64 %t7.next, %t7.end
  br i1 %3347, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %endif1341
  %cc.next = add nuw nsw i64 %cc.addr.02281, 1
  %indvars.iv.next2525 = add i64 %indvars.iv2524, 8
  %exitcond2533.not = icmp eq i64 %cc.next, %smax2532
  br i1 %exitcond2533.not, label %j32.head.preheader, label %cc.body

j32.head.preheader:                               ; preds = %j.head.preheader, %t7.exit
  %3348 = getelementptr i8, ptr %dh0, i64 %467
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3348, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535, i64 128, i1 false)
  %scevgep2534.1 = getelementptr i8, ptr %3348, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.1, i64 128, i1 false)
  %scevgep2534.2 = getelementptr i8, ptr %3348, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.2, i64 128, i1 false)
  %scevgep2534.3 = getelementptr i8, ptr %3348, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.3, i64 128, i1 false)
  %scevgep2534.4 = getelementptr i8, ptr %3348, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.4, i64 128, i1 false)
  %scevgep2534.5 = getelementptr i8, ptr %3348, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.5, i64 128, i1 false)
  %scevgep2534.6 = getelementptr i8, ptr %3348, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.6, i64 128, i1 false)
  %scevgep2534.7 = getelementptr i8, ptr %3348, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.7, i64 128, i1 false)
  %scevgep2534.8 = getelementptr i8, ptr %3348, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.8, i64 128, i1 false)
  %scevgep2534.9 = getelementptr i8, ptr %3348, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.9, i64 128, i1 false)
  %scevgep2534.10 = getelementptr i8, ptr %3348, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.10, i64 128, i1 false)
  %scevgep2534.11 = getelementptr i8, ptr %3348, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.11, i64 128, i1 false)
  %scevgep2534.12 = getelementptr i8, ptr %3348, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.12, i64 128, i1 false)
  %scevgep2534.13 = getelementptr i8, ptr %3348, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.13, i64 128, i1 false)
  %scevgep2534.14 = getelementptr i8, ptr %3348, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.14, i64 128, i1 false)
  %scevgep2534.15 = getelementptr i8, ptr %3348, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.15, i64 128, i1 false)
  %scevgep2534.16 = getelementptr i8, ptr %3348, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.16, i64 128, i1 false)
  %scevgep2534.17 = getelementptr i8, ptr %3348, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.17, i64 128, i1 false)
  %scevgep2534.18 = getelementptr i8, ptr %3348, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.18, i64 128, i1 false)
  %scevgep2534.19 = getelementptr i8, ptr %3348, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.19, i64 128, i1 false)
  %scevgep2534.20 = getelementptr i8, ptr %3348, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.20, i64 128, i1 false)
  %scevgep2534.21 = getelementptr i8, ptr %3348, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.21, i64 128, i1 false)
  %scevgep2534.22 = getelementptr i8, ptr %3348, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.22, i64 128, i1 false)
  %scevgep2534.23 = getelementptr i8, ptr %3348, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.23, i64 128, i1 false)
  %scevgep2534.24 = getelementptr i8, ptr %3348, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.24, i64 128, i1 false)
  %scevgep2534.25 = getelementptr i8, ptr %3348, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.25, i64 128, i1 false)
  %scevgep2534.26 = getelementptr i8, ptr %3348, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.26, i64 128, i1 false)
  %scevgep2534.27 = getelementptr i8, ptr %3348, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.27, i64 128, i1 false)
  %scevgep2534.28 = getelementptr i8, ptr %3348, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.28, i64 128, i1 false)
  %scevgep2534.29 = getelementptr i8, ptr %3348, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.29, i64 128, i1 false)
  %scevgep2534.30 = getelementptr i8, ptr %3348, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.30, i64 128, i1 false)
  %scevgep2534.31 = getelementptr i8, ptr %3348, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2534.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2535.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02294, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2537.not = icmp eq i64 %indvar.next, %58
  br i1 %exitcond2537.not, label %bh.exit, label %bh.body
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

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

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

bh.body:                                          ; preds = %entry, %i2.exit
  %bh.addr.052 = phi i64 [ %bh.next, %i2.exit ], [ %bh0.fr, %entry ]
  %1 = shl nsw i64 %bh.addr.052, 5
  %qh = getelementptr inbounds float, ptr %q, i64 %1
  %kh = getelementptr inbounds float, ptr %k, i64 %1
  %betah = getelementptr inbounds float, ptr %beta, i64 %bh.addr.052
  %S.idx = shl nsw i64 %bh.addr.052, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i1.head.preheader:                                ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %1
  %2 = load <16 x float>, ptr %kh, align 4
  %3 = load <16 x float>, ptr %qh, align 4
  %4 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2, <16 x float> %3, <16 x float> zeroinitializer)
  %5 = getelementptr inbounds i8, ptr %kh, i64 64
  %6 = load <16 x float>, ptr %5, align 4
  %7 = getelementptr inbounds i8, ptr %qh, i64 64
  %8 = load <16 x float>, ptr %7, align 4
  %9 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %6, <16 x float> %8, <16 x float> %4)
  %oh = getelementptr inbounds float, ptr %o, i64 %1
  %10 = shufflevector <16 x float> %9, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %11 = shufflevector <16 x float> %9, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %12 = fadd <8 x float> %10, %11
  %13 = shufflevector <8 x float> %12, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %14 = shufflevector <8 x float> %12, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %15 = fadd <4 x float> %13, %14
  %16 = shufflevector <4 x float> %15, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %17 = shufflevector <4 x float> %15, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %18 = fadd <2 x float> %16, %17
  %shift = shufflevector <2 x float> %18, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %19 = fadd <2 x float> %18, %shift
  %20 = load float, ptr %betah, align 4
  %21 = load <16 x float>, ptr %vh, align 4
  %22 = fsub <16 x float> %21, %63
  %23 = insertelement <16 x float> poison, float %20, i64 0
  %24 = shufflevector <16 x float> %23, <16 x float> poison, <16 x i32> zeroinitializer
  %25 = fmul <16 x float> %24, %22
  %26 = getelementptr inbounds i8, ptr %vh, i64 64
  %27 = load <16 x float>, ptr %26, align 4
  %28 = fsub <16 x float> %27, %70
  %29 = fmul <16 x float> %24, %28
  %30 = shufflevector <2 x float> %19, <2 x float> poison, <16 x i32> zeroinitializer
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> %25, <16 x float> %66)
  %32 = fmul <16 x float> %31, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %32, ptr %oh, align 4
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> %29, <16 x float> %71)
  %34 = fmul <16 x float> %33, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %35 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %34, ptr %35, align 4
  br label %i2.body

i.body:                                           ; preds = %i.body, %bh.body
  %acc.048 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %63, %i.body ]
  %acc1.047 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %70, %i.body ]
  %acc2.046 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %66, %i.body ]
  %acc3.045 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %71, %i.body ]
  %i.addr.044 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %36 = getelementptr inbounds float, ptr %kh, i64 %i.addr.044
  %37 = load float, ptr %36, align 4
  %38 = getelementptr inbounds float, ptr %qh, i64 %i.addr.044
  %39 = load float, ptr %38, align 4
  %40 = shl nuw nsw i64 %i.addr.044, 5
  %41 = getelementptr inbounds float, ptr %S, i64 %40
  %42 = load <16 x float>, ptr %41, align 4
  %43 = insertelement <16 x float> poison, float %37, i64 0
  %44 = shufflevector <16 x float> %43, <16 x float> poison, <16 x i32> zeroinitializer
  %45 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %44, <16 x float> %42, <16 x float> %acc.048)
  %46 = insertelement <16 x float> poison, float %39, i64 0
  %47 = shufflevector <16 x float> %46, <16 x float> poison, <16 x i32> zeroinitializer
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %47, <16 x float> %42, <16 x float> %acc2.046)
  %49 = or disjoint i64 %40, 16
  %50 = getelementptr inbounds float, ptr %S, i64 %49
  %51 = load <16 x float>, ptr %50, align 4
  %52 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %44, <16 x float> %51, <16 x float> %acc1.047)
  %53 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %47, <16 x float> %51, <16 x float> %acc3.045)
  %i.next = or disjoint i64 %i.addr.044, 1
  %54 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %55 = load float, ptr %54, align 4
  %56 = getelementptr inbounds float, ptr %qh, i64 %i.next
  %57 = load float, ptr %56, align 4
  %58 = shl nuw nsw i64 %i.next, 5
  %59 = getelementptr inbounds float, ptr %S, i64 %58
  %60 = load <16 x float>, ptr %59, align 4
  %61 = insertelement <16 x float> poison, float %55, i64 0
  %62 = shufflevector <16 x float> %61, <16 x float> poison, <16 x i32> zeroinitializer
  %63 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %60, <16 x float> %45)
  %64 = insertelement <16 x float> poison, float %57, i64 0
  %65 = shufflevector <16 x float> %64, <16 x float> poison, <16 x i32> zeroinitializer
  %66 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %65, <16 x float> %60, <16 x float> %48)
  %67 = or disjoint i64 %58, 16
  %68 = getelementptr inbounds float, ptr %S, i64 %67
  %69 = load <16 x float>, ptr %68, align 4
  %70 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %69, <16 x float> %52)
  %71 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %65, <16 x float> %69, <16 x float> %53)
  %i.next.1 = add nuw nsw i64 %i.addr.044, 2
  %exitcond.not.1 = icmp eq i64 %i.next.1, 32
  br i1 %exitcond.not.1, label %i1.head.preheader, label %i.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %i2.addr.051 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.3, %i2.body ]
  %72 = getelementptr inbounds float, ptr %kh, i64 %i2.addr.051
  %73 = load float, ptr %72, align 4
  %74 = insertelement <16 x float> poison, float %73, i64 0
  %75 = shufflevector <16 x float> %74, <16 x float> poison, <16 x i32> zeroinitializer
  %76 = shl nuw nsw i64 %i2.addr.051, 5
  %77 = getelementptr inbounds float, ptr %S, i64 %76
  %78 = load <16 x float>, ptr %77, align 4
  %79 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %75, <16 x float> %25, <16 x float> %78)
  store <16 x float> %79, ptr %77, align 4
  %80 = or disjoint i64 %76, 16
  %81 = getelementptr inbounds float, ptr %S, i64 %80
  %82 = load <16 x float>, ptr %81, align 4
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %75, <16 x float> %29, <16 x float> %82)
  store <16 x float> %83, ptr %81, align 4
  %i2.next = or disjoint i64 %i2.addr.051, 1
  %84 = getelementptr inbounds float, ptr %kh, i64 %i2.next
  %85 = load float, ptr %84, align 4
  %86 = insertelement <16 x float> poison, float %85, i64 0
  %87 = shufflevector <16 x float> %86, <16 x float> poison, <16 x i32> zeroinitializer
  %88 = shl nuw nsw i64 %i2.next, 5
  %89 = getelementptr inbounds float, ptr %S, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %25, <16 x float> %90)
  store <16 x float> %91, ptr %89, align 4
  %92 = or disjoint i64 %88, 16
  %93 = getelementptr inbounds float, ptr %S, i64 %92
  %94 = load <16 x float>, ptr %93, align 4
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %29, <16 x float> %94)
  store <16 x float> %95, ptr %93, align 4
  %i2.next.1 = or disjoint i64 %i2.addr.051, 2
  %96 = getelementptr inbounds float, ptr %kh, i64 %i2.next.1
  %97 = load float, ptr %96, align 4
  %98 = insertelement <16 x float> poison, float %97, i64 0
  %99 = shufflevector <16 x float> %98, <16 x float> poison, <16 x i32> zeroinitializer
  %100 = shl nuw nsw i64 %i2.next.1, 5
  %101 = getelementptr inbounds float, ptr %S, i64 %100
  %102 = load <16 x float>, ptr %101, align 4
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %99, <16 x float> %25, <16 x float> %102)
  store <16 x float> %103, ptr %101, align 4
  %104 = or disjoint i64 %100, 16
  %105 = getelementptr inbounds float, ptr %S, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %99, <16 x float> %29, <16 x float> %106)
  store <16 x float> %107, ptr %105, align 4
  %i2.next.2 = or disjoint i64 %i2.addr.051, 3
  %108 = getelementptr inbounds float, ptr %kh, i64 %i2.next.2
  %109 = load float, ptr %108, align 4
  %110 = insertelement <16 x float> poison, float %109, i64 0
  %111 = shufflevector <16 x float> %110, <16 x float> poison, <16 x i32> zeroinitializer
  %112 = shl nuw nsw i64 %i2.next.2, 5
  %113 = getelementptr inbounds float, ptr %S, i64 %112
  %114 = load <16 x float>, ptr %113, align 4
  %115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %25, <16 x float> %114)
  store <16 x float> %115, ptr %113, align 4
  %116 = or disjoint i64 %112, 16
  %117 = getelementptr inbounds float, ptr %S, i64 %116
  %118 = load <16 x float>, ptr %117, align 4
  %119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %29, <16 x float> %118)
  store <16 x float> %119, ptr %117, align 4
  %i2.next.3 = add nuw nsw i64 %i2.addr.051, 4
  %exitcond57.not.3 = icmp eq i64 %i2.next.3, 32
  br i1 %exitcond57.not.3, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %bh.next = add nsw i64 %bh.addr.052, 1
  %exitcond58.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond58.not, label %bh.exit, label %bh.body
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

; Function Attrs: nofree norecurse nounwind
define void @dp_fwd_h1_k32_v32_r64_nogate_silu_l2norm(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1, i64 %q_ts, i64 %k_ts, i64 %v_ts) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %hs209 = ptrtoint ptr %hs to i64
  %invariant.gep183 = getelementptr i8, ptr %work, i64 4352
  %sv = shl nsw i64 %H, 5
  %.idx = shl i64 %T, 7
  %gep182 = getelementptr i8, ptr %invariant.gep183, i64 %.idx
  %.idx140 = shl i64 %T, 8
  %gep184 = getelementptr i8, ptr %invariant.gep183, i64 %.idx140
  %1 = icmp sgt i64 %T, 0
  %2 = add nsw i64 %T, -1
  %3 = add nsw i64 %T, 63
  %nc = sdiv i64 %3, 64
  %4 = mul i64 %nc, %bh0
  %5 = shl i64 %nc, 12
  %6 = and i64 %hs209, 63
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %7 = sub i64 %bh1, %bh0
  %8 = icmp eq i64 %6, 0
  %invariant.gep227 = getelementptr i8, ptr %gep182, i64 -128
  %invariant.gep235 = getelementptr i8, ptr %gep182, i64 -128
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i8.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i8.head.preheader ]
  %bh.addr.0185 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i8.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep212 = getelementptr i8, ptr %hT, i64 %10
  %11 = mul i64 %5, %indvar
  %scevgep202 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0185, %H
  %h = srem i64 %bh.addr.0185, %H
  %12 = mul nsw i64 %b, %T
  %13 = mul nsw i64 %12, %H
  %bT = add nsw i64 %13, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %oh.idx = shl nsw i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %o, i64 %oh.idx
  br i1 %1, label %t.body.lr.ph, label %i.head.preheader.thread

i.head.preheader.thread:                          ; preds = %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep202, i64 4096, i1 false)
  br label %i8.head.preheader

t.body.lr.ph:                                     ; preds = %bh.body
  %14 = shl nsw i64 %h, 5
  %invariant.gep = getelementptr float, ptr %q, i64 %14
  %invariant.gep143 = getelementptr float, ptr %k, i64 %14
  %invariant.gep145 = getelementptr float, ptr %v, i64 %14
  br label %t.body

bh.exit:                                          ; preds = %i8.head.preheader, %entry
  fence seq_cst
  ret void

i.head.preheader:                                 ; preds = %t.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep202, i64 4096, i1 false)
  br i1 %1, label %ci.body.lr.ph, label %i8.head.preheader

t.body:                                           ; preds = %t.body.lr.ph, %t.body
  %t.addr.0142 = phi i64 [ 0, %t.body.lr.ph ], [ %t.next, %t.body ]
  %15 = add nuw nsw i64 %t.addr.0142, 4
  %tp = tail call i64 @llvm.smin.i64(i64 %15, i64 %2)
  %16 = add nsw i64 %tp, %12
  %17 = mul nsw i64 %16, %q_ts
  %gep = getelementptr float, ptr %invariant.gep, i64 %17
  tail call void @llvm.prefetch.p0(ptr %gep, i32 0, i32 2, i32 1)
  %18 = getelementptr i8, ptr %gep, i64 64
  tail call void @llvm.prefetch.p0(ptr %18, i32 0, i32 2, i32 1)
  %19 = mul nsw i64 %16, %k_ts
  %gep144 = getelementptr float, ptr %invariant.gep143, i64 %19
  tail call void @llvm.prefetch.p0(ptr %gep144, i32 0, i32 2, i32 1)
  %20 = getelementptr i8, ptr %gep144, i64 64
  tail call void @llvm.prefetch.p0(ptr %20, i32 0, i32 2, i32 1)
  %21 = mul nsw i64 %16, %v_ts
  %gep146 = getelementptr float, ptr %invariant.gep145, i64 %21
  tail call void @llvm.prefetch.p0(ptr %gep146, i32 0, i32 2, i32 1)
  %22 = getelementptr i8, ptr %gep146, i64 64
  tail call void @llvm.prefetch.p0(ptr %22, i32 0, i32 2, i32 1)
  %23 = add nsw i64 %t.addr.0142, %12
  %24 = mul nsw i64 %23, %q_ts
  %gep148 = getelementptr float, ptr %invariant.gep, i64 %24
  %25 = load <16 x float>, ptr %gep148, align 4
  %26 = fneg <16 x float> %25
  %27 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %26, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %28 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %27, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %29 = fmul <16 x float> %28, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %30 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %29)
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %28)
  %32 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %31)
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %32, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %33, <16 x float> %32, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %35 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %34, <16 x float> %32, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %36 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %35, <16 x float> %32, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %37 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %36, <16 x float> %32, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %38 = fmul <16 x float> %32, %32
  %39 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %37, <16 x float> %38, <16 x float> %32)
  %40 = fadd <16 x float> %39, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %41 = fptosi <16 x float> %30 to <16 x i32>
  %42 = shl <16 x i32> %41, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %43 = add <16 x i32> %42, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %44 = bitcast <16 x i32> %43 to <16 x float>
  %45 = fmul <16 x float> %40, %44
  %46 = fadd <16 x float> %45, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %47 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %46
  %48 = fmul <16 x float> %25, %47
  %49 = getelementptr i8, ptr %gep148, i64 64
  %50 = load <16 x float>, ptr %49, align 4
  %51 = fneg <16 x float> %50
  %52 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %51, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %53 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %52, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %54 = fmul <16 x float> %53, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %55 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %54)
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %53)
  %57 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %56)
  %58 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %57, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %59 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %58, <16 x float> %57, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %59, <16 x float> %57, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %61 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %60, <16 x float> %57, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %62 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %61, <16 x float> %57, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %63 = fmul <16 x float> %57, %57
  %64 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %63, <16 x float> %57)
  %65 = fadd <16 x float> %64, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %66 = fptosi <16 x float> %55 to <16 x i32>
  %67 = shl <16 x i32> %66, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %68 = add <16 x i32> %67, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %69 = bitcast <16 x i32> %68 to <16 x float>
  %70 = fmul <16 x float> %65, %69
  %71 = fadd <16 x float> %70, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %72 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %71
  %73 = fmul <16 x float> %50, %72
  %74 = fmul <16 x float> %48, %48
  %75 = fmul <16 x float> %73, %73
  %76 = fadd <16 x float> %74, %75
  %77 = shufflevector <16 x float> %76, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %78 = shufflevector <16 x float> %76, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %79 = fadd <8 x float> %77, %78
  %80 = shufflevector <8 x float> %79, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %81 = shufflevector <8 x float> %79, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %82 = fadd <4 x float> %80, %81
  %83 = shufflevector <4 x float> %82, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %84 = shufflevector <4 x float> %82, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %85 = fadd <2 x float> %83, %84
  %shift = shufflevector <2 x float> %85, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %86 = fadd <2 x float> %85, %shift
  %87 = extractelement <2 x float> %86, i64 0
  %88 = fadd float %87, 0x3EB0C6F7A0000000
  %89 = tail call float @llvm.sqrt.f32(float %88)
  %90 = fdiv float 1.000000e+00, %89
  %91 = insertelement <16 x float> poison, float %90, i64 0
  %92 = shufflevector <16 x float> %91, <16 x float> poison, <16 x i32> zeroinitializer
  %93 = fmul <16 x float> %48, %92
  %94 = shl nsw i64 %t.addr.0142, 5
  %95 = getelementptr inbounds float, ptr %invariant.gep183, i64 %94
  store <16 x float> %93, ptr %95, align 4
  %96 = fmul <16 x float> %73, %92
  %97 = or disjoint i64 %94, 16
  %98 = getelementptr inbounds float, ptr %invariant.gep183, i64 %97
  store <16 x float> %96, ptr %98, align 4
  %99 = mul nsw i64 %23, %k_ts
  %gep150 = getelementptr float, ptr %invariant.gep143, i64 %99
  %100 = load <16 x float>, ptr %gep150, align 4
  %101 = fneg <16 x float> %100
  %102 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %101, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %103 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %102, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %104 = fmul <16 x float> %103, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %105 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %104)
  %106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %105, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %103)
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %105, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %106)
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %108, <16 x float> %107, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %109, <16 x float> %107, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %110, <16 x float> %107, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %107, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %113 = fmul <16 x float> %107, %107
  %114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %113, <16 x float> %107)
  %115 = fadd <16 x float> %114, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %116 = fptosi <16 x float> %105 to <16 x i32>
  %117 = shl <16 x i32> %116, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %118 = add <16 x i32> %117, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %119 = bitcast <16 x i32> %118 to <16 x float>
  %120 = fmul <16 x float> %115, %119
  %121 = fadd <16 x float> %120, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %122 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %121
  %123 = fmul <16 x float> %100, %122
  %124 = getelementptr i8, ptr %gep150, i64 64
  %125 = load <16 x float>, ptr %124, align 4
  %126 = fneg <16 x float> %125
  %127 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %126, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %128 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %127, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %129 = fmul <16 x float> %128, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %130 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %129)
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %128)
  %132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %131)
  %133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %132, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %132, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %134, <16 x float> %132, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %132, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %132, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %138 = fmul <16 x float> %132, %132
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %137, <16 x float> %138, <16 x float> %132)
  %140 = fadd <16 x float> %139, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %141 = fptosi <16 x float> %130 to <16 x i32>
  %142 = shl <16 x i32> %141, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %143 = add <16 x i32> %142, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %144 = bitcast <16 x i32> %143 to <16 x float>
  %145 = fmul <16 x float> %140, %144
  %146 = fadd <16 x float> %145, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %147 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %146
  %148 = fmul <16 x float> %125, %147
  %149 = fmul <16 x float> %123, %123
  %150 = fmul <16 x float> %148, %148
  %151 = fadd <16 x float> %149, %150
  %152 = shufflevector <16 x float> %151, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %153 = shufflevector <16 x float> %151, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %154 = fadd <8 x float> %152, %153
  %155 = shufflevector <8 x float> %154, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %156 = shufflevector <8 x float> %154, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %157 = fadd <4 x float> %155, %156
  %158 = shufflevector <4 x float> %157, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %159 = shufflevector <4 x float> %157, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %160 = fadd <2 x float> %158, %159
  %shift246 = shufflevector <2 x float> %160, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %161 = fadd <2 x float> %160, %shift246
  %162 = extractelement <2 x float> %161, i64 0
  %163 = fadd float %162, 0x3EB0C6F7A0000000
  %164 = tail call float @llvm.sqrt.f32(float %163)
  %165 = fdiv float 1.000000e+00, %164
  %166 = insertelement <16 x float> poison, float %165, i64 0
  %167 = shufflevector <16 x float> %166, <16 x float> poison, <16 x i32> zeroinitializer
  %168 = fmul <16 x float> %123, %167
  %169 = getelementptr inbounds float, ptr %gep182, i64 %94
  store <16 x float> %168, ptr %169, align 4
  %170 = fmul <16 x float> %148, %167
  %171 = getelementptr inbounds float, ptr %gep182, i64 %97
  store <16 x float> %170, ptr %171, align 4
  %172 = mul nsw i64 %23, %v_ts
  %gep152 = getelementptr float, ptr %invariant.gep145, i64 %172
  %173 = load <16 x float>, ptr %gep152, align 4
  %174 = fneg <16 x float> %173
  %175 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %174, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %176 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %175, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %177 = fmul <16 x float> %176, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %178 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %177)
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %178, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %176)
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %178, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %179)
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %180, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %181, <16 x float> %180, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %182, <16 x float> %180, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %183, <16 x float> %180, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %184, <16 x float> %180, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %186 = fmul <16 x float> %180, %180
  %187 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %185, <16 x float> %186, <16 x float> %180)
  %188 = fadd <16 x float> %187, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %189 = fptosi <16 x float> %178 to <16 x i32>
  %190 = shl <16 x i32> %189, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %191 = add <16 x i32> %190, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %192 = bitcast <16 x i32> %191 to <16 x float>
  %193 = fmul <16 x float> %188, %192
  %194 = fadd <16 x float> %193, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %195 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %194
  %196 = fmul <16 x float> %173, %195
  %197 = getelementptr i8, ptr %gep152, i64 64
  %198 = load <16 x float>, ptr %197, align 4
  %199 = fneg <16 x float> %198
  %200 = tail call <16 x float> @llvm.maxnum.v16f32(<16 x float> %199, <16 x float> <float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000, float 0xC055D51EC0000000>)
  %201 = tail call <16 x float> @llvm.minnum.v16f32(<16 x float> %200, <16 x float> <float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01, float 8.800000e+01>)
  %202 = fmul <16 x float> %201, <float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000, float 0x3FF7154760000000>
  %203 = tail call <16 x float> @llvm.rint.v16f32(<16 x float> %202)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %203, <16 x float> <float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000, float 0xBFE6300000000000>, <16 x float> %201)
  %205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %203, <16 x float> <float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000, float 0x3F2BD01060000000>, <16 x float> %204)
  %206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %205, <16 x float> <float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000, float 0x3F2A0D2CE0000000>, <16 x float> <float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000, float 0x3F56E879C0000000>)
  %207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %206, <16 x float> %205, <16 x float> <float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000, float 0x3F81112100000000>)
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %205, <16 x float> <float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000, float 0x3FA5553820000000>)
  %209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %208, <16 x float> %205, <16 x float> <float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000, float 0x3FC5555540000000>)
  %210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %209, <16 x float> %205, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %211 = fmul <16 x float> %205, %205
  %212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %210, <16 x float> %211, <16 x float> %205)
  %213 = fadd <16 x float> %212, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %214 = fptosi <16 x float> %203 to <16 x i32>
  %215 = shl <16 x i32> %214, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %216 = add <16 x i32> %215, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %217 = bitcast <16 x i32> %216 to <16 x float>
  %218 = fmul <16 x float> %213, %217
  %219 = fadd <16 x float> %218, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %220 = fdiv <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %219
  %221 = fmul <16 x float> %198, %220
  %222 = getelementptr inbounds float, ptr %gep184, i64 %94
  store <16 x float> %196, ptr %222, align 4
  %223 = getelementptr inbounds float, ptr %gep184, i64 %97
  store <16 x float> %221, ptr %223, align 4
  %t.next = add nuw nsw i64 %t.addr.0142, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %i.head.preheader, label %t.body

ci.body.lr.ph:                                    ; preds = %i.head.preheader
  %224 = mul nsw i64 %bh.addr.0185, %nc
  %invariant.gep233 = getelementptr i8, ptr %hs, i64 %11
  br label %ci.body

i8.head.preheader:                                ; preds = %i7.exit, %i.head.preheader.thread, %i.head.preheader
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep212, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0185, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond213.not = icmp eq i64 %indvar.next, %7
  br i1 %exitcond213.not, label %bh.exit, label %bh.body

ci.body:                                          ; preds = %ci.body.lr.ph, %i7.exit
  %ci.addr.0178 = phi i64 [ 0, %ci.body.lr.ph ], [ %ci.next, %i7.exit ]
  %225 = add nsw i64 %ci.addr.0178, %224
  %226 = shl nsw i64 %225, 10
  br i1 %8, label %j1.head.preheader, label %j2.head.preheader.preheader

j2.head.preheader.preheader:                      ; preds = %ci.body
  %227 = add i64 %4, %ci.addr.0178
  %228 = shl i64 %227, 12
  %gep234 = getelementptr i8, ptr %invariant.gep233, i64 %228
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep234, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  br label %endif

endif:                                            ; preds = %j1.head.preheader, %j2.head.preheader.preheader
  %t0 = shl nsw i64 %ci.addr.0178, 6
  %229 = add nuw nsw i64 %t0, 64
  %230 = shl nsw i64 %ci.addr.0178, 11
  br label %i3.body

j1.head.preheader:                                ; preds = %ci.body, %j1.head.preheader
  %i1.addr.0158 = phi i64 [ %i1.next.7, %j1.head.preheader ], [ 0, %ci.body ]
  %231 = shl nuw nsw i64 %i1.addr.0158, 5
  %232 = or disjoint i64 %231, %226
  %233 = getelementptr inbounds float, ptr %work, i64 %231
  %234 = load <16 x float>, ptr %233, align 4
  %235 = getelementptr inbounds float, ptr %hs, i64 %232
  store <16 x float> %234, ptr %235, align 64, !nontemporal !0
  %236 = or disjoint i64 %231, 16
  %237 = getelementptr inbounds float, ptr %work, i64 %236
  %238 = load <16 x float>, ptr %237, align 4
  %239 = or disjoint i64 %232, 16
  %240 = getelementptr inbounds float, ptr %hs, i64 %239
  store <16 x float> %238, ptr %240, align 64, !nontemporal !0
  %i1.next = shl i64 %i1.addr.0158, 5
  %241 = or disjoint i64 %i1.next, 32
  %242 = or disjoint i64 %241, %226
  %243 = getelementptr inbounds float, ptr %work, i64 %241
  %244 = load <16 x float>, ptr %243, align 4
  %245 = getelementptr inbounds float, ptr %hs, i64 %242
  store <16 x float> %244, ptr %245, align 64, !nontemporal !0
  %246 = or disjoint i64 %i1.next, 48
  %247 = getelementptr inbounds float, ptr %work, i64 %246
  %248 = load <16 x float>, ptr %247, align 4
  %249 = or disjoint i64 %242, 16
  %250 = getelementptr inbounds float, ptr %hs, i64 %249
  store <16 x float> %248, ptr %250, align 64, !nontemporal !0
  %i1.next.1 = shl i64 %i1.addr.0158, 5
  %251 = or disjoint i64 %i1.next.1, 64
  %252 = or disjoint i64 %251, %226
  %253 = getelementptr inbounds float, ptr %work, i64 %251
  %254 = load <16 x float>, ptr %253, align 4
  %255 = getelementptr inbounds float, ptr %hs, i64 %252
  store <16 x float> %254, ptr %255, align 64, !nontemporal !0
  %256 = or disjoint i64 %i1.next.1, 80
  %257 = getelementptr inbounds float, ptr %work, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = or disjoint i64 %252, 16
  %260 = getelementptr inbounds float, ptr %hs, i64 %259
  store <16 x float> %258, ptr %260, align 64, !nontemporal !0
  %i1.next.2 = shl i64 %i1.addr.0158, 5
  %261 = or disjoint i64 %i1.next.2, 96
  %262 = or disjoint i64 %261, %226
  %263 = getelementptr inbounds float, ptr %work, i64 %261
  %264 = load <16 x float>, ptr %263, align 4
  %265 = getelementptr inbounds float, ptr %hs, i64 %262
  store <16 x float> %264, ptr %265, align 64, !nontemporal !0
  %266 = or disjoint i64 %i1.next.2, 112
  %267 = getelementptr inbounds float, ptr %work, i64 %266
  %268 = load <16 x float>, ptr %267, align 4
  %269 = or disjoint i64 %262, 16
  %270 = getelementptr inbounds float, ptr %hs, i64 %269
  store <16 x float> %268, ptr %270, align 64, !nontemporal !0
  %i1.next.3 = shl i64 %i1.addr.0158, 5
  %271 = or disjoint i64 %i1.next.3, 128
  %272 = or disjoint i64 %271, %226
  %273 = getelementptr inbounds float, ptr %work, i64 %271
  %274 = load <16 x float>, ptr %273, align 4
  %275 = getelementptr inbounds float, ptr %hs, i64 %272
  store <16 x float> %274, ptr %275, align 64, !nontemporal !0
  %276 = or disjoint i64 %i1.next.3, 144
  %277 = getelementptr inbounds float, ptr %work, i64 %276
  %278 = load <16 x float>, ptr %277, align 4
  %279 = or disjoint i64 %272, 16
  %280 = getelementptr inbounds float, ptr %hs, i64 %279
  store <16 x float> %278, ptr %280, align 64, !nontemporal !0
  %i1.next.4 = shl i64 %i1.addr.0158, 5
  %281 = or disjoint i64 %i1.next.4, 160
  %282 = or disjoint i64 %281, %226
  %283 = getelementptr inbounds float, ptr %work, i64 %281
  %284 = load <16 x float>, ptr %283, align 4
  %285 = getelementptr inbounds float, ptr %hs, i64 %282
  store <16 x float> %284, ptr %285, align 64, !nontemporal !0
  %286 = or disjoint i64 %i1.next.4, 176
  %287 = getelementptr inbounds float, ptr %work, i64 %286
  %288 = load <16 x float>, ptr %287, align 4
  %289 = or disjoint i64 %282, 16
  %290 = getelementptr inbounds float, ptr %hs, i64 %289
  store <16 x float> %288, ptr %290, align 64, !nontemporal !0
  %i1.next.5 = shl i64 %i1.addr.0158, 5
  %291 = or disjoint i64 %i1.next.5, 192
  %292 = or disjoint i64 %291, %226
  %293 = getelementptr inbounds float, ptr %work, i64 %291
  %294 = load <16 x float>, ptr %293, align 4
  %295 = getelementptr inbounds float, ptr %hs, i64 %292
  store <16 x float> %294, ptr %295, align 64, !nontemporal !0
  %296 = or disjoint i64 %i1.next.5, 208
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = or disjoint i64 %292, 16
  %300 = getelementptr inbounds float, ptr %hs, i64 %299
  store <16 x float> %298, ptr %300, align 64, !nontemporal !0
  %i1.next.6 = shl i64 %i1.addr.0158, 5
  %301 = or disjoint i64 %i1.next.6, 224
  %302 = or disjoint i64 %301, %226
  %303 = getelementptr inbounds float, ptr %work, i64 %301
  %304 = load <16 x float>, ptr %303, align 4
  %305 = getelementptr inbounds float, ptr %hs, i64 %302
  store <16 x float> %304, ptr %305, align 64, !nontemporal !0
  %306 = or disjoint i64 %i1.next.6, 240
  %307 = getelementptr inbounds float, ptr %work, i64 %306
  %308 = load <16 x float>, ptr %307, align 4
  %309 = or disjoint i64 %302, 16
  %310 = getelementptr inbounds float, ptr %hs, i64 %309
  store <16 x float> %308, ptr %310, align 64, !nontemporal !0
  %i1.next.7 = add nuw nsw i64 %i1.addr.0158, 8
  %exitcond205.not.7 = icmp eq i64 %i1.next.7, 32
  br i1 %exitcond205.not.7, label %endif, label %j1.head.preheader

i4.head.preheader:                                ; preds = %i3.body
  %311 = getelementptr inbounds float, ptr %gep182, i64 %230
  %312 = load <16 x float>, ptr %311, align 4
  %313 = getelementptr inbounds float, ptr %invariant.gep183, i64 %230
  %314 = load <16 x float>, ptr %313, align 4
  %315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %312, <16 x float> %314, <16 x float> zeroinitializer)
  %316 = or disjoint i64 %230, 16
  %317 = getelementptr inbounds float, ptr %gep182, i64 %316
  %318 = load <16 x float>, ptr %317, align 4
  %319 = getelementptr inbounds float, ptr %invariant.gep183, i64 %316
  %320 = load <16 x float>, ptr %319, align 4
  %321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %318, <16 x float> %320, <16 x float> %315)
  %t1 = tail call i64 @llvm.smin.i64(i64 %229, i64 %T)
  %322 = shufflevector <16 x float> %321, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %323 = shufflevector <16 x float> %321, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %324 = fadd <8 x float> %322, %323
  %325 = shufflevector <8 x float> %324, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %326 = shufflevector <8 x float> %324, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %327 = fadd <4 x float> %325, %326
  %328 = shufflevector <4 x float> %327, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %329 = shufflevector <4 x float> %327, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %330 = fadd <2 x float> %328, %329
  %shift247 = shufflevector <2 x float> %330, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %331 = fadd <2 x float> %330, %shift247
  %332 = mul nsw i64 %t0, %H
  %333 = getelementptr inbounds float, ptr %betah, i64 %332
  %334 = load float, ptr %333, align 4
  %335 = getelementptr inbounds float, ptr %gep184, i64 %230
  %336 = load <16 x float>, ptr %335, align 4
  %337 = fsub <16 x float> %336, %386
  %338 = insertelement <16 x float> poison, float %334, i64 0
  %339 = shufflevector <16 x float> %338, <16 x float> poison, <16 x i32> zeroinitializer
  %340 = fmul <16 x float> %339, %337
  %341 = or disjoint i64 %230, 16
  %342 = getelementptr inbounds float, ptr %gep184, i64 %341
  %343 = load <16 x float>, ptr %342, align 4
  %344 = fsub <16 x float> %343, %393
  %345 = fmul <16 x float> %339, %344
  %346 = shufflevector <2 x float> %331, <2 x float> poison, <16 x i32> zeroinitializer
  %347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %346, <16 x float> %340, <16 x float> %389)
  %348 = fmul <16 x float> %347, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %349 = mul nsw i64 %t0, %sv
  %350 = getelementptr inbounds float, ptr %oh, i64 %349
  store <16 x float> %348, ptr %350, align 4
  %351 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %346, <16 x float> %345, <16 x float> %394)
  %352 = fmul <16 x float> %351, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %353 = or disjoint i64 %349, 16
  %354 = getelementptr inbounds float, ptr %oh, i64 %353
  store <16 x float> %352, ptr %354, align 4
  %355 = or disjoint i64 %t0, 1
  %356 = icmp slt i64 %355, %t1
  br i1 %356, label %i5.head.preheader, label %i7.head.preheader

i3.body:                                          ; preds = %i3.body, %endif
  %acc.0163 = phi <16 x float> [ zeroinitializer, %endif ], [ %386, %i3.body ]
  %acc1.0162 = phi <16 x float> [ zeroinitializer, %endif ], [ %393, %i3.body ]
  %acc2.0161 = phi <16 x float> [ zeroinitializer, %endif ], [ %389, %i3.body ]
  %acc3.0160 = phi <16 x float> [ zeroinitializer, %endif ], [ %394, %i3.body ]
  %i3.addr.0159 = phi i64 [ 0, %endif ], [ %i3.next.1, %i3.body ]
  %357 = add nuw nsw i64 %i3.addr.0159, %230
  %358 = getelementptr inbounds float, ptr %gep182, i64 %357
  %359 = load float, ptr %358, align 4
  %360 = getelementptr inbounds float, ptr %invariant.gep183, i64 %357
  %361 = load float, ptr %360, align 4
  %362 = shl nuw nsw i64 %i3.addr.0159, 5
  %363 = getelementptr inbounds float, ptr %work, i64 %362
  %364 = load <16 x float>, ptr %363, align 4
  %365 = insertelement <16 x float> poison, float %359, i64 0
  %366 = shufflevector <16 x float> %365, <16 x float> poison, <16 x i32> zeroinitializer
  %367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %366, <16 x float> %364, <16 x float> %acc.0163)
  %368 = insertelement <16 x float> poison, float %361, i64 0
  %369 = shufflevector <16 x float> %368, <16 x float> poison, <16 x i32> zeroinitializer
  %370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %369, <16 x float> %364, <16 x float> %acc2.0161)
  %371 = or disjoint i64 %362, 16
  %372 = getelementptr inbounds float, ptr %work, i64 %371
  %373 = load <16 x float>, ptr %372, align 4
  %374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %366, <16 x float> %373, <16 x float> %acc1.0162)
  %375 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %369, <16 x float> %373, <16 x float> %acc3.0160)
  %i3.next = or disjoint i64 %i3.addr.0159, 1
  %376 = add nuw nsw i64 %i3.next, %230
  %377 = getelementptr inbounds float, ptr %gep182, i64 %376
  %378 = load float, ptr %377, align 4
  %379 = getelementptr inbounds float, ptr %invariant.gep183, i64 %376
  %380 = load float, ptr %379, align 4
  %381 = shl nuw nsw i64 %i3.next, 5
  %382 = getelementptr inbounds float, ptr %work, i64 %381
  %383 = load <16 x float>, ptr %382, align 4
  %384 = insertelement <16 x float> poison, float %378, i64 0
  %385 = shufflevector <16 x float> %384, <16 x float> poison, <16 x i32> zeroinitializer
  %386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %385, <16 x float> %383, <16 x float> %367)
  %387 = insertelement <16 x float> poison, float %380, i64 0
  %388 = shufflevector <16 x float> %387, <16 x float> poison, <16 x i32> zeroinitializer
  %389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %388, <16 x float> %383, <16 x float> %370)
  %390 = or disjoint i64 %381, 16
  %391 = getelementptr inbounds float, ptr %work, i64 %390
  %392 = load <16 x float>, ptr %391, align 4
  %393 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %385, <16 x float> %392, <16 x float> %374)
  %394 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %388, <16 x float> %392, <16 x float> %375)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0159, 2
  %exitcond206.not.1 = icmp eq i64 %i3.next.1, 32
  br i1 %exitcond206.not.1, label %i4.head.preheader, label %i3.body

i7.head.preheader:                                ; preds = %i6.head.preheader, %i4.head.preheader
  %delta1.0.lcssa = phi <16 x float> [ %345, %i4.head.preheader ], [ %430, %i6.head.preheader ]
  %delta.0.lcssa = phi <16 x float> [ %340, %i4.head.preheader ], [ %425, %i6.head.preheader ]
  %.idx187 = shl i64 %t1, 7
  %gep236 = getelementptr i8, ptr %invariant.gep235, i64 %.idx187
  br label %i7.body

i5.head.preheader:                                ; preds = %i4.head.preheader, %i6.head.preheader
  %delta.0175 = phi <16 x float> [ %425, %i6.head.preheader ], [ %340, %i4.head.preheader ]
  %t1.addr.0174 = phi i64 [ %t1.next, %i6.head.preheader ], [ %355, %i4.head.preheader ]
  %delta1.0173 = phi <16 x float> [ %430, %i6.head.preheader ], [ %345, %i4.head.preheader ]
  %395 = shl i64 %t1.addr.0174, 5
  %gep228 = getelementptr float, ptr %invariant.gep227, i64 %395
  br label %i5.body

i6.head.preheader:                                ; preds = %i5.body
  %396 = getelementptr inbounds float, ptr %gep182, i64 %395
  %397 = load <16 x float>, ptr %396, align 4
  %398 = getelementptr inbounds float, ptr %invariant.gep183, i64 %395
  %399 = load <16 x float>, ptr %398, align 4
  %400 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %397, <16 x float> %399, <16 x float> zeroinitializer)
  %401 = or disjoint i64 %395, 16
  %402 = getelementptr inbounds float, ptr %gep182, i64 %401
  %403 = load <16 x float>, ptr %402, align 4
  %404 = getelementptr inbounds float, ptr %invariant.gep183, i64 %401
  %405 = load <16 x float>, ptr %404, align 4
  %406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %403, <16 x float> %405, <16 x float> %400)
  %407 = shufflevector <16 x float> %406, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %408 = shufflevector <16 x float> %406, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %409 = fadd <8 x float> %407, %408
  %410 = shufflevector <8 x float> %409, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %411 = shufflevector <8 x float> %409, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %412 = fadd <4 x float> %410, %411
  %413 = shufflevector <4 x float> %412, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %414 = shufflevector <4 x float> %412, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %415 = fadd <2 x float> %413, %414
  %shift248 = shufflevector <2 x float> %415, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %416 = fadd <2 x float> %415, %shift248
  %417 = mul nsw i64 %t1.addr.0174, %H
  %418 = getelementptr inbounds float, ptr %betah, i64 %417
  %419 = load float, ptr %418, align 4
  %420 = getelementptr inbounds float, ptr %gep184, i64 %395
  %421 = load <16 x float>, ptr %420, align 4
  %422 = fsub <16 x float> %421, %479
  %423 = insertelement <16 x float> poison, float %419, i64 0
  %424 = shufflevector <16 x float> %423, <16 x float> poison, <16 x i32> zeroinitializer
  %425 = fmul <16 x float> %424, %422
  %426 = or disjoint i64 %395, 16
  %427 = getelementptr inbounds float, ptr %gep184, i64 %426
  %428 = load <16 x float>, ptr %427, align 4
  %429 = fsub <16 x float> %428, %487
  %430 = fmul <16 x float> %424, %429
  %431 = shufflevector <2 x float> %416, <2 x float> poison, <16 x i32> zeroinitializer
  %432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %431, <16 x float> %425, <16 x float> %482)
  %433 = fmul <16 x float> %432, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %434 = mul nsw i64 %t1.addr.0174, %sv
  %435 = getelementptr inbounds float, ptr %oh, i64 %434
  store <16 x float> %433, ptr %435, align 4
  %436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %431, <16 x float> %430, <16 x float> %488)
  %437 = fmul <16 x float> %436, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %438 = or disjoint i64 %434, 16
  %439 = getelementptr inbounds float, ptr %oh, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0174, 1
  %440 = icmp slt i64 %t1.next, %t1
  br i1 %440, label %i5.head.preheader, label %i7.head.preheader

i5.body:                                          ; preds = %i5.body, %i5.head.preheader
  %i5.addr.0170 = phi i64 [ 0, %i5.head.preheader ], [ %i5.next.1, %i5.body ]
  %acc8.0169 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %488, %i5.body ]
  %acc7.0168 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %482, %i5.body ]
  %acc6.0167 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %487, %i5.body ]
  %acc5.0166 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %479, %i5.body ]
  %gep226 = getelementptr float, ptr %gep228, i64 %i5.addr.0170
  %441 = load float, ptr %gep226, align 4
  %442 = or disjoint i64 %i5.addr.0170, %395
  %443 = getelementptr inbounds float, ptr %gep182, i64 %442
  %444 = load float, ptr %443, align 4
  %445 = getelementptr inbounds float, ptr %invariant.gep183, i64 %442
  %446 = load float, ptr %445, align 4
  %447 = insertelement <16 x float> poison, float %441, i64 0
  %448 = shufflevector <16 x float> %447, <16 x float> poison, <16 x i32> zeroinitializer
  %449 = shl nuw nsw i64 %i5.addr.0170, 5
  %450 = getelementptr inbounds float, ptr %work, i64 %449
  %451 = load <16 x float>, ptr %450, align 4
  %452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %448, <16 x float> %delta.0175, <16 x float> %451)
  store <16 x float> %452, ptr %450, align 4
  %453 = insertelement <16 x float> poison, float %444, i64 0
  %454 = shufflevector <16 x float> %453, <16 x float> poison, <16 x i32> zeroinitializer
  %455 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %454, <16 x float> %452, <16 x float> %acc5.0166)
  %456 = insertelement <16 x float> poison, float %446, i64 0
  %457 = shufflevector <16 x float> %456, <16 x float> poison, <16 x i32> zeroinitializer
  %458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %457, <16 x float> %452, <16 x float> %acc7.0168)
  %459 = or disjoint i64 %449, 16
  %460 = getelementptr inbounds float, ptr %work, i64 %459
  %461 = load <16 x float>, ptr %460, align 4
  %462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %448, <16 x float> %delta1.0173, <16 x float> %461)
  store <16 x float> %462, ptr %460, align 4
  %463 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %454, <16 x float> %462, <16 x float> %acc6.0167)
  %464 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %457, <16 x float> %462, <16 x float> %acc8.0169)
  %i5.next = or disjoint i64 %i5.addr.0170, 1
  %gep226.1 = getelementptr float, ptr %gep228, i64 %i5.next
  %465 = load float, ptr %gep226.1, align 4
  %466 = or disjoint i64 %i5.next, %395
  %467 = getelementptr inbounds float, ptr %gep182, i64 %466
  %468 = load float, ptr %467, align 4
  %469 = getelementptr inbounds float, ptr %invariant.gep183, i64 %466
  %470 = load float, ptr %469, align 4
  %471 = insertelement <16 x float> poison, float %465, i64 0
  %472 = shufflevector <16 x float> %471, <16 x float> poison, <16 x i32> zeroinitializer
  %473 = shl nuw nsw i64 %i5.next, 5
  %474 = getelementptr inbounds float, ptr %work, i64 %473
  %475 = load <16 x float>, ptr %474, align 4
  %476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %472, <16 x float> %delta.0175, <16 x float> %475)
  store <16 x float> %476, ptr %474, align 4
  %477 = insertelement <16 x float> poison, float %468, i64 0
  %478 = shufflevector <16 x float> %477, <16 x float> poison, <16 x i32> zeroinitializer
  %479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %478, <16 x float> %476, <16 x float> %455)
  %480 = insertelement <16 x float> poison, float %470, i64 0
  %481 = shufflevector <16 x float> %480, <16 x float> poison, <16 x i32> zeroinitializer
  %482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %481, <16 x float> %476, <16 x float> %458)
  %483 = or disjoint i64 %473, 16
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %472, <16 x float> %delta1.0173, <16 x float> %485)
  store <16 x float> %486, ptr %484, align 4
  %487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %478, <16 x float> %486, <16 x float> %463)
  %488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %481, <16 x float> %486, <16 x float> %464)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0170, 2
  %exitcond207.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond207.not.1, label %i6.head.preheader, label %i5.body

i7.body:                                          ; preds = %i7.body, %i7.head.preheader
  %i7.addr.0177 = phi i64 [ 0, %i7.head.preheader ], [ %i7.next.3, %i7.body ]
  %gep232 = getelementptr float, ptr %gep236, i64 %i7.addr.0177
  %489 = load float, ptr %gep232, align 4
  %490 = insertelement <16 x float> poison, float %489, i64 0
  %491 = shufflevector <16 x float> %490, <16 x float> poison, <16 x i32> zeroinitializer
  %492 = shl nuw nsw i64 %i7.addr.0177, 5
  %493 = getelementptr inbounds float, ptr %work, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %491, <16 x float> %delta.0.lcssa, <16 x float> %494)
  store <16 x float> %495, ptr %493, align 4
  %496 = or disjoint i64 %492, 16
  %497 = getelementptr inbounds float, ptr %work, i64 %496
  %498 = load <16 x float>, ptr %497, align 4
  %499 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %491, <16 x float> %delta1.0.lcssa, <16 x float> %498)
  store <16 x float> %499, ptr %497, align 4
  %i7.next = or disjoint i64 %i7.addr.0177, 1
  %gep232.1 = getelementptr float, ptr %gep236, i64 %i7.next
  %500 = load float, ptr %gep232.1, align 4
  %501 = insertelement <16 x float> poison, float %500, i64 0
  %502 = shufflevector <16 x float> %501, <16 x float> poison, <16 x i32> zeroinitializer
  %503 = shl nuw nsw i64 %i7.next, 5
  %504 = getelementptr inbounds float, ptr %work, i64 %503
  %505 = load <16 x float>, ptr %504, align 4
  %506 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %delta.0.lcssa, <16 x float> %505)
  store <16 x float> %506, ptr %504, align 4
  %507 = or disjoint i64 %503, 16
  %508 = getelementptr inbounds float, ptr %work, i64 %507
  %509 = load <16 x float>, ptr %508, align 4
  %510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %502, <16 x float> %delta1.0.lcssa, <16 x float> %509)
  store <16 x float> %510, ptr %508, align 4
  %i7.next.1 = or disjoint i64 %i7.addr.0177, 2
  %gep232.2 = getelementptr float, ptr %gep236, i64 %i7.next.1
  %511 = load float, ptr %gep232.2, align 4
  %512 = insertelement <16 x float> poison, float %511, i64 0
  %513 = shufflevector <16 x float> %512, <16 x float> poison, <16 x i32> zeroinitializer
  %514 = shl nuw nsw i64 %i7.next.1, 5
  %515 = getelementptr inbounds float, ptr %work, i64 %514
  %516 = load <16 x float>, ptr %515, align 4
  %517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %delta.0.lcssa, <16 x float> %516)
  store <16 x float> %517, ptr %515, align 4
  %518 = or disjoint i64 %514, 16
  %519 = getelementptr inbounds float, ptr %work, i64 %518
  %520 = load <16 x float>, ptr %519, align 4
  %521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %513, <16 x float> %delta1.0.lcssa, <16 x float> %520)
  store <16 x float> %521, ptr %519, align 4
  %i7.next.2 = or disjoint i64 %i7.addr.0177, 3
  %gep232.3 = getelementptr float, ptr %gep236, i64 %i7.next.2
  %522 = load float, ptr %gep232.3, align 4
  %523 = insertelement <16 x float> poison, float %522, i64 0
  %524 = shufflevector <16 x float> %523, <16 x float> poison, <16 x i32> zeroinitializer
  %525 = shl nuw nsw i64 %i7.next.2, 5
  %526 = getelementptr inbounds float, ptr %work, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %524, <16 x float> %delta.0.lcssa, <16 x float> %527)
  store <16 x float> %528, ptr %526, align 4
  %529 = or disjoint i64 %525, 16
  %530 = getelementptr inbounds float, ptr %work, i64 %529
  %531 = load <16 x float>, ptr %530, align 4
  %532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %524, <16 x float> %delta1.0.lcssa, <16 x float> %531)
  store <16 x float> %532, ptr %530, align 4
  %i7.next.3 = add nuw nsw i64 %i7.addr.0177, 4
  %exitcond208.not.3 = icmp eq i64 %i7.next.3, 32
  br i1 %exitcond208.not.3, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %ci.next = add nuw nsw i64 %ci.addr.0178, 1
  %exitcond210.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond210.not, label %i8.head.preheader, label %ci.body
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

attributes #0 = { nofree norecurse nounwind "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = !{i32 1}
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
  %invariant.gep2912 = getelementptr i8, ptr %work, i64 272128
  %sv1 = shl nsw i64 %H, 5
  %1 = shl nsw i64 %T, 5
  %gep2905 = getelementptr float, ptr %invariant.gep2912, i64 %1
  %2 = shl nsw i64 %T, 6
  %gep2907 = getelementptr float, ptr %invariant.gep2912, i64 %2
  %.idx2624 = mul i64 %T, 384
  %gep2909 = getelementptr i8, ptr %invariant.gep2912, i64 %.idx2624
  %dak = getelementptr float, ptr %gep2909, i64 %1
  %dav = getelementptr float, ptr %gep2909, i64 %2
  %.idx2625 = mul i64 %T, 768
  %gep2911 = getelementptr i8, ptr %invariant.gep2912, i64 %.idx2625
  %sgk = getelementptr float, ptr %gep2911, i64 %1
  %sgv = getelementptr float, ptr %gep2911, i64 %2
  %.idx = mul i64 %T, 1152
  %gep2913 = getelementptr i8, ptr %invariant.gep2912, i64 %.idx
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
  %invariant.gep2866 = getelementptr inbounds i8, ptr %work, i64 33280
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
  %smax3163 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %18 = sub i64 %bh1, %bh0
  %scevgep3120.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3120.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3120.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3120.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3120.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3120.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3120.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3120.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3120.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3120.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3120.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3120.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3120.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3120.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3120.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3120.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3120.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3120.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3120.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3120.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3120.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3120.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3120.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3120.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3120.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3120.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3120.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3120.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3120.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3120.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3120.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3332 = getelementptr i8, ptr %work, i64 98304
  %invariant.gep3334 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3336 = getelementptr i8, ptr %work, i64 81920
  %invariant.gep3338 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3340 = getelementptr i8, ptr %work, i64 90112
  %invariant.gep3342 = getelementptr i8, ptr %work, i64 172032
  %19 = getelementptr i8, ptr %work, i64 272192
  %20 = getelementptr i8, ptr %gep2905, i64 64
  %21 = getelementptr i8, ptr %gep2907, i64 64
  %22 = getelementptr inbounds i8, ptr %work, i64 172096
  %23 = getelementptr inbounds i8, ptr %work, i64 172096
  %24 = getelementptr inbounds i8, ptr %work, i64 155712
  %invariant.gep3344 = getelementptr inbounds i8, ptr %work, i64 155776
  %invariant.gep3346 = getelementptr inbounds i8, ptr %work, i64 106496
  %invariant.gep3350 = getelementptr inbounds i8, ptr %work, i64 106560
  %invariant.gep3352 = getelementptr inbounds i8, ptr %work, i64 33024
  %invariant.gep3354 = getelementptr inbounds i8, ptr %work, i64 33088
  %25 = getelementptr inbounds i8, ptr %work, i64 239168
  %invariant.gep3356 = getelementptr inbounds i8, ptr %work, i64 33152
  %26 = getelementptr inbounds i8, ptr %work, i64 239232
  %invariant.gep3358 = getelementptr inbounds i8, ptr %work, i64 33216
  %27 = getelementptr inbounds i8, ptr %work, i64 239296
  %invariant.gep3360 = getelementptr inbounds i8, ptr %work, i64 106496
  %28 = getelementptr i8, ptr %dav, i64 64
  %invariant.gep3364 = getelementptr inbounds i8, ptr %work, i64 33280
  %invariant.gep3368 = getelementptr i8, ptr %work, i64 33280
  %invariant.gep3374 = getelementptr inbounds i8, ptr %work, i64 35840
  %scevgep3166 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep3348 = getelementptr inbounds i8, ptr %work, i64 155840
  %invariant.gep3362 = getelementptr inbounds i8, ptr %work, i64 106560
  %scevgep3166.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3166.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3166.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3166.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3166.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3166.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3166.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3166.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3166.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3166.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3166.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3166.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3166.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3166.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3166.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3166.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3166.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3166.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3166.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3166.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3166.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3166.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3166.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3166.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3166.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3166.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3166.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3166.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3166.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3166.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3166.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j32.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j32.head.preheader ]
  %bh.addr.02914 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j32.head.preheader ]
  %29 = add i64 %indvar, %bh0
  %30 = shl i64 %29, 12
  %31 = mul i64 %10, %indvar
  %32 = add i64 %9, %31
  %b = sdiv i64 %bh.addr.02914, %H
  %h = srem i64 %bh.addr.02914, %H
  %33 = mul i64 %b, %T
  %34 = mul i64 %33, %H
  %bT = add i64 %34, %h
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  %oh.idx = shl i64 %bT, 7
  %oh = getelementptr inbounds i8, ptr %dout, i64 %oh.idx
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
  %70 = getelementptr inbounds float, ptr %gep2911, i64 %69
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
  %97 = getelementptr inbounds float, ptr %gep2911, i64 %96
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
  %116 = getelementptr inbounds float, ptr %gep2913, i64 %t.addr.02627
  store float %115, ptr %116, align 4
  %117 = insertelement <16 x float> poison, float %115, i64 0
  %118 = shufflevector <16 x float> %117, <16 x float> poison, <16 x i32> zeroinitializer
  %119 = fmul <16 x float> %71, %118
  %120 = getelementptr inbounds float, ptr %invariant.gep2912, i64 %69
  store <16 x float> %119, ptr %120, align 4
  %121 = fmul <16 x float> %98, %118
  %122 = getelementptr inbounds float, ptr %invariant.gep2912, i64 %96
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
  %shift3538 = shufflevector <2 x float> %186, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %187 = fadd <2 x float> %186, %shift3538
  %188 = extractelement <2 x float> %187, i64 0
  %189 = fadd float %188, 0x3EB0C6F7A0000000
  %190 = tail call float @llvm.sqrt.f32(float %189)
  %191 = fdiv float 1.000000e+00, %190
  %192 = getelementptr float, ptr %116, i64 %T
  store float %191, ptr %192, align 4
  %193 = insertelement <16 x float> poison, float %191, i64 0
  %194 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %195 = fmul <16 x float> %148, %194
  %196 = getelementptr inbounds float, ptr %gep2905, i64 %69
  store <16 x float> %195, ptr %196, align 4
  %197 = fmul <16 x float> %174, %194
  %198 = getelementptr inbounds float, ptr %gep2905, i64 %96
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
  %251 = getelementptr inbounds float, ptr %gep2907, i64 %69
  store <16 x float> %224, ptr %251, align 4
  %252 = getelementptr inbounds float, ptr %gep2907, i64 %96
  store <16 x float> %250, ptr %252, align 4
  %t.next = add nuw nsw i64 %t.addr.02627, 1
  %exitcond.not = icmp eq i64 %t.next, %T
  br i1 %exitcond.not, label %j.head.preheader, label %t.body

j.head.preheader:                                 ; preds = %bh.body, %t.body
  %253 = getelementptr i8, ptr %dhT, i64 %30
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %253, i64 128, i1 false)
  %scevgep3118.1 = getelementptr i8, ptr %253, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.1, i64 128, i1 false)
  %scevgep3118.2 = getelementptr i8, ptr %253, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.2, i64 128, i1 false)
  %scevgep3118.3 = getelementptr i8, ptr %253, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.3, i64 128, i1 false)
  %scevgep3118.4 = getelementptr i8, ptr %253, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.4, i64 128, i1 false)
  %scevgep3118.5 = getelementptr i8, ptr %253, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.5, i64 128, i1 false)
  %scevgep3118.6 = getelementptr i8, ptr %253, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.6, i64 128, i1 false)
  %scevgep3118.7 = getelementptr i8, ptr %253, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.7, i64 128, i1 false)
  %scevgep3118.8 = getelementptr i8, ptr %253, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.8, i64 128, i1 false)
  %scevgep3118.9 = getelementptr i8, ptr %253, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.9, i64 128, i1 false)
  %scevgep3118.10 = getelementptr i8, ptr %253, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.10, i64 128, i1 false)
  %scevgep3118.11 = getelementptr i8, ptr %253, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.11, i64 128, i1 false)
  %scevgep3118.12 = getelementptr i8, ptr %253, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.12, i64 128, i1 false)
  %scevgep3118.13 = getelementptr i8, ptr %253, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.13, i64 128, i1 false)
  %scevgep3118.14 = getelementptr i8, ptr %253, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.14, i64 128, i1 false)
  %scevgep3118.15 = getelementptr i8, ptr %253, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.15, i64 128, i1 false)
  %scevgep3118.16 = getelementptr i8, ptr %253, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.16, i64 128, i1 false)
  %scevgep3118.17 = getelementptr i8, ptr %253, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.17, i64 128, i1 false)
  %scevgep3118.18 = getelementptr i8, ptr %253, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.18, i64 128, i1 false)
  %scevgep3118.19 = getelementptr i8, ptr %253, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.19, i64 128, i1 false)
  %scevgep3118.20 = getelementptr i8, ptr %253, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.20, i64 128, i1 false)
  %scevgep3118.21 = getelementptr i8, ptr %253, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.21, i64 128, i1 false)
  %scevgep3118.22 = getelementptr i8, ptr %253, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.22, i64 128, i1 false)
  %scevgep3118.23 = getelementptr i8, ptr %253, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.23, i64 128, i1 false)
  %scevgep3118.24 = getelementptr i8, ptr %253, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.24, i64 128, i1 false)
  %scevgep3118.25 = getelementptr i8, ptr %253, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.25, i64 128, i1 false)
  %scevgep3118.26 = getelementptr i8, ptr %253, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.26, i64 128, i1 false)
  %scevgep3118.27 = getelementptr i8, ptr %253, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.27, i64 128, i1 false)
  %scevgep3118.28 = getelementptr i8, ptr %253, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.28, i64 128, i1 false)
  %scevgep3118.29 = getelementptr i8, ptr %253, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.29, i64 128, i1 false)
  %scevgep3118.30 = getelementptr i8, ptr %253, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.30, i64 128, i1 false)
  %scevgep3118.31 = getelementptr i8, ptr %253, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.31, i64 128, i1 false)
  br i1 %3, label %cc.body.lr.ph, label %j32.head.preheader

cc.body.lr.ph:                                    ; preds = %j.head.preheader
  %254 = mul nsw i64 %bh.addr.02914, %nc
  %255 = shl nsw i64 %h, 5
  %invariant.gep2889 = getelementptr float, ptr %dq, i64 %255
  %invariant.gep2891 = getelementptr float, ptr %dk, i64 %255
  %invariant.gep2893 = getelementptr float, ptr %dv, i64 %255
  %256 = add i64 %13, %bT
  %257 = shl i64 %256, 7
  %258 = getelementptr i8, ptr %dout, i64 %257
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t7.exit
  %indvars.iv3155 = phi i64 [ %17, %cc.body.lr.ph ], [ %indvars.iv.next3156, %t7.exit ]
  %cc.addr.02901 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t7.exit ]
  %smin3709 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3155, i64 64)
  %smax3710 = tail call i64 @llvm.smax.i64(i64 %smin3709, i64 1)
  %259 = mul i64 %14, %cc.addr.02901
  %260 = shl i64 %cc.addr.02901, 12
  %261 = sub i64 %32, %260
  %262 = xor i64 %cc.addr.02901, -1
  %ci = add nsw i64 %nc, %262
  %t0 = shl nsw i64 %ci, 6
  %263 = sub nsw i64 %T, %t0
  %L = tail call i64 @llvm.smin.i64(i64 %263, i64 64)
  %264 = icmp sgt i64 %ci, 0
  br i1 %264, label %tp1.body.preheader, label %i1.head.preheader

tp1.body.preheader:                               ; preds = %cc.body
  %265 = tail call i64 @llvm.smin.i64(i64 %t0, i64 64)
  %266 = sub nsw i64 %t0, %265
  br label %tp1.body

i1.head.preheader:                                ; preds = %tp1.body, %cc.body
  %scevgep3121 = getelementptr i8, ptr %hs, i64 %261
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121, i64 128, i1 false)
  %267 = or disjoint i64 %261, 128
  %scevgep3121.1 = getelementptr i8, ptr %hs, i64 %267
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.1, i64 128, i1 false)
  %268 = or disjoint i64 %261, 256
  %scevgep3121.2 = getelementptr i8, ptr %hs, i64 %268
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.2, i64 128, i1 false)
  %269 = or disjoint i64 %261, 384
  %scevgep3121.3 = getelementptr i8, ptr %hs, i64 %269
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.3, i64 128, i1 false)
  %270 = or disjoint i64 %261, 512
  %scevgep3121.4 = getelementptr i8, ptr %hs, i64 %270
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.4, i64 128, i1 false)
  %271 = or disjoint i64 %261, 640
  %scevgep3121.5 = getelementptr i8, ptr %hs, i64 %271
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.5, i64 128, i1 false)
  %272 = or disjoint i64 %261, 768
  %scevgep3121.6 = getelementptr i8, ptr %hs, i64 %272
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.6, i64 128, i1 false)
  %273 = or disjoint i64 %261, 896
  %scevgep3121.7 = getelementptr i8, ptr %hs, i64 %273
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.7, i64 128, i1 false)
  %274 = or disjoint i64 %261, 1024
  %scevgep3121.8 = getelementptr i8, ptr %hs, i64 %274
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.8, i64 128, i1 false)
  %275 = or disjoint i64 %261, 1152
  %scevgep3121.9 = getelementptr i8, ptr %hs, i64 %275
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.9, i64 128, i1 false)
  %276 = or disjoint i64 %261, 1280
  %scevgep3121.10 = getelementptr i8, ptr %hs, i64 %276
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.10, i64 128, i1 false)
  %277 = or disjoint i64 %261, 1408
  %scevgep3121.11 = getelementptr i8, ptr %hs, i64 %277
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.11, i64 128, i1 false)
  %278 = or disjoint i64 %261, 1536
  %scevgep3121.12 = getelementptr i8, ptr %hs, i64 %278
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.12, i64 128, i1 false)
  %279 = or disjoint i64 %261, 1664
  %scevgep3121.13 = getelementptr i8, ptr %hs, i64 %279
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.13, i64 128, i1 false)
  %280 = or disjoint i64 %261, 1792
  %scevgep3121.14 = getelementptr i8, ptr %hs, i64 %280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.14, i64 128, i1 false)
  %281 = or disjoint i64 %261, 1920
  %scevgep3121.15 = getelementptr i8, ptr %hs, i64 %281
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.15, i64 128, i1 false)
  %282 = or disjoint i64 %261, 2048
  %scevgep3121.16 = getelementptr i8, ptr %hs, i64 %282
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.16, i64 128, i1 false)
  %283 = or disjoint i64 %261, 2176
  %scevgep3121.17 = getelementptr i8, ptr %hs, i64 %283
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.17, i64 128, i1 false)
  %284 = or disjoint i64 %261, 2304
  %scevgep3121.18 = getelementptr i8, ptr %hs, i64 %284
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.18, i64 128, i1 false)
  %285 = or disjoint i64 %261, 2432
  %scevgep3121.19 = getelementptr i8, ptr %hs, i64 %285
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.19, i64 128, i1 false)
  %286 = or disjoint i64 %261, 2560
  %scevgep3121.20 = getelementptr i8, ptr %hs, i64 %286
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.20, i64 128, i1 false)
  %287 = or disjoint i64 %261, 2688
  %scevgep3121.21 = getelementptr i8, ptr %hs, i64 %287
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.21, i64 128, i1 false)
  %288 = or disjoint i64 %261, 2816
  %scevgep3121.22 = getelementptr i8, ptr %hs, i64 %288
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.22, i64 128, i1 false)
  %289 = or disjoint i64 %261, 2944
  %scevgep3121.23 = getelementptr i8, ptr %hs, i64 %289
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.23, i64 128, i1 false)
  %290 = or disjoint i64 %261, 3072
  %scevgep3121.24 = getelementptr i8, ptr %hs, i64 %290
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.24, i64 128, i1 false)
  %291 = or disjoint i64 %261, 3200
  %scevgep3121.25 = getelementptr i8, ptr %hs, i64 %291
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.25, i64 128, i1 false)
  %292 = or disjoint i64 %261, 3328
  %scevgep3121.26 = getelementptr i8, ptr %hs, i64 %292
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.26, i64 128, i1 false)
  %293 = or disjoint i64 %261, 3456
  %scevgep3121.27 = getelementptr i8, ptr %hs, i64 %293
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.27, i64 128, i1 false)
  %294 = or disjoint i64 %261, 3584
  %scevgep3121.28 = getelementptr i8, ptr %hs, i64 %294
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.28, i64 128, i1 false)
  %295 = or disjoint i64 %261, 3712
  %scevgep3121.29 = getelementptr i8, ptr %hs, i64 %295
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.29, i64 128, i1 false)
  %296 = or disjoint i64 %261, 3840
  %scevgep3121.30 = getelementptr i8, ptr %hs, i64 %296
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.30, i64 128, i1 false)
  %297 = or disjoint i64 %261, 3968
  %scevgep3121.31 = getelementptr i8, ptr %hs, i64 %297
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121.31, i64 128, i1 false)
  %298 = add nsw i64 %ci, %254
  %299 = shl nsw i64 %298, 10
  br label %j2.head.preheader

tp1.body:                                         ; preds = %tp1.body.preheader, %tp1.body
  %tp1.addr.02640 = phi i64 [ %tp1.next, %tp1.body ], [ %266, %tp1.body.preheader ]
  %300 = mul nsw i64 %tp1.addr.02640, %sv1
  %301 = getelementptr inbounds float, ptr %oh, i64 %300
  tail call void @llvm.prefetch.p0(ptr %301, i32 0, i32 2, i32 1)
  %302 = or disjoint i64 %300, 16
  %303 = getelementptr inbounds float, ptr %oh, i64 %302
  tail call void @llvm.prefetch.p0(ptr nonnull %303, i32 0, i32 2, i32 1)
  %tp1.next = add nsw i64 %tp1.addr.02640, 1
  %304 = icmp slt i64 %tp1.next, %t0
  br i1 %304, label %tp1.body, label %i1.head.preheader

j2.head.preheader:                                ; preds = %i1.head.preheader, %j2.exit
  %305 = phi i1 [ true, %i1.head.preheader ], [ false, %j2.exit ]
  %i2.addr.02644 = phi i64 [ 0, %i1.head.preheader ], [ 16, %j2.exit ]
  %306 = shl nuw nsw i64 %i2.addr.02644, 5
  %307 = or disjoint i64 %306, %299
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %308 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02643 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %309 = or disjoint i64 %307, %j2.addr.02643
  %310 = getelementptr inbounds float, ptr %hs, i64 %309
  %311 = load <16 x float>, ptr %310, align 4
  %312 = or disjoint i64 %309, 256
  %313 = getelementptr inbounds float, ptr %hs, i64 %312
  %314 = load <16 x float>, ptr %313, align 4
  %315 = or disjoint i64 %309, 32
  %316 = getelementptr inbounds float, ptr %hs, i64 %315
  %317 = load <16 x float>, ptr %316, align 4
  %318 = or disjoint i64 %309, 288
  %319 = getelementptr inbounds float, ptr %hs, i64 %318
  %320 = load <16 x float>, ptr %319, align 4
  %321 = or disjoint i64 %309, 64
  %322 = getelementptr inbounds float, ptr %hs, i64 %321
  %323 = load <16 x float>, ptr %322, align 4
  %324 = or disjoint i64 %309, 320
  %325 = getelementptr inbounds float, ptr %hs, i64 %324
  %326 = load <16 x float>, ptr %325, align 4
  %327 = or disjoint i64 %309, 96
  %328 = getelementptr inbounds float, ptr %hs, i64 %327
  %329 = load <16 x float>, ptr %328, align 4
  %330 = or disjoint i64 %309, 352
  %331 = getelementptr inbounds float, ptr %hs, i64 %330
  %332 = load <16 x float>, ptr %331, align 4
  %333 = or disjoint i64 %309, 128
  %334 = getelementptr inbounds float, ptr %hs, i64 %333
  %335 = load <16 x float>, ptr %334, align 4
  %336 = or disjoint i64 %309, 384
  %337 = getelementptr inbounds float, ptr %hs, i64 %336
  %338 = load <16 x float>, ptr %337, align 4
  %339 = or disjoint i64 %309, 160
  %340 = getelementptr inbounds float, ptr %hs, i64 %339
  %341 = load <16 x float>, ptr %340, align 4
  %342 = or disjoint i64 %309, 416
  %343 = getelementptr inbounds float, ptr %hs, i64 %342
  %344 = load <16 x float>, ptr %343, align 4
  %345 = or disjoint i64 %309, 192
  %346 = getelementptr inbounds float, ptr %hs, i64 %345
  %347 = load <16 x float>, ptr %346, align 4
  %348 = or disjoint i64 %309, 448
  %349 = getelementptr inbounds float, ptr %hs, i64 %348
  %350 = load <16 x float>, ptr %349, align 4
  %351 = or disjoint i64 %309, 224
  %352 = getelementptr inbounds float, ptr %hs, i64 %351
  %353 = load <16 x float>, ptr %352, align 4
  %354 = or disjoint i64 %309, 480
  %355 = getelementptr inbounds float, ptr %hs, i64 %354
  %356 = load <16 x float>, ptr %355, align 4
  %357 = shufflevector <16 x float> %311, <16 x float> %314, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %358 = shufflevector <16 x float> %335, <16 x float> %338, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %359 = shufflevector <16 x float> %317, <16 x float> %320, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %360 = shufflevector <16 x float> %341, <16 x float> %344, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %361 = shufflevector <16 x float> %323, <16 x float> %326, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %362 = shufflevector <16 x float> %347, <16 x float> %350, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %363 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %364 = shufflevector <16 x float> %353, <16 x float> %356, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %365 = shufflevector <16 x float> %311, <16 x float> %314, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %366 = shufflevector <16 x float> %335, <16 x float> %338, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %367 = shufflevector <16 x float> %317, <16 x float> %320, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %368 = shufflevector <16 x float> %341, <16 x float> %344, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %369 = shufflevector <16 x float> %323, <16 x float> %326, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %370 = shufflevector <16 x float> %347, <16 x float> %350, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %371 = shufflevector <16 x float> %329, <16 x float> %332, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %372 = shufflevector <16 x float> %353, <16 x float> %356, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %373 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %374 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %375 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %376 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %377 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %378 = shufflevector <16 x float> %361, <16 x float> %362, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %379 = shufflevector <16 x float> %359, <16 x float> %360, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %380 = shufflevector <16 x float> %363, <16 x float> %364, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %381 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %382 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %383 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %384 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %385 = shufflevector <16 x float> %365, <16 x float> %366, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %386 = shufflevector <16 x float> %369, <16 x float> %370, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %387 = shufflevector <16 x float> %367, <16 x float> %368, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %388 = shufflevector <16 x float> %371, <16 x float> %372, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %389 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %390 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %391 = shufflevector <16 x float> %373, <16 x float> %374, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %392 = shufflevector <16 x float> %375, <16 x float> %376, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %393 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %394 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %395 = shufflevector <16 x float> %377, <16 x float> %378, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %396 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %397 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %398 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %399 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %400 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %401 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %402 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %403 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %404 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %405 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %406 = shl nuw nsw i64 %j2.addr.02643, 5
  %407 = or disjoint i64 %406, %i2.addr.02644
  %408 = or disjoint i64 %407, 1024
  %409 = getelementptr inbounds float, ptr %Bk, i64 %408
  store <16 x float> %405, ptr %409, align 4
  %410 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %411 = or disjoint i64 %407, 1056
  %412 = getelementptr inbounds float, ptr %Bk, i64 %411
  store <16 x float> %410, ptr %412, align 4
  %413 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %414 = or disjoint i64 %407, 1088
  %415 = getelementptr inbounds float, ptr %Bk, i64 %414
  store <16 x float> %413, ptr %415, align 4
  %416 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %417 = or disjoint i64 %407, 1120
  %418 = getelementptr inbounds float, ptr %Bk, i64 %417
  store <16 x float> %416, ptr %418, align 4
  %419 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %420 = or disjoint i64 %407, 1152
  %421 = getelementptr inbounds float, ptr %Bk, i64 %420
  store <16 x float> %419, ptr %421, align 4
  %422 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %423 = or disjoint i64 %407, 1184
  %424 = getelementptr inbounds float, ptr %Bk, i64 %423
  store <16 x float> %422, ptr %424, align 4
  %425 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %426 = or disjoint i64 %407, 1216
  %427 = getelementptr inbounds float, ptr %Bk, i64 %426
  store <16 x float> %425, ptr %427, align 4
  %428 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %429 = or disjoint i64 %407, 1248
  %430 = getelementptr inbounds float, ptr %Bk, i64 %429
  store <16 x float> %428, ptr %430, align 4
  %431 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %432 = or disjoint i64 %407, 1280
  %433 = getelementptr inbounds float, ptr %Bk, i64 %432
  store <16 x float> %431, ptr %433, align 4
  %434 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %435 = or disjoint i64 %407, 1312
  %436 = getelementptr inbounds float, ptr %Bk, i64 %435
  store <16 x float> %434, ptr %436, align 4
  %437 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %438 = or disjoint i64 %407, 1344
  %439 = getelementptr inbounds float, ptr %Bk, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %440 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %441 = or disjoint i64 %407, 1376
  %442 = getelementptr inbounds float, ptr %Bk, i64 %441
  store <16 x float> %440, ptr %442, align 4
  %443 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %444 = or disjoint i64 %407, 1408
  %445 = getelementptr inbounds float, ptr %Bk, i64 %444
  store <16 x float> %443, ptr %445, align 4
  %446 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %447 = or disjoint i64 %407, 1440
  %448 = getelementptr inbounds float, ptr %Bk, i64 %447
  store <16 x float> %446, ptr %448, align 4
  %449 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %450 = or disjoint i64 %407, 1472
  %451 = getelementptr inbounds float, ptr %Bk, i64 %450
  store <16 x float> %449, ptr %451, align 4
  %452 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %453 = or disjoint i64 %407, 1504
  %454 = getelementptr inbounds float, ptr %Bk, i64 %453
  store <16 x float> %452, ptr %454, align 4
  br i1 %308, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %305, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %455 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02646 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %456 = shl nuw nsw i64 %i3.addr.02646, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %457 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02645 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %458 = or disjoint i64 %j3.addr.02645, %456
  %459 = or disjoint i64 %458, 32
  %460 = getelementptr inbounds float, ptr %work, i64 %459
  %461 = load <16 x float>, ptr %460, align 4
  %462 = or disjoint i64 %458, 544
  %463 = getelementptr inbounds float, ptr %work, i64 %462
  %464 = load <16 x float>, ptr %463, align 4
  %465 = or disjoint i64 %458, 96
  %466 = getelementptr inbounds float, ptr %work, i64 %465
  %467 = load <16 x float>, ptr %466, align 4
  %468 = or disjoint i64 %458, 608
  %469 = getelementptr inbounds float, ptr %work, i64 %468
  %470 = load <16 x float>, ptr %469, align 4
  %471 = or disjoint i64 %458, 160
  %472 = getelementptr inbounds float, ptr %work, i64 %471
  %473 = load <16 x float>, ptr %472, align 4
  %474 = or disjoint i64 %458, 672
  %475 = getelementptr inbounds float, ptr %work, i64 %474
  %476 = load <16 x float>, ptr %475, align 4
  %477 = or disjoint i64 %458, 224
  %478 = getelementptr inbounds float, ptr %work, i64 %477
  %479 = load <16 x float>, ptr %478, align 4
  %480 = or disjoint i64 %458, 736
  %481 = getelementptr inbounds float, ptr %work, i64 %480
  %482 = load <16 x float>, ptr %481, align 4
  %483 = or disjoint i64 %458, 288
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = or disjoint i64 %458, 800
  %487 = getelementptr inbounds float, ptr %work, i64 %486
  %488 = load <16 x float>, ptr %487, align 4
  %489 = or disjoint i64 %458, 352
  %490 = getelementptr inbounds float, ptr %work, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = or disjoint i64 %458, 864
  %493 = getelementptr inbounds float, ptr %work, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = or disjoint i64 %458, 416
  %496 = getelementptr inbounds float, ptr %work, i64 %495
  %497 = load <16 x float>, ptr %496, align 4
  %498 = or disjoint i64 %458, 928
  %499 = getelementptr inbounds float, ptr %work, i64 %498
  %500 = load <16 x float>, ptr %499, align 4
  %501 = or disjoint i64 %458, 480
  %502 = getelementptr inbounds float, ptr %work, i64 %501
  %503 = load <16 x float>, ptr %502, align 4
  %504 = or disjoint i64 %458, 992
  %505 = getelementptr inbounds float, ptr %work, i64 %504
  %506 = load <16 x float>, ptr %505, align 4
  %507 = shufflevector <16 x float> %461, <16 x float> %464, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %508 = shufflevector <16 x float> %485, <16 x float> %488, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %509 = shufflevector <16 x float> %467, <16 x float> %470, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %510 = shufflevector <16 x float> %491, <16 x float> %494, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %511 = shufflevector <16 x float> %473, <16 x float> %476, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %512 = shufflevector <16 x float> %497, <16 x float> %500, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %513 = shufflevector <16 x float> %479, <16 x float> %482, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %514 = shufflevector <16 x float> %503, <16 x float> %506, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %515 = shufflevector <16 x float> %461, <16 x float> %464, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %516 = shufflevector <16 x float> %485, <16 x float> %488, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %517 = shufflevector <16 x float> %467, <16 x float> %470, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %518 = shufflevector <16 x float> %491, <16 x float> %494, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %519 = shufflevector <16 x float> %473, <16 x float> %476, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %520 = shufflevector <16 x float> %497, <16 x float> %500, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %521 = shufflevector <16 x float> %479, <16 x float> %482, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %522 = shufflevector <16 x float> %503, <16 x float> %506, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %523 = shufflevector <16 x float> %507, <16 x float> %508, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %524 = shufflevector <16 x float> %511, <16 x float> %512, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %525 = shufflevector <16 x float> %509, <16 x float> %510, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %526 = shufflevector <16 x float> %513, <16 x float> %514, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %527 = shufflevector <16 x float> %507, <16 x float> %508, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %528 = shufflevector <16 x float> %511, <16 x float> %512, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %529 = shufflevector <16 x float> %509, <16 x float> %510, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %530 = shufflevector <16 x float> %513, <16 x float> %514, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %531 = shufflevector <16 x float> %515, <16 x float> %516, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %532 = shufflevector <16 x float> %519, <16 x float> %520, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %533 = shufflevector <16 x float> %517, <16 x float> %518, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %534 = shufflevector <16 x float> %521, <16 x float> %522, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %535 = shufflevector <16 x float> %515, <16 x float> %516, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %536 = shufflevector <16 x float> %519, <16 x float> %520, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %537 = shufflevector <16 x float> %517, <16 x float> %518, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %538 = shufflevector <16 x float> %521, <16 x float> %522, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %539 = shufflevector <16 x float> %523, <16 x float> %524, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %540 = shufflevector <16 x float> %525, <16 x float> %526, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %541 = shufflevector <16 x float> %523, <16 x float> %524, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %542 = shufflevector <16 x float> %525, <16 x float> %526, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %543 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %544 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %545 = shufflevector <16 x float> %527, <16 x float> %528, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %546 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %547 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %548 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %549 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %550 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %551 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %552 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %553 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %554 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %555 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %556 = shl nuw nsw i64 %j3.addr.02645, 5
  %557 = or disjoint i64 %556, %i3.addr.02646
  %558 = getelementptr inbounds float, ptr %Bk, i64 %557
  store <16 x float> %555, ptr %558, align 4
  %559 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %560 = or disjoint i64 %557, 32
  %561 = getelementptr inbounds float, ptr %Bk, i64 %560
  store <16 x float> %559, ptr %561, align 4
  %562 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %563 = or disjoint i64 %557, 64
  %564 = getelementptr inbounds float, ptr %Bk, i64 %563
  store <16 x float> %562, ptr %564, align 4
  %565 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %566 = or disjoint i64 %557, 96
  %567 = getelementptr inbounds float, ptr %Bk, i64 %566
  store <16 x float> %565, ptr %567, align 4
  %568 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %569 = or disjoint i64 %557, 128
  %570 = getelementptr inbounds float, ptr %Bk, i64 %569
  store <16 x float> %568, ptr %570, align 4
  %571 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %572 = or disjoint i64 %557, 160
  %573 = getelementptr inbounds float, ptr %Bk, i64 %572
  store <16 x float> %571, ptr %573, align 4
  %574 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %575 = or disjoint i64 %557, 192
  %576 = getelementptr inbounds float, ptr %Bk, i64 %575
  store <16 x float> %574, ptr %576, align 4
  %577 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %578 = or disjoint i64 %557, 224
  %579 = getelementptr inbounds float, ptr %Bk, i64 %578
  store <16 x float> %577, ptr %579, align 4
  %580 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %581 = or disjoint i64 %557, 256
  %582 = getelementptr inbounds float, ptr %Bk, i64 %581
  store <16 x float> %580, ptr %582, align 4
  %583 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %584 = or disjoint i64 %557, 288
  %585 = getelementptr inbounds float, ptr %Bk, i64 %584
  store <16 x float> %583, ptr %585, align 4
  %586 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %587 = or disjoint i64 %557, 320
  %588 = getelementptr inbounds float, ptr %Bk, i64 %587
  store <16 x float> %586, ptr %588, align 4
  %589 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %590 = or disjoint i64 %557, 352
  %591 = getelementptr inbounds float, ptr %Bk, i64 %590
  store <16 x float> %589, ptr %591, align 4
  %592 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %593 = or disjoint i64 %557, 384
  %594 = getelementptr inbounds float, ptr %Bk, i64 %593
  store <16 x float> %592, ptr %594, align 4
  %595 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %596 = or disjoint i64 %557, 416
  %597 = getelementptr inbounds float, ptr %Bk, i64 %596
  store <16 x float> %595, ptr %597, align 4
  %598 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %599 = or disjoint i64 %557, 448
  %600 = getelementptr inbounds float, ptr %Bk, i64 %599
  store <16 x float> %598, ptr %600, align 4
  %601 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %602 = or disjoint i64 %557, 480
  %603 = getelementptr inbounds float, ptr %Bk, i64 %602
  store <16 x float> %601, ptr %603, align 4
  br i1 %457, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %455, label %j3.head.preheader, label %t1.head.preheader

t1.head.preheader:                                ; preds = %j3.exit, %t1.head.preheader
  %s6.addr.02648 = phi i64 [ %s6.next, %t1.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s6.addr.02648, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2921 = shl nsw i64 %s6.addr.02648, 8
  %invariant.gep3330 = getelementptr inbounds i8, ptr %M, i64 %.idx2921
  %604 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %605 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %606 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %607 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %608 = select <8 x i1> %604, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %609 = select <8 x i1> %605, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %610 = select <8 x i1> %606, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %611 = select <8 x i1> %607, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %612 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 32
  %613 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 64
  %614 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 96
  store <8 x float> %608, ptr %invariant.gep3330, align 4
  store <8 x float> %609, ptr %612, align 4
  store <8 x float> %610, ptr %613, align 4
  store <8 x float> %611, ptr %614, align 4
  %615 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %616 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %617 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %618 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %619 = select <8 x i1> %615, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %620 = select <8 x i1> %616, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %621 = select <8 x i1> %617, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %622 = select <8 x i1> %618, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %623 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 128
  %624 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 160
  %625 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 192
  %626 = getelementptr inbounds i8, ptr %invariant.gep3330, i64 224
  store <8 x float> %619, ptr %623, align 4
  store <8 x float> %620, ptr %624, align 4
  store <8 x float> %621, ptr %625, align 4
  store <8 x float> %622, ptr %626, align 4
  %s6.next = add nuw nsw i64 %s6.addr.02648, 1
  %exitcond3124.not = icmp eq i64 %s6.next, 64
  br i1 %exitcond3124.not, label %t2.body.preheader, label %t1.head.preheader

t2.body.preheader:                                ; preds = %t1.head.preheader
  %627 = getelementptr i8, ptr %258, i64 %259
  br label %t2.body

t2.body:                                          ; preds = %t2.body.preheader, %endif
  %t2.addr.02659 = phi i64 [ %t2.next, %endif ], [ 0, %t2.body.preheader ]
  %628 = shl nsw i64 %t2.addr.02659, 7
  %gep3333 = getelementptr i8, ptr %invariant.gep3332, i64 %628
  %629 = icmp sgt i64 %263, %t2.addr.02659
  br i1 %629, label %p.head.preheader, label %j6.head.preheader

j6.head.preheader:                                ; preds = %t2.body
  %gep3335 = getelementptr i8, ptr %invariant.gep3334, i64 %628
  %gep3337 = getelementptr i8, ptr %invariant.gep3336, i64 %628
  %gep3339 = getelementptr i8, ptr %invariant.gep3338, i64 %628
  %gep3341 = getelementptr i8, ptr %invariant.gep3340, i64 %628
  %gep3343 = getelementptr i8, ptr %invariant.gep3342, i64 %628
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3335, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3337, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3333, i8 0, i64 128, i1 false)
  %630 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02659
  store float 0.000000e+00, ptr %630, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3339, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3341, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3343, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t2.body
  %631 = mul i64 %15, %t2.addr.02659
  %scevgep3132 = getelementptr i8, ptr %627, i64 %631
  %632 = add nuw nsw i64 %t2.addr.02659, %t0
  %633 = shl nuw nsw i64 %t2.addr.02659, 5
  %.idx2928 = shl i64 %632, 7
  %634 = getelementptr i8, ptr %invariant.gep2912, i64 %.idx2928
  %635 = load <16 x float>, ptr %634, align 4
  %636 = fmul <16 x float> %635, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %637 = or disjoint i64 %633, 2048
  %638 = getelementptr inbounds float, ptr %Bk, i64 %637
  store <16 x float> %636, ptr %638, align 4
  %639 = getelementptr inbounds float, ptr %QK, i64 %633
  store <16 x float> %636, ptr %639, align 4
  %640 = getelementptr i8, ptr %19, i64 %.idx2928
  %641 = load <16 x float>, ptr %640, align 4
  %642 = fmul <16 x float> %641, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %643 = or disjoint i64 %633, 16
  %644 = or i64 %633, 2064
  %645 = getelementptr inbounds float, ptr %Bk, i64 %644
  store <16 x float> %642, ptr %645, align 4
  %646 = getelementptr inbounds float, ptr %QK, i64 %643
  store <16 x float> %642, ptr %646, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3333, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3132, i64 128, i1 false)
  %tau = or disjoint i64 %t2.addr.02659, %t0
  %647 = mul nsw i64 %tau, %H
  %648 = getelementptr inbounds float, ptr %betah, i64 %647
  %649 = load float, ptr %648, align 4
  %650 = getelementptr inbounds float, ptr %bet, i64 %t2.addr.02659
  store float %649, ptr %650, align 4
  %.idx2930 = shl i64 %tau, 7
  %651 = getelementptr i8, ptr %gep2905, i64 %.idx2930
  %652 = load <16 x float>, ptr %651, align 4
  %653 = or disjoint i64 %633, 4096
  %654 = getelementptr inbounds float, ptr %Bk, i64 %653
  store <16 x float> %652, ptr %654, align 4
  %655 = fneg <16 x float> %652
  %656 = getelementptr inbounds float, ptr %QK, i64 %637
  store <16 x float> %655, ptr %656, align 4
  %657 = getelementptr i8, ptr %20, i64 %.idx2930
  %658 = load <16 x float>, ptr %657, align 4
  %659 = or i64 %633, 4112
  %660 = getelementptr inbounds float, ptr %Bk, i64 %659
  store <16 x float> %658, ptr %660, align 4
  %661 = fneg <16 x float> %658
  %662 = getelementptr inbounds float, ptr %QK, i64 %644
  store <16 x float> %661, ptr %662, align 4
  %663 = getelementptr i8, ptr %gep2907, i64 %.idx2930
  %664 = load <16 x float>, ptr %663, align 4
  %665 = getelementptr inbounds i8, ptr %Rr, i64 %628
  store <16 x float> %664, ptr %665, align 4
  %666 = getelementptr i8, ptr %21, i64 %.idx2930
  %667 = load <16 x float>, ptr %666, align 4
  %668 = getelementptr inbounds i8, ptr %22, i64 %628
  store <16 x float> %667, ptr %668, align 4
  br label %endif

endif:                                            ; preds = %j6.head.preheader, %p.head.preheader
  %t2.next = add nuw nsw i64 %t2.addr.02659, 1
  %exitcond3136.not = icmp eq i64 %t2.next, 64
  br i1 %exitcond3136.not, label %j12.head.preheader, label %t2.body

j12.head.preheader:                               ; preds = %endif, %j12.exit
  %i12.addr.02661 = phi i64 [ %i12.next, %j12.exit ], [ 0, %endif ]
  %669 = shl nuw nsw i64 %i12.addr.02661, 5
  br label %j12.body

j12.body:                                         ; preds = %j12.head.preheader, %j12.body
  %670 = phi i1 [ true, %j12.head.preheader ], [ false, %j12.body ]
  %j12.addr.02660 = phi i64 [ 0, %j12.head.preheader ], [ 16, %j12.body ]
  %671 = or disjoint i64 %j12.addr.02660, %669
  %672 = or disjoint i64 %671, 4096
  %673 = getelementptr inbounds float, ptr %Bk, i64 %672
  %674 = load <16 x float>, ptr %673, align 4
  %675 = or disjoint i64 %671, 4352
  %676 = getelementptr inbounds float, ptr %Bk, i64 %675
  %677 = load <16 x float>, ptr %676, align 4
  %678 = or disjoint i64 %671, 4128
  %679 = getelementptr inbounds float, ptr %Bk, i64 %678
  %680 = load <16 x float>, ptr %679, align 4
  %681 = or disjoint i64 %671, 4384
  %682 = getelementptr inbounds float, ptr %Bk, i64 %681
  %683 = load <16 x float>, ptr %682, align 4
  %684 = or disjoint i64 %671, 4160
  %685 = getelementptr inbounds float, ptr %Bk, i64 %684
  %686 = load <16 x float>, ptr %685, align 4
  %687 = or disjoint i64 %671, 4416
  %688 = getelementptr inbounds float, ptr %Bk, i64 %687
  %689 = load <16 x float>, ptr %688, align 4
  %690 = or disjoint i64 %671, 4192
  %691 = getelementptr inbounds float, ptr %Bk, i64 %690
  %692 = load <16 x float>, ptr %691, align 4
  %693 = or disjoint i64 %671, 4448
  %694 = getelementptr inbounds float, ptr %Bk, i64 %693
  %695 = load <16 x float>, ptr %694, align 4
  %696 = or disjoint i64 %671, 4224
  %697 = getelementptr inbounds float, ptr %Bk, i64 %696
  %698 = load <16 x float>, ptr %697, align 4
  %699 = or disjoint i64 %671, 4480
  %700 = getelementptr inbounds float, ptr %Bk, i64 %699
  %701 = load <16 x float>, ptr %700, align 4
  %702 = or disjoint i64 %671, 4256
  %703 = getelementptr inbounds float, ptr %Bk, i64 %702
  %704 = load <16 x float>, ptr %703, align 4
  %705 = or disjoint i64 %671, 4512
  %706 = getelementptr inbounds float, ptr %Bk, i64 %705
  %707 = load <16 x float>, ptr %706, align 4
  %708 = or disjoint i64 %671, 4288
  %709 = getelementptr inbounds float, ptr %Bk, i64 %708
  %710 = load <16 x float>, ptr %709, align 4
  %711 = or disjoint i64 %671, 4544
  %712 = getelementptr inbounds float, ptr %Bk, i64 %711
  %713 = load <16 x float>, ptr %712, align 4
  %714 = or disjoint i64 %671, 4320
  %715 = getelementptr inbounds float, ptr %Bk, i64 %714
  %716 = load <16 x float>, ptr %715, align 4
  %717 = or disjoint i64 %671, 4576
  %718 = getelementptr inbounds float, ptr %Bk, i64 %717
  %719 = load <16 x float>, ptr %718, align 4
  %720 = shufflevector <16 x float> %674, <16 x float> %677, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %721 = shufflevector <16 x float> %698, <16 x float> %701, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %722 = shufflevector <16 x float> %680, <16 x float> %683, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %723 = shufflevector <16 x float> %704, <16 x float> %707, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %724 = shufflevector <16 x float> %686, <16 x float> %689, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %725 = shufflevector <16 x float> %710, <16 x float> %713, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %726 = shufflevector <16 x float> %692, <16 x float> %695, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %727 = shufflevector <16 x float> %716, <16 x float> %719, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %728 = shufflevector <16 x float> %674, <16 x float> %677, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %729 = shufflevector <16 x float> %698, <16 x float> %701, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %730 = shufflevector <16 x float> %680, <16 x float> %683, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %731 = shufflevector <16 x float> %704, <16 x float> %707, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %732 = shufflevector <16 x float> %686, <16 x float> %689, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %733 = shufflevector <16 x float> %710, <16 x float> %713, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %734 = shufflevector <16 x float> %692, <16 x float> %695, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %735 = shufflevector <16 x float> %716, <16 x float> %719, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %736 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %737 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %738 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %739 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %740 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %741 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %742 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %743 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %744 = shufflevector <16 x float> %728, <16 x float> %729, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %745 = shufflevector <16 x float> %732, <16 x float> %733, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %746 = shufflevector <16 x float> %730, <16 x float> %731, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %747 = shufflevector <16 x float> %734, <16 x float> %735, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %748 = shufflevector <16 x float> %728, <16 x float> %729, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %749 = shufflevector <16 x float> %732, <16 x float> %733, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %750 = shufflevector <16 x float> %730, <16 x float> %731, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %751 = shufflevector <16 x float> %734, <16 x float> %735, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %752 = shufflevector <16 x float> %736, <16 x float> %737, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %753 = shufflevector <16 x float> %738, <16 x float> %739, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %754 = shufflevector <16 x float> %736, <16 x float> %737, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %755 = shufflevector <16 x float> %738, <16 x float> %739, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %756 = shufflevector <16 x float> %740, <16 x float> %741, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %757 = shufflevector <16 x float> %742, <16 x float> %743, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %758 = shufflevector <16 x float> %740, <16 x float> %741, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %759 = shufflevector <16 x float> %742, <16 x float> %743, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %760 = shufflevector <16 x float> %744, <16 x float> %745, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %761 = shufflevector <16 x float> %746, <16 x float> %747, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %762 = shufflevector <16 x float> %744, <16 x float> %745, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %763 = shufflevector <16 x float> %746, <16 x float> %747, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %764 = shufflevector <16 x float> %748, <16 x float> %749, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %765 = shufflevector <16 x float> %750, <16 x float> %751, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %766 = shufflevector <16 x float> %748, <16 x float> %749, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %767 = shufflevector <16 x float> %750, <16 x float> %751, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %768 = shufflevector <16 x float> %752, <16 x float> %753, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %769 = shl nuw nsw i64 %j12.addr.02660, 6
  %770 = add nuw nsw i64 %769, %i12.addr.02661
  %771 = getelementptr inbounds float, ptr %KT, i64 %770
  store <16 x float> %768, ptr %771, align 4
  %772 = shufflevector <16 x float> %752, <16 x float> %753, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %773 = or disjoint i64 %770, 64
  %774 = getelementptr inbounds float, ptr %KT, i64 %773
  store <16 x float> %772, ptr %774, align 4
  %775 = shufflevector <16 x float> %754, <16 x float> %755, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %776 = or disjoint i64 %770, 128
  %777 = getelementptr inbounds float, ptr %KT, i64 %776
  store <16 x float> %775, ptr %777, align 4
  %778 = shufflevector <16 x float> %754, <16 x float> %755, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %779 = or disjoint i64 %770, 192
  %780 = getelementptr inbounds float, ptr %KT, i64 %779
  store <16 x float> %778, ptr %780, align 4
  %781 = shufflevector <16 x float> %756, <16 x float> %757, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %782 = or disjoint i64 %770, 256
  %783 = getelementptr inbounds float, ptr %KT, i64 %782
  store <16 x float> %781, ptr %783, align 4
  %784 = shufflevector <16 x float> %756, <16 x float> %757, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %785 = or disjoint i64 %770, 320
  %786 = getelementptr inbounds float, ptr %KT, i64 %785
  store <16 x float> %784, ptr %786, align 4
  %787 = shufflevector <16 x float> %758, <16 x float> %759, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %788 = or disjoint i64 %770, 384
  %789 = getelementptr inbounds float, ptr %KT, i64 %788
  store <16 x float> %787, ptr %789, align 4
  %790 = shufflevector <16 x float> %758, <16 x float> %759, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %791 = or disjoint i64 %770, 448
  %792 = getelementptr inbounds float, ptr %KT, i64 %791
  store <16 x float> %790, ptr %792, align 4
  %793 = shufflevector <16 x float> %760, <16 x float> %761, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %794 = or disjoint i64 %770, 512
  %795 = getelementptr inbounds float, ptr %KT, i64 %794
  store <16 x float> %793, ptr %795, align 4
  %796 = shufflevector <16 x float> %760, <16 x float> %761, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %797 = or disjoint i64 %770, 576
  %798 = getelementptr inbounds float, ptr %KT, i64 %797
  store <16 x float> %796, ptr %798, align 4
  %799 = shufflevector <16 x float> %762, <16 x float> %763, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %800 = or disjoint i64 %770, 640
  %801 = getelementptr inbounds float, ptr %KT, i64 %800
  store <16 x float> %799, ptr %801, align 4
  %802 = shufflevector <16 x float> %762, <16 x float> %763, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %803 = or disjoint i64 %770, 704
  %804 = getelementptr inbounds float, ptr %KT, i64 %803
  store <16 x float> %802, ptr %804, align 4
  %805 = shufflevector <16 x float> %764, <16 x float> %765, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %806 = or disjoint i64 %770, 768
  %807 = getelementptr inbounds float, ptr %KT, i64 %806
  store <16 x float> %805, ptr %807, align 4
  %808 = shufflevector <16 x float> %764, <16 x float> %765, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %809 = or disjoint i64 %770, 832
  %810 = getelementptr inbounds float, ptr %KT, i64 %809
  store <16 x float> %808, ptr %810, align 4
  %811 = shufflevector <16 x float> %766, <16 x float> %767, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %812 = or disjoint i64 %770, 896
  %813 = getelementptr inbounds float, ptr %KT, i64 %812
  store <16 x float> %811, ptr %813, align 4
  %814 = shufflevector <16 x float> %766, <16 x float> %767, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %815 = or disjoint i64 %770, 960
  %816 = getelementptr inbounds float, ptr %KT, i64 %815
  store <16 x float> %814, ptr %816, align 4
  br i1 %670, label %j12.body, label %j12.exit

j12.exit:                                         ; preds = %j12.body
  %i12.next = add nuw nsw i64 %i12.addr.02661, 16
  %817 = icmp ult i64 %i12.addr.02661, 48
  br i1 %817, label %j12.head.preheader, label %j13.head.preheader

j13.head.preheader:                               ; preds = %j12.exit, %j13.exit
  %i13.addr.02663 = phi i64 [ %i13.next, %j13.exit ], [ 0, %j12.exit ]
  %818 = shl nuw nsw i64 %i13.addr.02663, 5
  br label %j13.body

j13.body:                                         ; preds = %j13.head.preheader, %j13.body
  %819 = phi i1 [ true, %j13.head.preheader ], [ false, %j13.body ]
  %j13.addr.02662 = phi i64 [ 0, %j13.head.preheader ], [ 16, %j13.body ]
  %820 = or disjoint i64 %j13.addr.02662, %818
  %821 = or disjoint i64 %820, 2048
  %822 = getelementptr inbounds float, ptr %Bk, i64 %821
  %823 = load <16 x float>, ptr %822, align 4
  %824 = or disjoint i64 %820, 2304
  %825 = getelementptr inbounds float, ptr %Bk, i64 %824
  %826 = load <16 x float>, ptr %825, align 4
  %827 = or disjoint i64 %820, 2080
  %828 = getelementptr inbounds float, ptr %Bk, i64 %827
  %829 = load <16 x float>, ptr %828, align 4
  %830 = or disjoint i64 %820, 2336
  %831 = getelementptr inbounds float, ptr %Bk, i64 %830
  %832 = load <16 x float>, ptr %831, align 4
  %833 = or disjoint i64 %820, 2112
  %834 = getelementptr inbounds float, ptr %Bk, i64 %833
  %835 = load <16 x float>, ptr %834, align 4
  %836 = or disjoint i64 %820, 2368
  %837 = getelementptr inbounds float, ptr %Bk, i64 %836
  %838 = load <16 x float>, ptr %837, align 4
  %839 = or disjoint i64 %820, 2144
  %840 = getelementptr inbounds float, ptr %Bk, i64 %839
  %841 = load <16 x float>, ptr %840, align 4
  %842 = or disjoint i64 %820, 2400
  %843 = getelementptr inbounds float, ptr %Bk, i64 %842
  %844 = load <16 x float>, ptr %843, align 4
  %845 = or disjoint i64 %820, 2176
  %846 = getelementptr inbounds float, ptr %Bk, i64 %845
  %847 = load <16 x float>, ptr %846, align 4
  %848 = or disjoint i64 %820, 2432
  %849 = getelementptr inbounds float, ptr %Bk, i64 %848
  %850 = load <16 x float>, ptr %849, align 4
  %851 = or disjoint i64 %820, 2208
  %852 = getelementptr inbounds float, ptr %Bk, i64 %851
  %853 = load <16 x float>, ptr %852, align 4
  %854 = or disjoint i64 %820, 2464
  %855 = getelementptr inbounds float, ptr %Bk, i64 %854
  %856 = load <16 x float>, ptr %855, align 4
  %857 = or disjoint i64 %820, 2240
  %858 = getelementptr inbounds float, ptr %Bk, i64 %857
  %859 = load <16 x float>, ptr %858, align 4
  %860 = or disjoint i64 %820, 2496
  %861 = getelementptr inbounds float, ptr %Bk, i64 %860
  %862 = load <16 x float>, ptr %861, align 4
  %863 = or disjoint i64 %820, 2272
  %864 = getelementptr inbounds float, ptr %Bk, i64 %863
  %865 = load <16 x float>, ptr %864, align 4
  %866 = or disjoint i64 %820, 2528
  %867 = getelementptr inbounds float, ptr %Bk, i64 %866
  %868 = load <16 x float>, ptr %867, align 4
  %869 = shufflevector <16 x float> %823, <16 x float> %826, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %870 = shufflevector <16 x float> %847, <16 x float> %850, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %871 = shufflevector <16 x float> %829, <16 x float> %832, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %872 = shufflevector <16 x float> %853, <16 x float> %856, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %873 = shufflevector <16 x float> %835, <16 x float> %838, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %874 = shufflevector <16 x float> %859, <16 x float> %862, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %875 = shufflevector <16 x float> %841, <16 x float> %844, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %876 = shufflevector <16 x float> %865, <16 x float> %868, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %877 = shufflevector <16 x float> %823, <16 x float> %826, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %878 = shufflevector <16 x float> %847, <16 x float> %850, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %879 = shufflevector <16 x float> %829, <16 x float> %832, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %880 = shufflevector <16 x float> %853, <16 x float> %856, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %881 = shufflevector <16 x float> %835, <16 x float> %838, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %882 = shufflevector <16 x float> %859, <16 x float> %862, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %883 = shufflevector <16 x float> %841, <16 x float> %844, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %884 = shufflevector <16 x float> %865, <16 x float> %868, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %885 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %886 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %887 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %888 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %889 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %890 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %891 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %892 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %893 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %894 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %895 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %896 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %897 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %898 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %899 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %900 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %901 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %902 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %903 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %904 = shufflevector <16 x float> %887, <16 x float> %888, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %905 = shufflevector <16 x float> %889, <16 x float> %890, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %906 = shufflevector <16 x float> %891, <16 x float> %892, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %907 = shufflevector <16 x float> %889, <16 x float> %890, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %908 = shufflevector <16 x float> %891, <16 x float> %892, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %909 = shufflevector <16 x float> %893, <16 x float> %894, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %910 = shufflevector <16 x float> %895, <16 x float> %896, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %911 = shufflevector <16 x float> %893, <16 x float> %894, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %912 = shufflevector <16 x float> %895, <16 x float> %896, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %913 = shufflevector <16 x float> %897, <16 x float> %898, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %914 = shufflevector <16 x float> %899, <16 x float> %900, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %915 = shufflevector <16 x float> %897, <16 x float> %898, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %916 = shufflevector <16 x float> %899, <16 x float> %900, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %917 = shufflevector <16 x float> %901, <16 x float> %902, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %918 = shl nuw nsw i64 %j13.addr.02662, 6
  %919 = add nuw nsw i64 %918, %i13.addr.02663
  %920 = getelementptr inbounds float, ptr %QcT, i64 %919
  store <16 x float> %917, ptr %920, align 4
  %921 = shufflevector <16 x float> %901, <16 x float> %902, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %922 = or disjoint i64 %919, 64
  %923 = getelementptr inbounds float, ptr %QcT, i64 %922
  store <16 x float> %921, ptr %923, align 4
  %924 = shufflevector <16 x float> %903, <16 x float> %904, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %925 = or disjoint i64 %919, 128
  %926 = getelementptr inbounds float, ptr %QcT, i64 %925
  store <16 x float> %924, ptr %926, align 4
  %927 = shufflevector <16 x float> %903, <16 x float> %904, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %928 = or disjoint i64 %919, 192
  %929 = getelementptr inbounds float, ptr %QcT, i64 %928
  store <16 x float> %927, ptr %929, align 4
  %930 = shufflevector <16 x float> %905, <16 x float> %906, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %931 = or disjoint i64 %919, 256
  %932 = getelementptr inbounds float, ptr %QcT, i64 %931
  store <16 x float> %930, ptr %932, align 4
  %933 = shufflevector <16 x float> %905, <16 x float> %906, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %934 = or disjoint i64 %919, 320
  %935 = getelementptr inbounds float, ptr %QcT, i64 %934
  store <16 x float> %933, ptr %935, align 4
  %936 = shufflevector <16 x float> %907, <16 x float> %908, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %937 = or disjoint i64 %919, 384
  %938 = getelementptr inbounds float, ptr %QcT, i64 %937
  store <16 x float> %936, ptr %938, align 4
  %939 = shufflevector <16 x float> %907, <16 x float> %908, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %940 = or disjoint i64 %919, 448
  %941 = getelementptr inbounds float, ptr %QcT, i64 %940
  store <16 x float> %939, ptr %941, align 4
  %942 = shufflevector <16 x float> %909, <16 x float> %910, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %943 = or disjoint i64 %919, 512
  %944 = getelementptr inbounds float, ptr %QcT, i64 %943
  store <16 x float> %942, ptr %944, align 4
  %945 = shufflevector <16 x float> %909, <16 x float> %910, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %946 = or disjoint i64 %919, 576
  %947 = getelementptr inbounds float, ptr %QcT, i64 %946
  store <16 x float> %945, ptr %947, align 4
  %948 = shufflevector <16 x float> %911, <16 x float> %912, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %949 = or disjoint i64 %919, 640
  %950 = getelementptr inbounds float, ptr %QcT, i64 %949
  store <16 x float> %948, ptr %950, align 4
  %951 = shufflevector <16 x float> %911, <16 x float> %912, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %952 = or disjoint i64 %919, 704
  %953 = getelementptr inbounds float, ptr %QcT, i64 %952
  store <16 x float> %951, ptr %953, align 4
  %954 = shufflevector <16 x float> %913, <16 x float> %914, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %955 = or disjoint i64 %919, 768
  %956 = getelementptr inbounds float, ptr %QcT, i64 %955
  store <16 x float> %954, ptr %956, align 4
  %957 = shufflevector <16 x float> %913, <16 x float> %914, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %958 = or disjoint i64 %919, 832
  %959 = getelementptr inbounds float, ptr %QcT, i64 %958
  store <16 x float> %957, ptr %959, align 4
  %960 = shufflevector <16 x float> %915, <16 x float> %916, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %961 = or disjoint i64 %919, 896
  %962 = getelementptr inbounds float, ptr %QcT, i64 %961
  store <16 x float> %960, ptr %962, align 4
  %963 = shufflevector <16 x float> %915, <16 x float> %916, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %964 = or disjoint i64 %919, 960
  %965 = getelementptr inbounds float, ptr %QcT, i64 %964
  store <16 x float> %963, ptr %965, align 4
  br i1 %819, label %j13.body, label %j13.exit

j13.exit:                                         ; preds = %j13.body
  %i13.next = add nuw nsw i64 %i13.addr.02663, 16
  %966 = icmp ult i64 %i13.addr.02663, 48
  br i1 %966, label %j13.head.preheader, label %j14.head.preheader

j14.head.preheader:                               ; preds = %j13.exit, %j14.exit
  %i14.addr.02665 = phi i64 [ %i14.next, %j14.exit ], [ 0, %j13.exit ]
  %967 = shl nuw nsw i64 %i14.addr.02665, 5
  br label %j14.body

j14.body:                                         ; preds = %j14.head.preheader, %j14.body
  %968 = phi i1 [ true, %j14.head.preheader ], [ false, %j14.body ]
  %j14.addr.02664 = phi i64 [ 0, %j14.head.preheader ], [ 16, %j14.body ]
  %969 = or disjoint i64 %j14.addr.02664, %967
  %970 = getelementptr inbounds float, ptr %OY, i64 %969
  %971 = load <16 x float>, ptr %970, align 4
  %972 = or disjoint i64 %969, 256
  %973 = getelementptr inbounds float, ptr %OY, i64 %972
  %974 = load <16 x float>, ptr %973, align 4
  %975 = or disjoint i64 %969, 32
  %976 = getelementptr inbounds float, ptr %OY, i64 %975
  %977 = load <16 x float>, ptr %976, align 4
  %978 = or disjoint i64 %969, 288
  %979 = getelementptr inbounds float, ptr %OY, i64 %978
  %980 = load <16 x float>, ptr %979, align 4
  %981 = or disjoint i64 %969, 64
  %982 = getelementptr inbounds float, ptr %OY, i64 %981
  %983 = load <16 x float>, ptr %982, align 4
  %984 = or disjoint i64 %969, 320
  %985 = getelementptr inbounds float, ptr %OY, i64 %984
  %986 = load <16 x float>, ptr %985, align 4
  %987 = or disjoint i64 %969, 96
  %988 = getelementptr inbounds float, ptr %OY, i64 %987
  %989 = load <16 x float>, ptr %988, align 4
  %990 = or disjoint i64 %969, 352
  %991 = getelementptr inbounds float, ptr %OY, i64 %990
  %992 = load <16 x float>, ptr %991, align 4
  %993 = or disjoint i64 %969, 128
  %994 = getelementptr inbounds float, ptr %OY, i64 %993
  %995 = load <16 x float>, ptr %994, align 4
  %996 = or disjoint i64 %969, 384
  %997 = getelementptr inbounds float, ptr %OY, i64 %996
  %998 = load <16 x float>, ptr %997, align 4
  %999 = or disjoint i64 %969, 160
  %1000 = getelementptr inbounds float, ptr %OY, i64 %999
  %1001 = load <16 x float>, ptr %1000, align 4
  %1002 = or disjoint i64 %969, 416
  %1003 = getelementptr inbounds float, ptr %OY, i64 %1002
  %1004 = load <16 x float>, ptr %1003, align 4
  %1005 = or disjoint i64 %969, 192
  %1006 = getelementptr inbounds float, ptr %OY, i64 %1005
  %1007 = load <16 x float>, ptr %1006, align 4
  %1008 = or disjoint i64 %969, 448
  %1009 = getelementptr inbounds float, ptr %OY, i64 %1008
  %1010 = load <16 x float>, ptr %1009, align 4
  %1011 = or disjoint i64 %969, 224
  %1012 = getelementptr inbounds float, ptr %OY, i64 %1011
  %1013 = load <16 x float>, ptr %1012, align 4
  %1014 = or disjoint i64 %969, 480
  %1015 = getelementptr inbounds float, ptr %OY, i64 %1014
  %1016 = load <16 x float>, ptr %1015, align 4
  %1017 = shufflevector <16 x float> %971, <16 x float> %974, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1018 = shufflevector <16 x float> %995, <16 x float> %998, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1019 = shufflevector <16 x float> %977, <16 x float> %980, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1020 = shufflevector <16 x float> %1001, <16 x float> %1004, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1021 = shufflevector <16 x float> %983, <16 x float> %986, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1022 = shufflevector <16 x float> %1007, <16 x float> %1010, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1023 = shufflevector <16 x float> %989, <16 x float> %992, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1024 = shufflevector <16 x float> %1013, <16 x float> %1016, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1025 = shufflevector <16 x float> %971, <16 x float> %974, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1026 = shufflevector <16 x float> %995, <16 x float> %998, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1027 = shufflevector <16 x float> %977, <16 x float> %980, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1028 = shufflevector <16 x float> %1001, <16 x float> %1004, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1029 = shufflevector <16 x float> %983, <16 x float> %986, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1030 = shufflevector <16 x float> %1007, <16 x float> %1010, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1031 = shufflevector <16 x float> %989, <16 x float> %992, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1032 = shufflevector <16 x float> %1013, <16 x float> %1016, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1033 = shufflevector <16 x float> %1017, <16 x float> %1018, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1034 = shufflevector <16 x float> %1021, <16 x float> %1022, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1035 = shufflevector <16 x float> %1019, <16 x float> %1020, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1036 = shufflevector <16 x float> %1023, <16 x float> %1024, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1037 = shufflevector <16 x float> %1017, <16 x float> %1018, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1038 = shufflevector <16 x float> %1021, <16 x float> %1022, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1039 = shufflevector <16 x float> %1019, <16 x float> %1020, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1040 = shufflevector <16 x float> %1023, <16 x float> %1024, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1041 = shufflevector <16 x float> %1025, <16 x float> %1026, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1042 = shufflevector <16 x float> %1029, <16 x float> %1030, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1043 = shufflevector <16 x float> %1027, <16 x float> %1028, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1044 = shufflevector <16 x float> %1031, <16 x float> %1032, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1045 = shufflevector <16 x float> %1025, <16 x float> %1026, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1046 = shufflevector <16 x float> %1029, <16 x float> %1030, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1047 = shufflevector <16 x float> %1027, <16 x float> %1028, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1048 = shufflevector <16 x float> %1031, <16 x float> %1032, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1049 = shufflevector <16 x float> %1033, <16 x float> %1034, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1050 = shufflevector <16 x float> %1035, <16 x float> %1036, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1051 = shufflevector <16 x float> %1033, <16 x float> %1034, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1052 = shufflevector <16 x float> %1035, <16 x float> %1036, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1053 = shufflevector <16 x float> %1037, <16 x float> %1038, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1054 = shufflevector <16 x float> %1039, <16 x float> %1040, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1055 = shufflevector <16 x float> %1037, <16 x float> %1038, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1056 = shufflevector <16 x float> %1039, <16 x float> %1040, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1057 = shufflevector <16 x float> %1041, <16 x float> %1042, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1058 = shufflevector <16 x float> %1043, <16 x float> %1044, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1059 = shufflevector <16 x float> %1041, <16 x float> %1042, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1060 = shufflevector <16 x float> %1043, <16 x float> %1044, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1061 = shufflevector <16 x float> %1045, <16 x float> %1046, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1062 = shufflevector <16 x float> %1047, <16 x float> %1048, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1063 = shufflevector <16 x float> %1045, <16 x float> %1046, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1064 = shufflevector <16 x float> %1047, <16 x float> %1048, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1065 = shufflevector <16 x float> %1049, <16 x float> %1050, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1066 = shl nuw nsw i64 %j14.addr.02664, 6
  %1067 = add nuw nsw i64 %1066, %i14.addr.02665
  %1068 = getelementptr inbounds float, ptr %dOT, i64 %1067
  store <16 x float> %1065, ptr %1068, align 4
  %1069 = shufflevector <16 x float> %1049, <16 x float> %1050, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1070 = or disjoint i64 %1067, 64
  %1071 = getelementptr inbounds float, ptr %dOT, i64 %1070
  store <16 x float> %1069, ptr %1071, align 4
  %1072 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1073 = or disjoint i64 %1067, 128
  %1074 = getelementptr inbounds float, ptr %dOT, i64 %1073
  store <16 x float> %1072, ptr %1074, align 4
  %1075 = shufflevector <16 x float> %1051, <16 x float> %1052, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1076 = or disjoint i64 %1067, 192
  %1077 = getelementptr inbounds float, ptr %dOT, i64 %1076
  store <16 x float> %1075, ptr %1077, align 4
  %1078 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1079 = or disjoint i64 %1067, 256
  %1080 = getelementptr inbounds float, ptr %dOT, i64 %1079
  store <16 x float> %1078, ptr %1080, align 4
  %1081 = shufflevector <16 x float> %1053, <16 x float> %1054, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1082 = or disjoint i64 %1067, 320
  %1083 = getelementptr inbounds float, ptr %dOT, i64 %1082
  store <16 x float> %1081, ptr %1083, align 4
  %1084 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1085 = or disjoint i64 %1067, 384
  %1086 = getelementptr inbounds float, ptr %dOT, i64 %1085
  store <16 x float> %1084, ptr %1086, align 4
  %1087 = shufflevector <16 x float> %1055, <16 x float> %1056, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1088 = or disjoint i64 %1067, 448
  %1089 = getelementptr inbounds float, ptr %dOT, i64 %1088
  store <16 x float> %1087, ptr %1089, align 4
  %1090 = shufflevector <16 x float> %1057, <16 x float> %1058, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1091 = or disjoint i64 %1067, 512
  %1092 = getelementptr inbounds float, ptr %dOT, i64 %1091
  store <16 x float> %1090, ptr %1092, align 4
  %1093 = shufflevector <16 x float> %1057, <16 x float> %1058, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1094 = or disjoint i64 %1067, 576
  %1095 = getelementptr inbounds float, ptr %dOT, i64 %1094
  store <16 x float> %1093, ptr %1095, align 4
  %1096 = shufflevector <16 x float> %1059, <16 x float> %1060, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1097 = or disjoint i64 %1067, 640
  %1098 = getelementptr inbounds float, ptr %dOT, i64 %1097
  store <16 x float> %1096, ptr %1098, align 4
  %1099 = shufflevector <16 x float> %1059, <16 x float> %1060, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1100 = or disjoint i64 %1067, 704
  %1101 = getelementptr inbounds float, ptr %dOT, i64 %1100
  store <16 x float> %1099, ptr %1101, align 4
  %1102 = shufflevector <16 x float> %1061, <16 x float> %1062, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1103 = or disjoint i64 %1067, 768
  %1104 = getelementptr inbounds float, ptr %dOT, i64 %1103
  store <16 x float> %1102, ptr %1104, align 4
  %1105 = shufflevector <16 x float> %1061, <16 x float> %1062, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1106 = or disjoint i64 %1067, 832
  %1107 = getelementptr inbounds float, ptr %dOT, i64 %1106
  store <16 x float> %1105, ptr %1107, align 4
  %1108 = shufflevector <16 x float> %1063, <16 x float> %1064, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1109 = or disjoint i64 %1067, 896
  %1110 = getelementptr inbounds float, ptr %dOT, i64 %1109
  store <16 x float> %1108, ptr %1110, align 4
  %1111 = shufflevector <16 x float> %1063, <16 x float> %1064, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1112 = or disjoint i64 %1067, 960
  %1113 = getelementptr inbounds float, ptr %dOT, i64 %1112
  store <16 x float> %1111, ptr %1113, align 4
  br i1 %968, label %j14.body, label %j14.exit

j14.exit:                                         ; preds = %j14.body
  %i14.next = add nuw nsw i64 %i14.addr.02665, 16
  %1114 = icmp ult i64 %i14.addr.02665, 48
  br i1 %1114, label %j14.head.preheader, label %i15.body

i15.head.loopexit:                                ; preds = %p2.exit
  %1115 = icmp ult i64 %i15.addr.02678, 56
  br i1 %1115, label %i15.body, label %p3.head.preheader

i15.body:                                         ; preds = %j14.exit, %i15.head.loopexit
  %i15.addr.02678 = phi i64 [ %1116, %i15.head.loopexit ], [ 0, %j14.exit ]
  %1116 = add nuw nsw i64 %i15.addr.02678, 8
  %1117 = shl nuw nsw i64 %i15.addr.02678, 5
  %.idx2622 = shl nuw nsw i64 %i15.addr.02678, 8
  %1118 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2622
  %1119 = shl nuw nsw i64 %i15.addr.02678, 6
  %1120 = or disjoint i64 %1119, 64
  %1121 = getelementptr inbounds float, ptr %Gm, i64 %1120
  %1122 = or disjoint i64 %1119, 128
  %1123 = getelementptr inbounds float, ptr %Gm, i64 %1122
  %1124 = or disjoint i64 %1119, 192
  %1125 = getelementptr inbounds float, ptr %Gm, i64 %1124
  %1126 = or disjoint i64 %1119, 256
  %1127 = getelementptr inbounds float, ptr %Gm, i64 %1126
  %1128 = or disjoint i64 %1119, 320
  %1129 = getelementptr inbounds float, ptr %Gm, i64 %1128
  %1130 = or disjoint i64 %1119, 384
  %1131 = getelementptr inbounds float, ptr %Gm, i64 %1130
  %1132 = or disjoint i64 %1119, 448
  %1133 = getelementptr inbounds float, ptr %Gm, i64 %1132
  br label %p2.head.preheader

p2.head.preheader:                                ; preds = %i15.body, %p2.exit
  %j15.addr.02677 = phi i64 [ 0, %i15.body ], [ %j15.next, %p2.exit ]
  %invariant.gep2666 = getelementptr inbounds float, ptr %KT, i64 %j15.addr.02677
  br label %p2.body

p2.body:                                          ; preds = %p2.head.preheader, %p2.body
  %acc.02676 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1141, %p2.body ]
  %acc1.02675 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1147, %p2.body ]
  %acc2.02674 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1153, %p2.body ]
  %acc3.02673 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1159, %p2.body ]
  %acc4.02672 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1165, %p2.body ]
  %acc5.02671 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1171, %p2.body ]
  %acc6.02670 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1177, %p2.body ]
  %acc7.02669 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %1183, %p2.body ]
  %p2.addr.02668 = phi i64 [ 0, %p2.head.preheader ], [ %p2.next, %p2.body ]
  %.idx2623 = shl nuw nsw i64 %p2.addr.02668, 8
  %gep2667 = getelementptr inbounds i8, ptr %invariant.gep2666, i64 %.idx2623
  %1134 = load <16 x float>, ptr %gep2667, align 4
  %1135 = add nuw nsw i64 %p2.addr.02668, %1117
  %1136 = or disjoint i64 %1135, 4096
  %1137 = getelementptr inbounds float, ptr %Bk, i64 %1136
  %1138 = load float, ptr %1137, align 4
  %1139 = insertelement <16 x float> poison, float %1138, i64 0
  %1140 = shufflevector <16 x float> %1139, <16 x float> poison, <16 x i32> zeroinitializer
  %1141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1140, <16 x float> %1134, <16 x float> %acc.02676)
  %1142 = or disjoint i64 %1135, 4128
  %1143 = getelementptr inbounds float, ptr %Bk, i64 %1142
  %1144 = load float, ptr %1143, align 4
  %1145 = insertelement <16 x float> poison, float %1144, i64 0
  %1146 = shufflevector <16 x float> %1145, <16 x float> poison, <16 x i32> zeroinitializer
  %1147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1146, <16 x float> %1134, <16 x float> %acc1.02675)
  %1148 = or disjoint i64 %1135, 4160
  %1149 = getelementptr inbounds float, ptr %Bk, i64 %1148
  %1150 = load float, ptr %1149, align 4
  %1151 = insertelement <16 x float> poison, float %1150, i64 0
  %1152 = shufflevector <16 x float> %1151, <16 x float> poison, <16 x i32> zeroinitializer
  %1153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1152, <16 x float> %1134, <16 x float> %acc2.02674)
  %1154 = or disjoint i64 %1135, 4192
  %1155 = getelementptr inbounds float, ptr %Bk, i64 %1154
  %1156 = load float, ptr %1155, align 4
  %1157 = insertelement <16 x float> poison, float %1156, i64 0
  %1158 = shufflevector <16 x float> %1157, <16 x float> poison, <16 x i32> zeroinitializer
  %1159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1158, <16 x float> %1134, <16 x float> %acc3.02673)
  %1160 = or disjoint i64 %1135, 4224
  %1161 = getelementptr inbounds float, ptr %Bk, i64 %1160
  %1162 = load float, ptr %1161, align 4
  %1163 = insertelement <16 x float> poison, float %1162, i64 0
  %1164 = shufflevector <16 x float> %1163, <16 x float> poison, <16 x i32> zeroinitializer
  %1165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1164, <16 x float> %1134, <16 x float> %acc4.02672)
  %1166 = or disjoint i64 %1135, 4256
  %1167 = getelementptr inbounds float, ptr %Bk, i64 %1166
  %1168 = load float, ptr %1167, align 4
  %1169 = insertelement <16 x float> poison, float %1168, i64 0
  %1170 = shufflevector <16 x float> %1169, <16 x float> poison, <16 x i32> zeroinitializer
  %1171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1170, <16 x float> %1134, <16 x float> %acc5.02671)
  %1172 = or disjoint i64 %1135, 4288
  %1173 = getelementptr inbounds float, ptr %Bk, i64 %1172
  %1174 = load float, ptr %1173, align 4
  %1175 = insertelement <16 x float> poison, float %1174, i64 0
  %1176 = shufflevector <16 x float> %1175, <16 x float> poison, <16 x i32> zeroinitializer
  %1177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1176, <16 x float> %1134, <16 x float> %acc6.02670)
  %1178 = or disjoint i64 %1135, 4320
  %1179 = getelementptr inbounds float, ptr %Bk, i64 %1178
  %1180 = load float, ptr %1179, align 4
  %1181 = insertelement <16 x float> poison, float %1180, i64 0
  %1182 = shufflevector <16 x float> %1181, <16 x float> poison, <16 x i32> zeroinitializer
  %1183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1182, <16 x float> %1134, <16 x float> %acc7.02669)
  %p2.next = add nuw nsw i64 %p2.addr.02668, 1
  %exitcond3137.not = icmp eq i64 %p2.next, 32
  br i1 %exitcond3137.not, label %p2.exit, label %p2.body

p2.exit:                                          ; preds = %p2.body
  %1184 = getelementptr inbounds float, ptr %1118, i64 %j15.addr.02677
  store <16 x float> %1141, ptr %1184, align 4
  %1185 = getelementptr inbounds float, ptr %1121, i64 %j15.addr.02677
  store <16 x float> %1147, ptr %1185, align 4
  %1186 = getelementptr inbounds float, ptr %1123, i64 %j15.addr.02677
  store <16 x float> %1153, ptr %1186, align 4
  %1187 = getelementptr inbounds float, ptr %1125, i64 %j15.addr.02677
  store <16 x float> %1159, ptr %1187, align 4
  %1188 = getelementptr inbounds float, ptr %1127, i64 %j15.addr.02677
  store <16 x float> %1165, ptr %1188, align 4
  %1189 = getelementptr inbounds float, ptr %1129, i64 %j15.addr.02677
  store <16 x float> %1171, ptr %1189, align 4
  %1190 = getelementptr inbounds float, ptr %1131, i64 %j15.addr.02677
  store <16 x float> %1177, ptr %1190, align 4
  %1191 = getelementptr inbounds float, ptr %1133, i64 %j15.addr.02677
  store <16 x float> %1183, ptr %1191, align 4
  %j15.next = add nuw nsw i64 %j15.addr.02677, 16
  %1192 = icmp ult i64 %j15.next, %1116
  br i1 %1192, label %p2.head.preheader, label %i15.head.loopexit

p3.head.preheader:                                ; preds = %i15.head.loopexit, %p3.exit
  %i16.addr.02696 = phi i64 [ %i16.next, %p3.exit ], [ 0, %i15.head.loopexit ]
  %1193 = shl nuw nsw i64 %i16.addr.02696, 5
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc8.02695 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1212, %p3.body ]
  %acc9.02694 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1213, %p3.body ]
  %acc10.02693 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1214, %p3.body ]
  %acc11.02692 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1215, %p3.body ]
  %acc12.02691 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1221, %p3.body ]
  %acc13.02690 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1222, %p3.body ]
  %acc14.02689 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1223, %p3.body ]
  %acc15.02688 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1224, %p3.body ]
  %acc16.02687 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1230, %p3.body ]
  %acc17.02686 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1231, %p3.body ]
  %acc18.02685 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1232, %p3.body ]
  %acc19.02684 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1233, %p3.body ]
  %acc20.02683 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1239, %p3.body ]
  %acc21.02682 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1240, %p3.body ]
  %acc22.02681 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1241, %p3.body ]
  %acc23.02680 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1242, %p3.body ]
  %p3.addr.02679 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %1194 = shl nuw nsw i64 %p3.addr.02679, 6
  %1195 = getelementptr inbounds float, ptr %work, i64 %1194
  %1196 = load <16 x float>, ptr %1195, align 4
  %1197 = or disjoint i64 %1194, 16
  %1198 = getelementptr inbounds float, ptr %work, i64 %1197
  %1199 = load <16 x float>, ptr %1198, align 4
  %1200 = or disjoint i64 %1194, 32
  %1201 = getelementptr inbounds float, ptr %work, i64 %1200
  %1202 = load <16 x float>, ptr %1201, align 4
  %1203 = or disjoint i64 %1194, 48
  %1204 = getelementptr inbounds float, ptr %work, i64 %1203
  %1205 = load <16 x float>, ptr %1204, align 4
  %1206 = add nuw nsw i64 %p3.addr.02679, %1193
  %1207 = or disjoint i64 %1206, 4096
  %1208 = getelementptr inbounds float, ptr %Bk, i64 %1207
  %1209 = load float, ptr %1208, align 4
  %1210 = insertelement <16 x float> poison, float %1209, i64 0
  %1211 = shufflevector <16 x float> %1210, <16 x float> poison, <16 x i32> zeroinitializer
  %1212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1211, <16 x float> %1196, <16 x float> %acc8.02695)
  %1213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1211, <16 x float> %1199, <16 x float> %acc9.02694)
  %1214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1211, <16 x float> %1202, <16 x float> %acc10.02693)
  %1215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1211, <16 x float> %1205, <16 x float> %acc11.02692)
  %1216 = or disjoint i64 %1206, 4128
  %1217 = getelementptr inbounds float, ptr %Bk, i64 %1216
  %1218 = load float, ptr %1217, align 4
  %1219 = insertelement <16 x float> poison, float %1218, i64 0
  %1220 = shufflevector <16 x float> %1219, <16 x float> poison, <16 x i32> zeroinitializer
  %1221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1220, <16 x float> %1196, <16 x float> %acc12.02691)
  %1222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1220, <16 x float> %1199, <16 x float> %acc13.02690)
  %1223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1220, <16 x float> %1202, <16 x float> %acc14.02689)
  %1224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1220, <16 x float> %1205, <16 x float> %acc15.02688)
  %1225 = or disjoint i64 %1206, 4160
  %1226 = getelementptr inbounds float, ptr %Bk, i64 %1225
  %1227 = load float, ptr %1226, align 4
  %1228 = insertelement <16 x float> poison, float %1227, i64 0
  %1229 = shufflevector <16 x float> %1228, <16 x float> poison, <16 x i32> zeroinitializer
  %1230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1229, <16 x float> %1196, <16 x float> %acc16.02687)
  %1231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1229, <16 x float> %1199, <16 x float> %acc17.02686)
  %1232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1229, <16 x float> %1202, <16 x float> %acc18.02685)
  %1233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1229, <16 x float> %1205, <16 x float> %acc19.02684)
  %1234 = or disjoint i64 %1206, 4192
  %1235 = getelementptr inbounds float, ptr %Bk, i64 %1234
  %1236 = load float, ptr %1235, align 4
  %1237 = insertelement <16 x float> poison, float %1236, i64 0
  %1238 = shufflevector <16 x float> %1237, <16 x float> poison, <16 x i32> zeroinitializer
  %1239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1238, <16 x float> %1196, <16 x float> %acc20.02683)
  %1240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1238, <16 x float> %1199, <16 x float> %acc21.02682)
  %1241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1238, <16 x float> %1202, <16 x float> %acc22.02681)
  %1242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1238, <16 x float> %1205, <16 x float> %acc23.02680)
  %p3.next = add nuw nsw i64 %p3.addr.02679, 1
  %exitcond3138.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond3138.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1243 = shl nuw nsw i64 %i16.addr.02696, 6
  %1244 = getelementptr inbounds float, ptr %KSdS, i64 %1243
  store <16 x float> %1212, ptr %1244, align 4
  %1245 = or disjoint i64 %1243, 16
  %1246 = getelementptr inbounds float, ptr %KSdS, i64 %1245
  store <16 x float> %1213, ptr %1246, align 4
  %1247 = or disjoint i64 %1243, 32
  %1248 = getelementptr inbounds float, ptr %KSdS, i64 %1247
  store <16 x float> %1214, ptr %1248, align 4
  %1249 = or disjoint i64 %1243, 48
  %1250 = getelementptr inbounds float, ptr %KSdS, i64 %1249
  store <16 x float> %1215, ptr %1250, align 4
  %1251 = or disjoint i64 %1243, 64
  %1252 = getelementptr inbounds float, ptr %KSdS, i64 %1251
  store <16 x float> %1221, ptr %1252, align 4
  %1253 = or disjoint i64 %1243, 80
  %1254 = getelementptr inbounds float, ptr %KSdS, i64 %1253
  store <16 x float> %1222, ptr %1254, align 4
  %1255 = or disjoint i64 %1243, 96
  %1256 = getelementptr inbounds float, ptr %KSdS, i64 %1255
  store <16 x float> %1223, ptr %1256, align 4
  %1257 = or disjoint i64 %1243, 112
  %1258 = getelementptr inbounds float, ptr %KSdS, i64 %1257
  store <16 x float> %1224, ptr %1258, align 4
  %1259 = or disjoint i64 %1243, 128
  %1260 = getelementptr inbounds float, ptr %KSdS, i64 %1259
  store <16 x float> %1230, ptr %1260, align 4
  %1261 = or disjoint i64 %1243, 144
  %1262 = getelementptr inbounds float, ptr %KSdS, i64 %1261
  store <16 x float> %1231, ptr %1262, align 4
  %1263 = or disjoint i64 %1243, 160
  %1264 = getelementptr inbounds float, ptr %KSdS, i64 %1263
  store <16 x float> %1232, ptr %1264, align 4
  %1265 = or disjoint i64 %1243, 176
  %1266 = getelementptr inbounds float, ptr %KSdS, i64 %1265
  store <16 x float> %1233, ptr %1266, align 4
  %1267 = or disjoint i64 %1243, 192
  %1268 = getelementptr inbounds float, ptr %KSdS, i64 %1267
  store <16 x float> %1239, ptr %1268, align 4
  %1269 = or disjoint i64 %1243, 208
  %1270 = getelementptr inbounds float, ptr %KSdS, i64 %1269
  store <16 x float> %1240, ptr %1270, align 4
  %1271 = or disjoint i64 %1243, 224
  %1272 = getelementptr inbounds float, ptr %KSdS, i64 %1271
  store <16 x float> %1241, ptr %1272, align 4
  %1273 = or disjoint i64 %1243, 240
  %1274 = getelementptr inbounds float, ptr %KSdS, i64 %1273
  store <16 x float> %1242, ptr %1274, align 4
  %i16.next = add nuw nsw i64 %i16.addr.02696, 4
  %1275 = icmp ult i64 %i16.addr.02696, 60
  br i1 %1275, label %p3.head.preheader, label %p4.head.preheader

p4.head.preheader:                                ; preds = %p3.exit, %p4.head.preheader
  %i17.addr.02698 = phi i64 [ %i17.next.3, %p4.head.preheader ], [ 0, %p3.exit ]
  %.idx2933 = shl nsw i64 %i17.addr.02698, 7
  %1276 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2933
  %1277 = load <16 x float>, ptr %1276, align 4
  %.idx2934 = shl nsw i64 %i17.addr.02698, 8
  %1278 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2934
  %1279 = load <16 x float>, ptr %1278, align 4
  %1280 = fsub <16 x float> %1277, %1279
  store <16 x float> %1280, ptr %1276, align 4
  %1281 = getelementptr inbounds i8, ptr %23, i64 %.idx2933
  %1282 = load <16 x float>, ptr %1281, align 4
  %1283 = getelementptr inbounds i8, ptr %24, i64 %.idx2934
  %1284 = load <16 x float>, ptr %1283, align 4
  %1285 = fsub <16 x float> %1282, %1284
  store <16 x float> %1285, ptr %1281, align 4
  %i17.next = or disjoint i64 %i17.addr.02698, 1
  %.idx2933.1 = shl nsw i64 %i17.next, 7
  %1286 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2933.1
  %1287 = load <16 x float>, ptr %1286, align 4
  %.idx2934.1 = shl nsw i64 %i17.next, 8
  %1288 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2934.1
  %1289 = load <16 x float>, ptr %1288, align 4
  %1290 = fsub <16 x float> %1287, %1289
  store <16 x float> %1290, ptr %1286, align 4
  %1291 = getelementptr inbounds i8, ptr %23, i64 %.idx2933.1
  %1292 = load <16 x float>, ptr %1291, align 4
  %1293 = getelementptr inbounds i8, ptr %24, i64 %.idx2934.1
  %1294 = load <16 x float>, ptr %1293, align 4
  %1295 = fsub <16 x float> %1292, %1294
  store <16 x float> %1295, ptr %1291, align 4
  %i17.next.1 = or disjoint i64 %i17.addr.02698, 2
  %.idx2933.2 = shl nsw i64 %i17.next.1, 7
  %1296 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2933.2
  %1297 = load <16 x float>, ptr %1296, align 4
  %.idx2934.2 = shl nsw i64 %i17.next.1, 8
  %1298 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2934.2
  %1299 = load <16 x float>, ptr %1298, align 4
  %1300 = fsub <16 x float> %1297, %1299
  store <16 x float> %1300, ptr %1296, align 4
  %1301 = getelementptr inbounds i8, ptr %23, i64 %.idx2933.2
  %1302 = load <16 x float>, ptr %1301, align 4
  %1303 = getelementptr inbounds i8, ptr %24, i64 %.idx2934.2
  %1304 = load <16 x float>, ptr %1303, align 4
  %1305 = fsub <16 x float> %1302, %1304
  store <16 x float> %1305, ptr %1301, align 4
  %i17.next.2 = or disjoint i64 %i17.addr.02698, 3
  %.idx2933.3 = shl nsw i64 %i17.next.2, 7
  %1306 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2933.3
  %1307 = load <16 x float>, ptr %1306, align 4
  %.idx2934.3 = shl nsw i64 %i17.next.2, 8
  %1308 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2934.3
  %1309 = load <16 x float>, ptr %1308, align 4
  %1310 = fsub <16 x float> %1307, %1309
  store <16 x float> %1310, ptr %1306, align 4
  %1311 = getelementptr inbounds i8, ptr %23, i64 %.idx2933.3
  %1312 = load <16 x float>, ptr %1311, align 4
  %1313 = getelementptr inbounds i8, ptr %24, i64 %.idx2934.3
  %1314 = load <16 x float>, ptr %1313, align 4
  %1315 = fsub <16 x float> %1312, %1314
  store <16 x float> %1315, ptr %1311, align 4
  %i17.next.3 = add nuw nsw i64 %i17.addr.02698, 4
  %exitcond3139.not.3 = icmp eq i64 %i17.next.3, 64
  br i1 %exitcond3139.not.3, label %ib.body, label %p4.head.preheader

ib.body:                                          ; preds = %p4.head.preheader, %j17.exit
  %ib.addr.02715 = phi i64 [ %ib.next, %j17.exit ], [ 0, %p4.head.preheader ]
  %1316 = shl nuw nsw i64 %ib.addr.02715, 2
  %umax3700 = tail call i64 @llvm.umax.i64(i64 %1316, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02715, 2
  %.not2935 = icmp eq i64 %ib.addr.02715, 0
  br i1 %.not2935, label %j17.exit, label %j17.body.lr.ph

j17.body.lr.ph:                                   ; preds = %ib.body
  %.idx2621 = shl nuw nsw i64 %ib.addr.02715, 10
  %1317 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2621
  %1318 = shl nuw nsw i64 %ib.addr.02715, 8
  %1319 = or disjoint i64 %1318, 64
  %1320 = getelementptr inbounds float, ptr %Gm, i64 %1319
  %1321 = or disjoint i64 %1318, 128
  %1322 = getelementptr inbounds float, ptr %Gm, i64 %1321
  %1323 = or disjoint i64 %1318, 192
  %1324 = getelementptr inbounds float, ptr %Gm, i64 %1323
  %xtraiter = and i64 %umax3700, 1
  %1325 = icmp eq i64 %umax3700, 1
  br i1 %1325, label %j17.exit.loopexit.unr-lcssa, label %j17.body.lr.ph.new

j17.body.lr.ph.new:                               ; preds = %j17.body.lr.ph
  %unroll_iter = and i64 %umax3700, 9223372036854775804
  br label %j17.body

j17.body:                                         ; preds = %j17.body, %j17.body.lr.ph.new
  %acc24.02707 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1366, %j17.body ]
  %acc25.02706 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1367, %j17.body ]
  %acc26.02705 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1372, %j17.body ]
  %acc27.02704 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1373, %j17.body ]
  %acc28.02703 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1378, %j17.body ]
  %acc29.02702 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1379, %j17.body ]
  %acc30.02701 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1384, %j17.body ]
  %acc31.02700 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1385, %j17.body ]
  %j17.addr.02699 = phi i64 [ 0, %j17.body.lr.ph.new ], [ %j17.next.1, %j17.body ]
  %niter = phi i64 [ 0, %j17.body.lr.ph.new ], [ %niter.next.1, %j17.body ]
  %1326 = shl nsw i64 %j17.addr.02699, 5
  %1327 = getelementptr inbounds float, ptr %Vn, i64 %1326
  %1328 = load <16 x float>, ptr %1327, align 4
  %1329 = or disjoint i64 %1326, 16
  %1330 = getelementptr inbounds float, ptr %Vn, i64 %1329
  %1331 = load <16 x float>, ptr %1330, align 4
  %1332 = getelementptr inbounds float, ptr %1317, i64 %j17.addr.02699
  %1333 = load float, ptr %1332, align 4
  %1334 = insertelement <16 x float> poison, float %1333, i64 0
  %1335 = shufflevector <16 x float> %1334, <16 x float> poison, <16 x i32> zeroinitializer
  %1336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1335, <16 x float> %1328, <16 x float> %acc24.02707)
  %1337 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1335, <16 x float> %1331, <16 x float> %acc25.02706)
  %1338 = getelementptr inbounds float, ptr %1320, i64 %j17.addr.02699
  %1339 = load float, ptr %1338, align 4
  %1340 = insertelement <16 x float> poison, float %1339, i64 0
  %1341 = shufflevector <16 x float> %1340, <16 x float> poison, <16 x i32> zeroinitializer
  %1342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1341, <16 x float> %1328, <16 x float> %acc26.02705)
  %1343 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1341, <16 x float> %1331, <16 x float> %acc27.02704)
  %1344 = getelementptr inbounds float, ptr %1322, i64 %j17.addr.02699
  %1345 = load float, ptr %1344, align 4
  %1346 = insertelement <16 x float> poison, float %1345, i64 0
  %1347 = shufflevector <16 x float> %1346, <16 x float> poison, <16 x i32> zeroinitializer
  %1348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1347, <16 x float> %1328, <16 x float> %acc28.02703)
  %1349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1347, <16 x float> %1331, <16 x float> %acc29.02702)
  %1350 = getelementptr inbounds float, ptr %1324, i64 %j17.addr.02699
  %1351 = load float, ptr %1350, align 4
  %1352 = insertelement <16 x float> poison, float %1351, i64 0
  %1353 = shufflevector <16 x float> %1352, <16 x float> poison, <16 x i32> zeroinitializer
  %1354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1353, <16 x float> %1328, <16 x float> %acc30.02701)
  %1355 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1353, <16 x float> %1331, <16 x float> %acc31.02700)
  %j17.next = or disjoint i64 %j17.addr.02699, 1
  %1356 = shl nsw i64 %j17.next, 5
  %1357 = getelementptr inbounds float, ptr %Vn, i64 %1356
  %1358 = load <16 x float>, ptr %1357, align 4
  %1359 = or disjoint i64 %1356, 16
  %1360 = getelementptr inbounds float, ptr %Vn, i64 %1359
  %1361 = load <16 x float>, ptr %1360, align 4
  %1362 = getelementptr inbounds float, ptr %1317, i64 %j17.next
  %1363 = load float, ptr %1362, align 4
  %1364 = insertelement <16 x float> poison, float %1363, i64 0
  %1365 = shufflevector <16 x float> %1364, <16 x float> poison, <16 x i32> zeroinitializer
  %1366 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1365, <16 x float> %1358, <16 x float> %1336)
  %1367 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1365, <16 x float> %1361, <16 x float> %1337)
  %1368 = getelementptr inbounds float, ptr %1320, i64 %j17.next
  %1369 = load float, ptr %1368, align 4
  %1370 = insertelement <16 x float> poison, float %1369, i64 0
  %1371 = shufflevector <16 x float> %1370, <16 x float> poison, <16 x i32> zeroinitializer
  %1372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1371, <16 x float> %1358, <16 x float> %1342)
  %1373 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1371, <16 x float> %1361, <16 x float> %1343)
  %1374 = getelementptr inbounds float, ptr %1322, i64 %j17.next
  %1375 = load float, ptr %1374, align 4
  %1376 = insertelement <16 x float> poison, float %1375, i64 0
  %1377 = shufflevector <16 x float> %1376, <16 x float> poison, <16 x i32> zeroinitializer
  %1378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1377, <16 x float> %1358, <16 x float> %1348)
  %1379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1377, <16 x float> %1361, <16 x float> %1349)
  %1380 = getelementptr inbounds float, ptr %1324, i64 %j17.next
  %1381 = load float, ptr %1380, align 4
  %1382 = insertelement <16 x float> poison, float %1381, i64 0
  %1383 = shufflevector <16 x float> %1382, <16 x float> poison, <16 x i32> zeroinitializer
  %1384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1383, <16 x float> %1358, <16 x float> %1354)
  %1385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1383, <16 x float> %1361, <16 x float> %1355)
  %j17.next.1 = add nuw nsw i64 %j17.addr.02699, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j17.exit.loopexit.unr-lcssa, label %j17.body

j17.exit.loopexit.unr-lcssa:                      ; preds = %j17.body, %j17.body.lr.ph
  %.lcssa3571.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1366, %j17.body ]
  %.lcssa3570.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1367, %j17.body ]
  %.lcssa3569.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1372, %j17.body ]
  %.lcssa3568.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1373, %j17.body ]
  %.lcssa3567.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1378, %j17.body ]
  %.lcssa3566.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1379, %j17.body ]
  %.lcssa3565.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1384, %j17.body ]
  %.lcssa3564.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1385, %j17.body ]
  %acc24.02707.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1366, %j17.body ]
  %acc25.02706.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1367, %j17.body ]
  %acc26.02705.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1372, %j17.body ]
  %acc27.02704.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1373, %j17.body ]
  %acc28.02703.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1378, %j17.body ]
  %acc29.02702.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1379, %j17.body ]
  %acc30.02701.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1384, %j17.body ]
  %acc31.02700.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1385, %j17.body ]
  %j17.addr.02699.unr = phi i64 [ 0, %j17.body.lr.ph ], [ %j17.next.1, %j17.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j17.exit, label %j17.body.epil

j17.body.epil:                                    ; preds = %j17.exit.loopexit.unr-lcssa
  %1386 = shl nsw i64 %j17.addr.02699.unr, 5
  %1387 = getelementptr inbounds float, ptr %Vn, i64 %1386
  %1388 = load <16 x float>, ptr %1387, align 4
  %1389 = or disjoint i64 %1386, 16
  %1390 = getelementptr inbounds float, ptr %Vn, i64 %1389
  %1391 = load <16 x float>, ptr %1390, align 4
  %1392 = getelementptr inbounds float, ptr %1317, i64 %j17.addr.02699.unr
  %1393 = load float, ptr %1392, align 4
  %1394 = insertelement <16 x float> poison, float %1393, i64 0
  %1395 = shufflevector <16 x float> %1394, <16 x float> poison, <16 x i32> zeroinitializer
  %1396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1395, <16 x float> %1388, <16 x float> %acc24.02707.unr)
  %1397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1395, <16 x float> %1391, <16 x float> %acc25.02706.unr)
  %1398 = getelementptr inbounds float, ptr %1320, i64 %j17.addr.02699.unr
  %1399 = load float, ptr %1398, align 4
  %1400 = insertelement <16 x float> poison, float %1399, i64 0
  %1401 = shufflevector <16 x float> %1400, <16 x float> poison, <16 x i32> zeroinitializer
  %1402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1401, <16 x float> %1388, <16 x float> %acc26.02705.unr)
  %1403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1401, <16 x float> %1391, <16 x float> %acc27.02704.unr)
  %1404 = getelementptr inbounds float, ptr %1322, i64 %j17.addr.02699.unr
  %1405 = load float, ptr %1404, align 4
  %1406 = insertelement <16 x float> poison, float %1405, i64 0
  %1407 = shufflevector <16 x float> %1406, <16 x float> poison, <16 x i32> zeroinitializer
  %1408 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1407, <16 x float> %1388, <16 x float> %acc28.02703.unr)
  %1409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1407, <16 x float> %1391, <16 x float> %acc29.02702.unr)
  %1410 = getelementptr inbounds float, ptr %1324, i64 %j17.addr.02699.unr
  %1411 = load float, ptr %1410, align 4
  %1412 = insertelement <16 x float> poison, float %1411, i64 0
  %1413 = shufflevector <16 x float> %1412, <16 x float> poison, <16 x i32> zeroinitializer
  %1414 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1413, <16 x float> %1388, <16 x float> %acc30.02701.unr)
  %1415 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1413, <16 x float> %1391, <16 x float> %acc31.02700.unr)
  br label %j17.exit

j17.exit:                                         ; preds = %j17.body.epil, %j17.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3564.ph, %j17.exit.loopexit.unr-lcssa ], [ %1415, %j17.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3565.ph, %j17.exit.loopexit.unr-lcssa ], [ %1414, %j17.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3566.ph, %j17.exit.loopexit.unr-lcssa ], [ %1409, %j17.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3567.ph, %j17.exit.loopexit.unr-lcssa ], [ %1408, %j17.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3568.ph, %j17.exit.loopexit.unr-lcssa ], [ %1403, %j17.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3569.ph, %j17.exit.loopexit.unr-lcssa ], [ %1402, %j17.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3570.ph, %j17.exit.loopexit.unr-lcssa ], [ %1397, %j17.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3571.ph, %j17.exit.loopexit.unr-lcssa ], [ %1396, %j17.body.epil ]
  %1416 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1417 = load float, ptr %1416, align 4
  %1418 = shl nuw nsw i64 %ib.addr.02715, 7
  %1419 = getelementptr inbounds float, ptr %Rr, i64 %1418
  %1420 = load <16 x float>, ptr %1419, align 4
  %1421 = fsub <16 x float> %1420, %acc24.0.lcssa
  store <16 x float> %1421, ptr %1419, align 4
  %1422 = insertelement <16 x float> poison, float %1417, i64 0
  %1423 = shufflevector <16 x float> %1422, <16 x float> poison, <16 x i32> zeroinitializer
  %1424 = fmul <16 x float> %1423, %1421
  %1425 = getelementptr inbounds float, ptr %Vn, i64 %1418
  store <16 x float> %1424, ptr %1425, align 4
  %1426 = mul nuw nsw i64 %ib.addr.02715, 768
  %1427 = getelementptr inbounds float, ptr %Ak, i64 %1426
  store <16 x float> %1424, ptr %1427, align 4
  %1428 = or disjoint i64 %1418, 16
  %1429 = getelementptr inbounds float, ptr %Rr, i64 %1428
  %1430 = load <16 x float>, ptr %1429, align 4
  %1431 = fsub <16 x float> %1430, %acc25.0.lcssa
  store <16 x float> %1431, ptr %1429, align 4
  %1432 = fmul <16 x float> %1423, %1431
  %1433 = getelementptr inbounds float, ptr %Vn, i64 %1428
  store <16 x float> %1432, ptr %1433, align 4
  %1434 = or disjoint i64 %1426, 16
  %1435 = getelementptr inbounds float, ptr %Ak, i64 %1434
  store <16 x float> %1432, ptr %1435, align 4
  %i18 = or disjoint i64 %i0, 1
  %.idx2936 = shl nsw i64 %i18, 8
  %1436 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2936
  %1437 = getelementptr inbounds float, ptr %1436, i64 %i0
  %1438 = load float, ptr %1437, align 4
  %1439 = insertelement <16 x float> poison, float %1438, i64 0
  %1440 = shufflevector <16 x float> %1439, <16 x float> poison, <16 x i32> zeroinitializer
  %1441 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1440, <16 x float> %1424, <16 x float> %acc26.0.lcssa)
  %1442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1440, <16 x float> %1432, <16 x float> %acc27.0.lcssa)
  %1443 = getelementptr inbounds float, ptr %bet, i64 %i18
  %1444 = load float, ptr %1443, align 4
  %1445 = shl nuw nsw i64 %i18, 5
  %1446 = getelementptr inbounds float, ptr %Rr, i64 %1445
  %1447 = load <16 x float>, ptr %1446, align 4
  %1448 = fsub <16 x float> %1447, %1441
  store <16 x float> %1448, ptr %1446, align 4
  %1449 = insertelement <16 x float> poison, float %1444, i64 0
  %1450 = shufflevector <16 x float> %1449, <16 x float> poison, <16 x i32> zeroinitializer
  %1451 = fmul <16 x float> %1450, %1448
  %1452 = getelementptr inbounds float, ptr %Vn, i64 %1445
  store <16 x float> %1451, ptr %1452, align 4
  %1453 = mul nuw nsw i64 %i18, 192
  %1454 = getelementptr inbounds float, ptr %Ak, i64 %1453
  store <16 x float> %1451, ptr %1454, align 4
  %1455 = or disjoint i64 %1445, 16
  %1456 = getelementptr inbounds float, ptr %Rr, i64 %1455
  %1457 = load <16 x float>, ptr %1456, align 4
  %1458 = fsub <16 x float> %1457, %1442
  store <16 x float> %1458, ptr %1456, align 4
  %1459 = fmul <16 x float> %1450, %1458
  %1460 = getelementptr inbounds float, ptr %Vn, i64 %1455
  store <16 x float> %1459, ptr %1460, align 4
  %1461 = or disjoint i64 %1453, 16
  %1462 = getelementptr inbounds float, ptr %Ak, i64 %1461
  store <16 x float> %1459, ptr %1462, align 4
  %i19 = or disjoint i64 %i0, 2
  %1463 = shl nuw nsw i64 %i19, 6
  %1464 = or disjoint i64 %1463, %i0
  %1465 = getelementptr inbounds float, ptr %Gm, i64 %1464
  %1466 = load float, ptr %1465, align 4
  %1467 = insertelement <16 x float> poison, float %1466, i64 0
  %1468 = shufflevector <16 x float> %1467, <16 x float> poison, <16 x i32> zeroinitializer
  %1469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1468, <16 x float> %1424, <16 x float> %acc28.0.lcssa)
  %1470 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1468, <16 x float> %1432, <16 x float> %acc29.0.lcssa)
  %1471 = or disjoint i64 %1463, %i18
  %1472 = getelementptr inbounds float, ptr %Gm, i64 %1471
  %1473 = load float, ptr %1472, align 4
  %1474 = insertelement <16 x float> poison, float %1473, i64 0
  %1475 = shufflevector <16 x float> %1474, <16 x float> poison, <16 x i32> zeroinitializer
  %1476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1475, <16 x float> %1451, <16 x float> %1469)
  %1477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1475, <16 x float> %1459, <16 x float> %1470)
  %1478 = getelementptr inbounds float, ptr %bet, i64 %i19
  %1479 = load float, ptr %1478, align 4
  %1480 = shl nuw nsw i64 %i19, 5
  %1481 = getelementptr inbounds float, ptr %Rr, i64 %1480
  %1482 = load <16 x float>, ptr %1481, align 4
  %1483 = fsub <16 x float> %1482, %1476
  store <16 x float> %1483, ptr %1481, align 4
  %1484 = insertelement <16 x float> poison, float %1479, i64 0
  %1485 = shufflevector <16 x float> %1484, <16 x float> poison, <16 x i32> zeroinitializer
  %1486 = fmul <16 x float> %1485, %1483
  %1487 = getelementptr inbounds float, ptr %Vn, i64 %1480
  store <16 x float> %1486, ptr %1487, align 4
  %1488 = mul nuw nsw i64 %i19, 192
  %1489 = getelementptr inbounds float, ptr %Ak, i64 %1488
  store <16 x float> %1486, ptr %1489, align 4
  %1490 = or disjoint i64 %1480, 16
  %1491 = getelementptr inbounds float, ptr %Rr, i64 %1490
  %1492 = load <16 x float>, ptr %1491, align 4
  %1493 = fsub <16 x float> %1492, %1477
  store <16 x float> %1493, ptr %1491, align 4
  %1494 = fmul <16 x float> %1485, %1493
  %1495 = getelementptr inbounds float, ptr %Vn, i64 %1490
  store <16 x float> %1494, ptr %1495, align 4
  %1496 = or disjoint i64 %1488, 16
  %1497 = getelementptr inbounds float, ptr %Ak, i64 %1496
  store <16 x float> %1494, ptr %1497, align 4
  %i20 = or disjoint i64 %i0, 3
  %1498 = shl nuw nsw i64 %i20, 6
  %1499 = or disjoint i64 %1498, %i0
  %1500 = getelementptr inbounds float, ptr %Gm, i64 %1499
  %1501 = load float, ptr %1500, align 4
  %1502 = insertelement <16 x float> poison, float %1501, i64 0
  %1503 = shufflevector <16 x float> %1502, <16 x float> poison, <16 x i32> zeroinitializer
  %1504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1503, <16 x float> %1424, <16 x float> %acc30.0.lcssa)
  %1505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1503, <16 x float> %1432, <16 x float> %acc31.0.lcssa)
  %1506 = or disjoint i64 %1498, %i18
  %1507 = getelementptr inbounds float, ptr %Gm, i64 %1506
  %1508 = load float, ptr %1507, align 4
  %1509 = insertelement <16 x float> poison, float %1508, i64 0
  %1510 = shufflevector <16 x float> %1509, <16 x float> poison, <16 x i32> zeroinitializer
  %1511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1451, <16 x float> %1504)
  %1512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1459, <16 x float> %1505)
  %1513 = or disjoint i64 %1498, %i19
  %1514 = getelementptr inbounds float, ptr %Gm, i64 %1513
  %1515 = load float, ptr %1514, align 4
  %1516 = insertelement <16 x float> poison, float %1515, i64 0
  %1517 = shufflevector <16 x float> %1516, <16 x float> poison, <16 x i32> zeroinitializer
  %1518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1486, <16 x float> %1511)
  %1519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1494, <16 x float> %1512)
  %1520 = getelementptr inbounds float, ptr %bet, i64 %i20
  %1521 = load float, ptr %1520, align 4
  %1522 = shl nuw nsw i64 %i20, 5
  %1523 = getelementptr inbounds float, ptr %Rr, i64 %1522
  %1524 = load <16 x float>, ptr %1523, align 4
  %1525 = fsub <16 x float> %1524, %1518
  store <16 x float> %1525, ptr %1523, align 4
  %1526 = insertelement <16 x float> poison, float %1521, i64 0
  %1527 = shufflevector <16 x float> %1526, <16 x float> poison, <16 x i32> zeroinitializer
  %1528 = fmul <16 x float> %1527, %1525
  %1529 = getelementptr inbounds float, ptr %Vn, i64 %1522
  store <16 x float> %1528, ptr %1529, align 4
  %1530 = mul nuw nsw i64 %i20, 192
  %1531 = getelementptr inbounds float, ptr %Ak, i64 %1530
  store <16 x float> %1528, ptr %1531, align 4
  %1532 = or disjoint i64 %1522, 16
  %1533 = getelementptr inbounds float, ptr %Rr, i64 %1532
  %1534 = load <16 x float>, ptr %1533, align 4
  %1535 = fsub <16 x float> %1534, %1519
  store <16 x float> %1535, ptr %1533, align 4
  %1536 = fmul <16 x float> %1527, %1535
  %1537 = getelementptr inbounds float, ptr %Vn, i64 %1532
  store <16 x float> %1536, ptr %1537, align 4
  %1538 = or disjoint i64 %1530, 16
  %1539 = getelementptr inbounds float, ptr %Ak, i64 %1538
  store <16 x float> %1536, ptr %1539, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02715, 1
  %exitcond3141.not = icmp eq i64 %ib.next, 16
  br i1 %exitcond3141.not, label %j18.head.preheader, label %ib.body

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i21.addr.02717 = phi i64 [ %i21.next, %j18.exit ], [ 0, %j17.exit ]
  %1540 = shl nuw nsw i64 %i21.addr.02717, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %1541 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02716 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %1542 = or disjoint i64 %j18.addr.02716, %1540
  %1543 = getelementptr inbounds float, ptr %Vn, i64 %1542
  %1544 = load <16 x float>, ptr %1543, align 4
  %1545 = or disjoint i64 %1542, 256
  %1546 = getelementptr inbounds float, ptr %Vn, i64 %1545
  %1547 = load <16 x float>, ptr %1546, align 4
  %1548 = or disjoint i64 %1542, 32
  %1549 = getelementptr inbounds float, ptr %Vn, i64 %1548
  %1550 = load <16 x float>, ptr %1549, align 4
  %1551 = or disjoint i64 %1542, 288
  %1552 = getelementptr inbounds float, ptr %Vn, i64 %1551
  %1553 = load <16 x float>, ptr %1552, align 4
  %1554 = or disjoint i64 %1542, 64
  %1555 = getelementptr inbounds float, ptr %Vn, i64 %1554
  %1556 = load <16 x float>, ptr %1555, align 4
  %1557 = or disjoint i64 %1542, 320
  %1558 = getelementptr inbounds float, ptr %Vn, i64 %1557
  %1559 = load <16 x float>, ptr %1558, align 4
  %1560 = or disjoint i64 %1542, 96
  %1561 = getelementptr inbounds float, ptr %Vn, i64 %1560
  %1562 = load <16 x float>, ptr %1561, align 4
  %1563 = or disjoint i64 %1542, 352
  %1564 = getelementptr inbounds float, ptr %Vn, i64 %1563
  %1565 = load <16 x float>, ptr %1564, align 4
  %1566 = or disjoint i64 %1542, 128
  %1567 = getelementptr inbounds float, ptr %Vn, i64 %1566
  %1568 = load <16 x float>, ptr %1567, align 4
  %1569 = or disjoint i64 %1542, 384
  %1570 = getelementptr inbounds float, ptr %Vn, i64 %1569
  %1571 = load <16 x float>, ptr %1570, align 4
  %1572 = or disjoint i64 %1542, 160
  %1573 = getelementptr inbounds float, ptr %Vn, i64 %1572
  %1574 = load <16 x float>, ptr %1573, align 4
  %1575 = or disjoint i64 %1542, 416
  %1576 = getelementptr inbounds float, ptr %Vn, i64 %1575
  %1577 = load <16 x float>, ptr %1576, align 4
  %1578 = or disjoint i64 %1542, 192
  %1579 = getelementptr inbounds float, ptr %Vn, i64 %1578
  %1580 = load <16 x float>, ptr %1579, align 4
  %1581 = or disjoint i64 %1542, 448
  %1582 = getelementptr inbounds float, ptr %Vn, i64 %1581
  %1583 = load <16 x float>, ptr %1582, align 4
  %1584 = or disjoint i64 %1542, 224
  %1585 = getelementptr inbounds float, ptr %Vn, i64 %1584
  %1586 = load <16 x float>, ptr %1585, align 4
  %1587 = or disjoint i64 %1542, 480
  %1588 = getelementptr inbounds float, ptr %Vn, i64 %1587
  %1589 = load <16 x float>, ptr %1588, align 4
  %1590 = shufflevector <16 x float> %1544, <16 x float> %1547, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1591 = shufflevector <16 x float> %1568, <16 x float> %1571, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1592 = shufflevector <16 x float> %1550, <16 x float> %1553, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1593 = shufflevector <16 x float> %1574, <16 x float> %1577, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1594 = shufflevector <16 x float> %1556, <16 x float> %1559, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1595 = shufflevector <16 x float> %1580, <16 x float> %1583, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1596 = shufflevector <16 x float> %1562, <16 x float> %1565, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1597 = shufflevector <16 x float> %1586, <16 x float> %1589, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1598 = shufflevector <16 x float> %1544, <16 x float> %1547, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1599 = shufflevector <16 x float> %1568, <16 x float> %1571, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1600 = shufflevector <16 x float> %1550, <16 x float> %1553, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1601 = shufflevector <16 x float> %1574, <16 x float> %1577, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1602 = shufflevector <16 x float> %1556, <16 x float> %1559, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1603 = shufflevector <16 x float> %1580, <16 x float> %1583, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1604 = shufflevector <16 x float> %1562, <16 x float> %1565, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1605 = shufflevector <16 x float> %1586, <16 x float> %1589, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1606 = shufflevector <16 x float> %1590, <16 x float> %1591, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1607 = shufflevector <16 x float> %1594, <16 x float> %1595, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1608 = shufflevector <16 x float> %1592, <16 x float> %1593, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1609 = shufflevector <16 x float> %1596, <16 x float> %1597, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1610 = shufflevector <16 x float> %1590, <16 x float> %1591, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1611 = shufflevector <16 x float> %1594, <16 x float> %1595, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1612 = shufflevector <16 x float> %1592, <16 x float> %1593, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1613 = shufflevector <16 x float> %1596, <16 x float> %1597, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1614 = shufflevector <16 x float> %1598, <16 x float> %1599, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1615 = shufflevector <16 x float> %1602, <16 x float> %1603, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1616 = shufflevector <16 x float> %1600, <16 x float> %1601, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1617 = shufflevector <16 x float> %1604, <16 x float> %1605, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1618 = shufflevector <16 x float> %1598, <16 x float> %1599, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1619 = shufflevector <16 x float> %1602, <16 x float> %1603, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1620 = shufflevector <16 x float> %1600, <16 x float> %1601, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1621 = shufflevector <16 x float> %1604, <16 x float> %1605, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1622 = shufflevector <16 x float> %1606, <16 x float> %1607, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1623 = shufflevector <16 x float> %1608, <16 x float> %1609, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1624 = shufflevector <16 x float> %1606, <16 x float> %1607, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1625 = shufflevector <16 x float> %1608, <16 x float> %1609, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1626 = shufflevector <16 x float> %1610, <16 x float> %1611, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1627 = shufflevector <16 x float> %1612, <16 x float> %1613, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1628 = shufflevector <16 x float> %1610, <16 x float> %1611, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1629 = shufflevector <16 x float> %1612, <16 x float> %1613, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1630 = shufflevector <16 x float> %1614, <16 x float> %1615, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1631 = shufflevector <16 x float> %1616, <16 x float> %1617, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1632 = shufflevector <16 x float> %1614, <16 x float> %1615, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1633 = shufflevector <16 x float> %1616, <16 x float> %1617, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1634 = shufflevector <16 x float> %1618, <16 x float> %1619, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1635 = shufflevector <16 x float> %1620, <16 x float> %1621, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1636 = shufflevector <16 x float> %1618, <16 x float> %1619, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1637 = shufflevector <16 x float> %1620, <16 x float> %1621, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1638 = shufflevector <16 x float> %1622, <16 x float> %1623, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1639 = shl nuw nsw i64 %j18.addr.02716, 6
  %1640 = add nuw nsw i64 %1639, %i21.addr.02717
  %1641 = getelementptr inbounds float, ptr %VnT, i64 %1640
  store <16 x float> %1638, ptr %1641, align 4
  %1642 = shufflevector <16 x float> %1622, <16 x float> %1623, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1643 = or disjoint i64 %1640, 64
  %1644 = getelementptr inbounds float, ptr %VnT, i64 %1643
  store <16 x float> %1642, ptr %1644, align 4
  %1645 = shufflevector <16 x float> %1624, <16 x float> %1625, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1646 = or disjoint i64 %1640, 128
  %1647 = getelementptr inbounds float, ptr %VnT, i64 %1646
  store <16 x float> %1645, ptr %1647, align 4
  %1648 = shufflevector <16 x float> %1624, <16 x float> %1625, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1649 = or disjoint i64 %1640, 192
  %1650 = getelementptr inbounds float, ptr %VnT, i64 %1649
  store <16 x float> %1648, ptr %1650, align 4
  %1651 = shufflevector <16 x float> %1626, <16 x float> %1627, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1652 = or disjoint i64 %1640, 256
  %1653 = getelementptr inbounds float, ptr %VnT, i64 %1652
  store <16 x float> %1651, ptr %1653, align 4
  %1654 = shufflevector <16 x float> %1626, <16 x float> %1627, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1655 = or disjoint i64 %1640, 320
  %1656 = getelementptr inbounds float, ptr %VnT, i64 %1655
  store <16 x float> %1654, ptr %1656, align 4
  %1657 = shufflevector <16 x float> %1628, <16 x float> %1629, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1658 = or disjoint i64 %1640, 384
  %1659 = getelementptr inbounds float, ptr %VnT, i64 %1658
  store <16 x float> %1657, ptr %1659, align 4
  %1660 = shufflevector <16 x float> %1628, <16 x float> %1629, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1661 = or disjoint i64 %1640, 448
  %1662 = getelementptr inbounds float, ptr %VnT, i64 %1661
  store <16 x float> %1660, ptr %1662, align 4
  %1663 = shufflevector <16 x float> %1630, <16 x float> %1631, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1664 = or disjoint i64 %1640, 512
  %1665 = getelementptr inbounds float, ptr %VnT, i64 %1664
  store <16 x float> %1663, ptr %1665, align 4
  %1666 = shufflevector <16 x float> %1630, <16 x float> %1631, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1667 = or disjoint i64 %1640, 576
  %1668 = getelementptr inbounds float, ptr %VnT, i64 %1667
  store <16 x float> %1666, ptr %1668, align 4
  %1669 = shufflevector <16 x float> %1632, <16 x float> %1633, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1670 = or disjoint i64 %1640, 640
  %1671 = getelementptr inbounds float, ptr %VnT, i64 %1670
  store <16 x float> %1669, ptr %1671, align 4
  %1672 = shufflevector <16 x float> %1632, <16 x float> %1633, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1673 = or disjoint i64 %1640, 704
  %1674 = getelementptr inbounds float, ptr %VnT, i64 %1673
  store <16 x float> %1672, ptr %1674, align 4
  %1675 = shufflevector <16 x float> %1634, <16 x float> %1635, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1676 = or disjoint i64 %1640, 768
  %1677 = getelementptr inbounds float, ptr %VnT, i64 %1676
  store <16 x float> %1675, ptr %1677, align 4
  %1678 = shufflevector <16 x float> %1634, <16 x float> %1635, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1679 = or disjoint i64 %1640, 832
  %1680 = getelementptr inbounds float, ptr %VnT, i64 %1679
  store <16 x float> %1678, ptr %1680, align 4
  %1681 = shufflevector <16 x float> %1636, <16 x float> %1637, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1682 = or disjoint i64 %1640, 896
  %1683 = getelementptr inbounds float, ptr %VnT, i64 %1682
  store <16 x float> %1681, ptr %1683, align 4
  %1684 = shufflevector <16 x float> %1636, <16 x float> %1637, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1685 = or disjoint i64 %1640, 960
  %1686 = getelementptr inbounds float, ptr %VnT, i64 %1685
  store <16 x float> %1684, ptr %1686, align 4
  br i1 %1541, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i21.next = add nuw nsw i64 %i21.addr.02717, 16
  %1687 = icmp ult i64 %i21.addr.02717, 48
  br i1 %1687, label %j18.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %j18.exit, %p5.exit
  %i22.addr.02735 = phi i64 [ %i22.next, %p5.exit ], [ 0, %j18.exit ]
  %1688 = shl nuw nsw i64 %i22.addr.02735, 5
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc32.02734 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1707, %p5.body ]
  %acc33.02733 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1708, %p5.body ]
  %acc34.02732 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1709, %p5.body ]
  %acc35.02731 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1710, %p5.body ]
  %acc36.02730 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1716, %p5.body ]
  %acc37.02729 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1717, %p5.body ]
  %acc38.02728 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1718, %p5.body ]
  %acc39.02727 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1719, %p5.body ]
  %acc40.02726 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1725, %p5.body ]
  %acc41.02725 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1726, %p5.body ]
  %acc42.02724 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1727, %p5.body ]
  %acc43.02723 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1728, %p5.body ]
  %acc44.02722 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1734, %p5.body ]
  %acc45.02721 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1735, %p5.body ]
  %acc46.02720 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1736, %p5.body ]
  %acc47.02719 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1737, %p5.body ]
  %p5.addr.02718 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %1689 = shl nuw nsw i64 %p5.addr.02718, 6
  %1690 = getelementptr inbounds float, ptr %QcT, i64 %1689
  %1691 = load <16 x float>, ptr %1690, align 4
  %1692 = or disjoint i64 %1689, 16
  %1693 = getelementptr inbounds float, ptr %QcT, i64 %1692
  %1694 = load <16 x float>, ptr %1693, align 4
  %1695 = or disjoint i64 %1689, 32
  %1696 = getelementptr inbounds float, ptr %QcT, i64 %1695
  %1697 = load <16 x float>, ptr %1696, align 4
  %1698 = or disjoint i64 %1689, 48
  %1699 = getelementptr inbounds float, ptr %QcT, i64 %1698
  %1700 = load <16 x float>, ptr %1699, align 4
  %1701 = add nuw nsw i64 %p5.addr.02718, %1688
  %1702 = or disjoint i64 %1701, 4096
  %1703 = getelementptr inbounds float, ptr %Bk, i64 %1702
  %1704 = load float, ptr %1703, align 4
  %1705 = insertelement <16 x float> poison, float %1704, i64 0
  %1706 = shufflevector <16 x float> %1705, <16 x float> poison, <16 x i32> zeroinitializer
  %1707 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1691, <16 x float> %acc32.02734)
  %1708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1694, <16 x float> %acc33.02733)
  %1709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1697, <16 x float> %acc34.02732)
  %1710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1700, <16 x float> %acc35.02731)
  %1711 = or disjoint i64 %1701, 4128
  %1712 = getelementptr inbounds float, ptr %Bk, i64 %1711
  %1713 = load float, ptr %1712, align 4
  %1714 = insertelement <16 x float> poison, float %1713, i64 0
  %1715 = shufflevector <16 x float> %1714, <16 x float> poison, <16 x i32> zeroinitializer
  %1716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1691, <16 x float> %acc36.02730)
  %1717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1694, <16 x float> %acc37.02729)
  %1718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1697, <16 x float> %acc38.02728)
  %1719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1715, <16 x float> %1700, <16 x float> %acc39.02727)
  %1720 = or disjoint i64 %1701, 4160
  %1721 = getelementptr inbounds float, ptr %Bk, i64 %1720
  %1722 = load float, ptr %1721, align 4
  %1723 = insertelement <16 x float> poison, float %1722, i64 0
  %1724 = shufflevector <16 x float> %1723, <16 x float> poison, <16 x i32> zeroinitializer
  %1725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1691, <16 x float> %acc40.02726)
  %1726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1694, <16 x float> %acc41.02725)
  %1727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1697, <16 x float> %acc42.02724)
  %1728 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1700, <16 x float> %acc43.02723)
  %1729 = or disjoint i64 %1701, 4192
  %1730 = getelementptr inbounds float, ptr %Bk, i64 %1729
  %1731 = load float, ptr %1730, align 4
  %1732 = insertelement <16 x float> poison, float %1731, i64 0
  %1733 = shufflevector <16 x float> %1732, <16 x float> poison, <16 x i32> zeroinitializer
  %1734 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1733, <16 x float> %1691, <16 x float> %acc44.02722)
  %1735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1733, <16 x float> %1694, <16 x float> %acc45.02721)
  %1736 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1733, <16 x float> %1697, <16 x float> %acc46.02720)
  %1737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1733, <16 x float> %1700, <16 x float> %acc47.02719)
  %p5.next = add nuw nsw i64 %p5.addr.02718, 1
  %exitcond3142.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond3142.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %1738 = shl nuw nsw i64 %i22.addr.02735, 6
  %1739 = getelementptr inbounds float, ptr %PT, i64 %1738
  store <16 x float> %1707, ptr %1739, align 4
  %1740 = or disjoint i64 %1738, 16
  %1741 = getelementptr inbounds float, ptr %PT, i64 %1740
  store <16 x float> %1708, ptr %1741, align 4
  %1742 = or disjoint i64 %1738, 32
  %1743 = getelementptr inbounds float, ptr %PT, i64 %1742
  store <16 x float> %1709, ptr %1743, align 4
  %1744 = or disjoint i64 %1738, 48
  %1745 = getelementptr inbounds float, ptr %PT, i64 %1744
  store <16 x float> %1710, ptr %1745, align 4
  %1746 = or disjoint i64 %1738, 64
  %1747 = getelementptr inbounds float, ptr %PT, i64 %1746
  store <16 x float> %1716, ptr %1747, align 4
  %1748 = or disjoint i64 %1738, 80
  %1749 = getelementptr inbounds float, ptr %PT, i64 %1748
  store <16 x float> %1717, ptr %1749, align 4
  %1750 = or disjoint i64 %1738, 96
  %1751 = getelementptr inbounds float, ptr %PT, i64 %1750
  store <16 x float> %1718, ptr %1751, align 4
  %1752 = or disjoint i64 %1738, 112
  %1753 = getelementptr inbounds float, ptr %PT, i64 %1752
  store <16 x float> %1719, ptr %1753, align 4
  %1754 = or disjoint i64 %1738, 128
  %1755 = getelementptr inbounds float, ptr %PT, i64 %1754
  store <16 x float> %1725, ptr %1755, align 4
  %1756 = or disjoint i64 %1738, 144
  %1757 = getelementptr inbounds float, ptr %PT, i64 %1756
  store <16 x float> %1726, ptr %1757, align 4
  %1758 = or disjoint i64 %1738, 160
  %1759 = getelementptr inbounds float, ptr %PT, i64 %1758
  store <16 x float> %1727, ptr %1759, align 4
  %1760 = or disjoint i64 %1738, 176
  %1761 = getelementptr inbounds float, ptr %PT, i64 %1760
  store <16 x float> %1728, ptr %1761, align 4
  %1762 = or disjoint i64 %1738, 192
  %1763 = getelementptr inbounds float, ptr %PT, i64 %1762
  store <16 x float> %1734, ptr %1763, align 4
  %1764 = or disjoint i64 %1738, 208
  %1765 = getelementptr inbounds float, ptr %PT, i64 %1764
  store <16 x float> %1735, ptr %1765, align 4
  %1766 = or disjoint i64 %1738, 224
  %1767 = getelementptr inbounds float, ptr %PT, i64 %1766
  store <16 x float> %1736, ptr %1767, align 4
  %1768 = or disjoint i64 %1738, 240
  %1769 = getelementptr inbounds float, ptr %PT, i64 %1768
  store <16 x float> %1737, ptr %1769, align 4
  %i22.next = add nuw nsw i64 %i22.addr.02735, 4
  %1770 = icmp ult i64 %i22.addr.02735, 60
  br i1 %1770, label %p5.head.preheader, label %s7.head.preheader

s7.head.preheader:                                ; preds = %p5.exit, %s7.head.preheader
  %t3.addr.02737 = phi i64 [ %t3.next.1, %s7.head.preheader ], [ 0, %p5.exit ]
  %1771 = shl nuw nsw i64 %t3.addr.02737, 6
  %1772 = getelementptr inbounds float, ptr %PT, i64 %1771
  %1773 = load <16 x float>, ptr %1772, align 4
  %1774 = getelementptr inbounds float, ptr %M, i64 %1771
  %1775 = load <16 x float>, ptr %1774, align 4
  %1776 = fmul <16 x float> %1773, %1775
  store <16 x float> %1776, ptr %1772, align 4
  %1777 = or disjoint i64 %1771, 16
  %1778 = getelementptr inbounds float, ptr %PT, i64 %1777
  %1779 = load <16 x float>, ptr %1778, align 4
  %1780 = getelementptr inbounds float, ptr %M, i64 %1777
  %1781 = load <16 x float>, ptr %1780, align 4
  %1782 = fmul <16 x float> %1779, %1781
  store <16 x float> %1782, ptr %1778, align 4
  %1783 = or disjoint i64 %1771, 32
  %1784 = getelementptr inbounds float, ptr %PT, i64 %1783
  %1785 = load <16 x float>, ptr %1784, align 4
  %1786 = getelementptr inbounds float, ptr %M, i64 %1783
  %1787 = load <16 x float>, ptr %1786, align 4
  %1788 = fmul <16 x float> %1785, %1787
  store <16 x float> %1788, ptr %1784, align 4
  %1789 = or disjoint i64 %1771, 48
  %1790 = getelementptr inbounds float, ptr %PT, i64 %1789
  %1791 = load <16 x float>, ptr %1790, align 4
  %1792 = getelementptr inbounds float, ptr %M, i64 %1789
  %1793 = load <16 x float>, ptr %1792, align 4
  %1794 = fmul <16 x float> %1791, %1793
  store <16 x float> %1794, ptr %1790, align 4
  %t3.next = shl i64 %t3.addr.02737, 6
  %1795 = or disjoint i64 %t3.next, 64
  %1796 = getelementptr inbounds float, ptr %PT, i64 %1795
  %1797 = load <16 x float>, ptr %1796, align 4
  %1798 = getelementptr inbounds float, ptr %M, i64 %1795
  %1799 = load <16 x float>, ptr %1798, align 4
  %1800 = fmul <16 x float> %1797, %1799
  store <16 x float> %1800, ptr %1796, align 4
  %1801 = or disjoint i64 %t3.next, 80
  %1802 = getelementptr inbounds float, ptr %PT, i64 %1801
  %1803 = load <16 x float>, ptr %1802, align 4
  %1804 = getelementptr inbounds float, ptr %M, i64 %1801
  %1805 = load <16 x float>, ptr %1804, align 4
  %1806 = fmul <16 x float> %1803, %1805
  store <16 x float> %1806, ptr %1802, align 4
  %1807 = or disjoint i64 %t3.next, 96
  %1808 = getelementptr inbounds float, ptr %PT, i64 %1807
  %1809 = load <16 x float>, ptr %1808, align 4
  %1810 = getelementptr inbounds float, ptr %M, i64 %1807
  %1811 = load <16 x float>, ptr %1810, align 4
  %1812 = fmul <16 x float> %1809, %1811
  store <16 x float> %1812, ptr %1808, align 4
  %1813 = or disjoint i64 %t3.next, 112
  %1814 = getelementptr inbounds float, ptr %PT, i64 %1813
  %1815 = load <16 x float>, ptr %1814, align 4
  %1816 = getelementptr inbounds float, ptr %M, i64 %1813
  %1817 = load <16 x float>, ptr %1816, align 4
  %1818 = fmul <16 x float> %1815, %1817
  store <16 x float> %1818, ptr %1814, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.02737, 2
  %exitcond3143.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond3143.not.1, label %j20.head.preheader, label %s7.head.preheader

j20.head.preheader:                               ; preds = %s7.head.preheader, %j20.head.preheader
  %i23.addr.02739 = phi i64 [ %i23.next.7, %j20.head.preheader ], [ 0, %s7.head.preheader ]
  %.idx2937 = shl nsw i64 %i23.addr.02739, 8
  %gep3345 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937
  %1819 = load <16 x float>, ptr %gep3345, align 4
  %.idx2938 = shl nsw i64 %i23.addr.02739, 7
  %gep3347 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938
  store <16 x float> %1819, ptr %gep3347, align 4
  %gep3349 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937
  %1820 = load <16 x float>, ptr %gep3349, align 4
  %gep3351 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938
  store <16 x float> %1820, ptr %gep3351, align 4
  %i23.next = or disjoint i64 %i23.addr.02739, 1
  %.idx2937.1 = shl nsw i64 %i23.next, 8
  %gep3345.1 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.1
  %1821 = load <16 x float>, ptr %gep3345.1, align 4
  %.idx2938.1 = shl nsw i64 %i23.next, 7
  %gep3347.1 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.1
  store <16 x float> %1821, ptr %gep3347.1, align 4
  %gep3349.1 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.1
  %1822 = load <16 x float>, ptr %gep3349.1, align 4
  %gep3351.1 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.1
  store <16 x float> %1822, ptr %gep3351.1, align 4
  %i23.next.1 = or disjoint i64 %i23.addr.02739, 2
  %.idx2937.2 = shl nsw i64 %i23.next.1, 8
  %gep3345.2 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.2
  %1823 = load <16 x float>, ptr %gep3345.2, align 4
  %.idx2938.2 = shl nsw i64 %i23.next.1, 7
  %gep3347.2 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.2
  store <16 x float> %1823, ptr %gep3347.2, align 4
  %gep3349.2 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.2
  %1824 = load <16 x float>, ptr %gep3349.2, align 4
  %gep3351.2 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.2
  store <16 x float> %1824, ptr %gep3351.2, align 4
  %i23.next.2 = or disjoint i64 %i23.addr.02739, 3
  %.idx2937.3 = shl nsw i64 %i23.next.2, 8
  %gep3345.3 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.3
  %1825 = load <16 x float>, ptr %gep3345.3, align 4
  %.idx2938.3 = shl nsw i64 %i23.next.2, 7
  %gep3347.3 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.3
  store <16 x float> %1825, ptr %gep3347.3, align 4
  %gep3349.3 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.3
  %1826 = load <16 x float>, ptr %gep3349.3, align 4
  %gep3351.3 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.3
  store <16 x float> %1826, ptr %gep3351.3, align 4
  %i23.next.3 = or disjoint i64 %i23.addr.02739, 4
  %.idx2937.4 = shl nsw i64 %i23.next.3, 8
  %gep3345.4 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.4
  %1827 = load <16 x float>, ptr %gep3345.4, align 4
  %.idx2938.4 = shl nsw i64 %i23.next.3, 7
  %gep3347.4 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.4
  store <16 x float> %1827, ptr %gep3347.4, align 4
  %gep3349.4 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.4
  %1828 = load <16 x float>, ptr %gep3349.4, align 4
  %gep3351.4 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.4
  store <16 x float> %1828, ptr %gep3351.4, align 4
  %i23.next.4 = or disjoint i64 %i23.addr.02739, 5
  %.idx2937.5 = shl nsw i64 %i23.next.4, 8
  %gep3345.5 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.5
  %1829 = load <16 x float>, ptr %gep3345.5, align 4
  %.idx2938.5 = shl nsw i64 %i23.next.4, 7
  %gep3347.5 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.5
  store <16 x float> %1829, ptr %gep3347.5, align 4
  %gep3349.5 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.5
  %1830 = load <16 x float>, ptr %gep3349.5, align 4
  %gep3351.5 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.5
  store <16 x float> %1830, ptr %gep3351.5, align 4
  %i23.next.5 = or disjoint i64 %i23.addr.02739, 6
  %.idx2937.6 = shl nsw i64 %i23.next.5, 8
  %gep3345.6 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.6
  %1831 = load <16 x float>, ptr %gep3345.6, align 4
  %.idx2938.6 = shl nsw i64 %i23.next.5, 7
  %gep3347.6 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.6
  store <16 x float> %1831, ptr %gep3347.6, align 4
  %gep3349.6 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.6
  %1832 = load <16 x float>, ptr %gep3349.6, align 4
  %gep3351.6 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.6
  store <16 x float> %1832, ptr %gep3351.6, align 4
  %i23.next.6 = or disjoint i64 %i23.addr.02739, 7
  %.idx2937.7 = shl nsw i64 %i23.next.6, 8
  %gep3345.7 = getelementptr inbounds i8, ptr %invariant.gep3344, i64 %.idx2937.7
  %1833 = load <16 x float>, ptr %gep3345.7, align 4
  %.idx2938.7 = shl nsw i64 %i23.next.6, 7
  %gep3347.7 = getelementptr inbounds i8, ptr %invariant.gep3346, i64 %.idx2938.7
  store <16 x float> %1833, ptr %gep3347.7, align 4
  %gep3349.7 = getelementptr inbounds i8, ptr %invariant.gep3348, i64 %.idx2937.7
  %1834 = load <16 x float>, ptr %gep3349.7, align 4
  %gep3351.7 = getelementptr inbounds i8, ptr %invariant.gep3350, i64 %.idx2938.7
  store <16 x float> %1834, ptr %gep3351.7, align 4
  %i23.next.7 = add nuw nsw i64 %i23.addr.02739, 8
  %exitcond3146.not.7 = icmp eq i64 %i23.next.7, 64
  br i1 %exitcond3146.not.7, label %i24.body, label %j20.head.preheader

i24.body:                                         ; preds = %j20.head.preheader, %p6.exit
  %i24.addr.02757 = phi i64 [ %i24.next, %p6.exit ], [ 0, %j20.head.preheader ]
  %1835 = shl nuw nsw i64 %i24.addr.02757, 5
  %1836 = or disjoint i64 %1835, 2048
  %1837 = getelementptr inbounds float, ptr %OY, i64 %1836
  %1838 = load <16 x float>, ptr %1837, align 4
  %1839 = or disjoint i64 %1835, 2064
  %1840 = getelementptr inbounds float, ptr %OY, i64 %1839
  %1841 = load <16 x float>, ptr %1840, align 4
  %1842 = or disjoint i64 %i24.addr.02757, 1
  %1843 = shl nuw nsw i64 %1842, 5
  %1844 = or disjoint i64 %1843, 2048
  %1845 = getelementptr inbounds float, ptr %OY, i64 %1844
  %1846 = load <16 x float>, ptr %1845, align 4
  %1847 = or disjoint i64 %1843, 2064
  %1848 = getelementptr inbounds float, ptr %OY, i64 %1847
  %1849 = load <16 x float>, ptr %1848, align 4
  %1850 = or disjoint i64 %i24.addr.02757, 2
  %1851 = shl nuw nsw i64 %1850, 5
  %1852 = or disjoint i64 %1851, 2048
  %1853 = getelementptr inbounds float, ptr %OY, i64 %1852
  %1854 = load <16 x float>, ptr %1853, align 4
  %1855 = or disjoint i64 %1851, 2064
  %1856 = getelementptr inbounds float, ptr %OY, i64 %1855
  %1857 = load <16 x float>, ptr %1856, align 4
  %1858 = or disjoint i64 %i24.addr.02757, 3
  %1859 = shl nuw nsw i64 %1858, 5
  %1860 = or disjoint i64 %1859, 2048
  %1861 = getelementptr inbounds float, ptr %OY, i64 %1860
  %1862 = load <16 x float>, ptr %1861, align 4
  %1863 = or disjoint i64 %1859, 2064
  %1864 = getelementptr inbounds float, ptr %OY, i64 %1863
  %1865 = load <16 x float>, ptr %1864, align 4
  %1866 = or disjoint i64 %i24.addr.02757, 4
  %1867 = shl nuw nsw i64 %1866, 5
  %1868 = or disjoint i64 %1867, 2048
  %1869 = getelementptr inbounds float, ptr %OY, i64 %1868
  %1870 = load <16 x float>, ptr %1869, align 4
  %1871 = or disjoint i64 %1867, 2064
  %1872 = getelementptr inbounds float, ptr %OY, i64 %1871
  %1873 = load <16 x float>, ptr %1872, align 4
  %1874 = or disjoint i64 %i24.addr.02757, 5
  %1875 = shl nuw nsw i64 %1874, 5
  %1876 = or disjoint i64 %1875, 2048
  %1877 = getelementptr inbounds float, ptr %OY, i64 %1876
  %1878 = load <16 x float>, ptr %1877, align 4
  %1879 = or disjoint i64 %1875, 2064
  %1880 = getelementptr inbounds float, ptr %OY, i64 %1879
  %1881 = load <16 x float>, ptr %1880, align 4
  %1882 = or disjoint i64 %i24.addr.02757, 6
  %1883 = shl nuw nsw i64 %1882, 5
  %1884 = or disjoint i64 %1883, 2048
  %1885 = getelementptr inbounds float, ptr %OY, i64 %1884
  %1886 = load <16 x float>, ptr %1885, align 4
  %1887 = or disjoint i64 %1883, 2064
  %1888 = getelementptr inbounds float, ptr %OY, i64 %1887
  %1889 = load <16 x float>, ptr %1888, align 4
  %1890 = or disjoint i64 %i24.addr.02757, 7
  %1891 = shl nuw nsw i64 %1890, 5
  %1892 = or disjoint i64 %1891, 2048
  %1893 = getelementptr inbounds float, ptr %OY, i64 %1892
  %1894 = load <16 x float>, ptr %1893, align 4
  %1895 = or disjoint i64 %1891, 2064
  %1896 = getelementptr inbounds float, ptr %OY, i64 %1895
  %1897 = load <16 x float>, ptr %1896, align 4
  %.idx2939 = shl nsw i64 %i24.addr.02757, 8
  %.idx2940 = shl nsw i64 %1842, 8
  %.idx2941 = shl nsw i64 %1850, 8
  %.idx2942 = shl nsw i64 %1858, 8
  %.idx2943 = shl nsw i64 %1866, 8
  %.idx2944 = shl nsw i64 %1874, 8
  %.idx2945 = shl nsw i64 %1882, 8
  %.idx2946 = shl nsw i64 %1890, 8
  br label %p6.body

p6.body:                                          ; preds = %i24.body, %p6.body
  %acc48.02756 = phi <16 x float> [ %1838, %i24.body ], [ %1909, %p6.body ]
  %acc49.02755 = phi <16 x float> [ %1841, %i24.body ], [ %1910, %p6.body ]
  %acc50.02754 = phi <16 x float> [ %1846, %i24.body ], [ %1915, %p6.body ]
  %acc51.02753 = phi <16 x float> [ %1849, %i24.body ], [ %1916, %p6.body ]
  %acc52.02752 = phi <16 x float> [ %1854, %i24.body ], [ %1921, %p6.body ]
  %acc53.02751 = phi <16 x float> [ %1857, %i24.body ], [ %1922, %p6.body ]
  %acc54.02750 = phi <16 x float> [ %1862, %i24.body ], [ %1927, %p6.body ]
  %acc55.02749 = phi <16 x float> [ %1865, %i24.body ], [ %1928, %p6.body ]
  %acc56.02748 = phi <16 x float> [ %1870, %i24.body ], [ %1933, %p6.body ]
  %acc57.02747 = phi <16 x float> [ %1873, %i24.body ], [ %1934, %p6.body ]
  %acc58.02746 = phi <16 x float> [ %1878, %i24.body ], [ %1939, %p6.body ]
  %acc59.02745 = phi <16 x float> [ %1881, %i24.body ], [ %1940, %p6.body ]
  %acc60.02744 = phi <16 x float> [ %1886, %i24.body ], [ %1945, %p6.body ]
  %acc61.02743 = phi <16 x float> [ %1889, %i24.body ], [ %1946, %p6.body ]
  %acc62.02742 = phi <16 x float> [ %1894, %i24.body ], [ %1951, %p6.body ]
  %acc63.02741 = phi <16 x float> [ %1897, %i24.body ], [ %1952, %p6.body ]
  %p6.addr.02740 = phi i64 [ 0, %i24.body ], [ %p6.next, %p6.body ]
  %1898 = shl nuw nsw i64 %p6.addr.02740, 5
  %1899 = getelementptr inbounds float, ptr %OY, i64 %1898
  %1900 = load <16 x float>, ptr %1899, align 4
  %1901 = or disjoint i64 %1898, 16
  %1902 = getelementptr inbounds float, ptr %OY, i64 %1901
  %1903 = load <16 x float>, ptr %1902, align 4
  %1904 = getelementptr inbounds float, ptr %PT, i64 %p6.addr.02740
  %1905 = getelementptr inbounds i8, ptr %1904, i64 %.idx2939
  %1906 = load float, ptr %1905, align 4
  %1907 = insertelement <16 x float> poison, float %1906, i64 0
  %1908 = shufflevector <16 x float> %1907, <16 x float> poison, <16 x i32> zeroinitializer
  %1909 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1908, <16 x float> %1900, <16 x float> %acc48.02756)
  %1910 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1908, <16 x float> %1903, <16 x float> %acc49.02755)
  %1911 = getelementptr inbounds i8, ptr %1904, i64 %.idx2940
  %1912 = load float, ptr %1911, align 4
  %1913 = insertelement <16 x float> poison, float %1912, i64 0
  %1914 = shufflevector <16 x float> %1913, <16 x float> poison, <16 x i32> zeroinitializer
  %1915 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1914, <16 x float> %1900, <16 x float> %acc50.02754)
  %1916 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1914, <16 x float> %1903, <16 x float> %acc51.02753)
  %1917 = getelementptr inbounds i8, ptr %1904, i64 %.idx2941
  %1918 = load float, ptr %1917, align 4
  %1919 = insertelement <16 x float> poison, float %1918, i64 0
  %1920 = shufflevector <16 x float> %1919, <16 x float> poison, <16 x i32> zeroinitializer
  %1921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1920, <16 x float> %1900, <16 x float> %acc52.02752)
  %1922 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1920, <16 x float> %1903, <16 x float> %acc53.02751)
  %1923 = getelementptr inbounds i8, ptr %1904, i64 %.idx2942
  %1924 = load float, ptr %1923, align 4
  %1925 = insertelement <16 x float> poison, float %1924, i64 0
  %1926 = shufflevector <16 x float> %1925, <16 x float> poison, <16 x i32> zeroinitializer
  %1927 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1926, <16 x float> %1900, <16 x float> %acc54.02750)
  %1928 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1926, <16 x float> %1903, <16 x float> %acc55.02749)
  %1929 = getelementptr inbounds i8, ptr %1904, i64 %.idx2943
  %1930 = load float, ptr %1929, align 4
  %1931 = insertelement <16 x float> poison, float %1930, i64 0
  %1932 = shufflevector <16 x float> %1931, <16 x float> poison, <16 x i32> zeroinitializer
  %1933 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1932, <16 x float> %1900, <16 x float> %acc56.02748)
  %1934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1932, <16 x float> %1903, <16 x float> %acc57.02747)
  %1935 = getelementptr inbounds i8, ptr %1904, i64 %.idx2944
  %1936 = load float, ptr %1935, align 4
  %1937 = insertelement <16 x float> poison, float %1936, i64 0
  %1938 = shufflevector <16 x float> %1937, <16 x float> poison, <16 x i32> zeroinitializer
  %1939 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1938, <16 x float> %1900, <16 x float> %acc58.02746)
  %1940 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1938, <16 x float> %1903, <16 x float> %acc59.02745)
  %1941 = getelementptr inbounds i8, ptr %1904, i64 %.idx2945
  %1942 = load float, ptr %1941, align 4
  %1943 = insertelement <16 x float> poison, float %1942, i64 0
  %1944 = shufflevector <16 x float> %1943, <16 x float> poison, <16 x i32> zeroinitializer
  %1945 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1944, <16 x float> %1900, <16 x float> %acc60.02744)
  %1946 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1944, <16 x float> %1903, <16 x float> %acc61.02743)
  %1947 = getelementptr inbounds i8, ptr %1904, i64 %.idx2946
  %1948 = load float, ptr %1947, align 4
  %1949 = insertelement <16 x float> poison, float %1948, i64 0
  %1950 = shufflevector <16 x float> %1949, <16 x float> poison, <16 x i32> zeroinitializer
  %1951 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1950, <16 x float> %1900, <16 x float> %acc62.02742)
  %1952 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1950, <16 x float> %1903, <16 x float> %acc63.02741)
  %p6.next = add nuw nsw i64 %p6.addr.02740, 1
  %exitcond3147.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond3147.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <16 x float> %1909, ptr %1837, align 4
  store <16 x float> %1910, ptr %1840, align 4
  store <16 x float> %1915, ptr %1845, align 4
  store <16 x float> %1916, ptr %1848, align 4
  store <16 x float> %1921, ptr %1853, align 4
  store <16 x float> %1922, ptr %1856, align 4
  store <16 x float> %1927, ptr %1861, align 4
  store <16 x float> %1928, ptr %1864, align 4
  store <16 x float> %1933, ptr %1869, align 4
  store <16 x float> %1934, ptr %1872, align 4
  store <16 x float> %1939, ptr %1877, align 4
  store <16 x float> %1940, ptr %1880, align 4
  store <16 x float> %1945, ptr %1885, align 4
  store <16 x float> %1946, ptr %1888, align 4
  store <16 x float> %1951, ptr %1893, align 4
  store <16 x float> %1952, ptr %1896, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02757, 8
  %1953 = icmp ult i64 %i24.addr.02757, 56
  br i1 %1953, label %i24.body, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.exit
  %i25.addr.02775 = phi i64 [ %i25.next, %p7.exit ], [ 0, %p6.exit ]
  %1954 = shl nuw nsw i64 %i25.addr.02775, 5
  br label %p7.body

p7.body:                                          ; preds = %p7.head.preheader, %p7.body
  %p7.addr.02774 = phi i64 [ 0, %p7.head.preheader ], [ %p7.next, %p7.body ]
  %acc79.02773 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2002, %p7.body ]
  %acc78.02772 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2001, %p7.body ]
  %acc77.02771 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2000, %p7.body ]
  %acc76.02770 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1999, %p7.body ]
  %acc75.02769 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1993, %p7.body ]
  %acc74.02768 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1992, %p7.body ]
  %acc73.02767 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1991, %p7.body ]
  %acc72.02766 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1990, %p7.body ]
  %acc71.02765 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1984, %p7.body ]
  %acc70.02764 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1983, %p7.body ]
  %acc69.02763 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1982, %p7.body ]
  %acc68.02762 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1981, %p7.body ]
  %acc67.02761 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1975, %p7.body ]
  %acc66.02760 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1974, %p7.body ]
  %acc65.02759 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1973, %p7.body ]
  %acc64.02758 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1972, %p7.body ]
  %1955 = shl nuw nsw i64 %p7.addr.02774, 6
  %1956 = getelementptr inbounds float, ptr %dOT, i64 %1955
  %1957 = load <16 x float>, ptr %1956, align 4
  %1958 = or disjoint i64 %1955, 16
  %1959 = getelementptr inbounds float, ptr %dOT, i64 %1958
  %1960 = load <16 x float>, ptr %1959, align 4
  %1961 = or disjoint i64 %1955, 32
  %1962 = getelementptr inbounds float, ptr %dOT, i64 %1961
  %1963 = load <16 x float>, ptr %1962, align 4
  %1964 = or disjoint i64 %1955, 48
  %1965 = getelementptr inbounds float, ptr %dOT, i64 %1964
  %1966 = load <16 x float>, ptr %1965, align 4
  %1967 = add nuw nsw i64 %p7.addr.02774, %1954
  %1968 = getelementptr inbounds float, ptr %Vn, i64 %1967
  %1969 = load float, ptr %1968, align 4
  %1970 = insertelement <16 x float> poison, float %1969, i64 0
  %1971 = shufflevector <16 x float> %1970, <16 x float> poison, <16 x i32> zeroinitializer
  %1972 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1971, <16 x float> %1957, <16 x float> %acc64.02758)
  %1973 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1971, <16 x float> %1960, <16 x float> %acc65.02759)
  %1974 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1971, <16 x float> %1963, <16 x float> %acc66.02760)
  %1975 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1971, <16 x float> %1966, <16 x float> %acc67.02761)
  %1976 = or disjoint i64 %1967, 32
  %1977 = getelementptr inbounds float, ptr %Vn, i64 %1976
  %1978 = load float, ptr %1977, align 4
  %1979 = insertelement <16 x float> poison, float %1978, i64 0
  %1980 = shufflevector <16 x float> %1979, <16 x float> poison, <16 x i32> zeroinitializer
  %1981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1980, <16 x float> %1957, <16 x float> %acc68.02762)
  %1982 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1980, <16 x float> %1960, <16 x float> %acc69.02763)
  %1983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1980, <16 x float> %1963, <16 x float> %acc70.02764)
  %1984 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1980, <16 x float> %1966, <16 x float> %acc71.02765)
  %1985 = or disjoint i64 %1967, 64
  %1986 = getelementptr inbounds float, ptr %Vn, i64 %1985
  %1987 = load float, ptr %1986, align 4
  %1988 = insertelement <16 x float> poison, float %1987, i64 0
  %1989 = shufflevector <16 x float> %1988, <16 x float> poison, <16 x i32> zeroinitializer
  %1990 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1989, <16 x float> %1957, <16 x float> %acc72.02766)
  %1991 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1989, <16 x float> %1960, <16 x float> %acc73.02767)
  %1992 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1989, <16 x float> %1963, <16 x float> %acc74.02768)
  %1993 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1989, <16 x float> %1966, <16 x float> %acc75.02769)
  %1994 = or disjoint i64 %1967, 96
  %1995 = getelementptr inbounds float, ptr %Vn, i64 %1994
  %1996 = load float, ptr %1995, align 4
  %1997 = insertelement <16 x float> poison, float %1996, i64 0
  %1998 = shufflevector <16 x float> %1997, <16 x float> poison, <16 x i32> zeroinitializer
  %1999 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1957, <16 x float> %acc76.02770)
  %2000 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1960, <16 x float> %acc77.02771)
  %2001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1963, <16 x float> %acc78.02772)
  %2002 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1966, <16 x float> %acc79.02773)
  %p7.next = add nuw nsw i64 %p7.addr.02774, 1
  %exitcond3148.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond3148.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  %2003 = mul nuw nsw i64 %i25.addr.02775, 192
  %2004 = or disjoint i64 %2003, 64
  %2005 = getelementptr inbounds float, ptr %Ak, i64 %2004
  store <16 x float> %1972, ptr %2005, align 4
  %2006 = or disjoint i64 %2003, 80
  %2007 = getelementptr inbounds float, ptr %Ak, i64 %2006
  store <16 x float> %1973, ptr %2007, align 4
  %2008 = or disjoint i64 %2003, 96
  %2009 = getelementptr inbounds float, ptr %Ak, i64 %2008
  store <16 x float> %1974, ptr %2009, align 4
  %2010 = or disjoint i64 %2003, 112
  %2011 = getelementptr inbounds float, ptr %Ak, i64 %2010
  store <16 x float> %1975, ptr %2011, align 4
  %2012 = getelementptr inbounds float, ptr %Ak, i64 %2003
  %2013 = getelementptr inbounds i8, ptr %2012, i64 1024
  store <16 x float> %1981, ptr %2013, align 4
  %2014 = getelementptr inbounds i8, ptr %2012, i64 1088
  store <16 x float> %1982, ptr %2014, align 4
  %2015 = getelementptr inbounds i8, ptr %2012, i64 1152
  store <16 x float> %1983, ptr %2015, align 4
  %2016 = getelementptr inbounds i8, ptr %2012, i64 1216
  store <16 x float> %1984, ptr %2016, align 4
  %2017 = getelementptr inbounds i8, ptr %2012, i64 1792
  store <16 x float> %1990, ptr %2017, align 4
  %2018 = getelementptr inbounds i8, ptr %2012, i64 1856
  store <16 x float> %1991, ptr %2018, align 4
  %2019 = getelementptr inbounds i8, ptr %2012, i64 1920
  store <16 x float> %1992, ptr %2019, align 4
  %2020 = getelementptr inbounds i8, ptr %2012, i64 1984
  store <16 x float> %1993, ptr %2020, align 4
  %2021 = getelementptr inbounds i8, ptr %2012, i64 2560
  store <16 x float> %1999, ptr %2021, align 4
  %2022 = getelementptr inbounds i8, ptr %2012, i64 2624
  store <16 x float> %2000, ptr %2022, align 4
  %2023 = getelementptr inbounds i8, ptr %2012, i64 2688
  store <16 x float> %2001, ptr %2023, align 4
  %2024 = getelementptr inbounds i8, ptr %2012, i64 2752
  store <16 x float> %2002, ptr %2024, align 4
  %i25.next = add nuw nsw i64 %i25.addr.02775, 4
  %2025 = icmp ult i64 %i25.addr.02775, 60
  br i1 %2025, label %p7.head.preheader, label %s8.head.preheader

s8.head.preheader:                                ; preds = %p7.exit, %s8.head.preheader
  %t4.addr.02777 = phi i64 [ %t4.next.1, %s8.head.preheader ], [ 0, %p7.exit ]
  %.idx2947 = mul nuw nsw i64 %t4.addr.02777, 768
  %gep3353 = getelementptr inbounds i8, ptr %invariant.gep3352, i64 %.idx2947
  %2026 = load <16 x float>, ptr %gep3353, align 4
  %.idx2948 = shl nsw i64 %t4.addr.02777, 8
  %2027 = getelementptr inbounds i8, ptr %M, i64 %.idx2948
  %2028 = load <16 x float>, ptr %2027, align 4
  %2029 = fmul <16 x float> %2026, %2028
  store <16 x float> %2029, ptr %gep3353, align 4
  %gep3355 = getelementptr inbounds i8, ptr %invariant.gep3354, i64 %.idx2947
  %2030 = load <16 x float>, ptr %gep3355, align 4
  %2031 = getelementptr inbounds i8, ptr %25, i64 %.idx2948
  %2032 = load <16 x float>, ptr %2031, align 4
  %2033 = fmul <16 x float> %2030, %2032
  store <16 x float> %2033, ptr %gep3355, align 4
  %gep3357 = getelementptr inbounds i8, ptr %invariant.gep3356, i64 %.idx2947
  %2034 = load <16 x float>, ptr %gep3357, align 4
  %2035 = getelementptr inbounds i8, ptr %26, i64 %.idx2948
  %2036 = load <16 x float>, ptr %2035, align 4
  %2037 = fmul <16 x float> %2034, %2036
  store <16 x float> %2037, ptr %gep3357, align 4
  %gep3359 = getelementptr inbounds i8, ptr %invariant.gep3358, i64 %.idx2947
  %2038 = load <16 x float>, ptr %gep3359, align 4
  %2039 = getelementptr inbounds i8, ptr %27, i64 %.idx2948
  %2040 = load <16 x float>, ptr %2039, align 4
  %2041 = fmul <16 x float> %2038, %2040
  store <16 x float> %2041, ptr %gep3359, align 4
  %t4.next = or disjoint i64 %t4.addr.02777, 1
  %.idx2947.1 = mul nuw nsw i64 %t4.next, 768
  %gep3353.1 = getelementptr inbounds i8, ptr %invariant.gep3352, i64 %.idx2947.1
  %2042 = load <16 x float>, ptr %gep3353.1, align 4
  %.idx2948.1 = shl nsw i64 %t4.next, 8
  %2043 = getelementptr inbounds i8, ptr %M, i64 %.idx2948.1
  %2044 = load <16 x float>, ptr %2043, align 4
  %2045 = fmul <16 x float> %2042, %2044
  store <16 x float> %2045, ptr %gep3353.1, align 4
  %gep3355.1 = getelementptr inbounds i8, ptr %invariant.gep3354, i64 %.idx2947.1
  %2046 = load <16 x float>, ptr %gep3355.1, align 4
  %2047 = getelementptr inbounds i8, ptr %25, i64 %.idx2948.1
  %2048 = load <16 x float>, ptr %2047, align 4
  %2049 = fmul <16 x float> %2046, %2048
  store <16 x float> %2049, ptr %gep3355.1, align 4
  %gep3357.1 = getelementptr inbounds i8, ptr %invariant.gep3356, i64 %.idx2947.1
  %2050 = load <16 x float>, ptr %gep3357.1, align 4
  %2051 = getelementptr inbounds i8, ptr %26, i64 %.idx2948.1
  %2052 = load <16 x float>, ptr %2051, align 4
  %2053 = fmul <16 x float> %2050, %2052
  store <16 x float> %2053, ptr %gep3357.1, align 4
  %gep3359.1 = getelementptr inbounds i8, ptr %invariant.gep3358, i64 %.idx2947.1
  %2054 = load <16 x float>, ptr %gep3359.1, align 4
  %2055 = getelementptr inbounds i8, ptr %27, i64 %.idx2948.1
  %2056 = load <16 x float>, ptr %2055, align 4
  %2057 = fmul <16 x float> %2054, %2056
  store <16 x float> %2057, ptr %gep3359.1, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.02777, 2
  %exitcond3149.not.1 = icmp eq i64 %t4.next.1, 64
  br i1 %exitcond3149.not.1, label %p8.head.preheader, label %s8.head.preheader

p8.head.preheader:                                ; preds = %s8.head.preheader, %p8.exit
  %i26.addr.02795 = phi i64 [ %i26.next, %p8.exit ], [ 0, %s8.head.preheader ]
  %2058 = shl nuw nsw i64 %i26.addr.02795, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02794 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc95.02793 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2121, %p8.body ]
  %acc94.02792 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2120, %p8.body ]
  %acc93.02791 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2114, %p8.body ]
  %acc92.02790 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2113, %p8.body ]
  %acc91.02789 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2107, %p8.body ]
  %acc90.02788 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2106, %p8.body ]
  %acc89.02787 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2100, %p8.body ]
  %acc88.02786 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2099, %p8.body ]
  %acc87.02785 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2093, %p8.body ]
  %acc86.02784 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2092, %p8.body ]
  %acc85.02783 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2086, %p8.body ]
  %acc84.02782 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2085, %p8.body ]
  %acc83.02781 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2079, %p8.body ]
  %acc82.02780 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2078, %p8.body ]
  %acc81.02779 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2072, %p8.body ]
  %acc80.02778 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2071, %p8.body ]
  %2059 = shl nuw nsw i64 %p8.addr.02794, 5
  %2060 = or disjoint i64 %2059, 1024
  %2061 = getelementptr inbounds float, ptr %Bk, i64 %2060
  %2062 = load <16 x float>, ptr %2061, align 4
  %2063 = or disjoint i64 %2059, 1040
  %2064 = getelementptr inbounds float, ptr %Bk, i64 %2063
  %2065 = load <16 x float>, ptr %2064, align 4
  %2066 = add nuw nsw i64 %p8.addr.02794, %2058
  %2067 = getelementptr inbounds float, ptr %OY, i64 %2066
  %2068 = load float, ptr %2067, align 4
  %2069 = insertelement <16 x float> poison, float %2068, i64 0
  %2070 = shufflevector <16 x float> %2069, <16 x float> poison, <16 x i32> zeroinitializer
  %2071 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2070, <16 x float> %2062, <16 x float> %acc80.02778)
  %2072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2070, <16 x float> %2065, <16 x float> %acc81.02779)
  %2073 = or disjoint i64 %2066, 32
  %2074 = getelementptr inbounds float, ptr %OY, i64 %2073
  %2075 = load float, ptr %2074, align 4
  %2076 = insertelement <16 x float> poison, float %2075, i64 0
  %2077 = shufflevector <16 x float> %2076, <16 x float> poison, <16 x i32> zeroinitializer
  %2078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2077, <16 x float> %2062, <16 x float> %acc82.02780)
  %2079 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2077, <16 x float> %2065, <16 x float> %acc83.02781)
  %2080 = or disjoint i64 %2066, 64
  %2081 = getelementptr inbounds float, ptr %OY, i64 %2080
  %2082 = load float, ptr %2081, align 4
  %2083 = insertelement <16 x float> poison, float %2082, i64 0
  %2084 = shufflevector <16 x float> %2083, <16 x float> poison, <16 x i32> zeroinitializer
  %2085 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2084, <16 x float> %2062, <16 x float> %acc84.02782)
  %2086 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2084, <16 x float> %2065, <16 x float> %acc85.02783)
  %2087 = or disjoint i64 %2066, 96
  %2088 = getelementptr inbounds float, ptr %OY, i64 %2087
  %2089 = load float, ptr %2088, align 4
  %2090 = insertelement <16 x float> poison, float %2089, i64 0
  %2091 = shufflevector <16 x float> %2090, <16 x float> poison, <16 x i32> zeroinitializer
  %2092 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2091, <16 x float> %2062, <16 x float> %acc86.02784)
  %2093 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2091, <16 x float> %2065, <16 x float> %acc87.02785)
  %2094 = or disjoint i64 %2066, 128
  %2095 = getelementptr inbounds float, ptr %OY, i64 %2094
  %2096 = load float, ptr %2095, align 4
  %2097 = insertelement <16 x float> poison, float %2096, i64 0
  %2098 = shufflevector <16 x float> %2097, <16 x float> poison, <16 x i32> zeroinitializer
  %2099 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2098, <16 x float> %2062, <16 x float> %acc88.02786)
  %2100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2098, <16 x float> %2065, <16 x float> %acc89.02787)
  %2101 = or disjoint i64 %2066, 160
  %2102 = getelementptr inbounds float, ptr %OY, i64 %2101
  %2103 = load float, ptr %2102, align 4
  %2104 = insertelement <16 x float> poison, float %2103, i64 0
  %2105 = shufflevector <16 x float> %2104, <16 x float> poison, <16 x i32> zeroinitializer
  %2106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2105, <16 x float> %2062, <16 x float> %acc90.02788)
  %2107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2105, <16 x float> %2065, <16 x float> %acc91.02789)
  %2108 = or disjoint i64 %2066, 192
  %2109 = getelementptr inbounds float, ptr %OY, i64 %2108
  %2110 = load float, ptr %2109, align 4
  %2111 = insertelement <16 x float> poison, float %2110, i64 0
  %2112 = shufflevector <16 x float> %2111, <16 x float> poison, <16 x i32> zeroinitializer
  %2113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2112, <16 x float> %2062, <16 x float> %acc92.02790)
  %2114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2112, <16 x float> %2065, <16 x float> %acc93.02791)
  %2115 = or disjoint i64 %2066, 224
  %2116 = getelementptr inbounds float, ptr %OY, i64 %2115
  %2117 = load float, ptr %2116, align 4
  %2118 = insertelement <16 x float> poison, float %2117, i64 0
  %2119 = shufflevector <16 x float> %2118, <16 x float> poison, <16 x i32> zeroinitializer
  %2120 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2119, <16 x float> %2062, <16 x float> %acc94.02792)
  %2121 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2119, <16 x float> %2065, <16 x float> %acc95.02793)
  %p8.next = add nuw nsw i64 %p8.addr.02794, 1
  %exitcond3150.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond3150.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2122 = getelementptr inbounds float, ptr %dQc, i64 %2058
  store <16 x float> %2071, ptr %2122, align 4
  %2123 = or disjoint i64 %2058, 16
  %2124 = getelementptr inbounds float, ptr %dQc, i64 %2123
  store <16 x float> %2072, ptr %2124, align 4
  %2125 = or disjoint i64 %2058, 32
  %2126 = getelementptr inbounds float, ptr %dQc, i64 %2125
  store <16 x float> %2078, ptr %2126, align 4
  %2127 = or disjoint i64 %2058, 48
  %2128 = getelementptr inbounds float, ptr %dQc, i64 %2127
  store <16 x float> %2079, ptr %2128, align 4
  %2129 = or disjoint i64 %2058, 64
  %2130 = getelementptr inbounds float, ptr %dQc, i64 %2129
  store <16 x float> %2085, ptr %2130, align 4
  %2131 = or disjoint i64 %2058, 80
  %2132 = getelementptr inbounds float, ptr %dQc, i64 %2131
  store <16 x float> %2086, ptr %2132, align 4
  %2133 = or disjoint i64 %2058, 96
  %2134 = getelementptr inbounds float, ptr %dQc, i64 %2133
  store <16 x float> %2092, ptr %2134, align 4
  %2135 = or disjoint i64 %2058, 112
  %2136 = getelementptr inbounds float, ptr %dQc, i64 %2135
  store <16 x float> %2093, ptr %2136, align 4
  %2137 = or disjoint i64 %2058, 128
  %2138 = getelementptr inbounds float, ptr %dQc, i64 %2137
  store <16 x float> %2099, ptr %2138, align 4
  %2139 = or disjoint i64 %2058, 144
  %2140 = getelementptr inbounds float, ptr %dQc, i64 %2139
  store <16 x float> %2100, ptr %2140, align 4
  %2141 = or disjoint i64 %2058, 160
  %2142 = getelementptr inbounds float, ptr %dQc, i64 %2141
  store <16 x float> %2106, ptr %2142, align 4
  %2143 = or disjoint i64 %2058, 176
  %2144 = getelementptr inbounds float, ptr %dQc, i64 %2143
  store <16 x float> %2107, ptr %2144, align 4
  %2145 = or disjoint i64 %2058, 192
  %2146 = getelementptr inbounds float, ptr %dQc, i64 %2145
  store <16 x float> %2113, ptr %2146, align 4
  %2147 = or disjoint i64 %2058, 208
  %2148 = getelementptr inbounds float, ptr %dQc, i64 %2147
  store <16 x float> %2114, ptr %2148, align 4
  %2149 = or disjoint i64 %2058, 224
  %2150 = getelementptr inbounds float, ptr %dQc, i64 %2149
  store <16 x float> %2120, ptr %2150, align 4
  %2151 = or disjoint i64 %2058, 240
  %2152 = getelementptr inbounds float, ptr %dQc, i64 %2151
  store <16 x float> %2121, ptr %2152, align 4
  %i26.next = add nuw nsw i64 %i26.addr.02795, 8
  %2153 = icmp ult i64 %i26.addr.02795, 56
  br i1 %2153, label %p8.head.preheader, label %i27.body

i27.body:                                         ; preds = %p8.exit, %endif1399
  %i27.addr.02813 = phi i64 [ %i27.next, %endif1399 ], [ 0, %p8.exit ]
  %2154 = shl nuw nsw i64 %i27.addr.02813, 5
  %2155 = getelementptr inbounds float, ptr %dQc, i64 %2154
  %2156 = load <16 x float>, ptr %2155, align 4
  %2157 = or disjoint i64 %2154, 16
  %2158 = getelementptr inbounds float, ptr %dQc, i64 %2157
  %2159 = load <16 x float>, ptr %2158, align 4
  %2160 = or disjoint i64 %i27.addr.02813, 1
  %2161 = shl nuw nsw i64 %2160, 5
  %2162 = getelementptr inbounds float, ptr %dQc, i64 %2161
  %2163 = load <16 x float>, ptr %2162, align 4
  %2164 = or disjoint i64 %2161, 16
  %2165 = getelementptr inbounds float, ptr %dQc, i64 %2164
  %2166 = load <16 x float>, ptr %2165, align 4
  %2167 = or disjoint i64 %i27.addr.02813, 2
  %2168 = shl nuw nsw i64 %2167, 5
  %2169 = getelementptr inbounds float, ptr %dQc, i64 %2168
  %2170 = load <16 x float>, ptr %2169, align 4
  %2171 = or disjoint i64 %2168, 16
  %2172 = getelementptr inbounds float, ptr %dQc, i64 %2171
  %2173 = load <16 x float>, ptr %2172, align 4
  %2174 = or disjoint i64 %i27.addr.02813, 3
  %2175 = shl nuw nsw i64 %2174, 5
  %2176 = getelementptr inbounds float, ptr %dQc, i64 %2175
  %2177 = load <16 x float>, ptr %2176, align 4
  %2178 = or disjoint i64 %2175, 16
  %2179 = getelementptr inbounds float, ptr %dQc, i64 %2178
  %2180 = load <16 x float>, ptr %2179, align 4
  %2181 = or disjoint i64 %i27.addr.02813, 4
  %2182 = shl nuw nsw i64 %2181, 5
  %2183 = getelementptr inbounds float, ptr %dQc, i64 %2182
  %2184 = load <16 x float>, ptr %2183, align 4
  %2185 = or disjoint i64 %2182, 16
  %2186 = getelementptr inbounds float, ptr %dQc, i64 %2185
  %2187 = load <16 x float>, ptr %2186, align 4
  %2188 = or disjoint i64 %i27.addr.02813, 5
  %2189 = shl nuw nsw i64 %2188, 5
  %2190 = getelementptr inbounds float, ptr %dQc, i64 %2189
  %2191 = load <16 x float>, ptr %2190, align 4
  %2192 = or disjoint i64 %2189, 16
  %2193 = getelementptr inbounds float, ptr %dQc, i64 %2192
  %2194 = load <16 x float>, ptr %2193, align 4
  %2195 = or disjoint i64 %i27.addr.02813, 6
  %2196 = shl nuw nsw i64 %2195, 5
  %2197 = getelementptr inbounds float, ptr %dQc, i64 %2196
  %2198 = load <16 x float>, ptr %2197, align 4
  %2199 = or disjoint i64 %2196, 16
  %2200 = getelementptr inbounds float, ptr %dQc, i64 %2199
  %2201 = load <16 x float>, ptr %2200, align 4
  %2202 = or disjoint i64 %i27.addr.02813, 7
  %2203 = shl nuw nsw i64 %2202, 5
  %2204 = getelementptr inbounds float, ptr %dQc, i64 %2203
  %2205 = load <16 x float>, ptr %2204, align 4
  %2206 = or disjoint i64 %2203, 16
  %2207 = getelementptr inbounds float, ptr %dQc, i64 %2206
  %2208 = load <16 x float>, ptr %2207, align 4
  br label %p9.body

p9.body:                                          ; preds = %i27.body, %p9.body
  %p9.addr.02812 = phi i64 [ 0, %i27.body ], [ %p9.next, %p9.body ]
  %acc111.02811 = phi <16 x float> [ %2208, %i27.body ], [ %2273, %p9.body ]
  %acc110.02810 = phi <16 x float> [ %2205, %i27.body ], [ %2272, %p9.body ]
  %acc109.02809 = phi <16 x float> [ %2201, %i27.body ], [ %2266, %p9.body ]
  %acc108.02808 = phi <16 x float> [ %2198, %i27.body ], [ %2265, %p9.body ]
  %acc107.02807 = phi <16 x float> [ %2194, %i27.body ], [ %2259, %p9.body ]
  %acc106.02806 = phi <16 x float> [ %2191, %i27.body ], [ %2258, %p9.body ]
  %acc105.02805 = phi <16 x float> [ %2187, %i27.body ], [ %2252, %p9.body ]
  %acc104.02804 = phi <16 x float> [ %2184, %i27.body ], [ %2251, %p9.body ]
  %acc103.02803 = phi <16 x float> [ %2180, %i27.body ], [ %2245, %p9.body ]
  %acc102.02802 = phi <16 x float> [ %2177, %i27.body ], [ %2244, %p9.body ]
  %acc101.02801 = phi <16 x float> [ %2173, %i27.body ], [ %2238, %p9.body ]
  %acc100.02800 = phi <16 x float> [ %2170, %i27.body ], [ %2237, %p9.body ]
  %acc99.02799 = phi <16 x float> [ %2166, %i27.body ], [ %2231, %p9.body ]
  %acc98.02798 = phi <16 x float> [ %2163, %i27.body ], [ %2230, %p9.body ]
  %acc97.02797 = phi <16 x float> [ %2159, %i27.body ], [ %2224, %p9.body ]
  %acc96.02796 = phi <16 x float> [ %2156, %i27.body ], [ %2223, %p9.body ]
  %2209 = shl nuw nsw i64 %p9.addr.02812, 5
  %2210 = or disjoint i64 %2209, 4096
  %2211 = getelementptr inbounds float, ptr %Bk, i64 %2210
  %2212 = load <16 x float>, ptr %2211, align 4
  %2213 = or disjoint i64 %2209, 4112
  %2214 = getelementptr inbounds float, ptr %Bk, i64 %2213
  %2215 = load <16 x float>, ptr %2214, align 4
  %2216 = mul nuw nsw i64 %p9.addr.02812, 192
  %2217 = add nuw nsw i64 %2216, 64
  %2218 = or disjoint i64 %2217, %i27.addr.02813
  %2219 = getelementptr inbounds float, ptr %Ak, i64 %2218
  %2220 = load float, ptr %2219, align 4
  %2221 = insertelement <16 x float> poison, float %2220, i64 0
  %2222 = shufflevector <16 x float> %2221, <16 x float> poison, <16 x i32> zeroinitializer
  %2223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2222, <16 x float> %2212, <16 x float> %acc96.02796)
  %2224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2222, <16 x float> %2215, <16 x float> %acc97.02797)
  %2225 = or disjoint i64 %2217, %2160
  %2226 = getelementptr inbounds float, ptr %Ak, i64 %2225
  %2227 = load float, ptr %2226, align 4
  %2228 = insertelement <16 x float> poison, float %2227, i64 0
  %2229 = shufflevector <16 x float> %2228, <16 x float> poison, <16 x i32> zeroinitializer
  %2230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2229, <16 x float> %2212, <16 x float> %acc98.02798)
  %2231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2229, <16 x float> %2215, <16 x float> %acc99.02799)
  %2232 = or disjoint i64 %2217, %2167
  %2233 = getelementptr inbounds float, ptr %Ak, i64 %2232
  %2234 = load float, ptr %2233, align 4
  %2235 = insertelement <16 x float> poison, float %2234, i64 0
  %2236 = shufflevector <16 x float> %2235, <16 x float> poison, <16 x i32> zeroinitializer
  %2237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2236, <16 x float> %2212, <16 x float> %acc100.02800)
  %2238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2236, <16 x float> %2215, <16 x float> %acc101.02801)
  %2239 = or disjoint i64 %2217, %2174
  %2240 = getelementptr inbounds float, ptr %Ak, i64 %2239
  %2241 = load float, ptr %2240, align 4
  %2242 = insertelement <16 x float> poison, float %2241, i64 0
  %2243 = shufflevector <16 x float> %2242, <16 x float> poison, <16 x i32> zeroinitializer
  %2244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2243, <16 x float> %2212, <16 x float> %acc102.02802)
  %2245 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2243, <16 x float> %2215, <16 x float> %acc103.02803)
  %2246 = or disjoint i64 %2217, %2181
  %2247 = getelementptr inbounds float, ptr %Ak, i64 %2246
  %2248 = load float, ptr %2247, align 4
  %2249 = insertelement <16 x float> poison, float %2248, i64 0
  %2250 = shufflevector <16 x float> %2249, <16 x float> poison, <16 x i32> zeroinitializer
  %2251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2250, <16 x float> %2212, <16 x float> %acc104.02804)
  %2252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2250, <16 x float> %2215, <16 x float> %acc105.02805)
  %2253 = or disjoint i64 %2217, %2188
  %2254 = getelementptr inbounds float, ptr %Ak, i64 %2253
  %2255 = load float, ptr %2254, align 4
  %2256 = insertelement <16 x float> poison, float %2255, i64 0
  %2257 = shufflevector <16 x float> %2256, <16 x float> poison, <16 x i32> zeroinitializer
  %2258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2257, <16 x float> %2212, <16 x float> %acc106.02806)
  %2259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2257, <16 x float> %2215, <16 x float> %acc107.02807)
  %2260 = or disjoint i64 %2217, %2195
  %2261 = getelementptr inbounds float, ptr %Ak, i64 %2260
  %2262 = load float, ptr %2261, align 4
  %2263 = insertelement <16 x float> poison, float %2262, i64 0
  %2264 = shufflevector <16 x float> %2263, <16 x float> poison, <16 x i32> zeroinitializer
  %2265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2212, <16 x float> %acc108.02808)
  %2266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2264, <16 x float> %2215, <16 x float> %acc109.02809)
  %2267 = or disjoint i64 %2217, %2202
  %2268 = getelementptr inbounds float, ptr %Ak, i64 %2267
  %2269 = load float, ptr %2268, align 4
  %2270 = insertelement <16 x float> poison, float %2269, i64 0
  %2271 = shufflevector <16 x float> %2270, <16 x float> poison, <16 x i32> zeroinitializer
  %2272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2271, <16 x float> %2212, <16 x float> %acc110.02810)
  %2273 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2271, <16 x float> %2215, <16 x float> %acc111.02811)
  %p9.next = add nuw nsw i64 %p9.addr.02812, 1
  %exitcond3151.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3151.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2274 = icmp slt i64 %i27.addr.02813, %L
  br i1 %2274, label %then1337, label %endif1343

then1337:                                         ; preds = %p9.exit
  %2275 = fmul <16 x float> %2223, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2276 = or disjoint i64 %i27.addr.02813, %t0
  %.idx2613 = shl nsw i64 %2276, 7
  %2277 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2613
  store <16 x float> %2275, ptr %2277, align 4
  %2278 = fmul <16 x float> %2224, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2279 = shl nsw i64 %2276, 5
  %2280 = or disjoint i64 %2279, 16
  %2281 = getelementptr inbounds float, ptr %gep2909, i64 %2280
  store <16 x float> %2278, ptr %2281, align 4
  br label %endif1343

endif1343:                                        ; preds = %p9.exit, %then1337
  %2282 = icmp slt i64 %2160, %L
  br i1 %2282, label %then1345, label %endif1351

then1345:                                         ; preds = %endif1343
  %2283 = fmul <16 x float> %2230, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2284 = or disjoint i64 %2160, %t0
  %.idx2614 = shl nsw i64 %2284, 7
  %2285 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2614
  store <16 x float> %2283, ptr %2285, align 4
  %2286 = fmul <16 x float> %2231, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2287 = shl nsw i64 %2284, 5
  %2288 = or disjoint i64 %2287, 16
  %2289 = getelementptr inbounds float, ptr %gep2909, i64 %2288
  store <16 x float> %2286, ptr %2289, align 4
  br label %endif1351

endif1351:                                        ; preds = %endif1343, %then1345
  %2290 = icmp slt i64 %2167, %L
  br i1 %2290, label %then1353, label %endif1359

then1353:                                         ; preds = %endif1351
  %2291 = fmul <16 x float> %2237, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2292 = or disjoint i64 %2167, %t0
  %.idx2615 = shl nsw i64 %2292, 7
  %2293 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2615
  store <16 x float> %2291, ptr %2293, align 4
  %2294 = fmul <16 x float> %2238, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2295 = shl nsw i64 %2292, 5
  %2296 = or disjoint i64 %2295, 16
  %2297 = getelementptr inbounds float, ptr %gep2909, i64 %2296
  store <16 x float> %2294, ptr %2297, align 4
  br label %endif1359

endif1359:                                        ; preds = %endif1351, %then1353
  %2298 = icmp slt i64 %2174, %L
  br i1 %2298, label %then1361, label %endif1367

then1361:                                         ; preds = %endif1359
  %2299 = fmul <16 x float> %2244, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2300 = or disjoint i64 %2174, %t0
  %.idx2616 = shl nsw i64 %2300, 7
  %2301 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2616
  store <16 x float> %2299, ptr %2301, align 4
  %2302 = fmul <16 x float> %2245, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2303 = shl nsw i64 %2300, 5
  %2304 = or disjoint i64 %2303, 16
  %2305 = getelementptr inbounds float, ptr %gep2909, i64 %2304
  store <16 x float> %2302, ptr %2305, align 4
  br label %endif1367

endif1367:                                        ; preds = %endif1359, %then1361
  %2306 = icmp slt i64 %2181, %L
  br i1 %2306, label %then1369, label %endif1375

then1369:                                         ; preds = %endif1367
  %2307 = fmul <16 x float> %2251, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2308 = or disjoint i64 %2181, %t0
  %.idx2617 = shl nsw i64 %2308, 7
  %2309 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2617
  store <16 x float> %2307, ptr %2309, align 4
  %2310 = fmul <16 x float> %2252, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2311 = shl nsw i64 %2308, 5
  %2312 = or disjoint i64 %2311, 16
  %2313 = getelementptr inbounds float, ptr %gep2909, i64 %2312
  store <16 x float> %2310, ptr %2313, align 4
  br label %endif1375

endif1375:                                        ; preds = %endif1367, %then1369
  %2314 = icmp slt i64 %2188, %L
  br i1 %2314, label %then1377, label %endif1383

then1377:                                         ; preds = %endif1375
  %2315 = fmul <16 x float> %2258, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2316 = or disjoint i64 %2188, %t0
  %.idx2618 = shl nsw i64 %2316, 7
  %2317 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2618
  store <16 x float> %2315, ptr %2317, align 4
  %2318 = fmul <16 x float> %2259, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2319 = shl nsw i64 %2316, 5
  %2320 = or disjoint i64 %2319, 16
  %2321 = getelementptr inbounds float, ptr %gep2909, i64 %2320
  store <16 x float> %2318, ptr %2321, align 4
  br label %endif1383

endif1383:                                        ; preds = %endif1375, %then1377
  %2322 = icmp slt i64 %2195, %L
  br i1 %2322, label %then1385, label %endif1391

then1385:                                         ; preds = %endif1383
  %2323 = fmul <16 x float> %2265, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2324 = or disjoint i64 %2195, %t0
  %.idx2619 = shl nsw i64 %2324, 7
  %2325 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2619
  store <16 x float> %2323, ptr %2325, align 4
  %2326 = fmul <16 x float> %2266, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2327 = shl nsw i64 %2324, 5
  %2328 = or disjoint i64 %2327, 16
  %2329 = getelementptr inbounds float, ptr %gep2909, i64 %2328
  store <16 x float> %2326, ptr %2329, align 4
  br label %endif1391

endif1391:                                        ; preds = %endif1383, %then1385
  %2330 = icmp slt i64 %2202, %L
  br i1 %2330, label %then1393, label %endif1399

then1393:                                         ; preds = %endif1391
  %2331 = fmul <16 x float> %2272, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2332 = or disjoint i64 %2202, %t0
  %.idx2620 = shl nsw i64 %2332, 7
  %2333 = getelementptr inbounds i8, ptr %gep2909, i64 %.idx2620
  store <16 x float> %2331, ptr %2333, align 4
  %2334 = fmul <16 x float> %2273, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2335 = shl nsw i64 %2332, 5
  %2336 = or disjoint i64 %2335, 16
  %2337 = getelementptr inbounds float, ptr %gep2909, i64 %2336
  store <16 x float> %2334, ptr %2337, align 4
  br label %endif1399

endif1399:                                        ; preds = %endif1391, %then1393
  %i27.next = add nuw nsw i64 %i27.addr.02813, 8
  %2338 = icmp ult i64 %i27.addr.02813, 56
  br i1 %2338, label %i27.body, label %j25.body.preheader

j25.body.preheader:                               ; preds = %endif1399
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dbet, i8 0, i64 256, i1 false)
  br label %ib1.body

t5.head.preheader:                                ; preds = %j26.exit
  %2339 = icmp sgt i64 %263, 0
  br i1 %2339, label %t5.body.preheader, label %i33.body.preheader

t5.body.preheader:                                ; preds = %t5.head.preheader
  %xtraiter3711 = and i64 %smax3710, 3
  %2340 = icmp slt i64 %indvars.iv3155, 4
  br i1 %2340, label %i33.body.preheader.loopexit.unr-lcssa, label %t5.body.preheader.new

t5.body.preheader.new:                            ; preds = %t5.body.preheader
  %unroll_iter3713 = and i64 %smax3710, 124
  br label %t5.body

ib1.body:                                         ; preds = %j25.body.preheader, %j26.exit
  %ib1.addr.02832 = phi i64 [ %ib1.next, %j26.exit ], [ 0, %j25.body.preheader ]
  %2341 = shl nuw nsw i64 %ib1.addr.02832, 2
  %i01 = sub nuw nsw i64 60, %2341
  %2342 = shl nuw nsw i64 %i01, 5
  %2343 = or disjoint i64 %2342, 2048
  %2344 = getelementptr inbounds float, ptr %OY, i64 %2343
  %2345 = load <16 x float>, ptr %2344, align 4
  %2346 = or disjoint i64 %2342, 2064
  %2347 = getelementptr inbounds float, ptr %OY, i64 %2346
  %2348 = load <16 x float>, ptr %2347, align 4
  %2349 = sub nuw nsw i64 61, %2341
  %2350 = shl nuw nsw i64 %2349, 5
  %2351 = or disjoint i64 %2350, 2048
  %2352 = getelementptr inbounds float, ptr %OY, i64 %2351
  %2353 = load <16 x float>, ptr %2352, align 4
  %2354 = or disjoint i64 %2350, 2064
  %2355 = getelementptr inbounds float, ptr %OY, i64 %2354
  %2356 = load <16 x float>, ptr %2355, align 4
  %2357 = sub nuw nsw i64 62, %2341
  %2358 = shl nuw nsw i64 %2357, 5
  %2359 = or disjoint i64 %2358, 2048
  %2360 = getelementptr inbounds float, ptr %OY, i64 %2359
  %2361 = load <16 x float>, ptr %2360, align 4
  %2362 = or disjoint i64 %2358, 2064
  %2363 = getelementptr inbounds float, ptr %OY, i64 %2362
  %2364 = load <16 x float>, ptr %2363, align 4
  %2365 = sub nuw nsw i64 63, %2341
  %2366 = shl nuw nsw i64 %2365, 5
  %2367 = or disjoint i64 %2366, 2048
  %2368 = getelementptr inbounds float, ptr %OY, i64 %2367
  %2369 = load <16 x float>, ptr %2368, align 4
  %2370 = or disjoint i64 %2366, 2064
  %2371 = getelementptr inbounds float, ptr %OY, i64 %2370
  %2372 = load <16 x float>, ptr %2371, align 4
  %.not2949 = icmp eq i64 %ib1.addr.02832, 0
  br i1 %.not2949, label %j26.exit, label %j26.body.preheader

j26.body.preheader:                               ; preds = %ib1.body
  %2373 = sub nuw nsw i64 64, %2341
  br label %j26.body

j26.body:                                         ; preds = %j26.body.preheader, %j26.body
  %j26.addr.02823 = phi i64 [ %j26.next, %j26.body ], [ %2373, %j26.body.preheader ]
  %acc119.02822 = phi <16 x float> [ %2413, %j26.body ], [ %2372, %j26.body.preheader ]
  %acc118.02821 = phi <16 x float> [ %2412, %j26.body ], [ %2369, %j26.body.preheader ]
  %acc117.02820 = phi <16 x float> [ %2405, %j26.body ], [ %2364, %j26.body.preheader ]
  %acc116.02819 = phi <16 x float> [ %2404, %j26.body ], [ %2361, %j26.body.preheader ]
  %acc115.02818 = phi <16 x float> [ %2397, %j26.body ], [ %2356, %j26.body.preheader ]
  %acc114.02817 = phi <16 x float> [ %2396, %j26.body ], [ %2353, %j26.body.preheader ]
  %acc113.02816 = phi <16 x float> [ %2389, %j26.body ], [ %2348, %j26.body.preheader ]
  %acc112.02815 = phi <16 x float> [ %2388, %j26.body ], [ %2345, %j26.body.preheader ]
  %2374 = shl nuw nsw i64 %j26.addr.02823, 5
  %2375 = or disjoint i64 %2374, 2048
  %2376 = getelementptr inbounds float, ptr %OY, i64 %2375
  %2377 = load <16 x float>, ptr %2376, align 4
  %2378 = or disjoint i64 %2374, 2064
  %2379 = getelementptr inbounds float, ptr %OY, i64 %2378
  %2380 = load <16 x float>, ptr %2379, align 4
  %2381 = shl nuw nsw i64 %j26.addr.02823, 6
  %2382 = or disjoint i64 %2381, %i01
  %2383 = getelementptr inbounds float, ptr %Gm, i64 %2382
  %2384 = load float, ptr %2383, align 4
  %2385 = fneg float %2384
  %2386 = insertelement <16 x float> poison, float %2385, i64 0
  %2387 = shufflevector <16 x float> %2386, <16 x float> poison, <16 x i32> zeroinitializer
  %2388 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2377, <16 x float> %acc112.02815)
  %2389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2380, <16 x float> %acc113.02816)
  %2390 = or disjoint i64 %2381, %2349
  %2391 = getelementptr inbounds float, ptr %Gm, i64 %2390
  %2392 = load float, ptr %2391, align 4
  %2393 = fneg float %2392
  %2394 = insertelement <16 x float> poison, float %2393, i64 0
  %2395 = shufflevector <16 x float> %2394, <16 x float> poison, <16 x i32> zeroinitializer
  %2396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2395, <16 x float> %2377, <16 x float> %acc114.02817)
  %2397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2395, <16 x float> %2380, <16 x float> %acc115.02818)
  %2398 = or disjoint i64 %2381, %2357
  %2399 = getelementptr inbounds float, ptr %Gm, i64 %2398
  %2400 = load float, ptr %2399, align 4
  %2401 = fneg float %2400
  %2402 = insertelement <16 x float> poison, float %2401, i64 0
  %2403 = shufflevector <16 x float> %2402, <16 x float> poison, <16 x i32> zeroinitializer
  %2404 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2403, <16 x float> %2377, <16 x float> %acc116.02819)
  %2405 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2403, <16 x float> %2380, <16 x float> %acc117.02820)
  %2406 = or disjoint i64 %2381, %2365
  %2407 = getelementptr inbounds float, ptr %Gm, i64 %2406
  %2408 = load float, ptr %2407, align 4
  %2409 = fneg float %2408
  %2410 = insertelement <16 x float> poison, float %2409, i64 0
  %2411 = shufflevector <16 x float> %2410, <16 x float> poison, <16 x i32> zeroinitializer
  %2412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2411, <16 x float> %2377, <16 x float> %acc118.02821)
  %2413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2411, <16 x float> %2380, <16 x float> %acc119.02822)
  %j26.next = add nuw nsw i64 %j26.addr.02823, 1
  %2414 = icmp ult i64 %j26.addr.02823, 63
  br i1 %2414, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2345, %ib1.body ], [ %2388, %j26.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2348, %ib1.body ], [ %2389, %j26.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2353, %ib1.body ], [ %2396, %j26.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2356, %ib1.body ], [ %2397, %j26.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2361, %ib1.body ], [ %2404, %j26.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2364, %ib1.body ], [ %2405, %j26.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2369, %ib1.body ], [ %2412, %j26.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2372, %ib1.body ], [ %2413, %j26.body ]
  %2415 = getelementptr inbounds float, ptr %Rr, i64 %2366
  %2416 = load <16 x float>, ptr %2415, align 4
  %2417 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2416, <16 x float> zeroinitializer)
  %2418 = or disjoint i64 %2366, 16
  %2419 = getelementptr inbounds float, ptr %Rr, i64 %2418
  %2420 = load <16 x float>, ptr %2419, align 4
  %2421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2420, <16 x float> %2417)
  %2422 = shufflevector <16 x float> %2421, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2423 = shufflevector <16 x float> %2421, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2424 = fadd <8 x float> %2422, %2423
  %2425 = shufflevector <8 x float> %2424, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2426 = shufflevector <8 x float> %2424, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2427 = fadd <4 x float> %2425, %2426
  %2428 = shufflevector <4 x float> %2427, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2429 = shufflevector <4 x float> %2427, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2430 = fadd <2 x float> %2428, %2429
  %2431 = shufflevector <2 x float> %2430, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2432 = shufflevector <2 x float> %2430, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2433 = getelementptr inbounds float, ptr %bet, i64 %2365
  %2434 = load float, ptr %2433, align 4
  %2435 = insertelement <16 x float> poison, float %2434, i64 0
  %2436 = shufflevector <16 x float> %2435, <16 x float> poison, <16 x i32> zeroinitializer
  %2437 = fmul <16 x float> %acc118.0.lcssa, %2436
  store <16 x float> %2437, ptr %2368, align 4
  %2438 = fneg <16 x float> %2437
  %2439 = mul nuw nsw i64 %2365, 192
  %2440 = or disjoint i64 %2439, 32
  %2441 = getelementptr inbounds float, ptr %Ak, i64 %2440
  store <16 x float> %2438, ptr %2441, align 4
  %2442 = fmul <16 x float> %acc119.0.lcssa, %2436
  store <16 x float> %2442, ptr %2371, align 4
  %2443 = fneg <16 x float> %2442
  %2444 = or disjoint i64 %2439, 48
  %2445 = getelementptr inbounds float, ptr %Ak, i64 %2444
  store <16 x float> %2443, ptr %2445, align 4
  %2446 = shl nuw nsw i64 %2365, 6
  %2447 = or disjoint i64 %2446, %2357
  %2448 = getelementptr inbounds float, ptr %Gm, i64 %2447
  %2449 = load float, ptr %2448, align 4
  %2450 = fneg float %2449
  %2451 = insertelement <16 x float> poison, float %2450, i64 0
  %2452 = shufflevector <16 x float> %2451, <16 x float> poison, <16 x i32> zeroinitializer
  %2453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2437, <16 x float> %acc116.0.lcssa)
  %2454 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2452, <16 x float> %2442, <16 x float> %acc117.0.lcssa)
  %2455 = getelementptr inbounds float, ptr %Rr, i64 %2358
  %2456 = load <16 x float>, ptr %2455, align 4
  %2457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2453, <16 x float> %2456, <16 x float> zeroinitializer)
  %2458 = or disjoint i64 %2358, 16
  %2459 = getelementptr inbounds float, ptr %Rr, i64 %2458
  %2460 = load <16 x float>, ptr %2459, align 4
  %2461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2454, <16 x float> %2460, <16 x float> %2457)
  %2462 = shufflevector <16 x float> %2461, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2463 = shufflevector <16 x float> %2461, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2464 = fadd <8 x float> %2462, %2463
  %2465 = shufflevector <8 x float> %2464, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2466 = shufflevector <8 x float> %2464, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2467 = fadd <4 x float> %2465, %2466
  %2468 = shufflevector <4 x float> %2467, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2469 = shufflevector <4 x float> %2467, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2470 = fadd <2 x float> %2468, %2469
  %2471 = shufflevector <2 x float> %2470, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2472 = shufflevector <2 x float> %2470, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2473 = getelementptr inbounds float, ptr %bet, i64 %2357
  %2474 = load float, ptr %2473, align 4
  %2475 = insertelement <16 x float> poison, float %2474, i64 0
  %2476 = shufflevector <16 x float> %2475, <16 x float> poison, <16 x i32> zeroinitializer
  %2477 = fmul <16 x float> %2453, %2476
  store <16 x float> %2477, ptr %2360, align 4
  %2478 = fneg <16 x float> %2477
  %2479 = mul nuw nsw i64 %2357, 192
  %2480 = or disjoint i64 %2479, 32
  %2481 = getelementptr inbounds float, ptr %Ak, i64 %2480
  store <16 x float> %2478, ptr %2481, align 4
  %2482 = fmul <16 x float> %2454, %2476
  store <16 x float> %2482, ptr %2363, align 4
  %2483 = fneg <16 x float> %2482
  %2484 = or disjoint i64 %2479, 48
  %2485 = getelementptr inbounds float, ptr %Ak, i64 %2484
  store <16 x float> %2483, ptr %2485, align 4
  %2486 = shl nuw nsw i64 %2357, 6
  %2487 = or disjoint i64 %2486, %2349
  %2488 = getelementptr inbounds float, ptr %Gm, i64 %2487
  %2489 = load float, ptr %2488, align 4
  %2490 = fneg float %2489
  %2491 = insertelement <16 x float> poison, float %2490, i64 0
  %2492 = shufflevector <16 x float> %2491, <16 x float> poison, <16 x i32> zeroinitializer
  %2493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2477, <16 x float> %acc114.0.lcssa)
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2482, <16 x float> %acc115.0.lcssa)
  %2495 = or disjoint i64 %2446, %2349
  %2496 = getelementptr inbounds float, ptr %Gm, i64 %2495
  %2497 = load float, ptr %2496, align 4
  %2498 = fneg float %2497
  %2499 = insertelement <16 x float> poison, float %2498, i64 0
  %2500 = shufflevector <16 x float> %2499, <16 x float> poison, <16 x i32> zeroinitializer
  %2501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2500, <16 x float> %2437, <16 x float> %2493)
  %2502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2500, <16 x float> %2442, <16 x float> %2494)
  %2503 = getelementptr inbounds float, ptr %Rr, i64 %2350
  %2504 = load <16 x float>, ptr %2503, align 4
  %2505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2501, <16 x float> %2504, <16 x float> zeroinitializer)
  %2506 = or disjoint i64 %2350, 16
  %2507 = getelementptr inbounds float, ptr %Rr, i64 %2506
  %2508 = load <16 x float>, ptr %2507, align 4
  %2509 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2502, <16 x float> %2508, <16 x float> %2505)
  %2510 = shufflevector <16 x float> %2509, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2511 = shufflevector <16 x float> %2509, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2512 = fadd <8 x float> %2510, %2511
  %2513 = shufflevector <8 x float> %2512, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2514 = shufflevector <8 x float> %2512, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2515 = fadd <4 x float> %2513, %2514
  %2516 = shufflevector <4 x float> %2515, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2517 = shufflevector <4 x float> %2515, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2518 = fadd <2 x float> %2516, %2517
  %2519 = getelementptr inbounds float, ptr %bet, i64 %2349
  %2520 = load float, ptr %2519, align 4
  %2521 = insertelement <16 x float> poison, float %2520, i64 0
  %2522 = shufflevector <16 x float> %2521, <16 x float> poison, <16 x i32> zeroinitializer
  %2523 = fmul <16 x float> %2501, %2522
  store <16 x float> %2523, ptr %2352, align 4
  %2524 = fneg <16 x float> %2523
  %2525 = mul nuw nsw i64 %2349, 192
  %2526 = or disjoint i64 %2525, 32
  %2527 = getelementptr inbounds float, ptr %Ak, i64 %2526
  store <16 x float> %2524, ptr %2527, align 4
  %2528 = fmul <16 x float> %2502, %2522
  store <16 x float> %2528, ptr %2355, align 4
  %2529 = fneg <16 x float> %2528
  %2530 = or disjoint i64 %2525, 48
  %2531 = getelementptr inbounds float, ptr %Ak, i64 %2530
  store <16 x float> %2529, ptr %2531, align 4
  %2532 = shl nuw nsw i64 %2349, 6
  %2533 = or disjoint i64 %2532, %i01
  %2534 = getelementptr inbounds float, ptr %Gm, i64 %2533
  %2535 = load float, ptr %2534, align 4
  %2536 = fneg float %2535
  %2537 = insertelement <16 x float> poison, float %2536, i64 0
  %2538 = shufflevector <16 x float> %2537, <16 x float> poison, <16 x i32> zeroinitializer
  %2539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2538, <16 x float> %2523, <16 x float> %acc112.0.lcssa)
  %2540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2538, <16 x float> %2528, <16 x float> %acc113.0.lcssa)
  %2541 = or disjoint i64 %2486, %i01
  %2542 = getelementptr inbounds float, ptr %Gm, i64 %2541
  %2543 = load float, ptr %2542, align 4
  %2544 = fneg float %2543
  %2545 = insertelement <16 x float> poison, float %2544, i64 0
  %2546 = shufflevector <16 x float> %2545, <16 x float> poison, <16 x i32> zeroinitializer
  %2547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2546, <16 x float> %2477, <16 x float> %2539)
  %2548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2546, <16 x float> %2482, <16 x float> %2540)
  %2549 = or disjoint i64 %2446, %i01
  %2550 = getelementptr inbounds float, ptr %Gm, i64 %2549
  %2551 = load float, ptr %2550, align 4
  %2552 = fneg float %2551
  %2553 = insertelement <16 x float> poison, float %2552, i64 0
  %2554 = shufflevector <16 x float> %2553, <16 x float> poison, <16 x i32> zeroinitializer
  %2555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2554, <16 x float> %2437, <16 x float> %2547)
  %2556 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2554, <16 x float> %2442, <16 x float> %2548)
  %2557 = getelementptr inbounds float, ptr %Rr, i64 %2342
  %2558 = load <16 x float>, ptr %2557, align 4
  %2559 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2555, <16 x float> %2558, <16 x float> zeroinitializer)
  %2560 = or disjoint i64 %2342, 16
  %2561 = getelementptr inbounds float, ptr %Rr, i64 %2560
  %2562 = load <16 x float>, ptr %2561, align 4
  %2563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2556, <16 x float> %2562, <16 x float> %2559)
  %2564 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2565 = shufflevector <16 x float> %2563, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2566 = shufflevector <16 x float> %2563, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2567 = fadd <8 x float> %2565, %2566
  %2568 = shufflevector <8 x float> %2567, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2569 = shufflevector <8 x float> %2567, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2570 = fadd <4 x float> %2568, %2569
  %2571 = shufflevector <4 x float> %2570, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2572 = shufflevector <4 x float> %2570, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2573 = fadd <2 x float> %2571, %2572
  %2574 = load <4 x float>, ptr %2564, align 4
  %2575 = shufflevector <2 x float> %2573, <2 x float> %2518, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2576 = shufflevector <4 x float> %2575, <4 x float> %2472, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2577 = shufflevector <4 x float> %2576, <4 x float> %2432, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2578 = shufflevector <2 x float> %2573, <2 x float> %2518, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2579 = shufflevector <4 x float> %2578, <4 x float> %2471, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2580 = shufflevector <4 x float> %2579, <4 x float> %2431, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2581 = fadd <4 x float> %2577, %2580
  %2582 = fadd <4 x float> %2574, %2581
  store <4 x float> %2582, ptr %2564, align 4
  %2583 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2584 = load float, ptr %2583, align 4
  %2585 = insertelement <16 x float> poison, float %2584, i64 0
  %2586 = shufflevector <16 x float> %2585, <16 x float> poison, <16 x i32> zeroinitializer
  %2587 = fmul <16 x float> %2555, %2586
  store <16 x float> %2587, ptr %2344, align 4
  %2588 = fneg <16 x float> %2587
  %2589 = mul nuw nsw i64 %i01, 192
  %2590 = or disjoint i64 %2589, 32
  %2591 = getelementptr inbounds float, ptr %Ak, i64 %2590
  store <16 x float> %2588, ptr %2591, align 4
  %2592 = fmul <16 x float> %2556, %2586
  store <16 x float> %2592, ptr %2347, align 4
  %2593 = fneg <16 x float> %2592
  %2594 = or disjoint i64 %2589, 48
  %2595 = getelementptr inbounds float, ptr %Ak, i64 %2594
  store <16 x float> %2593, ptr %2595, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02832, 1
  %exitcond3152.not = icmp eq i64 %ib1.next, 16
  br i1 %exitcond3152.not, label %t5.head.preheader, label %ib1.body

t5.body:                                          ; preds = %t5.body, %t5.body.preheader.new
  %t5.addr.02834 = phi i64 [ 0, %t5.body.preheader.new ], [ %t5.next.3, %t5.body ]
  %niter3714 = phi i64 [ 0, %t5.body.preheader.new ], [ %niter3714.next.3, %t5.body ]
  %tau1 = add nsw i64 %t5.addr.02834, %t0
  %.idx2950 = shl nsw i64 %t5.addr.02834, 7
  %gep3361 = getelementptr inbounds i8, ptr %invariant.gep3360, i64 %.idx2950
  %2596 = load <16 x float>, ptr %gep3361, align 4
  %.idx2951 = shl i64 %tau1, 7
  %2597 = getelementptr i8, ptr %dav, i64 %.idx2951
  store <16 x float> %2596, ptr %2597, align 4
  %gep3363 = getelementptr inbounds i8, ptr %invariant.gep3362, i64 %.idx2950
  %2598 = load <16 x float>, ptr %gep3363, align 4
  %2599 = getelementptr i8, ptr %28, i64 %.idx2951
  store <16 x float> %2598, ptr %2599, align 4
  %2600 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02834
  %2601 = load float, ptr %2600, align 4
  %2602 = mul nsw i64 %tau1, %H
  %2603 = getelementptr inbounds float, ptr %betah1, i64 %2602
  store float %2601, ptr %2603, align 4
  %t5.next = or disjoint i64 %t5.addr.02834, 1
  %tau1.1 = add nsw i64 %t5.next, %t0
  %.idx2950.1 = shl nsw i64 %t5.next, 7
  %gep3361.1 = getelementptr inbounds i8, ptr %invariant.gep3360, i64 %.idx2950.1
  %2604 = load <16 x float>, ptr %gep3361.1, align 4
  %.idx2951.1 = shl i64 %tau1.1, 7
  %2605 = getelementptr i8, ptr %dav, i64 %.idx2951.1
  store <16 x float> %2604, ptr %2605, align 4
  %gep3363.1 = getelementptr inbounds i8, ptr %invariant.gep3362, i64 %.idx2950.1
  %2606 = load <16 x float>, ptr %gep3363.1, align 4
  %2607 = getelementptr i8, ptr %28, i64 %.idx2951.1
  store <16 x float> %2606, ptr %2607, align 4
  %2608 = getelementptr inbounds float, ptr %dbet, i64 %t5.next
  %2609 = load float, ptr %2608, align 4
  %2610 = mul nsw i64 %tau1.1, %H
  %2611 = getelementptr inbounds float, ptr %betah1, i64 %2610
  store float %2609, ptr %2611, align 4
  %t5.next.1 = or disjoint i64 %t5.addr.02834, 2
  %tau1.2 = add nsw i64 %t5.next.1, %t0
  %.idx2950.2 = shl nsw i64 %t5.next.1, 7
  %gep3361.2 = getelementptr inbounds i8, ptr %invariant.gep3360, i64 %.idx2950.2
  %2612 = load <16 x float>, ptr %gep3361.2, align 4
  %.idx2951.2 = shl i64 %tau1.2, 7
  %2613 = getelementptr i8, ptr %dav, i64 %.idx2951.2
  store <16 x float> %2612, ptr %2613, align 4
  %gep3363.2 = getelementptr inbounds i8, ptr %invariant.gep3362, i64 %.idx2950.2
  %2614 = load <16 x float>, ptr %gep3363.2, align 4
  %2615 = getelementptr i8, ptr %28, i64 %.idx2951.2
  store <16 x float> %2614, ptr %2615, align 4
  %2616 = getelementptr inbounds float, ptr %dbet, i64 %t5.next.1
  %2617 = load float, ptr %2616, align 4
  %2618 = mul nsw i64 %tau1.2, %H
  %2619 = getelementptr inbounds float, ptr %betah1, i64 %2618
  store float %2617, ptr %2619, align 4
  %t5.next.2 = or disjoint i64 %t5.addr.02834, 3
  %tau1.3 = add nsw i64 %t5.next.2, %t0
  %.idx2950.3 = shl nsw i64 %t5.next.2, 7
  %gep3361.3 = getelementptr inbounds i8, ptr %invariant.gep3360, i64 %.idx2950.3
  %2620 = load <16 x float>, ptr %gep3361.3, align 4
  %.idx2951.3 = shl i64 %tau1.3, 7
  %2621 = getelementptr i8, ptr %dav, i64 %.idx2951.3
  store <16 x float> %2620, ptr %2621, align 4
  %gep3363.3 = getelementptr inbounds i8, ptr %invariant.gep3362, i64 %.idx2950.3
  %2622 = load <16 x float>, ptr %gep3363.3, align 4
  %2623 = getelementptr i8, ptr %28, i64 %.idx2951.3
  store <16 x float> %2622, ptr %2623, align 4
  %2624 = getelementptr inbounds float, ptr %dbet, i64 %t5.next.2
  %2625 = load float, ptr %2624, align 4
  %2626 = mul nsw i64 %tau1.3, %H
  %2627 = getelementptr inbounds float, ptr %betah1, i64 %2626
  store float %2625, ptr %2627, align 4
  %t5.next.3 = add nuw nsw i64 %t5.addr.02834, 4
  %niter3714.next.3 = add i64 %niter3714, 4
  %niter3714.ncmp.3 = icmp eq i64 %niter3714.next.3, %unroll_iter3713
  br i1 %niter3714.ncmp.3, label %i33.body.preheader.loopexit.unr-lcssa, label %t5.body

i33.body.preheader.loopexit.unr-lcssa:            ; preds = %t5.body, %t5.body.preheader
  %t5.addr.02834.unr = phi i64 [ 0, %t5.body.preheader ], [ %t5.next.3, %t5.body ]
  %lcmp.mod3712.not = icmp eq i64 %xtraiter3711, 0
  br i1 %lcmp.mod3712.not, label %i33.body.preheader, label %t5.body.epil

t5.body.epil:                                     ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t5.body.epil
  %t5.addr.02834.epil = phi i64 [ %t5.next.epil, %t5.body.epil ], [ %t5.addr.02834.unr, %i33.body.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %t5.body.epil ], [ 0, %i33.body.preheader.loopexit.unr-lcssa ]
  %tau1.epil = add nsw i64 %t5.addr.02834.epil, %t0
  %.idx2950.epil = shl nsw i64 %t5.addr.02834.epil, 7
  %gep3361.epil = getelementptr inbounds i8, ptr %invariant.gep3360, i64 %.idx2950.epil
  %2628 = load <16 x float>, ptr %gep3361.epil, align 4
  %.idx2951.epil = shl i64 %tau1.epil, 7
  %2629 = getelementptr i8, ptr %dav, i64 %.idx2951.epil
  store <16 x float> %2628, ptr %2629, align 4
  %gep3363.epil = getelementptr inbounds i8, ptr %invariant.gep3362, i64 %.idx2950.epil
  %2630 = load <16 x float>, ptr %gep3363.epil, align 4
  %2631 = getelementptr i8, ptr %28, i64 %.idx2951.epil
  store <16 x float> %2630, ptr %2631, align 4
  %2632 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02834.epil
  %2633 = load float, ptr %2632, align 4
  %2634 = mul nsw i64 %tau1.epil, %H
  %2635 = getelementptr inbounds float, ptr %betah1, i64 %2634
  store float %2633, ptr %2635, align 4
  %t5.next.epil = add nuw nsw i64 %t5.addr.02834.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3711
  br i1 %epil.iter.cmp.not, label %i33.body.preheader, label %t5.body.epil, !llvm.loop !0

i33.body.preheader:                               ; preds = %i33.body.preheader.loopexit.unr-lcssa, %t5.body.epil, %t5.head.preheader
  br label %i33.body

i33.body:                                         ; preds = %i33.body.preheader, %p10.exit
  %i33.addr.02852 = phi i64 [ %i33.next, %p10.exit ], [ 0, %i33.body.preheader ]
  %2636 = shl nuw nsw i64 %i33.addr.02852, 6
  %2637 = or disjoint i64 %2636, 32
  %2638 = getelementptr inbounds float, ptr %work, i64 %2637
  %2639 = load <16 x float>, ptr %2638, align 4
  %2640 = or disjoint i64 %2636, 48
  %2641 = getelementptr inbounds float, ptr %work, i64 %2640
  %2642 = load <16 x float>, ptr %2641, align 4
  %2643 = or disjoint i64 %i33.addr.02852, 1
  %2644 = shl nuw nsw i64 %2643, 6
  %2645 = or disjoint i64 %2644, 32
  %2646 = getelementptr inbounds float, ptr %work, i64 %2645
  %2647 = load <16 x float>, ptr %2646, align 4
  %2648 = or disjoint i64 %2644, 48
  %2649 = getelementptr inbounds float, ptr %work, i64 %2648
  %2650 = load <16 x float>, ptr %2649, align 4
  %2651 = or disjoint i64 %i33.addr.02852, 2
  %2652 = shl nuw nsw i64 %2651, 6
  %2653 = or disjoint i64 %2652, 32
  %2654 = getelementptr inbounds float, ptr %work, i64 %2653
  %2655 = load <16 x float>, ptr %2654, align 4
  %2656 = or disjoint i64 %2652, 48
  %2657 = getelementptr inbounds float, ptr %work, i64 %2656
  %2658 = load <16 x float>, ptr %2657, align 4
  %2659 = or disjoint i64 %i33.addr.02852, 3
  %2660 = shl nuw nsw i64 %2659, 6
  %2661 = or disjoint i64 %2660, 32
  %2662 = getelementptr inbounds float, ptr %work, i64 %2661
  %2663 = load <16 x float>, ptr %2662, align 4
  %2664 = or disjoint i64 %2660, 48
  %2665 = getelementptr inbounds float, ptr %work, i64 %2664
  %2666 = load <16 x float>, ptr %2665, align 4
  %2667 = or disjoint i64 %i33.addr.02852, 4
  %2668 = shl nuw nsw i64 %2667, 6
  %2669 = or disjoint i64 %2668, 32
  %2670 = getelementptr inbounds float, ptr %work, i64 %2669
  %2671 = load <16 x float>, ptr %2670, align 4
  %2672 = or disjoint i64 %2668, 48
  %2673 = getelementptr inbounds float, ptr %work, i64 %2672
  %2674 = load <16 x float>, ptr %2673, align 4
  %2675 = or disjoint i64 %i33.addr.02852, 5
  %2676 = shl nuw nsw i64 %2675, 6
  %2677 = or disjoint i64 %2676, 32
  %2678 = getelementptr inbounds float, ptr %work, i64 %2677
  %2679 = load <16 x float>, ptr %2678, align 4
  %2680 = or disjoint i64 %2676, 48
  %2681 = getelementptr inbounds float, ptr %work, i64 %2680
  %2682 = load <16 x float>, ptr %2681, align 4
  %2683 = or disjoint i64 %i33.addr.02852, 6
  %2684 = shl nuw nsw i64 %2683, 6
  %2685 = or disjoint i64 %2684, 32
  %2686 = getelementptr inbounds float, ptr %work, i64 %2685
  %2687 = load <16 x float>, ptr %2686, align 4
  %2688 = or disjoint i64 %2684, 48
  %2689 = getelementptr inbounds float, ptr %work, i64 %2688
  %2690 = load <16 x float>, ptr %2689, align 4
  %2691 = or disjoint i64 %i33.addr.02852, 7
  %2692 = shl nuw nsw i64 %2691, 6
  %2693 = or disjoint i64 %2692, 32
  %2694 = getelementptr inbounds float, ptr %work, i64 %2693
  %2695 = load <16 x float>, ptr %2694, align 4
  %2696 = or disjoint i64 %2692, 48
  %2697 = getelementptr inbounds float, ptr %work, i64 %2696
  %2698 = load <16 x float>, ptr %2697, align 4
  br label %p10.body

p10.body:                                         ; preds = %i33.body, %p10.body
  %p10.addr.02851 = phi i64 [ 0, %i33.body ], [ %p10.next, %p10.body ]
  %acc135.02850 = phi <16 x float> [ %2698, %i33.body ], [ %2760, %p10.body ]
  %acc134.02849 = phi <16 x float> [ %2695, %i33.body ], [ %2759, %p10.body ]
  %acc133.02848 = phi <16 x float> [ %2690, %i33.body ], [ %2753, %p10.body ]
  %acc132.02847 = phi <16 x float> [ %2687, %i33.body ], [ %2752, %p10.body ]
  %acc131.02846 = phi <16 x float> [ %2682, %i33.body ], [ %2746, %p10.body ]
  %acc130.02845 = phi <16 x float> [ %2679, %i33.body ], [ %2745, %p10.body ]
  %acc129.02844 = phi <16 x float> [ %2674, %i33.body ], [ %2739, %p10.body ]
  %acc128.02843 = phi <16 x float> [ %2671, %i33.body ], [ %2738, %p10.body ]
  %acc127.02842 = phi <16 x float> [ %2666, %i33.body ], [ %2732, %p10.body ]
  %acc126.02841 = phi <16 x float> [ %2663, %i33.body ], [ %2731, %p10.body ]
  %acc125.02840 = phi <16 x float> [ %2658, %i33.body ], [ %2725, %p10.body ]
  %acc124.02839 = phi <16 x float> [ %2655, %i33.body ], [ %2724, %p10.body ]
  %acc123.02838 = phi <16 x float> [ %2650, %i33.body ], [ %2718, %p10.body ]
  %acc122.02837 = phi <16 x float> [ %2647, %i33.body ], [ %2717, %p10.body ]
  %acc121.02836 = phi <16 x float> [ %2642, %i33.body ], [ %2711, %p10.body ]
  %acc120.02835 = phi <16 x float> [ %2639, %i33.body ], [ %2710, %p10.body ]
  %2699 = shl nuw nsw i64 %p10.addr.02851, 5
  %2700 = getelementptr inbounds float, ptr %OY, i64 %2699
  %2701 = load <16 x float>, ptr %2700, align 4
  %2702 = or disjoint i64 %2699, 16
  %2703 = getelementptr inbounds float, ptr %OY, i64 %2702
  %2704 = load <16 x float>, ptr %2703, align 4
  %2705 = or disjoint i64 %2699, %i33.addr.02852
  %2706 = getelementptr inbounds float, ptr %QK, i64 %2705
  %2707 = load float, ptr %2706, align 4
  %2708 = insertelement <16 x float> poison, float %2707, i64 0
  %2709 = shufflevector <16 x float> %2708, <16 x float> poison, <16 x i32> zeroinitializer
  %2710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2709, <16 x float> %2701, <16 x float> %acc120.02835)
  %2711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2709, <16 x float> %2704, <16 x float> %acc121.02836)
  %2712 = or disjoint i64 %2699, %2643
  %2713 = getelementptr inbounds float, ptr %QK, i64 %2712
  %2714 = load float, ptr %2713, align 4
  %2715 = insertelement <16 x float> poison, float %2714, i64 0
  %2716 = shufflevector <16 x float> %2715, <16 x float> poison, <16 x i32> zeroinitializer
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2701, <16 x float> %acc122.02837)
  %2718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2704, <16 x float> %acc123.02838)
  %2719 = or disjoint i64 %2699, %2651
  %2720 = getelementptr inbounds float, ptr %QK, i64 %2719
  %2721 = load float, ptr %2720, align 4
  %2722 = insertelement <16 x float> poison, float %2721, i64 0
  %2723 = shufflevector <16 x float> %2722, <16 x float> poison, <16 x i32> zeroinitializer
  %2724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2723, <16 x float> %2701, <16 x float> %acc124.02839)
  %2725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2723, <16 x float> %2704, <16 x float> %acc125.02840)
  %2726 = or disjoint i64 %2699, %2659
  %2727 = getelementptr inbounds float, ptr %QK, i64 %2726
  %2728 = load float, ptr %2727, align 4
  %2729 = insertelement <16 x float> poison, float %2728, i64 0
  %2730 = shufflevector <16 x float> %2729, <16 x float> poison, <16 x i32> zeroinitializer
  %2731 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2730, <16 x float> %2701, <16 x float> %acc126.02841)
  %2732 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2730, <16 x float> %2704, <16 x float> %acc127.02842)
  %2733 = or disjoint i64 %2699, %2667
  %2734 = getelementptr inbounds float, ptr %QK, i64 %2733
  %2735 = load float, ptr %2734, align 4
  %2736 = insertelement <16 x float> poison, float %2735, i64 0
  %2737 = shufflevector <16 x float> %2736, <16 x float> poison, <16 x i32> zeroinitializer
  %2738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2737, <16 x float> %2701, <16 x float> %acc128.02843)
  %2739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2737, <16 x float> %2704, <16 x float> %acc129.02844)
  %2740 = or disjoint i64 %2699, %2675
  %2741 = getelementptr inbounds float, ptr %QK, i64 %2740
  %2742 = load float, ptr %2741, align 4
  %2743 = insertelement <16 x float> poison, float %2742, i64 0
  %2744 = shufflevector <16 x float> %2743, <16 x float> poison, <16 x i32> zeroinitializer
  %2745 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2744, <16 x float> %2701, <16 x float> %acc130.02845)
  %2746 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2744, <16 x float> %2704, <16 x float> %acc131.02846)
  %2747 = or disjoint i64 %2699, %2683
  %2748 = getelementptr inbounds float, ptr %QK, i64 %2747
  %2749 = load float, ptr %2748, align 4
  %2750 = insertelement <16 x float> poison, float %2749, i64 0
  %2751 = shufflevector <16 x float> %2750, <16 x float> poison, <16 x i32> zeroinitializer
  %2752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2701, <16 x float> %acc132.02847)
  %2753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2704, <16 x float> %acc133.02848)
  %2754 = or disjoint i64 %2699, %2691
  %2755 = getelementptr inbounds float, ptr %QK, i64 %2754
  %2756 = load float, ptr %2755, align 4
  %2757 = insertelement <16 x float> poison, float %2756, i64 0
  %2758 = shufflevector <16 x float> %2757, <16 x float> poison, <16 x i32> zeroinitializer
  %2759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2758, <16 x float> %2701, <16 x float> %acc134.02849)
  %2760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2758, <16 x float> %2704, <16 x float> %acc135.02850)
  %p10.next = add nuw nsw i64 %p10.addr.02851, 1
  %exitcond3158.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond3158.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2710, ptr %2638, align 4
  store <16 x float> %2711, ptr %2641, align 4
  store <16 x float> %2717, ptr %2646, align 4
  store <16 x float> %2718, ptr %2649, align 4
  store <16 x float> %2724, ptr %2654, align 4
  store <16 x float> %2725, ptr %2657, align 4
  store <16 x float> %2731, ptr %2662, align 4
  store <16 x float> %2732, ptr %2665, align 4
  store <16 x float> %2738, ptr %2670, align 4
  store <16 x float> %2739, ptr %2673, align 4
  store <16 x float> %2745, ptr %2678, align 4
  store <16 x float> %2746, ptr %2681, align 4
  store <16 x float> %2752, ptr %2686, align 4
  store <16 x float> %2753, ptr %2689, align 4
  store <16 x float> %2759, ptr %2694, align 4
  store <16 x float> %2760, ptr %2697, align 4
  %i33.next = add nuw nsw i64 %i33.addr.02852, 8
  %2761 = icmp ult i64 %i33.addr.02852, 24
  br i1 %2761, label %i33.body, label %i34.body

i34.head.loopexit:                                ; preds = %p11.exit
  %2762 = icmp ult i64 %i34.addr.02865, 56
  br i1 %2762, label %i34.body, label %j30.head.preheader

i34.body:                                         ; preds = %p10.exit, %i34.head.loopexit
  %i34.addr.02865 = phi i64 [ %2763, %i34.head.loopexit ], [ 0, %p10.exit ]
  %2763 = add nuw nsw i64 %i34.addr.02865, 8
  %2764 = shl nuw nsw i64 %i34.addr.02865, 5
  %2765 = mul nuw nsw i64 %i34.addr.02865, 192
  %2766 = or disjoint i64 %2765, 128
  %2767 = getelementptr inbounds float, ptr %Ak, i64 %2766
  %2768 = or disjoint i64 %2765, 320
  %2769 = getelementptr inbounds float, ptr %Ak, i64 %2768
  %.idx2606 = mul nuw nsw i64 %i34.addr.02865, 768
  %2770 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2606
  %2771 = getelementptr inbounds i8, ptr %2770, i64 2048
  %2772 = getelementptr inbounds i8, ptr %2770, i64 2816
  %2773 = getelementptr inbounds i8, ptr %2770, i64 3584
  %2774 = getelementptr inbounds i8, ptr %2770, i64 4352
  %2775 = getelementptr inbounds i8, ptr %2770, i64 5120
  %2776 = getelementptr inbounds i8, ptr %2770, i64 5888
  br label %p11.head.preheader

p11.head.preheader:                               ; preds = %i34.body, %p11.exit
  %j29.addr.02864 = phi i64 [ 0, %i34.body ], [ %j29.next, %p11.exit ]
  %invariant.gep2853 = getelementptr inbounds float, ptr %VnT, i64 %j29.addr.02864
  br label %p11.body

p11.body:                                         ; preds = %p11.head.preheader, %p11.body
  %p11.addr.02863 = phi i64 [ 0, %p11.head.preheader ], [ %p11.next, %p11.body ]
  %acc143.02862 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2826, %p11.body ]
  %acc142.02861 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2820, %p11.body ]
  %acc141.02860 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2814, %p11.body ]
  %acc140.02859 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2808, %p11.body ]
  %acc139.02858 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2802, %p11.body ]
  %acc138.02857 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2796, %p11.body ]
  %acc137.02856 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2790, %p11.body ]
  %acc136.02855 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2784, %p11.body ]
  %.idx2612 = shl nuw nsw i64 %p11.addr.02863, 8
  %gep2854 = getelementptr inbounds i8, ptr %invariant.gep2853, i64 %.idx2612
  %2777 = load <16 x float>, ptr %gep2854, align 4
  %2778 = add nuw nsw i64 %p11.addr.02863, %2764
  %2779 = or disjoint i64 %2778, 2048
  %2780 = getelementptr inbounds float, ptr %OY, i64 %2779
  %2781 = load float, ptr %2780, align 4
  %2782 = insertelement <16 x float> poison, float %2781, i64 0
  %2783 = shufflevector <16 x float> %2782, <16 x float> poison, <16 x i32> zeroinitializer
  %2784 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2783, <16 x float> %2777, <16 x float> %acc136.02855)
  %2785 = or disjoint i64 %2778, 2080
  %2786 = getelementptr inbounds float, ptr %OY, i64 %2785
  %2787 = load float, ptr %2786, align 4
  %2788 = insertelement <16 x float> poison, float %2787, i64 0
  %2789 = shufflevector <16 x float> %2788, <16 x float> poison, <16 x i32> zeroinitializer
  %2790 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2789, <16 x float> %2777, <16 x float> %acc137.02856)
  %2791 = or disjoint i64 %2778, 2112
  %2792 = getelementptr inbounds float, ptr %OY, i64 %2791
  %2793 = load float, ptr %2792, align 4
  %2794 = insertelement <16 x float> poison, float %2793, i64 0
  %2795 = shufflevector <16 x float> %2794, <16 x float> poison, <16 x i32> zeroinitializer
  %2796 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2795, <16 x float> %2777, <16 x float> %acc138.02857)
  %2797 = or disjoint i64 %2778, 2144
  %2798 = getelementptr inbounds float, ptr %OY, i64 %2797
  %2799 = load float, ptr %2798, align 4
  %2800 = insertelement <16 x float> poison, float %2799, i64 0
  %2801 = shufflevector <16 x float> %2800, <16 x float> poison, <16 x i32> zeroinitializer
  %2802 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2801, <16 x float> %2777, <16 x float> %acc139.02858)
  %2803 = or disjoint i64 %2778, 2176
  %2804 = getelementptr inbounds float, ptr %OY, i64 %2803
  %2805 = load float, ptr %2804, align 4
  %2806 = insertelement <16 x float> poison, float %2805, i64 0
  %2807 = shufflevector <16 x float> %2806, <16 x float> poison, <16 x i32> zeroinitializer
  %2808 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2807, <16 x float> %2777, <16 x float> %acc140.02859)
  %2809 = or disjoint i64 %2778, 2208
  %2810 = getelementptr inbounds float, ptr %OY, i64 %2809
  %2811 = load float, ptr %2810, align 4
  %2812 = insertelement <16 x float> poison, float %2811, i64 0
  %2813 = shufflevector <16 x float> %2812, <16 x float> poison, <16 x i32> zeroinitializer
  %2814 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2813, <16 x float> %2777, <16 x float> %acc141.02860)
  %2815 = or disjoint i64 %2778, 2240
  %2816 = getelementptr inbounds float, ptr %OY, i64 %2815
  %2817 = load float, ptr %2816, align 4
  %2818 = insertelement <16 x float> poison, float %2817, i64 0
  %2819 = shufflevector <16 x float> %2818, <16 x float> poison, <16 x i32> zeroinitializer
  %2820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2819, <16 x float> %2777, <16 x float> %acc142.02861)
  %2821 = or disjoint i64 %2778, 2272
  %2822 = getelementptr inbounds float, ptr %OY, i64 %2821
  %2823 = load float, ptr %2822, align 4
  %2824 = insertelement <16 x float> poison, float %2823, i64 0
  %2825 = shufflevector <16 x float> %2824, <16 x float> poison, <16 x i32> zeroinitializer
  %2826 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2825, <16 x float> %2777, <16 x float> %acc143.02862)
  %p11.next = add nuw nsw i64 %p11.addr.02863, 1
  %exitcond3159.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond3159.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %2827 = getelementptr inbounds float, ptr %2767, i64 %j29.addr.02864
  store <16 x float> %2784, ptr %2827, align 4
  %2828 = getelementptr inbounds float, ptr %2769, i64 %j29.addr.02864
  store <16 x float> %2790, ptr %2828, align 4
  %2829 = getelementptr inbounds float, ptr %2771, i64 %j29.addr.02864
  store <16 x float> %2796, ptr %2829, align 4
  %2830 = getelementptr inbounds float, ptr %2772, i64 %j29.addr.02864
  store <16 x float> %2802, ptr %2830, align 4
  %2831 = getelementptr inbounds float, ptr %2773, i64 %j29.addr.02864
  store <16 x float> %2808, ptr %2831, align 4
  %2832 = getelementptr inbounds float, ptr %2774, i64 %j29.addr.02864
  store <16 x float> %2814, ptr %2832, align 4
  %2833 = getelementptr inbounds float, ptr %2775, i64 %j29.addr.02864
  store <16 x float> %2820, ptr %2833, align 4
  %2834 = getelementptr inbounds float, ptr %2776, i64 %j29.addr.02864
  store <16 x float> %2826, ptr %2834, align 4
  %j29.next = add nuw nsw i64 %j29.addr.02864, 16
  %2835 = icmp ult i64 %j29.next, %2763
  br i1 %2835, label %p11.head.preheader, label %i34.head.loopexit

j30.head.preheader:                               ; preds = %i34.head.loopexit, %j30.exit
  %t6.addr.02869 = phi i64 [ %t6.next, %j30.exit ], [ 0, %i34.head.loopexit ]
  %.not2952 = icmp eq i64 %t6.addr.02869, 0
  br i1 %.not2952, label %j30.exit, label %j30.body.lr.ph

j30.body.lr.ph:                                   ; preds = %j30.head.preheader
  %.idx2605 = mul nuw nsw i64 %t6.addr.02869, 768
  %gep2867 = getelementptr inbounds i8, ptr %invariant.gep2866, i64 %.idx2605
  %invariant.gep3366 = getelementptr inbounds float, ptr %invariant.gep3364, i64 %t6.addr.02869
  %xtraiter3715 = and i64 %t6.addr.02869, 7
  %2836 = icmp ult i64 %t6.addr.02869, 8
  br i1 %2836, label %j30.exit.loopexit.unr-lcssa, label %j30.body.lr.ph.new

j30.body.lr.ph.new:                               ; preds = %j30.body.lr.ph
  %unroll_iter3718 = and i64 %t6.addr.02869, 9223372036854775800
  br label %j30.body

j30.body:                                         ; preds = %j30.body, %j30.body.lr.ph.new
  %j30.addr.02868 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %j30.next.7, %j30.body ]
  %niter3719 = phi i64 [ 0, %j30.body.lr.ph.new ], [ %niter3719.next.7, %j30.body ]
  %2837 = getelementptr inbounds float, ptr %gep2867, i64 %j30.addr.02868
  %2838 = load float, ptr %2837, align 4
  %2839 = fneg float %2838
  store float %2839, ptr %2837, align 4
  %.idx2953 = mul nuw nsw i64 %j30.addr.02868, 768
  %gep3367 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953
  store float %2839, ptr %gep3367, align 4
  %j30.next = or disjoint i64 %j30.addr.02868, 1
  %2840 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next
  %2841 = load float, ptr %2840, align 4
  %2842 = fneg float %2841
  store float %2842, ptr %2840, align 4
  %.idx2953.1 = mul nuw nsw i64 %j30.next, 768
  %gep3367.1 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.1
  store float %2842, ptr %gep3367.1, align 4
  %j30.next.1 = or disjoint i64 %j30.addr.02868, 2
  %2843 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.1
  %2844 = load float, ptr %2843, align 4
  %2845 = fneg float %2844
  store float %2845, ptr %2843, align 4
  %.idx2953.2 = mul nuw nsw i64 %j30.next.1, 768
  %gep3367.2 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.2
  store float %2845, ptr %gep3367.2, align 4
  %j30.next.2 = or disjoint i64 %j30.addr.02868, 3
  %2846 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.2
  %2847 = load float, ptr %2846, align 4
  %2848 = fneg float %2847
  store float %2848, ptr %2846, align 4
  %.idx2953.3 = mul nuw nsw i64 %j30.next.2, 768
  %gep3367.3 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.3
  store float %2848, ptr %gep3367.3, align 4
  %j30.next.3 = or disjoint i64 %j30.addr.02868, 4
  %2849 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.3
  %2850 = load float, ptr %2849, align 4
  %2851 = fneg float %2850
  store float %2851, ptr %2849, align 4
  %.idx2953.4 = mul nuw nsw i64 %j30.next.3, 768
  %gep3367.4 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.4
  store float %2851, ptr %gep3367.4, align 4
  %j30.next.4 = or disjoint i64 %j30.addr.02868, 5
  %2852 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.4
  %2853 = load float, ptr %2852, align 4
  %2854 = fneg float %2853
  store float %2854, ptr %2852, align 4
  %.idx2953.5 = mul nuw nsw i64 %j30.next.4, 768
  %gep3367.5 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.5
  store float %2854, ptr %gep3367.5, align 4
  %j30.next.5 = or disjoint i64 %j30.addr.02868, 6
  %2855 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.5
  %2856 = load float, ptr %2855, align 4
  %2857 = fneg float %2856
  store float %2857, ptr %2855, align 4
  %.idx2953.6 = mul nuw nsw i64 %j30.next.5, 768
  %gep3367.6 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.6
  store float %2857, ptr %gep3367.6, align 4
  %j30.next.6 = or disjoint i64 %j30.addr.02868, 7
  %2858 = getelementptr inbounds float, ptr %gep2867, i64 %j30.next.6
  %2859 = load float, ptr %2858, align 4
  %2860 = fneg float %2859
  store float %2860, ptr %2858, align 4
  %.idx2953.7 = mul nuw nsw i64 %j30.next.6, 768
  %gep3367.7 = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.7
  store float %2860, ptr %gep3367.7, align 4
  %j30.next.7 = add nuw nsw i64 %j30.addr.02868, 8
  %niter3719.next.7 = add i64 %niter3719, 8
  %niter3719.ncmp.7 = icmp eq i64 %niter3719.next.7, %unroll_iter3718
  br i1 %niter3719.ncmp.7, label %j30.exit.loopexit.unr-lcssa, label %j30.body

j30.exit.loopexit.unr-lcssa:                      ; preds = %j30.body, %j30.body.lr.ph
  %j30.addr.02868.unr = phi i64 [ 0, %j30.body.lr.ph ], [ %j30.next.7, %j30.body ]
  %lcmp.mod3717.not = icmp eq i64 %xtraiter3715, 0
  br i1 %lcmp.mod3717.not, label %j30.exit, label %j30.body.epil

j30.body.epil:                                    ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil
  %j30.addr.02868.epil = phi i64 [ %j30.next.epil, %j30.body.epil ], [ %j30.addr.02868.unr, %j30.exit.loopexit.unr-lcssa ]
  %epil.iter3716 = phi i64 [ %epil.iter3716.next, %j30.body.epil ], [ 0, %j30.exit.loopexit.unr-lcssa ]
  %2861 = getelementptr inbounds float, ptr %gep2867, i64 %j30.addr.02868.epil
  %2862 = load float, ptr %2861, align 4
  %2863 = fneg float %2862
  store float %2863, ptr %2861, align 4
  %.idx2953.epil = mul nuw nsw i64 %j30.addr.02868.epil, 768
  %gep3367.epil = getelementptr inbounds i8, ptr %invariant.gep3366, i64 %.idx2953.epil
  store float %2863, ptr %gep3367.epil, align 4
  %j30.next.epil = add nuw nsw i64 %j30.addr.02868.epil, 1
  %epil.iter3716.next = add i64 %epil.iter3716, 1
  %epil.iter3716.cmp.not = icmp eq i64 %epil.iter3716.next, %xtraiter3715
  br i1 %epil.iter3716.cmp.not, label %j30.exit, label %j30.body.epil, !llvm.loop !2

j30.exit:                                         ; preds = %j30.exit.loopexit.unr-lcssa, %j30.body.epil, %j30.head.preheader
  %.idx2954.pre-phi = phi i64 [ 0, %j30.head.preheader ], [ %.idx2605, %j30.body.epil ], [ %.idx2605, %j30.exit.loopexit.unr-lcssa ]
  %gep3369 = getelementptr i8, ptr %invariant.gep3368, i64 %.idx2954.pre-phi
  %2864 = getelementptr inbounds float, ptr %gep3369, i64 %t6.addr.02869
  store float 0.000000e+00, ptr %2864, align 4
  %t6.next = add nuw nsw i64 %t6.addr.02869, 1
  %exitcond3161.not = icmp eq i64 %t6.next, 64
  br i1 %exitcond3161.not, label %p12.head.preheader, label %j30.head.preheader

p12.head.preheader:                               ; preds = %j30.exit, %endif1729
  %i35.addr.02887 = phi i64 [ %i35.next, %endif1729 ], [ 0, %j30.exit ]
  %2865 = mul nuw nsw i64 %i35.addr.02887, 192
  %2866 = or disjoint i64 %2865, 192
  %2867 = getelementptr inbounds float, ptr %Ak, i64 %2866
  %2868 = or disjoint i64 %2865, 384
  %2869 = getelementptr inbounds float, ptr %Ak, i64 %2868
  %.idx2601 = mul nuw nsw i64 %i35.addr.02887, 768
  %2870 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2601
  %2871 = getelementptr inbounds i8, ptr %2870, i64 2304
  %2872 = getelementptr inbounds i8, ptr %2870, i64 3840
  %2873 = getelementptr inbounds i8, ptr %2870, i64 4608
  %2874 = getelementptr inbounds i8, ptr %2870, i64 5376
  %gep3375 = getelementptr inbounds float, ptr %invariant.gep3374, i64 %2865
  br label %p12.body

i35.exit:                                         ; preds = %endif1729
  %t7.end = add nsw i64 %L, %t0
  br i1 %2339, label %t7.body, label %t7.exit

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02886 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.02885 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2928, %p12.body ]
  %acc158.02884 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2927, %p12.body ]
  %acc157.02883 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2922, %p12.body ]
  %acc156.02882 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2921, %p12.body ]
  %acc155.02881 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2916, %p12.body ]
  %acc154.02880 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2915, %p12.body ]
  %acc153.02879 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2910, %p12.body ]
  %acc152.02878 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2909, %p12.body ]
  %acc151.02877 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2905, %p12.body ]
  %acc150.02876 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2904, %p12.body ]
  %acc149.02875 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2899, %p12.body ]
  %acc148.02874 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2898, %p12.body ]
  %acc147.02873 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2893, %p12.body ]
  %acc146.02872 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2892, %p12.body ]
  %acc145.02871 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2887, %p12.body ]
  %acc144.02870 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2886, %p12.body ]
  %2875 = shl nuw nsw i64 %p12.addr.02886, 5
  %2876 = getelementptr inbounds float, ptr %Bk, i64 %2875
  %2877 = load <16 x float>, ptr %2876, align 4
  %2878 = or disjoint i64 %2875, 16
  %2879 = getelementptr inbounds float, ptr %Bk, i64 %2878
  %2880 = load <16 x float>, ptr %2879, align 4
  %2881 = or disjoint i64 %p12.addr.02886, %2865
  %2882 = getelementptr inbounds float, ptr %Ak, i64 %2881
  %2883 = load float, ptr %2882, align 4
  %2884 = insertelement <16 x float> poison, float %2883, i64 0
  %2885 = shufflevector <16 x float> %2884, <16 x float> poison, <16 x i32> zeroinitializer
  %2886 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2885, <16 x float> %2877, <16 x float> %acc144.02870)
  %2887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2885, <16 x float> %2880, <16 x float> %acc145.02871)
  %2888 = getelementptr inbounds float, ptr %2867, i64 %p12.addr.02886
  %2889 = load float, ptr %2888, align 4
  %2890 = insertelement <16 x float> poison, float %2889, i64 0
  %2891 = shufflevector <16 x float> %2890, <16 x float> poison, <16 x i32> zeroinitializer
  %2892 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2891, <16 x float> %2877, <16 x float> %acc146.02872)
  %2893 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2891, <16 x float> %2880, <16 x float> %acc147.02873)
  %2894 = getelementptr inbounds float, ptr %2869, i64 %p12.addr.02886
  %2895 = load float, ptr %2894, align 4
  %2896 = insertelement <16 x float> poison, float %2895, i64 0
  %2897 = shufflevector <16 x float> %2896, <16 x float> poison, <16 x i32> zeroinitializer
  %2898 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2897, <16 x float> %2877, <16 x float> %acc148.02874)
  %2899 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2897, <16 x float> %2880, <16 x float> %acc149.02875)
  %2900 = getelementptr inbounds float, ptr %2871, i64 %p12.addr.02886
  %2901 = load float, ptr %2900, align 4
  %2902 = insertelement <16 x float> poison, float %2901, i64 0
  %2903 = shufflevector <16 x float> %2902, <16 x float> poison, <16 x i32> zeroinitializer
  %2904 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2903, <16 x float> %2877, <16 x float> %acc150.02876)
  %2905 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2903, <16 x float> %2880, <16 x float> %acc151.02877)
  %gep3373 = getelementptr inbounds float, ptr %gep3375, i64 %p12.addr.02886
  %2906 = load float, ptr %gep3373, align 4
  %2907 = insertelement <16 x float> poison, float %2906, i64 0
  %2908 = shufflevector <16 x float> %2907, <16 x float> poison, <16 x i32> zeroinitializer
  %2909 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2908, <16 x float> %2877, <16 x float> %acc152.02878)
  %2910 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2908, <16 x float> %2880, <16 x float> %acc153.02879)
  %2911 = getelementptr inbounds float, ptr %2872, i64 %p12.addr.02886
  %2912 = load float, ptr %2911, align 4
  %2913 = insertelement <16 x float> poison, float %2912, i64 0
  %2914 = shufflevector <16 x float> %2913, <16 x float> poison, <16 x i32> zeroinitializer
  %2915 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2914, <16 x float> %2877, <16 x float> %acc154.02880)
  %2916 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2914, <16 x float> %2880, <16 x float> %acc155.02881)
  %2917 = getelementptr inbounds float, ptr %2873, i64 %p12.addr.02886
  %2918 = load float, ptr %2917, align 4
  %2919 = insertelement <16 x float> poison, float %2918, i64 0
  %2920 = shufflevector <16 x float> %2919, <16 x float> poison, <16 x i32> zeroinitializer
  %2921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2920, <16 x float> %2877, <16 x float> %acc156.02882)
  %2922 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2920, <16 x float> %2880, <16 x float> %acc157.02883)
  %2923 = getelementptr inbounds float, ptr %2874, i64 %p12.addr.02886
  %2924 = load float, ptr %2923, align 4
  %2925 = insertelement <16 x float> poison, float %2924, i64 0
  %2926 = shufflevector <16 x float> %2925, <16 x float> poison, <16 x i32> zeroinitializer
  %2927 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2926, <16 x float> %2877, <16 x float> %acc158.02884)
  %2928 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2926, <16 x float> %2880, <16 x float> %acc159.02885)
  %p12.next = add nuw nsw i64 %p12.addr.02886, 1
  %exitcond3162.not = icmp eq i64 %p12.next, 192
  br i1 %exitcond3162.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2929 = icmp slt i64 %i35.addr.02887, %L
  br i1 %2929, label %then1667, label %endif1673

then1667:                                         ; preds = %p12.exit
  %2930 = or disjoint i64 %i35.addr.02887, %t0
  %.idx2593 = shl nsw i64 %2930, 7
  %2931 = getelementptr inbounds i8, ptr %dak, i64 %.idx2593
  store <16 x float> %2886, ptr %2931, align 4
  %2932 = shl nsw i64 %2930, 5
  %2933 = or disjoint i64 %2932, 16
  %2934 = getelementptr inbounds float, ptr %dak, i64 %2933
  store <16 x float> %2887, ptr %2934, align 4
  br label %endif1673

endif1673:                                        ; preds = %p12.exit, %then1667
  %2935 = or disjoint i64 %i35.addr.02887, 1
  %2936 = icmp slt i64 %2935, %L
  br i1 %2936, label %then1675, label %endif1681

then1675:                                         ; preds = %endif1673
  %2937 = or disjoint i64 %2935, %t0
  %.idx2594 = shl nsw i64 %2937, 7
  %2938 = getelementptr inbounds i8, ptr %dak, i64 %.idx2594
  store <16 x float> %2892, ptr %2938, align 4
  %2939 = shl nsw i64 %2937, 5
  %2940 = or disjoint i64 %2939, 16
  %2941 = getelementptr inbounds float, ptr %dak, i64 %2940
  store <16 x float> %2893, ptr %2941, align 4
  br label %endif1681

endif1681:                                        ; preds = %endif1673, %then1675
  %2942 = or disjoint i64 %i35.addr.02887, 2
  %2943 = icmp slt i64 %2942, %L
  br i1 %2943, label %then1683, label %endif1689

then1683:                                         ; preds = %endif1681
  %2944 = or disjoint i64 %2942, %t0
  %.idx2595 = shl nsw i64 %2944, 7
  %2945 = getelementptr inbounds i8, ptr %dak, i64 %.idx2595
  store <16 x float> %2898, ptr %2945, align 4
  %2946 = shl nsw i64 %2944, 5
  %2947 = or disjoint i64 %2946, 16
  %2948 = getelementptr inbounds float, ptr %dak, i64 %2947
  store <16 x float> %2899, ptr %2948, align 4
  br label %endif1689

endif1689:                                        ; preds = %endif1681, %then1683
  %2949 = or disjoint i64 %i35.addr.02887, 3
  %2950 = icmp slt i64 %2949, %L
  br i1 %2950, label %then1691, label %endif1697

then1691:                                         ; preds = %endif1689
  %2951 = or disjoint i64 %2949, %t0
  %.idx2596 = shl nsw i64 %2951, 7
  %2952 = getelementptr inbounds i8, ptr %dak, i64 %.idx2596
  store <16 x float> %2904, ptr %2952, align 4
  %2953 = shl nsw i64 %2951, 5
  %2954 = or disjoint i64 %2953, 16
  %2955 = getelementptr inbounds float, ptr %dak, i64 %2954
  store <16 x float> %2905, ptr %2955, align 4
  br label %endif1697

endif1697:                                        ; preds = %endif1689, %then1691
  %2956 = or disjoint i64 %i35.addr.02887, 4
  %2957 = icmp slt i64 %2956, %L
  br i1 %2957, label %then1699, label %endif1705

then1699:                                         ; preds = %endif1697
  %2958 = or disjoint i64 %2956, %t0
  %.idx2597 = shl nsw i64 %2958, 7
  %2959 = getelementptr inbounds i8, ptr %dak, i64 %.idx2597
  store <16 x float> %2909, ptr %2959, align 4
  %2960 = shl nsw i64 %2958, 5
  %2961 = or disjoint i64 %2960, 16
  %2962 = getelementptr inbounds float, ptr %dak, i64 %2961
  store <16 x float> %2910, ptr %2962, align 4
  br label %endif1705

endif1705:                                        ; preds = %endif1697, %then1699
  %2963 = or disjoint i64 %i35.addr.02887, 5
  %2964 = icmp slt i64 %2963, %L
  br i1 %2964, label %then1707, label %endif1713

then1707:                                         ; preds = %endif1705
  %2965 = or disjoint i64 %2963, %t0
  %.idx2598 = shl nsw i64 %2965, 7
  %2966 = getelementptr inbounds i8, ptr %dak, i64 %.idx2598
  store <16 x float> %2915, ptr %2966, align 4
  %2967 = shl nsw i64 %2965, 5
  %2968 = or disjoint i64 %2967, 16
  %2969 = getelementptr inbounds float, ptr %dak, i64 %2968
  store <16 x float> %2916, ptr %2969, align 4
  br label %endif1713

endif1713:                                        ; preds = %endif1705, %then1707
  %2970 = or disjoint i64 %i35.addr.02887, 6
  %2971 = icmp slt i64 %2970, %L
  br i1 %2971, label %then1715, label %endif1721

then1715:                                         ; preds = %endif1713
  %2972 = or disjoint i64 %2970, %t0
  %.idx2599 = shl nsw i64 %2972, 7
  %2973 = getelementptr inbounds i8, ptr %dak, i64 %.idx2599
  store <16 x float> %2921, ptr %2973, align 4
  %2974 = shl nsw i64 %2972, 5
  %2975 = or disjoint i64 %2974, 16
  %2976 = getelementptr inbounds float, ptr %dak, i64 %2975
  store <16 x float> %2922, ptr %2976, align 4
  br label %endif1721

endif1721:                                        ; preds = %endif1713, %then1715
  %2977 = or disjoint i64 %i35.addr.02887, 7
  %2978 = icmp slt i64 %2977, %L
  br i1 %2978, label %then1723, label %endif1729

then1723:                                         ; preds = %endif1721
  %2979 = or disjoint i64 %2977, %t0
  %.idx2600 = shl nsw i64 %2979, 7
  %2980 = getelementptr inbounds i8, ptr %dak, i64 %.idx2600
  store <16 x float> %2927, ptr %2980, align 4
  %2981 = shl nsw i64 %2979, 5
  %2982 = or disjoint i64 %2981, 16
  %2983 = getelementptr inbounds float, ptr %dak, i64 %2982
  store <16 x float> %2928, ptr %2983, align 4
  br label %endif1729

endif1729:                                        ; preds = %endif1721, %then1723
  %i35.next = add nuw nsw i64 %i35.addr.02887, 8
  %2984 = icmp ult i64 %i35.addr.02887, 56
  br i1 %2984, label %p12.head.preheader, label %i35.exit

t7.body:                                          ; preds = %i35.exit, %t7.body
  %t7.addr.02888 = phi i64 [ %t7.next, %t7.body ], [ %t0, %i35.exit ]
  %2985 = add nsw i64 %t7.addr.02888, 4
  %tp2 = tail call i64 @llvm.smin.i64(i64 %2985, i64 %4)
  %2986 = add nsw i64 %tp2, %33
  %2987 = mul nsw i64 %2986, %dq_ts
  %gep2890 = getelementptr float, ptr %invariant.gep2889, i64 %2987
  tail call void @llvm.prefetch.p0(ptr %gep2890, i32 0, i32 2, i32 1)
  %2988 = getelementptr i8, ptr %gep2890, i64 64
  tail call void @llvm.prefetch.p0(ptr %2988, i32 0, i32 2, i32 1)
  %2989 = mul nsw i64 %2986, %dk_ts
  %gep2892 = getelementptr float, ptr %invariant.gep2891, i64 %2989
  tail call void @llvm.prefetch.p0(ptr %gep2892, i32 0, i32 2, i32 1)
  %2990 = getelementptr i8, ptr %gep2892, i64 64
  tail call void @llvm.prefetch.p0(ptr %2990, i32 0, i32 2, i32 1)
  %2991 = mul nsw i64 %2986, %dv_ts
  %gep2894 = getelementptr float, ptr %invariant.gep2893, i64 %2991
  tail call void @llvm.prefetch.p0(ptr %gep2894, i32 0, i32 2, i32 1)
  %2992 = getelementptr i8, ptr %gep2894, i64 64
  tail call void @llvm.prefetch.p0(ptr %2992, i32 0, i32 2, i32 1)
  %2993 = shl nsw i64 %t7.addr.02888, 5
  %2994 = getelementptr inbounds float, ptr %invariant.gep2912, i64 %2993
  %2995 = load <16 x float>, ptr %2994, align 4
  %2996 = or disjoint i64 %2993, 16
  %2997 = getelementptr inbounds float, ptr %invariant.gep2912, i64 %2996
  %2998 = load <16 x float>, ptr %2997, align 4
  %2999 = getelementptr inbounds float, ptr %gep2909, i64 %2993
  %3000 = load <16 x float>, ptr %2999, align 4
  %3001 = getelementptr inbounds float, ptr %gep2909, i64 %2996
  %3002 = load <16 x float>, ptr %3001, align 4
  %3003 = getelementptr inbounds float, ptr %gep2913, i64 %t7.addr.02888
  %3004 = load float, ptr %3003, align 4
  %3005 = fmul <16 x float> %2995, %3000
  %3006 = fmul <16 x float> %2998, %3002
  %3007 = fadd <16 x float> %3005, %3006
  %3008 = shufflevector <16 x float> %3007, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3009 = shufflevector <16 x float> %3007, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3010 = fadd <8 x float> %3008, %3009
  %3011 = shufflevector <8 x float> %3010, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3012 = shufflevector <8 x float> %3010, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3013 = fadd <4 x float> %3011, %3012
  %3014 = shufflevector <4 x float> %3013, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3015 = shufflevector <4 x float> %3013, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3016 = fadd <2 x float> %3014, %3015
  %shift3539 = shufflevector <2 x float> %3016, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3017 = fadd <2 x float> %3016, %shift3539
  %3018 = fdiv float 1.000000e+00, %3004
  %3019 = shufflevector <2 x float> %3017, <2 x float> poison, <16 x i32> zeroinitializer
  %3020 = fmul <16 x float> %2995, %3019
  %3021 = fsub <16 x float> %3000, %3020
  %3022 = insertelement <16 x float> poison, float %3004, i64 0
  %3023 = shufflevector <16 x float> %3022, <16 x float> poison, <16 x i32> zeroinitializer
  %3024 = fmul <16 x float> %3023, %3021
  %3025 = getelementptr inbounds float, ptr %gep2911, i64 %2993
  %3026 = load <16 x float>, ptr %3025, align 4
  %3027 = insertelement <16 x float> poison, float %3018, i64 0
  %3028 = shufflevector <16 x float> %3027, <16 x float> poison, <16 x i32> zeroinitializer
  %3029 = fmul <16 x float> %2995, %3028
  %3030 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3026
  %3031 = fmul <16 x float> %3030, %3029
  %3032 = fadd <16 x float> %3026, %3031
  %3033 = fmul <16 x float> %3032, %3024
  %3034 = add nsw i64 %t7.addr.02888, %33
  %3035 = mul nsw i64 %3034, %dq_ts
  %gep2896 = getelementptr float, ptr %invariant.gep2889, i64 %3035
  store <16 x float> %3033, ptr %gep2896, align 4
  %3036 = fmul <16 x float> %2998, %3019
  %3037 = fsub <16 x float> %3002, %3036
  %3038 = fmul <16 x float> %3023, %3037
  %3039 = getelementptr inbounds float, ptr %gep2911, i64 %2996
  %3040 = load <16 x float>, ptr %3039, align 4
  %3041 = fmul <16 x float> %2998, %3028
  %3042 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3040
  %3043 = fmul <16 x float> %3041, %3042
  %3044 = fadd <16 x float> %3040, %3043
  %3045 = fmul <16 x float> %3044, %3038
  %3046 = getelementptr i8, ptr %gep2896, i64 64
  store <16 x float> %3045, ptr %3046, align 4
  %3047 = getelementptr inbounds float, ptr %gep2905, i64 %2993
  %3048 = load <16 x float>, ptr %3047, align 4
  %3049 = getelementptr inbounds float, ptr %gep2905, i64 %2996
  %3050 = load <16 x float>, ptr %3049, align 4
  %3051 = getelementptr inbounds float, ptr %dak, i64 %2993
  %3052 = load <16 x float>, ptr %3051, align 4
  %3053 = getelementptr inbounds float, ptr %dak, i64 %2996
  %3054 = load <16 x float>, ptr %3053, align 4
  %3055 = getelementptr float, ptr %3003, i64 %T
  %3056 = load float, ptr %3055, align 4
  %3057 = fmul <16 x float> %3048, %3052
  %3058 = fmul <16 x float> %3050, %3054
  %3059 = fadd <16 x float> %3057, %3058
  %3060 = shufflevector <16 x float> %3059, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3061 = shufflevector <16 x float> %3059, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3062 = fadd <8 x float> %3060, %3061
  %3063 = shufflevector <8 x float> %3062, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3064 = shufflevector <8 x float> %3062, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3065 = fadd <4 x float> %3063, %3064
  %3066 = shufflevector <4 x float> %3065, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3067 = shufflevector <4 x float> %3065, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3068 = fadd <2 x float> %3066, %3067
  %shift3540 = shufflevector <2 x float> %3068, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %3069 = fadd <2 x float> %3068, %shift3540
  %3070 = fdiv float 1.000000e+00, %3056
  %3071 = shufflevector <2 x float> %3069, <2 x float> poison, <16 x i32> zeroinitializer
  %3072 = fmul <16 x float> %3048, %3071
  %3073 = fsub <16 x float> %3052, %3072
  %3074 = insertelement <16 x float> poison, float %3056, i64 0
  %3075 = shufflevector <16 x float> %3074, <16 x float> poison, <16 x i32> zeroinitializer
  %3076 = fmul <16 x float> %3075, %3073
  %3077 = getelementptr inbounds float, ptr %sgk, i64 %2993
  %3078 = load <16 x float>, ptr %3077, align 4
  %3079 = insertelement <16 x float> poison, float %3070, i64 0
  %3080 = shufflevector <16 x float> %3079, <16 x float> poison, <16 x i32> zeroinitializer
  %3081 = fmul <16 x float> %3048, %3080
  %3082 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3078
  %3083 = fmul <16 x float> %3082, %3081
  %3084 = fadd <16 x float> %3078, %3083
  %3085 = fmul <16 x float> %3084, %3076
  %3086 = mul nsw i64 %3034, %dk_ts
  %gep2898 = getelementptr float, ptr %invariant.gep2891, i64 %3086
  store <16 x float> %3085, ptr %gep2898, align 4
  %3087 = fmul <16 x float> %3050, %3071
  %3088 = fsub <16 x float> %3054, %3087
  %3089 = fmul <16 x float> %3075, %3088
  %3090 = getelementptr inbounds float, ptr %sgk, i64 %2996
  %3091 = load <16 x float>, ptr %3090, align 4
  %3092 = fmul <16 x float> %3050, %3080
  %3093 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3091
  %3094 = fmul <16 x float> %3092, %3093
  %3095 = fadd <16 x float> %3091, %3094
  %3096 = fmul <16 x float> %3095, %3089
  %3097 = getelementptr i8, ptr %gep2898, i64 64
  store <16 x float> %3096, ptr %3097, align 4
  %3098 = getelementptr inbounds float, ptr %gep2907, i64 %2993
  %3099 = load <16 x float>, ptr %3098, align 4
  %3100 = getelementptr inbounds float, ptr %gep2907, i64 %2996
  %3101 = load <16 x float>, ptr %3100, align 4
  %3102 = getelementptr inbounds float, ptr %dav, i64 %2993
  %3103 = load <16 x float>, ptr %3102, align 4
  %3104 = getelementptr inbounds float, ptr %dav, i64 %2996
  %3105 = load <16 x float>, ptr %3104, align 4
  %3106 = getelementptr inbounds float, ptr %sgv, i64 %2993
  %3107 = load <16 x float>, ptr %3106, align 4
  %3108 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3107
  %3109 = fmul <16 x float> %3099, %3108
  %3110 = fadd <16 x float> %3107, %3109
  %3111 = fmul <16 x float> %3103, %3110
  %3112 = mul nsw i64 %3034, %dv_ts
  %gep2900 = getelementptr float, ptr %invariant.gep2893, i64 %3112
  store <16 x float> %3111, ptr %gep2900, align 4
  %3113 = getelementptr inbounds float, ptr %sgv, i64 %2996
  %3114 = load <16 x float>, ptr %3113, align 4
  %3115 = fsub <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %3114
  %3116 = fmul <16 x float> %3101, %3115
  %3117 = fadd <16 x float> %3114, %3116
  %3118 = fmul <16 x float> %3105, %3117
  %3119 = getelementptr i8, ptr %gep2900, i64 64
  store <16 x float> %3118, ptr %3119, align 4
  %t7.next = add nsw i64 %t7.addr.02888, 1
  %3120 = icmp slt i64 %t7.next, %t7.end
  br i1 %3120, label %t7.body, label %t7.exit

t7.exit:                                          ; preds = %t7.body, %i35.exit
  %cc.next = add nuw nsw i64 %cc.addr.02901, 1
  %indvars.iv.next3156 = add i64 %indvars.iv3155, 64
  %exitcond3164.not = icmp eq i64 %cc.next, %smax3163
  br i1 %exitcond3164.not, label %j32.head.preheader, label %cc.body

j32.head.preheader:                               ; preds = %j.head.preheader, %t7.exit
  %3121 = getelementptr i8, ptr %dh0, i64 %30
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3121, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166, i64 128, i1 false)
  %scevgep3165.1 = getelementptr i8, ptr %3121, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.1, i64 128, i1 false)
  %scevgep3165.2 = getelementptr i8, ptr %3121, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.2, i64 128, i1 false)
  %scevgep3165.3 = getelementptr i8, ptr %3121, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.3, i64 128, i1 false)
  %scevgep3165.4 = getelementptr i8, ptr %3121, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.4, i64 128, i1 false)
  %scevgep3165.5 = getelementptr i8, ptr %3121, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.5, i64 128, i1 false)
  %scevgep3165.6 = getelementptr i8, ptr %3121, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.6, i64 128, i1 false)
  %scevgep3165.7 = getelementptr i8, ptr %3121, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.7, i64 128, i1 false)
  %scevgep3165.8 = getelementptr i8, ptr %3121, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.8, i64 128, i1 false)
  %scevgep3165.9 = getelementptr i8, ptr %3121, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.9, i64 128, i1 false)
  %scevgep3165.10 = getelementptr i8, ptr %3121, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.10, i64 128, i1 false)
  %scevgep3165.11 = getelementptr i8, ptr %3121, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.11, i64 128, i1 false)
  %scevgep3165.12 = getelementptr i8, ptr %3121, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.12, i64 128, i1 false)
  %scevgep3165.13 = getelementptr i8, ptr %3121, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.13, i64 128, i1 false)
  %scevgep3165.14 = getelementptr i8, ptr %3121, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.14, i64 128, i1 false)
  %scevgep3165.15 = getelementptr i8, ptr %3121, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.15, i64 128, i1 false)
  %scevgep3165.16 = getelementptr i8, ptr %3121, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.16, i64 128, i1 false)
  %scevgep3165.17 = getelementptr i8, ptr %3121, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.17, i64 128, i1 false)
  %scevgep3165.18 = getelementptr i8, ptr %3121, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.18, i64 128, i1 false)
  %scevgep3165.19 = getelementptr i8, ptr %3121, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.19, i64 128, i1 false)
  %scevgep3165.20 = getelementptr i8, ptr %3121, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.20, i64 128, i1 false)
  %scevgep3165.21 = getelementptr i8, ptr %3121, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.21, i64 128, i1 false)
  %scevgep3165.22 = getelementptr i8, ptr %3121, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.22, i64 128, i1 false)
  %scevgep3165.23 = getelementptr i8, ptr %3121, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.23, i64 128, i1 false)
  %scevgep3165.24 = getelementptr i8, ptr %3121, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.24, i64 128, i1 false)
  %scevgep3165.25 = getelementptr i8, ptr %3121, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.25, i64 128, i1 false)
  %scevgep3165.26 = getelementptr i8, ptr %3121, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.26, i64 128, i1 false)
  %scevgep3165.27 = getelementptr i8, ptr %3121, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.27, i64 128, i1 false)
  %scevgep3165.28 = getelementptr i8, ptr %3121, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.28, i64 128, i1 false)
  %scevgep3165.29 = getelementptr i8, ptr %3121, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.29, i64 128, i1 false)
  %scevgep3165.30 = getelementptr i8, ptr %3121, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.30, i64 128, i1 false)
  %scevgep3165.31 = getelementptr i8, ptr %3121, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3166.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02914, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3168.not = icmp eq i64 %indvar.next, %18
  br i1 %exitcond3168.not, label %bh.exit, label %bh.body
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

bh.body:                                          ; preds = %entry, %i2.exit
  %bh.addr.052 = phi i64 [ %bh.next, %i2.exit ], [ %bh0.fr, %entry ]
  %1 = shl nsw i64 %bh.addr.052, 5
  %qh = getelementptr inbounds float, ptr %q, i64 %1
  %kh = getelementptr inbounds float, ptr %k, i64 %1
  %betah = getelementptr inbounds float, ptr %beta, i64 %bh.addr.052
  %S.idx = shl nsw i64 %bh.addr.052, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i1.head.preheader:                                ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %1
  %2 = load <16 x float>, ptr %kh, align 4
  %3 = load <16 x float>, ptr %qh, align 4
  %4 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2, <16 x float> %3, <16 x float> zeroinitializer)
  %5 = getelementptr inbounds i8, ptr %kh, i64 64
  %6 = load <16 x float>, ptr %5, align 4
  %7 = getelementptr inbounds i8, ptr %qh, i64 64
  %8 = load <16 x float>, ptr %7, align 4
  %9 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %6, <16 x float> %8, <16 x float> %4)
  %oh = getelementptr inbounds float, ptr %o, i64 %1
  %10 = shufflevector <16 x float> %9, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %11 = shufflevector <16 x float> %9, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %12 = fadd <8 x float> %10, %11
  %13 = shufflevector <8 x float> %12, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %14 = shufflevector <8 x float> %12, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %15 = fadd <4 x float> %13, %14
  %16 = shufflevector <4 x float> %15, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %17 = shufflevector <4 x float> %15, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %18 = fadd <2 x float> %16, %17
  %shift = shufflevector <2 x float> %18, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %19 = fadd <2 x float> %18, %shift
  %20 = load float, ptr %betah, align 4
  %21 = load <16 x float>, ptr %vh, align 4
  %22 = fsub <16 x float> %21, %63
  %23 = insertelement <16 x float> poison, float %20, i64 0
  %24 = shufflevector <16 x float> %23, <16 x float> poison, <16 x i32> zeroinitializer
  %25 = fmul <16 x float> %24, %22
  %26 = getelementptr inbounds i8, ptr %vh, i64 64
  %27 = load <16 x float>, ptr %26, align 4
  %28 = fsub <16 x float> %27, %70
  %29 = fmul <16 x float> %24, %28
  %30 = shufflevector <2 x float> %19, <2 x float> poison, <16 x i32> zeroinitializer
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> %25, <16 x float> %66)
  %32 = fmul <16 x float> %31, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %32, ptr %oh, align 4
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> %29, <16 x float> %71)
  %34 = fmul <16 x float> %33, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %35 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %34, ptr %35, align 4
  br label %i2.body

i.body:                                           ; preds = %i.body, %bh.body
  %acc.048 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %63, %i.body ]
  %acc1.047 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %70, %i.body ]
  %acc2.046 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %66, %i.body ]
  %acc3.045 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %71, %i.body ]
  %i.addr.044 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %36 = getelementptr inbounds float, ptr %kh, i64 %i.addr.044
  %37 = load float, ptr %36, align 4
  %38 = getelementptr inbounds float, ptr %qh, i64 %i.addr.044
  %39 = load float, ptr %38, align 4
  %40 = shl nuw nsw i64 %i.addr.044, 5
  %41 = getelementptr inbounds float, ptr %S, i64 %40
  %42 = load <16 x float>, ptr %41, align 4
  %43 = insertelement <16 x float> poison, float %37, i64 0
  %44 = shufflevector <16 x float> %43, <16 x float> poison, <16 x i32> zeroinitializer
  %45 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %44, <16 x float> %42, <16 x float> %acc.048)
  %46 = insertelement <16 x float> poison, float %39, i64 0
  %47 = shufflevector <16 x float> %46, <16 x float> poison, <16 x i32> zeroinitializer
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %47, <16 x float> %42, <16 x float> %acc2.046)
  %49 = or disjoint i64 %40, 16
  %50 = getelementptr inbounds float, ptr %S, i64 %49
  %51 = load <16 x float>, ptr %50, align 4
  %52 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %44, <16 x float> %51, <16 x float> %acc1.047)
  %53 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %47, <16 x float> %51, <16 x float> %acc3.045)
  %i.next = or disjoint i64 %i.addr.044, 1
  %54 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %55 = load float, ptr %54, align 4
  %56 = getelementptr inbounds float, ptr %qh, i64 %i.next
  %57 = load float, ptr %56, align 4
  %58 = shl nuw nsw i64 %i.next, 5
  %59 = getelementptr inbounds float, ptr %S, i64 %58
  %60 = load <16 x float>, ptr %59, align 4
  %61 = insertelement <16 x float> poison, float %55, i64 0
  %62 = shufflevector <16 x float> %61, <16 x float> poison, <16 x i32> zeroinitializer
  %63 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %60, <16 x float> %45)
  %64 = insertelement <16 x float> poison, float %57, i64 0
  %65 = shufflevector <16 x float> %64, <16 x float> poison, <16 x i32> zeroinitializer
  %66 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %65, <16 x float> %60, <16 x float> %48)
  %67 = or disjoint i64 %58, 16
  %68 = getelementptr inbounds float, ptr %S, i64 %67
  %69 = load <16 x float>, ptr %68, align 4
  %70 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %62, <16 x float> %69, <16 x float> %52)
  %71 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %65, <16 x float> %69, <16 x float> %53)
  %i.next.1 = add nuw nsw i64 %i.addr.044, 2
  %exitcond.not.1 = icmp eq i64 %i.next.1, 32
  br i1 %exitcond.not.1, label %i1.head.preheader, label %i.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %i2.addr.051 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.3, %i2.body ]
  %72 = getelementptr inbounds float, ptr %kh, i64 %i2.addr.051
  %73 = load float, ptr %72, align 4
  %74 = insertelement <16 x float> poison, float %73, i64 0
  %75 = shufflevector <16 x float> %74, <16 x float> poison, <16 x i32> zeroinitializer
  %76 = shl nuw nsw i64 %i2.addr.051, 5
  %77 = getelementptr inbounds float, ptr %S, i64 %76
  %78 = load <16 x float>, ptr %77, align 4
  %79 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %75, <16 x float> %25, <16 x float> %78)
  store <16 x float> %79, ptr %77, align 4
  %80 = or disjoint i64 %76, 16
  %81 = getelementptr inbounds float, ptr %S, i64 %80
  %82 = load <16 x float>, ptr %81, align 4
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %75, <16 x float> %29, <16 x float> %82)
  store <16 x float> %83, ptr %81, align 4
  %i2.next = or disjoint i64 %i2.addr.051, 1
  %84 = getelementptr inbounds float, ptr %kh, i64 %i2.next
  %85 = load float, ptr %84, align 4
  %86 = insertelement <16 x float> poison, float %85, i64 0
  %87 = shufflevector <16 x float> %86, <16 x float> poison, <16 x i32> zeroinitializer
  %88 = shl nuw nsw i64 %i2.next, 5
  %89 = getelementptr inbounds float, ptr %S, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %25, <16 x float> %90)
  store <16 x float> %91, ptr %89, align 4
  %92 = or disjoint i64 %88, 16
  %93 = getelementptr inbounds float, ptr %S, i64 %92
  %94 = load <16 x float>, ptr %93, align 4
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %29, <16 x float> %94)
  store <16 x float> %95, ptr %93, align 4
  %i2.next.1 = or disjoint i64 %i2.addr.051, 2
  %96 = getelementptr inbounds float, ptr %kh, i64 %i2.next.1
  %97 = load float, ptr %96, align 4
  %98 = insertelement <16 x float> poison, float %97, i64 0
  %99 = shufflevector <16 x float> %98, <16 x float> poison, <16 x i32> zeroinitializer
  %100 = shl nuw nsw i64 %i2.next.1, 5
  %101 = getelementptr inbounds float, ptr %S, i64 %100
  %102 = load <16 x float>, ptr %101, align 4
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %99, <16 x float> %25, <16 x float> %102)
  store <16 x float> %103, ptr %101, align 4
  %104 = or disjoint i64 %100, 16
  %105 = getelementptr inbounds float, ptr %S, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %99, <16 x float> %29, <16 x float> %106)
  store <16 x float> %107, ptr %105, align 4
  %i2.next.2 = or disjoint i64 %i2.addr.051, 3
  %108 = getelementptr inbounds float, ptr %kh, i64 %i2.next.2
  %109 = load float, ptr %108, align 4
  %110 = insertelement <16 x float> poison, float %109, i64 0
  %111 = shufflevector <16 x float> %110, <16 x float> poison, <16 x i32> zeroinitializer
  %112 = shl nuw nsw i64 %i2.next.2, 5
  %113 = getelementptr inbounds float, ptr %S, i64 %112
  %114 = load <16 x float>, ptr %113, align 4
  %115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %25, <16 x float> %114)
  store <16 x float> %115, ptr %113, align 4
  %116 = or disjoint i64 %112, 16
  %117 = getelementptr inbounds float, ptr %S, i64 %116
  %118 = load <16 x float>, ptr %117, align 4
  %119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %29, <16 x float> %118)
  store <16 x float> %119, ptr %117, align 4
  %i2.next.3 = add nuw nsw i64 %i2.addr.051, 4
  %exitcond57.not.3 = icmp eq i64 %i2.next.3, 32
  br i1 %exitcond57.not.3, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %bh.next = add nsw i64 %bh.addr.052, 1
  %exitcond58.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond58.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
