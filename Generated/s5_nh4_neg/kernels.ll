; ---- dp_fwd_h4_k32_v32_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h4_k32_v32_r64_nogate'
source_filename = "dp_fwd_h4_k32_v32_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h4_k32_v32_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 7
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i7.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i7.head.preheader ]
  %bh.addr.0208 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i7.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep236 = getelementptr i8, ptr %hT, i64 %10
  %scevgep231 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0208, %H
  %h = srem i64 %bh.addr.0208, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep231, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i7.head.preheader

bh.exit:                                          ; preds = %i7.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep259 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i7.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep236, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0208, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond237.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond237.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0205 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %17 = add i64 %6, %ci.addr.0205
  %18 = shl i64 %17, 12
  %gep260 = getelementptr i8, ptr %invariant.gep259, i64 %18
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep260, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0205, 6
  %19 = add nuw nsw i64 %t0, 64
  %20 = shl nsw i64 %ci.addr.0205, 8
  %21 = mul nsw i64 %20, %sq
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.0181 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %57, %i2.body ]
  %acc1.0180 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %61, %i2.body ]
  %acc2.0179 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %71, %i2.body ]
  %acc3.0178 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %75, %i2.body ]
  %i2.addr.0177 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %22 = or disjoint i64 %i2.addr.0177, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.0177, 5
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <16 x float>, ptr %26, align 4
  %28 = insertelement <16 x float> poison, float %24, i64 0
  %29 = shufflevector <16 x float> %28, <16 x float> poison, <16 x i32> zeroinitializer
  %30 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %27, <16 x float> %acc.0181)
  %31 = or disjoint i64 %25, 16
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <16 x float>, ptr %32, align 4
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %33, <16 x float> %acc1.0180)
  %35 = or disjoint i64 %i2.addr.0177, 1
  %36 = or disjoint i64 %35, %21
  %37 = getelementptr inbounds float, ptr %kh, i64 %36
  %38 = load float, ptr %37, align 4
  %39 = shl nuw nsw i64 %35, 5
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <16 x float>, ptr %40, align 4
  %42 = insertelement <16 x float> poison, float %38, i64 0
  %43 = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  %44 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %41, <16 x float> %acc2.0179)
  %45 = or disjoint i64 %39, 16
  %46 = getelementptr inbounds float, ptr %work, i64 %45
  %47 = load <16 x float>, ptr %46, align 4
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %47, <16 x float> %acc3.0178)
  %i2.next = or disjoint i64 %i2.addr.0177, 2
  %49 = or disjoint i64 %i2.next, %21
  %50 = getelementptr inbounds float, ptr %kh, i64 %49
  %51 = load float, ptr %50, align 4
  %52 = shl nuw nsw i64 %i2.next, 5
  %53 = getelementptr inbounds float, ptr %work, i64 %52
  %54 = load <16 x float>, ptr %53, align 4
  %55 = insertelement <16 x float> poison, float %51, i64 0
  %56 = shufflevector <16 x float> %55, <16 x float> poison, <16 x i32> zeroinitializer
  %57 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %56, <16 x float> %54, <16 x float> %30)
  %58 = or disjoint i64 %52, 16
  %59 = getelementptr inbounds float, ptr %work, i64 %58
  %60 = load <16 x float>, ptr %59, align 4
  %61 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %56, <16 x float> %60, <16 x float> %34)
  %62 = or disjoint i64 %i2.addr.0177, 3
  %63 = or disjoint i64 %62, %21
  %64 = getelementptr inbounds float, ptr %kh, i64 %63
  %65 = load float, ptr %64, align 4
  %66 = shl nuw nsw i64 %62, 5
  %67 = getelementptr inbounds float, ptr %work, i64 %66
  %68 = load <16 x float>, ptr %67, align 4
  %69 = insertelement <16 x float> poison, float %65, i64 0
  %70 = shufflevector <16 x float> %69, <16 x float> poison, <16 x i32> zeroinitializer
  %71 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %68, <16 x float> %44)
  %72 = or disjoint i64 %66, 16
  %73 = getelementptr inbounds float, ptr %work, i64 %72
  %74 = load <16 x float>, ptr %73, align 4
  %75 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %70, <16 x float> %74, <16 x float> %48)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0177, 4
  %76 = icmp ult i64 %i2.next, 30
  br i1 %76, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %t1 = tail call i64 @llvm.smin.i64(i64 %19, i64 %T)
  %77 = icmp slt i64 %t0, %T
  br i1 %77, label %t.body.preheader, label %t.exit

t.body.preheader:                                 ; preds = %i2.exit
  %78 = mul nsw i64 %20, %H
  %79 = getelementptr inbounds float, ptr %betah, i64 %78
  %80 = load float, ptr %79, align 4
  %81 = insertelement <16 x float> poison, float %80, i64 0
  %82 = shufflevector <16 x float> %81, <16 x float> poison, <16 x i32> zeroinitializer
  %83 = or disjoint i64 %21, 16
  %84 = getelementptr inbounds float, ptr %vh, i64 %83
  %85 = load <16 x float>, ptr %84, align 4
  %86 = fadd <16 x float> %75, %61
  %87 = fsub <16 x float> %85, %86
  %88 = fmul <16 x float> %82, %87
  %89 = getelementptr inbounds float, ptr %vh, i64 %21
  %90 = load <16 x float>, ptr %89, align 4
  %91 = fadd <16 x float> %71, %57
  %92 = fsub <16 x float> %90, %91
  %93 = fmul <16 x float> %82, %92
  br label %t.body

t.body:                                           ; preds = %t.body.preheader, %i6.exit
  %delta.0204 = phi <16 x float> [ %337, %i6.exit ], [ %93, %t.body.preheader ]
  %delta1.0203 = phi <16 x float> [ %345, %i6.exit ], [ %88, %t.body.preheader ]
  %t.addr.0202 = phi i64 [ %94, %i6.exit ], [ %t0, %t.body.preheader ]
  %94 = add nuw nsw i64 %t.addr.0202, 1
  %95 = shl nsw i64 %t.addr.0202, 2
  %96 = mul nsw i64 %95, %sq
  %97 = or disjoint i64 %95, 1
  %98 = mul nsw i64 %97, %sq
  br label %i3.body

t.exit:                                           ; preds = %i6.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0205, 1
  %exitcond234.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond234.not, label %i7.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %acc416.0186 = phi <16 x float> [ zeroinitializer, %t.body ], [ %113, %i3.body ]
  %acc5.0185 = phi <16 x float> [ zeroinitializer, %t.body ], [ %118, %i3.body ]
  %acc6.0184 = phi <16 x float> [ zeroinitializer, %t.body ], [ %134, %i3.body ]
  %acc7.0183 = phi <16 x float> [ zeroinitializer, %t.body ], [ %139, %i3.body ]
  %i3.addr.0182 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %99 = or disjoint i64 %i3.addr.0182, %96
  %100 = getelementptr inbounds float, ptr %kh, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = or disjoint i64 %i3.addr.0182, %98
  %103 = getelementptr inbounds float, ptr %kh, i64 %102
  %104 = load float, ptr %103, align 4
  %105 = insertelement <16 x float> poison, float %101, i64 0
  %106 = shufflevector <16 x float> %105, <16 x float> poison, <16 x i32> zeroinitializer
  %107 = shl nuw nsw i64 %i3.addr.0182, 5
  %108 = getelementptr inbounds float, ptr %work, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %delta.0204, <16 x float> %109)
  store <16 x float> %110, ptr %108, align 4
  %111 = insertelement <16 x float> poison, float %104, i64 0
  %112 = shufflevector <16 x float> %111, <16 x float> poison, <16 x i32> zeroinitializer
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %110, <16 x float> %acc416.0186)
  %114 = or disjoint i64 %107, 16
  %115 = getelementptr inbounds float, ptr %work, i64 %114
  %116 = load <16 x float>, ptr %115, align 4
  %117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %delta1.0203, <16 x float> %116)
  store <16 x float> %117, ptr %115, align 4
  %118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %117, <16 x float> %acc5.0185)
  %119 = or disjoint i64 %i3.addr.0182, 1
  %120 = or disjoint i64 %119, %96
  %121 = getelementptr inbounds float, ptr %kh, i64 %120
  %122 = load float, ptr %121, align 4
  %123 = or disjoint i64 %119, %98
  %124 = getelementptr inbounds float, ptr %kh, i64 %123
  %125 = load float, ptr %124, align 4
  %126 = insertelement <16 x float> poison, float %122, i64 0
  %127 = shufflevector <16 x float> %126, <16 x float> poison, <16 x i32> zeroinitializer
  %128 = shl nuw nsw i64 %119, 5
  %129 = getelementptr inbounds float, ptr %work, i64 %128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %127, <16 x float> %delta.0204, <16 x float> %130)
  store <16 x float> %131, ptr %129, align 4
  %132 = insertelement <16 x float> poison, float %125, i64 0
  %133 = shufflevector <16 x float> %132, <16 x float> poison, <16 x i32> zeroinitializer
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %131, <16 x float> %acc6.0184)
  %135 = or disjoint i64 %128, 16
  %136 = getelementptr inbounds float, ptr %work, i64 %135
  %137 = load <16 x float>, ptr %136, align 4
  %138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %127, <16 x float> %delta1.0203, <16 x float> %137)
  store <16 x float> %138, ptr %136, align 4
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %138, <16 x float> %acc7.0183)
  %i3.next = add nuw nsw i64 %i3.addr.0182, 2
  %140 = icmp ult i64 %i3.addr.0182, 30
  br i1 %140, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %141 = mul nsw i64 %97, %H
  %142 = getelementptr inbounds float, ptr %betah, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = getelementptr inbounds float, ptr %vh, i64 %98
  %145 = load <16 x float>, ptr %144, align 4
  %146 = fadd <16 x float> %134, %113
  %147 = fsub <16 x float> %145, %146
  %148 = insertelement <16 x float> poison, float %143, i64 0
  %149 = shufflevector <16 x float> %148, <16 x float> poison, <16 x i32> zeroinitializer
  %150 = fmul <16 x float> %149, %147
  %151 = or disjoint i64 %98, 16
  %152 = getelementptr inbounds float, ptr %vh, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = fadd <16 x float> %139, %118
  %155 = fsub <16 x float> %153, %154
  %156 = fmul <16 x float> %149, %155
  %157 = or disjoint i64 %95, 2
  %158 = mul nsw i64 %157, %sq
  br label %i4.body

i4.body:                                          ; preds = %i3.exit, %i4.body
  %acc8.0191 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %173, %i4.body ]
  %acc9.0190 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %178, %i4.body ]
  %i4.addr.0189 = phi i64 [ 0, %i3.exit ], [ %i4.next, %i4.body ]
  %acc11.0188 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %199, %i4.body ]
  %acc10.0187 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %194, %i4.body ]
  %159 = or disjoint i64 %i4.addr.0189, %98
  %160 = getelementptr inbounds float, ptr %kh, i64 %159
  %161 = load float, ptr %160, align 4
  %162 = or disjoint i64 %i4.addr.0189, %158
  %163 = getelementptr inbounds float, ptr %kh, i64 %162
  %164 = load float, ptr %163, align 4
  %165 = insertelement <16 x float> poison, float %161, i64 0
  %166 = shufflevector <16 x float> %165, <16 x float> poison, <16 x i32> zeroinitializer
  %167 = shl nuw nsw i64 %i4.addr.0189, 5
  %168 = getelementptr inbounds float, ptr %work, i64 %167
  %169 = load <16 x float>, ptr %168, align 4
  %170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %166, <16 x float> %150, <16 x float> %169)
  store <16 x float> %170, ptr %168, align 4
  %171 = insertelement <16 x float> poison, float %164, i64 0
  %172 = shufflevector <16 x float> %171, <16 x float> poison, <16 x i32> zeroinitializer
  %173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %172, <16 x float> %170, <16 x float> %acc8.0191)
  %174 = or disjoint i64 %167, 16
  %175 = getelementptr inbounds float, ptr %work, i64 %174
  %176 = load <16 x float>, ptr %175, align 4
  %177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %166, <16 x float> %156, <16 x float> %176)
  store <16 x float> %177, ptr %175, align 4
  %178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %172, <16 x float> %177, <16 x float> %acc9.0190)
  %179 = or disjoint i64 %i4.addr.0189, 1
  %180 = or disjoint i64 %179, %98
  %181 = getelementptr inbounds float, ptr %kh, i64 %180
  %182 = load float, ptr %181, align 4
  %183 = or disjoint i64 %179, %158
  %184 = getelementptr inbounds float, ptr %kh, i64 %183
  %185 = load float, ptr %184, align 4
  %186 = insertelement <16 x float> poison, float %182, i64 0
  %187 = shufflevector <16 x float> %186, <16 x float> poison, <16 x i32> zeroinitializer
  %188 = shl nuw nsw i64 %179, 5
  %189 = getelementptr inbounds float, ptr %work, i64 %188
  %190 = load <16 x float>, ptr %189, align 4
  %191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %187, <16 x float> %150, <16 x float> %190)
  store <16 x float> %191, ptr %189, align 4
  %192 = insertelement <16 x float> poison, float %185, i64 0
  %193 = shufflevector <16 x float> %192, <16 x float> poison, <16 x i32> zeroinitializer
  %194 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %193, <16 x float> %191, <16 x float> %acc10.0187)
  %195 = or disjoint i64 %188, 16
  %196 = getelementptr inbounds float, ptr %work, i64 %195
  %197 = load <16 x float>, ptr %196, align 4
  %198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %187, <16 x float> %156, <16 x float> %197)
  store <16 x float> %198, ptr %196, align 4
  %199 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %193, <16 x float> %198, <16 x float> %acc11.0188)
  %i4.next = add nuw nsw i64 %i4.addr.0189, 2
  %200 = icmp ult i64 %i4.addr.0189, 30
  br i1 %200, label %i4.body, label %i4.exit

i4.exit:                                          ; preds = %i4.body
  %201 = mul nsw i64 %157, %H
  %202 = getelementptr inbounds float, ptr %betah, i64 %201
  %203 = load float, ptr %202, align 4
  %204 = getelementptr inbounds float, ptr %vh, i64 %158
  %205 = load <16 x float>, ptr %204, align 4
  %206 = fadd <16 x float> %194, %173
  %207 = fsub <16 x float> %205, %206
  %208 = insertelement <16 x float> poison, float %203, i64 0
  %209 = shufflevector <16 x float> %208, <16 x float> poison, <16 x i32> zeroinitializer
  %210 = fmul <16 x float> %209, %207
  %211 = or disjoint i64 %158, 16
  %212 = getelementptr inbounds float, ptr %vh, i64 %211
  %213 = load <16 x float>, ptr %212, align 4
  %214 = fadd <16 x float> %199, %178
  %215 = fsub <16 x float> %213, %214
  %216 = fmul <16 x float> %209, %215
  %217 = or disjoint i64 %95, 3
  %218 = mul nsw i64 %217, %sq
  br label %i5.body

i5.body:                                          ; preds = %i4.exit, %i5.body
  %i5.addr.0196 = phi i64 [ 0, %i4.exit ], [ %i5.next, %i5.body ]
  %acc15.0195 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %259, %i5.body ]
  %acc14.0194 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %254, %i5.body ]
  %acc13.0193 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %238, %i5.body ]
  %acc1273.0192 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %233, %i5.body ]
  %219 = or disjoint i64 %i5.addr.0196, %158
  %220 = getelementptr inbounds float, ptr %kh, i64 %219
  %221 = load float, ptr %220, align 4
  %222 = or disjoint i64 %i5.addr.0196, %218
  %223 = getelementptr inbounds float, ptr %kh, i64 %222
  %224 = load float, ptr %223, align 4
  %225 = insertelement <16 x float> poison, float %221, i64 0
  %226 = shufflevector <16 x float> %225, <16 x float> poison, <16 x i32> zeroinitializer
  %227 = shl nuw nsw i64 %i5.addr.0196, 5
  %228 = getelementptr inbounds float, ptr %work, i64 %227
  %229 = load <16 x float>, ptr %228, align 4
  %230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %226, <16 x float> %210, <16 x float> %229)
  store <16 x float> %230, ptr %228, align 4
  %231 = insertelement <16 x float> poison, float %224, i64 0
  %232 = shufflevector <16 x float> %231, <16 x float> poison, <16 x i32> zeroinitializer
  %233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %232, <16 x float> %230, <16 x float> %acc1273.0192)
  %234 = or disjoint i64 %227, 16
  %235 = getelementptr inbounds float, ptr %work, i64 %234
  %236 = load <16 x float>, ptr %235, align 4
  %237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %226, <16 x float> %216, <16 x float> %236)
  store <16 x float> %237, ptr %235, align 4
  %238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %232, <16 x float> %237, <16 x float> %acc13.0193)
  %239 = or disjoint i64 %i5.addr.0196, 1
  %240 = or disjoint i64 %239, %158
  %241 = getelementptr inbounds float, ptr %kh, i64 %240
  %242 = load float, ptr %241, align 4
  %243 = or disjoint i64 %239, %218
  %244 = getelementptr inbounds float, ptr %kh, i64 %243
  %245 = load float, ptr %244, align 4
  %246 = insertelement <16 x float> poison, float %242, i64 0
  %247 = shufflevector <16 x float> %246, <16 x float> poison, <16 x i32> zeroinitializer
  %248 = shl nuw nsw i64 %239, 5
  %249 = getelementptr inbounds float, ptr %work, i64 %248
  %250 = load <16 x float>, ptr %249, align 4
  %251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %247, <16 x float> %210, <16 x float> %250)
  store <16 x float> %251, ptr %249, align 4
  %252 = insertelement <16 x float> poison, float %245, i64 0
  %253 = shufflevector <16 x float> %252, <16 x float> poison, <16 x i32> zeroinitializer
  %254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %253, <16 x float> %251, <16 x float> %acc14.0194)
  %255 = or disjoint i64 %248, 16
  %256 = getelementptr inbounds float, ptr %work, i64 %255
  %257 = load <16 x float>, ptr %256, align 4
  %258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %247, <16 x float> %216, <16 x float> %257)
  store <16 x float> %258, ptr %256, align 4
  %259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %253, <16 x float> %258, <16 x float> %acc15.0195)
  %i5.next = add nuw nsw i64 %i5.addr.0196, 2
  %260 = icmp ult i64 %i5.addr.0196, 30
  br i1 %260, label %i5.body, label %i5.exit

