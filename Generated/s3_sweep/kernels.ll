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
define void @dp_bwd_h1_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, %T
  %R = getelementptr inbounds i8, ptr %work, i64 274432
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %dS = getelementptr i8, ptr %work, i64 4096
  %dSk = getelementptr i8, ptr %work, i64 282624
  %dSkPrev = getelementptr i8, ptr %work, i64 282752
  %dkTmp = getelementptr i8, ptr %work, i64 282880
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = getelementptr inbounds i8, ptr %work, i64 274496
  %5 = getelementptr inbounds i8, ptr %work, i64 282816
  %6 = getelementptr inbounds i8, ptr %work, i64 282688
  %7 = add nsw i64 %bh0, 1
  %8 = mul i64 %nc, %7
  %9 = shl i64 %8, 12
  %10 = add i64 %9, -4096
  %11 = shl i64 %nc, 12
  %12 = shl nsw i64 %nc, 6
  %13 = add i64 %12, 144115188075855808
  %14 = mul i64 %13, %H
  %15 = mul i64 %H, -8192
  %16 = shl i64 %H, 7
  %17 = add i64 %T, 64
  %18 = sub i64 %17, %12
  %smax220 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %19 = sub i64 %bh1, %bh0
  %20 = getelementptr i8, ptr %work, i64 282944
  %21 = getelementptr i8, ptr %work, i64 274496
  %22 = getelementptr i8, ptr %work, i64 282816
  %23 = getelementptr i8, ptr %work, i64 282944
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i16.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i16.head.preheader ]
  %bh.addr.0193 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i16.head.preheader ]
  %24 = add i64 %indvar, %bh0
  %25 = shl i64 %24, 12
  %scevgep224 = getelementptr i8, ptr %dh0, i64 %25
  %26 = mul i64 %11, %indvar
  %27 = add i64 %10, %26
  %scevgep206 = getelementptr i8, ptr %dhT, i64 %25
  %b = sdiv i64 %bh.addr.0193, %H
  %h = srem i64 %bh.addr.0193, %H
  %28 = mul i64 %1, %b
  %bT = add i64 %28, %h
  %29 = shl nsw i64 %bT, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %29
  %betah = getelementptr inbounds float, ptr %beta, i64 %bT
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %29
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bT
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep206, i64 4096, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %29
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %29
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %29
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %29
  %oh = getelementptr inbounds float, ptr %dout, i64 %29
  br i1 %3, label %cc.body.lr.ph, label %i16.head.preheader

bh.exit:                                          ; preds = %i16.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %30 = add i64 %14, %bT
  %31 = shl i64 %30, 7
  %32 = getelementptr i8, ptr %dq, i64 %31
  %33 = getelementptr i8, ptr %kh1, i64 64
  %34 = getelementptr i8, ptr %vh1, i64 64
  br label %cc.body

