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
  %M = getelementptr inbounds i8, ptr %work, i64 78720
  %OY = getelementptr inbounds i8, ptr %work, i64 39936
  %PT = getelementptr inbounds i8, ptr %work, i64 75776
  %QK = getelementptr inbounds i8, ptr %work, i64 34816
  %QcT = getelementptr inbounds i8, ptr %work, i64 49152
  %Rr = getelementptr inbounds i8, ptr %work, i64 63488
  %Vn = getelementptr inbounds i8, ptr %work, i64 67584
  %VnT = getelementptr inbounds i8, ptr %work, i64 71680
  %bet = getelementptr inbounds i8, ptr %work, i64 77824
  %dOT = getelementptr inbounds i8, ptr %work, i64 50176
  %dQc = getelementptr inbounds i8, ptr %work, i64 76800
  %dbet = getelementptr i8, ptr %work, i64 77952
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
  %invariant.gep2453 = getelementptr i8, ptr %work, i64 21792
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
  %smax2798 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %38 = sub i64 %bh1, %bh0
  %scevgep2705.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2705.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2705.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2705.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2705.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2705.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2705.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2705.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2705.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2705.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2705.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2705.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2705.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2705.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2705.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2705.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2705.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2705.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2705.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2705.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2705.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2705.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2705.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2705.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2705.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2705.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2705.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2705.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2705.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2705.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2705.31 = getelementptr i8, ptr %work, i64 7936
  %39 = getelementptr inbounds i8, ptr %work, i64 78752
  %40 = getelementptr inbounds i8, ptr %work, i64 78784
  %41 = getelementptr inbounds i8, ptr %work, i64 78816
  %42 = getelementptr inbounds i8, ptr %work, i64 78848
  %43 = getelementptr inbounds i8, ptr %work, i64 78864
  %44 = getelementptr inbounds i8, ptr %work, i64 78880
  %45 = getelementptr inbounds i8, ptr %work, i64 78900
  %46 = getelementptr inbounds i8, ptr %work, i64 78908
  %47 = getelementptr inbounds i8, ptr %work, i64 78912
  %48 = getelementptr inbounds i8, ptr %work, i64 78936
  %49 = getelementptr inbounds i8, ptr %work, i64 78944
  %50 = getelementptr inbounds i8, ptr %work, i64 78972
  %invariant.gep2999 = getelementptr i8, ptr %work, i64 63872
  %invariant.gep3001 = getelementptr i8, ptr %work, i64 17792
  %invariant.gep3003 = getelementptr i8, ptr %work, i64 63744
  %invariant.gep3005 = getelementptr i8, ptr %work, i64 17664
  %invariant.gep3007 = getelementptr i8, ptr %work, i64 63616
  %invariant.gep3009 = getelementptr i8, ptr %work, i64 17536
  %invariant.gep3011 = getelementptr i8, ptr %work, i64 63488
  %invariant.gep3013 = getelementptr i8, ptr %work, i64 17408
  %invariant.gep3015 = getelementptr i8, ptr %work, i64 39936
  %invariant.gep3017 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3019 = getelementptr i8, ptr %work, i64 34816
  %invariant.gep3021 = getelementptr i8, ptr %work, i64 35840
  %invariant.gep3023 = getelementptr i8, ptr %work, i64 35968
  %invariant.gep3025 = getelementptr i8, ptr %work, i64 36096
  %invariant.gep3027 = getelementptr i8, ptr %work, i64 36224
  %invariant.gep3029 = getelementptr inbounds i8, ptr %work, i64 35840
  %invariant.gep3031 = getelementptr inbounds i8, ptr %work, i64 35904
  %invariant.gep3033 = getelementptr inbounds i8, ptr %work, i64 35840
  %invariant.gep3035 = getelementptr inbounds i8, ptr %work, i64 35904
  %invariant.gep3037 = getelementptr inbounds i8, ptr %work, i64 35840
  %invariant.gep3039 = getelementptr inbounds i8, ptr %work, i64 35904
  %invariant.gep3041 = getelementptr inbounds i8, ptr %work, i64 35840
  %invariant.gep3043 = getelementptr inbounds i8, ptr %work, i64 35904
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
  %invariant.gep3051 = getelementptr inbounds i8, ptr %work, i64 55424
  %invariant.gep3053 = getelementptr inbounds i8, ptr %work, i64 40960
  %invariant.gep3057 = getelementptr inbounds i8, ptr %work, i64 41024
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
  %invariant.gep3059 = getelementptr i8, ptr %work, i64 41344
  %invariant.gep3061 = getelementptr i8, ptr %work, i64 41216
  %invariant.gep3063 = getelementptr i8, ptr %work, i64 41088
  %invariant.gep3065 = getelementptr i8, ptr %work, i64 40960
  %invariant.gep3069 = getelementptr inbounds i8, ptr %work, i64 21792
  %scevgep2801 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep3055 = getelementptr inbounds i8, ptr %work, i64 55488
  %gep3052.1 = getelementptr inbounds i8, ptr %work, i64 55680
  %gep3054.1 = getelementptr inbounds i8, ptr %work, i64 41088
  %gep3056.1 = getelementptr inbounds i8, ptr %work, i64 55744
  %gep3058.1 = getelementptr inbounds i8, ptr %work, i64 41152
  %gep3052.2 = getelementptr inbounds i8, ptr %work, i64 55936
  %gep3054.2 = getelementptr inbounds i8, ptr %work, i64 41216
  %gep3056.2 = getelementptr inbounds i8, ptr %work, i64 56000
  %gep3058.2 = getelementptr inbounds i8, ptr %work, i64 41280
  %gep3052.3 = getelementptr inbounds i8, ptr %work, i64 56192
  %gep3054.3 = getelementptr inbounds i8, ptr %work, i64 41344
  %gep3056.3 = getelementptr inbounds i8, ptr %work, i64 56256
  %gep3058.3 = getelementptr inbounds i8, ptr %work, i64 41408
  %gep3052.4 = getelementptr inbounds i8, ptr %work, i64 56448
  %gep3054.4 = getelementptr inbounds i8, ptr %work, i64 41472
  %gep3056.4 = getelementptr inbounds i8, ptr %work, i64 56512
  %gep3058.4 = getelementptr inbounds i8, ptr %work, i64 41536
  %gep3052.5 = getelementptr inbounds i8, ptr %work, i64 56704
  %gep3054.5 = getelementptr inbounds i8, ptr %work, i64 41600
  %gep3056.5 = getelementptr inbounds i8, ptr %work, i64 56768
  %gep3058.5 = getelementptr inbounds i8, ptr %work, i64 41664
  %gep3052.6 = getelementptr inbounds i8, ptr %work, i64 56960
  %gep3054.6 = getelementptr inbounds i8, ptr %work, i64 41728
  %gep3056.6 = getelementptr inbounds i8, ptr %work, i64 57024
  %gep3058.6 = getelementptr inbounds i8, ptr %work, i64 41792
  %gep3052.7 = getelementptr inbounds i8, ptr %work, i64 57216
  %gep3054.7 = getelementptr inbounds i8, ptr %work, i64 41856
  %gep3056.7 = getelementptr inbounds i8, ptr %work, i64 57280
  %gep3058.7 = getelementptr inbounds i8, ptr %work, i64 41920
  %gep3052.8 = getelementptr inbounds i8, ptr %work, i64 57472
  %gep3054.8 = getelementptr inbounds i8, ptr %work, i64 41984
  %gep3056.8 = getelementptr inbounds i8, ptr %work, i64 57536
  %gep3058.8 = getelementptr inbounds i8, ptr %work, i64 42048
  %gep3052.9 = getelementptr inbounds i8, ptr %work, i64 57728
  %gep3054.9 = getelementptr inbounds i8, ptr %work, i64 42112
  %gep3056.9 = getelementptr inbounds i8, ptr %work, i64 57792
  %gep3058.9 = getelementptr inbounds i8, ptr %work, i64 42176
  %gep3052.10 = getelementptr inbounds i8, ptr %work, i64 57984
  %gep3054.10 = getelementptr inbounds i8, ptr %work, i64 42240
  %gep3056.10 = getelementptr inbounds i8, ptr %work, i64 58048
  %gep3058.10 = getelementptr inbounds i8, ptr %work, i64 42304
  %gep3052.11 = getelementptr inbounds i8, ptr %work, i64 58240
  %gep3054.11 = getelementptr inbounds i8, ptr %work, i64 42368
  %gep3056.11 = getelementptr inbounds i8, ptr %work, i64 58304
  %gep3058.11 = getelementptr inbounds i8, ptr %work, i64 42432
  %gep3052.12 = getelementptr inbounds i8, ptr %work, i64 58496
  %gep3054.12 = getelementptr inbounds i8, ptr %work, i64 42496
  %gep3056.12 = getelementptr inbounds i8, ptr %work, i64 58560
  %gep3058.12 = getelementptr inbounds i8, ptr %work, i64 42560
  %gep3052.13 = getelementptr inbounds i8, ptr %work, i64 58752
  %gep3054.13 = getelementptr inbounds i8, ptr %work, i64 42624
  %gep3056.13 = getelementptr inbounds i8, ptr %work, i64 58816
  %gep3058.13 = getelementptr inbounds i8, ptr %work, i64 42688
  %gep3052.14 = getelementptr inbounds i8, ptr %work, i64 59008
  %gep3054.14 = getelementptr inbounds i8, ptr %work, i64 42752
  %gep3056.14 = getelementptr inbounds i8, ptr %work, i64 59072
  %gep3058.14 = getelementptr inbounds i8, ptr %work, i64 42816
  %gep3052.15 = getelementptr inbounds i8, ptr %work, i64 59264
  %gep3054.15 = getelementptr inbounds i8, ptr %work, i64 42880
  %gep3056.15 = getelementptr inbounds i8, ptr %work, i64 59328
  %gep3058.15 = getelementptr inbounds i8, ptr %work, i64 42944
  %gep3052.16 = getelementptr inbounds i8, ptr %work, i64 59520
  %gep3054.16 = getelementptr inbounds i8, ptr %work, i64 43008
  %gep3056.16 = getelementptr inbounds i8, ptr %work, i64 59584
  %gep3058.16 = getelementptr inbounds i8, ptr %work, i64 43072
  %gep3052.17 = getelementptr inbounds i8, ptr %work, i64 59776
  %gep3054.17 = getelementptr inbounds i8, ptr %work, i64 43136
  %gep3056.17 = getelementptr inbounds i8, ptr %work, i64 59840
  %gep3058.17 = getelementptr inbounds i8, ptr %work, i64 43200
  %gep3052.18 = getelementptr inbounds i8, ptr %work, i64 60032
  %gep3054.18 = getelementptr inbounds i8, ptr %work, i64 43264
  %gep3056.18 = getelementptr inbounds i8, ptr %work, i64 60096
  %gep3058.18 = getelementptr inbounds i8, ptr %work, i64 43328
  %gep3052.19 = getelementptr inbounds i8, ptr %work, i64 60288
  %gep3054.19 = getelementptr inbounds i8, ptr %work, i64 43392
  %gep3056.19 = getelementptr inbounds i8, ptr %work, i64 60352
  %gep3058.19 = getelementptr inbounds i8, ptr %work, i64 43456
  %gep3052.20 = getelementptr inbounds i8, ptr %work, i64 60544
  %gep3054.20 = getelementptr inbounds i8, ptr %work, i64 43520
  %gep3056.20 = getelementptr inbounds i8, ptr %work, i64 60608
  %gep3058.20 = getelementptr inbounds i8, ptr %work, i64 43584
  %gep3052.21 = getelementptr inbounds i8, ptr %work, i64 60800
  %gep3054.21 = getelementptr inbounds i8, ptr %work, i64 43648
  %gep3056.21 = getelementptr inbounds i8, ptr %work, i64 60864
  %gep3058.21 = getelementptr inbounds i8, ptr %work, i64 43712
  %gep3052.22 = getelementptr inbounds i8, ptr %work, i64 61056
  %gep3054.22 = getelementptr inbounds i8, ptr %work, i64 43776
  %gep3056.22 = getelementptr inbounds i8, ptr %work, i64 61120
  %gep3058.22 = getelementptr inbounds i8, ptr %work, i64 43840
  %gep3052.23 = getelementptr inbounds i8, ptr %work, i64 61312
  %gep3054.23 = getelementptr inbounds i8, ptr %work, i64 43904
  %gep3056.23 = getelementptr inbounds i8, ptr %work, i64 61376
  %gep3058.23 = getelementptr inbounds i8, ptr %work, i64 43968
  %gep3052.24 = getelementptr inbounds i8, ptr %work, i64 61568
  %gep3054.24 = getelementptr inbounds i8, ptr %work, i64 44032
  %gep3056.24 = getelementptr inbounds i8, ptr %work, i64 61632
  %gep3058.24 = getelementptr inbounds i8, ptr %work, i64 44096
  %gep3052.25 = getelementptr inbounds i8, ptr %work, i64 61824
  %gep3054.25 = getelementptr inbounds i8, ptr %work, i64 44160
  %gep3056.25 = getelementptr inbounds i8, ptr %work, i64 61888
  %gep3058.25 = getelementptr inbounds i8, ptr %work, i64 44224
  %gep3052.26 = getelementptr inbounds i8, ptr %work, i64 62080
  %gep3054.26 = getelementptr inbounds i8, ptr %work, i64 44288
  %gep3056.26 = getelementptr inbounds i8, ptr %work, i64 62144
  %gep3058.26 = getelementptr inbounds i8, ptr %work, i64 44352
  %gep3052.27 = getelementptr inbounds i8, ptr %work, i64 62336
  %gep3054.27 = getelementptr inbounds i8, ptr %work, i64 44416
  %gep3056.27 = getelementptr inbounds i8, ptr %work, i64 62400
  %gep3058.27 = getelementptr inbounds i8, ptr %work, i64 44480
  %gep3052.28 = getelementptr inbounds i8, ptr %work, i64 62592
  %gep3054.28 = getelementptr inbounds i8, ptr %work, i64 44544
  %gep3056.28 = getelementptr inbounds i8, ptr %work, i64 62656
  %gep3058.28 = getelementptr inbounds i8, ptr %work, i64 44608
  %gep3052.29 = getelementptr inbounds i8, ptr %work, i64 62848
  %gep3054.29 = getelementptr inbounds i8, ptr %work, i64 44672
  %gep3056.29 = getelementptr inbounds i8, ptr %work, i64 62912
  %gep3058.29 = getelementptr inbounds i8, ptr %work, i64 44736
  %gep3052.30 = getelementptr inbounds i8, ptr %work, i64 63104
  %gep3054.30 = getelementptr inbounds i8, ptr %work, i64 44800
  %gep3056.30 = getelementptr inbounds i8, ptr %work, i64 63168
  %gep3058.30 = getelementptr inbounds i8, ptr %work, i64 44864
  %gep3052.31 = getelementptr inbounds i8, ptr %work, i64 63360
  %gep3054.31 = getelementptr inbounds i8, ptr %work, i64 44928
  %gep3056.31 = getelementptr inbounds i8, ptr %work, i64 63424
  %gep3058.31 = getelementptr inbounds i8, ptr %work, i64 44992
  %invariant.gep2440.1 = getelementptr inbounds i8, ptr %work, i64 71744
  %scevgep2801.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2801.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2801.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2801.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2801.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2801.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2801.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2801.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2801.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2801.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2801.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2801.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2801.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2801.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2801.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2801.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2801.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2801.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2801.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2801.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2801.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2801.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2801.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2801.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2801.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2801.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2801.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2801.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2801.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2801.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2801.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j50.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j50.head.preheader ]
  %bh.addr.02509 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j50.head.preheader ]
  %253 = add i64 %indvar, %bh0
  %254 = shl i64 %253, 12
  %255 = mul i64 %23, %indvar
  %256 = add i64 %22, %255
  %b = sdiv i64 %bh.addr.02509, %H
  %h = srem i64 %bh.addr.02509, %H
  %257 = mul i64 %b, %T
  %258 = mul i64 %257, %H
  %bT = add i64 %258, %h
  %259 = mul i64 %1, %257
  %bTn = add nsw i64 %259, %h
  %260 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %260
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %260
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %261 = getelementptr i8, ptr %dhT, i64 %254
  %262 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %261, i64 128, i1 false)
  %scevgep2704.1 = getelementptr i8, ptr %261, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.1, i64 128, i1 false)
  %scevgep2704.2 = getelementptr i8, ptr %261, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.2, i64 128, i1 false)
  %scevgep2704.3 = getelementptr i8, ptr %261, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.3, i64 128, i1 false)
  %scevgep2704.4 = getelementptr i8, ptr %261, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.4, i64 128, i1 false)
  %scevgep2704.5 = getelementptr i8, ptr %261, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.5, i64 128, i1 false)
  %scevgep2704.6 = getelementptr i8, ptr %261, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.6, i64 128, i1 false)
  %scevgep2704.7 = getelementptr i8, ptr %261, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.7, i64 128, i1 false)
  %scevgep2704.8 = getelementptr i8, ptr %261, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.8, i64 128, i1 false)
  %scevgep2704.9 = getelementptr i8, ptr %261, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.9, i64 128, i1 false)
  %scevgep2704.10 = getelementptr i8, ptr %261, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.10, i64 128, i1 false)
  %scevgep2704.11 = getelementptr i8, ptr %261, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.11, i64 128, i1 false)
  %scevgep2704.12 = getelementptr i8, ptr %261, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.12, i64 128, i1 false)
  %scevgep2704.13 = getelementptr i8, ptr %261, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.13, i64 128, i1 false)
  %scevgep2704.14 = getelementptr i8, ptr %261, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.14, i64 128, i1 false)
  %scevgep2704.15 = getelementptr i8, ptr %261, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.15, i64 128, i1 false)
  %scevgep2704.16 = getelementptr i8, ptr %261, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.16, i64 128, i1 false)
  %scevgep2704.17 = getelementptr i8, ptr %261, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.17, i64 128, i1 false)
  %scevgep2704.18 = getelementptr i8, ptr %261, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.18, i64 128, i1 false)
  %scevgep2704.19 = getelementptr i8, ptr %261, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.19, i64 128, i1 false)
  %scevgep2704.20 = getelementptr i8, ptr %261, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.20, i64 128, i1 false)
  %scevgep2704.21 = getelementptr i8, ptr %261, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.21, i64 128, i1 false)
  %scevgep2704.22 = getelementptr i8, ptr %261, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.22, i64 128, i1 false)
  %scevgep2704.23 = getelementptr i8, ptr %261, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.23, i64 128, i1 false)
  %scevgep2704.24 = getelementptr i8, ptr %261, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.24, i64 128, i1 false)
  %scevgep2704.25 = getelementptr i8, ptr %261, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.25, i64 128, i1 false)
  %scevgep2704.26 = getelementptr i8, ptr %261, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.26, i64 128, i1 false)
  %scevgep2704.27 = getelementptr i8, ptr %261, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.27, i64 128, i1 false)
  %scevgep2704.28 = getelementptr i8, ptr %261, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.28, i64 128, i1 false)
  %scevgep2704.29 = getelementptr i8, ptr %261, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.29, i64 128, i1 false)
  %scevgep2704.30 = getelementptr i8, ptr %261, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.30, i64 128, i1 false)
  %scevgep2704.31 = getelementptr i8, ptr %261, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2704.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %262
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %262
  br i1 %3, label %cc.body.lr.ph, label %j50.head.preheader

bh.exit:                                          ; preds = %j50.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %263 = mul nsw i64 %bh.addr.02509, %nc
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
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i74.exit
  %indvars.iv2781 = phi i64 [ %37, %cc.body.lr.ph ], [ %indvars.iv.next2782, %i74.exit ]
  %cc.addr.02506 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i74.exit ]
  %smin3486 = tail call i64 @llvm.smin.i64(i64 %indvars.iv2781, i64 8)
  %smax3487 = tail call i64 @llvm.smax.i64(i64 %smin3486, i64 1)
  %283 = mul i64 %31, %cc.addr.02506
  %284 = add i64 %279, %283
  %285 = add i64 %276, %283
  %286 = add i64 %273, %283
  %287 = add i64 %270, %283
  %288 = mul i64 %27, %cc.addr.02506
  %289 = shl i64 %cc.addr.02506, 12
  %290 = sub i64 %256, %289
  %291 = xor i64 %cc.addr.02506, -1
  %ci = add nsw i64 %nc, %291
  %t0 = shl nsw i64 %ci, 3
  %292 = sub nsw i64 %T, %t0
  %scevgep2706 = getelementptr i8, ptr %hs, i64 %290
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706, i64 128, i1 false)
  %293 = or disjoint i64 %290, 128
  %scevgep2706.1 = getelementptr i8, ptr %hs, i64 %293
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.1, i64 128, i1 false)
  %294 = or disjoint i64 %290, 256
  %scevgep2706.2 = getelementptr i8, ptr %hs, i64 %294
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.2, i64 128, i1 false)
  %295 = or disjoint i64 %290, 384
  %scevgep2706.3 = getelementptr i8, ptr %hs, i64 %295
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.3, i64 128, i1 false)
  %296 = or disjoint i64 %290, 512
  %scevgep2706.4 = getelementptr i8, ptr %hs, i64 %296
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.4, i64 128, i1 false)
  %297 = or disjoint i64 %290, 640
  %scevgep2706.5 = getelementptr i8, ptr %hs, i64 %297
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.5, i64 128, i1 false)
  %298 = or disjoint i64 %290, 768
  %scevgep2706.6 = getelementptr i8, ptr %hs, i64 %298
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.6, i64 128, i1 false)
  %299 = or disjoint i64 %290, 896
  %scevgep2706.7 = getelementptr i8, ptr %hs, i64 %299
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.7, i64 128, i1 false)
  %300 = or disjoint i64 %290, 1024
  %scevgep2706.8 = getelementptr i8, ptr %hs, i64 %300
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.8, i64 128, i1 false)
  %301 = or disjoint i64 %290, 1152
  %scevgep2706.9 = getelementptr i8, ptr %hs, i64 %301
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.9, i64 128, i1 false)
  %302 = or disjoint i64 %290, 1280
  %scevgep2706.10 = getelementptr i8, ptr %hs, i64 %302
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.10, i64 128, i1 false)
  %303 = or disjoint i64 %290, 1408
  %scevgep2706.11 = getelementptr i8, ptr %hs, i64 %303
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.11, i64 128, i1 false)
  %304 = or disjoint i64 %290, 1536
  %scevgep2706.12 = getelementptr i8, ptr %hs, i64 %304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.12, i64 128, i1 false)
  %305 = or disjoint i64 %290, 1664
  %scevgep2706.13 = getelementptr i8, ptr %hs, i64 %305
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.13, i64 128, i1 false)
  %306 = or disjoint i64 %290, 1792
  %scevgep2706.14 = getelementptr i8, ptr %hs, i64 %306
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.14, i64 128, i1 false)
  %307 = or disjoint i64 %290, 1920
  %scevgep2706.15 = getelementptr i8, ptr %hs, i64 %307
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.15, i64 128, i1 false)
  %308 = or disjoint i64 %290, 2048
  %scevgep2706.16 = getelementptr i8, ptr %hs, i64 %308
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.16, i64 128, i1 false)
  %309 = or disjoint i64 %290, 2176
  %scevgep2706.17 = getelementptr i8, ptr %hs, i64 %309
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.17, i64 128, i1 false)
  %310 = or disjoint i64 %290, 2304
  %scevgep2706.18 = getelementptr i8, ptr %hs, i64 %310
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.18, i64 128, i1 false)
  %311 = or disjoint i64 %290, 2432
  %scevgep2706.19 = getelementptr i8, ptr %hs, i64 %311
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.19, i64 128, i1 false)
  %312 = or disjoint i64 %290, 2560
  %scevgep2706.20 = getelementptr i8, ptr %hs, i64 %312
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.20, i64 128, i1 false)
  %313 = or disjoint i64 %290, 2688
  %scevgep2706.21 = getelementptr i8, ptr %hs, i64 %313
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.21, i64 128, i1 false)
  %314 = or disjoint i64 %290, 2816
  %scevgep2706.22 = getelementptr i8, ptr %hs, i64 %314
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.22, i64 128, i1 false)
  %315 = or disjoint i64 %290, 2944
  %scevgep2706.23 = getelementptr i8, ptr %hs, i64 %315
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.23, i64 128, i1 false)
  %316 = or disjoint i64 %290, 3072
  %scevgep2706.24 = getelementptr i8, ptr %hs, i64 %316
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.24, i64 128, i1 false)
  %317 = or disjoint i64 %290, 3200
  %scevgep2706.25 = getelementptr i8, ptr %hs, i64 %317
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.25, i64 128, i1 false)
  %318 = or disjoint i64 %290, 3328
  %scevgep2706.26 = getelementptr i8, ptr %hs, i64 %318
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.26, i64 128, i1 false)
  %319 = or disjoint i64 %290, 3456
  %scevgep2706.27 = getelementptr i8, ptr %hs, i64 %319
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.27, i64 128, i1 false)
  %320 = or disjoint i64 %290, 3584
  %scevgep2706.28 = getelementptr i8, ptr %hs, i64 %320
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.28, i64 128, i1 false)
  %321 = or disjoint i64 %290, 3712
  %scevgep2706.29 = getelementptr i8, ptr %hs, i64 %321
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.29, i64 128, i1 false)
  %322 = or disjoint i64 %290, 3840
  %scevgep2706.30 = getelementptr i8, ptr %hs, i64 %322
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.30, i64 128, i1 false)
  %323 = or disjoint i64 %290, 3968
  %scevgep2706.31 = getelementptr i8, ptr %hs, i64 %323
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2705.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2706.31, i64 128, i1 false)
  %324 = add nsw i64 %ci, %263
  %325 = shl nsw i64 %324, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %326 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02237 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %327 = shl nuw nsw i64 %i2.addr.02237, 5
  %328 = or disjoint i64 %327, %325
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %329 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02236 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %330 = or disjoint i64 %328, %j2.addr.02236
  %331 = getelementptr inbounds float, ptr %hs, i64 %330
  %332 = load <16 x float>, ptr %331, align 4
  %333 = or disjoint i64 %330, 256
  %334 = getelementptr inbounds float, ptr %hs, i64 %333
  %335 = load <16 x float>, ptr %334, align 4
  %336 = or disjoint i64 %330, 32
  %337 = getelementptr inbounds float, ptr %hs, i64 %336
  %338 = load <16 x float>, ptr %337, align 4
  %339 = or disjoint i64 %330, 288
  %340 = getelementptr inbounds float, ptr %hs, i64 %339
  %341 = load <16 x float>, ptr %340, align 4
  %342 = or disjoint i64 %330, 64
  %343 = getelementptr inbounds float, ptr %hs, i64 %342
  %344 = load <16 x float>, ptr %343, align 4
  %345 = or disjoint i64 %330, 320
  %346 = getelementptr inbounds float, ptr %hs, i64 %345
  %347 = load <16 x float>, ptr %346, align 4
  %348 = or disjoint i64 %330, 96
  %349 = getelementptr inbounds float, ptr %hs, i64 %348
  %350 = load <16 x float>, ptr %349, align 4
  %351 = or disjoint i64 %330, 352
  %352 = getelementptr inbounds float, ptr %hs, i64 %351
  %353 = load <16 x float>, ptr %352, align 4
  %354 = or disjoint i64 %330, 128
  %355 = getelementptr inbounds float, ptr %hs, i64 %354
  %356 = load <16 x float>, ptr %355, align 4
  %357 = or disjoint i64 %330, 384
  %358 = getelementptr inbounds float, ptr %hs, i64 %357
  %359 = load <16 x float>, ptr %358, align 4
  %360 = or disjoint i64 %330, 160
  %361 = getelementptr inbounds float, ptr %hs, i64 %360
  %362 = load <16 x float>, ptr %361, align 4
  %363 = or disjoint i64 %330, 416
  %364 = getelementptr inbounds float, ptr %hs, i64 %363
  %365 = load <16 x float>, ptr %364, align 4
  %366 = or disjoint i64 %330, 192
  %367 = getelementptr inbounds float, ptr %hs, i64 %366
  %368 = load <16 x float>, ptr %367, align 4
  %369 = or disjoint i64 %330, 448
  %370 = getelementptr inbounds float, ptr %hs, i64 %369
  %371 = load <16 x float>, ptr %370, align 4
  %372 = or disjoint i64 %330, 224
  %373 = getelementptr inbounds float, ptr %hs, i64 %372
  %374 = load <16 x float>, ptr %373, align 4
  %375 = or disjoint i64 %330, 480
  %376 = getelementptr inbounds float, ptr %hs, i64 %375
  %377 = load <16 x float>, ptr %376, align 4
  %378 = shufflevector <16 x float> %332, <16 x float> %335, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %379 = shufflevector <16 x float> %356, <16 x float> %359, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %380 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %381 = shufflevector <16 x float> %362, <16 x float> %365, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %382 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %383 = shufflevector <16 x float> %368, <16 x float> %371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %384 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %385 = shufflevector <16 x float> %374, <16 x float> %377, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %386 = shufflevector <16 x float> %332, <16 x float> %335, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %387 = shufflevector <16 x float> %356, <16 x float> %359, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %388 = shufflevector <16 x float> %338, <16 x float> %341, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %389 = shufflevector <16 x float> %362, <16 x float> %365, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %390 = shufflevector <16 x float> %344, <16 x float> %347, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %391 = shufflevector <16 x float> %368, <16 x float> %371, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %392 = shufflevector <16 x float> %350, <16 x float> %353, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %393 = shufflevector <16 x float> %374, <16 x float> %377, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %394 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %395 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %396 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %397 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %398 = shufflevector <16 x float> %378, <16 x float> %379, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %399 = shufflevector <16 x float> %382, <16 x float> %383, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %400 = shufflevector <16 x float> %380, <16 x float> %381, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %401 = shufflevector <16 x float> %384, <16 x float> %385, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %402 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %403 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %404 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %405 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %406 = shufflevector <16 x float> %386, <16 x float> %387, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %407 = shufflevector <16 x float> %390, <16 x float> %391, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %408 = shufflevector <16 x float> %388, <16 x float> %389, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %409 = shufflevector <16 x float> %392, <16 x float> %393, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %410 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %411 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %412 = shufflevector <16 x float> %394, <16 x float> %395, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %413 = shufflevector <16 x float> %396, <16 x float> %397, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %414 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %415 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %416 = shufflevector <16 x float> %398, <16 x float> %399, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %417 = shufflevector <16 x float> %400, <16 x float> %401, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %418 = shufflevector <16 x float> %402, <16 x float> %403, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %419 = shufflevector <16 x float> %404, <16 x float> %405, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %420 = shufflevector <16 x float> %402, <16 x float> %403, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %421 = shufflevector <16 x float> %404, <16 x float> %405, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %422 = shufflevector <16 x float> %406, <16 x float> %407, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %423 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %424 = shufflevector <16 x float> %406, <16 x float> %407, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %425 = shufflevector <16 x float> %408, <16 x float> %409, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %426 = shufflevector <16 x float> %410, <16 x float> %411, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %427 = shl nuw nsw i64 %j2.addr.02236, 5
  %428 = or disjoint i64 %427, %i2.addr.02237
  %429 = or disjoint i64 %428, 1024
  %430 = getelementptr inbounds float, ptr %Bk, i64 %429
  store <16 x float> %426, ptr %430, align 4
  %431 = shufflevector <16 x float> %410, <16 x float> %411, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %432 = or disjoint i64 %428, 1056
  %433 = getelementptr inbounds float, ptr %Bk, i64 %432
  store <16 x float> %431, ptr %433, align 4
  %434 = shufflevector <16 x float> %412, <16 x float> %413, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %435 = or disjoint i64 %428, 1088
  %436 = getelementptr inbounds float, ptr %Bk, i64 %435
  store <16 x float> %434, ptr %436, align 4
  %437 = shufflevector <16 x float> %412, <16 x float> %413, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %438 = or disjoint i64 %428, 1120
  %439 = getelementptr inbounds float, ptr %Bk, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %440 = shufflevector <16 x float> %414, <16 x float> %415, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %441 = or disjoint i64 %428, 1152
  %442 = getelementptr inbounds float, ptr %Bk, i64 %441
  store <16 x float> %440, ptr %442, align 4
  %443 = shufflevector <16 x float> %414, <16 x float> %415, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %444 = or disjoint i64 %428, 1184
  %445 = getelementptr inbounds float, ptr %Bk, i64 %444
  store <16 x float> %443, ptr %445, align 4
  %446 = shufflevector <16 x float> %416, <16 x float> %417, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %447 = or disjoint i64 %428, 1216
  %448 = getelementptr inbounds float, ptr %Bk, i64 %447
  store <16 x float> %446, ptr %448, align 4
  %449 = shufflevector <16 x float> %416, <16 x float> %417, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %450 = or disjoint i64 %428, 1248
  %451 = getelementptr inbounds float, ptr %Bk, i64 %450
  store <16 x float> %449, ptr %451, align 4
  %452 = shufflevector <16 x float> %418, <16 x float> %419, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %453 = or disjoint i64 %428, 1280
  %454 = getelementptr inbounds float, ptr %Bk, i64 %453
  store <16 x float> %452, ptr %454, align 4
  %455 = shufflevector <16 x float> %418, <16 x float> %419, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %456 = or disjoint i64 %428, 1312
  %457 = getelementptr inbounds float, ptr %Bk, i64 %456
  store <16 x float> %455, ptr %457, align 4
  %458 = shufflevector <16 x float> %420, <16 x float> %421, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %459 = or disjoint i64 %428, 1344
  %460 = getelementptr inbounds float, ptr %Bk, i64 %459
  store <16 x float> %458, ptr %460, align 4
  %461 = shufflevector <16 x float> %420, <16 x float> %421, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %462 = or disjoint i64 %428, 1376
  %463 = getelementptr inbounds float, ptr %Bk, i64 %462
  store <16 x float> %461, ptr %463, align 4
  %464 = shufflevector <16 x float> %422, <16 x float> %423, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %465 = or disjoint i64 %428, 1408
  %466 = getelementptr inbounds float, ptr %Bk, i64 %465
  store <16 x float> %464, ptr %466, align 4
  %467 = shufflevector <16 x float> %422, <16 x float> %423, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %468 = or disjoint i64 %428, 1440
  %469 = getelementptr inbounds float, ptr %Bk, i64 %468
  store <16 x float> %467, ptr %469, align 4
  %470 = shufflevector <16 x float> %424, <16 x float> %425, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %471 = or disjoint i64 %428, 1472
  %472 = getelementptr inbounds float, ptr %Bk, i64 %471
  store <16 x float> %470, ptr %472, align 4
  %473 = shufflevector <16 x float> %424, <16 x float> %425, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %474 = or disjoint i64 %428, 1504
  %475 = getelementptr inbounds float, ptr %Bk, i64 %474
  store <16 x float> %473, ptr %475, align 4
  br i1 %329, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %326, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %476 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02239 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %477 = shl nuw nsw i64 %i3.addr.02239, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %478 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02238 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %479 = or disjoint i64 %j3.addr.02238, %477
  %480 = or disjoint i64 %479, 32
  %481 = getelementptr inbounds float, ptr %work, i64 %480
  %482 = load <16 x float>, ptr %481, align 4
  %483 = or disjoint i64 %479, 544
  %484 = getelementptr inbounds float, ptr %work, i64 %483
  %485 = load <16 x float>, ptr %484, align 4
  %486 = or disjoint i64 %479, 96
  %487 = getelementptr inbounds float, ptr %work, i64 %486
  %488 = load <16 x float>, ptr %487, align 4
  %489 = or disjoint i64 %479, 608
  %490 = getelementptr inbounds float, ptr %work, i64 %489
  %491 = load <16 x float>, ptr %490, align 4
  %492 = or disjoint i64 %479, 160
  %493 = getelementptr inbounds float, ptr %work, i64 %492
  %494 = load <16 x float>, ptr %493, align 4
  %495 = or disjoint i64 %479, 672
  %496 = getelementptr inbounds float, ptr %work, i64 %495
  %497 = load <16 x float>, ptr %496, align 4
  %498 = or disjoint i64 %479, 224
  %499 = getelementptr inbounds float, ptr %work, i64 %498
  %500 = load <16 x float>, ptr %499, align 4
  %501 = or disjoint i64 %479, 736
  %502 = getelementptr inbounds float, ptr %work, i64 %501
  %503 = load <16 x float>, ptr %502, align 4
  %504 = or disjoint i64 %479, 288
  %505 = getelementptr inbounds float, ptr %work, i64 %504
  %506 = load <16 x float>, ptr %505, align 4
  %507 = or disjoint i64 %479, 800
  %508 = getelementptr inbounds float, ptr %work, i64 %507
  %509 = load <16 x float>, ptr %508, align 4
  %510 = or disjoint i64 %479, 352
  %511 = getelementptr inbounds float, ptr %work, i64 %510
  %512 = load <16 x float>, ptr %511, align 4
  %513 = or disjoint i64 %479, 864
  %514 = getelementptr inbounds float, ptr %work, i64 %513
  %515 = load <16 x float>, ptr %514, align 4
  %516 = or disjoint i64 %479, 416
  %517 = getelementptr inbounds float, ptr %work, i64 %516
  %518 = load <16 x float>, ptr %517, align 4
  %519 = or disjoint i64 %479, 928
  %520 = getelementptr inbounds float, ptr %work, i64 %519
  %521 = load <16 x float>, ptr %520, align 4
  %522 = or disjoint i64 %479, 480
  %523 = getelementptr inbounds float, ptr %work, i64 %522
  %524 = load <16 x float>, ptr %523, align 4
  %525 = or disjoint i64 %479, 992
  %526 = getelementptr inbounds float, ptr %work, i64 %525
  %527 = load <16 x float>, ptr %526, align 4
  %528 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %529 = shufflevector <16 x float> %506, <16 x float> %509, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %530 = shufflevector <16 x float> %488, <16 x float> %491, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %531 = shufflevector <16 x float> %512, <16 x float> %515, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %532 = shufflevector <16 x float> %494, <16 x float> %497, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %533 = shufflevector <16 x float> %518, <16 x float> %521, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %534 = shufflevector <16 x float> %500, <16 x float> %503, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %535 = shufflevector <16 x float> %524, <16 x float> %527, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %536 = shufflevector <16 x float> %482, <16 x float> %485, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %537 = shufflevector <16 x float> %506, <16 x float> %509, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %538 = shufflevector <16 x float> %488, <16 x float> %491, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %539 = shufflevector <16 x float> %512, <16 x float> %515, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %540 = shufflevector <16 x float> %494, <16 x float> %497, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %541 = shufflevector <16 x float> %518, <16 x float> %521, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %542 = shufflevector <16 x float> %500, <16 x float> %503, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %543 = shufflevector <16 x float> %524, <16 x float> %527, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %544 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %545 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %546 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %547 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %548 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %549 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %550 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %551 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %552 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %553 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %554 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %555 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %556 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %557 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %558 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %559 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %560 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %561 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %562 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %563 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %564 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %565 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %566 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %567 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %568 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %569 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %570 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %571 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %572 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %573 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %574 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %575 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %576 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %577 = shl nuw nsw i64 %j3.addr.02238, 5
  %578 = or disjoint i64 %577, %i3.addr.02239
  %579 = getelementptr inbounds float, ptr %Bk, i64 %578
  store <16 x float> %576, ptr %579, align 4
  %580 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %581 = or disjoint i64 %578, 32
  %582 = getelementptr inbounds float, ptr %Bk, i64 %581
  store <16 x float> %580, ptr %582, align 4
  %583 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %584 = or disjoint i64 %578, 64
  %585 = getelementptr inbounds float, ptr %Bk, i64 %584
  store <16 x float> %583, ptr %585, align 4
  %586 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %587 = or disjoint i64 %578, 96
  %588 = getelementptr inbounds float, ptr %Bk, i64 %587
  store <16 x float> %586, ptr %588, align 4
  %589 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %590 = or disjoint i64 %578, 128
  %591 = getelementptr inbounds float, ptr %Bk, i64 %590
  store <16 x float> %589, ptr %591, align 4
  %592 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %593 = or disjoint i64 %578, 160
  %594 = getelementptr inbounds float, ptr %Bk, i64 %593
  store <16 x float> %592, ptr %594, align 4
  %595 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %596 = or disjoint i64 %578, 192
  %597 = getelementptr inbounds float, ptr %Bk, i64 %596
  store <16 x float> %595, ptr %597, align 4
  %598 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %599 = or disjoint i64 %578, 224
  %600 = getelementptr inbounds float, ptr %Bk, i64 %599
  store <16 x float> %598, ptr %600, align 4
  %601 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %602 = or disjoint i64 %578, 256
  %603 = getelementptr inbounds float, ptr %Bk, i64 %602
  store <16 x float> %601, ptr %603, align 4
  %604 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %605 = or disjoint i64 %578, 288
  %606 = getelementptr inbounds float, ptr %Bk, i64 %605
  store <16 x float> %604, ptr %606, align 4
  %607 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %608 = or disjoint i64 %578, 320
  %609 = getelementptr inbounds float, ptr %Bk, i64 %608
  store <16 x float> %607, ptr %609, align 4
  %610 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %611 = or disjoint i64 %578, 352
  %612 = getelementptr inbounds float, ptr %Bk, i64 %611
  store <16 x float> %610, ptr %612, align 4
  %613 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %614 = or disjoint i64 %578, 384
  %615 = getelementptr inbounds float, ptr %Bk, i64 %614
  store <16 x float> %613, ptr %615, align 4
  %616 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %617 = or disjoint i64 %578, 416
  %618 = getelementptr inbounds float, ptr %Bk, i64 %617
  store <16 x float> %616, ptr %618, align 4
  %619 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %620 = or disjoint i64 %578, 448
  %621 = getelementptr inbounds float, ptr %Bk, i64 %620
  store <16 x float> %619, ptr %621, align 4
  %622 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %623 = or disjoint i64 %578, 480
  %624 = getelementptr inbounds float, ptr %Bk, i64 %623
  store <16 x float> %622, ptr %624, align 4
  br i1 %478, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %476, label %j3.head.preheader, label %t.head.preheader.preheader

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
  %625 = getelementptr i8, ptr %280, i64 %288
  br label %t1.body

t1.body:                                          ; preds = %t.head.preheader.preheader, %endif
  %t1.addr.02267 = phi i64 [ %t1.next, %endif ], [ 0, %t.head.preheader.preheader ]
  %626 = shl nuw nsw i64 %t1.addr.02267, 9
  %gep3000 = getelementptr i8, ptr %invariant.gep2999, i64 %626
  %gep3002 = getelementptr i8, ptr %invariant.gep3001, i64 %626
  %gep3004 = getelementptr i8, ptr %invariant.gep3003, i64 %626
  %gep3006 = getelementptr i8, ptr %invariant.gep3005, i64 %626
  %gep3008 = getelementptr i8, ptr %invariant.gep3007, i64 %626
  %gep3010 = getelementptr i8, ptr %invariant.gep3009, i64 %626
  %gep3012 = getelementptr i8, ptr %invariant.gep3011, i64 %626
  %gep3014 = getelementptr i8, ptr %invariant.gep3013, i64 %626
  %627 = shl nuw nsw i64 %t1.addr.02267, 7
  %gep3016 = getelementptr i8, ptr %invariant.gep3015, i64 %627
  %628 = icmp sgt i64 %292, %t1.addr.02267
  br i1 %628, label %p.head.preheader, label %j9.head.preheader

j9.head.preheader:                                ; preds = %t1.body
  %gep3018 = getelementptr i8, ptr %invariant.gep3017, i64 %627
  %gep3020 = getelementptr i8, ptr %invariant.gep3019, i64 %627
  %gep3022 = getelementptr i8, ptr %invariant.gep3021, i64 %626
  %gep3024 = getelementptr i8, ptr %invariant.gep3023, i64 %626
  %gep3026 = getelementptr i8, ptr %invariant.gep3025, i64 %626
  %gep3028 = getelementptr i8, ptr %invariant.gep3027, i64 %626
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3018, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3020, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3016, i8 0, i64 128, i1 false)
  %i16 = shl nuw nsw i64 %t1.addr.02267, 2
  %629 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %629, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3014, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3022, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3012, i8 0, i64 128, i1 false)
  %i20 = or disjoint i64 %i16, 1
  %630 = getelementptr inbounds float, ptr %bet, i64 %i20
  store float 0.000000e+00, ptr %630, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3010, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3024, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3008, i8 0, i64 128, i1 false)
  %i24 = or disjoint i64 %i16, 2
  %631 = getelementptr inbounds float, ptr %bet, i64 %i24
  store float 0.000000e+00, ptr %631, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3006, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3026, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3004, i8 0, i64 128, i1 false)
  %i28 = or disjoint i64 %i16, 3
  %632 = getelementptr inbounds float, ptr %bet, i64 %i28
  store float 0.000000e+00, ptr %632, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3002, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3028, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3000, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %633 = mul i64 %28, %t1.addr.02267
  %scevgep2739 = getelementptr i8, ptr %625, i64 %633
  %634 = mul i64 %32, %t1.addr.02267
  %635 = add i64 %287, %634
  %scevgep2741 = getelementptr i8, ptr %k, i64 %635
  %scevgep2743 = getelementptr i8, ptr %v, i64 %635
  %636 = add i64 %286, %634
  %scevgep2745 = getelementptr i8, ptr %k, i64 %636
  %scevgep2747 = getelementptr i8, ptr %v, i64 %636
  %637 = add i64 %285, %634
  %scevgep2749 = getelementptr i8, ptr %k, i64 %637
  %scevgep2751 = getelementptr i8, ptr %v, i64 %637
  %638 = add i64 %284, %634
  %scevgep2753 = getelementptr i8, ptr %k, i64 %638
  %scevgep2755 = getelementptr i8, ptr %v, i64 %638
  %639 = add nuw nsw i64 %t1.addr.02267, %t0
  %640 = mul nsw i64 %639, %sq
  %641 = shl nuw nsw i64 %t1.addr.02267, 5
  %642 = getelementptr float, ptr %qh, i64 %640
  %643 = load <16 x float>, ptr %642, align 4
  %644 = fmul <16 x float> %643, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %645 = or disjoint i64 %641, 2048
  %646 = getelementptr inbounds float, ptr %Bk, i64 %645
  store <16 x float> %644, ptr %646, align 4
  %647 = getelementptr inbounds float, ptr %QK, i64 %641
  store <16 x float> %644, ptr %647, align 4
  %648 = getelementptr float, ptr %281, i64 %640
  %649 = load <16 x float>, ptr %648, align 4
  %650 = fmul <16 x float> %649, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %651 = or disjoint i64 %641, 16
  %652 = or i64 %641, 2064
  %653 = getelementptr inbounds float, ptr %Bk, i64 %652
  store <16 x float> %650, ptr %653, align 4
  %654 = getelementptr inbounds float, ptr %QK, i64 %651
  store <16 x float> %650, ptr %654, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3016, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2739, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02267, 2
  %655 = or disjoint i64 %t1.addr.02267, %t0
  %tau = shl nsw i64 %655, 2
  %656 = mul nsw i64 %tau, %H
  %657 = getelementptr inbounds float, ptr %betah, i64 %656
  %658 = load float, ptr %657, align 4
  %659 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %658, ptr %659, align 4
  %660 = mul nsw i64 %tau, %sq
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3014, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2741, i64 128, i1 false)
  %661 = getelementptr float, ptr %kh, i64 %660
  %662 = load <16 x float>, ptr %661, align 4
  %663 = fneg <16 x float> %662
  %gep3030 = getelementptr inbounds float, ptr %invariant.gep3029, i64 %627
  store <16 x float> %663, ptr %gep3030, align 4
  %664 = getelementptr float, ptr %282, i64 %660
  %665 = load <16 x float>, ptr %664, align 4
  %666 = fneg <16 x float> %665
  %gep3032 = getelementptr inbounds float, ptr %invariant.gep3031, i64 %627
  store <16 x float> %666, ptr %gep3032, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3012, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2743, i64 128, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %667 = mul nsw i64 %tau1, %H
  %668 = getelementptr inbounds float, ptr %betah, i64 %667
  %669 = load float, ptr %668, align 4
  %670 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %669, ptr %670, align 4
  %671 = mul nsw i64 %tau1, %sq
  %672 = shl nuw nsw i64 %i7, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3010, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2745, i64 128, i1 false)
  %673 = getelementptr float, ptr %kh, i64 %671
  %674 = load <16 x float>, ptr %673, align 4
  %675 = fneg <16 x float> %674
  %gep3034 = getelementptr inbounds float, ptr %invariant.gep3033, i64 %672
  store <16 x float> %675, ptr %gep3034, align 4
  %676 = getelementptr float, ptr %282, i64 %671
  %677 = load <16 x float>, ptr %676, align 4
  %678 = fneg <16 x float> %677
  %gep3036 = getelementptr inbounds float, ptr %invariant.gep3035, i64 %672
  store <16 x float> %678, ptr %gep3036, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3008, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2747, i64 128, i1 false)
  %i9 = or disjoint i64 %i5, 2
  %tau2 = or disjoint i64 %tau, 2
  %679 = mul nsw i64 %tau2, %H
  %680 = getelementptr inbounds float, ptr %betah, i64 %679
  %681 = load float, ptr %680, align 4
  %682 = getelementptr inbounds float, ptr %bet, i64 %i9
  store float %681, ptr %682, align 4
  %683 = mul nsw i64 %tau2, %sq
  %684 = shl nuw nsw i64 %i9, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3006, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2749, i64 128, i1 false)
  %685 = getelementptr float, ptr %kh, i64 %683
  %686 = load <16 x float>, ptr %685, align 4
  %687 = fneg <16 x float> %686
  %gep3038 = getelementptr inbounds float, ptr %invariant.gep3037, i64 %684
  store <16 x float> %687, ptr %gep3038, align 4
  %688 = getelementptr float, ptr %282, i64 %683
  %689 = load <16 x float>, ptr %688, align 4
  %690 = fneg <16 x float> %689
  %gep3040 = getelementptr inbounds float, ptr %invariant.gep3039, i64 %684
  store <16 x float> %690, ptr %gep3040, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3004, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2751, i64 128, i1 false)
  %i11 = or disjoint i64 %i5, 3
  %tau3 = or disjoint i64 %tau, 3
  %691 = mul nsw i64 %tau3, %H
  %692 = getelementptr inbounds float, ptr %betah, i64 %691
  %693 = load float, ptr %692, align 4
  %694 = getelementptr inbounds float, ptr %bet, i64 %i11
  store float %693, ptr %694, align 4
  %695 = mul nsw i64 %tau3, %sq
  %696 = shl nuw nsw i64 %i11, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3002, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2753, i64 128, i1 false)
  %697 = getelementptr float, ptr %kh, i64 %695
  %698 = load <16 x float>, ptr %697, align 4
  %699 = fneg <16 x float> %698
  %gep3042 = getelementptr inbounds float, ptr %invariant.gep3041, i64 %696
  store <16 x float> %699, ptr %gep3042, align 4
  %700 = getelementptr float, ptr %282, i64 %695
  %701 = load <16 x float>, ptr %700, align 4
  %702 = fneg <16 x float> %701
  %gep3044 = getelementptr inbounds float, ptr %invariant.gep3043, i64 %696
  store <16 x float> %702, ptr %gep3044, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3000, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2755, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j9.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02267, 1
  %exitcond2756.not = icmp eq i64 %t1.next, 8
  br i1 %exitcond2756.not, label %j24.head.preheader, label %t1.body

j24.head.preheader:                               ; preds = %endif, %j24.exit
  %703 = phi i1 [ false, %j24.exit ], [ true, %endif ]
  %i32.addr.02269 = phi i64 [ 16, %j24.exit ], [ 0, %endif ]
  %704 = shl nuw nsw i64 %i32.addr.02269, 5
  %invariant.gep3045 = getelementptr inbounds float, ptr %Bk, i64 %704
  br label %j24.body

j24.body:                                         ; preds = %j24.head.preheader, %j24.body
  %705 = phi i1 [ true, %j24.head.preheader ], [ false, %j24.body ]
  %j24.addr.02268 = phi i64 [ 0, %j24.head.preheader ], [ 16, %j24.body ]
  %706 = or disjoint i64 %j24.addr.02268, %704
  %707 = or disjoint i64 %706, 2304
  %708 = getelementptr inbounds float, ptr %Bk, i64 %707
  %709 = load <16 x float>, ptr %708, align 4
  %gep3046 = getelementptr inbounds float, ptr %invariant.gep3045, i64 %j24.addr.02268
  %710 = getelementptr inbounds i8, ptr %gep3046, i64 10240
  %711 = load <16 x float>, ptr %710, align 4
  %712 = or disjoint i64 %706, 2336
  %713 = getelementptr inbounds float, ptr %Bk, i64 %712
  %714 = load <16 x float>, ptr %713, align 4
  %715 = getelementptr inbounds i8, ptr %gep3046, i64 10368
  %716 = load <16 x float>, ptr %715, align 4
  %717 = or disjoint i64 %706, 2368
  %718 = getelementptr inbounds float, ptr %Bk, i64 %717
  %719 = load <16 x float>, ptr %718, align 4
  %720 = getelementptr inbounds i8, ptr %gep3046, i64 10496
  %721 = load <16 x float>, ptr %720, align 4
  %722 = or disjoint i64 %706, 2400
  %723 = getelementptr inbounds float, ptr %Bk, i64 %722
  %724 = load <16 x float>, ptr %723, align 4
  %725 = getelementptr inbounds i8, ptr %gep3046, i64 10624
  %726 = load <16 x float>, ptr %725, align 4
  %727 = or disjoint i64 %706, 2432
  %728 = getelementptr inbounds float, ptr %Bk, i64 %727
  %729 = load <16 x float>, ptr %728, align 4
  %730 = getelementptr inbounds i8, ptr %gep3046, i64 10752
  %731 = load <16 x float>, ptr %730, align 4
  %732 = or disjoint i64 %706, 2464
  %733 = getelementptr inbounds float, ptr %Bk, i64 %732
  %734 = load <16 x float>, ptr %733, align 4
  %735 = getelementptr inbounds i8, ptr %gep3046, i64 10880
  %736 = load <16 x float>, ptr %735, align 4
  %737 = or disjoint i64 %706, 2496
  %738 = getelementptr inbounds float, ptr %Bk, i64 %737
  %739 = load <16 x float>, ptr %738, align 4
  %740 = getelementptr inbounds i8, ptr %gep3046, i64 11008
  %741 = load <16 x float>, ptr %740, align 4
  %742 = or disjoint i64 %706, 2528
  %743 = getelementptr inbounds float, ptr %Bk, i64 %742
  %744 = load <16 x float>, ptr %743, align 4
  %745 = getelementptr inbounds i8, ptr %gep3046, i64 11136
  %746 = load <16 x float>, ptr %745, align 4
  %747 = shufflevector <16 x float> %709, <16 x float> %711, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %748 = shufflevector <16 x float> %729, <16 x float> %731, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %749 = shufflevector <16 x float> %714, <16 x float> %716, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %750 = shufflevector <16 x float> %734, <16 x float> %736, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %751 = shufflevector <16 x float> %719, <16 x float> %721, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %752 = shufflevector <16 x float> %739, <16 x float> %741, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %753 = shufflevector <16 x float> %724, <16 x float> %726, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %754 = shufflevector <16 x float> %744, <16 x float> %746, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %755 = shufflevector <16 x float> %709, <16 x float> %711, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %756 = shufflevector <16 x float> %729, <16 x float> %731, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %757 = shufflevector <16 x float> %714, <16 x float> %716, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %758 = shufflevector <16 x float> %734, <16 x float> %736, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %759 = shufflevector <16 x float> %719, <16 x float> %721, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %760 = shufflevector <16 x float> %739, <16 x float> %741, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %761 = shufflevector <16 x float> %724, <16 x float> %726, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %762 = shufflevector <16 x float> %744, <16 x float> %746, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %763 = shufflevector <16 x float> %747, <16 x float> %748, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %764 = shufflevector <16 x float> %751, <16 x float> %752, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %765 = shufflevector <16 x float> %749, <16 x float> %750, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %766 = shufflevector <16 x float> %753, <16 x float> %754, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %767 = shufflevector <16 x float> %747, <16 x float> %748, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %768 = shufflevector <16 x float> %751, <16 x float> %752, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %769 = shufflevector <16 x float> %749, <16 x float> %750, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %770 = shufflevector <16 x float> %753, <16 x float> %754, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %771 = shufflevector <16 x float> %755, <16 x float> %756, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %772 = shufflevector <16 x float> %759, <16 x float> %760, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %773 = shufflevector <16 x float> %757, <16 x float> %758, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %774 = shufflevector <16 x float> %761, <16 x float> %762, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %775 = shufflevector <16 x float> %755, <16 x float> %756, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %776 = shufflevector <16 x float> %759, <16 x float> %760, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %777 = shufflevector <16 x float> %757, <16 x float> %758, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %778 = shufflevector <16 x float> %761, <16 x float> %762, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %779 = shufflevector <16 x float> %763, <16 x float> %764, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %780 = shufflevector <16 x float> %765, <16 x float> %766, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %781 = shufflevector <16 x float> %763, <16 x float> %764, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %782 = shufflevector <16 x float> %765, <16 x float> %766, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %783 = shufflevector <16 x float> %767, <16 x float> %768, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %784 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %785 = shufflevector <16 x float> %767, <16 x float> %768, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %786 = shufflevector <16 x float> %769, <16 x float> %770, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %787 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %788 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %789 = shufflevector <16 x float> %771, <16 x float> %772, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %790 = shufflevector <16 x float> %773, <16 x float> %774, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %791 = shufflevector <16 x float> %775, <16 x float> %776, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %792 = shufflevector <16 x float> %777, <16 x float> %778, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %793 = shufflevector <16 x float> %775, <16 x float> %776, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %794 = shufflevector <16 x float> %777, <16 x float> %778, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %795 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %796 = shl nuw nsw i64 %j24.addr.02268, 5
  %797 = or disjoint i64 %796, %i32.addr.02269
  %798 = getelementptr inbounds float, ptr %KT, i64 %797
  store <16 x float> %795, ptr %798, align 4
  %799 = shufflevector <16 x float> %779, <16 x float> %780, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %800 = or disjoint i64 %797, 32
  %801 = getelementptr inbounds float, ptr %KT, i64 %800
  store <16 x float> %799, ptr %801, align 4
  %802 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %803 = or disjoint i64 %797, 64
  %804 = getelementptr inbounds float, ptr %KT, i64 %803
  store <16 x float> %802, ptr %804, align 4
  %805 = shufflevector <16 x float> %781, <16 x float> %782, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %806 = or disjoint i64 %797, 96
  %807 = getelementptr inbounds float, ptr %KT, i64 %806
  store <16 x float> %805, ptr %807, align 4
  %808 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %809 = or disjoint i64 %797, 128
  %810 = getelementptr inbounds float, ptr %KT, i64 %809
  store <16 x float> %808, ptr %810, align 4
  %811 = shufflevector <16 x float> %783, <16 x float> %784, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %812 = or disjoint i64 %797, 160
  %813 = getelementptr inbounds float, ptr %KT, i64 %812
  store <16 x float> %811, ptr %813, align 4
  %814 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %815 = or disjoint i64 %797, 192
  %816 = getelementptr inbounds float, ptr %KT, i64 %815
  store <16 x float> %814, ptr %816, align 4
  %817 = shufflevector <16 x float> %785, <16 x float> %786, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %818 = or disjoint i64 %797, 224
  %819 = getelementptr inbounds float, ptr %KT, i64 %818
  store <16 x float> %817, ptr %819, align 4
  %820 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %821 = or disjoint i64 %797, 256
  %822 = getelementptr inbounds float, ptr %KT, i64 %821
  store <16 x float> %820, ptr %822, align 4
  %823 = shufflevector <16 x float> %787, <16 x float> %788, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %824 = or disjoint i64 %797, 288
  %825 = getelementptr inbounds float, ptr %KT, i64 %824
  store <16 x float> %823, ptr %825, align 4
  %826 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %827 = or disjoint i64 %797, 320
  %828 = getelementptr inbounds float, ptr %KT, i64 %827
  store <16 x float> %826, ptr %828, align 4
  %829 = shufflevector <16 x float> %789, <16 x float> %790, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %830 = or disjoint i64 %797, 352
  %831 = getelementptr inbounds float, ptr %KT, i64 %830
  store <16 x float> %829, ptr %831, align 4
  %832 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %833 = or disjoint i64 %797, 384
  %834 = getelementptr inbounds float, ptr %KT, i64 %833
  store <16 x float> %832, ptr %834, align 4
  %835 = shufflevector <16 x float> %791, <16 x float> %792, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %836 = or disjoint i64 %797, 416
  %837 = getelementptr inbounds float, ptr %KT, i64 %836
  store <16 x float> %835, ptr %837, align 4
  %838 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %839 = or disjoint i64 %797, 448
  %840 = getelementptr inbounds float, ptr %KT, i64 %839
  store <16 x float> %838, ptr %840, align 4
  %841 = shufflevector <16 x float> %793, <16 x float> %794, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %842 = or disjoint i64 %797, 480
  %843 = getelementptr inbounds float, ptr %KT, i64 %842
  store <16 x float> %841, ptr %843, align 4
  br i1 %705, label %j24.body, label %j24.exit

j24.exit:                                         ; preds = %j24.body
  br i1 %703, label %j24.head.preheader, label %j25.body.preheader

j25.body.preheader:                               ; preds = %j24.exit
  %844 = load <8 x float>, ptr %51, align 4
  %845 = load <8 x float>, ptr %52, align 4
  %846 = load <8 x float>, ptr %53, align 4
  %847 = load <8 x float>, ptr %54, align 4
  %848 = load <8 x float>, ptr %55, align 4
  %849 = load <8 x float>, ptr %56, align 4
  %850 = load <8 x float>, ptr %57, align 4
  %851 = load <8 x float>, ptr %58, align 4
  %852 = shufflevector <8 x float> %844, <8 x float> %845, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %853 = shufflevector <8 x float> %848, <8 x float> %849, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %854 = shufflevector <8 x float> %846, <8 x float> %847, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %855 = shufflevector <8 x float> %850, <8 x float> %851, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %856 = shufflevector <8 x float> %844, <8 x float> %845, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %857 = shufflevector <8 x float> %848, <8 x float> %849, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %858 = shufflevector <8 x float> %846, <8 x float> %847, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %859 = shufflevector <8 x float> %850, <8 x float> %851, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %860 = shufflevector <8 x float> %852, <8 x float> %853, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %861 = shufflevector <8 x float> %854, <8 x float> %855, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %862 = shufflevector <8 x float> %852, <8 x float> %853, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %863 = shufflevector <8 x float> %854, <8 x float> %855, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %864 = shufflevector <8 x float> %856, <8 x float> %857, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %865 = shufflevector <8 x float> %858, <8 x float> %859, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %866 = shufflevector <8 x float> %856, <8 x float> %857, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %867 = shufflevector <8 x float> %858, <8 x float> %859, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %868 = shufflevector <8 x float> %860, <8 x float> %861, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %868, ptr %QcT, align 4
  %869 = shufflevector <8 x float> %860, <8 x float> %861, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %869, ptr %59, align 4
  %870 = shufflevector <8 x float> %862, <8 x float> %863, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %870, ptr %60, align 4
  %871 = shufflevector <8 x float> %862, <8 x float> %863, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %871, ptr %61, align 4
  %872 = shufflevector <8 x float> %864, <8 x float> %865, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %872, ptr %62, align 4
  %873 = shufflevector <8 x float> %864, <8 x float> %865, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %873, ptr %63, align 4
  %874 = shufflevector <8 x float> %866, <8 x float> %867, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %874, ptr %64, align 4
  %875 = shufflevector <8 x float> %866, <8 x float> %867, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %875, ptr %65, align 4
  %876 = load <8 x float>, ptr %66, align 4
  %877 = load <8 x float>, ptr %67, align 4
  %878 = load <8 x float>, ptr %68, align 4
  %879 = load <8 x float>, ptr %69, align 4
  %880 = load <8 x float>, ptr %70, align 4
  %881 = load <8 x float>, ptr %71, align 4
  %882 = load <8 x float>, ptr %72, align 4
  %883 = load <8 x float>, ptr %73, align 4
  %884 = shufflevector <8 x float> %876, <8 x float> %877, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %885 = shufflevector <8 x float> %880, <8 x float> %881, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %886 = shufflevector <8 x float> %878, <8 x float> %879, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %887 = shufflevector <8 x float> %882, <8 x float> %883, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %888 = shufflevector <8 x float> %876, <8 x float> %877, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %889 = shufflevector <8 x float> %880, <8 x float> %881, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %890 = shufflevector <8 x float> %878, <8 x float> %879, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %891 = shufflevector <8 x float> %882, <8 x float> %883, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %892 = shufflevector <8 x float> %884, <8 x float> %885, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %893 = shufflevector <8 x float> %886, <8 x float> %887, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %894 = shufflevector <8 x float> %884, <8 x float> %885, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %895 = shufflevector <8 x float> %886, <8 x float> %887, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %896 = shufflevector <8 x float> %888, <8 x float> %889, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %897 = shufflevector <8 x float> %890, <8 x float> %891, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %898 = shufflevector <8 x float> %888, <8 x float> %889, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %899 = shufflevector <8 x float> %890, <8 x float> %891, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %900 = shufflevector <8 x float> %892, <8 x float> %893, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %900, ptr %74, align 4
  %901 = shufflevector <8 x float> %892, <8 x float> %893, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %901, ptr %75, align 4
  %902 = shufflevector <8 x float> %894, <8 x float> %895, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %902, ptr %76, align 4
  %903 = shufflevector <8 x float> %894, <8 x float> %895, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %903, ptr %77, align 4
  %904 = shufflevector <8 x float> %896, <8 x float> %897, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %904, ptr %78, align 4
  %905 = shufflevector <8 x float> %896, <8 x float> %897, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %905, ptr %79, align 4
  %906 = shufflevector <8 x float> %898, <8 x float> %899, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %906, ptr %80, align 4
  %907 = shufflevector <8 x float> %898, <8 x float> %899, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %907, ptr %81, align 4
  %908 = load <8 x float>, ptr %82, align 4
  %909 = load <8 x float>, ptr %83, align 4
  %910 = load <8 x float>, ptr %84, align 4
  %911 = load <8 x float>, ptr %85, align 4
  %912 = load <8 x float>, ptr %86, align 4
  %913 = load <8 x float>, ptr %87, align 4
  %914 = load <8 x float>, ptr %88, align 4
  %915 = load <8 x float>, ptr %89, align 4
  %916 = shufflevector <8 x float> %908, <8 x float> %909, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %917 = shufflevector <8 x float> %912, <8 x float> %913, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %918 = shufflevector <8 x float> %910, <8 x float> %911, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %919 = shufflevector <8 x float> %914, <8 x float> %915, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %920 = shufflevector <8 x float> %908, <8 x float> %909, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %921 = shufflevector <8 x float> %912, <8 x float> %913, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %922 = shufflevector <8 x float> %910, <8 x float> %911, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %923 = shufflevector <8 x float> %914, <8 x float> %915, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %924 = shufflevector <8 x float> %916, <8 x float> %917, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %925 = shufflevector <8 x float> %918, <8 x float> %919, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %926 = shufflevector <8 x float> %916, <8 x float> %917, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %927 = shufflevector <8 x float> %918, <8 x float> %919, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %928 = shufflevector <8 x float> %920, <8 x float> %921, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %929 = shufflevector <8 x float> %922, <8 x float> %923, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %930 = shufflevector <8 x float> %920, <8 x float> %921, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %931 = shufflevector <8 x float> %922, <8 x float> %923, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %932 = shufflevector <8 x float> %924, <8 x float> %925, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %932, ptr %90, align 4
  %933 = shufflevector <8 x float> %924, <8 x float> %925, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %933, ptr %91, align 4
  %934 = shufflevector <8 x float> %926, <8 x float> %927, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %934, ptr %92, align 4
  %935 = shufflevector <8 x float> %926, <8 x float> %927, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %935, ptr %93, align 4
  %936 = shufflevector <8 x float> %928, <8 x float> %929, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %936, ptr %94, align 4
  %937 = shufflevector <8 x float> %928, <8 x float> %929, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %937, ptr %95, align 4
  %938 = shufflevector <8 x float> %930, <8 x float> %931, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %938, ptr %96, align 4
  %939 = shufflevector <8 x float> %930, <8 x float> %931, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %939, ptr %97, align 4
  %940 = load <8 x float>, ptr %98, align 4
  %941 = load <8 x float>, ptr %99, align 4
  %942 = load <8 x float>, ptr %100, align 4
  %943 = load <8 x float>, ptr %101, align 4
  %944 = load <8 x float>, ptr %102, align 4
  %945 = load <8 x float>, ptr %103, align 4
  %946 = load <8 x float>, ptr %104, align 4
  %947 = load <8 x float>, ptr %105, align 4
  %948 = shufflevector <8 x float> %940, <8 x float> %941, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %949 = shufflevector <8 x float> %944, <8 x float> %945, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %950 = shufflevector <8 x float> %942, <8 x float> %943, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %951 = shufflevector <8 x float> %946, <8 x float> %947, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %952 = shufflevector <8 x float> %940, <8 x float> %941, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %953 = shufflevector <8 x float> %944, <8 x float> %945, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %954 = shufflevector <8 x float> %942, <8 x float> %943, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %955 = shufflevector <8 x float> %946, <8 x float> %947, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %956 = shufflevector <8 x float> %948, <8 x float> %949, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %957 = shufflevector <8 x float> %950, <8 x float> %951, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %958 = shufflevector <8 x float> %948, <8 x float> %949, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %959 = shufflevector <8 x float> %950, <8 x float> %951, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %960 = shufflevector <8 x float> %952, <8 x float> %953, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %961 = shufflevector <8 x float> %954, <8 x float> %955, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %962 = shufflevector <8 x float> %952, <8 x float> %953, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %963 = shufflevector <8 x float> %954, <8 x float> %955, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %964 = shufflevector <8 x float> %956, <8 x float> %957, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %964, ptr %106, align 4
  %965 = shufflevector <8 x float> %956, <8 x float> %957, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %965, ptr %107, align 4
  %966 = shufflevector <8 x float> %958, <8 x float> %959, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %966, ptr %108, align 4
  %967 = shufflevector <8 x float> %958, <8 x float> %959, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %967, ptr %109, align 4
  %968 = shufflevector <8 x float> %960, <8 x float> %961, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %968, ptr %110, align 4
  %969 = shufflevector <8 x float> %960, <8 x float> %961, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %969, ptr %111, align 4
  %970 = shufflevector <8 x float> %962, <8 x float> %963, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %970, ptr %112, align 4
  %971 = shufflevector <8 x float> %962, <8 x float> %963, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %971, ptr %113, align 4
  %972 = load <8 x float>, ptr %OY, align 4
  %973 = load <8 x float>, ptr %114, align 4
  %974 = load <8 x float>, ptr %115, align 4
  %975 = load <8 x float>, ptr %116, align 4
  %976 = load <8 x float>, ptr %117, align 4
  %977 = load <8 x float>, ptr %118, align 4
  %978 = load <8 x float>, ptr %119, align 4
  %979 = load <8 x float>, ptr %120, align 4
  %980 = shufflevector <8 x float> %972, <8 x float> %973, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %981 = shufflevector <8 x float> %976, <8 x float> %977, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %982 = shufflevector <8 x float> %974, <8 x float> %975, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %983 = shufflevector <8 x float> %978, <8 x float> %979, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %984 = shufflevector <8 x float> %972, <8 x float> %973, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %985 = shufflevector <8 x float> %976, <8 x float> %977, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %986 = shufflevector <8 x float> %974, <8 x float> %975, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %987 = shufflevector <8 x float> %978, <8 x float> %979, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %988 = shufflevector <8 x float> %980, <8 x float> %981, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %989 = shufflevector <8 x float> %982, <8 x float> %983, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %990 = shufflevector <8 x float> %980, <8 x float> %981, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %991 = shufflevector <8 x float> %982, <8 x float> %983, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %992 = shufflevector <8 x float> %984, <8 x float> %985, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %993 = shufflevector <8 x float> %986, <8 x float> %987, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %994 = shufflevector <8 x float> %984, <8 x float> %985, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %995 = shufflevector <8 x float> %986, <8 x float> %987, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %996 = shufflevector <8 x float> %988, <8 x float> %989, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %996, ptr %dOT, align 4
  %997 = shufflevector <8 x float> %988, <8 x float> %989, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %997, ptr %121, align 4
  %998 = shufflevector <8 x float> %990, <8 x float> %991, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %998, ptr %122, align 4
  %999 = shufflevector <8 x float> %990, <8 x float> %991, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %999, ptr %123, align 4
  %1000 = shufflevector <8 x float> %992, <8 x float> %993, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1000, ptr %124, align 4
  %1001 = shufflevector <8 x float> %992, <8 x float> %993, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1001, ptr %125, align 4
  %1002 = shufflevector <8 x float> %994, <8 x float> %995, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1002, ptr %126, align 4
  %1003 = shufflevector <8 x float> %994, <8 x float> %995, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1003, ptr %127, align 4
  %1004 = load <8 x float>, ptr %128, align 4
  %1005 = load <8 x float>, ptr %129, align 4
  %1006 = load <8 x float>, ptr %130, align 4
  %1007 = load <8 x float>, ptr %131, align 4
  %1008 = load <8 x float>, ptr %132, align 4
  %1009 = load <8 x float>, ptr %133, align 4
  %1010 = load <8 x float>, ptr %134, align 4
  %1011 = load <8 x float>, ptr %135, align 4
  %1012 = shufflevector <8 x float> %1004, <8 x float> %1005, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1013 = shufflevector <8 x float> %1008, <8 x float> %1009, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1014 = shufflevector <8 x float> %1006, <8 x float> %1007, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1015 = shufflevector <8 x float> %1010, <8 x float> %1011, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1016 = shufflevector <8 x float> %1004, <8 x float> %1005, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1017 = shufflevector <8 x float> %1008, <8 x float> %1009, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1018 = shufflevector <8 x float> %1006, <8 x float> %1007, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1019 = shufflevector <8 x float> %1010, <8 x float> %1011, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1020 = shufflevector <8 x float> %1012, <8 x float> %1013, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1021 = shufflevector <8 x float> %1014, <8 x float> %1015, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1022 = shufflevector <8 x float> %1012, <8 x float> %1013, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1023 = shufflevector <8 x float> %1014, <8 x float> %1015, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1024 = shufflevector <8 x float> %1016, <8 x float> %1017, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1025 = shufflevector <8 x float> %1018, <8 x float> %1019, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1026 = shufflevector <8 x float> %1016, <8 x float> %1017, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1027 = shufflevector <8 x float> %1018, <8 x float> %1019, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1028 = shufflevector <8 x float> %1020, <8 x float> %1021, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1028, ptr %136, align 4
  %1029 = shufflevector <8 x float> %1020, <8 x float> %1021, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1029, ptr %137, align 4
  %1030 = shufflevector <8 x float> %1022, <8 x float> %1023, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1030, ptr %138, align 4
  %1031 = shufflevector <8 x float> %1022, <8 x float> %1023, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1031, ptr %139, align 4
  %1032 = shufflevector <8 x float> %1024, <8 x float> %1025, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1032, ptr %140, align 4
  %1033 = shufflevector <8 x float> %1024, <8 x float> %1025, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1033, ptr %141, align 4
  %1034 = shufflevector <8 x float> %1026, <8 x float> %1027, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1034, ptr %142, align 4
  %1035 = shufflevector <8 x float> %1026, <8 x float> %1027, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1035, ptr %143, align 4
  %1036 = load <8 x float>, ptr %144, align 4
  %1037 = load <8 x float>, ptr %145, align 4
  %1038 = load <8 x float>, ptr %146, align 4
  %1039 = load <8 x float>, ptr %147, align 4
  %1040 = load <8 x float>, ptr %148, align 4
  %1041 = load <8 x float>, ptr %149, align 4
  %1042 = load <8 x float>, ptr %150, align 4
  %1043 = load <8 x float>, ptr %151, align 4
  %1044 = shufflevector <8 x float> %1036, <8 x float> %1037, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1045 = shufflevector <8 x float> %1040, <8 x float> %1041, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1046 = shufflevector <8 x float> %1038, <8 x float> %1039, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1047 = shufflevector <8 x float> %1042, <8 x float> %1043, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1048 = shufflevector <8 x float> %1036, <8 x float> %1037, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1049 = shufflevector <8 x float> %1040, <8 x float> %1041, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1050 = shufflevector <8 x float> %1038, <8 x float> %1039, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1051 = shufflevector <8 x float> %1042, <8 x float> %1043, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1052 = shufflevector <8 x float> %1044, <8 x float> %1045, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1053 = shufflevector <8 x float> %1046, <8 x float> %1047, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1054 = shufflevector <8 x float> %1044, <8 x float> %1045, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1055 = shufflevector <8 x float> %1046, <8 x float> %1047, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1056 = shufflevector <8 x float> %1048, <8 x float> %1049, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1057 = shufflevector <8 x float> %1050, <8 x float> %1051, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1058 = shufflevector <8 x float> %1048, <8 x float> %1049, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1059 = shufflevector <8 x float> %1050, <8 x float> %1051, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1060 = shufflevector <8 x float> %1052, <8 x float> %1053, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1060, ptr %152, align 4
  %1061 = shufflevector <8 x float> %1052, <8 x float> %1053, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1061, ptr %153, align 4
  %1062 = shufflevector <8 x float> %1054, <8 x float> %1055, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1062, ptr %154, align 4
  %1063 = shufflevector <8 x float> %1054, <8 x float> %1055, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1063, ptr %155, align 4
  %1064 = shufflevector <8 x float> %1056, <8 x float> %1057, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1064, ptr %156, align 4
  %1065 = shufflevector <8 x float> %1056, <8 x float> %1057, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1065, ptr %157, align 4
  %1066 = shufflevector <8 x float> %1058, <8 x float> %1059, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1066, ptr %158, align 4
  %1067 = shufflevector <8 x float> %1058, <8 x float> %1059, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1067, ptr %159, align 4
  %1068 = load <8 x float>, ptr %160, align 4
  %1069 = load <8 x float>, ptr %161, align 4
  %1070 = load <8 x float>, ptr %162, align 4
  %1071 = load <8 x float>, ptr %163, align 4
  %1072 = load <8 x float>, ptr %164, align 4
  %1073 = load <8 x float>, ptr %165, align 4
  %1074 = load <8 x float>, ptr %166, align 4
  %1075 = load <8 x float>, ptr %167, align 4
  %1076 = shufflevector <8 x float> %1068, <8 x float> %1069, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1077 = shufflevector <8 x float> %1072, <8 x float> %1073, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1078 = shufflevector <8 x float> %1070, <8 x float> %1071, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1079 = shufflevector <8 x float> %1074, <8 x float> %1075, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1080 = shufflevector <8 x float> %1068, <8 x float> %1069, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1081 = shufflevector <8 x float> %1072, <8 x float> %1073, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1082 = shufflevector <8 x float> %1070, <8 x float> %1071, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1083 = shufflevector <8 x float> %1074, <8 x float> %1075, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1084 = shufflevector <8 x float> %1076, <8 x float> %1077, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1085 = shufflevector <8 x float> %1078, <8 x float> %1079, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1086 = shufflevector <8 x float> %1076, <8 x float> %1077, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1087 = shufflevector <8 x float> %1078, <8 x float> %1079, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1088 = shufflevector <8 x float> %1080, <8 x float> %1081, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1089 = shufflevector <8 x float> %1082, <8 x float> %1083, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1090 = shufflevector <8 x float> %1080, <8 x float> %1081, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1091 = shufflevector <8 x float> %1082, <8 x float> %1083, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1092 = shufflevector <8 x float> %1084, <8 x float> %1085, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1092, ptr %168, align 4
  %1093 = shufflevector <8 x float> %1084, <8 x float> %1085, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1093, ptr %169, align 4
  %1094 = shufflevector <8 x float> %1086, <8 x float> %1087, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1094, ptr %170, align 4
  %1095 = shufflevector <8 x float> %1086, <8 x float> %1087, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1095, ptr %171, align 4
  %1096 = shufflevector <8 x float> %1088, <8 x float> %1089, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1096, ptr %172, align 4
  %1097 = shufflevector <8 x float> %1088, <8 x float> %1089, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1097, ptr %173, align 4
  %1098 = shufflevector <8 x float> %1090, <8 x float> %1091, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1098, ptr %174, align 4
  %1099 = shufflevector <8 x float> %1090, <8 x float> %1091, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1099, ptr %175, align 4
  br label %i35.body

i35.head.loopexit:                                ; preds = %p5.exit.1, %p5.exit
  %1100 = icmp ult i64 %i35.addr.02282, 24
  br i1 %1100, label %i35.body, label %p6.head.preheader

i35.body:                                         ; preds = %j25.body.preheader, %i35.head.loopexit
  %i35.addr.02282 = phi i64 [ %1101, %i35.head.loopexit ], [ 0, %j25.body.preheader ]
  %1101 = add nuw nsw i64 %i35.addr.02282, 8
  %1102 = shl nuw nsw i64 %i35.addr.02282, 5
  %.idx2206 = shl nuw nsw i64 %i35.addr.02282, 7
  %1103 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2206
  %1104 = or disjoint i64 %1102, 32
  %1105 = getelementptr inbounds float, ptr %Gm, i64 %1104
  %1106 = or disjoint i64 %1102, 64
  %1107 = getelementptr inbounds float, ptr %Gm, i64 %1106
  %1108 = or disjoint i64 %1102, 96
  %1109 = getelementptr inbounds float, ptr %Gm, i64 %1108
  %1110 = or disjoint i64 %1102, 128
  %1111 = getelementptr inbounds float, ptr %Gm, i64 %1110
  %1112 = or disjoint i64 %1102, 160
  %1113 = getelementptr inbounds float, ptr %Gm, i64 %1112
  %1114 = or disjoint i64 %1102, 192
  %1115 = getelementptr inbounds float, ptr %Gm, i64 %1114
  %1116 = or disjoint i64 %1102, 224
  %1117 = getelementptr inbounds float, ptr %Gm, i64 %1116
  %invariant.gep3047 = getelementptr inbounds float, ptr %Bk, i64 %1102
  br label %p5.body

p5.body:                                          ; preds = %i35.body, %p5.body
  %acc.02280 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1123, %p5.body ]
  %acc1.02279 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1128, %p5.body ]
  %acc2.02278 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1133, %p5.body ]
  %acc3.02277 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1138, %p5.body ]
  %acc4.02276 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1143, %p5.body ]
  %acc5.02275 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1148, %p5.body ]
  %acc6.02274 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1153, %p5.body ]
  %acc7.02273 = phi <16 x float> [ zeroinitializer, %i35.body ], [ %1158, %p5.body ]
  %p5.addr.02272 = phi i64 [ 0, %i35.body ], [ %p5.next, %p5.body ]
  %.idx2207 = shl nuw nsw i64 %p5.addr.02272, 7
  %gep = getelementptr inbounds i8, ptr %KT, i64 %.idx2207
  %1118 = load <16 x float>, ptr %gep, align 4
  %gep3048 = getelementptr inbounds float, ptr %invariant.gep3047, i64 %p5.addr.02272
  %1119 = getelementptr inbounds i8, ptr %gep3048, i64 9216
  %1120 = load float, ptr %1119, align 4
  %1121 = insertelement <16 x float> poison, float %1120, i64 0
  %1122 = shufflevector <16 x float> %1121, <16 x float> poison, <16 x i32> zeroinitializer
  %1123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1122, <16 x float> %1118, <16 x float> %acc.02280)
  %1124 = getelementptr inbounds i8, ptr %gep3048, i64 9344
  %1125 = load float, ptr %1124, align 4
  %1126 = insertelement <16 x float> poison, float %1125, i64 0
  %1127 = shufflevector <16 x float> %1126, <16 x float> poison, <16 x i32> zeroinitializer
  %1128 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1127, <16 x float> %1118, <16 x float> %acc1.02279)
  %1129 = getelementptr inbounds i8, ptr %gep3048, i64 9472
  %1130 = load float, ptr %1129, align 4
  %1131 = insertelement <16 x float> poison, float %1130, i64 0
  %1132 = shufflevector <16 x float> %1131, <16 x float> poison, <16 x i32> zeroinitializer
  %1133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1132, <16 x float> %1118, <16 x float> %acc2.02278)
  %1134 = getelementptr inbounds i8, ptr %gep3048, i64 9600
  %1135 = load float, ptr %1134, align 4
  %1136 = insertelement <16 x float> poison, float %1135, i64 0
  %1137 = shufflevector <16 x float> %1136, <16 x float> poison, <16 x i32> zeroinitializer
  %1138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1137, <16 x float> %1118, <16 x float> %acc3.02277)
  %1139 = getelementptr inbounds i8, ptr %gep3048, i64 9728
  %1140 = load float, ptr %1139, align 4
  %1141 = insertelement <16 x float> poison, float %1140, i64 0
  %1142 = shufflevector <16 x float> %1141, <16 x float> poison, <16 x i32> zeroinitializer
  %1143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1142, <16 x float> %1118, <16 x float> %acc4.02276)
  %1144 = getelementptr inbounds i8, ptr %gep3048, i64 9856
  %1145 = load float, ptr %1144, align 4
  %1146 = insertelement <16 x float> poison, float %1145, i64 0
  %1147 = shufflevector <16 x float> %1146, <16 x float> poison, <16 x i32> zeroinitializer
  %1148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1147, <16 x float> %1118, <16 x float> %acc5.02275)
  %1149 = getelementptr inbounds i8, ptr %gep3048, i64 9984
  %1150 = load float, ptr %1149, align 4
  %1151 = insertelement <16 x float> poison, float %1150, i64 0
  %1152 = shufflevector <16 x float> %1151, <16 x float> poison, <16 x i32> zeroinitializer
  %1153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1152, <16 x float> %1118, <16 x float> %acc6.02274)
  %1154 = getelementptr inbounds i8, ptr %gep3048, i64 10112
  %1155 = load float, ptr %1154, align 4
  %1156 = insertelement <16 x float> poison, float %1155, i64 0
  %1157 = shufflevector <16 x float> %1156, <16 x float> poison, <16 x i32> zeroinitializer
  %1158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1157, <16 x float> %1118, <16 x float> %acc7.02273)
  %p5.next = add nuw nsw i64 %p5.addr.02272, 1
  %exitcond2757.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond2757.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  store <16 x float> %1123, ptr %1103, align 4
  store <16 x float> %1128, ptr %1105, align 4
  store <16 x float> %1133, ptr %1107, align 4
  store <16 x float> %1138, ptr %1109, align 4
  store <16 x float> %1143, ptr %1111, align 4
  store <16 x float> %1148, ptr %1113, align 4
  store <16 x float> %1153, ptr %1115, align 4
  store <16 x float> %1158, ptr %1117, align 4
  %1159 = icmp ugt i64 %i35.addr.02282, 8
  br i1 %1159, label %p5.body.1, label %i35.head.loopexit

p5.body.1:                                        ; preds = %p5.exit, %p5.body.1
  %acc.02280.1 = phi <16 x float> [ %1165, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc1.02279.1 = phi <16 x float> [ %1170, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc2.02278.1 = phi <16 x float> [ %1175, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc3.02277.1 = phi <16 x float> [ %1180, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc4.02276.1 = phi <16 x float> [ %1185, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc5.02275.1 = phi <16 x float> [ %1190, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc6.02274.1 = phi <16 x float> [ %1195, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %acc7.02273.1 = phi <16 x float> [ %1200, %p5.body.1 ], [ zeroinitializer, %p5.exit ]
  %p5.addr.02272.1 = phi i64 [ %p5.next.1, %p5.body.1 ], [ 0, %p5.exit ]
  %.idx2207.1 = shl nuw nsw i64 %p5.addr.02272.1, 7
  %gep.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx2207.1
  %1160 = load <16 x float>, ptr %gep.1, align 4
  %gep3048.1 = getelementptr inbounds float, ptr %invariant.gep3047, i64 %p5.addr.02272.1
  %1161 = getelementptr inbounds i8, ptr %gep3048.1, i64 9216
  %1162 = load float, ptr %1161, align 4
  %1163 = insertelement <16 x float> poison, float %1162, i64 0
  %1164 = shufflevector <16 x float> %1163, <16 x float> poison, <16 x i32> zeroinitializer
  %1165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1164, <16 x float> %1160, <16 x float> %acc.02280.1)
  %1166 = getelementptr inbounds i8, ptr %gep3048.1, i64 9344
  %1167 = load float, ptr %1166, align 4
  %1168 = insertelement <16 x float> poison, float %1167, i64 0
  %1169 = shufflevector <16 x float> %1168, <16 x float> poison, <16 x i32> zeroinitializer
  %1170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1169, <16 x float> %1160, <16 x float> %acc1.02279.1)
  %1171 = getelementptr inbounds i8, ptr %gep3048.1, i64 9472
  %1172 = load float, ptr %1171, align 4
  %1173 = insertelement <16 x float> poison, float %1172, i64 0
  %1174 = shufflevector <16 x float> %1173, <16 x float> poison, <16 x i32> zeroinitializer
  %1175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1174, <16 x float> %1160, <16 x float> %acc2.02278.1)
  %1176 = getelementptr inbounds i8, ptr %gep3048.1, i64 9600
  %1177 = load float, ptr %1176, align 4
  %1178 = insertelement <16 x float> poison, float %1177, i64 0
  %1179 = shufflevector <16 x float> %1178, <16 x float> poison, <16 x i32> zeroinitializer
  %1180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1179, <16 x float> %1160, <16 x float> %acc3.02277.1)
  %1181 = getelementptr inbounds i8, ptr %gep3048.1, i64 9728
  %1182 = load float, ptr %1181, align 4
  %1183 = insertelement <16 x float> poison, float %1182, i64 0
  %1184 = shufflevector <16 x float> %1183, <16 x float> poison, <16 x i32> zeroinitializer
  %1185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1184, <16 x float> %1160, <16 x float> %acc4.02276.1)
  %1186 = getelementptr inbounds i8, ptr %gep3048.1, i64 9856
  %1187 = load float, ptr %1186, align 4
  %1188 = insertelement <16 x float> poison, float %1187, i64 0
  %1189 = shufflevector <16 x float> %1188, <16 x float> poison, <16 x i32> zeroinitializer
  %1190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1189, <16 x float> %1160, <16 x float> %acc5.02275.1)
  %1191 = getelementptr inbounds i8, ptr %gep3048.1, i64 9984
  %1192 = load float, ptr %1191, align 4
  %1193 = insertelement <16 x float> poison, float %1192, i64 0
  %1194 = shufflevector <16 x float> %1193, <16 x float> poison, <16 x i32> zeroinitializer
  %1195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1194, <16 x float> %1160, <16 x float> %acc6.02274.1)
  %1196 = getelementptr inbounds i8, ptr %gep3048.1, i64 10112
  %1197 = load float, ptr %1196, align 4
  %1198 = insertelement <16 x float> poison, float %1197, i64 0
  %1199 = shufflevector <16 x float> %1198, <16 x float> poison, <16 x i32> zeroinitializer
  %1200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1199, <16 x float> %1160, <16 x float> %acc7.02273.1)
  %p5.next.1 = add nuw nsw i64 %p5.addr.02272.1, 1
  %exitcond2757.not.1 = icmp eq i64 %p5.next.1, 32
  br i1 %exitcond2757.not.1, label %p5.exit.1, label %p5.body.1

p5.exit.1:                                        ; preds = %p5.body.1
  %1201 = getelementptr inbounds i8, ptr %1103, i64 64
  store <16 x float> %1165, ptr %1201, align 4
  %1202 = getelementptr inbounds i8, ptr %1105, i64 64
  store <16 x float> %1170, ptr %1202, align 4
  %1203 = getelementptr inbounds i8, ptr %1107, i64 64
  store <16 x float> %1175, ptr %1203, align 4
  %1204 = getelementptr inbounds i8, ptr %1109, i64 64
  store <16 x float> %1180, ptr %1204, align 4
  %1205 = getelementptr inbounds i8, ptr %1111, i64 64
  store <16 x float> %1185, ptr %1205, align 4
  %1206 = getelementptr inbounds i8, ptr %1113, i64 64
  store <16 x float> %1190, ptr %1206, align 4
  %1207 = getelementptr inbounds i8, ptr %1115, i64 64
  store <16 x float> %1195, ptr %1207, align 4
  %1208 = getelementptr inbounds i8, ptr %1117, i64 64
  store <16 x float> %1200, ptr %1208, align 4
  br label %i35.head.loopexit

p6.head.preheader:                                ; preds = %i35.head.loopexit, %p6.exit
  %i36.addr.02300 = phi i64 [ %i36.next, %p6.exit ], [ 0, %i35.head.loopexit ]
  %.idx2805 = shl nsw i64 %i36.addr.02300, 7
  %invariant.gep3049 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2805
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc8.02299 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1225, %p6.body ]
  %acc9.02298 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1226, %p6.body ]
  %acc10.02297 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1227, %p6.body ]
  %acc11.02296 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1228, %p6.body ]
  %acc12.02295 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1233, %p6.body ]
  %acc13.02294 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1234, %p6.body ]
  %acc14.02293 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1235, %p6.body ]
  %acc15.02292 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1236, %p6.body ]
  %acc16.02291 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1241, %p6.body ]
  %acc17.02290 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1242, %p6.body ]
  %acc18.02289 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1243, %p6.body ]
  %acc19.02288 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1244, %p6.body ]
  %acc20.02287 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1249, %p6.body ]
  %acc21.02286 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1250, %p6.body ]
  %acc22.02285 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1251, %p6.body ]
  %acc23.02284 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1252, %p6.body ]
  %p6.addr.02283 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1209 = shl nuw nsw i64 %p6.addr.02283, 6
  %1210 = getelementptr inbounds float, ptr %work, i64 %1209
  %1211 = load <16 x float>, ptr %1210, align 4
  %1212 = or disjoint i64 %1209, 16
  %1213 = getelementptr inbounds float, ptr %work, i64 %1212
  %1214 = load <16 x float>, ptr %1213, align 4
  %1215 = or disjoint i64 %1209, 32
  %1216 = getelementptr inbounds float, ptr %work, i64 %1215
  %1217 = load <16 x float>, ptr %1216, align 4
  %1218 = or disjoint i64 %1209, 48
  %1219 = getelementptr inbounds float, ptr %work, i64 %1218
  %1220 = load <16 x float>, ptr %1219, align 4
  %gep3050 = getelementptr inbounds float, ptr %invariant.gep3049, i64 %p6.addr.02283
  %1221 = getelementptr inbounds i8, ptr %gep3050, i64 9216
  %1222 = load float, ptr %1221, align 4
  %1223 = insertelement <16 x float> poison, float %1222, i64 0
  %1224 = shufflevector <16 x float> %1223, <16 x float> poison, <16 x i32> zeroinitializer
  %1225 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1224, <16 x float> %1211, <16 x float> %acc8.02299)
  %1226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1224, <16 x float> %1214, <16 x float> %acc9.02298)
  %1227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1224, <16 x float> %1217, <16 x float> %acc10.02297)
  %1228 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1224, <16 x float> %1220, <16 x float> %acc11.02296)
  %1229 = getelementptr inbounds i8, ptr %gep3050, i64 9344
  %1230 = load float, ptr %1229, align 4
  %1231 = insertelement <16 x float> poison, float %1230, i64 0
  %1232 = shufflevector <16 x float> %1231, <16 x float> poison, <16 x i32> zeroinitializer
  %1233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1232, <16 x float> %1211, <16 x float> %acc12.02295)
  %1234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1232, <16 x float> %1214, <16 x float> %acc13.02294)
  %1235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1232, <16 x float> %1217, <16 x float> %acc14.02293)
  %1236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1232, <16 x float> %1220, <16 x float> %acc15.02292)
  %1237 = getelementptr inbounds i8, ptr %gep3050, i64 9472
  %1238 = load float, ptr %1237, align 4
  %1239 = insertelement <16 x float> poison, float %1238, i64 0
  %1240 = shufflevector <16 x float> %1239, <16 x float> poison, <16 x i32> zeroinitializer
  %1241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1240, <16 x float> %1211, <16 x float> %acc16.02291)
  %1242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1240, <16 x float> %1214, <16 x float> %acc17.02290)
  %1243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1240, <16 x float> %1217, <16 x float> %acc18.02289)
  %1244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1240, <16 x float> %1220, <16 x float> %acc19.02288)
  %1245 = getelementptr inbounds i8, ptr %gep3050, i64 9600
  %1246 = load float, ptr %1245, align 4
  %1247 = insertelement <16 x float> poison, float %1246, i64 0
  %1248 = shufflevector <16 x float> %1247, <16 x float> poison, <16 x i32> zeroinitializer
  %1249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1248, <16 x float> %1211, <16 x float> %acc20.02287)
  %1250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1248, <16 x float> %1214, <16 x float> %acc21.02286)
  %1251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1248, <16 x float> %1217, <16 x float> %acc22.02285)
  %1252 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1248, <16 x float> %1220, <16 x float> %acc23.02284)
  %p6.next = add nuw nsw i64 %p6.addr.02283, 1
  %exitcond2758.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond2758.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1253 = shl nuw nsw i64 %i36.addr.02300, 6
  %1254 = getelementptr inbounds float, ptr %KSdS, i64 %1253
  store <16 x float> %1225, ptr %1254, align 4
  %1255 = or disjoint i64 %1253, 16
  %1256 = getelementptr inbounds float, ptr %KSdS, i64 %1255
  store <16 x float> %1226, ptr %1256, align 4
  %1257 = or disjoint i64 %1253, 32
  %1258 = getelementptr inbounds float, ptr %KSdS, i64 %1257
  store <16 x float> %1227, ptr %1258, align 4
  %1259 = or disjoint i64 %1253, 48
  %1260 = getelementptr inbounds float, ptr %KSdS, i64 %1259
  store <16 x float> %1228, ptr %1260, align 4
  %1261 = or disjoint i64 %1253, 64
  %1262 = getelementptr inbounds float, ptr %KSdS, i64 %1261
  store <16 x float> %1233, ptr %1262, align 4
  %1263 = or disjoint i64 %1253, 80
  %1264 = getelementptr inbounds float, ptr %KSdS, i64 %1263
  store <16 x float> %1234, ptr %1264, align 4
  %1265 = or disjoint i64 %1253, 96
  %1266 = getelementptr inbounds float, ptr %KSdS, i64 %1265
  store <16 x float> %1235, ptr %1266, align 4
  %1267 = or disjoint i64 %1253, 112
  %1268 = getelementptr inbounds float, ptr %KSdS, i64 %1267
  store <16 x float> %1236, ptr %1268, align 4
  %1269 = or disjoint i64 %1253, 128
  %1270 = getelementptr inbounds float, ptr %KSdS, i64 %1269
  store <16 x float> %1241, ptr %1270, align 4
  %1271 = or disjoint i64 %1253, 144
  %1272 = getelementptr inbounds float, ptr %KSdS, i64 %1271
  store <16 x float> %1242, ptr %1272, align 4
  %1273 = or disjoint i64 %1253, 160
  %1274 = getelementptr inbounds float, ptr %KSdS, i64 %1273
  store <16 x float> %1243, ptr %1274, align 4
  %1275 = or disjoint i64 %1253, 176
  %1276 = getelementptr inbounds float, ptr %KSdS, i64 %1275
  store <16 x float> %1244, ptr %1276, align 4
  %1277 = or disjoint i64 %1253, 192
  %1278 = getelementptr inbounds float, ptr %KSdS, i64 %1277
  store <16 x float> %1249, ptr %1278, align 4
  %1279 = or disjoint i64 %1253, 208
  %1280 = getelementptr inbounds float, ptr %KSdS, i64 %1279
  store <16 x float> %1250, ptr %1280, align 4
  %1281 = or disjoint i64 %1253, 224
  %1282 = getelementptr inbounds float, ptr %KSdS, i64 %1281
  store <16 x float> %1251, ptr %1282, align 4
  %1283 = or disjoint i64 %1253, 240
  %1284 = getelementptr inbounds float, ptr %KSdS, i64 %1283
  store <16 x float> %1252, ptr %1284, align 4
  %i36.next = add nuw nsw i64 %i36.addr.02300, 4
  %1285 = icmp ult i64 %i36.addr.02300, 28
  br i1 %1285, label %p6.head.preheader, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.head.preheader
  %i37.addr.02302 = phi i64 [ %i37.next.3, %p7.head.preheader ], [ 0, %p6.exit ]
  %.idx2537 = shl nsw i64 %i37.addr.02302, 7
  %1286 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2537
  %1287 = load <16 x float>, ptr %1286, align 4
  %.idx2538 = shl nsw i64 %i37.addr.02302, 8
  %1288 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2538
  %1289 = load <16 x float>, ptr %1288, align 4
  %1290 = fsub <16 x float> %1287, %1289
  store <16 x float> %1290, ptr %1286, align 4
  %1291 = getelementptr inbounds i8, ptr %176, i64 %.idx2537
  %1292 = load <16 x float>, ptr %1291, align 4
  %1293 = getelementptr inbounds i8, ptr %177, i64 %.idx2538
  %1294 = load <16 x float>, ptr %1293, align 4
  %1295 = fsub <16 x float> %1292, %1294
  store <16 x float> %1295, ptr %1291, align 4
  %i37.next = or disjoint i64 %i37.addr.02302, 1
  %.idx2537.1 = shl nsw i64 %i37.next, 7
  %1296 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2537.1
  %1297 = load <16 x float>, ptr %1296, align 4
  %.idx2538.1 = shl nsw i64 %i37.next, 8
  %1298 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2538.1
  %1299 = load <16 x float>, ptr %1298, align 4
  %1300 = fsub <16 x float> %1297, %1299
  store <16 x float> %1300, ptr %1296, align 4
  %1301 = getelementptr inbounds i8, ptr %176, i64 %.idx2537.1
  %1302 = load <16 x float>, ptr %1301, align 4
  %1303 = getelementptr inbounds i8, ptr %177, i64 %.idx2538.1
  %1304 = load <16 x float>, ptr %1303, align 4
  %1305 = fsub <16 x float> %1302, %1304
  store <16 x float> %1305, ptr %1301, align 4
  %i37.next.1 = or disjoint i64 %i37.addr.02302, 2
  %.idx2537.2 = shl nsw i64 %i37.next.1, 7
  %1306 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2537.2
  %1307 = load <16 x float>, ptr %1306, align 4
  %.idx2538.2 = shl nsw i64 %i37.next.1, 8
  %1308 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2538.2
  %1309 = load <16 x float>, ptr %1308, align 4
  %1310 = fsub <16 x float> %1307, %1309
  store <16 x float> %1310, ptr %1306, align 4
  %1311 = getelementptr inbounds i8, ptr %176, i64 %.idx2537.2
  %1312 = load <16 x float>, ptr %1311, align 4
  %1313 = getelementptr inbounds i8, ptr %177, i64 %.idx2538.2
  %1314 = load <16 x float>, ptr %1313, align 4
  %1315 = fsub <16 x float> %1312, %1314
  store <16 x float> %1315, ptr %1311, align 4
  %i37.next.2 = or disjoint i64 %i37.addr.02302, 3
  %.idx2537.3 = shl nsw i64 %i37.next.2, 7
  %1316 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2537.3
  %1317 = load <16 x float>, ptr %1316, align 4
  %.idx2538.3 = shl nsw i64 %i37.next.2, 8
  %1318 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2538.3
  %1319 = load <16 x float>, ptr %1318, align 4
  %1320 = fsub <16 x float> %1317, %1319
  store <16 x float> %1320, ptr %1316, align 4
  %1321 = getelementptr inbounds i8, ptr %176, i64 %.idx2537.3
  %1322 = load <16 x float>, ptr %1321, align 4
  %1323 = getelementptr inbounds i8, ptr %177, i64 %.idx2538.3
  %1324 = load <16 x float>, ptr %1323, align 4
  %1325 = fsub <16 x float> %1322, %1324
  store <16 x float> %1325, ptr %1321, align 4
  %i37.next.3 = add nuw nsw i64 %i37.addr.02302, 4
  %exitcond2759.not.3 = icmp eq i64 %i37.next.3, 32
  br i1 %exitcond2759.not.3, label %ib.body, label %p7.head.preheader

ib.body:                                          ; preds = %p7.head.preheader, %j29.exit
  %ib.addr.02319 = phi i64 [ %ib.next, %j29.exit ], [ 0, %p7.head.preheader ]
  %1326 = shl nuw nsw i64 %ib.addr.02319, 2
  %umax3453 = tail call i64 @llvm.umax.i64(i64 %1326, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02319, 2
  %.not2539 = icmp eq i64 %ib.addr.02319, 0
  br i1 %.not2539, label %j29.exit, label %j29.body.lr.ph

j29.body.lr.ph:                                   ; preds = %ib.body
  %.idx2205 = shl nuw nsw i64 %ib.addr.02319, 9
  %1327 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2205
  %1328 = shl nuw nsw i64 %ib.addr.02319, 7
  %1329 = or disjoint i64 %1328, 32
  %1330 = getelementptr inbounds float, ptr %Gm, i64 %1329
  %1331 = or disjoint i64 %1328, 64
  %1332 = getelementptr inbounds float, ptr %Gm, i64 %1331
  %1333 = or disjoint i64 %1328, 96
  %1334 = getelementptr inbounds float, ptr %Gm, i64 %1333
  %xtraiter = and i64 %umax3453, 1
  %1335 = icmp eq i64 %umax3453, 1
  br i1 %1335, label %j29.exit.loopexit.unr-lcssa, label %j29.body.lr.ph.new

j29.body.lr.ph.new:                               ; preds = %j29.body.lr.ph
  %unroll_iter = and i64 %umax3453, 9223372036854775804
  br label %j29.body

j29.body:                                         ; preds = %j29.body, %j29.body.lr.ph.new
  %acc24.02311 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1376, %j29.body ]
  %acc25.02310 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1377, %j29.body ]
  %acc26.02309 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1382, %j29.body ]
  %acc27.02308 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1383, %j29.body ]
  %acc28.02307 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1388, %j29.body ]
  %acc29.02306 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1389, %j29.body ]
  %acc30.02305 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1394, %j29.body ]
  %acc31.02304 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1395, %j29.body ]
  %j29.addr.02303 = phi i64 [ 0, %j29.body.lr.ph.new ], [ %j29.next.1, %j29.body ]
  %niter = phi i64 [ 0, %j29.body.lr.ph.new ], [ %niter.next.1, %j29.body ]
  %1336 = shl nsw i64 %j29.addr.02303, 5
  %1337 = getelementptr inbounds float, ptr %Vn, i64 %1336
  %1338 = load <16 x float>, ptr %1337, align 4
  %1339 = or disjoint i64 %1336, 16
  %1340 = getelementptr inbounds float, ptr %Vn, i64 %1339
  %1341 = load <16 x float>, ptr %1340, align 4
  %1342 = getelementptr inbounds float, ptr %1327, i64 %j29.addr.02303
  %1343 = load float, ptr %1342, align 4
  %1344 = insertelement <16 x float> poison, float %1343, i64 0
  %1345 = shufflevector <16 x float> %1344, <16 x float> poison, <16 x i32> zeroinitializer
  %1346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1345, <16 x float> %1338, <16 x float> %acc24.02311)
  %1347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1345, <16 x float> %1341, <16 x float> %acc25.02310)
  %1348 = getelementptr inbounds float, ptr %1330, i64 %j29.addr.02303
  %1349 = load float, ptr %1348, align 4
  %1350 = insertelement <16 x float> poison, float %1349, i64 0
  %1351 = shufflevector <16 x float> %1350, <16 x float> poison, <16 x i32> zeroinitializer
  %1352 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1351, <16 x float> %1338, <16 x float> %acc26.02309)
  %1353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1351, <16 x float> %1341, <16 x float> %acc27.02308)
  %1354 = getelementptr inbounds float, ptr %1332, i64 %j29.addr.02303
  %1355 = load float, ptr %1354, align 4
  %1356 = insertelement <16 x float> poison, float %1355, i64 0
  %1357 = shufflevector <16 x float> %1356, <16 x float> poison, <16 x i32> zeroinitializer
  %1358 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1357, <16 x float> %1338, <16 x float> %acc28.02307)
  %1359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1357, <16 x float> %1341, <16 x float> %acc29.02306)
  %1360 = getelementptr inbounds float, ptr %1334, i64 %j29.addr.02303
  %1361 = load float, ptr %1360, align 4
  %1362 = insertelement <16 x float> poison, float %1361, i64 0
  %1363 = shufflevector <16 x float> %1362, <16 x float> poison, <16 x i32> zeroinitializer
  %1364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1363, <16 x float> %1338, <16 x float> %acc30.02305)
  %1365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1363, <16 x float> %1341, <16 x float> %acc31.02304)
  %j29.next = or disjoint i64 %j29.addr.02303, 1
  %1366 = shl nsw i64 %j29.next, 5
  %1367 = getelementptr inbounds float, ptr %Vn, i64 %1366
  %1368 = load <16 x float>, ptr %1367, align 4
  %1369 = or disjoint i64 %1366, 16
  %1370 = getelementptr inbounds float, ptr %Vn, i64 %1369
  %1371 = load <16 x float>, ptr %1370, align 4
  %1372 = getelementptr inbounds float, ptr %1327, i64 %j29.next
  %1373 = load float, ptr %1372, align 4
  %1374 = insertelement <16 x float> poison, float %1373, i64 0
  %1375 = shufflevector <16 x float> %1374, <16 x float> poison, <16 x i32> zeroinitializer
  %1376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1375, <16 x float> %1368, <16 x float> %1346)
  %1377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1375, <16 x float> %1371, <16 x float> %1347)
  %1378 = getelementptr inbounds float, ptr %1330, i64 %j29.next
  %1379 = load float, ptr %1378, align 4
  %1380 = insertelement <16 x float> poison, float %1379, i64 0
  %1381 = shufflevector <16 x float> %1380, <16 x float> poison, <16 x i32> zeroinitializer
  %1382 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1381, <16 x float> %1368, <16 x float> %1352)
  %1383 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1381, <16 x float> %1371, <16 x float> %1353)
  %1384 = getelementptr inbounds float, ptr %1332, i64 %j29.next
  %1385 = load float, ptr %1384, align 4
  %1386 = insertelement <16 x float> poison, float %1385, i64 0
  %1387 = shufflevector <16 x float> %1386, <16 x float> poison, <16 x i32> zeroinitializer
  %1388 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1387, <16 x float> %1368, <16 x float> %1358)
  %1389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1387, <16 x float> %1371, <16 x float> %1359)
  %1390 = getelementptr inbounds float, ptr %1334, i64 %j29.next
  %1391 = load float, ptr %1390, align 4
  %1392 = insertelement <16 x float> poison, float %1391, i64 0
  %1393 = shufflevector <16 x float> %1392, <16 x float> poison, <16 x i32> zeroinitializer
  %1394 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1393, <16 x float> %1368, <16 x float> %1364)
  %1395 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1393, <16 x float> %1371, <16 x float> %1365)
  %j29.next.1 = add nuw nsw i64 %j29.addr.02303, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j29.exit.loopexit.unr-lcssa, label %j29.body

j29.exit.loopexit.unr-lcssa:                      ; preds = %j29.body, %j29.body.lr.ph
  %.lcssa3292.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1376, %j29.body ]
  %.lcssa3291.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1377, %j29.body ]
  %.lcssa3290.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1382, %j29.body ]
  %.lcssa3289.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1383, %j29.body ]
  %.lcssa3288.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1388, %j29.body ]
  %.lcssa3287.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1389, %j29.body ]
  %.lcssa3286.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1394, %j29.body ]
  %.lcssa3285.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1395, %j29.body ]
  %acc24.02311.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1376, %j29.body ]
  %acc25.02310.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1377, %j29.body ]
  %acc26.02309.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1382, %j29.body ]
  %acc27.02308.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1383, %j29.body ]
  %acc28.02307.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1388, %j29.body ]
  %acc29.02306.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1389, %j29.body ]
  %acc30.02305.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1394, %j29.body ]
  %acc31.02304.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1395, %j29.body ]
  %j29.addr.02303.unr = phi i64 [ 0, %j29.body.lr.ph ], [ %j29.next.1, %j29.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j29.exit, label %j29.body.epil

j29.body.epil:                                    ; preds = %j29.exit.loopexit.unr-lcssa
  %1396 = shl nsw i64 %j29.addr.02303.unr, 5
  %1397 = getelementptr inbounds float, ptr %Vn, i64 %1396
  %1398 = load <16 x float>, ptr %1397, align 4
  %1399 = or disjoint i64 %1396, 16
  %1400 = getelementptr inbounds float, ptr %Vn, i64 %1399
  %1401 = load <16 x float>, ptr %1400, align 4
  %1402 = getelementptr inbounds float, ptr %1327, i64 %j29.addr.02303.unr
  %1403 = load float, ptr %1402, align 4
  %1404 = insertelement <16 x float> poison, float %1403, i64 0
  %1405 = shufflevector <16 x float> %1404, <16 x float> poison, <16 x i32> zeroinitializer
  %1406 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1405, <16 x float> %1398, <16 x float> %acc24.02311.unr)
  %1407 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1405, <16 x float> %1401, <16 x float> %acc25.02310.unr)
  %1408 = getelementptr inbounds float, ptr %1330, i64 %j29.addr.02303.unr
  %1409 = load float, ptr %1408, align 4
  %1410 = insertelement <16 x float> poison, float %1409, i64 0
  %1411 = shufflevector <16 x float> %1410, <16 x float> poison, <16 x i32> zeroinitializer
  %1412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1411, <16 x float> %1398, <16 x float> %acc26.02309.unr)
  %1413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1411, <16 x float> %1401, <16 x float> %acc27.02308.unr)
  %1414 = getelementptr inbounds float, ptr %1332, i64 %j29.addr.02303.unr
  %1415 = load float, ptr %1414, align 4
  %1416 = insertelement <16 x float> poison, float %1415, i64 0
  %1417 = shufflevector <16 x float> %1416, <16 x float> poison, <16 x i32> zeroinitializer
  %1418 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1417, <16 x float> %1398, <16 x float> %acc28.02307.unr)
  %1419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1417, <16 x float> %1401, <16 x float> %acc29.02306.unr)
  %1420 = getelementptr inbounds float, ptr %1334, i64 %j29.addr.02303.unr
  %1421 = load float, ptr %1420, align 4
  %1422 = insertelement <16 x float> poison, float %1421, i64 0
  %1423 = shufflevector <16 x float> %1422, <16 x float> poison, <16 x i32> zeroinitializer
  %1424 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1423, <16 x float> %1398, <16 x float> %acc30.02305.unr)
  %1425 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1423, <16 x float> %1401, <16 x float> %acc31.02304.unr)
  br label %j29.exit

j29.exit:                                         ; preds = %j29.body.epil, %j29.exit.loopexit.unr-lcssa, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1328, %j29.exit.loopexit.unr-lcssa ], [ %1328, %j29.body.epil ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3285.ph, %j29.exit.loopexit.unr-lcssa ], [ %1425, %j29.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3286.ph, %j29.exit.loopexit.unr-lcssa ], [ %1424, %j29.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3287.ph, %j29.exit.loopexit.unr-lcssa ], [ %1419, %j29.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3288.ph, %j29.exit.loopexit.unr-lcssa ], [ %1418, %j29.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3289.ph, %j29.exit.loopexit.unr-lcssa ], [ %1413, %j29.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3290.ph, %j29.exit.loopexit.unr-lcssa ], [ %1412, %j29.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3291.ph, %j29.exit.loopexit.unr-lcssa ], [ %1407, %j29.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3292.ph, %j29.exit.loopexit.unr-lcssa ], [ %1406, %j29.body.epil ]
  %1426 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1427 = load float, ptr %1426, align 4
  %1428 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1429 = load <16 x float>, ptr %1428, align 4
  %1430 = fsub <16 x float> %1429, %acc24.0.lcssa
  store <16 x float> %1430, ptr %1428, align 4
  %1431 = insertelement <16 x float> poison, float %1427, i64 0
  %1432 = shufflevector <16 x float> %1431, <16 x float> poison, <16 x i32> zeroinitializer
  %1433 = fmul <16 x float> %1432, %1430
  %1434 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1433, ptr %1434, align 4
  %1435 = mul nuw nsw i64 %ib.addr.02319, 416
  %1436 = getelementptr inbounds float, ptr %Ak, i64 %1435
  store <16 x float> %1433, ptr %1436, align 4
  %1437 = or disjoint i64 %.pre-phi, 16
  %1438 = getelementptr inbounds float, ptr %Rr, i64 %1437
  %1439 = load <16 x float>, ptr %1438, align 4
  %1440 = fsub <16 x float> %1439, %acc25.0.lcssa
  store <16 x float> %1440, ptr %1438, align 4
  %1441 = fmul <16 x float> %1432, %1440
  %1442 = getelementptr inbounds float, ptr %Vn, i64 %1437
  store <16 x float> %1441, ptr %1442, align 4
  %1443 = or disjoint i64 %1435, 16
  %1444 = getelementptr inbounds float, ptr %Ak, i64 %1443
  store <16 x float> %1441, ptr %1444, align 4
  %i38 = or disjoint i64 %i0, 1
  %1445 = shl nuw nsw i64 %i38, 5
  %1446 = or disjoint i64 %1445, %i0
  %1447 = getelementptr inbounds float, ptr %Gm, i64 %1446
  %1448 = load float, ptr %1447, align 4
  %1449 = insertelement <16 x float> poison, float %1448, i64 0
  %1450 = shufflevector <16 x float> %1449, <16 x float> poison, <16 x i32> zeroinitializer
  %1451 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1450, <16 x float> %1433, <16 x float> %acc26.0.lcssa)
  %1452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1450, <16 x float> %1441, <16 x float> %acc27.0.lcssa)
  %1453 = getelementptr inbounds float, ptr %bet, i64 %i38
  %1454 = load float, ptr %1453, align 4
  %1455 = getelementptr inbounds float, ptr %Rr, i64 %1445
  %1456 = load <16 x float>, ptr %1455, align 4
  %1457 = fsub <16 x float> %1456, %1451
  store <16 x float> %1457, ptr %1455, align 4
  %1458 = insertelement <16 x float> poison, float %1454, i64 0
  %1459 = shufflevector <16 x float> %1458, <16 x float> poison, <16 x i32> zeroinitializer
  %1460 = fmul <16 x float> %1459, %1457
  %1461 = getelementptr inbounds float, ptr %Vn, i64 %1445
  store <16 x float> %1460, ptr %1461, align 4
  %1462 = mul nuw nsw i64 %i38, 104
  %1463 = getelementptr inbounds float, ptr %Ak, i64 %1462
  store <16 x float> %1460, ptr %1463, align 4
  %1464 = or disjoint i64 %1445, 16
  %1465 = getelementptr inbounds float, ptr %Rr, i64 %1464
  %1466 = load <16 x float>, ptr %1465, align 4
  %1467 = fsub <16 x float> %1466, %1452
  store <16 x float> %1467, ptr %1465, align 4
  %1468 = fmul <16 x float> %1459, %1467
  %1469 = getelementptr inbounds float, ptr %Vn, i64 %1464
  store <16 x float> %1468, ptr %1469, align 4
  %1470 = or disjoint i64 %1462, 16
  %1471 = getelementptr inbounds float, ptr %Ak, i64 %1470
  store <16 x float> %1468, ptr %1471, align 4
  %i39 = or disjoint i64 %i0, 2
  %1472 = shl nuw nsw i64 %i39, 5
  %1473 = or disjoint i64 %1472, %i0
  %1474 = getelementptr inbounds float, ptr %Gm, i64 %1473
  %1475 = load float, ptr %1474, align 4
  %1476 = insertelement <16 x float> poison, float %1475, i64 0
  %1477 = shufflevector <16 x float> %1476, <16 x float> poison, <16 x i32> zeroinitializer
  %1478 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1477, <16 x float> %1433, <16 x float> %acc28.0.lcssa)
  %1479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1477, <16 x float> %1441, <16 x float> %acc29.0.lcssa)
  %1480 = or disjoint i64 %1472, %i38
  %1481 = getelementptr inbounds float, ptr %Gm, i64 %1480
  %1482 = load float, ptr %1481, align 4
  %1483 = insertelement <16 x float> poison, float %1482, i64 0
  %1484 = shufflevector <16 x float> %1483, <16 x float> poison, <16 x i32> zeroinitializer
  %1485 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1484, <16 x float> %1460, <16 x float> %1478)
  %1486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1484, <16 x float> %1468, <16 x float> %1479)
  %1487 = getelementptr inbounds float, ptr %bet, i64 %i39
  %1488 = load float, ptr %1487, align 4
  %1489 = getelementptr inbounds float, ptr %Rr, i64 %1472
  %1490 = load <16 x float>, ptr %1489, align 4
  %1491 = fsub <16 x float> %1490, %1485
  store <16 x float> %1491, ptr %1489, align 4
  %1492 = insertelement <16 x float> poison, float %1488, i64 0
  %1493 = shufflevector <16 x float> %1492, <16 x float> poison, <16 x i32> zeroinitializer
  %1494 = fmul <16 x float> %1493, %1491
  %1495 = getelementptr inbounds float, ptr %Vn, i64 %1472
  store <16 x float> %1494, ptr %1495, align 4
  %.idx2229 = mul nuw nsw i64 %i39, 416
  %1496 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2229
  store <16 x float> %1494, ptr %1496, align 4
  %1497 = or disjoint i64 %1472, 16
  %1498 = getelementptr inbounds float, ptr %Rr, i64 %1497
  %1499 = load <16 x float>, ptr %1498, align 4
  %1500 = fsub <16 x float> %1499, %1486
  store <16 x float> %1500, ptr %1498, align 4
  %1501 = fmul <16 x float> %1493, %1500
  %1502 = getelementptr inbounds float, ptr %Vn, i64 %1497
  store <16 x float> %1501, ptr %1502, align 4
  %1503 = getelementptr inbounds i8, ptr %1496, i64 64
  store <16 x float> %1501, ptr %1503, align 4
  %i40 = or disjoint i64 %i0, 3
  %1504 = shl nuw nsw i64 %i40, 5
  %1505 = or disjoint i64 %1504, %i0
  %1506 = getelementptr inbounds float, ptr %Gm, i64 %1505
  %1507 = load float, ptr %1506, align 4
  %1508 = insertelement <16 x float> poison, float %1507, i64 0
  %1509 = shufflevector <16 x float> %1508, <16 x float> poison, <16 x i32> zeroinitializer
  %1510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1433, <16 x float> %acc30.0.lcssa)
  %1511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1441, <16 x float> %acc31.0.lcssa)
  %1512 = or disjoint i64 %1504, %i38
  %1513 = getelementptr inbounds float, ptr %Gm, i64 %1512
  %1514 = load float, ptr %1513, align 4
  %1515 = insertelement <16 x float> poison, float %1514, i64 0
  %1516 = shufflevector <16 x float> %1515, <16 x float> poison, <16 x i32> zeroinitializer
  %1517 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1516, <16 x float> %1460, <16 x float> %1510)
  %1518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1516, <16 x float> %1468, <16 x float> %1511)
  %1519 = or disjoint i64 %1504, %i39
  %1520 = getelementptr inbounds float, ptr %Gm, i64 %1519
  %1521 = load float, ptr %1520, align 4
  %1522 = insertelement <16 x float> poison, float %1521, i64 0
  %1523 = shufflevector <16 x float> %1522, <16 x float> poison, <16 x i32> zeroinitializer
  %1524 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1523, <16 x float> %1494, <16 x float> %1517)
  %1525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1523, <16 x float> %1501, <16 x float> %1518)
  %1526 = getelementptr inbounds float, ptr %bet, i64 %i40
  %1527 = load float, ptr %1526, align 4
  %1528 = getelementptr inbounds float, ptr %Rr, i64 %1504
  %1529 = load <16 x float>, ptr %1528, align 4
  %1530 = fsub <16 x float> %1529, %1524
  store <16 x float> %1530, ptr %1528, align 4
  %1531 = insertelement <16 x float> poison, float %1527, i64 0
  %1532 = shufflevector <16 x float> %1531, <16 x float> poison, <16 x i32> zeroinitializer
  %1533 = fmul <16 x float> %1532, %1530
  %1534 = getelementptr inbounds float, ptr %Vn, i64 %1504
  store <16 x float> %1533, ptr %1534, align 4
  %.idx2230 = mul nuw nsw i64 %i40, 416
  %1535 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2230
  store <16 x float> %1533, ptr %1535, align 4
  %1536 = or disjoint i64 %1504, 16
  %1537 = getelementptr inbounds float, ptr %Rr, i64 %1536
  %1538 = load <16 x float>, ptr %1537, align 4
  %1539 = fsub <16 x float> %1538, %1525
  store <16 x float> %1539, ptr %1537, align 4
  %1540 = fmul <16 x float> %1532, %1539
  %1541 = getelementptr inbounds float, ptr %Vn, i64 %1536
  store <16 x float> %1540, ptr %1541, align 4
  %1542 = getelementptr inbounds i8, ptr %1535, i64 64
  store <16 x float> %1540, ptr %1542, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02319, 1
  %exitcond2761.not = icmp eq i64 %ib.next, 8
  br i1 %exitcond2761.not, label %j30.head.preheader, label %ib.body

j30.head.preheader:                               ; preds = %j29.exit, %j30.exit
  %1543 = phi i1 [ false, %j30.exit ], [ true, %j29.exit ]
  %i41.addr.02321 = phi i64 [ 16, %j30.exit ], [ 0, %j29.exit ]
  %1544 = shl nuw nsw i64 %i41.addr.02321, 5
  br label %j30.body

j30.body:                                         ; preds = %j30.head.preheader, %j30.body
  %1545 = phi i1 [ true, %j30.head.preheader ], [ false, %j30.body ]
  %j30.addr.02320 = phi i64 [ 0, %j30.head.preheader ], [ 16, %j30.body ]
  %1546 = or disjoint i64 %j30.addr.02320, %1544
  %1547 = getelementptr inbounds float, ptr %Vn, i64 %1546
  %1548 = load <16 x float>, ptr %1547, align 4
  %1549 = or disjoint i64 %1546, 256
  %1550 = getelementptr inbounds float, ptr %Vn, i64 %1549
  %1551 = load <16 x float>, ptr %1550, align 4
  %1552 = or disjoint i64 %1546, 32
  %1553 = getelementptr inbounds float, ptr %Vn, i64 %1552
  %1554 = load <16 x float>, ptr %1553, align 4
  %1555 = or disjoint i64 %1546, 288
  %1556 = getelementptr inbounds float, ptr %Vn, i64 %1555
  %1557 = load <16 x float>, ptr %1556, align 4
  %1558 = or disjoint i64 %1546, 64
  %1559 = getelementptr inbounds float, ptr %Vn, i64 %1558
  %1560 = load <16 x float>, ptr %1559, align 4
  %1561 = or disjoint i64 %1546, 320
  %1562 = getelementptr inbounds float, ptr %Vn, i64 %1561
  %1563 = load <16 x float>, ptr %1562, align 4
  %1564 = or disjoint i64 %1546, 96
  %1565 = getelementptr inbounds float, ptr %Vn, i64 %1564
  %1566 = load <16 x float>, ptr %1565, align 4
  %1567 = or disjoint i64 %1546, 352
  %1568 = getelementptr inbounds float, ptr %Vn, i64 %1567
  %1569 = load <16 x float>, ptr %1568, align 4
  %1570 = or disjoint i64 %1546, 128
  %1571 = getelementptr inbounds float, ptr %Vn, i64 %1570
  %1572 = load <16 x float>, ptr %1571, align 4
  %1573 = or disjoint i64 %1546, 384
  %1574 = getelementptr inbounds float, ptr %Vn, i64 %1573
  %1575 = load <16 x float>, ptr %1574, align 4
  %1576 = or disjoint i64 %1546, 160
  %1577 = getelementptr inbounds float, ptr %Vn, i64 %1576
  %1578 = load <16 x float>, ptr %1577, align 4
  %1579 = or disjoint i64 %1546, 416
  %1580 = getelementptr inbounds float, ptr %Vn, i64 %1579
  %1581 = load <16 x float>, ptr %1580, align 4
  %1582 = or disjoint i64 %1546, 192
  %1583 = getelementptr inbounds float, ptr %Vn, i64 %1582
  %1584 = load <16 x float>, ptr %1583, align 4
  %1585 = or disjoint i64 %1546, 448
  %1586 = getelementptr inbounds float, ptr %Vn, i64 %1585
  %1587 = load <16 x float>, ptr %1586, align 4
  %1588 = or disjoint i64 %1546, 224
  %1589 = getelementptr inbounds float, ptr %Vn, i64 %1588
  %1590 = load <16 x float>, ptr %1589, align 4
  %1591 = or disjoint i64 %1546, 480
  %1592 = getelementptr inbounds float, ptr %Vn, i64 %1591
  %1593 = load <16 x float>, ptr %1592, align 4
  %1594 = shufflevector <16 x float> %1548, <16 x float> %1551, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1595 = shufflevector <16 x float> %1572, <16 x float> %1575, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1596 = shufflevector <16 x float> %1554, <16 x float> %1557, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1597 = shufflevector <16 x float> %1578, <16 x float> %1581, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1598 = shufflevector <16 x float> %1560, <16 x float> %1563, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1599 = shufflevector <16 x float> %1584, <16 x float> %1587, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1600 = shufflevector <16 x float> %1566, <16 x float> %1569, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1601 = shufflevector <16 x float> %1590, <16 x float> %1593, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1602 = shufflevector <16 x float> %1548, <16 x float> %1551, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1603 = shufflevector <16 x float> %1572, <16 x float> %1575, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1604 = shufflevector <16 x float> %1554, <16 x float> %1557, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1605 = shufflevector <16 x float> %1578, <16 x float> %1581, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1606 = shufflevector <16 x float> %1560, <16 x float> %1563, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1607 = shufflevector <16 x float> %1584, <16 x float> %1587, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1608 = shufflevector <16 x float> %1566, <16 x float> %1569, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1609 = shufflevector <16 x float> %1590, <16 x float> %1593, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1610 = shufflevector <16 x float> %1594, <16 x float> %1595, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1611 = shufflevector <16 x float> %1598, <16 x float> %1599, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1612 = shufflevector <16 x float> %1596, <16 x float> %1597, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1613 = shufflevector <16 x float> %1600, <16 x float> %1601, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1614 = shufflevector <16 x float> %1594, <16 x float> %1595, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1615 = shufflevector <16 x float> %1598, <16 x float> %1599, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1616 = shufflevector <16 x float> %1596, <16 x float> %1597, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1617 = shufflevector <16 x float> %1600, <16 x float> %1601, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1618 = shufflevector <16 x float> %1602, <16 x float> %1603, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1619 = shufflevector <16 x float> %1606, <16 x float> %1607, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1620 = shufflevector <16 x float> %1604, <16 x float> %1605, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1621 = shufflevector <16 x float> %1608, <16 x float> %1609, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1622 = shufflevector <16 x float> %1602, <16 x float> %1603, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1623 = shufflevector <16 x float> %1606, <16 x float> %1607, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1624 = shufflevector <16 x float> %1604, <16 x float> %1605, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1625 = shufflevector <16 x float> %1608, <16 x float> %1609, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
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
  %1638 = shufflevector <16 x float> %1622, <16 x float> %1623, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1639 = shufflevector <16 x float> %1624, <16 x float> %1625, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1640 = shufflevector <16 x float> %1622, <16 x float> %1623, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1641 = shufflevector <16 x float> %1624, <16 x float> %1625, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1642 = shufflevector <16 x float> %1626, <16 x float> %1627, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1643 = shl nuw nsw i64 %j30.addr.02320, 5
  %1644 = or disjoint i64 %1643, %i41.addr.02321
  %1645 = getelementptr inbounds float, ptr %VnT, i64 %1644
  store <16 x float> %1642, ptr %1645, align 4
  %1646 = shufflevector <16 x float> %1626, <16 x float> %1627, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1647 = or disjoint i64 %1644, 32
  %1648 = getelementptr inbounds float, ptr %VnT, i64 %1647
  store <16 x float> %1646, ptr %1648, align 4
  %1649 = shufflevector <16 x float> %1628, <16 x float> %1629, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1650 = or disjoint i64 %1644, 64
  %1651 = getelementptr inbounds float, ptr %VnT, i64 %1650
  store <16 x float> %1649, ptr %1651, align 4
  %1652 = shufflevector <16 x float> %1628, <16 x float> %1629, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1653 = or disjoint i64 %1644, 96
  %1654 = getelementptr inbounds float, ptr %VnT, i64 %1653
  store <16 x float> %1652, ptr %1654, align 4
  %1655 = shufflevector <16 x float> %1630, <16 x float> %1631, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1656 = or disjoint i64 %1644, 128
  %1657 = getelementptr inbounds float, ptr %VnT, i64 %1656
  store <16 x float> %1655, ptr %1657, align 4
  %1658 = shufflevector <16 x float> %1630, <16 x float> %1631, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1659 = or disjoint i64 %1644, 160
  %1660 = getelementptr inbounds float, ptr %VnT, i64 %1659
  store <16 x float> %1658, ptr %1660, align 4
  %1661 = shufflevector <16 x float> %1632, <16 x float> %1633, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1662 = or disjoint i64 %1644, 192
  %1663 = getelementptr inbounds float, ptr %VnT, i64 %1662
  store <16 x float> %1661, ptr %1663, align 4
  %1664 = shufflevector <16 x float> %1632, <16 x float> %1633, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1665 = or disjoint i64 %1644, 224
  %1666 = getelementptr inbounds float, ptr %VnT, i64 %1665
  store <16 x float> %1664, ptr %1666, align 4
  %1667 = shufflevector <16 x float> %1634, <16 x float> %1635, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1668 = or disjoint i64 %1644, 256
  %1669 = getelementptr inbounds float, ptr %VnT, i64 %1668
  store <16 x float> %1667, ptr %1669, align 4
  %1670 = shufflevector <16 x float> %1634, <16 x float> %1635, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1671 = or disjoint i64 %1644, 288
  %1672 = getelementptr inbounds float, ptr %VnT, i64 %1671
  store <16 x float> %1670, ptr %1672, align 4
  %1673 = shufflevector <16 x float> %1636, <16 x float> %1637, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1674 = or disjoint i64 %1644, 320
  %1675 = getelementptr inbounds float, ptr %VnT, i64 %1674
  store <16 x float> %1673, ptr %1675, align 4
  %1676 = shufflevector <16 x float> %1636, <16 x float> %1637, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1677 = or disjoint i64 %1644, 352
  %1678 = getelementptr inbounds float, ptr %VnT, i64 %1677
  store <16 x float> %1676, ptr %1678, align 4
  %1679 = shufflevector <16 x float> %1638, <16 x float> %1639, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1680 = or disjoint i64 %1644, 384
  %1681 = getelementptr inbounds float, ptr %VnT, i64 %1680
  store <16 x float> %1679, ptr %1681, align 4
  %1682 = shufflevector <16 x float> %1638, <16 x float> %1639, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1683 = or disjoint i64 %1644, 416
  %1684 = getelementptr inbounds float, ptr %VnT, i64 %1683
  store <16 x float> %1682, ptr %1684, align 4
  %1685 = shufflevector <16 x float> %1640, <16 x float> %1641, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1686 = or disjoint i64 %1644, 448
  %1687 = getelementptr inbounds float, ptr %VnT, i64 %1686
  store <16 x float> %1685, ptr %1687, align 4
  %1688 = shufflevector <16 x float> %1640, <16 x float> %1641, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1689 = or disjoint i64 %1644, 480
  %1690 = getelementptr inbounds float, ptr %VnT, i64 %1689
  store <16 x float> %1688, ptr %1690, align 4
  br i1 %1545, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body
  br i1 %1543, label %j30.head.preheader, label %p8.body

p8.body:                                          ; preds = %j30.exit, %p8.body
  %acc32.02330 = phi <8 x float> [ %1741, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc33.02329 = phi <8 x float> [ %1746, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc34.02328 = phi <8 x float> [ %1751, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc35.02327 = phi <8 x float> [ %1756, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc36.02326 = phi <8 x float> [ %1761, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc37.02325 = phi <8 x float> [ %1766, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc38.02324 = phi <8 x float> [ %1771, %p8.body ], [ zeroinitializer, %j30.exit ]
  %acc39.02323 = phi <8 x float> [ %1776, %p8.body ], [ zeroinitializer, %j30.exit ]
  %p8.addr.02322 = phi i64 [ %p8.next.13472, %p8.body ], [ 0, %j30.exit ]
  %.idx2204 = shl nuw nsw i64 %p8.addr.02322, 5
  %1691 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2204
  %1692 = load <8 x float>, ptr %1691, align 4
  %1693 = getelementptr inbounds float, ptr %Bk, i64 %p8.addr.02322
  %1694 = getelementptr inbounds i8, ptr %1693, i64 9216
  %1695 = load float, ptr %1694, align 4
  %1696 = insertelement <8 x float> poison, float %1695, i64 0
  %1697 = shufflevector <8 x float> %1696, <8 x float> poison, <8 x i32> zeroinitializer
  %1698 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1697, <8 x float> %1692, <8 x float> %acc32.02330)
  %1699 = getelementptr inbounds i8, ptr %1693, i64 9344
  %1700 = load float, ptr %1699, align 4
  %1701 = insertelement <8 x float> poison, float %1700, i64 0
  %1702 = shufflevector <8 x float> %1701, <8 x float> poison, <8 x i32> zeroinitializer
  %1703 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1702, <8 x float> %1692, <8 x float> %acc33.02329)
  %1704 = getelementptr inbounds i8, ptr %1693, i64 9472
  %1705 = load float, ptr %1704, align 4
  %1706 = insertelement <8 x float> poison, float %1705, i64 0
  %1707 = shufflevector <8 x float> %1706, <8 x float> poison, <8 x i32> zeroinitializer
  %1708 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1707, <8 x float> %1692, <8 x float> %acc34.02328)
  %1709 = getelementptr inbounds i8, ptr %1693, i64 9600
  %1710 = load float, ptr %1709, align 4
  %1711 = insertelement <8 x float> poison, float %1710, i64 0
  %1712 = shufflevector <8 x float> %1711, <8 x float> poison, <8 x i32> zeroinitializer
  %1713 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1712, <8 x float> %1692, <8 x float> %acc35.02327)
  %1714 = getelementptr inbounds i8, ptr %1693, i64 9728
  %1715 = load float, ptr %1714, align 4
  %1716 = insertelement <8 x float> poison, float %1715, i64 0
  %1717 = shufflevector <8 x float> %1716, <8 x float> poison, <8 x i32> zeroinitializer
  %1718 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1717, <8 x float> %1692, <8 x float> %acc36.02326)
  %1719 = getelementptr inbounds i8, ptr %1693, i64 9856
  %1720 = load float, ptr %1719, align 4
  %1721 = insertelement <8 x float> poison, float %1720, i64 0
  %1722 = shufflevector <8 x float> %1721, <8 x float> poison, <8 x i32> zeroinitializer
  %1723 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1722, <8 x float> %1692, <8 x float> %acc37.02325)
  %1724 = getelementptr inbounds i8, ptr %1693, i64 9984
  %1725 = load float, ptr %1724, align 4
  %1726 = insertelement <8 x float> poison, float %1725, i64 0
  %1727 = shufflevector <8 x float> %1726, <8 x float> poison, <8 x i32> zeroinitializer
  %1728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1727, <8 x float> %1692, <8 x float> %acc38.02324)
  %1729 = getelementptr inbounds i8, ptr %1693, i64 10112
  %1730 = load float, ptr %1729, align 4
  %1731 = insertelement <8 x float> poison, float %1730, i64 0
  %1732 = shufflevector <8 x float> %1731, <8 x float> poison, <8 x i32> zeroinitializer
  %1733 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1732, <8 x float> %1692, <8 x float> %acc39.02323)
  %p8.next = or disjoint i64 %p8.addr.02322, 1
  %.idx2204.13471 = shl nuw nsw i64 %p8.next, 5
  %1734 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2204.13471
  %1735 = load <8 x float>, ptr %1734, align 4
  %1736 = getelementptr inbounds float, ptr %Bk, i64 %p8.next
  %1737 = getelementptr inbounds i8, ptr %1736, i64 9216
  %1738 = load float, ptr %1737, align 4
  %1739 = insertelement <8 x float> poison, float %1738, i64 0
  %1740 = shufflevector <8 x float> %1739, <8 x float> poison, <8 x i32> zeroinitializer
  %1741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1740, <8 x float> %1735, <8 x float> %1698)
  %1742 = getelementptr inbounds i8, ptr %1736, i64 9344
  %1743 = load float, ptr %1742, align 4
  %1744 = insertelement <8 x float> poison, float %1743, i64 0
  %1745 = shufflevector <8 x float> %1744, <8 x float> poison, <8 x i32> zeroinitializer
  %1746 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1745, <8 x float> %1735, <8 x float> %1703)
  %1747 = getelementptr inbounds i8, ptr %1736, i64 9472
  %1748 = load float, ptr %1747, align 4
  %1749 = insertelement <8 x float> poison, float %1748, i64 0
  %1750 = shufflevector <8 x float> %1749, <8 x float> poison, <8 x i32> zeroinitializer
  %1751 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1750, <8 x float> %1735, <8 x float> %1708)
  %1752 = getelementptr inbounds i8, ptr %1736, i64 9600
  %1753 = load float, ptr %1752, align 4
  %1754 = insertelement <8 x float> poison, float %1753, i64 0
  %1755 = shufflevector <8 x float> %1754, <8 x float> poison, <8 x i32> zeroinitializer
  %1756 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1755, <8 x float> %1735, <8 x float> %1713)
  %1757 = getelementptr inbounds i8, ptr %1736, i64 9728
  %1758 = load float, ptr %1757, align 4
  %1759 = insertelement <8 x float> poison, float %1758, i64 0
  %1760 = shufflevector <8 x float> %1759, <8 x float> poison, <8 x i32> zeroinitializer
  %1761 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1760, <8 x float> %1735, <8 x float> %1718)
  %1762 = getelementptr inbounds i8, ptr %1736, i64 9856
  %1763 = load float, ptr %1762, align 4
  %1764 = insertelement <8 x float> poison, float %1763, i64 0
  %1765 = shufflevector <8 x float> %1764, <8 x float> poison, <8 x i32> zeroinitializer
  %1766 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1765, <8 x float> %1735, <8 x float> %1723)
  %1767 = getelementptr inbounds i8, ptr %1736, i64 9984
  %1768 = load float, ptr %1767, align 4
  %1769 = insertelement <8 x float> poison, float %1768, i64 0
  %1770 = shufflevector <8 x float> %1769, <8 x float> poison, <8 x i32> zeroinitializer
  %1771 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1770, <8 x float> %1735, <8 x float> %1728)
  %1772 = getelementptr inbounds i8, ptr %1736, i64 10112
  %1773 = load float, ptr %1772, align 4
  %1774 = insertelement <8 x float> poison, float %1773, i64 0
  %1775 = shufflevector <8 x float> %1774, <8 x float> poison, <8 x i32> zeroinitializer
  %1776 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1775, <8 x float> %1735, <8 x float> %1733)
  %p8.next.13472 = add nuw nsw i64 %p8.addr.02322, 2
  %exitcond2762.not.1 = icmp eq i64 %p8.next.13472, 32
  br i1 %exitcond2762.not.1, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  store <8 x float> %1741, ptr %PT, align 4
  store <8 x float> %1746, ptr %178, align 4
  store <8 x float> %1751, ptr %179, align 4
  store <8 x float> %1756, ptr %180, align 4
  store <8 x float> %1761, ptr %181, align 4
  store <8 x float> %1766, ptr %182, align 4
  store <8 x float> %1771, ptr %183, align 4
  store <8 x float> %1776, ptr %184, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %acc32.02330.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1827, %p8.body.1 ]
  %acc33.02329.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1832, %p8.body.1 ]
  %acc34.02328.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1837, %p8.body.1 ]
  %acc35.02327.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1842, %p8.body.1 ]
  %acc36.02326.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1847, %p8.body.1 ]
  %acc37.02325.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1852, %p8.body.1 ]
  %acc38.02324.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1857, %p8.body.1 ]
  %acc39.02323.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1862, %p8.body.1 ]
  %p8.addr.02322.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1.1, %p8.body.1 ]
  %.idx2204.1 = shl nuw nsw i64 %p8.addr.02322.1, 5
  %1777 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2204.1
  %1778 = load <8 x float>, ptr %1777, align 4
  %1779 = getelementptr inbounds float, ptr %Bk, i64 %p8.addr.02322.1
  %1780 = getelementptr inbounds i8, ptr %1779, i64 10240
  %1781 = load float, ptr %1780, align 4
  %1782 = insertelement <8 x float> poison, float %1781, i64 0
  %1783 = shufflevector <8 x float> %1782, <8 x float> poison, <8 x i32> zeroinitializer
  %1784 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1783, <8 x float> %1778, <8 x float> %acc32.02330.1)
  %1785 = getelementptr inbounds i8, ptr %1779, i64 10368
  %1786 = load float, ptr %1785, align 4
  %1787 = insertelement <8 x float> poison, float %1786, i64 0
  %1788 = shufflevector <8 x float> %1787, <8 x float> poison, <8 x i32> zeroinitializer
  %1789 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1788, <8 x float> %1778, <8 x float> %acc33.02329.1)
  %1790 = getelementptr inbounds i8, ptr %1779, i64 10496
  %1791 = load float, ptr %1790, align 4
  %1792 = insertelement <8 x float> poison, float %1791, i64 0
  %1793 = shufflevector <8 x float> %1792, <8 x float> poison, <8 x i32> zeroinitializer
  %1794 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1793, <8 x float> %1778, <8 x float> %acc34.02328.1)
  %1795 = getelementptr inbounds i8, ptr %1779, i64 10624
  %1796 = load float, ptr %1795, align 4
  %1797 = insertelement <8 x float> poison, float %1796, i64 0
  %1798 = shufflevector <8 x float> %1797, <8 x float> poison, <8 x i32> zeroinitializer
  %1799 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1798, <8 x float> %1778, <8 x float> %acc35.02327.1)
  %1800 = getelementptr inbounds i8, ptr %1779, i64 10752
  %1801 = load float, ptr %1800, align 4
  %1802 = insertelement <8 x float> poison, float %1801, i64 0
  %1803 = shufflevector <8 x float> %1802, <8 x float> poison, <8 x i32> zeroinitializer
  %1804 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1803, <8 x float> %1778, <8 x float> %acc36.02326.1)
  %1805 = getelementptr inbounds i8, ptr %1779, i64 10880
  %1806 = load float, ptr %1805, align 4
  %1807 = insertelement <8 x float> poison, float %1806, i64 0
  %1808 = shufflevector <8 x float> %1807, <8 x float> poison, <8 x i32> zeroinitializer
  %1809 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1808, <8 x float> %1778, <8 x float> %acc37.02325.1)
  %1810 = getelementptr inbounds i8, ptr %1779, i64 11008
  %1811 = load float, ptr %1810, align 4
  %1812 = insertelement <8 x float> poison, float %1811, i64 0
  %1813 = shufflevector <8 x float> %1812, <8 x float> poison, <8 x i32> zeroinitializer
  %1814 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1813, <8 x float> %1778, <8 x float> %acc38.02324.1)
  %1815 = getelementptr inbounds i8, ptr %1779, i64 11136
  %1816 = load float, ptr %1815, align 4
  %1817 = insertelement <8 x float> poison, float %1816, i64 0
  %1818 = shufflevector <8 x float> %1817, <8 x float> poison, <8 x i32> zeroinitializer
  %1819 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1818, <8 x float> %1778, <8 x float> %acc39.02323.1)
  %p8.next.1 = or disjoint i64 %p8.addr.02322.1, 1
  %.idx2204.1.1 = shl nuw nsw i64 %p8.next.1, 5
  %1820 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2204.1.1
  %1821 = load <8 x float>, ptr %1820, align 4
  %1822 = getelementptr inbounds float, ptr %Bk, i64 %p8.next.1
  %1823 = getelementptr inbounds i8, ptr %1822, i64 10240
  %1824 = load float, ptr %1823, align 4
  %1825 = insertelement <8 x float> poison, float %1824, i64 0
  %1826 = shufflevector <8 x float> %1825, <8 x float> poison, <8 x i32> zeroinitializer
  %1827 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1826, <8 x float> %1821, <8 x float> %1784)
  %1828 = getelementptr inbounds i8, ptr %1822, i64 10368
  %1829 = load float, ptr %1828, align 4
  %1830 = insertelement <8 x float> poison, float %1829, i64 0
  %1831 = shufflevector <8 x float> %1830, <8 x float> poison, <8 x i32> zeroinitializer
  %1832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1831, <8 x float> %1821, <8 x float> %1789)
  %1833 = getelementptr inbounds i8, ptr %1822, i64 10496
  %1834 = load float, ptr %1833, align 4
  %1835 = insertelement <8 x float> poison, float %1834, i64 0
  %1836 = shufflevector <8 x float> %1835, <8 x float> poison, <8 x i32> zeroinitializer
  %1837 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1836, <8 x float> %1821, <8 x float> %1794)
  %1838 = getelementptr inbounds i8, ptr %1822, i64 10624
  %1839 = load float, ptr %1838, align 4
  %1840 = insertelement <8 x float> poison, float %1839, i64 0
  %1841 = shufflevector <8 x float> %1840, <8 x float> poison, <8 x i32> zeroinitializer
  %1842 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1841, <8 x float> %1821, <8 x float> %1799)
  %1843 = getelementptr inbounds i8, ptr %1822, i64 10752
  %1844 = load float, ptr %1843, align 4
  %1845 = insertelement <8 x float> poison, float %1844, i64 0
  %1846 = shufflevector <8 x float> %1845, <8 x float> poison, <8 x i32> zeroinitializer
  %1847 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1846, <8 x float> %1821, <8 x float> %1804)
  %1848 = getelementptr inbounds i8, ptr %1822, i64 10880
  %1849 = load float, ptr %1848, align 4
  %1850 = insertelement <8 x float> poison, float %1849, i64 0
  %1851 = shufflevector <8 x float> %1850, <8 x float> poison, <8 x i32> zeroinitializer
  %1852 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1851, <8 x float> %1821, <8 x float> %1809)
  %1853 = getelementptr inbounds i8, ptr %1822, i64 11008
  %1854 = load float, ptr %1853, align 4
  %1855 = insertelement <8 x float> poison, float %1854, i64 0
  %1856 = shufflevector <8 x float> %1855, <8 x float> poison, <8 x i32> zeroinitializer
  %1857 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1856, <8 x float> %1821, <8 x float> %1814)
  %1858 = getelementptr inbounds i8, ptr %1822, i64 11136
  %1859 = load float, ptr %1858, align 4
  %1860 = insertelement <8 x float> poison, float %1859, i64 0
  %1861 = shufflevector <8 x float> %1860, <8 x float> poison, <8 x i32> zeroinitializer
  %1862 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1861, <8 x float> %1821, <8 x float> %1819)
  %p8.next.1.1 = add nuw nsw i64 %p8.addr.02322.1, 2
  %exitcond2762.1.not.1 = icmp eq i64 %p8.next.1.1, 32
  br i1 %exitcond2762.1.not.1, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  store <8 x float> %1827, ptr %185, align 4
  store <8 x float> %1832, ptr %186, align 4
  store <8 x float> %1837, ptr %187, align 4
  store <8 x float> %1842, ptr %188, align 4
  store <8 x float> %1847, ptr %189, align 4
  store <8 x float> %1852, ptr %190, align 4
  store <8 x float> %1857, ptr %191, align 4
  store <8 x float> %1862, ptr %192, align 4
  br label %p8.body.2

p8.body.2:                                        ; preds = %p8.body.2, %p8.exit.1
  %acc32.02330.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1913, %p8.body.2 ]
  %acc33.02329.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1918, %p8.body.2 ]
  %acc34.02328.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1923, %p8.body.2 ]
  %acc35.02327.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1928, %p8.body.2 ]
  %acc36.02326.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1933, %p8.body.2 ]
  %acc37.02325.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1938, %p8.body.2 ]
  %acc38.02324.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1943, %p8.body.2 ]
  %acc39.02323.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1948, %p8.body.2 ]
  %p8.addr.02322.2 = phi i64 [ 0, %p8.exit.1 ], [ %p8.next.2.1, %p8.body.2 ]
  %.idx2204.2 = shl nuw nsw i64 %p8.addr.02322.2, 5
  %1863 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2204.2
  %1864 = load <8 x float>, ptr %1863, align 4
  %1865 = getelementptr inbounds float, ptr %Bk, i64 %p8.addr.02322.2
  %1866 = getelementptr inbounds i8, ptr %1865, i64 11264
  %1867 = load float, ptr %1866, align 4
  %1868 = insertelement <8 x float> poison, float %1867, i64 0
  %1869 = shufflevector <8 x float> %1868, <8 x float> poison, <8 x i32> zeroinitializer
  %1870 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1869, <8 x float> %1864, <8 x float> %acc32.02330.2)
  %1871 = getelementptr inbounds i8, ptr %1865, i64 11392
  %1872 = load float, ptr %1871, align 4
  %1873 = insertelement <8 x float> poison, float %1872, i64 0
  %1874 = shufflevector <8 x float> %1873, <8 x float> poison, <8 x i32> zeroinitializer
  %1875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1874, <8 x float> %1864, <8 x float> %acc33.02329.2)
  %1876 = getelementptr inbounds i8, ptr %1865, i64 11520
  %1877 = load float, ptr %1876, align 4
  %1878 = insertelement <8 x float> poison, float %1877, i64 0
  %1879 = shufflevector <8 x float> %1878, <8 x float> poison, <8 x i32> zeroinitializer
  %1880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1879, <8 x float> %1864, <8 x float> %acc34.02328.2)
  %1881 = getelementptr inbounds i8, ptr %1865, i64 11648
  %1882 = load float, ptr %1881, align 4
  %1883 = insertelement <8 x float> poison, float %1882, i64 0
  %1884 = shufflevector <8 x float> %1883, <8 x float> poison, <8 x i32> zeroinitializer
  %1885 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1884, <8 x float> %1864, <8 x float> %acc35.02327.2)
  %1886 = getelementptr inbounds i8, ptr %1865, i64 11776
  %1887 = load float, ptr %1886, align 4
  %1888 = insertelement <8 x float> poison, float %1887, i64 0
  %1889 = shufflevector <8 x float> %1888, <8 x float> poison, <8 x i32> zeroinitializer
  %1890 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1889, <8 x float> %1864, <8 x float> %acc36.02326.2)
  %1891 = getelementptr inbounds i8, ptr %1865, i64 11904
  %1892 = load float, ptr %1891, align 4
  %1893 = insertelement <8 x float> poison, float %1892, i64 0
  %1894 = shufflevector <8 x float> %1893, <8 x float> poison, <8 x i32> zeroinitializer
  %1895 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1894, <8 x float> %1864, <8 x float> %acc37.02325.2)
  %1896 = getelementptr inbounds i8, ptr %1865, i64 12032
  %1897 = load float, ptr %1896, align 4
  %1898 = insertelement <8 x float> poison, float %1897, i64 0
  %1899 = shufflevector <8 x float> %1898, <8 x float> poison, <8 x i32> zeroinitializer
  %1900 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1899, <8 x float> %1864, <8 x float> %acc38.02324.2)
  %1901 = getelementptr inbounds i8, ptr %1865, i64 12160
  %1902 = load float, ptr %1901, align 4
  %1903 = insertelement <8 x float> poison, float %1902, i64 0
  %1904 = shufflevector <8 x float> %1903, <8 x float> poison, <8 x i32> zeroinitializer
  %1905 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1904, <8 x float> %1864, <8 x float> %acc39.02323.2)
  %p8.next.2 = or disjoint i64 %p8.addr.02322.2, 1
  %.idx2204.2.1 = shl nuw nsw i64 %p8.next.2, 5
  %1906 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2204.2.1
  %1907 = load <8 x float>, ptr %1906, align 4
  %1908 = getelementptr inbounds float, ptr %Bk, i64 %p8.next.2
  %1909 = getelementptr inbounds i8, ptr %1908, i64 11264
  %1910 = load float, ptr %1909, align 4
  %1911 = insertelement <8 x float> poison, float %1910, i64 0
  %1912 = shufflevector <8 x float> %1911, <8 x float> poison, <8 x i32> zeroinitializer
  %1913 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1912, <8 x float> %1907, <8 x float> %1870)
  %1914 = getelementptr inbounds i8, ptr %1908, i64 11392
  %1915 = load float, ptr %1914, align 4
  %1916 = insertelement <8 x float> poison, float %1915, i64 0
  %1917 = shufflevector <8 x float> %1916, <8 x float> poison, <8 x i32> zeroinitializer
  %1918 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1917, <8 x float> %1907, <8 x float> %1875)
  %1919 = getelementptr inbounds i8, ptr %1908, i64 11520
  %1920 = load float, ptr %1919, align 4
  %1921 = insertelement <8 x float> poison, float %1920, i64 0
  %1922 = shufflevector <8 x float> %1921, <8 x float> poison, <8 x i32> zeroinitializer
  %1923 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1922, <8 x float> %1907, <8 x float> %1880)
  %1924 = getelementptr inbounds i8, ptr %1908, i64 11648
  %1925 = load float, ptr %1924, align 4
  %1926 = insertelement <8 x float> poison, float %1925, i64 0
  %1927 = shufflevector <8 x float> %1926, <8 x float> poison, <8 x i32> zeroinitializer
  %1928 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1927, <8 x float> %1907, <8 x float> %1885)
  %1929 = getelementptr inbounds i8, ptr %1908, i64 11776
  %1930 = load float, ptr %1929, align 4
  %1931 = insertelement <8 x float> poison, float %1930, i64 0
  %1932 = shufflevector <8 x float> %1931, <8 x float> poison, <8 x i32> zeroinitializer
  %1933 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1932, <8 x float> %1907, <8 x float> %1890)
  %1934 = getelementptr inbounds i8, ptr %1908, i64 11904
  %1935 = load float, ptr %1934, align 4
  %1936 = insertelement <8 x float> poison, float %1935, i64 0
  %1937 = shufflevector <8 x float> %1936, <8 x float> poison, <8 x i32> zeroinitializer
  %1938 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1937, <8 x float> %1907, <8 x float> %1895)
  %1939 = getelementptr inbounds i8, ptr %1908, i64 12032
  %1940 = load float, ptr %1939, align 4
  %1941 = insertelement <8 x float> poison, float %1940, i64 0
  %1942 = shufflevector <8 x float> %1941, <8 x float> poison, <8 x i32> zeroinitializer
  %1943 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1942, <8 x float> %1907, <8 x float> %1900)
  %1944 = getelementptr inbounds i8, ptr %1908, i64 12160
  %1945 = load float, ptr %1944, align 4
  %1946 = insertelement <8 x float> poison, float %1945, i64 0
  %1947 = shufflevector <8 x float> %1946, <8 x float> poison, <8 x i32> zeroinitializer
  %1948 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1947, <8 x float> %1907, <8 x float> %1905)
  %p8.next.2.1 = add nuw nsw i64 %p8.addr.02322.2, 2
  %exitcond2762.2.not.1 = icmp eq i64 %p8.next.2.1, 32
  br i1 %exitcond2762.2.not.1, label %p8.exit.2, label %p8.body.2

p8.exit.2:                                        ; preds = %p8.body.2
  store <8 x float> %1913, ptr %193, align 4
  store <8 x float> %1918, ptr %194, align 4
  store <8 x float> %1923, ptr %195, align 4
  store <8 x float> %1928, ptr %196, align 4
  store <8 x float> %1933, ptr %197, align 4
  store <8 x float> %1938, ptr %198, align 4
  store <8 x float> %1943, ptr %199, align 4
  store <8 x float> %1948, ptr %200, align 4
  br label %p8.body.3

p8.body.3:                                        ; preds = %p8.body.3, %p8.exit.2
  %acc32.02330.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1999, %p8.body.3 ]
  %acc33.02329.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2004, %p8.body.3 ]
  %acc34.02328.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2009, %p8.body.3 ]
  %acc35.02327.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2014, %p8.body.3 ]
  %acc36.02326.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2019, %p8.body.3 ]
  %acc37.02325.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2024, %p8.body.3 ]
  %acc38.02324.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2029, %p8.body.3 ]
  %acc39.02323.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2034, %p8.body.3 ]
  %p8.addr.02322.3 = phi i64 [ 0, %p8.exit.2 ], [ %p8.next.3.1, %p8.body.3 ]
  %.idx2204.3 = shl nuw nsw i64 %p8.addr.02322.3, 5
  %1949 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2204.3
  %1950 = load <8 x float>, ptr %1949, align 4
  %1951 = getelementptr inbounds float, ptr %Bk, i64 %p8.addr.02322.3
  %1952 = getelementptr inbounds i8, ptr %1951, i64 12288
  %1953 = load float, ptr %1952, align 4
  %1954 = insertelement <8 x float> poison, float %1953, i64 0
  %1955 = shufflevector <8 x float> %1954, <8 x float> poison, <8 x i32> zeroinitializer
  %1956 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1955, <8 x float> %1950, <8 x float> %acc32.02330.3)
  %1957 = getelementptr inbounds i8, ptr %1951, i64 12416
  %1958 = load float, ptr %1957, align 4
  %1959 = insertelement <8 x float> poison, float %1958, i64 0
  %1960 = shufflevector <8 x float> %1959, <8 x float> poison, <8 x i32> zeroinitializer
  %1961 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1960, <8 x float> %1950, <8 x float> %acc33.02329.3)
  %1962 = getelementptr inbounds i8, ptr %1951, i64 12544
  %1963 = load float, ptr %1962, align 4
  %1964 = insertelement <8 x float> poison, float %1963, i64 0
  %1965 = shufflevector <8 x float> %1964, <8 x float> poison, <8 x i32> zeroinitializer
  %1966 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1965, <8 x float> %1950, <8 x float> %acc34.02328.3)
  %1967 = getelementptr inbounds i8, ptr %1951, i64 12672
  %1968 = load float, ptr %1967, align 4
  %1969 = insertelement <8 x float> poison, float %1968, i64 0
  %1970 = shufflevector <8 x float> %1969, <8 x float> poison, <8 x i32> zeroinitializer
  %1971 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1970, <8 x float> %1950, <8 x float> %acc35.02327.3)
  %1972 = getelementptr inbounds i8, ptr %1951, i64 12800
  %1973 = load float, ptr %1972, align 4
  %1974 = insertelement <8 x float> poison, float %1973, i64 0
  %1975 = shufflevector <8 x float> %1974, <8 x float> poison, <8 x i32> zeroinitializer
  %1976 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1975, <8 x float> %1950, <8 x float> %acc36.02326.3)
  %1977 = getelementptr inbounds i8, ptr %1951, i64 12928
  %1978 = load float, ptr %1977, align 4
  %1979 = insertelement <8 x float> poison, float %1978, i64 0
  %1980 = shufflevector <8 x float> %1979, <8 x float> poison, <8 x i32> zeroinitializer
  %1981 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1980, <8 x float> %1950, <8 x float> %acc37.02325.3)
  %1982 = getelementptr inbounds i8, ptr %1951, i64 13056
  %1983 = load float, ptr %1982, align 4
  %1984 = insertelement <8 x float> poison, float %1983, i64 0
  %1985 = shufflevector <8 x float> %1984, <8 x float> poison, <8 x i32> zeroinitializer
  %1986 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1985, <8 x float> %1950, <8 x float> %acc38.02324.3)
  %1987 = getelementptr inbounds i8, ptr %1951, i64 13184
  %1988 = load float, ptr %1987, align 4
  %1989 = insertelement <8 x float> poison, float %1988, i64 0
  %1990 = shufflevector <8 x float> %1989, <8 x float> poison, <8 x i32> zeroinitializer
  %1991 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1990, <8 x float> %1950, <8 x float> %acc39.02323.3)
  %p8.next.3 = or disjoint i64 %p8.addr.02322.3, 1
  %.idx2204.3.1 = shl nuw nsw i64 %p8.next.3, 5
  %1992 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2204.3.1
  %1993 = load <8 x float>, ptr %1992, align 4
  %1994 = getelementptr inbounds float, ptr %Bk, i64 %p8.next.3
  %1995 = getelementptr inbounds i8, ptr %1994, i64 12288
  %1996 = load float, ptr %1995, align 4
  %1997 = insertelement <8 x float> poison, float %1996, i64 0
  %1998 = shufflevector <8 x float> %1997, <8 x float> poison, <8 x i32> zeroinitializer
  %1999 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1998, <8 x float> %1993, <8 x float> %1956)
  %2000 = getelementptr inbounds i8, ptr %1994, i64 12416
  %2001 = load float, ptr %2000, align 4
  %2002 = insertelement <8 x float> poison, float %2001, i64 0
  %2003 = shufflevector <8 x float> %2002, <8 x float> poison, <8 x i32> zeroinitializer
  %2004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2003, <8 x float> %1993, <8 x float> %1961)
  %2005 = getelementptr inbounds i8, ptr %1994, i64 12544
  %2006 = load float, ptr %2005, align 4
  %2007 = insertelement <8 x float> poison, float %2006, i64 0
  %2008 = shufflevector <8 x float> %2007, <8 x float> poison, <8 x i32> zeroinitializer
  %2009 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2008, <8 x float> %1993, <8 x float> %1966)
  %2010 = getelementptr inbounds i8, ptr %1994, i64 12672
  %2011 = load float, ptr %2010, align 4
  %2012 = insertelement <8 x float> poison, float %2011, i64 0
  %2013 = shufflevector <8 x float> %2012, <8 x float> poison, <8 x i32> zeroinitializer
  %2014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2013, <8 x float> %1993, <8 x float> %1971)
  %2015 = getelementptr inbounds i8, ptr %1994, i64 12800
  %2016 = load float, ptr %2015, align 4
  %2017 = insertelement <8 x float> poison, float %2016, i64 0
  %2018 = shufflevector <8 x float> %2017, <8 x float> poison, <8 x i32> zeroinitializer
  %2019 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2018, <8 x float> %1993, <8 x float> %1976)
  %2020 = getelementptr inbounds i8, ptr %1994, i64 12928
  %2021 = load float, ptr %2020, align 4
  %2022 = insertelement <8 x float> poison, float %2021, i64 0
  %2023 = shufflevector <8 x float> %2022, <8 x float> poison, <8 x i32> zeroinitializer
  %2024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2023, <8 x float> %1993, <8 x float> %1981)
  %2025 = getelementptr inbounds i8, ptr %1994, i64 13056
  %2026 = load float, ptr %2025, align 4
  %2027 = insertelement <8 x float> poison, float %2026, i64 0
  %2028 = shufflevector <8 x float> %2027, <8 x float> poison, <8 x i32> zeroinitializer
  %2029 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2028, <8 x float> %1993, <8 x float> %1986)
  %2030 = getelementptr inbounds i8, ptr %1994, i64 13184
  %2031 = load float, ptr %2030, align 4
  %2032 = insertelement <8 x float> poison, float %2031, i64 0
  %2033 = shufflevector <8 x float> %2032, <8 x float> poison, <8 x i32> zeroinitializer
  %2034 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2033, <8 x float> %1993, <8 x float> %1991)
  %p8.next.3.1 = add nuw nsw i64 %p8.addr.02322.3, 2
  %exitcond2762.3.not.1 = icmp eq i64 %p8.next.3.1, 32
  br i1 %exitcond2762.3.not.1, label %p8.exit.3, label %p8.body.3

p8.exit.3:                                        ; preds = %p8.body.3
  %2035 = load <8 x float>, ptr %M, align 4
  %2036 = fmul <8 x float> %1741, %2035
  store <8 x float> %2036, ptr %PT, align 4
  %2037 = fmul <8 x float> %1746, %2035
  store <8 x float> %2037, ptr %178, align 4
  %2038 = fmul <8 x float> %1751, %2035
  store <8 x float> %2038, ptr %179, align 4
  %2039 = fmul <8 x float> %1756, %2035
  store <8 x float> %2039, ptr %180, align 4
  %2040 = load <8 x float>, ptr %39, align 4
  %2041 = fmul <8 x float> %1761, %2040
  store <8 x float> %2041, ptr %181, align 4
  %2042 = fmul <8 x float> %1766, %2040
  store <8 x float> %2042, ptr %182, align 4
  %2043 = fmul <8 x float> %1771, %2040
  store <8 x float> %2043, ptr %183, align 4
  %2044 = fmul <8 x float> %1776, %2040
  store <8 x float> %2044, ptr %184, align 4
  %2045 = load <8 x float>, ptr %40, align 4
  %2046 = fmul <8 x float> %1827, %2045
  store <8 x float> %2046, ptr %185, align 4
  %2047 = fmul <8 x float> %1832, %2045
  store <8 x float> %2047, ptr %186, align 4
  %2048 = fmul <8 x float> %1837, %2045
  store <8 x float> %2048, ptr %187, align 4
  %2049 = fmul <8 x float> %1842, %2045
  store <8 x float> %2049, ptr %188, align 4
  %2050 = load <8 x float>, ptr %41, align 4
  %2051 = fmul <8 x float> %1847, %2050
  store <8 x float> %2051, ptr %189, align 4
  %2052 = fmul <8 x float> %1852, %2050
  store <8 x float> %2052, ptr %190, align 4
  %2053 = fmul <8 x float> %1857, %2050
  store <8 x float> %2053, ptr %191, align 4
  %2054 = fmul <8 x float> %1862, %2050
  store <8 x float> %2054, ptr %192, align 4
  %2055 = load <8 x float>, ptr %42, align 4
  %2056 = fmul <8 x float> %1913, %2055
  store <8 x float> %2056, ptr %193, align 4
  %2057 = fmul <8 x float> %1918, %2055
  store <8 x float> %2057, ptr %194, align 4
  %2058 = fmul <8 x float> %1923, %2055
  store <8 x float> %2058, ptr %195, align 4
  %2059 = fmul <8 x float> %1928, %2055
  store <8 x float> %2059, ptr %196, align 4
  %2060 = load <8 x float>, ptr %44, align 4
  %2061 = fmul <8 x float> %1933, %2060
  store <8 x float> %2061, ptr %197, align 4
  %2062 = fmul <8 x float> %1938, %2060
  store <8 x float> %2062, ptr %198, align 4
  %2063 = fmul <8 x float> %1943, %2060
  store <8 x float> %2063, ptr %199, align 4
  %2064 = fmul <8 x float> %1948, %2060
  store <8 x float> %2064, ptr %200, align 4
  %2065 = load <8 x float>, ptr %47, align 4
  %2066 = fmul <8 x float> %1999, %2065
  store <8 x float> %2066, ptr %201, align 4
  %2067 = fmul <8 x float> %2004, %2065
  store <8 x float> %2067, ptr %202, align 4
  %2068 = fmul <8 x float> %2009, %2065
  store <8 x float> %2068, ptr %203, align 4
  %2069 = fmul <8 x float> %2014, %2065
  store <8 x float> %2069, ptr %204, align 4
  %2070 = load <8 x float>, ptr %49, align 4
  %2071 = fmul <8 x float> %2019, %2070
  store <8 x float> %2071, ptr %205, align 4
  %2072 = fmul <8 x float> %2024, %2070
  store <8 x float> %2072, ptr %206, align 4
  %2073 = fmul <8 x float> %2029, %2070
  store <8 x float> %2073, ptr %207, align 4
  %2074 = fmul <8 x float> %2034, %2070
  store <8 x float> %2074, ptr %208, align 4
  %2075 = load <16 x float>, ptr %invariant.gep3051, align 4
  store <16 x float> %2075, ptr %invariant.gep3053, align 4
  %2076 = load <16 x float>, ptr %invariant.gep3055, align 4
  store <16 x float> %2076, ptr %invariant.gep3057, align 4
  %2077 = load <16 x float>, ptr %gep3052.1, align 4
  store <16 x float> %2077, ptr %gep3054.1, align 4
  %2078 = load <16 x float>, ptr %gep3056.1, align 4
  store <16 x float> %2078, ptr %gep3058.1, align 4
  %2079 = load <16 x float>, ptr %gep3052.2, align 4
  store <16 x float> %2079, ptr %gep3054.2, align 4
  %2080 = load <16 x float>, ptr %gep3056.2, align 4
  store <16 x float> %2080, ptr %gep3058.2, align 4
  %2081 = load <16 x float>, ptr %gep3052.3, align 4
  store <16 x float> %2081, ptr %gep3054.3, align 4
  %2082 = load <16 x float>, ptr %gep3056.3, align 4
  store <16 x float> %2082, ptr %gep3058.3, align 4
  %2083 = load <16 x float>, ptr %gep3052.4, align 4
  store <16 x float> %2083, ptr %gep3054.4, align 4
  %2084 = load <16 x float>, ptr %gep3056.4, align 4
  store <16 x float> %2084, ptr %gep3058.4, align 4
  %2085 = load <16 x float>, ptr %gep3052.5, align 4
  store <16 x float> %2085, ptr %gep3054.5, align 4
  %2086 = load <16 x float>, ptr %gep3056.5, align 4
  store <16 x float> %2086, ptr %gep3058.5, align 4
  %2087 = load <16 x float>, ptr %gep3052.6, align 4
  store <16 x float> %2087, ptr %gep3054.6, align 4
  %2088 = load <16 x float>, ptr %gep3056.6, align 4
  store <16 x float> %2088, ptr %gep3058.6, align 4
  %2089 = load <16 x float>, ptr %gep3052.7, align 4
  store <16 x float> %2089, ptr %gep3054.7, align 4
  %2090 = load <16 x float>, ptr %gep3056.7, align 4
  store <16 x float> %2090, ptr %gep3058.7, align 4
  %2091 = load <16 x float>, ptr %gep3052.8, align 4
  store <16 x float> %2091, ptr %gep3054.8, align 4
  %2092 = load <16 x float>, ptr %gep3056.8, align 4
  store <16 x float> %2092, ptr %gep3058.8, align 4
  %2093 = load <16 x float>, ptr %gep3052.9, align 4
  store <16 x float> %2093, ptr %gep3054.9, align 4
  %2094 = load <16 x float>, ptr %gep3056.9, align 4
  store <16 x float> %2094, ptr %gep3058.9, align 4
  %2095 = load <16 x float>, ptr %gep3052.10, align 4
  store <16 x float> %2095, ptr %gep3054.10, align 4
  %2096 = load <16 x float>, ptr %gep3056.10, align 4
  store <16 x float> %2096, ptr %gep3058.10, align 4
  %2097 = load <16 x float>, ptr %gep3052.11, align 4
  store <16 x float> %2097, ptr %gep3054.11, align 4
  %2098 = load <16 x float>, ptr %gep3056.11, align 4
  store <16 x float> %2098, ptr %gep3058.11, align 4
  %2099 = load <16 x float>, ptr %gep3052.12, align 4
  store <16 x float> %2099, ptr %gep3054.12, align 4
  %2100 = load <16 x float>, ptr %gep3056.12, align 4
  store <16 x float> %2100, ptr %gep3058.12, align 4
  %2101 = load <16 x float>, ptr %gep3052.13, align 4
  store <16 x float> %2101, ptr %gep3054.13, align 4
  %2102 = load <16 x float>, ptr %gep3056.13, align 4
  store <16 x float> %2102, ptr %gep3058.13, align 4
  %2103 = load <16 x float>, ptr %gep3052.14, align 4
  store <16 x float> %2103, ptr %gep3054.14, align 4
  %2104 = load <16 x float>, ptr %gep3056.14, align 4
  store <16 x float> %2104, ptr %gep3058.14, align 4
  %2105 = load <16 x float>, ptr %gep3052.15, align 4
  store <16 x float> %2105, ptr %gep3054.15, align 4
  %2106 = load <16 x float>, ptr %gep3056.15, align 4
  store <16 x float> %2106, ptr %gep3058.15, align 4
  %2107 = load <16 x float>, ptr %gep3052.16, align 4
  store <16 x float> %2107, ptr %gep3054.16, align 4
  %2108 = load <16 x float>, ptr %gep3056.16, align 4
  store <16 x float> %2108, ptr %gep3058.16, align 4
  %2109 = load <16 x float>, ptr %gep3052.17, align 4
  store <16 x float> %2109, ptr %gep3054.17, align 4
  %2110 = load <16 x float>, ptr %gep3056.17, align 4
  store <16 x float> %2110, ptr %gep3058.17, align 4
  %2111 = load <16 x float>, ptr %gep3052.18, align 4
  store <16 x float> %2111, ptr %gep3054.18, align 4
  %2112 = load <16 x float>, ptr %gep3056.18, align 4
  store <16 x float> %2112, ptr %gep3058.18, align 4
  %2113 = load <16 x float>, ptr %gep3052.19, align 4
  store <16 x float> %2113, ptr %gep3054.19, align 4
  %2114 = load <16 x float>, ptr %gep3056.19, align 4
  store <16 x float> %2114, ptr %gep3058.19, align 4
  %2115 = load <16 x float>, ptr %gep3052.20, align 4
  store <16 x float> %2115, ptr %gep3054.20, align 4
  %2116 = load <16 x float>, ptr %gep3056.20, align 4
  store <16 x float> %2116, ptr %gep3058.20, align 4
  %2117 = load <16 x float>, ptr %gep3052.21, align 4
  store <16 x float> %2117, ptr %gep3054.21, align 4
  %2118 = load <16 x float>, ptr %gep3056.21, align 4
  store <16 x float> %2118, ptr %gep3058.21, align 4
  %2119 = load <16 x float>, ptr %gep3052.22, align 4
  store <16 x float> %2119, ptr %gep3054.22, align 4
  %2120 = load <16 x float>, ptr %gep3056.22, align 4
  store <16 x float> %2120, ptr %gep3058.22, align 4
  %2121 = load <16 x float>, ptr %gep3052.23, align 4
  store <16 x float> %2121, ptr %gep3054.23, align 4
  %2122 = load <16 x float>, ptr %gep3056.23, align 4
  store <16 x float> %2122, ptr %gep3058.23, align 4
  %2123 = load <16 x float>, ptr %gep3052.24, align 4
  store <16 x float> %2123, ptr %gep3054.24, align 4
  %2124 = load <16 x float>, ptr %gep3056.24, align 4
  store <16 x float> %2124, ptr %gep3058.24, align 4
  %2125 = load <16 x float>, ptr %gep3052.25, align 4
  store <16 x float> %2125, ptr %gep3054.25, align 4
  %2126 = load <16 x float>, ptr %gep3056.25, align 4
  store <16 x float> %2126, ptr %gep3058.25, align 4
  %2127 = load <16 x float>, ptr %gep3052.26, align 4
  store <16 x float> %2127, ptr %gep3054.26, align 4
  %2128 = load <16 x float>, ptr %gep3056.26, align 4
  store <16 x float> %2128, ptr %gep3058.26, align 4
  %2129 = load <16 x float>, ptr %gep3052.27, align 4
  store <16 x float> %2129, ptr %gep3054.27, align 4
  %2130 = load <16 x float>, ptr %gep3056.27, align 4
  store <16 x float> %2130, ptr %gep3058.27, align 4
  %2131 = load <16 x float>, ptr %gep3052.28, align 4
  store <16 x float> %2131, ptr %gep3054.28, align 4
  %2132 = load <16 x float>, ptr %gep3056.28, align 4
  store <16 x float> %2132, ptr %gep3058.28, align 4
  %2133 = load <16 x float>, ptr %gep3052.29, align 4
  store <16 x float> %2133, ptr %gep3054.29, align 4
  %2134 = load <16 x float>, ptr %gep3056.29, align 4
  store <16 x float> %2134, ptr %gep3058.29, align 4
  %2135 = load <16 x float>, ptr %gep3052.30, align 4
  store <16 x float> %2135, ptr %gep3054.30, align 4
  %2136 = load <16 x float>, ptr %gep3056.30, align 4
  store <16 x float> %2136, ptr %gep3058.30, align 4
  %2137 = load <16 x float>, ptr %gep3052.31, align 4
  store <16 x float> %2137, ptr %gep3054.31, align 4
  %2138 = load <16 x float>, ptr %gep3056.31, align 4
  store <16 x float> %2138, ptr %gep3058.31, align 4
  br label %i48.body

i48.body:                                         ; preds = %p8.exit.3, %p9.exit
  %i48.addr.02352 = phi i64 [ %i48.next, %p9.exit ], [ 0, %p8.exit.3 ]
  %.idx2221 = shl nuw nsw i64 %i48.addr.02352, 7
  %2139 = getelementptr inbounds i8, ptr %OY, i64 %.idx2221
  %2140 = getelementptr inbounds i8, ptr %2139, i64 1024
  %2141 = load <16 x float>, ptr %2140, align 4
  %2142 = getelementptr inbounds i8, ptr %2139, i64 1088
  %2143 = load <16 x float>, ptr %2142, align 4
  %2144 = or disjoint i64 %i48.addr.02352, 1
  %.idx2222 = shl nuw nsw i64 %2144, 7
  %2145 = getelementptr inbounds i8, ptr %OY, i64 %.idx2222
  %2146 = getelementptr inbounds i8, ptr %2145, i64 1024
  %2147 = load <16 x float>, ptr %2146, align 4
  %2148 = getelementptr inbounds i8, ptr %2145, i64 1088
  %2149 = load <16 x float>, ptr %2148, align 4
  %2150 = or disjoint i64 %i48.addr.02352, 2
  %.idx2223 = shl nuw nsw i64 %2150, 7
  %2151 = getelementptr inbounds i8, ptr %OY, i64 %.idx2223
  %2152 = getelementptr inbounds i8, ptr %2151, i64 1024
  %2153 = load <16 x float>, ptr %2152, align 4
  %2154 = getelementptr inbounds i8, ptr %2151, i64 1088
  %2155 = load <16 x float>, ptr %2154, align 4
  %2156 = or disjoint i64 %i48.addr.02352, 3
  %.idx2224 = shl nuw nsw i64 %2156, 7
  %2157 = getelementptr inbounds i8, ptr %OY, i64 %.idx2224
  %2158 = getelementptr inbounds i8, ptr %2157, i64 1024
  %2159 = load <16 x float>, ptr %2158, align 4
  %2160 = getelementptr inbounds i8, ptr %2157, i64 1088
  %2161 = load <16 x float>, ptr %2160, align 4
  %2162 = or disjoint i64 %i48.addr.02352, 4
  %.idx2225 = shl nuw nsw i64 %2162, 7
  %2163 = getelementptr inbounds i8, ptr %OY, i64 %.idx2225
  %2164 = getelementptr inbounds i8, ptr %2163, i64 1024
  %2165 = load <16 x float>, ptr %2164, align 4
  %2166 = getelementptr inbounds i8, ptr %2163, i64 1088
  %2167 = load <16 x float>, ptr %2166, align 4
  %2168 = or disjoint i64 %i48.addr.02352, 5
  %.idx2226 = shl nuw nsw i64 %2168, 7
  %2169 = getelementptr inbounds i8, ptr %OY, i64 %.idx2226
  %2170 = getelementptr inbounds i8, ptr %2169, i64 1024
  %2171 = load <16 x float>, ptr %2170, align 4
  %2172 = getelementptr inbounds i8, ptr %2169, i64 1088
  %2173 = load <16 x float>, ptr %2172, align 4
  %2174 = or disjoint i64 %i48.addr.02352, 6
  %.idx2227 = shl nuw nsw i64 %2174, 7
  %2175 = getelementptr inbounds i8, ptr %OY, i64 %.idx2227
  %2176 = getelementptr inbounds i8, ptr %2175, i64 1024
  %2177 = load <16 x float>, ptr %2176, align 4
  %2178 = getelementptr inbounds i8, ptr %2175, i64 1088
  %2179 = load <16 x float>, ptr %2178, align 4
  %2180 = or disjoint i64 %i48.addr.02352, 7
  %.idx2228 = shl nuw nsw i64 %2180, 7
  %2181 = getelementptr inbounds i8, ptr %OY, i64 %.idx2228
  %2182 = getelementptr inbounds i8, ptr %2181, i64 1024
  %2183 = load <16 x float>, ptr %2182, align 4
  %2184 = getelementptr inbounds i8, ptr %2181, i64 1088
  %2185 = load <16 x float>, ptr %2184, align 4
  %.idx2542 = shl nsw i64 %i48.addr.02352, 5
  %.idx2543 = shl nsw i64 %2144, 5
  %.idx2544 = shl nsw i64 %2150, 5
  %.idx2545 = shl nsw i64 %2156, 5
  %.idx2546 = shl nsw i64 %2162, 5
  %.idx2547 = shl nsw i64 %2168, 5
  %.idx2548 = shl nsw i64 %2174, 5
  %.idx2549 = shl nsw i64 %2180, 5
  br label %p9.body

p9.body:                                          ; preds = %i48.body, %p9.body
  %acc40.02351 = phi <16 x float> [ %2141, %i48.body ], [ %2197, %p9.body ]
  %acc41.02350 = phi <16 x float> [ %2143, %i48.body ], [ %2198, %p9.body ]
  %acc42.02349 = phi <16 x float> [ %2147, %i48.body ], [ %2203, %p9.body ]
  %acc43.02348 = phi <16 x float> [ %2149, %i48.body ], [ %2204, %p9.body ]
  %acc44.02347 = phi <16 x float> [ %2153, %i48.body ], [ %2209, %p9.body ]
  %p9.addr.02346 = phi i64 [ 0, %i48.body ], [ %p9.next, %p9.body ]
  %acc55.02345 = phi <16 x float> [ %2185, %i48.body ], [ %2240, %p9.body ]
  %acc54.02344 = phi <16 x float> [ %2183, %i48.body ], [ %2239, %p9.body ]
  %acc53.02343 = phi <16 x float> [ %2179, %i48.body ], [ %2234, %p9.body ]
  %acc52.02342 = phi <16 x float> [ %2177, %i48.body ], [ %2233, %p9.body ]
  %acc51.02341 = phi <16 x float> [ %2173, %i48.body ], [ %2228, %p9.body ]
  %acc50.02340 = phi <16 x float> [ %2171, %i48.body ], [ %2227, %p9.body ]
  %acc49.02339 = phi <16 x float> [ %2167, %i48.body ], [ %2222, %p9.body ]
  %acc48.02338 = phi <16 x float> [ %2165, %i48.body ], [ %2221, %p9.body ]
  %acc47.02337 = phi <16 x float> [ %2161, %i48.body ], [ %2216, %p9.body ]
  %acc46.02336 = phi <16 x float> [ %2159, %i48.body ], [ %2215, %p9.body ]
  %acc45.02335 = phi <16 x float> [ %2155, %i48.body ], [ %2210, %p9.body ]
  %2186 = shl nuw nsw i64 %p9.addr.02346, 5
  %2187 = getelementptr inbounds float, ptr %OY, i64 %2186
  %2188 = load <16 x float>, ptr %2187, align 4
  %2189 = or disjoint i64 %2186, 16
  %2190 = getelementptr inbounds float, ptr %OY, i64 %2189
  %2191 = load <16 x float>, ptr %2190, align 4
  %2192 = getelementptr inbounds float, ptr %PT, i64 %p9.addr.02346
  %2193 = getelementptr inbounds i8, ptr %2192, i64 %.idx2542
  %2194 = load float, ptr %2193, align 4
  %2195 = insertelement <16 x float> poison, float %2194, i64 0
  %2196 = shufflevector <16 x float> %2195, <16 x float> poison, <16 x i32> zeroinitializer
  %2197 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2196, <16 x float> %2188, <16 x float> %acc40.02351)
  %2198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2196, <16 x float> %2191, <16 x float> %acc41.02350)
  %2199 = getelementptr inbounds i8, ptr %2192, i64 %.idx2543
  %2200 = load float, ptr %2199, align 4
  %2201 = insertelement <16 x float> poison, float %2200, i64 0
  %2202 = shufflevector <16 x float> %2201, <16 x float> poison, <16 x i32> zeroinitializer
  %2203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2202, <16 x float> %2188, <16 x float> %acc42.02349)
  %2204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2202, <16 x float> %2191, <16 x float> %acc43.02348)
  %2205 = getelementptr inbounds i8, ptr %2192, i64 %.idx2544
  %2206 = load float, ptr %2205, align 4
  %2207 = insertelement <16 x float> poison, float %2206, i64 0
  %2208 = shufflevector <16 x float> %2207, <16 x float> poison, <16 x i32> zeroinitializer
  %2209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2208, <16 x float> %2188, <16 x float> %acc44.02347)
  %2210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2208, <16 x float> %2191, <16 x float> %acc45.02335)
  %2211 = getelementptr inbounds i8, ptr %2192, i64 %.idx2545
  %2212 = load float, ptr %2211, align 4
  %2213 = insertelement <16 x float> poison, float %2212, i64 0
  %2214 = shufflevector <16 x float> %2213, <16 x float> poison, <16 x i32> zeroinitializer
  %2215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2214, <16 x float> %2188, <16 x float> %acc46.02336)
  %2216 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2214, <16 x float> %2191, <16 x float> %acc47.02337)
  %2217 = getelementptr inbounds i8, ptr %2192, i64 %.idx2546
  %2218 = load float, ptr %2217, align 4
  %2219 = insertelement <16 x float> poison, float %2218, i64 0
  %2220 = shufflevector <16 x float> %2219, <16 x float> poison, <16 x i32> zeroinitializer
  %2221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2220, <16 x float> %2188, <16 x float> %acc48.02338)
  %2222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2220, <16 x float> %2191, <16 x float> %acc49.02339)
  %2223 = getelementptr inbounds i8, ptr %2192, i64 %.idx2547
  %2224 = load float, ptr %2223, align 4
  %2225 = insertelement <16 x float> poison, float %2224, i64 0
  %2226 = shufflevector <16 x float> %2225, <16 x float> poison, <16 x i32> zeroinitializer
  %2227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2226, <16 x float> %2188, <16 x float> %acc50.02340)
  %2228 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2226, <16 x float> %2191, <16 x float> %acc51.02341)
  %2229 = getelementptr inbounds i8, ptr %2192, i64 %.idx2548
  %2230 = load float, ptr %2229, align 4
  %2231 = insertelement <16 x float> poison, float %2230, i64 0
  %2232 = shufflevector <16 x float> %2231, <16 x float> poison, <16 x i32> zeroinitializer
  %2233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2232, <16 x float> %2188, <16 x float> %acc52.02342)
  %2234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2232, <16 x float> %2191, <16 x float> %acc53.02343)
  %2235 = getelementptr inbounds i8, ptr %2192, i64 %.idx2549
  %2236 = load float, ptr %2235, align 4
  %2237 = insertelement <16 x float> poison, float %2236, i64 0
  %2238 = shufflevector <16 x float> %2237, <16 x float> poison, <16 x i32> zeroinitializer
  %2239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2238, <16 x float> %2188, <16 x float> %acc54.02344)
  %2240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2238, <16 x float> %2191, <16 x float> %acc55.02345)
  %p9.next = add nuw nsw i64 %p9.addr.02346, 1
  %exitcond2767.not = icmp eq i64 %p9.next, 8
  br i1 %exitcond2767.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %2197, ptr %2140, align 4
  store <16 x float> %2198, ptr %2142, align 4
  store <16 x float> %2203, ptr %2146, align 4
  store <16 x float> %2204, ptr %2148, align 4
  store <16 x float> %2209, ptr %2152, align 4
  store <16 x float> %2210, ptr %2154, align 4
  store <16 x float> %2215, ptr %2158, align 4
  store <16 x float> %2216, ptr %2160, align 4
  store <16 x float> %2221, ptr %2164, align 4
  store <16 x float> %2222, ptr %2166, align 4
  store <16 x float> %2227, ptr %2170, align 4
  store <16 x float> %2228, ptr %2172, align 4
  store <16 x float> %2233, ptr %2176, align 4
  store <16 x float> %2234, ptr %2178, align 4
  store <16 x float> %2239, ptr %2182, align 4
  store <16 x float> %2240, ptr %2184, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02352, 8
  %2241 = icmp ult i64 %i48.addr.02352, 24
  br i1 %2241, label %i48.body, label %p10.body

p10.body:                                         ; preds = %p9.exit, %p10.body
  %p10.addr.02361 = phi i64 [ %p10.next.13484, %p10.body ], [ 0, %p9.exit ]
  %acc63.02360 = phi <8 x float> [ %2339, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc62.02359 = phi <8 x float> [ %2333, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc61.02358 = phi <8 x float> [ %2327, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc60.02357 = phi <8 x float> [ %2321, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc59.02356 = phi <8 x float> [ %2315, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc58.02355 = phi <8 x float> [ %2309, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc57.02354 = phi <8 x float> [ %2303, %p10.body ], [ zeroinitializer, %p9.exit ]
  %acc56.02353 = phi <8 x float> [ %2297, %p10.body ], [ zeroinitializer, %p9.exit ]
  %.idx2200 = shl nuw nsw i64 %p10.addr.02361, 5
  %2242 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2200
  %2243 = load <8 x float>, ptr %2242, align 4
  %2244 = getelementptr inbounds float, ptr %Vn, i64 %p10.addr.02361
  %2245 = load float, ptr %2244, align 4
  %2246 = insertelement <8 x float> poison, float %2245, i64 0
  %2247 = shufflevector <8 x float> %2246, <8 x float> poison, <8 x i32> zeroinitializer
  %2248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2247, <8 x float> %2243, <8 x float> %acc56.02353)
  %2249 = or disjoint i64 %p10.addr.02361, 32
  %2250 = getelementptr inbounds float, ptr %Vn, i64 %2249
  %2251 = load float, ptr %2250, align 4
  %2252 = insertelement <8 x float> poison, float %2251, i64 0
  %2253 = shufflevector <8 x float> %2252, <8 x float> poison, <8 x i32> zeroinitializer
  %2254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2253, <8 x float> %2243, <8 x float> %acc57.02354)
  %2255 = or disjoint i64 %p10.addr.02361, 64
  %2256 = getelementptr inbounds float, ptr %Vn, i64 %2255
  %2257 = load float, ptr %2256, align 4
  %2258 = insertelement <8 x float> poison, float %2257, i64 0
  %2259 = shufflevector <8 x float> %2258, <8 x float> poison, <8 x i32> zeroinitializer
  %2260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2259, <8 x float> %2243, <8 x float> %acc58.02355)
  %2261 = or disjoint i64 %p10.addr.02361, 96
  %2262 = getelementptr inbounds float, ptr %Vn, i64 %2261
  %2263 = load float, ptr %2262, align 4
  %2264 = insertelement <8 x float> poison, float %2263, i64 0
  %2265 = shufflevector <8 x float> %2264, <8 x float> poison, <8 x i32> zeroinitializer
  %2266 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2265, <8 x float> %2243, <8 x float> %acc59.02356)
  %2267 = or disjoint i64 %p10.addr.02361, 128
  %2268 = getelementptr inbounds float, ptr %Vn, i64 %2267
  %2269 = load float, ptr %2268, align 4
  %2270 = insertelement <8 x float> poison, float %2269, i64 0
  %2271 = shufflevector <8 x float> %2270, <8 x float> poison, <8 x i32> zeroinitializer
  %2272 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2271, <8 x float> %2243, <8 x float> %acc60.02357)
  %2273 = or disjoint i64 %p10.addr.02361, 160
  %2274 = getelementptr inbounds float, ptr %Vn, i64 %2273
  %2275 = load float, ptr %2274, align 4
  %2276 = insertelement <8 x float> poison, float %2275, i64 0
  %2277 = shufflevector <8 x float> %2276, <8 x float> poison, <8 x i32> zeroinitializer
  %2278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2277, <8 x float> %2243, <8 x float> %acc61.02358)
  %2279 = or disjoint i64 %p10.addr.02361, 192
  %2280 = getelementptr inbounds float, ptr %Vn, i64 %2279
  %2281 = load float, ptr %2280, align 4
  %2282 = insertelement <8 x float> poison, float %2281, i64 0
  %2283 = shufflevector <8 x float> %2282, <8 x float> poison, <8 x i32> zeroinitializer
  %2284 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2283, <8 x float> %2243, <8 x float> %acc62.02359)
  %2285 = or disjoint i64 %p10.addr.02361, 224
  %2286 = getelementptr inbounds float, ptr %Vn, i64 %2285
  %2287 = load float, ptr %2286, align 4
  %2288 = insertelement <8 x float> poison, float %2287, i64 0
  %2289 = shufflevector <8 x float> %2288, <8 x float> poison, <8 x i32> zeroinitializer
  %2290 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2289, <8 x float> %2243, <8 x float> %acc63.02360)
  %p10.next = or disjoint i64 %p10.addr.02361, 1
  %.idx2200.13483 = shl nuw nsw i64 %p10.next, 5
  %2291 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2200.13483
  %2292 = load <8 x float>, ptr %2291, align 4
  %2293 = getelementptr inbounds float, ptr %Vn, i64 %p10.next
  %2294 = load float, ptr %2293, align 4
  %2295 = insertelement <8 x float> poison, float %2294, i64 0
  %2296 = shufflevector <8 x float> %2295, <8 x float> poison, <8 x i32> zeroinitializer
  %2297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2296, <8 x float> %2292, <8 x float> %2248)
  %2298 = or i64 %p10.addr.02361, 33
  %2299 = getelementptr inbounds float, ptr %Vn, i64 %2298
  %2300 = load float, ptr %2299, align 4
  %2301 = insertelement <8 x float> poison, float %2300, i64 0
  %2302 = shufflevector <8 x float> %2301, <8 x float> poison, <8 x i32> zeroinitializer
  %2303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2302, <8 x float> %2292, <8 x float> %2254)
  %2304 = or i64 %p10.addr.02361, 65
  %2305 = getelementptr inbounds float, ptr %Vn, i64 %2304
  %2306 = load float, ptr %2305, align 4
  %2307 = insertelement <8 x float> poison, float %2306, i64 0
  %2308 = shufflevector <8 x float> %2307, <8 x float> poison, <8 x i32> zeroinitializer
  %2309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2308, <8 x float> %2292, <8 x float> %2260)
  %2310 = or i64 %p10.addr.02361, 97
  %2311 = getelementptr inbounds float, ptr %Vn, i64 %2310
  %2312 = load float, ptr %2311, align 4
  %2313 = insertelement <8 x float> poison, float %2312, i64 0
  %2314 = shufflevector <8 x float> %2313, <8 x float> poison, <8 x i32> zeroinitializer
  %2315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2314, <8 x float> %2292, <8 x float> %2266)
  %2316 = or i64 %p10.addr.02361, 129
  %2317 = getelementptr inbounds float, ptr %Vn, i64 %2316
  %2318 = load float, ptr %2317, align 4
  %2319 = insertelement <8 x float> poison, float %2318, i64 0
  %2320 = shufflevector <8 x float> %2319, <8 x float> poison, <8 x i32> zeroinitializer
  %2321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2320, <8 x float> %2292, <8 x float> %2272)
  %2322 = or i64 %p10.addr.02361, 161
  %2323 = getelementptr inbounds float, ptr %Vn, i64 %2322
  %2324 = load float, ptr %2323, align 4
  %2325 = insertelement <8 x float> poison, float %2324, i64 0
  %2326 = shufflevector <8 x float> %2325, <8 x float> poison, <8 x i32> zeroinitializer
  %2327 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2326, <8 x float> %2292, <8 x float> %2278)
  %2328 = or i64 %p10.addr.02361, 193
  %2329 = getelementptr inbounds float, ptr %Vn, i64 %2328
  %2330 = load float, ptr %2329, align 4
  %2331 = insertelement <8 x float> poison, float %2330, i64 0
  %2332 = shufflevector <8 x float> %2331, <8 x float> poison, <8 x i32> zeroinitializer
  %2333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2332, <8 x float> %2292, <8 x float> %2284)
  %2334 = or i64 %p10.addr.02361, 225
  %2335 = getelementptr inbounds float, ptr %Vn, i64 %2334
  %2336 = load float, ptr %2335, align 4
  %2337 = insertelement <8 x float> poison, float %2336, i64 0
  %2338 = shufflevector <8 x float> %2337, <8 x float> poison, <8 x i32> zeroinitializer
  %2339 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2338, <8 x float> %2292, <8 x float> %2290)
  %p10.next.13484 = add nuw nsw i64 %p10.addr.02361, 2
  %exitcond2768.not.1 = icmp eq i64 %p10.next.13484, 32
  br i1 %exitcond2768.not.1, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <8 x float> %2297, ptr %209, align 4
  store <8 x float> %2303, ptr %210, align 4
  store <8 x float> %2309, ptr %211, align 4
  store <8 x float> %2315, ptr %212, align 4
  store <8 x float> %2321, ptr %213, align 4
  store <8 x float> %2327, ptr %214, align 4
  store <8 x float> %2333, ptr %215, align 4
  store <8 x float> %2339, ptr %216, align 4
  br label %p10.body.1

p10.body.1:                                       ; preds = %p10.body.1, %p10.exit
  %p10.addr.02361.1 = phi i64 [ 0, %p10.exit ], [ %p10.next.1.1, %p10.body.1 ]
  %acc63.02360.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2439, %p10.body.1 ]
  %acc62.02359.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2433, %p10.body.1 ]
  %acc61.02358.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2427, %p10.body.1 ]
  %acc60.02357.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2421, %p10.body.1 ]
  %acc59.02356.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2415, %p10.body.1 ]
  %acc58.02355.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2409, %p10.body.1 ]
  %acc57.02354.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2403, %p10.body.1 ]
  %acc56.02353.1 = phi <8 x float> [ zeroinitializer, %p10.exit ], [ %2397, %p10.body.1 ]
  %.idx2200.1 = shl nuw nsw i64 %p10.addr.02361.1, 5
  %2340 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2200.1
  %2341 = load <8 x float>, ptr %2340, align 4
  %2342 = add nuw nsw i64 %p10.addr.02361.1, 256
  %2343 = getelementptr inbounds float, ptr %Vn, i64 %2342
  %2344 = load float, ptr %2343, align 4
  %2345 = insertelement <8 x float> poison, float %2344, i64 0
  %2346 = shufflevector <8 x float> %2345, <8 x float> poison, <8 x i32> zeroinitializer
  %2347 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2346, <8 x float> %2341, <8 x float> %acc56.02353.1)
  %2348 = or disjoint i64 %2342, 32
  %2349 = getelementptr inbounds float, ptr %Vn, i64 %2348
  %2350 = load float, ptr %2349, align 4
  %2351 = insertelement <8 x float> poison, float %2350, i64 0
  %2352 = shufflevector <8 x float> %2351, <8 x float> poison, <8 x i32> zeroinitializer
  %2353 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2352, <8 x float> %2341, <8 x float> %acc57.02354.1)
  %2354 = or disjoint i64 %2342, 64
  %2355 = getelementptr inbounds float, ptr %Vn, i64 %2354
  %2356 = load float, ptr %2355, align 4
  %2357 = insertelement <8 x float> poison, float %2356, i64 0
  %2358 = shufflevector <8 x float> %2357, <8 x float> poison, <8 x i32> zeroinitializer
  %2359 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2358, <8 x float> %2341, <8 x float> %acc58.02355.1)
  %2360 = or disjoint i64 %2342, 96
  %2361 = getelementptr inbounds float, ptr %Vn, i64 %2360
  %2362 = load float, ptr %2361, align 4
  %2363 = insertelement <8 x float> poison, float %2362, i64 0
  %2364 = shufflevector <8 x float> %2363, <8 x float> poison, <8 x i32> zeroinitializer
  %2365 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2364, <8 x float> %2341, <8 x float> %acc59.02356.1)
  %2366 = or disjoint i64 %2342, 128
  %2367 = getelementptr inbounds float, ptr %Vn, i64 %2366
  %2368 = load float, ptr %2367, align 4
  %2369 = insertelement <8 x float> poison, float %2368, i64 0
  %2370 = shufflevector <8 x float> %2369, <8 x float> poison, <8 x i32> zeroinitializer
  %2371 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2370, <8 x float> %2341, <8 x float> %acc60.02357.1)
  %2372 = or disjoint i64 %2342, 160
  %2373 = getelementptr inbounds float, ptr %Vn, i64 %2372
  %2374 = load float, ptr %2373, align 4
  %2375 = insertelement <8 x float> poison, float %2374, i64 0
  %2376 = shufflevector <8 x float> %2375, <8 x float> poison, <8 x i32> zeroinitializer
  %2377 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2376, <8 x float> %2341, <8 x float> %acc61.02358.1)
  %2378 = or disjoint i64 %2342, 192
  %2379 = getelementptr inbounds float, ptr %Vn, i64 %2378
  %2380 = load float, ptr %2379, align 4
  %2381 = insertelement <8 x float> poison, float %2380, i64 0
  %2382 = shufflevector <8 x float> %2381, <8 x float> poison, <8 x i32> zeroinitializer
  %2383 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2382, <8 x float> %2341, <8 x float> %acc62.02359.1)
  %2384 = or disjoint i64 %2342, 224
  %2385 = getelementptr inbounds float, ptr %Vn, i64 %2384
  %2386 = load float, ptr %2385, align 4
  %2387 = insertelement <8 x float> poison, float %2386, i64 0
  %2388 = shufflevector <8 x float> %2387, <8 x float> poison, <8 x i32> zeroinitializer
  %2389 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2388, <8 x float> %2341, <8 x float> %acc63.02360.1)
  %p10.next.1 = shl i64 %p10.addr.02361.1, 5
  %.idx2200.1.1 = or disjoint i64 %p10.next.1, 32
  %2390 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2200.1.1
  %2391 = load <8 x float>, ptr %2390, align 4
  %2392 = add nuw nsw i64 %p10.addr.02361.1, 257
  %2393 = getelementptr inbounds float, ptr %Vn, i64 %2392
  %2394 = load float, ptr %2393, align 4
  %2395 = insertelement <8 x float> poison, float %2394, i64 0
  %2396 = shufflevector <8 x float> %2395, <8 x float> poison, <8 x i32> zeroinitializer
  %2397 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2396, <8 x float> %2391, <8 x float> %2347)
  %2398 = or disjoint i64 %2392, 32
  %2399 = getelementptr inbounds float, ptr %Vn, i64 %2398
  %2400 = load float, ptr %2399, align 4
  %2401 = insertelement <8 x float> poison, float %2400, i64 0
  %2402 = shufflevector <8 x float> %2401, <8 x float> poison, <8 x i32> zeroinitializer
  %2403 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2402, <8 x float> %2391, <8 x float> %2353)
  %2404 = or disjoint i64 %2392, 64
  %2405 = getelementptr inbounds float, ptr %Vn, i64 %2404
  %2406 = load float, ptr %2405, align 4
  %2407 = insertelement <8 x float> poison, float %2406, i64 0
  %2408 = shufflevector <8 x float> %2407, <8 x float> poison, <8 x i32> zeroinitializer
  %2409 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2408, <8 x float> %2391, <8 x float> %2359)
  %2410 = or disjoint i64 %2392, 96
  %2411 = getelementptr inbounds float, ptr %Vn, i64 %2410
  %2412 = load float, ptr %2411, align 4
  %2413 = insertelement <8 x float> poison, float %2412, i64 0
  %2414 = shufflevector <8 x float> %2413, <8 x float> poison, <8 x i32> zeroinitializer
  %2415 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2414, <8 x float> %2391, <8 x float> %2365)
  %2416 = or disjoint i64 %2392, 128
  %2417 = getelementptr inbounds float, ptr %Vn, i64 %2416
  %2418 = load float, ptr %2417, align 4
  %2419 = insertelement <8 x float> poison, float %2418, i64 0
  %2420 = shufflevector <8 x float> %2419, <8 x float> poison, <8 x i32> zeroinitializer
  %2421 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2420, <8 x float> %2391, <8 x float> %2371)
  %2422 = or disjoint i64 %2392, 160
  %2423 = getelementptr inbounds float, ptr %Vn, i64 %2422
  %2424 = load float, ptr %2423, align 4
  %2425 = insertelement <8 x float> poison, float %2424, i64 0
  %2426 = shufflevector <8 x float> %2425, <8 x float> poison, <8 x i32> zeroinitializer
  %2427 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2426, <8 x float> %2391, <8 x float> %2377)
  %2428 = or disjoint i64 %2392, 192
  %2429 = getelementptr inbounds float, ptr %Vn, i64 %2428
  %2430 = load float, ptr %2429, align 4
  %2431 = insertelement <8 x float> poison, float %2430, i64 0
  %2432 = shufflevector <8 x float> %2431, <8 x float> poison, <8 x i32> zeroinitializer
  %2433 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2432, <8 x float> %2391, <8 x float> %2383)
  %2434 = or disjoint i64 %2392, 224
  %2435 = getelementptr inbounds float, ptr %Vn, i64 %2434
  %2436 = load float, ptr %2435, align 4
  %2437 = insertelement <8 x float> poison, float %2436, i64 0
  %2438 = shufflevector <8 x float> %2437, <8 x float> poison, <8 x i32> zeroinitializer
  %2439 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2438, <8 x float> %2391, <8 x float> %2389)
  %p10.next.1.1 = add nuw nsw i64 %p10.addr.02361.1, 2
  %exitcond2768.1.not.1 = icmp eq i64 %p10.next.1.1, 32
  br i1 %exitcond2768.1.not.1, label %p10.exit.1, label %p10.body.1

p10.exit.1:                                       ; preds = %p10.body.1
  store <8 x float> %2397, ptr %217, align 4
  store <8 x float> %2403, ptr %218, align 4
  store <8 x float> %2409, ptr %219, align 4
  store <8 x float> %2415, ptr %220, align 4
  store <8 x float> %2421, ptr %221, align 4
  store <8 x float> %2427, ptr %222, align 4
  store <8 x float> %2433, ptr %223, align 4
  store <8 x float> %2439, ptr %224, align 4
  br label %p10.body.2

p10.body.2:                                       ; preds = %p10.body.2, %p10.exit.1
  %p10.addr.02361.2 = phi i64 [ 0, %p10.exit.1 ], [ %p10.next.2.1, %p10.body.2 ]
  %acc63.02360.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2539, %p10.body.2 ]
  %acc62.02359.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2533, %p10.body.2 ]
  %acc61.02358.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2527, %p10.body.2 ]
  %acc60.02357.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2521, %p10.body.2 ]
  %acc59.02356.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2515, %p10.body.2 ]
  %acc58.02355.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2509, %p10.body.2 ]
  %acc57.02354.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2503, %p10.body.2 ]
  %acc56.02353.2 = phi <8 x float> [ zeroinitializer, %p10.exit.1 ], [ %2497, %p10.body.2 ]
  %.idx2200.2 = shl nuw nsw i64 %p10.addr.02361.2, 5
  %2440 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2200.2
  %2441 = load <8 x float>, ptr %2440, align 4
  %2442 = add nuw nsw i64 %p10.addr.02361.2, 512
  %2443 = getelementptr inbounds float, ptr %Vn, i64 %2442
  %2444 = load float, ptr %2443, align 4
  %2445 = insertelement <8 x float> poison, float %2444, i64 0
  %2446 = shufflevector <8 x float> %2445, <8 x float> poison, <8 x i32> zeroinitializer
  %2447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2446, <8 x float> %2441, <8 x float> %acc56.02353.2)
  %2448 = or disjoint i64 %2442, 32
  %2449 = getelementptr inbounds float, ptr %Vn, i64 %2448
  %2450 = load float, ptr %2449, align 4
  %2451 = insertelement <8 x float> poison, float %2450, i64 0
  %2452 = shufflevector <8 x float> %2451, <8 x float> poison, <8 x i32> zeroinitializer
  %2453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2452, <8 x float> %2441, <8 x float> %acc57.02354.2)
  %2454 = or disjoint i64 %2442, 64
  %2455 = getelementptr inbounds float, ptr %Vn, i64 %2454
  %2456 = load float, ptr %2455, align 4
  %2457 = insertelement <8 x float> poison, float %2456, i64 0
  %2458 = shufflevector <8 x float> %2457, <8 x float> poison, <8 x i32> zeroinitializer
  %2459 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2458, <8 x float> %2441, <8 x float> %acc58.02355.2)
  %2460 = or disjoint i64 %2442, 96
  %2461 = getelementptr inbounds float, ptr %Vn, i64 %2460
  %2462 = load float, ptr %2461, align 4
  %2463 = insertelement <8 x float> poison, float %2462, i64 0
  %2464 = shufflevector <8 x float> %2463, <8 x float> poison, <8 x i32> zeroinitializer
  %2465 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2464, <8 x float> %2441, <8 x float> %acc59.02356.2)
  %2466 = or disjoint i64 %2442, 128
  %2467 = getelementptr inbounds float, ptr %Vn, i64 %2466
  %2468 = load float, ptr %2467, align 4
  %2469 = insertelement <8 x float> poison, float %2468, i64 0
  %2470 = shufflevector <8 x float> %2469, <8 x float> poison, <8 x i32> zeroinitializer
  %2471 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2470, <8 x float> %2441, <8 x float> %acc60.02357.2)
  %2472 = or disjoint i64 %2442, 160
  %2473 = getelementptr inbounds float, ptr %Vn, i64 %2472
  %2474 = load float, ptr %2473, align 4
  %2475 = insertelement <8 x float> poison, float %2474, i64 0
  %2476 = shufflevector <8 x float> %2475, <8 x float> poison, <8 x i32> zeroinitializer
  %2477 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2476, <8 x float> %2441, <8 x float> %acc61.02358.2)
  %2478 = or disjoint i64 %2442, 192
  %2479 = getelementptr inbounds float, ptr %Vn, i64 %2478
  %2480 = load float, ptr %2479, align 4
  %2481 = insertelement <8 x float> poison, float %2480, i64 0
  %2482 = shufflevector <8 x float> %2481, <8 x float> poison, <8 x i32> zeroinitializer
  %2483 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2482, <8 x float> %2441, <8 x float> %acc62.02359.2)
  %2484 = or disjoint i64 %2442, 224
  %2485 = getelementptr inbounds float, ptr %Vn, i64 %2484
  %2486 = load float, ptr %2485, align 4
  %2487 = insertelement <8 x float> poison, float %2486, i64 0
  %2488 = shufflevector <8 x float> %2487, <8 x float> poison, <8 x i32> zeroinitializer
  %2489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2488, <8 x float> %2441, <8 x float> %acc63.02360.2)
  %p10.next.2 = shl i64 %p10.addr.02361.2, 5
  %.idx2200.2.1 = or disjoint i64 %p10.next.2, 32
  %2490 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2200.2.1
  %2491 = load <8 x float>, ptr %2490, align 4
  %2492 = add nuw nsw i64 %p10.addr.02361.2, 513
  %2493 = getelementptr inbounds float, ptr %Vn, i64 %2492
  %2494 = load float, ptr %2493, align 4
  %2495 = insertelement <8 x float> poison, float %2494, i64 0
  %2496 = shufflevector <8 x float> %2495, <8 x float> poison, <8 x i32> zeroinitializer
  %2497 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2496, <8 x float> %2491, <8 x float> %2447)
  %2498 = or disjoint i64 %2492, 32
  %2499 = getelementptr inbounds float, ptr %Vn, i64 %2498
  %2500 = load float, ptr %2499, align 4
  %2501 = insertelement <8 x float> poison, float %2500, i64 0
  %2502 = shufflevector <8 x float> %2501, <8 x float> poison, <8 x i32> zeroinitializer
  %2503 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2502, <8 x float> %2491, <8 x float> %2453)
  %2504 = or disjoint i64 %2492, 64
  %2505 = getelementptr inbounds float, ptr %Vn, i64 %2504
  %2506 = load float, ptr %2505, align 4
  %2507 = insertelement <8 x float> poison, float %2506, i64 0
  %2508 = shufflevector <8 x float> %2507, <8 x float> poison, <8 x i32> zeroinitializer
  %2509 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2508, <8 x float> %2491, <8 x float> %2459)
  %2510 = or disjoint i64 %2492, 96
  %2511 = getelementptr inbounds float, ptr %Vn, i64 %2510
  %2512 = load float, ptr %2511, align 4
  %2513 = insertelement <8 x float> poison, float %2512, i64 0
  %2514 = shufflevector <8 x float> %2513, <8 x float> poison, <8 x i32> zeroinitializer
  %2515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2514, <8 x float> %2491, <8 x float> %2465)
  %2516 = or disjoint i64 %2492, 128
  %2517 = getelementptr inbounds float, ptr %Vn, i64 %2516
  %2518 = load float, ptr %2517, align 4
  %2519 = insertelement <8 x float> poison, float %2518, i64 0
  %2520 = shufflevector <8 x float> %2519, <8 x float> poison, <8 x i32> zeroinitializer
  %2521 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2520, <8 x float> %2491, <8 x float> %2471)
  %2522 = or disjoint i64 %2492, 160
  %2523 = getelementptr inbounds float, ptr %Vn, i64 %2522
  %2524 = load float, ptr %2523, align 4
  %2525 = insertelement <8 x float> poison, float %2524, i64 0
  %2526 = shufflevector <8 x float> %2525, <8 x float> poison, <8 x i32> zeroinitializer
  %2527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2526, <8 x float> %2491, <8 x float> %2477)
  %2528 = or disjoint i64 %2492, 192
  %2529 = getelementptr inbounds float, ptr %Vn, i64 %2528
  %2530 = load float, ptr %2529, align 4
  %2531 = insertelement <8 x float> poison, float %2530, i64 0
  %2532 = shufflevector <8 x float> %2531, <8 x float> poison, <8 x i32> zeroinitializer
  %2533 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2532, <8 x float> %2491, <8 x float> %2483)
  %2534 = or disjoint i64 %2492, 224
  %2535 = getelementptr inbounds float, ptr %Vn, i64 %2534
  %2536 = load float, ptr %2535, align 4
  %2537 = insertelement <8 x float> poison, float %2536, i64 0
  %2538 = shufflevector <8 x float> %2537, <8 x float> poison, <8 x i32> zeroinitializer
  %2539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2538, <8 x float> %2491, <8 x float> %2489)
  %p10.next.2.1 = add nuw nsw i64 %p10.addr.02361.2, 2
  %exitcond2768.2.not.1 = icmp eq i64 %p10.next.2.1, 32
  br i1 %exitcond2768.2.not.1, label %p10.exit.2, label %p10.body.2

p10.exit.2:                                       ; preds = %p10.body.2
  store <8 x float> %2497, ptr %225, align 4
  store <8 x float> %2503, ptr %226, align 4
  store <8 x float> %2509, ptr %227, align 4
  store <8 x float> %2515, ptr %228, align 4
  store <8 x float> %2521, ptr %229, align 4
  store <8 x float> %2527, ptr %230, align 4
  store <8 x float> %2533, ptr %231, align 4
  store <8 x float> %2539, ptr %232, align 4
  br label %p10.body.3

p10.body.3:                                       ; preds = %p10.body.3, %p10.exit.2
  %p10.addr.02361.3 = phi i64 [ 0, %p10.exit.2 ], [ %p10.next.3.1, %p10.body.3 ]
  %acc63.02360.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2639, %p10.body.3 ]
  %acc62.02359.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2633, %p10.body.3 ]
  %acc61.02358.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2627, %p10.body.3 ]
  %acc60.02357.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2621, %p10.body.3 ]
  %acc59.02356.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2615, %p10.body.3 ]
  %acc58.02355.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2609, %p10.body.3 ]
  %acc57.02354.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2603, %p10.body.3 ]
  %acc56.02353.3 = phi <8 x float> [ zeroinitializer, %p10.exit.2 ], [ %2597, %p10.body.3 ]
  %.idx2200.3 = shl nuw nsw i64 %p10.addr.02361.3, 5
  %2540 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2200.3
  %2541 = load <8 x float>, ptr %2540, align 4
  %2542 = add nuw nsw i64 %p10.addr.02361.3, 768
  %2543 = getelementptr inbounds float, ptr %Vn, i64 %2542
  %2544 = load float, ptr %2543, align 4
  %2545 = insertelement <8 x float> poison, float %2544, i64 0
  %2546 = shufflevector <8 x float> %2545, <8 x float> poison, <8 x i32> zeroinitializer
  %2547 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2546, <8 x float> %2541, <8 x float> %acc56.02353.3)
  %2548 = or disjoint i64 %2542, 32
  %2549 = getelementptr inbounds float, ptr %Vn, i64 %2548
  %2550 = load float, ptr %2549, align 4
  %2551 = insertelement <8 x float> poison, float %2550, i64 0
  %2552 = shufflevector <8 x float> %2551, <8 x float> poison, <8 x i32> zeroinitializer
  %2553 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2552, <8 x float> %2541, <8 x float> %acc57.02354.3)
  %2554 = or disjoint i64 %2542, 64
  %2555 = getelementptr inbounds float, ptr %Vn, i64 %2554
  %2556 = load float, ptr %2555, align 4
  %2557 = insertelement <8 x float> poison, float %2556, i64 0
  %2558 = shufflevector <8 x float> %2557, <8 x float> poison, <8 x i32> zeroinitializer
  %2559 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2558, <8 x float> %2541, <8 x float> %acc58.02355.3)
  %2560 = or disjoint i64 %2542, 96
  %2561 = getelementptr inbounds float, ptr %Vn, i64 %2560
  %2562 = load float, ptr %2561, align 4
  %2563 = insertelement <8 x float> poison, float %2562, i64 0
  %2564 = shufflevector <8 x float> %2563, <8 x float> poison, <8 x i32> zeroinitializer
  %2565 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2564, <8 x float> %2541, <8 x float> %acc59.02356.3)
  %2566 = or disjoint i64 %2542, 128
  %2567 = getelementptr inbounds float, ptr %Vn, i64 %2566
  %2568 = load float, ptr %2567, align 4
  %2569 = insertelement <8 x float> poison, float %2568, i64 0
  %2570 = shufflevector <8 x float> %2569, <8 x float> poison, <8 x i32> zeroinitializer
  %2571 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2570, <8 x float> %2541, <8 x float> %acc60.02357.3)
  %2572 = or disjoint i64 %2542, 160
  %2573 = getelementptr inbounds float, ptr %Vn, i64 %2572
  %2574 = load float, ptr %2573, align 4
  %2575 = insertelement <8 x float> poison, float %2574, i64 0
  %2576 = shufflevector <8 x float> %2575, <8 x float> poison, <8 x i32> zeroinitializer
  %2577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2576, <8 x float> %2541, <8 x float> %acc61.02358.3)
  %2578 = or disjoint i64 %2542, 192
  %2579 = getelementptr inbounds float, ptr %Vn, i64 %2578
  %2580 = load float, ptr %2579, align 4
  %2581 = insertelement <8 x float> poison, float %2580, i64 0
  %2582 = shufflevector <8 x float> %2581, <8 x float> poison, <8 x i32> zeroinitializer
  %2583 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2582, <8 x float> %2541, <8 x float> %acc62.02359.3)
  %2584 = or disjoint i64 %2542, 224
  %2585 = getelementptr inbounds float, ptr %Vn, i64 %2584
  %2586 = load float, ptr %2585, align 4
  %2587 = insertelement <8 x float> poison, float %2586, i64 0
  %2588 = shufflevector <8 x float> %2587, <8 x float> poison, <8 x i32> zeroinitializer
  %2589 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2588, <8 x float> %2541, <8 x float> %acc63.02360.3)
  %p10.next.3 = shl i64 %p10.addr.02361.3, 5
  %.idx2200.3.1 = or disjoint i64 %p10.next.3, 32
  %2590 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2200.3.1
  %2591 = load <8 x float>, ptr %2590, align 4
  %2592 = add nuw nsw i64 %p10.addr.02361.3, 769
  %2593 = getelementptr inbounds float, ptr %Vn, i64 %2592
  %2594 = load float, ptr %2593, align 4
  %2595 = insertelement <8 x float> poison, float %2594, i64 0
  %2596 = shufflevector <8 x float> %2595, <8 x float> poison, <8 x i32> zeroinitializer
  %2597 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2596, <8 x float> %2591, <8 x float> %2547)
  %2598 = or disjoint i64 %2592, 32
  %2599 = getelementptr inbounds float, ptr %Vn, i64 %2598
  %2600 = load float, ptr %2599, align 4
  %2601 = insertelement <8 x float> poison, float %2600, i64 0
  %2602 = shufflevector <8 x float> %2601, <8 x float> poison, <8 x i32> zeroinitializer
  %2603 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2602, <8 x float> %2591, <8 x float> %2553)
  %2604 = or disjoint i64 %2592, 64
  %2605 = getelementptr inbounds float, ptr %Vn, i64 %2604
  %2606 = load float, ptr %2605, align 4
  %2607 = insertelement <8 x float> poison, float %2606, i64 0
  %2608 = shufflevector <8 x float> %2607, <8 x float> poison, <8 x i32> zeroinitializer
  %2609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2608, <8 x float> %2591, <8 x float> %2559)
  %2610 = or disjoint i64 %2592, 96
  %2611 = getelementptr inbounds float, ptr %Vn, i64 %2610
  %2612 = load float, ptr %2611, align 4
  %2613 = insertelement <8 x float> poison, float %2612, i64 0
  %2614 = shufflevector <8 x float> %2613, <8 x float> poison, <8 x i32> zeroinitializer
  %2615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2614, <8 x float> %2591, <8 x float> %2565)
  %2616 = or disjoint i64 %2592, 128
  %2617 = getelementptr inbounds float, ptr %Vn, i64 %2616
  %2618 = load float, ptr %2617, align 4
  %2619 = insertelement <8 x float> poison, float %2618, i64 0
  %2620 = shufflevector <8 x float> %2619, <8 x float> poison, <8 x i32> zeroinitializer
  %2621 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2620, <8 x float> %2591, <8 x float> %2571)
  %2622 = or disjoint i64 %2592, 160
  %2623 = getelementptr inbounds float, ptr %Vn, i64 %2622
  %2624 = load float, ptr %2623, align 4
  %2625 = insertelement <8 x float> poison, float %2624, i64 0
  %2626 = shufflevector <8 x float> %2625, <8 x float> poison, <8 x i32> zeroinitializer
  %2627 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2626, <8 x float> %2591, <8 x float> %2577)
  %2628 = or disjoint i64 %2592, 192
  %2629 = getelementptr inbounds float, ptr %Vn, i64 %2628
  %2630 = load float, ptr %2629, align 4
  %2631 = insertelement <8 x float> poison, float %2630, i64 0
  %2632 = shufflevector <8 x float> %2631, <8 x float> poison, <8 x i32> zeroinitializer
  %2633 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2632, <8 x float> %2591, <8 x float> %2583)
  %2634 = or disjoint i64 %2592, 224
  %2635 = getelementptr inbounds float, ptr %Vn, i64 %2634
  %2636 = load float, ptr %2635, align 4
  %2637 = insertelement <8 x float> poison, float %2636, i64 0
  %2638 = shufflevector <8 x float> %2637, <8 x float> poison, <8 x i32> zeroinitializer
  %2639 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2638, <8 x float> %2591, <8 x float> %2589)
  %p10.next.3.1 = add nuw nsw i64 %p10.addr.02361.3, 2
  %exitcond2768.3.not.1 = icmp eq i64 %p10.next.3.1, 32
  br i1 %exitcond2768.3.not.1, label %p10.exit.3, label %p10.body.3

p10.exit.3:                                       ; preds = %p10.body.3
  %2640 = load <8 x float>, ptr %M, align 4
  %2641 = fmul <8 x float> %2297, %2640
  store <8 x float> %2641, ptr %209, align 4
  %2642 = fmul <8 x float> %2303, %2640
  store <8 x float> %2642, ptr %210, align 4
  %2643 = fmul <8 x float> %2309, %2640
  store <8 x float> %2643, ptr %211, align 4
  %2644 = fmul <8 x float> %2315, %2640
  store <8 x float> %2644, ptr %212, align 4
  %2645 = load <8 x float>, ptr %39, align 4
  %2646 = fmul <8 x float> %2321, %2645
  store <8 x float> %2646, ptr %237, align 4
  %2647 = fmul <8 x float> %2327, %2645
  store <8 x float> %2647, ptr %238, align 4
  %2648 = fmul <8 x float> %2333, %2645
  store <8 x float> %2648, ptr %239, align 4
  %2649 = fmul <8 x float> %2339, %2645
  store <8 x float> %2649, ptr %240, align 4
  %2650 = load <8 x float>, ptr %40, align 4
  %2651 = fmul <8 x float> %2397, %2650
  store <8 x float> %2651, ptr %217, align 4
  %2652 = fmul <8 x float> %2403, %2650
  store <8 x float> %2652, ptr %218, align 4
  %2653 = fmul <8 x float> %2409, %2650
  store <8 x float> %2653, ptr %219, align 4
  %2654 = fmul <8 x float> %2415, %2650
  store <8 x float> %2654, ptr %220, align 4
  %2655 = load <8 x float>, ptr %41, align 4
  %2656 = fmul <8 x float> %2421, %2655
  store <8 x float> %2656, ptr %241, align 4
  %2657 = fmul <8 x float> %2427, %2655
  store <8 x float> %2657, ptr %242, align 4
  %2658 = fmul <8 x float> %2433, %2655
  store <8 x float> %2658, ptr %243, align 4
  %2659 = fmul <8 x float> %2439, %2655
  store <8 x float> %2659, ptr %244, align 4
  %2660 = load <8 x float>, ptr %42, align 4
  %2661 = fmul <8 x float> %2497, %2660
  store <8 x float> %2661, ptr %225, align 4
  %2662 = fmul <8 x float> %2503, %2660
  store <8 x float> %2662, ptr %226, align 4
  %2663 = fmul <8 x float> %2509, %2660
  store <8 x float> %2663, ptr %227, align 4
  %2664 = fmul <8 x float> %2515, %2660
  store <8 x float> %2664, ptr %228, align 4
  %2665 = load <8 x float>, ptr %44, align 4
  %2666 = fmul <8 x float> %2521, %2665
  store <8 x float> %2666, ptr %245, align 4
  %2667 = fmul <8 x float> %2527, %2665
  store <8 x float> %2667, ptr %246, align 4
  %2668 = fmul <8 x float> %2533, %2665
  store <8 x float> %2668, ptr %247, align 4
  %2669 = fmul <8 x float> %2539, %2665
  store <8 x float> %2669, ptr %248, align 4
  %2670 = load <8 x float>, ptr %47, align 4
  %2671 = fmul <8 x float> %2597, %2670
  store <8 x float> %2671, ptr %233, align 4
  %2672 = fmul <8 x float> %2603, %2670
  store <8 x float> %2672, ptr %234, align 4
  %2673 = fmul <8 x float> %2609, %2670
  store <8 x float> %2673, ptr %235, align 4
  %2674 = fmul <8 x float> %2615, %2670
  store <8 x float> %2674, ptr %236, align 4
  %2675 = load <8 x float>, ptr %49, align 4
  %2676 = fmul <8 x float> %2621, %2675
  store <8 x float> %2676, ptr %249, align 4
  %2677 = fmul <8 x float> %2627, %2675
  store <8 x float> %2677, ptr %250, align 4
  %2678 = fmul <8 x float> %2633, %2675
  store <8 x float> %2678, ptr %251, align 4
  %2679 = fmul <8 x float> %2639, %2675
  store <8 x float> %2679, ptr %252, align 4
  br label %p11.body

p11.body:                                         ; preds = %p10.exit.3, %p11.body
  %p11.addr.02380 = phi i64 [ %p11.next, %p11.body ], [ 0, %p10.exit.3 ]
  %acc79.02379 = phi <16 x float> [ %2741, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc78.02378 = phi <16 x float> [ %2740, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc77.02377 = phi <16 x float> [ %2734, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc76.02376 = phi <16 x float> [ %2733, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc75.02375 = phi <16 x float> [ %2727, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc74.02374 = phi <16 x float> [ %2726, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc73.02373 = phi <16 x float> [ %2720, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc72.02372 = phi <16 x float> [ %2719, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc71.02371 = phi <16 x float> [ %2713, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc70.02370 = phi <16 x float> [ %2712, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc69.02369 = phi <16 x float> [ %2706, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc68.02368 = phi <16 x float> [ %2705, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc67.02367 = phi <16 x float> [ %2699, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc66.02366 = phi <16 x float> [ %2698, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc65.02365 = phi <16 x float> [ %2692, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %acc64.02364 = phi <16 x float> [ %2691, %p11.body ], [ zeroinitializer, %p10.exit.3 ]
  %2680 = shl nuw nsw i64 %p11.addr.02380, 5
  %2681 = or disjoint i64 %2680, 1024
  %2682 = getelementptr inbounds float, ptr %Bk, i64 %2681
  %2683 = load <16 x float>, ptr %2682, align 4
  %2684 = or disjoint i64 %2680, 1040
  %2685 = getelementptr inbounds float, ptr %Bk, i64 %2684
  %2686 = load <16 x float>, ptr %2685, align 4
  %2687 = getelementptr inbounds float, ptr %OY, i64 %p11.addr.02380
  %2688 = load float, ptr %2687, align 4
  %2689 = insertelement <16 x float> poison, float %2688, i64 0
  %2690 = shufflevector <16 x float> %2689, <16 x float> poison, <16 x i32> zeroinitializer
  %2691 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2690, <16 x float> %2683, <16 x float> %acc64.02364)
  %2692 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2690, <16 x float> %2686, <16 x float> %acc65.02365)
  %2693 = or disjoint i64 %p11.addr.02380, 32
  %2694 = getelementptr inbounds float, ptr %OY, i64 %2693
  %2695 = load float, ptr %2694, align 4
  %2696 = insertelement <16 x float> poison, float %2695, i64 0
  %2697 = shufflevector <16 x float> %2696, <16 x float> poison, <16 x i32> zeroinitializer
  %2698 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2697, <16 x float> %2683, <16 x float> %acc66.02366)
  %2699 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2697, <16 x float> %2686, <16 x float> %acc67.02367)
  %2700 = or disjoint i64 %p11.addr.02380, 64
  %2701 = getelementptr inbounds float, ptr %OY, i64 %2700
  %2702 = load float, ptr %2701, align 4
  %2703 = insertelement <16 x float> poison, float %2702, i64 0
  %2704 = shufflevector <16 x float> %2703, <16 x float> poison, <16 x i32> zeroinitializer
  %2705 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2704, <16 x float> %2683, <16 x float> %acc68.02368)
  %2706 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2704, <16 x float> %2686, <16 x float> %acc69.02369)
  %2707 = or disjoint i64 %p11.addr.02380, 96
  %2708 = getelementptr inbounds float, ptr %OY, i64 %2707
  %2709 = load float, ptr %2708, align 4
  %2710 = insertelement <16 x float> poison, float %2709, i64 0
  %2711 = shufflevector <16 x float> %2710, <16 x float> poison, <16 x i32> zeroinitializer
  %2712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2711, <16 x float> %2683, <16 x float> %acc70.02370)
  %2713 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2711, <16 x float> %2686, <16 x float> %acc71.02371)
  %2714 = or disjoint i64 %p11.addr.02380, 128
  %2715 = getelementptr inbounds float, ptr %OY, i64 %2714
  %2716 = load float, ptr %2715, align 4
  %2717 = insertelement <16 x float> poison, float %2716, i64 0
  %2718 = shufflevector <16 x float> %2717, <16 x float> poison, <16 x i32> zeroinitializer
  %2719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2718, <16 x float> %2683, <16 x float> %acc72.02372)
  %2720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2718, <16 x float> %2686, <16 x float> %acc73.02373)
  %2721 = or disjoint i64 %p11.addr.02380, 160
  %2722 = getelementptr inbounds float, ptr %OY, i64 %2721
  %2723 = load float, ptr %2722, align 4
  %2724 = insertelement <16 x float> poison, float %2723, i64 0
  %2725 = shufflevector <16 x float> %2724, <16 x float> poison, <16 x i32> zeroinitializer
  %2726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2725, <16 x float> %2683, <16 x float> %acc74.02374)
  %2727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2725, <16 x float> %2686, <16 x float> %acc75.02375)
  %2728 = or disjoint i64 %p11.addr.02380, 192
  %2729 = getelementptr inbounds float, ptr %OY, i64 %2728
  %2730 = load float, ptr %2729, align 4
  %2731 = insertelement <16 x float> poison, float %2730, i64 0
  %2732 = shufflevector <16 x float> %2731, <16 x float> poison, <16 x i32> zeroinitializer
  %2733 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2732, <16 x float> %2683, <16 x float> %acc76.02376)
  %2734 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2732, <16 x float> %2686, <16 x float> %acc77.02377)
  %2735 = or disjoint i64 %p11.addr.02380, 224
  %2736 = getelementptr inbounds float, ptr %OY, i64 %2735
  %2737 = load float, ptr %2736, align 4
  %2738 = insertelement <16 x float> poison, float %2737, i64 0
  %2739 = shufflevector <16 x float> %2738, <16 x float> poison, <16 x i32> zeroinitializer
  %2740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2739, <16 x float> %2683, <16 x float> %acc78.02378)
  %2741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2739, <16 x float> %2686, <16 x float> %acc79.02379)
  %p11.next = add nuw nsw i64 %p11.addr.02380, 1
  %exitcond2770.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond2770.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2691, ptr %dQc, align 4
  store <16 x float> %2692, ptr %4, align 4
  store <16 x float> %2698, ptr %5, align 4
  store <16 x float> %2699, ptr %6, align 4
  store <16 x float> %2705, ptr %7, align 4
  store <16 x float> %2706, ptr %8, align 4
  store <16 x float> %2712, ptr %9, align 4
  store <16 x float> %2713, ptr %10, align 4
  store <16 x float> %2719, ptr %11, align 4
  store <16 x float> %2720, ptr %12, align 4
  store <16 x float> %2726, ptr %13, align 4
  store <16 x float> %2727, ptr %14, align 4
  store <16 x float> %2733, ptr %15, align 4
  store <16 x float> %2734, ptr %16, align 4
  store <16 x float> %2740, ptr %17, align 4
  store <16 x float> %2741, ptr %18, align 4
  br label %p12.body

p12.body:                                         ; preds = %p11.exit, %p12.body
  %p12.addr.02397 = phi i64 [ 0, %p11.exit ], [ %p12.next, %p12.body ]
  %acc95.02396 = phi <16 x float> [ %2741, %p11.exit ], [ %2795, %p12.body ]
  %acc94.02395 = phi <16 x float> [ %2740, %p11.exit ], [ %2794, %p12.body ]
  %acc93.02394 = phi <16 x float> [ %2734, %p11.exit ], [ %2789, %p12.body ]
  %acc92.02393 = phi <16 x float> [ %2733, %p11.exit ], [ %2788, %p12.body ]
  %acc91.02392 = phi <16 x float> [ %2727, %p11.exit ], [ %2783, %p12.body ]
  %acc90.02391 = phi <16 x float> [ %2726, %p11.exit ], [ %2782, %p12.body ]
  %acc89.02390 = phi <16 x float> [ %2720, %p11.exit ], [ %2777, %p12.body ]
  %acc88.02389 = phi <16 x float> [ %2719, %p11.exit ], [ %2776, %p12.body ]
  %acc87.02388 = phi <16 x float> [ %2713, %p11.exit ], [ %2771, %p12.body ]
  %acc86.02387 = phi <16 x float> [ %2712, %p11.exit ], [ %2770, %p12.body ]
  %acc85.02386 = phi <16 x float> [ %2706, %p11.exit ], [ %2765, %p12.body ]
  %acc84.02385 = phi <16 x float> [ %2705, %p11.exit ], [ %2764, %p12.body ]
  %acc83.02384 = phi <16 x float> [ %2699, %p11.exit ], [ %2759, %p12.body ]
  %acc82.02383 = phi <16 x float> [ %2698, %p11.exit ], [ %2758, %p12.body ]
  %acc81.02382 = phi <16 x float> [ %2692, %p11.exit ], [ %2753, %p12.body ]
  %acc80.02381 = phi <16 x float> [ %2691, %p11.exit ], [ %2752, %p12.body ]
  %.idx2219 = shl nuw nsw i64 %p12.addr.02397, 7
  %2742 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2219
  %2743 = getelementptr inbounds i8, ptr %2742, i64 9216
  %2744 = load <16 x float>, ptr %2743, align 4
  %2745 = getelementptr inbounds i8, ptr %2742, i64 9280
  %2746 = load <16 x float>, ptr %2745, align 4
  %.idx2220 = mul nuw nsw i64 %p12.addr.02397, 416
  %2747 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2220
  %2748 = getelementptr inbounds i8, ptr %2747, i64 256
  %2749 = load float, ptr %2748, align 4
  %2750 = insertelement <16 x float> poison, float %2749, i64 0
  %2751 = shufflevector <16 x float> %2750, <16 x float> poison, <16 x i32> zeroinitializer
  %2752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2744, <16 x float> %acc80.02381)
  %2753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2751, <16 x float> %2746, <16 x float> %acc81.02382)
  %2754 = getelementptr inbounds i8, ptr %2747, i64 260
  %2755 = load float, ptr %2754, align 4
  %2756 = insertelement <16 x float> poison, float %2755, i64 0
  %2757 = shufflevector <16 x float> %2756, <16 x float> poison, <16 x i32> zeroinitializer
  %2758 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2757, <16 x float> %2744, <16 x float> %acc82.02383)
  %2759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2757, <16 x float> %2746, <16 x float> %acc83.02384)
  %2760 = getelementptr inbounds i8, ptr %2747, i64 264
  %2761 = load float, ptr %2760, align 4
  %2762 = insertelement <16 x float> poison, float %2761, i64 0
  %2763 = shufflevector <16 x float> %2762, <16 x float> poison, <16 x i32> zeroinitializer
  %2764 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2763, <16 x float> %2744, <16 x float> %acc84.02385)
  %2765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2763, <16 x float> %2746, <16 x float> %acc85.02386)
  %2766 = getelementptr inbounds i8, ptr %2747, i64 268
  %2767 = load float, ptr %2766, align 4
  %2768 = insertelement <16 x float> poison, float %2767, i64 0
  %2769 = shufflevector <16 x float> %2768, <16 x float> poison, <16 x i32> zeroinitializer
  %2770 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2769, <16 x float> %2744, <16 x float> %acc86.02387)
  %2771 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2769, <16 x float> %2746, <16 x float> %acc87.02388)
  %2772 = getelementptr inbounds i8, ptr %2747, i64 272
  %2773 = load float, ptr %2772, align 4
  %2774 = insertelement <16 x float> poison, float %2773, i64 0
  %2775 = shufflevector <16 x float> %2774, <16 x float> poison, <16 x i32> zeroinitializer
  %2776 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2775, <16 x float> %2744, <16 x float> %acc88.02389)
  %2777 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2775, <16 x float> %2746, <16 x float> %acc89.02390)
  %2778 = getelementptr inbounds i8, ptr %2747, i64 276
  %2779 = load float, ptr %2778, align 4
  %2780 = insertelement <16 x float> poison, float %2779, i64 0
  %2781 = shufflevector <16 x float> %2780, <16 x float> poison, <16 x i32> zeroinitializer
  %2782 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2781, <16 x float> %2744, <16 x float> %acc90.02391)
  %2783 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2781, <16 x float> %2746, <16 x float> %acc91.02392)
  %2784 = getelementptr inbounds i8, ptr %2747, i64 280
  %2785 = load float, ptr %2784, align 4
  %2786 = insertelement <16 x float> poison, float %2785, i64 0
  %2787 = shufflevector <16 x float> %2786, <16 x float> poison, <16 x i32> zeroinitializer
  %2788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2787, <16 x float> %2744, <16 x float> %acc92.02393)
  %2789 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2787, <16 x float> %2746, <16 x float> %acc93.02394)
  %2790 = getelementptr inbounds i8, ptr %2747, i64 284
  %2791 = load float, ptr %2790, align 4
  %2792 = insertelement <16 x float> poison, float %2791, i64 0
  %2793 = shufflevector <16 x float> %2792, <16 x float> poison, <16 x i32> zeroinitializer
  %2794 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2793, <16 x float> %2744, <16 x float> %acc94.02395)
  %2795 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2793, <16 x float> %2746, <16 x float> %acc95.02396)
  %p12.next = add nuw nsw i64 %p12.addr.02397, 1
  %exitcond2771.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond2771.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %L = tail call i64 @llvm.smin.i64(i64 %292, i64 8)
  %2796 = icmp sgt i64 %292, 0
  br i1 %2796, label %endif1091, label %endif1147

endif1091:                                        ; preds = %p12.exit
  %2797 = fmul <16 x float> %2752, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2798 = mul nsw i64 %t0, %sq
  %2799 = getelementptr inbounds float, ptr %qh1, i64 %2798
  store <16 x float> %2797, ptr %2799, align 4
  %2800 = fmul <16 x float> %2753, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2801 = or disjoint i64 %2798, 16
  %2802 = getelementptr inbounds float, ptr %qh1, i64 %2801
  store <16 x float> %2800, ptr %2802, align 4
  %.not2211 = icmp eq i64 %292, 1
  br i1 %.not2211, label %endif1147, label %endif1099

endif1099:                                        ; preds = %endif1091
  %2803 = fmul <16 x float> %2758, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2804 = or disjoint i64 %t0, 1
  %2805 = mul nsw i64 %2804, %sq
  %2806 = getelementptr inbounds float, ptr %qh1, i64 %2805
  store <16 x float> %2803, ptr %2806, align 4
  %2807 = fmul <16 x float> %2759, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2808 = or disjoint i64 %2805, 16
  %2809 = getelementptr inbounds float, ptr %qh1, i64 %2808
  store <16 x float> %2807, ptr %2809, align 4
  %2810 = icmp ugt i64 %292, 2
  br i1 %2810, label %endif1107, label %endif1147

endif1107:                                        ; preds = %endif1099
  %2811 = fmul <16 x float> %2764, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2812 = or disjoint i64 %t0, 2
  %2813 = mul nsw i64 %2812, %sq
  %2814 = getelementptr inbounds float, ptr %qh1, i64 %2813
  store <16 x float> %2811, ptr %2814, align 4
  %2815 = fmul <16 x float> %2765, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2816 = or disjoint i64 %2813, 16
  %2817 = getelementptr inbounds float, ptr %qh1, i64 %2816
  store <16 x float> %2815, ptr %2817, align 4
  %.not2212 = icmp eq i64 %292, 3
  br i1 %.not2212, label %endif1147, label %endif1115

endif1115:                                        ; preds = %endif1107
  %2818 = fmul <16 x float> %2770, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2819 = or disjoint i64 %t0, 3
  %2820 = mul nsw i64 %2819, %sq
  %2821 = getelementptr inbounds float, ptr %qh1, i64 %2820
  store <16 x float> %2818, ptr %2821, align 4
  %2822 = fmul <16 x float> %2771, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2823 = or disjoint i64 %2820, 16
  %2824 = getelementptr inbounds float, ptr %qh1, i64 %2823
  store <16 x float> %2822, ptr %2824, align 4
  %2825 = icmp ugt i64 %292, 4
  br i1 %2825, label %endif1123, label %endif1147

endif1123:                                        ; preds = %endif1115
  %2826 = fmul <16 x float> %2776, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2827 = or disjoint i64 %t0, 4
  %2828 = mul nsw i64 %2827, %sq
  %2829 = getelementptr inbounds float, ptr %qh1, i64 %2828
  store <16 x float> %2826, ptr %2829, align 4
  %2830 = fmul <16 x float> %2777, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2831 = or disjoint i64 %2828, 16
  %2832 = getelementptr inbounds float, ptr %qh1, i64 %2831
  store <16 x float> %2830, ptr %2832, align 4
  %.not2213 = icmp eq i64 %292, 5
  br i1 %.not2213, label %endif1147, label %endif1131

endif1131:                                        ; preds = %endif1123
  %2833 = fmul <16 x float> %2782, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2834 = or disjoint i64 %t0, 5
  %2835 = mul nsw i64 %2834, %sq
  %2836 = getelementptr inbounds float, ptr %qh1, i64 %2835
  store <16 x float> %2833, ptr %2836, align 4
  %2837 = fmul <16 x float> %2783, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2838 = or disjoint i64 %2835, 16
  %2839 = getelementptr inbounds float, ptr %qh1, i64 %2838
  store <16 x float> %2837, ptr %2839, align 4
  %2840 = icmp ugt i64 %292, 6
  br i1 %2840, label %endif1139, label %endif1147

endif1139:                                        ; preds = %endif1131
  %2841 = fmul <16 x float> %2788, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2842 = or disjoint i64 %t0, 6
  %2843 = mul nsw i64 %2842, %sq
  %2844 = getelementptr inbounds float, ptr %qh1, i64 %2843
  store <16 x float> %2841, ptr %2844, align 4
  %2845 = fmul <16 x float> %2789, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2846 = or disjoint i64 %2843, 16
  %2847 = getelementptr inbounds float, ptr %qh1, i64 %2846
  store <16 x float> %2845, ptr %2847, align 4
  %.not2214 = icmp eq i64 %292, 7
  br i1 %.not2214, label %endif1147, label %then1141

then1141:                                         ; preds = %endif1139
  %2848 = fmul <16 x float> %2794, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2849 = or disjoint i64 %t0, 7
  %2850 = mul nsw i64 %2849, %sq
  %2851 = getelementptr inbounds float, ptr %qh1, i64 %2850
  store <16 x float> %2848, ptr %2851, align 4
  %2852 = fmul <16 x float> %2795, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2853 = or disjoint i64 %2850, 16
  %2854 = getelementptr inbounds float, ptr %qh1, i64 %2853
  store <16 x float> %2852, ptr %2854, align 4
  br label %endif1147

endif1147:                                        ; preds = %p12.exit, %endif1091, %endif1099, %endif1107, %endif1115, %endif1123, %endif1131, %endif1139, %then1141
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dbet, i8 0, i64 128, i1 false)
  br label %ib1.body

t4.head.preheader:                                ; preds = %j38.exit
  br i1 %2796, label %t4.body.preheader, label %i68.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %2855 = getelementptr i8, ptr %dv, i64 %284
  %2856 = getelementptr i8, ptr %dv, i64 %285
  %2857 = getelementptr i8, ptr %dv, i64 %286
  %2858 = getelementptr i8, ptr %dv, i64 %287
  %xtraiter3488 = and i64 %smax3487, 1
  %2859 = icmp slt i64 %indvars.iv2781, 2
  br i1 %2859, label %i68.body.preheader.loopexit.unr-lcssa, label %t4.body.preheader.new

t4.body.preheader.new:                            ; preds = %t4.body.preheader
  %unroll_iter3490 = and i64 %smax3487, 14
  br label %t4.body

ib1.body:                                         ; preds = %endif1147, %j38.exit
  %ib1.addr.02416 = phi i64 [ %ib1.next, %j38.exit ], [ 0, %endif1147 ]
  %2860 = shl nuw nsw i64 %ib1.addr.02416, 2
  %i01 = sub nuw nsw i64 28, %2860
  %2861 = shl nuw nsw i64 %i01, 5
  %2862 = getelementptr inbounds float, ptr %OY, i64 %2861
  %2863 = getelementptr inbounds i8, ptr %2862, i64 1024
  %2864 = load <16 x float>, ptr %2863, align 4
  %2865 = getelementptr inbounds i8, ptr %2862, i64 1088
  %2866 = load <16 x float>, ptr %2865, align 4
  %2867 = sub nuw nsw i64 29, %2860
  %2868 = shl nuw nsw i64 %2867, 5
  %2869 = getelementptr inbounds float, ptr %OY, i64 %2868
  %2870 = getelementptr inbounds i8, ptr %2869, i64 1024
  %2871 = load <16 x float>, ptr %2870, align 4
  %2872 = getelementptr inbounds i8, ptr %2869, i64 1088
  %2873 = load <16 x float>, ptr %2872, align 4
  %2874 = sub nuw nsw i64 30, %2860
  %2875 = shl nuw nsw i64 %2874, 5
  %2876 = getelementptr inbounds float, ptr %OY, i64 %2875
  %2877 = getelementptr inbounds i8, ptr %2876, i64 1024
  %2878 = load <16 x float>, ptr %2877, align 4
  %2879 = getelementptr inbounds i8, ptr %2876, i64 1088
  %2880 = load <16 x float>, ptr %2879, align 4
  %2881 = sub nuw nsw i64 31, %2860
  %2882 = shl nuw nsw i64 %2881, 5
  %2883 = getelementptr inbounds float, ptr %OY, i64 %2882
  %2884 = getelementptr inbounds i8, ptr %2883, i64 1024
  %2885 = load <16 x float>, ptr %2884, align 4
  %2886 = getelementptr inbounds i8, ptr %2883, i64 1088
  %2887 = load <16 x float>, ptr %2886, align 4
  %.not2550 = icmp eq i64 %ib1.addr.02416, 0
  br i1 %.not2550, label %j38.exit, label %j38.body.preheader

j38.body.preheader:                               ; preds = %ib1.body
  %2888 = sub nuw nsw i64 32, %2860
  br label %j38.body

j38.body:                                         ; preds = %j38.body.preheader, %j38.body
  %j38.addr.02407 = phi i64 [ %j38.next, %j38.body ], [ %2888, %j38.body.preheader ]
  %acc103.02406 = phi <16 x float> [ %2926, %j38.body ], [ %2887, %j38.body.preheader ]
  %acc102.02405 = phi <16 x float> [ %2925, %j38.body ], [ %2885, %j38.body.preheader ]
  %acc101.02404 = phi <16 x float> [ %2918, %j38.body ], [ %2880, %j38.body.preheader ]
  %acc100.02403 = phi <16 x float> [ %2917, %j38.body ], [ %2878, %j38.body.preheader ]
  %acc99.02402 = phi <16 x float> [ %2910, %j38.body ], [ %2873, %j38.body.preheader ]
  %acc98.02401 = phi <16 x float> [ %2909, %j38.body ], [ %2871, %j38.body.preheader ]
  %acc97.02400 = phi <16 x float> [ %2902, %j38.body ], [ %2866, %j38.body.preheader ]
  %acc96.02399 = phi <16 x float> [ %2901, %j38.body ], [ %2864, %j38.body.preheader ]
  %2889 = shl nuw nsw i64 %j38.addr.02407, 5
  %2890 = getelementptr inbounds float, ptr %OY, i64 %2889
  %2891 = getelementptr inbounds i8, ptr %2890, i64 1024
  %2892 = load <16 x float>, ptr %2891, align 4
  %2893 = getelementptr inbounds i8, ptr %2890, i64 1088
  %2894 = load <16 x float>, ptr %2893, align 4
  %2895 = or disjoint i64 %2889, %i01
  %2896 = getelementptr inbounds float, ptr %Gm, i64 %2895
  %2897 = load float, ptr %2896, align 4
  %2898 = fneg float %2897
  %2899 = insertelement <16 x float> poison, float %2898, i64 0
  %2900 = shufflevector <16 x float> %2899, <16 x float> poison, <16 x i32> zeroinitializer
  %2901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2900, <16 x float> %2892, <16 x float> %acc96.02399)
  %2902 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2900, <16 x float> %2894, <16 x float> %acc97.02400)
  %2903 = or disjoint i64 %2889, %2867
  %2904 = getelementptr inbounds float, ptr %Gm, i64 %2903
  %2905 = load float, ptr %2904, align 4
  %2906 = fneg float %2905
  %2907 = insertelement <16 x float> poison, float %2906, i64 0
  %2908 = shufflevector <16 x float> %2907, <16 x float> poison, <16 x i32> zeroinitializer
  %2909 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2908, <16 x float> %2892, <16 x float> %acc98.02401)
  %2910 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2908, <16 x float> %2894, <16 x float> %acc99.02402)
  %2911 = or disjoint i64 %2889, %2874
  %2912 = getelementptr inbounds float, ptr %Gm, i64 %2911
  %2913 = load float, ptr %2912, align 4
  %2914 = fneg float %2913
  %2915 = insertelement <16 x float> poison, float %2914, i64 0
  %2916 = shufflevector <16 x float> %2915, <16 x float> poison, <16 x i32> zeroinitializer
  %2917 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2916, <16 x float> %2892, <16 x float> %acc100.02403)
  %2918 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2916, <16 x float> %2894, <16 x float> %acc101.02404)
  %2919 = or disjoint i64 %2889, %2881
  %2920 = getelementptr inbounds float, ptr %Gm, i64 %2919
  %2921 = load float, ptr %2920, align 4
  %2922 = fneg float %2921
  %2923 = insertelement <16 x float> poison, float %2922, i64 0
  %2924 = shufflevector <16 x float> %2923, <16 x float> poison, <16 x i32> zeroinitializer
  %2925 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2924, <16 x float> %2892, <16 x float> %acc102.02405)
  %2926 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2924, <16 x float> %2894, <16 x float> %acc103.02406)
  %j38.next = add nuw nsw i64 %j38.addr.02407, 1
  %2927 = icmp ult i64 %j38.addr.02407, 31
  br i1 %2927, label %j38.body, label %j38.exit

j38.exit:                                         ; preds = %j38.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2864, %ib1.body ], [ %2901, %j38.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2866, %ib1.body ], [ %2902, %j38.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2871, %ib1.body ], [ %2909, %j38.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2873, %ib1.body ], [ %2910, %j38.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2878, %ib1.body ], [ %2917, %j38.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2880, %ib1.body ], [ %2918, %j38.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2885, %ib1.body ], [ %2925, %j38.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2887, %ib1.body ], [ %2926, %j38.body ]
  %2928 = getelementptr inbounds float, ptr %Rr, i64 %2882
  %2929 = load <16 x float>, ptr %2928, align 4
  %2930 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2929, <16 x float> zeroinitializer)
  %2931 = or disjoint i64 %2882, 16
  %2932 = getelementptr inbounds float, ptr %Rr, i64 %2931
  %2933 = load <16 x float>, ptr %2932, align 4
  %2934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2933, <16 x float> %2930)
  %2935 = shufflevector <16 x float> %2934, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2936 = shufflevector <16 x float> %2934, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2937 = fadd <8 x float> %2935, %2936
  %2938 = shufflevector <8 x float> %2937, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2939 = shufflevector <8 x float> %2937, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2940 = fadd <4 x float> %2938, %2939
  %2941 = shufflevector <4 x float> %2940, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2942 = shufflevector <4 x float> %2940, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2943 = fadd <2 x float> %2941, %2942
  %2944 = shufflevector <2 x float> %2943, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2945 = shufflevector <2 x float> %2943, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2946 = getelementptr inbounds float, ptr %bet, i64 %2881
  %2947 = load float, ptr %2946, align 4
  %2948 = insertelement <16 x float> poison, float %2947, i64 0
  %2949 = shufflevector <16 x float> %2948, <16 x float> poison, <16 x i32> zeroinitializer
  %2950 = fmul <16 x float> %acc102.0.lcssa, %2949
  store <16 x float> %2950, ptr %2884, align 4
  %2951 = fneg <16 x float> %2950
  %.idx2215 = mul nuw nsw i64 %2881, 416
  %2952 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2215
  %2953 = getelementptr inbounds i8, ptr %2952, i64 128
  store <16 x float> %2951, ptr %2953, align 4
  %2954 = fmul <16 x float> %acc103.0.lcssa, %2949
  store <16 x float> %2954, ptr %2886, align 4
  %2955 = fneg <16 x float> %2954
  %2956 = getelementptr inbounds i8, ptr %2952, i64 192
  store <16 x float> %2955, ptr %2956, align 4
  %2957 = or disjoint i64 %2882, %2874
  %2958 = getelementptr inbounds float, ptr %Gm, i64 %2957
  %2959 = load float, ptr %2958, align 4
  %2960 = fneg float %2959
  %2961 = insertelement <16 x float> poison, float %2960, i64 0
  %2962 = shufflevector <16 x float> %2961, <16 x float> poison, <16 x i32> zeroinitializer
  %2963 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2962, <16 x float> %2950, <16 x float> %acc100.0.lcssa)
  %2964 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2962, <16 x float> %2954, <16 x float> %acc101.0.lcssa)
  %2965 = getelementptr inbounds float, ptr %Rr, i64 %2875
  %2966 = load <16 x float>, ptr %2965, align 4
  %2967 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2963, <16 x float> %2966, <16 x float> zeroinitializer)
  %2968 = or disjoint i64 %2875, 16
  %2969 = getelementptr inbounds float, ptr %Rr, i64 %2968
  %2970 = load <16 x float>, ptr %2969, align 4
  %2971 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2964, <16 x float> %2970, <16 x float> %2967)
  %2972 = shufflevector <16 x float> %2971, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2973 = shufflevector <16 x float> %2971, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2974 = fadd <8 x float> %2972, %2973
  %2975 = shufflevector <8 x float> %2974, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2976 = shufflevector <8 x float> %2974, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2977 = fadd <4 x float> %2975, %2976
  %2978 = shufflevector <4 x float> %2977, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2979 = shufflevector <4 x float> %2977, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2980 = fadd <2 x float> %2978, %2979
  %2981 = shufflevector <2 x float> %2980, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2982 = shufflevector <2 x float> %2980, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2983 = getelementptr inbounds float, ptr %bet, i64 %2874
  %2984 = load float, ptr %2983, align 4
  %2985 = insertelement <16 x float> poison, float %2984, i64 0
  %2986 = shufflevector <16 x float> %2985, <16 x float> poison, <16 x i32> zeroinitializer
  %2987 = fmul <16 x float> %2963, %2986
  store <16 x float> %2987, ptr %2877, align 4
  %2988 = fneg <16 x float> %2987
  %.idx2216 = mul nuw nsw i64 %2874, 416
  %2989 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2216
  %2990 = getelementptr inbounds i8, ptr %2989, i64 128
  store <16 x float> %2988, ptr %2990, align 4
  %2991 = fmul <16 x float> %2964, %2986
  store <16 x float> %2991, ptr %2879, align 4
  %2992 = fneg <16 x float> %2991
  %2993 = getelementptr inbounds i8, ptr %2989, i64 192
  store <16 x float> %2992, ptr %2993, align 4
  %2994 = or disjoint i64 %2875, %2867
  %2995 = getelementptr inbounds float, ptr %Gm, i64 %2994
  %2996 = load float, ptr %2995, align 4
  %2997 = fneg float %2996
  %2998 = insertelement <16 x float> poison, float %2997, i64 0
  %2999 = shufflevector <16 x float> %2998, <16 x float> poison, <16 x i32> zeroinitializer
  %3000 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2999, <16 x float> %2987, <16 x float> %acc98.0.lcssa)
  %3001 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2999, <16 x float> %2991, <16 x float> %acc99.0.lcssa)
  %3002 = or disjoint i64 %2882, %2867
  %3003 = getelementptr inbounds float, ptr %Gm, i64 %3002
  %3004 = load float, ptr %3003, align 4
  %3005 = fneg float %3004
  %3006 = insertelement <16 x float> poison, float %3005, i64 0
  %3007 = shufflevector <16 x float> %3006, <16 x float> poison, <16 x i32> zeroinitializer
  %3008 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3007, <16 x float> %2950, <16 x float> %3000)
  %3009 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3007, <16 x float> %2954, <16 x float> %3001)
  %3010 = getelementptr inbounds float, ptr %Rr, i64 %2868
  %3011 = load <16 x float>, ptr %3010, align 4
  %3012 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3008, <16 x float> %3011, <16 x float> zeroinitializer)
  %3013 = or disjoint i64 %2868, 16
  %3014 = getelementptr inbounds float, ptr %Rr, i64 %3013
  %3015 = load <16 x float>, ptr %3014, align 4
  %3016 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3009, <16 x float> %3015, <16 x float> %3012)
  %3017 = shufflevector <16 x float> %3016, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3018 = shufflevector <16 x float> %3016, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3019 = fadd <8 x float> %3017, %3018
  %3020 = shufflevector <8 x float> %3019, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3021 = shufflevector <8 x float> %3019, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3022 = fadd <4 x float> %3020, %3021
  %3023 = shufflevector <4 x float> %3022, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3024 = shufflevector <4 x float> %3022, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3025 = fadd <2 x float> %3023, %3024
  %3026 = getelementptr inbounds float, ptr %bet, i64 %2867
  %3027 = load float, ptr %3026, align 4
  %3028 = insertelement <16 x float> poison, float %3027, i64 0
  %3029 = shufflevector <16 x float> %3028, <16 x float> poison, <16 x i32> zeroinitializer
  %3030 = fmul <16 x float> %3008, %3029
  store <16 x float> %3030, ptr %2870, align 4
  %3031 = fneg <16 x float> %3030
  %.idx2217 = mul nuw nsw i64 %2867, 416
  %3032 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2217
  %3033 = getelementptr inbounds i8, ptr %3032, i64 128
  store <16 x float> %3031, ptr %3033, align 4
  %3034 = fmul <16 x float> %3009, %3029
  store <16 x float> %3034, ptr %2872, align 4
  %3035 = fneg <16 x float> %3034
  %3036 = getelementptr inbounds i8, ptr %3032, i64 192
  store <16 x float> %3035, ptr %3036, align 4
  %3037 = or disjoint i64 %2868, %i01
  %3038 = getelementptr inbounds float, ptr %Gm, i64 %3037
  %3039 = load float, ptr %3038, align 4
  %3040 = fneg float %3039
  %3041 = insertelement <16 x float> poison, float %3040, i64 0
  %3042 = shufflevector <16 x float> %3041, <16 x float> poison, <16 x i32> zeroinitializer
  %3043 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3042, <16 x float> %3030, <16 x float> %acc96.0.lcssa)
  %3044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3042, <16 x float> %3034, <16 x float> %acc97.0.lcssa)
  %3045 = or disjoint i64 %2875, %i01
  %3046 = getelementptr inbounds float, ptr %Gm, i64 %3045
  %3047 = load float, ptr %3046, align 4
  %3048 = fneg float %3047
  %3049 = insertelement <16 x float> poison, float %3048, i64 0
  %3050 = shufflevector <16 x float> %3049, <16 x float> poison, <16 x i32> zeroinitializer
  %3051 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3050, <16 x float> %2987, <16 x float> %3043)
  %3052 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3050, <16 x float> %2991, <16 x float> %3044)
  %3053 = or disjoint i64 %2882, %i01
  %3054 = getelementptr inbounds float, ptr %Gm, i64 %3053
  %3055 = load float, ptr %3054, align 4
  %3056 = fneg float %3055
  %3057 = insertelement <16 x float> poison, float %3056, i64 0
  %3058 = shufflevector <16 x float> %3057, <16 x float> poison, <16 x i32> zeroinitializer
  %3059 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3058, <16 x float> %2950, <16 x float> %3051)
  %3060 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3058, <16 x float> %2954, <16 x float> %3052)
  %3061 = getelementptr inbounds float, ptr %Rr, i64 %2861
  %3062 = load <16 x float>, ptr %3061, align 4
  %3063 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3059, <16 x float> %3062, <16 x float> zeroinitializer)
  %3064 = or disjoint i64 %2861, 16
  %3065 = getelementptr inbounds float, ptr %Rr, i64 %3064
  %3066 = load <16 x float>, ptr %3065, align 4
  %3067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3060, <16 x float> %3066, <16 x float> %3063)
  %3068 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %3069 = shufflevector <16 x float> %3067, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3070 = shufflevector <16 x float> %3067, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3071 = fadd <8 x float> %3069, %3070
  %3072 = shufflevector <8 x float> %3071, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3073 = shufflevector <8 x float> %3071, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3074 = fadd <4 x float> %3072, %3073
  %3075 = shufflevector <4 x float> %3074, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3076 = shufflevector <4 x float> %3074, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3077 = fadd <2 x float> %3075, %3076
  %3078 = load <4 x float>, ptr %3068, align 4
  %3079 = shufflevector <2 x float> %3077, <2 x float> %3025, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %3080 = shufflevector <4 x float> %3079, <4 x float> %2982, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %3081 = shufflevector <4 x float> %3080, <4 x float> %2945, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %3082 = shufflevector <2 x float> %3077, <2 x float> %3025, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %3083 = shufflevector <4 x float> %3082, <4 x float> %2981, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %3084 = shufflevector <4 x float> %3083, <4 x float> %2944, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %3085 = fadd <4 x float> %3081, %3084
  %3086 = fadd <4 x float> %3078, %3085
  store <4 x float> %3086, ptr %3068, align 4
  %3087 = getelementptr inbounds float, ptr %bet, i64 %i01
  %3088 = load float, ptr %3087, align 4
  %3089 = insertelement <16 x float> poison, float %3088, i64 0
  %3090 = shufflevector <16 x float> %3089, <16 x float> poison, <16 x i32> zeroinitializer
  %3091 = fmul <16 x float> %3059, %3090
  store <16 x float> %3091, ptr %2863, align 4
  %3092 = fneg <16 x float> %3091
  %.idx2218 = mul nuw nsw i64 %i01, 416
  %3093 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2218
  %3094 = getelementptr inbounds i8, ptr %3093, i64 128
  store <16 x float> %3092, ptr %3094, align 4
  %3095 = fmul <16 x float> %3060, %3090
  store <16 x float> %3095, ptr %2865, align 4
  %3096 = fneg <16 x float> %3095
  %3097 = getelementptr inbounds i8, ptr %3093, i64 192
  store <16 x float> %3096, ptr %3097, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02416, 1
  %exitcond2772.not = icmp eq i64 %ib1.next, 8
  br i1 %exitcond2772.not, label %t4.head.preheader, label %ib1.body

t4.body:                                          ; preds = %t4.body, %t4.body.preheader.new
  %t4.addr.02421 = phi i64 [ 0, %t4.body.preheader.new ], [ %t4.next.1, %t4.body ]
  %niter3491 = phi i64 [ 0, %t4.body.preheader.new ], [ %niter3491.next.1, %t4.body ]
  %3098 = mul i64 %32, %t4.addr.02421
  %scevgep2779 = getelementptr i8, ptr %2855, i64 %3098
  %3099 = shl nuw nsw i64 %t4.addr.02421, 9
  %gep3060 = getelementptr i8, ptr %invariant.gep3059, i64 %3099
  %scevgep2777 = getelementptr i8, ptr %2856, i64 %3098
  %gep3062 = getelementptr i8, ptr %invariant.gep3061, i64 %3099
  %scevgep2775 = getelementptr i8, ptr %2857, i64 %3098
  %gep3064 = getelementptr i8, ptr %invariant.gep3063, i64 %3099
  %scevgep2773 = getelementptr i8, ptr %2858, i64 %3098
  %gep3066 = getelementptr i8, ptr %invariant.gep3065, i64 %3099
  %3100 = add nsw i64 %t4.addr.02421, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2773, ptr noundef nonnull align 4 dereferenceable(128) %gep3066, i64 128, i1 false)
  %i60 = shl nsw i64 %t4.addr.02421, 2
  %tau4 = shl nsw i64 %3100, 2
  %3101 = getelementptr inbounds float, ptr %dbet, i64 %i60
  %3102 = load float, ptr %3101, align 4
  %3103 = mul nsw i64 %tau4, %H
  %3104 = getelementptr inbounds float, ptr %betah1, i64 %3103
  store float %3102, ptr %3104, align 4
  %i62 = or disjoint i64 %i60, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2775, ptr noundef nonnull align 4 dereferenceable(128) %gep3064, i64 128, i1 false)
  %tau5 = or disjoint i64 %tau4, 1
  %3105 = getelementptr inbounds float, ptr %dbet, i64 %i62
  %3106 = load float, ptr %3105, align 4
  %3107 = mul nsw i64 %tau5, %H
  %3108 = getelementptr inbounds float, ptr %betah1, i64 %3107
  store float %3106, ptr %3108, align 4
  %i64 = or disjoint i64 %i60, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2777, ptr noundef nonnull align 4 dereferenceable(128) %gep3062, i64 128, i1 false)
  %tau6 = or disjoint i64 %tau4, 2
  %3109 = getelementptr inbounds float, ptr %dbet, i64 %i64
  %3110 = load float, ptr %3109, align 4
  %3111 = mul nsw i64 %tau6, %H
  %3112 = getelementptr inbounds float, ptr %betah1, i64 %3111
  store float %3110, ptr %3112, align 4
  %i66 = or disjoint i64 %i60, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779, ptr noundef nonnull align 4 dereferenceable(128) %gep3060, i64 128, i1 false)
  %tau7 = or disjoint i64 %tau4, 3
  %3113 = getelementptr inbounds float, ptr %dbet, i64 %i66
  %3114 = load float, ptr %3113, align 4
  %3115 = mul nsw i64 %tau7, %H
  %3116 = getelementptr inbounds float, ptr %betah1, i64 %3115
  store float %3114, ptr %3116, align 4
  %t4.next = or disjoint i64 %t4.addr.02421, 1
  %3117 = mul i64 %32, %t4.next
  %scevgep2779.1 = getelementptr i8, ptr %2855, i64 %3117
  %3118 = shl nuw nsw i64 %t4.next, 9
  %gep3060.1 = getelementptr i8, ptr %invariant.gep3059, i64 %3118
  %scevgep2777.1 = getelementptr i8, ptr %2856, i64 %3117
  %gep3062.1 = getelementptr i8, ptr %invariant.gep3061, i64 %3118
  %scevgep2775.1 = getelementptr i8, ptr %2857, i64 %3117
  %gep3064.1 = getelementptr i8, ptr %invariant.gep3063, i64 %3118
  %scevgep2773.1 = getelementptr i8, ptr %2858, i64 %3117
  %gep3066.1 = getelementptr i8, ptr %invariant.gep3065, i64 %3118
  %3119 = add nsw i64 %t4.next, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2773.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3066.1, i64 128, i1 false)
  %i60.1 = shl nsw i64 %t4.next, 2
  %tau4.1 = shl nsw i64 %3119, 2
  %3120 = getelementptr inbounds float, ptr %dbet, i64 %i60.1
  %3121 = load float, ptr %3120, align 4
  %3122 = mul nsw i64 %tau4.1, %H
  %3123 = getelementptr inbounds float, ptr %betah1, i64 %3122
  store float %3121, ptr %3123, align 4
  %i62.1 = or disjoint i64 %i60.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2775.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3064.1, i64 128, i1 false)
  %tau5.1 = or disjoint i64 %tau4.1, 1
  %3124 = getelementptr inbounds float, ptr %dbet, i64 %i62.1
  %3125 = load float, ptr %3124, align 4
  %3126 = mul nsw i64 %tau5.1, %H
  %3127 = getelementptr inbounds float, ptr %betah1, i64 %3126
  store float %3125, ptr %3127, align 4
  %i64.1 = or disjoint i64 %i60.1, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2777.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3062.1, i64 128, i1 false)
  %tau6.1 = or disjoint i64 %tau4.1, 2
  %3128 = getelementptr inbounds float, ptr %dbet, i64 %i64.1
  %3129 = load float, ptr %3128, align 4
  %3130 = mul nsw i64 %tau6.1, %H
  %3131 = getelementptr inbounds float, ptr %betah1, i64 %3130
  store float %3129, ptr %3131, align 4
  %i66.1 = or disjoint i64 %i60.1, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3060.1, i64 128, i1 false)
  %tau7.1 = or disjoint i64 %tau4.1, 3
  %3132 = getelementptr inbounds float, ptr %dbet, i64 %i66.1
  %3133 = load float, ptr %3132, align 4
  %3134 = mul nsw i64 %tau7.1, %H
  %3135 = getelementptr inbounds float, ptr %betah1, i64 %3134
  store float %3133, ptr %3135, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.02421, 2
  %niter3491.next.1 = add i64 %niter3491, 2
  %niter3491.ncmp.1 = icmp eq i64 %niter3491.next.1, %unroll_iter3490
  br i1 %niter3491.ncmp.1, label %i68.body.preheader.loopexit.unr-lcssa, label %t4.body

i68.body.preheader.loopexit.unr-lcssa:            ; preds = %t4.body, %t4.body.preheader
  %t4.addr.02421.unr = phi i64 [ 0, %t4.body.preheader ], [ %t4.next.1, %t4.body ]
  %lcmp.mod3489.not = icmp eq i64 %xtraiter3488, 0
  br i1 %lcmp.mod3489.not, label %i68.body.preheader, label %t4.body.epil

t4.body.epil:                                     ; preds = %i68.body.preheader.loopexit.unr-lcssa
  %3136 = mul i64 %32, %t4.addr.02421.unr
  %scevgep2779.epil = getelementptr i8, ptr %2855, i64 %3136
  %3137 = shl nuw nsw i64 %t4.addr.02421.unr, 9
  %gep3060.epil = getelementptr i8, ptr %invariant.gep3059, i64 %3137
  %scevgep2777.epil = getelementptr i8, ptr %2856, i64 %3136
  %gep3062.epil = getelementptr i8, ptr %invariant.gep3061, i64 %3137
  %scevgep2775.epil = getelementptr i8, ptr %2857, i64 %3136
  %gep3064.epil = getelementptr i8, ptr %invariant.gep3063, i64 %3137
  %scevgep2773.epil = getelementptr i8, ptr %2858, i64 %3136
  %gep3066.epil = getelementptr i8, ptr %invariant.gep3065, i64 %3137
  %3138 = add nsw i64 %t4.addr.02421.unr, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2773.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3066.epil, i64 128, i1 false)
  %i60.epil = shl nsw i64 %t4.addr.02421.unr, 2
  %tau4.epil = shl nsw i64 %3138, 2
  %3139 = getelementptr inbounds float, ptr %dbet, i64 %i60.epil
  %3140 = load float, ptr %3139, align 4
  %3141 = mul nsw i64 %tau4.epil, %H
  %3142 = getelementptr inbounds float, ptr %betah1, i64 %3141
  store float %3140, ptr %3142, align 4
  %i62.epil = or disjoint i64 %i60.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2775.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3064.epil, i64 128, i1 false)
  %tau5.epil = or disjoint i64 %tau4.epil, 1
  %3143 = getelementptr inbounds float, ptr %dbet, i64 %i62.epil
  %3144 = load float, ptr %3143, align 4
  %3145 = mul nsw i64 %tau5.epil, %H
  %3146 = getelementptr inbounds float, ptr %betah1, i64 %3145
  store float %3144, ptr %3146, align 4
  %i64.epil = or disjoint i64 %i60.epil, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2777.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3062.epil, i64 128, i1 false)
  %tau6.epil = or disjoint i64 %tau4.epil, 2
  %3147 = getelementptr inbounds float, ptr %dbet, i64 %i64.epil
  %3148 = load float, ptr %3147, align 4
  %3149 = mul nsw i64 %tau6.epil, %H
  %3150 = getelementptr inbounds float, ptr %betah1, i64 %3149
  store float %3148, ptr %3150, align 4
  %i66.epil = or disjoint i64 %i60.epil, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3060.epil, i64 128, i1 false)
  %tau7.epil = or disjoint i64 %tau4.epil, 3
  %3151 = getelementptr inbounds float, ptr %dbet, i64 %i66.epil
  %3152 = load float, ptr %3151, align 4
  %3153 = mul nsw i64 %tau7.epil, %H
  %3154 = getelementptr inbounds float, ptr %betah1, i64 %3153
  store float %3152, ptr %3154, align 4
  br label %i68.body.preheader

i68.body.preheader:                               ; preds = %t4.body.epil, %i68.body.preheader.loopexit.unr-lcssa, %t4.head.preheader
  br label %i68.body

i68.body:                                         ; preds = %i68.body.preheader, %p13.exit
  %i68.addr.02439 = phi i64 [ %i68.next, %p13.exit ], [ 0, %i68.body.preheader ]
  %3155 = shl nuw nsw i64 %i68.addr.02439, 6
  %3156 = or disjoint i64 %3155, 32
  %3157 = getelementptr inbounds float, ptr %work, i64 %3156
  %3158 = load <16 x float>, ptr %3157, align 4
  %3159 = or disjoint i64 %3155, 48
  %3160 = getelementptr inbounds float, ptr %work, i64 %3159
  %3161 = load <16 x float>, ptr %3160, align 4
  %3162 = or disjoint i64 %i68.addr.02439, 1
  %3163 = shl nuw nsw i64 %3162, 6
  %3164 = or disjoint i64 %3163, 32
  %3165 = getelementptr inbounds float, ptr %work, i64 %3164
  %3166 = load <16 x float>, ptr %3165, align 4
  %3167 = or disjoint i64 %3163, 48
  %3168 = getelementptr inbounds float, ptr %work, i64 %3167
  %3169 = load <16 x float>, ptr %3168, align 4
  %3170 = or disjoint i64 %i68.addr.02439, 2
  %3171 = shl nuw nsw i64 %3170, 6
  %3172 = or disjoint i64 %3171, 32
  %3173 = getelementptr inbounds float, ptr %work, i64 %3172
  %3174 = load <16 x float>, ptr %3173, align 4
  %3175 = or disjoint i64 %3171, 48
  %3176 = getelementptr inbounds float, ptr %work, i64 %3175
  %3177 = load <16 x float>, ptr %3176, align 4
  %3178 = or disjoint i64 %i68.addr.02439, 3
  %3179 = shl nuw nsw i64 %3178, 6
  %3180 = or disjoint i64 %3179, 32
  %3181 = getelementptr inbounds float, ptr %work, i64 %3180
  %3182 = load <16 x float>, ptr %3181, align 4
  %3183 = or disjoint i64 %3179, 48
  %3184 = getelementptr inbounds float, ptr %work, i64 %3183
  %3185 = load <16 x float>, ptr %3184, align 4
  %3186 = or disjoint i64 %i68.addr.02439, 4
  %3187 = shl nuw nsw i64 %3186, 6
  %3188 = or disjoint i64 %3187, 32
  %3189 = getelementptr inbounds float, ptr %work, i64 %3188
  %3190 = load <16 x float>, ptr %3189, align 4
  %3191 = or disjoint i64 %3187, 48
  %3192 = getelementptr inbounds float, ptr %work, i64 %3191
  %3193 = load <16 x float>, ptr %3192, align 4
  %3194 = or disjoint i64 %i68.addr.02439, 5
  %3195 = shl nuw nsw i64 %3194, 6
  %3196 = or disjoint i64 %3195, 32
  %3197 = getelementptr inbounds float, ptr %work, i64 %3196
  %3198 = load <16 x float>, ptr %3197, align 4
  %3199 = or disjoint i64 %3195, 48
  %3200 = getelementptr inbounds float, ptr %work, i64 %3199
  %3201 = load <16 x float>, ptr %3200, align 4
  %3202 = or disjoint i64 %i68.addr.02439, 6
  %3203 = shl nuw nsw i64 %3202, 6
  %3204 = or disjoint i64 %3203, 32
  %3205 = getelementptr inbounds float, ptr %work, i64 %3204
  %3206 = load <16 x float>, ptr %3205, align 4
  %3207 = or disjoint i64 %3203, 48
  %3208 = getelementptr inbounds float, ptr %work, i64 %3207
  %3209 = load <16 x float>, ptr %3208, align 4
  %3210 = or disjoint i64 %i68.addr.02439, 7
  %3211 = shl nuw nsw i64 %3210, 6
  %3212 = or disjoint i64 %3211, 32
  %3213 = getelementptr inbounds float, ptr %work, i64 %3212
  %3214 = load <16 x float>, ptr %3213, align 4
  %3215 = or disjoint i64 %3211, 48
  %3216 = getelementptr inbounds float, ptr %work, i64 %3215
  %3217 = load <16 x float>, ptr %3216, align 4
  br label %p13.body

p13.body:                                         ; preds = %i68.body, %p13.body
  %p13.addr.02438 = phi i64 [ 0, %i68.body ], [ %p13.next, %p13.body ]
  %acc119.02437 = phi <16 x float> [ %3217, %i68.body ], [ %3279, %p13.body ]
  %acc118.02436 = phi <16 x float> [ %3214, %i68.body ], [ %3278, %p13.body ]
  %acc117.02435 = phi <16 x float> [ %3209, %i68.body ], [ %3272, %p13.body ]
  %acc116.02434 = phi <16 x float> [ %3206, %i68.body ], [ %3271, %p13.body ]
  %acc115.02433 = phi <16 x float> [ %3201, %i68.body ], [ %3265, %p13.body ]
  %acc114.02432 = phi <16 x float> [ %3198, %i68.body ], [ %3264, %p13.body ]
  %acc113.02431 = phi <16 x float> [ %3193, %i68.body ], [ %3258, %p13.body ]
  %acc112.02430 = phi <16 x float> [ %3190, %i68.body ], [ %3257, %p13.body ]
  %acc111.02429 = phi <16 x float> [ %3185, %i68.body ], [ %3251, %p13.body ]
  %acc110.02428 = phi <16 x float> [ %3182, %i68.body ], [ %3250, %p13.body ]
  %acc109.02427 = phi <16 x float> [ %3177, %i68.body ], [ %3244, %p13.body ]
  %acc108.02426 = phi <16 x float> [ %3174, %i68.body ], [ %3243, %p13.body ]
  %acc107.02425 = phi <16 x float> [ %3169, %i68.body ], [ %3237, %p13.body ]
  %acc106.02424 = phi <16 x float> [ %3166, %i68.body ], [ %3236, %p13.body ]
  %acc105.02423 = phi <16 x float> [ %3161, %i68.body ], [ %3230, %p13.body ]
  %acc104.02422 = phi <16 x float> [ %3158, %i68.body ], [ %3229, %p13.body ]
  %3218 = shl nuw nsw i64 %p13.addr.02438, 5
  %3219 = getelementptr inbounds float, ptr %OY, i64 %3218
  %3220 = load <16 x float>, ptr %3219, align 4
  %3221 = or disjoint i64 %3218, 16
  %3222 = getelementptr inbounds float, ptr %OY, i64 %3221
  %3223 = load <16 x float>, ptr %3222, align 4
  %3224 = or disjoint i64 %3218, %i68.addr.02439
  %3225 = getelementptr inbounds float, ptr %QK, i64 %3224
  %3226 = load float, ptr %3225, align 4
  %3227 = insertelement <16 x float> poison, float %3226, i64 0
  %3228 = shufflevector <16 x float> %3227, <16 x float> poison, <16 x i32> zeroinitializer
  %3229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3228, <16 x float> %3220, <16 x float> %acc104.02422)
  %3230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3228, <16 x float> %3223, <16 x float> %acc105.02423)
  %3231 = or disjoint i64 %3218, %3162
  %3232 = getelementptr inbounds float, ptr %QK, i64 %3231
  %3233 = load float, ptr %3232, align 4
  %3234 = insertelement <16 x float> poison, float %3233, i64 0
  %3235 = shufflevector <16 x float> %3234, <16 x float> poison, <16 x i32> zeroinitializer
  %3236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3235, <16 x float> %3220, <16 x float> %acc106.02424)
  %3237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3235, <16 x float> %3223, <16 x float> %acc107.02425)
  %3238 = or disjoint i64 %3218, %3170
  %3239 = getelementptr inbounds float, ptr %QK, i64 %3238
  %3240 = load float, ptr %3239, align 4
  %3241 = insertelement <16 x float> poison, float %3240, i64 0
  %3242 = shufflevector <16 x float> %3241, <16 x float> poison, <16 x i32> zeroinitializer
  %3243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3242, <16 x float> %3220, <16 x float> %acc108.02426)
  %3244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3242, <16 x float> %3223, <16 x float> %acc109.02427)
  %3245 = or disjoint i64 %3218, %3178
  %3246 = getelementptr inbounds float, ptr %QK, i64 %3245
  %3247 = load float, ptr %3246, align 4
  %3248 = insertelement <16 x float> poison, float %3247, i64 0
  %3249 = shufflevector <16 x float> %3248, <16 x float> poison, <16 x i32> zeroinitializer
  %3250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3249, <16 x float> %3220, <16 x float> %acc110.02428)
  %3251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3249, <16 x float> %3223, <16 x float> %acc111.02429)
  %3252 = or disjoint i64 %3218, %3186
  %3253 = getelementptr inbounds float, ptr %QK, i64 %3252
  %3254 = load float, ptr %3253, align 4
  %3255 = insertelement <16 x float> poison, float %3254, i64 0
  %3256 = shufflevector <16 x float> %3255, <16 x float> poison, <16 x i32> zeroinitializer
  %3257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3256, <16 x float> %3220, <16 x float> %acc112.02430)
  %3258 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3256, <16 x float> %3223, <16 x float> %acc113.02431)
  %3259 = or disjoint i64 %3218, %3194
  %3260 = getelementptr inbounds float, ptr %QK, i64 %3259
  %3261 = load float, ptr %3260, align 4
  %3262 = insertelement <16 x float> poison, float %3261, i64 0
  %3263 = shufflevector <16 x float> %3262, <16 x float> poison, <16 x i32> zeroinitializer
  %3264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3263, <16 x float> %3220, <16 x float> %acc114.02432)
  %3265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3263, <16 x float> %3223, <16 x float> %acc115.02433)
  %3266 = or disjoint i64 %3218, %3202
  %3267 = getelementptr inbounds float, ptr %QK, i64 %3266
  %3268 = load float, ptr %3267, align 4
  %3269 = insertelement <16 x float> poison, float %3268, i64 0
  %3270 = shufflevector <16 x float> %3269, <16 x float> poison, <16 x i32> zeroinitializer
  %3271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3270, <16 x float> %3220, <16 x float> %acc116.02434)
  %3272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3270, <16 x float> %3223, <16 x float> %acc117.02435)
  %3273 = or disjoint i64 %3218, %3210
  %3274 = getelementptr inbounds float, ptr %QK, i64 %3273
  %3275 = load float, ptr %3274, align 4
  %3276 = insertelement <16 x float> poison, float %3275, i64 0
  %3277 = shufflevector <16 x float> %3276, <16 x float> poison, <16 x i32> zeroinitializer
  %3278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3277, <16 x float> %3220, <16 x float> %acc118.02436)
  %3279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3277, <16 x float> %3223, <16 x float> %acc119.02437)
  %p13.next = add nuw nsw i64 %p13.addr.02438, 1
  %exitcond2784.not = icmp eq i64 %p13.next, 40
  br i1 %exitcond2784.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  store <16 x float> %3229, ptr %3157, align 4
  store <16 x float> %3230, ptr %3160, align 4
  store <16 x float> %3236, ptr %3165, align 4
  store <16 x float> %3237, ptr %3168, align 4
  store <16 x float> %3243, ptr %3173, align 4
  store <16 x float> %3244, ptr %3176, align 4
  store <16 x float> %3250, ptr %3181, align 4
  store <16 x float> %3251, ptr %3184, align 4
  store <16 x float> %3257, ptr %3189, align 4
  store <16 x float> %3258, ptr %3192, align 4
  store <16 x float> %3264, ptr %3197, align 4
  store <16 x float> %3265, ptr %3200, align 4
  store <16 x float> %3271, ptr %3205, align 4
  store <16 x float> %3272, ptr %3208, align 4
  store <16 x float> %3278, ptr %3213, align 4
  store <16 x float> %3279, ptr %3216, align 4
  %i68.next = add nuw nsw i64 %i68.addr.02439, 8
  %3280 = icmp ult i64 %i68.addr.02439, 24
  br i1 %3280, label %i68.body, label %i69.body

i69.head.loopexit:                                ; preds = %p14.exit.1, %p14.exit
  %3281 = icmp ult i64 %i69.addr.02452, 24
  br i1 %3281, label %i69.body, label %t5.body

i69.body:                                         ; preds = %p13.exit, %i69.head.loopexit
  %i69.addr.02452 = phi i64 [ %3282, %i69.head.loopexit ], [ 0, %p13.exit ]
  %3282 = add nuw nsw i64 %i69.addr.02452, 8
  %.idx2178 = mul nuw nsw i64 %i69.addr.02452, 416
  %3283 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2178
  %3284 = getelementptr inbounds i8, ptr %3283, i64 288
  %3285 = getelementptr inbounds i8, ptr %3283, i64 704
  %3286 = getelementptr inbounds i8, ptr %3283, i64 1120
  %3287 = getelementptr inbounds i8, ptr %3283, i64 1536
  %3288 = getelementptr inbounds i8, ptr %3283, i64 1952
  %3289 = getelementptr inbounds i8, ptr %3283, i64 2368
  %3290 = getelementptr inbounds i8, ptr %3283, i64 2784
  %3291 = getelementptr inbounds i8, ptr %3283, i64 3200
  %.idx2806 = shl nsw i64 %i69.addr.02452, 7
  %invariant.gep3067 = getelementptr inbounds i8, ptr %OY, i64 %.idx2806
  br label %p14.body

p14.body:                                         ; preds = %i69.body, %p14.body
  %p14.addr.02450 = phi i64 [ 0, %i69.body ], [ %p14.next, %p14.body ]
  %acc127.02449 = phi <16 x float> [ zeroinitializer, %i69.body ], [ %3332, %p14.body ]
  %acc126.02448 = phi <16 x float> [ zeroinitializer, %i69.body ], [ %3327, %p14.body ]
  %acc125.02447 = phi <16 x float> [ zeroinitializer, %i69.body ], [ %3322, %p14.body ]
  %acc124.02446 = phi <16 x float> [ zeroinitializer, %i69.body ], [ %3317, %p14.body ]
  %acc123.02445 = phi <16 x float> [ zeroinitializer, %i69.body ], [ %3312, %p14.body ]
  %acc122.02444 = phi <16 x float> [ zeroinitializer, %i69.body ], [ %3307, %p14.body ]
  %acc121.02443 = phi <16 x float> [ zeroinitializer, %i69.body ], [ %3302, %p14.body ]
  %acc120.02442 = phi <16 x float> [ zeroinitializer, %i69.body ], [ %3297, %p14.body ]
  %.idx2186 = shl nuw nsw i64 %p14.addr.02450, 7
  %gep2441 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2186
  %3292 = load <16 x float>, ptr %gep2441, align 4
  %gep3068 = getelementptr inbounds float, ptr %invariant.gep3067, i64 %p14.addr.02450
  %3293 = getelementptr inbounds i8, ptr %gep3068, i64 1024
  %3294 = load float, ptr %3293, align 4
  %3295 = insertelement <16 x float> poison, float %3294, i64 0
  %3296 = shufflevector <16 x float> %3295, <16 x float> poison, <16 x i32> zeroinitializer
  %3297 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3296, <16 x float> %3292, <16 x float> %acc120.02442)
  %3298 = getelementptr inbounds i8, ptr %gep3068, i64 1152
  %3299 = load float, ptr %3298, align 4
  %3300 = insertelement <16 x float> poison, float %3299, i64 0
  %3301 = shufflevector <16 x float> %3300, <16 x float> poison, <16 x i32> zeroinitializer
  %3302 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3301, <16 x float> %3292, <16 x float> %acc121.02443)
  %3303 = getelementptr inbounds i8, ptr %gep3068, i64 1280
  %3304 = load float, ptr %3303, align 4
  %3305 = insertelement <16 x float> poison, float %3304, i64 0
  %3306 = shufflevector <16 x float> %3305, <16 x float> poison, <16 x i32> zeroinitializer
  %3307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3306, <16 x float> %3292, <16 x float> %acc122.02444)
  %3308 = getelementptr inbounds i8, ptr %gep3068, i64 1408
  %3309 = load float, ptr %3308, align 4
  %3310 = insertelement <16 x float> poison, float %3309, i64 0
  %3311 = shufflevector <16 x float> %3310, <16 x float> poison, <16 x i32> zeroinitializer
  %3312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3311, <16 x float> %3292, <16 x float> %acc123.02445)
  %3313 = getelementptr inbounds i8, ptr %gep3068, i64 1536
  %3314 = load float, ptr %3313, align 4
  %3315 = insertelement <16 x float> poison, float %3314, i64 0
  %3316 = shufflevector <16 x float> %3315, <16 x float> poison, <16 x i32> zeroinitializer
  %3317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3316, <16 x float> %3292, <16 x float> %acc124.02446)
  %3318 = getelementptr inbounds i8, ptr %gep3068, i64 1664
  %3319 = load float, ptr %3318, align 4
  %3320 = insertelement <16 x float> poison, float %3319, i64 0
  %3321 = shufflevector <16 x float> %3320, <16 x float> poison, <16 x i32> zeroinitializer
  %3322 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3321, <16 x float> %3292, <16 x float> %acc125.02447)
  %3323 = getelementptr inbounds i8, ptr %gep3068, i64 1792
  %3324 = load float, ptr %3323, align 4
  %3325 = insertelement <16 x float> poison, float %3324, i64 0
  %3326 = shufflevector <16 x float> %3325, <16 x float> poison, <16 x i32> zeroinitializer
  %3327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3326, <16 x float> %3292, <16 x float> %acc126.02448)
  %3328 = getelementptr inbounds i8, ptr %gep3068, i64 1920
  %3329 = load float, ptr %3328, align 4
  %3330 = insertelement <16 x float> poison, float %3329, i64 0
  %3331 = shufflevector <16 x float> %3330, <16 x float> poison, <16 x i32> zeroinitializer
  %3332 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3331, <16 x float> %3292, <16 x float> %acc127.02449)
  %p14.next = add nuw nsw i64 %p14.addr.02450, 1
  %exitcond2785.not = icmp eq i64 %p14.next, 32
  br i1 %exitcond2785.not, label %p14.exit, label %p14.body

p14.exit:                                         ; preds = %p14.body
  store <16 x float> %3297, ptr %3284, align 4
  store <16 x float> %3302, ptr %3285, align 4
  store <16 x float> %3307, ptr %3286, align 4
  store <16 x float> %3312, ptr %3287, align 4
  store <16 x float> %3317, ptr %3288, align 4
  store <16 x float> %3322, ptr %3289, align 4
  store <16 x float> %3327, ptr %3290, align 4
  store <16 x float> %3332, ptr %3291, align 4
  %3333 = icmp ugt i64 %i69.addr.02452, 8
  br i1 %3333, label %p14.body.1, label %i69.head.loopexit

p14.body.1:                                       ; preds = %p14.exit, %p14.body.1
  %p14.addr.02450.1 = phi i64 [ %p14.next.1, %p14.body.1 ], [ 0, %p14.exit ]
  %acc127.02449.1 = phi <16 x float> [ %3374, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc126.02448.1 = phi <16 x float> [ %3369, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc125.02447.1 = phi <16 x float> [ %3364, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc124.02446.1 = phi <16 x float> [ %3359, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc123.02445.1 = phi <16 x float> [ %3354, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc122.02444.1 = phi <16 x float> [ %3349, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc121.02443.1 = phi <16 x float> [ %3344, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %acc120.02442.1 = phi <16 x float> [ %3339, %p14.body.1 ], [ zeroinitializer, %p14.exit ]
  %.idx2186.1 = shl nuw nsw i64 %p14.addr.02450.1, 7
  %gep2441.1 = getelementptr inbounds i8, ptr %invariant.gep2440.1, i64 %.idx2186.1
  %3334 = load <16 x float>, ptr %gep2441.1, align 4
  %gep3068.1 = getelementptr inbounds float, ptr %invariant.gep3067, i64 %p14.addr.02450.1
  %3335 = getelementptr inbounds i8, ptr %gep3068.1, i64 1024
  %3336 = load float, ptr %3335, align 4
  %3337 = insertelement <16 x float> poison, float %3336, i64 0
  %3338 = shufflevector <16 x float> %3337, <16 x float> poison, <16 x i32> zeroinitializer
  %3339 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3338, <16 x float> %3334, <16 x float> %acc120.02442.1)
  %3340 = getelementptr inbounds i8, ptr %gep3068.1, i64 1152
  %3341 = load float, ptr %3340, align 4
  %3342 = insertelement <16 x float> poison, float %3341, i64 0
  %3343 = shufflevector <16 x float> %3342, <16 x float> poison, <16 x i32> zeroinitializer
  %3344 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3343, <16 x float> %3334, <16 x float> %acc121.02443.1)
  %3345 = getelementptr inbounds i8, ptr %gep3068.1, i64 1280
  %3346 = load float, ptr %3345, align 4
  %3347 = insertelement <16 x float> poison, float %3346, i64 0
  %3348 = shufflevector <16 x float> %3347, <16 x float> poison, <16 x i32> zeroinitializer
  %3349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3348, <16 x float> %3334, <16 x float> %acc122.02444.1)
  %3350 = getelementptr inbounds i8, ptr %gep3068.1, i64 1408
  %3351 = load float, ptr %3350, align 4
  %3352 = insertelement <16 x float> poison, float %3351, i64 0
  %3353 = shufflevector <16 x float> %3352, <16 x float> poison, <16 x i32> zeroinitializer
  %3354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3353, <16 x float> %3334, <16 x float> %acc123.02445.1)
  %3355 = getelementptr inbounds i8, ptr %gep3068.1, i64 1536
  %3356 = load float, ptr %3355, align 4
  %3357 = insertelement <16 x float> poison, float %3356, i64 0
  %3358 = shufflevector <16 x float> %3357, <16 x float> poison, <16 x i32> zeroinitializer
  %3359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3358, <16 x float> %3334, <16 x float> %acc124.02446.1)
  %3360 = getelementptr inbounds i8, ptr %gep3068.1, i64 1664
  %3361 = load float, ptr %3360, align 4
  %3362 = insertelement <16 x float> poison, float %3361, i64 0
  %3363 = shufflevector <16 x float> %3362, <16 x float> poison, <16 x i32> zeroinitializer
  %3364 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3363, <16 x float> %3334, <16 x float> %acc125.02447.1)
  %3365 = getelementptr inbounds i8, ptr %gep3068.1, i64 1792
  %3366 = load float, ptr %3365, align 4
  %3367 = insertelement <16 x float> poison, float %3366, i64 0
  %3368 = shufflevector <16 x float> %3367, <16 x float> poison, <16 x i32> zeroinitializer
  %3369 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3368, <16 x float> %3334, <16 x float> %acc126.02448.1)
  %3370 = getelementptr inbounds i8, ptr %gep3068.1, i64 1920
  %3371 = load float, ptr %3370, align 4
  %3372 = insertelement <16 x float> poison, float %3371, i64 0
  %3373 = shufflevector <16 x float> %3372, <16 x float> poison, <16 x i32> zeroinitializer
  %3374 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3373, <16 x float> %3334, <16 x float> %acc127.02449.1)
  %p14.next.1 = add nuw nsw i64 %p14.addr.02450.1, 1
  %exitcond2785.not.1 = icmp eq i64 %p14.next.1, 32
  br i1 %exitcond2785.not.1, label %p14.exit.1, label %p14.body.1

p14.exit.1:                                       ; preds = %p14.body.1
  %3375 = getelementptr inbounds i8, ptr %3283, i64 352
  store <16 x float> %3339, ptr %3375, align 4
  %3376 = getelementptr inbounds i8, ptr %3283, i64 768
  store <16 x float> %3344, ptr %3376, align 4
  %3377 = getelementptr inbounds i8, ptr %3283, i64 1184
  store <16 x float> %3349, ptr %3377, align 4
  %3378 = getelementptr inbounds i8, ptr %3283, i64 1600
  store <16 x float> %3354, ptr %3378, align 4
  %3379 = getelementptr inbounds i8, ptr %3283, i64 2016
  store <16 x float> %3359, ptr %3379, align 4
  %3380 = getelementptr inbounds i8, ptr %3283, i64 2432
  store <16 x float> %3364, ptr %3380, align 4
  %3381 = getelementptr inbounds i8, ptr %3283, i64 2848
  store <16 x float> %3369, ptr %3381, align 4
  %3382 = getelementptr inbounds i8, ptr %3283, i64 3264
  store <16 x float> %3374, ptr %3382, align 4
  br label %i69.head.loopexit

i74.head.preheader:                               ; preds = %j48.exit
  %3383 = shl nsw i64 %L, 2
  %3384 = shl nsw i64 %ci, 5
  br label %p15.head.preheader

t5.body:                                          ; preds = %i69.head.loopexit, %j48.exit
  %indvars.iv2793 = phi i64 [ %indvars.iv.next2794, %j48.exit ], [ 2, %i69.head.loopexit ]
  %indvars.iv2790 = phi i64 [ %indvars.iv.next2791, %j48.exit ], [ 1, %i69.head.loopexit ]
  %t5.addr.02487 = phi i64 [ %t5.next, %j48.exit ], [ 0, %i69.head.loopexit ]
  %3385 = shl nuw nsw i64 %t5.addr.02487, 2
  %3386 = shl nuw nsw i64 %t5.addr.02487, 2
  %umax = tail call i64 @llvm.umax.i64(i64 %3386, i64 1)
  %i70 = shl nuw nsw i64 %t5.addr.02487, 2
  %invariant.gep2457 = getelementptr float, ptr %invariant.gep2453, i64 %i70
  %.not2555 = icmp eq i64 %t5.addr.02487, 0
  br i1 %.not2555, label %j45.exit, label %j45.body.lr.ph

j45.body.lr.ph:                                   ; preds = %t5.body
  %.idx2176 = mul nuw nsw i64 %t5.addr.02487, 1664
  %gep2454 = getelementptr inbounds i8, ptr %invariant.gep2453, i64 %.idx2176
  %xtraiter3492 = and i64 %umax, 5
  %3387 = icmp eq i64 %t5.addr.02487, 1
  br i1 %3387, label %j45.exit.loopexit.unr-lcssa, label %j45.body.lr.ph.new

j45.body.lr.ph.new:                               ; preds = %j45.body.lr.ph
  %unroll_iter3494 = and i64 %umax, 9223372036854775800
  br label %j45.body

j45.body:                                         ; preds = %j45.body, %j45.body.lr.ph.new
  %j45.addr.02459 = phi i64 [ 0, %j45.body.lr.ph.new ], [ %j45.next.7, %j45.body ]
  %niter3495 = phi i64 [ 0, %j45.body.lr.ph.new ], [ %niter3495.next.7, %j45.body ]
  %3388 = getelementptr inbounds float, ptr %gep2454, i64 %j45.addr.02459
  %3389 = load float, ptr %3388, align 4
  %3390 = fneg float %3389
  store float %3390, ptr %3388, align 4
  %.idx2177 = mul nuw nsw i64 %j45.addr.02459, 416
  %gep2458 = getelementptr i8, ptr %invariant.gep2457, i64 %.idx2177
  store float %3390, ptr %gep2458, align 4
  %j45.next = or disjoint i64 %j45.addr.02459, 1
  %3391 = getelementptr inbounds float, ptr %gep2454, i64 %j45.next
  %3392 = load float, ptr %3391, align 4
  %3393 = fneg float %3392
  store float %3393, ptr %3391, align 4
  %.idx2177.1 = mul nuw nsw i64 %j45.next, 416
  %gep2458.1 = getelementptr i8, ptr %invariant.gep2457, i64 %.idx2177.1
  store float %3393, ptr %gep2458.1, align 4
  %j45.next.1 = or disjoint i64 %j45.addr.02459, 2
  %3394 = getelementptr inbounds float, ptr %gep2454, i64 %j45.next.1
  %3395 = load float, ptr %3394, align 4
  %3396 = fneg float %3395
  store float %3396, ptr %3394, align 4
  %.idx2177.2 = mul nuw nsw i64 %j45.next.1, 416
  %gep2458.2 = getelementptr i8, ptr %invariant.gep2457, i64 %.idx2177.2
  store float %3396, ptr %gep2458.2, align 4
  %j45.next.2 = or disjoint i64 %j45.addr.02459, 3
  %3397 = getelementptr inbounds float, ptr %gep2454, i64 %j45.next.2
  %3398 = load float, ptr %3397, align 4
  %3399 = fneg float %3398
  store float %3399, ptr %3397, align 4
  %.idx2177.3 = mul nuw nsw i64 %j45.next.2, 416
  %gep2458.3 = getelementptr i8, ptr %invariant.gep2457, i64 %.idx2177.3
  store float %3399, ptr %gep2458.3, align 4
  %j45.next.3 = or disjoint i64 %j45.addr.02459, 4
  %3400 = getelementptr inbounds float, ptr %gep2454, i64 %j45.next.3
  %3401 = load float, ptr %3400, align 4
  %3402 = fneg float %3401
  store float %3402, ptr %3400, align 4
  %.idx2177.4 = mul nuw nsw i64 %j45.next.3, 416
  %gep2458.4 = getelementptr i8, ptr %invariant.gep2457, i64 %.idx2177.4
  store float %3402, ptr %gep2458.4, align 4
  %j45.next.4 = or disjoint i64 %j45.addr.02459, 5
  %3403 = getelementptr inbounds float, ptr %gep2454, i64 %j45.next.4
  %3404 = load float, ptr %3403, align 4
  %3405 = fneg float %3404
  store float %3405, ptr %3403, align 4
  %.idx2177.5 = mul nuw nsw i64 %j45.next.4, 416
  %gep2458.5 = getelementptr i8, ptr %invariant.gep2457, i64 %.idx2177.5
  store float %3405, ptr %gep2458.5, align 4
  %j45.next.5 = or disjoint i64 %j45.addr.02459, 6
  %3406 = getelementptr inbounds float, ptr %gep2454, i64 %j45.next.5
  %3407 = load float, ptr %3406, align 4
  %3408 = fneg float %3407
  store float %3408, ptr %3406, align 4
  %.idx2177.6 = mul nuw nsw i64 %j45.next.5, 416
  %gep2458.6 = getelementptr i8, ptr %invariant.gep2457, i64 %.idx2177.6
  store float %3408, ptr %gep2458.6, align 4
  %j45.next.6 = or disjoint i64 %j45.addr.02459, 7
  %3409 = getelementptr inbounds float, ptr %gep2454, i64 %j45.next.6
  %3410 = load float, ptr %3409, align 4
  %3411 = fneg float %3410
  store float %3411, ptr %3409, align 4
  %.idx2177.7 = mul nuw nsw i64 %j45.next.6, 416
  %gep2458.7 = getelementptr i8, ptr %invariant.gep2457, i64 %.idx2177.7
  store float %3411, ptr %gep2458.7, align 4
  %j45.next.7 = add nuw nsw i64 %j45.addr.02459, 8
  %niter3495.next.7 = add i64 %niter3495, 8
  %niter3495.ncmp.7 = icmp eq i64 %niter3495.next.7, %unroll_iter3494
  br i1 %niter3495.ncmp.7, label %j45.exit.loopexit.unr-lcssa, label %j45.body

j45.exit.loopexit.unr-lcssa:                      ; preds = %j45.body, %j45.body.lr.ph
  %j45.addr.02459.unr = phi i64 [ 0, %j45.body.lr.ph ], [ %j45.next.7, %j45.body ]
  %lcmp.mod3493.not = icmp eq i64 %xtraiter3492, 0
  br i1 %lcmp.mod3493.not, label %j45.exit, label %j45.body.epil

j45.body.epil:                                    ; preds = %j45.exit.loopexit.unr-lcssa, %j45.body.epil
  %j45.addr.02459.epil = phi i64 [ %j45.next.epil, %j45.body.epil ], [ %j45.addr.02459.unr, %j45.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j45.body.epil ], [ 0, %j45.exit.loopexit.unr-lcssa ]
  %3412 = getelementptr inbounds float, ptr %gep2454, i64 %j45.addr.02459.epil
  %3413 = load float, ptr %3412, align 4
  %3414 = fneg float %3413
  store float %3414, ptr %3412, align 4
  %.idx2177.epil = mul nuw nsw i64 %j45.addr.02459.epil, 416
  %gep2458.epil = getelementptr i8, ptr %invariant.gep2457, i64 %.idx2177.epil
  store float %3414, ptr %gep2458.epil, align 4
  %j45.next.epil = add nuw nsw i64 %j45.addr.02459.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3492
  br i1 %epil.iter.cmp.not, label %j45.exit, label %j45.body.epil, !llvm.loop !0

j45.exit:                                         ; preds = %j45.exit.loopexit.unr-lcssa, %j45.body.epil, %t5.body
  %.idx2167.pre-phi = phi i64 [ 0, %t5.body ], [ %.idx2176, %j45.body.epil ], [ %.idx2176, %j45.exit.loopexit.unr-lcssa ]
  %gep2476 = getelementptr inbounds i8, ptr %invariant.gep2453, i64 %.idx2167.pre-phi
  %3415 = getelementptr inbounds float, ptr %gep2476, i64 %i70
  store float 0.000000e+00, ptr %3415, align 4
  %i71 = or disjoint i64 %i70, 1
  %.idx2174 = mul nuw nsw i64 %i71, 416
  %gep2478 = getelementptr inbounds i8, ptr %invariant.gep2453, i64 %.idx2174
  %invariant.gep2462 = getelementptr float, ptr %invariant.gep2453, i64 %i71
  %xtraiter3496 = and i64 %indvars.iv2790, 7
  %3416 = icmp ult i64 %t5.addr.02487, 2
  br i1 %3416, label %j46.exit.unr-lcssa, label %j45.exit.new

j45.exit.new:                                     ; preds = %j45.exit
  %unroll_iter3499 = and i64 %indvars.iv2790, 9223372036854775800
  br label %j46.body

j46.body:                                         ; preds = %j46.body, %j45.exit.new
  %j46.addr.02464 = phi i64 [ 0, %j45.exit.new ], [ %j46.next.7, %j46.body ]
  %niter3500 = phi i64 [ 0, %j45.exit.new ], [ %niter3500.next.7, %j46.body ]
  %3417 = getelementptr inbounds float, ptr %gep2478, i64 %j46.addr.02464
  %3418 = load float, ptr %3417, align 4
  %3419 = fneg float %3418
  store float %3419, ptr %3417, align 4
  %.idx2175 = mul nuw nsw i64 %j46.addr.02464, 416
  %gep2463 = getelementptr i8, ptr %invariant.gep2462, i64 %.idx2175
  store float %3419, ptr %gep2463, align 4
  %j46.next = or disjoint i64 %j46.addr.02464, 1
  %3420 = getelementptr inbounds float, ptr %gep2478, i64 %j46.next
  %3421 = load float, ptr %3420, align 4
  %3422 = fneg float %3421
  store float %3422, ptr %3420, align 4
  %.idx2175.1 = mul nuw nsw i64 %j46.next, 416
  %gep2463.1 = getelementptr i8, ptr %invariant.gep2462, i64 %.idx2175.1
  store float %3422, ptr %gep2463.1, align 4
  %j46.next.1 = or disjoint i64 %j46.addr.02464, 2
  %3423 = getelementptr inbounds float, ptr %gep2478, i64 %j46.next.1
  %3424 = load float, ptr %3423, align 4
  %3425 = fneg float %3424
  store float %3425, ptr %3423, align 4
  %.idx2175.2 = mul nuw nsw i64 %j46.next.1, 416
  %gep2463.2 = getelementptr i8, ptr %invariant.gep2462, i64 %.idx2175.2
  store float %3425, ptr %gep2463.2, align 4
  %j46.next.2 = or disjoint i64 %j46.addr.02464, 3
  %3426 = getelementptr inbounds float, ptr %gep2478, i64 %j46.next.2
  %3427 = load float, ptr %3426, align 4
  %3428 = fneg float %3427
  store float %3428, ptr %3426, align 4
  %.idx2175.3 = mul nuw nsw i64 %j46.next.2, 416
  %gep2463.3 = getelementptr i8, ptr %invariant.gep2462, i64 %.idx2175.3
  store float %3428, ptr %gep2463.3, align 4
  %j46.next.3 = or disjoint i64 %j46.addr.02464, 4
  %3429 = getelementptr inbounds float, ptr %gep2478, i64 %j46.next.3
  %3430 = load float, ptr %3429, align 4
  %3431 = fneg float %3430
  store float %3431, ptr %3429, align 4
  %.idx2175.4 = mul nuw nsw i64 %j46.next.3, 416
  %gep2463.4 = getelementptr i8, ptr %invariant.gep2462, i64 %.idx2175.4
  store float %3431, ptr %gep2463.4, align 4
  %j46.next.4 = or disjoint i64 %j46.addr.02464, 5
  %3432 = getelementptr inbounds float, ptr %gep2478, i64 %j46.next.4
  %3433 = load float, ptr %3432, align 4
  %3434 = fneg float %3433
  store float %3434, ptr %3432, align 4
  %.idx2175.5 = mul nuw nsw i64 %j46.next.4, 416
  %gep2463.5 = getelementptr i8, ptr %invariant.gep2462, i64 %.idx2175.5
  store float %3434, ptr %gep2463.5, align 4
  %j46.next.5 = or disjoint i64 %j46.addr.02464, 6
  %3435 = getelementptr inbounds float, ptr %gep2478, i64 %j46.next.5
  %3436 = load float, ptr %3435, align 4
  %3437 = fneg float %3436
  store float %3437, ptr %3435, align 4
  %.idx2175.6 = mul nuw nsw i64 %j46.next.5, 416
  %gep2463.6 = getelementptr i8, ptr %invariant.gep2462, i64 %.idx2175.6
  store float %3437, ptr %gep2463.6, align 4
  %j46.next.6 = or disjoint i64 %j46.addr.02464, 7
  %3438 = getelementptr inbounds float, ptr %gep2478, i64 %j46.next.6
  %3439 = load float, ptr %3438, align 4
  %3440 = fneg float %3439
  store float %3440, ptr %3438, align 4
  %.idx2175.7 = mul nuw nsw i64 %j46.next.6, 416
  %gep2463.7 = getelementptr i8, ptr %invariant.gep2462, i64 %.idx2175.7
  store float %3440, ptr %gep2463.7, align 4
  %j46.next.7 = add nuw nsw i64 %j46.addr.02464, 8
  %niter3500.next.7 = add i64 %niter3500, 8
  %niter3500.ncmp.7 = icmp eq i64 %niter3500.next.7, %unroll_iter3499
  br i1 %niter3500.ncmp.7, label %j46.exit.unr-lcssa, label %j46.body

j46.exit.unr-lcssa:                               ; preds = %j46.body, %j45.exit
  %j46.addr.02464.unr = phi i64 [ 0, %j45.exit ], [ %j46.next.7, %j46.body ]
  %lcmp.mod3498.not = icmp eq i64 %xtraiter3496, 0
  br i1 %lcmp.mod3498.not, label %j46.exit, label %j46.body.epil

j46.body.epil:                                    ; preds = %j46.exit.unr-lcssa, %j46.body.epil
  %j46.addr.02464.epil = phi i64 [ %j46.next.epil, %j46.body.epil ], [ %j46.addr.02464.unr, %j46.exit.unr-lcssa ]
  %epil.iter3497 = phi i64 [ %epil.iter3497.next, %j46.body.epil ], [ 0, %j46.exit.unr-lcssa ]
  %3441 = getelementptr inbounds float, ptr %gep2478, i64 %j46.addr.02464.epil
  %3442 = load float, ptr %3441, align 4
  %3443 = fneg float %3442
  store float %3443, ptr %3441, align 4
  %.idx2175.epil = mul nuw nsw i64 %j46.addr.02464.epil, 416
  %gep2463.epil = getelementptr i8, ptr %invariant.gep2462, i64 %.idx2175.epil
  store float %3443, ptr %gep2463.epil, align 4
  %j46.next.epil = add nuw nsw i64 %j46.addr.02464.epil, 1
  %epil.iter3497.next = add i64 %epil.iter3497, 1
  %epil.iter3497.cmp.not = icmp eq i64 %epil.iter3497.next, %xtraiter3496
  br i1 %epil.iter3497.cmp.not, label %j46.exit, label %j46.body.epil, !llvm.loop !2

j46.exit:                                         ; preds = %j46.body.epil, %j46.exit.unr-lcssa
  %3444 = getelementptr inbounds float, ptr %gep2478, i64 %i71
  store float 0.000000e+00, ptr %3444, align 4
  %i72 = or disjoint i64 %i70, 2
  %.idx2172 = mul nuw nsw i64 %i72, 416
  %gep2482 = getelementptr inbounds i8, ptr %invariant.gep2453, i64 %.idx2172
  %invariant.gep2467 = getelementptr float, ptr %invariant.gep2453, i64 %i72
  %xtraiter3501 = and i64 %indvars.iv2793, 6
  %3445 = icmp ult i64 %indvars.iv2790, 7
  br i1 %3445, label %j47.exit.unr-lcssa, label %j46.exit.new

j46.exit.new:                                     ; preds = %j46.exit
  %unroll_iter3504 = and i64 %indvars.iv2793, 9223372036854775800
  br label %j47.body

j47.body:                                         ; preds = %j47.body, %j46.exit.new
  %j47.addr.02469 = phi i64 [ 0, %j46.exit.new ], [ %j47.next.7, %j47.body ]
  %niter3505 = phi i64 [ 0, %j46.exit.new ], [ %niter3505.next.7, %j47.body ]
  %3446 = getelementptr inbounds float, ptr %gep2482, i64 %j47.addr.02469
  %3447 = load float, ptr %3446, align 4
  %3448 = fneg float %3447
  store float %3448, ptr %3446, align 4
  %.idx2173 = mul nuw nsw i64 %j47.addr.02469, 416
  %gep2468 = getelementptr i8, ptr %invariant.gep2467, i64 %.idx2173
  store float %3448, ptr %gep2468, align 4
  %j47.next = or disjoint i64 %j47.addr.02469, 1
  %3449 = getelementptr inbounds float, ptr %gep2482, i64 %j47.next
  %3450 = load float, ptr %3449, align 4
  %3451 = fneg float %3450
  store float %3451, ptr %3449, align 4
  %.idx2173.1 = mul nuw nsw i64 %j47.next, 416
  %gep2468.1 = getelementptr i8, ptr %invariant.gep2467, i64 %.idx2173.1
  store float %3451, ptr %gep2468.1, align 4
  %j47.next.1 = or disjoint i64 %j47.addr.02469, 2
  %3452 = getelementptr inbounds float, ptr %gep2482, i64 %j47.next.1
  %3453 = load float, ptr %3452, align 4
  %3454 = fneg float %3453
  store float %3454, ptr %3452, align 4
  %.idx2173.2 = mul nuw nsw i64 %j47.next.1, 416
  %gep2468.2 = getelementptr i8, ptr %invariant.gep2467, i64 %.idx2173.2
  store float %3454, ptr %gep2468.2, align 4
  %j47.next.2 = or disjoint i64 %j47.addr.02469, 3
  %3455 = getelementptr inbounds float, ptr %gep2482, i64 %j47.next.2
  %3456 = load float, ptr %3455, align 4
  %3457 = fneg float %3456
  store float %3457, ptr %3455, align 4
  %.idx2173.3 = mul nuw nsw i64 %j47.next.2, 416
  %gep2468.3 = getelementptr i8, ptr %invariant.gep2467, i64 %.idx2173.3
  store float %3457, ptr %gep2468.3, align 4
  %j47.next.3 = or disjoint i64 %j47.addr.02469, 4
  %3458 = getelementptr inbounds float, ptr %gep2482, i64 %j47.next.3
  %3459 = load float, ptr %3458, align 4
  %3460 = fneg float %3459
  store float %3460, ptr %3458, align 4
  %.idx2173.4 = mul nuw nsw i64 %j47.next.3, 416
  %gep2468.4 = getelementptr i8, ptr %invariant.gep2467, i64 %.idx2173.4
  store float %3460, ptr %gep2468.4, align 4
  %j47.next.4 = or disjoint i64 %j47.addr.02469, 5
  %3461 = getelementptr inbounds float, ptr %gep2482, i64 %j47.next.4
  %3462 = load float, ptr %3461, align 4
  %3463 = fneg float %3462
  store float %3463, ptr %3461, align 4
  %.idx2173.5 = mul nuw nsw i64 %j47.next.4, 416
  %gep2468.5 = getelementptr i8, ptr %invariant.gep2467, i64 %.idx2173.5
  store float %3463, ptr %gep2468.5, align 4
  %j47.next.5 = or disjoint i64 %j47.addr.02469, 6
  %3464 = getelementptr inbounds float, ptr %gep2482, i64 %j47.next.5
  %3465 = load float, ptr %3464, align 4
  %3466 = fneg float %3465
  store float %3466, ptr %3464, align 4
  %.idx2173.6 = mul nuw nsw i64 %j47.next.5, 416
  %gep2468.6 = getelementptr i8, ptr %invariant.gep2467, i64 %.idx2173.6
  store float %3466, ptr %gep2468.6, align 4
  %j47.next.6 = or disjoint i64 %j47.addr.02469, 7
  %3467 = getelementptr inbounds float, ptr %gep2482, i64 %j47.next.6
  %3468 = load float, ptr %3467, align 4
  %3469 = fneg float %3468
  store float %3469, ptr %3467, align 4
  %.idx2173.7 = mul nuw nsw i64 %j47.next.6, 416
  %gep2468.7 = getelementptr i8, ptr %invariant.gep2467, i64 %.idx2173.7
  store float %3469, ptr %gep2468.7, align 4
  %j47.next.7 = add nuw nsw i64 %j47.addr.02469, 8
  %niter3505.next.7 = add i64 %niter3505, 8
  %niter3505.ncmp.7 = icmp eq i64 %niter3505.next.7, %unroll_iter3504
  br i1 %niter3505.ncmp.7, label %j47.exit.unr-lcssa, label %j47.body

j47.exit.unr-lcssa:                               ; preds = %j47.body, %j46.exit
  %j47.addr.02469.unr = phi i64 [ 0, %j46.exit ], [ %j47.next.7, %j47.body ]
  %lcmp.mod3503.not = icmp eq i64 %xtraiter3501, 0
  br i1 %lcmp.mod3503.not, label %j47.exit, label %j47.body.epil

j47.body.epil:                                    ; preds = %j47.exit.unr-lcssa, %j47.body.epil
  %j47.addr.02469.epil = phi i64 [ %j47.next.epil, %j47.body.epil ], [ %j47.addr.02469.unr, %j47.exit.unr-lcssa ]
  %epil.iter3502 = phi i64 [ %epil.iter3502.next, %j47.body.epil ], [ 0, %j47.exit.unr-lcssa ]
  %3470 = getelementptr inbounds float, ptr %gep2482, i64 %j47.addr.02469.epil
  %3471 = load float, ptr %3470, align 4
  %3472 = fneg float %3471
  store float %3472, ptr %3470, align 4
  %.idx2173.epil = mul nuw nsw i64 %j47.addr.02469.epil, 416
  %gep2468.epil = getelementptr i8, ptr %invariant.gep2467, i64 %.idx2173.epil
  store float %3472, ptr %gep2468.epil, align 4
  %j47.next.epil = add nuw nsw i64 %j47.addr.02469.epil, 1
  %epil.iter3502.next = add i64 %epil.iter3502, 1
  %epil.iter3502.cmp.not = icmp eq i64 %epil.iter3502.next, %xtraiter3501
  br i1 %epil.iter3502.cmp.not, label %j47.exit, label %j47.body.epil, !llvm.loop !3

j47.exit:                                         ; preds = %j47.body.epil, %j47.exit.unr-lcssa
  %3473 = getelementptr inbounds float, ptr %gep2482, i64 %i72
  store float 0.000000e+00, ptr %3473, align 4
  %i73 = or disjoint i64 %i70, 3
  %.idx2170 = mul nuw nsw i64 %i73, 416
  %gep2486 = getelementptr inbounds i8, ptr %invariant.gep2453, i64 %.idx2170
  %invariant.gep2472 = getelementptr float, ptr %invariant.gep2453, i64 %i73
  %3474 = and i64 %3385, 4
  %3475 = icmp ult i64 %indvars.iv2793, 7
  br i1 %3475, label %j48.body.epil.preheader, label %j47.exit.new

j47.exit.new:                                     ; preds = %j47.exit
  %unroll_iter3509 = and i64 %3385, 9223372036854775800
  br label %j48.body

j48.body:                                         ; preds = %j48.body, %j47.exit.new
  %j48.addr.02474 = phi i64 [ 0, %j47.exit.new ], [ %j48.next.7, %j48.body ]
  %niter3510 = phi i64 [ 0, %j47.exit.new ], [ %niter3510.next.7, %j48.body ]
  %3476 = getelementptr inbounds float, ptr %gep2486, i64 %j48.addr.02474
  %3477 = load float, ptr %3476, align 4
  %3478 = fneg float %3477
  store float %3478, ptr %3476, align 4
  %.idx2171 = mul nuw nsw i64 %j48.addr.02474, 416
  %gep2473 = getelementptr i8, ptr %invariant.gep2472, i64 %.idx2171
  store float %3478, ptr %gep2473, align 4
  %j48.next = or disjoint i64 %j48.addr.02474, 1
  %3479 = getelementptr inbounds float, ptr %gep2486, i64 %j48.next
  %3480 = load float, ptr %3479, align 4
  %3481 = fneg float %3480
  store float %3481, ptr %3479, align 4
  %.idx2171.1 = mul nuw nsw i64 %j48.next, 416
  %gep2473.1 = getelementptr i8, ptr %invariant.gep2472, i64 %.idx2171.1
  store float %3481, ptr %gep2473.1, align 4
  %j48.next.1 = or disjoint i64 %j48.addr.02474, 2
  %3482 = getelementptr inbounds float, ptr %gep2486, i64 %j48.next.1
  %3483 = load float, ptr %3482, align 4
  %3484 = fneg float %3483
  store float %3484, ptr %3482, align 4
  %.idx2171.2 = mul nuw nsw i64 %j48.next.1, 416
  %gep2473.2 = getelementptr i8, ptr %invariant.gep2472, i64 %.idx2171.2
  store float %3484, ptr %gep2473.2, align 4
  %j48.next.2 = or disjoint i64 %j48.addr.02474, 3
  %3485 = getelementptr inbounds float, ptr %gep2486, i64 %j48.next.2
  %3486 = load float, ptr %3485, align 4
  %3487 = fneg float %3486
  store float %3487, ptr %3485, align 4
  %.idx2171.3 = mul nuw nsw i64 %j48.next.2, 416
  %gep2473.3 = getelementptr i8, ptr %invariant.gep2472, i64 %.idx2171.3
  store float %3487, ptr %gep2473.3, align 4
  %j48.next.3 = or disjoint i64 %j48.addr.02474, 4
  %3488 = getelementptr inbounds float, ptr %gep2486, i64 %j48.next.3
  %3489 = load float, ptr %3488, align 4
  %3490 = fneg float %3489
  store float %3490, ptr %3488, align 4
  %.idx2171.4 = mul nuw nsw i64 %j48.next.3, 416
  %gep2473.4 = getelementptr i8, ptr %invariant.gep2472, i64 %.idx2171.4
  store float %3490, ptr %gep2473.4, align 4
  %j48.next.4 = or disjoint i64 %j48.addr.02474, 5
  %3491 = getelementptr inbounds float, ptr %gep2486, i64 %j48.next.4
  %3492 = load float, ptr %3491, align 4
  %3493 = fneg float %3492
  store float %3493, ptr %3491, align 4
  %.idx2171.5 = mul nuw nsw i64 %j48.next.4, 416
  %gep2473.5 = getelementptr i8, ptr %invariant.gep2472, i64 %.idx2171.5
  store float %3493, ptr %gep2473.5, align 4
  %j48.next.5 = or disjoint i64 %j48.addr.02474, 6
  %3494 = getelementptr inbounds float, ptr %gep2486, i64 %j48.next.5
  %3495 = load float, ptr %3494, align 4
  %3496 = fneg float %3495
  store float %3496, ptr %3494, align 4
  %.idx2171.6 = mul nuw nsw i64 %j48.next.5, 416
  %gep2473.6 = getelementptr i8, ptr %invariant.gep2472, i64 %.idx2171.6
  store float %3496, ptr %gep2473.6, align 4
  %j48.next.6 = or disjoint i64 %j48.addr.02474, 7
  %3497 = getelementptr inbounds float, ptr %gep2486, i64 %j48.next.6
  %3498 = load float, ptr %3497, align 4
  %3499 = fneg float %3498
  store float %3499, ptr %3497, align 4
  %.idx2171.7 = mul nuw nsw i64 %j48.next.6, 416
  %gep2473.7 = getelementptr i8, ptr %invariant.gep2472, i64 %.idx2171.7
  store float %3499, ptr %gep2473.7, align 4
  %j48.next.7 = add nuw nsw i64 %j48.addr.02474, 8
  %niter3510.next.7 = add i64 %niter3510, 8
  %niter3510.ncmp.7.not = icmp eq i64 %niter3510.next.7, %unroll_iter3509
  br i1 %niter3510.ncmp.7.not, label %j48.body.epil.preheader, label %j48.body

j48.body.epil.preheader:                          ; preds = %j47.exit, %j48.body
  %j48.addr.02474.unr = phi i64 [ 0, %j47.exit ], [ %j48.next.7, %j48.body ]
  %3500 = or disjoint i64 %3474, 2
  br label %j48.body.epil

j48.body.epil:                                    ; preds = %j48.body.epil, %j48.body.epil.preheader
  %j48.addr.02474.epil = phi i64 [ %j48.addr.02474.unr, %j48.body.epil.preheader ], [ %j48.next.epil, %j48.body.epil ]
  %epil.iter3507 = phi i64 [ 0, %j48.body.epil.preheader ], [ %epil.iter3507.next, %j48.body.epil ]
  %3501 = getelementptr inbounds float, ptr %gep2486, i64 %j48.addr.02474.epil
  %3502 = load float, ptr %3501, align 4
  %3503 = fneg float %3502
  store float %3503, ptr %3501, align 4
  %.idx2171.epil = mul nuw nsw i64 %j48.addr.02474.epil, 416
  %gep2473.epil = getelementptr i8, ptr %invariant.gep2472, i64 %.idx2171.epil
  store float %3503, ptr %gep2473.epil, align 4
  %j48.next.epil = add nuw nsw i64 %j48.addr.02474.epil, 1
  %epil.iter3507.next = add i64 %epil.iter3507, 1
  %epil.iter3507.cmp.not = icmp eq i64 %epil.iter3507, %3500
  br i1 %epil.iter3507.cmp.not, label %j48.exit, label %j48.body.epil, !llvm.loop !4

j48.exit:                                         ; preds = %j48.body.epil
  %gep3070 = getelementptr inbounds i8, ptr %invariant.gep3069, i64 %.idx2170
  %3504 = getelementptr inbounds float, ptr %gep3070, i64 %i73
  store float 0.000000e+00, ptr %3504, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02487, 1
  %indvars.iv.next2791 = add nuw nsw i64 %indvars.iv2790, 4
  %indvars.iv.next2794 = add nuw nsw i64 %indvars.iv2793, 4
  %exitcond2796.not = icmp eq i64 %t5.next, 8
  br i1 %exitcond2796.not, label %i74.head.preheader, label %t5.body

p15.head.preheader:                               ; preds = %i74.head.preheader, %endif1483
  %i74.addr.02505 = phi i64 [ 0, %i74.head.preheader ], [ %i74.next, %endif1483 ]
  %.idx = mul nuw nsw i64 %i74.addr.02505, 416
  %3505 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %3506 = getelementptr inbounds i8, ptr %3505, i64 416
  %3507 = getelementptr inbounds i8, ptr %3505, i64 832
  %3508 = getelementptr inbounds i8, ptr %3505, i64 1248
  %3509 = getelementptr inbounds i8, ptr %3505, i64 1664
  %3510 = getelementptr inbounds i8, ptr %3505, i64 2080
  %3511 = getelementptr inbounds i8, ptr %3505, i64 2496
  %3512 = getelementptr inbounds i8, ptr %3505, i64 2912
  br label %p15.body

i74.exit:                                         ; preds = %endif1483
  %cc.next = add nuw nsw i64 %cc.addr.02506, 1
  %indvars.iv.next2782 = add i64 %indvars.iv2781, 8
  %exitcond2799.not = icmp eq i64 %cc.next, %smax2798
  br i1 %exitcond2799.not, label %j50.head.preheader, label %cc.body

p15.body:                                         ; preds = %p15.head.preheader, %p15.body
  %p15.addr.02504 = phi i64 [ 0, %p15.head.preheader ], [ %p15.next, %p15.body ]
  %acc143.02503 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3566, %p15.body ]
  %acc142.02502 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3565, %p15.body ]
  %acc141.02501 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3560, %p15.body ]
  %acc140.02500 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3559, %p15.body ]
  %acc139.02499 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3554, %p15.body ]
  %acc138.02498 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3553, %p15.body ]
  %acc137.02497 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3548, %p15.body ]
  %acc136.02496 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3547, %p15.body ]
  %acc135.02495 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3542, %p15.body ]
  %acc134.02494 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3541, %p15.body ]
  %acc133.02493 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3536, %p15.body ]
  %acc132.02492 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3535, %p15.body ]
  %acc131.02491 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3530, %p15.body ]
  %acc130.02490 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3529, %p15.body ]
  %acc129.02489 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3524, %p15.body ]
  %acc128.02488 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %3523, %p15.body ]
  %3513 = shl nuw nsw i64 %p15.addr.02504, 5
  %3514 = getelementptr inbounds float, ptr %Bk, i64 %3513
  %3515 = load <16 x float>, ptr %3514, align 4
  %3516 = or disjoint i64 %3513, 16
  %3517 = getelementptr inbounds float, ptr %Bk, i64 %3516
  %3518 = load <16 x float>, ptr %3517, align 4
  %3519 = getelementptr inbounds float, ptr %3505, i64 %p15.addr.02504
  %3520 = load float, ptr %3519, align 4
  %3521 = insertelement <16 x float> poison, float %3520, i64 0
  %3522 = shufflevector <16 x float> %3521, <16 x float> poison, <16 x i32> zeroinitializer
  %3523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3522, <16 x float> %3515, <16 x float> %acc128.02488)
  %3524 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3522, <16 x float> %3518, <16 x float> %acc129.02489)
  %3525 = getelementptr inbounds float, ptr %3506, i64 %p15.addr.02504
  %3526 = load float, ptr %3525, align 4
  %3527 = insertelement <16 x float> poison, float %3526, i64 0
  %3528 = shufflevector <16 x float> %3527, <16 x float> poison, <16 x i32> zeroinitializer
  %3529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3528, <16 x float> %3515, <16 x float> %acc130.02490)
  %3530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3528, <16 x float> %3518, <16 x float> %acc131.02491)
  %3531 = getelementptr inbounds float, ptr %3507, i64 %p15.addr.02504
  %3532 = load float, ptr %3531, align 4
  %3533 = insertelement <16 x float> poison, float %3532, i64 0
  %3534 = shufflevector <16 x float> %3533, <16 x float> poison, <16 x i32> zeroinitializer
  %3535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3534, <16 x float> %3515, <16 x float> %acc132.02492)
  %3536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3534, <16 x float> %3518, <16 x float> %acc133.02493)
  %3537 = getelementptr inbounds float, ptr %3508, i64 %p15.addr.02504
  %3538 = load float, ptr %3537, align 4
  %3539 = insertelement <16 x float> poison, float %3538, i64 0
  %3540 = shufflevector <16 x float> %3539, <16 x float> poison, <16 x i32> zeroinitializer
  %3541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3540, <16 x float> %3515, <16 x float> %acc134.02494)
  %3542 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3540, <16 x float> %3518, <16 x float> %acc135.02495)
  %3543 = getelementptr inbounds float, ptr %3509, i64 %p15.addr.02504
  %3544 = load float, ptr %3543, align 4
  %3545 = insertelement <16 x float> poison, float %3544, i64 0
  %3546 = shufflevector <16 x float> %3545, <16 x float> poison, <16 x i32> zeroinitializer
  %3547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3546, <16 x float> %3515, <16 x float> %acc136.02496)
  %3548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3546, <16 x float> %3518, <16 x float> %acc137.02497)
  %3549 = getelementptr inbounds float, ptr %3510, i64 %p15.addr.02504
  %3550 = load float, ptr %3549, align 4
  %3551 = insertelement <16 x float> poison, float %3550, i64 0
  %3552 = shufflevector <16 x float> %3551, <16 x float> poison, <16 x i32> zeroinitializer
  %3553 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3552, <16 x float> %3515, <16 x float> %acc138.02498)
  %3554 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3552, <16 x float> %3518, <16 x float> %acc139.02499)
  %3555 = getelementptr inbounds float, ptr %3511, i64 %p15.addr.02504
  %3556 = load float, ptr %3555, align 4
  %3557 = insertelement <16 x float> poison, float %3556, i64 0
  %3558 = shufflevector <16 x float> %3557, <16 x float> poison, <16 x i32> zeroinitializer
  %3559 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3558, <16 x float> %3515, <16 x float> %acc140.02500)
  %3560 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3558, <16 x float> %3518, <16 x float> %acc141.02501)
  %3561 = getelementptr inbounds float, ptr %3512, i64 %p15.addr.02504
  %3562 = load float, ptr %3561, align 4
  %3563 = insertelement <16 x float> poison, float %3562, i64 0
  %3564 = shufflevector <16 x float> %3563, <16 x float> poison, <16 x i32> zeroinitializer
  %3565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3564, <16 x float> %3515, <16 x float> %acc142.02502)
  %3566 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3564, <16 x float> %3518, <16 x float> %acc143.02503)
  %p15.next = add nuw nsw i64 %p15.addr.02504, 1
  %exitcond2797.not = icmp eq i64 %p15.next, 104
  br i1 %exitcond2797.not, label %p15.exit, label %p15.body

p15.exit:                                         ; preds = %p15.body
  %3567 = icmp slt i64 %i74.addr.02505, %3383
  br i1 %3567, label %then1421, label %endif1427

then1421:                                         ; preds = %p15.exit
  %3568 = add nuw nsw i64 %i74.addr.02505, %3384
  %3569 = mul nsw i64 %3568, %sq
  %3570 = getelementptr inbounds float, ptr %kh1, i64 %3569
  store <16 x float> %3523, ptr %3570, align 4
  %3571 = or disjoint i64 %3569, 16
  %3572 = getelementptr inbounds float, ptr %kh1, i64 %3571
  store <16 x float> %3524, ptr %3572, align 4
  br label %endif1427

endif1427:                                        ; preds = %p15.exit, %then1421
  %3573 = or disjoint i64 %i74.addr.02505, 1
  %3574 = icmp slt i64 %3573, %3383
  br i1 %3574, label %then1429, label %endif1435

then1429:                                         ; preds = %endif1427
  %3575 = add nuw nsw i64 %3573, %3384
  %3576 = mul nsw i64 %3575, %sq
  %3577 = getelementptr inbounds float, ptr %kh1, i64 %3576
  store <16 x float> %3529, ptr %3577, align 4
  %3578 = or disjoint i64 %3576, 16
  %3579 = getelementptr inbounds float, ptr %kh1, i64 %3578
  store <16 x float> %3530, ptr %3579, align 4
  br label %endif1435

endif1435:                                        ; preds = %endif1427, %then1429
  %3580 = or disjoint i64 %i74.addr.02505, 2
  %3581 = icmp slt i64 %3580, %3383
  br i1 %3581, label %then1437, label %endif1443

then1437:                                         ; preds = %endif1435
  %3582 = add nuw nsw i64 %3580, %3384
  %3583 = mul nsw i64 %3582, %sq
  %3584 = getelementptr inbounds float, ptr %kh1, i64 %3583
  store <16 x float> %3535, ptr %3584, align 4
  %3585 = or disjoint i64 %3583, 16
  %3586 = getelementptr inbounds float, ptr %kh1, i64 %3585
  store <16 x float> %3536, ptr %3586, align 4
  br label %endif1443

endif1443:                                        ; preds = %endif1435, %then1437
  %3587 = or disjoint i64 %i74.addr.02505, 3
  %3588 = icmp slt i64 %3587, %3383
  br i1 %3588, label %then1445, label %endif1451

then1445:                                         ; preds = %endif1443
  %3589 = add nuw nsw i64 %3587, %3384
  %3590 = mul nsw i64 %3589, %sq
  %3591 = getelementptr inbounds float, ptr %kh1, i64 %3590
  store <16 x float> %3541, ptr %3591, align 4
  %3592 = or disjoint i64 %3590, 16
  %3593 = getelementptr inbounds float, ptr %kh1, i64 %3592
  store <16 x float> %3542, ptr %3593, align 4
  br label %endif1451

endif1451:                                        ; preds = %endif1443, %then1445
  %3594 = or disjoint i64 %i74.addr.02505, 4
  %3595 = icmp slt i64 %3594, %3383
  br i1 %3595, label %then1453, label %endif1459

then1453:                                         ; preds = %endif1451
  %3596 = add nuw nsw i64 %3594, %3384
  %3597 = mul nsw i64 %3596, %sq
  %3598 = getelementptr inbounds float, ptr %kh1, i64 %3597
  store <16 x float> %3547, ptr %3598, align 4
  %3599 = or disjoint i64 %3597, 16
  %3600 = getelementptr inbounds float, ptr %kh1, i64 %3599
  store <16 x float> %3548, ptr %3600, align 4
  br label %endif1459

endif1459:                                        ; preds = %endif1451, %then1453
  %3601 = or disjoint i64 %i74.addr.02505, 5
  %3602 = icmp slt i64 %3601, %3383
  br i1 %3602, label %then1461, label %endif1467

then1461:                                         ; preds = %endif1459
  %3603 = add nuw nsw i64 %3601, %3384
  %3604 = mul nsw i64 %3603, %sq
  %3605 = getelementptr inbounds float, ptr %kh1, i64 %3604
  store <16 x float> %3553, ptr %3605, align 4
  %3606 = or disjoint i64 %3604, 16
  %3607 = getelementptr inbounds float, ptr %kh1, i64 %3606
  store <16 x float> %3554, ptr %3607, align 4
  br label %endif1467

endif1467:                                        ; preds = %endif1459, %then1461
  %3608 = or disjoint i64 %i74.addr.02505, 6
  %3609 = icmp slt i64 %3608, %3383
  br i1 %3609, label %then1469, label %endif1475

then1469:                                         ; preds = %endif1467
  %3610 = add nuw nsw i64 %3608, %3384
  %3611 = mul nsw i64 %3610, %sq
  %3612 = getelementptr inbounds float, ptr %kh1, i64 %3611
  store <16 x float> %3559, ptr %3612, align 4
  %3613 = or disjoint i64 %3611, 16
  %3614 = getelementptr inbounds float, ptr %kh1, i64 %3613
  store <16 x float> %3560, ptr %3614, align 4
  br label %endif1475

endif1475:                                        ; preds = %endif1467, %then1469
  %3615 = or disjoint i64 %i74.addr.02505, 7
  %3616 = icmp slt i64 %3615, %3383
  br i1 %3616, label %then1477, label %endif1483

then1477:                                         ; preds = %endif1475
  %3617 = add nuw nsw i64 %3615, %3384
  %3618 = mul nsw i64 %3617, %sq
  %3619 = getelementptr inbounds float, ptr %kh1, i64 %3618
  store <16 x float> %3565, ptr %3619, align 4
  %3620 = or disjoint i64 %3618, 16
  %3621 = getelementptr inbounds float, ptr %kh1, i64 %3620
  store <16 x float> %3566, ptr %3621, align 4
  br label %endif1483

endif1483:                                        ; preds = %endif1475, %then1477
  %i74.next = add nuw nsw i64 %i74.addr.02505, 8
  %3622 = icmp ult i64 %i74.addr.02505, 24
  br i1 %3622, label %p15.head.preheader, label %i74.exit

j50.head.preheader:                               ; preds = %bh.body, %i74.exit
  %3623 = getelementptr i8, ptr %dh0, i64 %254
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3623, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801, i64 128, i1 false)
  %scevgep2800.1 = getelementptr i8, ptr %3623, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.1, i64 128, i1 false)
  %scevgep2800.2 = getelementptr i8, ptr %3623, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.2, i64 128, i1 false)
  %scevgep2800.3 = getelementptr i8, ptr %3623, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.3, i64 128, i1 false)
  %scevgep2800.4 = getelementptr i8, ptr %3623, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.4, i64 128, i1 false)
  %scevgep2800.5 = getelementptr i8, ptr %3623, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.5, i64 128, i1 false)
  %scevgep2800.6 = getelementptr i8, ptr %3623, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.6, i64 128, i1 false)
  %scevgep2800.7 = getelementptr i8, ptr %3623, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.7, i64 128, i1 false)
  %scevgep2800.8 = getelementptr i8, ptr %3623, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.8, i64 128, i1 false)
  %scevgep2800.9 = getelementptr i8, ptr %3623, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.9, i64 128, i1 false)
  %scevgep2800.10 = getelementptr i8, ptr %3623, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.10, i64 128, i1 false)
  %scevgep2800.11 = getelementptr i8, ptr %3623, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.11, i64 128, i1 false)
  %scevgep2800.12 = getelementptr i8, ptr %3623, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.12, i64 128, i1 false)
  %scevgep2800.13 = getelementptr i8, ptr %3623, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.13, i64 128, i1 false)
  %scevgep2800.14 = getelementptr i8, ptr %3623, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.14, i64 128, i1 false)
  %scevgep2800.15 = getelementptr i8, ptr %3623, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.15, i64 128, i1 false)
  %scevgep2800.16 = getelementptr i8, ptr %3623, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.16, i64 128, i1 false)
  %scevgep2800.17 = getelementptr i8, ptr %3623, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.17, i64 128, i1 false)
  %scevgep2800.18 = getelementptr i8, ptr %3623, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.18, i64 128, i1 false)
  %scevgep2800.19 = getelementptr i8, ptr %3623, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.19, i64 128, i1 false)
  %scevgep2800.20 = getelementptr i8, ptr %3623, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.20, i64 128, i1 false)
  %scevgep2800.21 = getelementptr i8, ptr %3623, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.21, i64 128, i1 false)
  %scevgep2800.22 = getelementptr i8, ptr %3623, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.22, i64 128, i1 false)
  %scevgep2800.23 = getelementptr i8, ptr %3623, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.23, i64 128, i1 false)
  %scevgep2800.24 = getelementptr i8, ptr %3623, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.24, i64 128, i1 false)
  %scevgep2800.25 = getelementptr i8, ptr %3623, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.25, i64 128, i1 false)
  %scevgep2800.26 = getelementptr i8, ptr %3623, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.26, i64 128, i1 false)
  %scevgep2800.27 = getelementptr i8, ptr %3623, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.27, i64 128, i1 false)
  %scevgep2800.28 = getelementptr i8, ptr %3623, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.28, i64 128, i1 false)
  %scevgep2800.29 = getelementptr i8, ptr %3623, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.29, i64 128, i1 false)
  %scevgep2800.30 = getelementptr i8, ptr %3623, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.30, i64 128, i1 false)
  %scevgep2800.31 = getelementptr i8, ptr %3623, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2800.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2801.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02509, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2803.not = icmp eq i64 %indvar.next, %38
  br i1 %exitcond2803.not, label %bh.exit, label %bh.body
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
  %M = getelementptr inbounds i8, ptr %work, i64 1102336
  %OY = getelementptr inbounds i8, ptr %work, i64 491520
  %PT = getelementptr inbounds i8, ptr %work, i64 1007616
  %QK = getelementptr inbounds i8, ptr %work, i64 450560
  %QcT = getelementptr inbounds i8, ptr %work, i64 565248
  %Rr = getelementptr inbounds i8, ptr %work, i64 909312
  %Vn = getelementptr inbounds i8, ptr %work, i64 942080
  %VnT = getelementptr inbounds i8, ptr %work, i64 974848
  %bet = getelementptr inbounds i8, ptr %work, i64 1081344
  %dOT = getelementptr inbounds i8, ptr %work, i64 573440
  %dQc = getelementptr inbounds i8, ptr %work, i64 1073152
  %dbet = getelementptr i8, ptr %work, i64 1082368
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %invariant.gep2785 = getelementptr i8, ptr %work, i64 57856
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
  %smax3141 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %24 = sub i64 %bh1, %bh0
  %scevgep3061.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3061.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3061.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3061.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3061.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3061.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3061.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3061.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3061.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3061.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3061.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3061.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3061.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3061.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3061.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3061.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3061.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3061.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3061.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3061.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3061.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3061.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3061.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3061.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3061.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3061.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3061.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3061.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3061.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3061.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3061.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3319 = getelementptr i8, ptr %work, i64 909696
  %invariant.gep3321 = getelementptr i8, ptr %work, i64 24960
  %invariant.gep3323 = getelementptr i8, ptr %work, i64 909568
  %invariant.gep3325 = getelementptr i8, ptr %work, i64 24832
  %invariant.gep3327 = getelementptr i8, ptr %work, i64 909440
  %invariant.gep3329 = getelementptr i8, ptr %work, i64 24704
  %invariant.gep3331 = getelementptr i8, ptr %work, i64 909312
  %invariant.gep3333 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3335 = getelementptr i8, ptr %work, i64 491520
  %invariant.gep3337 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3339 = getelementptr i8, ptr %work, i64 450560
  %invariant.gep3341 = getelementptr i8, ptr %work, i64 458752
  %invariant.gep3343 = getelementptr i8, ptr %work, i64 458880
  %invariant.gep3345 = getelementptr i8, ptr %work, i64 459008
  %invariant.gep3347 = getelementptr i8, ptr %work, i64 459136
  %invariant.gep3349 = getelementptr inbounds i8, ptr %work, i64 458752
  %invariant.gep3351 = getelementptr inbounds i8, ptr %work, i64 458816
  %invariant.gep3353 = getelementptr inbounds i8, ptr %work, i64 458752
  %invariant.gep3355 = getelementptr inbounds i8, ptr %work, i64 458816
  %invariant.gep3357 = getelementptr inbounds i8, ptr %work, i64 458752
  %invariant.gep3359 = getelementptr inbounds i8, ptr %work, i64 458816
  %invariant.gep3361 = getelementptr inbounds i8, ptr %work, i64 458752
  %invariant.gep3363 = getelementptr inbounds i8, ptr %work, i64 458816
  %25 = getelementptr inbounds i8, ptr %work, i64 909376
  %26 = getelementptr inbounds i8, ptr %work, i64 843840
  %27 = getelementptr inbounds i8, ptr %work, i64 1007680
  %28 = getelementptr inbounds i8, ptr %work, i64 1102400
  %29 = getelementptr inbounds i8, ptr %work, i64 1007744
  %30 = getelementptr inbounds i8, ptr %work, i64 1102464
  %31 = getelementptr inbounds i8, ptr %work, i64 1007808
  %32 = getelementptr inbounds i8, ptr %work, i64 1102528
  %invariant.gep3373 = getelementptr inbounds i8, ptr %work, i64 843904
  %invariant.gep3375 = getelementptr inbounds i8, ptr %work, i64 499712
  %invariant.gep3379 = getelementptr inbounds i8, ptr %work, i64 499776
  %33 = getelementptr inbounds i8, ptr %work, i64 57408
  %34 = getelementptr inbounds i8, ptr %work, i64 57472
  %35 = getelementptr inbounds i8, ptr %work, i64 57536
  %invariant.gep3381 = getelementptr i8, ptr %work, i64 500096
  %invariant.gep3383 = getelementptr i8, ptr %work, i64 499968
  %invariant.gep3385 = getelementptr i8, ptr %work, i64 499840
  %invariant.gep3387 = getelementptr i8, ptr %work, i64 499712
  %invariant.gep3391 = getelementptr inbounds i8, ptr %work, i64 57856
  %invariant.gep3393 = getelementptr inbounds i8, ptr %work, i64 57856
  %invariant.gep3399 = getelementptr inbounds i8, ptr %work, i64 63488
  %scevgep3144 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep3377 = getelementptr inbounds i8, ptr %work, i64 843968
  %scevgep3144.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3144.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3144.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3144.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3144.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3144.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3144.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3144.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3144.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3144.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3144.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3144.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3144.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3144.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3144.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3144.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3144.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3144.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3144.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3144.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3144.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3144.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3144.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3144.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3144.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3144.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3144.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3144.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3144.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3144.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3144.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j50.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j50.head.preheader ]
  %bh.addr.02831 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j50.head.preheader ]
  %36 = add i64 %indvar, %bh0
  %37 = shl i64 %36, 12
  %38 = mul i64 %8, %indvar
  %39 = add i64 %7, %38
  %b = sdiv i64 %bh.addr.02831, %H
  %h = srem i64 %bh.addr.02831, %H
  %40 = mul i64 %b, %T
  %41 = mul i64 %40, %H
  %bT = add i64 %41, %h
  %42 = mul i64 %1, %40
  %bTn = add nsw i64 %42, %h
  %43 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %43
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %43
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %44 = getelementptr i8, ptr %dhT, i64 %37
  %45 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %44, i64 128, i1 false)
  %scevgep3060.1 = getelementptr i8, ptr %44, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.1, i64 128, i1 false)
  %scevgep3060.2 = getelementptr i8, ptr %44, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.2, i64 128, i1 false)
  %scevgep3060.3 = getelementptr i8, ptr %44, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.3, i64 128, i1 false)
  %scevgep3060.4 = getelementptr i8, ptr %44, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.4, i64 128, i1 false)
  %scevgep3060.5 = getelementptr i8, ptr %44, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.5, i64 128, i1 false)
  %scevgep3060.6 = getelementptr i8, ptr %44, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.6, i64 128, i1 false)
  %scevgep3060.7 = getelementptr i8, ptr %44, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.7, i64 128, i1 false)
  %scevgep3060.8 = getelementptr i8, ptr %44, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.8, i64 128, i1 false)
  %scevgep3060.9 = getelementptr i8, ptr %44, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.9, i64 128, i1 false)
  %scevgep3060.10 = getelementptr i8, ptr %44, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.10, i64 128, i1 false)
  %scevgep3060.11 = getelementptr i8, ptr %44, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.11, i64 128, i1 false)
  %scevgep3060.12 = getelementptr i8, ptr %44, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.12, i64 128, i1 false)
  %scevgep3060.13 = getelementptr i8, ptr %44, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.13, i64 128, i1 false)
  %scevgep3060.14 = getelementptr i8, ptr %44, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.14, i64 128, i1 false)
  %scevgep3060.15 = getelementptr i8, ptr %44, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.15, i64 128, i1 false)
  %scevgep3060.16 = getelementptr i8, ptr %44, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.16, i64 128, i1 false)
  %scevgep3060.17 = getelementptr i8, ptr %44, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.17, i64 128, i1 false)
  %scevgep3060.18 = getelementptr i8, ptr %44, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.18, i64 128, i1 false)
  %scevgep3060.19 = getelementptr i8, ptr %44, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.19, i64 128, i1 false)
  %scevgep3060.20 = getelementptr i8, ptr %44, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.20, i64 128, i1 false)
  %scevgep3060.21 = getelementptr i8, ptr %44, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.21, i64 128, i1 false)
  %scevgep3060.22 = getelementptr i8, ptr %44, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.22, i64 128, i1 false)
  %scevgep3060.23 = getelementptr i8, ptr %44, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.23, i64 128, i1 false)
  %scevgep3060.24 = getelementptr i8, ptr %44, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.24, i64 128, i1 false)
  %scevgep3060.25 = getelementptr i8, ptr %44, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.25, i64 128, i1 false)
  %scevgep3060.26 = getelementptr i8, ptr %44, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.26, i64 128, i1 false)
  %scevgep3060.27 = getelementptr i8, ptr %44, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.27, i64 128, i1 false)
  %scevgep3060.28 = getelementptr i8, ptr %44, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.28, i64 128, i1 false)
  %scevgep3060.29 = getelementptr i8, ptr %44, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.29, i64 128, i1 false)
  %scevgep3060.30 = getelementptr i8, ptr %44, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.30, i64 128, i1 false)
  %scevgep3060.31 = getelementptr i8, ptr %44, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3060.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %45
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %45
  br i1 %3, label %cc.body.lr.ph, label %j50.head.preheader

bh.exit:                                          ; preds = %j50.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %46 = mul nsw i64 %bh.addr.02831, %nc
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
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i74.exit
  %indvars.iv3124 = phi i64 [ %23, %cc.body.lr.ph ], [ %indvars.iv.next3125, %i74.exit ]
  %cc.addr.02828 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i74.exit ]
  %smin3731 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3124, i64 64)
  %smax3732 = tail call i64 @llvm.smax.i64(i64 %smin3731, i64 1)
  %66 = mul i64 %17, %cc.addr.02828
  %67 = add i64 %62, %66
  %68 = add i64 %59, %66
  %69 = add i64 %56, %66
  %70 = add i64 %53, %66
  %71 = mul i64 %12, %cc.addr.02828
  %72 = shl i64 %cc.addr.02828, 12
  %73 = sub i64 %39, %72
  %74 = xor i64 %cc.addr.02828, -1
  %ci = add nsw i64 %nc, %74
  %t0 = shl nsw i64 %ci, 6
  %75 = sub nsw i64 %T, %t0
  %scevgep3062 = getelementptr i8, ptr %hs, i64 %73
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062, i64 128, i1 false)
  %76 = or disjoint i64 %73, 128
  %scevgep3062.1 = getelementptr i8, ptr %hs, i64 %76
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.1, i64 128, i1 false)
  %77 = or disjoint i64 %73, 256
  %scevgep3062.2 = getelementptr i8, ptr %hs, i64 %77
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.2, i64 128, i1 false)
  %78 = or disjoint i64 %73, 384
  %scevgep3062.3 = getelementptr i8, ptr %hs, i64 %78
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.3, i64 128, i1 false)
  %79 = or disjoint i64 %73, 512
  %scevgep3062.4 = getelementptr i8, ptr %hs, i64 %79
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.4, i64 128, i1 false)
  %80 = or disjoint i64 %73, 640
  %scevgep3062.5 = getelementptr i8, ptr %hs, i64 %80
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.5, i64 128, i1 false)
  %81 = or disjoint i64 %73, 768
  %scevgep3062.6 = getelementptr i8, ptr %hs, i64 %81
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.6, i64 128, i1 false)
  %82 = or disjoint i64 %73, 896
  %scevgep3062.7 = getelementptr i8, ptr %hs, i64 %82
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.7, i64 128, i1 false)
  %83 = or disjoint i64 %73, 1024
  %scevgep3062.8 = getelementptr i8, ptr %hs, i64 %83
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.8, i64 128, i1 false)
  %84 = or disjoint i64 %73, 1152
  %scevgep3062.9 = getelementptr i8, ptr %hs, i64 %84
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.9, i64 128, i1 false)
  %85 = or disjoint i64 %73, 1280
  %scevgep3062.10 = getelementptr i8, ptr %hs, i64 %85
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.10, i64 128, i1 false)
  %86 = or disjoint i64 %73, 1408
  %scevgep3062.11 = getelementptr i8, ptr %hs, i64 %86
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.11, i64 128, i1 false)
  %87 = or disjoint i64 %73, 1536
  %scevgep3062.12 = getelementptr i8, ptr %hs, i64 %87
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.12, i64 128, i1 false)
  %88 = or disjoint i64 %73, 1664
  %scevgep3062.13 = getelementptr i8, ptr %hs, i64 %88
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.13, i64 128, i1 false)
  %89 = or disjoint i64 %73, 1792
  %scevgep3062.14 = getelementptr i8, ptr %hs, i64 %89
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.14, i64 128, i1 false)
  %90 = or disjoint i64 %73, 1920
  %scevgep3062.15 = getelementptr i8, ptr %hs, i64 %90
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.15, i64 128, i1 false)
  %91 = or disjoint i64 %73, 2048
  %scevgep3062.16 = getelementptr i8, ptr %hs, i64 %91
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.16, i64 128, i1 false)
  %92 = or disjoint i64 %73, 2176
  %scevgep3062.17 = getelementptr i8, ptr %hs, i64 %92
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.17, i64 128, i1 false)
  %93 = or disjoint i64 %73, 2304
  %scevgep3062.18 = getelementptr i8, ptr %hs, i64 %93
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.18, i64 128, i1 false)
  %94 = or disjoint i64 %73, 2432
  %scevgep3062.19 = getelementptr i8, ptr %hs, i64 %94
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.19, i64 128, i1 false)
  %95 = or disjoint i64 %73, 2560
  %scevgep3062.20 = getelementptr i8, ptr %hs, i64 %95
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.20, i64 128, i1 false)
  %96 = or disjoint i64 %73, 2688
  %scevgep3062.21 = getelementptr i8, ptr %hs, i64 %96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.21, i64 128, i1 false)
  %97 = or disjoint i64 %73, 2816
  %scevgep3062.22 = getelementptr i8, ptr %hs, i64 %97
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.22, i64 128, i1 false)
  %98 = or disjoint i64 %73, 2944
  %scevgep3062.23 = getelementptr i8, ptr %hs, i64 %98
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.23, i64 128, i1 false)
  %99 = or disjoint i64 %73, 3072
  %scevgep3062.24 = getelementptr i8, ptr %hs, i64 %99
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.24, i64 128, i1 false)
  %100 = or disjoint i64 %73, 3200
  %scevgep3062.25 = getelementptr i8, ptr %hs, i64 %100
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.25, i64 128, i1 false)
  %101 = or disjoint i64 %73, 3328
  %scevgep3062.26 = getelementptr i8, ptr %hs, i64 %101
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.26, i64 128, i1 false)
  %102 = or disjoint i64 %73, 3456
  %scevgep3062.27 = getelementptr i8, ptr %hs, i64 %102
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.27, i64 128, i1 false)
  %103 = or disjoint i64 %73, 3584
  %scevgep3062.28 = getelementptr i8, ptr %hs, i64 %103
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.28, i64 128, i1 false)
  %104 = or disjoint i64 %73, 3712
  %scevgep3062.29 = getelementptr i8, ptr %hs, i64 %104
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.29, i64 128, i1 false)
  %105 = or disjoint i64 %73, 3840
  %scevgep3062.30 = getelementptr i8, ptr %hs, i64 %105
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.30, i64 128, i1 false)
  %106 = or disjoint i64 %73, 3968
  %scevgep3062.31 = getelementptr i8, ptr %hs, i64 %106
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3061.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3062.31, i64 128, i1 false)
  %107 = add nsw i64 %ci, %46
  %108 = shl nsw i64 %107, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %109 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02541 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %110 = shl nuw nsw i64 %i2.addr.02541, 5
  %111 = or disjoint i64 %110, %108
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %112 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02540 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %113 = or disjoint i64 %111, %j2.addr.02540
  %114 = getelementptr inbounds float, ptr %hs, i64 %113
  %115 = load <16 x float>, ptr %114, align 4
  %116 = or disjoint i64 %113, 256
  %117 = getelementptr inbounds float, ptr %hs, i64 %116
  %118 = load <16 x float>, ptr %117, align 4
  %119 = or disjoint i64 %113, 32
  %120 = getelementptr inbounds float, ptr %hs, i64 %119
  %121 = load <16 x float>, ptr %120, align 4
  %122 = or disjoint i64 %113, 288
  %123 = getelementptr inbounds float, ptr %hs, i64 %122
  %124 = load <16 x float>, ptr %123, align 4
  %125 = or disjoint i64 %113, 64
  %126 = getelementptr inbounds float, ptr %hs, i64 %125
  %127 = load <16 x float>, ptr %126, align 4
  %128 = or disjoint i64 %113, 320
  %129 = getelementptr inbounds float, ptr %hs, i64 %128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = or disjoint i64 %113, 96
  %132 = getelementptr inbounds float, ptr %hs, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = or disjoint i64 %113, 352
  %135 = getelementptr inbounds float, ptr %hs, i64 %134
  %136 = load <16 x float>, ptr %135, align 4
  %137 = or disjoint i64 %113, 128
  %138 = getelementptr inbounds float, ptr %hs, i64 %137
  %139 = load <16 x float>, ptr %138, align 4
  %140 = or disjoint i64 %113, 384
  %141 = getelementptr inbounds float, ptr %hs, i64 %140
  %142 = load <16 x float>, ptr %141, align 4
  %143 = or disjoint i64 %113, 160
  %144 = getelementptr inbounds float, ptr %hs, i64 %143
  %145 = load <16 x float>, ptr %144, align 4
  %146 = or disjoint i64 %113, 416
  %147 = getelementptr inbounds float, ptr %hs, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = or disjoint i64 %113, 192
  %150 = getelementptr inbounds float, ptr %hs, i64 %149
  %151 = load <16 x float>, ptr %150, align 4
  %152 = or disjoint i64 %113, 448
  %153 = getelementptr inbounds float, ptr %hs, i64 %152
  %154 = load <16 x float>, ptr %153, align 4
  %155 = or disjoint i64 %113, 224
  %156 = getelementptr inbounds float, ptr %hs, i64 %155
  %157 = load <16 x float>, ptr %156, align 4
  %158 = or disjoint i64 %113, 480
  %159 = getelementptr inbounds float, ptr %hs, i64 %158
  %160 = load <16 x float>, ptr %159, align 4
  %161 = shufflevector <16 x float> %115, <16 x float> %118, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %162 = shufflevector <16 x float> %139, <16 x float> %142, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %163 = shufflevector <16 x float> %121, <16 x float> %124, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %164 = shufflevector <16 x float> %145, <16 x float> %148, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %165 = shufflevector <16 x float> %127, <16 x float> %130, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %166 = shufflevector <16 x float> %151, <16 x float> %154, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %167 = shufflevector <16 x float> %133, <16 x float> %136, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %168 = shufflevector <16 x float> %157, <16 x float> %160, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %169 = shufflevector <16 x float> %115, <16 x float> %118, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %170 = shufflevector <16 x float> %139, <16 x float> %142, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %171 = shufflevector <16 x float> %121, <16 x float> %124, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %172 = shufflevector <16 x float> %145, <16 x float> %148, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %173 = shufflevector <16 x float> %127, <16 x float> %130, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %174 = shufflevector <16 x float> %151, <16 x float> %154, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %175 = shufflevector <16 x float> %133, <16 x float> %136, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %176 = shufflevector <16 x float> %157, <16 x float> %160, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %177 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %178 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %179 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %180 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %181 = shufflevector <16 x float> %161, <16 x float> %162, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %182 = shufflevector <16 x float> %165, <16 x float> %166, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %183 = shufflevector <16 x float> %163, <16 x float> %164, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %184 = shufflevector <16 x float> %167, <16 x float> %168, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %185 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %186 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %187 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %188 = shufflevector <16 x float> %175, <16 x float> %176, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %189 = shufflevector <16 x float> %169, <16 x float> %170, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %190 = shufflevector <16 x float> %173, <16 x float> %174, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %191 = shufflevector <16 x float> %171, <16 x float> %172, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %192 = shufflevector <16 x float> %175, <16 x float> %176, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %193 = shufflevector <16 x float> %177, <16 x float> %178, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %194 = shufflevector <16 x float> %179, <16 x float> %180, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %195 = shufflevector <16 x float> %177, <16 x float> %178, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %196 = shufflevector <16 x float> %179, <16 x float> %180, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %197 = shufflevector <16 x float> %181, <16 x float> %182, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %198 = shufflevector <16 x float> %183, <16 x float> %184, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %199 = shufflevector <16 x float> %181, <16 x float> %182, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %200 = shufflevector <16 x float> %183, <16 x float> %184, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %201 = shufflevector <16 x float> %185, <16 x float> %186, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %202 = shufflevector <16 x float> %187, <16 x float> %188, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %203 = shufflevector <16 x float> %185, <16 x float> %186, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %204 = shufflevector <16 x float> %187, <16 x float> %188, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %205 = shufflevector <16 x float> %189, <16 x float> %190, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %206 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %207 = shufflevector <16 x float> %189, <16 x float> %190, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %208 = shufflevector <16 x float> %191, <16 x float> %192, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %209 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %210 = shl nuw nsw i64 %j2.addr.02540, 5
  %211 = or disjoint i64 %210, %i2.addr.02541
  %212 = or disjoint i64 %211, 1024
  %213 = getelementptr inbounds float, ptr %Bk, i64 %212
  store <16 x float> %209, ptr %213, align 4
  %214 = shufflevector <16 x float> %193, <16 x float> %194, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %215 = or disjoint i64 %211, 1056
  %216 = getelementptr inbounds float, ptr %Bk, i64 %215
  store <16 x float> %214, ptr %216, align 4
  %217 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %218 = or disjoint i64 %211, 1088
  %219 = getelementptr inbounds float, ptr %Bk, i64 %218
  store <16 x float> %217, ptr %219, align 4
  %220 = shufflevector <16 x float> %195, <16 x float> %196, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %221 = or disjoint i64 %211, 1120
  %222 = getelementptr inbounds float, ptr %Bk, i64 %221
  store <16 x float> %220, ptr %222, align 4
  %223 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %224 = or disjoint i64 %211, 1152
  %225 = getelementptr inbounds float, ptr %Bk, i64 %224
  store <16 x float> %223, ptr %225, align 4
  %226 = shufflevector <16 x float> %197, <16 x float> %198, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %227 = or disjoint i64 %211, 1184
  %228 = getelementptr inbounds float, ptr %Bk, i64 %227
  store <16 x float> %226, ptr %228, align 4
  %229 = shufflevector <16 x float> %199, <16 x float> %200, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %230 = or disjoint i64 %211, 1216
  %231 = getelementptr inbounds float, ptr %Bk, i64 %230
  store <16 x float> %229, ptr %231, align 4
  %232 = shufflevector <16 x float> %199, <16 x float> %200, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %233 = or disjoint i64 %211, 1248
  %234 = getelementptr inbounds float, ptr %Bk, i64 %233
  store <16 x float> %232, ptr %234, align 4
  %235 = shufflevector <16 x float> %201, <16 x float> %202, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %236 = or disjoint i64 %211, 1280
  %237 = getelementptr inbounds float, ptr %Bk, i64 %236
  store <16 x float> %235, ptr %237, align 4
  %238 = shufflevector <16 x float> %201, <16 x float> %202, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %239 = or disjoint i64 %211, 1312
  %240 = getelementptr inbounds float, ptr %Bk, i64 %239
  store <16 x float> %238, ptr %240, align 4
  %241 = shufflevector <16 x float> %203, <16 x float> %204, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %242 = or disjoint i64 %211, 1344
  %243 = getelementptr inbounds float, ptr %Bk, i64 %242
  store <16 x float> %241, ptr %243, align 4
  %244 = shufflevector <16 x float> %203, <16 x float> %204, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %245 = or disjoint i64 %211, 1376
  %246 = getelementptr inbounds float, ptr %Bk, i64 %245
  store <16 x float> %244, ptr %246, align 4
  %247 = shufflevector <16 x float> %205, <16 x float> %206, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %248 = or disjoint i64 %211, 1408
  %249 = getelementptr inbounds float, ptr %Bk, i64 %248
  store <16 x float> %247, ptr %249, align 4
  %250 = shufflevector <16 x float> %205, <16 x float> %206, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %251 = or disjoint i64 %211, 1440
  %252 = getelementptr inbounds float, ptr %Bk, i64 %251
  store <16 x float> %250, ptr %252, align 4
  %253 = shufflevector <16 x float> %207, <16 x float> %208, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %254 = or disjoint i64 %211, 1472
  %255 = getelementptr inbounds float, ptr %Bk, i64 %254
  store <16 x float> %253, ptr %255, align 4
  %256 = shufflevector <16 x float> %207, <16 x float> %208, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %257 = or disjoint i64 %211, 1504
  %258 = getelementptr inbounds float, ptr %Bk, i64 %257
  store <16 x float> %256, ptr %258, align 4
  br i1 %112, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %109, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %259 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02543 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %260 = shl nuw nsw i64 %i3.addr.02543, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %261 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02542 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %262 = or disjoint i64 %j3.addr.02542, %260
  %263 = or disjoint i64 %262, 32
  %264 = getelementptr inbounds float, ptr %work, i64 %263
  %265 = load <16 x float>, ptr %264, align 4
  %266 = or disjoint i64 %262, 544
  %267 = getelementptr inbounds float, ptr %work, i64 %266
  %268 = load <16 x float>, ptr %267, align 4
  %269 = or disjoint i64 %262, 96
  %270 = getelementptr inbounds float, ptr %work, i64 %269
  %271 = load <16 x float>, ptr %270, align 4
  %272 = or disjoint i64 %262, 608
  %273 = getelementptr inbounds float, ptr %work, i64 %272
  %274 = load <16 x float>, ptr %273, align 4
  %275 = or disjoint i64 %262, 160
  %276 = getelementptr inbounds float, ptr %work, i64 %275
  %277 = load <16 x float>, ptr %276, align 4
  %278 = or disjoint i64 %262, 672
  %279 = getelementptr inbounds float, ptr %work, i64 %278
  %280 = load <16 x float>, ptr %279, align 4
  %281 = or disjoint i64 %262, 224
  %282 = getelementptr inbounds float, ptr %work, i64 %281
  %283 = load <16 x float>, ptr %282, align 4
  %284 = or disjoint i64 %262, 736
  %285 = getelementptr inbounds float, ptr %work, i64 %284
  %286 = load <16 x float>, ptr %285, align 4
  %287 = or disjoint i64 %262, 288
  %288 = getelementptr inbounds float, ptr %work, i64 %287
  %289 = load <16 x float>, ptr %288, align 4
  %290 = or disjoint i64 %262, 800
  %291 = getelementptr inbounds float, ptr %work, i64 %290
  %292 = load <16 x float>, ptr %291, align 4
  %293 = or disjoint i64 %262, 352
  %294 = getelementptr inbounds float, ptr %work, i64 %293
  %295 = load <16 x float>, ptr %294, align 4
  %296 = or disjoint i64 %262, 864
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = or disjoint i64 %262, 416
  %300 = getelementptr inbounds float, ptr %work, i64 %299
  %301 = load <16 x float>, ptr %300, align 4
  %302 = or disjoint i64 %262, 928
  %303 = getelementptr inbounds float, ptr %work, i64 %302
  %304 = load <16 x float>, ptr %303, align 4
  %305 = or disjoint i64 %262, 480
  %306 = getelementptr inbounds float, ptr %work, i64 %305
  %307 = load <16 x float>, ptr %306, align 4
  %308 = or disjoint i64 %262, 992
  %309 = getelementptr inbounds float, ptr %work, i64 %308
  %310 = load <16 x float>, ptr %309, align 4
  %311 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %312 = shufflevector <16 x float> %289, <16 x float> %292, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %313 = shufflevector <16 x float> %271, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %314 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %315 = shufflevector <16 x float> %277, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %316 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %317 = shufflevector <16 x float> %283, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %318 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %319 = shufflevector <16 x float> %265, <16 x float> %268, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %320 = shufflevector <16 x float> %289, <16 x float> %292, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %321 = shufflevector <16 x float> %271, <16 x float> %274, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %322 = shufflevector <16 x float> %295, <16 x float> %298, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %323 = shufflevector <16 x float> %277, <16 x float> %280, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %324 = shufflevector <16 x float> %301, <16 x float> %304, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %325 = shufflevector <16 x float> %283, <16 x float> %286, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %326 = shufflevector <16 x float> %307, <16 x float> %310, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %327 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %328 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %329 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %330 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %331 = shufflevector <16 x float> %311, <16 x float> %312, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %332 = shufflevector <16 x float> %315, <16 x float> %316, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %333 = shufflevector <16 x float> %313, <16 x float> %314, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %334 = shufflevector <16 x float> %317, <16 x float> %318, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %335 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %336 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %337 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %338 = shufflevector <16 x float> %325, <16 x float> %326, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %339 = shufflevector <16 x float> %319, <16 x float> %320, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %340 = shufflevector <16 x float> %323, <16 x float> %324, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %341 = shufflevector <16 x float> %321, <16 x float> %322, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %342 = shufflevector <16 x float> %325, <16 x float> %326, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %343 = shufflevector <16 x float> %327, <16 x float> %328, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %344 = shufflevector <16 x float> %329, <16 x float> %330, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %345 = shufflevector <16 x float> %327, <16 x float> %328, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %346 = shufflevector <16 x float> %329, <16 x float> %330, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %347 = shufflevector <16 x float> %331, <16 x float> %332, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %348 = shufflevector <16 x float> %333, <16 x float> %334, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %349 = shufflevector <16 x float> %331, <16 x float> %332, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %350 = shufflevector <16 x float> %333, <16 x float> %334, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %351 = shufflevector <16 x float> %335, <16 x float> %336, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %352 = shufflevector <16 x float> %337, <16 x float> %338, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %353 = shufflevector <16 x float> %335, <16 x float> %336, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %354 = shufflevector <16 x float> %337, <16 x float> %338, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %355 = shufflevector <16 x float> %339, <16 x float> %340, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %356 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %357 = shufflevector <16 x float> %339, <16 x float> %340, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %358 = shufflevector <16 x float> %341, <16 x float> %342, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %359 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %360 = shl nuw nsw i64 %j3.addr.02542, 5
  %361 = or disjoint i64 %360, %i3.addr.02543
  %362 = getelementptr inbounds float, ptr %Bk, i64 %361
  store <16 x float> %359, ptr %362, align 4
  %363 = shufflevector <16 x float> %343, <16 x float> %344, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %364 = or disjoint i64 %361, 32
  %365 = getelementptr inbounds float, ptr %Bk, i64 %364
  store <16 x float> %363, ptr %365, align 4
  %366 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %367 = or disjoint i64 %361, 64
  %368 = getelementptr inbounds float, ptr %Bk, i64 %367
  store <16 x float> %366, ptr %368, align 4
  %369 = shufflevector <16 x float> %345, <16 x float> %346, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %370 = or disjoint i64 %361, 96
  %371 = getelementptr inbounds float, ptr %Bk, i64 %370
  store <16 x float> %369, ptr %371, align 4
  %372 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %373 = or disjoint i64 %361, 128
  %374 = getelementptr inbounds float, ptr %Bk, i64 %373
  store <16 x float> %372, ptr %374, align 4
  %375 = shufflevector <16 x float> %347, <16 x float> %348, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %376 = or disjoint i64 %361, 160
  %377 = getelementptr inbounds float, ptr %Bk, i64 %376
  store <16 x float> %375, ptr %377, align 4
  %378 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %379 = or disjoint i64 %361, 192
  %380 = getelementptr inbounds float, ptr %Bk, i64 %379
  store <16 x float> %378, ptr %380, align 4
  %381 = shufflevector <16 x float> %349, <16 x float> %350, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %382 = or disjoint i64 %361, 224
  %383 = getelementptr inbounds float, ptr %Bk, i64 %382
  store <16 x float> %381, ptr %383, align 4
  %384 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %385 = or disjoint i64 %361, 256
  %386 = getelementptr inbounds float, ptr %Bk, i64 %385
  store <16 x float> %384, ptr %386, align 4
  %387 = shufflevector <16 x float> %351, <16 x float> %352, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %388 = or disjoint i64 %361, 288
  %389 = getelementptr inbounds float, ptr %Bk, i64 %388
  store <16 x float> %387, ptr %389, align 4
  %390 = shufflevector <16 x float> %353, <16 x float> %354, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %391 = or disjoint i64 %361, 320
  %392 = getelementptr inbounds float, ptr %Bk, i64 %391
  store <16 x float> %390, ptr %392, align 4
  %393 = shufflevector <16 x float> %353, <16 x float> %354, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %394 = or disjoint i64 %361, 352
  %395 = getelementptr inbounds float, ptr %Bk, i64 %394
  store <16 x float> %393, ptr %395, align 4
  %396 = shufflevector <16 x float> %355, <16 x float> %356, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %397 = or disjoint i64 %361, 384
  %398 = getelementptr inbounds float, ptr %Bk, i64 %397
  store <16 x float> %396, ptr %398, align 4
  %399 = shufflevector <16 x float> %355, <16 x float> %356, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %400 = or disjoint i64 %361, 416
  %401 = getelementptr inbounds float, ptr %Bk, i64 %400
  store <16 x float> %399, ptr %401, align 4
  %402 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %403 = or disjoint i64 %361, 448
  %404 = getelementptr inbounds float, ptr %Bk, i64 %403
  store <16 x float> %402, ptr %404, align 4
  %405 = shufflevector <16 x float> %357, <16 x float> %358, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %406 = or disjoint i64 %361, 480
  %407 = getelementptr inbounds float, ptr %Bk, i64 %406
  store <16 x float> %405, ptr %407, align 4
  br i1 %261, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %259, label %j3.head.preheader, label %t.head.preheader

t.head.preheader:                                 ; preds = %j3.exit, %t.head.preheader
  %s.addr.02545 = phi i64 [ %s.next, %t.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02545, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2838 = shl nsw i64 %s.addr.02545, 8
  %invariant.gep3317 = getelementptr inbounds i8, ptr %M, i64 %.idx2838
  %408 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %409 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %410 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %411 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %412 = select <8 x i1> %408, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %413 = select <8 x i1> %409, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %414 = select <8 x i1> %410, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %415 = select <8 x i1> %411, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %416 = getelementptr inbounds i8, ptr %invariant.gep3317, i64 32
  %417 = getelementptr inbounds i8, ptr %invariant.gep3317, i64 64
  %418 = getelementptr inbounds i8, ptr %invariant.gep3317, i64 96
  store <8 x float> %412, ptr %invariant.gep3317, align 4
  store <8 x float> %413, ptr %416, align 4
  store <8 x float> %414, ptr %417, align 4
  store <8 x float> %415, ptr %418, align 4
  %419 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %420 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %421 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %422 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %423 = select <8 x i1> %419, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %424 = select <8 x i1> %420, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %425 = select <8 x i1> %421, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %426 = select <8 x i1> %422, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %427 = getelementptr inbounds i8, ptr %invariant.gep3317, i64 128
  %428 = getelementptr inbounds i8, ptr %invariant.gep3317, i64 160
  %429 = getelementptr inbounds i8, ptr %invariant.gep3317, i64 192
  %430 = getelementptr inbounds i8, ptr %invariant.gep3317, i64 224
  store <8 x float> %423, ptr %427, align 4
  store <8 x float> %424, ptr %428, align 4
  store <8 x float> %425, ptr %429, align 4
  store <8 x float> %426, ptr %430, align 4
  %s.next = add nuw nsw i64 %s.addr.02545, 1
  %exitcond3065.not = icmp eq i64 %s.next, 64
  br i1 %exitcond3065.not, label %t1.body.preheader, label %t.head.preheader

t1.body.preheader:                                ; preds = %t.head.preheader
  %431 = getelementptr i8, ptr %63, i64 %71
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02571 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %432 = shl nuw nsw i64 %t1.addr.02571, 9
  %gep3320 = getelementptr i8, ptr %invariant.gep3319, i64 %432
  %gep3322 = getelementptr i8, ptr %invariant.gep3321, i64 %432
  %gep3324 = getelementptr i8, ptr %invariant.gep3323, i64 %432
  %gep3326 = getelementptr i8, ptr %invariant.gep3325, i64 %432
  %gep3328 = getelementptr i8, ptr %invariant.gep3327, i64 %432
  %gep3330 = getelementptr i8, ptr %invariant.gep3329, i64 %432
  %gep3332 = getelementptr i8, ptr %invariant.gep3331, i64 %432
  %gep3334 = getelementptr i8, ptr %invariant.gep3333, i64 %432
  %433 = shl nuw nsw i64 %t1.addr.02571, 7
  %gep3336 = getelementptr i8, ptr %invariant.gep3335, i64 %433
  %434 = icmp sgt i64 %75, %t1.addr.02571
  br i1 %434, label %p.head.preheader, label %j9.head.preheader

j9.head.preheader:                                ; preds = %t1.body
  %gep3338 = getelementptr i8, ptr %invariant.gep3337, i64 %433
  %gep3340 = getelementptr i8, ptr %invariant.gep3339, i64 %433
  %gep3342 = getelementptr i8, ptr %invariant.gep3341, i64 %432
  %gep3344 = getelementptr i8, ptr %invariant.gep3343, i64 %432
  %gep3346 = getelementptr i8, ptr %invariant.gep3345, i64 %432
  %gep3348 = getelementptr i8, ptr %invariant.gep3347, i64 %432
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3338, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3340, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3336, i8 0, i64 128, i1 false)
  %i16 = shl nuw nsw i64 %t1.addr.02571, 2
  %435 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %435, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3334, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3342, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3332, i8 0, i64 128, i1 false)
  %i20 = or disjoint i64 %i16, 1
  %436 = getelementptr inbounds float, ptr %bet, i64 %i20
  store float 0.000000e+00, ptr %436, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3330, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3344, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3328, i8 0, i64 128, i1 false)
  %i24 = or disjoint i64 %i16, 2
  %437 = getelementptr inbounds float, ptr %bet, i64 %i24
  store float 0.000000e+00, ptr %437, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3326, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3346, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3324, i8 0, i64 128, i1 false)
  %i28 = or disjoint i64 %i16, 3
  %438 = getelementptr inbounds float, ptr %bet, i64 %i28
  store float 0.000000e+00, ptr %438, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3322, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3348, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3320, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %439 = mul i64 %13, %t1.addr.02571
  %scevgep3082 = getelementptr i8, ptr %431, i64 %439
  %440 = mul i64 %18, %t1.addr.02571
  %441 = add i64 %70, %440
  %scevgep3084 = getelementptr i8, ptr %k, i64 %441
  %scevgep3086 = getelementptr i8, ptr %v, i64 %441
  %442 = add i64 %69, %440
  %scevgep3088 = getelementptr i8, ptr %k, i64 %442
  %scevgep3090 = getelementptr i8, ptr %v, i64 %442
  %443 = add i64 %68, %440
  %scevgep3092 = getelementptr i8, ptr %k, i64 %443
  %scevgep3094 = getelementptr i8, ptr %v, i64 %443
  %444 = add i64 %67, %440
  %scevgep3096 = getelementptr i8, ptr %k, i64 %444
  %scevgep3098 = getelementptr i8, ptr %v, i64 %444
  %445 = add nuw nsw i64 %t1.addr.02571, %t0
  %446 = mul nsw i64 %445, %sq
  %447 = shl nuw nsw i64 %t1.addr.02571, 5
  %448 = getelementptr float, ptr %qh, i64 %446
  %449 = load <16 x float>, ptr %448, align 4
  %450 = fmul <16 x float> %449, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %451 = or disjoint i64 %447, 2048
  %452 = getelementptr inbounds float, ptr %Bk, i64 %451
  store <16 x float> %450, ptr %452, align 4
  %453 = getelementptr inbounds float, ptr %QK, i64 %447
  store <16 x float> %450, ptr %453, align 4
  %454 = getelementptr float, ptr %64, i64 %446
  %455 = load <16 x float>, ptr %454, align 4
  %456 = fmul <16 x float> %455, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %457 = or disjoint i64 %447, 16
  %458 = or i64 %447, 2064
  %459 = getelementptr inbounds float, ptr %Bk, i64 %458
  store <16 x float> %456, ptr %459, align 4
  %460 = getelementptr inbounds float, ptr %QK, i64 %457
  store <16 x float> %456, ptr %460, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3336, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3082, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02571, 2
  %461 = or disjoint i64 %t1.addr.02571, %t0
  %tau = shl nsw i64 %461, 2
  %462 = mul nsw i64 %tau, %H
  %463 = getelementptr inbounds float, ptr %betah, i64 %462
  %464 = load float, ptr %463, align 4
  %465 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %464, ptr %465, align 4
  %466 = mul nsw i64 %tau, %sq
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3334, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3084, i64 128, i1 false)
  %467 = getelementptr float, ptr %kh, i64 %466
  %468 = load <16 x float>, ptr %467, align 4
  %469 = fneg <16 x float> %468
  %gep3350 = getelementptr inbounds float, ptr %invariant.gep3349, i64 %433
  store <16 x float> %469, ptr %gep3350, align 4
  %470 = getelementptr float, ptr %65, i64 %466
  %471 = load <16 x float>, ptr %470, align 4
  %472 = fneg <16 x float> %471
  %gep3352 = getelementptr inbounds float, ptr %invariant.gep3351, i64 %433
  store <16 x float> %472, ptr %gep3352, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3332, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3086, i64 128, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %473 = mul nsw i64 %tau1, %H
  %474 = getelementptr inbounds float, ptr %betah, i64 %473
  %475 = load float, ptr %474, align 4
  %476 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %475, ptr %476, align 4
  %477 = mul nsw i64 %tau1, %sq
  %478 = shl nuw nsw i64 %i7, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3330, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3088, i64 128, i1 false)
  %479 = getelementptr float, ptr %kh, i64 %477
  %480 = load <16 x float>, ptr %479, align 4
  %481 = fneg <16 x float> %480
  %gep3354 = getelementptr inbounds float, ptr %invariant.gep3353, i64 %478
  store <16 x float> %481, ptr %gep3354, align 4
  %482 = getelementptr float, ptr %65, i64 %477
  %483 = load <16 x float>, ptr %482, align 4
  %484 = fneg <16 x float> %483
  %gep3356 = getelementptr inbounds float, ptr %invariant.gep3355, i64 %478
  store <16 x float> %484, ptr %gep3356, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3328, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090, i64 128, i1 false)
  %i9 = or disjoint i64 %i5, 2
  %tau2 = or disjoint i64 %tau, 2
  %485 = mul nsw i64 %tau2, %H
  %486 = getelementptr inbounds float, ptr %betah, i64 %485
  %487 = load float, ptr %486, align 4
  %488 = getelementptr inbounds float, ptr %bet, i64 %i9
  store float %487, ptr %488, align 4
  %489 = mul nsw i64 %tau2, %sq
  %490 = shl nuw nsw i64 %i9, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3326, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092, i64 128, i1 false)
  %491 = getelementptr float, ptr %kh, i64 %489
  %492 = load <16 x float>, ptr %491, align 4
  %493 = fneg <16 x float> %492
  %gep3358 = getelementptr inbounds float, ptr %invariant.gep3357, i64 %490
  store <16 x float> %493, ptr %gep3358, align 4
  %494 = getelementptr float, ptr %65, i64 %489
  %495 = load <16 x float>, ptr %494, align 4
  %496 = fneg <16 x float> %495
  %gep3360 = getelementptr inbounds float, ptr %invariant.gep3359, i64 %490
  store <16 x float> %496, ptr %gep3360, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3324, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3094, i64 128, i1 false)
  %i11 = or disjoint i64 %i5, 3
  %tau3 = or disjoint i64 %tau, 3
  %497 = mul nsw i64 %tau3, %H
  %498 = getelementptr inbounds float, ptr %betah, i64 %497
  %499 = load float, ptr %498, align 4
  %500 = getelementptr inbounds float, ptr %bet, i64 %i11
  store float %499, ptr %500, align 4
  %501 = mul nsw i64 %tau3, %sq
  %502 = shl nuw nsw i64 %i11, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3322, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3096, i64 128, i1 false)
  %503 = getelementptr float, ptr %kh, i64 %501
  %504 = load <16 x float>, ptr %503, align 4
  %505 = fneg <16 x float> %504
  %gep3362 = getelementptr inbounds float, ptr %invariant.gep3361, i64 %502
  store <16 x float> %505, ptr %gep3362, align 4
  %506 = getelementptr float, ptr %65, i64 %501
  %507 = load <16 x float>, ptr %506, align 4
  %508 = fneg <16 x float> %507
  %gep3364 = getelementptr inbounds float, ptr %invariant.gep3363, i64 %502
  store <16 x float> %508, ptr %gep3364, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3320, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3098, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j9.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02571, 1
  %exitcond3099.not = icmp eq i64 %t1.next, 64
  br i1 %exitcond3099.not, label %j24.head.preheader, label %t1.body

j24.head.preheader:                               ; preds = %endif, %j24.exit
  %i32.addr.02573 = phi i64 [ %i32.next, %j24.exit ], [ 0, %endif ]
  %.idx3149 = shl nsw i64 %i32.addr.02573, 7
  %invariant.gep3365 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3149
  br label %j24.body

j24.body:                                         ; preds = %j24.head.preheader, %j24.body
  %509 = phi i1 [ true, %j24.head.preheader ], [ false, %j24.body ]
  %j24.addr.02572 = phi i64 [ 0, %j24.head.preheader ], [ 16, %j24.body ]
  %gep3366 = getelementptr inbounds float, ptr %invariant.gep3365, i64 %j24.addr.02572
  %510 = getelementptr inbounds i8, ptr %gep3366, i64 16384
  %511 = load <16 x float>, ptr %510, align 4
  %512 = getelementptr inbounds i8, ptr %gep3366, i64 17408
  %513 = load <16 x float>, ptr %512, align 4
  %514 = getelementptr inbounds i8, ptr %gep3366, i64 16512
  %515 = load <16 x float>, ptr %514, align 4
  %516 = getelementptr inbounds i8, ptr %gep3366, i64 17536
  %517 = load <16 x float>, ptr %516, align 4
  %518 = getelementptr inbounds i8, ptr %gep3366, i64 16640
  %519 = load <16 x float>, ptr %518, align 4
  %520 = getelementptr inbounds i8, ptr %gep3366, i64 17664
  %521 = load <16 x float>, ptr %520, align 4
  %522 = getelementptr inbounds i8, ptr %gep3366, i64 16768
  %523 = load <16 x float>, ptr %522, align 4
  %524 = getelementptr inbounds i8, ptr %gep3366, i64 17792
  %525 = load <16 x float>, ptr %524, align 4
  %526 = getelementptr inbounds i8, ptr %gep3366, i64 16896
  %527 = load <16 x float>, ptr %526, align 4
  %528 = getelementptr inbounds i8, ptr %gep3366, i64 17920
  %529 = load <16 x float>, ptr %528, align 4
  %530 = getelementptr inbounds i8, ptr %gep3366, i64 17024
  %531 = load <16 x float>, ptr %530, align 4
  %532 = getelementptr inbounds i8, ptr %gep3366, i64 18048
  %533 = load <16 x float>, ptr %532, align 4
  %534 = getelementptr inbounds i8, ptr %gep3366, i64 17152
  %535 = load <16 x float>, ptr %534, align 4
  %536 = getelementptr inbounds i8, ptr %gep3366, i64 18176
  %537 = load <16 x float>, ptr %536, align 4
  %538 = getelementptr inbounds i8, ptr %gep3366, i64 17280
  %539 = load <16 x float>, ptr %538, align 4
  %540 = getelementptr inbounds i8, ptr %gep3366, i64 18304
  %541 = load <16 x float>, ptr %540, align 4
  %542 = shufflevector <16 x float> %511, <16 x float> %513, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %543 = shufflevector <16 x float> %527, <16 x float> %529, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %544 = shufflevector <16 x float> %515, <16 x float> %517, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %545 = shufflevector <16 x float> %531, <16 x float> %533, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %546 = shufflevector <16 x float> %519, <16 x float> %521, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %547 = shufflevector <16 x float> %535, <16 x float> %537, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %548 = shufflevector <16 x float> %523, <16 x float> %525, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %549 = shufflevector <16 x float> %539, <16 x float> %541, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %550 = shufflevector <16 x float> %511, <16 x float> %513, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %551 = shufflevector <16 x float> %527, <16 x float> %529, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %552 = shufflevector <16 x float> %515, <16 x float> %517, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %553 = shufflevector <16 x float> %531, <16 x float> %533, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %554 = shufflevector <16 x float> %519, <16 x float> %521, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %555 = shufflevector <16 x float> %535, <16 x float> %537, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %556 = shufflevector <16 x float> %523, <16 x float> %525, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %557 = shufflevector <16 x float> %539, <16 x float> %541, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %558 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %559 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %560 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %561 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %562 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %563 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %564 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %565 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %566 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %567 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %568 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %569 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %570 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %571 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %572 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %573 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %574 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %575 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %576 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %577 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %578 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %579 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %580 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %581 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %582 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %583 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %584 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %585 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %586 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %587 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %588 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %589 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %590 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %591 = shl nuw nsw i64 %j24.addr.02572, 8
  %592 = add nuw nsw i64 %591, %i32.addr.02573
  %593 = getelementptr inbounds float, ptr %KT, i64 %592
  store <16 x float> %590, ptr %593, align 4
  %594 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %595 = or disjoint i64 %592, 256
  %596 = getelementptr inbounds float, ptr %KT, i64 %595
  store <16 x float> %594, ptr %596, align 4
  %597 = shufflevector <16 x float> %576, <16 x float> %577, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %598 = or disjoint i64 %592, 512
  %599 = getelementptr inbounds float, ptr %KT, i64 %598
  store <16 x float> %597, ptr %599, align 4
  %600 = shufflevector <16 x float> %576, <16 x float> %577, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %601 = or disjoint i64 %592, 768
  %602 = getelementptr inbounds float, ptr %KT, i64 %601
  store <16 x float> %600, ptr %602, align 4
  %603 = shufflevector <16 x float> %578, <16 x float> %579, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %604 = or disjoint i64 %592, 1024
  %605 = getelementptr inbounds float, ptr %KT, i64 %604
  store <16 x float> %603, ptr %605, align 4
  %606 = shufflevector <16 x float> %578, <16 x float> %579, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %607 = or disjoint i64 %592, 1280
  %608 = getelementptr inbounds float, ptr %KT, i64 %607
  store <16 x float> %606, ptr %608, align 4
  %609 = shufflevector <16 x float> %580, <16 x float> %581, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %610 = or disjoint i64 %592, 1536
  %611 = getelementptr inbounds float, ptr %KT, i64 %610
  store <16 x float> %609, ptr %611, align 4
  %612 = shufflevector <16 x float> %580, <16 x float> %581, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %613 = or disjoint i64 %592, 1792
  %614 = getelementptr inbounds float, ptr %KT, i64 %613
  store <16 x float> %612, ptr %614, align 4
  %615 = shufflevector <16 x float> %582, <16 x float> %583, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %616 = or disjoint i64 %592, 2048
  %617 = getelementptr inbounds float, ptr %KT, i64 %616
  store <16 x float> %615, ptr %617, align 4
  %618 = shufflevector <16 x float> %582, <16 x float> %583, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %619 = or disjoint i64 %592, 2304
  %620 = getelementptr inbounds float, ptr %KT, i64 %619
  store <16 x float> %618, ptr %620, align 4
  %621 = shufflevector <16 x float> %584, <16 x float> %585, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %622 = or disjoint i64 %592, 2560
  %623 = getelementptr inbounds float, ptr %KT, i64 %622
  store <16 x float> %621, ptr %623, align 4
  %624 = shufflevector <16 x float> %584, <16 x float> %585, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %625 = or disjoint i64 %592, 2816
  %626 = getelementptr inbounds float, ptr %KT, i64 %625
  store <16 x float> %624, ptr %626, align 4
  %627 = shufflevector <16 x float> %586, <16 x float> %587, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %628 = or disjoint i64 %592, 3072
  %629 = getelementptr inbounds float, ptr %KT, i64 %628
  store <16 x float> %627, ptr %629, align 4
  %630 = shufflevector <16 x float> %586, <16 x float> %587, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %631 = or disjoint i64 %592, 3328
  %632 = getelementptr inbounds float, ptr %KT, i64 %631
  store <16 x float> %630, ptr %632, align 4
  %633 = shufflevector <16 x float> %588, <16 x float> %589, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %634 = or disjoint i64 %592, 3584
  %635 = getelementptr inbounds float, ptr %KT, i64 %634
  store <16 x float> %633, ptr %635, align 4
  %636 = shufflevector <16 x float> %588, <16 x float> %589, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %637 = or disjoint i64 %592, 3840
  %638 = getelementptr inbounds float, ptr %KT, i64 %637
  store <16 x float> %636, ptr %638, align 4
  br i1 %509, label %j24.body, label %j24.exit

j24.exit:                                         ; preds = %j24.body
  %i32.next = add nuw nsw i64 %i32.addr.02573, 16
  %639 = icmp ult i64 %i32.addr.02573, 240
  br i1 %639, label %j24.head.preheader, label %j25.head.preheader

j25.head.preheader:                               ; preds = %j24.exit, %j25.exit
  %i33.addr.02575 = phi i64 [ %i33.next, %j25.exit ], [ 0, %j24.exit ]
  %640 = shl nuw nsw i64 %i33.addr.02575, 5
  br label %j25.body

j25.body:                                         ; preds = %j25.head.preheader, %j25.body
  %641 = phi i1 [ true, %j25.head.preheader ], [ false, %j25.body ]
  %j25.addr.02574 = phi i64 [ 0, %j25.head.preheader ], [ 16, %j25.body ]
  %642 = or disjoint i64 %j25.addr.02574, %640
  %643 = or disjoint i64 %642, 2048
  %644 = getelementptr inbounds float, ptr %Bk, i64 %643
  %645 = load <16 x float>, ptr %644, align 4
  %646 = or disjoint i64 %642, 2304
  %647 = getelementptr inbounds float, ptr %Bk, i64 %646
  %648 = load <16 x float>, ptr %647, align 4
  %649 = or disjoint i64 %642, 2080
  %650 = getelementptr inbounds float, ptr %Bk, i64 %649
  %651 = load <16 x float>, ptr %650, align 4
  %652 = or disjoint i64 %642, 2336
  %653 = getelementptr inbounds float, ptr %Bk, i64 %652
  %654 = load <16 x float>, ptr %653, align 4
  %655 = or disjoint i64 %642, 2112
  %656 = getelementptr inbounds float, ptr %Bk, i64 %655
  %657 = load <16 x float>, ptr %656, align 4
  %658 = or disjoint i64 %642, 2368
  %659 = getelementptr inbounds float, ptr %Bk, i64 %658
  %660 = load <16 x float>, ptr %659, align 4
  %661 = or disjoint i64 %642, 2144
  %662 = getelementptr inbounds float, ptr %Bk, i64 %661
  %663 = load <16 x float>, ptr %662, align 4
  %664 = or disjoint i64 %642, 2400
  %665 = getelementptr inbounds float, ptr %Bk, i64 %664
  %666 = load <16 x float>, ptr %665, align 4
  %667 = or disjoint i64 %642, 2176
  %668 = getelementptr inbounds float, ptr %Bk, i64 %667
  %669 = load <16 x float>, ptr %668, align 4
  %670 = or disjoint i64 %642, 2432
  %671 = getelementptr inbounds float, ptr %Bk, i64 %670
  %672 = load <16 x float>, ptr %671, align 4
  %673 = or disjoint i64 %642, 2208
  %674 = getelementptr inbounds float, ptr %Bk, i64 %673
  %675 = load <16 x float>, ptr %674, align 4
  %676 = or disjoint i64 %642, 2464
  %677 = getelementptr inbounds float, ptr %Bk, i64 %676
  %678 = load <16 x float>, ptr %677, align 4
  %679 = or disjoint i64 %642, 2240
  %680 = getelementptr inbounds float, ptr %Bk, i64 %679
  %681 = load <16 x float>, ptr %680, align 4
  %682 = or disjoint i64 %642, 2496
  %683 = getelementptr inbounds float, ptr %Bk, i64 %682
  %684 = load <16 x float>, ptr %683, align 4
  %685 = or disjoint i64 %642, 2272
  %686 = getelementptr inbounds float, ptr %Bk, i64 %685
  %687 = load <16 x float>, ptr %686, align 4
  %688 = or disjoint i64 %642, 2528
  %689 = getelementptr inbounds float, ptr %Bk, i64 %688
  %690 = load <16 x float>, ptr %689, align 4
  %691 = shufflevector <16 x float> %645, <16 x float> %648, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %692 = shufflevector <16 x float> %669, <16 x float> %672, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %693 = shufflevector <16 x float> %651, <16 x float> %654, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %694 = shufflevector <16 x float> %675, <16 x float> %678, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %695 = shufflevector <16 x float> %657, <16 x float> %660, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %696 = shufflevector <16 x float> %681, <16 x float> %684, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %697 = shufflevector <16 x float> %663, <16 x float> %666, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %698 = shufflevector <16 x float> %687, <16 x float> %690, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %699 = shufflevector <16 x float> %645, <16 x float> %648, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %700 = shufflevector <16 x float> %669, <16 x float> %672, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %701 = shufflevector <16 x float> %651, <16 x float> %654, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %702 = shufflevector <16 x float> %675, <16 x float> %678, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %703 = shufflevector <16 x float> %657, <16 x float> %660, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %704 = shufflevector <16 x float> %681, <16 x float> %684, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %705 = shufflevector <16 x float> %663, <16 x float> %666, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %706 = shufflevector <16 x float> %687, <16 x float> %690, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %707 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %708 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %709 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %710 = shufflevector <16 x float> %697, <16 x float> %698, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %711 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %712 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %713 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %714 = shufflevector <16 x float> %697, <16 x float> %698, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %715 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %716 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %717 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %718 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %719 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %720 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %721 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %722 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %723 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %724 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %725 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %726 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %727 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %728 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %729 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %730 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %731 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %732 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %733 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %734 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %735 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %736 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %737 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %738 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %739 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %740 = shl nuw nsw i64 %j25.addr.02574, 6
  %741 = add nuw nsw i64 %740, %i33.addr.02575
  %742 = getelementptr inbounds float, ptr %QcT, i64 %741
  store <16 x float> %739, ptr %742, align 4
  %743 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %744 = or disjoint i64 %741, 64
  %745 = getelementptr inbounds float, ptr %QcT, i64 %744
  store <16 x float> %743, ptr %745, align 4
  %746 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %747 = or disjoint i64 %741, 128
  %748 = getelementptr inbounds float, ptr %QcT, i64 %747
  store <16 x float> %746, ptr %748, align 4
  %749 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %750 = or disjoint i64 %741, 192
  %751 = getelementptr inbounds float, ptr %QcT, i64 %750
  store <16 x float> %749, ptr %751, align 4
  %752 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %753 = or disjoint i64 %741, 256
  %754 = getelementptr inbounds float, ptr %QcT, i64 %753
  store <16 x float> %752, ptr %754, align 4
  %755 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %756 = or disjoint i64 %741, 320
  %757 = getelementptr inbounds float, ptr %QcT, i64 %756
  store <16 x float> %755, ptr %757, align 4
  %758 = shufflevector <16 x float> %729, <16 x float> %730, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %759 = or disjoint i64 %741, 384
  %760 = getelementptr inbounds float, ptr %QcT, i64 %759
  store <16 x float> %758, ptr %760, align 4
  %761 = shufflevector <16 x float> %729, <16 x float> %730, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %762 = or disjoint i64 %741, 448
  %763 = getelementptr inbounds float, ptr %QcT, i64 %762
  store <16 x float> %761, ptr %763, align 4
  %764 = shufflevector <16 x float> %731, <16 x float> %732, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %765 = or disjoint i64 %741, 512
  %766 = getelementptr inbounds float, ptr %QcT, i64 %765
  store <16 x float> %764, ptr %766, align 4
  %767 = shufflevector <16 x float> %731, <16 x float> %732, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %768 = or disjoint i64 %741, 576
  %769 = getelementptr inbounds float, ptr %QcT, i64 %768
  store <16 x float> %767, ptr %769, align 4
  %770 = shufflevector <16 x float> %733, <16 x float> %734, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %771 = or disjoint i64 %741, 640
  %772 = getelementptr inbounds float, ptr %QcT, i64 %771
  store <16 x float> %770, ptr %772, align 4
  %773 = shufflevector <16 x float> %733, <16 x float> %734, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %774 = or disjoint i64 %741, 704
  %775 = getelementptr inbounds float, ptr %QcT, i64 %774
  store <16 x float> %773, ptr %775, align 4
  %776 = shufflevector <16 x float> %735, <16 x float> %736, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %777 = or disjoint i64 %741, 768
  %778 = getelementptr inbounds float, ptr %QcT, i64 %777
  store <16 x float> %776, ptr %778, align 4
  %779 = shufflevector <16 x float> %735, <16 x float> %736, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %780 = or disjoint i64 %741, 832
  %781 = getelementptr inbounds float, ptr %QcT, i64 %780
  store <16 x float> %779, ptr %781, align 4
  %782 = shufflevector <16 x float> %737, <16 x float> %738, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %783 = or disjoint i64 %741, 896
  %784 = getelementptr inbounds float, ptr %QcT, i64 %783
  store <16 x float> %782, ptr %784, align 4
  %785 = shufflevector <16 x float> %737, <16 x float> %738, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %786 = or disjoint i64 %741, 960
  %787 = getelementptr inbounds float, ptr %QcT, i64 %786
  store <16 x float> %785, ptr %787, align 4
  br i1 %641, label %j25.body, label %j25.exit

j25.exit:                                         ; preds = %j25.body
  %i33.next = add nuw nsw i64 %i33.addr.02575, 16
  %788 = icmp ult i64 %i33.addr.02575, 48
  br i1 %788, label %j25.head.preheader, label %j26.head.preheader

j26.head.preheader:                               ; preds = %j25.exit, %j26.exit
  %i34.addr.02577 = phi i64 [ %i34.next, %j26.exit ], [ 0, %j25.exit ]
  %789 = shl nuw nsw i64 %i34.addr.02577, 5
  br label %j26.body

j26.body:                                         ; preds = %j26.head.preheader, %j26.body
  %790 = phi i1 [ true, %j26.head.preheader ], [ false, %j26.body ]
  %j26.addr.02576 = phi i64 [ 0, %j26.head.preheader ], [ 16, %j26.body ]
  %791 = or disjoint i64 %j26.addr.02576, %789
  %792 = getelementptr inbounds float, ptr %OY, i64 %791
  %793 = load <16 x float>, ptr %792, align 4
  %794 = or disjoint i64 %791, 256
  %795 = getelementptr inbounds float, ptr %OY, i64 %794
  %796 = load <16 x float>, ptr %795, align 4
  %797 = or disjoint i64 %791, 32
  %798 = getelementptr inbounds float, ptr %OY, i64 %797
  %799 = load <16 x float>, ptr %798, align 4
  %800 = or disjoint i64 %791, 288
  %801 = getelementptr inbounds float, ptr %OY, i64 %800
  %802 = load <16 x float>, ptr %801, align 4
  %803 = or disjoint i64 %791, 64
  %804 = getelementptr inbounds float, ptr %OY, i64 %803
  %805 = load <16 x float>, ptr %804, align 4
  %806 = or disjoint i64 %791, 320
  %807 = getelementptr inbounds float, ptr %OY, i64 %806
  %808 = load <16 x float>, ptr %807, align 4
  %809 = or disjoint i64 %791, 96
  %810 = getelementptr inbounds float, ptr %OY, i64 %809
  %811 = load <16 x float>, ptr %810, align 4
  %812 = or disjoint i64 %791, 352
  %813 = getelementptr inbounds float, ptr %OY, i64 %812
  %814 = load <16 x float>, ptr %813, align 4
  %815 = or disjoint i64 %791, 128
  %816 = getelementptr inbounds float, ptr %OY, i64 %815
  %817 = load <16 x float>, ptr %816, align 4
  %818 = or disjoint i64 %791, 384
  %819 = getelementptr inbounds float, ptr %OY, i64 %818
  %820 = load <16 x float>, ptr %819, align 4
  %821 = or disjoint i64 %791, 160
  %822 = getelementptr inbounds float, ptr %OY, i64 %821
  %823 = load <16 x float>, ptr %822, align 4
  %824 = or disjoint i64 %791, 416
  %825 = getelementptr inbounds float, ptr %OY, i64 %824
  %826 = load <16 x float>, ptr %825, align 4
  %827 = or disjoint i64 %791, 192
  %828 = getelementptr inbounds float, ptr %OY, i64 %827
  %829 = load <16 x float>, ptr %828, align 4
  %830 = or disjoint i64 %791, 448
  %831 = getelementptr inbounds float, ptr %OY, i64 %830
  %832 = load <16 x float>, ptr %831, align 4
  %833 = or disjoint i64 %791, 224
  %834 = getelementptr inbounds float, ptr %OY, i64 %833
  %835 = load <16 x float>, ptr %834, align 4
  %836 = or disjoint i64 %791, 480
  %837 = getelementptr inbounds float, ptr %OY, i64 %836
  %838 = load <16 x float>, ptr %837, align 4
  %839 = shufflevector <16 x float> %793, <16 x float> %796, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %840 = shufflevector <16 x float> %817, <16 x float> %820, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %841 = shufflevector <16 x float> %799, <16 x float> %802, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %842 = shufflevector <16 x float> %823, <16 x float> %826, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %843 = shufflevector <16 x float> %805, <16 x float> %808, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %844 = shufflevector <16 x float> %829, <16 x float> %832, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %845 = shufflevector <16 x float> %811, <16 x float> %814, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %846 = shufflevector <16 x float> %835, <16 x float> %838, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %847 = shufflevector <16 x float> %793, <16 x float> %796, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %848 = shufflevector <16 x float> %817, <16 x float> %820, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %849 = shufflevector <16 x float> %799, <16 x float> %802, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %850 = shufflevector <16 x float> %823, <16 x float> %826, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %851 = shufflevector <16 x float> %805, <16 x float> %808, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %852 = shufflevector <16 x float> %829, <16 x float> %832, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %853 = shufflevector <16 x float> %811, <16 x float> %814, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %854 = shufflevector <16 x float> %835, <16 x float> %838, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %855 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %856 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %857 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %858 = shufflevector <16 x float> %845, <16 x float> %846, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %859 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %860 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %861 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %862 = shufflevector <16 x float> %845, <16 x float> %846, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %863 = shufflevector <16 x float> %847, <16 x float> %848, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %864 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %865 = shufflevector <16 x float> %849, <16 x float> %850, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %866 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %867 = shufflevector <16 x float> %847, <16 x float> %848, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %868 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %869 = shufflevector <16 x float> %849, <16 x float> %850, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %870 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %871 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %872 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %873 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %874 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %875 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %876 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %877 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %878 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %879 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %880 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %881 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %882 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %883 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %884 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %885 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %886 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %887 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %888 = shl nuw nsw i64 %j26.addr.02576, 6
  %889 = add nuw nsw i64 %888, %i34.addr.02577
  %890 = getelementptr inbounds float, ptr %dOT, i64 %889
  store <16 x float> %887, ptr %890, align 4
  %891 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %892 = or disjoint i64 %889, 64
  %893 = getelementptr inbounds float, ptr %dOT, i64 %892
  store <16 x float> %891, ptr %893, align 4
  %894 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %895 = or disjoint i64 %889, 128
  %896 = getelementptr inbounds float, ptr %dOT, i64 %895
  store <16 x float> %894, ptr %896, align 4
  %897 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %898 = or disjoint i64 %889, 192
  %899 = getelementptr inbounds float, ptr %dOT, i64 %898
  store <16 x float> %897, ptr %899, align 4
  %900 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %901 = or disjoint i64 %889, 256
  %902 = getelementptr inbounds float, ptr %dOT, i64 %901
  store <16 x float> %900, ptr %902, align 4
  %903 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %904 = or disjoint i64 %889, 320
  %905 = getelementptr inbounds float, ptr %dOT, i64 %904
  store <16 x float> %903, ptr %905, align 4
  %906 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %907 = or disjoint i64 %889, 384
  %908 = getelementptr inbounds float, ptr %dOT, i64 %907
  store <16 x float> %906, ptr %908, align 4
  %909 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %910 = or disjoint i64 %889, 448
  %911 = getelementptr inbounds float, ptr %dOT, i64 %910
  store <16 x float> %909, ptr %911, align 4
  %912 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %913 = or disjoint i64 %889, 512
  %914 = getelementptr inbounds float, ptr %dOT, i64 %913
  store <16 x float> %912, ptr %914, align 4
  %915 = shufflevector <16 x float> %879, <16 x float> %880, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %916 = or disjoint i64 %889, 576
  %917 = getelementptr inbounds float, ptr %dOT, i64 %916
  store <16 x float> %915, ptr %917, align 4
  %918 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %919 = or disjoint i64 %889, 640
  %920 = getelementptr inbounds float, ptr %dOT, i64 %919
  store <16 x float> %918, ptr %920, align 4
  %921 = shufflevector <16 x float> %881, <16 x float> %882, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %922 = or disjoint i64 %889, 704
  %923 = getelementptr inbounds float, ptr %dOT, i64 %922
  store <16 x float> %921, ptr %923, align 4
  %924 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %925 = or disjoint i64 %889, 768
  %926 = getelementptr inbounds float, ptr %dOT, i64 %925
  store <16 x float> %924, ptr %926, align 4
  %927 = shufflevector <16 x float> %883, <16 x float> %884, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %928 = or disjoint i64 %889, 832
  %929 = getelementptr inbounds float, ptr %dOT, i64 %928
  store <16 x float> %927, ptr %929, align 4
  %930 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %931 = or disjoint i64 %889, 896
  %932 = getelementptr inbounds float, ptr %dOT, i64 %931
  store <16 x float> %930, ptr %932, align 4
  %933 = shufflevector <16 x float> %885, <16 x float> %886, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %934 = or disjoint i64 %889, 960
  %935 = getelementptr inbounds float, ptr %dOT, i64 %934
  store <16 x float> %933, ptr %935, align 4
  br i1 %790, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body
  %i34.next = add nuw nsw i64 %i34.addr.02577, 16
  %936 = icmp ult i64 %i34.addr.02577, 48
  br i1 %936, label %j26.head.preheader, label %i35.body

i35.head.loopexit:                                ; preds = %p5.exit
  %937 = icmp ult i64 %i35.addr.02588, 248
  br i1 %937, label %i35.body, label %p6.head.preheader

i35.body:                                         ; preds = %j26.exit, %i35.head.loopexit
  %i35.addr.02588 = phi i64 [ %938, %i35.head.loopexit ], [ 0, %j26.exit ]
  %938 = add nuw nsw i64 %i35.addr.02588, 8
  %.idx2522 = shl nuw nsw i64 %i35.addr.02588, 10
  %939 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2522
  %940 = shl nuw nsw i64 %i35.addr.02588, 8
  %941 = or disjoint i64 %940, 256
  %942 = getelementptr inbounds float, ptr %Gm, i64 %941
  %943 = or disjoint i64 %940, 512
  %944 = getelementptr inbounds float, ptr %Gm, i64 %943
  %945 = or disjoint i64 %940, 768
  %946 = getelementptr inbounds float, ptr %Gm, i64 %945
  %947 = or disjoint i64 %940, 1024
  %948 = getelementptr inbounds float, ptr %Gm, i64 %947
  %949 = or disjoint i64 %940, 1280
  %950 = getelementptr inbounds float, ptr %Gm, i64 %949
  %951 = or disjoint i64 %940, 1536
  %952 = getelementptr inbounds float, ptr %Gm, i64 %951
  %953 = or disjoint i64 %940, 1792
  %954 = getelementptr inbounds float, ptr %Gm, i64 %953
  %.idx3150 = shl nsw i64 %i35.addr.02588, 7
  %invariant.gep3367 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3150
  br label %p5.head.preheader

p5.head.preheader:                                ; preds = %i35.body, %p5.exit
  %j27.addr.02587 = phi i64 [ 0, %i35.body ], [ %j27.next, %p5.exit ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %j27.addr.02587
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc.02586 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %960, %p5.body ]
  %acc1.02585 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %965, %p5.body ]
  %acc2.02584 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %970, %p5.body ]
  %acc3.02583 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %975, %p5.body ]
  %acc4.02582 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %980, %p5.body ]
  %acc5.02581 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %985, %p5.body ]
  %acc6.02580 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %990, %p5.body ]
  %acc7.02579 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %995, %p5.body ]
  %p5.addr.02578 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %.idx2523 = shl nuw nsw i64 %p5.addr.02578, 10
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx2523
  %955 = load <16 x float>, ptr %gep, align 4
  %gep3368 = getelementptr inbounds float, ptr %invariant.gep3367, i64 %p5.addr.02578
  %956 = getelementptr inbounds i8, ptr %gep3368, i64 16384
  %957 = load float, ptr %956, align 4
  %958 = insertelement <16 x float> poison, float %957, i64 0
  %959 = shufflevector <16 x float> %958, <16 x float> poison, <16 x i32> zeroinitializer
  %960 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %959, <16 x float> %955, <16 x float> %acc.02586)
  %961 = getelementptr inbounds i8, ptr %gep3368, i64 16512
  %962 = load float, ptr %961, align 4
  %963 = insertelement <16 x float> poison, float %962, i64 0
  %964 = shufflevector <16 x float> %963, <16 x float> poison, <16 x i32> zeroinitializer
  %965 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %964, <16 x float> %955, <16 x float> %acc1.02585)
  %966 = getelementptr inbounds i8, ptr %gep3368, i64 16640
  %967 = load float, ptr %966, align 4
  %968 = insertelement <16 x float> poison, float %967, i64 0
  %969 = shufflevector <16 x float> %968, <16 x float> poison, <16 x i32> zeroinitializer
  %970 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %969, <16 x float> %955, <16 x float> %acc2.02584)
  %971 = getelementptr inbounds i8, ptr %gep3368, i64 16768
  %972 = load float, ptr %971, align 4
  %973 = insertelement <16 x float> poison, float %972, i64 0
  %974 = shufflevector <16 x float> %973, <16 x float> poison, <16 x i32> zeroinitializer
  %975 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %974, <16 x float> %955, <16 x float> %acc3.02583)
  %976 = getelementptr inbounds i8, ptr %gep3368, i64 16896
  %977 = load float, ptr %976, align 4
  %978 = insertelement <16 x float> poison, float %977, i64 0
  %979 = shufflevector <16 x float> %978, <16 x float> poison, <16 x i32> zeroinitializer
  %980 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %979, <16 x float> %955, <16 x float> %acc4.02582)
  %981 = getelementptr inbounds i8, ptr %gep3368, i64 17024
  %982 = load float, ptr %981, align 4
  %983 = insertelement <16 x float> poison, float %982, i64 0
  %984 = shufflevector <16 x float> %983, <16 x float> poison, <16 x i32> zeroinitializer
  %985 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %984, <16 x float> %955, <16 x float> %acc5.02581)
  %986 = getelementptr inbounds i8, ptr %gep3368, i64 17152
  %987 = load float, ptr %986, align 4
  %988 = insertelement <16 x float> poison, float %987, i64 0
  %989 = shufflevector <16 x float> %988, <16 x float> poison, <16 x i32> zeroinitializer
  %990 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %989, <16 x float> %955, <16 x float> %acc6.02580)
  %991 = getelementptr inbounds i8, ptr %gep3368, i64 17280
  %992 = load float, ptr %991, align 4
  %993 = insertelement <16 x float> poison, float %992, i64 0
  %994 = shufflevector <16 x float> %993, <16 x float> poison, <16 x i32> zeroinitializer
  %995 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %994, <16 x float> %955, <16 x float> %acc7.02579)
  %p5.next = add nuw nsw i64 %p5.addr.02578, 1
  %exitcond3100.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond3100.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %996 = getelementptr inbounds float, ptr %939, i64 %j27.addr.02587
  store <16 x float> %960, ptr %996, align 4
  %997 = getelementptr inbounds float, ptr %942, i64 %j27.addr.02587
  store <16 x float> %965, ptr %997, align 4
  %998 = getelementptr inbounds float, ptr %944, i64 %j27.addr.02587
  store <16 x float> %970, ptr %998, align 4
  %999 = getelementptr inbounds float, ptr %946, i64 %j27.addr.02587
  store <16 x float> %975, ptr %999, align 4
  %1000 = getelementptr inbounds float, ptr %948, i64 %j27.addr.02587
  store <16 x float> %980, ptr %1000, align 4
  %1001 = getelementptr inbounds float, ptr %950, i64 %j27.addr.02587
  store <16 x float> %985, ptr %1001, align 4
  %1002 = getelementptr inbounds float, ptr %952, i64 %j27.addr.02587
  store <16 x float> %990, ptr %1002, align 4
  %1003 = getelementptr inbounds float, ptr %954, i64 %j27.addr.02587
  store <16 x float> %995, ptr %1003, align 4
  %j27.next = add nuw nsw i64 %j27.addr.02587, 16
  %1004 = icmp ult i64 %j27.next, %938
  br i1 %1004, label %p5.head.preheader, label %i35.head.loopexit

p6.head.preheader:                                ; preds = %i35.head.loopexit, %p6.exit
  %i36.addr.02606 = phi i64 [ %i36.next, %p6.exit ], [ 0, %i35.head.loopexit ]
  %.idx3151 = shl nsw i64 %i36.addr.02606, 7
  %invariant.gep3369 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3151
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc8.02605 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1021, %p6.body ]
  %acc9.02604 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1022, %p6.body ]
  %acc10.02603 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1023, %p6.body ]
  %acc11.02602 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1024, %p6.body ]
  %acc12.02601 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1029, %p6.body ]
  %acc13.02600 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1030, %p6.body ]
  %acc14.02599 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1031, %p6.body ]
  %acc15.02598 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1032, %p6.body ]
  %acc16.02597 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1037, %p6.body ]
  %acc17.02596 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1038, %p6.body ]
  %acc18.02595 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1039, %p6.body ]
  %acc19.02594 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1040, %p6.body ]
  %acc20.02593 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1045, %p6.body ]
  %acc21.02592 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1046, %p6.body ]
  %acc22.02591 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1047, %p6.body ]
  %acc23.02590 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1048, %p6.body ]
  %p6.addr.02589 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1005 = shl nuw nsw i64 %p6.addr.02589, 6
  %1006 = getelementptr inbounds float, ptr %work, i64 %1005
  %1007 = load <16 x float>, ptr %1006, align 4
  %1008 = or disjoint i64 %1005, 16
  %1009 = getelementptr inbounds float, ptr %work, i64 %1008
  %1010 = load <16 x float>, ptr %1009, align 4
  %1011 = or disjoint i64 %1005, 32
  %1012 = getelementptr inbounds float, ptr %work, i64 %1011
  %1013 = load <16 x float>, ptr %1012, align 4
  %1014 = or disjoint i64 %1005, 48
  %1015 = getelementptr inbounds float, ptr %work, i64 %1014
  %1016 = load <16 x float>, ptr %1015, align 4
  %gep3370 = getelementptr inbounds float, ptr %invariant.gep3369, i64 %p6.addr.02589
  %1017 = getelementptr inbounds i8, ptr %gep3370, i64 16384
  %1018 = load float, ptr %1017, align 4
  %1019 = insertelement <16 x float> poison, float %1018, i64 0
  %1020 = shufflevector <16 x float> %1019, <16 x float> poison, <16 x i32> zeroinitializer
  %1021 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1020, <16 x float> %1007, <16 x float> %acc8.02605)
  %1022 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1020, <16 x float> %1010, <16 x float> %acc9.02604)
  %1023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1020, <16 x float> %1013, <16 x float> %acc10.02603)
  %1024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1020, <16 x float> %1016, <16 x float> %acc11.02602)
  %1025 = getelementptr inbounds i8, ptr %gep3370, i64 16512
  %1026 = load float, ptr %1025, align 4
  %1027 = insertelement <16 x float> poison, float %1026, i64 0
  %1028 = shufflevector <16 x float> %1027, <16 x float> poison, <16 x i32> zeroinitializer
  %1029 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1028, <16 x float> %1007, <16 x float> %acc12.02601)
  %1030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1028, <16 x float> %1010, <16 x float> %acc13.02600)
  %1031 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1028, <16 x float> %1013, <16 x float> %acc14.02599)
  %1032 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1028, <16 x float> %1016, <16 x float> %acc15.02598)
  %1033 = getelementptr inbounds i8, ptr %gep3370, i64 16640
  %1034 = load float, ptr %1033, align 4
  %1035 = insertelement <16 x float> poison, float %1034, i64 0
  %1036 = shufflevector <16 x float> %1035, <16 x float> poison, <16 x i32> zeroinitializer
  %1037 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1036, <16 x float> %1007, <16 x float> %acc16.02597)
  %1038 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1036, <16 x float> %1010, <16 x float> %acc17.02596)
  %1039 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1036, <16 x float> %1013, <16 x float> %acc18.02595)
  %1040 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1036, <16 x float> %1016, <16 x float> %acc19.02594)
  %1041 = getelementptr inbounds i8, ptr %gep3370, i64 16768
  %1042 = load float, ptr %1041, align 4
  %1043 = insertelement <16 x float> poison, float %1042, i64 0
  %1044 = shufflevector <16 x float> %1043, <16 x float> poison, <16 x i32> zeroinitializer
  %1045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1044, <16 x float> %1007, <16 x float> %acc20.02593)
  %1046 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1044, <16 x float> %1010, <16 x float> %acc21.02592)
  %1047 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1044, <16 x float> %1013, <16 x float> %acc22.02591)
  %1048 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1044, <16 x float> %1016, <16 x float> %acc23.02590)
  %p6.next = add nuw nsw i64 %p6.addr.02589, 1
  %exitcond3101.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond3101.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1049 = shl nuw nsw i64 %i36.addr.02606, 6
  %1050 = getelementptr inbounds float, ptr %KSdS, i64 %1049
  store <16 x float> %1021, ptr %1050, align 4
  %1051 = or disjoint i64 %1049, 16
  %1052 = getelementptr inbounds float, ptr %KSdS, i64 %1051
  store <16 x float> %1022, ptr %1052, align 4
  %1053 = or disjoint i64 %1049, 32
  %1054 = getelementptr inbounds float, ptr %KSdS, i64 %1053
  store <16 x float> %1023, ptr %1054, align 4
  %1055 = or disjoint i64 %1049, 48
  %1056 = getelementptr inbounds float, ptr %KSdS, i64 %1055
  store <16 x float> %1024, ptr %1056, align 4
  %1057 = or disjoint i64 %1049, 64
  %1058 = getelementptr inbounds float, ptr %KSdS, i64 %1057
  store <16 x float> %1029, ptr %1058, align 4
  %1059 = or disjoint i64 %1049, 80
  %1060 = getelementptr inbounds float, ptr %KSdS, i64 %1059
  store <16 x float> %1030, ptr %1060, align 4
  %1061 = or disjoint i64 %1049, 96
  %1062 = getelementptr inbounds float, ptr %KSdS, i64 %1061
  store <16 x float> %1031, ptr %1062, align 4
  %1063 = or disjoint i64 %1049, 112
  %1064 = getelementptr inbounds float, ptr %KSdS, i64 %1063
  store <16 x float> %1032, ptr %1064, align 4
  %1065 = or disjoint i64 %1049, 128
  %1066 = getelementptr inbounds float, ptr %KSdS, i64 %1065
  store <16 x float> %1037, ptr %1066, align 4
  %1067 = or disjoint i64 %1049, 144
  %1068 = getelementptr inbounds float, ptr %KSdS, i64 %1067
  store <16 x float> %1038, ptr %1068, align 4
  %1069 = or disjoint i64 %1049, 160
  %1070 = getelementptr inbounds float, ptr %KSdS, i64 %1069
  store <16 x float> %1039, ptr %1070, align 4
  %1071 = or disjoint i64 %1049, 176
  %1072 = getelementptr inbounds float, ptr %KSdS, i64 %1071
  store <16 x float> %1040, ptr %1072, align 4
  %1073 = or disjoint i64 %1049, 192
  %1074 = getelementptr inbounds float, ptr %KSdS, i64 %1073
  store <16 x float> %1045, ptr %1074, align 4
  %1075 = or disjoint i64 %1049, 208
  %1076 = getelementptr inbounds float, ptr %KSdS, i64 %1075
  store <16 x float> %1046, ptr %1076, align 4
  %1077 = or disjoint i64 %1049, 224
  %1078 = getelementptr inbounds float, ptr %KSdS, i64 %1077
  store <16 x float> %1047, ptr %1078, align 4
  %1079 = or disjoint i64 %1049, 240
  %1080 = getelementptr inbounds float, ptr %KSdS, i64 %1079
  store <16 x float> %1048, ptr %1080, align 4
  %i36.next = add nuw nsw i64 %i36.addr.02606, 4
  %1081 = icmp ult i64 %i36.addr.02606, 252
  br i1 %1081, label %p6.head.preheader, label %p7.head.preheader

p7.head.preheader:                                ; preds = %p6.exit, %p7.head.preheader
  %i37.addr.02608 = phi i64 [ %i37.next.3, %p7.head.preheader ], [ 0, %p6.exit ]
  %.idx2859 = shl nsw i64 %i37.addr.02608, 7
  %1082 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2859
  %1083 = load <16 x float>, ptr %1082, align 4
  %.idx2860 = shl nsw i64 %i37.addr.02608, 8
  %1084 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2860
  %1085 = load <16 x float>, ptr %1084, align 4
  %1086 = fsub <16 x float> %1083, %1085
  store <16 x float> %1086, ptr %1082, align 4
  %1087 = getelementptr inbounds i8, ptr %25, i64 %.idx2859
  %1088 = load <16 x float>, ptr %1087, align 4
  %1089 = getelementptr inbounds i8, ptr %26, i64 %.idx2860
  %1090 = load <16 x float>, ptr %1089, align 4
  %1091 = fsub <16 x float> %1088, %1090
  store <16 x float> %1091, ptr %1087, align 4
  %i37.next = or disjoint i64 %i37.addr.02608, 1
  %.idx2859.1 = shl nsw i64 %i37.next, 7
  %1092 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2859.1
  %1093 = load <16 x float>, ptr %1092, align 4
  %.idx2860.1 = shl nsw i64 %i37.next, 8
  %1094 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2860.1
  %1095 = load <16 x float>, ptr %1094, align 4
  %1096 = fsub <16 x float> %1093, %1095
  store <16 x float> %1096, ptr %1092, align 4
  %1097 = getelementptr inbounds i8, ptr %25, i64 %.idx2859.1
  %1098 = load <16 x float>, ptr %1097, align 4
  %1099 = getelementptr inbounds i8, ptr %26, i64 %.idx2860.1
  %1100 = load <16 x float>, ptr %1099, align 4
  %1101 = fsub <16 x float> %1098, %1100
  store <16 x float> %1101, ptr %1097, align 4
  %i37.next.1 = or disjoint i64 %i37.addr.02608, 2
  %.idx2859.2 = shl nsw i64 %i37.next.1, 7
  %1102 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2859.2
  %1103 = load <16 x float>, ptr %1102, align 4
  %.idx2860.2 = shl nsw i64 %i37.next.1, 8
  %1104 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2860.2
  %1105 = load <16 x float>, ptr %1104, align 4
  %1106 = fsub <16 x float> %1103, %1105
  store <16 x float> %1106, ptr %1102, align 4
  %1107 = getelementptr inbounds i8, ptr %25, i64 %.idx2859.2
  %1108 = load <16 x float>, ptr %1107, align 4
  %1109 = getelementptr inbounds i8, ptr %26, i64 %.idx2860.2
  %1110 = load <16 x float>, ptr %1109, align 4
  %1111 = fsub <16 x float> %1108, %1110
  store <16 x float> %1111, ptr %1107, align 4
  %i37.next.2 = or disjoint i64 %i37.addr.02608, 3
  %.idx2859.3 = shl nsw i64 %i37.next.2, 7
  %1112 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2859.3
  %1113 = load <16 x float>, ptr %1112, align 4
  %.idx2860.3 = shl nsw i64 %i37.next.2, 8
  %1114 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2860.3
  %1115 = load <16 x float>, ptr %1114, align 4
  %1116 = fsub <16 x float> %1113, %1115
  store <16 x float> %1116, ptr %1112, align 4
  %1117 = getelementptr inbounds i8, ptr %25, i64 %.idx2859.3
  %1118 = load <16 x float>, ptr %1117, align 4
  %1119 = getelementptr inbounds i8, ptr %26, i64 %.idx2860.3
  %1120 = load <16 x float>, ptr %1119, align 4
  %1121 = fsub <16 x float> %1118, %1120
  store <16 x float> %1121, ptr %1117, align 4
  %i37.next.3 = add nuw nsw i64 %i37.addr.02608, 4
  %exitcond3102.not.3 = icmp eq i64 %i37.next.3, 256
  br i1 %exitcond3102.not.3, label %ib.body, label %p7.head.preheader

ib.body:                                          ; preds = %p7.head.preheader, %j29.exit
  %ib.addr.02625 = phi i64 [ %ib.next, %j29.exit ], [ 0, %p7.head.preheader ]
  %1122 = shl nuw nsw i64 %ib.addr.02625, 2
  %umax3722 = tail call i64 @llvm.umax.i64(i64 %1122, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02625, 2
  %.not2861 = icmp eq i64 %ib.addr.02625, 0
  br i1 %.not2861, label %j29.exit, label %j29.body.lr.ph

j29.body.lr.ph:                                   ; preds = %ib.body
  %.idx2521 = shl nuw nsw i64 %ib.addr.02625, 12
  %1123 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2521
  %1124 = shl nuw nsw i64 %ib.addr.02625, 10
  %1125 = or disjoint i64 %1124, 256
  %1126 = getelementptr inbounds float, ptr %Gm, i64 %1125
  %1127 = or disjoint i64 %1124, 512
  %1128 = getelementptr inbounds float, ptr %Gm, i64 %1127
  %1129 = or disjoint i64 %1124, 768
  %1130 = getelementptr inbounds float, ptr %Gm, i64 %1129
  %xtraiter = and i64 %umax3722, 1
  %1131 = icmp eq i64 %umax3722, 1
  br i1 %1131, label %j29.exit.loopexit.unr-lcssa, label %j29.body.lr.ph.new

j29.body.lr.ph.new:                               ; preds = %j29.body.lr.ph
  %unroll_iter = and i64 %umax3722, 9223372036854775804
  br label %j29.body

j29.body:                                         ; preds = %j29.body, %j29.body.lr.ph.new
  %acc24.02617 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1172, %j29.body ]
  %acc25.02616 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1173, %j29.body ]
  %acc26.02615 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1178, %j29.body ]
  %acc27.02614 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1179, %j29.body ]
  %acc28.02613 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1184, %j29.body ]
  %acc29.02612 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1185, %j29.body ]
  %acc30.02611 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1190, %j29.body ]
  %acc31.02610 = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph.new ], [ %1191, %j29.body ]
  %j29.addr.02609 = phi i64 [ 0, %j29.body.lr.ph.new ], [ %j29.next.1, %j29.body ]
  %niter = phi i64 [ 0, %j29.body.lr.ph.new ], [ %niter.next.1, %j29.body ]
  %1132 = shl nsw i64 %j29.addr.02609, 5
  %1133 = getelementptr inbounds float, ptr %Vn, i64 %1132
  %1134 = load <16 x float>, ptr %1133, align 4
  %1135 = or disjoint i64 %1132, 16
  %1136 = getelementptr inbounds float, ptr %Vn, i64 %1135
  %1137 = load <16 x float>, ptr %1136, align 4
  %1138 = getelementptr inbounds float, ptr %1123, i64 %j29.addr.02609
  %1139 = load float, ptr %1138, align 4
  %1140 = insertelement <16 x float> poison, float %1139, i64 0
  %1141 = shufflevector <16 x float> %1140, <16 x float> poison, <16 x i32> zeroinitializer
  %1142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1141, <16 x float> %1134, <16 x float> %acc24.02617)
  %1143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1141, <16 x float> %1137, <16 x float> %acc25.02616)
  %1144 = getelementptr inbounds float, ptr %1126, i64 %j29.addr.02609
  %1145 = load float, ptr %1144, align 4
  %1146 = insertelement <16 x float> poison, float %1145, i64 0
  %1147 = shufflevector <16 x float> %1146, <16 x float> poison, <16 x i32> zeroinitializer
  %1148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1147, <16 x float> %1134, <16 x float> %acc26.02615)
  %1149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1147, <16 x float> %1137, <16 x float> %acc27.02614)
  %1150 = getelementptr inbounds float, ptr %1128, i64 %j29.addr.02609
  %1151 = load float, ptr %1150, align 4
  %1152 = insertelement <16 x float> poison, float %1151, i64 0
  %1153 = shufflevector <16 x float> %1152, <16 x float> poison, <16 x i32> zeroinitializer
  %1154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1153, <16 x float> %1134, <16 x float> %acc28.02613)
  %1155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1153, <16 x float> %1137, <16 x float> %acc29.02612)
  %1156 = getelementptr inbounds float, ptr %1130, i64 %j29.addr.02609
  %1157 = load float, ptr %1156, align 4
  %1158 = insertelement <16 x float> poison, float %1157, i64 0
  %1159 = shufflevector <16 x float> %1158, <16 x float> poison, <16 x i32> zeroinitializer
  %1160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1134, <16 x float> %acc30.02611)
  %1161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1137, <16 x float> %acc31.02610)
  %j29.next = or disjoint i64 %j29.addr.02609, 1
  %1162 = shl nsw i64 %j29.next, 5
  %1163 = getelementptr inbounds float, ptr %Vn, i64 %1162
  %1164 = load <16 x float>, ptr %1163, align 4
  %1165 = or disjoint i64 %1162, 16
  %1166 = getelementptr inbounds float, ptr %Vn, i64 %1165
  %1167 = load <16 x float>, ptr %1166, align 4
  %1168 = getelementptr inbounds float, ptr %1123, i64 %j29.next
  %1169 = load float, ptr %1168, align 4
  %1170 = insertelement <16 x float> poison, float %1169, i64 0
  %1171 = shufflevector <16 x float> %1170, <16 x float> poison, <16 x i32> zeroinitializer
  %1172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1171, <16 x float> %1164, <16 x float> %1142)
  %1173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1171, <16 x float> %1167, <16 x float> %1143)
  %1174 = getelementptr inbounds float, ptr %1126, i64 %j29.next
  %1175 = load float, ptr %1174, align 4
  %1176 = insertelement <16 x float> poison, float %1175, i64 0
  %1177 = shufflevector <16 x float> %1176, <16 x float> poison, <16 x i32> zeroinitializer
  %1178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1177, <16 x float> %1164, <16 x float> %1148)
  %1179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1177, <16 x float> %1167, <16 x float> %1149)
  %1180 = getelementptr inbounds float, ptr %1128, i64 %j29.next
  %1181 = load float, ptr %1180, align 4
  %1182 = insertelement <16 x float> poison, float %1181, i64 0
  %1183 = shufflevector <16 x float> %1182, <16 x float> poison, <16 x i32> zeroinitializer
  %1184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1183, <16 x float> %1164, <16 x float> %1154)
  %1185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1183, <16 x float> %1167, <16 x float> %1155)
  %1186 = getelementptr inbounds float, ptr %1130, i64 %j29.next
  %1187 = load float, ptr %1186, align 4
  %1188 = insertelement <16 x float> poison, float %1187, i64 0
  %1189 = shufflevector <16 x float> %1188, <16 x float> poison, <16 x i32> zeroinitializer
  %1190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1189, <16 x float> %1164, <16 x float> %1160)
  %1191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1189, <16 x float> %1167, <16 x float> %1161)
  %j29.next.1 = add nuw nsw i64 %j29.addr.02609, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j29.exit.loopexit.unr-lcssa, label %j29.body

j29.exit.loopexit.unr-lcssa:                      ; preds = %j29.body, %j29.body.lr.ph
  %.lcssa3593.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1172, %j29.body ]
  %.lcssa3592.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1173, %j29.body ]
  %.lcssa3591.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1178, %j29.body ]
  %.lcssa3590.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1179, %j29.body ]
  %.lcssa3589.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1184, %j29.body ]
  %.lcssa3588.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1185, %j29.body ]
  %.lcssa3587.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1190, %j29.body ]
  %.lcssa3586.ph = phi <16 x float> [ poison, %j29.body.lr.ph ], [ %1191, %j29.body ]
  %acc24.02617.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1172, %j29.body ]
  %acc25.02616.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1173, %j29.body ]
  %acc26.02615.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1178, %j29.body ]
  %acc27.02614.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1179, %j29.body ]
  %acc28.02613.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1184, %j29.body ]
  %acc29.02612.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1185, %j29.body ]
  %acc30.02611.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1190, %j29.body ]
  %acc31.02610.unr = phi <16 x float> [ zeroinitializer, %j29.body.lr.ph ], [ %1191, %j29.body ]
  %j29.addr.02609.unr = phi i64 [ 0, %j29.body.lr.ph ], [ %j29.next.1, %j29.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j29.exit, label %j29.body.epil

j29.body.epil:                                    ; preds = %j29.exit.loopexit.unr-lcssa
  %1192 = shl nsw i64 %j29.addr.02609.unr, 5
  %1193 = getelementptr inbounds float, ptr %Vn, i64 %1192
  %1194 = load <16 x float>, ptr %1193, align 4
  %1195 = or disjoint i64 %1192, 16
  %1196 = getelementptr inbounds float, ptr %Vn, i64 %1195
  %1197 = load <16 x float>, ptr %1196, align 4
  %1198 = getelementptr inbounds float, ptr %1123, i64 %j29.addr.02609.unr
  %1199 = load float, ptr %1198, align 4
  %1200 = insertelement <16 x float> poison, float %1199, i64 0
  %1201 = shufflevector <16 x float> %1200, <16 x float> poison, <16 x i32> zeroinitializer
  %1202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1201, <16 x float> %1194, <16 x float> %acc24.02617.unr)
  %1203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1201, <16 x float> %1197, <16 x float> %acc25.02616.unr)
  %1204 = getelementptr inbounds float, ptr %1126, i64 %j29.addr.02609.unr
  %1205 = load float, ptr %1204, align 4
  %1206 = insertelement <16 x float> poison, float %1205, i64 0
  %1207 = shufflevector <16 x float> %1206, <16 x float> poison, <16 x i32> zeroinitializer
  %1208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1207, <16 x float> %1194, <16 x float> %acc26.02615.unr)
  %1209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1207, <16 x float> %1197, <16 x float> %acc27.02614.unr)
  %1210 = getelementptr inbounds float, ptr %1128, i64 %j29.addr.02609.unr
  %1211 = load float, ptr %1210, align 4
  %1212 = insertelement <16 x float> poison, float %1211, i64 0
  %1213 = shufflevector <16 x float> %1212, <16 x float> poison, <16 x i32> zeroinitializer
  %1214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1213, <16 x float> %1194, <16 x float> %acc28.02613.unr)
  %1215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1213, <16 x float> %1197, <16 x float> %acc29.02612.unr)
  %1216 = getelementptr inbounds float, ptr %1130, i64 %j29.addr.02609.unr
  %1217 = load float, ptr %1216, align 4
  %1218 = insertelement <16 x float> poison, float %1217, i64 0
  %1219 = shufflevector <16 x float> %1218, <16 x float> poison, <16 x i32> zeroinitializer
  %1220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1219, <16 x float> %1194, <16 x float> %acc30.02611.unr)
  %1221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1219, <16 x float> %1197, <16 x float> %acc31.02610.unr)
  br label %j29.exit

j29.exit:                                         ; preds = %j29.body.epil, %j29.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3586.ph, %j29.exit.loopexit.unr-lcssa ], [ %1221, %j29.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3587.ph, %j29.exit.loopexit.unr-lcssa ], [ %1220, %j29.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3588.ph, %j29.exit.loopexit.unr-lcssa ], [ %1215, %j29.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3589.ph, %j29.exit.loopexit.unr-lcssa ], [ %1214, %j29.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3590.ph, %j29.exit.loopexit.unr-lcssa ], [ %1209, %j29.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3591.ph, %j29.exit.loopexit.unr-lcssa ], [ %1208, %j29.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3592.ph, %j29.exit.loopexit.unr-lcssa ], [ %1203, %j29.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3593.ph, %j29.exit.loopexit.unr-lcssa ], [ %1202, %j29.body.epil ]
  %1222 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1223 = load float, ptr %1222, align 4
  %1224 = shl nuw nsw i64 %ib.addr.02625, 7
  %1225 = getelementptr inbounds float, ptr %Rr, i64 %1224
  %1226 = load <16 x float>, ptr %1225, align 4
  %1227 = fsub <16 x float> %1226, %acc24.0.lcssa
  store <16 x float> %1227, ptr %1225, align 4
  %1228 = insertelement <16 x float> poison, float %1223, i64 0
  %1229 = shufflevector <16 x float> %1228, <16 x float> poison, <16 x i32> zeroinitializer
  %1230 = fmul <16 x float> %1229, %1227
  %1231 = getelementptr inbounds float, ptr %Vn, i64 %1224
  store <16 x float> %1230, ptr %1231, align 4
  %1232 = mul nuw nsw i64 %ib.addr.02625, 1536
  %1233 = getelementptr inbounds float, ptr %Ak, i64 %1232
  store <16 x float> %1230, ptr %1233, align 4
  %1234 = or disjoint i64 %1224, 16
  %1235 = getelementptr inbounds float, ptr %Rr, i64 %1234
  %1236 = load <16 x float>, ptr %1235, align 4
  %1237 = fsub <16 x float> %1236, %acc25.0.lcssa
  store <16 x float> %1237, ptr %1235, align 4
  %1238 = fmul <16 x float> %1229, %1237
  %1239 = getelementptr inbounds float, ptr %Vn, i64 %1234
  store <16 x float> %1238, ptr %1239, align 4
  %1240 = or disjoint i64 %1232, 16
  %1241 = getelementptr inbounds float, ptr %Ak, i64 %1240
  store <16 x float> %1238, ptr %1241, align 4
  %i38 = or disjoint i64 %i0, 1
  %.idx2862 = shl nsw i64 %i38, 10
  %1242 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2862
  %1243 = getelementptr inbounds float, ptr %1242, i64 %i0
  %1244 = load float, ptr %1243, align 4
  %1245 = insertelement <16 x float> poison, float %1244, i64 0
  %1246 = shufflevector <16 x float> %1245, <16 x float> poison, <16 x i32> zeroinitializer
  %1247 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1246, <16 x float> %1230, <16 x float> %acc26.0.lcssa)
  %1248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1246, <16 x float> %1238, <16 x float> %acc27.0.lcssa)
  %1249 = getelementptr inbounds float, ptr %bet, i64 %i38
  %1250 = load float, ptr %1249, align 4
  %1251 = shl nuw nsw i64 %i38, 5
  %1252 = getelementptr inbounds float, ptr %Rr, i64 %1251
  %1253 = load <16 x float>, ptr %1252, align 4
  %1254 = fsub <16 x float> %1253, %1247
  store <16 x float> %1254, ptr %1252, align 4
  %1255 = insertelement <16 x float> poison, float %1250, i64 0
  %1256 = shufflevector <16 x float> %1255, <16 x float> poison, <16 x i32> zeroinitializer
  %1257 = fmul <16 x float> %1256, %1254
  %1258 = getelementptr inbounds float, ptr %Vn, i64 %1251
  store <16 x float> %1257, ptr %1258, align 4
  %1259 = mul nuw nsw i64 %i38, 384
  %1260 = getelementptr inbounds float, ptr %Ak, i64 %1259
  store <16 x float> %1257, ptr %1260, align 4
  %1261 = or disjoint i64 %1251, 16
  %1262 = getelementptr inbounds float, ptr %Rr, i64 %1261
  %1263 = load <16 x float>, ptr %1262, align 4
  %1264 = fsub <16 x float> %1263, %1248
  store <16 x float> %1264, ptr %1262, align 4
  %1265 = fmul <16 x float> %1256, %1264
  %1266 = getelementptr inbounds float, ptr %Vn, i64 %1261
  store <16 x float> %1265, ptr %1266, align 4
  %1267 = or disjoint i64 %1259, 16
  %1268 = getelementptr inbounds float, ptr %Ak, i64 %1267
  store <16 x float> %1265, ptr %1268, align 4
  %i39 = or disjoint i64 %i0, 2
  %1269 = shl nuw nsw i64 %i39, 8
  %1270 = or disjoint i64 %1269, %i0
  %1271 = getelementptr inbounds float, ptr %Gm, i64 %1270
  %1272 = load float, ptr %1271, align 4
  %1273 = insertelement <16 x float> poison, float %1272, i64 0
  %1274 = shufflevector <16 x float> %1273, <16 x float> poison, <16 x i32> zeroinitializer
  %1275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1274, <16 x float> %1230, <16 x float> %acc28.0.lcssa)
  %1276 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1274, <16 x float> %1238, <16 x float> %acc29.0.lcssa)
  %1277 = or disjoint i64 %1269, %i38
  %1278 = getelementptr inbounds float, ptr %Gm, i64 %1277
  %1279 = load float, ptr %1278, align 4
  %1280 = insertelement <16 x float> poison, float %1279, i64 0
  %1281 = shufflevector <16 x float> %1280, <16 x float> poison, <16 x i32> zeroinitializer
  %1282 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1281, <16 x float> %1257, <16 x float> %1275)
  %1283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1281, <16 x float> %1265, <16 x float> %1276)
  %1284 = getelementptr inbounds float, ptr %bet, i64 %i39
  %1285 = load float, ptr %1284, align 4
  %1286 = shl nuw nsw i64 %i39, 5
  %1287 = getelementptr inbounds float, ptr %Rr, i64 %1286
  %1288 = load <16 x float>, ptr %1287, align 4
  %1289 = fsub <16 x float> %1288, %1282
  store <16 x float> %1289, ptr %1287, align 4
  %1290 = insertelement <16 x float> poison, float %1285, i64 0
  %1291 = shufflevector <16 x float> %1290, <16 x float> poison, <16 x i32> zeroinitializer
  %1292 = fmul <16 x float> %1291, %1289
  %1293 = getelementptr inbounds float, ptr %Vn, i64 %1286
  store <16 x float> %1292, ptr %1293, align 4
  %1294 = mul nuw nsw i64 %i39, 384
  %1295 = getelementptr inbounds float, ptr %Ak, i64 %1294
  store <16 x float> %1292, ptr %1295, align 4
  %1296 = or disjoint i64 %1286, 16
  %1297 = getelementptr inbounds float, ptr %Rr, i64 %1296
  %1298 = load <16 x float>, ptr %1297, align 4
  %1299 = fsub <16 x float> %1298, %1283
  store <16 x float> %1299, ptr %1297, align 4
  %1300 = fmul <16 x float> %1291, %1299
  %1301 = getelementptr inbounds float, ptr %Vn, i64 %1296
  store <16 x float> %1300, ptr %1301, align 4
  %1302 = or disjoint i64 %1294, 16
  %1303 = getelementptr inbounds float, ptr %Ak, i64 %1302
  store <16 x float> %1300, ptr %1303, align 4
  %i40 = or disjoint i64 %i0, 3
  %1304 = shl nuw nsw i64 %i40, 8
  %1305 = or disjoint i64 %1304, %i0
  %1306 = getelementptr inbounds float, ptr %Gm, i64 %1305
  %1307 = load float, ptr %1306, align 4
  %1308 = insertelement <16 x float> poison, float %1307, i64 0
  %1309 = shufflevector <16 x float> %1308, <16 x float> poison, <16 x i32> zeroinitializer
  %1310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1309, <16 x float> %1230, <16 x float> %acc30.0.lcssa)
  %1311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1309, <16 x float> %1238, <16 x float> %acc31.0.lcssa)
  %1312 = or disjoint i64 %1304, %i38
  %1313 = getelementptr inbounds float, ptr %Gm, i64 %1312
  %1314 = load float, ptr %1313, align 4
  %1315 = insertelement <16 x float> poison, float %1314, i64 0
  %1316 = shufflevector <16 x float> %1315, <16 x float> poison, <16 x i32> zeroinitializer
  %1317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1316, <16 x float> %1257, <16 x float> %1310)
  %1318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1316, <16 x float> %1265, <16 x float> %1311)
  %1319 = or disjoint i64 %1304, %i39
  %1320 = getelementptr inbounds float, ptr %Gm, i64 %1319
  %1321 = load float, ptr %1320, align 4
  %1322 = insertelement <16 x float> poison, float %1321, i64 0
  %1323 = shufflevector <16 x float> %1322, <16 x float> poison, <16 x i32> zeroinitializer
  %1324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1323, <16 x float> %1292, <16 x float> %1317)
  %1325 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1323, <16 x float> %1300, <16 x float> %1318)
  %1326 = getelementptr inbounds float, ptr %bet, i64 %i40
  %1327 = load float, ptr %1326, align 4
  %1328 = shl nuw nsw i64 %i40, 5
  %1329 = getelementptr inbounds float, ptr %Rr, i64 %1328
  %1330 = load <16 x float>, ptr %1329, align 4
  %1331 = fsub <16 x float> %1330, %1324
  store <16 x float> %1331, ptr %1329, align 4
  %1332 = insertelement <16 x float> poison, float %1327, i64 0
  %1333 = shufflevector <16 x float> %1332, <16 x float> poison, <16 x i32> zeroinitializer
  %1334 = fmul <16 x float> %1333, %1331
  %1335 = getelementptr inbounds float, ptr %Vn, i64 %1328
  store <16 x float> %1334, ptr %1335, align 4
  %1336 = mul nuw nsw i64 %i40, 384
  %1337 = getelementptr inbounds float, ptr %Ak, i64 %1336
  store <16 x float> %1334, ptr %1337, align 4
  %1338 = or disjoint i64 %1328, 16
  %1339 = getelementptr inbounds float, ptr %Rr, i64 %1338
  %1340 = load <16 x float>, ptr %1339, align 4
  %1341 = fsub <16 x float> %1340, %1325
  store <16 x float> %1341, ptr %1339, align 4
  %1342 = fmul <16 x float> %1333, %1341
  %1343 = getelementptr inbounds float, ptr %Vn, i64 %1338
  store <16 x float> %1342, ptr %1343, align 4
  %1344 = or disjoint i64 %1336, 16
  %1345 = getelementptr inbounds float, ptr %Ak, i64 %1344
  store <16 x float> %1342, ptr %1345, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02625, 1
  %exitcond3104.not = icmp eq i64 %ib.next, 64
  br i1 %exitcond3104.not, label %j30.head.preheader, label %ib.body

j30.head.preheader:                               ; preds = %j29.exit, %j30.exit
  %i41.addr.02627 = phi i64 [ %i41.next, %j30.exit ], [ 0, %j29.exit ]
  %1346 = shl nuw nsw i64 %i41.addr.02627, 5
  br label %j30.body

j30.body:                                         ; preds = %j30.head.preheader, %j30.body
  %1347 = phi i1 [ true, %j30.head.preheader ], [ false, %j30.body ]
  %j30.addr.02626 = phi i64 [ 0, %j30.head.preheader ], [ 16, %j30.body ]
  %1348 = or disjoint i64 %j30.addr.02626, %1346
  %1349 = getelementptr inbounds float, ptr %Vn, i64 %1348
  %1350 = load <16 x float>, ptr %1349, align 4
  %1351 = or disjoint i64 %1348, 256
  %1352 = getelementptr inbounds float, ptr %Vn, i64 %1351
  %1353 = load <16 x float>, ptr %1352, align 4
  %1354 = or disjoint i64 %1348, 32
  %1355 = getelementptr inbounds float, ptr %Vn, i64 %1354
  %1356 = load <16 x float>, ptr %1355, align 4
  %1357 = or disjoint i64 %1348, 288
  %1358 = getelementptr inbounds float, ptr %Vn, i64 %1357
  %1359 = load <16 x float>, ptr %1358, align 4
  %1360 = or disjoint i64 %1348, 64
  %1361 = getelementptr inbounds float, ptr %Vn, i64 %1360
  %1362 = load <16 x float>, ptr %1361, align 4
  %1363 = or disjoint i64 %1348, 320
  %1364 = getelementptr inbounds float, ptr %Vn, i64 %1363
  %1365 = load <16 x float>, ptr %1364, align 4
  %1366 = or disjoint i64 %1348, 96
  %1367 = getelementptr inbounds float, ptr %Vn, i64 %1366
  %1368 = load <16 x float>, ptr %1367, align 4
  %1369 = or disjoint i64 %1348, 352
  %1370 = getelementptr inbounds float, ptr %Vn, i64 %1369
  %1371 = load <16 x float>, ptr %1370, align 4
  %1372 = or disjoint i64 %1348, 128
  %1373 = getelementptr inbounds float, ptr %Vn, i64 %1372
  %1374 = load <16 x float>, ptr %1373, align 4
  %1375 = or disjoint i64 %1348, 384
  %1376 = getelementptr inbounds float, ptr %Vn, i64 %1375
  %1377 = load <16 x float>, ptr %1376, align 4
  %1378 = or disjoint i64 %1348, 160
  %1379 = getelementptr inbounds float, ptr %Vn, i64 %1378
  %1380 = load <16 x float>, ptr %1379, align 4
  %1381 = or disjoint i64 %1348, 416
  %1382 = getelementptr inbounds float, ptr %Vn, i64 %1381
  %1383 = load <16 x float>, ptr %1382, align 4
  %1384 = or disjoint i64 %1348, 192
  %1385 = getelementptr inbounds float, ptr %Vn, i64 %1384
  %1386 = load <16 x float>, ptr %1385, align 4
  %1387 = or disjoint i64 %1348, 448
  %1388 = getelementptr inbounds float, ptr %Vn, i64 %1387
  %1389 = load <16 x float>, ptr %1388, align 4
  %1390 = or disjoint i64 %1348, 224
  %1391 = getelementptr inbounds float, ptr %Vn, i64 %1390
  %1392 = load <16 x float>, ptr %1391, align 4
  %1393 = or disjoint i64 %1348, 480
  %1394 = getelementptr inbounds float, ptr %Vn, i64 %1393
  %1395 = load <16 x float>, ptr %1394, align 4
  %1396 = shufflevector <16 x float> %1350, <16 x float> %1353, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1397 = shufflevector <16 x float> %1374, <16 x float> %1377, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1398 = shufflevector <16 x float> %1356, <16 x float> %1359, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1399 = shufflevector <16 x float> %1380, <16 x float> %1383, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1400 = shufflevector <16 x float> %1362, <16 x float> %1365, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1401 = shufflevector <16 x float> %1386, <16 x float> %1389, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1402 = shufflevector <16 x float> %1368, <16 x float> %1371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1403 = shufflevector <16 x float> %1392, <16 x float> %1395, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1404 = shufflevector <16 x float> %1350, <16 x float> %1353, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1405 = shufflevector <16 x float> %1374, <16 x float> %1377, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1406 = shufflevector <16 x float> %1356, <16 x float> %1359, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1407 = shufflevector <16 x float> %1380, <16 x float> %1383, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1408 = shufflevector <16 x float> %1362, <16 x float> %1365, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1409 = shufflevector <16 x float> %1386, <16 x float> %1389, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1410 = shufflevector <16 x float> %1368, <16 x float> %1371, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1411 = shufflevector <16 x float> %1392, <16 x float> %1395, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1412 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1413 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1414 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1415 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1416 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1417 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1418 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1419 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1420 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1421 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1422 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1423 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1424 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1425 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1426 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1427 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1428 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1429 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1430 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1431 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1432 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1433 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1434 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1435 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1436 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1437 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1438 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1439 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1440 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1441 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1442 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1443 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1444 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1445 = shl nuw nsw i64 %j30.addr.02626, 8
  %1446 = add nuw nsw i64 %1445, %i41.addr.02627
  %1447 = getelementptr inbounds float, ptr %VnT, i64 %1446
  store <16 x float> %1444, ptr %1447, align 4
  %1448 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1449 = or disjoint i64 %1446, 256
  %1450 = getelementptr inbounds float, ptr %VnT, i64 %1449
  store <16 x float> %1448, ptr %1450, align 4
  %1451 = shufflevector <16 x float> %1430, <16 x float> %1431, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1452 = or disjoint i64 %1446, 512
  %1453 = getelementptr inbounds float, ptr %VnT, i64 %1452
  store <16 x float> %1451, ptr %1453, align 4
  %1454 = shufflevector <16 x float> %1430, <16 x float> %1431, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1455 = or disjoint i64 %1446, 768
  %1456 = getelementptr inbounds float, ptr %VnT, i64 %1455
  store <16 x float> %1454, ptr %1456, align 4
  %1457 = shufflevector <16 x float> %1432, <16 x float> %1433, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1458 = or disjoint i64 %1446, 1024
  %1459 = getelementptr inbounds float, ptr %VnT, i64 %1458
  store <16 x float> %1457, ptr %1459, align 4
  %1460 = shufflevector <16 x float> %1432, <16 x float> %1433, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1461 = or disjoint i64 %1446, 1280
  %1462 = getelementptr inbounds float, ptr %VnT, i64 %1461
  store <16 x float> %1460, ptr %1462, align 4
  %1463 = shufflevector <16 x float> %1434, <16 x float> %1435, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1464 = or disjoint i64 %1446, 1536
  %1465 = getelementptr inbounds float, ptr %VnT, i64 %1464
  store <16 x float> %1463, ptr %1465, align 4
  %1466 = shufflevector <16 x float> %1434, <16 x float> %1435, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1467 = or disjoint i64 %1446, 1792
  %1468 = getelementptr inbounds float, ptr %VnT, i64 %1467
  store <16 x float> %1466, ptr %1468, align 4
  %1469 = shufflevector <16 x float> %1436, <16 x float> %1437, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1470 = or disjoint i64 %1446, 2048
  %1471 = getelementptr inbounds float, ptr %VnT, i64 %1470
  store <16 x float> %1469, ptr %1471, align 4
  %1472 = shufflevector <16 x float> %1436, <16 x float> %1437, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1473 = or disjoint i64 %1446, 2304
  %1474 = getelementptr inbounds float, ptr %VnT, i64 %1473
  store <16 x float> %1472, ptr %1474, align 4
  %1475 = shufflevector <16 x float> %1438, <16 x float> %1439, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1476 = or disjoint i64 %1446, 2560
  %1477 = getelementptr inbounds float, ptr %VnT, i64 %1476
  store <16 x float> %1475, ptr %1477, align 4
  %1478 = shufflevector <16 x float> %1438, <16 x float> %1439, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1479 = or disjoint i64 %1446, 2816
  %1480 = getelementptr inbounds float, ptr %VnT, i64 %1479
  store <16 x float> %1478, ptr %1480, align 4
  %1481 = shufflevector <16 x float> %1440, <16 x float> %1441, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1482 = or disjoint i64 %1446, 3072
  %1483 = getelementptr inbounds float, ptr %VnT, i64 %1482
  store <16 x float> %1481, ptr %1483, align 4
  %1484 = shufflevector <16 x float> %1440, <16 x float> %1441, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1485 = or disjoint i64 %1446, 3328
  %1486 = getelementptr inbounds float, ptr %VnT, i64 %1485
  store <16 x float> %1484, ptr %1486, align 4
  %1487 = shufflevector <16 x float> %1442, <16 x float> %1443, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1488 = or disjoint i64 %1446, 3584
  %1489 = getelementptr inbounds float, ptr %VnT, i64 %1488
  store <16 x float> %1487, ptr %1489, align 4
  %1490 = shufflevector <16 x float> %1442, <16 x float> %1443, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1491 = or disjoint i64 %1446, 3840
  %1492 = getelementptr inbounds float, ptr %VnT, i64 %1491
  store <16 x float> %1490, ptr %1492, align 4
  br i1 %1347, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body
  %i41.next = add nuw nsw i64 %i41.addr.02627, 16
  %1493 = icmp ult i64 %i41.addr.02627, 240
  br i1 %1493, label %j30.head.preheader, label %p8.head.preheader

p8.head.preheader:                                ; preds = %j30.exit, %p8.exit
  %i42.addr.02645 = phi i64 [ %i42.next, %p8.exit ], [ 0, %j30.exit ]
  %.idx3152 = shl nsw i64 %i42.addr.02645, 7
  %invariant.gep3371 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3152
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %acc32.02644 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1510, %p8.body ]
  %acc33.02643 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1511, %p8.body ]
  %acc34.02642 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1512, %p8.body ]
  %acc35.02641 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1513, %p8.body ]
  %acc36.02640 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1518, %p8.body ]
  %acc37.02639 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1519, %p8.body ]
  %acc38.02638 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1520, %p8.body ]
  %acc39.02637 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1521, %p8.body ]
  %acc40.02636 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1526, %p8.body ]
  %acc41.02635 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1527, %p8.body ]
  %acc42.02634 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1528, %p8.body ]
  %acc43.02633 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1529, %p8.body ]
  %acc44.02632 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1534, %p8.body ]
  %acc45.02631 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1535, %p8.body ]
  %acc46.02630 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1536, %p8.body ]
  %acc47.02629 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1537, %p8.body ]
  %p8.addr.02628 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %1494 = shl nuw nsw i64 %p8.addr.02628, 6
  %1495 = getelementptr inbounds float, ptr %QcT, i64 %1494
  %1496 = load <16 x float>, ptr %1495, align 4
  %1497 = or disjoint i64 %1494, 16
  %1498 = getelementptr inbounds float, ptr %QcT, i64 %1497
  %1499 = load <16 x float>, ptr %1498, align 4
  %1500 = or disjoint i64 %1494, 32
  %1501 = getelementptr inbounds float, ptr %QcT, i64 %1500
  %1502 = load <16 x float>, ptr %1501, align 4
  %1503 = or disjoint i64 %1494, 48
  %1504 = getelementptr inbounds float, ptr %QcT, i64 %1503
  %1505 = load <16 x float>, ptr %1504, align 4
  %gep3372 = getelementptr inbounds float, ptr %invariant.gep3371, i64 %p8.addr.02628
  %1506 = getelementptr inbounds i8, ptr %gep3372, i64 16384
  %1507 = load float, ptr %1506, align 4
  %1508 = insertelement <16 x float> poison, float %1507, i64 0
  %1509 = shufflevector <16 x float> %1508, <16 x float> poison, <16 x i32> zeroinitializer
  %1510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1496, <16 x float> %acc32.02644)
  %1511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1499, <16 x float> %acc33.02643)
  %1512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1502, <16 x float> %acc34.02642)
  %1513 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1505, <16 x float> %acc35.02641)
  %1514 = getelementptr inbounds i8, ptr %gep3372, i64 16512
  %1515 = load float, ptr %1514, align 4
  %1516 = insertelement <16 x float> poison, float %1515, i64 0
  %1517 = shufflevector <16 x float> %1516, <16 x float> poison, <16 x i32> zeroinitializer
  %1518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1496, <16 x float> %acc36.02640)
  %1519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1499, <16 x float> %acc37.02639)
  %1520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1502, <16 x float> %acc38.02638)
  %1521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1505, <16 x float> %acc39.02637)
  %1522 = getelementptr inbounds i8, ptr %gep3372, i64 16640
  %1523 = load float, ptr %1522, align 4
  %1524 = insertelement <16 x float> poison, float %1523, i64 0
  %1525 = shufflevector <16 x float> %1524, <16 x float> poison, <16 x i32> zeroinitializer
  %1526 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1525, <16 x float> %1496, <16 x float> %acc40.02636)
  %1527 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1525, <16 x float> %1499, <16 x float> %acc41.02635)
  %1528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1525, <16 x float> %1502, <16 x float> %acc42.02634)
  %1529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1525, <16 x float> %1505, <16 x float> %acc43.02633)
  %1530 = getelementptr inbounds i8, ptr %gep3372, i64 16768
  %1531 = load float, ptr %1530, align 4
  %1532 = insertelement <16 x float> poison, float %1531, i64 0
  %1533 = shufflevector <16 x float> %1532, <16 x float> poison, <16 x i32> zeroinitializer
  %1534 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1533, <16 x float> %1496, <16 x float> %acc44.02632)
  %1535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1533, <16 x float> %1499, <16 x float> %acc45.02631)
  %1536 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1533, <16 x float> %1502, <16 x float> %acc46.02630)
  %1537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1533, <16 x float> %1505, <16 x float> %acc47.02629)
  %p8.next = add nuw nsw i64 %p8.addr.02628, 1
  %exitcond3105.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond3105.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1538 = shl nuw nsw i64 %i42.addr.02645, 6
  %1539 = getelementptr inbounds float, ptr %PT, i64 %1538
  store <16 x float> %1510, ptr %1539, align 4
  %1540 = or disjoint i64 %1538, 16
  %1541 = getelementptr inbounds float, ptr %PT, i64 %1540
  store <16 x float> %1511, ptr %1541, align 4
  %1542 = or disjoint i64 %1538, 32
  %1543 = getelementptr inbounds float, ptr %PT, i64 %1542
  store <16 x float> %1512, ptr %1543, align 4
  %1544 = or disjoint i64 %1538, 48
  %1545 = getelementptr inbounds float, ptr %PT, i64 %1544
  store <16 x float> %1513, ptr %1545, align 4
  %1546 = or disjoint i64 %1538, 64
  %1547 = getelementptr inbounds float, ptr %PT, i64 %1546
  store <16 x float> %1518, ptr %1547, align 4
  %1548 = or disjoint i64 %1538, 80
  %1549 = getelementptr inbounds float, ptr %PT, i64 %1548
  store <16 x float> %1519, ptr %1549, align 4
  %1550 = or disjoint i64 %1538, 96
  %1551 = getelementptr inbounds float, ptr %PT, i64 %1550
  store <16 x float> %1520, ptr %1551, align 4
  %1552 = or disjoint i64 %1538, 112
  %1553 = getelementptr inbounds float, ptr %PT, i64 %1552
  store <16 x float> %1521, ptr %1553, align 4
  %1554 = or disjoint i64 %1538, 128
  %1555 = getelementptr inbounds float, ptr %PT, i64 %1554
  store <16 x float> %1526, ptr %1555, align 4
  %1556 = or disjoint i64 %1538, 144
  %1557 = getelementptr inbounds float, ptr %PT, i64 %1556
  store <16 x float> %1527, ptr %1557, align 4
  %1558 = or disjoint i64 %1538, 160
  %1559 = getelementptr inbounds float, ptr %PT, i64 %1558
  store <16 x float> %1528, ptr %1559, align 4
  %1560 = or disjoint i64 %1538, 176
  %1561 = getelementptr inbounds float, ptr %PT, i64 %1560
  store <16 x float> %1529, ptr %1561, align 4
  %1562 = or disjoint i64 %1538, 192
  %1563 = getelementptr inbounds float, ptr %PT, i64 %1562
  store <16 x float> %1534, ptr %1563, align 4
  %1564 = or disjoint i64 %1538, 208
  %1565 = getelementptr inbounds float, ptr %PT, i64 %1564
  store <16 x float> %1535, ptr %1565, align 4
  %1566 = or disjoint i64 %1538, 224
  %1567 = getelementptr inbounds float, ptr %PT, i64 %1566
  store <16 x float> %1536, ptr %1567, align 4
  %1568 = or disjoint i64 %1538, 240
  %1569 = getelementptr inbounds float, ptr %PT, i64 %1568
  store <16 x float> %1537, ptr %1569, align 4
  %i42.next = add nuw nsw i64 %i42.addr.02645, 4
  %1570 = icmp ult i64 %i42.addr.02645, 252
  br i1 %1570, label %p8.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p8.exit, %s1.head.preheader
  %t2.addr.02650 = phi i64 [ %t2.next, %s1.head.preheader ], [ 0, %p8.exit ]
  %.idx2863 = shl nsw i64 %t2.addr.02650, 10
  %1571 = getelementptr inbounds i8, ptr %PT, i64 %.idx2863
  %1572 = load <16 x float>, ptr %1571, align 4
  %.idx2864 = shl nsw i64 %t2.addr.02650, 8
  %1573 = getelementptr inbounds i8, ptr %M, i64 %.idx2864
  %1574 = load <16 x float>, ptr %1573, align 4
  %1575 = fmul <16 x float> %1572, %1574
  store <16 x float> %1575, ptr %1571, align 4
  %1576 = getelementptr inbounds i8, ptr %27, i64 %.idx2863
  %1577 = load <16 x float>, ptr %1576, align 4
  %1578 = getelementptr inbounds i8, ptr %28, i64 %.idx2864
  %1579 = load <16 x float>, ptr %1578, align 4
  %1580 = fmul <16 x float> %1577, %1579
  store <16 x float> %1580, ptr %1576, align 4
  %1581 = getelementptr inbounds i8, ptr %29, i64 %.idx2863
  %1582 = load <16 x float>, ptr %1581, align 4
  %1583 = getelementptr inbounds i8, ptr %30, i64 %.idx2864
  %1584 = load <16 x float>, ptr %1583, align 4
  %1585 = fmul <16 x float> %1582, %1584
  store <16 x float> %1585, ptr %1581, align 4
  %1586 = getelementptr inbounds i8, ptr %31, i64 %.idx2863
  %1587 = load <16 x float>, ptr %1586, align 4
  %1588 = getelementptr inbounds i8, ptr %32, i64 %.idx2864
  %1589 = load <16 x float>, ptr %1588, align 4
  %1590 = fmul <16 x float> %1587, %1589
  store <16 x float> %1590, ptr %1586, align 4
  %1591 = getelementptr inbounds i8, ptr %1571, i64 256
  %1592 = load <16 x float>, ptr %1591, align 4
  %1593 = load <16 x float>, ptr %1573, align 4
  %1594 = fmul <16 x float> %1592, %1593
  store <16 x float> %1594, ptr %1591, align 4
  %1595 = getelementptr inbounds i8, ptr %1576, i64 256
  %1596 = load <16 x float>, ptr %1595, align 4
  %1597 = load <16 x float>, ptr %1578, align 4
  %1598 = fmul <16 x float> %1596, %1597
  store <16 x float> %1598, ptr %1595, align 4
  %1599 = getelementptr inbounds i8, ptr %1581, i64 256
  %1600 = load <16 x float>, ptr %1599, align 4
  %1601 = load <16 x float>, ptr %1583, align 4
  %1602 = fmul <16 x float> %1600, %1601
  store <16 x float> %1602, ptr %1599, align 4
  %1603 = getelementptr inbounds i8, ptr %1586, i64 256
  %1604 = load <16 x float>, ptr %1603, align 4
  %1605 = load <16 x float>, ptr %1588, align 4
  %1606 = fmul <16 x float> %1604, %1605
  store <16 x float> %1606, ptr %1603, align 4
  %1607 = getelementptr inbounds i8, ptr %1571, i64 512
  %1608 = load <16 x float>, ptr %1607, align 4
  %1609 = load <16 x float>, ptr %1573, align 4
  %1610 = fmul <16 x float> %1608, %1609
  store <16 x float> %1610, ptr %1607, align 4
  %1611 = getelementptr inbounds i8, ptr %1576, i64 512
  %1612 = load <16 x float>, ptr %1611, align 4
  %1613 = load <16 x float>, ptr %1578, align 4
  %1614 = fmul <16 x float> %1612, %1613
  store <16 x float> %1614, ptr %1611, align 4
  %1615 = getelementptr inbounds i8, ptr %1581, i64 512
  %1616 = load <16 x float>, ptr %1615, align 4
  %1617 = load <16 x float>, ptr %1583, align 4
  %1618 = fmul <16 x float> %1616, %1617
  store <16 x float> %1618, ptr %1615, align 4
  %1619 = getelementptr inbounds i8, ptr %1586, i64 512
  %1620 = load <16 x float>, ptr %1619, align 4
  %1621 = load <16 x float>, ptr %1588, align 4
  %1622 = fmul <16 x float> %1620, %1621
  store <16 x float> %1622, ptr %1619, align 4
  %1623 = getelementptr inbounds i8, ptr %1571, i64 768
  %1624 = load <16 x float>, ptr %1623, align 4
  %1625 = load <16 x float>, ptr %1573, align 4
  %1626 = fmul <16 x float> %1624, %1625
  store <16 x float> %1626, ptr %1623, align 4
  %1627 = getelementptr inbounds i8, ptr %1576, i64 768
  %1628 = load <16 x float>, ptr %1627, align 4
  %1629 = load <16 x float>, ptr %1578, align 4
  %1630 = fmul <16 x float> %1628, %1629
  store <16 x float> %1630, ptr %1627, align 4
  %1631 = getelementptr inbounds i8, ptr %1581, i64 768
  %1632 = load <16 x float>, ptr %1631, align 4
  %1633 = load <16 x float>, ptr %1583, align 4
  %1634 = fmul <16 x float> %1632, %1633
  store <16 x float> %1634, ptr %1631, align 4
  %1635 = getelementptr inbounds i8, ptr %1586, i64 768
  %1636 = load <16 x float>, ptr %1635, align 4
  %1637 = load <16 x float>, ptr %1588, align 4
  %1638 = fmul <16 x float> %1636, %1637
  store <16 x float> %1638, ptr %1635, align 4
  %t2.next = add nuw nsw i64 %t2.addr.02650, 1
  %exitcond3106.not = icmp eq i64 %t2.next, 64
  br i1 %exitcond3106.not, label %j32.head.preheader, label %s1.head.preheader

j32.head.preheader:                               ; preds = %s1.head.preheader, %j32.head.preheader
  %i47.addr.02652 = phi i64 [ %i47.next.7, %j32.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx2871 = shl nsw i64 %i47.addr.02652, 8
  %gep3374 = getelementptr inbounds i8, ptr %invariant.gep3373, i64 %.idx2871
  %1639 = load <16 x float>, ptr %gep3374, align 4
  %.idx2872 = shl nsw i64 %i47.addr.02652, 7
  %gep3376 = getelementptr inbounds i8, ptr %invariant.gep3375, i64 %.idx2872
  store <16 x float> %1639, ptr %gep3376, align 4
  %gep3378 = getelementptr inbounds i8, ptr %invariant.gep3377, i64 %.idx2871
  %1640 = load <16 x float>, ptr %gep3378, align 4
  %gep3380 = getelementptr inbounds i8, ptr %invariant.gep3379, i64 %.idx2872
  store <16 x float> %1640, ptr %gep3380, align 4
  %i47.next = or disjoint i64 %i47.addr.02652, 1
  %.idx2871.1 = shl nsw i64 %i47.next, 8
  %gep3374.1 = getelementptr inbounds i8, ptr %invariant.gep3373, i64 %.idx2871.1
  %1641 = load <16 x float>, ptr %gep3374.1, align 4
  %.idx2872.1 = shl nsw i64 %i47.next, 7
  %gep3376.1 = getelementptr inbounds i8, ptr %invariant.gep3375, i64 %.idx2872.1
  store <16 x float> %1641, ptr %gep3376.1, align 4
  %gep3378.1 = getelementptr inbounds i8, ptr %invariant.gep3377, i64 %.idx2871.1
  %1642 = load <16 x float>, ptr %gep3378.1, align 4
  %gep3380.1 = getelementptr inbounds i8, ptr %invariant.gep3379, i64 %.idx2872.1
  store <16 x float> %1642, ptr %gep3380.1, align 4
  %i47.next.1 = or disjoint i64 %i47.addr.02652, 2
  %.idx2871.2 = shl nsw i64 %i47.next.1, 8
  %gep3374.2 = getelementptr inbounds i8, ptr %invariant.gep3373, i64 %.idx2871.2
  %1643 = load <16 x float>, ptr %gep3374.2, align 4
  %.idx2872.2 = shl nsw i64 %i47.next.1, 7
  %gep3376.2 = getelementptr inbounds i8, ptr %invariant.gep3375, i64 %.idx2872.2
  store <16 x float> %1643, ptr %gep3376.2, align 4
  %gep3378.2 = getelementptr inbounds i8, ptr %invariant.gep3377, i64 %.idx2871.2
  %1644 = load <16 x float>, ptr %gep3378.2, align 4
  %gep3380.2 = getelementptr inbounds i8, ptr %invariant.gep3379, i64 %.idx2872.2
  store <16 x float> %1644, ptr %gep3380.2, align 4
  %i47.next.2 = or disjoint i64 %i47.addr.02652, 3
  %.idx2871.3 = shl nsw i64 %i47.next.2, 8
  %gep3374.3 = getelementptr inbounds i8, ptr %invariant.gep3373, i64 %.idx2871.3
  %1645 = load <16 x float>, ptr %gep3374.3, align 4
  %.idx2872.3 = shl nsw i64 %i47.next.2, 7
  %gep3376.3 = getelementptr inbounds i8, ptr %invariant.gep3375, i64 %.idx2872.3
  store <16 x float> %1645, ptr %gep3376.3, align 4
  %gep3378.3 = getelementptr inbounds i8, ptr %invariant.gep3377, i64 %.idx2871.3
  %1646 = load <16 x float>, ptr %gep3378.3, align 4
  %gep3380.3 = getelementptr inbounds i8, ptr %invariant.gep3379, i64 %.idx2872.3
  store <16 x float> %1646, ptr %gep3380.3, align 4
  %i47.next.3 = or disjoint i64 %i47.addr.02652, 4
  %.idx2871.4 = shl nsw i64 %i47.next.3, 8
  %gep3374.4 = getelementptr inbounds i8, ptr %invariant.gep3373, i64 %.idx2871.4
  %1647 = load <16 x float>, ptr %gep3374.4, align 4
  %.idx2872.4 = shl nsw i64 %i47.next.3, 7
  %gep3376.4 = getelementptr inbounds i8, ptr %invariant.gep3375, i64 %.idx2872.4
  store <16 x float> %1647, ptr %gep3376.4, align 4
  %gep3378.4 = getelementptr inbounds i8, ptr %invariant.gep3377, i64 %.idx2871.4
  %1648 = load <16 x float>, ptr %gep3378.4, align 4
  %gep3380.4 = getelementptr inbounds i8, ptr %invariant.gep3379, i64 %.idx2872.4
  store <16 x float> %1648, ptr %gep3380.4, align 4
  %i47.next.4 = or disjoint i64 %i47.addr.02652, 5
  %.idx2871.5 = shl nsw i64 %i47.next.4, 8
  %gep3374.5 = getelementptr inbounds i8, ptr %invariant.gep3373, i64 %.idx2871.5
  %1649 = load <16 x float>, ptr %gep3374.5, align 4
  %.idx2872.5 = shl nsw i64 %i47.next.4, 7
  %gep3376.5 = getelementptr inbounds i8, ptr %invariant.gep3375, i64 %.idx2872.5
  store <16 x float> %1649, ptr %gep3376.5, align 4
  %gep3378.5 = getelementptr inbounds i8, ptr %invariant.gep3377, i64 %.idx2871.5
  %1650 = load <16 x float>, ptr %gep3378.5, align 4
  %gep3380.5 = getelementptr inbounds i8, ptr %invariant.gep3379, i64 %.idx2872.5
  store <16 x float> %1650, ptr %gep3380.5, align 4
  %i47.next.5 = or disjoint i64 %i47.addr.02652, 6
  %.idx2871.6 = shl nsw i64 %i47.next.5, 8
  %gep3374.6 = getelementptr inbounds i8, ptr %invariant.gep3373, i64 %.idx2871.6
  %1651 = load <16 x float>, ptr %gep3374.6, align 4
  %.idx2872.6 = shl nsw i64 %i47.next.5, 7
  %gep3376.6 = getelementptr inbounds i8, ptr %invariant.gep3375, i64 %.idx2872.6
  store <16 x float> %1651, ptr %gep3376.6, align 4
  %gep3378.6 = getelementptr inbounds i8, ptr %invariant.gep3377, i64 %.idx2871.6
  %1652 = load <16 x float>, ptr %gep3378.6, align 4
  %gep3380.6 = getelementptr inbounds i8, ptr %invariant.gep3379, i64 %.idx2872.6
  store <16 x float> %1652, ptr %gep3380.6, align 4
  %i47.next.6 = or disjoint i64 %i47.addr.02652, 7
  %.idx2871.7 = shl nsw i64 %i47.next.6, 8
  %gep3374.7 = getelementptr inbounds i8, ptr %invariant.gep3373, i64 %.idx2871.7
  %1653 = load <16 x float>, ptr %gep3374.7, align 4
  %.idx2872.7 = shl nsw i64 %i47.next.6, 7
  %gep3376.7 = getelementptr inbounds i8, ptr %invariant.gep3375, i64 %.idx2872.7
  store <16 x float> %1653, ptr %gep3376.7, align 4
  %gep3378.7 = getelementptr inbounds i8, ptr %invariant.gep3377, i64 %.idx2871.7
  %1654 = load <16 x float>, ptr %gep3378.7, align 4
  %gep3380.7 = getelementptr inbounds i8, ptr %invariant.gep3379, i64 %.idx2872.7
  store <16 x float> %1654, ptr %gep3380.7, align 4
  %i47.next.7 = add nuw nsw i64 %i47.addr.02652, 8
  %exitcond3109.not.7 = icmp eq i64 %i47.next.7, 256
  br i1 %exitcond3109.not.7, label %i48.body, label %j32.head.preheader

i48.body:                                         ; preds = %j32.head.preheader, %p9.exit
  %i48.addr.02670 = phi i64 [ %i48.next, %p9.exit ], [ 0, %j32.head.preheader ]
  %.idx2527 = shl nuw nsw i64 %i48.addr.02670, 7
  %1655 = getelementptr inbounds i8, ptr %OY, i64 %.idx2527
  %1656 = getelementptr inbounds i8, ptr %1655, i64 8192
  %1657 = load <16 x float>, ptr %1656, align 4
  %1658 = getelementptr inbounds i8, ptr %1655, i64 8256
  %1659 = load <16 x float>, ptr %1658, align 4
  %1660 = or disjoint i64 %i48.addr.02670, 1
  %.idx2528 = shl nuw nsw i64 %1660, 7
  %1661 = getelementptr inbounds i8, ptr %OY, i64 %.idx2528
  %1662 = getelementptr inbounds i8, ptr %1661, i64 8192
  %1663 = load <16 x float>, ptr %1662, align 4
  %1664 = getelementptr inbounds i8, ptr %1661, i64 8256
  %1665 = load <16 x float>, ptr %1664, align 4
  %1666 = or disjoint i64 %i48.addr.02670, 2
  %.idx2529 = shl nuw nsw i64 %1666, 7
  %1667 = getelementptr inbounds i8, ptr %OY, i64 %.idx2529
  %1668 = getelementptr inbounds i8, ptr %1667, i64 8192
  %1669 = load <16 x float>, ptr %1668, align 4
  %1670 = getelementptr inbounds i8, ptr %1667, i64 8256
  %1671 = load <16 x float>, ptr %1670, align 4
  %1672 = or disjoint i64 %i48.addr.02670, 3
  %.idx2530 = shl nuw nsw i64 %1672, 7
  %1673 = getelementptr inbounds i8, ptr %OY, i64 %.idx2530
  %1674 = getelementptr inbounds i8, ptr %1673, i64 8192
  %1675 = load <16 x float>, ptr %1674, align 4
  %1676 = getelementptr inbounds i8, ptr %1673, i64 8256
  %1677 = load <16 x float>, ptr %1676, align 4
  %1678 = or disjoint i64 %i48.addr.02670, 4
  %.idx2531 = shl nuw nsw i64 %1678, 7
  %1679 = getelementptr inbounds i8, ptr %OY, i64 %.idx2531
  %1680 = getelementptr inbounds i8, ptr %1679, i64 8192
  %1681 = load <16 x float>, ptr %1680, align 4
  %1682 = getelementptr inbounds i8, ptr %1679, i64 8256
  %1683 = load <16 x float>, ptr %1682, align 4
  %1684 = or disjoint i64 %i48.addr.02670, 5
  %.idx2532 = shl nuw nsw i64 %1684, 7
  %1685 = getelementptr inbounds i8, ptr %OY, i64 %.idx2532
  %1686 = getelementptr inbounds i8, ptr %1685, i64 8192
  %1687 = load <16 x float>, ptr %1686, align 4
  %1688 = getelementptr inbounds i8, ptr %1685, i64 8256
  %1689 = load <16 x float>, ptr %1688, align 4
  %1690 = or disjoint i64 %i48.addr.02670, 6
  %.idx2533 = shl nuw nsw i64 %1690, 7
  %1691 = getelementptr inbounds i8, ptr %OY, i64 %.idx2533
  %1692 = getelementptr inbounds i8, ptr %1691, i64 8192
  %1693 = load <16 x float>, ptr %1692, align 4
  %1694 = getelementptr inbounds i8, ptr %1691, i64 8256
  %1695 = load <16 x float>, ptr %1694, align 4
  %1696 = or disjoint i64 %i48.addr.02670, 7
  %.idx2534 = shl nuw nsw i64 %1696, 7
  %1697 = getelementptr inbounds i8, ptr %OY, i64 %.idx2534
  %1698 = getelementptr inbounds i8, ptr %1697, i64 8192
  %1699 = load <16 x float>, ptr %1698, align 4
  %1700 = getelementptr inbounds i8, ptr %1697, i64 8256
  %1701 = load <16 x float>, ptr %1700, align 4
  %.idx2873 = shl nsw i64 %i48.addr.02670, 8
  %.idx2874 = shl nsw i64 %1660, 8
  %.idx2875 = shl nsw i64 %1666, 8
  %.idx2876 = shl nsw i64 %1672, 8
  %.idx2877 = shl nsw i64 %1678, 8
  %.idx2878 = shl nsw i64 %1684, 8
  %.idx2879 = shl nsw i64 %1690, 8
  %.idx2880 = shl nsw i64 %1696, 8
  br label %p9.body

p9.body:                                          ; preds = %i48.body, %p9.body
  %p9.addr.02669 = phi i64 [ 0, %i48.body ], [ %p9.next, %p9.body ]
  %acc63.02668 = phi <16 x float> [ %1701, %i48.body ], [ %1756, %p9.body ]
  %acc62.02667 = phi <16 x float> [ %1699, %i48.body ], [ %1755, %p9.body ]
  %acc61.02666 = phi <16 x float> [ %1695, %i48.body ], [ %1750, %p9.body ]
  %acc60.02665 = phi <16 x float> [ %1693, %i48.body ], [ %1749, %p9.body ]
  %acc59.02664 = phi <16 x float> [ %1689, %i48.body ], [ %1744, %p9.body ]
  %acc58.02663 = phi <16 x float> [ %1687, %i48.body ], [ %1743, %p9.body ]
  %acc57.02662 = phi <16 x float> [ %1683, %i48.body ], [ %1738, %p9.body ]
  %acc56.02661 = phi <16 x float> [ %1681, %i48.body ], [ %1737, %p9.body ]
  %acc55.02660 = phi <16 x float> [ %1677, %i48.body ], [ %1732, %p9.body ]
  %acc54.02659 = phi <16 x float> [ %1675, %i48.body ], [ %1731, %p9.body ]
  %acc53.02658 = phi <16 x float> [ %1671, %i48.body ], [ %1726, %p9.body ]
  %acc52.02657 = phi <16 x float> [ %1669, %i48.body ], [ %1725, %p9.body ]
  %acc51.02656 = phi <16 x float> [ %1665, %i48.body ], [ %1720, %p9.body ]
  %acc50.02655 = phi <16 x float> [ %1663, %i48.body ], [ %1719, %p9.body ]
  %acc49.02654 = phi <16 x float> [ %1659, %i48.body ], [ %1714, %p9.body ]
  %acc48.02653 = phi <16 x float> [ %1657, %i48.body ], [ %1713, %p9.body ]
  %1702 = shl nuw nsw i64 %p9.addr.02669, 5
  %1703 = getelementptr inbounds float, ptr %OY, i64 %1702
  %1704 = load <16 x float>, ptr %1703, align 4
  %1705 = or disjoint i64 %1702, 16
  %1706 = getelementptr inbounds float, ptr %OY, i64 %1705
  %1707 = load <16 x float>, ptr %1706, align 4
  %1708 = getelementptr inbounds float, ptr %PT, i64 %p9.addr.02669
  %1709 = getelementptr inbounds i8, ptr %1708, i64 %.idx2873
  %1710 = load float, ptr %1709, align 4
  %1711 = insertelement <16 x float> poison, float %1710, i64 0
  %1712 = shufflevector <16 x float> %1711, <16 x float> poison, <16 x i32> zeroinitializer
  %1713 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1712, <16 x float> %1704, <16 x float> %acc48.02653)
  %1714 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1712, <16 x float> %1707, <16 x float> %acc49.02654)
  %1715 = getelementptr inbounds i8, ptr %1708, i64 %.idx2874
  %1716 = load float, ptr %1715, align 4
  %1717 = insertelement <16 x float> poison, float %1716, i64 0
  %1718 = shufflevector <16 x float> %1717, <16 x float> poison, <16 x i32> zeroinitializer
  %1719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1718, <16 x float> %1704, <16 x float> %acc50.02655)
  %1720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1718, <16 x float> %1707, <16 x float> %acc51.02656)
  %1721 = getelementptr inbounds i8, ptr %1708, i64 %.idx2875
  %1722 = load float, ptr %1721, align 4
  %1723 = insertelement <16 x float> poison, float %1722, i64 0
  %1724 = shufflevector <16 x float> %1723, <16 x float> poison, <16 x i32> zeroinitializer
  %1725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1704, <16 x float> %acc52.02657)
  %1726 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1724, <16 x float> %1707, <16 x float> %acc53.02658)
  %1727 = getelementptr inbounds i8, ptr %1708, i64 %.idx2876
  %1728 = load float, ptr %1727, align 4
  %1729 = insertelement <16 x float> poison, float %1728, i64 0
  %1730 = shufflevector <16 x float> %1729, <16 x float> poison, <16 x i32> zeroinitializer
  %1731 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1730, <16 x float> %1704, <16 x float> %acc54.02659)
  %1732 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1730, <16 x float> %1707, <16 x float> %acc55.02660)
  %1733 = getelementptr inbounds i8, ptr %1708, i64 %.idx2877
  %1734 = load float, ptr %1733, align 4
  %1735 = insertelement <16 x float> poison, float %1734, i64 0
  %1736 = shufflevector <16 x float> %1735, <16 x float> poison, <16 x i32> zeroinitializer
  %1737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1736, <16 x float> %1704, <16 x float> %acc56.02661)
  %1738 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1736, <16 x float> %1707, <16 x float> %acc57.02662)
  %1739 = getelementptr inbounds i8, ptr %1708, i64 %.idx2878
  %1740 = load float, ptr %1739, align 4
  %1741 = insertelement <16 x float> poison, float %1740, i64 0
  %1742 = shufflevector <16 x float> %1741, <16 x float> poison, <16 x i32> zeroinitializer
  %1743 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1742, <16 x float> %1704, <16 x float> %acc58.02663)
  %1744 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1742, <16 x float> %1707, <16 x float> %acc59.02664)
  %1745 = getelementptr inbounds i8, ptr %1708, i64 %.idx2879
  %1746 = load float, ptr %1745, align 4
  %1747 = insertelement <16 x float> poison, float %1746, i64 0
  %1748 = shufflevector <16 x float> %1747, <16 x float> poison, <16 x i32> zeroinitializer
  %1749 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1748, <16 x float> %1704, <16 x float> %acc60.02665)
  %1750 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1748, <16 x float> %1707, <16 x float> %acc61.02666)
  %1751 = getelementptr inbounds i8, ptr %1708, i64 %.idx2880
  %1752 = load float, ptr %1751, align 4
  %1753 = insertelement <16 x float> poison, float %1752, i64 0
  %1754 = shufflevector <16 x float> %1753, <16 x float> poison, <16 x i32> zeroinitializer
  %1755 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1754, <16 x float> %1704, <16 x float> %acc62.02667)
  %1756 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1754, <16 x float> %1707, <16 x float> %acc63.02668)
  %p9.next = add nuw nsw i64 %p9.addr.02669, 1
  %exitcond3110.not = icmp eq i64 %p9.next, 64
  br i1 %exitcond3110.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %1713, ptr %1656, align 4
  store <16 x float> %1714, ptr %1658, align 4
  store <16 x float> %1719, ptr %1662, align 4
  store <16 x float> %1720, ptr %1664, align 4
  store <16 x float> %1725, ptr %1668, align 4
  store <16 x float> %1726, ptr %1670, align 4
  store <16 x float> %1731, ptr %1674, align 4
  store <16 x float> %1732, ptr %1676, align 4
  store <16 x float> %1737, ptr %1680, align 4
  store <16 x float> %1738, ptr %1682, align 4
  store <16 x float> %1743, ptr %1686, align 4
  store <16 x float> %1744, ptr %1688, align 4
  store <16 x float> %1749, ptr %1692, align 4
  store <16 x float> %1750, ptr %1694, align 4
  store <16 x float> %1755, ptr %1698, align 4
  store <16 x float> %1756, ptr %1700, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02670, 8
  %1757 = icmp ult i64 %i48.addr.02670, 248
  br i1 %1757, label %i48.body, label %p10.head.preheader

p10.head.preheader:                               ; preds = %p9.exit, %p10.exit
  %i49.addr.02688 = phi i64 [ %i49.next, %p10.exit ], [ 0, %p9.exit ]
  %1758 = shl nuw nsw i64 %i49.addr.02688, 5
  br label %p10.body

p10.body:                                         ; preds = %p10.head.preheader, %p10.body
  %p10.addr.02687 = phi i64 [ 0, %p10.head.preheader ], [ %p10.next, %p10.body ]
  %acc79.02686 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1806, %p10.body ]
  %acc78.02685 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1805, %p10.body ]
  %acc77.02684 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1804, %p10.body ]
  %acc76.02683 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1803, %p10.body ]
  %acc75.02682 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1797, %p10.body ]
  %acc74.02681 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1796, %p10.body ]
  %acc73.02680 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1795, %p10.body ]
  %acc72.02679 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1794, %p10.body ]
  %acc71.02678 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1788, %p10.body ]
  %acc70.02677 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1787, %p10.body ]
  %acc69.02676 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1786, %p10.body ]
  %acc68.02675 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1785, %p10.body ]
  %acc67.02674 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1779, %p10.body ]
  %acc66.02673 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1778, %p10.body ]
  %acc65.02672 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1777, %p10.body ]
  %acc64.02671 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1776, %p10.body ]
  %1759 = shl nuw nsw i64 %p10.addr.02687, 6
  %1760 = getelementptr inbounds float, ptr %dOT, i64 %1759
  %1761 = load <16 x float>, ptr %1760, align 4
  %1762 = or disjoint i64 %1759, 16
  %1763 = getelementptr inbounds float, ptr %dOT, i64 %1762
  %1764 = load <16 x float>, ptr %1763, align 4
  %1765 = or disjoint i64 %1759, 32
  %1766 = getelementptr inbounds float, ptr %dOT, i64 %1765
  %1767 = load <16 x float>, ptr %1766, align 4
  %1768 = or disjoint i64 %1759, 48
  %1769 = getelementptr inbounds float, ptr %dOT, i64 %1768
  %1770 = load <16 x float>, ptr %1769, align 4
  %1771 = add nuw nsw i64 %p10.addr.02687, %1758
  %1772 = getelementptr inbounds float, ptr %Vn, i64 %1771
  %1773 = load float, ptr %1772, align 4
  %1774 = insertelement <16 x float> poison, float %1773, i64 0
  %1775 = shufflevector <16 x float> %1774, <16 x float> poison, <16 x i32> zeroinitializer
  %1776 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1775, <16 x float> %1761, <16 x float> %acc64.02671)
  %1777 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1775, <16 x float> %1764, <16 x float> %acc65.02672)
  %1778 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1775, <16 x float> %1767, <16 x float> %acc66.02673)
  %1779 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1775, <16 x float> %1770, <16 x float> %acc67.02674)
  %1780 = or disjoint i64 %1771, 32
  %1781 = getelementptr inbounds float, ptr %Vn, i64 %1780
  %1782 = load float, ptr %1781, align 4
  %1783 = insertelement <16 x float> poison, float %1782, i64 0
  %1784 = shufflevector <16 x float> %1783, <16 x float> poison, <16 x i32> zeroinitializer
  %1785 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1784, <16 x float> %1761, <16 x float> %acc68.02675)
  %1786 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1784, <16 x float> %1764, <16 x float> %acc69.02676)
  %1787 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1784, <16 x float> %1767, <16 x float> %acc70.02677)
  %1788 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1784, <16 x float> %1770, <16 x float> %acc71.02678)
  %1789 = or disjoint i64 %1771, 64
  %1790 = getelementptr inbounds float, ptr %Vn, i64 %1789
  %1791 = load float, ptr %1790, align 4
  %1792 = insertelement <16 x float> poison, float %1791, i64 0
  %1793 = shufflevector <16 x float> %1792, <16 x float> poison, <16 x i32> zeroinitializer
  %1794 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1793, <16 x float> %1761, <16 x float> %acc72.02679)
  %1795 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1793, <16 x float> %1764, <16 x float> %acc73.02680)
  %1796 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1793, <16 x float> %1767, <16 x float> %acc74.02681)
  %1797 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1793, <16 x float> %1770, <16 x float> %acc75.02682)
  %1798 = or disjoint i64 %1771, 96
  %1799 = getelementptr inbounds float, ptr %Vn, i64 %1798
  %1800 = load float, ptr %1799, align 4
  %1801 = insertelement <16 x float> poison, float %1800, i64 0
  %1802 = shufflevector <16 x float> %1801, <16 x float> poison, <16 x i32> zeroinitializer
  %1803 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1802, <16 x float> %1761, <16 x float> %acc76.02683)
  %1804 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1802, <16 x float> %1764, <16 x float> %acc77.02684)
  %1805 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1802, <16 x float> %1767, <16 x float> %acc78.02685)
  %1806 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1802, <16 x float> %1770, <16 x float> %acc79.02686)
  %p10.next = add nuw nsw i64 %p10.addr.02687, 1
  %exitcond3111.not = icmp eq i64 %p10.next, 32
  br i1 %exitcond3111.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %1807 = mul nuw nsw i64 %i49.addr.02688, 384
  %1808 = or disjoint i64 %1807, 64
  %1809 = getelementptr inbounds float, ptr %Ak, i64 %1808
  store <16 x float> %1776, ptr %1809, align 4
  %1810 = or disjoint i64 %1807, 80
  %1811 = getelementptr inbounds float, ptr %Ak, i64 %1810
  store <16 x float> %1777, ptr %1811, align 4
  %1812 = or disjoint i64 %1807, 96
  %1813 = getelementptr inbounds float, ptr %Ak, i64 %1812
  store <16 x float> %1778, ptr %1813, align 4
  %1814 = or disjoint i64 %1807, 112
  %1815 = getelementptr inbounds float, ptr %Ak, i64 %1814
  store <16 x float> %1779, ptr %1815, align 4
  %1816 = or disjoint i64 %1807, 448
  %1817 = getelementptr inbounds float, ptr %Ak, i64 %1816
  store <16 x float> %1785, ptr %1817, align 4
  %1818 = or disjoint i64 %1807, 464
  %1819 = getelementptr inbounds float, ptr %Ak, i64 %1818
  store <16 x float> %1786, ptr %1819, align 4
  %1820 = or disjoint i64 %1807, 480
  %1821 = getelementptr inbounds float, ptr %Ak, i64 %1820
  store <16 x float> %1787, ptr %1821, align 4
  %1822 = or disjoint i64 %1807, 496
  %1823 = getelementptr inbounds float, ptr %Ak, i64 %1822
  store <16 x float> %1788, ptr %1823, align 4
  %1824 = getelementptr inbounds float, ptr %Ak, i64 %1807
  %1825 = getelementptr inbounds i8, ptr %1824, i64 3328
  store <16 x float> %1794, ptr %1825, align 4
  %1826 = getelementptr inbounds i8, ptr %1824, i64 3392
  store <16 x float> %1795, ptr %1826, align 4
  %1827 = getelementptr inbounds i8, ptr %1824, i64 3456
  store <16 x float> %1796, ptr %1827, align 4
  %1828 = getelementptr inbounds i8, ptr %1824, i64 3520
  store <16 x float> %1797, ptr %1828, align 4
  %1829 = getelementptr inbounds i8, ptr %1824, i64 4864
  store <16 x float> %1803, ptr %1829, align 4
  %1830 = getelementptr inbounds i8, ptr %1824, i64 4928
  store <16 x float> %1804, ptr %1830, align 4
  %1831 = getelementptr inbounds i8, ptr %1824, i64 4992
  store <16 x float> %1805, ptr %1831, align 4
  %1832 = getelementptr inbounds i8, ptr %1824, i64 5056
  store <16 x float> %1806, ptr %1832, align 4
  %i49.next = add nuw nsw i64 %i49.addr.02688, 4
  %1833 = icmp ult i64 %i49.addr.02688, 252
  br i1 %1833, label %p10.head.preheader, label %s5.head.preheader

s5.head.preheader:                                ; preds = %p10.exit, %s5.head.preheader
  %t3.addr.02693 = phi i64 [ %t3.next, %s5.head.preheader ], [ 0, %p10.exit ]
  %.idx2881 = mul nuw nsw i64 %t3.addr.02693, 6144
  %1834 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2881
  %1835 = getelementptr inbounds i8, ptr %1834, i64 256
  %1836 = load <16 x float>, ptr %1835, align 4
  %.idx2882 = shl nsw i64 %t3.addr.02693, 8
  %1837 = getelementptr inbounds i8, ptr %M, i64 %.idx2882
  %1838 = load <16 x float>, ptr %1837, align 4
  %1839 = fmul <16 x float> %1836, %1838
  store <16 x float> %1839, ptr %1835, align 4
  %1840 = getelementptr inbounds i8, ptr %33, i64 %.idx2881
  %1841 = getelementptr inbounds i8, ptr %1840, i64 256
  %1842 = load <16 x float>, ptr %1841, align 4
  %1843 = getelementptr inbounds i8, ptr %28, i64 %.idx2882
  %1844 = load <16 x float>, ptr %1843, align 4
  %1845 = fmul <16 x float> %1842, %1844
  store <16 x float> %1845, ptr %1841, align 4
  %1846 = getelementptr inbounds i8, ptr %34, i64 %.idx2881
  %1847 = getelementptr inbounds i8, ptr %1846, i64 256
  %1848 = load <16 x float>, ptr %1847, align 4
  %1849 = getelementptr inbounds i8, ptr %30, i64 %.idx2882
  %1850 = load <16 x float>, ptr %1849, align 4
  %1851 = fmul <16 x float> %1848, %1850
  store <16 x float> %1851, ptr %1847, align 4
  %1852 = getelementptr inbounds i8, ptr %35, i64 %.idx2881
  %1853 = getelementptr inbounds i8, ptr %1852, i64 256
  %1854 = load <16 x float>, ptr %1853, align 4
  %1855 = getelementptr inbounds i8, ptr %32, i64 %.idx2882
  %1856 = load <16 x float>, ptr %1855, align 4
  %1857 = fmul <16 x float> %1854, %1856
  store <16 x float> %1857, ptr %1853, align 4
  %1858 = getelementptr inbounds i8, ptr %1834, i64 1792
  %1859 = load <16 x float>, ptr %1858, align 4
  %1860 = load <16 x float>, ptr %1837, align 4
  %1861 = fmul <16 x float> %1859, %1860
  store <16 x float> %1861, ptr %1858, align 4
  %1862 = getelementptr inbounds i8, ptr %1840, i64 1792
  %1863 = load <16 x float>, ptr %1862, align 4
  %1864 = load <16 x float>, ptr %1843, align 4
  %1865 = fmul <16 x float> %1863, %1864
  store <16 x float> %1865, ptr %1862, align 4
  %1866 = getelementptr inbounds i8, ptr %1846, i64 1792
  %1867 = load <16 x float>, ptr %1866, align 4
  %1868 = load <16 x float>, ptr %1849, align 4
  %1869 = fmul <16 x float> %1867, %1868
  store <16 x float> %1869, ptr %1866, align 4
  %1870 = getelementptr inbounds i8, ptr %1852, i64 1792
  %1871 = load <16 x float>, ptr %1870, align 4
  %1872 = load <16 x float>, ptr %1855, align 4
  %1873 = fmul <16 x float> %1871, %1872
  store <16 x float> %1873, ptr %1870, align 4
  %1874 = getelementptr inbounds i8, ptr %1834, i64 3328
  %1875 = load <16 x float>, ptr %1874, align 4
  %1876 = load <16 x float>, ptr %1837, align 4
  %1877 = fmul <16 x float> %1875, %1876
  store <16 x float> %1877, ptr %1874, align 4
  %1878 = getelementptr inbounds i8, ptr %1840, i64 3328
  %1879 = load <16 x float>, ptr %1878, align 4
  %1880 = load <16 x float>, ptr %1843, align 4
  %1881 = fmul <16 x float> %1879, %1880
  store <16 x float> %1881, ptr %1878, align 4
  %1882 = getelementptr inbounds i8, ptr %1846, i64 3328
  %1883 = load <16 x float>, ptr %1882, align 4
  %1884 = load <16 x float>, ptr %1849, align 4
  %1885 = fmul <16 x float> %1883, %1884
  store <16 x float> %1885, ptr %1882, align 4
  %1886 = getelementptr inbounds i8, ptr %1852, i64 3328
  %1887 = load <16 x float>, ptr %1886, align 4
  %1888 = load <16 x float>, ptr %1855, align 4
  %1889 = fmul <16 x float> %1887, %1888
  store <16 x float> %1889, ptr %1886, align 4
  %1890 = getelementptr inbounds i8, ptr %1834, i64 4864
  %1891 = load <16 x float>, ptr %1890, align 4
  %1892 = load <16 x float>, ptr %1837, align 4
  %1893 = fmul <16 x float> %1891, %1892
  store <16 x float> %1893, ptr %1890, align 4
  %1894 = getelementptr inbounds i8, ptr %1840, i64 4864
  %1895 = load <16 x float>, ptr %1894, align 4
  %1896 = load <16 x float>, ptr %1843, align 4
  %1897 = fmul <16 x float> %1895, %1896
  store <16 x float> %1897, ptr %1894, align 4
  %1898 = getelementptr inbounds i8, ptr %1846, i64 4864
  %1899 = load <16 x float>, ptr %1898, align 4
  %1900 = load <16 x float>, ptr %1849, align 4
  %1901 = fmul <16 x float> %1899, %1900
  store <16 x float> %1901, ptr %1898, align 4
  %1902 = getelementptr inbounds i8, ptr %1852, i64 4864
  %1903 = load <16 x float>, ptr %1902, align 4
  %1904 = load <16 x float>, ptr %1855, align 4
  %1905 = fmul <16 x float> %1903, %1904
  store <16 x float> %1905, ptr %1902, align 4
  %t3.next = add nuw nsw i64 %t3.addr.02693, 1
  %exitcond3112.not = icmp eq i64 %t3.next, 64
  br i1 %exitcond3112.not, label %p11.head.preheader, label %s5.head.preheader

p11.head.preheader:                               ; preds = %s5.head.preheader, %p11.exit
  %i54.addr.02711 = phi i64 [ %i54.next, %p11.exit ], [ 0, %s5.head.preheader ]
  %1906 = shl nuw nsw i64 %i54.addr.02711, 5
  br label %p11.body

p11.body:                                         ; preds = %p11.head.preheader, %p11.body
  %p11.addr.02710 = phi i64 [ 0, %p11.head.preheader ], [ %p11.next, %p11.body ]
  %acc95.02709 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1969, %p11.body ]
  %acc94.02708 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1968, %p11.body ]
  %acc93.02707 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1962, %p11.body ]
  %acc92.02706 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1961, %p11.body ]
  %acc91.02705 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1955, %p11.body ]
  %acc90.02704 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1954, %p11.body ]
  %acc89.02703 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1948, %p11.body ]
  %acc88.02702 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1947, %p11.body ]
  %acc87.02701 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1941, %p11.body ]
  %acc86.02700 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1940, %p11.body ]
  %acc85.02699 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1934, %p11.body ]
  %acc84.02698 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1933, %p11.body ]
  %acc83.02697 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1927, %p11.body ]
  %acc82.02696 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1926, %p11.body ]
  %acc81.02695 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1920, %p11.body ]
  %acc80.02694 = phi <16 x float> [ zeroinitializer, %p11.head.preheader ], [ %1919, %p11.body ]
  %1907 = shl nuw nsw i64 %p11.addr.02710, 5
  %1908 = or disjoint i64 %1907, 1024
  %1909 = getelementptr inbounds float, ptr %Bk, i64 %1908
  %1910 = load <16 x float>, ptr %1909, align 4
  %1911 = or disjoint i64 %1907, 1040
  %1912 = getelementptr inbounds float, ptr %Bk, i64 %1911
  %1913 = load <16 x float>, ptr %1912, align 4
  %1914 = add nuw nsw i64 %p11.addr.02710, %1906
  %1915 = getelementptr inbounds float, ptr %OY, i64 %1914
  %1916 = load float, ptr %1915, align 4
  %1917 = insertelement <16 x float> poison, float %1916, i64 0
  %1918 = shufflevector <16 x float> %1917, <16 x float> poison, <16 x i32> zeroinitializer
  %1919 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1910, <16 x float> %acc80.02694)
  %1920 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1913, <16 x float> %acc81.02695)
  %1921 = or disjoint i64 %1914, 32
  %1922 = getelementptr inbounds float, ptr %OY, i64 %1921
  %1923 = load float, ptr %1922, align 4
  %1924 = insertelement <16 x float> poison, float %1923, i64 0
  %1925 = shufflevector <16 x float> %1924, <16 x float> poison, <16 x i32> zeroinitializer
  %1926 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1925, <16 x float> %1910, <16 x float> %acc82.02696)
  %1927 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1925, <16 x float> %1913, <16 x float> %acc83.02697)
  %1928 = or disjoint i64 %1914, 64
  %1929 = getelementptr inbounds float, ptr %OY, i64 %1928
  %1930 = load float, ptr %1929, align 4
  %1931 = insertelement <16 x float> poison, float %1930, i64 0
  %1932 = shufflevector <16 x float> %1931, <16 x float> poison, <16 x i32> zeroinitializer
  %1933 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1932, <16 x float> %1910, <16 x float> %acc84.02698)
  %1934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1932, <16 x float> %1913, <16 x float> %acc85.02699)
  %1935 = or disjoint i64 %1914, 96
  %1936 = getelementptr inbounds float, ptr %OY, i64 %1935
  %1937 = load float, ptr %1936, align 4
  %1938 = insertelement <16 x float> poison, float %1937, i64 0
  %1939 = shufflevector <16 x float> %1938, <16 x float> poison, <16 x i32> zeroinitializer
  %1940 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1939, <16 x float> %1910, <16 x float> %acc86.02700)
  %1941 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1939, <16 x float> %1913, <16 x float> %acc87.02701)
  %1942 = or disjoint i64 %1914, 128
  %1943 = getelementptr inbounds float, ptr %OY, i64 %1942
  %1944 = load float, ptr %1943, align 4
  %1945 = insertelement <16 x float> poison, float %1944, i64 0
  %1946 = shufflevector <16 x float> %1945, <16 x float> poison, <16 x i32> zeroinitializer
  %1947 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1946, <16 x float> %1910, <16 x float> %acc88.02702)
  %1948 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1946, <16 x float> %1913, <16 x float> %acc89.02703)
  %1949 = or disjoint i64 %1914, 160
  %1950 = getelementptr inbounds float, ptr %OY, i64 %1949
  %1951 = load float, ptr %1950, align 4
  %1952 = insertelement <16 x float> poison, float %1951, i64 0
  %1953 = shufflevector <16 x float> %1952, <16 x float> poison, <16 x i32> zeroinitializer
  %1954 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1953, <16 x float> %1910, <16 x float> %acc90.02704)
  %1955 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1953, <16 x float> %1913, <16 x float> %acc91.02705)
  %1956 = or disjoint i64 %1914, 192
  %1957 = getelementptr inbounds float, ptr %OY, i64 %1956
  %1958 = load float, ptr %1957, align 4
  %1959 = insertelement <16 x float> poison, float %1958, i64 0
  %1960 = shufflevector <16 x float> %1959, <16 x float> poison, <16 x i32> zeroinitializer
  %1961 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1960, <16 x float> %1910, <16 x float> %acc92.02706)
  %1962 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1960, <16 x float> %1913, <16 x float> %acc93.02707)
  %1963 = or disjoint i64 %1914, 224
  %1964 = getelementptr inbounds float, ptr %OY, i64 %1963
  %1965 = load float, ptr %1964, align 4
  %1966 = insertelement <16 x float> poison, float %1965, i64 0
  %1967 = shufflevector <16 x float> %1966, <16 x float> poison, <16 x i32> zeroinitializer
  %1968 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1967, <16 x float> %1910, <16 x float> %acc94.02708)
  %1969 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1967, <16 x float> %1913, <16 x float> %acc95.02709)
  %p11.next = add nuw nsw i64 %p11.addr.02710, 1
  %exitcond3113.not = icmp eq i64 %p11.next, 32
  br i1 %exitcond3113.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %1970 = getelementptr inbounds float, ptr %dQc, i64 %1906
  store <16 x float> %1919, ptr %1970, align 4
  %1971 = or disjoint i64 %1906, 16
  %1972 = getelementptr inbounds float, ptr %dQc, i64 %1971
  store <16 x float> %1920, ptr %1972, align 4
  %1973 = or disjoint i64 %1906, 32
  %1974 = getelementptr inbounds float, ptr %dQc, i64 %1973
  store <16 x float> %1926, ptr %1974, align 4
  %1975 = or disjoint i64 %1906, 48
  %1976 = getelementptr inbounds float, ptr %dQc, i64 %1975
  store <16 x float> %1927, ptr %1976, align 4
  %1977 = or disjoint i64 %1906, 64
  %1978 = getelementptr inbounds float, ptr %dQc, i64 %1977
  store <16 x float> %1933, ptr %1978, align 4
  %1979 = or disjoint i64 %1906, 80
  %1980 = getelementptr inbounds float, ptr %dQc, i64 %1979
  store <16 x float> %1934, ptr %1980, align 4
  %1981 = or disjoint i64 %1906, 96
  %1982 = getelementptr inbounds float, ptr %dQc, i64 %1981
  store <16 x float> %1940, ptr %1982, align 4
  %1983 = or disjoint i64 %1906, 112
  %1984 = getelementptr inbounds float, ptr %dQc, i64 %1983
  store <16 x float> %1941, ptr %1984, align 4
  %1985 = or disjoint i64 %1906, 128
  %1986 = getelementptr inbounds float, ptr %dQc, i64 %1985
  store <16 x float> %1947, ptr %1986, align 4
  %1987 = or disjoint i64 %1906, 144
  %1988 = getelementptr inbounds float, ptr %dQc, i64 %1987
  store <16 x float> %1948, ptr %1988, align 4
  %1989 = or disjoint i64 %1906, 160
  %1990 = getelementptr inbounds float, ptr %dQc, i64 %1989
  store <16 x float> %1954, ptr %1990, align 4
  %1991 = or disjoint i64 %1906, 176
  %1992 = getelementptr inbounds float, ptr %dQc, i64 %1991
  store <16 x float> %1955, ptr %1992, align 4
  %1993 = or disjoint i64 %1906, 192
  %1994 = getelementptr inbounds float, ptr %dQc, i64 %1993
  store <16 x float> %1961, ptr %1994, align 4
  %1995 = or disjoint i64 %1906, 208
  %1996 = getelementptr inbounds float, ptr %dQc, i64 %1995
  store <16 x float> %1962, ptr %1996, align 4
  %1997 = or disjoint i64 %1906, 224
  %1998 = getelementptr inbounds float, ptr %dQc, i64 %1997
  store <16 x float> %1968, ptr %1998, align 4
  %1999 = or disjoint i64 %1906, 240
  %2000 = getelementptr inbounds float, ptr %dQc, i64 %1999
  store <16 x float> %1969, ptr %2000, align 4
  %i54.next = add nuw nsw i64 %i54.addr.02711, 8
  %2001 = icmp ult i64 %i54.addr.02711, 56
  br i1 %2001, label %p11.head.preheader, label %i55.body.preheader

i55.body.preheader:                               ; preds = %p11.exit
  %L = tail call i64 @llvm.smin.i64(i64 %75, i64 64)
  br label %i55.body

i55.body:                                         ; preds = %i55.body.preheader, %endif1373
  %i55.addr.02729 = phi i64 [ %i55.next, %endif1373 ], [ 0, %i55.body.preheader ]
  %2002 = shl nuw nsw i64 %i55.addr.02729, 5
  %2003 = getelementptr inbounds float, ptr %dQc, i64 %2002
  %2004 = load <16 x float>, ptr %2003, align 4
  %2005 = or disjoint i64 %2002, 16
  %2006 = getelementptr inbounds float, ptr %dQc, i64 %2005
  %2007 = load <16 x float>, ptr %2006, align 4
  %2008 = or disjoint i64 %i55.addr.02729, 1
  %2009 = shl nuw nsw i64 %2008, 5
  %2010 = getelementptr inbounds float, ptr %dQc, i64 %2009
  %2011 = load <16 x float>, ptr %2010, align 4
  %2012 = or disjoint i64 %2009, 16
  %2013 = getelementptr inbounds float, ptr %dQc, i64 %2012
  %2014 = load <16 x float>, ptr %2013, align 4
  %2015 = or disjoint i64 %i55.addr.02729, 2
  %2016 = shl nuw nsw i64 %2015, 5
  %2017 = getelementptr inbounds float, ptr %dQc, i64 %2016
  %2018 = load <16 x float>, ptr %2017, align 4
  %2019 = or disjoint i64 %2016, 16
  %2020 = getelementptr inbounds float, ptr %dQc, i64 %2019
  %2021 = load <16 x float>, ptr %2020, align 4
  %2022 = or disjoint i64 %i55.addr.02729, 3
  %2023 = shl nuw nsw i64 %2022, 5
  %2024 = getelementptr inbounds float, ptr %dQc, i64 %2023
  %2025 = load <16 x float>, ptr %2024, align 4
  %2026 = or disjoint i64 %2023, 16
  %2027 = getelementptr inbounds float, ptr %dQc, i64 %2026
  %2028 = load <16 x float>, ptr %2027, align 4
  %2029 = or disjoint i64 %i55.addr.02729, 4
  %2030 = shl nuw nsw i64 %2029, 5
  %2031 = getelementptr inbounds float, ptr %dQc, i64 %2030
  %2032 = load <16 x float>, ptr %2031, align 4
  %2033 = or disjoint i64 %2030, 16
  %2034 = getelementptr inbounds float, ptr %dQc, i64 %2033
  %2035 = load <16 x float>, ptr %2034, align 4
  %2036 = or disjoint i64 %i55.addr.02729, 5
  %2037 = shl nuw nsw i64 %2036, 5
  %2038 = getelementptr inbounds float, ptr %dQc, i64 %2037
  %2039 = load <16 x float>, ptr %2038, align 4
  %2040 = or disjoint i64 %2037, 16
  %2041 = getelementptr inbounds float, ptr %dQc, i64 %2040
  %2042 = load <16 x float>, ptr %2041, align 4
  %2043 = or disjoint i64 %i55.addr.02729, 6
  %2044 = shl nuw nsw i64 %2043, 5
  %2045 = getelementptr inbounds float, ptr %dQc, i64 %2044
  %2046 = load <16 x float>, ptr %2045, align 4
  %2047 = or disjoint i64 %2044, 16
  %2048 = getelementptr inbounds float, ptr %dQc, i64 %2047
  %2049 = load <16 x float>, ptr %2048, align 4
  %2050 = or disjoint i64 %i55.addr.02729, 7
  %2051 = shl nuw nsw i64 %2050, 5
  %2052 = getelementptr inbounds float, ptr %dQc, i64 %2051
  %2053 = load <16 x float>, ptr %2052, align 4
  %2054 = or disjoint i64 %2051, 16
  %2055 = getelementptr inbounds float, ptr %dQc, i64 %2054
  %2056 = load <16 x float>, ptr %2055, align 4
  br label %p12.body

p12.body:                                         ; preds = %i55.body, %p12.body
  %p12.addr.02728 = phi i64 [ 0, %i55.body ], [ %p12.next, %p12.body ]
  %acc111.02727 = phi <16 x float> [ %2056, %i55.body ], [ %2119, %p12.body ]
  %acc110.02726 = phi <16 x float> [ %2053, %i55.body ], [ %2118, %p12.body ]
  %acc109.02725 = phi <16 x float> [ %2049, %i55.body ], [ %2112, %p12.body ]
  %acc108.02724 = phi <16 x float> [ %2046, %i55.body ], [ %2111, %p12.body ]
  %acc107.02723 = phi <16 x float> [ %2042, %i55.body ], [ %2105, %p12.body ]
  %acc106.02722 = phi <16 x float> [ %2039, %i55.body ], [ %2104, %p12.body ]
  %acc105.02721 = phi <16 x float> [ %2035, %i55.body ], [ %2098, %p12.body ]
  %acc104.02720 = phi <16 x float> [ %2032, %i55.body ], [ %2097, %p12.body ]
  %acc103.02719 = phi <16 x float> [ %2028, %i55.body ], [ %2091, %p12.body ]
  %acc102.02718 = phi <16 x float> [ %2025, %i55.body ], [ %2090, %p12.body ]
  %acc101.02717 = phi <16 x float> [ %2021, %i55.body ], [ %2084, %p12.body ]
  %acc100.02716 = phi <16 x float> [ %2018, %i55.body ], [ %2083, %p12.body ]
  %acc99.02715 = phi <16 x float> [ %2014, %i55.body ], [ %2077, %p12.body ]
  %acc98.02714 = phi <16 x float> [ %2011, %i55.body ], [ %2076, %p12.body ]
  %acc97.02713 = phi <16 x float> [ %2007, %i55.body ], [ %2070, %p12.body ]
  %acc96.02712 = phi <16 x float> [ %2004, %i55.body ], [ %2069, %p12.body ]
  %.idx2526 = shl nuw nsw i64 %p12.addr.02728, 7
  %2057 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2526
  %2058 = getelementptr inbounds i8, ptr %2057, i64 16384
  %2059 = load <16 x float>, ptr %2058, align 4
  %2060 = getelementptr inbounds i8, ptr %2057, i64 16448
  %2061 = load <16 x float>, ptr %2060, align 4
  %2062 = mul nuw nsw i64 %p12.addr.02728, 384
  %2063 = or disjoint i64 %2062, 64
  %2064 = or disjoint i64 %2063, %i55.addr.02729
  %2065 = getelementptr inbounds float, ptr %Ak, i64 %2064
  %2066 = load float, ptr %2065, align 4
  %2067 = insertelement <16 x float> poison, float %2066, i64 0
  %2068 = shufflevector <16 x float> %2067, <16 x float> poison, <16 x i32> zeroinitializer
  %2069 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2068, <16 x float> %2059, <16 x float> %acc96.02712)
  %2070 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2068, <16 x float> %2061, <16 x float> %acc97.02713)
  %2071 = or disjoint i64 %2063, %2008
  %2072 = getelementptr inbounds float, ptr %Ak, i64 %2071
  %2073 = load float, ptr %2072, align 4
  %2074 = insertelement <16 x float> poison, float %2073, i64 0
  %2075 = shufflevector <16 x float> %2074, <16 x float> poison, <16 x i32> zeroinitializer
  %2076 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2075, <16 x float> %2059, <16 x float> %acc98.02714)
  %2077 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2075, <16 x float> %2061, <16 x float> %acc99.02715)
  %2078 = or disjoint i64 %2063, %2015
  %2079 = getelementptr inbounds float, ptr %Ak, i64 %2078
  %2080 = load float, ptr %2079, align 4
  %2081 = insertelement <16 x float> poison, float %2080, i64 0
  %2082 = shufflevector <16 x float> %2081, <16 x float> poison, <16 x i32> zeroinitializer
  %2083 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2082, <16 x float> %2059, <16 x float> %acc100.02716)
  %2084 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2082, <16 x float> %2061, <16 x float> %acc101.02717)
  %2085 = or disjoint i64 %2063, %2022
  %2086 = getelementptr inbounds float, ptr %Ak, i64 %2085
  %2087 = load float, ptr %2086, align 4
  %2088 = insertelement <16 x float> poison, float %2087, i64 0
  %2089 = shufflevector <16 x float> %2088, <16 x float> poison, <16 x i32> zeroinitializer
  %2090 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2089, <16 x float> %2059, <16 x float> %acc102.02718)
  %2091 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2089, <16 x float> %2061, <16 x float> %acc103.02719)
  %2092 = or disjoint i64 %2063, %2029
  %2093 = getelementptr inbounds float, ptr %Ak, i64 %2092
  %2094 = load float, ptr %2093, align 4
  %2095 = insertelement <16 x float> poison, float %2094, i64 0
  %2096 = shufflevector <16 x float> %2095, <16 x float> poison, <16 x i32> zeroinitializer
  %2097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2096, <16 x float> %2059, <16 x float> %acc104.02720)
  %2098 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2096, <16 x float> %2061, <16 x float> %acc105.02721)
  %2099 = or disjoint i64 %2063, %2036
  %2100 = getelementptr inbounds float, ptr %Ak, i64 %2099
  %2101 = load float, ptr %2100, align 4
  %2102 = insertelement <16 x float> poison, float %2101, i64 0
  %2103 = shufflevector <16 x float> %2102, <16 x float> poison, <16 x i32> zeroinitializer
  %2104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2103, <16 x float> %2059, <16 x float> %acc106.02722)
  %2105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2103, <16 x float> %2061, <16 x float> %acc107.02723)
  %2106 = or disjoint i64 %2063, %2043
  %2107 = getelementptr inbounds float, ptr %Ak, i64 %2106
  %2108 = load float, ptr %2107, align 4
  %2109 = insertelement <16 x float> poison, float %2108, i64 0
  %2110 = shufflevector <16 x float> %2109, <16 x float> poison, <16 x i32> zeroinitializer
  %2111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2110, <16 x float> %2059, <16 x float> %acc108.02724)
  %2112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2110, <16 x float> %2061, <16 x float> %acc109.02725)
  %2113 = or disjoint i64 %2063, %2050
  %2114 = getelementptr inbounds float, ptr %Ak, i64 %2113
  %2115 = load float, ptr %2114, align 4
  %2116 = insertelement <16 x float> poison, float %2115, i64 0
  %2117 = shufflevector <16 x float> %2116, <16 x float> poison, <16 x i32> zeroinitializer
  %2118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2117, <16 x float> %2059, <16 x float> %acc110.02726)
  %2119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2117, <16 x float> %2061, <16 x float> %acc111.02727)
  %p12.next = add nuw nsw i64 %p12.addr.02728, 1
  %exitcond3114.not = icmp eq i64 %p12.next, 256
  br i1 %exitcond3114.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2120 = icmp slt i64 %i55.addr.02729, %L
  br i1 %2120, label %then1311, label %endif1317

then1311:                                         ; preds = %p12.exit
  %2121 = fmul <16 x float> %2069, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2122 = or disjoint i64 %i55.addr.02729, %t0
  %2123 = mul nsw i64 %2122, %sq
  %2124 = getelementptr inbounds float, ptr %qh1, i64 %2123
  store <16 x float> %2121, ptr %2124, align 4
  %2125 = fmul <16 x float> %2070, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2126 = or disjoint i64 %2123, 16
  %2127 = getelementptr inbounds float, ptr %qh1, i64 %2126
  store <16 x float> %2125, ptr %2127, align 4
  br label %endif1317

endif1317:                                        ; preds = %p12.exit, %then1311
  %2128 = icmp slt i64 %2008, %L
  br i1 %2128, label %then1319, label %endif1325

then1319:                                         ; preds = %endif1317
  %2129 = fmul <16 x float> %2076, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2130 = or disjoint i64 %2008, %t0
  %2131 = mul nsw i64 %2130, %sq
  %2132 = getelementptr inbounds float, ptr %qh1, i64 %2131
  store <16 x float> %2129, ptr %2132, align 4
  %2133 = fmul <16 x float> %2077, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2134 = or disjoint i64 %2131, 16
  %2135 = getelementptr inbounds float, ptr %qh1, i64 %2134
  store <16 x float> %2133, ptr %2135, align 4
  br label %endif1325

endif1325:                                        ; preds = %endif1317, %then1319
  %2136 = icmp slt i64 %2015, %L
  br i1 %2136, label %then1327, label %endif1333

then1327:                                         ; preds = %endif1325
  %2137 = fmul <16 x float> %2083, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2138 = or disjoint i64 %2015, %t0
  %2139 = mul nsw i64 %2138, %sq
  %2140 = getelementptr inbounds float, ptr %qh1, i64 %2139
  store <16 x float> %2137, ptr %2140, align 4
  %2141 = fmul <16 x float> %2084, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2142 = or disjoint i64 %2139, 16
  %2143 = getelementptr inbounds float, ptr %qh1, i64 %2142
  store <16 x float> %2141, ptr %2143, align 4
  br label %endif1333

endif1333:                                        ; preds = %endif1325, %then1327
  %2144 = icmp slt i64 %2022, %L
  br i1 %2144, label %then1335, label %endif1341

then1335:                                         ; preds = %endif1333
  %2145 = fmul <16 x float> %2090, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2146 = or disjoint i64 %2022, %t0
  %2147 = mul nsw i64 %2146, %sq
  %2148 = getelementptr inbounds float, ptr %qh1, i64 %2147
  store <16 x float> %2145, ptr %2148, align 4
  %2149 = fmul <16 x float> %2091, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2150 = or disjoint i64 %2147, 16
  %2151 = getelementptr inbounds float, ptr %qh1, i64 %2150
  store <16 x float> %2149, ptr %2151, align 4
  br label %endif1341

endif1341:                                        ; preds = %endif1333, %then1335
  %2152 = icmp slt i64 %2029, %L
  br i1 %2152, label %then1343, label %endif1349

then1343:                                         ; preds = %endif1341
  %2153 = fmul <16 x float> %2097, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2154 = or disjoint i64 %2029, %t0
  %2155 = mul nsw i64 %2154, %sq
  %2156 = getelementptr inbounds float, ptr %qh1, i64 %2155
  store <16 x float> %2153, ptr %2156, align 4
  %2157 = fmul <16 x float> %2098, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2158 = or disjoint i64 %2155, 16
  %2159 = getelementptr inbounds float, ptr %qh1, i64 %2158
  store <16 x float> %2157, ptr %2159, align 4
  br label %endif1349

endif1349:                                        ; preds = %endif1341, %then1343
  %2160 = icmp slt i64 %2036, %L
  br i1 %2160, label %then1351, label %endif1357

then1351:                                         ; preds = %endif1349
  %2161 = fmul <16 x float> %2104, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2162 = or disjoint i64 %2036, %t0
  %2163 = mul nsw i64 %2162, %sq
  %2164 = getelementptr inbounds float, ptr %qh1, i64 %2163
  store <16 x float> %2161, ptr %2164, align 4
  %2165 = fmul <16 x float> %2105, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2166 = or disjoint i64 %2163, 16
  %2167 = getelementptr inbounds float, ptr %qh1, i64 %2166
  store <16 x float> %2165, ptr %2167, align 4
  br label %endif1357

endif1357:                                        ; preds = %endif1349, %then1351
  %2168 = icmp slt i64 %2043, %L
  br i1 %2168, label %then1359, label %endif1365

then1359:                                         ; preds = %endif1357
  %2169 = fmul <16 x float> %2111, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2170 = or disjoint i64 %2043, %t0
  %2171 = mul nsw i64 %2170, %sq
  %2172 = getelementptr inbounds float, ptr %qh1, i64 %2171
  store <16 x float> %2169, ptr %2172, align 4
  %2173 = fmul <16 x float> %2112, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2174 = or disjoint i64 %2171, 16
  %2175 = getelementptr inbounds float, ptr %qh1, i64 %2174
  store <16 x float> %2173, ptr %2175, align 4
  br label %endif1365

endif1365:                                        ; preds = %endif1357, %then1359
  %2176 = icmp slt i64 %2050, %L
  br i1 %2176, label %then1367, label %endif1373

then1367:                                         ; preds = %endif1365
  %2177 = fmul <16 x float> %2118, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2178 = or disjoint i64 %2050, %t0
  %2179 = mul nsw i64 %2178, %sq
  %2180 = getelementptr inbounds float, ptr %qh1, i64 %2179
  store <16 x float> %2177, ptr %2180, align 4
  %2181 = fmul <16 x float> %2119, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2182 = or disjoint i64 %2179, 16
  %2183 = getelementptr inbounds float, ptr %qh1, i64 %2182
  store <16 x float> %2181, ptr %2183, align 4
  br label %endif1373

endif1373:                                        ; preds = %endif1365, %then1367
  %i55.next = add nuw nsw i64 %i55.addr.02729, 8
  %2184 = icmp ult i64 %i55.addr.02729, 56
  br i1 %2184, label %i55.body, label %j37.body.preheader

j37.body.preheader:                               ; preds = %endif1373
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %dbet, i8 0, i64 1024, i1 false)
  br label %ib1.body

t4.head.preheader:                                ; preds = %j38.exit
  %2185 = icmp sgt i64 %75, 0
  br i1 %2185, label %t4.body.preheader, label %i68.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %2186 = getelementptr i8, ptr %dv, i64 %67
  %2187 = getelementptr i8, ptr %dv, i64 %68
  %2188 = getelementptr i8, ptr %dv, i64 %69
  %2189 = getelementptr i8, ptr %dv, i64 %70
  %xtraiter3733 = and i64 %smax3732, 1
  %2190 = icmp slt i64 %indvars.iv3124, 2
  br i1 %2190, label %i68.body.preheader.loopexit.unr-lcssa, label %t4.body.preheader.new

t4.body.preheader.new:                            ; preds = %t4.body.preheader
  %unroll_iter3735 = and i64 %smax3732, 126
  br label %t4.body

ib1.body:                                         ; preds = %j37.body.preheader, %j38.exit
  %ib1.addr.02748 = phi i64 [ %ib1.next, %j38.exit ], [ 0, %j37.body.preheader ]
  %2191 = shl nuw nsw i64 %ib1.addr.02748, 2
  %i01 = sub nuw nsw i64 252, %2191
  %2192 = shl nuw nsw i64 %i01, 5
  %2193 = getelementptr inbounds float, ptr %OY, i64 %2192
  %2194 = getelementptr inbounds i8, ptr %2193, i64 8192
  %2195 = load <16 x float>, ptr %2194, align 4
  %2196 = getelementptr inbounds i8, ptr %2193, i64 8256
  %2197 = load <16 x float>, ptr %2196, align 4
  %2198 = sub nuw nsw i64 253, %2191
  %2199 = shl nuw nsw i64 %2198, 5
  %2200 = getelementptr inbounds float, ptr %OY, i64 %2199
  %2201 = getelementptr inbounds i8, ptr %2200, i64 8192
  %2202 = load <16 x float>, ptr %2201, align 4
  %2203 = getelementptr inbounds i8, ptr %2200, i64 8256
  %2204 = load <16 x float>, ptr %2203, align 4
  %2205 = sub nuw nsw i64 254, %2191
  %2206 = shl nuw nsw i64 %2205, 5
  %2207 = getelementptr inbounds float, ptr %OY, i64 %2206
  %2208 = getelementptr inbounds i8, ptr %2207, i64 8192
  %2209 = load <16 x float>, ptr %2208, align 4
  %2210 = getelementptr inbounds i8, ptr %2207, i64 8256
  %2211 = load <16 x float>, ptr %2210, align 4
  %2212 = sub nuw nsw i64 255, %2191
  %2213 = shl nuw nsw i64 %2212, 5
  %2214 = getelementptr inbounds float, ptr %OY, i64 %2213
  %2215 = getelementptr inbounds i8, ptr %2214, i64 8192
  %2216 = load <16 x float>, ptr %2215, align 4
  %2217 = getelementptr inbounds i8, ptr %2214, i64 8256
  %2218 = load <16 x float>, ptr %2217, align 4
  %.not2889 = icmp eq i64 %ib1.addr.02748, 0
  br i1 %.not2889, label %j38.exit, label %j38.body.preheader

j38.body.preheader:                               ; preds = %ib1.body
  %2219 = sub nuw nsw i64 256, %2191
  br label %j38.body

j38.body:                                         ; preds = %j38.body.preheader, %j38.body
  %j38.addr.02739 = phi i64 [ %j38.next, %j38.body ], [ %2219, %j38.body.preheader ]
  %acc119.02738 = phi <16 x float> [ %2257, %j38.body ], [ %2218, %j38.body.preheader ]
  %acc118.02737 = phi <16 x float> [ %2256, %j38.body ], [ %2216, %j38.body.preheader ]
  %acc117.02736 = phi <16 x float> [ %2249, %j38.body ], [ %2211, %j38.body.preheader ]
  %acc116.02735 = phi <16 x float> [ %2248, %j38.body ], [ %2209, %j38.body.preheader ]
  %acc115.02734 = phi <16 x float> [ %2241, %j38.body ], [ %2204, %j38.body.preheader ]
  %acc114.02733 = phi <16 x float> [ %2240, %j38.body ], [ %2202, %j38.body.preheader ]
  %acc113.02732 = phi <16 x float> [ %2233, %j38.body ], [ %2197, %j38.body.preheader ]
  %acc112.02731 = phi <16 x float> [ %2232, %j38.body ], [ %2195, %j38.body.preheader ]
  %.idx2525 = shl nuw nsw i64 %j38.addr.02739, 7
  %2220 = getelementptr inbounds i8, ptr %OY, i64 %.idx2525
  %2221 = getelementptr inbounds i8, ptr %2220, i64 8192
  %2222 = load <16 x float>, ptr %2221, align 4
  %2223 = getelementptr inbounds i8, ptr %2220, i64 8256
  %2224 = load <16 x float>, ptr %2223, align 4
  %2225 = shl nuw nsw i64 %j38.addr.02739, 8
  %2226 = or disjoint i64 %2225, %i01
  %2227 = getelementptr inbounds float, ptr %Gm, i64 %2226
  %2228 = load float, ptr %2227, align 4
  %2229 = fneg float %2228
  %2230 = insertelement <16 x float> poison, float %2229, i64 0
  %2231 = shufflevector <16 x float> %2230, <16 x float> poison, <16 x i32> zeroinitializer
  %2232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2222, <16 x float> %acc112.02731)
  %2233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2224, <16 x float> %acc113.02732)
  %2234 = or disjoint i64 %2225, %2198
  %2235 = getelementptr inbounds float, ptr %Gm, i64 %2234
  %2236 = load float, ptr %2235, align 4
  %2237 = fneg float %2236
  %2238 = insertelement <16 x float> poison, float %2237, i64 0
  %2239 = shufflevector <16 x float> %2238, <16 x float> poison, <16 x i32> zeroinitializer
  %2240 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2222, <16 x float> %acc114.02733)
  %2241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2239, <16 x float> %2224, <16 x float> %acc115.02734)
  %2242 = or disjoint i64 %2225, %2205
  %2243 = getelementptr inbounds float, ptr %Gm, i64 %2242
  %2244 = load float, ptr %2243, align 4
  %2245 = fneg float %2244
  %2246 = insertelement <16 x float> poison, float %2245, i64 0
  %2247 = shufflevector <16 x float> %2246, <16 x float> poison, <16 x i32> zeroinitializer
  %2248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2247, <16 x float> %2222, <16 x float> %acc116.02735)
  %2249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2247, <16 x float> %2224, <16 x float> %acc117.02736)
  %2250 = or disjoint i64 %2225, %2212
  %2251 = getelementptr inbounds float, ptr %Gm, i64 %2250
  %2252 = load float, ptr %2251, align 4
  %2253 = fneg float %2252
  %2254 = insertelement <16 x float> poison, float %2253, i64 0
  %2255 = shufflevector <16 x float> %2254, <16 x float> poison, <16 x i32> zeroinitializer
  %2256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2222, <16 x float> %acc118.02737)
  %2257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2224, <16 x float> %acc119.02738)
  %j38.next = add nuw nsw i64 %j38.addr.02739, 1
  %2258 = icmp ult i64 %j38.addr.02739, 255
  br i1 %2258, label %j38.body, label %j38.exit

j38.exit:                                         ; preds = %j38.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2195, %ib1.body ], [ %2232, %j38.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2197, %ib1.body ], [ %2233, %j38.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2202, %ib1.body ], [ %2240, %j38.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2204, %ib1.body ], [ %2241, %j38.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2209, %ib1.body ], [ %2248, %j38.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2211, %ib1.body ], [ %2249, %j38.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2216, %ib1.body ], [ %2256, %j38.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2218, %ib1.body ], [ %2257, %j38.body ]
  %2259 = getelementptr inbounds float, ptr %Rr, i64 %2213
  %2260 = load <16 x float>, ptr %2259, align 4
  %2261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2260, <16 x float> zeroinitializer)
  %2262 = or disjoint i64 %2213, 16
  %2263 = getelementptr inbounds float, ptr %Rr, i64 %2262
  %2264 = load <16 x float>, ptr %2263, align 4
  %2265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2264, <16 x float> %2261)
  %2266 = shufflevector <16 x float> %2265, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2267 = shufflevector <16 x float> %2265, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2268 = fadd <8 x float> %2266, %2267
  %2269 = shufflevector <8 x float> %2268, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2270 = shufflevector <8 x float> %2268, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2271 = fadd <4 x float> %2269, %2270
  %2272 = shufflevector <4 x float> %2271, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2273 = shufflevector <4 x float> %2271, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2274 = fadd <2 x float> %2272, %2273
  %2275 = shufflevector <2 x float> %2274, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2276 = shufflevector <2 x float> %2274, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2277 = getelementptr inbounds float, ptr %bet, i64 %2212
  %2278 = load float, ptr %2277, align 4
  %2279 = insertelement <16 x float> poison, float %2278, i64 0
  %2280 = shufflevector <16 x float> %2279, <16 x float> poison, <16 x i32> zeroinitializer
  %2281 = fmul <16 x float> %acc118.0.lcssa, %2280
  store <16 x float> %2281, ptr %2215, align 4
  %2282 = fneg <16 x float> %2281
  %2283 = mul nuw nsw i64 %2212, 384
  %2284 = or disjoint i64 %2283, 32
  %2285 = getelementptr inbounds float, ptr %Ak, i64 %2284
  store <16 x float> %2282, ptr %2285, align 4
  %2286 = fmul <16 x float> %acc119.0.lcssa, %2280
  store <16 x float> %2286, ptr %2217, align 4
  %2287 = fneg <16 x float> %2286
  %2288 = or disjoint i64 %2283, 48
  %2289 = getelementptr inbounds float, ptr %Ak, i64 %2288
  store <16 x float> %2287, ptr %2289, align 4
  %2290 = shl nuw nsw i64 %2212, 8
  %2291 = or disjoint i64 %2290, %2205
  %2292 = getelementptr inbounds float, ptr %Gm, i64 %2291
  %2293 = load float, ptr %2292, align 4
  %2294 = fneg float %2293
  %2295 = insertelement <16 x float> poison, float %2294, i64 0
  %2296 = shufflevector <16 x float> %2295, <16 x float> poison, <16 x i32> zeroinitializer
  %2297 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2296, <16 x float> %2281, <16 x float> %acc116.0.lcssa)
  %2298 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2296, <16 x float> %2286, <16 x float> %acc117.0.lcssa)
  %2299 = getelementptr inbounds float, ptr %Rr, i64 %2206
  %2300 = load <16 x float>, ptr %2299, align 4
  %2301 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2297, <16 x float> %2300, <16 x float> zeroinitializer)
  %2302 = or disjoint i64 %2206, 16
  %2303 = getelementptr inbounds float, ptr %Rr, i64 %2302
  %2304 = load <16 x float>, ptr %2303, align 4
  %2305 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2298, <16 x float> %2304, <16 x float> %2301)
  %2306 = shufflevector <16 x float> %2305, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2307 = shufflevector <16 x float> %2305, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2308 = fadd <8 x float> %2306, %2307
  %2309 = shufflevector <8 x float> %2308, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2310 = shufflevector <8 x float> %2308, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2311 = fadd <4 x float> %2309, %2310
  %2312 = shufflevector <4 x float> %2311, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2313 = shufflevector <4 x float> %2311, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2314 = fadd <2 x float> %2312, %2313
  %2315 = shufflevector <2 x float> %2314, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2316 = shufflevector <2 x float> %2314, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2317 = getelementptr inbounds float, ptr %bet, i64 %2205
  %2318 = load float, ptr %2317, align 4
  %2319 = insertelement <16 x float> poison, float %2318, i64 0
  %2320 = shufflevector <16 x float> %2319, <16 x float> poison, <16 x i32> zeroinitializer
  %2321 = fmul <16 x float> %2297, %2320
  store <16 x float> %2321, ptr %2208, align 4
  %2322 = fneg <16 x float> %2321
  %2323 = mul nuw nsw i64 %2205, 384
  %2324 = or disjoint i64 %2323, 32
  %2325 = getelementptr inbounds float, ptr %Ak, i64 %2324
  store <16 x float> %2322, ptr %2325, align 4
  %2326 = fmul <16 x float> %2298, %2320
  store <16 x float> %2326, ptr %2210, align 4
  %2327 = fneg <16 x float> %2326
  %2328 = or disjoint i64 %2323, 48
  %2329 = getelementptr inbounds float, ptr %Ak, i64 %2328
  store <16 x float> %2327, ptr %2329, align 4
  %2330 = shl nuw nsw i64 %2205, 8
  %2331 = or disjoint i64 %2330, %2198
  %2332 = getelementptr inbounds float, ptr %Gm, i64 %2331
  %2333 = load float, ptr %2332, align 4
  %2334 = fneg float %2333
  %2335 = insertelement <16 x float> poison, float %2334, i64 0
  %2336 = shufflevector <16 x float> %2335, <16 x float> poison, <16 x i32> zeroinitializer
  %2337 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2336, <16 x float> %2321, <16 x float> %acc114.0.lcssa)
  %2338 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2336, <16 x float> %2326, <16 x float> %acc115.0.lcssa)
  %2339 = or disjoint i64 %2290, %2198
  %2340 = getelementptr inbounds float, ptr %Gm, i64 %2339
  %2341 = load float, ptr %2340, align 4
  %2342 = fneg float %2341
  %2343 = insertelement <16 x float> poison, float %2342, i64 0
  %2344 = shufflevector <16 x float> %2343, <16 x float> poison, <16 x i32> zeroinitializer
  %2345 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2344, <16 x float> %2281, <16 x float> %2337)
  %2346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2344, <16 x float> %2286, <16 x float> %2338)
  %2347 = getelementptr inbounds float, ptr %Rr, i64 %2199
  %2348 = load <16 x float>, ptr %2347, align 4
  %2349 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2345, <16 x float> %2348, <16 x float> zeroinitializer)
  %2350 = or disjoint i64 %2199, 16
  %2351 = getelementptr inbounds float, ptr %Rr, i64 %2350
  %2352 = load <16 x float>, ptr %2351, align 4
  %2353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2346, <16 x float> %2352, <16 x float> %2349)
  %2354 = shufflevector <16 x float> %2353, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2355 = shufflevector <16 x float> %2353, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2356 = fadd <8 x float> %2354, %2355
  %2357 = shufflevector <8 x float> %2356, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2358 = shufflevector <8 x float> %2356, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2359 = fadd <4 x float> %2357, %2358
  %2360 = shufflevector <4 x float> %2359, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2361 = shufflevector <4 x float> %2359, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2362 = fadd <2 x float> %2360, %2361
  %2363 = getelementptr inbounds float, ptr %bet, i64 %2198
  %2364 = load float, ptr %2363, align 4
  %2365 = insertelement <16 x float> poison, float %2364, i64 0
  %2366 = shufflevector <16 x float> %2365, <16 x float> poison, <16 x i32> zeroinitializer
  %2367 = fmul <16 x float> %2345, %2366
  store <16 x float> %2367, ptr %2201, align 4
  %2368 = fneg <16 x float> %2367
  %2369 = mul nuw nsw i64 %2198, 384
  %2370 = or disjoint i64 %2369, 32
  %2371 = getelementptr inbounds float, ptr %Ak, i64 %2370
  store <16 x float> %2368, ptr %2371, align 4
  %2372 = fmul <16 x float> %2346, %2366
  store <16 x float> %2372, ptr %2203, align 4
  %2373 = fneg <16 x float> %2372
  %2374 = or disjoint i64 %2369, 48
  %2375 = getelementptr inbounds float, ptr %Ak, i64 %2374
  store <16 x float> %2373, ptr %2375, align 4
  %2376 = shl nuw nsw i64 %2198, 8
  %2377 = or disjoint i64 %2376, %i01
  %2378 = getelementptr inbounds float, ptr %Gm, i64 %2377
  %2379 = load float, ptr %2378, align 4
  %2380 = fneg float %2379
  %2381 = insertelement <16 x float> poison, float %2380, i64 0
  %2382 = shufflevector <16 x float> %2381, <16 x float> poison, <16 x i32> zeroinitializer
  %2383 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2382, <16 x float> %2367, <16 x float> %acc112.0.lcssa)
  %2384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2382, <16 x float> %2372, <16 x float> %acc113.0.lcssa)
  %2385 = or disjoint i64 %2330, %i01
  %2386 = getelementptr inbounds float, ptr %Gm, i64 %2385
  %2387 = load float, ptr %2386, align 4
  %2388 = fneg float %2387
  %2389 = insertelement <16 x float> poison, float %2388, i64 0
  %2390 = shufflevector <16 x float> %2389, <16 x float> poison, <16 x i32> zeroinitializer
  %2391 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2390, <16 x float> %2321, <16 x float> %2383)
  %2392 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2390, <16 x float> %2326, <16 x float> %2384)
  %2393 = or disjoint i64 %2290, %i01
  %2394 = getelementptr inbounds float, ptr %Gm, i64 %2393
  %2395 = load float, ptr %2394, align 4
  %2396 = fneg float %2395
  %2397 = insertelement <16 x float> poison, float %2396, i64 0
  %2398 = shufflevector <16 x float> %2397, <16 x float> poison, <16 x i32> zeroinitializer
  %2399 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2398, <16 x float> %2281, <16 x float> %2391)
  %2400 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2398, <16 x float> %2286, <16 x float> %2392)
  %2401 = getelementptr inbounds float, ptr %Rr, i64 %2192
  %2402 = load <16 x float>, ptr %2401, align 4
  %2403 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2399, <16 x float> %2402, <16 x float> zeroinitializer)
  %2404 = or disjoint i64 %2192, 16
  %2405 = getelementptr inbounds float, ptr %Rr, i64 %2404
  %2406 = load <16 x float>, ptr %2405, align 4
  %2407 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2400, <16 x float> %2406, <16 x float> %2403)
  %2408 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2409 = shufflevector <16 x float> %2407, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2410 = shufflevector <16 x float> %2407, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2411 = fadd <8 x float> %2409, %2410
  %2412 = shufflevector <8 x float> %2411, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2413 = shufflevector <8 x float> %2411, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2414 = fadd <4 x float> %2412, %2413
  %2415 = shufflevector <4 x float> %2414, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2416 = shufflevector <4 x float> %2414, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2417 = fadd <2 x float> %2415, %2416
  %2418 = load <4 x float>, ptr %2408, align 4
  %2419 = shufflevector <2 x float> %2417, <2 x float> %2362, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2420 = shufflevector <4 x float> %2419, <4 x float> %2316, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2421 = shufflevector <4 x float> %2420, <4 x float> %2276, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2422 = shufflevector <2 x float> %2417, <2 x float> %2362, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2423 = shufflevector <4 x float> %2422, <4 x float> %2315, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2424 = shufflevector <4 x float> %2423, <4 x float> %2275, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2425 = fadd <4 x float> %2421, %2424
  %2426 = fadd <4 x float> %2418, %2425
  store <4 x float> %2426, ptr %2408, align 4
  %2427 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2428 = load float, ptr %2427, align 4
  %2429 = insertelement <16 x float> poison, float %2428, i64 0
  %2430 = shufflevector <16 x float> %2429, <16 x float> poison, <16 x i32> zeroinitializer
  %2431 = fmul <16 x float> %2399, %2430
  store <16 x float> %2431, ptr %2194, align 4
  %2432 = fneg <16 x float> %2431
  %2433 = mul nuw nsw i64 %i01, 384
  %2434 = or disjoint i64 %2433, 32
  %2435 = getelementptr inbounds float, ptr %Ak, i64 %2434
  store <16 x float> %2432, ptr %2435, align 4
  %2436 = fmul <16 x float> %2400, %2430
  store <16 x float> %2436, ptr %2196, align 4
  %2437 = fneg <16 x float> %2436
  %2438 = or disjoint i64 %2433, 48
  %2439 = getelementptr inbounds float, ptr %Ak, i64 %2438
  store <16 x float> %2437, ptr %2439, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02748, 1
  %exitcond3115.not = icmp eq i64 %ib1.next, 64
  br i1 %exitcond3115.not, label %t4.head.preheader, label %ib1.body

t4.body:                                          ; preds = %t4.body, %t4.body.preheader.new
  %t4.addr.02753 = phi i64 [ 0, %t4.body.preheader.new ], [ %t4.next.1, %t4.body ]
  %niter3736 = phi i64 [ 0, %t4.body.preheader.new ], [ %niter3736.next.1, %t4.body ]
  %2440 = mul i64 %18, %t4.addr.02753
  %scevgep3122 = getelementptr i8, ptr %2186, i64 %2440
  %2441 = shl nuw nsw i64 %t4.addr.02753, 9
  %gep3382 = getelementptr i8, ptr %invariant.gep3381, i64 %2441
  %scevgep3120 = getelementptr i8, ptr %2187, i64 %2440
  %gep3384 = getelementptr i8, ptr %invariant.gep3383, i64 %2441
  %scevgep3118 = getelementptr i8, ptr %2188, i64 %2440
  %gep3386 = getelementptr i8, ptr %invariant.gep3385, i64 %2441
  %scevgep3116 = getelementptr i8, ptr %2189, i64 %2440
  %gep3388 = getelementptr i8, ptr %invariant.gep3387, i64 %2441
  %2442 = add nsw i64 %t4.addr.02753, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3116, ptr noundef nonnull align 4 dereferenceable(128) %gep3388, i64 128, i1 false)
  %i60 = shl nsw i64 %t4.addr.02753, 2
  %tau4 = shl nsw i64 %2442, 2
  %2443 = getelementptr inbounds float, ptr %dbet, i64 %i60
  %2444 = load float, ptr %2443, align 4
  %2445 = mul nsw i64 %tau4, %H
  %2446 = getelementptr inbounds float, ptr %betah1, i64 %2445
  store float %2444, ptr %2446, align 4
  %i62 = or disjoint i64 %i60, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118, ptr noundef nonnull align 4 dereferenceable(128) %gep3386, i64 128, i1 false)
  %tau5 = or disjoint i64 %tau4, 1
  %2447 = getelementptr inbounds float, ptr %dbet, i64 %i62
  %2448 = load float, ptr %2447, align 4
  %2449 = mul nsw i64 %tau5, %H
  %2450 = getelementptr inbounds float, ptr %betah1, i64 %2449
  store float %2448, ptr %2450, align 4
  %i64 = or disjoint i64 %i60, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120, ptr noundef nonnull align 4 dereferenceable(128) %gep3384, i64 128, i1 false)
  %tau6 = or disjoint i64 %tau4, 2
  %2451 = getelementptr inbounds float, ptr %dbet, i64 %i64
  %2452 = load float, ptr %2451, align 4
  %2453 = mul nsw i64 %tau6, %H
  %2454 = getelementptr inbounds float, ptr %betah1, i64 %2453
  store float %2452, ptr %2454, align 4
  %i66 = or disjoint i64 %i60, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3122, ptr noundef nonnull align 4 dereferenceable(128) %gep3382, i64 128, i1 false)
  %tau7 = or disjoint i64 %tau4, 3
  %2455 = getelementptr inbounds float, ptr %dbet, i64 %i66
  %2456 = load float, ptr %2455, align 4
  %2457 = mul nsw i64 %tau7, %H
  %2458 = getelementptr inbounds float, ptr %betah1, i64 %2457
  store float %2456, ptr %2458, align 4
  %t4.next = or disjoint i64 %t4.addr.02753, 1
  %2459 = mul i64 %18, %t4.next
  %scevgep3122.1 = getelementptr i8, ptr %2186, i64 %2459
  %2460 = shl nuw nsw i64 %t4.next, 9
  %gep3382.1 = getelementptr i8, ptr %invariant.gep3381, i64 %2460
  %scevgep3120.1 = getelementptr i8, ptr %2187, i64 %2459
  %gep3384.1 = getelementptr i8, ptr %invariant.gep3383, i64 %2460
  %scevgep3118.1 = getelementptr i8, ptr %2188, i64 %2459
  %gep3386.1 = getelementptr i8, ptr %invariant.gep3385, i64 %2460
  %scevgep3116.1 = getelementptr i8, ptr %2189, i64 %2459
  %gep3388.1 = getelementptr i8, ptr %invariant.gep3387, i64 %2460
  %2461 = add nsw i64 %t4.next, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3116.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3388.1, i64 128, i1 false)
  %i60.1 = shl nsw i64 %t4.next, 2
  %tau4.1 = shl nsw i64 %2461, 2
  %2462 = getelementptr inbounds float, ptr %dbet, i64 %i60.1
  %2463 = load float, ptr %2462, align 4
  %2464 = mul nsw i64 %tau4.1, %H
  %2465 = getelementptr inbounds float, ptr %betah1, i64 %2464
  store float %2463, ptr %2465, align 4
  %i62.1 = or disjoint i64 %i60.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3386.1, i64 128, i1 false)
  %tau5.1 = or disjoint i64 %tau4.1, 1
  %2466 = getelementptr inbounds float, ptr %dbet, i64 %i62.1
  %2467 = load float, ptr %2466, align 4
  %2468 = mul nsw i64 %tau5.1, %H
  %2469 = getelementptr inbounds float, ptr %betah1, i64 %2468
  store float %2467, ptr %2469, align 4
  %i64.1 = or disjoint i64 %i60.1, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3384.1, i64 128, i1 false)
  %tau6.1 = or disjoint i64 %tau4.1, 2
  %2470 = getelementptr inbounds float, ptr %dbet, i64 %i64.1
  %2471 = load float, ptr %2470, align 4
  %2472 = mul nsw i64 %tau6.1, %H
  %2473 = getelementptr inbounds float, ptr %betah1, i64 %2472
  store float %2471, ptr %2473, align 4
  %i66.1 = or disjoint i64 %i60.1, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3122.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3382.1, i64 128, i1 false)
  %tau7.1 = or disjoint i64 %tau4.1, 3
  %2474 = getelementptr inbounds float, ptr %dbet, i64 %i66.1
  %2475 = load float, ptr %2474, align 4
  %2476 = mul nsw i64 %tau7.1, %H
  %2477 = getelementptr inbounds float, ptr %betah1, i64 %2476
  store float %2475, ptr %2477, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.02753, 2
  %niter3736.next.1 = add i64 %niter3736, 2
  %niter3736.ncmp.1 = icmp eq i64 %niter3736.next.1, %unroll_iter3735
  br i1 %niter3736.ncmp.1, label %i68.body.preheader.loopexit.unr-lcssa, label %t4.body

i68.body.preheader.loopexit.unr-lcssa:            ; preds = %t4.body, %t4.body.preheader
  %t4.addr.02753.unr = phi i64 [ 0, %t4.body.preheader ], [ %t4.next.1, %t4.body ]
  %lcmp.mod3734.not = icmp eq i64 %xtraiter3733, 0
  br i1 %lcmp.mod3734.not, label %i68.body.preheader, label %t4.body.epil

t4.body.epil:                                     ; preds = %i68.body.preheader.loopexit.unr-lcssa
  %2478 = mul i64 %18, %t4.addr.02753.unr
  %scevgep3122.epil = getelementptr i8, ptr %2186, i64 %2478
  %2479 = shl nuw nsw i64 %t4.addr.02753.unr, 9
  %gep3382.epil = getelementptr i8, ptr %invariant.gep3381, i64 %2479
  %scevgep3120.epil = getelementptr i8, ptr %2187, i64 %2478
  %gep3384.epil = getelementptr i8, ptr %invariant.gep3383, i64 %2479
  %scevgep3118.epil = getelementptr i8, ptr %2188, i64 %2478
  %gep3386.epil = getelementptr i8, ptr %invariant.gep3385, i64 %2479
  %scevgep3116.epil = getelementptr i8, ptr %2189, i64 %2478
  %gep3388.epil = getelementptr i8, ptr %invariant.gep3387, i64 %2479
  %2480 = add nsw i64 %t4.addr.02753.unr, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3116.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3388.epil, i64 128, i1 false)
  %i60.epil = shl nsw i64 %t4.addr.02753.unr, 2
  %tau4.epil = shl nsw i64 %2480, 2
  %2481 = getelementptr inbounds float, ptr %dbet, i64 %i60.epil
  %2482 = load float, ptr %2481, align 4
  %2483 = mul nsw i64 %tau4.epil, %H
  %2484 = getelementptr inbounds float, ptr %betah1, i64 %2483
  store float %2482, ptr %2484, align 4
  %i62.epil = or disjoint i64 %i60.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3118.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3386.epil, i64 128, i1 false)
  %tau5.epil = or disjoint i64 %tau4.epil, 1
  %2485 = getelementptr inbounds float, ptr %dbet, i64 %i62.epil
  %2486 = load float, ptr %2485, align 4
  %2487 = mul nsw i64 %tau5.epil, %H
  %2488 = getelementptr inbounds float, ptr %betah1, i64 %2487
  store float %2486, ptr %2488, align 4
  %i64.epil = or disjoint i64 %i60.epil, 2
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3120.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3384.epil, i64 128, i1 false)
  %tau6.epil = or disjoint i64 %tau4.epil, 2
  %2489 = getelementptr inbounds float, ptr %dbet, i64 %i64.epil
  %2490 = load float, ptr %2489, align 4
  %2491 = mul nsw i64 %tau6.epil, %H
  %2492 = getelementptr inbounds float, ptr %betah1, i64 %2491
  store float %2490, ptr %2492, align 4
  %i66.epil = or disjoint i64 %i60.epil, 3
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3122.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3382.epil, i64 128, i1 false)
  %tau7.epil = or disjoint i64 %tau4.epil, 3
  %2493 = getelementptr inbounds float, ptr %dbet, i64 %i66.epil
  %2494 = load float, ptr %2493, align 4
  %2495 = mul nsw i64 %tau7.epil, %H
  %2496 = getelementptr inbounds float, ptr %betah1, i64 %2495
  store float %2494, ptr %2496, align 4
  br label %i68.body.preheader

i68.body.preheader:                               ; preds = %t4.body.epil, %i68.body.preheader.loopexit.unr-lcssa, %t4.head.preheader
  br label %i68.body

i68.body:                                         ; preds = %i68.body.preheader, %p13.exit
  %i68.addr.02771 = phi i64 [ %i68.next, %p13.exit ], [ 0, %i68.body.preheader ]
  %2497 = shl nuw nsw i64 %i68.addr.02771, 6
  %2498 = or disjoint i64 %2497, 32
  %2499 = getelementptr inbounds float, ptr %work, i64 %2498
  %2500 = load <16 x float>, ptr %2499, align 4
  %2501 = or disjoint i64 %2497, 48
  %2502 = getelementptr inbounds float, ptr %work, i64 %2501
  %2503 = load <16 x float>, ptr %2502, align 4
  %2504 = or disjoint i64 %i68.addr.02771, 1
  %2505 = shl nuw nsw i64 %2504, 6
  %2506 = or disjoint i64 %2505, 32
  %2507 = getelementptr inbounds float, ptr %work, i64 %2506
  %2508 = load <16 x float>, ptr %2507, align 4
  %2509 = or disjoint i64 %2505, 48
  %2510 = getelementptr inbounds float, ptr %work, i64 %2509
  %2511 = load <16 x float>, ptr %2510, align 4
  %2512 = or disjoint i64 %i68.addr.02771, 2
  %2513 = shl nuw nsw i64 %2512, 6
  %2514 = or disjoint i64 %2513, 32
  %2515 = getelementptr inbounds float, ptr %work, i64 %2514
  %2516 = load <16 x float>, ptr %2515, align 4
  %2517 = or disjoint i64 %2513, 48
  %2518 = getelementptr inbounds float, ptr %work, i64 %2517
  %2519 = load <16 x float>, ptr %2518, align 4
  %2520 = or disjoint i64 %i68.addr.02771, 3
  %2521 = shl nuw nsw i64 %2520, 6
  %2522 = or disjoint i64 %2521, 32
  %2523 = getelementptr inbounds float, ptr %work, i64 %2522
  %2524 = load <16 x float>, ptr %2523, align 4
  %2525 = or disjoint i64 %2521, 48
  %2526 = getelementptr inbounds float, ptr %work, i64 %2525
  %2527 = load <16 x float>, ptr %2526, align 4
  %2528 = or disjoint i64 %i68.addr.02771, 4
  %2529 = shl nuw nsw i64 %2528, 6
  %2530 = or disjoint i64 %2529, 32
  %2531 = getelementptr inbounds float, ptr %work, i64 %2530
  %2532 = load <16 x float>, ptr %2531, align 4
  %2533 = or disjoint i64 %2529, 48
  %2534 = getelementptr inbounds float, ptr %work, i64 %2533
  %2535 = load <16 x float>, ptr %2534, align 4
  %2536 = or disjoint i64 %i68.addr.02771, 5
  %2537 = shl nuw nsw i64 %2536, 6
  %2538 = or disjoint i64 %2537, 32
  %2539 = getelementptr inbounds float, ptr %work, i64 %2538
  %2540 = load <16 x float>, ptr %2539, align 4
  %2541 = or disjoint i64 %2537, 48
  %2542 = getelementptr inbounds float, ptr %work, i64 %2541
  %2543 = load <16 x float>, ptr %2542, align 4
  %2544 = or disjoint i64 %i68.addr.02771, 6
  %2545 = shl nuw nsw i64 %2544, 6
  %2546 = or disjoint i64 %2545, 32
  %2547 = getelementptr inbounds float, ptr %work, i64 %2546
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = or disjoint i64 %2545, 48
  %2550 = getelementptr inbounds float, ptr %work, i64 %2549
  %2551 = load <16 x float>, ptr %2550, align 4
  %2552 = or disjoint i64 %i68.addr.02771, 7
  %2553 = shl nuw nsw i64 %2552, 6
  %2554 = or disjoint i64 %2553, 32
  %2555 = getelementptr inbounds float, ptr %work, i64 %2554
  %2556 = load <16 x float>, ptr %2555, align 4
  %2557 = or disjoint i64 %2553, 48
  %2558 = getelementptr inbounds float, ptr %work, i64 %2557
  %2559 = load <16 x float>, ptr %2558, align 4
  br label %p13.body

p13.body:                                         ; preds = %i68.body, %p13.body
  %p13.addr.02770 = phi i64 [ 0, %i68.body ], [ %p13.next, %p13.body ]
  %acc135.02769 = phi <16 x float> [ %2559, %i68.body ], [ %2621, %p13.body ]
  %acc134.02768 = phi <16 x float> [ %2556, %i68.body ], [ %2620, %p13.body ]
  %acc133.02767 = phi <16 x float> [ %2551, %i68.body ], [ %2614, %p13.body ]
  %acc132.02766 = phi <16 x float> [ %2548, %i68.body ], [ %2613, %p13.body ]
  %acc131.02765 = phi <16 x float> [ %2543, %i68.body ], [ %2607, %p13.body ]
  %acc130.02764 = phi <16 x float> [ %2540, %i68.body ], [ %2606, %p13.body ]
  %acc129.02763 = phi <16 x float> [ %2535, %i68.body ], [ %2600, %p13.body ]
  %acc128.02762 = phi <16 x float> [ %2532, %i68.body ], [ %2599, %p13.body ]
  %acc127.02761 = phi <16 x float> [ %2527, %i68.body ], [ %2593, %p13.body ]
  %acc126.02760 = phi <16 x float> [ %2524, %i68.body ], [ %2592, %p13.body ]
  %acc125.02759 = phi <16 x float> [ %2519, %i68.body ], [ %2586, %p13.body ]
  %acc124.02758 = phi <16 x float> [ %2516, %i68.body ], [ %2585, %p13.body ]
  %acc123.02757 = phi <16 x float> [ %2511, %i68.body ], [ %2579, %p13.body ]
  %acc122.02756 = phi <16 x float> [ %2508, %i68.body ], [ %2578, %p13.body ]
  %acc121.02755 = phi <16 x float> [ %2503, %i68.body ], [ %2572, %p13.body ]
  %acc120.02754 = phi <16 x float> [ %2500, %i68.body ], [ %2571, %p13.body ]
  %2560 = shl nuw nsw i64 %p13.addr.02770, 5
  %2561 = getelementptr inbounds float, ptr %OY, i64 %2560
  %2562 = load <16 x float>, ptr %2561, align 4
  %2563 = or disjoint i64 %2560, 16
  %2564 = getelementptr inbounds float, ptr %OY, i64 %2563
  %2565 = load <16 x float>, ptr %2564, align 4
  %2566 = or disjoint i64 %2560, %i68.addr.02771
  %2567 = getelementptr inbounds float, ptr %QK, i64 %2566
  %2568 = load float, ptr %2567, align 4
  %2569 = insertelement <16 x float> poison, float %2568, i64 0
  %2570 = shufflevector <16 x float> %2569, <16 x float> poison, <16 x i32> zeroinitializer
  %2571 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2570, <16 x float> %2562, <16 x float> %acc120.02754)
  %2572 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2570, <16 x float> %2565, <16 x float> %acc121.02755)
  %2573 = or disjoint i64 %2560, %2504
  %2574 = getelementptr inbounds float, ptr %QK, i64 %2573
  %2575 = load float, ptr %2574, align 4
  %2576 = insertelement <16 x float> poison, float %2575, i64 0
  %2577 = shufflevector <16 x float> %2576, <16 x float> poison, <16 x i32> zeroinitializer
  %2578 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2577, <16 x float> %2562, <16 x float> %acc122.02756)
  %2579 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2577, <16 x float> %2565, <16 x float> %acc123.02757)
  %2580 = or disjoint i64 %2560, %2512
  %2581 = getelementptr inbounds float, ptr %QK, i64 %2580
  %2582 = load float, ptr %2581, align 4
  %2583 = insertelement <16 x float> poison, float %2582, i64 0
  %2584 = shufflevector <16 x float> %2583, <16 x float> poison, <16 x i32> zeroinitializer
  %2585 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2584, <16 x float> %2562, <16 x float> %acc124.02758)
  %2586 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2584, <16 x float> %2565, <16 x float> %acc125.02759)
  %2587 = or disjoint i64 %2560, %2520
  %2588 = getelementptr inbounds float, ptr %QK, i64 %2587
  %2589 = load float, ptr %2588, align 4
  %2590 = insertelement <16 x float> poison, float %2589, i64 0
  %2591 = shufflevector <16 x float> %2590, <16 x float> poison, <16 x i32> zeroinitializer
  %2592 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2591, <16 x float> %2562, <16 x float> %acc126.02760)
  %2593 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2591, <16 x float> %2565, <16 x float> %acc127.02761)
  %2594 = or disjoint i64 %2560, %2528
  %2595 = getelementptr inbounds float, ptr %QK, i64 %2594
  %2596 = load float, ptr %2595, align 4
  %2597 = insertelement <16 x float> poison, float %2596, i64 0
  %2598 = shufflevector <16 x float> %2597, <16 x float> poison, <16 x i32> zeroinitializer
  %2599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2598, <16 x float> %2562, <16 x float> %acc128.02762)
  %2600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2598, <16 x float> %2565, <16 x float> %acc129.02763)
  %2601 = or disjoint i64 %2560, %2536
  %2602 = getelementptr inbounds float, ptr %QK, i64 %2601
  %2603 = load float, ptr %2602, align 4
  %2604 = insertelement <16 x float> poison, float %2603, i64 0
  %2605 = shufflevector <16 x float> %2604, <16 x float> poison, <16 x i32> zeroinitializer
  %2606 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2605, <16 x float> %2562, <16 x float> %acc130.02764)
  %2607 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2605, <16 x float> %2565, <16 x float> %acc131.02765)
  %2608 = or disjoint i64 %2560, %2544
  %2609 = getelementptr inbounds float, ptr %QK, i64 %2608
  %2610 = load float, ptr %2609, align 4
  %2611 = insertelement <16 x float> poison, float %2610, i64 0
  %2612 = shufflevector <16 x float> %2611, <16 x float> poison, <16 x i32> zeroinitializer
  %2613 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2612, <16 x float> %2562, <16 x float> %acc132.02766)
  %2614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2612, <16 x float> %2565, <16 x float> %acc133.02767)
  %2615 = or disjoint i64 %2560, %2552
  %2616 = getelementptr inbounds float, ptr %QK, i64 %2615
  %2617 = load float, ptr %2616, align 4
  %2618 = insertelement <16 x float> poison, float %2617, i64 0
  %2619 = shufflevector <16 x float> %2618, <16 x float> poison, <16 x i32> zeroinitializer
  %2620 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2562, <16 x float> %acc134.02768)
  %2621 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2619, <16 x float> %2565, <16 x float> %acc135.02769)
  %p13.next = add nuw nsw i64 %p13.addr.02770, 1
  %exitcond3127.not = icmp eq i64 %p13.next, 320
  br i1 %exitcond3127.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  store <16 x float> %2571, ptr %2499, align 4
  store <16 x float> %2572, ptr %2502, align 4
  store <16 x float> %2578, ptr %2507, align 4
  store <16 x float> %2579, ptr %2510, align 4
  store <16 x float> %2585, ptr %2515, align 4
  store <16 x float> %2586, ptr %2518, align 4
  store <16 x float> %2592, ptr %2523, align 4
  store <16 x float> %2593, ptr %2526, align 4
  store <16 x float> %2599, ptr %2531, align 4
  store <16 x float> %2600, ptr %2534, align 4
  store <16 x float> %2606, ptr %2539, align 4
  store <16 x float> %2607, ptr %2542, align 4
  store <16 x float> %2613, ptr %2547, align 4
  store <16 x float> %2614, ptr %2550, align 4
  store <16 x float> %2620, ptr %2555, align 4
  store <16 x float> %2621, ptr %2558, align 4
  %i68.next = add nuw nsw i64 %i68.addr.02771, 8
  %2622 = icmp ult i64 %i68.addr.02771, 24
  br i1 %2622, label %i68.body, label %i69.body

i69.head.loopexit:                                ; preds = %p14.exit
  %2623 = icmp ult i64 %i69.addr.02784, 248
  br i1 %2623, label %i69.body, label %t5.body

i69.body:                                         ; preds = %p13.exit, %i69.head.loopexit
  %i69.addr.02784 = phi i64 [ %2624, %i69.head.loopexit ], [ 0, %p13.exit ]
  %2624 = add nuw nsw i64 %i69.addr.02784, 8
  %2625 = mul nuw nsw i64 %i69.addr.02784, 384
  %2626 = or disjoint i64 %2625, 128
  %2627 = getelementptr inbounds float, ptr %Ak, i64 %2626
  %2628 = or disjoint i64 %2625, 512
  %2629 = getelementptr inbounds float, ptr %Ak, i64 %2628
  %2630 = or disjoint i64 %2625, 896
  %2631 = getelementptr inbounds float, ptr %Ak, i64 %2630
  %.idx2515 = mul nuw nsw i64 %i69.addr.02784, 1536
  %2632 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2515
  %2633 = getelementptr inbounds i8, ptr %2632, i64 5120
  %2634 = getelementptr inbounds i8, ptr %2632, i64 6656
  %2635 = getelementptr inbounds i8, ptr %2632, i64 8192
  %2636 = getelementptr inbounds i8, ptr %2632, i64 9728
  %2637 = getelementptr inbounds i8, ptr %2632, i64 11264
  %.idx3153 = shl nsw i64 %i69.addr.02784, 7
  %invariant.gep3389 = getelementptr inbounds i8, ptr %OY, i64 %.idx3153
  br label %p14.head.preheader

p14.head.preheader:                               ; preds = %i69.body, %p14.exit
  %j44.addr.02783 = phi i64 [ 0, %i69.body ], [ %j44.next, %p14.exit ]
  %invariant.gep2772 = getelementptr inbounds float, ptr %VnT, i64 %j44.addr.02783
  br label %p14.body

p14.body:                                         ; preds = %p14.head.preheader, %p14.body
  %p14.addr.02782 = phi i64 [ 0, %p14.head.preheader ], [ %p14.next, %p14.body ]
  %acc143.02781 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2678, %p14.body ]
  %acc142.02780 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2673, %p14.body ]
  %acc141.02779 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2668, %p14.body ]
  %acc140.02778 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2663, %p14.body ]
  %acc139.02777 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2658, %p14.body ]
  %acc138.02776 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2653, %p14.body ]
  %acc137.02775 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2648, %p14.body ]
  %acc136.02774 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2643, %p14.body ]
  %.idx2520 = shl nuw nsw i64 %p14.addr.02782, 10
  %gep2773 = getelementptr inbounds i8, ptr %invariant.gep2772, i64 %.idx2520
  %2638 = load <16 x float>, ptr %gep2773, align 4
  %gep3390 = getelementptr inbounds float, ptr %invariant.gep3389, i64 %p14.addr.02782
  %2639 = getelementptr inbounds i8, ptr %gep3390, i64 8192
  %2640 = load float, ptr %2639, align 4
  %2641 = insertelement <16 x float> poison, float %2640, i64 0
  %2642 = shufflevector <16 x float> %2641, <16 x float> poison, <16 x i32> zeroinitializer
  %2643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2642, <16 x float> %2638, <16 x float> %acc136.02774)
  %2644 = getelementptr inbounds i8, ptr %gep3390, i64 8320
  %2645 = load float, ptr %2644, align 4
  %2646 = insertelement <16 x float> poison, float %2645, i64 0
  %2647 = shufflevector <16 x float> %2646, <16 x float> poison, <16 x i32> zeroinitializer
  %2648 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2647, <16 x float> %2638, <16 x float> %acc137.02775)
  %2649 = getelementptr inbounds i8, ptr %gep3390, i64 8448
  %2650 = load float, ptr %2649, align 4
  %2651 = insertelement <16 x float> poison, float %2650, i64 0
  %2652 = shufflevector <16 x float> %2651, <16 x float> poison, <16 x i32> zeroinitializer
  %2653 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2652, <16 x float> %2638, <16 x float> %acc138.02776)
  %2654 = getelementptr inbounds i8, ptr %gep3390, i64 8576
  %2655 = load float, ptr %2654, align 4
  %2656 = insertelement <16 x float> poison, float %2655, i64 0
  %2657 = shufflevector <16 x float> %2656, <16 x float> poison, <16 x i32> zeroinitializer
  %2658 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2657, <16 x float> %2638, <16 x float> %acc139.02777)
  %2659 = getelementptr inbounds i8, ptr %gep3390, i64 8704
  %2660 = load float, ptr %2659, align 4
  %2661 = insertelement <16 x float> poison, float %2660, i64 0
  %2662 = shufflevector <16 x float> %2661, <16 x float> poison, <16 x i32> zeroinitializer
  %2663 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2662, <16 x float> %2638, <16 x float> %acc140.02778)
  %2664 = getelementptr inbounds i8, ptr %gep3390, i64 8832
  %2665 = load float, ptr %2664, align 4
  %2666 = insertelement <16 x float> poison, float %2665, i64 0
  %2667 = shufflevector <16 x float> %2666, <16 x float> poison, <16 x i32> zeroinitializer
  %2668 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2667, <16 x float> %2638, <16 x float> %acc141.02779)
  %2669 = getelementptr inbounds i8, ptr %gep3390, i64 8960
  %2670 = load float, ptr %2669, align 4
  %2671 = insertelement <16 x float> poison, float %2670, i64 0
  %2672 = shufflevector <16 x float> %2671, <16 x float> poison, <16 x i32> zeroinitializer
  %2673 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2672, <16 x float> %2638, <16 x float> %acc142.02780)
  %2674 = getelementptr inbounds i8, ptr %gep3390, i64 9088
  %2675 = load float, ptr %2674, align 4
  %2676 = insertelement <16 x float> poison, float %2675, i64 0
  %2677 = shufflevector <16 x float> %2676, <16 x float> poison, <16 x i32> zeroinitializer
  %2678 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2677, <16 x float> %2638, <16 x float> %acc143.02781)
  %p14.next = add nuw nsw i64 %p14.addr.02782, 1
  %exitcond3128.not = icmp eq i64 %p14.next, 32
  br i1 %exitcond3128.not, label %p14.exit, label %p14.body

p14.exit:                                         ; preds = %p14.body
  %2679 = getelementptr inbounds float, ptr %2627, i64 %j44.addr.02783
  store <16 x float> %2643, ptr %2679, align 4
  %2680 = getelementptr inbounds float, ptr %2629, i64 %j44.addr.02783
  store <16 x float> %2648, ptr %2680, align 4
  %2681 = getelementptr inbounds float, ptr %2631, i64 %j44.addr.02783
  store <16 x float> %2653, ptr %2681, align 4
  %2682 = getelementptr inbounds float, ptr %2633, i64 %j44.addr.02783
  store <16 x float> %2658, ptr %2682, align 4
  %2683 = getelementptr inbounds float, ptr %2634, i64 %j44.addr.02783
  store <16 x float> %2663, ptr %2683, align 4
  %2684 = getelementptr inbounds float, ptr %2635, i64 %j44.addr.02783
  store <16 x float> %2668, ptr %2684, align 4
  %2685 = getelementptr inbounds float, ptr %2636, i64 %j44.addr.02783
  store <16 x float> %2673, ptr %2685, align 4
  %2686 = getelementptr inbounds float, ptr %2637, i64 %j44.addr.02783
  store <16 x float> %2678, ptr %2686, align 4
  %j44.next = add nuw nsw i64 %j44.addr.02783, 16
  %2687 = icmp ult i64 %j44.next, %2624
  br i1 %2687, label %p14.head.preheader, label %i69.head.loopexit

i74.head.preheader:                               ; preds = %j48.exit
  %2688 = shl nsw i64 %L, 2
  %2689 = shl nsw i64 %ci, 8
  br label %p15.head.preheader

t5.body:                                          ; preds = %i69.head.loopexit, %j48.exit
  %indvars.iv3136 = phi i64 [ %indvars.iv.next3137, %j48.exit ], [ 2, %i69.head.loopexit ]
  %indvars.iv3133 = phi i64 [ %indvars.iv.next3134, %j48.exit ], [ 1, %i69.head.loopexit ]
  %indvars.iv3129 = phi i64 [ %indvars.iv.next3130, %j48.exit ], [ 0, %i69.head.loopexit ]
  %t5.addr.02809 = phi i64 [ %t5.next, %j48.exit ], [ 0, %i69.head.loopexit ]
  %2690 = shl nuw nsw i64 %t5.addr.02809, 2
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv3129, i64 1)
  %i70 = shl nuw nsw i64 %t5.addr.02809, 2
  %invariant.gep2787 = getelementptr float, ptr %invariant.gep2785, i64 %i70
  %.not2894 = icmp eq i64 %t5.addr.02809, 0
  br i1 %.not2894, label %j45.exit, label %j45.body.lr.ph

j45.body.lr.ph:                                   ; preds = %t5.body
  %2691 = mul nuw nsw i64 %t5.addr.02809, 1536
  %2692 = or disjoint i64 %2691, 128
  %2693 = getelementptr inbounds float, ptr %Ak, i64 %2692
  %xtraiter3737 = and i64 %umax, 5
  %2694 = icmp ult i64 %indvars.iv3129, 8
  br i1 %2694, label %j45.exit.loopexit.unr-lcssa, label %j45.body.lr.ph.new

j45.body.lr.ph.new:                               ; preds = %j45.body.lr.ph
  %unroll_iter3739 = and i64 %umax, 9223372036854775800
  br label %j45.body

j45.body:                                         ; preds = %j45.body, %j45.body.lr.ph.new
  %j45.addr.02789 = phi i64 [ 0, %j45.body.lr.ph.new ], [ %j45.next.7, %j45.body ]
  %niter3740 = phi i64 [ 0, %j45.body.lr.ph.new ], [ %niter3740.next.7, %j45.body ]
  %2695 = getelementptr inbounds float, ptr %2693, i64 %j45.addr.02789
  %2696 = load float, ptr %2695, align 4
  %2697 = fneg float %2696
  store float %2697, ptr %2695, align 4
  %.idx2514 = mul nuw nsw i64 %j45.addr.02789, 1536
  %gep2788 = getelementptr i8, ptr %invariant.gep2787, i64 %.idx2514
  store float %2697, ptr %gep2788, align 4
  %j45.next = or disjoint i64 %j45.addr.02789, 1
  %2698 = getelementptr inbounds float, ptr %2693, i64 %j45.next
  %2699 = load float, ptr %2698, align 4
  %2700 = fneg float %2699
  store float %2700, ptr %2698, align 4
  %.idx2514.1 = mul nuw nsw i64 %j45.next, 1536
  %gep2788.1 = getelementptr i8, ptr %invariant.gep2787, i64 %.idx2514.1
  store float %2700, ptr %gep2788.1, align 4
  %j45.next.1 = or disjoint i64 %j45.addr.02789, 2
  %2701 = getelementptr inbounds float, ptr %2693, i64 %j45.next.1
  %2702 = load float, ptr %2701, align 4
  %2703 = fneg float %2702
  store float %2703, ptr %2701, align 4
  %.idx2514.2 = mul nuw nsw i64 %j45.next.1, 1536
  %gep2788.2 = getelementptr i8, ptr %invariant.gep2787, i64 %.idx2514.2
  store float %2703, ptr %gep2788.2, align 4
  %j45.next.2 = or disjoint i64 %j45.addr.02789, 3
  %2704 = getelementptr inbounds float, ptr %2693, i64 %j45.next.2
  %2705 = load float, ptr %2704, align 4
  %2706 = fneg float %2705
  store float %2706, ptr %2704, align 4
  %.idx2514.3 = mul nuw nsw i64 %j45.next.2, 1536
  %gep2788.3 = getelementptr i8, ptr %invariant.gep2787, i64 %.idx2514.3
  store float %2706, ptr %gep2788.3, align 4
  %j45.next.3 = or disjoint i64 %j45.addr.02789, 4
  %2707 = getelementptr inbounds float, ptr %2693, i64 %j45.next.3
  %2708 = load float, ptr %2707, align 4
  %2709 = fneg float %2708
  store float %2709, ptr %2707, align 4
  %.idx2514.4 = mul nuw nsw i64 %j45.next.3, 1536
  %gep2788.4 = getelementptr i8, ptr %invariant.gep2787, i64 %.idx2514.4
  store float %2709, ptr %gep2788.4, align 4
  %j45.next.4 = or disjoint i64 %j45.addr.02789, 5
  %2710 = getelementptr inbounds float, ptr %2693, i64 %j45.next.4
  %2711 = load float, ptr %2710, align 4
  %2712 = fneg float %2711
  store float %2712, ptr %2710, align 4
  %.idx2514.5 = mul nuw nsw i64 %j45.next.4, 1536
  %gep2788.5 = getelementptr i8, ptr %invariant.gep2787, i64 %.idx2514.5
  store float %2712, ptr %gep2788.5, align 4
  %j45.next.5 = or disjoint i64 %j45.addr.02789, 6
  %2713 = getelementptr inbounds float, ptr %2693, i64 %j45.next.5
  %2714 = load float, ptr %2713, align 4
  %2715 = fneg float %2714
  store float %2715, ptr %2713, align 4
  %.idx2514.6 = mul nuw nsw i64 %j45.next.5, 1536
  %gep2788.6 = getelementptr i8, ptr %invariant.gep2787, i64 %.idx2514.6
  store float %2715, ptr %gep2788.6, align 4
  %j45.next.6 = or disjoint i64 %j45.addr.02789, 7
  %2716 = getelementptr inbounds float, ptr %2693, i64 %j45.next.6
  %2717 = load float, ptr %2716, align 4
  %2718 = fneg float %2717
  store float %2718, ptr %2716, align 4
  %.idx2514.7 = mul nuw nsw i64 %j45.next.6, 1536
  %gep2788.7 = getelementptr i8, ptr %invariant.gep2787, i64 %.idx2514.7
  store float %2718, ptr %gep2788.7, align 4
  %j45.next.7 = add nuw nsw i64 %j45.addr.02789, 8
  %niter3740.next.7 = add i64 %niter3740, 8
  %niter3740.ncmp.7 = icmp eq i64 %niter3740.next.7, %unroll_iter3739
  br i1 %niter3740.ncmp.7, label %j45.exit.loopexit.unr-lcssa, label %j45.body

j45.exit.loopexit.unr-lcssa:                      ; preds = %j45.body, %j45.body.lr.ph
  %j45.addr.02789.unr = phi i64 [ 0, %j45.body.lr.ph ], [ %j45.next.7, %j45.body ]
  %lcmp.mod3738.not = icmp eq i64 %xtraiter3737, 0
  br i1 %lcmp.mod3738.not, label %j45.exit, label %j45.body.epil

j45.body.epil:                                    ; preds = %j45.exit.loopexit.unr-lcssa, %j45.body.epil
  %j45.addr.02789.epil = phi i64 [ %j45.next.epil, %j45.body.epil ], [ %j45.addr.02789.unr, %j45.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j45.body.epil ], [ 0, %j45.exit.loopexit.unr-lcssa ]
  %2719 = getelementptr inbounds float, ptr %2693, i64 %j45.addr.02789.epil
  %2720 = load float, ptr %2719, align 4
  %2721 = fneg float %2720
  store float %2721, ptr %2719, align 4
  %.idx2514.epil = mul nuw nsw i64 %j45.addr.02789.epil, 1536
  %gep2788.epil = getelementptr i8, ptr %invariant.gep2787, i64 %.idx2514.epil
  store float %2721, ptr %gep2788.epil, align 4
  %j45.next.epil = add nuw nsw i64 %j45.addr.02789.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3737
  br i1 %epil.iter.cmp.not, label %j45.exit, label %j45.body.epil, !llvm.loop !0

j45.exit:                                         ; preds = %j45.exit.loopexit.unr-lcssa, %j45.body.epil, %t5.body
  %.pre-phi3148 = phi i64 [ 128, %t5.body ], [ %2692, %j45.body.epil ], [ %2692, %j45.exit.loopexit.unr-lcssa ]
  %2722 = getelementptr inbounds float, ptr %Ak, i64 %.pre-phi3148
  %2723 = getelementptr inbounds float, ptr %2722, i64 %i70
  store float 0.000000e+00, ptr %2723, align 4
  %i71 = or disjoint i64 %i70, 1
  %.idx2512 = mul nuw nsw i64 %i71, 1536
  %gep2806 = getelementptr inbounds i8, ptr %invariant.gep2785, i64 %.idx2512
  %invariant.gep2792 = getelementptr float, ptr %invariant.gep2785, i64 %i71
  %xtraiter3741 = and i64 %indvars.iv3133, 7
  %2724 = icmp ult i64 %indvars.iv3129, 7
  br i1 %2724, label %j46.exit.unr-lcssa, label %j45.exit.new

j45.exit.new:                                     ; preds = %j45.exit
  %unroll_iter3744 = and i64 %indvars.iv3133, 9223372036854775800
  br label %j46.body

j46.body:                                         ; preds = %j46.body, %j45.exit.new
  %j46.addr.02794 = phi i64 [ 0, %j45.exit.new ], [ %j46.next.7, %j46.body ]
  %niter3745 = phi i64 [ 0, %j45.exit.new ], [ %niter3745.next.7, %j46.body ]
  %2725 = getelementptr inbounds float, ptr %gep2806, i64 %j46.addr.02794
  %2726 = load float, ptr %2725, align 4
  %2727 = fneg float %2726
  store float %2727, ptr %2725, align 4
  %.idx2513 = mul nuw nsw i64 %j46.addr.02794, 1536
  %gep2793 = getelementptr i8, ptr %invariant.gep2792, i64 %.idx2513
  store float %2727, ptr %gep2793, align 4
  %j46.next = or disjoint i64 %j46.addr.02794, 1
  %2728 = getelementptr inbounds float, ptr %gep2806, i64 %j46.next
  %2729 = load float, ptr %2728, align 4
  %2730 = fneg float %2729
  store float %2730, ptr %2728, align 4
  %.idx2513.1 = mul nuw nsw i64 %j46.next, 1536
  %gep2793.1 = getelementptr i8, ptr %invariant.gep2792, i64 %.idx2513.1
  store float %2730, ptr %gep2793.1, align 4
  %j46.next.1 = or disjoint i64 %j46.addr.02794, 2
  %2731 = getelementptr inbounds float, ptr %gep2806, i64 %j46.next.1
  %2732 = load float, ptr %2731, align 4
  %2733 = fneg float %2732
  store float %2733, ptr %2731, align 4
  %.idx2513.2 = mul nuw nsw i64 %j46.next.1, 1536
  %gep2793.2 = getelementptr i8, ptr %invariant.gep2792, i64 %.idx2513.2
  store float %2733, ptr %gep2793.2, align 4
  %j46.next.2 = or disjoint i64 %j46.addr.02794, 3
  %2734 = getelementptr inbounds float, ptr %gep2806, i64 %j46.next.2
  %2735 = load float, ptr %2734, align 4
  %2736 = fneg float %2735
  store float %2736, ptr %2734, align 4
  %.idx2513.3 = mul nuw nsw i64 %j46.next.2, 1536
  %gep2793.3 = getelementptr i8, ptr %invariant.gep2792, i64 %.idx2513.3
  store float %2736, ptr %gep2793.3, align 4
  %j46.next.3 = or disjoint i64 %j46.addr.02794, 4
  %2737 = getelementptr inbounds float, ptr %gep2806, i64 %j46.next.3
  %2738 = load float, ptr %2737, align 4
  %2739 = fneg float %2738
  store float %2739, ptr %2737, align 4
  %.idx2513.4 = mul nuw nsw i64 %j46.next.3, 1536
  %gep2793.4 = getelementptr i8, ptr %invariant.gep2792, i64 %.idx2513.4
  store float %2739, ptr %gep2793.4, align 4
  %j46.next.4 = or disjoint i64 %j46.addr.02794, 5
  %2740 = getelementptr inbounds float, ptr %gep2806, i64 %j46.next.4
  %2741 = load float, ptr %2740, align 4
  %2742 = fneg float %2741
  store float %2742, ptr %2740, align 4
  %.idx2513.5 = mul nuw nsw i64 %j46.next.4, 1536
  %gep2793.5 = getelementptr i8, ptr %invariant.gep2792, i64 %.idx2513.5
  store float %2742, ptr %gep2793.5, align 4
  %j46.next.5 = or disjoint i64 %j46.addr.02794, 6
  %2743 = getelementptr inbounds float, ptr %gep2806, i64 %j46.next.5
  %2744 = load float, ptr %2743, align 4
  %2745 = fneg float %2744
  store float %2745, ptr %2743, align 4
  %.idx2513.6 = mul nuw nsw i64 %j46.next.5, 1536
  %gep2793.6 = getelementptr i8, ptr %invariant.gep2792, i64 %.idx2513.6
  store float %2745, ptr %gep2793.6, align 4
  %j46.next.6 = or disjoint i64 %j46.addr.02794, 7
  %2746 = getelementptr inbounds float, ptr %gep2806, i64 %j46.next.6
  %2747 = load float, ptr %2746, align 4
  %2748 = fneg float %2747
  store float %2748, ptr %2746, align 4
  %.idx2513.7 = mul nuw nsw i64 %j46.next.6, 1536
  %gep2793.7 = getelementptr i8, ptr %invariant.gep2792, i64 %.idx2513.7
  store float %2748, ptr %gep2793.7, align 4
  %j46.next.7 = add nuw nsw i64 %j46.addr.02794, 8
  %niter3745.next.7 = add i64 %niter3745, 8
  %niter3745.ncmp.7 = icmp eq i64 %niter3745.next.7, %unroll_iter3744
  br i1 %niter3745.ncmp.7, label %j46.exit.unr-lcssa, label %j46.body

j46.exit.unr-lcssa:                               ; preds = %j46.body, %j45.exit
  %j46.addr.02794.unr = phi i64 [ 0, %j45.exit ], [ %j46.next.7, %j46.body ]
  %lcmp.mod3743.not = icmp eq i64 %xtraiter3741, 0
  br i1 %lcmp.mod3743.not, label %j46.exit, label %j46.body.epil

j46.body.epil:                                    ; preds = %j46.exit.unr-lcssa, %j46.body.epil
  %j46.addr.02794.epil = phi i64 [ %j46.next.epil, %j46.body.epil ], [ %j46.addr.02794.unr, %j46.exit.unr-lcssa ]
  %epil.iter3742 = phi i64 [ %epil.iter3742.next, %j46.body.epil ], [ 0, %j46.exit.unr-lcssa ]
  %2749 = getelementptr inbounds float, ptr %gep2806, i64 %j46.addr.02794.epil
  %2750 = load float, ptr %2749, align 4
  %2751 = fneg float %2750
  store float %2751, ptr %2749, align 4
  %.idx2513.epil = mul nuw nsw i64 %j46.addr.02794.epil, 1536
  %gep2793.epil = getelementptr i8, ptr %invariant.gep2792, i64 %.idx2513.epil
  store float %2751, ptr %gep2793.epil, align 4
  %j46.next.epil = add nuw nsw i64 %j46.addr.02794.epil, 1
  %epil.iter3742.next = add i64 %epil.iter3742, 1
  %epil.iter3742.cmp.not = icmp eq i64 %epil.iter3742.next, %xtraiter3741
  br i1 %epil.iter3742.cmp.not, label %j46.exit, label %j46.body.epil, !llvm.loop !2

j46.exit:                                         ; preds = %j46.body.epil, %j46.exit.unr-lcssa
  %gep3392 = getelementptr inbounds i8, ptr %invariant.gep3391, i64 %.idx2512
  %2752 = getelementptr inbounds float, ptr %gep3392, i64 %i71
  store float 0.000000e+00, ptr %2752, align 4
  %i72 = or disjoint i64 %i70, 2
  %2753 = mul nuw nsw i64 %i72, 384
  %2754 = or disjoint i64 %2753, 128
  %2755 = getelementptr inbounds float, ptr %Ak, i64 %2754
  %invariant.gep2797 = getelementptr float, ptr %invariant.gep2785, i64 %i72
  %xtraiter3746 = and i64 %indvars.iv3136, 6
  %2756 = icmp ult i64 %indvars.iv3133, 7
  br i1 %2756, label %j47.exit.unr-lcssa, label %j46.exit.new

j46.exit.new:                                     ; preds = %j46.exit
  %unroll_iter3749 = and i64 %indvars.iv3136, 9223372036854775800
  br label %j47.body

j47.body:                                         ; preds = %j47.body, %j46.exit.new
  %j47.addr.02799 = phi i64 [ 0, %j46.exit.new ], [ %j47.next.7, %j47.body ]
  %niter3750 = phi i64 [ 0, %j46.exit.new ], [ %niter3750.next.7, %j47.body ]
  %2757 = getelementptr inbounds float, ptr %2755, i64 %j47.addr.02799
  %2758 = load float, ptr %2757, align 4
  %2759 = fneg float %2758
  store float %2759, ptr %2757, align 4
  %.idx2511 = mul nuw nsw i64 %j47.addr.02799, 1536
  %gep2798 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2511
  store float %2759, ptr %gep2798, align 4
  %j47.next = or disjoint i64 %j47.addr.02799, 1
  %2760 = getelementptr inbounds float, ptr %2755, i64 %j47.next
  %2761 = load float, ptr %2760, align 4
  %2762 = fneg float %2761
  store float %2762, ptr %2760, align 4
  %.idx2511.1 = mul nuw nsw i64 %j47.next, 1536
  %gep2798.1 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2511.1
  store float %2762, ptr %gep2798.1, align 4
  %j47.next.1 = or disjoint i64 %j47.addr.02799, 2
  %2763 = getelementptr inbounds float, ptr %2755, i64 %j47.next.1
  %2764 = load float, ptr %2763, align 4
  %2765 = fneg float %2764
  store float %2765, ptr %2763, align 4
  %.idx2511.2 = mul nuw nsw i64 %j47.next.1, 1536
  %gep2798.2 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2511.2
  store float %2765, ptr %gep2798.2, align 4
  %j47.next.2 = or disjoint i64 %j47.addr.02799, 3
  %2766 = getelementptr inbounds float, ptr %2755, i64 %j47.next.2
  %2767 = load float, ptr %2766, align 4
  %2768 = fneg float %2767
  store float %2768, ptr %2766, align 4
  %.idx2511.3 = mul nuw nsw i64 %j47.next.2, 1536
  %gep2798.3 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2511.3
  store float %2768, ptr %gep2798.3, align 4
  %j47.next.3 = or disjoint i64 %j47.addr.02799, 4
  %2769 = getelementptr inbounds float, ptr %2755, i64 %j47.next.3
  %2770 = load float, ptr %2769, align 4
  %2771 = fneg float %2770
  store float %2771, ptr %2769, align 4
  %.idx2511.4 = mul nuw nsw i64 %j47.next.3, 1536
  %gep2798.4 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2511.4
  store float %2771, ptr %gep2798.4, align 4
  %j47.next.4 = or disjoint i64 %j47.addr.02799, 5
  %2772 = getelementptr inbounds float, ptr %2755, i64 %j47.next.4
  %2773 = load float, ptr %2772, align 4
  %2774 = fneg float %2773
  store float %2774, ptr %2772, align 4
  %.idx2511.5 = mul nuw nsw i64 %j47.next.4, 1536
  %gep2798.5 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2511.5
  store float %2774, ptr %gep2798.5, align 4
  %j47.next.5 = or disjoint i64 %j47.addr.02799, 6
  %2775 = getelementptr inbounds float, ptr %2755, i64 %j47.next.5
  %2776 = load float, ptr %2775, align 4
  %2777 = fneg float %2776
  store float %2777, ptr %2775, align 4
  %.idx2511.6 = mul nuw nsw i64 %j47.next.5, 1536
  %gep2798.6 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2511.6
  store float %2777, ptr %gep2798.6, align 4
  %j47.next.6 = or disjoint i64 %j47.addr.02799, 7
  %2778 = getelementptr inbounds float, ptr %2755, i64 %j47.next.6
  %2779 = load float, ptr %2778, align 4
  %2780 = fneg float %2779
  store float %2780, ptr %2778, align 4
  %.idx2511.7 = mul nuw nsw i64 %j47.next.6, 1536
  %gep2798.7 = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2511.7
  store float %2780, ptr %gep2798.7, align 4
  %j47.next.7 = add nuw nsw i64 %j47.addr.02799, 8
  %niter3750.next.7 = add i64 %niter3750, 8
  %niter3750.ncmp.7 = icmp eq i64 %niter3750.next.7, %unroll_iter3749
  br i1 %niter3750.ncmp.7, label %j47.exit.unr-lcssa, label %j47.body

j47.exit.unr-lcssa:                               ; preds = %j47.body, %j46.exit
  %j47.addr.02799.unr = phi i64 [ 0, %j46.exit ], [ %j47.next.7, %j47.body ]
  %lcmp.mod3748.not = icmp eq i64 %xtraiter3746, 0
  br i1 %lcmp.mod3748.not, label %j47.exit, label %j47.body.epil

j47.body.epil:                                    ; preds = %j47.exit.unr-lcssa, %j47.body.epil
  %j47.addr.02799.epil = phi i64 [ %j47.next.epil, %j47.body.epil ], [ %j47.addr.02799.unr, %j47.exit.unr-lcssa ]
  %epil.iter3747 = phi i64 [ %epil.iter3747.next, %j47.body.epil ], [ 0, %j47.exit.unr-lcssa ]
  %2781 = getelementptr inbounds float, ptr %2755, i64 %j47.addr.02799.epil
  %2782 = load float, ptr %2781, align 4
  %2783 = fneg float %2782
  store float %2783, ptr %2781, align 4
  %.idx2511.epil = mul nuw nsw i64 %j47.addr.02799.epil, 1536
  %gep2798.epil = getelementptr i8, ptr %invariant.gep2797, i64 %.idx2511.epil
  store float %2783, ptr %gep2798.epil, align 4
  %j47.next.epil = add nuw nsw i64 %j47.addr.02799.epil, 1
  %epil.iter3747.next = add i64 %epil.iter3747, 1
  %epil.iter3747.cmp.not = icmp eq i64 %epil.iter3747.next, %xtraiter3746
  br i1 %epil.iter3747.cmp.not, label %j47.exit, label %j47.body.epil, !llvm.loop !3

j47.exit:                                         ; preds = %j47.body.epil, %j47.exit.unr-lcssa
  %2784 = getelementptr inbounds float, ptr %2755, i64 %i72
  store float 0.000000e+00, ptr %2784, align 4
  %i73 = or disjoint i64 %i70, 3
  %.idx2509 = mul nuw nsw i64 %i73, 1536
  %gep2808 = getelementptr inbounds i8, ptr %invariant.gep2785, i64 %.idx2509
  %invariant.gep2802 = getelementptr float, ptr %invariant.gep2785, i64 %i73
  %2785 = and i64 %2690, 4
  %2786 = icmp ult i64 %indvars.iv3136, 7
  br i1 %2786, label %j48.body.epil.preheader, label %j47.exit.new

j47.exit.new:                                     ; preds = %j47.exit
  %unroll_iter3754 = and i64 %2690, 9223372036854775800
  br label %j48.body

j48.body:                                         ; preds = %j48.body, %j47.exit.new
  %j48.addr.02804 = phi i64 [ 0, %j47.exit.new ], [ %j48.next.7, %j48.body ]
  %niter3755 = phi i64 [ 0, %j47.exit.new ], [ %niter3755.next.7, %j48.body ]
  %2787 = getelementptr inbounds float, ptr %gep2808, i64 %j48.addr.02804
  %2788 = load float, ptr %2787, align 4
  %2789 = fneg float %2788
  store float %2789, ptr %2787, align 4
  %.idx2510 = mul nuw nsw i64 %j48.addr.02804, 1536
  %gep2803 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2510
  store float %2789, ptr %gep2803, align 4
  %j48.next = or disjoint i64 %j48.addr.02804, 1
  %2790 = getelementptr inbounds float, ptr %gep2808, i64 %j48.next
  %2791 = load float, ptr %2790, align 4
  %2792 = fneg float %2791
  store float %2792, ptr %2790, align 4
  %.idx2510.1 = mul nuw nsw i64 %j48.next, 1536
  %gep2803.1 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2510.1
  store float %2792, ptr %gep2803.1, align 4
  %j48.next.1 = or disjoint i64 %j48.addr.02804, 2
  %2793 = getelementptr inbounds float, ptr %gep2808, i64 %j48.next.1
  %2794 = load float, ptr %2793, align 4
  %2795 = fneg float %2794
  store float %2795, ptr %2793, align 4
  %.idx2510.2 = mul nuw nsw i64 %j48.next.1, 1536
  %gep2803.2 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2510.2
  store float %2795, ptr %gep2803.2, align 4
  %j48.next.2 = or disjoint i64 %j48.addr.02804, 3
  %2796 = getelementptr inbounds float, ptr %gep2808, i64 %j48.next.2
  %2797 = load float, ptr %2796, align 4
  %2798 = fneg float %2797
  store float %2798, ptr %2796, align 4
  %.idx2510.3 = mul nuw nsw i64 %j48.next.2, 1536
  %gep2803.3 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2510.3
  store float %2798, ptr %gep2803.3, align 4
  %j48.next.3 = or disjoint i64 %j48.addr.02804, 4
  %2799 = getelementptr inbounds float, ptr %gep2808, i64 %j48.next.3
  %2800 = load float, ptr %2799, align 4
  %2801 = fneg float %2800
  store float %2801, ptr %2799, align 4
  %.idx2510.4 = mul nuw nsw i64 %j48.next.3, 1536
  %gep2803.4 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2510.4
  store float %2801, ptr %gep2803.4, align 4
  %j48.next.4 = or disjoint i64 %j48.addr.02804, 5
  %2802 = getelementptr inbounds float, ptr %gep2808, i64 %j48.next.4
  %2803 = load float, ptr %2802, align 4
  %2804 = fneg float %2803
  store float %2804, ptr %2802, align 4
  %.idx2510.5 = mul nuw nsw i64 %j48.next.4, 1536
  %gep2803.5 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2510.5
  store float %2804, ptr %gep2803.5, align 4
  %j48.next.5 = or disjoint i64 %j48.addr.02804, 6
  %2805 = getelementptr inbounds float, ptr %gep2808, i64 %j48.next.5
  %2806 = load float, ptr %2805, align 4
  %2807 = fneg float %2806
  store float %2807, ptr %2805, align 4
  %.idx2510.6 = mul nuw nsw i64 %j48.next.5, 1536
  %gep2803.6 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2510.6
  store float %2807, ptr %gep2803.6, align 4
  %j48.next.6 = or disjoint i64 %j48.addr.02804, 7
  %2808 = getelementptr inbounds float, ptr %gep2808, i64 %j48.next.6
  %2809 = load float, ptr %2808, align 4
  %2810 = fneg float %2809
  store float %2810, ptr %2808, align 4
  %.idx2510.7 = mul nuw nsw i64 %j48.next.6, 1536
  %gep2803.7 = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2510.7
  store float %2810, ptr %gep2803.7, align 4
  %j48.next.7 = add nuw nsw i64 %j48.addr.02804, 8
  %niter3755.next.7 = add i64 %niter3755, 8
  %niter3755.ncmp.7.not = icmp eq i64 %niter3755.next.7, %unroll_iter3754
  br i1 %niter3755.ncmp.7.not, label %j48.body.epil.preheader, label %j48.body

j48.body.epil.preheader:                          ; preds = %j47.exit, %j48.body
  %j48.addr.02804.unr = phi i64 [ 0, %j47.exit ], [ %j48.next.7, %j48.body ]
  %2811 = or disjoint i64 %2785, 2
  br label %j48.body.epil

j48.body.epil:                                    ; preds = %j48.body.epil, %j48.body.epil.preheader
  %j48.addr.02804.epil = phi i64 [ %j48.addr.02804.unr, %j48.body.epil.preheader ], [ %j48.next.epil, %j48.body.epil ]
  %epil.iter3752 = phi i64 [ 0, %j48.body.epil.preheader ], [ %epil.iter3752.next, %j48.body.epil ]
  %2812 = getelementptr inbounds float, ptr %gep2808, i64 %j48.addr.02804.epil
  %2813 = load float, ptr %2812, align 4
  %2814 = fneg float %2813
  store float %2814, ptr %2812, align 4
  %.idx2510.epil = mul nuw nsw i64 %j48.addr.02804.epil, 1536
  %gep2803.epil = getelementptr i8, ptr %invariant.gep2802, i64 %.idx2510.epil
  store float %2814, ptr %gep2803.epil, align 4
  %j48.next.epil = add nuw nsw i64 %j48.addr.02804.epil, 1
  %epil.iter3752.next = add i64 %epil.iter3752, 1
  %epil.iter3752.cmp.not = icmp eq i64 %epil.iter3752, %2811
  br i1 %epil.iter3752.cmp.not, label %j48.exit, label %j48.body.epil, !llvm.loop !4

j48.exit:                                         ; preds = %j48.body.epil
  %gep3394 = getelementptr inbounds i8, ptr %invariant.gep3393, i64 %.idx2509
  %2815 = getelementptr inbounds float, ptr %gep3394, i64 %i73
  store float 0.000000e+00, ptr %2815, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02809, 1
  %indvars.iv.next3130 = add nuw nsw i64 %indvars.iv3129, 4
  %indvars.iv.next3134 = add nuw nsw i64 %indvars.iv3133, 4
  %indvars.iv.next3137 = add nuw nsw i64 %indvars.iv3136, 4
  %exitcond3139.not = icmp eq i64 %t5.next, 64
  br i1 %exitcond3139.not, label %i74.head.preheader, label %t5.body

p15.head.preheader:                               ; preds = %i74.head.preheader, %endif1709
  %i74.addr.02827 = phi i64 [ 0, %i74.head.preheader ], [ %i74.next, %endif1709 ]
  %2816 = mul nuw nsw i64 %i74.addr.02827, 384
  %2817 = or disjoint i64 %2816, 384
  %2818 = getelementptr inbounds float, ptr %Ak, i64 %2817
  %2819 = or disjoint i64 %2816, 768
  %2820 = getelementptr inbounds float, ptr %Ak, i64 %2819
  %.idx = mul nuw nsw i64 %i74.addr.02827, 1536
  %2821 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %2822 = getelementptr inbounds i8, ptr %2821, i64 4608
  %2823 = getelementptr inbounds i8, ptr %2821, i64 7680
  %2824 = getelementptr inbounds i8, ptr %2821, i64 9216
  %2825 = getelementptr inbounds i8, ptr %2821, i64 10752
  %gep3400 = getelementptr inbounds float, ptr %invariant.gep3399, i64 %2816
  br label %p15.body

i74.exit:                                         ; preds = %endif1709
  %cc.next = add nuw nsw i64 %cc.addr.02828, 1
  %indvars.iv.next3125 = add i64 %indvars.iv3124, 64
  %exitcond3142.not = icmp eq i64 %cc.next, %smax3141
  br i1 %exitcond3142.not, label %j50.head.preheader, label %cc.body

p15.body:                                         ; preds = %p15.head.preheader, %p15.body
  %p15.addr.02826 = phi i64 [ 0, %p15.head.preheader ], [ %p15.next, %p15.body ]
  %acc159.02825 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2879, %p15.body ]
  %acc158.02824 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2878, %p15.body ]
  %acc157.02823 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2873, %p15.body ]
  %acc156.02822 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2872, %p15.body ]
  %acc155.02821 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2867, %p15.body ]
  %acc154.02820 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2866, %p15.body ]
  %acc153.02819 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2861, %p15.body ]
  %acc152.02818 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2860, %p15.body ]
  %acc151.02817 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2856, %p15.body ]
  %acc150.02816 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2855, %p15.body ]
  %acc149.02815 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2850, %p15.body ]
  %acc148.02814 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2849, %p15.body ]
  %acc147.02813 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2844, %p15.body ]
  %acc146.02812 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2843, %p15.body ]
  %acc145.02811 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2838, %p15.body ]
  %acc144.02810 = phi <16 x float> [ zeroinitializer, %p15.head.preheader ], [ %2837, %p15.body ]
  %2826 = shl nuw nsw i64 %p15.addr.02826, 5
  %2827 = getelementptr inbounds float, ptr %Bk, i64 %2826
  %2828 = load <16 x float>, ptr %2827, align 4
  %2829 = or disjoint i64 %2826, 16
  %2830 = getelementptr inbounds float, ptr %Bk, i64 %2829
  %2831 = load <16 x float>, ptr %2830, align 4
  %2832 = or disjoint i64 %p15.addr.02826, %2816
  %2833 = getelementptr inbounds float, ptr %Ak, i64 %2832
  %2834 = load float, ptr %2833, align 4
  %2835 = insertelement <16 x float> poison, float %2834, i64 0
  %2836 = shufflevector <16 x float> %2835, <16 x float> poison, <16 x i32> zeroinitializer
  %2837 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2836, <16 x float> %2828, <16 x float> %acc144.02810)
  %2838 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2836, <16 x float> %2831, <16 x float> %acc145.02811)
  %2839 = getelementptr inbounds float, ptr %2818, i64 %p15.addr.02826
  %2840 = load float, ptr %2839, align 4
  %2841 = insertelement <16 x float> poison, float %2840, i64 0
  %2842 = shufflevector <16 x float> %2841, <16 x float> poison, <16 x i32> zeroinitializer
  %2843 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2842, <16 x float> %2828, <16 x float> %acc146.02812)
  %2844 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2842, <16 x float> %2831, <16 x float> %acc147.02813)
  %2845 = getelementptr inbounds float, ptr %2820, i64 %p15.addr.02826
  %2846 = load float, ptr %2845, align 4
  %2847 = insertelement <16 x float> poison, float %2846, i64 0
  %2848 = shufflevector <16 x float> %2847, <16 x float> poison, <16 x i32> zeroinitializer
  %2849 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2848, <16 x float> %2828, <16 x float> %acc148.02814)
  %2850 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2848, <16 x float> %2831, <16 x float> %acc149.02815)
  %2851 = getelementptr inbounds float, ptr %2822, i64 %p15.addr.02826
  %2852 = load float, ptr %2851, align 4
  %2853 = insertelement <16 x float> poison, float %2852, i64 0
  %2854 = shufflevector <16 x float> %2853, <16 x float> poison, <16 x i32> zeroinitializer
  %2855 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2854, <16 x float> %2828, <16 x float> %acc150.02816)
  %2856 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2854, <16 x float> %2831, <16 x float> %acc151.02817)
  %gep3398 = getelementptr inbounds float, ptr %gep3400, i64 %p15.addr.02826
  %2857 = load float, ptr %gep3398, align 4
  %2858 = insertelement <16 x float> poison, float %2857, i64 0
  %2859 = shufflevector <16 x float> %2858, <16 x float> poison, <16 x i32> zeroinitializer
  %2860 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2859, <16 x float> %2828, <16 x float> %acc152.02818)
  %2861 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2859, <16 x float> %2831, <16 x float> %acc153.02819)
  %2862 = getelementptr inbounds float, ptr %2823, i64 %p15.addr.02826
  %2863 = load float, ptr %2862, align 4
  %2864 = insertelement <16 x float> poison, float %2863, i64 0
  %2865 = shufflevector <16 x float> %2864, <16 x float> poison, <16 x i32> zeroinitializer
  %2866 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2865, <16 x float> %2828, <16 x float> %acc154.02820)
  %2867 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2865, <16 x float> %2831, <16 x float> %acc155.02821)
  %2868 = getelementptr inbounds float, ptr %2824, i64 %p15.addr.02826
  %2869 = load float, ptr %2868, align 4
  %2870 = insertelement <16 x float> poison, float %2869, i64 0
  %2871 = shufflevector <16 x float> %2870, <16 x float> poison, <16 x i32> zeroinitializer
  %2872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2871, <16 x float> %2828, <16 x float> %acc156.02822)
  %2873 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2871, <16 x float> %2831, <16 x float> %acc157.02823)
  %2874 = getelementptr inbounds float, ptr %2825, i64 %p15.addr.02826
  %2875 = load float, ptr %2874, align 4
  %2876 = insertelement <16 x float> poison, float %2875, i64 0
  %2877 = shufflevector <16 x float> %2876, <16 x float> poison, <16 x i32> zeroinitializer
  %2878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2877, <16 x float> %2828, <16 x float> %acc158.02824)
  %2879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2877, <16 x float> %2831, <16 x float> %acc159.02825)
  %p15.next = add nuw nsw i64 %p15.addr.02826, 1
  %exitcond3140.not = icmp eq i64 %p15.next, 384
  br i1 %exitcond3140.not, label %p15.exit, label %p15.body

p15.exit:                                         ; preds = %p15.body
  %2880 = icmp slt i64 %i74.addr.02827, %2688
  br i1 %2880, label %then1647, label %endif1653

then1647:                                         ; preds = %p15.exit
  %2881 = add nuw nsw i64 %i74.addr.02827, %2689
  %2882 = mul nsw i64 %2881, %sq
  %2883 = getelementptr inbounds float, ptr %kh1, i64 %2882
  store <16 x float> %2837, ptr %2883, align 4
  %2884 = or disjoint i64 %2882, 16
  %2885 = getelementptr inbounds float, ptr %kh1, i64 %2884
  store <16 x float> %2838, ptr %2885, align 4
  br label %endif1653

endif1653:                                        ; preds = %p15.exit, %then1647
  %2886 = or disjoint i64 %i74.addr.02827, 1
  %2887 = icmp slt i64 %2886, %2688
  br i1 %2887, label %then1655, label %endif1661

then1655:                                         ; preds = %endif1653
  %2888 = add nuw nsw i64 %2886, %2689
  %2889 = mul nsw i64 %2888, %sq
  %2890 = getelementptr inbounds float, ptr %kh1, i64 %2889
  store <16 x float> %2843, ptr %2890, align 4
  %2891 = or disjoint i64 %2889, 16
  %2892 = getelementptr inbounds float, ptr %kh1, i64 %2891
  store <16 x float> %2844, ptr %2892, align 4
  br label %endif1661

endif1661:                                        ; preds = %endif1653, %then1655
  %2893 = or disjoint i64 %i74.addr.02827, 2
  %2894 = icmp slt i64 %2893, %2688
  br i1 %2894, label %then1663, label %endif1669

then1663:                                         ; preds = %endif1661
  %2895 = add nuw nsw i64 %2893, %2689
  %2896 = mul nsw i64 %2895, %sq
  %2897 = getelementptr inbounds float, ptr %kh1, i64 %2896
  store <16 x float> %2849, ptr %2897, align 4
  %2898 = or disjoint i64 %2896, 16
  %2899 = getelementptr inbounds float, ptr %kh1, i64 %2898
  store <16 x float> %2850, ptr %2899, align 4
  br label %endif1669

endif1669:                                        ; preds = %endif1661, %then1663
  %2900 = or disjoint i64 %i74.addr.02827, 3
  %2901 = icmp slt i64 %2900, %2688
  br i1 %2901, label %then1671, label %endif1677

then1671:                                         ; preds = %endif1669
  %2902 = add nuw nsw i64 %2900, %2689
  %2903 = mul nsw i64 %2902, %sq
  %2904 = getelementptr inbounds float, ptr %kh1, i64 %2903
  store <16 x float> %2855, ptr %2904, align 4
  %2905 = or disjoint i64 %2903, 16
  %2906 = getelementptr inbounds float, ptr %kh1, i64 %2905
  store <16 x float> %2856, ptr %2906, align 4
  br label %endif1677

endif1677:                                        ; preds = %endif1669, %then1671
  %2907 = or disjoint i64 %i74.addr.02827, 4
  %2908 = icmp slt i64 %2907, %2688
  br i1 %2908, label %then1679, label %endif1685

then1679:                                         ; preds = %endif1677
  %2909 = add nuw nsw i64 %2907, %2689
  %2910 = mul nsw i64 %2909, %sq
  %2911 = getelementptr inbounds float, ptr %kh1, i64 %2910
  store <16 x float> %2860, ptr %2911, align 4
  %2912 = or disjoint i64 %2910, 16
  %2913 = getelementptr inbounds float, ptr %kh1, i64 %2912
  store <16 x float> %2861, ptr %2913, align 4
  br label %endif1685

endif1685:                                        ; preds = %endif1677, %then1679
  %2914 = or disjoint i64 %i74.addr.02827, 5
  %2915 = icmp slt i64 %2914, %2688
  br i1 %2915, label %then1687, label %endif1693

then1687:                                         ; preds = %endif1685
  %2916 = add nuw nsw i64 %2914, %2689
  %2917 = mul nsw i64 %2916, %sq
  %2918 = getelementptr inbounds float, ptr %kh1, i64 %2917
  store <16 x float> %2866, ptr %2918, align 4
  %2919 = or disjoint i64 %2917, 16
  %2920 = getelementptr inbounds float, ptr %kh1, i64 %2919
  store <16 x float> %2867, ptr %2920, align 4
  br label %endif1693

endif1693:                                        ; preds = %endif1685, %then1687
  %2921 = or disjoint i64 %i74.addr.02827, 6
  %2922 = icmp slt i64 %2921, %2688
  br i1 %2922, label %then1695, label %endif1701

then1695:                                         ; preds = %endif1693
  %2923 = add nuw nsw i64 %2921, %2689
  %2924 = mul nsw i64 %2923, %sq
  %2925 = getelementptr inbounds float, ptr %kh1, i64 %2924
  store <16 x float> %2872, ptr %2925, align 4
  %2926 = or disjoint i64 %2924, 16
  %2927 = getelementptr inbounds float, ptr %kh1, i64 %2926
  store <16 x float> %2873, ptr %2927, align 4
  br label %endif1701

endif1701:                                        ; preds = %endif1693, %then1695
  %2928 = or disjoint i64 %i74.addr.02827, 7
  %2929 = icmp slt i64 %2928, %2688
  br i1 %2929, label %then1703, label %endif1709

then1703:                                         ; preds = %endif1701
  %2930 = add nuw nsw i64 %2928, %2689
  %2931 = mul nsw i64 %2930, %sq
  %2932 = getelementptr inbounds float, ptr %kh1, i64 %2931
  store <16 x float> %2878, ptr %2932, align 4
  %2933 = or disjoint i64 %2931, 16
  %2934 = getelementptr inbounds float, ptr %kh1, i64 %2933
  store <16 x float> %2879, ptr %2934, align 4
  br label %endif1709

endif1709:                                        ; preds = %endif1701, %then1703
  %i74.next = add nuw nsw i64 %i74.addr.02827, 8
  %2935 = icmp ult i64 %i74.addr.02827, 248
  br i1 %2935, label %p15.head.preheader, label %i74.exit

j50.head.preheader:                               ; preds = %bh.body, %i74.exit
  %2936 = getelementptr i8, ptr %dh0, i64 %37
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %2936, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144, i64 128, i1 false)
  %scevgep3143.1 = getelementptr i8, ptr %2936, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.1, i64 128, i1 false)
  %scevgep3143.2 = getelementptr i8, ptr %2936, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.2, i64 128, i1 false)
  %scevgep3143.3 = getelementptr i8, ptr %2936, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.3, i64 128, i1 false)
  %scevgep3143.4 = getelementptr i8, ptr %2936, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.4, i64 128, i1 false)
  %scevgep3143.5 = getelementptr i8, ptr %2936, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.5, i64 128, i1 false)
  %scevgep3143.6 = getelementptr i8, ptr %2936, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.6, i64 128, i1 false)
  %scevgep3143.7 = getelementptr i8, ptr %2936, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.7, i64 128, i1 false)
  %scevgep3143.8 = getelementptr i8, ptr %2936, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.8, i64 128, i1 false)
  %scevgep3143.9 = getelementptr i8, ptr %2936, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.9, i64 128, i1 false)
  %scevgep3143.10 = getelementptr i8, ptr %2936, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.10, i64 128, i1 false)
  %scevgep3143.11 = getelementptr i8, ptr %2936, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.11, i64 128, i1 false)
  %scevgep3143.12 = getelementptr i8, ptr %2936, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.12, i64 128, i1 false)
  %scevgep3143.13 = getelementptr i8, ptr %2936, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.13, i64 128, i1 false)
  %scevgep3143.14 = getelementptr i8, ptr %2936, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.14, i64 128, i1 false)
  %scevgep3143.15 = getelementptr i8, ptr %2936, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.15, i64 128, i1 false)
  %scevgep3143.16 = getelementptr i8, ptr %2936, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.16, i64 128, i1 false)
  %scevgep3143.17 = getelementptr i8, ptr %2936, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.17, i64 128, i1 false)
  %scevgep3143.18 = getelementptr i8, ptr %2936, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.18, i64 128, i1 false)
  %scevgep3143.19 = getelementptr i8, ptr %2936, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.19, i64 128, i1 false)
  %scevgep3143.20 = getelementptr i8, ptr %2936, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.20, i64 128, i1 false)
  %scevgep3143.21 = getelementptr i8, ptr %2936, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.21, i64 128, i1 false)
  %scevgep3143.22 = getelementptr i8, ptr %2936, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.22, i64 128, i1 false)
  %scevgep3143.23 = getelementptr i8, ptr %2936, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.23, i64 128, i1 false)
  %scevgep3143.24 = getelementptr i8, ptr %2936, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.24, i64 128, i1 false)
  %scevgep3143.25 = getelementptr i8, ptr %2936, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.25, i64 128, i1 false)
  %scevgep3143.26 = getelementptr i8, ptr %2936, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.26, i64 128, i1 false)
  %scevgep3143.27 = getelementptr i8, ptr %2936, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.27, i64 128, i1 false)
  %scevgep3143.28 = getelementptr i8, ptr %2936, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.28, i64 128, i1 false)
  %scevgep3143.29 = getelementptr i8, ptr %2936, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.29, i64 128, i1 false)
  %scevgep3143.30 = getelementptr i8, ptr %2936, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.30, i64 128, i1 false)
  %scevgep3143.31 = getelementptr i8, ptr %2936, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3144.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02831, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3146.not = icmp eq i64 %indvar.next, %24
  br i1 %exitcond3146.not, label %bh.exit, label %bh.body
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