i5.exit:                                          ; preds = %i5.body
  %tn = tail call i64 @llvm.smin.i64(i64 %94, i64 %4)
  %261 = mul nsw i64 %217, %H
  %262 = getelementptr inbounds float, ptr %betah, i64 %261
  %263 = load float, ptr %262, align 4
  %264 = getelementptr inbounds float, ptr %vh, i64 %218
  %265 = load <16 x float>, ptr %264, align 4
  %266 = fadd <16 x float> %233, %254
  %267 = fsub <16 x float> %265, %266
  %268 = insertelement <16 x float> poison, float %263, i64 0
  %269 = shufflevector <16 x float> %268, <16 x float> poison, <16 x i32> zeroinitializer
  %270 = fmul <16 x float> %269, %267
  %271 = or disjoint i64 %218, 16
  %272 = getelementptr inbounds float, ptr %vh, i64 %271
  %273 = load <16 x float>, ptr %272, align 4
  %274 = fadd <16 x float> %238, %259
  %275 = fsub <16 x float> %273, %274
  %276 = fmul <16 x float> %269, %275
  %277 = mul nsw i64 %t.addr.0202, %sq
  %278 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %277
  %invariant.gep257 = getelementptr float, ptr %kh, i64 %278
  br label %i6.body

i6.body:                                          ; preds = %i6.body, %i5.exit
  %i6.addr.0201 = phi i64 [ 0, %i5.exit ], [ %i6.next.1, %i6.body ]
  %acc19.0200 = phi <16 x float> [ zeroinitializer, %i5.exit ], [ %324, %i6.body ]
  %acc18.0199 = phi <16 x float> [ zeroinitializer, %i5.exit ], [ %318, %i6.body ]
  %acc17.0198 = phi <16 x float> [ zeroinitializer, %i5.exit ], [ %323, %i6.body ]
  %acc16102.0197 = phi <16 x float> [ zeroinitializer, %i5.exit ], [ %315, %i6.body ]
  %279 = or disjoint i64 %i6.addr.0201, %218
  %280 = getelementptr inbounds float, ptr %kh, i64 %279
  %281 = load float, ptr %280, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i6.addr.0201
  %282 = load float, ptr %gep, align 4
  %gep258 = getelementptr float, ptr %invariant.gep257, i64 %i6.addr.0201
  %283 = load float, ptr %gep258, align 4
  %284 = insertelement <16 x float> poison, float %281, i64 0
  %285 = shufflevector <16 x float> %284, <16 x float> poison, <16 x i32> zeroinitializer
  %286 = shl nuw nsw i64 %i6.addr.0201, 5
  %287 = getelementptr inbounds float, ptr %work, i64 %286
  %288 = load <16 x float>, ptr %287, align 4
  %289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %285, <16 x float> %270, <16 x float> %288)
  store <16 x float> %289, ptr %287, align 4
  %290 = insertelement <16 x float> poison, float %282, i64 0
  %291 = shufflevector <16 x float> %290, <16 x float> poison, <16 x i32> zeroinitializer
  %292 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %291, <16 x float> %289, <16 x float> %acc16102.0197)
  %293 = insertelement <16 x float> poison, float %283, i64 0
  %294 = shufflevector <16 x float> %293, <16 x float> poison, <16 x i32> zeroinitializer
  %295 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %294, <16 x float> %289, <16 x float> %acc18.0199)
  %296 = or disjoint i64 %286, 16
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %285, <16 x float> %276, <16 x float> %298)
  store <16 x float> %299, ptr %297, align 4
  %300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %291, <16 x float> %299, <16 x float> %acc17.0198)
  %301 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %294, <16 x float> %299, <16 x float> %acc19.0200)
  %i6.next = or disjoint i64 %i6.addr.0201, 1
  %302 = or disjoint i64 %i6.next, %218
  %303 = getelementptr inbounds float, ptr %kh, i64 %302
  %304 = load float, ptr %303, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i6.next
  %305 = load float, ptr %gep.1, align 4
  %gep258.1 = getelementptr float, ptr %invariant.gep257, i64 %i6.next
  %306 = load float, ptr %gep258.1, align 4
  %307 = insertelement <16 x float> poison, float %304, i64 0
  %308 = shufflevector <16 x float> %307, <16 x float> poison, <16 x i32> zeroinitializer
  %309 = shl nuw nsw i64 %i6.next, 5
  %310 = getelementptr inbounds float, ptr %work, i64 %309
  %311 = load <16 x float>, ptr %310, align 4
  %312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %308, <16 x float> %270, <16 x float> %311)
  store <16 x float> %312, ptr %310, align 4
  %313 = insertelement <16 x float> poison, float %305, i64 0
  %314 = shufflevector <16 x float> %313, <16 x float> poison, <16 x i32> zeroinitializer
  %315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %314, <16 x float> %312, <16 x float> %292)
  %316 = insertelement <16 x float> poison, float %306, i64 0
  %317 = shufflevector <16 x float> %316, <16 x float> poison, <16 x i32> zeroinitializer
  %318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %317, <16 x float> %312, <16 x float> %295)
  %319 = or disjoint i64 %309, 16
  %320 = getelementptr inbounds float, ptr %work, i64 %319
  %321 = load <16 x float>, ptr %320, align 4
  %322 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %308, <16 x float> %276, <16 x float> %321)
  store <16 x float> %322, ptr %320, align 4
  %323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %314, <16 x float> %322, <16 x float> %300)
  %324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %317, <16 x float> %322, <16 x float> %301)
  %i6.next.1 = add nuw nsw i64 %i6.addr.0201, 2
  %exitcond.not.1 = icmp eq i64 %i6.next.1, 32
  br i1 %exitcond.not.1, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %325 = fmul <16 x float> %315, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %326 = getelementptr inbounds float, ptr %oh, i64 %277
  store <16 x float> %325, ptr %326, align 4
  %327 = shl nsw i64 %tn, 2
  %328 = mul nsw i64 %327, %H
  %329 = getelementptr inbounds float, ptr %betah, i64 %328
  %330 = load float, ptr %329, align 4
  %331 = mul nsw i64 %327, %sq
  %332 = getelementptr inbounds float, ptr %vh, i64 %331
  %333 = load <16 x float>, ptr %332, align 4
  %334 = fsub <16 x float> %333, %318
  %335 = insertelement <16 x float> poison, float %330, i64 0
  %336 = shufflevector <16 x float> %335, <16 x float> poison, <16 x i32> zeroinitializer
  %337 = fmul <16 x float> %336, %334
  %338 = fmul <16 x float> %323, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %339 = or disjoint i64 %277, 16
  %340 = getelementptr inbounds float, ptr %oh, i64 %339
  store <16 x float> %338, ptr %340, align 4
  %341 = or disjoint i64 %331, 16
  %342 = getelementptr inbounds float, ptr %vh, i64 %341
  %343 = load <16 x float>, ptr %342, align 4
  %344 = fsub <16 x float> %343, %324
  %345 = fmul <16 x float> %336, %344
  %346 = icmp slt i64 %94, %t1
  br i1 %346, label %t.body, label %t.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smin.i64(i64, i64) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #2

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
; ---- dp_bwd_h4_k32_v32_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h4_k32_v32_c64_nogate'
source_filename = "dp_bwd_h4_k32_v32_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h4_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %R = getelementptr inbounds i8, ptr %work, i64 274432
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %Sroll = getelementptr inbounds i8, ptr %work, i64 270336
  %dS = getelementptr i8, ptr %work, i64 4096
  %dSk = getelementptr i8, ptr %work, i64 307200
  %dSkPrev = getelementptr i8, ptr %work, i64 307328
  %dkTmp = getelementptr i8, ptr %work, i64 307456
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 13
  %5 = getelementptr inbounds i8, ptr %work, i64 274496
  %6 = getelementptr inbounds i8, ptr %work, i64 274560
  %7 = getelementptr inbounds i8, ptr %work, i64 274624
  %8 = getelementptr inbounds i8, ptr %work, i64 274688
  %9 = getelementptr inbounds i8, ptr %work, i64 274752
  %10 = getelementptr inbounds i8, ptr %work, i64 274816
  %11 = getelementptr inbounds i8, ptr %work, i64 274880
  %12 = shl i64 %H, 7
  %13 = getelementptr inbounds i8, ptr %work, i64 307392
  %14 = getelementptr inbounds i8, ptr %work, i64 307264
  %15 = add nsw i64 %bh0, 1
  %16 = mul i64 %nc, %15
  %17 = shl i64 %16, 12
  %18 = add i64 %17, -4096
  %19 = shl i64 %nc, 12
  %20 = shl nsw i64 %nc, 6
  %21 = add i64 %20, 144115188075855808
  %22 = mul i64 %21, %H
  %23 = mul i64 %H, -8192
  %24 = add i64 %T, 64
  %25 = sub i64 %24, %20
  %smax661 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %26 = sub i64 %bh1, %bh0
  %27 = getelementptr i8, ptr %work, i64 307520
  %28 = getelementptr i8, ptr %work, i64 274496
  %29 = getelementptr i8, ptr %work, i64 307392
  %30 = getelementptr i8, ptr %work, i64 307520
  %31 = getelementptr i8, ptr %work, i64 307520
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i40.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i40.head.preheader ]
  %bh.addr.0601 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i40.head.preheader ]
  %32 = add i64 %indvar, %bh0
  %33 = shl i64 %32, 12
  %scevgep665 = getelementptr i8, ptr %dh0, i64 %33
  %34 = mul i64 %19, %indvar
  %35 = add i64 %18, %34
  %scevgep638 = getelementptr i8, ptr %dhT, i64 %33
  %b = sdiv i64 %bh.addr.0601, %H
  %h = srem i64 %bh.addr.0601, %H
  %36 = mul i64 %b, %T
  %37 = mul i64 %36, %H
  %bT = add i64 %37, %h
  %38 = mul i64 %1, %36
  %bTn = add nsw i64 %38, %h
  %39 = shl nsw i64 %bT, 5
  %40 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %40
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %40
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep638, i64 4096, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %40
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %40
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %39
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %39
  %oh = getelementptr inbounds float, ptr %dout, i64 %39
  br i1 %3, label %cc.body.lr.ph, label %i40.head.preheader

bh.exit:                                          ; preds = %i40.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %41 = add i64 %22, %bT
  %42 = shl i64 %41, 7
  %43 = getelementptr i8, ptr %dq, i64 %42
  %44 = getelementptr i8, ptr %kh1, i64 64
  %45 = getelementptr i8, ptr %vh1, i64 64
  %46 = getelementptr i8, ptr %kh1, i64 64
  br label %cc.body