i16.head.preheader:                               ; preds = %j9.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep224, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0193, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond225.not = icmp eq i64 %indvar.next, %19
  br i1 %exitcond225.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j9.body.preheader
  %indvars.iv = phi i64 [ %18, %cc.body.lr.ph ], [ %indvars.iv.next, %j9.body.preheader ]
  %cc.addr.0190 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j9.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin216 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax217 = tail call i64 @llvm.smax.i64(i64 %smin216, i64 1)
  %smax212 = tail call i64 @llvm.smax.i64(i64 %smin216, i64 2)
  %35 = shl i64 %cc.addr.0190, 12
  %36 = sub i64 %27, %35
  %scevgep208 = getelementptr i8, ptr %hs, i64 %36
  %37 = xor i64 %cc.addr.0190, -1
  %ci = add nsw i64 %nc, %37
  %t0 = shl nsw i64 %ci, 6
  %38 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep208, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %38, i64 64)
  %39 = icmp sgt i64 %38, 0
  br i1 %39, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %40 = mul i64 %15, %cc.addr.0190
  %41 = getelementptr i8, ptr %32, i64 %40
  %xtraiter = and i64 %smax, 7
  %42 = icmp slt i64 %indvars.iv, 8
  br i1 %42, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 120
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0165.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0165.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0165.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %43 = mul i64 %16, %tl.addr.0165.epil
  %scevgep.epil = getelementptr i8, ptr %41, i64 %43
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0165.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %44 = mul nsw i64 %t0, %sq
  %invariant.gep = getelementptr float, ptr %kh, i64 %44
  br label %i4.body

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0165 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %45 = mul i64 %16, %tl.addr.0165
  %scevgep = getelementptr i8, ptr %41, i64 %45
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0165, 1
  %46 = mul i64 %16, %tl.next
  %scevgep.1 = getelementptr i8, ptr %41, i64 %46
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0165, 2
  %47 = mul i64 %16, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %41, i64 %47
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0165, 3
  %48 = mul i64 %16, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %41, i64 %48
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0165, 4
  %49 = mul i64 %16, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %41, i64 %49
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0165, 5
  %50 = mul i64 %16, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %41, i64 %50
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0165, 6
  %51 = mul i64 %16, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %41, i64 %51
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0165, 7
  %52 = mul i64 %16, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %41, i64 %52
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0165, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0168 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %99, %i4.body ]
  %acc1.0167 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %104, %i4.body ]
  %i4.addr.0166 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.3, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0166
  %53 = load float, ptr %gep, align 4
  %54 = shl nuw nsw i64 %i4.addr.0166, 5
  %55 = getelementptr inbounds float, ptr %work, i64 %54
  %56 = load <16 x float>, ptr %55, align 4
  %57 = getelementptr inbounds float, ptr %Sh, i64 %54
  store <16 x float> %56, ptr %57, align 4
  %58 = insertelement <16 x float> poison, float %53, i64 0
  %59 = shufflevector <16 x float> %58, <16 x float> poison, <16 x i32> zeroinitializer
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %59, <16 x float> %56, <16 x float> %acc.0168)
  %61 = or disjoint i64 %54, 16
  %62 = getelementptr inbounds float, ptr %work, i64 %61
  %63 = load <16 x float>, ptr %62, align 4
  %64 = getelementptr inbounds float, ptr %Sh, i64 %61
  store <16 x float> %63, ptr %64, align 4
  %65 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %59, <16 x float> %63, <16 x float> %acc1.0167)
  %i4.next = or disjoint i64 %i4.addr.0166, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %66 = load float, ptr %gep.1, align 4
  %67 = shl nuw nsw i64 %i4.next, 5
  %68 = getelementptr inbounds float, ptr %work, i64 %67
  %69 = load <16 x float>, ptr %68, align 4
  %70 = getelementptr inbounds float, ptr %Sh, i64 %67
  store <16 x float> %69, ptr %70, align 4
  %71 = insertelement <16 x float> poison, float %66, i64 0
  %72 = shufflevector <16 x float> %71, <16 x float> poison, <16 x i32> zeroinitializer
  %73 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %72, <16 x float> %69, <16 x float> %60)
  %74 = or disjoint i64 %67, 16
  %75 = getelementptr inbounds float, ptr %work, i64 %74
  %76 = load <16 x float>, ptr %75, align 4
  %77 = getelementptr inbounds float, ptr %Sh, i64 %74
  store <16 x float> %76, ptr %77, align 4
  %78 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %72, <16 x float> %76, <16 x float> %65)
  %i4.next.1 = or disjoint i64 %i4.addr.0166, 2
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %79 = load float, ptr %gep.2, align 4
  %80 = shl nuw nsw i64 %i4.next.1, 5
  %81 = getelementptr inbounds float, ptr %work, i64 %80
  %82 = load <16 x float>, ptr %81, align 4
  %83 = getelementptr inbounds float, ptr %Sh, i64 %80
  store <16 x float> %82, ptr %83, align 4
  %84 = insertelement <16 x float> poison, float %79, i64 0
  %85 = shufflevector <16 x float> %84, <16 x float> poison, <16 x i32> zeroinitializer
  %86 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %82, <16 x float> %73)
  %87 = or disjoint i64 %80, 16
  %88 = getelementptr inbounds float, ptr %work, i64 %87
  %89 = load <16 x float>, ptr %88, align 4
  %90 = getelementptr inbounds float, ptr %Sh, i64 %87
  store <16 x float> %89, ptr %90, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %85, <16 x float> %89, <16 x float> %78)
  %i4.next.2 = or disjoint i64 %i4.addr.0166, 3
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %92 = load float, ptr %gep.3, align 4
  %93 = shl nuw nsw i64 %i4.next.2, 5
  %94 = getelementptr inbounds float, ptr %work, i64 %93
  %95 = load <16 x float>, ptr %94, align 4
  %96 = getelementptr inbounds float, ptr %Sh, i64 %93
  store <16 x float> %95, ptr %96, align 4
  %97 = insertelement <16 x float> poison, float %92, i64 0
  %98 = shufflevector <16 x float> %97, <16 x float> poison, <16 x i32> zeroinitializer
  %99 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %98, <16 x float> %95, <16 x float> %86)
  %100 = or disjoint i64 %93, 16
  %101 = getelementptr inbounds float, ptr %work, i64 %100
  %102 = load <16 x float>, ptr %101, align 4
  %103 = getelementptr inbounds float, ptr %Sh, i64 %100
  store <16 x float> %102, ptr %103, align 4
  %104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %98, <16 x float> %102, <16 x float> %91)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0166, 4
  %exitcond209.not.3 = icmp eq i64 %i4.next.3, 32
  br i1 %exitcond209.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %105 = mul nsw i64 %t0, %H
  %106 = getelementptr inbounds float, ptr %betah, i64 %105
  %107 = load float, ptr %106, align 4
  %108 = getelementptr inbounds float, ptr %vh, i64 %44
  %109 = load <16 x float>, ptr %108, align 4
  %110 = fsub <16 x float> %109, %99
  store <16 x float> %110, ptr %R, align 4
  %111 = insertelement <16 x float> poison, float %107, i64 0
  %112 = shufflevector <16 x float> %111, <16 x float> poison, <16 x i32> zeroinitializer
  %113 = fmul <16 x float> %112, %110
  %114 = or disjoint i64 %44, 16
  %115 = getelementptr inbounds float, ptr %vh, i64 %114
  %116 = load <16 x float>, ptr %115, align 4
  %117 = fsub <16 x float> %116, %104
  store <16 x float> %117, ptr %4, align 4
  %118 = fmul <16 x float> %112, %117
  %119 = icmp sgt i64 %38, 1
  br i1 %119, label %i5.head.preheader, label %tl1.exit

