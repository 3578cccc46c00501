; ---- dp_fwd_h4_k32_v32_r8_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h4_k32_v32_r8_nogate'
source_filename = "dp_fwd_h4_k32_v32_r8_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h4_k32_v32_r8_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %2 = add nsw i64 %T, 7
  %nc = sdiv i64 %2, 8
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
  %t0 = shl nsw i64 %ci.addr.0205, 3
  %19 = add nuw nsw i64 %t0, 8
  %20 = shl nsw i64 %ci.addr.0205, 5
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
; ---- dp_bwd_h4_k32_v32_c8_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h4_k32_v32_c8_nogate'
source_filename = "dp_bwd_h4_k32_v32_c8_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h4_k32_v32_c8_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %Ak = getelementptr inbounds i8, ptr %work, i64 21504
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 51200
  %KSdS = getelementptr inbounds i8, ptr %work, i64 55296
  %KT = getelementptr inbounds i8, ptr %work, i64 45056
  %M = getelementptr inbounds i8, ptr %work, i64 82816
  %OY = getelementptr inbounds i8, ptr %work, i64 39936
  %PT = getelementptr inbounds i8, ptr %work, i64 75776
  %QK = getelementptr inbounds i8, ptr %work, i64 34816
  %QcT = getelementptr inbounds i8, ptr %work, i64 49152
  %Rr = getelementptr inbounds i8, ptr %work, i64 63488
  %Vn = getelementptr inbounds i8, ptr %work, i64 67584
  %VnT = getelementptr inbounds i8, ptr %work, i64 71680
  %bet = getelementptr inbounds i8, ptr %work, i64 81920
  %dKc = getelementptr inbounds i8, ptr %work, i64 77824
  %dOT = getelementptr inbounds i8, ptr %work, i64 50176
  %dQc = getelementptr inbounds i8, ptr %work, i64 76800
  %dbet = getelementptr i8, ptr %work, i64 82048
  %2 = add nsw i64 %T, 7
  %nc = sdiv i64 %2, 8
  %3 = icmp sgt i64 %T, 0
  %4 = getelementptr inbounds i8, ptr %work, i64 76864
  %5 = getelementptr inbounds i8, ptr %work, i64 76928
  %6 = getelementptr inbounds i8, ptr %work, i64 76992
  %7 = getelementptr inbounds i8, ptr %work, i64 77056
  %8 = getelementptr inbounds i8, ptr %work, i64 77120
  %9 = getelementptr inbounds i8, ptr %work, i64 77184
  %10 = getelementptr inbounds i8, ptr %work, i64 77248
  %11 = getelementptr inbounds i8, ptr %work, i64 77312
  %12 = getelementptr inbounds i8, ptr %work, i64 77376
  %13 = getelementptr inbounds i8, ptr %work, i64 77440
  %14 = getelementptr inbounds i8, ptr %work, i64 77504
  %15 = getelementptr inbounds i8, ptr %work, i64 77568
  %16 = getelementptr inbounds i8, ptr %work, i64 77632
  %17 = getelementptr inbounds i8, ptr %work, i64 77696
  %18 = getelementptr inbounds i8, ptr %work, i64 77760
  %invariant.gep2336 = getelementptr i8, ptr %work, i64 21792
  %19 = add nsw i64 %bh0, 1
  %20 = mul i64 %nc, %19
  %21 = shl i64 %20, 12
  %22 = add i64 %21, -4096
  %23 = shl i64 %nc, 12
  %24 = shl nsw i64 %nc, 3
  %25 = add i64 %24, 144115188075855864
  %26 = mul i64 %25, %H
  %27 = mul i64 %H, -1024
  %28 = shl i64 %H, 7
  %29 = add i64 %23, -4096
  %30 = shl i64 %T, 9
  %31 = mul i64 %H, -4096
  %32 = shl i64 %H, 9
  %33 = add i64 %23, -3968
  %34 = add i64 %23, -3840
  %35 = add i64 %23, -3712
  %36 = add i64 %T, 8
  %37 = sub i64 %36, %24
  %smax2704 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %38 = sub i64 %bh1, %bh0
  %scevgep2603.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2603.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2603.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2603.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2603.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2603.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2603.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2603.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2603.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2603.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2603.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2603.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2603.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2603.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2603.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2603.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2603.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2603.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2603.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2603.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2603.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2603.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2603.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2603.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2603.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2603.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2603.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2603.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2603.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2603.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2603.31 = getelementptr i8, ptr %work, i64 7936
  %39 = getelementptr inbounds i8, ptr %work, i64 82848
  %40 = getelementptr inbounds i8, ptr %work, i64 82880
  %41 = getelementptr inbounds i8, ptr %work, i64 82912
  %42 = getelementptr inbounds i8, ptr %work, i64 82944
  %43 = getelementptr inbounds i8, ptr %work, i64 82960
  %44 = getelementptr inbounds i8, ptr %work, i64 82976
  %45 = getelementptr inbounds i8, ptr %work, i64 82996
  %46 = getelementptr inbounds i8, ptr %work, i64 83004
  %47 = getelementptr inbounds i8, ptr %work, i64 83008
  %48 = getelementptr inbounds i8, ptr %work, i64 83032
  %49 = getelementptr inbounds i8, ptr %work, i64 83040
  %50 = getelementptr inbounds i8, ptr %work, i64 83068
  %invariant.gep2905 = getelementptr i8, ptr %work, i64 63872
  %invariant.gep2907 = getelementptr i8, ptr %work, i64 17792
  %invariant.gep2909 = getelementptr i8, ptr %work, i64 63744
  %invariant.gep2911 = getelementptr i8, ptr %work, i64 17664
  %invariant.gep2913 = getelementptr i8, ptr %work, i64 63616
  %invariant.gep2915 = getelementptr i8, ptr %work, i64 17536
  %invariant.gep2917 = getelementptr i8, ptr %work, i64 63488
  %invariant.gep2919 = getelementptr i8, ptr %work, i64 17408
  %invariant.gep2921 = getelementptr i8, ptr %work, i64 39936
  %invariant.gep2923 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep2925 = getelementptr i8, ptr %work, i64 34816
  %invariant.gep2927 = getelementptr i8, ptr %work, i64 35840
  %invariant.gep2929 = getelementptr i8, ptr %work, i64 35968
  %invariant.gep2931 = getelementptr i8, ptr %work, i64 36096
  %invariant.gep2933 = getelementptr i8, ptr %work, i64 36224
  %invariant.gep2935 = getelementptr inbounds i8, ptr %work, i64 35840
  %invariant.gep2937 = getelementptr inbounds i8, ptr %work, i64 35904
  %invariant.gep2939 = getelementptr inbounds i8, ptr %work, i64 35840
  %invariant.gep2941 = getelementptr inbounds i8, ptr %work, i64 35904
  %invariant.gep2943 = getelementptr inbounds i8, ptr %work, i64 35840
  %invariant.gep2945 = getelementptr inbounds i8, ptr %work, i64 35904
  %invariant.gep2947 = getelementptr inbounds i8, ptr %work, i64 35840
  %invariant.gep2949 = getelementptr inbounds i8, ptr %work, i64 35904
  %51 = getelementptr inbounds i8, ptr %work, i64 16384
  %52 = getelementptr inbounds i8, ptr %work, i64 16896
  %53 = getelementptr inbounds i8, ptr %work, i64 16512
  %54 = getelementptr inbounds i8, ptr %work, i64 17024
  %55 = getelementptr inbounds i8, ptr %work, i64 16640
  %56 = getelementptr inbounds i8, ptr %work, i64 17152
  %57 = getelementptr inbounds i8, ptr %work, i64 16768
  %58 = getelementptr inbounds i8, ptr %work, i64 17280
  %59 = getelementptr inbounds i8, ptr %work, i64 49184
  %60 = getelementptr inbounds i8, ptr %work, i64 49216
  %61 = getelementptr inbounds i8, ptr %work, i64 49248
  %62 = getelementptr inbounds i8, ptr %work, i64 49280
  %63 = getelementptr inbounds i8, ptr %work, i64 49312
  %64 = getelementptr inbounds i8, ptr %work, i64 49344
  %65 = getelementptr inbounds i8, ptr %work, i64 49376
  %66 = getelementptr inbounds i8, ptr %work, i64 16416
  %67 = getelementptr inbounds i8, ptr %work, i64 16928
  %68 = getelementptr inbounds i8, ptr %work, i64 16544
  %69 = getelementptr inbounds i8, ptr %work, i64 17056
  %70 = getelementptr inbounds i8, ptr %work, i64 16672
  %71 = getelementptr inbounds i8, ptr %work, i64 17184
  %72 = getelementptr inbounds i8, ptr %work, i64 16800
  %73 = getelementptr inbounds i8, ptr %work, i64 17312
  %74 = getelementptr inbounds i8, ptr %work, i64 49408
  %75 = getelementptr inbounds i8, ptr %work, i64 49440
  %76 = getelementptr inbounds i8, ptr %work, i64 49472
  %77 = getelementptr inbounds i8, ptr %work, i64 49504
  %78 = getelementptr inbounds i8, ptr %work, i64 49536
  %79 = getelementptr inbounds i8, ptr %work, i64 49568
  %80 = getelementptr inbounds i8, ptr %work, i64 49600
  %81 = getelementptr inbounds i8, ptr %work, i64 49632
  %82 = getelementptr inbounds i8, ptr %work, i64 16448
  %83 = getelementptr inbounds i8, ptr %work, i64 16960
  %84 = getelementptr inbounds i8, ptr %work, i64 16576
  %85 = getelementptr inbounds i8, ptr %work, i64 17088
  %86 = getelementptr inbounds i8, ptr %work, i64 16704
  %87 = getelementptr inbounds i8, ptr %work, i64 17216
  %88 = getelementptr inbounds i8, ptr %work, i64 16832
  %89 = getelementptr inbounds i8, ptr %work, i64 17344
  %90 = getelementptr inbounds i8, ptr %work, i64 49664
  %91 = getelementptr inbounds i8, ptr %work, i64 49696
  %92 = getelementptr inbounds i8, ptr %work, i64 49728
  %93 = getelementptr inbounds i8, ptr %work, i64 49760
  %94 = getelementptr inbounds i8, ptr %work, i64 49792
  %95 = getelementptr inbounds i8, ptr %work, i64 49824
  %96 = getelementptr inbounds i8, ptr %work, i64 49856
  %97 = getelementptr inbounds i8, ptr %work, i64 49888
  %98 = getelementptr inbounds i8, ptr %work, i64 16480
  %99 = getelementptr inbounds i8, ptr %work, i64 16992
  %100 = getelementptr inbounds i8, ptr %work, i64 16608
  %101 = getelementptr inbounds i8, ptr %work, i64 17120
  %102 = getelementptr inbounds i8, ptr %work, i64 16736
  %103 = getelementptr inbounds i8, ptr %work, i64 17248
  %104 = getelementptr inbounds i8, ptr %work, i64 16864
  %105 = getelementptr inbounds i8, ptr %work, i64 17376
  %106 = getelementptr inbounds i8, ptr %work, i64 49920
  %107 = getelementptr inbounds i8, ptr %work, i64 49952
  %108 = getelementptr inbounds i8, ptr %work, i64 49984
  %109 = getelementptr inbounds i8, ptr %work, i64 50016
  %110 = getelementptr inbounds i8, ptr %work, i64 50048
  %111 = getelementptr inbounds i8, ptr %work, i64 50080
  %112 = getelementptr inbounds i8, ptr %work, i64 50112
  %113 = getelementptr inbounds i8, ptr %work, i64 50144
  %114 = getelementptr inbounds i8, ptr %work, i64 40448
  %115 = getelementptr inbounds i8, ptr %work, i64 40064
  %116 = getelementptr inbounds i8, ptr %work, i64 40576
  %117 = getelementptr inbounds i8, ptr %work, i64 40192
  %118 = getelementptr inbounds i8, ptr %work, i64 40704
  %119 = getelementptr inbounds i8, ptr %work, i64 40320
  %120 = getelementptr inbounds i8, ptr %work, i64 40832
  %121 = getelementptr inbounds i8, ptr %work, i64 50208
  %122 = getelementptr inbounds i8, ptr %work, i64 50240
  %123 = getelementptr inbounds i8, ptr %work, i64 50272
  %124 = getelementptr inbounds i8, ptr %work, i64 50304
  %125 = getelementptr inbounds i8, ptr %work, i64 50336
  %126 = getelementptr inbounds i8, ptr %work, i64 50368
  %127 = getelementptr inbounds i8, ptr %work, i64 50400
  %128 = getelementptr inbounds i8, ptr %work, i64 39968
  %129 = getelementptr inbounds i8, ptr %work, i64 40480
  %130 = getelementptr inbounds i8, ptr %work, i64 40096
  %131 = getelementptr inbounds i8, ptr %work, i64 40608
  %132 = getelementptr inbounds i8, ptr %work, i64 40224
  %133 = getelementptr inbounds i8, ptr %work, i64 40736
  %134 = getelementptr inbounds i8, ptr %work, i64 40352
  %135 = getelementptr inbounds i8, ptr %work, i64 40864
  %136 = getelementptr inbounds i8, ptr %work, i64 50432
  %137 = getelementptr inbounds i8, ptr %work, i64 50464
  %138 = getelementptr inbounds i8, ptr %work, i64 50496
  %139 = getelementptr inbounds i8, ptr %work, i64 50528
  %140 = getelementptr inbounds i8, ptr %work, i64 50560
  %141 = getelementptr inbounds i8, ptr %work, i64 50592
  %142 = getelementptr inbounds i8, ptr %work, i64 50624
  %143 = getelementptr inbounds i8, ptr %work, i64 50656
  %144 = getelementptr inbounds i8, ptr %work, i64 40000
  %145 = getelementptr inbounds i8, ptr %work, i64 40512
  %146 = getelementptr inbounds i8, ptr %work, i64 40128
  %147 = getelementptr inbounds i8, ptr %work, i64 40640
  %148 = getelementptr inbounds i8, ptr %work, i64 40256
  %149 = getelementptr inbounds i8, ptr %work, i64 40768
  %150 = getelementptr inbounds i8, ptr %work, i64 40384
  %151 = getelementptr inbounds i8, ptr %work, i64 40896
  %152 = getelementptr inbounds i8, ptr %work, i64 50688
  %153 = getelementptr inbounds i8, ptr %work, i64 50720
  %154 = getelementptr inbounds i8, ptr %work, i64 50752
  %155 = getelementptr inbounds i8, ptr %work, i64 50784
  %156 = getelementptr inbounds i8, ptr %work, i64 50816
  %157 = getelementptr inbounds i8, ptr %work, i64 50848
  %158 = getelementptr inbounds i8, ptr %work, i64 50880
  %159 = getelementptr inbounds i8, ptr %work, i64 50912
  %160 = getelementptr inbounds i8, ptr %work, i64 40032
  %161 = getelementptr inbounds i8, ptr %work, i64 40544
  %162 = getelementptr inbounds i8, ptr %work, i64 40160
  %163 = getelementptr inbounds i8, ptr %work, i64 40672
  %164 = getelementptr inbounds i8, ptr %work, i64 40288
  %165 = getelementptr inbounds i8, ptr %work, i64 40800
  %166 = getelementptr inbounds i8, ptr %work, i64 40416
  %167 = getelementptr inbounds i8, ptr %work, i64 40928
  %168 = getelementptr inbounds i8, ptr %work, i64 50944
  %169 = getelementptr inbounds i8, ptr %work, i64 50976
  %170 = getelementptr inbounds i8, ptr %work, i64 51008
  %171 = getelementptr inbounds i8, ptr %work, i64 51040
  %172 = getelementptr inbounds i8, ptr %work, i64 51072
  %173 = getelementptr inbounds i8, ptr %work, i64 51104
  %174 = getelementptr inbounds i8, ptr %work, i64 51136
  %175 = getelementptr inbounds i8, ptr %work, i64 51168
  %176 = getelementptr inbounds i8, ptr %work, i64 63552
  %177 = getelementptr inbounds i8, ptr %work, i64 55360
  %178 = getelementptr inbounds i8, ptr %work, i64 75808
  %179 = getelementptr inbounds i8, ptr %work, i64 75840
  %180 = getelementptr inbounds i8, ptr %work, i64 75872
  %181 = getelementptr inbounds i8, ptr %work, i64 75904
  %182 = getelementptr inbounds i8, ptr %work, i64 75936
  %183 = getelementptr inbounds i8, ptr %work, i64 75968
  %184 = getelementptr inbounds i8, ptr %work, i64 76000
  %185 = getelementptr inbounds i8, ptr %work, i64 76032
  %186 = getelementptr inbounds i8, ptr %work, i64 76064
  %187 = getelementptr inbounds i8, ptr %work, i64 76096
  %188 = getelementptr inbounds i8, ptr %work, i64 76128
  %189 = getelementptr inbounds i8, ptr %work, i64 76160
  %190 = getelementptr inbounds i8, ptr %work, i64 76192
  %191 = getelementptr inbounds i8, ptr %work, i64 76224
  %192 = getelementptr inbounds i8, ptr %work, i64 76256
  %193 = getelementptr inbounds i8, ptr %work, i64 76288
  %194 = getelementptr inbounds i8, ptr %work, i64 76320
  %195 = getelementptr inbounds i8, ptr %work, i64 76352
  %196 = getelementptr inbounds i8, ptr %work, i64 76384
  %197 = getelementptr inbounds i8, ptr %work, i64 76416
  %198 = getelementptr inbounds i8, ptr %work, i64 76448
  %199 = getelementptr inbounds i8, ptr %work, i64 76480
  %200 = getelementptr inbounds i8, ptr %work, i64 76512
  %201 = getelementptr inbounds i8, ptr %work, i64 76544
  %202 = getelementptr inbounds i8, ptr %work, i64 76576
  %203 = getelementptr inbounds i8, ptr %work, i64 76608
  %204 = getelementptr inbounds i8, ptr %work, i64 76640
  %205 = getelementptr inbounds i8, ptr %work, i64 76672
  %206 = getelementptr inbounds i8, ptr %work, i64 76704
  %207 = getelementptr inbounds i8, ptr %work, i64 76736
  %208 = getelementptr inbounds i8, ptr %work, i64 76768
  %invariant.gep2957 = getelementptr inbounds i8, ptr %work, i64 55424
  %invariant.gep2959 = getelementptr inbounds i8, ptr %work, i64 40960
  %invariant.gep2963 = getelementptr inbounds i8, ptr %work, i64 41024
  %209 = getelementptr inbounds i8, ptr %work, i64 21760
  %210 = getelementptr inbounds i8, ptr %work, i64 22176
  %211 = getelementptr inbounds i8, ptr %work, i64 22592
  %212 = getelementptr inbounds i8, ptr %work, i64 23008
  %213 = getelementptr inbounds i8, ptr %work, i64 23424
  %214 = getelementptr inbounds i8, ptr %work, i64 23840
  %215 = getelementptr inbounds i8, ptr %work, i64 24256
  %216 = getelementptr inbounds i8, ptr %work, i64 24672
  %217 = getelementptr inbounds i8, ptr %work, i64 25088
  %218 = getelementptr inbounds i8, ptr %work, i64 25504
  %219 = getelementptr inbounds i8, ptr %work, i64 25920
  %220 = getelementptr inbounds i8, ptr %work, i64 26336
  %221 = getelementptr inbounds i8, ptr %work, i64 26752
  %222 = getelementptr inbounds i8, ptr %work, i64 27168
  %223 = getelementptr inbounds i8, ptr %work, i64 27584
  %224 = getelementptr inbounds i8, ptr %work, i64 28000
  %225 = getelementptr inbounds i8, ptr %work, i64 28416
  %226 = getelementptr inbounds i8, ptr %work, i64 28832
  %227 = getelementptr inbounds i8, ptr %work, i64 29248
  %228 = getelementptr inbounds i8, ptr %work, i64 29664
  %229 = getelementptr inbounds i8, ptr %work, i64 30080
  %230 = getelementptr inbounds i8, ptr %work, i64 30496
  %231 = getelementptr inbounds i8, ptr %work, i64 30912
  %232 = getelementptr inbounds i8, ptr %work, i64 31328
  %233 = getelementptr inbounds i8, ptr %work, i64 31744
  %234 = getelementptr inbounds i8, ptr %work, i64 32160
  %235 = getelementptr inbounds i8, ptr %work, i64 32576
  %236 = getelementptr inbounds i8, ptr %work, i64 32992
  %237 = getelementptr inbounds i8, ptr %work, i64 23424
  %238 = getelementptr inbounds i8, ptr %work, i64 23840
  %239 = getelementptr inbounds i8, ptr %work, i64 24256
  %240 = getelementptr inbounds i8, ptr %work, i64 24672
  %241 = getelementptr inbounds i8, ptr %work, i64 26752
  %242 = getelementptr inbounds i8, ptr %work, i64 27168
  %243 = getelementptr inbounds i8, ptr %work, i64 27584
  %244 = getelementptr inbounds i8, ptr %work, i64 28000
  %245 = getelementptr inbounds i8, ptr %work, i64 30080
  %246 = getelementptr inbounds i8, ptr %work, i64 30496
  %247 = getelementptr inbounds i8, ptr %work, i64 30912
  %248 = getelementptr inbounds i8, ptr %work, i64 31328
  %249 = getelementptr inbounds i8, ptr %work, i64 33408
  %250 = getelementptr inbounds i8, ptr %work, i64 33824
  %251 = getelementptr inbounds i8, ptr %work, i64 34240
  %252 = getelementptr inbounds i8, ptr %work, i64 34656
  %invariant.gep2967 = getelementptr inbounds i8, ptr %work, i64 21792
  %invariant.gep2969 = getelementptr i8, ptr %work, i64 41344
  %invariant.gep2971 = getelementptr i8, ptr %work, i64 78208
  %invariant.gep2973 = getelementptr i8, ptr %work, i64 41216
  %invariant.gep2975 = getelementptr i8, ptr %work, i64 78080
  %invariant.gep2977 = getelementptr i8, ptr %work, i64 41088
  %invariant.gep2979 = getelementptr i8, ptr %work, i64 77952
  %invariant.gep2981 = getelementptr i8, ptr %work, i64 40960
  %invariant.gep2983 = getelementptr i8, ptr %work, i64 77824
  %253 = getelementptr inbounds i8, ptr %work, i64 76864
  %scevgep2707 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep.1 = getelementptr inbounds i8, ptr %work, i64 45120
  %invariant.gep2961 = getelementptr inbounds i8, ptr %work, i64 55488
  %gep2958.1 = getelementptr inbounds i8, ptr %work, i64 55680
  %gep2960.1 = getelementptr inbounds i8, ptr %work, i64 41088
  %gep2962.1 = getelementptr inbounds i8, ptr %work, i64 55744
  %gep2964.1 = getelementptr inbounds i8, ptr %work, i64 41152
  %gep2958.2 = getelementptr inbounds i8, ptr %work, i64 55936
  %gep2960.2 = getelementptr inbounds i8, ptr %work, i64 41216
  %gep2962.2 = getelementptr inbounds i8, ptr %work, i64 56000
  %gep2964.2 = getelementptr inbounds i8, ptr %work, i64 41280
  %gep2958.3 = getelementptr inbounds i8, ptr %work, i64 56192
  %gep2960.3 = getelementptr inbounds i8, ptr %work, i64 41344
  %gep2962.3 = getelementptr inbounds i8, ptr %work, i64 56256
  %gep2964.3 = getelementptr inbounds i8, ptr %work, i64 41408
  %gep2958.4 = getelementptr inbounds i8, ptr %work, i64 56448
  %gep2960.4 = getelementptr inbounds i8, ptr %work, i64 41472
  %gep2962.4 = getelementptr inbounds i8, ptr %work, i64 56512
  %gep2964.4 = getelementptr inbounds i8, ptr %work, i64 41536
  %gep2958.5 = getelementptr inbounds i8, ptr %work, i64 56704
  %gep2960.5 = getelementptr inbounds i8, ptr %work, i64 41600
  %gep2962.5 = getelementptr inbounds i8, ptr %work, i64 56768
  %gep2964.5 = getelementptr inbounds i8, ptr %work, i64 41664
  %gep2958.6 = getelementptr inbounds i8, ptr %work, i64 56960
  %gep2960.6 = getelementptr inbounds i8, ptr %work, i64 41728
  %gep2962.6 = getelementptr inbounds i8, ptr %work, i64 57024
  %gep2964.6 = getelementptr inbounds i8, ptr %work, i64 41792
  %gep2958.7 = getelementptr inbounds i8, ptr %work, i64 57216
  %gep2960.7 = getelementptr inbounds i8, ptr %work, i64 41856
  %gep2962.7 = getelementptr inbounds i8, ptr %work, i64 57280
  %gep2964.7 = getelementptr inbounds i8, ptr %work, i64 41920
  %gep2958.8 = getelementptr inbounds i8, ptr %work, i64 57472
  %gep2960.8 = getelementptr inbounds i8, ptr %work, i64 41984
  %gep2962.8 = getelementptr inbounds i8, ptr %work, i64 57536
  %gep2964.8 = getelementptr inbounds i8, ptr %work, i64 42048
  %gep2958.9 = getelementptr inbounds i8, ptr %work, i64 57728
  %gep2960.9 = getelementptr inbounds i8, ptr %work, i64 42112
  %gep2962.9 = getelementptr inbounds i8, ptr %work, i64 57792
  %gep2964.9 = getelementptr inbounds i8, ptr %work, i64 42176
  %gep2958.10 = getelementptr inbounds i8, ptr %work, i64 57984
  %gep2960.10 = getelementptr inbounds i8, ptr %work, i64 42240
  %gep2962.10 = getelementptr inbounds i8, ptr %work, i64 58048
  %gep2964.10 = getelementptr inbounds i8, ptr %work, i64 42304
  %gep2958.11 = getelementptr inbounds i8, ptr %work, i64 58240
  %gep2960.11 = getelementptr inbounds i8, ptr %work, i64 42368
  %gep2962.11 = getelementptr inbounds i8, ptr %work, i64 58304
  %gep2964.11 = getelementptr inbounds i8, ptr %work, i64 42432
  %gep2958.12 = getelementptr inbounds i8, ptr %work, i64 58496
  %gep2960.12 = getelementptr inbounds i8, ptr %work, i64 42496
  %gep2962.12 = getelementptr inbounds i8, ptr %work, i64 58560
  %gep2964.12 = getelementptr inbounds i8, ptr %work, i64 42560
  %gep2958.13 = getelementptr inbounds i8, ptr %work, i64 58752
  %gep2960.13 = getelementptr inbounds i8, ptr %work, i64 42624
  %gep2962.13 = getelementptr inbounds i8, ptr %work, i64 58816
  %gep2964.13 = getelementptr inbounds i8, ptr %work, i64 42688
  %gep2958.14 = getelementptr inbounds i8, ptr %work, i64 59008
  %gep2960.14 = getelementptr inbounds i8, ptr %work, i64 42752
  %gep2962.14 = getelementptr inbounds i8, ptr %work, i64 59072
  %gep2964.14 = getelementptr inbounds i8, ptr %work, i64 42816
  %gep2958.15 = getelementptr inbounds i8, ptr %work, i64 59264
  %gep2960.15 = getelementptr inbounds i8, ptr %work, i64 42880
  %gep2962.15 = getelementptr inbounds i8, ptr %work, i64 59328
  %gep2964.15 = getelementptr inbounds i8, ptr %work, i64 42944
  %gep2958.16 = getelementptr inbounds i8, ptr %work, i64 59520
  %gep2960.16 = getelementptr inbounds i8, ptr %work, i64 43008
  %gep2962.16 = getelementptr inbounds i8, ptr %work, i64 59584
  %gep2964.16 = getelementptr inbounds i8, ptr %work, i64 43072
  %gep2958.17 = getelementptr inbounds i8, ptr %work, i64 59776
  %gep2960.17 = getelementptr inbounds i8, ptr %work, i64 43136
  %gep2962.17 = getelementptr inbounds i8, ptr %work, i64 59840
  %gep2964.17 = getelementptr inbounds i8, ptr %work, i64 43200
  %gep2958.18 = getelementptr inbounds i8, ptr %work, i64 60032
  %gep2960.18 = getelementptr inbounds i8, ptr %work, i64 43264
  %gep2962.18 = getelementptr inbounds i8, ptr %work, i64 60096
  %gep2964.18 = getelementptr inbounds i8, ptr %work, i64 43328
  %gep2958.19 = getelementptr inbounds i8, ptr %work, i64 60288
  %gep2960.19 = getelementptr inbounds i8, ptr %work, i64 43392
  %gep2962.19 = getelementptr inbounds i8, ptr %work, i64 60352
  %gep2964.19 = getelementptr inbounds i8, ptr %work, i64 43456
  %gep2958.20 = getelementptr inbounds i8, ptr %work, i64 60544
  %gep2960.20 = getelementptr inbounds i8, ptr %work, i64 43520
  %gep2962.20 = getelementptr inbounds i8, ptr %work, i64 60608
  %gep2964.20 = getelementptr inbounds i8, ptr %work, i64 43584
  %gep2958.21 = getelementptr inbounds i8, ptr %work, i64 60800
  %gep2960.21 = getelementptr inbounds i8, ptr %work, i64 43648
  %gep2962.21 = getelementptr inbounds i8, ptr %work, i64 60864
  %gep2964.21 = getelementptr inbounds i8, ptr %work, i64 43712
  %gep2958.22 = getelementptr inbounds i8, ptr %work, i64 61056
  %gep2960.22 = getelementptr inbounds i8, ptr %work, i64 43776
  %gep2962.22 = getelementptr inbounds i8, ptr %work, i64 61120
  %gep2964.22 = getelementptr inbounds i8, ptr %work, i64 43840
  %gep2958.23 = getelementptr inbounds i8, ptr %work, i64 61312
  %gep2960.23 = getelementptr inbounds i8, ptr %work, i64 43904
  %gep2962.23 = getelementptr inbounds i8, ptr %work, i64 61376
  %gep2964.23 = getelementptr inbounds i8, ptr %work, i64 43968
  %gep2958.24 = getelementptr inbounds i8, ptr %work, i64 61568
  %gep2960.24 = getelementptr inbounds i8, ptr %work, i64 44032
  %gep2962.24 = getelementptr inbounds i8, ptr %work, i64 61632
  %gep2964.24 = getelementptr inbounds i8, ptr %work, i64 44096
  %gep2958.25 = getelementptr inbounds i8, ptr %work, i64 61824
  %gep2960.25 = getelementptr inbounds i8, ptr %work, i64 44160
  %gep2962.25 = getelementptr inbounds i8, ptr %work, i64 61888
  %gep2964.25 = getelementptr inbounds i8, ptr %work, i64 44224
  %gep2958.26 = getelementptr inbounds i8, ptr %work, i64 62080
  %gep2960.26 = getelementptr inbounds i8, ptr %work, i64 44288
  %gep2962.26 = getelementptr inbounds i8, ptr %work, i64 62144
  %gep2964.26 = getelementptr inbounds i8, ptr %work, i64 44352
  %gep2958.27 = getelementptr inbounds i8, ptr %work, i64 62336
  %gep2960.27 = getelementptr inbounds i8, ptr %work, i64 44416
  %gep2962.27 = getelementptr inbounds i8, ptr %work, i64 62400
  %gep2964.27 = getelementptr inbounds i8, ptr %work, i64 44480
  %gep2958.28 = getelementptr inbounds i8, ptr %work, i64 62592
  %gep2960.28 = getelementptr inbounds i8, ptr %work, i64 44544
  %gep2962.28 = getelementptr inbounds i8, ptr %work, i64 62656
  %gep2964.28 = getelementptr inbounds i8, ptr %work, i64 44608
  %gep2958.29 = getelementptr inbounds i8, ptr %work, i64 62848
  %gep2960.29 = getelementptr inbounds i8, ptr %work, i64 44672
  %gep2962.29 = getelementptr inbounds i8, ptr %work, i64 62912
  %gep2964.29 = getelementptr inbounds i8, ptr %work, i64 44736
  %gep2958.30 = getelementptr inbounds i8, ptr %work, i64 63104
  %gep2960.30 = getelementptr inbounds i8, ptr %work, i64 44800
  %gep2962.30 = getelementptr inbounds i8, ptr %work, i64 63168
  %gep2964.30 = getelementptr inbounds i8, ptr %work, i64 44864
  %gep2958.31 = getelementptr inbounds i8, ptr %work, i64 63360
  %gep2960.31 = getelementptr inbounds i8, ptr %work, i64 44928
  %gep2962.31 = getelementptr inbounds i8, ptr %work, i64 63424
  %gep2964.31 = getelementptr inbounds i8, ptr %work, i64 44992
  %invariant.gep2323.1 = getelementptr inbounds i8, ptr %work, i64 71744
  %scevgep2707.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2707.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2707.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2707.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2707.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2707.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2707.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2707.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2707.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2707.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2707.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2707.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2707.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2707.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2707.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2707.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2707.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2707.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2707.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2707.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2707.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2707.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2707.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2707.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2707.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2707.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2707.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2707.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2707.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2707.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2707.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j55.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j55.head.preheader ]
  %bh.addr.02402 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j55.head.preheader ]
  %254 = add i64 %indvar, %bh0
  %255 = shl i64 %254, 12
  %256 = mul i64 %23, %indvar
  %257 = add i64 %22, %256
  %b = sdiv i64 %bh.addr.02402, %H
  %h = srem i64 %bh.addr.02402, %H
  %258 = mul i64 %b, %T
  %259 = mul i64 %258, %H
  %bT = add i64 %259, %h
  %260 = mul i64 %1, %258
  %bTn = add nsw i64 %260, %h
  %kh.idx = shl nsw i64 %bTn, 7
  %kh = getelementptr inbounds i8, ptr %k, i64 %kh.idx
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %261 = getelementptr i8, ptr %dhT, i64 %255
  %262 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %261, i64 128, i1 false)
  %scevgep2602.1 = getelementptr i8, ptr %261, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.1, i64 128, i1 false)
  %scevgep2602.2 = getelementptr i8, ptr %261, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.2, i64 128, i1 false)
  %scevgep2602.3 = getelementptr i8, ptr %261, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.3, i64 128, i1 false)
  %scevgep2602.4 = getelementptr i8, ptr %261, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.4, i64 128, i1 false)
  %scevgep2602.5 = getelementptr i8, ptr %261, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.5, i64 128, i1 false)
  %scevgep2602.6 = getelementptr i8, ptr %261, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.6, i64 128, i1 false)
  %scevgep2602.7 = getelementptr i8, ptr %261, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.7, i64 128, i1 false)
  %scevgep2602.8 = getelementptr i8, ptr %261, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.8, i64 128, i1 false)
  %scevgep2602.9 = getelementptr i8, ptr %261, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.9, i64 128, i1 false)
  %scevgep2602.10 = getelementptr i8, ptr %261, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.10, i64 128, i1 false)
  %scevgep2602.11 = getelementptr i8, ptr %261, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.11, i64 128, i1 false)
  %scevgep2602.12 = getelementptr i8, ptr %261, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.12, i64 128, i1 false)
  %scevgep2602.13 = getelementptr i8, ptr %261, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.13, i64 128, i1 false)
  %scevgep2602.14 = getelementptr i8, ptr %261, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.14, i64 128, i1 false)
  %scevgep2602.15 = getelementptr i8, ptr %261, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.15, i64 128, i1 false)
  %scevgep2602.16 = getelementptr i8, ptr %261, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.16, i64 128, i1 false)
  %scevgep2602.17 = getelementptr i8, ptr %261, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.17, i64 128, i1 false)
  %scevgep2602.18 = getelementptr i8, ptr %261, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.18, i64 128, i1 false)
  %scevgep2602.19 = getelementptr i8, ptr %261, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.19, i64 128, i1 false)
  %scevgep2602.20 = getelementptr i8, ptr %261, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.20, i64 128, i1 false)
  %scevgep2602.21 = getelementptr i8, ptr %261, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.21, i64 128, i1 false)
  %scevgep2602.22 = getelementptr i8, ptr %261, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.22, i64 128, i1 false)
  %scevgep2602.23 = getelementptr i8, ptr %261, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.23, i64 128, i1 false)
  %scevgep2602.24 = getelementptr i8, ptr %261, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.24, i64 128, i1 false)
  %scevgep2602.25 = getelementptr i8, ptr %261, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.25, i64 128, i1 false)
  %scevgep2602.26 = getelementptr i8, ptr %261, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.26, i64 128, i1 false)
  %scevgep2602.27 = getelementptr i8, ptr %261, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.27, i64 128, i1 false)
  %scevgep2602.28 = getelementptr i8, ptr %261, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.28, i64 128, i1 false)
  %scevgep2602.29 = getelementptr i8, ptr %261, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.29, i64 128, i1 false)
  %scevgep2602.30 = getelementptr i8, ptr %261, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.30, i64 128, i1 false)
  %scevgep2602.31 = getelementptr i8, ptr %261, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2602.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %262
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %262
  br i1 %3, label %cc.body.lr.ph, label %j55.head.preheader

bh.exit:                                          ; preds = %j55.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %263 = mul nsw i64 %bh.addr.02402, %nc
  %264 = add i64 %26, %bT
  %265 = shl i64 %264, 7
  %266 = mul i64 %30, %b
  %267 = add i64 %29, %266
  %268 = mul i64 %267, %H
  %269 = shl i64 %h, 7
  %270 = add i64 %268, %269
  %271 = add i64 %33, %266
  %272 = mul i64 %271, %H
  %273 = add i64 %272, %269
  %274 = add i64 %34, %266
  %275 = mul i64 %274, %H
  %276 = add i64 %275, %269
  %277 = add i64 %35, %266
  %278 = mul i64 %277, %H
  %279 = add i64 %278, %269
  %280 = getelementptr i8, ptr %dout, i64 %265
  %281 = getelementptr i8, ptr %qh, i64 64
  %282 = getelementptr i8, ptr %kh, i64 64
  %283 = getelementptr i8, ptr %qh1, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t5.exit
  %indvars.iv2701 = phi i64 [ %37, %cc.body.lr.ph ], [ %indvars.iv.next2702, %t5.exit ]
  %cc.addr.02399 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t5.exit ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv2701, i64 8)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %284 = mul i64 %31, %cc.addr.02399
  %285 = add i64 %279, %284
  %286 = add i64 %276, %284
  %287 = add i64 %273, %284
  %288 = add i64 %270, %284
  %289 = mul i64 %27, %cc.addr.02399
  %290 = shl i64 %cc.addr.02399, 12
  %291 = sub i64 %257, %290
  %292 = xor i64 %cc.addr.02399, -1
  %ci = add nsw i64 %nc, %292
  %t0 = shl nsw i64 %ci, 3
  %293 = sub nsw i64 %T, %t0
  %scevgep2604 = getelementptr i8, ptr %hs, i64 %291
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604, i64 128, i1 false)
  %294 = or disjoint i64 %291, 128
  %scevgep2604.1 = getelementptr i8, ptr %hs, i64 %294
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.1, i64 128, i1 false)
  %295 = or disjoint i64 %291, 256
  %scevgep2604.2 = getelementptr i8, ptr %hs, i64 %295
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.2, i64 128, i1 false)
  %296 = or disjoint i64 %291, 384
  %scevgep2604.3 = getelementptr i8, ptr %hs, i64 %296
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.3, i64 128, i1 false)
  %297 = or disjoint i64 %291, 512
  %scevgep2604.4 = getelementptr i8, ptr %hs, i64 %297
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.4, i64 128, i1 false)
  %298 = or disjoint i64 %291, 640
  %scevgep2604.5 = getelementptr i8, ptr %hs, i64 %298
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.5, i64 128, i1 false)
  %299 = or disjoint i64 %291, 768
  %scevgep2604.6 = getelementptr i8, ptr %hs, i64 %299
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.6, i64 128, i1 false)
  %300 = or disjoint i64 %291, 896
  %scevgep2604.7 = getelementptr i8, ptr %hs, i64 %300
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.7, i64 128, i1 false)
  %301 = or disjoint i64 %291, 1024
  %scevgep2604.8 = getelementptr i8, ptr %hs, i64 %301
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.8, i64 128, i1 false)
  %302 = or disjoint i64 %291, 1152
  %scevgep2604.9 = getelementptr i8, ptr %hs, i64 %302
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.9, i64 128, i1 false)
  %303 = or disjoint i64 %291, 1280
  %scevgep2604.10 = getelementptr i8, ptr %hs, i64 %303
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.10, i64 128, i1 false)
  %304 = or disjoint i64 %291, 1408
  %scevgep2604.11 = getelementptr i8, ptr %hs, i64 %304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.11, i64 128, i1 false)
  %305 = or disjoint i64 %291, 1536
  %scevgep2604.12 = getelementptr i8, ptr %hs, i64 %305
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.12, i64 128, i1 false)
  %306 = or disjoint i64 %291, 1664
  %scevgep2604.13 = getelementptr i8, ptr %hs, i64 %306
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.13, i64 128, i1 false)
  %307 = or disjoint i64 %291, 1792
  %scevgep2604.14 = getelementptr i8, ptr %hs, i64 %307
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.14, i64 128, i1 false)
  %308 = or disjoint i64 %291, 1920
  %scevgep2604.15 = getelementptr i8, ptr %hs, i64 %308
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.15, i64 128, i1 false)
  %309 = or disjoint i64 %291, 2048
  %scevgep2604.16 = getelementptr i8, ptr %hs, i64 %309
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.16, i64 128, i1 false)
  %310 = or disjoint i64 %291, 2176
  %scevgep2604.17 = getelementptr i8, ptr %hs, i64 %310
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.17, i64 128, i1 false)
  %311 = or disjoint i64 %291, 2304
  %scevgep2604.18 = getelementptr i8, ptr %hs, i64 %311
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.18, i64 128, i1 false)
  %312 = or disjoint i64 %291, 2432
  %scevgep2604.19 = getelementptr i8, ptr %hs, i64 %312
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.19, i64 128, i1 false)
  %313 = or disjoint i64 %291, 2560
  %scevgep2604.20 = getelementptr i8, ptr %hs, i64 %313
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.20, i64 128, i1 false)
  %314 = or disjoint i64 %291, 2688
  %scevgep2604.21 = getelementptr i8, ptr %hs, i64 %314
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.21, i64 128, i1 false)
  %315 = or disjoint i64 %291, 2816
  %scevgep2604.22 = getelementptr i8, ptr %hs, i64 %315
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.22, i64 128, i1 false)
  %316 = or disjoint i64 %291, 2944
  %scevgep2604.23 = getelementptr i8, ptr %hs, i64 %316
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.23, i64 128, i1 false)
  %317 = or disjoint i64 %291, 3072
  %scevgep2604.24 = getelementptr i8, ptr %hs, i64 %317
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.24, i64 128, i1 false)
  %318 = or disjoint i64 %291, 3200
  %scevgep2604.25 = getelementptr i8, ptr %hs, i64 %318
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.25, i64 128, i1 false)
  %319 = or disjoint i64 %291, 3328
  %scevgep2604.26 = getelementptr i8, ptr %hs, i64 %319
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.26, i64 128, i1 false)
  %320 = or disjoint i64 %291, 3456
  %scevgep2604.27 = getelementptr i8, ptr %hs, i64 %320
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.27, i64 128, i1 false)
  %321 = or disjoint i64 %291, 3584
  %scevgep2604.28 = getelementptr i8, ptr %hs, i64 %321
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.28, i64 128, i1 false)
  %322 = or disjoint i64 %291, 3712
  %scevgep2604.29 = getelementptr i8, ptr %hs, i64 %322
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.29, i64 128, i1 false)
  %323 = or disjoint i64 %291, 3840
  %scevgep2604.30 = getelementptr i8, ptr %hs, i64 %323
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.30, i64 128, i1 false)
  %324 = or disjoint i64 %291, 3968
  %scevgep2604.31 = getelementptr i8, ptr %hs, i64 %324
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2603.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2604.31, i64 128, i1 false)
  %325 = add nsw i64 %ci, %263
  %326 = shl nsw i64 %325, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %327 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02125 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %328 = shl nuw nsw i64 %i2.addr.02125, 5
  %329 = or disjoint i64 %328, %326
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %330 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02124 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %331 = or disjoint i64 %329, %j2.addr.02124
  %332 = getelementptr inbounds float, ptr %hs, i64 %331
  %333 = load <16 x float>, ptr %332, align 4
  %334 = or disjoint i64 %331, 256
  %335 = getelementptr inbounds float, ptr %hs, i64 %334
  %336 = load <16 x float>, ptr %335, align 4
  %337 = or disjoint i64 %331, 32
  %338 = getelementptr inbounds float, ptr %hs, i64 %337
  %339 = load <16 x float>, ptr %338, align 4
  %340 = or disjoint i64 %331, 288
  %341 = getelementptr inbounds float, ptr %hs, i64 %340
  %342 = load <16 x float>, ptr %341, align 4
  %343 = or disjoint i64 %331, 64
  %344 = getelementptr inbounds float, ptr %hs, i64 %343
  %345 = load <16 x float>, ptr %344, align 4
  %346 = or disjoint i64 %331, 320
  %347 = getelementptr inbounds float, ptr %hs, i64 %346
  %348 = load <16 x float>, ptr %347, align 4
  %349 = or disjoint i64 %331, 96
  %350 = getelementptr inbounds float, ptr %hs, i64 %349
  %351 = load <16 x float>, ptr %350, align 4
  %352 = or disjoint i64 %331, 352
  %353 = getelementptr inbounds float, ptr %hs, i64 %352
  %354 = load <16 x float>, ptr %353, align 4
  %355 = or disjoint i64 %331, 128
  %356 = getelementptr inbounds float, ptr %hs, i64 %355
  %357 = load <16 x float>, ptr %356, align 4
  %358 = or disjoint i64 %331, 384
  %359 = getelementptr inbounds float, ptr %hs, i64 %358
  %360 = load <16 x float>, ptr %359, align 4
  %361 = or disjoint i64 %331, 160
  %362 = getelementptr inbounds float, ptr %hs, i64 %361
  %363 = load <16 x float>, ptr %362, align 4
  %364 = or disjoint i64 %331, 416
  %365 = getelementptr inbounds float, ptr %hs, i64 %364
  %366 = load <16 x float>, ptr %365, align 4
  %367 = or disjoint i64 %331, 192
  %368 = getelementptr inbounds float, ptr %hs, i64 %367
  %369 = load <16 x float>, ptr %368, align 4
  %370 = or disjoint i64 %331, 448
  %371 = getelementptr inbounds float, ptr %hs, i64 %370
  %372 = load <16 x float>, ptr %371, align 4
  %373 = or disjoint i64 %331, 224
  %374 = getelementptr inbounds float, ptr %hs, i64 %373
  %375 = load <16 x float>, ptr %374, align 4
  %376 = or disjoint i64 %331, 480
  %377 = getelementptr inbounds float, ptr %hs, i64 %376
  %378 = load <16 x float>, ptr %377, align 4
  %379 = shufflevector <16 x float> %333, <16 x float> %336, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %380 = shufflevector <16 x float> %357, <16 x float> %360, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %381 = shufflevector <16 x float> %339, <16 x float> %342, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %382 = shufflevector <16 x float> %363, <16 x float> %366, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %383 = shufflevector <16 x float> %345, <16 x float> %348, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %384 = shufflevector <16 x float> %369, <16 x float> %372, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %385 = shufflevector <16 x float> %351, <16 x float> %354, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %386 = shufflevector <16 x float> %375, <16 x float> %378, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %387 = shufflevector <16 x float> %333, <16 x float> %336, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %388 = shufflevector <16 x float> %357, <16 x float> %360, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %389 = shufflevector <16 x float> %339, <16 x float> %342, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %390 = shufflevector <16 x float> %363, <16 x float> %366, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %391 = shufflevector <16 x float> %345, <16 x float> %348, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %392 = shufflevector <16 x float> %369, <16 x float> %372, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %393 = shufflevector <16 x float> %351, <16 x float> %354, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %394 = shufflevector <16 x float> %375, <16 x float> %378, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %395 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %396 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %397 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %398 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %399 = shufflevector <16 x float> %379, <16 x float> %380, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %400 = shufflevector <16 x float> %383, <16 x float> %384, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %401 = shufflevector <16 x float> %381, <16 x float> %382, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %402 = shufflevector <16 x float> %385, <16 x float> %386, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %403 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %404 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %405 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %406 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %407 = shufflevector <16 x float> %387, <16 x float> %388, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %408 = shufflevector <16 x float> %391, <16 x float> %392, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %409 = shufflevector <16 x float> %389, <16 x float> %390, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %410 = shufflevector <16 x float> %393, <16 x float> %394, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %411 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %412 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %413 = shufflevector <16 x float> %395, <16 x float> %396, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %414 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %415 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %416 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %417 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %418 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %419 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %420 = shufflevector <16 x float> %405, <16 x float> %406, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %421 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %422 = shufflevector <16 x float> %405, <16 x float> %406, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %423 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %424 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %425 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %426 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %427 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %428 = shl nuw nsw i64 %j2.addr.02124, 5
  %429 = or disjoint i64 %428, %i2.addr.02125
  %430 = or disjoint i64 %429, 1024
  %431 = getelementptr inbounds float, ptr %Bk, i64 %430
  store <16 x float> %427, ptr %431, align 4
  %432 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %433 = or disjoint i64 %429, 1056
  %434 = getelementptr inbounds float, ptr %Bk, i64 %433
  store <16 x float> %432, ptr %434, align 4
  %435 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %436 = or disjoint i64 %429, 1088
  %437 = getelementptr inbounds float, ptr %Bk, i64 %436
  store <16 x float> %435, ptr %437, align 4
  %438 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %439 = or disjoint i64 %429, 1120
  %440 = getelementptr inbounds float, ptr %Bk, i64 %439
  store <16 x float> %438, ptr %440, align 4
  %441 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %442 = or disjoint i64 %429, 1152
  %443 = getelementptr inbounds float, ptr %Bk, i64 %442
  store <16 x float> %441, ptr %443, align 4
  %444 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %445 = or disjoint i64 %429, 1184
  %446 = getelementptr inbounds float, ptr %Bk, i64 %445
  store <16 x float> %444, ptr %446, align 4
  %447 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %448 = or disjoint i64 %429, 1216
  %449 = getelementptr inbounds float, ptr %Bk, i64 %448
  store <16 x float> %447, ptr %449, align 4
  %450 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %451 = or disjoint i64 %429, 1248
  %452 = getelementptr inbounds float, ptr %Bk, i64 %451
  store <16 x float> %450, ptr %452, align 4
  %453 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %454 = or disjoint i64 %429, 1280
  %455 = getelementptr inbounds float, ptr %Bk, i64 %454
  store <16 x float> %453, ptr %455, align 4
  %456 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %457 = or disjoint i64 %429, 1312
  %458 = getelementptr inbounds float, ptr %Bk, i64 %457
  store <16 x float> %456, ptr %458, align 4
  %459 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %460 = or disjoint i64 %429, 1344
  %461 = getelementptr inbounds float, ptr %Bk, i64 %460
  store <16 x float> %459, ptr %461, align 4
  %462 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %463 = or disjoint i64 %429, 1376
  %464 = getelementptr inbounds float, ptr %Bk, i64 %463
  store <16 x float> %462, ptr %464, align 4
  %465 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %466 = or disjoint i64 %429, 1408
  %467 = getelementptr inbounds float, ptr %Bk, i64 %466
  store <16 x float> %465, ptr %467, align 4
  %468 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %469 = or disjoint i64 %429, 1440
  %470 = getelementptr inbounds float, ptr %Bk, i64 %469
  store <16 x float> %468, ptr %470, align 4
  %471 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %472 = or disjoint i64 %429, 1472
  %473 = getelementptr inbounds float, ptr %Bk, i64 %472
  store <16 x float> %471, ptr %473, align 4
  %474 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %475 = or disjoint i64 %429, 1504
  %476 = getelementptr inbounds float, ptr %Bk, i64 %475
  store <16 x float> %474, ptr %476, align 4
  br i1 %330, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %327, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %477 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02127 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %478 = shl nuw nsw i64 %i3.addr.02127, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %479 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02126 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %480 = or disjoint i64 %j3.addr.02126, %478
  %481 = or disjoint i64 %480, 32
  %482 = getelementptr inbounds float, ptr %work, i64 %481
  %483 = load <16 x float>, ptr %482, align 4
  %484 = or disjoint i64 %480, 544
  %485 = getelementptr inbounds float, ptr %work, i64 %484
  %486 = load <16 x float>, ptr %485, align 4
  %487 = or disjoint i64 %480, 96
  %488 = getelementptr inbounds float, ptr %work, i64 %487
  %489 = load <16 x float>, ptr %488, align 4
  %490 = or disjoint i64 %480, 608
  %491 = getelementptr inbounds float, ptr %work, i64 %490
  %492 = load <16 x float>, ptr %491, align 4
  %493 = or disjoint i64 %480, 160
  %494 = getelementptr inbounds float, ptr %work, i64 %493
  %495 = load <16 x float>, ptr %494, align 4
  %496 = or disjoint i64 %480, 672
  %497 = getelementptr inbounds float, ptr %work, i64 %496
  %498 = load <16 x float>, ptr %497, align 4
  %499 = or disjoint i64 %480, 224
  %500 = getelementptr inbounds float, ptr %work, i64 %499
  %501 = load <16 x float>, ptr %500, align 4
  %502 = or disjoint i64 %480, 736
  %503 = getelementptr inbounds float, ptr %work, i64 %502
  %504 = load <16 x float>, ptr %503, align 4
  %505 = or disjoint i64 %480, 288
  %506 = getelementptr inbounds float, ptr %work, i64 %505
  %507 = load <16 x float>, ptr %506, align 4
  %508 = or disjoint i64 %480, 800
  %509 = getelementptr inbounds float, ptr %work, i64 %508
  %510 = load <16 x float>, ptr %509, align 4
  %511 = or disjoint i64 %480, 352
  %512 = getelementptr inbounds float, ptr %work, i64 %511
  %513 = load <16 x float>, ptr %512, align 4
  %514 = or disjoint i64 %480, 864
  %515 = getelementptr inbounds float, ptr %work, i64 %514
  %516 = load <16 x float>, ptr %515, align 4
  %517 = or disjoint i64 %480, 416
  %518 = getelementptr inbounds float, ptr %work, i64 %517
  %519 = load <16 x float>, ptr %518, align 4
  %520 = or disjoint i64 %480, 928
  %521 = getelementptr inbounds float, ptr %work, i64 %520
  %522 = load <16 x float>, ptr %521, align 4
  %523 = or disjoint i64 %480, 480
  %524 = getelementptr inbounds float, ptr %work, i64 %523
  %525 = load <16 x float>, ptr %524, align 4
  %526 = or disjoint i64 %480, 992
  %527 = getelementptr inbounds float, ptr %work, i64 %526
  %528 = load <16 x float>, ptr %527, align 4
  %529 = shufflevector <16 x float> %483, <16 x float> %486, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %530 = shufflevector <16 x float> %507, <16 x float> %510, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %531 = shufflevector <16 x float> %489, <16 x float> %492, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %532 = shufflevector <16 x float> %513, <16 x float> %516, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %533 = shufflevector <16 x float> %495, <16 x float> %498, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %534 = shufflevector <16 x float> %519, <16 x float> %522, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %535 = shufflevector <16 x float> %501, <16 x float> %504, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %536 = shufflevector <16 x float> %525, <16 x float> %528, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %537 = shufflevector <16 x float> %483, <16 x float> %486, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %538 = shufflevector <16 x float> %507, <16 x float> %510, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %539 = shufflevector <16 x float> %489, <16 x float> %492, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %540 = shufflevector <16 x float> %513, <16 x float> %516, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %541 = shufflevector <16 x float> %495, <16 x float> %498, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %542 = shufflevector <16 x float> %519, <16 x float> %522, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %543 = shufflevector <16 x float> %501, <16 x float> %504, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %544 = shufflevector <16 x float> %525, <16 x float> %528, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %545 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %546 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %547 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %548 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %549 = shufflevector <16 x float> %529, <16 x float> %530, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %550 = shufflevector <16 x float> %533, <16 x float> %534, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %551 = shufflevector <16 x float> %531, <16 x float> %532, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %552 = shufflevector <16 x float> %535, <16 x float> %536, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %553 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %554 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %555 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %556 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %557 = shufflevector <16 x float> %537, <16 x float> %538, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %558 = shufflevector <16 x float> %541, <16 x float> %542, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %559 = shufflevector <16 x float> %539, <16 x float> %540, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %560 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %561 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %562 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %563 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %564 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %565 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %566 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %567 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %568 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %569 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %570 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %571 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %572 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %573 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %574 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %575 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %576 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %577 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %578 = shl nuw nsw i64 %j3.addr.02126, 5
  %579 = or disjoint i64 %578, %i3.addr.02127
  %580 = getelementptr inbounds float, ptr %Bk, i64 %579
  store <16 x float> %577, ptr %580, align 4
  %581 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %582 = or disjoint i64 %579, 32
  %583 = getelementptr inbounds float, ptr %Bk, i64 %582
  store <16 x float> %581, ptr %583, align 4
  %584 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %585 = or disjoint i64 %579, 64
  %586 = getelementptr inbounds float, ptr %Bk, i64 %585
  store <16 x float> %584, ptr %586, align 4
  %587 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %588 = or disjoint i64 %579, 96
  %589 = getelementptr inbounds float, ptr %Bk, i64 %588
  store <16 x float> %587, ptr %589, align 4
  %590 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %591 = or disjoint i64 %579, 128
  %592 = getelementptr inbounds float, ptr %Bk, i64 %591
  store <16 x float> %590, ptr %592, align 4
  %593 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %594 = or disjoint i64 %579, 160
  %595 = getelementptr inbounds float, ptr %Bk, i64 %594
  store <16 x float> %593, ptr %595, align 4
  %596 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %597 = or disjoint i64 %579, 192
  %598 = getelementptr inbounds float, ptr %Bk, i64 %597
  store <16 x float> %596, ptr %598, align 4
  %599 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %600 = or disjoint i64 %579, 224
  %601 = getelementptr inbounds float, ptr %Bk, i64 %600
  store <16 x float> %599, ptr %601, align 4
  %602 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %603 = or disjoint i64 %579, 256
  %604 = getelementptr inbounds float, ptr %Bk, i64 %603
  store <16 x float> %602, ptr %604, align 4
  %605 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %606 = or disjoint i64 %579, 288
  %607 = getelementptr inbounds float, ptr %Bk, i64 %606
  store <16 x float> %605, ptr %607, align 4
  %608 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %609 = or disjoint i64 %579, 320
  %610 = getelementptr inbounds float, ptr %Bk, i64 %609
  store <16 x float> %608, ptr %610, align 4
  %611 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %612 = or disjoint i64 %579, 352
  %613 = getelementptr inbounds float, ptr %Bk, i64 %612
  store <16 x float> %611, ptr %613, align 4
  %614 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %615 = or disjoint i64 %579, 384
  %616 = getelementptr inbounds float, ptr %Bk, i64 %615
  store <16 x float> %614, ptr %616, align 4
  %617 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %618 = or disjoint i64 %579, 416
  %619 = getelementptr inbounds float, ptr %Bk, i64 %618
  store <16 x float> %617, ptr %619, align 4
  %620 = shufflevector <16 x float> %575, <16 x float> %576, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %621 = or disjoint i64 %579, 448
  %622 = getelementptr inbounds float, ptr %Bk, i64 %621
  store <16 x float> %620, ptr %622, align 4
  %623 = shufflevector <16 x float> %575, <16 x float> %576, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %624 = or disjoint i64 %579, 480
  %625 = getelementptr inbounds float, ptr %Bk, i64 %624
  store <16 x float> %623, ptr %625, align 4
  br i1 %479, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %477, label %j3.head.preheader, label %t.head.preheader.preheader

t.head.preheader.preheader:                       ; preds = %j3.exit
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %M, align 4
  store <8 x float> <float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %39, align 4
  store <8 x float> <float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %40, align 4
  store <8 x float> <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %41, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(16) %42, i8 0, i64 16, i1 false)
  store <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %43, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(20) %44, i8 0, i64 20, i1 false)
  store <2 x float> <float 1.000000e+00, float 1.000000e+00>, ptr %45, align 4
  store float 1.000000e+00, ptr %46, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(24) %47, i8 0, i64 24, i1 false)
  store <2 x float> <float 1.000000e+00, float 1.000000e+00>, ptr %48, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(28) %49, i8 0, i64 28, i1 false)
  store float 1.000000e+00, ptr %50, align 4
  %626 = getelementptr i8, ptr %280, i64 %289
  br label %t1.body

t1.body:                                          ; preds = %t.head.preheader.preheader, %endif
  %t1.addr.02155 = phi i64 [ %t1.next, %endif ], [ 0, %t.head.preheader.preheader ]
  %627 = shl nuw nsw i64 %t1.addr.02155, 9
  %gep2906 = getelementptr i8, ptr %invariant.gep2905, i64 %627
  %gep2908 = getelementptr i8, ptr %invariant.gep2907, i64 %627
  %gep2910 = getelementptr i8, ptr %invariant.gep2909, i64 %627
  %gep2912 = getelementptr i8, ptr %invariant.gep2911, i64 %627
  %gep2914 = getelementptr i8, ptr %invariant.gep2913, i64 %627
  %gep2916 = getelementptr i8, ptr %invariant.gep2915, i64 %627
  %gep2918 = getelementptr i8, ptr %invariant.gep2917, i64 %627
  %gep2920 = getelementptr i8, ptr %invariant.gep2919, i64 %627
  %628 = shl nuw nsw i64 %t1.addr.02155, 7
  %gep2922 = getelementptr i8, ptr %invariant.gep2921, i64 %628
  %629 = icmp sgt i64 %293, %t1.addr.02155
  br i1 %629, label %p.head.preheader, label %j9.head.preheader

j9.head.preheader:                                ; preds = %t1.body
  %gep2924 = getelementptr i8, ptr %invariant.gep2923, i64 %628
  %gep2926 = getelementptr i8, ptr %invariant.gep2925, i64 %628
  %gep2928 = getelementptr i8, ptr %invariant.gep2927, i64 %627
  %gep2930 = getelementptr i8, ptr %invariant.gep2929, i64 %627
  %gep2932 = getelementptr i8, ptr %invariant.gep2931, i64 %627
  %gep2934 = getelementptr i8, ptr %invariant.gep2933, i64 %627
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2924, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2926, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2922, i8 0, i64 128, i1 false)
  %i16 = shl nuw nsw i64 %t1.addr.02155, 2
  %630 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %630, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2920, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2928, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2918, i8 0, i64 128, i1 false)
  %i20 = or disjoint i64 %i16, 1
  %631 = getelementptr inbounds float, ptr %bet, i64 %i20
  store float 0.000000e+00, ptr %631, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2916, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2930, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2914, i8 0, i64 128, i1 false)
  %i24 = or disjoint i64 %i16, 2
  %632 = getelementptr inbounds float, ptr %bet, i64 %i24
  store float 0.000000e+00, ptr %632, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2912, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2932, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2910, i8 0, i64 128, i1 false)
  %i28 = or disjoint i64 %i16, 3
  %633 = getelementptr inbounds float, ptr %bet, i64 %i28
  store float 0.000000e+00, ptr %633, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2908, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2934, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2906, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %634 = mul i64 %28, %t1.addr.02155
  %scevgep2637 = getelementptr i8, ptr %626, i64 %634
  %635 = mul i64 %32, %t1.addr.02155
  %636 = add i64 %288, %635
  %scevgep2639 = getelementptr i8, ptr %k, i64 %636
  %scevgep2641 = getelementptr i8, ptr %v, i64 %636
  %637 = add i64 %287, %635
  %scevgep2643 = getelementptr i8, ptr %k, i64 %637
  %scevgep2645 = getelementptr i8, ptr %v, i64 %637
  %638 = add i64 %286, %635
  %scevgep2647 = getelementptr i8, ptr %k, i64 %638
  %scevgep2649 = getelementptr i8, ptr %v, i64 %638
  %639 = add i64 %285, %635
  %scevgep2651 = getelementptr i8, ptr %k, i64 %639
  %scevgep2653 = getelementptr i8, ptr %v, i64 %639
  %640 = add nuw nsw i64 %t1.addr.02155, %t0
  %641 = mul nsw i64 %640, %sq
  %642 = shl nuw nsw i64 %t1.addr.02155, 5
  %643 = getelementptr float, ptr %qh, i64 %641
  %644 = load <16 x float>, ptr %643, align 4
  %645 = fmul <16 x float> %644, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %646 = or disjoint i64 %642, 2048
  %647 = getelementptr inbounds float, ptr %Bk, i64 %646
  store <16 x float> %645, ptr %647, align 4
  %648 = getelementptr inbounds float, ptr %QK, i64 %642
  store <16 x float> %645, ptr %648, align 4
  %649 = getelementptr float, ptr %281, i64 %641
  %650 = load <16 x float>, ptr %649, align 4
  %651 = fmul <16 x float> %650, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %652 = or disjoint i64 %642, 16
  %653 = or i64 %642, 2064
  %654 = getelementptr inbounds float, ptr %Bk, i64 %653
  store <16 x float> %651, ptr %654, align 4
  %655 = getelementptr inbounds float, ptr %QK, i64 %652
  store <16 x float> %651, ptr %655, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2922, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2637, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02155, 2
  %656 = or disjoint i64 %t1.addr.02155, %t0
  %tau = shl nsw i64 %656, 2
  %657 = mul nsw i64 %tau, %H
  %658 = getelementptr inbounds float, ptr %betah, i64 %657
  %659 = load float, ptr %658, align 4
  %660 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %659, ptr %660, align 4
  %661 = mul nsw i64 %tau, %sq
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2920, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2639, i64 128, i1 false)
  %662 = getelementptr float, ptr %kh, i64 %661
  %663 = load <16 x float>, ptr %662, align 4
  %664 = fneg <16 x float> %663
  %gep2936 = getelementptr inbounds float, ptr %invariant.gep2935, i64 %628
  store <16 x float> %664, ptr %gep2936, align 4
  %665 = getelementptr float, ptr %282, i64 %661
  %666 = load <16 x float>, ptr %665, align 4
  %667 = fneg <16 x float> %666
  %gep2938 = getelementptr inbounds float, ptr %invariant.gep2937, i64 %628
  store <16 x float> %667, ptr %gep2938, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2918, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2641, i64 128, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %668 = mul nsw i64 %tau1, %H
  %669 = getelementptr inbounds float, ptr %betah, i64 %668
  %670 = load float, ptr %669, align 4
  %671 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %670, ptr %671, align 4
  %672 = mul nsw i64 %tau1, %sq
  %673 = shl nuw nsw i64 %i7, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2916, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2643, i64 128, i1 false)
  %674 = getelementptr float, ptr %kh, i64 %672
  %675 = load <16 x float>, ptr %674, align 4
  %676 = fneg <16 x float> %675
  %gep2940 = getelementptr inbounds float, ptr %invariant.gep2939, i64 %673
  store <16 x float> %676, ptr %gep2940, align 4
  %677 = getelementptr float, ptr %282, i64 %672
  %678 = load <16 x float>, ptr %677, align 4
  %679 = fneg <16 x float> %678
  %gep2942 = getelementptr inbounds float, ptr %invariant.gep2941, i64 %673
  store <16 x float> %679, ptr %gep2942, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2914, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2645, i64 128, i1 false)
  %i9 = or disjoint i64 %i5, 2
  %tau2 = or disjoint i64 %tau, 2
  %680 = mul nsw i64 %tau2, %H
  %681 = getelementptr inbounds float, ptr %betah, i64 %680
  %682 = load float, ptr %681, align 4
  %683 = getelementptr inbounds float, ptr %bet, i64 %i9
  store float %682, ptr %683, align 4
  %684 = mul nsw i64 %tau2, %sq
  %685 = shl nuw nsw i64 %i9, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2912, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2647, i64 128, i1 false)
  %686 = getelementptr float, ptr %kh, i64 %684
  %687 = load <16 x float>, ptr %686, align 4
  %688 = fneg <16 x float> %687
  %gep2944 = getelementptr inbounds float, ptr %invariant.gep2943, i64 %685
  store <16 x float> %688, ptr %gep2944, align 4
  %689 = getelementptr float, ptr %282, i64 %684
  %690 = load <16 x float>, ptr %689, align 4
  %691 = fneg <16 x float> %690
  %gep2946 = getelementptr inbounds float, ptr %invariant.gep2945, i64 %685
  store <16 x float> %691, ptr %gep2946, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2910, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2649, i64 128, i1 false)
  %i11 = or disjoint i64 %i5, 3
  %tau3 = or disjoint i64 %tau, 3
  %692 = mul nsw i64 %tau3, %H
  %693 = getelementptr inbounds float, ptr %betah, i64 %692
  %694 = load float, ptr %693, align 4
  %695 = getelementptr inbounds float, ptr %bet, i64 %i11
  store float %694, ptr %695, align 4
  %696 = mul nsw i64 %tau3, %sq
  %697 = shl nuw nsw i64 %i11, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2908, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2651, i64 128, i1 false)
  %698 = getelementptr float, ptr %kh, i64 %696
  %699 = load <16 x float>, ptr %698, align 4
  %700 = fneg <16 x float> %699
  %gep2948 = getelementptr inbounds float, ptr %invariant.gep2947, i64 %697
  store <16 x float> %700, ptr %gep2948, align 4
  %701 = getelementptr float, ptr %282, i64 %696
  %702 = load <16 x float>, ptr %701, align 4
  %703 = fneg <16 x float> %702
  %gep2950 = getelementptr inbounds float, ptr %invariant.gep2949, i64 %697
  store <16 x float> %703, ptr %gep2950, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2906, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2653, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j9.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02155, 1
  %exitcond2654.not = icmp eq i64 %t1.next, 8
  br i1 %exitcond2654.not, label %j24.head.preheader, label %t1.body

j24.head.preheader:                               ; preds = %endif, %j24.exit
  %704 = phi i1 [ false, %j24.exit ], [ true, %endif ]
  %i32.addr.02157 = phi i64 [ 16, %j24.exit ], [ 0, %endif ]
  %705 = shl nuw nsw i64 %i32.addr.02157, 5
  %invariant.gep2951 = getelementptr inbounds float, ptr %Bk, i64 %705
  br label %j24.body

j24.body:                                         ; preds = %j24.head.preheader, %j24.body
  %706 = phi i1 [ true, %j24.head.preheader ], [ false, %j24.body ]
  %j24.addr.02156 = phi i64 [ 0, %j24.head.preheader ], [ 16, %j24.body ]
  %707 = or disjoint i64 %j24.addr.02156, %705
  %708 = or disjoint i64 %707, 2304
  %709 = getelementptr inbounds float, ptr %Bk, i64 %708
  %710 = load <16 x float>, ptr %709, align 4
  %gep2952 = getelementptr inbounds float, ptr %invariant.gep2951, i64 %j24.addr.02156
  %711 = getelementptr inbounds i8, ptr %gep2952, i64 10240
  %712 = load <16 x float>, ptr %711, align 4
  %713 = or disjoint i64 %707, 2336
  %714 = getelementptr inbounds float, ptr %Bk, i64 %713
  %715 = load <16 x float>, ptr %714, align 4
  %716 = getelementptr inbounds i8, ptr %gep2952, i64 10368
  %717 = load <16 x float>, ptr %716, align 4
  %718 = or disjoint i64 %707, 2368
  %719 = getelementptr inbounds float, ptr %Bk, i64 %718
  %720 = load <16 x float>, ptr %719, align 4
  %721 = getelementptr inbounds i8, ptr %gep2952, i64 10496
  %722 = load <16 x float>, ptr %721, align 4
  %723 = or disjoint i64 %707, 2400
  %724 = getelementptr inbounds float, ptr %Bk, i64 %723
  %725 = load <16 x float>, ptr %724, align 4
  %726 = getelementptr inbounds i8, ptr %gep2952, i64 10624
  %727 = load <16 x float>, ptr %726, align 4
  %728 = or disjoint i64 %707, 2432
  %729 = getelementptr inbounds float, ptr %Bk, i64 %728
  %730 = load <16 x float>, ptr %729, align 4
  %731 = getelementptr inbounds i8, ptr %gep2952, i64 10752
  %732 = load <16 x float>, ptr %731, align 4
  %733 = or disjoint i64 %707, 2464
  %734 = getelementptr inbounds float, ptr %Bk, i64 %733
  %735 = load <16 x float>, ptr %734, align 4
  %736 = getelementptr inbounds i8, ptr %gep2952, i64 10880
  %737 = load <16 x float>, ptr %736, align 4
  %738 = or disjoint i64 %707, 2496
  %739 = getelementptr inbounds float, ptr %Bk, i64 %738
  %740 = load <16 x float>, ptr %739, align 4
  %741 = getelementptr inbounds i8, ptr %gep2952, i64 11008
  %742 = load <16 x float>, ptr %741, align 4
  %743 = or disjoint i64 %707, 2528
  %744 = getelementptr inbounds float, ptr %Bk, i64 %743
  %745 = load <16 x float>, ptr %744, align 4
  %746 = getelementptr inbounds i8, ptr %gep2952, i64 11136
  %747 = load <16 x float>, ptr %746, align 4
  %748 = shufflevector <16 x float> %710, <16 x float> %712, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %749 = shufflevector <16 x float> %730, <16 x float> %732, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %750 = shufflevector <16 x float> %715, <16 x float> %717, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %751 = shufflevector <16 x float> %735, <16 x float> %737, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %752 = shufflevector <16 x float> %720, <16 x float> %722, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %753 = shufflevector <16 x float> %740, <16 x float> %742, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %754 = shufflevector <16 x float> %725, <16 x float> %727, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %755 = shufflevector <16 x float> %745, <16 x float> %747, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %756 = shufflevector <16 x float> %710, <16 x float> %712, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %757 = shufflevector <16 x float> %730, <16 x float> %732, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %758 = shufflevector <16 x float> %715, <16 x float> %717, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %759 = shufflevector <16 x float> %735, <16 x float> %737, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %760 = shufflevector <16 x float> %720, <16 x float> %722, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %761 = shufflevector <16 x float> %740, <16 x float> %742, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %762 = shufflevector <16 x float> %725, <16 x float> %727, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %763 = shufflevector <16 x float> %745, <16 x float> %747, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %764 = shufflevector <16 x float> %748, <16 x float> %749, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %765 = shufflevector <16 x float> %752, <16 x float> %753, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %766 = shufflevector <16 x float> %750, <16 x float> %751, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %767 = shufflevector <16 x float> %754, <16 x float> %755, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %768 = shufflevector <16 x float> %748, <16 x float> %749, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %769 = shufflevector <16 x float> %752, <16 x float> %753, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %770 = shufflevector <16 x float> %750, <16 x float> %751, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %771 = shufflevector <16 x float> %754, <16 x float> %755, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %772 = shufflevector <16 x float> %756, <16 x float> %757, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %773 = shufflevector <16 x float> %760, <16 x float> %761, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %774 = shufflevector <16 x float> %758, <16 x float> %759, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %775 = shufflevector <16 x float> %762, <16 x float> %763, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %776 = shufflevector <16 x float> %756, <16 x float> %757, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %777 = shufflevector <16 x float> %760, <16 x float> %761, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %778 = shufflevector <16 x float> %758, <16 x float> %759, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %779 = shufflevector <16 x float> %762, <16 x float> %763, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %780 = shufflevector <16 x float> %764, <16 x float> %765, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %781 = shufflevector <16 x float> %766, <16 x float> %767, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %782 = shufflevector <16 x float> %764, <16 x float> %765, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %783 = shufflevector <16 x float> %766, <16 x float> %767, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %784 = shufflevector <16 x float> %768, <16 x float> %769, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %785 = shufflevector <16 x float> %770, <16 x float> %771, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %786 = shufflevector <16 x float> %768, <16 x float> %769, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %787 = shufflevector <16 x float> %770, <16 x float> %771, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %788 = shufflevector <16 x float> %772, <16 x float> %773, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %789 = shufflevector <16 x float> %774, <16 x float> %775, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %790 = shufflevector <16 x float> %772, <16 x float> %773, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %791 = shufflevector <16 x float> %774, <16 x float> %775, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %792 = shufflevector <16 x float> %776, <16 x float> %777, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %793 = shufflevector <16 x float> %778, <16 x float> %779, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %794 = shufflevector <16 x float> %776, <16 x float> %777, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %795 = shufflevector <16 x float> %778, <16 x float> %779, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %796 = shufflevector <16 x float> %780, <16 x float> %781, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %797 = shl nuw nsw i64 %j24.addr.02156, 5
  %798 = or disjoint i64 %797, %i32.addr.02157
  %799 = getelementptr inbounds float, ptr %KT, i64 %798
  store <16 x float> %796, ptr %799, align 4
  %800 = shufflevector <16 x float> %780, <16 x float> %781, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %801 = or disjoint i64 %798, 32
  %802 = getelementptr inbounds float, ptr %KT, i64 %801
  store <16 x float> %800, ptr %802, align 4
  %803 = shufflevector <16 x float> %782, <16 x float> %783, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %804 = or disjoint i64 %798, 64
  %805 = getelementptr inbounds float, ptr %KT, i64 %804
  store <16 x float> %803, ptr %805, align 4
  %806 = shufflevector <16 x float> %782, <16 x float> %783, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %807 = or disjoint i64 %798, 96
  %808 = getelementptr inbounds float, ptr %KT, i64 %807
  store <16 x float> %806, ptr %808, align 4
  %809 = shufflevector <16 x float> %784, <16 x float> %785, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %810 = or disjoint i64 %798, 128
  %811 = getelementptr inbounds float, ptr %KT, i64 %810
  store <16 x float> %809, ptr %811, align 4
  %812 = shufflevector <16 x float> %784, <16 x float> %785, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %813 = or disjoint i64 %798, 160
  %814 = getelementptr inbounds float, ptr %KT, i64 %813
  store <16 x float> %812, ptr %814, align 4
  %815 = shufflevector <16 x float> %786, <16 x float> %787, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %816 = or disjoint i64 %798, 192
  %817 = getelementptr inbounds float, ptr %KT, i64 %816
  store <16 x float> %815, ptr %817, align 4
  %818 = shufflevector <16 x float> %786, <16 x float> %787, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %819 = or disjoint i64 %798, 224
  %820 = getelementptr inbounds float, ptr %KT, i64 %819
  store <16 x float> %818, ptr %820, align 4
  %821 = shufflevector <16 x float> %788, <16 x float> %789, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %822 = or disjoint i64 %798, 256
  %823 = getelementptr inbounds float, ptr %KT, i64 %822
  store <16 x float> %821, ptr %823, align 4
  %824 = shufflevector <16 x float> %788, <16 x float> %789, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %825 = or disjoint i64 %798, 288
  %826 = getelementptr inbounds float, ptr %KT, i64 %825
  store <16 x float> %824, ptr %826, align 4
  %827 = shufflevector <16 x float> %790, <16 x float> %791, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %828 = or disjoint i64 %798, 320
  %829 = getelementptr inbounds float, ptr %KT, i64 %828
  store <16 x float> %827, ptr %829, align 4
  %830 = shufflevector <16 x float> %790, <16 x float> %791, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %831 = or disjoint i64 %798, 352
  %832 = getelementptr inbounds float, ptr %KT, i64 %831
  store <16 x float> %830, ptr %832, align 4
  %833 = shufflevector <16 x float> %792, <16 x float> %793, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %834 = or disjoint i64 %798, 384
  %835 = getelementptr inbounds float, ptr %KT, i64 %834
  store <16 x float> %833, ptr %835, align 4
  %836 = shufflevector <16 x float> %792, <16 x float> %793, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %837 = or disjoint i64 %798, 416
  %838 = getelementptr inbounds float, ptr %KT, i64 %837
  store <16 x float> %836, ptr %838, align 4
  %839 = shufflevector <16 x float> %794, <16 x float> %795, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %840 = or disjoint i64 %798, 448
  %841 = getelementptr inbounds float, ptr %KT, i64 %840
  store <16 x float> %839, ptr %841, align 4
  %842 = shufflevector <16 x float> %794, <16 x float> %795, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %843 = or disjoint i64 %798, 480
  %844 = getelementptr inbounds float, ptr %KT, i64 %843
  store <16 x float> %842, ptr %844, align 4
  br i1 %706, label %j24.body, label %j24.exit

j24.exit:                                         ; preds = %j24.body
  br i1 %704, label %j24.head.preheader, label %j25.body.preheader

j25.body.preheader:                               ; preds = %j24.exit
  %845 = load <8 x float>, ptr %51, align 4
  %846 = load <8 x float>, ptr %52, align 4
  %847 = load <8 x float>, ptr %53, align 4
  %848 = load <8 x float>, ptr %54, align 4
  %849 = load <8 x float>, ptr %55, align 4
  %850 = load <8 x float>, ptr %56, align 4
  %851 = load <8 x float>, ptr %57, align 4
  %852 = load <8 x float>, ptr %58, align 4
  %853 = shufflevector <8 x float> %845, <8 x float> %846, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %854 = shufflevector <8 x float> %849, <8 x float> %850, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %855 = shufflevector <8 x float> %847, <8 x float> %848, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %856 = shufflevector <8 x float> %851, <8 x float> %852, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %857 = shufflevector <8 x float> %845, <8 x float> %846, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %858 = shufflevector <8 x float> %849, <8 x float> %850, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %859 = shufflevector <8 x float> %847, <8 x float> %848, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %860 = shufflevector <8 x float> %851, <8 x float> %852, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %861 = shufflevector <8 x float> %853, <8 x float> %854, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %862 = shufflevector <8 x float> %855, <8 x float> %856, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %863 = shufflevector <8 x float> %853, <8 x float> %854, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %864 = shufflevector <8 x float> %855, <8 x float> %856, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %865 = shufflevector <8 x float> %857, <8 x float> %858, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %866 = shufflevector <8 x float> %859, <8 x float> %860, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %867 = shufflevector <8 x float> %857, <8 x float> %858, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %868 = shufflevector <8 x float> %859, <8 x float> %860, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %869 = shufflevector <8 x float> %861, <8 x float> %862, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %869, ptr %QcT, align 4
  %870 = shufflevector <8 x float> %861, <8 x float> %862, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %870, ptr %59, align 4
  %871 = shufflevector <8 x float> %863, <8 x float> %864, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %871, ptr %60, align 4
  %872 = shufflevector <8 x float> %863, <8 x float> %864, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %872, ptr %61, align 4
  %873 = shufflevector <8 x float> %865, <8 x float> %866, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %873, ptr %62, align 4
  %874 = shufflevector <8 x float> %865, <8 x float> %866, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %874, ptr %63, align 4
  %875 = shufflevector <8 x float> %867, <8 x float> %868, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %875, ptr %64, align 4
  %876 = shufflevector <8 x float> %867, <8 x float> %868, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %876, ptr %65, align 4
  %877 = load <8 x float>, ptr %66, align 4
  %878 = load <8 x float>, ptr %67, align 4
  %879 = load <8 x float>, ptr %68, align 4
  %880 = load <8 x float>, ptr %69, align 4
  %881 = load <8 x float>, ptr %70, align 4
  %882 = load <8 x float>, ptr %71, align 4
  %883 = load <8 x float>, ptr %72, align 4
  %884 = load <8 x float>, ptr %73, align 4
  %885 = shufflevector <8 x float> %877, <8 x float> %878, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %886 = shufflevector <8 x float> %881, <8 x float> %882, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %887 = shufflevector <8 x float> %879, <8 x float> %880, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %888 = shufflevector <8 x float> %883, <8 x float> %884, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %889 = shufflevector <8 x float> %877, <8 x float> %878, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %890 = shufflevector <8 x float> %881, <8 x float> %882, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %891 = shufflevector <8 x float> %879, <8 x float> %880, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %892 = shufflevector <8 x float> %883, <8 x float> %884, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %893 = shufflevector <8 x float> %885, <8 x float> %886, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %894 = shufflevector <8 x float> %887, <8 x float> %888, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %895 = shufflevector <8 x float> %885, <8 x float> %886, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %896 = shufflevector <8 x float> %887, <8 x float> %888, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %897 = shufflevector <8 x float> %889, <8 x float> %890, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %898 = shufflevector <8 x float> %891, <8 x float> %892, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %899 = shufflevector <8 x float> %889, <8 x float> %890, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %900 = shufflevector <8 x float> %891, <8 x float> %892, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %901 = shufflevector <8 x float> %893, <8 x float> %894, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %901, ptr %74, align 4
  %902 = shufflevector <8 x float> %893, <8 x float> %894, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %902, ptr %75, align 4
  %903 = shufflevector <8 x float> %895, <8 x float> %896, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %903, ptr %76, align 4
  %904 = shufflevector <8 x float> %895, <8 x float> %896, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %904, ptr %77, align 4
  %905 = shufflevector <8 x float> %897, <8 x float> %898, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %905, ptr %78, align 4
  %906 = shufflevector <8 x float> %897, <8 x float> %898, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %906, ptr %79, align 4
  %907 = shufflevector <8 x float> %899, <8 x float> %900, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %907, ptr %80, align 4
  %908 = shufflevector <8 x float> %899, <8 x float> %900, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %908, ptr %81, align 4
  %909 = load <8 x float>, ptr %82, align 4
  %910 = load <8 x float>, ptr %83, align 4
  %911 = load <8 x float>, ptr %84, align 4
  %912 = load <8 x float>, ptr %85, align 4
  %913 = load <8 x float>, ptr %86, align 4
  %914 = load <8 x float>, ptr %87, align 4
  %915 = load <8 x float>, ptr %88, align 4
  %916 = load <8 x float>, ptr %89, align 4
  %917 = shufflevector <8 x float> %909, <8 x float> %910, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %918 = shufflevector <8 x float> %913, <8 x float> %914, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %919 = shufflevector <8 x float> %911, <8 x float> %912, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %920 = shufflevector <8 x float> %915, <8 x float> %916, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %921 = shufflevector <8 x float> %909, <8 x float> %910, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %922 = shufflevector <8 x float> %913, <8 x float> %914, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %923 = shufflevector <8 x float> %911, <8 x float> %912, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %924 = shufflevector <8 x float> %915, <8 x float> %916, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %925 = shufflevector <8 x float> %917, <8 x float> %918, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %926 = shufflevector <8 x float> %919, <8 x float> %920, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %927 = shufflevector <8 x float> %917, <8 x float> %918, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %928 = shufflevector <8 x float> %919, <8 x float> %920, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %929 = shufflevector <8 x float> %921, <8 x float> %922, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %930 = shufflevector <8 x float> %923, <8 x float> %924, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %931 = shufflevector <8 x float> %921, <8 x float> %922, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %932 = shufflevector <8 x float> %923, <8 x float> %924, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %933 = shufflevector <8 x float> %925, <8 x float> %926, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %933, ptr %90, align 4
  %934 = shufflevector <8 x float> %925, <8 x float> %926, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %934, ptr %91, align 4
  %935 = shufflevector <8 x float> %927, <8 x float> %928, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %935, ptr %92, align 4
  %936 = shufflevector <8 x float> %927, <8 x float> %928, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %936, ptr %93, align 4
  %937 = shufflevector <8 x float> %929, <8 x float> %930, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %937, ptr %94, align 4
  %938 = shufflevector <8 x float> %929, <8 x float> %930, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %938, ptr %95, align 4
  %939 = shufflevector <8 x float> %931, <8 x float> %932, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %939, ptr %96, align 4
  %940 = shufflevector <8 x float> %931, <8 x float> %932, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %940, ptr %97, align 4
  %941 = load <8 x float>, ptr %98, align 4
  %942 = load <8 x float>, ptr %99, align 4
  %943 = load <8 x float>, ptr %100, align 4
  %944 = load <8 x float>, ptr %101, align 4
  %945 = load <8 x float>, ptr %102, align 4
  %946 = load <8 x float>, ptr %103, align 4
  %947 = load <8 x float>, ptr %104, align 4
  %948 = load <8 x float>, ptr %105, align 4
  %949 = shufflevector <8 x float> %941, <8 x float> %942, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %950 = shufflevector <8 x float> %945, <8 x float> %946, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %951 = shufflevector <8 x float> %943, <8 x float> %944, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %952 = shufflevector <8 x float> %947, <8 x float> %948, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %953 = shufflevector <8 x float> %941, <8 x float> %942, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %954 = shufflevector <8 x float> %945, <8 x float> %946, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %955 = shufflevector <8 x float> %943, <8 x float> %944, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %956 = shufflevector <8 x float> %947, <8 x float> %948, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %957 = shufflevector <8 x float> %949, <8 x float> %950, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %958 = shufflevector <8 x float> %951, <8 x float> %952, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %959 = shufflevector <8 x float> %949, <8 x float> %950, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %960 = shufflevector <8 x float> %951, <8 x float> %952, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %961 = shufflevector <8 x float> %953, <8 x float> %954, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %962 = shufflevector <8 x float> %955, <8 x float> %956, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %963 = shufflevector <8 x float> %953, <8 x float> %954, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %964 = shufflevector <8 x float> %955, <8 x float> %956, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %965 = shufflevector <8 x float> %957, <8 x float> %958, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %965, ptr %106, align 4
  %966 = shufflevector <8 x float> %957, <8 x float> %958, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %966, ptr %107, align 4
  %967 = shufflevector <8 x float> %959, <8 x float> %960, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %967, ptr %108, align 4
  %968 = shufflevector <8 x float> %959, <8 x float> %960, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %968, ptr %109, align 4
  %969 = shufflevector <8 x float> %961, <8 x float> %962, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %969, ptr %110, align 4
  %970 = shufflevector <8 x float> %961, <8 x float> %962, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %970, ptr %111, align 4
  %971 = shufflevector <8 x float> %963, <8 x float> %964, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %971, ptr %112, align 4
  %972 = shufflevector <8 x float> %963, <8 x float> %964, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %972, ptr %113, align 4
  %973 = load <8 x float>, ptr %OY, align 4
  %974 = load <8 x float>, ptr %114, align 4
  %975 = load <8 x float>, ptr %115, align 4
  %976 = load <8 x float>, ptr %116, align 4
  %977 = load <8 x float>, ptr %117, align 4
  %978 = load <8 x float>, ptr %118, align 4
  %979 = load <8 x float>, ptr %119, align 4
  %980 = load <8 x float>, ptr %120, align 4
  %981 = shufflevector <8 x float> %973, <8 x float> %974, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %982 = shufflevector <8 x float> %977, <8 x float> %978, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %983 = shufflevector <8 x float> %975, <8 x float> %976, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %984 = shufflevector <8 x float> %979, <8 x float> %980, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %985 = shufflevector <8 x float> %973, <8 x float> %974, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %986 = shufflevector <8 x float> %977, <8 x float> %978, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %987 = shufflevector <8 x float> %975, <8 x float> %976, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %988 = shufflevector <8 x float> %979, <8 x float> %980, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %989 = shufflevector <8 x float> %981, <8 x float> %982, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %990 = shufflevector <8 x float> %983, <8 x float> %984, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %991 = shufflevector <8 x float> %981, <8 x float> %982, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %992 = shufflevector <8 x float> %983, <8 x float> %984, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %993 = shufflevector <8 x float> %985, <8 x float> %986, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %994 = shufflevector <8 x float> %987, <8 x float> %988, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %995 = shufflevector <8 x float> %985, <8 x float> %986, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %996 = shufflevector <8 x float> %987, <8 x float> %988, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %997 = shufflevector <8 x float> %989, <8 x float> %990, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %997, ptr %dOT, align 4
  %998 = shufflevector <8 x float> %989, <8 x float> %990, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %998, ptr %121, align 4
  %999 = shufflevector <8 x float> %991, <8 x float> %992, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %999, ptr %122, align 4
  %1000 = shufflevector <8 x float> %991, <8 x float> %992, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1000, ptr %123, align 4
  %1001 = shufflevector <8 x float> %993, <8 x float> %994, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1001, ptr %124, align 4
  %1002 = shufflevector <8 x float> %993, <8 x float> %994, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1002, ptr %125, align 4
  %1003 = shufflevector <8 x float> %995, <8 x float> %996, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1003, ptr %126, align 4
  %1004 = shufflevector <8 x float> %995, <8 x float> %996, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1004, ptr %127, align 4
  %1005 = load <8 x float>, ptr %128, align 4
  %1006 = load <8 x float>, ptr %129, align 4
  %1007 = load <8 x float>, ptr %130, align 4
  %1008 = load <8 x float>, ptr %131, align 4
  %1009 = load <8 x float>, ptr %132, align 4
  %1010 = load <8 x float>, ptr %133, align 4
  %1011 = load <8 x float>, ptr %134, align 4
  %1012 = load <8 x float>, ptr %135, align 4
  %1013 = shufflevector <8 x float> %1005, <8 x float> %1006, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1014 = shufflevector <8 x float> %1009, <8 x float> %1010, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1015 = shufflevector <8 x float> %1007, <8 x float> %1008, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1016 = shufflevector <8 x float> %1011, <8 x float> %1012, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1017 = shufflevector <8 x float> %1005, <8 x float> %1006, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1018 = shufflevector <8 x float> %1009, <8 x float> %1010, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1019 = shufflevector <8 x float> %1007, <8 x float> %1008, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1020 = shufflevector <8 x float> %1011, <8 x float> %1012, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1021 = shufflevector <8 x float> %1013, <8 x float> %1014, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1022 = shufflevector <8 x float> %1015, <8 x float> %1016, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1023 = shufflevector <8 x float> %1013, <8 x float> %1014, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1024 = shufflevector <8 x float> %1015, <8 x float> %1016, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1025 = shufflevector <8 x float> %1017, <8 x float> %1018, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1026 = shufflevector <8 x float> %1019, <8 x float> %1020, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1027 = shufflevector <8 x float> %1017, <8 x float> %1018, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1028 = shufflevector <8 x float> %1019, <8 x float> %1020, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1029 = shufflevector <8 x float> %1021, <8 x float> %1022, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1029, ptr %136, align 4
  %1030 = shufflevector <8 x float> %1021, <8 x float> %1022, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1030, ptr %137, align 4
  %1031 = shufflevector <8 x float> %1023, <8 x float> %1024, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1031, ptr %138, align 4
  %1032 = shufflevector <8 x float> %1023, <8 x float> %1024, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1032, ptr %139, align 4
  %1033 = shufflevector <8 x float> %1025, <8 x float> %1026, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1033, ptr %140, align 4
  %1034 = shufflevector <8 x float> %1025, <8 x float> %1026, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1034, ptr %141, align 4
  %1035 = shufflevector <8 x float> %1027, <8 x float> %1028, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1035, ptr %142, align 4
  %1036 = shufflevector <8 x float> %1027, <8 x float> %1028, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1036, ptr %143, align 4
  %1037 = load <8 x float>, ptr %144, align 4
  %1038 = load <8 x float>, ptr %145, align 4
  %1039 = load <8 x float>, ptr %146, align 4
  %1040 = load <8 x float>, ptr %147, align 4
  %1041 = load <8 x float>, ptr %148, align 4
  %1042 = load <8 x float>, ptr %149, align 4
  %1043 = load <8 x float>, ptr %150, align 4
  %1044 = load <8 x float>, ptr %151, align 4
  %1045 = shufflevector <8 x float> %1037, <8 x float> %1038, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1046 = shufflevector <8 x float> %1041, <8 x float> %1042, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1047 = shufflevector <8 x float> %1039, <8 x float> %1040, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1048 = shufflevector <8 x float> %1043, <8 x float> %1044, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1049 = shufflevector <8 x float> %1037, <8 x float> %1038, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1050 = shufflevector <8 x float> %1041, <8 x float> %1042, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1051 = shufflevector <8 x float> %1039, <8 x float> %1040, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1052 = shufflevector <8 x float> %1043, <8 x float> %1044, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1053 = shufflevector <8 x float> %1045, <8 x float> %1046, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1054 = shufflevector <8 x float> %1047, <8 x float> %1048, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1055 = shufflevector <8 x float> %1045, <8 x float> %1046, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1056 = shufflevector <8 x float> %1047, <8 x float> %1048, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1057 = shufflevector <8 x float> %1049, <8 x float> %1050, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1058 = shufflevector <8 x float> %1051, <8 x float> %1052, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1059 = shufflevector <8 x float> %1049, <8 x float> %1050, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1060 = shufflevector <8 x float> %1051, <8 x float> %1052, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1061 = shufflevector <8 x float> %1053, <8 x float> %1054, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1061, ptr %152, align 4
  %1062 = shufflevector <8 x float> %1053, <8 x float> %1054, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1062, ptr %153, align 4
  %1063 = shufflevector <8 x float> %1055, <8 x float> %1056, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1063, ptr %154, align 4
  %1064 = shufflevector <8 x float> %1055, <8 x float> %1056, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1064, ptr %155, align 4
  %1065 = shufflevector <8 x float> %1057, <8 x float> %1058, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1065, ptr %156, align 4
  %1066 = shufflevector <8 x float> %1057, <8 x float> %1058, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1066, ptr %157, align 4
  %1067 = shufflevector <8 x float> %1059, <8 x float> %1060, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1067, ptr %158, align 4
  %1068 = shufflevector <8 x float> %1059, <8 x float> %1060, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1068, ptr %159, align 4
  %1069 = load <8 x float>, ptr %160, align 4
  %1070 = load <8 x float>, ptr %161, align 4
  %1071 = load <8 x float>, ptr %162, align 4
  %1072 = load <8 x float>, ptr %163, align 4
  %1073 = load <8 x float>, ptr %164, align 4
  %1074 = load <8 x float>, ptr %165, align 4
  %1075 = load <8 x float>, ptr %166, align 4
  %1076 = load <8 x float>, ptr %167, align 4
  %1077 = shufflevector <8 x float> %1069, <8 x float> %1070, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1078 = shufflevector <8 x float> %1073, <8 x float> %1074, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1079 = shufflevector <8 x float> %1071, <8 x float> %1072, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1080 = shufflevector <8 x float> %1075, <8 x float> %1076, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1081 = shufflevector <8 x float> %1069, <8 x float> %1070, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1082 = shufflevector <8 x float> %1073, <8 x float> %1074, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1083 = shufflevector <8 x float> %1071, <8 x float> %1072, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1084 = shufflevector <8 x float> %1075, <8 x float> %1076, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1085 = shufflevector <8 x float> %1077, <8 x float> %1078, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1086 = shufflevector <8 x float> %1079, <8 x float> %1080, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1087 = shufflevector <8 x float> %1077, <8 x float> %1078, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1088 = shufflevector <8 x float> %1079, <8 x float> %1080, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1089 = shufflevector <8 x float> %1081, <8 x float> %1082, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1090 = shufflevector <8 x float> %1083, <8 x float> %1084, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1091 = shufflevector <8 x float> %1081, <8 x float> %1082, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1092 = shufflevector <8 x float> %1083, <8 x float> %1084, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1093 = shufflevector <8 x float> %1085, <8 x float> %1086, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1093, ptr %168, align 4
  %1094 = shufflevector <8 x float> %1085, <8 x float> %1086, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1094, ptr %169, align 4
  %1095 = shufflevector <8 x float> %1087, <8 x float> %1088, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1095, ptr %170, align 4
  %1096 = shufflevector <8 x float> %1087, <8 x float> %1088, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1096, ptr %171, align 4
  %1097 = shufflevector <8 x float> %1089, <8 x float> %1090, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1097, ptr %172, align 4
  %1098 = shufflevector <8 x float> %1089, <8 x float> %1090, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1098, ptr %173, align 4
  %1099 = shufflevector <8 x float> %1091, <8 x float> %1092, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1099, ptr %174, align 4
  %1100 = shufflevector <8 x float> %1091, <8 x float> %1092, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1100, ptr %175, align 4
  br label %i35.body

i35.head.loopexit:                                ; preds = %p5.exit.1, %p5.exit
  %1101 = icmp ult i64 %i35.addr.02170, 24
  br i1 %1101, label %i35.body, label %p6.head.preheader

i35.body:                                         ; preds = %j25.body.preheader, %i35.head.loopexit
  %i35.addr.02170 = phi i64 [ %1102, %i35.head.loopexit ], [ 0, %j25.body.preheader ]
  %1102 = add nuw nsw i64 %i35.addr.02170, 8
  %1103 = shl nuw nsw i64 %i35.addr.02170, 5
  %.idx2098 = shl nuw nsw i64 %i35.addr.02170, 7
  %1104 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2098
  %1105 = or disjoint i64 %1103, 32
  %1106 = getelementptr inbounds float, ptr %Gm, i64 %1105
  %1107 = or disjoint i64 %1103, 64
  %1108 = getelementptr inbounds float, ptr %Gm, i64 %1107
  %1109 = or disjoint i64 %1103, 96
  %1110 = getelementptr inbounds float, ptr %Gm, i64 %1109
  %1111 = or disjoint i64 %1103, 128
  %1112 = getelementptr inbounds float, ptr %Gm, i64 %1111
  %1113 = or disjoint i64 %1103, 160
  %1114 = getelementptr inbounds float, ptr %Gm, i64 %1113
  %1115 = or disjoint i64 %1103, 192
  %1116 = getelementptr inbounds float, ptr %Gm, i64 %1115
  %1117 = or disjoint i64 %1103, 224
  %1118 = getelementptr inbounds float, ptr %Gm, i64 %1117
  %invariant.gep2953 = getelementptr inbounds float, ptr %Bk, i64 %1103
  br label %p5.body

p5.body:                                          ; preds = %i35.body, %p5.body
  %acc.02168 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1124, %p5.body ]
  %acc1.02167 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1129, %p5.body ]
  %acc2.02166 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1134, %p5.body ]
  %acc3.02165 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1139, %p5.body ]
  %acc4.02164 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1144, %p5.body ]
  %acc5.02163 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1149, %p5.body ]
  %acc6.02162 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1154, %p5.body ]
  %acc7.02161 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1159, %p5.body ]
  %p5.addr.02160 = phi i64 [ 0, %i35.body ], [ %p5.next, %p5.body ]
  %.idx2099 = shl nuw nsw i64 %p5.addr.02160, 7
  %gep = getelementptr inbounds i8, ptr %KT, i64 %.idx2099
  %1119 = load <16 x float>, ptr %gep, align 4
  %gep2954 = getelementptr inbounds float, ptr %invariant.gep2953, i64 %p5.addr.02160
  %1120 = getelementptr inbounds i8, ptr %gep2954, i64 9216
  %1121 = load float, ptr %1120, align 4
  %1122 = insertelement <16 x float> poison, float %1121, i64 0
  %1123 = shufflevector <16 x float> %1122, <16 x float> poison, <16 x i32> zeroinitializer
  %1124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1123, <16 x float> %1119, <16 x float> %acc.02168)
  %1125 = getelementptr inbounds i8, ptr %gep2954, i64 9344
  %1126 = load float, ptr %1125, align 4
  %1127 = insertelement <16 x float> poison, float %1126, i64 0
  %1128 = shufflevector <16 x float> %1127, <16 x float> poison, <16 x i32> zeroinitializer
  %1129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1128, <16 x float> %1119, <16 x float> %acc1.02167)
  %1130 = getelementptr inbounds i8, ptr %gep2954, i64 9472
  %1131 = load float, ptr %1130, align 4
  %1132 = insertelement <16 x float> poison, float %1131, i64 0
  %1133 = shufflevector <16 x float> %1132, <16 x float> poison, <16 x i32> zeroinitializer
  %1134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1133, <16 x float> %1119, <16 x float> %acc2.02166)
  %1135 = getelementptr inbounds i8, ptr %gep2954, i64 9600
  %1136 = load float, ptr %1135, align 4
  %1137 = insertelement <16 x float> poison, float %1136, i64 0
  %1138 = shufflevector <16 x float> %1137, <16 x float> poison, <16 x i32> zeroinitializer
  %1139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1138, <16 x float> %1119, <16 x float> %acc3.02165)
  %1140 = getelementptr inbounds i8, ptr %gep2954, i64 9728
  %1141 = load float, ptr %1140, align 4
  %1142 = insertelement <16 x float> poison, float %1141, i64 0
  %1143 = shufflevector <16 x float> %1142, <16 x float> poison, <16 x i32> zeroinitializer
  %1144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1143, <16 x float> %1119, <16 x float> %acc4.02164)
  %1145 = getelementptr inbounds i8, ptr %gep2954, i64 9856
  %1146 = load float, ptr %1145, align 4
  %1147 = insertelement <16 x float> poison, float %1146, i64 0
  %1148 = shufflevector <16 x float> %1147, <16 x float> poison, <16 x i32> zeroinitializer
  %1149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1148, <16 x float> %1119, <16 x float> %acc5.02163)
  %1150 = getelementptr inbounds i8, ptr %gep2954, i64 9984
  %1151 = load float, ptr %1150, align 4
  %1152 = insertelement <16 x float> poison, float %1151, i64 0
  %1153 = shufflevector <16 x float> %1152, <16 x float> poison, <16 x i32> zeroinitializer
  %1154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1153, <16 x float> %1119, <16 x float> %acc6.02162)
  %1155 = getelementptr inbounds i8, ptr %gep2954, i64 10112
  %1156 = load float, ptr %1155, align 4
  %1157 = insertelement <16 x float> poison, float %1156, i64 0
  %1158 = shufflevector <16 x float> %1157, <16 x float> poison, <16 x i32> zeroinitializer
  %1159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1158, <16 x float> %1119, <16 x float> %acc7.02161)
  %p5.next = add nuw nsw i64 %p5.addr.02160, 1
  %exitcond2655.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond2655.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  store <16 x float> %1124, ptr %1104, align 4
  store <16 x float> %1129, ptr %1106, align 4
  store <16 x float> %1134, ptr %1108, align 4
  store <16 x float> %1139, ptr %1110, align 4
  store <16 x float> %1144, ptr %1112, align 4
  store <16 x float> %1149, ptr %1114, align 4
  store <16 x float> %1154, ptr %1116, align 4
  store <16 x float> %1159, ptr %1118, align 4
  %1160 = icmp ugt i64 %i35.addr.02170, 8
  br i1 %1160, label %p5.body.1, label %i35.head.loopexit

p5.body.1:                                        ; preds = %p5.exit, %p5.body.1
  %acc.02168.1 = phi <16 x float> [ %1166, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc1.02167.1 = phi <16 x float> [ %1171, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc2.02166.1 = phi <16 x float> [ %1176, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc3.02165.1 = phi <16 x float> [ %1181, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc4.02164.1 = phi <16 x float> [ %1186, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc5.02163.1 = phi <16 x float> [ %1191, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc6.02162.1 = phi <16 x float> [ %1196, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc7.02161.1 = phi <16 x float> [ %1201, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %p5.addr.02160.1 = phi i64 [ %p5.next.1, %p5.body.1 ], [ 0, %p5.exit ]
  %.idx2099.1 = shl nuw nsw i64 %p5.addr.02160.1, 7
  %gep.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx2099.1
  %1161 = load <16 x float>, ptr %gep.1, align 4
  %gep2954.1 = getelementptr inbounds float, ptr %invariant.gep2953, i64 %p5.addr.02160.1
  %1162 = getelementptr inbounds i8, ptr %gep2954.1, i64 9216
  %1163 = load float, ptr %1162, align 4
  %1164 = insertelement <16 x float> poison, float %1163, i64 0
  %1165 = shufflevector <16 x float> %1164, <16 x float> poison, <16 x i32> zeroinitializer
  %1166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1165, <16 x float> %1161, <16 x float> %acc.02168.1)
  %1167 = getelementptr inbounds i8, ptr %gep2954.1, i64 9344
  %1168 = load float, ptr %1167, align 4
  %1169 = insertelement <16 x float> poison, float %1168, i64 0
  %1170 = shufflevector <16 x float> %1169, <16 x float> poison, <16 x i32> zeroinitializer
  %1171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1170, <16 x float> %1161, <16 x float> %acc1.02167.1)
  %1172 = getelementptr inbounds i8, ptr %gep2954.1, i64 9472
  %1173 = load float, ptr %1172, align 4
  %1174 = insertelement <16 x float> poison, float %1173, i64 0
  %1175 = shufflevector <16 x float> %1174, <16 x float> poison, <16 x i32> zeroinitializer
  %1176 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1175, <16 x float> %1161, <16 x float> %acc2.02166.1)
  %1177 = getelementptr inbounds i8, ptr %gep2954.1, i64 9600
  %1178 = load float, ptr %1177, align 4
  %1179 = insertelement <16 x float> poison, float %1178, i64 0
  %1180 = shufflevector <16 x float> %1179, <16 x float> poison, <16 x i32> zeroinitializer
  %1181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1180, <16 x float> %1161, <16 x float> %acc3.02165.1)
  %1182 = getelementptr inbounds i8, ptr %gep2954.1, i64 9728
  %1183 = load float, ptr %1182, align 4
  %1184 = insertelement <16 x float> poison, float %1183, i64 0
  %1185 = shufflevector <16 x float> %1184, <16 x float> poison, <16 x i32> zeroinitializer
  %1186 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1185, <16 x float> %1161, <16 x float> %acc4.02164.1)
  %1187 = getelementptr inbounds i8, ptr %gep2954.1, i64 9856
  %1188 = load float, ptr %1187, align 4
  %1189 = insertelement <16 x float> poison, float %1188, i64 0
  %1190 = shufflevector <16 x float> %1189, <16 x float> poison, <16 x i32> zeroinitializer
  %1191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1190, <16 x float> %1161, <16 x float> %acc5.02163.1)
  %1192 = getelementptr inbounds i8, ptr %gep2954.1, i64 9984
  %1193 = load float, ptr %1192, align 4
  %1194 = insertelement <16 x float> poison, float %1193, i64 0
  %1195 = shufflevector <16 x float> %1194, <16 x float> poison, <16 x i32> zeroinitializer
  %1196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1195, <16 x float> %1161, <16 x float> %acc6.02162.1)
  %1197 = getelementptr inbounds i8, ptr %gep2954.1, i64 10112
  %1198 = load float, ptr %1197, align 4
  %1199 = insertelement <16 x float> poison, float %1198, i64 0
  %1200 = shufflevector <16 x float> %1199, <16 x float> poison, <16 x i32> zeroinitializer
  %1201 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1200, <16 x float> %1161, <16 x float> %acc7.02161.1)
  %p5.next.1 = add nuw nsw i64 %p5.addr.02160.1, 1
  %exitcond2655.not.1 = icmp eq i64 %p5.next.1, 32
  br i1 %exitcond2655.not.1, label %p5.exit.1, label %p5.body.1

p5.exit.1:                                        ; preds = %p5.body.1
  %1202 = getelementptr inbounds i8, ptr %1104, i64 64
  store <16 x float> %1166, ptr %1202, align 4
  %1203 = getelementptr inbounds i8, ptr %1106, i64 64
  store <16 x float> %1171, ptr %1203, align 4
  %1204 = getelementptr inbounds i8, ptr %1108, i64 64
  store <16 x float> %1176, ptr %1204, align 4
  %1205 = getelementptr inbounds i8, ptr %1110, i64 64
  store <16 x float> %1181, ptr %1205, align 4
  %1206 = getelementptr inbounds i8, ptr %1112, i64 64
  store <16 x float> %1186, ptr %1206, align 4
  %1207 = getelementptr inbounds i8, ptr %1114, i64 64
  store <16 x float> %1191, ptr %1207, align 4
  %1208 = getelementptr inbounds i8, ptr %1116, i64 64
  store <16 x float> %1196, ptr %1208, align 4
  %1209 = getelementptr inbounds i8, ptr %1118, i64 64
  store <16 x float> %1201, ptr %1209, align 4
  br label %i35.head.loopexit

p6.head.preheader:                                ; preds = %i35.head.loopexit, %p6.exit
  %i36.addr.02188 = phi i64 [ %i36.next, %p6.exit ], [ 0, %i35.head.loopexit ]
  %.idx2711 = shl nsw i64 %i36.addr.02188, 7
  %invariant.gep2955 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2711
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc8.02187 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1226, %p6.body ]
  %acc9.02186 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1227, %p6.body ]
  %acc10.02185 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1228, %p6.body ]
  %acc11.02184 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1229, %p6.body ]
  %acc12.02183 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1234, %p6.body ]
  %acc13.02182 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1235, %p6.body ]
  %acc14.02181 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1236, %p6.body ]
  %acc15.02180 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1237, %p6.body ]
  %acc16.02179 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1242, %p6.body ]
  %acc17.02178 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1243, %p6.body ]
  %acc18.02177 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1244, %p6.body ]
  %acc19.02176 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1245, %p6.body ]
  %acc20.02175 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1250, %p6.body ]
  %acc21.02174 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1251, %p6.body ]
  %acc22.02173 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1252, %p6.body ]
  %acc23.02172 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1253, %p6.body ]
  %p6.addr.02171 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1210 = shl nuw nsw i64 %p6.addr.02171, 6
  %1211 = getelementptr inbounds float, ptr %work, i64 %1210
  %1212 = load <16 x float>, ptr %1211, align 4
  %1213 = or disjoint i64 %1210, 16
  %1214 = getelementptr inbounds float, ptr %work, i64 %1213
  %1215 = load <16 x float>, ptr %1214, align 4
  %1216 = or disjoint i64 %1210, 32
  %1217 = getelementptr inbounds float, ptr %work, i64 %1216
  %1218 = load <16 x float>, ptr %1217, align 4
  %1219 = or disjoint i64 %1210, 48
  %1220 = getelementptr inbounds float, ptr %work, i64 %1219
  %1221 = load <16 x float>, ptr %1220, align 4
  %gep2956 = getelementptr inbounds float, ptr %invariant.gep2955, i64 %p6.addr.02171
  %1222 = getelementptr inbounds i8, ptr %gep2956, i64 9216
  %1223 = load float, ptr %1222, align 4
  %1224 = insertelement <16 x float> poison, float %1223, i64 0
  %1225 = shufflevector <16 x float> %1224, <16 x float> poison, <16 x i32> zeroinitializer
  %1226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1212, <16 x float> %acc8.02187)
  %1227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1215, <16 x float> %acc9.02186)
  %1228 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1218, <16 x float> %acc10.02185)
  %1229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1221, <16 x float> %acc11.02184)
  %1230 = getelementptr inbounds i8, ptr %gep2956, i64 9344
  %1231 = load float, ptr %1230, align 4
  %1232 = insertelement <16 x float> poison, float %1231, i64 0
  %1233 = shufflevector <16 x float> %1232, <16 x float> poison, <16 x i32> zeroinitializer
  %1234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1233, <16 x float> %1212, <16 x float> %acc12.02183)
  %1235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1233, <16 x float> %1215, <16 x float> %acc13.02182)
  %1236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1233, <16 x float> %1218, <16 x float> %acc14.02181)
  %1237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1233, <16 x float> %1221, <16 x float> %acc15.02180)
  %1238 = getelementptr inbounds i8, ptr %gep2956, i64 9472
  %1239 = load float, ptr %1238, align 4
  %1240 = insertelement <16 x float> poison, float %1239, i64 0
  %1241 = shufflevector <16 x float> %1240, <16 x float> poison, <16 x i32> zeroinitializer
  %1242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1241, <16 x float> %1212, <16 x float> %acc16.02179)
  %1243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1241, <16 x float> %1215, <16 x float> %acc17.02178)
  %1244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1241, <16 x float> %1218, <16 x float> %acc18.02177)
  %1245 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1241, <16 x float> %1221, <16 x float> %acc19.02176)
  %1246 = getelementptr inbounds i8, ptr %gep2956, i64 9600
  %1247 = load float, ptr %1246, align 4
  %1248 = insertelement <16 x float> poison, float %1247, i64 0
  %1249 = shufflevector <16 x float> %1248, <16 x float> poison, <16 x i32> zeroinitializer
  %1250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1249, <16 x float> %1212, <16 x float> %acc20.02175)
  %1251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1249, <16 x float> %1215, <16 x float> %acc21.02174)
  %1252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1249, <16 x float> %1218, <16 x float> %acc22.02173)
  %1253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1249, <16 x float> %1221, <16 x float> %acc23.02172)
  %p6.next = add nuw nsw i64 %p6.addr.02171, 1
  %exitcond2656.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond2656.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1254 = shl nuw nsw i64 %i36.addr.02188, 6
  %1255 = getelementptr inbounds float, ptr %KSdS, i64 %1254
  store <16 x float> %1226, ptr %1255, align 4
  %1256 = or disjoint i64 %1254, 16
  %1257 = getelementptr inbounds float, ptr %KSdS, i64 %1256
  store <16 x float> %1227, ptr %1257, align 4
  %1258 = or disjoint i64 %1254, 32
  %1259 = getelementptr inbounds float, ptr %KSdS, i64 %1258
  store <16 x float> %1228, ptr %1259, align 4
  %1260 = or disjoint i64 %1254, 48
  %1261 = getelementptr inbounds float, ptr %KSdS, i64 %1260
  store <16 x float> %1229, ptr %1261, align 4
  %1262 = or disjoint i64 %1254, 64
  %1263 = getelementptr inbounds float, ptr %KSdS, i64 %1262
  store <16 x float> %1234, ptr %1263, align 4
  %1264 = or disjoint i64 %1254, 80
  %1265 = getelementptr inbounds float, ptr %KSdS, i64 %1264
  store <16 x float> %1235, ptr %1265, align 4
  %1266 = or disjoint i64 %1254, 96
  %1267 = getelementptr inbounds float, ptr %KSdS, i64 %1266
  store <16 x float> %1236, ptr %1267, align 4
  %1268 = or disjoint i64 %1254, 112
  %1269 = getelementptr inbounds float, ptr %KSdS, i64 %1268
  store <16 x float> %1237, ptr %1269, align 4
  %1270 = or disjoint i64 %1254, 128
  %1271 = getelementptr inbounds float, ptr %KSdS, i64 %1270
  store <16 x float> %1242, ptr %1271, align 4
  %1272 = or disjoint i64 %1254, 144
  %1273 = getelementptr inbounds float, ptr %KSdS, i64 %1272
  store <16 x float> %1243, ptr %1273, align 4
  %1274 = or disjoint i64 %1254, 160
  %1275 = getelementptr inbounds float, ptr %KSdS, i64 %1274
  store <16 x float> %1244, ptr %1275, align 4
  %1276 = or disjoint i64 %1254, 176
  %1277 = getelementptr inbounds float, ptr %KSdS, i64 %1276
  store <16 x float> %1245, ptr %1277, align 4
  %1278 = or disjoint i64 %1254, 192
  %1279 = getelementptr inbounds float, ptr %KSdS, i64 %1278
  store <16 x float> %1250, ptr %1279, align 4
  %1280 = or disjoint i64 %1254, 208
  %1281 = getelementptr inbounds float, ptr %KSdS, i64 %1280
  store <16 x float> %1251, ptr %1281, align 4
  %1282 = or disjoint i64 %1254, 224
  %1283 = getelementptr inbounds float, ptr %KSdS, i64 %1282
  store <16 x float> %1252, ptr %1283, align 4
  %1284 = or disjoint i64 %1254, 240
  %1285 = getelementptr inbounds float, ptr %KSdS, i64 %1284
  store <16 x float> %1253, ptr %1285, align 4
  %i36.next = add nuw nsw i64 %i36.addr.02188, 4
  %1286 = icmp ult i64 %i36.addr.02188, 28
  br i1 %1286, label %p6.head.preheader, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.head.preheader
  %i37.addr.02190 = phi i64 [ %i37.next.3, %p7.head.preheader ], [ 0, %p6.exit ]
  %.idx2430 = shl nsw i64 %i37.addr.02190, 7
  %1287 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2430
  %1288 = load <16 x float>, ptr %1287, align 4
  %.idx2431 = shl nsw i64 %i37.addr.02190, 8
  %1289 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2431
  %1290 = load <16 x float>, ptr %1289, align 4
  %1291 = fsub <16 x float> %1288, %1290
  store <16 x float> %1291, ptr %1287, align 4
  %1292 = getelementptr inbounds i8, ptr %176, i64 %.idx2430
  %1293 = load <16 x float>, ptr %1292, align 4
  %1294 = getelementptr inbounds i8, ptr %177, i64 %.idx2431
  %1295 = load <16 x float>, ptr %1294, align 4
  %1296 = fsub <16 x float> %1293, %1295
  store <16 x float> %1296, ptr %1292, align 4
  %i37.next = or disjoint i64 %i37.addr.02190, 1
  %.idx2430.1 = shl nsw i64 %i37.next, 7
  %1297 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2430.1
  %1298 = load <16 x float>, ptr %1297, align 4
  %.idx2431.1 = shl nsw i64 %i37.next, 8
  %1299 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2431.1
  %1300 = load <16 x float>, ptr %1299, align 4
  %1301 = fsub <16 x float> %1298, %1300
  store <16 x float> %1301, ptr %1297, align 4
  %1302 = getelementptr inbounds i8, ptr %176, i64 %.idx2430.1
  %1303 = load <16 x float>, ptr %1302, align 4
  %1304 = getelementptr inbounds i8, ptr %177, i64 %.idx2431.1
  %1305 = load <16 x float>, ptr %1304, align 4
  %1306 = fsub <16 x float> %1303, %1305
  store <16 x float> %1306, ptr %1302, align 4
  %i37.next.1 = or disjoint i64 %i37.addr.02190, 2
  %.idx2430.2 = shl nsw i64 %i37.next.1, 7
  %1307 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2430.2
  %1308 = load <16 x float>, ptr %1307, align 4
  %.idx2431.2 = shl nsw i64 %i37.next.1, 8
  %1309 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2431.2
  %1310 = load <16 x float>, ptr %1309, align 4
  %1311 = fsub <16 x float> %1308, %1310
  store <16 x float> %1311, ptr %1307, align 4
  %1312 = getelementptr inbounds i8, ptr %176, i64 %.idx2430.2
  %1313 = load <16 x float>, ptr %1312, align 4
  %1314 = getelementptr inbounds i8, ptr %177, i64 %.idx2431.2
  %1315 = load <16 x float>, ptr %1314, align 4
  %1316 = fsub <16 x float> %1313, %1315
  store <16 x float> %1316, ptr %1312, align 4
  %i37.next.2 = or disjoint i64 %i37.addr.02190, 3
  %.idx2430.3 = shl nsw i64 %i37.next.2, 7
  %1317 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2430.3
  %1318 = load <16 x float>, ptr %1317, align 4
  %.idx2431.3 = shl nsw i64 %i37.next.2, 8
  %1319 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2431.3
  %1320 = load <16 x float>, ptr %1319, align 4
  %1321 = fsub <16 x float> %1318, %1320
  store <16 x float> %1321, ptr %1317, align 4
  %1322 = getelementptr inbounds i8, ptr %176, i64 %.idx2430.3
  %1323 = load <16 x float>, ptr %1322, align 4
  %1324 = getelementptr inbounds i8, ptr %177, i64 %.idx2431.3
  %1325 = load <16 x float>, ptr %1324, align 4
  %1326 = fsub <16 x float> %1323, %1325
  store <16 x float> %1326, ptr %1322, align 4
  %i37.next.3 = add nuw nsw i64 %i37.addr.02190, 4
  %exitcond2657.not.3 = icmp eq i64 %i37.next.3, 32
  br i1 %exitcond2657.not.3, label %ib.body, label %p7.head.preheader

ib.body:                                          ; preds = %p7.head.preheader, %j29.exit
  %ib.addr.02207 = phi i64 [ %ib.next, %j29.exit ], [ 0, %p7.head.preheader ]
  %1327 = shl nuw nsw i64 %ib.addr.02207, 2
  %umax3367 = tail call i64 @llvm.umax.i64(i64 %1327, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02207, 2
  %.not2432 = icmp eq i64 %ib.addr.02207, 0
  br i1 %.not2432, label %j29.exit, label %j29.body.lr.ph

j29.body.lr.ph:                                   ; preds = %ib.body
  %.idx2097 = shl nuw nsw i64 %ib.addr.02207, 9
  %1328 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2097
  %1329 = shl nuw nsw i64 %ib.addr.02207, 7
  %1330 = or disjoint i64 %1329, 32
  %1331 = getelementptr inbounds float, ptr %Gm, i64 %1330
  %1332 = or disjoint i64 %1329, 64
  %1333 = getelementptr inbounds float, ptr %Gm, i64 %1332
  %1334 = or disjoint i64 %1329, 96
  %1335 = getelementptr inbounds float, ptr %Gm, i64 %1334
  %xtraiter = and i64 %umax3367, 1
  %1336 = icmp eq i64 %umax3367, 1
  br i1 %1336, label %j29.exit.loopexit.unr-lcssa, label %j29.body.lr.ph.new

j29.body.lr.ph.new:                               ; preds = %j29.body.lr.ph
  %unroll_iter = and i64 %umax3367, 9223372036854775804
  br label %j29.body

j29.body:                                         ; preds = %j29.body, %j29.body.lr.ph.new
  %acc24.02199 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1377, %j29.body ]
  %acc25.02198 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1378, %j29.body ]
  %acc26.02197 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1383, %j29.body ]
  %acc27.02196 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1384, %j29.body ]
  %acc28.02195 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1389, %j29.body ]
  %acc29.02194 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1390, %j29.body ]
  %acc30.02193 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1395, %j29.body ]
  %acc31.02192 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1396, %j29.body ]
  %j29.addr.02191 = phi i64 [ 0, %j29.body.lr.ph.new ], [ %j29.next.1, %j29.body ]
  %niter = phi i64 [ 0, %j29.body.lr.ph.new ], [ %niter.next.1, %j29.body ]
  %1337 = shl nsw i64 %j29.addr.02191, 5
  %1338 = getelementptr inbounds float, ptr %Vn, i64 %1337
  %1339 = load <16 x float>, ptr %1338, align 4
  %1340 = or disjoint i64 %1337, 16
  %1341 = getelementptr inbounds float, ptr %Vn, i64 %1340
  %1342 = load <16 x float>, ptr %1341, align 4
  %1343 = getelementptr inbounds float, ptr %1328, i64 %j29.addr.02191
  %1344 = load float, ptr %1343, align 4
  %1345 = insertelement <16 x float> poison, float %1344, i64 0
  %1346 = shufflevector <16 x float> %1345, <16 x float> poison, <16 x i32> zeroinitializer
  %1347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1346, <16 x float> %1339, <16 x float> %acc24.02199)
  %1348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1346, <16 x float> %1342, <16 x float> %acc25.02198)
  %1349 = getelementptr inbounds float, ptr %1331, i64 %j29.addr.02191
  %1350 = load float, ptr %1349, align 4
  %1351 = insertelement <16 x float> poison, float %1350, i64 0
  %1352 = shufflevector <16 x float> %1351, <16 x float> poison, <16 x i32> zeroinitializer
  %1353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1352, <16 x float> %1339, <16 x float> %acc26.02197)
  %1354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1352, <16 x float> %1342, <16 x float> %acc27.02196)
  %1355 = getelementptr inbounds float, ptr %1333, i64 %j29.addr.02191
  %1356 = load float, ptr %1355, align 4
  %1357 = insertelement <16 x float> poison, float %1356, i64 0
  %1358 = shufflevector <16 x float> %1357, <16 x float> poison, <16 x i32> zeroinitializer
  %1359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1358, <16 x float> %1339, <16 x float> %acc28.02195)
  %1360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1358, <16 x float> %1342, <16 x float> %acc29.02194)
  %1361 = getelementptr inbounds float, ptr %1335, i64 %j29.addr.02191
  %1362 = load float, ptr %1361, align 4
  %1363 = insertelement <16 x float> poison, float %1362, i64 0
  %1364 = shufflevector <16 x float> %1363, <16 x float> poison, <16 x i32> zeroinitializer
  %1365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1364, <16 x float> %1339, <16 x float> %acc30.02193)
  %1366 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1364, <16 x float> %1342, <16 x float> %acc31.02192)
  %j29.next = or disjoint i64 %j29.addr.02191, 1
  %1367 = shl nsw i64 %j29.next, 5
  %1368 = getelementptr inbounds float, ptr %Vn, i64 %1367
  %1369 = load <16 x float>, ptr %1368, align 4
  %1370 = or disjoint i64 %1367, 16
  %1371 = getelementptr inbounds float, ptr %Vn, i64 %1370
  %1372 = load <16 x float>, ptr %1371, align 4
  %1373 = getelementptr inbounds float, ptr %1328, i64 %j29.next
  %1374 = load float, ptr %1373, align 4
  %1375 = insertelement <16 x float> poison, float %1374, i64 0
  %1376 = shufflevector <16 x float> %1375, <16 x float> poison, <16 x i32> zeroinitializer
  %1377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1376, <16 x float> %1369, <16 x float> %1347)
  %1378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1376, <16 x float> %1372, <16 x float> %1348)
  %1379 = getelementptr inbounds float, ptr %1331, i64 %j29.next
  %1380 = load float, ptr %1379, align 4
  %1381 = insertelement <16 x float> poison, float %1380, i64 0
  %1382 = shufflevector <16 x float> %1381, <16 x float> poison, <16 x i32> zeroinitializer
  %1383 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1382, <16 x float> %1369, <16 x float> %1353)
  %1384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1382, <16 x float> %1372, <16 x float> %1354)
  %1385 = getelementptr inbounds float, ptr %1333, i64 %j29.next
  %1386 = load float, ptr %1385, align 4
  %1387 = insertelement <16 x float> poison, float %1386, i64 0
  %1388 = shufflevector <16 x float> %1387, <16 x float> poison, <16 x i32> zeroinitializer
  %1389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1388, <16 x float> %1369, <16 x float> %1359)
  %1390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1388, <16 x float> %1372, <16 x float> %1360)
  %1391 = getelementptr inbounds float, ptr %1335, i64 %j29.next
  %1392 = load float, ptr %1391, align 4
  %1393 = insertelement <16 x float> poison, float %1392, i64 0
  %1394 = shufflevector <16 x float> %1393, <16 x float> poison, <16 x i32> zeroinitializer
  %1395 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1394, <16 x float> %1369, <16 x float> %1365)
  %1396 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1394, <16 x float> %1372, <16 x float> %1366)
  %j29.next.1 = add nuw nsw i64 %j29.addr.02191, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j29.exit.loopexit.unr-lcssa, label %j29.body

j29.exit.loopexit.unr-lcssa:                      ; preds = %j29.body, %j29.body.lr.ph
  %.lcssa3206.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1377, %j29.body ]
  %.lcssa3205.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1378, %j29.body ]
  %.lcssa3204.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1383, %j29.body ]
  %.lcssa3203.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1384, %j29.body ]
  %.lcssa3202.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1389, %j29.body ]
  %.lcssa3201.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1390, %j29.body ]
  %.lcssa3200.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1395, %j29.body ]
  %.lcssa3199.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1396, %j29.body ]
  %acc24.02199.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1377, %j29.body ]
  %acc25.02198.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1378, %j29.body ]
  %acc26.02197.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1383, %j29.body ]
  %acc27.02196.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1384, %j29.body ]
  %acc28.02195.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1389, %j29.body ]
  %acc29.02194.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1390, %j29.body ]
  %acc30.02193.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1395, %j29.body ]
  %acc31.02192.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1396, %j29.body ]
  %j29.addr.02191.unr = phi i64 [ 0, %j29.body.lr.ph ], [ %j29.next.1, %j29.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j29.exit, label %j29.body.epil

j29.body.epil:                                    ; preds = %j29.exit.loopexit.unr-lcssa
  %1397 = shl nsw i64 %j29.addr.02191.unr, 5
  %1398 = getelementptr inbounds float, ptr %Vn, i64 %1397
  %1399 = load <16 x float>, ptr %1398, align 4
  %1400 = or disjoint i64 %1397, 16
  %1401 = getelementptr inbounds float, ptr %Vn, i64 %1400
  %1402 = load <16 x float>, ptr %1401, align 4
  %1403 = getelementptr inbounds float, ptr %1328, i64 %j29.addr.02191.unr
  %1404 = load float, ptr %1403, align 4
  %1405 = insertelement <16 x float> poison, float %1404, i64 0
  %1406 = shufflevector <16 x float> %1405, <16 x float> poison, <16 x i32> zeroinitializer
  %1407 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1406, <16 x float> %1399, <16 x float> %acc24.02199.unr)
  %1408 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1406, <16 x float> %1402, <16 x float> %acc25.02198.unr)
  %1409 = getelementptr inbounds float, ptr %1331, i64 %j29.addr.02191.unr
  %1410 = load float, ptr %1409, align 4
  %1411 = insertelement <16 x float> poison, float %1410, i64 0
  %1412 = shufflevector <16 x float> %1411, <16 x float> poison, <16 x i32> zeroinitializer
  %1413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1412, <16 x float> %1399, <16 x float> %acc26.02197.unr)
  %1414 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1412, <16 x float> %1402, <16 x float> %acc27.02196.unr)
  %1415 = getelementptr inbounds float, ptr %1333, i64 %j29.addr.02191.unr
  %1416 = load float, ptr %1415, align 4
  %1417 = insertelement <16 x float> poison, float %1416, i64 0
  %1418 = shufflevector <16 x float> %1417, <16 x float> poison, <16 x i32> zeroinitializer
  %1419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1418, <16 x float> %1399, <16 x float> %acc28.02195.unr)
  %1420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1418, <16 x float> %1402, <16 x float> %acc29.02194.unr)
  %1421 = getelementptr inbounds float, ptr %1335, i64 %j29.addr.02191.unr
  %1422 = load float, ptr %1421, align 4
  %1423 = insertelement <16 x float> poison, float %1422, i64 0
  %1424 = shufflevector <16 x float> %1423, <16 x float> poison, <16 x i32> zeroinitializer
  %1425 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1424, <16 x float> %1399, <16 x float> %acc30.02193.unr)
  %1426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1424, <16 x float> %1402, <16 x float> %acc31.02192.unr)
  br label %j29.exit

j29.exit:                                         ; preds = %j29.body.epil, %j29.exit.loopexit.unr-lcssa, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1329, %j29.exit.loopexit.unr-lcssa ], [ %1329, %j29.body.epil ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3199.ph, %j29.exit.loopexit.unr-lcssa ], [ %1426, %j29.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3200.ph, %j29.exit.loopexit.unr-lcssa ], [ %1425, %j29.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3201.ph, %j29.exit.loopexit.unr-lcssa ], [ %1420, %j29.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3202.ph, %j29.exit.loopexit.unr-lcssa ], [ %1419, %j29.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3203.ph, %j29.exit.loopexit.unr-lcssa ], [ %1414, %j29.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3204.ph, %j29.exit.loopexit.unr-lcssa ], [ %1413, %j29.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3205.ph, %j29.exit.loopexit.unr-lcssa ], [ %1408, %j29.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3206.ph, %j29.exit.loopexit.unr-lcssa ], [ %1407, %j29.body.epil ]
  %1427 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1428 = load float, ptr %1427, align 4
  %1429 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1430 = load <16 x float>, ptr %1429, align 4
  %1431 = fsub <16 x float> %1430, %acc24.0.lcssa
  store <16 x float> %1431, ptr %1429, align 4
  %1432 = insertelement <16 x float> poison, float %1428, i64 0
  %1433 = shufflevector <16 x float> %1432, <16 x float> poison, <16 x i32> zeroinitializer
  %1434 = fmul <16 x float> %1433, %1431
  %1435 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1434, ptr %1435, align 4
  %1436 = mul nuw nsw i64 %ib.addr.02207, 416
  %1437 = getelementptr inbounds float, ptr %Ak, i64 %1436
  store <16 x float> %1434, ptr %1437, align 4
  %1438 = or disjoint i64 %.pre-phi, 16
  %1439 = getelementptr inbounds float, ptr %Rr, i64 %1438
  %1440 = load <16 x float>, ptr %1439, align 4
  %1441 = fsub <16 x float> %1440, %acc25.0.lcssa
  store <16 x float> %1441, ptr %1439, align 4
  %1442 = fmul <16 x float> %1433, %1441
  %1443 = getelementptr inbounds float, ptr %Vn, i64 %1438
  store <16 x float> %1442, ptr %1443, align 4
  %1444 = or disjoint i64 %1436, 16
  %1445 = getelementptr inbounds float, ptr %Ak, i64 %1444
  store <16 x float> %1442, ptr %1445, align 4
  %i38 = or disjoint i64 %i0, 1
  %1446 = shl nuw nsw i64 %i38, 5
  %1447 = or disjoint i64 %1446, %i0
  %1448 = getelementptr inbounds float, ptr %Gm, i64 %1447
  %1449 = load float, ptr %1448, align 4
  %1450 = insertelement <16 x float> poison, float %1449, i64 0
  %1451 = shufflevector <16 x float> %1450, <16 x float> poison, <16 x i32> zeroinitializer
  %1452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1451, <16 x float> %1434, <16 x float> %acc26.0.lcssa)
  %1453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1451, <16 x float> %1442, <16 x float> %acc27.0.lcssa)
  %1454 = getelementptr inbounds float, ptr %bet, i64 %i38
  %1455 = load float, ptr %1454, align 4
  %1456 = getelementptr inbounds float, ptr %Rr, i64 %1446
  %1457 = load <16 x float>, ptr %1456, align 4
  %1458 = fsub <16 x float> %1457, %1452
  store <16 x float> %1458, ptr %1456, align 4
  %1459 = insertelement <16 x float> poison, float %1455, i64 0
  %1460 = shufflevector <16 x float> %1459, <16 x float> poison, <16 x i32> zeroinitializer
  %1461 = fmul <16 x float> %1460, %1458
  %1462 = getelementptr inbounds float, ptr %Vn, i64 %1446
  store <16 x float> %1461, ptr %1462, align 4
  %1463 = mul nuw nsw i64 %i38, 104
  %1464 = getelementptr inbounds float, ptr %Ak, i64 %1463
  store <16 x float> %1461, ptr %1464, align 4
  %1465 = or disjoint i64 %1446, 16
  %1466 = getelementptr inbounds float, ptr %Rr, i64 %1465
  %1467 = load <16 x float>, ptr %1466, align 4
  %1468 = fsub <16 x float> %1467, %1453
  store <16 x float> %1468, ptr %1466, align 4
  %1469 = fmul <16 x float> %1460, %1468
  %1470 = getelementptr inbounds float, ptr %Vn, i64 %1465
  store <16 x float> %1469, ptr %1470, align 4
  %1471 = or disjoint i64 %1463, 16
  %1472 = getelementptr inbounds float, ptr %Ak, i64 %1471
  store <16 x float> %1469, ptr %1472, align 4
  %i39 = or disjoint i64 %i0, 2
  %1473 = shl nuw nsw i64 %i39, 5
  %1474 = or disjoint i64 %1473, %i0
  %1475 = getelementptr inbounds float, ptr %Gm, i64 %1474
  %1476 = load float, ptr %1475, align 4
  %1477 = insertelement <16 x float> poison, float %1476, i64 0
  %1478 = shufflevector <16 x float> %1477, <16 x float> poison, <16 x i32> zeroinitializer
  %1479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1478, <16 x float> %1434, <16 x float> %acc28.0.lcssa)
  %1480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1478, <16 x float> %1442, <16 x float> %acc29.0.lcssa)
  %1481 = or disjoint i64 %1473, %i38
  %1482 = getelementptr inbounds float, ptr %Gm, i64 %1481
  %1483 = load float, ptr %1482, align 4
  %1484 = insertelement <16 x float> poison, float %1483, i64 0
  %1485 = shufflevector <16 x float> %1484, <16 x float> poison, <16 x i32> zeroinitializer
  %1486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1485, <16 x float> %1461, <16 x float> %1479)
  %1487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1485, <16 x float> %1469, <16 x float> %1480)
  %1488 = getelementptr inbounds float, ptr %bet, i64 %i39
  %1489 = load float, ptr %1488, align 4
  %1490 = getelementptr inbounds float, ptr %Rr, i64 %1473
  %1491 = load <16 x float>, ptr %1490, align 4
  %1492 = fsub <16 x float> %1491, %1486
  store <16 x float> %1492, ptr %1490, align 4
  %1493 = insertelement <16 x float> poison, float %1489, i64 0
  %1494 = shufflevector <16 x float> %1493, <16 x float> poison, <16 x i32> zeroinitializer
  %1495 = fmul <16 x float> %1494, %1492
  %1496 = getelementptr inbounds float, ptr %Vn, i64 %1473
  store <16 x float> %1495, ptr %1496, align 4
  %.idx2117 = mul nuw nsw i64 %i39, 416
  %1497 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2117
  store <16 x float> %1495, ptr %1497, align 4
  %1498 = or disjoint i64 %1473, 16
  %1499 = getelementptr inbounds float, ptr %Rr, i64 %1498
  %1500 = load <16 x float>, ptr %1499, align 4
  %1501 = fsub <16 x float> %1500, %1487
  store <16 x float> %1501, ptr %1499, align 4
  %1502 = fmul <16 x float> %1494, %1501
  %1503 = getelementptr inbounds float, ptr %Vn, i64 %1498
  store <16 x float> %1502, ptr %1503, align 4
  %1504 = getelementptr inbounds i8, ptr %1497, i64 64
  store <16 x float> %1502, ptr %1504, align 4
  %i40 = or disjoint i64 %i0, 3
  %1505 = shl nuw nsw i64 %i40, 5
  %1506 = or disjoint i64 %1505, %i0
  %1507 = getelementptr inbounds float, ptr %Gm, i64 %1506
  %1508 = load float, ptr %1507, align 4
  %1509 = insertelement <16 x float> poison, float %1508, i64 0
  %1510 = shufflevector <16 x float> %1509, <16 x float> poison, <16 x i32> zeroinitializer
  %1511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1434, <16 x float> %acc30.0.lcssa)
  %1512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1442, <16 x float> %acc31.0.lcssa)
  %1513 = or disjoint i64 %1505, %i38
  %1514 = getelementptr inbounds float, ptr %Gm, i64 %1513
  %1515 = load float, ptr %1514, align 4
  %1516 = insertelement <16 x float> poison, float %1515, i64 0
  %1517 = shufflevector <16 x float> %1516, <16 x float> poison, <16 x i32> zeroinitializer
  %1518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1461, <16 x float> %1511)
  %1519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1469, <16 x float> %1512)
  %1520 = or disjoint i64 %1505, %i39
  %1521 = getelementptr inbounds float, ptr %Gm, i64 %1520
  %1522 = load float, ptr %1521, align 4
  %1523 = insertelement <16 x float> poison, float %1522, i64 0
  %1524 = shufflevector <16 x float> %1523, <16 x float> poison, <16 x i32> zeroinitializer
  %1525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1524, <16 x float> %1495, <16 x float> %1518)
  %1526 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1524, <16 x float> %1502, <16 x float> %1519)
  %1527 = getelementptr inbounds float, ptr %bet, i64 %i40
  %1528 = load float, ptr %1527, align 4
  %1529 = getelementptr inbounds float, ptr %Rr, i64 %1505
  %1530 = load <16 x float>, ptr %1529, align 4
  %1531 = fsub <16 x float> %1530, %1525
  store <16 x float> %1531, ptr %1529, align 4
  %1532 = insertelement <16 x float> poison, float %1528, i64 0
  %1533 = shufflevector <16 x float> %1532, <16 x float> poison, <16 x i32> zeroinitializer
  %1534 = fmul <16 x float> %1533, %1531
  %1535 = getelementptr inbounds float, ptr %Vn, i64 %1505
  store <16 x float> %1534, ptr %1535, align 4
  %.idx2118 = mul nuw nsw i64 %i40, 416
  %1536 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2118
  store <16 x float> %1534, ptr %1536, align 4
  %1537 = or disjoint i64 %1505, 16
  %1538 = getelementptr inbounds float, ptr %Rr, i64 %1537
  %1539 = load <16 x float>, ptr %1538, align 4
  %1540 = fsub <16 x float> %1539, %1526
  store <16 x float> %1540, ptr %1538, align 4
  %1541 = fmul <16 x float> %1533, %1540
  %1542 = getelementptr inbounds float, ptr %Vn, i64 %1537
  store <16 x float> %1541, ptr %1542, align 4
  %1543 = getelementptr inbounds i8, ptr %1536, i64 64
  store <16 x float> %1541, ptr %1543, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02207, 1
  %exitcond2659.not = icmp eq i64 %ib.next, 8
  br i1 %exitcond2659.not, label %j30.head.preheader, label %ib.body

j30.head.preheader:                               ; preds = %j29.exit, %j30.exit
  %1544 = phi i1 [ false, %j30.exit ], [ true, %j29.exit ]
  %i41.addr.02209 = phi i64 [ 16, %j30.exit ], [ 0, %j29.exit ]
  %1545 = shl nuw nsw i64 %i41.addr.02209, 5
  br label %j30.body

j30.body:                                         ; preds = %j30.head.preheader, %j30.body
  %1546 = phi i1 [ true, %j30.head.preheader ], [ false, %j30.body ]
  %j30.addr.02208 = phi i64 [ 0, %j30.head.preheader ], [ 16, %j30.body ]
  %1547 = or disjoint i64 %j30.addr.02208, %1545
  %1548 = getelementptr inbounds float, ptr %Vn, i64 %1547
  %1549 = load <16 x float>, ptr %1548, align 4
  %1550 = or disjoint i64 %1547, 256
  %1551 = getelementptr inbounds float, ptr %Vn, i64 %1550
  %1552 = load <16 x float>, ptr %1551, align 4
  %1553 = or disjoint i64 %1547, 32
  %1554 = getelementptr inbounds float, ptr %Vn, i64 %1553
  %1555 = load <16 x float>, ptr %1554, align 4
  %1556 = or disjoint i64 %1547, 288
  %1557 = getelementptr inbounds float, ptr %Vn, i64 %1556
  %1558 = load <16 x float>, ptr %1557, align 4
  %1559 = or disjoint i64 %1547, 64
  %1560 = getelementptr inbounds float, ptr %Vn, i64 %1559
  %1561 = load <16 x float>, ptr %1560, align 4
  %1562 = or disjoint i64 %1547, 320
  %1563 = getelementptr inbounds float, ptr %Vn, i64 %1562
  %1564 = load <16 x float>, ptr %1563, align 4
  %1565 = or disjoint i64 %1547, 96
  %1566 = getelementptr inbounds float, ptr %Vn, i64 %1565
  %1567 = load <16 x float>, ptr %1566, align 4
  %1568 = or disjoint i64 %1547, 352
  %1569 = getelementptr inbounds float, ptr %Vn, i64 %1568
  %1570 = load <16 x float>, ptr %1569, align 4
  %1571 = or disjoint i64 %1547, 128
  %1572 = getelementptr inbounds float, ptr %Vn, i64 %1571
  %1573 = load <16 x float>, ptr %1572, align 4
  %1574 = or disjoint i64 %1547, 384
  %1575 = getelementptr inbounds float, ptr %Vn, i64 %1574
  %1576 = load <16 x float>, ptr %1575, align 4
  %1577 = or disjoint i64 %1547, 160
  %1578 = getelementptr inbounds float, ptr %Vn, i64 %1577
  %1579 = load <16 x float>, ptr %1578, align 4
  %1580 = or disjoint i64 %1547, 416
  %1581 = getelementptr inbounds float, ptr %Vn, i64 %1580
  %1582 = load <16 x float>, ptr %1581, align 4
  %1583 = or disjoint i64 %1547, 192
  %1584 = getelementptr inbounds float, ptr %Vn, i64 %1583
  %1585 = load <16 x float>, ptr %1584, align 4
  %1586 = or disjoint i64 %1547, 448
  %1587 = getelementptr inbounds float, ptr %Vn, i64 %1586
  %1588 = load <16 x float>, ptr %1587, align 4
  %1589 = or disjoint i64 %1547, 224
  %1590 = getelementptr inbounds float, ptr %Vn, i64 %1589
  %1591 = load <16 x float>, ptr %1590, align 4
  %1592 = or disjoint i64 %1547, 480
  %1593 = getelementptr inbounds float, ptr %Vn, i64 %1592
  %1594 = load <16 x float>, ptr %1593, align 4
  %1595 = shufflevector <16 x float> %1549, <16 x float> %1552, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1596 = shufflevector <16 x float> %1573, <16 x float> %1576, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1597 = shufflevector <16 x float> %1555, <16 x float> %1558, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1598 = shufflevector <16 x float> %1579, <16 x float> %1582, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1599 = shufflevector <16 x float> %1561, <16 x float> %1564, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1600 = shufflevector <16 x float> %1585, <16 x float> %1588, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1601 = shufflevector <16 x float> %1567, <16 x float> %1570, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1602 = shufflevector <16 x float> %1591, <16 x float> %1594, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1603 = shufflevector <16 x float> %1549, <16 x float> %1552, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1604 = shufflevector <16 x float> %1573, <16 x float> %1576, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1605 = shufflevector <16 x float> %1555, <16 x float> %1558, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1606 = shufflevector <16 x float> %1579, <16 x float> %1582, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1607 = shufflevector <16 x float> %1561, <16 x float> %1564, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1608 = shufflevector <16 x float> %1585, <16 x float> %1588, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1609 = shufflevector <16 x float> %1567, <16 x float> %1570, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1610 = shufflevector <16 x float> %1591, <16 x float> %1594, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1611 = shufflevector <16 x float> %1595, <16 x float> %1596, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1612 = shufflevector <16 x float> %1599, <16 x float> %1600, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1613 = shufflevector <16 x float> %1597, <16 x float> %1598, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1614 = shufflevector <16 x float> %1601, <16 x float> %1602, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1615 = shufflevector <16 x float> %1595, <16 x float> %1596, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1616 = shufflevector <16 x float> %1599, <16 x float> %1600, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1617 = shufflevector <16 x float> %1597, <16 x float> %1598, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1618 = shufflevector <16 x float> %1601, <16 x float> %1602, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1619 = shufflevector <16 x float> %1603, <16 x float> %1604, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1620 = shufflevector <16 x float> %1607, <16 x float> %1608, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1621 = shufflevector <16 x float> %1605, <16 x float> %1606, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1622 = shufflevector <16 x float> %1609, <16 x float> %1610, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1623 = shufflevector <16 x float> %1603, <16 x float> %1604, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1624 = shufflevector <16 x float> %1607, <16 x float> %1608, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1625 = shufflevector <16 x float> %1605, <16 x float> %1606, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1626 = shufflevector <16 x float> %1609, <16 x float> %1610, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1627 = shufflevector <16 x float> %1611, <16 x float> %1612, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1628 = shufflevector <16 x float> %1613, <16 x float> %1614, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1629 = shufflevector <16 x float> %1611, <16 x float> %1612, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1630 = shufflevector <16 x float> %1613, <16 x float> %1614, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1631 = shufflevector <16 x float> %1615, <16 x float> %1616, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1632 = shufflevector <16 x float> %1617, <16 x float> %1618, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1633 = shufflevector <16 x float> %1615, <16 x float> %1616, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1634 = shufflevector <16 x float> %1617, <16 x float> %1618, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1635 = shufflevector <16 x float> %1619, <16 x float> %1620, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1636 = shufflevector <16 x float> %1621, <16 x float> %1622, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1637 = shufflevector <16 x float> %1619, <16 x float> %1620, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1638 = shufflevector <16 x float> %1621, <16 x float> %1622, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1639 = shufflevector <16 x float> %1623, <16 x float> %1624, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1640 = shufflevector <16 x float> %1625, <16 x float> %1626, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1641 = shufflevector <16 x float> %1623, <16 x float> %1624, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1642 = shufflevector <16 x float> %1625, <16 x float> %1626, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1643 = shufflevector <16 x float> %1627, <16 x float> %1628, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1644 = shl nuw nsw i64 %j30.addr.02208, 5
  %1645 = or disjoint i64 %1644, %i41.addr.02209
  %1646 = getelementptr inbounds float, ptr %VnT, i64 %1645
  store <16 x float> %1643, ptr %1646, align 4
  %1647 = shufflevector <16 x float> %1627, <16 x float> %1628, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1648 = or disjoint i64 %1645, 32
  %1649 = getelementptr inbounds float, ptr %VnT, i64 %1648
  store <16 x float> %1647, ptr %1649, align 4
  %1650 = shufflevector <16 x float> %1629, <16 x float> %1630, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1651 = or disjoint i64 %1645, 64
  %1652 = getelementptr inbounds float, ptr %VnT, i64 %1651
  store <16 x float> %1650, ptr %1652, align 4
  %1653 = shufflevector <16 x float> %1629, <16 x float> %1630, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1654 = or disjoint i64 %1645, 96
  %1655 = getelementptr inbounds float, ptr %VnT, i64 %1654
  store <16 x float> %1653, ptr %1655, align 4
  %1656 = shufflevector <16 x float> %1631, <16 x float> %1632, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1657 = or disjoint i64 %1645, 128
  %1658 = getelementptr inbounds float, ptr %VnT, i64 %1657
  store <16 x float> %1656, ptr %1658, align 4
  %1659 = shufflevector <16 x float> %1631, <16 x float> %1632, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1660 = or disjoint i64 %1645, 160
  %1661 = getelementptr inbounds float, ptr %VnT, i64 %1660
  store <16 x float> %1659, ptr %1661, align 4
  %1662 = shufflevector <16 x float> %1633, <16 x float> %1634, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1663 = or disjoint i64 %1645, 192
  %1664 = getelementptr inbounds float, ptr %VnT, i64 %1663
  store <16 x float> %1662, ptr %1664, align 4
  %1665 = shufflevector <16 x float> %1633, <16 x float> %1634, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1666 = or disjoint i64 %1645, 224
  %1667 = getelementptr inbounds float, ptr %VnT, i64 %1666
  store <16 x float> %1665, ptr %1667, align 4
  %1668 = shufflevector <16 x float> %1635, <16 x float> %1636, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1669 = or disjoint i64 %1645, 256
  %1670 = getelementptr inbounds float, ptr %VnT, i64 %1669
  store <16 x float> %1668, ptr %1670, align 4
  %1671 = shufflevector <16 x float> %1635, <16 x float> %1636, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1672 = or disjoint i64 %1645, 288
  %1673 = getelementptr inbounds float, ptr %VnT, i64 %1672
  store <16 x float> %1671, ptr %1673, align 4
  %1674 = shufflevector <16 x float> %1637, <16 x float> %1638, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1675 = or disjoint i64 %1645, 320
  %1676 = getelementptr inbounds float, ptr %VnT, i64 %1675
  store <16 x float> %1674, ptr %1676, align 4
  %1677 = shufflevector <16 x float> %1637, <16 x float> %1638, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1678 = or disjoint i64 %1645, 352
  %1679 = getelementptr inbounds float, ptr %VnT, i64 %1678
  store <16 x float> %1677, ptr %1679, align 4
  %1680 = shufflevector <16 x float> %1639, <16 x float> %1640, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1681 = or disjoint i64 %1645, 384
  %1682 = getelementptr inbounds float, ptr %VnT, i64 %1681
  store <16 x float> %1680, ptr %1682, align 4
  %1683 = shufflevector <16 x float> %1639, <16 x float> %1640, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1684 = or disjoint i64 %1645, 416
  %1685 = getelementptr inbounds float, ptr %VnT, i64 %1684
  store <16 x float> %1683, ptr %1685, align 4
  %1686 = shufflevector <16 x float> %1641, <16 x float> %1642, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1687 = or disjoint i64 %1645, 448
  %1688 = getelementptr inbounds float, ptr %VnT, i64 %1687
  store <16 x float> %1686, ptr %1688, align 4
  %1689 = shufflevector <16 x float> %1641, <16 x float> %1642, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1690 = or disjoint i64 %1645, 480
  %1691 = getelementptr inbounds float, ptr %VnT, i64 %1690
  store <16 x float> %1689, ptr %1691, align 4
  br i1 %1546, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body
  br i1 %1544, label %j30.head.preheader, label %p8.body

p8.body:                                          ; preds = %j30.exit, %p8.body
  %acc32.02218 = phi <8 x float> [ %1742, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc33.02217 = phi <8 x float> [ %1747, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc34.02216 = phi <8 x float> [ %1752, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc35.02215 = phi <8 x float> [ %1757, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc36.02214 = phi <8 x float> [ %1762, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc37.02213 = phi <8 x float> [ %1767, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc38.02212 = phi <8 x float> [ %1772, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc39.02211 = phi <8 x float> [ %1777, %p8.body ], [ zeroinitializer, %j30.exit ]
  %p8.addr.02210 = phi i64 [ %p8.next.13386, %p8.body ], [ 0, %j30.exit ]
  %.idx2096 = shl nuw nsw i64 %p8.addr.02210, 5
  %1692 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2096
  %1693 = load <8 x float>, ptr %1692, align 4
  %1694 = getelementptr inbounds float, ptr %Bk, i64 %p8.addr.02210
  %1695 = getelementptr inbounds i8, ptr %1694, i64 9216
  %1696 = load float, ptr %1695, align 4
  %1697 = insertelement <8 x float> poison, float %1696, i64 0
  %1698 = shufflevector <8 x float> %1697, <8 x float> poison, <8 x i32> zeroinitializer
  %1699 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1698, <8 x float> %1693, <8 x float> %acc32.02218)
  %1700 = getelementptr inbounds i8, ptr %1694, i64 9344
  %1701 = load float, ptr %1700, align 4
  %1702 = insertelement <8 x float> poison, float %1701, i64 0
  %1703 = shufflevector <8 x float> %1702, <8 x float> poison, <8 x i32> zeroinitializer
  %1704 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1703, <8 x float> %1693, <8 x float> %acc33.02217)
  %1705 = getelementptr inbounds i8, ptr %1694, i64 9472
  %1706 = load float, ptr %1705, align 4
  %1707 = insertelement <8 x float> poison, float %1706, i64 0
  %1708 = shufflevector <8 x float> %1707, <8 x float> poison, <8 x i32> zeroinitializer
  %1709 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1708, <8 x float> %1693, <8 x float> %acc34.02216)
  %1710 = getelementptr inbounds i8, ptr %1694, i64 9600
  %1711 = load float, ptr %1710, align 4
  %1712 = insertelement <8 x float> poison, float %1711, i64 0
  %1713 = shufflevector <8 x float> %1712, <8 x float> poison, <8 x i32> zeroinitializer
  %1714 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1713, <8 x float> %1693, <8 x float> %acc35.02215)
  %1715 = getelementptr inbounds i8, ptr %1694, i64 9728
  %1716 = load float, ptr %1715, align 4
  %1717 = insertelement <8 x float> poison, float %1716, i64 0
  %1718 = shufflevector <8 x float> %1717, <8 x float> poison, <8 x i32> zeroinitializer
  %1719 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1718, <8 x float> %1693, <8 x float> %acc36.02214)
  %1720 = getelementptr inbounds i8, ptr %1694, i64 9856
  %1721 = load float, ptr %1720, align 4
  %1722 = insertelement <8 x float> poison, float %1721, i64 0
  %1723 = shufflevector <8 x float> %1722, <8 x float> poison, <8 x i32> zeroinitializer
  %1724 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1723, <8 x float> %1693, <8 x float> %acc37.02213)
  %1725 = getelementptr inbounds i8, ptr %1694, i64 9984
  %1726 = load float, ptr %1725, align 4
  %1727 = insertelement <8 x float> poison, float %1726, i64 0
  %1728 = shufflevector <8 x float> %1727, <8 x float> poison, <8 x i32> zeroinitializer
  %1729 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1728, <8 x float> %1693, <8 x float> %acc38.02212)
  %1730 = getelementptr inbounds i8, ptr %1694, i64 10112
  %1731 = load float, ptr %1730, align 4
  %1732 = insertelement <8 x float> poison, float %1731, i64 0
  %1733 = shufflevector <8 x float> %1732, <8 x float> poison, <8 x i32> zeroinitializer
  %1734 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1733, <8 x float> %1693, <8 x float> %acc39.02211)
  %p8.next = or disjoint i64 %p8.addr.02210, 1
  %.idx2096.13385 = shl nuw nsw i64 %p8.next, 5
  %1735 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2096.13385
  %1736 = load <8 x float>, ptr %1735, align 4
  %1737 = getelementptr inbounds float, ptr %Bk, i64 %p8.next
  %1738 = getelementptr inbounds i8, ptr %1737, i64 9216
  %1739 = load float, ptr %1738, align 4
  %1740 = insertelement <8 x float> poison, float %1739, i64 0
  %1741 = shufflevector <8 x float> %1740, <8 x float> poison, <8 x i32> zeroinitializer
  %1742 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1741, <8 x float> %1736, <8 x float> %1699)
  %1743 = getelementptr inbounds i8, ptr %1737, i64 9344
  %1744 = load float, ptr %1743, align 4
  %1745 = insertelement <8 x float> poison, float %1744, i64 0
  %1746 = shufflevector <8 x float> %1745, <8 x float> poison, <8 x i32> zeroinitializer
  %1747 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1746, <8 x float> %1736, <8 x float> %1704)
  %1748 = getelementptr inbounds i8, ptr %1737, i64 9472
  %1749 = load float, ptr %1748, align 4
  %1750 = insertelement <8 x float> poison, float %1749, i64 0
  %1751 = shufflevector <8 x float> %1750, <8 x float> poison, <8 x i32> zeroinitializer
  %1752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1751, <8 x float> %1736, <8 x float> %1709)
  %1753 = getelementptr inbounds i8, ptr %1737, i64 9600
  %1754 = load float, ptr %1753, align 4
  %1755 = insertelement <8 x float> poison, float %1754, i64 0
  %1756 = shufflevector <8 x float> %1755, <8 x float> poison, <8 x i32> zeroinitializer
  %1757 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1756, <8 x float> %1736, <8 x float> %1714)
  %1758 = getelementptr inbounds i8, ptr %1737, i64 9728
  %1759 = load float, ptr %1758, align 4
  %1760 = insertelement <8 x float> poison, float %1759, i64 0
  %1761 = shufflevector <8 x float> %1760, <8 x float> poison, <8 x i32> zeroinitializer
  %1762 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1761, <8 x float> %1736, <8 x float> %1719)
  %1763 = getelementptr inbounds i8, ptr %1737, i64 9856
  %1764 = load float, ptr %1763, align 4
  %1765 = insertelement <8 x float> poison, float %1764, i64 0
  %1766 = shufflevector <8 x float> %1765, <8 x float> poison, <8 x i32> zeroinitializer
  %1767 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1766, <8 x float> %1736, <8 x float> %1724)
  %1768 = getelementptr inbounds i8, ptr %1737, i64 9984
  %1769 = load float, ptr %1768, align 4
  %1770 = insertelement <8 x float> poison, float %1769, i64 0
  %1771 = shufflevector <8 x float> %1770, <8 x float> poison, <8 x i32> zeroinitializer
  %1772 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1771, <8 x float> %1736, <8 x float> %1729)
  %1773 = getelementptr inbounds i8, ptr %1737, i64 10112
  %1774 = load float, ptr %1773, align 4
  %1775 = insertelement <8 x float> poison, float %1774, i64 0
  %1776 = shufflevector <8 x float> %1775, <8 x float> poison, <8 x i32> zeroinitializer
  %1777 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1776, <8 x float> %1736, <8 x float> %1734)
  %p8.next.13386 = add nuw nsw i64 %p8.addr.02210, 2
  %exitcond2660.not.1 = icmp eq i64 %p8.next.13386, 32
  br i1 %exitcond2660.not.1, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  store <8 x float> %1742, ptr %PT, align 4
  store <8 x float> %1747, ptr %178, align 4
  store <8 x float> %1752, ptr %179, align 4
  store <8 x float> %1757, ptr %180, align 4
  store <8 x float> %1762, ptr %181, align 4
  store <8 x float> %1767, ptr %182, align 4
  store <8 x float> %1772, ptr %183, align 4
  store <8 x float> %1777, ptr %184, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %acc32.02218.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1828, %p8.body.1 ]
  %acc33.02217.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1833, %p8.body.1 ]
  %acc34.02216.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1838, %p8.body.1 ]
  %acc35.02215.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1843, %p8.body.1 ]
  %acc36.02214.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1848, %p8.body.1 ]
  %acc37.02213.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1853, %p8.body.1 ]
  %acc38.02212.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1858, %p8.body.1 ]
  %acc39.02211.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1863, %p8.body.1 ]
  %p8.addr.02210.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1.1, %p8.body.1 ]
  %.idx2096.1 = shl nuw nsw i64 %p8.addr.02210.1, 5
  %1778 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2096.1
  %1779 = load <8 x float>, ptr %1778, align 4
  %1780 = getelementptr inbounds float, ptr %Bk, i64 %p8.addr.02210.1
  %1781 = getelementptr inbounds i8, ptr %1780, i64 10240
  %1782 = load float, ptr %1781, align 4
  %1783 = insertelement <8 x float> poison, float %1782, i64 0
  %1784 = shufflevector <8 x float> %1783, <8 x float> poison, <8 x i32> zeroinitializer
  %1785 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1784, <8 x float> %1779, <8 x float> %acc32.02218.1)
  %1786 = getelementptr inbounds i8, ptr %1780, i64 10368
  %1787 = load float, ptr %1786, align 4
  %1788 = insertelement <8 x float> poison, float %1787, i64 0
  %1789 = shufflevector <8 x float> %1788, <8 x float> poison, <8 x i32> zeroinitializer
  %1790 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1789, <8 x float> %1779, <8 x float> %acc33.02217.1)
  %1791 = getelementptr inbounds i8, ptr %1780, i64 10496
  %1792 = load float, ptr %1791, align 4
  %1793 = insertelement <8 x float> poison, float %1792, i64 0
  %1794 = shufflevector <8 x float> %1793, <8 x float> poison, <8 x i32> zeroinitializer
  %1795 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1794, <8 x float> %1779, <8 x float> %acc34.02216.1)
  %1796 = getelementptr inbounds i8, ptr %1780, i64 10624
  %1797 = load float, ptr %1796, align 4
  %1798 = insertelement <8 x float> poison, float %1797, i64 0
  %1799 = shufflevector <8 x float> %1798, <8 x float> poison, <8 x i32> zeroinitializer
  %1800 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1799, <8 x float> %1779, <8 x float> %acc35.02215.1)
  %1801 = getelementptr inbounds i8, ptr %1780, i64 10752
  %1802 = load float, ptr %1801, align 4
  %1803 = insertelement <8 x float> poison, float %1802, i64 0
  %1804 = shufflevector <8 x float> %1803, <8 x float> poison, <8 x i32> zeroinitializer
  %1805 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1804, <8 x float> %1779, <8 x float> %acc36.02214.1)
  %1806 = getelementptr inbounds i8, ptr %1780, i64 10880
  %1807 = load float, ptr %1806, align 4
  %1808 = insertelement <8 x float> poison, float %1807, i64 0
  %1809 = shufflevector <8 x float> %1808, <8 x float> poison, <8 x i32> zeroinitializer
  %1810 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1809, <8 x float> %1779, <8 x float> %acc37.02213.1)
  %1811 = getelementptr inbounds i8, ptr %1780, i64 11008
  %1812 = load float, ptr %1811, align 4
  %1813 = insertelement <8 x float> poison, float %1812, i64 0
  %1814 = shufflevector <8 x float> %1813, <8 x float> poison, <8 x i32> zeroinitializer
  %1815 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1814, <8 x float> %1779, <8 x float> %acc38.02212.1)
  %1816 = getelementptr inbounds i8, ptr %1780, i64 11136
  %1817 = load float, ptr %1816, align 4
  %1818 = insertelement <8 x float> poison, float %1817, i64 0
  %1819 = shufflevector <8 x float> %1818, <8 x float> poison, <8 x i32> zeroinitializer
  %1820 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1819, <8 x float> %1779, <8 x float> %acc39.02211.1)
  %p8.next.1 = or disjoint i64 %p8.addr.02210.1, 1
  %.idx2096.1.1 = shl nuw nsw i64 %p8.next.1, 5
  %1821 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2096.1.1
  %1822 = load <8 x float>, ptr %1821, align 4
  %1823 = getelementptr inbounds float, ptr %Bk, i64 %p8.next.1
  %1824 = getelementptr inbounds i8, ptr %1823, i64 10240
  %1825 = load float, ptr %1824, align 4
  %1826 = insertelement <8 x float> poison, float %1825, i64 0
  %1827 = shufflevector <8 x float> %1826, <8 x float> poison, <8 x i32> zeroinitializer
  %1828 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1827, <8 x float> %1822, <8 x float> %1785)
  %1829 = getelementptr inbounds i8, ptr %1823, i64 10368
  %1830 = load float, ptr %1829, align 4
  %1831 = insertelement <8 x float> poison, float %1830, i64 0
  %1832 = shufflevector <8 x float> %1831, <8 x float> poison, <8 x i32> zeroinitializer
  %1833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1832, <8 x float> %1822, <8 x float> %1790)
  %1834 = getelementptr inbounds i8, ptr %1823, i64 10496
  %1835 = load float, ptr %1834, align 4
  %1836 = insertelement <8 x float> poison, float %1835, i64 0
  %1837 = shufflevector <8 x float> %1836, <8 x float> poison, <8 x i32> zeroinitializer
  %1838 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1837, <8 x float> %1822, <8 x float> %1795)
  %1839 = getelementptr inbounds i8, ptr %1823, i64 10624
  %1840 = load float, ptr %1839, align 4
  %1841 = insertelement <8 x float> poison, float %1840, i64 0
  %1842 = shufflevector <8 x float> %1841, <8 x float> poison, <8 x i32> zeroinitializer
  %1843 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1842, <8 x float> %1822, <8 x float> %1800)
  %1844 = getelementptr inbounds i8, ptr %1823, i64 10752
  %1845 = load float, ptr %1844, align 4
  %1846 = insertelement <8 x float> poison, float %1845, i64 0
  %1847 = shufflevector <8 x float> %1846, <8 x float> poison, <8 x i32> zeroinitializer
  %1848 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1847, <8 x float> %1822, <8 x float> %1805)
  %1849 = getelementptr inbounds i8, ptr %1823, i64 10880
  %1850 = load float, ptr %1849, align 4
  %1851 = insertelement <8 x float> poison, float %1850, i64 0
  %1852 = shufflevector <8 x float> %1851, <8 x float> poison, <8 x i32> zeroinitializer
  %1853 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1852, <8 x float> %1822, <8 x float> %1810)
  %1854 = getelementptr inbounds i8, ptr %1823, i64 11008
  %1855 = load float, ptr %1854, align 4
  %1856 = insertelement <8 x float> poison, float %1855, i64 0
  %1857 = shufflevector <8 x float> %1856, <8 x float> poison, <8 x i32> zeroinitializer
  %1858 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1857, <8 x float> %1822, <8 x float> %1815)
  %1859 = getelementptr inbounds i8, ptr %1823, i64 11136
  %1860 = load float, ptr %1859, align 4
  %1861 = insertelement <8 x float> poison, float %1860, i64 0
  %1862 = shufflevector <8 x float> %1861, <8 x float> poison, <8 x i32> zeroinitializer
  %1863 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1862, <8 x float> %1822, <8 x float> %1820)
  %p8.next.1.1 = add nuw nsw i64 %p8.addr.02210.1, 2
  %exitcond2660.1.not.1 = icmp eq i64 %p8.next.1.1, 32
  br i1 %exitcond2660.1.not.1, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  store <8 x float> %1828, ptr %185, align 4
  store <8 x float> %1833, ptr %186, align 4
  store <8 x float> %1838, ptr %187, align 4
  store <8 x float> %1843, ptr %188, align 4
  store <8 x float> %1848, ptr %189, align 4
  store <8 x float> %1853, ptr %190, align 4
  store <8 x float> %1858, ptr %191, align 4
  store <8 x float> %1863, ptr %192, align 4
  br label %p8.body.2

p8.body.2:                                        ; preds = %p8.body.2, %p8.exit.1
  %acc32.02218.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1914, %p8.body.2 ]
  %acc33.02217.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1919, %p8.body.2 ]
  %acc34.02216.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1924, %p8.body.2 ]
  %acc35.02215.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1929, %p8.body.2 ]
  %acc36.02214.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1934, %p8.body.2 ]
  %acc37.02213.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1939, %p8.body.2 ]
  %acc38.02212.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1944, %p8.body.2 ]
  %acc39.02211.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1949, %p8.body.2 ]
  %p8.addr.02210.2 = phi i64 [ 0, %p8.exit.1 ], [ %p8.next.2.1, %p8.body.2 ]
  %.idx2096.2 = shl nuw nsw i64 %p8.addr.02210.2, 5
  %1864 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2096.2
  %1865 = load <8 x float>, ptr %1864, align 4
  %1866 = getelementptr inbounds float, ptr %Bk, i64 %p8.addr.02210.2
  %1867 = getelementptr inbounds i8, ptr %1866, i64 11264
  %1868 = load float, ptr %1867, align 4
  %1869 = insertelement <8 x float> poison, float %1868, i64 0
  %1870 = shufflevector <8 x float> %1869, <8 x float> poison, <8 x i32> zeroinitializer
  %1871 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1870, <8 x float> %1865, <8 x float> %acc32.02218.2)
  %1872 = getelementptr inbounds i8, ptr %1866, i64 11392
  %1873 = load float, ptr %1872, align 4
  %1874 = insertelement <8 x float> poison, float %1873, i64 0
  %1875 = shufflevector <8 x float> %1874, <8 x float> poison, <8 x i32> zeroinitializer
  %1876 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1875, <8 x float> %1865, <8 x float> %acc33.02217.2)
  %1877 = getelementptr inbounds i8, ptr %1866, i64 11520
  %1878 = load float, ptr %1877, align 4
  %1879 = insertelement <8 x float> poison, float %1878, i64 0
  %1880 = shufflevector <8 x float> %1879, <8 x float> poison, <8 x i32> zeroinitializer
  %1881 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1880, <8 x float> %1865, <8 x float> %acc34.02216.2)
  %1882 = getelementptr inbounds i8, ptr %1866, i64 11648
  %1883 = load float, ptr %1882, align 4
  %1884 = insertelement <8 x float> poison, float %1883, i64 0
  %1885 = shufflevector <8 x float> %1884, <8 x float> poison, <8 x i32> zeroinitializer
  %1886 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1885, <8 x float> %1865, <8 x float> %acc35.02215.2)
  %1887 = getelementptr inbounds i8, ptr %1866, i64 11776
  %1888 = load float, ptr %1887, align 4
  %1889 = insertelement <8 x float> poison, float %1888, i64 0
  %1890 = shufflevector <8 x float> %1889, <8 x float> poison, <8 x i32> zeroinitializer
  %1891 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1890, <8 x float> %1865, <8 x float> %acc36.02214.2)
  %1892 = getelementptr inbounds i8, ptr %1866, i64 11904
  %1893 = load float, ptr %1892, align 4
  %1894 = insertelement <8 x float> poison, float %1893, i64 0
  %1895 = shufflevector <8 x float> %1894, <8 x float> poison, <8 x i32> zeroinitializer
  %1896 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1895, <8 x float> %1865, <8 x float> %acc37.02213.2)
  %1897 = getelementptr inbounds i8, ptr %1866, i64 12032
  %1898 = load float, ptr %1897, align 4
  %1899 = insertelement <8 x float> poison, float %1898, i64 0
  %1900 = shufflevector <8 x float> %1899, <8 x float> poison, <8 x i32> zeroinitializer
  %1901 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1900, <8 x float> %1865, <8 x float> %acc38.02212.2)
  %1902 = getelementptr inbounds i8, ptr %1866, i64 12160
  %1903 = load float, ptr %1902, align 4
  %1904 = insertelement <8 x float> poison, float %1903, i64 0
  %1905 = shufflevector <8 x float> %1904, <8 x float> poison, <8 x i32> zeroinitializer
  %1906 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1905, <8 x float> %1865, <8 x float> %acc39.02211.2)
  %p8.next.2 = or disjoint i64 %p8.addr.02210.2, 1
  %.idx2096.2.1 = shl nuw nsw i64 %p8.next.2, 5
  %1907 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2096.2.1
  %1908 = load <8 x float>, ptr %1907, align 4
  %1909 = getelementptr inbounds float, ptr %Bk, i64 %p8.next.2
  %1910 = getelementptr inbounds i8, ptr %1909, i64 11264
  %1911 = load float, ptr %1910, align 4
  %1912 = insertelement <8 x float> poison, float %1911, i64 0
  %1913 = shufflevector <8 x float> %1912, <8 x float> poison, <8 x i32> zeroinitializer
  %1914 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1913, <8 x float> %1908, <8 x float> %1871)
  %1915 = getelementptr inbounds i8, ptr %1909, i64 11392
  %1916 = load float, ptr %1915, align 4
  %1917 = insertelement <8 x float> poison, float %1916, i64 0
  %1918 = shufflevector <8 x float> %1917, <8 x float> poison, <8 x i32> zeroinitializer
  %1919 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1918, <8 x float> %1908, <8 x float> %1876)
  %1920 = getelementptr inbounds i8, ptr %1909, i64 11520
  %1921 = load float, ptr %1920, align 4
  %1922 = insertelement <8 x float> poison, float %1921, i64 0
  %1923 = shufflevector <8 x float> %1922, <8 x float> poison, <8 x i32> zeroinitializer
  %1924 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1923, <8 x float> %1908, <8 x float> %1881)
  %1925 = getelementptr inbounds i8, ptr %1909, i64 11648
  %1926 = load float, ptr %1925, align 4
  %1927 = insertelement <8 x float> poison, float %1926, i64 0
  %1928 = shufflevector <8 x float> %1927, <8 x float> poison, <8 x i32> zeroinitializer
  %1929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1928, <8 x float> %1908, <8 x float> %1886)
  %1930 = getelementptr inbounds i8, ptr %1909, i64 11776
  %1931 = load float, ptr %1930, align 4
  %1932 = insertelement <8 x float> poison, float %1931, i64 0
  %1933 = shufflevector <8 x float> %1932, <8 x float> poison, <8 x i32> zeroinitializer
  %1934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1933, <8 x float> %1908, <8 x float> %1891)
  %1935 = getelementptr inbounds i8, ptr %1909, i64 11904
  %1936 = load float, ptr %1935, align 4
  %1937 = insertelement <8 x float> poison, float %1936, i64 0
  %1938 = shufflevector <8 x float> %1937, <8 x float> poison, <8 x i32> zeroinitializer
  %1939 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1938, <8 x float> %1908, <8 x float> %1896)
  %1940 = getelementptr inbounds i8, ptr %1909, i64 12032
  %1941 = load float, ptr %1940, align 4
  %1942 = insertelement <8 x float> poison, float %1941, i64 0
  %1943 = shufflevector <8 x float> %1942, <8 x float> poison, <8 x i32> zeroinitializer
  %1944 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1943, <8 x float> %1908, <8 x float> %1901)
  %1945 = getelementptr inbounds i8, ptr %1909, i64 12160
  %1946 = load float, ptr %1945, align 4
  %1947 = insertelement <8 x float> poison, float %1946, i64 0
  %1948 = shufflevector <8 x float> %1947, <8 x float> poison, <8 x i32> zeroinitializer
  %1949 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1948, <8 x float> %1908, <8 x float> %1906)
  %p8.next.2.1 = add nuw nsw i64 %p8.addr.02210.2, 2
  %exitcond2660.2.not.1 = icmp eq i64 %p8.next.2.1, 32
  br i1 %exitcond2660.2.not.1, label %p8.exit.2, label %p8.body.2

p8.exit.2:                                        ; preds = %p8.body.2
  store <8 x float> %1914, ptr %193, align 4
  store <8 x float> %1919, ptr %194, align 4
  store <8 x float> %1924, ptr %195, align 4
  store <8 x float> %1929, ptr %196, align 4
  store <8 x float> %1934, ptr %197, align 4
  store <8 x float> %1939, ptr %198, align 4
  store <8 x float> %1944, ptr %199, align 4
  store <8 x float> %1949, ptr %200, align 4
  br label %p8.body.3

p8.body.3:                                        ; preds = %p8.body.3, %p8.exit.2
  %acc32.02218.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2000, %p8.body.3 ]
  %acc33.02217.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2005, %p8.body.3 ]
  %acc34.02216.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2010, %p8.body.3 ]
  %acc35.02215.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2015, %p8.body.3 ]
  %acc36.02214.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2020, %p8.body.3 ]
  %acc37.02213.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2025, %p8.body.3 ]
  %acc38.02212.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2030, %p8.body.3 ]
  %acc39.02211.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2035, %p8.body.3 ]
  %p8.addr.02210.3 = phi i64 [ 0, %p8.exit.2 ], [ %p8.next.3.1, %p8.body.3 ]
  %.idx2096.3 = shl nuw nsw i64 %p8.addr.02210.3, 5
  %1950 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2096.3
  %1951 = load <8 x float>, ptr %1950, align 4
  %1952 = getelementptr inbounds float, ptr %Bk, i64 %p8.addr.02210.3
  %1953 = getelementptr inbounds i8, ptr %1952, i64 12288
  %1954 = load float, ptr %1953, align 4
  %1955 = insertelement <8 x float> poison, float %1954, i64 0
  %1956 = shufflevector <8 x float> %1955, <8 x float> poison, <8 x i32> zeroinitializer
  %1957 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1956, <8 x float> %1951, <8 x float> %acc32.02218.3)
  %1958 = getelementptr inbounds i8, ptr %1952, i64 12416
  %1959 = load float, ptr %1958, align 4
  %1960 = insertelement <8 x float> poison, float %1959, i64 0
  %1961 = shufflevector <8 x float> %1960, <8 x float> poison, <8 x i32> zeroinitializer
  %1962 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1961, <8 x float> %1951, <8 x float> %acc33.02217.3)
  %1963 = getelementptr inbounds i8, ptr %1952, i64 12544
  %1964 = load float, ptr %1963, align 4
  %1965 = insertelement <8 x float> poison, float %1964, i64 0
  %1966 = shufflevector <8 x float> %1965, <8 x float> poison, <8 x i32> zeroinitializer
  %1967 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1966, <8 x float> %1951, <8 x float> %acc34.02216.3)
  %1968 = getelementptr inbounds i8, ptr %1952, i64 12672
  %1969 = load float, ptr %1968, align 4
  %1970 = insertelement <8 x float> poison, float %1969, i64 0
  %1971 = shufflevector <8 x float> %1970, <8 x float> poison, <8 x i32> zeroinitializer
  %1972 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1971, <8 x float> %1951, <8 x float> %acc35.02215.3)
  %1973 = getelementptr inbounds i8, ptr %1952, i64 12800
  %1974 = load float, ptr %1973, align 4
  %1975 = insertelement <8 x float> poison, float %1974, i64 0
  %1976 = shufflevector <8 x float> %1975, <8 x float> poison, <8 x i32> zeroinitializer
  %1977 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1976, <8 x float> %1951, <8 x float> %acc36.02214.3)
  %1978 = getelementptr inbounds i8, ptr %1952, i64 12928
  %1979 = load float, ptr %1978, align 4
  %1980 = insertelement <8 x float> poison, float %1979, i64 0
  %1981 = shufflevector <8 x float> %1980, <8 x float> poison, <8 x i32> zeroinitializer
  %1982 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1981, <8 x float> %1951, <8 x float> %acc37.02213.3)
  %1983 = getelementptr inbounds i8, ptr %1952, i64 13056
  %1984 = load float, ptr %1983, align 4
  %1985 = insertelement <8 x float> poison, float %1984, i64 0
  %1986 = shufflevector <8 x float> %1985, <8 x float> poison, <8 x i32> zeroinitializer
  %1987 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1986, <8 x float> %1951, <8 x float> %acc38.02212.3)
  %1988 = getelementptr inbounds i8, ptr %1952, i64 13184
  %1989 = load float, ptr %1988, align 4
  %1990 = insertelement <8 x float> poison, float %1989, i64 0
  %1991 = shufflevector <8 x float> %1990, <8 x float> poison, <8 x i32> zeroinitializer
  %1992 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1991, <8 x float> %1951, <8 x float> %acc39.02211.3)
  %p8.next.3 = or disjoint i64 %p8.addr.02210.3, 1
  %.idx2096.3.1 = shl nuw nsw i64 %p8.next.3, 5
  %1993 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2096.3.1
  %1994 = load <8 x float>, ptr %1993, align 4
  %1995 = getelementptr inbounds float, ptr %Bk, i64 %p8.next.3
  %1996 = getelementptr inbounds i8, ptr %1995, i64 12288
  %1997 = load float, ptr %1996, align 4
  %1998 = insertelement <8 x float> poison, float %1997, i64 0
  %1999 = shufflevector <8 x float> %1998, <8 x float> poison, <8 x i32> zeroinitializer
  %2000 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1999, <8 x float> %1994, <8 x float> %1957)
  %2001 = getelementptr inbounds i8, ptr %1995, i64 12416
  %2002 = load float, ptr %2001, align 4
  %2003 = insertelement <8 x float> poison, float %2002, i64 0
  %2004 = shufflevector <8 x float> %2003, <8 x float> poison, <8 x i32> zeroinitializer
  %2005 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2004, <8 x float> %1994, <8 x float> %1962)
  %2006 = getelementptr inbounds i8, ptr %1995, i64 12544
  %2007 = load float, ptr %2006, align 4
  %2008 = insertelement <8 x float> poison, float %2007, i64 0
  %2009 = shufflevector <8 x float> %2008, <8 x float> poison, <8 x i32> zeroinitializer
  %2010 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2009, <8 x float> %1994, <8 x float> %1967)
  %2011 = getelementptr inbounds i8, ptr %1995, i64 12672
  %2012 = load float, ptr %2011, align 4
  %2013 = insertelement <8 x float> poison, float %2012, i64 0
  %2014 = shufflevector <8 x float> %2013, <8 x float> poison, <8 x i32> zeroinitializer
  %2015 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2014, <8 x float> %1994, <8 x float> %1972)
  %2016 = getelementptr inbounds i8, ptr %1995, i64 12800
  %2017 = load float, ptr %2016, align 4
  %2018 = insertelement <8 x float> poison, float %2017, i64 0
  %2019 = shufflevector <8 x float> %2018, <8 x float> poison, <8 x i32> zeroinitializer
  %2020 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2019, <8 x float> %1994, <8 x float> %1977)
  %2021 = getelementptr inbounds i8, ptr %1995, i64 12928
  %2022 = load float, ptr %2021, align 4
  %2023 = insertelement <8 x float> poison, float %2022, i64 0
  %2024 = shufflevector <8 x float> %2023, <8 x float> poison, <8 x i32> zeroinitializer
  %2025 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2024, <8 x float> %1994, <8 x float> %1982)
  %2026 = getelementptr inbounds i8, ptr %1995, i64 13056
  %2027 = load float, ptr %2026, align 4
  %2028 = insertelement <8 x float> poison, float %2027, i64 0
  %2029 = shufflevector <8 x float> %2028, <8 x float> poison, <8 x i32> zeroinitializer
  %2030 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2029, <8 x float> %1994, <8 x float> %1987)
  %2031 = getelementptr inbounds i8, ptr %1995, i64 13184
  %2032 = load float, ptr %2031, align 4
  %2033 = insertelement <8 x float> poison, float %2032, i64 0
  %2034 = shufflevector <8 x float> %2033, <8 x float> poison, <8 x i32> zeroinitializer
  %2035 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2034, <8 x float> %1994, <8 x float> %1992)
  %p8.next.3.1 = add nuw nsw i64 %p8.addr.02210.3, 2
  %exitcond2660.3.not.1 = icmp eq i64 %p8.next.3.1, 32
  br i1 %exitcond2660.3.not.1, label %p8.exit.3, label %p8.body.3

p8.exit.3:                                        ; preds = %p8.body.3
  %2036 = load <8 x float>, ptr %M, align 4
  %2037 = fmul <8 x float> %1742, %2036
  store <8 x float> %2037, ptr %PT, align 4
  %2038 = fmul <8 x float> %1747, %2036
  store <8 x float> %2038, ptr %178, align 4
  %2039 = fmul <8 x float> %1752, %2036
  store <8 x float> %2039, ptr %179, align 4
  %2040 = fmul <8 x float> %1757, %2036
  store <8 x float> %2040, ptr %180, align 4
  %2041 = load <8 x float>, ptr %39, align 4
  %2042 = fmul <8 x float> %1762, %2041
  store <8 x float> %2042, ptr %181, align 4
  %2043 = fmul <8 x float> %1767, %2041
  store <8 x float> %2043, ptr %182, align 4
  %2044 = fmul <8 x float> %1772, %2041
  store <8 x float> %2044, ptr %183, align 4
  %2045 = fmul <8 x float> %1777, %2041
  store <8 x float> %2045, ptr %184, align 4
  %2046 = load <8 x float>, ptr %40, align 4
  %2047 = fmul <8 x float> %1828, %2046
  store <8 x float> %2047, ptr %185, align 4
  %2048 = fmul <8 x float> %1833, %2046
  store <8 x float> %2048, ptr %186, align 4
  %2049 = fmul <8 x float> %1838, %2046
  store <8 x float> %2049, ptr %187, align 4
  %2050 = fmul <8 x float> %1843, %2046
  store <8 x float> %2050, ptr %188, align 4
  %2051 = load <8 x float>, ptr %41, align 4
  %2052 = fmul <8 x float> %1848, %2051
  store <8 x float> %2052, ptr %189, align 4
  %2053 = fmul <8 x float> %1853, %2051
  store <8 x float> %2053, ptr %190, align 4
  %2054 = fmul <8 x float> %1858, %2051
  store <8 x float> %2054, ptr %191, align 4
  %2055 = fmul <8 x float> %1863, %2051
  store <8 x float> %2055, ptr %192, align 4
  %2056 = load <8 x float>, ptr %42, align 4
  %2057 = fmul <8 x float> %1914, %2056
  store <8 x float> %2057, ptr %193, align 4
  %2058 = fmul <8 x float> %1919, %2056
  store <8 x float> %2058, ptr %194, align 4
  %2059 = fmul <8 x float> %1924, %2056
  store <8 x float> %2059, ptr %195, align 4
  %2060 = fmul <8 x float> %1929, %2056
  store <8 x float> %2060, ptr %196, align 4
  %2061 = load <8 x float>, ptr %44, align 4
  %2062 = fmul <8 x float> %1934, %2061
  store <8 x float> %2062, ptr %197, align 4
  %2063 = fmul <8 x float> %1939, %2061
  store <8 x float> %2063, ptr %198, align 4
  %2064 = fmul <8 x float> %1944, %2061
  store <8 x float> %2064, ptr %199, align 4
  %2065 = fmul <8 x float> %1949, %2061
  store <8 x float> %2065, ptr %200, align 4
  %2066 = load <8 x float>, ptr %47, align 4
  %2067 = fmul <8 x float> %2000, %2066
  store <8 x float> %2067, ptr %201, align 4
  %2068 = fmul <8 x float> %2005, %2066
  store <8 x float> %2068, ptr %202, align 4
  %2069 = fmul <8 x float> %2010, %2066
  store <8 x float> %2069, ptr %203, align 4
  %2070 = fmul <8 x float> %2015, %2066
  store <8 x float> %2070, ptr %204, align 4
  %2071 = load <8 x float>, ptr %49, align 4
  %2072 = fmul <8 x float> %2020, %2071
  store <8 x float> %2072, ptr %205, align 4
  %2073 = fmul <8 x float> %2025, %2071
  store <8 x float> %2073, ptr %206, align 4
  %2074 = fmul <8 x float> %2030, %2071
  store <8 x float> %2074, ptr %207, align 4
  %2075 = fmul <8 x float> %2035, %2071
  store <8 x float> %2075, ptr %208, align 4
  %2076 = load <16 x float>, ptr %invariant.gep2957, align 4
  store <16 x float> %2076, ptr %invariant.gep2959, align 4
  %2077 = load <16 x float>, ptr %invariant.gep2961, align 4
  store <16 x float> %2077, ptr %invariant.gep2963, align 4
  %2078 = load <16 x float>, ptr %gep2958.1, align 4
  store <16 x float> %2078, ptr %gep2960.1, align 4
  %2079 = load <16 x float>, ptr %gep2962.1, align 4
  store <16 x float> %2079, ptr %gep2964.1, align 4
  %2080 = load <16 x float>, ptr %gep2958.2, align 4
  store <16 x float> %2080, ptr %gep2960.2, align 4
  %2081 = load <16 x float>, ptr %gep2962.2, align 4
  store <16 x float> %2081, ptr %gep2964.2, align 4
  %2082 = load <16 x float>, ptr %gep2958.3, align 4
  store <16 x float> %2082, ptr %gep2960.3, align 4
  %2083 = load <16 x float>, ptr %gep2962.3, align 4
  store <16 x float> %2083, ptr %gep2964.3, align 4
  %2084 = load <16 x float>, ptr %gep2958.4, align 4
  store <16 x float> %2084, ptr %gep2960.4, align 4
  %2085 = load <16 x float>, ptr %gep2962.4, align 4
  store <16 x float> %2085, ptr %gep2964.4, align 4
  %2086 = load <16 x float>, ptr %gep2958.5, align 4
  store <16 x float> %2086, ptr %gep2960.5, align 4
  %2087 = load <16 x float>, ptr %gep2962.5, align 4
  store <16 x float> %2087, ptr %gep2964.5, align 4
  %2088 = load <16 x float>, ptr %gep2958.6, align 4
  store <16 x float> %2088, ptr %gep2960.6, align 4
  %2089 = load <16 x float>, ptr %gep2962.6, align 4
  store <16 x float> %2089, ptr %gep2964.6, align 4
  %2090 = load <16 x float>, ptr %gep2958.7, align 4
  store <16 x float> %2090, ptr %gep2960.7, align 4
  %2091 = load <16 x float>, ptr %gep2962.7, align 4
  store <16 x float> %2091, ptr %gep2964.7, align 4
  %2092 = load <16 x float>, ptr %gep2958.8, align 4
  store <16 x float> %2092, ptr %gep2960.8, align 4
  %2093 = load <16 x float>, ptr %gep2962.8, align 4
  store <16 x float> %2093, ptr %gep2964.8, align 4
  %2094 = load <16 x float>, ptr %gep2958.9, align 4
  store <16 x float> %2094, ptr %gep2960.9, align 4
  %2095 = load <16 x float>, ptr %gep2962.9, align 4
  store <16 x float> %2095, ptr %gep2964.9, align 4
  %2096 = load <16 x float>, ptr %gep2958.10, align 4
  store <16 x float> %2096, ptr %gep2960.10, align 4
  %2097 = load <16 x float>, ptr %gep2962.10, align 4
  store <16 x float> %2097, ptr %gep2964.10, align 4
  %2098 = load <16 x float>, ptr %gep2958.11, align 4
  store <16 x float> %2098, ptr %gep2960.11, align 4
  %2099 = load <16 x float>, ptr %gep2962.11, align 4
  store <16 x float> %2099, ptr %gep2964.11, align 4
  %2100 = load <16 x float>, ptr %gep2958.12, align 4
  store <16 x float> %2100, ptr %gep2960.12, align 4
  %2101 = load <16 x float>, ptr %gep2962.12, align 4
  store <16 x float> %2101, ptr %gep2964.12, align 4
  %2102 = load <16 x float>, ptr %gep2958.13, align 4
  store <16 x float> %2102, ptr %gep2960.13, align 4
  %2103 = load <16 x float>, ptr %gep2962.13, align 4
  store <16 x float> %2103, ptr %gep2964.13, align 4
  %2104 = load <16 x float>, ptr %gep2958.14, align 4
  store <16 x float> %2104, ptr %gep2960.14, align 4
  %2105 = load <16 x float>, ptr %gep2962.14, align 4
  store <16 x float> %2105, ptr %gep2964.14, align 4
  %2106 = load <16 x float>, ptr %gep2958.15, align 4
  store <16 x float> %2106, ptr %gep2960.15, align 4
  %2107 = load <16 x float>, ptr %gep2962.15, align 4
  store <16 x float> %2107, ptr %gep2964.15, align 4
  %2108 = load <16 x float>, ptr %gep2958.16, align 4
  store <16 x float> %2108, ptr %gep2960.16, align 4
  %2109 = load <16 x float>, ptr %gep2962.16, align 4
  store <16 x float> %2109, ptr %gep2964.16, align 4
  %2110 = load <16 x float>, ptr %gep2958.17, align 4
  store <16 x float> %2110, ptr %gep2960.17, align 4
  %2111 = load <16 x float>, ptr %gep2962.17, align 4
  store <16 x float> %2111, ptr %gep2964.17, align 4
  %2112 = load <16 x float>, ptr %gep2958.18, align 4
  store <16 x float> %2112, ptr %gep2960.18, align 4
  %2113 = load <16 x float>, ptr %gep2962.18, align 4
  store <16 x float> %2113, ptr %gep2964.18, align 4
  %2114 = load <16 x float>, ptr %gep2958.19, align 4
  store <16 x float> %2114, ptr %gep2960.19, align 4
  %2115 = load <16 x float>, ptr %gep2962.19, align 4
  store <16 x float> %2115, ptr %gep2964.19, align 4
  %2116 = load <16 x float>, ptr %gep2958.20, align 4
  store <16 x float> %2116, ptr %gep2960.20, align 4
  %2117 = load <16 x float>, ptr %gep2962.20, align 4
  store <16 x float> %2117, ptr %gep2964.20, align 4
  %2118 = load <16 x float>, ptr %gep2958.21, align 4
  store <16 x float> %2118, ptr %gep2960.21, align 4
  %2119 = load <16 x float>, ptr %gep2962.21, align 4
  store <16 x float> %2119, ptr %gep2964.21, align 4
  %2120 = load <16 x float>, ptr %gep2958.22, align 4
  store <16 x float> %2120, ptr %gep2960.22, align 4
  %2121 = load <16 x float>, ptr %gep2962.22, align 4
  store <16 x float> %2121, ptr %gep2964.22, align 4
  %2122 = load <16 x float>, ptr %gep2958.23, align 4
  store <16 x float> %2122, ptr %gep2960.23, align 4
  %2123 = load <16 x float>, ptr %gep2962.23, align 4
  store <16 x float> %2123, ptr %gep2964.23, align 4
  %2124 = load <16 x float>, ptr %gep2958.24, align 4
  store <16 x float> %2124, ptr %gep2960.24, align 4
  %2125 = load <16 x float>, ptr %gep2962.24, align 4
  store <16 x float> %2125, ptr %gep2964.24, align 4
  %2126 = load <16 x float>, ptr %gep2958.25, align 4
  store <16 x float> %2126, ptr %gep2960.25, align 4
  %2127 = load <16 x float>, ptr %gep2962.25, align 4
  store <16 x float> %2127, ptr %gep2964.25, align 4
  %2128 = load <16 x float>, ptr %gep2958.26, align 4
  store <16 x float> %2128, ptr %gep2960.26, align 4
  %2129 = load <16 x float>, ptr %gep2962.26, align 4
  store <16 x float> %2129, ptr %gep2964.26, align 4
  %2130 = load <16 x float>, ptr %gep2958.27, align 4
  store <16 x float> %2130, ptr %gep2960.27, align 4
  %2131 = load <16 x float>, ptr %gep2962.27, align 4
  store <16 x float> %2131, ptr %gep2964.27, align 4
  %2132 = load <16 x float>, ptr %gep2958.28, align 4
  store <16 x float> %2132, ptr %gep2960.28, align 4
  %2133 = load <16 x float>, ptr %gep2962.28, align 4
  store <16 x float> %2133, ptr %gep2964.28, align 4
  %2134 = load <16 x float>, ptr %gep2958.29, align 4
  store <16 x float> %2134, ptr %gep2960.29, align 4
  %2135 = load <16 x float>, ptr %gep2962.29, align 4
  store <16 x float> %2135, ptr %gep2964.29, align 4
  %2136 = load <16 x float>, ptr %gep2958.30, align 4
  store <16 x float> %2136, ptr %gep2960.30, align 4
  %2137 = load <16 x float>, ptr %gep2962.30, align 4
  store <16 x float> %2137, ptr %gep2964.30, align 4
  %2138 = load <16 x float>, ptr %gep2958.31, align 4
  store <16 x float> %2138, ptr %gep2960.31, align 4
  %2139 = load <16 x float>, ptr %gep2962.31, align 4
  store <16 x float> %2139, ptr %gep2964.31, align 4
  br label %i48.body

i48.body:                                         ; preds = %p8.exit.3, %p9.exit
  %i48.addr.02240 = phi i64 [ %i48.next, %p9.exit ], [ 0, %p8.exit.3 ]
  %.idx2109 = shl nuw nsw i64 %i48.addr.02240, 7
  %2140 = getelementptr inbounds i8, ptr %OY, i64 %.idx2109
  %2141 = getelementptr inbounds i8, ptr %2140, i64 1024
  %2142 = load <16 x float>, ptr %2141, align 4
  %2143 = getelementptr inbounds i8, ptr %2140, i64 1088
  %2144 = load <16 x float>, ptr %2143, align 4
  %2145 = or disjoint i64 %i48.addr.02240, 1
  %.idx2110 = shl nuw nsw i64 %2145, 7
  %2146 = getelementptr inbounds i8, ptr %OY, i64 %.idx2110
  %2147 = getelementptr inbounds i8, ptr %2146, i64 1024
  %2148 = load <16 x float>, ptr %2147, align 4
  %2149 = getelementptr inbounds i8, ptr %2146, i64 1088
  %2150 = load <16 x float>, ptr %2149, align 4
  %2151 = or disjoint i64 %i48.addr.02240, 2
  %.idx2111 = shl nuw nsw i64 %2151, 7
  %2152 = getelementptr inbounds i8, ptr %OY, i64 %.idx2111
  %2153 = getelementptr inbounds i8, ptr %2152, i64 1024
  %2154 = load <16 x float>, ptr %2153, align 4
  %2155 = getelementptr inbounds i8, ptr %2152, i64 1088
  %2156 = load <16 x float>, ptr %2155, align 4
  %2157 = or disjoint i64 %i48.addr.02240, 3
  %.idx2112 = shl nuw nsw i64 %2157, 7
  %2158 = getelementptr inbounds i8, ptr %OY, i64 %.idx2112
  %2159 = getelementptr inbounds i8, ptr %2158, i64 1024
  %2160 = load <16 x float>, ptr %2159, align 4
  %2161 = getelementptr inbounds i8, ptr %2158, i64 1088
  %2162 = load <16 x float>, ptr %2161, align 4
  %2163 = or disjoint i64 %i48.addr.02240, 4
  %.idx2113 = shl nuw nsw i64 %2163, 7
  %2164 = getelementptr inbounds i8, ptr %OY, i64 %.idx2113
  %2165 = getelementptr inbounds i8, ptr %2164, i64 1024
  %2166 = load <16 x float>, ptr %2165, align 4
  %2167 = getelementptr inbounds i8, ptr %2164, i64 1088
  %2168 = load <16 x float>, ptr %2167, align 4
  %2169 = or disjoint i64 %i48.addr.02240, 5
  %.idx2114 = shl nuw nsw i64 %2169, 7
  %2170 = getelementptr inbounds i8, ptr %OY, i64 %.idx2114
  %2171 = getelementptr inbounds i8, ptr %2170, i64 1024
  %2172 = load <16 x float>, ptr %2171, align 4
  %2173 = getelementptr inbounds i8, ptr %2170, i64 1088
  %2174 = load <16 x float>, ptr %2173, align 4
  %2175 = or disjoint i64 %i48.addr.02240, 6
  %.idx2115 = shl nuw nsw i64 %2175, 7
  %2176 = getelementptr inbounds i8, ptr %OY, i64 %.idx2115
  %2177 = getelementptr inbounds i8, ptr %2176, i64 1024
  %2178 = load <16 x float>, ptr %2177, align 4
  %2179 = getelementptr inbounds i8, ptr %2176, i64 1088
  %2180 = load <16 x float>, ptr %2179, align 4
  %2181 = or disjoint i64 %i48.addr.02240, 7
  %.idx2116 = shl nuw nsw i64 %2181, 7
  %2182 = getelementptr inbounds i8, ptr %OY, i64 %.idx2116
  %2183 = getelementptr inbounds i8, ptr %2182, i64 1024
  %2184 = load <16 x float>, ptr %2183, align 4
  %2185 = getelementptr inbounds i8, ptr %2182, i64 1088
  %2186 = load <16 x float>, ptr %2185, align 4
  %.idx2435 = shl nsw i64 %i48.addr.02240, 5
  %.idx2436 = shl nsw i64 %2145, 5
  %.idx2437 = shl nsw i64 %2151, 5
  %.idx2438 = shl nsw i64 %2157, 5
  %.idx2439 = shl nsw i64 %2163, 5
  %.idx2440 = shl nsw i64 %2169, 5
  %.idx2441 = shl nsw i64 %2175, 5
  %.idx2442 = shl nsw i64 %2181, 5
  br label %p9.body

p9.body:                                          ; preds = %i48.body, %p9.body
  %acc40.02239 = phi <16 x float> [ %2142, %i48.body ], [ %2198, %p9.body ]
  %acc41.02238 = phi <16 x float> [ %2144, %i48.body ], [ %2199, %p9.body ]
  %acc42.02237 = phi <16 x float> [ %2148, %i48.body ], [ %2204, %p9.body ]
  %acc43.02236 = phi <16 x float> [ %2150, %i48.body ], [ %2205, %p9.body ]
  %acc44.02235 = phi <16 x float> [ %2154, %i48.body ], [ %2210, %p9.body ]
  %p9.addr.02234 = phi i64 [ 0, %i48.body ], [ %p9.next, %p9.body ]
  %acc55.02233 = phi <16 x float> [ %2186, %i48.body ], [ %2241, %p9.body ]
  %acc54.02232 = phi <16 x float> [ %2184, %i48.body ], [ %2240, %p9.body ]
  %acc53.02231 = phi <16 x float> [ %2180, %i48.body ], [ %2235, %p9.body ]
  %acc52.02230 = phi <16 x float> [ %2178, %i48.body ], [ %2234, %p9.body ]
  %acc51.02229 = phi <16 x float> [ %2174, %i48.body ], [ %2229, %p9.body ]
  %acc50.02228 = phi <16 x float> [ %2172, %i48.body ], [ %2228, %p9.body ]
  %acc49.02227 = phi <16 x float> [ %2168, %i48.body ], [ %2223, %p9.body ]
  %acc48.02226 = phi <16 x float> [ %2166, %i48.body ], [ %2222, %p9.body ]
  %acc47.02225 = phi <16 x float> [ %2162, %i48.body ], [ %2217, %p9.body ]
  %acc46.02224 = phi <16 x float> [ %2160, %i48.body ], [ %2216, %p9.body ]
  %acc45.02223 = phi <16 x float> [ %2156, %i48.body ], [ %2211, %p9.body ]
  %2187 = shl nuw nsw i64 %p9.addr.02234, 5
  %2188 = getelementptr inbounds float, ptr %OY, i64 %2187
  %2189 = load <16 x float>, ptr %2188, align 4
  %2190 = or disjoint i64 %2187, 16
  %2191 = getelementptr inbounds float, ptr %OY, i64 %2190
  %2192 = load <16 x float>, ptr %2191, align 4
  %2193 = getelementptr inbounds float, ptr %PT, i64 %p9.addr.02234
  %2194 = getelementptr inbounds i8, ptr %2193, i64 %.idx2435
  %2195 = load float, ptr %2194, align 4
  %2196 = insertelement <16 x float> poison, float %2195, i64 0
  %2197 = shufflevector <16 x float> %2196, <16 x float> poison, <16 x i32> zeroinitializer
  %2198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2197, <16 x float> %2189, <16 x float> %acc40.02239)
  %2199 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2197, <16 x float> %2192, <16 x float> %acc41.02238)
  %2200 = getelementptr inbounds i8, ptr %2193, i64 %.idx2436
  %2201 = load float, ptr %2200, align 4
  %2202 = insertelement <16 x float> poison, float %2201, i64 0
  %2203 = shufflevector <16 x float> %2202, <16 x float> poison, <16 x i32> zeroinitializer
  %2204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2203, <16 x float> %2189, <16 x float> %acc42.02237)
  %2205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2203, <16 x float> %2192, <16 x float> %acc43.02236)
  %2206 = getelementptr inbounds i8, ptr %2193, i64 %.idx2437
  %2207 = load float, ptr %2206, align 4
  %2208 = insertelement <16 x float> poison, float %2207, i64 0
  %2209 = shufflevector <16 x float> %2208, <16 x float> poison, <16 x i32> zeroinitializer
  %2210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2209, <16 x float> %2189, <16 x float> %acc44.02235)
  %2211 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2209, <16 x float> %2192, <16 x float> %acc45.02223)
  %2212 = getelementptr inbounds i8, ptr %2193, i64 %.idx2438
  %2213 = load float, ptr %2212, align 4
  %2214 = insertelement <16 x float> poison, float %2213, i64 0
  %2215 = shufflevector <16 x float> %2214, <16 x float> poison, <16 x i32> zeroinitializer
  %2216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2215, <16 x float> %2189, <16 x float> %acc46.02224)
  %2217 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2215, <16 x float> %2192, <16 x float> %acc47.02225)
  %2218 = getelementptr inbounds i8, ptr %2193, i64 %.idx2439
  %2219 = load float, ptr %2218, align 4
  %2220 = insertelement <16 x float> poison, float %2219, i64 0
  %2221 = shufflevector <16 x float> %2220, <16 x float> poison, <16 x i32> zeroinitializer
  %2222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2221, <16 x float> %2189, <16 x float> %acc48.02226)
  %2223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2221, <16 x float> %2192, <16 x float> %acc49.02227)
  %2224 = getelementptr inbounds i8, ptr %2193, i64 %.idx2440
  %2225 = load float, ptr %2224, align 4
  %2226 = insertelement <16 x float> poison, float %2225, i64 0
  %2227 = shufflevector <16 x float> %2226, <16 x float> poison, <16 x i32> zeroinitializer
  %2228 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2227, <16 x float> %2189, <16 x float> %acc50.02228)
  %2229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2227, <16 x float> %2192, <16 x float> %acc51.02229)
  %2230 = getelementptr inbounds i8, ptr %2193, i64 %.idx2441
  %2231 = load float, ptr %2230, align 4
  %2232 = insertelement <16 x float> poison, float %2231, i64 0
  %2233 = shufflevector <16 x float> %2232, <16 x float> poison, <16 x i32> zeroinitializer
  %2234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2233, <16 x float> %2189, <16 x float> %acc52.02230)
  %2235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2233, <16 x float> %2192, <16 x float> %acc53.02231)
  %2236 = getelementptr inbounds i8, ptr %2193, i64 %.idx2442
  %2237 = load float, ptr %2236, align 4
  %2238 = insertelement <16 x float> poison, float %2237, i64 0
  %2239 = shufflevector <16 x float> %2238, <16 x float> poison, <16 x i32> zeroinitializer
  %2240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2189, <16 x float> %acc54.02232)
  %2241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2192, <16 x float> %acc55.02233)
  %p9.next = add nuw nsw i64 %p9.addr.02234, 1
  %exitcond2665.not = icmp eq i64 %p9.next, 8
  br i1 %exitcond2665.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %2198, ptr %2141, align 4
  store <16 x float> %2199, ptr %2143, align 4
  store <16 x float> %2204, ptr %2147, align 4
  store <16 x float> %2205, ptr %2149, align 4
  store <16 x float> %2210, ptr %2153, align 4
  store <16 x float> %2211, ptr %2155, align 4
  store <16 x float> %2216, ptr %2159, align 4
  store <16 x float> %2217, ptr %2161, align 4
  store <16 x float> %2222, ptr %2165, align 4
  store <16 x float> %2223, ptr %2167, align 4
  store <16 x float> %2228, ptr %2171, align 4
  store <16 x float> %2229, ptr %2173, align 4
  store <16 x float> %2234, ptr %2177, align 4
  store <16 x float> %2235, ptr %2179, align 4
  store <16 x float> %2240, ptr %2183, align 4
  store <16 x float> %2241, ptr %2185, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02240, 8
  %2242 = icmp ult i64 %i48.addr.02240, 24
  br i1 %2242, label %i48.body, label %p10.body

p10.body:                                         ; preds = %p9.exit, %p10.body
  %p10.addr.02249 = phi i64 [ %p10.next.13398, %p10.body ], [ 0, %p9.exit ]
  %acc63.02248 = phi <8 x float> [ %2340, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc62.02247 = phi <8 x float> [ %2334, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc61.02246 = phi <8 x float> [ %2328, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc60.02245 = phi <8 x float> [ %2322, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc59.02244 = phi <8 x float> [ %2316, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc58.02243 = phi <8 x float> [ %2310, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc57.02242 = phi <8 x float> [ %2304, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc56.02241 = phi <8 x float> [ %2298, %p10.body ], [ zeroinitializer, %p9.exit ]
  %.idx2092 = shl nuw nsw i64 %p10.addr.02249, 5
  %2243 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2092
  %2244 = load <8 x float>, ptr %2243, align 4
  %2245 = getelementptr inbounds float, ptr %Vn, i64 %p10.addr.02249
  %2246 = load float, ptr %2245, align 4
  %2247 = insertelement <8 x float> poison, float %2246, i64 0
  %2248 = shufflevector <8 x float> %2247, <8 x float> poison, <8 x i32> zeroinitializer
  %2249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2248, <8 x float> %2244, <8 x float> %acc56.02241)
  %2250 = or disjoint i64 %p10.addr.02249, 32
  %2251 = getelementptr inbounds float, ptr %Vn, i64 %2250
  %2252 = load float, ptr %2251, align 4
  %2253 = insertelement <8 x float> poison, float %2252, i64 0
  %2254 = shufflevector <8 x float> %2253, <8 x float> poison, <8 x i32> zeroinitializer
  %2255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2254, <8 x float> %2244, <8 x float> %acc57.02242)
  %2256 = or disjoint i64 %p10.addr.02249, 64
  %2257 = getelementptr inbounds float, ptr %Vn, i64 %2256
  %2258 = load float, ptr %2257, align 4
  %2259 = insertelement <8 x float> poison, float %2258, i64 0
  %2260 = shufflevector <8 x float> %2259, <8 x float> poison, <8 x i32> zeroinitializer
  %2261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2260, <8 x float> %2244, <8 x float> %acc58.02243)
  %2262 = or disjoint i64 %p10.addr.02249, 96
  %2263 = getelementptr inbounds float, ptr %Vn, i64 %2262
  %2264 = load float, ptr %2263, align 4
  %2265 = insertelement <8 x float> poison, float %2264, i64 0
  %2266 = shufflevector <8 x float> %2265, <8 x float> poison, <8 x i32> zeroinitializer
  %2267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2266, <8 x float> %2244, <8 x float> %acc59.02244)
  %2268 = or disjoint i64 %p10.addr.02249, 128
  %2269 = getelementptr inbounds float, ptr %Vn, i64 %2268
  %2270 = load float, ptr %2269, align 4
  %2271 = insertelement <8 x float> poison, float %2270, i64 0
  %2272 = shufflevector <8 x float> %2271, <8 x float> poison, <8 x i32> zeroinitializer
  %2273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2272, <8 x float> %2244, <8 x float> %acc60.02245)
  %2274 = or disjoint i64 %p10.addr.02249, 160
  %2275 = getelementptr inbounds float, ptr %Vn, i64 %2274
  %2276 = load float, ptr %2275, align 4
  %2277 = insertelement <8 x float> poison, float %2276, i64 0
  %2278 = shufflevector <8 x float> %2277, <8 x float> poison, <8 x i32> zeroinitializer
  %2279 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2278, <8 x float> %2244, <8 x float> %acc61.02246)
  %2280 = or disjoint i64 %p10.addr.02249, 192
  %2281 = getelementptr inbounds float, ptr %Vn, i64 %2280
  %2282 = load float, ptr %2281, align 4
  %2283 = insertelement <8 x float> poison, float %2282, i64 0
  %2284 = shufflevector <8 x float> %2283, <8 x float> poison, <8 x i32> zeroinitializer
  %2285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2284, <8 x float> %2244, <8 x float> %acc62.02247)
  %2286 = or disjoint i64 %p10.addr.02249, 224
  %2287 = getelementptr inbounds float, ptr %Vn, i64 %2286
  %2288 = load float, ptr %2287, align 4
  %2289 = insertelement <8 x float> poison, float %2288, i64 0
  %2290 = shufflevector <8 x float> %2289, <8 x float> poison, <8 x i32> zeroinitializer
  %2291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2290, <8 x float> %2244, <8 x float> %acc63.02248)
  %p10.next = or disjoint i64 %p10.addr.02249, 1
  %.idx2092.13397 = shl nuw nsw i64 %p10.next, 5
  %2292 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2092.13397
  %2293 = load <8 x float>, ptr %2292, align 4
  %2294 = getelementptr inbounds float, ptr %Vn, i64 %p10.next
  %2295 = load float, ptr %2294, align 4
  %2296 = insertelement <8 x float> poison, float %2295, i64 0
  %2297 = shufflevector <8 x float> %2296, <8 x float> poison, <8 x i32> zeroinitializer
  %2298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2297, <8 x float> %2293, <8 x float> %2249)
  %2299 = or i64 %p10.addr.02249, 33
  %2300 = getelementptr inbounds float, ptr %Vn, i64 %2299
  %2301 = load float, ptr %2300, align 4
  %2302 = insertelement <8 x float> poison, float %2301, i64 0
  %2303 = shufflevector <8 x float> %2302, <8 x float> poison, <8 x i32> zeroinitializer
  %2304 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2303, <8 x float> %2293, <8 x float> %2255)
  %2305 = or i64 %p10.addr.02249, 65
  %2306 = getelementptr inbounds float, ptr %Vn, i64 %2305
  %2307 = load float, ptr %2306, align 4
  %2308 = insertelement <8 x float> poison, float %2307, i64 0
  %2309 = shufflevector <8 x float> %2308, <8 x float> poison, <8 x i32> zeroinitializer
  %2310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2309, <8 x float> %2293, <8 x float> %2261)
  %2311 = or i64 %p10.addr.02249, 97
  %2312 = getelementptr inbounds float, ptr %Vn, i64 %2311
  %2313 = load float, ptr %2312, align 4
  %2314 = insertelement <8 x float> poison, float %2313, i64 0
  %2315 = shufflevector <8 x float> %2314, <8 x float> poison, <8 x i32> zeroinitializer
  %2316 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2315, <8 x float> %2293, <8 x float> %2267)
  %2317 = or i64 %p10.addr.02249, 129
  %2318 = getelementptr inbounds float, ptr %Vn, i64 %2317
  %2319 = load float, ptr %2318, align 4
  %2320 = insertelement <8 x float> poison, float %2319, i64 0
  %2321 = shufflevector <8 x float> %2320, <8 x float> poison, <8 x i32> zeroinitializer
  %2322 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2321, <8 x float> %2293, <8 x float> %2273)
  %2323 = or i64 %p10.addr.02249, 161
  %2324 = getelementptr inbounds float, ptr %Vn, i64 %2323
  %2325 = load float, ptr %2324, align 4
  %2326 = insertelement <8 x float> poison, float %2325, i64 0
  %2327 = shufflevector <8 x float> %2326, <8 x float> poison, <8 x i32> zeroinitializer
  %2328 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2327, <8 x float> %2293, <8 x float> %2279)
  %2329 = or i64 %p10.addr.02249, 193
  %2330 = getelementptr inbounds float, ptr %Vn, i64 %2329
  %2331 = load float, ptr %2330, align 4
  %2332 = insertelement <8 x float> poison, float %2331, i64 0
  %2333 = shufflevector <8 x float> %2332, <8 x float> poison, <8 x i32> zeroinitializer
  %2334 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2333, <8 x float> %2293, <8 x float> %2285)
  %2335 = or i64 %p10.addr.02249, 225
  %2336 = getelementptr inbounds float, ptr %Vn, i64 %2335
  %2337 = load float, ptr %2336, align 4
  %2338 = insertelement <8 x float> poison, float %2337, i64 0
  %2339 = shufflevector <8 x float> %2338, <8 x float> poison, <8 x i32> zeroinitializer
  %2340 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2339, <8 x float> %2293, <8 x float> %2291)
  %p10.next.13398 = add nuw nsw i64 %p10.addr.02249, 2
  %exitcond2666.not.1 = icmp eq i64 %p10.next.13398, 32
  br i1 %exitcond2666.not.1, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <8 x float> %2298, ptr %209, align 4
  store <8 x float> %2304, ptr %210, align 4
  store <8 x float> %2310, ptr %211, align 4
  store <8 x float> %2316, ptr %212, align 4
  store <8 x float> %2322, ptr %213, align 4
  store <8 x float> %2328, ptr %214, align 4
  store <8 x float> %2334, ptr %215, align 4
  store <8 x float> %2340, ptr %216, align 4
  br label %p10.body.1

p10.body.1:                                       ; preds = %p10.body.1, %p10.exit
  %p10.addr.02249.1 = phi i64 [ 0, %p10.exit ], [ %p10.next.1.1, %p10.body.1 ]
  %acc63.02248.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2440, %p10.body.1 ]
  %acc62.02247.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2434, %p10.body.1 ]
  %acc61.02246.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2428, %p10.body.1 ]
  %acc60.02245.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2422, %p10.body.1 ]
  %acc59.02244.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2416, %p10.body.1 ]
  %acc58.02243.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2410, %p10.body.1 ]
  %acc57.02242.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2404, %p10.body.1 ]
  %acc56.02241.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2398, %p10.body.1 ]
  %.idx2092.1 = shl nuw nsw i64 %p10.addr.02249.1, 5
  %2341 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2092.1
  %2342 = load <8 x float>, ptr %2341, align 4
  %2343 = add nuw nsw i64 %p10.addr.02249.1, 256
  %2344 = getelementptr inbounds float, ptr %Vn, i64 %2343
  %2345 = load float, ptr %2344, align 4
  %2346 = insertelement <8 x float> poison, float %2345, i64 0
  %2347 = shufflevector <8 x float> %2346, <8 x float> poison, <8 x i32> zeroinitializer
  %2348 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2347, <8 x float> %2342, <8 x float> %acc56.02241.1)
  %2349 = or disjoint i64 %2343, 32
  %2350 = getelementptr inbounds float, ptr %Vn, i64 %2349
  %2351 = load float, ptr %2350, align 4
  %2352 = insertelement <8 x float> poison, float %2351, i64 0
  %2353 = shufflevector <8 x float> %2352, <8 x float> poison, <8 x i32> zeroinitializer
  %2354 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2353, <8 x float> %2342, <8 x float> %acc57.02242.1)
  %2355 = or disjoint i64 %2343, 64
  %2356 = getelementptr inbounds float, ptr %Vn, i64 %2355
  %2357 = load float, ptr %2356, align 4
  %2358 = insertelement <8 x float> poison, float %2357, i64 0
  %2359 = shufflevector <8 x float> %2358, <8 x float> poison, <8 x i32> zeroinitializer
  %2360 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2359, <8 x float> %2342, <8 x float> %acc58.02243.1)
  %2361 = or disjoint i64 %2343, 96
  %2362 = getelementptr inbounds float, ptr %Vn, i64 %2361
  %2363 = load float, ptr %2362, align 4
  %2364 = insertelement <8 x float> poison, float %2363, i64 0
  %2365 = shufflevector <8 x float> %2364, <8 x float> poison, <8 x i32> zeroinitializer
  %2366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2365, <8 x float> %2342, <8 x float> %acc59.02244.1)
  %2367 = or disjoint i64 %2343, 128
  %2368 = getelementptr inbounds float, ptr %Vn, i64 %2367
  %2369 = load float, ptr %2368, align 4
  %2370 = insertelement <8 x float> poison, float %2369, i64 0
  %2371 = shufflevector <8 x float> %2370, <8 x float> poison, <8 x i32> zeroinitializer
  %2372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2371, <8 x float> %2342, <8 x float> %acc60.02245.1)
  %2373 = or disjoint i64 %2343, 160
  %2374 = getelementptr inbounds float, ptr %Vn, i64 %2373
  %2375 = load float, ptr %2374, align 4
  %2376 = insertelement <8 x float> poison, float %2375, i64 0
  %2377 = shufflevector <8 x float> %2376, <8 x float> poison, <8 x i32> zeroinitializer
  %2378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2377, <8 x float> %2342, <8 x float> %acc61.02246.1)
  %2379 = or disjoint i64 %2343, 192
  %2380 = getelementptr inbounds float, ptr %Vn, i64 %2379
  %2381 = load float, ptr %2380, align 4
  %2382 = insertelement <8 x float> poison, float %2381, i64 0
  %2383 = shufflevector <8 x float> %2382, <8 x float> poison, <8 x i32> zeroinitializer
  %2384 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2383, <8 x float> %2342, <8 x float> %acc62.02247.1)
  %2385 = or disjoint i64 %2343, 224
  %2386 = getelementptr inbounds float, ptr %Vn, i64 %2385
  %2387 = load float, ptr %2386, align 4
  %2388 = insertelement <8 x float> poison, float %2387, i64 0
  %2389 = shufflevector <8 x float> %2388, <8 x float> poison, <8 x i32> zeroinitializer
  %2390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2389, <8 x float> %2342, <8 x float> %acc63.02248.1)
  %p10.next.1 = shl i64 %p10.addr.02249.1, 5
  %.idx2092.1.1 = or disjoint i64 %p10.next.1, 32
  %2391 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2092.1.1
  %2392 = load <8 x float>, ptr %2391, align 4
  %2393 = add nuw nsw i64 %p10.addr.02249.1, 257
  %2394 = getelementptr inbounds float, ptr %Vn, i64 %2393
  %2395 = load float, ptr %2394, align 4
  %2396 = insertelement <8 x float> poison, float %2395, i64 0
  %2397 = shufflevector <8 x float> %2396, <8 x float> poison, <8 x i32> zeroinitializer
  %2398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2397, <8 x float> %2392, <8 x float> %2348)
  %2399 = or disjoint i64 %2393, 32
  %2400 = getelementptr inbounds float, ptr %Vn, i64 %2399
  %2401 = load float, ptr %2400, align 4
  %2402 = insertelement <8 x float> poison, float %2401, i64 0
  %2403 = shufflevector <8 x float> %2402, <8 x float> poison, <8 x i32> zeroinitializer
  %2404 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2403, <8 x float> %2392, <8 x float> %2354)
  %2405 = or disjoint i64 %2393, 64
  %2406 = getelementptr inbounds float, ptr %Vn, i64 %2405
  %2407 = load float, ptr %2406, align 4
  %2408 = insertelement <8 x float> poison, float %2407, i64 0
  %2409 = shufflevector <8 x float> %2408, <8 x float> poison, <8 x i32> zeroinitializer
  %2410 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2409, <8 x float> %2392, <8 x float> %2360)
  %2411 = or disjoint i64 %2393, 96
  %2412 = getelementptr inbounds float, ptr %Vn, i64 %2411
  %2413 = load float, ptr %2412, align 4
  %2414 = insertelement <8 x float> poison, float %2413, i64 0
  %2415 = shufflevector <8 x float> %2414, <8 x float> poison, <8 x i32> zeroinitializer
  %2416 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2415, <8 x float> %2392, <8 x float> %2366)
  %2417 = or disjoint i64 %2393, 128
  %2418 = getelementptr inbounds float, ptr %Vn, i64 %2417
  %2419 = load float, ptr %2418, align 4
  %2420 = insertelement <8 x float> poison, float %2419, i64 0
  %2421 = shufflevector <8 x float> %2420, <8 x float> poison, <8 x i32> zeroinitializer
  %2422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2421, <8 x float> %2392, <8 x float> %2372)
  %2423 = or disjoint i64 %2393, 160
  %2424 = getelementptr inbounds float, ptr %Vn, i64 %2423
  %2425 = load float, ptr %2424, align 4
  %2426 = insertelement <8 x float> poison, float %2425, i64 0
  %2427 = shufflevector <8 x float> %2426, <8 x float> poison, <8 x i32> zeroinitializer
  %2428 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2427, <8 x float> %2392, <8 x float> %2378)
  %2429 = or disjoint i64 %2393, 192
  %2430 = getelementptr inbounds float, ptr %Vn, i64 %2429
  %2431 = load float, ptr %2430, align 4
  %2432 = insertelement <8 x float> poison, float %2431, i64 0
  %2433 = shufflevector <8 x float> %2432, <8 x float> poison, <8 x i32> zeroinitializer
  %2434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2433, <8 x float> %2392, <8 x float> %2384)
  %2435 = or disjoint i64 %2393, 224
  %2436 = getelementptr inbounds float, ptr %Vn, i64 %2435
  %2437 = load float, ptr %2436, align 4
  %2438 = insertelement <8 x float> poison, float %2437, i64 0
  %2439 = shufflevector <8 x float> %2438, <8 x float> poison, <8 x i32> zeroinitializer
  %2440 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2439, <8 x float> %2392, <8 x float> %2390)
  %p10.next.1.1 = add nuw nsw i64 %p10.addr.02249.1, 2
  %exitcond2666.1.not.1 = icmp eq i64 %p10.next.1.1, 32
  br i1 %exitcond2666.1.not.1, label %p10.exit.1, label %p10.body.1

p10.exit.1:                                       ; preds = %p10.body.1
  store <8 x float> %2398, ptr %217, align 4
  store <8 x float> %2404, ptr %218, align 4
  store <8 x float> %2410, ptr %219, align 4
  store <8 x float> %2416, ptr %220, align 4
  store <8 x float> %2422, ptr %221, align 4
  store <8 x float> %2428, ptr %222, align 4
  store <8 x float> %2434, ptr %223, align 4
  store <8 x float> %2440, ptr %224, align 4
  br label %p10.body.2

p10.body.2:                                       ; preds = %p10.body.2, %p10.exit.1
  %p10.addr.02249.2 = phi i64 [ 0, %p10.exit.1 ], [ %p10.next.2.1, %p10.body.2 ]
  %acc63.02248.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2540, %p10.body.2 ]
  %acc62.02247.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2534, %p10.body.2 ]
  %acc61.02246.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2528, %p10.body.2 ]
  %acc60.02245.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2522, %p10.body.2 ]
  %acc59.02244.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2516, %p10.body.2 ]
  %acc58.02243.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2510, %p10.body.2 ]
  %acc57.02242.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2504, %p10.body.2 ]
  %acc56.02241.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2498, %p10.body.2 ]
  %.idx2092.2 = shl nuw nsw i64 %p10.addr.02249.2, 5
  %2441 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2092.2
  %2442 = load <8 x float>, ptr %2441, align 4
  %2443 = add nuw nsw i64 %p10.addr.02249.2, 512
  %2444 = getelementptr inbounds float, ptr %Vn, i64 %2443
  %2445 = load float, ptr %2444, align 4
  %2446 = insertelement <8 x float> poison, float %2445, i64 0
  %2447 = shufflevector <8 x float> %2446, <8 x float> poison, <8 x i32> zeroinitializer
  %2448 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2447, <8 x float> %2442, <8 x float> %acc56.02241.2)
  %2449 = or disjoint i64 %2443, 32
  %2450 = getelementptr inbounds float, ptr %Vn, i64 %2449
  %2451 = load float, ptr %2450, align 4
  %2452 = insertelement <8 x float> poison, float %2451, i64 0
  %2453 = shufflevector <8 x float> %2452, <8 x float> poison, <8 x i32> zeroinitializer
  %2454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2453, <8 x float> %2442, <8 x float> %acc57.02242.2)
  %2455 = or disjoint i64 %2443, 64
  %2456 = getelementptr inbounds float, ptr %Vn, i64 %2455
  %2457 = load float, ptr %2456, align 4
  %2458 = insertelement <8 x float> poison, float %2457, i64 0
  %2459 = shufflevector <8 x float> %2458, <8 x float> poison, <8 x i32> zeroinitializer
  %2460 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2459, <8 x float> %2442, <8 x float> %acc58.02243.2)
  %2461 = or disjoint i64 %2443, 96
  %2462 = getelementptr inbounds float, ptr %Vn, i64 %2461
  %2463 = load float, ptr %2462, align 4
  %2464 = insertelement <8 x float> poison, float %2463, i64 0
  %2465 = shufflevector <8 x float> %2464, <8 x float> poison, <8 x i32> zeroinitializer
  %2466 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2465, <8 x float> %2442, <8 x float> %acc59.02244.2)
  %2467 = or disjoint i64 %2443, 128
  %2468 = getelementptr inbounds float, ptr %Vn, i64 %2467
  %2469 = load float, ptr %2468, align 4
  %2470 = insertelement <8 x float> poison, float %2469, i64 0
  %2471 = shufflevector <8 x float> %2470, <8 x float> poison, <8 x i32> zeroinitializer
  %2472 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2471, <8 x float> %2442, <8 x float> %acc60.02245.2)
  %2473 = or disjoint i64 %2443, 160
  %2474 = getelementptr inbounds float, ptr %Vn, i64 %2473
  %2475 = load float, ptr %2474, align 4
  %2476 = insertelement <8 x float> poison, float %2475, i64 0
  %2477 = shufflevector <8 x float> %2476, <8 x float> poison, <8 x i32> zeroinitializer
  %2478 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2477, <8 x float> %2442, <8 x float> %acc61.02246.2)
  %2479 = or disjoint i64 %2443, 192
  %2480 = getelementptr inbounds float, ptr %Vn, i64 %2479
  %2481 = load float, ptr %2480, align 4
  %2482 = insertelement <8 x float> poison, float %2481, i64 0
  %2483 = shufflevector <8 x float> %2482, <8 x float> poison, <8 x i32> zeroinitializer
  %2484 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2483, <8 x float> %2442, <8 x float> %acc62.02247.2)
  %2485 = or disjoint i64 %2443, 224
  %2486 = getelementptr inbounds float, ptr %Vn, i64 %2485
  %2487 = load float, ptr %2486, align 4
  %2488 = insertelement <8 x float> poison, float %2487, i64 0
  %2489 = shufflevector <8 x float> %2488, <8 x float> poison, <8 x i32> zeroinitializer
  %2490 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2489, <8 x float> %2442, <8 x float> %acc63.02248.2)
  %p10.next.2 = shl i64 %p10.addr.02249.2, 5
  %.idx2092.2.1 = or disjoint i64 %p10.next.2, 32
  %2491 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2092.2.1
  %2492 = load <8 x float>, ptr %2491, align 4
  %2493 = add nuw nsw i64 %p10.addr.02249.2, 513
  %2494 = getelementptr inbounds float, ptr %Vn, i64 %2493
  %2495 = load float, ptr %2494, align 4
  %2496 = insertelement <8 x float> poison, float %2495, i64 0
  %2497 = shufflevector <8 x float> %2496, <8 x float> poison, <8 x i32> zeroinitializer
  %2498 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2497, <8 x float> %2492, <8 x float> %2448)
  %2499 = or disjoint i64 %2493, 32
  %2500 = getelementptr inbounds float, ptr %Vn, i64 %2499
  %2501 = load float, ptr %2500, align 4
  %2502 = insertelement <8 x float> poison, float %2501, i64 0
  %2503 = shufflevector <8 x float> %2502, <8 x float> poison, <8 x i32> zeroinitializer
  %2504 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2503, <8 x float> %2492, <8 x float> %2454)
  %2505 = or disjoint i64 %2493, 64
  %2506 = getelementptr inbounds float, ptr %Vn, i64 %2505
  %2507 = load float, ptr %2506, align 4
  %2508 = insertelement <8 x float> poison, float %2507, i64 0
  %2509 = shufflevector <8 x float> %2508, <8 x float> poison, <8 x i32> zeroinitializer
  %2510 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2509, <8 x float> %2492, <8 x float> %2460)
  %2511 = or disjoint i64 %2493, 96
  %2512 = getelementptr inbounds float, ptr %Vn, i64 %2511
  %2513 = load float, ptr %2512, align 4
  %2514 = insertelement <8 x float> poison, float %2513, i64 0
  %2515 = shufflevector <8 x float> %2514, <8 x float> poison, <8 x i32> zeroinitializer
  %2516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2515, <8 x float> %2492, <8 x float> %2466)
  %2517 = or disjoint i64 %2493, 128
  %2518 = getelementptr inbounds float, ptr %Vn, i64 %2517
  %2519 = load float, ptr %2518, align 4
  %2520 = insertelement <8 x float> poison, float %2519, i64 0
  %2521 = shufflevector <8 x float> %2520, <8 x float> poison, <8 x i32> zeroinitializer
  %2522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2521, <8 x float> %2492, <8 x float> %2472)
  %2523 = or disjoint i64 %2493, 160
  %2524 = getelementptr inbounds float, ptr %Vn, i64 %2523
  %2525 = load float, ptr %2524, align 4
  %2526 = insertelement <8 x float> poison, float %2525, i64 0
  %2527 = shufflevector <8 x float> %2526, <8 x float> poison, <8 x i32> zeroinitializer
  %2528 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2527, <8 x float> %2492, <8 x float> %2478)
  %2529 = or disjoint i64 %2493, 192
  %2530 = getelementptr inbounds float, ptr %Vn, i64 %2529
  %2531 = load float, ptr %2530, align 4
  %2532 = insertelement <8 x float> poison, float %2531, i64 0
  %2533 = shufflevector <8 x float> %2532, <8 x float> poison, <8 x i32> zeroinitializer
  %2534 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2533, <8 x float> %2492, <8 x float> %2484)
  %2535 = or disjoint i64 %2493, 224
  %2536 = getelementptr inbounds float, ptr %Vn, i64 %2535
  %2537 = load float, ptr %2536, align 4
  %2538 = insertelement <8 x float> poison, float %2537, i64 0
  %2539 = shufflevector <8 x float> %2538, <8 x float> poison, <8 x i32> zeroinitializer
  %2540 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2539, <8 x float> %2492, <8 x float> %2490)
  %p10.next.2.1 = add nuw nsw i64 %p10.addr.02249.2, 2
  %exitcond2666.2.not.1 = icmp eq i64 %p10.next.2.1, 32
  br i1 %exitcond2666.2.not.1, label %p10.exit.2, label %p10.body.2

p10.exit.2:                                       ; preds = %p10.body.2
  store <8 x float> %2498, ptr %225, align 4
  store <8 x float> %2504, ptr %226, align 4
  store <8 x float> %2510, ptr %227, align 4
  store <8 x float> %2516, ptr %228, align 4
  store <8 x float> %2522, ptr %229, align 4
  store <8 x float> %2528, ptr %230, align 4
  store <8 x float> %2534, ptr %231, align 4
  store <8 x float> %2540, ptr %232, align 4
  br label %p10.body.3

p10.body.3:                                       ; preds = %p10.body.3, %p10.exit.2
  %p10.addr.02249.3 = phi i64 [ 0, %p10.exit.2 ], [ %p10.next.3.1, %p10.body.3 ]
  %acc63.02248.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2640, %p10.body.3 ]
  %acc62.02247.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2634, %p10.body.3 ]
  %acc61.02246.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2628, %p10.body.3 ]
  %acc60.02245.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2622, %p10.body.3 ]
  %acc59.02244.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2616, %p10.body.3 ]
  %acc58.02243.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2610, %p10.body.3 ]
  %acc57.02242.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2604, %p10.body.3 ]
  %acc56.02241.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2598, %p10.body.3 ]
  %.idx2092.3 = shl nuw nsw i64 %p10.addr.02249.3, 5
  %2541 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2092.3
  %2542 = load <8 x float>, ptr %2541, align 4
  %2543 = add nuw nsw i64 %p10.addr.02249.3, 768
  %2544 = getelementptr inbounds float, ptr %Vn, i64 %2543
  %2545 = load float, ptr %2544, align 4
  %2546 = insertelement <8 x float> poison, float %2545, i64 0
  %2547 = shufflevector <8 x float> %2546, <8 x float> poison, <8 x i32> zeroinitializer
  %2548 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2547, <8 x float> %2542, <8 x float> %acc56.02241.3)
  %2549 = or disjoint i64 %2543, 32
  %2550 = getelementptr inbounds float, ptr %Vn, i64 %2549
  %2551 = load float, ptr %2550, align 4
  %2552 = insertelement <8 x float> poison, float %2551, i64 0
  %2553 = shufflevector <8 x float> %2552, <8 x float> poison, <8 x i32> zeroinitializer
  %2554 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2553, <8 x float> %2542, <8 x float> %acc57.02242.3)
  %2555 = or disjoint i64 %2543, 64
  %2556 = getelementptr inbounds float, ptr %Vn, i64 %2555
  %2557 = load float, ptr %2556, align 4
  %2558 = insertelement <8 x float> poison, float %2557, i64 0
  %2559 = shufflevector <8 x float> %2558, <8 x float> poison, <8 x i32> zeroinitializer
  %2560 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2559, <8 x float> %2542, <8 x float> %acc58.02243.3)
  %2561 = or disjoint i64 %2543, 96
  %2562 = getelementptr inbounds float, ptr %Vn, i64 %2561
  %2563 = load float, ptr %2562, align 4
  %2564 = insertelement <8 x float> poison, float %2563, i64 0
  %2565 = shufflevector <8 x float> %2564, <8 x float> poison, <8 x i32> zeroinitializer
  %2566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2565, <8 x float> %2542, <8 x float> %acc59.02244.3)
  %2567 = or disjoint i64 %2543, 128
  %2568 = getelementptr inbounds float, ptr %Vn, i64 %2567
  %2569 = load float, ptr %2568, align 4
  %2570 = insertelement <8 x float> poison, float %2569, i64 0
  %2571 = shufflevector <8 x float> %2570, <8 x float> poison, <8 x i32> zeroinitializer
  %2572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2571, <8 x float> %2542, <8 x float> %acc60.02245.3)
  %2573 = or disjoint i64 %2543, 160
  %2574 = getelementptr inbounds float, ptr %Vn, i64 %2573
  %2575 = load float, ptr %2574, align 4
  %2576 = insertelement <8 x float> poison, float %2575, i64 0
  %2577 = shufflevector <8 x float> %2576, <8 x float> poison, <8 x i32> zeroinitializer
  %2578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2577, <8 x float> %2542, <8 x float> %acc61.02246.3)
  %2579 = or disjoint i64 %2543, 192
  %2580 = getelementptr inbounds float, ptr %Vn, i64 %2579
  %2581 = load float, ptr %2580, align 4
  %2582 = insertelement <8 x float> poison, float %2581, i64 0
  %2583 = shufflevector <8 x float> %2582, <8 x float> poison, <8 x i32> zeroinitializer
  %2584 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2583, <8 x float> %2542, <8 x float> %acc62.02247.3)
  %2585 = or disjoint i64 %2543, 224
  %2586 = getelementptr inbounds float, ptr %Vn, i64 %2585
  %2587 = load float, ptr %2586, align 4
  %2588 = insertelement <8 x float> poison, float %2587, i64 0
  %2589 = shufflevector <8 x float> %2588, <8 x float> poison, <8 x i32> zeroinitializer
  %2590 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2589, <8 x float> %2542, <8 x float> %acc63.02248.3)
  %p10.next.3 = shl i64 %p10.addr.02249.3, 5
  %.idx2092.3.1 = or disjoint i64 %p10.next.3, 32
  %2591 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2092.3.1
  %2592 = load <8 x float>, ptr %2591, align 4
  %2593 = add nuw nsw i64 %p10.addr.02249.3, 769
  %2594 = getelementptr inbounds float, ptr %Vn, i64 %2593
  %2595 = load float, ptr %2594, align 4
  %2596 = insertelement <8 x float> poison, float %2595, i64 0
  %2597 = shufflevector <8 x float> %2596, <8 x float> poison, <8 x i32> zeroinitializer
  %2598 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2597, <8 x float> %2592, <8 x float> %2548)
  %2599 = or disjoint i64 %2593, 32
  %2600 = getelementptr inbounds float, ptr %Vn, i64 %2599
  %2601 = load float, ptr %2600, align 4
  %2602 = insertelement <8 x float> poison, float %2601, i64 0
  %2603 = shufflevector <8 x float> %2602, <8 x float> poison, <8 x i32> zeroinitializer
  %2604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2603, <8 x float> %2592, <8 x float> %2554)
  %2605 = or disjoint i64 %2593, 64
  %2606 = getelementptr inbounds float, ptr %Vn, i64 %2605
  %2607 = load float, ptr %2606, align 4
  %2608 = insertelement <8 x float> poison, float %2607, i64 0
  %2609 = shufflevector <8 x float> %2608, <8 x float> poison, <8 x i32> zeroinitializer
  %2610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2609, <8 x float> %2592, <8 x float> %2560)
  %2611 = or disjoint i64 %2593, 96
  %2612 = getelementptr inbounds float, ptr %Vn, i64 %2611
  %2613 = load float, ptr %2612, align 4
  %2614 = insertelement <8 x float> poison, float %2613, i64 0
  %2615 = shufflevector <8 x float> %2614, <8 x float> poison, <8 x i32> zeroinitializer
  %2616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2615, <8 x float> %2592, <8 x float> %2566)
  %2617 = or disjoint i64 %2593, 128
  %2618 = getelementptr inbounds float, ptr %Vn, i64 %2617
  %2619 = load float, ptr %2618, align 4
  %2620 = insertelement <8 x float> poison, float %2619, i64 0
  %2621 = shufflevector <8 x float> %2620, <8 x float> poison, <8 x i32> zeroinitializer
  %2622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2621, <8 x float> %2592, <8 x float> %2572)
  %2623 = or disjoint i64 %2593, 160
  %2624 = getelementptr inbounds float, ptr %Vn, i64 %2623
  %2625 = load float, ptr %2624, align 4
  %2626 = insertelement <8 x float> poison, float %2625, i64 0
  %2627 = shufflevector <8 x float> %2626, <8 x float> poison, <8 x i32> zeroinitializer
  %2628 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2627, <8 x float> %2592, <8 x float> %2578)
  %2629 = or disjoint i64 %2593, 192
  %2630 = getelementptr inbounds float, ptr %Vn, i64 %2629
  %2631 = load float, ptr %2630, align 4
  %2632 = insertelement <8 x float> poison, float %2631, i64 0
  %2633 = shufflevector <8 x float> %2632, <8 x float> poison, <8 x i32> zeroinitializer
  %2634 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2633, <8 x float> %2592, <8 x float> %2584)
  %2635 = or disjoint i64 %2593, 224
  %2636 = getelementptr inbounds float, ptr %Vn, i64 %2635
  %2637 = load float, ptr %2636, align 4
  %2638 = insertelement <8 x float> poison, float %2637, i64 0
  %2639 = shufflevector <8 x float> %2638, <8 x float> poison, <8 x i32> zeroinitializer
  %2640 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2639, <8 x float> %2592, <8 x float> %2590)
  %p10.next.3.1 = add nuw nsw i64 %p10.addr.02249.3, 2
  %exitcond2666.3.not.1 = icmp eq i64 %p10.next.3.1, 32
  br i1 %exitcond2666.3.not.1, label %p10.exit.3, label %p10.body.3

p10.exit.3:                                       ; preds = %p10.body.3
  %2641 = load <8 x float>, ptr %M, align 4
  %2642 = fmul <8 x float> %2298, %2641
  store <8 x float> %2642, ptr %209, align 4
  %2643 = fmul <8 x float> %2304, %2641
  store <8 x float> %2643, ptr %210, align 4
  %2644 = fmul <8 x float> %2310, %2641
  store <8 x float> %2644, ptr %211, align 4
  %2645 = fmul <8 x float> %2316, %2641
  store <8 x float> %2645, ptr %212, align 4
  %2646 = load <8 x float>, ptr %39, align 4
  %2647 = fmul <8 x float> %2322, %2646
  store <8 x float> %2647, ptr %237, align 4
  %2648 = fmul <8 x float> %2328, %2646
  store <8 x float> %2648, ptr %238, align 4
  %2649 = fmul <8 x float> %2334, %2646
  store <8 x float> %2649, ptr %239, align 4
  %2650 = fmul <8 x float> %2340, %2646
  store <8 x float> %2650, ptr %240, align 4
  %2651 = load <8 x float>, ptr %40, align 4
  %2652 = fmul <8 x float> %2398, %2651
  store <8 x float> %2652, ptr %217, align 4
  %2653 = fmul <8 x float> %2404, %2651
  store <8 x float> %2653, ptr %218, align 4
  %2654 = fmul <8 x float> %2410, %2651
  store <8 x float> %2654, ptr %219, align 4
  %2655 = fmul <8 x float> %2416, %2651
  store <8 x float> %2655, ptr %220, align 4
  %2656 = load <8 x float>, ptr %41, align 4
  %2657 = fmul <8 x float> %2422, %2656
  store <8 x float> %2657, ptr %241, align 4
  %2658 = fmul <8 x float> %2428, %2656
  store <8 x float> %2658, ptr %242, align 4
  %2659 = fmul <8 x float> %2434, %2656
  store <8 x float> %2659, ptr %243, align 4
  %2660 = fmul <8 x float> %2440, %2656
  store <8 x float> %2660, ptr %244, align 4
  %2661 = load <8 x float>, ptr %42, align 4
  %2662 = fmul <8 x float> %2498, %2661
  store <8 x float> %2662, ptr %225, align 4
  %2663 = fmul <8 x float> %2504, %2661
  store <8 x float> %2663, ptr %226, align 4
  %2664 = fmul <8 x float> %2510, %2661
  store <8 x float> %2664, ptr %227, align 4
  %2665 = fmul <8 x float> %2516, %2661
  store <8 x float> %2665, ptr %228, align 4
  %2666 = load <8 x float>, ptr %44, align 4
  %2667 = fmul <8 x float> %2522, %2666
  store <8 x float> %2667, ptr %245, align 4
  %2668 = fmul <8 x float> %2528, %2666
  store <8 x float> %2668, ptr %246, align 4
  %2669 = fmul <8 x float> %2534, %2666
  store <8 x float> %2669, ptr %247, align 4
  %2670 = fmul <8 x float> %2540, %2666
  store <8 x float> %2670, ptr %248, align 4
  %2671 = load <8 x float>, ptr %47, align 4
  %2672 = fmul <8 x float> %2598, %2671
  store <8 x float> %2672, ptr %233, align 4
  %2673 = fmul <8 x float> %2604, %2671
  store <8 x float> %2673, ptr %234, align 4
  %2674 = fmul <8 x float> %2610, %2671
  store <8 x float> %2674, ptr %235, align 4
  %2675 = fmul <8 x float> %2616, %2671
  store <8 x float> %2675, ptr %236, align 4
  %2676 = load <8 x float>, ptr %49, align 4
  %2677 = fmul <8 x float> %2622, %2676
  store <8 x float> %2677, ptr %249, align 4
  %2678 = fmul <8 x float> %2628, %2676
  store <8 x float> %2678, ptr %250, align 4
  %2679 = fmul <8 x float> %2634, %2676
  store <8 x float> %2679, ptr %251, align 4
  %2680 = fmul <8 x float> %2640, %2676
  store <8 x float> %2680, ptr %252, align 4
  br label %p11.body

p11.body:                                         ; preds = %p10.exit.3, %p11.body
  %p11.addr.02268 = phi i64 [ %p11.next, %p11.body ], [ 0, %p10.exit.3 ]
  %acc79.02267 = phi <16 x float> [ %2742, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc78.02266 = phi <16 x float> [ %2741, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc77.02265 = phi <16 x float> [ %2735, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc76.02264 = phi <16 x float> [ %2734, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc75.02263 = phi <16 x float> [ %2728, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc74.02262 = phi <16 x float> [ %2727, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc73.02261 = phi <16 x float> [ %2721, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc72.02260 = phi <16 x float> [ %2720, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc71.02259 = phi <16 x float> [ %2714, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc70.02258 = phi <16 x float> [ %2713, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc69.02257 = phi <16 x float> [ %2707, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc68.02256 = phi <16 x float> [ %2706, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc67.02255 = phi <16 x float> [ %2700, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc66.02254 = phi <16 x float> [ %2699, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc65.02253 = phi <16 x float> [ %2693, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc64.02252 = phi <16 x float> [ %2692, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %2681 = shl nuw nsw i64 %p11.addr.02268, 5
  %2682 = or disjoint i64 %2681, 1024
  %2683 = getelementptr inbounds float, ptr %Bk, i64 %2682
  %2684 = load <16 x float>, ptr %2683, align 4
  %2685 = or disjoint i64 %2681, 1040
  %2686 = getelementptr inbounds float, ptr %Bk, i64 %2685
  %2687 = load <16 x float>, ptr %2686, align 4
  %2688 = getelementptr inbounds float, ptr %OY, i64 %p11.addr.02268
  %2689 = load float, ptr %2688, align 4
  %2690 = insertelement <16 x float> poison, float %2689, i64 0
  %2691 = shufflevector <16 x float> %2690, <16 x float> poison, <16 x i32> zeroinitializer
  %2692 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2691, <16 x float> %2684, <16 x float> %acc64.02252)
  %2693 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2691, <16 x float> %2687, <16 x float> %acc65.02253)
  %2694 = or disjoint i64 %p11.addr.02268, 32
  %2695 = getelementptr inbounds float, ptr %OY, i64 %2694
  %2696 = load float, ptr %2695, align 4
  %2697 = insertelement <16 x float> poison, float %2696, i64 0
  %2698 = shufflevector <16 x float> %2697, <16 x float> poison, <16 x i32> zeroinitializer
  %2699 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2698, <16 x float> %2684, <16 x float> %acc66.02254)
  %2700 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2698, <16 x float> %2687, <16 x float> %acc67.02255)
  %2701 = or disjoint i64 %p11.addr.02268, 64
  %2702 = getelementptr inbounds float, ptr %OY, i64 %2701
  %2703 = load float, ptr %2702, align 4
  %2704 = insertelement <16 x float> poison, float %2703, i64 0
  %2705 = shufflevector <16 x float> %2704, <16 x float> poison, <16 x i32> zeroinitializer
  %2706 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2705, <16 x float> %2684, <16 x float> %acc68.02256)
  %2707 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2705, <16 x float> %2687, <16 x float> %acc69.02257)
  %2708 = or disjoint i64 %p11.addr.02268, 96
  %2709 = getelementptr inbounds float, ptr %OY, i64 %2708
  %2710 = load float, ptr %2709, align 4
  %2711 = insertelement <16 x float> poison, float %2710, i64 0
  %2712 = shufflevector <16 x float> %2711, <16 x float> poison, <16 x i32> zeroinitializer
  %2713 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2712, <16 x float> %2684, <16 x float> %acc70.02258)
  %2714 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2712, <16 x float> %2687, <16 x float> %acc71.02259)
  %2715 = or disjoint i64 %p11.addr.02268, 128
  %2716 = getelementptr inbounds float, ptr %OY, i64 %2715
  %2717 = load float, ptr %2716, align 4
  %2718 = insertelement <16 x float> poison, float %2717, i64 0
  %2719 = shufflevector <16 x float> %2718, <16 x float> poison, <16 x i32> zeroinitializer
  %2720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2719, <16 x float> %2684, <16 x float> %acc72.02260)
  %2721 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2719, <16 x float> %2687, <16 x float> %acc73.02261)
  %2722 = or disjoint i64 %p11.addr.02268, 160
  %2723 = getelementptr inbounds float, ptr %OY, i64 %2722
  %2724 = load float, ptr %2723, align 4
  %2725 = insertelement <16 x float> poison, float %2724, i64 0
  %2726 = shufflevector <16 x float> %2725, <16 x float> poison, <16 x i32> zeroinitializer
  %2727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2726, <16 x float> %2684, <16 x float> %acc74.02262)
  %2728 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2726, <16 x float> %2687, <16 x float> %acc75.02263)
  %2729 = or disjoint i64 %p11.addr.02268, 192
  %2730 = getelementptr inbounds float, ptr %OY, i64 %2729
  %2731 = load float, ptr %2730, align 4
  %2732 = insertelement <16 x float> poison, float %2731, i64 0
  %2733 = shufflevector <16 x float> %2732, <16 x float> poison, <16 x i32> zeroinitializer
  %2734 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2733, <16 x float> %2684, <16 x float> %acc76.02264)
  %2735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2733, <16 x float> %2687, <16 x float> %acc77.02265)
  %2736 = or disjoint i64 %p11.addr.02268, 224
  %2737 = getelementptr inbounds float, ptr %OY, i64 %2736
  %2738 = load float, ptr %2737, align 4
  %2739 = insertelement <16 x float> poison, float %2738, i64 0
  %2740 = shufflevector <16 x float> %2739, <16 x float> poison, <16 x i32> zeroinitializer
  %2741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2740, <16 x float> %2684, <16 x float> %acc78.02266)
  %2742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2740, <16 x float> %2687, <16 x float> %acc79.02267)
  %p11.next = add nuw nsw i64 %p11.addr.02268, 1
  %exitcond2668.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond2668.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2692, ptr %dQc, align 4
  store <16 x float> %2693, ptr %4, align 4
  store <16 x float> %2699, ptr %5, align 4
  store <16 x float> %2700, ptr %6, align 4
  store <16 x float> %2706, ptr %7, align 4
  store <16 x float> %2707, ptr %8, align 4
  store <16 x float> %2713, ptr %9, align 4
  store <16 x float> %2714, ptr %10, align 4
  store <16 x float> %2720, ptr %11, align 4
  store <16 x float> %2721, ptr %12, align 4
  store <16 x float> %2727, ptr %13, align 4
  store <16 x float> %2728, ptr %14, align 4
  store <16 x float> %2734, ptr %15, align 4
  store <16 x float> %2735, ptr %16, align 4
  store <16 x float> %2741, ptr %17, align 4
  store <16 x float> %2742, ptr %18, align 4
  br label %p12.body

p12.body:                                         ; preds = %p11.exit, %p12.body
  %p12.addr.02285 = phi i64 [ 0, %p11.exit ], [ %p12.next, %p12.body ]
  %acc95.02284 = phi <16 x float> [ %2742, %p11.exit ], [ %2796, %p12.body ]
  %acc94.02283 = phi <16 x float> [ %2741, %p11.exit ], [ %2795, %p12.body ]
  %acc93.02282 = phi <16 x float> [ %2735, %p11.exit ], [ %2790, %p12.body ]
  %acc92.02281 = phi <16 x float> [ %2734, %p11.exit ], [ %2789, %p12.body ]
  %acc91.02280 = phi <16 x float> [ %2728, %p11.exit ], [ %2784, %p12.body ]
  %acc90.02279 = phi <16 x float> [ %2727, %p11.exit ], [ %2783, %p12.body ]
  %acc89.02278 = phi <16 x float> [ %2721, %p11.exit ], [ %2778, %p12.body ]
  %acc88.02277 = phi <16 x float> [ %2720, %p11.exit ], [ %2777, %p12.body ]
  %acc87.02276 = phi <16 x float> [ %2714, %p11.exit ], [ %2772, %p12.body ]
  %acc86.02275 = phi <16 x float> [ %2713, %p11.exit ], [ %2771, %p12.body ]
  %acc85.02274 = phi <16 x float> [ %2707, %p11.exit ], [ %2766, %p12.body ]
  %acc84.02273 = phi <16 x float> [ %2706, %p11.exit ], [ %2765, %p12.body ]
  %acc83.02272 = phi <16 x float> [ %2700, %p11.exit ], [ %2760, %p12.body ]
  %acc82.02271 = phi <16 x float> [ %2699, %p11.exit ], [ %2759, %p12.body ]
  %acc81.02270 = phi <16 x float> [ %2693, %p11.exit ], [ %2754, %p12.body ]
  %acc80.02269 = phi <16 x float> [ %2692, %p11.exit ], [ %2753, %p12.body ]
  %.idx2107 = shl nuw nsw i64 %p12.addr.02285, 7
  %2743 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2107
  %2744 = getelementptr inbounds i8, ptr %2743, i64 9216
  %2745 = load <16 x float>, ptr %2744, align 4
  %2746 = getelementptr inbounds i8, ptr %2743, i64 9280
  %2747 = load <16 x float>, ptr %2746, align 4
  %.idx2108 = mul nuw nsw i64 %p12.addr.02285, 416
  %2748 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2108
  %2749 = getelementptr inbounds i8, ptr %2748, i64 256
  %2750 = load float, ptr %2749, align 4
  %2751 = insertelement <16 x float> poison, float %2750, i64 0
  %2752 = shufflevector <16 x float> %2751, <16 x float> poison, <16 x i32> zeroinitializer
  %2753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2752, <16 x float> %2745, <16 x float> %acc80.02269)
  %2754 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2752, <16 x float> %2747, <16 x float> %acc81.02270)
  %2755 = getelementptr inbounds i8, ptr %2748, i64 260
  %2756 = load float, ptr %2755, align 4
  %2757 = insertelement <16 x float> poison, float %2756, i64 0
  %2758 = shufflevector <16 x float> %2757, <16 x float> poison, <16 x i32> zeroinitializer
  %2759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2758, <16 x float> %2745, <16 x float> %acc82.02271)
  %2760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2758, <16 x float> %2747, <16 x float> %acc83.02272)
  %2761 = getelementptr inbounds i8, ptr %2748, i64 264
  %2762 = load float, ptr %2761, align 4
  %2763 = insertelement <16 x float> poison, float %2762, i64 0
  %2764 = shufflevector <16 x float> %2763, <16 x float> poison, <16 x i32> zeroinitializer
  %2765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2764, <16 x float> %2745, <16 x float> %acc84.02273)
  %2766 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2764, <16 x float> %2747, <16 x float> %acc85.02274)
  %2767 = getelementptr inbounds i8, ptr %2748, i64 268
  %2768 = load float, ptr %2767, align 4
  %2769 = insertelement <16 x float> poison, float %2768, i64 0
  %2770 = shufflevector <16 x float> %2769, <16 x float> poison, <16 x i32> zeroinitializer
  %2771 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2770, <16 x float> %2745, <16 x float> %acc86.02275)
  %2772 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2770, <16 x float> %2747, <16 x float> %acc87.02276)
  %2773 = getelementptr inbounds i8, ptr %2748, i64 272
  %2774 = load float, ptr %2773, align 4
  %2775 = insertelement <16 x float> poison, float %2774, i64 0
  %2776 = shufflevector <16 x float> %2775, <16 x float> poison, <16 x i32> zeroinitializer
  %2777 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2776, <16 x float> %2745, <16 x float> %acc88.02277)
  %2778 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2776, <16 x float> %2747, <16 x float> %acc89.02278)
  %2779 = getelementptr inbounds i8, ptr %2748, i64 276
  %2780 = load float, ptr %2779, align 4
  %2781 = insertelement <16 x float> poison, float %2780, i64 0
  %2782 = shufflevector <16 x float> %2781, <16 x float> poison, <16 x i32> zeroinitializer
  %2783 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2782, <16 x float> %2745, <16 x float> %acc90.02279)
  %2784 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2782, <16 x float> %2747, <16 x float> %acc91.02280)
  %2785 = getelementptr inbounds i8, ptr %2748, i64 280
  %2786 = load float, ptr %2785, align 4
  %2787 = insertelement <16 x float> poison, float %2786, i64 0
  %2788 = shufflevector <16 x float> %2787, <16 x float> poison, <16 x i32> zeroinitializer
  %2789 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2788, <16 x float> %2745, <16 x float> %acc92.02281)
  %2790 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2788, <16 x float> %2747, <16 x float> %acc93.02282)
  %2791 = getelementptr inbounds i8, ptr %2748, i64 284
  %2792 = load float, ptr %2791, align 4
  %2793 = insertelement <16 x float> poison, float %2792, i64 0
  %2794 = shufflevector <16 x float> %2793, <16 x float> poison, <16 x i32> zeroinitializer
  %2795 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2794, <16 x float> %2745, <16 x float> %acc94.02283)
  %2796 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2794, <16 x float> %2747, <16 x float> %acc95.02284)
  %p12.next = add nuw nsw i64 %p12.addr.02285, 1
  %exitcond2669.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond2669.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %2753, ptr %dQc, align 4
  store <16 x float> %2754, ptr %4, align 4
  store <16 x float> %2759, ptr %5, align 4
  store <16 x float> %2760, ptr %6, align 4
  store <16 x float> %2765, ptr %7, align 4
  store <16 x float> %2766, ptr %8, align 4
  store <16 x float> %2771, ptr %9, align 4
  store <16 x float> %2772, ptr %10, align 4
  store <16 x float> %2777, ptr %11, align 4
  store <16 x float> %2778, ptr %12, align 4
  store <16 x float> %2783, ptr %13, align 4
  store <16 x float> %2784, ptr %14, align 4
  store <16 x float> %2789, ptr %15, align 4
  store <16 x float> %2790, ptr %16, align 4
  store <16 x float> %2795, ptr %17, align 4
  store <16 x float> %2796, ptr %18, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dbet, i8 0, i64 128, i1 false)
  br label %ib1.body

ib1.body:                                         ; preds = %p12.exit, %j38.exit
  %ib1.addr.02304 = phi i64 [ %ib1.next, %j38.exit ], [ 0, %p12.exit ]
  %2797 = shl nuw nsw i64 %ib1.addr.02304, 2
  %i01 = sub nuw nsw i64 28, %2797
  %2798 = shl nuw nsw i64 %i01, 5
  %2799 = getelementptr inbounds float, ptr %OY, i64 %2798
  %2800 = getelementptr inbounds i8, ptr %2799, i64 1024
  %2801 = load <16 x float>, ptr %2800, align 4
  %2802 = getelementptr inbounds i8, ptr %2799, i64 1088
  %2803 = load <16 x float>, ptr %2802, align 4
  %2804 = sub nuw nsw i64 29, %2797
  %2805 = shl nuw nsw i64 %2804, 5
  %2806 = getelementptr inbounds float, ptr %OY, i64 %2805
  %2807 = getelementptr inbounds i8, ptr %2806, i64 1024
  %2808 = load <16 x float>, ptr %2807, align 4
  %2809 = getelementptr inbounds i8, ptr %2806, i64 1088
  %2810 = load <16 x float>, ptr %2809, align 4
  %2811 = sub nuw nsw i64 30, %2797
  %2812 = shl nuw nsw i64 %2811, 5
  %2813 = getelementptr inbounds float, ptr %OY, i64 %2812
  %2814 = getelementptr inbounds i8, ptr %2813, i64 1024
  %2815 = load <16 x float>, ptr %2814, align 4
  %2816 = getelementptr inbounds i8, ptr %2813, i64 1088
  %2817 = load <16 x float>, ptr %2816, align 4
  %2818 = sub nuw nsw i64 31, %2797
  %2819 = shl nuw nsw i64 %2818, 5
  %2820 = getelementptr inbounds float, ptr %OY, i64 %2819
  %2821 = getelementptr inbounds i8, ptr %2820, i64 1024
  %2822 = load <16 x float>, ptr %2821, align 4
  %2823 = getelementptr inbounds i8, ptr %2820, i64 1088
  %2824 = load <16 x float>, ptr %2823, align 4
  %.not2443 = icmp eq i64 %ib1.addr.02304, 0
  br i1 %.not2443, label %j38.exit, label %j38.body.preheader

j38.body.preheader:                               ; preds = %ib1.body
  %2825 = sub nuw nsw i64 32, %2797
  br label %j38.body

j38.body:                                         ; preds = %j38.body.preheader, %j38.body
  %j38.addr.02295 = phi i64 [ %j38.next, %j38.body ], [ %2825, %j38.body.preheader ]
  %acc103.02294 = phi <16 x float> [ %2863, %j38.body ], [ %2824, %j38.body.preheader ]
  %acc102.02293 = phi <16 x float> [ %2862, %j38.body ], [ %2822, %j38.body.preheader ]
  %acc101.02292 = phi <16 x float> [ %2855, %j38.body ], [ %2817, %j38.body.preheader ]
  %acc100.02291 = phi <16 x float> [ %2854, %j38.body ], [ %2815, %j38.body.preheader ]
  %acc99.02290 = phi <16 x float> [ %2847, %j38.body ], [ %2810, %j38.body.preheader ]
  %acc98.02289 = phi <16 x float> [ %2846, %j38.body ], [ %2808, %j38.body.preheader ]
  %acc97.02288 = phi <16 x float> [ %2839, %j38.body ], [ %2803, %j38.body.preheader ]
  %acc96.02287 = phi <16 x float> [ %2838, %j38.body ], [ %2801, %j38.body.preheader ]
  %2826 = shl nuw nsw i64 %j38.addr.02295, 5
  %2827 = getelementptr inbounds float, ptr %OY, i64 %2826
  %2828 = getelementptr inbounds i8, ptr %2827, i64 1024
  %2829 = load <16 x float>, ptr %2828, align 4
  %2830 = getelementptr inbounds i8, ptr %2827, i64 1088
  %2831 = load <16 x float>, ptr %2830, align 4
  %2832 = or disjoint i64 %2826, %i01
  %2833 = getelementptr inbounds float, ptr %Gm, i64 %2832
  %2834 = load float, ptr %2833, align 4
  %2835 = fneg float %2834
  %2836 = insertelement <16 x float> poison, float %2835, i64 0
  %2837 = shufflevector <16 x float> %2836, <16 x float> poison, <16 x i32> zeroinitializer
  %2838 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2837, <16 x float> %2829, <16 x float> %acc96.02287)
  %2839 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2837, <16 x float> %2831, <16 x float> %acc97.02288)
  %2840 = or disjoint i64 %2826, %2804
  %2841 = getelementptr inbounds float, ptr %Gm, i64 %2840
  %2842 = load float, ptr %2841, align 4
  %2843 = fneg float %2842
  %2844 = insertelement <16 x float> poison, float %2843, i64 0
  %2845 = shufflevector <16 x float> %2844, <16 x float> poison, <16 x i32> zeroinitializer
  %2846 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2845, <16 x float> %2829, <16 x float> %acc98.02289)
  %2847 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2845, <16 x float> %2831, <16 x float> %acc99.02290)
  %2848 = or disjoint i64 %2826, %2811
  %2849 = getelementptr inbounds float, ptr %Gm, i64 %2848
  %2850 = load float, ptr %2849, align 4
  %2851 = fneg float %2850
  %2852 = insertelement <16 x float> poison, float %2851, i64 0
  %2853 = shufflevector <16 x float> %2852, <16 x float> poison, <16 x i32> zeroinitializer
  %2854 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2853, <16 x float> %2829, <16 x float> %acc100.02291)
  %2855 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2853, <16 x float> %2831, <16 x float> %acc101.02292)
  %2856 = or disjoint i64 %2826, %2818
  %2857 = getelementptr inbounds float, ptr %Gm, i64 %2856
  %2858 = load float, ptr %2857, align 4
  %2859 = fneg float %2858
  %2860 = insertelement <16 x float> poison, float %2859, i64 0
  %2861 = shufflevector <16 x float> %2860, <16 x float> poison, <16 x i32> zeroinitializer
  %2862 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2861, <16 x float> %2829, <16 x float> %acc102.02293)
  %2863 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2861, <16 x float> %2831, <16 x float> %acc103.02294)
  %j38.next = add nuw nsw i64 %j38.addr.02295, 1
  %2864 = icmp ult i64 %j38.addr.02295, 31
  br i1 %2864, label %j38.body, label %j38.exit

j38.exit:                                         ; preds = %j38.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2801, %ib1.body ], [ %2838, %j38.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2803, %ib1.body ], [ %2839, %j38.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2808, %ib1.body ], [ %2846, %j38.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2810, %ib1.body ], [ %2847, %j38.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2815, %ib1.body ], [ %2854, %j38.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2817, %ib1.body ], [ %2855, %j38.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2822, %ib1.body ], [ %2862, %j38.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2824, %ib1.body ], [ %2863, %j38.body ]
  %2865 = getelementptr inbounds float, ptr %Rr, i64 %2819
  %2866 = load <16 x float>, ptr %2865, align 4
  %2867 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2866, <16 x float> zeroinitializer)
  %2868 = or disjoint i64 %2819, 16
  %2869 = getelementptr inbounds float, ptr %Rr, i64 %2868
  %2870 = load <16 x float>, ptr %2869, align 4
  %2871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2870, <16 x float> %2867)
  %2872 = shufflevector <16 x float> %2871, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2873 = shufflevector <16 x float> %2871, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2874 = fadd <8 x float> %2872, %2873
  %2875 = shufflevector <8 x float> %2874, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2876 = shufflevector <8 x float> %2874, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2877 = fadd <4 x float> %2875, %2876
  %2878 = shufflevector <4 x float> %2877, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2879 = shufflevector <4 x float> %2877, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2880 = fadd <2 x float> %2878, %2879
  %2881 = shufflevector <2 x float> %2880, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2882 = shufflevector <2 x float> %2880, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2883 = getelementptr inbounds float, ptr %bet, i64 %2818
  %2884 = load float, ptr %2883, align 4
  %2885 = insertelement <16 x float> poison, float %2884, i64 0
  %2886 = shufflevector <16 x float> %2885, <16 x float> poison, <16 x i32> zeroinitializer
  %2887 = fmul <16 x float> %acc102.0.lcssa, %2886
  store <16 x float> %2887, ptr %2821, align 4
  %2888 = fneg <16 x float> %2887
  %.idx2103 = mul nuw nsw i64 %2818, 416
  %2889 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2103
  %2890 = getelementptr inbounds i8, ptr %2889, i64 128
  store <16 x float> %2888, ptr %2890, align 4
  %2891 = fmul <16 x float> %acc103.0.lcssa, %2886
  store <16 x float> %2891, ptr %2823, align 4
  %2892 = fneg <16 x float> %2891
  %2893 = getelementptr inbounds i8, ptr %2889, i64 192
  store <16 x float> %2892, ptr %2893, align 4
  %2894 = or disjoint i64 %2819, %2811
  %2895 = getelementptr inbounds float, ptr %Gm, i64 %2894
  %2896 = load float, ptr %2895, align 4
  %2897 = fneg float %2896
  %2898 = insertelement <16 x float> poison, float %2897, i64 0
  %2899 = shufflevector <16 x float> %2898, <16 x float> poison, <16 x i32> zeroinitializer
  %2900 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2899, <16 x float> %2887, <16 x float> %acc100.0.lcssa)
  %2901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2899, <16 x float> %2891, <16 x float> %acc101.0.lcssa)
  %2902 = getelementptr inbounds float, ptr %Rr, i64 %2812
  %2903 = load <16 x float>, ptr %2902, align 4
  %2904 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2900, <16 x float> %2903, <16 x float> zeroinitializer)
  %2905 = or disjoint i64 %2812, 16
  %2906 = getelementptr inbounds float, ptr %Rr, i64 %2905
  %2907 = load <16 x float>, ptr %2906, align 4
  %2908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2901, <16 x float> %2907, <16 x float> %2904)
  %2909 = shufflevector <16 x float> %2908, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2910 = shufflevector <16 x float> %2908, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2911 = fadd <8 x float> %2909, %2910
  %2912 = shufflevector <8 x float> %2911, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2913 = shufflevector <8 x float> %2911, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2914 = fadd <4 x float> %2912, %2913
  %2915 = shufflevector <4 x float> %2914, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2916 = shufflevector <4 x float> %2914, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2917 = fadd <2 x float> %2915, %2916
  %2918 = shufflevector <2 x float> %2917, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2919 = shufflevector <2 x float> %2917, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2920 = getelementptr inbounds float, ptr %bet, i64 %2811
  %2921 = load float, ptr %2920, align 4
  %2922 = insertelement <16 x float> poison, float %2921, i64 0
  %2923 = shufflevector <16 x float> %2922, <16 x float> poison, <16 x i32> zeroinitializer
  %2924 = fmul <16 x float> %2900, %2923
  store <16 x float> %2924, ptr %2814, align 4
  %2925 = fneg <16 x float> %2924
  %.idx2104 = mul nuw nsw i64 %2811, 416
  %2926 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2104
  %2927 = getelementptr inbounds i8, ptr %2926, i64 128
  store <16 x float> %2925, ptr %2927, align 4
  %2928 = fmul <16 x float> %2901, %2923
  store <16 x float> %2928, ptr %2816, align 4
  %2929 = fneg <16 x float> %2928
  %2930 = getelementptr inbounds i8, ptr %2926, i64 192
  store <16 x float> %2929, ptr %2930, align 4
  %2931 = or disjoint i64 %2812, %2804
  %2932 = getelementptr inbounds float, ptr %Gm, i64 %2931
  %2933 = load float, ptr %2932, align 4
  %2934 = fneg float %2933
  %2935 = insertelement <16 x float> poison, float %2934, i64 0
  %2936 = shufflevector <16 x float> %2935, <16 x float> poison, <16 x i32> zeroinitializer
  %2937 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2936, <16 x float> %2924, <16 x float> %acc98.0.lcssa)
  %2938 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2936, <16 x float> %2928, <16 x float> %acc99.0.lcssa)
  %2939 = or disjoint i64 %2819, %2804
  %2940 = getelementptr inbounds float, ptr %Gm, i64 %2939
  %2941 = load float, ptr %2940, align 4
  %2942 = fneg float %2941
  %2943 = insertelement <16 x float> poison, float %2942, i64 0
  %2944 = shufflevector <16 x float> %2943, <16 x float> poison, <16 x i32> zeroinitializer
  %2945 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2944, <16 x float> %2887, <16 x float> %2937)
  %2946 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2944, <16 x float> %2891, <16 x float> %2938)
  %2947 = getelementptr inbounds float, ptr %Rr, i64 %2805
  %2948 = load <16 x float>, ptr %2947, align 4
  %2949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2945, <16 x float> %2948, <16 x float> zeroinitializer)
  %2950 = or disjoint i64 %2805, 16
  %2951 = getelementptr inbounds float, ptr %Rr, i64 %2950
  %2952 = load <16 x float>, ptr %2951, align 4
  %2953 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2946, <16 x float> %2952, <16 x float> %2949)
  %2954 = shufflevector <16 x float> %2953, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2955 = shufflevector <16 x float> %2953, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2956 = fadd <8 x float> %2954, %2955
  %2957 = shufflevector <8 x float> %2956, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2958 = shufflevector <8 x float> %2956, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2959 = fadd <4 x float> %2957, %2958
  %2960 = shufflevector <4 x float> %2959, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2961 = shufflevector <4 x float> %2959, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2962 = fadd <2 x float> %2960, %2961
  %2963 = getelementptr inbounds float, ptr %bet, i64 %2804
  %2964 = load float, ptr %2963, align 4
  %2965 = insertelement <16 x float> poison, float %2964, i64 0
  %2966 = shufflevector <16 x float> %2965, <16 x float> poison, <16 x i32> zeroinitializer
  %2967 = fmul <16 x float> %2945, %2966
  store <16 x float> %2967, ptr %2807, align 4
  %2968 = fneg <16 x float> %2967
  %.idx2105 = mul nuw nsw i64 %2804, 416
  %2969 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2105
  %2970 = getelementptr inbounds i8, ptr %2969, i64 128
  store <16 x float> %2968, ptr %2970, align 4
  %2971 = fmul <16 x float> %2946, %2966
  store <16 x float> %2971, ptr %2809, align 4
  %2972 = fneg <16 x float> %2971
  %2973 = getelementptr inbounds i8, ptr %2969, i64 192
  store <16 x float> %2972, ptr %2973, align 4
  %2974 = or disjoint i64 %2805, %i01
  %2975 = getelementptr inbounds float, ptr %Gm, i64 %2974
  %2976 = load float, ptr %2975, align 4
  %2977 = fneg float %2976
  %2978 = insertelement <16 x float> poison, float %2977, i64 0
  %2979 = shufflevector <16 x float> %2978, <16 x float> poison, <16 x i32> zeroinitializer
  %2980 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2979, <16 x float> %2967, <16 x float> %acc96.0.lcssa)
  %2981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2979, <16 x float> %2971, <16 x float> %acc97.0.lcssa)
  %2982 = or disjoint i64 %2812, %i01
  %2983 = getelementptr inbounds float, ptr %Gm, i64 %2982
  %2984 = load float, ptr %2983, align 4
  %2985 = fneg float %2984
  %2986 = insertelement <16 x float> poison, float %2985, i64 0
  %2987 = shufflevector <16 x float> %2986, <16 x float> poison, <16 x i32> zeroinitializer
  %2988 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2987, <16 x float> %2924, <16 x float> %2980)
  %2989 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2987, <16 x float> %2928, <16 x float> %2981)
  %2990 = or disjoint i64 %2819, %i01
  %2991 = getelementptr inbounds float, ptr %Gm, i64 %2990
  %2992 = load float, ptr %2991, align 4
  %2993 = fneg float %2992
  %2994 = insertelement <16 x float> poison, float %2993, i64 0
  %2995 = shufflevector <16 x float> %2994, <16 x float> poison, <16 x i32> zeroinitializer
  %2996 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2995, <16 x float> %2887, <16 x float> %2988)
  %2997 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2995, <16 x float> %2891, <16 x float> %2989)
  %2998 = getelementptr inbounds float, ptr %Rr, i64 %2798
  %2999 = load <16 x float>, ptr %2998, align 4
  %3000 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2996, <16 x float> %2999, <16 x float> zeroinitializer)
  %3001 = or disjoint i64 %2798, 16
  %3002 = getelementptr inbounds float, ptr %Rr, i64 %3001
  %3003 = load <16 x float>, ptr %3002, align 4
  %3004 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2997, <16 x float> %3003, <16 x float> %3000)
  %3005 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %3006 = shufflevector <16 x float> %3004, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3007 = shufflevector <16 x float> %3004, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3008 = fadd <8 x float> %3006, %3007
  %3009 = shufflevector <8 x float> %3008, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3010 = shufflevector <8 x float> %3008, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3011 = fadd <4 x float> %3009, %3010
  %3012 = shufflevector <4 x float> %3011, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3013 = shufflevector <4 x float> %3011, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3014 = fadd <2 x float> %3012, %3013
  %3015 = load <4 x float>, ptr %3005, align 4
  %3016 = shufflevector <2 x float> %3014, <2 x float> %2962, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %3017 = shufflevector <4 x float> %3016, <4 x float> %2919, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %3018 = shufflevector <4 x float> %3017, <4 x float> %2882, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %3019 = shufflevector <2 x float> %3014, <2 x float> %2962, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %3020 = shufflevector <4 x float> %3019, <4 x float> %2918, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %3021 = shufflevector <4 x float> %3020, <4 x float> %2881, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %3022 = fadd <4 x float> %3018, %3021
  %3023 = fadd <4 x float> %3015, %3022
  store <4 x float> %3023, ptr %3005, align 4
  %3024 = getelementptr inbounds float, ptr %bet, i64 %i01
  %3025 = load float, ptr %3024, align 4
  %3026 = insertelement <16 x float> poison, float %3025, i64 0
  %3027 = shufflevector <16 x float> %3026, <16 x float> poison, <16 x i32> zeroinitializer
  %3028 = fmul <16 x float> %2996, %3027
  store <16 x float> %3028, ptr %2800, align 4
  %3029 = fneg <16 x float> %3028
  %.idx2106 = mul nuw nsw i64 %i01, 416
  %3030 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2106
  %3031 = getelementptr inbounds i8, ptr %3030, i64 128
  store <16 x float> %3029, ptr %3031, align 4
  %3032 = fmul <16 x float> %2997, %3027
  store <16 x float> %3032, ptr %2802, align 4
  %3033 = fneg <16 x float> %3032
  %3034 = getelementptr inbounds i8, ptr %3030, i64 192
  store <16 x float> %3033, ptr %3034, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02304, 1
  %exitcond2670.not = icmp eq i64 %ib1.next, 8
  br i1 %exitcond2670.not, label %i60.body, label %ib1.body

i60.body:                                         ; preds = %j38.exit, %p13.exit
  %i60.addr.02322 = phi i64 [ %i60.next, %p13.exit ], [ 0, %j38.exit ]
  %3035 = shl nuw nsw i64 %i60.addr.02322, 6
  %3036 = or disjoint i64 %3035, 32
  %3037 = getelementptr inbounds float, ptr %work, i64 %3036
  %3038 = load <16 x float>, ptr %3037, align 4
  %3039 = or disjoint i64 %3035, 48
  %3040 = getelementptr inbounds float, ptr %work, i64 %3039
  %3041 = load <16 x float>, ptr %3040, align 4
  %3042 = or disjoint i64 %i60.addr.02322, 1
  %3043 = shl nuw nsw i64 %3042, 6
  %3044 = or disjoint i64 %3043, 32
  %3045 = getelementptr inbounds float, ptr %work, i64 %3044
  %3046 = load <16 x float>, ptr %3045, align 4
  %3047 = or disjoint i64 %3043, 48
  %3048 = getelementptr inbounds float, ptr %work, i64 %3047
  %3049 = load <16 x float>, ptr %3048, align 4
  %3050 = or disjoint i64 %i60.addr.02322, 2
  %3051 = shl nuw nsw i64 %3050, 6
  %3052 = or disjoint i64 %3051, 32
  %3053 = getelementptr inbounds float, ptr %work, i64 %3052
  %3054 = load <16 x float>, ptr %3053, align 4
  %3055 = or disjoint i64 %3051, 48
  %3056 = getelementptr inbounds float, ptr %work, i64 %3055
  %3057 = load <16 x float>, ptr %3056, align 4
  %3058 = or disjoint i64 %i60.addr.02322, 3
  %3059 = shl nuw nsw i64 %3058, 6
  %3060 = or disjoint i64 %3059, 32
  %3061 = getelementptr inbounds float, ptr %work, i64 %3060
  %3062 = load <16 x float>, ptr %3061, align 4
  %3063 = or disjoint i64 %3059, 48
  %3064 = getelementptr inbounds float, ptr %work, i64 %3063
  %3065 = load <16 x float>, ptr %3064, align 4
  %3066 = or disjoint i64 %i60.addr.02322, 4
  %3067 = shl nuw nsw i64 %3066, 6
  %3068 = or disjoint i64 %3067, 32
  %3069 = getelementptr inbounds float, ptr %work, i64 %3068
  %3070 = load <16 x float>, ptr %3069, align 4
  %3071 = or disjoint i64 %3067, 48
  %3072 = getelementptr inbounds float, ptr %work, i64 %3071
  %3073 = load <16 x float>, ptr %3072, align 4
  %3074 = or disjoint i64 %i60.addr.02322, 5
  %3075 = shl nuw nsw i64 %3074, 6
  %3076 = or disjoint i64 %3075, 32
  %3077 = getelementptr inbounds float, ptr %work, i64 %3076
  %3078 = load <16 x float>, ptr %3077, align 4
  %3079 = or disjoint i64 %3075, 48
  %3080 = getelementptr inbounds float, ptr %work, i64 %3079
  %3081 = load <16 x float>, ptr %3080, align 4
  %3082 = or disjoint i64 %i60.addr.02322, 6
  %3083 = shl nuw nsw i64 %3082, 6
  %3084 = or disjoint i64 %3083, 32
  %3085 = getelementptr inbounds float, ptr %work, i64 %3084
  %3086 = load <16 x float>, ptr %3085, align 4
  %3087 = or disjoint i64 %3083, 48
  %3088 = getelementptr inbounds float, ptr %work, i64 %3087
  %3089 = load <16 x float>, ptr %3088, align 4
  %3090 = or disjoint i64 %i60.addr.02322, 7
  %3091 = shl nuw nsw i64 %3090, 6
  %3092 = or disjoint i64 %3091, 32
  %3093 = getelementptr inbounds float, ptr %work, i64 %3092
  %3094 = load <16 x float>, ptr %3093, align 4
  %3095 = or disjoint i64 %3091, 48
  %3096 = getelementptr inbounds float, ptr %work, i64 %3095
  %3097 = load <16 x float>, ptr %3096, align 4
  br label %p13.body

p13.body:                                         ; preds = %i60.body, %p13.body
  %p13.addr.02321 = phi i64 [ 0, %i60.body ], [ %p13.next, %p13.body ]
  %acc119.02320 = phi <16 x float> [ %3097, %i60.body ], [ %3159, %p13.body ]
  %acc118.02319 = phi <16 x float> [ %3094, %i60.body ], [ %3158, %p13.body ]
  %acc117.02318 = phi <16 x float> [ %3089, %i60.body ], [ %3152, %p13.body ]
  %acc116.02317 = phi <16 x float> [ %3086, %i60.body ], [ %3151, %p13.body ]
  %acc115.02316 = phi <16 x float> [ %3081, %i60.body ], [ %3145, %p13.body ]
  %acc114.02315 = phi <16 x float> [ %3078, %i60.body ], [ %3144, %p13.body ]
  %acc113.02314 = phi <16 x float> [ %3073, %i60.body ], [ %3138, %p13.body ]
  %acc112.02313 = phi <16 x float> [ %3070, %i60.body ], [ %3137, %p13.body ]
  %acc111.02312 = phi <16 x float> [ %3065, %i60.body ], [ %3131, %p13.body ]
  %acc110.02311 = phi <16 x float> [ %3062, %i60.body ], [ %3130, %p13.body ]
  %acc109.02310 = phi <16 x float> [ %3057, %i60.body ], [ %3124, %p13.body ]
  %acc108.02309 = phi <16 x float> [ %3054, %i60.body ], [ %3123, %p13.body ]
  %acc107.02308 = phi <16 x float> [ %3049, %i60.body ], [ %3117, %p13.body ]
  %acc106.02307 = phi <16 x float> [ %3046, %i60.body ], [ %3116, %p13.body ]
  %acc105.02306 = phi <16 x float> [ %3041, %i60.body ], [ %3110, %p13.body ]
  %acc104.02305 = phi <16 x float> [ %3038, %i60.body ], [ %3109, %p13.body ]
  %3098 = shl nuw nsw i64 %p13.addr.02321, 5
  %3099 = getelementptr inbounds float, ptr %OY, i64 %3098
  %3100 = load <16 x float>, ptr %3099, align 4
  %3101 = or disjoint i64 %3098, 16
  %3102 = getelementptr inbounds float, ptr %OY, i64 %3101
  %3103 = load <16 x float>, ptr %3102, align 4
  %3104 = or disjoint i64 %3098, %i60.addr.02322
  %3105 = getelementptr inbounds float, ptr %QK, i64 %3104
  %3106 = load float, ptr %3105, align 4
  %3107 = insertelement <16 x float> poison, float %3106, i64 0
  %3108 = shufflevector <16 x float> %3107, <16 x float> poison, <16 x i32> zeroinitializer
  %3109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3108, <16 x float> %3100, <16 x float> %acc104.02305)
  %3110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3108, <16 x float> %3103, <16 x float> %acc105.02306)
  %3111 = or disjoint i64 %3098, %3042
  %3112 = getelementptr inbounds float, ptr %QK, i64 %3111
  %3113 = load float, ptr %3112, align 4
  %3114 = insertelement <16 x float> poison, float %3113, i64 0
  %3115 = shufflevector <16 x float> %3114, <16 x float> poison, <16 x i32> zeroinitializer
  %3116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3115, <16 x float> %3100, <16 x float> %acc106.02307)
  %3117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3115, <16 x float> %3103, <16 x float> %acc107.02308)
  %3118 = or disjoint i64 %3098, %3050
  %3119 = getelementptr inbounds float, ptr %QK, i64 %3118
  %3120 = load float, ptr %3119, align 4
  %3121 = insertelement <16 x float> poison, float %3120, i64 0
  %3122 = shufflevector <16 x float> %3121, <16 x float> poison, <16 x i32> zeroinitializer
  %3123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3100, <16 x float> %acc108.02309)
  %3124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3122, <16 x float> %3103, <16 x float> %acc109.02310)
  %3125 = or disjoint i64 %3098, %3058
  %3126 = getelementptr inbounds float, ptr %QK, i64 %3125
  %3127 = load float, ptr %3126, align 4
  %3128 = insertelement <16 x float> poison, float %3127, i64 0
  %3129 = shufflevector <16 x float> %3128, <16 x float> poison, <16 x i32> zeroinitializer
  %3130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3129, <16 x float> %3100, <16 x float> %acc110.02311)
  %3131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3129, <16 x float> %3103, <16 x float> %acc111.02312)
  %3132 = or disjoint i64 %3098, %3066
  %3133 = getelementptr inbounds float, ptr %QK, i64 %3132
  %3134 = load float, ptr %3133, align 4
  %3135 = insertelement <16 x float> poison, float %3134, i64 0
  %3136 = shufflevector <16 x float> %3135, <16 x float> poison, <16 x i32> zeroinitializer
  %3137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3136, <16 x float> %3100, <16 x float> %acc112.02313)
  %3138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3136, <16 x float> %3103, <16 x float> %acc113.02314)
  %3139 = or disjoint i64 %3098, %3074
  %3140 = getelementptr inbounds float, ptr %QK, i64 %3139
  %3141 = load float, ptr %3140, align 4
  %3142 = insertelement <16 x float> poison, float %3141, i64 0
  %3143 = shufflevector <16 x float> %3142, <16 x float> poison, <16 x i32> zeroinitializer
  %3144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3143, <16 x float> %3100, <16 x float> %acc114.02315)
  %3145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3143, <16 x float> %3103, <16 x float> %acc115.02316)
  %3146 = or disjoint i64 %3098, %3082
  %3147 = getelementptr inbounds float, ptr %QK, i64 %3146
  %3148 = load float, ptr %3147, align 4
  %3149 = insertelement <16 x float> poison, float %3148, i64 0
  %3150 = shufflevector <16 x float> %3149, <16 x float> poison, <16 x i32> zeroinitializer
  %3151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3150, <16 x float> %3100, <16 x float> %acc116.02317)
  %3152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3150, <16 x float> %3103, <16 x float> %acc117.02318)
  %3153 = or disjoint i64 %3098, %3090
  %3154 = getelementptr inbounds float, ptr %QK, i64 %3153
  %3155 = load float, ptr %3154, align 4
  %3156 = insertelement <16 x float> poison, float %3155, i64 0
  %3157 = shufflevector <16 x float> %3156, <16 x float> poison, <16 x i32> zeroinitializer
  %3158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3157, <16 x float> %3100, <16 x float> %acc118.02319)
  %3159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3157, <16 x float> %3103, <16 x float> %acc119.02320)
  %p13.next = add nuw nsw i64 %p13.addr.02321, 1
  %exitcond2671.not = icmp eq i64 %p13.next, 40
  br i1 %exitcond2671.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  store <16 x float> %3109, ptr %3037, align 4
  store <16 x float> %3110, ptr %3040, align 4
  store <16 x float> %3116, ptr %3045, align 4
  store <16 x float> %3117, ptr %3048, align 4
  store <16 x float> %3123, ptr %3053, align 4
  store <16 x float> %3124, ptr %3056, align 4
  store <16 x float> %3130, ptr %3061, align 4
  store <16 x float> %3131, ptr %3064, align 4
  store <16 x float> %3137, ptr %3069, align 4
  store <16 x float> %3138, ptr %3072, align 4
  store <16 x float> %3144, ptr %3077, align 4
  store <16 x float> %3145, ptr %3080, align 4
  store <16 x float> %3151, ptr %3085, align 4
  store <16 x float> %3152, ptr %3088, align 4
  store <16 x float> %3158, ptr %3093, align 4
  store <16 x float> %3159, ptr %3096, align 4
  %i60.next = add nuw nsw i64 %i60.addr.02322, 8
  %3160 = icmp ult i64 %i60.addr.02322, 24
  br i1 %3160, label %i60.body, label %i61.body

i61.head.loopexit:                                ; preds = %p14.exit.1, %p14.exit
  %3161 = icmp ult i64 %i61.addr.02335, 24
  br i1 %3161, label %i61.body, label %t4.body

i61.body:                                         ; preds = %p13.exit, %i61.head.loopexit
  %i61.addr.02335 = phi i64 [ %3162, %i61.head.loopexit ], [ 0, %p13.exit ]
  %3162 = add nuw nsw i64 %i61.addr.02335, 8
  %.idx2070 = mul nuw nsw i64 %i61.addr.02335, 416
  %3163 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2070
  %3164 = getelementptr inbounds i8, ptr %3163, i64 288
  %3165 = getelementptr inbounds i8, ptr %3163, i64 704
  %3166 = getelementptr inbounds i8, ptr %3163, i64 1120
  %3167 = getelementptr inbounds i8, ptr %3163, i64 1536
  %3168 = getelementptr inbounds i8, ptr %3163, i64 1952
  %3169 = getelementptr inbounds i8, ptr %3163, i64 2368
  %3170 = getelementptr inbounds i8, ptr %3163, i64 2784
  %3171 = getelementptr inbounds i8, ptr %3163, i64 3200
  %.idx2712 = shl nsw i64 %i61.addr.02335, 7
  %invariant.gep2965 = getelementptr inbounds i8, ptr %OY, i64 %.idx2712
  br label %p14.body

p14.body:                                         ; preds = %i61.body, %p14.body
  %p14.addr.02333 = phi i64 [ 0, %i61.body ], [ %p14.next, %p14.body ]
  %acc127.02332 = phi <16 x float> [ zeroinitializer, %i61.body ], [ %3212, %p14.body ]
  %acc126.02331 = phi <16 x float> [ zeroinitializer, %i61.body ], [ %3207, %p14.body ]
  %acc125.02330 = phi <16 x float> [ zeroinitializer, %i61.body ], [ %3202, %p14.body ]
  %acc124.02329 = phi <16 x float> [ zeroinitializer, %i61.body ], [ %3197, %p14.body ]
  %acc123.02328 = phi <16 x float> [ zeroinitializer, %i61.body ], [ %3192, %p14.body ]
  %acc122.02327 = phi <16 x float> [ zeroinitializer, %i61.body ], [ %3187, %p14.body ]
  %acc121.02326 = phi <16 x float> [ zeroinitializer, %i61.body ], [ %3182, %p14.body ]
  %acc120.02325 = phi <16 x float> [ zeroinitializer, %i61.body ], [ %3177, %p14.body ]
  %.idx2078 = shl nuw nsw i64 %p14.addr.02333, 7
  %gep2324 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2078
  %3172 = load <16 x float>, ptr %gep2324, align 4
  %gep2966 = getelementptr inbounds float, ptr %invariant.gep2965, i64 %p14.addr.02333
  %3173 = getelementptr inbounds i8, ptr %gep2966, i64 1024
  %3174 = load float, ptr %3173, align 4
  %3175 = insertelement <16 x float> poison, float %3174, i64 0
  %3176 = shufflevector <16 x float> %3175, <16 x float> poison, <16 x i32> zeroinitializer
  %3177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3176, <16 x float> %3172, <16 x float> %acc120.02325)
  %3178 = getelementptr inbounds i8, ptr %gep2966, i64 1152
  %3179 = load float, ptr %3178, align 4
  %3180 = insertelement <16 x float> poison, float %3179, i64 0
  %3181 = shufflevector <16 x float> %3180, <16 x float> poison, <16 x i32> zeroinitializer
  %3182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3181, <16 x float> %3172, <16 x float> %acc121.02326)
  %3183 = getelementptr inbounds i8, ptr %gep2966, i64 1280
  %3184 = load float, ptr %3183, align 4
  %3185 = insertelement <16 x float> poison, float %3184, i64 0
  %3186 = shufflevector <16 x float> %3185, <16 x float> poison, <16 x i32> zeroinitializer
  %3187 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3186, <16 x float> %3172, <16 x float> %acc122.02327)
  %3188 = getelementptr inbounds i8, ptr %gep2966, i64 1408
  %3189 = load float, ptr %3188, align 4
  %3190 = insertelement <16 x float> poison, float %3189, i64 0
  %3191 = shufflevector <16 x float> %3190, <16 x float> poison, <16 x i32> zeroinitializer
  %3192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3191, <16 x float> %3172, <16 x float> %acc123.02328)
  %3193 = getelementptr inbounds i8, ptr %gep2966, i64 1536
  %3194 = load float, ptr %3193, align 4
  %3195 = insertelement <16 x float> poison, float %3194, i64 0
  %3196 = shufflevector <16 x float> %3195, <16 x float> poison, <16 x i32> zeroinitializer
  %3197 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3196, <16 x float> %3172, <16 x float> %acc124.02329)
  %3198 = getelementptr inbounds i8, ptr %gep2966, i64 1664
  %3199 = load float, ptr %3198, align 4
  %3200 = insertelement <16 x float> poison, float %3199, i64 0
  %3201 = shufflevector <16 x float> %3200, <16 x float> poison, <16 x i32> zeroinitializer
  %3202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3201, <16 x float> %3172, <16 x float> %acc125.02330)
  %3203 = getelementptr inbounds i8, ptr %gep2966, i64 1792
  %3204 = load float, ptr %3203, align 4
  %3205 = insertelement <16 x float> poison, float %3204, i64 0
  %3206 = shufflevector <16 x float> %3205, <16 x float> poison, <16 x i32> zeroinitializer
  %3207 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3206, <16 x float> %3172, <16 x float> %acc126.02331)
  %3208 = getelementptr inbounds i8, ptr %gep2966, i64 1920
  %3209 = load float, ptr %3208, align 4
  %3210 = insertelement <16 x float> poison, float %3209, i64 0
  %3211 = shufflevector <16 x float> %3210, <16 x float> poison, <16 x i32> zeroinitializer
  %3212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3211, <16 x float> %3172, <16 x float> %acc127.02332)
  %p14.next = add nuw nsw i64 %p14.addr.02333, 1
  %exitcond2672.not = icmp eq i64 %p14.next, 32
  br i1 %exitcond2672.not, label %p14.exit, label %p14.body

p14.exit:                                         ; preds = %p14.body
  store <16 x float> %3177, ptr %3164, align 4
  store <16 x float> %3182, ptr %3165, align 4
  store <16 x float> %3187, ptr %3166, align 4
  store <16 x float> %3192, ptr %3167, align 4
  store <16 x float> %3197, ptr %3168, align 4
  store <16 x float> %3202, ptr %3169, align 4
  store <16 x float> %3207, ptr %3170, align 4
  store <16 x float> %3212, ptr %3171, align 4
  %3213 = icmp ugt i64 %i61.addr.02335, 8
  br i1 %3213, label %p14.body.1, label %i61.head.loopexit

p14.body.1:                                       ; preds = %p14.exit, %p14.body.1
  %p14.addr.02333.1 = phi i64 [ %p14.next.1, %p14.body.1 ], [ 0, %p14.exit ]
  %acc127.02332.1 = phi <16 x float> [ %3254, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc126.02331.1 = phi <16 x float> [ %3249, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc125.02330.1 = phi <16 x float> [ %3244, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc124.02329.1 = phi <16 x float> [ %3239, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc123.02328.1 = phi <16 x float> [ %3234, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc122.02327.1 = phi <16 x float> [ %3229, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc121.02326.1 = phi <16 x float> [ %3224, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc120.02325.1 = phi <16 x float> [ %3219, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %.idx2078.1 = shl nuw nsw i64 %p14.addr.02333.1, 7
  %gep2324.1 = getelementptr inbounds i8, ptr %invariant.gep2323.1, i64 %.idx2078.1
  %3214 = load <16 x float>, ptr %gep2324.1, align 4
  %gep2966.1 = getelementptr inbounds float, ptr %invariant.gep2965, i64 %p14.addr.02333.1
  %3215 = getelementptr inbounds i8, ptr %gep2966.1, i64 1024
  %3216 = load float, ptr %3215, align 4
  %3217 = insertelement <16 x float> poison, float %3216, i64 0
  %3218 = shufflevector <16 x float> %3217, <16 x float> poison, <16 x i32> zeroinitializer
  %3219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3218, <16 x float> %3214, <16 x float> %acc120.02325.1)
  %3220 = getelementptr inbounds i8, ptr %gep2966.1, i64 1152
  %3221 = load float, ptr %3220, align 4
  %3222 = insertelement <16 x float> poison, float %3221, i64 0
  %3223 = shufflevector <16 x float> %3222, <16 x float> poison, <16 x i32> zeroinitializer
  %3224 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3223, <16 x float> %3214, <16 x float> %acc121.02326.1)
  %3225 = getelementptr inbounds i8, ptr %gep2966.1, i64 1280
  %3226 = load float, ptr %3225, align 4
  %3227 = insertelement <16 x float> poison, float %3226, i64 0
  %3228 = shufflevector <16 x float> %3227, <16 x float> poison, <16 x i32> zeroinitializer
  %3229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3228, <16 x float> %3214, <16 x float> %acc122.02327.1)
  %3230 = getelementptr inbounds i8, ptr %gep2966.1, i64 1408
  %3231 = load float, ptr %3230, align 4
  %3232 = insertelement <16 x float> poison, float %3231, i64 0
  %3233 = shufflevector <16 x float> %3232, <16 x float> poison, <16 x i32> zeroinitializer
  %3234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3233, <16 x float> %3214, <16 x float> %acc123.02328.1)
  %3235 = getelementptr inbounds i8, ptr %gep2966.1, i64 1536
  %3236 = load float, ptr %3235, align 4
  %3237 = insertelement <16 x float> poison, float %3236, i64 0
  %3238 = shufflevector <16 x float> %3237, <16 x float> poison, <16 x i32> zeroinitializer
  %3239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3238, <16 x float> %3214, <16 x float> %acc124.02329.1)
  %3240 = getelementptr inbounds i8, ptr %gep2966.1, i64 1664
  %3241 = load float, ptr %3240, align 4
  %3242 = insertelement <16 x float> poison, float %3241, i64 0
  %3243 = shufflevector <16 x float> %3242, <16 x float> poison, <16 x i32> zeroinitializer
  %3244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3243, <16 x float> %3214, <16 x float> %acc125.02330.1)
  %3245 = getelementptr inbounds i8, ptr %gep2966.1, i64 1792
  %3246 = load float, ptr %3245, align 4
  %3247 = insertelement <16 x float> poison, float %3246, i64 0
  %3248 = shufflevector <16 x float> %3247, <16 x float> poison, <16 x i32> zeroinitializer
  %3249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3248, <16 x float> %3214, <16 x float> %acc126.02331.1)
  %3250 = getelementptr inbounds i8, ptr %gep2966.1, i64 1920
  %3251 = load float, ptr %3250, align 4
  %3252 = insertelement <16 x float> poison, float %3251, i64 0
  %3253 = shufflevector <16 x float> %3252, <16 x float> poison, <16 x i32> zeroinitializer
  %3254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3253, <16 x float> %3214, <16 x float> %acc127.02332.1)
  %p14.next.1 = add nuw nsw i64 %p14.addr.02333.1, 1
  %exitcond2672.not.1 = icmp eq i64 %p14.next.1, 32
  br i1 %exitcond2672.not.1, label %p14.exit.1, label %p14.body.1

p14.exit.1:                                       ; preds = %p14.body.1
  %3255 = getelementptr inbounds i8, ptr %3163, i64 352
  store <16 x float> %3219, ptr %3255, align 4
  %3256 = getelementptr inbounds i8, ptr %3163, i64 768
  store <16 x float> %3224, ptr %3256, align 4
  %3257 = getelementptr inbounds i8, ptr %3163, i64 1184
  store <16 x float> %3229, ptr %3257, align 4
  %3258 = getelementptr inbounds i8, ptr %3163, i64 1600
  store <16 x float> %3234, ptr %3258, align 4
  %3259 = getelementptr inbounds i8, ptr %3163, i64 2016
  store <16 x float> %3239, ptr %3259, align 4
  %3260 = getelementptr inbounds i8, ptr %3163, i64 2432
  store <16 x float> %3244, ptr %3260, align 4
  %3261 = getelementptr inbounds i8, ptr %3163, i64 2848
  store <16 x float> %3249, ptr %3261, align 4
  %3262 = getelementptr inbounds i8, ptr %3163, i64 3264
  store <16 x float> %3254, ptr %3262, align 4
  br label %i61.head.loopexit

t4.body:                                          ; preds = %i61.head.loopexit, %j44.exit
  %indvars.iv2680 = phi i64 [ %indvars.iv.next2681, %j44.exit ], [ 2, %i61.head.loopexit ]
  %indvars.iv2677 = phi i64 [ %indvars.iv.next2678, %j44.exit ], [ 1, %i61.head.loopexit ]
  %t4.addr.02370 = phi i64 [ %t4.next, %j44.exit ], [ 0, %i61.head.loopexit ]
  %3263 = shl nuw nsw i64 %t4.addr.02370, 2
  %3264 = shl nuw nsw i64 %t4.addr.02370, 2
  %umax = tail call i64 @llvm.umax.i64(i64 %3264, i64 1)
  %i62 = shl nuw nsw i64 %t4.addr.02370, 2
  %invariant.gep2340 = getelementptr float, ptr %invariant.gep2336, i64 %i62
  %.not2444 = icmp eq i64 %t4.addr.02370, 0
  br i1 %.not2444, label %j41.exit, label %j41.body.lr.ph

j41.body.lr.ph:                                   ; preds = %t4.body
  %.idx2068 = mul nuw nsw i64 %t4.addr.02370, 1664
  %gep2337 = getelementptr inbounds i8, ptr %invariant.gep2336, i64 %.idx2068
  %xtraiter3400 = and i64 %umax, 5
  %3265 = icmp eq i64 %t4.addr.02370, 1
  br i1 %3265, label %j41.exit.loopexit.unr-lcssa, label %j41.body.lr.ph.new

j41.body.lr.ph.new:                               ; preds = %j41.body.lr.ph
  %unroll_iter3402 = and i64 %umax, 9223372036854775800
  br label %j41.body

j41.body:                                         ; preds = %j41.body, %j41.body.lr.ph.new
  %j41.addr.02342 = phi i64 [ 0, %j41.body.lr.ph.new ], [ %j41.next.7, %j41.body ]
  %niter3403 = phi i64 [ 0, %j41.body.lr.ph.new ], [ %niter3403.next.7, %j41.body ]
  %3266 = getelementptr inbounds float, ptr %gep2337, i64 %j41.addr.02342
  %3267 = load float, ptr %3266, align 4
  %3268 = fneg float %3267
  store float %3268, ptr %3266, align 4
  %.idx2069 = mul nuw nsw i64 %j41.addr.02342, 416
  %gep2341 = getelementptr i8, ptr %invariant.gep2340, i64 %.idx2069
  store float %3268, ptr %gep2341, align 4
  %j41.next = or disjoint i64 %j41.addr.02342, 1
  %3269 = getelementptr inbounds float, ptr %gep2337, i64 %j41.next
  %3270 = load float, ptr %3269, align 4
  %3271 = fneg float %3270
  store float %3271, ptr %3269, align 4
  %.idx2069.1 = mul nuw nsw i64 %j41.next, 416
  %gep2341.1 = getelementptr i8, ptr %invariant.gep2340, i64 %.idx2069.1
  store float %3271, ptr %gep2341.1, align 4
  %j41.next.1 = or disjoint i64 %j41.addr.02342, 2
  %3272 = getelementptr inbounds float, ptr %gep2337, i64 %j41.next.1
  %3273 = load float, ptr %3272, align 4
  %3274 = fneg float %3273
  store float %3274, ptr %3272, align 4
  %.idx2069.2 = mul nuw nsw i64 %j41.next.1, 416
  %gep2341.2 = getelementptr i8, ptr %invariant.gep2340, i64 %.idx2069.2
  store float %3274, ptr %gep2341.2, align 4
  %j41.next.2 = or disjoint i64 %j41.addr.02342, 3
  %3275 = getelementptr inbounds float, ptr %gep2337, i64 %j41.next.2
  %3276 = load float, ptr %3275, align 4
  %3277 = fneg float %3276
  store float %3277, ptr %3275, align 4
  %.idx2069.3 = mul nuw nsw i64 %j41.next.2, 416
  %gep2341.3 = getelementptr i8, ptr %invariant.gep2340, i64 %.idx2069.3
  store float %3277, ptr %gep2341.3, align 4
  %j41.next.3 = or disjoint i64 %j41.addr.02342, 4
  %3278 = getelementptr inbounds float, ptr %gep2337, i64 %j41.next.3
  %3279 = load float, ptr %3278, align 4
  %3280 = fneg float %3279
  store float %3280, ptr %3278, align 4
  %.idx2069.4 = mul nuw nsw i64 %j41.next.3, 416
  %gep2341.4 = getelementptr i8, ptr %invariant.gep2340, i64 %.idx2069.4
  store float %3280, ptr %gep2341.4, align 4
  %j41.next.4 = or disjoint i64 %j41.addr.02342, 5
  %3281 = getelementptr inbounds float, ptr %gep2337, i64 %j41.next.4
  %3282 = load float, ptr %3281, align 4
  %3283 = fneg float %3282
  store float %3283, ptr %3281, align 4
  %.idx2069.5 = mul nuw nsw i64 %j41.next.4, 416
  %gep2341.5 = getelementptr i8, ptr %invariant.gep2340, i64 %.idx2069.5
  store float %3283, ptr %gep2341.5, align 4
  %j41.next.5 = or disjoint i64 %j41.addr.02342, 6
  %3284 = getelementptr inbounds float, ptr %gep2337, i64 %j41.next.5
  %3285 = load float, ptr %3284, align 4
  %3286 = fneg float %3285
  store float %3286, ptr %3284, align 4
  %.idx2069.6 = mul nuw nsw i64 %j41.next.5, 416
  %gep2341.6 = getelementptr i8, ptr %invariant.gep2340, i64 %.idx2069.6
  store float %3286, ptr %gep2341.6, align 4
  %j41.next.6 = or disjoint i64 %j41.addr.02342, 7
  %3287 = getelementptr inbounds float, ptr %gep2337, i64 %j41.next.6
  %3288 = load float, ptr %3287, align 4
  %3289 = fneg float %3288
  store float %3289, ptr %3287, align 4
  %.idx2069.7 = mul nuw nsw i64 %j41.next.6, 416
  %gep2341.7 = getelementptr i8, ptr %invariant.gep2340, i64 %.idx2069.7
  store float %3289, ptr %gep2341.7, align 4
  %j41.next.7 = add nuw nsw i64 %j41.addr.02342, 8
  %niter3403.next.7 = add i64 %niter3403, 8
  %niter3403.ncmp.7 = icmp eq i64 %niter3403.next.7, %unroll_iter3402
  br i1 %niter3403.ncmp.7, label %j41.exit.loopexit.unr-lcssa, label %j41.body

j41.exit.loopexit.unr-lcssa:                      ; preds = %j41.body, %j41.body.lr.ph
  %j41.addr.02342.unr = phi i64 [ 0, %j41.body.lr.ph ], [ %j41.next.7, %j41.body ]
  %lcmp.mod3401.not = icmp eq i64 %xtraiter3400, 0
  br i1 %lcmp.mod3401.not, label %j41.exit, label %j41.body.epil

j41.body.epil:                                    ; preds = %j41.exit.loopexit.unr-lcssa, %j41.body.epil
  %j41.addr.02342.epil = phi i64 [ %j41.next.epil, %j41.body.epil ], [ %j41.addr.02342.unr, %j41.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j41.body.epil ], [ 0, %j41.exit.loopexit.unr-lcssa ]
  %3290 = getelementptr inbounds float, ptr %gep2337, i64 %j41.addr.02342.epil
  %3291 = load float, ptr %3290, align 4
  %3292 = fneg float %3291
  store float %3292, ptr %3290, align 4
  %.idx2069.epil = mul nuw nsw i64 %j41.addr.02342.epil, 416
  %gep2341.epil = getelementptr i8, ptr %invariant.gep2340, i64 %.idx2069.epil
  store float %3292, ptr %gep2341.epil, align 4
  %j41.next.epil = add nuw nsw i64 %j41.addr.02342.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3400
  br i1 %epil.iter.cmp.not, label %j41.exit, label %j41.body.epil, !llvm.loop !0

j41.exit:                                         ; preds = %j41.exit.loopexit.unr-lcssa, %j41.body.epil, %t4.body
  %.idx2059.pre-phi = phi i64 [ 0, %t4.body ], [ %.idx2068, %j41.body.epil ], [ %.idx2068, %j41.exit.loopexit.unr-lcssa ]
  %gep2359 = getelementptr inbounds i8, ptr %invariant.gep2336, i64 %.idx2059.pre-phi
  %3293 = getelementptr inbounds float, ptr %gep2359, i64 %i62
  store float 0.000000e+00, ptr %3293, align 4
  %i63 = or disjoint i64 %i62, 1
  %.idx2066 = mul nuw nsw i64 %i63, 416
  %gep2361 = getelementptr inbounds i8, ptr %invariant.gep2336, i64 %.idx2066
  %invariant.gep2345 = getelementptr float, ptr %invariant.gep2336, i64 %i63
  %xtraiter3404 = and i64 %indvars.iv2677, 7
  %3294 = icmp ult i64 %t4.addr.02370, 2
  br i1 %3294, label %j42.exit.unr-lcssa, label %j41.exit.new

j41.exit.new:                                     ; preds = %j41.exit
  %unroll_iter3407 = and i64 %indvars.iv2677, 9223372036854775800
  br label %j42.body

j42.body:                                         ; preds = %j42.body, %j41.exit.new
  %j42.addr.02347 = phi i64 [ 0, %j41.exit.new ], [ %j42.next.7, %j42.body ]
  %niter3408 = phi i64 [ 0, %j41.exit.new ], [ %niter3408.next.7, %j42.body ]
  %3295 = getelementptr inbounds float, ptr %gep2361, i64 %j42.addr.02347
  %3296 = load float, ptr %3295, align 4
  %3297 = fneg float %3296
  store float %3297, ptr %3295, align 4
  %.idx2067 = mul nuw nsw i64 %j42.addr.02347, 416
  %gep2346 = getelementptr i8, ptr %invariant.gep2345, i64 %.idx2067
  store float %3297, ptr %gep2346, align 4
  %j42.next = or disjoint i64 %j42.addr.02347, 1
  %3298 = getelementptr inbounds float, ptr %gep2361, i64 %j42.next
  %3299 = load float, ptr %3298, align 4
  %3300 = fneg float %3299
  store float %3300, ptr %3298, align 4
  %.idx2067.1 = mul nuw nsw i64 %j42.next, 416
  %gep2346.1 = getelementptr i8, ptr %invariant.gep2345, i64 %.idx2067.1
  store float %3300, ptr %gep2346.1, align 4
  %j42.next.1 = or disjoint i64 %j42.addr.02347, 2
  %3301 = getelementptr inbounds float, ptr %gep2361, i64 %j42.next.1
  %3302 = load float, ptr %3301, align 4
  %3303 = fneg float %3302
  store float %3303, ptr %3301, align 4
  %.idx2067.2 = mul nuw nsw i64 %j42.next.1, 416
  %gep2346.2 = getelementptr i8, ptr %invariant.gep2345, i64 %.idx2067.2
  store float %3303, ptr %gep2346.2, align 4
  %j42.next.2 = or disjoint i64 %j42.addr.02347, 3
  %3304 = getelementptr inbounds float, ptr %gep2361, i64 %j42.next.2
  %3305 = load float, ptr %3304, align 4
  %3306 = fneg float %3305
  store float %3306, ptr %3304, align 4
  %.idx2067.3 = mul nuw nsw i64 %j42.next.2, 416
  %gep2346.3 = getelementptr i8, ptr %invariant.gep2345, i64 %.idx2067.3
  store float %3306, ptr %gep2346.3, align 4
  %j42.next.3 = or disjoint i64 %j42.addr.02347, 4
  %3307 = getelementptr inbounds float, ptr %gep2361, i64 %j42.next.3
  %3308 = load float, ptr %3307, align 4
  %3309 = fneg float %3308
  store float %3309, ptr %3307, align 4
  %.idx2067.4 = mul nuw nsw i64 %j42.next.3, 416
  %gep2346.4 = getelementptr i8, ptr %invariant.gep2345, i64 %.idx2067.4
  store float %3309, ptr %gep2346.4, align 4
  %j42.next.4 = or disjoint i64 %j42.addr.02347, 5
  %3310 = getelementptr inbounds float, ptr %gep2361, i64 %j42.next.4
  %3311 = load float, ptr %3310, align 4
  %3312 = fneg float %3311
  store float %3312, ptr %3310, align 4
  %.idx2067.5 = mul nuw nsw i64 %j42.next.4, 416
  %gep2346.5 = getelementptr i8, ptr %invariant.gep2345, i64 %.idx2067.5
  store float %3312, ptr %gep2346.5, align 4
  %j42.next.5 = or disjoint i64 %j42.addr.02347, 6
  %3313 = getelementptr inbounds float, ptr %gep2361, i64 %j42.next.5
  %3314 = load float, ptr %3313, align 4
  %3315 = fneg float %3314
  store float %3315, ptr %3313, align 4
  %.idx2067.6 = mul nuw nsw i64 %j42.next.5, 416
  %gep2346.6 = getelementptr i8, ptr %invariant.gep2345, i64 %.idx2067.6
  store float %3315, ptr %gep2346.6, align 4
  %j42.next.6 = or disjoint i64 %j42.addr.02347, 7
  %3316 = getelementptr inbounds float, ptr %gep2361, i64 %j42.next.6
  %3317 = load float, ptr %3316, align 4
  %3318 = fneg float %3317
  store float %3318, ptr %3316, align 4
  %.idx2067.7 = mul nuw nsw i64 %j42.next.6, 416
  %gep2346.7 = getelementptr i8, ptr %invariant.gep2345, i64 %.idx2067.7
  store float %3318, ptr %gep2346.7, align 4
  %j42.next.7 = add nuw nsw i64 %j42.addr.02347, 8
  %niter3408.next.7 = add i64 %niter3408, 8
  %niter3408.ncmp.7 = icmp eq i64 %niter3408.next.7, %unroll_iter3407
  br i1 %niter3408.ncmp.7, label %j42.exit.unr-lcssa, label %j42.body

j42.exit.unr-lcssa:                               ; preds = %j42.body, %j41.exit
  %j42.addr.02347.unr = phi i64 [ 0, %j41.exit ], [ %j42.next.7, %j42.body ]
  %lcmp.mod3406.not = icmp eq i64 %xtraiter3404, 0
  br i1 %lcmp.mod3406.not, label %j42.exit, label %j42.body.epil

j42.body.epil:                                    ; preds = %j42.exit.unr-lcssa, %j42.body.epil
  %j42.addr.02347.epil = phi i64 [ %j42.next.epil, %j42.body.epil ], [ %j42.addr.02347.unr, %j42.exit.unr-lcssa ]
  %epil.iter3405 = phi i64 [ %epil.iter3405.next, %j42.body.epil ], [ 0, %j42.exit.unr-lcssa ]
  %3319 = getelementptr inbounds float, ptr %gep2361, i64 %j42.addr.02347.epil
  %3320 = load float, ptr %3319, align 4
  %3321 = fneg float %3320
  store float %3321, ptr %3319, align 4
  %.idx2067.epil = mul nuw nsw i64 %j42.addr.02347.epil, 416
  %gep2346.epil = getelementptr i8, ptr %invariant.gep2345, i64 %.idx2067.epil
  store float %3321, ptr %gep2346.epil, align 4
  %j42.next.epil = add nuw nsw i64 %j42.addr.02347.epil, 1
  %epil.iter3405.next = add i64 %epil.iter3405, 1
  %epil.iter3405.cmp.not = icmp eq i64 %epil.iter3405.next, %xtraiter3404
  br i1 %epil.iter3405.cmp.not, label %j42.exit, label %j42.body.epil, !llvm.loop !2

j42.exit:                                         ; preds = %j42.body.epil, %j42.exit.unr-lcssa
  %3322 = getelementptr inbounds float, ptr %gep2361, i64 %i63
  store float 0.000000e+00, ptr %3322, align 4
  %i64 = or disjoint i64 %i62, 2
  %.idx2064 = mul nuw nsw i64 %i64, 416
  %gep2365 = getelementptr inbounds i8, ptr %invariant.gep2336, i64 %.idx2064
  %invariant.gep2350 = getelementptr float, ptr %invariant.gep2336, i64 %i64
  %xtraiter3409 = and i64 %indvars.iv2680, 6
  %3323 = icmp ult i64 %indvars.iv2677, 7
  br i1 %3323, label %j43.exit.unr-lcssa, label %j42.exit.new

j42.exit.new:                                     ; preds = %j42.exit
  %unroll_iter3412 = and i64 %indvars.iv2680, 9223372036854775800
  br label %j43.body

j43.body:                                         ; preds = %j43.body, %j42.exit.new
  %j43.addr.02352 = phi i64 [ 0, %j42.exit.new ], [ %j43.next.7, %j43.body ]
  %niter3413 = phi i64 [ 0, %j42.exit.new ], [ %niter3413.next.7, %j43.body ]
  %3324 = getelementptr inbounds float, ptr %gep2365, i64 %j43.addr.02352
  %3325 = load float, ptr %3324, align 4
  %3326 = fneg float %3325
  store float %3326, ptr %3324, align 4
  %.idx2065 = mul nuw nsw i64 %j43.addr.02352, 416
  %gep2351 = getelementptr i8, ptr %invariant.gep2350, i64 %.idx2065
  store float %3326, ptr %gep2351, align 4
  %j43.next = or disjoint i64 %j43.addr.02352, 1
  %3327 = getelementptr inbounds float, ptr %gep2365, i64 %j43.next
  %3328 = load float, ptr %3327, align 4
  %3329 = fneg float %3328
  store float %3329, ptr %3327, align 4
  %.idx2065.1 = mul nuw nsw i64 %j43.next, 416
  %gep2351.1 = getelementptr i8, ptr %invariant.gep2350, i64 %.idx2065.1
  store float %3329, ptr %gep2351.1, align 4
  %j43.next.1 = or disjoint i64 %j43.addr.02352, 2
  %3330 = getelementptr inbounds float, ptr %gep2365, i64 %j43.next.1
  %3331 = load float, ptr %3330, align 4
  %3332 = fneg float %3331
  store float %3332, ptr %3330, align 4
  %.idx2065.2 = mul nuw nsw i64 %j43.next.1, 416
  %gep2351.2 = getelementptr i8, ptr %invariant.gep2350, i64 %.idx2065.2
  store float %3332, ptr %gep2351.2, align 4
  %j43.next.2 = or disjoint i64 %j43.addr.02352, 3
  %3333 = getelementptr inbounds float, ptr %gep2365, i64 %j43.next.2
  %3334 = load float, ptr %3333, align 4
  %3335 = fneg float %3334
  store float %3335, ptr %3333, align 4
  %.idx2065.3 = mul nuw nsw i64 %j43.next.2, 416
  %gep2351.3 = getelementptr i8, ptr %invariant.gep2350, i64 %.idx2065.3
  store float %3335, ptr %gep2351.3, align 4
  %j43.next.3 = or disjoint i64 %j43.addr.02352, 4
  %3336 = getelementptr inbounds float, ptr %gep2365, i64 %j43.next.3
  %3337 = load float, ptr %3336, align 4
  %3338 = fneg float %3337
  store float %3338, ptr %3336, align 4
  %.idx2065.4 = mul nuw nsw i64 %j43.next.3, 416
  %gep2351.4 = getelementptr i8, ptr %invariant.gep2350, i64 %.idx2065.4
  store float %3338, ptr %gep2351.4, align 4
  %j43.next.4 = or disjoint i64 %j43.addr.02352, 5
  %3339 = getelementptr inbounds float, ptr %gep2365, i64 %j43.next.4
  %3340 = load float, ptr %3339, align 4
  %3341 = fneg float %3340
  store float %3341, ptr %3339, align 4
  %.idx2065.5 = mul nuw nsw i64 %j43.next.4, 416
  %gep2351.5 = getelementptr i8, ptr %invariant.gep2350, i64 %.idx2065.5
  store float %3341, ptr %gep2351.5, align 4
  %j43.next.5 = or disjoint i64 %j43.addr.02352, 6
  %3342 = getelementptr inbounds float, ptr %gep2365, i64 %j43.next.5
  %3343 = load float, ptr %3342, align 4
  %3344 = fneg float %3343
  store float %3344, ptr %3342, align 4
  %.idx2065.6 = mul nuw nsw i64 %j43.next.5, 416
  %gep2351.6 = getelementptr i8, ptr %invariant.gep2350, i64 %.idx2065.6
  store float %3344, ptr %gep2351.6, align 4
  %j43.next.6 = or disjoint i64 %j43.addr.02352, 7
  %3345 = getelementptr inbounds float, ptr %gep2365, i64 %j43.next.6
  %3346 = load float, ptr %3345, align 4
  %3347 = fneg float %3346
  store float %3347, ptr %3345, align 4
  %.idx2065.7 = mul nuw nsw i64 %j43.next.6, 416
  %gep2351.7 = getelementptr i8, ptr %invariant.gep2350, i64 %.idx2065.7
  store float %3347, ptr %gep2351.7, align 4
  %j43.next.7 = add nuw nsw i64 %j43.addr.02352, 8
  %niter3413.next.7 = add i64 %niter3413, 8
  %niter3413.ncmp.7 = icmp eq i64 %niter3413.next.7, %unroll_iter3412
  br i1 %niter3413.ncmp.7, label %j43.exit.unr-lcssa, label %j43.body

j43.exit.unr-lcssa:                               ; preds = %j43.body, %j42.exit
  %j43.addr.02352.unr = phi i64 [ 0, %j42.exit ], [ %j43.next.7, %j43.body ]
  %lcmp.mod3411.not = icmp eq i64 %xtraiter3409, 0
  br i1 %lcmp.mod3411.not, label %j43.exit, label %j43.body.epil

j43.body.epil:                                    ; preds = %j43.exit.unr-lcssa, %j43.body.epil
  %j43.addr.02352.epil = phi i64 [ %j43.next.epil, %j43.body.epil ], [ %j43.addr.02352.unr, %j43.exit.unr-lcssa ]
  %epil.iter3410 = phi i64 [ %epil.iter3410.next, %j43.body.epil ], [ 0, %j43.exit.unr-lcssa ]
  %3348 = getelementptr inbounds float, ptr %gep2365, i64 %j43.addr.02352.epil
  %3349 = load float, ptr %3348, align 4
  %3350 = fneg float %3349
  store float %3350, ptr %3348, align 4
  %.idx2065.epil = mul nuw nsw i64 %j43.addr.02352.epil, 416
  %gep2351.epil = getelementptr i8, ptr %invariant.gep2350, i64 %.idx2065.epil
  store float %3350, ptr %gep2351.epil, align 4
  %j43.next.epil = add nuw nsw i64 %j43.addr.02352.epil, 1
  %epil.iter3410.next = add i64 %epil.iter3410, 1
  %epil.iter3410.cmp.not = icmp eq i64 %epil.iter3410.next, %xtraiter3409
  br i1 %epil.iter3410.cmp.not, label %j43.exit, label %j43.body.epil, !llvm.loop !3

j43.exit:                                         ; preds = %j43.body.epil, %j43.exit.unr-lcssa
  %3351 = getelementptr inbounds float, ptr %gep2365, i64 %i64
  store float 0.000000e+00, ptr %3351, align 4
  %i65 = or disjoint i64 %i62, 3
  %.idx2062 = mul nuw nsw i64 %i65, 416
  %gep2369 = getelementptr inbounds i8, ptr %invariant.gep2336, i64 %.idx2062
  %invariant.gep2355 = getelementptr float, ptr %invariant.gep2336, i64 %i65
  %3352 = and i64 %3263, 4
  %3353 = icmp ult i64 %indvars.iv2680, 7
  br i1 %3353, label %j44.body.epil.preheader, label %j43.exit.new

j43.exit.new:                                     ; preds = %j43.exit
  %unroll_iter3417 = and i64 %3263, 9223372036854775800
  br label %j44.body

j44.body:                                         ; preds = %j44.body, %j43.exit.new
  %j44.addr.02357 = phi i64 [ 0, %j43.exit.new ], [ %j44.next.7, %j44.body ]
  %niter3418 = phi i64 [ 0, %j43.exit.new ], [ %niter3418.next.7, %j44.body ]
  %3354 = getelementptr inbounds float, ptr %gep2369, i64 %j44.addr.02357
  %3355 = load float, ptr %3354, align 4
  %3356 = fneg float %3355
  store float %3356, ptr %3354, align 4
  %.idx2063 = mul nuw nsw i64 %j44.addr.02357, 416
  %gep2356 = getelementptr i8, ptr %invariant.gep2355, i64 %.idx2063
  store float %3356, ptr %gep2356, align 4
  %j44.next = or disjoint i64 %j44.addr.02357, 1
  %3357 = getelementptr inbounds float, ptr %gep2369, i64 %j44.next
  %3358 = load float, ptr %3357, align 4
  %3359 = fneg float %3358
  store float %3359, ptr %3357, align 4
  %.idx2063.1 = mul nuw nsw i64 %j44.next, 416
  %gep2356.1 = getelementptr i8, ptr %invariant.gep2355, i64 %.idx2063.1
  store float %3359, ptr %gep2356.1, align 4
  %j44.next.1 = or disjoint i64 %j44.addr.02357, 2
  %3360 = getelementptr inbounds float, ptr %gep2369, i64 %j44.next.1
  %3361 = load float, ptr %3360, align 4
  %3362 = fneg float %3361
  store float %3362, ptr %3360, align 4
  %.idx2063.2 = mul nuw nsw i64 %j44.next.1, 416
  %gep2356.2 = getelementptr i8, ptr %invariant.gep2355, i64 %.idx2063.2
  store float %3362, ptr %gep2356.2, align 4
  %j44.next.2 = or disjoint i64 %j44.addr.02357, 3
  %3363 = getelementptr inbounds float, ptr %gep2369, i64 %j44.next.2
  %3364 = load float, ptr %3363, align 4
  %3365 = fneg float %3364
  store float %3365, ptr %3363, align 4
  %.idx2063.3 = mul nuw nsw i64 %j44.next.2, 416
  %gep2356.3 = getelementptr i8, ptr %invariant.gep2355, i64 %.idx2063.3
  store float %3365, ptr %gep2356.3, align 4
  %j44.next.3 = or disjoint i64 %j44.addr.02357, 4
  %3366 = getelementptr inbounds float, ptr %gep2369, i64 %j44.next.3
  %3367 = load float, ptr %3366, align 4
  %3368 = fneg float %3367
  store float %3368, ptr %3366, align 4
  %.idx2063.4 = mul nuw nsw i64 %j44.next.3, 416
  %gep2356.4 = getelementptr i8, ptr %invariant.gep2355, i64 %.idx2063.4
  store float %3368, ptr %gep2356.4, align 4
  %j44.next.4 = or disjoint i64 %j44.addr.02357, 5
  %3369 = getelementptr inbounds float, ptr %gep2369, i64 %j44.next.4
  %3370 = load float, ptr %3369, align 4
  %3371 = fneg float %3370
  store float %3371, ptr %3369, align 4
  %.idx2063.5 = mul nuw nsw i64 %j44.next.4, 416
  %gep2356.5 = getelementptr i8, ptr %invariant.gep2355, i64 %.idx2063.5
  store float %3371, ptr %gep2356.5, align 4
  %j44.next.5 = or disjoint i64 %j44.addr.02357, 6
  %3372 = getelementptr inbounds float, ptr %gep2369, i64 %j44.next.5
  %3373 = load float, ptr %3372, align 4
  %3374 = fneg float %3373
  store float %3374, ptr %3372, align 4
  %.idx2063.6 = mul nuw nsw i64 %j44.next.5, 416
  %gep2356.6 = getelementptr i8, ptr %invariant.gep2355, i64 %.idx2063.6
  store float %3374, ptr %gep2356.6, align 4
  %j44.next.6 = or disjoint i64 %j44.addr.02357, 7
  %3375 = getelementptr inbounds float, ptr %gep2369, i64 %j44.next.6
  %3376 = load float, ptr %3375, align 4
  %3377 = fneg float %3376
  store float %3377, ptr %3375, align 4
  %.idx2063.7 = mul nuw nsw i64 %j44.next.6, 416
  %gep2356.7 = getelementptr i8, ptr %invariant.gep2355, i64 %.idx2063.7
  store float %3377, ptr %gep2356.7, align 4
  %j44.next.7 = add nuw nsw i64 %j44.addr.02357, 8
  %niter3418.next.7 = add i64 %niter3418, 8
  %niter3418.ncmp.7.not = icmp eq i64 %niter3418.next.7, %unroll_iter3417
  br i1 %niter3418.ncmp.7.not, label %j44.body.epil.preheader, label %j44.body

j44.body.epil.preheader:                          ; preds = %j43.exit, %j44.body
  %j44.addr.02357.unr = phi i64 [ 0, %j43.exit ], [ %j44.next.7, %j44.body ]
  %3378 = or disjoint i64 %3352, 2
  br label %j44.body.epil

j44.body.epil:                                    ; preds = %j44.body.epil, %j44.body.epil.preheader
  %j44.addr.02357.epil = phi i64 [ %j44.addr.02357.unr, %j44.body.epil.preheader ], [ %j44.next.epil, %j44.body.epil ]
  %epil.iter3415 = phi i64 [ 0, %j44.body.epil.preheader ], [ %epil.iter3415.next, %j44.body.epil ]
  %3379 = getelementptr inbounds float, ptr %gep2369, i64 %j44.addr.02357.epil
  %3380 = load float, ptr %3379, align 4
  %3381 = fneg float %3380
  store float %3381, ptr %3379, align 4
  %.idx2063.epil = mul nuw nsw i64 %j44.addr.02357.epil, 416
  %gep2356.epil = getelementptr i8, ptr %invariant.gep2355, i64 %.idx2063.epil
  store float %3381, ptr %gep2356.epil, align 4
  %j44.next.epil = add nuw nsw i64 %j44.addr.02357.epil, 1
  %epil.iter3415.next = add i64 %epil.iter3415, 1
  %epil.iter3415.cmp.not = icmp eq i64 %epil.iter3415, %3378
  br i1 %epil.iter3415.cmp.not, label %j44.exit, label %j44.body.epil, !llvm.loop !4

j44.exit:                                         ; preds = %j44.body.epil
  %gep2968 = getelementptr inbounds i8, ptr %invariant.gep2967, i64 %.idx2062
  %3382 = getelementptr inbounds float, ptr %gep2968, i64 %i65
  store float 0.000000e+00, ptr %3382, align 4
  %t4.next = add nuw nsw i64 %t4.addr.02370, 1
  %indvars.iv.next2678 = add nuw nsw i64 %indvars.iv2677, 4
  %indvars.iv.next2681 = add nuw nsw i64 %indvars.iv2680, 4
  %exitcond2683.not = icmp eq i64 %t4.next, 8
  br i1 %exitcond2683.not, label %p15.head.preheader, label %t4.body

t5.head.preheader:                                ; preds = %p15.exit
  %3383 = icmp sgt i64 %293, 0
  br i1 %3383, label %j46.head.preheader, label %t5.exit

p15.head.preheader:                               ; preds = %j44.exit, %p15.exit
  %i66.addr.02388 = phi i64 [ %i66.next, %p15.exit ], [ 0, %j44.exit ]
  %.idx = mul nuw nsw i64 %i66.addr.02388, 416
  %3384 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %3385 = getelementptr inbounds i8, ptr %3384, i64 416
  %3386 = getelementptr inbounds i8, ptr %3384, i64 832
  %3387 = getelementptr inbounds i8, ptr %3384, i64 1248
  %3388 = getelementptr inbounds i8, ptr %3384, i64 1664
  %3389 = getelementptr inbounds i8, ptr %3384, i64 2080
  %3390 = getelementptr inbounds i8, ptr %3384, i64 2496
  %3391 = getelementptr inbounds i8, ptr %3384, i64 2912
  br label %p15.body

p15.body:                                         ; preds = %p15.head.preheader, %p15.body
  %p15.addr.02387 = phi i64 [ 0, %p15.head.preheader ], [ %p15.next, %p15.body ]
  %acc143.02386 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3445, %p15.body ]
  %acc142.02385 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3444, %p15.body ]
  %acc141.02384 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3439, %p15.body ]
  %acc140.02383 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3438, %p15.body ]
  %acc139.02382 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3433, %p15.body ]
  %acc138.02381 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3432, %p15.body ]
  %acc137.02380 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3427, %p15.body ]
  %acc136.02379 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3426, %p15.body ]
  %acc135.02378 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3421, %p15.body ]
  %acc134.02377 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3420, %p15.body ]
  %acc133.02376 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3415, %p15.body ]
  %acc132.02375 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3414, %p15.body ]
  %acc131.02374 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3409, %p15.body ]
  %acc130.02373 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3408, %p15.body ]
  %acc129.02372 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3403, %p15.body ]
  %acc128.02371 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3402, %p15.body ]
  %3392 = shl nuw nsw i64 %p15.addr.02387, 5
  %3393 = getelementptr inbounds float, ptr %Bk, i64 %3392
  %3394 = load <16 x float>, ptr %3393, align 4
  %3395 = or disjoint i64 %3392, 16
  %3396 = getelementptr inbounds float, ptr %Bk, i64 %3395
  %3397 = load <16 x float>, ptr %3396, align 4
  %3398 = getelementptr inbounds float, ptr %3384, i64 %p15.addr.02387
  %3399 = load float, ptr %3398, align 4
  %3400 = insertelement <16 x float> poison, float %3399, i64 0
  %3401 = shufflevector <16 x float> %3400, <16 x float> poison, <16 x i32> zeroinitializer
  %3402 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3401, <16 x float> %3394, <16 x float> %acc128.02371)
  %3403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3401, <16 x float> %3397, <16 x float> %acc129.02372)
  %3404 = getelementptr inbounds float, ptr %3385, i64 %p15.addr.02387
  %3405 = load float, ptr %3404, align 4
  %3406 = insertelement <16 x float> poison, float %3405, i64 0
  %3407 = shufflevector <16 x float> %3406, <16 x float> poison, <16 x i32> zeroinitializer
  %3408 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3407, <16 x float> %3394, <16 x float> %acc130.02373)
  %3409 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3407, <16 x float> %3397, <16 x float> %acc131.02374)
  %3410 = getelementptr inbounds float, ptr %3386, i64 %p15.addr.02387
  %3411 = load float, ptr %3410, align 4
  %3412 = insertelement <16 x float> poison, float %3411, i64 0
  %3413 = shufflevector <16 x float> %3412, <16 x float> poison, <16 x i32> zeroinitializer
  %3414 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3413, <16 x float> %3394, <16 x float> %acc132.02375)
  %3415 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3413, <16 x float> %3397, <16 x float> %acc133.02376)
  %3416 = getelementptr inbounds float, ptr %3387, i64 %p15.addr.02387
  %3417 = load float, ptr %3416, align 4
  %3418 = insertelement <16 x float> poison, float %3417, i64 0
  %3419 = shufflevector <16 x float> %3418, <16 x float> poison, <16 x i32> zeroinitializer
  %3420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3419, <16 x float> %3394, <16 x float> %acc134.02377)
  %3421 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3419, <16 x float> %3397, <16 x float> %acc135.02378)
  %3422 = getelementptr inbounds float, ptr %3388, i64 %p15.addr.02387
  %3423 = load float, ptr %3422, align 4
  %3424 = insertelement <16 x float> poison, float %3423, i64 0
  %3425 = shufflevector <16 x float> %3424, <16 x float> poison, <16 x i32> zeroinitializer
  %3426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3425, <16 x float> %3394, <16 x float> %acc136.02379)
  %3427 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3425, <16 x float> %3397, <16 x float> %acc137.02380)
  %3428 = getelementptr inbounds float, ptr %3389, i64 %p15.addr.02387
  %3429 = load float, ptr %3428, align 4
  %3430 = insertelement <16 x float> poison, float %3429, i64 0
  %3431 = shufflevector <16 x float> %3430, <16 x float> poison, <16 x i32> zeroinitializer
  %3432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3431, <16 x float> %3394, <16 x float> %acc138.02381)
  %3433 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3431, <16 x float> %3397, <16 x float> %acc139.02382)
  %3434 = getelementptr inbounds float, ptr %3390, i64 %p15.addr.02387
  %3435 = load float, ptr %3434, align 4
  %3436 = insertelement <16 x float> poison, float %3435, i64 0
  %3437 = shufflevector <16 x float> %3436, <16 x float> poison, <16 x i32> zeroinitializer
  %3438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3437, <16 x float> %3394, <16 x float> %acc140.02383)
  %3439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3437, <16 x float> %3397, <16 x float> %acc141.02384)
  %3440 = getelementptr inbounds float, ptr %3391, i64 %p15.addr.02387
  %3441 = load float, ptr %3440, align 4
  %3442 = insertelement <16 x float> poison, float %3441, i64 0
  %3443 = shufflevector <16 x float> %3442, <16 x float> poison, <16 x i32> zeroinitializer
  %3444 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3443, <16 x float> %3394, <16 x float> %acc142.02385)
  %3445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3443, <16 x float> %3397, <16 x float> %acc143.02386)
  %p15.next = add nuw nsw i64 %p15.addr.02387, 1
  %exitcond2684.not = icmp eq i64 %p15.next, 104
  br i1 %exitcond2684.not, label %p15.exit, label %p15.body

p15.exit:                                         ; preds = %p15.body
  %3446 = shl nuw nsw i64 %i66.addr.02388, 5
  %3447 = getelementptr inbounds float, ptr %dKc, i64 %3446
  store <16 x float> %3402, ptr %3447, align 4
  %3448 = or disjoint i64 %3446, 16
  %3449 = getelementptr inbounds float, ptr %dKc, i64 %3448
  store <16 x float> %3403, ptr %3449, align 4
  %3450 = or disjoint i64 %3446, 32
  %3451 = getelementptr inbounds float, ptr %dKc, i64 %3450
  store <16 x float> %3408, ptr %3451, align 4
  %3452 = or disjoint i64 %3446, 48
  %3453 = getelementptr inbounds float, ptr %dKc, i64 %3452
  store <16 x float> %3409, ptr %3453, align 4
  %3454 = or disjoint i64 %3446, 64
  %3455 = getelementptr inbounds float, ptr %dKc, i64 %3454
  store <16 x float> %3414, ptr %3455, align 4
  %3456 = or disjoint i64 %3446, 80
  %3457 = getelementptr inbounds float, ptr %dKc, i64 %3456
  store <16 x float> %3415, ptr %3457, align 4
  %3458 = or disjoint i64 %3446, 96
  %3459 = getelementptr inbounds float, ptr %dKc, i64 %3458
  store <16 x float> %3420, ptr %3459, align 4
  %3460 = or disjoint i64 %3446, 112
  %3461 = getelementptr inbounds float, ptr %dKc, i64 %3460
  store <16 x float> %3421, ptr %3461, align 4
  %3462 = or disjoint i64 %3446, 128
  %3463 = getelementptr inbounds float, ptr %dKc, i64 %3462
  store <16 x float> %3426, ptr %3463, align 4
  %3464 = or disjoint i64 %3446, 144
  %3465 = getelementptr inbounds float, ptr %dKc, i64 %3464
  store <16 x float> %3427, ptr %3465, align 4
  %3466 = or disjoint i64 %3446, 160
  %3467 = getelementptr inbounds float, ptr %dKc, i64 %3466
  store <16 x float> %3432, ptr %3467, align 4
  %3468 = or disjoint i64 %3446, 176
  %3469 = getelementptr inbounds float, ptr %dKc, i64 %3468
  store <16 x float> %3433, ptr %3469, align 4
  %3470 = or disjoint i64 %3446, 192
  %3471 = getelementptr inbounds float, ptr %dKc, i64 %3470
  store <16 x float> %3438, ptr %3471, align 4
  %3472 = or disjoint i64 %3446, 208
  %3473 = getelementptr inbounds float, ptr %dKc, i64 %3472
  store <16 x float> %3439, ptr %3473, align 4
  %3474 = or disjoint i64 %3446, 224
  %3475 = getelementptr inbounds float, ptr %dKc, i64 %3474
  store <16 x float> %3444, ptr %3475, align 4
  %3476 = or disjoint i64 %3446, 240
  %3477 = getelementptr inbounds float, ptr %dKc, i64 %3476
  store <16 x float> %3445, ptr %3477, align 4
  %i66.next = add nuw nsw i64 %i66.addr.02388, 8
  %3478 = icmp ult i64 %i66.addr.02388, 24
  br i1 %3478, label %p15.head.preheader, label %t5.head.preheader

j46.head.preheader:                               ; preds = %t5.head.preheader, %j46.head.preheader
  %t5.addr.02398 = phi i64 [ %t5.next, %j46.head.preheader ], [ 0, %t5.head.preheader ]
  %3479 = mul i64 %32, %t5.addr.02398
  %3480 = add i64 %285, %3479
  %scevgep2699 = getelementptr i8, ptr %dv, i64 %3480
  %3481 = shl nuw nsw i64 %t5.addr.02398, 9
  %gep2970 = getelementptr i8, ptr %invariant.gep2969, i64 %3481
  %scevgep2697 = getelementptr i8, ptr %dk, i64 %3480
  %gep2972 = getelementptr i8, ptr %invariant.gep2971, i64 %3481
  %3482 = add i64 %286, %3479
  %scevgep2695 = getelementptr i8, ptr %dv, i64 %3482
  %gep2974 = getelementptr i8, ptr %invariant.gep2973, i64 %3481
  %scevgep2693 = getelementptr i8, ptr %dk, i64 %3482
  %gep2976 = getelementptr i8, ptr %invariant.gep2975, i64 %3481
  %3483 = add i64 %287, %3479
  %scevgep2691 = getelementptr i8, ptr %dv, i64 %3483
  %gep2978 = getelementptr i8, ptr %invariant.gep2977, i64 %3481
  %scevgep2689 = getelementptr i8, ptr %dk, i64 %3483
  %gep2980 = getelementptr i8, ptr %invariant.gep2979, i64 %3481
  %3484 = add i64 %288, %3479
  %scevgep2687 = getelementptr i8, ptr %dv, i64 %3484
  %gep2982 = getelementptr i8, ptr %invariant.gep2981, i64 %3481
  %scevgep2685 = getelementptr i8, ptr %dk, i64 %3484
  %gep2984 = getelementptr i8, ptr %invariant.gep2983, i64 %3481
  %3485 = add nsw i64 %t5.addr.02398, %t0
  %3486 = mul nsw i64 %3485, %sq
  %.idx2446 = shl nsw i64 %t5.addr.02398, 7
  %3487 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2446
  %3488 = load <16 x float>, ptr %3487, align 4
  %3489 = fmul <16 x float> %3488, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3490 = getelementptr float, ptr %qh1, i64 %3486
  store <16 x float> %3489, ptr %3490, align 4
  %3491 = getelementptr inbounds i8, ptr %253, i64 %.idx2446
  %3492 = load <16 x float>, ptr %3491, align 4
  %3493 = fmul <16 x float> %3492, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3494 = getelementptr float, ptr %283, i64 %3486
  store <16 x float> %3493, ptr %3494, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2685, ptr noundef nonnull align 4 dereferenceable(128) %gep2984, i64 128, i1 false)
  %i68 = shl nsw i64 %t5.addr.02398, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2687, ptr noundef nonnull align 4 dereferenceable(128) %gep2982, i64 128, i1 false)
  %tau4 = shl nsw i64 %3485, 2
  %3495 = getelementptr inbounds float, ptr %dbet, i64 %i68
  %3496 = load float, ptr %3495, align 4
  %3497 = mul nsw i64 %tau4, %H
  %3498 = getelementptr inbounds float, ptr %betah1, i64 %3497
  store float %3496, ptr %3498, align 4
  %i71 = or disjoint i64 %i68, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2689, ptr noundef nonnull align 4 dereferenceable(128) %gep2980, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2691, ptr noundef nonnull align 4 dereferenceable(128) %gep2978, i64 128, i1 false)
  %tau5 = or disjoint i64 %tau4, 1
  %3499 = getelementptr inbounds float, ptr %dbet, i64 %i71
  %3500 = load float, ptr %3499, align 4
  %3501 = mul nsw i64 %tau5, %H
  %3502 = getelementptr inbounds float, ptr %betah1, i64 %3501
  store float %3500, ptr %3502, align 4
  %i74 = or disjoint i64 %i68, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2693, ptr noundef nonnull align 4 dereferenceable(128) %gep2976, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2695, ptr noundef nonnull align 4 dereferenceable(128) %gep2974, i64 128, i1 false)
  %tau6 = or disjoint i64 %tau4, 2
  %3503 = getelementptr inbounds float, ptr %dbet, i64 %i74
  %3504 = load float, ptr %3503, align 4
  %3505 = mul nsw i64 %tau6, %H
  %3506 = getelementptr inbounds float, ptr %betah1, i64 %3505
  store float %3504, ptr %3506, align 4
  %i77 = or disjoint i64 %i68, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2697, ptr noundef nonnull align 4 dereferenceable(128) %gep2972, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2699, ptr noundef nonnull align 4 dereferenceable(128) %gep2970, i64 128, i1 false)
  %tau7 = or disjoint i64 %tau4, 3
  %3507 = getelementptr inbounds float, ptr %dbet, i64 %i77
  %3508 = load float, ptr %3507, align 4
  %3509 = mul nsw i64 %tau7, %H
  %3510 = getelementptr inbounds float, ptr %betah1, i64 %3509
  store float %3508, ptr %3510, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02398, 1
  %exitcond2703.not = icmp eq i64 %t5.next, %smax
  br i1 %exitcond2703.not, label %t5.exit, label %j46.head.preheader

t5.exit:                                          ; preds = %j46.head.preheader, %t5.head.preheader
  %cc.next = add nuw nsw i64 %cc.addr.02399, 1
  %indvars.iv.next2702 = add i64 %indvars.iv2701, 8
  %exitcond2705.not = icmp eq i64 %cc.next, %smax2704
  br i1 %exitcond2705.not, label %j55.head.preheader, label %cc.body

j55.head.preheader:                               ; preds = %bh.body, %t5.exit
  %3511 = getelementptr i8, ptr %dh0, i64 %255
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3511, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707, i64 128, i1 false)
  %scevgep2706.1 = getelementptr i8, ptr %3511, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.1, i64 128, i1 false)
  %scevgep2706.2 = getelementptr i8, ptr %3511, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.2, i64 128, i1 false)
  %scevgep2706.3 = getelementptr i8, ptr %3511, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.3, i64 128, i1 false)
  %scevgep2706.4 = getelementptr i8, ptr %3511, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.4, i64 128, i1 false)
  %scevgep2706.5 = getelementptr i8, ptr %3511, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.5, i64 128, i1 false)
  %scevgep2706.6 = getelementptr i8, ptr %3511, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.6, i64 128, i1 false)
  %scevgep2706.7 = getelementptr i8, ptr %3511, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.7, i64 128, i1 false)
  %scevgep2706.8 = getelementptr i8, ptr %3511, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.8, i64 128, i1 false)
  %scevgep2706.9 = getelementptr i8, ptr %3511, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.9, i64 128, i1 false)
  %scevgep2706.10 = getelementptr i8, ptr %3511, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.10, i64 128, i1 false)
  %scevgep2706.11 = getelementptr i8, ptr %3511, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.11, i64 128, i1 false)
  %scevgep2706.12 = getelementptr i8, ptr %3511, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.12, i64 128, i1 false)
  %scevgep2706.13 = getelementptr i8, ptr %3511, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.13, i64 128, i1 false)
  %scevgep2706.14 = getelementptr i8, ptr %3511, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.14, i64 128, i1 false)
  %scevgep2706.15 = getelementptr i8, ptr %3511, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.15, i64 128, i1 false)
  %scevgep2706.16 = getelementptr i8, ptr %3511, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.16, i64 128, i1 false)
  %scevgep2706.17 = getelementptr i8, ptr %3511, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.17, i64 128, i1 false)
  %scevgep2706.18 = getelementptr i8, ptr %3511, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.18, i64 128, i1 false)
  %scevgep2706.19 = getelementptr i8, ptr %3511, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.19, i64 128, i1 false)
  %scevgep2706.20 = getelementptr i8, ptr %3511, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.20, i64 128, i1 false)
  %scevgep2706.21 = getelementptr i8, ptr %3511, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.21, i64 128, i1 false)
  %scevgep2706.22 = getelementptr i8, ptr %3511, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.22, i64 128, i1 false)
  %scevgep2706.23 = getelementptr i8, ptr %3511, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.23, i64 128, i1 false)
  %scevgep2706.24 = getelementptr i8, ptr %3511, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.24, i64 128, i1 false)
  %scevgep2706.25 = getelementptr i8, ptr %3511, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.25, i64 128, i1 false)
  %scevgep2706.26 = getelementptr i8, ptr %3511, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.26, i64 128, i1 false)
  %scevgep2706.27 = getelementptr i8, ptr %3511, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.27, i64 128, i1 false)
  %scevgep2706.28 = getelementptr i8, ptr %3511, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.28, i64 128, i1 false)
  %scevgep2706.29 = getelementptr i8, ptr %3511, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.29, i64 128, i1 false)
  %scevgep2706.30 = getelementptr i8, ptr %3511, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.30, i64 128, i1 false)
  %scevgep2706.31 = getelementptr i8, ptr %3511, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2707.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02402, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2709.not = icmp eq i64 %indvar.next, %38
  br i1 %exitcond2709.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

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
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !1}
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
define void @dp_bwd_h4_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %Ak = getelementptr inbounds i8, ptr %work, i64 57344
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 581632
  %KSdS = getelementptr inbounds i8, ptr %work, i64 843776
  %KT = getelementptr inbounds i8, ptr %work, i64 532480
  %M = getelementptr inbounds i8, ptr %work, i64 1135104
  %OY = getelementptr inbounds i8, ptr %work, i64 491520
  %PT = getelementptr inbounds i8, ptr %work, i64 1007616
  %QK = getelementptr inbounds i8, ptr %work, i64 450560
  %QcT = getelementptr inbounds i8, ptr %work, i64 565248
  %Rr = getelementptr inbounds i8, ptr %work, i64 909312
  %Vn = getelementptr inbounds i8, ptr %work, i64 942080
  %VnT = getelementptr inbounds i8, ptr %work, i64 974848
  %bet = getelementptr inbounds i8, ptr %work, i64 1114112
  %dKc = getelementptr inbounds i8, ptr %work, i64 1081344
  %dOT = getelementptr inbounds i8, ptr %work, i64 573440
  %dQc = getelementptr inbounds i8, ptr %work, i64 1073152
  %dbet = getelementptr i8, ptr %work, i64 1115136
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %invariant.gep2658 = getelementptr i8, ptr %work, i64 57856
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
  %14 = shl i64 %nc, 15
  %15 = add i64 %14, -32768
  %16 = shl i64 %T, 9
  %17 = mul i64 %H, -32768
  %18 = shl i64 %H, 9
  %19 = add i64 %14, -32640
  %20 = add i64 %14, -32512
  %21 = add i64 %14, -32384
  %22 = add i64 %T, 64
  %23 = sub i64 %22, %9
  %smax3037 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %24 = sub i64 %bh1, %bh0
  %scevgep2949.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2949.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2949.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2949.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2949.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2949.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2949.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2949.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2949.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2949.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2949.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2949.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2949.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2949.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2949.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2949.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2949.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2949.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2949.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2949.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2949.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2949.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2949.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2949.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2949.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2949.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2949.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2949.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2949.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2949.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2949.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3215 = getelementptr i8, ptr %work, i64 909696
  %invariant.gep3217 = getelementptr i8, ptr %work, i64 24960
  %invariant.gep3219 = getelementptr i8, ptr %work, i64 909568
  %invariant.gep3221 = getelementptr i8, ptr %work, i64 24832
  %invariant.gep3223 = getelementptr i8, ptr %work, i64 909440
  %invariant.gep3225 = getelementptr i8, ptr %work, i64 24704
  %invariant.gep3227 = getelementptr i8, ptr %work, i64 909312
  %invariant.gep3229 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3231 = getelementptr i8, ptr %work, i64 491520
  %invariant.gep3233 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3235 = getelementptr i8, ptr %work, i64 450560
  %invariant.gep3237 = getelementptr i8, ptr %work, i64 458752
  %invariant.gep3239 = getelementptr i8, ptr %work, i64 458880
  %invariant.gep3241 = getelementptr i8, ptr %work, i64 459008
  %invariant.gep3243 = getelementptr i8, ptr %work, i64 459136
  %invariant.gep3245 = getelementptr inbounds i8, ptr %work, i64 458752
  %invariant.gep3247 = getelementptr inbounds i8, ptr %work, i64 458816
  %invariant.gep3249 = getelementptr inbounds i8, ptr %work, i64 458752
  %invariant.gep3251 = getelementptr inbounds i8, ptr %work, i64 458816
  %invariant.gep3253 = getelementptr inbounds i8, ptr %work, i64 458752
  %invariant.gep3255 = getelementptr inbounds i8, ptr %work, i64 458816
  %invariant.gep3257 = getelementptr inbounds i8, ptr %work, i64 458752
  %invariant.gep3259 = getelementptr inbounds i8, ptr %work, i64 458816
  %25 = getelementptr inbounds i8, ptr %work, i64 909376
  %26 = getelementptr inbounds i8, ptr %work, i64 843840
  %27 = getelementptr inbounds i8, ptr %work, i64 1007680
  %28 = getelementptr inbounds i8, ptr %work, i64 1135168
  %29 = getelementptr inbounds i8, ptr %work, i64 1007744
  %30 = getelementptr inbounds i8, ptr %work, i64 1135232
  %31 = getelementptr inbounds i8, ptr %work, i64 1007808
  %32 = getelementptr inbounds i8, ptr %work, i64 1135296
  %invariant.gep3269 = getelementptr inbounds i8, ptr %work, i64 843904
  %invariant.gep3271 = getelementptr inbounds i8, ptr %work, i64 499712
  %invariant.gep3275 = getelementptr inbounds i8, ptr %work, i64 499776
  %33 = getelementptr inbounds i8, ptr %work, i64 57408
  %34 = getelementptr inbounds i8, ptr %work, i64 57472
  %35 = getelementptr inbounds i8, ptr %work, i64 57536
  %invariant.gep3279 = getelementptr inbounds i8, ptr %work, i64 57856
  %invariant.gep3281 = getelementptr inbounds i8, ptr %work, i64 57856
  %invariant.gep3287 = getelementptr inbounds i8, ptr %work, i64 63488
  %invariant.gep3289 = getelementptr i8, ptr %work, i64 500096
  %invariant.gep3291 = getelementptr i8, ptr %work, i64 1081728
  %invariant.gep3293 = getelementptr i8, ptr %work, i64 499968
  %invariant.gep3295 = getelementptr i8, ptr %work, i64 1081600
  %invariant.gep3297 = getelementptr i8, ptr %work, i64 499840
  %invariant.gep3299 = getelementptr i8, ptr %work, i64 1081472
  %invariant.gep3301 = getelementptr i8, ptr %work, i64 499712
  %invariant.gep3303 = getelementptr i8, ptr %work, i64 1081344
  %36 = getelementptr inbounds i8, ptr %work, i64 1073216
  %scevgep3040 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep3273 = getelementptr inbounds i8, ptr %work, i64 843968
  %scevgep3040.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3040.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3040.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3040.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3040.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3040.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3040.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3040.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3040.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3040.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3040.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3040.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3040.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3040.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3040.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3040.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3040.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3040.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3040.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3040.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3040.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3040.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3040.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3040.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3040.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3040.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3040.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3040.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3040.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3040.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3040.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j55.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j55.head.preheader ]
  %bh.addr.02714 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j55.head.preheader ]
  %37 = add i64 %indvar, %bh0
  %38 = shl i64 %37, 12
  %39 = mul i64 %8, %indvar
  %40 = add i64 %7, %39
  %b = sdiv i64 %bh.addr.02714, %H
  %h = srem i64 %bh.addr.02714, %H
  %41 = mul i64 %b, %T
  %42 = mul i64 %41, %H
  %bT = add i64 %42, %h
  %43 = mul i64 %1, %41
  %bTn = add nsw i64 %43, %h
  %kh.idx = shl nsw i64 %bTn, 7
  %kh = getelementptr inbounds i8, ptr %k, i64 %kh.idx
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %44 = getelementptr i8, ptr %dhT, i64 %38
  %45 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %44, i64 128, i1 false)
  %scevgep2948.1 = getelementptr i8, ptr %44, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.1, i64 128, i1 false)
  %scevgep2948.2 = getelementptr i8, ptr %44, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.2, i64 128, i1 false)
  %scevgep2948.3 = getelementptr i8, ptr %44, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.3, i64 128, i1 false)
  %scevgep2948.4 = getelementptr i8, ptr %44, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.4, i64 128, i1 false)
  %scevgep2948.5 = getelementptr i8, ptr %44, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.5, i64 128, i1 false)
  %scevgep2948.6 = getelementptr i8, ptr %44, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.6, i64 128, i1 false)
  %scevgep2948.7 = getelementptr i8, ptr %44, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.7, i64 128, i1 false)
  %scevgep2948.8 = getelementptr i8, ptr %44, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.8, i64 128, i1 false)
  %scevgep2948.9 = getelementptr i8, ptr %44, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.9, i64 128, i1 false)
  %scevgep2948.10 = getelementptr i8, ptr %44, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.10, i64 128, i1 false)
  %scevgep2948.11 = getelementptr i8, ptr %44, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.11, i64 128, i1 false)
  %scevgep2948.12 = getelementptr i8, ptr %44, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.12, i64 128, i1 false)
  %scevgep2948.13 = getelementptr i8, ptr %44, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.13, i64 128, i1 false)
  %scevgep2948.14 = getelementptr i8, ptr %44, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.14, i64 128, i1 false)
  %scevgep2948.15 = getelementptr i8, ptr %44, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.15, i64 128, i1 false)
  %scevgep2948.16 = getelementptr i8, ptr %44, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.16, i64 128, i1 false)
  %scevgep2948.17 = getelementptr i8, ptr %44, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.17, i64 128, i1 false)
  %scevgep2948.18 = getelementptr i8, ptr %44, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.18, i64 128, i1 false)
  %scevgep2948.19 = getelementptr i8, ptr %44, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.19, i64 128, i1 false)
  %scevgep2948.20 = getelementptr i8, ptr %44, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.20, i64 128, i1 false)
  %scevgep2948.21 = getelementptr i8, ptr %44, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.21, i64 128, i1 false)
  %scevgep2948.22 = getelementptr i8, ptr %44, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.22, i64 128, i1 false)
  %scevgep2948.23 = getelementptr i8, ptr %44, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.23, i64 128, i1 false)
  %scevgep2948.24 = getelementptr i8, ptr %44, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.24, i64 128, i1 false)
  %scevgep2948.25 = getelementptr i8, ptr %44, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.25, i64 128, i1 false)
  %scevgep2948.26 = getelementptr i8, ptr %44, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.26, i64 128, i1 false)
  %scevgep2948.27 = getelementptr i8, ptr %44, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.27, i64 128, i1 false)
  %scevgep2948.28 = getelementptr i8, ptr %44, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.28, i64 128, i1 false)
  %scevgep2948.29 = getelementptr i8, ptr %44, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.29, i64 128, i1 false)
  %scevgep2948.30 = getelementptr i8, ptr %44, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.30, i64 128, i1 false)
  %scevgep2948.31 = getelementptr i8, ptr %44, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2948.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %45
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %45
  br i1 %3, label %cc.body.lr.ph, label %j55.head.preheader

bh.exit:                                          ; preds = %j55.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %46 = mul nsw i64 %bh.addr.02714, %nc
  %47 = add i64 %11, %bT
  %48 = shl i64 %47, 7
  %49 = mul i64 %16, %b
  %50 = add i64 %15, %49
  %51 = mul i64 %50, %H
  %52 = shl i64 %h, 7
  %53 = add i64 %51, %52
  %54 = add i64 %19, %49
  %55 = mul i64 %54, %H
  %56 = add i64 %55, %52
  %57 = add i64 %20, %49
  %58 = mul i64 %57, %H
  %59 = add i64 %58, %52
  %60 = add i64 %21, %49
  %61 = mul i64 %60, %H
  %62 = add i64 %61, %52
  %63 = getelementptr i8, ptr %dout, i64 %48
  %64 = getelementptr i8, ptr %qh, i64 64
  %65 = getelementptr i8, ptr %kh, i64 64
  %66 = getelementptr i8, ptr %qh1, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t5.exit
  %indvars.iv3034 = phi i64 [ %23, %cc.body.lr.ph ], [ %indvars.iv.next3035, %t5.exit ]
  %cc.addr.02711 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t5.exit ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv3034, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %67 = mul i64 %17, %cc.addr.02711
  %68 = add i64 %62, %67
  %69 = add i64 %59, %67
  %70 = add i64 %56, %67
  %71 = add i64 %53, %67
  %72 = mul i64 %12, %cc.addr.02711
  %73 = shl i64 %cc.addr.02711, 12
  %74 = sub i64 %40, %73
  %75 = xor i64 %cc.addr.02711, -1
  %ci = add nsw i64 %nc, %75
  %t0 = shl nsw i64 %ci, 6
  %76 = sub nsw i64 %T, %t0
  %scevgep2950 = getelementptr i8, ptr %hs, i64 %74
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950, i64 128, i1 false)
  %77 = or disjoint i64 %74, 128
  %scevgep2950.1 = getelementptr i8, ptr %hs, i64 %77
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.1, i64 128, i1 false)
  %78 = or disjoint i64 %74, 256
  %scevgep2950.2 = getelementptr i8, ptr %hs, i64 %78
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.2, i64 128, i1 false)
  %79 = or disjoint i64 %74, 384
  %scevgep2950.3 = getelementptr i8, ptr %hs, i64 %79
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.3, i64 128, i1 false)
  %80 = or disjoint i64 %74, 512
  %scevgep2950.4 = getelementptr i8, ptr %hs, i64 %80
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.4, i64 128, i1 false)
  %81 = or disjoint i64 %74, 640
  %scevgep2950.5 = getelementptr i8, ptr %hs, i64 %81
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.5, i64 128, i1 false)
  %82 = or disjoint i64 %74, 768
  %scevgep2950.6 = getelementptr i8, ptr %hs, i64 %82
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.6, i64 128, i1 false)
  %83 = or disjoint i64 %74, 896
  %scevgep2950.7 = getelementptr i8, ptr %hs, i64 %83
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.7, i64 128, i1 false)
  %84 = or disjoint i64 %74, 1024
  %scevgep2950.8 = getelementptr i8, ptr %hs, i64 %84
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.8, i64 128, i1 false)
  %85 = or disjoint i64 %74, 1152
  %scevgep2950.9 = getelementptr i8, ptr %hs, i64 %85
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.9, i64 128, i1 false)
  %86 = or disjoint i64 %74, 1280
  %scevgep2950.10 = getelementptr i8, ptr %hs, i64 %86
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.10, i64 128, i1 false)
  %87 = or disjoint i64 %74, 1408
  %scevgep2950.11 = getelementptr i8, ptr %hs, i64 %87
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.11, i64 128, i1 false)
  %88 = or disjoint i64 %74, 1536
  %scevgep2950.12 = getelementptr i8, ptr %hs, i64 %88
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.12, i64 128, i1 false)
  %89 = or disjoint i64 %74, 1664
  %scevgep2950.13 = getelementptr i8, ptr %hs, i64 %89
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.13, i64 128, i1 false)
  %90 = or disjoint i64 %74, 1792
  %scevgep2950.14 = getelementptr i8, ptr %hs, i64 %90
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.14, i64 128, i1 false)
  %91 = or disjoint i64 %74, 1920
  %scevgep2950.15 = getelementptr i8, ptr %hs, i64 %91
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.15, i64 128, i1 false)
  %92 = or disjoint i64 %74, 2048
  %scevgep2950.16 = getelementptr i8, ptr %hs, i64 %92
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.16, i64 128, i1 false)
  %93 = or disjoint i64 %74, 2176
  %scevgep2950.17 = getelementptr i8, ptr %hs, i64 %93
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.17, i64 128, i1 false)
  %94 = or disjoint i64 %74, 2304
  %scevgep2950.18 = getelementptr i8, ptr %hs, i64 %94
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.18, i64 128, i1 false)
  %95 = or disjoint i64 %74, 2432
  %scevgep2950.19 = getelementptr i8, ptr %hs, i64 %95
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.19, i64 128, i1 false)
  %96 = or disjoint i64 %74, 2560
  %scevgep2950.20 = getelementptr i8, ptr %hs, i64 %96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.20, i64 128, i1 false)
  %97 = or disjoint i64 %74, 2688
  %scevgep2950.21 = getelementptr i8, ptr %hs, i64 %97
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.21, i64 128, i1 false)
  %98 = or disjoint i64 %74, 2816
  %scevgep2950.22 = getelementptr i8, ptr %hs, i64 %98
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.22, i64 128, i1 false)
  %99 = or disjoint i64 %74, 2944
  %scevgep2950.23 = getelementptr i8, ptr %hs, i64 %99
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.23, i64 128, i1 false)
  %100 = or disjoint i64 %74, 3072
  %scevgep2950.24 = getelementptr i8, ptr %hs, i64 %100
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.24, i64 128, i1 false)
  %101 = or disjoint i64 %74, 3200
  %scevgep2950.25 = getelementptr i8, ptr %hs, i64 %101
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.25, i64 128, i1 false)
  %102 = or disjoint i64 %74, 3328
  %scevgep2950.26 = getelementptr i8, ptr %hs, i64 %102
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.26, i64 128, i1 false)
  %103 = or disjoint i64 %74, 3456
  %scevgep2950.27 = getelementptr i8, ptr %hs, i64 %103
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.27, i64 128, i1 false)
  %104 = or disjoint i64 %74, 3584
  %scevgep2950.28 = getelementptr i8, ptr %hs, i64 %104
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.28, i64 128, i1 false)
  %105 = or disjoint i64 %74, 3712
  %scevgep2950.29 = getelementptr i8, ptr %hs, i64 %105
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.29, i64 128, i1 false)
  %106 = or disjoint i64 %74, 3840
  %scevgep2950.30 = getelementptr i8, ptr %hs, i64 %106
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.30, i64 128, i1 false)
  %107 = or disjoint i64 %74, 3968
  %scevgep2950.31 = getelementptr i8, ptr %hs, i64 %107
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2949.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2950.31, i64 128, i1 false)
  %108 = add nsw i64 %ci, %46
  %109 = shl nsw i64 %108, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %110 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02419 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %111 = shl nuw nsw i64 %i2.addr.02419, 5
  %112 = or disjoint i64 %111, %109
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %113 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02418 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %114 = or disjoint i64 %112, %j2.addr.02418
  %115 = getelementptr inbounds float, ptr %hs, i64 %114
  %116 = load <16 x float>, ptr %115, align 4
  %117 = or disjoint i64 %114, 256
  %118 = getelementptr inbounds float, ptr %hs, i64 %117
  %119 = load <16 x float>, ptr %118, align 4
  %120 = or disjoint i64 %114, 32
  %121 = getelementptr inbounds float, ptr %hs, i64 %120
  %122 = load <16 x float>, ptr %121, align 4
  %123 = or disjoint i64 %114, 288
  %124 = getelementptr inbounds float, ptr %hs, i64 %123
  %125 = load <16 x float>, ptr %124, align 4
  %126 = or disjoint i64 %114, 64
  %127 = getelementptr inbounds float, ptr %hs, i64 %126
  %128 = load <16 x float>, ptr %127, align 4
  %129 = or disjoint i64 %114, 320
  %130 = getelementptr inbounds float, ptr %hs, i64 %129
  %131 = load <16 x float>, ptr %130, align 4
  %132 = or disjoint i64 %114, 96
  %133 = getelementptr inbounds float, ptr %hs, i64 %132
  %134 = load <16 x float>, ptr %133, align 4
  %135 = or disjoint i64 %114, 352
  %136 = getelementptr inbounds float, ptr %hs, i64 %135
  %137 = load <16 x float>, ptr %136, align 4
  %138 = or disjoint i64 %114, 128
  %139 = getelementptr inbounds float, ptr %hs, i64 %138
  %140 = load <16 x float>, ptr %139, align 4
  %141 = or disjoint i64 %114, 384
  %142 = getelementptr inbounds float, ptr %hs, i64 %141
  %143 = load <16 x float>, ptr %142, align 4
  %144 = or disjoint i64 %114, 160
  %145 = getelementptr inbounds float, ptr %hs, i64 %144
  %146 = load <16 x float>, ptr %145, align 4
  %147 = or disjoint i64 %114, 416
  %148 = getelementptr inbounds float, ptr %hs, i64 %147
  %149 = load <16 x float>, ptr %148, align 4
  %150 = or disjoint i64 %114, 192
  %151 = getelementptr inbounds float, ptr %hs, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = or disjoint i64 %114, 448
  %154 = getelementptr inbounds float, ptr %hs, i64 %153
  %155 = load <16 x float>, ptr %154, align 4
  %156 = or disjoint i64 %114, 224
  %157 = getelementptr inbounds float, ptr %hs, i64 %156
  %158 = load <16 x float>, ptr %157, align 4
  %159 = or disjoint i64 %114, 480
  %160 = getelementptr inbounds float, ptr %hs, i64 %159
  %161 = load <16 x float>, ptr %160, align 4
  %162 = shufflevector <16 x float> %116, <16 x float> %119, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %163 = shufflevector <16 x float> %140, <16 x float> %143, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %164 = shufflevector <16 x float> %122, <16 x float> %125, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %165 = shufflevector <16 x float> %146, <16 x float> %149, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %166 = shufflevector <16 x float> %128, <16 x float> %131, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %167 = shufflevector <16 x float> %152, <16 x float> %155, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %168 = shufflevector <16 x float> %134, <16 x float> %137, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %169 = shufflevector <16 x float> %158, <16 x float> %161, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %170 = shufflevector <16 x float> %116, <16 x float> %119, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %171 = shufflevector <16 x float> %140, <16 x float> %143, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %172 = shufflevector <16 x float> %122, <16 x float> %125, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %173 = shufflevector <16 x float> %146, <16 x float> %149, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %174 = shufflevector <16 x float> %128, <16 x float> %131, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %175 = shufflevector <16 x float> %152, <16 x float> %155, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %176 = shufflevector <16 x float> %134, <16 x float> %137, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %177 = shufflevector <16 x float> %158, <16 x float> %161, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %178 = shufflevector <16 x float> %162, <16 x float> %163, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %179 = shufflevector <16 x float> %166, <16 x float> %167, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %180 = shufflevector <16 x float> %164, <16 x float> %165, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %181 = shufflevector <16 x float> %168, <16 x float> %169, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %182 = shufflevector <16 x float> %162, <16 x float> %163, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %183 = shufflevector <16 x float> %166, <16 x float> %167, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %184 = shufflevector <16 x float> %164, <16 x float> %165, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %185 = shufflevector <16 x float> %168, <16 x float> %169, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %186 = shufflevector <16 x float> %170, <16 x float> %171, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %187 = shufflevector <16 x float> %174, <16 x float> %175, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %188 = shufflevector <16 x float> %172, <16 x float> %173, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %189 = shufflevector <16 x float> %176, <16 x float> %177, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %190 = shufflevector <16 x float> %170, <16 x float> %171, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %191 = shufflevector <16 x float> %174, <16 x float> %175, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %192 = shufflevector <16 x float> %172, <16 x float> %173, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %193 = shufflevector <16 x float> %176, <16 x float> %177, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %194 = shufflevector <16 x float> %178, <16 x float> %179, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %195 = shufflevector <16 x float> %180, <16 x float> %181, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %196 = shufflevector <16 x float> %178, <16 x float> %179, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %197 = shufflevector <16 x float> %180, <16 x float> %181, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %198 = shufflevector <16 x float> %182, <16 x float> %183, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %199 = shufflevector <16 x float> %184, <16 x float> %185, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %200 = shufflevector <16 x float> %182, <16 x float> %183, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %201 = shufflevector <16 x float> %184, <16 x float> %185, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %202 = shufflevector <16 x float> %186, <16 x float> %187, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %203 = shufflevector <16 x float> %188, <16 x float> %189, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %204 = shufflevector <16 x float> %186, <16 x float> %187, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %205 = shufflevector <16 x float> %188, <16 x float> %189, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %206 = shufflevector <16 x float> %190, <16 x float> %191, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %207 = shufflevector <16 x float> %192, <16 x float> %193, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %208 = shufflevector <16 x float> %190, <16 x float> %191, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %209 = shufflevector <16 x float> %192, <16 x float> %193, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %210 = shufflevector <16 x float> %194, <16 x float> %195, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %211 = shl nuw nsw i64 %j2.addr.02418, 5
  %212 = or disjoint i64 %211, %i2.addr.02419
  %213 = or disjoint i64 %212, 1024
  %214 = getelementptr inbounds float, ptr %Bk, i64 %213
  store <16 x float> %210, ptr %214, align 4
  %215 = shufflevector <16 x float> %194, <16 x float> %195, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %216 = or disjoint i64 %212, 1056
  %217 = getelementptr inbounds float, ptr %Bk, i64 %216
  store <16 x float> %215, ptr %217, align 4
  %218 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %219 = or disjoint i64 %212, 1088
  %220 = getelementptr inbounds float, ptr %Bk, i64 %219
  store <16 x float> %218, ptr %220, align 4
  %221 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %222 = or disjoint i64 %212, 1120
  %223 = getelementptr inbounds float, ptr %Bk, i64 %222
  store <16 x float> %221, ptr %223, align 4
  %224 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %225 = or disjoint i64 %212, 1152
  %226 = getelementptr inbounds float, ptr %Bk, i64 %225
  store <16 x float> %224, ptr %226, align 4
  %227 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %228 = or disjoint i64 %212, 1184
  %229 = getelementptr inbounds float, ptr %Bk, i64 %228
  store <16 x float> %227, ptr %229, align 4
  %230 = shufflevector <16 x float> %200, <16 x float> %201, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %231 = or disjoint i64 %212, 1216
  %232 = getelementptr inbounds float, ptr %Bk, i64 %231
  store <16 x float> %230, ptr %232, align 4
  %233 = shufflevector <16 x float> %200, <16 x float> %201, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %234 = or disjoint i64 %212, 1248
  %235 = getelementptr inbounds float, ptr %Bk, i64 %234
  store <16 x float> %233, ptr %235, align 4
  %236 = shufflevector <16 x float> %202, <16 x float> %203, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %237 = or disjoint i64 %212, 1280
  %238 = getelementptr inbounds float, ptr %Bk, i64 %237
  store <16 x float> %236, ptr %238, align 4
  %239 = shufflevector <16 x float> %202, <16 x float> %203, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %240 = or disjoint i64 %212, 1312
  %241 = getelementptr inbounds float, ptr %Bk, i64 %240
  store <16 x float> %239, ptr %241, align 4
  %242 = shufflevector <16 x float> %204, <16 x float> %205, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %243 = or disjoint i64 %212, 1344
  %244 = getelementptr inbounds float, ptr %Bk, i64 %243
  store <16 x float> %242, ptr %244, align 4
  %245 = shufflevector <16 x float> %204, <16 x float> %205, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %246 = or disjoint i64 %212, 1376
  %247 = getelementptr inbounds float, ptr %Bk, i64 %246
  store <16 x float> %245, ptr %247, align 4
  %248 = shufflevector <16 x float> %206, <16 x float> %207, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %249 = or disjoint i64 %212, 1408
  %250 = getelementptr inbounds float, ptr %Bk, i64 %249
  store <16 x float> %248, ptr %250, align 4
  %251 = shufflevector <16 x float> %206, <16 x float> %207, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %252 = or disjoint i64 %212, 1440
  %253 = getelementptr inbounds float, ptr %Bk, i64 %252
  store <16 x float> %251, ptr %253, align 4
  %254 = shufflevector <16 x float> %208, <16 x float> %209, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %255 = or disjoint i64 %212, 1472
  %256 = getelementptr inbounds float, ptr %Bk, i64 %255
  store <16 x float> %254, ptr %256, align 4
  %257 = shufflevector <16 x float> %208, <16 x float> %209, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %258 = or disjoint i64 %212, 1504
  %259 = getelementptr inbounds float, ptr %Bk, i64 %258
  store <16 x float> %257, ptr %259, align 4
  br i1 %113, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %110, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %260 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02421 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %261 = shl nuw nsw i64 %i3.addr.02421, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %262 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02420 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %263 = or disjoint i64 %j3.addr.02420, %261
  %264 = or disjoint i64 %263, 32
  %265 = getelementptr inbounds float, ptr %work, i64 %264
  %266 = load <16 x float>, ptr %265, align 4
  %267 = or disjoint i64 %263, 544
  %268 = getelementptr inbounds float, ptr %work, i64 %267
  %269 = load <16 x float>, ptr %268, align 4
  %270 = or disjoint i64 %263, 96
  %271 = getelementptr inbounds float, ptr %work, i64 %270
  %272 = load <16 x float>, ptr %271, align 4
  %273 = or disjoint i64 %263, 608
  %274 = getelementptr inbounds float, ptr %work, i64 %273
  %275 = load <16 x float>, ptr %274, align 4
  %276 = or disjoint i64 %263, 160
  %277 = getelementptr inbounds float, ptr %work, i64 %276
  %278 = load <16 x float>, ptr %277, align 4
  %279 = or disjoint i64 %263, 672
  %280 = getelementptr inbounds float, ptr %work, i64 %279
  %281 = load <16 x float>, ptr %280, align 4
  %282 = or disjoint i64 %263, 224
  %283 = getelementptr inbounds float, ptr %work, i64 %282
  %284 = load <16 x float>, ptr %283, align 4
  %285 = or disjoint i64 %263, 736
  %286 = getelementptr inbounds float, ptr %work, i64 %285
  %287 = load <16 x float>, ptr %286, align 4
  %288 = or disjoint i64 %263, 288
  %289 = getelementptr inbounds float, ptr %work, i64 %288
  %290 = load <16 x float>, ptr %289, align 4
  %291 = or disjoint i64 %263, 800
  %292 = getelementptr inbounds float, ptr %work, i64 %291
  %293 = load <16 x float>, ptr %292, align 4
  %294 = or disjoint i64 %263, 352
  %295 = getelementptr inbounds float, ptr %work, i64 %294
  %296 = load <16 x float>, ptr %295, align 4
  %297 = or disjoint i64 %263, 864
  %298 = getelementptr inbounds float, ptr %work, i64 %297
  %299 = load <16 x float>, ptr %298, align 4
  %300 = or disjoint i64 %263, 416
  %301 = getelementptr inbounds float, ptr %work, i64 %300
  %302 = load <16 x float>, ptr %301, align 4
  %303 = or disjoint i64 %263, 928
  %304 = getelementptr inbounds float, ptr %work, i64 %303
  %305 = load <16 x float>, ptr %304, align 4
  %306 = or disjoint i64 %263, 480
  %307 = getelementptr inbounds float, ptr %work, i64 %306
  %308 = load <16 x float>, ptr %307, align 4
  %309 = or disjoint i64 %263, 992
  %310 = getelementptr inbounds float, ptr %work, i64 %309
  %311 = load <16 x float>, ptr %310, align 4
  %312 = shufflevector <16 x float> %266, <16 x float> %269, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %313 = shufflevector <16 x float> %290, <16 x float> %293, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %314 = shufflevector <16 x float> %272, <16 x float> %275, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %315 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %316 = shufflevector <16 x float> %278, <16 x float> %281, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %317 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %318 = shufflevector <16 x float> %284, <16 x float> %287, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %319 = shufflevector <16 x float> %308, <16 x float> %311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %320 = shufflevector <16 x float> %266, <16 x float> %269, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %321 = shufflevector <16 x float> %290, <16 x float> %293, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %322 = shufflevector <16 x float> %272, <16 x float> %275, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %323 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %324 = shufflevector <16 x float> %278, <16 x float> %281, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %325 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %326 = shufflevector <16 x float> %284, <16 x float> %287, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %327 = shufflevector <16 x float> %308, <16 x float> %311, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %328 = shufflevector <16 x float> %312, <16 x float> %313, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %329 = shufflevector <16 x float> %316, <16 x float> %317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %330 = shufflevector <16 x float> %314, <16 x float> %315, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %331 = shufflevector <16 x float> %318, <16 x float> %319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %332 = shufflevector <16 x float> %312, <16 x float> %313, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %333 = shufflevector <16 x float> %316, <16 x float> %317, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %334 = shufflevector <16 x float> %314, <16 x float> %315, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %335 = shufflevector <16 x float> %318, <16 x float> %319, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %336 = shufflevector <16 x float> %320, <16 x float> %321, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %337 = shufflevector <16 x float> %324, <16 x float> %325, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %338 = shufflevector <16 x float> %322, <16 x float> %323, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %339 = shufflevector <16 x float> %326, <16 x float> %327, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %340 = shufflevector <16 x float> %320, <16 x float> %321, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %341 = shufflevector <16 x float> %324, <16 x float> %325, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %342 = shufflevector <16 x float> %322, <16 x float> %323, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %343 = shufflevector <16 x float> %326, <16 x float> %327, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %344 = shufflevector <16 x float> %328, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %345 = shufflevector <16 x float> %330, <16 x float> %331, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %346 = shufflevector <16 x float> %328, <16 x float> %329, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %347 = shufflevector <16 x float> %330, <16 x float> %331, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %348 = shufflevector <16 x float> %332, <16 x float> %333, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %349 = shufflevector <16 x float> %334, <16 x float> %335, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %350 = shufflevector <16 x float> %332, <16 x float> %333, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %351 = shufflevector <16 x float> %334, <16 x float> %335, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %352 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %353 = shufflevector <16 x float> %338, <16 x float> %339, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %354 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %355 = shufflevector <16 x float> %338, <16 x float> %339, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %356 = shufflevector <16 x float> %340, <16 x float> %341, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %357 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %358 = shufflevector <16 x float> %340, <16 x float> %341, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %359 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %360 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %361 = shl nuw nsw i64 %j3.addr.02420, 5
  %362 = or disjoint i64 %361, %i3.addr.02421
  %363 = getelementptr inbounds float, ptr %Bk, i64 %362
  store <16 x float> %360, ptr %363, align 4
  %364 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %365 = or disjoint i64 %362, 32
  %366 = getelementptr inbounds float, ptr %Bk, i64 %365
  store <16 x float> %364, ptr %366, align 4
  %367 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %368 = or disjoint i64 %362, 64
  %369 = getelementptr inbounds float, ptr %Bk, i64 %368
  store <16 x float> %367, ptr %369, align 4
  %370 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %371 = or disjoint i64 %362, 96
  %372 = getelementptr inbounds float, ptr %Bk, i64 %371
  store <16 x float> %370, ptr %372, align 4
  %373 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %374 = or disjoint i64 %362, 128
  %375 = getelementptr inbounds float, ptr %Bk, i64 %374
  store <16 x float> %373, ptr %375, align 4
  %376 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %377 = or disjoint i64 %362, 160
  %378 = getelementptr inbounds float, ptr %Bk, i64 %377
  store <16 x float> %376, ptr %378, align 4
  %379 = shufflevector <16 x float> %350, <16 x float> %351, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %380 = or disjoint i64 %362, 192
  %381 = getelementptr inbounds float, ptr %Bk, i64 %380
  store <16 x float> %379, ptr %381, align 4
  %382 = shufflevector <16 x float> %350, <16 x float> %351, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %383 = or disjoint i64 %362, 224
  %384 = getelementptr inbounds float, ptr %Bk, i64 %383
  store <16 x float> %382, ptr %384, align 4
  %385 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %386 = or disjoint i64 %362, 256
  %387 = getelementptr inbounds float, ptr %Bk, i64 %386
  store <16 x float> %385, ptr %387, align 4
  %388 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %389 = or disjoint i64 %362, 288
  %390 = getelementptr inbounds float, ptr %Bk, i64 %389
  store <16 x float> %388, ptr %390, align 4
  %391 = shufflevector <16 x float> %354, <16 x float> %355, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %392 = or disjoint i64 %362, 320
  %393 = getelementptr inbounds float, ptr %Bk, i64 %392
  store <16 x float> %391, ptr %393, align 4
  %394 = shufflevector <16 x float> %354, <16 x float> %355, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %395 = or disjoint i64 %362, 352
  %396 = getelementptr inbounds float, ptr %Bk, i64 %395
  store <16 x float> %394, ptr %396, align 4
  %397 = shufflevector <16 x float> %356, <16 x float> %357, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %398 = or disjoint i64 %362, 384
  %399 = getelementptr inbounds float, ptr %Bk, i64 %398
  store <16 x float> %397, ptr %399, align 4
  %400 = shufflevector <16 x float> %356, <16 x float> %357, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %401 = or disjoint i64 %362, 416
  %402 = getelementptr inbounds float, ptr %Bk, i64 %401
  store <16 x float> %400, ptr %402, align 4
  %403 = shufflevector <16 x float> %358, <16 x float> %359, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %404 = or disjoint i64 %362, 448
  %405 = getelementptr inbounds float, ptr %Bk, i64 %404
  store <16 x float> %403, ptr %405, align 4
  %406 = shufflevector <16 x float> %358, <16 x float> %359, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %407 = or disjoint i64 %362, 480
  %408 = getelementptr inbounds float, ptr %Bk, i64 %407
  store <16 x float> %406, ptr %408, align 4
  br i1 %262, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %260, label %j3.head.preheader, label %t.head.preheader

t.head.preheader:                                 ; preds = %j3.exit, %t.head.preheader
  %s.addr.02423 = phi i64 [ %s.next, %t.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02423, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2721 = shl nsw i64 %s.addr.02423, 8
  %invariant.gep3213 = getelementptr inbounds i8, ptr %M, i64 %.idx2721
  %409 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %410 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %411 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %412 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %413 = select <8 x i1> %409, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %414 = select <8 x i1> %410, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %415 = select <8 x i1> %411, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %416 = select <8 x i1> %412, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %417 = getelementptr inbounds i8, ptr %invariant.gep3213, i64 32
  %418 = getelementptr inbounds i8, ptr %invariant.gep3213, i64 64
  %419 = getelementptr inbounds i8, ptr %invariant.gep3213, i64 96
  store <8 x float> %413, ptr %invariant.gep3213, align 4
  store <8 x float> %414, ptr %417, align 4
  store <8 x float> %415, ptr %418, align 4
  store <8 x float> %416, ptr %419, align 4
  %420 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %421 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %422 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %423 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %424 = select <8 x i1> %420, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %425 = select <8 x i1> %421, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %426 = select <8 x i1> %422, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %427 = select <8 x i1> %423, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %428 = getelementptr inbounds i8, ptr %invariant.gep3213, i64 128
  %429 = getelementptr inbounds i8, ptr %invariant.gep3213, i64 160
  %430 = getelementptr inbounds i8, ptr %invariant.gep3213, i64 192
  %431 = getelementptr inbounds i8, ptr %invariant.gep3213, i64 224
  store <8 x float> %424, ptr %428, align 4
  store <8 x float> %425, ptr %429, align 4
  store <8 x float> %426, ptr %430, align 4
  store <8 x float> %427, ptr %431, align 4
  %s.next = add nuw nsw i64 %s.addr.02423, 1
  %exitcond2953.not = icmp eq i64 %s.next, 64
  br i1 %exitcond2953.not, label %t1.body.preheader, label %t.head.preheader

t1.body.preheader:                                ; preds = %t.head.preheader
  %432 = getelementptr i8, ptr %63, i64 %72
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02449 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %433 = shl nuw nsw i64 %t1.addr.02449, 9
  %gep3216 = getelementptr i8, ptr %invariant.gep3215, i64 %433
  %gep3218 = getelementptr i8, ptr %invariant.gep3217, i64 %433
  %gep3220 = getelementptr i8, ptr %invariant.gep3219, i64 %433
  %gep3222 = getelementptr i8, ptr %invariant.gep3221, i64 %433
  %gep3224 = getelementptr i8, ptr %invariant.gep3223, i64 %433
  %gep3226 = getelementptr i8, ptr %invariant.gep3225, i64 %433
  %gep3228 = getelementptr i8, ptr %invariant.gep3227, i64 %433
  %gep3230 = getelementptr i8, ptr %invariant.gep3229, i64 %433
  %434 = shl nuw nsw i64 %t1.addr.02449, 7
  %gep3232 = getelementptr i8, ptr %invariant.gep3231, i64 %434
  %435 = icmp sgt i64 %76, %t1.addr.02449
  br i1 %435, label %p.head.preheader, label %j9.head.preheader

j9.head.preheader:                                ; preds = %t1.body
  %gep3234 = getelementptr i8, ptr %invariant.gep3233, i64 %434
  %gep3236 = getelementptr i8, ptr %invariant.gep3235, i64 %434
  %gep3238 = getelementptr i8, ptr %invariant.gep3237, i64 %433
  %gep3240 = getelementptr i8, ptr %invariant.gep3239, i64 %433
  %gep3242 = getelementptr i8, ptr %invariant.gep3241, i64 %433
  %gep3244 = getelementptr i8, ptr %invariant.gep3243, i64 %433
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3234, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3236, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3232, i8 0, i64 128, i1 false)
  %i16 = shl nuw nsw i64 %t1.addr.02449, 2
  %436 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %436, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3230, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3238, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3228, i8 0, i64 128, i1 false)
  %i20 = or disjoint i64 %i16, 1
  %437 = getelementptr inbounds float, ptr %bet, i64 %i20
  store float 0.000000e+00, ptr %437, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3226, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3240, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3224, i8 0, i64 128, i1 false)
  %i24 = or disjoint i64 %i16, 2
  %438 = getelementptr inbounds float, ptr %bet, i64 %i24
  store float 0.000000e+00, ptr %438, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3222, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3242, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3220, i8 0, i64 128, i1 false)
  %i28 = or disjoint i64 %i16, 3
  %439 = getelementptr inbounds float, ptr %bet, i64 %i28
  store float 0.000000e+00, ptr %439, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3218, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3244, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3216, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %440 = mul i64 %13, %t1.addr.02449
  %scevgep2970 = getelementptr i8, ptr %432, i64 %440
  %441 = mul i64 %18, %t1.addr.02449
  %442 = add i64 %71, %441
  %scevgep2972 = getelementptr i8, ptr %k, i64 %442
  %scevgep2974 = getelementptr i8, ptr %v, i64 %442
  %443 = add i64 %70, %441
  %scevgep2976 = getelementptr i8, ptr %k, i64 %443
  %scevgep2978 = getelementptr i8, ptr %v, i64 %443
  %444 = add i64 %69, %441
  %scevgep2980 = getelementptr i8, ptr %k, i64 %444
  %scevgep2982 = getelementptr i8, ptr %v, i64 %444
  %445 = add i64 %68, %441
  %scevgep2984 = getelementptr i8, ptr %k, i64 %445
  %scevgep2986 = getelementptr i8, ptr %v, i64 %445
  %446 = add nuw nsw i64 %t1.addr.02449, %t0
  %447 = mul nsw i64 %446, %sq
  %448 = shl nuw nsw i64 %t1.addr.02449, 5
  %449 = getelementptr float, ptr %qh, i64 %447
  %450 = load <16 x float>, ptr %449, align 4
  %451 = fmul <16 x float> %450, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %452 = or disjoint i64 %448, 2048
  %453 = getelementptr inbounds float, ptr %Bk, i64 %452
  store <16 x float> %451, ptr %453, align 4
  %454 = getelementptr inbounds float, ptr %QK, i64 %448
  store <16 x float> %451, ptr %454, align 4
  %455 = getelementptr float, ptr %64, i64 %447
  %456 = load <16 x float>, ptr %455, align 4
  %457 = fmul <16 x float> %456, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %458 = or disjoint i64 %448, 16
  %459 = or i64 %448, 2064
  %460 = getelementptr inbounds float, ptr %Bk, i64 %459
  store <16 x float> %457, ptr %460, align 4
  %461 = getelementptr inbounds float, ptr %QK, i64 %458
  store <16 x float> %457, ptr %461, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3232, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2970, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02449, 2
  %462 = or disjoint i64 %t1.addr.02449, %t0
  %tau = shl nsw i64 %462, 2
  %463 = mul nsw i64 %tau, %H
  %464 = getelementptr inbounds float, ptr %betah, i64 %463
  %465 = load float, ptr %464, align 4
  %466 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %465, ptr %466, align 4
  %467 = mul nsw i64 %tau, %sq
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3230, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2972, i64 128, i1 false)
  %468 = getelementptr float, ptr %kh, i64 %467
  %469 = load <16 x float>, ptr %468, align 4
  %470 = fneg <16 x float> %469
  %gep3246 = getelementptr inbounds float, ptr %invariant.gep3245, i64 %434
  store <16 x float> %470, ptr %gep3246, align 4
  %471 = getelementptr float, ptr %65, i64 %467
  %472 = load <16 x float>, ptr %471, align 4
  %473 = fneg <16 x float> %472
  %gep3248 = getelementptr inbounds float, ptr %invariant.gep3247, i64 %434
  store <16 x float> %473, ptr %gep3248, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3228, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2974, i64 128, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %474 = mul nsw i64 %tau1, %H
  %475 = getelementptr inbounds float, ptr %betah, i64 %474
  %476 = load float, ptr %475, align 4
  %477 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %476, ptr %477, align 4
  %478 = mul nsw i64 %tau1, %sq
  %479 = shl nuw nsw i64 %i7, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3226, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2976, i64 128, i1 false)
  %480 = getelementptr float, ptr %kh, i64 %478
  %481 = load <16 x float>, ptr %480, align 4
  %482 = fneg <16 x float> %481
  %gep3250 = getelementptr inbounds float, ptr %invariant.gep3249, i64 %479
  store <16 x float> %482, ptr %gep3250, align 4
  %483 = getelementptr float, ptr %65, i64 %478
  %484 = load <16 x float>, ptr %483, align 4
  %485 = fneg <16 x float> %484
  %gep3252 = getelementptr inbounds float, ptr %invariant.gep3251, i64 %479
  store <16 x float> %485, ptr %gep3252, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3224, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2978, i64 128, i1 false)
  %i9 = or disjoint i64 %i5, 2
  %tau2 = or disjoint i64 %tau, 2
  %486 = mul nsw i64 %tau2, %H
  %487 = getelementptr inbounds float, ptr %betah, i64 %486
  %488 = load float, ptr %487, align 4
  %489 = getelementptr inbounds float, ptr %bet, i64 %i9
  store float %488, ptr %489, align 4
  %490 = mul nsw i64 %tau2, %sq
  %491 = shl nuw nsw i64 %i9, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3222, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2980, i64 128, i1 false)
  %492 = getelementptr float, ptr %kh, i64 %490
  %493 = load <16 x float>, ptr %492, align 4
  %494 = fneg <16 x float> %493
  %gep3254 = getelementptr inbounds float, ptr %invariant.gep3253, i64 %491
  store <16 x float> %494, ptr %gep3254, align 4
  %495 = getelementptr float, ptr %65, i64 %490
  %496 = load <16 x float>, ptr %495, align 4
  %497 = fneg <16 x float> %496
  %gep3256 = getelementptr inbounds float, ptr %invariant.gep3255, i64 %491
  store <16 x float> %497, ptr %gep3256, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3220, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2982, i64 128, i1 false)
  %i11 = or disjoint i64 %i5, 3
  %tau3 = or disjoint i64 %tau, 3
  %498 = mul nsw i64 %tau3, %H
  %499 = getelementptr inbounds float, ptr %betah, i64 %498
  %500 = load float, ptr %499, align 4
  %501 = getelementptr inbounds float, ptr %bet, i64 %i11
  store float %500, ptr %501, align 4
  %502 = mul nsw i64 %tau3, %sq
  %503 = shl nuw nsw i64 %i11, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3218, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2984, i64 128, i1 false)
  %504 = getelementptr float, ptr %kh, i64 %502
  %505 = load <16 x float>, ptr %504, align 4
  %506 = fneg <16 x float> %505
  %gep3258 = getelementptr inbounds float, ptr %invariant.gep3257, i64 %503
  store <16 x float> %506, ptr %gep3258, align 4
  %507 = getelementptr float, ptr %65, i64 %502
  %508 = load <16 x float>, ptr %507, align 4
  %509 = fneg <16 x float> %508
  %gep3260 = getelementptr inbounds float, ptr %invariant.gep3259, i64 %503
  store <16 x float> %509, ptr %gep3260, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3216, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2986, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j9.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02449, 1
  %exitcond2987.not = icmp eq i64 %t1.next, 64
  br i1 %exitcond2987.not, label %j24.head.preheader, label %t1.body

j24.head.preheader:                               ; preds = %endif, %j24.exit
  %i32.addr.02451 = phi i64 [ %i32.next, %j24.exit ], [ 0, %endif ]
  %.idx3045 = shl nsw i64 %i32.addr.02451, 7
  %invariant.gep3261 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3045
  br label %j24.body

j24.body:                                         ; preds = %j24.head.preheader, %j24.body
  %510 = phi i1 [ true, %j24.head.preheader ], [ false, %j24.body ]
  %j24.addr.02450 = phi i64 [ 0, %j24.head.preheader ], [ 16, %j24.body ]
  %gep3262 = getelementptr inbounds float, ptr %invariant.gep3261, i64 %j24.addr.02450
  %511 = getelementptr inbounds i8, ptr %gep3262, i64 16384
  %512 = load <16 x float>, ptr %511, align 4
  %513 = getelementptr inbounds i8, ptr %gep3262, i64 17408
  %514 = load <16 x float>, ptr %513, align 4
  %515 = getelementptr inbounds i8, ptr %gep3262, i64 16512
  %516 = load <16 x float>, ptr %515, align 4
  %517 = getelementptr inbounds i8, ptr %gep3262, i64 17536
  %518 = load <16 x float>, ptr %517, align 4
  %519 = getelementptr inbounds i8, ptr %gep3262, i64 16640
  %520 = load <16 x float>, ptr %519, align 4
  %521 = getelementptr inbounds i8, ptr %gep3262, i64 17664
  %522 = load <16 x float>, ptr %521, align 4
  %523 = getelementptr inbounds i8, ptr %gep3262, i64 16768
  %524 = load <16 x float>, ptr %523, align 4
  %525 = getelementptr inbounds i8, ptr %gep3262, i64 17792
  %526 = load <16 x float>, ptr %525, align 4
  %527 = getelementptr inbounds i8, ptr %gep3262, i64 16896
  %528 = load <16 x float>, ptr %527, align 4
  %529 = getelementptr inbounds i8, ptr %gep3262, i64 17920
  %530 = load <16 x float>, ptr %529, align 4
  %531 = getelementptr inbounds i8, ptr %gep3262, i64 17024
  %532 = load <16 x float>, ptr %531, align 4
  %533 = getelementptr inbounds i8, ptr %gep3262, i64 18048
  %534 = load <16 x float>, ptr %533, align 4
  %535 = getelementptr inbounds i8, ptr %gep3262, i64 17152
  %536 = load <16 x float>, ptr %535, align 4
  %537 = getelementptr inbounds i8, ptr %gep3262, i64 18176
  %538 = load <16 x float>, ptr %537, align 4
  %539 = getelementptr inbounds i8, ptr %gep3262, i64 17280
  %540 = load <16 x float>, ptr %539, align 4
  %541 = getelementptr inbounds i8, ptr %gep3262, i64 18304
  %542 = load <16 x float>, ptr %541, align 4
  %543 = shufflevector <16 x float> %512, <16 x float> %514, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %544 = shufflevector <16 x float> %528, <16 x float> %530, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %545 = shufflevector <16 x float> %516, <16 x float> %518, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %546 = shufflevector <16 x float> %532, <16 x float> %534, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %547 = shufflevector <16 x float> %520, <16 x float> %522, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %548 = shufflevector <16 x float> %536, <16 x float> %538, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %549 = shufflevector <16 x float> %524, <16 x float> %526, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %550 = shufflevector <16 x float> %540, <16 x float> %542, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %551 = shufflevector <16 x float> %512, <16 x float> %514, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %552 = shufflevector <16 x float> %528, <16 x float> %530, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %553 = shufflevector <16 x float> %516, <16 x float> %518, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %554 = shufflevector <16 x float> %532, <16 x float> %534, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %555 = shufflevector <16 x float> %520, <16 x float> %522, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %556 = shufflevector <16 x float> %536, <16 x float> %538, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %557 = shufflevector <16 x float> %524, <16 x float> %526, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %558 = shufflevector <16 x float> %540, <16 x float> %542, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %559 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %560 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %561 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %562 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %563 = shufflevector <16 x float> %543, <16 x float> %544, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %564 = shufflevector <16 x float> %547, <16 x float> %548, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %565 = shufflevector <16 x float> %545, <16 x float> %546, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %566 = shufflevector <16 x float> %549, <16 x float> %550, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %567 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %568 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %569 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %570 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %571 = shufflevector <16 x float> %551, <16 x float> %552, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %572 = shufflevector <16 x float> %555, <16 x float> %556, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %573 = shufflevector <16 x float> %553, <16 x float> %554, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %574 = shufflevector <16 x float> %557, <16 x float> %558, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %575 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %576 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %577 = shufflevector <16 x float> %559, <16 x float> %560, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %578 = shufflevector <16 x float> %561, <16 x float> %562, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %579 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %580 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %581 = shufflevector <16 x float> %563, <16 x float> %564, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %582 = shufflevector <16 x float> %565, <16 x float> %566, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %583 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %584 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %585 = shufflevector <16 x float> %567, <16 x float> %568, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %586 = shufflevector <16 x float> %569, <16 x float> %570, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %587 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %588 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %589 = shufflevector <16 x float> %571, <16 x float> %572, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %590 = shufflevector <16 x float> %573, <16 x float> %574, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %591 = shufflevector <16 x float> %575, <16 x float> %576, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %592 = shl nuw nsw i64 %j24.addr.02450, 8
  %593 = add nuw nsw i64 %592, %i32.addr.02451
  %594 = getelementptr inbounds float, ptr %KT, i64 %593
  store <16 x float> %591, ptr %594, align 4
  %595 = shufflevector <16 x float> %575, <16 x float> %576, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %596 = or disjoint i64 %593, 256
  %597 = getelementptr inbounds float, ptr %KT, i64 %596
  store <16 x float> %595, ptr %597, align 4
  %598 = shufflevector <16 x float> %577, <16 x float> %578, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %599 = or disjoint i64 %593, 512
  %600 = getelementptr inbounds float, ptr %KT, i64 %599
  store <16 x float> %598, ptr %600, align 4
  %601 = shufflevector <16 x float> %577, <16 x float> %578, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %602 = or disjoint i64 %593, 768
  %603 = getelementptr inbounds float, ptr %KT, i64 %602
  store <16 x float> %601, ptr %603, align 4
  %604 = shufflevector <16 x float> %579, <16 x float> %580, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %605 = or disjoint i64 %593, 1024
  %606 = getelementptr inbounds float, ptr %KT, i64 %605
  store <16 x float> %604, ptr %606, align 4
  %607 = shufflevector <16 x float> %579, <16 x float> %580, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %608 = or disjoint i64 %593, 1280
  %609 = getelementptr inbounds float, ptr %KT, i64 %608
  store <16 x float> %607, ptr %609, align 4
  %610 = shufflevector <16 x float> %581, <16 x float> %582, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %611 = or disjoint i64 %593, 1536
  %612 = getelementptr inbounds float, ptr %KT, i64 %611
  store <16 x float> %610, ptr %612, align 4
  %613 = shufflevector <16 x float> %581, <16 x float> %582, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %614 = or disjoint i64 %593, 1792
  %615 = getelementptr inbounds float, ptr %KT, i64 %614
  store <16 x float> %613, ptr %615, align 4
  %616 = shufflevector <16 x float> %583, <16 x float> %584, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %617 = or disjoint i64 %593, 2048
  %618 = getelementptr inbounds float, ptr %KT, i64 %617
  store <16 x float> %616, ptr %618, align 4
  %619 = shufflevector <16 x float> %583, <16 x float> %584, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %620 = or disjoint i64 %593, 2304
  %621 = getelementptr inbounds float, ptr %KT, i64 %620
  store <16 x float> %619, ptr %621, align 4
  %622 = shufflevector <16 x float> %585, <16 x float> %586, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %623 = or disjoint i64 %593, 2560
  %624 = getelementptr inbounds float, ptr %KT, i64 %623
  store <16 x float> %622, ptr %624, align 4
  %625 = shufflevector <16 x float> %585, <16 x float> %586, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %626 = or disjoint i64 %593, 2816
  %627 = getelementptr inbounds float, ptr %KT, i64 %626
  store <16 x float> %625, ptr %627, align 4
  %628 = shufflevector <16 x float> %587, <16 x float> %588, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %629 = or disjoint i64 %593, 3072
  %630 = getelementptr inbounds float, ptr %KT, i64 %629
  store <16 x float> %628, ptr %630, align 4
  %631 = shufflevector <16 x float> %587, <16 x float> %588, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %632 = or disjoint i64 %593, 3328
  %633 = getelementptr inbounds float, ptr %KT, i64 %632
  store <16 x float> %631, ptr %633, align 4
  %634 = shufflevector <16 x float> %589, <16 x float> %590, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %635 = or disjoint i64 %593, 3584
  %636 = getelementptr inbounds float, ptr %KT, i64 %635
  store <16 x float> %634, ptr %636, align 4
  %637 = shufflevector <16 x float> %589, <16 x float> %590, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %638 = or disjoint i64 %593, 3840
  %639 = getelementptr inbounds float, ptr %KT, i64 %638
  store <16 x float> %637, ptr %639, align 4
  br i1 %510, label %j24.body, label %j24.exit

j24.exit:                                         ; preds = %j24.body
  %i32.next = add nuw nsw i64 %i32.addr.02451, 16
  %640 = icmp ult i64 %i32.addr.02451, 240
  br i1 %640, label %j24.head.preheader, label %j25.head.preheader

j25.head.preheader:                               ; preds = %j24.exit, %j25.exit
  %i33.addr.02453 = phi i64 [ %i33.next, %j25.exit ], [ 0, %j24.exit ]
  %641 = shl nuw nsw i64 %i33.addr.02453, 5
  br label %j25.body

j25.body:                                         ; preds = %j25.head.preheader, %j25.body
  %642 = phi i1 [ true, %j25.head.preheader ], [ false, %j25.body ]
  %j25.addr.02452 = phi i64 [ 0, %j25.head.preheader ], [ 16, %j25.body ]
  %643 = or disjoint i64 %j25.addr.02452, %641
  %644 = or disjoint i64 %643, 2048
  %645 = getelementptr inbounds float, ptr %Bk, i64 %644
  %646 = load <16 x float>, ptr %645, align 4
  %647 = or disjoint i64 %643, 2304
  %648 = getelementptr inbounds float, ptr %Bk, i64 %647
  %649 = load <16 x float>, ptr %648, align 4
  %650 = or disjoint i64 %643, 2080
  %651 = getelementptr inbounds float, ptr %Bk, i64 %650
  %652 = load <16 x float>, ptr %651, align 4
  %653 = or disjoint i64 %643, 2336
  %654 = getelementptr inbounds float, ptr %Bk, i64 %653
  %655 = load <16 x float>, ptr %654, align 4
  %656 = or disjoint i64 %643, 2112
  %657 = getelementptr inbounds float, ptr %Bk, i64 %656
  %658 = load <16 x float>, ptr %657, align 4
  %659 = or disjoint i64 %643, 2368
  %660 = getelementptr inbounds float, ptr %Bk, i64 %659
  %661 = load <16 x float>, ptr %660, align 4
  %662 = or disjoint i64 %643, 2144
  %663 = getelementptr inbounds float, ptr %Bk, i64 %662
  %664 = load <16 x float>, ptr %663, align 4
  %665 = or disjoint i64 %643, 2400
  %666 = getelementptr inbounds float, ptr %Bk, i64 %665
  %667 = load <16 x float>, ptr %666, align 4
  %668 = or disjoint i64 %643, 2176
  %669 = getelementptr inbounds float, ptr %Bk, i64 %668
  %670 = load <16 x float>, ptr %669, align 4
  %671 = or disjoint i64 %643, 2432
  %672 = getelementptr inbounds float, ptr %Bk, i64 %671
  %673 = load <16 x float>, ptr %672, align 4
  %674 = or disjoint i64 %643, 2208
  %675 = getelementptr inbounds float, ptr %Bk, i64 %674
  %676 = load <16 x float>, ptr %675, align 4
  %677 = or disjoint i64 %643, 2464
  %678 = getelementptr inbounds float, ptr %Bk, i64 %677
  %679 = load <16 x float>, ptr %678, align 4
  %680 = or disjoint i64 %643, 2240
  %681 = getelementptr inbounds float, ptr %Bk, i64 %680
  %682 = load <16 x float>, ptr %681, align 4
  %683 = or disjoint i64 %643, 2496
  %684 = getelementptr inbounds float, ptr %Bk, i64 %683
  %685 = load <16 x float>, ptr %684, align 4
  %686 = or disjoint i64 %643, 2272
  %687 = getelementptr inbounds float, ptr %Bk, i64 %686
  %688 = load <16 x float>, ptr %687, align 4
  %689 = or disjoint i64 %643, 2528
  %690 = getelementptr inbounds float, ptr %Bk, i64 %689
  %691 = load <16 x float>, ptr %690, align 4
  %692 = shufflevector <16 x float> %646, <16 x float> %649, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %693 = shufflevector <16 x float> %670, <16 x float> %673, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %694 = shufflevector <16 x float> %652, <16 x float> %655, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %695 = shufflevector <16 x float> %676, <16 x float> %679, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %696 = shufflevector <16 x float> %658, <16 x float> %661, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %697 = shufflevector <16 x float> %682, <16 x float> %685, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %698 = shufflevector <16 x float> %664, <16 x float> %667, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %699 = shufflevector <16 x float> %688, <16 x float> %691, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %700 = shufflevector <16 x float> %646, <16 x float> %649, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %701 = shufflevector <16 x float> %670, <16 x float> %673, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %702 = shufflevector <16 x float> %652, <16 x float> %655, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %703 = shufflevector <16 x float> %676, <16 x float> %679, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %704 = shufflevector <16 x float> %658, <16 x float> %661, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %705 = shufflevector <16 x float> %682, <16 x float> %685, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %706 = shufflevector <16 x float> %664, <16 x float> %667, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %707 = shufflevector <16 x float> %688, <16 x float> %691, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %708 = shufflevector <16 x float> %692, <16 x float> %693, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %709 = shufflevector <16 x float> %696, <16 x float> %697, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %710 = shufflevector <16 x float> %694, <16 x float> %695, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %711 = shufflevector <16 x float> %698, <16 x float> %699, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %712 = shufflevector <16 x float> %692, <16 x float> %693, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %713 = shufflevector <16 x float> %696, <16 x float> %697, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %714 = shufflevector <16 x float> %694, <16 x float> %695, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %715 = shufflevector <16 x float> %698, <16 x float> %699, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %716 = shufflevector <16 x float> %700, <16 x float> %701, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %717 = shufflevector <16 x float> %704, <16 x float> %705, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %718 = shufflevector <16 x float> %702, <16 x float> %703, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %719 = shufflevector <16 x float> %706, <16 x float> %707, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %720 = shufflevector <16 x float> %700, <16 x float> %701, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %721 = shufflevector <16 x float> %704, <16 x float> %705, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %722 = shufflevector <16 x float> %702, <16 x float> %703, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %723 = shufflevector <16 x float> %706, <16 x float> %707, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %724 = shufflevector <16 x float> %708, <16 x float> %709, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %725 = shufflevector <16 x float> %710, <16 x float> %711, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %726 = shufflevector <16 x float> %708, <16 x float> %709, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %727 = shufflevector <16 x float> %710, <16 x float> %711, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %728 = shufflevector <16 x float> %712, <16 x float> %713, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %729 = shufflevector <16 x float> %714, <16 x float> %715, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %730 = shufflevector <16 x float> %712, <16 x float> %713, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %731 = shufflevector <16 x float> %714, <16 x float> %715, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %732 = shufflevector <16 x float> %716, <16 x float> %717, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %733 = shufflevector <16 x float> %718, <16 x float> %719, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %734 = shufflevector <16 x float> %716, <16 x float> %717, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %735 = shufflevector <16 x float> %718, <16 x float> %719, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %736 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %737 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %738 = shufflevector <16 x float> %720, <16 x float> %721, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %739 = shufflevector <16 x float> %722, <16 x float> %723, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %740 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %741 = shl nuw nsw i64 %j25.addr.02452, 6
  %742 = add nuw nsw i64 %741, %i33.addr.02453
  %743 = getelementptr inbounds float, ptr %QcT, i64 %742
  store <16 x float> %740, ptr %743, align 4
  %744 = shufflevector <16 x float> %724, <16 x float> %725, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %745 = or disjoint i64 %742, 64
  %746 = getelementptr inbounds float, ptr %QcT, i64 %745
  store <16 x float> %744, ptr %746, align 4
  %747 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %748 = or disjoint i64 %742, 128
  %749 = getelementptr inbounds float, ptr %QcT, i64 %748
  store <16 x float> %747, ptr %749, align 4
  %750 = shufflevector <16 x float> %726, <16 x float> %727, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %751 = or disjoint i64 %742, 192
  %752 = getelementptr inbounds float, ptr %QcT, i64 %751
  store <16 x float> %750, ptr %752, align 4
  %753 = shufflevector <16 x float> %728, <16 x float> %729, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %754 = or disjoint i64 %742, 256
  %755 = getelementptr inbounds float, ptr %QcT, i64 %754
  store <16 x float> %753, ptr %755, align 4
  %756 = shufflevector <16 x float> %728, <16 x float> %729, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %757 = or disjoint i64 %742, 320
  %758 = getelementptr inbounds float, ptr %QcT, i64 %757
  store <16 x float> %756, ptr %758, align 4
  %759 = shufflevector <16 x float> %730, <16 x float> %731, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %760 = or disjoint i64 %742, 384
  %761 = getelementptr inbounds float, ptr %QcT, i64 %760
  store <16 x float> %759, ptr %761, align 4
  %762 = shufflevector <16 x float> %730, <16 x float> %731, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %763 = or disjoint i64 %742, 448
  %764 = getelementptr inbounds float, ptr %QcT, i64 %763
  store <16 x float> %762, ptr %764, align 4
  %765 = shufflevector <16 x float> %732, <16 x float> %733, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %766 = or disjoint i64 %742, 512
  %767 = getelementptr inbounds float, ptr %QcT, i64 %766
  store <16 x float> %765, ptr %767, align 4
  %768 = shufflevector <16 x float> %732, <16 x float> %733, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %769 = or disjoint i64 %742, 576
  %770 = getelementptr inbounds float, ptr %QcT, i64 %769
  store <16 x float> %768, ptr %770, align 4
  %771 = shufflevector <16 x float> %734, <16 x float> %735, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %772 = or disjoint i64 %742, 640
  %773 = getelementptr inbounds float, ptr %QcT, i64 %772
  store <16 x float> %771, ptr %773, align 4
  %774 = shufflevector <16 x float> %734, <16 x float> %735, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %775 = or disjoint i64 %742, 704
  %776 = getelementptr inbounds float, ptr %QcT, i64 %775
  store <16 x float> %774, ptr %776, align 4
  %777 = shufflevector <16 x float> %736, <16 x float> %737, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %778 = or disjoint i64 %742, 768
  %779 = getelementptr inbounds float, ptr %QcT, i64 %778
  store <16 x float> %777, ptr %779, align 4
  %780 = shufflevector <16 x float> %736, <16 x float> %737, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %781 = or disjoint i64 %742, 832
  %782 = getelementptr inbounds float, ptr %QcT, i64 %781
  store <16 x float> %780, ptr %782, align 4
  %783 = shufflevector <16 x float> %738, <16 x float> %739, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %784 = or disjoint i64 %742, 896
  %785 = getelementptr inbounds float, ptr %QcT, i64 %784
  store <16 x float> %783, ptr %785, align 4
  %786 = shufflevector <16 x float> %738, <16 x float> %739, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %787 = or disjoint i64 %742, 960
  %788 = getelementptr inbounds float, ptr %QcT, i64 %787
  store <16 x float> %786, ptr %788, align 4
  br i1 %642, label %j25.body, label %j25.exit

j25.exit:                                         ; preds = %j25.body
  %i33.next = add nuw nsw i64 %i33.addr.02453, 16
  %789 = icmp ult i64 %i33.addr.02453, 48
  br i1 %789, label %j25.head.preheader, label %j26.head.preheader

j26.head.preheader:                               ; preds = %j25.exit, %j26.exit
  %i34.addr.02455 = phi i64 [ %i34.next, %j26.exit ], [ 0, %j25.exit ]
  %790 = shl nuw nsw i64 %i34.addr.02455, 5
  br label %j26.body

j26.body:                                         ; preds = %j26.head.preheader, %j26.body
  %791 = phi i1 [ true, %j26.head.preheader ], [ false, %j26.body ]
  %j26.addr.02454 = phi i64 [ 0, %j26.head.preheader ], [ 16, %j26.body ]
  %792 = or disjoint i64 %j26.addr.02454, %790
  %793 = getelementptr inbounds float, ptr %OY, i64 %792
  %794 = load <16 x float>, ptr %793, align 4
  %795 = or disjoint i64 %792, 256
  %796 = getelementptr inbounds float, ptr %OY, i64 %795
  %797 = load <16 x float>, ptr %796, align 4
  %798 = or disjoint i64 %792, 32
  %799 = getelementptr inbounds float, ptr %OY, i64 %798
  %800 = load <16 x float>, ptr %799, align 4
  %801 = or disjoint i64 %792, 288
  %802 = getelementptr inbounds float, ptr %OY, i64 %801
  %803 = load <16 x float>, ptr %802, align 4
  %804 = or disjoint i64 %792, 64
  %805 = getelementptr inbounds float, ptr %OY, i64 %804
  %806 = load <16 x float>, ptr %805, align 4
  %807 = or disjoint i64 %792, 320
  %808 = getelementptr inbounds float, ptr %OY, i64 %807
  %809 = load <16 x float>, ptr %808, align 4
  %810 = or disjoint i64 %792, 96
  %811 = getelementptr inbounds float, ptr %OY, i64 %810
  %812 = load <16 x float>, ptr %811, align 4
  %813 = or disjoint i64 %792, 352
  %814 = getelementptr inbounds float, ptr %OY, i64 %813
  %815 = load <16 x float>, ptr %814, align 4
  %816 = or disjoint i64 %792, 128
  %817 = getelementptr inbounds float, ptr %OY, i64 %816
  %818 = load <16 x float>, ptr %817, align 4
  %819 = or disjoint i64 %792, 384
  %820 = getelementptr inbounds float, ptr %OY, i64 %819
  %821 = load <16 x float>, ptr %820, align 4
  %822 = or disjoint i64 %792, 160
  %823 = getelementptr inbounds float, ptr %OY, i64 %822
  %824 = load <16 x float>, ptr %823, align 4
  %825 = or disjoint i64 %792, 416
  %826 = getelementptr inbounds float, ptr %OY, i64 %825
  %827 = load <16 x float>, ptr %826, align 4
  %828 = or disjoint i64 %792, 192
  %829 = getelementptr inbounds float, ptr %OY, i64 %828
  %830 = load <16 x float>, ptr %829, align 4
  %831 = or disjoint i64 %792, 448
  %832 = getelementptr inbounds float, ptr %OY, i64 %831
  %833 = load <16 x float>, ptr %832, align 4
  %834 = or disjoint i64 %792, 224
  %835 = getelementptr inbounds float, ptr %OY, i64 %834
  %836 = load <16 x float>, ptr %835, align 4
  %837 = or disjoint i64 %792, 480
  %838 = getelementptr inbounds float, ptr %OY, i64 %837
  %839 = load <16 x float>, ptr %838, align 4
  %840 = shufflevector <16 x float> %794, <16 x float> %797, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %841 = shufflevector <16 x float> %818, <16 x float> %821, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %842 = shufflevector <16 x float> %800, <16 x float> %803, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %843 = shufflevector <16 x float> %824, <16 x float> %827, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %844 = shufflevector <16 x float> %806, <16 x float> %809, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %845 = shufflevector <16 x float> %830, <16 x float> %833, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %846 = shufflevector <16 x float> %812, <16 x float> %815, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %847 = shufflevector <16 x float> %836, <16 x float> %839, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %848 = shufflevector <16 x float> %794, <16 x float> %797, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %849 = shufflevector <16 x float> %818, <16 x float> %821, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %850 = shufflevector <16 x float> %800, <16 x float> %803, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %851 = shufflevector <16 x float> %824, <16 x float> %827, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %852 = shufflevector <16 x float> %806, <16 x float> %809, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %853 = shufflevector <16 x float> %830, <16 x float> %833, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %854 = shufflevector <16 x float> %812, <16 x float> %815, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %855 = shufflevector <16 x float> %836, <16 x float> %839, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %856 = shufflevector <16 x float> %840, <16 x float> %841, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %857 = shufflevector <16 x float> %844, <16 x float> %845, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %858 = shufflevector <16 x float> %842, <16 x float> %843, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %859 = shufflevector <16 x float> %846, <16 x float> %847, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %860 = shufflevector <16 x float> %840, <16 x float> %841, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %861 = shufflevector <16 x float> %844, <16 x float> %845, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %862 = shufflevector <16 x float> %842, <16 x float> %843, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %863 = shufflevector <16 x float> %846, <16 x float> %847, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %864 = shufflevector <16 x float> %848, <16 x float> %849, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %865 = shufflevector <16 x float> %852, <16 x float> %853, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %866 = shufflevector <16 x float> %850, <16 x float> %851, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %867 = shufflevector <16 x float> %854, <16 x float> %855, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %868 = shufflevector <16 x float> %848, <16 x float> %849, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %869 = shufflevector <16 x float> %852, <16 x float> %853, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %870 = shufflevector <16 x float> %850, <16 x float> %851, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %871 = shufflevector <16 x float> %854, <16 x float> %855, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %872 = shufflevector <16 x float> %856, <16 x float> %857, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %873 = shufflevector <16 x float> %858, <16 x float> %859, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %874 = shufflevector <16 x float> %856, <16 x float> %857, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %875 = shufflevector <16 x float> %858, <16 x float> %859, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %876 = shufflevector <16 x float> %860, <16 x float> %861, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %877 = shufflevector <16 x float> %862, <16 x float> %863, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %878 = shufflevector <16 x float> %860, <16 x float> %861, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %879 = shufflevector <16 x float> %862, <16 x float> %863, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %880 = shufflevector <16 x float> %864, <16 x float> %865, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %881 = shufflevector <16 x float> %866, <16 x float> %867, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %882 = shufflevector <16 x float> %864, <16 x float> %865, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %883 = shufflevector <16 x float> %866, <16 x float> %867, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %884 = shufflevector <16 x float> %868, <16 x float> %869, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %885 = shufflevector <16 x float> %870, <16 x float> %871, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %886 = shufflevector <16 x float> %868, <16 x float> %869, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %887 = shufflevector <16 x float> %870, <16 x float> %871, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %888 = shufflevector <16 x float> %872, <16 x float> %873, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %889 = shl nuw nsw i64 %j26.addr.02454, 6
  %890 = add nuw nsw i64 %889, %i34.addr.02455
  %891 = getelementptr inbounds float, ptr %dOT, i64 %890
  store <16 x float> %888, ptr %891, align 4
  %892 = shufflevector <16 x float> %872, <16 x float> %873, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %893 = or disjoint i64 %890, 64
  %894 = getelementptr inbounds float, ptr %dOT, i64 %893
  store <16 x float> %892, ptr %894, align 4
  %895 = shufflevector <16 x float> %874, <16 x float> %875, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %896 = or disjoint i64 %890, 128
  %897 = getelementptr inbounds float, ptr %dOT, i64 %896
  store <16 x float> %895, ptr %897, align 4
  %898 = shufflevector <16 x float> %874, <16 x float> %875, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %899 = or disjoint i64 %890, 192
  %900 = getelementptr inbounds float, ptr %dOT, i64 %899
  store <16 x float> %898, ptr %900, align 4
  %901 = shufflevector <16 x float> %876, <16 x float> %877, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %902 = or disjoint i64 %890, 256
  %903 = getelementptr inbounds float, ptr %dOT, i64 %902
  store <16 x float> %901, ptr %903, align 4
  %904 = shufflevector <16 x float> %876, <16 x float> %877, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %905 = or disjoint i64 %890, 320
  %906 = getelementptr inbounds float, ptr %dOT, i64 %905
  store <16 x float> %904, ptr %906, align 4
  %907 = shufflevector <16 x float> %878, <16 x float> %879, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %908 = or disjoint i64 %890, 384
  %909 = getelementptr inbounds float, ptr %dOT, i64 %908
  store <16 x float> %907, ptr %909, align 4
  %910 = shufflevector <16 x float> %878, <16 x float> %879, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %911 = or disjoint i64 %890, 448
  %912 = getelementptr inbounds float, ptr %dOT, i64 %911
  store <16 x float> %910, ptr %912, align 4
  %913 = shufflevector <16 x float> %880, <16 x float> %881, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %914 = or disjoint i64 %890, 512
  %915 = getelementptr inbounds float, ptr %dOT, i64 %914
  store <16 x float> %913, ptr %915, align 4
  %916 = shufflevector <16 x float> %880, <16 x float> %881, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %917 = or disjoint i64 %890, 576
  %918 = getelementptr inbounds float, ptr %dOT, i64 %917
  store <16 x float> %916, ptr %918, align 4
  %919 = shufflevector <16 x float> %882, <16 x float> %883, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %920 = or disjoint i64 %890, 640
  %921 = getelementptr inbounds float, ptr %dOT, i64 %920
  store <16 x float> %919, ptr %921, align 4
  %922 = shufflevector <16 x float> %882, <16 x float> %883, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %923 = or disjoint i64 %890, 704
  %924 = getelementptr inbounds float, ptr %dOT, i64 %923
  store <16 x float> %922, ptr %924, align 4
  %925 = shufflevector <16 x float> %884, <16 x float> %885, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %926 = or disjoint i64 %890, 768
  %927 = getelementptr inbounds float, ptr %dOT, i64 %926
  store <16 x float> %925, ptr %927, align 4
  %928 = shufflevector <16 x float> %884, <16 x float> %885, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %929 = or disjoint i64 %890, 832
  %930 = getelementptr inbounds float, ptr %dOT, i64 %929
  store <16 x float> %928, ptr %930, align 4
  %931 = shufflevector <16 x float> %886, <16 x float> %887, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %932 = or disjoint i64 %890, 896
  %933 = getelementptr inbounds float, ptr %dOT, i64 %932
  store <16 x float> %931, ptr %933, align 4
  %934 = shufflevector <16 x float> %886, <16 x float> %887, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %935 = or disjoint i64 %890, 960
  %936 = getelementptr inbounds float, ptr %dOT, i64 %935
  store <16 x float> %934, ptr %936, align 4
  br i1 %791, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body
  %i34.next = add nuw nsw i64 %i34.addr.02455, 16
  %937 = icmp ult i64 %i34.addr.02455, 48
  br i1 %937, label %j26.head.preheader, label %i35.body

i35.head.loopexit:                                ; preds = %p5.exit
  %938 = icmp ult i64 %i35.addr.02466, 248
  br i1 %938, label %i35.body, label %p6.head.preheader

i35.body:                                         ; preds = %j26.exit, %i35.head.loopexit
  %i35.addr.02466 = phi i64 [ %939, %i35.head.loopexit ], [ 0, %j26.exit ]
  %939 = add nuw nsw i64 %i35.addr.02466, 8
  %.idx2400 = shl nuw nsw i64 %i35.addr.02466, 10
  %940 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2400
  %941 = shl nuw nsw i64 %i35.addr.02466, 8
  %942 = or disjoint i64 %941, 256
  %943 = getelementptr inbounds float, ptr %Gm, i64 %942
  %944 = or disjoint i64 %941, 512
  %945 = getelementptr inbounds float, ptr %Gm, i64 %944
  %946 = or disjoint i64 %941, 768
  %947 = getelementptr inbounds float, ptr %Gm, i64 %946
  %948 = or disjoint i64 %941, 1024
  %949 = getelementptr inbounds float, ptr %Gm, i64 %948
  %950 = or disjoint i64 %941, 1280
  %951 = getelementptr inbounds float, ptr %Gm, i64 %950
  %952 = or disjoint i64 %941, 1536
  %953 = getelementptr inbounds float, ptr %Gm, i64 %952
  %954 = or disjoint i64 %941, 1792
  %955 = getelementptr inbounds float, ptr %Gm, i64 %954
  %.idx3046 = shl nsw i64 %i35.addr.02466, 7
  %invariant.gep3263 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3046
  br label %p5.head.preheader

p5.head.preheader:                                ; preds = %i35.body, %p5.exit
  %j27.addr.02465 = phi i64 [ 0, %i35.body ], [ %j27.next, %p5.exit ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %j27.addr.02465
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc.02464 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %961, %p5.body ]
  %acc1.02463 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %966, %p5.body ]
  %acc2.02462 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %971, %p5.body ]
  %acc3.02461 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %976, %p5.body ]
  %acc4.02460 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %981, %p5.body ]
  %acc5.02459 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %986, %p5.body ]
  %acc6.02458 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %991, %p5.body ]
  %acc7.02457 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %996, %p5.body ]
  %p5.addr.02456 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %.idx2401 = shl nuw nsw i64 %p5.addr.02456, 10
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx2401
  %956 = load <16 x float>, ptr %gep, align 4
  %gep3264 = getelementptr inbounds float, ptr %invariant.gep3263, i64 %p5.addr.02456
  %957 = getelementptr inbounds i8, ptr %gep3264, i64 16384
  %958 = load float, ptr %957, align 4
  %959 = insertelement <16 x float> poison, float %958, i64 0
  %960 = shufflevector <16 x float> %959, <16 x float> poison, <16 x i32> zeroinitializer
  %961 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %960, <16 x float> %956, <16 x float> %acc.02464)
  %962 = getelementptr inbounds i8, ptr %gep3264, i64 16512
  %963 = load float, ptr %962, align 4
  %964 = insertelement <16 x float> poison, float %963, i64 0
  %965 = shufflevector <16 x float> %964, <16 x float> poison, <16 x i32> zeroinitializer
  %966 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %965, <16 x float> %956, <16 x float> %acc1.02463)
  %967 = getelementptr inbounds i8, ptr %gep3264, i64 16640
  %968 = load float, ptr %967, align 4
  %969 = insertelement <16 x float> poison, float %968, i64 0
  %970 = shufflevector <16 x float> %969, <16 x float> poison, <16 x i32> zeroinitializer
  %971 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %970, <16 x float> %956, <16 x float> %acc2.02462)
  %972 = getelementptr inbounds i8, ptr %gep3264, i64 16768
  %973 = load float, ptr %972, align 4
  %974 = insertelement <16 x float> poison, float %973, i64 0
  %975 = shufflevector <16 x float> %974, <16 x float> poison, <16 x i32> zeroinitializer
  %976 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %975, <16 x float> %956, <16 x float> %acc3.02461)
  %977 = getelementptr inbounds i8, ptr %gep3264, i64 16896
  %978 = load float, ptr %977, align 4
  %979 = insertelement <16 x float> poison, float %978, i64 0
  %980 = shufflevector <16 x float> %979, <16 x float> poison, <16 x i32> zeroinitializer
  %981 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %980, <16 x float> %956, <16 x float> %acc4.02460)
  %982 = getelementptr inbounds i8, ptr %gep3264, i64 17024
  %983 = load float, ptr %982, align 4
  %984 = insertelement <16 x float> poison, float %983, i64 0
  %985 = shufflevector <16 x float> %984, <16 x float> poison, <16 x i32> zeroinitializer
  %986 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %985, <16 x float> %956, <16 x float> %acc5.02459)
  %987 = getelementptr inbounds i8, ptr %gep3264, i64 17152
  %988 = load float, ptr %987, align 4
  %989 = insertelement <16 x float> poison, float %988, i64 0
  %990 = shufflevector <16 x float> %989, <16 x float> poison, <16 x i32> zeroinitializer
  %991 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %990, <16 x float> %956, <16 x float> %acc6.02458)
  %992 = getelementptr inbounds i8, ptr %gep3264, i64 17280
  %993 = load float, ptr %992, align 4
  %994 = insertelement <16 x float> poison, float %993, i64 0
  %995 = shufflevector <16 x float> %994, <16 x float> poison, <16 x i32> zeroinitializer
  %996 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %995, <16 x float> %956, <16 x float> %acc7.02457)
  %p5.next = add nuw nsw i64 %p5.addr.02456, 1
  %exitcond2988.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond2988.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %997 = getelementptr inbounds float, ptr %940, i64 %j27.addr.02465
  store <16 x float> %961, ptr %997, align 4
  %998 = getelementptr inbounds float, ptr %943, i64 %j27.addr.02465
  store <16 x float> %966, ptr %998, align 4
  %999 = getelementptr inbounds float, ptr %945, i64 %j27.addr.02465
  store <16 x float> %971, ptr %999, align 4
  %1000 = getelementptr inbounds float, ptr %947, i64 %j27.addr.02465
  store <16 x float> %976, ptr %1000, align 4
  %1001 = getelementptr inbounds float, ptr %949, i64 %j27.addr.02465
  store <16 x float> %981, ptr %1001, align 4
  %1002 = getelementptr inbounds float, ptr %951, i64 %j27.addr.02465
  store <16 x float> %986, ptr %1002, align 4
  %1003 = getelementptr inbounds float, ptr %953, i64 %j27.addr.02465
  store <16 x float> %991, ptr %1003, align 4
  %1004 = getelementptr inbounds float, ptr %955, i64 %j27.addr.02465
  store <16 x float> %996, ptr %1004, align 4
  %j27.next = add nuw nsw i64 %j27.addr.02465, 16
  %1005 = icmp ult i64 %j27.next, %939
  br i1 %1005, label %p5.head.preheader, label %i35.head.loopexit

p6.head.preheader:                                ; preds = %i35.head.loopexit, %p6.exit
  %i36.addr.02484 = phi i64 [ %i36.next, %p6.exit ], [ 0, %i35.head.loopexit ]
  %.idx3047 = shl nsw i64 %i36.addr.02484, 7
  %invariant.gep3265 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3047
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc8.02483 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1022, %p6.body ]
  %acc9.02482 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1023, %p6.body ]
  %acc10.02481 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1024, %p6.body ]
  %acc11.02480 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1025, %p6.body ]
  %acc12.02479 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1030, %p6.body ]
  %acc13.02478 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1031, %p6.body ]
  %acc14.02477 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1032, %p6.body ]
  %acc15.02476 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1033, %p6.body ]
  %acc16.02475 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1038, %p6.body ]
  %acc17.02474 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1039, %p6.body ]
  %acc18.02473 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1040, %p6.body ]
  %acc19.02472 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1041, %p6.body ]
  %acc20.02471 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1046, %p6.body ]
  %acc21.02470 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1047, %p6.body ]
  %acc22.02469 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1048, %p6.body ]
  %acc23.02468 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1049, %p6.body ]
  %p6.addr.02467 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1006 = shl nuw nsw i64 %p6.addr.02467, 6
  %1007 = getelementptr inbounds float, ptr %work, i64 %1006
  %1008 = load <16 x float>, ptr %1007, align 4
  %1009 = or disjoint i64 %1006, 16
  %1010 = getelementptr inbounds float, ptr %work, i64 %1009
  %1011 = load <16 x float>, ptr %1010, align 4
  %1012 = or disjoint i64 %1006, 32
  %1013 = getelementptr inbounds float, ptr %work, i64 %1012
  %1014 = load <16 x float>, ptr %1013, align 4
  %1015 = or disjoint i64 %1006, 48
  %1016 = getelementptr inbounds float, ptr %work, i64 %1015
  %1017 = load <16 x float>, ptr %1016, align 4
  %gep3266 = getelementptr inbounds float, ptr %invariant.gep3265, i64 %p6.addr.02467
  %1018 = getelementptr inbounds i8, ptr %gep3266, i64 16384
  %1019 = load float, ptr %1018, align 4
  %1020 = insertelement <16 x float> poison, float %1019, i64 0
  %1021 = shufflevector <16 x float> %1020, <16 x float> poison, <16 x i32> zeroinitializer
  %1022 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1021, <16 x float> %1008, <16 x float> %acc8.02483)
  %1023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1021, <16 x float> %1011, <16 x float> %acc9.02482)
  %1024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1021, <16 x float> %1014, <16 x float> %acc10.02481)
  %1025 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1021, <16 x float> %1017, <16 x float> %acc11.02480)
  %1026 = getelementptr inbounds i8, ptr %gep3266, i64 16512
  %1027 = load float, ptr %1026, align 4
  %1028 = insertelement <16 x float> poison, float %1027, i64 0
  %1029 = shufflevector <16 x float> %1028, <16 x float> poison, <16 x i32> zeroinitializer
  %1030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1029, <16 x float> %1008, <16 x float> %acc12.02479)
  %1031 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1029, <16 x float> %1011, <16 x float> %acc13.02478)
  %1032 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1029, <16 x float> %1014, <16 x float> %acc14.02477)
  %1033 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1029, <16 x float> %1017, <16 x float> %acc15.02476)
  %1034 = getelementptr inbounds i8, ptr %gep3266, i64 16640
  %1035 = load float, ptr %1034, align 4
  %1036 = insertelement <16 x float> poison, float %1035, i64 0
  %1037 = shufflevector <16 x float> %1036, <16 x float> poison, <16 x i32> zeroinitializer
  %1038 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1037, <16 x float> %1008, <16 x float> %acc16.02475)
  %1039 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1037, <16 x float> %1011, <16 x float> %acc17.02474)
  %1040 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1037, <16 x float> %1014, <16 x float> %acc18.02473)
  %1041 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1037, <16 x float> %1017, <16 x float> %acc19.02472)
  %1042 = getelementptr inbounds i8, ptr %gep3266, i64 16768
  %1043 = load float, ptr %1042, align 4
  %1044 = insertelement <16 x float> poison, float %1043, i64 0
  %1045 = shufflevector <16 x float> %1044, <16 x float> poison, <16 x i32> zeroinitializer
  %1046 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1045, <16 x float> %1008, <16 x float> %acc20.02471)
  %1047 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1045, <16 x float> %1011, <16 x float> %acc21.02470)
  %1048 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1045, <16 x float> %1014, <16 x float> %acc22.02469)
  %1049 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1045, <16 x float> %1017, <16 x float> %acc23.02468)
  %p6.next = add nuw nsw i64 %p6.addr.02467, 1
  %exitcond2989.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond2989.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1050 = shl nuw nsw i64 %i36.addr.02484, 6
  %1051 = getelementptr inbounds float, ptr %KSdS, i64 %1050
  store <16 x float> %1022, ptr %1051, align 4
  %1052 = or disjoint i64 %1050, 16
  %1053 = getelementptr inbounds float, ptr %KSdS, i64 %1052
  store <16 x float> %1023, ptr %1053, align 4
  %1054 = or disjoint i64 %1050, 32
  %1055 = getelementptr inbounds float, ptr %KSdS, i64 %1054
  store <16 x float> %1024, ptr %1055, align 4
  %1056 = or disjoint i64 %1050, 48
  %1057 = getelementptr inbounds float, ptr %KSdS, i64 %1056
  store <16 x float> %1025, ptr %1057, align 4
  %1058 = or disjoint i64 %1050, 64
  %1059 = getelementptr inbounds float, ptr %KSdS, i64 %1058
  store <16 x float> %1030, ptr %1059, align 4
  %1060 = or disjoint i64 %1050, 80
  %1061 = getelementptr inbounds float, ptr %KSdS, i64 %1060
  store <16 x float> %1031, ptr %1061, align 4
  %1062 = or disjoint i64 %1050, 96
  %1063 = getelementptr inbounds float, ptr %KSdS, i64 %1062
  store <16 x float> %1032, ptr %1063, align 4
  %1064 = or disjoint i64 %1050, 112
  %1065 = getelementptr inbounds float, ptr %KSdS, i64 %1064
  store <16 x float> %1033, ptr %1065, align 4
  %1066 = or disjoint i64 %1050, 128
  %1067 = getelementptr inbounds float, ptr %KSdS, i64 %1066
  store <16 x float> %1038, ptr %1067, align 4
  %1068 = or disjoint i64 %1050, 144
  %1069 = getelementptr inbounds float, ptr %KSdS, i64 %1068
  store <16 x float> %1039, ptr %1069, align 4
  %1070 = or disjoint i64 %1050, 160
  %1071 = getelementptr inbounds float, ptr %KSdS, i64 %1070
  store <16 x float> %1040, ptr %1071, align 4
  %1072 = or disjoint i64 %1050, 176
  %1073 = getelementptr inbounds float, ptr %KSdS, i64 %1072
  store <16 x float> %1041, ptr %1073, align 4
  %1074 = or disjoint i64 %1050, 192
  %1075 = getelementptr inbounds float, ptr %KSdS, i64 %1074
  store <16 x float> %1046, ptr %1075, align 4
  %1076 = or disjoint i64 %1050, 208
  %1077 = getelementptr inbounds float, ptr %KSdS, i64 %1076
  store <16 x float> %1047, ptr %1077, align 4
  %1078 = or disjoint i64 %1050, 224
  %1079 = getelementptr inbounds float, ptr %KSdS, i64 %1078
  store <16 x float> %1048, ptr %1079, align 4
  %1080 = or disjoint i64 %1050, 240
  %1081 = getelementptr inbounds float, ptr %KSdS, i64 %1080
  store <16 x float> %1049, ptr %1081, align 4
  %i36.next = add nuw nsw i64 %i36.addr.02484, 4
  %1082 = icmp ult i64 %i36.addr.02484, 252
  br i1 %1082, label %p6.head.preheader, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.head.preheader
  %i37.addr.02486 = phi i64 [ %i37.next.3, %p7.head.preheader ], [ 0, %p6.exit ]
  %.idx2742 = shl nsw i64 %i37.addr.02486, 7
  %1083 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2742
  %1084 = load <16 x float>, ptr %1083, align 4
  %.idx2743 = shl nsw i64 %i37.addr.02486, 8
  %1085 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2743
  %1086 = load <16 x float>, ptr %1085, align 4
  %1087 = fsub <16 x float> %1084, %1086
  store <16 x float> %1087, ptr %1083, align 4
  %1088 = getelementptr inbounds i8, ptr %25, i64 %.idx2742
  %1089 = load <16 x float>, ptr %1088, align 4
  %1090 = getelementptr inbounds i8, ptr %26, i64 %.idx2743
  %1091 = load <16 x float>, ptr %1090, align 4
  %1092 = fsub <16 x float> %1089, %1091
  store <16 x float> %1092, ptr %1088, align 4
  %i37.next = or disjoint i64 %i37.addr.02486, 1
  %.idx2742.1 = shl nsw i64 %i37.next, 7
  %1093 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2742.1
  %1094 = load <16 x float>, ptr %1093, align 4
  %.idx2743.1 = shl nsw i64 %i37.next, 8
  %1095 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2743.1
  %1096 = load <16 x float>, ptr %1095, align 4
  %1097 = fsub <16 x float> %1094, %1096
  store <16 x float> %1097, ptr %1093, align 4
  %1098 = getelementptr inbounds i8, ptr %25, i64 %.idx2742.1
  %1099 = load <16 x float>, ptr %1098, align 4
  %1100 = getelementptr inbounds i8, ptr %26, i64 %.idx2743.1
  %1101 = load <16 x float>, ptr %1100, align 4
  %1102 = fsub <16 x float> %1099, %1101
  store <16 x float> %1102, ptr %1098, align 4
  %i37.next.1 = or disjoint i64 %i37.addr.02486, 2
  %.idx2742.2 = shl nsw i64 %i37.next.1, 7
  %1103 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2742.2
  %1104 = load <16 x float>, ptr %1103, align 4
  %.idx2743.2 = shl nsw i64 %i37.next.1, 8
  %1105 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2743.2
  %1106 = load <16 x float>, ptr %1105, align 4
  %1107 = fsub <16 x float> %1104, %1106
  store <16 x float> %1107, ptr %1103, align 4
  %1108 = getelementptr inbounds i8, ptr %25, i64 %.idx2742.2
  %1109 = load <16 x float>, ptr %1108, align 4
  %1110 = getelementptr inbounds i8, ptr %26, i64 %.idx2743.2
  %1111 = load <16 x float>, ptr %1110, align 4
  %1112 = fsub <16 x float> %1109, %1111
  store <16 x float> %1112, ptr %1108, align 4
  %i37.next.2 = or disjoint i64 %i37.addr.02486, 3
  %.idx2742.3 = shl nsw i64 %i37.next.2, 7
  %1113 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2742.3
  %1114 = load <16 x float>, ptr %1113, align 4
  %.idx2743.3 = shl nsw i64 %i37.next.2, 8
  %1115 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2743.3
  %1116 = load <16 x float>, ptr %1115, align 4
  %1117 = fsub <16 x float> %1114, %1116
  store <16 x float> %1117, ptr %1113, align 4
  %1118 = getelementptr inbounds i8, ptr %25, i64 %.idx2742.3
  %1119 = load <16 x float>, ptr %1118, align 4
  %1120 = getelementptr inbounds i8, ptr %26, i64 %.idx2743.3
  %1121 = load <16 x float>, ptr %1120, align 4
  %1122 = fsub <16 x float> %1119, %1121
  store <16 x float> %1122, ptr %1118, align 4
  %i37.next.3 = add nuw nsw i64 %i37.addr.02486, 4
  %exitcond2990.not.3 = icmp eq i64 %i37.next.3, 256
  br i1 %exitcond2990.not.3, label %ib.body, label %p7.head.preheader

ib.body:                                          ; preds = %p7.head.preheader, %j29.exit
  %ib.addr.02503 = phi i64 [ %ib.next, %j29.exit ], [ 0, %p7.head.preheader ]
  %1123 = shl nuw nsw i64 %ib.addr.02503, 2
  %umax3626 = tail call i64 @llvm.umax.i64(i64 %1123, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02503, 2
  %.not2744 = icmp eq i64 %ib.addr.02503, 0
  br i1 %.not2744, label %j29.exit, label %j29.body.lr.ph

j29.body.lr.ph:                                   ; preds = %ib.body
  %.idx2399 = shl nuw nsw i64 %ib.addr.02503, 12
  %1124 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2399
  %1125 = shl nuw nsw i64 %ib.addr.02503, 10
  %1126 = or disjoint i64 %1125, 256
  %1127 = getelementptr inbounds float, ptr %Gm, i64 %1126
  %1128 = or disjoint i64 %1125, 512
  %1129 = getelementptr inbounds float, ptr %Gm, i64 %1128
  %1130 = or disjoint i64 %1125, 768
  %1131 = getelementptr inbounds float, ptr %Gm, i64 %1130
  %xtraiter = and i64 %umax3626, 1
  %1132 = icmp eq i64 %umax3626, 1
  br i1 %1132, label %j29.exit.loopexit.unr-lcssa, label %j29.body.lr.ph.new

j29.body.lr.ph.new:                               ; preds = %j29.body.lr.ph
  %unroll_iter = and i64 %umax3626, 9223372036854775804
  br label %j29.body

j29.body:                                         ; preds = %j29.body, %j29.body.lr.ph.new
  %acc24.02495 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1173, %j29.body ]
  %acc25.02494 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1174, %j29.body ]
  %acc26.02493 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1179, %j29.body ]
  %acc27.02492 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1180, %j29.body ]
  %acc28.02491 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1185, %j29.body ]
  %acc29.02490 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1186, %j29.body ]
  %acc30.02489 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1191, %j29.body ]
  %acc31.02488 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1192, %j29.body ]
  %j29.addr.02487 = phi i64 [ 0, %j29.body.lr.ph.new ], [ %j29.next.1, %j29.body ]
  %niter = phi i64 [ 0, %j29.body.lr.ph.new ], [ %niter.next.1, %j29.body ]
  %1133 = shl nsw i64 %j29.addr.02487, 5
  %1134 = getelementptr inbounds float, ptr %Vn, i64 %1133
  %1135 = load <16 x float>, ptr %1134, align 4
  %1136 = or disjoint i64 %1133, 16
  %1137 = getelementptr inbounds float, ptr %Vn, i64 %1136
  %1138 = load <16 x float>, ptr %1137, align 4
  %1139 = getelementptr inbounds float, ptr %1124, i64 %j29.addr.02487
  %1140 = load float, ptr %1139, align 4
  %1141 = insertelement <16 x float> poison, float %1140, i64 0
  %1142 = shufflevector <16 x float> %1141, <16 x float> poison, <16 x i32> zeroinitializer
  %1143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1142, <16 x float> %1135, <16 x float> %acc24.02495)
  %1144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1142, <16 x float> %1138, <16 x float> %acc25.02494)
  %1145 = getelementptr inbounds float, ptr %1127, i64 %j29.addr.02487
  %1146 = load float, ptr %1145, align 4
  %1147 = insertelement <16 x float> poison, float %1146, i64 0
  %1148 = shufflevector <16 x float> %1147, <16 x float> poison, <16 x i32> zeroinitializer
  %1149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1148, <16 x float> %1135, <16 x float> %acc26.02493)
  %1150 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1148, <16 x float> %1138, <16 x float> %acc27.02492)
  %1151 = getelementptr inbounds float, ptr %1129, i64 %j29.addr.02487
  %1152 = load float, ptr %1151, align 4
  %1153 = insertelement <16 x float> poison, float %1152, i64 0
  %1154 = shufflevector <16 x float> %1153, <16 x float> poison, <16 x i32> zeroinitializer
  %1155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1154, <16 x float> %1135, <16 x float> %acc28.02491)
  %1156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1154, <16 x float> %1138, <16 x float> %acc29.02490)
  %1157 = getelementptr inbounds float, ptr %1131, i64 %j29.addr.02487
  %1158 = load float, ptr %1157, align 4
  %1159 = insertelement <16 x float> poison, float %1158, i64 0
  %1160 = shufflevector <16 x float> %1159, <16 x float> poison, <16 x i32> zeroinitializer
  %1161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1160, <16 x float> %1135, <16 x float> %acc30.02489)
  %1162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1160, <16 x float> %1138, <16 x float> %acc31.02488)
  %j29.next = or disjoint i64 %j29.addr.02487, 1
  %1163 = shl nsw i64 %j29.next, 5
  %1164 = getelementptr inbounds float, ptr %Vn, i64 %1163
  %1165 = load <16 x float>, ptr %1164, align 4
  %1166 = or disjoint i64 %1163, 16
  %1167 = getelementptr inbounds float, ptr %Vn, i64 %1166
  %1168 = load <16 x float>, ptr %1167, align 4
  %1169 = getelementptr inbounds float, ptr %1124, i64 %j29.next
  %1170 = load float, ptr %1169, align 4
  %1171 = insertelement <16 x float> poison, float %1170, i64 0
  %1172 = shufflevector <16 x float> %1171, <16 x float> poison, <16 x i32> zeroinitializer
  %1173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1172, <16 x float> %1165, <16 x float> %1143)
  %1174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1172, <16 x float> %1168, <16 x float> %1144)
  %1175 = getelementptr inbounds float, ptr %1127, i64 %j29.next
  %1176 = load float, ptr %1175, align 4
  %1177 = insertelement <16 x float> poison, float %1176, i64 0
  %1178 = shufflevector <16 x float> %1177, <16 x float> poison, <16 x i32> zeroinitializer
  %1179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1178, <16 x float> %1165, <16 x float> %1149)
  %1180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1178, <16 x float> %1168, <16 x float> %1150)
  %1181 = getelementptr inbounds float, ptr %1129, i64 %j29.next
  %1182 = load float, ptr %1181, align 4
  %1183 = insertelement <16 x float> poison, float %1182, i64 0
  %1184 = shufflevector <16 x float> %1183, <16 x float> poison, <16 x i32> zeroinitializer
  %1185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1184, <16 x float> %1165, <16 x float> %1155)
  %1186 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1184, <16 x float> %1168, <16 x float> %1156)
  %1187 = getelementptr inbounds float, ptr %1131, i64 %j29.next
  %1188 = load float, ptr %1187, align 4
  %1189 = insertelement <16 x float> poison, float %1188, i64 0
  %1190 = shufflevector <16 x float> %1189, <16 x float> poison, <16 x i32> zeroinitializer
  %1191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1190, <16 x float> %1165, <16 x float> %1161)
  %1192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1190, <16 x float> %1168, <16 x float> %1162)
  %j29.next.1 = add nuw nsw i64 %j29.addr.02487, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j29.exit.loopexit.unr-lcssa, label %j29.body

j29.exit.loopexit.unr-lcssa:                      ; preds = %j29.body, %j29.body.lr.ph
  %.lcssa3497.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1173, %j29.body ]
  %.lcssa3496.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1174, %j29.body ]
  %.lcssa3495.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1179, %j29.body ]
  %.lcssa3494.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1180, %j29.body ]
  %.lcssa3493.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1185, %j29.body ]
  %.lcssa3492.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1186, %j29.body ]
  %.lcssa3491.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1191, %j29.body ]
  %.lcssa3490.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1192, %j29.body ]
  %acc24.02495.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1173, %j29.body ]
  %acc25.02494.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1174, %j29.body ]
  %acc26.02493.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1179, %j29.body ]
  %acc27.02492.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1180, %j29.body ]
  %acc28.02491.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1185, %j29.body ]
  %acc29.02490.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1186, %j29.body ]
  %acc30.02489.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1191, %j29.body ]
  %acc31.02488.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1192, %j29.body ]
  %j29.addr.02487.unr = phi i64 [ 0, %j29.body.lr.ph ], [ %j29.next.1, %j29.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j29.exit, label %j29.body.epil

j29.body.epil:                                    ; preds = %j29.exit.loopexit.unr-lcssa
  %1193 = shl nsw i64 %j29.addr.02487.unr, 5
  %1194 = getelementptr inbounds float, ptr %Vn, i64 %1193
  %1195 = load <16 x float>, ptr %1194, align 4
  %1196 = or disjoint i64 %1193, 16
  %1197 = getelementptr inbounds float, ptr %Vn, i64 %1196
  %1198 = load <16 x float>, ptr %1197, align 4
  %1199 = getelementptr inbounds float, ptr %1124, i64 %j29.addr.02487.unr
  %1200 = load float, ptr %1199, align 4
  %1201 = insertelement <16 x float> poison, float %1200, i64 0
  %1202 = shufflevector <16 x float> %1201, <16 x float> poison, <16 x i32> zeroinitializer
  %1203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1202, <16 x float> %1195, <16 x float> %acc24.02495.unr)
  %1204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1202, <16 x float> %1198, <16 x float> %acc25.02494.unr)
  %1205 = getelementptr inbounds float, ptr %1127, i64 %j29.addr.02487.unr
  %1206 = load float, ptr %1205, align 4
  %1207 = insertelement <16 x float> poison, float %1206, i64 0
  %1208 = shufflevector <16 x float> %1207, <16 x float> poison, <16 x i32> zeroinitializer
  %1209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1208, <16 x float> %1195, <16 x float> %acc26.02493.unr)
  %1210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1208, <16 x float> %1198, <16 x float> %acc27.02492.unr)
  %1211 = getelementptr inbounds float, ptr %1129, i64 %j29.addr.02487.unr
  %1212 = load float, ptr %1211, align 4
  %1213 = insertelement <16 x float> poison, float %1212, i64 0
  %1214 = shufflevector <16 x float> %1213, <16 x float> poison, <16 x i32> zeroinitializer
  %1215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1214, <16 x float> %1195, <16 x float> %acc28.02491.unr)
  %1216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1214, <16 x float> %1198, <16 x float> %acc29.02490.unr)
  %1217 = getelementptr inbounds float, ptr %1131, i64 %j29.addr.02487.unr
  %1218 = load float, ptr %1217, align 4
  %1219 = insertelement <16 x float> poison, float %1218, i64 0
  %1220 = shufflevector <16 x float> %1219, <16 x float> poison, <16 x i32> zeroinitializer
  %1221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1220, <16 x float> %1195, <16 x float> %acc30.02489.unr)
  %1222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1220, <16 x float> %1198, <16 x float> %acc31.02488.unr)
  br label %j29.exit

j29.exit:                                         ; preds = %j29.body.epil, %j29.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3490.ph, %j29.exit.loopexit.unr-lcssa ], [ %1222, %j29.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3491.ph, %j29.exit.loopexit.unr-lcssa ], [ %1221, %j29.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3492.ph, %j29.exit.loopexit.unr-lcssa ], [ %1216, %j29.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3493.ph, %j29.exit.loopexit.unr-lcssa ], [ %1215, %j29.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3494.ph, %j29.exit.loopexit.unr-lcssa ], [ %1210, %j29.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3495.ph, %j29.exit.loopexit.unr-lcssa ], [ %1209, %j29.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3496.ph, %j29.exit.loopexit.unr-lcssa ], [ %1204, %j29.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3497.ph, %j29.exit.loopexit.unr-lcssa ], [ %1203, %j29.body.epil ]
  %1223 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1224 = load float, ptr %1223, align 4
  %1225 = shl nuw nsw i64 %ib.addr.02503, 7
  %1226 = getelementptr inbounds float, ptr %Rr, i64 %1225
  %1227 = load <16 x float>, ptr %1226, align 4
  %1228 = fsub <16 x float> %1227, %acc24.0.lcssa
  store <16 x float> %1228, ptr %1226, align 4
  %1229 = insertelement <16 x float> poison, float %1224, i64 0
  %1230 = shufflevector <16 x float> %1229, <16 x float> poison, <16 x i32> zeroinitializer
  %1231 = fmul <16 x float> %1230, %1228
  %1232 = getelementptr inbounds float, ptr %Vn, i64 %1225
  store <16 x float> %1231, ptr %1232, align 4
  %1233 = mul nuw nsw i64 %ib.addr.02503, 1536
  %1234 = getelementptr inbounds float, ptr %Ak, i64 %1233
  store <16 x float> %1231, ptr %1234, align 4
  %1235 = or disjoint i64 %1225, 16
  %1236 = getelementptr inbounds float, ptr %Rr, i64 %1235
  %1237 = load <16 x float>, ptr %1236, align 4
  %1238 = fsub <16 x float> %1237, %acc25.0.lcssa
  store <16 x float> %1238, ptr %1236, align 4
  %1239 = fmul <16 x float> %1230, %1238
  %1240 = getelementptr inbounds float, ptr %Vn, i64 %1235
  store <16 x float> %1239, ptr %1240, align 4
  %1241 = or disjoint i64 %1233, 16
  %1242 = getelementptr inbounds float, ptr %Ak, i64 %1241
  store <16 x float> %1239, ptr %1242, align 4
  %i38 = or disjoint i64 %i0, 1
  %.idx2745 = shl nsw i64 %i38, 10
  %1243 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2745
  %1244 = getelementptr inbounds float, ptr %1243, i64 %i0
  %1245 = load float, ptr %1244, align 4
  %1246 = insertelement <16 x float> poison, float %1245, i64 0
  %1247 = shufflevector <16 x float> %1246, <16 x float> poison, <16 x i32> zeroinitializer
  %1248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1247, <16 x float> %1231, <16 x float> %acc26.0.lcssa)
  %1249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1247, <16 x float> %1239, <16 x float> %acc27.0.lcssa)
  %1250 = getelementptr inbounds float, ptr %bet, i64 %i38
  %1251 = load float, ptr %1250, align 4
  %1252 = shl nuw nsw i64 %i38, 5
  %1253 = getelementptr inbounds float, ptr %Rr, i64 %1252
  %1254 = load <16 x float>, ptr %1253, align 4
  %1255 = fsub <16 x float> %1254, %1248
  store <16 x float> %1255, ptr %1253, align 4
  %1256 = insertelement <16 x float> poison, float %1251, i64 0
  %1257 = shufflevector <16 x float> %1256, <16 x float> poison, <16 x i32> zeroinitializer
  %1258 = fmul <16 x float> %1257, %1255
  %1259 = getelementptr inbounds float, ptr %Vn, i64 %1252
  store <16 x float> %1258, ptr %1259, align 4
  %1260 = mul nuw nsw i64 %i38, 384
  %1261 = getelementptr inbounds float, ptr %Ak, i64 %1260
  store <16 x float> %1258, ptr %1261, align 4
  %1262 = or disjoint i64 %1252, 16
  %1263 = getelementptr inbounds float, ptr %Rr, i64 %1262
  %1264 = load <16 x float>, ptr %1263, align 4
  %1265 = fsub <16 x float> %1264, %1249
  store <16 x float> %1265, ptr %1263, align 4
  %1266 = fmul <16 x float> %1257, %1265
  %1267 = getelementptr inbounds float, ptr %Vn, i64 %1262
  store <16 x float> %1266, ptr %1267, align 4
  %1268 = or disjoint i64 %1260, 16
  %1269 = getelementptr inbounds float, ptr %Ak, i64 %1268
  store <16 x float> %1266, ptr %1269, align 4
  %i39 = or disjoint i64 %i0, 2
  %1270 = shl nuw nsw i64 %i39, 8
  %1271 = or disjoint i64 %1270, %i0
  %1272 = getelementptr inbounds float, ptr %Gm, i64 %1271
  %1273 = load float, ptr %1272, align 4
  %1274 = insertelement <16 x float> poison, float %1273, i64 0
  %1275 = shufflevector <16 x float> %1274, <16 x float> poison, <16 x i32> zeroinitializer
  %1276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1275, <16 x float> %1231, <16 x float> %acc28.0.lcssa)
  %1277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1275, <16 x float> %1239, <16 x float> %acc29.0.lcssa)
  %1278 = or disjoint i64 %1270, %i38
  %1279 = getelementptr inbounds float, ptr %Gm, i64 %1278
  %1280 = load float, ptr %1279, align 4
  %1281 = insertelement <16 x float> poison, float %1280, i64 0
  %1282 = shufflevector <16 x float> %1281, <16 x float> poison, <16 x i32> zeroinitializer
  %1283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1282, <16 x float> %1258, <16 x float> %1276)
  %1284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1282, <16 x float> %1266, <16 x float> %1277)
  %1285 = getelementptr inbounds float, ptr %bet, i64 %i39
  %1286 = load float, ptr %1285, align 4
  %1287 = shl nuw nsw i64 %i39, 5
  %1288 = getelementptr inbounds float, ptr %Rr, i64 %1287
  %1289 = load <16 x float>, ptr %1288, align 4
  %1290 = fsub <16 x float> %1289, %1283
  store <16 x float> %1290, ptr %1288, align 4
  %1291 = insertelement <16 x float> poison, float %1286, i64 0
  %1292 = shufflevector <16 x float> %1291, <16 x float> poison, <16 x i32> zeroinitializer
  %1293 = fmul <16 x float> %1292, %1290
  %1294 = getelementptr inbounds float, ptr %Vn, i64 %1287
  store <16 x float> %1293, ptr %1294, align 4
  %1295 = mul nuw nsw i64 %i39, 384
  %1296 = getelementptr inbounds float, ptr %Ak, i64 %1295
  store <16 x float> %1293, ptr %1296, align 4
  %1297 = or disjoint i64 %1287, 16
  %1298 = getelementptr inbounds float, ptr %Rr, i64 %1297
  %1299 = load <16 x float>, ptr %1298, align 4
  %1300 = fsub <16 x float> %1299, %1284
  store <16 x float> %1300, ptr %1298, align 4
  %1301 = fmul <16 x float> %1292, %1300
  %1302 = getelementptr inbounds float, ptr %Vn, i64 %1297
  store <16 x float> %1301, ptr %1302, align 4
  %1303 = or disjoint i64 %1295, 16
  %1304 = getelementptr inbounds float, ptr %Ak, i64 %1303
  store <16 x float> %1301, ptr %1304, align 4
  %i40 = or disjoint i64 %i0, 3
  %1305 = shl nuw nsw i64 %i40, 8
  %1306 = or disjoint i64 %1305, %i0
  %1307 = getelementptr inbounds float, ptr %Gm, i64 %1306
  %1308 = load float, ptr %1307, align 4
  %1309 = insertelement <16 x float> poison, float %1308, i64 0
  %1310 = shufflevector <16 x float> %1309, <16 x float> poison, <16 x i32> zeroinitializer
  %1311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1310, <16 x float> %1231, <16 x float> %acc30.0.lcssa)
  %1312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1310, <16 x float> %1239, <16 x float> %acc31.0.lcssa)
  %1313 = or disjoint i64 %1305, %i38
  %1314 = getelementptr inbounds float, ptr %Gm, i64 %1313
  %1315 = load float, ptr %1314, align 4
  %1316 = insertelement <16 x float> poison, float %1315, i64 0
  %1317 = shufflevector <16 x float> %1316, <16 x float> poison, <16 x i32> zeroinitializer
  %1318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1317, <16 x float> %1258, <16 x float> %1311)
  %1319 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1317, <16 x float> %1266, <16 x float> %1312)
  %1320 = or disjoint i64 %1305, %i39
  %1321 = getelementptr inbounds float, ptr %Gm, i64 %1320
  %1322 = load float, ptr %1321, align 4
  %1323 = insertelement <16 x float> poison, float %1322, i64 0
  %1324 = shufflevector <16 x float> %1323, <16 x float> poison, <16 x i32> zeroinitializer
  %1325 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1324, <16 x float> %1293, <16 x float> %1318)
  %1326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1324, <16 x float> %1301, <16 x float> %1319)
  %1327 = getelementptr inbounds float, ptr %bet, i64 %i40
  %1328 = load float, ptr %1327, align 4
  %1329 = shl nuw nsw i64 %i40, 5
  %1330 = getelementptr inbounds float, ptr %Rr, i64 %1329
  %1331 = load <16 x float>, ptr %1330, align 4
  %1332 = fsub <16 x float> %1331, %1325
  store <16 x float> %1332, ptr %1330, align 4
  %1333 = insertelement <16 x float> poison, float %1328, i64 0
  %1334 = shufflevector <16 x float> %1333, <16 x float> poison, <16 x i32> zeroinitializer
  %1335 = fmul <16 x float> %1334, %1332
  %1336 = getelementptr inbounds float, ptr %Vn, i64 %1329
  store <16 x float> %1335, ptr %1336, align 4
  %1337 = mul nuw nsw i64 %i40, 384
  %1338 = getelementptr inbounds float, ptr %Ak, i64 %1337
  store <16 x float> %1335, ptr %1338, align 4
  %1339 = or disjoint i64 %1329, 16
  %1340 = getelementptr inbounds float, ptr %Rr, i64 %1339
  %1341 = load <16 x float>, ptr %1340, align 4
  %1342 = fsub <16 x float> %1341, %1326
  store <16 x float> %1342, ptr %1340, align 4
  %1343 = fmul <16 x float> %1334, %1342
  %1344 = getelementptr inbounds float, ptr %Vn, i64 %1339
  store <16 x float> %1343, ptr %1344, align 4
  %1345 = or disjoint i64 %1337, 16
  %1346 = getelementptr inbounds float, ptr %Ak, i64 %1345
  store <16 x float> %1343, ptr %1346, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02503, 1
  %exitcond2992.not = icmp eq i64 %ib.next, 64
  br i1 %exitcond2992.not, label %j30.head.preheader, label %ib.body

j30.head.preheader:                               ; preds = %j29.exit, %j30.exit
  %i41.addr.02505 = phi i64 [ %i41.next, %j30.exit ], [ 0, %j29.exit ]
  %1347 = shl nuw nsw i64 %i41.addr.02505, 5
  br label %j30.body

j30.body:                                         ; preds = %j30.head.preheader, %j30.body
  %1348 = phi i1 [ true, %j30.head.preheader ], [ false, %j30.body ]
  %j30.addr.02504 = phi i64 [ 0, %j30.head.preheader ], [ 16, %j30.body ]
  %1349 = or disjoint i64 %j30.addr.02504, %1347
  %1350 = getelementptr inbounds float, ptr %Vn, i64 %1349
  %1351 = load <16 x float>, ptr %1350, align 4
  %1352 = or disjoint i64 %1349, 256
  %1353 = getelementptr inbounds float, ptr %Vn, i64 %1352
  %1354 = load <16 x float>, ptr %1353, align 4
  %1355 = or disjoint i64 %1349, 32
  %1356 = getelementptr inbounds float, ptr %Vn, i64 %1355
  %1357 = load <16 x float>, ptr %1356, align 4
  %1358 = or disjoint i64 %1349, 288
  %1359 = getelementptr inbounds float, ptr %Vn, i64 %1358
  %1360 = load <16 x float>, ptr %1359, align 4
  %1361 = or disjoint i64 %1349, 64
  %1362 = getelementptr inbounds float, ptr %Vn, i64 %1361
  %1363 = load <16 x float>, ptr %1362, align 4
  %1364 = or disjoint i64 %1349, 320
  %1365 = getelementptr inbounds float, ptr %Vn, i64 %1364
  %1366 = load <16 x float>, ptr %1365, align 4
  %1367 = or disjoint i64 %1349, 96
  %1368 = getelementptr inbounds float, ptr %Vn, i64 %1367
  %1369 = load <16 x float>, ptr %1368, align 4
  %1370 = or disjoint i64 %1349, 352
  %1371 = getelementptr inbounds float, ptr %Vn, i64 %1370
  %1372 = load <16 x float>, ptr %1371, align 4
  %1373 = or disjoint i64 %1349, 128
  %1374 = getelementptr inbounds float, ptr %Vn, i64 %1373
  %1375 = load <16 x float>, ptr %1374, align 4
  %1376 = or disjoint i64 %1349, 384
  %1377 = getelementptr inbounds float, ptr %Vn, i64 %1376
  %1378 = load <16 x float>, ptr %1377, align 4
  %1379 = or disjoint i64 %1349, 160
  %1380 = getelementptr inbounds float, ptr %Vn, i64 %1379
  %1381 = load <16 x float>, ptr %1380, align 4
  %1382 = or disjoint i64 %1349, 416
  %1383 = getelementptr inbounds float, ptr %Vn, i64 %1382
  %1384 = load <16 x float>, ptr %1383, align 4
  %1385 = or disjoint i64 %1349, 192
  %1386 = getelementptr inbounds float, ptr %Vn, i64 %1385
  %1387 = load <16 x float>, ptr %1386, align 4
  %1388 = or disjoint i64 %1349, 448
  %1389 = getelementptr inbounds float, ptr %Vn, i64 %1388
  %1390 = load <16 x float>, ptr %1389, align 4
  %1391 = or disjoint i64 %1349, 224
  %1392 = getelementptr inbounds float, ptr %Vn, i64 %1391
  %1393 = load <16 x float>, ptr %1392, align 4
  %1394 = or disjoint i64 %1349, 480
  %1395 = getelementptr inbounds float, ptr %Vn, i64 %1394
  %1396 = load <16 x float>, ptr %1395, align 4
  %1397 = shufflevector <16 x float> %1351, <16 x float> %1354, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1398 = shufflevector <16 x float> %1375, <16 x float> %1378, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1399 = shufflevector <16 x float> %1357, <16 x float> %1360, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1400 = shufflevector <16 x float> %1381, <16 x float> %1384, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1401 = shufflevector <16 x float> %1363, <16 x float> %1366, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1402 = shufflevector <16 x float> %1387, <16 x float> %1390, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1403 = shufflevector <16 x float> %1369, <16 x float> %1372, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1404 = shufflevector <16 x float> %1393, <16 x float> %1396, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1405 = shufflevector <16 x float> %1351, <16 x float> %1354, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1406 = shufflevector <16 x float> %1375, <16 x float> %1378, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1407 = shufflevector <16 x float> %1357, <16 x float> %1360, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1408 = shufflevector <16 x float> %1381, <16 x float> %1384, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1409 = shufflevector <16 x float> %1363, <16 x float> %1366, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1410 = shufflevector <16 x float> %1387, <16 x float> %1390, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1411 = shufflevector <16 x float> %1369, <16 x float> %1372, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1412 = shufflevector <16 x float> %1393, <16 x float> %1396, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1413 = shufflevector <16 x float> %1397, <16 x float> %1398, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1414 = shufflevector <16 x float> %1401, <16 x float> %1402, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1415 = shufflevector <16 x float> %1399, <16 x float> %1400, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1416 = shufflevector <16 x float> %1403, <16 x float> %1404, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1417 = shufflevector <16 x float> %1397, <16 x float> %1398, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1418 = shufflevector <16 x float> %1401, <16 x float> %1402, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1419 = shufflevector <16 x float> %1399, <16 x float> %1400, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1420 = shufflevector <16 x float> %1403, <16 x float> %1404, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1421 = shufflevector <16 x float> %1405, <16 x float> %1406, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1422 = shufflevector <16 x float> %1409, <16 x float> %1410, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1423 = shufflevector <16 x float> %1407, <16 x float> %1408, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1424 = shufflevector <16 x float> %1411, <16 x float> %1412, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1425 = shufflevector <16 x float> %1405, <16 x float> %1406, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1426 = shufflevector <16 x float> %1409, <16 x float> %1410, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1427 = shufflevector <16 x float> %1407, <16 x float> %1408, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1428 = shufflevector <16 x float> %1411, <16 x float> %1412, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1429 = shufflevector <16 x float> %1413, <16 x float> %1414, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1430 = shufflevector <16 x float> %1415, <16 x float> %1416, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1431 = shufflevector <16 x float> %1413, <16 x float> %1414, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1432 = shufflevector <16 x float> %1415, <16 x float> %1416, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1433 = shufflevector <16 x float> %1417, <16 x float> %1418, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1434 = shufflevector <16 x float> %1419, <16 x float> %1420, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1435 = shufflevector <16 x float> %1417, <16 x float> %1418, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1436 = shufflevector <16 x float> %1419, <16 x float> %1420, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1437 = shufflevector <16 x float> %1421, <16 x float> %1422, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1438 = shufflevector <16 x float> %1423, <16 x float> %1424, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1439 = shufflevector <16 x float> %1421, <16 x float> %1422, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1440 = shufflevector <16 x float> %1423, <16 x float> %1424, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1441 = shufflevector <16 x float> %1425, <16 x float> %1426, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1442 = shufflevector <16 x float> %1427, <16 x float> %1428, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1443 = shufflevector <16 x float> %1425, <16 x float> %1426, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1444 = shufflevector <16 x float> %1427, <16 x float> %1428, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1445 = shufflevector <16 x float> %1429, <16 x float> %1430, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1446 = shl nuw nsw i64 %j30.addr.02504, 8
  %1447 = add nuw nsw i64 %1446, %i41.addr.02505
  %1448 = getelementptr inbounds float, ptr %VnT, i64 %1447
  store <16 x float> %1445, ptr %1448, align 4
  %1449 = shufflevector <16 x float> %1429, <16 x float> %1430, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1450 = or disjoint i64 %1447, 256
  %1451 = getelementptr inbounds float, ptr %VnT, i64 %1450
  store <16 x float> %1449, ptr %1451, align 4
  %1452 = shufflevector <16 x float> %1431, <16 x float> %1432, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1453 = or disjoint i64 %1447, 512
  %1454 = getelementptr inbounds float, ptr %VnT, i64 %1453
  store <16 x float> %1452, ptr %1454, align 4
  %1455 = shufflevector <16 x float> %1431, <16 x float> %1432, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1456 = or disjoint i64 %1447, 768
  %1457 = getelementptr inbounds float, ptr %VnT, i64 %1456
  store <16 x float> %1455, ptr %1457, align 4
  %1458 = shufflevector <16 x float> %1433, <16 x float> %1434, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1459 = or disjoint i64 %1447, 1024
  %1460 = getelementptr inbounds float, ptr %VnT, i64 %1459
  store <16 x float> %1458, ptr %1460, align 4
  %1461 = shufflevector <16 x float> %1433, <16 x float> %1434, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1462 = or disjoint i64 %1447, 1280
  %1463 = getelementptr inbounds float, ptr %VnT, i64 %1462
  store <16 x float> %1461, ptr %1463, align 4
  %1464 = shufflevector <16 x float> %1435, <16 x float> %1436, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1465 = or disjoint i64 %1447, 1536
  %1466 = getelementptr inbounds float, ptr %VnT, i64 %1465
  store <16 x float> %1464, ptr %1466, align 4
  %1467 = shufflevector <16 x float> %1435, <16 x float> %1436, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1468 = or disjoint i64 %1447, 1792
  %1469 = getelementptr inbounds float, ptr %VnT, i64 %1468
  store <16 x float> %1467, ptr %1469, align 4
  %1470 = shufflevector <16 x float> %1437, <16 x float> %1438, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1471 = or disjoint i64 %1447, 2048
  %1472 = getelementptr inbounds float, ptr %VnT, i64 %1471
  store <16 x float> %1470, ptr %1472, align 4
  %1473 = shufflevector <16 x float> %1437, <16 x float> %1438, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1474 = or disjoint i64 %1447, 2304
  %1475 = getelementptr inbounds float, ptr %VnT, i64 %1474
  store <16 x float> %1473, ptr %1475, align 4
  %1476 = shufflevector <16 x float> %1439, <16 x float> %1440, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1477 = or disjoint i64 %1447, 2560
  %1478 = getelementptr inbounds float, ptr %VnT, i64 %1477
  store <16 x float> %1476, ptr %1478, align 4
  %1479 = shufflevector <16 x float> %1439, <16 x float> %1440, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1480 = or disjoint i64 %1447, 2816
  %1481 = getelementptr inbounds float, ptr %VnT, i64 %1480
  store <16 x float> %1479, ptr %1481, align 4
  %1482 = shufflevector <16 x float> %1441, <16 x float> %1442, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1483 = or disjoint i64 %1447, 3072
  %1484 = getelementptr inbounds float, ptr %VnT, i64 %1483
  store <16 x float> %1482, ptr %1484, align 4
  %1485 = shufflevector <16 x float> %1441, <16 x float> %1442, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1486 = or disjoint i64 %1447, 3328
  %1487 = getelementptr inbounds float, ptr %VnT, i64 %1486
  store <16 x float> %1485, ptr %1487, align 4
  %1488 = shufflevector <16 x float> %1443, <16 x float> %1444, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1489 = or disjoint i64 %1447, 3584
  %1490 = getelementptr inbounds float, ptr %VnT, i64 %1489
  store <16 x float> %1488, ptr %1490, align 4
  %1491 = shufflevector <16 x float> %1443, <16 x float> %1444, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1492 = or disjoint i64 %1447, 3840
  %1493 = getelementptr inbounds float, ptr %VnT, i64 %1492
  store <16 x float> %1491, ptr %1493, align 4
  br i1 %1348, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body
  %i41.next = add nuw nsw i64 %i41.addr.02505, 16
  %1494 = icmp ult i64 %i41.addr.02505, 240
  br i1 %1494, label %j30.head.preheader, label %p8.head.preheader

p8.head.preheader:                                ; preds = %j30.exit, %p8.exit
  %i42.addr.02523 = phi i64 [ %i42.next, %p8.exit ], [ 0, %j30.exit ]
  %.idx3048 = shl nsw i64 %i42.addr.02523, 7
  %invariant.gep3267 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3048
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %acc32.02522 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1511, %p8.body ]
  %acc33.02521 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1512, %p8.body ]
  %acc34.02520 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1513, %p8.body ]
  %acc35.02519 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1514, %p8.body ]
  %acc36.02518 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1519, %p8.body ]
  %acc37.02517 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1520, %p8.body ]
  %acc38.02516 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1521, %p8.body ]
  %acc39.02515 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1522, %p8.body ]
  %acc40.02514 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1527, %p8.body ]
  %acc41.02513 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1528, %p8.body ]
  %acc42.02512 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1529, %p8.body ]
  %acc43.02511 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1530, %p8.body ]
  %acc44.02510 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1535, %p8.body ]
  %acc45.02509 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1536, %p8.body ]
  %acc46.02508 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1537, %p8.body ]
  %acc47.02507 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1538, %p8.body ]
  %p8.addr.02506 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %1495 = shl nuw nsw i64 %p8.addr.02506, 6
  %1496 = getelementptr inbounds float, ptr %QcT, i64 %1495
  %1497 = load <16 x float>, ptr %1496, align 4
  %1498 = or disjoint i64 %1495, 16
  %1499 = getelementptr inbounds float, ptr %QcT, i64 %1498
  %1500 = load <16 x float>, ptr %1499, align 4
  %1501 = or disjoint i64 %1495, 32
  %1502 = getelementptr inbounds float, ptr %QcT, i64 %1501
  %1503 = load <16 x float>, ptr %1502, align 4
  %1504 = or disjoint i64 %1495, 48
  %1505 = getelementptr inbounds float, ptr %QcT, i64 %1504
  %1506 = load <16 x float>, ptr %1505, align 4
  %gep3268 = getelementptr inbounds float, ptr %invariant.gep3267, i64 %p8.addr.02506
  %1507 = getelementptr inbounds i8, ptr %gep3268, i64 16384
  %1508 = load float, ptr %1507, align 4
  %1509 = insertelement <16 x float> poison, float %1508, i64 0
  %1510 = shufflevector <16 x float> %1509, <16 x float> poison, <16 x i32> zeroinitializer
  %1511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1497, <16 x float> %acc32.02522)
  %1512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1500, <16 x float> %acc33.02521)
  %1513 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1503, <16 x float> %acc34.02520)
  %1514 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1510, <16 x float> %1506, <16 x float> %acc35.02519)
  %1515 = getelementptr inbounds i8, ptr %gep3268, i64 16512
  %1516 = load float, ptr %1515, align 4
  %1517 = insertelement <16 x float> poison, float %1516, i64 0
  %1518 = shufflevector <16 x float> %1517, <16 x float> poison, <16 x i32> zeroinitializer
  %1519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1497, <16 x float> %acc36.02518)
  %1520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1500, <16 x float> %acc37.02517)
  %1521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1503, <16 x float> %acc38.02516)
  %1522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1506, <16 x float> %acc39.02515)
  %1523 = getelementptr inbounds i8, ptr %gep3268, i64 16640
  %1524 = load float, ptr %1523, align 4
  %1525 = insertelement <16 x float> poison, float %1524, i64 0
  %1526 = shufflevector <16 x float> %1525, <16 x float> poison, <16 x i32> zeroinitializer
  %1527 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1526, <16 x float> %1497, <16 x float> %acc40.02514)
  %1528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1526, <16 x float> %1500, <16 x float> %acc41.02513)
  %1529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1526, <16 x float> %1503, <16 x float> %acc42.02512)
  %1530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1526, <16 x float> %1506, <16 x float> %acc43.02511)
  %1531 = getelementptr inbounds i8, ptr %gep3268, i64 16768
  %1532 = load float, ptr %1531, align 4
  %1533 = insertelement <16 x float> poison, float %1532, i64 0
  %1534 = shufflevector <16 x float> %1533, <16 x float> poison, <16 x i32> zeroinitializer
  %1535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1534, <16 x float> %1497, <16 x float> %acc44.02510)
  %1536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1534, <16 x float> %1500, <16 x float> %acc45.02509)
  %1537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1534, <16 x float> %1503, <16 x float> %acc46.02508)
  %1538 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1534, <16 x float> %1506, <16 x float> %acc47.02507)
  %p8.next = add nuw nsw i64 %p8.addr.02506, 1
  %exitcond2993.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond2993.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1539 = shl nuw nsw i64 %i42.addr.02523, 6
  %1540 = getelementptr inbounds float, ptr %PT, i64 %1539
  store <16 x float> %1511, ptr %1540, align 4
  %1541 = or disjoint i64 %1539, 16
  %1542 = getelementptr inbounds float, ptr %PT, i64 %1541
  store <16 x float> %1512, ptr %1542, align 4
  %1543 = or disjoint i64 %1539, 32
  %1544 = getelementptr inbounds float, ptr %PT, i64 %1543
  store <16 x float> %1513, ptr %1544, align 4
  %1545 = or disjoint i64 %1539, 48
  %1546 = getelementptr inbounds float, ptr %PT, i64 %1545
  store <16 x float> %1514, ptr %1546, align 4
  %1547 = or disjoint i64 %1539, 64
  %1548 = getelementptr inbounds float, ptr %PT, i64 %1547
  store <16 x float> %1519, ptr %1548, align 4
  %1549 = or disjoint i64 %1539, 80
  %1550 = getelementptr inbounds float, ptr %PT, i64 %1549
  store <16 x float> %1520, ptr %1550, align 4
  %1551 = or disjoint i64 %1539, 96
  %1552 = getelementptr inbounds float, ptr %PT, i64 %1551
  store <16 x float> %1521, ptr %1552, align 4
  %1553 = or disjoint i64 %1539, 112
  %1554 = getelementptr inbounds float, ptr %PT, i64 %1553
  store <16 x float> %1522, ptr %1554, align 4
  %1555 = or disjoint i64 %1539, 128
  %1556 = getelementptr inbounds float, ptr %PT, i64 %1555
  store <16 x float> %1527, ptr %1556, align 4
  %1557 = or disjoint i64 %1539, 144
  %1558 = getelementptr inbounds float, ptr %PT, i64 %1557
  store <16 x float> %1528, ptr %1558, align 4
  %1559 = or disjoint i64 %1539, 160
  %1560 = getelementptr inbounds float, ptr %PT, i64 %1559
  store <16 x float> %1529, ptr %1560, align 4
  %1561 = or disjoint i64 %1539, 176
  %1562 = getelementptr inbounds float, ptr %PT, i64 %1561
  store <16 x float> %1530, ptr %1562, align 4
  %1563 = or disjoint i64 %1539, 192
  %1564 = getelementptr inbounds float, ptr %PT, i64 %1563
  store <16 x float> %1535, ptr %1564, align 4
  %1565 = or disjoint i64 %1539, 208
  %1566 = getelementptr inbounds float, ptr %PT, i64 %1565
  store <16 x float> %1536, ptr %1566, align 4
  %1567 = or disjoint i64 %1539, 224
  %1568 = getelementptr inbounds float, ptr %PT, i64 %1567
  store <16 x float> %1537, ptr %1568, align 4
  %1569 = or disjoint i64 %1539, 240
  %1570 = getelementptr inbounds float, ptr %PT, i64 %1569
  store <16 x float> %1538, ptr %1570, align 4
  %i42.next = add nuw nsw i64 %i42.addr.02523, 4
  %1571 = icmp ult i64 %i42.addr.02523, 252
  br i1 %1571, label %p8.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p8.exit, %s1.head.preheader
  %t2.addr.02528 = phi i64 [ %t2.next, %s1.head.preheader ], [ 0, %p8.exit ]
  %.idx2746 = shl nsw i64 %t2.addr.02528, 10
  %1572 = getelementptr inbounds i8, ptr %PT, i64 %.idx2746
  %1573 = load <16 x float>, ptr %1572, align 4
  %.idx2747 = shl nsw i64 %t2.addr.02528, 8
  %1574 = getelementptr inbounds i8, ptr %M, i64 %.idx2747
  %1575 = load <16 x float>, ptr %1574, align 4
  %1576 = fmul <16 x float> %1573, %1575
  store <16 x float> %1576, ptr %1572, align 4
  %1577 = getelementptr inbounds i8, ptr %27, i64 %.idx2746
  %1578 = load <16 x float>, ptr %1577, align 4
  %1579 = getelementptr inbounds i8, ptr %28, i64 %.idx2747
  %1580 = load <16 x float>, ptr %1579, align 4
  %1581 = fmul <16 x float> %1578, %1580
  store <16 x float> %1581, ptr %1577, align 4
  %1582 = getelementptr inbounds i8, ptr %29, i64 %.idx2746
  %1583 = load <16 x float>, ptr %1582, align 4
  %1584 = getelementptr inbounds i8, ptr %30, i64 %.idx2747
  %1585 = load <16 x float>, ptr %1584, align 4
  %1586 = fmul <16 x float> %1583, %1585
  store <16 x float> %1586, ptr %1582, align 4
  %1587 = getelementptr inbounds i8, ptr %31, i64 %.idx2746
  %1588 = load <16 x float>, ptr %1587, align 4
  %1589 = getelementptr inbounds i8, ptr %32, i64 %.idx2747
  %1590 = load <16 x float>, ptr %1589, align 4
  %1591 = fmul <16 x float> %1588, %1590
  store <16 x float> %1591, ptr %1587, align 4
  %1592 = getelementptr inbounds i8, ptr %1572, i64 256
  %1593 = load <16 x float>, ptr %1592, align 4
  %1594 = load <16 x float>, ptr %1574, align 4
  %1595 = fmul <16 x float> %1593, %1594
  store <16 x float> %1595, ptr %1592, align 4
  %1596 = getelementptr inbounds i8, ptr %1577, i64 256
  %1597 = load <16 x float>, ptr %1596, align 4
  %1598 = load <16 x float>, ptr %1579, align 4
  %1599 = fmul <16 x float> %1597, %1598
  store <16 x float> %1599, ptr %1596, align 4
  %1600 = getelementptr inbounds i8, ptr %1582, i64 256
  %1601 = load <16 x float>, ptr %1600, align 4
  %1602 = load <16 x float>, ptr %1584, align 4
  %1603 = fmul <16 x float> %1601, %1602
  store <16 x float> %1603, ptr %1600, align 4
  %1604 = getelementptr inbounds i8, ptr %1587, i64 256
  %1605 = load <16 x float>, ptr %1604, align 4
  %1606 = load <16 x float>, ptr %1589, align 4
  %1607 = fmul <16 x float> %1605, %1606
  store <16 x float> %1607, ptr %1604, align 4
  %1608 = getelementptr inbounds i8, ptr %1572, i64 512
  %1609 = load <16 x float>, ptr %1608, align 4
  %1610 = load <16 x float>, ptr %1574, align 4
  %1611 = fmul <16 x float> %1609, %1610
  store <16 x float> %1611, ptr %1608, align 4
  %1612 = getelementptr inbounds i8, ptr %1577, i64 512
  %1613 = load <16 x float>, ptr %1612, align 4
  %1614 = load <16 x float>, ptr %1579, align 4
  %1615 = fmul <16 x float> %1613, %1614
  store <16 x float> %1615, ptr %1612, align 4
  %1616 = getelementptr inbounds i8, ptr %1582, i64 512
  %1617 = load <16 x float>, ptr %1616, align 4
  %1618 = load <16 x float>, ptr %1584, align 4
  %1619 = fmul <16 x float> %1617, %1618
  store <16 x float> %1619, ptr %1616, align 4
  %1620 = getelementptr inbounds i8, ptr %1587, i64 512
  %1621 = load <16 x float>, ptr %1620, align 4
  %1622 = load <16 x float>, ptr %1589, align 4
  %1623 = fmul <16 x float> %1621, %1622
  store <16 x float> %1623, ptr %1620, align 4
  %1624 = getelementptr inbounds i8, ptr %1572, i64 768
  %1625 = load <16 x float>, ptr %1624, align 4
  %1626 = load <16 x float>, ptr %1574, align 4
  %1627 = fmul <16 x float> %1625, %1626
  store <16 x float> %1627, ptr %1624, align 4
  %1628 = getelementptr inbounds i8, ptr %1577, i64 768
  %1629 = load <16 x float>, ptr %1628, align 4
  %1630 = load <16 x float>, ptr %1579, align 4
  %1631 = fmul <16 x float> %1629, %1630
  store <16 x float> %1631, ptr %1628, align 4
  %1632 = getelementptr inbounds i8, ptr %1582, i64 768
  %1633 = load <16 x float>, ptr %1632, align 4
  %1634 = load <16 x float>, ptr %1584, align 4
  %1635 = fmul <16 x float> %1633, %1634
  store <16 x float> %1635, ptr %1632, align 4
  %1636 = getelementptr inbounds i8, ptr %1587, i64 768
  %1637 = load <16 x float>, ptr %1636, align 4
  %1638 = load <16 x float>, ptr %1589, align 4
  %1639 = fmul <16 x float> %1637, %1638
  store <16 x float> %1639, ptr %1636, align 4
  %t2.next = add nuw nsw i64 %t2.addr.02528, 1
  %exitcond2994.not = icmp eq i64 %t2.next, 64
  br i1 %exitcond2994.not, label %j32.head.preheader, label %s1.head.preheader

j32.head.preheader:                               ; preds = %s1.head.preheader, %j32.head.preheader
  %i47.addr.02530 = phi i64 [ %i47.next.7, %j32.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx2754 = shl nsw i64 %i47.addr.02530, 8
  %gep3270 = getelementptr inbounds i8, ptr %invariant.gep3269, i64 %.idx2754
  %1640 = load <16 x float>, ptr %gep3270, align 4
  %.idx2755 = shl nsw i64 %i47.addr.02530, 7
  %gep3272 = getelementptr inbounds i8, ptr %invariant.gep3271, i64 %.idx2755
  store <16 x float> %1640, ptr %gep3272, align 4
  %gep3274 = getelementptr inbounds i8, ptr %invariant.gep3273, i64 %.idx2754
  %1641 = load <16 x float>, ptr %gep3274, align 4
  %gep3276 = getelementptr inbounds i8, ptr %invariant.gep3275, i64 %.idx2755
  store <16 x float> %1641, ptr %gep3276, align 4
  %i47.next = or disjoint i64 %i47.addr.02530, 1
  %.idx2754.1 = shl nsw i64 %i47.next, 8
  %gep3270.1 = getelementptr inbounds i8, ptr %invariant.gep3269, i64 %.idx2754.1
  %1642 = load <16 x float>, ptr %gep3270.1, align 4
  %.idx2755.1 = shl nsw i64 %i47.next, 7
  %gep3272.1 = getelementptr inbounds i8, ptr %invariant.gep3271, i64 %.idx2755.1
  store <16 x float> %1642, ptr %gep3272.1, align 4
  %gep3274.1 = getelementptr inbounds i8, ptr %invariant.gep3273, i64 %.idx2754.1
  %1643 = load <16 x float>, ptr %gep3274.1, align 4
  %gep3276.1 = getelementptr inbounds i8, ptr %invariant.gep3275, i64 %.idx2755.1
  store <16 x float> %1643, ptr %gep3276.1, align 4
  %i47.next.1 = or disjoint i64 %i47.addr.02530, 2
  %.idx2754.2 = shl nsw i64 %i47.next.1, 8
  %gep3270.2 = getelementptr inbounds i8, ptr %invariant.gep3269, i64 %.idx2754.2
  %1644 = load <16 x float>, ptr %gep3270.2, align 4
  %.idx2755.2 = shl nsw i64 %i47.next.1, 7
  %gep3272.2 = getelementptr inbounds i8, ptr %invariant.gep3271, i64 %.idx2755.2
  store <16 x float> %1644, ptr %gep3272.2, align 4
  %gep3274.2 = getelementptr inbounds i8, ptr %invariant.gep3273, i64 %.idx2754.2
  %1645 = load <16 x float>, ptr %gep3274.2, align 4
  %gep3276.2 = getelementptr inbounds i8, ptr %invariant.gep3275, i64 %.idx2755.2
  store <16 x float> %1645, ptr %gep3276.2, align 4
  %i47.next.2 = or disjoint i64 %i47.addr.02530, 3
  %.idx2754.3 = shl nsw i64 %i47.next.2, 8
  %gep3270.3 = getelementptr inbounds i8, ptr %invariant.gep3269, i64 %.idx2754.3
  %1646 = load <16 x float>, ptr %gep3270.3, align 4
  %.idx2755.3 = shl nsw i64 %i47.next.2, 7
  %gep3272.3 = getelementptr inbounds i8, ptr %invariant.gep3271, i64 %.idx2755.3
  store <16 x float> %1646, ptr %gep3272.3, align 4
  %gep3274.3 = getelementptr inbounds i8, ptr %invariant.gep3273, i64 %.idx2754.3
  %1647 = load <16 x float>, ptr %gep3274.3, align 4
  %gep3276.3 = getelementptr inbounds i8, ptr %invariant.gep3275, i64 %.idx2755.3
  store <16 x float> %1647, ptr %gep3276.3, align 4
  %i47.next.3 = or disjoint i64 %i47.addr.02530, 4
  %.idx2754.4 = shl nsw i64 %i47.next.3, 8
  %gep3270.4 = getelementptr inbounds i8, ptr %invariant.gep3269, i64 %.idx2754.4
  %1648 = load <16 x float>, ptr %gep3270.4, align 4
  %.idx2755.4 = shl nsw i64 %i47.next.3, 7
  %gep3272.4 = getelementptr inbounds i8, ptr %invariant.gep3271, i64 %.idx2755.4
  store <16 x float> %1648, ptr %gep3272.4, align 4
  %gep3274.4 = getelementptr inbounds i8, ptr %invariant.gep3273, i64 %.idx2754.4
  %1649 = load <16 x float>, ptr %gep3274.4, align 4
  %gep3276.4 = getelementptr inbounds i8, ptr %invariant.gep3275, i64 %.idx2755.4
  store <16 x float> %1649, ptr %gep3276.4, align 4
  %i47.next.4 = or disjoint i64 %i47.addr.02530, 5
  %.idx2754.5 = shl nsw i64 %i47.next.4, 8
  %gep3270.5 = getelementptr inbounds i8, ptr %invariant.gep3269, i64 %.idx2754.5
  %1650 = load <16 x float>, ptr %gep3270.5, align 4
  %.idx2755.5 = shl nsw i64 %i47.next.4, 7
  %gep3272.5 = getelementptr inbounds i8, ptr %invariant.gep3271, i64 %.idx2755.5
  store <16 x float> %1650, ptr %gep3272.5, align 4
  %gep3274.5 = getelementptr inbounds i8, ptr %invariant.gep3273, i64 %.idx2754.5
  %1651 = load <16 x float>, ptr %gep3274.5, align 4
  %gep3276.5 = getelementptr inbounds i8, ptr %invariant.gep3275, i64 %.idx2755.5
  store <16 x float> %1651, ptr %gep3276.5, align 4
  %i47.next.5 = or disjoint i64 %i47.addr.02530, 6
  %.idx2754.6 = shl nsw i64 %i47.next.5, 8
  %gep3270.6 = getelementptr inbounds i8, ptr %invariant.gep3269, i64 %.idx2754.6
  %1652 = load <16 x float>, ptr %gep3270.6, align 4
  %.idx2755.6 = shl nsw i64 %i47.next.5, 7
  %gep3272.6 = getelementptr inbounds i8, ptr %invariant.gep3271, i64 %.idx2755.6
  store <16 x float> %1652, ptr %gep3272.6, align 4
  %gep3274.6 = getelementptr inbounds i8, ptr %invariant.gep3273, i64 %.idx2754.6
  %1653 = load <16 x float>, ptr %gep3274.6, align 4
  %gep3276.6 = getelementptr inbounds i8, ptr %invariant.gep3275, i64 %.idx2755.6
  store <16 x float> %1653, ptr %gep3276.6, align 4
  %i47.next.6 = or disjoint i64 %i47.addr.02530, 7
  %.idx2754.7 = shl nsw i64 %i47.next.6, 8
  %gep3270.7 = getelementptr inbounds i8, ptr %invariant.gep3269, i64 %.idx2754.7
  %1654 = load <16 x float>, ptr %gep3270.7, align 4
  %.idx2755.7 = shl nsw i64 %i47.next.6, 7
  %gep3272.7 = getelementptr inbounds i8, ptr %invariant.gep3271, i64 %.idx2755.7
  store <16 x float> %1654, ptr %gep3272.7, align 4
  %gep3274.7 = getelementptr inbounds i8, ptr %invariant.gep3273, i64 %.idx2754.7
  %1655 = load <16 x float>, ptr %gep3274.7, align 4
  %gep3276.7 = getelementptr inbounds i8, ptr %invariant.gep3275, i64 %.idx2755.7
  store <16 x float> %1655, ptr %gep3276.7, align 4
  %i47.next.7 = add nuw nsw i64 %i47.addr.02530, 8
  %exitcond2997.not.7 = icmp eq i64 %i47.next.7, 256
  br i1 %exitcond2997.not.7, label %i48.body, label %j32.head.preheader

i48.body:                                         ; preds = %j32.head.preheader, %p9.exit
  %i48.addr.02548 = phi i64 [ %i48.next, %p9.exit ], [ 0, %j32.head.preheader ]
  %.idx2405 = shl nuw nsw i64 %i48.addr.02548, 7
  %1656 = getelementptr inbounds i8, ptr %OY, i64 %.idx2405
  %1657 = getelementptr inbounds i8, ptr %1656, i64 8192
  %1658 = load <16 x float>, ptr %1657, align 4
  %1659 = getelementptr inbounds i8, ptr %1656, i64 8256
  %1660 = load <16 x float>, ptr %1659, align 4
  %1661 = or disjoint i64 %i48.addr.02548, 1
  %.idx2406 = shl nuw nsw i64 %1661, 7
  %1662 = getelementptr inbounds i8, ptr %OY, i64 %.idx2406
  %1663 = getelementptr inbounds i8, ptr %1662, i64 8192
  %1664 = load <16 x float>, ptr %1663, align 4
  %1665 = getelementptr inbounds i8, ptr %1662, i64 8256
  %1666 = load <16 x float>, ptr %1665, align 4
  %1667 = or disjoint i64 %i48.addr.02548, 2
  %.idx2407 = shl nuw nsw i64 %1667, 7
  %1668 = getelementptr inbounds i8, ptr %OY, i64 %.idx2407
  %1669 = getelementptr inbounds i8, ptr %1668, i64 8192
  %1670 = load <16 x float>, ptr %1669, align 4
  %1671 = getelementptr inbounds i8, ptr %1668, i64 8256
  %1672 = load <16 x float>, ptr %1671, align 4
  %1673 = or disjoint i64 %i48.addr.02548, 3
  %.idx2408 = shl nuw nsw i64 %1673, 7
  %1674 = getelementptr inbounds i8, ptr %OY, i64 %.idx2408
  %1675 = getelementptr inbounds i8, ptr %1674, i64 8192
  %1676 = load <16 x float>, ptr %1675, align 4
  %1677 = getelementptr inbounds i8, ptr %1674, i64 8256
  %1678 = load <16 x float>, ptr %1677, align 4
  %1679 = or disjoint i64 %i48.addr.02548, 4
  %.idx2409 = shl nuw nsw i64 %1679, 7
  %1680 = getelementptr inbounds i8, ptr %OY, i64 %.idx2409
  %1681 = getelementptr inbounds i8, ptr %1680, i64 8192
  %1682 = load <16 x float>, ptr %1681, align 4
  %1683 = getelementptr inbounds i8, ptr %1680, i64 8256
  %1684 = load <16 x float>, ptr %1683, align 4
  %1685 = or disjoint i64 %i48.addr.02548, 5
  %.idx2410 = shl nuw nsw i64 %1685, 7
  %1686 = getelementptr inbounds i8, ptr %OY, i64 %.idx2410
  %1687 = getelementptr inbounds i8, ptr %1686, i64 8192
  %1688 = load <16 x float>, ptr %1687, align 4
  %1689 = getelementptr inbounds i8, ptr %1686, i64 8256
  %1690 = load <16 x float>, ptr %1689, align 4
  %1691 = or disjoint i64 %i48.addr.02548, 6
  %.idx2411 = shl nuw nsw i64 %1691, 7
  %1692 = getelementptr inbounds i8, ptr %OY, i64 %.idx2411
  %1693 = getelementptr inbounds i8, ptr %1692, i64 8192
  %1694 = load <16 x float>, ptr %1693, align 4
  %1695 = getelementptr inbounds i8, ptr %1692, i64 8256
  %1696 = load <16 x float>, ptr %1695, align 4
  %1697 = or disjoint i64 %i48.addr.02548, 7
  %.idx2412 = shl nuw nsw i64 %1697, 7
  %1698 = getelementptr inbounds i8, ptr %OY, i64 %.idx2412
  %1699 = getelementptr inbounds i8, ptr %1698, i64 8192
  %1700 = load <16 x float>, ptr %1699, align 4
  %1701 = getelementptr inbounds i8, ptr %1698, i64 8256
  %1702 = load <16 x float>, ptr %1701, align 4
  %.idx2756 = shl nsw i64 %i48.addr.02548, 8
  %.idx2757 = shl nsw i64 %1661, 8
  %.idx2758 = shl nsw i64 %1667, 8
  %.idx2759 = shl nsw i64 %1673, 8
  %.idx2760 = shl nsw i64 %1679, 8
  %.idx2761 = shl nsw i64 %1685, 8
  %.idx2762 = shl nsw i64 %1691, 8
  %.idx2763 = shl nsw i64 %1697, 8
  br label %p9.body

p9.body:                                          ; preds = %i48.body, %p9.body
  %p9.addr.02547 = phi i64 [ 0, %i48.body ], [ %p9.next, %p9.body ]
  %acc63.02546 = phi <16 x float> [ %1702, %i48.body ], [ %1757, %p9.body ]
  %acc62.02545 = phi <16 x float> [ %1700, %i48.body ], [ %1756, %p9.body ]
  %acc61.02544 = phi <16 x float> [ %1696, %i48.body ], [ %1751, %p9.body ]
  %acc60.02543 = phi <16 x float> [ %1694, %i48.body ], [ %1750, %p9.body ]
  %acc59.02542 = phi <16 x float> [ %1690, %i48.body ], [ %1745, %p9.body ]
  %acc58.02541 = phi <16 x float> [ %1688, %i48.body ], [ %1744, %p9.body ]
  %acc57.02540 = phi <16 x float> [ %1684, %i48.body ], [ %1739, %p9.body ]
  %acc56.02539 = phi <16 x float> [ %1682, %i48.body ], [ %1738, %p9.body ]
  %acc55.02538 = phi <16 x float> [ %1678, %i48.body ], [ %1733, %p9.body ]
  %acc54.02537 = phi <16 x float> [ %1676, %i48.body ], [ %1732, %p9.body ]
  %acc53.02536 = phi <16 x float> [ %1672, %i48.body ], [ %1727, %p9.body ]
  %acc52.02535 = phi <16 x float> [ %1670, %i48.body ], [ %1726, %p9.body ]
  %acc51.02534 = phi <16 x float> [ %1666, %i48.body ], [ %1721, %p9.body ]
  %acc50.02533 = phi <16 x float> [ %1664, %i48.body ], [ %1720, %p9.body ]
  %acc49.02532 = phi <16 x float> [ %1660, %i48.body ], [ %1715, %p9.body ]
  %acc48.02531 = phi <16 x float> [ %1658, %i48.body ], [ %1714, %p9.body ]
  %1703 = shl nuw nsw i64 %p9.addr.02547, 5
  %1704 = getelementptr inbounds float, ptr %OY, i64 %1703
  %1705 = load <16 x float>, ptr %1704, align 4
  %1706 = or disjoint i64 %1703, 16
  %1707 = getelementptr inbounds float, ptr %OY, i64 %1706
  %1708 = load <16 x float>, ptr %1707, align 4
  %1709 = getelementptr inbounds float, ptr %PT, i64 %p9.addr.02547
  %1710 = getelementptr inbounds i8, ptr %1709, i64 %.idx2756
  %1711 = load float, ptr %1710, align 4
  %1712 = insertelement <16 x float> poison, float %1711, i64 0
  %1713 = shufflevector <16 x float> %1712, <16 x float> poison, <16 x i32> zeroinitializer
  %1714 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1713, <16 x float> %1705, <16 x float> %acc48.02531)
  %1715 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1713, <16 x float> %1708, <16 x float> %acc49.02532)
  %1716 = getelementptr inbounds i8, ptr %1709, i64 %.idx2757
  %1717 = load float, ptr %1716, align 4
  %1718 = insertelement <16 x float> poison, float %1717, i64 0
  %1719 = shufflevector <16 x float> %1718, <16 x float> poison, <16 x i32> zeroinitializer
  %1720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1719, <16 x float> %1705, <16 x float> %acc50.02533)
  %1721 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1719, <16 x float> %1708, <16 x float> %acc51.02534)
  %1722 = getelementptr inbounds i8, ptr %1709, i64 %.idx2758
  %1723 = load float, ptr %1722, align 4
  %1724 = insertelement <16 x float> poison, float %1723, i64 0
  %1725 = shufflevector <16 x float> %1724, <16 x float> poison, <16 x i32> zeroinitializer
  %1726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1725, <16 x float> %1705, <16 x float> %acc52.02535)
  %1727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1725, <16 x float> %1708, <16 x float> %acc53.02536)
  %1728 = getelementptr inbounds i8, ptr %1709, i64 %.idx2759
  %1729 = load float, ptr %1728, align 4
  %1730 = insertelement <16 x float> poison, float %1729, i64 0
  %1731 = shufflevector <16 x float> %1730, <16 x float> poison, <16 x i32> zeroinitializer
  %1732 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1731, <16 x float> %1705, <16 x float> %acc54.02537)
  %1733 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1731, <16 x float> %1708, <16 x float> %acc55.02538)
  %1734 = getelementptr inbounds i8, ptr %1709, i64 %.idx2760
  %1735 = load float, ptr %1734, align 4
  %1736 = insertelement <16 x float> poison, float %1735, i64 0
  %1737 = shufflevector <16 x float> %1736, <16 x float> poison, <16 x i32> zeroinitializer
  %1738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1737, <16 x float> %1705, <16 x float> %acc56.02539)
  %1739 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1737, <16 x float> %1708, <16 x float> %acc57.02540)
  %1740 = getelementptr inbounds i8, ptr %1709, i64 %.idx2761
  %1741 = load float, ptr %1740, align 4
  %1742 = insertelement <16 x float> poison, float %1741, i64 0
  %1743 = shufflevector <16 x float> %1742, <16 x float> poison, <16 x i32> zeroinitializer
  %1744 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1743, <16 x float> %1705, <16 x float> %acc58.02541)
  %1745 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1743, <16 x float> %1708, <16 x float> %acc59.02542)
  %1746 = getelementptr inbounds i8, ptr %1709, i64 %.idx2762
  %1747 = load float, ptr %1746, align 4
  %1748 = insertelement <16 x float> poison, float %1747, i64 0
  %1749 = shufflevector <16 x float> %1748, <16 x float> poison, <16 x i32> zeroinitializer
  %1750 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1749, <16 x float> %1705, <16 x float> %acc60.02543)
  %1751 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1749, <16 x float> %1708, <16 x float> %acc61.02544)
  %1752 = getelementptr inbounds i8, ptr %1709, i64 %.idx2763
  %1753 = load float, ptr %1752, align 4
  %1754 = insertelement <16 x float> poison, float %1753, i64 0
  %1755 = shufflevector <16 x float> %1754, <16 x float> poison, <16 x i32> zeroinitializer
  %1756 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1755, <16 x float> %1705, <16 x float> %acc62.02545)
  %1757 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1755, <16 x float> %1708, <16 x float> %acc63.02546)
  %p9.next = add nuw nsw i64 %p9.addr.02547, 1
  %exitcond2998.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond2998.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %1714, ptr %1657, align 4
  store <16 x float> %1715, ptr %1659, align 4
  store <16 x float> %1720, ptr %1663, align 4
  store <16 x float> %1721, ptr %1665, align 4
  store <16 x float> %1726, ptr %1669, align 4
  store <16 x float> %1727, ptr %1671, align 4
  store <16 x float> %1732, ptr %1675, align 4
  store <16 x float> %1733, ptr %1677, align 4
  store <16 x float> %1738, ptr %1681, align 4
  store <16 x float> %1739, ptr %1683, align 4
  store <16 x float> %1744, ptr %1687, align 4
  store <16 x float> %1745, ptr %1689, align 4
  store <16 x float> %1750, ptr %1693, align 4
  store <16 x float> %1751, ptr %1695, align 4
  store <16 x float> %1756, ptr %1699, align 4
  store <16 x float> %1757, ptr %1701, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02548, 8
  %1758 = icmp ult i64 %i48.addr.02548, 248
  br i1 %1758, label %i48.body, label %p10.head.preheader

p10.head.preheader:                               ; preds = %p9.exit, %p10.exit
  %i49.addr.02566 = phi i64 [ %i49.next, %p10.exit ], [ 0, %p9.exit ]
  %1759 = shl nuw nsw i64 %i49.addr.02566, 5
  br label %p10.body

p10.body:                                         ; preds = %p10.head.preheader, %p10.body
  %p10.addr.02565 = phi i64 [ 0, %p10.head.preheader ], [ %p10.next, %p10.body ]
  %acc79.02564 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1807, %p10.body ]
  %acc78.02563 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1806, %p10.body ]
  %acc77.02562 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1805, %p10.body ]
  %acc76.02561 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1804, %p10.body ]
  %acc75.02560 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1798, %p10.body ]
  %acc74.02559 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1797, %p10.body ]
  %acc73.02558 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1796, %p10.body ]
  %acc72.02557 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1795, %p10.body ]
  %acc71.02556 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1789, %p10.body ]
  %acc70.02555 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1788, %p10.body ]
  %acc69.02554 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1787, %p10.body ]
  %acc68.02553 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1786, %p10.body ]
  %acc67.02552 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1780, %p10.body ]
  %acc66.02551 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1779, %p10.body ]
  %acc65.02550 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1778, %p10.body ]
  %acc64.02549 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1777, %p10.body ]
  %1760 = shl nuw nsw i64 %p10.addr.02565, 6
  %1761 = getelementptr inbounds float, ptr %dOT, i64 %1760
  %1762 = load <16 x float>, ptr %1761, align 4
  %1763 = or disjoint i64 %1760, 16
  %1764 = getelementptr inbounds float, ptr %dOT, i64 %1763
  %1765 = load <16 x float>, ptr %1764, align 4
  %1766 = or disjoint i64 %1760, 32
  %1767 = getelementptr inbounds float, ptr %dOT, i64 %1766
  %1768 = load <16 x float>, ptr %1767, align 4
  %1769 = or disjoint i64 %1760, 48
  %1770 = getelementptr inbounds float, ptr %dOT, i64 %1769
  %1771 = load <16 x float>, ptr %1770, align 4
  %1772 = add nuw nsw i64 %p10.addr.02565, %1759
  %1773 = getelementptr inbounds float, ptr %Vn, i64 %1772
  %1774 = load float, ptr %1773, align 4
  %1775 = insertelement <16 x float> poison, float %1774, i64 0
  %1776 = shufflevector <16 x float> %1775, <16 x float> poison, <16 x i32> zeroinitializer
  %1777 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1776, <16 x float> %1762, <16 x float> %acc64.02549)
  %1778 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1776, <16 x float> %1765, <16 x float> %acc65.02550)
  %1779 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1776, <16 x float> %1768, <16 x float> %acc66.02551)
  %1780 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1776, <16 x float> %1771, <16 x float> %acc67.02552)
  %1781 = or disjoint i64 %1772, 32
  %1782 = getelementptr inbounds float, ptr %Vn, i64 %1781
  %1783 = load float, ptr %1782, align 4
  %1784 = insertelement <16 x float> poison, float %1783, i64 0
  %1785 = shufflevector <16 x float> %1784, <16 x float> poison, <16 x i32> zeroinitializer
  %1786 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1785, <16 x float> %1762, <16 x float> %acc68.02553)
  %1787 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1785, <16 x float> %1765, <16 x float> %acc69.02554)
  %1788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1785, <16 x float> %1768, <16 x float> %acc70.02555)
  %1789 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1785, <16 x float> %1771, <16 x float> %acc71.02556)
  %1790 = or disjoint i64 %1772, 64
  %1791 = getelementptr inbounds float, ptr %Vn, i64 %1790
  %1792 = load float, ptr %1791, align 4
  %1793 = insertelement <16 x float> poison, float %1792, i64 0
  %1794 = shufflevector <16 x float> %1793, <16 x float> poison, <16 x i32> zeroinitializer
  %1795 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1794, <16 x float> %1762, <16 x float> %acc72.02557)
  %1796 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1794, <16 x float> %1765, <16 x float> %acc73.02558)
  %1797 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1794, <16 x float> %1768, <16 x float> %acc74.02559)
  %1798 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1794, <16 x float> %1771, <16 x float> %acc75.02560)
  %1799 = or disjoint i64 %1772, 96
  %1800 = getelementptr inbounds float, ptr %Vn, i64 %1799
  %1801 = load float, ptr %1800, align 4
  %1802 = insertelement <16 x float> poison, float %1801, i64 0
  %1803 = shufflevector <16 x float> %1802, <16 x float> poison, <16 x i32> zeroinitializer
  %1804 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1803, <16 x float> %1762, <16 x float> %acc76.02561)
  %1805 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1803, <16 x float> %1765, <16 x float> %acc77.02562)
  %1806 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1803, <16 x float> %1768, <16 x float> %acc78.02563)
  %1807 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1803, <16 x float> %1771, <16 x float> %acc79.02564)
  %p10.next = add nuw nsw i64 %p10.addr.02565, 1
  %exitcond2999.not = icmp eq i64 %p10.next, 32
  br i1 %exitcond2999.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %1808 = mul nuw nsw i64 %i49.addr.02566, 384
  %1809 = or disjoint i64 %1808, 64
  %1810 = getelementptr inbounds float, ptr %Ak, i64 %1809
  store <16 x float> %1777, ptr %1810, align 4
  %1811 = or disjoint i64 %1808, 80
  %1812 = getelementptr inbounds float, ptr %Ak, i64 %1811
  store <16 x float> %1778, ptr %1812, align 4
  %1813 = or disjoint i64 %1808, 96
  %1814 = getelementptr inbounds float, ptr %Ak, i64 %1813
  store <16 x float> %1779, ptr %1814, align 4
  %1815 = or disjoint i64 %1808, 112
  %1816 = getelementptr inbounds float, ptr %Ak, i64 %1815
  store <16 x float> %1780, ptr %1816, align 4
  %1817 = or disjoint i64 %1808, 448
  %1818 = getelementptr inbounds float, ptr %Ak, i64 %1817
  store <16 x float> %1786, ptr %1818, align 4
  %1819 = or disjoint i64 %1808, 464
  %1820 = getelementptr inbounds float, ptr %Ak, i64 %1819
  store <16 x float> %1787, ptr %1820, align 4
  %1821 = or disjoint i64 %1808, 480
  %1822 = getelementptr inbounds float, ptr %Ak, i64 %1821
  store <16 x float> %1788, ptr %1822, align 4
  %1823 = or disjoint i64 %1808, 496
  %1824 = getelementptr inbounds float, ptr %Ak, i64 %1823
  store <16 x float> %1789, ptr %1824, align 4
  %1825 = getelementptr inbounds float, ptr %Ak, i64 %1808
  %1826 = getelementptr inbounds i8, ptr %1825, i64 3328
  store <16 x float> %1795, ptr %1826, align 4
  %1827 = getelementptr inbounds i8, ptr %1825, i64 3392
  store <16 x float> %1796, ptr %1827, align 4
  %1828 = getelementptr inbounds i8, ptr %1825, i64 3456
  store <16 x float> %1797, ptr %1828, align 4
  %1829 = getelementptr inbounds i8, ptr %1825, i64 3520
  store <16 x float> %1798, ptr %1829, align 4
  %1830 = getelementptr inbounds i8, ptr %1825, i64 4864
  store <16 x float> %1804, ptr %1830, align 4
  %1831 = getelementptr inbounds i8, ptr %1825, i64 4928
  store <16 x float> %1805, ptr %1831, align 4
  %1832 = getelementptr inbounds i8, ptr %1825, i64 4992
  store <16 x float> %1806, ptr %1832, align 4
  %1833 = getelementptr inbounds i8, ptr %1825, i64 5056
  store <16 x float> %1807, ptr %1833, align 4
  %i49.next = add nuw nsw i64 %i49.addr.02566, 4
  %1834 = icmp ult i64 %i49.addr.02566, 252
  br i1 %1834, label %p10.head.preheader, label %s5.head.preheader

s5.head.preheader:                                ; preds = %p10.exit, %s5.head.preheader
  %t3.addr.02571 = phi i64 [ %t3.next, %s5.head.preheader ], [ 0, %p10.exit ]
  %.idx2764 = mul nuw nsw i64 %t3.addr.02571, 6144
  %1835 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2764
  %1836 = getelementptr inbounds i8, ptr %1835, i64 256
  %1837 = load <16 x float>, ptr %1836, align 4
  %.idx2765 = shl nsw i64 %t3.addr.02571, 8
  %1838 = getelementptr inbounds i8, ptr %M, i64 %.idx2765
  %1839 = load <16 x float>, ptr %1838, align 4
  %1840 = fmul <16 x float> %1837, %1839
  store <16 x float> %1840, ptr %1836, align 4
  %1841 = getelementptr inbounds i8, ptr %33, i64 %.idx2764
  %1842 = getelementptr inbounds i8, ptr %1841, i64 256
  %1843 = load <16 x float>, ptr %1842, align 4
  %1844 = getelementptr inbounds i8, ptr %28, i64 %.idx2765
  %1845 = load <16 x float>, ptr %1844, align 4
  %1846 = fmul <16 x float> %1843, %1845
  store <16 x float> %1846, ptr %1842, align 4
  %1847 = getelementptr inbounds i8, ptr %34, i64 %.idx2764
  %1848 = getelementptr inbounds i8, ptr %1847, i64 256
  %1849 = load <16 x float>, ptr %1848, align 4
  %1850 = getelementptr inbounds i8, ptr %30, i64 %.idx2765
  %1851 = load <16 x float>, ptr %1850, align 4
  %1852 = fmul <16 x float> %1849, %1851
  store <16 x float> %1852, ptr %1848, align 4
  %1853 = getelementptr inbounds i8, ptr %35, i64 %.idx2764
  %1854 = getelementptr inbounds i8, ptr %1853, i64 256
  %1855 = load <16 x float>, ptr %1854, align 4
  %1856 = getelementptr inbounds i8, ptr %32, i64 %.idx2765
  %1857 = load <16 x float>, ptr %1856, align 4
  %1858 = fmul <16 x float> %1855, %1857
  store <16 x float> %1858, ptr %1854, align 4
  %1859 = getelementptr inbounds i8, ptr %1835, i64 1792
  %1860 = load <16 x float>, ptr %1859, align 4
  %1861 = load <16 x float>, ptr %1838, align 4
  %1862 = fmul <16 x float> %1860, %1861
  store <16 x float> %1862, ptr %1859, align 4
  %1863 = getelementptr inbounds i8, ptr %1841, i64 1792
  %1864 = load <16 x float>, ptr %1863, align 4
  %1865 = load <16 x float>, ptr %1844, align 4
  %1866 = fmul <16 x float> %1864, %1865
  store <16 x float> %1866, ptr %1863, align 4
  %1867 = getelementptr inbounds i8, ptr %1847, i64 1792
  %1868 = load <16 x float>, ptr %1867, align 4
  %1869 = load <16 x float>, ptr %1850, align 4
  %1870 = fmul <16 x float> %1868, %1869
  store <16 x float> %1870, ptr %1867, align 4
  %1871 = getelementptr inbounds i8, ptr %1853, i64 1792
  %1872 = load <16 x float>, ptr %1871, align 4
  %1873 = load <16 x float>, ptr %1856, align 4
  %1874 = fmul <16 x float> %1872, %1873
  store <16 x float> %1874, ptr %1871, align 4
  %1875 = getelementptr inbounds i8, ptr %1835, i64 3328
  %1876 = load <16 x float>, ptr %1875, align 4
  %1877 = load <16 x float>, ptr %1838, align 4
  %1878 = fmul <16 x float> %1876, %1877
  store <16 x float> %1878, ptr %1875, align 4
  %1879 = getelementptr inbounds i8, ptr %1841, i64 3328
  %1880 = load <16 x float>, ptr %1879, align 4
  %1881 = load <16 x float>, ptr %1844, align 4
  %1882 = fmul <16 x float> %1880, %1881
  store <16 x float> %1882, ptr %1879, align 4
  %1883 = getelementptr inbounds i8, ptr %1847, i64 3328
  %1884 = load <16 x float>, ptr %1883, align 4
  %1885 = load <16 x float>, ptr %1850, align 4
  %1886 = fmul <16 x float> %1884, %1885
  store <16 x float> %1886, ptr %1883, align 4
  %1887 = getelementptr inbounds i8, ptr %1853, i64 3328
  %1888 = load <16 x float>, ptr %1887, align 4
  %1889 = load <16 x float>, ptr %1856, align 4
  %1890 = fmul <16 x float> %1888, %1889
  store <16 x float> %1890, ptr %1887, align 4
  %1891 = getelementptr inbounds i8, ptr %1835, i64 4864
  %1892 = load <16 x float>, ptr %1891, align 4
  %1893 = load <16 x float>, ptr %1838, align 4
  %1894 = fmul <16 x float> %1892, %1893
  store <16 x float> %1894, ptr %1891, align 4
  %1895 = getelementptr inbounds i8, ptr %1841, i64 4864
  %1896 = load <16 x float>, ptr %1895, align 4
  %1897 = load <16 x float>, ptr %1844, align 4
  %1898 = fmul <16 x float> %1896, %1897
  store <16 x float> %1898, ptr %1895, align 4
  %1899 = getelementptr inbounds i8, ptr %1847, i64 4864
  %1900 = load <16 x float>, ptr %1899, align 4
  %1901 = load <16 x float>, ptr %1850, align 4
  %1902 = fmul <16 x float> %1900, %1901
  store <16 x float> %1902, ptr %1899, align 4
  %1903 = getelementptr inbounds i8, ptr %1853, i64 4864
  %1904 = load <16 x float>, ptr %1903, align 4
  %1905 = load <16 x float>, ptr %1856, align 4
  %1906 = fmul <16 x float> %1904, %1905
  store <16 x float> %1906, ptr %1903, align 4
  %t3.next = add nuw nsw i64 %t3.addr.02571, 1
  %exitcond3000.not = icmp eq i64 %t3.next, 64
  br i1 %exitcond3000.not, label %p11.head.preheader, label %s5.head.preheader

p11.head.preheader:                               ; preds = %s5.head.preheader, %p11.exit
  %i54.addr.02589 = phi i64 [ %i54.next, %p11.exit ], [ 0, %s5.head.preheader ]
  %1907 = shl nuw nsw i64 %i54.addr.02589, 5
  br label %p11.body

p11.body:                                         ; preds = %p11.head.preheader, %p11.body
  %p11.addr.02588 = phi i64 [ 0, %p11.head.preheader ], [ %p11.next, %p11.body ]
  %acc95.02587 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1970, %p11.body ]
  %acc94.02586 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1969, %p11.body ]
  %acc93.02585 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1963, %p11.body ]
  %acc92.02584 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1962, %p11.body ]
  %acc91.02583 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1956, %p11.body ]
  %acc90.02582 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1955, %p11.body ]
  %acc89.02581 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1949, %p11.body ]
  %acc88.02580 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1948, %p11.body ]
  %acc87.02579 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1942, %p11.body ]
  %acc86.02578 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1941, %p11.body ]
  %acc85.02577 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1935, %p11.body ]
  %acc84.02576 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1934, %p11.body ]
  %acc83.02575 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1928, %p11.body ]
  %acc82.02574 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1927, %p11.body ]
  %acc81.02573 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1921, %p11.body ]
  %acc80.02572 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1920, %p11.body ]
  %1908 = shl nuw nsw i64 %p11.addr.02588, 5
  %1909 = or disjoint i64 %1908, 1024
  %1910 = getelementptr inbounds float, ptr %Bk, i64 %1909
  %1911 = load <16 x float>, ptr %1910, align 4
  %1912 = or disjoint i64 %1908, 1040
  %1913 = getelementptr inbounds float, ptr %Bk, i64 %1912
  %1914 = load <16 x float>, ptr %1913, align 4
  %1915 = add nuw nsw i64 %p11.addr.02588, %1907
  %1916 = getelementptr inbounds float, ptr %OY, i64 %1915
  %1917 = load float, ptr %1916, align 4
  %1918 = insertelement <16 x float> poison, float %1917, i64 0
  %1919 = shufflevector <16 x float> %1918, <16 x float> poison, <16 x i32> zeroinitializer
  %1920 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1919, <16 x float> %1911, <16 x float> %acc80.02572)
  %1921 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1919, <16 x float> %1914, <16 x float> %acc81.02573)
  %1922 = or disjoint i64 %1915, 32
  %1923 = getelementptr inbounds float, ptr %OY, i64 %1922
  %1924 = load float, ptr %1923, align 4
  %1925 = insertelement <16 x float> poison, float %1924, i64 0
  %1926 = shufflevector <16 x float> %1925, <16 x float> poison, <16 x i32> zeroinitializer
  %1927 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1926, <16 x float> %1911, <16 x float> %acc82.02574)
  %1928 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1926, <16 x float> %1914, <16 x float> %acc83.02575)
  %1929 = or disjoint i64 %1915, 64
  %1930 = getelementptr inbounds float, ptr %OY, i64 %1929
  %1931 = load float, ptr %1930, align 4
  %1932 = insertelement <16 x float> poison, float %1931, i64 0
  %1933 = shufflevector <16 x float> %1932, <16 x float> poison, <16 x i32> zeroinitializer
  %1934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1933, <16 x float> %1911, <16 x float> %acc84.02576)
  %1935 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1933, <16 x float> %1914, <16 x float> %acc85.02577)
  %1936 = or disjoint i64 %1915, 96
  %1937 = getelementptr inbounds float, ptr %OY, i64 %1936
  %1938 = load float, ptr %1937, align 4
  %1939 = insertelement <16 x float> poison, float %1938, i64 0
  %1940 = shufflevector <16 x float> %1939, <16 x float> poison, <16 x i32> zeroinitializer
  %1941 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1940, <16 x float> %1911, <16 x float> %acc86.02578)
  %1942 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1940, <16 x float> %1914, <16 x float> %acc87.02579)
  %1943 = or disjoint i64 %1915, 128
  %1944 = getelementptr inbounds float, ptr %OY, i64 %1943
  %1945 = load float, ptr %1944, align 4
  %1946 = insertelement <16 x float> poison, float %1945, i64 0
  %1947 = shufflevector <16 x float> %1946, <16 x float> poison, <16 x i32> zeroinitializer
  %1948 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1947, <16 x float> %1911, <16 x float> %acc88.02580)
  %1949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1947, <16 x float> %1914, <16 x float> %acc89.02581)
  %1950 = or disjoint i64 %1915, 160
  %1951 = getelementptr inbounds float, ptr %OY, i64 %1950
  %1952 = load float, ptr %1951, align 4
  %1953 = insertelement <16 x float> poison, float %1952, i64 0
  %1954 = shufflevector <16 x float> %1953, <16 x float> poison, <16 x i32> zeroinitializer
  %1955 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1954, <16 x float> %1911, <16 x float> %acc90.02582)
  %1956 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1954, <16 x float> %1914, <16 x float> %acc91.02583)
  %1957 = or disjoint i64 %1915, 192
  %1958 = getelementptr inbounds float, ptr %OY, i64 %1957
  %1959 = load float, ptr %1958, align 4
  %1960 = insertelement <16 x float> poison, float %1959, i64 0
  %1961 = shufflevector <16 x float> %1960, <16 x float> poison, <16 x i32> zeroinitializer
  %1962 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1961, <16 x float> %1911, <16 x float> %acc92.02584)
  %1963 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1961, <16 x float> %1914, <16 x float> %acc93.02585)
  %1964 = or disjoint i64 %1915, 224
  %1965 = getelementptr inbounds float, ptr %OY, i64 %1964
  %1966 = load float, ptr %1965, align 4
  %1967 = insertelement <16 x float> poison, float %1966, i64 0
  %1968 = shufflevector <16 x float> %1967, <16 x float> poison, <16 x i32> zeroinitializer
  %1969 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1968, <16 x float> %1911, <16 x float> %acc94.02586)
  %1970 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1968, <16 x float> %1914, <16 x float> %acc95.02587)
  %p11.next = add nuw nsw i64 %p11.addr.02588, 1
  %exitcond3001.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond3001.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %1971 = getelementptr inbounds float, ptr %dQc, i64 %1907
  store <16 x float> %1920, ptr %1971, align 4
  %1972 = or disjoint i64 %1907, 16
  %1973 = getelementptr inbounds float, ptr %dQc, i64 %1972
  store <16 x float> %1921, ptr %1973, align 4
  %1974 = or disjoint i64 %1907, 32
  %1975 = getelementptr inbounds float, ptr %dQc, i64 %1974
  store <16 x float> %1927, ptr %1975, align 4
  %1976 = or disjoint i64 %1907, 48
  %1977 = getelementptr inbounds float, ptr %dQc, i64 %1976
  store <16 x float> %1928, ptr %1977, align 4
  %1978 = or disjoint i64 %1907, 64
  %1979 = getelementptr inbounds float, ptr %dQc, i64 %1978
  store <16 x float> %1934, ptr %1979, align 4
  %1980 = or disjoint i64 %1907, 80
  %1981 = getelementptr inbounds float, ptr %dQc, i64 %1980
  store <16 x float> %1935, ptr %1981, align 4
  %1982 = or disjoint i64 %1907, 96
  %1983 = getelementptr inbounds float, ptr %dQc, i64 %1982
  store <16 x float> %1941, ptr %1983, align 4
  %1984 = or disjoint i64 %1907, 112
  %1985 = getelementptr inbounds float, ptr %dQc, i64 %1984
  store <16 x float> %1942, ptr %1985, align 4
  %1986 = or disjoint i64 %1907, 128
  %1987 = getelementptr inbounds float, ptr %dQc, i64 %1986
  store <16 x float> %1948, ptr %1987, align 4
  %1988 = or disjoint i64 %1907, 144
  %1989 = getelementptr inbounds float, ptr %dQc, i64 %1988
  store <16 x float> %1949, ptr %1989, align 4
  %1990 = or disjoint i64 %1907, 160
  %1991 = getelementptr inbounds float, ptr %dQc, i64 %1990
  store <16 x float> %1955, ptr %1991, align 4
  %1992 = or disjoint i64 %1907, 176
  %1993 = getelementptr inbounds float, ptr %dQc, i64 %1992
  store <16 x float> %1956, ptr %1993, align 4
  %1994 = or disjoint i64 %1907, 192
  %1995 = getelementptr inbounds float, ptr %dQc, i64 %1994
  store <16 x float> %1962, ptr %1995, align 4
  %1996 = or disjoint i64 %1907, 208
  %1997 = getelementptr inbounds float, ptr %dQc, i64 %1996
  store <16 x float> %1963, ptr %1997, align 4
  %1998 = or disjoint i64 %1907, 224
  %1999 = getelementptr inbounds float, ptr %dQc, i64 %1998
  store <16 x float> %1969, ptr %1999, align 4
  %2000 = or disjoint i64 %1907, 240
  %2001 = getelementptr inbounds float, ptr %dQc, i64 %2000
  store <16 x float> %1970, ptr %2001, align 4
  %i54.next = add nuw nsw i64 %i54.addr.02589, 8
  %2002 = icmp ult i64 %i54.addr.02589, 56
  br i1 %2002, label %p11.head.preheader, label %i55.body

i55.body:                                         ; preds = %p11.exit, %p12.exit
  %i55.addr.02607 = phi i64 [ %i55.next, %p12.exit ], [ 0, %p11.exit ]
  %2003 = shl nuw nsw i64 %i55.addr.02607, 5
  %2004 = getelementptr inbounds float, ptr %dQc, i64 %2003
  %2005 = load <16 x float>, ptr %2004, align 4
  %2006 = or disjoint i64 %2003, 16
  %2007 = getelementptr inbounds float, ptr %dQc, i64 %2006
  %2008 = load <16 x float>, ptr %2007, align 4
  %2009 = or disjoint i64 %i55.addr.02607, 1
  %2010 = shl nuw nsw i64 %2009, 5
  %2011 = getelementptr inbounds float, ptr %dQc, i64 %2010
  %2012 = load <16 x float>, ptr %2011, align 4
  %2013 = or disjoint i64 %2010, 16
  %2014 = getelementptr inbounds float, ptr %dQc, i64 %2013
  %2015 = load <16 x float>, ptr %2014, align 4
  %2016 = or disjoint i64 %i55.addr.02607, 2
  %2017 = shl nuw nsw i64 %2016, 5
  %2018 = getelementptr inbounds float, ptr %dQc, i64 %2017
  %2019 = load <16 x float>, ptr %2018, align 4
  %2020 = or disjoint i64 %2017, 16
  %2021 = getelementptr inbounds float, ptr %dQc, i64 %2020
  %2022 = load <16 x float>, ptr %2021, align 4
  %2023 = or disjoint i64 %i55.addr.02607, 3
  %2024 = shl nuw nsw i64 %2023, 5
  %2025 = getelementptr inbounds float, ptr %dQc, i64 %2024
  %2026 = load <16 x float>, ptr %2025, align 4
  %2027 = or disjoint i64 %2024, 16
  %2028 = getelementptr inbounds float, ptr %dQc, i64 %2027
  %2029 = load <16 x float>, ptr %2028, align 4
  %2030 = or disjoint i64 %i55.addr.02607, 4
  %2031 = shl nuw nsw i64 %2030, 5
  %2032 = getelementptr inbounds float, ptr %dQc, i64 %2031
  %2033 = load <16 x float>, ptr %2032, align 4
  %2034 = or disjoint i64 %2031, 16
  %2035 = getelementptr inbounds float, ptr %dQc, i64 %2034
  %2036 = load <16 x float>, ptr %2035, align 4
  %2037 = or disjoint i64 %i55.addr.02607, 5
  %2038 = shl nuw nsw i64 %2037, 5
  %2039 = getelementptr inbounds float, ptr %dQc, i64 %2038
  %2040 = load <16 x float>, ptr %2039, align 4
  %2041 = or disjoint i64 %2038, 16
  %2042 = getelementptr inbounds float, ptr %dQc, i64 %2041
  %2043 = load <16 x float>, ptr %2042, align 4
  %2044 = or disjoint i64 %i55.addr.02607, 6
  %2045 = shl nuw nsw i64 %2044, 5
  %2046 = getelementptr inbounds float, ptr %dQc, i64 %2045
  %2047 = load <16 x float>, ptr %2046, align 4
  %2048 = or disjoint i64 %2045, 16
  %2049 = getelementptr inbounds float, ptr %dQc, i64 %2048
  %2050 = load <16 x float>, ptr %2049, align 4
  %2051 = or disjoint i64 %i55.addr.02607, 7
  %2052 = shl nuw nsw i64 %2051, 5
  %2053 = getelementptr inbounds float, ptr %dQc, i64 %2052
  %2054 = load <16 x float>, ptr %2053, align 4
  %2055 = or disjoint i64 %2052, 16
  %2056 = getelementptr inbounds float, ptr %dQc, i64 %2055
  %2057 = load <16 x float>, ptr %2056, align 4
  br label %p12.body

p12.body:                                         ; preds = %i55.body, %p12.body
  %p12.addr.02606 = phi i64 [ 0, %i55.body ], [ %p12.next, %p12.body ]
  %acc111.02605 = phi <16 x float> [ %2057, %i55.body ], [ %2120, %p12.body ]
  %acc110.02604 = phi <16 x float> [ %2054, %i55.body ], [ %2119, %p12.body ]
  %acc109.02603 = phi <16 x float> [ %2050, %i55.body ], [ %2113, %p12.body ]
  %acc108.02602 = phi <16 x float> [ %2047, %i55.body ], [ %2112, %p12.body ]
  %acc107.02601 = phi <16 x float> [ %2043, %i55.body ], [ %2106, %p12.body ]
  %acc106.02600 = phi <16 x float> [ %2040, %i55.body ], [ %2105, %p12.body ]
  %acc105.02599 = phi <16 x float> [ %2036, %i55.body ], [ %2099, %p12.body ]
  %acc104.02598 = phi <16 x float> [ %2033, %i55.body ], [ %2098, %p12.body ]
  %acc103.02597 = phi <16 x float> [ %2029, %i55.body ], [ %2092, %p12.body ]
  %acc102.02596 = phi <16 x float> [ %2026, %i55.body ], [ %2091, %p12.body ]
  %acc101.02595 = phi <16 x float> [ %2022, %i55.body ], [ %2085, %p12.body ]
  %acc100.02594 = phi <16 x float> [ %2019, %i55.body ], [ %2084, %p12.body ]
  %acc99.02593 = phi <16 x float> [ %2015, %i55.body ], [ %2078, %p12.body ]
  %acc98.02592 = phi <16 x float> [ %2012, %i55.body ], [ %2077, %p12.body ]
  %acc97.02591 = phi <16 x float> [ %2008, %i55.body ], [ %2071, %p12.body ]
  %acc96.02590 = phi <16 x float> [ %2005, %i55.body ], [ %2070, %p12.body ]
  %.idx2404 = shl nuw nsw i64 %p12.addr.02606, 7
  %2058 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2404
  %2059 = getelementptr inbounds i8, ptr %2058, i64 16384
  %2060 = load <16 x float>, ptr %2059, align 4
  %2061 = getelementptr inbounds i8, ptr %2058, i64 16448
  %2062 = load <16 x float>, ptr %2061, align 4
  %2063 = mul nuw nsw i64 %p12.addr.02606, 384
  %2064 = or disjoint i64 %2063, 64
  %2065 = or disjoint i64 %2064, %i55.addr.02607
  %2066 = getelementptr inbounds float, ptr %Ak, i64 %2065
  %2067 = load float, ptr %2066, align 4
  %2068 = insertelement <16 x float> poison, float %2067, i64 0
  %2069 = shufflevector <16 x float> %2068, <16 x float> poison, <16 x i32> zeroinitializer
  %2070 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2069, <16 x float> %2060, <16 x float> %acc96.02590)
  %2071 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2069, <16 x float> %2062, <16 x float> %acc97.02591)
  %2072 = or disjoint i64 %2064, %2009
  %2073 = getelementptr inbounds float, ptr %Ak, i64 %2072
  %2074 = load float, ptr %2073, align 4
  %2075 = insertelement <16 x float> poison, float %2074, i64 0
  %2076 = shufflevector <16 x float> %2075, <16 x float> poison, <16 x i32> zeroinitializer
  %2077 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2076, <16 x float> %2060, <16 x float> %acc98.02592)
  %2078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2076, <16 x float> %2062, <16 x float> %acc99.02593)
  %2079 = or disjoint i64 %2064, %2016
  %2080 = getelementptr inbounds float, ptr %Ak, i64 %2079
  %2081 = load float, ptr %2080, align 4
  %2082 = insertelement <16 x float> poison, float %2081, i64 0
  %2083 = shufflevector <16 x float> %2082, <16 x float> poison, <16 x i32> zeroinitializer
  %2084 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2060, <16 x float> %acc100.02594)
  %2085 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2083, <16 x float> %2062, <16 x float> %acc101.02595)
  %2086 = or disjoint i64 %2064, %2023
  %2087 = getelementptr inbounds float, ptr %Ak, i64 %2086
  %2088 = load float, ptr %2087, align 4
  %2089 = insertelement <16 x float> poison, float %2088, i64 0
  %2090 = shufflevector <16 x float> %2089, <16 x float> poison, <16 x i32> zeroinitializer
  %2091 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2090, <16 x float> %2060, <16 x float> %acc102.02596)
  %2092 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2090, <16 x float> %2062, <16 x float> %acc103.02597)
  %2093 = or disjoint i64 %2064, %2030
  %2094 = getelementptr inbounds float, ptr %Ak, i64 %2093
  %2095 = load float, ptr %2094, align 4
  %2096 = insertelement <16 x float> poison, float %2095, i64 0
  %2097 = shufflevector <16 x float> %2096, <16 x float> poison, <16 x i32> zeroinitializer
  %2098 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2097, <16 x float> %2060, <16 x float> %acc104.02598)
  %2099 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2097, <16 x float> %2062, <16 x float> %acc105.02599)
  %2100 = or disjoint i64 %2064, %2037
  %2101 = getelementptr inbounds float, ptr %Ak, i64 %2100
  %2102 = load float, ptr %2101, align 4
  %2103 = insertelement <16 x float> poison, float %2102, i64 0
  %2104 = shufflevector <16 x float> %2103, <16 x float> poison, <16 x i32> zeroinitializer
  %2105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2104, <16 x float> %2060, <16 x float> %acc106.02600)
  %2106 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2104, <16 x float> %2062, <16 x float> %acc107.02601)
  %2107 = or disjoint i64 %2064, %2044
  %2108 = getelementptr inbounds float, ptr %Ak, i64 %2107
  %2109 = load float, ptr %2108, align 4
  %2110 = insertelement <16 x float> poison, float %2109, i64 0
  %2111 = shufflevector <16 x float> %2110, <16 x float> poison, <16 x i32> zeroinitializer
  %2112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2111, <16 x float> %2060, <16 x float> %acc108.02602)
  %2113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2111, <16 x float> %2062, <16 x float> %acc109.02603)
  %2114 = or disjoint i64 %2064, %2051
  %2115 = getelementptr inbounds float, ptr %Ak, i64 %2114
  %2116 = load float, ptr %2115, align 4
  %2117 = insertelement <16 x float> poison, float %2116, i64 0
  %2118 = shufflevector <16 x float> %2117, <16 x float> poison, <16 x i32> zeroinitializer
  %2119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2118, <16 x float> %2060, <16 x float> %acc110.02604)
  %2120 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2118, <16 x float> %2062, <16 x float> %acc111.02605)
  %p12.next = add nuw nsw i64 %p12.addr.02606, 1
  %exitcond3002.not = icmp eq i64 %p12.next, 256
  br i1 %exitcond3002.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %2070, ptr %2004, align 4
  store <16 x float> %2071, ptr %2007, align 4
  store <16 x float> %2077, ptr %2011, align 4
  store <16 x float> %2078, ptr %2014, align 4
  store <16 x float> %2084, ptr %2018, align 4
  store <16 x float> %2085, ptr %2021, align 4
  store <16 x float> %2091, ptr %2025, align 4
  store <16 x float> %2092, ptr %2028, align 4
  store <16 x float> %2098, ptr %2032, align 4
  store <16 x float> %2099, ptr %2035, align 4
  store <16 x float> %2105, ptr %2039, align 4
  store <16 x float> %2106, ptr %2042, align 4
  store <16 x float> %2112, ptr %2046, align 4
  store <16 x float> %2113, ptr %2049, align 4
  store <16 x float> %2119, ptr %2053, align 4
  store <16 x float> %2120, ptr %2056, align 4
  %i55.next = add nuw nsw i64 %i55.addr.02607, 8
  %2121 = icmp ult i64 %i55.addr.02607, 56
  br i1 %2121, label %i55.body, label %j37.body.preheader

j37.body.preheader:                               ; preds = %p12.exit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %dbet, i8 0, i64 1024, i1 false)
  br label %ib1.body

ib1.body:                                         ; preds = %j37.body.preheader, %j38.exit
  %ib1.addr.02626 = phi i64 [ %ib1.next, %j38.exit ], [ 0, %j37.body.preheader ]
  %2122 = shl nuw nsw i64 %ib1.addr.02626, 2
  %i01 = sub nuw nsw i64 252, %2122
  %2123 = shl nuw nsw i64 %i01, 5
  %2124 = getelementptr inbounds float, ptr %OY, i64 %2123
  %2125 = getelementptr inbounds i8, ptr %2124, i64 8192
  %2126 = load <16 x float>, ptr %2125, align 4
  %2127 = getelementptr inbounds i8, ptr %2124, i64 8256
  %2128 = load <16 x float>, ptr %2127, align 4
  %2129 = sub nuw nsw i64 253, %2122
  %2130 = shl nuw nsw i64 %2129, 5
  %2131 = getelementptr inbounds float, ptr %OY, i64 %2130
  %2132 = getelementptr inbounds i8, ptr %2131, i64 8192
  %2133 = load <16 x float>, ptr %2132, align 4
  %2134 = getelementptr inbounds i8, ptr %2131, i64 8256
  %2135 = load <16 x float>, ptr %2134, align 4
  %2136 = sub nuw nsw i64 254, %2122
  %2137 = shl nuw nsw i64 %2136, 5
  %2138 = getelementptr inbounds float, ptr %OY, i64 %2137
  %2139 = getelementptr inbounds i8, ptr %2138, i64 8192
  %2140 = load <16 x float>, ptr %2139, align 4
  %2141 = getelementptr inbounds i8, ptr %2138, i64 8256
  %2142 = load <16 x float>, ptr %2141, align 4
  %2143 = sub nuw nsw i64 255, %2122
  %2144 = shl nuw nsw i64 %2143, 5
  %2145 = getelementptr inbounds float, ptr %OY, i64 %2144
  %2146 = getelementptr inbounds i8, ptr %2145, i64 8192
  %2147 = load <16 x float>, ptr %2146, align 4
  %2148 = getelementptr inbounds i8, ptr %2145, i64 8256
  %2149 = load <16 x float>, ptr %2148, align 4
  %.not2772 = icmp eq i64 %ib1.addr.02626, 0
  br i1 %.not2772, label %j38.exit, label %j38.body.preheader

j38.body.preheader:                               ; preds = %ib1.body
  %2150 = sub nuw nsw i64 256, %2122
  br label %j38.body

j38.body:                                         ; preds = %j38.body.preheader, %j38.body
  %j38.addr.02617 = phi i64 [ %j38.next, %j38.body ], [ %2150, %j38.body.preheader ]
  %acc119.02616 = phi <16 x float> [ %2188, %j38.body ], [ %2149, %j38.body.preheader ]
  %acc118.02615 = phi <16 x float> [ %2187, %j38.body ], [ %2147, %j38.body.preheader ]
  %acc117.02614 = phi <16 x float> [ %2180, %j38.body ], [ %2142, %j38.body.preheader ]
  %acc116.02613 = phi <16 x float> [ %2179, %j38.body ], [ %2140, %j38.body.preheader ]
  %acc115.02612 = phi <16 x float> [ %2172, %j38.body ], [ %2135, %j38.body.preheader ]
  %acc114.02611 = phi <16 x float> [ %2171, %j38.body ], [ %2133, %j38.body.preheader ]
  %acc113.02610 = phi <16 x float> [ %2164, %j38.body ], [ %2128, %j38.body.preheader ]
  %acc112.02609 = phi <16 x float> [ %2163, %j38.body ], [ %2126, %j38.body.preheader ]
  %.idx2403 = shl nuw nsw i64 %j38.addr.02617, 7
  %2151 = getelementptr inbounds i8, ptr %OY, i64 %.idx2403
  %2152 = getelementptr inbounds i8, ptr %2151, i64 8192
  %2153 = load <16 x float>, ptr %2152, align 4
  %2154 = getelementptr inbounds i8, ptr %2151, i64 8256
  %2155 = load <16 x float>, ptr %2154, align 4
  %2156 = shl nuw nsw i64 %j38.addr.02617, 8
  %2157 = or disjoint i64 %2156, %i01
  %2158 = getelementptr inbounds float, ptr %Gm, i64 %2157
  %2159 = load float, ptr %2158, align 4
  %2160 = fneg float %2159
  %2161 = insertelement <16 x float> poison, float %2160, i64 0
  %2162 = shufflevector <16 x float> %2161, <16 x float> poison, <16 x i32> zeroinitializer
  %2163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2162, <16 x float> %2153, <16 x float> %acc112.02609)
  %2164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2162, <16 x float> %2155, <16 x float> %acc113.02610)
  %2165 = or disjoint i64 %2156, %2129
  %2166 = getelementptr inbounds float, ptr %Gm, i64 %2165
  %2167 = load float, ptr %2166, align 4
  %2168 = fneg float %2167
  %2169 = insertelement <16 x float> poison, float %2168, i64 0
  %2170 = shufflevector <16 x float> %2169, <16 x float> poison, <16 x i32> zeroinitializer
  %2171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2170, <16 x float> %2153, <16 x float> %acc114.02611)
  %2172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2170, <16 x float> %2155, <16 x float> %acc115.02612)
  %2173 = or disjoint i64 %2156, %2136
  %2174 = getelementptr inbounds float, ptr %Gm, i64 %2173
  %2175 = load float, ptr %2174, align 4
  %2176 = fneg float %2175
  %2177 = insertelement <16 x float> poison, float %2176, i64 0
  %2178 = shufflevector <16 x float> %2177, <16 x float> poison, <16 x i32> zeroinitializer
  %2179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2178, <16 x float> %2153, <16 x float> %acc116.02613)
  %2180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2178, <16 x float> %2155, <16 x float> %acc117.02614)
  %2181 = or disjoint i64 %2156, %2143
  %2182 = getelementptr inbounds float, ptr %Gm, i64 %2181
  %2183 = load float, ptr %2182, align 4
  %2184 = fneg float %2183
  %2185 = insertelement <16 x float> poison, float %2184, i64 0
  %2186 = shufflevector <16 x float> %2185, <16 x float> poison, <16 x i32> zeroinitializer
  %2187 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2186, <16 x float> %2153, <16 x float> %acc118.02615)
  %2188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2186, <16 x float> %2155, <16 x float> %acc119.02616)
  %j38.next = add nuw nsw i64 %j38.addr.02617, 1
  %2189 = icmp ult i64 %j38.addr.02617, 255
  br i1 %2189, label %j38.body, label %j38.exit

j38.exit:                                         ; preds = %j38.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2126, %ib1.body ], [ %2163, %j38.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2128, %ib1.body ], [ %2164, %j38.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2133, %ib1.body ], [ %2171, %j38.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2135, %ib1.body ], [ %2172, %j38.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2140, %ib1.body ], [ %2179, %j38.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2142, %ib1.body ], [ %2180, %j38.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2147, %ib1.body ], [ %2187, %j38.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2149, %ib1.body ], [ %2188, %j38.body ]
  %2190 = getelementptr inbounds float, ptr %Rr, i64 %2144
  %2191 = load <16 x float>, ptr %2190, align 4
  %2192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2191, <16 x float> zeroinitializer)
  %2193 = or disjoint i64 %2144, 16
  %2194 = getelementptr inbounds float, ptr %Rr, i64 %2193
  %2195 = load <16 x float>, ptr %2194, align 4
  %2196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2195, <16 x float> %2192)
  %2197 = shufflevector <16 x float> %2196, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2198 = shufflevector <16 x float> %2196, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2199 = fadd <8 x float> %2197, %2198
  %2200 = shufflevector <8 x float> %2199, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2201 = shufflevector <8 x float> %2199, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2202 = fadd <4 x float> %2200, %2201
  %2203 = shufflevector <4 x float> %2202, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2204 = shufflevector <4 x float> %2202, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2205 = fadd <2 x float> %2203, %2204
  %2206 = shufflevector <2 x float> %2205, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2207 = shufflevector <2 x float> %2205, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2208 = getelementptr inbounds float, ptr %bet, i64 %2143
  %2209 = load float, ptr %2208, align 4
  %2210 = insertelement <16 x float> poison, float %2209, i64 0
  %2211 = shufflevector <16 x float> %2210, <16 x float> poison, <16 x i32> zeroinitializer
  %2212 = fmul <16 x float> %acc118.0.lcssa, %2211
  store <16 x float> %2212, ptr %2146, align 4
  %2213 = fneg <16 x float> %2212
  %2214 = mul nuw nsw i64 %2143, 384
  %2215 = or disjoint i64 %2214, 32
  %2216 = getelementptr inbounds float, ptr %Ak, i64 %2215
  store <16 x float> %2213, ptr %2216, align 4
  %2217 = fmul <16 x float> %acc119.0.lcssa, %2211
  store <16 x float> %2217, ptr %2148, align 4
  %2218 = fneg <16 x float> %2217
  %2219 = or disjoint i64 %2214, 48
  %2220 = getelementptr inbounds float, ptr %Ak, i64 %2219
  store <16 x float> %2218, ptr %2220, align 4
  %2221 = shl nuw nsw i64 %2143, 8
  %2222 = or disjoint i64 %2221, %2136
  %2223 = getelementptr inbounds float, ptr %Gm, i64 %2222
  %2224 = load float, ptr %2223, align 4
  %2225 = fneg float %2224
  %2226 = insertelement <16 x float> poison, float %2225, i64 0
  %2227 = shufflevector <16 x float> %2226, <16 x float> poison, <16 x i32> zeroinitializer
  %2228 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2227, <16 x float> %2212, <16 x float> %acc116.0.lcssa)
  %2229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2227, <16 x float> %2217, <16 x float> %acc117.0.lcssa)
  %2230 = getelementptr inbounds float, ptr %Rr, i64 %2137
  %2231 = load <16 x float>, ptr %2230, align 4
  %2232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2228, <16 x float> %2231, <16 x float> zeroinitializer)
  %2233 = or disjoint i64 %2137, 16
  %2234 = getelementptr inbounds float, ptr %Rr, i64 %2233
  %2235 = load <16 x float>, ptr %2234, align 4
  %2236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2229, <16 x float> %2235, <16 x float> %2232)
  %2237 = shufflevector <16 x float> %2236, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2238 = shufflevector <16 x float> %2236, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2239 = fadd <8 x float> %2237, %2238
  %2240 = shufflevector <8 x float> %2239, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2241 = shufflevector <8 x float> %2239, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2242 = fadd <4 x float> %2240, %2241
  %2243 = shufflevector <4 x float> %2242, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2244 = shufflevector <4 x float> %2242, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2245 = fadd <2 x float> %2243, %2244
  %2246 = shufflevector <2 x float> %2245, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2247 = shufflevector <2 x float> %2245, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2248 = getelementptr inbounds float, ptr %bet, i64 %2136
  %2249 = load float, ptr %2248, align 4
  %2250 = insertelement <16 x float> poison, float %2249, i64 0
  %2251 = shufflevector <16 x float> %2250, <16 x float> poison, <16 x i32> zeroinitializer
  %2252 = fmul <16 x float> %2228, %2251
  store <16 x float> %2252, ptr %2139, align 4
  %2253 = fneg <16 x float> %2252
  %2254 = mul nuw nsw i64 %2136, 384
  %2255 = or disjoint i64 %2254, 32
  %2256 = getelementptr inbounds float, ptr %Ak, i64 %2255
  store <16 x float> %2253, ptr %2256, align 4
  %2257 = fmul <16 x float> %2229, %2251
  store <16 x float> %2257, ptr %2141, align 4
  %2258 = fneg <16 x float> %2257
  %2259 = or disjoint i64 %2254, 48
  %2260 = getelementptr inbounds float, ptr %Ak, i64 %2259
  store <16 x float> %2258, ptr %2260, align 4
  %2261 = shl nuw nsw i64 %2136, 8
  %2262 = or disjoint i64 %2261, %2129
  %2263 = getelementptr inbounds float, ptr %Gm, i64 %2262
  %2264 = load float, ptr %2263, align 4
  %2265 = fneg float %2264
  %2266 = insertelement <16 x float> poison, float %2265, i64 0
  %2267 = shufflevector <16 x float> %2266, <16 x float> poison, <16 x i32> zeroinitializer
  %2268 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2267, <16 x float> %2252, <16 x float> %acc114.0.lcssa)
  %2269 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2267, <16 x float> %2257, <16 x float> %acc115.0.lcssa)
  %2270 = or disjoint i64 %2221, %2129
  %2271 = getelementptr inbounds float, ptr %Gm, i64 %2270
  %2272 = load float, ptr %2271, align 4
  %2273 = fneg float %2272
  %2274 = insertelement <16 x float> poison, float %2273, i64 0
  %2275 = shufflevector <16 x float> %2274, <16 x float> poison, <16 x i32> zeroinitializer
  %2276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2275, <16 x float> %2212, <16 x float> %2268)
  %2277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2275, <16 x float> %2217, <16 x float> %2269)
  %2278 = getelementptr inbounds float, ptr %Rr, i64 %2130
  %2279 = load <16 x float>, ptr %2278, align 4
  %2280 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2279, <16 x float> zeroinitializer)
  %2281 = or disjoint i64 %2130, 16
  %2282 = getelementptr inbounds float, ptr %Rr, i64 %2281
  %2283 = load <16 x float>, ptr %2282, align 4
  %2284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2277, <16 x float> %2283, <16 x float> %2280)
  %2285 = shufflevector <16 x float> %2284, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2286 = shufflevector <16 x float> %2284, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2287 = fadd <8 x float> %2285, %2286
  %2288 = shufflevector <8 x float> %2287, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2289 = shufflevector <8 x float> %2287, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2290 = fadd <4 x float> %2288, %2289
  %2291 = shufflevector <4 x float> %2290, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2292 = shufflevector <4 x float> %2290, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2293 = fadd <2 x float> %2291, %2292
  %2294 = getelementptr inbounds float, ptr %bet, i64 %2129
  %2295 = load float, ptr %2294, align 4
  %2296 = insertelement <16 x float> poison, float %2295, i64 0
  %2297 = shufflevector <16 x float> %2296, <16 x float> poison, <16 x i32> zeroinitializer
  %2298 = fmul <16 x float> %2276, %2297
  store <16 x float> %2298, ptr %2132, align 4
  %2299 = fneg <16 x float> %2298
  %2300 = mul nuw nsw i64 %2129, 384
  %2301 = or disjoint i64 %2300, 32
  %2302 = getelementptr inbounds float, ptr %Ak, i64 %2301
  store <16 x float> %2299, ptr %2302, align 4
  %2303 = fmul <16 x float> %2277, %2297
  store <16 x float> %2303, ptr %2134, align 4
  %2304 = fneg <16 x float> %2303
  %2305 = or disjoint i64 %2300, 48
  %2306 = getelementptr inbounds float, ptr %Ak, i64 %2305
  store <16 x float> %2304, ptr %2306, align 4
  %2307 = shl nuw nsw i64 %2129, 8
  %2308 = or disjoint i64 %2307, %i01
  %2309 = getelementptr inbounds float, ptr %Gm, i64 %2308
  %2310 = load float, ptr %2309, align 4
  %2311 = fneg float %2310
  %2312 = insertelement <16 x float> poison, float %2311, i64 0
  %2313 = shufflevector <16 x float> %2312, <16 x float> poison, <16 x i32> zeroinitializer
  %2314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2313, <16 x float> %2298, <16 x float> %acc112.0.lcssa)
  %2315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2313, <16 x float> %2303, <16 x float> %acc113.0.lcssa)
  %2316 = or disjoint i64 %2261, %i01
  %2317 = getelementptr inbounds float, ptr %Gm, i64 %2316
  %2318 = load float, ptr %2317, align 4
  %2319 = fneg float %2318
  %2320 = insertelement <16 x float> poison, float %2319, i64 0
  %2321 = shufflevector <16 x float> %2320, <16 x float> poison, <16 x i32> zeroinitializer
  %2322 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2321, <16 x float> %2252, <16 x float> %2314)
  %2323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2321, <16 x float> %2257, <16 x float> %2315)
  %2324 = or disjoint i64 %2221, %i01
  %2325 = getelementptr inbounds float, ptr %Gm, i64 %2324
  %2326 = load float, ptr %2325, align 4
  %2327 = fneg float %2326
  %2328 = insertelement <16 x float> poison, float %2327, i64 0
  %2329 = shufflevector <16 x float> %2328, <16 x float> poison, <16 x i32> zeroinitializer
  %2330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2329, <16 x float> %2212, <16 x float> %2322)
  %2331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2329, <16 x float> %2217, <16 x float> %2323)
  %2332 = getelementptr inbounds float, ptr %Rr, i64 %2123
  %2333 = load <16 x float>, ptr %2332, align 4
  %2334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2330, <16 x float> %2333, <16 x float> zeroinitializer)
  %2335 = or disjoint i64 %2123, 16
  %2336 = getelementptr inbounds float, ptr %Rr, i64 %2335
  %2337 = load <16 x float>, ptr %2336, align 4
  %2338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2331, <16 x float> %2337, <16 x float> %2334)
  %2339 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2340 = shufflevector <16 x float> %2338, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2341 = shufflevector <16 x float> %2338, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2342 = fadd <8 x float> %2340, %2341
  %2343 = shufflevector <8 x float> %2342, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2344 = shufflevector <8 x float> %2342, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2345 = fadd <4 x float> %2343, %2344
  %2346 = shufflevector <4 x float> %2345, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2347 = shufflevector <4 x float> %2345, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2348 = fadd <2 x float> %2346, %2347
  %2349 = load <4 x float>, ptr %2339, align 4
  %2350 = shufflevector <2 x float> %2348, <2 x float> %2293, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2351 = shufflevector <4 x float> %2350, <4 x float> %2247, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2352 = shufflevector <4 x float> %2351, <4 x float> %2207, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2353 = shufflevector <2 x float> %2348, <2 x float> %2293, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2354 = shufflevector <4 x float> %2353, <4 x float> %2246, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2355 = shufflevector <4 x float> %2354, <4 x float> %2206, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2356 = fadd <4 x float> %2352, %2355
  %2357 = fadd <4 x float> %2349, %2356
  store <4 x float> %2357, ptr %2339, align 4
  %2358 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2359 = load float, ptr %2358, align 4
  %2360 = insertelement <16 x float> poison, float %2359, i64 0
  %2361 = shufflevector <16 x float> %2360, <16 x float> poison, <16 x i32> zeroinitializer
  %2362 = fmul <16 x float> %2330, %2361
  store <16 x float> %2362, ptr %2125, align 4
  %2363 = fneg <16 x float> %2362
  %2364 = mul nuw nsw i64 %i01, 384
  %2365 = or disjoint i64 %2364, 32
  %2366 = getelementptr inbounds float, ptr %Ak, i64 %2365
  store <16 x float> %2363, ptr %2366, align 4
  %2367 = fmul <16 x float> %2331, %2361
  store <16 x float> %2367, ptr %2127, align 4
  %2368 = fneg <16 x float> %2367
  %2369 = or disjoint i64 %2364, 48
  %2370 = getelementptr inbounds float, ptr %Ak, i64 %2369
  store <16 x float> %2368, ptr %2370, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02626, 1
  %exitcond3003.not = icmp eq i64 %ib1.next, 64
  br i1 %exitcond3003.not, label %i60.body, label %ib1.body

i60.body:                                         ; preds = %j38.exit, %p13.exit
  %i60.addr.02644 = phi i64 [ %i60.next, %p13.exit ], [ 0, %j38.exit ]
  %2371 = shl nuw nsw i64 %i60.addr.02644, 6
  %2372 = or disjoint i64 %2371, 32
  %2373 = getelementptr inbounds float, ptr %work, i64 %2372
  %2374 = load <16 x float>, ptr %2373, align 4
  %2375 = or disjoint i64 %2371, 48
  %2376 = getelementptr inbounds float, ptr %work, i64 %2375
  %2377 = load <16 x float>, ptr %2376, align 4
  %2378 = or disjoint i64 %i60.addr.02644, 1
  %2379 = shl nuw nsw i64 %2378, 6
  %2380 = or disjoint i64 %2379, 32
  %2381 = getelementptr inbounds float, ptr %work, i64 %2380
  %2382 = load <16 x float>, ptr %2381, align 4
  %2383 = or disjoint i64 %2379, 48
  %2384 = getelementptr inbounds float, ptr %work, i64 %2383
  %2385 = load <16 x float>, ptr %2384, align 4
  %2386 = or disjoint i64 %i60.addr.02644, 2
  %2387 = shl nuw nsw i64 %2386, 6
  %2388 = or disjoint i64 %2387, 32
  %2389 = getelementptr inbounds float, ptr %work, i64 %2388
  %2390 = load <16 x float>, ptr %2389, align 4
  %2391 = or disjoint i64 %2387, 48
  %2392 = getelementptr inbounds float, ptr %work, i64 %2391
  %2393 = load <16 x float>, ptr %2392, align 4
  %2394 = or disjoint i64 %i60.addr.02644, 3
  %2395 = shl nuw nsw i64 %2394, 6
  %2396 = or disjoint i64 %2395, 32
  %2397 = getelementptr inbounds float, ptr %work, i64 %2396
  %2398 = load <16 x float>, ptr %2397, align 4
  %2399 = or disjoint i64 %2395, 48
  %2400 = getelementptr inbounds float, ptr %work, i64 %2399
  %2401 = load <16 x float>, ptr %2400, align 4
  %2402 = or disjoint i64 %i60.addr.02644, 4
  %2403 = shl nuw nsw i64 %2402, 6
  %2404 = or disjoint i64 %2403, 32
  %2405 = getelementptr inbounds float, ptr %work, i64 %2404
  %2406 = load <16 x float>, ptr %2405, align 4
  %2407 = or disjoint i64 %2403, 48
  %2408 = getelementptr inbounds float, ptr %work, i64 %2407
  %2409 = load <16 x float>, ptr %2408, align 4
  %2410 = or disjoint i64 %i60.addr.02644, 5
  %2411 = shl nuw nsw i64 %2410, 6
  %2412 = or disjoint i64 %2411, 32
  %2413 = getelementptr inbounds float, ptr %work, i64 %2412
  %2414 = load <16 x float>, ptr %2413, align 4
  %2415 = or disjoint i64 %2411, 48
  %2416 = getelementptr inbounds float, ptr %work, i64 %2415
  %2417 = load <16 x float>, ptr %2416, align 4
  %2418 = or disjoint i64 %i60.addr.02644, 6
  %2419 = shl nuw nsw i64 %2418, 6
  %2420 = or disjoint i64 %2419, 32
  %2421 = getelementptr inbounds float, ptr %work, i64 %2420
  %2422 = load <16 x float>, ptr %2421, align 4
  %2423 = or disjoint i64 %2419, 48
  %2424 = getelementptr inbounds float, ptr %work, i64 %2423
  %2425 = load <16 x float>, ptr %2424, align 4
  %2426 = or disjoint i64 %i60.addr.02644, 7
  %2427 = shl nuw nsw i64 %2426, 6
  %2428 = or disjoint i64 %2427, 32
  %2429 = getelementptr inbounds float, ptr %work, i64 %2428
  %2430 = load <16 x float>, ptr %2429, align 4
  %2431 = or disjoint i64 %2427, 48
  %2432 = getelementptr inbounds float, ptr %work, i64 %2431
  %2433 = load <16 x float>, ptr %2432, align 4
  br label %p13.body

p13.body:                                         ; preds = %i60.body, %p13.body
  %p13.addr.02643 = phi i64 [ 0, %i60.body ], [ %p13.next, %p13.body ]
  %acc135.02642 = phi <16 x float> [ %2433, %i60.body ], [ %2495, %p13.body ]
  %acc134.02641 = phi <16 x float> [ %2430, %i60.body ], [ %2494, %p13.body ]
  %acc133.02640 = phi <16 x float> [ %2425, %i60.body ], [ %2488, %p13.body ]
  %acc132.02639 = phi <16 x float> [ %2422, %i60.body ], [ %2487, %p13.body ]
  %acc131.02638 = phi <16 x float> [ %2417, %i60.body ], [ %2481, %p13.body ]
  %acc130.02637 = phi <16 x float> [ %2414, %i60.body ], [ %2480, %p13.body ]
  %acc129.02636 = phi <16 x float> [ %2409, %i60.body ], [ %2474, %p13.body ]
  %acc128.02635 = phi <16 x float> [ %2406, %i60.body ], [ %2473, %p13.body ]
  %acc127.02634 = phi <16 x float> [ %2401, %i60.body ], [ %2467, %p13.body ]
  %acc126.02633 = phi <16 x float> [ %2398, %i60.body ], [ %2466, %p13.body ]
  %acc125.02632 = phi <16 x float> [ %2393, %i60.body ], [ %2460, %p13.body ]
  %acc124.02631 = phi <16 x float> [ %2390, %i60.body ], [ %2459, %p13.body ]
  %acc123.02630 = phi <16 x float> [ %2385, %i60.body ], [ %2453, %p13.body ]
  %acc122.02629 = phi <16 x float> [ %2382, %i60.body ], [ %2452, %p13.body ]
  %acc121.02628 = phi <16 x float> [ %2377, %i60.body ], [ %2446, %p13.body ]
  %acc120.02627 = phi <16 x float> [ %2374, %i60.body ], [ %2445, %p13.body ]
  %2434 = shl nuw nsw i64 %p13.addr.02643, 5
  %2435 = getelementptr inbounds float, ptr %OY, i64 %2434
  %2436 = load <16 x float>, ptr %2435, align 4
  %2437 = or disjoint i64 %2434, 16
  %2438 = getelementptr inbounds float, ptr %OY, i64 %2437
  %2439 = load <16 x float>, ptr %2438, align 4
  %2440 = or disjoint i64 %2434, %i60.addr.02644
  %2441 = getelementptr inbounds float, ptr %QK, i64 %2440
  %2442 = load float, ptr %2441, align 4
  %2443 = insertelement <16 x float> poison, float %2442, i64 0
  %2444 = shufflevector <16 x float> %2443, <16 x float> poison, <16 x i32> zeroinitializer
  %2445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2444, <16 x float> %2436, <16 x float> %acc120.02627)
  %2446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2444, <16 x float> %2439, <16 x float> %acc121.02628)
  %2447 = or disjoint i64 %2434, %2378
  %2448 = getelementptr inbounds float, ptr %QK, i64 %2447
  %2449 = load float, ptr %2448, align 4
  %2450 = insertelement <16 x float> poison, float %2449, i64 0
  %2451 = shufflevector <16 x float> %2450, <16 x float> poison, <16 x i32> zeroinitializer
  %2452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2451, <16 x float> %2436, <16 x float> %acc122.02629)
  %2453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2451, <16 x float> %2439, <16 x float> %acc123.02630)
  %2454 = or disjoint i64 %2434, %2386
  %2455 = getelementptr inbounds float, ptr %QK, i64 %2454
  %2456 = load float, ptr %2455, align 4
  %2457 = insertelement <16 x float> poison, float %2456, i64 0
  %2458 = shufflevector <16 x float> %2457, <16 x float> poison, <16 x i32> zeroinitializer
  %2459 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2458, <16 x float> %2436, <16 x float> %acc124.02631)
  %2460 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2458, <16 x float> %2439, <16 x float> %acc125.02632)
  %2461 = or disjoint i64 %2434, %2394
  %2462 = getelementptr inbounds float, ptr %QK, i64 %2461
  %2463 = load float, ptr %2462, align 4
  %2464 = insertelement <16 x float> poison, float %2463, i64 0
  %2465 = shufflevector <16 x float> %2464, <16 x float> poison, <16 x i32> zeroinitializer
  %2466 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2465, <16 x float> %2436, <16 x float> %acc126.02633)
  %2467 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2465, <16 x float> %2439, <16 x float> %acc127.02634)
  %2468 = or disjoint i64 %2434, %2402
  %2469 = getelementptr inbounds float, ptr %QK, i64 %2468
  %2470 = load float, ptr %2469, align 4
  %2471 = insertelement <16 x float> poison, float %2470, i64 0
  %2472 = shufflevector <16 x float> %2471, <16 x float> poison, <16 x i32> zeroinitializer
  %2473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2472, <16 x float> %2436, <16 x float> %acc128.02635)
  %2474 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2472, <16 x float> %2439, <16 x float> %acc129.02636)
  %2475 = or disjoint i64 %2434, %2410
  %2476 = getelementptr inbounds float, ptr %QK, i64 %2475
  %2477 = load float, ptr %2476, align 4
  %2478 = insertelement <16 x float> poison, float %2477, i64 0
  %2479 = shufflevector <16 x float> %2478, <16 x float> poison, <16 x i32> zeroinitializer
  %2480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2436, <16 x float> %acc130.02637)
  %2481 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2439, <16 x float> %acc131.02638)
  %2482 = or disjoint i64 %2434, %2418
  %2483 = getelementptr inbounds float, ptr %QK, i64 %2482
  %2484 = load float, ptr %2483, align 4
  %2485 = insertelement <16 x float> poison, float %2484, i64 0
  %2486 = shufflevector <16 x float> %2485, <16 x float> poison, <16 x i32> zeroinitializer
  %2487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2486, <16 x float> %2436, <16 x float> %acc132.02639)
  %2488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2486, <16 x float> %2439, <16 x float> %acc133.02640)
  %2489 = or disjoint i64 %2434, %2426
  %2490 = getelementptr inbounds float, ptr %QK, i64 %2489
  %2491 = load float, ptr %2490, align 4
  %2492 = insertelement <16 x float> poison, float %2491, i64 0
  %2493 = shufflevector <16 x float> %2492, <16 x float> poison, <16 x i32> zeroinitializer
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2493, <16 x float> %2436, <16 x float> %acc134.02641)
  %2495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2493, <16 x float> %2439, <16 x float> %acc135.02642)
  %p13.next = add nuw nsw i64 %p13.addr.02643, 1
  %exitcond3004.not = icmp eq i64 %p13.next, 320
  br i1 %exitcond3004.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  store <16 x float> %2445, ptr %2373, align 4
  store <16 x float> %2446, ptr %2376, align 4
  store <16 x float> %2452, ptr %2381, align 4
  store <16 x float> %2453, ptr %2384, align 4
  store <16 x float> %2459, ptr %2389, align 4
  store <16 x float> %2460, ptr %2392, align 4
  store <16 x float> %2466, ptr %2397, align 4
  store <16 x float> %2467, ptr %2400, align 4
  store <16 x float> %2473, ptr %2405, align 4
  store <16 x float> %2474, ptr %2408, align 4
  store <16 x float> %2480, ptr %2413, align 4
  store <16 x float> %2481, ptr %2416, align 4
  store <16 x float> %2487, ptr %2421, align 4
  store <16 x float> %2488, ptr %2424, align 4
  store <16 x float> %2494, ptr %2429, align 4
  store <16 x float> %2495, ptr %2432, align 4
  %i60.next = add nuw nsw i64 %i60.addr.02644, 8
  %2496 = icmp ult i64 %i60.addr.02644, 24
  br i1 %2496, label %i60.body, label %i61.body

i61.head.loopexit:                                ; preds = %p14.exit
  %2497 = icmp ult i64 %i61.addr.02657, 248
  br i1 %2497, label %i61.body, label %t4.body

i61.body:                                         ; preds = %p13.exit, %i61.head.loopexit
  %i61.addr.02657 = phi i64 [ %2498, %i61.head.loopexit ], [ 0, %p13.exit ]
  %2498 = add nuw nsw i64 %i61.addr.02657, 8
  %2499 = mul nuw nsw i64 %i61.addr.02657, 384
  %2500 = or disjoint i64 %2499, 128
  %2501 = getelementptr inbounds float, ptr %Ak, i64 %2500
  %2502 = or disjoint i64 %2499, 512
  %2503 = getelementptr inbounds float, ptr %Ak, i64 %2502
  %2504 = or disjoint i64 %2499, 896
  %2505 = getelementptr inbounds float, ptr %Ak, i64 %2504
  %.idx2393 = mul nuw nsw i64 %i61.addr.02657, 1536
  %2506 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2393
  %2507 = getelementptr inbounds i8, ptr %2506, i64 5120
  %2508 = getelementptr inbounds i8, ptr %2506, i64 6656
  %2509 = getelementptr inbounds i8, ptr %2506, i64 8192
  %2510 = getelementptr inbounds i8, ptr %2506, i64 9728
  %2511 = getelementptr inbounds i8, ptr %2506, i64 11264
  %.idx3049 = shl nsw i64 %i61.addr.02657, 7
  %invariant.gep3277 = getelementptr inbounds i8, ptr %OY, i64 %.idx3049
  br label %p14.head.preheader

p14.head.preheader:                               ; preds = %i61.body, %p14.exit
  %j40.addr.02656 = phi i64 [ 0, %i61.body ], [ %j40.next, %p14.exit ]
  %invariant.gep2645 = getelementptr inbounds float, ptr %VnT, i64 %j40.addr.02656
  br label %p14.body

p14.body:                                         ; preds = %p14.head.preheader, %p14.body
  %p14.addr.02655 = phi i64 [ 0, %p14.head.preheader ], [ %p14.next, %p14.body ]
  %acc143.02654 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2552, %p14.body ]
  %acc142.02653 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2547, %p14.body ]
  %acc141.02652 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2542, %p14.body ]
  %acc140.02651 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2537, %p14.body ]
  %acc139.02650 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2532, %p14.body ]
  %acc138.02649 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2527, %p14.body ]
  %acc137.02648 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2522, %p14.body ]
  %acc136.02647 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2517, %p14.body ]
  %.idx2398 = shl nuw nsw i64 %p14.addr.02655, 10
  %gep2646 = getelementptr inbounds i8, ptr %invariant.gep2645, i64 %.idx2398
  %2512 = load <16 x float>, ptr %gep2646, align 4
  %gep3278 = getelementptr inbounds float, ptr %invariant.gep3277, i64 %p14.addr.02655
  %2513 = getelementptr inbounds i8, ptr %gep3278, i64 8192
  %2514 = load float, ptr %2513, align 4
  %2515 = insertelement <16 x float> poison, float %2514, i64 0
  %2516 = shufflevector <16 x float> %2515, <16 x float> poison, <16 x i32> zeroinitializer
  %2517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2516, <16 x float> %2512, <16 x float> %acc136.02647)
  %2518 = getelementptr inbounds i8, ptr %gep3278, i64 8320
  %2519 = load float, ptr %2518, align 4
  %2520 = insertelement <16 x float> poison, float %2519, i64 0
  %2521 = shufflevector <16 x float> %2520, <16 x float> poison, <16 x i32> zeroinitializer
  %2522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2521, <16 x float> %2512, <16 x float> %acc137.02648)
  %2523 = getelementptr inbounds i8, ptr %gep3278, i64 8448
  %2524 = load float, ptr %2523, align 4
  %2525 = insertelement <16 x float> poison, float %2524, i64 0
  %2526 = shufflevector <16 x float> %2525, <16 x float> poison, <16 x i32> zeroinitializer
  %2527 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2526, <16 x float> %2512, <16 x float> %acc138.02649)
  %2528 = getelementptr inbounds i8, ptr %gep3278, i64 8576
  %2529 = load float, ptr %2528, align 4
  %2530 = insertelement <16 x float> poison, float %2529, i64 0
  %2531 = shufflevector <16 x float> %2530, <16 x float> poison, <16 x i32> zeroinitializer
  %2532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2531, <16 x float> %2512, <16 x float> %acc139.02650)
  %2533 = getelementptr inbounds i8, ptr %gep3278, i64 8704
  %2534 = load float, ptr %2533, align 4
  %2535 = insertelement <16 x float> poison, float %2534, i64 0
  %2536 = shufflevector <16 x float> %2535, <16 x float> poison, <16 x i32> zeroinitializer
  %2537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2536, <16 x float> %2512, <16 x float> %acc140.02651)
  %2538 = getelementptr inbounds i8, ptr %gep3278, i64 8832
  %2539 = load float, ptr %2538, align 4
  %2540 = insertelement <16 x float> poison, float %2539, i64 0
  %2541 = shufflevector <16 x float> %2540, <16 x float> poison, <16 x i32> zeroinitializer
  %2542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2541, <16 x float> %2512, <16 x float> %acc141.02652)
  %2543 = getelementptr inbounds i8, ptr %gep3278, i64 8960
  %2544 = load float, ptr %2543, align 4
  %2545 = insertelement <16 x float> poison, float %2544, i64 0
  %2546 = shufflevector <16 x float> %2545, <16 x float> poison, <16 x i32> zeroinitializer
  %2547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2546, <16 x float> %2512, <16 x float> %acc142.02653)
  %2548 = getelementptr inbounds i8, ptr %gep3278, i64 9088
  %2549 = load float, ptr %2548, align 4
  %2550 = insertelement <16 x float> poison, float %2549, i64 0
  %2551 = shufflevector <16 x float> %2550, <16 x float> poison, <16 x i32> zeroinitializer
  %2552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2551, <16 x float> %2512, <16 x float> %acc143.02654)
  %p14.next = add nuw nsw i64 %p14.addr.02655, 1
  %exitcond3005.not = icmp eq i64 %p14.next, 32
  br i1 %exitcond3005.not, label %p14.exit, label %p14.body

p14.exit:                                         ; preds = %p14.body
  %2553 = getelementptr inbounds float, ptr %2501, i64 %j40.addr.02656
  store <16 x float> %2517, ptr %2553, align 4
  %2554 = getelementptr inbounds float, ptr %2503, i64 %j40.addr.02656
  store <16 x float> %2522, ptr %2554, align 4
  %2555 = getelementptr inbounds float, ptr %2505, i64 %j40.addr.02656
  store <16 x float> %2527, ptr %2555, align 4
  %2556 = getelementptr inbounds float, ptr %2507, i64 %j40.addr.02656
  store <16 x float> %2532, ptr %2556, align 4
  %2557 = getelementptr inbounds float, ptr %2508, i64 %j40.addr.02656
  store <16 x float> %2537, ptr %2557, align 4
  %2558 = getelementptr inbounds float, ptr %2509, i64 %j40.addr.02656
  store <16 x float> %2542, ptr %2558, align 4
  %2559 = getelementptr inbounds float, ptr %2510, i64 %j40.addr.02656
  store <16 x float> %2547, ptr %2559, align 4
  %2560 = getelementptr inbounds float, ptr %2511, i64 %j40.addr.02656
  store <16 x float> %2552, ptr %2560, align 4
  %j40.next = add nuw nsw i64 %j40.addr.02656, 16
  %2561 = icmp ult i64 %j40.next, %2498
  br i1 %2561, label %p14.head.preheader, label %i61.head.loopexit

t4.body:                                          ; preds = %i61.head.loopexit, %j44.exit
  %indvars.iv3013 = phi i64 [ %indvars.iv.next3014, %j44.exit ], [ 2, %i61.head.loopexit ]
  %indvars.iv3010 = phi i64 [ %indvars.iv.next3011, %j44.exit ], [ 1, %i61.head.loopexit ]
  %t4.addr.02682 = phi i64 [ %t4.next, %j44.exit ], [ 0, %i61.head.loopexit ]
  %2562 = shl nuw nsw i64 %t4.addr.02682, 2
  %2563 = shl nuw nsw i64 %t4.addr.02682, 2
  %umax = tail call i64 @llvm.umax.i64(i64 %2563, i64 1)
  %i62 = shl nuw nsw i64 %t4.addr.02682, 2
  %invariant.gep2660 = getelementptr float, ptr %invariant.gep2658, i64 %i62
  %.not2773 = icmp eq i64 %t4.addr.02682, 0
  br i1 %.not2773, label %j41.exit, label %j41.body.lr.ph

j41.body.lr.ph:                                   ; preds = %t4.body
  %2564 = mul nuw nsw i64 %t4.addr.02682, 1536
  %2565 = or disjoint i64 %2564, 128
  %2566 = getelementptr inbounds float, ptr %Ak, i64 %2565
  %xtraiter3635 = and i64 %umax, 5
  %2567 = icmp eq i64 %t4.addr.02682, 1
  br i1 %2567, label %j41.exit.loopexit.unr-lcssa, label %j41.body.lr.ph.new

j41.body.lr.ph.new:                               ; preds = %j41.body.lr.ph
  %unroll_iter3637 = and i64 %umax, 9223372036854775800
  br label %j41.body

j41.body:                                         ; preds = %j41.body, %j41.body.lr.ph.new
  %j41.addr.02662 = phi i64 [ 0, %j41.body.lr.ph.new ], [ %j41.next.7, %j41.body ]
  %niter3638 = phi i64 [ 0, %j41.body.lr.ph.new ], [ %niter3638.next.7, %j41.body ]
  %2568 = getelementptr inbounds float, ptr %2566, i64 %j41.addr.02662
  %2569 = load float, ptr %2568, align 4
  %2570 = fneg float %2569
  store float %2570, ptr %2568, align 4
  %.idx2392 = mul nuw nsw i64 %j41.addr.02662, 1536
  %gep2661 = getelementptr i8, ptr %invariant.gep2660, i64 %.idx2392
  store float %2570, ptr %gep2661, align 4
  %j41.next = or disjoint i64 %j41.addr.02662, 1
  %2571 = getelementptr inbounds float, ptr %2566, i64 %j41.next
  %2572 = load float, ptr %2571, align 4
  %2573 = fneg float %2572
  store float %2573, ptr %2571, align 4
  %.idx2392.1 = mul nuw nsw i64 %j41.next, 1536
  %gep2661.1 = getelementptr i8, ptr %invariant.gep2660, i64 %.idx2392.1
  store float %2573, ptr %gep2661.1, align 4
  %j41.next.1 = or disjoint i64 %j41.addr.02662, 2
  %2574 = getelementptr inbounds float, ptr %2566, i64 %j41.next.1
  %2575 = load float, ptr %2574, align 4
  %2576 = fneg float %2575
  store float %2576, ptr %2574, align 4
  %.idx2392.2 = mul nuw nsw i64 %j41.next.1, 1536
  %gep2661.2 = getelementptr i8, ptr %invariant.gep2660, i64 %.idx2392.2
  store float %2576, ptr %gep2661.2, align 4
  %j41.next.2 = or disjoint i64 %j41.addr.02662, 3
  %2577 = getelementptr inbounds float, ptr %2566, i64 %j41.next.2
  %2578 = load float, ptr %2577, align 4
  %2579 = fneg float %2578
  store float %2579, ptr %2577, align 4
  %.idx2392.3 = mul nuw nsw i64 %j41.next.2, 1536
  %gep2661.3 = getelementptr i8, ptr %invariant.gep2660, i64 %.idx2392.3
  store float %2579, ptr %gep2661.3, align 4
  %j41.next.3 = or disjoint i64 %j41.addr.02662, 4
  %2580 = getelementptr inbounds float, ptr %2566, i64 %j41.next.3
  %2581 = load float, ptr %2580, align 4
  %2582 = fneg float %2581
  store float %2582, ptr %2580, align 4
  %.idx2392.4 = mul nuw nsw i64 %j41.next.3, 1536
  %gep2661.4 = getelementptr i8, ptr %invariant.gep2660, i64 %.idx2392.4
  store float %2582, ptr %gep2661.4, align 4
  %j41.next.4 = or disjoint i64 %j41.addr.02662, 5
  %2583 = getelementptr inbounds float, ptr %2566, i64 %j41.next.4
  %2584 = load float, ptr %2583, align 4
  %2585 = fneg float %2584
  store float %2585, ptr %2583, align 4
  %.idx2392.5 = mul nuw nsw i64 %j41.next.4, 1536
  %gep2661.5 = getelementptr i8, ptr %invariant.gep2660, i64 %.idx2392.5
  store float %2585, ptr %gep2661.5, align 4
  %j41.next.5 = or disjoint i64 %j41.addr.02662, 6
  %2586 = getelementptr inbounds float, ptr %2566, i64 %j41.next.5
  %2587 = load float, ptr %2586, align 4
  %2588 = fneg float %2587
  store float %2588, ptr %2586, align 4
  %.idx2392.6 = mul nuw nsw i64 %j41.next.5, 1536
  %gep2661.6 = getelementptr i8, ptr %invariant.gep2660, i64 %.idx2392.6
  store float %2588, ptr %gep2661.6, align 4
  %j41.next.6 = or disjoint i64 %j41.addr.02662, 7
  %2589 = getelementptr inbounds float, ptr %2566, i64 %j41.next.6
  %2590 = load float, ptr %2589, align 4
  %2591 = fneg float %2590
  store float %2591, ptr %2589, align 4
  %.idx2392.7 = mul nuw nsw i64 %j41.next.6, 1536
  %gep2661.7 = getelementptr i8, ptr %invariant.gep2660, i64 %.idx2392.7
  store float %2591, ptr %gep2661.7, align 4
  %j41.next.7 = add nuw nsw i64 %j41.addr.02662, 8
  %niter3638.next.7 = add i64 %niter3638, 8
  %niter3638.ncmp.7 = icmp eq i64 %niter3638.next.7, %unroll_iter3637
  br i1 %niter3638.ncmp.7, label %j41.exit.loopexit.unr-lcssa, label %j41.body

j41.exit.loopexit.unr-lcssa:                      ; preds = %j41.body, %j41.body.lr.ph
  %j41.addr.02662.unr = phi i64 [ 0, %j41.body.lr.ph ], [ %j41.next.7, %j41.body ]
  %lcmp.mod3636.not = icmp eq i64 %xtraiter3635, 0
  br i1 %lcmp.mod3636.not, label %j41.exit, label %j41.body.epil

j41.body.epil:                                    ; preds = %j41.exit.loopexit.unr-lcssa, %j41.body.epil
  %j41.addr.02662.epil = phi i64 [ %j41.next.epil, %j41.body.epil ], [ %j41.addr.02662.unr, %j41.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j41.body.epil ], [ 0, %j41.exit.loopexit.unr-lcssa ]
  %2592 = getelementptr inbounds float, ptr %2566, i64 %j41.addr.02662.epil
  %2593 = load float, ptr %2592, align 4
  %2594 = fneg float %2593
  store float %2594, ptr %2592, align 4
  %.idx2392.epil = mul nuw nsw i64 %j41.addr.02662.epil, 1536
  %gep2661.epil = getelementptr i8, ptr %invariant.gep2660, i64 %.idx2392.epil
  store float %2594, ptr %gep2661.epil, align 4
  %j41.next.epil = add nuw nsw i64 %j41.addr.02662.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3635
  br i1 %epil.iter.cmp.not, label %j41.exit, label %j41.body.epil, !llvm.loop !0

j41.exit:                                         ; preds = %j41.exit.loopexit.unr-lcssa, %j41.body.epil, %t4.body
  %.pre-phi3044 = phi i64 [ 128, %t4.body ], [ %2565, %j41.body.epil ], [ %2565, %j41.exit.loopexit.unr-lcssa ]
  %2595 = getelementptr inbounds float, ptr %Ak, i64 %.pre-phi3044
  %2596 = getelementptr inbounds float, ptr %2595, i64 %i62
  store float 0.000000e+00, ptr %2596, align 4
  %i63 = or disjoint i64 %i62, 1
  %.idx2390 = mul nuw nsw i64 %i63, 1536
  %gep2679 = getelementptr inbounds i8, ptr %invariant.gep2658, i64 %.idx2390
  %invariant.gep2665 = getelementptr float, ptr %invariant.gep2658, i64 %i63
  %xtraiter3639 = and i64 %indvars.iv3010, 7
  %2597 = icmp ult i64 %t4.addr.02682, 2
  br i1 %2597, label %j42.exit.unr-lcssa, label %j41.exit.new

j41.exit.new:                                     ; preds = %j41.exit
  %unroll_iter3642 = and i64 %indvars.iv3010, 9223372036854775800
  br label %j42.body

j42.body:                                         ; preds = %j42.body, %j41.exit.new
  %j42.addr.02667 = phi i64 [ 0, %j41.exit.new ], [ %j42.next.7, %j42.body ]
  %niter3643 = phi i64 [ 0, %j41.exit.new ], [ %niter3643.next.7, %j42.body ]
  %2598 = getelementptr inbounds float, ptr %gep2679, i64 %j42.addr.02667
  %2599 = load float, ptr %2598, align 4
  %2600 = fneg float %2599
  store float %2600, ptr %2598, align 4
  %.idx2391 = mul nuw nsw i64 %j42.addr.02667, 1536
  %gep2666 = getelementptr i8, ptr %invariant.gep2665, i64 %.idx2391
  store float %2600, ptr %gep2666, align 4
  %j42.next = or disjoint i64 %j42.addr.02667, 1
  %2601 = getelementptr inbounds float, ptr %gep2679, i64 %j42.next
  %2602 = load float, ptr %2601, align 4
  %2603 = fneg float %2602
  store float %2603, ptr %2601, align 4
  %.idx2391.1 = mul nuw nsw i64 %j42.next, 1536
  %gep2666.1 = getelementptr i8, ptr %invariant.gep2665, i64 %.idx2391.1
  store float %2603, ptr %gep2666.1, align 4
  %j42.next.1 = or disjoint i64 %j42.addr.02667, 2
  %2604 = getelementptr inbounds float, ptr %gep2679, i64 %j42.next.1
  %2605 = load float, ptr %2604, align 4
  %2606 = fneg float %2605
  store float %2606, ptr %2604, align 4
  %.idx2391.2 = mul nuw nsw i64 %j42.next.1, 1536
  %gep2666.2 = getelementptr i8, ptr %invariant.gep2665, i64 %.idx2391.2
  store float %2606, ptr %gep2666.2, align 4
  %j42.next.2 = or disjoint i64 %j42.addr.02667, 3
  %2607 = getelementptr inbounds float, ptr %gep2679, i64 %j42.next.2
  %2608 = load float, ptr %2607, align 4
  %2609 = fneg float %2608
  store float %2609, ptr %2607, align 4
  %.idx2391.3 = mul nuw nsw i64 %j42.next.2, 1536
  %gep2666.3 = getelementptr i8, ptr %invariant.gep2665, i64 %.idx2391.3
  store float %2609, ptr %gep2666.3, align 4
  %j42.next.3 = or disjoint i64 %j42.addr.02667, 4
  %2610 = getelementptr inbounds float, ptr %gep2679, i64 %j42.next.3
  %2611 = load float, ptr %2610, align 4
  %2612 = fneg float %2611
  store float %2612, ptr %2610, align 4
  %.idx2391.4 = mul nuw nsw i64 %j42.next.3, 1536
  %gep2666.4 = getelementptr i8, ptr %invariant.gep2665, i64 %.idx2391.4
  store float %2612, ptr %gep2666.4, align 4
  %j42.next.4 = or disjoint i64 %j42.addr.02667, 5
  %2613 = getelementptr inbounds float, ptr %gep2679, i64 %j42.next.4
  %2614 = load float, ptr %2613, align 4
  %2615 = fneg float %2614
  store float %2615, ptr %2613, align 4
  %.idx2391.5 = mul nuw nsw i64 %j42.next.4, 1536
  %gep2666.5 = getelementptr i8, ptr %invariant.gep2665, i64 %.idx2391.5
  store float %2615, ptr %gep2666.5, align 4
  %j42.next.5 = or disjoint i64 %j42.addr.02667, 6
  %2616 = getelementptr inbounds float, ptr %gep2679, i64 %j42.next.5
  %2617 = load float, ptr %2616, align 4
  %2618 = fneg float %2617
  store float %2618, ptr %2616, align 4
  %.idx2391.6 = mul nuw nsw i64 %j42.next.5, 1536
  %gep2666.6 = getelementptr i8, ptr %invariant.gep2665, i64 %.idx2391.6
  store float %2618, ptr %gep2666.6, align 4
  %j42.next.6 = or disjoint i64 %j42.addr.02667, 7
  %2619 = getelementptr inbounds float, ptr %gep2679, i64 %j42.next.6
  %2620 = load float, ptr %2619, align 4
  %2621 = fneg float %2620
  store float %2621, ptr %2619, align 4
  %.idx2391.7 = mul nuw nsw i64 %j42.next.6, 1536
  %gep2666.7 = getelementptr i8, ptr %invariant.gep2665, i64 %.idx2391.7
  store float %2621, ptr %gep2666.7, align 4
  %j42.next.7 = add nuw nsw i64 %j42.addr.02667, 8
  %niter3643.next.7 = add i64 %niter3643, 8
  %niter3643.ncmp.7 = icmp eq i64 %niter3643.next.7, %unroll_iter3642
  br i1 %niter3643.ncmp.7, label %j42.exit.unr-lcssa, label %j42.body

j42.exit.unr-lcssa:                               ; preds = %j42.body, %j41.exit
  %j42.addr.02667.unr = phi i64 [ 0, %j41.exit ], [ %j42.next.7, %j42.body ]
  %lcmp.mod3641.not = icmp eq i64 %xtraiter3639, 0
  br i1 %lcmp.mod3641.not, label %j42.exit, label %j42.body.epil

j42.body.epil:                                    ; preds = %j42.exit.unr-lcssa, %j42.body.epil
  %j42.addr.02667.epil = phi i64 [ %j42.next.epil, %j42.body.epil ], [ %j42.addr.02667.unr, %j42.exit.unr-lcssa ]
  %epil.iter3640 = phi i64 [ %epil.iter3640.next, %j42.body.epil ], [ 0, %j42.exit.unr-lcssa ]
  %2622 = getelementptr inbounds float, ptr %gep2679, i64 %j42.addr.02667.epil
  %2623 = load float, ptr %2622, align 4
  %2624 = fneg float %2623
  store float %2624, ptr %2622, align 4
  %.idx2391.epil = mul nuw nsw i64 %j42.addr.02667.epil, 1536
  %gep2666.epil = getelementptr i8, ptr %invariant.gep2665, i64 %.idx2391.epil
  store float %2624, ptr %gep2666.epil, align 4
  %j42.next.epil = add nuw nsw i64 %j42.addr.02667.epil, 1
  %epil.iter3640.next = add i64 %epil.iter3640, 1
  %epil.iter3640.cmp.not = icmp eq i64 %epil.iter3640.next, %xtraiter3639
  br i1 %epil.iter3640.cmp.not, label %j42.exit, label %j42.body.epil, !llvm.loop !2

j42.exit:                                         ; preds = %j42.body.epil, %j42.exit.unr-lcssa
  %gep3280 = getelementptr inbounds i8, ptr %invariant.gep3279, i64 %.idx2390
  %2625 = getelementptr inbounds float, ptr %gep3280, i64 %i63
  store float 0.000000e+00, ptr %2625, align 4
  %i64 = or disjoint i64 %i62, 2
  %2626 = mul nuw nsw i64 %i64, 384
  %2627 = or disjoint i64 %2626, 128
  %2628 = getelementptr inbounds float, ptr %Ak, i64 %2627
  %invariant.gep2670 = getelementptr float, ptr %invariant.gep2658, i64 %i64
  %xtraiter3644 = and i64 %indvars.iv3013, 6
  %2629 = icmp ult i64 %indvars.iv3010, 7
  br i1 %2629, label %j43.exit.unr-lcssa, label %j42.exit.new

j42.exit.new:                                     ; preds = %j42.exit
  %unroll_iter3647 = and i64 %indvars.iv3013, 9223372036854775800
  br label %j43.body

j43.body:                                         ; preds = %j43.body, %j42.exit.new
  %j43.addr.02672 = phi i64 [ 0, %j42.exit.new ], [ %j43.next.7, %j43.body ]
  %niter3648 = phi i64 [ 0, %j42.exit.new ], [ %niter3648.next.7, %j43.body ]
  %2630 = getelementptr inbounds float, ptr %2628, i64 %j43.addr.02672
  %2631 = load float, ptr %2630, align 4
  %2632 = fneg float %2631
  store float %2632, ptr %2630, align 4
  %.idx2389 = mul nuw nsw i64 %j43.addr.02672, 1536
  %gep2671 = getelementptr i8, ptr %invariant.gep2670, i64 %.idx2389
  store float %2632, ptr %gep2671, align 4
  %j43.next = or disjoint i64 %j43.addr.02672, 1
  %2633 = getelementptr inbounds float, ptr %2628, i64 %j43.next
  %2634 = load float, ptr %2633, align 4
  %2635 = fneg float %2634
  store float %2635, ptr %2633, align 4
  %.idx2389.1 = mul nuw nsw i64 %j43.next, 1536
  %gep2671.1 = getelementptr i8, ptr %invariant.gep2670, i64 %.idx2389.1
  store float %2635, ptr %gep2671.1, align 4
  %j43.next.1 = or disjoint i64 %j43.addr.02672, 2
  %2636 = getelementptr inbounds float, ptr %2628, i64 %j43.next.1
  %2637 = load float, ptr %2636, align 4
  %2638 = fneg float %2637
  store float %2638, ptr %2636, align 4
  %.idx2389.2 = mul nuw nsw i64 %j43.next.1, 1536
  %gep2671.2 = getelementptr i8, ptr %invariant.gep2670, i64 %.idx2389.2
  store float %2638, ptr %gep2671.2, align 4
  %j43.next.2 = or disjoint i64 %j43.addr.02672, 3
  %2639 = getelementptr inbounds float, ptr %2628, i64 %j43.next.2
  %2640 = load float, ptr %2639, align 4
  %2641 = fneg float %2640
  store float %2641, ptr %2639, align 4
  %.idx2389.3 = mul nuw nsw i64 %j43.next.2, 1536
  %gep2671.3 = getelementptr i8, ptr %invariant.gep2670, i64 %.idx2389.3
  store float %2641, ptr %gep2671.3, align 4
  %j43.next.3 = or disjoint i64 %j43.addr.02672, 4
  %2642 = getelementptr inbounds float, ptr %2628, i64 %j43.next.3
  %2643 = load float, ptr %2642, align 4
  %2644 = fneg float %2643
  store float %2644, ptr %2642, align 4
  %.idx2389.4 = mul nuw nsw i64 %j43.next.3, 1536
  %gep2671.4 = getelementptr i8, ptr %invariant.gep2670, i64 %.idx2389.4
  store float %2644, ptr %gep2671.4, align 4
  %j43.next.4 = or disjoint i64 %j43.addr.02672, 5
  %2645 = getelementptr inbounds float, ptr %2628, i64 %j43.next.4
  %2646 = load float, ptr %2645, align 4
  %2647 = fneg float %2646
  store float %2647, ptr %2645, align 4
  %.idx2389.5 = mul nuw nsw i64 %j43.next.4, 1536
  %gep2671.5 = getelementptr i8, ptr %invariant.gep2670, i64 %.idx2389.5
  store float %2647, ptr %gep2671.5, align 4
  %j43.next.5 = or disjoint i64 %j43.addr.02672, 6
  %2648 = getelementptr inbounds float, ptr %2628, i64 %j43.next.5
  %2649 = load float, ptr %2648, align 4
  %2650 = fneg float %2649
  store float %2650, ptr %2648, align 4
  %.idx2389.6 = mul nuw nsw i64 %j43.next.5, 1536
  %gep2671.6 = getelementptr i8, ptr %invariant.gep2670, i64 %.idx2389.6
  store float %2650, ptr %gep2671.6, align 4
  %j43.next.6 = or disjoint i64 %j43.addr.02672, 7
  %2651 = getelementptr inbounds float, ptr %2628, i64 %j43.next.6
  %2652 = load float, ptr %2651, align 4
  %2653 = fneg float %2652
  store float %2653, ptr %2651, align 4
  %.idx2389.7 = mul nuw nsw i64 %j43.next.6, 1536
  %gep2671.7 = getelementptr i8, ptr %invariant.gep2670, i64 %.idx2389.7
  store float %2653, ptr %gep2671.7, align 4
  %j43.next.7 = add nuw nsw i64 %j43.addr.02672, 8
  %niter3648.next.7 = add i64 %niter3648, 8
  %niter3648.ncmp.7 = icmp eq i64 %niter3648.next.7, %unroll_iter3647
  br i1 %niter3648.ncmp.7, label %j43.exit.unr-lcssa, label %j43.body

j43.exit.unr-lcssa:                               ; preds = %j43.body, %j42.exit
  %j43.addr.02672.unr = phi i64 [ 0, %j42.exit ], [ %j43.next.7, %j43.body ]
  %lcmp.mod3646.not = icmp eq i64 %xtraiter3644, 0
  br i1 %lcmp.mod3646.not, label %j43.exit, label %j43.body.epil

j43.body.epil:                                    ; preds = %j43.exit.unr-lcssa, %j43.body.epil
  %j43.addr.02672.epil = phi i64 [ %j43.next.epil, %j43.body.epil ], [ %j43.addr.02672.unr, %j43.exit.unr-lcssa ]
  %epil.iter3645 = phi i64 [ %epil.iter3645.next, %j43.body.epil ], [ 0, %j43.exit.unr-lcssa ]
  %2654 = getelementptr inbounds float, ptr %2628, i64 %j43.addr.02672.epil
  %2655 = load float, ptr %2654, align 4
  %2656 = fneg float %2655
  store float %2656, ptr %2654, align 4
  %.idx2389.epil = mul nuw nsw i64 %j43.addr.02672.epil, 1536
  %gep2671.epil = getelementptr i8, ptr %invariant.gep2670, i64 %.idx2389.epil
  store float %2656, ptr %gep2671.epil, align 4
  %j43.next.epil = add nuw nsw i64 %j43.addr.02672.epil, 1
  %epil.iter3645.next = add i64 %epil.iter3645, 1
  %epil.iter3645.cmp.not = icmp eq i64 %epil.iter3645.next, %xtraiter3644
  br i1 %epil.iter3645.cmp.not, label %j43.exit, label %j43.body.epil, !llvm.loop !3

j43.exit:                                         ; preds = %j43.body.epil, %j43.exit.unr-lcssa
  %2657 = getelementptr inbounds float, ptr %2628, i64 %i64
  store float 0.000000e+00, ptr %2657, align 4
  %i65 = or disjoint i64 %i62, 3
  %.idx2387 = mul nuw nsw i64 %i65, 1536
  %gep2681 = getelementptr inbounds i8, ptr %invariant.gep2658, i64 %.idx2387
  %invariant.gep2675 = getelementptr float, ptr %invariant.gep2658, i64 %i65
  %2658 = and i64 %2562, 4
  %2659 = icmp ult i64 %indvars.iv3013, 7
  br i1 %2659, label %j44.body.epil.preheader, label %j43.exit.new

j43.exit.new:                                     ; preds = %j43.exit
  %unroll_iter3652 = and i64 %2562, 9223372036854775800
  br label %j44.body

j44.body:                                         ; preds = %j44.body, %j43.exit.new
  %j44.addr.02677 = phi i64 [ 0, %j43.exit.new ], [ %j44.next.7, %j44.body ]
  %niter3653 = phi i64 [ 0, %j43.exit.new ], [ %niter3653.next.7, %j44.body ]
  %2660 = getelementptr inbounds float, ptr %gep2681, i64 %j44.addr.02677
  %2661 = load float, ptr %2660, align 4
  %2662 = fneg float %2661
  store float %2662, ptr %2660, align 4
  %.idx2388 = mul nuw nsw i64 %j44.addr.02677, 1536
  %gep2676 = getelementptr i8, ptr %invariant.gep2675, i64 %.idx2388
  store float %2662, ptr %gep2676, align 4
  %j44.next = or disjoint i64 %j44.addr.02677, 1
  %2663 = getelementptr inbounds float, ptr %gep2681, i64 %j44.next
  %2664 = load float, ptr %2663, align 4
  %2665 = fneg float %2664
  store float %2665, ptr %2663, align 4
  %.idx2388.1 = mul nuw nsw i64 %j44.next, 1536
  %gep2676.1 = getelementptr i8, ptr %invariant.gep2675, i64 %.idx2388.1
  store float %2665, ptr %gep2676.1, align 4
  %j44.next.1 = or disjoint i64 %j44.addr.02677, 2
  %2666 = getelementptr inbounds float, ptr %gep2681, i64 %j44.next.1
  %2667 = load float, ptr %2666, align 4
  %2668 = fneg float %2667
  store float %2668, ptr %2666, align 4
  %.idx2388.2 = mul nuw nsw i64 %j44.next.1, 1536
  %gep2676.2 = getelementptr i8, ptr %invariant.gep2675, i64 %.idx2388.2
  store float %2668, ptr %gep2676.2, align 4
  %j44.next.2 = or disjoint i64 %j44.addr.02677, 3
  %2669 = getelementptr inbounds float, ptr %gep2681, i64 %j44.next.2
  %2670 = load float, ptr %2669, align 4
  %2671 = fneg float %2670
  store float %2671, ptr %2669, align 4
  %.idx2388.3 = mul nuw nsw i64 %j44.next.2, 1536
  %gep2676.3 = getelementptr i8, ptr %invariant.gep2675, i64 %.idx2388.3
  store float %2671, ptr %gep2676.3, align 4
  %j44.next.3 = or disjoint i64 %j44.addr.02677, 4
  %2672 = getelementptr inbounds float, ptr %gep2681, i64 %j44.next.3
  %2673 = load float, ptr %2672, align 4
  %2674 = fneg float %2673
  store float %2674, ptr %2672, align 4
  %.idx2388.4 = mul nuw nsw i64 %j44.next.3, 1536
  %gep2676.4 = getelementptr i8, ptr %invariant.gep2675, i64 %.idx2388.4
  store float %2674, ptr %gep2676.4, align 4
  %j44.next.4 = or disjoint i64 %j44.addr.02677, 5
  %2675 = getelementptr inbounds float, ptr %gep2681, i64 %j44.next.4
  %2676 = load float, ptr %2675, align 4
  %2677 = fneg float %2676
  store float %2677, ptr %2675, align 4
  %.idx2388.5 = mul nuw nsw i64 %j44.next.4, 1536
  %gep2676.5 = getelementptr i8, ptr %invariant.gep2675, i64 %.idx2388.5
  store float %2677, ptr %gep2676.5, align 4
  %j44.next.5 = or disjoint i64 %j44.addr.02677, 6
  %2678 = getelementptr inbounds float, ptr %gep2681, i64 %j44.next.5
  %2679 = load float, ptr %2678, align 4
  %2680 = fneg float %2679
  store float %2680, ptr %2678, align 4
  %.idx2388.6 = mul nuw nsw i64 %j44.next.5, 1536
  %gep2676.6 = getelementptr i8, ptr %invariant.gep2675, i64 %.idx2388.6
  store float %2680, ptr %gep2676.6, align 4
  %j44.next.6 = or disjoint i64 %j44.addr.02677, 7
  %2681 = getelementptr inbounds float, ptr %gep2681, i64 %j44.next.6
  %2682 = load float, ptr %2681, align 4
  %2683 = fneg float %2682
  store float %2683, ptr %2681, align 4
  %.idx2388.7 = mul nuw nsw i64 %j44.next.6, 1536
  %gep2676.7 = getelementptr i8, ptr %invariant.gep2675, i64 %.idx2388.7
  store float %2683, ptr %gep2676.7, align 4
  %j44.next.7 = add nuw nsw i64 %j44.addr.02677, 8
  %niter3653.next.7 = add i64 %niter3653, 8
  %niter3653.ncmp.7.not = icmp eq i64 %niter3653.next.7, %unroll_iter3652
  br i1 %niter3653.ncmp.7.not, label %j44.body.epil.preheader, label %j44.body

j44.body.epil.preheader:                          ; preds = %j43.exit, %j44.body
  %j44.addr.02677.unr = phi i64 [ 0, %j43.exit ], [ %j44.next.7, %j44.body ]
  %2684 = or disjoint i64 %2658, 2
  br label %j44.body.epil

j44.body.epil:                                    ; preds = %j44.body.epil, %j44.body.epil.preheader
  %j44.addr.02677.epil = phi i64 [ %j44.addr.02677.unr, %j44.body.epil.preheader ], [ %j44.next.epil, %j44.body.epil ]
  %epil.iter3650 = phi i64 [ 0, %j44.body.epil.preheader ], [ %epil.iter3650.next, %j44.body.epil ]
  %2685 = getelementptr inbounds float, ptr %gep2681, i64 %j44.addr.02677.epil
  %2686 = load float, ptr %2685, align 4
  %2687 = fneg float %2686
  store float %2687, ptr %2685, align 4
  %.idx2388.epil = mul nuw nsw i64 %j44.addr.02677.epil, 1536
  %gep2676.epil = getelementptr i8, ptr %invariant.gep2675, i64 %.idx2388.epil
  store float %2687, ptr %gep2676.epil, align 4
  %j44.next.epil = add nuw nsw i64 %j44.addr.02677.epil, 1
  %epil.iter3650.next = add i64 %epil.iter3650, 1
  %epil.iter3650.cmp.not = icmp eq i64 %epil.iter3650, %2684
  br i1 %epil.iter3650.cmp.not, label %j44.exit, label %j44.body.epil, !llvm.loop !4

j44.exit:                                         ; preds = %j44.body.epil
  %gep3282 = getelementptr inbounds i8, ptr %invariant.gep3281, i64 %.idx2387
  %2688 = getelementptr inbounds float, ptr %gep3282, i64 %i65
  store float 0.000000e+00, ptr %2688, align 4
  %t4.next = add nuw nsw i64 %t4.addr.02682, 1
  %indvars.iv.next3011 = add nuw nsw i64 %indvars.iv3010, 4
  %indvars.iv.next3014 = add nuw nsw i64 %indvars.iv3013, 4
  %exitcond3016.not = icmp eq i64 %t4.next, 64
  br i1 %exitcond3016.not, label %p15.head.preheader, label %t4.body

t5.head.preheader:                                ; preds = %p15.exit
  %2689 = icmp sgt i64 %76, 0
  br i1 %2689, label %j46.head.preheader, label %t5.exit

p15.head.preheader:                               ; preds = %j44.exit, %p15.exit
  %i66.addr.02700 = phi i64 [ %i66.next, %p15.exit ], [ 0, %j44.exit ]
  %2690 = mul nuw nsw i64 %i66.addr.02700, 384
  %2691 = or disjoint i64 %2690, 384
  %2692 = getelementptr inbounds float, ptr %Ak, i64 %2691
  %2693 = or disjoint i64 %2690, 768
  %2694 = getelementptr inbounds float, ptr %Ak, i64 %2693
  %.idx = mul nuw nsw i64 %i66.addr.02700, 1536
  %2695 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %2696 = getelementptr inbounds i8, ptr %2695, i64 4608
  %2697 = getelementptr inbounds i8, ptr %2695, i64 7680
  %2698 = getelementptr inbounds i8, ptr %2695, i64 9216
  %2699 = getelementptr inbounds i8, ptr %2695, i64 10752
  %gep3288 = getelementptr inbounds float, ptr %invariant.gep3287, i64 %2690
  br label %p15.body

p15.body:                                         ; preds = %p15.head.preheader, %p15.body
  %p15.addr.02699 = phi i64 [ 0, %p15.head.preheader ], [ %p15.next, %p15.body ]
  %acc159.02698 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2753, %p15.body ]
  %acc158.02697 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2752, %p15.body ]
  %acc157.02696 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2747, %p15.body ]
  %acc156.02695 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2746, %p15.body ]
  %acc155.02694 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2741, %p15.body ]
  %acc154.02693 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2740, %p15.body ]
  %acc153.02692 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2735, %p15.body ]
  %acc152.02691 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2734, %p15.body ]
  %acc151.02690 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2730, %p15.body ]
  %acc150.02689 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2729, %p15.body ]
  %acc149.02688 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2724, %p15.body ]
  %acc148.02687 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2723, %p15.body ]
  %acc147.02686 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2718, %p15.body ]
  %acc146.02685 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2717, %p15.body ]
  %acc145.02684 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2712, %p15.body ]
  %acc144.02683 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2711, %p15.body ]
  %2700 = shl nuw nsw i64 %p15.addr.02699, 5
  %2701 = getelementptr inbounds float, ptr %Bk, i64 %2700
  %2702 = load <16 x float>, ptr %2701, align 4
  %2703 = or disjoint i64 %2700, 16
  %2704 = getelementptr inbounds float, ptr %Bk, i64 %2703
  %2705 = load <16 x float>, ptr %2704, align 4
  %2706 = or disjoint i64 %p15.addr.02699, %2690
  %2707 = getelementptr inbounds float, ptr %Ak, i64 %2706
  %2708 = load float, ptr %2707, align 4
  %2709 = insertelement <16 x float> poison, float %2708, i64 0
  %2710 = shufflevector <16 x float> %2709, <16 x float> poison, <16 x i32> zeroinitializer
  %2711 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2710, <16 x float> %2702, <16 x float> %acc144.02683)
  %2712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2710, <16 x float> %2705, <16 x float> %acc145.02684)
  %2713 = getelementptr inbounds float, ptr %2692, i64 %p15.addr.02699
  %2714 = load float, ptr %2713, align 4
  %2715 = insertelement <16 x float> poison, float %2714, i64 0
  %2716 = shufflevector <16 x float> %2715, <16 x float> poison, <16 x i32> zeroinitializer
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2702, <16 x float> %acc146.02685)
  %2718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2705, <16 x float> %acc147.02686)
  %2719 = getelementptr inbounds float, ptr %2694, i64 %p15.addr.02699
  %2720 = load float, ptr %2719, align 4
  %2721 = insertelement <16 x float> poison, float %2720, i64 0
  %2722 = shufflevector <16 x float> %2721, <16 x float> poison, <16 x i32> zeroinitializer
  %2723 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2722, <16 x float> %2702, <16 x float> %acc148.02687)
  %2724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2722, <16 x float> %2705, <16 x float> %acc149.02688)
  %2725 = getelementptr inbounds float, ptr %2696, i64 %p15.addr.02699
  %2726 = load float, ptr %2725, align 4
  %2727 = insertelement <16 x float> poison, float %2726, i64 0
  %2728 = shufflevector <16 x float> %2727, <16 x float> poison, <16 x i32> zeroinitializer
  %2729 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2728, <16 x float> %2702, <16 x float> %acc150.02689)
  %2730 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2728, <16 x float> %2705, <16 x float> %acc151.02690)
  %gep3286 = getelementptr inbounds float, ptr %gep3288, i64 %p15.addr.02699
  %2731 = load float, ptr %gep3286, align 4
  %2732 = insertelement <16 x float> poison, float %2731, i64 0
  %2733 = shufflevector <16 x float> %2732, <16 x float> poison, <16 x i32> zeroinitializer
  %2734 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2733, <16 x float> %2702, <16 x float> %acc152.02691)
  %2735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2733, <16 x float> %2705, <16 x float> %acc153.02692)
  %2736 = getelementptr inbounds float, ptr %2697, i64 %p15.addr.02699
  %2737 = load float, ptr %2736, align 4
  %2738 = insertelement <16 x float> poison, float %2737, i64 0
  %2739 = shufflevector <16 x float> %2738, <16 x float> poison, <16 x i32> zeroinitializer
  %2740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2739, <16 x float> %2702, <16 x float> %acc154.02693)
  %2741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2739, <16 x float> %2705, <16 x float> %acc155.02694)
  %2742 = getelementptr inbounds float, ptr %2698, i64 %p15.addr.02699
  %2743 = load float, ptr %2742, align 4
  %2744 = insertelement <16 x float> poison, float %2743, i64 0
  %2745 = shufflevector <16 x float> %2744, <16 x float> poison, <16 x i32> zeroinitializer
  %2746 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2745, <16 x float> %2702, <16 x float> %acc156.02695)
  %2747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2745, <16 x float> %2705, <16 x float> %acc157.02696)
  %2748 = getelementptr inbounds float, ptr %2699, i64 %p15.addr.02699
  %2749 = load float, ptr %2748, align 4
  %2750 = insertelement <16 x float> poison, float %2749, i64 0
  %2751 = shufflevector <16 x float> %2750, <16 x float> poison, <16 x i32> zeroinitializer
  %2752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2702, <16 x float> %acc158.02697)
  %2753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2705, <16 x float> %acc159.02698)
  %p15.next = add nuw nsw i64 %p15.addr.02699, 1
  %exitcond3017.not = icmp eq i64 %p15.next, 384
  br i1 %exitcond3017.not, label %p15.exit, label %p15.body

p15.exit:                                         ; preds = %p15.body
  %2754 = shl nuw nsw i64 %i66.addr.02700, 5
  %2755 = getelementptr inbounds float, ptr %dKc, i64 %2754
  store <16 x float> %2711, ptr %2755, align 4
  %2756 = or disjoint i64 %2754, 16
  %2757 = getelementptr inbounds float, ptr %dKc, i64 %2756
  store <16 x float> %2712, ptr %2757, align 4
  %2758 = or disjoint i64 %2754, 32
  %2759 = getelementptr inbounds float, ptr %dKc, i64 %2758
  store <16 x float> %2717, ptr %2759, align 4
  %2760 = or disjoint i64 %2754, 48
  %2761 = getelementptr inbounds float, ptr %dKc, i64 %2760
  store <16 x float> %2718, ptr %2761, align 4
  %2762 = or disjoint i64 %2754, 64
  %2763 = getelementptr inbounds float, ptr %dKc, i64 %2762
  store <16 x float> %2723, ptr %2763, align 4
  %2764 = or disjoint i64 %2754, 80
  %2765 = getelementptr inbounds float, ptr %dKc, i64 %2764
  store <16 x float> %2724, ptr %2765, align 4
  %2766 = or disjoint i64 %2754, 96
  %2767 = getelementptr inbounds float, ptr %dKc, i64 %2766
  store <16 x float> %2729, ptr %2767, align 4
  %2768 = or disjoint i64 %2754, 112
  %2769 = getelementptr inbounds float, ptr %dKc, i64 %2768
  store <16 x float> %2730, ptr %2769, align 4
  %2770 = or disjoint i64 %2754, 128
  %2771 = getelementptr inbounds float, ptr %dKc, i64 %2770
  store <16 x float> %2734, ptr %2771, align 4
  %2772 = or disjoint i64 %2754, 144
  %2773 = getelementptr inbounds float, ptr %dKc, i64 %2772
  store <16 x float> %2735, ptr %2773, align 4
  %2774 = or disjoint i64 %2754, 160
  %2775 = getelementptr inbounds float, ptr %dKc, i64 %2774
  store <16 x float> %2740, ptr %2775, align 4
  %2776 = or disjoint i64 %2754, 176
  %2777 = getelementptr inbounds float, ptr %dKc, i64 %2776
  store <16 x float> %2741, ptr %2777, align 4
  %2778 = or disjoint i64 %2754, 192
  %2779 = getelementptr inbounds float, ptr %dKc, i64 %2778
  store <16 x float> %2746, ptr %2779, align 4
  %2780 = or disjoint i64 %2754, 208
  %2781 = getelementptr inbounds float, ptr %dKc, i64 %2780
  store <16 x float> %2747, ptr %2781, align 4
  %2782 = or disjoint i64 %2754, 224
  %2783 = getelementptr inbounds float, ptr %dKc, i64 %2782
  store <16 x float> %2752, ptr %2783, align 4
  %2784 = or disjoint i64 %2754, 240
  %2785 = getelementptr inbounds float, ptr %dKc, i64 %2784
  store <16 x float> %2753, ptr %2785, align 4
  %i66.next = add nuw nsw i64 %i66.addr.02700, 8
  %2786 = icmp ult i64 %i66.addr.02700, 248
  br i1 %2786, label %p15.head.preheader, label %t5.head.preheader

j46.head.preheader:                               ; preds = %t5.head.preheader, %j46.head.preheader
  %t5.addr.02710 = phi i64 [ %t5.next, %j46.head.preheader ], [ 0, %t5.head.preheader ]
  %2787 = mul i64 %18, %t5.addr.02710
  %2788 = add i64 %68, %2787
  %scevgep3032 = getelementptr i8, ptr %dv, i64 %2788
  %2789 = shl nuw nsw i64 %t5.addr.02710, 9
  %gep3290 = getelementptr i8, ptr %invariant.gep3289, i64 %2789
  %scevgep3030 = getelementptr i8, ptr %dk, i64 %2788
  %gep3292 = getelementptr i8, ptr %invariant.gep3291, i64 %2789
  %2790 = add i64 %69, %2787
  %scevgep3028 = getelementptr i8, ptr %dv, i64 %2790
  %gep3294 = getelementptr i8, ptr %invariant.gep3293, i64 %2789
  %scevgep3026 = getelementptr i8, ptr %dk, i64 %2790
  %gep3296 = getelementptr i8, ptr %invariant.gep3295, i64 %2789
  %2791 = add i64 %70, %2787
  %scevgep3024 = getelementptr i8, ptr %dv, i64 %2791
  %gep3298 = getelementptr i8, ptr %invariant.gep3297, i64 %2789
  %scevgep3022 = getelementptr i8, ptr %dk, i64 %2791
  %gep3300 = getelementptr i8, ptr %invariant.gep3299, i64 %2789
  %2792 = add i64 %71, %2787
  %scevgep3020 = getelementptr i8, ptr %dv, i64 %2792
  %gep3302 = getelementptr i8, ptr %invariant.gep3301, i64 %2789
  %scevgep3018 = getelementptr i8, ptr %dk, i64 %2792
  %gep3304 = getelementptr i8, ptr %invariant.gep3303, i64 %2789
  %2793 = add nsw i64 %t5.addr.02710, %t0
  %2794 = mul nsw i64 %2793, %sq
  %.idx2776 = shl nsw i64 %t5.addr.02710, 7
  %2795 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2776
  %2796 = load <16 x float>, ptr %2795, align 4
  %2797 = fmul <16 x float> %2796, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2798 = getelementptr float, ptr %qh1, i64 %2794
  store <16 x float> %2797, ptr %2798, align 4
  %2799 = getelementptr inbounds i8, ptr %36, i64 %.idx2776
  %2800 = load <16 x float>, ptr %2799, align 4
  %2801 = fmul <16 x float> %2800, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2802 = getelementptr float, ptr %66, i64 %2794
  store <16 x float> %2801, ptr %2802, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3018, ptr noundef nonnull align 4 dereferenceable(128) %gep3304, i64 128, i1 false)
  %i68 = shl nsw i64 %t5.addr.02710, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3020, ptr noundef nonnull align 4 dereferenceable(128) %gep3302, i64 128, i1 false)
  %tau4 = shl nsw i64 %2793, 2
  %2803 = getelementptr inbounds float, ptr %dbet, i64 %i68
  %2804 = load float, ptr %2803, align 4
  %2805 = mul nsw i64 %tau4, %H
  %2806 = getelementptr inbounds float, ptr %betah1, i64 %2805
  store float %2804, ptr %2806, align 4
  %i71 = or disjoint i64 %i68, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3022, ptr noundef nonnull align 4 dereferenceable(128) %gep3300, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3024, ptr noundef nonnull align 4 dereferenceable(128) %gep3298, i64 128, i1 false)
  %tau5 = or disjoint i64 %tau4, 1
  %2807 = getelementptr inbounds float, ptr %dbet, i64 %i71
  %2808 = load float, ptr %2807, align 4
  %2809 = mul nsw i64 %tau5, %H
  %2810 = getelementptr inbounds float, ptr %betah1, i64 %2809
  store float %2808, ptr %2810, align 4
  %i74 = or disjoint i64 %i68, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3026, ptr noundef nonnull align 4 dereferenceable(128) %gep3296, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3028, ptr noundef nonnull align 4 dereferenceable(128) %gep3294, i64 128, i1 false)
  %tau6 = or disjoint i64 %tau4, 2
  %2811 = getelementptr inbounds float, ptr %dbet, i64 %i74
  %2812 = load float, ptr %2811, align 4
  %2813 = mul nsw i64 %tau6, %H
  %2814 = getelementptr inbounds float, ptr %betah1, i64 %2813
  store float %2812, ptr %2814, align 4
  %i77 = or disjoint i64 %i68, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3030, ptr noundef nonnull align 4 dereferenceable(128) %gep3292, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032, ptr noundef nonnull align 4 dereferenceable(128) %gep3290, i64 128, i1 false)
  %tau7 = or disjoint i64 %tau4, 3
  %2815 = getelementptr inbounds float, ptr %dbet, i64 %i77
  %2816 = load float, ptr %2815, align 4
  %2817 = mul nsw i64 %tau7, %H
  %2818 = getelementptr inbounds float, ptr %betah1, i64 %2817
  store float %2816, ptr %2818, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02710, 1
  %exitcond3036.not = icmp eq i64 %t5.next, %smax
  br i1 %exitcond3036.not, label %t5.exit, label %j46.head.preheader

t5.exit:                                          ; preds = %j46.head.preheader, %t5.head.preheader
  %cc.next = add nuw nsw i64 %cc.addr.02711, 1
  %indvars.iv.next3035 = add i64 %indvars.iv3034, 64
  %exitcond3038.not = icmp eq i64 %cc.next, %smax3037
  br i1 %exitcond3038.not, label %j55.head.preheader, label %cc.body

j55.head.preheader:                               ; preds = %bh.body, %t5.exit
  %2819 = getelementptr i8, ptr %dh0, i64 %38
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %2819, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040, i64 128, i1 false)
  %scevgep3039.1 = getelementptr i8, ptr %2819, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.1, i64 128, i1 false)
  %scevgep3039.2 = getelementptr i8, ptr %2819, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.2, i64 128, i1 false)
  %scevgep3039.3 = getelementptr i8, ptr %2819, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.3, i64 128, i1 false)
  %scevgep3039.4 = getelementptr i8, ptr %2819, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.4, i64 128, i1 false)
  %scevgep3039.5 = getelementptr i8, ptr %2819, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.5, i64 128, i1 false)
  %scevgep3039.6 = getelementptr i8, ptr %2819, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.6, i64 128, i1 false)
  %scevgep3039.7 = getelementptr i8, ptr %2819, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.7, i64 128, i1 false)
  %scevgep3039.8 = getelementptr i8, ptr %2819, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.8, i64 128, i1 false)
  %scevgep3039.9 = getelementptr i8, ptr %2819, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.9, i64 128, i1 false)
  %scevgep3039.10 = getelementptr i8, ptr %2819, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.10, i64 128, i1 false)
  %scevgep3039.11 = getelementptr i8, ptr %2819, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.11, i64 128, i1 false)
  %scevgep3039.12 = getelementptr i8, ptr %2819, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.12, i64 128, i1 false)
  %scevgep3039.13 = getelementptr i8, ptr %2819, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.13, i64 128, i1 false)
  %scevgep3039.14 = getelementptr i8, ptr %2819, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.14, i64 128, i1 false)
  %scevgep3039.15 = getelementptr i8, ptr %2819, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.15, i64 128, i1 false)
  %scevgep3039.16 = getelementptr i8, ptr %2819, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.16, i64 128, i1 false)
  %scevgep3039.17 = getelementptr i8, ptr %2819, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.17, i64 128, i1 false)
  %scevgep3039.18 = getelementptr i8, ptr %2819, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.18, i64 128, i1 false)
  %scevgep3039.19 = getelementptr i8, ptr %2819, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.19, i64 128, i1 false)
  %scevgep3039.20 = getelementptr i8, ptr %2819, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.20, i64 128, i1 false)
  %scevgep3039.21 = getelementptr i8, ptr %2819, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.21, i64 128, i1 false)
  %scevgep3039.22 = getelementptr i8, ptr %2819, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.22, i64 128, i1 false)
  %scevgep3039.23 = getelementptr i8, ptr %2819, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.23, i64 128, i1 false)
  %scevgep3039.24 = getelementptr i8, ptr %2819, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.24, i64 128, i1 false)
  %scevgep3039.25 = getelementptr i8, ptr %2819, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.25, i64 128, i1 false)
  %scevgep3039.26 = getelementptr i8, ptr %2819, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.26, i64 128, i1 false)
  %scevgep3039.27 = getelementptr i8, ptr %2819, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.27, i64 128, i1 false)
  %scevgep3039.28 = getelementptr i8, ptr %2819, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.28, i64 128, i1 false)
  %scevgep3039.29 = getelementptr i8, ptr %2819, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.29, i64 128, i1 false)
  %scevgep3039.30 = getelementptr i8, ptr %2819, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.30, i64 128, i1 false)
  %scevgep3039.31 = getelementptr i8, ptr %2819, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3039.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3040.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02714, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3042.not = icmp eq i64 %indvar.next, %24
  br i1 %exitcond3042.not, label %bh.exit, label %bh.body
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
!2 = distinct !{!2, !1}
!3 = distinct !{!3, !1}
!4 = distinct !{!4, !1}
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