i40.head.preheader:                               ; preds = %j21.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep665, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0601, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond666.not = icmp eq i64 %indvar.next, %26
  br i1 %exitcond666.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j21.body.preheader
  %indvars.iv = phi i64 [ %25, %cc.body.lr.ph ], [ %indvars.iv.next, %j21.body.preheader ]
  %cc.addr.0598 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j21.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin657 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax658 = tail call i64 @llvm.smax.i64(i64 %smin657, i64 1)
  %smax650 = tail call i64 @llvm.smax.i64(i64 %smin657, i64 2)
  %47 = shl i64 %cc.addr.0598, 12
  %48 = sub i64 %35, %47
  %scevgep640 = getelementptr i8, ptr %hs, i64 %48
  %49 = xor i64 %cc.addr.0598, -1
  %ci = add nsw i64 %nc, %49
  %t0 = shl nsw i64 %ci, 6
  %50 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep640, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %50, i64 64)
  %51 = icmp sgt i64 %50, 0
  br i1 %51, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %52 = mul i64 %23, %cc.addr.0598
  %53 = getelementptr i8, ptr %43, i64 %52
  %xtraiter = and i64 %smax, 7
  %54 = icmp slt i64 %indvars.iv, 8
  br i1 %54, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 120
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0528.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0528.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0528.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %55 = mul i64 %12, %tl.addr.0528.epil
  %scevgep.epil = getelementptr i8, ptr %53, i64 %55
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0528.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %56 = mul i64 %4, %ci
  %invariant.gep = getelementptr float, ptr %kh, i64 %56
  br label %i4.body

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0528 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %57 = mul i64 %12, %tl.addr.0528
  %scevgep = getelementptr i8, ptr %53, i64 %57
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0528, 1
  %58 = mul i64 %12, %tl.next
  %scevgep.1 = getelementptr i8, ptr %53, i64 %58
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0528, 2
  %59 = mul i64 %12, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %53, i64 %59
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0528, 3
  %60 = mul i64 %12, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %53, i64 %60
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0528, 4
  %61 = mul i64 %12, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %53, i64 %61
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0528, 5
  %62 = mul i64 %12, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %53, i64 %62
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0528, 6
  %63 = mul i64 %12, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %53, i64 %63
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0528, 7
  %64 = mul i64 %12, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %53, i64 %64
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0528, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0531 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %111, %i4.body ]
  %acc1.0530 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %116, %i4.body ]
  %i4.addr.0529 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.3, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0529
  %65 = load float, ptr %gep, align 4
  %66 = shl nuw nsw i64 %i4.addr.0529, 5
  %67 = getelementptr inbounds float, ptr %work, i64 %66
  %68 = load <16 x float>, ptr %67, align 4
  %69 = getelementptr inbounds float, ptr %Sh, i64 %66
  store <16 x float> %68, ptr %69, align 4
  %70 = insertelement <16 x float> poison, float %65, i64 0
  %71 = shufflevector <16 x float> %70, <16 x float> poison, <16 x i32> zeroinitializer
  %72 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %71, <16 x float> %68, <16 x float> %acc.0531)
  %73 = or disjoint i64 %66, 16
  %74 = getelementptr inbounds float, ptr %work, i64 %73
  %75 = load <16 x float>, ptr %74, align 4
  %76 = getelementptr inbounds float, ptr %Sh, i64 %73
  store <16 x float> %75, ptr %76, align 4
  %77 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %71, <16 x float> %75, <16 x float> %acc1.0530)
  %i4.next = or disjoint i64 %i4.addr.0529, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %78 = load float, ptr %gep.1, align 4
  %79 = shl nuw nsw i64 %i4.next, 5
  %80 = getelementptr inbounds float, ptr %work, i64 %79
  %81 = load <16 x float>, ptr %80, align 4
  %82 = getelementptr inbounds float, ptr %Sh, i64 %79
  store <16 x float> %81, ptr %82, align 4
  %83 = insertelement <16 x float> poison, float %78, i64 0
  %84 = shufflevector <16 x float> %83, <16 x float> poison, <16 x i32> zeroinitializer
  %85 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %84, <16 x float> %81, <16 x float> %72)
  %86 = or disjoint i64 %79, 16
  %87 = getelementptr inbounds float, ptr %work, i64 %86
  %88 = load <16 x float>, ptr %87, align 4
  %89 = getelementptr inbounds float, ptr %Sh, i64 %86
  store <16 x float> %88, ptr %89, align 4
  %90 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %84, <16 x float> %88, <16 x float> %77)
  %i4.next.1 = or disjoint i64 %i4.addr.0529, 2
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %91 = load float, ptr %gep.2, align 4
  %92 = shl nuw nsw i64 %i4.next.1, 5
  %93 = getelementptr inbounds float, ptr %work, i64 %92
  %94 = load <16 x float>, ptr %93, align 4
  %95 = getelementptr inbounds float, ptr %Sh, i64 %92
  store <16 x float> %94, ptr %95, align 4
  %96 = insertelement <16 x float> poison, float %91, i64 0
  %97 = shufflevector <16 x float> %96, <16 x float> poison, <16 x i32> zeroinitializer
  %98 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %97, <16 x float> %94, <16 x float> %85)
  %99 = or disjoint i64 %92, 16
  %100 = getelementptr inbounds float, ptr %work, i64 %99
  %101 = load <16 x float>, ptr %100, align 4
  %102 = getelementptr inbounds float, ptr %Sh, i64 %99
  store <16 x float> %101, ptr %102, align 4
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %97, <16 x float> %101, <16 x float> %90)
  %i4.next.2 = or disjoint i64 %i4.addr.0529, 3
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %104 = load float, ptr %gep.3, align 4
  %105 = shl nuw nsw i64 %i4.next.2, 5
  %106 = getelementptr inbounds float, ptr %work, i64 %105
  %107 = load <16 x float>, ptr %106, align 4
  %108 = getelementptr inbounds float, ptr %Sh, i64 %105
  store <16 x float> %107, ptr %108, align 4
  %109 = insertelement <16 x float> poison, float %104, i64 0
  %110 = shufflevector <16 x float> %109, <16 x float> poison, <16 x i32> zeroinitializer
  %111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %110, <16 x float> %107, <16 x float> %98)
  %112 = or disjoint i64 %105, 16
  %113 = getelementptr inbounds float, ptr %work, i64 %112
  %114 = load <16 x float>, ptr %113, align 4
  %115 = getelementptr inbounds float, ptr %Sh, i64 %112
  store <16 x float> %114, ptr %115, align 4
  %116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %110, <16 x float> %114, <16 x float> %103)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0529, 4
  %exitcond641.not.3 = icmp eq i64 %i4.next.3, 32
  br i1 %exitcond641.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %117 = shl nsw i64 %ci, 8
  %118 = mul nsw i64 %117, %H
  %119 = getelementptr inbounds float, ptr %betah, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = mul nsw i64 %117, %sq
  %122 = getelementptr inbounds float, ptr %vh, i64 %121
  %123 = load <16 x float>, ptr %122, align 4
  %124 = fsub <16 x float> %123, %111
  store <16 x float> %124, ptr %R, align 4
  %125 = insertelement <16 x float> poison, float %120, i64 0
  %126 = shufflevector <16 x float> %125, <16 x float> poison, <16 x i32> zeroinitializer
  %127 = fmul <16 x float> %126, %124
  %128 = or disjoint i64 %121, 16
  %129 = getelementptr inbounds float, ptr %vh, i64 %128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = fsub <16 x float> %130, %116
  store <16 x float> %131, ptr %5, align 4
  %132 = fmul <16 x float> %126, %131
  %133 = or disjoint i64 %117, 1
  %134 = mul nsw i64 %133, %sq
  %invariant.gep692 = getelementptr float, ptr %kh, i64 %134
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc2.0534 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %168, %i5.body ]
  %acc3.0533 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %174, %i5.body ]
  %i5.addr.0532 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %135 = or disjoint i64 %i5.addr.0532, %121
  %136 = getelementptr inbounds float, ptr %kh, i64 %135
  %137 = load float, ptr %136, align 4
  %gep693 = getelementptr float, ptr %invariant.gep692, i64 %i5.addr.0532
  %138 = load float, ptr %gep693, align 4
  %139 = insertelement <16 x float> poison, float %137, i64 0
  %140 = shufflevector <16 x float> %139, <16 x float> poison, <16 x i32> zeroinitializer
  %141 = shl nuw nsw i64 %i5.addr.0532, 5
  %142 = getelementptr inbounds float, ptr %Sh, i64 %141
  %143 = load <16 x float>, ptr %142, align 4
  %144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %140, <16 x float> %127, <16 x float> %143)
  %145 = getelementptr inbounds float, ptr %Sroll, i64 %141
  store <16 x float> %144, ptr %145, align 4
  %146 = insertelement <16 x float> poison, float %138, i64 0
  %147 = shufflevector <16 x float> %146, <16 x float> poison, <16 x i32> zeroinitializer
  %148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %147, <16 x float> %144, <16 x float> %acc2.0534)
  %149 = or disjoint i64 %141, 16
  %150 = getelementptr inbounds float, ptr %Sh, i64 %149
  %151 = load <16 x float>, ptr %150, align 4
  %152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %140, <16 x float> %132, <16 x float> %151)
  %153 = getelementptr inbounds float, ptr %Sroll, i64 %149
  store <16 x float> %152, ptr %153, align 4
  %154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %147, <16 x float> %152, <16 x float> %acc3.0533)
  %i5.next = or disjoint i64 %i5.addr.0532, 1
  %155 = or disjoint i64 %i5.next, %121
  %156 = getelementptr inbounds float, ptr %kh, i64 %155
  %157 = load float, ptr %156, align 4
  %gep693.1 = getelementptr float, ptr %invariant.gep692, i64 %i5.next
  %158 = load float, ptr %gep693.1, align 4
  %159 = insertelement <16 x float> poison, float %157, i64 0
  %160 = shufflevector <16 x float> %159, <16 x float> poison, <16 x i32> zeroinitializer
  %161 = shl nuw nsw i64 %i5.next, 5
  %162 = getelementptr inbounds float, ptr %Sh, i64 %161
  %163 = load <16 x float>, ptr %162, align 4
  %164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %160, <16 x float> %127, <16 x float> %163)
  %165 = getelementptr inbounds float, ptr %Sroll, i64 %161
  store <16 x float> %164, ptr %165, align 4
  %166 = insertelement <16 x float> poison, float %158, i64 0
  %167 = shufflevector <16 x float> %166, <16 x float> poison, <16 x i32> zeroinitializer
  %168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %167, <16 x float> %164, <16 x float> %148)
  %169 = or disjoint i64 %161, 16
  %170 = getelementptr inbounds float, ptr %Sh, i64 %169
  %171 = load <16 x float>, ptr %170, align 4
  %172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %160, <16 x float> %132, <16 x float> %171)
  %173 = getelementptr inbounds float, ptr %Sroll, i64 %169
  store <16 x float> %172, ptr %173, align 4
  %174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %167, <16 x float> %172, <16 x float> %154)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0532, 2
  %exitcond642.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond642.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %175 = mul nsw i64 %133, %H
  %176 = getelementptr inbounds float, ptr %betah, i64 %175
  %177 = load float, ptr %176, align 4
  %178 = getelementptr inbounds float, ptr %vh, i64 %134
  %179 = load <16 x float>, ptr %178, align 4
  %180 = fsub <16 x float> %179, %168
  store <16 x float> %180, ptr %6, align 4
  %181 = insertelement <16 x float> poison, float %177, i64 0
  %182 = shufflevector <16 x float> %181, <16 x float> poison, <16 x i32> zeroinitializer
  %183 = fmul <16 x float> %182, %180
  %184 = or disjoint i64 %134, 16
  %185 = getelementptr inbounds float, ptr %vh, i64 %184
  %186 = load <16 x float>, ptr %185, align 4
  %187 = fsub <16 x float> %186, %174
  store <16 x float> %187, ptr %7, align 4
  %188 = fmul <16 x float> %182, %187
  %189 = or disjoint i64 %117, 2
  %190 = mul nsw i64 %189, %sq
  %invariant.gep694 = getelementptr float, ptr %kh, i64 %190
  br label %i6.body

i6.body:                                          ; preds = %i6.body, %i5.exit
  %acc4.0537 = phi <16 x float> [ zeroinitializer, %i5.exit ], [ %221, %i6.body ]
  %acc541.0536 = phi <16 x float> [ zeroinitializer, %i5.exit ], [ %226, %i6.body ]
  %i6.addr.0535 = phi i64 [ 0, %i5.exit ], [ %i6.next.1, %i6.body ]
  %191 = or disjoint i64 %i6.addr.0535, %134
  %192 = getelementptr inbounds float, ptr %kh, i64 %191
  %193 = load float, ptr %192, align 4
  %gep695 = getelementptr float, ptr %invariant.gep694, i64 %i6.addr.0535
  %194 = load float, ptr %gep695, align 4
  %195 = insertelement <16 x float> poison, float %193, i64 0
  %196 = shufflevector <16 x float> %195, <16 x float> poison, <16 x i32> zeroinitializer
  %197 = shl nuw nsw i64 %i6.addr.0535, 5
  %198 = getelementptr inbounds float, ptr %Sroll, i64 %197
  %199 = load <16 x float>, ptr %198, align 4
  %200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %196, <16 x float> %183, <16 x float> %199)
  store <16 x float> %200, ptr %198, align 4
  %201 = insertelement <16 x float> poison, float %194, i64 0
  %202 = shufflevector <16 x float> %201, <16 x float> poison, <16 x i32> zeroinitializer
  %203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %202, <16 x float> %200, <16 x float> %acc4.0537)
  %204 = or disjoint i64 %197, 16
  %205 = getelementptr inbounds float, ptr %Sroll, i64 %204
  %206 = load <16 x float>, ptr %205, align 4
  %207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %196, <16 x float> %188, <16 x float> %206)
  store <16 x float> %207, ptr %205, align 4
  %208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %202, <16 x float> %207, <16 x float> %acc541.0536)
  %i6.next = or disjoint i64 %i6.addr.0535, 1
  %209 = or disjoint i64 %i6.next, %134
  %210 = getelementptr inbounds float, ptr %kh, i64 %209
  %211 = load float, ptr %210, align 4
  %gep695.1 = getelementptr float, ptr %invariant.gep694, i64 %i6.next
  %212 = load float, ptr %gep695.1, align 4
  %213 = insertelement <16 x float> poison, float %211, i64 0
  %214 = shufflevector <16 x float> %213, <16 x float> poison, <16 x i32> zeroinitializer
  %215 = shl nuw nsw i64 %i6.next, 5
  %216 = getelementptr inbounds float, ptr %Sroll, i64 %215
  %217 = load <16 x float>, ptr %216, align 4
  %218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %214, <16 x float> %183, <16 x float> %217)
  store <16 x float> %218, ptr %216, align 4
  %219 = insertelement <16 x float> poison, float %212, i64 0
  %220 = shufflevector <16 x float> %219, <16 x float> poison, <16 x i32> zeroinitializer
  %221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %220, <16 x float> %218, <16 x float> %203)
  %222 = or disjoint i64 %215, 16
  %223 = getelementptr inbounds float, ptr %Sroll, i64 %222
  %224 = load <16 x float>, ptr %223, align 4
  %225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %214, <16 x float> %188, <16 x float> %224)
  store <16 x float> %225, ptr %223, align 4
  %226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %220, <16 x float> %225, <16 x float> %208)
  %i6.next.1 = add nuw nsw i64 %i6.addr.0535, 2
  %exitcond643.not.1 = icmp eq i64 %i6.next.1, 32
  br i1 %exitcond643.not.1, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %227 = mul nsw i64 %189, %H
  %228 = getelementptr inbounds float, ptr %betah, i64 %227
  %229 = load float, ptr %228, align 4
  %230 = getelementptr inbounds float, ptr %vh, i64 %190
  %231 = load <16 x float>, ptr %230, align 4
  %232 = fsub <16 x float> %231, %221
  store <16 x float> %232, ptr %8, align 4
  %233 = insertelement <16 x float> poison, float %229, i64 0
  %234 = shufflevector <16 x float> %233, <16 x float> poison, <16 x i32> zeroinitializer
  %235 = fmul <16 x float> %234, %232
  %236 = or disjoint i64 %190, 16
  %237 = getelementptr inbounds float, ptr %vh, i64 %236
  %238 = load <16 x float>, ptr %237, align 4
  %239 = fsub <16 x float> %238, %226
  store <16 x float> %239, ptr %9, align 4
  %240 = fmul <16 x float> %234, %239
  %241 = or disjoint i64 %117, 3
  %242 = mul nsw i64 %241, %sq
  %invariant.gep696 = getelementptr float, ptr %kh, i64 %242
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc6.0540 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %273, %i7.body ]
  %acc7.0539 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %278, %i7.body ]
  %i7.addr.0538 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %243 = or disjoint i64 %i7.addr.0538, %190
  %244 = getelementptr inbounds float, ptr %kh, i64 %243
  %245 = load float, ptr %244, align 4
  %gep697 = getelementptr float, ptr %invariant.gep696, i64 %i7.addr.0538
  %246 = load float, ptr %gep697, align 4
  %247 = insertelement <16 x float> poison, float %245, i64 0
  %248 = shufflevector <16 x float> %247, <16 x float> poison, <16 x i32> zeroinitializer
  %249 = shl nuw nsw i64 %i7.addr.0538, 5
  %250 = getelementptr inbounds float, ptr %Sroll, i64 %249
  %251 = load <16 x float>, ptr %250, align 4
  %252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %248, <16 x float> %235, <16 x float> %251)
  store <16 x float> %252, ptr %250, align 4
  %253 = insertelement <16 x float> poison, float %246, i64 0
  %254 = shufflevector <16 x float> %253, <16 x float> poison, <16 x i32> zeroinitializer
  %255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %254, <16 x float> %252, <16 x float> %acc6.0540)
  %256 = or disjoint i64 %249, 16
  %257 = getelementptr inbounds float, ptr %Sroll, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %248, <16 x float> %240, <16 x float> %258)
  store <16 x float> %259, ptr %257, align 4
  %260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %254, <16 x float> %259, <16 x float> %acc7.0539)
  %i7.next = or disjoint i64 %i7.addr.0538, 1
  %261 = or disjoint i64 %i7.next, %190
  %262 = getelementptr inbounds float, ptr %kh, i64 %261
  %263 = load float, ptr %262, align 4
  %gep697.1 = getelementptr float, ptr %invariant.gep696, i64 %i7.next
  %264 = load float, ptr %gep697.1, align 4
  %265 = insertelement <16 x float> poison, float %263, i64 0
  %266 = shufflevector <16 x float> %265, <16 x float> poison, <16 x i32> zeroinitializer
  %267 = shl nuw nsw i64 %i7.next, 5
  %268 = getelementptr inbounds float, ptr %Sroll, i64 %267
  %269 = load <16 x float>, ptr %268, align 4
  %270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %266, <16 x float> %235, <16 x float> %269)
  store <16 x float> %270, ptr %268, align 4
  %271 = insertelement <16 x float> poison, float %264, i64 0
  %272 = shufflevector <16 x float> %271, <16 x float> poison, <16 x i32> zeroinitializer
  %273 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %272, <16 x float> %270, <16 x float> %255)
  %274 = or disjoint i64 %267, 16
  %275 = getelementptr inbounds float, ptr %Sroll, i64 %274
  %276 = load <16 x float>, ptr %275, align 4
  %277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %266, <16 x float> %240, <16 x float> %276)
  store <16 x float> %277, ptr %275, align 4
  %278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %272, <16 x float> %277, <16 x float> %260)
  %i7.next.1 = add nuw nsw i64 %i7.addr.0538, 2
  %exitcond644.not.1 = icmp eq i64 %i7.next.1, 32
  br i1 %exitcond644.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %279 = mul nsw i64 %241, %H
  %280 = getelementptr inbounds float, ptr %betah, i64 %279
  %281 = load float, ptr %280, align 4
  %282 = getelementptr inbounds float, ptr %vh, i64 %242
  %283 = load <16 x float>, ptr %282, align 4
  %284 = fsub <16 x float> %283, %273
  store <16 x float> %284, ptr %10, align 4
  %285 = insertelement <16 x float> poison, float %281, i64 0
  %286 = shufflevector <16 x float> %285, <16 x float> poison, <16 x i32> zeroinitializer
  %287 = fmul <16 x float> %286, %284
  %288 = or disjoint i64 %242, 16
  %289 = getelementptr inbounds float, ptr %vh, i64 %288
  %290 = load <16 x float>, ptr %289, align 4
  %291 = fsub <16 x float> %290, %278
  store <16 x float> %291, ptr %11, align 4
  %292 = fmul <16 x float> %286, %291
  %293 = icmp sgt i64 %50, 1
  br i1 %293, label %i8.head.preheader.lr.ph, label %tl1.exit

i8.head.preheader.lr.ph:                          ; preds = %i7.exit
  %294 = add i64 %t0, -1
  br label %i8.head.preheader