i5.head.preheader:                                ; preds = %i4.exit, %i5.exit
  %delta.0174 = phi <16 x float> [ %190, %i5.exit ], [ %113, %i4.exit ]
  %delta1.0173 = phi <16 x float> [ %197, %i5.exit ], [ %118, %i4.exit ]
  %tl1.addr.0172 = phi i64 [ %tl1.next, %i5.exit ], [ 1, %i4.exit ]
  %120 = add nsw i64 %tl1.addr.0172, -1
  %121 = add nuw nsw i64 %120, %t0
  %122 = mul nsw i64 %121, %sq
  %123 = add nsw i64 %tl1.addr.0172, %t0
  %124 = mul nsw i64 %123, %sq
  %125 = shl nsw i64 %120, 10
  %126 = getelementptr inbounds float, ptr %oh, i64 %122
  %127 = load <16 x float>, ptr %126, align 4
  %128 = shl nsw i64 %tl1.addr.0172, 10
  %129 = or disjoint i64 %122, 16
  %130 = getelementptr inbounds float, ptr %oh, i64 %129
  %131 = load <16 x float>, ptr %130, align 4
  %invariant.gep233 = getelementptr float, ptr %kh, i64 %124
  br label %i5.body

tl1.exit:                                         ; preds = %i5.exit, %i4.exit
  %delta1.0.lcssa = phi <16 x float> [ %118, %i4.exit ], [ %197, %i5.exit ]
  %delta.0.lcssa = phi <16 x float> [ %113, %i4.exit ], [ %190, %i5.exit ]
  %tlast = add nsw i64 %L, -1
  %132 = add nsw i64 %tlast, %t0
  %133 = mul nsw i64 %132, %sq
  %134 = shl nsw i64 %tlast, 10
  %135 = getelementptr inbounds float, ptr %oh, i64 %133
  %136 = load <16 x float>, ptr %135, align 4
  %137 = or disjoint i64 %133, 16
  %138 = getelementptr inbounds float, ptr %oh, i64 %137
  %139 = load <16 x float>, ptr %138, align 4
  br label %i6.body

