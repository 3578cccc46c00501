; ---- dp_fwd_h1_k32_v32_r32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k32_v32_r32_nogate'
source_filename = "dp_fwd_h1_k32_v32_r32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h1_k32_v32_r32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, %T
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  br i1 %2, label %bh.body.us.preheader, label %bh.body.preheader

bh.body.preheader:                                ; preds = %bh.body.lr.ph
  %4 = sub i64 %bh1, %bh0
  %xtraiter = and i64 %4, 7
  %5 = sub i64 %bh0, %bh1
  %6 = icmp ugt i64 %5, -8
  br i1 %6, label %bh.exit.loopexit126.unr-lcssa, label %bh.body.preheader.new

bh.body.preheader.new:                            ; preds = %bh.body.preheader
  %unroll_iter = and i64 %4, -8
  br label %bh.body

bh.body.us.preheader:                             ; preds = %bh.body.lr.ph
  %7 = add nuw nsw i64 %T, 31
  %nc99110 = lshr i64 %7, 5
  %8 = mul i64 %nc99110, %bh0
  %9 = shl i64 %nc99110, 12
  %10 = sub i64 %bh1, %bh0
  br label %bh.body.us

bh.body.us:                                       ; preds = %bh.body.us.preheader, %ci.head.i4.head.preheader_crit_edge.us
  %indvar88 = phi i64 [ 0, %bh.body.us.preheader ], [ %indvar.next89, %ci.head.i4.head.preheader_crit_edge.us ]
  %bh.addr.071.us = phi i64 [ %bh0, %bh.body.us.preheader ], [ %bh.next.us, %ci.head.i4.head.preheader_crit_edge.us ]
  %11 = add i64 %indvar88, %bh0
  %12 = shl i64 %11, 12
  %scevgep97 = getelementptr i8, ptr %hT, i64 %12
  %13 = mul i64 %9, %indvar88
  %scevgep91 = getelementptr i8, ptr %h0, i64 %12
  %b.us = sdiv i64 %bh.addr.071.us, %H
  %h.us = srem i64 %bh.addr.071.us, %H
  %14 = mul i64 %1, %b.us
  %bT.us = add nsw i64 %14, %h.us
  %15 = shl nsw i64 %bT.us, 5
  %kh.us = getelementptr inbounds float, ptr %k, i64 %15
  %betah.us = getelementptr inbounds float, ptr %beta, i64 %bT.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep91, i64 4096, i1 false)
  %qh.us = getelementptr inbounds float, ptr %q, i64 %15
  %vh.us = getelementptr inbounds float, ptr %v, i64 %15
  %oh.us = getelementptr inbounds float, ptr %o, i64 %15
  %invariant.gep108 = getelementptr i8, ptr %hs, i64 %13
  br label %i1.head.preheader.us

i2.exit.us:                                       ; preds = %i2.body.us
  %t1.us = tail call i64 @llvm.smin.i64(i64 %161, i64 %T)
  %16 = icmp slt i64 %t0.us, %T
  br i1 %16, label %t.body.us.preheader, label %t.exit.us

t.body.us.preheader:                              ; preds = %i2.exit.us
  %17 = mul nsw i64 %t0.us, %H
  %18 = getelementptr inbounds float, ptr %betah.us, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = insertelement <16 x float> poison, float %19, i64 0
  %21 = shufflevector <16 x float> %20, <16 x float> poison, <16 x i32> zeroinitializer
  %22 = or disjoint i64 %162, 16
  %23 = getelementptr inbounds float, ptr %vh.us, i64 %22
  %24 = load <16 x float>, ptr %23, align 4
  %25 = fadd <16 x float> %143, %157
  %26 = fsub <16 x float> %24, %25
  %27 = fmul <16 x float> %21, %26
  %28 = getelementptr inbounds float, ptr %vh.us, i64 %162
  %29 = load <16 x float>, ptr %28, align 4
  %30 = fadd <16 x float> %153, %139
  %31 = fsub <16 x float> %29, %30
  %32 = fmul <16 x float> %21, %31
  br label %t.body.us

t.exit.us:                                        ; preds = %i3.exit.us, %i2.exit.us
  %ci.next.us = add nuw nsw i64 %ci.addr.068.us, 1
  %exitcond95.not = icmp eq i64 %ci.next.us, %nc99110
  br i1 %exitcond95.not, label %ci.head.i4.head.preheader_crit_edge.us, label %i1.head.preheader.us

t.body.us:                                        ; preds = %t.body.us.preheader, %i3.exit.us
  %t.addr.067.us = phi i64 [ %33, %i3.exit.us ], [ %t0.us, %t.body.us.preheader ]
  %delta1.066.us = phi <16 x float> [ %54, %i3.exit.us ], [ %27, %t.body.us.preheader ]
  %delta.065.us = phi <16 x float> [ %46, %i3.exit.us ], [ %32, %t.body.us.preheader ]
  %33 = add nuw nsw i64 %t.addr.067.us, 1
  %tn.us = tail call i64 @llvm.smin.i64(i64 %33, i64 %3)
  %34 = mul nsw i64 %t.addr.067.us, %sq
  %35 = mul nsw i64 %tn.us, %sq
  %invariant.gep = getelementptr float, ptr %kh.us, i64 %35
  br label %i3.body.us

i3.exit.us:                                       ; preds = %i3.body.us
  %36 = fmul <16 x float> %94, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %37 = getelementptr inbounds float, ptr %oh.us, i64 %34
  store <16 x float> %36, ptr %37, align 4
  %38 = mul nsw i64 %tn.us, %H
  %39 = getelementptr inbounds float, ptr %betah.us, i64 %38
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds float, ptr %vh.us, i64 %35
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fsub <16 x float> %42, %97
  %44 = insertelement <16 x float> poison, float %40, i64 0
  %45 = shufflevector <16 x float> %44, <16 x float> poison, <16 x i32> zeroinitializer
  %46 = fmul <16 x float> %45, %43
  %47 = fmul <16 x float> %102, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %48 = or disjoint i64 %34, 16
  %49 = getelementptr inbounds float, ptr %oh.us, i64 %48
  store <16 x float> %47, ptr %49, align 4
  %50 = or disjoint i64 %35, 16
  %51 = getelementptr inbounds float, ptr %vh.us, i64 %50
  %52 = load <16 x float>, ptr %51, align 4
  %53 = fsub <16 x float> %52, %103
  %54 = fmul <16 x float> %45, %53
  %55 = icmp slt i64 %33, %t1.us
  br i1 %55, label %t.body.us, label %t.exit.us

i3.body.us:                                       ; preds = %i3.body.us, %t.body.us
  %i3.addr.064.us = phi i64 [ 0, %t.body.us ], [ %i3.next.us.1, %i3.body.us ]
  %acc7.063.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %103, %i3.body.us ]
  %acc6.062.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %97, %i3.body.us ]
  %acc5.061.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %102, %i3.body.us ]
  %acc416.060.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %94, %i3.body.us ]
  %56 = add nuw nsw i64 %i3.addr.064.us, %34
  %57 = getelementptr inbounds float, ptr %kh.us, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %qh.us, i64 %56
  %60 = load float, ptr %59, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i3.addr.064.us
  %61 = load float, ptr %gep, align 4
  %62 = insertelement <16 x float> poison, float %58, i64 0
  %63 = shufflevector <16 x float> %62, <16 x float> poison, <16 x i32> zeroinitializer
  %64 = shl nuw nsw i64 %i3.addr.064.us, 5
  %65 = getelementptr inbounds float, ptr %work, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %63, <16 x float> %delta.065.us, <16 x float> %66)
  store <16 x float> %67, ptr %65, align 4
  %68 = insertelement <16 x float> poison, float %60, i64 0
  %69 = shufflevector <16 x float> %68, <16 x float> poison, <16 x i32> zeroinitializer
  %70 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %69, <16 x float> %67, <16 x float> %acc416.060.us)
  %71 = insertelement <16 x float> poison, float %61, i64 0
  %72 = shufflevector <16 x float> %71, <16 x float> poison, <16 x i32> zeroinitializer
  %73 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %72, <16 x float> %67, <16 x float> %acc6.062.us)
  %74 = or disjoint i64 %64, 16
  %75 = getelementptr inbounds float, ptr %work, i64 %74
  %76 = load <16 x float>, ptr %75, align 4
  %77 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %63, <16 x float> %delta1.066.us, <16 x float> %76)
  store <16 x float> %77, ptr %75, align 4
  %78 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %69, <16 x float> %77, <16 x float> %acc5.061.us)
  %79 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %72, <16 x float> %77, <16 x float> %acc7.063.us)
  %i3.next.us = or disjoint i64 %i3.addr.064.us, 1
  %80 = add nuw nsw i64 %i3.next.us, %34
  %81 = getelementptr inbounds float, ptr %kh.us, i64 %80
  %82 = load float, ptr %81, align 4
  %83 = getelementptr inbounds float, ptr %qh.us, i64 %80
  %84 = load float, ptr %83, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i3.next.us
  %85 = load float, ptr %gep.1, align 4
  %86 = insertelement <16 x float> poison, float %82, i64 0
  %87 = shufflevector <16 x float> %86, <16 x float> poison, <16 x i32> zeroinitializer
  %88 = shl nuw nsw i64 %i3.next.us, 5
  %89 = getelementptr inbounds float, ptr %work, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %delta.065.us, <16 x float> %90)
  store <16 x float> %91, ptr %89, align 4
  %92 = insertelement <16 x float> poison, float %84, i64 0
  %93 = shufflevector <16 x float> %92, <16 x float> poison, <16 x i32> zeroinitializer
  %94 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %93, <16 x float> %91, <16 x float> %70)
  %95 = insertelement <16 x float> poison, float %85, i64 0
  %96 = shufflevector <16 x float> %95, <16 x float> poison, <16 x i32> zeroinitializer
  %97 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %91, <16 x float> %73)
  %98 = or disjoint i64 %88, 16
  %99 = getelementptr inbounds float, ptr %work, i64 %98
  %100 = load <16 x float>, ptr %99, align 4
  %101 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %delta1.066.us, <16 x float> %100)
  store <16 x float> %101, ptr %99, align 4
  %102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %93, <16 x float> %101, <16 x float> %78)
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %101, <16 x float> %79)
  %i3.next.us.1 = add nuw nsw i64 %i3.addr.064.us, 2
  %exitcond94.not.1 = icmp eq i64 %i3.next.us.1, 32
  br i1 %exitcond94.not.1, label %i3.exit.us, label %i3.body.us

i2.body.us:                                       ; preds = %i2.body.us, %i1.head.preheader.us
  %acc.059.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %139, %i2.body.us ]
  %i2.addr.058.us = phi i64 [ 0, %i1.head.preheader.us ], [ %i2.next.us.1, %i2.body.us ]
  %acc3.057.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %157, %i2.body.us ]
  %acc2.056.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %153, %i2.body.us ]
  %acc1.055.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %143, %i2.body.us ]
  %104 = or disjoint i64 %i2.addr.058.us, %162
  %105 = getelementptr inbounds float, ptr %kh.us, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = shl nuw nsw i64 %i2.addr.058.us, 5
  %108 = getelementptr inbounds float, ptr %work, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = insertelement <16 x float> poison, float %106, i64 0
  %111 = shufflevector <16 x float> %110, <16 x float> poison, <16 x i32> zeroinitializer
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %109, <16 x float> %acc.059.us)
  %113 = or disjoint i64 %107, 16
  %114 = getelementptr inbounds float, ptr %work, i64 %113
  %115 = load <16 x float>, ptr %114, align 4
  %116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %115, <16 x float> %acc1.055.us)
  %117 = or disjoint i64 %i2.addr.058.us, 1
  %118 = or disjoint i64 %117, %162
  %119 = getelementptr inbounds float, ptr %kh.us, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = shl nuw nsw i64 %117, 5
  %122 = getelementptr inbounds float, ptr %work, i64 %121
  %123 = load <16 x float>, ptr %122, align 4
  %124 = insertelement <16 x float> poison, float %120, i64 0
  %125 = shufflevector <16 x float> %124, <16 x float> poison, <16 x i32> zeroinitializer
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %123, <16 x float> %acc2.056.us)
  %127 = or disjoint i64 %121, 16
  %128 = getelementptr inbounds float, ptr %work, i64 %127
  %129 = load <16 x float>, ptr %128, align 4
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %129, <16 x float> %acc3.057.us)
  %i2.next.us = or disjoint i64 %i2.addr.058.us, 2
  %131 = or disjoint i64 %i2.next.us, %162
  %132 = getelementptr inbounds float, ptr %kh.us, i64 %131
  %133 = load float, ptr %132, align 4
  %134 = shl nuw nsw i64 %i2.next.us, 5
  %135 = getelementptr inbounds float, ptr %work, i64 %134
  %136 = load <16 x float>, ptr %135, align 4
  %137 = insertelement <16 x float> poison, float %133, i64 0
  %138 = shufflevector <16 x float> %137, <16 x float> poison, <16 x i32> zeroinitializer
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %136, <16 x float> %112)
  %140 = or disjoint i64 %134, 16
  %141 = getelementptr inbounds float, ptr %work, i64 %140
  %142 = load <16 x float>, ptr %141, align 4
  %143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %142, <16 x float> %116)
  %144 = or disjoint i64 %i2.addr.058.us, 3
  %145 = or disjoint i64 %144, %162
  %146 = getelementptr inbounds float, ptr %kh.us, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = shl nuw nsw i64 %144, 5
  %149 = getelementptr inbounds float, ptr %work, i64 %148
  %150 = load <16 x float>, ptr %149, align 4
  %151 = insertelement <16 x float> poison, float %147, i64 0
  %152 = shufflevector <16 x float> %151, <16 x float> poison, <16 x i32> zeroinitializer
  %153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %152, <16 x float> %150, <16 x float> %126)
  %154 = or disjoint i64 %148, 16
  %155 = getelementptr inbounds float, ptr %work, i64 %154
  %156 = load <16 x float>, ptr %155, align 4
  %157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %152, <16 x float> %156, <16 x float> %130)
  %i2.next.us.1 = add nuw nsw i64 %i2.addr.058.us, 4
  %158 = icmp ult i64 %i2.next.us, 30
  br i1 %158, label %i2.body.us, label %i2.exit.us

i1.head.preheader.us:                             ; preds = %bh.body.us, %t.exit.us
  %ci.addr.068.us = phi i64 [ 0, %bh.body.us ], [ %ci.next.us, %t.exit.us ]
  %159 = add i64 %8, %ci.addr.068.us
  %160 = shl i64 %159, 12
  %gep109 = getelementptr i8, ptr %invariant.gep108, i64 %160
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep109, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0.us = shl nsw i64 %ci.addr.068.us, 5
  %161 = add nuw nsw i64 %t0.us, 32
  %162 = mul nsw i64 %t0.us, %sq
  br label %i2.body.us

ci.head.i4.head.preheader_crit_edge.us:           ; preds = %t.exit.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep97, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next.us = add nsw i64 %bh.addr.071.us, 1
  %indvar.next89 = add i64 %indvar88, 1
  %exitcond98.not = icmp eq i64 %indvar.next89, %10
  br i1 %exitcond98.not, label %bh.exit, label %bh.body.us

bh.body:                                          ; preds = %bh.body, %bh.body.preheader.new
  %indvar = phi i64 [ 0, %bh.body.preheader.new ], [ %indvar.next.7, %bh.body ]
  %niter = phi i64 [ 0, %bh.body.preheader.new ], [ %niter.next.7, %bh.body ]
  %163 = add i64 %indvar, %bh0
  %164 = shl i64 %163, 12
  %scevgep87 = getelementptr i8, ptr %hT, i64 %164
  %scevgep85 = getelementptr i8, ptr %h0, i64 %164
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85, i64 4096, i1 false)
  %indvar.next = or disjoint i64 %indvar, 1
  %165 = add i64 %indvar.next, %bh0
  %166 = shl i64 %165, 12
  %scevgep87.1 = getelementptr i8, ptr %hT, i64 %166
  %scevgep85.1 = getelementptr i8, ptr %h0, i64 %166
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.1, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.1, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.1, i64 4096, i1 false)
  %indvar.next.1 = or disjoint i64 %indvar, 2
  %167 = add i64 %indvar.next.1, %bh0
  %168 = shl i64 %167, 12
  %scevgep87.2 = getelementptr i8, ptr %hT, i64 %168
  %scevgep85.2 = getelementptr i8, ptr %h0, i64 %168
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.2, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.2, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.2, i64 4096, i1 false)
  %indvar.next.2 = or disjoint i64 %indvar, 3
  %169 = add i64 %indvar.next.2, %bh0
  %170 = shl i64 %169, 12
  %scevgep87.3 = getelementptr i8, ptr %hT, i64 %170
  %scevgep85.3 = getelementptr i8, ptr %h0, i64 %170
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.3, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.3, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.3, i64 4096, i1 false)
  %indvar.next.3 = or disjoint i64 %indvar, 4
  %171 = add i64 %indvar.next.3, %bh0
  %172 = shl i64 %171, 12
  %scevgep87.4 = getelementptr i8, ptr %hT, i64 %172
  %scevgep85.4 = getelementptr i8, ptr %h0, i64 %172
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.4, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.4, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.4, i64 4096, i1 false)
  %indvar.next.4 = or disjoint i64 %indvar, 5
  %173 = add i64 %indvar.next.4, %bh0
  %174 = shl i64 %173, 12
  %scevgep87.5 = getelementptr i8, ptr %hT, i64 %174
  %scevgep85.5 = getelementptr i8, ptr %h0, i64 %174
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.5, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.5, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.5, i64 4096, i1 false)
  %indvar.next.5 = or disjoint i64 %indvar, 6
  %175 = add i64 %indvar.next.5, %bh0
  %176 = shl i64 %175, 12
  %scevgep87.6 = getelementptr i8, ptr %hT, i64 %176
  %scevgep85.6 = getelementptr i8, ptr %h0, i64 %176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.6, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.6, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.6, i64 4096, i1 false)
  %indvar.next.6 = or disjoint i64 %indvar, 7
  %177 = add i64 %indvar.next.6, %bh0
  %178 = shl i64 %177, 12
  %scevgep87.7 = getelementptr i8, ptr %hT, i64 %178
  %scevgep85.7 = getelementptr i8, ptr %h0, i64 %178
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.7, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.7, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.7, i64 4096, i1 false)
  %indvar.next.7 = add i64 %indvar, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %bh.exit.loopexit126.unr-lcssa, label %bh.body

bh.exit.loopexit126.unr-lcssa:                    ; preds = %bh.body, %bh.body.preheader
  %indvar.unr = phi i64 [ 0, %bh.body.preheader ], [ %indvar.next.7, %bh.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %bh.exit, label %bh.body.epil

bh.body.epil:                                     ; preds = %bh.exit.loopexit126.unr-lcssa, %bh.body.epil
  %indvar.epil = phi i64 [ %indvar.next.epil, %bh.body.epil ], [ %indvar.unr, %bh.exit.loopexit126.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %bh.body.epil ], [ 0, %bh.exit.loopexit126.unr-lcssa ]
  %179 = add i64 %indvar.epil, %bh0
  %180 = shl i64 %179, 12
  %scevgep87.epil = getelementptr i8, ptr %hT, i64 %180
  %scevgep85.epil = getelementptr i8, ptr %h0, i64 %180
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.epil, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.epil, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.epil, i64 4096, i1 false)
  %indvar.next.epil = add i64 %indvar.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %bh.exit, label %bh.body.epil, !llvm.loop !0

bh.exit:                                          ; preds = %bh.exit.loopexit126.unr-lcssa, %bh.body.epil, %ci.head.i4.head.preheader_crit_edge.us, %entry
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
; ---- dp_bwd_h1_k32_v32_c32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h1_k32_v32_c32_nogate'
source_filename = "dp_bwd_h1_k32_v32_c32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h1_k32_v32_c32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, %T
  %Ak = getelementptr inbounds i8, ptr %work, i64 24576
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 69632
  %KSdS = getelementptr inbounds i8, ptr %work, i64 73728
  %KT = getelementptr inbounds i8, ptr %work, i64 57344
  %M = getelementptr inbounds i8, ptr %work, i64 111360
  %OY = getelementptr inbounds i8, ptr %work, i64 49152
  %PT = getelementptr inbounds i8, ptr %work, i64 94208
  %QK = getelementptr inbounds i8, ptr %work, i64 40960
  %QcT = getelementptr inbounds i8, ptr %work, i64 61440
  %Rr = getelementptr inbounds i8, ptr %work, i64 81920
  %Vn = getelementptr inbounds i8, ptr %work, i64 86016
  %VnT = getelementptr inbounds i8, ptr %work, i64 90112
  %bet = getelementptr inbounds i8, ptr %work, i64 106496
  %dKc = getelementptr inbounds i8, ptr %work, i64 102400
  %dOT = getelementptr inbounds i8, ptr %work, i64 65536
  %dQc = getelementptr inbounds i8, ptr %work, i64 98304
  %dbet = getelementptr i8, ptr %work, i64 106624
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %bh0, 1
  %5 = mul i64 %nc, %4
  %6 = shl i64 %5, 12
  %7 = add i64 %6, -4096
  %8 = shl i64 %nc, 12
  %9 = shl nsw i64 %nc, 5
  %10 = add i64 %9, 144115188075855840
  %11 = mul i64 %10, %H
  %12 = mul i64 %H, -4096
  %13 = shl i64 %H, 7
  %14 = add i64 %T, 32
  %15 = sub i64 %14, %9
  %smax2866 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %16 = sub i64 %bh1, %bh0
  %scevgep2821.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2821.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2821.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2821.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2821.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2821.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2821.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2821.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2821.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2821.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2821.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2821.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2821.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2821.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2821.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2821.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2821.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2821.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2821.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2821.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2821.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2821.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2821.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2821.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2821.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2821.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2821.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2821.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2821.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2821.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2821.31 = getelementptr i8, ptr %work, i64 7936
  %17 = getelementptr inbounds i8, ptr %work, i64 111364
  %18 = getelementptr inbounds i8, ptr %work, i64 111368
  %19 = getelementptr inbounds i8, ptr %work, i64 111372
  %20 = getelementptr inbounds i8, ptr %work, i64 111376
  %21 = getelementptr inbounds i8, ptr %work, i64 111380
  %22 = getelementptr inbounds i8, ptr %work, i64 111384
  %23 = getelementptr inbounds i8, ptr %work, i64 111388
  %24 = getelementptr inbounds i8, ptr %work, i64 111392
  %25 = getelementptr inbounds i8, ptr %work, i64 111396
  %26 = getelementptr inbounds i8, ptr %work, i64 111400
  %27 = getelementptr inbounds i8, ptr %work, i64 111404
  %28 = getelementptr inbounds i8, ptr %work, i64 111408
  %29 = getelementptr inbounds i8, ptr %work, i64 111412
  %30 = getelementptr inbounds i8, ptr %work, i64 111416
  %31 = getelementptr inbounds i8, ptr %work, i64 111420
  %32 = getelementptr inbounds i8, ptr %work, i64 111424
  %33 = getelementptr inbounds i8, ptr %work, i64 111428
  %34 = getelementptr inbounds i8, ptr %work, i64 111432
  %35 = getelementptr inbounds i8, ptr %work, i64 111436
  %36 = getelementptr inbounds i8, ptr %work, i64 111440
  %37 = getelementptr inbounds i8, ptr %work, i64 111444
  %38 = getelementptr inbounds i8, ptr %work, i64 111448
  %39 = getelementptr inbounds i8, ptr %work, i64 111452
  %40 = getelementptr inbounds i8, ptr %work, i64 111456
  %41 = getelementptr inbounds i8, ptr %work, i64 111460
  %42 = getelementptr inbounds i8, ptr %work, i64 111464
  %43 = getelementptr inbounds i8, ptr %work, i64 111468
  %44 = getelementptr inbounds i8, ptr %work, i64 111472
  %45 = getelementptr inbounds i8, ptr %work, i64 111476
  %46 = getelementptr inbounds i8, ptr %work, i64 111480
  %47 = getelementptr inbounds i8, ptr %work, i64 111484
  %invariant.gep3035 = getelementptr i8, ptr %work, i64 81920
  %invariant.gep3037 = getelementptr i8, ptr %work, i64 49152
  %invariant.gep3039 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3041 = getelementptr i8, ptr %work, i64 40960
  %invariant.gep3043 = getelementptr i8, ptr %work, i64 20480
  %invariant.gep3045 = getelementptr i8, ptr %work, i64 45056
  %48 = getelementptr inbounds i8, ptr %work, i64 81984
  %49 = getelementptr inbounds i8, ptr %work, i64 73792
  %invariant.gep3047 = getelementptr inbounds i8, ptr %work, i64 73856
  %invariant.gep3049 = getelementptr inbounds i8, ptr %work, i64 53248
  %invariant.gep3053 = getelementptr inbounds i8, ptr %work, i64 53312
  %invariant.gep3055 = getelementptr inbounds i8, ptr %work, i64 24832
  %invariant.gep3057 = getelementptr inbounds i8, ptr %work, i64 24896
  %invariant.gep3063 = getelementptr inbounds i8, ptr %work, i64 24960
  %invariant.gep3065 = getelementptr inbounds i8, ptr %work, i64 24960
  %invariant.gep3067 = getelementptr i8, ptr %work, i64 53248
  %invariant.gep3069 = getelementptr i8, ptr %work, i64 102400
  %50 = getelementptr inbounds i8, ptr %work, i64 98368
  %scevgep2869 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep.1 = getelementptr inbounds i8, ptr %work, i64 57408
  %invariant.gep3051 = getelementptr inbounds i8, ptr %work, i64 73920
  %gep3048.1 = getelementptr inbounds i8, ptr %work, i64 74112
  %gep3050.1 = getelementptr inbounds i8, ptr %work, i64 53376
  %gep3052.1 = getelementptr inbounds i8, ptr %work, i64 74176
  %gep3054.1 = getelementptr inbounds i8, ptr %work, i64 53440
  %gep3048.2 = getelementptr inbounds i8, ptr %work, i64 74368
  %gep3050.2 = getelementptr inbounds i8, ptr %work, i64 53504
  %gep3052.2 = getelementptr inbounds i8, ptr %work, i64 74432
  %gep3054.2 = getelementptr inbounds i8, ptr %work, i64 53568
  %gep3048.3 = getelementptr inbounds i8, ptr %work, i64 74624
  %gep3050.3 = getelementptr inbounds i8, ptr %work, i64 53632
  %gep3052.3 = getelementptr inbounds i8, ptr %work, i64 74688
  %gep3054.3 = getelementptr inbounds i8, ptr %work, i64 53696
  %gep3048.4 = getelementptr inbounds i8, ptr %work, i64 74880
  %gep3050.4 = getelementptr inbounds i8, ptr %work, i64 53760
  %gep3052.4 = getelementptr inbounds i8, ptr %work, i64 74944
  %gep3054.4 = getelementptr inbounds i8, ptr %work, i64 53824
  %gep3048.5 = getelementptr inbounds i8, ptr %work, i64 75136
  %gep3050.5 = getelementptr inbounds i8, ptr %work, i64 53888
  %gep3052.5 = getelementptr inbounds i8, ptr %work, i64 75200
  %gep3054.5 = getelementptr inbounds i8, ptr %work, i64 53952
  %gep3048.6 = getelementptr inbounds i8, ptr %work, i64 75392
  %gep3050.6 = getelementptr inbounds i8, ptr %work, i64 54016
  %gep3052.6 = getelementptr inbounds i8, ptr %work, i64 75456
  %gep3054.6 = getelementptr inbounds i8, ptr %work, i64 54080
  %gep3048.7 = getelementptr inbounds i8, ptr %work, i64 75648
  %gep3050.7 = getelementptr inbounds i8, ptr %work, i64 54144
  %gep3052.7 = getelementptr inbounds i8, ptr %work, i64 75712
  %gep3054.7 = getelementptr inbounds i8, ptr %work, i64 54208
  %gep3048.8 = getelementptr inbounds i8, ptr %work, i64 75904
  %gep3050.8 = getelementptr inbounds i8, ptr %work, i64 54272
  %gep3052.8 = getelementptr inbounds i8, ptr %work, i64 75968
  %gep3054.8 = getelementptr inbounds i8, ptr %work, i64 54336
  %gep3048.9 = getelementptr inbounds i8, ptr %work, i64 76160
  %gep3050.9 = getelementptr inbounds i8, ptr %work, i64 54400
  %gep3052.9 = getelementptr inbounds i8, ptr %work, i64 76224
  %gep3054.9 = getelementptr inbounds i8, ptr %work, i64 54464
  %gep3048.10 = getelementptr inbounds i8, ptr %work, i64 76416
  %gep3050.10 = getelementptr inbounds i8, ptr %work, i64 54528
  %gep3052.10 = getelementptr inbounds i8, ptr %work, i64 76480
  %gep3054.10 = getelementptr inbounds i8, ptr %work, i64 54592
  %gep3048.11 = getelementptr inbounds i8, ptr %work, i64 76672
  %gep3050.11 = getelementptr inbounds i8, ptr %work, i64 54656
  %gep3052.11 = getelementptr inbounds i8, ptr %work, i64 76736
  %gep3054.11 = getelementptr inbounds i8, ptr %work, i64 54720
  %gep3048.12 = getelementptr inbounds i8, ptr %work, i64 76928
  %gep3050.12 = getelementptr inbounds i8, ptr %work, i64 54784
  %gep3052.12 = getelementptr inbounds i8, ptr %work, i64 76992
  %gep3054.12 = getelementptr inbounds i8, ptr %work, i64 54848
  %gep3048.13 = getelementptr inbounds i8, ptr %work, i64 77184
  %gep3050.13 = getelementptr inbounds i8, ptr %work, i64 54912
  %gep3052.13 = getelementptr inbounds i8, ptr %work, i64 77248
  %gep3054.13 = getelementptr inbounds i8, ptr %work, i64 54976
  %gep3048.14 = getelementptr inbounds i8, ptr %work, i64 77440
  %gep3050.14 = getelementptr inbounds i8, ptr %work, i64 55040
  %gep3052.14 = getelementptr inbounds i8, ptr %work, i64 77504
  %gep3054.14 = getelementptr inbounds i8, ptr %work, i64 55104
  %gep3048.15 = getelementptr inbounds i8, ptr %work, i64 77696
  %gep3050.15 = getelementptr inbounds i8, ptr %work, i64 55168
  %gep3052.15 = getelementptr inbounds i8, ptr %work, i64 77760
  %gep3054.15 = getelementptr inbounds i8, ptr %work, i64 55232
  %gep3048.16 = getelementptr inbounds i8, ptr %work, i64 77952
  %gep3050.16 = getelementptr inbounds i8, ptr %work, i64 55296
  %gep3052.16 = getelementptr inbounds i8, ptr %work, i64 78016
  %gep3054.16 = getelementptr inbounds i8, ptr %work, i64 55360
  %gep3048.17 = getelementptr inbounds i8, ptr %work, i64 78208
  %gep3050.17 = getelementptr inbounds i8, ptr %work, i64 55424
  %gep3052.17 = getelementptr inbounds i8, ptr %work, i64 78272
  %gep3054.17 = getelementptr inbounds i8, ptr %work, i64 55488
  %gep3048.18 = getelementptr inbounds i8, ptr %work, i64 78464
  %gep3050.18 = getelementptr inbounds i8, ptr %work, i64 55552
  %gep3052.18 = getelementptr inbounds i8, ptr %work, i64 78528
  %gep3054.18 = getelementptr inbounds i8, ptr %work, i64 55616
  %gep3048.19 = getelementptr inbounds i8, ptr %work, i64 78720
  %gep3050.19 = getelementptr inbounds i8, ptr %work, i64 55680
  %gep3052.19 = getelementptr inbounds i8, ptr %work, i64 78784
  %gep3054.19 = getelementptr inbounds i8, ptr %work, i64 55744
  %gep3048.20 = getelementptr inbounds i8, ptr %work, i64 78976
  %gep3050.20 = getelementptr inbounds i8, ptr %work, i64 55808
  %gep3052.20 = getelementptr inbounds i8, ptr %work, i64 79040
  %gep3054.20 = getelementptr inbounds i8, ptr %work, i64 55872
  %gep3048.21 = getelementptr inbounds i8, ptr %work, i64 79232
  %gep3050.21 = getelementptr inbounds i8, ptr %work, i64 55936
  %gep3052.21 = getelementptr inbounds i8, ptr %work, i64 79296
  %gep3054.21 = getelementptr inbounds i8, ptr %work, i64 56000
  %gep3048.22 = getelementptr inbounds i8, ptr %work, i64 79488
  %gep3050.22 = getelementptr inbounds i8, ptr %work, i64 56064
  %gep3052.22 = getelementptr inbounds i8, ptr %work, i64 79552
  %gep3054.22 = getelementptr inbounds i8, ptr %work, i64 56128
  %gep3048.23 = getelementptr inbounds i8, ptr %work, i64 79744
  %gep3050.23 = getelementptr inbounds i8, ptr %work, i64 56192
  %gep3052.23 = getelementptr inbounds i8, ptr %work, i64 79808
  %gep3054.23 = getelementptr inbounds i8, ptr %work, i64 56256
  %gep3048.24 = getelementptr inbounds i8, ptr %work, i64 80000
  %gep3050.24 = getelementptr inbounds i8, ptr %work, i64 56320
  %gep3052.24 = getelementptr inbounds i8, ptr %work, i64 80064
  %gep3054.24 = getelementptr inbounds i8, ptr %work, i64 56384
  %gep3048.25 = getelementptr inbounds i8, ptr %work, i64 80256
  %gep3050.25 = getelementptr inbounds i8, ptr %work, i64 56448
  %gep3052.25 = getelementptr inbounds i8, ptr %work, i64 80320
  %gep3054.25 = getelementptr inbounds i8, ptr %work, i64 56512
  %gep3048.26 = getelementptr inbounds i8, ptr %work, i64 80512
  %gep3050.26 = getelementptr inbounds i8, ptr %work, i64 56576
  %gep3052.26 = getelementptr inbounds i8, ptr %work, i64 80576
  %gep3054.26 = getelementptr inbounds i8, ptr %work, i64 56640
  %gep3048.27 = getelementptr inbounds i8, ptr %work, i64 80768
  %gep3050.27 = getelementptr inbounds i8, ptr %work, i64 56704
  %gep3052.27 = getelementptr inbounds i8, ptr %work, i64 80832
  %gep3054.27 = getelementptr inbounds i8, ptr %work, i64 56768
  %gep3048.28 = getelementptr inbounds i8, ptr %work, i64 81024
  %gep3050.28 = getelementptr inbounds i8, ptr %work, i64 56832
  %gep3052.28 = getelementptr inbounds i8, ptr %work, i64 81088
  %gep3054.28 = getelementptr inbounds i8, ptr %work, i64 56896
  %gep3048.29 = getelementptr inbounds i8, ptr %work, i64 81280
  %gep3050.29 = getelementptr inbounds i8, ptr %work, i64 56960
  %gep3052.29 = getelementptr inbounds i8, ptr %work, i64 81344
  %gep3054.29 = getelementptr inbounds i8, ptr %work, i64 57024
  %gep3048.30 = getelementptr inbounds i8, ptr %work, i64 81536
  %gep3050.30 = getelementptr inbounds i8, ptr %work, i64 57088
  %gep3052.30 = getelementptr inbounds i8, ptr %work, i64 81600
  %gep3054.30 = getelementptr inbounds i8, ptr %work, i64 57152
  %gep3048.31 = getelementptr inbounds i8, ptr %work, i64 81792
  %gep3050.31 = getelementptr inbounds i8, ptr %work, i64 57216
  %gep3052.31 = getelementptr inbounds i8, ptr %work, i64 81856
  %gep3054.31 = getelementptr inbounds i8, ptr %work, i64 57280
  %invariant.gep2587.1 = getelementptr inbounds i8, ptr %work, i64 90176
  %scevgep2869.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2869.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2869.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2869.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2869.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2869.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2869.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2869.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2869.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2869.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2869.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2869.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2869.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2869.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2869.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2869.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2869.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2869.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2869.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2869.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2869.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2869.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2869.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2869.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2869.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2869.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2869.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2869.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2869.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2869.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2869.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j34.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j34.head.preheader ]
  %bh.addr.02627 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j34.head.preheader ]
  %51 = add i64 %indvar, %bh0
  %52 = shl i64 %51, 12
  %53 = mul i64 %8, %indvar
  %54 = add i64 %7, %53
  %b = sdiv i64 %bh.addr.02627, %H
  %h = srem i64 %bh.addr.02627, %H
  %55 = mul i64 %1, %b
  %bT = add i64 %55, %h
  %56 = shl nsw i64 %bT, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %56
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  %57 = getelementptr i8, ptr %dhT, i64 %52
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %57, i64 128, i1 false)
  %scevgep2820.1 = getelementptr i8, ptr %57, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.1, i64 128, i1 false)
  %scevgep2820.2 = getelementptr i8, ptr %57, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.2, i64 128, i1 false)
  %scevgep2820.3 = getelementptr i8, ptr %57, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.3, i64 128, i1 false)
  %scevgep2820.4 = getelementptr i8, ptr %57, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.4, i64 128, i1 false)
  %scevgep2820.5 = getelementptr i8, ptr %57, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.5, i64 128, i1 false)
  %scevgep2820.6 = getelementptr i8, ptr %57, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.6, i64 128, i1 false)
  %scevgep2820.7 = getelementptr i8, ptr %57, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.7, i64 128, i1 false)
  %scevgep2820.8 = getelementptr i8, ptr %57, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.8, i64 128, i1 false)
  %scevgep2820.9 = getelementptr i8, ptr %57, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.9, i64 128, i1 false)
  %scevgep2820.10 = getelementptr i8, ptr %57, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.10, i64 128, i1 false)
  %scevgep2820.11 = getelementptr i8, ptr %57, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.11, i64 128, i1 false)
  %scevgep2820.12 = getelementptr i8, ptr %57, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.12, i64 128, i1 false)
  %scevgep2820.13 = getelementptr i8, ptr %57, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.13, i64 128, i1 false)
  %scevgep2820.14 = getelementptr i8, ptr %57, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.14, i64 128, i1 false)
  %scevgep2820.15 = getelementptr i8, ptr %57, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.15, i64 128, i1 false)
  %scevgep2820.16 = getelementptr i8, ptr %57, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.16, i64 128, i1 false)
  %scevgep2820.17 = getelementptr i8, ptr %57, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.17, i64 128, i1 false)
  %scevgep2820.18 = getelementptr i8, ptr %57, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.18, i64 128, i1 false)
  %scevgep2820.19 = getelementptr i8, ptr %57, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.19, i64 128, i1 false)
  %scevgep2820.20 = getelementptr i8, ptr %57, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.20, i64 128, i1 false)
  %scevgep2820.21 = getelementptr i8, ptr %57, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.21, i64 128, i1 false)
  %scevgep2820.22 = getelementptr i8, ptr %57, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.22, i64 128, i1 false)
  %scevgep2820.23 = getelementptr i8, ptr %57, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.23, i64 128, i1 false)
  %scevgep2820.24 = getelementptr i8, ptr %57, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.24, i64 128, i1 false)
  %scevgep2820.25 = getelementptr i8, ptr %57, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.25, i64 128, i1 false)
  %scevgep2820.26 = getelementptr i8, ptr %57, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.26, i64 128, i1 false)
  %scevgep2820.27 = getelementptr i8, ptr %57, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.27, i64 128, i1 false)
  %scevgep2820.28 = getelementptr i8, ptr %57, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.28, i64 128, i1 false)
  %scevgep2820.29 = getelementptr i8, ptr %57, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.29, i64 128, i1 false)
  %scevgep2820.30 = getelementptr i8, ptr %57, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.30, i64 128, i1 false)
  %scevgep2820.31 = getelementptr i8, ptr %57, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2820.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %56
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %56
  br i1 %3, label %cc.body.lr.ph, label %j34.head.preheader

bh.exit:                                          ; preds = %j34.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %58 = mul nsw i64 %bh.addr.02627, %nc
  %59 = add i64 %11, %bT
  %60 = shl i64 %59, 7
  %61 = getelementptr i8, ptr %qh, i64 64
  %62 = getelementptr i8, ptr %kh, i64 64
  %63 = getelementptr i8, ptr %qh1, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t5.exit
  %indvars.iv2863 = phi i64 [ %15, %cc.body.lr.ph ], [ %indvars.iv.next2864, %t5.exit ]
  %cc.addr.02624 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t5.exit ]
  %smin3402 = tail call i64 @llvm.smin.i64(i64 %indvars.iv2863, i64 32)
  %smax3403 = tail call i64 @llvm.smax.i64(i64 %smin3402, i64 1)
  %64 = mul i64 %12, %cc.addr.02624
  %65 = add i64 %60, %64
  %66 = shl i64 %cc.addr.02624, 12
  %67 = sub i64 %54, %66
  %68 = xor i64 %cc.addr.02624, -1
  %ci = add nsw i64 %nc, %68
  %t0 = shl nsw i64 %ci, 5
  %69 = sub nsw i64 %T, %t0
  %scevgep2822 = getelementptr i8, ptr %hs, i64 %67
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822, i64 128, i1 false)
  %70 = or disjoint i64 %67, 128
  %scevgep2822.1 = getelementptr i8, ptr %hs, i64 %70
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.1, i64 128, i1 false)
  %71 = or disjoint i64 %67, 256
  %scevgep2822.2 = getelementptr i8, ptr %hs, i64 %71
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.2, i64 128, i1 false)
  %72 = or disjoint i64 %67, 384
  %scevgep2822.3 = getelementptr i8, ptr %hs, i64 %72
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.3, i64 128, i1 false)
  %73 = or disjoint i64 %67, 512
  %scevgep2822.4 = getelementptr i8, ptr %hs, i64 %73
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.4, i64 128, i1 false)
  %74 = or disjoint i64 %67, 640
  %scevgep2822.5 = getelementptr i8, ptr %hs, i64 %74
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.5, i64 128, i1 false)
  %75 = or disjoint i64 %67, 768
  %scevgep2822.6 = getelementptr i8, ptr %hs, i64 %75
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.6, i64 128, i1 false)
  %76 = or disjoint i64 %67, 896
  %scevgep2822.7 = getelementptr i8, ptr %hs, i64 %76
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.7, i64 128, i1 false)
  %77 = or disjoint i64 %67, 1024
  %scevgep2822.8 = getelementptr i8, ptr %hs, i64 %77
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.8, i64 128, i1 false)
  %78 = or disjoint i64 %67, 1152
  %scevgep2822.9 = getelementptr i8, ptr %hs, i64 %78
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.9, i64 128, i1 false)
  %79 = or disjoint i64 %67, 1280
  %scevgep2822.10 = getelementptr i8, ptr %hs, i64 %79
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.10, i64 128, i1 false)
  %80 = or disjoint i64 %67, 1408
  %scevgep2822.11 = getelementptr i8, ptr %hs, i64 %80
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.11, i64 128, i1 false)
  %81 = or disjoint i64 %67, 1536
  %scevgep2822.12 = getelementptr i8, ptr %hs, i64 %81
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.12, i64 128, i1 false)
  %82 = or disjoint i64 %67, 1664
  %scevgep2822.13 = getelementptr i8, ptr %hs, i64 %82
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.13, i64 128, i1 false)
  %83 = or disjoint i64 %67, 1792
  %scevgep2822.14 = getelementptr i8, ptr %hs, i64 %83
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.14, i64 128, i1 false)
  %84 = or disjoint i64 %67, 1920
  %scevgep2822.15 = getelementptr i8, ptr %hs, i64 %84
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.15, i64 128, i1 false)
  %85 = or disjoint i64 %67, 2048
  %scevgep2822.16 = getelementptr i8, ptr %hs, i64 %85
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.16, i64 128, i1 false)
  %86 = or disjoint i64 %67, 2176
  %scevgep2822.17 = getelementptr i8, ptr %hs, i64 %86
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.17, i64 128, i1 false)
  %87 = or disjoint i64 %67, 2304
  %scevgep2822.18 = getelementptr i8, ptr %hs, i64 %87
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.18, i64 128, i1 false)
  %88 = or disjoint i64 %67, 2432
  %scevgep2822.19 = getelementptr i8, ptr %hs, i64 %88
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.19, i64 128, i1 false)
  %89 = or disjoint i64 %67, 2560
  %scevgep2822.20 = getelementptr i8, ptr %hs, i64 %89
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.20, i64 128, i1 false)
  %90 = or disjoint i64 %67, 2688
  %scevgep2822.21 = getelementptr i8, ptr %hs, i64 %90
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.21, i64 128, i1 false)
  %91 = or disjoint i64 %67, 2816
  %scevgep2822.22 = getelementptr i8, ptr %hs, i64 %91
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.22, i64 128, i1 false)
  %92 = or disjoint i64 %67, 2944
  %scevgep2822.23 = getelementptr i8, ptr %hs, i64 %92
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.23, i64 128, i1 false)
  %93 = or disjoint i64 %67, 3072
  %scevgep2822.24 = getelementptr i8, ptr %hs, i64 %93
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.24, i64 128, i1 false)
  %94 = or disjoint i64 %67, 3200
  %scevgep2822.25 = getelementptr i8, ptr %hs, i64 %94
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.25, i64 128, i1 false)
  %95 = or disjoint i64 %67, 3328
  %scevgep2822.26 = getelementptr i8, ptr %hs, i64 %95
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.26, i64 128, i1 false)
  %96 = or disjoint i64 %67, 3456
  %scevgep2822.27 = getelementptr i8, ptr %hs, i64 %96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.27, i64 128, i1 false)
  %97 = or disjoint i64 %67, 3584
  %scevgep2822.28 = getelementptr i8, ptr %hs, i64 %97
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.28, i64 128, i1 false)
  %98 = or disjoint i64 %67, 3712
  %scevgep2822.29 = getelementptr i8, ptr %hs, i64 %98
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.29, i64 128, i1 false)
  %99 = or disjoint i64 %67, 3840
  %scevgep2822.30 = getelementptr i8, ptr %hs, i64 %99
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.30, i64 128, i1 false)
  %100 = or disjoint i64 %67, 3968
  %scevgep2822.31 = getelementptr i8, ptr %hs, i64 %100
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2821.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2822.31, i64 128, i1 false)
  %101 = add nsw i64 %ci, %58
  %102 = shl nsw i64 %101, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %103 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02382 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %104 = shl nuw nsw i64 %i2.addr.02382, 5
  %105 = or disjoint i64 %104, %102
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %106 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02381 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %107 = or disjoint i64 %105, %j2.addr.02381
  %108 = getelementptr inbounds float, ptr %hs, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = or disjoint i64 %107, 256
  %111 = getelementptr inbounds float, ptr %hs, i64 %110
  %112 = load <16 x float>, ptr %111, align 4
  %113 = or disjoint i64 %107, 32
  %114 = getelementptr inbounds float, ptr %hs, i64 %113
  %115 = load <16 x float>, ptr %114, align 4
  %116 = or disjoint i64 %107, 288
  %117 = getelementptr inbounds float, ptr %hs, i64 %116
  %118 = load <16 x float>, ptr %117, align 4
  %119 = or disjoint i64 %107, 64
  %120 = getelementptr inbounds float, ptr %hs, i64 %119
  %121 = load <16 x float>, ptr %120, align 4
  %122 = or disjoint i64 %107, 320
  %123 = getelementptr inbounds float, ptr %hs, i64 %122
  %124 = load <16 x float>, ptr %123, align 4
  %125 = or disjoint i64 %107, 96
  %126 = getelementptr inbounds float, ptr %hs, i64 %125
  %127 = load <16 x float>, ptr %126, align 4
  %128 = or disjoint i64 %107, 352
  %129 = getelementptr inbounds float, ptr %hs, i64 %128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = or disjoint i64 %107, 128
  %132 = getelementptr inbounds float, ptr %hs, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = or disjoint i64 %107, 384
  %135 = getelementptr inbounds float, ptr %hs, i64 %134
  %136 = load <16 x float>, ptr %135, align 4
  %137 = or disjoint i64 %107, 160
  %138 = getelementptr inbounds float, ptr %hs, i64 %137
  %139 = load <16 x float>, ptr %138, align 4
  %140 = or disjoint i64 %107, 416
  %141 = getelementptr inbounds float, ptr %hs, i64 %140
  %142 = load <16 x float>, ptr %141, align 4
  %143 = or disjoint i64 %107, 192
  %144 = getelementptr inbounds float, ptr %hs, i64 %143
  %145 = load <16 x float>, ptr %144, align 4
  %146 = or disjoint i64 %107, 448
  %147 = getelementptr inbounds float, ptr %hs, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = or disjoint i64 %107, 224
  %150 = getelementptr inbounds float, ptr %hs, i64 %149
  %151 = load <16 x float>, ptr %150, align 4
  %152 = or disjoint i64 %107, 480
  %153 = getelementptr inbounds float, ptr %hs, i64 %152
  %154 = load <16 x float>, ptr %153, align 4
  %155 = shufflevector <16 x float> %109, <16 x float> %112, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %156 = shufflevector <16 x float> %133, <16 x float> %136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %157 = shufflevector <16 x float> %115, <16 x float> %118, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %158 = shufflevector <16 x float> %139, <16 x float> %142, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %159 = shufflevector <16 x float> %121, <16 x float> %124, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %160 = shufflevector <16 x float> %145, <16 x float> %148, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %161 = shufflevector <16 x float> %127, <16 x float> %130, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %162 = shufflevector <16 x float> %151, <16 x float> %154, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %163 = shufflevector <16 x float> %109, <16 x float> %112, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %164 = shufflevector <16 x float> %133, <16 x float> %136, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %165 = shufflevector <16 x float> %115, <16 x float> %118, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %166 = shufflevector <16 x float> %139, <16 x float> %142, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %167 = shufflevector <16 x float> %121, <16 x float> %124, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %168 = shufflevector <16 x float> %145, <16 x float> %148, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %169 = shufflevector <16 x float> %127, <16 x float> %130, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %170 = shufflevector <16 x float> %151, <16 x float> %154, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %171 = shufflevector <16 x float> %155, <16 x float> %156, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %172 = shufflevector <16 x float> %159, <16 x float> %160, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %173 = shufflevector <16 x float> %157, <16 x float> %158, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %174 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %175 = shufflevector <16 x float> %155, <16 x float> %156, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %176 = shufflevector <16 x float> %159, <16 x float> %160, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %177 = shufflevector <16 x float> %157, <16 x float> %158, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %178 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %179 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %180 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %181 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %182 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %183 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %184 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %185 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %186 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %187 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %188 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %189 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %190 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %191 = shufflevector <16 x float> %175, <16 x float> %176, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %192 = shufflevector <16 x float> %177, <16 x float> %178, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %193 = shufflevector <16 x float> %175, <16 x float> %176, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %194 = shufflevector <16 x float> %177, <16 x float> %178, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %195 = shufflevector <16 x float> %179, <16 x float> %180, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %196 = shufflevector <16 x float> %181, <16 x float> %182, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %197 = shufflevector <16 x float> %179, <16 x float> %180, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %198 = shufflevector <16 x float> %181, <16 x float> %182, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %199 = shufflevector <16 x float> %183, <16 x float> %184, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %200 = shufflevector <16 x float> %185, <16 x float> %186, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %201 = shufflevector <16 x float> %183, <16 x float> %184, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %202 = shufflevector <16 x float> %185, <16 x float> %186, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %203 = shufflevector <16 x float> %187, <16 x float> %188, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %204 = shl nuw nsw i64 %j2.addr.02381, 5
  %205 = or disjoint i64 %204, %i2.addr.02382
  %206 = or disjoint i64 %205, 1024
  %207 = getelementptr inbounds float, ptr %Bk, i64 %206
  store <16 x float> %203, ptr %207, align 4
  %208 = shufflevector <16 x float> %187, <16 x float> %188, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %209 = or disjoint i64 %205, 1056
  %210 = getelementptr inbounds float, ptr %Bk, i64 %209
  store <16 x float> %208, ptr %210, align 4
  %211 = shufflevector <16 x float> %189, <16 x float> %190, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %212 = or disjoint i64 %205, 1088
  %213 = getelementptr inbounds float, ptr %Bk, i64 %212
  store <16 x float> %211, ptr %213, align 4
  %214 = shufflevector <16 x float> %189, <16 x float> %190, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %215 = or disjoint i64 %205, 1120
  %216 = getelementptr inbounds float, ptr %Bk, i64 %215
  store <16 x float> %214, ptr %216, align 4
  %217 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %218 = or disjoint i64 %205, 1152
  %219 = getelementptr inbounds float, ptr %Bk, i64 %218
  store <16 x float> %217, ptr %219, align 4
  %220 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %221 = or disjoint i64 %205, 1184
  %222 = getelementptr inbounds float, ptr %Bk, i64 %221
  store <16 x float> %220, ptr %222, align 4
  %223 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %224 = or disjoint i64 %205, 1216
  %225 = getelementptr inbounds float, ptr %Bk, i64 %224
  store <16 x float> %223, ptr %225, align 4
  %226 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %227 = or disjoint i64 %205, 1248
  %228 = getelementptr inbounds float, ptr %Bk, i64 %227
  store <16 x float> %226, ptr %228, align 4
  %229 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %230 = or disjoint i64 %205, 1280
  %231 = getelementptr inbounds float, ptr %Bk, i64 %230
  store <16 x float> %229, ptr %231, align 4
  %232 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %233 = or disjoint i64 %205, 1312
  %234 = getelementptr inbounds float, ptr %Bk, i64 %233
  store <16 x float> %232, ptr %234, align 4
  %235 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %236 = or disjoint i64 %205, 1344
  %237 = getelementptr inbounds float, ptr %Bk, i64 %236
  store <16 x float> %235, ptr %237, align 4
  %238 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %239 = or disjoint i64 %205, 1376
  %240 = getelementptr inbounds float, ptr %Bk, i64 %239
  store <16 x float> %238, ptr %240, align 4
  %241 = shufflevector <16 x float> %199, <16 x float> %200, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %242 = or disjoint i64 %205, 1408
  %243 = getelementptr inbounds float, ptr %Bk, i64 %242
  store <16 x float> %241, ptr %243, align 4
  %244 = shufflevector <16 x float> %199, <16 x float> %200, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %245 = or disjoint i64 %205, 1440
  %246 = getelementptr inbounds float, ptr %Bk, i64 %245
  store <16 x float> %244, ptr %246, align 4
  %247 = shufflevector <16 x float> %201, <16 x float> %202, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %248 = or disjoint i64 %205, 1472
  %249 = getelementptr inbounds float, ptr %Bk, i64 %248
  store <16 x float> %247, ptr %249, align 4
  %250 = shufflevector <16 x float> %201, <16 x float> %202, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %251 = or disjoint i64 %205, 1504
  %252 = getelementptr inbounds float, ptr %Bk, i64 %251
  store <16 x float> %250, ptr %252, align 4
  br i1 %106, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %103, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %253 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02384 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %254 = shl nuw nsw i64 %i3.addr.02384, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %255 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02383 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %256 = or disjoint i64 %j3.addr.02383, %254
  %257 = or disjoint i64 %256, 32
  %258 = getelementptr inbounds float, ptr %work, i64 %257
  %259 = load <16 x float>, ptr %258, align 4
  %260 = or disjoint i64 %256, 544
  %261 = getelementptr inbounds float, ptr %work, i64 %260
  %262 = load <16 x float>, ptr %261, align 4
  %263 = or disjoint i64 %256, 96
  %264 = getelementptr inbounds float, ptr %work, i64 %263
  %265 = load <16 x float>, ptr %264, align 4
  %266 = or disjoint i64 %256, 608
  %267 = getelementptr inbounds float, ptr %work, i64 %266
  %268 = load <16 x float>, ptr %267, align 4
  %269 = or disjoint i64 %256, 160
  %270 = getelementptr inbounds float, ptr %work, i64 %269
  %271 = load <16 x float>, ptr %270, align 4
  %272 = or disjoint i64 %256, 672
  %273 = getelementptr inbounds float, ptr %work, i64 %272
  %274 = load <16 x float>, ptr %273, align 4
  %275 = or disjoint i64 %256, 224
  %276 = getelementptr inbounds float, ptr %work, i64 %275
  %277 = load <16 x float>, ptr %276, align 4
  %278 = or disjoint i64 %256, 736
  %279 = getelementptr inbounds float, ptr %work, i64 %278
  %280 = load <16 x float>, ptr %279, align 4
  %281 = or disjoint i64 %256, 288
  %282 = getelementptr inbounds float, ptr %work, i64 %281
  %283 = load <16 x float>, ptr %282, align 4
  %284 = or disjoint i64 %256, 800
  %285 = getelementptr inbounds float, ptr %work, i64 %284
  %286 = load <16 x float>, ptr %285, align 4
  %287 = or disjoint i64 %256, 352
  %288 = getelementptr inbounds float, ptr %work, i64 %287
  %289 = load <16 x float>, ptr %288, align 4
  %290 = or disjoint i64 %256, 864
  %291 = getelementptr inbounds float, ptr %work, i64 %290
  %292 = load <16 x float>, ptr %291, align 4
  %293 = or disjoint i64 %256, 416
  %294 = getelementptr inbounds float, ptr %work, i64 %293
  %295 = load <16 x float>, ptr %294, align 4
  %296 = or disjoint i64 %256, 928
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = or disjoint i64 %256, 480
  %300 = getelementptr inbounds float, ptr %work, i64 %299
  %301 = load <16 x float>, ptr %300, align 4
  %302 = or disjoint i64 %256, 992
  %303 = getelementptr inbounds float, ptr %work, i64 %302
  %304 = load <16 x float>, ptr %303, align 4
  %305 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %306 = shufflevector <16 x float> %283, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %307 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %308 = shufflevector <16 x float> %289, <16 x float> %292, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %309 = shufflevector <16 x float> %271, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %310 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %311 = shufflevector <16 x float> %277, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %312 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %313 = shufflevector <16 x float> %259, <16 x float> %262, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %314 = shufflevector <16 x float> %283, <16 x float> %286, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %315 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %316 = shufflevector <16 x float> %289, <16 x float> %292, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %317 = shufflevector <16 x float> %271, <16 x float> %274, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %318 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %319 = shufflevector <16 x float> %277, <16 x float> %280, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %320 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %321 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %322 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %323 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %324 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %325 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %326 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %327 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %328 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %329 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %330 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %331 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %332 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %333 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %334 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %335 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %336 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %337 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %338 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %339 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %340 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %341 = shufflevector <16 x float> %325, <16 x float> %326, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %342 = shufflevector <16 x float> %327, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %343 = shufflevector <16 x float> %325, <16 x float> %326, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %344 = shufflevector <16 x float> %327, <16 x float> %328, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %345 = shufflevector <16 x float> %329, <16 x float> %330, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %346 = shufflevector <16 x float> %331, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %347 = shufflevector <16 x float> %329, <16 x float> %330, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %348 = shufflevector <16 x float> %331, <16 x float> %332, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %349 = shufflevector <16 x float> %333, <16 x float> %334, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %350 = shufflevector <16 x float> %335, <16 x float> %336, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %351 = shufflevector <16 x float> %333, <16 x float> %334, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %352 = shufflevector <16 x float> %335, <16 x float> %336, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %353 = shufflevector <16 x float> %337, <16 x float> %338, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %354 = shl nuw nsw i64 %j3.addr.02383, 5
  %355 = or disjoint i64 %354, %i3.addr.02384
  %356 = getelementptr inbounds float, ptr %Bk, i64 %355
  store <16 x float> %353, ptr %356, align 4
  %357 = shufflevector <16 x float> %337, <16 x float> %338, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %358 = or disjoint i64 %355, 32
  %359 = getelementptr inbounds float, ptr %Bk, i64 %358
  store <16 x float> %357, ptr %359, align 4
  %360 = shufflevector <16 x float> %339, <16 x float> %340, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %361 = or disjoint i64 %355, 64
  %362 = getelementptr inbounds float, ptr %Bk, i64 %361
  store <16 x float> %360, ptr %362, align 4
  %363 = shufflevector <16 x float> %339, <16 x float> %340, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %364 = or disjoint i64 %355, 96
  %365 = getelementptr inbounds float, ptr %Bk, i64 %364
  store <16 x float> %363, ptr %365, align 4
  %366 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %367 = or disjoint i64 %355, 128
  %368 = getelementptr inbounds float, ptr %Bk, i64 %367
  store <16 x float> %366, ptr %368, align 4
  %369 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %370 = or disjoint i64 %355, 160
  %371 = getelementptr inbounds float, ptr %Bk, i64 %370
  store <16 x float> %369, ptr %371, align 4
  %372 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %373 = or disjoint i64 %355, 192
  %374 = getelementptr inbounds float, ptr %Bk, i64 %373
  store <16 x float> %372, ptr %374, align 4
  %375 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %376 = or disjoint i64 %355, 224
  %377 = getelementptr inbounds float, ptr %Bk, i64 %376
  store <16 x float> %375, ptr %377, align 4
  %378 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %379 = or disjoint i64 %355, 256
  %380 = getelementptr inbounds float, ptr %Bk, i64 %379
  store <16 x float> %378, ptr %380, align 4
  %381 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %382 = or disjoint i64 %355, 288
  %383 = getelementptr inbounds float, ptr %Bk, i64 %382
  store <16 x float> %381, ptr %383, align 4
  %384 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %385 = or disjoint i64 %355, 320
  %386 = getelementptr inbounds float, ptr %Bk, i64 %385
  store <16 x float> %384, ptr %386, align 4
  %387 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %388 = or disjoint i64 %355, 352
  %389 = getelementptr inbounds float, ptr %Bk, i64 %388
  store <16 x float> %387, ptr %389, align 4
  %390 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %391 = or disjoint i64 %355, 384
  %392 = getelementptr inbounds float, ptr %Bk, i64 %391
  store <16 x float> %390, ptr %392, align 4
  %393 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %394 = or disjoint i64 %355, 416
  %395 = getelementptr inbounds float, ptr %Bk, i64 %394
  store <16 x float> %393, ptr %395, align 4
  %396 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %397 = or disjoint i64 %355, 448
  %398 = getelementptr inbounds float, ptr %Bk, i64 %397
  store <16 x float> %396, ptr %398, align 4
  %399 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %400 = or disjoint i64 %355, 480
  %401 = getelementptr inbounds float, ptr %Bk, i64 %400
  store <16 x float> %399, ptr %401, align 4
  br i1 %255, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %253, label %j3.head.preheader, label %vector.body

vector.body:                                      ; preds = %j3.exit, %vector.body
  %index = phi i64 [ %index.next, %vector.body ], [ 0, %j3.exit ]
  %vec.ind = phi <8 x i64> [ %vec.ind.next, %vector.body ], [ <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>, %j3.exit ]
  %402 = icmp eq <8 x i64> %vec.ind, zeroinitializer
  %403 = select <8 x i1> %402, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, <8 x float> zeroinitializer
  %404 = shl nsw i64 %index, 7
  %405 = shl i64 %index, 7
  %406 = or disjoint i64 %405, 128
  %407 = shl i64 %index, 7
  %408 = or disjoint i64 %407, 256
  %409 = shl i64 %index, 7
  %410 = or disjoint i64 %409, 384
  %411 = shl i64 %index, 7
  %412 = or disjoint i64 %411, 512
  %413 = shl i64 %index, 7
  %414 = or disjoint i64 %413, 640
  %415 = shl i64 %index, 7
  %416 = or disjoint i64 %415, 768
  %417 = shl i64 %index, 7
  %418 = or disjoint i64 %417, 896
  %419 = getelementptr inbounds i8, ptr %M, i64 %404
  %420 = getelementptr inbounds i8, ptr %M, i64 %406
  %421 = getelementptr inbounds i8, ptr %M, i64 %408
  %422 = getelementptr inbounds i8, ptr %M, i64 %410
  %423 = getelementptr inbounds i8, ptr %M, i64 %412
  %424 = getelementptr inbounds i8, ptr %M, i64 %414
  %425 = getelementptr inbounds i8, ptr %M, i64 %416
  %426 = getelementptr inbounds i8, ptr %M, i64 %418
  %427 = extractelement <8 x float> %403, i64 0
  store float %427, ptr %419, align 4
  %428 = extractelement <8 x float> %403, i64 4
  store float %428, ptr %423, align 4
  %429 = icmp ugt <8 x i64> %vec.ind, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %430 = select <8 x i1> %429, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %431 = getelementptr inbounds i8, ptr %17, i64 %404
  %432 = getelementptr inbounds i8, ptr %17, i64 %412
  %433 = extractelement <8 x float> %430, i64 0
  store float %433, ptr %431, align 4
  %434 = extractelement <8 x float> %430, i64 4
  store float %434, ptr %432, align 4
  %435 = icmp ugt <8 x i64> %vec.ind, <i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2, i64 2>
  %436 = select <8 x i1> %435, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %437 = getelementptr inbounds i8, ptr %18, i64 %404
  %438 = getelementptr inbounds i8, ptr %18, i64 %412
  %439 = extractelement <8 x float> %436, i64 0
  store float %439, ptr %437, align 4
  %440 = extractelement <8 x float> %436, i64 1
  %441 = extractelement <8 x float> %436, i64 2
  %442 = extractelement <8 x float> %436, i64 3
  %443 = extractelement <8 x float> %436, i64 4
  store float %443, ptr %438, align 4
  %444 = extractelement <8 x float> %436, i64 5
  %445 = extractelement <8 x float> %436, i64 6
  %446 = extractelement <8 x float> %436, i64 7
  %447 = icmp ugt <8 x i64> %vec.ind, <i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3, i64 3>
  %448 = select <8 x i1> %447, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %449 = getelementptr inbounds i8, ptr %19, i64 %404
  %450 = getelementptr inbounds i8, ptr %19, i64 %412
  %451 = extractelement <8 x float> %448, i64 0
  store float %451, ptr %449, align 4
  %452 = extractelement <8 x float> %448, i64 1
  %453 = shufflevector <8 x float> %403, <8 x float> %430, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %454 = insertelement <4 x float> %453, float %440, i64 2
  %455 = insertelement <4 x float> %454, float %452, i64 3
  store <4 x float> %455, ptr %420, align 4
  %456 = extractelement <8 x float> %448, i64 2
  %457 = shufflevector <8 x float> %403, <8 x float> %430, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %458 = insertelement <4 x float> %457, float %441, i64 2
  %459 = insertelement <4 x float> %458, float %456, i64 3
  store <4 x float> %459, ptr %421, align 4
  %460 = extractelement <8 x float> %448, i64 3
  %461 = shufflevector <8 x float> %403, <8 x float> %430, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %462 = insertelement <4 x float> %461, float %442, i64 2
  %463 = insertelement <4 x float> %462, float %460, i64 3
  store <4 x float> %463, ptr %422, align 4
  %464 = extractelement <8 x float> %448, i64 4
  store float %464, ptr %450, align 4
  %465 = extractelement <8 x float> %448, i64 5
  %466 = shufflevector <8 x float> %403, <8 x float> %430, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %467 = insertelement <4 x float> %466, float %444, i64 2
  %468 = insertelement <4 x float> %467, float %465, i64 3
  store <4 x float> %468, ptr %424, align 4
  %469 = extractelement <8 x float> %448, i64 6
  %470 = shufflevector <8 x float> %403, <8 x float> %430, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %471 = insertelement <4 x float> %470, float %445, i64 2
  %472 = insertelement <4 x float> %471, float %469, i64 3
  store <4 x float> %472, ptr %425, align 4
  %473 = extractelement <8 x float> %448, i64 7
  %474 = shufflevector <8 x float> %403, <8 x float> %430, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %475 = insertelement <4 x float> %474, float %446, i64 2
  %476 = insertelement <4 x float> %475, float %473, i64 3
  store <4 x float> %476, ptr %426, align 4
  %477 = icmp ugt <8 x i64> %vec.ind, <i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4, i64 4>
  %478 = select <8 x i1> %477, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %479 = getelementptr inbounds i8, ptr %20, i64 %404
  %480 = getelementptr inbounds i8, ptr %20, i64 %406
  %481 = getelementptr inbounds i8, ptr %20, i64 %408
  %482 = getelementptr inbounds i8, ptr %20, i64 %410
  %483 = getelementptr inbounds i8, ptr %20, i64 %412
  %484 = getelementptr inbounds i8, ptr %20, i64 %414
  %485 = getelementptr inbounds i8, ptr %20, i64 %416
  %486 = getelementptr inbounds i8, ptr %20, i64 %418
  %487 = extractelement <8 x float> %478, i64 0
  store float %487, ptr %479, align 4
  %488 = extractelement <8 x float> %478, i64 4
  store float %488, ptr %483, align 4
  %489 = icmp ugt <8 x i64> %vec.ind, <i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5>
  %490 = select <8 x i1> %489, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %491 = getelementptr inbounds i8, ptr %21, i64 %404
  %492 = getelementptr inbounds i8, ptr %21, i64 %412
  %493 = extractelement <8 x float> %490, i64 0
  store float %493, ptr %491, align 4
  %494 = extractelement <8 x float> %490, i64 4
  store float %494, ptr %492, align 4
  %495 = icmp ugt <8 x i64> %vec.ind, <i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6, i64 6>
  %496 = select <8 x i1> %495, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %497 = getelementptr inbounds i8, ptr %22, i64 %404
  %498 = getelementptr inbounds i8, ptr %22, i64 %412
  %499 = extractelement <8 x float> %496, i64 0
  store float %499, ptr %497, align 4
  %500 = extractelement <8 x float> %496, i64 1
  %501 = extractelement <8 x float> %496, i64 2
  %502 = extractelement <8 x float> %496, i64 3
  %503 = extractelement <8 x float> %496, i64 4
  store float %503, ptr %498, align 4
  %504 = extractelement <8 x float> %496, i64 5
  %505 = extractelement <8 x float> %496, i64 6
  %506 = extractelement <8 x float> %496, i64 7
  %507 = icmp ugt <8 x i64> %vec.ind, <i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7, i64 7>
  %508 = select <8 x i1> %507, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %509 = getelementptr inbounds i8, ptr %23, i64 %404
  %510 = getelementptr inbounds i8, ptr %23, i64 %412
  %511 = extractelement <8 x float> %508, i64 0
  store float %511, ptr %509, align 4
  %512 = extractelement <8 x float> %508, i64 1
  %513 = shufflevector <8 x float> %478, <8 x float> %490, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %514 = insertelement <4 x float> %513, float %500, i64 2
  %515 = insertelement <4 x float> %514, float %512, i64 3
  store <4 x float> %515, ptr %480, align 4
  %516 = extractelement <8 x float> %508, i64 2
  %517 = shufflevector <8 x float> %478, <8 x float> %490, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %518 = insertelement <4 x float> %517, float %501, i64 2
  %519 = insertelement <4 x float> %518, float %516, i64 3
  store <4 x float> %519, ptr %481, align 4
  %520 = extractelement <8 x float> %508, i64 3
  %521 = shufflevector <8 x float> %478, <8 x float> %490, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %522 = insertelement <4 x float> %521, float %502, i64 2
  %523 = insertelement <4 x float> %522, float %520, i64 3
  store <4 x float> %523, ptr %482, align 4
  %524 = extractelement <8 x float> %508, i64 4
  store float %524, ptr %510, align 4
  %525 = extractelement <8 x float> %508, i64 5
  %526 = shufflevector <8 x float> %478, <8 x float> %490, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %527 = insertelement <4 x float> %526, float %504, i64 2
  %528 = insertelement <4 x float> %527, float %525, i64 3
  store <4 x float> %528, ptr %484, align 4
  %529 = extractelement <8 x float> %508, i64 6
  %530 = shufflevector <8 x float> %478, <8 x float> %490, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %531 = insertelement <4 x float> %530, float %505, i64 2
  %532 = insertelement <4 x float> %531, float %529, i64 3
  store <4 x float> %532, ptr %485, align 4
  %533 = extractelement <8 x float> %508, i64 7
  %534 = shufflevector <8 x float> %478, <8 x float> %490, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %535 = insertelement <4 x float> %534, float %506, i64 2
  %536 = insertelement <4 x float> %535, float %533, i64 3
  store <4 x float> %536, ptr %486, align 4
  %537 = icmp ugt <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %538 = select <8 x i1> %537, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %539 = getelementptr inbounds i8, ptr %24, i64 %404
  %540 = getelementptr inbounds i8, ptr %24, i64 %406
  %541 = getelementptr inbounds i8, ptr %24, i64 %408
  %542 = getelementptr inbounds i8, ptr %24, i64 %410
  %543 = getelementptr inbounds i8, ptr %24, i64 %412
  %544 = getelementptr inbounds i8, ptr %24, i64 %414
  %545 = getelementptr inbounds i8, ptr %24, i64 %416
  %546 = getelementptr inbounds i8, ptr %24, i64 %418
  %547 = extractelement <8 x float> %538, i64 0
  store float %547, ptr %539, align 4
  %548 = extractelement <8 x float> %538, i64 4
  store float %548, ptr %543, align 4
  %549 = icmp ugt <8 x i64> %vec.ind, <i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9, i64 9>
  %550 = select <8 x i1> %549, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %551 = getelementptr inbounds i8, ptr %25, i64 %404
  %552 = getelementptr inbounds i8, ptr %25, i64 %412
  %553 = extractelement <8 x float> %550, i64 0
  store float %553, ptr %551, align 4
  %554 = extractelement <8 x float> %550, i64 4
  store float %554, ptr %552, align 4
  %555 = icmp ugt <8 x i64> %vec.ind, <i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10, i64 10>
  %556 = select <8 x i1> %555, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %557 = getelementptr inbounds i8, ptr %26, i64 %404
  %558 = getelementptr inbounds i8, ptr %26, i64 %412
  %559 = extractelement <8 x float> %556, i64 0
  store float %559, ptr %557, align 4
  %560 = extractelement <8 x float> %556, i64 1
  %561 = extractelement <8 x float> %556, i64 2
  %562 = extractelement <8 x float> %556, i64 3
  %563 = extractelement <8 x float> %556, i64 4
  store float %563, ptr %558, align 4
  %564 = extractelement <8 x float> %556, i64 5
  %565 = extractelement <8 x float> %556, i64 6
  %566 = extractelement <8 x float> %556, i64 7
  %567 = icmp ugt <8 x i64> %vec.ind, <i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11, i64 11>
  %568 = select <8 x i1> %567, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %569 = getelementptr inbounds i8, ptr %27, i64 %404
  %570 = getelementptr inbounds i8, ptr %27, i64 %412
  %571 = extractelement <8 x float> %568, i64 0
  store float %571, ptr %569, align 4
  %572 = extractelement <8 x float> %568, i64 1
  %573 = shufflevector <8 x float> %538, <8 x float> %550, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %574 = insertelement <4 x float> %573, float %560, i64 2
  %575 = insertelement <4 x float> %574, float %572, i64 3
  store <4 x float> %575, ptr %540, align 4
  %576 = extractelement <8 x float> %568, i64 2
  %577 = shufflevector <8 x float> %538, <8 x float> %550, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %578 = insertelement <4 x float> %577, float %561, i64 2
  %579 = insertelement <4 x float> %578, float %576, i64 3
  store <4 x float> %579, ptr %541, align 4
  %580 = extractelement <8 x float> %568, i64 3
  %581 = shufflevector <8 x float> %538, <8 x float> %550, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %582 = insertelement <4 x float> %581, float %562, i64 2
  %583 = insertelement <4 x float> %582, float %580, i64 3
  store <4 x float> %583, ptr %542, align 4
  %584 = extractelement <8 x float> %568, i64 4
  store float %584, ptr %570, align 4
  %585 = extractelement <8 x float> %568, i64 5
  %586 = shufflevector <8 x float> %538, <8 x float> %550, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %587 = insertelement <4 x float> %586, float %564, i64 2
  %588 = insertelement <4 x float> %587, float %585, i64 3
  store <4 x float> %588, ptr %544, align 4
  %589 = extractelement <8 x float> %568, i64 6
  %590 = shufflevector <8 x float> %538, <8 x float> %550, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %591 = insertelement <4 x float> %590, float %565, i64 2
  %592 = insertelement <4 x float> %591, float %589, i64 3
  store <4 x float> %592, ptr %545, align 4
  %593 = extractelement <8 x float> %568, i64 7
  %594 = shufflevector <8 x float> %538, <8 x float> %550, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %595 = insertelement <4 x float> %594, float %566, i64 2
  %596 = insertelement <4 x float> %595, float %593, i64 3
  store <4 x float> %596, ptr %546, align 4
  %597 = icmp ugt <8 x i64> %vec.ind, <i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12, i64 12>
  %598 = select <8 x i1> %597, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %599 = getelementptr inbounds i8, ptr %28, i64 %404
  %600 = getelementptr inbounds i8, ptr %28, i64 %406
  %601 = getelementptr inbounds i8, ptr %28, i64 %408
  %602 = getelementptr inbounds i8, ptr %28, i64 %410
  %603 = getelementptr inbounds i8, ptr %28, i64 %412
  %604 = getelementptr inbounds i8, ptr %28, i64 %414
  %605 = getelementptr inbounds i8, ptr %28, i64 %416
  %606 = getelementptr inbounds i8, ptr %28, i64 %418
  %607 = extractelement <8 x float> %598, i64 0
  store float %607, ptr %599, align 4
  %608 = extractelement <8 x float> %598, i64 4
  store float %608, ptr %603, align 4
  %609 = icmp ugt <8 x i64> %vec.ind, <i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13, i64 13>
  %610 = select <8 x i1> %609, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %611 = getelementptr inbounds i8, ptr %29, i64 %404
  %612 = getelementptr inbounds i8, ptr %29, i64 %412
  %613 = extractelement <8 x float> %610, i64 0
  store float %613, ptr %611, align 4
  %614 = extractelement <8 x float> %610, i64 4
  store float %614, ptr %612, align 4
  %615 = icmp ugt <8 x i64> %vec.ind, <i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14, i64 14>
  %616 = select <8 x i1> %615, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %617 = getelementptr inbounds i8, ptr %30, i64 %404
  %618 = getelementptr inbounds i8, ptr %30, i64 %412
  %619 = extractelement <8 x float> %616, i64 0
  store float %619, ptr %617, align 4
  %620 = extractelement <8 x float> %616, i64 1
  %621 = extractelement <8 x float> %616, i64 2
  %622 = extractelement <8 x float> %616, i64 3
  %623 = extractelement <8 x float> %616, i64 4
  store float %623, ptr %618, align 4
  %624 = extractelement <8 x float> %616, i64 5
  %625 = extractelement <8 x float> %616, i64 6
  %626 = extractelement <8 x float> %616, i64 7
  %627 = icmp ugt <8 x i64> %vec.ind, <i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15, i64 15>
  %628 = select <8 x i1> %627, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %629 = getelementptr inbounds i8, ptr %31, i64 %404
  %630 = getelementptr inbounds i8, ptr %31, i64 %412
  %631 = extractelement <8 x float> %628, i64 0
  store float %631, ptr %629, align 4
  %632 = extractelement <8 x float> %628, i64 1
  %633 = shufflevector <8 x float> %598, <8 x float> %610, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %634 = insertelement <4 x float> %633, float %620, i64 2
  %635 = insertelement <4 x float> %634, float %632, i64 3
  store <4 x float> %635, ptr %600, align 4
  %636 = extractelement <8 x float> %628, i64 2
  %637 = shufflevector <8 x float> %598, <8 x float> %610, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %638 = insertelement <4 x float> %637, float %621, i64 2
  %639 = insertelement <4 x float> %638, float %636, i64 3
  store <4 x float> %639, ptr %601, align 4
  %640 = extractelement <8 x float> %628, i64 3
  %641 = shufflevector <8 x float> %598, <8 x float> %610, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %642 = insertelement <4 x float> %641, float %622, i64 2
  %643 = insertelement <4 x float> %642, float %640, i64 3
  store <4 x float> %643, ptr %602, align 4
  %644 = extractelement <8 x float> %628, i64 4
  store float %644, ptr %630, align 4
  %645 = extractelement <8 x float> %628, i64 5
  %646 = shufflevector <8 x float> %598, <8 x float> %610, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %647 = insertelement <4 x float> %646, float %624, i64 2
  %648 = insertelement <4 x float> %647, float %645, i64 3
  store <4 x float> %648, ptr %604, align 4
  %649 = extractelement <8 x float> %628, i64 6
  %650 = shufflevector <8 x float> %598, <8 x float> %610, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %651 = insertelement <4 x float> %650, float %625, i64 2
  %652 = insertelement <4 x float> %651, float %649, i64 3
  store <4 x float> %652, ptr %605, align 4
  %653 = extractelement <8 x float> %628, i64 7
  %654 = shufflevector <8 x float> %598, <8 x float> %610, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %655 = insertelement <4 x float> %654, float %626, i64 2
  %656 = insertelement <4 x float> %655, float %653, i64 3
  store <4 x float> %656, ptr %606, align 4
  %657 = icmp ugt <8 x i64> %vec.ind, <i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16, i64 16>
  %658 = select <8 x i1> %657, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %659 = getelementptr inbounds i8, ptr %32, i64 %404
  %660 = getelementptr inbounds i8, ptr %32, i64 %406
  %661 = getelementptr inbounds i8, ptr %32, i64 %408
  %662 = getelementptr inbounds i8, ptr %32, i64 %410
  %663 = getelementptr inbounds i8, ptr %32, i64 %412
  %664 = getelementptr inbounds i8, ptr %32, i64 %414
  %665 = getelementptr inbounds i8, ptr %32, i64 %416
  %666 = getelementptr inbounds i8, ptr %32, i64 %418
  %667 = extractelement <8 x float> %658, i64 0
  store float %667, ptr %659, align 4
  %668 = extractelement <8 x float> %658, i64 4
  store float %668, ptr %663, align 4
  %669 = icmp ugt <8 x i64> %vec.ind, <i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17, i64 17>
  %670 = select <8 x i1> %669, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %671 = getelementptr inbounds i8, ptr %33, i64 %404
  %672 = getelementptr inbounds i8, ptr %33, i64 %412
  %673 = extractelement <8 x float> %670, i64 0
  store float %673, ptr %671, align 4
  %674 = extractelement <8 x float> %670, i64 4
  store float %674, ptr %672, align 4
  %675 = icmp ugt <8 x i64> %vec.ind, <i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18, i64 18>
  %676 = select <8 x i1> %675, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %677 = getelementptr inbounds i8, ptr %34, i64 %404
  %678 = getelementptr inbounds i8, ptr %34, i64 %412
  %679 = extractelement <8 x float> %676, i64 0
  store float %679, ptr %677, align 4
  %680 = extractelement <8 x float> %676, i64 1
  %681 = extractelement <8 x float> %676, i64 2
  %682 = extractelement <8 x float> %676, i64 3
  %683 = extractelement <8 x float> %676, i64 4
  store float %683, ptr %678, align 4
  %684 = extractelement <8 x float> %676, i64 5
  %685 = extractelement <8 x float> %676, i64 6
  %686 = extractelement <8 x float> %676, i64 7
  %687 = icmp ugt <8 x i64> %vec.ind, <i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19, i64 19>
  %688 = select <8 x i1> %687, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %689 = getelementptr inbounds i8, ptr %35, i64 %404
  %690 = getelementptr inbounds i8, ptr %35, i64 %412
  %691 = extractelement <8 x float> %688, i64 0
  store float %691, ptr %689, align 4
  %692 = extractelement <8 x float> %688, i64 1
  %693 = shufflevector <8 x float> %658, <8 x float> %670, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %694 = insertelement <4 x float> %693, float %680, i64 2
  %695 = insertelement <4 x float> %694, float %692, i64 3
  store <4 x float> %695, ptr %660, align 4
  %696 = extractelement <8 x float> %688, i64 2
  %697 = shufflevector <8 x float> %658, <8 x float> %670, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %698 = insertelement <4 x float> %697, float %681, i64 2
  %699 = insertelement <4 x float> %698, float %696, i64 3
  store <4 x float> %699, ptr %661, align 4
  %700 = extractelement <8 x float> %688, i64 3
  %701 = shufflevector <8 x float> %658, <8 x float> %670, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %702 = insertelement <4 x float> %701, float %682, i64 2
  %703 = insertelement <4 x float> %702, float %700, i64 3
  store <4 x float> %703, ptr %662, align 4
  %704 = extractelement <8 x float> %688, i64 4
  store float %704, ptr %690, align 4
  %705 = extractelement <8 x float> %688, i64 5
  %706 = shufflevector <8 x float> %658, <8 x float> %670, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %707 = insertelement <4 x float> %706, float %684, i64 2
  %708 = insertelement <4 x float> %707, float %705, i64 3
  store <4 x float> %708, ptr %664, align 4
  %709 = extractelement <8 x float> %688, i64 6
  %710 = shufflevector <8 x float> %658, <8 x float> %670, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %711 = insertelement <4 x float> %710, float %685, i64 2
  %712 = insertelement <4 x float> %711, float %709, i64 3
  store <4 x float> %712, ptr %665, align 4
  %713 = extractelement <8 x float> %688, i64 7
  %714 = shufflevector <8 x float> %658, <8 x float> %670, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %715 = insertelement <4 x float> %714, float %686, i64 2
  %716 = insertelement <4 x float> %715, float %713, i64 3
  store <4 x float> %716, ptr %666, align 4
  %717 = icmp ugt <8 x i64> %vec.ind, <i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20, i64 20>
  %718 = select <8 x i1> %717, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %719 = getelementptr inbounds i8, ptr %36, i64 %404
  %720 = getelementptr inbounds i8, ptr %36, i64 %406
  %721 = getelementptr inbounds i8, ptr %36, i64 %408
  %722 = getelementptr inbounds i8, ptr %36, i64 %410
  %723 = getelementptr inbounds i8, ptr %36, i64 %412
  %724 = getelementptr inbounds i8, ptr %36, i64 %414
  %725 = getelementptr inbounds i8, ptr %36, i64 %416
  %726 = getelementptr inbounds i8, ptr %36, i64 %418
  %727 = extractelement <8 x float> %718, i64 0
  store float %727, ptr %719, align 4
  %728 = extractelement <8 x float> %718, i64 4
  store float %728, ptr %723, align 4
  %729 = icmp ugt <8 x i64> %vec.ind, <i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21, i64 21>
  %730 = select <8 x i1> %729, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %731 = getelementptr inbounds i8, ptr %37, i64 %404
  %732 = getelementptr inbounds i8, ptr %37, i64 %412
  %733 = extractelement <8 x float> %730, i64 0
  store float %733, ptr %731, align 4
  %734 = extractelement <8 x float> %730, i64 4
  store float %734, ptr %732, align 4
  %735 = icmp ugt <8 x i64> %vec.ind, <i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22, i64 22>
  %736 = select <8 x i1> %735, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %737 = getelementptr inbounds i8, ptr %38, i64 %404
  %738 = getelementptr inbounds i8, ptr %38, i64 %412
  %739 = extractelement <8 x float> %736, i64 0
  store float %739, ptr %737, align 4
  %740 = extractelement <8 x float> %736, i64 1
  %741 = extractelement <8 x float> %736, i64 2
  %742 = extractelement <8 x float> %736, i64 3
  %743 = extractelement <8 x float> %736, i64 4
  store float %743, ptr %738, align 4
  %744 = extractelement <8 x float> %736, i64 5
  %745 = extractelement <8 x float> %736, i64 6
  %746 = extractelement <8 x float> %736, i64 7
  %747 = icmp ugt <8 x i64> %vec.ind, <i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23, i64 23>
  %748 = select <8 x i1> %747, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %749 = getelementptr inbounds i8, ptr %39, i64 %404
  %750 = getelementptr inbounds i8, ptr %39, i64 %412
  %751 = extractelement <8 x float> %748, i64 0
  store float %751, ptr %749, align 4
  %752 = extractelement <8 x float> %748, i64 1
  %753 = shufflevector <8 x float> %718, <8 x float> %730, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %754 = insertelement <4 x float> %753, float %740, i64 2
  %755 = insertelement <4 x float> %754, float %752, i64 3
  store <4 x float> %755, ptr %720, align 4
  %756 = extractelement <8 x float> %748, i64 2
  %757 = shufflevector <8 x float> %718, <8 x float> %730, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %758 = insertelement <4 x float> %757, float %741, i64 2
  %759 = insertelement <4 x float> %758, float %756, i64 3
  store <4 x float> %759, ptr %721, align 4
  %760 = extractelement <8 x float> %748, i64 3
  %761 = shufflevector <8 x float> %718, <8 x float> %730, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %762 = insertelement <4 x float> %761, float %742, i64 2
  %763 = insertelement <4 x float> %762, float %760, i64 3
  store <4 x float> %763, ptr %722, align 4
  %764 = extractelement <8 x float> %748, i64 4
  store float %764, ptr %750, align 4
  %765 = extractelement <8 x float> %748, i64 5
  %766 = shufflevector <8 x float> %718, <8 x float> %730, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %767 = insertelement <4 x float> %766, float %744, i64 2
  %768 = insertelement <4 x float> %767, float %765, i64 3
  store <4 x float> %768, ptr %724, align 4
  %769 = extractelement <8 x float> %748, i64 6
  %770 = shufflevector <8 x float> %718, <8 x float> %730, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %771 = insertelement <4 x float> %770, float %745, i64 2
  %772 = insertelement <4 x float> %771, float %769, i64 3
  store <4 x float> %772, ptr %725, align 4
  %773 = extractelement <8 x float> %748, i64 7
  %774 = shufflevector <8 x float> %718, <8 x float> %730, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %775 = insertelement <4 x float> %774, float %746, i64 2
  %776 = insertelement <4 x float> %775, float %773, i64 3
  store <4 x float> %776, ptr %726, align 4
  %777 = icmp ugt <8 x i64> %vec.ind, <i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24, i64 24>
  %778 = select <8 x i1> %777, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %779 = getelementptr inbounds i8, ptr %40, i64 %404
  %780 = getelementptr inbounds i8, ptr %40, i64 %406
  %781 = getelementptr inbounds i8, ptr %40, i64 %408
  %782 = getelementptr inbounds i8, ptr %40, i64 %410
  %783 = getelementptr inbounds i8, ptr %40, i64 %412
  %784 = getelementptr inbounds i8, ptr %40, i64 %414
  %785 = getelementptr inbounds i8, ptr %40, i64 %416
  %786 = getelementptr inbounds i8, ptr %40, i64 %418
  %787 = extractelement <8 x float> %778, i64 0
  store float %787, ptr %779, align 4
  %788 = extractelement <8 x float> %778, i64 4
  store float %788, ptr %783, align 4
  %789 = icmp ugt <8 x i64> %vec.ind, <i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25, i64 25>
  %790 = select <8 x i1> %789, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %791 = getelementptr inbounds i8, ptr %41, i64 %404
  %792 = getelementptr inbounds i8, ptr %41, i64 %412
  %793 = extractelement <8 x float> %790, i64 0
  store float %793, ptr %791, align 4
  %794 = extractelement <8 x float> %790, i64 4
  store float %794, ptr %792, align 4
  %795 = icmp ugt <8 x i64> %vec.ind, <i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26, i64 26>
  %796 = select <8 x i1> %795, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %797 = getelementptr inbounds i8, ptr %42, i64 %404
  %798 = getelementptr inbounds i8, ptr %42, i64 %412
  %799 = extractelement <8 x float> %796, i64 0
  store float %799, ptr %797, align 4
  %800 = extractelement <8 x float> %796, i64 1
  %801 = extractelement <8 x float> %796, i64 2
  %802 = extractelement <8 x float> %796, i64 3
  %803 = extractelement <8 x float> %796, i64 4
  store float %803, ptr %798, align 4
  %804 = extractelement <8 x float> %796, i64 5
  %805 = extractelement <8 x float> %796, i64 6
  %806 = extractelement <8 x float> %796, i64 7
  %807 = icmp ugt <8 x i64> %vec.ind, <i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27, i64 27>
  %808 = select <8 x i1> %807, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %809 = getelementptr inbounds i8, ptr %43, i64 %404
  %810 = getelementptr inbounds i8, ptr %43, i64 %412
  %811 = extractelement <8 x float> %808, i64 0
  store float %811, ptr %809, align 4
  %812 = extractelement <8 x float> %808, i64 1
  %813 = shufflevector <8 x float> %778, <8 x float> %790, <4 x i32> <i32 1, i32 9, i32 poison, i32 poison>
  %814 = insertelement <4 x float> %813, float %800, i64 2
  %815 = insertelement <4 x float> %814, float %812, i64 3
  store <4 x float> %815, ptr %780, align 4
  %816 = extractelement <8 x float> %808, i64 2
  %817 = shufflevector <8 x float> %778, <8 x float> %790, <4 x i32> <i32 2, i32 10, i32 poison, i32 poison>
  %818 = insertelement <4 x float> %817, float %801, i64 2
  %819 = insertelement <4 x float> %818, float %816, i64 3
  store <4 x float> %819, ptr %781, align 4
  %820 = extractelement <8 x float> %808, i64 3
  %821 = shufflevector <8 x float> %778, <8 x float> %790, <4 x i32> <i32 3, i32 11, i32 poison, i32 poison>
  %822 = insertelement <4 x float> %821, float %802, i64 2
  %823 = insertelement <4 x float> %822, float %820, i64 3
  store <4 x float> %823, ptr %782, align 4
  %824 = extractelement <8 x float> %808, i64 4
  store float %824, ptr %810, align 4
  %825 = extractelement <8 x float> %808, i64 5
  %826 = shufflevector <8 x float> %778, <8 x float> %790, <4 x i32> <i32 5, i32 13, i32 poison, i32 poison>
  %827 = insertelement <4 x float> %826, float %804, i64 2
  %828 = insertelement <4 x float> %827, float %825, i64 3
  store <4 x float> %828, ptr %784, align 4
  %829 = extractelement <8 x float> %808, i64 6
  %830 = shufflevector <8 x float> %778, <8 x float> %790, <4 x i32> <i32 6, i32 14, i32 poison, i32 poison>
  %831 = insertelement <4 x float> %830, float %805, i64 2
  %832 = insertelement <4 x float> %831, float %829, i64 3
  store <4 x float> %832, ptr %785, align 4
  %833 = extractelement <8 x float> %808, i64 7
  %834 = shufflevector <8 x float> %778, <8 x float> %790, <4 x i32> <i32 7, i32 15, i32 poison, i32 poison>
  %835 = insertelement <4 x float> %834, float %806, i64 2
  %836 = insertelement <4 x float> %835, float %833, i64 3
  store <4 x float> %836, ptr %786, align 4
  %837 = icmp ugt <8 x i64> %vec.ind, <i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28, i64 28>
  %838 = select <8 x i1> %837, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %839 = getelementptr inbounds i8, ptr %44, i64 %404
  %840 = getelementptr inbounds i8, ptr %44, i64 %406
  %841 = getelementptr inbounds i8, ptr %44, i64 %408
  %842 = getelementptr inbounds i8, ptr %44, i64 %410
  %843 = getelementptr inbounds i8, ptr %44, i64 %412
  %844 = getelementptr inbounds i8, ptr %44, i64 %414
  %845 = getelementptr inbounds i8, ptr %44, i64 %416
  %846 = getelementptr inbounds i8, ptr %44, i64 %418
  %847 = extractelement <8 x float> %838, i64 0
  store float %847, ptr %839, align 4
  %848 = extractelement <8 x float> %838, i64 2
  store float %848, ptr %841, align 4
  %849 = extractelement <8 x float> %838, i64 3
  store float %849, ptr %842, align 4
  %850 = extractelement <8 x float> %838, i64 4
  store float %850, ptr %843, align 4
  %851 = icmp ugt <8 x i64> %vec.ind, <i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29, i64 29>
  %852 = select <8 x i1> %851, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %853 = getelementptr inbounds i8, ptr %45, i64 %404
  %854 = getelementptr inbounds i8, ptr %45, i64 %408
  %855 = getelementptr inbounds i8, ptr %45, i64 %410
  %856 = getelementptr inbounds i8, ptr %45, i64 %412
  %857 = extractelement <8 x float> %852, i64 0
  store float %857, ptr %853, align 4
  %858 = shufflevector <8 x float> %838, <8 x float> %852, <2 x i32> <i32 1, i32 9>
  store <2 x float> %858, ptr %840, align 4
  %859 = extractelement <8 x float> %852, i64 2
  store float %859, ptr %854, align 4
  %860 = extractelement <8 x float> %852, i64 3
  store float %860, ptr %855, align 4
  %861 = extractelement <8 x float> %852, i64 4
  store float %861, ptr %856, align 4
  %862 = shufflevector <8 x float> %838, <8 x float> %852, <2 x i32> <i32 5, i32 13>
  store <2 x float> %862, ptr %844, align 4
  %863 = shufflevector <8 x float> %838, <8 x float> %852, <2 x i32> <i32 6, i32 14>
  store <2 x float> %863, ptr %845, align 4
  %864 = shufflevector <8 x float> %838, <8 x float> %852, <2 x i32> <i32 7, i32 15>
  store <2 x float> %864, ptr %846, align 4
  %865 = icmp ugt <8 x i64> %vec.ind, <i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30, i64 30>
  %866 = select <8 x i1> %865, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %867 = getelementptr inbounds i8, ptr %46, i64 %404
  %868 = getelementptr inbounds i8, ptr %46, i64 %406
  %869 = getelementptr inbounds i8, ptr %46, i64 %408
  %870 = getelementptr inbounds i8, ptr %46, i64 %410
  %871 = getelementptr inbounds i8, ptr %46, i64 %412
  %872 = getelementptr inbounds i8, ptr %46, i64 %414
  %873 = getelementptr inbounds i8, ptr %46, i64 %416
  %874 = getelementptr inbounds i8, ptr %46, i64 %418
  %875 = extractelement <8 x float> %866, i64 0
  store float %875, ptr %867, align 4
  %876 = extractelement <8 x float> %866, i64 1
  store float %876, ptr %868, align 4
  %877 = extractelement <8 x float> %866, i64 2
  store float %877, ptr %869, align 4
  %878 = extractelement <8 x float> %866, i64 3
  store float %878, ptr %870, align 4
  %879 = extractelement <8 x float> %866, i64 4
  store float %879, ptr %871, align 4
  %880 = extractelement <8 x float> %866, i64 5
  store float %880, ptr %872, align 4
  %881 = extractelement <8 x float> %866, i64 6
  store float %881, ptr %873, align 4
  %882 = extractelement <8 x float> %866, i64 7
  store float %882, ptr %874, align 4
  %883 = getelementptr inbounds i8, ptr %47, i64 %404
  %884 = getelementptr inbounds i8, ptr %47, i64 %406
  %885 = getelementptr inbounds i8, ptr %47, i64 %408
  %886 = getelementptr inbounds i8, ptr %47, i64 %410
  %887 = getelementptr inbounds i8, ptr %47, i64 %412
  %888 = getelementptr inbounds i8, ptr %47, i64 %414
  %889 = getelementptr inbounds i8, ptr %47, i64 %416
  %890 = getelementptr inbounds i8, ptr %47, i64 %418
  store float 1.000000e+00, ptr %883, align 4
  store float 1.000000e+00, ptr %884, align 4
  store float 1.000000e+00, ptr %885, align 4
  store float 1.000000e+00, ptr %886, align 4
  store float 1.000000e+00, ptr %887, align 4
  store float 1.000000e+00, ptr %888, align 4
  store float 1.000000e+00, ptr %889, align 4
  store float 1.000000e+00, ptr %890, align 4
  %index.next = add nuw i64 %index, 8
  %vec.ind.next = add <8 x i64> %vec.ind, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %891 = icmp eq i64 %index.next, 32
  br i1 %891, label %t1.body, label %vector.body, !llvm.loop !0

t1.body:                                          ; preds = %vector.body, %endif
  %t1.addr.02397 = phi i64 [ %t1.next, %endif ], [ 0, %vector.body ]
  %892 = shl nuw nsw i64 %t1.addr.02397, 7
  %gep3036 = getelementptr i8, ptr %invariant.gep3035, i64 %892
  %gep3038 = getelementptr i8, ptr %invariant.gep3037, i64 %892
  %893 = icmp sgt i64 %69, %t1.addr.02397
  br i1 %893, label %p.head.preheader, label %j6.head.preheader

j6.head.preheader:                                ; preds = %t1.body
  %gep3040 = getelementptr i8, ptr %invariant.gep3039, i64 %892
  %gep3042 = getelementptr i8, ptr %invariant.gep3041, i64 %892
  %gep3044 = getelementptr i8, ptr %invariant.gep3043, i64 %892
  %gep3046 = getelementptr i8, ptr %invariant.gep3045, i64 %892
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3040, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3042, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3038, i8 0, i64 128, i1 false)
  %894 = getelementptr inbounds float, ptr %bet, i64 %t1.addr.02397
  store float 0.000000e+00, ptr %894, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3044, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3046, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3036, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %895 = mul i64 %13, %t1.addr.02397
  %896 = add i64 %65, %895
  %scevgep2833 = getelementptr i8, ptr %dout, i64 %896
  %scevgep2836 = getelementptr i8, ptr %v, i64 %896
  %897 = add nuw nsw i64 %t1.addr.02397, %t0
  %898 = mul nsw i64 %897, %sq
  %899 = shl nuw nsw i64 %t1.addr.02397, 5
  %900 = getelementptr float, ptr %qh, i64 %898
  %901 = load <16 x float>, ptr %900, align 4
  %902 = fmul <16 x float> %901, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %903 = or disjoint i64 %899, 2048
  %904 = getelementptr inbounds float, ptr %Bk, i64 %903
  store <16 x float> %902, ptr %904, align 4
  %905 = getelementptr inbounds float, ptr %QK, i64 %899
  store <16 x float> %902, ptr %905, align 4
  %906 = getelementptr float, ptr %61, i64 %898
  %907 = load <16 x float>, ptr %906, align 4
  %908 = fmul <16 x float> %907, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %909 = or disjoint i64 %899, 16
  %910 = or i64 %899, 2064
  %911 = getelementptr inbounds float, ptr %Bk, i64 %910
  store <16 x float> %908, ptr %911, align 4
  %912 = getelementptr inbounds float, ptr %QK, i64 %909
  store <16 x float> %908, ptr %912, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3038, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2833, i64 128, i1 false)
  %tau = or disjoint i64 %t1.addr.02397, %t0
  %913 = mul nsw i64 %tau, %H
  %914 = getelementptr inbounds float, ptr %betah, i64 %913
  %915 = load float, ptr %914, align 4
  %916 = getelementptr inbounds float, ptr %bet, i64 %t1.addr.02397
  store float %915, ptr %916, align 4
  %917 = mul nsw i64 %tau, %sq
  %918 = getelementptr float, ptr %kh, i64 %917
  %919 = load <16 x float>, ptr %918, align 4
  %920 = or disjoint i64 %899, 3072
  %921 = getelementptr inbounds float, ptr %Bk, i64 %920
  store <16 x float> %919, ptr %921, align 4
  %922 = fneg <16 x float> %919
  %923 = or disjoint i64 %899, 1024
  %924 = getelementptr inbounds float, ptr %QK, i64 %923
  store <16 x float> %922, ptr %924, align 4
  %925 = getelementptr float, ptr %62, i64 %917
  %926 = load <16 x float>, ptr %925, align 4
  %927 = or i64 %899, 3088
  %928 = getelementptr inbounds float, ptr %Bk, i64 %927
  store <16 x float> %926, ptr %928, align 4
  %929 = fneg <16 x float> %926
  %930 = or i64 %899, 1040
  %931 = getelementptr inbounds float, ptr %QK, i64 %930
  store <16 x float> %929, ptr %931, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3036, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2836, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j6.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02397, 1
  %exitcond2837.not = icmp eq i64 %t1.next, 32
  br i1 %exitcond2837.not, label %j12.head.preheader, label %t1.body

j12.head.preheader:                               ; preds = %endif, %j12.exit
  %932 = phi i1 [ false, %j12.exit ], [ true, %endif ]
  %i12.addr.02399 = phi i64 [ 16, %j12.exit ], [ 0, %endif ]
  %933 = shl nuw nsw i64 %i12.addr.02399, 5
  br label %j12.body

j12.body:                                         ; preds = %j12.head.preheader, %j12.body
  %934 = phi i1 [ true, %j12.head.preheader ], [ false, %j12.body ]
  %j12.addr.02398 = phi i64 [ 0, %j12.head.preheader ], [ 16, %j12.body ]
  %935 = or disjoint i64 %j12.addr.02398, %933
  %936 = or disjoint i64 %935, 3072
  %937 = getelementptr inbounds float, ptr %Bk, i64 %936
  %938 = load <16 x float>, ptr %937, align 4
  %939 = or disjoint i64 %935, 3328
  %940 = getelementptr inbounds float, ptr %Bk, i64 %939
  %941 = load <16 x float>, ptr %940, align 4
  %942 = or disjoint i64 %935, 3104
  %943 = getelementptr inbounds float, ptr %Bk, i64 %942
  %944 = load <16 x float>, ptr %943, align 4
  %945 = or disjoint i64 %935, 3360
  %946 = getelementptr inbounds float, ptr %Bk, i64 %945
  %947 = load <16 x float>, ptr %946, align 4
  %948 = or disjoint i64 %935, 3136
  %949 = getelementptr inbounds float, ptr %Bk, i64 %948
  %950 = load <16 x float>, ptr %949, align 4
  %951 = or disjoint i64 %935, 3392
  %952 = getelementptr inbounds float, ptr %Bk, i64 %951
  %953 = load <16 x float>, ptr %952, align 4
  %954 = or disjoint i64 %935, 3168
  %955 = getelementptr inbounds float, ptr %Bk, i64 %954
  %956 = load <16 x float>, ptr %955, align 4
  %957 = or disjoint i64 %935, 3424
  %958 = getelementptr inbounds float, ptr %Bk, i64 %957
  %959 = load <16 x float>, ptr %958, align 4
  %960 = or disjoint i64 %935, 3200
  %961 = getelementptr inbounds float, ptr %Bk, i64 %960
  %962 = load <16 x float>, ptr %961, align 4
  %963 = or disjoint i64 %935, 3456
  %964 = getelementptr inbounds float, ptr %Bk, i64 %963
  %965 = load <16 x float>, ptr %964, align 4
  %966 = or disjoint i64 %935, 3232
  %967 = getelementptr inbounds float, ptr %Bk, i64 %966
  %968 = load <16 x float>, ptr %967, align 4
  %969 = or disjoint i64 %935, 3488
  %970 = getelementptr inbounds float, ptr %Bk, i64 %969
  %971 = load <16 x float>, ptr %970, align 4
  %972 = or disjoint i64 %935, 3264
  %973 = getelementptr inbounds float, ptr %Bk, i64 %972
  %974 = load <16 x float>, ptr %973, align 4
  %975 = or disjoint i64 %935, 3520
  %976 = getelementptr inbounds float, ptr %Bk, i64 %975
  %977 = load <16 x float>, ptr %976, align 4
  %978 = or disjoint i64 %935, 3296
  %979 = getelementptr inbounds float, ptr %Bk, i64 %978
  %980 = load <16 x float>, ptr %979, align 4
  %981 = or disjoint i64 %935, 3552
  %982 = getelementptr inbounds float, ptr %Bk, i64 %981
  %983 = load <16 x float>, ptr %982, align 4
  %984 = shufflevector <16 x float> %938, <16 x float> %941, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %985 = shufflevector <16 x float> %962, <16 x float> %965, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %986 = shufflevector <16 x float> %944, <16 x float> %947, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %987 = shufflevector <16 x float> %968, <16 x float> %971, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %988 = shufflevector <16 x float> %950, <16 x float> %953, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %989 = shufflevector <16 x float> %974, <16 x float> %977, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %990 = shufflevector <16 x float> %956, <16 x float> %959, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %991 = shufflevector <16 x float> %980, <16 x float> %983, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %992 = shufflevector <16 x float> %938, <16 x float> %941, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %993 = shufflevector <16 x float> %962, <16 x float> %965, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %994 = shufflevector <16 x float> %944, <16 x float> %947, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %995 = shufflevector <16 x float> %968, <16 x float> %971, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %996 = shufflevector <16 x float> %950, <16 x float> %953, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %997 = shufflevector <16 x float> %974, <16 x float> %977, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %998 = shufflevector <16 x float> %956, <16 x float> %959, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %999 = shufflevector <16 x float> %980, <16 x float> %983, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1000 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1001 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1002 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1003 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1004 = shufflevector <16 x float> %984, <16 x float> %985, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1005 = shufflevector <16 x float> %988, <16 x float> %989, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1006 = shufflevector <16 x float> %986, <16 x float> %987, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1007 = shufflevector <16 x float> %990, <16 x float> %991, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1008 = shufflevector <16 x float> %992, <16 x float> %993, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1009 = shufflevector <16 x float> %996, <16 x float> %997, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1010 = shufflevector <16 x float> %994, <16 x float> %995, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1011 = shufflevector <16 x float> %998, <16 x float> %999, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1012 = shufflevector <16 x float> %992, <16 x float> %993, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1013 = shufflevector <16 x float> %996, <16 x float> %997, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1014 = shufflevector <16 x float> %994, <16 x float> %995, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1015 = shufflevector <16 x float> %998, <16 x float> %999, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1016 = shufflevector <16 x float> %1000, <16 x float> %1001, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1017 = shufflevector <16 x float> %1002, <16 x float> %1003, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1018 = shufflevector <16 x float> %1000, <16 x float> %1001, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1019 = shufflevector <16 x float> %1002, <16 x float> %1003, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1020 = shufflevector <16 x float> %1004, <16 x float> %1005, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1021 = shufflevector <16 x float> %1006, <16 x float> %1007, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1022 = shufflevector <16 x float> %1004, <16 x float> %1005, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1023 = shufflevector <16 x float> %1006, <16 x float> %1007, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1024 = shufflevector <16 x float> %1008, <16 x float> %1009, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1025 = shufflevector <16 x float> %1010, <16 x float> %1011, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1026 = shufflevector <16 x float> %1008, <16 x float> %1009, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1027 = shufflevector <16 x float> %1010, <16 x float> %1011, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1028 = shufflevector <16 x float> %1012, <16 x float> %1013, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1029 = shufflevector <16 x float> %1014, <16 x float> %1015, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1030 = shufflevector <16 x float> %1012, <16 x float> %1013, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1031 = shufflevector <16 x float> %1014, <16 x float> %1015, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1032 = shufflevector <16 x float> %1016, <16 x float> %1017, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1033 = shl nuw nsw i64 %j12.addr.02398, 5
  %1034 = or disjoint i64 %1033, %i12.addr.02399
  %1035 = getelementptr inbounds float, ptr %KT, i64 %1034
  store <16 x float> %1032, ptr %1035, align 4
  %1036 = shufflevector <16 x float> %1016, <16 x float> %1017, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1037 = or disjoint i64 %1034, 32
  %1038 = getelementptr inbounds float, ptr %KT, i64 %1037
  store <16 x float> %1036, ptr %1038, align 4
  %1039 = shufflevector <16 x float> %1018, <16 x float> %1019, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1040 = or disjoint i64 %1034, 64
  %1041 = getelementptr inbounds float, ptr %KT, i64 %1040
  store <16 x float> %1039, ptr %1041, align 4
  %1042 = shufflevector <16 x float> %1018, <16 x float> %1019, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1043 = or disjoint i64 %1034, 96
  %1044 = getelementptr inbounds float, ptr %KT, i64 %1043
  store <16 x float> %1042, ptr %1044, align 4
  %1045 = shufflevector <16 x float> %1020, <16 x float> %1021, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1046 = or disjoint i64 %1034, 128
  %1047 = getelementptr inbounds float, ptr %KT, i64 %1046
  store <16 x float> %1045, ptr %1047, align 4
  %1048 = shufflevector <16 x float> %1020, <16 x float> %1021, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1049 = or disjoint i64 %1034, 160
  %1050 = getelementptr inbounds float, ptr %KT, i64 %1049
  store <16 x float> %1048, ptr %1050, align 4
  %1051 = shufflevector <16 x float> %1022, <16 x float> %1023, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1052 = or disjoint i64 %1034, 192
  %1053 = getelementptr inbounds float, ptr %KT, i64 %1052
  store <16 x float> %1051, ptr %1053, align 4
  %1054 = shufflevector <16 x float> %1022, <16 x float> %1023, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1055 = or disjoint i64 %1034, 224
  %1056 = getelementptr inbounds float, ptr %KT, i64 %1055
  store <16 x float> %1054, ptr %1056, align 4
  %1057 = shufflevector <16 x float> %1024, <16 x float> %1025, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1058 = or disjoint i64 %1034, 256
  %1059 = getelementptr inbounds float, ptr %KT, i64 %1058
  store <16 x float> %1057, ptr %1059, align 4
  %1060 = shufflevector <16 x float> %1024, <16 x float> %1025, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1061 = or disjoint i64 %1034, 288
  %1062 = getelementptr inbounds float, ptr %KT, i64 %1061
  store <16 x float> %1060, ptr %1062, align 4
  %1063 = shufflevector <16 x float> %1026, <16 x float> %1027, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1064 = or disjoint i64 %1034, 320
  %1065 = getelementptr inbounds float, ptr %KT, i64 %1064
  store <16 x float> %1063, ptr %1065, align 4
  %1066 = shufflevector <16 x float> %1026, <16 x float> %1027, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1067 = or disjoint i64 %1034, 352
  %1068 = getelementptr inbounds float, ptr %KT, i64 %1067
  store <16 x float> %1066, ptr %1068, align 4
  %1069 = shufflevector <16 x float> %1028, <16 x float> %1029, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1070 = or disjoint i64 %1034, 384
  %1071 = getelementptr inbounds float, ptr %KT, i64 %1070
  store <16 x float> %1069, ptr %1071, align 4
  %1072 = shufflevector <16 x float> %1028, <16 x float> %1029, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1073 = or disjoint i64 %1034, 416
  %1074 = getelementptr inbounds float, ptr %KT, i64 %1073
  store <16 x float> %1072, ptr %1074, align 4
  %1075 = shufflevector <16 x float> %1030, <16 x float> %1031, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1076 = or disjoint i64 %1034, 448
  %1077 = getelementptr inbounds float, ptr %KT, i64 %1076
  store <16 x float> %1075, ptr %1077, align 4
  %1078 = shufflevector <16 x float> %1030, <16 x float> %1031, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1079 = or disjoint i64 %1034, 480
  %1080 = getelementptr inbounds float, ptr %KT, i64 %1079
  store <16 x float> %1078, ptr %1080, align 4
  br i1 %934, label %j12.body, label %j12.exit

j12.exit:                                         ; preds = %j12.body
  br i1 %932, label %j12.head.preheader, label %j13.head.preheader

j13.head.preheader:                               ; preds = %j12.exit, %j13.exit
  %1081 = phi i1 [ false, %j13.exit ], [ true, %j12.exit ]
  %i13.addr.02401 = phi i64 [ 16, %j13.exit ], [ 0, %j12.exit ]
  %1082 = shl nuw nsw i64 %i13.addr.02401, 5
  br label %j13.body

j13.body:                                         ; preds = %j13.head.preheader, %j13.body
  %1083 = phi i1 [ true, %j13.head.preheader ], [ false, %j13.body ]
  %j13.addr.02400 = phi i64 [ 0, %j13.head.preheader ], [ 16, %j13.body ]
  %1084 = or disjoint i64 %j13.addr.02400, %1082
  %1085 = or disjoint i64 %1084, 2048
  %1086 = getelementptr inbounds float, ptr %Bk, i64 %1085
  %1087 = load <16 x float>, ptr %1086, align 4
  %1088 = or disjoint i64 %1084, 2304
  %1089 = getelementptr inbounds float, ptr %Bk, i64 %1088
  %1090 = load <16 x float>, ptr %1089, align 4
  %1091 = or disjoint i64 %1084, 2080
  %1092 = getelementptr inbounds float, ptr %Bk, i64 %1091
  %1093 = load <16 x float>, ptr %1092, align 4
  %1094 = or disjoint i64 %1084, 2336
  %1095 = getelementptr inbounds float, ptr %Bk, i64 %1094
  %1096 = load <16 x float>, ptr %1095, align 4
  %1097 = or disjoint i64 %1084, 2112
  %1098 = getelementptr inbounds float, ptr %Bk, i64 %1097
  %1099 = load <16 x float>, ptr %1098, align 4
  %1100 = or disjoint i64 %1084, 2368
  %1101 = getelementptr inbounds float, ptr %Bk, i64 %1100
  %1102 = load <16 x float>, ptr %1101, align 4
  %1103 = or disjoint i64 %1084, 2144
  %1104 = getelementptr inbounds float, ptr %Bk, i64 %1103
  %1105 = load <16 x float>, ptr %1104, align 4
  %1106 = or disjoint i64 %1084, 2400
  %1107 = getelementptr inbounds float, ptr %Bk, i64 %1106
  %1108 = load <16 x float>, ptr %1107, align 4
  %1109 = or disjoint i64 %1084, 2176
  %1110 = getelementptr inbounds float, ptr %Bk, i64 %1109
  %1111 = load <16 x float>, ptr %1110, align 4
  %1112 = or disjoint i64 %1084, 2432
  %1113 = getelementptr inbounds float, ptr %Bk, i64 %1112
  %1114 = load <16 x float>, ptr %1113, align 4
  %1115 = or disjoint i64 %1084, 2208
  %1116 = getelementptr inbounds float, ptr %Bk, i64 %1115
  %1117 = load <16 x float>, ptr %1116, align 4
  %1118 = or disjoint i64 %1084, 2464
  %1119 = getelementptr inbounds float, ptr %Bk, i64 %1118
  %1120 = load <16 x float>, ptr %1119, align 4
  %1121 = or disjoint i64 %1084, 2240
  %1122 = getelementptr inbounds float, ptr %Bk, i64 %1121
  %1123 = load <16 x float>, ptr %1122, align 4
  %1124 = or disjoint i64 %1084, 2496
  %1125 = getelementptr inbounds float, ptr %Bk, i64 %1124
  %1126 = load <16 x float>, ptr %1125, align 4
  %1127 = or disjoint i64 %1084, 2272
  %1128 = getelementptr inbounds float, ptr %Bk, i64 %1127
  %1129 = load <16 x float>, ptr %1128, align 4
  %1130 = or disjoint i64 %1084, 2528
  %1131 = getelementptr inbounds float, ptr %Bk, i64 %1130
  %1132 = load <16 x float>, ptr %1131, align 4
  %1133 = shufflevector <16 x float> %1087, <16 x float> %1090, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1134 = shufflevector <16 x float> %1111, <16 x float> %1114, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1135 = shufflevector <16 x float> %1093, <16 x float> %1096, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1136 = shufflevector <16 x float> %1117, <16 x float> %1120, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1137 = shufflevector <16 x float> %1099, <16 x float> %1102, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1138 = shufflevector <16 x float> %1123, <16 x float> %1126, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1139 = shufflevector <16 x float> %1105, <16 x float> %1108, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1140 = shufflevector <16 x float> %1129, <16 x float> %1132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1141 = shufflevector <16 x float> %1087, <16 x float> %1090, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1142 = shufflevector <16 x float> %1111, <16 x float> %1114, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1143 = shufflevector <16 x float> %1093, <16 x float> %1096, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1144 = shufflevector <16 x float> %1117, <16 x float> %1120, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1145 = shufflevector <16 x float> %1099, <16 x float> %1102, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1146 = shufflevector <16 x float> %1123, <16 x float> %1126, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1147 = shufflevector <16 x float> %1105, <16 x float> %1108, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1148 = shufflevector <16 x float> %1129, <16 x float> %1132, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1149 = shufflevector <16 x float> %1133, <16 x float> %1134, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1150 = shufflevector <16 x float> %1137, <16 x float> %1138, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1151 = shufflevector <16 x float> %1135, <16 x float> %1136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1152 = shufflevector <16 x float> %1139, <16 x float> %1140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1153 = shufflevector <16 x float> %1133, <16 x float> %1134, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1154 = shufflevector <16 x float> %1137, <16 x float> %1138, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1155 = shufflevector <16 x float> %1135, <16 x float> %1136, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1156 = shufflevector <16 x float> %1139, <16 x float> %1140, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1157 = shufflevector <16 x float> %1141, <16 x float> %1142, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1158 = shufflevector <16 x float> %1145, <16 x float> %1146, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1159 = shufflevector <16 x float> %1143, <16 x float> %1144, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1160 = shufflevector <16 x float> %1147, <16 x float> %1148, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1161 = shufflevector <16 x float> %1141, <16 x float> %1142, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1162 = shufflevector <16 x float> %1145, <16 x float> %1146, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1163 = shufflevector <16 x float> %1143, <16 x float> %1144, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1164 = shufflevector <16 x float> %1147, <16 x float> %1148, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1165 = shufflevector <16 x float> %1149, <16 x float> %1150, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1166 = shufflevector <16 x float> %1151, <16 x float> %1152, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1167 = shufflevector <16 x float> %1149, <16 x float> %1150, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1168 = shufflevector <16 x float> %1151, <16 x float> %1152, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1169 = shufflevector <16 x float> %1153, <16 x float> %1154, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1170 = shufflevector <16 x float> %1155, <16 x float> %1156, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1171 = shufflevector <16 x float> %1153, <16 x float> %1154, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1172 = shufflevector <16 x float> %1155, <16 x float> %1156, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1173 = shufflevector <16 x float> %1157, <16 x float> %1158, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1174 = shufflevector <16 x float> %1159, <16 x float> %1160, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1175 = shufflevector <16 x float> %1157, <16 x float> %1158, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1176 = shufflevector <16 x float> %1159, <16 x float> %1160, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1177 = shufflevector <16 x float> %1161, <16 x float> %1162, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1178 = shufflevector <16 x float> %1163, <16 x float> %1164, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1179 = shufflevector <16 x float> %1161, <16 x float> %1162, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1180 = shufflevector <16 x float> %1163, <16 x float> %1164, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1181 = shufflevector <16 x float> %1165, <16 x float> %1166, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1182 = shl nuw nsw i64 %j13.addr.02400, 5
  %1183 = or disjoint i64 %1182, %i13.addr.02401
  %1184 = getelementptr inbounds float, ptr %QcT, i64 %1183
  store <16 x float> %1181, ptr %1184, align 4
  %1185 = shufflevector <16 x float> %1165, <16 x float> %1166, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1186 = or disjoint i64 %1183, 32
  %1187 = getelementptr inbounds float, ptr %QcT, i64 %1186
  store <16 x float> %1185, ptr %1187, align 4
  %1188 = shufflevector <16 x float> %1167, <16 x float> %1168, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1189 = or disjoint i64 %1183, 64
  %1190 = getelementptr inbounds float, ptr %QcT, i64 %1189
  store <16 x float> %1188, ptr %1190, align 4
  %1191 = shufflevector <16 x float> %1167, <16 x float> %1168, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1192 = or disjoint i64 %1183, 96
  %1193 = getelementptr inbounds float, ptr %QcT, i64 %1192
  store <16 x float> %1191, ptr %1193, align 4
  %1194 = shufflevector <16 x float> %1169, <16 x float> %1170, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1195 = or disjoint i64 %1183, 128
  %1196 = getelementptr inbounds float, ptr %QcT, i64 %1195
  store <16 x float> %1194, ptr %1196, align 4
  %1197 = shufflevector <16 x float> %1169, <16 x float> %1170, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1198 = or disjoint i64 %1183, 160
  %1199 = getelementptr inbounds float, ptr %QcT, i64 %1198
  store <16 x float> %1197, ptr %1199, align 4
  %1200 = shufflevector <16 x float> %1171, <16 x float> %1172, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1201 = or disjoint i64 %1183, 192
  %1202 = getelementptr inbounds float, ptr %QcT, i64 %1201
  store <16 x float> %1200, ptr %1202, align 4
  %1203 = shufflevector <16 x float> %1171, <16 x float> %1172, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1204 = or disjoint i64 %1183, 224
  %1205 = getelementptr inbounds float, ptr %QcT, i64 %1204
  store <16 x float> %1203, ptr %1205, align 4
  %1206 = shufflevector <16 x float> %1173, <16 x float> %1174, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1207 = or disjoint i64 %1183, 256
  %1208 = getelementptr inbounds float, ptr %QcT, i64 %1207
  store <16 x float> %1206, ptr %1208, align 4
  %1209 = shufflevector <16 x float> %1173, <16 x float> %1174, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1210 = or disjoint i64 %1183, 288
  %1211 = getelementptr inbounds float, ptr %QcT, i64 %1210
  store <16 x float> %1209, ptr %1211, align 4
  %1212 = shufflevector <16 x float> %1175, <16 x float> %1176, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1213 = or disjoint i64 %1183, 320
  %1214 = getelementptr inbounds float, ptr %QcT, i64 %1213
  store <16 x float> %1212, ptr %1214, align 4
  %1215 = shufflevector <16 x float> %1175, <16 x float> %1176, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1216 = or disjoint i64 %1183, 352
  %1217 = getelementptr inbounds float, ptr %QcT, i64 %1216
  store <16 x float> %1215, ptr %1217, align 4
  %1218 = shufflevector <16 x float> %1177, <16 x float> %1178, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1219 = or disjoint i64 %1183, 384
  %1220 = getelementptr inbounds float, ptr %QcT, i64 %1219
  store <16 x float> %1218, ptr %1220, align 4
  %1221 = shufflevector <16 x float> %1177, <16 x float> %1178, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1222 = or disjoint i64 %1183, 416
  %1223 = getelementptr inbounds float, ptr %QcT, i64 %1222
  store <16 x float> %1221, ptr %1223, align 4
  %1224 = shufflevector <16 x float> %1179, <16 x float> %1180, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1225 = or disjoint i64 %1183, 448
  %1226 = getelementptr inbounds float, ptr %QcT, i64 %1225
  store <16 x float> %1224, ptr %1226, align 4
  %1227 = shufflevector <16 x float> %1179, <16 x float> %1180, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1228 = or disjoint i64 %1183, 480
  %1229 = getelementptr inbounds float, ptr %QcT, i64 %1228
  store <16 x float> %1227, ptr %1229, align 4
  br i1 %1083, label %j13.body, label %j13.exit

j13.exit:                                         ; preds = %j13.body
  br i1 %1081, label %j13.head.preheader, label %j14.head.preheader

j14.head.preheader:                               ; preds = %j13.exit, %j14.exit
  %1230 = phi i1 [ false, %j14.exit ], [ true, %j13.exit ]
  %i14.addr.02403 = phi i64 [ 16, %j14.exit ], [ 0, %j13.exit ]
  %1231 = shl nuw nsw i64 %i14.addr.02403, 5
  br label %j14.body

j14.body:                                         ; preds = %j14.head.preheader, %j14.body
  %1232 = phi i1 [ true, %j14.head.preheader ], [ false, %j14.body ]
  %j14.addr.02402 = phi i64 [ 0, %j14.head.preheader ], [ 16, %j14.body ]
  %1233 = or disjoint i64 %j14.addr.02402, %1231
  %1234 = getelementptr inbounds float, ptr %OY, i64 %1233
  %1235 = load <16 x float>, ptr %1234, align 4
  %1236 = or disjoint i64 %1233, 256
  %1237 = getelementptr inbounds float, ptr %OY, i64 %1236
  %1238 = load <16 x float>, ptr %1237, align 4
  %1239 = or disjoint i64 %1233, 32
  %1240 = getelementptr inbounds float, ptr %OY, i64 %1239
  %1241 = load <16 x float>, ptr %1240, align 4
  %1242 = or disjoint i64 %1233, 288
  %1243 = getelementptr inbounds float, ptr %OY, i64 %1242
  %1244 = load <16 x float>, ptr %1243, align 4
  %1245 = or disjoint i64 %1233, 64
  %1246 = getelementptr inbounds float, ptr %OY, i64 %1245
  %1247 = load <16 x float>, ptr %1246, align 4
  %1248 = or disjoint i64 %1233, 320
  %1249 = getelementptr inbounds float, ptr %OY, i64 %1248
  %1250 = load <16 x float>, ptr %1249, align 4
  %1251 = or disjoint i64 %1233, 96
  %1252 = getelementptr inbounds float, ptr %OY, i64 %1251
  %1253 = load <16 x float>, ptr %1252, align 4
  %1254 = or disjoint i64 %1233, 352
  %1255 = getelementptr inbounds float, ptr %OY, i64 %1254
  %1256 = load <16 x float>, ptr %1255, align 4
  %1257 = or disjoint i64 %1233, 128
  %1258 = getelementptr inbounds float, ptr %OY, i64 %1257
  %1259 = load <16 x float>, ptr %1258, align 4
  %1260 = or disjoint i64 %1233, 384
  %1261 = getelementptr inbounds float, ptr %OY, i64 %1260
  %1262 = load <16 x float>, ptr %1261, align 4
  %1263 = or disjoint i64 %1233, 160
  %1264 = getelementptr inbounds float, ptr %OY, i64 %1263
  %1265 = load <16 x float>, ptr %1264, align 4
  %1266 = or disjoint i64 %1233, 416
  %1267 = getelementptr inbounds float, ptr %OY, i64 %1266
  %1268 = load <16 x float>, ptr %1267, align 4
  %1269 = or disjoint i64 %1233, 192
  %1270 = getelementptr inbounds float, ptr %OY, i64 %1269
  %1271 = load <16 x float>, ptr %1270, align 4
  %1272 = or disjoint i64 %1233, 448
  %1273 = getelementptr inbounds float, ptr %OY, i64 %1272
  %1274 = load <16 x float>, ptr %1273, align 4
  %1275 = or disjoint i64 %1233, 224
  %1276 = getelementptr inbounds float, ptr %OY, i64 %1275
  %1277 = load <16 x float>, ptr %1276, align 4
  %1278 = or disjoint i64 %1233, 480
  %1279 = getelementptr inbounds float, ptr %OY, i64 %1278
  %1280 = load <16 x float>, ptr %1279, align 4
  %1281 = shufflevector <16 x float> %1235, <16 x float> %1238, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1282 = shufflevector <16 x float> %1259, <16 x float> %1262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1283 = shufflevector <16 x float> %1241, <16 x float> %1244, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1284 = shufflevector <16 x float> %1265, <16 x float> %1268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1285 = shufflevector <16 x float> %1247, <16 x float> %1250, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1286 = shufflevector <16 x float> %1271, <16 x float> %1274, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1287 = shufflevector <16 x float> %1253, <16 x float> %1256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1288 = shufflevector <16 x float> %1277, <16 x float> %1280, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1289 = shufflevector <16 x float> %1235, <16 x float> %1238, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1290 = shufflevector <16 x float> %1259, <16 x float> %1262, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1291 = shufflevector <16 x float> %1241, <16 x float> %1244, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1292 = shufflevector <16 x float> %1265, <16 x float> %1268, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1293 = shufflevector <16 x float> %1247, <16 x float> %1250, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1294 = shufflevector <16 x float> %1271, <16 x float> %1274, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1295 = shufflevector <16 x float> %1253, <16 x float> %1256, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1296 = shufflevector <16 x float> %1277, <16 x float> %1280, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1297 = shufflevector <16 x float> %1281, <16 x float> %1282, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1298 = shufflevector <16 x float> %1285, <16 x float> %1286, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1299 = shufflevector <16 x float> %1283, <16 x float> %1284, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1300 = shufflevector <16 x float> %1287, <16 x float> %1288, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1301 = shufflevector <16 x float> %1281, <16 x float> %1282, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1302 = shufflevector <16 x float> %1285, <16 x float> %1286, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1303 = shufflevector <16 x float> %1283, <16 x float> %1284, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1304 = shufflevector <16 x float> %1287, <16 x float> %1288, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1305 = shufflevector <16 x float> %1289, <16 x float> %1290, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1306 = shufflevector <16 x float> %1293, <16 x float> %1294, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1307 = shufflevector <16 x float> %1291, <16 x float> %1292, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1308 = shufflevector <16 x float> %1295, <16 x float> %1296, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1309 = shufflevector <16 x float> %1289, <16 x float> %1290, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1310 = shufflevector <16 x float> %1293, <16 x float> %1294, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1311 = shufflevector <16 x float> %1291, <16 x float> %1292, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1312 = shufflevector <16 x float> %1295, <16 x float> %1296, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1313 = shufflevector <16 x float> %1297, <16 x float> %1298, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1314 = shufflevector <16 x float> %1299, <16 x float> %1300, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1315 = shufflevector <16 x float> %1297, <16 x float> %1298, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1316 = shufflevector <16 x float> %1299, <16 x float> %1300, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1317 = shufflevector <16 x float> %1301, <16 x float> %1302, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1318 = shufflevector <16 x float> %1303, <16 x float> %1304, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1319 = shufflevector <16 x float> %1301, <16 x float> %1302, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1320 = shufflevector <16 x float> %1303, <16 x float> %1304, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1321 = shufflevector <16 x float> %1305, <16 x float> %1306, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1322 = shufflevector <16 x float> %1307, <16 x float> %1308, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1323 = shufflevector <16 x float> %1305, <16 x float> %1306, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1324 = shufflevector <16 x float> %1307, <16 x float> %1308, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1325 = shufflevector <16 x float> %1309, <16 x float> %1310, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1326 = shufflevector <16 x float> %1311, <16 x float> %1312, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1327 = shufflevector <16 x float> %1309, <16 x float> %1310, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1328 = shufflevector <16 x float> %1311, <16 x float> %1312, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1329 = shufflevector <16 x float> %1313, <16 x float> %1314, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1330 = shl nuw nsw i64 %j14.addr.02402, 5
  %1331 = or disjoint i64 %1330, %i14.addr.02403
  %1332 = getelementptr inbounds float, ptr %dOT, i64 %1331
  store <16 x float> %1329, ptr %1332, align 4
  %1333 = shufflevector <16 x float> %1313, <16 x float> %1314, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1334 = or disjoint i64 %1331, 32
  %1335 = getelementptr inbounds float, ptr %dOT, i64 %1334
  store <16 x float> %1333, ptr %1335, align 4
  %1336 = shufflevector <16 x float> %1315, <16 x float> %1316, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1337 = or disjoint i64 %1331, 64
  %1338 = getelementptr inbounds float, ptr %dOT, i64 %1337
  store <16 x float> %1336, ptr %1338, align 4
  %1339 = shufflevector <16 x float> %1315, <16 x float> %1316, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1340 = or disjoint i64 %1331, 96
  %1341 = getelementptr inbounds float, ptr %dOT, i64 %1340
  store <16 x float> %1339, ptr %1341, align 4
  %1342 = shufflevector <16 x float> %1317, <16 x float> %1318, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1343 = or disjoint i64 %1331, 128
  %1344 = getelementptr inbounds float, ptr %dOT, i64 %1343
  store <16 x float> %1342, ptr %1344, align 4
  %1345 = shufflevector <16 x float> %1317, <16 x float> %1318, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1346 = or disjoint i64 %1331, 160
  %1347 = getelementptr inbounds float, ptr %dOT, i64 %1346
  store <16 x float> %1345, ptr %1347, align 4
  %1348 = shufflevector <16 x float> %1319, <16 x float> %1320, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1349 = or disjoint i64 %1331, 192
  %1350 = getelementptr inbounds float, ptr %dOT, i64 %1349
  store <16 x float> %1348, ptr %1350, align 4
  %1351 = shufflevector <16 x float> %1319, <16 x float> %1320, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1352 = or disjoint i64 %1331, 224
  %1353 = getelementptr inbounds float, ptr %dOT, i64 %1352
  store <16 x float> %1351, ptr %1353, align 4
  %1354 = shufflevector <16 x float> %1321, <16 x float> %1322, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1355 = or disjoint i64 %1331, 256
  %1356 = getelementptr inbounds float, ptr %dOT, i64 %1355
  store <16 x float> %1354, ptr %1356, align 4
  %1357 = shufflevector <16 x float> %1321, <16 x float> %1322, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1358 = or disjoint i64 %1331, 288
  %1359 = getelementptr inbounds float, ptr %dOT, i64 %1358
  store <16 x float> %1357, ptr %1359, align 4
  %1360 = shufflevector <16 x float> %1323, <16 x float> %1324, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1361 = or disjoint i64 %1331, 320
  %1362 = getelementptr inbounds float, ptr %dOT, i64 %1361
  store <16 x float> %1360, ptr %1362, align 4
  %1363 = shufflevector <16 x float> %1323, <16 x float> %1324, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1364 = or disjoint i64 %1331, 352
  %1365 = getelementptr inbounds float, ptr %dOT, i64 %1364
  store <16 x float> %1363, ptr %1365, align 4
  %1366 = shufflevector <16 x float> %1325, <16 x float> %1326, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1367 = or disjoint i64 %1331, 384
  %1368 = getelementptr inbounds float, ptr %dOT, i64 %1367
  store <16 x float> %1366, ptr %1368, align 4
  %1369 = shufflevector <16 x float> %1325, <16 x float> %1326, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1370 = or disjoint i64 %1331, 416
  %1371 = getelementptr inbounds float, ptr %dOT, i64 %1370
  store <16 x float> %1369, ptr %1371, align 4
  %1372 = shufflevector <16 x float> %1327, <16 x float> %1328, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1373 = or disjoint i64 %1331, 448
  %1374 = getelementptr inbounds float, ptr %dOT, i64 %1373
  store <16 x float> %1372, ptr %1374, align 4
  %1375 = shufflevector <16 x float> %1327, <16 x float> %1328, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1376 = or disjoint i64 %1331, 480
  %1377 = getelementptr inbounds float, ptr %dOT, i64 %1376
  store <16 x float> %1375, ptr %1377, align 4
  br i1 %1232, label %j14.body, label %j14.exit

j14.exit:                                         ; preds = %j14.body
  br i1 %1230, label %j14.head.preheader, label %i15.body

i15.head.loopexit:                                ; preds = %p2.exit.1, %p2.exit
  %1378 = icmp ult i64 %i15.addr.02414, 24
  br i1 %1378, label %i15.body, label %p3.head.preheader

i15.body:                                         ; preds = %j14.exit, %i15.head.loopexit
  %i15.addr.02414 = phi i64 [ %1379, %i15.head.loopexit ], [ 0, %j14.exit ]
  %1379 = add nuw nsw i64 %i15.addr.02414, 8
  %1380 = shl nuw nsw i64 %i15.addr.02414, 5
  %.idx2374 = shl nuw nsw i64 %i15.addr.02414, 7
  %1381 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2374
  %1382 = or disjoint i64 %1380, 32
  %1383 = getelementptr inbounds float, ptr %Gm, i64 %1382
  %1384 = or disjoint i64 %1380, 64
  %1385 = getelementptr inbounds float, ptr %Gm, i64 %1384
  %1386 = or disjoint i64 %1380, 96
  %1387 = getelementptr inbounds float, ptr %Gm, i64 %1386
  %1388 = or disjoint i64 %1380, 128
  %1389 = getelementptr inbounds float, ptr %Gm, i64 %1388
  %1390 = or disjoint i64 %1380, 160
  %1391 = getelementptr inbounds float, ptr %Gm, i64 %1390
  %1392 = or disjoint i64 %1380, 192
  %1393 = getelementptr inbounds float, ptr %Gm, i64 %1392
  %1394 = or disjoint i64 %1380, 224
  %1395 = getelementptr inbounds float, ptr %Gm, i64 %1394
  br label %p2.body

p2.body:                                          ; preds = %i15.body, %p2.body
  %acc.02412 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1403, %p2.body ]
  %acc1.02411 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1409, %p2.body ]
  %acc2.02410 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1415, %p2.body ]
  %acc3.02409 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1421, %p2.body ]
  %acc4.02408 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1427, %p2.body ]
  %acc5.02407 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1433, %p2.body ]
  %acc6.02406 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1439, %p2.body ]
  %acc7.02405 = phi <16 x float> [ zeroinitializer, %i15.body ], [ %1445, %p2.body ]
  %p2.addr.02404 = phi i64 [ 0, %i15.body ], [ %p2.next, %p2.body ]
  %.idx2375 = shl nuw nsw i64 %p2.addr.02404, 7
  %gep = getelementptr inbounds i8, ptr %KT, i64 %.idx2375
  %1396 = load <16 x float>, ptr %gep, align 4
  %1397 = add nuw nsw i64 %p2.addr.02404, %1380
  %1398 = or disjoint i64 %1397, 3072
  %1399 = getelementptr inbounds float, ptr %Bk, i64 %1398
  %1400 = load float, ptr %1399, align 4
  %1401 = insertelement <16 x float> poison, float %1400, i64 0
  %1402 = shufflevector <16 x float> %1401, <16 x float> poison, <16 x i32> zeroinitializer
  %1403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1402, <16 x float> %1396, <16 x float> %acc.02412)
  %1404 = or disjoint i64 %1397, 3104
  %1405 = getelementptr inbounds float, ptr %Bk, i64 %1404
  %1406 = load float, ptr %1405, align 4
  %1407 = insertelement <16 x float> poison, float %1406, i64 0
  %1408 = shufflevector <16 x float> %1407, <16 x float> poison, <16 x i32> zeroinitializer
  %1409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1408, <16 x float> %1396, <16 x float> %acc1.02411)
  %1410 = or disjoint i64 %1397, 3136
  %1411 = getelementptr inbounds float, ptr %Bk, i64 %1410
  %1412 = load float, ptr %1411, align 4
  %1413 = insertelement <16 x float> poison, float %1412, i64 0
  %1414 = shufflevector <16 x float> %1413, <16 x float> poison, <16 x i32> zeroinitializer
  %1415 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1414, <16 x float> %1396, <16 x float> %acc2.02410)
  %1416 = or disjoint i64 %1397, 3168
  %1417 = getelementptr inbounds float, ptr %Bk, i64 %1416
  %1418 = load float, ptr %1417, align 4
  %1419 = insertelement <16 x float> poison, float %1418, i64 0
  %1420 = shufflevector <16 x float> %1419, <16 x float> poison, <16 x i32> zeroinitializer
  %1421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1420, <16 x float> %1396, <16 x float> %acc3.02409)
  %1422 = or disjoint i64 %1397, 3200
  %1423 = getelementptr inbounds float, ptr %Bk, i64 %1422
  %1424 = load float, ptr %1423, align 4
  %1425 = insertelement <16 x float> poison, float %1424, i64 0
  %1426 = shufflevector <16 x float> %1425, <16 x float> poison, <16 x i32> zeroinitializer
  %1427 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1426, <16 x float> %1396, <16 x float> %acc4.02408)
  %1428 = or disjoint i64 %1397, 3232
  %1429 = getelementptr inbounds float, ptr %Bk, i64 %1428
  %1430 = load float, ptr %1429, align 4
  %1431 = insertelement <16 x float> poison, float %1430, i64 0
  %1432 = shufflevector <16 x float> %1431, <16 x float> poison, <16 x i32> zeroinitializer
  %1433 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1432, <16 x float> %1396, <16 x float> %acc5.02407)
  %1434 = or disjoint i64 %1397, 3264
  %1435 = getelementptr inbounds float, ptr %Bk, i64 %1434
  %1436 = load float, ptr %1435, align 4
  %1437 = insertelement <16 x float> poison, float %1436, i64 0
  %1438 = shufflevector <16 x float> %1437, <16 x float> poison, <16 x i32> zeroinitializer
  %1439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1438, <16 x float> %1396, <16 x float> %acc6.02406)
  %1440 = or disjoint i64 %1397, 3296
  %1441 = getelementptr inbounds float, ptr %Bk, i64 %1440
  %1442 = load float, ptr %1441, align 4
  %1443 = insertelement <16 x float> poison, float %1442, i64 0
  %1444 = shufflevector <16 x float> %1443, <16 x float> poison, <16 x i32> zeroinitializer
  %1445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1444, <16 x float> %1396, <16 x float> %acc7.02405)
  %p2.next = add nuw nsw i64 %p2.addr.02404, 1
  %exitcond2838.not = icmp eq i64 %p2.next, 32
  br i1 %exitcond2838.not, label %p2.exit, label %p2.body

p2.exit:                                          ; preds = %p2.body
  store <16 x float> %1403, ptr %1381, align 4
  store <16 x float> %1409, ptr %1383, align 4
  store <16 x float> %1415, ptr %1385, align 4
  store <16 x float> %1421, ptr %1387, align 4
  store <16 x float> %1427, ptr %1389, align 4
  store <16 x float> %1433, ptr %1391, align 4
  store <16 x float> %1439, ptr %1393, align 4
  store <16 x float> %1445, ptr %1395, align 4
  %1446 = icmp ugt i64 %i15.addr.02414, 8
  br i1 %1446, label %p2.body.1, label %i15.head.loopexit

p2.body.1:                                        ; preds = %p2.exit, %p2.body.1
  %acc.02412.1 = phi <16 x float> [ %1454, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc1.02411.1 = phi <16 x float> [ %1460, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc2.02410.1 = phi <16 x float> [ %1466, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc3.02409.1 = phi <16 x float> [ %1472, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc4.02408.1 = phi <16 x float> [ %1478, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc5.02407.1 = phi <16 x float> [ %1484, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc6.02406.1 = phi <16 x float> [ %1490, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %acc7.02405.1 = phi <16 x float> [ %1496, %p2.body.1 ], [ zeroinitializer, %p2.exit ]
  %p2.addr.02404.1 = phi i64 [ %p2.next.1, %p2.body.1 ], [ 0, %p2.exit ]
  %.idx2375.1 = shl nuw nsw i64 %p2.addr.02404.1, 7
  %gep.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx2375.1
  %1447 = load <16 x float>, ptr %gep.1, align 4
  %1448 = add nuw nsw i64 %p2.addr.02404.1, %1380
  %1449 = or disjoint i64 %1448, 3072
  %1450 = getelementptr inbounds float, ptr %Bk, i64 %1449
  %1451 = load float, ptr %1450, align 4
  %1452 = insertelement <16 x float> poison, float %1451, i64 0
  %1453 = shufflevector <16 x float> %1452, <16 x float> poison, <16 x i32> zeroinitializer
  %1454 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1453, <16 x float> %1447, <16 x float> %acc.02412.1)
  %1455 = or disjoint i64 %1448, 3104
  %1456 = getelementptr inbounds float, ptr %Bk, i64 %1455
  %1457 = load float, ptr %1456, align 4
  %1458 = insertelement <16 x float> poison, float %1457, i64 0
  %1459 = shufflevector <16 x float> %1458, <16 x float> poison, <16 x i32> zeroinitializer
  %1460 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1459, <16 x float> %1447, <16 x float> %acc1.02411.1)
  %1461 = or disjoint i64 %1448, 3136
  %1462 = getelementptr inbounds float, ptr %Bk, i64 %1461
  %1463 = load float, ptr %1462, align 4
  %1464 = insertelement <16 x float> poison, float %1463, i64 0
  %1465 = shufflevector <16 x float> %1464, <16 x float> poison, <16 x i32> zeroinitializer
  %1466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1465, <16 x float> %1447, <16 x float> %acc2.02410.1)
  %1467 = or disjoint i64 %1448, 3168
  %1468 = getelementptr inbounds float, ptr %Bk, i64 %1467
  %1469 = load float, ptr %1468, align 4
  %1470 = insertelement <16 x float> poison, float %1469, i64 0
  %1471 = shufflevector <16 x float> %1470, <16 x float> poison, <16 x i32> zeroinitializer
  %1472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1471, <16 x float> %1447, <16 x float> %acc3.02409.1)
  %1473 = or disjoint i64 %1448, 3200
  %1474 = getelementptr inbounds float, ptr %Bk, i64 %1473
  %1475 = load float, ptr %1474, align 4
  %1476 = insertelement <16 x float> poison, float %1475, i64 0
  %1477 = shufflevector <16 x float> %1476, <16 x float> poison, <16 x i32> zeroinitializer
  %1478 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1477, <16 x float> %1447, <16 x float> %acc4.02408.1)
  %1479 = or disjoint i64 %1448, 3232
  %1480 = getelementptr inbounds float, ptr %Bk, i64 %1479
  %1481 = load float, ptr %1480, align 4
  %1482 = insertelement <16 x float> poison, float %1481, i64 0
  %1483 = shufflevector <16 x float> %1482, <16 x float> poison, <16 x i32> zeroinitializer
  %1484 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1483, <16 x float> %1447, <16 x float> %acc5.02407.1)
  %1485 = or disjoint i64 %1448, 3264
  %1486 = getelementptr inbounds float, ptr %Bk, i64 %1485
  %1487 = load float, ptr %1486, align 4
  %1488 = insertelement <16 x float> poison, float %1487, i64 0
  %1489 = shufflevector <16 x float> %1488, <16 x float> poison, <16 x i32> zeroinitializer
  %1490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1489, <16 x float> %1447, <16 x float> %acc6.02406.1)
  %1491 = or disjoint i64 %1448, 3296
  %1492 = getelementptr inbounds float, ptr %Bk, i64 %1491
  %1493 = load float, ptr %1492, align 4
  %1494 = insertelement <16 x float> poison, float %1493, i64 0
  %1495 = shufflevector <16 x float> %1494, <16 x float> poison, <16 x i32> zeroinitializer
  %1496 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1495, <16 x float> %1447, <16 x float> %acc7.02405.1)
  %p2.next.1 = add nuw nsw i64 %p2.addr.02404.1, 1
  %exitcond2838.not.1 = icmp eq i64 %p2.next.1, 32
  br i1 %exitcond2838.not.1, label %p2.exit.1, label %p2.body.1

p2.exit.1:                                        ; preds = %p2.body.1
  %1497 = getelementptr inbounds i8, ptr %1381, i64 64
  store <16 x float> %1454, ptr %1497, align 4
  %1498 = getelementptr inbounds i8, ptr %1383, i64 64
  store <16 x float> %1460, ptr %1498, align 4
  %1499 = getelementptr inbounds i8, ptr %1385, i64 64
  store <16 x float> %1466, ptr %1499, align 4
  %1500 = getelementptr inbounds i8, ptr %1387, i64 64
  store <16 x float> %1472, ptr %1500, align 4
  %1501 = getelementptr inbounds i8, ptr %1389, i64 64
  store <16 x float> %1478, ptr %1501, align 4
  %1502 = getelementptr inbounds i8, ptr %1391, i64 64
  store <16 x float> %1484, ptr %1502, align 4
  %1503 = getelementptr inbounds i8, ptr %1393, i64 64
  store <16 x float> %1490, ptr %1503, align 4
  %1504 = getelementptr inbounds i8, ptr %1395, i64 64
  store <16 x float> %1496, ptr %1504, align 4
  br label %i15.head.loopexit

p3.head.preheader:                                ; preds = %i15.head.loopexit, %p3.exit
  %i16.addr.02432 = phi i64 [ %i16.next, %p3.exit ], [ 0, %i15.head.loopexit ]
  %1505 = shl nuw nsw i64 %i16.addr.02432, 5
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc8.02431 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1524, %p3.body ]
  %acc9.02430 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1525, %p3.body ]
  %acc10.02429 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1526, %p3.body ]
  %acc11.02428 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1527, %p3.body ]
  %acc12.02427 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1533, %p3.body ]
  %acc13.02426 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1534, %p3.body ]
  %acc14.02425 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1535, %p3.body ]
  %acc15.02424 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1536, %p3.body ]
  %acc16.02423 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1542, %p3.body ]
  %acc17.02422 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1543, %p3.body ]
  %acc18.02421 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1544, %p3.body ]
  %acc19.02420 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1545, %p3.body ]
  %acc20.02419 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1551, %p3.body ]
  %acc21.02418 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1552, %p3.body ]
  %acc22.02417 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1553, %p3.body ]
  %acc23.02416 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1554, %p3.body ]
  %p3.addr.02415 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %1506 = shl nuw nsw i64 %p3.addr.02415, 6
  %1507 = getelementptr inbounds float, ptr %work, i64 %1506
  %1508 = load <16 x float>, ptr %1507, align 4
  %1509 = or disjoint i64 %1506, 16
  %1510 = getelementptr inbounds float, ptr %work, i64 %1509
  %1511 = load <16 x float>, ptr %1510, align 4
  %1512 = or disjoint i64 %1506, 32
  %1513 = getelementptr inbounds float, ptr %work, i64 %1512
  %1514 = load <16 x float>, ptr %1513, align 4
  %1515 = or disjoint i64 %1506, 48
  %1516 = getelementptr inbounds float, ptr %work, i64 %1515
  %1517 = load <16 x float>, ptr %1516, align 4
  %1518 = add nuw nsw i64 %p3.addr.02415, %1505
  %1519 = or disjoint i64 %1518, 3072
  %1520 = getelementptr inbounds float, ptr %Bk, i64 %1519
  %1521 = load float, ptr %1520, align 4
  %1522 = insertelement <16 x float> poison, float %1521, i64 0
  %1523 = shufflevector <16 x float> %1522, <16 x float> poison, <16 x i32> zeroinitializer
  %1524 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1523, <16 x float> %1508, <16 x float> %acc8.02431)
  %1525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1523, <16 x float> %1511, <16 x float> %acc9.02430)
  %1526 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1523, <16 x float> %1514, <16 x float> %acc10.02429)
  %1527 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1523, <16 x float> %1517, <16 x float> %acc11.02428)
  %1528 = or disjoint i64 %1518, 3104
  %1529 = getelementptr inbounds float, ptr %Bk, i64 %1528
  %1530 = load float, ptr %1529, align 4
  %1531 = insertelement <16 x float> poison, float %1530, i64 0
  %1532 = shufflevector <16 x float> %1531, <16 x float> poison, <16 x i32> zeroinitializer
  %1533 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1532, <16 x float> %1508, <16 x float> %acc12.02427)
  %1534 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1532, <16 x float> %1511, <16 x float> %acc13.02426)
  %1535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1532, <16 x float> %1514, <16 x float> %acc14.02425)
  %1536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1532, <16 x float> %1517, <16 x float> %acc15.02424)
  %1537 = or disjoint i64 %1518, 3136
  %1538 = getelementptr inbounds float, ptr %Bk, i64 %1537
  %1539 = load float, ptr %1538, align 4
  %1540 = insertelement <16 x float> poison, float %1539, i64 0
  %1541 = shufflevector <16 x float> %1540, <16 x float> poison, <16 x i32> zeroinitializer
  %1542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1541, <16 x float> %1508, <16 x float> %acc16.02423)
  %1543 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1541, <16 x float> %1511, <16 x float> %acc17.02422)
  %1544 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1541, <16 x float> %1514, <16 x float> %acc18.02421)
  %1545 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1541, <16 x float> %1517, <16 x float> %acc19.02420)
  %1546 = or disjoint i64 %1518, 3168
  %1547 = getelementptr inbounds float, ptr %Bk, i64 %1546
  %1548 = load float, ptr %1547, align 4
  %1549 = insertelement <16 x float> poison, float %1548, i64 0
  %1550 = shufflevector <16 x float> %1549, <16 x float> poison, <16 x i32> zeroinitializer
  %1551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1550, <16 x float> %1508, <16 x float> %acc20.02419)
  %1552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1550, <16 x float> %1511, <16 x float> %acc21.02418)
  %1553 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1550, <16 x float> %1514, <16 x float> %acc22.02417)
  %1554 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1550, <16 x float> %1517, <16 x float> %acc23.02416)
  %p3.next = add nuw nsw i64 %p3.addr.02415, 1
  %exitcond2839.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2839.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1555 = shl nuw nsw i64 %i16.addr.02432, 6
  %1556 = getelementptr inbounds float, ptr %KSdS, i64 %1555
  store <16 x float> %1524, ptr %1556, align 4
  %1557 = or disjoint i64 %1555, 16
  %1558 = getelementptr inbounds float, ptr %KSdS, i64 %1557
  store <16 x float> %1525, ptr %1558, align 4
  %1559 = or disjoint i64 %1555, 32
  %1560 = getelementptr inbounds float, ptr %KSdS, i64 %1559
  store <16 x float> %1526, ptr %1560, align 4
  %1561 = or disjoint i64 %1555, 48
  %1562 = getelementptr inbounds float, ptr %KSdS, i64 %1561
  store <16 x float> %1527, ptr %1562, align 4
  %1563 = or disjoint i64 %1555, 64
  %1564 = getelementptr inbounds float, ptr %KSdS, i64 %1563
  store <16 x float> %1533, ptr %1564, align 4
  %1565 = or disjoint i64 %1555, 80
  %1566 = getelementptr inbounds float, ptr %KSdS, i64 %1565
  store <16 x float> %1534, ptr %1566, align 4
  %1567 = or disjoint i64 %1555, 96
  %1568 = getelementptr inbounds float, ptr %KSdS, i64 %1567
  store <16 x float> %1535, ptr %1568, align 4
  %1569 = or disjoint i64 %1555, 112
  %1570 = getelementptr inbounds float, ptr %KSdS, i64 %1569
  store <16 x float> %1536, ptr %1570, align 4
  %1571 = or disjoint i64 %1555, 128
  %1572 = getelementptr inbounds float, ptr %KSdS, i64 %1571
  store <16 x float> %1542, ptr %1572, align 4
  %1573 = or disjoint i64 %1555, 144
  %1574 = getelementptr inbounds float, ptr %KSdS, i64 %1573
  store <16 x float> %1543, ptr %1574, align 4
  %1575 = or disjoint i64 %1555, 160
  %1576 = getelementptr inbounds float, ptr %KSdS, i64 %1575
  store <16 x float> %1544, ptr %1576, align 4
  %1577 = or disjoint i64 %1555, 176
  %1578 = getelementptr inbounds float, ptr %KSdS, i64 %1577
  store <16 x float> %1545, ptr %1578, align 4
  %1579 = or disjoint i64 %1555, 192
  %1580 = getelementptr inbounds float, ptr %KSdS, i64 %1579
  store <16 x float> %1551, ptr %1580, align 4
  %1581 = or disjoint i64 %1555, 208
  %1582 = getelementptr inbounds float, ptr %KSdS, i64 %1581
  store <16 x float> %1552, ptr %1582, align 4
  %1583 = or disjoint i64 %1555, 224
  %1584 = getelementptr inbounds float, ptr %KSdS, i64 %1583
  store <16 x float> %1553, ptr %1584, align 4
  %1585 = or disjoint i64 %1555, 240
  %1586 = getelementptr inbounds float, ptr %KSdS, i64 %1585
  store <16 x float> %1554, ptr %1586, align 4
  %i16.next = add nuw nsw i64 %i16.addr.02432, 4
  %1587 = icmp ult i64 %i16.addr.02432, 28
  br i1 %1587, label %p3.head.preheader, label %p4.head.preheader

p4.head.preheader:                                ; preds = %p3.exit, %p4.head.preheader
  %i17.addr.02434 = phi i64 [ %i17.next.3, %p4.head.preheader ], [ 0, %p3.exit ]
  %.idx2643 = shl nsw i64 %i17.addr.02434, 7
  %1588 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2643
  %1589 = load <16 x float>, ptr %1588, align 4
  %.idx2644 = shl nsw i64 %i17.addr.02434, 8
  %1590 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2644
  %1591 = load <16 x float>, ptr %1590, align 4
  %1592 = fsub <16 x float> %1589, %1591
  store <16 x float> %1592, ptr %1588, align 4
  %1593 = getelementptr inbounds i8, ptr %48, i64 %.idx2643
  %1594 = load <16 x float>, ptr %1593, align 4
  %1595 = getelementptr inbounds i8, ptr %49, i64 %.idx2644
  %1596 = load <16 x float>, ptr %1595, align 4
  %1597 = fsub <16 x float> %1594, %1596
  store <16 x float> %1597, ptr %1593, align 4
  %i17.next = or disjoint i64 %i17.addr.02434, 1
  %.idx2643.1 = shl nsw i64 %i17.next, 7
  %1598 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2643.1
  %1599 = load <16 x float>, ptr %1598, align 4
  %.idx2644.1 = shl nsw i64 %i17.next, 8
  %1600 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2644.1
  %1601 = load <16 x float>, ptr %1600, align 4
  %1602 = fsub <16 x float> %1599, %1601
  store <16 x float> %1602, ptr %1598, align 4
  %1603 = getelementptr inbounds i8, ptr %48, i64 %.idx2643.1
  %1604 = load <16 x float>, ptr %1603, align 4
  %1605 = getelementptr inbounds i8, ptr %49, i64 %.idx2644.1
  %1606 = load <16 x float>, ptr %1605, align 4
  %1607 = fsub <16 x float> %1604, %1606
  store <16 x float> %1607, ptr %1603, align 4
  %i17.next.1 = or disjoint i64 %i17.addr.02434, 2
  %.idx2643.2 = shl nsw i64 %i17.next.1, 7
  %1608 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2643.2
  %1609 = load <16 x float>, ptr %1608, align 4
  %.idx2644.2 = shl nsw i64 %i17.next.1, 8
  %1610 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2644.2
  %1611 = load <16 x float>, ptr %1610, align 4
  %1612 = fsub <16 x float> %1609, %1611
  store <16 x float> %1612, ptr %1608, align 4
  %1613 = getelementptr inbounds i8, ptr %48, i64 %.idx2643.2
  %1614 = load <16 x float>, ptr %1613, align 4
  %1615 = getelementptr inbounds i8, ptr %49, i64 %.idx2644.2
  %1616 = load <16 x float>, ptr %1615, align 4
  %1617 = fsub <16 x float> %1614, %1616
  store <16 x float> %1617, ptr %1613, align 4
  %i17.next.2 = or disjoint i64 %i17.addr.02434, 3
  %.idx2643.3 = shl nsw i64 %i17.next.2, 7
  %1618 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2643.3
  %1619 = load <16 x float>, ptr %1618, align 4
  %.idx2644.3 = shl nsw i64 %i17.next.2, 8
  %1620 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2644.3
  %1621 = load <16 x float>, ptr %1620, align 4
  %1622 = fsub <16 x float> %1619, %1621
  store <16 x float> %1622, ptr %1618, align 4
  %1623 = getelementptr inbounds i8, ptr %48, i64 %.idx2643.3
  %1624 = load <16 x float>, ptr %1623, align 4
  %1625 = getelementptr inbounds i8, ptr %49, i64 %.idx2644.3
  %1626 = load <16 x float>, ptr %1625, align 4
  %1627 = fsub <16 x float> %1624, %1626
  store <16 x float> %1627, ptr %1623, align 4
  %i17.next.3 = add nuw nsw i64 %i17.addr.02434, 4
  %exitcond2840.not.3 = icmp eq i64 %i17.next.3, 32
  br i1 %exitcond2840.not.3, label %ib.body, label %p4.head.preheader

ib.body:                                          ; preds = %p4.head.preheader, %j17.exit
  %ib.addr.02451 = phi i64 [ %ib.next, %j17.exit ], [ 0, %p4.head.preheader ]
  %1628 = shl nuw nsw i64 %ib.addr.02451, 2
  %umax3389 = tail call i64 @llvm.umax.i64(i64 %1628, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02451, 2
  %.not2645 = icmp eq i64 %ib.addr.02451, 0
  br i1 %.not2645, label %j17.exit, label %j17.body.lr.ph

j17.body.lr.ph:                                   ; preds = %ib.body
  %.idx2373 = shl nuw nsw i64 %ib.addr.02451, 9
  %1629 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2373
  %1630 = shl nuw nsw i64 %ib.addr.02451, 7
  %1631 = or disjoint i64 %1630, 32
  %1632 = getelementptr inbounds float, ptr %Gm, i64 %1631
  %1633 = or disjoint i64 %1630, 64
  %1634 = getelementptr inbounds float, ptr %Gm, i64 %1633
  %1635 = or disjoint i64 %1630, 96
  %1636 = getelementptr inbounds float, ptr %Gm, i64 %1635
  %xtraiter = and i64 %umax3389, 1
  %1637 = icmp eq i64 %umax3389, 1
  br i1 %1637, label %j17.exit.loopexit.unr-lcssa, label %j17.body.lr.ph.new

j17.body.lr.ph.new:                               ; preds = %j17.body.lr.ph
  %unroll_iter = and i64 %umax3389, 9223372036854775804
  br label %j17.body

j17.body:                                         ; preds = %j17.body, %j17.body.lr.ph.new
  %acc24.02443 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1678, %j17.body ]
  %acc25.02442 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1679, %j17.body ]
  %acc26.02441 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1684, %j17.body ]
  %acc27.02440 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1685, %j17.body ]
  %acc28.02439 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1690, %j17.body ]
  %acc29.02438 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1691, %j17.body ]
  %acc30.02437 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1696, %j17.body ]
  %acc31.02436 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1697, %j17.body ]
  %j17.addr.02435 = phi i64 [ 0, %j17.body.lr.ph.new ], [ %j17.next.1, %j17.body ]
  %niter = phi i64 [ 0, %j17.body.lr.ph.new ], [ %niter.next.1, %j17.body ]
  %1638 = shl nsw i64 %j17.addr.02435, 5
  %1639 = getelementptr inbounds float, ptr %Vn, i64 %1638
  %1640 = load <16 x float>, ptr %1639, align 4
  %1641 = or disjoint i64 %1638, 16
  %1642 = getelementptr inbounds float, ptr %Vn, i64 %1641
  %1643 = load <16 x float>, ptr %1642, align 4
  %1644 = getelementptr inbounds float, ptr %1629, i64 %j17.addr.02435
  %1645 = load float, ptr %1644, align 4
  %1646 = insertelement <16 x float> poison, float %1645, i64 0
  %1647 = shufflevector <16 x float> %1646, <16 x float> poison, <16 x i32> zeroinitializer
  %1648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1647, <16 x float> %1640, <16 x float> %acc24.02443)
  %1649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1647, <16 x float> %1643, <16 x float> %acc25.02442)
  %1650 = getelementptr inbounds float, ptr %1632, i64 %j17.addr.02435
  %1651 = load float, ptr %1650, align 4
  %1652 = insertelement <16 x float> poison, float %1651, i64 0
  %1653 = shufflevector <16 x float> %1652, <16 x float> poison, <16 x i32> zeroinitializer
  %1654 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1653, <16 x float> %1640, <16 x float> %acc26.02441)
  %1655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1653, <16 x float> %1643, <16 x float> %acc27.02440)
  %1656 = getelementptr inbounds float, ptr %1634, i64 %j17.addr.02435
  %1657 = load float, ptr %1656, align 4
  %1658 = insertelement <16 x float> poison, float %1657, i64 0
  %1659 = shufflevector <16 x float> %1658, <16 x float> poison, <16 x i32> zeroinitializer
  %1660 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1659, <16 x float> %1640, <16 x float> %acc28.02439)
  %1661 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1659, <16 x float> %1643, <16 x float> %acc29.02438)
  %1662 = getelementptr inbounds float, ptr %1636, i64 %j17.addr.02435
  %1663 = load float, ptr %1662, align 4
  %1664 = insertelement <16 x float> poison, float %1663, i64 0
  %1665 = shufflevector <16 x float> %1664, <16 x float> poison, <16 x i32> zeroinitializer
  %1666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1665, <16 x float> %1640, <16 x float> %acc30.02437)
  %1667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1665, <16 x float> %1643, <16 x float> %acc31.02436)
  %j17.next = or disjoint i64 %j17.addr.02435, 1
  %1668 = shl nsw i64 %j17.next, 5
  %1669 = getelementptr inbounds float, ptr %Vn, i64 %1668
  %1670 = load <16 x float>, ptr %1669, align 4
  %1671 = or disjoint i64 %1668, 16
  %1672 = getelementptr inbounds float, ptr %Vn, i64 %1671
  %1673 = load <16 x float>, ptr %1672, align 4
  %1674 = getelementptr inbounds float, ptr %1629, i64 %j17.next
  %1675 = load float, ptr %1674, align 4
  %1676 = insertelement <16 x float> poison, float %1675, i64 0
  %1677 = shufflevector <16 x float> %1676, <16 x float> poison, <16 x i32> zeroinitializer
  %1678 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1677, <16 x float> %1670, <16 x float> %1648)
  %1679 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1677, <16 x float> %1673, <16 x float> %1649)
  %1680 = getelementptr inbounds float, ptr %1632, i64 %j17.next
  %1681 = load float, ptr %1680, align 4
  %1682 = insertelement <16 x float> poison, float %1681, i64 0
  %1683 = shufflevector <16 x float> %1682, <16 x float> poison, <16 x i32> zeroinitializer
  %1684 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1683, <16 x float> %1670, <16 x float> %1654)
  %1685 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1683, <16 x float> %1673, <16 x float> %1655)
  %1686 = getelementptr inbounds float, ptr %1634, i64 %j17.next
  %1687 = load float, ptr %1686, align 4
  %1688 = insertelement <16 x float> poison, float %1687, i64 0
  %1689 = shufflevector <16 x float> %1688, <16 x float> poison, <16 x i32> zeroinitializer
  %1690 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1689, <16 x float> %1670, <16 x float> %1660)
  %1691 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1689, <16 x float> %1673, <16 x float> %1661)
  %1692 = getelementptr inbounds float, ptr %1636, i64 %j17.next
  %1693 = load float, ptr %1692, align 4
  %1694 = insertelement <16 x float> poison, float %1693, i64 0
  %1695 = shufflevector <16 x float> %1694, <16 x float> poison, <16 x i32> zeroinitializer
  %1696 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1695, <16 x float> %1670, <16 x float> %1666)
  %1697 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1695, <16 x float> %1673, <16 x float> %1667)
  %j17.next.1 = add nuw nsw i64 %j17.addr.02435, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j17.exit.loopexit.unr-lcssa, label %j17.body

j17.exit.loopexit.unr-lcssa:                      ; preds = %j17.body, %j17.body.lr.ph
  %.lcssa3260.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1678, %j17.body ]
  %.lcssa3259.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1679, %j17.body ]
  %.lcssa3258.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1684, %j17.body ]
  %.lcssa3257.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1685, %j17.body ]
  %.lcssa3256.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1690, %j17.body ]
  %.lcssa3255.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1691, %j17.body ]
  %.lcssa3254.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1696, %j17.body ]
  %.lcssa3253.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1697, %j17.body ]
  %acc24.02443.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1678, %j17.body ]
  %acc25.02442.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1679, %j17.body ]
  %acc26.02441.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1684, %j17.body ]
  %acc27.02440.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1685, %j17.body ]
  %acc28.02439.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1690, %j17.body ]
  %acc29.02438.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1691, %j17.body ]
  %acc30.02437.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1696, %j17.body ]
  %acc31.02436.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1697, %j17.body ]
  %j17.addr.02435.unr = phi i64 [ 0, %j17.body.lr.ph ], [ %j17.next.1, %j17.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j17.exit, label %j17.body.epil

j17.body.epil:                                    ; preds = %j17.exit.loopexit.unr-lcssa
  %1698 = shl nsw i64 %j17.addr.02435.unr, 5
  %1699 = getelementptr inbounds float, ptr %Vn, i64 %1698
  %1700 = load <16 x float>, ptr %1699, align 4
  %1701 = or disjoint i64 %1698, 16
  %1702 = getelementptr inbounds float, ptr %Vn, i64 %1701
  %1703 = load <16 x float>, ptr %1702, align 4
  %1704 = getelementptr inbounds float, ptr %1629, i64 %j17.addr.02435.unr
  %1705 = load float, ptr %1704, align 4
  %1706 = insertelement <16 x float> poison, float %1705, i64 0
  %1707 = shufflevector <16 x float> %1706, <16 x float> poison, <16 x i32> zeroinitializer
  %1708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1707, <16 x float> %1700, <16 x float> %acc24.02443.unr)
  %1709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1707, <16 x float> %1703, <16 x float> %acc25.02442.unr)
  %1710 = getelementptr inbounds float, ptr %1632, i64 %j17.addr.02435.unr
  %1711 = load float, ptr %1710, align 4
  %1712 = insertelement <16 x float> poison, float %1711, i64 0
  %1713 = shufflevector <16 x float> %1712, <16 x float> poison, <16 x i32> zeroinitializer
  %1714 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1713, <16 x float> %1700, <16 x float> %acc26.02441.unr)
  %1715 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1713, <16 x float> %1703, <16 x float> %acc27.02440.unr)
  %1716 = getelementptr inbounds float, ptr %1634, i64 %j17.addr.02435.unr
  %1717 = load float, ptr %1716, align 4
  %1718 = insertelement <16 x float> poison, float %1717, i64 0
  %1719 = shufflevector <16 x float> %1718, <16 x float> poison, <16 x i32> zeroinitializer
  %1720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1719, <16 x float> %1700, <16 x float> %acc28.02439.unr)
  %1721 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1719, <16 x float> %1703, <16 x float> %acc29.02438.unr)
  %1722 = getelementptr inbounds float, ptr %1636, i64 %j17.addr.02435.unr
  %1723 = load float, ptr %1722, align 4
  %1724 = insertelement <16 x float> poison, float %1723, i64 0
  %1725 = shufflevector <16 x float> %1724, <16 x float> poison, <16 x i32> zeroinitializer
  %1726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1725, <16 x float> %1700, <16 x float> %acc30.02437.unr)
  %1727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1725, <16 x float> %1703, <16 x float> %acc31.02436.unr)
  br label %j17.exit

j17.exit:                                         ; preds = %j17.body.epil, %j17.exit.loopexit.unr-lcssa, %ib.body
  %.pre-phi2873 = phi i64 [ 0, %ib.body ], [ %.idx2373, %j17.exit.loopexit.unr-lcssa ], [ %.idx2373, %j17.body.epil ]
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1630, %j17.exit.loopexit.unr-lcssa ], [ %1630, %j17.body.epil ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3253.ph, %j17.exit.loopexit.unr-lcssa ], [ %1727, %j17.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3254.ph, %j17.exit.loopexit.unr-lcssa ], [ %1726, %j17.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3255.ph, %j17.exit.loopexit.unr-lcssa ], [ %1721, %j17.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3256.ph, %j17.exit.loopexit.unr-lcssa ], [ %1720, %j17.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3257.ph, %j17.exit.loopexit.unr-lcssa ], [ %1715, %j17.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3258.ph, %j17.exit.loopexit.unr-lcssa ], [ %1714, %j17.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3259.ph, %j17.exit.loopexit.unr-lcssa ], [ %1709, %j17.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3260.ph, %j17.exit.loopexit.unr-lcssa ], [ %1708, %j17.body.epil ]
  %1728 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1729 = load float, ptr %1728, align 4
  %1730 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1731 = load <16 x float>, ptr %1730, align 4
  %1732 = fsub <16 x float> %1731, %acc24.0.lcssa
  store <16 x float> %1732, ptr %1730, align 4
  %1733 = insertelement <16 x float> poison, float %1729, i64 0
  %1734 = shufflevector <16 x float> %1733, <16 x float> poison, <16 x i32> zeroinitializer
  %1735 = fmul <16 x float> %1734, %1732
  %1736 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1735, ptr %1736, align 4
  %1737 = getelementptr inbounds float, ptr %Ak, i64 %.pre-phi2873
  store <16 x float> %1735, ptr %1737, align 4
  %1738 = or disjoint i64 %.pre-phi, 16
  %1739 = getelementptr inbounds float, ptr %Rr, i64 %1738
  %1740 = load <16 x float>, ptr %1739, align 4
  %1741 = fsub <16 x float> %1740, %acc25.0.lcssa
  store <16 x float> %1741, ptr %1739, align 4
  %1742 = fmul <16 x float> %1734, %1741
  %1743 = getelementptr inbounds float, ptr %Vn, i64 %1738
  store <16 x float> %1742, ptr %1743, align 4
  %1744 = or disjoint i64 %.pre-phi2873, 16
  %1745 = getelementptr inbounds float, ptr %Ak, i64 %1744
  store <16 x float> %1742, ptr %1745, align 4
  %i18 = or disjoint i64 %i0, 1
  %1746 = shl nuw nsw i64 %i18, 5
  %1747 = or disjoint i64 %1746, %i0
  %1748 = getelementptr inbounds float, ptr %Gm, i64 %1747
  %1749 = load float, ptr %1748, align 4
  %1750 = insertelement <16 x float> poison, float %1749, i64 0
  %1751 = shufflevector <16 x float> %1750, <16 x float> poison, <16 x i32> zeroinitializer
  %1752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1751, <16 x float> %1735, <16 x float> %acc26.0.lcssa)
  %1753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1751, <16 x float> %1742, <16 x float> %acc27.0.lcssa)
  %1754 = getelementptr inbounds float, ptr %bet, i64 %i18
  %1755 = load float, ptr %1754, align 4
  %1756 = getelementptr inbounds float, ptr %Rr, i64 %1746
  %1757 = load <16 x float>, ptr %1756, align 4
  %1758 = fsub <16 x float> %1757, %1752
  store <16 x float> %1758, ptr %1756, align 4
  %1759 = insertelement <16 x float> poison, float %1755, i64 0
  %1760 = shufflevector <16 x float> %1759, <16 x float> poison, <16 x i32> zeroinitializer
  %1761 = fmul <16 x float> %1760, %1758
  %1762 = getelementptr inbounds float, ptr %Vn, i64 %1746
  store <16 x float> %1761, ptr %1762, align 4
  %1763 = shl nuw nsw i64 %i18, 7
  %1764 = getelementptr inbounds float, ptr %Ak, i64 %1763
  store <16 x float> %1761, ptr %1764, align 4
  %1765 = or disjoint i64 %1746, 16
  %1766 = getelementptr inbounds float, ptr %Rr, i64 %1765
  %1767 = load <16 x float>, ptr %1766, align 4
  %1768 = fsub <16 x float> %1767, %1753
  store <16 x float> %1768, ptr %1766, align 4
  %1769 = fmul <16 x float> %1760, %1768
  %1770 = getelementptr inbounds float, ptr %Vn, i64 %1765
  store <16 x float> %1769, ptr %1770, align 4
  %1771 = or disjoint i64 %1763, 16
  %1772 = getelementptr inbounds float, ptr %Ak, i64 %1771
  store <16 x float> %1769, ptr %1772, align 4
  %i19 = or disjoint i64 %i0, 2
  %1773 = shl nuw nsw i64 %i19, 5
  %1774 = or disjoint i64 %1773, %i0
  %1775 = getelementptr inbounds float, ptr %Gm, i64 %1774
  %1776 = load float, ptr %1775, align 4
  %1777 = insertelement <16 x float> poison, float %1776, i64 0
  %1778 = shufflevector <16 x float> %1777, <16 x float> poison, <16 x i32> zeroinitializer
  %1779 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1778, <16 x float> %1735, <16 x float> %acc28.0.lcssa)
  %1780 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1778, <16 x float> %1742, <16 x float> %acc29.0.lcssa)
  %1781 = or disjoint i64 %1773, %i18
  %1782 = getelementptr inbounds float, ptr %Gm, i64 %1781
  %1783 = load float, ptr %1782, align 4
  %1784 = insertelement <16 x float> poison, float %1783, i64 0
  %1785 = shufflevector <16 x float> %1784, <16 x float> poison, <16 x i32> zeroinitializer
  %1786 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1785, <16 x float> %1761, <16 x float> %1779)
  %1787 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1785, <16 x float> %1769, <16 x float> %1780)
  %1788 = getelementptr inbounds float, ptr %bet, i64 %i19
  %1789 = load float, ptr %1788, align 4
  %1790 = getelementptr inbounds float, ptr %Rr, i64 %1773
  %1791 = load <16 x float>, ptr %1790, align 4
  %1792 = fsub <16 x float> %1791, %1786
  store <16 x float> %1792, ptr %1790, align 4
  %1793 = insertelement <16 x float> poison, float %1789, i64 0
  %1794 = shufflevector <16 x float> %1793, <16 x float> poison, <16 x i32> zeroinitializer
  %1795 = fmul <16 x float> %1794, %1792
  %1796 = getelementptr inbounds float, ptr %Vn, i64 %1773
  store <16 x float> %1795, ptr %1796, align 4
  %1797 = shl nuw nsw i64 %i19, 7
  %1798 = getelementptr inbounds float, ptr %Ak, i64 %1797
  store <16 x float> %1795, ptr %1798, align 4
  %1799 = or disjoint i64 %1773, 16
  %1800 = getelementptr inbounds float, ptr %Rr, i64 %1799
  %1801 = load <16 x float>, ptr %1800, align 4
  %1802 = fsub <16 x float> %1801, %1787
  store <16 x float> %1802, ptr %1800, align 4
  %1803 = fmul <16 x float> %1794, %1802
  %1804 = getelementptr inbounds float, ptr %Vn, i64 %1799
  store <16 x float> %1803, ptr %1804, align 4
  %1805 = or disjoint i64 %1797, 16
  %1806 = getelementptr inbounds float, ptr %Ak, i64 %1805
  store <16 x float> %1803, ptr %1806, align 4
  %i20 = or disjoint i64 %i0, 3
  %1807 = shl nuw nsw i64 %i20, 5
  %1808 = or disjoint i64 %1807, %i0
  %1809 = getelementptr inbounds float, ptr %Gm, i64 %1808
  %1810 = load float, ptr %1809, align 4
  %1811 = insertelement <16 x float> poison, float %1810, i64 0
  %1812 = shufflevector <16 x float> %1811, <16 x float> poison, <16 x i32> zeroinitializer
  %1813 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1812, <16 x float> %1735, <16 x float> %acc30.0.lcssa)
  %1814 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1812, <16 x float> %1742, <16 x float> %acc31.0.lcssa)
  %1815 = or disjoint i64 %1807, %i18
  %1816 = getelementptr inbounds float, ptr %Gm, i64 %1815
  %1817 = load float, ptr %1816, align 4
  %1818 = insertelement <16 x float> poison, float %1817, i64 0
  %1819 = shufflevector <16 x float> %1818, <16 x float> poison, <16 x i32> zeroinitializer
  %1820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1819, <16 x float> %1761, <16 x float> %1813)
  %1821 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1819, <16 x float> %1769, <16 x float> %1814)
  %1822 = or disjoint i64 %1807, %i19
  %1823 = getelementptr inbounds float, ptr %Gm, i64 %1822
  %1824 = load float, ptr %1823, align 4
  %1825 = insertelement <16 x float> poison, float %1824, i64 0
  %1826 = shufflevector <16 x float> %1825, <16 x float> poison, <16 x i32> zeroinitializer
  %1827 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1826, <16 x float> %1795, <16 x float> %1820)
  %1828 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1826, <16 x float> %1803, <16 x float> %1821)
  %1829 = getelementptr inbounds float, ptr %bet, i64 %i20
  %1830 = load float, ptr %1829, align 4
  %1831 = getelementptr inbounds float, ptr %Rr, i64 %1807
  %1832 = load <16 x float>, ptr %1831, align 4
  %1833 = fsub <16 x float> %1832, %1827
  store <16 x float> %1833, ptr %1831, align 4
  %1834 = insertelement <16 x float> poison, float %1830, i64 0
  %1835 = shufflevector <16 x float> %1834, <16 x float> poison, <16 x i32> zeroinitializer
  %1836 = fmul <16 x float> %1835, %1833
  %1837 = getelementptr inbounds float, ptr %Vn, i64 %1807
  store <16 x float> %1836, ptr %1837, align 4
  %1838 = shl nuw nsw i64 %i20, 7
  %1839 = getelementptr inbounds float, ptr %Ak, i64 %1838
  store <16 x float> %1836, ptr %1839, align 4
  %1840 = or disjoint i64 %1807, 16
  %1841 = getelementptr inbounds float, ptr %Rr, i64 %1840
  %1842 = load <16 x float>, ptr %1841, align 4
  %1843 = fsub <16 x float> %1842, %1828
  store <16 x float> %1843, ptr %1841, align 4
  %1844 = fmul <16 x float> %1835, %1843
  %1845 = getelementptr inbounds float, ptr %Vn, i64 %1840
  store <16 x float> %1844, ptr %1845, align 4
  %1846 = or disjoint i64 %1838, 16
  %1847 = getelementptr inbounds float, ptr %Ak, i64 %1846
  store <16 x float> %1844, ptr %1847, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02451, 1
  %exitcond2842.not = icmp eq i64 %ib.next, 8
  br i1 %exitcond2842.not, label %j18.head.preheader, label %ib.body

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %1848 = phi i1 [ false, %j18.exit ], [ true, %j17.exit ]
  %i21.addr.02453 = phi i64 [ 16, %j18.exit ], [ 0, %j17.exit ]
  %1849 = shl nuw nsw i64 %i21.addr.02453, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %1850 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02452 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %1851 = or disjoint i64 %j18.addr.02452, %1849
  %1852 = getelementptr inbounds float, ptr %Vn, i64 %1851
  %1853 = load <16 x float>, ptr %1852, align 4
  %1854 = or disjoint i64 %1851, 256
  %1855 = getelementptr inbounds float, ptr %Vn, i64 %1854
  %1856 = load <16 x float>, ptr %1855, align 4
  %1857 = or disjoint i64 %1851, 32
  %1858 = getelementptr inbounds float, ptr %Vn, i64 %1857
  %1859 = load <16 x float>, ptr %1858, align 4
  %1860 = or disjoint i64 %1851, 288
  %1861 = getelementptr inbounds float, ptr %Vn, i64 %1860
  %1862 = load <16 x float>, ptr %1861, align 4
  %1863 = or disjoint i64 %1851, 64
  %1864 = getelementptr inbounds float, ptr %Vn, i64 %1863
  %1865 = load <16 x float>, ptr %1864, align 4
  %1866 = or disjoint i64 %1851, 320
  %1867 = getelementptr inbounds float, ptr %Vn, i64 %1866
  %1868 = load <16 x float>, ptr %1867, align 4
  %1869 = or disjoint i64 %1851, 96
  %1870 = getelementptr inbounds float, ptr %Vn, i64 %1869
  %1871 = load <16 x float>, ptr %1870, align 4
  %1872 = or disjoint i64 %1851, 352
  %1873 = getelementptr inbounds float, ptr %Vn, i64 %1872
  %1874 = load <16 x float>, ptr %1873, align 4
  %1875 = or disjoint i64 %1851, 128
  %1876 = getelementptr inbounds float, ptr %Vn, i64 %1875
  %1877 = load <16 x float>, ptr %1876, align 4
  %1878 = or disjoint i64 %1851, 384
  %1879 = getelementptr inbounds float, ptr %Vn, i64 %1878
  %1880 = load <16 x float>, ptr %1879, align 4
  %1881 = or disjoint i64 %1851, 160
  %1882 = getelementptr inbounds float, ptr %Vn, i64 %1881
  %1883 = load <16 x float>, ptr %1882, align 4
  %1884 = or disjoint i64 %1851, 416
  %1885 = getelementptr inbounds float, ptr %Vn, i64 %1884
  %1886 = load <16 x float>, ptr %1885, align 4
  %1887 = or disjoint i64 %1851, 192
  %1888 = getelementptr inbounds float, ptr %Vn, i64 %1887
  %1889 = load <16 x float>, ptr %1888, align 4
  %1890 = or disjoint i64 %1851, 448
  %1891 = getelementptr inbounds float, ptr %Vn, i64 %1890
  %1892 = load <16 x float>, ptr %1891, align 4
  %1893 = or disjoint i64 %1851, 224
  %1894 = getelementptr inbounds float, ptr %Vn, i64 %1893
  %1895 = load <16 x float>, ptr %1894, align 4
  %1896 = or disjoint i64 %1851, 480
  %1897 = getelementptr inbounds float, ptr %Vn, i64 %1896
  %1898 = load <16 x float>, ptr %1897, align 4
  %1899 = shufflevector <16 x float> %1853, <16 x float> %1856, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1900 = shufflevector <16 x float> %1877, <16 x float> %1880, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1901 = shufflevector <16 x float> %1859, <16 x float> %1862, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1902 = shufflevector <16 x float> %1883, <16 x float> %1886, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1903 = shufflevector <16 x float> %1865, <16 x float> %1868, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1904 = shufflevector <16 x float> %1889, <16 x float> %1892, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1905 = shufflevector <16 x float> %1871, <16 x float> %1874, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1906 = shufflevector <16 x float> %1895, <16 x float> %1898, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1907 = shufflevector <16 x float> %1853, <16 x float> %1856, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1908 = shufflevector <16 x float> %1877, <16 x float> %1880, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1909 = shufflevector <16 x float> %1859, <16 x float> %1862, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1910 = shufflevector <16 x float> %1883, <16 x float> %1886, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1911 = shufflevector <16 x float> %1865, <16 x float> %1868, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1912 = shufflevector <16 x float> %1889, <16 x float> %1892, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1913 = shufflevector <16 x float> %1871, <16 x float> %1874, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1914 = shufflevector <16 x float> %1895, <16 x float> %1898, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1915 = shufflevector <16 x float> %1899, <16 x float> %1900, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1916 = shufflevector <16 x float> %1903, <16 x float> %1904, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1917 = shufflevector <16 x float> %1901, <16 x float> %1902, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1918 = shufflevector <16 x float> %1905, <16 x float> %1906, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1919 = shufflevector <16 x float> %1899, <16 x float> %1900, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1920 = shufflevector <16 x float> %1903, <16 x float> %1904, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1921 = shufflevector <16 x float> %1901, <16 x float> %1902, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1922 = shufflevector <16 x float> %1905, <16 x float> %1906, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1923 = shufflevector <16 x float> %1907, <16 x float> %1908, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1924 = shufflevector <16 x float> %1911, <16 x float> %1912, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1925 = shufflevector <16 x float> %1909, <16 x float> %1910, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1926 = shufflevector <16 x float> %1913, <16 x float> %1914, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1927 = shufflevector <16 x float> %1907, <16 x float> %1908, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1928 = shufflevector <16 x float> %1911, <16 x float> %1912, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1929 = shufflevector <16 x float> %1909, <16 x float> %1910, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1930 = shufflevector <16 x float> %1913, <16 x float> %1914, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1931 = shufflevector <16 x float> %1915, <16 x float> %1916, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1932 = shufflevector <16 x float> %1917, <16 x float> %1918, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1933 = shufflevector <16 x float> %1915, <16 x float> %1916, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1934 = shufflevector <16 x float> %1917, <16 x float> %1918, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1935 = shufflevector <16 x float> %1919, <16 x float> %1920, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1936 = shufflevector <16 x float> %1921, <16 x float> %1922, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1937 = shufflevector <16 x float> %1919, <16 x float> %1920, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1938 = shufflevector <16 x float> %1921, <16 x float> %1922, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1939 = shufflevector <16 x float> %1923, <16 x float> %1924, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1940 = shufflevector <16 x float> %1925, <16 x float> %1926, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1941 = shufflevector <16 x float> %1923, <16 x float> %1924, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1942 = shufflevector <16 x float> %1925, <16 x float> %1926, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1943 = shufflevector <16 x float> %1927, <16 x float> %1928, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1944 = shufflevector <16 x float> %1929, <16 x float> %1930, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1945 = shufflevector <16 x float> %1927, <16 x float> %1928, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1946 = shufflevector <16 x float> %1929, <16 x float> %1930, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1947 = shufflevector <16 x float> %1931, <16 x float> %1932, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1948 = shl nuw nsw i64 %j18.addr.02452, 5
  %1949 = or disjoint i64 %1948, %i21.addr.02453
  %1950 = getelementptr inbounds float, ptr %VnT, i64 %1949
  store <16 x float> %1947, ptr %1950, align 4
  %1951 = shufflevector <16 x float> %1931, <16 x float> %1932, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1952 = or disjoint i64 %1949, 32
  %1953 = getelementptr inbounds float, ptr %VnT, i64 %1952
  store <16 x float> %1951, ptr %1953, align 4
  %1954 = shufflevector <16 x float> %1933, <16 x float> %1934, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1955 = or disjoint i64 %1949, 64
  %1956 = getelementptr inbounds float, ptr %VnT, i64 %1955
  store <16 x float> %1954, ptr %1956, align 4
  %1957 = shufflevector <16 x float> %1933, <16 x float> %1934, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1958 = or disjoint i64 %1949, 96
  %1959 = getelementptr inbounds float, ptr %VnT, i64 %1958
  store <16 x float> %1957, ptr %1959, align 4
  %1960 = shufflevector <16 x float> %1935, <16 x float> %1936, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1961 = or disjoint i64 %1949, 128
  %1962 = getelementptr inbounds float, ptr %VnT, i64 %1961
  store <16 x float> %1960, ptr %1962, align 4
  %1963 = shufflevector <16 x float> %1935, <16 x float> %1936, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1964 = or disjoint i64 %1949, 160
  %1965 = getelementptr inbounds float, ptr %VnT, i64 %1964
  store <16 x float> %1963, ptr %1965, align 4
  %1966 = shufflevector <16 x float> %1937, <16 x float> %1938, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1967 = or disjoint i64 %1949, 192
  %1968 = getelementptr inbounds float, ptr %VnT, i64 %1967
  store <16 x float> %1966, ptr %1968, align 4
  %1969 = shufflevector <16 x float> %1937, <16 x float> %1938, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1970 = or disjoint i64 %1949, 224
  %1971 = getelementptr inbounds float, ptr %VnT, i64 %1970
  store <16 x float> %1969, ptr %1971, align 4
  %1972 = shufflevector <16 x float> %1939, <16 x float> %1940, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1973 = or disjoint i64 %1949, 256
  %1974 = getelementptr inbounds float, ptr %VnT, i64 %1973
  store <16 x float> %1972, ptr %1974, align 4
  %1975 = shufflevector <16 x float> %1939, <16 x float> %1940, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1976 = or disjoint i64 %1949, 288
  %1977 = getelementptr inbounds float, ptr %VnT, i64 %1976
  store <16 x float> %1975, ptr %1977, align 4
  %1978 = shufflevector <16 x float> %1941, <16 x float> %1942, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1979 = or disjoint i64 %1949, 320
  %1980 = getelementptr inbounds float, ptr %VnT, i64 %1979
  store <16 x float> %1978, ptr %1980, align 4
  %1981 = shufflevector <16 x float> %1941, <16 x float> %1942, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1982 = or disjoint i64 %1949, 352
  %1983 = getelementptr inbounds float, ptr %VnT, i64 %1982
  store <16 x float> %1981, ptr %1983, align 4
  %1984 = shufflevector <16 x float> %1943, <16 x float> %1944, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1985 = or disjoint i64 %1949, 384
  %1986 = getelementptr inbounds float, ptr %VnT, i64 %1985
  store <16 x float> %1984, ptr %1986, align 4
  %1987 = shufflevector <16 x float> %1943, <16 x float> %1944, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1988 = or disjoint i64 %1949, 416
  %1989 = getelementptr inbounds float, ptr %VnT, i64 %1988
  store <16 x float> %1987, ptr %1989, align 4
  %1990 = shufflevector <16 x float> %1945, <16 x float> %1946, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1991 = or disjoint i64 %1949, 448
  %1992 = getelementptr inbounds float, ptr %VnT, i64 %1991
  store <16 x float> %1990, ptr %1992, align 4
  %1993 = shufflevector <16 x float> %1945, <16 x float> %1946, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1994 = or disjoint i64 %1949, 480
  %1995 = getelementptr inbounds float, ptr %VnT, i64 %1994
  store <16 x float> %1993, ptr %1995, align 4
  br i1 %1850, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  br i1 %1848, label %j18.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %j18.exit, %p5.exit
  %i22.addr.02471 = phi i64 [ %i22.next, %p5.exit ], [ 0, %j18.exit ]
  %1996 = shl nuw nsw i64 %i22.addr.02471, 5
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc32.02470 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2009, %p5.body ]
  %acc33.02469 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2010, %p5.body ]
  %acc34.02468 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2016, %p5.body ]
  %acc35.02467 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2017, %p5.body ]
  %acc36.02466 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2023, %p5.body ]
  %acc37.02465 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2024, %p5.body ]
  %acc38.02464 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2030, %p5.body ]
  %acc39.02463 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2031, %p5.body ]
  %acc40.02462 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2037, %p5.body ]
  %acc41.02461 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2038, %p5.body ]
  %acc42.02460 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2044, %p5.body ]
  %acc43.02459 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2045, %p5.body ]
  %acc44.02458 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2051, %p5.body ]
  %acc45.02457 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2052, %p5.body ]
  %acc46.02456 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2058, %p5.body ]
  %acc47.02455 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2059, %p5.body ]
  %p5.addr.02454 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %1997 = shl nuw nsw i64 %p5.addr.02454, 5
  %1998 = getelementptr inbounds float, ptr %QcT, i64 %1997
  %1999 = load <16 x float>, ptr %1998, align 4
  %2000 = or disjoint i64 %1997, 16
  %2001 = getelementptr inbounds float, ptr %QcT, i64 %2000
  %2002 = load <16 x float>, ptr %2001, align 4
  %2003 = add nuw nsw i64 %p5.addr.02454, %1996
  %2004 = or disjoint i64 %2003, 3072
  %2005 = getelementptr inbounds float, ptr %Bk, i64 %2004
  %2006 = load float, ptr %2005, align 4
  %2007 = insertelement <16 x float> poison, float %2006, i64 0
  %2008 = shufflevector <16 x float> %2007, <16 x float> poison, <16 x i32> zeroinitializer
  %2009 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2008, <16 x float> %1999, <16 x float> %acc32.02470)
  %2010 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2008, <16 x float> %2002, <16 x float> %acc33.02469)
  %2011 = or disjoint i64 %2003, 3104
  %2012 = getelementptr inbounds float, ptr %Bk, i64 %2011
  %2013 = load float, ptr %2012, align 4
  %2014 = insertelement <16 x float> poison, float %2013, i64 0
  %2015 = shufflevector <16 x float> %2014, <16 x float> poison, <16 x i32> zeroinitializer
  %2016 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2015, <16 x float> %1999, <16 x float> %acc34.02468)
  %2017 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2015, <16 x float> %2002, <16 x float> %acc35.02467)
  %2018 = or disjoint i64 %2003, 3136
  %2019 = getelementptr inbounds float, ptr %Bk, i64 %2018
  %2020 = load float, ptr %2019, align 4
  %2021 = insertelement <16 x float> poison, float %2020, i64 0
  %2022 = shufflevector <16 x float> %2021, <16 x float> poison, <16 x i32> zeroinitializer
  %2023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2022, <16 x float> %1999, <16 x float> %acc36.02466)
  %2024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2022, <16 x float> %2002, <16 x float> %acc37.02465)
  %2025 = or disjoint i64 %2003, 3168
  %2026 = getelementptr inbounds float, ptr %Bk, i64 %2025
  %2027 = load float, ptr %2026, align 4
  %2028 = insertelement <16 x float> poison, float %2027, i64 0
  %2029 = shufflevector <16 x float> %2028, <16 x float> poison, <16 x i32> zeroinitializer
  %2030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2029, <16 x float> %1999, <16 x float> %acc38.02464)
  %2031 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2029, <16 x float> %2002, <16 x float> %acc39.02463)
  %2032 = or disjoint i64 %2003, 3200
  %2033 = getelementptr inbounds float, ptr %Bk, i64 %2032
  %2034 = load float, ptr %2033, align 4
  %2035 = insertelement <16 x float> poison, float %2034, i64 0
  %2036 = shufflevector <16 x float> %2035, <16 x float> poison, <16 x i32> zeroinitializer
  %2037 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2036, <16 x float> %1999, <16 x float> %acc40.02462)
  %2038 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2036, <16 x float> %2002, <16 x float> %acc41.02461)
  %2039 = or disjoint i64 %2003, 3232
  %2040 = getelementptr inbounds float, ptr %Bk, i64 %2039
  %2041 = load float, ptr %2040, align 4
  %2042 = insertelement <16 x float> poison, float %2041, i64 0
  %2043 = shufflevector <16 x float> %2042, <16 x float> poison, <16 x i32> zeroinitializer
  %2044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2043, <16 x float> %1999, <16 x float> %acc42.02460)
  %2045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2043, <16 x float> %2002, <16 x float> %acc43.02459)
  %2046 = or disjoint i64 %2003, 3264
  %2047 = getelementptr inbounds float, ptr %Bk, i64 %2046
  %2048 = load float, ptr %2047, align 4
  %2049 = insertelement <16 x float> poison, float %2048, i64 0
  %2050 = shufflevector <16 x float> %2049, <16 x float> poison, <16 x i32> zeroinitializer
  %2051 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2050, <16 x float> %1999, <16 x float> %acc44.02458)
  %2052 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2050, <16 x float> %2002, <16 x float> %acc45.02457)
  %2053 = or disjoint i64 %2003, 3296
  %2054 = getelementptr inbounds float, ptr %Bk, i64 %2053
  %2055 = load float, ptr %2054, align 4
  %2056 = insertelement <16 x float> poison, float %2055, i64 0
  %2057 = shufflevector <16 x float> %2056, <16 x float> poison, <16 x i32> zeroinitializer
  %2058 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2057, <16 x float> %1999, <16 x float> %acc46.02456)
  %2059 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2057, <16 x float> %2002, <16 x float> %acc47.02455)
  %p5.next = add nuw nsw i64 %p5.addr.02454, 1
  %exitcond2843.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond2843.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %2060 = getelementptr inbounds float, ptr %PT, i64 %1996
  store <16 x float> %2009, ptr %2060, align 4
  %2061 = or disjoint i64 %1996, 16
  %2062 = getelementptr inbounds float, ptr %PT, i64 %2061
  store <16 x float> %2010, ptr %2062, align 4
  %2063 = or disjoint i64 %1996, 32
  %2064 = getelementptr inbounds float, ptr %PT, i64 %2063
  store <16 x float> %2016, ptr %2064, align 4
  %2065 = or disjoint i64 %1996, 48
  %2066 = getelementptr inbounds float, ptr %PT, i64 %2065
  store <16 x float> %2017, ptr %2066, align 4
  %2067 = or disjoint i64 %1996, 64
  %2068 = getelementptr inbounds float, ptr %PT, i64 %2067
  store <16 x float> %2023, ptr %2068, align 4
  %2069 = or disjoint i64 %1996, 80
  %2070 = getelementptr inbounds float, ptr %PT, i64 %2069
  store <16 x float> %2024, ptr %2070, align 4
  %2071 = or disjoint i64 %1996, 96
  %2072 = getelementptr inbounds float, ptr %PT, i64 %2071
  store <16 x float> %2030, ptr %2072, align 4
  %2073 = or disjoint i64 %1996, 112
  %2074 = getelementptr inbounds float, ptr %PT, i64 %2073
  store <16 x float> %2031, ptr %2074, align 4
  %2075 = or disjoint i64 %1996, 128
  %2076 = getelementptr inbounds float, ptr %PT, i64 %2075
  store <16 x float> %2037, ptr %2076, align 4
  %2077 = or disjoint i64 %1996, 144
  %2078 = getelementptr inbounds float, ptr %PT, i64 %2077
  store <16 x float> %2038, ptr %2078, align 4
  %2079 = or disjoint i64 %1996, 160
  %2080 = getelementptr inbounds float, ptr %PT, i64 %2079
  store <16 x float> %2044, ptr %2080, align 4
  %2081 = or disjoint i64 %1996, 176
  %2082 = getelementptr inbounds float, ptr %PT, i64 %2081
  store <16 x float> %2045, ptr %2082, align 4
  %2083 = or disjoint i64 %1996, 192
  %2084 = getelementptr inbounds float, ptr %PT, i64 %2083
  store <16 x float> %2051, ptr %2084, align 4
  %2085 = or disjoint i64 %1996, 208
  %2086 = getelementptr inbounds float, ptr %PT, i64 %2085
  store <16 x float> %2052, ptr %2086, align 4
  %2087 = or disjoint i64 %1996, 224
  %2088 = getelementptr inbounds float, ptr %PT, i64 %2087
  store <16 x float> %2058, ptr %2088, align 4
  %2089 = or disjoint i64 %1996, 240
  %2090 = getelementptr inbounds float, ptr %PT, i64 %2089
  store <16 x float> %2059, ptr %2090, align 4
  %i22.next = add nuw nsw i64 %i22.addr.02471, 8
  %2091 = icmp ult i64 %i22.addr.02471, 24
  br i1 %2091, label %p5.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p5.exit, %s1.head.preheader
  %t2.addr.02473 = phi i64 [ %t2.next.3, %s1.head.preheader ], [ 0, %p5.exit ]
  %2092 = shl nuw nsw i64 %t2.addr.02473, 5
  %2093 = getelementptr inbounds float, ptr %PT, i64 %2092
  %2094 = load <16 x float>, ptr %2093, align 4
  %2095 = getelementptr inbounds float, ptr %M, i64 %2092
  %2096 = load <16 x float>, ptr %2095, align 4
  %2097 = fmul <16 x float> %2094, %2096
  store <16 x float> %2097, ptr %2093, align 4
  %2098 = or disjoint i64 %2092, 16
  %2099 = getelementptr inbounds float, ptr %PT, i64 %2098
  %2100 = load <16 x float>, ptr %2099, align 4
  %2101 = getelementptr inbounds float, ptr %M, i64 %2098
  %2102 = load <16 x float>, ptr %2101, align 4
  %2103 = fmul <16 x float> %2100, %2102
  store <16 x float> %2103, ptr %2099, align 4
  %t2.next = shl i64 %t2.addr.02473, 5
  %2104 = or disjoint i64 %t2.next, 32
  %2105 = getelementptr inbounds float, ptr %PT, i64 %2104
  %2106 = load <16 x float>, ptr %2105, align 4
  %2107 = getelementptr inbounds float, ptr %M, i64 %2104
  %2108 = load <16 x float>, ptr %2107, align 4
  %2109 = fmul <16 x float> %2106, %2108
  store <16 x float> %2109, ptr %2105, align 4
  %2110 = or disjoint i64 %t2.next, 48
  %2111 = getelementptr inbounds float, ptr %PT, i64 %2110
  %2112 = load <16 x float>, ptr %2111, align 4
  %2113 = getelementptr inbounds float, ptr %M, i64 %2110
  %2114 = load <16 x float>, ptr %2113, align 4
  %2115 = fmul <16 x float> %2112, %2114
  store <16 x float> %2115, ptr %2111, align 4
  %t2.next.1 = shl i64 %t2.addr.02473, 5
  %2116 = or disjoint i64 %t2.next.1, 64
  %2117 = getelementptr inbounds float, ptr %PT, i64 %2116
  %2118 = load <16 x float>, ptr %2117, align 4
  %2119 = getelementptr inbounds float, ptr %M, i64 %2116
  %2120 = load <16 x float>, ptr %2119, align 4
  %2121 = fmul <16 x float> %2118, %2120
  store <16 x float> %2121, ptr %2117, align 4
  %2122 = or disjoint i64 %t2.next.1, 80
  %2123 = getelementptr inbounds float, ptr %PT, i64 %2122
  %2124 = load <16 x float>, ptr %2123, align 4
  %2125 = getelementptr inbounds float, ptr %M, i64 %2122
  %2126 = load <16 x float>, ptr %2125, align 4
  %2127 = fmul <16 x float> %2124, %2126
  store <16 x float> %2127, ptr %2123, align 4
  %t2.next.2 = shl i64 %t2.addr.02473, 5
  %2128 = or disjoint i64 %t2.next.2, 96
  %2129 = getelementptr inbounds float, ptr %PT, i64 %2128
  %2130 = load <16 x float>, ptr %2129, align 4
  %2131 = getelementptr inbounds float, ptr %M, i64 %2128
  %2132 = load <16 x float>, ptr %2131, align 4
  %2133 = fmul <16 x float> %2130, %2132
  store <16 x float> %2133, ptr %2129, align 4
  %2134 = or disjoint i64 %t2.next.2, 112
  %2135 = getelementptr inbounds float, ptr %PT, i64 %2134
  %2136 = load <16 x float>, ptr %2135, align 4
  %2137 = getelementptr inbounds float, ptr %M, i64 %2134
  %2138 = load <16 x float>, ptr %2137, align 4
  %2139 = fmul <16 x float> %2136, %2138
  store <16 x float> %2139, ptr %2135, align 4
  %t2.next.3 = add nuw nsw i64 %t2.addr.02473, 4
  %exitcond2844.not.3 = icmp eq i64 %t2.next.3, 32
  br i1 %exitcond2844.not.3, label %j20.head.preheader, label %s1.head.preheader

j20.head.preheader:                               ; preds = %s1.head.preheader
  %2140 = load <16 x float>, ptr %invariant.gep3047, align 4
  store <16 x float> %2140, ptr %invariant.gep3049, align 4
  %2141 = load <16 x float>, ptr %invariant.gep3051, align 4
  store <16 x float> %2141, ptr %invariant.gep3053, align 4
  %2142 = load <16 x float>, ptr %gep3048.1, align 4
  store <16 x float> %2142, ptr %gep3050.1, align 4
  %2143 = load <16 x float>, ptr %gep3052.1, align 4
  store <16 x float> %2143, ptr %gep3054.1, align 4
  %2144 = load <16 x float>, ptr %gep3048.2, align 4
  store <16 x float> %2144, ptr %gep3050.2, align 4
  %2145 = load <16 x float>, ptr %gep3052.2, align 4
  store <16 x float> %2145, ptr %gep3054.2, align 4
  %2146 = load <16 x float>, ptr %gep3048.3, align 4
  store <16 x float> %2146, ptr %gep3050.3, align 4
  %2147 = load <16 x float>, ptr %gep3052.3, align 4
  store <16 x float> %2147, ptr %gep3054.3, align 4
  %2148 = load <16 x float>, ptr %gep3048.4, align 4
  store <16 x float> %2148, ptr %gep3050.4, align 4
  %2149 = load <16 x float>, ptr %gep3052.4, align 4
  store <16 x float> %2149, ptr %gep3054.4, align 4
  %2150 = load <16 x float>, ptr %gep3048.5, align 4
  store <16 x float> %2150, ptr %gep3050.5, align 4
  %2151 = load <16 x float>, ptr %gep3052.5, align 4
  store <16 x float> %2151, ptr %gep3054.5, align 4
  %2152 = load <16 x float>, ptr %gep3048.6, align 4
  store <16 x float> %2152, ptr %gep3050.6, align 4
  %2153 = load <16 x float>, ptr %gep3052.6, align 4
  store <16 x float> %2153, ptr %gep3054.6, align 4
  %2154 = load <16 x float>, ptr %gep3048.7, align 4
  store <16 x float> %2154, ptr %gep3050.7, align 4
  %2155 = load <16 x float>, ptr %gep3052.7, align 4
  store <16 x float> %2155, ptr %gep3054.7, align 4
  %2156 = load <16 x float>, ptr %gep3048.8, align 4
  store <16 x float> %2156, ptr %gep3050.8, align 4
  %2157 = load <16 x float>, ptr %gep3052.8, align 4
  store <16 x float> %2157, ptr %gep3054.8, align 4
  %2158 = load <16 x float>, ptr %gep3048.9, align 4
  store <16 x float> %2158, ptr %gep3050.9, align 4
  %2159 = load <16 x float>, ptr %gep3052.9, align 4
  store <16 x float> %2159, ptr %gep3054.9, align 4
  %2160 = load <16 x float>, ptr %gep3048.10, align 4
  store <16 x float> %2160, ptr %gep3050.10, align 4
  %2161 = load <16 x float>, ptr %gep3052.10, align 4
  store <16 x float> %2161, ptr %gep3054.10, align 4
  %2162 = load <16 x float>, ptr %gep3048.11, align 4
  store <16 x float> %2162, ptr %gep3050.11, align 4
  %2163 = load <16 x float>, ptr %gep3052.11, align 4
  store <16 x float> %2163, ptr %gep3054.11, align 4
  %2164 = load <16 x float>, ptr %gep3048.12, align 4
  store <16 x float> %2164, ptr %gep3050.12, align 4
  %2165 = load <16 x float>, ptr %gep3052.12, align 4
  store <16 x float> %2165, ptr %gep3054.12, align 4
  %2166 = load <16 x float>, ptr %gep3048.13, align 4
  store <16 x float> %2166, ptr %gep3050.13, align 4
  %2167 = load <16 x float>, ptr %gep3052.13, align 4
  store <16 x float> %2167, ptr %gep3054.13, align 4
  %2168 = load <16 x float>, ptr %gep3048.14, align 4
  store <16 x float> %2168, ptr %gep3050.14, align 4
  %2169 = load <16 x float>, ptr %gep3052.14, align 4
  store <16 x float> %2169, ptr %gep3054.14, align 4
  %2170 = load <16 x float>, ptr %gep3048.15, align 4
  store <16 x float> %2170, ptr %gep3050.15, align 4
  %2171 = load <16 x float>, ptr %gep3052.15, align 4
  store <16 x float> %2171, ptr %gep3054.15, align 4
  %2172 = load <16 x float>, ptr %gep3048.16, align 4
  store <16 x float> %2172, ptr %gep3050.16, align 4
  %2173 = load <16 x float>, ptr %gep3052.16, align 4
  store <16 x float> %2173, ptr %gep3054.16, align 4
  %2174 = load <16 x float>, ptr %gep3048.17, align 4
  store <16 x float> %2174, ptr %gep3050.17, align 4
  %2175 = load <16 x float>, ptr %gep3052.17, align 4
  store <16 x float> %2175, ptr %gep3054.17, align 4
  %2176 = load <16 x float>, ptr %gep3048.18, align 4
  store <16 x float> %2176, ptr %gep3050.18, align 4
  %2177 = load <16 x float>, ptr %gep3052.18, align 4
  store <16 x float> %2177, ptr %gep3054.18, align 4
  %2178 = load <16 x float>, ptr %gep3048.19, align 4
  store <16 x float> %2178, ptr %gep3050.19, align 4
  %2179 = load <16 x float>, ptr %gep3052.19, align 4
  store <16 x float> %2179, ptr %gep3054.19, align 4
  %2180 = load <16 x float>, ptr %gep3048.20, align 4
  store <16 x float> %2180, ptr %gep3050.20, align 4
  %2181 = load <16 x float>, ptr %gep3052.20, align 4
  store <16 x float> %2181, ptr %gep3054.20, align 4
  %2182 = load <16 x float>, ptr %gep3048.21, align 4
  store <16 x float> %2182, ptr %gep3050.21, align 4
  %2183 = load <16 x float>, ptr %gep3052.21, align 4
  store <16 x float> %2183, ptr %gep3054.21, align 4
  %2184 = load <16 x float>, ptr %gep3048.22, align 4
  store <16 x float> %2184, ptr %gep3050.22, align 4
  %2185 = load <16 x float>, ptr %gep3052.22, align 4
  store <16 x float> %2185, ptr %gep3054.22, align 4
  %2186 = load <16 x float>, ptr %gep3048.23, align 4
  store <16 x float> %2186, ptr %gep3050.23, align 4
  %2187 = load <16 x float>, ptr %gep3052.23, align 4
  store <16 x float> %2187, ptr %gep3054.23, align 4
  %2188 = load <16 x float>, ptr %gep3048.24, align 4
  store <16 x float> %2188, ptr %gep3050.24, align 4
  %2189 = load <16 x float>, ptr %gep3052.24, align 4
  store <16 x float> %2189, ptr %gep3054.24, align 4
  %2190 = load <16 x float>, ptr %gep3048.25, align 4
  store <16 x float> %2190, ptr %gep3050.25, align 4
  %2191 = load <16 x float>, ptr %gep3052.25, align 4
  store <16 x float> %2191, ptr %gep3054.25, align 4
  %2192 = load <16 x float>, ptr %gep3048.26, align 4
  store <16 x float> %2192, ptr %gep3050.26, align 4
  %2193 = load <16 x float>, ptr %gep3052.26, align 4
  store <16 x float> %2193, ptr %gep3054.26, align 4
  %2194 = load <16 x float>, ptr %gep3048.27, align 4
  store <16 x float> %2194, ptr %gep3050.27, align 4
  %2195 = load <16 x float>, ptr %gep3052.27, align 4
  store <16 x float> %2195, ptr %gep3054.27, align 4
  %2196 = load <16 x float>, ptr %gep3048.28, align 4
  store <16 x float> %2196, ptr %gep3050.28, align 4
  %2197 = load <16 x float>, ptr %gep3052.28, align 4
  store <16 x float> %2197, ptr %gep3054.28, align 4
  %2198 = load <16 x float>, ptr %gep3048.29, align 4
  store <16 x float> %2198, ptr %gep3050.29, align 4
  %2199 = load <16 x float>, ptr %gep3052.29, align 4
  store <16 x float> %2199, ptr %gep3054.29, align 4
  %2200 = load <16 x float>, ptr %gep3048.30, align 4
  store <16 x float> %2200, ptr %gep3050.30, align 4
  %2201 = load <16 x float>, ptr %gep3052.30, align 4
  store <16 x float> %2201, ptr %gep3054.30, align 4
  %2202 = load <16 x float>, ptr %gep3048.31, align 4
  store <16 x float> %2202, ptr %gep3050.31, align 4
  %2203 = load <16 x float>, ptr %gep3052.31, align 4
  store <16 x float> %2203, ptr %gep3054.31, align 4
  br label %i24.body

i24.body:                                         ; preds = %j20.head.preheader, %p6.exit
  %i24.addr.02493 = phi i64 [ %i24.next, %p6.exit ], [ 0, %j20.head.preheader ]
  %2204 = shl nuw nsw i64 %i24.addr.02493, 5
  %2205 = or disjoint i64 %2204, 1024
  %2206 = getelementptr inbounds float, ptr %OY, i64 %2205
  %2207 = load <16 x float>, ptr %2206, align 4
  %2208 = or disjoint i64 %2204, 1040
  %2209 = getelementptr inbounds float, ptr %OY, i64 %2208
  %2210 = load <16 x float>, ptr %2209, align 4
  %2211 = or disjoint i64 %2204, 1056
  %2212 = getelementptr inbounds float, ptr %OY, i64 %2211
  %2213 = load <16 x float>, ptr %2212, align 4
  %2214 = or disjoint i64 %2204, 1072
  %2215 = getelementptr inbounds float, ptr %OY, i64 %2214
  %2216 = load <16 x float>, ptr %2215, align 4
  %2217 = or disjoint i64 %2204, 1088
  %2218 = getelementptr inbounds float, ptr %OY, i64 %2217
  %2219 = load <16 x float>, ptr %2218, align 4
  %2220 = or disjoint i64 %2204, 1104
  %2221 = getelementptr inbounds float, ptr %OY, i64 %2220
  %2222 = load <16 x float>, ptr %2221, align 4
  %2223 = or disjoint i64 %2204, 1120
  %2224 = getelementptr inbounds float, ptr %OY, i64 %2223
  %2225 = load <16 x float>, ptr %2224, align 4
  %2226 = or disjoint i64 %2204, 1136
  %2227 = getelementptr inbounds float, ptr %OY, i64 %2226
  %2228 = load <16 x float>, ptr %2227, align 4
  %2229 = or disjoint i64 %2204, 1152
  %2230 = getelementptr inbounds float, ptr %OY, i64 %2229
  %2231 = load <16 x float>, ptr %2230, align 4
  %2232 = or disjoint i64 %2204, 1168
  %2233 = getelementptr inbounds float, ptr %OY, i64 %2232
  %2234 = load <16 x float>, ptr %2233, align 4
  %2235 = or disjoint i64 %2204, 1184
  %2236 = getelementptr inbounds float, ptr %OY, i64 %2235
  %2237 = load <16 x float>, ptr %2236, align 4
  %2238 = or disjoint i64 %2204, 1200
  %2239 = getelementptr inbounds float, ptr %OY, i64 %2238
  %2240 = load <16 x float>, ptr %2239, align 4
  %2241 = or disjoint i64 %2204, 1216
  %2242 = getelementptr inbounds float, ptr %OY, i64 %2241
  %2243 = load <16 x float>, ptr %2242, align 4
  %2244 = or disjoint i64 %2204, 1232
  %2245 = getelementptr inbounds float, ptr %OY, i64 %2244
  %2246 = load <16 x float>, ptr %2245, align 4
  %2247 = or disjoint i64 %2204, 1248
  %2248 = getelementptr inbounds float, ptr %OY, i64 %2247
  %2249 = load <16 x float>, ptr %2248, align 4
  %2250 = or disjoint i64 %2204, 1264
  %2251 = getelementptr inbounds float, ptr %OY, i64 %2250
  %2252 = load <16 x float>, ptr %2251, align 4
  br label %p6.body

p6.body:                                          ; preds = %i24.body, %p6.body
  %acc48.02492 = phi <16 x float> [ %2207, %i24.body ], [ %2264, %p6.body ]
  %acc49.02491 = phi <16 x float> [ %2210, %i24.body ], [ %2265, %p6.body ]
  %acc50.02490 = phi <16 x float> [ %2213, %i24.body ], [ %2271, %p6.body ]
  %acc51.02489 = phi <16 x float> [ %2216, %i24.body ], [ %2272, %p6.body ]
  %acc52.02488 = phi <16 x float> [ %2219, %i24.body ], [ %2278, %p6.body ]
  %acc53.02487 = phi <16 x float> [ %2222, %i24.body ], [ %2279, %p6.body ]
  %acc54.02486 = phi <16 x float> [ %2225, %i24.body ], [ %2285, %p6.body ]
  %p6.addr.02485 = phi i64 [ 0, %i24.body ], [ %p6.next, %p6.body ]
  %acc63.02484 = phi <16 x float> [ %2252, %i24.body ], [ %2314, %p6.body ]
  %acc62.02483 = phi <16 x float> [ %2249, %i24.body ], [ %2313, %p6.body ]
  %acc61.02482 = phi <16 x float> [ %2246, %i24.body ], [ %2307, %p6.body ]
  %acc60.02481 = phi <16 x float> [ %2243, %i24.body ], [ %2306, %p6.body ]
  %acc59.02480 = phi <16 x float> [ %2240, %i24.body ], [ %2300, %p6.body ]
  %acc58.02479 = phi <16 x float> [ %2237, %i24.body ], [ %2299, %p6.body ]
  %acc57.02478 = phi <16 x float> [ %2234, %i24.body ], [ %2293, %p6.body ]
  %acc56.02477 = phi <16 x float> [ %2231, %i24.body ], [ %2292, %p6.body ]
  %acc55.02476 = phi <16 x float> [ %2228, %i24.body ], [ %2286, %p6.body ]
  %2253 = shl nuw nsw i64 %p6.addr.02485, 5
  %2254 = getelementptr inbounds float, ptr %OY, i64 %2253
  %2255 = load <16 x float>, ptr %2254, align 4
  %2256 = or disjoint i64 %2253, 16
  %2257 = getelementptr inbounds float, ptr %OY, i64 %2256
  %2258 = load <16 x float>, ptr %2257, align 4
  %2259 = or disjoint i64 %p6.addr.02485, %2204
  %2260 = getelementptr inbounds float, ptr %PT, i64 %2259
  %2261 = load float, ptr %2260, align 4
  %2262 = insertelement <16 x float> poison, float %2261, i64 0
  %2263 = shufflevector <16 x float> %2262, <16 x float> poison, <16 x i32> zeroinitializer
  %2264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2263, <16 x float> %2255, <16 x float> %acc48.02492)
  %2265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2263, <16 x float> %2258, <16 x float> %acc49.02491)
  %2266 = or disjoint i64 %2259, 32
  %2267 = getelementptr inbounds float, ptr %PT, i64 %2266
  %2268 = load float, ptr %2267, align 4
  %2269 = insertelement <16 x float> poison, float %2268, i64 0
  %2270 = shufflevector <16 x float> %2269, <16 x float> poison, <16 x i32> zeroinitializer
  %2271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2270, <16 x float> %2255, <16 x float> %acc50.02490)
  %2272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2270, <16 x float> %2258, <16 x float> %acc51.02489)
  %2273 = or disjoint i64 %2259, 64
  %2274 = getelementptr inbounds float, ptr %PT, i64 %2273
  %2275 = load float, ptr %2274, align 4
  %2276 = insertelement <16 x float> poison, float %2275, i64 0
  %2277 = shufflevector <16 x float> %2276, <16 x float> poison, <16 x i32> zeroinitializer
  %2278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2277, <16 x float> %2255, <16 x float> %acc52.02488)
  %2279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2277, <16 x float> %2258, <16 x float> %acc53.02487)
  %2280 = or disjoint i64 %2259, 96
  %2281 = getelementptr inbounds float, ptr %PT, i64 %2280
  %2282 = load float, ptr %2281, align 4
  %2283 = insertelement <16 x float> poison, float %2282, i64 0
  %2284 = shufflevector <16 x float> %2283, <16 x float> poison, <16 x i32> zeroinitializer
  %2285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2255, <16 x float> %acc54.02486)
  %2286 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2258, <16 x float> %acc55.02476)
  %2287 = or disjoint i64 %2259, 128
  %2288 = getelementptr inbounds float, ptr %PT, i64 %2287
  %2289 = load float, ptr %2288, align 4
  %2290 = insertelement <16 x float> poison, float %2289, i64 0
  %2291 = shufflevector <16 x float> %2290, <16 x float> poison, <16 x i32> zeroinitializer
  %2292 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2291, <16 x float> %2255, <16 x float> %acc56.02477)
  %2293 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2291, <16 x float> %2258, <16 x float> %acc57.02478)
  %2294 = or disjoint i64 %2259, 160
  %2295 = getelementptr inbounds float, ptr %PT, i64 %2294
  %2296 = load float, ptr %2295, align 4
  %2297 = insertelement <16 x float> poison, float %2296, i64 0
  %2298 = shufflevector <16 x float> %2297, <16 x float> poison, <16 x i32> zeroinitializer
  %2299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2298, <16 x float> %2255, <16 x float> %acc58.02479)
  %2300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2298, <16 x float> %2258, <16 x float> %acc59.02480)
  %2301 = or disjoint i64 %2259, 192
  %2302 = getelementptr inbounds float, ptr %PT, i64 %2301
  %2303 = load float, ptr %2302, align 4
  %2304 = insertelement <16 x float> poison, float %2303, i64 0
  %2305 = shufflevector <16 x float> %2304, <16 x float> poison, <16 x i32> zeroinitializer
  %2306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2305, <16 x float> %2255, <16 x float> %acc60.02481)
  %2307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2305, <16 x float> %2258, <16 x float> %acc61.02482)
  %2308 = or disjoint i64 %2259, 224
  %2309 = getelementptr inbounds float, ptr %PT, i64 %2308
  %2310 = load float, ptr %2309, align 4
  %2311 = insertelement <16 x float> poison, float %2310, i64 0
  %2312 = shufflevector <16 x float> %2311, <16 x float> poison, <16 x i32> zeroinitializer
  %2313 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2312, <16 x float> %2255, <16 x float> %acc62.02483)
  %2314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2312, <16 x float> %2258, <16 x float> %acc63.02484)
  %p6.next = add nuw nsw i64 %p6.addr.02485, 1
  %exitcond2848.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond2848.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <16 x float> %2264, ptr %2206, align 4
  store <16 x float> %2265, ptr %2209, align 4
  store <16 x float> %2271, ptr %2212, align 4
  store <16 x float> %2272, ptr %2215, align 4
  store <16 x float> %2278, ptr %2218, align 4
  store <16 x float> %2279, ptr %2221, align 4
  store <16 x float> %2285, ptr %2224, align 4
  store <16 x float> %2286, ptr %2227, align 4
  store <16 x float> %2292, ptr %2230, align 4
  store <16 x float> %2293, ptr %2233, align 4
  store <16 x float> %2299, ptr %2236, align 4
  store <16 x float> %2300, ptr %2239, align 4
  store <16 x float> %2306, ptr %2242, align 4
  store <16 x float> %2307, ptr %2245, align 4
  store <16 x float> %2313, ptr %2248, align 4
  store <16 x float> %2314, ptr %2251, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02493, 8
  %2315 = icmp ult i64 %i24.addr.02493, 24
  br i1 %2315, label %i24.body, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.exit
  %i25.addr.02511 = phi i64 [ %i25.next, %p7.exit ], [ 0, %p6.exit ]
  %2316 = shl nuw nsw i64 %i25.addr.02511, 5
  br label %p7.body

p7.body:                                          ; preds = %p7.head.preheader, %p7.body
  %p7.addr.02510 = phi i64 [ 0, %p7.head.preheader ], [ %p7.next, %p7.body ]
  %acc79.02509 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2378, %p7.body ]
  %acc78.02508 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2377, %p7.body ]
  %acc77.02507 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2371, %p7.body ]
  %acc76.02506 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2370, %p7.body ]
  %acc75.02505 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2364, %p7.body ]
  %acc74.02504 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2363, %p7.body ]
  %acc73.02503 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2357, %p7.body ]
  %acc72.02502 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2356, %p7.body ]
  %acc71.02501 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2350, %p7.body ]
  %acc70.02500 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2349, %p7.body ]
  %acc69.02499 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2343, %p7.body ]
  %acc68.02498 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2342, %p7.body ]
  %acc67.02497 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2336, %p7.body ]
  %acc66.02496 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2335, %p7.body ]
  %acc65.02495 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2329, %p7.body ]
  %acc64.02494 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %2328, %p7.body ]
  %2317 = shl nuw nsw i64 %p7.addr.02510, 5
  %2318 = getelementptr inbounds float, ptr %dOT, i64 %2317
  %2319 = load <16 x float>, ptr %2318, align 4
  %2320 = or disjoint i64 %2317, 16
  %2321 = getelementptr inbounds float, ptr %dOT, i64 %2320
  %2322 = load <16 x float>, ptr %2321, align 4
  %2323 = add nuw nsw i64 %p7.addr.02510, %2316
  %2324 = getelementptr inbounds float, ptr %Vn, i64 %2323
  %2325 = load float, ptr %2324, align 4
  %2326 = insertelement <16 x float> poison, float %2325, i64 0
  %2327 = shufflevector <16 x float> %2326, <16 x float> poison, <16 x i32> zeroinitializer
  %2328 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2327, <16 x float> %2319, <16 x float> %acc64.02494)
  %2329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2327, <16 x float> %2322, <16 x float> %acc65.02495)
  %2330 = or disjoint i64 %2323, 32
  %2331 = getelementptr inbounds float, ptr %Vn, i64 %2330
  %2332 = load float, ptr %2331, align 4
  %2333 = insertelement <16 x float> poison, float %2332, i64 0
  %2334 = shufflevector <16 x float> %2333, <16 x float> poison, <16 x i32> zeroinitializer
  %2335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2334, <16 x float> %2319, <16 x float> %acc66.02496)
  %2336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2334, <16 x float> %2322, <16 x float> %acc67.02497)
  %2337 = or disjoint i64 %2323, 64
  %2338 = getelementptr inbounds float, ptr %Vn, i64 %2337
  %2339 = load float, ptr %2338, align 4
  %2340 = insertelement <16 x float> poison, float %2339, i64 0
  %2341 = shufflevector <16 x float> %2340, <16 x float> poison, <16 x i32> zeroinitializer
  %2342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2341, <16 x float> %2319, <16 x float> %acc68.02498)
  %2343 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2341, <16 x float> %2322, <16 x float> %acc69.02499)
  %2344 = or disjoint i64 %2323, 96
  %2345 = getelementptr inbounds float, ptr %Vn, i64 %2344
  %2346 = load float, ptr %2345, align 4
  %2347 = insertelement <16 x float> poison, float %2346, i64 0
  %2348 = shufflevector <16 x float> %2347, <16 x float> poison, <16 x i32> zeroinitializer
  %2349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2348, <16 x float> %2319, <16 x float> %acc70.02500)
  %2350 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2348, <16 x float> %2322, <16 x float> %acc71.02501)
  %2351 = or disjoint i64 %2323, 128
  %2352 = getelementptr inbounds float, ptr %Vn, i64 %2351
  %2353 = load float, ptr %2352, align 4
  %2354 = insertelement <16 x float> poison, float %2353, i64 0
  %2355 = shufflevector <16 x float> %2354, <16 x float> poison, <16 x i32> zeroinitializer
  %2356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2355, <16 x float> %2319, <16 x float> %acc72.02502)
  %2357 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2355, <16 x float> %2322, <16 x float> %acc73.02503)
  %2358 = or disjoint i64 %2323, 160
  %2359 = getelementptr inbounds float, ptr %Vn, i64 %2358
  %2360 = load float, ptr %2359, align 4
  %2361 = insertelement <16 x float> poison, float %2360, i64 0
  %2362 = shufflevector <16 x float> %2361, <16 x float> poison, <16 x i32> zeroinitializer
  %2363 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2362, <16 x float> %2319, <16 x float> %acc74.02504)
  %2364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2362, <16 x float> %2322, <16 x float> %acc75.02505)
  %2365 = or disjoint i64 %2323, 192
  %2366 = getelementptr inbounds float, ptr %Vn, i64 %2365
  %2367 = load float, ptr %2366, align 4
  %2368 = insertelement <16 x float> poison, float %2367, i64 0
  %2369 = shufflevector <16 x float> %2368, <16 x float> poison, <16 x i32> zeroinitializer
  %2370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2369, <16 x float> %2319, <16 x float> %acc76.02506)
  %2371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2369, <16 x float> %2322, <16 x float> %acc77.02507)
  %2372 = or disjoint i64 %2323, 224
  %2373 = getelementptr inbounds float, ptr %Vn, i64 %2372
  %2374 = load float, ptr %2373, align 4
  %2375 = insertelement <16 x float> poison, float %2374, i64 0
  %2376 = shufflevector <16 x float> %2375, <16 x float> poison, <16 x i32> zeroinitializer
  %2377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2376, <16 x float> %2319, <16 x float> %acc78.02508)
  %2378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2376, <16 x float> %2322, <16 x float> %acc79.02509)
  %p7.next = add nuw nsw i64 %p7.addr.02510, 1
  %exitcond2849.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond2849.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  %2379 = shl nuw nsw i64 %i25.addr.02511, 7
  %2380 = or disjoint i64 %2379, 64
  %2381 = getelementptr inbounds float, ptr %Ak, i64 %2380
  store <16 x float> %2328, ptr %2381, align 4
  %2382 = or disjoint i64 %2379, 80
  %2383 = getelementptr inbounds float, ptr %Ak, i64 %2382
  store <16 x float> %2329, ptr %2383, align 4
  %2384 = or disjoint i64 %2379, 192
  %2385 = getelementptr inbounds float, ptr %Ak, i64 %2384
  store <16 x float> %2335, ptr %2385, align 4
  %2386 = or disjoint i64 %2379, 208
  %2387 = getelementptr inbounds float, ptr %Ak, i64 %2386
  store <16 x float> %2336, ptr %2387, align 4
  %2388 = or disjoint i64 %2379, 320
  %2389 = getelementptr inbounds float, ptr %Ak, i64 %2388
  store <16 x float> %2342, ptr %2389, align 4
  %2390 = or disjoint i64 %2379, 336
  %2391 = getelementptr inbounds float, ptr %Ak, i64 %2390
  store <16 x float> %2343, ptr %2391, align 4
  %2392 = or disjoint i64 %2379, 448
  %2393 = getelementptr inbounds float, ptr %Ak, i64 %2392
  store <16 x float> %2349, ptr %2393, align 4
  %2394 = or disjoint i64 %2379, 464
  %2395 = getelementptr inbounds float, ptr %Ak, i64 %2394
  store <16 x float> %2350, ptr %2395, align 4
  %2396 = or disjoint i64 %2379, 576
  %2397 = getelementptr inbounds float, ptr %Ak, i64 %2396
  store <16 x float> %2356, ptr %2397, align 4
  %2398 = or disjoint i64 %2379, 592
  %2399 = getelementptr inbounds float, ptr %Ak, i64 %2398
  store <16 x float> %2357, ptr %2399, align 4
  %2400 = or disjoint i64 %2379, 704
  %2401 = getelementptr inbounds float, ptr %Ak, i64 %2400
  store <16 x float> %2363, ptr %2401, align 4
  %2402 = or disjoint i64 %2379, 720
  %2403 = getelementptr inbounds float, ptr %Ak, i64 %2402
  store <16 x float> %2364, ptr %2403, align 4
  %2404 = or disjoint i64 %2379, 832
  %2405 = getelementptr inbounds float, ptr %Ak, i64 %2404
  store <16 x float> %2370, ptr %2405, align 4
  %2406 = or disjoint i64 %2379, 848
  %2407 = getelementptr inbounds float, ptr %Ak, i64 %2406
  store <16 x float> %2371, ptr %2407, align 4
  %2408 = or disjoint i64 %2379, 960
  %2409 = getelementptr inbounds float, ptr %Ak, i64 %2408
  store <16 x float> %2377, ptr %2409, align 4
  %2410 = or disjoint i64 %2379, 976
  %2411 = getelementptr inbounds float, ptr %Ak, i64 %2410
  store <16 x float> %2378, ptr %2411, align 4
  %i25.next = add nuw nsw i64 %i25.addr.02511, 8
  %2412 = icmp ult i64 %i25.addr.02511, 24
  br i1 %2412, label %p7.head.preheader, label %s2.head.preheader

s2.head.preheader:                                ; preds = %p7.exit, %s2.head.preheader
  %t3.addr.02513 = phi i64 [ %t3.next.3, %s2.head.preheader ], [ 0, %p7.exit ]
  %.idx2648 = shl nsw i64 %t3.addr.02513, 9
  %gep3056 = getelementptr inbounds i8, ptr %invariant.gep3055, i64 %.idx2648
  %2413 = load <16 x float>, ptr %gep3056, align 4
  %.idx2649 = shl nsw i64 %t3.addr.02513, 7
  %2414 = getelementptr inbounds i8, ptr %M, i64 %.idx2649
  %2415 = load <16 x float>, ptr %2414, align 4
  %2416 = fmul <16 x float> %2413, %2415
  store <16 x float> %2416, ptr %gep3056, align 4
  %gep3058 = getelementptr inbounds i8, ptr %invariant.gep3057, i64 %.idx2648
  %2417 = load <16 x float>, ptr %gep3058, align 4
  %2418 = getelementptr inbounds i8, ptr %32, i64 %.idx2649
  %2419 = load <16 x float>, ptr %2418, align 4
  %2420 = fmul <16 x float> %2417, %2419
  store <16 x float> %2420, ptr %gep3058, align 4
  %t3.next = or disjoint i64 %t3.addr.02513, 1
  %.idx2648.1 = shl nsw i64 %t3.next, 9
  %gep3056.1 = getelementptr inbounds i8, ptr %invariant.gep3055, i64 %.idx2648.1
  %2421 = load <16 x float>, ptr %gep3056.1, align 4
  %.idx2649.1 = shl nsw i64 %t3.next, 7
  %2422 = getelementptr inbounds i8, ptr %M, i64 %.idx2649.1
  %2423 = load <16 x float>, ptr %2422, align 4
  %2424 = fmul <16 x float> %2421, %2423
  store <16 x float> %2424, ptr %gep3056.1, align 4
  %gep3058.1 = getelementptr inbounds i8, ptr %invariant.gep3057, i64 %.idx2648.1
  %2425 = load <16 x float>, ptr %gep3058.1, align 4
  %2426 = getelementptr inbounds i8, ptr %32, i64 %.idx2649.1
  %2427 = load <16 x float>, ptr %2426, align 4
  %2428 = fmul <16 x float> %2425, %2427
  store <16 x float> %2428, ptr %gep3058.1, align 4
  %t3.next.1 = or disjoint i64 %t3.addr.02513, 2
  %.idx2648.2 = shl nsw i64 %t3.next.1, 9
  %gep3056.2 = getelementptr inbounds i8, ptr %invariant.gep3055, i64 %.idx2648.2
  %2429 = load <16 x float>, ptr %gep3056.2, align 4
  %.idx2649.2 = shl nsw i64 %t3.next.1, 7
  %2430 = getelementptr inbounds i8, ptr %M, i64 %.idx2649.2
  %2431 = load <16 x float>, ptr %2430, align 4
  %2432 = fmul <16 x float> %2429, %2431
  store <16 x float> %2432, ptr %gep3056.2, align 4
  %gep3058.2 = getelementptr inbounds i8, ptr %invariant.gep3057, i64 %.idx2648.2
  %2433 = load <16 x float>, ptr %gep3058.2, align 4
  %2434 = getelementptr inbounds i8, ptr %32, i64 %.idx2649.2
  %2435 = load <16 x float>, ptr %2434, align 4
  %2436 = fmul <16 x float> %2433, %2435
  store <16 x float> %2436, ptr %gep3058.2, align 4
  %t3.next.2 = or disjoint i64 %t3.addr.02513, 3
  %.idx2648.3 = shl nsw i64 %t3.next.2, 9
  %gep3056.3 = getelementptr inbounds i8, ptr %invariant.gep3055, i64 %.idx2648.3
  %2437 = load <16 x float>, ptr %gep3056.3, align 4
  %.idx2649.3 = shl nsw i64 %t3.next.2, 7
  %2438 = getelementptr inbounds i8, ptr %M, i64 %.idx2649.3
  %2439 = load <16 x float>, ptr %2438, align 4
  %2440 = fmul <16 x float> %2437, %2439
  store <16 x float> %2440, ptr %gep3056.3, align 4
  %gep3058.3 = getelementptr inbounds i8, ptr %invariant.gep3057, i64 %.idx2648.3
  %2441 = load <16 x float>, ptr %gep3058.3, align 4
  %2442 = getelementptr inbounds i8, ptr %32, i64 %.idx2649.3
  %2443 = load <16 x float>, ptr %2442, align 4
  %2444 = fmul <16 x float> %2441, %2443
  store <16 x float> %2444, ptr %gep3058.3, align 4
  %t3.next.3 = add nuw nsw i64 %t3.addr.02513, 4
  %exitcond2850.not.3 = icmp eq i64 %t3.next.3, 32
  br i1 %exitcond2850.not.3, label %p8.head.preheader, label %s2.head.preheader

p8.head.preheader:                                ; preds = %s2.head.preheader, %p8.exit
  %i26.addr.02531 = phi i64 [ %i26.next, %p8.exit ], [ 0, %s2.head.preheader ]
  %2445 = shl nuw nsw i64 %i26.addr.02531, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02530 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc95.02529 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2508, %p8.body ]
  %acc94.02528 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2507, %p8.body ]
  %acc93.02527 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2501, %p8.body ]
  %acc92.02526 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2500, %p8.body ]
  %acc91.02525 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2494, %p8.body ]
  %acc90.02524 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2493, %p8.body ]
  %acc89.02523 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2487, %p8.body ]
  %acc88.02522 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2486, %p8.body ]
  %acc87.02521 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2480, %p8.body ]
  %acc86.02520 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2479, %p8.body ]
  %acc85.02519 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2473, %p8.body ]
  %acc84.02518 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2472, %p8.body ]
  %acc83.02517 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2466, %p8.body ]
  %acc82.02516 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2465, %p8.body ]
  %acc81.02515 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2459, %p8.body ]
  %acc80.02514 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %2458, %p8.body ]
  %2446 = shl nuw nsw i64 %p8.addr.02530, 5
  %2447 = or disjoint i64 %2446, 1024
  %2448 = getelementptr inbounds float, ptr %Bk, i64 %2447
  %2449 = load <16 x float>, ptr %2448, align 4
  %2450 = or disjoint i64 %2446, 1040
  %2451 = getelementptr inbounds float, ptr %Bk, i64 %2450
  %2452 = load <16 x float>, ptr %2451, align 4
  %2453 = add nuw nsw i64 %p8.addr.02530, %2445
  %2454 = getelementptr inbounds float, ptr %OY, i64 %2453
  %2455 = load float, ptr %2454, align 4
  %2456 = insertelement <16 x float> poison, float %2455, i64 0
  %2457 = shufflevector <16 x float> %2456, <16 x float> poison, <16 x i32> zeroinitializer
  %2458 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2457, <16 x float> %2449, <16 x float> %acc80.02514)
  %2459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2457, <16 x float> %2452, <16 x float> %acc81.02515)
  %2460 = or disjoint i64 %2453, 32
  %2461 = getelementptr inbounds float, ptr %OY, i64 %2460
  %2462 = load float, ptr %2461, align 4
  %2463 = insertelement <16 x float> poison, float %2462, i64 0
  %2464 = shufflevector <16 x float> %2463, <16 x float> poison, <16 x i32> zeroinitializer
  %2465 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2464, <16 x float> %2449, <16 x float> %acc82.02516)
  %2466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2464, <16 x float> %2452, <16 x float> %acc83.02517)
  %2467 = or disjoint i64 %2453, 64
  %2468 = getelementptr inbounds float, ptr %OY, i64 %2467
  %2469 = load float, ptr %2468, align 4
  %2470 = insertelement <16 x float> poison, float %2469, i64 0
  %2471 = shufflevector <16 x float> %2470, <16 x float> poison, <16 x i32> zeroinitializer
  %2472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2471, <16 x float> %2449, <16 x float> %acc84.02518)
  %2473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2471, <16 x float> %2452, <16 x float> %acc85.02519)
  %2474 = or disjoint i64 %2453, 96
  %2475 = getelementptr inbounds float, ptr %OY, i64 %2474
  %2476 = load float, ptr %2475, align 4
  %2477 = insertelement <16 x float> poison, float %2476, i64 0
  %2478 = shufflevector <16 x float> %2477, <16 x float> poison, <16 x i32> zeroinitializer
  %2479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2478, <16 x float> %2449, <16 x float> %acc86.02520)
  %2480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2478, <16 x float> %2452, <16 x float> %acc87.02521)
  %2481 = or disjoint i64 %2453, 128
  %2482 = getelementptr inbounds float, ptr %OY, i64 %2481
  %2483 = load float, ptr %2482, align 4
  %2484 = insertelement <16 x float> poison, float %2483, i64 0
  %2485 = shufflevector <16 x float> %2484, <16 x float> poison, <16 x i32> zeroinitializer
  %2486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2485, <16 x float> %2449, <16 x float> %acc88.02522)
  %2487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2485, <16 x float> %2452, <16 x float> %acc89.02523)
  %2488 = or disjoint i64 %2453, 160
  %2489 = getelementptr inbounds float, ptr %OY, i64 %2488
  %2490 = load float, ptr %2489, align 4
  %2491 = insertelement <16 x float> poison, float %2490, i64 0
  %2492 = shufflevector <16 x float> %2491, <16 x float> poison, <16 x i32> zeroinitializer
  %2493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2449, <16 x float> %acc90.02524)
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2492, <16 x float> %2452, <16 x float> %acc91.02525)
  %2495 = or disjoint i64 %2453, 192
  %2496 = getelementptr inbounds float, ptr %OY, i64 %2495
  %2497 = load float, ptr %2496, align 4
  %2498 = insertelement <16 x float> poison, float %2497, i64 0
  %2499 = shufflevector <16 x float> %2498, <16 x float> poison, <16 x i32> zeroinitializer
  %2500 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2499, <16 x float> %2449, <16 x float> %acc92.02526)
  %2501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2499, <16 x float> %2452, <16 x float> %acc93.02527)
  %2502 = or disjoint i64 %2453, 224
  %2503 = getelementptr inbounds float, ptr %OY, i64 %2502
  %2504 = load float, ptr %2503, align 4
  %2505 = insertelement <16 x float> poison, float %2504, i64 0
  %2506 = shufflevector <16 x float> %2505, <16 x float> poison, <16 x i32> zeroinitializer
  %2507 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2506, <16 x float> %2449, <16 x float> %acc94.02528)
  %2508 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2506, <16 x float> %2452, <16 x float> %acc95.02529)
  %p8.next = add nuw nsw i64 %p8.addr.02530, 1
  %exitcond2851.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond2851.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %2509 = getelementptr inbounds float, ptr %dQc, i64 %2445
  store <16 x float> %2458, ptr %2509, align 4
  %2510 = or disjoint i64 %2445, 16
  %2511 = getelementptr inbounds float, ptr %dQc, i64 %2510
  store <16 x float> %2459, ptr %2511, align 4
  %2512 = or disjoint i64 %2445, 32
  %2513 = getelementptr inbounds float, ptr %dQc, i64 %2512
  store <16 x float> %2465, ptr %2513, align 4
  %2514 = or disjoint i64 %2445, 48
  %2515 = getelementptr inbounds float, ptr %dQc, i64 %2514
  store <16 x float> %2466, ptr %2515, align 4
  %2516 = or disjoint i64 %2445, 64
  %2517 = getelementptr inbounds float, ptr %dQc, i64 %2516
  store <16 x float> %2472, ptr %2517, align 4
  %2518 = or disjoint i64 %2445, 80
  %2519 = getelementptr inbounds float, ptr %dQc, i64 %2518
  store <16 x float> %2473, ptr %2519, align 4
  %2520 = or disjoint i64 %2445, 96
  %2521 = getelementptr inbounds float, ptr %dQc, i64 %2520
  store <16 x float> %2479, ptr %2521, align 4
  %2522 = or disjoint i64 %2445, 112
  %2523 = getelementptr inbounds float, ptr %dQc, i64 %2522
  store <16 x float> %2480, ptr %2523, align 4
  %2524 = or disjoint i64 %2445, 128
  %2525 = getelementptr inbounds float, ptr %dQc, i64 %2524
  store <16 x float> %2486, ptr %2525, align 4
  %2526 = or disjoint i64 %2445, 144
  %2527 = getelementptr inbounds float, ptr %dQc, i64 %2526
  store <16 x float> %2487, ptr %2527, align 4
  %2528 = or disjoint i64 %2445, 160
  %2529 = getelementptr inbounds float, ptr %dQc, i64 %2528
  store <16 x float> %2493, ptr %2529, align 4
  %2530 = or disjoint i64 %2445, 176
  %2531 = getelementptr inbounds float, ptr %dQc, i64 %2530
  store <16 x float> %2494, ptr %2531, align 4
  %2532 = or disjoint i64 %2445, 192
  %2533 = getelementptr inbounds float, ptr %dQc, i64 %2532
  store <16 x float> %2500, ptr %2533, align 4
  %2534 = or disjoint i64 %2445, 208
  %2535 = getelementptr inbounds float, ptr %dQc, i64 %2534
  store <16 x float> %2501, ptr %2535, align 4
  %2536 = or disjoint i64 %2445, 224
  %2537 = getelementptr inbounds float, ptr %dQc, i64 %2536
  store <16 x float> %2507, ptr %2537, align 4
  %2538 = or disjoint i64 %2445, 240
  %2539 = getelementptr inbounds float, ptr %dQc, i64 %2538
  store <16 x float> %2508, ptr %2539, align 4
  %i26.next = add nuw nsw i64 %i26.addr.02531, 8
  %2540 = icmp ult i64 %i26.addr.02531, 24
  br i1 %2540, label %p8.head.preheader, label %i27.body

i27.body:                                         ; preds = %p8.exit, %p9.exit
  %i27.addr.02549 = phi i64 [ %i27.next, %p9.exit ], [ 0, %p8.exit ]
  %2541 = shl nuw nsw i64 %i27.addr.02549, 5
  %2542 = getelementptr inbounds float, ptr %dQc, i64 %2541
  %2543 = load <16 x float>, ptr %2542, align 4
  %2544 = or disjoint i64 %2541, 16
  %2545 = getelementptr inbounds float, ptr %dQc, i64 %2544
  %2546 = load <16 x float>, ptr %2545, align 4
  %2547 = or disjoint i64 %i27.addr.02549, 1
  %2548 = shl nuw nsw i64 %2547, 5
  %2549 = getelementptr inbounds float, ptr %dQc, i64 %2548
  %2550 = load <16 x float>, ptr %2549, align 4
  %2551 = or disjoint i64 %2548, 16
  %2552 = getelementptr inbounds float, ptr %dQc, i64 %2551
  %2553 = load <16 x float>, ptr %2552, align 4
  %2554 = or disjoint i64 %i27.addr.02549, 2
  %2555 = shl nuw nsw i64 %2554, 5
  %2556 = getelementptr inbounds float, ptr %dQc, i64 %2555
  %2557 = load <16 x float>, ptr %2556, align 4
  %2558 = or disjoint i64 %2555, 16
  %2559 = getelementptr inbounds float, ptr %dQc, i64 %2558
  %2560 = load <16 x float>, ptr %2559, align 4
  %2561 = or disjoint i64 %i27.addr.02549, 3
  %2562 = shl nuw nsw i64 %2561, 5
  %2563 = getelementptr inbounds float, ptr %dQc, i64 %2562
  %2564 = load <16 x float>, ptr %2563, align 4
  %2565 = or disjoint i64 %2562, 16
  %2566 = getelementptr inbounds float, ptr %dQc, i64 %2565
  %2567 = load <16 x float>, ptr %2566, align 4
  %2568 = or disjoint i64 %i27.addr.02549, 4
  %2569 = shl nuw nsw i64 %2568, 5
  %2570 = getelementptr inbounds float, ptr %dQc, i64 %2569
  %2571 = load <16 x float>, ptr %2570, align 4
  %2572 = or disjoint i64 %2569, 16
  %2573 = getelementptr inbounds float, ptr %dQc, i64 %2572
  %2574 = load <16 x float>, ptr %2573, align 4
  %2575 = or disjoint i64 %i27.addr.02549, 5
  %2576 = shl nuw nsw i64 %2575, 5
  %2577 = getelementptr inbounds float, ptr %dQc, i64 %2576
  %2578 = load <16 x float>, ptr %2577, align 4
  %2579 = or disjoint i64 %2576, 16
  %2580 = getelementptr inbounds float, ptr %dQc, i64 %2579
  %2581 = load <16 x float>, ptr %2580, align 4
  %2582 = or disjoint i64 %i27.addr.02549, 6
  %2583 = shl nuw nsw i64 %2582, 5
  %2584 = getelementptr inbounds float, ptr %dQc, i64 %2583
  %2585 = load <16 x float>, ptr %2584, align 4
  %2586 = or disjoint i64 %2583, 16
  %2587 = getelementptr inbounds float, ptr %dQc, i64 %2586
  %2588 = load <16 x float>, ptr %2587, align 4
  %2589 = or disjoint i64 %i27.addr.02549, 7
  %2590 = shl nuw nsw i64 %2589, 5
  %2591 = getelementptr inbounds float, ptr %dQc, i64 %2590
  %2592 = load <16 x float>, ptr %2591, align 4
  %2593 = or disjoint i64 %2590, 16
  %2594 = getelementptr inbounds float, ptr %dQc, i64 %2593
  %2595 = load <16 x float>, ptr %2594, align 4
  br label %p9.body

p9.body:                                          ; preds = %i27.body, %p9.body
  %p9.addr.02548 = phi i64 [ 0, %i27.body ], [ %p9.next, %p9.body ]
  %acc111.02547 = phi <16 x float> [ %2595, %i27.body ], [ %2660, %p9.body ]
  %acc110.02546 = phi <16 x float> [ %2592, %i27.body ], [ %2659, %p9.body ]
  %acc109.02545 = phi <16 x float> [ %2588, %i27.body ], [ %2653, %p9.body ]
  %acc108.02544 = phi <16 x float> [ %2585, %i27.body ], [ %2652, %p9.body ]
  %acc107.02543 = phi <16 x float> [ %2581, %i27.body ], [ %2646, %p9.body ]
  %acc106.02542 = phi <16 x float> [ %2578, %i27.body ], [ %2645, %p9.body ]
  %acc105.02541 = phi <16 x float> [ %2574, %i27.body ], [ %2639, %p9.body ]
  %acc104.02540 = phi <16 x float> [ %2571, %i27.body ], [ %2638, %p9.body ]
  %acc103.02539 = phi <16 x float> [ %2567, %i27.body ], [ %2632, %p9.body ]
  %acc102.02538 = phi <16 x float> [ %2564, %i27.body ], [ %2631, %p9.body ]
  %acc101.02537 = phi <16 x float> [ %2560, %i27.body ], [ %2625, %p9.body ]
  %acc100.02536 = phi <16 x float> [ %2557, %i27.body ], [ %2624, %p9.body ]
  %acc99.02535 = phi <16 x float> [ %2553, %i27.body ], [ %2618, %p9.body ]
  %acc98.02534 = phi <16 x float> [ %2550, %i27.body ], [ %2617, %p9.body ]
  %acc97.02533 = phi <16 x float> [ %2546, %i27.body ], [ %2611, %p9.body ]
  %acc96.02532 = phi <16 x float> [ %2543, %i27.body ], [ %2610, %p9.body ]
  %2596 = shl nuw nsw i64 %p9.addr.02548, 5
  %2597 = or disjoint i64 %2596, 3072
  %2598 = getelementptr inbounds float, ptr %Bk, i64 %2597
  %2599 = load <16 x float>, ptr %2598, align 4
  %2600 = or disjoint i64 %2596, 3088
  %2601 = getelementptr inbounds float, ptr %Bk, i64 %2600
  %2602 = load <16 x float>, ptr %2601, align 4
  %2603 = shl nuw nsw i64 %p9.addr.02548, 7
  %2604 = or disjoint i64 %2603, 64
  %2605 = or disjoint i64 %2604, %i27.addr.02549
  %2606 = getelementptr inbounds float, ptr %Ak, i64 %2605
  %2607 = load float, ptr %2606, align 4
  %2608 = insertelement <16 x float> poison, float %2607, i64 0
  %2609 = shufflevector <16 x float> %2608, <16 x float> poison, <16 x i32> zeroinitializer
  %2610 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2609, <16 x float> %2599, <16 x float> %acc96.02532)
  %2611 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2609, <16 x float> %2602, <16 x float> %acc97.02533)
  %2612 = or disjoint i64 %2604, %2547
  %2613 = getelementptr inbounds float, ptr %Ak, i64 %2612
  %2614 = load float, ptr %2613, align 4
  %2615 = insertelement <16 x float> poison, float %2614, i64 0
  %2616 = shufflevector <16 x float> %2615, <16 x float> poison, <16 x i32> zeroinitializer
  %2617 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2616, <16 x float> %2599, <16 x float> %acc98.02534)
  %2618 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2616, <16 x float> %2602, <16 x float> %acc99.02535)
  %2619 = or disjoint i64 %2604, %2554
  %2620 = getelementptr inbounds float, ptr %Ak, i64 %2619
  %2621 = load float, ptr %2620, align 4
  %2622 = insertelement <16 x float> poison, float %2621, i64 0
  %2623 = shufflevector <16 x float> %2622, <16 x float> poison, <16 x i32> zeroinitializer
  %2624 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2623, <16 x float> %2599, <16 x float> %acc100.02536)
  %2625 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2623, <16 x float> %2602, <16 x float> %acc101.02537)
  %2626 = or disjoint i64 %2604, %2561
  %2627 = getelementptr inbounds float, ptr %Ak, i64 %2626
  %2628 = load float, ptr %2627, align 4
  %2629 = insertelement <16 x float> poison, float %2628, i64 0
  %2630 = shufflevector <16 x float> %2629, <16 x float> poison, <16 x i32> zeroinitializer
  %2631 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2630, <16 x float> %2599, <16 x float> %acc102.02538)
  %2632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2630, <16 x float> %2602, <16 x float> %acc103.02539)
  %2633 = or disjoint i64 %2604, %2568
  %2634 = getelementptr inbounds float, ptr %Ak, i64 %2633
  %2635 = load float, ptr %2634, align 4
  %2636 = insertelement <16 x float> poison, float %2635, i64 0
  %2637 = shufflevector <16 x float> %2636, <16 x float> poison, <16 x i32> zeroinitializer
  %2638 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2637, <16 x float> %2599, <16 x float> %acc104.02540)
  %2639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2637, <16 x float> %2602, <16 x float> %acc105.02541)
  %2640 = or disjoint i64 %2604, %2575
  %2641 = getelementptr inbounds float, ptr %Ak, i64 %2640
  %2642 = load float, ptr %2641, align 4
  %2643 = insertelement <16 x float> poison, float %2642, i64 0
  %2644 = shufflevector <16 x float> %2643, <16 x float> poison, <16 x i32> zeroinitializer
  %2645 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2644, <16 x float> %2599, <16 x float> %acc106.02542)
  %2646 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2644, <16 x float> %2602, <16 x float> %acc107.02543)
  %2647 = or disjoint i64 %2604, %2582
  %2648 = getelementptr inbounds float, ptr %Ak, i64 %2647
  %2649 = load float, ptr %2648, align 4
  %2650 = insertelement <16 x float> poison, float %2649, i64 0
  %2651 = shufflevector <16 x float> %2650, <16 x float> poison, <16 x i32> zeroinitializer
  %2652 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2651, <16 x float> %2599, <16 x float> %acc108.02544)
  %2653 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2651, <16 x float> %2602, <16 x float> %acc109.02545)
  %2654 = or disjoint i64 %2604, %2589
  %2655 = getelementptr inbounds float, ptr %Ak, i64 %2654
  %2656 = load float, ptr %2655, align 4
  %2657 = insertelement <16 x float> poison, float %2656, i64 0
  %2658 = shufflevector <16 x float> %2657, <16 x float> poison, <16 x i32> zeroinitializer
  %2659 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2658, <16 x float> %2599, <16 x float> %acc110.02546)
  %2660 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2658, <16 x float> %2602, <16 x float> %acc111.02547)
  %p9.next = add nuw nsw i64 %p9.addr.02548, 1
  %exitcond2852.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond2852.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %2610, ptr %2542, align 4
  store <16 x float> %2611, ptr %2545, align 4
  store <16 x float> %2617, ptr %2549, align 4
  store <16 x float> %2618, ptr %2552, align 4
  store <16 x float> %2624, ptr %2556, align 4
  store <16 x float> %2625, ptr %2559, align 4
  store <16 x float> %2631, ptr %2563, align 4
  store <16 x float> %2632, ptr %2566, align 4
  store <16 x float> %2638, ptr %2570, align 4
  store <16 x float> %2639, ptr %2573, align 4
  store <16 x float> %2645, ptr %2577, align 4
  store <16 x float> %2646, ptr %2580, align 4
  store <16 x float> %2652, ptr %2584, align 4
  store <16 x float> %2653, ptr %2587, align 4
  store <16 x float> %2659, ptr %2591, align 4
  store <16 x float> %2660, ptr %2594, align 4
  %i27.next = add nuw nsw i64 %i27.addr.02549, 8
  %2661 = icmp ult i64 %i27.addr.02549, 24
  br i1 %2661, label %i27.body, label %j25.body.preheader

j25.body.preheader:                               ; preds = %p9.exit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dbet, i8 0, i64 128, i1 false)
  br label %ib1.body

ib1.body:                                         ; preds = %j25.body.preheader, %j26.exit
  %ib1.addr.02568 = phi i64 [ %ib1.next, %j26.exit ], [ 0, %j25.body.preheader ]
  %2662 = shl nuw nsw i64 %ib1.addr.02568, 2
  %i01 = sub nuw nsw i64 28, %2662
  %2663 = shl nuw nsw i64 %i01, 5
  %2664 = or disjoint i64 %2663, 1024
  %2665 = getelementptr inbounds float, ptr %OY, i64 %2664
  %2666 = load <16 x float>, ptr %2665, align 4
  %2667 = or disjoint i64 %2663, 1040
  %2668 = getelementptr inbounds float, ptr %OY, i64 %2667
  %2669 = load <16 x float>, ptr %2668, align 4
  %2670 = sub nuw nsw i64 29, %2662
  %2671 = shl nuw nsw i64 %2670, 5
  %2672 = or disjoint i64 %2671, 1024
  %2673 = getelementptr inbounds float, ptr %OY, i64 %2672
  %2674 = load <16 x float>, ptr %2673, align 4
  %2675 = or disjoint i64 %2671, 1040
  %2676 = getelementptr inbounds float, ptr %OY, i64 %2675
  %2677 = load <16 x float>, ptr %2676, align 4
  %2678 = sub nuw nsw i64 30, %2662
  %2679 = shl nuw nsw i64 %2678, 5
  %2680 = or disjoint i64 %2679, 1024
  %2681 = getelementptr inbounds float, ptr %OY, i64 %2680
  %2682 = load <16 x float>, ptr %2681, align 4
  %2683 = or disjoint i64 %2679, 1040
  %2684 = getelementptr inbounds float, ptr %OY, i64 %2683
  %2685 = load <16 x float>, ptr %2684, align 4
  %2686 = sub nuw nsw i64 31, %2662
  %2687 = shl nuw nsw i64 %2686, 5
  %2688 = or disjoint i64 %2687, 1024
  %2689 = getelementptr inbounds float, ptr %OY, i64 %2688
  %2690 = load <16 x float>, ptr %2689, align 4
  %2691 = or disjoint i64 %2687, 1040
  %2692 = getelementptr inbounds float, ptr %OY, i64 %2691
  %2693 = load <16 x float>, ptr %2692, align 4
  %.not2650 = icmp eq i64 %ib1.addr.02568, 0
  br i1 %.not2650, label %j26.exit, label %j26.body.preheader

j26.body.preheader:                               ; preds = %ib1.body
  %2694 = sub nuw nsw i64 32, %2662
  br label %j26.body

j26.body:                                         ; preds = %j26.body.preheader, %j26.body
  %j26.addr.02559 = phi i64 [ %j26.next, %j26.body ], [ %2694, %j26.body.preheader ]
  %acc119.02558 = phi <16 x float> [ %2733, %j26.body ], [ %2693, %j26.body.preheader ]
  %acc118.02557 = phi <16 x float> [ %2732, %j26.body ], [ %2690, %j26.body.preheader ]
  %acc117.02556 = phi <16 x float> [ %2725, %j26.body ], [ %2685, %j26.body.preheader ]
  %acc116.02555 = phi <16 x float> [ %2724, %j26.body ], [ %2682, %j26.body.preheader ]
  %acc115.02554 = phi <16 x float> [ %2717, %j26.body ], [ %2677, %j26.body.preheader ]
  %acc114.02553 = phi <16 x float> [ %2716, %j26.body ], [ %2674, %j26.body.preheader ]
  %acc113.02552 = phi <16 x float> [ %2709, %j26.body ], [ %2669, %j26.body.preheader ]
  %acc112.02551 = phi <16 x float> [ %2708, %j26.body ], [ %2666, %j26.body.preheader ]
  %2695 = shl nuw nsw i64 %j26.addr.02559, 5
  %2696 = or disjoint i64 %2695, 1024
  %2697 = getelementptr inbounds float, ptr %OY, i64 %2696
  %2698 = load <16 x float>, ptr %2697, align 4
  %2699 = or disjoint i64 %2695, 1040
  %2700 = getelementptr inbounds float, ptr %OY, i64 %2699
  %2701 = load <16 x float>, ptr %2700, align 4
  %2702 = or disjoint i64 %2695, %i01
  %2703 = getelementptr inbounds float, ptr %Gm, i64 %2702
  %2704 = load float, ptr %2703, align 4
  %2705 = fneg float %2704
  %2706 = insertelement <16 x float> poison, float %2705, i64 0
  %2707 = shufflevector <16 x float> %2706, <16 x float> poison, <16 x i32> zeroinitializer
  %2708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2707, <16 x float> %2698, <16 x float> %acc112.02551)
  %2709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2707, <16 x float> %2701, <16 x float> %acc113.02552)
  %2710 = or disjoint i64 %2695, %2670
  %2711 = getelementptr inbounds float, ptr %Gm, i64 %2710
  %2712 = load float, ptr %2711, align 4
  %2713 = fneg float %2712
  %2714 = insertelement <16 x float> poison, float %2713, i64 0
  %2715 = shufflevector <16 x float> %2714, <16 x float> poison, <16 x i32> zeroinitializer
  %2716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2715, <16 x float> %2698, <16 x float> %acc114.02553)
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2715, <16 x float> %2701, <16 x float> %acc115.02554)
  %2718 = or disjoint i64 %2695, %2678
  %2719 = getelementptr inbounds float, ptr %Gm, i64 %2718
  %2720 = load float, ptr %2719, align 4
  %2721 = fneg float %2720
  %2722 = insertelement <16 x float> poison, float %2721, i64 0
  %2723 = shufflevector <16 x float> %2722, <16 x float> poison, <16 x i32> zeroinitializer
  %2724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2723, <16 x float> %2698, <16 x float> %acc116.02555)
  %2725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2723, <16 x float> %2701, <16 x float> %acc117.02556)
  %2726 = or disjoint i64 %2695, %2686
  %2727 = getelementptr inbounds float, ptr %Gm, i64 %2726
  %2728 = load float, ptr %2727, align 4
  %2729 = fneg float %2728
  %2730 = insertelement <16 x float> poison, float %2729, i64 0
  %2731 = shufflevector <16 x float> %2730, <16 x float> poison, <16 x i32> zeroinitializer
  %2732 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2731, <16 x float> %2698, <16 x float> %acc118.02557)
  %2733 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2731, <16 x float> %2701, <16 x float> %acc119.02558)
  %j26.next = add nuw nsw i64 %j26.addr.02559, 1
  %2734 = icmp ult i64 %j26.addr.02559, 31
  br i1 %2734, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2666, %ib1.body ], [ %2708, %j26.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2669, %ib1.body ], [ %2709, %j26.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2674, %ib1.body ], [ %2716, %j26.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2677, %ib1.body ], [ %2717, %j26.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2682, %ib1.body ], [ %2724, %j26.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2685, %ib1.body ], [ %2725, %j26.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2690, %ib1.body ], [ %2732, %j26.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2693, %ib1.body ], [ %2733, %j26.body ]
  %2735 = getelementptr inbounds float, ptr %Rr, i64 %2687
  %2736 = load <16 x float>, ptr %2735, align 4
  %2737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2736, <16 x float> zeroinitializer)
  %2738 = or disjoint i64 %2687, 16
  %2739 = getelementptr inbounds float, ptr %Rr, i64 %2738
  %2740 = load <16 x float>, ptr %2739, align 4
  %2741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2740, <16 x float> %2737)
  %2742 = shufflevector <16 x float> %2741, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2743 = shufflevector <16 x float> %2741, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2744 = fadd <8 x float> %2742, %2743
  %2745 = shufflevector <8 x float> %2744, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2746 = shufflevector <8 x float> %2744, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2747 = fadd <4 x float> %2745, %2746
  %2748 = shufflevector <4 x float> %2747, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2749 = shufflevector <4 x float> %2747, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2750 = fadd <2 x float> %2748, %2749
  %2751 = shufflevector <2 x float> %2750, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2752 = shufflevector <2 x float> %2750, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2753 = getelementptr inbounds float, ptr %bet, i64 %2686
  %2754 = load float, ptr %2753, align 4
  %2755 = insertelement <16 x float> poison, float %2754, i64 0
  %2756 = shufflevector <16 x float> %2755, <16 x float> poison, <16 x i32> zeroinitializer
  %2757 = fmul <16 x float> %acc118.0.lcssa, %2756
  store <16 x float> %2757, ptr %2689, align 4
  %2758 = fneg <16 x float> %2757
  %2759 = shl nuw nsw i64 %2686, 7
  %2760 = or disjoint i64 %2759, 32
  %2761 = getelementptr inbounds float, ptr %Ak, i64 %2760
  store <16 x float> %2758, ptr %2761, align 4
  %2762 = fmul <16 x float> %acc119.0.lcssa, %2756
  store <16 x float> %2762, ptr %2692, align 4
  %2763 = fneg <16 x float> %2762
  %2764 = or disjoint i64 %2759, 48
  %2765 = getelementptr inbounds float, ptr %Ak, i64 %2764
  store <16 x float> %2763, ptr %2765, align 4
  %2766 = or disjoint i64 %2687, %2678
  %2767 = getelementptr inbounds float, ptr %Gm, i64 %2766
  %2768 = load float, ptr %2767, align 4
  %2769 = fneg float %2768
  %2770 = insertelement <16 x float> poison, float %2769, i64 0
  %2771 = shufflevector <16 x float> %2770, <16 x float> poison, <16 x i32> zeroinitializer
  %2772 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2771, <16 x float> %2757, <16 x float> %acc116.0.lcssa)
  %2773 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2771, <16 x float> %2762, <16 x float> %acc117.0.lcssa)
  %2774 = getelementptr inbounds float, ptr %Rr, i64 %2679
  %2775 = load <16 x float>, ptr %2774, align 4
  %2776 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2772, <16 x float> %2775, <16 x float> zeroinitializer)
  %2777 = or disjoint i64 %2679, 16
  %2778 = getelementptr inbounds float, ptr %Rr, i64 %2777
  %2779 = load <16 x float>, ptr %2778, align 4
  %2780 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2773, <16 x float> %2779, <16 x float> %2776)
  %2781 = shufflevector <16 x float> %2780, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2782 = shufflevector <16 x float> %2780, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2783 = fadd <8 x float> %2781, %2782
  %2784 = shufflevector <8 x float> %2783, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2785 = shufflevector <8 x float> %2783, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2786 = fadd <4 x float> %2784, %2785
  %2787 = shufflevector <4 x float> %2786, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2788 = shufflevector <4 x float> %2786, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2789 = fadd <2 x float> %2787, %2788
  %2790 = shufflevector <2 x float> %2789, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2791 = shufflevector <2 x float> %2789, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2792 = getelementptr inbounds float, ptr %bet, i64 %2678
  %2793 = load float, ptr %2792, align 4
  %2794 = insertelement <16 x float> poison, float %2793, i64 0
  %2795 = shufflevector <16 x float> %2794, <16 x float> poison, <16 x i32> zeroinitializer
  %2796 = fmul <16 x float> %2772, %2795
  store <16 x float> %2796, ptr %2681, align 4
  %2797 = fneg <16 x float> %2796
  %2798 = shl nuw nsw i64 %2678, 7
  %2799 = or disjoint i64 %2798, 32
  %2800 = getelementptr inbounds float, ptr %Ak, i64 %2799
  store <16 x float> %2797, ptr %2800, align 4
  %2801 = fmul <16 x float> %2773, %2795
  store <16 x float> %2801, ptr %2684, align 4
  %2802 = fneg <16 x float> %2801
  %2803 = or disjoint i64 %2798, 48
  %2804 = getelementptr inbounds float, ptr %Ak, i64 %2803
  store <16 x float> %2802, ptr %2804, align 4
  %2805 = or disjoint i64 %2679, %2670
  %2806 = getelementptr inbounds float, ptr %Gm, i64 %2805
  %2807 = load float, ptr %2806, align 4
  %2808 = fneg float %2807
  %2809 = insertelement <16 x float> poison, float %2808, i64 0
  %2810 = shufflevector <16 x float> %2809, <16 x float> poison, <16 x i32> zeroinitializer
  %2811 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2810, <16 x float> %2796, <16 x float> %acc114.0.lcssa)
  %2812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2810, <16 x float> %2801, <16 x float> %acc115.0.lcssa)
  %2813 = or disjoint i64 %2687, %2670
  %2814 = getelementptr inbounds float, ptr %Gm, i64 %2813
  %2815 = load float, ptr %2814, align 4
  %2816 = fneg float %2815
  %2817 = insertelement <16 x float> poison, float %2816, i64 0
  %2818 = shufflevector <16 x float> %2817, <16 x float> poison, <16 x i32> zeroinitializer
  %2819 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2818, <16 x float> %2757, <16 x float> %2811)
  %2820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2818, <16 x float> %2762, <16 x float> %2812)
  %2821 = getelementptr inbounds float, ptr %Rr, i64 %2671
  %2822 = load <16 x float>, ptr %2821, align 4
  %2823 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2819, <16 x float> %2822, <16 x float> zeroinitializer)
  %2824 = or disjoint i64 %2671, 16
  %2825 = getelementptr inbounds float, ptr %Rr, i64 %2824
  %2826 = load <16 x float>, ptr %2825, align 4
  %2827 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2820, <16 x float> %2826, <16 x float> %2823)
  %2828 = shufflevector <16 x float> %2827, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2829 = shufflevector <16 x float> %2827, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2830 = fadd <8 x float> %2828, %2829
  %2831 = shufflevector <8 x float> %2830, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2832 = shufflevector <8 x float> %2830, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2833 = fadd <4 x float> %2831, %2832
  %2834 = shufflevector <4 x float> %2833, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2835 = shufflevector <4 x float> %2833, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2836 = fadd <2 x float> %2834, %2835
  %2837 = getelementptr inbounds float, ptr %bet, i64 %2670
  %2838 = load float, ptr %2837, align 4
  %2839 = insertelement <16 x float> poison, float %2838, i64 0
  %2840 = shufflevector <16 x float> %2839, <16 x float> poison, <16 x i32> zeroinitializer
  %2841 = fmul <16 x float> %2819, %2840
  store <16 x float> %2841, ptr %2673, align 4
  %2842 = fneg <16 x float> %2841
  %2843 = shl nuw nsw i64 %2670, 7
  %2844 = or disjoint i64 %2843, 32
  %2845 = getelementptr inbounds float, ptr %Ak, i64 %2844
  store <16 x float> %2842, ptr %2845, align 4
  %2846 = fmul <16 x float> %2820, %2840
  store <16 x float> %2846, ptr %2676, align 4
  %2847 = fneg <16 x float> %2846
  %2848 = or disjoint i64 %2843, 48
  %2849 = getelementptr inbounds float, ptr %Ak, i64 %2848
  store <16 x float> %2847, ptr %2849, align 4
  %2850 = or disjoint i64 %2671, %i01
  %2851 = getelementptr inbounds float, ptr %Gm, i64 %2850
  %2852 = load float, ptr %2851, align 4
  %2853 = fneg float %2852
  %2854 = insertelement <16 x float> poison, float %2853, i64 0
  %2855 = shufflevector <16 x float> %2854, <16 x float> poison, <16 x i32> zeroinitializer
  %2856 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2855, <16 x float> %2841, <16 x float> %acc112.0.lcssa)
  %2857 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2855, <16 x float> %2846, <16 x float> %acc113.0.lcssa)
  %2858 = or disjoint i64 %2679, %i01
  %2859 = getelementptr inbounds float, ptr %Gm, i64 %2858
  %2860 = load float, ptr %2859, align 4
  %2861 = fneg float %2860
  %2862 = insertelement <16 x float> poison, float %2861, i64 0
  %2863 = shufflevector <16 x float> %2862, <16 x float> poison, <16 x i32> zeroinitializer
  %2864 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2863, <16 x float> %2796, <16 x float> %2856)
  %2865 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2863, <16 x float> %2801, <16 x float> %2857)
  %2866 = or disjoint i64 %2687, %i01
  %2867 = getelementptr inbounds float, ptr %Gm, i64 %2866
  %2868 = load float, ptr %2867, align 4
  %2869 = fneg float %2868
  %2870 = insertelement <16 x float> poison, float %2869, i64 0
  %2871 = shufflevector <16 x float> %2870, <16 x float> poison, <16 x i32> zeroinitializer
  %2872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2871, <16 x float> %2757, <16 x float> %2864)
  %2873 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2871, <16 x float> %2762, <16 x float> %2865)
  %2874 = getelementptr inbounds float, ptr %Rr, i64 %2663
  %2875 = load <16 x float>, ptr %2874, align 4
  %2876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2872, <16 x float> %2875, <16 x float> zeroinitializer)
  %2877 = or disjoint i64 %2663, 16
  %2878 = getelementptr inbounds float, ptr %Rr, i64 %2877
  %2879 = load <16 x float>, ptr %2878, align 4
  %2880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2873, <16 x float> %2879, <16 x float> %2876)
  %2881 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2882 = shufflevector <16 x float> %2880, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2883 = shufflevector <16 x float> %2880, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2884 = fadd <8 x float> %2882, %2883
  %2885 = shufflevector <8 x float> %2884, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2886 = shufflevector <8 x float> %2884, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2887 = fadd <4 x float> %2885, %2886
  %2888 = shufflevector <4 x float> %2887, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2889 = shufflevector <4 x float> %2887, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2890 = fadd <2 x float> %2888, %2889
  %2891 = load <4 x float>, ptr %2881, align 4
  %2892 = shufflevector <2 x float> %2890, <2 x float> %2836, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2893 = shufflevector <4 x float> %2892, <4 x float> %2791, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2894 = shufflevector <4 x float> %2893, <4 x float> %2752, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2895 = shufflevector <2 x float> %2890, <2 x float> %2836, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2896 = shufflevector <4 x float> %2895, <4 x float> %2790, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2897 = shufflevector <4 x float> %2896, <4 x float> %2751, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2898 = fadd <4 x float> %2894, %2897
  %2899 = fadd <4 x float> %2891, %2898
  store <4 x float> %2899, ptr %2881, align 4
  %2900 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2901 = load float, ptr %2900, align 4
  %2902 = insertelement <16 x float> poison, float %2901, i64 0
  %2903 = shufflevector <16 x float> %2902, <16 x float> poison, <16 x i32> zeroinitializer
  %2904 = fmul <16 x float> %2872, %2903
  store <16 x float> %2904, ptr %2665, align 4
  %2905 = fneg <16 x float> %2904
  %2906 = shl nuw nsw i64 %i01, 7
  %2907 = or disjoint i64 %2906, 32
  %2908 = getelementptr inbounds float, ptr %Ak, i64 %2907
  store <16 x float> %2905, ptr %2908, align 4
  %2909 = fmul <16 x float> %2873, %2903
  store <16 x float> %2909, ptr %2668, align 4
  %2910 = fneg <16 x float> %2909
  %2911 = or disjoint i64 %2906, 48
  %2912 = getelementptr inbounds float, ptr %Ak, i64 %2911
  store <16 x float> %2910, ptr %2912, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02568, 1
  %exitcond2853.not = icmp eq i64 %ib1.next, 8
  br i1 %exitcond2853.not, label %i32.body, label %ib1.body

i32.body:                                         ; preds = %j26.exit, %p10.exit
  %i32.addr.02586 = phi i64 [ %i32.next, %p10.exit ], [ 0, %j26.exit ]
  %2913 = shl nuw nsw i64 %i32.addr.02586, 6
  %2914 = or disjoint i64 %2913, 32
  %2915 = getelementptr inbounds float, ptr %work, i64 %2914
  %2916 = load <16 x float>, ptr %2915, align 4
  %2917 = or disjoint i64 %2913, 48
  %2918 = getelementptr inbounds float, ptr %work, i64 %2917
  %2919 = load <16 x float>, ptr %2918, align 4
  %2920 = or disjoint i64 %i32.addr.02586, 1
  %2921 = shl nuw nsw i64 %2920, 6
  %2922 = or disjoint i64 %2921, 32
  %2923 = getelementptr inbounds float, ptr %work, i64 %2922
  %2924 = load <16 x float>, ptr %2923, align 4
  %2925 = or disjoint i64 %2921, 48
  %2926 = getelementptr inbounds float, ptr %work, i64 %2925
  %2927 = load <16 x float>, ptr %2926, align 4
  %2928 = or disjoint i64 %i32.addr.02586, 2
  %2929 = shl nuw nsw i64 %2928, 6
  %2930 = or disjoint i64 %2929, 32
  %2931 = getelementptr inbounds float, ptr %work, i64 %2930
  %2932 = load <16 x float>, ptr %2931, align 4
  %2933 = or disjoint i64 %2929, 48
  %2934 = getelementptr inbounds float, ptr %work, i64 %2933
  %2935 = load <16 x float>, ptr %2934, align 4
  %2936 = or disjoint i64 %i32.addr.02586, 3
  %2937 = shl nuw nsw i64 %2936, 6
  %2938 = or disjoint i64 %2937, 32
  %2939 = getelementptr inbounds float, ptr %work, i64 %2938
  %2940 = load <16 x float>, ptr %2939, align 4
  %2941 = or disjoint i64 %2937, 48
  %2942 = getelementptr inbounds float, ptr %work, i64 %2941
  %2943 = load <16 x float>, ptr %2942, align 4
  %2944 = or disjoint i64 %i32.addr.02586, 4
  %2945 = shl nuw nsw i64 %2944, 6
  %2946 = or disjoint i64 %2945, 32
  %2947 = getelementptr inbounds float, ptr %work, i64 %2946
  %2948 = load <16 x float>, ptr %2947, align 4
  %2949 = or disjoint i64 %2945, 48
  %2950 = getelementptr inbounds float, ptr %work, i64 %2949
  %2951 = load <16 x float>, ptr %2950, align 4
  %2952 = or disjoint i64 %i32.addr.02586, 5
  %2953 = shl nuw nsw i64 %2952, 6
  %2954 = or disjoint i64 %2953, 32
  %2955 = getelementptr inbounds float, ptr %work, i64 %2954
  %2956 = load <16 x float>, ptr %2955, align 4
  %2957 = or disjoint i64 %2953, 48
  %2958 = getelementptr inbounds float, ptr %work, i64 %2957
  %2959 = load <16 x float>, ptr %2958, align 4
  %2960 = or disjoint i64 %i32.addr.02586, 6
  %2961 = shl nuw nsw i64 %2960, 6
  %2962 = or disjoint i64 %2961, 32
  %2963 = getelementptr inbounds float, ptr %work, i64 %2962
  %2964 = load <16 x float>, ptr %2963, align 4
  %2965 = or disjoint i64 %2961, 48
  %2966 = getelementptr inbounds float, ptr %work, i64 %2965
  %2967 = load <16 x float>, ptr %2966, align 4
  %2968 = or disjoint i64 %i32.addr.02586, 7
  %2969 = shl nuw nsw i64 %2968, 6
  %2970 = or disjoint i64 %2969, 32
  %2971 = getelementptr inbounds float, ptr %work, i64 %2970
  %2972 = load <16 x float>, ptr %2971, align 4
  %2973 = or disjoint i64 %2969, 48
  %2974 = getelementptr inbounds float, ptr %work, i64 %2973
  %2975 = load <16 x float>, ptr %2974, align 4
  br label %p10.body

p10.body:                                         ; preds = %i32.body, %p10.body
  %p10.addr.02585 = phi i64 [ 0, %i32.body ], [ %p10.next, %p10.body ]
  %acc135.02584 = phi <16 x float> [ %2975, %i32.body ], [ %3037, %p10.body ]
  %acc134.02583 = phi <16 x float> [ %2972, %i32.body ], [ %3036, %p10.body ]
  %acc133.02582 = phi <16 x float> [ %2967, %i32.body ], [ %3030, %p10.body ]
  %acc132.02581 = phi <16 x float> [ %2964, %i32.body ], [ %3029, %p10.body ]
  %acc131.02580 = phi <16 x float> [ %2959, %i32.body ], [ %3023, %p10.body ]
  %acc130.02579 = phi <16 x float> [ %2956, %i32.body ], [ %3022, %p10.body ]
  %acc129.02578 = phi <16 x float> [ %2951, %i32.body ], [ %3016, %p10.body ]
  %acc128.02577 = phi <16 x float> [ %2948, %i32.body ], [ %3015, %p10.body ]
  %acc127.02576 = phi <16 x float> [ %2943, %i32.body ], [ %3009, %p10.body ]
  %acc126.02575 = phi <16 x float> [ %2940, %i32.body ], [ %3008, %p10.body ]
  %acc125.02574 = phi <16 x float> [ %2935, %i32.body ], [ %3002, %p10.body ]
  %acc124.02573 = phi <16 x float> [ %2932, %i32.body ], [ %3001, %p10.body ]
  %acc123.02572 = phi <16 x float> [ %2927, %i32.body ], [ %2995, %p10.body ]
  %acc122.02571 = phi <16 x float> [ %2924, %i32.body ], [ %2994, %p10.body ]
  %acc121.02570 = phi <16 x float> [ %2919, %i32.body ], [ %2988, %p10.body ]
  %acc120.02569 = phi <16 x float> [ %2916, %i32.body ], [ %2987, %p10.body ]
  %2976 = shl nuw nsw i64 %p10.addr.02585, 5
  %2977 = getelementptr inbounds float, ptr %OY, i64 %2976
  %2978 = load <16 x float>, ptr %2977, align 4
  %2979 = or disjoint i64 %2976, 16
  %2980 = getelementptr inbounds float, ptr %OY, i64 %2979
  %2981 = load <16 x float>, ptr %2980, align 4
  %2982 = or disjoint i64 %2976, %i32.addr.02586
  %2983 = getelementptr inbounds float, ptr %QK, i64 %2982
  %2984 = load float, ptr %2983, align 4
  %2985 = insertelement <16 x float> poison, float %2984, i64 0
  %2986 = shufflevector <16 x float> %2985, <16 x float> poison, <16 x i32> zeroinitializer
  %2987 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2986, <16 x float> %2978, <16 x float> %acc120.02569)
  %2988 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2986, <16 x float> %2981, <16 x float> %acc121.02570)
  %2989 = or disjoint i64 %2976, %2920
  %2990 = getelementptr inbounds float, ptr %QK, i64 %2989
  %2991 = load float, ptr %2990, align 4
  %2992 = insertelement <16 x float> poison, float %2991, i64 0
  %2993 = shufflevector <16 x float> %2992, <16 x float> poison, <16 x i32> zeroinitializer
  %2994 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2993, <16 x float> %2978, <16 x float> %acc122.02571)
  %2995 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2993, <16 x float> %2981, <16 x float> %acc123.02572)
  %2996 = or disjoint i64 %2976, %2928
  %2997 = getelementptr inbounds float, ptr %QK, i64 %2996
  %2998 = load float, ptr %2997, align 4
  %2999 = insertelement <16 x float> poison, float %2998, i64 0
  %3000 = shufflevector <16 x float> %2999, <16 x float> poison, <16 x i32> zeroinitializer
  %3001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3000, <16 x float> %2978, <16 x float> %acc124.02573)
  %3002 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3000, <16 x float> %2981, <16 x float> %acc125.02574)
  %3003 = or disjoint i64 %2976, %2936
  %3004 = getelementptr inbounds float, ptr %QK, i64 %3003
  %3005 = load float, ptr %3004, align 4
  %3006 = insertelement <16 x float> poison, float %3005, i64 0
  %3007 = shufflevector <16 x float> %3006, <16 x float> poison, <16 x i32> zeroinitializer
  %3008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3007, <16 x float> %2978, <16 x float> %acc126.02575)
  %3009 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3007, <16 x float> %2981, <16 x float> %acc127.02576)
  %3010 = or disjoint i64 %2976, %2944
  %3011 = getelementptr inbounds float, ptr %QK, i64 %3010
  %3012 = load float, ptr %3011, align 4
  %3013 = insertelement <16 x float> poison, float %3012, i64 0
  %3014 = shufflevector <16 x float> %3013, <16 x float> poison, <16 x i32> zeroinitializer
  %3015 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3014, <16 x float> %2978, <16 x float> %acc128.02577)
  %3016 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3014, <16 x float> %2981, <16 x float> %acc129.02578)
  %3017 = or disjoint i64 %2976, %2952
  %3018 = getelementptr inbounds float, ptr %QK, i64 %3017
  %3019 = load float, ptr %3018, align 4
  %3020 = insertelement <16 x float> poison, float %3019, i64 0
  %3021 = shufflevector <16 x float> %3020, <16 x float> poison, <16 x i32> zeroinitializer
  %3022 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3021, <16 x float> %2978, <16 x float> %acc130.02579)
  %3023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3021, <16 x float> %2981, <16 x float> %acc131.02580)
  %3024 = or disjoint i64 %2976, %2960
  %3025 = getelementptr inbounds float, ptr %QK, i64 %3024
  %3026 = load float, ptr %3025, align 4
  %3027 = insertelement <16 x float> poison, float %3026, i64 0
  %3028 = shufflevector <16 x float> %3027, <16 x float> poison, <16 x i32> zeroinitializer
  %3029 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3028, <16 x float> %2978, <16 x float> %acc132.02581)
  %3030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3028, <16 x float> %2981, <16 x float> %acc133.02582)
  %3031 = or disjoint i64 %2976, %2968
  %3032 = getelementptr inbounds float, ptr %QK, i64 %3031
  %3033 = load float, ptr %3032, align 4
  %3034 = insertelement <16 x float> poison, float %3033, i64 0
  %3035 = shufflevector <16 x float> %3034, <16 x float> poison, <16 x i32> zeroinitializer
  %3036 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3035, <16 x float> %2978, <16 x float> %acc134.02583)
  %3037 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3035, <16 x float> %2981, <16 x float> %acc135.02584)
  %p10.next = add nuw nsw i64 %p10.addr.02585, 1
  %exitcond2854.not = icmp eq i64 %p10.next, 64
  br i1 %exitcond2854.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2987, ptr %2915, align 4
  store <16 x float> %2988, ptr %2918, align 4
  store <16 x float> %2994, ptr %2923, align 4
  store <16 x float> %2995, ptr %2926, align 4
  store <16 x float> %3001, ptr %2931, align 4
  store <16 x float> %3002, ptr %2934, align 4
  store <16 x float> %3008, ptr %2939, align 4
  store <16 x float> %3009, ptr %2942, align 4
  store <16 x float> %3015, ptr %2947, align 4
  store <16 x float> %3016, ptr %2950, align 4
  store <16 x float> %3022, ptr %2955, align 4
  store <16 x float> %3023, ptr %2958, align 4
  store <16 x float> %3029, ptr %2963, align 4
  store <16 x float> %3030, ptr %2966, align 4
  store <16 x float> %3036, ptr %2971, align 4
  store <16 x float> %3037, ptr %2974, align 4
  %i32.next = add nuw nsw i64 %i32.addr.02586, 8
  %3038 = icmp ult i64 %i32.addr.02586, 24
  br i1 %3038, label %i32.body, label %i33.body

i33.head.loopexit:                                ; preds = %p11.exit.1, %p11.exit
  %3039 = icmp ult i64 %i33.addr.02599, 24
  br i1 %3039, label %i33.body, label %j29.head.preheader

i33.body:                                         ; preds = %p10.exit, %i33.head.loopexit
  %i33.addr.02599 = phi i64 [ %3040, %i33.head.loopexit ], [ 0, %p10.exit ]
  %3040 = add nuw nsw i64 %i33.addr.02599, 8
  %3041 = shl nuw nsw i64 %i33.addr.02599, 5
  %3042 = shl nuw nsw i64 %i33.addr.02599, 7
  %3043 = or disjoint i64 %3042, 96
  %3044 = getelementptr inbounds float, ptr %Ak, i64 %3043
  %3045 = or disjoint i64 %3042, 224
  %3046 = getelementptr inbounds float, ptr %Ak, i64 %3045
  %3047 = or disjoint i64 %3042, 352
  %3048 = getelementptr inbounds float, ptr %Ak, i64 %3047
  %3049 = or disjoint i64 %3042, 480
  %3050 = getelementptr inbounds float, ptr %Ak, i64 %3049
  %3051 = or disjoint i64 %3042, 608
  %3052 = getelementptr inbounds float, ptr %Ak, i64 %3051
  %3053 = or disjoint i64 %3042, 736
  %3054 = getelementptr inbounds float, ptr %Ak, i64 %3053
  %3055 = or disjoint i64 %3042, 864
  %3056 = getelementptr inbounds float, ptr %Ak, i64 %3055
  %3057 = or disjoint i64 %3042, 992
  %3058 = getelementptr inbounds float, ptr %Ak, i64 %3057
  br label %p11.body

p11.body:                                         ; preds = %i33.body, %p11.body
  %p11.addr.02597 = phi i64 [ 0, %i33.body ], [ %p11.next, %p11.body ]
  %acc143.02596 = phi <16 x float> [ zeroinitializer, %i33.body ], [ %3108, %p11.body ]
  %acc142.02595 = phi <16 x float> [ zeroinitializer, %i33.body ], [ %3102, %p11.body ]
  %acc141.02594 = phi <16 x float> [ zeroinitializer, %i33.body ], [ %3096, %p11.body ]
  %acc140.02593 = phi <16 x float> [ zeroinitializer, %i33.body ], [ %3090, %p11.body ]
  %acc139.02592 = phi <16 x float> [ zeroinitializer, %i33.body ], [ %3084, %p11.body ]
  %acc138.02591 = phi <16 x float> [ zeroinitializer, %i33.body ], [ %3078, %p11.body ]
  %acc137.02590 = phi <16 x float> [ zeroinitializer, %i33.body ], [ %3072, %p11.body ]
  %acc136.02589 = phi <16 x float> [ zeroinitializer, %i33.body ], [ %3066, %p11.body ]
  %.idx = shl nuw nsw i64 %p11.addr.02597, 7
  %gep2588 = getelementptr inbounds i8, ptr %VnT, i64 %.idx
  %3059 = load <16 x float>, ptr %gep2588, align 4
  %3060 = add nuw nsw i64 %p11.addr.02597, %3041
  %3061 = or disjoint i64 %3060, 1024
  %3062 = getelementptr inbounds float, ptr %OY, i64 %3061
  %3063 = load float, ptr %3062, align 4
  %3064 = insertelement <16 x float> poison, float %3063, i64 0
  %3065 = shufflevector <16 x float> %3064, <16 x float> poison, <16 x i32> zeroinitializer
  %3066 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3065, <16 x float> %3059, <16 x float> %acc136.02589)
  %3067 = or disjoint i64 %3060, 1056
  %3068 = getelementptr inbounds float, ptr %OY, i64 %3067
  %3069 = load float, ptr %3068, align 4
  %3070 = insertelement <16 x float> poison, float %3069, i64 0
  %3071 = shufflevector <16 x float> %3070, <16 x float> poison, <16 x i32> zeroinitializer
  %3072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3071, <16 x float> %3059, <16 x float> %acc137.02590)
  %3073 = or disjoint i64 %3060, 1088
  %3074 = getelementptr inbounds float, ptr %OY, i64 %3073
  %3075 = load float, ptr %3074, align 4
  %3076 = insertelement <16 x float> poison, float %3075, i64 0
  %3077 = shufflevector <16 x float> %3076, <16 x float> poison, <16 x i32> zeroinitializer
  %3078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3077, <16 x float> %3059, <16 x float> %acc138.02591)
  %3079 = or disjoint i64 %3060, 1120
  %3080 = getelementptr inbounds float, ptr %OY, i64 %3079
  %3081 = load float, ptr %3080, align 4
  %3082 = insertelement <16 x float> poison, float %3081, i64 0
  %3083 = shufflevector <16 x float> %3082, <16 x float> poison, <16 x i32> zeroinitializer
  %3084 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3083, <16 x float> %3059, <16 x float> %acc139.02592)
  %3085 = or disjoint i64 %3060, 1152
  %3086 = getelementptr inbounds float, ptr %OY, i64 %3085
  %3087 = load float, ptr %3086, align 4
  %3088 = insertelement <16 x float> poison, float %3087, i64 0
  %3089 = shufflevector <16 x float> %3088, <16 x float> poison, <16 x i32> zeroinitializer
  %3090 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3089, <16 x float> %3059, <16 x float> %acc140.02593)
  %3091 = or disjoint i64 %3060, 1184
  %3092 = getelementptr inbounds float, ptr %OY, i64 %3091
  %3093 = load float, ptr %3092, align 4
  %3094 = insertelement <16 x float> poison, float %3093, i64 0
  %3095 = shufflevector <16 x float> %3094, <16 x float> poison, <16 x i32> zeroinitializer
  %3096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3095, <16 x float> %3059, <16 x float> %acc141.02594)
  %3097 = or disjoint i64 %3060, 1216
  %3098 = getelementptr inbounds float, ptr %OY, i64 %3097
  %3099 = load float, ptr %3098, align 4
  %3100 = insertelement <16 x float> poison, float %3099, i64 0
  %3101 = shufflevector <16 x float> %3100, <16 x float> poison, <16 x i32> zeroinitializer
  %3102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3101, <16 x float> %3059, <16 x float> %acc142.02595)
  %3103 = or disjoint i64 %3060, 1248
  %3104 = getelementptr inbounds float, ptr %OY, i64 %3103
  %3105 = load float, ptr %3104, align 4
  %3106 = insertelement <16 x float> poison, float %3105, i64 0
  %3107 = shufflevector <16 x float> %3106, <16 x float> poison, <16 x i32> zeroinitializer
  %3108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3107, <16 x float> %3059, <16 x float> %acc143.02596)
  %p11.next = add nuw nsw i64 %p11.addr.02597, 1
  %exitcond2855.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond2855.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %3066, ptr %3044, align 4
  store <16 x float> %3072, ptr %3046, align 4
  store <16 x float> %3078, ptr %3048, align 4
  store <16 x float> %3084, ptr %3050, align 4
  store <16 x float> %3090, ptr %3052, align 4
  store <16 x float> %3096, ptr %3054, align 4
  store <16 x float> %3102, ptr %3056, align 4
  store <16 x float> %3108, ptr %3058, align 4
  %3109 = icmp ugt i64 %i33.addr.02599, 8
  br i1 %3109, label %p11.body.1, label %i33.head.loopexit

p11.body.1:                                       ; preds = %p11.exit, %p11.body.1
  %p11.addr.02597.1 = phi i64 [ %p11.next.1, %p11.body.1 ], [ 0, %p11.exit ]
  %acc143.02596.1 = phi <16 x float> [ %3159, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc142.02595.1 = phi <16 x float> [ %3153, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc141.02594.1 = phi <16 x float> [ %3147, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc140.02593.1 = phi <16 x float> [ %3141, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc139.02592.1 = phi <16 x float> [ %3135, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc138.02591.1 = phi <16 x float> [ %3129, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc137.02590.1 = phi <16 x float> [ %3123, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %acc136.02589.1 = phi <16 x float> [ %3117, %p11.body.1 ], [ zeroinitializer, %p11.exit ]
  %.idx.1 = shl nuw nsw i64 %p11.addr.02597.1, 7
  %gep2588.1 = getelementptr inbounds i8, ptr %invariant.gep2587.1, i64 %.idx.1
  %3110 = load <16 x float>, ptr %gep2588.1, align 4
  %3111 = add nuw nsw i64 %p11.addr.02597.1, %3041
  %3112 = or disjoint i64 %3111, 1024
  %3113 = getelementptr inbounds float, ptr %OY, i64 %3112
  %3114 = load float, ptr %3113, align 4
  %3115 = insertelement <16 x float> poison, float %3114, i64 0
  %3116 = shufflevector <16 x float> %3115, <16 x float> poison, <16 x i32> zeroinitializer
  %3117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3116, <16 x float> %3110, <16 x float> %acc136.02589.1)
  %3118 = or disjoint i64 %3111, 1056
  %3119 = getelementptr inbounds float, ptr %OY, i64 %3118
  %3120 = load float, ptr %3119, align 4
  %3121 = insertelement <16 x float> poison, float %3120, i64 0
  %3122 = shufflevector <16 x float> %3121, <16 x float> poison, <16 x i32> zeroinitializer
  %3123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3110, <16 x float> %acc137.02590.1)
  %3124 = or disjoint i64 %3111, 1088
  %3125 = getelementptr inbounds float, ptr %OY, i64 %3124
  %3126 = load float, ptr %3125, align 4
  %3127 = insertelement <16 x float> poison, float %3126, i64 0
  %3128 = shufflevector <16 x float> %3127, <16 x float> poison, <16 x i32> zeroinitializer
  %3129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3128, <16 x float> %3110, <16 x float> %acc138.02591.1)
  %3130 = or disjoint i64 %3111, 1120
  %3131 = getelementptr inbounds float, ptr %OY, i64 %3130
  %3132 = load float, ptr %3131, align 4
  %3133 = insertelement <16 x float> poison, float %3132, i64 0
  %3134 = shufflevector <16 x float> %3133, <16 x float> poison, <16 x i32> zeroinitializer
  %3135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3134, <16 x float> %3110, <16 x float> %acc139.02592.1)
  %3136 = or disjoint i64 %3111, 1152
  %3137 = getelementptr inbounds float, ptr %OY, i64 %3136
  %3138 = load float, ptr %3137, align 4
  %3139 = insertelement <16 x float> poison, float %3138, i64 0
  %3140 = shufflevector <16 x float> %3139, <16 x float> poison, <16 x i32> zeroinitializer
  %3141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3140, <16 x float> %3110, <16 x float> %acc140.02593.1)
  %3142 = or disjoint i64 %3111, 1184
  %3143 = getelementptr inbounds float, ptr %OY, i64 %3142
  %3144 = load float, ptr %3143, align 4
  %3145 = insertelement <16 x float> poison, float %3144, i64 0
  %3146 = shufflevector <16 x float> %3145, <16 x float> poison, <16 x i32> zeroinitializer
  %3147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3146, <16 x float> %3110, <16 x float> %acc141.02594.1)
  %3148 = or disjoint i64 %3111, 1216
  %3149 = getelementptr inbounds float, ptr %OY, i64 %3148
  %3150 = load float, ptr %3149, align 4
  %3151 = insertelement <16 x float> poison, float %3150, i64 0
  %3152 = shufflevector <16 x float> %3151, <16 x float> poison, <16 x i32> zeroinitializer
  %3153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3152, <16 x float> %3110, <16 x float> %acc142.02595.1)
  %3154 = or disjoint i64 %3111, 1248
  %3155 = getelementptr inbounds float, ptr %OY, i64 %3154
  %3156 = load float, ptr %3155, align 4
  %3157 = insertelement <16 x float> poison, float %3156, i64 0
  %3158 = shufflevector <16 x float> %3157, <16 x float> poison, <16 x i32> zeroinitializer
  %3159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3158, <16 x float> %3110, <16 x float> %acc143.02596.1)
  %p11.next.1 = add nuw nsw i64 %p11.addr.02597.1, 1
  %exitcond2855.not.1 = icmp eq i64 %p11.next.1, 32
  br i1 %exitcond2855.not.1, label %p11.exit.1, label %p11.body.1

p11.exit.1:                                       ; preds = %p11.body.1
  %3160 = getelementptr inbounds i8, ptr %3044, i64 64
  store <16 x float> %3117, ptr %3160, align 4
  %3161 = getelementptr inbounds i8, ptr %3046, i64 64
  store <16 x float> %3123, ptr %3161, align 4
  %3162 = getelementptr inbounds i8, ptr %3048, i64 64
  store <16 x float> %3129, ptr %3162, align 4
  %3163 = getelementptr inbounds i8, ptr %3050, i64 64
  store <16 x float> %3135, ptr %3163, align 4
  %3164 = getelementptr inbounds i8, ptr %3052, i64 64
  store <16 x float> %3141, ptr %3164, align 4
  %3165 = getelementptr inbounds i8, ptr %3054, i64 64
  store <16 x float> %3147, ptr %3165, align 4
  %3166 = getelementptr inbounds i8, ptr %3056, i64 64
  store <16 x float> %3153, ptr %3166, align 4
  %3167 = getelementptr inbounds i8, ptr %3058, i64 64
  store <16 x float> %3159, ptr %3167, align 4
  br label %i33.head.loopexit

j29.head.preheader:                               ; preds = %i33.head.loopexit, %j29.exit
  %t4.addr.02601 = phi i64 [ %t4.next, %j29.exit ], [ 0, %i33.head.loopexit ]
  %.not2651 = icmp eq i64 %t4.addr.02601, 0
  br i1 %.not2651, label %j29.exit, label %j29.body.lr.ph

j29.body.lr.ph:                                   ; preds = %j29.head.preheader
  %3168 = shl nuw nsw i64 %t4.addr.02601, 7
  %3169 = or disjoint i64 %3168, 96
  %3170 = getelementptr inbounds float, ptr %Ak, i64 %3169
  %gep3064 = getelementptr inbounds float, ptr %invariant.gep3063, i64 %t4.addr.02601
  %xtraiter3398 = and i64 %t4.addr.02601, 7
  %3171 = icmp ult i64 %t4.addr.02601, 8
  br i1 %3171, label %j29.exit.loopexit.unr-lcssa, label %j29.body.lr.ph.new

j29.body.lr.ph.new:                               ; preds = %j29.body.lr.ph
  %unroll_iter3400 = and i64 %t4.addr.02601, 9223372036854775800
  br label %j29.body

j29.body:                                         ; preds = %j29.body, %j29.body.lr.ph.new
  %j29.addr.02600 = phi i64 [ 0, %j29.body.lr.ph.new ], [ %j29.next.7, %j29.body ]
  %niter3401 = phi i64 [ 0, %j29.body.lr.ph.new ], [ %niter3401.next.7, %j29.body ]
  %3172 = getelementptr inbounds float, ptr %3170, i64 %j29.addr.02600
  %3173 = load float, ptr %3172, align 4
  %3174 = fneg float %3173
  store float %3174, ptr %3172, align 4
  %.idx2652 = shl nsw i64 %j29.addr.02600, 9
  %gep3062 = getelementptr inbounds i8, ptr %gep3064, i64 %.idx2652
  store float %3174, ptr %gep3062, align 4
  %j29.next = or disjoint i64 %j29.addr.02600, 1
  %3175 = getelementptr inbounds float, ptr %3170, i64 %j29.next
  %3176 = load float, ptr %3175, align 4
  %3177 = fneg float %3176
  store float %3177, ptr %3175, align 4
  %.idx2652.1 = shl nsw i64 %j29.next, 9
  %gep3062.1 = getelementptr inbounds i8, ptr %gep3064, i64 %.idx2652.1
  store float %3177, ptr %gep3062.1, align 4
  %j29.next.1 = or disjoint i64 %j29.addr.02600, 2
  %3178 = getelementptr inbounds float, ptr %3170, i64 %j29.next.1
  %3179 = load float, ptr %3178, align 4
  %3180 = fneg float %3179
  store float %3180, ptr %3178, align 4
  %.idx2652.2 = shl nsw i64 %j29.next.1, 9
  %gep3062.2 = getelementptr inbounds i8, ptr %gep3064, i64 %.idx2652.2
  store float %3180, ptr %gep3062.2, align 4
  %j29.next.2 = or disjoint i64 %j29.addr.02600, 3
  %3181 = getelementptr inbounds float, ptr %3170, i64 %j29.next.2
  %3182 = load float, ptr %3181, align 4
  %3183 = fneg float %3182
  store float %3183, ptr %3181, align 4
  %.idx2652.3 = shl nsw i64 %j29.next.2, 9
  %gep3062.3 = getelementptr inbounds i8, ptr %gep3064, i64 %.idx2652.3
  store float %3183, ptr %gep3062.3, align 4
  %j29.next.3 = or disjoint i64 %j29.addr.02600, 4
  %3184 = getelementptr inbounds float, ptr %3170, i64 %j29.next.3
  %3185 = load float, ptr %3184, align 4
  %3186 = fneg float %3185
  store float %3186, ptr %3184, align 4
  %.idx2652.4 = shl nsw i64 %j29.next.3, 9
  %gep3062.4 = getelementptr inbounds i8, ptr %gep3064, i64 %.idx2652.4
  store float %3186, ptr %gep3062.4, align 4
  %j29.next.4 = or disjoint i64 %j29.addr.02600, 5
  %3187 = getelementptr inbounds float, ptr %3170, i64 %j29.next.4
  %3188 = load float, ptr %3187, align 4
  %3189 = fneg float %3188
  store float %3189, ptr %3187, align 4
  %.idx2652.5 = shl nsw i64 %j29.next.4, 9
  %gep3062.5 = getelementptr inbounds i8, ptr %gep3064, i64 %.idx2652.5
  store float %3189, ptr %gep3062.5, align 4
  %j29.next.5 = or disjoint i64 %j29.addr.02600, 6
  %3190 = getelementptr inbounds float, ptr %3170, i64 %j29.next.5
  %3191 = load float, ptr %3190, align 4
  %3192 = fneg float %3191
  store float %3192, ptr %3190, align 4
  %.idx2652.6 = shl nsw i64 %j29.next.5, 9
  %gep3062.6 = getelementptr inbounds i8, ptr %gep3064, i64 %.idx2652.6
  store float %3192, ptr %gep3062.6, align 4
  %j29.next.6 = or disjoint i64 %j29.addr.02600, 7
  %3193 = getelementptr inbounds float, ptr %3170, i64 %j29.next.6
  %3194 = load float, ptr %3193, align 4
  %3195 = fneg float %3194
  store float %3195, ptr %3193, align 4
  %.idx2652.7 = shl nsw i64 %j29.next.6, 9
  %gep3062.7 = getelementptr inbounds i8, ptr %gep3064, i64 %.idx2652.7
  store float %3195, ptr %gep3062.7, align 4
  %j29.next.7 = add nuw nsw i64 %j29.addr.02600, 8
  %niter3401.next.7 = add i64 %niter3401, 8
  %niter3401.ncmp.7 = icmp eq i64 %niter3401.next.7, %unroll_iter3400
  br i1 %niter3401.ncmp.7, label %j29.exit.loopexit.unr-lcssa, label %j29.body

j29.exit.loopexit.unr-lcssa:                      ; preds = %j29.body, %j29.body.lr.ph
  %j29.addr.02600.unr = phi i64 [ 0, %j29.body.lr.ph ], [ %j29.next.7, %j29.body ]
  %lcmp.mod3399.not = icmp eq i64 %xtraiter3398, 0
  br i1 %lcmp.mod3399.not, label %j29.exit, label %j29.body.epil

j29.body.epil:                                    ; preds = %j29.exit.loopexit.unr-lcssa, %j29.body.epil
  %j29.addr.02600.epil = phi i64 [ %j29.next.epil, %j29.body.epil ], [ %j29.addr.02600.unr, %j29.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j29.body.epil ], [ 0, %j29.exit.loopexit.unr-lcssa ]
  %3196 = getelementptr inbounds float, ptr %3170, i64 %j29.addr.02600.epil
  %3197 = load float, ptr %3196, align 4
  %3198 = fneg float %3197
  store float %3198, ptr %3196, align 4
  %.idx2652.epil = shl nsw i64 %j29.addr.02600.epil, 9
  %gep3062.epil = getelementptr inbounds i8, ptr %gep3064, i64 %.idx2652.epil
  store float %3198, ptr %gep3062.epil, align 4
  %j29.next.epil = add nuw nsw i64 %j29.addr.02600.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3398
  br i1 %epil.iter.cmp.not, label %j29.exit, label %j29.body.epil, !llvm.loop !3

j29.exit:                                         ; preds = %j29.exit.loopexit.unr-lcssa, %j29.body.epil, %j29.head.preheader
  %.idx2653 = mul nuw nsw i64 %t4.addr.02601, 516
  %gep3066 = getelementptr inbounds i8, ptr %invariant.gep3065, i64 %.idx2653
  store float 0.000000e+00, ptr %gep3066, align 4
  %t4.next = add nuw nsw i64 %t4.addr.02601, 1
  %exitcond2857.not = icmp eq i64 %t4.next, 32
  br i1 %exitcond2857.not, label %p12.head.preheader, label %j29.head.preheader

t5.head.preheader:                                ; preds = %p12.exit
  %3199 = icmp sgt i64 %69, 0
  br i1 %3199, label %j31.head.preheader.preheader, label %t5.exit

j31.head.preheader.preheader:                     ; preds = %t5.head.preheader
  %xtraiter3404 = and i64 %smax3403, 1
  %3200 = icmp slt i64 %indvars.iv2863, 2
  br i1 %3200, label %t5.exit.loopexit.unr-lcssa, label %j31.head.preheader.preheader.new

j31.head.preheader.preheader.new:                 ; preds = %j31.head.preheader.preheader
  %unroll_iter3407 = and i64 %smax3403, 62
  br label %j31.head.preheader

p12.head.preheader:                               ; preds = %j29.exit, %p12.exit
  %i34.addr.02619 = phi i64 [ %i34.next, %p12.exit ], [ 0, %j29.exit ]
  %3201 = shl nuw nsw i64 %i34.addr.02619, 7
  br label %p12.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02618 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.02617 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3263, %p12.body ]
  %acc158.02616 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3262, %p12.body ]
  %acc157.02615 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3256, %p12.body ]
  %acc156.02614 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3255, %p12.body ]
  %acc155.02613 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3249, %p12.body ]
  %acc154.02612 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3248, %p12.body ]
  %acc153.02611 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3242, %p12.body ]
  %acc152.02610 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3241, %p12.body ]
  %acc151.02609 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3235, %p12.body ]
  %acc150.02608 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3234, %p12.body ]
  %acc149.02607 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3228, %p12.body ]
  %acc148.02606 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3227, %p12.body ]
  %acc147.02605 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3221, %p12.body ]
  %acc146.02604 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3220, %p12.body ]
  %acc145.02603 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3214, %p12.body ]
  %acc144.02602 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %3213, %p12.body ]
  %3202 = shl nuw nsw i64 %p12.addr.02618, 5
  %3203 = getelementptr inbounds float, ptr %Bk, i64 %3202
  %3204 = load <16 x float>, ptr %3203, align 4
  %3205 = or disjoint i64 %3202, 16
  %3206 = getelementptr inbounds float, ptr %Bk, i64 %3205
  %3207 = load <16 x float>, ptr %3206, align 4
  %3208 = add nuw nsw i64 %p12.addr.02618, %3201
  %3209 = getelementptr inbounds float, ptr %Ak, i64 %3208
  %3210 = load float, ptr %3209, align 4
  %3211 = insertelement <16 x float> poison, float %3210, i64 0
  %3212 = shufflevector <16 x float> %3211, <16 x float> poison, <16 x i32> zeroinitializer
  %3213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3212, <16 x float> %3204, <16 x float> %acc144.02602)
  %3214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3212, <16 x float> %3207, <16 x float> %acc145.02603)
  %3215 = or disjoint i64 %3208, 128
  %3216 = getelementptr inbounds float, ptr %Ak, i64 %3215
  %3217 = load float, ptr %3216, align 4
  %3218 = insertelement <16 x float> poison, float %3217, i64 0
  %3219 = shufflevector <16 x float> %3218, <16 x float> poison, <16 x i32> zeroinitializer
  %3220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3219, <16 x float> %3204, <16 x float> %acc146.02604)
  %3221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3219, <16 x float> %3207, <16 x float> %acc147.02605)
  %3222 = or disjoint i64 %3208, 256
  %3223 = getelementptr inbounds float, ptr %Ak, i64 %3222
  %3224 = load float, ptr %3223, align 4
  %3225 = insertelement <16 x float> poison, float %3224, i64 0
  %3226 = shufflevector <16 x float> %3225, <16 x float> poison, <16 x i32> zeroinitializer
  %3227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3226, <16 x float> %3204, <16 x float> %acc148.02606)
  %3228 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3226, <16 x float> %3207, <16 x float> %acc149.02607)
  %3229 = or disjoint i64 %3208, 384
  %3230 = getelementptr inbounds float, ptr %Ak, i64 %3229
  %3231 = load float, ptr %3230, align 4
  %3232 = insertelement <16 x float> poison, float %3231, i64 0
  %3233 = shufflevector <16 x float> %3232, <16 x float> poison, <16 x i32> zeroinitializer
  %3234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3233, <16 x float> %3204, <16 x float> %acc150.02608)
  %3235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3233, <16 x float> %3207, <16 x float> %acc151.02609)
  %3236 = or disjoint i64 %3208, 512
  %3237 = getelementptr inbounds float, ptr %Ak, i64 %3236
  %3238 = load float, ptr %3237, align 4
  %3239 = insertelement <16 x float> poison, float %3238, i64 0
  %3240 = shufflevector <16 x float> %3239, <16 x float> poison, <16 x i32> zeroinitializer
  %3241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3240, <16 x float> %3204, <16 x float> %acc152.02610)
  %3242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3240, <16 x float> %3207, <16 x float> %acc153.02611)
  %3243 = or disjoint i64 %3208, 640
  %3244 = getelementptr inbounds float, ptr %Ak, i64 %3243
  %3245 = load float, ptr %3244, align 4
  %3246 = insertelement <16 x float> poison, float %3245, i64 0
  %3247 = shufflevector <16 x float> %3246, <16 x float> poison, <16 x i32> zeroinitializer
  %3248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3247, <16 x float> %3204, <16 x float> %acc154.02612)
  %3249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3247, <16 x float> %3207, <16 x float> %acc155.02613)
  %3250 = or disjoint i64 %3208, 768
  %3251 = getelementptr inbounds float, ptr %Ak, i64 %3250
  %3252 = load float, ptr %3251, align 4
  %3253 = insertelement <16 x float> poison, float %3252, i64 0
  %3254 = shufflevector <16 x float> %3253, <16 x float> poison, <16 x i32> zeroinitializer
  %3255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3254, <16 x float> %3204, <16 x float> %acc156.02614)
  %3256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3254, <16 x float> %3207, <16 x float> %acc157.02615)
  %3257 = or disjoint i64 %3208, 896
  %3258 = getelementptr inbounds float, ptr %Ak, i64 %3257
  %3259 = load float, ptr %3258, align 4
  %3260 = insertelement <16 x float> poison, float %3259, i64 0
  %3261 = shufflevector <16 x float> %3260, <16 x float> poison, <16 x i32> zeroinitializer
  %3262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3261, <16 x float> %3204, <16 x float> %acc158.02616)
  %3263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3261, <16 x float> %3207, <16 x float> %acc159.02617)
  %p12.next = add nuw nsw i64 %p12.addr.02618, 1
  %exitcond2858.not = icmp eq i64 %p12.next, 128
  br i1 %exitcond2858.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %3264 = shl nuw nsw i64 %i34.addr.02619, 5
  %3265 = getelementptr inbounds float, ptr %dKc, i64 %3264
  store <16 x float> %3213, ptr %3265, align 4
  %3266 = or disjoint i64 %3264, 16
  %3267 = getelementptr inbounds float, ptr %dKc, i64 %3266
  store <16 x float> %3214, ptr %3267, align 4
  %3268 = or disjoint i64 %3264, 32
  %3269 = getelementptr inbounds float, ptr %dKc, i64 %3268
  store <16 x float> %3220, ptr %3269, align 4
  %3270 = or disjoint i64 %3264, 48
  %3271 = getelementptr inbounds float, ptr %dKc, i64 %3270
  store <16 x float> %3221, ptr %3271, align 4
  %3272 = or disjoint i64 %3264, 64
  %3273 = getelementptr inbounds float, ptr %dKc, i64 %3272
  store <16 x float> %3227, ptr %3273, align 4
  %3274 = or disjoint i64 %3264, 80
  %3275 = getelementptr inbounds float, ptr %dKc, i64 %3274
  store <16 x float> %3228, ptr %3275, align 4
  %3276 = or disjoint i64 %3264, 96
  %3277 = getelementptr inbounds float, ptr %dKc, i64 %3276
  store <16 x float> %3234, ptr %3277, align 4
  %3278 = or disjoint i64 %3264, 112
  %3279 = getelementptr inbounds float, ptr %dKc, i64 %3278
  store <16 x float> %3235, ptr %3279, align 4
  %3280 = or disjoint i64 %3264, 128
  %3281 = getelementptr inbounds float, ptr %dKc, i64 %3280
  store <16 x float> %3241, ptr %3281, align 4
  %3282 = or disjoint i64 %3264, 144
  %3283 = getelementptr inbounds float, ptr %dKc, i64 %3282
  store <16 x float> %3242, ptr %3283, align 4
  %3284 = or disjoint i64 %3264, 160
  %3285 = getelementptr inbounds float, ptr %dKc, i64 %3284
  store <16 x float> %3248, ptr %3285, align 4
  %3286 = or disjoint i64 %3264, 176
  %3287 = getelementptr inbounds float, ptr %dKc, i64 %3286
  store <16 x float> %3249, ptr %3287, align 4
  %3288 = or disjoint i64 %3264, 192
  %3289 = getelementptr inbounds float, ptr %dKc, i64 %3288
  store <16 x float> %3255, ptr %3289, align 4
  %3290 = or disjoint i64 %3264, 208
  %3291 = getelementptr inbounds float, ptr %dKc, i64 %3290
  store <16 x float> %3256, ptr %3291, align 4
  %3292 = or disjoint i64 %3264, 224
  %3293 = getelementptr inbounds float, ptr %dKc, i64 %3292
  store <16 x float> %3262, ptr %3293, align 4
  %3294 = or disjoint i64 %3264, 240
  %3295 = getelementptr inbounds float, ptr %dKc, i64 %3294
  store <16 x float> %3263, ptr %3295, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02619, 8
  %3296 = icmp ult i64 %i34.addr.02619, 24
  br i1 %3296, label %p12.head.preheader, label %t5.head.preheader

j31.head.preheader:                               ; preds = %j31.head.preheader, %j31.head.preheader.preheader.new
  %t5.addr.02623 = phi i64 [ 0, %j31.head.preheader.preheader.new ], [ %t5.next.1, %j31.head.preheader ]
  %niter3408 = phi i64 [ 0, %j31.head.preheader.preheader.new ], [ %niter3408.next.1, %j31.head.preheader ]
  %3297 = mul i64 %13, %t5.addr.02623
  %3298 = add i64 %65, %3297
  %scevgep2861 = getelementptr i8, ptr %dv, i64 %3298
  %3299 = shl nsw i64 %t5.addr.02623, 7
  %gep3068 = getelementptr i8, ptr %invariant.gep3067, i64 %3299
  %scevgep2859 = getelementptr i8, ptr %dk, i64 %3298
  %gep3070 = getelementptr i8, ptr %invariant.gep3069, i64 %3299
  %3300 = add nsw i64 %t5.addr.02623, %t0
  %3301 = mul nsw i64 %3300, %sq
  %3302 = getelementptr inbounds i8, ptr %dQc, i64 %3299
  %3303 = load <16 x float>, ptr %3302, align 4
  %3304 = fmul <16 x float> %3303, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3305 = getelementptr float, ptr %qh1, i64 %3301
  store <16 x float> %3304, ptr %3305, align 4
  %3306 = getelementptr inbounds i8, ptr %50, i64 %3299
  %3307 = load <16 x float>, ptr %3306, align 4
  %3308 = fmul <16 x float> %3307, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3309 = getelementptr float, ptr %63, i64 %3301
  store <16 x float> %3308, ptr %3309, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2859, ptr noundef nonnull align 4 dereferenceable(128) %gep3070, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2861, ptr noundef nonnull align 4 dereferenceable(128) %gep3068, i64 128, i1 false)
  %3310 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02623
  %3311 = load float, ptr %3310, align 4
  %3312 = mul nsw i64 %3300, %H
  %3313 = getelementptr inbounds float, ptr %betah1, i64 %3312
  store float %3311, ptr %3313, align 4
  %t5.next = or disjoint i64 %t5.addr.02623, 1
  %3314 = mul i64 %13, %t5.next
  %3315 = add i64 %65, %3314
  %scevgep2861.1 = getelementptr i8, ptr %dv, i64 %3315
  %3316 = shl nsw i64 %t5.next, 7
  %gep3068.1 = getelementptr i8, ptr %invariant.gep3067, i64 %3316
  %scevgep2859.1 = getelementptr i8, ptr %dk, i64 %3315
  %gep3070.1 = getelementptr i8, ptr %invariant.gep3069, i64 %3316
  %3317 = add nsw i64 %t5.next, %t0
  %3318 = mul nsw i64 %3317, %sq
  %3319 = getelementptr inbounds i8, ptr %dQc, i64 %3316
  %3320 = load <16 x float>, ptr %3319, align 4
  %3321 = fmul <16 x float> %3320, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3322 = getelementptr float, ptr %qh1, i64 %3318
  store <16 x float> %3321, ptr %3322, align 4
  %3323 = getelementptr inbounds i8, ptr %50, i64 %3316
  %3324 = load <16 x float>, ptr %3323, align 4
  %3325 = fmul <16 x float> %3324, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3326 = getelementptr float, ptr %63, i64 %3318
  store <16 x float> %3325, ptr %3326, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2859.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3070.1, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2861.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3068.1, i64 128, i1 false)
  %3327 = getelementptr inbounds float, ptr %dbet, i64 %t5.next
  %3328 = load float, ptr %3327, align 4
  %3329 = mul nsw i64 %3317, %H
  %3330 = getelementptr inbounds float, ptr %betah1, i64 %3329
  store float %3328, ptr %3330, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.02623, 2
  %niter3408.next.1 = add i64 %niter3408, 2
  %niter3408.ncmp.1 = icmp eq i64 %niter3408.next.1, %unroll_iter3407
  br i1 %niter3408.ncmp.1, label %t5.exit.loopexit.unr-lcssa, label %j31.head.preheader

t5.exit.loopexit.unr-lcssa:                       ; preds = %j31.head.preheader, %j31.head.preheader.preheader
  %t5.addr.02623.unr = phi i64 [ 0, %j31.head.preheader.preheader ], [ %t5.next.1, %j31.head.preheader ]
  %lcmp.mod3406.not = icmp eq i64 %xtraiter3404, 0
  br i1 %lcmp.mod3406.not, label %t5.exit, label %j31.head.preheader.epil

j31.head.preheader.epil:                          ; preds = %t5.exit.loopexit.unr-lcssa
  %3331 = mul i64 %13, %t5.addr.02623.unr
  %3332 = add i64 %65, %3331
  %scevgep2861.epil = getelementptr i8, ptr %dv, i64 %3332
  %3333 = shl nsw i64 %t5.addr.02623.unr, 7
  %gep3068.epil = getelementptr i8, ptr %invariant.gep3067, i64 %3333
  %scevgep2859.epil = getelementptr i8, ptr %dk, i64 %3332
  %gep3070.epil = getelementptr i8, ptr %invariant.gep3069, i64 %3333
  %3334 = add nsw i64 %t5.addr.02623.unr, %t0
  %3335 = mul nsw i64 %3334, %sq
  %3336 = getelementptr inbounds i8, ptr %dQc, i64 %3333
  %3337 = load <16 x float>, ptr %3336, align 4
  %3338 = fmul <16 x float> %3337, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3339 = getelementptr float, ptr %qh1, i64 %3335
  store <16 x float> %3338, ptr %3339, align 4
  %3340 = getelementptr inbounds i8, ptr %50, i64 %3333
  %3341 = load <16 x float>, ptr %3340, align 4
  %3342 = fmul <16 x float> %3341, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3343 = getelementptr float, ptr %63, i64 %3335
  store <16 x float> %3342, ptr %3343, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2859.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3070.epil, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2861.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3068.epil, i64 128, i1 false)
  %3344 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02623.unr
  %3345 = load float, ptr %3344, align 4
  %3346 = mul nsw i64 %3334, %H
  %3347 = getelementptr inbounds float, ptr %betah1, i64 %3346
  store float %3345, ptr %3347, align 4
  br label %t5.exit

t5.exit:                                          ; preds = %j31.head.preheader.epil, %t5.exit.loopexit.unr-lcssa, %t5.head.preheader
  %cc.next = add nuw nsw i64 %cc.addr.02624, 1
  %indvars.iv.next2864 = add i64 %indvars.iv2863, 32
  %exitcond2867.not = icmp eq i64 %cc.next, %smax2866
  br i1 %exitcond2867.not, label %j34.head.preheader, label %cc.body

j34.head.preheader:                               ; preds = %bh.body, %t5.exit
  %3348 = getelementptr i8, ptr %dh0, i64 %52
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3348, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869, i64 128, i1 false)
  %scevgep2868.1 = getelementptr i8, ptr %3348, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.1, i64 128, i1 false)
  %scevgep2868.2 = getelementptr i8, ptr %3348, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.2, i64 128, i1 false)
  %scevgep2868.3 = getelementptr i8, ptr %3348, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.3, i64 128, i1 false)
  %scevgep2868.4 = getelementptr i8, ptr %3348, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.4, i64 128, i1 false)
  %scevgep2868.5 = getelementptr i8, ptr %3348, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.5, i64 128, i1 false)
  %scevgep2868.6 = getelementptr i8, ptr %3348, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.6, i64 128, i1 false)
  %scevgep2868.7 = getelementptr i8, ptr %3348, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.7, i64 128, i1 false)
  %scevgep2868.8 = getelementptr i8, ptr %3348, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.8, i64 128, i1 false)
  %scevgep2868.9 = getelementptr i8, ptr %3348, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.9, i64 128, i1 false)
  %scevgep2868.10 = getelementptr i8, ptr %3348, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.10, i64 128, i1 false)
  %scevgep2868.11 = getelementptr i8, ptr %3348, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.11, i64 128, i1 false)
  %scevgep2868.12 = getelementptr i8, ptr %3348, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.12, i64 128, i1 false)
  %scevgep2868.13 = getelementptr i8, ptr %3348, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.13, i64 128, i1 false)
  %scevgep2868.14 = getelementptr i8, ptr %3348, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.14, i64 128, i1 false)
  %scevgep2868.15 = getelementptr i8, ptr %3348, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.15, i64 128, i1 false)
  %scevgep2868.16 = getelementptr i8, ptr %3348, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.16, i64 128, i1 false)
  %scevgep2868.17 = getelementptr i8, ptr %3348, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.17, i64 128, i1 false)
  %scevgep2868.18 = getelementptr i8, ptr %3348, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.18, i64 128, i1 false)
  %scevgep2868.19 = getelementptr i8, ptr %3348, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.19, i64 128, i1 false)
  %scevgep2868.20 = getelementptr i8, ptr %3348, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.20, i64 128, i1 false)
  %scevgep2868.21 = getelementptr i8, ptr %3348, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.21, i64 128, i1 false)
  %scevgep2868.22 = getelementptr i8, ptr %3348, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.22, i64 128, i1 false)
  %scevgep2868.23 = getelementptr i8, ptr %3348, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.23, i64 128, i1 false)
  %scevgep2868.24 = getelementptr i8, ptr %3348, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.24, i64 128, i1 false)
  %scevgep2868.25 = getelementptr i8, ptr %3348, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.25, i64 128, i1 false)
  %scevgep2868.26 = getelementptr i8, ptr %3348, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.26, i64 128, i1 false)
  %scevgep2868.27 = getelementptr i8, ptr %3348, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.27, i64 128, i1 false)
  %scevgep2868.28 = getelementptr i8, ptr %3348, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.28, i64 128, i1 false)
  %scevgep2868.29 = getelementptr i8, ptr %3348, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.29, i64 128, i1 false)
  %scevgep2868.30 = getelementptr i8, ptr %3348, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.30, i64 128, i1 false)
  %scevgep2868.31 = getelementptr i8, ptr %3348, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2868.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02627, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2871.not = icmp eq i64 %indvar.next, %16
  br i1 %exitcond2871.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !4}
!4 = !{!"llvm.loop.unroll.disable"}
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
; ---- dp_fwd_h1_k32_v32_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h1_k32_v32_r64_nogate'
source_filename = "dp_fwd_h1_k32_v32_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h1_k32_v32_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, %T
  %2 = icmp sgt i64 %T, 0
  %3 = add nsw i64 %T, -1
  br i1 %2, label %bh.body.us.preheader, label %bh.body.preheader

bh.body.preheader:                                ; preds = %bh.body.lr.ph
  %4 = sub i64 %bh1, %bh0
  %xtraiter = and i64 %4, 7
  %5 = sub i64 %bh0, %bh1
  %6 = icmp ugt i64 %5, -8
  br i1 %6, label %bh.exit.loopexit126.unr-lcssa, label %bh.body.preheader.new

bh.body.preheader.new:                            ; preds = %bh.body.preheader
  %unroll_iter = and i64 %4, -8
  br label %bh.body

bh.body.us.preheader:                             ; preds = %bh.body.lr.ph
  %7 = add nuw nsw i64 %T, 63
  %nc99110 = lshr i64 %7, 6
  %8 = mul i64 %nc99110, %bh0
  %9 = shl i64 %nc99110, 12
  %10 = sub i64 %bh1, %bh0
  br label %bh.body.us

bh.body.us:                                       ; preds = %bh.body.us.preheader, %ci.head.i4.head.preheader_crit_edge.us
  %indvar88 = phi i64 [ 0, %bh.body.us.preheader ], [ %indvar.next89, %ci.head.i4.head.preheader_crit_edge.us ]
  %bh.addr.071.us = phi i64 [ %bh0, %bh.body.us.preheader ], [ %bh.next.us, %ci.head.i4.head.preheader_crit_edge.us ]
  %11 = add i64 %indvar88, %bh0
  %12 = shl i64 %11, 12
  %scevgep97 = getelementptr i8, ptr %hT, i64 %12
  %13 = mul i64 %9, %indvar88
  %scevgep91 = getelementptr i8, ptr %h0, i64 %12
  %b.us = sdiv i64 %bh.addr.071.us, %H
  %h.us = srem i64 %bh.addr.071.us, %H
  %14 = mul i64 %1, %b.us
  %bT.us = add nsw i64 %14, %h.us
  %15 = shl nsw i64 %bT.us, 5
  %kh.us = getelementptr inbounds float, ptr %k, i64 %15
  %betah.us = getelementptr inbounds float, ptr %beta, i64 %bT.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep91, i64 4096, i1 false)
  %qh.us = getelementptr inbounds float, ptr %q, i64 %15
  %vh.us = getelementptr inbounds float, ptr %v, i64 %15
  %oh.us = getelementptr inbounds float, ptr %o, i64 %15
  %invariant.gep108 = getelementptr i8, ptr %hs, i64 %13
  br label %i1.head.preheader.us

i2.exit.us:                                       ; preds = %i2.body.us
  %t1.us = tail call i64 @llvm.smin.i64(i64 %161, i64 %T)
  %16 = icmp slt i64 %t0.us, %T
  br i1 %16, label %t.body.us.preheader, label %t.exit.us

t.body.us.preheader:                              ; preds = %i2.exit.us
  %17 = mul nsw i64 %t0.us, %H
  %18 = getelementptr inbounds float, ptr %betah.us, i64 %17
  %19 = load float, ptr %18, align 4
  %20 = insertelement <16 x float> poison, float %19, i64 0
  %21 = shufflevector <16 x float> %20, <16 x float> poison, <16 x i32> zeroinitializer
  %22 = or disjoint i64 %162, 16
  %23 = getelementptr inbounds float, ptr %vh.us, i64 %22
  %24 = load <16 x float>, ptr %23, align 4
  %25 = fadd <16 x float> %143, %157
  %26 = fsub <16 x float> %24, %25
  %27 = fmul <16 x float> %21, %26
  %28 = getelementptr inbounds float, ptr %vh.us, i64 %162
  %29 = load <16 x float>, ptr %28, align 4
  %30 = fadd <16 x float> %153, %139
  %31 = fsub <16 x float> %29, %30
  %32 = fmul <16 x float> %21, %31
  br label %t.body.us

t.exit.us:                                        ; preds = %i3.exit.us, %i2.exit.us
  %ci.next.us = add nuw nsw i64 %ci.addr.068.us, 1
  %exitcond95.not = icmp eq i64 %ci.next.us, %nc99110
  br i1 %exitcond95.not, label %ci.head.i4.head.preheader_crit_edge.us, label %i1.head.preheader.us

t.body.us:                                        ; preds = %t.body.us.preheader, %i3.exit.us
  %t.addr.067.us = phi i64 [ %33, %i3.exit.us ], [ %t0.us, %t.body.us.preheader ]
  %delta1.066.us = phi <16 x float> [ %54, %i3.exit.us ], [ %27, %t.body.us.preheader ]
  %delta.065.us = phi <16 x float> [ %46, %i3.exit.us ], [ %32, %t.body.us.preheader ]
  %33 = add nuw nsw i64 %t.addr.067.us, 1
  %tn.us = tail call i64 @llvm.smin.i64(i64 %33, i64 %3)
  %34 = mul nsw i64 %t.addr.067.us, %sq
  %35 = mul nsw i64 %tn.us, %sq
  %invariant.gep = getelementptr float, ptr %kh.us, i64 %35
  br label %i3.body.us

i3.exit.us:                                       ; preds = %i3.body.us
  %36 = fmul <16 x float> %94, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %37 = getelementptr inbounds float, ptr %oh.us, i64 %34
  store <16 x float> %36, ptr %37, align 4
  %38 = mul nsw i64 %tn.us, %H
  %39 = getelementptr inbounds float, ptr %betah.us, i64 %38
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds float, ptr %vh.us, i64 %35
  %42 = load <16 x float>, ptr %41, align 4
  %43 = fsub <16 x float> %42, %97
  %44 = insertelement <16 x float> poison, float %40, i64 0
  %45 = shufflevector <16 x float> %44, <16 x float> poison, <16 x i32> zeroinitializer
  %46 = fmul <16 x float> %45, %43
  %47 = fmul <16 x float> %102, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %48 = or disjoint i64 %34, 16
  %49 = getelementptr inbounds float, ptr %oh.us, i64 %48
  store <16 x float> %47, ptr %49, align 4
  %50 = or disjoint i64 %35, 16
  %51 = getelementptr inbounds float, ptr %vh.us, i64 %50
  %52 = load <16 x float>, ptr %51, align 4
  %53 = fsub <16 x float> %52, %103
  %54 = fmul <16 x float> %45, %53
  %55 = icmp slt i64 %33, %t1.us
  br i1 %55, label %t.body.us, label %t.exit.us

i3.body.us:                                       ; preds = %i3.body.us, %t.body.us
  %i3.addr.064.us = phi i64 [ 0, %t.body.us ], [ %i3.next.us.1, %i3.body.us ]
  %acc7.063.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %103, %i3.body.us ]
  %acc6.062.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %97, %i3.body.us ]
  %acc5.061.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %102, %i3.body.us ]
  %acc416.060.us = phi <16 x float> [ zeroinitializer, %t.body.us ], [ %94, %i3.body.us ]
  %56 = add nuw nsw i64 %i3.addr.064.us, %34
  %57 = getelementptr inbounds float, ptr %kh.us, i64 %56
  %58 = load float, ptr %57, align 4
  %59 = getelementptr inbounds float, ptr %qh.us, i64 %56
  %60 = load float, ptr %59, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i3.addr.064.us
  %61 = load float, ptr %gep, align 4
  %62 = insertelement <16 x float> poison, float %58, i64 0
  %63 = shufflevector <16 x float> %62, <16 x float> poison, <16 x i32> zeroinitializer
  %64 = shl nuw nsw i64 %i3.addr.064.us, 5
  %65 = getelementptr inbounds float, ptr %work, i64 %64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %63, <16 x float> %delta.065.us, <16 x float> %66)
  store <16 x float> %67, ptr %65, align 4
  %68 = insertelement <16 x float> poison, float %60, i64 0
  %69 = shufflevector <16 x float> %68, <16 x float> poison, <16 x i32> zeroinitializer
  %70 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %69, <16 x float> %67, <16 x float> %acc416.060.us)
  %71 = insertelement <16 x float> poison, float %61, i64 0
  %72 = shufflevector <16 x float> %71, <16 x float> poison, <16 x i32> zeroinitializer
  %73 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %72, <16 x float> %67, <16 x float> %acc6.062.us)
  %74 = or disjoint i64 %64, 16
  %75 = getelementptr inbounds float, ptr %work, i64 %74
  %76 = load <16 x float>, ptr %75, align 4
  %77 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %63, <16 x float> %delta1.066.us, <16 x float> %76)
  store <16 x float> %77, ptr %75, align 4
  %78 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %69, <16 x float> %77, <16 x float> %acc5.061.us)
  %79 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %72, <16 x float> %77, <16 x float> %acc7.063.us)
  %i3.next.us = or disjoint i64 %i3.addr.064.us, 1
  %80 = add nuw nsw i64 %i3.next.us, %34
  %81 = getelementptr inbounds float, ptr %kh.us, i64 %80
  %82 = load float, ptr %81, align 4
  %83 = getelementptr inbounds float, ptr %qh.us, i64 %80
  %84 = load float, ptr %83, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i3.next.us
  %85 = load float, ptr %gep.1, align 4
  %86 = insertelement <16 x float> poison, float %82, i64 0
  %87 = shufflevector <16 x float> %86, <16 x float> poison, <16 x i32> zeroinitializer
  %88 = shl nuw nsw i64 %i3.next.us, 5
  %89 = getelementptr inbounds float, ptr %work, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %delta.065.us, <16 x float> %90)
  store <16 x float> %91, ptr %89, align 4
  %92 = insertelement <16 x float> poison, float %84, i64 0
  %93 = shufflevector <16 x float> %92, <16 x float> poison, <16 x i32> zeroinitializer
  %94 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %93, <16 x float> %91, <16 x float> %70)
  %95 = insertelement <16 x float> poison, float %85, i64 0
  %96 = shufflevector <16 x float> %95, <16 x float> poison, <16 x i32> zeroinitializer
  %97 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %91, <16 x float> %73)
  %98 = or disjoint i64 %88, 16
  %99 = getelementptr inbounds float, ptr %work, i64 %98
  %100 = load <16 x float>, ptr %99, align 4
  %101 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %87, <16 x float> %delta1.066.us, <16 x float> %100)
  store <16 x float> %101, ptr %99, align 4
  %102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %93, <16 x float> %101, <16 x float> %78)
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %101, <16 x float> %79)
  %i3.next.us.1 = add nuw nsw i64 %i3.addr.064.us, 2
  %exitcond94.not.1 = icmp eq i64 %i3.next.us.1, 32
  br i1 %exitcond94.not.1, label %i3.exit.us, label %i3.body.us

i2.body.us:                                       ; preds = %i2.body.us, %i1.head.preheader.us
  %acc.059.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %139, %i2.body.us ]
  %i2.addr.058.us = phi i64 [ 0, %i1.head.preheader.us ], [ %i2.next.us.1, %i2.body.us ]
  %acc3.057.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %157, %i2.body.us ]
  %acc2.056.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %153, %i2.body.us ]
  %acc1.055.us = phi <16 x float> [ zeroinitializer, %i1.head.preheader.us ], [ %143, %i2.body.us ]
  %104 = or disjoint i64 %i2.addr.058.us, %162
  %105 = getelementptr inbounds float, ptr %kh.us, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = shl nuw nsw i64 %i2.addr.058.us, 5
  %108 = getelementptr inbounds float, ptr %work, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = insertelement <16 x float> poison, float %106, i64 0
  %111 = shufflevector <16 x float> %110, <16 x float> poison, <16 x i32> zeroinitializer
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %109, <16 x float> %acc.059.us)
  %113 = or disjoint i64 %107, 16
  %114 = getelementptr inbounds float, ptr %work, i64 %113
  %115 = load <16 x float>, ptr %114, align 4
  %116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %111, <16 x float> %115, <16 x float> %acc1.055.us)
  %117 = or disjoint i64 %i2.addr.058.us, 1
  %118 = or disjoint i64 %117, %162
  %119 = getelementptr inbounds float, ptr %kh.us, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = shl nuw nsw i64 %117, 5
  %122 = getelementptr inbounds float, ptr %work, i64 %121
  %123 = load <16 x float>, ptr %122, align 4
  %124 = insertelement <16 x float> poison, float %120, i64 0
  %125 = shufflevector <16 x float> %124, <16 x float> poison, <16 x i32> zeroinitializer
  %126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %123, <16 x float> %acc2.056.us)
  %127 = or disjoint i64 %121, 16
  %128 = getelementptr inbounds float, ptr %work, i64 %127
  %129 = load <16 x float>, ptr %128, align 4
  %130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %125, <16 x float> %129, <16 x float> %acc3.057.us)
  %i2.next.us = or disjoint i64 %i2.addr.058.us, 2
  %131 = or disjoint i64 %i2.next.us, %162
  %132 = getelementptr inbounds float, ptr %kh.us, i64 %131
  %133 = load float, ptr %132, align 4
  %134 = shl nuw nsw i64 %i2.next.us, 5
  %135 = getelementptr inbounds float, ptr %work, i64 %134
  %136 = load <16 x float>, ptr %135, align 4
  %137 = insertelement <16 x float> poison, float %133, i64 0
  %138 = shufflevector <16 x float> %137, <16 x float> poison, <16 x i32> zeroinitializer
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %136, <16 x float> %112)
  %140 = or disjoint i64 %134, 16
  %141 = getelementptr inbounds float, ptr %work, i64 %140
  %142 = load <16 x float>, ptr %141, align 4
  %143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %138, <16 x float> %142, <16 x float> %116)
  %144 = or disjoint i64 %i2.addr.058.us, 3
  %145 = or disjoint i64 %144, %162
  %146 = getelementptr inbounds float, ptr %kh.us, i64 %145
  %147 = load float, ptr %146, align 4
  %148 = shl nuw nsw i64 %144, 5
  %149 = getelementptr inbounds float, ptr %work, i64 %148
  %150 = load <16 x float>, ptr %149, align 4
  %151 = insertelement <16 x float> poison, float %147, i64 0
  %152 = shufflevector <16 x float> %151, <16 x float> poison, <16 x i32> zeroinitializer
  %153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %152, <16 x float> %150, <16 x float> %126)
  %154 = or disjoint i64 %148, 16
  %155 = getelementptr inbounds float, ptr %work, i64 %154
  %156 = load <16 x float>, ptr %155, align 4
  %157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %152, <16 x float> %156, <16 x float> %130)
  %i2.next.us.1 = add nuw nsw i64 %i2.addr.058.us, 4
  %158 = icmp ult i64 %i2.next.us, 30
  br i1 %158, label %i2.body.us, label %i2.exit.us

i1.head.preheader.us:                             ; preds = %bh.body.us, %t.exit.us
  %ci.addr.068.us = phi i64 [ 0, %bh.body.us ], [ %ci.next.us, %t.exit.us ]
  %159 = add i64 %8, %ci.addr.068.us
  %160 = shl i64 %159, 12
  %gep109 = getelementptr i8, ptr %invariant.gep108, i64 %160
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep109, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0.us = shl nsw i64 %ci.addr.068.us, 6
  %161 = add nuw nsw i64 %t0.us, 64
  %162 = mul nsw i64 %t0.us, %sq
  br label %i2.body.us

ci.head.i4.head.preheader_crit_edge.us:           ; preds = %t.exit.us
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep97, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next.us = add nsw i64 %bh.addr.071.us, 1
  %indvar.next89 = add i64 %indvar88, 1
  %exitcond98.not = icmp eq i64 %indvar.next89, %10
  br i1 %exitcond98.not, label %bh.exit, label %bh.body.us

bh.body:                                          ; preds = %bh.body, %bh.body.preheader.new
  %indvar = phi i64 [ 0, %bh.body.preheader.new ], [ %indvar.next.7, %bh.body ]
  %niter = phi i64 [ 0, %bh.body.preheader.new ], [ %niter.next.7, %bh.body ]
  %163 = add i64 %indvar, %bh0
  %164 = shl i64 %163, 12
  %scevgep87 = getelementptr i8, ptr %hT, i64 %164
  %scevgep85 = getelementptr i8, ptr %h0, i64 %164
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85, i64 4096, i1 false)
  %indvar.next = or disjoint i64 %indvar, 1
  %165 = add i64 %indvar.next, %bh0
  %166 = shl i64 %165, 12
  %scevgep87.1 = getelementptr i8, ptr %hT, i64 %166
  %scevgep85.1 = getelementptr i8, ptr %h0, i64 %166
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.1, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.1, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.1, i64 4096, i1 false)
  %indvar.next.1 = or disjoint i64 %indvar, 2
  %167 = add i64 %indvar.next.1, %bh0
  %168 = shl i64 %167, 12
  %scevgep87.2 = getelementptr i8, ptr %hT, i64 %168
  %scevgep85.2 = getelementptr i8, ptr %h0, i64 %168
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.2, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.2, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.2, i64 4096, i1 false)
  %indvar.next.2 = or disjoint i64 %indvar, 3
  %169 = add i64 %indvar.next.2, %bh0
  %170 = shl i64 %169, 12
  %scevgep87.3 = getelementptr i8, ptr %hT, i64 %170
  %scevgep85.3 = getelementptr i8, ptr %h0, i64 %170
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.3, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.3, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.3, i64 4096, i1 false)
  %indvar.next.3 = or disjoint i64 %indvar, 4
  %171 = add i64 %indvar.next.3, %bh0
  %172 = shl i64 %171, 12
  %scevgep87.4 = getelementptr i8, ptr %hT, i64 %172
  %scevgep85.4 = getelementptr i8, ptr %h0, i64 %172
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.4, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.4, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.4, i64 4096, i1 false)
  %indvar.next.4 = or disjoint i64 %indvar, 5
  %173 = add i64 %indvar.next.4, %bh0
  %174 = shl i64 %173, 12
  %scevgep87.5 = getelementptr i8, ptr %hT, i64 %174
  %scevgep85.5 = getelementptr i8, ptr %h0, i64 %174
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.5, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.5, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.5, i64 4096, i1 false)
  %indvar.next.5 = or disjoint i64 %indvar, 6
  %175 = add i64 %indvar.next.5, %bh0
  %176 = shl i64 %175, 12
  %scevgep87.6 = getelementptr i8, ptr %hT, i64 %176
  %scevgep85.6 = getelementptr i8, ptr %h0, i64 %176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.6, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.6, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.6, i64 4096, i1 false)
  %indvar.next.6 = or disjoint i64 %indvar, 7
  %177 = add i64 %indvar.next.6, %bh0
  %178 = shl i64 %177, 12
  %scevgep87.7 = getelementptr i8, ptr %hT, i64 %178
  %scevgep85.7 = getelementptr i8, ptr %h0, i64 %178
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.7, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.7, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.7, i64 4096, i1 false)
  %indvar.next.7 = add i64 %indvar, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %bh.exit.loopexit126.unr-lcssa, label %bh.body

bh.exit.loopexit126.unr-lcssa:                    ; preds = %bh.body, %bh.body.preheader
  %indvar.unr = phi i64 [ 0, %bh.body.preheader ], [ %indvar.next.7, %bh.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %bh.exit, label %bh.body.epil

bh.body.epil:                                     ; preds = %bh.exit.loopexit126.unr-lcssa, %bh.body.epil
  %indvar.epil = phi i64 [ %indvar.next.epil, %bh.body.epil ], [ %indvar.unr, %bh.exit.loopexit126.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %bh.body.epil ], [ 0, %bh.exit.loopexit126.unr-lcssa ]
  %179 = add i64 %indvar.epil, %bh0
  %180 = shl i64 %179, 12
  %scevgep87.epil = getelementptr i8, ptr %hT, i64 %180
  %scevgep85.epil = getelementptr i8, ptr %h0, i64 %180
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.epil, i64 4096, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep87.epil, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep85.epil, i64 4096, i1 false)
  %indvar.next.epil = add i64 %indvar.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %bh.exit, label %bh.body.epil, !llvm.loop !0

bh.exit:                                          ; preds = %bh.exit.loopexit126.unr-lcssa, %bh.body.epil, %ci.head.i4.head.preheader_crit_edge.us, %entry
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
; ---- dp_bwd_h1_k32_v32_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h1_k32_v32_c64_nogate'
source_filename = "dp_bwd_h1_k32_v32_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h1_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, %T
  %Ak = getelementptr inbounds i8, ptr %work, i64 32768
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 139264
  %KSdS = getelementptr inbounds i8, ptr %work, i64 155648
  %KT = getelementptr inbounds i8, ptr %work, i64 114688
  %M = getelementptr inbounds i8, ptr %work, i64 247296
  %OY = getelementptr inbounds i8, ptr %work, i64 98304
  %PT = getelementptr inbounds i8, ptr %work, i64 196608
  %QK = getelementptr inbounds i8, ptr %work, i64 81920
  %QcT = getelementptr inbounds i8, ptr %work, i64 122880
  %Rr = getelementptr inbounds i8, ptr %work, i64 172032
  %Vn = getelementptr inbounds i8, ptr %work, i64 180224
  %VnT = getelementptr inbounds i8, ptr %work, i64 188416
  %bet = getelementptr inbounds i8, ptr %work, i64 229376
  %dKc = getelementptr inbounds i8, ptr %work, i64 221184
  %dOT = getelementptr inbounds i8, ptr %work, i64 131072
  %dQc = getelementptr inbounds i8, ptr %work, i64 212992
  %dbet = getelementptr i8, ptr %work, i64 229632
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %invariant.gep2607 = getelementptr inbounds i8, ptr %work, i64 33280
  %4 = add nsw i64 %bh0, 1
  %5 = mul i64 %nc, %4
  %6 = shl i64 %5, 12
  %7 = add i64 %6, -4096
  %8 = shl i64 %nc, 12
  %9 = shl nsw i64 %nc, 6
  %10 = add i64 %9, 144115188075855808
  %11 = mul i64 %10, %H
  %12 = mul i64 %H, -8192
  %13 = shl i64 %H, 7
  %14 = add i64 %T, 64
  %15 = sub i64 %14, %9
  %smax2884 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %16 = sub i64 %bh1, %bh0
  %scevgep2839.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2839.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2839.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2839.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2839.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2839.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2839.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2839.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2839.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2839.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2839.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2839.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2839.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2839.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2839.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2839.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2839.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2839.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2839.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2839.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2839.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2839.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2839.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2839.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2839.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2839.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2839.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2839.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2839.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2839.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2839.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3052 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3054 = getelementptr i8, ptr %work, i64 98304
  %invariant.gep3056 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3058 = getelementptr i8, ptr %work, i64 81920
  %invariant.gep3060 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3062 = getelementptr i8, ptr %work, i64 90112
  %17 = getelementptr inbounds i8, ptr %work, i64 172096
  %18 = getelementptr inbounds i8, ptr %work, i64 155712
  %invariant.gep3064 = getelementptr inbounds i8, ptr %work, i64 155776
  %invariant.gep3066 = getelementptr inbounds i8, ptr %work, i64 106496
  %invariant.gep3070 = getelementptr inbounds i8, ptr %work, i64 106560
  %invariant.gep3072 = getelementptr inbounds i8, ptr %work, i64 33024
  %invariant.gep3074 = getelementptr inbounds i8, ptr %work, i64 33088
  %19 = getelementptr inbounds i8, ptr %work, i64 247360
  %invariant.gep3076 = getelementptr inbounds i8, ptr %work, i64 33152
  %20 = getelementptr inbounds i8, ptr %work, i64 247424
  %invariant.gep3078 = getelementptr inbounds i8, ptr %work, i64 33216
  %21 = getelementptr inbounds i8, ptr %work, i64 247488
  %invariant.gep3080 = getelementptr inbounds i8, ptr %work, i64 33280
  %invariant.gep3084 = getelementptr i8, ptr %work, i64 33280
  %invariant.gep3090 = getelementptr inbounds i8, ptr %work, i64 35840
  %invariant.gep3092 = getelementptr i8, ptr %work, i64 106496
  %invariant.gep3094 = getelementptr i8, ptr %work, i64 221184
  %22 = getelementptr inbounds i8, ptr %work, i64 213056
  %scevgep2887 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep3068 = getelementptr inbounds i8, ptr %work, i64 155840
  %scevgep2887.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2887.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2887.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2887.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2887.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2887.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2887.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2887.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2887.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2887.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2887.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2887.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2887.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2887.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2887.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2887.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2887.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2887.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2887.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2887.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2887.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2887.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2887.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2887.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2887.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2887.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2887.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2887.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2887.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2887.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2887.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j34.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j34.head.preheader ]
  %bh.addr.02636 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j34.head.preheader ]
  %23 = add i64 %indvar, %bh0
  %24 = shl i64 %23, 12
  %25 = mul i64 %8, %indvar
  %26 = add i64 %7, %25
  %b = sdiv i64 %bh.addr.02636, %H
  %h = srem i64 %bh.addr.02636, %H
  %27 = mul i64 %1, %b
  %bT = add i64 %27, %h
  %28 = shl nsw i64 %bT, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %28
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  %29 = getelementptr i8, ptr %dhT, i64 %24
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %29, i64 128, i1 false)
  %scevgep2838.1 = getelementptr i8, ptr %29, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.1, i64 128, i1 false)
  %scevgep2838.2 = getelementptr i8, ptr %29, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.2, i64 128, i1 false)
  %scevgep2838.3 = getelementptr i8, ptr %29, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.3, i64 128, i1 false)
  %scevgep2838.4 = getelementptr i8, ptr %29, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.4, i64 128, i1 false)
  %scevgep2838.5 = getelementptr i8, ptr %29, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.5, i64 128, i1 false)
  %scevgep2838.6 = getelementptr i8, ptr %29, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.6, i64 128, i1 false)
  %scevgep2838.7 = getelementptr i8, ptr %29, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.7, i64 128, i1 false)
  %scevgep2838.8 = getelementptr i8, ptr %29, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.8, i64 128, i1 false)
  %scevgep2838.9 = getelementptr i8, ptr %29, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.9, i64 128, i1 false)
  %scevgep2838.10 = getelementptr i8, ptr %29, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.10, i64 128, i1 false)
  %scevgep2838.11 = getelementptr i8, ptr %29, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.11, i64 128, i1 false)
  %scevgep2838.12 = getelementptr i8, ptr %29, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.12, i64 128, i1 false)
  %scevgep2838.13 = getelementptr i8, ptr %29, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.13, i64 128, i1 false)
  %scevgep2838.14 = getelementptr i8, ptr %29, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.14, i64 128, i1 false)
  %scevgep2838.15 = getelementptr i8, ptr %29, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.15, i64 128, i1 false)
  %scevgep2838.16 = getelementptr i8, ptr %29, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.16, i64 128, i1 false)
  %scevgep2838.17 = getelementptr i8, ptr %29, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.17, i64 128, i1 false)
  %scevgep2838.18 = getelementptr i8, ptr %29, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.18, i64 128, i1 false)
  %scevgep2838.19 = getelementptr i8, ptr %29, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.19, i64 128, i1 false)
  %scevgep2838.20 = getelementptr i8, ptr %29, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.20, i64 128, i1 false)
  %scevgep2838.21 = getelementptr i8, ptr %29, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.21, i64 128, i1 false)
  %scevgep2838.22 = getelementptr i8, ptr %29, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.22, i64 128, i1 false)
  %scevgep2838.23 = getelementptr i8, ptr %29, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.23, i64 128, i1 false)
  %scevgep2838.24 = getelementptr i8, ptr %29, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.24, i64 128, i1 false)
  %scevgep2838.25 = getelementptr i8, ptr %29, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.25, i64 128, i1 false)
  %scevgep2838.26 = getelementptr i8, ptr %29, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.26, i64 128, i1 false)
  %scevgep2838.27 = getelementptr i8, ptr %29, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.27, i64 128, i1 false)
  %scevgep2838.28 = getelementptr i8, ptr %29, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.28, i64 128, i1 false)
  %scevgep2838.29 = getelementptr i8, ptr %29, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.29, i64 128, i1 false)
  %scevgep2838.30 = getelementptr i8, ptr %29, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.30, i64 128, i1 false)
  %scevgep2838.31 = getelementptr i8, ptr %29, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %28
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %28
  br i1 %3, label %cc.body.lr.ph, label %j34.head.preheader

bh.exit:                                          ; preds = %j34.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %30 = mul nsw i64 %bh.addr.02636, %nc
  %31 = add i64 %11, %bT
  %32 = shl i64 %31, 7
  %33 = getelementptr i8, ptr %qh, i64 64
  %34 = getelementptr i8, ptr %kh, i64 64
  %35 = getelementptr i8, ptr %qh1, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t5.exit
  %indvars.iv2881 = phi i64 [ %15, %cc.body.lr.ph ], [ %indvars.iv.next2882, %t5.exit ]
  %cc.addr.02633 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t5.exit ]
  %smin3430 = tail call i64 @llvm.smin.i64(i64 %indvars.iv2881, i64 64)
  %smax3431 = tail call i64 @llvm.smax.i64(i64 %smin3430, i64 1)
  %36 = mul i64 %12, %cc.addr.02633
  %37 = add i64 %32, %36
  %38 = shl i64 %cc.addr.02633, 12
  %39 = sub i64 %26, %38
  %40 = xor i64 %cc.addr.02633, -1
  %ci = add nsw i64 %nc, %40
  %t0 = shl nsw i64 %ci, 6
  %41 = sub nsw i64 %T, %t0
  %scevgep2840 = getelementptr i8, ptr %hs, i64 %39
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840, i64 128, i1 false)
  %42 = or disjoint i64 %39, 128
  %scevgep2840.1 = getelementptr i8, ptr %hs, i64 %42
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.1, i64 128, i1 false)
  %43 = or disjoint i64 %39, 256
  %scevgep2840.2 = getelementptr i8, ptr %hs, i64 %43
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.2, i64 128, i1 false)
  %44 = or disjoint i64 %39, 384
  %scevgep2840.3 = getelementptr i8, ptr %hs, i64 %44
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.3, i64 128, i1 false)
  %45 = or disjoint i64 %39, 512
  %scevgep2840.4 = getelementptr i8, ptr %hs, i64 %45
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.4, i64 128, i1 false)
  %46 = or disjoint i64 %39, 640
  %scevgep2840.5 = getelementptr i8, ptr %hs, i64 %46
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.5, i64 128, i1 false)
  %47 = or disjoint i64 %39, 768
  %scevgep2840.6 = getelementptr i8, ptr %hs, i64 %47
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.6, i64 128, i1 false)
  %48 = or disjoint i64 %39, 896
  %scevgep2840.7 = getelementptr i8, ptr %hs, i64 %48
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.7, i64 128, i1 false)
  %49 = or disjoint i64 %39, 1024
  %scevgep2840.8 = getelementptr i8, ptr %hs, i64 %49
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.8, i64 128, i1 false)
  %50 = or disjoint i64 %39, 1152
  %scevgep2840.9 = getelementptr i8, ptr %hs, i64 %50
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.9, i64 128, i1 false)
  %51 = or disjoint i64 %39, 1280
  %scevgep2840.10 = getelementptr i8, ptr %hs, i64 %51
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.10, i64 128, i1 false)
  %52 = or disjoint i64 %39, 1408
  %scevgep2840.11 = getelementptr i8, ptr %hs, i64 %52
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.11, i64 128, i1 false)
  %53 = or disjoint i64 %39, 1536
  %scevgep2840.12 = getelementptr i8, ptr %hs, i64 %53
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.12, i64 128, i1 false)
  %54 = or disjoint i64 %39, 1664
  %scevgep2840.13 = getelementptr i8, ptr %hs, i64 %54
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.13, i64 128, i1 false)
  %55 = or disjoint i64 %39, 1792
  %scevgep2840.14 = getelementptr i8, ptr %hs, i64 %55
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.14, i64 128, i1 false)
  %56 = or disjoint i64 %39, 1920
  %scevgep2840.15 = getelementptr i8, ptr %hs, i64 %56
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.15, i64 128, i1 false)
  %57 = or disjoint i64 %39, 2048
  %scevgep2840.16 = getelementptr i8, ptr %hs, i64 %57
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.16, i64 128, i1 false)
  %58 = or disjoint i64 %39, 2176
  %scevgep2840.17 = getelementptr i8, ptr %hs, i64 %58
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.17, i64 128, i1 false)
  %59 = or disjoint i64 %39, 2304
  %scevgep2840.18 = getelementptr i8, ptr %hs, i64 %59
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.18, i64 128, i1 false)
  %60 = or disjoint i64 %39, 2432
  %scevgep2840.19 = getelementptr i8, ptr %hs, i64 %60
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.19, i64 128, i1 false)
  %61 = or disjoint i64 %39, 2560
  %scevgep2840.20 = getelementptr i8, ptr %hs, i64 %61
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.20, i64 128, i1 false)
  %62 = or disjoint i64 %39, 2688
  %scevgep2840.21 = getelementptr i8, ptr %hs, i64 %62
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.21, i64 128, i1 false)
  %63 = or disjoint i64 %39, 2816
  %scevgep2840.22 = getelementptr i8, ptr %hs, i64 %63
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.22, i64 128, i1 false)
  %64 = or disjoint i64 %39, 2944
  %scevgep2840.23 = getelementptr i8, ptr %hs, i64 %64
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.23, i64 128, i1 false)
  %65 = or disjoint i64 %39, 3072
  %scevgep2840.24 = getelementptr i8, ptr %hs, i64 %65
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.24, i64 128, i1 false)
  %66 = or disjoint i64 %39, 3200
  %scevgep2840.25 = getelementptr i8, ptr %hs, i64 %66
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.25, i64 128, i1 false)
  %67 = or disjoint i64 %39, 3328
  %scevgep2840.26 = getelementptr i8, ptr %hs, i64 %67
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.26, i64 128, i1 false)
  %68 = or disjoint i64 %39, 3456
  %scevgep2840.27 = getelementptr i8, ptr %hs, i64 %68
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.27, i64 128, i1 false)
  %69 = or disjoint i64 %39, 3584
  %scevgep2840.28 = getelementptr i8, ptr %hs, i64 %69
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.28, i64 128, i1 false)
  %70 = or disjoint i64 %39, 3712
  %scevgep2840.29 = getelementptr i8, ptr %hs, i64 %70
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.29, i64 128, i1 false)
  %71 = or disjoint i64 %39, 3840
  %scevgep2840.30 = getelementptr i8, ptr %hs, i64 %71
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.30, i64 128, i1 false)
  %72 = or disjoint i64 %39, 3968
  %scevgep2840.31 = getelementptr i8, ptr %hs, i64 %72
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2839.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840.31, i64 128, i1 false)
  %73 = add nsw i64 %ci, %30
  %74 = shl nsw i64 %73, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %75 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02389 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %76 = shl nuw nsw i64 %i2.addr.02389, 5
  %77 = or disjoint i64 %76, %74
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %78 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02388 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %79 = or disjoint i64 %77, %j2.addr.02388
  %80 = getelementptr inbounds float, ptr %hs, i64 %79
  %81 = load <16 x float>, ptr %80, align 4
  %82 = or disjoint i64 %79, 256
  %83 = getelementptr inbounds float, ptr %hs, i64 %82
  %84 = load <16 x float>, ptr %83, align 4
  %85 = or disjoint i64 %79, 32
  %86 = getelementptr inbounds float, ptr %hs, i64 %85
  %87 = load <16 x float>, ptr %86, align 4
  %88 = or disjoint i64 %79, 288
  %89 = getelementptr inbounds float, ptr %hs, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = or disjoint i64 %79, 64
  %92 = getelementptr inbounds float, ptr %hs, i64 %91
  %93 = load <16 x float>, ptr %92, align 4
  %94 = or disjoint i64 %79, 320
  %95 = getelementptr inbounds float, ptr %hs, i64 %94
  %96 = load <16 x float>, ptr %95, align 4
  %97 = or disjoint i64 %79, 96
  %98 = getelementptr inbounds float, ptr %hs, i64 %97
  %99 = load <16 x float>, ptr %98, align 4
  %100 = or disjoint i64 %79, 352
  %101 = getelementptr inbounds float, ptr %hs, i64 %100
  %102 = load <16 x float>, ptr %101, align 4
  %103 = or disjoint i64 %79, 128
  %104 = getelementptr inbounds float, ptr %hs, i64 %103
  %105 = load <16 x float>, ptr %104, align 4
  %106 = or disjoint i64 %79, 384
  %107 = getelementptr inbounds float, ptr %hs, i64 %106
  %108 = load <16 x float>, ptr %107, align 4
  %109 = or disjoint i64 %79, 160
  %110 = getelementptr inbounds float, ptr %hs, i64 %109
  %111 = load <16 x float>, ptr %110, align 4
  %112 = or disjoint i64 %79, 416
  %113 = getelementptr inbounds float, ptr %hs, i64 %112
  %114 = load <16 x float>, ptr %113, align 4
  %115 = or disjoint i64 %79, 192
  %116 = getelementptr inbounds float, ptr %hs, i64 %115
  %117 = load <16 x float>, ptr %116, align 4
  %118 = or disjoint i64 %79, 448
  %119 = getelementptr inbounds float, ptr %hs, i64 %118
  %120 = load <16 x float>, ptr %119, align 4
  %121 = or disjoint i64 %79, 224
  %122 = getelementptr inbounds float, ptr %hs, i64 %121
  %123 = load <16 x float>, ptr %122, align 4
  %124 = or disjoint i64 %79, 480
  %125 = getelementptr inbounds float, ptr %hs, i64 %124
  %126 = load <16 x float>, ptr %125, align 4
  %127 = shufflevector <16 x float> %81, <16 x float> %84, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %128 = shufflevector <16 x float> %105, <16 x float> %108, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %129 = shufflevector <16 x float> %87, <16 x float> %90, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %130 = shufflevector <16 x float> %111, <16 x float> %114, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %131 = shufflevector <16 x float> %93, <16 x float> %96, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %132 = shufflevector <16 x float> %117, <16 x float> %120, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %133 = shufflevector <16 x float> %99, <16 x float> %102, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %134 = shufflevector <16 x float> %123, <16 x float> %126, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %135 = shufflevector <16 x float> %81, <16 x float> %84, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %136 = shufflevector <16 x float> %105, <16 x float> %108, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %137 = shufflevector <16 x float> %87, <16 x float> %90, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %138 = shufflevector <16 x float> %111, <16 x float> %114, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %139 = shufflevector <16 x float> %93, <16 x float> %96, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %140 = shufflevector <16 x float> %117, <16 x float> %120, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %141 = shufflevector <16 x float> %99, <16 x float> %102, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %142 = shufflevector <16 x float> %123, <16 x float> %126, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %143 = shufflevector <16 x float> %127, <16 x float> %128, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %144 = shufflevector <16 x float> %131, <16 x float> %132, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %145 = shufflevector <16 x float> %129, <16 x float> %130, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %146 = shufflevector <16 x float> %133, <16 x float> %134, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %147 = shufflevector <16 x float> %127, <16 x float> %128, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %148 = shufflevector <16 x float> %131, <16 x float> %132, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %149 = shufflevector <16 x float> %129, <16 x float> %130, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %150 = shufflevector <16 x float> %133, <16 x float> %134, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %151 = shufflevector <16 x float> %135, <16 x float> %136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %152 = shufflevector <16 x float> %139, <16 x float> %140, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %153 = shufflevector <16 x float> %137, <16 x float> %138, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %154 = shufflevector <16 x float> %141, <16 x float> %142, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %155 = shufflevector <16 x float> %135, <16 x float> %136, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %156 = shufflevector <16 x float> %139, <16 x float> %140, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %157 = shufflevector <16 x float> %137, <16 x float> %138, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %158 = shufflevector <16 x float> %141, <16 x float> %142, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %159 = shufflevector <16 x float> %143, <16 x float> %144, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %160 = shufflevector <16 x float> %145, <16 x float> %146, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %161 = shufflevector <16 x float> %143, <16 x float> %144, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %162 = shufflevector <16 x float> %145, <16 x float> %146, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %163 = shufflevector <16 x float> %147, <16 x float> %148, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %164 = shufflevector <16 x float> %149, <16 x float> %150, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %165 = shufflevector <16 x float> %147, <16 x float> %148, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %166 = shufflevector <16 x float> %149, <16 x float> %150, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %167 = shufflevector <16 x float> %151, <16 x float> %152, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %168 = shufflevector <16 x float> %153, <16 x float> %154, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %169 = shufflevector <16 x float> %151, <16 x float> %152, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %170 = shufflevector <16 x float> %153, <16 x float> %154, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %171 = shufflevector <16 x float> %155, <16 x float> %156, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %172 = shufflevector <16 x float> %157, <16 x float> %158, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %173 = shufflevector <16 x float> %155, <16 x float> %156, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %174 = shufflevector <16 x float> %157, <16 x float> %158, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %175 = shufflevector <16 x float> %159, <16 x float> %160, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %176 = shl nuw nsw i64 %j2.addr.02388, 5
  %177 = or disjoint i64 %176, %i2.addr.02389
  %178 = or disjoint i64 %177, 1024
  %179 = getelementptr inbounds float, ptr %Bk, i64 %178
  store <16 x float> %175, ptr %179, align 4
  %180 = shufflevector <16 x float> %159, <16 x float> %160, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %181 = or disjoint i64 %177, 1056
  %182 = getelementptr inbounds float, ptr %Bk, i64 %181
  store <16 x float> %180, ptr %182, align 4
  %183 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %184 = or disjoint i64 %177, 1088
  %185 = getelementptr inbounds float, ptr %Bk, i64 %184
  store <16 x float> %183, ptr %185, align 4
  %186 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %187 = or disjoint i64 %177, 1120
  %188 = getelementptr inbounds float, ptr %Bk, i64 %187
  store <16 x float> %186, ptr %188, align 4
  %189 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %190 = or disjoint i64 %177, 1152
  %191 = getelementptr inbounds float, ptr %Bk, i64 %190
  store <16 x float> %189, ptr %191, align 4
  %192 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %193 = or disjoint i64 %177, 1184
  %194 = getelementptr inbounds float, ptr %Bk, i64 %193
  store <16 x float> %192, ptr %194, align 4
  %195 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %196 = or disjoint i64 %177, 1216
  %197 = getelementptr inbounds float, ptr %Bk, i64 %196
  store <16 x float> %195, ptr %197, align 4
  %198 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %199 = or disjoint i64 %177, 1248
  %200 = getelementptr inbounds float, ptr %Bk, i64 %199
  store <16 x float> %198, ptr %200, align 4
  %201 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %202 = or disjoint i64 %177, 1280
  %203 = getelementptr inbounds float, ptr %Bk, i64 %202
  store <16 x float> %201, ptr %203, align 4
  %204 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %205 = or disjoint i64 %177, 1312
  %206 = getelementptr inbounds float, ptr %Bk, i64 %205
  store <16 x float> %204, ptr %206, align 4
  %207 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %208 = or disjoint i64 %177, 1344
  %209 = getelementptr inbounds float, ptr %Bk, i64 %208
  store <16 x float> %207, ptr %209, align 4
  %210 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %211 = or disjoint i64 %177, 1376
  %212 = getelementptr inbounds float, ptr %Bk, i64 %211
  store <16 x float> %210, ptr %212, align 4
  %213 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %214 = or disjoint i64 %177, 1408
  %215 = getelementptr inbounds float, ptr %Bk, i64 %214
  store <16 x float> %213, ptr %215, align 4
  %216 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %217 = or disjoint i64 %177, 1440
  %218 = getelementptr inbounds float, ptr %Bk, i64 %217
  store <16 x float> %216, ptr %218, align 4
  %219 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %220 = or disjoint i64 %177, 1472
  %221 = getelementptr inbounds float, ptr %Bk, i64 %220
  store <16 x float> %219, ptr %221, align 4
  %222 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %223 = or disjoint i64 %177, 1504
  %224 = getelementptr inbounds float, ptr %Bk, i64 %223
  store <16 x float> %222, ptr %224, align 4
  br i1 %78, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %75, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %225 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02391 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %226 = shl nuw nsw i64 %i3.addr.02391, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %227 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02390 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %228 = or disjoint i64 %j3.addr.02390, %226
  %229 = or disjoint i64 %228, 32
  %230 = getelementptr inbounds float, ptr %work, i64 %229
  %231 = load <16 x float>, ptr %230, align 4
  %232 = or disjoint i64 %228, 544
  %233 = getelementptr inbounds float, ptr %work, i64 %232
  %234 = load <16 x float>, ptr %233, align 4
  %235 = or disjoint i64 %228, 96
  %236 = getelementptr inbounds float, ptr %work, i64 %235
  %237 = load <16 x float>, ptr %236, align 4
  %238 = or disjoint i64 %228, 608
  %239 = getelementptr inbounds float, ptr %work, i64 %238
  %240 = load <16 x float>, ptr %239, align 4
  %241 = or disjoint i64 %228, 160
  %242 = getelementptr inbounds float, ptr %work, i64 %241
  %243 = load <16 x float>, ptr %242, align 4
  %244 = or disjoint i64 %228, 672
  %245 = getelementptr inbounds float, ptr %work, i64 %244
  %246 = load <16 x float>, ptr %245, align 4
  %247 = or disjoint i64 %228, 224
  %248 = getelementptr inbounds float, ptr %work, i64 %247
  %249 = load <16 x float>, ptr %248, align 4
  %250 = or disjoint i64 %228, 736
  %251 = getelementptr inbounds float, ptr %work, i64 %250
  %252 = load <16 x float>, ptr %251, align 4
  %253 = or disjoint i64 %228, 288
  %254 = getelementptr inbounds float, ptr %work, i64 %253
  %255 = load <16 x float>, ptr %254, align 4
  %256 = or disjoint i64 %228, 800
  %257 = getelementptr inbounds float, ptr %work, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = or disjoint i64 %228, 352
  %260 = getelementptr inbounds float, ptr %work, i64 %259
  %261 = load <16 x float>, ptr %260, align 4
  %262 = or disjoint i64 %228, 864
  %263 = getelementptr inbounds float, ptr %work, i64 %262
  %264 = load <16 x float>, ptr %263, align 4
  %265 = or disjoint i64 %228, 416
  %266 = getelementptr inbounds float, ptr %work, i64 %265
  %267 = load <16 x float>, ptr %266, align 4
  %268 = or disjoint i64 %228, 928
  %269 = getelementptr inbounds float, ptr %work, i64 %268
  %270 = load <16 x float>, ptr %269, align 4
  %271 = or disjoint i64 %228, 480
  %272 = getelementptr inbounds float, ptr %work, i64 %271
  %273 = load <16 x float>, ptr %272, align 4
  %274 = or disjoint i64 %228, 992
  %275 = getelementptr inbounds float, ptr %work, i64 %274
  %276 = load <16 x float>, ptr %275, align 4
  %277 = shufflevector <16 x float> %231, <16 x float> %234, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %278 = shufflevector <16 x float> %255, <16 x float> %258, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %279 = shufflevector <16 x float> %237, <16 x float> %240, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %280 = shufflevector <16 x float> %261, <16 x float> %264, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %281 = shufflevector <16 x float> %243, <16 x float> %246, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %282 = shufflevector <16 x float> %267, <16 x float> %270, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %283 = shufflevector <16 x float> %249, <16 x float> %252, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %284 = shufflevector <16 x float> %273, <16 x float> %276, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %285 = shufflevector <16 x float> %231, <16 x float> %234, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %286 = shufflevector <16 x float> %255, <16 x float> %258, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %287 = shufflevector <16 x float> %237, <16 x float> %240, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %288 = shufflevector <16 x float> %261, <16 x float> %264, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %289 = shufflevector <16 x float> %243, <16 x float> %246, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %290 = shufflevector <16 x float> %267, <16 x float> %270, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %291 = shufflevector <16 x float> %249, <16 x float> %252, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %292 = shufflevector <16 x float> %273, <16 x float> %276, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %293 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %294 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %295 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %296 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %297 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %298 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %299 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %300 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %301 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %302 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %303 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %304 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %305 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %306 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %307 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %308 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %309 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %310 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %311 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %312 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %313 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %314 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %315 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %316 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %317 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %318 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %319 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %320 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %321 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %322 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %323 = shufflevector <16 x float> %305, <16 x float> %306, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %324 = shufflevector <16 x float> %307, <16 x float> %308, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %325 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %326 = shl nuw nsw i64 %j3.addr.02390, 5
  %327 = or disjoint i64 %326, %i3.addr.02391
  %328 = getelementptr inbounds float, ptr %Bk, i64 %327
  store <16 x float> %325, ptr %328, align 4
  %329 = shufflevector <16 x float> %309, <16 x float> %310, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %330 = or disjoint i64 %327, 32
  %331 = getelementptr inbounds float, ptr %Bk, i64 %330
  store <16 x float> %329, ptr %331, align 4
  %332 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %333 = or disjoint i64 %327, 64
  %334 = getelementptr inbounds float, ptr %Bk, i64 %333
  store <16 x float> %332, ptr %334, align 4
  %335 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %336 = or disjoint i64 %327, 96
  %337 = getelementptr inbounds float, ptr %Bk, i64 %336
  store <16 x float> %335, ptr %337, align 4
  %338 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %339 = or disjoint i64 %327, 128
  %340 = getelementptr inbounds float, ptr %Bk, i64 %339
  store <16 x float> %338, ptr %340, align 4
  %341 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %342 = or disjoint i64 %327, 160
  %343 = getelementptr inbounds float, ptr %Bk, i64 %342
  store <16 x float> %341, ptr %343, align 4
  %344 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %345 = or disjoint i64 %327, 192
  %346 = getelementptr inbounds float, ptr %Bk, i64 %345
  store <16 x float> %344, ptr %346, align 4
  %347 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %348 = or disjoint i64 %327, 224
  %349 = getelementptr inbounds float, ptr %Bk, i64 %348
  store <16 x float> %347, ptr %349, align 4
  %350 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %351 = or disjoint i64 %327, 256
  %352 = getelementptr inbounds float, ptr %Bk, i64 %351
  store <16 x float> %350, ptr %352, align 4
  %353 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %354 = or disjoint i64 %327, 288
  %355 = getelementptr inbounds float, ptr %Bk, i64 %354
  store <16 x float> %353, ptr %355, align 4
  %356 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %357 = or disjoint i64 %327, 320
  %358 = getelementptr inbounds float, ptr %Bk, i64 %357
  store <16 x float> %356, ptr %358, align 4
  %359 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %360 = or disjoint i64 %327, 352
  %361 = getelementptr inbounds float, ptr %Bk, i64 %360
  store <16 x float> %359, ptr %361, align 4
  %362 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %363 = or disjoint i64 %327, 384
  %364 = getelementptr inbounds float, ptr %Bk, i64 %363
  store <16 x float> %362, ptr %364, align 4
  %365 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %366 = or disjoint i64 %327, 416
  %367 = getelementptr inbounds float, ptr %Bk, i64 %366
  store <16 x float> %365, ptr %367, align 4
  %368 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %369 = or disjoint i64 %327, 448
  %370 = getelementptr inbounds float, ptr %Bk, i64 %369
  store <16 x float> %368, ptr %370, align 4
  %371 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %372 = or disjoint i64 %327, 480
  %373 = getelementptr inbounds float, ptr %Bk, i64 %372
  store <16 x float> %371, ptr %373, align 4
  br i1 %227, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %225, label %j3.head.preheader, label %t.head.preheader

t.head.preheader:                                 ; preds = %j3.exit, %t.head.preheader
  %s.addr.02393 = phi i64 [ %s.next, %t.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02393, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2643 = shl nsw i64 %s.addr.02393, 8
  %invariant.gep3050 = getelementptr inbounds i8, ptr %M, i64 %.idx2643
  %374 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %375 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %376 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %377 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %378 = select <8 x i1> %374, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %379 = select <8 x i1> %375, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %380 = select <8 x i1> %376, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %381 = select <8 x i1> %377, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %382 = getelementptr inbounds i8, ptr %invariant.gep3050, i64 32
  %383 = getelementptr inbounds i8, ptr %invariant.gep3050, i64 64
  %384 = getelementptr inbounds i8, ptr %invariant.gep3050, i64 96
  store <8 x float> %378, ptr %invariant.gep3050, align 4
  store <8 x float> %379, ptr %382, align 4
  store <8 x float> %380, ptr %383, align 4
  store <8 x float> %381, ptr %384, align 4
  %385 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %386 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %387 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %388 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %389 = select <8 x i1> %385, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %390 = select <8 x i1> %386, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %391 = select <8 x i1> %387, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %392 = select <8 x i1> %388, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %393 = getelementptr inbounds i8, ptr %invariant.gep3050, i64 128
  %394 = getelementptr inbounds i8, ptr %invariant.gep3050, i64 160
  %395 = getelementptr inbounds i8, ptr %invariant.gep3050, i64 192
  %396 = getelementptr inbounds i8, ptr %invariant.gep3050, i64 224
  store <8 x float> %389, ptr %393, align 4
  store <8 x float> %390, ptr %394, align 4
  store <8 x float> %391, ptr %395, align 4
  store <8 x float> %392, ptr %396, align 4
  %s.next = add nuw nsw i64 %s.addr.02393, 1
  %exitcond2843.not = icmp eq i64 %s.next, 64
  br i1 %exitcond2843.not, label %t1.body, label %t.head.preheader

t1.body:                                          ; preds = %t.head.preheader, %endif
  %t1.addr.02404 = phi i64 [ %t1.next, %endif ], [ 0, %t.head.preheader ]
  %397 = shl nuw nsw i64 %t1.addr.02404, 7
  %gep3053 = getelementptr i8, ptr %invariant.gep3052, i64 %397
  %gep3055 = getelementptr i8, ptr %invariant.gep3054, i64 %397
  %398 = icmp sgt i64 %41, %t1.addr.02404
  br i1 %398, label %p.head.preheader, label %j6.head.preheader

j6.head.preheader:                                ; preds = %t1.body
  %gep3057 = getelementptr i8, ptr %invariant.gep3056, i64 %397
  %gep3059 = getelementptr i8, ptr %invariant.gep3058, i64 %397
  %gep3061 = getelementptr i8, ptr %invariant.gep3060, i64 %397
  %gep3063 = getelementptr i8, ptr %invariant.gep3062, i64 %397
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3057, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3059, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3055, i8 0, i64 128, i1 false)
  %399 = getelementptr inbounds float, ptr %bet, i64 %t1.addr.02404
  store float 0.000000e+00, ptr %399, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3061, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3063, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3053, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %400 = mul i64 %13, %t1.addr.02404
  %401 = add i64 %37, %400
  %scevgep2851 = getelementptr i8, ptr %dout, i64 %401
  %scevgep2854 = getelementptr i8, ptr %v, i64 %401
  %402 = add nuw nsw i64 %t1.addr.02404, %t0
  %403 = mul nsw i64 %402, %sq
  %404 = shl nuw nsw i64 %t1.addr.02404, 5
  %405 = getelementptr float, ptr %qh, i64 %403
  %406 = load <16 x float>, ptr %405, align 4
  %407 = fmul <16 x float> %406, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %408 = or disjoint i64 %404, 2048
  %409 = getelementptr inbounds float, ptr %Bk, i64 %408
  store <16 x float> %407, ptr %409, align 4
  %410 = getelementptr inbounds float, ptr %QK, i64 %404
  store <16 x float> %407, ptr %410, align 4
  %411 = getelementptr float, ptr %33, i64 %403
  %412 = load <16 x float>, ptr %411, align 4
  %413 = fmul <16 x float> %412, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %414 = or disjoint i64 %404, 16
  %415 = or i64 %404, 2064
  %416 = getelementptr inbounds float, ptr %Bk, i64 %415
  store <16 x float> %413, ptr %416, align 4
  %417 = getelementptr inbounds float, ptr %QK, i64 %414
  store <16 x float> %413, ptr %417, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3055, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2851, i64 128, i1 false)
  %tau = or disjoint i64 %t1.addr.02404, %t0
  %418 = mul nsw i64 %tau, %H
  %419 = getelementptr inbounds float, ptr %betah, i64 %418
  %420 = load float, ptr %419, align 4
  %421 = getelementptr inbounds float, ptr %bet, i64 %t1.addr.02404
  store float %420, ptr %421, align 4
  %422 = mul nsw i64 %tau, %sq
  %423 = getelementptr float, ptr %kh, i64 %422
  %424 = load <16 x float>, ptr %423, align 4
  %425 = or disjoint i64 %404, 4096
  %426 = getelementptr inbounds float, ptr %Bk, i64 %425
  store <16 x float> %424, ptr %426, align 4
  %427 = fneg <16 x float> %424
  %428 = getelementptr inbounds float, ptr %QK, i64 %408
  store <16 x float> %427, ptr %428, align 4
  %429 = getelementptr float, ptr %34, i64 %422
  %430 = load <16 x float>, ptr %429, align 4
  %431 = or i64 %404, 4112
  %432 = getelementptr inbounds float, ptr %Bk, i64 %431
  store <16 x float> %430, ptr %432, align 4
  %433 = fneg <16 x float> %430
  %434 = getelementptr inbounds float, ptr %QK, i64 %415
  store <16 x float> %433, ptr %434, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3053, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2854, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j6.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02404, 1
  %exitcond2855.not = icmp eq i64 %t1.next, 64
  br i1 %exitcond2855.not, label %j12.head.preheader, label %t1.body

j12.head.preheader:                               ; preds = %endif, %j12.exit
  %i12.addr.02406 = phi i64 [ %i12.next, %j12.exit ], [ 0, %endif ]
  %435 = shl nuw nsw i64 %i12.addr.02406, 5
  br label %j12.body

j12.body:                                         ; preds = %j12.head.preheader, %j12.body
  %436 = phi i1 [ true, %j12.head.preheader ], [ false, %j12.body ]
  %j12.addr.02405 = phi i64 [ 0, %j12.head.preheader ], [ 16, %j12.body ]
  %437 = or disjoint i64 %j12.addr.02405, %435
  %438 = or disjoint i64 %437, 4096
  %439 = getelementptr inbounds float, ptr %Bk, i64 %438
  %440 = load <16 x float>, ptr %439, align 4
  %441 = or disjoint i64 %437, 4352
  %442 = getelementptr inbounds float, ptr %Bk, i64 %441
  %443 = load <16 x float>, ptr %442, align 4
  %444 = or disjoint i64 %437, 4128
  %445 = getelementptr inbounds float, ptr %Bk, i64 %444
  %446 = load <16 x float>, ptr %445, align 4
  %447 = or disjoint i64 %437, 4384
  %448 = getelementptr inbounds float, ptr %Bk, i64 %447
  %449 = load <16 x float>, ptr %448, align 4
  %450 = or disjoint i64 %437, 4160
  %451 = getelementptr inbounds float, ptr %Bk, i64 %450
  %452 = load <16 x float>, ptr %451, align 4
  %453 = or disjoint i64 %437, 4416
  %454 = getelementptr inbounds float, ptr %Bk, i64 %453
  %455 = load <16 x float>, ptr %454, align 4
  %456 = or disjoint i64 %437, 4192
  %457 = getelementptr inbounds float, ptr %Bk, i64 %456
  %458 = load <16 x float>, ptr %457, align 4
  %459 = or disjoint i64 %437, 4448
  %460 = getelementptr inbounds float, ptr %Bk, i64 %459
  %461 = load <16 x float>, ptr %460, align 4
  %462 = or disjoint i64 %437, 4224
  %463 = getelementptr inbounds float, ptr %Bk, i64 %462
  %464 = load <16 x float>, ptr %463, align 4
  %465 = or disjoint i64 %437, 4480
  %466 = getelementptr inbounds float, ptr %Bk, i64 %465
  %467 = load <16 x float>, ptr %466, align 4
  %468 = or disjoint i64 %437, 4256
  %469 = getelementptr inbounds float, ptr %Bk, i64 %468
  %470 = load <16 x float>, ptr %469, align 4
  %471 = or disjoint i64 %437, 4512
  %472 = getelementptr inbounds float, ptr %Bk, i64 %471
  %473 = load <16 x float>, ptr %472, align 4
  %474 = or disjoint i64 %437, 4288
  %475 = getelementptr inbounds float, ptr %Bk, i64 %474
  %476 = load <16 x float>, ptr %475, align 4
  %477 = or disjoint i64 %437, 4544
  %478 = getelementptr inbounds float, ptr %Bk, i64 %477
  %479 = load <16 x float>, ptr %478, align 4
  %480 = or disjoint i64 %437, 4320
  %481 = getelementptr inbounds float, ptr %Bk, i64 %480
  %482 = load <16 x float>, ptr %481, align 4
  %483 = or disjoint i64 %437, 4576
  %484 = getelementptr inbounds float, ptr %Bk, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = shufflevector <16 x float> %440, <16 x float> %443, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %487 = shufflevector <16 x float> %464, <16 x float> %467, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %488 = shufflevector <16 x float> %446, <16 x float> %449, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %489 = shufflevector <16 x float> %470, <16 x float> %473, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %490 = shufflevector <16 x float> %452, <16 x float> %455, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %491 = shufflevector <16 x float> %476, <16 x float> %479, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %492 = shufflevector <16 x float> %458, <16 x float> %461, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %493 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %494 = shufflevector <16 x float> %440, <16 x float> %443, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %495 = shufflevector <16 x float> %464, <16 x float> %467, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %496 = shufflevector <16 x float> %446, <16 x float> %449, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %497 = shufflevector <16 x float> %470, <16 x float> %473, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %498 = shufflevector <16 x float> %452, <16 x float> %455, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %499 = shufflevector <16 x float> %476, <16 x float> %479, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %500 = shufflevector <16 x float> %458, <16 x float> %461, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %501 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %502 = shufflevector <16 x float> %486, <16 x float> %487, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %503 = shufflevector <16 x float> %490, <16 x float> %491, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %504 = shufflevector <16 x float> %488, <16 x float> %489, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %505 = shufflevector <16 x float> %492, <16 x float> %493, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %506 = shufflevector <16 x float> %486, <16 x float> %487, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %507 = shufflevector <16 x float> %490, <16 x float> %491, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %508 = shufflevector <16 x float> %488, <16 x float> %489, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %509 = shufflevector <16 x float> %492, <16 x float> %493, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %510 = shufflevector <16 x float> %494, <16 x float> %495, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %511 = shufflevector <16 x float> %498, <16 x float> %499, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %512 = shufflevector <16 x float> %496, <16 x float> %497, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %513 = shufflevector <16 x float> %500, <16 x float> %501, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %514 = shufflevector <16 x float> %494, <16 x float> %495, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %515 = shufflevector <16 x float> %498, <16 x float> %499, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %516 = shufflevector <16 x float> %496, <16 x float> %497, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %517 = shufflevector <16 x float> %500, <16 x float> %501, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %518 = shufflevector <16 x float> %502, <16 x float> %503, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %519 = shufflevector <16 x float> %504, <16 x float> %505, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %520 = shufflevector <16 x float> %502, <16 x float> %503, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %521 = shufflevector <16 x float> %504, <16 x float> %505, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %522 = shufflevector <16 x float> %506, <16 x float> %507, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %523 = shufflevector <16 x float> %508, <16 x float> %509, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %524 = shufflevector <16 x float> %506, <16 x float> %507, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %525 = shufflevector <16 x float> %508, <16 x float> %509, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %526 = shufflevector <16 x float> %510, <16 x float> %511, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %527 = shufflevector <16 x float> %512, <16 x float> %513, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %528 = shufflevector <16 x float> %510, <16 x float> %511, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %529 = shufflevector <16 x float> %512, <16 x float> %513, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %530 = shufflevector <16 x float> %514, <16 x float> %515, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %531 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %532 = shufflevector <16 x float> %514, <16 x float> %515, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %533 = shufflevector <16 x float> %516, <16 x float> %517, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %534 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %535 = shl nuw nsw i64 %j12.addr.02405, 6
  %536 = add nuw nsw i64 %535, %i12.addr.02406
  %537 = getelementptr inbounds float, ptr %KT, i64 %536
  store <16 x float> %534, ptr %537, align 4
  %538 = shufflevector <16 x float> %518, <16 x float> %519, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %539 = or disjoint i64 %536, 64
  %540 = getelementptr inbounds float, ptr %KT, i64 %539
  store <16 x float> %538, ptr %540, align 4
  %541 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %542 = or disjoint i64 %536, 128
  %543 = getelementptr inbounds float, ptr %KT, i64 %542
  store <16 x float> %541, ptr %543, align 4
  %544 = shufflevector <16 x float> %520, <16 x float> %521, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %545 = or disjoint i64 %536, 192
  %546 = getelementptr inbounds float, ptr %KT, i64 %545
  store <16 x float> %544, ptr %546, align 4
  %547 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %548 = or disjoint i64 %536, 256
  %549 = getelementptr inbounds float, ptr %KT, i64 %548
  store <16 x float> %547, ptr %549, align 4
  %550 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %551 = or disjoint i64 %536, 320
  %552 = getelementptr inbounds float, ptr %KT, i64 %551
  store <16 x float> %550, ptr %552, align 4
  %553 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %554 = or disjoint i64 %536, 384
  %555 = getelementptr inbounds float, ptr %KT, i64 %554
  store <16 x float> %553, ptr %555, align 4
  %556 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %557 = or disjoint i64 %536, 448
  %558 = getelementptr inbounds float, ptr %KT, i64 %557
  store <16 x float> %556, ptr %558, align 4
  %559 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %560 = or disjoint i64 %536, 512
  %561 = getelementptr inbounds float, ptr %KT, i64 %560
  store <16 x float> %559, ptr %561, align 4
  %562 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %563 = or disjoint i64 %536, 576
  %564 = getelementptr inbounds float, ptr %KT, i64 %563
  store <16 x float> %562, ptr %564, align 4
  %565 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %566 = or disjoint i64 %536, 640
  %567 = getelementptr inbounds float, ptr %KT, i64 %566
  store <16 x float> %565, ptr %567, align 4
  %568 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %569 = or disjoint i64 %536, 704
  %570 = getelementptr inbounds float, ptr %KT, i64 %569
  store <16 x float> %568, ptr %570, align 4
  %571 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %572 = or disjoint i64 %536, 768
  %573 = getelementptr inbounds float, ptr %KT, i64 %572
  store <16 x float> %571, ptr %573, align 4
  %574 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %575 = or disjoint i64 %536, 832
  %576 = getelementptr inbounds float, ptr %KT, i64 %575
  store <16 x float> %574, ptr %576, align 4
  %577 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %578 = or disjoint i64 %536, 896
  %579 = getelementptr inbounds float, ptr %KT, i64 %578
  store <16 x float> %577, ptr %579, align 4
  %580 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %581 = or disjoint i64 %536, 960
  %582 = getelementptr inbounds float, ptr %KT, i64 %581
  store <16 x float> %580, ptr %582, align 4
  br i1 %436, label %j12.body, label %j12.exit

j12.exit:                                         ; preds = %j12.body
  %i12.next = add nuw nsw i64 %i12.addr.02406, 16
  %583 = icmp ult i64 %i12.addr.02406, 48
  br i1 %583, label %j12.head.preheader, label %j13.head.preheader

j13.head.preheader:                               ; preds = %j12.exit, %j13.exit
  %i13.addr.02408 = phi i64 [ %i13.next, %j13.exit ], [ 0, %j12.exit ]
  %584 = shl nuw nsw i64 %i13.addr.02408, 5
  br label %j13.body

j13.body:                                         ; preds = %j13.head.preheader, %j13.body
  %585 = phi i1 [ true, %j13.head.preheader ], [ false, %j13.body ]
  %j13.addr.02407 = phi i64 [ 0, %j13.head.preheader ], [ 16, %j13.body ]
  %586 = or disjoint i64 %j13.addr.02407, %584
  %587 = or disjoint i64 %586, 2048
  %588 = getelementptr inbounds float, ptr %Bk, i64 %587
  %589 = load <16 x float>, ptr %588, align 4
  %590 = or disjoint i64 %586, 2304
  %591 = getelementptr inbounds float, ptr %Bk, i64 %590
  %592 = load <16 x float>, ptr %591, align 4
  %593 = or disjoint i64 %586, 2080
  %594 = getelementptr inbounds float, ptr %Bk, i64 %593
  %595 = load <16 x float>, ptr %594, align 4
  %596 = or disjoint i64 %586, 2336
  %597 = getelementptr inbounds float, ptr %Bk, i64 %596
  %598 = load <16 x float>, ptr %597, align 4
  %599 = or disjoint i64 %586, 2112
  %600 = getelementptr inbounds float, ptr %Bk, i64 %599
  %601 = load <16 x float>, ptr %600, align 4
  %602 = or disjoint i64 %586, 2368
  %603 = getelementptr inbounds float, ptr %Bk, i64 %602
  %604 = load <16 x float>, ptr %603, align 4
  %605 = or disjoint i64 %586, 2144
  %606 = getelementptr inbounds float, ptr %Bk, i64 %605
  %607 = load <16 x float>, ptr %606, align 4
  %608 = or disjoint i64 %586, 2400
  %609 = getelementptr inbounds float, ptr %Bk, i64 %608
  %610 = load <16 x float>, ptr %609, align 4
  %611 = or disjoint i64 %586, 2176
  %612 = getelementptr inbounds float, ptr %Bk, i64 %611
  %613 = load <16 x float>, ptr %612, align 4
  %614 = or disjoint i64 %586, 2432
  %615 = getelementptr inbounds float, ptr %Bk, i64 %614
  %616 = load <16 x float>, ptr %615, align 4
  %617 = or disjoint i64 %586, 2208
  %618 = getelementptr inbounds float, ptr %Bk, i64 %617
  %619 = load <16 x float>, ptr %618, align 4
  %620 = or disjoint i64 %586, 2464
  %621 = getelementptr inbounds float, ptr %Bk, i64 %620
  %622 = load <16 x float>, ptr %621, align 4
  %623 = or disjoint i64 %586, 2240
  %624 = getelementptr inbounds float, ptr %Bk, i64 %623
  %625 = load <16 x float>, ptr %624, align 4
  %626 = or disjoint i64 %586, 2496
  %627 = getelementptr inbounds float, ptr %Bk, i64 %626
  %628 = load <16 x float>, ptr %627, align 4
  %629 = or disjoint i64 %586, 2272
  %630 = getelementptr inbounds float, ptr %Bk, i64 %629
  %631 = load <16 x float>, ptr %630, align 4
  %632 = or disjoint i64 %586, 2528
  %633 = getelementptr inbounds float, ptr %Bk, i64 %632
  %634 = load <16 x float>, ptr %633, align 4
  %635 = shufflevector <16 x float> %589, <16 x float> %592, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %636 = shufflevector <16 x float> %613, <16 x float> %616, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %637 = shufflevector <16 x float> %595, <16 x float> %598, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %638 = shufflevector <16 x float> %619, <16 x float> %622, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %639 = shufflevector <16 x float> %601, <16 x float> %604, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %640 = shufflevector <16 x float> %625, <16 x float> %628, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %641 = shufflevector <16 x float> %607, <16 x float> %610, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %642 = shufflevector <16 x float> %631, <16 x float> %634, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %643 = shufflevector <16 x float> %589, <16 x float> %592, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %644 = shufflevector <16 x float> %613, <16 x float> %616, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %645 = shufflevector <16 x float> %595, <16 x float> %598, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %646 = shufflevector <16 x float> %619, <16 x float> %622, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %647 = shufflevector <16 x float> %601, <16 x float> %604, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %648 = shufflevector <16 x float> %625, <16 x float> %628, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %649 = shufflevector <16 x float> %607, <16 x float> %610, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %650 = shufflevector <16 x float> %631, <16 x float> %634, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %651 = shufflevector <16 x float> %635, <16 x float> %636, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %652 = shufflevector <16 x float> %639, <16 x float> %640, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %653 = shufflevector <16 x float> %637, <16 x float> %638, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %654 = shufflevector <16 x float> %641, <16 x float> %642, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %655 = shufflevector <16 x float> %635, <16 x float> %636, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %656 = shufflevector <16 x float> %639, <16 x float> %640, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %657 = shufflevector <16 x float> %637, <16 x float> %638, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %658 = shufflevector <16 x float> %641, <16 x float> %642, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %659 = shufflevector <16 x float> %643, <16 x float> %644, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %660 = shufflevector <16 x float> %647, <16 x float> %648, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %661 = shufflevector <16 x float> %645, <16 x float> %646, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %662 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %663 = shufflevector <16 x float> %643, <16 x float> %644, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %664 = shufflevector <16 x float> %647, <16 x float> %648, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %665 = shufflevector <16 x float> %645, <16 x float> %646, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %666 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %667 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %668 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %669 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %670 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %671 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %672 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %673 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %674 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %675 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %676 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %677 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %678 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %679 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %680 = shufflevector <16 x float> %665, <16 x float> %666, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %681 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %682 = shufflevector <16 x float> %665, <16 x float> %666, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %683 = shufflevector <16 x float> %667, <16 x float> %668, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %684 = shl nuw nsw i64 %j13.addr.02407, 6
  %685 = add nuw nsw i64 %684, %i13.addr.02408
  %686 = getelementptr inbounds float, ptr %QcT, i64 %685
  store <16 x float> %683, ptr %686, align 4
  %687 = shufflevector <16 x float> %667, <16 x float> %668, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %688 = or disjoint i64 %685, 64
  %689 = getelementptr inbounds float, ptr %QcT, i64 %688
  store <16 x float> %687, ptr %689, align 4
  %690 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %691 = or disjoint i64 %685, 128
  %692 = getelementptr inbounds float, ptr %QcT, i64 %691
  store <16 x float> %690, ptr %692, align 4
  %693 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %694 = or disjoint i64 %685, 192
  %695 = getelementptr inbounds float, ptr %QcT, i64 %694
  store <16 x float> %693, ptr %695, align 4
  %696 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %697 = or disjoint i64 %685, 256
  %698 = getelementptr inbounds float, ptr %QcT, i64 %697
  store <16 x float> %696, ptr %698, align 4
  %699 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %700 = or disjoint i64 %685, 320
  %701 = getelementptr inbounds float, ptr %QcT, i64 %700
  store <16 x float> %699, ptr %701, align 4
  %702 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %703 = or disjoint i64 %685, 384
  %704 = getelementptr inbounds float, ptr %QcT, i64 %703
  store <16 x float> %702, ptr %704, align 4
  %705 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %706 = or disjoint i64 %685, 448
  %707 = getelementptr inbounds float, ptr %QcT, i64 %706
  store <16 x float> %705, ptr %707, align 4
  %708 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %709 = or disjoint i64 %685, 512
  %710 = getelementptr inbounds float, ptr %QcT, i64 %709
  store <16 x float> %708, ptr %710, align 4
  %711 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %712 = or disjoint i64 %685, 576
  %713 = getelementptr inbounds float, ptr %QcT, i64 %712
  store <16 x float> %711, ptr %713, align 4
  %714 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %715 = or disjoint i64 %685, 640
  %716 = getelementptr inbounds float, ptr %QcT, i64 %715
  store <16 x float> %714, ptr %716, align 4
  %717 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %718 = or disjoint i64 %685, 704
  %719 = getelementptr inbounds float, ptr %QcT, i64 %718
  store <16 x float> %717, ptr %719, align 4
  %720 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %721 = or disjoint i64 %685, 768
  %722 = getelementptr inbounds float, ptr %QcT, i64 %721
  store <16 x float> %720, ptr %722, align 4
  %723 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %724 = or disjoint i64 %685, 832
  %725 = getelementptr inbounds float, ptr %QcT, i64 %724
  store <16 x float> %723, ptr %725, align 4
  %726 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %727 = or disjoint i64 %685, 896
  %728 = getelementptr inbounds float, ptr %QcT, i64 %727
  store <16 x float> %726, ptr %728, align 4
  %729 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %730 = or disjoint i64 %685, 960
  %731 = getelementptr inbounds float, ptr %QcT, i64 %730
  store <16 x float> %729, ptr %731, align 4
  br i1 %585, label %j13.body, label %j13.exit

j13.exit:                                         ; preds = %j13.body
  %i13.next = add nuw nsw i64 %i13.addr.02408, 16
  %732 = icmp ult i64 %i13.addr.02408, 48
  br i1 %732, label %j13.head.preheader, label %j14.head.preheader

j14.head.preheader:                               ; preds = %j13.exit, %j14.exit
  %i14.addr.02410 = phi i64 [ %i14.next, %j14.exit ], [ 0, %j13.exit ]
  %733 = shl nuw nsw i64 %i14.addr.02410, 5
  br label %j14.body

j14.body:                                         ; preds = %j14.head.preheader, %j14.body
  %734 = phi i1 [ true, %j14.head.preheader ], [ false, %j14.body ]
  %j14.addr.02409 = phi i64 [ 0, %j14.head.preheader ], [ 16, %j14.body ]
  %735 = or disjoint i64 %j14.addr.02409, %733
  %736 = getelementptr inbounds float, ptr %OY, i64 %735
  %737 = load <16 x float>, ptr %736, align 4
  %738 = or disjoint i64 %735, 256
  %739 = getelementptr inbounds float, ptr %OY, i64 %738
  %740 = load <16 x float>, ptr %739, align 4
  %741 = or disjoint i64 %735, 32
  %742 = getelementptr inbounds float, ptr %OY, i64 %741
  %743 = load <16 x float>, ptr %742, align 4
  %744 = or disjoint i64 %735, 288
  %745 = getelementptr inbounds float, ptr %OY, i64 %744
  %746 = load <16 x float>, ptr %745, align 4
  %747 = or disjoint i64 %735, 64
  %748 = getelementptr inbounds float, ptr %OY, i64 %747
  %749 = load <16 x float>, ptr %748, align 4
  %750 = or disjoint i64 %735, 320
  %751 = getelementptr inbounds float, ptr %OY, i64 %750
  %752 = load <16 x float>, ptr %751, align 4
  %753 = or disjoint i64 %735, 96
  %754 = getelementptr inbounds float, ptr %OY, i64 %753
  %755 = load <16 x float>, ptr %754, align 4
  %756 = or disjoint i64 %735, 352
  %757 = getelementptr inbounds float, ptr %OY, i64 %756
  %758 = load <16 x float>, ptr %757, align 4
  %759 = or disjoint i64 %735, 128
  %760 = getelementptr inbounds float, ptr %OY, i64 %759
  %761 = load <16 x float>, ptr %760, align 4
  %762 = or disjoint i64 %735, 384
  %763 = getelementptr inbounds float, ptr %OY, i64 %762
  %764 = load <16 x float>, ptr %763, align 4
  %765 = or disjoint i64 %735, 160
  %766 = getelementptr inbounds float, ptr %OY, i64 %765
  %767 = load <16 x float>, ptr %766, align 4
  %768 = or disjoint i64 %735, 416
  %769 = getelementptr inbounds float, ptr %OY, i64 %768
  %770 = load <16 x float>, ptr %769, align 4
  %771 = or disjoint i64 %735, 192
  %772 = getelementptr inbounds float, ptr %OY, i64 %771
  %773 = load <16 x float>, ptr %772, align 4
  %774 = or disjoint i64 %735, 448
  %775 = getelementptr inbounds float, ptr %OY, i64 %774
  %776 = load <16 x float>, ptr %775, align 4
  %777 = or disjoint i64 %735, 224
  %778 = getelementptr inbounds float, ptr %OY, i64 %777
  %779 = load <16 x float>, ptr %778, align 4
  %780 = or disjoint i64 %735, 480
  %781 = getelementptr inbounds float, ptr %OY, i64 %780
  %782 = load <16 x float>, ptr %781, align 4
  %783 = shufflevector <16 x float> %737, <16 x float> %740, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %784 = shufflevector <16 x float> %761, <16 x float> %764, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %785 = shufflevector <16 x float> %743, <16 x float> %746, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %786 = shufflevector <16 x float> %767, <16 x float> %770, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %787 = shufflevector <16 x float> %749, <16 x float> %752, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %788 = shufflevector <16 x float> %773, <16 x float> %776, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %789 = shufflevector <16 x float> %755, <16 x float> %758, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %790 = shufflevector <16 x float> %779, <16 x float> %782, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %791 = shufflevector <16 x float> %737, <16 x float> %740, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %792 = shufflevector <16 x float> %761, <16 x float> %764, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %793 = shufflevector <16 x float> %743, <16 x float> %746, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %794 = shufflevector <16 x float> %767, <16 x float> %770, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %795 = shufflevector <16 x float> %749, <16 x float> %752, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %796 = shufflevector <16 x float> %773, <16 x float> %776, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %797 = shufflevector <16 x float> %755, <16 x float> %758, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %798 = shufflevector <16 x float> %779, <16 x float> %782, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %799 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %800 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %801 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %802 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %803 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %804 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %805 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %806 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %807 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %808 = shufflevector <16 x float> %795, <16 x float> %796, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %809 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %810 = shufflevector <16 x float> %797, <16 x float> %798, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %811 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %812 = shufflevector <16 x float> %795, <16 x float> %796, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %813 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %814 = shufflevector <16 x float> %797, <16 x float> %798, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %815 = shufflevector <16 x float> %799, <16 x float> %800, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %816 = shufflevector <16 x float> %801, <16 x float> %802, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %817 = shufflevector <16 x float> %799, <16 x float> %800, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %818 = shufflevector <16 x float> %801, <16 x float> %802, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %819 = shufflevector <16 x float> %803, <16 x float> %804, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %820 = shufflevector <16 x float> %805, <16 x float> %806, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %821 = shufflevector <16 x float> %803, <16 x float> %804, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %822 = shufflevector <16 x float> %805, <16 x float> %806, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %823 = shufflevector <16 x float> %807, <16 x float> %808, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %824 = shufflevector <16 x float> %809, <16 x float> %810, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %825 = shufflevector <16 x float> %807, <16 x float> %808, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %826 = shufflevector <16 x float> %809, <16 x float> %810, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %827 = shufflevector <16 x float> %811, <16 x float> %812, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %828 = shufflevector <16 x float> %813, <16 x float> %814, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %829 = shufflevector <16 x float> %811, <16 x float> %812, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %830 = shufflevector <16 x float> %813, <16 x float> %814, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %831 = shufflevector <16 x float> %815, <16 x float> %816, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %832 = shl nuw nsw i64 %j14.addr.02409, 6
  %833 = add nuw nsw i64 %832, %i14.addr.02410
  %834 = getelementptr inbounds float, ptr %dOT, i64 %833
  store <16 x float> %831, ptr %834, align 4
  %835 = shufflevector <16 x float> %815, <16 x float> %816, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %836 = or disjoint i64 %833, 64
  %837 = getelementptr inbounds float, ptr %dOT, i64 %836
  store <16 x float> %835, ptr %837, align 4
  %838 = shufflevector <16 x float> %817, <16 x float> %818, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %839 = or disjoint i64 %833, 128
  %840 = getelementptr inbounds float, ptr %dOT, i64 %839
  store <16 x float> %838, ptr %840, align 4
  %841 = shufflevector <16 x float> %817, <16 x float> %818, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %842 = or disjoint i64 %833, 192
  %843 = getelementptr inbounds float, ptr %dOT, i64 %842
  store <16 x float> %841, ptr %843, align 4
  %844 = shufflevector <16 x float> %819, <16 x float> %820, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %845 = or disjoint i64 %833, 256
  %846 = getelementptr inbounds float, ptr %dOT, i64 %845
  store <16 x float> %844, ptr %846, align 4
  %847 = shufflevector <16 x float> %819, <16 x float> %820, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %848 = or disjoint i64 %833, 320
  %849 = getelementptr inbounds float, ptr %dOT, i64 %848
  store <16 x float> %847, ptr %849, align 4
  %850 = shufflevector <16 x float> %821, <16 x float> %822, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %851 = or disjoint i64 %833, 384
  %852 = getelementptr inbounds float, ptr %dOT, i64 %851
  store <16 x float> %850, ptr %852, align 4
  %853 = shufflevector <16 x float> %821, <16 x float> %822, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %854 = or disjoint i64 %833, 448
  %855 = getelementptr inbounds float, ptr %dOT, i64 %854
  store <16 x float> %853, ptr %855, align 4
  %856 = shufflevector <16 x float> %823, <16 x float> %824, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %857 = or disjoint i64 %833, 512
  %858 = getelementptr inbounds float, ptr %dOT, i64 %857
  store <16 x float> %856, ptr %858, align 4
  %859 = shufflevector <16 x float> %823, <16 x float> %824, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %860 = or disjoint i64 %833, 576
  %861 = getelementptr inbounds float, ptr %dOT, i64 %860
  store <16 x float> %859, ptr %861, align 4
  %862 = shufflevector <16 x float> %825, <16 x float> %826, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %863 = or disjoint i64 %833, 640
  %864 = getelementptr inbounds float, ptr %dOT, i64 %863
  store <16 x float> %862, ptr %864, align 4
  %865 = shufflevector <16 x float> %825, <16 x float> %826, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %866 = or disjoint i64 %833, 704
  %867 = getelementptr inbounds float, ptr %dOT, i64 %866
  store <16 x float> %865, ptr %867, align 4
  %868 = shufflevector <16 x float> %827, <16 x float> %828, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %869 = or disjoint i64 %833, 768
  %870 = getelementptr inbounds float, ptr %dOT, i64 %869
  store <16 x float> %868, ptr %870, align 4
  %871 = shufflevector <16 x float> %827, <16 x float> %828, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %872 = or disjoint i64 %833, 832
  %873 = getelementptr inbounds float, ptr %dOT, i64 %872
  store <16 x float> %871, ptr %873, align 4
  %874 = shufflevector <16 x float> %829, <16 x float> %830, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %875 = or disjoint i64 %833, 896
  %876 = getelementptr inbounds float, ptr %dOT, i64 %875
  store <16 x float> %874, ptr %876, align 4
  %877 = shufflevector <16 x float> %829, <16 x float> %830, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %878 = or disjoint i64 %833, 960
  %879 = getelementptr inbounds float, ptr %dOT, i64 %878
  store <16 x float> %877, ptr %879, align 4
  br i1 %734, label %j14.body, label %j14.exit

j14.exit:                                         ; preds = %j14.body
  %i14.next = add nuw nsw i64 %i14.addr.02410, 16
  %880 = icmp ult i64 %i14.addr.02410, 48
  br i1 %880, label %j14.head.preheader, label %i15.body

i15.head.loopexit:                                ; preds = %p2.exit
  %881 = icmp ult i64 %i15.addr.02421, 56
  br i1 %881, label %i15.body, label %p3.head.preheader

i15.body:                                         ; preds = %j14.exit, %i15.head.loopexit
  %i15.addr.02421 = phi i64 [ %882, %i15.head.loopexit ], [ 0, %j14.exit ]
  %882 = add nuw nsw i64 %i15.addr.02421, 8
  %883 = shl nuw nsw i64 %i15.addr.02421, 5
  %.idx2381 = shl nuw nsw i64 %i15.addr.02421, 8
  %884 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2381
  %885 = shl nuw nsw i64 %i15.addr.02421, 6
  %886 = or disjoint i64 %885, 64
  %887 = getelementptr inbounds float, ptr %Gm, i64 %886
  %888 = or disjoint i64 %885, 128
  %889 = getelementptr inbounds float, ptr %Gm, i64 %888
  %890 = or disjoint i64 %885, 192
  %891 = getelementptr inbounds float, ptr %Gm, i64 %890
  %892 = or disjoint i64 %885, 256
  %893 = getelementptr inbounds float, ptr %Gm, i64 %892
  %894 = or disjoint i64 %885, 320
  %895 = getelementptr inbounds float, ptr %Gm, i64 %894
  %896 = or disjoint i64 %885, 384
  %897 = getelementptr inbounds float, ptr %Gm, i64 %896
  %898 = or disjoint i64 %885, 448
  %899 = getelementptr inbounds float, ptr %Gm, i64 %898
  br label %p2.head.preheader

p2.head.preheader:                                ; preds = %i15.body, %p2.exit
  %j15.addr.02420 = phi i64 [ 0, %i15.body ], [ %j15.next, %p2.exit ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %j15.addr.02420
  br label %p2.body

p2.body:                                          ; preds = %p2.head.preheader, %p2.body
  %acc.02419 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %907, %p2.body ]
  %acc1.02418 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %913, %p2.body ]
  %acc2.02417 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %919, %p2.body ]
  %acc3.02416 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %925, %p2.body ]
  %acc4.02415 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %931, %p2.body ]
  %acc5.02414 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %937, %p2.body ]
  %acc6.02413 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %943, %p2.body ]
  %acc7.02412 = phi <16 x float> [ zeroinitializer, %p2.head.preheader ], [ %949, %p2.body ]
  %p2.addr.02411 = phi i64 [ 0, %p2.head.preheader ], [ %p2.next, %p2.body ]
  %.idx2382 = shl nuw nsw i64 %p2.addr.02411, 8
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx2382
  %900 = load <16 x float>, ptr %gep, align 4
  %901 = add nuw nsw i64 %p2.addr.02411, %883
  %902 = or disjoint i64 %901, 4096
  %903 = getelementptr inbounds float, ptr %Bk, i64 %902
  %904 = load float, ptr %903, align 4
  %905 = insertelement <16 x float> poison, float %904, i64 0
  %906 = shufflevector <16 x float> %905, <16 x float> poison, <16 x i32> zeroinitializer
  %907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %906, <16 x float> %900, <16 x float> %acc.02419)
  %908 = or disjoint i64 %901, 4128
  %909 = getelementptr inbounds float, ptr %Bk, i64 %908
  %910 = load float, ptr %909, align 4
  %911 = insertelement <16 x float> poison, float %910, i64 0
  %912 = shufflevector <16 x float> %911, <16 x float> poison, <16 x i32> zeroinitializer
  %913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %912, <16 x float> %900, <16 x float> %acc1.02418)
  %914 = or disjoint i64 %901, 4160
  %915 = getelementptr inbounds float, ptr %Bk, i64 %914
  %916 = load float, ptr %915, align 4
  %917 = insertelement <16 x float> poison, float %916, i64 0
  %918 = shufflevector <16 x float> %917, <16 x float> poison, <16 x i32> zeroinitializer
  %919 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %918, <16 x float> %900, <16 x float> %acc2.02417)
  %920 = or disjoint i64 %901, 4192
  %921 = getelementptr inbounds float, ptr %Bk, i64 %920
  %922 = load float, ptr %921, align 4
  %923 = insertelement <16 x float> poison, float %922, i64 0
  %924 = shufflevector <16 x float> %923, <16 x float> poison, <16 x i32> zeroinitializer
  %925 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %924, <16 x float> %900, <16 x float> %acc3.02416)
  %926 = or disjoint i64 %901, 4224
  %927 = getelementptr inbounds float, ptr %Bk, i64 %926
  %928 = load float, ptr %927, align 4
  %929 = insertelement <16 x float> poison, float %928, i64 0
  %930 = shufflevector <16 x float> %929, <16 x float> poison, <16 x i32> zeroinitializer
  %931 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %930, <16 x float> %900, <16 x float> %acc4.02415)
  %932 = or disjoint i64 %901, 4256
  %933 = getelementptr inbounds float, ptr %Bk, i64 %932
  %934 = load float, ptr %933, align 4
  %935 = insertelement <16 x float> poison, float %934, i64 0
  %936 = shufflevector <16 x float> %935, <16 x float> poison, <16 x i32> zeroinitializer
  %937 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %936, <16 x float> %900, <16 x float> %acc5.02414)
  %938 = or disjoint i64 %901, 4288
  %939 = getelementptr inbounds float, ptr %Bk, i64 %938
  %940 = load float, ptr %939, align 4
  %941 = insertelement <16 x float> poison, float %940, i64 0
  %942 = shufflevector <16 x float> %941, <16 x float> poison, <16 x i32> zeroinitializer
  %943 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %942, <16 x float> %900, <16 x float> %acc6.02413)
  %944 = or disjoint i64 %901, 4320
  %945 = getelementptr inbounds float, ptr %Bk, i64 %944
  %946 = load float, ptr %945, align 4
  %947 = insertelement <16 x float> poison, float %946, i64 0
  %948 = shufflevector <16 x float> %947, <16 x float> poison, <16 x i32> zeroinitializer
  %949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %948, <16 x float> %900, <16 x float> %acc7.02412)
  %p2.next = add nuw nsw i64 %p2.addr.02411, 1
  %exitcond2856.not = icmp eq i64 %p2.next, 32
  br i1 %exitcond2856.not, label %p2.exit, label %p2.body

p2.exit:                                          ; preds = %p2.body
  %950 = getelementptr inbounds float, ptr %884, i64 %j15.addr.02420
  store <16 x float> %907, ptr %950, align 4
  %951 = getelementptr inbounds float, ptr %887, i64 %j15.addr.02420
  store <16 x float> %913, ptr %951, align 4
  %952 = getelementptr inbounds float, ptr %889, i64 %j15.addr.02420
  store <16 x float> %919, ptr %952, align 4
  %953 = getelementptr inbounds float, ptr %891, i64 %j15.addr.02420
  store <16 x float> %925, ptr %953, align 4
  %954 = getelementptr inbounds float, ptr %893, i64 %j15.addr.02420
  store <16 x float> %931, ptr %954, align 4
  %955 = getelementptr inbounds float, ptr %895, i64 %j15.addr.02420
  store <16 x float> %937, ptr %955, align 4
  %956 = getelementptr inbounds float, ptr %897, i64 %j15.addr.02420
  store <16 x float> %943, ptr %956, align 4
  %957 = getelementptr inbounds float, ptr %899, i64 %j15.addr.02420
  store <16 x float> %949, ptr %957, align 4
  %j15.next = add nuw nsw i64 %j15.addr.02420, 16
  %958 = icmp ult i64 %j15.next, %882
  br i1 %958, label %p2.head.preheader, label %i15.head.loopexit

p3.head.preheader:                                ; preds = %i15.head.loopexit, %p3.exit
  %i16.addr.02439 = phi i64 [ %i16.next, %p3.exit ], [ 0, %i15.head.loopexit ]
  %959 = shl nuw nsw i64 %i16.addr.02439, 5
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc8.02438 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %978, %p3.body ]
  %acc9.02437 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %979, %p3.body ]
  %acc10.02436 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %980, %p3.body ]
  %acc11.02435 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %981, %p3.body ]
  %acc12.02434 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %987, %p3.body ]
  %acc13.02433 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %988, %p3.body ]
  %acc14.02432 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %989, %p3.body ]
  %acc15.02431 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %990, %p3.body ]
  %acc16.02430 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %996, %p3.body ]
  %acc17.02429 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %997, %p3.body ]
  %acc18.02428 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %998, %p3.body ]
  %acc19.02427 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %999, %p3.body ]
  %acc20.02426 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1005, %p3.body ]
  %acc21.02425 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1006, %p3.body ]
  %acc22.02424 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1007, %p3.body ]
  %acc23.02423 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %1008, %p3.body ]
  %p3.addr.02422 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %960 = shl nuw nsw i64 %p3.addr.02422, 6
  %961 = getelementptr inbounds float, ptr %work, i64 %960
  %962 = load <16 x float>, ptr %961, align 4
  %963 = or disjoint i64 %960, 16
  %964 = getelementptr inbounds float, ptr %work, i64 %963
  %965 = load <16 x float>, ptr %964, align 4
  %966 = or disjoint i64 %960, 32
  %967 = getelementptr inbounds float, ptr %work, i64 %966
  %968 = load <16 x float>, ptr %967, align 4
  %969 = or disjoint i64 %960, 48
  %970 = getelementptr inbounds float, ptr %work, i64 %969
  %971 = load <16 x float>, ptr %970, align 4
  %972 = add nuw nsw i64 %p3.addr.02422, %959
  %973 = or disjoint i64 %972, 4096
  %974 = getelementptr inbounds float, ptr %Bk, i64 %973
  %975 = load float, ptr %974, align 4
  %976 = insertelement <16 x float> poison, float %975, i64 0
  %977 = shufflevector <16 x float> %976, <16 x float> poison, <16 x i32> zeroinitializer
  %978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %977, <16 x float> %962, <16 x float> %acc8.02438)
  %979 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %977, <16 x float> %965, <16 x float> %acc9.02437)
  %980 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %977, <16 x float> %968, <16 x float> %acc10.02436)
  %981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %977, <16 x float> %971, <16 x float> %acc11.02435)
  %982 = or disjoint i64 %972, 4128
  %983 = getelementptr inbounds float, ptr %Bk, i64 %982
  %984 = load float, ptr %983, align 4
  %985 = insertelement <16 x float> poison, float %984, i64 0
  %986 = shufflevector <16 x float> %985, <16 x float> poison, <16 x i32> zeroinitializer
  %987 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %986, <16 x float> %962, <16 x float> %acc12.02434)
  %988 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %986, <16 x float> %965, <16 x float> %acc13.02433)
  %989 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %986, <16 x float> %968, <16 x float> %acc14.02432)
  %990 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %986, <16 x float> %971, <16 x float> %acc15.02431)
  %991 = or disjoint i64 %972, 4160
  %992 = getelementptr inbounds float, ptr %Bk, i64 %991
  %993 = load float, ptr %992, align 4
  %994 = insertelement <16 x float> poison, float %993, i64 0
  %995 = shufflevector <16 x float> %994, <16 x float> poison, <16 x i32> zeroinitializer
  %996 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %995, <16 x float> %962, <16 x float> %acc16.02430)
  %997 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %995, <16 x float> %965, <16 x float> %acc17.02429)
  %998 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %995, <16 x float> %968, <16 x float> %acc18.02428)
  %999 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %995, <16 x float> %971, <16 x float> %acc19.02427)
  %1000 = or disjoint i64 %972, 4192
  %1001 = getelementptr inbounds float, ptr %Bk, i64 %1000
  %1002 = load float, ptr %1001, align 4
  %1003 = insertelement <16 x float> poison, float %1002, i64 0
  %1004 = shufflevector <16 x float> %1003, <16 x float> poison, <16 x i32> zeroinitializer
  %1005 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1004, <16 x float> %962, <16 x float> %acc20.02426)
  %1006 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1004, <16 x float> %965, <16 x float> %acc21.02425)
  %1007 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1004, <16 x float> %968, <16 x float> %acc22.02424)
  %1008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1004, <16 x float> %971, <16 x float> %acc23.02423)
  %p3.next = add nuw nsw i64 %p3.addr.02422, 1
  %exitcond2857.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2857.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %1009 = shl nuw nsw i64 %i16.addr.02439, 6
  %1010 = getelementptr inbounds float, ptr %KSdS, i64 %1009
  store <16 x float> %978, ptr %1010, align 4
  %1011 = or disjoint i64 %1009, 16
  %1012 = getelementptr inbounds float, ptr %KSdS, i64 %1011
  store <16 x float> %979, ptr %1012, align 4
  %1013 = or disjoint i64 %1009, 32
  %1014 = getelementptr inbounds float, ptr %KSdS, i64 %1013
  store <16 x float> %980, ptr %1014, align 4
  %1015 = or disjoint i64 %1009, 48
  %1016 = getelementptr inbounds float, ptr %KSdS, i64 %1015
  store <16 x float> %981, ptr %1016, align 4
  %1017 = or disjoint i64 %1009, 64
  %1018 = getelementptr inbounds float, ptr %KSdS, i64 %1017
  store <16 x float> %987, ptr %1018, align 4
  %1019 = or disjoint i64 %1009, 80
  %1020 = getelementptr inbounds float, ptr %KSdS, i64 %1019
  store <16 x float> %988, ptr %1020, align 4
  %1021 = or disjoint i64 %1009, 96
  %1022 = getelementptr inbounds float, ptr %KSdS, i64 %1021
  store <16 x float> %989, ptr %1022, align 4
  %1023 = or disjoint i64 %1009, 112
  %1024 = getelementptr inbounds float, ptr %KSdS, i64 %1023
  store <16 x float> %990, ptr %1024, align 4
  %1025 = or disjoint i64 %1009, 128
  %1026 = getelementptr inbounds float, ptr %KSdS, i64 %1025
  store <16 x float> %996, ptr %1026, align 4
  %1027 = or disjoint i64 %1009, 144
  %1028 = getelementptr inbounds float, ptr %KSdS, i64 %1027
  store <16 x float> %997, ptr %1028, align 4
  %1029 = or disjoint i64 %1009, 160
  %1030 = getelementptr inbounds float, ptr %KSdS, i64 %1029
  store <16 x float> %998, ptr %1030, align 4
  %1031 = or disjoint i64 %1009, 176
  %1032 = getelementptr inbounds float, ptr %KSdS, i64 %1031
  store <16 x float> %999, ptr %1032, align 4
  %1033 = or disjoint i64 %1009, 192
  %1034 = getelementptr inbounds float, ptr %KSdS, i64 %1033
  store <16 x float> %1005, ptr %1034, align 4
  %1035 = or disjoint i64 %1009, 208
  %1036 = getelementptr inbounds float, ptr %KSdS, i64 %1035
  store <16 x float> %1006, ptr %1036, align 4
  %1037 = or disjoint i64 %1009, 224
  %1038 = getelementptr inbounds float, ptr %KSdS, i64 %1037
  store <16 x float> %1007, ptr %1038, align 4
  %1039 = or disjoint i64 %1009, 240
  %1040 = getelementptr inbounds float, ptr %KSdS, i64 %1039
  store <16 x float> %1008, ptr %1040, align 4
  %i16.next = add nuw nsw i64 %i16.addr.02439, 4
  %1041 = icmp ult i64 %i16.addr.02439, 60
  br i1 %1041, label %p3.head.preheader, label %p4.head.preheader

p4.head.preheader:                                ; preds = %p3.exit, %p4.head.preheader
  %i17.addr.02441 = phi i64 [ %i17.next.3, %p4.head.preheader ], [ 0, %p3.exit ]
  %.idx2652 = shl nsw i64 %i17.addr.02441, 7
  %1042 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2652
  %1043 = load <16 x float>, ptr %1042, align 4
  %.idx2653 = shl nsw i64 %i17.addr.02441, 8
  %1044 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2653
  %1045 = load <16 x float>, ptr %1044, align 4
  %1046 = fsub <16 x float> %1043, %1045
  store <16 x float> %1046, ptr %1042, align 4
  %1047 = getelementptr inbounds i8, ptr %17, i64 %.idx2652
  %1048 = load <16 x float>, ptr %1047, align 4
  %1049 = getelementptr inbounds i8, ptr %18, i64 %.idx2653
  %1050 = load <16 x float>, ptr %1049, align 4
  %1051 = fsub <16 x float> %1048, %1050
  store <16 x float> %1051, ptr %1047, align 4
  %i17.next = or disjoint i64 %i17.addr.02441, 1
  %.idx2652.1 = shl nsw i64 %i17.next, 7
  %1052 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2652.1
  %1053 = load <16 x float>, ptr %1052, align 4
  %.idx2653.1 = shl nsw i64 %i17.next, 8
  %1054 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2653.1
  %1055 = load <16 x float>, ptr %1054, align 4
  %1056 = fsub <16 x float> %1053, %1055
  store <16 x float> %1056, ptr %1052, align 4
  %1057 = getelementptr inbounds i8, ptr %17, i64 %.idx2652.1
  %1058 = load <16 x float>, ptr %1057, align 4
  %1059 = getelementptr inbounds i8, ptr %18, i64 %.idx2653.1
  %1060 = load <16 x float>, ptr %1059, align 4
  %1061 = fsub <16 x float> %1058, %1060
  store <16 x float> %1061, ptr %1057, align 4
  %i17.next.1 = or disjoint i64 %i17.addr.02441, 2
  %.idx2652.2 = shl nsw i64 %i17.next.1, 7
  %1062 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2652.2
  %1063 = load <16 x float>, ptr %1062, align 4
  %.idx2653.2 = shl nsw i64 %i17.next.1, 8
  %1064 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2653.2
  %1065 = load <16 x float>, ptr %1064, align 4
  %1066 = fsub <16 x float> %1063, %1065
  store <16 x float> %1066, ptr %1062, align 4
  %1067 = getelementptr inbounds i8, ptr %17, i64 %.idx2652.2
  %1068 = load <16 x float>, ptr %1067, align 4
  %1069 = getelementptr inbounds i8, ptr %18, i64 %.idx2653.2
  %1070 = load <16 x float>, ptr %1069, align 4
  %1071 = fsub <16 x float> %1068, %1070
  store <16 x float> %1071, ptr %1067, align 4
  %i17.next.2 = or disjoint i64 %i17.addr.02441, 3
  %.idx2652.3 = shl nsw i64 %i17.next.2, 7
  %1072 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2652.3
  %1073 = load <16 x float>, ptr %1072, align 4
  %.idx2653.3 = shl nsw i64 %i17.next.2, 8
  %1074 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2653.3
  %1075 = load <16 x float>, ptr %1074, align 4
  %1076 = fsub <16 x float> %1073, %1075
  store <16 x float> %1076, ptr %1072, align 4
  %1077 = getelementptr inbounds i8, ptr %17, i64 %.idx2652.3
  %1078 = load <16 x float>, ptr %1077, align 4
  %1079 = getelementptr inbounds i8, ptr %18, i64 %.idx2653.3
  %1080 = load <16 x float>, ptr %1079, align 4
  %1081 = fsub <16 x float> %1078, %1080
  store <16 x float> %1081, ptr %1077, align 4
  %i17.next.3 = add nuw nsw i64 %i17.addr.02441, 4
  %exitcond2858.not.3 = icmp eq i64 %i17.next.3, 64
  br i1 %exitcond2858.not.3, label %ib.body, label %p4.head.preheader

ib.body:                                          ; preds = %p4.head.preheader, %j17.exit
  %ib.addr.02458 = phi i64 [ %ib.next, %j17.exit ], [ 0, %p4.head.preheader ]
  %1082 = shl nuw nsw i64 %ib.addr.02458, 2
  %umax3417 = tail call i64 @llvm.umax.i64(i64 %1082, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02458, 2
  %.not2654 = icmp eq i64 %ib.addr.02458, 0
  br i1 %.not2654, label %j17.exit, label %j17.body.lr.ph

j17.body.lr.ph:                                   ; preds = %ib.body
  %.idx2380 = shl nuw nsw i64 %ib.addr.02458, 10
  %1083 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2380
  %1084 = shl nuw nsw i64 %ib.addr.02458, 8
  %1085 = or disjoint i64 %1084, 64
  %1086 = getelementptr inbounds float, ptr %Gm, i64 %1085
  %1087 = or disjoint i64 %1084, 128
  %1088 = getelementptr inbounds float, ptr %Gm, i64 %1087
  %1089 = or disjoint i64 %1084, 192
  %1090 = getelementptr inbounds float, ptr %Gm, i64 %1089
  %xtraiter = and i64 %umax3417, 1
  %1091 = icmp eq i64 %umax3417, 1
  br i1 %1091, label %j17.exit.loopexit.unr-lcssa, label %j17.body.lr.ph.new

j17.body.lr.ph.new:                               ; preds = %j17.body.lr.ph
  %unroll_iter = and i64 %umax3417, 9223372036854775804
  br label %j17.body

j17.body:                                         ; preds = %j17.body, %j17.body.lr.ph.new
  %acc24.02450 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1132, %j17.body ]
  %acc25.02449 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1133, %j17.body ]
  %acc26.02448 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1138, %j17.body ]
  %acc27.02447 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1139, %j17.body ]
  %acc28.02446 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1144, %j17.body ]
  %acc29.02445 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1145, %j17.body ]
  %acc30.02444 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1150, %j17.body ]
  %acc31.02443 = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph.new ], [ %1151, %j17.body ]
  %j17.addr.02442 = phi i64 [ 0, %j17.body.lr.ph.new ], [ %j17.next.1, %j17.body ]
  %niter = phi i64 [ 0, %j17.body.lr.ph.new ], [ %niter.next.1, %j17.body ]
  %1092 = shl nsw i64 %j17.addr.02442, 5
  %1093 = getelementptr inbounds float, ptr %Vn, i64 %1092
  %1094 = load <16 x float>, ptr %1093, align 4
  %1095 = or disjoint i64 %1092, 16
  %1096 = getelementptr inbounds float, ptr %Vn, i64 %1095
  %1097 = load <16 x float>, ptr %1096, align 4
  %1098 = getelementptr inbounds float, ptr %1083, i64 %j17.addr.02442
  %1099 = load float, ptr %1098, align 4
  %1100 = insertelement <16 x float> poison, float %1099, i64 0
  %1101 = shufflevector <16 x float> %1100, <16 x float> poison, <16 x i32> zeroinitializer
  %1102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1101, <16 x float> %1094, <16 x float> %acc24.02450)
  %1103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1101, <16 x float> %1097, <16 x float> %acc25.02449)
  %1104 = getelementptr inbounds float, ptr %1086, i64 %j17.addr.02442
  %1105 = load float, ptr %1104, align 4
  %1106 = insertelement <16 x float> poison, float %1105, i64 0
  %1107 = shufflevector <16 x float> %1106, <16 x float> poison, <16 x i32> zeroinitializer
  %1108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1107, <16 x float> %1094, <16 x float> %acc26.02448)
  %1109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1107, <16 x float> %1097, <16 x float> %acc27.02447)
  %1110 = getelementptr inbounds float, ptr %1088, i64 %j17.addr.02442
  %1111 = load float, ptr %1110, align 4
  %1112 = insertelement <16 x float> poison, float %1111, i64 0
  %1113 = shufflevector <16 x float> %1112, <16 x float> poison, <16 x i32> zeroinitializer
  %1114 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1113, <16 x float> %1094, <16 x float> %acc28.02446)
  %1115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1113, <16 x float> %1097, <16 x float> %acc29.02445)
  %1116 = getelementptr inbounds float, ptr %1090, i64 %j17.addr.02442
  %1117 = load float, ptr %1116, align 4
  %1118 = insertelement <16 x float> poison, float %1117, i64 0
  %1119 = shufflevector <16 x float> %1118, <16 x float> poison, <16 x i32> zeroinitializer
  %1120 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1119, <16 x float> %1094, <16 x float> %acc30.02444)
  %1121 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1119, <16 x float> %1097, <16 x float> %acc31.02443)
  %j17.next = or disjoint i64 %j17.addr.02442, 1
  %1122 = shl nsw i64 %j17.next, 5
  %1123 = getelementptr inbounds float, ptr %Vn, i64 %1122
  %1124 = load <16 x float>, ptr %1123, align 4
  %1125 = or disjoint i64 %1122, 16
  %1126 = getelementptr inbounds float, ptr %Vn, i64 %1125
  %1127 = load <16 x float>, ptr %1126, align 4
  %1128 = getelementptr inbounds float, ptr %1083, i64 %j17.next
  %1129 = load float, ptr %1128, align 4
  %1130 = insertelement <16 x float> poison, float %1129, i64 0
  %1131 = shufflevector <16 x float> %1130, <16 x float> poison, <16 x i32> zeroinitializer
  %1132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1131, <16 x float> %1124, <16 x float> %1102)
  %1133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1131, <16 x float> %1127, <16 x float> %1103)
  %1134 = getelementptr inbounds float, ptr %1086, i64 %j17.next
  %1135 = load float, ptr %1134, align 4
  %1136 = insertelement <16 x float> poison, float %1135, i64 0
  %1137 = shufflevector <16 x float> %1136, <16 x float> poison, <16 x i32> zeroinitializer
  %1138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1137, <16 x float> %1124, <16 x float> %1108)
  %1139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1137, <16 x float> %1127, <16 x float> %1109)
  %1140 = getelementptr inbounds float, ptr %1088, i64 %j17.next
  %1141 = load float, ptr %1140, align 4
  %1142 = insertelement <16 x float> poison, float %1141, i64 0
  %1143 = shufflevector <16 x float> %1142, <16 x float> poison, <16 x i32> zeroinitializer
  %1144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1143, <16 x float> %1124, <16 x float> %1114)
  %1145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1143, <16 x float> %1127, <16 x float> %1115)
  %1146 = getelementptr inbounds float, ptr %1090, i64 %j17.next
  %1147 = load float, ptr %1146, align 4
  %1148 = insertelement <16 x float> poison, float %1147, i64 0
  %1149 = shufflevector <16 x float> %1148, <16 x float> poison, <16 x i32> zeroinitializer
  %1150 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1149, <16 x float> %1124, <16 x float> %1120)
  %1151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1149, <16 x float> %1127, <16 x float> %1121)
  %j17.next.1 = add nuw nsw i64 %j17.addr.02442, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j17.exit.loopexit.unr-lcssa, label %j17.body

j17.exit.loopexit.unr-lcssa:                      ; preds = %j17.body, %j17.body.lr.ph
  %.lcssa3288.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1132, %j17.body ]
  %.lcssa3287.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1133, %j17.body ]
  %.lcssa3286.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1138, %j17.body ]
  %.lcssa3285.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1139, %j17.body ]
  %.lcssa3284.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1144, %j17.body ]
  %.lcssa3283.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1145, %j17.body ]
  %.lcssa3282.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1150, %j17.body ]
  %.lcssa3281.ph = phi <16 x float> [ poison, %j17.body.lr.ph ], [ %1151, %j17.body ]
  %acc24.02450.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1132, %j17.body ]
  %acc25.02449.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1133, %j17.body ]
  %acc26.02448.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1138, %j17.body ]
  %acc27.02447.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1139, %j17.body ]
  %acc28.02446.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1144, %j17.body ]
  %acc29.02445.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1145, %j17.body ]
  %acc30.02444.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1150, %j17.body ]
  %acc31.02443.unr = phi <16 x float> [ zeroinitializer, %j17.body.lr.ph ], [ %1151, %j17.body ]
  %j17.addr.02442.unr = phi i64 [ 0, %j17.body.lr.ph ], [ %j17.next.1, %j17.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j17.exit, label %j17.body.epil

j17.body.epil:                                    ; preds = %j17.exit.loopexit.unr-lcssa
  %1152 = shl nsw i64 %j17.addr.02442.unr, 5
  %1153 = getelementptr inbounds float, ptr %Vn, i64 %1152
  %1154 = load <16 x float>, ptr %1153, align 4
  %1155 = or disjoint i64 %1152, 16
  %1156 = getelementptr inbounds float, ptr %Vn, i64 %1155
  %1157 = load <16 x float>, ptr %1156, align 4
  %1158 = getelementptr inbounds float, ptr %1083, i64 %j17.addr.02442.unr
  %1159 = load float, ptr %1158, align 4
  %1160 = insertelement <16 x float> poison, float %1159, i64 0
  %1161 = shufflevector <16 x float> %1160, <16 x float> poison, <16 x i32> zeroinitializer
  %1162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1161, <16 x float> %1154, <16 x float> %acc24.02450.unr)
  %1163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1161, <16 x float> %1157, <16 x float> %acc25.02449.unr)
  %1164 = getelementptr inbounds float, ptr %1086, i64 %j17.addr.02442.unr
  %1165 = load float, ptr %1164, align 4
  %1166 = insertelement <16 x float> poison, float %1165, i64 0
  %1167 = shufflevector <16 x float> %1166, <16 x float> poison, <16 x i32> zeroinitializer
  %1168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1167, <16 x float> %1154, <16 x float> %acc26.02448.unr)
  %1169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1167, <16 x float> %1157, <16 x float> %acc27.02447.unr)
  %1170 = getelementptr inbounds float, ptr %1088, i64 %j17.addr.02442.unr
  %1171 = load float, ptr %1170, align 4
  %1172 = insertelement <16 x float> poison, float %1171, i64 0
  %1173 = shufflevector <16 x float> %1172, <16 x float> poison, <16 x i32> zeroinitializer
  %1174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1173, <16 x float> %1154, <16 x float> %acc28.02446.unr)
  %1175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1173, <16 x float> %1157, <16 x float> %acc29.02445.unr)
  %1176 = getelementptr inbounds float, ptr %1090, i64 %j17.addr.02442.unr
  %1177 = load float, ptr %1176, align 4
  %1178 = insertelement <16 x float> poison, float %1177, i64 0
  %1179 = shufflevector <16 x float> %1178, <16 x float> poison, <16 x i32> zeroinitializer
  %1180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1179, <16 x float> %1154, <16 x float> %acc30.02444.unr)
  %1181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1179, <16 x float> %1157, <16 x float> %acc31.02443.unr)
  br label %j17.exit

j17.exit:                                         ; preds = %j17.body.epil, %j17.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3281.ph, %j17.exit.loopexit.unr-lcssa ], [ %1181, %j17.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3282.ph, %j17.exit.loopexit.unr-lcssa ], [ %1180, %j17.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3283.ph, %j17.exit.loopexit.unr-lcssa ], [ %1175, %j17.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3284.ph, %j17.exit.loopexit.unr-lcssa ], [ %1174, %j17.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3285.ph, %j17.exit.loopexit.unr-lcssa ], [ %1169, %j17.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3286.ph, %j17.exit.loopexit.unr-lcssa ], [ %1168, %j17.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3287.ph, %j17.exit.loopexit.unr-lcssa ], [ %1163, %j17.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3288.ph, %j17.exit.loopexit.unr-lcssa ], [ %1162, %j17.body.epil ]
  %1182 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1183 = load float, ptr %1182, align 4
  %1184 = shl nuw nsw i64 %ib.addr.02458, 7
  %1185 = getelementptr inbounds float, ptr %Rr, i64 %1184
  %1186 = load <16 x float>, ptr %1185, align 4
  %1187 = fsub <16 x float> %1186, %acc24.0.lcssa
  store <16 x float> %1187, ptr %1185, align 4
  %1188 = insertelement <16 x float> poison, float %1183, i64 0
  %1189 = shufflevector <16 x float> %1188, <16 x float> poison, <16 x i32> zeroinitializer
  %1190 = fmul <16 x float> %1189, %1187
  %1191 = getelementptr inbounds float, ptr %Vn, i64 %1184
  store <16 x float> %1190, ptr %1191, align 4
  %1192 = mul nuw nsw i64 %ib.addr.02458, 768
  %1193 = getelementptr inbounds float, ptr %Ak, i64 %1192
  store <16 x float> %1190, ptr %1193, align 4
  %1194 = or disjoint i64 %1184, 16
  %1195 = getelementptr inbounds float, ptr %Rr, i64 %1194
  %1196 = load <16 x float>, ptr %1195, align 4
  %1197 = fsub <16 x float> %1196, %acc25.0.lcssa
  store <16 x float> %1197, ptr %1195, align 4
  %1198 = fmul <16 x float> %1189, %1197
  %1199 = getelementptr inbounds float, ptr %Vn, i64 %1194
  store <16 x float> %1198, ptr %1199, align 4
  %1200 = or disjoint i64 %1192, 16
  %1201 = getelementptr inbounds float, ptr %Ak, i64 %1200
  store <16 x float> %1198, ptr %1201, align 4
  %i18 = or disjoint i64 %i0, 1
  %.idx2655 = shl nsw i64 %i18, 8
  %1202 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2655
  %1203 = getelementptr inbounds float, ptr %1202, i64 %i0
  %1204 = load float, ptr %1203, align 4
  %1205 = insertelement <16 x float> poison, float %1204, i64 0
  %1206 = shufflevector <16 x float> %1205, <16 x float> poison, <16 x i32> zeroinitializer
  %1207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1206, <16 x float> %1190, <16 x float> %acc26.0.lcssa)
  %1208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1206, <16 x float> %1198, <16 x float> %acc27.0.lcssa)
  %1209 = getelementptr inbounds float, ptr %bet, i64 %i18
  %1210 = load float, ptr %1209, align 4
  %1211 = shl nuw nsw i64 %i18, 5
  %1212 = getelementptr inbounds float, ptr %Rr, i64 %1211
  %1213 = load <16 x float>, ptr %1212, align 4
  %1214 = fsub <16 x float> %1213, %1207
  store <16 x float> %1214, ptr %1212, align 4
  %1215 = insertelement <16 x float> poison, float %1210, i64 0
  %1216 = shufflevector <16 x float> %1215, <16 x float> poison, <16 x i32> zeroinitializer
  %1217 = fmul <16 x float> %1216, %1214
  %1218 = getelementptr inbounds float, ptr %Vn, i64 %1211
  store <16 x float> %1217, ptr %1218, align 4
  %1219 = mul nuw nsw i64 %i18, 192
  %1220 = getelementptr inbounds float, ptr %Ak, i64 %1219
  store <16 x float> %1217, ptr %1220, align 4
  %1221 = or disjoint i64 %1211, 16
  %1222 = getelementptr inbounds float, ptr %Rr, i64 %1221
  %1223 = load <16 x float>, ptr %1222, align 4
  %1224 = fsub <16 x float> %1223, %1208
  store <16 x float> %1224, ptr %1222, align 4
  %1225 = fmul <16 x float> %1216, %1224
  %1226 = getelementptr inbounds float, ptr %Vn, i64 %1221
  store <16 x float> %1225, ptr %1226, align 4
  %1227 = or disjoint i64 %1219, 16
  %1228 = getelementptr inbounds float, ptr %Ak, i64 %1227
  store <16 x float> %1225, ptr %1228, align 4
  %i19 = or disjoint i64 %i0, 2
  %1229 = shl nuw nsw i64 %i19, 6
  %1230 = or disjoint i64 %1229, %i0
  %1231 = getelementptr inbounds float, ptr %Gm, i64 %1230
  %1232 = load float, ptr %1231, align 4
  %1233 = insertelement <16 x float> poison, float %1232, i64 0
  %1234 = shufflevector <16 x float> %1233, <16 x float> poison, <16 x i32> zeroinitializer
  %1235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1234, <16 x float> %1190, <16 x float> %acc28.0.lcssa)
  %1236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1234, <16 x float> %1198, <16 x float> %acc29.0.lcssa)
  %1237 = or disjoint i64 %1229, %i18
  %1238 = getelementptr inbounds float, ptr %Gm, i64 %1237
  %1239 = load float, ptr %1238, align 4
  %1240 = insertelement <16 x float> poison, float %1239, i64 0
  %1241 = shufflevector <16 x float> %1240, <16 x float> poison, <16 x i32> zeroinitializer
  %1242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1241, <16 x float> %1217, <16 x float> %1235)
  %1243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1241, <16 x float> %1225, <16 x float> %1236)
  %1244 = getelementptr inbounds float, ptr %bet, i64 %i19
  %1245 = load float, ptr %1244, align 4
  %1246 = shl nuw nsw i64 %i19, 5
  %1247 = getelementptr inbounds float, ptr %Rr, i64 %1246
  %1248 = load <16 x float>, ptr %1247, align 4
  %1249 = fsub <16 x float> %1248, %1242
  store <16 x float> %1249, ptr %1247, align 4
  %1250 = insertelement <16 x float> poison, float %1245, i64 0
  %1251 = shufflevector <16 x float> %1250, <16 x float> poison, <16 x i32> zeroinitializer
  %1252 = fmul <16 x float> %1251, %1249
  %1253 = getelementptr inbounds float, ptr %Vn, i64 %1246
  store <16 x float> %1252, ptr %1253, align 4
  %1254 = mul nuw nsw i64 %i19, 192
  %1255 = getelementptr inbounds float, ptr %Ak, i64 %1254
  store <16 x float> %1252, ptr %1255, align 4
  %1256 = or disjoint i64 %1246, 16
  %1257 = getelementptr inbounds float, ptr %Rr, i64 %1256
  %1258 = load <16 x float>, ptr %1257, align 4
  %1259 = fsub <16 x float> %1258, %1243
  store <16 x float> %1259, ptr %1257, align 4
  %1260 = fmul <16 x float> %1251, %1259
  %1261 = getelementptr inbounds float, ptr %Vn, i64 %1256
  store <16 x float> %1260, ptr %1261, align 4
  %1262 = or disjoint i64 %1254, 16
  %1263 = getelementptr inbounds float, ptr %Ak, i64 %1262
  store <16 x float> %1260, ptr %1263, align 4
  %i20 = or disjoint i64 %i0, 3
  %1264 = shl nuw nsw i64 %i20, 6
  %1265 = or disjoint i64 %1264, %i0
  %1266 = getelementptr inbounds float, ptr %Gm, i64 %1265
  %1267 = load float, ptr %1266, align 4
  %1268 = insertelement <16 x float> poison, float %1267, i64 0
  %1269 = shufflevector <16 x float> %1268, <16 x float> poison, <16 x i32> zeroinitializer
  %1270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1269, <16 x float> %1190, <16 x float> %acc30.0.lcssa)
  %1271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1269, <16 x float> %1198, <16 x float> %acc31.0.lcssa)
  %1272 = or disjoint i64 %1264, %i18
  %1273 = getelementptr inbounds float, ptr %Gm, i64 %1272
  %1274 = load float, ptr %1273, align 4
  %1275 = insertelement <16 x float> poison, float %1274, i64 0
  %1276 = shufflevector <16 x float> %1275, <16 x float> poison, <16 x i32> zeroinitializer
  %1277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1276, <16 x float> %1217, <16 x float> %1270)
  %1278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1276, <16 x float> %1225, <16 x float> %1271)
  %1279 = or disjoint i64 %1264, %i19
  %1280 = getelementptr inbounds float, ptr %Gm, i64 %1279
  %1281 = load float, ptr %1280, align 4
  %1282 = insertelement <16 x float> poison, float %1281, i64 0
  %1283 = shufflevector <16 x float> %1282, <16 x float> poison, <16 x i32> zeroinitializer
  %1284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1283, <16 x float> %1252, <16 x float> %1277)
  %1285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1283, <16 x float> %1260, <16 x float> %1278)
  %1286 = getelementptr inbounds float, ptr %bet, i64 %i20
  %1287 = load float, ptr %1286, align 4
  %1288 = shl nuw nsw i64 %i20, 5
  %1289 = getelementptr inbounds float, ptr %Rr, i64 %1288
  %1290 = load <16 x float>, ptr %1289, align 4
  %1291 = fsub <16 x float> %1290, %1284
  store <16 x float> %1291, ptr %1289, align 4
  %1292 = insertelement <16 x float> poison, float %1287, i64 0
  %1293 = shufflevector <16 x float> %1292, <16 x float> poison, <16 x i32> zeroinitializer
  %1294 = fmul <16 x float> %1293, %1291
  %1295 = getelementptr inbounds float, ptr %Vn, i64 %1288
  store <16 x float> %1294, ptr %1295, align 4
  %1296 = mul nuw nsw i64 %i20, 192
  %1297 = getelementptr inbounds float, ptr %Ak, i64 %1296
  store <16 x float> %1294, ptr %1297, align 4
  %1298 = or disjoint i64 %1288, 16
  %1299 = getelementptr inbounds float, ptr %Rr, i64 %1298
  %1300 = load <16 x float>, ptr %1299, align 4
  %1301 = fsub <16 x float> %1300, %1285
  store <16 x float> %1301, ptr %1299, align 4
  %1302 = fmul <16 x float> %1293, %1301
  %1303 = getelementptr inbounds float, ptr %Vn, i64 %1298
  store <16 x float> %1302, ptr %1303, align 4
  %1304 = or disjoint i64 %1296, 16
  %1305 = getelementptr inbounds float, ptr %Ak, i64 %1304
  store <16 x float> %1302, ptr %1305, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02458, 1
  %exitcond2860.not = icmp eq i64 %ib.next, 16
  br i1 %exitcond2860.not, label %j18.head.preheader, label %ib.body

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i21.addr.02460 = phi i64 [ %i21.next, %j18.exit ], [ 0, %j17.exit ]
  %1306 = shl nuw nsw i64 %i21.addr.02460, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %1307 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02459 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %1308 = or disjoint i64 %j18.addr.02459, %1306
  %1309 = getelementptr inbounds float, ptr %Vn, i64 %1308
  %1310 = load <16 x float>, ptr %1309, align 4
  %1311 = or disjoint i64 %1308, 256
  %1312 = getelementptr inbounds float, ptr %Vn, i64 %1311
  %1313 = load <16 x float>, ptr %1312, align 4
  %1314 = or disjoint i64 %1308, 32
  %1315 = getelementptr inbounds float, ptr %Vn, i64 %1314
  %1316 = load <16 x float>, ptr %1315, align 4
  %1317 = or disjoint i64 %1308, 288
  %1318 = getelementptr inbounds float, ptr %Vn, i64 %1317
  %1319 = load <16 x float>, ptr %1318, align 4
  %1320 = or disjoint i64 %1308, 64
  %1321 = getelementptr inbounds float, ptr %Vn, i64 %1320
  %1322 = load <16 x float>, ptr %1321, align 4
  %1323 = or disjoint i64 %1308, 320
  %1324 = getelementptr inbounds float, ptr %Vn, i64 %1323
  %1325 = load <16 x float>, ptr %1324, align 4
  %1326 = or disjoint i64 %1308, 96
  %1327 = getelementptr inbounds float, ptr %Vn, i64 %1326
  %1328 = load <16 x float>, ptr %1327, align 4
  %1329 = or disjoint i64 %1308, 352
  %1330 = getelementptr inbounds float, ptr %Vn, i64 %1329
  %1331 = load <16 x float>, ptr %1330, align 4
  %1332 = or disjoint i64 %1308, 128
  %1333 = getelementptr inbounds float, ptr %Vn, i64 %1332
  %1334 = load <16 x float>, ptr %1333, align 4
  %1335 = or disjoint i64 %1308, 384
  %1336 = getelementptr inbounds float, ptr %Vn, i64 %1335
  %1337 = load <16 x float>, ptr %1336, align 4
  %1338 = or disjoint i64 %1308, 160
  %1339 = getelementptr inbounds float, ptr %Vn, i64 %1338
  %1340 = load <16 x float>, ptr %1339, align 4
  %1341 = or disjoint i64 %1308, 416
  %1342 = getelementptr inbounds float, ptr %Vn, i64 %1341
  %1343 = load <16 x float>, ptr %1342, align 4
  %1344 = or disjoint i64 %1308, 192
  %1345 = getelementptr inbounds float, ptr %Vn, i64 %1344
  %1346 = load <16 x float>, ptr %1345, align 4
  %1347 = or disjoint i64 %1308, 448
  %1348 = getelementptr inbounds float, ptr %Vn, i64 %1347
  %1349 = load <16 x float>, ptr %1348, align 4
  %1350 = or disjoint i64 %1308, 224
  %1351 = getelementptr inbounds float, ptr %Vn, i64 %1350
  %1352 = load <16 x float>, ptr %1351, align 4
  %1353 = or disjoint i64 %1308, 480
  %1354 = getelementptr inbounds float, ptr %Vn, i64 %1353
  %1355 = load <16 x float>, ptr %1354, align 4
  %1356 = shufflevector <16 x float> %1310, <16 x float> %1313, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1357 = shufflevector <16 x float> %1334, <16 x float> %1337, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1358 = shufflevector <16 x float> %1316, <16 x float> %1319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1359 = shufflevector <16 x float> %1340, <16 x float> %1343, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1360 = shufflevector <16 x float> %1322, <16 x float> %1325, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1361 = shufflevector <16 x float> %1346, <16 x float> %1349, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1362 = shufflevector <16 x float> %1328, <16 x float> %1331, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1363 = shufflevector <16 x float> %1352, <16 x float> %1355, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1364 = shufflevector <16 x float> %1310, <16 x float> %1313, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1365 = shufflevector <16 x float> %1334, <16 x float> %1337, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1366 = shufflevector <16 x float> %1316, <16 x float> %1319, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1367 = shufflevector <16 x float> %1340, <16 x float> %1343, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1368 = shufflevector <16 x float> %1322, <16 x float> %1325, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1369 = shufflevector <16 x float> %1346, <16 x float> %1349, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1370 = shufflevector <16 x float> %1328, <16 x float> %1331, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1371 = shufflevector <16 x float> %1352, <16 x float> %1355, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1372 = shufflevector <16 x float> %1356, <16 x float> %1357, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1373 = shufflevector <16 x float> %1360, <16 x float> %1361, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1374 = shufflevector <16 x float> %1358, <16 x float> %1359, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1375 = shufflevector <16 x float> %1362, <16 x float> %1363, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1376 = shufflevector <16 x float> %1356, <16 x float> %1357, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1377 = shufflevector <16 x float> %1360, <16 x float> %1361, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1378 = shufflevector <16 x float> %1358, <16 x float> %1359, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1379 = shufflevector <16 x float> %1362, <16 x float> %1363, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1380 = shufflevector <16 x float> %1364, <16 x float> %1365, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1381 = shufflevector <16 x float> %1368, <16 x float> %1369, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1382 = shufflevector <16 x float> %1366, <16 x float> %1367, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1383 = shufflevector <16 x float> %1370, <16 x float> %1371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1384 = shufflevector <16 x float> %1364, <16 x float> %1365, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1385 = shufflevector <16 x float> %1368, <16 x float> %1369, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1386 = shufflevector <16 x float> %1366, <16 x float> %1367, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1387 = shufflevector <16 x float> %1370, <16 x float> %1371, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1388 = shufflevector <16 x float> %1372, <16 x float> %1373, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1389 = shufflevector <16 x float> %1374, <16 x float> %1375, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1390 = shufflevector <16 x float> %1372, <16 x float> %1373, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1391 = shufflevector <16 x float> %1374, <16 x float> %1375, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1392 = shufflevector <16 x float> %1376, <16 x float> %1377, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1393 = shufflevector <16 x float> %1378, <16 x float> %1379, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1394 = shufflevector <16 x float> %1376, <16 x float> %1377, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1395 = shufflevector <16 x float> %1378, <16 x float> %1379, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1396 = shufflevector <16 x float> %1380, <16 x float> %1381, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1397 = shufflevector <16 x float> %1382, <16 x float> %1383, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1398 = shufflevector <16 x float> %1380, <16 x float> %1381, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1399 = shufflevector <16 x float> %1382, <16 x float> %1383, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1400 = shufflevector <16 x float> %1384, <16 x float> %1385, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1401 = shufflevector <16 x float> %1386, <16 x float> %1387, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1402 = shufflevector <16 x float> %1384, <16 x float> %1385, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1403 = shufflevector <16 x float> %1386, <16 x float> %1387, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1404 = shufflevector <16 x float> %1388, <16 x float> %1389, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1405 = shl nuw nsw i64 %j18.addr.02459, 6
  %1406 = add nuw nsw i64 %1405, %i21.addr.02460
  %1407 = getelementptr inbounds float, ptr %VnT, i64 %1406
  store <16 x float> %1404, ptr %1407, align 4
  %1408 = shufflevector <16 x float> %1388, <16 x float> %1389, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1409 = or disjoint i64 %1406, 64
  %1410 = getelementptr inbounds float, ptr %VnT, i64 %1409
  store <16 x float> %1408, ptr %1410, align 4
  %1411 = shufflevector <16 x float> %1390, <16 x float> %1391, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1412 = or disjoint i64 %1406, 128
  %1413 = getelementptr inbounds float, ptr %VnT, i64 %1412
  store <16 x float> %1411, ptr %1413, align 4
  %1414 = shufflevector <16 x float> %1390, <16 x float> %1391, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1415 = or disjoint i64 %1406, 192
  %1416 = getelementptr inbounds float, ptr %VnT, i64 %1415
  store <16 x float> %1414, ptr %1416, align 4
  %1417 = shufflevector <16 x float> %1392, <16 x float> %1393, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1418 = or disjoint i64 %1406, 256
  %1419 = getelementptr inbounds float, ptr %VnT, i64 %1418
  store <16 x float> %1417, ptr %1419, align 4
  %1420 = shufflevector <16 x float> %1392, <16 x float> %1393, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1421 = or disjoint i64 %1406, 320
  %1422 = getelementptr inbounds float, ptr %VnT, i64 %1421
  store <16 x float> %1420, ptr %1422, align 4
  %1423 = shufflevector <16 x float> %1394, <16 x float> %1395, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1424 = or disjoint i64 %1406, 384
  %1425 = getelementptr inbounds float, ptr %VnT, i64 %1424
  store <16 x float> %1423, ptr %1425, align 4
  %1426 = shufflevector <16 x float> %1394, <16 x float> %1395, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1427 = or disjoint i64 %1406, 448
  %1428 = getelementptr inbounds float, ptr %VnT, i64 %1427
  store <16 x float> %1426, ptr %1428, align 4
  %1429 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1430 = or disjoint i64 %1406, 512
  %1431 = getelementptr inbounds float, ptr %VnT, i64 %1430
  store <16 x float> %1429, ptr %1431, align 4
  %1432 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1433 = or disjoint i64 %1406, 576
  %1434 = getelementptr inbounds float, ptr %VnT, i64 %1433
  store <16 x float> %1432, ptr %1434, align 4
  %1435 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1436 = or disjoint i64 %1406, 640
  %1437 = getelementptr inbounds float, ptr %VnT, i64 %1436
  store <16 x float> %1435, ptr %1437, align 4
  %1438 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1439 = or disjoint i64 %1406, 704
  %1440 = getelementptr inbounds float, ptr %VnT, i64 %1439
  store <16 x float> %1438, ptr %1440, align 4
  %1441 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1442 = or disjoint i64 %1406, 768
  %1443 = getelementptr inbounds float, ptr %VnT, i64 %1442
  store <16 x float> %1441, ptr %1443, align 4
  %1444 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1445 = or disjoint i64 %1406, 832
  %1446 = getelementptr inbounds float, ptr %VnT, i64 %1445
  store <16 x float> %1444, ptr %1446, align 4
  %1447 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1448 = or disjoint i64 %1406, 896
  %1449 = getelementptr inbounds float, ptr %VnT, i64 %1448
  store <16 x float> %1447, ptr %1449, align 4
  %1450 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1451 = or disjoint i64 %1406, 960
  %1452 = getelementptr inbounds float, ptr %VnT, i64 %1451
  store <16 x float> %1450, ptr %1452, align 4
  br i1 %1307, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i21.next = add nuw nsw i64 %i21.addr.02460, 16
  %1453 = icmp ult i64 %i21.addr.02460, 48
  br i1 %1453, label %j18.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %j18.exit, %p5.exit
  %i22.addr.02478 = phi i64 [ %i22.next, %p5.exit ], [ 0, %j18.exit ]
  %1454 = shl nuw nsw i64 %i22.addr.02478, 5
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc32.02477 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1473, %p5.body ]
  %acc33.02476 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1474, %p5.body ]
  %acc34.02475 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1475, %p5.body ]
  %acc35.02474 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1476, %p5.body ]
  %acc36.02473 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1482, %p5.body ]
  %acc37.02472 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1483, %p5.body ]
  %acc38.02471 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1484, %p5.body ]
  %acc39.02470 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1485, %p5.body ]
  %acc40.02469 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1491, %p5.body ]
  %acc41.02468 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1492, %p5.body ]
  %acc42.02467 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1493, %p5.body ]
  %acc43.02466 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1494, %p5.body ]
  %acc44.02465 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1500, %p5.body ]
  %acc45.02464 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1501, %p5.body ]
  %acc46.02463 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1502, %p5.body ]
  %acc47.02462 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1503, %p5.body ]
  %p5.addr.02461 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %1455 = shl nuw nsw i64 %p5.addr.02461, 6
  %1456 = getelementptr inbounds float, ptr %QcT, i64 %1455
  %1457 = load <16 x float>, ptr %1456, align 4
  %1458 = or disjoint i64 %1455, 16
  %1459 = getelementptr inbounds float, ptr %QcT, i64 %1458
  %1460 = load <16 x float>, ptr %1459, align 4
  %1461 = or disjoint i64 %1455, 32
  %1462 = getelementptr inbounds float, ptr %QcT, i64 %1461
  %1463 = load <16 x float>, ptr %1462, align 4
  %1464 = or disjoint i64 %1455, 48
  %1465 = getelementptr inbounds float, ptr %QcT, i64 %1464
  %1466 = load <16 x float>, ptr %1465, align 4
  %1467 = add nuw nsw i64 %p5.addr.02461, %1454
  %1468 = or disjoint i64 %1467, 4096
  %1469 = getelementptr inbounds float, ptr %Bk, i64 %1468
  %1470 = load float, ptr %1469, align 4
  %1471 = insertelement <16 x float> poison, float %1470, i64 0
  %1472 = shufflevector <16 x float> %1471, <16 x float> poison, <16 x i32> zeroinitializer
  %1473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1472, <16 x float> %1457, <16 x float> %acc32.02477)
  %1474 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1472, <16 x float> %1460, <16 x float> %acc33.02476)
  %1475 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1472, <16 x float> %1463, <16 x float> %acc34.02475)
  %1476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1472, <16 x float> %1466, <16 x float> %acc35.02474)
  %1477 = or disjoint i64 %1467, 4128
  %1478 = getelementptr inbounds float, ptr %Bk, i64 %1477
  %1479 = load float, ptr %1478, align 4
  %1480 = insertelement <16 x float> poison, float %1479, i64 0
  %1481 = shufflevector <16 x float> %1480, <16 x float> poison, <16 x i32> zeroinitializer
  %1482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1481, <16 x float> %1457, <16 x float> %acc36.02473)
  %1483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1481, <16 x float> %1460, <16 x float> %acc37.02472)
  %1484 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1481, <16 x float> %1463, <16 x float> %acc38.02471)
  %1485 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1481, <16 x float> %1466, <16 x float> %acc39.02470)
  %1486 = or disjoint i64 %1467, 4160
  %1487 = getelementptr inbounds float, ptr %Bk, i64 %1486
  %1488 = load float, ptr %1487, align 4
  %1489 = insertelement <16 x float> poison, float %1488, i64 0
  %1490 = shufflevector <16 x float> %1489, <16 x float> poison, <16 x i32> zeroinitializer
  %1491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1490, <16 x float> %1457, <16 x float> %acc40.02469)
  %1492 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1490, <16 x float> %1460, <16 x float> %acc41.02468)
  %1493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1490, <16 x float> %1463, <16 x float> %acc42.02467)
  %1494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1490, <16 x float> %1466, <16 x float> %acc43.02466)
  %1495 = or disjoint i64 %1467, 4192
  %1496 = getelementptr inbounds float, ptr %Bk, i64 %1495
  %1497 = load float, ptr %1496, align 4
  %1498 = insertelement <16 x float> poison, float %1497, i64 0
  %1499 = shufflevector <16 x float> %1498, <16 x float> poison, <16 x i32> zeroinitializer
  %1500 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1499, <16 x float> %1457, <16 x float> %acc44.02465)
  %1501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1499, <16 x float> %1460, <16 x float> %acc45.02464)
  %1502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1499, <16 x float> %1463, <16 x float> %acc46.02463)
  %1503 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1499, <16 x float> %1466, <16 x float> %acc47.02462)
  %p5.next = add nuw nsw i64 %p5.addr.02461, 1
  %exitcond2861.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond2861.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %1504 = shl nuw nsw i64 %i22.addr.02478, 6
  %1505 = getelementptr inbounds float, ptr %PT, i64 %1504
  store <16 x float> %1473, ptr %1505, align 4
  %1506 = or disjoint i64 %1504, 16
  %1507 = getelementptr inbounds float, ptr %PT, i64 %1506
  store <16 x float> %1474, ptr %1507, align 4
  %1508 = or disjoint i64 %1504, 32
  %1509 = getelementptr inbounds float, ptr %PT, i64 %1508
  store <16 x float> %1475, ptr %1509, align 4
  %1510 = or disjoint i64 %1504, 48
  %1511 = getelementptr inbounds float, ptr %PT, i64 %1510
  store <16 x float> %1476, ptr %1511, align 4
  %1512 = or disjoint i64 %1504, 64
  %1513 = getelementptr inbounds float, ptr %PT, i64 %1512
  store <16 x float> %1482, ptr %1513, align 4
  %1514 = or disjoint i64 %1504, 80
  %1515 = getelementptr inbounds float, ptr %PT, i64 %1514
  store <16 x float> %1483, ptr %1515, align 4
  %1516 = or disjoint i64 %1504, 96
  %1517 = getelementptr inbounds float, ptr %PT, i64 %1516
  store <16 x float> %1484, ptr %1517, align 4
  %1518 = or disjoint i64 %1504, 112
  %1519 = getelementptr inbounds float, ptr %PT, i64 %1518
  store <16 x float> %1485, ptr %1519, align 4
  %1520 = or disjoint i64 %1504, 128
  %1521 = getelementptr inbounds float, ptr %PT, i64 %1520
  store <16 x float> %1491, ptr %1521, align 4
  %1522 = or disjoint i64 %1504, 144
  %1523 = getelementptr inbounds float, ptr %PT, i64 %1522
  store <16 x float> %1492, ptr %1523, align 4
  %1524 = or disjoint i64 %1504, 160
  %1525 = getelementptr inbounds float, ptr %PT, i64 %1524
  store <16 x float> %1493, ptr %1525, align 4
  %1526 = or disjoint i64 %1504, 176
  %1527 = getelementptr inbounds float, ptr %PT, i64 %1526
  store <16 x float> %1494, ptr %1527, align 4
  %1528 = or disjoint i64 %1504, 192
  %1529 = getelementptr inbounds float, ptr %PT, i64 %1528
  store <16 x float> %1500, ptr %1529, align 4
  %1530 = or disjoint i64 %1504, 208
  %1531 = getelementptr inbounds float, ptr %PT, i64 %1530
  store <16 x float> %1501, ptr %1531, align 4
  %1532 = or disjoint i64 %1504, 224
  %1533 = getelementptr inbounds float, ptr %PT, i64 %1532
  store <16 x float> %1502, ptr %1533, align 4
  %1534 = or disjoint i64 %1504, 240
  %1535 = getelementptr inbounds float, ptr %PT, i64 %1534
  store <16 x float> %1503, ptr %1535, align 4
  %i22.next = add nuw nsw i64 %i22.addr.02478, 4
  %1536 = icmp ult i64 %i22.addr.02478, 60
  br i1 %1536, label %p5.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p5.exit, %s1.head.preheader
  %t2.addr.02480 = phi i64 [ %t2.next.1, %s1.head.preheader ], [ 0, %p5.exit ]
  %1537 = shl nuw nsw i64 %t2.addr.02480, 6
  %1538 = getelementptr inbounds float, ptr %PT, i64 %1537
  %1539 = load <16 x float>, ptr %1538, align 4
  %1540 = getelementptr inbounds float, ptr %M, i64 %1537
  %1541 = load <16 x float>, ptr %1540, align 4
  %1542 = fmul <16 x float> %1539, %1541
  store <16 x float> %1542, ptr %1538, align 4
  %1543 = or disjoint i64 %1537, 16
  %1544 = getelementptr inbounds float, ptr %PT, i64 %1543
  %1545 = load <16 x float>, ptr %1544, align 4
  %1546 = getelementptr inbounds float, ptr %M, i64 %1543
  %1547 = load <16 x float>, ptr %1546, align 4
  %1548 = fmul <16 x float> %1545, %1547
  store <16 x float> %1548, ptr %1544, align 4
  %1549 = or disjoint i64 %1537, 32
  %1550 = getelementptr inbounds float, ptr %PT, i64 %1549
  %1551 = load <16 x float>, ptr %1550, align 4
  %1552 = getelementptr inbounds float, ptr %M, i64 %1549
  %1553 = load <16 x float>, ptr %1552, align 4
  %1554 = fmul <16 x float> %1551, %1553
  store <16 x float> %1554, ptr %1550, align 4
  %1555 = or disjoint i64 %1537, 48
  %1556 = getelementptr inbounds float, ptr %PT, i64 %1555
  %1557 = load <16 x float>, ptr %1556, align 4
  %1558 = getelementptr inbounds float, ptr %M, i64 %1555
  %1559 = load <16 x float>, ptr %1558, align 4
  %1560 = fmul <16 x float> %1557, %1559
  store <16 x float> %1560, ptr %1556, align 4
  %t2.next = shl i64 %t2.addr.02480, 6
  %1561 = or disjoint i64 %t2.next, 64
  %1562 = getelementptr inbounds float, ptr %PT, i64 %1561
  %1563 = load <16 x float>, ptr %1562, align 4
  %1564 = getelementptr inbounds float, ptr %M, i64 %1561
  %1565 = load <16 x float>, ptr %1564, align 4
  %1566 = fmul <16 x float> %1563, %1565
  store <16 x float> %1566, ptr %1562, align 4
  %1567 = or disjoint i64 %t2.next, 80
  %1568 = getelementptr inbounds float, ptr %PT, i64 %1567
  %1569 = load <16 x float>, ptr %1568, align 4
  %1570 = getelementptr inbounds float, ptr %M, i64 %1567
  %1571 = load <16 x float>, ptr %1570, align 4
  %1572 = fmul <16 x float> %1569, %1571
  store <16 x float> %1572, ptr %1568, align 4
  %1573 = or disjoint i64 %t2.next, 96
  %1574 = getelementptr inbounds float, ptr %PT, i64 %1573
  %1575 = load <16 x float>, ptr %1574, align 4
  %1576 = getelementptr inbounds float, ptr %M, i64 %1573
  %1577 = load <16 x float>, ptr %1576, align 4
  %1578 = fmul <16 x float> %1575, %1577
  store <16 x float> %1578, ptr %1574, align 4
  %1579 = or disjoint i64 %t2.next, 112
  %1580 = getelementptr inbounds float, ptr %PT, i64 %1579
  %1581 = load <16 x float>, ptr %1580, align 4
  %1582 = getelementptr inbounds float, ptr %M, i64 %1579
  %1583 = load <16 x float>, ptr %1582, align 4
  %1584 = fmul <16 x float> %1581, %1583
  store <16 x float> %1584, ptr %1580, align 4
  %t2.next.1 = add nuw nsw i64 %t2.addr.02480, 2
  %exitcond2862.not.1 = icmp eq i64 %t2.next.1, 64
  br i1 %exitcond2862.not.1, label %j20.head.preheader, label %s1.head.preheader

j20.head.preheader:                               ; preds = %s1.head.preheader, %j20.head.preheader
  %i23.addr.02482 = phi i64 [ %i23.next.7, %j20.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx2656 = shl nsw i64 %i23.addr.02482, 8
  %gep3065 = getelementptr inbounds i8, ptr %invariant.gep3064, i64 %.idx2656
  %1585 = load <16 x float>, ptr %gep3065, align 4
  %.idx2657 = shl nsw i64 %i23.addr.02482, 7
  %gep3067 = getelementptr inbounds i8, ptr %invariant.gep3066, i64 %.idx2657
  store <16 x float> %1585, ptr %gep3067, align 4
  %gep3069 = getelementptr inbounds i8, ptr %invariant.gep3068, i64 %.idx2656
  %1586 = load <16 x float>, ptr %gep3069, align 4
  %gep3071 = getelementptr inbounds i8, ptr %invariant.gep3070, i64 %.idx2657
  store <16 x float> %1586, ptr %gep3071, align 4
  %i23.next = or disjoint i64 %i23.addr.02482, 1
  %.idx2656.1 = shl nsw i64 %i23.next, 8
  %gep3065.1 = getelementptr inbounds i8, ptr %invariant.gep3064, i64 %.idx2656.1
  %1587 = load <16 x float>, ptr %gep3065.1, align 4
  %.idx2657.1 = shl nsw i64 %i23.next, 7
  %gep3067.1 = getelementptr inbounds i8, ptr %invariant.gep3066, i64 %.idx2657.1
  store <16 x float> %1587, ptr %gep3067.1, align 4
  %gep3069.1 = getelementptr inbounds i8, ptr %invariant.gep3068, i64 %.idx2656.1
  %1588 = load <16 x float>, ptr %gep3069.1, align 4
  %gep3071.1 = getelementptr inbounds i8, ptr %invariant.gep3070, i64 %.idx2657.1
  store <16 x float> %1588, ptr %gep3071.1, align 4
  %i23.next.1 = or disjoint i64 %i23.addr.02482, 2
  %.idx2656.2 = shl nsw i64 %i23.next.1, 8
  %gep3065.2 = getelementptr inbounds i8, ptr %invariant.gep3064, i64 %.idx2656.2
  %1589 = load <16 x float>, ptr %gep3065.2, align 4
  %.idx2657.2 = shl nsw i64 %i23.next.1, 7
  %gep3067.2 = getelementptr inbounds i8, ptr %invariant.gep3066, i64 %.idx2657.2
  store <16 x float> %1589, ptr %gep3067.2, align 4
  %gep3069.2 = getelementptr inbounds i8, ptr %invariant.gep3068, i64 %.idx2656.2
  %1590 = load <16 x float>, ptr %gep3069.2, align 4
  %gep3071.2 = getelementptr inbounds i8, ptr %invariant.gep3070, i64 %.idx2657.2
  store <16 x float> %1590, ptr %gep3071.2, align 4
  %i23.next.2 = or disjoint i64 %i23.addr.02482, 3
  %.idx2656.3 = shl nsw i64 %i23.next.2, 8
  %gep3065.3 = getelementptr inbounds i8, ptr %invariant.gep3064, i64 %.idx2656.3
  %1591 = load <16 x float>, ptr %gep3065.3, align 4
  %.idx2657.3 = shl nsw i64 %i23.next.2, 7
  %gep3067.3 = getelementptr inbounds i8, ptr %invariant.gep3066, i64 %.idx2657.3
  store <16 x float> %1591, ptr %gep3067.3, align 4
  %gep3069.3 = getelementptr inbounds i8, ptr %invariant.gep3068, i64 %.idx2656.3
  %1592 = load <16 x float>, ptr %gep3069.3, align 4
  %gep3071.3 = getelementptr inbounds i8, ptr %invariant.gep3070, i64 %.idx2657.3
  store <16 x float> %1592, ptr %gep3071.3, align 4
  %i23.next.3 = or disjoint i64 %i23.addr.02482, 4
  %.idx2656.4 = shl nsw i64 %i23.next.3, 8
  %gep3065.4 = getelementptr inbounds i8, ptr %invariant.gep3064, i64 %.idx2656.4
  %1593 = load <16 x float>, ptr %gep3065.4, align 4
  %.idx2657.4 = shl nsw i64 %i23.next.3, 7
  %gep3067.4 = getelementptr inbounds i8, ptr %invariant.gep3066, i64 %.idx2657.4
  store <16 x float> %1593, ptr %gep3067.4, align 4
  %gep3069.4 = getelementptr inbounds i8, ptr %invariant.gep3068, i64 %.idx2656.4
  %1594 = load <16 x float>, ptr %gep3069.4, align 4
  %gep3071.4 = getelementptr inbounds i8, ptr %invariant.gep3070, i64 %.idx2657.4
  store <16 x float> %1594, ptr %gep3071.4, align 4
  %i23.next.4 = or disjoint i64 %i23.addr.02482, 5
  %.idx2656.5 = shl nsw i64 %i23.next.4, 8
  %gep3065.5 = getelementptr inbounds i8, ptr %invariant.gep3064, i64 %.idx2656.5
  %1595 = load <16 x float>, ptr %gep3065.5, align 4
  %.idx2657.5 = shl nsw i64 %i23.next.4, 7
  %gep3067.5 = getelementptr inbounds i8, ptr %invariant.gep3066, i64 %.idx2657.5
  store <16 x float> %1595, ptr %gep3067.5, align 4
  %gep3069.5 = getelementptr inbounds i8, ptr %invariant.gep3068, i64 %.idx2656.5
  %1596 = load <16 x float>, ptr %gep3069.5, align 4
  %gep3071.5 = getelementptr inbounds i8, ptr %invariant.gep3070, i64 %.idx2657.5
  store <16 x float> %1596, ptr %gep3071.5, align 4
  %i23.next.5 = or disjoint i64 %i23.addr.02482, 6
  %.idx2656.6 = shl nsw i64 %i23.next.5, 8
  %gep3065.6 = getelementptr inbounds i8, ptr %invariant.gep3064, i64 %.idx2656.6
  %1597 = load <16 x float>, ptr %gep3065.6, align 4
  %.idx2657.6 = shl nsw i64 %i23.next.5, 7
  %gep3067.6 = getelementptr inbounds i8, ptr %invariant.gep3066, i64 %.idx2657.6
  store <16 x float> %1597, ptr %gep3067.6, align 4
  %gep3069.6 = getelementptr inbounds i8, ptr %invariant.gep3068, i64 %.idx2656.6
  %1598 = load <16 x float>, ptr %gep3069.6, align 4
  %gep3071.6 = getelementptr inbounds i8, ptr %invariant.gep3070, i64 %.idx2657.6
  store <16 x float> %1598, ptr %gep3071.6, align 4
  %i23.next.6 = or disjoint i64 %i23.addr.02482, 7
  %.idx2656.7 = shl nsw i64 %i23.next.6, 8
  %gep3065.7 = getelementptr inbounds i8, ptr %invariant.gep3064, i64 %.idx2656.7
  %1599 = load <16 x float>, ptr %gep3065.7, align 4
  %.idx2657.7 = shl nsw i64 %i23.next.6, 7
  %gep3067.7 = getelementptr inbounds i8, ptr %invariant.gep3066, i64 %.idx2657.7
  store <16 x float> %1599, ptr %gep3067.7, align 4
  %gep3069.7 = getelementptr inbounds i8, ptr %invariant.gep3068, i64 %.idx2656.7
  %1600 = load <16 x float>, ptr %gep3069.7, align 4
  %gep3071.7 = getelementptr inbounds i8, ptr %invariant.gep3070, i64 %.idx2657.7
  store <16 x float> %1600, ptr %gep3071.7, align 4
  %i23.next.7 = add nuw nsw i64 %i23.addr.02482, 8
  %exitcond2865.not.7 = icmp eq i64 %i23.next.7, 64
  br i1 %exitcond2865.not.7, label %i24.body, label %j20.head.preheader

i24.body:                                         ; preds = %j20.head.preheader, %p6.exit
  %i24.addr.02500 = phi i64 [ %i24.next, %p6.exit ], [ 0, %j20.head.preheader ]
  %1601 = shl nuw nsw i64 %i24.addr.02500, 5
  %1602 = or disjoint i64 %1601, 2048
  %1603 = getelementptr inbounds float, ptr %OY, i64 %1602
  %1604 = load <16 x float>, ptr %1603, align 4
  %1605 = or disjoint i64 %1601, 2064
  %1606 = getelementptr inbounds float, ptr %OY, i64 %1605
  %1607 = load <16 x float>, ptr %1606, align 4
  %1608 = or disjoint i64 %i24.addr.02500, 1
  %1609 = shl nuw nsw i64 %1608, 5
  %1610 = or disjoint i64 %1609, 2048
  %1611 = getelementptr inbounds float, ptr %OY, i64 %1610
  %1612 = load <16 x float>, ptr %1611, align 4
  %1613 = or disjoint i64 %1609, 2064
  %1614 = getelementptr inbounds float, ptr %OY, i64 %1613
  %1615 = load <16 x float>, ptr %1614, align 4
  %1616 = or disjoint i64 %i24.addr.02500, 2
  %1617 = shl nuw nsw i64 %1616, 5
  %1618 = or disjoint i64 %1617, 2048
  %1619 = getelementptr inbounds float, ptr %OY, i64 %1618
  %1620 = load <16 x float>, ptr %1619, align 4
  %1621 = or disjoint i64 %1617, 2064
  %1622 = getelementptr inbounds float, ptr %OY, i64 %1621
  %1623 = load <16 x float>, ptr %1622, align 4
  %1624 = or disjoint i64 %i24.addr.02500, 3
  %1625 = shl nuw nsw i64 %1624, 5
  %1626 = or disjoint i64 %1625, 2048
  %1627 = getelementptr inbounds float, ptr %OY, i64 %1626
  %1628 = load <16 x float>, ptr %1627, align 4
  %1629 = or disjoint i64 %1625, 2064
  %1630 = getelementptr inbounds float, ptr %OY, i64 %1629
  %1631 = load <16 x float>, ptr %1630, align 4
  %1632 = or disjoint i64 %i24.addr.02500, 4
  %1633 = shl nuw nsw i64 %1632, 5
  %1634 = or disjoint i64 %1633, 2048
  %1635 = getelementptr inbounds float, ptr %OY, i64 %1634
  %1636 = load <16 x float>, ptr %1635, align 4
  %1637 = or disjoint i64 %1633, 2064
  %1638 = getelementptr inbounds float, ptr %OY, i64 %1637
  %1639 = load <16 x float>, ptr %1638, align 4
  %1640 = or disjoint i64 %i24.addr.02500, 5
  %1641 = shl nuw nsw i64 %1640, 5
  %1642 = or disjoint i64 %1641, 2048
  %1643 = getelementptr inbounds float, ptr %OY, i64 %1642
  %1644 = load <16 x float>, ptr %1643, align 4
  %1645 = or disjoint i64 %1641, 2064
  %1646 = getelementptr inbounds float, ptr %OY, i64 %1645
  %1647 = load <16 x float>, ptr %1646, align 4
  %1648 = or disjoint i64 %i24.addr.02500, 6
  %1649 = shl nuw nsw i64 %1648, 5
  %1650 = or disjoint i64 %1649, 2048
  %1651 = getelementptr inbounds float, ptr %OY, i64 %1650
  %1652 = load <16 x float>, ptr %1651, align 4
  %1653 = or disjoint i64 %1649, 2064
  %1654 = getelementptr inbounds float, ptr %OY, i64 %1653
  %1655 = load <16 x float>, ptr %1654, align 4
  %1656 = or disjoint i64 %i24.addr.02500, 7
  %1657 = shl nuw nsw i64 %1656, 5
  %1658 = or disjoint i64 %1657, 2048
  %1659 = getelementptr inbounds float, ptr %OY, i64 %1658
  %1660 = load <16 x float>, ptr %1659, align 4
  %1661 = or disjoint i64 %1657, 2064
  %1662 = getelementptr inbounds float, ptr %OY, i64 %1661
  %1663 = load <16 x float>, ptr %1662, align 4
  %.idx2658 = shl nsw i64 %i24.addr.02500, 8
  %.idx2659 = shl nsw i64 %1608, 8
  %.idx2660 = shl nsw i64 %1616, 8
  %.idx2661 = shl nsw i64 %1624, 8
  %.idx2662 = shl nsw i64 %1632, 8
  %.idx2663 = shl nsw i64 %1640, 8
  %.idx2664 = shl nsw i64 %1648, 8
  %.idx2665 = shl nsw i64 %1656, 8
  br label %p6.body

p6.body:                                          ; preds = %i24.body, %p6.body
  %acc48.02499 = phi <16 x float> [ %1604, %i24.body ], [ %1675, %p6.body ]
  %acc49.02498 = phi <16 x float> [ %1607, %i24.body ], [ %1676, %p6.body ]
  %acc50.02497 = phi <16 x float> [ %1612, %i24.body ], [ %1681, %p6.body ]
  %acc51.02496 = phi <16 x float> [ %1615, %i24.body ], [ %1682, %p6.body ]
  %acc52.02495 = phi <16 x float> [ %1620, %i24.body ], [ %1687, %p6.body ]
  %p6.addr.02494 = phi i64 [ 0, %i24.body ], [ %p6.next, %p6.body ]
  %acc63.02493 = phi <16 x float> [ %1663, %i24.body ], [ %1718, %p6.body ]
  %acc62.02492 = phi <16 x float> [ %1660, %i24.body ], [ %1717, %p6.body ]
  %acc61.02491 = phi <16 x float> [ %1655, %i24.body ], [ %1712, %p6.body ]
  %acc60.02490 = phi <16 x float> [ %1652, %i24.body ], [ %1711, %p6.body ]
  %acc59.02489 = phi <16 x float> [ %1647, %i24.body ], [ %1706, %p6.body ]
  %acc58.02488 = phi <16 x float> [ %1644, %i24.body ], [ %1705, %p6.body ]
  %acc57.02487 = phi <16 x float> [ %1639, %i24.body ], [ %1700, %p6.body ]
  %acc56.02486 = phi <16 x float> [ %1636, %i24.body ], [ %1699, %p6.body ]
  %acc55.02485 = phi <16 x float> [ %1631, %i24.body ], [ %1694, %p6.body ]
  %acc54.02484 = phi <16 x float> [ %1628, %i24.body ], [ %1693, %p6.body ]
  %acc53.02483 = phi <16 x float> [ %1623, %i24.body ], [ %1688, %p6.body ]
  %1664 = shl nuw nsw i64 %p6.addr.02494, 5
  %1665 = getelementptr inbounds float, ptr %OY, i64 %1664
  %1666 = load <16 x float>, ptr %1665, align 4
  %1667 = or disjoint i64 %1664, 16
  %1668 = getelementptr inbounds float, ptr %OY, i64 %1667
  %1669 = load <16 x float>, ptr %1668, align 4
  %1670 = getelementptr inbounds float, ptr %PT, i64 %p6.addr.02494
  %1671 = getelementptr inbounds i8, ptr %1670, i64 %.idx2658
  %1672 = load float, ptr %1671, align 4
  %1673 = insertelement <16 x float> poison, float %1672, i64 0
  %1674 = shufflevector <16 x float> %1673, <16 x float> poison, <16 x i32> zeroinitializer
  %1675 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1674, <16 x float> %1666, <16 x float> %acc48.02499)
  %1676 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1674, <16 x float> %1669, <16 x float> %acc49.02498)
  %1677 = getelementptr inbounds i8, ptr %1670, i64 %.idx2659
  %1678 = load float, ptr %1677, align 4
  %1679 = insertelement <16 x float> poison, float %1678, i64 0
  %1680 = shufflevector <16 x float> %1679, <16 x float> poison, <16 x i32> zeroinitializer
  %1681 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1680, <16 x float> %1666, <16 x float> %acc50.02497)
  %1682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1680, <16 x float> %1669, <16 x float> %acc51.02496)
  %1683 = getelementptr inbounds i8, ptr %1670, i64 %.idx2660
  %1684 = load float, ptr %1683, align 4
  %1685 = insertelement <16 x float> poison, float %1684, i64 0
  %1686 = shufflevector <16 x float> %1685, <16 x float> poison, <16 x i32> zeroinitializer
  %1687 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1686, <16 x float> %1666, <16 x float> %acc52.02495)
  %1688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1686, <16 x float> %1669, <16 x float> %acc53.02483)
  %1689 = getelementptr inbounds i8, ptr %1670, i64 %.idx2661
  %1690 = load float, ptr %1689, align 4
  %1691 = insertelement <16 x float> poison, float %1690, i64 0
  %1692 = shufflevector <16 x float> %1691, <16 x float> poison, <16 x i32> zeroinitializer
  %1693 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1692, <16 x float> %1666, <16 x float> %acc54.02484)
  %1694 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1692, <16 x float> %1669, <16 x float> %acc55.02485)
  %1695 = getelementptr inbounds i8, ptr %1670, i64 %.idx2662
  %1696 = load float, ptr %1695, align 4
  %1697 = insertelement <16 x float> poison, float %1696, i64 0
  %1698 = shufflevector <16 x float> %1697, <16 x float> poison, <16 x i32> zeroinitializer
  %1699 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1698, <16 x float> %1666, <16 x float> %acc56.02486)
  %1700 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1698, <16 x float> %1669, <16 x float> %acc57.02487)
  %1701 = getelementptr inbounds i8, ptr %1670, i64 %.idx2663
  %1702 = load float, ptr %1701, align 4
  %1703 = insertelement <16 x float> poison, float %1702, i64 0
  %1704 = shufflevector <16 x float> %1703, <16 x float> poison, <16 x i32> zeroinitializer
  %1705 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1704, <16 x float> %1666, <16 x float> %acc58.02488)
  %1706 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1704, <16 x float> %1669, <16 x float> %acc59.02489)
  %1707 = getelementptr inbounds i8, ptr %1670, i64 %.idx2664
  %1708 = load float, ptr %1707, align 4
  %1709 = insertelement <16 x float> poison, float %1708, i64 0
  %1710 = shufflevector <16 x float> %1709, <16 x float> poison, <16 x i32> zeroinitializer
  %1711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1710, <16 x float> %1666, <16 x float> %acc60.02490)
  %1712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1710, <16 x float> %1669, <16 x float> %acc61.02491)
  %1713 = getelementptr inbounds i8, ptr %1670, i64 %.idx2665
  %1714 = load float, ptr %1713, align 4
  %1715 = insertelement <16 x float> poison, float %1714, i64 0
  %1716 = shufflevector <16 x float> %1715, <16 x float> poison, <16 x i32> zeroinitializer
  %1717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1716, <16 x float> %1666, <16 x float> %acc62.02492)
  %1718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1716, <16 x float> %1669, <16 x float> %acc63.02493)
  %p6.next = add nuw nsw i64 %p6.addr.02494, 1
  %exitcond2866.not = icmp eq i64 %p6.next, 64
  br i1 %exitcond2866.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  store <16 x float> %1675, ptr %1603, align 4
  store <16 x float> %1676, ptr %1606, align 4
  store <16 x float> %1681, ptr %1611, align 4
  store <16 x float> %1682, ptr %1614, align 4
  store <16 x float> %1687, ptr %1619, align 4
  store <16 x float> %1688, ptr %1622, align 4
  store <16 x float> %1693, ptr %1627, align 4
  store <16 x float> %1694, ptr %1630, align 4
  store <16 x float> %1699, ptr %1635, align 4
  store <16 x float> %1700, ptr %1638, align 4
  store <16 x float> %1705, ptr %1643, align 4
  store <16 x float> %1706, ptr %1646, align 4
  store <16 x float> %1711, ptr %1651, align 4
  store <16 x float> %1712, ptr %1654, align 4
  store <16 x float> %1717, ptr %1659, align 4
  store <16 x float> %1718, ptr %1662, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02500, 8
  %1719 = icmp ult i64 %i24.addr.02500, 56
  br i1 %1719, label %i24.body, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.exit
  %i25.addr.02518 = phi i64 [ %i25.next, %p7.exit ], [ 0, %p6.exit ]
  %1720 = shl nuw nsw i64 %i25.addr.02518, 5
  br label %p7.body

p7.body:                                          ; preds = %p7.head.preheader, %p7.body
  %p7.addr.02517 = phi i64 [ 0, %p7.head.preheader ], [ %p7.next, %p7.body ]
  %acc79.02516 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1768, %p7.body ]
  %acc78.02515 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1767, %p7.body ]
  %acc77.02514 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1766, %p7.body ]
  %acc76.02513 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1765, %p7.body ]
  %acc75.02512 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1759, %p7.body ]
  %acc74.02511 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1758, %p7.body ]
  %acc73.02510 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1757, %p7.body ]
  %acc72.02509 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1756, %p7.body ]
  %acc71.02508 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1750, %p7.body ]
  %acc70.02507 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1749, %p7.body ]
  %acc69.02506 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1748, %p7.body ]
  %acc68.02505 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1747, %p7.body ]
  %acc67.02504 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1741, %p7.body ]
  %acc66.02503 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1740, %p7.body ]
  %acc65.02502 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1739, %p7.body ]
  %acc64.02501 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1738, %p7.body ]
  %1721 = shl nuw nsw i64 %p7.addr.02517, 6
  %1722 = getelementptr inbounds float, ptr %dOT, i64 %1721
  %1723 = load <16 x float>, ptr %1722, align 4
  %1724 = or disjoint i64 %1721, 16
  %1725 = getelementptr inbounds float, ptr %dOT, i64 %1724
  %1726 = load <16 x float>, ptr %1725, align 4
  %1727 = or disjoint i64 %1721, 32
  %1728 = getelementptr inbounds float, ptr %dOT, i64 %1727
  %1729 = load <16 x float>, ptr %1728, align 4
  %1730 = or disjoint i64 %1721, 48
  %1731 = getelementptr inbounds float, ptr %dOT, i64 %1730
  %1732 = load <16 x float>, ptr %1731, align 4
  %1733 = add nuw nsw i64 %p7.addr.02517, %1720
  %1734 = getelementptr inbounds float, ptr %Vn, i64 %1733
  %1735 = load float, ptr %1734, align 4
  %1736 = insertelement <16 x float> poison, float %1735, i64 0
  %1737 = shufflevector <16 x float> %1736, <16 x float> poison, <16 x i32> zeroinitializer
  %1738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1737, <16 x float> %1723, <16 x float> %acc64.02501)
  %1739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1737, <16 x float> %1726, <16 x float> %acc65.02502)
  %1740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1737, <16 x float> %1729, <16 x float> %acc66.02503)
  %1741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1737, <16 x float> %1732, <16 x float> %acc67.02504)
  %1742 = or disjoint i64 %1733, 32
  %1743 = getelementptr inbounds float, ptr %Vn, i64 %1742
  %1744 = load float, ptr %1743, align 4
  %1745 = insertelement <16 x float> poison, float %1744, i64 0
  %1746 = shufflevector <16 x float> %1745, <16 x float> poison, <16 x i32> zeroinitializer
  %1747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1746, <16 x float> %1723, <16 x float> %acc68.02505)
  %1748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1746, <16 x float> %1726, <16 x float> %acc69.02506)
  %1749 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1746, <16 x float> %1729, <16 x float> %acc70.02507)
  %1750 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1746, <16 x float> %1732, <16 x float> %acc71.02508)
  %1751 = or disjoint i64 %1733, 64
  %1752 = getelementptr inbounds float, ptr %Vn, i64 %1751
  %1753 = load float, ptr %1752, align 4
  %1754 = insertelement <16 x float> poison, float %1753, i64 0
  %1755 = shufflevector <16 x float> %1754, <16 x float> poison, <16 x i32> zeroinitializer
  %1756 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1755, <16 x float> %1723, <16 x float> %acc72.02509)
  %1757 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1755, <16 x float> %1726, <16 x float> %acc73.02510)
  %1758 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1755, <16 x float> %1729, <16 x float> %acc74.02511)
  %1759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1755, <16 x float> %1732, <16 x float> %acc75.02512)
  %1760 = or disjoint i64 %1733, 96
  %1761 = getelementptr inbounds float, ptr %Vn, i64 %1760
  %1762 = load float, ptr %1761, align 4
  %1763 = insertelement <16 x float> poison, float %1762, i64 0
  %1764 = shufflevector <16 x float> %1763, <16 x float> poison, <16 x i32> zeroinitializer
  %1765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1764, <16 x float> %1723, <16 x float> %acc76.02513)
  %1766 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1764, <16 x float> %1726, <16 x float> %acc77.02514)
  %1767 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1764, <16 x float> %1729, <16 x float> %acc78.02515)
  %1768 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1764, <16 x float> %1732, <16 x float> %acc79.02516)
  %p7.next = add nuw nsw i64 %p7.addr.02517, 1
  %exitcond2867.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond2867.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  %1769 = mul nuw nsw i64 %i25.addr.02518, 192
  %1770 = or disjoint i64 %1769, 64
  %1771 = getelementptr inbounds float, ptr %Ak, i64 %1770
  store <16 x float> %1738, ptr %1771, align 4
  %1772 = or disjoint i64 %1769, 80
  %1773 = getelementptr inbounds float, ptr %Ak, i64 %1772
  store <16 x float> %1739, ptr %1773, align 4
  %1774 = or disjoint i64 %1769, 96
  %1775 = getelementptr inbounds float, ptr %Ak, i64 %1774
  store <16 x float> %1740, ptr %1775, align 4
  %1776 = or disjoint i64 %1769, 112
  %1777 = getelementptr inbounds float, ptr %Ak, i64 %1776
  store <16 x float> %1741, ptr %1777, align 4
  %1778 = getelementptr inbounds float, ptr %Ak, i64 %1769
  %1779 = getelementptr inbounds i8, ptr %1778, i64 1024
  store <16 x float> %1747, ptr %1779, align 4
  %1780 = getelementptr inbounds i8, ptr %1778, i64 1088
  store <16 x float> %1748, ptr %1780, align 4
  %1781 = getelementptr inbounds i8, ptr %1778, i64 1152
  store <16 x float> %1749, ptr %1781, align 4
  %1782 = getelementptr inbounds i8, ptr %1778, i64 1216
  store <16 x float> %1750, ptr %1782, align 4
  %1783 = getelementptr inbounds i8, ptr %1778, i64 1792
  store <16 x float> %1756, ptr %1783, align 4
  %1784 = getelementptr inbounds i8, ptr %1778, i64 1856
  store <16 x float> %1757, ptr %1784, align 4
  %1785 = getelementptr inbounds i8, ptr %1778, i64 1920
  store <16 x float> %1758, ptr %1785, align 4
  %1786 = getelementptr inbounds i8, ptr %1778, i64 1984
  store <16 x float> %1759, ptr %1786, align 4
  %1787 = getelementptr inbounds i8, ptr %1778, i64 2560
  store <16 x float> %1765, ptr %1787, align 4
  %1788 = getelementptr inbounds i8, ptr %1778, i64 2624
  store <16 x float> %1766, ptr %1788, align 4
  %1789 = getelementptr inbounds i8, ptr %1778, i64 2688
  store <16 x float> %1767, ptr %1789, align 4
  %1790 = getelementptr inbounds i8, ptr %1778, i64 2752
  store <16 x float> %1768, ptr %1790, align 4
  %i25.next = add nuw nsw i64 %i25.addr.02518, 4
  %1791 = icmp ult i64 %i25.addr.02518, 60
  br i1 %1791, label %p7.head.preheader, label %s2.head.preheader

s2.head.preheader:                                ; preds = %p7.exit, %s2.head.preheader
  %t3.addr.02520 = phi i64 [ %t3.next.1, %s2.head.preheader ], [ 0, %p7.exit ]
  %.idx2666 = mul nuw nsw i64 %t3.addr.02520, 768
  %gep3073 = getelementptr inbounds i8, ptr %invariant.gep3072, i64 %.idx2666
  %1792 = load <16 x float>, ptr %gep3073, align 4
  %.idx2667 = shl nsw i64 %t3.addr.02520, 8
  %1793 = getelementptr inbounds i8, ptr %M, i64 %.idx2667
  %1794 = load <16 x float>, ptr %1793, align 4
  %1795 = fmul <16 x float> %1792, %1794
  store <16 x float> %1795, ptr %gep3073, align 4
  %gep3075 = getelementptr inbounds i8, ptr %invariant.gep3074, i64 %.idx2666
  %1796 = load <16 x float>, ptr %gep3075, align 4
  %1797 = getelementptr inbounds i8, ptr %19, i64 %.idx2667
  %1798 = load <16 x float>, ptr %1797, align 4
  %1799 = fmul <16 x float> %1796, %1798
  store <16 x float> %1799, ptr %gep3075, align 4
  %gep3077 = getelementptr inbounds i8, ptr %invariant.gep3076, i64 %.idx2666
  %1800 = load <16 x float>, ptr %gep3077, align 4
  %1801 = getelementptr inbounds i8, ptr %20, i64 %.idx2667
  %1802 = load <16 x float>, ptr %1801, align 4
  %1803 = fmul <16 x float> %1800, %1802
  store <16 x float> %1803, ptr %gep3077, align 4
  %gep3079 = getelementptr inbounds i8, ptr %invariant.gep3078, i64 %.idx2666
  %1804 = load <16 x float>, ptr %gep3079, align 4
  %1805 = getelementptr inbounds i8, ptr %21, i64 %.idx2667
  %1806 = load <16 x float>, ptr %1805, align 4
  %1807 = fmul <16 x float> %1804, %1806
  store <16 x float> %1807, ptr %gep3079, align 4
  %t3.next = or disjoint i64 %t3.addr.02520, 1
  %.idx2666.1 = mul nuw nsw i64 %t3.next, 768
  %gep3073.1 = getelementptr inbounds i8, ptr %invariant.gep3072, i64 %.idx2666.1
  %1808 = load <16 x float>, ptr %gep3073.1, align 4
  %.idx2667.1 = shl nsw i64 %t3.next, 8
  %1809 = getelementptr inbounds i8, ptr %M, i64 %.idx2667.1
  %1810 = load <16 x float>, ptr %1809, align 4
  %1811 = fmul <16 x float> %1808, %1810
  store <16 x float> %1811, ptr %gep3073.1, align 4
  %gep3075.1 = getelementptr inbounds i8, ptr %invariant.gep3074, i64 %.idx2666.1
  %1812 = load <16 x float>, ptr %gep3075.1, align 4
  %1813 = getelementptr inbounds i8, ptr %19, i64 %.idx2667.1
  %1814 = load <16 x float>, ptr %1813, align 4
  %1815 = fmul <16 x float> %1812, %1814
  store <16 x float> %1815, ptr %gep3075.1, align 4
  %gep3077.1 = getelementptr inbounds i8, ptr %invariant.gep3076, i64 %.idx2666.1
  %1816 = load <16 x float>, ptr %gep3077.1, align 4
  %1817 = getelementptr inbounds i8, ptr %20, i64 %.idx2667.1
  %1818 = load <16 x float>, ptr %1817, align 4
  %1819 = fmul <16 x float> %1816, %1818
  store <16 x float> %1819, ptr %gep3077.1, align 4
  %gep3079.1 = getelementptr inbounds i8, ptr %invariant.gep3078, i64 %.idx2666.1
  %1820 = load <16 x float>, ptr %gep3079.1, align 4
  %1821 = getelementptr inbounds i8, ptr %21, i64 %.idx2667.1
  %1822 = load <16 x float>, ptr %1821, align 4
  %1823 = fmul <16 x float> %1820, %1822
  store <16 x float> %1823, ptr %gep3079.1, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.02520, 2
  %exitcond2868.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond2868.not.1, label %p8.head.preheader, label %s2.head.preheader

p8.head.preheader:                                ; preds = %s2.head.preheader, %p8.exit
  %i26.addr.02538 = phi i64 [ %i26.next, %p8.exit ], [ 0, %s2.head.preheader ]
  %1824 = shl nuw nsw i64 %i26.addr.02538, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02537 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc95.02536 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1887, %p8.body ]
  %acc94.02535 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1886, %p8.body ]
  %acc93.02534 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1880, %p8.body ]
  %acc92.02533 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1879, %p8.body ]
  %acc91.02532 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1873, %p8.body ]
  %acc90.02531 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1872, %p8.body ]
  %acc89.02530 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1866, %p8.body ]
  %acc88.02529 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1865, %p8.body ]
  %acc87.02528 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1859, %p8.body ]
  %acc86.02527 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1858, %p8.body ]
  %acc85.02526 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1852, %p8.body ]
  %acc84.02525 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1851, %p8.body ]
  %acc83.02524 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1845, %p8.body ]
  %acc82.02523 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1844, %p8.body ]
  %acc81.02522 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1838, %p8.body ]
  %acc80.02521 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1837, %p8.body ]
  %1825 = shl nuw nsw i64 %p8.addr.02537, 5
  %1826 = or disjoint i64 %1825, 1024
  %1827 = getelementptr inbounds float, ptr %Bk, i64 %1826
  %1828 = load <16 x float>, ptr %1827, align 4
  %1829 = or disjoint i64 %1825, 1040
  %1830 = getelementptr inbounds float, ptr %Bk, i64 %1829
  %1831 = load <16 x float>, ptr %1830, align 4
  %1832 = add nuw nsw i64 %p8.addr.02537, %1824
  %1833 = getelementptr inbounds float, ptr %OY, i64 %1832
  %1834 = load float, ptr %1833, align 4
  %1835 = insertelement <16 x float> poison, float %1834, i64 0
  %1836 = shufflevector <16 x float> %1835, <16 x float> poison, <16 x i32> zeroinitializer
  %1837 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1836, <16 x float> %1828, <16 x float> %acc80.02521)
  %1838 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1836, <16 x float> %1831, <16 x float> %acc81.02522)
  %1839 = or disjoint i64 %1832, 32
  %1840 = getelementptr inbounds float, ptr %OY, i64 %1839
  %1841 = load float, ptr %1840, align 4
  %1842 = insertelement <16 x float> poison, float %1841, i64 0
  %1843 = shufflevector <16 x float> %1842, <16 x float> poison, <16 x i32> zeroinitializer
  %1844 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1843, <16 x float> %1828, <16 x float> %acc82.02523)
  %1845 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1843, <16 x float> %1831, <16 x float> %acc83.02524)
  %1846 = or disjoint i64 %1832, 64
  %1847 = getelementptr inbounds float, ptr %OY, i64 %1846
  %1848 = load float, ptr %1847, align 4
  %1849 = insertelement <16 x float> poison, float %1848, i64 0
  %1850 = shufflevector <16 x float> %1849, <16 x float> poison, <16 x i32> zeroinitializer
  %1851 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1850, <16 x float> %1828, <16 x float> %acc84.02525)
  %1852 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1850, <16 x float> %1831, <16 x float> %acc85.02526)
  %1853 = or disjoint i64 %1832, 96
  %1854 = getelementptr inbounds float, ptr %OY, i64 %1853
  %1855 = load float, ptr %1854, align 4
  %1856 = insertelement <16 x float> poison, float %1855, i64 0
  %1857 = shufflevector <16 x float> %1856, <16 x float> poison, <16 x i32> zeroinitializer
  %1858 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1857, <16 x float> %1828, <16 x float> %acc86.02527)
  %1859 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1857, <16 x float> %1831, <16 x float> %acc87.02528)
  %1860 = or disjoint i64 %1832, 128
  %1861 = getelementptr inbounds float, ptr %OY, i64 %1860
  %1862 = load float, ptr %1861, align 4
  %1863 = insertelement <16 x float> poison, float %1862, i64 0
  %1864 = shufflevector <16 x float> %1863, <16 x float> poison, <16 x i32> zeroinitializer
  %1865 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1864, <16 x float> %1828, <16 x float> %acc88.02529)
  %1866 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1864, <16 x float> %1831, <16 x float> %acc89.02530)
  %1867 = or disjoint i64 %1832, 160
  %1868 = getelementptr inbounds float, ptr %OY, i64 %1867
  %1869 = load float, ptr %1868, align 4
  %1870 = insertelement <16 x float> poison, float %1869, i64 0
  %1871 = shufflevector <16 x float> %1870, <16 x float> poison, <16 x i32> zeroinitializer
  %1872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1871, <16 x float> %1828, <16 x float> %acc90.02531)
  %1873 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1871, <16 x float> %1831, <16 x float> %acc91.02532)
  %1874 = or disjoint i64 %1832, 192
  %1875 = getelementptr inbounds float, ptr %OY, i64 %1874
  %1876 = load float, ptr %1875, align 4
  %1877 = insertelement <16 x float> poison, float %1876, i64 0
  %1878 = shufflevector <16 x float> %1877, <16 x float> poison, <16 x i32> zeroinitializer
  %1879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1878, <16 x float> %1828, <16 x float> %acc92.02533)
  %1880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1878, <16 x float> %1831, <16 x float> %acc93.02534)
  %1881 = or disjoint i64 %1832, 224
  %1882 = getelementptr inbounds float, ptr %OY, i64 %1881
  %1883 = load float, ptr %1882, align 4
  %1884 = insertelement <16 x float> poison, float %1883, i64 0
  %1885 = shufflevector <16 x float> %1884, <16 x float> poison, <16 x i32> zeroinitializer
  %1886 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1885, <16 x float> %1828, <16 x float> %acc94.02535)
  %1887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1885, <16 x float> %1831, <16 x float> %acc95.02536)
  %p8.next = add nuw nsw i64 %p8.addr.02537, 1
  %exitcond2869.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond2869.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1888 = getelementptr inbounds float, ptr %dQc, i64 %1824
  store <16 x float> %1837, ptr %1888, align 4
  %1889 = or disjoint i64 %1824, 16
  %1890 = getelementptr inbounds float, ptr %dQc, i64 %1889
  store <16 x float> %1838, ptr %1890, align 4
  %1891 = or disjoint i64 %1824, 32
  %1892 = getelementptr inbounds float, ptr %dQc, i64 %1891
  store <16 x float> %1844, ptr %1892, align 4
  %1893 = or disjoint i64 %1824, 48
  %1894 = getelementptr inbounds float, ptr %dQc, i64 %1893
  store <16 x float> %1845, ptr %1894, align 4
  %1895 = or disjoint i64 %1824, 64
  %1896 = getelementptr inbounds float, ptr %dQc, i64 %1895
  store <16 x float> %1851, ptr %1896, align 4
  %1897 = or disjoint i64 %1824, 80
  %1898 = getelementptr inbounds float, ptr %dQc, i64 %1897
  store <16 x float> %1852, ptr %1898, align 4
  %1899 = or disjoint i64 %1824, 96
  %1900 = getelementptr inbounds float, ptr %dQc, i64 %1899
  store <16 x float> %1858, ptr %1900, align 4
  %1901 = or disjoint i64 %1824, 112
  %1902 = getelementptr inbounds float, ptr %dQc, i64 %1901
  store <16 x float> %1859, ptr %1902, align 4
  %1903 = or disjoint i64 %1824, 128
  %1904 = getelementptr inbounds float, ptr %dQc, i64 %1903
  store <16 x float> %1865, ptr %1904, align 4
  %1905 = or disjoint i64 %1824, 144
  %1906 = getelementptr inbounds float, ptr %dQc, i64 %1905
  store <16 x float> %1866, ptr %1906, align 4
  %1907 = or disjoint i64 %1824, 160
  %1908 = getelementptr inbounds float, ptr %dQc, i64 %1907
  store <16 x float> %1872, ptr %1908, align 4
  %1909 = or disjoint i64 %1824, 176
  %1910 = getelementptr inbounds float, ptr %dQc, i64 %1909
  store <16 x float> %1873, ptr %1910, align 4
  %1911 = or disjoint i64 %1824, 192
  %1912 = getelementptr inbounds float, ptr %dQc, i64 %1911
  store <16 x float> %1879, ptr %1912, align 4
  %1913 = or disjoint i64 %1824, 208
  %1914 = getelementptr inbounds float, ptr %dQc, i64 %1913
  store <16 x float> %1880, ptr %1914, align 4
  %1915 = or disjoint i64 %1824, 224
  %1916 = getelementptr inbounds float, ptr %dQc, i64 %1915
  store <16 x float> %1886, ptr %1916, align 4
  %1917 = or disjoint i64 %1824, 240
  %1918 = getelementptr inbounds float, ptr %dQc, i64 %1917
  store <16 x float> %1887, ptr %1918, align 4
  %i26.next = add nuw nsw i64 %i26.addr.02538, 8
  %1919 = icmp ult i64 %i26.addr.02538, 56
  br i1 %1919, label %p8.head.preheader, label %i27.body

i27.body:                                         ; preds = %p8.exit, %p9.exit
  %i27.addr.02556 = phi i64 [ %i27.next, %p9.exit ], [ 0, %p8.exit ]
  %1920 = shl nuw nsw i64 %i27.addr.02556, 5
  %1921 = getelementptr inbounds float, ptr %dQc, i64 %1920
  %1922 = load <16 x float>, ptr %1921, align 4
  %1923 = or disjoint i64 %1920, 16
  %1924 = getelementptr inbounds float, ptr %dQc, i64 %1923
  %1925 = load <16 x float>, ptr %1924, align 4
  %1926 = or disjoint i64 %i27.addr.02556, 1
  %1927 = shl nuw nsw i64 %1926, 5
  %1928 = getelementptr inbounds float, ptr %dQc, i64 %1927
  %1929 = load <16 x float>, ptr %1928, align 4
  %1930 = or disjoint i64 %1927, 16
  %1931 = getelementptr inbounds float, ptr %dQc, i64 %1930
  %1932 = load <16 x float>, ptr %1931, align 4
  %1933 = or disjoint i64 %i27.addr.02556, 2
  %1934 = shl nuw nsw i64 %1933, 5
  %1935 = getelementptr inbounds float, ptr %dQc, i64 %1934
  %1936 = load <16 x float>, ptr %1935, align 4
  %1937 = or disjoint i64 %1934, 16
  %1938 = getelementptr inbounds float, ptr %dQc, i64 %1937
  %1939 = load <16 x float>, ptr %1938, align 4
  %1940 = or disjoint i64 %i27.addr.02556, 3
  %1941 = shl nuw nsw i64 %1940, 5
  %1942 = getelementptr inbounds float, ptr %dQc, i64 %1941
  %1943 = load <16 x float>, ptr %1942, align 4
  %1944 = or disjoint i64 %1941, 16
  %1945 = getelementptr inbounds float, ptr %dQc, i64 %1944
  %1946 = load <16 x float>, ptr %1945, align 4
  %1947 = or disjoint i64 %i27.addr.02556, 4
  %1948 = shl nuw nsw i64 %1947, 5
  %1949 = getelementptr inbounds float, ptr %dQc, i64 %1948
  %1950 = load <16 x float>, ptr %1949, align 4
  %1951 = or disjoint i64 %1948, 16
  %1952 = getelementptr inbounds float, ptr %dQc, i64 %1951
  %1953 = load <16 x float>, ptr %1952, align 4
  %1954 = or disjoint i64 %i27.addr.02556, 5
  %1955 = shl nuw nsw i64 %1954, 5
  %1956 = getelementptr inbounds float, ptr %dQc, i64 %1955
  %1957 = load <16 x float>, ptr %1956, align 4
  %1958 = or disjoint i64 %1955, 16
  %1959 = getelementptr inbounds float, ptr %dQc, i64 %1958
  %1960 = load <16 x float>, ptr %1959, align 4
  %1961 = or disjoint i64 %i27.addr.02556, 6
  %1962 = shl nuw nsw i64 %1961, 5
  %1963 = getelementptr inbounds float, ptr %dQc, i64 %1962
  %1964 = load <16 x float>, ptr %1963, align 4
  %1965 = or disjoint i64 %1962, 16
  %1966 = getelementptr inbounds float, ptr %dQc, i64 %1965
  %1967 = load <16 x float>, ptr %1966, align 4
  %1968 = or disjoint i64 %i27.addr.02556, 7
  %1969 = shl nuw nsw i64 %1968, 5
  %1970 = getelementptr inbounds float, ptr %dQc, i64 %1969
  %1971 = load <16 x float>, ptr %1970, align 4
  %1972 = or disjoint i64 %1969, 16
  %1973 = getelementptr inbounds float, ptr %dQc, i64 %1972
  %1974 = load <16 x float>, ptr %1973, align 4
  br label %p9.body

p9.body:                                          ; preds = %i27.body, %p9.body
  %p9.addr.02555 = phi i64 [ 0, %i27.body ], [ %p9.next, %p9.body ]
  %acc111.02554 = phi <16 x float> [ %1974, %i27.body ], [ %2039, %p9.body ]
  %acc110.02553 = phi <16 x float> [ %1971, %i27.body ], [ %2038, %p9.body ]
  %acc109.02552 = phi <16 x float> [ %1967, %i27.body ], [ %2032, %p9.body ]
  %acc108.02551 = phi <16 x float> [ %1964, %i27.body ], [ %2031, %p9.body ]
  %acc107.02550 = phi <16 x float> [ %1960, %i27.body ], [ %2025, %p9.body ]
  %acc106.02549 = phi <16 x float> [ %1957, %i27.body ], [ %2024, %p9.body ]
  %acc105.02548 = phi <16 x float> [ %1953, %i27.body ], [ %2018, %p9.body ]
  %acc104.02547 = phi <16 x float> [ %1950, %i27.body ], [ %2017, %p9.body ]
  %acc103.02546 = phi <16 x float> [ %1946, %i27.body ], [ %2011, %p9.body ]
  %acc102.02545 = phi <16 x float> [ %1943, %i27.body ], [ %2010, %p9.body ]
  %acc101.02544 = phi <16 x float> [ %1939, %i27.body ], [ %2004, %p9.body ]
  %acc100.02543 = phi <16 x float> [ %1936, %i27.body ], [ %2003, %p9.body ]
  %acc99.02542 = phi <16 x float> [ %1932, %i27.body ], [ %1997, %p9.body ]
  %acc98.02541 = phi <16 x float> [ %1929, %i27.body ], [ %1996, %p9.body ]
  %acc97.02540 = phi <16 x float> [ %1925, %i27.body ], [ %1990, %p9.body ]
  %acc96.02539 = phi <16 x float> [ %1922, %i27.body ], [ %1989, %p9.body ]
  %1975 = shl nuw nsw i64 %p9.addr.02555, 5
  %1976 = or disjoint i64 %1975, 4096
  %1977 = getelementptr inbounds float, ptr %Bk, i64 %1976
  %1978 = load <16 x float>, ptr %1977, align 4
  %1979 = or disjoint i64 %1975, 4112
  %1980 = getelementptr inbounds float, ptr %Bk, i64 %1979
  %1981 = load <16 x float>, ptr %1980, align 4
  %1982 = mul nuw nsw i64 %p9.addr.02555, 192
  %1983 = add nuw nsw i64 %1982, 64
  %1984 = or disjoint i64 %1983, %i27.addr.02556
  %1985 = getelementptr inbounds float, ptr %Ak, i64 %1984
  %1986 = load float, ptr %1985, align 4
  %1987 = insertelement <16 x float> poison, float %1986, i64 0
  %1988 = shufflevector <16 x float> %1987, <16 x float> poison, <16 x i32> zeroinitializer
  %1989 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1988, <16 x float> %1978, <16 x float> %acc96.02539)
  %1990 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1988, <16 x float> %1981, <16 x float> %acc97.02540)
  %1991 = or disjoint i64 %1983, %1926
  %1992 = getelementptr inbounds float, ptr %Ak, i64 %1991
  %1993 = load float, ptr %1992, align 4
  %1994 = insertelement <16 x float> poison, float %1993, i64 0
  %1995 = shufflevector <16 x float> %1994, <16 x float> poison, <16 x i32> zeroinitializer
  %1996 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1995, <16 x float> %1978, <16 x float> %acc98.02541)
  %1997 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1995, <16 x float> %1981, <16 x float> %acc99.02542)
  %1998 = or disjoint i64 %1983, %1933
  %1999 = getelementptr inbounds float, ptr %Ak, i64 %1998
  %2000 = load float, ptr %1999, align 4
  %2001 = insertelement <16 x float> poison, float %2000, i64 0
  %2002 = shufflevector <16 x float> %2001, <16 x float> poison, <16 x i32> zeroinitializer
  %2003 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2002, <16 x float> %1978, <16 x float> %acc100.02543)
  %2004 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2002, <16 x float> %1981, <16 x float> %acc101.02544)
  %2005 = or disjoint i64 %1983, %1940
  %2006 = getelementptr inbounds float, ptr %Ak, i64 %2005
  %2007 = load float, ptr %2006, align 4
  %2008 = insertelement <16 x float> poison, float %2007, i64 0
  %2009 = shufflevector <16 x float> %2008, <16 x float> poison, <16 x i32> zeroinitializer
  %2010 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2009, <16 x float> %1978, <16 x float> %acc102.02545)
  %2011 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2009, <16 x float> %1981, <16 x float> %acc103.02546)
  %2012 = or disjoint i64 %1983, %1947
  %2013 = getelementptr inbounds float, ptr %Ak, i64 %2012
  %2014 = load float, ptr %2013, align 4
  %2015 = insertelement <16 x float> poison, float %2014, i64 0
  %2016 = shufflevector <16 x float> %2015, <16 x float> poison, <16 x i32> zeroinitializer
  %2017 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2016, <16 x float> %1978, <16 x float> %acc104.02547)
  %2018 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2016, <16 x float> %1981, <16 x float> %acc105.02548)
  %2019 = or disjoint i64 %1983, %1954
  %2020 = getelementptr inbounds float, ptr %Ak, i64 %2019
  %2021 = load float, ptr %2020, align 4
  %2022 = insertelement <16 x float> poison, float %2021, i64 0
  %2023 = shufflevector <16 x float> %2022, <16 x float> poison, <16 x i32> zeroinitializer
  %2024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2023, <16 x float> %1978, <16 x float> %acc106.02549)
  %2025 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2023, <16 x float> %1981, <16 x float> %acc107.02550)
  %2026 = or disjoint i64 %1983, %1961
  %2027 = getelementptr inbounds float, ptr %Ak, i64 %2026
  %2028 = load float, ptr %2027, align 4
  %2029 = insertelement <16 x float> poison, float %2028, i64 0
  %2030 = shufflevector <16 x float> %2029, <16 x float> poison, <16 x i32> zeroinitializer
  %2031 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2030, <16 x float> %1978, <16 x float> %acc108.02551)
  %2032 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2030, <16 x float> %1981, <16 x float> %acc109.02552)
  %2033 = or disjoint i64 %1983, %1968
  %2034 = getelementptr inbounds float, ptr %Ak, i64 %2033
  %2035 = load float, ptr %2034, align 4
  %2036 = insertelement <16 x float> poison, float %2035, i64 0
  %2037 = shufflevector <16 x float> %2036, <16 x float> poison, <16 x i32> zeroinitializer
  %2038 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2037, <16 x float> %1978, <16 x float> %acc110.02553)
  %2039 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2037, <16 x float> %1981, <16 x float> %acc111.02554)
  %p9.next = add nuw nsw i64 %p9.addr.02555, 1
  %exitcond2870.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond2870.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %1989, ptr %1921, align 4
  store <16 x float> %1990, ptr %1924, align 4
  store <16 x float> %1996, ptr %1928, align 4
  store <16 x float> %1997, ptr %1931, align 4
  store <16 x float> %2003, ptr %1935, align 4
  store <16 x float> %2004, ptr %1938, align 4
  store <16 x float> %2010, ptr %1942, align 4
  store <16 x float> %2011, ptr %1945, align 4
  store <16 x float> %2017, ptr %1949, align 4
  store <16 x float> %2018, ptr %1952, align 4
  store <16 x float> %2024, ptr %1956, align 4
  store <16 x float> %2025, ptr %1959, align 4
  store <16 x float> %2031, ptr %1963, align 4
  store <16 x float> %2032, ptr %1966, align 4
  store <16 x float> %2038, ptr %1970, align 4
  store <16 x float> %2039, ptr %1973, align 4
  %i27.next = add nuw nsw i64 %i27.addr.02556, 8
  %2040 = icmp ult i64 %i27.addr.02556, 56
  br i1 %2040, label %i27.body, label %j25.body.preheader

j25.body.preheader:                               ; preds = %p9.exit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dbet, i8 0, i64 256, i1 false)
  br label %ib1.body

ib1.body:                                         ; preds = %j25.body.preheader, %j26.exit
  %ib1.addr.02575 = phi i64 [ %ib1.next, %j26.exit ], [ 0, %j25.body.preheader ]
  %2041 = shl nuw nsw i64 %ib1.addr.02575, 2
  %i01 = sub nuw nsw i64 60, %2041
  %2042 = shl nuw nsw i64 %i01, 5
  %2043 = or disjoint i64 %2042, 2048
  %2044 = getelementptr inbounds float, ptr %OY, i64 %2043
  %2045 = load <16 x float>, ptr %2044, align 4
  %2046 = or disjoint i64 %2042, 2064
  %2047 = getelementptr inbounds float, ptr %OY, i64 %2046
  %2048 = load <16 x float>, ptr %2047, align 4
  %2049 = sub nuw nsw i64 61, %2041
  %2050 = shl nuw nsw i64 %2049, 5
  %2051 = or disjoint i64 %2050, 2048
  %2052 = getelementptr inbounds float, ptr %OY, i64 %2051
  %2053 = load <16 x float>, ptr %2052, align 4
  %2054 = or disjoint i64 %2050, 2064
  %2055 = getelementptr inbounds float, ptr %OY, i64 %2054
  %2056 = load <16 x float>, ptr %2055, align 4
  %2057 = sub nuw nsw i64 62, %2041
  %2058 = shl nuw nsw i64 %2057, 5
  %2059 = or disjoint i64 %2058, 2048
  %2060 = getelementptr inbounds float, ptr %OY, i64 %2059
  %2061 = load <16 x float>, ptr %2060, align 4
  %2062 = or disjoint i64 %2058, 2064
  %2063 = getelementptr inbounds float, ptr %OY, i64 %2062
  %2064 = load <16 x float>, ptr %2063, align 4
  %2065 = sub nuw nsw i64 63, %2041
  %2066 = shl nuw nsw i64 %2065, 5
  %2067 = or disjoint i64 %2066, 2048
  %2068 = getelementptr inbounds float, ptr %OY, i64 %2067
  %2069 = load <16 x float>, ptr %2068, align 4
  %2070 = or disjoint i64 %2066, 2064
  %2071 = getelementptr inbounds float, ptr %OY, i64 %2070
  %2072 = load <16 x float>, ptr %2071, align 4
  %.not2668 = icmp eq i64 %ib1.addr.02575, 0
  br i1 %.not2668, label %j26.exit, label %j26.body.preheader

j26.body.preheader:                               ; preds = %ib1.body
  %2073 = sub nuw nsw i64 64, %2041
  br label %j26.body

j26.body:                                         ; preds = %j26.body.preheader, %j26.body
  %j26.addr.02566 = phi i64 [ %j26.next, %j26.body ], [ %2073, %j26.body.preheader ]
  %acc119.02565 = phi <16 x float> [ %2113, %j26.body ], [ %2072, %j26.body.preheader ]
  %acc118.02564 = phi <16 x float> [ %2112, %j26.body ], [ %2069, %j26.body.preheader ]
  %acc117.02563 = phi <16 x float> [ %2105, %j26.body ], [ %2064, %j26.body.preheader ]
  %acc116.02562 = phi <16 x float> [ %2104, %j26.body ], [ %2061, %j26.body.preheader ]
  %acc115.02561 = phi <16 x float> [ %2097, %j26.body ], [ %2056, %j26.body.preheader ]
  %acc114.02560 = phi <16 x float> [ %2096, %j26.body ], [ %2053, %j26.body.preheader ]
  %acc113.02559 = phi <16 x float> [ %2089, %j26.body ], [ %2048, %j26.body.preheader ]
  %acc112.02558 = phi <16 x float> [ %2088, %j26.body ], [ %2045, %j26.body.preheader ]
  %2074 = shl nuw nsw i64 %j26.addr.02566, 5
  %2075 = or disjoint i64 %2074, 2048
  %2076 = getelementptr inbounds float, ptr %OY, i64 %2075
  %2077 = load <16 x float>, ptr %2076, align 4
  %2078 = or disjoint i64 %2074, 2064
  %2079 = getelementptr inbounds float, ptr %OY, i64 %2078
  %2080 = load <16 x float>, ptr %2079, align 4
  %2081 = shl nuw nsw i64 %j26.addr.02566, 6
  %2082 = or disjoint i64 %2081, %i01
  %2083 = getelementptr inbounds float, ptr %Gm, i64 %2082
  %2084 = load float, ptr %2083, align 4
  %2085 = fneg float %2084
  %2086 = insertelement <16 x float> poison, float %2085, i64 0
  %2087 = shufflevector <16 x float> %2086, <16 x float> poison, <16 x i32> zeroinitializer
  %2088 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2087, <16 x float> %2077, <16 x float> %acc112.02558)
  %2089 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2087, <16 x float> %2080, <16 x float> %acc113.02559)
  %2090 = or disjoint i64 %2081, %2049
  %2091 = getelementptr inbounds float, ptr %Gm, i64 %2090
  %2092 = load float, ptr %2091, align 4
  %2093 = fneg float %2092
  %2094 = insertelement <16 x float> poison, float %2093, i64 0
  %2095 = shufflevector <16 x float> %2094, <16 x float> poison, <16 x i32> zeroinitializer
  %2096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2095, <16 x float> %2077, <16 x float> %acc114.02560)
  %2097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2095, <16 x float> %2080, <16 x float> %acc115.02561)
  %2098 = or disjoint i64 %2081, %2057
  %2099 = getelementptr inbounds float, ptr %Gm, i64 %2098
  %2100 = load float, ptr %2099, align 4
  %2101 = fneg float %2100
  %2102 = insertelement <16 x float> poison, float %2101, i64 0
  %2103 = shufflevector <16 x float> %2102, <16 x float> poison, <16 x i32> zeroinitializer
  %2104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2103, <16 x float> %2077, <16 x float> %acc116.02562)
  %2105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2103, <16 x float> %2080, <16 x float> %acc117.02563)
  %2106 = or disjoint i64 %2081, %2065
  %2107 = getelementptr inbounds float, ptr %Gm, i64 %2106
  %2108 = load float, ptr %2107, align 4
  %2109 = fneg float %2108
  %2110 = insertelement <16 x float> poison, float %2109, i64 0
  %2111 = shufflevector <16 x float> %2110, <16 x float> poison, <16 x i32> zeroinitializer
  %2112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2111, <16 x float> %2077, <16 x float> %acc118.02564)
  %2113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2111, <16 x float> %2080, <16 x float> %acc119.02565)
  %j26.next = add nuw nsw i64 %j26.addr.02566, 1
  %2114 = icmp ult i64 %j26.addr.02566, 63
  br i1 %2114, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2045, %ib1.body ], [ %2088, %j26.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2048, %ib1.body ], [ %2089, %j26.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2053, %ib1.body ], [ %2096, %j26.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2056, %ib1.body ], [ %2097, %j26.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2061, %ib1.body ], [ %2104, %j26.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2064, %ib1.body ], [ %2105, %j26.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2069, %ib1.body ], [ %2112, %j26.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2072, %ib1.body ], [ %2113, %j26.body ]
  %2115 = getelementptr inbounds float, ptr %Rr, i64 %2066
  %2116 = load <16 x float>, ptr %2115, align 4
  %2117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2116, <16 x float> zeroinitializer)
  %2118 = or disjoint i64 %2066, 16
  %2119 = getelementptr inbounds float, ptr %Rr, i64 %2118
  %2120 = load <16 x float>, ptr %2119, align 4
  %2121 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2120, <16 x float> %2117)
  %2122 = shufflevector <16 x float> %2121, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2123 = shufflevector <16 x float> %2121, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2124 = fadd <8 x float> %2122, %2123
  %2125 = shufflevector <8 x float> %2124, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2126 = shufflevector <8 x float> %2124, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2127 = fadd <4 x float> %2125, %2126
  %2128 = shufflevector <4 x float> %2127, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2129 = shufflevector <4 x float> %2127, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2130 = fadd <2 x float> %2128, %2129
  %2131 = shufflevector <2 x float> %2130, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2132 = shufflevector <2 x float> %2130, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2133 = getelementptr inbounds float, ptr %bet, i64 %2065
  %2134 = load float, ptr %2133, align 4
  %2135 = insertelement <16 x float> poison, float %2134, i64 0
  %2136 = shufflevector <16 x float> %2135, <16 x float> poison, <16 x i32> zeroinitializer
  %2137 = fmul <16 x float> %acc118.0.lcssa, %2136
  store <16 x float> %2137, ptr %2068, align 4
  %2138 = fneg <16 x float> %2137
  %2139 = mul nuw nsw i64 %2065, 192
  %2140 = or disjoint i64 %2139, 32
  %2141 = getelementptr inbounds float, ptr %Ak, i64 %2140
  store <16 x float> %2138, ptr %2141, align 4
  %2142 = fmul <16 x float> %acc119.0.lcssa, %2136
  store <16 x float> %2142, ptr %2071, align 4
  %2143 = fneg <16 x float> %2142
  %2144 = or disjoint i64 %2139, 48
  %2145 = getelementptr inbounds float, ptr %Ak, i64 %2144
  store <16 x float> %2143, ptr %2145, align 4
  %2146 = shl nuw nsw i64 %2065, 6
  %2147 = or disjoint i64 %2146, %2057
  %2148 = getelementptr inbounds float, ptr %Gm, i64 %2147
  %2149 = load float, ptr %2148, align 4
  %2150 = fneg float %2149
  %2151 = insertelement <16 x float> poison, float %2150, i64 0
  %2152 = shufflevector <16 x float> %2151, <16 x float> poison, <16 x i32> zeroinitializer
  %2153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2137, <16 x float> %acc116.0.lcssa)
  %2154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2142, <16 x float> %acc117.0.lcssa)
  %2155 = getelementptr inbounds float, ptr %Rr, i64 %2058
  %2156 = load <16 x float>, ptr %2155, align 4
  %2157 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2153, <16 x float> %2156, <16 x float> zeroinitializer)
  %2158 = or disjoint i64 %2058, 16
  %2159 = getelementptr inbounds float, ptr %Rr, i64 %2158
  %2160 = load <16 x float>, ptr %2159, align 4
  %2161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2154, <16 x float> %2160, <16 x float> %2157)
  %2162 = shufflevector <16 x float> %2161, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2163 = shufflevector <16 x float> %2161, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2164 = fadd <8 x float> %2162, %2163
  %2165 = shufflevector <8 x float> %2164, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2166 = shufflevector <8 x float> %2164, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2167 = fadd <4 x float> %2165, %2166
  %2168 = shufflevector <4 x float> %2167, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2169 = shufflevector <4 x float> %2167, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2170 = fadd <2 x float> %2168, %2169
  %2171 = shufflevector <2 x float> %2170, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2172 = shufflevector <2 x float> %2170, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2173 = getelementptr inbounds float, ptr %bet, i64 %2057
  %2174 = load float, ptr %2173, align 4
  %2175 = insertelement <16 x float> poison, float %2174, i64 0
  %2176 = shufflevector <16 x float> %2175, <16 x float> poison, <16 x i32> zeroinitializer
  %2177 = fmul <16 x float> %2153, %2176
  store <16 x float> %2177, ptr %2060, align 4
  %2178 = fneg <16 x float> %2177
  %2179 = mul nuw nsw i64 %2057, 192
  %2180 = or disjoint i64 %2179, 32
  %2181 = getelementptr inbounds float, ptr %Ak, i64 %2180
  store <16 x float> %2178, ptr %2181, align 4
  %2182 = fmul <16 x float> %2154, %2176
  store <16 x float> %2182, ptr %2063, align 4
  %2183 = fneg <16 x float> %2182
  %2184 = or disjoint i64 %2179, 48
  %2185 = getelementptr inbounds float, ptr %Ak, i64 %2184
  store <16 x float> %2183, ptr %2185, align 4
  %2186 = shl nuw nsw i64 %2057, 6
  %2187 = or disjoint i64 %2186, %2049
  %2188 = getelementptr inbounds float, ptr %Gm, i64 %2187
  %2189 = load float, ptr %2188, align 4
  %2190 = fneg float %2189
  %2191 = insertelement <16 x float> poison, float %2190, i64 0
  %2192 = shufflevector <16 x float> %2191, <16 x float> poison, <16 x i32> zeroinitializer
  %2193 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2192, <16 x float> %2177, <16 x float> %acc114.0.lcssa)
  %2194 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2192, <16 x float> %2182, <16 x float> %acc115.0.lcssa)
  %2195 = or disjoint i64 %2146, %2049
  %2196 = getelementptr inbounds float, ptr %Gm, i64 %2195
  %2197 = load float, ptr %2196, align 4
  %2198 = fneg float %2197
  %2199 = insertelement <16 x float> poison, float %2198, i64 0
  %2200 = shufflevector <16 x float> %2199, <16 x float> poison, <16 x i32> zeroinitializer
  %2201 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2200, <16 x float> %2137, <16 x float> %2193)
  %2202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2200, <16 x float> %2142, <16 x float> %2194)
  %2203 = getelementptr inbounds float, ptr %Rr, i64 %2050
  %2204 = load <16 x float>, ptr %2203, align 4
  %2205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2201, <16 x float> %2204, <16 x float> zeroinitializer)
  %2206 = or disjoint i64 %2050, 16
  %2207 = getelementptr inbounds float, ptr %Rr, i64 %2206
  %2208 = load <16 x float>, ptr %2207, align 4
  %2209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2202, <16 x float> %2208, <16 x float> %2205)
  %2210 = shufflevector <16 x float> %2209, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2211 = shufflevector <16 x float> %2209, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2212 = fadd <8 x float> %2210, %2211
  %2213 = shufflevector <8 x float> %2212, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2214 = shufflevector <8 x float> %2212, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2215 = fadd <4 x float> %2213, %2214
  %2216 = shufflevector <4 x float> %2215, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2217 = shufflevector <4 x float> %2215, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2218 = fadd <2 x float> %2216, %2217
  %2219 = getelementptr inbounds float, ptr %bet, i64 %2049
  %2220 = load float, ptr %2219, align 4
  %2221 = insertelement <16 x float> poison, float %2220, i64 0
  %2222 = shufflevector <16 x float> %2221, <16 x float> poison, <16 x i32> zeroinitializer
  %2223 = fmul <16 x float> %2201, %2222
  store <16 x float> %2223, ptr %2052, align 4
  %2224 = fneg <16 x float> %2223
  %2225 = mul nuw nsw i64 %2049, 192
  %2226 = or disjoint i64 %2225, 32
  %2227 = getelementptr inbounds float, ptr %Ak, i64 %2226
  store <16 x float> %2224, ptr %2227, align 4
  %2228 = fmul <16 x float> %2202, %2222
  store <16 x float> %2228, ptr %2055, align 4
  %2229 = fneg <16 x float> %2228
  %2230 = or disjoint i64 %2225, 48
  %2231 = getelementptr inbounds float, ptr %Ak, i64 %2230
  store <16 x float> %2229, ptr %2231, align 4
  %2232 = shl nuw nsw i64 %2049, 6
  %2233 = or disjoint i64 %2232, %i01
  %2234 = getelementptr inbounds float, ptr %Gm, i64 %2233
  %2235 = load float, ptr %2234, align 4
  %2236 = fneg float %2235
  %2237 = insertelement <16 x float> poison, float %2236, i64 0
  %2238 = shufflevector <16 x float> %2237, <16 x float> poison, <16 x i32> zeroinitializer
  %2239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2238, <16 x float> %2223, <16 x float> %acc112.0.lcssa)
  %2240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2238, <16 x float> %2228, <16 x float> %acc113.0.lcssa)
  %2241 = or disjoint i64 %2186, %i01
  %2242 = getelementptr inbounds float, ptr %Gm, i64 %2241
  %2243 = load float, ptr %2242, align 4
  %2244 = fneg float %2243
  %2245 = insertelement <16 x float> poison, float %2244, i64 0
  %2246 = shufflevector <16 x float> %2245, <16 x float> poison, <16 x i32> zeroinitializer
  %2247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2246, <16 x float> %2177, <16 x float> %2239)
  %2248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2246, <16 x float> %2182, <16 x float> %2240)
  %2249 = or disjoint i64 %2146, %i01
  %2250 = getelementptr inbounds float, ptr %Gm, i64 %2249
  %2251 = load float, ptr %2250, align 4
  %2252 = fneg float %2251
  %2253 = insertelement <16 x float> poison, float %2252, i64 0
  %2254 = shufflevector <16 x float> %2253, <16 x float> poison, <16 x i32> zeroinitializer
  %2255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2254, <16 x float> %2137, <16 x float> %2247)
  %2256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2254, <16 x float> %2142, <16 x float> %2248)
  %2257 = getelementptr inbounds float, ptr %Rr, i64 %2042
  %2258 = load <16 x float>, ptr %2257, align 4
  %2259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2258, <16 x float> zeroinitializer)
  %2260 = or disjoint i64 %2042, 16
  %2261 = getelementptr inbounds float, ptr %Rr, i64 %2260
  %2262 = load <16 x float>, ptr %2261, align 4
  %2263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2256, <16 x float> %2262, <16 x float> %2259)
  %2264 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2265 = shufflevector <16 x float> %2263, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2266 = shufflevector <16 x float> %2263, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2267 = fadd <8 x float> %2265, %2266
  %2268 = shufflevector <8 x float> %2267, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2269 = shufflevector <8 x float> %2267, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2270 = fadd <4 x float> %2268, %2269
  %2271 = shufflevector <4 x float> %2270, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2272 = shufflevector <4 x float> %2270, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2273 = fadd <2 x float> %2271, %2272
  %2274 = load <4 x float>, ptr %2264, align 4
  %2275 = shufflevector <2 x float> %2273, <2 x float> %2218, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2276 = shufflevector <4 x float> %2275, <4 x float> %2172, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2277 = shufflevector <4 x float> %2276, <4 x float> %2132, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2278 = shufflevector <2 x float> %2273, <2 x float> %2218, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2279 = shufflevector <4 x float> %2278, <4 x float> %2171, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2280 = shufflevector <4 x float> %2279, <4 x float> %2131, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2281 = fadd <4 x float> %2277, %2280
  %2282 = fadd <4 x float> %2274, %2281
  store <4 x float> %2282, ptr %2264, align 4
  %2283 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2284 = load float, ptr %2283, align 4
  %2285 = insertelement <16 x float> poison, float %2284, i64 0
  %2286 = shufflevector <16 x float> %2285, <16 x float> poison, <16 x i32> zeroinitializer
  %2287 = fmul <16 x float> %2255, %2286
  store <16 x float> %2287, ptr %2044, align 4
  %2288 = fneg <16 x float> %2287
  %2289 = mul nuw nsw i64 %i01, 192
  %2290 = or disjoint i64 %2289, 32
  %2291 = getelementptr inbounds float, ptr %Ak, i64 %2290
  store <16 x float> %2288, ptr %2291, align 4
  %2292 = fmul <16 x float> %2256, %2286
  store <16 x float> %2292, ptr %2047, align 4
  %2293 = fneg <16 x float> %2292
  %2294 = or disjoint i64 %2289, 48
  %2295 = getelementptr inbounds float, ptr %Ak, i64 %2294
  store <16 x float> %2293, ptr %2295, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02575, 1
  %exitcond2871.not = icmp eq i64 %ib1.next, 16
  br i1 %exitcond2871.not, label %i32.body, label %ib1.body

i32.body:                                         ; preds = %j26.exit, %p10.exit
  %i32.addr.02593 = phi i64 [ %i32.next, %p10.exit ], [ 0, %j26.exit ]
  %2296 = shl nuw nsw i64 %i32.addr.02593, 6
  %2297 = or disjoint i64 %2296, 32
  %2298 = getelementptr inbounds float, ptr %work, i64 %2297
  %2299 = load <16 x float>, ptr %2298, align 4
  %2300 = or disjoint i64 %2296, 48
  %2301 = getelementptr inbounds float, ptr %work, i64 %2300
  %2302 = load <16 x float>, ptr %2301, align 4
  %2303 = or disjoint i64 %i32.addr.02593, 1
  %2304 = shl nuw nsw i64 %2303, 6
  %2305 = or disjoint i64 %2304, 32
  %2306 = getelementptr inbounds float, ptr %work, i64 %2305
  %2307 = load <16 x float>, ptr %2306, align 4
  %2308 = or disjoint i64 %2304, 48
  %2309 = getelementptr inbounds float, ptr %work, i64 %2308
  %2310 = load <16 x float>, ptr %2309, align 4
  %2311 = or disjoint i64 %i32.addr.02593, 2
  %2312 = shl nuw nsw i64 %2311, 6
  %2313 = or disjoint i64 %2312, 32
  %2314 = getelementptr inbounds float, ptr %work, i64 %2313
  %2315 = load <16 x float>, ptr %2314, align 4
  %2316 = or disjoint i64 %2312, 48
  %2317 = getelementptr inbounds float, ptr %work, i64 %2316
  %2318 = load <16 x float>, ptr %2317, align 4
  %2319 = or disjoint i64 %i32.addr.02593, 3
  %2320 = shl nuw nsw i64 %2319, 6
  %2321 = or disjoint i64 %2320, 32
  %2322 = getelementptr inbounds float, ptr %work, i64 %2321
  %2323 = load <16 x float>, ptr %2322, align 4
  %2324 = or disjoint i64 %2320, 48
  %2325 = getelementptr inbounds float, ptr %work, i64 %2324
  %2326 = load <16 x float>, ptr %2325, align 4
  %2327 = or disjoint i64 %i32.addr.02593, 4
  %2328 = shl nuw nsw i64 %2327, 6
  %2329 = or disjoint i64 %2328, 32
  %2330 = getelementptr inbounds float, ptr %work, i64 %2329
  %2331 = load <16 x float>, ptr %2330, align 4
  %2332 = or disjoint i64 %2328, 48
  %2333 = getelementptr inbounds float, ptr %work, i64 %2332
  %2334 = load <16 x float>, ptr %2333, align 4
  %2335 = or disjoint i64 %i32.addr.02593, 5
  %2336 = shl nuw nsw i64 %2335, 6
  %2337 = or disjoint i64 %2336, 32
  %2338 = getelementptr inbounds float, ptr %work, i64 %2337
  %2339 = load <16 x float>, ptr %2338, align 4
  %2340 = or disjoint i64 %2336, 48
  %2341 = getelementptr inbounds float, ptr %work, i64 %2340
  %2342 = load <16 x float>, ptr %2341, align 4
  %2343 = or disjoint i64 %i32.addr.02593, 6
  %2344 = shl nuw nsw i64 %2343, 6
  %2345 = or disjoint i64 %2344, 32
  %2346 = getelementptr inbounds float, ptr %work, i64 %2345
  %2347 = load <16 x float>, ptr %2346, align 4
  %2348 = or disjoint i64 %2344, 48
  %2349 = getelementptr inbounds float, ptr %work, i64 %2348
  %2350 = load <16 x float>, ptr %2349, align 4
  %2351 = or disjoint i64 %i32.addr.02593, 7
  %2352 = shl nuw nsw i64 %2351, 6
  %2353 = or disjoint i64 %2352, 32
  %2354 = getelementptr inbounds float, ptr %work, i64 %2353
  %2355 = load <16 x float>, ptr %2354, align 4
  %2356 = or disjoint i64 %2352, 48
  %2357 = getelementptr inbounds float, ptr %work, i64 %2356
  %2358 = load <16 x float>, ptr %2357, align 4
  br label %p10.body

p10.body:                                         ; preds = %i32.body, %p10.body
  %p10.addr.02592 = phi i64 [ 0, %i32.body ], [ %p10.next, %p10.body ]
  %acc135.02591 = phi <16 x float> [ %2358, %i32.body ], [ %2420, %p10.body ]
  %acc134.02590 = phi <16 x float> [ %2355, %i32.body ], [ %2419, %p10.body ]
  %acc133.02589 = phi <16 x float> [ %2350, %i32.body ], [ %2413, %p10.body ]
  %acc132.02588 = phi <16 x float> [ %2347, %i32.body ], [ %2412, %p10.body ]
  %acc131.02587 = phi <16 x float> [ %2342, %i32.body ], [ %2406, %p10.body ]
  %acc130.02586 = phi <16 x float> [ %2339, %i32.body ], [ %2405, %p10.body ]
  %acc129.02585 = phi <16 x float> [ %2334, %i32.body ], [ %2399, %p10.body ]
  %acc128.02584 = phi <16 x float> [ %2331, %i32.body ], [ %2398, %p10.body ]
  %acc127.02583 = phi <16 x float> [ %2326, %i32.body ], [ %2392, %p10.body ]
  %acc126.02582 = phi <16 x float> [ %2323, %i32.body ], [ %2391, %p10.body ]
  %acc125.02581 = phi <16 x float> [ %2318, %i32.body ], [ %2385, %p10.body ]
  %acc124.02580 = phi <16 x float> [ %2315, %i32.body ], [ %2384, %p10.body ]
  %acc123.02579 = phi <16 x float> [ %2310, %i32.body ], [ %2378, %p10.body ]
  %acc122.02578 = phi <16 x float> [ %2307, %i32.body ], [ %2377, %p10.body ]
  %acc121.02577 = phi <16 x float> [ %2302, %i32.body ], [ %2371, %p10.body ]
  %acc120.02576 = phi <16 x float> [ %2299, %i32.body ], [ %2370, %p10.body ]
  %2359 = shl nuw nsw i64 %p10.addr.02592, 5
  %2360 = getelementptr inbounds float, ptr %OY, i64 %2359
  %2361 = load <16 x float>, ptr %2360, align 4
  %2362 = or disjoint i64 %2359, 16
  %2363 = getelementptr inbounds float, ptr %OY, i64 %2362
  %2364 = load <16 x float>, ptr %2363, align 4
  %2365 = or disjoint i64 %2359, %i32.addr.02593
  %2366 = getelementptr inbounds float, ptr %QK, i64 %2365
  %2367 = load float, ptr %2366, align 4
  %2368 = insertelement <16 x float> poison, float %2367, i64 0
  %2369 = shufflevector <16 x float> %2368, <16 x float> poison, <16 x i32> zeroinitializer
  %2370 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2369, <16 x float> %2361, <16 x float> %acc120.02576)
  %2371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2369, <16 x float> %2364, <16 x float> %acc121.02577)
  %2372 = or disjoint i64 %2359, %2303
  %2373 = getelementptr inbounds float, ptr %QK, i64 %2372
  %2374 = load float, ptr %2373, align 4
  %2375 = insertelement <16 x float> poison, float %2374, i64 0
  %2376 = shufflevector <16 x float> %2375, <16 x float> poison, <16 x i32> zeroinitializer
  %2377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2376, <16 x float> %2361, <16 x float> %acc122.02578)
  %2378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2376, <16 x float> %2364, <16 x float> %acc123.02579)
  %2379 = or disjoint i64 %2359, %2311
  %2380 = getelementptr inbounds float, ptr %QK, i64 %2379
  %2381 = load float, ptr %2380, align 4
  %2382 = insertelement <16 x float> poison, float %2381, i64 0
  %2383 = shufflevector <16 x float> %2382, <16 x float> poison, <16 x i32> zeroinitializer
  %2384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2383, <16 x float> %2361, <16 x float> %acc124.02580)
  %2385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2383, <16 x float> %2364, <16 x float> %acc125.02581)
  %2386 = or disjoint i64 %2359, %2319
  %2387 = getelementptr inbounds float, ptr %QK, i64 %2386
  %2388 = load float, ptr %2387, align 4
  %2389 = insertelement <16 x float> poison, float %2388, i64 0
  %2390 = shufflevector <16 x float> %2389, <16 x float> poison, <16 x i32> zeroinitializer
  %2391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2390, <16 x float> %2361, <16 x float> %acc126.02582)
  %2392 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2390, <16 x float> %2364, <16 x float> %acc127.02583)
  %2393 = or disjoint i64 %2359, %2327
  %2394 = getelementptr inbounds float, ptr %QK, i64 %2393
  %2395 = load float, ptr %2394, align 4
  %2396 = insertelement <16 x float> poison, float %2395, i64 0
  %2397 = shufflevector <16 x float> %2396, <16 x float> poison, <16 x i32> zeroinitializer
  %2398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2397, <16 x float> %2361, <16 x float> %acc128.02584)
  %2399 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2397, <16 x float> %2364, <16 x float> %acc129.02585)
  %2400 = or disjoint i64 %2359, %2335
  %2401 = getelementptr inbounds float, ptr %QK, i64 %2400
  %2402 = load float, ptr %2401, align 4
  %2403 = insertelement <16 x float> poison, float %2402, i64 0
  %2404 = shufflevector <16 x float> %2403, <16 x float> poison, <16 x i32> zeroinitializer
  %2405 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2404, <16 x float> %2361, <16 x float> %acc130.02586)
  %2406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2404, <16 x float> %2364, <16 x float> %acc131.02587)
  %2407 = or disjoint i64 %2359, %2343
  %2408 = getelementptr inbounds float, ptr %QK, i64 %2407
  %2409 = load float, ptr %2408, align 4
  %2410 = insertelement <16 x float> poison, float %2409, i64 0
  %2411 = shufflevector <16 x float> %2410, <16 x float> poison, <16 x i32> zeroinitializer
  %2412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2411, <16 x float> %2361, <16 x float> %acc132.02588)
  %2413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2411, <16 x float> %2364, <16 x float> %acc133.02589)
  %2414 = or disjoint i64 %2359, %2351
  %2415 = getelementptr inbounds float, ptr %QK, i64 %2414
  %2416 = load float, ptr %2415, align 4
  %2417 = insertelement <16 x float> poison, float %2416, i64 0
  %2418 = shufflevector <16 x float> %2417, <16 x float> poison, <16 x i32> zeroinitializer
  %2419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2418, <16 x float> %2361, <16 x float> %acc134.02590)
  %2420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2418, <16 x float> %2364, <16 x float> %acc135.02591)
  %p10.next = add nuw nsw i64 %p10.addr.02592, 1
  %exitcond2872.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond2872.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2370, ptr %2298, align 4
  store <16 x float> %2371, ptr %2301, align 4
  store <16 x float> %2377, ptr %2306, align 4
  store <16 x float> %2378, ptr %2309, align 4
  store <16 x float> %2384, ptr %2314, align 4
  store <16 x float> %2385, ptr %2317, align 4
  store <16 x float> %2391, ptr %2322, align 4
  store <16 x float> %2392, ptr %2325, align 4
  store <16 x float> %2398, ptr %2330, align 4
  store <16 x float> %2399, ptr %2333, align 4
  store <16 x float> %2405, ptr %2338, align 4
  store <16 x float> %2406, ptr %2341, align 4
  store <16 x float> %2412, ptr %2346, align 4
  store <16 x float> %2413, ptr %2349, align 4
  store <16 x float> %2419, ptr %2354, align 4
  store <16 x float> %2420, ptr %2357, align 4
  %i32.next = add nuw nsw i64 %i32.addr.02593, 8
  %2421 = icmp ult i64 %i32.addr.02593, 24
  br i1 %2421, label %i32.body, label %i33.body

i33.head.loopexit:                                ; preds = %p11.exit
  %2422 = icmp ult i64 %i33.addr.02606, 56
  br i1 %2422, label %i33.body, label %j29.head.preheader

i33.body:                                         ; preds = %p10.exit, %i33.head.loopexit
  %i33.addr.02606 = phi i64 [ %2423, %i33.head.loopexit ], [ 0, %p10.exit ]
  %2423 = add nuw nsw i64 %i33.addr.02606, 8
  %2424 = shl nuw nsw i64 %i33.addr.02606, 5
  %2425 = mul nuw nsw i64 %i33.addr.02606, 192
  %2426 = or disjoint i64 %2425, 128
  %2427 = getelementptr inbounds float, ptr %Ak, i64 %2426
  %2428 = or disjoint i64 %2425, 320
  %2429 = getelementptr inbounds float, ptr %Ak, i64 %2428
  %.idx2373 = mul nuw nsw i64 %i33.addr.02606, 768
  %2430 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2373
  %2431 = getelementptr inbounds i8, ptr %2430, i64 2048
  %2432 = getelementptr inbounds i8, ptr %2430, i64 2816
  %2433 = getelementptr inbounds i8, ptr %2430, i64 3584
  %2434 = getelementptr inbounds i8, ptr %2430, i64 4352
  %2435 = getelementptr inbounds i8, ptr %2430, i64 5120
  %2436 = getelementptr inbounds i8, ptr %2430, i64 5888
  br label %p11.head.preheader

p11.head.preheader:                               ; preds = %i33.body, %p11.exit
  %j28.addr.02605 = phi i64 [ 0, %i33.body ], [ %j28.next, %p11.exit ]
  %invariant.gep2594 = getelementptr inbounds float, ptr %VnT, i64 %j28.addr.02605
  br label %p11.body

p11.body:                                         ; preds = %p11.head.preheader, %p11.body
  %p11.addr.02604 = phi i64 [ 0, %p11.head.preheader ], [ %p11.next, %p11.body ]
  %acc143.02603 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2486, %p11.body ]
  %acc142.02602 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2480, %p11.body ]
  %acc141.02601 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2474, %p11.body ]
  %acc140.02600 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2468, %p11.body ]
  %acc139.02599 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2462, %p11.body ]
  %acc138.02598 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2456, %p11.body ]
  %acc137.02597 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2450, %p11.body ]
  %acc136.02596 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %2444, %p11.body ]
  %.idx2379 = shl nuw nsw i64 %p11.addr.02604, 8
  %gep2595 = getelementptr inbounds i8, ptr %invariant.gep2594, i64 %.idx2379
  %2437 = load <16 x float>, ptr %gep2595, align 4
  %2438 = add nuw nsw i64 %p11.addr.02604, %2424
  %2439 = or disjoint i64 %2438, 2048
  %2440 = getelementptr inbounds float, ptr %OY, i64 %2439
  %2441 = load float, ptr %2440, align 4
  %2442 = insertelement <16 x float> poison, float %2441, i64 0
  %2443 = shufflevector <16 x float> %2442, <16 x float> poison, <16 x i32> zeroinitializer
  %2444 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2443, <16 x float> %2437, <16 x float> %acc136.02596)
  %2445 = or disjoint i64 %2438, 2080
  %2446 = getelementptr inbounds float, ptr %OY, i64 %2445
  %2447 = load float, ptr %2446, align 4
  %2448 = insertelement <16 x float> poison, float %2447, i64 0
  %2449 = shufflevector <16 x float> %2448, <16 x float> poison, <16 x i32> zeroinitializer
  %2450 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2449, <16 x float> %2437, <16 x float> %acc137.02597)
  %2451 = or disjoint i64 %2438, 2112
  %2452 = getelementptr inbounds float, ptr %OY, i64 %2451
  %2453 = load float, ptr %2452, align 4
  %2454 = insertelement <16 x float> poison, float %2453, i64 0
  %2455 = shufflevector <16 x float> %2454, <16 x float> poison, <16 x i32> zeroinitializer
  %2456 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2455, <16 x float> %2437, <16 x float> %acc138.02598)
  %2457 = or disjoint i64 %2438, 2144
  %2458 = getelementptr inbounds float, ptr %OY, i64 %2457
  %2459 = load float, ptr %2458, align 4
  %2460 = insertelement <16 x float> poison, float %2459, i64 0
  %2461 = shufflevector <16 x float> %2460, <16 x float> poison, <16 x i32> zeroinitializer
  %2462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2461, <16 x float> %2437, <16 x float> %acc139.02599)
  %2463 = or disjoint i64 %2438, 2176
  %2464 = getelementptr inbounds float, ptr %OY, i64 %2463
  %2465 = load float, ptr %2464, align 4
  %2466 = insertelement <16 x float> poison, float %2465, i64 0
  %2467 = shufflevector <16 x float> %2466, <16 x float> poison, <16 x i32> zeroinitializer
  %2468 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2467, <16 x float> %2437, <16 x float> %acc140.02600)
  %2469 = or disjoint i64 %2438, 2208
  %2470 = getelementptr inbounds float, ptr %OY, i64 %2469
  %2471 = load float, ptr %2470, align 4
  %2472 = insertelement <16 x float> poison, float %2471, i64 0
  %2473 = shufflevector <16 x float> %2472, <16 x float> poison, <16 x i32> zeroinitializer
  %2474 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2473, <16 x float> %2437, <16 x float> %acc141.02601)
  %2475 = or disjoint i64 %2438, 2240
  %2476 = getelementptr inbounds float, ptr %OY, i64 %2475
  %2477 = load float, ptr %2476, align 4
  %2478 = insertelement <16 x float> poison, float %2477, i64 0
  %2479 = shufflevector <16 x float> %2478, <16 x float> poison, <16 x i32> zeroinitializer
  %2480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2437, <16 x float> %acc142.02602)
  %2481 = or disjoint i64 %2438, 2272
  %2482 = getelementptr inbounds float, ptr %OY, i64 %2481
  %2483 = load float, ptr %2482, align 4
  %2484 = insertelement <16 x float> poison, float %2483, i64 0
  %2485 = shufflevector <16 x float> %2484, <16 x float> poison, <16 x i32> zeroinitializer
  %2486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2485, <16 x float> %2437, <16 x float> %acc143.02603)
  %p11.next = add nuw nsw i64 %p11.addr.02604, 1
  %exitcond2873.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond2873.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %2487 = getelementptr inbounds float, ptr %2427, i64 %j28.addr.02605
  store <16 x float> %2444, ptr %2487, align 4
  %2488 = getelementptr inbounds float, ptr %2429, i64 %j28.addr.02605
  store <16 x float> %2450, ptr %2488, align 4
  %2489 = getelementptr inbounds float, ptr %2431, i64 %j28.addr.02605
  store <16 x float> %2456, ptr %2489, align 4
  %2490 = getelementptr inbounds float, ptr %2432, i64 %j28.addr.02605
  store <16 x float> %2462, ptr %2490, align 4
  %2491 = getelementptr inbounds float, ptr %2433, i64 %j28.addr.02605
  store <16 x float> %2468, ptr %2491, align 4
  %2492 = getelementptr inbounds float, ptr %2434, i64 %j28.addr.02605
  store <16 x float> %2474, ptr %2492, align 4
  %2493 = getelementptr inbounds float, ptr %2435, i64 %j28.addr.02605
  store <16 x float> %2480, ptr %2493, align 4
  %2494 = getelementptr inbounds float, ptr %2436, i64 %j28.addr.02605
  store <16 x float> %2486, ptr %2494, align 4
  %j28.next = add nuw nsw i64 %j28.addr.02605, 16
  %2495 = icmp ult i64 %j28.next, %2423
  br i1 %2495, label %p11.head.preheader, label %i33.head.loopexit

j29.head.preheader:                               ; preds = %i33.head.loopexit, %j29.exit
  %t4.addr.02610 = phi i64 [ %t4.next, %j29.exit ], [ 0, %i33.head.loopexit ]
  %.not2669 = icmp eq i64 %t4.addr.02610, 0
  br i1 %.not2669, label %j29.exit, label %j29.body.lr.ph

j29.body.lr.ph:                                   ; preds = %j29.head.preheader
  %.idx2372 = mul nuw nsw i64 %t4.addr.02610, 768
  %gep2608 = getelementptr inbounds i8, ptr %invariant.gep2607, i64 %.idx2372
  %invariant.gep3082 = getelementptr inbounds float, ptr %invariant.gep3080, i64 %t4.addr.02610
  %xtraiter3426 = and i64 %t4.addr.02610, 7
  %2496 = icmp ult i64 %t4.addr.02610, 8
  br i1 %2496, label %j29.exit.loopexit.unr-lcssa, label %j29.body.lr.ph.new

j29.body.lr.ph.new:                               ; preds = %j29.body.lr.ph
  %unroll_iter3428 = and i64 %t4.addr.02610, 9223372036854775800
  br label %j29.body

j29.body:                                         ; preds = %j29.body, %j29.body.lr.ph.new
  %j29.addr.02609 = phi i64 [ 0, %j29.body.lr.ph.new ], [ %j29.next.7, %j29.body ]
  %niter3429 = phi i64 [ 0, %j29.body.lr.ph.new ], [ %niter3429.next.7, %j29.body ]
  %2497 = getelementptr inbounds float, ptr %gep2608, i64 %j29.addr.02609
  %2498 = load float, ptr %2497, align 4
  %2499 = fneg float %2498
  store float %2499, ptr %2497, align 4
  %.idx2670 = mul nuw nsw i64 %j29.addr.02609, 768
  %gep3083 = getelementptr inbounds i8, ptr %invariant.gep3082, i64 %.idx2670
  store float %2499, ptr %gep3083, align 4
  %j29.next = or disjoint i64 %j29.addr.02609, 1
  %2500 = getelementptr inbounds float, ptr %gep2608, i64 %j29.next
  %2501 = load float, ptr %2500, align 4
  %2502 = fneg float %2501
  store float %2502, ptr %2500, align 4
  %.idx2670.1 = mul nuw nsw i64 %j29.next, 768
  %gep3083.1 = getelementptr inbounds i8, ptr %invariant.gep3082, i64 %.idx2670.1
  store float %2502, ptr %gep3083.1, align 4
  %j29.next.1 = or disjoint i64 %j29.addr.02609, 2
  %2503 = getelementptr inbounds float, ptr %gep2608, i64 %j29.next.1
  %2504 = load float, ptr %2503, align 4
  %2505 = fneg float %2504
  store float %2505, ptr %2503, align 4
  %.idx2670.2 = mul nuw nsw i64 %j29.next.1, 768
  %gep3083.2 = getelementptr inbounds i8, ptr %invariant.gep3082, i64 %.idx2670.2
  store float %2505, ptr %gep3083.2, align 4
  %j29.next.2 = or disjoint i64 %j29.addr.02609, 3
  %2506 = getelementptr inbounds float, ptr %gep2608, i64 %j29.next.2
  %2507 = load float, ptr %2506, align 4
  %2508 = fneg float %2507
  store float %2508, ptr %2506, align 4
  %.idx2670.3 = mul nuw nsw i64 %j29.next.2, 768
  %gep3083.3 = getelementptr inbounds i8, ptr %invariant.gep3082, i64 %.idx2670.3
  store float %2508, ptr %gep3083.3, align 4
  %j29.next.3 = or disjoint i64 %j29.addr.02609, 4
  %2509 = getelementptr inbounds float, ptr %gep2608, i64 %j29.next.3
  %2510 = load float, ptr %2509, align 4
  %2511 = fneg float %2510
  store float %2511, ptr %2509, align 4
  %.idx2670.4 = mul nuw nsw i64 %j29.next.3, 768
  %gep3083.4 = getelementptr inbounds i8, ptr %invariant.gep3082, i64 %.idx2670.4
  store float %2511, ptr %gep3083.4, align 4
  %j29.next.4 = or disjoint i64 %j29.addr.02609, 5
  %2512 = getelementptr inbounds float, ptr %gep2608, i64 %j29.next.4
  %2513 = load float, ptr %2512, align 4
  %2514 = fneg float %2513
  store float %2514, ptr %2512, align 4
  %.idx2670.5 = mul nuw nsw i64 %j29.next.4, 768
  %gep3083.5 = getelementptr inbounds i8, ptr %invariant.gep3082, i64 %.idx2670.5
  store float %2514, ptr %gep3083.5, align 4
  %j29.next.5 = or disjoint i64 %j29.addr.02609, 6
  %2515 = getelementptr inbounds float, ptr %gep2608, i64 %j29.next.5
  %2516 = load float, ptr %2515, align 4
  %2517 = fneg float %2516
  store float %2517, ptr %2515, align 4
  %.idx2670.6 = mul nuw nsw i64 %j29.next.5, 768
  %gep3083.6 = getelementptr inbounds i8, ptr %invariant.gep3082, i64 %.idx2670.6
  store float %2517, ptr %gep3083.6, align 4
  %j29.next.6 = or disjoint i64 %j29.addr.02609, 7
  %2518 = getelementptr inbounds float, ptr %gep2608, i64 %j29.next.6
  %2519 = load float, ptr %2518, align 4
  %2520 = fneg float %2519
  store float %2520, ptr %2518, align 4
  %.idx2670.7 = mul nuw nsw i64 %j29.next.6, 768
  %gep3083.7 = getelementptr inbounds i8, ptr %invariant.gep3082, i64 %.idx2670.7
  store float %2520, ptr %gep3083.7, align 4
  %j29.next.7 = add nuw nsw i64 %j29.addr.02609, 8
  %niter3429.next.7 = add i64 %niter3429, 8
  %niter3429.ncmp.7 = icmp eq i64 %niter3429.next.7, %unroll_iter3428
  br i1 %niter3429.ncmp.7, label %j29.exit.loopexit.unr-lcssa, label %j29.body

j29.exit.loopexit.unr-lcssa:                      ; preds = %j29.body, %j29.body.lr.ph
  %j29.addr.02609.unr = phi i64 [ 0, %j29.body.lr.ph ], [ %j29.next.7, %j29.body ]
  %lcmp.mod3427.not = icmp eq i64 %xtraiter3426, 0
  br i1 %lcmp.mod3427.not, label %j29.exit, label %j29.body.epil

j29.body.epil:                                    ; preds = %j29.exit.loopexit.unr-lcssa, %j29.body.epil
  %j29.addr.02609.epil = phi i64 [ %j29.next.epil, %j29.body.epil ], [ %j29.addr.02609.unr, %j29.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j29.body.epil ], [ 0, %j29.exit.loopexit.unr-lcssa ]
  %2521 = getelementptr inbounds float, ptr %gep2608, i64 %j29.addr.02609.epil
  %2522 = load float, ptr %2521, align 4
  %2523 = fneg float %2522
  store float %2523, ptr %2521, align 4
  %.idx2670.epil = mul nuw nsw i64 %j29.addr.02609.epil, 768
  %gep3083.epil = getelementptr inbounds i8, ptr %invariant.gep3082, i64 %.idx2670.epil
  store float %2523, ptr %gep3083.epil, align 4
  %j29.next.epil = add nuw nsw i64 %j29.addr.02609.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3426
  br i1 %epil.iter.cmp.not, label %j29.exit, label %j29.body.epil, !llvm.loop !0

j29.exit:                                         ; preds = %j29.exit.loopexit.unr-lcssa, %j29.body.epil, %j29.head.preheader
  %.idx2671.pre-phi = phi i64 [ 0, %j29.head.preheader ], [ %.idx2372, %j29.body.epil ], [ %.idx2372, %j29.exit.loopexit.unr-lcssa ]
  %gep3085 = getelementptr i8, ptr %invariant.gep3084, i64 %.idx2671.pre-phi
  %2524 = getelementptr inbounds float, ptr %gep3085, i64 %t4.addr.02610
  store float 0.000000e+00, ptr %2524, align 4
  %t4.next = add nuw nsw i64 %t4.addr.02610, 1
  %exitcond2875.not = icmp eq i64 %t4.next, 64
  br i1 %exitcond2875.not, label %p12.head.preheader, label %j29.head.preheader

t5.head.preheader:                                ; preds = %p12.exit
  %2525 = icmp sgt i64 %41, 0
  br i1 %2525, label %j31.head.preheader.preheader, label %t5.exit

j31.head.preheader.preheader:                     ; preds = %t5.head.preheader
  %xtraiter3432 = and i64 %smax3431, 1
  %2526 = icmp slt i64 %indvars.iv2881, 2
  br i1 %2526, label %t5.exit.loopexit.unr-lcssa, label %j31.head.preheader.preheader.new

j31.head.preheader.preheader.new:                 ; preds = %j31.head.preheader.preheader
  %unroll_iter3435 = and i64 %smax3431, 126
  br label %j31.head.preheader

p12.head.preheader:                               ; preds = %j29.exit, %p12.exit
  %i34.addr.02628 = phi i64 [ %i34.next, %p12.exit ], [ 0, %j29.exit ]
  %2527 = mul nuw nsw i64 %i34.addr.02628, 192
  %2528 = or disjoint i64 %2527, 192
  %2529 = getelementptr inbounds float, ptr %Ak, i64 %2528
  %2530 = or disjoint i64 %2527, 384
  %2531 = getelementptr inbounds float, ptr %Ak, i64 %2530
  %.idx = mul nuw nsw i64 %i34.addr.02628, 768
  %2532 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %2533 = getelementptr inbounds i8, ptr %2532, i64 2304
  %2534 = getelementptr inbounds i8, ptr %2532, i64 3840
  %2535 = getelementptr inbounds i8, ptr %2532, i64 4608
  %2536 = getelementptr inbounds i8, ptr %2532, i64 5376
  %gep3091 = getelementptr inbounds float, ptr %invariant.gep3090, i64 %2527
  br label %p12.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02627 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc159.02626 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2590, %p12.body ]
  %acc158.02625 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2589, %p12.body ]
  %acc157.02624 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2584, %p12.body ]
  %acc156.02623 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2583, %p12.body ]
  %acc155.02622 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2578, %p12.body ]
  %acc154.02621 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2577, %p12.body ]
  %acc153.02620 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2572, %p12.body ]
  %acc152.02619 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2571, %p12.body ]
  %acc151.02618 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2567, %p12.body ]
  %acc150.02617 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2566, %p12.body ]
  %acc149.02616 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2561, %p12.body ]
  %acc148.02615 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2560, %p12.body ]
  %acc147.02614 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2555, %p12.body ]
  %acc146.02613 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2554, %p12.body ]
  %acc145.02612 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2549, %p12.body ]
  %acc144.02611 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2548, %p12.body ]
  %2537 = shl nuw nsw i64 %p12.addr.02627, 5
  %2538 = getelementptr inbounds float, ptr %Bk, i64 %2537
  %2539 = load <16 x float>, ptr %2538, align 4
  %2540 = or disjoint i64 %2537, 16
  %2541 = getelementptr inbounds float, ptr %Bk, i64 %2540
  %2542 = load <16 x float>, ptr %2541, align 4
  %2543 = or disjoint i64 %p12.addr.02627, %2527
  %2544 = getelementptr inbounds float, ptr %Ak, i64 %2543
  %2545 = load float, ptr %2544, align 4
  %2546 = insertelement <16 x float> poison, float %2545, i64 0
  %2547 = shufflevector <16 x float> %2546, <16 x float> poison, <16 x i32> zeroinitializer
  %2548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2547, <16 x float> %2539, <16 x float> %acc144.02611)
  %2549 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2547, <16 x float> %2542, <16 x float> %acc145.02612)
  %2550 = getelementptr inbounds float, ptr %2529, i64 %p12.addr.02627
  %2551 = load float, ptr %2550, align 4
  %2552 = insertelement <16 x float> poison, float %2551, i64 0
  %2553 = shufflevector <16 x float> %2552, <16 x float> poison, <16 x i32> zeroinitializer
  %2554 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2553, <16 x float> %2539, <16 x float> %acc146.02613)
  %2555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2553, <16 x float> %2542, <16 x float> %acc147.02614)
  %2556 = getelementptr inbounds float, ptr %2531, i64 %p12.addr.02627
  %2557 = load float, ptr %2556, align 4
  %2558 = insertelement <16 x float> poison, float %2557, i64 0
  %2559 = shufflevector <16 x float> %2558, <16 x float> poison, <16 x i32> zeroinitializer
  %2560 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2559, <16 x float> %2539, <16 x float> %acc148.02615)
  %2561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2559, <16 x float> %2542, <16 x float> %acc149.02616)
  %2562 = getelementptr inbounds float, ptr %2533, i64 %p12.addr.02627
  %2563 = load float, ptr %2562, align 4
  %2564 = insertelement <16 x float> poison, float %2563, i64 0
  %2565 = shufflevector <16 x float> %2564, <16 x float> poison, <16 x i32> zeroinitializer
  %2566 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2565, <16 x float> %2539, <16 x float> %acc150.02617)
  %2567 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2565, <16 x float> %2542, <16 x float> %acc151.02618)
  %gep3089 = getelementptr inbounds float, ptr %gep3091, i64 %p12.addr.02627
  %2568 = load float, ptr %gep3089, align 4
  %2569 = insertelement <16 x float> poison, float %2568, i64 0
  %2570 = shufflevector <16 x float> %2569, <16 x float> poison, <16 x i32> zeroinitializer
  %2571 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2570, <16 x float> %2539, <16 x float> %acc152.02619)
  %2572 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2570, <16 x float> %2542, <16 x float> %acc153.02620)
  %2573 = getelementptr inbounds float, ptr %2534, i64 %p12.addr.02627
  %2574 = load float, ptr %2573, align 4
  %2575 = insertelement <16 x float> poison, float %2574, i64 0
  %2576 = shufflevector <16 x float> %2575, <16 x float> poison, <16 x i32> zeroinitializer
  %2577 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2576, <16 x float> %2539, <16 x float> %acc154.02621)
  %2578 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2576, <16 x float> %2542, <16 x float> %acc155.02622)
  %2579 = getelementptr inbounds float, ptr %2535, i64 %p12.addr.02627
  %2580 = load float, ptr %2579, align 4
  %2581 = insertelement <16 x float> poison, float %2580, i64 0
  %2582 = shufflevector <16 x float> %2581, <16 x float> poison, <16 x i32> zeroinitializer
  %2583 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2582, <16 x float> %2539, <16 x float> %acc156.02623)
  %2584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2582, <16 x float> %2542, <16 x float> %acc157.02624)
  %2585 = getelementptr inbounds float, ptr %2536, i64 %p12.addr.02627
  %2586 = load float, ptr %2585, align 4
  %2587 = insertelement <16 x float> poison, float %2586, i64 0
  %2588 = shufflevector <16 x float> %2587, <16 x float> poison, <16 x i32> zeroinitializer
  %2589 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2588, <16 x float> %2539, <16 x float> %acc158.02625)
  %2590 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2588, <16 x float> %2542, <16 x float> %acc159.02626)
  %p12.next = add nuw nsw i64 %p12.addr.02627, 1
  %exitcond2876.not = icmp eq i64 %p12.next, 192
  br i1 %exitcond2876.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2591 = shl nuw nsw i64 %i34.addr.02628, 5
  %2592 = getelementptr inbounds float, ptr %dKc, i64 %2591
  store <16 x float> %2548, ptr %2592, align 4
  %2593 = or disjoint i64 %2591, 16
  %2594 = getelementptr inbounds float, ptr %dKc, i64 %2593
  store <16 x float> %2549, ptr %2594, align 4
  %2595 = or disjoint i64 %2591, 32
  %2596 = getelementptr inbounds float, ptr %dKc, i64 %2595
  store <16 x float> %2554, ptr %2596, align 4
  %2597 = or disjoint i64 %2591, 48
  %2598 = getelementptr inbounds float, ptr %dKc, i64 %2597
  store <16 x float> %2555, ptr %2598, align 4
  %2599 = or disjoint i64 %2591, 64
  %2600 = getelementptr inbounds float, ptr %dKc, i64 %2599
  store <16 x float> %2560, ptr %2600, align 4
  %2601 = or disjoint i64 %2591, 80
  %2602 = getelementptr inbounds float, ptr %dKc, i64 %2601
  store <16 x float> %2561, ptr %2602, align 4
  %2603 = or disjoint i64 %2591, 96
  %2604 = getelementptr inbounds float, ptr %dKc, i64 %2603
  store <16 x float> %2566, ptr %2604, align 4
  %2605 = or disjoint i64 %2591, 112
  %2606 = getelementptr inbounds float, ptr %dKc, i64 %2605
  store <16 x float> %2567, ptr %2606, align 4
  %2607 = or disjoint i64 %2591, 128
  %2608 = getelementptr inbounds float, ptr %dKc, i64 %2607
  store <16 x float> %2571, ptr %2608, align 4
  %2609 = or disjoint i64 %2591, 144
  %2610 = getelementptr inbounds float, ptr %dKc, i64 %2609
  store <16 x float> %2572, ptr %2610, align 4
  %2611 = or disjoint i64 %2591, 160
  %2612 = getelementptr inbounds float, ptr %dKc, i64 %2611
  store <16 x float> %2577, ptr %2612, align 4
  %2613 = or disjoint i64 %2591, 176
  %2614 = getelementptr inbounds float, ptr %dKc, i64 %2613
  store <16 x float> %2578, ptr %2614, align 4
  %2615 = or disjoint i64 %2591, 192
  %2616 = getelementptr inbounds float, ptr %dKc, i64 %2615
  store <16 x float> %2583, ptr %2616, align 4
  %2617 = or disjoint i64 %2591, 208
  %2618 = getelementptr inbounds float, ptr %dKc, i64 %2617
  store <16 x float> %2584, ptr %2618, align 4
  %2619 = or disjoint i64 %2591, 224
  %2620 = getelementptr inbounds float, ptr %dKc, i64 %2619
  store <16 x float> %2589, ptr %2620, align 4
  %2621 = or disjoint i64 %2591, 240
  %2622 = getelementptr inbounds float, ptr %dKc, i64 %2621
  store <16 x float> %2590, ptr %2622, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02628, 8
  %2623 = icmp ult i64 %i34.addr.02628, 56
  br i1 %2623, label %p12.head.preheader, label %t5.head.preheader

j31.head.preheader:                               ; preds = %j31.head.preheader, %j31.head.preheader.preheader.new
  %t5.addr.02632 = phi i64 [ 0, %j31.head.preheader.preheader.new ], [ %t5.next.1, %j31.head.preheader ]
  %niter3436 = phi i64 [ 0, %j31.head.preheader.preheader.new ], [ %niter3436.next.1, %j31.head.preheader ]
  %2624 = mul i64 %13, %t5.addr.02632
  %2625 = add i64 %37, %2624
  %scevgep2879 = getelementptr i8, ptr %dv, i64 %2625
  %2626 = shl nsw i64 %t5.addr.02632, 7
  %gep3093 = getelementptr i8, ptr %invariant.gep3092, i64 %2626
  %scevgep2877 = getelementptr i8, ptr %dk, i64 %2625
  %gep3095 = getelementptr i8, ptr %invariant.gep3094, i64 %2626
  %2627 = add nsw i64 %t5.addr.02632, %t0
  %2628 = mul nsw i64 %2627, %sq
  %2629 = getelementptr inbounds i8, ptr %dQc, i64 %2626
  %2630 = load <16 x float>, ptr %2629, align 4
  %2631 = fmul <16 x float> %2630, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2632 = getelementptr float, ptr %qh1, i64 %2628
  store <16 x float> %2631, ptr %2632, align 4
  %2633 = getelementptr inbounds i8, ptr %22, i64 %2626
  %2634 = load <16 x float>, ptr %2633, align 4
  %2635 = fmul <16 x float> %2634, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2636 = getelementptr float, ptr %35, i64 %2628
  store <16 x float> %2635, ptr %2636, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2877, ptr noundef nonnull align 4 dereferenceable(128) %gep3095, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2879, ptr noundef nonnull align 4 dereferenceable(128) %gep3093, i64 128, i1 false)
  %2637 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02632
  %2638 = load float, ptr %2637, align 4
  %2639 = mul nsw i64 %2627, %H
  %2640 = getelementptr inbounds float, ptr %betah1, i64 %2639
  store float %2638, ptr %2640, align 4
  %t5.next = or disjoint i64 %t5.addr.02632, 1
  %2641 = mul i64 %13, %t5.next
  %2642 = add i64 %37, %2641
  %scevgep2879.1 = getelementptr i8, ptr %dv, i64 %2642
  %2643 = shl nsw i64 %t5.next, 7
  %gep3093.1 = getelementptr i8, ptr %invariant.gep3092, i64 %2643
  %scevgep2877.1 = getelementptr i8, ptr %dk, i64 %2642
  %gep3095.1 = getelementptr i8, ptr %invariant.gep3094, i64 %2643
  %2644 = add nsw i64 %t5.next, %t0
  %2645 = mul nsw i64 %2644, %sq
  %2646 = getelementptr inbounds i8, ptr %dQc, i64 %2643
  %2647 = load <16 x float>, ptr %2646, align 4
  %2648 = fmul <16 x float> %2647, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2649 = getelementptr float, ptr %qh1, i64 %2645
  store <16 x float> %2648, ptr %2649, align 4
  %2650 = getelementptr inbounds i8, ptr %22, i64 %2643
  %2651 = load <16 x float>, ptr %2650, align 4
  %2652 = fmul <16 x float> %2651, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2653 = getelementptr float, ptr %35, i64 %2645
  store <16 x float> %2652, ptr %2653, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2877.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3095.1, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2879.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3093.1, i64 128, i1 false)
  %2654 = getelementptr inbounds float, ptr %dbet, i64 %t5.next
  %2655 = load float, ptr %2654, align 4
  %2656 = mul nsw i64 %2644, %H
  %2657 = getelementptr inbounds float, ptr %betah1, i64 %2656
  store float %2655, ptr %2657, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.02632, 2
  %niter3436.next.1 = add i64 %niter3436, 2
  %niter3436.ncmp.1 = icmp eq i64 %niter3436.next.1, %unroll_iter3435
  br i1 %niter3436.ncmp.1, label %t5.exit.loopexit.unr-lcssa, label %j31.head.preheader

t5.exit.loopexit.unr-lcssa:                       ; preds = %j31.head.preheader, %j31.head.preheader.preheader
  %t5.addr.02632.unr = phi i64 [ 0, %j31.head.preheader.preheader ], [ %t5.next.1, %j31.head.preheader ]
  %lcmp.mod3434.not = icmp eq i64 %xtraiter3432, 0
  br i1 %lcmp.mod3434.not, label %t5.exit, label %j31.head.preheader.epil

j31.head.preheader.epil:                          ; preds = %t5.exit.loopexit.unr-lcssa
  %2658 = mul i64 %13, %t5.addr.02632.unr
  %2659 = add i64 %37, %2658
  %scevgep2879.epil = getelementptr i8, ptr %dv, i64 %2659
  %2660 = shl nsw i64 %t5.addr.02632.unr, 7
  %gep3093.epil = getelementptr i8, ptr %invariant.gep3092, i64 %2660
  %scevgep2877.epil = getelementptr i8, ptr %dk, i64 %2659
  %gep3095.epil = getelementptr i8, ptr %invariant.gep3094, i64 %2660
  %2661 = add nsw i64 %t5.addr.02632.unr, %t0
  %2662 = mul nsw i64 %2661, %sq
  %2663 = getelementptr inbounds i8, ptr %dQc, i64 %2660
  %2664 = load <16 x float>, ptr %2663, align 4
  %2665 = fmul <16 x float> %2664, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2666 = getelementptr float, ptr %qh1, i64 %2662
  store <16 x float> %2665, ptr %2666, align 4
  %2667 = getelementptr inbounds i8, ptr %22, i64 %2660
  %2668 = load <16 x float>, ptr %2667, align 4
  %2669 = fmul <16 x float> %2668, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2670 = getelementptr float, ptr %35, i64 %2662
  store <16 x float> %2669, ptr %2670, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2877.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3095.epil, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2879.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3093.epil, i64 128, i1 false)
  %2671 = getelementptr inbounds float, ptr %dbet, i64 %t5.addr.02632.unr
  %2672 = load float, ptr %2671, align 4
  %2673 = mul nsw i64 %2661, %H
  %2674 = getelementptr inbounds float, ptr %betah1, i64 %2673
  store float %2672, ptr %2674, align 4
  br label %t5.exit

t5.exit:                                          ; preds = %j31.head.preheader.epil, %t5.exit.loopexit.unr-lcssa, %t5.head.preheader
  %cc.next = add nuw nsw i64 %cc.addr.02633, 1
  %indvars.iv.next2882 = add i64 %indvars.iv2881, 64
  %exitcond2885.not = icmp eq i64 %cc.next, %smax2884
  br i1 %exitcond2885.not, label %j34.head.preheader, label %cc.body

j34.head.preheader:                               ; preds = %bh.body, %t5.exit
  %2675 = getelementptr i8, ptr %dh0, i64 %24
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %2675, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887, i64 128, i1 false)
  %scevgep2886.1 = getelementptr i8, ptr %2675, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.1, i64 128, i1 false)
  %scevgep2886.2 = getelementptr i8, ptr %2675, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.2, i64 128, i1 false)
  %scevgep2886.3 = getelementptr i8, ptr %2675, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.3, i64 128, i1 false)
  %scevgep2886.4 = getelementptr i8, ptr %2675, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.4, i64 128, i1 false)
  %scevgep2886.5 = getelementptr i8, ptr %2675, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.5, i64 128, i1 false)
  %scevgep2886.6 = getelementptr i8, ptr %2675, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.6, i64 128, i1 false)
  %scevgep2886.7 = getelementptr i8, ptr %2675, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.7, i64 128, i1 false)
  %scevgep2886.8 = getelementptr i8, ptr %2675, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.8, i64 128, i1 false)
  %scevgep2886.9 = getelementptr i8, ptr %2675, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.9, i64 128, i1 false)
  %scevgep2886.10 = getelementptr i8, ptr %2675, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.10, i64 128, i1 false)
  %scevgep2886.11 = getelementptr i8, ptr %2675, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.11, i64 128, i1 false)
  %scevgep2886.12 = getelementptr i8, ptr %2675, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.12, i64 128, i1 false)
  %scevgep2886.13 = getelementptr i8, ptr %2675, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.13, i64 128, i1 false)
  %scevgep2886.14 = getelementptr i8, ptr %2675, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.14, i64 128, i1 false)
  %scevgep2886.15 = getelementptr i8, ptr %2675, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.15, i64 128, i1 false)
  %scevgep2886.16 = getelementptr i8, ptr %2675, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.16, i64 128, i1 false)
  %scevgep2886.17 = getelementptr i8, ptr %2675, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.17, i64 128, i1 false)
  %scevgep2886.18 = getelementptr i8, ptr %2675, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.18, i64 128, i1 false)
  %scevgep2886.19 = getelementptr i8, ptr %2675, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.19, i64 128, i1 false)
  %scevgep2886.20 = getelementptr i8, ptr %2675, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.20, i64 128, i1 false)
  %scevgep2886.21 = getelementptr i8, ptr %2675, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.21, i64 128, i1 false)
  %scevgep2886.22 = getelementptr i8, ptr %2675, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.22, i64 128, i1 false)
  %scevgep2886.23 = getelementptr i8, ptr %2675, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.23, i64 128, i1 false)
  %scevgep2886.24 = getelementptr i8, ptr %2675, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.24, i64 128, i1 false)
  %scevgep2886.25 = getelementptr i8, ptr %2675, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.25, i64 128, i1 false)
  %scevgep2886.26 = getelementptr i8, ptr %2675, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.26, i64 128, i1 false)
  %scevgep2886.27 = getelementptr i8, ptr %2675, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.27, i64 128, i1 false)
  %scevgep2886.28 = getelementptr i8, ptr %2675, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.28, i64 128, i1 false)
  %scevgep2886.29 = getelementptr i8, ptr %2675, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.29, i64 128, i1 false)
  %scevgep2886.30 = getelementptr i8, ptr %2675, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.30, i64 128, i1 false)
  %scevgep2886.31 = getelementptr i8, ptr %2675, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2886.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2887.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02636, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2889.not = icmp eq i64 %indvar.next, %16
  br i1 %exitcond2889.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1}
!1 = !{!"llvm.loop.unroll.disable"}
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