i8.head.preheader:                                ; preds = %i8.head.preheader.lr.ph, %i11.exit
  %delta.0555 = phi <16 x float> [ %287, %i8.head.preheader.lr.ph ], [ %547, %i11.exit ]
  %delta1.0554 = phi <16 x float> [ %292, %i8.head.preheader.lr.ph ], [ %554, %i11.exit ]
  %tl1.addr.0553 = phi i64 [ 1, %i8.head.preheader.lr.ph ], [ %tl1.next, %i11.exit ]
  %295 = add i64 %294, %tl1.addr.0553
  %296 = shl nsw i64 %295, 2
  %297 = or disjoint i64 %296, 3
  %298 = mul nsw i64 %297, %sq
  %299 = add nsw i64 %tl1.addr.0553, %t0
  %300 = mul i64 %12, %299
  %301 = mul nsw i64 %295, %sq
  %302 = getelementptr inbounds float, ptr %oh, i64 %301
  %303 = load <16 x float>, ptr %302, align 4
  %304 = shl nsw i64 %tl1.addr.0553, 10
  %305 = or disjoint i64 %301, 16
  %306 = getelementptr inbounds float, ptr %oh, i64 %305
  %307 = load <16 x float>, ptr %306, align 4
  br label %i8.body

tl1.exit:                                         ; preds = %i11.exit, %i7.exit
  %delta1.0.lcssa = phi <16 x float> [ %292, %i7.exit ], [ %554, %i11.exit ]
  %delta.0.lcssa = phi <16 x float> [ %287, %i7.exit ], [ %547, %i11.exit ]
  %tlast = add nsw i64 %L, -1
  %308 = add nsw i64 %tlast, %t0
  %309 = shl nsw i64 %308, 2
  %310 = or disjoint i64 %309, 3
  %311 = mul nsw i64 %310, %sq
  %312 = mul nsw i64 %308, %sq
  %313 = getelementptr inbounds float, ptr %oh, i64 %312
  %314 = load <16 x float>, ptr %313, align 4
  %315 = or disjoint i64 %312, 16
  %316 = getelementptr inbounds float, ptr %oh, i64 %315
  %317 = load <16 x float>, ptr %316, align 4
  %invariant.gep704 = getelementptr float, ptr %kh, i64 %311
  br label %i12.body

i8.body:                                          ; preds = %i8.head.preheader, %i8.body
  %acc8.0543 = phi <16 x float> [ zeroinitializer, %i8.head.preheader ], [ %334, %i8.body ]
  %acc9.0542 = phi <16 x float> [ zeroinitializer, %i8.head.preheader ], [ %342, %i8.body ]
  %i8.addr.0541 = phi i64 [ 0, %i8.head.preheader ], [ %i8.next, %i8.body ]
  %318 = getelementptr float, ptr %kh, i64 %i8.addr.0541
  %319 = getelementptr float, ptr %318, i64 %298
  %320 = load float, ptr %319, align 4
  %321 = getelementptr float, ptr %318, i64 %300
  %322 = load float, ptr %321, align 4
  %323 = insertelement <16 x float> poison, float %320, i64 0
  %324 = shufflevector <16 x float> %323, <16 x float> poison, <16 x i32> zeroinitializer
  %325 = shl nuw nsw i64 %i8.addr.0541, 5
  %326 = getelementptr inbounds float, ptr %Sroll, i64 %325
  %327 = load <16 x float>, ptr %326, align 4
  %328 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %324, <16 x float> %delta.0555, <16 x float> %327)
  %329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %328, <16 x float> %303, <16 x float> zeroinitializer)
  %330 = add nuw nsw i64 %325, %304
  %331 = getelementptr inbounds float, ptr %Sh, i64 %330
  store <16 x float> %328, ptr %331, align 4
  %332 = insertelement <16 x float> poison, float %322, i64 0
  %333 = shufflevector <16 x float> %332, <16 x float> poison, <16 x i32> zeroinitializer
  %334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %333, <16 x float> %328, <16 x float> %acc8.0543)
  %335 = or disjoint i64 %325, 16
  %336 = getelementptr inbounds float, ptr %Sroll, i64 %335
  %337 = load <16 x float>, ptr %336, align 4
  %338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %324, <16 x float> %delta1.0554, <16 x float> %337)
  %339 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %338, <16 x float> %307, <16 x float> %329)
  %340 = or disjoint i64 %330, 16
  %341 = getelementptr inbounds float, ptr %Sh, i64 %340
  store <16 x float> %338, ptr %341, align 4
  %342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %333, <16 x float> %338, <16 x float> %acc9.0542)
  %343 = or disjoint i64 %i8.addr.0541, %301
  %344 = getelementptr inbounds float, ptr %qh1, i64 %343
  %345 = load float, ptr %344, align 4
  %346 = shufflevector <16 x float> %339, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %347 = shufflevector <16 x float> %339, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %348 = fadd <8 x float> %346, %347
  %349 = shufflevector <8 x float> %348, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %350 = shufflevector <8 x float> %348, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %351 = fadd <4 x float> %349, %350
  %352 = shufflevector <4 x float> %351, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %353 = shufflevector <4 x float> %351, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %354 = fadd <2 x float> %352, %353
  %shift = shufflevector <2 x float> %354, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %355 = fadd <2 x float> %354, %shift
  %356 = extractelement <2 x float> %355, i64 0
  %357 = fmul float %356, 0x3FC6A09E60000000
  %358 = fadd float %345, %357
  store float %358, ptr %344, align 4
  %i8.next = add nuw nsw i64 %i8.addr.0541, 1
  %exitcond645.not = icmp eq i64 %i8.next, 32
  br i1 %exitcond645.not, label %i8.exit, label %i8.body

i8.exit:                                          ; preds = %i8.body
  %359 = shl nsw i64 %299, 2
  %360 = mul nsw i64 %359, %H
  %361 = getelementptr inbounds float, ptr %betah, i64 %360
  %362 = load float, ptr %361, align 4
  %363 = mul nsw i64 %359, %sq
  %364 = getelementptr inbounds float, ptr %vh, i64 %363
  %365 = load <16 x float>, ptr %364, align 4
  %366 = fsub <16 x float> %365, %334
  %367 = shl i64 %tl1.addr.0553, 7
  %368 = getelementptr inbounds float, ptr %R, i64 %367
  store <16 x float> %366, ptr %368, align 4
  %369 = insertelement <16 x float> poison, float %362, i64 0
  %370 = shufflevector <16 x float> %369, <16 x float> poison, <16 x i32> zeroinitializer
  %371 = fmul <16 x float> %370, %366
  %372 = or disjoint i64 %363, 16
  %373 = getelementptr inbounds float, ptr %vh, i64 %372
  %374 = load <16 x float>, ptr %373, align 4
  %375 = fsub <16 x float> %374, %342
  %376 = or disjoint i64 %367, 16
  %377 = getelementptr inbounds float, ptr %R, i64 %376
  store <16 x float> %375, ptr %377, align 4
  %378 = fmul <16 x float> %370, %375
  %379 = or disjoint i64 %359, 1
  %380 = mul nsw i64 %379, %sq
  %invariant.gep698 = getelementptr float, ptr %kh, i64 %380
  br label %i9.body

i9.body:                                          ; preds = %i9.body, %i8.exit
  %acc10.0546 = phi <16 x float> [ zeroinitializer, %i8.exit ], [ %417, %i9.body ]
  %acc11109.0545 = phi <16 x float> [ zeroinitializer, %i8.exit ], [ %424, %i9.body ]
  %i9.addr.0544 = phi i64 [ 0, %i8.exit ], [ %i9.next.1, %i9.body ]
  %381 = or disjoint i64 %i9.addr.0544, %363
  %382 = getelementptr inbounds float, ptr %kh, i64 %381
  %383 = load float, ptr %382, align 4
  %gep699 = getelementptr float, ptr %invariant.gep698, i64 %i9.addr.0544
  %384 = load float, ptr %gep699, align 4
  %385 = insertelement <16 x float> poison, float %383, i64 0
  %386 = shufflevector <16 x float> %385, <16 x float> poison, <16 x i32> zeroinitializer
  %387 = shl nuw nsw i64 %i9.addr.0544, 5
  %388 = add nuw nsw i64 %387, %304
  %389 = getelementptr inbounds float, ptr %Sh, i64 %388
  %390 = load <16 x float>, ptr %389, align 4
  %391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %386, <16 x float> %371, <16 x float> %390)
  %392 = getelementptr inbounds float, ptr %Sroll, i64 %387
  store <16 x float> %391, ptr %392, align 4
  %393 = insertelement <16 x float> poison, float %384, i64 0
  %394 = shufflevector <16 x float> %393, <16 x float> poison, <16 x i32> zeroinitializer
  %395 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %394, <16 x float> %391, <16 x float> %acc10.0546)
  %396 = or disjoint i64 %388, 16
  %397 = getelementptr inbounds float, ptr %Sh, i64 %396
  %398 = load <16 x float>, ptr %397, align 4
  %399 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %386, <16 x float> %378, <16 x float> %398)
  %400 = or disjoint i64 %387, 16
  %401 = getelementptr inbounds float, ptr %Sroll, i64 %400
  store <16 x float> %399, ptr %401, align 4
  %402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %394, <16 x float> %399, <16 x float> %acc11109.0545)
  %i9.next = or disjoint i64 %i9.addr.0544, 1
  %403 = or disjoint i64 %i9.next, %363
  %404 = getelementptr inbounds float, ptr %kh, i64 %403
  %405 = load float, ptr %404, align 4
  %gep699.1 = getelementptr float, ptr %invariant.gep698, i64 %i9.next
  %406 = load float, ptr %gep699.1, align 4
  %407 = insertelement <16 x float> poison, float %405, i64 0
  %408 = shufflevector <16 x float> %407, <16 x float> poison, <16 x i32> zeroinitializer
  %409 = shl nuw nsw i64 %i9.next, 5
  %410 = add nuw nsw i64 %409, %304
  %411 = getelementptr inbounds float, ptr %Sh, i64 %410
  %412 = load <16 x float>, ptr %411, align 4
  %413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %408, <16 x float> %371, <16 x float> %412)
  %414 = getelementptr inbounds float, ptr %Sroll, i64 %409
  store <16 x float> %413, ptr %414, align 4
  %415 = insertelement <16 x float> poison, float %406, i64 0
  %416 = shufflevector <16 x float> %415, <16 x float> poison, <16 x i32> zeroinitializer
  %417 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %416, <16 x float> %413, <16 x float> %395)
  %418 = or disjoint i64 %410, 16
  %419 = getelementptr inbounds float, ptr %Sh, i64 %418
  %420 = load <16 x float>, ptr %419, align 4
  %421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %408, <16 x float> %378, <16 x float> %420)
  %422 = or disjoint i64 %409, 16
  %423 = getelementptr inbounds float, ptr %Sroll, i64 %422
  store <16 x float> %421, ptr %423, align 4
  %424 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %416, <16 x float> %421, <16 x float> %402)
  %i9.next.1 = add nuw nsw i64 %i9.addr.0544, 2
  %exitcond646.not.1 = icmp eq i64 %i9.next.1, 32
  br i1 %exitcond646.not.1, label %i9.exit, label %i9.body

i9.exit:                                          ; preds = %i9.body
  %425 = mul nsw i64 %379, %H
  %426 = getelementptr inbounds float, ptr %betah, i64 %425
  %427 = load float, ptr %426, align 4
  %428 = getelementptr inbounds float, ptr %vh, i64 %380
  %429 = load <16 x float>, ptr %428, align 4
  %430 = fsub <16 x float> %429, %417
  %431 = or disjoint i64 %367, 32
  %432 = getelementptr inbounds float, ptr %R, i64 %431
  store <16 x float> %430, ptr %432, align 4
  %433 = insertelement <16 x float> poison, float %427, i64 0
  %434 = shufflevector <16 x float> %433, <16 x float> poison, <16 x i32> zeroinitializer
  %435 = fmul <16 x float> %434, %430
  %436 = or disjoint i64 %380, 16
  %437 = getelementptr inbounds float, ptr %vh, i64 %436
  %438 = load <16 x float>, ptr %437, align 4
  %439 = fsub <16 x float> %438, %424
  %440 = or disjoint i64 %367, 48
  %441 = getelementptr inbounds float, ptr %R, i64 %440
  store <16 x float> %439, ptr %441, align 4
  %442 = fmul <16 x float> %434, %439
  %443 = or disjoint i64 %359, 2
  %444 = mul nsw i64 %443, %sq
  %invariant.gep700 = getelementptr float, ptr %kh, i64 %444
  br label %i10.body

i10.body:                                         ; preds = %i10.body, %i9.exit
  %acc12.0549 = phi <16 x float> [ zeroinitializer, %i9.exit ], [ %475, %i10.body ]
  %acc13.0548 = phi <16 x float> [ zeroinitializer, %i9.exit ], [ %480, %i10.body ]
  %i10.addr.0547 = phi i64 [ 0, %i9.exit ], [ %i10.next.1, %i10.body ]
  %445 = or disjoint i64 %i10.addr.0547, %380
  %446 = getelementptr inbounds float, ptr %kh, i64 %445
  %447 = load float, ptr %446, align 4
  %gep701 = getelementptr float, ptr %invariant.gep700, i64 %i10.addr.0547
  %448 = load float, ptr %gep701, align 4
  %449 = insertelement <16 x float> poison, float %447, i64 0
  %450 = shufflevector <16 x float> %449, <16 x float> poison, <16 x i32> zeroinitializer
  %451 = shl nuw nsw i64 %i10.addr.0547, 5
  %452 = getelementptr inbounds float, ptr %Sroll, i64 %451
  %453 = load <16 x float>, ptr %452, align 4
  %454 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %450, <16 x float> %435, <16 x float> %453)
  store <16 x float> %454, ptr %452, align 4
  %455 = insertelement <16 x float> poison, float %448, i64 0
  %456 = shufflevector <16 x float> %455, <16 x float> poison, <16 x i32> zeroinitializer
  %457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %456, <16 x float> %454, <16 x float> %acc12.0549)
  %458 = or disjoint i64 %451, 16
  %459 = getelementptr inbounds float, ptr %Sroll, i64 %458
  %460 = load <16 x float>, ptr %459, align 4
  %461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %450, <16 x float> %442, <16 x float> %460)
  store <16 x float> %461, ptr %459, align 4
  %462 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %456, <16 x float> %461, <16 x float> %acc13.0548)
  %i10.next = or disjoint i64 %i10.addr.0547, 1
  %463 = or disjoint i64 %i10.next, %380
  %464 = getelementptr inbounds float, ptr %kh, i64 %463
  %465 = load float, ptr %464, align 4
  %gep701.1 = getelementptr float, ptr %invariant.gep700, i64 %i10.next
  %466 = load float, ptr %gep701.1, align 4
  %467 = insertelement <16 x float> poison, float %465, i64 0
  %468 = shufflevector <16 x float> %467, <16 x float> poison, <16 x i32> zeroinitializer
  %469 = shl nuw nsw i64 %i10.next, 5
  %470 = getelementptr inbounds float, ptr %Sroll, i64 %469
  %471 = load <16 x float>, ptr %470, align 4
  %472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %468, <16 x float> %435, <16 x float> %471)
  store <16 x float> %472, ptr %470, align 4
  %473 = insertelement <16 x float> poison, float %466, i64 0
  %474 = shufflevector <16 x float> %473, <16 x float> poison, <16 x i32> zeroinitializer
  %475 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %474, <16 x float> %472, <16 x float> %457)
  %476 = or disjoint i64 %469, 16
  %477 = getelementptr inbounds float, ptr %Sroll, i64 %476
  %478 = load <16 x float>, ptr %477, align 4
  %479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %468, <16 x float> %442, <16 x float> %478)
  store <16 x float> %479, ptr %477, align 4
  %480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %474, <16 x float> %479, <16 x float> %462)
  %i10.next.1 = add nuw nsw i64 %i10.addr.0547, 2
  %exitcond647.not.1 = icmp eq i64 %i10.next.1, 32
  br i1 %exitcond647.not.1, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  %481 = mul nsw i64 %443, %H
  %482 = getelementptr inbounds float, ptr %betah, i64 %481
  %483 = load float, ptr %482, align 4
  %484 = getelementptr inbounds float, ptr %vh, i64 %444
  %485 = load <16 x float>, ptr %484, align 4
  %486 = fsub <16 x float> %485, %475
  %487 = or disjoint i64 %367, 64
  %488 = getelementptr inbounds float, ptr %R, i64 %487
  store <16 x float> %486, ptr %488, align 4
  %489 = insertelement <16 x float> poison, float %483, i64 0
  %490 = shufflevector <16 x float> %489, <16 x float> poison, <16 x i32> zeroinitializer
  %491 = fmul <16 x float> %490, %486
  %492 = or disjoint i64 %444, 16
  %493 = getelementptr inbounds float, ptr %vh, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = fsub <16 x float> %494, %480
  %496 = or disjoint i64 %367, 80
  %497 = getelementptr inbounds float, ptr %R, i64 %496
  store <16 x float> %495, ptr %497, align 4
  %498 = fmul <16 x float> %490, %495
  %499 = or disjoint i64 %359, 3
  %500 = mul nsw i64 %499, %sq
  %invariant.gep702 = getelementptr float, ptr %kh, i64 %500
  br label %i11.body