i5.body:                                          ; preds = %i5.head.preheader, %i5.body
  %acc2.0171 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %156, %i5.body ]
  %acc3.0170 = phi <16 x float> [ zeroinitializer, %i5.head.preheader ], [ %164, %i5.body ]
  %i5.addr.0169 = phi i64 [ 0, %i5.head.preheader ], [ %i5.next, %i5.body ]
  %140 = or disjoint i64 %i5.addr.0169, %122
  %141 = getelementptr inbounds float, ptr %kh, i64 %140
  %142 = load float, ptr %141, align 4
  %gep234 = getelementptr float, ptr %invariant.gep233, i64 %i5.addr.0169
  %143 = load float, ptr %gep234, align 4
  %144 = insertelement <16 x float> poison, float %142, i64 0
  %145 = shufflevector <16 x float> %144, <16 x float> poison, <16 x i32> zeroinitializer
  %146 = shl nuw nsw i64 %i5.addr.0169, 5
  %147 = add nuw nsw i64 %146, %125
  %148 = getelementptr inbounds float, ptr %Sh, i64 %147
  %149 = load <16 x float>, ptr %148, align 4
  %150 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %145, <16 x float> %delta.0174, <16 x float> %149)
  %151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %150, <16 x float> %127, <16 x float> zeroinitializer)
  %152 = add nuw nsw i64 %146, %128
  %153 = getelementptr inbounds float, ptr %Sh, i64 %152
  store <16 x float> %150, ptr %153, align 4
  %154 = insertelement <16 x float> poison, float %143, i64 0
  %155 = shufflevector <16 x float> %154, <16 x float> poison, <16 x i32> zeroinitializer
  %156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> %150, <16 x float> %acc2.0171)
  %157 = or disjoint i64 %147, 16
  %158 = getelementptr inbounds float, ptr %Sh, i64 %157
  %159 = load <16 x float>, ptr %158, align 4
  %160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %145, <16 x float> %delta1.0173, <16 x float> %159)
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %160, <16 x float> %131, <16 x float> %151)
  %162 = or disjoint i64 %152, 16
  %163 = getelementptr inbounds float, ptr %Sh, i64 %162
  store <16 x float> %160, ptr %163, align 4
  %164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> %160, <16 x float> %acc3.0170)
  %165 = getelementptr inbounds float, ptr %qh1, i64 %140
  %166 = load float, ptr %165, align 4
  %167 = shufflevector <16 x float> %161, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %168 = shufflevector <16 x float> %161, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %169 = fadd <8 x float> %167, %168
  %170 = shufflevector <8 x float> %169, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %171 = shufflevector <8 x float> %169, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %172 = fadd <4 x float> %170, %171
  %173 = shufflevector <4 x float> %172, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %174 = shufflevector <4 x float> %172, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %175 = fadd <2 x float> %173, %174
  %shift = shufflevector <2 x float> %175, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %176 = fadd <2 x float> %175, %shift
  %177 = extractelement <2 x float> %176, i64 0
  %178 = fmul float %177, 0x3FC6A09E60000000
  %179 = fadd float %166, %178
  store float %179, ptr %165, align 4
  %i5.next = add nuw nsw i64 %i5.addr.0169, 1
  %exitcond210.not = icmp eq i64 %i5.next, 32
  br i1 %exitcond210.not, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %180 = mul nsw i64 %123, %H
  %181 = getelementptr inbounds float, ptr %betah, i64 %180
  %182 = load float, ptr %181, align 4
  %183 = getelementptr inbounds float, ptr %vh, i64 %124
  %184 = load <16 x float>, ptr %183, align 4
  %185 = fsub <16 x float> %184, %156
  %186 = shl nsw i64 %tl1.addr.0172, 5
  %187 = getelementptr inbounds float, ptr %R, i64 %186
  store <16 x float> %185, ptr %187, align 4
  %188 = insertelement <16 x float> poison, float %182, i64 0
  %189 = shufflevector <16 x float> %188, <16 x float> poison, <16 x i32> zeroinitializer
  %190 = fmul <16 x float> %189, %185
  %191 = or disjoint i64 %124, 16
  %192 = getelementptr inbounds float, ptr %vh, i64 %191
  %193 = load <16 x float>, ptr %192, align 4
  %194 = fsub <16 x float> %193, %164
  %195 = or disjoint i64 %186, 16
  %196 = getelementptr inbounds float, ptr %R, i64 %195
  store <16 x float> %194, ptr %196, align 4
  %197 = fmul <16 x float> %189, %194
  %tl1.next = add nuw nsw i64 %tl1.addr.0172, 1
  %exitcond213.not = icmp eq i64 %tl1.next, %smax212
  br i1 %exitcond213.not, label %tl1.exit, label %i5.head.preheader

tt.head.preheader:                                ; preds = %i6.body
  br i1 %39, label %tt.body, label %j8.head.preheader

i6.body:                                          ; preds = %i6.body, %tl1.exit
  %i6.addr.0176 = phi i64 [ 0, %tl1.exit ], [ %i6.next.1, %i6.body ]
  %198 = or disjoint i64 %i6.addr.0176, %133
  %199 = getelementptr inbounds float, ptr %kh, i64 %198
  %200 = load float, ptr %199, align 4
  %201 = insertelement <16 x float> poison, float %200, i64 0
  %202 = shufflevector <16 x float> %201, <16 x float> poison, <16 x i32> zeroinitializer
  %203 = shl nuw nsw i64 %i6.addr.0176, 5
  %204 = add nuw nsw i64 %203, %134
  %205 = getelementptr inbounds float, ptr %Sh, i64 %204
  %206 = load <16 x float>, ptr %205, align 4
  %207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %202, <16 x float> %delta.0.lcssa, <16 x float> %206)
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %136, <16 x float> zeroinitializer)
  %209 = or disjoint i64 %204, 16
  %210 = getelementptr inbounds float, ptr %Sh, i64 %209
  %211 = load <16 x float>, ptr %210, align 4
  %212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %202, <16 x float> %delta1.0.lcssa, <16 x float> %211)
  %213 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %212, <16 x float> %139, <16 x float> %208)
  %214 = getelementptr inbounds float, ptr %qh1, i64 %198
  %215 = load float, ptr %214, align 4
  %216 = shufflevector <16 x float> %213, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %217 = shufflevector <16 x float> %213, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %218 = fadd <8 x float> %216, %217
  %219 = shufflevector <8 x float> %218, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %220 = shufflevector <8 x float> %218, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %221 = fadd <4 x float> %219, %220
  %222 = shufflevector <4 x float> %221, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %223 = shufflevector <4 x float> %221, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %224 = fadd <2 x float> %222, %223
  %shift244 = shufflevector <2 x float> %224, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %225 = fadd <2 x float> %224, %shift244
  %226 = extractelement <2 x float> %225, i64 0
  %227 = fmul float %226, 0x3FC6A09E60000000
  %228 = fadd float %215, %227
  store float %228, ptr %214, align 4
  %i6.next = or disjoint i64 %i6.addr.0176, 1
  %229 = or disjoint i64 %i6.next, %133
  %230 = getelementptr inbounds float, ptr %kh, i64 %229
  %231 = load float, ptr %230, align 4
  %232 = insertelement <16 x float> poison, float %231, i64 0
  %233 = shufflevector <16 x float> %232, <16 x float> poison, <16 x i32> zeroinitializer
  %234 = shl nuw nsw i64 %i6.next, 5
  %235 = add nuw nsw i64 %234, %134
  %236 = getelementptr inbounds float, ptr %Sh, i64 %235
  %237 = load <16 x float>, ptr %236, align 4
  %238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> %delta.0.lcssa, <16 x float> %237)
  %239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %238, <16 x float> %136, <16 x float> zeroinitializer)
  %240 = or disjoint i64 %235, 16
  %241 = getelementptr inbounds float, ptr %Sh, i64 %240
  %242 = load <16 x float>, ptr %241, align 4
  %243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> %delta1.0.lcssa, <16 x float> %242)
  %244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %243, <16 x float> %139, <16 x float> %239)
  %245 = getelementptr inbounds float, ptr %qh1, i64 %229
  %246 = load float, ptr %245, align 4
  %247 = shufflevector <16 x float> %244, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %248 = shufflevector <16 x float> %244, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %249 = fadd <8 x float> %247, %248
  %250 = shufflevector <8 x float> %249, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %251 = shufflevector <8 x float> %249, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %252 = fadd <4 x float> %250, %251
  %253 = shufflevector <4 x float> %252, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %254 = shufflevector <4 x float> %252, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %255 = fadd <2 x float> %253, %254
  %shift244.1 = shufflevector <2 x float> %255, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %256 = fadd <2 x float> %255, %shift244.1
  %257 = extractelement <2 x float> %256, i64 0
  %258 = fmul float %257, 0x3FC6A09E60000000
  %259 = fadd float %246, %258
  store float %259, ptr %245, align 4
  %i6.next.1 = add nuw nsw i64 %i6.addr.0176, 2
  %exitcond214.not.1 = icmp eq i64 %i6.next.1, 32
  br i1 %exitcond214.not.1, label %tt.head.preheader, label %i6.body