i11.body:                                         ; preds = %i11.body, %i10.exit
  %acc14.0552 = phi <16 x float> [ zeroinitializer, %i10.exit ], [ %531, %i11.body ]
  %acc15.0551 = phi <16 x float> [ zeroinitializer, %i10.exit ], [ %536, %i11.body ]
  %i11.addr.0550 = phi i64 [ 0, %i10.exit ], [ %i11.next.1, %i11.body ]
  %501 = or disjoint i64 %i11.addr.0550, %444
  %502 = getelementptr inbounds float, ptr %kh, i64 %501
  %503 = load float, ptr %502, align 4
  %gep703 = getelementptr float, ptr %invariant.gep702, i64 %i11.addr.0550
  %504 = load float, ptr %gep703, align 4
  %505 = insertelement <16 x float> poison, float %503, i64 0
  %506 = shufflevector <16 x float> %505, <16 x float> poison, <16 x i32> zeroinitializer
  %507 = shl nuw nsw i64 %i11.addr.0550, 5
  %508 = getelementptr inbounds float, ptr %Sroll, i64 %507
  %509 = load <16 x float>, ptr %508, align 4
  %510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %506, <16 x float> %491, <16 x float> %509)
  store <16 x float> %510, ptr %508, align 4
  %511 = insertelement <16 x float> poison, float %504, i64 0
  %512 = shufflevector <16 x float> %511, <16 x float> poison, <16 x i32> zeroinitializer
  %513 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %512, <16 x float> %510, <16 x float> %acc14.0552)
  %514 = or disjoint i64 %507, 16
  %515 = getelementptr inbounds float, ptr %Sroll, i64 %514
  %516 = load <16 x float>, ptr %515, align 4
  %517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %506, <16 x float> %498, <16 x float> %516)
  store <16 x float> %517, ptr %515, align 4
  %518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %512, <16 x float> %517, <16 x float> %acc15.0551)
  %i11.next = or disjoint i64 %i11.addr.0550, 1
  %519 = or disjoint i64 %i11.next, %444
  %520 = getelementptr inbounds float, ptr %kh, i64 %519
  %521 = load float, ptr %520, align 4
  %gep703.1 = getelementptr float, ptr %invariant.gep702, i64 %i11.next
  %522 = load float, ptr %gep703.1, align 4
  %523 = insertelement <16 x float> poison, float %521, i64 0
  %524 = shufflevector <16 x float> %523, <16 x float> poison, <16 x i32> zeroinitializer
  %525 = shl nuw nsw i64 %i11.next, 5
  %526 = getelementptr inbounds float, ptr %Sroll, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %524, <16 x float> %491, <16 x float> %527)
  store <16 x float> %528, ptr %526, align 4
  %529 = insertelement <16 x float> poison, float %522, i64 0
  %530 = shufflevector <16 x float> %529, <16 x float> poison, <16 x i32> zeroinitializer
  %531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %530, <16 x float> %528, <16 x float> %513)
  %532 = or disjoint i64 %525, 16
  %533 = getelementptr inbounds float, ptr %Sroll, i64 %532
  %534 = load <16 x float>, ptr %533, align 4
  %535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %524, <16 x float> %498, <16 x float> %534)
  store <16 x float> %535, ptr %533, align 4
  %536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %530, <16 x float> %535, <16 x float> %518)
  %i11.next.1 = add nuw nsw i64 %i11.addr.0550, 2
  %exitcond648.not.1 = icmp eq i64 %i11.next.1, 32
  br i1 %exitcond648.not.1, label %i11.exit, label %i11.body

i11.exit:                                         ; preds = %i11.body
  %537 = mul nsw i64 %499, %H
  %538 = getelementptr inbounds float, ptr %betah, i64 %537
  %539 = load float, ptr %538, align 4
  %540 = getelementptr inbounds float, ptr %vh, i64 %500
  %541 = load <16 x float>, ptr %540, align 4
  %542 = fsub <16 x float> %541, %531
  %543 = or disjoint i64 %367, 96
  %544 = getelementptr inbounds float, ptr %R, i64 %543
  store <16 x float> %542, ptr %544, align 4
  %545 = insertelement <16 x float> poison, float %539, i64 0
  %546 = shufflevector <16 x float> %545, <16 x float> poison, <16 x i32> zeroinitializer
  %547 = fmul <16 x float> %546, %542
  %548 = or disjoint i64 %500, 16
  %549 = getelementptr inbounds float, ptr %vh, i64 %548
  %550 = load <16 x float>, ptr %549, align 4
  %551 = fsub <16 x float> %550, %536
  %552 = or disjoint i64 %367, 112
  %553 = getelementptr inbounds float, ptr %R, i64 %552
  store <16 x float> %551, ptr %553, align 4
  %554 = fmul <16 x float> %546, %551
  %tl1.next = add nuw nsw i64 %tl1.addr.0553, 1
  %exitcond651.not = icmp eq i64 %tl1.next, %smax650
  br i1 %exitcond651.not, label %tl1.exit, label %i8.head.preheader

tt.head.preheader:                                ; preds = %i12.body
  br i1 %51, label %tt.body, label %j20.head.preheader

i12.body:                                         ; preds = %i12.body, %tl1.exit
  %i12.addr.0557 = phi i64 [ 0, %tl1.exit ], [ %i12.next.1, %i12.body ]
  %gep705 = getelementptr float, ptr %invariant.gep704, i64 %i12.addr.0557
  %555 = load float, ptr %gep705, align 4
  %556 = insertelement <16 x float> poison, float %555, i64 0
  %557 = shufflevector <16 x float> %556, <16 x float> poison, <16 x i32> zeroinitializer
  %558 = shl nuw nsw i64 %i12.addr.0557, 5
  %559 = getelementptr inbounds float, ptr %Sroll, i64 %558
  %560 = load <16 x float>, ptr %559, align 4
  %561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %557, <16 x float> %delta.0.lcssa, <16 x float> %560)
  %562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %561, <16 x float> %314, <16 x float> zeroinitializer)
  %563 = or disjoint i64 %558, 16
  %564 = getelementptr inbounds float, ptr %Sroll, i64 %563
  %565 = load <16 x float>, ptr %564, align 4
  %566 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %557, <16 x float> %delta1.0.lcssa, <16 x float> %565)
  %567 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %566, <16 x float> %317, <16 x float> %562)
  %568 = or disjoint i64 %i12.addr.0557, %312
  %569 = getelementptr inbounds float, ptr %qh1, i64 %568
  %570 = load float, ptr %569, align 4
  %571 = shufflevector <16 x float> %567, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %572 = shufflevector <16 x float> %567, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %573 = fadd <8 x float> %571, %572
  %574 = shufflevector <8 x float> %573, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %575 = shufflevector <8 x float> %573, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %576 = fadd <4 x float> %574, %575
  %577 = shufflevector <4 x float> %576, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %578 = shufflevector <4 x float> %576, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %579 = fadd <2 x float> %577, %578
  %shift731 = shufflevector <2 x float> %579, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %580 = fadd <2 x float> %579, %shift731
  %581 = extractelement <2 x float> %580, i64 0
  %582 = fmul float %581, 0x3FC6A09E60000000
  %583 = fadd float %570, %582
  store float %583, ptr %569, align 4
  %i12.next = or disjoint i64 %i12.addr.0557, 1
  %gep705.1 = getelementptr float, ptr %invariant.gep704, i64 %i12.next
  %584 = load float, ptr %gep705.1, align 4
  %585 = insertelement <16 x float> poison, float %584, i64 0
  %586 = shufflevector <16 x float> %585, <16 x float> poison, <16 x i32> zeroinitializer
  %587 = shl nuw nsw i64 %i12.next, 5
  %588 = getelementptr inbounds float, ptr %Sroll, i64 %587
  %589 = load <16 x float>, ptr %588, align 4
  %590 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %586, <16 x float> %delta.0.lcssa, <16 x float> %589)
  %591 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %590, <16 x float> %314, <16 x float> zeroinitializer)
  %592 = or disjoint i64 %587, 16
  %593 = getelementptr inbounds float, ptr %Sroll, i64 %592
  %594 = load <16 x float>, ptr %593, align 4
  %595 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %586, <16 x float> %delta1.0.lcssa, <16 x float> %594)
  %596 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %595, <16 x float> %317, <16 x float> %591)
  %597 = or disjoint i64 %i12.next, %312
  %598 = getelementptr inbounds float, ptr %qh1, i64 %597
  %599 = load float, ptr %598, align 4
  %600 = shufflevector <16 x float> %596, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %601 = shufflevector <16 x float> %596, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %602 = fadd <8 x float> %600, %601
  %603 = shufflevector <8 x float> %602, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %604 = shufflevector <8 x float> %602, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %605 = fadd <4 x float> %603, %604
  %606 = shufflevector <4 x float> %605, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %607 = shufflevector <4 x float> %605, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %608 = fadd <2 x float> %606, %607
  %shift731.1 = shufflevector <2 x float> %608, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %609 = fadd <2 x float> %608, %shift731.1
  %610 = extractelement <2 x float> %609, i64 0
  %611 = fmul float %610, 0x3FC6A09E60000000
  %612 = fadd float %599, %611
  store float %612, ptr %598, align 4
  %i12.next.1 = add nuw nsw i64 %i12.addr.0557, 2
  %exitcond652.not.1 = icmp eq i64 %i12.next.1, 32
  br i1 %exitcond652.not.1, label %tt.head.preheader, label %i12.body

j20.head.preheader:                               ; preds = %i32.exit, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %613 = fneg float %120
  br label %i38.body

tt.body:                                          ; preds = %tt.head.preheader, %i32.exit
  %tt.addr.0594 = phi i64 [ %tt.next, %i32.exit ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0594
  %614 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %614, i64 %tlast)
  %615 = add nsw i64 %ptl, %t0
  %616 = shl nsw i64 %615, 2
  %617 = mul nsw i64 %616, %H
  %618 = getelementptr inbounds float, ptr %betah, i64 %617
  %619 = load float, ptr %618, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %620 = icmp slt i64 %614, %L
  %.neg = fneg float %619
  %621 = select i1 %620, float %.neg, float -0.000000e+00
  %622 = mul nsw i64 %616, %sq
  %623 = shl nsw i64 %ptl, 10
  %624 = shl nsw i64 %ptl, 7
  %625 = getelementptr inbounds float, ptr %R, i64 %624
  %626 = or disjoint i64 %624, 16
  %627 = getelementptr inbounds float, ptr %R, i64 %626
  %628 = add nsw i64 %tl2, %t0
  %629 = mul nsw i64 %628, %sq
  %630 = getelementptr inbounds float, ptr %oh, i64 %629
  %631 = load <16 x float>, ptr %630, align 4
  %632 = or disjoint i64 %629, 16
  %633 = getelementptr inbounds float, ptr %oh, i64 %632
  %634 = load <16 x float>, ptr %633, align 4
  %635 = shl nsw i64 %628, 2
  %636 = or disjoint i64 %635, 3
  %637 = mul nsw i64 %636, %sq
  br label %i14.body

i14.body:                                         ; preds = %tt.body, %i14.body
  %dsk.0561 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %694, %i14.body ]
  %dsk1.0560 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %695, %i14.body ]
  %i14.addr.0559 = phi i64 [ 0, %tt.body ], [ %i14.next, %i14.body ]
  %638 = shl nuw nsw i64 %i14.addr.0559, 5
  %639 = getelementptr inbounds float, ptr %dS, i64 %638
  %640 = load <16 x float>, ptr %639, align 4
  %641 = or disjoint i64 %638, 16
  %642 = getelementptr inbounds float, ptr %dS, i64 %641
  %643 = load <16 x float>, ptr %642, align 4
  %644 = getelementptr float, ptr %kh, i64 %i14.addr.0559
  %645 = getelementptr float, ptr %644, i64 %622
  %646 = load float, ptr %645, align 4
  %647 = fmul float %621, %646
  %648 = load <16 x float>, ptr %dSkPrev, align 4
  %649 = add nuw nsw i64 %638, %623
  %650 = getelementptr inbounds float, ptr %Sh, i64 %649
  %651 = load <16 x float>, ptr %650, align 4
  %652 = load <16 x float>, ptr %625, align 4
  %653 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %640, <16 x float> %652, <16 x float> zeroinitializer)
  %654 = fneg <16 x float> %651
  %655 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %654, <16 x float> %648, <16 x float> %653)
  %656 = insertelement <16 x float> poison, float %647, i64 0
  %657 = shufflevector <16 x float> %656, <16 x float> poison, <16 x i32> zeroinitializer
  %658 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %657, <16 x float> %648, <16 x float> %640)
  %659 = load <16 x float>, ptr %13, align 4
  %660 = or disjoint i64 %649, 16
  %661 = getelementptr inbounds float, ptr %Sh, i64 %660
  %662 = load <16 x float>, ptr %661, align 4
  %663 = load <16 x float>, ptr %627, align 4
  %664 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %643, <16 x float> %663, <16 x float> %655)
  %665 = fneg <16 x float> %662
  %666 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %665, <16 x float> %659, <16 x float> %664)
  %667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %657, <16 x float> %659, <16 x float> %643)
  %668 = getelementptr inbounds float, ptr %dkTmp, i64 %i14.addr.0559
  %669 = load float, ptr %668, align 4
  %670 = shufflevector <16 x float> %666, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %671 = shufflevector <16 x float> %666, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %672 = fadd <8 x float> %670, %671
  %673 = shufflevector <8 x float> %672, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %674 = shufflevector <8 x float> %672, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %675 = fadd <4 x float> %673, %674
  %676 = shufflevector <4 x float> %675, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %677 = shufflevector <4 x float> %675, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %678 = fadd <2 x float> %676, %677
  %shift732 = shufflevector <2 x float> %678, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %679 = fadd <2 x float> %678, %shift732
  %680 = extractelement <2 x float> %679, i64 0
  %681 = fadd float %669, %680
  store float %681, ptr %668, align 4
  %682 = or disjoint i64 %i14.addr.0559, %629
  %683 = getelementptr inbounds float, ptr %qh, i64 %682
  %684 = load float, ptr %683, align 4
  %685 = fmul float %684, 0x3FC6A09E60000000
  %686 = insertelement <16 x float> poison, float %685, i64 0
  %687 = shufflevector <16 x float> %686, <16 x float> poison, <16 x i32> zeroinitializer
  %688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %687, <16 x float> %631, <16 x float> %658)
  %689 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %687, <16 x float> %634, <16 x float> %667)
  %690 = getelementptr float, ptr %644, i64 %637
  %691 = load float, ptr %690, align 4
  %692 = insertelement <16 x float> poison, float %691, i64 0
  %693 = shufflevector <16 x float> %692, <16 x float> poison, <16 x i32> zeroinitializer
  %694 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %693, <16 x float> %688, <16 x float> %dsk.0561)
  %695 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %693, <16 x float> %689, <16 x float> %dsk1.0560)
  store <16 x float> %688, ptr %639, align 4
  store <16 x float> %689, ptr %642, align 4
  %i14.next = add nuw nsw i64 %i14.addr.0559, 1
  %exitcond653.not = icmp eq i64 %i14.next, 32
  br i1 %exitcond653.not, label %i14.exit, label %i14.body