j8.head.preheader:                                ; preds = %endif, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %260 = fneg float %107
  br label %i14.body

tt.body:                                          ; preds = %tt.head.preheader, %endif
  %tt.addr.0186 = phi i64 [ %tt.next, %endif ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0186
  %261 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %261, i64 %tlast)
  %262 = add nsw i64 %ptl, %t0
  %263 = mul nsw i64 %262, %H
  %264 = getelementptr inbounds float, ptr %betah, i64 %263
  %265 = load float, ptr %264, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %266 = icmp slt i64 %261, %L
  %.neg = fneg float %265
  %267 = select i1 %266, float %.neg, float -0.000000e+00
  %268 = mul nsw i64 %262, %sq
  %269 = shl nsw i64 %ptl, 10
  %270 = shl nsw i64 %ptl, 5
  %271 = getelementptr inbounds float, ptr %R, i64 %270
  %272 = or disjoint i64 %270, 16
  %273 = getelementptr inbounds float, ptr %R, i64 %272
  %274 = add nsw i64 %tl2, %t0
  %275 = mul nsw i64 %274, %sq
  %276 = getelementptr inbounds float, ptr %oh, i64 %275
  %277 = load <16 x float>, ptr %276, align 4
  %278 = or disjoint i64 %275, 16
  %279 = getelementptr inbounds float, ptr %oh, i64 %278
  %280 = load <16 x float>, ptr %279, align 4
  %invariant.gep235 = getelementptr float, ptr %kh, i64 %268
  br label %i8.body

i8.body:                                          ; preds = %tt.body, %i8.body
  %i8.addr.0180 = phi i64 [ 0, %tt.body ], [ %i8.next, %i8.body ]
  %dsk1.0179 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %336, %i8.body ]
  %dsk.0178 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %335, %i8.body ]
  %281 = shl nuw nsw i64 %i8.addr.0180, 5
  %282 = getelementptr inbounds float, ptr %dS, i64 %281
  %283 = load <16 x float>, ptr %282, align 4
  %284 = or disjoint i64 %281, 16
  %285 = getelementptr inbounds float, ptr %dS, i64 %284
  %286 = load <16 x float>, ptr %285, align 4
  %gep236 = getelementptr float, ptr %invariant.gep235, i64 %i8.addr.0180
  %287 = load float, ptr %gep236, align 4
  %288 = fmul float %267, %287
  %289 = load <16 x float>, ptr %dSkPrev, align 4
  %290 = add nuw nsw i64 %281, %269
  %291 = getelementptr inbounds float, ptr %Sh, i64 %290
  %292 = load <16 x float>, ptr %291, align 4
  %293 = load <16 x float>, ptr %271, align 4
  %294 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %283, <16 x float> %293, <16 x float> zeroinitializer)
  %295 = fneg <16 x float> %292
  %296 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %295, <16 x float> %289, <16 x float> %294)
  %297 = insertelement <16 x float> poison, float %288, i64 0
  %298 = shufflevector <16 x float> %297, <16 x float> poison, <16 x i32> zeroinitializer
  %299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %298, <16 x float> %289, <16 x float> %283)
  %300 = load <16 x float>, ptr %5, align 4
  %301 = or disjoint i64 %290, 16
  %302 = getelementptr inbounds float, ptr %Sh, i64 %301
  %303 = load <16 x float>, ptr %302, align 4
  %304 = load <16 x float>, ptr %273, align 4
  %305 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %286, <16 x float> %304, <16 x float> %296)
  %306 = fneg <16 x float> %303
  %307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %306, <16 x float> %300, <16 x float> %305)
  %308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %298, <16 x float> %300, <16 x float> %286)
  %309 = getelementptr inbounds float, ptr %dkTmp, i64 %i8.addr.0180
  %310 = load float, ptr %309, align 4
  %311 = shufflevector <16 x float> %307, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %312 = shufflevector <16 x float> %307, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %313 = fadd <8 x float> %311, %312
  %314 = shufflevector <8 x float> %313, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %315 = shufflevector <8 x float> %313, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %316 = fadd <4 x float> %314, %315
  %317 = shufflevector <4 x float> %316, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %318 = shufflevector <4 x float> %316, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %319 = fadd <2 x float> %317, %318
  %shift245 = shufflevector <2 x float> %319, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %320 = fadd <2 x float> %319, %shift245
  %321 = extractelement <2 x float> %320, i64 0
  %322 = fadd float %310, %321
  store float %322, ptr %309, align 4
  %323 = or disjoint i64 %i8.addr.0180, %275
  %324 = getelementptr inbounds float, ptr %qh, i64 %323
  %325 = load float, ptr %324, align 4
  %326 = fmul float %325, 0x3FC6A09E60000000
  %327 = insertelement <16 x float> poison, float %326, i64 0
  %328 = shufflevector <16 x float> %327, <16 x float> poison, <16 x i32> zeroinitializer
  %329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %328, <16 x float> %277, <16 x float> %299)
  %330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %328, <16 x float> %280, <16 x float> %308)
  %331 = getelementptr inbounds float, ptr %kh, i64 %323
  %332 = load float, ptr %331, align 4
  %333 = insertelement <16 x float> poison, float %332, i64 0
  %334 = shufflevector <16 x float> %333, <16 x float> poison, <16 x i32> zeroinitializer
  %335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %334, <16 x float> %329, <16 x float> %dsk.0178)
  %336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %334, <16 x float> %330, <16 x float> %dsk1.0179)
  store <16 x float> %329, ptr %282, align 4
  store <16 x float> %330, ptr %285, align 4
  %i8.next = add nuw nsw i64 %i8.addr.0180, 1
  %exitcond215.not = icmp eq i64 %i8.next, 32
  br i1 %exitcond215.not, label %i8.exit, label %i8.body