i14.exit:                                         ; preds = %i14.body
  store <16 x float> %694, ptr %dSk, align 4
  store <16 x float> %695, ptr %14, align 4
  br i1 %620, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i14.exit
  %696 = insertelement <16 x float> poison, float %619, i64 0
  %697 = shufflevector <16 x float> %696, <16 x float> poison, <16 x i32> zeroinitializer
  %698 = load <16 x float>, ptr %dkTmp, align 4
  %699 = fmul <16 x float> %697, %698
  %700 = getelementptr float, ptr %kh1, i64 %622
  store <16 x float> %699, ptr %700, align 4
  %701 = load <16 x float>, ptr %27, align 4
  %702 = fmul <16 x float> %697, %701
  %703 = getelementptr float, ptr %44, i64 %622
  store <16 x float> %702, ptr %703, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i14.exit
  %704 = mul nsw i64 %636, %H
  %705 = getelementptr inbounds float, ptr %betah, i64 %704
  %706 = load float, ptr %705, align 4
  %707 = insertelement <16 x float> poison, float %706, i64 0
  %708 = shufflevector <16 x float> %707, <16 x float> poison, <16 x i32> zeroinitializer
  %709 = fmul <16 x float> %708, %694
  %710 = getelementptr float, ptr %vh1, i64 %637
  store <16 x float> %709, ptr %710, align 4
  %711 = fmul <16 x float> %708, %695
  %712 = getelementptr float, ptr %45, i64 %637
  store <16 x float> %711, ptr %712, align 4
  %.idx603 = shl i64 %tl2, 9
  %713 = getelementptr i8, ptr %R, i64 %.idx603
  %714 = getelementptr i8, ptr %713, i64 384
  %715 = load <16 x float>, ptr %714, align 4
  %716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %694, <16 x float> %715, <16 x float> zeroinitializer)
  %717 = getelementptr i8, ptr %28, i64 %.idx603
  %718 = getelementptr i8, ptr %717, i64 384
  %719 = load <16 x float>, ptr %718, align 4
  %720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %695, <16 x float> %719, <16 x float> %716)
  %721 = shufflevector <16 x float> %720, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %722 = shufflevector <16 x float> %720, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %723 = fadd <8 x float> %721, %722
  %724 = shufflevector <8 x float> %723, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %725 = shufflevector <8 x float> %723, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %726 = fadd <4 x float> %724, %725
  %727 = shufflevector <4 x float> %726, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %728 = shufflevector <4 x float> %726, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %729 = fadd <2 x float> %727, %728
  %shift733 = shufflevector <2 x float> %729, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %730 = fadd <2 x float> %729, %shift733
  %731 = extractelement <2 x float> %730, i64 0
  %732 = getelementptr inbounds float, ptr %betah1, i64 %704
  store float %731, ptr %732, align 4
  store <16 x float> %694, ptr %dSkPrev, align 4
  store <16 x float> %695, ptr %29, align 4
  %733 = mul nsw i64 %635, %H
  %734 = getelementptr inbounds float, ptr %betah, i64 %733
  %735 = load float, ptr %734, align 4
  %736 = or disjoint i64 %635, 1
  %737 = mul nsw i64 %736, %H
  %738 = getelementptr inbounds float, ptr %betah, i64 %737
  %739 = load float, ptr %738, align 4
  %740 = or disjoint i64 %635, 2
  %741 = mul nsw i64 %740, %H
  %742 = getelementptr inbounds float, ptr %betah, i64 %741
  %743 = load float, ptr %742, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %744 = fneg float %706
  %745 = mul nsw i64 %635, %sq
  %746 = mul nsw i64 %736, %sq
  %747 = mul nsw i64 %740, %sq
  %748 = shl nsw i64 %tl2, 10
  %749 = shl i64 %tl2, 7
  %750 = getelementptr inbounds float, ptr %R, i64 %749
  %751 = or disjoint i64 %749, 32
  %752 = getelementptr inbounds float, ptr %R, i64 %751
  %753 = or disjoint i64 %749, 64
  %754 = getelementptr inbounds float, ptr %R, i64 %753
  %755 = or disjoint i64 %749, 96
  %756 = getelementptr inbounds float, ptr %R, i64 %755
  %757 = or disjoint i64 %749, 16
  %758 = getelementptr inbounds float, ptr %R, i64 %757
  %759 = or disjoint i64 %749, 48
  %760 = getelementptr inbounds float, ptr %R, i64 %759
  %761 = or disjoint i64 %749, 80
  %762 = getelementptr inbounds float, ptr %R, i64 %761
  %763 = or disjoint i64 %749, 112
  %764 = getelementptr inbounds float, ptr %R, i64 %763
  br label %i20.body

i20.body:                                         ; preds = %endif, %i20.body
  %dsk2.0570 = phi <16 x float> [ zeroinitializer, %endif ], [ %838, %i20.body ]
  %dsk3.0569 = phi <16 x float> [ zeroinitializer, %endif ], [ %839, %i20.body ]
  %i20.addr.0568 = phi i64 [ 0, %endif ], [ %i20.next, %i20.body ]
  %765 = shl nuw nsw i64 %i20.addr.0568, 5
  %766 = getelementptr inbounds float, ptr %dS, i64 %765
  %767 = load <16 x float>, ptr %766, align 4
  %768 = or disjoint i64 %765, 16
  %769 = getelementptr inbounds float, ptr %dS, i64 %768
  %770 = load <16 x float>, ptr %769, align 4
  %771 = getelementptr float, ptr %kh, i64 %i20.addr.0568
  %772 = getelementptr float, ptr %771, i64 %637
  %773 = load float, ptr %772, align 4
  %774 = fmul float %773, %744
  %775 = getelementptr float, ptr %771, i64 %745
  %776 = load float, ptr %775, align 4
  %777 = fmul float %735, %776
  %778 = getelementptr float, ptr %771, i64 %746
  %779 = load float, ptr %778, align 4
  %780 = fmul float %739, %779
  %781 = getelementptr float, ptr %771, i64 %747
  %782 = load float, ptr %781, align 4
  %783 = fmul float %743, %782
  %784 = load <16 x float>, ptr %dSkPrev, align 4
  %785 = add nuw nsw i64 %765, %748
  %786 = getelementptr inbounds float, ptr %Sh, i64 %785
  %787 = load <16 x float>, ptr %786, align 4
  %788 = load <16 x float>, ptr %750, align 4
  %789 = insertelement <16 x float> poison, float %777, i64 0
  %790 = shufflevector <16 x float> %789, <16 x float> poison, <16 x i32> zeroinitializer
  %791 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %790, <16 x float> %788, <16 x float> %787)
  %792 = load <16 x float>, ptr %752, align 4
  %793 = insertelement <16 x float> poison, float %780, i64 0
  %794 = shufflevector <16 x float> %793, <16 x float> poison, <16 x i32> zeroinitializer
  %795 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %794, <16 x float> %792, <16 x float> %791)
  %796 = load <16 x float>, ptr %754, align 4
  %797 = insertelement <16 x float> poison, float %783, i64 0
  %798 = shufflevector <16 x float> %797, <16 x float> poison, <16 x i32> zeroinitializer
  %799 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %798, <16 x float> %796, <16 x float> %795)
  %800 = load <16 x float>, ptr %756, align 4
  %801 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %767, <16 x float> %800, <16 x float> zeroinitializer)
  %802 = fneg <16 x float> %799
  %803 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %802, <16 x float> %784, <16 x float> %801)
  %804 = insertelement <16 x float> poison, float %774, i64 0
  %805 = shufflevector <16 x float> %804, <16 x float> poison, <16 x i32> zeroinitializer
  %806 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %805, <16 x float> %784, <16 x float> %767)
  %807 = load <16 x float>, ptr %13, align 4
  %808 = or disjoint i64 %785, 16
  %809 = getelementptr inbounds float, ptr %Sh, i64 %808
  %810 = load <16 x float>, ptr %809, align 4
  %811 = load <16 x float>, ptr %758, align 4
  %812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %790, <16 x float> %811, <16 x float> %810)
  %813 = load <16 x float>, ptr %760, align 4
  %814 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %794, <16 x float> %813, <16 x float> %812)
  %815 = load <16 x float>, ptr %762, align 4
  %816 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %798, <16 x float> %815, <16 x float> %814)
  %817 = load <16 x float>, ptr %764, align 4
  %818 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %770, <16 x float> %817, <16 x float> %803)
  %819 = fneg <16 x float> %816
  %820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %819, <16 x float> %807, <16 x float> %818)
  %821 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %805, <16 x float> %807, <16 x float> %770)
  %822 = getelementptr inbounds float, ptr %dkTmp, i64 %i20.addr.0568
  %823 = load float, ptr %822, align 4
  %824 = shufflevector <16 x float> %820, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %825 = shufflevector <16 x float> %820, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %826 = fadd <8 x float> %824, %825
  %827 = shufflevector <8 x float> %826, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %828 = shufflevector <8 x float> %826, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %829 = fadd <4 x float> %827, %828
  %830 = shufflevector <4 x float> %829, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %831 = shufflevector <4 x float> %829, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %832 = fadd <2 x float> %830, %831
  %shift734 = shufflevector <2 x float> %832, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %833 = fadd <2 x float> %832, %shift734
  %834 = extractelement <2 x float> %833, i64 0
  %835 = fadd float %823, %834
  store float %835, ptr %822, align 4
  %836 = insertelement <16 x float> poison, float %782, i64 0
  %837 = shufflevector <16 x float> %836, <16 x float> poison, <16 x i32> zeroinitializer
  %838 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %837, <16 x float> %806, <16 x float> %dsk2.0570)
  %839 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %837, <16 x float> %821, <16 x float> %dsk3.0569)
  store <16 x float> %806, ptr %766, align 4
  store <16 x float> %821, ptr %769, align 4
  %i20.next = add nuw nsw i64 %i20.addr.0568, 1
  %exitcond654.not = icmp eq i64 %i20.next, 32
  br i1 %exitcond654.not, label %i20.exit, label %i20.body

i20.exit:                                         ; preds = %i20.body
  store <16 x float> %838, ptr %dSk, align 4
  store <16 x float> %839, ptr %14, align 4
  %840 = load <16 x float>, ptr %dkTmp, align 4
  %841 = fmul <16 x float> %708, %840
  %842 = getelementptr float, ptr %kh1, i64 %637
  store <16 x float> %841, ptr %842, align 4
  %843 = load <16 x float>, ptr %30, align 4
  %844 = fmul <16 x float> %708, %843
  %845 = getelementptr float, ptr %46, i64 %637
  store <16 x float> %844, ptr %845, align 4
  %846 = insertelement <16 x float> poison, float %743, i64 0
  %847 = shufflevector <16 x float> %846, <16 x float> poison, <16 x i32> zeroinitializer
  %848 = fmul <16 x float> %847, %838
  %849 = getelementptr float, ptr %vh1, i64 %747
  store <16 x float> %848, ptr %849, align 4
  %850 = fmul <16 x float> %847, %839
  %851 = getelementptr float, ptr %45, i64 %747
  store <16 x float> %850, ptr %851, align 4
  %852 = getelementptr i8, ptr %713, i64 256
  %853 = load <16 x float>, ptr %852, align 4
  %854 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %838, <16 x float> %853, <16 x float> zeroinitializer)
  %855 = getelementptr i8, ptr %717, i64 256
  %856 = load <16 x float>, ptr %855, align 4
  %857 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %839, <16 x float> %856, <16 x float> %854)
  %858 = shufflevector <16 x float> %857, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %859 = shufflevector <16 x float> %857, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %860 = fadd <8 x float> %858, %859
  %861 = shufflevector <8 x float> %860, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %862 = shufflevector <8 x float> %860, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %863 = fadd <4 x float> %861, %862
  %864 = shufflevector <4 x float> %863, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %865 = shufflevector <4 x float> %863, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %866 = fadd <2 x float> %864, %865
  %shift735 = shufflevector <2 x float> %866, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %867 = fadd <2 x float> %866, %shift735
  %868 = extractelement <2 x float> %867, i64 0
  %869 = getelementptr inbounds float, ptr %betah1, i64 %741
  store float %868, ptr %869, align 4
  store <16 x float> %838, ptr %dSkPrev, align 4
  store <16 x float> %839, ptr %29, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %870 = fneg float %743
  br label %i26.body

i26.body:                                         ; preds = %i20.exit, %i26.body
  %i26.addr.0579 = phi i64 [ 0, %i20.exit ], [ %i26.next, %i26.body ]
  %dsk5.0578 = phi <16 x float> [ zeroinitializer, %i20.exit ], [ %936, %i26.body ]
  %dsk4.0577 = phi <16 x float> [ zeroinitializer, %i20.exit ], [ %935, %i26.body ]
  %871 = shl nuw nsw i64 %i26.addr.0579, 5
  %872 = getelementptr inbounds float, ptr %dS, i64 %871
  %873 = load <16 x float>, ptr %872, align 4
  %874 = or disjoint i64 %871, 16
  %875 = getelementptr inbounds float, ptr %dS, i64 %874
  %876 = load <16 x float>, ptr %875, align 4
  %877 = getelementptr float, ptr %kh, i64 %i26.addr.0579
  %878 = getelementptr float, ptr %877, i64 %747
  %879 = load float, ptr %878, align 4
  %880 = fmul float %879, %870
  %881 = getelementptr float, ptr %877, i64 %745
  %882 = load float, ptr %881, align 4
  %883 = fmul float %735, %882
  %884 = getelementptr float, ptr %877, i64 %746
  %885 = load float, ptr %884, align 4
  %886 = fmul float %739, %885
  %887 = load <16 x float>, ptr %dSkPrev, align 4
  %888 = add nuw nsw i64 %871, %748
  %889 = getelementptr inbounds float, ptr %Sh, i64 %888
  %890 = load <16 x float>, ptr %889, align 4
  %891 = load <16 x float>, ptr %750, align 4
  %892 = insertelement <16 x float> poison, float %883, i64 0
  %893 = shufflevector <16 x float> %892, <16 x float> poison, <16 x i32> zeroinitializer
  %894 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %893, <16 x float> %891, <16 x float> %890)
  %895 = load <16 x float>, ptr %752, align 4
  %896 = insertelement <16 x float> poison, float %886, i64 0
  %897 = shufflevector <16 x float> %896, <16 x float> poison, <16 x i32> zeroinitializer
  %898 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %897, <16 x float> %895, <16 x float> %894)
  %899 = load <16 x float>, ptr %754, align 4
  %900 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %873, <16 x float> %899, <16 x float> zeroinitializer)
  %901 = fneg <16 x float> %898
  %902 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %901, <16 x float> %887, <16 x float> %900)
  %903 = insertelement <16 x float> poison, float %880, i64 0
  %904 = shufflevector <16 x float> %903, <16 x float> poison, <16 x i32> zeroinitializer
  %905 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %904, <16 x float> %887, <16 x float> %873)
  %906 = load <16 x float>, ptr %13, align 4
  %907 = or disjoint i64 %888, 16
  %908 = getelementptr inbounds float, ptr %Sh, i64 %907
  %909 = load <16 x float>, ptr %908, align 4
  %910 = load <16 x float>, ptr %758, align 4
  %911 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %893, <16 x float> %910, <16 x float> %909)
  %912 = load <16 x float>, ptr %760, align 4
  %913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %897, <16 x float> %912, <16 x float> %911)
  %914 = load <16 x float>, ptr %762, align 4
  %915 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %876, <16 x float> %914, <16 x float> %902)
  %916 = fneg <16 x float> %913
  %917 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %916, <16 x float> %906, <16 x float> %915)
  %918 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %904, <16 x float> %906, <16 x float> %876)
  %919 = getelementptr inbounds float, ptr %dkTmp, i64 %i26.addr.0579
  %920 = load float, ptr %919, align 4
  %921 = shufflevector <16 x float> %917, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %922 = shufflevector <16 x float> %917, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %923 = fadd <8 x float> %921, %922
  %924 = shufflevector <8 x float> %923, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %925 = shufflevector <8 x float> %923, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %926 = fadd <4 x float> %924, %925
  %927 = shufflevector <4 x float> %926, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %928 = shufflevector <4 x float> %926, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %929 = fadd <2 x float> %927, %928
  %shift736 = shufflevector <2 x float> %929, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %930 = fadd <2 x float> %929, %shift736
  %931 = extractelement <2 x float> %930, i64 0
  %932 = fadd float %920, %931
  store float %932, ptr %919, align 4
  %933 = insertelement <16 x float> poison, float %885, i64 0
  %934 = shufflevector <16 x float> %933, <16 x float> poison, <16 x i32> zeroinitializer
  %935 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %934, <16 x float> %905, <16 x float> %dsk4.0577)
  %936 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %934, <16 x float> %918, <16 x float> %dsk5.0578)
  store <16 x float> %905, ptr %872, align 4
  store <16 x float> %918, ptr %875, align 4
  %i26.next = add nuw nsw i64 %i26.addr.0579, 1
  %exitcond655.not = icmp eq i64 %i26.next, 32
  br i1 %exitcond655.not, label %i26.exit, label %i26.body