i8.exit:                                          ; preds = %i8.body
  store <16 x float> %335, ptr %dSk, align 4
  store <16 x float> %336, ptr %6, align 4
  br i1 %266, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i8.exit
  %337 = insertelement <16 x float> poison, float %265, i64 0
  %338 = shufflevector <16 x float> %337, <16 x float> poison, <16 x i32> zeroinitializer
  %339 = load <16 x float>, ptr %dkTmp, align 4
  %340 = fmul <16 x float> %338, %339
  %341 = getelementptr float, ptr %kh1, i64 %268
  store <16 x float> %340, ptr %341, align 4
  %342 = load <16 x float>, ptr %20, align 4
  %343 = fmul <16 x float> %338, %342
  %344 = getelementptr float, ptr %33, i64 %268
  store <16 x float> %343, ptr %344, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i8.exit
  %345 = mul nsw i64 %274, %H
  %346 = getelementptr inbounds float, ptr %betah, i64 %345
  %347 = load float, ptr %346, align 4
  %348 = insertelement <16 x float> poison, float %347, i64 0
  %349 = shufflevector <16 x float> %348, <16 x float> poison, <16 x i32> zeroinitializer
  %350 = fmul <16 x float> %349, %335
  %351 = getelementptr float, ptr %vh1, i64 %275
  store <16 x float> %350, ptr %351, align 4
  %352 = fmul <16 x float> %349, %336
  %353 = getelementptr float, ptr %34, i64 %275
  store <16 x float> %352, ptr %353, align 4
  %.idx195 = shl i64 %tl2, 7
  %354 = getelementptr i8, ptr %R, i64 %.idx195
  %355 = load <16 x float>, ptr %354, align 4
  %356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %335, <16 x float> %355, <16 x float> zeroinitializer)
  %357 = getelementptr i8, ptr %21, i64 %.idx195
  %358 = load <16 x float>, ptr %357, align 4
  %359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %336, <16 x float> %358, <16 x float> %356)
  %360 = shufflevector <16 x float> %359, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %361 = shufflevector <16 x float> %359, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %362 = fadd <8 x float> %360, %361
  %363 = shufflevector <8 x float> %362, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %364 = shufflevector <8 x float> %362, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %365 = fadd <4 x float> %363, %364
  %366 = shufflevector <4 x float> %365, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %367 = shufflevector <4 x float> %365, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %368 = fadd <2 x float> %366, %367
  %shift246 = shufflevector <2 x float> %368, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %369 = fadd <2 x float> %368, %shift246
  %370 = extractelement <2 x float> %369, i64 0
  %371 = getelementptr inbounds float, ptr %betah1, i64 %345
  store float %370, ptr %371, align 4
  store <16 x float> %335, ptr %dSkPrev, align 4
  store <16 x float> %336, ptr %22, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0186, 1
  %exitcond218.not = icmp eq i64 %tt.next, %smax217
  br i1 %exitcond218.not, label %j8.head.preheader, label %tt.body