i26.exit:                                         ; preds = %i26.body
  store <16 x float> %935, ptr %dSk, align 4
  store <16 x float> %936, ptr %14, align 4
  %937 = load <16 x float>, ptr %dkTmp, align 4
  %938 = fmul <16 x float> %847, %937
  %939 = getelementptr float, ptr %kh1, i64 %747
  store <16 x float> %938, ptr %939, align 4
  %940 = load <16 x float>, ptr %30, align 4
  %941 = fmul <16 x float> %847, %940
  %942 = getelementptr float, ptr %46, i64 %747
  store <16 x float> %941, ptr %942, align 4
  %943 = insertelement <16 x float> poison, float %739, i64 0
  %944 = shufflevector <16 x float> %943, <16 x float> poison, <16 x i32> zeroinitializer
  %945 = fmul <16 x float> %944, %935
  %946 = getelementptr float, ptr %vh1, i64 %746
  store <16 x float> %945, ptr %946, align 4
  %947 = fmul <16 x float> %944, %936
  %948 = getelementptr float, ptr %45, i64 %746
  store <16 x float> %947, ptr %948, align 4
  %949 = getelementptr i8, ptr %713, i64 128
  %950 = load <16 x float>, ptr %949, align 4
  %951 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %935, <16 x float> %950, <16 x float> zeroinitializer)
  %952 = getelementptr i8, ptr %717, i64 128
  %953 = load <16 x float>, ptr %952, align 4
  %954 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %936, <16 x float> %953, <16 x float> %951)
  %955 = shufflevector <16 x float> %954, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %956 = shufflevector <16 x float> %954, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %957 = fadd <8 x float> %955, %956
  %958 = shufflevector <8 x float> %957, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %959 = shufflevector <8 x float> %957, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %960 = fadd <4 x float> %958, %959
  %961 = shufflevector <4 x float> %960, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %962 = shufflevector <4 x float> %960, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %963 = fadd <2 x float> %961, %962
  %shift737 = shufflevector <2 x float> %963, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %964 = fadd <2 x float> %963, %shift737
  %965 = extractelement <2 x float> %964, i64 0
  %966 = getelementptr inbounds float, ptr %betah1, i64 %737
  store float %965, ptr %966, align 4
  store <16 x float> %935, ptr %dSkPrev, align 4
  store <16 x float> %936, ptr %29, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %967 = fneg float %739
  br label %i32.body

i32.body:                                         ; preds = %i26.exit, %i32.body
  %i32.addr.0588 = phi i64 [ 0, %i26.exit ], [ %i32.next, %i32.body ]
  %dsk7.0587 = phi <16 x float> [ zeroinitializer, %i26.exit ], [ %1024, %i32.body ]
  %dsk6.0586 = phi <16 x float> [ zeroinitializer, %i26.exit ], [ %1023, %i32.body ]
  %968 = shl nuw nsw i64 %i32.addr.0588, 5
  %969 = getelementptr inbounds float, ptr %dS, i64 %968
  %970 = load <16 x float>, ptr %969, align 4
  %971 = or disjoint i64 %968, 16
  %972 = getelementptr inbounds float, ptr %dS, i64 %971
  %973 = load <16 x float>, ptr %972, align 4
  %974 = getelementptr float, ptr %kh, i64 %i32.addr.0588
  %975 = getelementptr float, ptr %974, i64 %746
  %976 = load float, ptr %975, align 4
  %977 = fmul float %976, %967
  %978 = getelementptr float, ptr %974, i64 %745
  %979 = load float, ptr %978, align 4
  %980 = fmul float %735, %979
  %981 = load <16 x float>, ptr %dSkPrev, align 4
  %982 = add nuw nsw i64 %968, %748
  %983 = getelementptr inbounds float, ptr %Sh, i64 %982
  %984 = load <16 x float>, ptr %983, align 4
  %985 = load <16 x float>, ptr %750, align 4
  %986 = insertelement <16 x float> poison, float %980, i64 0
  %987 = shufflevector <16 x float> %986, <16 x float> poison, <16 x i32> zeroinitializer
  %988 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %987, <16 x float> %985, <16 x float> %984)
  %989 = load <16 x float>, ptr %752, align 4
  %990 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %970, <16 x float> %989, <16 x float> zeroinitializer)
  %991 = fneg <16 x float> %988
  %992 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %991, <16 x float> %981, <16 x float> %990)
  %993 = insertelement <16 x float> poison, float %977, i64 0
  %994 = shufflevector <16 x float> %993, <16 x float> poison, <16 x i32> zeroinitializer
  %995 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %994, <16 x float> %981, <16 x float> %970)
  %996 = load <16 x float>, ptr %13, align 4
  %997 = or disjoint i64 %982, 16
  %998 = getelementptr inbounds float, ptr %Sh, i64 %997
  %999 = load <16 x float>, ptr %998, align 4
  %1000 = load <16 x float>, ptr %758, align 4
  %1001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %987, <16 x float> %1000, <16 x float> %999)
  %1002 = load <16 x float>, ptr %760, align 4
  %1003 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %973, <16 x float> %1002, <16 x float> %992)
  %1004 = fneg <16 x float> %1001
  %1005 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1004, <16 x float> %996, <16 x float> %1003)
  %1006 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %994, <16 x float> %996, <16 x float> %973)
  %1007 = getelementptr inbounds float, ptr %dkTmp, i64 %i32.addr.0588
  %1008 = load float, ptr %1007, align 4
  %1009 = shufflevector <16 x float> %1005, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %1010 = shufflevector <16 x float> %1005, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1011 = fadd <8 x float> %1009, %1010
  %1012 = shufflevector <8 x float> %1011, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1013 = shufflevector <8 x float> %1011, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1014 = fadd <4 x float> %1012, %1013
  %1015 = shufflevector <4 x float> %1014, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1016 = shufflevector <4 x float> %1014, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1017 = fadd <2 x float> %1015, %1016
  %shift738 = shufflevector <2 x float> %1017, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1018 = fadd <2 x float> %1017, %shift738
  %1019 = extractelement <2 x float> %1018, i64 0
  %1020 = fadd float %1008, %1019
  store float %1020, ptr %1007, align 4
  %1021 = insertelement <16 x float> poison, float %979, i64 0
  %1022 = shufflevector <16 x float> %1021, <16 x float> poison, <16 x i32> zeroinitializer
  %1023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1022, <16 x float> %995, <16 x float> %dsk6.0586)
  %1024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1022, <16 x float> %1006, <16 x float> %dsk7.0587)
  store <16 x float> %995, ptr %969, align 4
  store <16 x float> %1006, ptr %972, align 4
  %i32.next = add nuw nsw i64 %i32.addr.0588, 1
  %exitcond656.not = icmp eq i64 %i32.next, 32
  br i1 %exitcond656.not, label %i32.exit, label %i32.body

i32.exit:                                         ; preds = %i32.body
  store <16 x float> %1023, ptr %dSk, align 4
  store <16 x float> %1024, ptr %14, align 4
  %1025 = load <16 x float>, ptr %dkTmp, align 4
  %1026 = fmul <16 x float> %944, %1025
  %1027 = getelementptr float, ptr %kh1, i64 %746
  store <16 x float> %1026, ptr %1027, align 4
  %1028 = load <16 x float>, ptr %30, align 4
  %1029 = fmul <16 x float> %944, %1028
  %1030 = getelementptr float, ptr %46, i64 %746
  store <16 x float> %1029, ptr %1030, align 4
  %1031 = insertelement <16 x float> poison, float %735, i64 0
  %1032 = shufflevector <16 x float> %1031, <16 x float> poison, <16 x i32> zeroinitializer
  %1033 = fmul <16 x float> %1032, %1023
  %1034 = getelementptr float, ptr %vh1, i64 %745
  store <16 x float> %1033, ptr %1034, align 4
  %1035 = fmul <16 x float> %1032, %1024
  %1036 = getelementptr float, ptr %45, i64 %745
  store <16 x float> %1035, ptr %1036, align 4
  %1037 = load <16 x float>, ptr %713, align 4
  %1038 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1023, <16 x float> %1037, <16 x float> zeroinitializer)
  %1039 = load <16 x float>, ptr %717, align 4
  %1040 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1024, <16 x float> %1039, <16 x float> %1038)
  %1041 = shufflevector <16 x float> %1040, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %1042 = shufflevector <16 x float> %1040, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1043 = fadd <8 x float> %1041, %1042
  %1044 = shufflevector <8 x float> %1043, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1045 = shufflevector <8 x float> %1043, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1046 = fadd <4 x float> %1044, %1045
  %1047 = shufflevector <4 x float> %1046, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1048 = shufflevector <4 x float> %1046, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1049 = fadd <2 x float> %1047, %1048
  %shift739 = shufflevector <2 x float> %1049, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1050 = fadd <2 x float> %1049, %shift739
  %1051 = extractelement <2 x float> %1050, i64 0
  %1052 = getelementptr inbounds float, ptr %betah1, i64 %733
  store float %1051, ptr %1052, align 4
  store <16 x float> %1023, ptr %dSkPrev, align 4
  store <16 x float> %1024, ptr %29, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0594, 1
  %exitcond659.not = icmp eq i64 %tt.next, %smax658
  br i1 %exitcond659.not, label %j20.head.preheader, label %tt.body

i38.body:                                         ; preds = %j20.head.preheader, %i38.body
  %i38.addr.0596 = phi i64 [ 0, %j20.head.preheader ], [ %i38.next, %i38.body ]
  %1053 = shl nuw nsw i64 %i38.addr.0596, 5
  %1054 = getelementptr inbounds float, ptr %dS, i64 %1053
  %1055 = load <16 x float>, ptr %1054, align 4
  %1056 = or disjoint i64 %1053, 16
  %1057 = getelementptr inbounds float, ptr %dS, i64 %1056
  %1058 = load <16 x float>, ptr %1057, align 4
  %1059 = or disjoint i64 %i38.addr.0596, %121
  %1060 = getelementptr inbounds float, ptr %kh, i64 %1059
  %1061 = load float, ptr %1060, align 4
  %1062 = fmul float %1061, %613
  %1063 = load <16 x float>, ptr %dSkPrev, align 4
  %1064 = getelementptr inbounds float, ptr %Sh, i64 %1053
  %1065 = load <16 x float>, ptr %1064, align 4
  %1066 = load <16 x float>, ptr %R, align 4
  %1067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1055, <16 x float> %1066, <16 x float> zeroinitializer)
  %1068 = fneg <16 x float> %1065
  %1069 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1068, <16 x float> %1063, <16 x float> %1067)
  %1070 = insertelement <16 x float> poison, float %1062, i64 0
  %1071 = shufflevector <16 x float> %1070, <16 x float> poison, <16 x i32> zeroinitializer
  %1072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1071, <16 x float> %1063, <16 x float> %1055)
  %1073 = load <16 x float>, ptr %13, align 4
  %1074 = getelementptr inbounds float, ptr %Sh, i64 %1056
  %1075 = load <16 x float>, ptr %1074, align 4
  %1076 = load <16 x float>, ptr %5, align 4
  %1077 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1058, <16 x float> %1076, <16 x float> %1069)
  %1078 = fneg <16 x float> %1075
  %1079 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1078, <16 x float> %1073, <16 x float> %1077)
  %1080 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1071, <16 x float> %1073, <16 x float> %1058)
  %1081 = getelementptr inbounds float, ptr %dkTmp, i64 %i38.addr.0596
  %1082 = load float, ptr %1081, align 4
  %1083 = shufflevector <16 x float> %1079, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %1084 = shufflevector <16 x float> %1079, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1085 = fadd <8 x float> %1083, %1084
  %1086 = shufflevector <8 x float> %1085, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1087 = shufflevector <8 x float> %1085, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1088 = fadd <4 x float> %1086, %1087
  %1089 = shufflevector <4 x float> %1088, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1090 = shufflevector <4 x float> %1088, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1091 = fadd <2 x float> %1089, %1090
  %shift740 = shufflevector <2 x float> %1091, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1092 = fadd <2 x float> %1091, %shift740
  %1093 = extractelement <2 x float> %1092, i64 0
  %1094 = fadd float %1082, %1093
  store float %1094, ptr %1081, align 4
  store <16 x float> %1072, ptr %1054, align 4
  store <16 x float> %1080, ptr %1057, align 4
  %i38.next = add nuw nsw i64 %i38.addr.0596, 1
  %exitcond660.not = icmp eq i64 %i38.next, 32
  br i1 %exitcond660.not, label %j21.body.preheader, label %i38.body

j21.body.preheader:                               ; preds = %i38.body
  %1095 = load <16 x float>, ptr %dkTmp, align 4
  %1096 = fmul <16 x float> %126, %1095
  %1097 = getelementptr inbounds float, ptr %kh1, i64 %121
  store <16 x float> %1096, ptr %1097, align 4
  %1098 = load <16 x float>, ptr %31, align 4
  %1099 = fmul <16 x float> %126, %1098
  %1100 = getelementptr inbounds float, ptr %kh1, i64 %128
  store <16 x float> %1099, ptr %1100, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0598, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond662.not = icmp eq i64 %cc.next, %smax661
  br i1 %exitcond662.not, label %i40.head.preheader, label %cc.body
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
; ---- dp_step_h4_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h4_k32_v32_c1_nogate'
source_filename = "dp_step_h4_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h4_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %2 = or disjoint i64 %sq, 16
  %3 = shl nsw i64 %H, 6
  %.idx = shl nsw i64 %H, 3
  %4 = or disjoint i64 %3, 16
  %5 = mul nsw i64 %H, 96
  %.idx173 = mul i64 %H, 12
  %6 = or disjoint i64 %5, 16
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i4.exit
  %bh.addr.0199 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i4.exit ]
  %b = sdiv i64 %bh.addr.0199, %H
  %h = srem i64 %bh.addr.0199, %H
  %7 = mul nsw i64 %b, %H
  %bT = add nsw i64 %7, %h
  %8 = mul i64 %1, %b
  %bTn = add nsw i64 %8, %h
  %9 = shl nsw i64 %bT, 5
  %10 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %10
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0199, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i4.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0178 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %43, %i.body ]
  %acc1.0177 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %47, %i.body ]
  %acc2.0176 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %56, %i.body ]
  %acc3.0175 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %60, %i.body ]
  %i.addr.0174 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %11 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0174
  %12 = load float, ptr %11, align 4
  %13 = shl nuw nsw i64 %i.addr.0174, 5
  %14 = getelementptr inbounds float, ptr %S, i64 %13
  %15 = load <16 x float>, ptr %14, align 4
  %16 = insertelement <16 x float> poison, float %12, i64 0
  %17 = shufflevector <16 x float> %16, <16 x float> poison, <16 x i32> zeroinitializer
  %18 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %17, <16 x float> %15, <16 x float> %acc.0178)
  %19 = or disjoint i64 %13, 16
  %20 = getelementptr inbounds float, ptr %S, i64 %19
  %21 = load <16 x float>, ptr %20, align 4
  %22 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %17, <16 x float> %21, <16 x float> %acc1.0177)
  %23 = or disjoint i64 %i.addr.0174, 1
  %24 = getelementptr inbounds float, ptr %kh, i64 %23
  %25 = load float, ptr %24, align 4
  %26 = shl nuw nsw i64 %23, 5
  %27 = getelementptr inbounds float, ptr %S, i64 %26
  %28 = load <16 x float>, ptr %27, align 4
  %29 = insertelement <16 x float> poison, float %25, i64 0
  %30 = shufflevector <16 x float> %29, <16 x float> poison, <16 x i32> zeroinitializer
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> %28, <16 x float> %acc2.0176)
  %32 = or disjoint i64 %26, 16
  %33 = getelementptr inbounds float, ptr %S, i64 %32
  %34 = load <16 x float>, ptr %33, align 4
  %35 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %30, <16 x float> %34, <16 x float> %acc3.0175)
  %i.next = or disjoint i64 %i.addr.0174, 2
  %36 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %37 = load float, ptr %36, align 4
  %38 = shl nuw nsw i64 %i.next, 5
  %39 = getelementptr inbounds float, ptr %S, i64 %38
  %40 = load <16 x float>, ptr %39, align 4
  %41 = insertelement <16 x float> poison, float %37, i64 0
  %42 = shufflevector <16 x float> %41, <16 x float> poison, <16 x i32> zeroinitializer
  %43 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %42, <16 x float> %40, <16 x float> %18)
  %44 = or disjoint i64 %38, 16
  %45 = getelementptr inbounds float, ptr %S, i64 %44
  %46 = load <16 x float>, ptr %45, align 4
  %47 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %42, <16 x float> %46, <16 x float> %22)
  %48 = or disjoint i64 %i.addr.0174, 3
  %49 = getelementptr inbounds float, ptr %kh, i64 %48
  %50 = load float, ptr %49, align 4
  %51 = shl nuw nsw i64 %48, 5
  %52 = getelementptr inbounds float, ptr %S, i64 %51
  %53 = load <16 x float>, ptr %52, align 4
  %54 = insertelement <16 x float> poison, float %50, i64 0
  %55 = shufflevector <16 x float> %54, <16 x float> poison, <16 x i32> zeroinitializer
  %56 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> %53, <16 x float> %31)
  %57 = or disjoint i64 %51, 16
  %58 = getelementptr inbounds float, ptr %S, i64 %57
  %59 = load <16 x float>, ptr %58, align 4
  %60 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %55, <16 x float> %59, <16 x float> %35)
  %i.next.1 = add nuw nsw i64 %i.addr.0174, 4
  %61 = icmp ult i64 %i.next, 30
  br i1 %61, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %10
  %62 = load float, ptr %betah, align 4
  %63 = load <16 x float>, ptr %vh, align 4
  %64 = fadd <16 x float> %56, %43
  %65 = fsub <16 x float> %63, %64
  %66 = insertelement <16 x float> poison, float %62, i64 0
  %67 = shufflevector <16 x float> %66, <16 x float> poison, <16 x i32> zeroinitializer
  %68 = fmul <16 x float> %67, %65
  %69 = getelementptr inbounds i8, ptr %vh, i64 64
  %70 = load <16 x float>, ptr %69, align 4
  %71 = fadd <16 x float> %60, %47
  %72 = fsub <16 x float> %70, %71
  %73 = fmul <16 x float> %67, %72
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc416.0183 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %87, %i1.body ]
  %acc5.0182 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %92, %i1.body ]
  %acc6.0181 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %107, %i1.body ]
  %acc7.0180 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %112, %i1.body ]
  %i1.addr.0179 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %74 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0179
  %75 = load float, ptr %74, align 4
  %76 = or disjoint i64 %i1.addr.0179, %sq
  %77 = getelementptr inbounds float, ptr %kh, i64 %76
  %78 = load float, ptr %77, align 4
  %79 = insertelement <16 x float> poison, float %75, i64 0
  %80 = shufflevector <16 x float> %79, <16 x float> poison, <16 x i32> zeroinitializer
  %81 = shl nuw nsw i64 %i1.addr.0179, 5
  %82 = getelementptr inbounds float, ptr %S, i64 %81
  %83 = load <16 x float>, ptr %82, align 4
  %84 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %80, <16 x float> %68, <16 x float> %83)
  store <16 x float> %84, ptr %82, align 4
  %85 = insertelement <16 x float> poison, float %78, i64 0
  %86 = shufflevector <16 x float> %85, <16 x float> poison, <16 x i32> zeroinitializer
  %87 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %86, <16 x float> %84, <16 x float> %acc416.0183)
  %88 = or disjoint i64 %81, 16
  %89 = getelementptr inbounds float, ptr %S, i64 %88
  %90 = load <16 x float>, ptr %89, align 4
  %91 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %80, <16 x float> %73, <16 x float> %90)
  store <16 x float> %91, ptr %89, align 4
  %92 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %86, <16 x float> %91, <16 x float> %acc5.0182)
  %93 = or disjoint i64 %i1.addr.0179, 1
  %94 = getelementptr inbounds float, ptr %kh, i64 %93
  %95 = load float, ptr %94, align 4
  %96 = or disjoint i64 %93, %sq
  %97 = getelementptr inbounds float, ptr %kh, i64 %96
  %98 = load float, ptr %97, align 4
  %99 = insertelement <16 x float> poison, float %95, i64 0
  %100 = shufflevector <16 x float> %99, <16 x float> poison, <16 x i32> zeroinitializer
  %101 = shl nuw nsw i64 %93, 5
  %102 = getelementptr inbounds float, ptr %S, i64 %101
  %103 = load <16 x float>, ptr %102, align 4
  %104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %100, <16 x float> %68, <16 x float> %103)
  store <16 x float> %104, ptr %102, align 4
  %105 = insertelement <16 x float> poison, float %98, i64 0
  %106 = shufflevector <16 x float> %105, <16 x float> poison, <16 x i32> zeroinitializer
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %104, <16 x float> %acc6.0181)
  %108 = or disjoint i64 %101, 16
  %109 = getelementptr inbounds float, ptr %S, i64 %108
  %110 = load <16 x float>, ptr %109, align 4
  %111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %100, <16 x float> %73, <16 x float> %110)
  store <16 x float> %111, ptr %109, align 4
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %111, <16 x float> %acc7.0180)
  %i1.next = add nuw nsw i64 %i1.addr.0179, 2
  %113 = icmp ult i64 %i1.addr.0179, 30
  br i1 %113, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %9
  %114 = getelementptr inbounds float, ptr %betah, i64 %H
  %115 = load float, ptr %114, align 4
  %116 = getelementptr inbounds float, ptr %vh, i64 %sq
  %117 = load <16 x float>, ptr %116, align 4
  %118 = fadd <16 x float> %107, %87
  %119 = fsub <16 x float> %117, %118
  %120 = insertelement <16 x float> poison, float %115, i64 0
  %121 = shufflevector <16 x float> %120, <16 x float> poison, <16 x i32> zeroinitializer
  %122 = fmul <16 x float> %121, %119
  %123 = getelementptr inbounds float, ptr %vh, i64 %2
  %124 = load <16 x float>, ptr %123, align 4
  %125 = fadd <16 x float> %112, %92
  %126 = fsub <16 x float> %124, %125
  %127 = fmul <16 x float> %121, %126
  br label %i2.body