i14.body:                                         ; preds = %j8.head.preheader, %i14.body
  %i14.addr.0188 = phi i64 [ 0, %j8.head.preheader ], [ %i14.next, %i14.body ]
  %372 = shl nuw nsw i64 %i14.addr.0188, 5
  %373 = getelementptr inbounds float, ptr %dS, i64 %372
  %374 = load <16 x float>, ptr %373, align 4
  %375 = or disjoint i64 %372, 16
  %376 = getelementptr inbounds float, ptr %dS, i64 %375
  %377 = load <16 x float>, ptr %376, align 4
  %378 = or disjoint i64 %i14.addr.0188, %44
  %379 = getelementptr inbounds float, ptr %kh, i64 %378
  %380 = load float, ptr %379, align 4
  %381 = fmul float %380, %260
  %382 = load <16 x float>, ptr %dSkPrev, align 4
  %383 = getelementptr inbounds float, ptr %Sh, i64 %372
  %384 = load <16 x float>, ptr %383, align 4
  %385 = load <16 x float>, ptr %R, align 4
  %386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %374, <16 x float> %385, <16 x float> zeroinitializer)
  %387 = fneg <16 x float> %384
  %388 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %387, <16 x float> %382, <16 x float> %386)
  %389 = insertelement <16 x float> poison, float %381, i64 0
  %390 = shufflevector <16 x float> %389, <16 x float> poison, <16 x i32> zeroinitializer
  %391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %390, <16 x float> %382, <16 x float> %374)
  %392 = load <16 x float>, ptr %5, align 4
  %393 = getelementptr inbounds float, ptr %Sh, i64 %375
  %394 = load <16 x float>, ptr %393, align 4
  %395 = load <16 x float>, ptr %4, align 4
  %396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %377, <16 x float> %395, <16 x float> %388)
  %397 = fneg <16 x float> %394
  %398 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %397, <16 x float> %392, <16 x float> %396)
  %399 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %390, <16 x float> %392, <16 x float> %377)
  %400 = getelementptr inbounds float, ptr %dkTmp, i64 %i14.addr.0188
  %401 = load float, ptr %400, align 4
  %402 = shufflevector <16 x float> %398, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %403 = shufflevector <16 x float> %398, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %404 = fadd <8 x float> %402, %403
  %405 = shufflevector <8 x float> %404, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %406 = shufflevector <8 x float> %404, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %407 = fadd <4 x float> %405, %406
  %408 = shufflevector <4 x float> %407, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %409 = shufflevector <4 x float> %407, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %410 = fadd <2 x float> %408, %409
  %shift247 = shufflevector <2 x float> %410, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %411 = fadd <2 x float> %410, %shift247
  %412 = extractelement <2 x float> %411, i64 0
  %413 = fadd float %401, %412
  store float %413, ptr %400, align 4
  store <16 x float> %391, ptr %373, align 4
  store <16 x float> %399, ptr %376, align 4
  %i14.next = add nuw nsw i64 %i14.addr.0188, 1
  %exitcond219.not = icmp eq i64 %i14.next, 32
  br i1 %exitcond219.not, label %j9.body.preheader, label %i14.body

j9.body.preheader:                                ; preds = %i14.body
  %414 = load <16 x float>, ptr %dkTmp, align 4
  %415 = fmul <16 x float> %112, %414
  %416 = getelementptr inbounds float, ptr %kh1, i64 %44
  store <16 x float> %415, ptr %416, align 4
  %417 = load <16 x float>, ptr %23, align 4
  %418 = fmul <16 x float> %112, %417
  %419 = getelementptr inbounds float, ptr %kh1, i64 %114
  store <16 x float> %418, ptr %419, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0190, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond221.not = icmp eq i64 %cc.next, %smax220
  br i1 %exitcond221.not, label %i16.head.preheader, label %cc.body
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