i2.body:                                          ; preds = %i1.exit, %i2.body
  %acc8.0188 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %142, %i2.body ]
  %acc9.0187 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %147, %i2.body ]
  %acc10.0186 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %163, %i2.body ]
  %acc11.0185 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %168, %i2.body ]
  %i2.addr.0184 = phi i64 [ 0, %i1.exit ], [ %i2.next, %i2.body ]
  %128 = or disjoint i64 %i2.addr.0184, %sq
  %129 = getelementptr inbounds float, ptr %kh, i64 %128
  %130 = load float, ptr %129, align 4
  %131 = or disjoint i64 %i2.addr.0184, %3
  %132 = getelementptr inbounds float, ptr %kh, i64 %131
  %133 = load float, ptr %132, align 4
  %134 = insertelement <16 x float> poison, float %130, i64 0
  %135 = shufflevector <16 x float> %134, <16 x float> poison, <16 x i32> zeroinitializer
  %136 = shl nuw nsw i64 %i2.addr.0184, 5
  %137 = getelementptr inbounds float, ptr %S, i64 %136
  %138 = load <16 x float>, ptr %137, align 4
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %122, <16 x float> %138)
  store <16 x float> %139, ptr %137, align 4
  %140 = insertelement <16 x float> poison, float %133, i64 0
  %141 = shufflevector <16 x float> %140, <16 x float> poison, <16 x i32> zeroinitializer
  %142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %141, <16 x float> %139, <16 x float> %acc8.0188)
  %143 = or disjoint i64 %136, 16
  %144 = getelementptr inbounds float, ptr %S, i64 %143
  %145 = load <16 x float>, ptr %144, align 4
  %146 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %127, <16 x float> %145)
  store <16 x float> %146, ptr %144, align 4
  %147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %141, <16 x float> %146, <16 x float> %acc9.0187)
  %148 = or disjoint i64 %i2.addr.0184, 1
  %149 = or disjoint i64 %148, %sq
  %150 = getelementptr inbounds float, ptr %kh, i64 %149
  %151 = load float, ptr %150, align 4
  %152 = or disjoint i64 %148, %3
  %153 = getelementptr inbounds float, ptr %kh, i64 %152
  %154 = load float, ptr %153, align 4
  %155 = insertelement <16 x float> poison, float %151, i64 0
  %156 = shufflevector <16 x float> %155, <16 x float> poison, <16 x i32> zeroinitializer
  %157 = shl nuw nsw i64 %148, 5
  %158 = getelementptr inbounds float, ptr %S, i64 %157
  %159 = load <16 x float>, ptr %158, align 4
  %160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %156, <16 x float> %122, <16 x float> %159)
  store <16 x float> %160, ptr %158, align 4
  %161 = insertelement <16 x float> poison, float %154, i64 0
  %162 = shufflevector <16 x float> %161, <16 x float> poison, <16 x i32> zeroinitializer
  %163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %160, <16 x float> %acc10.0186)
  %164 = or disjoint i64 %157, 16
  %165 = getelementptr inbounds float, ptr %S, i64 %164
  %166 = load <16 x float>, ptr %165, align 4
  %167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %156, <16 x float> %127, <16 x float> %166)
  store <16 x float> %167, ptr %165, align 4
  %168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %162, <16 x float> %167, <16 x float> %acc11.0185)
  %i2.next = add nuw nsw i64 %i2.addr.0184, 2
  %169 = icmp ult i64 %i2.addr.0184, 30
  br i1 %169, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %170 = getelementptr inbounds i8, ptr %betah, i64 %.idx
  %171 = load float, ptr %170, align 4
  %172 = getelementptr inbounds float, ptr %vh, i64 %3
  %173 = load <16 x float>, ptr %172, align 4
  %174 = fadd <16 x float> %163, %142
  %175 = fsub <16 x float> %173, %174
  %176 = insertelement <16 x float> poison, float %171, i64 0
  %177 = shufflevector <16 x float> %176, <16 x float> poison, <16 x i32> zeroinitializer
  %178 = fmul <16 x float> %177, %175
  %179 = getelementptr inbounds float, ptr %vh, i64 %4
  %180 = load <16 x float>, ptr %179, align 4
  %181 = fadd <16 x float> %168, %147
  %182 = fsub <16 x float> %180, %181
  %183 = fmul <16 x float> %177, %182
  br label %i3.body

i3.body:                                          ; preds = %i2.exit, %i3.body
  %i3.addr.0193 = phi i64 [ 0, %i2.exit ], [ %i3.next, %i3.body ]
  %acc15.0192 = phi <16 x float> [ zeroinitializer, %i2.exit ], [ %224, %i3.body ]
  %acc14.0191 = phi <16 x float> [ zeroinitializer, %i2.exit ], [ %219, %i3.body ]
  %acc13.0190 = phi <16 x float> [ zeroinitializer, %i2.exit ], [ %203, %i3.body ]
  %acc1273.0189 = phi <16 x float> [ zeroinitializer, %i2.exit ], [ %198, %i3.body ]
  %184 = or disjoint i64 %i3.addr.0193, %3
  %185 = getelementptr inbounds float, ptr %kh, i64 %184
  %186 = load float, ptr %185, align 4
  %187 = or disjoint i64 %i3.addr.0193, %5
  %188 = getelementptr inbounds float, ptr %kh, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = insertelement <16 x float> poison, float %186, i64 0
  %191 = shufflevector <16 x float> %190, <16 x float> poison, <16 x i32> zeroinitializer
  %192 = shl nuw nsw i64 %i3.addr.0193, 5
  %193 = getelementptr inbounds float, ptr %S, i64 %192
  %194 = load <16 x float>, ptr %193, align 4
  %195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %191, <16 x float> %178, <16 x float> %194)
  store <16 x float> %195, ptr %193, align 4
  %196 = insertelement <16 x float> poison, float %189, i64 0
  %197 = shufflevector <16 x float> %196, <16 x float> poison, <16 x i32> zeroinitializer
  %198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %197, <16 x float> %195, <16 x float> %acc1273.0189)
  %199 = or disjoint i64 %192, 16
  %200 = getelementptr inbounds float, ptr %S, i64 %199
  %201 = load <16 x float>, ptr %200, align 4
  %202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %191, <16 x float> %183, <16 x float> %201)
  store <16 x float> %202, ptr %200, align 4
  %203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %197, <16 x float> %202, <16 x float> %acc13.0190)
  %204 = or disjoint i64 %i3.addr.0193, 1
  %205 = or disjoint i64 %204, %3
  %206 = getelementptr inbounds float, ptr %kh, i64 %205
  %207 = load float, ptr %206, align 4
  %208 = or disjoint i64 %204, %5
  %209 = getelementptr inbounds float, ptr %kh, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = insertelement <16 x float> poison, float %207, i64 0
  %212 = shufflevector <16 x float> %211, <16 x float> poison, <16 x i32> zeroinitializer
  %213 = shl nuw nsw i64 %204, 5
  %214 = getelementptr inbounds float, ptr %S, i64 %213
  %215 = load <16 x float>, ptr %214, align 4
  %216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %212, <16 x float> %178, <16 x float> %215)
  store <16 x float> %216, ptr %214, align 4
  %217 = insertelement <16 x float> poison, float %210, i64 0
  %218 = shufflevector <16 x float> %217, <16 x float> poison, <16 x i32> zeroinitializer
  %219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %218, <16 x float> %216, <16 x float> %acc14.0191)
  %220 = or disjoint i64 %213, 16
  %221 = getelementptr inbounds float, ptr %S, i64 %220
  %222 = load <16 x float>, ptr %221, align 4
  %223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %212, <16 x float> %183, <16 x float> %222)
  store <16 x float> %223, ptr %221, align 4
  %224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %218, <16 x float> %223, <16 x float> %acc15.0192)
  %i3.next = add nuw nsw i64 %i3.addr.0193, 2
  %225 = icmp ult i64 %i3.addr.0193, 30
  br i1 %225, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %226 = getelementptr inbounds i8, ptr %betah, i64 %.idx173
  %227 = load float, ptr %226, align 4
  %228 = getelementptr inbounds float, ptr %vh, i64 %5
  %229 = load <16 x float>, ptr %228, align 4
  %230 = fadd <16 x float> %198, %219
  %231 = fsub <16 x float> %229, %230
  %232 = insertelement <16 x float> poison, float %227, i64 0
  %233 = shufflevector <16 x float> %232, <16 x float> poison, <16 x i32> zeroinitializer
  %234 = fmul <16 x float> %233, %231
  %235 = getelementptr inbounds float, ptr %vh, i64 %6
  %236 = load <16 x float>, ptr %235, align 4
  %237 = fadd <16 x float> %203, %224
  %238 = fsub <16 x float> %236, %237
  %239 = fmul <16 x float> %233, %238
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0198 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc17.0195 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %277, %i4.body ]
  %acc16102.0194 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %272, %i4.body ]
  %240 = or disjoint i64 %i4.addr.0198, %5
  %241 = getelementptr inbounds float, ptr %kh, i64 %240
  %242 = load float, ptr %241, align 4
  %243 = getelementptr inbounds float, ptr %qh, i64 %i4.addr.0198
  %244 = load float, ptr %243, align 4
  %245 = insertelement <16 x float> poison, float %242, i64 0
  %246 = shufflevector <16 x float> %245, <16 x float> poison, <16 x i32> zeroinitializer
  %247 = shl nuw nsw i64 %i4.addr.0198, 5
  %248 = getelementptr inbounds float, ptr %S, i64 %247
  %249 = load <16 x float>, ptr %248, align 4
  %250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %246, <16 x float> %234, <16 x float> %249)
  store <16 x float> %250, ptr %248, align 4
  %251 = insertelement <16 x float> poison, float %244, i64 0
  %252 = shufflevector <16 x float> %251, <16 x float> poison, <16 x i32> zeroinitializer
  %253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %252, <16 x float> %250, <16 x float> %acc16102.0194)
  %254 = or disjoint i64 %247, 16
  %255 = getelementptr inbounds float, ptr %S, i64 %254
  %256 = load <16 x float>, ptr %255, align 4
  %257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %246, <16 x float> %239, <16 x float> %256)
  store <16 x float> %257, ptr %255, align 4
  %258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %252, <16 x float> %257, <16 x float> %acc17.0195)
  %i4.next = or disjoint i64 %i4.addr.0198, 1
  %259 = or disjoint i64 %i4.next, %5
  %260 = getelementptr inbounds float, ptr %kh, i64 %259
  %261 = load float, ptr %260, align 4
  %262 = getelementptr inbounds float, ptr %qh, i64 %i4.next
  %263 = load float, ptr %262, align 4
  %264 = insertelement <16 x float> poison, float %261, i64 0
  %265 = shufflevector <16 x float> %264, <16 x float> poison, <16 x i32> zeroinitializer
  %266 = shl nuw nsw i64 %i4.next, 5
  %267 = getelementptr inbounds float, ptr %S, i64 %266
  %268 = load <16 x float>, ptr %267, align 4
  %269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %265, <16 x float> %234, <16 x float> %268)
  store <16 x float> %269, ptr %267, align 4
  %270 = insertelement <16 x float> poison, float %263, i64 0
  %271 = shufflevector <16 x float> %270, <16 x float> poison, <16 x i32> zeroinitializer
  %272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %271, <16 x float> %269, <16 x float> %253)
  %273 = or disjoint i64 %266, 16
  %274 = getelementptr inbounds float, ptr %S, i64 %273
  %275 = load <16 x float>, ptr %274, align 4
  %276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %265, <16 x float> %239, <16 x float> %275)
  store <16 x float> %276, ptr %274, align 4
  %277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %271, <16 x float> %276, <16 x float> %258)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0198, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %oh = getelementptr inbounds float, ptr %o, i64 %9
  %278 = fmul <16 x float> %272, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %278, ptr %oh, align 4
  %279 = fmul <16 x float> %277, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %280 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %279, ptr %280, align 4
  %bh.next = add nsw i64 %bh.addr.0199, 1
  %exitcond217.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond217.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
