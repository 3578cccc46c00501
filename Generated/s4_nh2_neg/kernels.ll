; ---- dp_fwd_h2_k32_v32_r16_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r16_nogate'
source_filename = "dp_fwd_h2_k32_v32_r16_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_r16_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = add nsw i64 %T, 15
  %nc = sdiv i64 %2, 16
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 6
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i5.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i5.head.preheader ]
  %bh.addr.0116 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep136 = getelementptr i8, ptr %hT, i64 %10
  %scevgep131 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0116, %H
  %h = srem i64 %bh.addr.0116, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep131, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep151 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep136, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0116, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond137.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond137.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0113 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %17 = add i64 %6, %ci.addr.0113
  %18 = shl i64 %17, 12
  %gep152 = getelementptr i8, ptr %invariant.gep151, i64 %18
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep152, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0113, 4
  %19 = add nuw nsw i64 %t0, 16
  %20 = shl nsw i64 %ci.addr.0113, 5
  %21 = mul nsw i64 %20, %sq
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.099 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %57, %i2.body ]
  %acc1.098 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %61, %i2.body ]
  %acc2.097 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %71, %i2.body ]
  %acc3.096 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %75, %i2.body ]
  %i2.addr.095 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %22 = or disjoint i64 %i2.addr.095, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.095, 5
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <16 x float>, ptr %26, align 4
  %28 = insertelement <16 x float> poison, float %24, i64 0
  %29 = shufflevector <16 x float> %28, <16 x float> poison, <16 x i32> zeroinitializer
  %30 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %27, <16 x float> %acc.099)
  %31 = or disjoint i64 %25, 16
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <16 x float>, ptr %32, align 4
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %33, <16 x float> %acc1.098)
  %35 = or disjoint i64 %i2.addr.095, 1
  %36 = or disjoint i64 %35, %21
  %37 = getelementptr inbounds float, ptr %kh, i64 %36
  %38 = load float, ptr %37, align 4
  %39 = shl nuw nsw i64 %35, 5
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <16 x float>, ptr %40, align 4
  %42 = insertelement <16 x float> poison, float %38, i64 0
  %43 = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  %44 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %41, <16 x float> %acc2.097)
  %45 = or disjoint i64 %39, 16
  %46 = getelementptr inbounds float, ptr %work, i64 %45
  %47 = load <16 x float>, ptr %46, align 4
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %47, <16 x float> %acc3.096)
  %i2.next = or disjoint i64 %i2.addr.095, 2
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
  %62 = or disjoint i64 %i2.addr.095, 3
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
  %i2.next.1 = add nuw nsw i64 %i2.addr.095, 4
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

t.body:                                           ; preds = %t.body.preheader, %i4.exit
  %delta.0112 = phi <16 x float> [ %217, %i4.exit ], [ %93, %t.body.preheader ]
  %delta1.0111 = phi <16 x float> [ %225, %i4.exit ], [ %88, %t.body.preheader ]
  %t.addr.0110 = phi i64 [ %94, %i4.exit ], [ %t0, %t.body.preheader ]
  %94 = add nuw nsw i64 %t.addr.0110, 1
  %95 = shl nuw nsw i64 %t.addr.0110, 1
  %96 = mul nsw i64 %95, %sq
  %97 = or disjoint i64 %95, 1
  %98 = mul nsw i64 %97, %sq
  br label %i3.body

t.exit:                                           ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0113, 1
  %exitcond134.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond134.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %i3.addr.0104 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %acc7.0103 = phi <16 x float> [ zeroinitializer, %t.body ], [ %139, %i3.body ]
  %acc6.0102 = phi <16 x float> [ zeroinitializer, %t.body ], [ %134, %i3.body ]
  %acc5.0101 = phi <16 x float> [ zeroinitializer, %t.body ], [ %118, %i3.body ]
  %acc416.0100 = phi <16 x float> [ zeroinitializer, %t.body ], [ %113, %i3.body ]
  %99 = or disjoint i64 %i3.addr.0104, %96
  %100 = getelementptr inbounds float, ptr %kh, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = or disjoint i64 %i3.addr.0104, %98
  %103 = getelementptr inbounds float, ptr %kh, i64 %102
  %104 = load float, ptr %103, align 4
  %105 = insertelement <16 x float> poison, float %101, i64 0
  %106 = shufflevector <16 x float> %105, <16 x float> poison, <16 x i32> zeroinitializer
  %107 = shl nuw nsw i64 %i3.addr.0104, 5
  %108 = getelementptr inbounds float, ptr %work, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %delta.0112, <16 x float> %109)
  store <16 x float> %110, ptr %108, align 4
  %111 = insertelement <16 x float> poison, float %104, i64 0
  %112 = shufflevector <16 x float> %111, <16 x float> poison, <16 x i32> zeroinitializer
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %110, <16 x float> %acc416.0100)
  %114 = or disjoint i64 %107, 16
  %115 = getelementptr inbounds float, ptr %work, i64 %114
  %116 = load <16 x float>, ptr %115, align 4
  %117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %delta1.0111, <16 x float> %116)
  store <16 x float> %117, ptr %115, align 4
  %118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %117, <16 x float> %acc5.0101)
  %119 = or disjoint i64 %i3.addr.0104, 1
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
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %127, <16 x float> %delta.0112, <16 x float> %130)
  store <16 x float> %131, ptr %129, align 4
  %132 = insertelement <16 x float> poison, float %125, i64 0
  %133 = shufflevector <16 x float> %132, <16 x float> poison, <16 x i32> zeroinitializer
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %131, <16 x float> %acc6.0102)
  %135 = or disjoint i64 %128, 16
  %136 = getelementptr inbounds float, ptr %work, i64 %135
  %137 = load <16 x float>, ptr %136, align 4
  %138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %127, <16 x float> %delta1.0111, <16 x float> %137)
  store <16 x float> %138, ptr %136, align 4
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %138, <16 x float> %acc7.0103)
  %i3.next = add nuw nsw i64 %i3.addr.0104, 2
  %140 = icmp ult i64 %i3.addr.0104, 30
  br i1 %140, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %94, i64 %4)
  %141 = mul nsw i64 %97, %H
  %142 = getelementptr inbounds float, ptr %betah, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = getelementptr inbounds float, ptr %vh, i64 %98
  %145 = load <16 x float>, ptr %144, align 4
  %146 = fadd <16 x float> %113, %134
  %147 = fsub <16 x float> %145, %146
  %148 = insertelement <16 x float> poison, float %143, i64 0
  %149 = shufflevector <16 x float> %148, <16 x float> poison, <16 x i32> zeroinitializer
  %150 = fmul <16 x float> %149, %147
  %151 = or disjoint i64 %98, 16
  %152 = getelementptr inbounds float, ptr %vh, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = fadd <16 x float> %118, %139
  %155 = fsub <16 x float> %153, %154
  %156 = fmul <16 x float> %149, %155
  %157 = mul nsw i64 %t.addr.0110, %sq
  %158 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %157
  %invariant.gep149 = getelementptr float, ptr %kh, i64 %158
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0109 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc11.0108 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %204, %i4.body ]
  %acc10.0107 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %198, %i4.body ]
  %acc9.0106 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %203, %i4.body ]
  %acc8.0105 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %195, %i4.body ]
  %159 = or disjoint i64 %i4.addr.0109, %98
  %160 = getelementptr inbounds float, ptr %kh, i64 %159
  %161 = load float, ptr %160, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0109
  %162 = load float, ptr %gep, align 4
  %gep150 = getelementptr float, ptr %invariant.gep149, i64 %i4.addr.0109
  %163 = load float, ptr %gep150, align 4
  %164 = insertelement <16 x float> poison, float %161, i64 0
  %165 = shufflevector <16 x float> %164, <16 x float> poison, <16 x i32> zeroinitializer
  %166 = shl nuw nsw i64 %i4.addr.0109, 5
  %167 = getelementptr inbounds float, ptr %work, i64 %166
  %168 = load <16 x float>, ptr %167, align 4
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %150, <16 x float> %168)
  store <16 x float> %169, ptr %167, align 4
  %170 = insertelement <16 x float> poison, float %162, i64 0
  %171 = shufflevector <16 x float> %170, <16 x float> poison, <16 x i32> zeroinitializer
  %172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %169, <16 x float> %acc8.0105)
  %173 = insertelement <16 x float> poison, float %163, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %169, <16 x float> %acc10.0107)
  %176 = or disjoint i64 %166, 16
  %177 = getelementptr inbounds float, ptr %work, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %156, <16 x float> %178)
  store <16 x float> %179, ptr %177, align 4
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %179, <16 x float> %acc9.0106)
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %179, <16 x float> %acc11.0108)
  %i4.next = or disjoint i64 %i4.addr.0109, 1
  %182 = or disjoint i64 %i4.next, %98
  %183 = getelementptr inbounds float, ptr %kh, i64 %182
  %184 = load float, ptr %183, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %185 = load float, ptr %gep.1, align 4
  %gep150.1 = getelementptr float, ptr %invariant.gep149, i64 %i4.next
  %186 = load float, ptr %gep150.1, align 4
  %187 = insertelement <16 x float> poison, float %184, i64 0
  %188 = shufflevector <16 x float> %187, <16 x float> poison, <16 x i32> zeroinitializer
  %189 = shl nuw nsw i64 %i4.next, 5
  %190 = getelementptr inbounds float, ptr %work, i64 %189
  %191 = load <16 x float>, ptr %190, align 4
  %192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %150, <16 x float> %191)
  store <16 x float> %192, ptr %190, align 4
  %193 = insertelement <16 x float> poison, float %185, i64 0
  %194 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %192, <16 x float> %172)
  %196 = insertelement <16 x float> poison, float %186, i64 0
  %197 = shufflevector <16 x float> %196, <16 x float> poison, <16 x i32> zeroinitializer
  %198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %197, <16 x float> %192, <16 x float> %175)
  %199 = or disjoint i64 %189, 16
  %200 = getelementptr inbounds float, ptr %work, i64 %199
  %201 = load <16 x float>, ptr %200, align 4
  %202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %156, <16 x float> %201)
  store <16 x float> %202, ptr %200, align 4
  %203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %202, <16 x float> %180)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %197, <16 x float> %202, <16 x float> %181)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0109, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %205 = fmul <16 x float> %195, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %206 = getelementptr inbounds float, ptr %oh, i64 %157
  store <16 x float> %205, ptr %206, align 4
  %207 = shl nsw i64 %tn, 1
  %208 = mul nsw i64 %207, %H
  %209 = getelementptr inbounds float, ptr %betah, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = mul nsw i64 %207, %sq
  %212 = getelementptr inbounds float, ptr %vh, i64 %211
  %213 = load <16 x float>, ptr %212, align 4
  %214 = fsub <16 x float> %213, %198
  %215 = insertelement <16 x float> poison, float %210, i64 0
  %216 = shufflevector <16 x float> %215, <16 x float> poison, <16 x i32> zeroinitializer
  %217 = fmul <16 x float> %216, %214
  %218 = fmul <16 x float> %203, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %219 = or disjoint i64 %157, 16
  %220 = getelementptr inbounds float, ptr %oh, i64 %219
  store <16 x float> %218, ptr %220, align 4
  %221 = or disjoint i64 %211, 16
  %222 = getelementptr inbounds float, ptr %vh, i64 %221
  %223 = load <16 x float>, ptr %222, align 4
  %224 = fsub <16 x float> %223, %204
  %225 = fmul <16 x float> %216, %224
  %226 = icmp slt i64 %94, %t1
  br i1 %226, label %t.body, label %t.exit
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
; ---- dp_bwd_h2_k32_v32_c16_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c16_nogate'
source_filename = "dp_bwd_h2_k32_v32_c16_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c16_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %Ak = getelementptr inbounds i8, ptr %work, i64 22528
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 57344
  %KSdS = getelementptr inbounds i8, ptr %work, i64 61440
  %KT = getelementptr inbounds i8, ptr %work, i64 49152
  %M = getelementptr inbounds i8, ptr %work, i64 91776
  %OY = getelementptr inbounds i8, ptr %work, i64 43008
  %PT = getelementptr inbounds i8, ptr %work, i64 81920
  %QK = getelementptr inbounds i8, ptr %work, i64 36864
  %QcT = getelementptr inbounds i8, ptr %work, i64 53248
  %Rr = getelementptr inbounds i8, ptr %work, i64 69632
  %Vn = getelementptr inbounds i8, ptr %work, i64 73728
  %VnT = getelementptr inbounds i8, ptr %work, i64 77824
  %bet = getelementptr inbounds i8, ptr %work, i64 90112
  %dKc = getelementptr inbounds i8, ptr %work, i64 86016
  %dOT = getelementptr inbounds i8, ptr %work, i64 55296
  %dQc = getelementptr inbounds i8, ptr %work, i64 83968
  %dbet = getelementptr i8, ptr %work, i64 90240
  %2 = add nsw i64 %T, 15
  %nc = sdiv i64 %2, 16
  %3 = icmp sgt i64 %T, 0
  %invariant.gep2513 = getelementptr inbounds i8, ptr %work, i64 22720
  %invariant.gep2547 = getelementptr i8, ptr %work, i64 22848
  %4 = add nsw i64 %bh0, 1
  %5 = mul i64 %nc, %4
  %6 = shl i64 %5, 12
  %7 = add i64 %6, -4096
  %8 = shl i64 %nc, 12
  %9 = shl nsw i64 %nc, 4
  %10 = add i64 %9, 144115188075855856
  %11 = mul i64 %10, %H
  %12 = mul i64 %H, -2048
  %13 = shl i64 %H, 7
  %14 = add i64 %8, -4096
  %15 = shl i64 %T, 8
  %16 = mul i64 %H, -4096
  %17 = shl i64 %H, 8
  %18 = add i64 %8, -3968
  %19 = add i64 %T, 16
  %20 = sub i64 %19, %9
  %smax2880 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %21 = sub i64 %bh1, %bh0
  %scevgep2780.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2780.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2780.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2780.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2780.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2780.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2780.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2780.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2780.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2780.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2780.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2780.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2780.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2780.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2780.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2780.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2780.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2780.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2780.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2780.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2780.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2780.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2780.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2780.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2780.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2780.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2780.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2780.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2780.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2780.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2780.31 = getelementptr i8, ptr %work, i64 7936
  %22 = getelementptr inbounds i8, ptr %work, i64 91784
  %23 = getelementptr inbounds i8, ptr %work, i64 91808
  %24 = getelementptr inbounds i8, ptr %work, i64 91816
  %25 = getelementptr inbounds i8, ptr %work, i64 91832
  %26 = getelementptr inbounds i8, ptr %work, i64 91836
  %27 = getelementptr inbounds i8, ptr %work, i64 91840
  %28 = getelementptr inbounds i8, ptr %work, i64 91872
  %invariant.gep3051 = getelementptr i8, ptr %work, i64 69760
  %invariant.gep3053 = getelementptr i8, ptr %work, i64 18560
  %invariant.gep3055 = getelementptr i8, ptr %work, i64 69632
  %invariant.gep3057 = getelementptr i8, ptr %work, i64 18432
  %invariant.gep3059 = getelementptr i8, ptr %work, i64 43008
  %invariant.gep3061 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3063 = getelementptr i8, ptr %work, i64 36864
  %invariant.gep3065 = getelementptr i8, ptr %work, i64 38912
  %invariant.gep3067 = getelementptr i8, ptr %work, i64 39040
  %invariant.gep3069 = getelementptr inbounds i8, ptr %work, i64 38912
  %invariant.gep3071 = getelementptr inbounds i8, ptr %work, i64 38976
  %invariant.gep3073 = getelementptr inbounds i8, ptr %work, i64 38912
  %invariant.gep3075 = getelementptr inbounds i8, ptr %work, i64 38976
  %29 = getelementptr inbounds i8, ptr %work, i64 69696
  %30 = getelementptr inbounds i8, ptr %work, i64 61504
  %31 = getelementptr inbounds i8, ptr %work, i64 81984
  %32 = getelementptr inbounds i8, ptr %work, i64 82048
  %33 = getelementptr inbounds i8, ptr %work, i64 91840
  %34 = getelementptr inbounds i8, ptr %work, i64 82112
  %35 = getelementptr inbounds i8, ptr %work, i64 82176
  %36 = getelementptr inbounds i8, ptr %work, i64 91904
  %37 = getelementptr inbounds i8, ptr %work, i64 82240
  %38 = getelementptr inbounds i8, ptr %work, i64 82304
  %39 = getelementptr inbounds i8, ptr %work, i64 91968
  %40 = getelementptr inbounds i8, ptr %work, i64 82368
  %41 = getelementptr inbounds i8, ptr %work, i64 82432
  %42 = getelementptr inbounds i8, ptr %work, i64 92032
  %43 = getelementptr inbounds i8, ptr %work, i64 82496
  %44 = getelementptr inbounds i8, ptr %work, i64 82560
  %45 = getelementptr inbounds i8, ptr %work, i64 92096
  %46 = getelementptr inbounds i8, ptr %work, i64 82624
  %47 = getelementptr inbounds i8, ptr %work, i64 82688
  %48 = getelementptr inbounds i8, ptr %work, i64 92160
  %49 = getelementptr inbounds i8, ptr %work, i64 82752
  %50 = getelementptr inbounds i8, ptr %work, i64 82816
  %51 = getelementptr inbounds i8, ptr %work, i64 92224
  %52 = getelementptr inbounds i8, ptr %work, i64 82880
  %53 = getelementptr inbounds i8, ptr %work, i64 82944
  %54 = getelementptr inbounds i8, ptr %work, i64 92288
  %55 = getelementptr inbounds i8, ptr %work, i64 83008
  %56 = getelementptr inbounds i8, ptr %work, i64 83072
  %57 = getelementptr inbounds i8, ptr %work, i64 92352
  %58 = getelementptr inbounds i8, ptr %work, i64 83136
  %59 = getelementptr inbounds i8, ptr %work, i64 83200
  %60 = getelementptr inbounds i8, ptr %work, i64 92416
  %61 = getelementptr inbounds i8, ptr %work, i64 83264
  %62 = getelementptr inbounds i8, ptr %work, i64 83328
  %63 = getelementptr inbounds i8, ptr %work, i64 92480
  %64 = getelementptr inbounds i8, ptr %work, i64 83392
  %65 = getelementptr inbounds i8, ptr %work, i64 83456
  %66 = getelementptr inbounds i8, ptr %work, i64 92544
  %67 = getelementptr inbounds i8, ptr %work, i64 83520
  %68 = getelementptr inbounds i8, ptr %work, i64 83584
  %69 = getelementptr inbounds i8, ptr %work, i64 92608
  %70 = getelementptr inbounds i8, ptr %work, i64 83648
  %71 = getelementptr inbounds i8, ptr %work, i64 83712
  %72 = getelementptr inbounds i8, ptr %work, i64 92672
  %73 = getelementptr inbounds i8, ptr %work, i64 83776
  %74 = getelementptr inbounds i8, ptr %work, i64 83840
  %75 = getelementptr inbounds i8, ptr %work, i64 92736
  %76 = getelementptr inbounds i8, ptr %work, i64 83904
  %invariant.gep3085 = getelementptr inbounds i8, ptr %work, i64 61568
  %invariant.gep3087 = getelementptr inbounds i8, ptr %work, i64 45056
  %invariant.gep3091 = getelementptr inbounds i8, ptr %work, i64 45120
  %77 = getelementptr inbounds i8, ptr %work, i64 22784
  %78 = getelementptr inbounds i8, ptr %work, i64 23232
  %79 = getelementptr inbounds i8, ptr %work, i64 23680
  %80 = getelementptr inbounds i8, ptr %work, i64 24128
  %81 = getelementptr inbounds i8, ptr %work, i64 24576
  %82 = getelementptr inbounds i8, ptr %work, i64 25024
  %83 = getelementptr inbounds i8, ptr %work, i64 25472
  %84 = getelementptr inbounds i8, ptr %work, i64 25920
  %85 = getelementptr inbounds i8, ptr %work, i64 26368
  %86 = getelementptr inbounds i8, ptr %work, i64 26816
  %87 = getelementptr inbounds i8, ptr %work, i64 27264
  %88 = getelementptr inbounds i8, ptr %work, i64 27712
  %89 = getelementptr inbounds i8, ptr %work, i64 28160
  %90 = getelementptr inbounds i8, ptr %work, i64 28608
  %91 = getelementptr inbounds i8, ptr %work, i64 29056
  %92 = getelementptr inbounds i8, ptr %work, i64 29504
  %93 = getelementptr inbounds i8, ptr %work, i64 29952
  %94 = getelementptr inbounds i8, ptr %work, i64 30400
  %95 = getelementptr inbounds i8, ptr %work, i64 30848
  %96 = getelementptr inbounds i8, ptr %work, i64 31296
  %97 = getelementptr inbounds i8, ptr %work, i64 31744
  %98 = getelementptr inbounds i8, ptr %work, i64 32192
  %99 = getelementptr inbounds i8, ptr %work, i64 32640
  %100 = getelementptr inbounds i8, ptr %work, i64 33088
  %101 = getelementptr inbounds i8, ptr %work, i64 33536
  %102 = getelementptr inbounds i8, ptr %work, i64 33984
  %103 = getelementptr inbounds i8, ptr %work, i64 34432
  %104 = getelementptr inbounds i8, ptr %work, i64 34880
  %105 = getelementptr inbounds i8, ptr %work, i64 35328
  %106 = getelementptr inbounds i8, ptr %work, i64 35776
  %107 = getelementptr inbounds i8, ptr %work, i64 36224
  %108 = getelementptr inbounds i8, ptr %work, i64 36672
  %109 = getelementptr inbounds i8, ptr %work, i64 84032
  %110 = getelementptr inbounds i8, ptr %work, i64 84096
  %111 = getelementptr inbounds i8, ptr %work, i64 84160
  %112 = getelementptr inbounds i8, ptr %work, i64 84224
  %113 = getelementptr inbounds i8, ptr %work, i64 84288
  %114 = getelementptr inbounds i8, ptr %work, i64 84352
  %115 = getelementptr inbounds i8, ptr %work, i64 84416
  %116 = getelementptr inbounds i8, ptr %work, i64 84480
  %117 = getelementptr inbounds i8, ptr %work, i64 84544
  %118 = getelementptr inbounds i8, ptr %work, i64 84608
  %119 = getelementptr inbounds i8, ptr %work, i64 84672
  %120 = getelementptr inbounds i8, ptr %work, i64 84736
  %121 = getelementptr inbounds i8, ptr %work, i64 84800
  %122 = getelementptr inbounds i8, ptr %work, i64 84864
  %123 = getelementptr inbounds i8, ptr %work, i64 84928
  %124 = getelementptr inbounds i8, ptr %work, i64 84992
  %125 = getelementptr inbounds i8, ptr %work, i64 85056
  %126 = getelementptr inbounds i8, ptr %work, i64 85120
  %127 = getelementptr inbounds i8, ptr %work, i64 85184
  %128 = getelementptr inbounds i8, ptr %work, i64 85248
  %129 = getelementptr inbounds i8, ptr %work, i64 85312
  %130 = getelementptr inbounds i8, ptr %work, i64 85376
  %131 = getelementptr inbounds i8, ptr %work, i64 85440
  %132 = getelementptr inbounds i8, ptr %work, i64 85504
  %133 = getelementptr inbounds i8, ptr %work, i64 85568
  %134 = getelementptr inbounds i8, ptr %work, i64 85632
  %135 = getelementptr inbounds i8, ptr %work, i64 85696
  %136 = getelementptr inbounds i8, ptr %work, i64 85760
  %137 = getelementptr inbounds i8, ptr %work, i64 85824
  %138 = getelementptr inbounds i8, ptr %work, i64 85888
  %139 = getelementptr inbounds i8, ptr %work, i64 85952
  %invariant.gep3095 = getelementptr inbounds i8, ptr %work, i64 22848
  %invariant.gep3097 = getelementptr i8, ptr %work, i64 45184
  %invariant.gep3099 = getelementptr i8, ptr %work, i64 86144
  %invariant.gep3101 = getelementptr i8, ptr %work, i64 45056
  %invariant.gep3103 = getelementptr i8, ptr %work, i64 86016
  %scevgep2883 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep.1 = getelementptr inbounds i8, ptr %work, i64 49216
  %invariant.gep3089 = getelementptr inbounds i8, ptr %work, i64 61632
  %gep3086.1 = getelementptr inbounds i8, ptr %work, i64 61824
  %gep3088.1 = getelementptr inbounds i8, ptr %work, i64 45184
  %gep3090.1 = getelementptr inbounds i8, ptr %work, i64 61888
  %gep3092.1 = getelementptr inbounds i8, ptr %work, i64 45248
  %gep3086.2 = getelementptr inbounds i8, ptr %work, i64 62080
  %gep3088.2 = getelementptr inbounds i8, ptr %work, i64 45312
  %gep3090.2 = getelementptr inbounds i8, ptr %work, i64 62144
  %gep3092.2 = getelementptr inbounds i8, ptr %work, i64 45376
  %gep3086.3 = getelementptr inbounds i8, ptr %work, i64 62336
  %gep3088.3 = getelementptr inbounds i8, ptr %work, i64 45440
  %gep3090.3 = getelementptr inbounds i8, ptr %work, i64 62400
  %gep3092.3 = getelementptr inbounds i8, ptr %work, i64 45504
  %gep3086.4 = getelementptr inbounds i8, ptr %work, i64 62592
  %gep3088.4 = getelementptr inbounds i8, ptr %work, i64 45568
  %gep3090.4 = getelementptr inbounds i8, ptr %work, i64 62656
  %gep3092.4 = getelementptr inbounds i8, ptr %work, i64 45632
  %gep3086.5 = getelementptr inbounds i8, ptr %work, i64 62848
  %gep3088.5 = getelementptr inbounds i8, ptr %work, i64 45696
  %gep3090.5 = getelementptr inbounds i8, ptr %work, i64 62912
  %gep3092.5 = getelementptr inbounds i8, ptr %work, i64 45760
  %gep3086.6 = getelementptr inbounds i8, ptr %work, i64 63104
  %gep3088.6 = getelementptr inbounds i8, ptr %work, i64 45824
  %gep3090.6 = getelementptr inbounds i8, ptr %work, i64 63168
  %gep3092.6 = getelementptr inbounds i8, ptr %work, i64 45888
  %gep3086.7 = getelementptr inbounds i8, ptr %work, i64 63360
  %gep3088.7 = getelementptr inbounds i8, ptr %work, i64 45952
  %gep3090.7 = getelementptr inbounds i8, ptr %work, i64 63424
  %gep3092.7 = getelementptr inbounds i8, ptr %work, i64 46016
  %gep3086.8 = getelementptr inbounds i8, ptr %work, i64 63616
  %gep3088.8 = getelementptr inbounds i8, ptr %work, i64 46080
  %gep3090.8 = getelementptr inbounds i8, ptr %work, i64 63680
  %gep3092.8 = getelementptr inbounds i8, ptr %work, i64 46144
  %gep3086.9 = getelementptr inbounds i8, ptr %work, i64 63872
  %gep3088.9 = getelementptr inbounds i8, ptr %work, i64 46208
  %gep3090.9 = getelementptr inbounds i8, ptr %work, i64 63936
  %gep3092.9 = getelementptr inbounds i8, ptr %work, i64 46272
  %gep3086.10 = getelementptr inbounds i8, ptr %work, i64 64128
  %gep3088.10 = getelementptr inbounds i8, ptr %work, i64 46336
  %gep3090.10 = getelementptr inbounds i8, ptr %work, i64 64192
  %gep3092.10 = getelementptr inbounds i8, ptr %work, i64 46400
  %gep3086.11 = getelementptr inbounds i8, ptr %work, i64 64384
  %gep3088.11 = getelementptr inbounds i8, ptr %work, i64 46464
  %gep3090.11 = getelementptr inbounds i8, ptr %work, i64 64448
  %gep3092.11 = getelementptr inbounds i8, ptr %work, i64 46528
  %gep3086.12 = getelementptr inbounds i8, ptr %work, i64 64640
  %gep3088.12 = getelementptr inbounds i8, ptr %work, i64 46592
  %gep3090.12 = getelementptr inbounds i8, ptr %work, i64 64704
  %gep3092.12 = getelementptr inbounds i8, ptr %work, i64 46656
  %gep3086.13 = getelementptr inbounds i8, ptr %work, i64 64896
  %gep3088.13 = getelementptr inbounds i8, ptr %work, i64 46720
  %gep3090.13 = getelementptr inbounds i8, ptr %work, i64 64960
  %gep3092.13 = getelementptr inbounds i8, ptr %work, i64 46784
  %gep3086.14 = getelementptr inbounds i8, ptr %work, i64 65152
  %gep3088.14 = getelementptr inbounds i8, ptr %work, i64 46848
  %gep3090.14 = getelementptr inbounds i8, ptr %work, i64 65216
  %gep3092.14 = getelementptr inbounds i8, ptr %work, i64 46912
  %gep3086.15 = getelementptr inbounds i8, ptr %work, i64 65408
  %gep3088.15 = getelementptr inbounds i8, ptr %work, i64 46976
  %gep3090.15 = getelementptr inbounds i8, ptr %work, i64 65472
  %gep3092.15 = getelementptr inbounds i8, ptr %work, i64 47040
  %gep3086.16 = getelementptr inbounds i8, ptr %work, i64 65664
  %gep3088.16 = getelementptr inbounds i8, ptr %work, i64 47104
  %gep3090.16 = getelementptr inbounds i8, ptr %work, i64 65728
  %gep3092.16 = getelementptr inbounds i8, ptr %work, i64 47168
  %gep3086.17 = getelementptr inbounds i8, ptr %work, i64 65920
  %gep3088.17 = getelementptr inbounds i8, ptr %work, i64 47232
  %gep3090.17 = getelementptr inbounds i8, ptr %work, i64 65984
  %gep3092.17 = getelementptr inbounds i8, ptr %work, i64 47296
  %gep3086.18 = getelementptr inbounds i8, ptr %work, i64 66176
  %gep3088.18 = getelementptr inbounds i8, ptr %work, i64 47360
  %gep3090.18 = getelementptr inbounds i8, ptr %work, i64 66240
  %gep3092.18 = getelementptr inbounds i8, ptr %work, i64 47424
  %gep3086.19 = getelementptr inbounds i8, ptr %work, i64 66432
  %gep3088.19 = getelementptr inbounds i8, ptr %work, i64 47488
  %gep3090.19 = getelementptr inbounds i8, ptr %work, i64 66496
  %gep3092.19 = getelementptr inbounds i8, ptr %work, i64 47552
  %gep3086.20 = getelementptr inbounds i8, ptr %work, i64 66688
  %gep3088.20 = getelementptr inbounds i8, ptr %work, i64 47616
  %gep3090.20 = getelementptr inbounds i8, ptr %work, i64 66752
  %gep3092.20 = getelementptr inbounds i8, ptr %work, i64 47680
  %gep3086.21 = getelementptr inbounds i8, ptr %work, i64 66944
  %gep3088.21 = getelementptr inbounds i8, ptr %work, i64 47744
  %gep3090.21 = getelementptr inbounds i8, ptr %work, i64 67008
  %gep3092.21 = getelementptr inbounds i8, ptr %work, i64 47808
  %gep3086.22 = getelementptr inbounds i8, ptr %work, i64 67200
  %gep3088.22 = getelementptr inbounds i8, ptr %work, i64 47872
  %gep3090.22 = getelementptr inbounds i8, ptr %work, i64 67264
  %gep3092.22 = getelementptr inbounds i8, ptr %work, i64 47936
  %gep3086.23 = getelementptr inbounds i8, ptr %work, i64 67456
  %gep3088.23 = getelementptr inbounds i8, ptr %work, i64 48000
  %gep3090.23 = getelementptr inbounds i8, ptr %work, i64 67520
  %gep3092.23 = getelementptr inbounds i8, ptr %work, i64 48064
  %gep3086.24 = getelementptr inbounds i8, ptr %work, i64 67712
  %gep3088.24 = getelementptr inbounds i8, ptr %work, i64 48128
  %gep3090.24 = getelementptr inbounds i8, ptr %work, i64 67776
  %gep3092.24 = getelementptr inbounds i8, ptr %work, i64 48192
  %gep3086.25 = getelementptr inbounds i8, ptr %work, i64 67968
  %gep3088.25 = getelementptr inbounds i8, ptr %work, i64 48256
  %gep3090.25 = getelementptr inbounds i8, ptr %work, i64 68032
  %gep3092.25 = getelementptr inbounds i8, ptr %work, i64 48320
  %gep3086.26 = getelementptr inbounds i8, ptr %work, i64 68224
  %gep3088.26 = getelementptr inbounds i8, ptr %work, i64 48384
  %gep3090.26 = getelementptr inbounds i8, ptr %work, i64 68288
  %gep3092.26 = getelementptr inbounds i8, ptr %work, i64 48448
  %gep3086.27 = getelementptr inbounds i8, ptr %work, i64 68480
  %gep3088.27 = getelementptr inbounds i8, ptr %work, i64 48512
  %gep3090.27 = getelementptr inbounds i8, ptr %work, i64 68544
  %gep3092.27 = getelementptr inbounds i8, ptr %work, i64 48576
  %gep3086.28 = getelementptr inbounds i8, ptr %work, i64 68736
  %gep3088.28 = getelementptr inbounds i8, ptr %work, i64 48640
  %gep3090.28 = getelementptr inbounds i8, ptr %work, i64 68800
  %gep3092.28 = getelementptr inbounds i8, ptr %work, i64 48704
  %gep3086.29 = getelementptr inbounds i8, ptr %work, i64 68992
  %gep3088.29 = getelementptr inbounds i8, ptr %work, i64 48768
  %gep3090.29 = getelementptr inbounds i8, ptr %work, i64 69056
  %gep3092.29 = getelementptr inbounds i8, ptr %work, i64 48832
  %gep3086.30 = getelementptr inbounds i8, ptr %work, i64 69248
  %gep3088.30 = getelementptr inbounds i8, ptr %work, i64 48896
  %gep3090.30 = getelementptr inbounds i8, ptr %work, i64 69312
  %gep3092.30 = getelementptr inbounds i8, ptr %work, i64 48960
  %gep3086.31 = getelementptr inbounds i8, ptr %work, i64 69504
  %gep3088.31 = getelementptr inbounds i8, ptr %work, i64 49024
  %gep3090.31 = getelementptr inbounds i8, ptr %work, i64 69568
  %gep3092.31 = getelementptr inbounds i8, ptr %work, i64 49088
  %invariant.gep2534.1 = getelementptr inbounds i8, ptr %work, i64 77888
  %scevgep2883.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2883.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2883.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2883.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2883.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2883.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2883.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2883.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2883.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2883.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2883.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2883.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2883.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2883.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2883.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2883.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2883.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2883.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2883.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2883.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2883.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2883.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2883.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2883.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2883.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2883.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2883.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2883.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2883.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2883.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2883.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j41.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j41.head.preheader ]
  %bh.addr.02591 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j41.head.preheader ]
  %140 = add i64 %indvar, %bh0
  %141 = shl i64 %140, 12
  %142 = mul i64 %8, %indvar
  %143 = add i64 %7, %142
  %b = sdiv i64 %bh.addr.02591, %H
  %h = srem i64 %bh.addr.02591, %H
  %144 = mul i64 %b, %T
  %145 = mul i64 %144, %H
  %bT = add i64 %145, %h
  %146 = mul i64 %1, %144
  %bTn = add nsw i64 %146, %h
  %kh.idx = shl nsw i64 %bTn, 7
  %kh = getelementptr inbounds i8, ptr %k, i64 %kh.idx
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %147 = getelementptr i8, ptr %dhT, i64 %141
  %148 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %147, i64 128, i1 false)
  %scevgep2779.1 = getelementptr i8, ptr %147, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.1, i64 128, i1 false)
  %scevgep2779.2 = getelementptr i8, ptr %147, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.2, i64 128, i1 false)
  %scevgep2779.3 = getelementptr i8, ptr %147, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.3, i64 128, i1 false)
  %scevgep2779.4 = getelementptr i8, ptr %147, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.4, i64 128, i1 false)
  %scevgep2779.5 = getelementptr i8, ptr %147, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.5, i64 128, i1 false)
  %scevgep2779.6 = getelementptr i8, ptr %147, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.6, i64 128, i1 false)
  %scevgep2779.7 = getelementptr i8, ptr %147, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.7, i64 128, i1 false)
  %scevgep2779.8 = getelementptr i8, ptr %147, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.8, i64 128, i1 false)
  %scevgep2779.9 = getelementptr i8, ptr %147, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.9, i64 128, i1 false)
  %scevgep2779.10 = getelementptr i8, ptr %147, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.10, i64 128, i1 false)
  %scevgep2779.11 = getelementptr i8, ptr %147, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.11, i64 128, i1 false)
  %scevgep2779.12 = getelementptr i8, ptr %147, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.12, i64 128, i1 false)
  %scevgep2779.13 = getelementptr i8, ptr %147, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.13, i64 128, i1 false)
  %scevgep2779.14 = getelementptr i8, ptr %147, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.14, i64 128, i1 false)
  %scevgep2779.15 = getelementptr i8, ptr %147, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.15, i64 128, i1 false)
  %scevgep2779.16 = getelementptr i8, ptr %147, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.16, i64 128, i1 false)
  %scevgep2779.17 = getelementptr i8, ptr %147, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.17, i64 128, i1 false)
  %scevgep2779.18 = getelementptr i8, ptr %147, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.18, i64 128, i1 false)
  %scevgep2779.19 = getelementptr i8, ptr %147, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.19, i64 128, i1 false)
  %scevgep2779.20 = getelementptr i8, ptr %147, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.20, i64 128, i1 false)
  %scevgep2779.21 = getelementptr i8, ptr %147, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.21, i64 128, i1 false)
  %scevgep2779.22 = getelementptr i8, ptr %147, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.22, i64 128, i1 false)
  %scevgep2779.23 = getelementptr i8, ptr %147, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.23, i64 128, i1 false)
  %scevgep2779.24 = getelementptr i8, ptr %147, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.24, i64 128, i1 false)
  %scevgep2779.25 = getelementptr i8, ptr %147, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.25, i64 128, i1 false)
  %scevgep2779.26 = getelementptr i8, ptr %147, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.26, i64 128, i1 false)
  %scevgep2779.27 = getelementptr i8, ptr %147, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.27, i64 128, i1 false)
  %scevgep2779.28 = getelementptr i8, ptr %147, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.28, i64 128, i1 false)
  %scevgep2779.29 = getelementptr i8, ptr %147, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.29, i64 128, i1 false)
  %scevgep2779.30 = getelementptr i8, ptr %147, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.30, i64 128, i1 false)
  %scevgep2779.31 = getelementptr i8, ptr %147, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2779.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %148
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %148
  br i1 %3, label %cc.body.lr.ph, label %j41.head.preheader

bh.exit:                                          ; preds = %j41.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %149 = mul nsw i64 %bh.addr.02591, %nc
  %150 = add i64 %11, %bT
  %151 = shl i64 %150, 7
  %152 = mul i64 %15, %b
  %153 = add i64 %14, %152
  %154 = mul i64 %153, %H
  %155 = shl i64 %h, 7
  %156 = add i64 %154, %155
  %157 = add i64 %18, %152
  %158 = mul i64 %157, %H
  %159 = add i64 %158, %155
  %160 = getelementptr i8, ptr %dout, i64 %151
  %161 = getelementptr i8, ptr %qh, i64 64
  %162 = getelementptr i8, ptr %kh, i64 64
  %163 = getelementptr i8, ptr %qh1, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t5.exit
  %indvars.iv2877 = phi i64 [ %20, %cc.body.lr.ph ], [ %indvars.iv.next2878, %t5.exit ]
  %cc.addr.02588 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t5.exit ]
  %smin3441 = tail call i64 @llvm.smin.i64(i64 %indvars.iv2877, i64 16)
  %smax3442 = tail call i64 @llvm.smax.i64(i64 %smin3441, i64 1)
  %164 = mul i64 %16, %cc.addr.02588
  %165 = add i64 %159, %164
  %166 = add i64 %156, %164
  %167 = mul i64 %12, %cc.addr.02588
  %168 = shl i64 %cc.addr.02588, 12
  %169 = sub i64 %143, %168
  %170 = xor i64 %cc.addr.02588, -1
  %ci = add nsw i64 %nc, %170
  %t0 = shl nsw i64 %ci, 4
  %171 = sub nsw i64 %T, %t0
  %scevgep2781 = getelementptr i8, ptr %hs, i64 %169
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781, i64 128, i1 false)
  %172 = or disjoint i64 %169, 128
  %scevgep2781.1 = getelementptr i8, ptr %hs, i64 %172
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.1, i64 128, i1 false)
  %173 = or disjoint i64 %169, 256
  %scevgep2781.2 = getelementptr i8, ptr %hs, i64 %173
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.2, i64 128, i1 false)
  %174 = or disjoint i64 %169, 384
  %scevgep2781.3 = getelementptr i8, ptr %hs, i64 %174
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.3, i64 128, i1 false)
  %175 = or disjoint i64 %169, 512
  %scevgep2781.4 = getelementptr i8, ptr %hs, i64 %175
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.4, i64 128, i1 false)
  %176 = or disjoint i64 %169, 640
  %scevgep2781.5 = getelementptr i8, ptr %hs, i64 %176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.5, i64 128, i1 false)
  %177 = or disjoint i64 %169, 768
  %scevgep2781.6 = getelementptr i8, ptr %hs, i64 %177
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.6, i64 128, i1 false)
  %178 = or disjoint i64 %169, 896
  %scevgep2781.7 = getelementptr i8, ptr %hs, i64 %178
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.7, i64 128, i1 false)
  %179 = or disjoint i64 %169, 1024
  %scevgep2781.8 = getelementptr i8, ptr %hs, i64 %179
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.8, i64 128, i1 false)
  %180 = or disjoint i64 %169, 1152
  %scevgep2781.9 = getelementptr i8, ptr %hs, i64 %180
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.9, i64 128, i1 false)
  %181 = or disjoint i64 %169, 1280
  %scevgep2781.10 = getelementptr i8, ptr %hs, i64 %181
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.10, i64 128, i1 false)
  %182 = or disjoint i64 %169, 1408
  %scevgep2781.11 = getelementptr i8, ptr %hs, i64 %182
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.11, i64 128, i1 false)
  %183 = or disjoint i64 %169, 1536
  %scevgep2781.12 = getelementptr i8, ptr %hs, i64 %183
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.12, i64 128, i1 false)
  %184 = or disjoint i64 %169, 1664
  %scevgep2781.13 = getelementptr i8, ptr %hs, i64 %184
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.13, i64 128, i1 false)
  %185 = or disjoint i64 %169, 1792
  %scevgep2781.14 = getelementptr i8, ptr %hs, i64 %185
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.14, i64 128, i1 false)
  %186 = or disjoint i64 %169, 1920
  %scevgep2781.15 = getelementptr i8, ptr %hs, i64 %186
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.15, i64 128, i1 false)
  %187 = or disjoint i64 %169, 2048
  %scevgep2781.16 = getelementptr i8, ptr %hs, i64 %187
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.16, i64 128, i1 false)
  %188 = or disjoint i64 %169, 2176
  %scevgep2781.17 = getelementptr i8, ptr %hs, i64 %188
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.17, i64 128, i1 false)
  %189 = or disjoint i64 %169, 2304
  %scevgep2781.18 = getelementptr i8, ptr %hs, i64 %189
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.18, i64 128, i1 false)
  %190 = or disjoint i64 %169, 2432
  %scevgep2781.19 = getelementptr i8, ptr %hs, i64 %190
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.19, i64 128, i1 false)
  %191 = or disjoint i64 %169, 2560
  %scevgep2781.20 = getelementptr i8, ptr %hs, i64 %191
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.20, i64 128, i1 false)
  %192 = or disjoint i64 %169, 2688
  %scevgep2781.21 = getelementptr i8, ptr %hs, i64 %192
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.21, i64 128, i1 false)
  %193 = or disjoint i64 %169, 2816
  %scevgep2781.22 = getelementptr i8, ptr %hs, i64 %193
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.22, i64 128, i1 false)
  %194 = or disjoint i64 %169, 2944
  %scevgep2781.23 = getelementptr i8, ptr %hs, i64 %194
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.23, i64 128, i1 false)
  %195 = or disjoint i64 %169, 3072
  %scevgep2781.24 = getelementptr i8, ptr %hs, i64 %195
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.24, i64 128, i1 false)
  %196 = or disjoint i64 %169, 3200
  %scevgep2781.25 = getelementptr i8, ptr %hs, i64 %196
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.25, i64 128, i1 false)
  %197 = or disjoint i64 %169, 3328
  %scevgep2781.26 = getelementptr i8, ptr %hs, i64 %197
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.26, i64 128, i1 false)
  %198 = or disjoint i64 %169, 3456
  %scevgep2781.27 = getelementptr i8, ptr %hs, i64 %198
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.27, i64 128, i1 false)
  %199 = or disjoint i64 %169, 3584
  %scevgep2781.28 = getelementptr i8, ptr %hs, i64 %199
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.28, i64 128, i1 false)
  %200 = or disjoint i64 %169, 3712
  %scevgep2781.29 = getelementptr i8, ptr %hs, i64 %200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.29, i64 128, i1 false)
  %201 = or disjoint i64 %169, 3840
  %scevgep2781.30 = getelementptr i8, ptr %hs, i64 %201
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.30, i64 128, i1 false)
  %202 = or disjoint i64 %169, 3968
  %scevgep2781.31 = getelementptr i8, ptr %hs, i64 %202
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2780.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2781.31, i64 128, i1 false)
  %203 = add nsw i64 %ci, %149
  %204 = shl nsw i64 %203, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %205 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02342 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %206 = shl nuw nsw i64 %i2.addr.02342, 5
  %207 = or disjoint i64 %206, %204
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %208 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02341 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %209 = or disjoint i64 %207, %j2.addr.02341
  %210 = getelementptr inbounds float, ptr %hs, i64 %209
  %211 = load <16 x float>, ptr %210, align 4
  %212 = or disjoint i64 %209, 256
  %213 = getelementptr inbounds float, ptr %hs, i64 %212
  %214 = load <16 x float>, ptr %213, align 4
  %215 = or disjoint i64 %209, 32
  %216 = getelementptr inbounds float, ptr %hs, i64 %215
  %217 = load <16 x float>, ptr %216, align 4
  %218 = or disjoint i64 %209, 288
  %219 = getelementptr inbounds float, ptr %hs, i64 %218
  %220 = load <16 x float>, ptr %219, align 4
  %221 = or disjoint i64 %209, 64
  %222 = getelementptr inbounds float, ptr %hs, i64 %221
  %223 = load <16 x float>, ptr %222, align 4
  %224 = or disjoint i64 %209, 320
  %225 = getelementptr inbounds float, ptr %hs, i64 %224
  %226 = load <16 x float>, ptr %225, align 4
  %227 = or disjoint i64 %209, 96
  %228 = getelementptr inbounds float, ptr %hs, i64 %227
  %229 = load <16 x float>, ptr %228, align 4
  %230 = or disjoint i64 %209, 352
  %231 = getelementptr inbounds float, ptr %hs, i64 %230
  %232 = load <16 x float>, ptr %231, align 4
  %233 = or disjoint i64 %209, 128
  %234 = getelementptr inbounds float, ptr %hs, i64 %233
  %235 = load <16 x float>, ptr %234, align 4
  %236 = or disjoint i64 %209, 384
  %237 = getelementptr inbounds float, ptr %hs, i64 %236
  %238 = load <16 x float>, ptr %237, align 4
  %239 = or disjoint i64 %209, 160
  %240 = getelementptr inbounds float, ptr %hs, i64 %239
  %241 = load <16 x float>, ptr %240, align 4
  %242 = or disjoint i64 %209, 416
  %243 = getelementptr inbounds float, ptr %hs, i64 %242
  %244 = load <16 x float>, ptr %243, align 4
  %245 = or disjoint i64 %209, 192
  %246 = getelementptr inbounds float, ptr %hs, i64 %245
  %247 = load <16 x float>, ptr %246, align 4
  %248 = or disjoint i64 %209, 448
  %249 = getelementptr inbounds float, ptr %hs, i64 %248
  %250 = load <16 x float>, ptr %249, align 4
  %251 = or disjoint i64 %209, 224
  %252 = getelementptr inbounds float, ptr %hs, i64 %251
  %253 = load <16 x float>, ptr %252, align 4
  %254 = or disjoint i64 %209, 480
  %255 = getelementptr inbounds float, ptr %hs, i64 %254
  %256 = load <16 x float>, ptr %255, align 4
  %257 = shufflevector <16 x float> %211, <16 x float> %214, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %258 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %259 = shufflevector <16 x float> %217, <16 x float> %220, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %260 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %261 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %262 = shufflevector <16 x float> %247, <16 x float> %250, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %263 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %264 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %265 = shufflevector <16 x float> %211, <16 x float> %214, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %266 = shufflevector <16 x float> %235, <16 x float> %238, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %267 = shufflevector <16 x float> %217, <16 x float> %220, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %268 = shufflevector <16 x float> %241, <16 x float> %244, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %269 = shufflevector <16 x float> %223, <16 x float> %226, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %270 = shufflevector <16 x float> %247, <16 x float> %250, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %271 = shufflevector <16 x float> %229, <16 x float> %232, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %272 = shufflevector <16 x float> %253, <16 x float> %256, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %273 = shufflevector <16 x float> %257, <16 x float> %258, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %274 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %275 = shufflevector <16 x float> %259, <16 x float> %260, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %276 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %277 = shufflevector <16 x float> %257, <16 x float> %258, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %278 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %279 = shufflevector <16 x float> %259, <16 x float> %260, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %280 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %281 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %282 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %283 = shufflevector <16 x float> %267, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %284 = shufflevector <16 x float> %271, <16 x float> %272, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %285 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %286 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %287 = shufflevector <16 x float> %267, <16 x float> %268, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %288 = shufflevector <16 x float> %271, <16 x float> %272, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %289 = shufflevector <16 x float> %273, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %290 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %291 = shufflevector <16 x float> %273, <16 x float> %274, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %292 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %293 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %294 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %295 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %296 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %297 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %298 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %299 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %300 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %301 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %302 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %303 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %304 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %305 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %306 = shl nuw nsw i64 %j2.addr.02341, 5
  %307 = or disjoint i64 %306, %i2.addr.02342
  %308 = or disjoint i64 %307, 1024
  %309 = getelementptr inbounds float, ptr %Bk, i64 %308
  store <16 x float> %305, ptr %309, align 4
  %310 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %311 = or disjoint i64 %307, 1056
  %312 = getelementptr inbounds float, ptr %Bk, i64 %311
  store <16 x float> %310, ptr %312, align 4
  %313 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %314 = or disjoint i64 %307, 1088
  %315 = getelementptr inbounds float, ptr %Bk, i64 %314
  store <16 x float> %313, ptr %315, align 4
  %316 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %317 = or disjoint i64 %307, 1120
  %318 = getelementptr inbounds float, ptr %Bk, i64 %317
  store <16 x float> %316, ptr %318, align 4
  %319 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %320 = or disjoint i64 %307, 1152
  %321 = getelementptr inbounds float, ptr %Bk, i64 %320
  store <16 x float> %319, ptr %321, align 4
  %322 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %323 = or disjoint i64 %307, 1184
  %324 = getelementptr inbounds float, ptr %Bk, i64 %323
  store <16 x float> %322, ptr %324, align 4
  %325 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %326 = or disjoint i64 %307, 1216
  %327 = getelementptr inbounds float, ptr %Bk, i64 %326
  store <16 x float> %325, ptr %327, align 4
  %328 = shufflevector <16 x float> %295, <16 x float> %296, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %329 = or disjoint i64 %307, 1248
  %330 = getelementptr inbounds float, ptr %Bk, i64 %329
  store <16 x float> %328, ptr %330, align 4
  %331 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %332 = or disjoint i64 %307, 1280
  %333 = getelementptr inbounds float, ptr %Bk, i64 %332
  store <16 x float> %331, ptr %333, align 4
  %334 = shufflevector <16 x float> %297, <16 x float> %298, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %335 = or disjoint i64 %307, 1312
  %336 = getelementptr inbounds float, ptr %Bk, i64 %335
  store <16 x float> %334, ptr %336, align 4
  %337 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %338 = or disjoint i64 %307, 1344
  %339 = getelementptr inbounds float, ptr %Bk, i64 %338
  store <16 x float> %337, ptr %339, align 4
  %340 = shufflevector <16 x float> %299, <16 x float> %300, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %341 = or disjoint i64 %307, 1376
  %342 = getelementptr inbounds float, ptr %Bk, i64 %341
  store <16 x float> %340, ptr %342, align 4
  %343 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %344 = or disjoint i64 %307, 1408
  %345 = getelementptr inbounds float, ptr %Bk, i64 %344
  store <16 x float> %343, ptr %345, align 4
  %346 = shufflevector <16 x float> %301, <16 x float> %302, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %347 = or disjoint i64 %307, 1440
  %348 = getelementptr inbounds float, ptr %Bk, i64 %347
  store <16 x float> %346, ptr %348, align 4
  %349 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %350 = or disjoint i64 %307, 1472
  %351 = getelementptr inbounds float, ptr %Bk, i64 %350
  store <16 x float> %349, ptr %351, align 4
  %352 = shufflevector <16 x float> %303, <16 x float> %304, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %353 = or disjoint i64 %307, 1504
  %354 = getelementptr inbounds float, ptr %Bk, i64 %353
  store <16 x float> %352, ptr %354, align 4
  br i1 %208, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %205, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %355 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02344 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %356 = shl nuw nsw i64 %i3.addr.02344, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %357 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02343 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %358 = or disjoint i64 %j3.addr.02343, %356
  %359 = or disjoint i64 %358, 32
  %360 = getelementptr inbounds float, ptr %work, i64 %359
  %361 = load <16 x float>, ptr %360, align 4
  %362 = or disjoint i64 %358, 544
  %363 = getelementptr inbounds float, ptr %work, i64 %362
  %364 = load <16 x float>, ptr %363, align 4
  %365 = or disjoint i64 %358, 96
  %366 = getelementptr inbounds float, ptr %work, i64 %365
  %367 = load <16 x float>, ptr %366, align 4
  %368 = or disjoint i64 %358, 608
  %369 = getelementptr inbounds float, ptr %work, i64 %368
  %370 = load <16 x float>, ptr %369, align 4
  %371 = or disjoint i64 %358, 160
  %372 = getelementptr inbounds float, ptr %work, i64 %371
  %373 = load <16 x float>, ptr %372, align 4
  %374 = or disjoint i64 %358, 672
  %375 = getelementptr inbounds float, ptr %work, i64 %374
  %376 = load <16 x float>, ptr %375, align 4
  %377 = or disjoint i64 %358, 224
  %378 = getelementptr inbounds float, ptr %work, i64 %377
  %379 = load <16 x float>, ptr %378, align 4
  %380 = or disjoint i64 %358, 736
  %381 = getelementptr inbounds float, ptr %work, i64 %380
  %382 = load <16 x float>, ptr %381, align 4
  %383 = or disjoint i64 %358, 288
  %384 = getelementptr inbounds float, ptr %work, i64 %383
  %385 = load <16 x float>, ptr %384, align 4
  %386 = or disjoint i64 %358, 800
  %387 = getelementptr inbounds float, ptr %work, i64 %386
  %388 = load <16 x float>, ptr %387, align 4
  %389 = or disjoint i64 %358, 352
  %390 = getelementptr inbounds float, ptr %work, i64 %389
  %391 = load <16 x float>, ptr %390, align 4
  %392 = or disjoint i64 %358, 864
  %393 = getelementptr inbounds float, ptr %work, i64 %392
  %394 = load <16 x float>, ptr %393, align 4
  %395 = or disjoint i64 %358, 416
  %396 = getelementptr inbounds float, ptr %work, i64 %395
  %397 = load <16 x float>, ptr %396, align 4
  %398 = or disjoint i64 %358, 928
  %399 = getelementptr inbounds float, ptr %work, i64 %398
  %400 = load <16 x float>, ptr %399, align 4
  %401 = or disjoint i64 %358, 480
  %402 = getelementptr inbounds float, ptr %work, i64 %401
  %403 = load <16 x float>, ptr %402, align 4
  %404 = or disjoint i64 %358, 992
  %405 = getelementptr inbounds float, ptr %work, i64 %404
  %406 = load <16 x float>, ptr %405, align 4
  %407 = shufflevector <16 x float> %361, <16 x float> %364, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %408 = shufflevector <16 x float> %385, <16 x float> %388, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %409 = shufflevector <16 x float> %367, <16 x float> %370, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %410 = shufflevector <16 x float> %391, <16 x float> %394, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %411 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %412 = shufflevector <16 x float> %397, <16 x float> %400, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %413 = shufflevector <16 x float> %379, <16 x float> %382, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %414 = shufflevector <16 x float> %403, <16 x float> %406, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %415 = shufflevector <16 x float> %361, <16 x float> %364, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %416 = shufflevector <16 x float> %385, <16 x float> %388, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %417 = shufflevector <16 x float> %367, <16 x float> %370, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %418 = shufflevector <16 x float> %391, <16 x float> %394, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %419 = shufflevector <16 x float> %373, <16 x float> %376, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %420 = shufflevector <16 x float> %397, <16 x float> %400, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %421 = shufflevector <16 x float> %379, <16 x float> %382, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %422 = shufflevector <16 x float> %403, <16 x float> %406, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %423 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %424 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %425 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %426 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %427 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %428 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %429 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %430 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %431 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %432 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %433 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %434 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %435 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %436 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %437 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %438 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %439 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %440 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %441 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %442 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %443 = shufflevector <16 x float> %427, <16 x float> %428, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %444 = shufflevector <16 x float> %429, <16 x float> %430, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %445 = shufflevector <16 x float> %427, <16 x float> %428, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %446 = shufflevector <16 x float> %429, <16 x float> %430, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %447 = shufflevector <16 x float> %431, <16 x float> %432, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %448 = shufflevector <16 x float> %433, <16 x float> %434, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %449 = shufflevector <16 x float> %431, <16 x float> %432, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %450 = shufflevector <16 x float> %433, <16 x float> %434, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %451 = shufflevector <16 x float> %435, <16 x float> %436, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %452 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %453 = shufflevector <16 x float> %435, <16 x float> %436, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %454 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %455 = shufflevector <16 x float> %439, <16 x float> %440, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %456 = shl nuw nsw i64 %j3.addr.02343, 5
  %457 = or disjoint i64 %456, %i3.addr.02344
  %458 = getelementptr inbounds float, ptr %Bk, i64 %457
  store <16 x float> %455, ptr %458, align 4
  %459 = shufflevector <16 x float> %439, <16 x float> %440, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %460 = or disjoint i64 %457, 32
  %461 = getelementptr inbounds float, ptr %Bk, i64 %460
  store <16 x float> %459, ptr %461, align 4
  %462 = shufflevector <16 x float> %441, <16 x float> %442, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %463 = or disjoint i64 %457, 64
  %464 = getelementptr inbounds float, ptr %Bk, i64 %463
  store <16 x float> %462, ptr %464, align 4
  %465 = shufflevector <16 x float> %441, <16 x float> %442, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %466 = or disjoint i64 %457, 96
  %467 = getelementptr inbounds float, ptr %Bk, i64 %466
  store <16 x float> %465, ptr %467, align 4
  %468 = shufflevector <16 x float> %443, <16 x float> %444, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %469 = or disjoint i64 %457, 128
  %470 = getelementptr inbounds float, ptr %Bk, i64 %469
  store <16 x float> %468, ptr %470, align 4
  %471 = shufflevector <16 x float> %443, <16 x float> %444, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %472 = or disjoint i64 %457, 160
  %473 = getelementptr inbounds float, ptr %Bk, i64 %472
  store <16 x float> %471, ptr %473, align 4
  %474 = shufflevector <16 x float> %445, <16 x float> %446, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %475 = or disjoint i64 %457, 192
  %476 = getelementptr inbounds float, ptr %Bk, i64 %475
  store <16 x float> %474, ptr %476, align 4
  %477 = shufflevector <16 x float> %445, <16 x float> %446, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %478 = or disjoint i64 %457, 224
  %479 = getelementptr inbounds float, ptr %Bk, i64 %478
  store <16 x float> %477, ptr %479, align 4
  %480 = shufflevector <16 x float> %447, <16 x float> %448, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %481 = or disjoint i64 %457, 256
  %482 = getelementptr inbounds float, ptr %Bk, i64 %481
  store <16 x float> %480, ptr %482, align 4
  %483 = shufflevector <16 x float> %447, <16 x float> %448, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %484 = or disjoint i64 %457, 288
  %485 = getelementptr inbounds float, ptr %Bk, i64 %484
  store <16 x float> %483, ptr %485, align 4
  %486 = shufflevector <16 x float> %449, <16 x float> %450, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %487 = or disjoint i64 %457, 320
  %488 = getelementptr inbounds float, ptr %Bk, i64 %487
  store <16 x float> %486, ptr %488, align 4
  %489 = shufflevector <16 x float> %449, <16 x float> %450, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %490 = or disjoint i64 %457, 352
  %491 = getelementptr inbounds float, ptr %Bk, i64 %490
  store <16 x float> %489, ptr %491, align 4
  %492 = shufflevector <16 x float> %451, <16 x float> %452, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %493 = or disjoint i64 %457, 384
  %494 = getelementptr inbounds float, ptr %Bk, i64 %493
  store <16 x float> %492, ptr %494, align 4
  %495 = shufflevector <16 x float> %451, <16 x float> %452, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %496 = or disjoint i64 %457, 416
  %497 = getelementptr inbounds float, ptr %Bk, i64 %496
  store <16 x float> %495, ptr %497, align 4
  %498 = shufflevector <16 x float> %453, <16 x float> %454, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %499 = or disjoint i64 %457, 448
  %500 = getelementptr inbounds float, ptr %Bk, i64 %499
  store <16 x float> %498, ptr %500, align 4
  %501 = shufflevector <16 x float> %453, <16 x float> %454, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %502 = or disjoint i64 %457, 480
  %503 = getelementptr inbounds float, ptr %Bk, i64 %502
  store <16 x float> %501, ptr %503, align 4
  br i1 %357, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %355, label %j3.head.preheader, label %t.head.preheader.peel.next2785

t.head.preheader.peel.next2785:                   ; preds = %j3.exit
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %M, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %23, align 4
  store <8 x float> <float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %27, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %28, align 4
  br label %t.head.preheader

t.head.preheader:                                 ; preds = %t.head.preheader, %t.head.preheader.peel.next2785
  %s.addr.02346 = phi i64 [ 2, %t.head.preheader.peel.next2785 ], [ %s.next.1, %t.head.preheader ]
  %.idx2598 = shl nsw i64 %s.addr.02346, 6
  %504 = getelementptr inbounds i8, ptr %M, i64 %.idx2598
  store <2 x float> zeroinitializer, ptr %504, align 4
  %505 = insertelement <8 x i64> poison, i64 %s.addr.02346, i64 0
  %506 = shufflevector <8 x i64> %505, <8 x i64> poison, <8 x i32> zeroinitializer
  %507 = icmp ugt <8 x i64> %506, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %508 = getelementptr inbounds i8, ptr %22, i64 %.idx2598
  %509 = select <8 x i1> %507, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %509, ptr %508, align 4
  %510 = insertelement <4 x i64> poison, i64 %s.addr.02346, i64 0
  %511 = shufflevector <4 x i64> %510, <4 x i64> poison, <4 x i32> zeroinitializer
  %512 = icmp ugt <4 x i64> %511, <i64 10, i64 11, i64 12, i64 13>
  %513 = getelementptr inbounds i8, ptr %24, i64 %.idx2598
  %514 = select <4 x i1> %512, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %514, ptr %513, align 4
  %515 = getelementptr inbounds i8, ptr %25, i64 %.idx2598
  store float 1.000000e+00, ptr %515, align 4
  %516 = getelementptr inbounds i8, ptr %26, i64 %.idx2598
  store float 1.000000e+00, ptr %516, align 4
  %s.next = or disjoint i64 %s.addr.02346, 1
  %.idx2598.1 = shl nsw i64 %s.next, 6
  %517 = getelementptr inbounds i8, ptr %M, i64 %.idx2598.1
  store <2 x float> zeroinitializer, ptr %517, align 4
  %518 = insertelement <8 x i64> poison, i64 %s.next, i64 0
  %519 = shufflevector <8 x i64> %518, <8 x i64> poison, <8 x i32> zeroinitializer
  %520 = icmp ugt <8 x i64> %519, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %521 = getelementptr inbounds i8, ptr %22, i64 %.idx2598.1
  %522 = select <8 x i1> %520, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %522, ptr %521, align 4
  %523 = insertelement <4 x i64> poison, i64 %s.next, i64 0
  %524 = shufflevector <4 x i64> %523, <4 x i64> poison, <4 x i32> zeroinitializer
  %525 = icmp ugt <4 x i64> %524, <i64 10, i64 11, i64 12, i64 13>
  %526 = getelementptr inbounds i8, ptr %24, i64 %.idx2598.1
  %527 = select <4 x i1> %525, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %527, ptr %526, align 4
  %.not2322.14.1 = icmp ugt i64 %s.addr.02346, 13
  %528 = select i1 %.not2322.14.1, float 0.000000e+00, float 1.000000e+00
  %529 = getelementptr inbounds i8, ptr %25, i64 %.idx2598.1
  store float %528, ptr %529, align 4
  %530 = getelementptr inbounds i8, ptr %26, i64 %.idx2598.1
  store float 1.000000e+00, ptr %530, align 4
  %s.next.1 = add nuw nsw i64 %s.addr.02346, 2
  %exitcond2784.not.1 = icmp eq i64 %s.next.1, 16
  br i1 %exitcond2784.not.1, label %t1.body.preheader, label %t.head.preheader, !llvm.loop !0

t1.body.preheader:                                ; preds = %t.head.preheader
  %531 = getelementptr i8, ptr %160, i64 %167
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02362 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %532 = shl nuw nsw i64 %t1.addr.02362, 8
  %gep3052 = getelementptr i8, ptr %invariant.gep3051, i64 %532
  %gep3054 = getelementptr i8, ptr %invariant.gep3053, i64 %532
  %gep3056 = getelementptr i8, ptr %invariant.gep3055, i64 %532
  %gep3058 = getelementptr i8, ptr %invariant.gep3057, i64 %532
  %533 = shl nuw nsw i64 %t1.addr.02362, 7
  %gep3060 = getelementptr i8, ptr %invariant.gep3059, i64 %533
  %534 = icmp sgt i64 %171, %t1.addr.02362
  br i1 %534, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t1.body
  %gep3062 = getelementptr i8, ptr %invariant.gep3061, i64 %533
  %gep3064 = getelementptr i8, ptr %invariant.gep3063, i64 %533
  %gep3066 = getelementptr i8, ptr %invariant.gep3065, i64 %532
  %gep3068 = getelementptr i8, ptr %invariant.gep3067, i64 %532
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3062, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3064, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3060, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t1.addr.02362, 1
  %535 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %535, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3058, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3066, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3056, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %536 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %536, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3054, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3068, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3052, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %537 = mul i64 %13, %t1.addr.02362
  %scevgep2832 = getelementptr i8, ptr %531, i64 %537
  %538 = mul i64 %17, %t1.addr.02362
  %539 = add i64 %166, %538
  %scevgep2834 = getelementptr i8, ptr %k, i64 %539
  %scevgep2836 = getelementptr i8, ptr %v, i64 %539
  %540 = add i64 %165, %538
  %scevgep2838 = getelementptr i8, ptr %k, i64 %540
  %scevgep2840 = getelementptr i8, ptr %v, i64 %540
  %541 = add nuw nsw i64 %t1.addr.02362, %t0
  %542 = mul nsw i64 %541, %sq
  %543 = shl nuw nsw i64 %t1.addr.02362, 5
  %544 = getelementptr float, ptr %qh, i64 %542
  %545 = load <16 x float>, ptr %544, align 4
  %546 = fmul <16 x float> %545, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %547 = or disjoint i64 %543, 2048
  %548 = getelementptr inbounds float, ptr %Bk, i64 %547
  store <16 x float> %546, ptr %548, align 4
  %549 = getelementptr inbounds float, ptr %QK, i64 %543
  store <16 x float> %546, ptr %549, align 4
  %550 = getelementptr float, ptr %161, i64 %542
  %551 = load <16 x float>, ptr %550, align 4
  %552 = fmul <16 x float> %551, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %553 = or disjoint i64 %543, 16
  %554 = or i64 %543, 2064
  %555 = getelementptr inbounds float, ptr %Bk, i64 %554
  store <16 x float> %552, ptr %555, align 4
  %556 = getelementptr inbounds float, ptr %QK, i64 %553
  store <16 x float> %552, ptr %556, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3060, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2832, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02362, 1
  %557 = or disjoint i64 %t1.addr.02362, %t0
  %tau = shl nsw i64 %557, 1
  %558 = mul nsw i64 %tau, %H
  %559 = getelementptr inbounds float, ptr %betah, i64 %558
  %560 = load float, ptr %559, align 4
  %561 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %560, ptr %561, align 4
  %562 = mul nsw i64 %tau, %sq
  %563 = shl nuw nsw i64 %t1.addr.02362, 6
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3058, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2834, i64 128, i1 false)
  %564 = getelementptr float, ptr %kh, i64 %562
  %565 = load <16 x float>, ptr %564, align 4
  %566 = fneg <16 x float> %565
  %gep3070 = getelementptr inbounds float, ptr %invariant.gep3069, i64 %563
  store <16 x float> %566, ptr %gep3070, align 4
  %567 = getelementptr float, ptr %162, i64 %562
  %568 = load <16 x float>, ptr %567, align 4
  %569 = fneg <16 x float> %568
  %gep3072 = getelementptr inbounds float, ptr %invariant.gep3071, i64 %563
  store <16 x float> %569, ptr %gep3072, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3056, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2836, i64 128, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %570 = mul nsw i64 %tau1, %H
  %571 = getelementptr inbounds float, ptr %betah, i64 %570
  %572 = load float, ptr %571, align 4
  %573 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %572, ptr %573, align 4
  %574 = mul nsw i64 %tau1, %sq
  %575 = shl nuw nsw i64 %i7, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3054, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2838, i64 128, i1 false)
  %576 = getelementptr float, ptr %kh, i64 %574
  %577 = load <16 x float>, ptr %576, align 4
  %578 = fneg <16 x float> %577
  %gep3074 = getelementptr inbounds float, ptr %invariant.gep3073, i64 %575
  store <16 x float> %578, ptr %gep3074, align 4
  %579 = getelementptr float, ptr %162, i64 %574
  %580 = load <16 x float>, ptr %579, align 4
  %581 = fneg <16 x float> %580
  %gep3076 = getelementptr inbounds float, ptr %invariant.gep3075, i64 %575
  store <16 x float> %581, ptr %gep3076, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3052, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2840, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02362, 1
  %exitcond2841.not = icmp eq i64 %t1.next, 16
  br i1 %exitcond2841.not, label %j16.head.preheader, label %t1.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %582 = phi i1 [ false, %j16.exit ], [ true, %endif ]
  %i20.addr.02364 = phi i64 [ 16, %j16.exit ], [ 0, %endif ]
  %.idx2887 = shl nuw nsw i64 %i20.addr.02364, 7
  %invariant.gep3077 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2887
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %583 = phi i1 [ true, %j16.head.preheader ], [ false, %j16.body ]
  %j16.addr.02363 = phi i64 [ 0, %j16.head.preheader ], [ 16, %j16.body ]
  %gep3078 = getelementptr inbounds float, ptr %invariant.gep3077, i64 %j16.addr.02363
  %584 = getelementptr inbounds i8, ptr %gep3078, i64 10240
  %585 = load <16 x float>, ptr %584, align 4
  %586 = getelementptr inbounds i8, ptr %gep3078, i64 11264
  %587 = load <16 x float>, ptr %586, align 4
  %588 = getelementptr inbounds i8, ptr %gep3078, i64 10368
  %589 = load <16 x float>, ptr %588, align 4
  %590 = getelementptr inbounds i8, ptr %gep3078, i64 11392
  %591 = load <16 x float>, ptr %590, align 4
  %592 = getelementptr inbounds i8, ptr %gep3078, i64 10496
  %593 = load <16 x float>, ptr %592, align 4
  %594 = getelementptr inbounds i8, ptr %gep3078, i64 11520
  %595 = load <16 x float>, ptr %594, align 4
  %596 = getelementptr inbounds i8, ptr %gep3078, i64 10624
  %597 = load <16 x float>, ptr %596, align 4
  %598 = getelementptr inbounds i8, ptr %gep3078, i64 11648
  %599 = load <16 x float>, ptr %598, align 4
  %600 = getelementptr inbounds i8, ptr %gep3078, i64 10752
  %601 = load <16 x float>, ptr %600, align 4
  %602 = getelementptr inbounds i8, ptr %gep3078, i64 11776
  %603 = load <16 x float>, ptr %602, align 4
  %604 = getelementptr inbounds i8, ptr %gep3078, i64 10880
  %605 = load <16 x float>, ptr %604, align 4
  %606 = getelementptr inbounds i8, ptr %gep3078, i64 11904
  %607 = load <16 x float>, ptr %606, align 4
  %608 = getelementptr inbounds i8, ptr %gep3078, i64 11008
  %609 = load <16 x float>, ptr %608, align 4
  %610 = getelementptr inbounds i8, ptr %gep3078, i64 12032
  %611 = load <16 x float>, ptr %610, align 4
  %612 = getelementptr inbounds i8, ptr %gep3078, i64 11136
  %613 = load <16 x float>, ptr %612, align 4
  %614 = getelementptr inbounds i8, ptr %gep3078, i64 12160
  %615 = load <16 x float>, ptr %614, align 4
  %616 = shufflevector <16 x float> %585, <16 x float> %587, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %617 = shufflevector <16 x float> %601, <16 x float> %603, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %618 = shufflevector <16 x float> %589, <16 x float> %591, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %619 = shufflevector <16 x float> %605, <16 x float> %607, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %620 = shufflevector <16 x float> %593, <16 x float> %595, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %621 = shufflevector <16 x float> %609, <16 x float> %611, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %622 = shufflevector <16 x float> %597, <16 x float> %599, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %623 = shufflevector <16 x float> %613, <16 x float> %615, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %624 = shufflevector <16 x float> %585, <16 x float> %587, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %625 = shufflevector <16 x float> %601, <16 x float> %603, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %626 = shufflevector <16 x float> %589, <16 x float> %591, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %627 = shufflevector <16 x float> %605, <16 x float> %607, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %628 = shufflevector <16 x float> %593, <16 x float> %595, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %629 = shufflevector <16 x float> %609, <16 x float> %611, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %630 = shufflevector <16 x float> %597, <16 x float> %599, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %631 = shufflevector <16 x float> %613, <16 x float> %615, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %632 = shufflevector <16 x float> %616, <16 x float> %617, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %633 = shufflevector <16 x float> %620, <16 x float> %621, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %634 = shufflevector <16 x float> %618, <16 x float> %619, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %635 = shufflevector <16 x float> %622, <16 x float> %623, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %636 = shufflevector <16 x float> %616, <16 x float> %617, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %637 = shufflevector <16 x float> %620, <16 x float> %621, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %638 = shufflevector <16 x float> %618, <16 x float> %619, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %639 = shufflevector <16 x float> %622, <16 x float> %623, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %640 = shufflevector <16 x float> %624, <16 x float> %625, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %641 = shufflevector <16 x float> %628, <16 x float> %629, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %642 = shufflevector <16 x float> %626, <16 x float> %627, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %643 = shufflevector <16 x float> %630, <16 x float> %631, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %644 = shufflevector <16 x float> %624, <16 x float> %625, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %645 = shufflevector <16 x float> %628, <16 x float> %629, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %646 = shufflevector <16 x float> %626, <16 x float> %627, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %647 = shufflevector <16 x float> %630, <16 x float> %631, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %648 = shufflevector <16 x float> %632, <16 x float> %633, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %649 = shufflevector <16 x float> %634, <16 x float> %635, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %650 = shufflevector <16 x float> %632, <16 x float> %633, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %651 = shufflevector <16 x float> %634, <16 x float> %635, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %652 = shufflevector <16 x float> %636, <16 x float> %637, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %653 = shufflevector <16 x float> %638, <16 x float> %639, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %654 = shufflevector <16 x float> %636, <16 x float> %637, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %655 = shufflevector <16 x float> %638, <16 x float> %639, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %656 = shufflevector <16 x float> %640, <16 x float> %641, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %657 = shufflevector <16 x float> %642, <16 x float> %643, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %658 = shufflevector <16 x float> %640, <16 x float> %641, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %659 = shufflevector <16 x float> %642, <16 x float> %643, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %660 = shufflevector <16 x float> %644, <16 x float> %645, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %661 = shufflevector <16 x float> %646, <16 x float> %647, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %662 = shufflevector <16 x float> %644, <16 x float> %645, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %663 = shufflevector <16 x float> %646, <16 x float> %647, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %664 = shufflevector <16 x float> %648, <16 x float> %649, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %665 = shl nuw nsw i64 %j16.addr.02363, 5
  %666 = or disjoint i64 %665, %i20.addr.02364
  %667 = getelementptr inbounds float, ptr %KT, i64 %666
  store <16 x float> %664, ptr %667, align 4
  %668 = shufflevector <16 x float> %648, <16 x float> %649, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %669 = or disjoint i64 %666, 32
  %670 = getelementptr inbounds float, ptr %KT, i64 %669
  store <16 x float> %668, ptr %670, align 4
  %671 = shufflevector <16 x float> %650, <16 x float> %651, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %672 = or disjoint i64 %666, 64
  %673 = getelementptr inbounds float, ptr %KT, i64 %672
  store <16 x float> %671, ptr %673, align 4
  %674 = shufflevector <16 x float> %650, <16 x float> %651, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %675 = or disjoint i64 %666, 96
  %676 = getelementptr inbounds float, ptr %KT, i64 %675
  store <16 x float> %674, ptr %676, align 4
  %677 = shufflevector <16 x float> %652, <16 x float> %653, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %678 = or disjoint i64 %666, 128
  %679 = getelementptr inbounds float, ptr %KT, i64 %678
  store <16 x float> %677, ptr %679, align 4
  %680 = shufflevector <16 x float> %652, <16 x float> %653, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %681 = or disjoint i64 %666, 160
  %682 = getelementptr inbounds float, ptr %KT, i64 %681
  store <16 x float> %680, ptr %682, align 4
  %683 = shufflevector <16 x float> %654, <16 x float> %655, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %684 = or disjoint i64 %666, 192
  %685 = getelementptr inbounds float, ptr %KT, i64 %684
  store <16 x float> %683, ptr %685, align 4
  %686 = shufflevector <16 x float> %654, <16 x float> %655, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %687 = or disjoint i64 %666, 224
  %688 = getelementptr inbounds float, ptr %KT, i64 %687
  store <16 x float> %686, ptr %688, align 4
  %689 = shufflevector <16 x float> %656, <16 x float> %657, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %690 = or disjoint i64 %666, 256
  %691 = getelementptr inbounds float, ptr %KT, i64 %690
  store <16 x float> %689, ptr %691, align 4
  %692 = shufflevector <16 x float> %656, <16 x float> %657, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %693 = or disjoint i64 %666, 288
  %694 = getelementptr inbounds float, ptr %KT, i64 %693
  store <16 x float> %692, ptr %694, align 4
  %695 = shufflevector <16 x float> %658, <16 x float> %659, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %696 = or disjoint i64 %666, 320
  %697 = getelementptr inbounds float, ptr %KT, i64 %696
  store <16 x float> %695, ptr %697, align 4
  %698 = shufflevector <16 x float> %658, <16 x float> %659, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %699 = or disjoint i64 %666, 352
  %700 = getelementptr inbounds float, ptr %KT, i64 %699
  store <16 x float> %698, ptr %700, align 4
  %701 = shufflevector <16 x float> %660, <16 x float> %661, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %702 = or disjoint i64 %666, 384
  %703 = getelementptr inbounds float, ptr %KT, i64 %702
  store <16 x float> %701, ptr %703, align 4
  %704 = shufflevector <16 x float> %660, <16 x float> %661, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %705 = or disjoint i64 %666, 416
  %706 = getelementptr inbounds float, ptr %KT, i64 %705
  store <16 x float> %704, ptr %706, align 4
  %707 = shufflevector <16 x float> %662, <16 x float> %663, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %708 = or disjoint i64 %666, 448
  %709 = getelementptr inbounds float, ptr %KT, i64 %708
  store <16 x float> %707, ptr %709, align 4
  %710 = shufflevector <16 x float> %662, <16 x float> %663, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %711 = or disjoint i64 %666, 480
  %712 = getelementptr inbounds float, ptr %KT, i64 %711
  store <16 x float> %710, ptr %712, align 4
  br i1 %583, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  br i1 %582, label %j16.head.preheader, label %j17.body

j17.body:                                         ; preds = %j16.exit, %j17.body
  %713 = phi i1 [ false, %j17.body ], [ true, %j16.exit ]
  %j17.addr.02365 = phi i64 [ 16, %j17.body ], [ 0, %j16.exit ]
  %714 = or disjoint i64 %j17.addr.02365, 2048
  %715 = getelementptr inbounds float, ptr %Bk, i64 %714
  %716 = load <16 x float>, ptr %715, align 4
  %717 = or disjoint i64 %j17.addr.02365, 2304
  %718 = getelementptr inbounds float, ptr %Bk, i64 %717
  %719 = load <16 x float>, ptr %718, align 4
  %720 = or disjoint i64 %j17.addr.02365, 2080
  %721 = getelementptr inbounds float, ptr %Bk, i64 %720
  %722 = load <16 x float>, ptr %721, align 4
  %723 = or disjoint i64 %j17.addr.02365, 2336
  %724 = getelementptr inbounds float, ptr %Bk, i64 %723
  %725 = load <16 x float>, ptr %724, align 4
  %726 = or disjoint i64 %j17.addr.02365, 2112
  %727 = getelementptr inbounds float, ptr %Bk, i64 %726
  %728 = load <16 x float>, ptr %727, align 4
  %729 = or disjoint i64 %j17.addr.02365, 2368
  %730 = getelementptr inbounds float, ptr %Bk, i64 %729
  %731 = load <16 x float>, ptr %730, align 4
  %732 = or disjoint i64 %j17.addr.02365, 2144
  %733 = getelementptr inbounds float, ptr %Bk, i64 %732
  %734 = load <16 x float>, ptr %733, align 4
  %735 = or disjoint i64 %j17.addr.02365, 2400
  %736 = getelementptr inbounds float, ptr %Bk, i64 %735
  %737 = load <16 x float>, ptr %736, align 4
  %738 = or disjoint i64 %j17.addr.02365, 2176
  %739 = getelementptr inbounds float, ptr %Bk, i64 %738
  %740 = load <16 x float>, ptr %739, align 4
  %741 = or disjoint i64 %j17.addr.02365, 2432
  %742 = getelementptr inbounds float, ptr %Bk, i64 %741
  %743 = load <16 x float>, ptr %742, align 4
  %744 = or disjoint i64 %j17.addr.02365, 2208
  %745 = getelementptr inbounds float, ptr %Bk, i64 %744
  %746 = load <16 x float>, ptr %745, align 4
  %747 = or disjoint i64 %j17.addr.02365, 2464
  %748 = getelementptr inbounds float, ptr %Bk, i64 %747
  %749 = load <16 x float>, ptr %748, align 4
  %750 = or disjoint i64 %j17.addr.02365, 2240
  %751 = getelementptr inbounds float, ptr %Bk, i64 %750
  %752 = load <16 x float>, ptr %751, align 4
  %753 = or disjoint i64 %j17.addr.02365, 2496
  %754 = getelementptr inbounds float, ptr %Bk, i64 %753
  %755 = load <16 x float>, ptr %754, align 4
  %756 = or disjoint i64 %j17.addr.02365, 2272
  %757 = getelementptr inbounds float, ptr %Bk, i64 %756
  %758 = load <16 x float>, ptr %757, align 4
  %759 = or disjoint i64 %j17.addr.02365, 2528
  %760 = getelementptr inbounds float, ptr %Bk, i64 %759
  %761 = load <16 x float>, ptr %760, align 4
  %762 = shufflevector <16 x float> %716, <16 x float> %719, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %763 = shufflevector <16 x float> %740, <16 x float> %743, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %764 = shufflevector <16 x float> %722, <16 x float> %725, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %765 = shufflevector <16 x float> %746, <16 x float> %749, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %766 = shufflevector <16 x float> %728, <16 x float> %731, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %767 = shufflevector <16 x float> %752, <16 x float> %755, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %768 = shufflevector <16 x float> %734, <16 x float> %737, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %769 = shufflevector <16 x float> %758, <16 x float> %761, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %770 = shufflevector <16 x float> %716, <16 x float> %719, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %771 = shufflevector <16 x float> %740, <16 x float> %743, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %772 = shufflevector <16 x float> %722, <16 x float> %725, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %773 = shufflevector <16 x float> %746, <16 x float> %749, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %774 = shufflevector <16 x float> %728, <16 x float> %731, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %775 = shufflevector <16 x float> %752, <16 x float> %755, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %776 = shufflevector <16 x float> %734, <16 x float> %737, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %777 = shufflevector <16 x float> %758, <16 x float> %761, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %778 = shufflevector <16 x float> %762, <16 x float> %763, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %779 = shufflevector <16 x float> %766, <16 x float> %767, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %780 = shufflevector <16 x float> %764, <16 x float> %765, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %781 = shufflevector <16 x float> %768, <16 x float> %769, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %782 = shufflevector <16 x float> %762, <16 x float> %763, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %783 = shufflevector <16 x float> %766, <16 x float> %767, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %784 = shufflevector <16 x float> %764, <16 x float> %765, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %785 = shufflevector <16 x float> %768, <16 x float> %769, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %786 = shufflevector <16 x float> %770, <16 x float> %771, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %787 = shufflevector <16 x float> %774, <16 x float> %775, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %788 = shufflevector <16 x float> %772, <16 x float> %773, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %789 = shufflevector <16 x float> %776, <16 x float> %777, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %790 = shufflevector <16 x float> %770, <16 x float> %771, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %791 = shufflevector <16 x float> %774, <16 x float> %775, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %792 = shufflevector <16 x float> %772, <16 x float> %773, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %793 = shufflevector <16 x float> %776, <16 x float> %777, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %794 = shufflevector <16 x float> %778, <16 x float> %779, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %795 = shufflevector <16 x float> %780, <16 x float> %781, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %796 = shufflevector <16 x float> %778, <16 x float> %779, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %797 = shufflevector <16 x float> %780, <16 x float> %781, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %798 = shufflevector <16 x float> %782, <16 x float> %783, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %799 = shufflevector <16 x float> %784, <16 x float> %785, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %800 = shufflevector <16 x float> %782, <16 x float> %783, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %801 = shufflevector <16 x float> %784, <16 x float> %785, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %802 = shufflevector <16 x float> %786, <16 x float> %787, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %803 = shufflevector <16 x float> %788, <16 x float> %789, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %804 = shufflevector <16 x float> %786, <16 x float> %787, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %805 = shufflevector <16 x float> %788, <16 x float> %789, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %806 = shufflevector <16 x float> %790, <16 x float> %791, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %807 = shufflevector <16 x float> %792, <16 x float> %793, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %808 = shufflevector <16 x float> %790, <16 x float> %791, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %809 = shufflevector <16 x float> %792, <16 x float> %793, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %810 = shufflevector <16 x float> %794, <16 x float> %795, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2321 = shl nuw nsw i64 %j17.addr.02365, 6
  %811 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2321
  store <16 x float> %810, ptr %811, align 4
  %812 = shufflevector <16 x float> %794, <16 x float> %795, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %813 = shl nuw nsw i64 %j17.addr.02365, 4
  %814 = or disjoint i64 %813, 16
  %815 = getelementptr inbounds float, ptr %QcT, i64 %814
  store <16 x float> %812, ptr %815, align 4
  %816 = shufflevector <16 x float> %796, <16 x float> %797, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %817 = or disjoint i64 %813, 32
  %818 = getelementptr inbounds float, ptr %QcT, i64 %817
  store <16 x float> %816, ptr %818, align 4
  %819 = shufflevector <16 x float> %796, <16 x float> %797, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %820 = or disjoint i64 %813, 48
  %821 = getelementptr inbounds float, ptr %QcT, i64 %820
  store <16 x float> %819, ptr %821, align 4
  %822 = shufflevector <16 x float> %798, <16 x float> %799, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %823 = or disjoint i64 %813, 64
  %824 = getelementptr inbounds float, ptr %QcT, i64 %823
  store <16 x float> %822, ptr %824, align 4
  %825 = shufflevector <16 x float> %798, <16 x float> %799, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %826 = or disjoint i64 %813, 80
  %827 = getelementptr inbounds float, ptr %QcT, i64 %826
  store <16 x float> %825, ptr %827, align 4
  %828 = shufflevector <16 x float> %800, <16 x float> %801, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %829 = or disjoint i64 %813, 96
  %830 = getelementptr inbounds float, ptr %QcT, i64 %829
  store <16 x float> %828, ptr %830, align 4
  %831 = shufflevector <16 x float> %800, <16 x float> %801, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %832 = or disjoint i64 %813, 112
  %833 = getelementptr inbounds float, ptr %QcT, i64 %832
  store <16 x float> %831, ptr %833, align 4
  %834 = shufflevector <16 x float> %802, <16 x float> %803, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %835 = or disjoint i64 %813, 128
  %836 = getelementptr inbounds float, ptr %QcT, i64 %835
  store <16 x float> %834, ptr %836, align 4
  %837 = shufflevector <16 x float> %802, <16 x float> %803, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %838 = or disjoint i64 %813, 144
  %839 = getelementptr inbounds float, ptr %QcT, i64 %838
  store <16 x float> %837, ptr %839, align 4
  %840 = shufflevector <16 x float> %804, <16 x float> %805, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %841 = or disjoint i64 %813, 160
  %842 = getelementptr inbounds float, ptr %QcT, i64 %841
  store <16 x float> %840, ptr %842, align 4
  %843 = shufflevector <16 x float> %804, <16 x float> %805, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %844 = or disjoint i64 %813, 176
  %845 = getelementptr inbounds float, ptr %QcT, i64 %844
  store <16 x float> %843, ptr %845, align 4
  %846 = shufflevector <16 x float> %806, <16 x float> %807, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %847 = or disjoint i64 %813, 192
  %848 = getelementptr inbounds float, ptr %QcT, i64 %847
  store <16 x float> %846, ptr %848, align 4
  %849 = shufflevector <16 x float> %806, <16 x float> %807, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %850 = or disjoint i64 %813, 208
  %851 = getelementptr inbounds float, ptr %QcT, i64 %850
  store <16 x float> %849, ptr %851, align 4
  %852 = shufflevector <16 x float> %808, <16 x float> %809, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %853 = or disjoint i64 %813, 224
  %854 = getelementptr inbounds float, ptr %QcT, i64 %853
  store <16 x float> %852, ptr %854, align 4
  %855 = shufflevector <16 x float> %808, <16 x float> %809, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %856 = or disjoint i64 %813, 240
  %857 = getelementptr inbounds float, ptr %QcT, i64 %856
  store <16 x float> %855, ptr %857, align 4
  br i1 %713, label %j17.body, label %j18.body

j18.body:                                         ; preds = %j17.body, %j18.body
  %858 = phi i1 [ false, %j18.body ], [ true, %j17.body ]
  %j18.addr.02366 = phi i64 [ 16, %j18.body ], [ 0, %j17.body ]
  %859 = getelementptr inbounds float, ptr %OY, i64 %j18.addr.02366
  %860 = load <16 x float>, ptr %859, align 4
  %861 = or disjoint i64 %j18.addr.02366, 256
  %862 = getelementptr inbounds float, ptr %OY, i64 %861
  %863 = load <16 x float>, ptr %862, align 4
  %864 = or disjoint i64 %j18.addr.02366, 32
  %865 = getelementptr inbounds float, ptr %OY, i64 %864
  %866 = load <16 x float>, ptr %865, align 4
  %867 = or disjoint i64 %j18.addr.02366, 288
  %868 = getelementptr inbounds float, ptr %OY, i64 %867
  %869 = load <16 x float>, ptr %868, align 4
  %870 = or disjoint i64 %j18.addr.02366, 64
  %871 = getelementptr inbounds float, ptr %OY, i64 %870
  %872 = load <16 x float>, ptr %871, align 4
  %873 = or disjoint i64 %j18.addr.02366, 320
  %874 = getelementptr inbounds float, ptr %OY, i64 %873
  %875 = load <16 x float>, ptr %874, align 4
  %876 = or disjoint i64 %j18.addr.02366, 96
  %877 = getelementptr inbounds float, ptr %OY, i64 %876
  %878 = load <16 x float>, ptr %877, align 4
  %879 = or disjoint i64 %j18.addr.02366, 352
  %880 = getelementptr inbounds float, ptr %OY, i64 %879
  %881 = load <16 x float>, ptr %880, align 4
  %882 = or disjoint i64 %j18.addr.02366, 128
  %883 = getelementptr inbounds float, ptr %OY, i64 %882
  %884 = load <16 x float>, ptr %883, align 4
  %885 = or disjoint i64 %j18.addr.02366, 384
  %886 = getelementptr inbounds float, ptr %OY, i64 %885
  %887 = load <16 x float>, ptr %886, align 4
  %888 = or disjoint i64 %j18.addr.02366, 160
  %889 = getelementptr inbounds float, ptr %OY, i64 %888
  %890 = load <16 x float>, ptr %889, align 4
  %891 = or disjoint i64 %j18.addr.02366, 416
  %892 = getelementptr inbounds float, ptr %OY, i64 %891
  %893 = load <16 x float>, ptr %892, align 4
  %894 = or disjoint i64 %j18.addr.02366, 192
  %895 = getelementptr inbounds float, ptr %OY, i64 %894
  %896 = load <16 x float>, ptr %895, align 4
  %897 = or disjoint i64 %j18.addr.02366, 448
  %898 = getelementptr inbounds float, ptr %OY, i64 %897
  %899 = load <16 x float>, ptr %898, align 4
  %900 = or disjoint i64 %j18.addr.02366, 224
  %901 = getelementptr inbounds float, ptr %OY, i64 %900
  %902 = load <16 x float>, ptr %901, align 4
  %903 = or disjoint i64 %j18.addr.02366, 480
  %904 = getelementptr inbounds float, ptr %OY, i64 %903
  %905 = load <16 x float>, ptr %904, align 4
  %906 = shufflevector <16 x float> %860, <16 x float> %863, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %907 = shufflevector <16 x float> %884, <16 x float> %887, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %908 = shufflevector <16 x float> %866, <16 x float> %869, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %909 = shufflevector <16 x float> %890, <16 x float> %893, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %910 = shufflevector <16 x float> %872, <16 x float> %875, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %911 = shufflevector <16 x float> %896, <16 x float> %899, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %912 = shufflevector <16 x float> %878, <16 x float> %881, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %913 = shufflevector <16 x float> %902, <16 x float> %905, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %914 = shufflevector <16 x float> %860, <16 x float> %863, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %915 = shufflevector <16 x float> %884, <16 x float> %887, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %916 = shufflevector <16 x float> %866, <16 x float> %869, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %917 = shufflevector <16 x float> %890, <16 x float> %893, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %918 = shufflevector <16 x float> %872, <16 x float> %875, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %919 = shufflevector <16 x float> %896, <16 x float> %899, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %920 = shufflevector <16 x float> %878, <16 x float> %881, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %921 = shufflevector <16 x float> %902, <16 x float> %905, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %922 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %923 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %924 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %925 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %926 = shufflevector <16 x float> %906, <16 x float> %907, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %927 = shufflevector <16 x float> %910, <16 x float> %911, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %928 = shufflevector <16 x float> %908, <16 x float> %909, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %929 = shufflevector <16 x float> %912, <16 x float> %913, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %930 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %931 = shufflevector <16 x float> %918, <16 x float> %919, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %932 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %933 = shufflevector <16 x float> %920, <16 x float> %921, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %934 = shufflevector <16 x float> %914, <16 x float> %915, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %935 = shufflevector <16 x float> %918, <16 x float> %919, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %936 = shufflevector <16 x float> %916, <16 x float> %917, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %937 = shufflevector <16 x float> %920, <16 x float> %921, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %938 = shufflevector <16 x float> %922, <16 x float> %923, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %939 = shufflevector <16 x float> %924, <16 x float> %925, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %940 = shufflevector <16 x float> %922, <16 x float> %923, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %941 = shufflevector <16 x float> %924, <16 x float> %925, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %942 = shufflevector <16 x float> %926, <16 x float> %927, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %943 = shufflevector <16 x float> %928, <16 x float> %929, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %944 = shufflevector <16 x float> %926, <16 x float> %927, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %945 = shufflevector <16 x float> %928, <16 x float> %929, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %946 = shufflevector <16 x float> %930, <16 x float> %931, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %947 = shufflevector <16 x float> %932, <16 x float> %933, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %948 = shufflevector <16 x float> %930, <16 x float> %931, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %949 = shufflevector <16 x float> %932, <16 x float> %933, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %950 = shufflevector <16 x float> %934, <16 x float> %935, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %951 = shufflevector <16 x float> %936, <16 x float> %937, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %952 = shufflevector <16 x float> %934, <16 x float> %935, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %953 = shufflevector <16 x float> %936, <16 x float> %937, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %954 = shufflevector <16 x float> %938, <16 x float> %939, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2320 = shl nuw nsw i64 %j18.addr.02366, 6
  %955 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2320
  store <16 x float> %954, ptr %955, align 4
  %956 = shufflevector <16 x float> %938, <16 x float> %939, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %957 = shl nuw nsw i64 %j18.addr.02366, 4
  %958 = or disjoint i64 %957, 16
  %959 = getelementptr inbounds float, ptr %dOT, i64 %958
  store <16 x float> %956, ptr %959, align 4
  %960 = shufflevector <16 x float> %940, <16 x float> %941, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %961 = or disjoint i64 %957, 32
  %962 = getelementptr inbounds float, ptr %dOT, i64 %961
  store <16 x float> %960, ptr %962, align 4
  %963 = shufflevector <16 x float> %940, <16 x float> %941, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %964 = or disjoint i64 %957, 48
  %965 = getelementptr inbounds float, ptr %dOT, i64 %964
  store <16 x float> %963, ptr %965, align 4
  %966 = shufflevector <16 x float> %942, <16 x float> %943, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %967 = or disjoint i64 %957, 64
  %968 = getelementptr inbounds float, ptr %dOT, i64 %967
  store <16 x float> %966, ptr %968, align 4
  %969 = shufflevector <16 x float> %942, <16 x float> %943, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %970 = or disjoint i64 %957, 80
  %971 = getelementptr inbounds float, ptr %dOT, i64 %970
  store <16 x float> %969, ptr %971, align 4
  %972 = shufflevector <16 x float> %944, <16 x float> %945, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %973 = or disjoint i64 %957, 96
  %974 = getelementptr inbounds float, ptr %dOT, i64 %973
  store <16 x float> %972, ptr %974, align 4
  %975 = shufflevector <16 x float> %944, <16 x float> %945, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %976 = or disjoint i64 %957, 112
  %977 = getelementptr inbounds float, ptr %dOT, i64 %976
  store <16 x float> %975, ptr %977, align 4
  %978 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %979 = or disjoint i64 %957, 128
  %980 = getelementptr inbounds float, ptr %dOT, i64 %979
  store <16 x float> %978, ptr %980, align 4
  %981 = shufflevector <16 x float> %946, <16 x float> %947, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %982 = or disjoint i64 %957, 144
  %983 = getelementptr inbounds float, ptr %dOT, i64 %982
  store <16 x float> %981, ptr %983, align 4
  %984 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %985 = or disjoint i64 %957, 160
  %986 = getelementptr inbounds float, ptr %dOT, i64 %985
  store <16 x float> %984, ptr %986, align 4
  %987 = shufflevector <16 x float> %948, <16 x float> %949, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %988 = or disjoint i64 %957, 176
  %989 = getelementptr inbounds float, ptr %dOT, i64 %988
  store <16 x float> %987, ptr %989, align 4
  %990 = shufflevector <16 x float> %950, <16 x float> %951, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %991 = or disjoint i64 %957, 192
  %992 = getelementptr inbounds float, ptr %dOT, i64 %991
  store <16 x float> %990, ptr %992, align 4
  %993 = shufflevector <16 x float> %950, <16 x float> %951, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %994 = or disjoint i64 %957, 208
  %995 = getelementptr inbounds float, ptr %dOT, i64 %994
  store <16 x float> %993, ptr %995, align 4
  %996 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %997 = or disjoint i64 %957, 224
  %998 = getelementptr inbounds float, ptr %dOT, i64 %997
  store <16 x float> %996, ptr %998, align 4
  %999 = shufflevector <16 x float> %952, <16 x float> %953, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1000 = or disjoint i64 %957, 240
  %1001 = getelementptr inbounds float, ptr %dOT, i64 %1000
  store <16 x float> %999, ptr %1001, align 4
  br i1 %858, label %j18.body, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit.1, %p3.exit
  %1002 = icmp ult i64 %i23.addr.02377, 24
  br i1 %1002, label %i23.body, label %p4.head.preheader

i23.body:                                         ; preds = %j18.body, %i23.head.loopexit
  %i23.addr.02377 = phi i64 [ %1003, %i23.head.loopexit ], [ 0, %j18.body ]
  %1003 = add nuw nsw i64 %i23.addr.02377, 8
  %1004 = shl nuw nsw i64 %i23.addr.02377, 5
  %.idx2318 = shl nuw nsw i64 %i23.addr.02377, 7
  %1005 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2318
  %1006 = or disjoint i64 %1004, 32
  %1007 = getelementptr inbounds float, ptr %Gm, i64 %1006
  %1008 = or disjoint i64 %1004, 64
  %1009 = getelementptr inbounds float, ptr %Gm, i64 %1008
  %1010 = or disjoint i64 %1004, 96
  %1011 = getelementptr inbounds float, ptr %Gm, i64 %1010
  %1012 = or disjoint i64 %1004, 128
  %1013 = getelementptr inbounds float, ptr %Gm, i64 %1012
  %1014 = or disjoint i64 %1004, 160
  %1015 = getelementptr inbounds float, ptr %Gm, i64 %1014
  %1016 = or disjoint i64 %1004, 192
  %1017 = getelementptr inbounds float, ptr %Gm, i64 %1016
  %1018 = or disjoint i64 %1004, 224
  %1019 = getelementptr inbounds float, ptr %Gm, i64 %1018
  %invariant.gep3079 = getelementptr inbounds float, ptr %Bk, i64 %1004
  br label %p3.body

p3.body:                                          ; preds = %i23.body, %p3.body
  %acc.02375 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1025, %p3.body ]
  %acc1.02374 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1030, %p3.body ]
  %acc2.02373 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1035, %p3.body ]
  %acc3.02372 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1040, %p3.body ]
  %acc4.02371 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1045, %p3.body ]
  %acc5.02370 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1050, %p3.body ]
  %acc6.02369 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1055, %p3.body ]
  %acc7.02368 = phi <16 x float> [ zeroinitializer, %i23.body ], [ %1060, %p3.body ]
  %p3.addr.02367 = phi i64 [ 0, %i23.body ], [ %p3.next, %p3.body ]
  %.idx2319 = shl nuw nsw i64 %p3.addr.02367, 7
  %gep = getelementptr inbounds i8, ptr %KT, i64 %.idx2319
  %1020 = load <16 x float>, ptr %gep, align 4
  %gep3080 = getelementptr inbounds float, ptr %invariant.gep3079, i64 %p3.addr.02367
  %1021 = getelementptr inbounds i8, ptr %gep3080, i64 10240
  %1022 = load float, ptr %1021, align 4
  %1023 = insertelement <16 x float> poison, float %1022, i64 0
  %1024 = shufflevector <16 x float> %1023, <16 x float> poison, <16 x i32> zeroinitializer
  %1025 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1024, <16 x float> %1020, <16 x float> %acc.02375)
  %1026 = getelementptr inbounds i8, ptr %gep3080, i64 10368
  %1027 = load float, ptr %1026, align 4
  %1028 = insertelement <16 x float> poison, float %1027, i64 0
  %1029 = shufflevector <16 x float> %1028, <16 x float> poison, <16 x i32> zeroinitializer
  %1030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1029, <16 x float> %1020, <16 x float> %acc1.02374)
  %1031 = getelementptr inbounds i8, ptr %gep3080, i64 10496
  %1032 = load float, ptr %1031, align 4
  %1033 = insertelement <16 x float> poison, float %1032, i64 0
  %1034 = shufflevector <16 x float> %1033, <16 x float> poison, <16 x i32> zeroinitializer
  %1035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1034, <16 x float> %1020, <16 x float> %acc2.02373)
  %1036 = getelementptr inbounds i8, ptr %gep3080, i64 10624
  %1037 = load float, ptr %1036, align 4
  %1038 = insertelement <16 x float> poison, float %1037, i64 0
  %1039 = shufflevector <16 x float> %1038, <16 x float> poison, <16 x i32> zeroinitializer
  %1040 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1039, <16 x float> %1020, <16 x float> %acc3.02372)
  %1041 = getelementptr inbounds i8, ptr %gep3080, i64 10752
  %1042 = load float, ptr %1041, align 4
  %1043 = insertelement <16 x float> poison, float %1042, i64 0
  %1044 = shufflevector <16 x float> %1043, <16 x float> poison, <16 x i32> zeroinitializer
  %1045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1044, <16 x float> %1020, <16 x float> %acc4.02371)
  %1046 = getelementptr inbounds i8, ptr %gep3080, i64 10880
  %1047 = load float, ptr %1046, align 4
  %1048 = insertelement <16 x float> poison, float %1047, i64 0
  %1049 = shufflevector <16 x float> %1048, <16 x float> poison, <16 x i32> zeroinitializer
  %1050 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1049, <16 x float> %1020, <16 x float> %acc5.02370)
  %1051 = getelementptr inbounds i8, ptr %gep3080, i64 11008
  %1052 = load float, ptr %1051, align 4
  %1053 = insertelement <16 x float> poison, float %1052, i64 0
  %1054 = shufflevector <16 x float> %1053, <16 x float> poison, <16 x i32> zeroinitializer
  %1055 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1054, <16 x float> %1020, <16 x float> %acc6.02369)
  %1056 = getelementptr inbounds i8, ptr %gep3080, i64 11136
  %1057 = load float, ptr %1056, align 4
  %1058 = insertelement <16 x float> poison, float %1057, i64 0
  %1059 = shufflevector <16 x float> %1058, <16 x float> poison, <16 x i32> zeroinitializer
  %1060 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1059, <16 x float> %1020, <16 x float> %acc7.02368)
  %p3.next = add nuw nsw i64 %p3.addr.02367, 1
  %exitcond2842.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2842.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  store <16 x float> %1025, ptr %1005, align 4
  store <16 x float> %1030, ptr %1007, align 4
  store <16 x float> %1035, ptr %1009, align 4
  store <16 x float> %1040, ptr %1011, align 4
  store <16 x float> %1045, ptr %1013, align 4
  store <16 x float> %1050, ptr %1015, align 4
  store <16 x float> %1055, ptr %1017, align 4
  store <16 x float> %1060, ptr %1019, align 4
  %1061 = icmp ugt i64 %i23.addr.02377, 8
  br i1 %1061, label %p3.body.1, label %i23.head.loopexit

p3.body.1:                                        ; preds = %p3.exit, %p3.body.1
  %acc.02375.1 = phi <16 x float> [ %1067, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc1.02374.1 = phi <16 x float> [ %1072, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc2.02373.1 = phi <16 x float> [ %1077, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc3.02372.1 = phi <16 x float> [ %1082, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc4.02371.1 = phi <16 x float> [ %1087, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc5.02370.1 = phi <16 x float> [ %1092, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc6.02369.1 = phi <16 x float> [ %1097, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %acc7.02368.1 = phi <16 x float> [ %1102, %p3.body.1 ], [ zeroinitializer, %p3.exit ]
  %p3.addr.02367.1 = phi i64 [ %p3.next.1, %p3.body.1 ], [ 0, %p3.exit ]
  %.idx2319.1 = shl nuw nsw i64 %p3.addr.02367.1, 7
  %gep.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx2319.1
  %1062 = load <16 x float>, ptr %gep.1, align 4
  %gep3080.1 = getelementptr inbounds float, ptr %invariant.gep3079, i64 %p3.addr.02367.1
  %1063 = getelementptr inbounds i8, ptr %gep3080.1, i64 10240
  %1064 = load float, ptr %1063, align 4
  %1065 = insertelement <16 x float> poison, float %1064, i64 0
  %1066 = shufflevector <16 x float> %1065, <16 x float> poison, <16 x i32> zeroinitializer
  %1067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1066, <16 x float> %1062, <16 x float> %acc.02375.1)
  %1068 = getelementptr inbounds i8, ptr %gep3080.1, i64 10368
  %1069 = load float, ptr %1068, align 4
  %1070 = insertelement <16 x float> poison, float %1069, i64 0
  %1071 = shufflevector <16 x float> %1070, <16 x float> poison, <16 x i32> zeroinitializer
  %1072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1071, <16 x float> %1062, <16 x float> %acc1.02374.1)
  %1073 = getelementptr inbounds i8, ptr %gep3080.1, i64 10496
  %1074 = load float, ptr %1073, align 4
  %1075 = insertelement <16 x float> poison, float %1074, i64 0
  %1076 = shufflevector <16 x float> %1075, <16 x float> poison, <16 x i32> zeroinitializer
  %1077 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1076, <16 x float> %1062, <16 x float> %acc2.02373.1)
  %1078 = getelementptr inbounds i8, ptr %gep3080.1, i64 10624
  %1079 = load float, ptr %1078, align 4
  %1080 = insertelement <16 x float> poison, float %1079, i64 0
  %1081 = shufflevector <16 x float> %1080, <16 x float> poison, <16 x i32> zeroinitializer
  %1082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1081, <16 x float> %1062, <16 x float> %acc3.02372.1)
  %1083 = getelementptr inbounds i8, ptr %gep3080.1, i64 10752
  %1084 = load float, ptr %1083, align 4
  %1085 = insertelement <16 x float> poison, float %1084, i64 0
  %1086 = shufflevector <16 x float> %1085, <16 x float> poison, <16 x i32> zeroinitializer
  %1087 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1086, <16 x float> %1062, <16 x float> %acc4.02371.1)
  %1088 = getelementptr inbounds i8, ptr %gep3080.1, i64 10880
  %1089 = load float, ptr %1088, align 4
  %1090 = insertelement <16 x float> poison, float %1089, i64 0
  %1091 = shufflevector <16 x float> %1090, <16 x float> poison, <16 x i32> zeroinitializer
  %1092 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1091, <16 x float> %1062, <16 x float> %acc5.02370.1)
  %1093 = getelementptr inbounds i8, ptr %gep3080.1, i64 11008
  %1094 = load float, ptr %1093, align 4
  %1095 = insertelement <16 x float> poison, float %1094, i64 0
  %1096 = shufflevector <16 x float> %1095, <16 x float> poison, <16 x i32> zeroinitializer
  %1097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1096, <16 x float> %1062, <16 x float> %acc6.02369.1)
  %1098 = getelementptr inbounds i8, ptr %gep3080.1, i64 11136
  %1099 = load float, ptr %1098, align 4
  %1100 = insertelement <16 x float> poison, float %1099, i64 0
  %1101 = shufflevector <16 x float> %1100, <16 x float> poison, <16 x i32> zeroinitializer
  %1102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1101, <16 x float> %1062, <16 x float> %acc7.02368.1)
  %p3.next.1 = add nuw nsw i64 %p3.addr.02367.1, 1
  %exitcond2842.not.1 = icmp eq i64 %p3.next.1, 32
  br i1 %exitcond2842.not.1, label %p3.exit.1, label %p3.body.1

p3.exit.1:                                        ; preds = %p3.body.1
  %1103 = getelementptr inbounds i8, ptr %1005, i64 64
  store <16 x float> %1067, ptr %1103, align 4
  %1104 = getelementptr inbounds i8, ptr %1007, i64 64
  store <16 x float> %1072, ptr %1104, align 4
  %1105 = getelementptr inbounds i8, ptr %1009, i64 64
  store <16 x float> %1077, ptr %1105, align 4
  %1106 = getelementptr inbounds i8, ptr %1011, i64 64
  store <16 x float> %1082, ptr %1106, align 4
  %1107 = getelementptr inbounds i8, ptr %1013, i64 64
  store <16 x float> %1087, ptr %1107, align 4
  %1108 = getelementptr inbounds i8, ptr %1015, i64 64
  store <16 x float> %1092, ptr %1108, align 4
  %1109 = getelementptr inbounds i8, ptr %1017, i64 64
  store <16 x float> %1097, ptr %1109, align 4
  %1110 = getelementptr inbounds i8, ptr %1019, i64 64
  store <16 x float> %1102, ptr %1110, align 4
  br label %i23.head.loopexit

p4.head.preheader:                                ; preds = %i23.head.loopexit, %p4.exit
  %i24.addr.02395 = phi i64 [ %i24.next, %p4.exit ], [ 0, %i23.head.loopexit ]
  %.idx2888 = shl nsw i64 %i24.addr.02395, 7
  %invariant.gep3081 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2888
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02394 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1127, %p4.body ]
  %acc9.02393 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1128, %p4.body ]
  %acc10.02392 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1129, %p4.body ]
  %acc11.02391 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1130, %p4.body ]
  %acc12.02390 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1135, %p4.body ]
  %acc13.02389 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1136, %p4.body ]
  %acc14.02388 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1137, %p4.body ]
  %acc15.02387 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1138, %p4.body ]
  %acc16.02386 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1143, %p4.body ]
  %acc17.02385 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1144, %p4.body ]
  %acc18.02384 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1145, %p4.body ]
  %acc19.02383 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1146, %p4.body ]
  %acc20.02382 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1151, %p4.body ]
  %acc21.02381 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1152, %p4.body ]
  %acc22.02380 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1153, %p4.body ]
  %acc23.02379 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1154, %p4.body ]
  %p4.addr.02378 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1111 = shl nuw nsw i64 %p4.addr.02378, 6
  %1112 = getelementptr inbounds float, ptr %work, i64 %1111
  %1113 = load <16 x float>, ptr %1112, align 4
  %1114 = or disjoint i64 %1111, 16
  %1115 = getelementptr inbounds float, ptr %work, i64 %1114
  %1116 = load <16 x float>, ptr %1115, align 4
  %1117 = or disjoint i64 %1111, 32
  %1118 = getelementptr inbounds float, ptr %work, i64 %1117
  %1119 = load <16 x float>, ptr %1118, align 4
  %1120 = or disjoint i64 %1111, 48
  %1121 = getelementptr inbounds float, ptr %work, i64 %1120
  %1122 = load <16 x float>, ptr %1121, align 4
  %gep3082 = getelementptr inbounds float, ptr %invariant.gep3081, i64 %p4.addr.02378
  %1123 = getelementptr inbounds i8, ptr %gep3082, i64 10240
  %1124 = load float, ptr %1123, align 4
  %1125 = insertelement <16 x float> poison, float %1124, i64 0
  %1126 = shufflevector <16 x float> %1125, <16 x float> poison, <16 x i32> zeroinitializer
  %1127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1126, <16 x float> %1113, <16 x float> %acc8.02394)
  %1128 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1126, <16 x float> %1116, <16 x float> %acc9.02393)
  %1129 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1126, <16 x float> %1119, <16 x float> %acc10.02392)
  %1130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1126, <16 x float> %1122, <16 x float> %acc11.02391)
  %1131 = getelementptr inbounds i8, ptr %gep3082, i64 10368
  %1132 = load float, ptr %1131, align 4
  %1133 = insertelement <16 x float> poison, float %1132, i64 0
  %1134 = shufflevector <16 x float> %1133, <16 x float> poison, <16 x i32> zeroinitializer
  %1135 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1134, <16 x float> %1113, <16 x float> %acc12.02390)
  %1136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1134, <16 x float> %1116, <16 x float> %acc13.02389)
  %1137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1134, <16 x float> %1119, <16 x float> %acc14.02388)
  %1138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1134, <16 x float> %1122, <16 x float> %acc15.02387)
  %1139 = getelementptr inbounds i8, ptr %gep3082, i64 10496
  %1140 = load float, ptr %1139, align 4
  %1141 = insertelement <16 x float> poison, float %1140, i64 0
  %1142 = shufflevector <16 x float> %1141, <16 x float> poison, <16 x i32> zeroinitializer
  %1143 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1142, <16 x float> %1113, <16 x float> %acc16.02386)
  %1144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1142, <16 x float> %1116, <16 x float> %acc17.02385)
  %1145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1142, <16 x float> %1119, <16 x float> %acc18.02384)
  %1146 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1142, <16 x float> %1122, <16 x float> %acc19.02383)
  %1147 = getelementptr inbounds i8, ptr %gep3082, i64 10624
  %1148 = load float, ptr %1147, align 4
  %1149 = insertelement <16 x float> poison, float %1148, i64 0
  %1150 = shufflevector <16 x float> %1149, <16 x float> poison, <16 x i32> zeroinitializer
  %1151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1113, <16 x float> %acc20.02382)
  %1152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1116, <16 x float> %acc21.02381)
  %1153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1119, <16 x float> %acc22.02380)
  %1154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1122, <16 x float> %acc23.02379)
  %p4.next = add nuw nsw i64 %p4.addr.02378, 1
  %exitcond2843.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond2843.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1155 = shl nuw nsw i64 %i24.addr.02395, 6
  %1156 = getelementptr inbounds float, ptr %KSdS, i64 %1155
  store <16 x float> %1127, ptr %1156, align 4
  %1157 = or disjoint i64 %1155, 16
  %1158 = getelementptr inbounds float, ptr %KSdS, i64 %1157
  store <16 x float> %1128, ptr %1158, align 4
  %1159 = or disjoint i64 %1155, 32
  %1160 = getelementptr inbounds float, ptr %KSdS, i64 %1159
  store <16 x float> %1129, ptr %1160, align 4
  %1161 = or disjoint i64 %1155, 48
  %1162 = getelementptr inbounds float, ptr %KSdS, i64 %1161
  store <16 x float> %1130, ptr %1162, align 4
  %1163 = or disjoint i64 %1155, 64
  %1164 = getelementptr inbounds float, ptr %KSdS, i64 %1163
  store <16 x float> %1135, ptr %1164, align 4
  %1165 = or disjoint i64 %1155, 80
  %1166 = getelementptr inbounds float, ptr %KSdS, i64 %1165
  store <16 x float> %1136, ptr %1166, align 4
  %1167 = or disjoint i64 %1155, 96
  %1168 = getelementptr inbounds float, ptr %KSdS, i64 %1167
  store <16 x float> %1137, ptr %1168, align 4
  %1169 = or disjoint i64 %1155, 112
  %1170 = getelementptr inbounds float, ptr %KSdS, i64 %1169
  store <16 x float> %1138, ptr %1170, align 4
  %1171 = or disjoint i64 %1155, 128
  %1172 = getelementptr inbounds float, ptr %KSdS, i64 %1171
  store <16 x float> %1143, ptr %1172, align 4
  %1173 = or disjoint i64 %1155, 144
  %1174 = getelementptr inbounds float, ptr %KSdS, i64 %1173
  store <16 x float> %1144, ptr %1174, align 4
  %1175 = or disjoint i64 %1155, 160
  %1176 = getelementptr inbounds float, ptr %KSdS, i64 %1175
  store <16 x float> %1145, ptr %1176, align 4
  %1177 = or disjoint i64 %1155, 176
  %1178 = getelementptr inbounds float, ptr %KSdS, i64 %1177
  store <16 x float> %1146, ptr %1178, align 4
  %1179 = or disjoint i64 %1155, 192
  %1180 = getelementptr inbounds float, ptr %KSdS, i64 %1179
  store <16 x float> %1151, ptr %1180, align 4
  %1181 = or disjoint i64 %1155, 208
  %1182 = getelementptr inbounds float, ptr %KSdS, i64 %1181
  store <16 x float> %1152, ptr %1182, align 4
  %1183 = or disjoint i64 %1155, 224
  %1184 = getelementptr inbounds float, ptr %KSdS, i64 %1183
  store <16 x float> %1153, ptr %1184, align 4
  %1185 = or disjoint i64 %1155, 240
  %1186 = getelementptr inbounds float, ptr %KSdS, i64 %1185
  store <16 x float> %1154, ptr %1186, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02395, 4
  %1187 = icmp ult i64 %i24.addr.02395, 28
  br i1 %1187, label %p4.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit, %p5.head.preheader
  %i25.addr.02397 = phi i64 [ %i25.next.3, %p5.head.preheader ], [ 0, %p4.exit ]
  %.idx2611 = shl nsw i64 %i25.addr.02397, 7
  %1188 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2611
  %1189 = load <16 x float>, ptr %1188, align 4
  %.idx2612 = shl nsw i64 %i25.addr.02397, 8
  %1190 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2612
  %1191 = load <16 x float>, ptr %1190, align 4
  %1192 = fsub <16 x float> %1189, %1191
  store <16 x float> %1192, ptr %1188, align 4
  %1193 = getelementptr inbounds i8, ptr %29, i64 %.idx2611
  %1194 = load <16 x float>, ptr %1193, align 4
  %1195 = getelementptr inbounds i8, ptr %30, i64 %.idx2612
  %1196 = load <16 x float>, ptr %1195, align 4
  %1197 = fsub <16 x float> %1194, %1196
  store <16 x float> %1197, ptr %1193, align 4
  %i25.next = or disjoint i64 %i25.addr.02397, 1
  %.idx2611.1 = shl nsw i64 %i25.next, 7
  %1198 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2611.1
  %1199 = load <16 x float>, ptr %1198, align 4
  %.idx2612.1 = shl nsw i64 %i25.next, 8
  %1200 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2612.1
  %1201 = load <16 x float>, ptr %1200, align 4
  %1202 = fsub <16 x float> %1199, %1201
  store <16 x float> %1202, ptr %1198, align 4
  %1203 = getelementptr inbounds i8, ptr %29, i64 %.idx2611.1
  %1204 = load <16 x float>, ptr %1203, align 4
  %1205 = getelementptr inbounds i8, ptr %30, i64 %.idx2612.1
  %1206 = load <16 x float>, ptr %1205, align 4
  %1207 = fsub <16 x float> %1204, %1206
  store <16 x float> %1207, ptr %1203, align 4
  %i25.next.1 = or disjoint i64 %i25.addr.02397, 2
  %.idx2611.2 = shl nsw i64 %i25.next.1, 7
  %1208 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2611.2
  %1209 = load <16 x float>, ptr %1208, align 4
  %.idx2612.2 = shl nsw i64 %i25.next.1, 8
  %1210 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2612.2
  %1211 = load <16 x float>, ptr %1210, align 4
  %1212 = fsub <16 x float> %1209, %1211
  store <16 x float> %1212, ptr %1208, align 4
  %1213 = getelementptr inbounds i8, ptr %29, i64 %.idx2611.2
  %1214 = load <16 x float>, ptr %1213, align 4
  %1215 = getelementptr inbounds i8, ptr %30, i64 %.idx2612.2
  %1216 = load <16 x float>, ptr %1215, align 4
  %1217 = fsub <16 x float> %1214, %1216
  store <16 x float> %1217, ptr %1213, align 4
  %i25.next.2 = or disjoint i64 %i25.addr.02397, 3
  %.idx2611.3 = shl nsw i64 %i25.next.2, 7
  %1218 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2611.3
  %1219 = load <16 x float>, ptr %1218, align 4
  %.idx2612.3 = shl nsw i64 %i25.next.2, 8
  %1220 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2612.3
  %1221 = load <16 x float>, ptr %1220, align 4
  %1222 = fsub <16 x float> %1219, %1221
  store <16 x float> %1222, ptr %1218, align 4
  %1223 = getelementptr inbounds i8, ptr %29, i64 %.idx2611.3
  %1224 = load <16 x float>, ptr %1223, align 4
  %1225 = getelementptr inbounds i8, ptr %30, i64 %.idx2612.3
  %1226 = load <16 x float>, ptr %1225, align 4
  %1227 = fsub <16 x float> %1224, %1226
  store <16 x float> %1227, ptr %1223, align 4
  %i25.next.3 = add nuw nsw i64 %i25.addr.02397, 4
  %exitcond2844.not.3 = icmp eq i64 %i25.next.3, 32
  br i1 %exitcond2844.not.3, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %ib.addr.02414 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %1228 = shl nuw nsw i64 %ib.addr.02414, 2
  %umax3423 = tail call i64 @llvm.umax.i64(i64 %1228, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02414, 2
  %.not2613 = icmp eq i64 %ib.addr.02414, 0
  br i1 %.not2613, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2317 = shl nuw nsw i64 %ib.addr.02414, 9
  %1229 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2317
  %1230 = shl nuw nsw i64 %ib.addr.02414, 7
  %1231 = or disjoint i64 %1230, 32
  %1232 = getelementptr inbounds float, ptr %Gm, i64 %1231
  %1233 = or disjoint i64 %1230, 64
  %1234 = getelementptr inbounds float, ptr %Gm, i64 %1233
  %1235 = or disjoint i64 %1230, 96
  %1236 = getelementptr inbounds float, ptr %Gm, i64 %1235
  %xtraiter = and i64 %umax3423, 1
  %1237 = icmp eq i64 %umax3423, 1
  br i1 %1237, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3423, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02406 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1278, %j21.body ]
  %acc25.02405 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1279, %j21.body ]
  %acc26.02404 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1284, %j21.body ]
  %acc27.02403 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1285, %j21.body ]
  %acc28.02402 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1290, %j21.body ]
  %acc29.02401 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1291, %j21.body ]
  %acc30.02400 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1296, %j21.body ]
  %acc31.02399 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1297, %j21.body ]
  %j21.addr.02398 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1238 = shl nsw i64 %j21.addr.02398, 5
  %1239 = getelementptr inbounds float, ptr %Vn, i64 %1238
  %1240 = load <16 x float>, ptr %1239, align 4
  %1241 = or disjoint i64 %1238, 16
  %1242 = getelementptr inbounds float, ptr %Vn, i64 %1241
  %1243 = load <16 x float>, ptr %1242, align 4
  %1244 = getelementptr inbounds float, ptr %1229, i64 %j21.addr.02398
  %1245 = load float, ptr %1244, align 4
  %1246 = insertelement <16 x float> poison, float %1245, i64 0
  %1247 = shufflevector <16 x float> %1246, <16 x float> poison, <16 x i32> zeroinitializer
  %1248 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1247, <16 x float> %1240, <16 x float> %acc24.02406)
  %1249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1247, <16 x float> %1243, <16 x float> %acc25.02405)
  %1250 = getelementptr inbounds float, ptr %1232, i64 %j21.addr.02398
  %1251 = load float, ptr %1250, align 4
  %1252 = insertelement <16 x float> poison, float %1251, i64 0
  %1253 = shufflevector <16 x float> %1252, <16 x float> poison, <16 x i32> zeroinitializer
  %1254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1240, <16 x float> %acc26.02404)
  %1255 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1253, <16 x float> %1243, <16 x float> %acc27.02403)
  %1256 = getelementptr inbounds float, ptr %1234, i64 %j21.addr.02398
  %1257 = load float, ptr %1256, align 4
  %1258 = insertelement <16 x float> poison, float %1257, i64 0
  %1259 = shufflevector <16 x float> %1258, <16 x float> poison, <16 x i32> zeroinitializer
  %1260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1259, <16 x float> %1240, <16 x float> %acc28.02402)
  %1261 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1259, <16 x float> %1243, <16 x float> %acc29.02401)
  %1262 = getelementptr inbounds float, ptr %1236, i64 %j21.addr.02398
  %1263 = load float, ptr %1262, align 4
  %1264 = insertelement <16 x float> poison, float %1263, i64 0
  %1265 = shufflevector <16 x float> %1264, <16 x float> poison, <16 x i32> zeroinitializer
  %1266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1265, <16 x float> %1240, <16 x float> %acc30.02400)
  %1267 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1265, <16 x float> %1243, <16 x float> %acc31.02399)
  %j21.next = or disjoint i64 %j21.addr.02398, 1
  %1268 = shl nsw i64 %j21.next, 5
  %1269 = getelementptr inbounds float, ptr %Vn, i64 %1268
  %1270 = load <16 x float>, ptr %1269, align 4
  %1271 = or disjoint i64 %1268, 16
  %1272 = getelementptr inbounds float, ptr %Vn, i64 %1271
  %1273 = load <16 x float>, ptr %1272, align 4
  %1274 = getelementptr inbounds float, ptr %1229, i64 %j21.next
  %1275 = load float, ptr %1274, align 4
  %1276 = insertelement <16 x float> poison, float %1275, i64 0
  %1277 = shufflevector <16 x float> %1276, <16 x float> poison, <16 x i32> zeroinitializer
  %1278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1277, <16 x float> %1270, <16 x float> %1248)
  %1279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1277, <16 x float> %1273, <16 x float> %1249)
  %1280 = getelementptr inbounds float, ptr %1232, i64 %j21.next
  %1281 = load float, ptr %1280, align 4
  %1282 = insertelement <16 x float> poison, float %1281, i64 0
  %1283 = shufflevector <16 x float> %1282, <16 x float> poison, <16 x i32> zeroinitializer
  %1284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1283, <16 x float> %1270, <16 x float> %1254)
  %1285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1283, <16 x float> %1273, <16 x float> %1255)
  %1286 = getelementptr inbounds float, ptr %1234, i64 %j21.next
  %1287 = load float, ptr %1286, align 4
  %1288 = insertelement <16 x float> poison, float %1287, i64 0
  %1289 = shufflevector <16 x float> %1288, <16 x float> poison, <16 x i32> zeroinitializer
  %1290 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1289, <16 x float> %1270, <16 x float> %1260)
  %1291 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1289, <16 x float> %1273, <16 x float> %1261)
  %1292 = getelementptr inbounds float, ptr %1236, i64 %j21.next
  %1293 = load float, ptr %1292, align 4
  %1294 = insertelement <16 x float> poison, float %1293, i64 0
  %1295 = shufflevector <16 x float> %1294, <16 x float> poison, <16 x i32> zeroinitializer
  %1296 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1295, <16 x float> %1270, <16 x float> %1266)
  %1297 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1295, <16 x float> %1273, <16 x float> %1267)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02398, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3294.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1278, %j21.body ]
  %.lcssa3293.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1279, %j21.body ]
  %.lcssa3292.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1284, %j21.body ]
  %.lcssa3291.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1285, %j21.body ]
  %.lcssa3290.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1290, %j21.body ]
  %.lcssa3289.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1291, %j21.body ]
  %.lcssa3288.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1296, %j21.body ]
  %.lcssa3287.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1297, %j21.body ]
  %acc24.02406.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1278, %j21.body ]
  %acc25.02405.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1279, %j21.body ]
  %acc26.02404.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1284, %j21.body ]
  %acc27.02403.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1285, %j21.body ]
  %acc28.02402.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1290, %j21.body ]
  %acc29.02401.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1291, %j21.body ]
  %acc30.02400.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1296, %j21.body ]
  %acc31.02399.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1297, %j21.body ]
  %j21.addr.02398.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1298 = shl nsw i64 %j21.addr.02398.unr, 5
  %1299 = getelementptr inbounds float, ptr %Vn, i64 %1298
  %1300 = load <16 x float>, ptr %1299, align 4
  %1301 = or disjoint i64 %1298, 16
  %1302 = getelementptr inbounds float, ptr %Vn, i64 %1301
  %1303 = load <16 x float>, ptr %1302, align 4
  %1304 = getelementptr inbounds float, ptr %1229, i64 %j21.addr.02398.unr
  %1305 = load float, ptr %1304, align 4
  %1306 = insertelement <16 x float> poison, float %1305, i64 0
  %1307 = shufflevector <16 x float> %1306, <16 x float> poison, <16 x i32> zeroinitializer
  %1308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1307, <16 x float> %1300, <16 x float> %acc24.02406.unr)
  %1309 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1307, <16 x float> %1303, <16 x float> %acc25.02405.unr)
  %1310 = getelementptr inbounds float, ptr %1232, i64 %j21.addr.02398.unr
  %1311 = load float, ptr %1310, align 4
  %1312 = insertelement <16 x float> poison, float %1311, i64 0
  %1313 = shufflevector <16 x float> %1312, <16 x float> poison, <16 x i32> zeroinitializer
  %1314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1313, <16 x float> %1300, <16 x float> %acc26.02404.unr)
  %1315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1313, <16 x float> %1303, <16 x float> %acc27.02403.unr)
  %1316 = getelementptr inbounds float, ptr %1234, i64 %j21.addr.02398.unr
  %1317 = load float, ptr %1316, align 4
  %1318 = insertelement <16 x float> poison, float %1317, i64 0
  %1319 = shufflevector <16 x float> %1318, <16 x float> poison, <16 x i32> zeroinitializer
  %1320 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1319, <16 x float> %1300, <16 x float> %acc28.02402.unr)
  %1321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1319, <16 x float> %1303, <16 x float> %acc29.02401.unr)
  %1322 = getelementptr inbounds float, ptr %1236, i64 %j21.addr.02398.unr
  %1323 = load float, ptr %1322, align 4
  %1324 = insertelement <16 x float> poison, float %1323, i64 0
  %1325 = shufflevector <16 x float> %1324, <16 x float> poison, <16 x i32> zeroinitializer
  %1326 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1325, <16 x float> %1300, <16 x float> %acc30.02400.unr)
  %1327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1325, <16 x float> %1303, <16 x float> %acc31.02399.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %1230, %j21.exit.loopexit.unr-lcssa ], [ %1230, %j21.body.epil ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3287.ph, %j21.exit.loopexit.unr-lcssa ], [ %1327, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3288.ph, %j21.exit.loopexit.unr-lcssa ], [ %1326, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3289.ph, %j21.exit.loopexit.unr-lcssa ], [ %1321, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3290.ph, %j21.exit.loopexit.unr-lcssa ], [ %1320, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3291.ph, %j21.exit.loopexit.unr-lcssa ], [ %1315, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3292.ph, %j21.exit.loopexit.unr-lcssa ], [ %1314, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3293.ph, %j21.exit.loopexit.unr-lcssa ], [ %1309, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3294.ph, %j21.exit.loopexit.unr-lcssa ], [ %1308, %j21.body.epil ]
  %1328 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1329 = load float, ptr %1328, align 4
  %1330 = getelementptr inbounds float, ptr %Rr, i64 %.pre-phi
  %1331 = load <16 x float>, ptr %1330, align 4
  %1332 = fsub <16 x float> %1331, %acc24.0.lcssa
  store <16 x float> %1332, ptr %1330, align 4
  %1333 = insertelement <16 x float> poison, float %1329, i64 0
  %1334 = shufflevector <16 x float> %1333, <16 x float> poison, <16 x i32> zeroinitializer
  %1335 = fmul <16 x float> %1334, %1332
  %1336 = getelementptr inbounds float, ptr %Vn, i64 %.pre-phi
  store <16 x float> %1335, ptr %1336, align 4
  %1337 = mul nuw nsw i64 %ib.addr.02414, 448
  %1338 = getelementptr inbounds float, ptr %Ak, i64 %1337
  store <16 x float> %1335, ptr %1338, align 4
  %1339 = or disjoint i64 %.pre-phi, 16
  %1340 = getelementptr inbounds float, ptr %Rr, i64 %1339
  %1341 = load <16 x float>, ptr %1340, align 4
  %1342 = fsub <16 x float> %1341, %acc25.0.lcssa
  store <16 x float> %1342, ptr %1340, align 4
  %1343 = fmul <16 x float> %1334, %1342
  %1344 = getelementptr inbounds float, ptr %Vn, i64 %1339
  store <16 x float> %1343, ptr %1344, align 4
  %1345 = or disjoint i64 %1337, 16
  %1346 = getelementptr inbounds float, ptr %Ak, i64 %1345
  store <16 x float> %1343, ptr %1346, align 4
  %i26 = or disjoint i64 %i0, 1
  %1347 = shl nuw nsw i64 %i26, 5
  %1348 = or disjoint i64 %1347, %i0
  %1349 = getelementptr inbounds float, ptr %Gm, i64 %1348
  %1350 = load float, ptr %1349, align 4
  %1351 = insertelement <16 x float> poison, float %1350, i64 0
  %1352 = shufflevector <16 x float> %1351, <16 x float> poison, <16 x i32> zeroinitializer
  %1353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1352, <16 x float> %1335, <16 x float> %acc26.0.lcssa)
  %1354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1352, <16 x float> %1343, <16 x float> %acc27.0.lcssa)
  %1355 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1356 = load float, ptr %1355, align 4
  %1357 = getelementptr inbounds float, ptr %Rr, i64 %1347
  %1358 = load <16 x float>, ptr %1357, align 4
  %1359 = fsub <16 x float> %1358, %1353
  store <16 x float> %1359, ptr %1357, align 4
  %1360 = insertelement <16 x float> poison, float %1356, i64 0
  %1361 = shufflevector <16 x float> %1360, <16 x float> poison, <16 x i32> zeroinitializer
  %1362 = fmul <16 x float> %1361, %1359
  %1363 = getelementptr inbounds float, ptr %Vn, i64 %1347
  store <16 x float> %1362, ptr %1363, align 4
  %.idx2334 = mul nuw nsw i64 %i26, 448
  %1364 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2334
  store <16 x float> %1362, ptr %1364, align 4
  %1365 = or disjoint i64 %1347, 16
  %1366 = getelementptr inbounds float, ptr %Rr, i64 %1365
  %1367 = load <16 x float>, ptr %1366, align 4
  %1368 = fsub <16 x float> %1367, %1354
  store <16 x float> %1368, ptr %1366, align 4
  %1369 = fmul <16 x float> %1361, %1368
  %1370 = getelementptr inbounds float, ptr %Vn, i64 %1365
  store <16 x float> %1369, ptr %1370, align 4
  %1371 = getelementptr inbounds i8, ptr %1364, i64 64
  store <16 x float> %1369, ptr %1371, align 4
  %i27 = or disjoint i64 %i0, 2
  %1372 = shl nuw nsw i64 %i27, 5
  %1373 = or disjoint i64 %1372, %i0
  %1374 = getelementptr inbounds float, ptr %Gm, i64 %1373
  %1375 = load float, ptr %1374, align 4
  %1376 = insertelement <16 x float> poison, float %1375, i64 0
  %1377 = shufflevector <16 x float> %1376, <16 x float> poison, <16 x i32> zeroinitializer
  %1378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1377, <16 x float> %1335, <16 x float> %acc28.0.lcssa)
  %1379 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1377, <16 x float> %1343, <16 x float> %acc29.0.lcssa)
  %1380 = or disjoint i64 %1372, %i26
  %1381 = getelementptr inbounds float, ptr %Gm, i64 %1380
  %1382 = load float, ptr %1381, align 4
  %1383 = insertelement <16 x float> poison, float %1382, i64 0
  %1384 = shufflevector <16 x float> %1383, <16 x float> poison, <16 x i32> zeroinitializer
  %1385 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1384, <16 x float> %1362, <16 x float> %1378)
  %1386 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1384, <16 x float> %1369, <16 x float> %1379)
  %1387 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1388 = load float, ptr %1387, align 4
  %1389 = getelementptr inbounds float, ptr %Rr, i64 %1372
  %1390 = load <16 x float>, ptr %1389, align 4
  %1391 = fsub <16 x float> %1390, %1385
  store <16 x float> %1391, ptr %1389, align 4
  %1392 = insertelement <16 x float> poison, float %1388, i64 0
  %1393 = shufflevector <16 x float> %1392, <16 x float> poison, <16 x i32> zeroinitializer
  %1394 = fmul <16 x float> %1393, %1391
  %1395 = getelementptr inbounds float, ptr %Vn, i64 %1372
  store <16 x float> %1394, ptr %1395, align 4
  %1396 = mul nuw nsw i64 %i27, 112
  %1397 = getelementptr inbounds float, ptr %Ak, i64 %1396
  store <16 x float> %1394, ptr %1397, align 4
  %1398 = or disjoint i64 %1372, 16
  %1399 = getelementptr inbounds float, ptr %Rr, i64 %1398
  %1400 = load <16 x float>, ptr %1399, align 4
  %1401 = fsub <16 x float> %1400, %1386
  store <16 x float> %1401, ptr %1399, align 4
  %1402 = fmul <16 x float> %1393, %1401
  %1403 = getelementptr inbounds float, ptr %Vn, i64 %1398
  store <16 x float> %1402, ptr %1403, align 4
  %1404 = or disjoint i64 %1396, 16
  %1405 = getelementptr inbounds float, ptr %Ak, i64 %1404
  store <16 x float> %1402, ptr %1405, align 4
  %i28 = or disjoint i64 %i0, 3
  %1406 = shl nuw nsw i64 %i28, 5
  %1407 = or disjoint i64 %1406, %i0
  %1408 = getelementptr inbounds float, ptr %Gm, i64 %1407
  %1409 = load float, ptr %1408, align 4
  %1410 = insertelement <16 x float> poison, float %1409, i64 0
  %1411 = shufflevector <16 x float> %1410, <16 x float> poison, <16 x i32> zeroinitializer
  %1412 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1411, <16 x float> %1335, <16 x float> %acc30.0.lcssa)
  %1413 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1411, <16 x float> %1343, <16 x float> %acc31.0.lcssa)
  %1414 = or disjoint i64 %1406, %i26
  %1415 = getelementptr inbounds float, ptr %Gm, i64 %1414
  %1416 = load float, ptr %1415, align 4
  %1417 = insertelement <16 x float> poison, float %1416, i64 0
  %1418 = shufflevector <16 x float> %1417, <16 x float> poison, <16 x i32> zeroinitializer
  %1419 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1418, <16 x float> %1362, <16 x float> %1412)
  %1420 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1418, <16 x float> %1369, <16 x float> %1413)
  %1421 = or disjoint i64 %1406, %i27
  %1422 = getelementptr inbounds float, ptr %Gm, i64 %1421
  %1423 = load float, ptr %1422, align 4
  %1424 = insertelement <16 x float> poison, float %1423, i64 0
  %1425 = shufflevector <16 x float> %1424, <16 x float> poison, <16 x i32> zeroinitializer
  %1426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1425, <16 x float> %1394, <16 x float> %1419)
  %1427 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1425, <16 x float> %1402, <16 x float> %1420)
  %1428 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1429 = load float, ptr %1428, align 4
  %1430 = getelementptr inbounds float, ptr %Rr, i64 %1406
  %1431 = load <16 x float>, ptr %1430, align 4
  %1432 = fsub <16 x float> %1431, %1426
  store <16 x float> %1432, ptr %1430, align 4
  %1433 = insertelement <16 x float> poison, float %1429, i64 0
  %1434 = shufflevector <16 x float> %1433, <16 x float> poison, <16 x i32> zeroinitializer
  %1435 = fmul <16 x float> %1434, %1432
  %1436 = getelementptr inbounds float, ptr %Vn, i64 %1406
  store <16 x float> %1435, ptr %1436, align 4
  %.idx2335 = mul nuw nsw i64 %i28, 448
  %1437 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2335
  store <16 x float> %1435, ptr %1437, align 4
  %1438 = or disjoint i64 %1406, 16
  %1439 = getelementptr inbounds float, ptr %Rr, i64 %1438
  %1440 = load <16 x float>, ptr %1439, align 4
  %1441 = fsub <16 x float> %1440, %1427
  store <16 x float> %1441, ptr %1439, align 4
  %1442 = fmul <16 x float> %1434, %1441
  %1443 = getelementptr inbounds float, ptr %Vn, i64 %1438
  store <16 x float> %1442, ptr %1443, align 4
  %1444 = getelementptr inbounds i8, ptr %1437, i64 64
  store <16 x float> %1442, ptr %1444, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02414, 1
  %exitcond2846.not = icmp eq i64 %ib.next, 8
  br i1 %exitcond2846.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %1445 = phi i1 [ false, %j22.exit ], [ true, %j21.exit ]
  %i29.addr.02416 = phi i64 [ 16, %j22.exit ], [ 0, %j21.exit ]
  %1446 = shl nuw nsw i64 %i29.addr.02416, 5
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %1447 = phi i1 [ true, %j22.head.preheader ], [ false, %j22.body ]
  %j22.addr.02415 = phi i64 [ 0, %j22.head.preheader ], [ 16, %j22.body ]
  %1448 = or disjoint i64 %j22.addr.02415, %1446
  %1449 = getelementptr inbounds float, ptr %Vn, i64 %1448
  %1450 = load <16 x float>, ptr %1449, align 4
  %1451 = or disjoint i64 %1448, 256
  %1452 = getelementptr inbounds float, ptr %Vn, i64 %1451
  %1453 = load <16 x float>, ptr %1452, align 4
  %1454 = or disjoint i64 %1448, 32
  %1455 = getelementptr inbounds float, ptr %Vn, i64 %1454
  %1456 = load <16 x float>, ptr %1455, align 4
  %1457 = or disjoint i64 %1448, 288
  %1458 = getelementptr inbounds float, ptr %Vn, i64 %1457
  %1459 = load <16 x float>, ptr %1458, align 4
  %1460 = or disjoint i64 %1448, 64
  %1461 = getelementptr inbounds float, ptr %Vn, i64 %1460
  %1462 = load <16 x float>, ptr %1461, align 4
  %1463 = or disjoint i64 %1448, 320
  %1464 = getelementptr inbounds float, ptr %Vn, i64 %1463
  %1465 = load <16 x float>, ptr %1464, align 4
  %1466 = or disjoint i64 %1448, 96
  %1467 = getelementptr inbounds float, ptr %Vn, i64 %1466
  %1468 = load <16 x float>, ptr %1467, align 4
  %1469 = or disjoint i64 %1448, 352
  %1470 = getelementptr inbounds float, ptr %Vn, i64 %1469
  %1471 = load <16 x float>, ptr %1470, align 4
  %1472 = or disjoint i64 %1448, 128
  %1473 = getelementptr inbounds float, ptr %Vn, i64 %1472
  %1474 = load <16 x float>, ptr %1473, align 4
  %1475 = or disjoint i64 %1448, 384
  %1476 = getelementptr inbounds float, ptr %Vn, i64 %1475
  %1477 = load <16 x float>, ptr %1476, align 4
  %1478 = or disjoint i64 %1448, 160
  %1479 = getelementptr inbounds float, ptr %Vn, i64 %1478
  %1480 = load <16 x float>, ptr %1479, align 4
  %1481 = or disjoint i64 %1448, 416
  %1482 = getelementptr inbounds float, ptr %Vn, i64 %1481
  %1483 = load <16 x float>, ptr %1482, align 4
  %1484 = or disjoint i64 %1448, 192
  %1485 = getelementptr inbounds float, ptr %Vn, i64 %1484
  %1486 = load <16 x float>, ptr %1485, align 4
  %1487 = or disjoint i64 %1448, 448
  %1488 = getelementptr inbounds float, ptr %Vn, i64 %1487
  %1489 = load <16 x float>, ptr %1488, align 4
  %1490 = or disjoint i64 %1448, 224
  %1491 = getelementptr inbounds float, ptr %Vn, i64 %1490
  %1492 = load <16 x float>, ptr %1491, align 4
  %1493 = or disjoint i64 %1448, 480
  %1494 = getelementptr inbounds float, ptr %Vn, i64 %1493
  %1495 = load <16 x float>, ptr %1494, align 4
  %1496 = shufflevector <16 x float> %1450, <16 x float> %1453, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1497 = shufflevector <16 x float> %1474, <16 x float> %1477, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1498 = shufflevector <16 x float> %1456, <16 x float> %1459, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1499 = shufflevector <16 x float> %1480, <16 x float> %1483, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1500 = shufflevector <16 x float> %1462, <16 x float> %1465, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1501 = shufflevector <16 x float> %1486, <16 x float> %1489, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1502 = shufflevector <16 x float> %1468, <16 x float> %1471, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1503 = shufflevector <16 x float> %1492, <16 x float> %1495, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1504 = shufflevector <16 x float> %1450, <16 x float> %1453, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1505 = shufflevector <16 x float> %1474, <16 x float> %1477, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1506 = shufflevector <16 x float> %1456, <16 x float> %1459, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1507 = shufflevector <16 x float> %1480, <16 x float> %1483, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1508 = shufflevector <16 x float> %1462, <16 x float> %1465, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1509 = shufflevector <16 x float> %1486, <16 x float> %1489, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1510 = shufflevector <16 x float> %1468, <16 x float> %1471, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1511 = shufflevector <16 x float> %1492, <16 x float> %1495, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1512 = shufflevector <16 x float> %1496, <16 x float> %1497, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1513 = shufflevector <16 x float> %1500, <16 x float> %1501, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1514 = shufflevector <16 x float> %1498, <16 x float> %1499, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1515 = shufflevector <16 x float> %1502, <16 x float> %1503, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1516 = shufflevector <16 x float> %1496, <16 x float> %1497, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1517 = shufflevector <16 x float> %1500, <16 x float> %1501, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1518 = shufflevector <16 x float> %1498, <16 x float> %1499, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1519 = shufflevector <16 x float> %1502, <16 x float> %1503, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1520 = shufflevector <16 x float> %1504, <16 x float> %1505, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1521 = shufflevector <16 x float> %1508, <16 x float> %1509, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1522 = shufflevector <16 x float> %1506, <16 x float> %1507, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1523 = shufflevector <16 x float> %1510, <16 x float> %1511, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1524 = shufflevector <16 x float> %1504, <16 x float> %1505, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1525 = shufflevector <16 x float> %1508, <16 x float> %1509, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1526 = shufflevector <16 x float> %1506, <16 x float> %1507, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1527 = shufflevector <16 x float> %1510, <16 x float> %1511, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1528 = shufflevector <16 x float> %1512, <16 x float> %1513, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1529 = shufflevector <16 x float> %1514, <16 x float> %1515, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1530 = shufflevector <16 x float> %1512, <16 x float> %1513, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1531 = shufflevector <16 x float> %1514, <16 x float> %1515, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1532 = shufflevector <16 x float> %1516, <16 x float> %1517, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1533 = shufflevector <16 x float> %1518, <16 x float> %1519, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1534 = shufflevector <16 x float> %1516, <16 x float> %1517, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1535 = shufflevector <16 x float> %1518, <16 x float> %1519, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1536 = shufflevector <16 x float> %1520, <16 x float> %1521, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1537 = shufflevector <16 x float> %1522, <16 x float> %1523, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1538 = shufflevector <16 x float> %1520, <16 x float> %1521, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1539 = shufflevector <16 x float> %1522, <16 x float> %1523, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1540 = shufflevector <16 x float> %1524, <16 x float> %1525, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1541 = shufflevector <16 x float> %1526, <16 x float> %1527, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1542 = shufflevector <16 x float> %1524, <16 x float> %1525, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1543 = shufflevector <16 x float> %1526, <16 x float> %1527, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1544 = shufflevector <16 x float> %1528, <16 x float> %1529, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1545 = shl nuw nsw i64 %j22.addr.02415, 5
  %1546 = or disjoint i64 %1545, %i29.addr.02416
  %1547 = getelementptr inbounds float, ptr %VnT, i64 %1546
  store <16 x float> %1544, ptr %1547, align 4
  %1548 = shufflevector <16 x float> %1528, <16 x float> %1529, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1549 = or disjoint i64 %1546, 32
  %1550 = getelementptr inbounds float, ptr %VnT, i64 %1549
  store <16 x float> %1548, ptr %1550, align 4
  %1551 = shufflevector <16 x float> %1530, <16 x float> %1531, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1552 = or disjoint i64 %1546, 64
  %1553 = getelementptr inbounds float, ptr %VnT, i64 %1552
  store <16 x float> %1551, ptr %1553, align 4
  %1554 = shufflevector <16 x float> %1530, <16 x float> %1531, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1555 = or disjoint i64 %1546, 96
  %1556 = getelementptr inbounds float, ptr %VnT, i64 %1555
  store <16 x float> %1554, ptr %1556, align 4
  %1557 = shufflevector <16 x float> %1532, <16 x float> %1533, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1558 = or disjoint i64 %1546, 128
  %1559 = getelementptr inbounds float, ptr %VnT, i64 %1558
  store <16 x float> %1557, ptr %1559, align 4
  %1560 = shufflevector <16 x float> %1532, <16 x float> %1533, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1561 = or disjoint i64 %1546, 160
  %1562 = getelementptr inbounds float, ptr %VnT, i64 %1561
  store <16 x float> %1560, ptr %1562, align 4
  %1563 = shufflevector <16 x float> %1534, <16 x float> %1535, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1564 = or disjoint i64 %1546, 192
  %1565 = getelementptr inbounds float, ptr %VnT, i64 %1564
  store <16 x float> %1563, ptr %1565, align 4
  %1566 = shufflevector <16 x float> %1534, <16 x float> %1535, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1567 = or disjoint i64 %1546, 224
  %1568 = getelementptr inbounds float, ptr %VnT, i64 %1567
  store <16 x float> %1566, ptr %1568, align 4
  %1569 = shufflevector <16 x float> %1536, <16 x float> %1537, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1570 = or disjoint i64 %1546, 256
  %1571 = getelementptr inbounds float, ptr %VnT, i64 %1570
  store <16 x float> %1569, ptr %1571, align 4
  %1572 = shufflevector <16 x float> %1536, <16 x float> %1537, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1573 = or disjoint i64 %1546, 288
  %1574 = getelementptr inbounds float, ptr %VnT, i64 %1573
  store <16 x float> %1572, ptr %1574, align 4
  %1575 = shufflevector <16 x float> %1538, <16 x float> %1539, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1576 = or disjoint i64 %1546, 320
  %1577 = getelementptr inbounds float, ptr %VnT, i64 %1576
  store <16 x float> %1575, ptr %1577, align 4
  %1578 = shufflevector <16 x float> %1538, <16 x float> %1539, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1579 = or disjoint i64 %1546, 352
  %1580 = getelementptr inbounds float, ptr %VnT, i64 %1579
  store <16 x float> %1578, ptr %1580, align 4
  %1581 = shufflevector <16 x float> %1540, <16 x float> %1541, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1582 = or disjoint i64 %1546, 384
  %1583 = getelementptr inbounds float, ptr %VnT, i64 %1582
  store <16 x float> %1581, ptr %1583, align 4
  %1584 = shufflevector <16 x float> %1540, <16 x float> %1541, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1585 = or disjoint i64 %1546, 416
  %1586 = getelementptr inbounds float, ptr %VnT, i64 %1585
  store <16 x float> %1584, ptr %1586, align 4
  %1587 = shufflevector <16 x float> %1542, <16 x float> %1543, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1588 = or disjoint i64 %1546, 448
  %1589 = getelementptr inbounds float, ptr %VnT, i64 %1588
  store <16 x float> %1587, ptr %1589, align 4
  %1590 = shufflevector <16 x float> %1542, <16 x float> %1543, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1591 = or disjoint i64 %1546, 480
  %1592 = getelementptr inbounds float, ptr %VnT, i64 %1591
  store <16 x float> %1590, ptr %1592, align 4
  br i1 %1447, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  br i1 %1445, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02426 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %.idx2889 = shl nsw i64 %i30.addr.02426, 7
  %invariant.gep3083 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2889
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc32.02425 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1599, %p6.body ]
  %acc33.02424 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1604, %p6.body ]
  %acc34.02423 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1609, %p6.body ]
  %acc35.02422 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1614, %p6.body ]
  %acc36.02421 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1619, %p6.body ]
  %acc37.02420 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1624, %p6.body ]
  %acc38.02419 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1629, %p6.body ]
  %acc39.02418 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1634, %p6.body ]
  %p6.addr.02417 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %.idx2316 = shl nuw nsw i64 %p6.addr.02417, 6
  %1593 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2316
  %1594 = load <16 x float>, ptr %1593, align 4
  %gep3084 = getelementptr inbounds float, ptr %invariant.gep3083, i64 %p6.addr.02417
  %1595 = getelementptr inbounds i8, ptr %gep3084, i64 10240
  %1596 = load float, ptr %1595, align 4
  %1597 = insertelement <16 x float> poison, float %1596, i64 0
  %1598 = shufflevector <16 x float> %1597, <16 x float> poison, <16 x i32> zeroinitializer
  %1599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1598, <16 x float> %1594, <16 x float> %acc32.02425)
  %1600 = getelementptr inbounds i8, ptr %gep3084, i64 10368
  %1601 = load float, ptr %1600, align 4
  %1602 = insertelement <16 x float> poison, float %1601, i64 0
  %1603 = shufflevector <16 x float> %1602, <16 x float> poison, <16 x i32> zeroinitializer
  %1604 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1603, <16 x float> %1594, <16 x float> %acc33.02424)
  %1605 = getelementptr inbounds i8, ptr %gep3084, i64 10496
  %1606 = load float, ptr %1605, align 4
  %1607 = insertelement <16 x float> poison, float %1606, i64 0
  %1608 = shufflevector <16 x float> %1607, <16 x float> poison, <16 x i32> zeroinitializer
  %1609 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1608, <16 x float> %1594, <16 x float> %acc34.02423)
  %1610 = getelementptr inbounds i8, ptr %gep3084, i64 10624
  %1611 = load float, ptr %1610, align 4
  %1612 = insertelement <16 x float> poison, float %1611, i64 0
  %1613 = shufflevector <16 x float> %1612, <16 x float> poison, <16 x i32> zeroinitializer
  %1614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1613, <16 x float> %1594, <16 x float> %acc35.02422)
  %1615 = getelementptr inbounds i8, ptr %gep3084, i64 10752
  %1616 = load float, ptr %1615, align 4
  %1617 = insertelement <16 x float> poison, float %1616, i64 0
  %1618 = shufflevector <16 x float> %1617, <16 x float> poison, <16 x i32> zeroinitializer
  %1619 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1618, <16 x float> %1594, <16 x float> %acc36.02421)
  %1620 = getelementptr inbounds i8, ptr %gep3084, i64 10880
  %1621 = load float, ptr %1620, align 4
  %1622 = insertelement <16 x float> poison, float %1621, i64 0
  %1623 = shufflevector <16 x float> %1622, <16 x float> poison, <16 x i32> zeroinitializer
  %1624 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1623, <16 x float> %1594, <16 x float> %acc37.02420)
  %1625 = getelementptr inbounds i8, ptr %gep3084, i64 11008
  %1626 = load float, ptr %1625, align 4
  %1627 = insertelement <16 x float> poison, float %1626, i64 0
  %1628 = shufflevector <16 x float> %1627, <16 x float> poison, <16 x i32> zeroinitializer
  %1629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1628, <16 x float> %1594, <16 x float> %acc38.02419)
  %1630 = getelementptr inbounds i8, ptr %gep3084, i64 11136
  %1631 = load float, ptr %1630, align 4
  %1632 = insertelement <16 x float> poison, float %1631, i64 0
  %1633 = shufflevector <16 x float> %1632, <16 x float> poison, <16 x i32> zeroinitializer
  %1634 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1633, <16 x float> %1594, <16 x float> %acc39.02418)
  %p6.next = add nuw nsw i64 %p6.addr.02417, 1
  %exitcond2847.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond2847.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %.idx2315 = shl nuw nsw i64 %i30.addr.02426, 6
  %1635 = getelementptr inbounds i8, ptr %PT, i64 %.idx2315
  store <16 x float> %1599, ptr %1635, align 4
  %1636 = shl nuw nsw i64 %i30.addr.02426, 4
  %1637 = or disjoint i64 %1636, 16
  %1638 = getelementptr inbounds float, ptr %PT, i64 %1637
  store <16 x float> %1604, ptr %1638, align 4
  %1639 = or disjoint i64 %1636, 32
  %1640 = getelementptr inbounds float, ptr %PT, i64 %1639
  store <16 x float> %1609, ptr %1640, align 4
  %1641 = or disjoint i64 %1636, 48
  %1642 = getelementptr inbounds float, ptr %PT, i64 %1641
  store <16 x float> %1614, ptr %1642, align 4
  %1643 = or disjoint i64 %1636, 64
  %1644 = getelementptr inbounds float, ptr %PT, i64 %1643
  store <16 x float> %1619, ptr %1644, align 4
  %1645 = or disjoint i64 %1636, 80
  %1646 = getelementptr inbounds float, ptr %PT, i64 %1645
  store <16 x float> %1624, ptr %1646, align 4
  %1647 = or disjoint i64 %1636, 96
  %1648 = getelementptr inbounds float, ptr %PT, i64 %1647
  store <16 x float> %1629, ptr %1648, align 4
  %1649 = or disjoint i64 %1636, 112
  %1650 = getelementptr inbounds float, ptr %PT, i64 %1649
  store <16 x float> %1634, ptr %1650, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02426, 8
  %1651 = icmp ult i64 %i30.addr.02426, 24
  br i1 %1651, label %p6.head.preheader, label %t2.body.preheader

t2.body.preheader:                                ; preds = %p6.exit
  %1652 = load <16 x float>, ptr %PT, align 4
  %1653 = load <16 x float>, ptr %M, align 4
  %1654 = fmul <16 x float> %1652, %1653
  store <16 x float> %1654, ptr %PT, align 4
  %1655 = load <16 x float>, ptr %31, align 4
  %1656 = fmul <16 x float> %1655, %1653
  store <16 x float> %1656, ptr %31, align 4
  %1657 = load <16 x float>, ptr %32, align 4
  %1658 = load <16 x float>, ptr %33, align 4
  %1659 = fmul <16 x float> %1657, %1658
  store <16 x float> %1659, ptr %32, align 4
  %1660 = load <16 x float>, ptr %34, align 4
  %1661 = fmul <16 x float> %1660, %1658
  store <16 x float> %1661, ptr %34, align 4
  %1662 = load <16 x float>, ptr %35, align 4
  %1663 = load <16 x float>, ptr %36, align 4
  %1664 = fmul <16 x float> %1662, %1663
  store <16 x float> %1664, ptr %35, align 4
  %1665 = load <16 x float>, ptr %37, align 4
  %1666 = fmul <16 x float> %1665, %1663
  store <16 x float> %1666, ptr %37, align 4
  %1667 = load <16 x float>, ptr %38, align 4
  %1668 = load <16 x float>, ptr %39, align 4
  %1669 = fmul <16 x float> %1667, %1668
  store <16 x float> %1669, ptr %38, align 4
  %1670 = load <16 x float>, ptr %40, align 4
  %1671 = fmul <16 x float> %1670, %1668
  store <16 x float> %1671, ptr %40, align 4
  %1672 = load <16 x float>, ptr %41, align 4
  %1673 = load <16 x float>, ptr %42, align 4
  %1674 = fmul <16 x float> %1672, %1673
  store <16 x float> %1674, ptr %41, align 4
  %1675 = load <16 x float>, ptr %43, align 4
  %1676 = fmul <16 x float> %1675, %1673
  store <16 x float> %1676, ptr %43, align 4
  %1677 = load <16 x float>, ptr %44, align 4
  %1678 = load <16 x float>, ptr %45, align 4
  %1679 = fmul <16 x float> %1677, %1678
  store <16 x float> %1679, ptr %44, align 4
  %1680 = load <16 x float>, ptr %46, align 4
  %1681 = fmul <16 x float> %1680, %1678
  store <16 x float> %1681, ptr %46, align 4
  %1682 = load <16 x float>, ptr %47, align 4
  %1683 = load <16 x float>, ptr %48, align 4
  %1684 = fmul <16 x float> %1682, %1683
  store <16 x float> %1684, ptr %47, align 4
  %1685 = load <16 x float>, ptr %49, align 4
  %1686 = fmul <16 x float> %1685, %1683
  store <16 x float> %1686, ptr %49, align 4
  %1687 = load <16 x float>, ptr %50, align 4
  %1688 = load <16 x float>, ptr %51, align 4
  %1689 = fmul <16 x float> %1687, %1688
  store <16 x float> %1689, ptr %50, align 4
  %1690 = load <16 x float>, ptr %52, align 4
  %1691 = fmul <16 x float> %1690, %1688
  store <16 x float> %1691, ptr %52, align 4
  %1692 = load <16 x float>, ptr %53, align 4
  %1693 = load <16 x float>, ptr %54, align 4
  %1694 = fmul <16 x float> %1692, %1693
  store <16 x float> %1694, ptr %53, align 4
  %1695 = load <16 x float>, ptr %55, align 4
  %1696 = fmul <16 x float> %1695, %1693
  store <16 x float> %1696, ptr %55, align 4
  %1697 = load <16 x float>, ptr %56, align 4
  %1698 = load <16 x float>, ptr %57, align 4
  %1699 = fmul <16 x float> %1697, %1698
  store <16 x float> %1699, ptr %56, align 4
  %1700 = load <16 x float>, ptr %58, align 4
  %1701 = fmul <16 x float> %1700, %1698
  store <16 x float> %1701, ptr %58, align 4
  %1702 = load <16 x float>, ptr %59, align 4
  %1703 = load <16 x float>, ptr %60, align 4
  %1704 = fmul <16 x float> %1702, %1703
  store <16 x float> %1704, ptr %59, align 4
  %1705 = load <16 x float>, ptr %61, align 4
  %1706 = fmul <16 x float> %1705, %1703
  store <16 x float> %1706, ptr %61, align 4
  %1707 = load <16 x float>, ptr %62, align 4
  %1708 = load <16 x float>, ptr %63, align 4
  %1709 = fmul <16 x float> %1707, %1708
  store <16 x float> %1709, ptr %62, align 4
  %1710 = load <16 x float>, ptr %64, align 4
  %1711 = fmul <16 x float> %1710, %1708
  store <16 x float> %1711, ptr %64, align 4
  %1712 = load <16 x float>, ptr %65, align 4
  %1713 = load <16 x float>, ptr %66, align 4
  %1714 = fmul <16 x float> %1712, %1713
  store <16 x float> %1714, ptr %65, align 4
  %1715 = load <16 x float>, ptr %67, align 4
  %1716 = fmul <16 x float> %1715, %1713
  store <16 x float> %1716, ptr %67, align 4
  %1717 = load <16 x float>, ptr %68, align 4
  %1718 = load <16 x float>, ptr %69, align 4
  %1719 = fmul <16 x float> %1717, %1718
  store <16 x float> %1719, ptr %68, align 4
  %1720 = load <16 x float>, ptr %70, align 4
  %1721 = fmul <16 x float> %1720, %1718
  store <16 x float> %1721, ptr %70, align 4
  %1722 = load <16 x float>, ptr %71, align 4
  %1723 = load <16 x float>, ptr %72, align 4
  %1724 = fmul <16 x float> %1722, %1723
  store <16 x float> %1724, ptr %71, align 4
  %1725 = load <16 x float>, ptr %73, align 4
  %1726 = fmul <16 x float> %1725, %1723
  store <16 x float> %1726, ptr %73, align 4
  %1727 = load <16 x float>, ptr %74, align 4
  %1728 = load <16 x float>, ptr %75, align 4
  %1729 = fmul <16 x float> %1727, %1728
  store <16 x float> %1729, ptr %74, align 4
  %1730 = load <16 x float>, ptr %76, align 4
  %1731 = fmul <16 x float> %1730, %1728
  store <16 x float> %1731, ptr %76, align 4
  %1732 = load <16 x float>, ptr %invariant.gep3085, align 4
  store <16 x float> %1732, ptr %invariant.gep3087, align 4
  %1733 = load <16 x float>, ptr %invariant.gep3089, align 4
  store <16 x float> %1733, ptr %invariant.gep3091, align 4
  %1734 = load <16 x float>, ptr %gep3086.1, align 4
  store <16 x float> %1734, ptr %gep3088.1, align 4
  %1735 = load <16 x float>, ptr %gep3090.1, align 4
  store <16 x float> %1735, ptr %gep3092.1, align 4
  %1736 = load <16 x float>, ptr %gep3086.2, align 4
  store <16 x float> %1736, ptr %gep3088.2, align 4
  %1737 = load <16 x float>, ptr %gep3090.2, align 4
  store <16 x float> %1737, ptr %gep3092.2, align 4
  %1738 = load <16 x float>, ptr %gep3086.3, align 4
  store <16 x float> %1738, ptr %gep3088.3, align 4
  %1739 = load <16 x float>, ptr %gep3090.3, align 4
  store <16 x float> %1739, ptr %gep3092.3, align 4
  %1740 = load <16 x float>, ptr %gep3086.4, align 4
  store <16 x float> %1740, ptr %gep3088.4, align 4
  %1741 = load <16 x float>, ptr %gep3090.4, align 4
  store <16 x float> %1741, ptr %gep3092.4, align 4
  %1742 = load <16 x float>, ptr %gep3086.5, align 4
  store <16 x float> %1742, ptr %gep3088.5, align 4
  %1743 = load <16 x float>, ptr %gep3090.5, align 4
  store <16 x float> %1743, ptr %gep3092.5, align 4
  %1744 = load <16 x float>, ptr %gep3086.6, align 4
  store <16 x float> %1744, ptr %gep3088.6, align 4
  %1745 = load <16 x float>, ptr %gep3090.6, align 4
  store <16 x float> %1745, ptr %gep3092.6, align 4
  %1746 = load <16 x float>, ptr %gep3086.7, align 4
  store <16 x float> %1746, ptr %gep3088.7, align 4
  %1747 = load <16 x float>, ptr %gep3090.7, align 4
  store <16 x float> %1747, ptr %gep3092.7, align 4
  %1748 = load <16 x float>, ptr %gep3086.8, align 4
  store <16 x float> %1748, ptr %gep3088.8, align 4
  %1749 = load <16 x float>, ptr %gep3090.8, align 4
  store <16 x float> %1749, ptr %gep3092.8, align 4
  %1750 = load <16 x float>, ptr %gep3086.9, align 4
  store <16 x float> %1750, ptr %gep3088.9, align 4
  %1751 = load <16 x float>, ptr %gep3090.9, align 4
  store <16 x float> %1751, ptr %gep3092.9, align 4
  %1752 = load <16 x float>, ptr %gep3086.10, align 4
  store <16 x float> %1752, ptr %gep3088.10, align 4
  %1753 = load <16 x float>, ptr %gep3090.10, align 4
  store <16 x float> %1753, ptr %gep3092.10, align 4
  %1754 = load <16 x float>, ptr %gep3086.11, align 4
  store <16 x float> %1754, ptr %gep3088.11, align 4
  %1755 = load <16 x float>, ptr %gep3090.11, align 4
  store <16 x float> %1755, ptr %gep3092.11, align 4
  %1756 = load <16 x float>, ptr %gep3086.12, align 4
  store <16 x float> %1756, ptr %gep3088.12, align 4
  %1757 = load <16 x float>, ptr %gep3090.12, align 4
  store <16 x float> %1757, ptr %gep3092.12, align 4
  %1758 = load <16 x float>, ptr %gep3086.13, align 4
  store <16 x float> %1758, ptr %gep3088.13, align 4
  %1759 = load <16 x float>, ptr %gep3090.13, align 4
  store <16 x float> %1759, ptr %gep3092.13, align 4
  %1760 = load <16 x float>, ptr %gep3086.14, align 4
  store <16 x float> %1760, ptr %gep3088.14, align 4
  %1761 = load <16 x float>, ptr %gep3090.14, align 4
  store <16 x float> %1761, ptr %gep3092.14, align 4
  %1762 = load <16 x float>, ptr %gep3086.15, align 4
  store <16 x float> %1762, ptr %gep3088.15, align 4
  %1763 = load <16 x float>, ptr %gep3090.15, align 4
  store <16 x float> %1763, ptr %gep3092.15, align 4
  %1764 = load <16 x float>, ptr %gep3086.16, align 4
  store <16 x float> %1764, ptr %gep3088.16, align 4
  %1765 = load <16 x float>, ptr %gep3090.16, align 4
  store <16 x float> %1765, ptr %gep3092.16, align 4
  %1766 = load <16 x float>, ptr %gep3086.17, align 4
  store <16 x float> %1766, ptr %gep3088.17, align 4
  %1767 = load <16 x float>, ptr %gep3090.17, align 4
  store <16 x float> %1767, ptr %gep3092.17, align 4
  %1768 = load <16 x float>, ptr %gep3086.18, align 4
  store <16 x float> %1768, ptr %gep3088.18, align 4
  %1769 = load <16 x float>, ptr %gep3090.18, align 4
  store <16 x float> %1769, ptr %gep3092.18, align 4
  %1770 = load <16 x float>, ptr %gep3086.19, align 4
  store <16 x float> %1770, ptr %gep3088.19, align 4
  %1771 = load <16 x float>, ptr %gep3090.19, align 4
  store <16 x float> %1771, ptr %gep3092.19, align 4
  %1772 = load <16 x float>, ptr %gep3086.20, align 4
  store <16 x float> %1772, ptr %gep3088.20, align 4
  %1773 = load <16 x float>, ptr %gep3090.20, align 4
  store <16 x float> %1773, ptr %gep3092.20, align 4
  %1774 = load <16 x float>, ptr %gep3086.21, align 4
  store <16 x float> %1774, ptr %gep3088.21, align 4
  %1775 = load <16 x float>, ptr %gep3090.21, align 4
  store <16 x float> %1775, ptr %gep3092.21, align 4
  %1776 = load <16 x float>, ptr %gep3086.22, align 4
  store <16 x float> %1776, ptr %gep3088.22, align 4
  %1777 = load <16 x float>, ptr %gep3090.22, align 4
  store <16 x float> %1777, ptr %gep3092.22, align 4
  %1778 = load <16 x float>, ptr %gep3086.23, align 4
  store <16 x float> %1778, ptr %gep3088.23, align 4
  %1779 = load <16 x float>, ptr %gep3090.23, align 4
  store <16 x float> %1779, ptr %gep3092.23, align 4
  %1780 = load <16 x float>, ptr %gep3086.24, align 4
  store <16 x float> %1780, ptr %gep3088.24, align 4
  %1781 = load <16 x float>, ptr %gep3090.24, align 4
  store <16 x float> %1781, ptr %gep3092.24, align 4
  %1782 = load <16 x float>, ptr %gep3086.25, align 4
  store <16 x float> %1782, ptr %gep3088.25, align 4
  %1783 = load <16 x float>, ptr %gep3090.25, align 4
  store <16 x float> %1783, ptr %gep3092.25, align 4
  %1784 = load <16 x float>, ptr %gep3086.26, align 4
  store <16 x float> %1784, ptr %gep3088.26, align 4
  %1785 = load <16 x float>, ptr %gep3090.26, align 4
  store <16 x float> %1785, ptr %gep3092.26, align 4
  %1786 = load <16 x float>, ptr %gep3086.27, align 4
  store <16 x float> %1786, ptr %gep3088.27, align 4
  %1787 = load <16 x float>, ptr %gep3090.27, align 4
  store <16 x float> %1787, ptr %gep3092.27, align 4
  %1788 = load <16 x float>, ptr %gep3086.28, align 4
  store <16 x float> %1788, ptr %gep3088.28, align 4
  %1789 = load <16 x float>, ptr %gep3090.28, align 4
  store <16 x float> %1789, ptr %gep3092.28, align 4
  %1790 = load <16 x float>, ptr %gep3086.29, align 4
  store <16 x float> %1790, ptr %gep3088.29, align 4
  %1791 = load <16 x float>, ptr %gep3090.29, align 4
  store <16 x float> %1791, ptr %gep3092.29, align 4
  %1792 = load <16 x float>, ptr %gep3086.30, align 4
  store <16 x float> %1792, ptr %gep3088.30, align 4
  %1793 = load <16 x float>, ptr %gep3090.30, align 4
  store <16 x float> %1793, ptr %gep3092.30, align 4
  %1794 = load <16 x float>, ptr %gep3086.31, align 4
  store <16 x float> %1794, ptr %gep3088.31, align 4
  %1795 = load <16 x float>, ptr %gep3090.31, align 4
  store <16 x float> %1795, ptr %gep3092.31, align 4
  br label %i34.body

i34.body:                                         ; preds = %t2.body.preheader, %p7.exit
  %i34.addr.02447 = phi i64 [ %i34.next, %p7.exit ], [ 0, %t2.body.preheader ]
  %.idx2326 = shl nuw nsw i64 %i34.addr.02447, 7
  %1796 = getelementptr inbounds i8, ptr %OY, i64 %.idx2326
  %1797 = getelementptr inbounds i8, ptr %1796, i64 2048
  %1798 = load <16 x float>, ptr %1797, align 4
  %1799 = getelementptr inbounds i8, ptr %1796, i64 2112
  %1800 = load <16 x float>, ptr %1799, align 4
  %1801 = or disjoint i64 %i34.addr.02447, 1
  %.idx2327 = shl nuw nsw i64 %1801, 7
  %1802 = getelementptr inbounds i8, ptr %OY, i64 %.idx2327
  %1803 = getelementptr inbounds i8, ptr %1802, i64 2048
  %1804 = load <16 x float>, ptr %1803, align 4
  %1805 = getelementptr inbounds i8, ptr %1802, i64 2112
  %1806 = load <16 x float>, ptr %1805, align 4
  %1807 = or disjoint i64 %i34.addr.02447, 2
  %.idx2328 = shl nuw nsw i64 %1807, 7
  %1808 = getelementptr inbounds i8, ptr %OY, i64 %.idx2328
  %1809 = getelementptr inbounds i8, ptr %1808, i64 2048
  %1810 = load <16 x float>, ptr %1809, align 4
  %1811 = getelementptr inbounds i8, ptr %1808, i64 2112
  %1812 = load <16 x float>, ptr %1811, align 4
  %1813 = or disjoint i64 %i34.addr.02447, 3
  %.idx2329 = shl nuw nsw i64 %1813, 7
  %1814 = getelementptr inbounds i8, ptr %OY, i64 %.idx2329
  %1815 = getelementptr inbounds i8, ptr %1814, i64 2048
  %1816 = load <16 x float>, ptr %1815, align 4
  %1817 = getelementptr inbounds i8, ptr %1814, i64 2112
  %1818 = load <16 x float>, ptr %1817, align 4
  %1819 = or disjoint i64 %i34.addr.02447, 4
  %.idx2330 = shl nuw nsw i64 %1819, 7
  %1820 = getelementptr inbounds i8, ptr %OY, i64 %.idx2330
  %1821 = getelementptr inbounds i8, ptr %1820, i64 2048
  %1822 = load <16 x float>, ptr %1821, align 4
  %1823 = getelementptr inbounds i8, ptr %1820, i64 2112
  %1824 = load <16 x float>, ptr %1823, align 4
  %1825 = or disjoint i64 %i34.addr.02447, 5
  %.idx2331 = shl nuw nsw i64 %1825, 7
  %1826 = getelementptr inbounds i8, ptr %OY, i64 %.idx2331
  %1827 = getelementptr inbounds i8, ptr %1826, i64 2048
  %1828 = load <16 x float>, ptr %1827, align 4
  %1829 = getelementptr inbounds i8, ptr %1826, i64 2112
  %1830 = load <16 x float>, ptr %1829, align 4
  %1831 = or disjoint i64 %i34.addr.02447, 6
  %.idx2332 = shl nuw nsw i64 %1831, 7
  %1832 = getelementptr inbounds i8, ptr %OY, i64 %.idx2332
  %1833 = getelementptr inbounds i8, ptr %1832, i64 2048
  %1834 = load <16 x float>, ptr %1833, align 4
  %1835 = getelementptr inbounds i8, ptr %1832, i64 2112
  %1836 = load <16 x float>, ptr %1835, align 4
  %1837 = or disjoint i64 %i34.addr.02447, 7
  %.idx2333 = shl nuw nsw i64 %1837, 7
  %1838 = getelementptr inbounds i8, ptr %OY, i64 %.idx2333
  %1839 = getelementptr inbounds i8, ptr %1838, i64 2048
  %1840 = load <16 x float>, ptr %1839, align 4
  %1841 = getelementptr inbounds i8, ptr %1838, i64 2112
  %1842 = load <16 x float>, ptr %1841, align 4
  %.idx2616 = shl nsw i64 %i34.addr.02447, 6
  %.idx2617 = shl nsw i64 %1801, 6
  %.idx2618 = shl nsw i64 %1807, 6
  %.idx2619 = shl nsw i64 %1813, 6
  %.idx2620 = shl nsw i64 %1819, 6
  %.idx2621 = shl nsw i64 %1825, 6
  %.idx2622 = shl nsw i64 %1831, 6
  %.idx2623 = shl nsw i64 %1837, 6
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %acc40.02446 = phi <16 x float> [ %1798, %i34.body ], [ %1854, %p7.body ]
  %acc41.02445 = phi <16 x float> [ %1800, %i34.body ], [ %1855, %p7.body ]
  %acc42.02444 = phi <16 x float> [ %1804, %i34.body ], [ %1860, %p7.body ]
  %acc43.02443 = phi <16 x float> [ %1806, %i34.body ], [ %1861, %p7.body ]
  %acc44.02442 = phi <16 x float> [ %1810, %i34.body ], [ %1866, %p7.body ]
  %acc45.02441 = phi <16 x float> [ %1812, %i34.body ], [ %1867, %p7.body ]
  %acc46.02440 = phi <16 x float> [ %1816, %i34.body ], [ %1872, %p7.body ]
  %acc47.02439 = phi <16 x float> [ %1818, %i34.body ], [ %1873, %p7.body ]
  %acc48.02438 = phi <16 x float> [ %1822, %i34.body ], [ %1878, %p7.body ]
  %acc49.02437 = phi <16 x float> [ %1824, %i34.body ], [ %1879, %p7.body ]
  %acc50.02436 = phi <16 x float> [ %1828, %i34.body ], [ %1884, %p7.body ]
  %acc51.02435 = phi <16 x float> [ %1830, %i34.body ], [ %1885, %p7.body ]
  %acc52.02434 = phi <16 x float> [ %1834, %i34.body ], [ %1890, %p7.body ]
  %p7.addr.02433 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %acc55.02432 = phi <16 x float> [ %1842, %i34.body ], [ %1897, %p7.body ]
  %acc54.02431 = phi <16 x float> [ %1840, %i34.body ], [ %1896, %p7.body ]
  %acc53.02430 = phi <16 x float> [ %1836, %i34.body ], [ %1891, %p7.body ]
  %1843 = shl nuw nsw i64 %p7.addr.02433, 5
  %1844 = getelementptr inbounds float, ptr %OY, i64 %1843
  %1845 = load <16 x float>, ptr %1844, align 4
  %1846 = or disjoint i64 %1843, 16
  %1847 = getelementptr inbounds float, ptr %OY, i64 %1846
  %1848 = load <16 x float>, ptr %1847, align 4
  %1849 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02433
  %1850 = getelementptr inbounds i8, ptr %1849, i64 %.idx2616
  %1851 = load float, ptr %1850, align 4
  %1852 = insertelement <16 x float> poison, float %1851, i64 0
  %1853 = shufflevector <16 x float> %1852, <16 x float> poison, <16 x i32> zeroinitializer
  %1854 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1853, <16 x float> %1845, <16 x float> %acc40.02446)
  %1855 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1853, <16 x float> %1848, <16 x float> %acc41.02445)
  %1856 = getelementptr inbounds i8, ptr %1849, i64 %.idx2617
  %1857 = load float, ptr %1856, align 4
  %1858 = insertelement <16 x float> poison, float %1857, i64 0
  %1859 = shufflevector <16 x float> %1858, <16 x float> poison, <16 x i32> zeroinitializer
  %1860 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1859, <16 x float> %1845, <16 x float> %acc42.02444)
  %1861 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1859, <16 x float> %1848, <16 x float> %acc43.02443)
  %1862 = getelementptr inbounds i8, ptr %1849, i64 %.idx2618
  %1863 = load float, ptr %1862, align 4
  %1864 = insertelement <16 x float> poison, float %1863, i64 0
  %1865 = shufflevector <16 x float> %1864, <16 x float> poison, <16 x i32> zeroinitializer
  %1866 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1865, <16 x float> %1845, <16 x float> %acc44.02442)
  %1867 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1865, <16 x float> %1848, <16 x float> %acc45.02441)
  %1868 = getelementptr inbounds i8, ptr %1849, i64 %.idx2619
  %1869 = load float, ptr %1868, align 4
  %1870 = insertelement <16 x float> poison, float %1869, i64 0
  %1871 = shufflevector <16 x float> %1870, <16 x float> poison, <16 x i32> zeroinitializer
  %1872 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1871, <16 x float> %1845, <16 x float> %acc46.02440)
  %1873 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1871, <16 x float> %1848, <16 x float> %acc47.02439)
  %1874 = getelementptr inbounds i8, ptr %1849, i64 %.idx2620
  %1875 = load float, ptr %1874, align 4
  %1876 = insertelement <16 x float> poison, float %1875, i64 0
  %1877 = shufflevector <16 x float> %1876, <16 x float> poison, <16 x i32> zeroinitializer
  %1878 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1877, <16 x float> %1845, <16 x float> %acc48.02438)
  %1879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1877, <16 x float> %1848, <16 x float> %acc49.02437)
  %1880 = getelementptr inbounds i8, ptr %1849, i64 %.idx2621
  %1881 = load float, ptr %1880, align 4
  %1882 = insertelement <16 x float> poison, float %1881, i64 0
  %1883 = shufflevector <16 x float> %1882, <16 x float> poison, <16 x i32> zeroinitializer
  %1884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1883, <16 x float> %1845, <16 x float> %acc50.02436)
  %1885 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1883, <16 x float> %1848, <16 x float> %acc51.02435)
  %1886 = getelementptr inbounds i8, ptr %1849, i64 %.idx2622
  %1887 = load float, ptr %1886, align 4
  %1888 = insertelement <16 x float> poison, float %1887, i64 0
  %1889 = shufflevector <16 x float> %1888, <16 x float> poison, <16 x i32> zeroinitializer
  %1890 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1889, <16 x float> %1845, <16 x float> %acc52.02434)
  %1891 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1889, <16 x float> %1848, <16 x float> %acc53.02430)
  %1892 = getelementptr inbounds i8, ptr %1849, i64 %.idx2623
  %1893 = load float, ptr %1892, align 4
  %1894 = insertelement <16 x float> poison, float %1893, i64 0
  %1895 = shufflevector <16 x float> %1894, <16 x float> poison, <16 x i32> zeroinitializer
  %1896 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1895, <16 x float> %1845, <16 x float> %acc54.02431)
  %1897 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1895, <16 x float> %1848, <16 x float> %acc55.02432)
  %p7.next = add nuw nsw i64 %p7.addr.02433, 1
  %exitcond2852.not = icmp eq i64 %p7.next, 16
  br i1 %exitcond2852.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %1854, ptr %1797, align 4
  store <16 x float> %1855, ptr %1799, align 4
  store <16 x float> %1860, ptr %1803, align 4
  store <16 x float> %1861, ptr %1805, align 4
  store <16 x float> %1866, ptr %1809, align 4
  store <16 x float> %1867, ptr %1811, align 4
  store <16 x float> %1872, ptr %1815, align 4
  store <16 x float> %1873, ptr %1817, align 4
  store <16 x float> %1878, ptr %1821, align 4
  store <16 x float> %1879, ptr %1823, align 4
  store <16 x float> %1884, ptr %1827, align 4
  store <16 x float> %1885, ptr %1829, align 4
  store <16 x float> %1890, ptr %1833, align 4
  store <16 x float> %1891, ptr %1835, align 4
  store <16 x float> %1896, ptr %1839, align 4
  store <16 x float> %1897, ptr %1841, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02447, 8
  %1898 = icmp ult i64 %i34.addr.02447, 24
  br i1 %1898, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.02457 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %1899 = shl nuw nsw i64 %i35.addr.02457, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02456 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc63.02455 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1949, %p8.body ]
  %acc62.02454 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1943, %p8.body ]
  %acc61.02453 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1937, %p8.body ]
  %acc60.02452 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1931, %p8.body ]
  %acc59.02451 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1925, %p8.body ]
  %acc58.02450 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1919, %p8.body ]
  %acc57.02449 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1913, %p8.body ]
  %acc56.02448 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1907, %p8.body ]
  %.idx2312 = shl nuw nsw i64 %p8.addr.02456, 6
  %1900 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2312
  %1901 = load <16 x float>, ptr %1900, align 4
  %1902 = add nuw nsw i64 %p8.addr.02456, %1899
  %1903 = getelementptr inbounds float, ptr %Vn, i64 %1902
  %1904 = load float, ptr %1903, align 4
  %1905 = insertelement <16 x float> poison, float %1904, i64 0
  %1906 = shufflevector <16 x float> %1905, <16 x float> poison, <16 x i32> zeroinitializer
  %1907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1906, <16 x float> %1901, <16 x float> %acc56.02448)
  %1908 = or disjoint i64 %1902, 32
  %1909 = getelementptr inbounds float, ptr %Vn, i64 %1908
  %1910 = load float, ptr %1909, align 4
  %1911 = insertelement <16 x float> poison, float %1910, i64 0
  %1912 = shufflevector <16 x float> %1911, <16 x float> poison, <16 x i32> zeroinitializer
  %1913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1912, <16 x float> %1901, <16 x float> %acc57.02449)
  %1914 = or disjoint i64 %1902, 64
  %1915 = getelementptr inbounds float, ptr %Vn, i64 %1914
  %1916 = load float, ptr %1915, align 4
  %1917 = insertelement <16 x float> poison, float %1916, i64 0
  %1918 = shufflevector <16 x float> %1917, <16 x float> poison, <16 x i32> zeroinitializer
  %1919 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1901, <16 x float> %acc58.02450)
  %1920 = or disjoint i64 %1902, 96
  %1921 = getelementptr inbounds float, ptr %Vn, i64 %1920
  %1922 = load float, ptr %1921, align 4
  %1923 = insertelement <16 x float> poison, float %1922, i64 0
  %1924 = shufflevector <16 x float> %1923, <16 x float> poison, <16 x i32> zeroinitializer
  %1925 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1924, <16 x float> %1901, <16 x float> %acc59.02451)
  %1926 = or disjoint i64 %1902, 128
  %1927 = getelementptr inbounds float, ptr %Vn, i64 %1926
  %1928 = load float, ptr %1927, align 4
  %1929 = insertelement <16 x float> poison, float %1928, i64 0
  %1930 = shufflevector <16 x float> %1929, <16 x float> poison, <16 x i32> zeroinitializer
  %1931 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1930, <16 x float> %1901, <16 x float> %acc60.02452)
  %1932 = or disjoint i64 %1902, 160
  %1933 = getelementptr inbounds float, ptr %Vn, i64 %1932
  %1934 = load float, ptr %1933, align 4
  %1935 = insertelement <16 x float> poison, float %1934, i64 0
  %1936 = shufflevector <16 x float> %1935, <16 x float> poison, <16 x i32> zeroinitializer
  %1937 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1936, <16 x float> %1901, <16 x float> %acc61.02453)
  %1938 = or disjoint i64 %1902, 192
  %1939 = getelementptr inbounds float, ptr %Vn, i64 %1938
  %1940 = load float, ptr %1939, align 4
  %1941 = insertelement <16 x float> poison, float %1940, i64 0
  %1942 = shufflevector <16 x float> %1941, <16 x float> poison, <16 x i32> zeroinitializer
  %1943 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1942, <16 x float> %1901, <16 x float> %acc62.02454)
  %1944 = or disjoint i64 %1902, 224
  %1945 = getelementptr inbounds float, ptr %Vn, i64 %1944
  %1946 = load float, ptr %1945, align 4
  %1947 = insertelement <16 x float> poison, float %1946, i64 0
  %1948 = shufflevector <16 x float> %1947, <16 x float> poison, <16 x i32> zeroinitializer
  %1949 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1948, <16 x float> %1901, <16 x float> %acc63.02455)
  %p8.next = add nuw nsw i64 %p8.addr.02456, 1
  %exitcond2853.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond2853.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1950 = mul nuw nsw i64 %i35.addr.02457, 112
  %1951 = or disjoint i64 %1950, 64
  %1952 = getelementptr inbounds float, ptr %Ak, i64 %1951
  store <16 x float> %1907, ptr %1952, align 4
  %.idx2305 = mul nuw nsw i64 %i35.addr.02457, 448
  %1953 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2305
  %1954 = getelementptr inbounds i8, ptr %1953, i64 704
  store <16 x float> %1913, ptr %1954, align 4
  %1955 = getelementptr inbounds i8, ptr %1953, i64 1152
  store <16 x float> %1919, ptr %1955, align 4
  %1956 = getelementptr inbounds i8, ptr %1953, i64 1600
  store <16 x float> %1925, ptr %1956, align 4
  %1957 = getelementptr inbounds i8, ptr %1953, i64 2048
  store <16 x float> %1931, ptr %1957, align 4
  %1958 = getelementptr inbounds i8, ptr %1953, i64 2496
  store <16 x float> %1937, ptr %1958, align 4
  %1959 = getelementptr inbounds i8, ptr %1953, i64 2944
  store <16 x float> %1943, ptr %1959, align 4
  %1960 = getelementptr inbounds i8, ptr %1953, i64 3392
  store <16 x float> %1949, ptr %1960, align 4
  %i35.next = add nuw nsw i64 %i35.addr.02457, 8
  %1961 = icmp ult i64 %i35.addr.02457, 24
  br i1 %1961, label %p8.head.preheader, label %t3.body.preheader

t3.body.preheader:                                ; preds = %p8.exit
  %1962 = load <16 x float>, ptr %77, align 4
  %1963 = load <16 x float>, ptr %M, align 4
  %1964 = fmul <16 x float> %1962, %1963
  store <16 x float> %1964, ptr %77, align 4
  %1965 = load <16 x float>, ptr %78, align 4
  %1966 = fmul <16 x float> %1965, %1963
  store <16 x float> %1966, ptr %78, align 4
  %1967 = load <16 x float>, ptr %79, align 4
  %1968 = load <16 x float>, ptr %33, align 4
  %1969 = fmul <16 x float> %1967, %1968
  store <16 x float> %1969, ptr %79, align 4
  %1970 = load <16 x float>, ptr %80, align 4
  %1971 = fmul <16 x float> %1970, %1968
  store <16 x float> %1971, ptr %80, align 4
  %1972 = load <16 x float>, ptr %81, align 4
  %1973 = load <16 x float>, ptr %36, align 4
  %1974 = fmul <16 x float> %1972, %1973
  store <16 x float> %1974, ptr %81, align 4
  %1975 = load <16 x float>, ptr %82, align 4
  %1976 = fmul <16 x float> %1975, %1973
  store <16 x float> %1976, ptr %82, align 4
  %1977 = load <16 x float>, ptr %83, align 4
  %1978 = load <16 x float>, ptr %39, align 4
  %1979 = fmul <16 x float> %1977, %1978
  store <16 x float> %1979, ptr %83, align 4
  %1980 = load <16 x float>, ptr %84, align 4
  %1981 = fmul <16 x float> %1980, %1978
  store <16 x float> %1981, ptr %84, align 4
  %1982 = load <16 x float>, ptr %85, align 4
  %1983 = load <16 x float>, ptr %42, align 4
  %1984 = fmul <16 x float> %1982, %1983
  store <16 x float> %1984, ptr %85, align 4
  %1985 = load <16 x float>, ptr %86, align 4
  %1986 = fmul <16 x float> %1985, %1983
  store <16 x float> %1986, ptr %86, align 4
  %1987 = load <16 x float>, ptr %87, align 4
  %1988 = load <16 x float>, ptr %45, align 4
  %1989 = fmul <16 x float> %1987, %1988
  store <16 x float> %1989, ptr %87, align 4
  %1990 = load <16 x float>, ptr %88, align 4
  %1991 = fmul <16 x float> %1990, %1988
  store <16 x float> %1991, ptr %88, align 4
  %1992 = load <16 x float>, ptr %89, align 4
  %1993 = load <16 x float>, ptr %48, align 4
  %1994 = fmul <16 x float> %1992, %1993
  store <16 x float> %1994, ptr %89, align 4
  %1995 = load <16 x float>, ptr %90, align 4
  %1996 = fmul <16 x float> %1995, %1993
  store <16 x float> %1996, ptr %90, align 4
  %1997 = load <16 x float>, ptr %91, align 4
  %1998 = load <16 x float>, ptr %51, align 4
  %1999 = fmul <16 x float> %1997, %1998
  store <16 x float> %1999, ptr %91, align 4
  %2000 = load <16 x float>, ptr %92, align 4
  %2001 = fmul <16 x float> %2000, %1998
  store <16 x float> %2001, ptr %92, align 4
  %2002 = load <16 x float>, ptr %93, align 4
  %2003 = load <16 x float>, ptr %54, align 4
  %2004 = fmul <16 x float> %2002, %2003
  store <16 x float> %2004, ptr %93, align 4
  %2005 = load <16 x float>, ptr %94, align 4
  %2006 = fmul <16 x float> %2005, %2003
  store <16 x float> %2006, ptr %94, align 4
  %2007 = load <16 x float>, ptr %95, align 4
  %2008 = load <16 x float>, ptr %57, align 4
  %2009 = fmul <16 x float> %2007, %2008
  store <16 x float> %2009, ptr %95, align 4
  %2010 = load <16 x float>, ptr %96, align 4
  %2011 = fmul <16 x float> %2010, %2008
  store <16 x float> %2011, ptr %96, align 4
  %2012 = load <16 x float>, ptr %97, align 4
  %2013 = load <16 x float>, ptr %60, align 4
  %2014 = fmul <16 x float> %2012, %2013
  store <16 x float> %2014, ptr %97, align 4
  %2015 = load <16 x float>, ptr %98, align 4
  %2016 = fmul <16 x float> %2015, %2013
  store <16 x float> %2016, ptr %98, align 4
  %2017 = load <16 x float>, ptr %99, align 4
  %2018 = load <16 x float>, ptr %63, align 4
  %2019 = fmul <16 x float> %2017, %2018
  store <16 x float> %2019, ptr %99, align 4
  %2020 = load <16 x float>, ptr %100, align 4
  %2021 = fmul <16 x float> %2020, %2018
  store <16 x float> %2021, ptr %100, align 4
  %2022 = load <16 x float>, ptr %101, align 4
  %2023 = load <16 x float>, ptr %66, align 4
  %2024 = fmul <16 x float> %2022, %2023
  store <16 x float> %2024, ptr %101, align 4
  %2025 = load <16 x float>, ptr %102, align 4
  %2026 = fmul <16 x float> %2025, %2023
  store <16 x float> %2026, ptr %102, align 4
  %2027 = load <16 x float>, ptr %103, align 4
  %2028 = load <16 x float>, ptr %69, align 4
  %2029 = fmul <16 x float> %2027, %2028
  store <16 x float> %2029, ptr %103, align 4
  %2030 = load <16 x float>, ptr %104, align 4
  %2031 = fmul <16 x float> %2030, %2028
  store <16 x float> %2031, ptr %104, align 4
  %2032 = load <16 x float>, ptr %105, align 4
  %2033 = load <16 x float>, ptr %72, align 4
  %2034 = fmul <16 x float> %2032, %2033
  store <16 x float> %2034, ptr %105, align 4
  %2035 = load <16 x float>, ptr %106, align 4
  %2036 = fmul <16 x float> %2035, %2033
  store <16 x float> %2036, ptr %106, align 4
  %2037 = load <16 x float>, ptr %107, align 4
  %2038 = load <16 x float>, ptr %75, align 4
  %2039 = fmul <16 x float> %2037, %2038
  store <16 x float> %2039, ptr %107, align 4
  %2040 = load <16 x float>, ptr %108, align 4
  %2041 = fmul <16 x float> %2040, %2038
  store <16 x float> %2041, ptr %108, align 4
  br label %p9.body

p9.body:                                          ; preds = %t3.body.preheader, %p9.body
  %p9.addr.02475 = phi i64 [ 0, %t3.body.preheader ], [ %p9.next, %p9.body ]
  %acc79.02474 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2103, %p9.body ]
  %acc78.02473 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2102, %p9.body ]
  %acc77.02472 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2096, %p9.body ]
  %acc76.02471 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2095, %p9.body ]
  %acc75.02470 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2089, %p9.body ]
  %acc74.02469 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2088, %p9.body ]
  %acc73.02468 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2082, %p9.body ]
  %acc72.02467 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2081, %p9.body ]
  %acc71.02466 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2075, %p9.body ]
  %acc70.02465 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2074, %p9.body ]
  %acc69.02464 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2068, %p9.body ]
  %acc68.02463 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2067, %p9.body ]
  %acc67.02462 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2061, %p9.body ]
  %acc66.02461 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2060, %p9.body ]
  %acc65.02460 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2054, %p9.body ]
  %acc64.02459 = phi <16 x float> [ zeroinitializer, %t3.body.preheader ], [ %2053, %p9.body ]
  %2042 = shl nuw nsw i64 %p9.addr.02475, 5
  %2043 = or disjoint i64 %2042, 1024
  %2044 = getelementptr inbounds float, ptr %Bk, i64 %2043
  %2045 = load <16 x float>, ptr %2044, align 4
  %2046 = or disjoint i64 %2042, 1040
  %2047 = getelementptr inbounds float, ptr %Bk, i64 %2046
  %2048 = load <16 x float>, ptr %2047, align 4
  %2049 = getelementptr inbounds float, ptr %OY, i64 %p9.addr.02475
  %2050 = load float, ptr %2049, align 4
  %2051 = insertelement <16 x float> poison, float %2050, i64 0
  %2052 = shufflevector <16 x float> %2051, <16 x float> poison, <16 x i32> zeroinitializer
  %2053 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2052, <16 x float> %2045, <16 x float> %acc64.02459)
  %2054 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2052, <16 x float> %2048, <16 x float> %acc65.02460)
  %2055 = or disjoint i64 %p9.addr.02475, 32
  %2056 = getelementptr inbounds float, ptr %OY, i64 %2055
  %2057 = load float, ptr %2056, align 4
  %2058 = insertelement <16 x float> poison, float %2057, i64 0
  %2059 = shufflevector <16 x float> %2058, <16 x float> poison, <16 x i32> zeroinitializer
  %2060 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2059, <16 x float> %2045, <16 x float> %acc66.02461)
  %2061 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2059, <16 x float> %2048, <16 x float> %acc67.02462)
  %2062 = or disjoint i64 %p9.addr.02475, 64
  %2063 = getelementptr inbounds float, ptr %OY, i64 %2062
  %2064 = load float, ptr %2063, align 4
  %2065 = insertelement <16 x float> poison, float %2064, i64 0
  %2066 = shufflevector <16 x float> %2065, <16 x float> poison, <16 x i32> zeroinitializer
  %2067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2066, <16 x float> %2045, <16 x float> %acc68.02463)
  %2068 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2066, <16 x float> %2048, <16 x float> %acc69.02464)
  %2069 = or disjoint i64 %p9.addr.02475, 96
  %2070 = getelementptr inbounds float, ptr %OY, i64 %2069
  %2071 = load float, ptr %2070, align 4
  %2072 = insertelement <16 x float> poison, float %2071, i64 0
  %2073 = shufflevector <16 x float> %2072, <16 x float> poison, <16 x i32> zeroinitializer
  %2074 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2073, <16 x float> %2045, <16 x float> %acc70.02465)
  %2075 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2073, <16 x float> %2048, <16 x float> %acc71.02466)
  %2076 = or disjoint i64 %p9.addr.02475, 128
  %2077 = getelementptr inbounds float, ptr %OY, i64 %2076
  %2078 = load float, ptr %2077, align 4
  %2079 = insertelement <16 x float> poison, float %2078, i64 0
  %2080 = shufflevector <16 x float> %2079, <16 x float> poison, <16 x i32> zeroinitializer
  %2081 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2080, <16 x float> %2045, <16 x float> %acc72.02467)
  %2082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2080, <16 x float> %2048, <16 x float> %acc73.02468)
  %2083 = or disjoint i64 %p9.addr.02475, 160
  %2084 = getelementptr inbounds float, ptr %OY, i64 %2083
  %2085 = load float, ptr %2084, align 4
  %2086 = insertelement <16 x float> poison, float %2085, i64 0
  %2087 = shufflevector <16 x float> %2086, <16 x float> poison, <16 x i32> zeroinitializer
  %2088 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2087, <16 x float> %2045, <16 x float> %acc74.02469)
  %2089 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2087, <16 x float> %2048, <16 x float> %acc75.02470)
  %2090 = or disjoint i64 %p9.addr.02475, 192
  %2091 = getelementptr inbounds float, ptr %OY, i64 %2090
  %2092 = load float, ptr %2091, align 4
  %2093 = insertelement <16 x float> poison, float %2092, i64 0
  %2094 = shufflevector <16 x float> %2093, <16 x float> poison, <16 x i32> zeroinitializer
  %2095 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2094, <16 x float> %2045, <16 x float> %acc76.02471)
  %2096 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2094, <16 x float> %2048, <16 x float> %acc77.02472)
  %2097 = or disjoint i64 %p9.addr.02475, 224
  %2098 = getelementptr inbounds float, ptr %OY, i64 %2097
  %2099 = load float, ptr %2098, align 4
  %2100 = insertelement <16 x float> poison, float %2099, i64 0
  %2101 = shufflevector <16 x float> %2100, <16 x float> poison, <16 x i32> zeroinitializer
  %2102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2101, <16 x float> %2045, <16 x float> %acc78.02473)
  %2103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2101, <16 x float> %2048, <16 x float> %acc79.02474)
  %p9.next = add nuw nsw i64 %p9.addr.02475, 1
  %exitcond2855.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond2855.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <16 x float> %2053, ptr %dQc, align 4
  store <16 x float> %2054, ptr %109, align 4
  store <16 x float> %2060, ptr %110, align 4
  store <16 x float> %2061, ptr %111, align 4
  store <16 x float> %2067, ptr %112, align 4
  store <16 x float> %2068, ptr %113, align 4
  store <16 x float> %2074, ptr %114, align 4
  store <16 x float> %2075, ptr %115, align 4
  store <16 x float> %2081, ptr %116, align 4
  store <16 x float> %2082, ptr %117, align 4
  store <16 x float> %2088, ptr %118, align 4
  store <16 x float> %2089, ptr %119, align 4
  store <16 x float> %2095, ptr %120, align 4
  store <16 x float> %2096, ptr %121, align 4
  store <16 x float> %2102, ptr %122, align 4
  store <16 x float> %2103, ptr %123, align 4
  br label %p9.body.1

p9.body.1:                                        ; preds = %p9.body.1, %p9.exit
  %p9.addr.02475.1 = phi i64 [ 0, %p9.exit ], [ %p9.next.1, %p9.body.1 ]
  %acc79.02474.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2166, %p9.body.1 ]
  %acc78.02473.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2165, %p9.body.1 ]
  %acc77.02472.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2159, %p9.body.1 ]
  %acc76.02471.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2158, %p9.body.1 ]
  %acc75.02470.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2152, %p9.body.1 ]
  %acc74.02469.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2151, %p9.body.1 ]
  %acc73.02468.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2145, %p9.body.1 ]
  %acc72.02467.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2144, %p9.body.1 ]
  %acc71.02466.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2138, %p9.body.1 ]
  %acc70.02465.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2137, %p9.body.1 ]
  %acc69.02464.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2131, %p9.body.1 ]
  %acc68.02463.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2130, %p9.body.1 ]
  %acc67.02462.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2124, %p9.body.1 ]
  %acc66.02461.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2123, %p9.body.1 ]
  %acc65.02460.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2117, %p9.body.1 ]
  %acc64.02459.1 = phi <16 x float> [ zeroinitializer, %p9.exit ], [ %2116, %p9.body.1 ]
  %2104 = shl nuw nsw i64 %p9.addr.02475.1, 5
  %2105 = or disjoint i64 %2104, 1024
  %2106 = getelementptr inbounds float, ptr %Bk, i64 %2105
  %2107 = load <16 x float>, ptr %2106, align 4
  %2108 = or disjoint i64 %2104, 1040
  %2109 = getelementptr inbounds float, ptr %Bk, i64 %2108
  %2110 = load <16 x float>, ptr %2109, align 4
  %2111 = add nuw nsw i64 %p9.addr.02475.1, 256
  %2112 = getelementptr inbounds float, ptr %OY, i64 %2111
  %2113 = load float, ptr %2112, align 4
  %2114 = insertelement <16 x float> poison, float %2113, i64 0
  %2115 = shufflevector <16 x float> %2114, <16 x float> poison, <16 x i32> zeroinitializer
  %2116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2115, <16 x float> %2107, <16 x float> %acc64.02459.1)
  %2117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2115, <16 x float> %2110, <16 x float> %acc65.02460.1)
  %2118 = or disjoint i64 %2111, 32
  %2119 = getelementptr inbounds float, ptr %OY, i64 %2118
  %2120 = load float, ptr %2119, align 4
  %2121 = insertelement <16 x float> poison, float %2120, i64 0
  %2122 = shufflevector <16 x float> %2121, <16 x float> poison, <16 x i32> zeroinitializer
  %2123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2122, <16 x float> %2107, <16 x float> %acc66.02461.1)
  %2124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2122, <16 x float> %2110, <16 x float> %acc67.02462.1)
  %2125 = or disjoint i64 %2111, 64
  %2126 = getelementptr inbounds float, ptr %OY, i64 %2125
  %2127 = load float, ptr %2126, align 4
  %2128 = insertelement <16 x float> poison, float %2127, i64 0
  %2129 = shufflevector <16 x float> %2128, <16 x float> poison, <16 x i32> zeroinitializer
  %2130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2129, <16 x float> %2107, <16 x float> %acc68.02463.1)
  %2131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2129, <16 x float> %2110, <16 x float> %acc69.02464.1)
  %2132 = or disjoint i64 %2111, 96
  %2133 = getelementptr inbounds float, ptr %OY, i64 %2132
  %2134 = load float, ptr %2133, align 4
  %2135 = insertelement <16 x float> poison, float %2134, i64 0
  %2136 = shufflevector <16 x float> %2135, <16 x float> poison, <16 x i32> zeroinitializer
  %2137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2107, <16 x float> %acc70.02465.1)
  %2138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2110, <16 x float> %acc71.02466.1)
  %2139 = or disjoint i64 %2111, 128
  %2140 = getelementptr inbounds float, ptr %OY, i64 %2139
  %2141 = load float, ptr %2140, align 4
  %2142 = insertelement <16 x float> poison, float %2141, i64 0
  %2143 = shufflevector <16 x float> %2142, <16 x float> poison, <16 x i32> zeroinitializer
  %2144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2143, <16 x float> %2107, <16 x float> %acc72.02467.1)
  %2145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2143, <16 x float> %2110, <16 x float> %acc73.02468.1)
  %2146 = or disjoint i64 %2111, 160
  %2147 = getelementptr inbounds float, ptr %OY, i64 %2146
  %2148 = load float, ptr %2147, align 4
  %2149 = insertelement <16 x float> poison, float %2148, i64 0
  %2150 = shufflevector <16 x float> %2149, <16 x float> poison, <16 x i32> zeroinitializer
  %2151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2150, <16 x float> %2107, <16 x float> %acc74.02469.1)
  %2152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2150, <16 x float> %2110, <16 x float> %acc75.02470.1)
  %2153 = or disjoint i64 %2111, 192
  %2154 = getelementptr inbounds float, ptr %OY, i64 %2153
  %2155 = load float, ptr %2154, align 4
  %2156 = insertelement <16 x float> poison, float %2155, i64 0
  %2157 = shufflevector <16 x float> %2156, <16 x float> poison, <16 x i32> zeroinitializer
  %2158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2157, <16 x float> %2107, <16 x float> %acc76.02471.1)
  %2159 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2157, <16 x float> %2110, <16 x float> %acc77.02472.1)
  %2160 = or disjoint i64 %2111, 224
  %2161 = getelementptr inbounds float, ptr %OY, i64 %2160
  %2162 = load float, ptr %2161, align 4
  %2163 = insertelement <16 x float> poison, float %2162, i64 0
  %2164 = shufflevector <16 x float> %2163, <16 x float> poison, <16 x i32> zeroinitializer
  %2165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2164, <16 x float> %2107, <16 x float> %acc78.02473.1)
  %2166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2164, <16 x float> %2110, <16 x float> %acc79.02474.1)
  %p9.next.1 = add nuw nsw i64 %p9.addr.02475.1, 1
  %exitcond2855.1.not = icmp eq i64 %p9.next.1, 32
  br i1 %exitcond2855.1.not, label %p9.exit.1, label %p9.body.1

p9.exit.1:                                        ; preds = %p9.body.1
  store <16 x float> %2116, ptr %124, align 4
  store <16 x float> %2117, ptr %125, align 4
  store <16 x float> %2123, ptr %126, align 4
  store <16 x float> %2124, ptr %127, align 4
  store <16 x float> %2130, ptr %128, align 4
  store <16 x float> %2131, ptr %129, align 4
  store <16 x float> %2137, ptr %130, align 4
  store <16 x float> %2138, ptr %131, align 4
  store <16 x float> %2144, ptr %132, align 4
  store <16 x float> %2145, ptr %133, align 4
  store <16 x float> %2151, ptr %134, align 4
  store <16 x float> %2152, ptr %135, align 4
  store <16 x float> %2158, ptr %136, align 4
  store <16 x float> %2159, ptr %137, align 4
  store <16 x float> %2165, ptr %138, align 4
  store <16 x float> %2166, ptr %139, align 4
  br label %i39.body

i39.body:                                         ; preds = %p9.exit.1, %p10.exit
  %2167 = phi i1 [ false, %p10.exit ], [ true, %p9.exit.1 ]
  %i39.addr.02494 = phi i64 [ 8, %p10.exit ], [ 0, %p9.exit.1 ]
  %2168 = shl nuw nsw i64 %i39.addr.02494, 5
  %2169 = getelementptr inbounds float, ptr %dQc, i64 %2168
  %2170 = load <16 x float>, ptr %2169, align 4
  %2171 = or disjoint i64 %2168, 16
  %2172 = getelementptr inbounds float, ptr %dQc, i64 %2171
  %2173 = load <16 x float>, ptr %2172, align 4
  %2174 = or disjoint i64 %i39.addr.02494, 1
  %2175 = shl nuw nsw i64 %2174, 5
  %2176 = getelementptr inbounds float, ptr %dQc, i64 %2175
  %2177 = load <16 x float>, ptr %2176, align 4
  %2178 = or disjoint i64 %2175, 16
  %2179 = getelementptr inbounds float, ptr %dQc, i64 %2178
  %2180 = load <16 x float>, ptr %2179, align 4
  %2181 = or disjoint i64 %i39.addr.02494, 2
  %2182 = shl nuw nsw i64 %2181, 5
  %2183 = getelementptr inbounds float, ptr %dQc, i64 %2182
  %2184 = load <16 x float>, ptr %2183, align 4
  %2185 = or disjoint i64 %2182, 16
  %2186 = getelementptr inbounds float, ptr %dQc, i64 %2185
  %2187 = load <16 x float>, ptr %2186, align 4
  %2188 = or disjoint i64 %i39.addr.02494, 3
  %2189 = shl nuw nsw i64 %2188, 5
  %2190 = getelementptr inbounds float, ptr %dQc, i64 %2189
  %2191 = load <16 x float>, ptr %2190, align 4
  %2192 = or disjoint i64 %2189, 16
  %2193 = getelementptr inbounds float, ptr %dQc, i64 %2192
  %2194 = load <16 x float>, ptr %2193, align 4
  %2195 = or disjoint i64 %i39.addr.02494, 4
  %2196 = shl nuw nsw i64 %2195, 5
  %2197 = getelementptr inbounds float, ptr %dQc, i64 %2196
  %2198 = load <16 x float>, ptr %2197, align 4
  %2199 = or disjoint i64 %2196, 16
  %2200 = getelementptr inbounds float, ptr %dQc, i64 %2199
  %2201 = load <16 x float>, ptr %2200, align 4
  %2202 = or disjoint i64 %i39.addr.02494, 5
  %2203 = shl nuw nsw i64 %2202, 5
  %2204 = getelementptr inbounds float, ptr %dQc, i64 %2203
  %2205 = load <16 x float>, ptr %2204, align 4
  %2206 = or disjoint i64 %2203, 16
  %2207 = getelementptr inbounds float, ptr %dQc, i64 %2206
  %2208 = load <16 x float>, ptr %2207, align 4
  %2209 = or disjoint i64 %i39.addr.02494, 6
  %2210 = shl nuw nsw i64 %2209, 5
  %2211 = getelementptr inbounds float, ptr %dQc, i64 %2210
  %2212 = load <16 x float>, ptr %2211, align 4
  %2213 = or disjoint i64 %2210, 16
  %2214 = getelementptr inbounds float, ptr %dQc, i64 %2213
  %2215 = load <16 x float>, ptr %2214, align 4
  %2216 = or disjoint i64 %i39.addr.02494, 7
  %2217 = shl nuw nsw i64 %2216, 5
  %2218 = getelementptr inbounds float, ptr %dQc, i64 %2217
  %2219 = load <16 x float>, ptr %2218, align 4
  %2220 = or disjoint i64 %2217, 16
  %2221 = getelementptr inbounds float, ptr %dQc, i64 %2220
  %2222 = load <16 x float>, ptr %2221, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02493 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc95.02492 = phi <16 x float> [ %2222, %i39.body ], [ %2285, %p10.body ]
  %acc94.02491 = phi <16 x float> [ %2219, %i39.body ], [ %2284, %p10.body ]
  %acc93.02490 = phi <16 x float> [ %2215, %i39.body ], [ %2278, %p10.body ]
  %acc92.02489 = phi <16 x float> [ %2212, %i39.body ], [ %2277, %p10.body ]
  %acc91.02488 = phi <16 x float> [ %2208, %i39.body ], [ %2271, %p10.body ]
  %acc90.02487 = phi <16 x float> [ %2205, %i39.body ], [ %2270, %p10.body ]
  %acc89.02486 = phi <16 x float> [ %2201, %i39.body ], [ %2264, %p10.body ]
  %acc88.02485 = phi <16 x float> [ %2198, %i39.body ], [ %2263, %p10.body ]
  %acc87.02484 = phi <16 x float> [ %2194, %i39.body ], [ %2257, %p10.body ]
  %acc86.02483 = phi <16 x float> [ %2191, %i39.body ], [ %2256, %p10.body ]
  %acc85.02482 = phi <16 x float> [ %2187, %i39.body ], [ %2250, %p10.body ]
  %acc84.02481 = phi <16 x float> [ %2184, %i39.body ], [ %2249, %p10.body ]
  %acc83.02480 = phi <16 x float> [ %2180, %i39.body ], [ %2243, %p10.body ]
  %acc82.02479 = phi <16 x float> [ %2177, %i39.body ], [ %2242, %p10.body ]
  %acc81.02478 = phi <16 x float> [ %2173, %i39.body ], [ %2236, %p10.body ]
  %acc80.02477 = phi <16 x float> [ %2170, %i39.body ], [ %2235, %p10.body ]
  %.idx2325 = shl nuw nsw i64 %p10.addr.02493, 7
  %2223 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2325
  %2224 = getelementptr inbounds i8, ptr %2223, i64 10240
  %2225 = load <16 x float>, ptr %2224, align 4
  %2226 = getelementptr inbounds i8, ptr %2223, i64 10304
  %2227 = load <16 x float>, ptr %2226, align 4
  %2228 = mul nuw nsw i64 %p10.addr.02493, 112
  %2229 = add nuw nsw i64 %2228, 64
  %2230 = or disjoint i64 %2229, %i39.addr.02494
  %2231 = getelementptr inbounds float, ptr %Ak, i64 %2230
  %2232 = load float, ptr %2231, align 4
  %2233 = insertelement <16 x float> poison, float %2232, i64 0
  %2234 = shufflevector <16 x float> %2233, <16 x float> poison, <16 x i32> zeroinitializer
  %2235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2234, <16 x float> %2225, <16 x float> %acc80.02477)
  %2236 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2234, <16 x float> %2227, <16 x float> %acc81.02478)
  %2237 = or disjoint i64 %2229, %2174
  %2238 = getelementptr inbounds float, ptr %Ak, i64 %2237
  %2239 = load float, ptr %2238, align 4
  %2240 = insertelement <16 x float> poison, float %2239, i64 0
  %2241 = shufflevector <16 x float> %2240, <16 x float> poison, <16 x i32> zeroinitializer
  %2242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2241, <16 x float> %2225, <16 x float> %acc82.02479)
  %2243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2241, <16 x float> %2227, <16 x float> %acc83.02480)
  %2244 = or disjoint i64 %2229, %2181
  %2245 = getelementptr inbounds float, ptr %Ak, i64 %2244
  %2246 = load float, ptr %2245, align 4
  %2247 = insertelement <16 x float> poison, float %2246, i64 0
  %2248 = shufflevector <16 x float> %2247, <16 x float> poison, <16 x i32> zeroinitializer
  %2249 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2225, <16 x float> %acc84.02481)
  %2250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2248, <16 x float> %2227, <16 x float> %acc85.02482)
  %2251 = or disjoint i64 %2229, %2188
  %2252 = getelementptr inbounds float, ptr %Ak, i64 %2251
  %2253 = load float, ptr %2252, align 4
  %2254 = insertelement <16 x float> poison, float %2253, i64 0
  %2255 = shufflevector <16 x float> %2254, <16 x float> poison, <16 x i32> zeroinitializer
  %2256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2225, <16 x float> %acc86.02483)
  %2257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2227, <16 x float> %acc87.02484)
  %2258 = or disjoint i64 %2229, %2195
  %2259 = getelementptr inbounds float, ptr %Ak, i64 %2258
  %2260 = load float, ptr %2259, align 4
  %2261 = insertelement <16 x float> poison, float %2260, i64 0
  %2262 = shufflevector <16 x float> %2261, <16 x float> poison, <16 x i32> zeroinitializer
  %2263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2262, <16 x float> %2225, <16 x float> %acc88.02485)
  %2264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2262, <16 x float> %2227, <16 x float> %acc89.02486)
  %2265 = or disjoint i64 %2229, %2202
  %2266 = getelementptr inbounds float, ptr %Ak, i64 %2265
  %2267 = load float, ptr %2266, align 4
  %2268 = insertelement <16 x float> poison, float %2267, i64 0
  %2269 = shufflevector <16 x float> %2268, <16 x float> poison, <16 x i32> zeroinitializer
  %2270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2269, <16 x float> %2225, <16 x float> %acc90.02487)
  %2271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2269, <16 x float> %2227, <16 x float> %acc91.02488)
  %2272 = or disjoint i64 %2229, %2209
  %2273 = getelementptr inbounds float, ptr %Ak, i64 %2272
  %2274 = load float, ptr %2273, align 4
  %2275 = insertelement <16 x float> poison, float %2274, i64 0
  %2276 = shufflevector <16 x float> %2275, <16 x float> poison, <16 x i32> zeroinitializer
  %2277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2225, <16 x float> %acc92.02489)
  %2278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2276, <16 x float> %2227, <16 x float> %acc93.02490)
  %2279 = or disjoint i64 %2229, %2216
  %2280 = getelementptr inbounds float, ptr %Ak, i64 %2279
  %2281 = load float, ptr %2280, align 4
  %2282 = insertelement <16 x float> poison, float %2281, i64 0
  %2283 = shufflevector <16 x float> %2282, <16 x float> poison, <16 x i32> zeroinitializer
  %2284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2283, <16 x float> %2225, <16 x float> %acc94.02491)
  %2285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2283, <16 x float> %2227, <16 x float> %acc95.02492)
  %p10.next = add nuw nsw i64 %p10.addr.02493, 1
  %exitcond2856.not = icmp eq i64 %p10.next, 32
  br i1 %exitcond2856.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2235, ptr %2169, align 4
  store <16 x float> %2236, ptr %2172, align 4
  store <16 x float> %2242, ptr %2176, align 4
  store <16 x float> %2243, ptr %2179, align 4
  store <16 x float> %2249, ptr %2183, align 4
  store <16 x float> %2250, ptr %2186, align 4
  store <16 x float> %2256, ptr %2190, align 4
  store <16 x float> %2257, ptr %2193, align 4
  store <16 x float> %2263, ptr %2197, align 4
  store <16 x float> %2264, ptr %2200, align 4
  store <16 x float> %2270, ptr %2204, align 4
  store <16 x float> %2271, ptr %2207, align 4
  store <16 x float> %2277, ptr %2211, align 4
  store <16 x float> %2278, ptr %2214, align 4
  store <16 x float> %2284, ptr %2218, align 4
  store <16 x float> %2285, ptr %2221, align 4
  br i1 %2167, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %p10.exit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dbet, i8 0, i64 128, i1 false)
  br label %ib1.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.02515 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2286 = shl nuw nsw i64 %ib1.addr.02515, 2
  %i01 = sub nuw nsw i64 28, %2286
  %2287 = shl nuw nsw i64 %i01, 5
  %2288 = getelementptr inbounds float, ptr %OY, i64 %2287
  %2289 = getelementptr inbounds i8, ptr %2288, i64 2048
  %2290 = load <16 x float>, ptr %2289, align 4
  %2291 = getelementptr inbounds i8, ptr %2288, i64 2112
  %2292 = load <16 x float>, ptr %2291, align 4
  %2293 = sub nuw nsw i64 29, %2286
  %2294 = shl nuw nsw i64 %2293, 5
  %2295 = getelementptr inbounds float, ptr %OY, i64 %2294
  %2296 = getelementptr inbounds i8, ptr %2295, i64 2048
  %2297 = load <16 x float>, ptr %2296, align 4
  %2298 = getelementptr inbounds i8, ptr %2295, i64 2112
  %2299 = load <16 x float>, ptr %2298, align 4
  %2300 = sub nuw nsw i64 30, %2286
  %2301 = shl nuw nsw i64 %2300, 5
  %2302 = getelementptr inbounds float, ptr %OY, i64 %2301
  %2303 = getelementptr inbounds i8, ptr %2302, i64 2048
  %2304 = load <16 x float>, ptr %2303, align 4
  %2305 = getelementptr inbounds i8, ptr %2302, i64 2112
  %2306 = load <16 x float>, ptr %2305, align 4
  %2307 = sub nuw nsw i64 31, %2286
  %2308 = shl nuw nsw i64 %2307, 5
  %2309 = getelementptr inbounds float, ptr %OY, i64 %2308
  %2310 = getelementptr inbounds i8, ptr %2309, i64 2048
  %2311 = load <16 x float>, ptr %2310, align 4
  %2312 = getelementptr inbounds i8, ptr %2309, i64 2112
  %2313 = load <16 x float>, ptr %2312, align 4
  %.not2624 = icmp eq i64 %ib1.addr.02515, 0
  br i1 %.not2624, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2314 = sub nuw nsw i64 32, %2286
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02504 = phi i64 [ %j30.next, %j30.body ], [ %2314, %j30.body.preheader ]
  %acc103.02503 = phi <16 x float> [ %2352, %j30.body ], [ %2313, %j30.body.preheader ]
  %acc102.02502 = phi <16 x float> [ %2351, %j30.body ], [ %2311, %j30.body.preheader ]
  %acc101.02501 = phi <16 x float> [ %2344, %j30.body ], [ %2306, %j30.body.preheader ]
  %acc100.02500 = phi <16 x float> [ %2343, %j30.body ], [ %2304, %j30.body.preheader ]
  %acc99.02499 = phi <16 x float> [ %2336, %j30.body ], [ %2299, %j30.body.preheader ]
  %acc98.02498 = phi <16 x float> [ %2335, %j30.body ], [ %2297, %j30.body.preheader ]
  %acc97.02497 = phi <16 x float> [ %2328, %j30.body ], [ %2292, %j30.body.preheader ]
  %acc96.02496 = phi <16 x float> [ %2327, %j30.body ], [ %2290, %j30.body.preheader ]
  %2315 = shl nuw nsw i64 %j30.addr.02504, 5
  %2316 = getelementptr inbounds float, ptr %OY, i64 %2315
  %2317 = getelementptr inbounds i8, ptr %2316, i64 2048
  %2318 = load <16 x float>, ptr %2317, align 4
  %2319 = getelementptr inbounds i8, ptr %2316, i64 2112
  %2320 = load <16 x float>, ptr %2319, align 4
  %2321 = or disjoint i64 %2315, %i01
  %2322 = getelementptr inbounds float, ptr %Gm, i64 %2321
  %2323 = load float, ptr %2322, align 4
  %2324 = fneg float %2323
  %2325 = insertelement <16 x float> poison, float %2324, i64 0
  %2326 = shufflevector <16 x float> %2325, <16 x float> poison, <16 x i32> zeroinitializer
  %2327 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2326, <16 x float> %2318, <16 x float> %acc96.02496)
  %2328 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2326, <16 x float> %2320, <16 x float> %acc97.02497)
  %2329 = or disjoint i64 %2315, %2293
  %2330 = getelementptr inbounds float, ptr %Gm, i64 %2329
  %2331 = load float, ptr %2330, align 4
  %2332 = fneg float %2331
  %2333 = insertelement <16 x float> poison, float %2332, i64 0
  %2334 = shufflevector <16 x float> %2333, <16 x float> poison, <16 x i32> zeroinitializer
  %2335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2334, <16 x float> %2318, <16 x float> %acc98.02498)
  %2336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2334, <16 x float> %2320, <16 x float> %acc99.02499)
  %2337 = or disjoint i64 %2315, %2300
  %2338 = getelementptr inbounds float, ptr %Gm, i64 %2337
  %2339 = load float, ptr %2338, align 4
  %2340 = fneg float %2339
  %2341 = insertelement <16 x float> poison, float %2340, i64 0
  %2342 = shufflevector <16 x float> %2341, <16 x float> poison, <16 x i32> zeroinitializer
  %2343 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2342, <16 x float> %2318, <16 x float> %acc100.02500)
  %2344 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2342, <16 x float> %2320, <16 x float> %acc101.02501)
  %2345 = or disjoint i64 %2315, %2307
  %2346 = getelementptr inbounds float, ptr %Gm, i64 %2345
  %2347 = load float, ptr %2346, align 4
  %2348 = fneg float %2347
  %2349 = insertelement <16 x float> poison, float %2348, i64 0
  %2350 = shufflevector <16 x float> %2349, <16 x float> poison, <16 x i32> zeroinitializer
  %2351 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2350, <16 x float> %2318, <16 x float> %acc102.02502)
  %2352 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2350, <16 x float> %2320, <16 x float> %acc103.02503)
  %j30.next = add nuw nsw i64 %j30.addr.02504, 1
  %2353 = icmp ult i64 %j30.addr.02504, 31
  br i1 %2353, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2290, %ib1.body ], [ %2327, %j30.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2292, %ib1.body ], [ %2328, %j30.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2297, %ib1.body ], [ %2335, %j30.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2299, %ib1.body ], [ %2336, %j30.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2304, %ib1.body ], [ %2343, %j30.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2306, %ib1.body ], [ %2344, %j30.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2311, %ib1.body ], [ %2351, %j30.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2313, %ib1.body ], [ %2352, %j30.body ]
  %2354 = getelementptr inbounds float, ptr %Rr, i64 %2308
  %2355 = load <16 x float>, ptr %2354, align 4
  %2356 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2355, <16 x float> zeroinitializer)
  %2357 = or disjoint i64 %2308, 16
  %2358 = getelementptr inbounds float, ptr %Rr, i64 %2357
  %2359 = load <16 x float>, ptr %2358, align 4
  %2360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2359, <16 x float> %2356)
  %2361 = shufflevector <16 x float> %2360, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2362 = shufflevector <16 x float> %2360, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2363 = fadd <8 x float> %2361, %2362
  %2364 = shufflevector <8 x float> %2363, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2365 = shufflevector <8 x float> %2363, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2366 = fadd <4 x float> %2364, %2365
  %2367 = shufflevector <4 x float> %2366, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2368 = shufflevector <4 x float> %2366, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2369 = fadd <2 x float> %2367, %2368
  %2370 = shufflevector <2 x float> %2369, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2371 = shufflevector <2 x float> %2369, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2372 = getelementptr inbounds float, ptr %bet, i64 %2307
  %2373 = load float, ptr %2372, align 4
  %2374 = insertelement <16 x float> poison, float %2373, i64 0
  %2375 = shufflevector <16 x float> %2374, <16 x float> poison, <16 x i32> zeroinitializer
  %2376 = fmul <16 x float> %acc102.0.lcssa, %2375
  store <16 x float> %2376, ptr %2310, align 4
  %2377 = fneg <16 x float> %2376
  %2378 = mul nuw nsw i64 %2307, 112
  %2379 = or disjoint i64 %2378, 32
  %2380 = getelementptr inbounds float, ptr %Ak, i64 %2379
  store <16 x float> %2377, ptr %2380, align 4
  %2381 = fmul <16 x float> %acc103.0.lcssa, %2375
  store <16 x float> %2381, ptr %2312, align 4
  %2382 = fneg <16 x float> %2381
  %gep2514 = getelementptr inbounds float, ptr %invariant.gep2513, i64 %2378
  store <16 x float> %2382, ptr %gep2514, align 4
  %2383 = or disjoint i64 %2308, %2300
  %2384 = getelementptr inbounds float, ptr %Gm, i64 %2383
  %2385 = load float, ptr %2384, align 4
  %2386 = fneg float %2385
  %2387 = insertelement <16 x float> poison, float %2386, i64 0
  %2388 = shufflevector <16 x float> %2387, <16 x float> poison, <16 x i32> zeroinitializer
  %2389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2388, <16 x float> %2376, <16 x float> %acc100.0.lcssa)
  %2390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2388, <16 x float> %2381, <16 x float> %acc101.0.lcssa)
  %2391 = getelementptr inbounds float, ptr %Rr, i64 %2301
  %2392 = load <16 x float>, ptr %2391, align 4
  %2393 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2389, <16 x float> %2392, <16 x float> zeroinitializer)
  %2394 = or disjoint i64 %2301, 16
  %2395 = getelementptr inbounds float, ptr %Rr, i64 %2394
  %2396 = load <16 x float>, ptr %2395, align 4
  %2397 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2390, <16 x float> %2396, <16 x float> %2393)
  %2398 = shufflevector <16 x float> %2397, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2399 = shufflevector <16 x float> %2397, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2400 = fadd <8 x float> %2398, %2399
  %2401 = shufflevector <8 x float> %2400, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2402 = shufflevector <8 x float> %2400, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2403 = fadd <4 x float> %2401, %2402
  %2404 = shufflevector <4 x float> %2403, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2405 = shufflevector <4 x float> %2403, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2406 = fadd <2 x float> %2404, %2405
  %2407 = shufflevector <2 x float> %2406, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2408 = shufflevector <2 x float> %2406, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2409 = getelementptr inbounds float, ptr %bet, i64 %2300
  %2410 = load float, ptr %2409, align 4
  %2411 = insertelement <16 x float> poison, float %2410, i64 0
  %2412 = shufflevector <16 x float> %2411, <16 x float> poison, <16 x i32> zeroinitializer
  %2413 = fmul <16 x float> %2389, %2412
  store <16 x float> %2413, ptr %2303, align 4
  %2414 = fneg <16 x float> %2413
  %.idx2323 = mul nuw nsw i64 %2300, 448
  %2415 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2323
  %2416 = getelementptr inbounds i8, ptr %2415, i64 128
  store <16 x float> %2414, ptr %2416, align 4
  %2417 = fmul <16 x float> %2390, %2412
  store <16 x float> %2417, ptr %2305, align 4
  %2418 = fneg <16 x float> %2417
  %2419 = getelementptr inbounds i8, ptr %2415, i64 192
  store <16 x float> %2418, ptr %2419, align 4
  %2420 = or disjoint i64 %2301, %2293
  %2421 = getelementptr inbounds float, ptr %Gm, i64 %2420
  %2422 = load float, ptr %2421, align 4
  %2423 = fneg float %2422
  %2424 = insertelement <16 x float> poison, float %2423, i64 0
  %2425 = shufflevector <16 x float> %2424, <16 x float> poison, <16 x i32> zeroinitializer
  %2426 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2425, <16 x float> %2413, <16 x float> %acc98.0.lcssa)
  %2427 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2425, <16 x float> %2417, <16 x float> %acc99.0.lcssa)
  %2428 = or disjoint i64 %2308, %2293
  %2429 = getelementptr inbounds float, ptr %Gm, i64 %2428
  %2430 = load float, ptr %2429, align 4
  %2431 = fneg float %2430
  %2432 = insertelement <16 x float> poison, float %2431, i64 0
  %2433 = shufflevector <16 x float> %2432, <16 x float> poison, <16 x i32> zeroinitializer
  %2434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2433, <16 x float> %2376, <16 x float> %2426)
  %2435 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2433, <16 x float> %2381, <16 x float> %2427)
  %2436 = getelementptr inbounds float, ptr %Rr, i64 %2294
  %2437 = load <16 x float>, ptr %2436, align 4
  %2438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2434, <16 x float> %2437, <16 x float> zeroinitializer)
  %2439 = or disjoint i64 %2294, 16
  %2440 = getelementptr inbounds float, ptr %Rr, i64 %2439
  %2441 = load <16 x float>, ptr %2440, align 4
  %2442 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2435, <16 x float> %2441, <16 x float> %2438)
  %2443 = shufflevector <16 x float> %2442, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2444 = shufflevector <16 x float> %2442, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2445 = fadd <8 x float> %2443, %2444
  %2446 = shufflevector <8 x float> %2445, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2447 = shufflevector <8 x float> %2445, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2448 = fadd <4 x float> %2446, %2447
  %2449 = shufflevector <4 x float> %2448, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2450 = shufflevector <4 x float> %2448, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2451 = fadd <2 x float> %2449, %2450
  %2452 = getelementptr inbounds float, ptr %bet, i64 %2293
  %2453 = load float, ptr %2452, align 4
  %2454 = insertelement <16 x float> poison, float %2453, i64 0
  %2455 = shufflevector <16 x float> %2454, <16 x float> poison, <16 x i32> zeroinitializer
  %2456 = fmul <16 x float> %2434, %2455
  store <16 x float> %2456, ptr %2296, align 4
  %2457 = fneg <16 x float> %2456
  %.idx2324 = mul nuw nsw i64 %2293, 448
  %2458 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2324
  %2459 = getelementptr inbounds i8, ptr %2458, i64 128
  store <16 x float> %2457, ptr %2459, align 4
  %2460 = fmul <16 x float> %2435, %2455
  store <16 x float> %2460, ptr %2298, align 4
  %2461 = fneg <16 x float> %2460
  %2462 = getelementptr inbounds i8, ptr %2458, i64 192
  store <16 x float> %2461, ptr %2462, align 4
  %2463 = or disjoint i64 %2294, %i01
  %2464 = getelementptr inbounds float, ptr %Gm, i64 %2463
  %2465 = load float, ptr %2464, align 4
  %2466 = fneg float %2465
  %2467 = insertelement <16 x float> poison, float %2466, i64 0
  %2468 = shufflevector <16 x float> %2467, <16 x float> poison, <16 x i32> zeroinitializer
  %2469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2468, <16 x float> %2456, <16 x float> %acc96.0.lcssa)
  %2470 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2468, <16 x float> %2460, <16 x float> %acc97.0.lcssa)
  %2471 = or disjoint i64 %2301, %i01
  %2472 = getelementptr inbounds float, ptr %Gm, i64 %2471
  %2473 = load float, ptr %2472, align 4
  %2474 = fneg float %2473
  %2475 = insertelement <16 x float> poison, float %2474, i64 0
  %2476 = shufflevector <16 x float> %2475, <16 x float> poison, <16 x i32> zeroinitializer
  %2477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2476, <16 x float> %2413, <16 x float> %2469)
  %2478 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2476, <16 x float> %2417, <16 x float> %2470)
  %2479 = or disjoint i64 %2308, %i01
  %2480 = getelementptr inbounds float, ptr %Gm, i64 %2479
  %2481 = load float, ptr %2480, align 4
  %2482 = fneg float %2481
  %2483 = insertelement <16 x float> poison, float %2482, i64 0
  %2484 = shufflevector <16 x float> %2483, <16 x float> poison, <16 x i32> zeroinitializer
  %2485 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2484, <16 x float> %2376, <16 x float> %2477)
  %2486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2484, <16 x float> %2381, <16 x float> %2478)
  %2487 = getelementptr inbounds float, ptr %Rr, i64 %2287
  %2488 = load <16 x float>, ptr %2487, align 4
  %2489 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2485, <16 x float> %2488, <16 x float> zeroinitializer)
  %2490 = or disjoint i64 %2287, 16
  %2491 = getelementptr inbounds float, ptr %Rr, i64 %2490
  %2492 = load <16 x float>, ptr %2491, align 4
  %2493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2486, <16 x float> %2492, <16 x float> %2489)
  %2494 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2495 = shufflevector <16 x float> %2493, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2496 = shufflevector <16 x float> %2493, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2497 = fadd <8 x float> %2495, %2496
  %2498 = shufflevector <8 x float> %2497, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2499 = shufflevector <8 x float> %2497, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2500 = fadd <4 x float> %2498, %2499
  %2501 = shufflevector <4 x float> %2500, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2502 = shufflevector <4 x float> %2500, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2503 = fadd <2 x float> %2501, %2502
  %2504 = load <4 x float>, ptr %2494, align 4
  %2505 = shufflevector <2 x float> %2503, <2 x float> %2451, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2506 = shufflevector <4 x float> %2505, <4 x float> %2408, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2507 = shufflevector <4 x float> %2506, <4 x float> %2371, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2508 = shufflevector <2 x float> %2503, <2 x float> %2451, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2509 = shufflevector <4 x float> %2508, <4 x float> %2407, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2510 = shufflevector <4 x float> %2509, <4 x float> %2370, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2511 = fadd <4 x float> %2507, %2510
  %2512 = fadd <4 x float> %2504, %2511
  store <4 x float> %2512, ptr %2494, align 4
  %2513 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2514 = load float, ptr %2513, align 4
  %2515 = insertelement <16 x float> poison, float %2514, i64 0
  %2516 = shufflevector <16 x float> %2515, <16 x float> poison, <16 x i32> zeroinitializer
  %2517 = fmul <16 x float> %2485, %2516
  store <16 x float> %2517, ptr %2289, align 4
  %2518 = fneg <16 x float> %2517
  %2519 = mul nuw nsw i64 %i01, 112
  %2520 = or disjoint i64 %2519, 32
  %2521 = getelementptr inbounds float, ptr %Ak, i64 %2520
  store <16 x float> %2518, ptr %2521, align 4
  %2522 = fmul <16 x float> %2486, %2516
  store <16 x float> %2522, ptr %2291, align 4
  %2523 = fneg <16 x float> %2522
  %2524 = or disjoint i64 %2519, 48
  %2525 = getelementptr inbounds float, ptr %Ak, i64 %2524
  store <16 x float> %2523, ptr %2525, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02515, 1
  %exitcond2857.not = icmp eq i64 %ib1.next, 8
  br i1 %exitcond2857.not, label %i44.body, label %ib1.body

i44.body:                                         ; preds = %j30.exit, %p11.exit
  %i44.addr.02533 = phi i64 [ %i44.next, %p11.exit ], [ 0, %j30.exit ]
  %2526 = shl nuw nsw i64 %i44.addr.02533, 6
  %2527 = or disjoint i64 %2526, 32
  %2528 = getelementptr inbounds float, ptr %work, i64 %2527
  %2529 = load <16 x float>, ptr %2528, align 4
  %2530 = or disjoint i64 %2526, 48
  %2531 = getelementptr inbounds float, ptr %work, i64 %2530
  %2532 = load <16 x float>, ptr %2531, align 4
  %2533 = or disjoint i64 %i44.addr.02533, 1
  %2534 = shl nuw nsw i64 %2533, 6
  %2535 = or disjoint i64 %2534, 32
  %2536 = getelementptr inbounds float, ptr %work, i64 %2535
  %2537 = load <16 x float>, ptr %2536, align 4
  %2538 = or disjoint i64 %2534, 48
  %2539 = getelementptr inbounds float, ptr %work, i64 %2538
  %2540 = load <16 x float>, ptr %2539, align 4
  %2541 = or disjoint i64 %i44.addr.02533, 2
  %2542 = shl nuw nsw i64 %2541, 6
  %2543 = or disjoint i64 %2542, 32
  %2544 = getelementptr inbounds float, ptr %work, i64 %2543
  %2545 = load <16 x float>, ptr %2544, align 4
  %2546 = or disjoint i64 %2542, 48
  %2547 = getelementptr inbounds float, ptr %work, i64 %2546
  %2548 = load <16 x float>, ptr %2547, align 4
  %2549 = or disjoint i64 %i44.addr.02533, 3
  %2550 = shl nuw nsw i64 %2549, 6
  %2551 = or disjoint i64 %2550, 32
  %2552 = getelementptr inbounds float, ptr %work, i64 %2551
  %2553 = load <16 x float>, ptr %2552, align 4
  %2554 = or disjoint i64 %2550, 48
  %2555 = getelementptr inbounds float, ptr %work, i64 %2554
  %2556 = load <16 x float>, ptr %2555, align 4
  %2557 = or disjoint i64 %i44.addr.02533, 4
  %2558 = shl nuw nsw i64 %2557, 6
  %2559 = or disjoint i64 %2558, 32
  %2560 = getelementptr inbounds float, ptr %work, i64 %2559
  %2561 = load <16 x float>, ptr %2560, align 4
  %2562 = or disjoint i64 %2558, 48
  %2563 = getelementptr inbounds float, ptr %work, i64 %2562
  %2564 = load <16 x float>, ptr %2563, align 4
  %2565 = or disjoint i64 %i44.addr.02533, 5
  %2566 = shl nuw nsw i64 %2565, 6
  %2567 = or disjoint i64 %2566, 32
  %2568 = getelementptr inbounds float, ptr %work, i64 %2567
  %2569 = load <16 x float>, ptr %2568, align 4
  %2570 = or disjoint i64 %2566, 48
  %2571 = getelementptr inbounds float, ptr %work, i64 %2570
  %2572 = load <16 x float>, ptr %2571, align 4
  %2573 = or disjoint i64 %i44.addr.02533, 6
  %2574 = shl nuw nsw i64 %2573, 6
  %2575 = or disjoint i64 %2574, 32
  %2576 = getelementptr inbounds float, ptr %work, i64 %2575
  %2577 = load <16 x float>, ptr %2576, align 4
  %2578 = or disjoint i64 %2574, 48
  %2579 = getelementptr inbounds float, ptr %work, i64 %2578
  %2580 = load <16 x float>, ptr %2579, align 4
  %2581 = or disjoint i64 %i44.addr.02533, 7
  %2582 = shl nuw nsw i64 %2581, 6
  %2583 = or disjoint i64 %2582, 32
  %2584 = getelementptr inbounds float, ptr %work, i64 %2583
  %2585 = load <16 x float>, ptr %2584, align 4
  %2586 = or disjoint i64 %2582, 48
  %2587 = getelementptr inbounds float, ptr %work, i64 %2586
  %2588 = load <16 x float>, ptr %2587, align 4
  br label %p11.body

p11.body:                                         ; preds = %i44.body, %p11.body
  %p11.addr.02532 = phi i64 [ 0, %i44.body ], [ %p11.next, %p11.body ]
  %acc119.02531 = phi <16 x float> [ %2588, %i44.body ], [ %2650, %p11.body ]
  %acc118.02530 = phi <16 x float> [ %2585, %i44.body ], [ %2649, %p11.body ]
  %acc117.02529 = phi <16 x float> [ %2580, %i44.body ], [ %2643, %p11.body ]
  %acc116.02528 = phi <16 x float> [ %2577, %i44.body ], [ %2642, %p11.body ]
  %acc115.02527 = phi <16 x float> [ %2572, %i44.body ], [ %2636, %p11.body ]
  %acc114.02526 = phi <16 x float> [ %2569, %i44.body ], [ %2635, %p11.body ]
  %acc113.02525 = phi <16 x float> [ %2564, %i44.body ], [ %2629, %p11.body ]
  %acc112.02524 = phi <16 x float> [ %2561, %i44.body ], [ %2628, %p11.body ]
  %acc111.02523 = phi <16 x float> [ %2556, %i44.body ], [ %2622, %p11.body ]
  %acc110.02522 = phi <16 x float> [ %2553, %i44.body ], [ %2621, %p11.body ]
  %acc109.02521 = phi <16 x float> [ %2548, %i44.body ], [ %2615, %p11.body ]
  %acc108.02520 = phi <16 x float> [ %2545, %i44.body ], [ %2614, %p11.body ]
  %acc107.02519 = phi <16 x float> [ %2540, %i44.body ], [ %2608, %p11.body ]
  %acc106.02518 = phi <16 x float> [ %2537, %i44.body ], [ %2607, %p11.body ]
  %acc105.02517 = phi <16 x float> [ %2532, %i44.body ], [ %2601, %p11.body ]
  %acc104.02516 = phi <16 x float> [ %2529, %i44.body ], [ %2600, %p11.body ]
  %2589 = shl nuw nsw i64 %p11.addr.02532, 5
  %2590 = getelementptr inbounds float, ptr %OY, i64 %2589
  %2591 = load <16 x float>, ptr %2590, align 4
  %2592 = or disjoint i64 %2589, 16
  %2593 = getelementptr inbounds float, ptr %OY, i64 %2592
  %2594 = load <16 x float>, ptr %2593, align 4
  %2595 = or disjoint i64 %2589, %i44.addr.02533
  %2596 = getelementptr inbounds float, ptr %QK, i64 %2595
  %2597 = load float, ptr %2596, align 4
  %2598 = insertelement <16 x float> poison, float %2597, i64 0
  %2599 = shufflevector <16 x float> %2598, <16 x float> poison, <16 x i32> zeroinitializer
  %2600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2599, <16 x float> %2591, <16 x float> %acc104.02516)
  %2601 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2599, <16 x float> %2594, <16 x float> %acc105.02517)
  %2602 = or disjoint i64 %2589, %2533
  %2603 = getelementptr inbounds float, ptr %QK, i64 %2602
  %2604 = load float, ptr %2603, align 4
  %2605 = insertelement <16 x float> poison, float %2604, i64 0
  %2606 = shufflevector <16 x float> %2605, <16 x float> poison, <16 x i32> zeroinitializer
  %2607 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2606, <16 x float> %2591, <16 x float> %acc106.02518)
  %2608 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2606, <16 x float> %2594, <16 x float> %acc107.02519)
  %2609 = or disjoint i64 %2589, %2541
  %2610 = getelementptr inbounds float, ptr %QK, i64 %2609
  %2611 = load float, ptr %2610, align 4
  %2612 = insertelement <16 x float> poison, float %2611, i64 0
  %2613 = shufflevector <16 x float> %2612, <16 x float> poison, <16 x i32> zeroinitializer
  %2614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2591, <16 x float> %acc108.02520)
  %2615 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2613, <16 x float> %2594, <16 x float> %acc109.02521)
  %2616 = or disjoint i64 %2589, %2549
  %2617 = getelementptr inbounds float, ptr %QK, i64 %2616
  %2618 = load float, ptr %2617, align 4
  %2619 = insertelement <16 x float> poison, float %2618, i64 0
  %2620 = shufflevector <16 x float> %2619, <16 x float> poison, <16 x i32> zeroinitializer
  %2621 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2620, <16 x float> %2591, <16 x float> %acc110.02522)
  %2622 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2620, <16 x float> %2594, <16 x float> %acc111.02523)
  %2623 = or disjoint i64 %2589, %2557
  %2624 = getelementptr inbounds float, ptr %QK, i64 %2623
  %2625 = load float, ptr %2624, align 4
  %2626 = insertelement <16 x float> poison, float %2625, i64 0
  %2627 = shufflevector <16 x float> %2626, <16 x float> poison, <16 x i32> zeroinitializer
  %2628 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2591, <16 x float> %acc112.02524)
  %2629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2627, <16 x float> %2594, <16 x float> %acc113.02525)
  %2630 = or disjoint i64 %2589, %2565
  %2631 = getelementptr inbounds float, ptr %QK, i64 %2630
  %2632 = load float, ptr %2631, align 4
  %2633 = insertelement <16 x float> poison, float %2632, i64 0
  %2634 = shufflevector <16 x float> %2633, <16 x float> poison, <16 x i32> zeroinitializer
  %2635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2634, <16 x float> %2591, <16 x float> %acc114.02526)
  %2636 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2634, <16 x float> %2594, <16 x float> %acc115.02527)
  %2637 = or disjoint i64 %2589, %2573
  %2638 = getelementptr inbounds float, ptr %QK, i64 %2637
  %2639 = load float, ptr %2638, align 4
  %2640 = insertelement <16 x float> poison, float %2639, i64 0
  %2641 = shufflevector <16 x float> %2640, <16 x float> poison, <16 x i32> zeroinitializer
  %2642 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2641, <16 x float> %2591, <16 x float> %acc116.02528)
  %2643 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2641, <16 x float> %2594, <16 x float> %acc117.02529)
  %2644 = or disjoint i64 %2589, %2581
  %2645 = getelementptr inbounds float, ptr %QK, i64 %2644
  %2646 = load float, ptr %2645, align 4
  %2647 = insertelement <16 x float> poison, float %2646, i64 0
  %2648 = shufflevector <16 x float> %2647, <16 x float> poison, <16 x i32> zeroinitializer
  %2649 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2648, <16 x float> %2591, <16 x float> %acc118.02530)
  %2650 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2648, <16 x float> %2594, <16 x float> %acc119.02531)
  %p11.next = add nuw nsw i64 %p11.addr.02532, 1
  %exitcond2858.not = icmp eq i64 %p11.next, 48
  br i1 %exitcond2858.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2600, ptr %2528, align 4
  store <16 x float> %2601, ptr %2531, align 4
  store <16 x float> %2607, ptr %2536, align 4
  store <16 x float> %2608, ptr %2539, align 4
  store <16 x float> %2614, ptr %2544, align 4
  store <16 x float> %2615, ptr %2547, align 4
  store <16 x float> %2621, ptr %2552, align 4
  store <16 x float> %2622, ptr %2555, align 4
  store <16 x float> %2628, ptr %2560, align 4
  store <16 x float> %2629, ptr %2563, align 4
  store <16 x float> %2635, ptr %2568, align 4
  store <16 x float> %2636, ptr %2571, align 4
  store <16 x float> %2642, ptr %2576, align 4
  store <16 x float> %2643, ptr %2579, align 4
  store <16 x float> %2649, ptr %2584, align 4
  store <16 x float> %2650, ptr %2587, align 4
  %i44.next = add nuw nsw i64 %i44.addr.02533, 8
  %2651 = icmp ult i64 %i44.addr.02533, 24
  br i1 %2651, label %i44.body, label %i45.body

i45.head.loopexit:                                ; preds = %p12.exit.1, %p12.exit
  %2652 = icmp ult i64 %i45.addr.02546, 24
  br i1 %2652, label %i45.body, label %t4.body

i45.body:                                         ; preds = %p11.exit, %i45.head.loopexit
  %i45.addr.02546 = phi i64 [ %2653, %i45.head.loopexit ], [ 0, %p11.exit ]
  %2653 = add nuw nsw i64 %i45.addr.02546, 8
  %2654 = mul nuw nsw i64 %i45.addr.02546, 112
  %2655 = or disjoint i64 %2654, 80
  %2656 = getelementptr inbounds float, ptr %Ak, i64 %2655
  %.idx2294 = mul nuw nsw i64 %i45.addr.02546, 448
  %2657 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2294
  %2658 = getelementptr inbounds i8, ptr %2657, i64 768
  %2659 = getelementptr inbounds i8, ptr %2657, i64 1216
  %2660 = getelementptr inbounds i8, ptr %2657, i64 1664
  %2661 = getelementptr inbounds i8, ptr %2657, i64 2112
  %2662 = getelementptr inbounds i8, ptr %2657, i64 2560
  %2663 = getelementptr inbounds i8, ptr %2657, i64 3008
  %2664 = getelementptr inbounds i8, ptr %2657, i64 3456
  %.idx2890 = shl nsw i64 %i45.addr.02546, 7
  %invariant.gep3093 = getelementptr inbounds i8, ptr %OY, i64 %.idx2890
  br label %p12.body

p12.body:                                         ; preds = %i45.body, %p12.body
  %p12.addr.02544 = phi i64 [ 0, %i45.body ], [ %p12.next, %p12.body ]
  %acc127.02543 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %2705, %p12.body ]
  %acc126.02542 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %2700, %p12.body ]
  %acc125.02541 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %2695, %p12.body ]
  %acc124.02540 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %2690, %p12.body ]
  %acc123.02539 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %2685, %p12.body ]
  %acc122.02538 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %2680, %p12.body ]
  %acc121.02537 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %2675, %p12.body ]
  %acc120.02536 = phi <16 x float> [ zeroinitializer, %i45.body ], [ %2670, %p12.body ]
  %.idx2301 = shl nuw nsw i64 %p12.addr.02544, 7
  %gep2535 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2301
  %2665 = load <16 x float>, ptr %gep2535, align 4
  %gep3094 = getelementptr inbounds float, ptr %invariant.gep3093, i64 %p12.addr.02544
  %2666 = getelementptr inbounds i8, ptr %gep3094, i64 2048
  %2667 = load float, ptr %2666, align 4
  %2668 = insertelement <16 x float> poison, float %2667, i64 0
  %2669 = shufflevector <16 x float> %2668, <16 x float> poison, <16 x i32> zeroinitializer
  %2670 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2669, <16 x float> %2665, <16 x float> %acc120.02536)
  %2671 = getelementptr inbounds i8, ptr %gep3094, i64 2176
  %2672 = load float, ptr %2671, align 4
  %2673 = insertelement <16 x float> poison, float %2672, i64 0
  %2674 = shufflevector <16 x float> %2673, <16 x float> poison, <16 x i32> zeroinitializer
  %2675 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2674, <16 x float> %2665, <16 x float> %acc121.02537)
  %2676 = getelementptr inbounds i8, ptr %gep3094, i64 2304
  %2677 = load float, ptr %2676, align 4
  %2678 = insertelement <16 x float> poison, float %2677, i64 0
  %2679 = shufflevector <16 x float> %2678, <16 x float> poison, <16 x i32> zeroinitializer
  %2680 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2679, <16 x float> %2665, <16 x float> %acc122.02538)
  %2681 = getelementptr inbounds i8, ptr %gep3094, i64 2432
  %2682 = load float, ptr %2681, align 4
  %2683 = insertelement <16 x float> poison, float %2682, i64 0
  %2684 = shufflevector <16 x float> %2683, <16 x float> poison, <16 x i32> zeroinitializer
  %2685 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2684, <16 x float> %2665, <16 x float> %acc123.02539)
  %2686 = getelementptr inbounds i8, ptr %gep3094, i64 2560
  %2687 = load float, ptr %2686, align 4
  %2688 = insertelement <16 x float> poison, float %2687, i64 0
  %2689 = shufflevector <16 x float> %2688, <16 x float> poison, <16 x i32> zeroinitializer
  %2690 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2689, <16 x float> %2665, <16 x float> %acc124.02540)
  %2691 = getelementptr inbounds i8, ptr %gep3094, i64 2688
  %2692 = load float, ptr %2691, align 4
  %2693 = insertelement <16 x float> poison, float %2692, i64 0
  %2694 = shufflevector <16 x float> %2693, <16 x float> poison, <16 x i32> zeroinitializer
  %2695 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2694, <16 x float> %2665, <16 x float> %acc125.02541)
  %2696 = getelementptr inbounds i8, ptr %gep3094, i64 2816
  %2697 = load float, ptr %2696, align 4
  %2698 = insertelement <16 x float> poison, float %2697, i64 0
  %2699 = shufflevector <16 x float> %2698, <16 x float> poison, <16 x i32> zeroinitializer
  %2700 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2699, <16 x float> %2665, <16 x float> %acc126.02542)
  %2701 = getelementptr inbounds i8, ptr %gep3094, i64 2944
  %2702 = load float, ptr %2701, align 4
  %2703 = insertelement <16 x float> poison, float %2702, i64 0
  %2704 = shufflevector <16 x float> %2703, <16 x float> poison, <16 x i32> zeroinitializer
  %2705 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2704, <16 x float> %2665, <16 x float> %acc127.02543)
  %p12.next = add nuw nsw i64 %p12.addr.02544, 1
  %exitcond2859.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond2859.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %2670, ptr %2656, align 4
  store <16 x float> %2675, ptr %2658, align 4
  store <16 x float> %2680, ptr %2659, align 4
  store <16 x float> %2685, ptr %2660, align 4
  store <16 x float> %2690, ptr %2661, align 4
  store <16 x float> %2695, ptr %2662, align 4
  store <16 x float> %2700, ptr %2663, align 4
  store <16 x float> %2705, ptr %2664, align 4
  %2706 = icmp ugt i64 %i45.addr.02546, 8
  br i1 %2706, label %p12.body.1, label %i45.head.loopexit

p12.body.1:                                       ; preds = %p12.exit, %p12.body.1
  %p12.addr.02544.1 = phi i64 [ %p12.next.1, %p12.body.1 ], [ 0, %p12.exit ]
  %acc127.02543.1 = phi <16 x float> [ %2747, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc126.02542.1 = phi <16 x float> [ %2742, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc125.02541.1 = phi <16 x float> [ %2737, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc124.02540.1 = phi <16 x float> [ %2732, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc123.02539.1 = phi <16 x float> [ %2727, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc122.02538.1 = phi <16 x float> [ %2722, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc121.02537.1 = phi <16 x float> [ %2717, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %acc120.02536.1 = phi <16 x float> [ %2712, %p12.body.1 ], [ zeroinitializer, %p12.exit ]
  %.idx2301.1 = shl nuw nsw i64 %p12.addr.02544.1, 7
  %gep2535.1 = getelementptr inbounds i8, ptr %invariant.gep2534.1, i64 %.idx2301.1
  %2707 = load <16 x float>, ptr %gep2535.1, align 4
  %gep3094.1 = getelementptr inbounds float, ptr %invariant.gep3093, i64 %p12.addr.02544.1
  %2708 = getelementptr inbounds i8, ptr %gep3094.1, i64 2048
  %2709 = load float, ptr %2708, align 4
  %2710 = insertelement <16 x float> poison, float %2709, i64 0
  %2711 = shufflevector <16 x float> %2710, <16 x float> poison, <16 x i32> zeroinitializer
  %2712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2711, <16 x float> %2707, <16 x float> %acc120.02536.1)
  %2713 = getelementptr inbounds i8, ptr %gep3094.1, i64 2176
  %2714 = load float, ptr %2713, align 4
  %2715 = insertelement <16 x float> poison, float %2714, i64 0
  %2716 = shufflevector <16 x float> %2715, <16 x float> poison, <16 x i32> zeroinitializer
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2716, <16 x float> %2707, <16 x float> %acc121.02537.1)
  %2718 = getelementptr inbounds i8, ptr %gep3094.1, i64 2304
  %2719 = load float, ptr %2718, align 4
  %2720 = insertelement <16 x float> poison, float %2719, i64 0
  %2721 = shufflevector <16 x float> %2720, <16 x float> poison, <16 x i32> zeroinitializer
  %2722 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2721, <16 x float> %2707, <16 x float> %acc122.02538.1)
  %2723 = getelementptr inbounds i8, ptr %gep3094.1, i64 2432
  %2724 = load float, ptr %2723, align 4
  %2725 = insertelement <16 x float> poison, float %2724, i64 0
  %2726 = shufflevector <16 x float> %2725, <16 x float> poison, <16 x i32> zeroinitializer
  %2727 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2726, <16 x float> %2707, <16 x float> %acc123.02539.1)
  %2728 = getelementptr inbounds i8, ptr %gep3094.1, i64 2560
  %2729 = load float, ptr %2728, align 4
  %2730 = insertelement <16 x float> poison, float %2729, i64 0
  %2731 = shufflevector <16 x float> %2730, <16 x float> poison, <16 x i32> zeroinitializer
  %2732 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2731, <16 x float> %2707, <16 x float> %acc124.02540.1)
  %2733 = getelementptr inbounds i8, ptr %gep3094.1, i64 2688
  %2734 = load float, ptr %2733, align 4
  %2735 = insertelement <16 x float> poison, float %2734, i64 0
  %2736 = shufflevector <16 x float> %2735, <16 x float> poison, <16 x i32> zeroinitializer
  %2737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2736, <16 x float> %2707, <16 x float> %acc125.02541.1)
  %2738 = getelementptr inbounds i8, ptr %gep3094.1, i64 2816
  %2739 = load float, ptr %2738, align 4
  %2740 = insertelement <16 x float> poison, float %2739, i64 0
  %2741 = shufflevector <16 x float> %2740, <16 x float> poison, <16 x i32> zeroinitializer
  %2742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2741, <16 x float> %2707, <16 x float> %acc126.02542.1)
  %2743 = getelementptr inbounds i8, ptr %gep3094.1, i64 2944
  %2744 = load float, ptr %2743, align 4
  %2745 = insertelement <16 x float> poison, float %2744, i64 0
  %2746 = shufflevector <16 x float> %2745, <16 x float> poison, <16 x i32> zeroinitializer
  %2747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2746, <16 x float> %2707, <16 x float> %acc127.02543.1)
  %p12.next.1 = add nuw nsw i64 %p12.addr.02544.1, 1
  %exitcond2859.not.1 = icmp eq i64 %p12.next.1, 32
  br i1 %exitcond2859.not.1, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  %2748 = getelementptr inbounds i8, ptr %2656, i64 64
  store <16 x float> %2712, ptr %2748, align 4
  %2749 = getelementptr inbounds i8, ptr %2657, i64 832
  store <16 x float> %2717, ptr %2749, align 4
  %2750 = getelementptr inbounds i8, ptr %2657, i64 1280
  store <16 x float> %2722, ptr %2750, align 4
  %2751 = getelementptr inbounds i8, ptr %2657, i64 1728
  store <16 x float> %2727, ptr %2751, align 4
  %2752 = getelementptr inbounds i8, ptr %2657, i64 2176
  store <16 x float> %2732, ptr %2752, align 4
  %2753 = getelementptr inbounds i8, ptr %2657, i64 2624
  store <16 x float> %2737, ptr %2753, align 4
  %2754 = getelementptr inbounds i8, ptr %2657, i64 3072
  store <16 x float> %2742, ptr %2754, align 4
  %2755 = getelementptr inbounds i8, ptr %2657, i64 3520
  store <16 x float> %2747, ptr %2755, align 4
  br label %i45.head.loopexit

t4.body:                                          ; preds = %i45.head.loopexit, %j34.exit
  %indvars.iv2864 = phi i64 [ %indvars.iv.next2865, %j34.exit ], [ 1, %i45.head.loopexit ]
  %t4.addr.02563 = phi i64 [ %t4.next, %j34.exit ], [ 0, %i45.head.loopexit ]
  %2756 = shl nuw nsw i64 %t4.addr.02563, 1
  %umax = tail call i64 @llvm.umax.i64(i64 %2756, i64 1)
  %i46 = shl nuw nsw i64 %t4.addr.02563, 1
  %invariant.gep2551 = getelementptr float, ptr %invariant.gep2547, i64 %i46
  %.not2625 = icmp eq i64 %t4.addr.02563, 0
  br i1 %.not2625, label %j33.exit, label %j33.body.lr.ph

j33.body.lr.ph:                                   ; preds = %t4.body
  %.idx2292 = mul nuw nsw i64 %t4.addr.02563, 896
  %gep2548 = getelementptr inbounds i8, ptr %invariant.gep2547, i64 %.idx2292
  %xtraiter3432 = and i64 %umax, 7
  %2757 = icmp ult i64 %t4.addr.02563, 4
  br i1 %2757, label %j33.exit.loopexit.unr-lcssa, label %j33.body.lr.ph.new

j33.body.lr.ph.new:                               ; preds = %j33.body.lr.ph
  %unroll_iter3434 = and i64 %umax, 9223372036854775800
  br label %j33.body

j33.body:                                         ; preds = %j33.body, %j33.body.lr.ph.new
  %j33.addr.02553 = phi i64 [ 0, %j33.body.lr.ph.new ], [ %j33.next.7, %j33.body ]
  %niter3435 = phi i64 [ 0, %j33.body.lr.ph.new ], [ %niter3435.next.7, %j33.body ]
  %2758 = getelementptr inbounds float, ptr %gep2548, i64 %j33.addr.02553
  %2759 = load float, ptr %2758, align 4
  %2760 = fneg float %2759
  store float %2760, ptr %2758, align 4
  %.idx2293 = mul nuw nsw i64 %j33.addr.02553, 448
  %gep2552 = getelementptr i8, ptr %invariant.gep2551, i64 %.idx2293
  store float %2760, ptr %gep2552, align 4
  %j33.next = or disjoint i64 %j33.addr.02553, 1
  %2761 = getelementptr inbounds float, ptr %gep2548, i64 %j33.next
  %2762 = load float, ptr %2761, align 4
  %2763 = fneg float %2762
  store float %2763, ptr %2761, align 4
  %.idx2293.1 = mul nuw nsw i64 %j33.next, 448
  %gep2552.1 = getelementptr i8, ptr %invariant.gep2551, i64 %.idx2293.1
  store float %2763, ptr %gep2552.1, align 4
  %j33.next.1 = or disjoint i64 %j33.addr.02553, 2
  %2764 = getelementptr inbounds float, ptr %gep2548, i64 %j33.next.1
  %2765 = load float, ptr %2764, align 4
  %2766 = fneg float %2765
  store float %2766, ptr %2764, align 4
  %.idx2293.2 = mul nuw nsw i64 %j33.next.1, 448
  %gep2552.2 = getelementptr i8, ptr %invariant.gep2551, i64 %.idx2293.2
  store float %2766, ptr %gep2552.2, align 4
  %j33.next.2 = or disjoint i64 %j33.addr.02553, 3
  %2767 = getelementptr inbounds float, ptr %gep2548, i64 %j33.next.2
  %2768 = load float, ptr %2767, align 4
  %2769 = fneg float %2768
  store float %2769, ptr %2767, align 4
  %.idx2293.3 = mul nuw nsw i64 %j33.next.2, 448
  %gep2552.3 = getelementptr i8, ptr %invariant.gep2551, i64 %.idx2293.3
  store float %2769, ptr %gep2552.3, align 4
  %j33.next.3 = or disjoint i64 %j33.addr.02553, 4
  %2770 = getelementptr inbounds float, ptr %gep2548, i64 %j33.next.3
  %2771 = load float, ptr %2770, align 4
  %2772 = fneg float %2771
  store float %2772, ptr %2770, align 4
  %.idx2293.4 = mul nuw nsw i64 %j33.next.3, 448
  %gep2552.4 = getelementptr i8, ptr %invariant.gep2551, i64 %.idx2293.4
  store float %2772, ptr %gep2552.4, align 4
  %j33.next.4 = or disjoint i64 %j33.addr.02553, 5
  %2773 = getelementptr inbounds float, ptr %gep2548, i64 %j33.next.4
  %2774 = load float, ptr %2773, align 4
  %2775 = fneg float %2774
  store float %2775, ptr %2773, align 4
  %.idx2293.5 = mul nuw nsw i64 %j33.next.4, 448
  %gep2552.5 = getelementptr i8, ptr %invariant.gep2551, i64 %.idx2293.5
  store float %2775, ptr %gep2552.5, align 4
  %j33.next.5 = or disjoint i64 %j33.addr.02553, 6
  %2776 = getelementptr inbounds float, ptr %gep2548, i64 %j33.next.5
  %2777 = load float, ptr %2776, align 4
  %2778 = fneg float %2777
  store float %2778, ptr %2776, align 4
  %.idx2293.6 = mul nuw nsw i64 %j33.next.5, 448
  %gep2552.6 = getelementptr i8, ptr %invariant.gep2551, i64 %.idx2293.6
  store float %2778, ptr %gep2552.6, align 4
  %j33.next.6 = or disjoint i64 %j33.addr.02553, 7
  %2779 = getelementptr inbounds float, ptr %gep2548, i64 %j33.next.6
  %2780 = load float, ptr %2779, align 4
  %2781 = fneg float %2780
  store float %2781, ptr %2779, align 4
  %.idx2293.7 = mul nuw nsw i64 %j33.next.6, 448
  %gep2552.7 = getelementptr i8, ptr %invariant.gep2551, i64 %.idx2293.7
  store float %2781, ptr %gep2552.7, align 4
  %j33.next.7 = add nuw nsw i64 %j33.addr.02553, 8
  %niter3435.next.7 = add i64 %niter3435, 8
  %niter3435.ncmp.7 = icmp eq i64 %niter3435.next.7, %unroll_iter3434
  br i1 %niter3435.ncmp.7, label %j33.exit.loopexit.unr-lcssa, label %j33.body

j33.exit.loopexit.unr-lcssa:                      ; preds = %j33.body, %j33.body.lr.ph
  %j33.addr.02553.unr = phi i64 [ 0, %j33.body.lr.ph ], [ %j33.next.7, %j33.body ]
  %lcmp.mod3433.not = icmp eq i64 %xtraiter3432, 0
  br i1 %lcmp.mod3433.not, label %j33.exit, label %j33.body.epil

j33.body.epil:                                    ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil
  %j33.addr.02553.epil = phi i64 [ %j33.next.epil, %j33.body.epil ], [ %j33.addr.02553.unr, %j33.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j33.body.epil ], [ 0, %j33.exit.loopexit.unr-lcssa ]
  %2782 = getelementptr inbounds float, ptr %gep2548, i64 %j33.addr.02553.epil
  %2783 = load float, ptr %2782, align 4
  %2784 = fneg float %2783
  store float %2784, ptr %2782, align 4
  %.idx2293.epil = mul nuw nsw i64 %j33.addr.02553.epil, 448
  %gep2552.epil = getelementptr i8, ptr %invariant.gep2551, i64 %.idx2293.epil
  store float %2784, ptr %gep2552.epil, align 4
  %j33.next.epil = add nuw nsw i64 %j33.addr.02553.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3432
  br i1 %epil.iter.cmp.not, label %j33.exit, label %j33.body.epil, !llvm.loop !2

j33.exit:                                         ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil, %t4.body
  %.idx2289.pre-phi = phi i64 [ 0, %t4.body ], [ %.idx2292, %j33.body.epil ], [ %.idx2292, %j33.exit.loopexit.unr-lcssa ]
  %gep2560 = getelementptr inbounds i8, ptr %invariant.gep2547, i64 %.idx2289.pre-phi
  %2785 = getelementptr inbounds float, ptr %gep2560, i64 %i46
  store float 0.000000e+00, ptr %2785, align 4
  %i47 = or disjoint i64 %i46, 1
  %.idx2290 = mul nuw nsw i64 %i47, 448
  %gep2562 = getelementptr inbounds i8, ptr %invariant.gep2547, i64 %.idx2290
  %invariant.gep2556 = getelementptr float, ptr %invariant.gep2547, i64 %i47
  %xtraiter3436 = and i64 %indvars.iv2864, 7
  %2786 = icmp ult i64 %t4.addr.02563, 4
  br i1 %2786, label %j34.exit.unr-lcssa, label %j33.exit.new

j33.exit.new:                                     ; preds = %j33.exit
  %unroll_iter3439 = and i64 %indvars.iv2864, 9223372036854775800
  br label %j34.body

j34.body:                                         ; preds = %j34.body, %j33.exit.new
  %j34.addr.02558 = phi i64 [ 0, %j33.exit.new ], [ %j34.next.7, %j34.body ]
  %niter3440 = phi i64 [ 0, %j33.exit.new ], [ %niter3440.next.7, %j34.body ]
  %2787 = getelementptr inbounds float, ptr %gep2562, i64 %j34.addr.02558
  %2788 = load float, ptr %2787, align 4
  %2789 = fneg float %2788
  store float %2789, ptr %2787, align 4
  %.idx2291 = mul nuw nsw i64 %j34.addr.02558, 448
  %gep2557 = getelementptr i8, ptr %invariant.gep2556, i64 %.idx2291
  store float %2789, ptr %gep2557, align 4
  %j34.next = or disjoint i64 %j34.addr.02558, 1
  %2790 = getelementptr inbounds float, ptr %gep2562, i64 %j34.next
  %2791 = load float, ptr %2790, align 4
  %2792 = fneg float %2791
  store float %2792, ptr %2790, align 4
  %.idx2291.1 = mul nuw nsw i64 %j34.next, 448
  %gep2557.1 = getelementptr i8, ptr %invariant.gep2556, i64 %.idx2291.1
  store float %2792, ptr %gep2557.1, align 4
  %j34.next.1 = or disjoint i64 %j34.addr.02558, 2
  %2793 = getelementptr inbounds float, ptr %gep2562, i64 %j34.next.1
  %2794 = load float, ptr %2793, align 4
  %2795 = fneg float %2794
  store float %2795, ptr %2793, align 4
  %.idx2291.2 = mul nuw nsw i64 %j34.next.1, 448
  %gep2557.2 = getelementptr i8, ptr %invariant.gep2556, i64 %.idx2291.2
  store float %2795, ptr %gep2557.2, align 4
  %j34.next.2 = or disjoint i64 %j34.addr.02558, 3
  %2796 = getelementptr inbounds float, ptr %gep2562, i64 %j34.next.2
  %2797 = load float, ptr %2796, align 4
  %2798 = fneg float %2797
  store float %2798, ptr %2796, align 4
  %.idx2291.3 = mul nuw nsw i64 %j34.next.2, 448
  %gep2557.3 = getelementptr i8, ptr %invariant.gep2556, i64 %.idx2291.3
  store float %2798, ptr %gep2557.3, align 4
  %j34.next.3 = or disjoint i64 %j34.addr.02558, 4
  %2799 = getelementptr inbounds float, ptr %gep2562, i64 %j34.next.3
  %2800 = load float, ptr %2799, align 4
  %2801 = fneg float %2800
  store float %2801, ptr %2799, align 4
  %.idx2291.4 = mul nuw nsw i64 %j34.next.3, 448
  %gep2557.4 = getelementptr i8, ptr %invariant.gep2556, i64 %.idx2291.4
  store float %2801, ptr %gep2557.4, align 4
  %j34.next.4 = or disjoint i64 %j34.addr.02558, 5
  %2802 = getelementptr inbounds float, ptr %gep2562, i64 %j34.next.4
  %2803 = load float, ptr %2802, align 4
  %2804 = fneg float %2803
  store float %2804, ptr %2802, align 4
  %.idx2291.5 = mul nuw nsw i64 %j34.next.4, 448
  %gep2557.5 = getelementptr i8, ptr %invariant.gep2556, i64 %.idx2291.5
  store float %2804, ptr %gep2557.5, align 4
  %j34.next.5 = or disjoint i64 %j34.addr.02558, 6
  %2805 = getelementptr inbounds float, ptr %gep2562, i64 %j34.next.5
  %2806 = load float, ptr %2805, align 4
  %2807 = fneg float %2806
  store float %2807, ptr %2805, align 4
  %.idx2291.6 = mul nuw nsw i64 %j34.next.5, 448
  %gep2557.6 = getelementptr i8, ptr %invariant.gep2556, i64 %.idx2291.6
  store float %2807, ptr %gep2557.6, align 4
  %j34.next.6 = or disjoint i64 %j34.addr.02558, 7
  %2808 = getelementptr inbounds float, ptr %gep2562, i64 %j34.next.6
  %2809 = load float, ptr %2808, align 4
  %2810 = fneg float %2809
  store float %2810, ptr %2808, align 4
  %.idx2291.7 = mul nuw nsw i64 %j34.next.6, 448
  %gep2557.7 = getelementptr i8, ptr %invariant.gep2556, i64 %.idx2291.7
  store float %2810, ptr %gep2557.7, align 4
  %j34.next.7 = add nuw nsw i64 %j34.addr.02558, 8
  %niter3440.next.7 = add i64 %niter3440, 8
  %niter3440.ncmp.7 = icmp eq i64 %niter3440.next.7, %unroll_iter3439
  br i1 %niter3440.ncmp.7, label %j34.exit.unr-lcssa, label %j34.body

j34.exit.unr-lcssa:                               ; preds = %j34.body, %j33.exit
  %j34.addr.02558.unr = phi i64 [ 0, %j33.exit ], [ %j34.next.7, %j34.body ]
  %lcmp.mod3438.not = icmp eq i64 %xtraiter3436, 0
  br i1 %lcmp.mod3438.not, label %j34.exit, label %j34.body.epil

j34.body.epil:                                    ; preds = %j34.exit.unr-lcssa, %j34.body.epil
  %j34.addr.02558.epil = phi i64 [ %j34.next.epil, %j34.body.epil ], [ %j34.addr.02558.unr, %j34.exit.unr-lcssa ]
  %epil.iter3437 = phi i64 [ %epil.iter3437.next, %j34.body.epil ], [ 0, %j34.exit.unr-lcssa ]
  %2811 = getelementptr inbounds float, ptr %gep2562, i64 %j34.addr.02558.epil
  %2812 = load float, ptr %2811, align 4
  %2813 = fneg float %2812
  store float %2813, ptr %2811, align 4
  %.idx2291.epil = mul nuw nsw i64 %j34.addr.02558.epil, 448
  %gep2557.epil = getelementptr i8, ptr %invariant.gep2556, i64 %.idx2291.epil
  store float %2813, ptr %gep2557.epil, align 4
  %j34.next.epil = add nuw nsw i64 %j34.addr.02558.epil, 1
  %epil.iter3437.next = add i64 %epil.iter3437, 1
  %epil.iter3437.cmp.not = icmp eq i64 %epil.iter3437.next, %xtraiter3436
  br i1 %epil.iter3437.cmp.not, label %j34.exit, label %j34.body.epil, !llvm.loop !4

j34.exit:                                         ; preds = %j34.body.epil, %j34.exit.unr-lcssa
  %gep3096 = getelementptr inbounds i8, ptr %invariant.gep3095, i64 %.idx2290
  %2814 = getelementptr inbounds float, ptr %gep3096, i64 %i47
  store float 0.000000e+00, ptr %2814, align 4
  %t4.next = add nuw nsw i64 %t4.addr.02563, 1
  %indvars.iv.next2865 = add nuw nsw i64 %indvars.iv2864, 2
  %exitcond2867.not = icmp eq i64 %t4.next, 16
  br i1 %exitcond2867.not, label %p13.head.preheader, label %t4.body

t5.head.preheader:                                ; preds = %p13.exit
  %2815 = icmp sgt i64 %171, 0
  br i1 %2815, label %j36.head.preheader.preheader, label %t5.exit

j36.head.preheader.preheader:                     ; preds = %t5.head.preheader
  %xtraiter3443 = and i64 %smax3442, 1
  %2816 = icmp slt i64 %indvars.iv2877, 2
  br i1 %2816, label %t5.exit.loopexit.unr-lcssa, label %j36.head.preheader.preheader.new

j36.head.preheader.preheader.new:                 ; preds = %j36.head.preheader.preheader
  %unroll_iter3446 = and i64 %smax3442, 30
  br label %j36.head.preheader

p13.head.preheader:                               ; preds = %j34.exit, %p13.exit
  %i48.addr.02581 = phi i64 [ %i48.next, %p13.exit ], [ 0, %j34.exit ]
  %2817 = mul nuw nsw i64 %i48.addr.02581, 112
  %2818 = or disjoint i64 %2817, 112
  %2819 = getelementptr inbounds float, ptr %Ak, i64 %2818
  %.idx = mul nuw nsw i64 %i48.addr.02581, 448
  %2820 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %2821 = getelementptr inbounds i8, ptr %2820, i64 896
  %2822 = getelementptr inbounds i8, ptr %2820, i64 1344
  %2823 = getelementptr inbounds i8, ptr %2820, i64 1792
  %2824 = getelementptr inbounds i8, ptr %2820, i64 2240
  %2825 = getelementptr inbounds i8, ptr %2820, i64 2688
  %2826 = getelementptr inbounds i8, ptr %2820, i64 3136
  br label %p13.body

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02580 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc143.02579 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2881, %p13.body ]
  %acc142.02578 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2880, %p13.body ]
  %acc141.02577 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2875, %p13.body ]
  %acc140.02576 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2874, %p13.body ]
  %acc139.02575 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2869, %p13.body ]
  %acc138.02574 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2868, %p13.body ]
  %acc137.02573 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2863, %p13.body ]
  %acc136.02572 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2862, %p13.body ]
  %acc135.02571 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2857, %p13.body ]
  %acc134.02570 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2856, %p13.body ]
  %acc133.02569 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2851, %p13.body ]
  %acc132.02568 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2850, %p13.body ]
  %acc131.02567 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2845, %p13.body ]
  %acc130.02566 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2844, %p13.body ]
  %acc129.02565 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2839, %p13.body ]
  %acc128.02564 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2838, %p13.body ]
  %2827 = shl nuw nsw i64 %p13.addr.02580, 5
  %2828 = getelementptr inbounds float, ptr %Bk, i64 %2827
  %2829 = load <16 x float>, ptr %2828, align 4
  %2830 = or disjoint i64 %2827, 16
  %2831 = getelementptr inbounds float, ptr %Bk, i64 %2830
  %2832 = load <16 x float>, ptr %2831, align 4
  %2833 = or disjoint i64 %p13.addr.02580, %2817
  %2834 = getelementptr inbounds float, ptr %Ak, i64 %2833
  %2835 = load float, ptr %2834, align 4
  %2836 = insertelement <16 x float> poison, float %2835, i64 0
  %2837 = shufflevector <16 x float> %2836, <16 x float> poison, <16 x i32> zeroinitializer
  %2838 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2837, <16 x float> %2829, <16 x float> %acc128.02564)
  %2839 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2837, <16 x float> %2832, <16 x float> %acc129.02565)
  %2840 = getelementptr inbounds float, ptr %2819, i64 %p13.addr.02580
  %2841 = load float, ptr %2840, align 4
  %2842 = insertelement <16 x float> poison, float %2841, i64 0
  %2843 = shufflevector <16 x float> %2842, <16 x float> poison, <16 x i32> zeroinitializer
  %2844 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2843, <16 x float> %2829, <16 x float> %acc130.02566)
  %2845 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2843, <16 x float> %2832, <16 x float> %acc131.02567)
  %2846 = getelementptr inbounds float, ptr %2821, i64 %p13.addr.02580
  %2847 = load float, ptr %2846, align 4
  %2848 = insertelement <16 x float> poison, float %2847, i64 0
  %2849 = shufflevector <16 x float> %2848, <16 x float> poison, <16 x i32> zeroinitializer
  %2850 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2849, <16 x float> %2829, <16 x float> %acc132.02568)
  %2851 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2849, <16 x float> %2832, <16 x float> %acc133.02569)
  %2852 = getelementptr inbounds float, ptr %2822, i64 %p13.addr.02580
  %2853 = load float, ptr %2852, align 4
  %2854 = insertelement <16 x float> poison, float %2853, i64 0
  %2855 = shufflevector <16 x float> %2854, <16 x float> poison, <16 x i32> zeroinitializer
  %2856 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2855, <16 x float> %2829, <16 x float> %acc134.02570)
  %2857 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2855, <16 x float> %2832, <16 x float> %acc135.02571)
  %2858 = getelementptr inbounds float, ptr %2823, i64 %p13.addr.02580
  %2859 = load float, ptr %2858, align 4
  %2860 = insertelement <16 x float> poison, float %2859, i64 0
  %2861 = shufflevector <16 x float> %2860, <16 x float> poison, <16 x i32> zeroinitializer
  %2862 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2861, <16 x float> %2829, <16 x float> %acc136.02572)
  %2863 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2861, <16 x float> %2832, <16 x float> %acc137.02573)
  %2864 = getelementptr inbounds float, ptr %2824, i64 %p13.addr.02580
  %2865 = load float, ptr %2864, align 4
  %2866 = insertelement <16 x float> poison, float %2865, i64 0
  %2867 = shufflevector <16 x float> %2866, <16 x float> poison, <16 x i32> zeroinitializer
  %2868 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2867, <16 x float> %2829, <16 x float> %acc138.02574)
  %2869 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2867, <16 x float> %2832, <16 x float> %acc139.02575)
  %2870 = getelementptr inbounds float, ptr %2825, i64 %p13.addr.02580
  %2871 = load float, ptr %2870, align 4
  %2872 = insertelement <16 x float> poison, float %2871, i64 0
  %2873 = shufflevector <16 x float> %2872, <16 x float> poison, <16 x i32> zeroinitializer
  %2874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2873, <16 x float> %2829, <16 x float> %acc140.02576)
  %2875 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2873, <16 x float> %2832, <16 x float> %acc141.02577)
  %2876 = getelementptr inbounds float, ptr %2826, i64 %p13.addr.02580
  %2877 = load float, ptr %2876, align 4
  %2878 = insertelement <16 x float> poison, float %2877, i64 0
  %2879 = shufflevector <16 x float> %2878, <16 x float> poison, <16 x i32> zeroinitializer
  %2880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2879, <16 x float> %2829, <16 x float> %acc142.02578)
  %2881 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2879, <16 x float> %2832, <16 x float> %acc143.02579)
  %p13.next = add nuw nsw i64 %p13.addr.02580, 1
  %exitcond2868.not = icmp eq i64 %p13.next, 112
  br i1 %exitcond2868.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %2882 = shl nuw nsw i64 %i48.addr.02581, 5
  %2883 = getelementptr inbounds float, ptr %dKc, i64 %2882
  store <16 x float> %2838, ptr %2883, align 4
  %2884 = or disjoint i64 %2882, 16
  %2885 = getelementptr inbounds float, ptr %dKc, i64 %2884
  store <16 x float> %2839, ptr %2885, align 4
  %2886 = or disjoint i64 %2882, 32
  %2887 = getelementptr inbounds float, ptr %dKc, i64 %2886
  store <16 x float> %2844, ptr %2887, align 4
  %2888 = or disjoint i64 %2882, 48
  %2889 = getelementptr inbounds float, ptr %dKc, i64 %2888
  store <16 x float> %2845, ptr %2889, align 4
  %2890 = or disjoint i64 %2882, 64
  %2891 = getelementptr inbounds float, ptr %dKc, i64 %2890
  store <16 x float> %2850, ptr %2891, align 4
  %2892 = or disjoint i64 %2882, 80
  %2893 = getelementptr inbounds float, ptr %dKc, i64 %2892
  store <16 x float> %2851, ptr %2893, align 4
  %2894 = or disjoint i64 %2882, 96
  %2895 = getelementptr inbounds float, ptr %dKc, i64 %2894
  store <16 x float> %2856, ptr %2895, align 4
  %2896 = or disjoint i64 %2882, 112
  %2897 = getelementptr inbounds float, ptr %dKc, i64 %2896
  store <16 x float> %2857, ptr %2897, align 4
  %2898 = or disjoint i64 %2882, 128
  %2899 = getelementptr inbounds float, ptr %dKc, i64 %2898
  store <16 x float> %2862, ptr %2899, align 4
  %2900 = or disjoint i64 %2882, 144
  %2901 = getelementptr inbounds float, ptr %dKc, i64 %2900
  store <16 x float> %2863, ptr %2901, align 4
  %2902 = or disjoint i64 %2882, 160
  %2903 = getelementptr inbounds float, ptr %dKc, i64 %2902
  store <16 x float> %2868, ptr %2903, align 4
  %2904 = or disjoint i64 %2882, 176
  %2905 = getelementptr inbounds float, ptr %dKc, i64 %2904
  store <16 x float> %2869, ptr %2905, align 4
  %2906 = or disjoint i64 %2882, 192
  %2907 = getelementptr inbounds float, ptr %dKc, i64 %2906
  store <16 x float> %2874, ptr %2907, align 4
  %2908 = or disjoint i64 %2882, 208
  %2909 = getelementptr inbounds float, ptr %dKc, i64 %2908
  store <16 x float> %2875, ptr %2909, align 4
  %2910 = or disjoint i64 %2882, 224
  %2911 = getelementptr inbounds float, ptr %dKc, i64 %2910
  store <16 x float> %2880, ptr %2911, align 4
  %2912 = or disjoint i64 %2882, 240
  %2913 = getelementptr inbounds float, ptr %dKc, i64 %2912
  store <16 x float> %2881, ptr %2913, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02581, 8
  %2914 = icmp ult i64 %i48.addr.02581, 24
  br i1 %2914, label %p13.head.preheader, label %t5.head.preheader

j36.head.preheader:                               ; preds = %j36.head.preheader, %j36.head.preheader.preheader.new
  %t5.addr.02587 = phi i64 [ 0, %j36.head.preheader.preheader.new ], [ %t5.next.1, %j36.head.preheader ]
  %niter3447 = phi i64 [ 0, %j36.head.preheader.preheader.new ], [ %niter3447.next.1, %j36.head.preheader ]
  %2915 = mul i64 %17, %t5.addr.02587
  %2916 = add i64 %165, %2915
  %scevgep2875 = getelementptr i8, ptr %dv, i64 %2916
  %2917 = shl nuw nsw i64 %t5.addr.02587, 8
  %gep3098 = getelementptr i8, ptr %invariant.gep3097, i64 %2917
  %scevgep2873 = getelementptr i8, ptr %dk, i64 %2916
  %gep3100 = getelementptr i8, ptr %invariant.gep3099, i64 %2917
  %2918 = add i64 %166, %2915
  %scevgep2871 = getelementptr i8, ptr %dv, i64 %2918
  %gep3102 = getelementptr i8, ptr %invariant.gep3101, i64 %2917
  %scevgep2869 = getelementptr i8, ptr %dk, i64 %2918
  %gep3104 = getelementptr i8, ptr %invariant.gep3103, i64 %2917
  %2919 = add nsw i64 %t5.addr.02587, %t0
  %2920 = mul nsw i64 %2919, %sq
  %.idx2627 = shl nsw i64 %t5.addr.02587, 7
  %2921 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2627
  %2922 = load <16 x float>, ptr %2921, align 4
  %2923 = fmul <16 x float> %2922, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2924 = getelementptr float, ptr %qh1, i64 %2920
  store <16 x float> %2923, ptr %2924, align 4
  %2925 = getelementptr inbounds i8, ptr %109, i64 %.idx2627
  %2926 = load <16 x float>, ptr %2925, align 4
  %2927 = fmul <16 x float> %2926, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2928 = getelementptr float, ptr %163, i64 %2920
  store <16 x float> %2927, ptr %2928, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869, ptr noundef nonnull align 4 dereferenceable(128) %gep3104, i64 128, i1 false)
  %i50 = shl nuw nsw i64 %t5.addr.02587, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2871, ptr noundef nonnull align 4 dereferenceable(128) %gep3102, i64 128, i1 false)
  %tau2 = shl nsw i64 %2919, 1
  %2929 = getelementptr inbounds float, ptr %dbet, i64 %i50
  %2930 = load float, ptr %2929, align 4
  %2931 = mul nsw i64 %tau2, %H
  %2932 = getelementptr inbounds float, ptr %betah1, i64 %2931
  store float %2930, ptr %2932, align 4
  %i53 = or disjoint i64 %i50, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2873, ptr noundef nonnull align 4 dereferenceable(128) %gep3100, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2875, ptr noundef nonnull align 4 dereferenceable(128) %gep3098, i64 128, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %2933 = getelementptr inbounds float, ptr %dbet, i64 %i53
  %2934 = load float, ptr %2933, align 4
  %2935 = mul nsw i64 %tau3, %H
  %2936 = getelementptr inbounds float, ptr %betah1, i64 %2935
  store float %2934, ptr %2936, align 4
  %t5.next = or disjoint i64 %t5.addr.02587, 1
  %2937 = mul i64 %17, %t5.next
  %2938 = add i64 %165, %2937
  %scevgep2875.1 = getelementptr i8, ptr %dv, i64 %2938
  %2939 = shl nuw nsw i64 %t5.next, 8
  %gep3098.1 = getelementptr i8, ptr %invariant.gep3097, i64 %2939
  %scevgep2873.1 = getelementptr i8, ptr %dk, i64 %2938
  %gep3100.1 = getelementptr i8, ptr %invariant.gep3099, i64 %2939
  %2940 = add i64 %166, %2937
  %scevgep2871.1 = getelementptr i8, ptr %dv, i64 %2940
  %gep3102.1 = getelementptr i8, ptr %invariant.gep3101, i64 %2939
  %scevgep2869.1 = getelementptr i8, ptr %dk, i64 %2940
  %gep3104.1 = getelementptr i8, ptr %invariant.gep3103, i64 %2939
  %2941 = add nsw i64 %t5.next, %t0
  %2942 = mul nsw i64 %2941, %sq
  %.idx2627.1 = shl nsw i64 %t5.next, 7
  %2943 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2627.1
  %2944 = load <16 x float>, ptr %2943, align 4
  %2945 = fmul <16 x float> %2944, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2946 = getelementptr float, ptr %qh1, i64 %2942
  store <16 x float> %2945, ptr %2946, align 4
  %2947 = getelementptr inbounds i8, ptr %109, i64 %.idx2627.1
  %2948 = load <16 x float>, ptr %2947, align 4
  %2949 = fmul <16 x float> %2948, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2950 = getelementptr float, ptr %163, i64 %2942
  store <16 x float> %2949, ptr %2950, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3104.1, i64 128, i1 false)
  %i50.1 = shl nuw nsw i64 %t5.next, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2871.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3102.1, i64 128, i1 false)
  %tau2.1 = shl nsw i64 %2941, 1
  %2951 = getelementptr inbounds float, ptr %dbet, i64 %i50.1
  %2952 = load float, ptr %2951, align 4
  %2953 = mul nsw i64 %tau2.1, %H
  %2954 = getelementptr inbounds float, ptr %betah1, i64 %2953
  store float %2952, ptr %2954, align 4
  %i53.1 = or disjoint i64 %i50.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2873.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3100.1, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2875.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3098.1, i64 128, i1 false)
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %2955 = getelementptr inbounds float, ptr %dbet, i64 %i53.1
  %2956 = load float, ptr %2955, align 4
  %2957 = mul nsw i64 %tau3.1, %H
  %2958 = getelementptr inbounds float, ptr %betah1, i64 %2957
  store float %2956, ptr %2958, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.02587, 2
  %niter3447.next.1 = add i64 %niter3447, 2
  %niter3447.ncmp.1 = icmp eq i64 %niter3447.next.1, %unroll_iter3446
  br i1 %niter3447.ncmp.1, label %t5.exit.loopexit.unr-lcssa, label %j36.head.preheader

t5.exit.loopexit.unr-lcssa:                       ; preds = %j36.head.preheader, %j36.head.preheader.preheader
  %t5.addr.02587.unr = phi i64 [ 0, %j36.head.preheader.preheader ], [ %t5.next.1, %j36.head.preheader ]
  %lcmp.mod3445.not = icmp eq i64 %xtraiter3443, 0
  br i1 %lcmp.mod3445.not, label %t5.exit, label %j36.head.preheader.epil

j36.head.preheader.epil:                          ; preds = %t5.exit.loopexit.unr-lcssa
  %2959 = mul i64 %17, %t5.addr.02587.unr
  %2960 = add i64 %165, %2959
  %scevgep2875.epil = getelementptr i8, ptr %dv, i64 %2960
  %2961 = shl nuw nsw i64 %t5.addr.02587.unr, 8
  %gep3098.epil = getelementptr i8, ptr %invariant.gep3097, i64 %2961
  %scevgep2873.epil = getelementptr i8, ptr %dk, i64 %2960
  %gep3100.epil = getelementptr i8, ptr %invariant.gep3099, i64 %2961
  %2962 = add i64 %166, %2959
  %scevgep2871.epil = getelementptr i8, ptr %dv, i64 %2962
  %gep3102.epil = getelementptr i8, ptr %invariant.gep3101, i64 %2961
  %scevgep2869.epil = getelementptr i8, ptr %dk, i64 %2962
  %gep3104.epil = getelementptr i8, ptr %invariant.gep3103, i64 %2961
  %2963 = add nsw i64 %t5.addr.02587.unr, %t0
  %2964 = mul nsw i64 %2963, %sq
  %.idx2627.epil = shl nsw i64 %t5.addr.02587.unr, 7
  %2965 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2627.epil
  %2966 = load <16 x float>, ptr %2965, align 4
  %2967 = fmul <16 x float> %2966, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2968 = getelementptr float, ptr %qh1, i64 %2964
  store <16 x float> %2967, ptr %2968, align 4
  %2969 = getelementptr inbounds i8, ptr %109, i64 %.idx2627.epil
  %2970 = load <16 x float>, ptr %2969, align 4
  %2971 = fmul <16 x float> %2970, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2972 = getelementptr float, ptr %163, i64 %2964
  store <16 x float> %2971, ptr %2972, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2869.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3104.epil, i64 128, i1 false)
  %i50.epil = shl nuw nsw i64 %t5.addr.02587.unr, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2871.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3102.epil, i64 128, i1 false)
  %tau2.epil = shl nsw i64 %2963, 1
  %2973 = getelementptr inbounds float, ptr %dbet, i64 %i50.epil
  %2974 = load float, ptr %2973, align 4
  %2975 = mul nsw i64 %tau2.epil, %H
  %2976 = getelementptr inbounds float, ptr %betah1, i64 %2975
  store float %2974, ptr %2976, align 4
  %i53.epil = or disjoint i64 %i50.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2873.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3100.epil, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2875.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3098.epil, i64 128, i1 false)
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %2977 = getelementptr inbounds float, ptr %dbet, i64 %i53.epil
  %2978 = load float, ptr %2977, align 4
  %2979 = mul nsw i64 %tau3.epil, %H
  %2980 = getelementptr inbounds float, ptr %betah1, i64 %2979
  store float %2978, ptr %2980, align 4
  br label %t5.exit

t5.exit:                                          ; preds = %j36.head.preheader.epil, %t5.exit.loopexit.unr-lcssa, %t5.head.preheader
  %cc.next = add nuw nsw i64 %cc.addr.02588, 1
  %indvars.iv.next2878 = add i64 %indvars.iv2877, 16
  %exitcond2881.not = icmp eq i64 %cc.next, %smax2880
  br i1 %exitcond2881.not, label %j41.head.preheader, label %cc.body

j41.head.preheader:                               ; preds = %bh.body, %t5.exit
  %2981 = getelementptr i8, ptr %dh0, i64 %141
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %2981, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883, i64 128, i1 false)
  %scevgep2882.1 = getelementptr i8, ptr %2981, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.1, i64 128, i1 false)
  %scevgep2882.2 = getelementptr i8, ptr %2981, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.2, i64 128, i1 false)
  %scevgep2882.3 = getelementptr i8, ptr %2981, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.3, i64 128, i1 false)
  %scevgep2882.4 = getelementptr i8, ptr %2981, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.4, i64 128, i1 false)
  %scevgep2882.5 = getelementptr i8, ptr %2981, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.5, i64 128, i1 false)
  %scevgep2882.6 = getelementptr i8, ptr %2981, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.6, i64 128, i1 false)
  %scevgep2882.7 = getelementptr i8, ptr %2981, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.7, i64 128, i1 false)
  %scevgep2882.8 = getelementptr i8, ptr %2981, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.8, i64 128, i1 false)
  %scevgep2882.9 = getelementptr i8, ptr %2981, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.9, i64 128, i1 false)
  %scevgep2882.10 = getelementptr i8, ptr %2981, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.10, i64 128, i1 false)
  %scevgep2882.11 = getelementptr i8, ptr %2981, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.11, i64 128, i1 false)
  %scevgep2882.12 = getelementptr i8, ptr %2981, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.12, i64 128, i1 false)
  %scevgep2882.13 = getelementptr i8, ptr %2981, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.13, i64 128, i1 false)
  %scevgep2882.14 = getelementptr i8, ptr %2981, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.14, i64 128, i1 false)
  %scevgep2882.15 = getelementptr i8, ptr %2981, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.15, i64 128, i1 false)
  %scevgep2882.16 = getelementptr i8, ptr %2981, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.16, i64 128, i1 false)
  %scevgep2882.17 = getelementptr i8, ptr %2981, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.17, i64 128, i1 false)
  %scevgep2882.18 = getelementptr i8, ptr %2981, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.18, i64 128, i1 false)
  %scevgep2882.19 = getelementptr i8, ptr %2981, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.19, i64 128, i1 false)
  %scevgep2882.20 = getelementptr i8, ptr %2981, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.20, i64 128, i1 false)
  %scevgep2882.21 = getelementptr i8, ptr %2981, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.21, i64 128, i1 false)
  %scevgep2882.22 = getelementptr i8, ptr %2981, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.22, i64 128, i1 false)
  %scevgep2882.23 = getelementptr i8, ptr %2981, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.23, i64 128, i1 false)
  %scevgep2882.24 = getelementptr i8, ptr %2981, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.24, i64 128, i1 false)
  %scevgep2882.25 = getelementptr i8, ptr %2981, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.25, i64 128, i1 false)
  %scevgep2882.26 = getelementptr i8, ptr %2981, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.26, i64 128, i1 false)
  %scevgep2882.27 = getelementptr i8, ptr %2981, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.27, i64 128, i1 false)
  %scevgep2882.28 = getelementptr i8, ptr %2981, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.28, i64 128, i1 false)
  %scevgep2882.29 = getelementptr i8, ptr %2981, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.29, i64 128, i1 false)
  %scevgep2882.30 = getelementptr i8, ptr %2981, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.30, i64 128, i1 false)
  %scevgep2882.31 = getelementptr i8, ptr %2981, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2883.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02591, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2885.not = icmp eq i64 %indvar.next, %21
  br i1 %exitcond2885.not, label %bh.exit, label %bh.body
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
!1 = !{!"llvm.loop.peeled.count", i32 2}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.unroll.disable"}
!4 = distinct !{!4, !3}
; ---- dp_step_h2_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k32_v32_c1_nogate'
source_filename = "dp_step_h2_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = or disjoint i64 %sq, 16
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i2.exit
  %bh.addr.0106 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0106, %H
  %h = srem i64 %bh.addr.0106, %H
  %3 = mul nsw i64 %b, %H
  %bT = add nsw i64 %3, %h
  %4 = mul i64 %1, %b
  %bTn = add nsw i64 %4, %h
  %5 = shl nsw i64 %bT, 5
  %6 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %6
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0106, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.095 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %39, %i.body ]
  %acc1.094 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %43, %i.body ]
  %acc2.093 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %52, %i.body ]
  %acc3.092 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %56, %i.body ]
  %i.addr.091 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %7 = getelementptr inbounds float, ptr %kh, i64 %i.addr.091
  %8 = load float, ptr %7, align 4
  %9 = shl nuw nsw i64 %i.addr.091, 5
  %10 = getelementptr inbounds float, ptr %S, i64 %9
  %11 = load <16 x float>, ptr %10, align 4
  %12 = insertelement <16 x float> poison, float %8, i64 0
  %13 = shufflevector <16 x float> %12, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %11, <16 x float> %acc.095)
  %15 = or disjoint i64 %9, 16
  %16 = getelementptr inbounds float, ptr %S, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %17, <16 x float> %acc1.094)
  %19 = or disjoint i64 %i.addr.091, 1
  %20 = getelementptr inbounds float, ptr %kh, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = shl nuw nsw i64 %19, 5
  %23 = getelementptr inbounds float, ptr %S, i64 %22
  %24 = load <16 x float>, ptr %23, align 4
  %25 = insertelement <16 x float> poison, float %21, i64 0
  %26 = shufflevector <16 x float> %25, <16 x float> poison, <16 x i32> zeroinitializer
  %27 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %24, <16 x float> %acc2.093)
  %28 = or disjoint i64 %22, 16
  %29 = getelementptr inbounds float, ptr %S, i64 %28
  %30 = load <16 x float>, ptr %29, align 4
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %30, <16 x float> %acc3.092)
  %i.next = or disjoint i64 %i.addr.091, 2
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
  %44 = or disjoint i64 %i.addr.091, 3
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
  %i.next.1 = add nuw nsw i64 %i.addr.091, 4
  %57 = icmp ult i64 %i.next, 30
  br i1 %57, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %6
  %58 = load float, ptr %betah, align 4
  %59 = load <16 x float>, ptr %vh, align 4
  %60 = fadd <16 x float> %52, %39
  %61 = fsub <16 x float> %59, %60
  %62 = insertelement <16 x float> poison, float %58, i64 0
  %63 = shufflevector <16 x float> %62, <16 x float> poison, <16 x i32> zeroinitializer
  %64 = fmul <16 x float> %63, %61
  %65 = getelementptr inbounds i8, ptr %vh, i64 64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %56, %43
  %68 = fsub <16 x float> %66, %67
  %69 = fmul <16 x float> %63, %68
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc416.0100 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %83, %i1.body ]
  %acc5.099 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %88, %i1.body ]
  %acc6.098 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %103, %i1.body ]
  %acc7.097 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %108, %i1.body ]
  %i1.addr.096 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %70 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.096
  %71 = load float, ptr %70, align 4
  %72 = or disjoint i64 %i1.addr.096, %sq
  %73 = getelementptr inbounds float, ptr %kh, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = insertelement <16 x float> poison, float %71, i64 0
  %76 = shufflevector <16 x float> %75, <16 x float> poison, <16 x i32> zeroinitializer
  %77 = shl nuw nsw i64 %i1.addr.096, 5
  %78 = getelementptr inbounds float, ptr %S, i64 %77
  %79 = load <16 x float>, ptr %78, align 4
  %80 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %64, <16 x float> %79)
  store <16 x float> %80, ptr %78, align 4
  %81 = insertelement <16 x float> poison, float %74, i64 0
  %82 = shufflevector <16 x float> %81, <16 x float> poison, <16 x i32> zeroinitializer
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %80, <16 x float> %acc416.0100)
  %84 = or disjoint i64 %77, 16
  %85 = getelementptr inbounds float, ptr %S, i64 %84
  %86 = load <16 x float>, ptr %85, align 4
  %87 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %69, <16 x float> %86)
  store <16 x float> %87, ptr %85, align 4
  %88 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %87, <16 x float> %acc5.099)
  %89 = or disjoint i64 %i1.addr.096, 1
  %90 = getelementptr inbounds float, ptr %kh, i64 %89
  %91 = load float, ptr %90, align 4
  %92 = or disjoint i64 %89, %sq
  %93 = getelementptr inbounds float, ptr %kh, i64 %92
  %94 = load float, ptr %93, align 4
  %95 = insertelement <16 x float> poison, float %91, i64 0
  %96 = shufflevector <16 x float> %95, <16 x float> poison, <16 x i32> zeroinitializer
  %97 = shl nuw nsw i64 %89, 5
  %98 = getelementptr inbounds float, ptr %S, i64 %97
  %99 = load <16 x float>, ptr %98, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %64, <16 x float> %99)
  store <16 x float> %100, ptr %98, align 4
  %101 = insertelement <16 x float> poison, float %94, i64 0
  %102 = shufflevector <16 x float> %101, <16 x float> poison, <16 x i32> zeroinitializer
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %102, <16 x float> %100, <16 x float> %acc6.098)
  %104 = or disjoint i64 %97, 16
  %105 = getelementptr inbounds float, ptr %S, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %69, <16 x float> %106)
  store <16 x float> %107, ptr %105, align 4
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %102, <16 x float> %107, <16 x float> %acc7.097)
  %i1.next = add nuw nsw i64 %i1.addr.096, 2
  %109 = icmp ult i64 %i1.addr.096, 30
  br i1 %109, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %5
  %110 = getelementptr inbounds float, ptr %betah, i64 %H
  %111 = load float, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %vh, i64 %sq
  %113 = load <16 x float>, ptr %112, align 4
  %114 = fadd <16 x float> %103, %83
  %115 = fsub <16 x float> %113, %114
  %116 = insertelement <16 x float> poison, float %111, i64 0
  %117 = shufflevector <16 x float> %116, <16 x float> poison, <16 x i32> zeroinitializer
  %118 = fmul <16 x float> %117, %115
  %119 = getelementptr inbounds float, ptr %vh, i64 %2
  %120 = load <16 x float>, ptr %119, align 4
  %121 = fadd <16 x float> %108, %88
  %122 = fsub <16 x float> %120, %121
  %123 = fmul <16 x float> %117, %122
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0105 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc9.0102 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %161, %i2.body ]
  %acc8.0101 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %156, %i2.body ]
  %124 = or disjoint i64 %i2.addr.0105, %sq
  %125 = getelementptr inbounds float, ptr %kh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0105
  %128 = load float, ptr %127, align 4
  %129 = insertelement <16 x float> poison, float %126, i64 0
  %130 = shufflevector <16 x float> %129, <16 x float> poison, <16 x i32> zeroinitializer
  %131 = shl nuw nsw i64 %i2.addr.0105, 5
  %132 = getelementptr inbounds float, ptr %S, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> %118, <16 x float> %133)
  store <16 x float> %134, ptr %132, align 4
  %135 = insertelement <16 x float> poison, float %128, i64 0
  %136 = shufflevector <16 x float> %135, <16 x float> poison, <16 x i32> zeroinitializer
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %134, <16 x float> %acc8.0101)
  %138 = or disjoint i64 %131, 16
  %139 = getelementptr inbounds float, ptr %S, i64 %138
  %140 = load <16 x float>, ptr %139, align 4
  %141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> %123, <16 x float> %140)
  store <16 x float> %141, ptr %139, align 4
  %142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %141, <16 x float> %acc9.0102)
  %i2.next = or disjoint i64 %i2.addr.0105, 1
  %143 = or disjoint i64 %i2.next, %sq
  %144 = getelementptr inbounds float, ptr %kh, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %147 = load float, ptr %146, align 4
  %148 = insertelement <16 x float> poison, float %145, i64 0
  %149 = shufflevector <16 x float> %148, <16 x float> poison, <16 x i32> zeroinitializer
  %150 = shl nuw nsw i64 %i2.next, 5
  %151 = getelementptr inbounds float, ptr %S, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %149, <16 x float> %118, <16 x float> %152)
  store <16 x float> %153, ptr %151, align 4
  %154 = insertelement <16 x float> poison, float %147, i64 0
  %155 = shufflevector <16 x float> %154, <16 x float> poison, <16 x i32> zeroinitializer
  %156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> %153, <16 x float> %137)
  %157 = or disjoint i64 %150, 16
  %158 = getelementptr inbounds float, ptr %S, i64 %157
  %159 = load <16 x float>, ptr %158, align 4
  %160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %149, <16 x float> %123, <16 x float> %159)
  store <16 x float> %160, ptr %158, align 4
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> %160, <16 x float> %142)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0105, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %5
  %162 = fmul <16 x float> %156, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %162, ptr %oh, align 4
  %163 = fmul <16 x float> %161, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %164 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %163, ptr %164, align 4
  %bh.next = add nsw i64 %bh.addr.0106, 1
  %exitcond116.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond116.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
; ---- dp_fwd_h2_k32_v32_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r64_nogate'
source_filename = "dp_fwd_h2_k32_v32_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 6
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i5.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i5.head.preheader ]
  %bh.addr.0116 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %9 = add i64 %indvar, %bh0
  %10 = shl i64 %9, 12
  %scevgep136 = getelementptr i8, ptr %hT, i64 %10
  %scevgep131 = getelementptr i8, ptr %h0, i64 %10
  %b = sdiv i64 %bh.addr.0116, %H
  %h = srem i64 %bh.addr.0116, %H
  %11 = mul nsw i64 %b, %T
  %12 = mul nsw i64 %11, %H
  %bT = add nsw i64 %12, %h
  %13 = mul i64 %1, %11
  %bTn = add nsw i64 %13, %h
  %14 = shl nsw i64 %bT, 5
  %15 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %15
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep131, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %14
  %vh = getelementptr inbounds float, ptr %v, i64 %15
  %oh = getelementptr inbounds float, ptr %o, i64 %14
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %16 = mul i64 %7, %indvar
  %invariant.gep151 = getelementptr i8, ptr %hs, i64 %16
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep136, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0116, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond137.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond137.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0113 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %17 = add i64 %6, %ci.addr.0113
  %18 = shl i64 %17, 12
  %gep152 = getelementptr i8, ptr %invariant.gep151, i64 %18
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep152, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0113, 6
  %19 = add nuw nsw i64 %t0, 64
  %20 = shl nsw i64 %ci.addr.0113, 7
  %21 = mul nsw i64 %20, %sq
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.099 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %57, %i2.body ]
  %acc1.098 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %61, %i2.body ]
  %acc2.097 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %71, %i2.body ]
  %acc3.096 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %75, %i2.body ]
  %i2.addr.095 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %22 = or disjoint i64 %i2.addr.095, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.095, 5
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <16 x float>, ptr %26, align 4
  %28 = insertelement <16 x float> poison, float %24, i64 0
  %29 = shufflevector <16 x float> %28, <16 x float> poison, <16 x i32> zeroinitializer
  %30 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %27, <16 x float> %acc.099)
  %31 = or disjoint i64 %25, 16
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <16 x float>, ptr %32, align 4
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %33, <16 x float> %acc1.098)
  %35 = or disjoint i64 %i2.addr.095, 1
  %36 = or disjoint i64 %35, %21
  %37 = getelementptr inbounds float, ptr %kh, i64 %36
  %38 = load float, ptr %37, align 4
  %39 = shl nuw nsw i64 %35, 5
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <16 x float>, ptr %40, align 4
  %42 = insertelement <16 x float> poison, float %38, i64 0
  %43 = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  %44 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %41, <16 x float> %acc2.097)
  %45 = or disjoint i64 %39, 16
  %46 = getelementptr inbounds float, ptr %work, i64 %45
  %47 = load <16 x float>, ptr %46, align 4
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %47, <16 x float> %acc3.096)
  %i2.next = or disjoint i64 %i2.addr.095, 2
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
  %62 = or disjoint i64 %i2.addr.095, 3
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
  %i2.next.1 = add nuw nsw i64 %i2.addr.095, 4
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

t.body:                                           ; preds = %t.body.preheader, %i4.exit
  %delta.0112 = phi <16 x float> [ %217, %i4.exit ], [ %93, %t.body.preheader ]
  %delta1.0111 = phi <16 x float> [ %225, %i4.exit ], [ %88, %t.body.preheader ]
  %t.addr.0110 = phi i64 [ %94, %i4.exit ], [ %t0, %t.body.preheader ]
  %94 = add nuw nsw i64 %t.addr.0110, 1
  %95 = shl nuw nsw i64 %t.addr.0110, 1
  %96 = mul nsw i64 %95, %sq
  %97 = or disjoint i64 %95, 1
  %98 = mul nsw i64 %97, %sq
  br label %i3.body

t.exit:                                           ; preds = %i4.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0113, 1
  %exitcond134.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond134.not, label %i5.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %i3.addr.0104 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %acc7.0103 = phi <16 x float> [ zeroinitializer, %t.body ], [ %139, %i3.body ]
  %acc6.0102 = phi <16 x float> [ zeroinitializer, %t.body ], [ %134, %i3.body ]
  %acc5.0101 = phi <16 x float> [ zeroinitializer, %t.body ], [ %118, %i3.body ]
  %acc416.0100 = phi <16 x float> [ zeroinitializer, %t.body ], [ %113, %i3.body ]
  %99 = or disjoint i64 %i3.addr.0104, %96
  %100 = getelementptr inbounds float, ptr %kh, i64 %99
  %101 = load float, ptr %100, align 4
  %102 = or disjoint i64 %i3.addr.0104, %98
  %103 = getelementptr inbounds float, ptr %kh, i64 %102
  %104 = load float, ptr %103, align 4
  %105 = insertelement <16 x float> poison, float %101, i64 0
  %106 = shufflevector <16 x float> %105, <16 x float> poison, <16 x i32> zeroinitializer
  %107 = shl nuw nsw i64 %i3.addr.0104, 5
  %108 = getelementptr inbounds float, ptr %work, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %delta.0112, <16 x float> %109)
  store <16 x float> %110, ptr %108, align 4
  %111 = insertelement <16 x float> poison, float %104, i64 0
  %112 = shufflevector <16 x float> %111, <16 x float> poison, <16 x i32> zeroinitializer
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %110, <16 x float> %acc416.0100)
  %114 = or disjoint i64 %107, 16
  %115 = getelementptr inbounds float, ptr %work, i64 %114
  %116 = load <16 x float>, ptr %115, align 4
  %117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %106, <16 x float> %delta1.0111, <16 x float> %116)
  store <16 x float> %117, ptr %115, align 4
  %118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %112, <16 x float> %117, <16 x float> %acc5.0101)
  %119 = or disjoint i64 %i3.addr.0104, 1
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
  %131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %127, <16 x float> %delta.0112, <16 x float> %130)
  store <16 x float> %131, ptr %129, align 4
  %132 = insertelement <16 x float> poison, float %125, i64 0
  %133 = shufflevector <16 x float> %132, <16 x float> poison, <16 x i32> zeroinitializer
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %131, <16 x float> %acc6.0102)
  %135 = or disjoint i64 %128, 16
  %136 = getelementptr inbounds float, ptr %work, i64 %135
  %137 = load <16 x float>, ptr %136, align 4
  %138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %127, <16 x float> %delta1.0111, <16 x float> %137)
  store <16 x float> %138, ptr %136, align 4
  %139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %138, <16 x float> %acc7.0103)
  %i3.next = add nuw nsw i64 %i3.addr.0104, 2
  %140 = icmp ult i64 %i3.addr.0104, 30
  br i1 %140, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %tn = tail call i64 @llvm.smin.i64(i64 %94, i64 %4)
  %141 = mul nsw i64 %97, %H
  %142 = getelementptr inbounds float, ptr %betah, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = getelementptr inbounds float, ptr %vh, i64 %98
  %145 = load <16 x float>, ptr %144, align 4
  %146 = fadd <16 x float> %113, %134
  %147 = fsub <16 x float> %145, %146
  %148 = insertelement <16 x float> poison, float %143, i64 0
  %149 = shufflevector <16 x float> %148, <16 x float> poison, <16 x i32> zeroinitializer
  %150 = fmul <16 x float> %149, %147
  %151 = or disjoint i64 %98, 16
  %152 = getelementptr inbounds float, ptr %vh, i64 %151
  %153 = load <16 x float>, ptr %152, align 4
  %154 = fadd <16 x float> %118, %139
  %155 = fsub <16 x float> %153, %154
  %156 = fmul <16 x float> %149, %155
  %157 = mul nsw i64 %t.addr.0110, %sq
  %158 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %157
  %invariant.gep149 = getelementptr float, ptr %kh, i64 %158
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0109 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc11.0108 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %204, %i4.body ]
  %acc10.0107 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %198, %i4.body ]
  %acc9.0106 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %203, %i4.body ]
  %acc8.0105 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %195, %i4.body ]
  %159 = or disjoint i64 %i4.addr.0109, %98
  %160 = getelementptr inbounds float, ptr %kh, i64 %159
  %161 = load float, ptr %160, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0109
  %162 = load float, ptr %gep, align 4
  %gep150 = getelementptr float, ptr %invariant.gep149, i64 %i4.addr.0109
  %163 = load float, ptr %gep150, align 4
  %164 = insertelement <16 x float> poison, float %161, i64 0
  %165 = shufflevector <16 x float> %164, <16 x float> poison, <16 x i32> zeroinitializer
  %166 = shl nuw nsw i64 %i4.addr.0109, 5
  %167 = getelementptr inbounds float, ptr %work, i64 %166
  %168 = load <16 x float>, ptr %167, align 4
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %150, <16 x float> %168)
  store <16 x float> %169, ptr %167, align 4
  %170 = insertelement <16 x float> poison, float %162, i64 0
  %171 = shufflevector <16 x float> %170, <16 x float> poison, <16 x i32> zeroinitializer
  %172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %169, <16 x float> %acc8.0105)
  %173 = insertelement <16 x float> poison, float %163, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %169, <16 x float> %acc10.0107)
  %176 = or disjoint i64 %166, 16
  %177 = getelementptr inbounds float, ptr %work, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %165, <16 x float> %156, <16 x float> %178)
  store <16 x float> %179, ptr %177, align 4
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %171, <16 x float> %179, <16 x float> %acc9.0106)
  %181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %179, <16 x float> %acc11.0108)
  %i4.next = or disjoint i64 %i4.addr.0109, 1
  %182 = or disjoint i64 %i4.next, %98
  %183 = getelementptr inbounds float, ptr %kh, i64 %182
  %184 = load float, ptr %183, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %185 = load float, ptr %gep.1, align 4
  %gep150.1 = getelementptr float, ptr %invariant.gep149, i64 %i4.next
  %186 = load float, ptr %gep150.1, align 4
  %187 = insertelement <16 x float> poison, float %184, i64 0
  %188 = shufflevector <16 x float> %187, <16 x float> poison, <16 x i32> zeroinitializer
  %189 = shl nuw nsw i64 %i4.next, 5
  %190 = getelementptr inbounds float, ptr %work, i64 %189
  %191 = load <16 x float>, ptr %190, align 4
  %192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %150, <16 x float> %191)
  store <16 x float> %192, ptr %190, align 4
  %193 = insertelement <16 x float> poison, float %185, i64 0
  %194 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %192, <16 x float> %172)
  %196 = insertelement <16 x float> poison, float %186, i64 0
  %197 = shufflevector <16 x float> %196, <16 x float> poison, <16 x i32> zeroinitializer
  %198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %197, <16 x float> %192, <16 x float> %175)
  %199 = or disjoint i64 %189, 16
  %200 = getelementptr inbounds float, ptr %work, i64 %199
  %201 = load <16 x float>, ptr %200, align 4
  %202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %156, <16 x float> %201)
  store <16 x float> %202, ptr %200, align 4
  %203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %202, <16 x float> %180)
  %204 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %197, <16 x float> %202, <16 x float> %181)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0109, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %205 = fmul <16 x float> %195, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %206 = getelementptr inbounds float, ptr %oh, i64 %157
  store <16 x float> %205, ptr %206, align 4
  %207 = shl nsw i64 %tn, 1
  %208 = mul nsw i64 %207, %H
  %209 = getelementptr inbounds float, ptr %betah, i64 %208
  %210 = load float, ptr %209, align 4
  %211 = mul nsw i64 %207, %sq
  %212 = getelementptr inbounds float, ptr %vh, i64 %211
  %213 = load <16 x float>, ptr %212, align 4
  %214 = fsub <16 x float> %213, %198
  %215 = insertelement <16 x float> poison, float %210, i64 0
  %216 = shufflevector <16 x float> %215, <16 x float> poison, <16 x i32> zeroinitializer
  %217 = fmul <16 x float> %216, %214
  %218 = fmul <16 x float> %203, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %219 = or disjoint i64 %157, 16
  %220 = getelementptr inbounds float, ptr %oh, i64 %219
  store <16 x float> %218, ptr %220, align 4
  %221 = or disjoint i64 %211, 16
  %222 = getelementptr inbounds float, ptr %vh, i64 %221
  %223 = load <16 x float>, ptr %222, align 4
  %224 = fsub <16 x float> %223, %204
  %225 = fmul <16 x float> %216, %224
  %226 = icmp slt i64 %94, %t1
  br i1 %226, label %t.body, label %t.exit
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
; ---- dp_bwd_h2_k32_v32_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c64_nogate'
source_filename = "dp_bwd_h2_k32_v32_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %Ak = getelementptr inbounds i8, ptr %work, i64 40960
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 253952
  %KSdS = getelementptr inbounds i8, ptr %work, i64 319488
  %KT = getelementptr inbounds i8, ptr %work, i64 221184
  %M = getelementptr inbounds i8, ptr %work, i64 477696
  %OY = getelementptr inbounds i8, ptr %work, i64 196608
  %PT = getelementptr inbounds i8, ptr %work, i64 401408
  %QK = getelementptr inbounds i8, ptr %work, i64 172032
  %QcT = getelementptr inbounds i8, ptr %work, i64 237568
  %Rr = getelementptr inbounds i8, ptr %work, i64 352256
  %Vn = getelementptr inbounds i8, ptr %work, i64 368640
  %VnT = getelementptr inbounds i8, ptr %work, i64 385024
  %bet = getelementptr inbounds i8, ptr %work, i64 458752
  %dKc = getelementptr inbounds i8, ptr %work, i64 442368
  %dOT = getelementptr inbounds i8, ptr %work, i64 245760
  %dQc = getelementptr inbounds i8, ptr %work, i64 434176
  %dbet = getelementptr i8, ptr %work, i64 459264
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
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
  %14 = shl i64 %nc, 14
  %15 = add i64 %14, -16384
  %16 = shl i64 %T, 8
  %17 = mul i64 %H, -16384
  %18 = shl i64 %H, 8
  %19 = add i64 %14, -16256
  %20 = add i64 %T, 64
  %21 = sub i64 %20, %9
  %smax2924 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %22 = sub i64 %bh1, %bh0
  %scevgep2865.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2865.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2865.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2865.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2865.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2865.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2865.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2865.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2865.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2865.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2865.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2865.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2865.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2865.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2865.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2865.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2865.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2865.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2865.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2865.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2865.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2865.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2865.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2865.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2865.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2865.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2865.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2865.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2865.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2865.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2865.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3096 = getelementptr i8, ptr %work, i64 352384
  %invariant.gep3098 = getelementptr i8, ptr %work, i64 352256
  %invariant.gep3100 = getelementptr i8, ptr %work, i64 196608
  %invariant.gep3102 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3104 = getelementptr i8, ptr %work, i64 172032
  %invariant.gep3106 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3108 = getelementptr i8, ptr %work, i64 180224
  %invariant.gep3110 = getelementptr i8, ptr %work, i64 24704
  %invariant.gep3112 = getelementptr i8, ptr %work, i64 180352
  %invariant.gep3114 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3116 = getelementptr inbounds i8, ptr %work, i64 180288
  %invariant.gep3118 = getelementptr inbounds i8, ptr %work, i64 180224
  %invariant.gep3120 = getelementptr inbounds i8, ptr %work, i64 180288
  %23 = getelementptr inbounds i8, ptr %work, i64 352320
  %24 = getelementptr inbounds i8, ptr %work, i64 319552
  %25 = getelementptr inbounds i8, ptr %work, i64 401472
  %26 = getelementptr inbounds i8, ptr %work, i64 477760
  %27 = getelementptr inbounds i8, ptr %work, i64 401536
  %28 = getelementptr inbounds i8, ptr %work, i64 477824
  %29 = getelementptr inbounds i8, ptr %work, i64 401600
  %30 = getelementptr inbounds i8, ptr %work, i64 477888
  %invariant.gep3122 = getelementptr inbounds i8, ptr %work, i64 319616
  %invariant.gep3124 = getelementptr inbounds i8, ptr %work, i64 204800
  %invariant.gep3128 = getelementptr inbounds i8, ptr %work, i64 204864
  %31 = getelementptr inbounds i8, ptr %work, i64 41024
  %32 = getelementptr inbounds i8, ptr %work, i64 41088
  %33 = getelementptr inbounds i8, ptr %work, i64 41152
  %invariant.gep3140 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3142 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3144 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3146 = getelementptr inbounds i8, ptr %work, i64 41472
  %invariant.gep3148 = getelementptr i8, ptr %work, i64 204928
  %invariant.gep3150 = getelementptr i8, ptr %work, i64 442496
  %invariant.gep3152 = getelementptr i8, ptr %work, i64 204800
  %invariant.gep3154 = getelementptr i8, ptr %work, i64 442368
  %34 = getelementptr inbounds i8, ptr %work, i64 434240
  %scevgep2927 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep3126 = getelementptr inbounds i8, ptr %work, i64 319680
  %scevgep2927.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2927.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2927.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2927.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2927.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2927.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2927.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2927.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2927.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2927.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2927.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2927.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2927.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2927.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2927.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2927.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2927.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2927.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2927.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2927.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2927.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2927.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2927.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2927.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2927.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2927.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2927.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2927.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2927.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2927.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2927.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j41.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j41.head.preheader ]
  %bh.addr.02648 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j41.head.preheader ]
  %35 = add i64 %indvar, %bh0
  %36 = shl i64 %35, 12
  %37 = mul i64 %8, %indvar
  %38 = add i64 %7, %37
  %b = sdiv i64 %bh.addr.02648, %H
  %h = srem i64 %bh.addr.02648, %H
  %39 = mul i64 %b, %T
  %40 = mul i64 %39, %H
  %bT = add i64 %40, %h
  %41 = mul i64 %1, %39
  %bTn = add nsw i64 %41, %h
  %kh.idx = shl nsw i64 %bTn, 7
  %kh = getelementptr inbounds i8, ptr %k, i64 %kh.idx
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %42 = getelementptr i8, ptr %dhT, i64 %36
  %43 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %42, i64 128, i1 false)
  %scevgep2864.1 = getelementptr i8, ptr %42, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.1, i64 128, i1 false)
  %scevgep2864.2 = getelementptr i8, ptr %42, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.2, i64 128, i1 false)
  %scevgep2864.3 = getelementptr i8, ptr %42, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.3, i64 128, i1 false)
  %scevgep2864.4 = getelementptr i8, ptr %42, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.4, i64 128, i1 false)
  %scevgep2864.5 = getelementptr i8, ptr %42, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.5, i64 128, i1 false)
  %scevgep2864.6 = getelementptr i8, ptr %42, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.6, i64 128, i1 false)
  %scevgep2864.7 = getelementptr i8, ptr %42, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.7, i64 128, i1 false)
  %scevgep2864.8 = getelementptr i8, ptr %42, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.8, i64 128, i1 false)
  %scevgep2864.9 = getelementptr i8, ptr %42, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.9, i64 128, i1 false)
  %scevgep2864.10 = getelementptr i8, ptr %42, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.10, i64 128, i1 false)
  %scevgep2864.11 = getelementptr i8, ptr %42, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.11, i64 128, i1 false)
  %scevgep2864.12 = getelementptr i8, ptr %42, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.12, i64 128, i1 false)
  %scevgep2864.13 = getelementptr i8, ptr %42, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.13, i64 128, i1 false)
  %scevgep2864.14 = getelementptr i8, ptr %42, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.14, i64 128, i1 false)
  %scevgep2864.15 = getelementptr i8, ptr %42, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.15, i64 128, i1 false)
  %scevgep2864.16 = getelementptr i8, ptr %42, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.16, i64 128, i1 false)
  %scevgep2864.17 = getelementptr i8, ptr %42, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.17, i64 128, i1 false)
  %scevgep2864.18 = getelementptr i8, ptr %42, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.18, i64 128, i1 false)
  %scevgep2864.19 = getelementptr i8, ptr %42, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.19, i64 128, i1 false)
  %scevgep2864.20 = getelementptr i8, ptr %42, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.20, i64 128, i1 false)
  %scevgep2864.21 = getelementptr i8, ptr %42, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.21, i64 128, i1 false)
  %scevgep2864.22 = getelementptr i8, ptr %42, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.22, i64 128, i1 false)
  %scevgep2864.23 = getelementptr i8, ptr %42, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.23, i64 128, i1 false)
  %scevgep2864.24 = getelementptr i8, ptr %42, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.24, i64 128, i1 false)
  %scevgep2864.25 = getelementptr i8, ptr %42, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.25, i64 128, i1 false)
  %scevgep2864.26 = getelementptr i8, ptr %42, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.26, i64 128, i1 false)
  %scevgep2864.27 = getelementptr i8, ptr %42, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.27, i64 128, i1 false)
  %scevgep2864.28 = getelementptr i8, ptr %42, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.28, i64 128, i1 false)
  %scevgep2864.29 = getelementptr i8, ptr %42, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.29, i64 128, i1 false)
  %scevgep2864.30 = getelementptr i8, ptr %42, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.30, i64 128, i1 false)
  %scevgep2864.31 = getelementptr i8, ptr %42, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2864.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %43
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %43
  br i1 %3, label %cc.body.lr.ph, label %j41.head.preheader

bh.exit:                                          ; preds = %j41.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %44 = mul nsw i64 %bh.addr.02648, %nc
  %45 = add i64 %11, %bT
  %46 = shl i64 %45, 7
  %47 = mul i64 %16, %b
  %48 = add i64 %15, %47
  %49 = mul i64 %48, %H
  %50 = shl i64 %h, 7
  %51 = add i64 %49, %50
  %52 = add i64 %19, %47
  %53 = mul i64 %52, %H
  %54 = add i64 %53, %50
  %55 = getelementptr i8, ptr %dout, i64 %46
  %56 = getelementptr i8, ptr %qh, i64 64
  %57 = getelementptr i8, ptr %kh, i64 64
  %58 = getelementptr i8, ptr %qh1, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %t5.exit
  %indvars.iv2921 = phi i64 [ %21, %cc.body.lr.ph ], [ %indvars.iv.next2922, %t5.exit ]
  %cc.addr.02645 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %t5.exit ]
  %smin3495 = tail call i64 @llvm.smin.i64(i64 %indvars.iv2921, i64 64)
  %smax3496 = tail call i64 @llvm.smax.i64(i64 %smin3495, i64 1)
  %59 = mul i64 %17, %cc.addr.02645
  %60 = add i64 %54, %59
  %61 = add i64 %51, %59
  %62 = mul i64 %12, %cc.addr.02645
  %63 = shl i64 %cc.addr.02645, 12
  %64 = sub i64 %38, %63
  %65 = xor i64 %cc.addr.02645, -1
  %ci = add nsw i64 %nc, %65
  %t0 = shl nsw i64 %ci, 6
  %66 = sub nsw i64 %T, %t0
  %scevgep2866 = getelementptr i8, ptr %hs, i64 %64
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866, i64 128, i1 false)
  %67 = or disjoint i64 %64, 128
  %scevgep2866.1 = getelementptr i8, ptr %hs, i64 %67
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.1, i64 128, i1 false)
  %68 = or disjoint i64 %64, 256
  %scevgep2866.2 = getelementptr i8, ptr %hs, i64 %68
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.2, i64 128, i1 false)
  %69 = or disjoint i64 %64, 384
  %scevgep2866.3 = getelementptr i8, ptr %hs, i64 %69
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.3, i64 128, i1 false)
  %70 = or disjoint i64 %64, 512
  %scevgep2866.4 = getelementptr i8, ptr %hs, i64 %70
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.4, i64 128, i1 false)
  %71 = or disjoint i64 %64, 640
  %scevgep2866.5 = getelementptr i8, ptr %hs, i64 %71
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.5, i64 128, i1 false)
  %72 = or disjoint i64 %64, 768
  %scevgep2866.6 = getelementptr i8, ptr %hs, i64 %72
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.6, i64 128, i1 false)
  %73 = or disjoint i64 %64, 896
  %scevgep2866.7 = getelementptr i8, ptr %hs, i64 %73
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.7, i64 128, i1 false)
  %74 = or disjoint i64 %64, 1024
  %scevgep2866.8 = getelementptr i8, ptr %hs, i64 %74
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.8, i64 128, i1 false)
  %75 = or disjoint i64 %64, 1152
  %scevgep2866.9 = getelementptr i8, ptr %hs, i64 %75
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.9, i64 128, i1 false)
  %76 = or disjoint i64 %64, 1280
  %scevgep2866.10 = getelementptr i8, ptr %hs, i64 %76
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.10, i64 128, i1 false)
  %77 = or disjoint i64 %64, 1408
  %scevgep2866.11 = getelementptr i8, ptr %hs, i64 %77
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.11, i64 128, i1 false)
  %78 = or disjoint i64 %64, 1536
  %scevgep2866.12 = getelementptr i8, ptr %hs, i64 %78
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.12, i64 128, i1 false)
  %79 = or disjoint i64 %64, 1664
  %scevgep2866.13 = getelementptr i8, ptr %hs, i64 %79
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.13, i64 128, i1 false)
  %80 = or disjoint i64 %64, 1792
  %scevgep2866.14 = getelementptr i8, ptr %hs, i64 %80
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.14, i64 128, i1 false)
  %81 = or disjoint i64 %64, 1920
  %scevgep2866.15 = getelementptr i8, ptr %hs, i64 %81
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.15, i64 128, i1 false)
  %82 = or disjoint i64 %64, 2048
  %scevgep2866.16 = getelementptr i8, ptr %hs, i64 %82
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.16, i64 128, i1 false)
  %83 = or disjoint i64 %64, 2176
  %scevgep2866.17 = getelementptr i8, ptr %hs, i64 %83
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.17, i64 128, i1 false)
  %84 = or disjoint i64 %64, 2304
  %scevgep2866.18 = getelementptr i8, ptr %hs, i64 %84
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.18, i64 128, i1 false)
  %85 = or disjoint i64 %64, 2432
  %scevgep2866.19 = getelementptr i8, ptr %hs, i64 %85
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.19, i64 128, i1 false)
  %86 = or disjoint i64 %64, 2560
  %scevgep2866.20 = getelementptr i8, ptr %hs, i64 %86
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.20, i64 128, i1 false)
  %87 = or disjoint i64 %64, 2688
  %scevgep2866.21 = getelementptr i8, ptr %hs, i64 %87
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.21, i64 128, i1 false)
  %88 = or disjoint i64 %64, 2816
  %scevgep2866.22 = getelementptr i8, ptr %hs, i64 %88
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.22, i64 128, i1 false)
  %89 = or disjoint i64 %64, 2944
  %scevgep2866.23 = getelementptr i8, ptr %hs, i64 %89
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.23, i64 128, i1 false)
  %90 = or disjoint i64 %64, 3072
  %scevgep2866.24 = getelementptr i8, ptr %hs, i64 %90
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.24, i64 128, i1 false)
  %91 = or disjoint i64 %64, 3200
  %scevgep2866.25 = getelementptr i8, ptr %hs, i64 %91
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.25, i64 128, i1 false)
  %92 = or disjoint i64 %64, 3328
  %scevgep2866.26 = getelementptr i8, ptr %hs, i64 %92
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.26, i64 128, i1 false)
  %93 = or disjoint i64 %64, 3456
  %scevgep2866.27 = getelementptr i8, ptr %hs, i64 %93
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.27, i64 128, i1 false)
  %94 = or disjoint i64 %64, 3584
  %scevgep2866.28 = getelementptr i8, ptr %hs, i64 %94
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.28, i64 128, i1 false)
  %95 = or disjoint i64 %64, 3712
  %scevgep2866.29 = getelementptr i8, ptr %hs, i64 %95
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.29, i64 128, i1 false)
  %96 = or disjoint i64 %64, 3840
  %scevgep2866.30 = getelementptr i8, ptr %hs, i64 %96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.30, i64 128, i1 false)
  %97 = or disjoint i64 %64, 3968
  %scevgep2866.31 = getelementptr i8, ptr %hs, i64 %97
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2865.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2866.31, i64 128, i1 false)
  %98 = add nsw i64 %ci, %44
  %99 = shl nsw i64 %98, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %100 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02393 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %101 = shl nuw nsw i64 %i2.addr.02393, 5
  %102 = or disjoint i64 %101, %99
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %103 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02392 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %104 = or disjoint i64 %102, %j2.addr.02392
  %105 = getelementptr inbounds float, ptr %hs, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = or disjoint i64 %104, 256
  %108 = getelementptr inbounds float, ptr %hs, i64 %107
  %109 = load <16 x float>, ptr %108, align 4
  %110 = or disjoint i64 %104, 32
  %111 = getelementptr inbounds float, ptr %hs, i64 %110
  %112 = load <16 x float>, ptr %111, align 4
  %113 = or disjoint i64 %104, 288
  %114 = getelementptr inbounds float, ptr %hs, i64 %113
  %115 = load <16 x float>, ptr %114, align 4
  %116 = or disjoint i64 %104, 64
  %117 = getelementptr inbounds float, ptr %hs, i64 %116
  %118 = load <16 x float>, ptr %117, align 4
  %119 = or disjoint i64 %104, 320
  %120 = getelementptr inbounds float, ptr %hs, i64 %119
  %121 = load <16 x float>, ptr %120, align 4
  %122 = or disjoint i64 %104, 96
  %123 = getelementptr inbounds float, ptr %hs, i64 %122
  %124 = load <16 x float>, ptr %123, align 4
  %125 = or disjoint i64 %104, 352
  %126 = getelementptr inbounds float, ptr %hs, i64 %125
  %127 = load <16 x float>, ptr %126, align 4
  %128 = or disjoint i64 %104, 128
  %129 = getelementptr inbounds float, ptr %hs, i64 %128
  %130 = load <16 x float>, ptr %129, align 4
  %131 = or disjoint i64 %104, 384
  %132 = getelementptr inbounds float, ptr %hs, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = or disjoint i64 %104, 160
  %135 = getelementptr inbounds float, ptr %hs, i64 %134
  %136 = load <16 x float>, ptr %135, align 4
  %137 = or disjoint i64 %104, 416
  %138 = getelementptr inbounds float, ptr %hs, i64 %137
  %139 = load <16 x float>, ptr %138, align 4
  %140 = or disjoint i64 %104, 192
  %141 = getelementptr inbounds float, ptr %hs, i64 %140
  %142 = load <16 x float>, ptr %141, align 4
  %143 = or disjoint i64 %104, 448
  %144 = getelementptr inbounds float, ptr %hs, i64 %143
  %145 = load <16 x float>, ptr %144, align 4
  %146 = or disjoint i64 %104, 224
  %147 = getelementptr inbounds float, ptr %hs, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = or disjoint i64 %104, 480
  %150 = getelementptr inbounds float, ptr %hs, i64 %149
  %151 = load <16 x float>, ptr %150, align 4
  %152 = shufflevector <16 x float> %106, <16 x float> %109, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %153 = shufflevector <16 x float> %130, <16 x float> %133, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %154 = shufflevector <16 x float> %112, <16 x float> %115, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %155 = shufflevector <16 x float> %136, <16 x float> %139, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %156 = shufflevector <16 x float> %118, <16 x float> %121, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %157 = shufflevector <16 x float> %142, <16 x float> %145, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %158 = shufflevector <16 x float> %124, <16 x float> %127, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %159 = shufflevector <16 x float> %148, <16 x float> %151, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %160 = shufflevector <16 x float> %106, <16 x float> %109, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %161 = shufflevector <16 x float> %130, <16 x float> %133, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %162 = shufflevector <16 x float> %112, <16 x float> %115, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %163 = shufflevector <16 x float> %136, <16 x float> %139, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %164 = shufflevector <16 x float> %118, <16 x float> %121, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %165 = shufflevector <16 x float> %142, <16 x float> %145, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %166 = shufflevector <16 x float> %124, <16 x float> %127, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %167 = shufflevector <16 x float> %148, <16 x float> %151, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %168 = shufflevector <16 x float> %152, <16 x float> %153, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %169 = shufflevector <16 x float> %156, <16 x float> %157, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %170 = shufflevector <16 x float> %154, <16 x float> %155, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %171 = shufflevector <16 x float> %158, <16 x float> %159, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %172 = shufflevector <16 x float> %152, <16 x float> %153, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %173 = shufflevector <16 x float> %156, <16 x float> %157, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %174 = shufflevector <16 x float> %154, <16 x float> %155, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %175 = shufflevector <16 x float> %158, <16 x float> %159, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %176 = shufflevector <16 x float> %160, <16 x float> %161, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %177 = shufflevector <16 x float> %164, <16 x float> %165, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %178 = shufflevector <16 x float> %162, <16 x float> %163, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %179 = shufflevector <16 x float> %166, <16 x float> %167, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %180 = shufflevector <16 x float> %160, <16 x float> %161, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %181 = shufflevector <16 x float> %164, <16 x float> %165, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %182 = shufflevector <16 x float> %162, <16 x float> %163, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %183 = shufflevector <16 x float> %166, <16 x float> %167, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %184 = shufflevector <16 x float> %168, <16 x float> %169, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %185 = shufflevector <16 x float> %170, <16 x float> %171, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %186 = shufflevector <16 x float> %168, <16 x float> %169, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %187 = shufflevector <16 x float> %170, <16 x float> %171, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %188 = shufflevector <16 x float> %172, <16 x float> %173, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %189 = shufflevector <16 x float> %174, <16 x float> %175, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %190 = shufflevector <16 x float> %172, <16 x float> %173, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %191 = shufflevector <16 x float> %174, <16 x float> %175, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %192 = shufflevector <16 x float> %176, <16 x float> %177, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %193 = shufflevector <16 x float> %178, <16 x float> %179, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %194 = shufflevector <16 x float> %176, <16 x float> %177, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %195 = shufflevector <16 x float> %178, <16 x float> %179, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %196 = shufflevector <16 x float> %180, <16 x float> %181, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %197 = shufflevector <16 x float> %182, <16 x float> %183, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %198 = shufflevector <16 x float> %180, <16 x float> %181, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %199 = shufflevector <16 x float> %182, <16 x float> %183, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %200 = shufflevector <16 x float> %184, <16 x float> %185, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %201 = shl nuw nsw i64 %j2.addr.02392, 5
  %202 = or disjoint i64 %201, %i2.addr.02393
  %203 = or disjoint i64 %202, 1024
  %204 = getelementptr inbounds float, ptr %Bk, i64 %203
  store <16 x float> %200, ptr %204, align 4
  %205 = shufflevector <16 x float> %184, <16 x float> %185, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %206 = or disjoint i64 %202, 1056
  %207 = getelementptr inbounds float, ptr %Bk, i64 %206
  store <16 x float> %205, ptr %207, align 4
  %208 = shufflevector <16 x float> %186, <16 x float> %187, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %209 = or disjoint i64 %202, 1088
  %210 = getelementptr inbounds float, ptr %Bk, i64 %209
  store <16 x float> %208, ptr %210, align 4
  %211 = shufflevector <16 x float> %186, <16 x float> %187, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %212 = or disjoint i64 %202, 1120
  %213 = getelementptr inbounds float, ptr %Bk, i64 %212
  store <16 x float> %211, ptr %213, align 4
  %214 = shufflevector <16 x float> %188, <16 x float> %189, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %215 = or disjoint i64 %202, 1152
  %216 = getelementptr inbounds float, ptr %Bk, i64 %215
  store <16 x float> %214, ptr %216, align 4
  %217 = shufflevector <16 x float> %188, <16 x float> %189, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %218 = or disjoint i64 %202, 1184
  %219 = getelementptr inbounds float, ptr %Bk, i64 %218
  store <16 x float> %217, ptr %219, align 4
  %220 = shufflevector <16 x float> %190, <16 x float> %191, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %221 = or disjoint i64 %202, 1216
  %222 = getelementptr inbounds float, ptr %Bk, i64 %221
  store <16 x float> %220, ptr %222, align 4
  %223 = shufflevector <16 x float> %190, <16 x float> %191, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %224 = or disjoint i64 %202, 1248
  %225 = getelementptr inbounds float, ptr %Bk, i64 %224
  store <16 x float> %223, ptr %225, align 4
  %226 = shufflevector <16 x float> %192, <16 x float> %193, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %227 = or disjoint i64 %202, 1280
  %228 = getelementptr inbounds float, ptr %Bk, i64 %227
  store <16 x float> %226, ptr %228, align 4
  %229 = shufflevector <16 x float> %192, <16 x float> %193, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %230 = or disjoint i64 %202, 1312
  %231 = getelementptr inbounds float, ptr %Bk, i64 %230
  store <16 x float> %229, ptr %231, align 4
  %232 = shufflevector <16 x float> %194, <16 x float> %195, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %233 = or disjoint i64 %202, 1344
  %234 = getelementptr inbounds float, ptr %Bk, i64 %233
  store <16 x float> %232, ptr %234, align 4
  %235 = shufflevector <16 x float> %194, <16 x float> %195, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %236 = or disjoint i64 %202, 1376
  %237 = getelementptr inbounds float, ptr %Bk, i64 %236
  store <16 x float> %235, ptr %237, align 4
  %238 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %239 = or disjoint i64 %202, 1408
  %240 = getelementptr inbounds float, ptr %Bk, i64 %239
  store <16 x float> %238, ptr %240, align 4
  %241 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %242 = or disjoint i64 %202, 1440
  %243 = getelementptr inbounds float, ptr %Bk, i64 %242
  store <16 x float> %241, ptr %243, align 4
  %244 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %245 = or disjoint i64 %202, 1472
  %246 = getelementptr inbounds float, ptr %Bk, i64 %245
  store <16 x float> %244, ptr %246, align 4
  %247 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %248 = or disjoint i64 %202, 1504
  %249 = getelementptr inbounds float, ptr %Bk, i64 %248
  store <16 x float> %247, ptr %249, align 4
  br i1 %103, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %100, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %250 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02395 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %251 = shl nuw nsw i64 %i3.addr.02395, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %252 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02394 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %253 = or disjoint i64 %j3.addr.02394, %251
  %254 = or disjoint i64 %253, 32
  %255 = getelementptr inbounds float, ptr %work, i64 %254
  %256 = load <16 x float>, ptr %255, align 4
  %257 = or disjoint i64 %253, 544
  %258 = getelementptr inbounds float, ptr %work, i64 %257
  %259 = load <16 x float>, ptr %258, align 4
  %260 = or disjoint i64 %253, 96
  %261 = getelementptr inbounds float, ptr %work, i64 %260
  %262 = load <16 x float>, ptr %261, align 4
  %263 = or disjoint i64 %253, 608
  %264 = getelementptr inbounds float, ptr %work, i64 %263
  %265 = load <16 x float>, ptr %264, align 4
  %266 = or disjoint i64 %253, 160
  %267 = getelementptr inbounds float, ptr %work, i64 %266
  %268 = load <16 x float>, ptr %267, align 4
  %269 = or disjoint i64 %253, 672
  %270 = getelementptr inbounds float, ptr %work, i64 %269
  %271 = load <16 x float>, ptr %270, align 4
  %272 = or disjoint i64 %253, 224
  %273 = getelementptr inbounds float, ptr %work, i64 %272
  %274 = load <16 x float>, ptr %273, align 4
  %275 = or disjoint i64 %253, 736
  %276 = getelementptr inbounds float, ptr %work, i64 %275
  %277 = load <16 x float>, ptr %276, align 4
  %278 = or disjoint i64 %253, 288
  %279 = getelementptr inbounds float, ptr %work, i64 %278
  %280 = load <16 x float>, ptr %279, align 4
  %281 = or disjoint i64 %253, 800
  %282 = getelementptr inbounds float, ptr %work, i64 %281
  %283 = load <16 x float>, ptr %282, align 4
  %284 = or disjoint i64 %253, 352
  %285 = getelementptr inbounds float, ptr %work, i64 %284
  %286 = load <16 x float>, ptr %285, align 4
  %287 = or disjoint i64 %253, 864
  %288 = getelementptr inbounds float, ptr %work, i64 %287
  %289 = load <16 x float>, ptr %288, align 4
  %290 = or disjoint i64 %253, 416
  %291 = getelementptr inbounds float, ptr %work, i64 %290
  %292 = load <16 x float>, ptr %291, align 4
  %293 = or disjoint i64 %253, 928
  %294 = getelementptr inbounds float, ptr %work, i64 %293
  %295 = load <16 x float>, ptr %294, align 4
  %296 = or disjoint i64 %253, 480
  %297 = getelementptr inbounds float, ptr %work, i64 %296
  %298 = load <16 x float>, ptr %297, align 4
  %299 = or disjoint i64 %253, 992
  %300 = getelementptr inbounds float, ptr %work, i64 %299
  %301 = load <16 x float>, ptr %300, align 4
  %302 = shufflevector <16 x float> %256, <16 x float> %259, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %303 = shufflevector <16 x float> %280, <16 x float> %283, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %304 = shufflevector <16 x float> %262, <16 x float> %265, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %305 = shufflevector <16 x float> %286, <16 x float> %289, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %306 = shufflevector <16 x float> %268, <16 x float> %271, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %307 = shufflevector <16 x float> %292, <16 x float> %295, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %308 = shufflevector <16 x float> %274, <16 x float> %277, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %309 = shufflevector <16 x float> %298, <16 x float> %301, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %310 = shufflevector <16 x float> %256, <16 x float> %259, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %311 = shufflevector <16 x float> %280, <16 x float> %283, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %312 = shufflevector <16 x float> %262, <16 x float> %265, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %313 = shufflevector <16 x float> %286, <16 x float> %289, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %314 = shufflevector <16 x float> %268, <16 x float> %271, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %315 = shufflevector <16 x float> %292, <16 x float> %295, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %316 = shufflevector <16 x float> %274, <16 x float> %277, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %317 = shufflevector <16 x float> %298, <16 x float> %301, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %318 = shufflevector <16 x float> %302, <16 x float> %303, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %319 = shufflevector <16 x float> %306, <16 x float> %307, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %320 = shufflevector <16 x float> %304, <16 x float> %305, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %321 = shufflevector <16 x float> %308, <16 x float> %309, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %322 = shufflevector <16 x float> %302, <16 x float> %303, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %323 = shufflevector <16 x float> %306, <16 x float> %307, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %324 = shufflevector <16 x float> %304, <16 x float> %305, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %325 = shufflevector <16 x float> %308, <16 x float> %309, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %326 = shufflevector <16 x float> %310, <16 x float> %311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %327 = shufflevector <16 x float> %314, <16 x float> %315, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %328 = shufflevector <16 x float> %312, <16 x float> %313, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %329 = shufflevector <16 x float> %316, <16 x float> %317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %330 = shufflevector <16 x float> %310, <16 x float> %311, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %331 = shufflevector <16 x float> %314, <16 x float> %315, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %332 = shufflevector <16 x float> %312, <16 x float> %313, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %333 = shufflevector <16 x float> %316, <16 x float> %317, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %334 = shufflevector <16 x float> %318, <16 x float> %319, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %335 = shufflevector <16 x float> %320, <16 x float> %321, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %336 = shufflevector <16 x float> %318, <16 x float> %319, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %337 = shufflevector <16 x float> %320, <16 x float> %321, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %338 = shufflevector <16 x float> %322, <16 x float> %323, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %339 = shufflevector <16 x float> %324, <16 x float> %325, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %340 = shufflevector <16 x float> %322, <16 x float> %323, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %341 = shufflevector <16 x float> %324, <16 x float> %325, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %342 = shufflevector <16 x float> %326, <16 x float> %327, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %343 = shufflevector <16 x float> %328, <16 x float> %329, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %344 = shufflevector <16 x float> %326, <16 x float> %327, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %345 = shufflevector <16 x float> %328, <16 x float> %329, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %346 = shufflevector <16 x float> %330, <16 x float> %331, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %347 = shufflevector <16 x float> %332, <16 x float> %333, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %348 = shufflevector <16 x float> %330, <16 x float> %331, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %349 = shufflevector <16 x float> %332, <16 x float> %333, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %350 = shufflevector <16 x float> %334, <16 x float> %335, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %351 = shl nuw nsw i64 %j3.addr.02394, 5
  %352 = or disjoint i64 %351, %i3.addr.02395
  %353 = getelementptr inbounds float, ptr %Bk, i64 %352
  store <16 x float> %350, ptr %353, align 4
  %354 = shufflevector <16 x float> %334, <16 x float> %335, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %355 = or disjoint i64 %352, 32
  %356 = getelementptr inbounds float, ptr %Bk, i64 %355
  store <16 x float> %354, ptr %356, align 4
  %357 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %358 = or disjoint i64 %352, 64
  %359 = getelementptr inbounds float, ptr %Bk, i64 %358
  store <16 x float> %357, ptr %359, align 4
  %360 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %361 = or disjoint i64 %352, 96
  %362 = getelementptr inbounds float, ptr %Bk, i64 %361
  store <16 x float> %360, ptr %362, align 4
  %363 = shufflevector <16 x float> %338, <16 x float> %339, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %364 = or disjoint i64 %352, 128
  %365 = getelementptr inbounds float, ptr %Bk, i64 %364
  store <16 x float> %363, ptr %365, align 4
  %366 = shufflevector <16 x float> %338, <16 x float> %339, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %367 = or disjoint i64 %352, 160
  %368 = getelementptr inbounds float, ptr %Bk, i64 %367
  store <16 x float> %366, ptr %368, align 4
  %369 = shufflevector <16 x float> %340, <16 x float> %341, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %370 = or disjoint i64 %352, 192
  %371 = getelementptr inbounds float, ptr %Bk, i64 %370
  store <16 x float> %369, ptr %371, align 4
  %372 = shufflevector <16 x float> %340, <16 x float> %341, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %373 = or disjoint i64 %352, 224
  %374 = getelementptr inbounds float, ptr %Bk, i64 %373
  store <16 x float> %372, ptr %374, align 4
  %375 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %376 = or disjoint i64 %352, 256
  %377 = getelementptr inbounds float, ptr %Bk, i64 %376
  store <16 x float> %375, ptr %377, align 4
  %378 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %379 = or disjoint i64 %352, 288
  %380 = getelementptr inbounds float, ptr %Bk, i64 %379
  store <16 x float> %378, ptr %380, align 4
  %381 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %382 = or disjoint i64 %352, 320
  %383 = getelementptr inbounds float, ptr %Bk, i64 %382
  store <16 x float> %381, ptr %383, align 4
  %384 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %385 = or disjoint i64 %352, 352
  %386 = getelementptr inbounds float, ptr %Bk, i64 %385
  store <16 x float> %384, ptr %386, align 4
  %387 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %388 = or disjoint i64 %352, 384
  %389 = getelementptr inbounds float, ptr %Bk, i64 %388
  store <16 x float> %387, ptr %389, align 4
  %390 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %391 = or disjoint i64 %352, 416
  %392 = getelementptr inbounds float, ptr %Bk, i64 %391
  store <16 x float> %390, ptr %392, align 4
  %393 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %394 = or disjoint i64 %352, 448
  %395 = getelementptr inbounds float, ptr %Bk, i64 %394
  store <16 x float> %393, ptr %395, align 4
  %396 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %397 = or disjoint i64 %352, 480
  %398 = getelementptr inbounds float, ptr %Bk, i64 %397
  store <16 x float> %396, ptr %398, align 4
  br i1 %252, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %250, label %j3.head.preheader, label %t.head.preheader

t.head.preheader:                                 ; preds = %j3.exit, %t.head.preheader
  %s.addr.02397 = phi i64 [ %s.next, %t.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02397, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2655 = shl nsw i64 %s.addr.02397, 8
  %invariant.gep3094 = getelementptr inbounds i8, ptr %M, i64 %.idx2655
  %399 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %400 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %401 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %402 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %403 = select <8 x i1> %399, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %404 = select <8 x i1> %400, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %405 = select <8 x i1> %401, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %406 = select <8 x i1> %402, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %407 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 32
  %408 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 64
  %409 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 96
  store <8 x float> %403, ptr %invariant.gep3094, align 4
  store <8 x float> %404, ptr %407, align 4
  store <8 x float> %405, ptr %408, align 4
  store <8 x float> %406, ptr %409, align 4
  %410 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %411 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %412 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %413 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %414 = select <8 x i1> %410, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %415 = select <8 x i1> %411, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %416 = select <8 x i1> %412, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %417 = select <8 x i1> %413, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %418 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 128
  %419 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 160
  %420 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 192
  %421 = getelementptr inbounds i8, ptr %invariant.gep3094, i64 224
  store <8 x float> %414, ptr %418, align 4
  store <8 x float> %415, ptr %419, align 4
  store <8 x float> %416, ptr %420, align 4
  store <8 x float> %417, ptr %421, align 4
  %s.next = add nuw nsw i64 %s.addr.02397, 1
  %exitcond2869.not = icmp eq i64 %s.next, 64
  br i1 %exitcond2869.not, label %t1.body.preheader, label %t.head.preheader

t1.body.preheader:                                ; preds = %t.head.preheader
  %422 = getelementptr i8, ptr %55, i64 %62
  %423 = getelementptr i8, ptr %v, i64 %61
  %424 = getelementptr i8, ptr %v, i64 %60
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02413 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %425 = shl nuw nsw i64 %t1.addr.02413, 8
  %gep3097 = getelementptr i8, ptr %invariant.gep3096, i64 %425
  %gep3099 = getelementptr i8, ptr %invariant.gep3098, i64 %425
  %426 = shl nuw nsw i64 %t1.addr.02413, 7
  %gep3101 = getelementptr i8, ptr %invariant.gep3100, i64 %426
  %427 = icmp sgt i64 %66, %t1.addr.02413
  br i1 %427, label %p.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t1.body
  %gep3103 = getelementptr i8, ptr %invariant.gep3102, i64 %426
  %gep3105 = getelementptr i8, ptr %invariant.gep3104, i64 %426
  %gep3107 = getelementptr i8, ptr %invariant.gep3106, i64 %425
  %gep3109 = getelementptr i8, ptr %invariant.gep3108, i64 %425
  %gep3111 = getelementptr i8, ptr %invariant.gep3110, i64 %425
  %gep3113 = getelementptr i8, ptr %invariant.gep3112, i64 %425
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3103, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3105, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3101, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t1.addr.02413, 1
  %428 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %428, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3107, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3109, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3099, i8 0, i64 128, i1 false)
  %i16 = or disjoint i64 %i12, 1
  %429 = getelementptr inbounds float, ptr %bet, i64 %i16
  store float 0.000000e+00, ptr %429, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3111, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3113, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3097, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %430 = mul i64 %13, %t1.addr.02413
  %scevgep2880 = getelementptr i8, ptr %422, i64 %430
  %431 = mul i64 %18, %t1.addr.02413
  %scevgep2882 = getelementptr i8, ptr %423, i64 %431
  %scevgep2884 = getelementptr i8, ptr %424, i64 %431
  %432 = add nuw nsw i64 %t1.addr.02413, %t0
  %433 = mul nsw i64 %432, %sq
  %434 = shl nuw nsw i64 %t1.addr.02413, 5
  %435 = getelementptr float, ptr %qh, i64 %433
  %436 = load <16 x float>, ptr %435, align 4
  %437 = fmul <16 x float> %436, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %438 = or disjoint i64 %434, 2048
  %439 = getelementptr inbounds float, ptr %Bk, i64 %438
  store <16 x float> %437, ptr %439, align 4
  %440 = getelementptr inbounds float, ptr %QK, i64 %434
  store <16 x float> %437, ptr %440, align 4
  %441 = getelementptr float, ptr %56, i64 %433
  %442 = load <16 x float>, ptr %441, align 4
  %443 = fmul <16 x float> %442, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %444 = or disjoint i64 %434, 16
  %445 = or i64 %434, 2064
  %446 = getelementptr inbounds float, ptr %Bk, i64 %445
  store <16 x float> %443, ptr %446, align 4
  %447 = getelementptr inbounds float, ptr %QK, i64 %444
  store <16 x float> %443, ptr %447, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3101, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2880, i64 128, i1 false)
  %i5 = shl nuw nsw i64 %t1.addr.02413, 1
  %448 = or disjoint i64 %t1.addr.02413, %t0
  %tau = shl nsw i64 %448, 1
  %449 = mul nsw i64 %tau, %H
  %450 = getelementptr inbounds float, ptr %betah, i64 %449
  %451 = load float, ptr %450, align 4
  %452 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %451, ptr %452, align 4
  %453 = mul nsw i64 %tau, %sq
  %454 = shl nuw nsw i64 %t1.addr.02413, 6
  %455 = getelementptr float, ptr %kh, i64 %453
  %456 = load <16 x float>, ptr %455, align 4
  %457 = or i64 %454, 4096
  %458 = getelementptr inbounds float, ptr %Bk, i64 %457
  store <16 x float> %456, ptr %458, align 4
  %459 = fneg <16 x float> %456
  %gep3115 = getelementptr inbounds float, ptr %invariant.gep3114, i64 %454
  store <16 x float> %459, ptr %gep3115, align 4
  %460 = getelementptr float, ptr %57, i64 %453
  %461 = load <16 x float>, ptr %460, align 4
  %462 = or i64 %454, 4112
  %463 = getelementptr inbounds float, ptr %Bk, i64 %462
  store <16 x float> %461, ptr %463, align 4
  %464 = fneg <16 x float> %461
  %gep3117 = getelementptr inbounds float, ptr %invariant.gep3116, i64 %454
  store <16 x float> %464, ptr %gep3117, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3099, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2882, i64 128, i1 false)
  %i7 = or disjoint i64 %i5, 1
  %tau1 = or disjoint i64 %tau, 1
  %465 = mul nsw i64 %tau1, %H
  %466 = getelementptr inbounds float, ptr %betah, i64 %465
  %467 = load float, ptr %466, align 4
  %468 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %467, ptr %468, align 4
  %469 = mul nsw i64 %tau1, %sq
  %470 = shl nuw nsw i64 %i7, 5
  %471 = getelementptr float, ptr %kh, i64 %469
  %472 = load <16 x float>, ptr %471, align 4
  %473 = or i64 %470, 4096
  %474 = getelementptr inbounds float, ptr %Bk, i64 %473
  store <16 x float> %472, ptr %474, align 4
  %475 = fneg <16 x float> %472
  %gep3119 = getelementptr inbounds float, ptr %invariant.gep3118, i64 %470
  store <16 x float> %475, ptr %gep3119, align 4
  %476 = getelementptr float, ptr %57, i64 %469
  %477 = load <16 x float>, ptr %476, align 4
  %478 = or i64 %470, 4112
  %479 = getelementptr inbounds float, ptr %Bk, i64 %478
  store <16 x float> %477, ptr %479, align 4
  %480 = fneg <16 x float> %477
  %gep3121 = getelementptr inbounds float, ptr %invariant.gep3120, i64 %470
  store <16 x float> %480, ptr %gep3121, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3097, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2884, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02413, 1
  %exitcond2885.not = icmp eq i64 %t1.next, 64
  br i1 %exitcond2885.not, label %j16.head.preheader, label %t1.body

j16.head.preheader:                               ; preds = %endif, %j16.exit
  %i20.addr.02415 = phi i64 [ %i20.next, %j16.exit ], [ 0, %endif ]
  %481 = shl nuw nsw i64 %i20.addr.02415, 5
  br label %j16.body

j16.body:                                         ; preds = %j16.head.preheader, %j16.body
  %482 = phi i1 [ true, %j16.head.preheader ], [ false, %j16.body ]
  %j16.addr.02414 = phi i64 [ 0, %j16.head.preheader ], [ 16, %j16.body ]
  %483 = or disjoint i64 %j16.addr.02414, %481
  %484 = or disjoint i64 %483, 4096
  %485 = getelementptr inbounds float, ptr %Bk, i64 %484
  %486 = load <16 x float>, ptr %485, align 4
  %487 = or disjoint i64 %483, 4352
  %488 = getelementptr inbounds float, ptr %Bk, i64 %487
  %489 = load <16 x float>, ptr %488, align 4
  %490 = or disjoint i64 %483, 4128
  %491 = getelementptr inbounds float, ptr %Bk, i64 %490
  %492 = load <16 x float>, ptr %491, align 4
  %493 = or disjoint i64 %483, 4384
  %494 = getelementptr inbounds float, ptr %Bk, i64 %493
  %495 = load <16 x float>, ptr %494, align 4
  %496 = or disjoint i64 %483, 4160
  %497 = getelementptr inbounds float, ptr %Bk, i64 %496
  %498 = load <16 x float>, ptr %497, align 4
  %499 = or disjoint i64 %483, 4416
  %500 = getelementptr inbounds float, ptr %Bk, i64 %499
  %501 = load <16 x float>, ptr %500, align 4
  %502 = or disjoint i64 %483, 4192
  %503 = getelementptr inbounds float, ptr %Bk, i64 %502
  %504 = load <16 x float>, ptr %503, align 4
  %505 = or disjoint i64 %483, 4448
  %506 = getelementptr inbounds float, ptr %Bk, i64 %505
  %507 = load <16 x float>, ptr %506, align 4
  %508 = or disjoint i64 %483, 4224
  %509 = getelementptr inbounds float, ptr %Bk, i64 %508
  %510 = load <16 x float>, ptr %509, align 4
  %511 = or disjoint i64 %483, 4480
  %512 = getelementptr inbounds float, ptr %Bk, i64 %511
  %513 = load <16 x float>, ptr %512, align 4
  %514 = or disjoint i64 %483, 4256
  %515 = getelementptr inbounds float, ptr %Bk, i64 %514
  %516 = load <16 x float>, ptr %515, align 4
  %517 = or disjoint i64 %483, 4512
  %518 = getelementptr inbounds float, ptr %Bk, i64 %517
  %519 = load <16 x float>, ptr %518, align 4
  %520 = or disjoint i64 %483, 4288
  %521 = getelementptr inbounds float, ptr %Bk, i64 %520
  %522 = load <16 x float>, ptr %521, align 4
  %523 = or disjoint i64 %483, 4544
  %524 = getelementptr inbounds float, ptr %Bk, i64 %523
  %525 = load <16 x float>, ptr %524, align 4
  %526 = or disjoint i64 %483, 4320
  %527 = getelementptr inbounds float, ptr %Bk, i64 %526
  %528 = load <16 x float>, ptr %527, align 4
  %529 = or disjoint i64 %483, 4576
  %530 = getelementptr inbounds float, ptr %Bk, i64 %529
  %531 = load <16 x float>, ptr %530, align 4
  %532 = shufflevector <16 x float> %486, <16 x float> %489, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %533 = shufflevector <16 x float> %510, <16 x float> %513, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %534 = shufflevector <16 x float> %492, <16 x float> %495, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %535 = shufflevector <16 x float> %516, <16 x float> %519, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %536 = shufflevector <16 x float> %498, <16 x float> %501, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %537 = shufflevector <16 x float> %522, <16 x float> %525, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %538 = shufflevector <16 x float> %504, <16 x float> %507, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %539 = shufflevector <16 x float> %528, <16 x float> %531, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %540 = shufflevector <16 x float> %486, <16 x float> %489, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %541 = shufflevector <16 x float> %510, <16 x float> %513, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %542 = shufflevector <16 x float> %492, <16 x float> %495, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %543 = shufflevector <16 x float> %516, <16 x float> %519, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %544 = shufflevector <16 x float> %498, <16 x float> %501, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %545 = shufflevector <16 x float> %522, <16 x float> %525, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %546 = shufflevector <16 x float> %504, <16 x float> %507, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %547 = shufflevector <16 x float> %528, <16 x float> %531, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %548 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %549 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %550 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %551 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %552 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %553 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %554 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %555 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %556 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %557 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %558 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %559 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %560 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %561 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %562 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %563 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
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
  %576 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %577 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %578 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %579 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %580 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %581 = shl nuw nsw i64 %j16.addr.02414, 7
  %582 = add nuw nsw i64 %581, %i20.addr.02415
  %583 = getelementptr inbounds float, ptr %KT, i64 %582
  store <16 x float> %580, ptr %583, align 4
  %584 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %585 = or disjoint i64 %582, 128
  %586 = getelementptr inbounds float, ptr %KT, i64 %585
  store <16 x float> %584, ptr %586, align 4
  %587 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %588 = or disjoint i64 %582, 256
  %589 = getelementptr inbounds float, ptr %KT, i64 %588
  store <16 x float> %587, ptr %589, align 4
  %590 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %591 = or disjoint i64 %582, 384
  %592 = getelementptr inbounds float, ptr %KT, i64 %591
  store <16 x float> %590, ptr %592, align 4
  %593 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %594 = or disjoint i64 %582, 512
  %595 = getelementptr inbounds float, ptr %KT, i64 %594
  store <16 x float> %593, ptr %595, align 4
  %596 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %597 = or disjoint i64 %582, 640
  %598 = getelementptr inbounds float, ptr %KT, i64 %597
  store <16 x float> %596, ptr %598, align 4
  %599 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %600 = or disjoint i64 %582, 768
  %601 = getelementptr inbounds float, ptr %KT, i64 %600
  store <16 x float> %599, ptr %601, align 4
  %602 = shufflevector <16 x float> %570, <16 x float> %571, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %603 = or disjoint i64 %582, 896
  %604 = getelementptr inbounds float, ptr %KT, i64 %603
  store <16 x float> %602, ptr %604, align 4
  %605 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %606 = or disjoint i64 %582, 1024
  %607 = getelementptr inbounds float, ptr %KT, i64 %606
  store <16 x float> %605, ptr %607, align 4
  %608 = shufflevector <16 x float> %572, <16 x float> %573, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %609 = or disjoint i64 %582, 1152
  %610 = getelementptr inbounds float, ptr %KT, i64 %609
  store <16 x float> %608, ptr %610, align 4
  %611 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %612 = or disjoint i64 %582, 1280
  %613 = getelementptr inbounds float, ptr %KT, i64 %612
  store <16 x float> %611, ptr %613, align 4
  %614 = shufflevector <16 x float> %574, <16 x float> %575, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %615 = or disjoint i64 %582, 1408
  %616 = getelementptr inbounds float, ptr %KT, i64 %615
  store <16 x float> %614, ptr %616, align 4
  %617 = shufflevector <16 x float> %576, <16 x float> %577, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %618 = or disjoint i64 %582, 1536
  %619 = getelementptr inbounds float, ptr %KT, i64 %618
  store <16 x float> %617, ptr %619, align 4
  %620 = shufflevector <16 x float> %576, <16 x float> %577, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %621 = or disjoint i64 %582, 1664
  %622 = getelementptr inbounds float, ptr %KT, i64 %621
  store <16 x float> %620, ptr %622, align 4
  %623 = shufflevector <16 x float> %578, <16 x float> %579, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %624 = or disjoint i64 %582, 1792
  %625 = getelementptr inbounds float, ptr %KT, i64 %624
  store <16 x float> %623, ptr %625, align 4
  %626 = shufflevector <16 x float> %578, <16 x float> %579, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %627 = or disjoint i64 %582, 1920
  %628 = getelementptr inbounds float, ptr %KT, i64 %627
  store <16 x float> %626, ptr %628, align 4
  br i1 %482, label %j16.body, label %j16.exit

j16.exit:                                         ; preds = %j16.body
  %i20.next = add nuw nsw i64 %i20.addr.02415, 16
  %629 = icmp ult i64 %i20.addr.02415, 112
  br i1 %629, label %j16.head.preheader, label %j17.head.preheader

j17.head.preheader:                               ; preds = %j16.exit, %j17.exit
  %i21.addr.02417 = phi i64 [ %i21.next, %j17.exit ], [ 0, %j16.exit ]
  %630 = shl nuw nsw i64 %i21.addr.02417, 5
  br label %j17.body

j17.body:                                         ; preds = %j17.head.preheader, %j17.body
  %631 = phi i1 [ true, %j17.head.preheader ], [ false, %j17.body ]
  %j17.addr.02416 = phi i64 [ 0, %j17.head.preheader ], [ 16, %j17.body ]
  %632 = or disjoint i64 %j17.addr.02416, %630
  %633 = or disjoint i64 %632, 2048
  %634 = getelementptr inbounds float, ptr %Bk, i64 %633
  %635 = load <16 x float>, ptr %634, align 4
  %636 = or disjoint i64 %632, 2304
  %637 = getelementptr inbounds float, ptr %Bk, i64 %636
  %638 = load <16 x float>, ptr %637, align 4
  %639 = or disjoint i64 %632, 2080
  %640 = getelementptr inbounds float, ptr %Bk, i64 %639
  %641 = load <16 x float>, ptr %640, align 4
  %642 = or disjoint i64 %632, 2336
  %643 = getelementptr inbounds float, ptr %Bk, i64 %642
  %644 = load <16 x float>, ptr %643, align 4
  %645 = or disjoint i64 %632, 2112
  %646 = getelementptr inbounds float, ptr %Bk, i64 %645
  %647 = load <16 x float>, ptr %646, align 4
  %648 = or disjoint i64 %632, 2368
  %649 = getelementptr inbounds float, ptr %Bk, i64 %648
  %650 = load <16 x float>, ptr %649, align 4
  %651 = or disjoint i64 %632, 2144
  %652 = getelementptr inbounds float, ptr %Bk, i64 %651
  %653 = load <16 x float>, ptr %652, align 4
  %654 = or disjoint i64 %632, 2400
  %655 = getelementptr inbounds float, ptr %Bk, i64 %654
  %656 = load <16 x float>, ptr %655, align 4
  %657 = or disjoint i64 %632, 2176
  %658 = getelementptr inbounds float, ptr %Bk, i64 %657
  %659 = load <16 x float>, ptr %658, align 4
  %660 = or disjoint i64 %632, 2432
  %661 = getelementptr inbounds float, ptr %Bk, i64 %660
  %662 = load <16 x float>, ptr %661, align 4
  %663 = or disjoint i64 %632, 2208
  %664 = getelementptr inbounds float, ptr %Bk, i64 %663
  %665 = load <16 x float>, ptr %664, align 4
  %666 = or disjoint i64 %632, 2464
  %667 = getelementptr inbounds float, ptr %Bk, i64 %666
  %668 = load <16 x float>, ptr %667, align 4
  %669 = or disjoint i64 %632, 2240
  %670 = getelementptr inbounds float, ptr %Bk, i64 %669
  %671 = load <16 x float>, ptr %670, align 4
  %672 = or disjoint i64 %632, 2496
  %673 = getelementptr inbounds float, ptr %Bk, i64 %672
  %674 = load <16 x float>, ptr %673, align 4
  %675 = or disjoint i64 %632, 2272
  %676 = getelementptr inbounds float, ptr %Bk, i64 %675
  %677 = load <16 x float>, ptr %676, align 4
  %678 = or disjoint i64 %632, 2528
  %679 = getelementptr inbounds float, ptr %Bk, i64 %678
  %680 = load <16 x float>, ptr %679, align 4
  %681 = shufflevector <16 x float> %635, <16 x float> %638, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %682 = shufflevector <16 x float> %659, <16 x float> %662, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %683 = shufflevector <16 x float> %641, <16 x float> %644, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %684 = shufflevector <16 x float> %665, <16 x float> %668, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %685 = shufflevector <16 x float> %647, <16 x float> %650, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %686 = shufflevector <16 x float> %671, <16 x float> %674, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %687 = shufflevector <16 x float> %653, <16 x float> %656, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %688 = shufflevector <16 x float> %677, <16 x float> %680, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %689 = shufflevector <16 x float> %635, <16 x float> %638, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %690 = shufflevector <16 x float> %659, <16 x float> %662, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %691 = shufflevector <16 x float> %641, <16 x float> %644, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %692 = shufflevector <16 x float> %665, <16 x float> %668, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %693 = shufflevector <16 x float> %647, <16 x float> %650, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %694 = shufflevector <16 x float> %671, <16 x float> %674, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %695 = shufflevector <16 x float> %653, <16 x float> %656, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %696 = shufflevector <16 x float> %677, <16 x float> %680, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %697 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %698 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %699 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %700 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %701 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %702 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %703 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %704 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %705 = shufflevector <16 x float> %689, <16 x float> %690, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %706 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %707 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %708 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %709 = shufflevector <16 x float> %689, <16 x float> %690, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %710 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %711 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %712 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %713 = shufflevector <16 x float> %697, <16 x float> %698, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %714 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %715 = shufflevector <16 x float> %697, <16 x float> %698, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %716 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %717 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %718 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %719 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %720 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %721 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %722 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %723 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %724 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %725 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %726 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %727 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %728 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %729 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %730 = shl nuw nsw i64 %j17.addr.02416, 6
  %731 = add nuw nsw i64 %730, %i21.addr.02417
  %732 = getelementptr inbounds float, ptr %QcT, i64 %731
  store <16 x float> %729, ptr %732, align 4
  %733 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %734 = or disjoint i64 %731, 64
  %735 = getelementptr inbounds float, ptr %QcT, i64 %734
  store <16 x float> %733, ptr %735, align 4
  %736 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %737 = or disjoint i64 %731, 128
  %738 = getelementptr inbounds float, ptr %QcT, i64 %737
  store <16 x float> %736, ptr %738, align 4
  %739 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %740 = or disjoint i64 %731, 192
  %741 = getelementptr inbounds float, ptr %QcT, i64 %740
  store <16 x float> %739, ptr %741, align 4
  %742 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %743 = or disjoint i64 %731, 256
  %744 = getelementptr inbounds float, ptr %QcT, i64 %743
  store <16 x float> %742, ptr %744, align 4
  %745 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %746 = or disjoint i64 %731, 320
  %747 = getelementptr inbounds float, ptr %QcT, i64 %746
  store <16 x float> %745, ptr %747, align 4
  %748 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %749 = or disjoint i64 %731, 384
  %750 = getelementptr inbounds float, ptr %QcT, i64 %749
  store <16 x float> %748, ptr %750, align 4
  %751 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %752 = or disjoint i64 %731, 448
  %753 = getelementptr inbounds float, ptr %QcT, i64 %752
  store <16 x float> %751, ptr %753, align 4
  %754 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %755 = or disjoint i64 %731, 512
  %756 = getelementptr inbounds float, ptr %QcT, i64 %755
  store <16 x float> %754, ptr %756, align 4
  %757 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %758 = or disjoint i64 %731, 576
  %759 = getelementptr inbounds float, ptr %QcT, i64 %758
  store <16 x float> %757, ptr %759, align 4
  %760 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %761 = or disjoint i64 %731, 640
  %762 = getelementptr inbounds float, ptr %QcT, i64 %761
  store <16 x float> %760, ptr %762, align 4
  %763 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %764 = or disjoint i64 %731, 704
  %765 = getelementptr inbounds float, ptr %QcT, i64 %764
  store <16 x float> %763, ptr %765, align 4
  %766 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %767 = or disjoint i64 %731, 768
  %768 = getelementptr inbounds float, ptr %QcT, i64 %767
  store <16 x float> %766, ptr %768, align 4
  %769 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %770 = or disjoint i64 %731, 832
  %771 = getelementptr inbounds float, ptr %QcT, i64 %770
  store <16 x float> %769, ptr %771, align 4
  %772 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %773 = or disjoint i64 %731, 896
  %774 = getelementptr inbounds float, ptr %QcT, i64 %773
  store <16 x float> %772, ptr %774, align 4
  %775 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %776 = or disjoint i64 %731, 960
  %777 = getelementptr inbounds float, ptr %QcT, i64 %776
  store <16 x float> %775, ptr %777, align 4
  br i1 %631, label %j17.body, label %j17.exit

j17.exit:                                         ; preds = %j17.body
  %i21.next = add nuw nsw i64 %i21.addr.02417, 16
  %778 = icmp ult i64 %i21.addr.02417, 48
  br i1 %778, label %j17.head.preheader, label %j18.head.preheader

j18.head.preheader:                               ; preds = %j17.exit, %j18.exit
  %i22.addr.02419 = phi i64 [ %i22.next, %j18.exit ], [ 0, %j17.exit ]
  %779 = shl nuw nsw i64 %i22.addr.02419, 5
  br label %j18.body

j18.body:                                         ; preds = %j18.head.preheader, %j18.body
  %780 = phi i1 [ true, %j18.head.preheader ], [ false, %j18.body ]
  %j18.addr.02418 = phi i64 [ 0, %j18.head.preheader ], [ 16, %j18.body ]
  %781 = or disjoint i64 %j18.addr.02418, %779
  %782 = getelementptr inbounds float, ptr %OY, i64 %781
  %783 = load <16 x float>, ptr %782, align 4
  %784 = or disjoint i64 %781, 256
  %785 = getelementptr inbounds float, ptr %OY, i64 %784
  %786 = load <16 x float>, ptr %785, align 4
  %787 = or disjoint i64 %781, 32
  %788 = getelementptr inbounds float, ptr %OY, i64 %787
  %789 = load <16 x float>, ptr %788, align 4
  %790 = or disjoint i64 %781, 288
  %791 = getelementptr inbounds float, ptr %OY, i64 %790
  %792 = load <16 x float>, ptr %791, align 4
  %793 = or disjoint i64 %781, 64
  %794 = getelementptr inbounds float, ptr %OY, i64 %793
  %795 = load <16 x float>, ptr %794, align 4
  %796 = or disjoint i64 %781, 320
  %797 = getelementptr inbounds float, ptr %OY, i64 %796
  %798 = load <16 x float>, ptr %797, align 4
  %799 = or disjoint i64 %781, 96
  %800 = getelementptr inbounds float, ptr %OY, i64 %799
  %801 = load <16 x float>, ptr %800, align 4
  %802 = or disjoint i64 %781, 352
  %803 = getelementptr inbounds float, ptr %OY, i64 %802
  %804 = load <16 x float>, ptr %803, align 4
  %805 = or disjoint i64 %781, 128
  %806 = getelementptr inbounds float, ptr %OY, i64 %805
  %807 = load <16 x float>, ptr %806, align 4
  %808 = or disjoint i64 %781, 384
  %809 = getelementptr inbounds float, ptr %OY, i64 %808
  %810 = load <16 x float>, ptr %809, align 4
  %811 = or disjoint i64 %781, 160
  %812 = getelementptr inbounds float, ptr %OY, i64 %811
  %813 = load <16 x float>, ptr %812, align 4
  %814 = or disjoint i64 %781, 416
  %815 = getelementptr inbounds float, ptr %OY, i64 %814
  %816 = load <16 x float>, ptr %815, align 4
  %817 = or disjoint i64 %781, 192
  %818 = getelementptr inbounds float, ptr %OY, i64 %817
  %819 = load <16 x float>, ptr %818, align 4
  %820 = or disjoint i64 %781, 448
  %821 = getelementptr inbounds float, ptr %OY, i64 %820
  %822 = load <16 x float>, ptr %821, align 4
  %823 = or disjoint i64 %781, 224
  %824 = getelementptr inbounds float, ptr %OY, i64 %823
  %825 = load <16 x float>, ptr %824, align 4
  %826 = or disjoint i64 %781, 480
  %827 = getelementptr inbounds float, ptr %OY, i64 %826
  %828 = load <16 x float>, ptr %827, align 4
  %829 = shufflevector <16 x float> %783, <16 x float> %786, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %830 = shufflevector <16 x float> %807, <16 x float> %810, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %831 = shufflevector <16 x float> %789, <16 x float> %792, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %832 = shufflevector <16 x float> %813, <16 x float> %816, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %833 = shufflevector <16 x float> %795, <16 x float> %798, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %834 = shufflevector <16 x float> %819, <16 x float> %822, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %835 = shufflevector <16 x float> %801, <16 x float> %804, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %836 = shufflevector <16 x float> %825, <16 x float> %828, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %837 = shufflevector <16 x float> %783, <16 x float> %786, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %838 = shufflevector <16 x float> %807, <16 x float> %810, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %839 = shufflevector <16 x float> %789, <16 x float> %792, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %840 = shufflevector <16 x float> %813, <16 x float> %816, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %841 = shufflevector <16 x float> %795, <16 x float> %798, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %842 = shufflevector <16 x float> %819, <16 x float> %822, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %843 = shufflevector <16 x float> %801, <16 x float> %804, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %844 = shufflevector <16 x float> %825, <16 x float> %828, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %845 = shufflevector <16 x float> %829, <16 x float> %830, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %846 = shufflevector <16 x float> %833, <16 x float> %834, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %847 = shufflevector <16 x float> %831, <16 x float> %832, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %848 = shufflevector <16 x float> %835, <16 x float> %836, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %849 = shufflevector <16 x float> %829, <16 x float> %830, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %850 = shufflevector <16 x float> %833, <16 x float> %834, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %851 = shufflevector <16 x float> %831, <16 x float> %832, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %852 = shufflevector <16 x float> %835, <16 x float> %836, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %853 = shufflevector <16 x float> %837, <16 x float> %838, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %854 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %855 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %856 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %857 = shufflevector <16 x float> %837, <16 x float> %838, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %858 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %859 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %860 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %861 = shufflevector <16 x float> %845, <16 x float> %846, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %862 = shufflevector <16 x float> %847, <16 x float> %848, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %863 = shufflevector <16 x float> %845, <16 x float> %846, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %864 = shufflevector <16 x float> %847, <16 x float> %848, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %865 = shufflevector <16 x float> %849, <16 x float> %850, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %866 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %867 = shufflevector <16 x float> %849, <16 x float> %850, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %868 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %869 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %870 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %871 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %872 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %873 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %874 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %875 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %876 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %877 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %878 = shl nuw nsw i64 %j18.addr.02418, 6
  %879 = add nuw nsw i64 %878, %i22.addr.02419
  %880 = getelementptr inbounds float, ptr %dOT, i64 %879
  store <16 x float> %877, ptr %880, align 4
  %881 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %882 = or disjoint i64 %879, 64
  %883 = getelementptr inbounds float, ptr %dOT, i64 %882
  store <16 x float> %881, ptr %883, align 4
  %884 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %885 = or disjoint i64 %879, 128
  %886 = getelementptr inbounds float, ptr %dOT, i64 %885
  store <16 x float> %884, ptr %886, align 4
  %887 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %888 = or disjoint i64 %879, 192
  %889 = getelementptr inbounds float, ptr %dOT, i64 %888
  store <16 x float> %887, ptr %889, align 4
  %890 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %891 = or disjoint i64 %879, 256
  %892 = getelementptr inbounds float, ptr %dOT, i64 %891
  store <16 x float> %890, ptr %892, align 4
  %893 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %894 = or disjoint i64 %879, 320
  %895 = getelementptr inbounds float, ptr %dOT, i64 %894
  store <16 x float> %893, ptr %895, align 4
  %896 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %897 = or disjoint i64 %879, 384
  %898 = getelementptr inbounds float, ptr %dOT, i64 %897
  store <16 x float> %896, ptr %898, align 4
  %899 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %900 = or disjoint i64 %879, 448
  %901 = getelementptr inbounds float, ptr %dOT, i64 %900
  store <16 x float> %899, ptr %901, align 4
  %902 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %903 = or disjoint i64 %879, 512
  %904 = getelementptr inbounds float, ptr %dOT, i64 %903
  store <16 x float> %902, ptr %904, align 4
  %905 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %906 = or disjoint i64 %879, 576
  %907 = getelementptr inbounds float, ptr %dOT, i64 %906
  store <16 x float> %905, ptr %907, align 4
  %908 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %909 = or disjoint i64 %879, 640
  %910 = getelementptr inbounds float, ptr %dOT, i64 %909
  store <16 x float> %908, ptr %910, align 4
  %911 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %912 = or disjoint i64 %879, 704
  %913 = getelementptr inbounds float, ptr %dOT, i64 %912
  store <16 x float> %911, ptr %913, align 4
  %914 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %915 = or disjoint i64 %879, 768
  %916 = getelementptr inbounds float, ptr %dOT, i64 %915
  store <16 x float> %914, ptr %916, align 4
  %917 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %918 = or disjoint i64 %879, 832
  %919 = getelementptr inbounds float, ptr %dOT, i64 %918
  store <16 x float> %917, ptr %919, align 4
  %920 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %921 = or disjoint i64 %879, 896
  %922 = getelementptr inbounds float, ptr %dOT, i64 %921
  store <16 x float> %920, ptr %922, align 4
  %923 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %924 = or disjoint i64 %879, 960
  %925 = getelementptr inbounds float, ptr %dOT, i64 %924
  store <16 x float> %923, ptr %925, align 4
  br i1 %780, label %j18.body, label %j18.exit

j18.exit:                                         ; preds = %j18.body
  %i22.next = add nuw nsw i64 %i22.addr.02419, 16
  %926 = icmp ult i64 %i22.addr.02419, 48
  br i1 %926, label %j18.head.preheader, label %i23.body

i23.head.loopexit:                                ; preds = %p3.exit
  %927 = icmp ult i64 %i23.addr.02430, 120
  br i1 %927, label %i23.body, label %p4.head.preheader

i23.body:                                         ; preds = %j18.exit, %i23.head.loopexit
  %i23.addr.02430 = phi i64 [ %928, %i23.head.loopexit ], [ 0, %j18.exit ]
  %928 = add nuw nsw i64 %i23.addr.02430, 8
  %929 = shl nuw nsw i64 %i23.addr.02430, 5
  %.idx2375 = shl nuw nsw i64 %i23.addr.02430, 9
  %930 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2375
  %931 = shl nuw nsw i64 %i23.addr.02430, 7
  %932 = or disjoint i64 %931, 128
  %933 = getelementptr inbounds float, ptr %Gm, i64 %932
  %934 = or disjoint i64 %931, 256
  %935 = getelementptr inbounds float, ptr %Gm, i64 %934
  %936 = or disjoint i64 %931, 384
  %937 = getelementptr inbounds float, ptr %Gm, i64 %936
  %938 = or disjoint i64 %931, 512
  %939 = getelementptr inbounds float, ptr %Gm, i64 %938
  %940 = or disjoint i64 %931, 640
  %941 = getelementptr inbounds float, ptr %Gm, i64 %940
  %942 = or disjoint i64 %931, 768
  %943 = getelementptr inbounds float, ptr %Gm, i64 %942
  %944 = or disjoint i64 %931, 896
  %945 = getelementptr inbounds float, ptr %Gm, i64 %944
  br label %p3.head.preheader

p3.head.preheader:                                ; preds = %i23.body, %p3.exit
  %j19.addr.02429 = phi i64 [ 0, %i23.body ], [ %j19.next, %p3.exit ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %j19.addr.02429
  br label %p3.body

p3.body:                                          ; preds = %p3.head.preheader, %p3.body
  %acc.02428 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %953, %p3.body ]
  %acc1.02427 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %959, %p3.body ]
  %acc2.02426 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %965, %p3.body ]
  %acc3.02425 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %971, %p3.body ]
  %acc4.02424 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %977, %p3.body ]
  %acc5.02423 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %983, %p3.body ]
  %acc6.02422 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %989, %p3.body ]
  %acc7.02421 = phi <16 x float> [ zeroinitializer, %p3.head.preheader ], [ %995, %p3.body ]
  %p3.addr.02420 = phi i64 [ 0, %p3.head.preheader ], [ %p3.next, %p3.body ]
  %.idx2376 = shl nuw nsw i64 %p3.addr.02420, 9
  %gep = getelementptr inbounds i8, ptr %invariant.gep, i64 %.idx2376
  %946 = load <16 x float>, ptr %gep, align 4
  %947 = add nuw nsw i64 %p3.addr.02420, %929
  %948 = or disjoint i64 %947, 4096
  %949 = getelementptr inbounds float, ptr %Bk, i64 %948
  %950 = load float, ptr %949, align 4
  %951 = insertelement <16 x float> poison, float %950, i64 0
  %952 = shufflevector <16 x float> %951, <16 x float> poison, <16 x i32> zeroinitializer
  %953 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %952, <16 x float> %946, <16 x float> %acc.02428)
  %954 = or disjoint i64 %947, 4128
  %955 = getelementptr inbounds float, ptr %Bk, i64 %954
  %956 = load float, ptr %955, align 4
  %957 = insertelement <16 x float> poison, float %956, i64 0
  %958 = shufflevector <16 x float> %957, <16 x float> poison, <16 x i32> zeroinitializer
  %959 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %958, <16 x float> %946, <16 x float> %acc1.02427)
  %960 = or disjoint i64 %947, 4160
  %961 = getelementptr inbounds float, ptr %Bk, i64 %960
  %962 = load float, ptr %961, align 4
  %963 = insertelement <16 x float> poison, float %962, i64 0
  %964 = shufflevector <16 x float> %963, <16 x float> poison, <16 x i32> zeroinitializer
  %965 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %964, <16 x float> %946, <16 x float> %acc2.02426)
  %966 = or disjoint i64 %947, 4192
  %967 = getelementptr inbounds float, ptr %Bk, i64 %966
  %968 = load float, ptr %967, align 4
  %969 = insertelement <16 x float> poison, float %968, i64 0
  %970 = shufflevector <16 x float> %969, <16 x float> poison, <16 x i32> zeroinitializer
  %971 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %970, <16 x float> %946, <16 x float> %acc3.02425)
  %972 = or disjoint i64 %947, 4224
  %973 = getelementptr inbounds float, ptr %Bk, i64 %972
  %974 = load float, ptr %973, align 4
  %975 = insertelement <16 x float> poison, float %974, i64 0
  %976 = shufflevector <16 x float> %975, <16 x float> poison, <16 x i32> zeroinitializer
  %977 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %976, <16 x float> %946, <16 x float> %acc4.02424)
  %978 = or disjoint i64 %947, 4256
  %979 = getelementptr inbounds float, ptr %Bk, i64 %978
  %980 = load float, ptr %979, align 4
  %981 = insertelement <16 x float> poison, float %980, i64 0
  %982 = shufflevector <16 x float> %981, <16 x float> poison, <16 x i32> zeroinitializer
  %983 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %982, <16 x float> %946, <16 x float> %acc5.02423)
  %984 = or disjoint i64 %947, 4288
  %985 = getelementptr inbounds float, ptr %Bk, i64 %984
  %986 = load float, ptr %985, align 4
  %987 = insertelement <16 x float> poison, float %986, i64 0
  %988 = shufflevector <16 x float> %987, <16 x float> poison, <16 x i32> zeroinitializer
  %989 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %988, <16 x float> %946, <16 x float> %acc6.02422)
  %990 = or disjoint i64 %947, 4320
  %991 = getelementptr inbounds float, ptr %Bk, i64 %990
  %992 = load float, ptr %991, align 4
  %993 = insertelement <16 x float> poison, float %992, i64 0
  %994 = shufflevector <16 x float> %993, <16 x float> poison, <16 x i32> zeroinitializer
  %995 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %994, <16 x float> %946, <16 x float> %acc7.02421)
  %p3.next = add nuw nsw i64 %p3.addr.02420, 1
  %exitcond2886.not = icmp eq i64 %p3.next, 32
  br i1 %exitcond2886.not, label %p3.exit, label %p3.body

p3.exit:                                          ; preds = %p3.body
  %996 = getelementptr inbounds float, ptr %930, i64 %j19.addr.02429
  store <16 x float> %953, ptr %996, align 4
  %997 = getelementptr inbounds float, ptr %933, i64 %j19.addr.02429
  store <16 x float> %959, ptr %997, align 4
  %998 = getelementptr inbounds float, ptr %935, i64 %j19.addr.02429
  store <16 x float> %965, ptr %998, align 4
  %999 = getelementptr inbounds float, ptr %937, i64 %j19.addr.02429
  store <16 x float> %971, ptr %999, align 4
  %1000 = getelementptr inbounds float, ptr %939, i64 %j19.addr.02429
  store <16 x float> %977, ptr %1000, align 4
  %1001 = getelementptr inbounds float, ptr %941, i64 %j19.addr.02429
  store <16 x float> %983, ptr %1001, align 4
  %1002 = getelementptr inbounds float, ptr %943, i64 %j19.addr.02429
  store <16 x float> %989, ptr %1002, align 4
  %1003 = getelementptr inbounds float, ptr %945, i64 %j19.addr.02429
  store <16 x float> %995, ptr %1003, align 4
  %j19.next = add nuw nsw i64 %j19.addr.02429, 16
  %1004 = icmp ult i64 %j19.next, %928
  br i1 %1004, label %p3.head.preheader, label %i23.head.loopexit

p4.head.preheader:                                ; preds = %i23.head.loopexit, %p4.exit
  %i24.addr.02448 = phi i64 [ %i24.next, %p4.exit ], [ 0, %i23.head.loopexit ]
  %1005 = shl nuw nsw i64 %i24.addr.02448, 5
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc8.02447 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1024, %p4.body ]
  %acc9.02446 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1025, %p4.body ]
  %acc10.02445 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1026, %p4.body ]
  %acc11.02444 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1027, %p4.body ]
  %acc12.02443 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1033, %p4.body ]
  %acc13.02442 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1034, %p4.body ]
  %acc14.02441 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1035, %p4.body ]
  %acc15.02440 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1036, %p4.body ]
  %acc16.02439 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1042, %p4.body ]
  %acc17.02438 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1043, %p4.body ]
  %acc18.02437 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1044, %p4.body ]
  %acc19.02436 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1045, %p4.body ]
  %acc20.02435 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1051, %p4.body ]
  %acc21.02434 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1052, %p4.body ]
  %acc22.02433 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1053, %p4.body ]
  %acc23.02432 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %1054, %p4.body ]
  %p4.addr.02431 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %1006 = shl nuw nsw i64 %p4.addr.02431, 6
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
  %1018 = add nuw nsw i64 %p4.addr.02431, %1005
  %1019 = or disjoint i64 %1018, 4096
  %1020 = getelementptr inbounds float, ptr %Bk, i64 %1019
  %1021 = load float, ptr %1020, align 4
  %1022 = insertelement <16 x float> poison, float %1021, i64 0
  %1023 = shufflevector <16 x float> %1022, <16 x float> poison, <16 x i32> zeroinitializer
  %1024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1023, <16 x float> %1008, <16 x float> %acc8.02447)
  %1025 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1023, <16 x float> %1011, <16 x float> %acc9.02446)
  %1026 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1023, <16 x float> %1014, <16 x float> %acc10.02445)
  %1027 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1023, <16 x float> %1017, <16 x float> %acc11.02444)
  %1028 = or disjoint i64 %1018, 4128
  %1029 = getelementptr inbounds float, ptr %Bk, i64 %1028
  %1030 = load float, ptr %1029, align 4
  %1031 = insertelement <16 x float> poison, float %1030, i64 0
  %1032 = shufflevector <16 x float> %1031, <16 x float> poison, <16 x i32> zeroinitializer
  %1033 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1032, <16 x float> %1008, <16 x float> %acc12.02443)
  %1034 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1032, <16 x float> %1011, <16 x float> %acc13.02442)
  %1035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1032, <16 x float> %1014, <16 x float> %acc14.02441)
  %1036 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1032, <16 x float> %1017, <16 x float> %acc15.02440)
  %1037 = or disjoint i64 %1018, 4160
  %1038 = getelementptr inbounds float, ptr %Bk, i64 %1037
  %1039 = load float, ptr %1038, align 4
  %1040 = insertelement <16 x float> poison, float %1039, i64 0
  %1041 = shufflevector <16 x float> %1040, <16 x float> poison, <16 x i32> zeroinitializer
  %1042 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1008, <16 x float> %acc16.02439)
  %1043 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1011, <16 x float> %acc17.02438)
  %1044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1014, <16 x float> %acc18.02437)
  %1045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1041, <16 x float> %1017, <16 x float> %acc19.02436)
  %1046 = or disjoint i64 %1018, 4192
  %1047 = getelementptr inbounds float, ptr %Bk, i64 %1046
  %1048 = load float, ptr %1047, align 4
  %1049 = insertelement <16 x float> poison, float %1048, i64 0
  %1050 = shufflevector <16 x float> %1049, <16 x float> poison, <16 x i32> zeroinitializer
  %1051 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1050, <16 x float> %1008, <16 x float> %acc20.02435)
  %1052 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1050, <16 x float> %1011, <16 x float> %acc21.02434)
  %1053 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1050, <16 x float> %1014, <16 x float> %acc22.02433)
  %1054 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1050, <16 x float> %1017, <16 x float> %acc23.02432)
  %p4.next = add nuw nsw i64 %p4.addr.02431, 1
  %exitcond2887.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond2887.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %1055 = shl nuw nsw i64 %i24.addr.02448, 6
  %1056 = getelementptr inbounds float, ptr %KSdS, i64 %1055
  store <16 x float> %1024, ptr %1056, align 4
  %1057 = or disjoint i64 %1055, 16
  %1058 = getelementptr inbounds float, ptr %KSdS, i64 %1057
  store <16 x float> %1025, ptr %1058, align 4
  %1059 = or disjoint i64 %1055, 32
  %1060 = getelementptr inbounds float, ptr %KSdS, i64 %1059
  store <16 x float> %1026, ptr %1060, align 4
  %1061 = or disjoint i64 %1055, 48
  %1062 = getelementptr inbounds float, ptr %KSdS, i64 %1061
  store <16 x float> %1027, ptr %1062, align 4
  %1063 = or disjoint i64 %1055, 64
  %1064 = getelementptr inbounds float, ptr %KSdS, i64 %1063
  store <16 x float> %1033, ptr %1064, align 4
  %1065 = or disjoint i64 %1055, 80
  %1066 = getelementptr inbounds float, ptr %KSdS, i64 %1065
  store <16 x float> %1034, ptr %1066, align 4
  %1067 = or disjoint i64 %1055, 96
  %1068 = getelementptr inbounds float, ptr %KSdS, i64 %1067
  store <16 x float> %1035, ptr %1068, align 4
  %1069 = or disjoint i64 %1055, 112
  %1070 = getelementptr inbounds float, ptr %KSdS, i64 %1069
  store <16 x float> %1036, ptr %1070, align 4
  %1071 = or disjoint i64 %1055, 128
  %1072 = getelementptr inbounds float, ptr %KSdS, i64 %1071
  store <16 x float> %1042, ptr %1072, align 4
  %1073 = or disjoint i64 %1055, 144
  %1074 = getelementptr inbounds float, ptr %KSdS, i64 %1073
  store <16 x float> %1043, ptr %1074, align 4
  %1075 = or disjoint i64 %1055, 160
  %1076 = getelementptr inbounds float, ptr %KSdS, i64 %1075
  store <16 x float> %1044, ptr %1076, align 4
  %1077 = or disjoint i64 %1055, 176
  %1078 = getelementptr inbounds float, ptr %KSdS, i64 %1077
  store <16 x float> %1045, ptr %1078, align 4
  %1079 = or disjoint i64 %1055, 192
  %1080 = getelementptr inbounds float, ptr %KSdS, i64 %1079
  store <16 x float> %1051, ptr %1080, align 4
  %1081 = or disjoint i64 %1055, 208
  %1082 = getelementptr inbounds float, ptr %KSdS, i64 %1081
  store <16 x float> %1052, ptr %1082, align 4
  %1083 = or disjoint i64 %1055, 224
  %1084 = getelementptr inbounds float, ptr %KSdS, i64 %1083
  store <16 x float> %1053, ptr %1084, align 4
  %1085 = or disjoint i64 %1055, 240
  %1086 = getelementptr inbounds float, ptr %KSdS, i64 %1085
  store <16 x float> %1054, ptr %1086, align 4
  %i24.next = add nuw nsw i64 %i24.addr.02448, 4
  %1087 = icmp ult i64 %i24.addr.02448, 124
  br i1 %1087, label %p4.head.preheader, label %p5.head.preheader

p5.head.preheader:                                ; preds = %p4.exit, %p5.head.preheader
  %i25.addr.02450 = phi i64 [ %i25.next.3, %p5.head.preheader ], [ 0, %p4.exit ]
  %.idx2668 = shl nsw i64 %i25.addr.02450, 7
  %1088 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2668
  %1089 = load <16 x float>, ptr %1088, align 4
  %.idx2669 = shl nsw i64 %i25.addr.02450, 8
  %1090 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2669
  %1091 = load <16 x float>, ptr %1090, align 4
  %1092 = fsub <16 x float> %1089, %1091
  store <16 x float> %1092, ptr %1088, align 4
  %1093 = getelementptr inbounds i8, ptr %23, i64 %.idx2668
  %1094 = load <16 x float>, ptr %1093, align 4
  %1095 = getelementptr inbounds i8, ptr %24, i64 %.idx2669
  %1096 = load <16 x float>, ptr %1095, align 4
  %1097 = fsub <16 x float> %1094, %1096
  store <16 x float> %1097, ptr %1093, align 4
  %i25.next = or disjoint i64 %i25.addr.02450, 1
  %.idx2668.1 = shl nsw i64 %i25.next, 7
  %1098 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2668.1
  %1099 = load <16 x float>, ptr %1098, align 4
  %.idx2669.1 = shl nsw i64 %i25.next, 8
  %1100 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2669.1
  %1101 = load <16 x float>, ptr %1100, align 4
  %1102 = fsub <16 x float> %1099, %1101
  store <16 x float> %1102, ptr %1098, align 4
  %1103 = getelementptr inbounds i8, ptr %23, i64 %.idx2668.1
  %1104 = load <16 x float>, ptr %1103, align 4
  %1105 = getelementptr inbounds i8, ptr %24, i64 %.idx2669.1
  %1106 = load <16 x float>, ptr %1105, align 4
  %1107 = fsub <16 x float> %1104, %1106
  store <16 x float> %1107, ptr %1103, align 4
  %i25.next.1 = or disjoint i64 %i25.addr.02450, 2
  %.idx2668.2 = shl nsw i64 %i25.next.1, 7
  %1108 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2668.2
  %1109 = load <16 x float>, ptr %1108, align 4
  %.idx2669.2 = shl nsw i64 %i25.next.1, 8
  %1110 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2669.2
  %1111 = load <16 x float>, ptr %1110, align 4
  %1112 = fsub <16 x float> %1109, %1111
  store <16 x float> %1112, ptr %1108, align 4
  %1113 = getelementptr inbounds i8, ptr %23, i64 %.idx2668.2
  %1114 = load <16 x float>, ptr %1113, align 4
  %1115 = getelementptr inbounds i8, ptr %24, i64 %.idx2669.2
  %1116 = load <16 x float>, ptr %1115, align 4
  %1117 = fsub <16 x float> %1114, %1116
  store <16 x float> %1117, ptr %1113, align 4
  %i25.next.2 = or disjoint i64 %i25.addr.02450, 3
  %.idx2668.3 = shl nsw i64 %i25.next.2, 7
  %1118 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2668.3
  %1119 = load <16 x float>, ptr %1118, align 4
  %.idx2669.3 = shl nsw i64 %i25.next.2, 8
  %1120 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2669.3
  %1121 = load <16 x float>, ptr %1120, align 4
  %1122 = fsub <16 x float> %1119, %1121
  store <16 x float> %1122, ptr %1118, align 4
  %1123 = getelementptr inbounds i8, ptr %23, i64 %.idx2668.3
  %1124 = load <16 x float>, ptr %1123, align 4
  %1125 = getelementptr inbounds i8, ptr %24, i64 %.idx2669.3
  %1126 = load <16 x float>, ptr %1125, align 4
  %1127 = fsub <16 x float> %1124, %1126
  store <16 x float> %1127, ptr %1123, align 4
  %i25.next.3 = add nuw nsw i64 %i25.addr.02450, 4
  %exitcond2888.not.3 = icmp eq i64 %i25.next.3, 128
  br i1 %exitcond2888.not.3, label %ib.body, label %p5.head.preheader

ib.body:                                          ; preds = %p5.head.preheader, %j21.exit
  %ib.addr.02467 = phi i64 [ %ib.next, %j21.exit ], [ 0, %p5.head.preheader ]
  %1128 = shl nuw nsw i64 %ib.addr.02467, 2
  %umax3477 = tail call i64 @llvm.umax.i64(i64 %1128, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02467, 2
  %.not2670 = icmp eq i64 %ib.addr.02467, 0
  br i1 %.not2670, label %j21.exit, label %j21.body.lr.ph

j21.body.lr.ph:                                   ; preds = %ib.body
  %.idx2374 = shl nuw nsw i64 %ib.addr.02467, 11
  %1129 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2374
  %1130 = shl nuw nsw i64 %ib.addr.02467, 9
  %1131 = or disjoint i64 %1130, 128
  %1132 = getelementptr inbounds float, ptr %Gm, i64 %1131
  %1133 = or disjoint i64 %1130, 256
  %1134 = getelementptr inbounds float, ptr %Gm, i64 %1133
  %1135 = or disjoint i64 %1130, 384
  %1136 = getelementptr inbounds float, ptr %Gm, i64 %1135
  %xtraiter = and i64 %umax3477, 1
  %1137 = icmp eq i64 %umax3477, 1
  br i1 %1137, label %j21.exit.loopexit.unr-lcssa, label %j21.body.lr.ph.new

j21.body.lr.ph.new:                               ; preds = %j21.body.lr.ph
  %unroll_iter = and i64 %umax3477, 9223372036854775804
  br label %j21.body

j21.body:                                         ; preds = %j21.body, %j21.body.lr.ph.new
  %acc24.02459 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1178, %j21.body ]
  %acc25.02458 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1179, %j21.body ]
  %acc26.02457 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1184, %j21.body ]
  %acc27.02456 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1185, %j21.body ]
  %acc28.02455 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1190, %j21.body ]
  %acc29.02454 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1191, %j21.body ]
  %acc30.02453 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1196, %j21.body ]
  %acc31.02452 = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph.new ], [ %1197, %j21.body ]
  %j21.addr.02451 = phi i64 [ 0, %j21.body.lr.ph.new ], [ %j21.next.1, %j21.body ]
  %niter = phi i64 [ 0, %j21.body.lr.ph.new ], [ %niter.next.1, %j21.body ]
  %1138 = shl nsw i64 %j21.addr.02451, 5
  %1139 = getelementptr inbounds float, ptr %Vn, i64 %1138
  %1140 = load <16 x float>, ptr %1139, align 4
  %1141 = or disjoint i64 %1138, 16
  %1142 = getelementptr inbounds float, ptr %Vn, i64 %1141
  %1143 = load <16 x float>, ptr %1142, align 4
  %1144 = getelementptr inbounds float, ptr %1129, i64 %j21.addr.02451
  %1145 = load float, ptr %1144, align 4
  %1146 = insertelement <16 x float> poison, float %1145, i64 0
  %1147 = shufflevector <16 x float> %1146, <16 x float> poison, <16 x i32> zeroinitializer
  %1148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1147, <16 x float> %1140, <16 x float> %acc24.02459)
  %1149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1147, <16 x float> %1143, <16 x float> %acc25.02458)
  %1150 = getelementptr inbounds float, ptr %1132, i64 %j21.addr.02451
  %1151 = load float, ptr %1150, align 4
  %1152 = insertelement <16 x float> poison, float %1151, i64 0
  %1153 = shufflevector <16 x float> %1152, <16 x float> poison, <16 x i32> zeroinitializer
  %1154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1153, <16 x float> %1140, <16 x float> %acc26.02457)
  %1155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1153, <16 x float> %1143, <16 x float> %acc27.02456)
  %1156 = getelementptr inbounds float, ptr %1134, i64 %j21.addr.02451
  %1157 = load float, ptr %1156, align 4
  %1158 = insertelement <16 x float> poison, float %1157, i64 0
  %1159 = shufflevector <16 x float> %1158, <16 x float> poison, <16 x i32> zeroinitializer
  %1160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1140, <16 x float> %acc28.02455)
  %1161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1159, <16 x float> %1143, <16 x float> %acc29.02454)
  %1162 = getelementptr inbounds float, ptr %1136, i64 %j21.addr.02451
  %1163 = load float, ptr %1162, align 4
  %1164 = insertelement <16 x float> poison, float %1163, i64 0
  %1165 = shufflevector <16 x float> %1164, <16 x float> poison, <16 x i32> zeroinitializer
  %1166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1165, <16 x float> %1140, <16 x float> %acc30.02453)
  %1167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1165, <16 x float> %1143, <16 x float> %acc31.02452)
  %j21.next = or disjoint i64 %j21.addr.02451, 1
  %1168 = shl nsw i64 %j21.next, 5
  %1169 = getelementptr inbounds float, ptr %Vn, i64 %1168
  %1170 = load <16 x float>, ptr %1169, align 4
  %1171 = or disjoint i64 %1168, 16
  %1172 = getelementptr inbounds float, ptr %Vn, i64 %1171
  %1173 = load <16 x float>, ptr %1172, align 4
  %1174 = getelementptr inbounds float, ptr %1129, i64 %j21.next
  %1175 = load float, ptr %1174, align 4
  %1176 = insertelement <16 x float> poison, float %1175, i64 0
  %1177 = shufflevector <16 x float> %1176, <16 x float> poison, <16 x i32> zeroinitializer
  %1178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1177, <16 x float> %1170, <16 x float> %1148)
  %1179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1177, <16 x float> %1173, <16 x float> %1149)
  %1180 = getelementptr inbounds float, ptr %1132, i64 %j21.next
  %1181 = load float, ptr %1180, align 4
  %1182 = insertelement <16 x float> poison, float %1181, i64 0
  %1183 = shufflevector <16 x float> %1182, <16 x float> poison, <16 x i32> zeroinitializer
  %1184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1183, <16 x float> %1170, <16 x float> %1154)
  %1185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1183, <16 x float> %1173, <16 x float> %1155)
  %1186 = getelementptr inbounds float, ptr %1134, i64 %j21.next
  %1187 = load float, ptr %1186, align 4
  %1188 = insertelement <16 x float> poison, float %1187, i64 0
  %1189 = shufflevector <16 x float> %1188, <16 x float> poison, <16 x i32> zeroinitializer
  %1190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1189, <16 x float> %1170, <16 x float> %1160)
  %1191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1189, <16 x float> %1173, <16 x float> %1161)
  %1192 = getelementptr inbounds float, ptr %1136, i64 %j21.next
  %1193 = load float, ptr %1192, align 4
  %1194 = insertelement <16 x float> poison, float %1193, i64 0
  %1195 = shufflevector <16 x float> %1194, <16 x float> poison, <16 x i32> zeroinitializer
  %1196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1195, <16 x float> %1170, <16 x float> %1166)
  %1197 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1195, <16 x float> %1173, <16 x float> %1167)
  %j21.next.1 = add nuw nsw i64 %j21.addr.02451, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j21.exit.loopexit.unr-lcssa, label %j21.body

j21.exit.loopexit.unr-lcssa:                      ; preds = %j21.body, %j21.body.lr.ph
  %.lcssa3348.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1178, %j21.body ]
  %.lcssa3347.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1179, %j21.body ]
  %.lcssa3346.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1184, %j21.body ]
  %.lcssa3345.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1185, %j21.body ]
  %.lcssa3344.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1190, %j21.body ]
  %.lcssa3343.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1191, %j21.body ]
  %.lcssa3342.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1196, %j21.body ]
  %.lcssa3341.ph = phi <16 x float> [ poison, %j21.body.lr.ph ], [ %1197, %j21.body ]
  %acc24.02459.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1178, %j21.body ]
  %acc25.02458.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1179, %j21.body ]
  %acc26.02457.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1184, %j21.body ]
  %acc27.02456.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1185, %j21.body ]
  %acc28.02455.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1190, %j21.body ]
  %acc29.02454.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1191, %j21.body ]
  %acc30.02453.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1196, %j21.body ]
  %acc31.02452.unr = phi <16 x float> [ zeroinitializer, %j21.body.lr.ph ], [ %1197, %j21.body ]
  %j21.addr.02451.unr = phi i64 [ 0, %j21.body.lr.ph ], [ %j21.next.1, %j21.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j21.exit, label %j21.body.epil

j21.body.epil:                                    ; preds = %j21.exit.loopexit.unr-lcssa
  %1198 = shl nsw i64 %j21.addr.02451.unr, 5
  %1199 = getelementptr inbounds float, ptr %Vn, i64 %1198
  %1200 = load <16 x float>, ptr %1199, align 4
  %1201 = or disjoint i64 %1198, 16
  %1202 = getelementptr inbounds float, ptr %Vn, i64 %1201
  %1203 = load <16 x float>, ptr %1202, align 4
  %1204 = getelementptr inbounds float, ptr %1129, i64 %j21.addr.02451.unr
  %1205 = load float, ptr %1204, align 4
  %1206 = insertelement <16 x float> poison, float %1205, i64 0
  %1207 = shufflevector <16 x float> %1206, <16 x float> poison, <16 x i32> zeroinitializer
  %1208 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1207, <16 x float> %1200, <16 x float> %acc24.02459.unr)
  %1209 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1207, <16 x float> %1203, <16 x float> %acc25.02458.unr)
  %1210 = getelementptr inbounds float, ptr %1132, i64 %j21.addr.02451.unr
  %1211 = load float, ptr %1210, align 4
  %1212 = insertelement <16 x float> poison, float %1211, i64 0
  %1213 = shufflevector <16 x float> %1212, <16 x float> poison, <16 x i32> zeroinitializer
  %1214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1213, <16 x float> %1200, <16 x float> %acc26.02457.unr)
  %1215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1213, <16 x float> %1203, <16 x float> %acc27.02456.unr)
  %1216 = getelementptr inbounds float, ptr %1134, i64 %j21.addr.02451.unr
  %1217 = load float, ptr %1216, align 4
  %1218 = insertelement <16 x float> poison, float %1217, i64 0
  %1219 = shufflevector <16 x float> %1218, <16 x float> poison, <16 x i32> zeroinitializer
  %1220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1219, <16 x float> %1200, <16 x float> %acc28.02455.unr)
  %1221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1219, <16 x float> %1203, <16 x float> %acc29.02454.unr)
  %1222 = getelementptr inbounds float, ptr %1136, i64 %j21.addr.02451.unr
  %1223 = load float, ptr %1222, align 4
  %1224 = insertelement <16 x float> poison, float %1223, i64 0
  %1225 = shufflevector <16 x float> %1224, <16 x float> poison, <16 x i32> zeroinitializer
  %1226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1200, <16 x float> %acc30.02453.unr)
  %1227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1225, <16 x float> %1203, <16 x float> %acc31.02452.unr)
  br label %j21.exit

j21.exit:                                         ; preds = %j21.body.epil, %j21.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3341.ph, %j21.exit.loopexit.unr-lcssa ], [ %1227, %j21.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3342.ph, %j21.exit.loopexit.unr-lcssa ], [ %1226, %j21.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3343.ph, %j21.exit.loopexit.unr-lcssa ], [ %1221, %j21.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3344.ph, %j21.exit.loopexit.unr-lcssa ], [ %1220, %j21.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3345.ph, %j21.exit.loopexit.unr-lcssa ], [ %1215, %j21.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3346.ph, %j21.exit.loopexit.unr-lcssa ], [ %1214, %j21.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3347.ph, %j21.exit.loopexit.unr-lcssa ], [ %1209, %j21.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3348.ph, %j21.exit.loopexit.unr-lcssa ], [ %1208, %j21.body.epil ]
  %1228 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1229 = load float, ptr %1228, align 4
  %1230 = shl nuw nsw i64 %ib.addr.02467, 7
  %1231 = getelementptr inbounds float, ptr %Rr, i64 %1230
  %1232 = load <16 x float>, ptr %1231, align 4
  %1233 = fsub <16 x float> %1232, %acc24.0.lcssa
  store <16 x float> %1233, ptr %1231, align 4
  %1234 = insertelement <16 x float> poison, float %1229, i64 0
  %1235 = shufflevector <16 x float> %1234, <16 x float> poison, <16 x i32> zeroinitializer
  %1236 = fmul <16 x float> %1235, %1233
  %1237 = getelementptr inbounds float, ptr %Vn, i64 %1230
  store <16 x float> %1236, ptr %1237, align 4
  %1238 = shl nuw nsw i64 %ib.addr.02467, 10
  %1239 = getelementptr inbounds float, ptr %Ak, i64 %1238
  store <16 x float> %1236, ptr %1239, align 4
  %1240 = or disjoint i64 %1230, 16
  %1241 = getelementptr inbounds float, ptr %Rr, i64 %1240
  %1242 = load <16 x float>, ptr %1241, align 4
  %1243 = fsub <16 x float> %1242, %acc25.0.lcssa
  store <16 x float> %1243, ptr %1241, align 4
  %1244 = fmul <16 x float> %1235, %1243
  %1245 = getelementptr inbounds float, ptr %Vn, i64 %1240
  store <16 x float> %1244, ptr %1245, align 4
  %1246 = or disjoint i64 %1238, 16
  %1247 = getelementptr inbounds float, ptr %Ak, i64 %1246
  store <16 x float> %1244, ptr %1247, align 4
  %i26 = or disjoint i64 %i0, 1
  %.idx2671 = shl nsw i64 %i26, 9
  %1248 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2671
  %1249 = getelementptr inbounds float, ptr %1248, i64 %i0
  %1250 = load float, ptr %1249, align 4
  %1251 = insertelement <16 x float> poison, float %1250, i64 0
  %1252 = shufflevector <16 x float> %1251, <16 x float> poison, <16 x i32> zeroinitializer
  %1253 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1252, <16 x float> %1236, <16 x float> %acc26.0.lcssa)
  %1254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1252, <16 x float> %1244, <16 x float> %acc27.0.lcssa)
  %1255 = getelementptr inbounds float, ptr %bet, i64 %i26
  %1256 = load float, ptr %1255, align 4
  %1257 = shl nuw nsw i64 %i26, 5
  %1258 = getelementptr inbounds float, ptr %Rr, i64 %1257
  %1259 = load <16 x float>, ptr %1258, align 4
  %1260 = fsub <16 x float> %1259, %1253
  store <16 x float> %1260, ptr %1258, align 4
  %1261 = insertelement <16 x float> poison, float %1256, i64 0
  %1262 = shufflevector <16 x float> %1261, <16 x float> poison, <16 x i32> zeroinitializer
  %1263 = fmul <16 x float> %1262, %1260
  %1264 = getelementptr inbounds float, ptr %Vn, i64 %1257
  store <16 x float> %1263, ptr %1264, align 4
  %1265 = shl nuw nsw i64 %i26, 8
  %1266 = getelementptr inbounds float, ptr %Ak, i64 %1265
  store <16 x float> %1263, ptr %1266, align 4
  %1267 = or disjoint i64 %1257, 16
  %1268 = getelementptr inbounds float, ptr %Rr, i64 %1267
  %1269 = load <16 x float>, ptr %1268, align 4
  %1270 = fsub <16 x float> %1269, %1254
  store <16 x float> %1270, ptr %1268, align 4
  %1271 = fmul <16 x float> %1262, %1270
  %1272 = getelementptr inbounds float, ptr %Vn, i64 %1267
  store <16 x float> %1271, ptr %1272, align 4
  %1273 = or disjoint i64 %1265, 16
  %1274 = getelementptr inbounds float, ptr %Ak, i64 %1273
  store <16 x float> %1271, ptr %1274, align 4
  %i27 = or disjoint i64 %i0, 2
  %1275 = shl nuw nsw i64 %i27, 7
  %1276 = or disjoint i64 %1275, %i0
  %1277 = getelementptr inbounds float, ptr %Gm, i64 %1276
  %1278 = load float, ptr %1277, align 4
  %1279 = insertelement <16 x float> poison, float %1278, i64 0
  %1280 = shufflevector <16 x float> %1279, <16 x float> poison, <16 x i32> zeroinitializer
  %1281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1280, <16 x float> %1236, <16 x float> %acc28.0.lcssa)
  %1282 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1280, <16 x float> %1244, <16 x float> %acc29.0.lcssa)
  %1283 = or disjoint i64 %1275, %i26
  %1284 = getelementptr inbounds float, ptr %Gm, i64 %1283
  %1285 = load float, ptr %1284, align 4
  %1286 = insertelement <16 x float> poison, float %1285, i64 0
  %1287 = shufflevector <16 x float> %1286, <16 x float> poison, <16 x i32> zeroinitializer
  %1288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1287, <16 x float> %1263, <16 x float> %1281)
  %1289 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1287, <16 x float> %1271, <16 x float> %1282)
  %1290 = getelementptr inbounds float, ptr %bet, i64 %i27
  %1291 = load float, ptr %1290, align 4
  %1292 = shl nuw nsw i64 %i27, 5
  %1293 = getelementptr inbounds float, ptr %Rr, i64 %1292
  %1294 = load <16 x float>, ptr %1293, align 4
  %1295 = fsub <16 x float> %1294, %1288
  store <16 x float> %1295, ptr %1293, align 4
  %1296 = insertelement <16 x float> poison, float %1291, i64 0
  %1297 = shufflevector <16 x float> %1296, <16 x float> poison, <16 x i32> zeroinitializer
  %1298 = fmul <16 x float> %1297, %1295
  %1299 = getelementptr inbounds float, ptr %Vn, i64 %1292
  store <16 x float> %1298, ptr %1299, align 4
  %1300 = shl nuw nsw i64 %i27, 8
  %1301 = getelementptr inbounds float, ptr %Ak, i64 %1300
  store <16 x float> %1298, ptr %1301, align 4
  %1302 = or disjoint i64 %1292, 16
  %1303 = getelementptr inbounds float, ptr %Rr, i64 %1302
  %1304 = load <16 x float>, ptr %1303, align 4
  %1305 = fsub <16 x float> %1304, %1289
  store <16 x float> %1305, ptr %1303, align 4
  %1306 = fmul <16 x float> %1297, %1305
  %1307 = getelementptr inbounds float, ptr %Vn, i64 %1302
  store <16 x float> %1306, ptr %1307, align 4
  %1308 = or disjoint i64 %1300, 16
  %1309 = getelementptr inbounds float, ptr %Ak, i64 %1308
  store <16 x float> %1306, ptr %1309, align 4
  %i28 = or disjoint i64 %i0, 3
  %1310 = shl nuw nsw i64 %i28, 7
  %1311 = or disjoint i64 %1310, %i0
  %1312 = getelementptr inbounds float, ptr %Gm, i64 %1311
  %1313 = load float, ptr %1312, align 4
  %1314 = insertelement <16 x float> poison, float %1313, i64 0
  %1315 = shufflevector <16 x float> %1314, <16 x float> poison, <16 x i32> zeroinitializer
  %1316 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1315, <16 x float> %1236, <16 x float> %acc30.0.lcssa)
  %1317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1315, <16 x float> %1244, <16 x float> %acc31.0.lcssa)
  %1318 = or disjoint i64 %1310, %i26
  %1319 = getelementptr inbounds float, ptr %Gm, i64 %1318
  %1320 = load float, ptr %1319, align 4
  %1321 = insertelement <16 x float> poison, float %1320, i64 0
  %1322 = shufflevector <16 x float> %1321, <16 x float> poison, <16 x i32> zeroinitializer
  %1323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1263, <16 x float> %1316)
  %1324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1271, <16 x float> %1317)
  %1325 = or disjoint i64 %1310, %i27
  %1326 = getelementptr inbounds float, ptr %Gm, i64 %1325
  %1327 = load float, ptr %1326, align 4
  %1328 = insertelement <16 x float> poison, float %1327, i64 0
  %1329 = shufflevector <16 x float> %1328, <16 x float> poison, <16 x i32> zeroinitializer
  %1330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1329, <16 x float> %1298, <16 x float> %1323)
  %1331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1329, <16 x float> %1306, <16 x float> %1324)
  %1332 = getelementptr inbounds float, ptr %bet, i64 %i28
  %1333 = load float, ptr %1332, align 4
  %1334 = shl nuw nsw i64 %i28, 5
  %1335 = getelementptr inbounds float, ptr %Rr, i64 %1334
  %1336 = load <16 x float>, ptr %1335, align 4
  %1337 = fsub <16 x float> %1336, %1330
  store <16 x float> %1337, ptr %1335, align 4
  %1338 = insertelement <16 x float> poison, float %1333, i64 0
  %1339 = shufflevector <16 x float> %1338, <16 x float> poison, <16 x i32> zeroinitializer
  %1340 = fmul <16 x float> %1339, %1337
  %1341 = getelementptr inbounds float, ptr %Vn, i64 %1334
  store <16 x float> %1340, ptr %1341, align 4
  %1342 = shl nuw nsw i64 %i28, 8
  %1343 = getelementptr inbounds float, ptr %Ak, i64 %1342
  store <16 x float> %1340, ptr %1343, align 4
  %1344 = or disjoint i64 %1334, 16
  %1345 = getelementptr inbounds float, ptr %Rr, i64 %1344
  %1346 = load <16 x float>, ptr %1345, align 4
  %1347 = fsub <16 x float> %1346, %1331
  store <16 x float> %1347, ptr %1345, align 4
  %1348 = fmul <16 x float> %1339, %1347
  %1349 = getelementptr inbounds float, ptr %Vn, i64 %1344
  store <16 x float> %1348, ptr %1349, align 4
  %1350 = or disjoint i64 %1342, 16
  %1351 = getelementptr inbounds float, ptr %Ak, i64 %1350
  store <16 x float> %1348, ptr %1351, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02467, 1
  %exitcond2890.not = icmp eq i64 %ib.next, 32
  br i1 %exitcond2890.not, label %j22.head.preheader, label %ib.body

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i29.addr.02469 = phi i64 [ %i29.next, %j22.exit ], [ 0, %j21.exit ]
  %1352 = shl nuw nsw i64 %i29.addr.02469, 5
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %1353 = phi i1 [ true, %j22.head.preheader ], [ false, %j22.body ]
  %j22.addr.02468 = phi i64 [ 0, %j22.head.preheader ], [ 16, %j22.body ]
  %1354 = or disjoint i64 %j22.addr.02468, %1352
  %1355 = getelementptr inbounds float, ptr %Vn, i64 %1354
  %1356 = load <16 x float>, ptr %1355, align 4
  %1357 = or disjoint i64 %1354, 256
  %1358 = getelementptr inbounds float, ptr %Vn, i64 %1357
  %1359 = load <16 x float>, ptr %1358, align 4
  %1360 = or disjoint i64 %1354, 32
  %1361 = getelementptr inbounds float, ptr %Vn, i64 %1360
  %1362 = load <16 x float>, ptr %1361, align 4
  %1363 = or disjoint i64 %1354, 288
  %1364 = getelementptr inbounds float, ptr %Vn, i64 %1363
  %1365 = load <16 x float>, ptr %1364, align 4
  %1366 = or disjoint i64 %1354, 64
  %1367 = getelementptr inbounds float, ptr %Vn, i64 %1366
  %1368 = load <16 x float>, ptr %1367, align 4
  %1369 = or disjoint i64 %1354, 320
  %1370 = getelementptr inbounds float, ptr %Vn, i64 %1369
  %1371 = load <16 x float>, ptr %1370, align 4
  %1372 = or disjoint i64 %1354, 96
  %1373 = getelementptr inbounds float, ptr %Vn, i64 %1372
  %1374 = load <16 x float>, ptr %1373, align 4
  %1375 = or disjoint i64 %1354, 352
  %1376 = getelementptr inbounds float, ptr %Vn, i64 %1375
  %1377 = load <16 x float>, ptr %1376, align 4
  %1378 = or disjoint i64 %1354, 128
  %1379 = getelementptr inbounds float, ptr %Vn, i64 %1378
  %1380 = load <16 x float>, ptr %1379, align 4
  %1381 = or disjoint i64 %1354, 384
  %1382 = getelementptr inbounds float, ptr %Vn, i64 %1381
  %1383 = load <16 x float>, ptr %1382, align 4
  %1384 = or disjoint i64 %1354, 160
  %1385 = getelementptr inbounds float, ptr %Vn, i64 %1384
  %1386 = load <16 x float>, ptr %1385, align 4
  %1387 = or disjoint i64 %1354, 416
  %1388 = getelementptr inbounds float, ptr %Vn, i64 %1387
  %1389 = load <16 x float>, ptr %1388, align 4
  %1390 = or disjoint i64 %1354, 192
  %1391 = getelementptr inbounds float, ptr %Vn, i64 %1390
  %1392 = load <16 x float>, ptr %1391, align 4
  %1393 = or disjoint i64 %1354, 448
  %1394 = getelementptr inbounds float, ptr %Vn, i64 %1393
  %1395 = load <16 x float>, ptr %1394, align 4
  %1396 = or disjoint i64 %1354, 224
  %1397 = getelementptr inbounds float, ptr %Vn, i64 %1396
  %1398 = load <16 x float>, ptr %1397, align 4
  %1399 = or disjoint i64 %1354, 480
  %1400 = getelementptr inbounds float, ptr %Vn, i64 %1399
  %1401 = load <16 x float>, ptr %1400, align 4
  %1402 = shufflevector <16 x float> %1356, <16 x float> %1359, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1403 = shufflevector <16 x float> %1380, <16 x float> %1383, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1404 = shufflevector <16 x float> %1362, <16 x float> %1365, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1405 = shufflevector <16 x float> %1386, <16 x float> %1389, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1406 = shufflevector <16 x float> %1368, <16 x float> %1371, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1407 = shufflevector <16 x float> %1392, <16 x float> %1395, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1408 = shufflevector <16 x float> %1374, <16 x float> %1377, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1409 = shufflevector <16 x float> %1398, <16 x float> %1401, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1410 = shufflevector <16 x float> %1356, <16 x float> %1359, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1411 = shufflevector <16 x float> %1380, <16 x float> %1383, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1412 = shufflevector <16 x float> %1362, <16 x float> %1365, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1413 = shufflevector <16 x float> %1386, <16 x float> %1389, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1414 = shufflevector <16 x float> %1368, <16 x float> %1371, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1415 = shufflevector <16 x float> %1392, <16 x float> %1395, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1416 = shufflevector <16 x float> %1374, <16 x float> %1377, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1417 = shufflevector <16 x float> %1398, <16 x float> %1401, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1418 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1419 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1420 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1421 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1422 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1423 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1424 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1425 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1426 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1427 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1428 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1429 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1430 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1431 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1432 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1433 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1434 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1435 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1436 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1437 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1438 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1439 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1440 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1441 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1442 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1443 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1444 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1445 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1446 = shufflevector <16 x float> %1430, <16 x float> %1431, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1447 = shufflevector <16 x float> %1432, <16 x float> %1433, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1448 = shufflevector <16 x float> %1430, <16 x float> %1431, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1449 = shufflevector <16 x float> %1432, <16 x float> %1433, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1450 = shufflevector <16 x float> %1434, <16 x float> %1435, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1451 = shl nuw nsw i64 %j22.addr.02468, 7
  %1452 = add nuw nsw i64 %1451, %i29.addr.02469
  %1453 = getelementptr inbounds float, ptr %VnT, i64 %1452
  store <16 x float> %1450, ptr %1453, align 4
  %1454 = shufflevector <16 x float> %1434, <16 x float> %1435, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1455 = or disjoint i64 %1452, 128
  %1456 = getelementptr inbounds float, ptr %VnT, i64 %1455
  store <16 x float> %1454, ptr %1456, align 4
  %1457 = shufflevector <16 x float> %1436, <16 x float> %1437, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1458 = or disjoint i64 %1452, 256
  %1459 = getelementptr inbounds float, ptr %VnT, i64 %1458
  store <16 x float> %1457, ptr %1459, align 4
  %1460 = shufflevector <16 x float> %1436, <16 x float> %1437, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1461 = or disjoint i64 %1452, 384
  %1462 = getelementptr inbounds float, ptr %VnT, i64 %1461
  store <16 x float> %1460, ptr %1462, align 4
  %1463 = shufflevector <16 x float> %1438, <16 x float> %1439, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1464 = or disjoint i64 %1452, 512
  %1465 = getelementptr inbounds float, ptr %VnT, i64 %1464
  store <16 x float> %1463, ptr %1465, align 4
  %1466 = shufflevector <16 x float> %1438, <16 x float> %1439, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1467 = or disjoint i64 %1452, 640
  %1468 = getelementptr inbounds float, ptr %VnT, i64 %1467
  store <16 x float> %1466, ptr %1468, align 4
  %1469 = shufflevector <16 x float> %1440, <16 x float> %1441, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1470 = or disjoint i64 %1452, 768
  %1471 = getelementptr inbounds float, ptr %VnT, i64 %1470
  store <16 x float> %1469, ptr %1471, align 4
  %1472 = shufflevector <16 x float> %1440, <16 x float> %1441, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1473 = or disjoint i64 %1452, 896
  %1474 = getelementptr inbounds float, ptr %VnT, i64 %1473
  store <16 x float> %1472, ptr %1474, align 4
  %1475 = shufflevector <16 x float> %1442, <16 x float> %1443, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1476 = or disjoint i64 %1452, 1024
  %1477 = getelementptr inbounds float, ptr %VnT, i64 %1476
  store <16 x float> %1475, ptr %1477, align 4
  %1478 = shufflevector <16 x float> %1442, <16 x float> %1443, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1479 = or disjoint i64 %1452, 1152
  %1480 = getelementptr inbounds float, ptr %VnT, i64 %1479
  store <16 x float> %1478, ptr %1480, align 4
  %1481 = shufflevector <16 x float> %1444, <16 x float> %1445, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1482 = or disjoint i64 %1452, 1280
  %1483 = getelementptr inbounds float, ptr %VnT, i64 %1482
  store <16 x float> %1481, ptr %1483, align 4
  %1484 = shufflevector <16 x float> %1444, <16 x float> %1445, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1485 = or disjoint i64 %1452, 1408
  %1486 = getelementptr inbounds float, ptr %VnT, i64 %1485
  store <16 x float> %1484, ptr %1486, align 4
  %1487 = shufflevector <16 x float> %1446, <16 x float> %1447, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1488 = or disjoint i64 %1452, 1536
  %1489 = getelementptr inbounds float, ptr %VnT, i64 %1488
  store <16 x float> %1487, ptr %1489, align 4
  %1490 = shufflevector <16 x float> %1446, <16 x float> %1447, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1491 = or disjoint i64 %1452, 1664
  %1492 = getelementptr inbounds float, ptr %VnT, i64 %1491
  store <16 x float> %1490, ptr %1492, align 4
  %1493 = shufflevector <16 x float> %1448, <16 x float> %1449, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1494 = or disjoint i64 %1452, 1792
  %1495 = getelementptr inbounds float, ptr %VnT, i64 %1494
  store <16 x float> %1493, ptr %1495, align 4
  %1496 = shufflevector <16 x float> %1448, <16 x float> %1449, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1497 = or disjoint i64 %1452, 1920
  %1498 = getelementptr inbounds float, ptr %VnT, i64 %1497
  store <16 x float> %1496, ptr %1498, align 4
  br i1 %1353, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i29.next = add nuw nsw i64 %i29.addr.02469, 16
  %1499 = icmp ult i64 %i29.addr.02469, 112
  br i1 %1499, label %j22.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %j22.exit, %p6.exit
  %i30.addr.02487 = phi i64 [ %i30.next, %p6.exit ], [ 0, %j22.exit ]
  %1500 = shl nuw nsw i64 %i30.addr.02487, 5
  br label %p6.body

p6.body:                                          ; preds = %p6.head.preheader, %p6.body
  %acc32.02486 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1519, %p6.body ]
  %acc33.02485 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1520, %p6.body ]
  %acc34.02484 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1521, %p6.body ]
  %acc35.02483 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1522, %p6.body ]
  %acc36.02482 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1528, %p6.body ]
  %acc37.02481 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1529, %p6.body ]
  %acc38.02480 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1530, %p6.body ]
  %acc39.02479 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1531, %p6.body ]
  %acc40.02478 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1537, %p6.body ]
  %acc41.02477 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1538, %p6.body ]
  %acc42.02476 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1539, %p6.body ]
  %acc43.02475 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1540, %p6.body ]
  %acc44.02474 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1546, %p6.body ]
  %acc45.02473 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1547, %p6.body ]
  %acc46.02472 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1548, %p6.body ]
  %acc47.02471 = phi <16 x float> [ zeroinitializer, %p6.head.preheader ], [ %1549, %p6.body ]
  %p6.addr.02470 = phi i64 [ 0, %p6.head.preheader ], [ %p6.next, %p6.body ]
  %1501 = shl nuw nsw i64 %p6.addr.02470, 6
  %1502 = getelementptr inbounds float, ptr %QcT, i64 %1501
  %1503 = load <16 x float>, ptr %1502, align 4
  %1504 = or disjoint i64 %1501, 16
  %1505 = getelementptr inbounds float, ptr %QcT, i64 %1504
  %1506 = load <16 x float>, ptr %1505, align 4
  %1507 = or disjoint i64 %1501, 32
  %1508 = getelementptr inbounds float, ptr %QcT, i64 %1507
  %1509 = load <16 x float>, ptr %1508, align 4
  %1510 = or disjoint i64 %1501, 48
  %1511 = getelementptr inbounds float, ptr %QcT, i64 %1510
  %1512 = load <16 x float>, ptr %1511, align 4
  %1513 = add nuw nsw i64 %p6.addr.02470, %1500
  %1514 = or disjoint i64 %1513, 4096
  %1515 = getelementptr inbounds float, ptr %Bk, i64 %1514
  %1516 = load float, ptr %1515, align 4
  %1517 = insertelement <16 x float> poison, float %1516, i64 0
  %1518 = shufflevector <16 x float> %1517, <16 x float> poison, <16 x i32> zeroinitializer
  %1519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1503, <16 x float> %acc32.02486)
  %1520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1506, <16 x float> %acc33.02485)
  %1521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1509, <16 x float> %acc34.02484)
  %1522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1518, <16 x float> %1512, <16 x float> %acc35.02483)
  %1523 = or disjoint i64 %1513, 4128
  %1524 = getelementptr inbounds float, ptr %Bk, i64 %1523
  %1525 = load float, ptr %1524, align 4
  %1526 = insertelement <16 x float> poison, float %1525, i64 0
  %1527 = shufflevector <16 x float> %1526, <16 x float> poison, <16 x i32> zeroinitializer
  %1528 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1527, <16 x float> %1503, <16 x float> %acc36.02482)
  %1529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1527, <16 x float> %1506, <16 x float> %acc37.02481)
  %1530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1527, <16 x float> %1509, <16 x float> %acc38.02480)
  %1531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1527, <16 x float> %1512, <16 x float> %acc39.02479)
  %1532 = or disjoint i64 %1513, 4160
  %1533 = getelementptr inbounds float, ptr %Bk, i64 %1532
  %1534 = load float, ptr %1533, align 4
  %1535 = insertelement <16 x float> poison, float %1534, i64 0
  %1536 = shufflevector <16 x float> %1535, <16 x float> poison, <16 x i32> zeroinitializer
  %1537 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1503, <16 x float> %acc40.02478)
  %1538 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1506, <16 x float> %acc41.02477)
  %1539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1509, <16 x float> %acc42.02476)
  %1540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1536, <16 x float> %1512, <16 x float> %acc43.02475)
  %1541 = or disjoint i64 %1513, 4192
  %1542 = getelementptr inbounds float, ptr %Bk, i64 %1541
  %1543 = load float, ptr %1542, align 4
  %1544 = insertelement <16 x float> poison, float %1543, i64 0
  %1545 = shufflevector <16 x float> %1544, <16 x float> poison, <16 x i32> zeroinitializer
  %1546 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1545, <16 x float> %1503, <16 x float> %acc44.02474)
  %1547 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1545, <16 x float> %1506, <16 x float> %acc45.02473)
  %1548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1545, <16 x float> %1509, <16 x float> %acc46.02472)
  %1549 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1545, <16 x float> %1512, <16 x float> %acc47.02471)
  %p6.next = add nuw nsw i64 %p6.addr.02470, 1
  %exitcond2891.not = icmp eq i64 %p6.next, 32
  br i1 %exitcond2891.not, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %1550 = shl nuw nsw i64 %i30.addr.02487, 6
  %1551 = getelementptr inbounds float, ptr %PT, i64 %1550
  store <16 x float> %1519, ptr %1551, align 4
  %1552 = or disjoint i64 %1550, 16
  %1553 = getelementptr inbounds float, ptr %PT, i64 %1552
  store <16 x float> %1520, ptr %1553, align 4
  %1554 = or disjoint i64 %1550, 32
  %1555 = getelementptr inbounds float, ptr %PT, i64 %1554
  store <16 x float> %1521, ptr %1555, align 4
  %1556 = or disjoint i64 %1550, 48
  %1557 = getelementptr inbounds float, ptr %PT, i64 %1556
  store <16 x float> %1522, ptr %1557, align 4
  %1558 = or disjoint i64 %1550, 64
  %1559 = getelementptr inbounds float, ptr %PT, i64 %1558
  store <16 x float> %1528, ptr %1559, align 4
  %1560 = or disjoint i64 %1550, 80
  %1561 = getelementptr inbounds float, ptr %PT, i64 %1560
  store <16 x float> %1529, ptr %1561, align 4
  %1562 = or disjoint i64 %1550, 96
  %1563 = getelementptr inbounds float, ptr %PT, i64 %1562
  store <16 x float> %1530, ptr %1563, align 4
  %1564 = or disjoint i64 %1550, 112
  %1565 = getelementptr inbounds float, ptr %PT, i64 %1564
  store <16 x float> %1531, ptr %1565, align 4
  %1566 = or disjoint i64 %1550, 128
  %1567 = getelementptr inbounds float, ptr %PT, i64 %1566
  store <16 x float> %1537, ptr %1567, align 4
  %1568 = or disjoint i64 %1550, 144
  %1569 = getelementptr inbounds float, ptr %PT, i64 %1568
  store <16 x float> %1538, ptr %1569, align 4
  %1570 = or disjoint i64 %1550, 160
  %1571 = getelementptr inbounds float, ptr %PT, i64 %1570
  store <16 x float> %1539, ptr %1571, align 4
  %1572 = or disjoint i64 %1550, 176
  %1573 = getelementptr inbounds float, ptr %PT, i64 %1572
  store <16 x float> %1540, ptr %1573, align 4
  %1574 = or disjoint i64 %1550, 192
  %1575 = getelementptr inbounds float, ptr %PT, i64 %1574
  store <16 x float> %1546, ptr %1575, align 4
  %1576 = or disjoint i64 %1550, 208
  %1577 = getelementptr inbounds float, ptr %PT, i64 %1576
  store <16 x float> %1547, ptr %1577, align 4
  %1578 = or disjoint i64 %1550, 224
  %1579 = getelementptr inbounds float, ptr %PT, i64 %1578
  store <16 x float> %1548, ptr %1579, align 4
  %1580 = or disjoint i64 %1550, 240
  %1581 = getelementptr inbounds float, ptr %PT, i64 %1580
  store <16 x float> %1549, ptr %1581, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02487, 4
  %1582 = icmp ult i64 %i30.addr.02487, 124
  br i1 %1582, label %p6.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p6.exit, %s1.head.preheader
  %t2.addr.02490 = phi i64 [ %t2.next.1, %s1.head.preheader ], [ 0, %p6.exit ]
  %.idx2672 = shl nsw i64 %t2.addr.02490, 9
  %1583 = getelementptr inbounds i8, ptr %PT, i64 %.idx2672
  %1584 = load <16 x float>, ptr %1583, align 4
  %.idx2673 = shl nsw i64 %t2.addr.02490, 8
  %1585 = getelementptr inbounds i8, ptr %M, i64 %.idx2673
  %1586 = load <16 x float>, ptr %1585, align 4
  %1587 = fmul <16 x float> %1584, %1586
  store <16 x float> %1587, ptr %1583, align 4
  %1588 = getelementptr inbounds i8, ptr %25, i64 %.idx2672
  %1589 = load <16 x float>, ptr %1588, align 4
  %1590 = getelementptr inbounds i8, ptr %26, i64 %.idx2673
  %1591 = load <16 x float>, ptr %1590, align 4
  %1592 = fmul <16 x float> %1589, %1591
  store <16 x float> %1592, ptr %1588, align 4
  %1593 = getelementptr inbounds i8, ptr %27, i64 %.idx2672
  %1594 = load <16 x float>, ptr %1593, align 4
  %1595 = getelementptr inbounds i8, ptr %28, i64 %.idx2673
  %1596 = load <16 x float>, ptr %1595, align 4
  %1597 = fmul <16 x float> %1594, %1596
  store <16 x float> %1597, ptr %1593, align 4
  %1598 = getelementptr inbounds i8, ptr %29, i64 %.idx2672
  %1599 = load <16 x float>, ptr %1598, align 4
  %1600 = getelementptr inbounds i8, ptr %30, i64 %.idx2673
  %1601 = load <16 x float>, ptr %1600, align 4
  %1602 = fmul <16 x float> %1599, %1601
  store <16 x float> %1602, ptr %1598, align 4
  %1603 = getelementptr inbounds i8, ptr %1583, i64 256
  %1604 = load <16 x float>, ptr %1603, align 4
  %1605 = load <16 x float>, ptr %1585, align 4
  %1606 = fmul <16 x float> %1604, %1605
  store <16 x float> %1606, ptr %1603, align 4
  %1607 = getelementptr inbounds i8, ptr %1588, i64 256
  %1608 = load <16 x float>, ptr %1607, align 4
  %1609 = load <16 x float>, ptr %1590, align 4
  %1610 = fmul <16 x float> %1608, %1609
  store <16 x float> %1610, ptr %1607, align 4
  %1611 = getelementptr inbounds i8, ptr %1593, i64 256
  %1612 = load <16 x float>, ptr %1611, align 4
  %1613 = load <16 x float>, ptr %1595, align 4
  %1614 = fmul <16 x float> %1612, %1613
  store <16 x float> %1614, ptr %1611, align 4
  %1615 = getelementptr inbounds i8, ptr %1598, i64 256
  %1616 = load <16 x float>, ptr %1615, align 4
  %1617 = load <16 x float>, ptr %1600, align 4
  %1618 = fmul <16 x float> %1616, %1617
  store <16 x float> %1618, ptr %1615, align 4
  %t2.next = or disjoint i64 %t2.addr.02490, 1
  %.idx2672.1 = shl nsw i64 %t2.next, 9
  %1619 = getelementptr inbounds i8, ptr %PT, i64 %.idx2672.1
  %1620 = load <16 x float>, ptr %1619, align 4
  %.idx2673.1 = shl nsw i64 %t2.next, 8
  %1621 = getelementptr inbounds i8, ptr %M, i64 %.idx2673.1
  %1622 = load <16 x float>, ptr %1621, align 4
  %1623 = fmul <16 x float> %1620, %1622
  store <16 x float> %1623, ptr %1619, align 4
  %1624 = getelementptr inbounds i8, ptr %25, i64 %.idx2672.1
  %1625 = load <16 x float>, ptr %1624, align 4
  %1626 = getelementptr inbounds i8, ptr %26, i64 %.idx2673.1
  %1627 = load <16 x float>, ptr %1626, align 4
  %1628 = fmul <16 x float> %1625, %1627
  store <16 x float> %1628, ptr %1624, align 4
  %1629 = getelementptr inbounds i8, ptr %27, i64 %.idx2672.1
  %1630 = load <16 x float>, ptr %1629, align 4
  %1631 = getelementptr inbounds i8, ptr %28, i64 %.idx2673.1
  %1632 = load <16 x float>, ptr %1631, align 4
  %1633 = fmul <16 x float> %1630, %1632
  store <16 x float> %1633, ptr %1629, align 4
  %1634 = getelementptr inbounds i8, ptr %29, i64 %.idx2672.1
  %1635 = load <16 x float>, ptr %1634, align 4
  %1636 = getelementptr inbounds i8, ptr %30, i64 %.idx2673.1
  %1637 = load <16 x float>, ptr %1636, align 4
  %1638 = fmul <16 x float> %1635, %1637
  store <16 x float> %1638, ptr %1634, align 4
  %1639 = getelementptr inbounds i8, ptr %1619, i64 256
  %1640 = load <16 x float>, ptr %1639, align 4
  %1641 = load <16 x float>, ptr %1621, align 4
  %1642 = fmul <16 x float> %1640, %1641
  store <16 x float> %1642, ptr %1639, align 4
  %1643 = getelementptr inbounds i8, ptr %1624, i64 256
  %1644 = load <16 x float>, ptr %1643, align 4
  %1645 = load <16 x float>, ptr %1626, align 4
  %1646 = fmul <16 x float> %1644, %1645
  store <16 x float> %1646, ptr %1643, align 4
  %1647 = getelementptr inbounds i8, ptr %1629, i64 256
  %1648 = load <16 x float>, ptr %1647, align 4
  %1649 = load <16 x float>, ptr %1631, align 4
  %1650 = fmul <16 x float> %1648, %1649
  store <16 x float> %1650, ptr %1647, align 4
  %1651 = getelementptr inbounds i8, ptr %1634, i64 256
  %1652 = load <16 x float>, ptr %1651, align 4
  %1653 = load <16 x float>, ptr %1636, align 4
  %1654 = fmul <16 x float> %1652, %1653
  store <16 x float> %1654, ptr %1651, align 4
  %t2.next.1 = add nuw nsw i64 %t2.addr.02490, 2
  %exitcond2892.not.1 = icmp eq i64 %t2.next.1, 64
  br i1 %exitcond2892.not.1, label %j24.head.preheader, label %s1.head.preheader

j24.head.preheader:                               ; preds = %s1.head.preheader, %j24.head.preheader
  %i33.addr.02492 = phi i64 [ %i33.next.7, %j24.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx2676 = shl nsw i64 %i33.addr.02492, 8
  %gep3123 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676
  %1655 = load <16 x float>, ptr %gep3123, align 4
  %.idx2677 = shl nsw i64 %i33.addr.02492, 7
  %gep3125 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677
  store <16 x float> %1655, ptr %gep3125, align 4
  %gep3127 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676
  %1656 = load <16 x float>, ptr %gep3127, align 4
  %gep3129 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677
  store <16 x float> %1656, ptr %gep3129, align 4
  %i33.next = or disjoint i64 %i33.addr.02492, 1
  %.idx2676.1 = shl nsw i64 %i33.next, 8
  %gep3123.1 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.1
  %1657 = load <16 x float>, ptr %gep3123.1, align 4
  %.idx2677.1 = shl nsw i64 %i33.next, 7
  %gep3125.1 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.1
  store <16 x float> %1657, ptr %gep3125.1, align 4
  %gep3127.1 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.1
  %1658 = load <16 x float>, ptr %gep3127.1, align 4
  %gep3129.1 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.1
  store <16 x float> %1658, ptr %gep3129.1, align 4
  %i33.next.1 = or disjoint i64 %i33.addr.02492, 2
  %.idx2676.2 = shl nsw i64 %i33.next.1, 8
  %gep3123.2 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.2
  %1659 = load <16 x float>, ptr %gep3123.2, align 4
  %.idx2677.2 = shl nsw i64 %i33.next.1, 7
  %gep3125.2 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.2
  store <16 x float> %1659, ptr %gep3125.2, align 4
  %gep3127.2 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.2
  %1660 = load <16 x float>, ptr %gep3127.2, align 4
  %gep3129.2 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.2
  store <16 x float> %1660, ptr %gep3129.2, align 4
  %i33.next.2 = or disjoint i64 %i33.addr.02492, 3
  %.idx2676.3 = shl nsw i64 %i33.next.2, 8
  %gep3123.3 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.3
  %1661 = load <16 x float>, ptr %gep3123.3, align 4
  %.idx2677.3 = shl nsw i64 %i33.next.2, 7
  %gep3125.3 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.3
  store <16 x float> %1661, ptr %gep3125.3, align 4
  %gep3127.3 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.3
  %1662 = load <16 x float>, ptr %gep3127.3, align 4
  %gep3129.3 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.3
  store <16 x float> %1662, ptr %gep3129.3, align 4
  %i33.next.3 = or disjoint i64 %i33.addr.02492, 4
  %.idx2676.4 = shl nsw i64 %i33.next.3, 8
  %gep3123.4 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.4
  %1663 = load <16 x float>, ptr %gep3123.4, align 4
  %.idx2677.4 = shl nsw i64 %i33.next.3, 7
  %gep3125.4 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.4
  store <16 x float> %1663, ptr %gep3125.4, align 4
  %gep3127.4 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.4
  %1664 = load <16 x float>, ptr %gep3127.4, align 4
  %gep3129.4 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.4
  store <16 x float> %1664, ptr %gep3129.4, align 4
  %i33.next.4 = or disjoint i64 %i33.addr.02492, 5
  %.idx2676.5 = shl nsw i64 %i33.next.4, 8
  %gep3123.5 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.5
  %1665 = load <16 x float>, ptr %gep3123.5, align 4
  %.idx2677.5 = shl nsw i64 %i33.next.4, 7
  %gep3125.5 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.5
  store <16 x float> %1665, ptr %gep3125.5, align 4
  %gep3127.5 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.5
  %1666 = load <16 x float>, ptr %gep3127.5, align 4
  %gep3129.5 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.5
  store <16 x float> %1666, ptr %gep3129.5, align 4
  %i33.next.5 = or disjoint i64 %i33.addr.02492, 6
  %.idx2676.6 = shl nsw i64 %i33.next.5, 8
  %gep3123.6 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.6
  %1667 = load <16 x float>, ptr %gep3123.6, align 4
  %.idx2677.6 = shl nsw i64 %i33.next.5, 7
  %gep3125.6 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.6
  store <16 x float> %1667, ptr %gep3125.6, align 4
  %gep3127.6 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.6
  %1668 = load <16 x float>, ptr %gep3127.6, align 4
  %gep3129.6 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.6
  store <16 x float> %1668, ptr %gep3129.6, align 4
  %i33.next.6 = or disjoint i64 %i33.addr.02492, 7
  %.idx2676.7 = shl nsw i64 %i33.next.6, 8
  %gep3123.7 = getelementptr inbounds i8, ptr %invariant.gep3122, i64 %.idx2676.7
  %1669 = load <16 x float>, ptr %gep3123.7, align 4
  %.idx2677.7 = shl nsw i64 %i33.next.6, 7
  %gep3125.7 = getelementptr inbounds i8, ptr %invariant.gep3124, i64 %.idx2677.7
  store <16 x float> %1669, ptr %gep3125.7, align 4
  %gep3127.7 = getelementptr inbounds i8, ptr %invariant.gep3126, i64 %.idx2676.7
  %1670 = load <16 x float>, ptr %gep3127.7, align 4
  %gep3129.7 = getelementptr inbounds i8, ptr %invariant.gep3128, i64 %.idx2677.7
  store <16 x float> %1670, ptr %gep3129.7, align 4
  %i33.next.7 = add nuw nsw i64 %i33.addr.02492, 8
  %exitcond2895.not.7 = icmp eq i64 %i33.next.7, 128
  br i1 %exitcond2895.not.7, label %i34.body, label %j24.head.preheader

i34.body:                                         ; preds = %j24.head.preheader, %p7.exit
  %i34.addr.02510 = phi i64 [ %i34.next, %p7.exit ], [ 0, %j24.head.preheader ]
  %.idx2379 = shl nuw nsw i64 %i34.addr.02510, 7
  %1671 = getelementptr inbounds i8, ptr %OY, i64 %.idx2379
  %1672 = getelementptr inbounds i8, ptr %1671, i64 8192
  %1673 = load <16 x float>, ptr %1672, align 4
  %1674 = getelementptr inbounds i8, ptr %1671, i64 8256
  %1675 = load <16 x float>, ptr %1674, align 4
  %1676 = or disjoint i64 %i34.addr.02510, 1
  %.idx2380 = shl nuw nsw i64 %1676, 7
  %1677 = getelementptr inbounds i8, ptr %OY, i64 %.idx2380
  %1678 = getelementptr inbounds i8, ptr %1677, i64 8192
  %1679 = load <16 x float>, ptr %1678, align 4
  %1680 = getelementptr inbounds i8, ptr %1677, i64 8256
  %1681 = load <16 x float>, ptr %1680, align 4
  %1682 = or disjoint i64 %i34.addr.02510, 2
  %.idx2381 = shl nuw nsw i64 %1682, 7
  %1683 = getelementptr inbounds i8, ptr %OY, i64 %.idx2381
  %1684 = getelementptr inbounds i8, ptr %1683, i64 8192
  %1685 = load <16 x float>, ptr %1684, align 4
  %1686 = getelementptr inbounds i8, ptr %1683, i64 8256
  %1687 = load <16 x float>, ptr %1686, align 4
  %1688 = or disjoint i64 %i34.addr.02510, 3
  %.idx2382 = shl nuw nsw i64 %1688, 7
  %1689 = getelementptr inbounds i8, ptr %OY, i64 %.idx2382
  %1690 = getelementptr inbounds i8, ptr %1689, i64 8192
  %1691 = load <16 x float>, ptr %1690, align 4
  %1692 = getelementptr inbounds i8, ptr %1689, i64 8256
  %1693 = load <16 x float>, ptr %1692, align 4
  %1694 = or disjoint i64 %i34.addr.02510, 4
  %.idx2383 = shl nuw nsw i64 %1694, 7
  %1695 = getelementptr inbounds i8, ptr %OY, i64 %.idx2383
  %1696 = getelementptr inbounds i8, ptr %1695, i64 8192
  %1697 = load <16 x float>, ptr %1696, align 4
  %1698 = getelementptr inbounds i8, ptr %1695, i64 8256
  %1699 = load <16 x float>, ptr %1698, align 4
  %1700 = or disjoint i64 %i34.addr.02510, 5
  %.idx2384 = shl nuw nsw i64 %1700, 7
  %1701 = getelementptr inbounds i8, ptr %OY, i64 %.idx2384
  %1702 = getelementptr inbounds i8, ptr %1701, i64 8192
  %1703 = load <16 x float>, ptr %1702, align 4
  %1704 = getelementptr inbounds i8, ptr %1701, i64 8256
  %1705 = load <16 x float>, ptr %1704, align 4
  %1706 = or disjoint i64 %i34.addr.02510, 6
  %.idx2385 = shl nuw nsw i64 %1706, 7
  %1707 = getelementptr inbounds i8, ptr %OY, i64 %.idx2385
  %1708 = getelementptr inbounds i8, ptr %1707, i64 8192
  %1709 = load <16 x float>, ptr %1708, align 4
  %1710 = getelementptr inbounds i8, ptr %1707, i64 8256
  %1711 = load <16 x float>, ptr %1710, align 4
  %1712 = or disjoint i64 %i34.addr.02510, 7
  %.idx2386 = shl nuw nsw i64 %1712, 7
  %1713 = getelementptr inbounds i8, ptr %OY, i64 %.idx2386
  %1714 = getelementptr inbounds i8, ptr %1713, i64 8192
  %1715 = load <16 x float>, ptr %1714, align 4
  %1716 = getelementptr inbounds i8, ptr %1713, i64 8256
  %1717 = load <16 x float>, ptr %1716, align 4
  %.idx2678 = shl nsw i64 %i34.addr.02510, 8
  %.idx2679 = shl nsw i64 %1676, 8
  %.idx2680 = shl nsw i64 %1682, 8
  %.idx2681 = shl nsw i64 %1688, 8
  %.idx2682 = shl nsw i64 %1694, 8
  %.idx2683 = shl nsw i64 %1700, 8
  %.idx2684 = shl nsw i64 %1706, 8
  %.idx2685 = shl nsw i64 %1712, 8
  br label %p7.body

p7.body:                                          ; preds = %i34.body, %p7.body
  %p7.addr.02509 = phi i64 [ 0, %i34.body ], [ %p7.next, %p7.body ]
  %acc63.02508 = phi <16 x float> [ %1717, %i34.body ], [ %1772, %p7.body ]
  %acc62.02507 = phi <16 x float> [ %1715, %i34.body ], [ %1771, %p7.body ]
  %acc61.02506 = phi <16 x float> [ %1711, %i34.body ], [ %1766, %p7.body ]
  %acc60.02505 = phi <16 x float> [ %1709, %i34.body ], [ %1765, %p7.body ]
  %acc59.02504 = phi <16 x float> [ %1705, %i34.body ], [ %1760, %p7.body ]
  %acc58.02503 = phi <16 x float> [ %1703, %i34.body ], [ %1759, %p7.body ]
  %acc57.02502 = phi <16 x float> [ %1699, %i34.body ], [ %1754, %p7.body ]
  %acc56.02501 = phi <16 x float> [ %1697, %i34.body ], [ %1753, %p7.body ]
  %acc55.02500 = phi <16 x float> [ %1693, %i34.body ], [ %1748, %p7.body ]
  %acc54.02499 = phi <16 x float> [ %1691, %i34.body ], [ %1747, %p7.body ]
  %acc53.02498 = phi <16 x float> [ %1687, %i34.body ], [ %1742, %p7.body ]
  %acc52.02497 = phi <16 x float> [ %1685, %i34.body ], [ %1741, %p7.body ]
  %acc51.02496 = phi <16 x float> [ %1681, %i34.body ], [ %1736, %p7.body ]
  %acc50.02495 = phi <16 x float> [ %1679, %i34.body ], [ %1735, %p7.body ]
  %acc49.02494 = phi <16 x float> [ %1675, %i34.body ], [ %1730, %p7.body ]
  %acc48.02493 = phi <16 x float> [ %1673, %i34.body ], [ %1729, %p7.body ]
  %1718 = shl nuw nsw i64 %p7.addr.02509, 5
  %1719 = getelementptr inbounds float, ptr %OY, i64 %1718
  %1720 = load <16 x float>, ptr %1719, align 4
  %1721 = or disjoint i64 %1718, 16
  %1722 = getelementptr inbounds float, ptr %OY, i64 %1721
  %1723 = load <16 x float>, ptr %1722, align 4
  %1724 = getelementptr inbounds float, ptr %PT, i64 %p7.addr.02509
  %1725 = getelementptr inbounds i8, ptr %1724, i64 %.idx2678
  %1726 = load float, ptr %1725, align 4
  %1727 = insertelement <16 x float> poison, float %1726, i64 0
  %1728 = shufflevector <16 x float> %1727, <16 x float> poison, <16 x i32> zeroinitializer
  %1729 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1728, <16 x float> %1720, <16 x float> %acc48.02493)
  %1730 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1728, <16 x float> %1723, <16 x float> %acc49.02494)
  %1731 = getelementptr inbounds i8, ptr %1724, i64 %.idx2679
  %1732 = load float, ptr %1731, align 4
  %1733 = insertelement <16 x float> poison, float %1732, i64 0
  %1734 = shufflevector <16 x float> %1733, <16 x float> poison, <16 x i32> zeroinitializer
  %1735 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1734, <16 x float> %1720, <16 x float> %acc50.02495)
  %1736 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1734, <16 x float> %1723, <16 x float> %acc51.02496)
  %1737 = getelementptr inbounds i8, ptr %1724, i64 %.idx2680
  %1738 = load float, ptr %1737, align 4
  %1739 = insertelement <16 x float> poison, float %1738, i64 0
  %1740 = shufflevector <16 x float> %1739, <16 x float> poison, <16 x i32> zeroinitializer
  %1741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1740, <16 x float> %1720, <16 x float> %acc52.02497)
  %1742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1740, <16 x float> %1723, <16 x float> %acc53.02498)
  %1743 = getelementptr inbounds i8, ptr %1724, i64 %.idx2681
  %1744 = load float, ptr %1743, align 4
  %1745 = insertelement <16 x float> poison, float %1744, i64 0
  %1746 = shufflevector <16 x float> %1745, <16 x float> poison, <16 x i32> zeroinitializer
  %1747 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1746, <16 x float> %1720, <16 x float> %acc54.02499)
  %1748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1746, <16 x float> %1723, <16 x float> %acc55.02500)
  %1749 = getelementptr inbounds i8, ptr %1724, i64 %.idx2682
  %1750 = load float, ptr %1749, align 4
  %1751 = insertelement <16 x float> poison, float %1750, i64 0
  %1752 = shufflevector <16 x float> %1751, <16 x float> poison, <16 x i32> zeroinitializer
  %1753 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1752, <16 x float> %1720, <16 x float> %acc56.02501)
  %1754 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1752, <16 x float> %1723, <16 x float> %acc57.02502)
  %1755 = getelementptr inbounds i8, ptr %1724, i64 %.idx2683
  %1756 = load float, ptr %1755, align 4
  %1757 = insertelement <16 x float> poison, float %1756, i64 0
  %1758 = shufflevector <16 x float> %1757, <16 x float> poison, <16 x i32> zeroinitializer
  %1759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1720, <16 x float> %acc58.02503)
  %1760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1758, <16 x float> %1723, <16 x float> %acc59.02504)
  %1761 = getelementptr inbounds i8, ptr %1724, i64 %.idx2684
  %1762 = load float, ptr %1761, align 4
  %1763 = insertelement <16 x float> poison, float %1762, i64 0
  %1764 = shufflevector <16 x float> %1763, <16 x float> poison, <16 x i32> zeroinitializer
  %1765 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1764, <16 x float> %1720, <16 x float> %acc60.02505)
  %1766 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1764, <16 x float> %1723, <16 x float> %acc61.02506)
  %1767 = getelementptr inbounds i8, ptr %1724, i64 %.idx2685
  %1768 = load float, ptr %1767, align 4
  %1769 = insertelement <16 x float> poison, float %1768, i64 0
  %1770 = shufflevector <16 x float> %1769, <16 x float> poison, <16 x i32> zeroinitializer
  %1771 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1770, <16 x float> %1720, <16 x float> %acc62.02507)
  %1772 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1770, <16 x float> %1723, <16 x float> %acc63.02508)
  %p7.next = add nuw nsw i64 %p7.addr.02509, 1
  %exitcond2896.not = icmp eq i64 %p7.next, 64
  br i1 %exitcond2896.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <16 x float> %1729, ptr %1672, align 4
  store <16 x float> %1730, ptr %1674, align 4
  store <16 x float> %1735, ptr %1678, align 4
  store <16 x float> %1736, ptr %1680, align 4
  store <16 x float> %1741, ptr %1684, align 4
  store <16 x float> %1742, ptr %1686, align 4
  store <16 x float> %1747, ptr %1690, align 4
  store <16 x float> %1748, ptr %1692, align 4
  store <16 x float> %1753, ptr %1696, align 4
  store <16 x float> %1754, ptr %1698, align 4
  store <16 x float> %1759, ptr %1702, align 4
  store <16 x float> %1760, ptr %1704, align 4
  store <16 x float> %1765, ptr %1708, align 4
  store <16 x float> %1766, ptr %1710, align 4
  store <16 x float> %1771, ptr %1714, align 4
  store <16 x float> %1772, ptr %1716, align 4
  %i34.next = add nuw nsw i64 %i34.addr.02510, 8
  %1773 = icmp ult i64 %i34.addr.02510, 120
  br i1 %1773, label %i34.body, label %p8.head.preheader

p8.head.preheader:                                ; preds = %p7.exit, %p8.exit
  %i35.addr.02528 = phi i64 [ %i35.next, %p8.exit ], [ 0, %p7.exit ]
  %1774 = shl nuw nsw i64 %i35.addr.02528, 5
  br label %p8.body

p8.body:                                          ; preds = %p8.head.preheader, %p8.body
  %p8.addr.02527 = phi i64 [ 0, %p8.head.preheader ], [ %p8.next, %p8.body ]
  %acc79.02526 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1822, %p8.body ]
  %acc78.02525 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1821, %p8.body ]
  %acc77.02524 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1820, %p8.body ]
  %acc76.02523 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1819, %p8.body ]
  %acc75.02522 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1813, %p8.body ]
  %acc74.02521 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1812, %p8.body ]
  %acc73.02520 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1811, %p8.body ]
  %acc72.02519 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1810, %p8.body ]
  %acc71.02518 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1804, %p8.body ]
  %acc70.02517 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1803, %p8.body ]
  %acc69.02516 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1802, %p8.body ]
  %acc68.02515 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1801, %p8.body ]
  %acc67.02514 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1795, %p8.body ]
  %acc66.02513 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1794, %p8.body ]
  %acc65.02512 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1793, %p8.body ]
  %acc64.02511 = phi <16 x float> [ zeroinitializer, %p8.head.preheader ], [ %1792, %p8.body ]
  %1775 = shl nuw nsw i64 %p8.addr.02527, 6
  %1776 = getelementptr inbounds float, ptr %dOT, i64 %1775
  %1777 = load <16 x float>, ptr %1776, align 4
  %1778 = or disjoint i64 %1775, 16
  %1779 = getelementptr inbounds float, ptr %dOT, i64 %1778
  %1780 = load <16 x float>, ptr %1779, align 4
  %1781 = or disjoint i64 %1775, 32
  %1782 = getelementptr inbounds float, ptr %dOT, i64 %1781
  %1783 = load <16 x float>, ptr %1782, align 4
  %1784 = or disjoint i64 %1775, 48
  %1785 = getelementptr inbounds float, ptr %dOT, i64 %1784
  %1786 = load <16 x float>, ptr %1785, align 4
  %1787 = add nuw nsw i64 %p8.addr.02527, %1774
  %1788 = getelementptr inbounds float, ptr %Vn, i64 %1787
  %1789 = load float, ptr %1788, align 4
  %1790 = insertelement <16 x float> poison, float %1789, i64 0
  %1791 = shufflevector <16 x float> %1790, <16 x float> poison, <16 x i32> zeroinitializer
  %1792 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1791, <16 x float> %1777, <16 x float> %acc64.02511)
  %1793 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1791, <16 x float> %1780, <16 x float> %acc65.02512)
  %1794 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1791, <16 x float> %1783, <16 x float> %acc66.02513)
  %1795 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1791, <16 x float> %1786, <16 x float> %acc67.02514)
  %1796 = or disjoint i64 %1787, 32
  %1797 = getelementptr inbounds float, ptr %Vn, i64 %1796
  %1798 = load float, ptr %1797, align 4
  %1799 = insertelement <16 x float> poison, float %1798, i64 0
  %1800 = shufflevector <16 x float> %1799, <16 x float> poison, <16 x i32> zeroinitializer
  %1801 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1800, <16 x float> %1777, <16 x float> %acc68.02515)
  %1802 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1800, <16 x float> %1780, <16 x float> %acc69.02516)
  %1803 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1800, <16 x float> %1783, <16 x float> %acc70.02517)
  %1804 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1800, <16 x float> %1786, <16 x float> %acc71.02518)
  %1805 = or disjoint i64 %1787, 64
  %1806 = getelementptr inbounds float, ptr %Vn, i64 %1805
  %1807 = load float, ptr %1806, align 4
  %1808 = insertelement <16 x float> poison, float %1807, i64 0
  %1809 = shufflevector <16 x float> %1808, <16 x float> poison, <16 x i32> zeroinitializer
  %1810 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1809, <16 x float> %1777, <16 x float> %acc72.02519)
  %1811 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1809, <16 x float> %1780, <16 x float> %acc73.02520)
  %1812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1809, <16 x float> %1783, <16 x float> %acc74.02521)
  %1813 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1809, <16 x float> %1786, <16 x float> %acc75.02522)
  %1814 = or disjoint i64 %1787, 96
  %1815 = getelementptr inbounds float, ptr %Vn, i64 %1814
  %1816 = load float, ptr %1815, align 4
  %1817 = insertelement <16 x float> poison, float %1816, i64 0
  %1818 = shufflevector <16 x float> %1817, <16 x float> poison, <16 x i32> zeroinitializer
  %1819 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1818, <16 x float> %1777, <16 x float> %acc76.02523)
  %1820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1818, <16 x float> %1780, <16 x float> %acc77.02524)
  %1821 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1818, <16 x float> %1783, <16 x float> %acc78.02525)
  %1822 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1818, <16 x float> %1786, <16 x float> %acc79.02526)
  %p8.next = add nuw nsw i64 %p8.addr.02527, 1
  %exitcond2897.not = icmp eq i64 %p8.next, 32
  br i1 %exitcond2897.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1823 = shl nuw nsw i64 %i35.addr.02528, 8
  %1824 = or disjoint i64 %1823, 64
  %1825 = getelementptr inbounds float, ptr %Ak, i64 %1824
  store <16 x float> %1792, ptr %1825, align 4
  %1826 = or disjoint i64 %1823, 80
  %1827 = getelementptr inbounds float, ptr %Ak, i64 %1826
  store <16 x float> %1793, ptr %1827, align 4
  %1828 = or disjoint i64 %1823, 96
  %1829 = getelementptr inbounds float, ptr %Ak, i64 %1828
  store <16 x float> %1794, ptr %1829, align 4
  %1830 = or disjoint i64 %1823, 112
  %1831 = getelementptr inbounds float, ptr %Ak, i64 %1830
  store <16 x float> %1795, ptr %1831, align 4
  %1832 = or disjoint i64 %1823, 320
  %1833 = getelementptr inbounds float, ptr %Ak, i64 %1832
  store <16 x float> %1801, ptr %1833, align 4
  %1834 = or disjoint i64 %1823, 336
  %1835 = getelementptr inbounds float, ptr %Ak, i64 %1834
  store <16 x float> %1802, ptr %1835, align 4
  %1836 = or disjoint i64 %1823, 352
  %1837 = getelementptr inbounds float, ptr %Ak, i64 %1836
  store <16 x float> %1803, ptr %1837, align 4
  %1838 = or disjoint i64 %1823, 368
  %1839 = getelementptr inbounds float, ptr %Ak, i64 %1838
  store <16 x float> %1804, ptr %1839, align 4
  %1840 = or disjoint i64 %1823, 576
  %1841 = getelementptr inbounds float, ptr %Ak, i64 %1840
  store <16 x float> %1810, ptr %1841, align 4
  %1842 = or disjoint i64 %1823, 592
  %1843 = getelementptr inbounds float, ptr %Ak, i64 %1842
  store <16 x float> %1811, ptr %1843, align 4
  %1844 = or disjoint i64 %1823, 608
  %1845 = getelementptr inbounds float, ptr %Ak, i64 %1844
  store <16 x float> %1812, ptr %1845, align 4
  %1846 = or disjoint i64 %1823, 624
  %1847 = getelementptr inbounds float, ptr %Ak, i64 %1846
  store <16 x float> %1813, ptr %1847, align 4
  %1848 = or disjoint i64 %1823, 832
  %1849 = getelementptr inbounds float, ptr %Ak, i64 %1848
  store <16 x float> %1819, ptr %1849, align 4
  %1850 = or disjoint i64 %1823, 848
  %1851 = getelementptr inbounds float, ptr %Ak, i64 %1850
  store <16 x float> %1820, ptr %1851, align 4
  %1852 = or disjoint i64 %1823, 864
  %1853 = getelementptr inbounds float, ptr %Ak, i64 %1852
  store <16 x float> %1821, ptr %1853, align 4
  %1854 = or disjoint i64 %1823, 880
  %1855 = getelementptr inbounds float, ptr %Ak, i64 %1854
  store <16 x float> %1822, ptr %1855, align 4
  %i35.next = add nuw nsw i64 %i35.addr.02528, 4
  %1856 = icmp ult i64 %i35.addr.02528, 124
  br i1 %1856, label %p8.head.preheader, label %s3.head.preheader

s3.head.preheader:                                ; preds = %p8.exit, %s3.head.preheader
  %t3.addr.02531 = phi i64 [ %t3.next.1, %s3.head.preheader ], [ 0, %p8.exit ]
  %.idx2686 = shl nsw i64 %t3.addr.02531, 11
  %1857 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2686
  %1858 = getelementptr inbounds i8, ptr %1857, i64 256
  %1859 = load <16 x float>, ptr %1858, align 4
  %.idx2687 = shl nsw i64 %t3.addr.02531, 8
  %1860 = getelementptr inbounds i8, ptr %M, i64 %.idx2687
  %1861 = load <16 x float>, ptr %1860, align 4
  %1862 = fmul <16 x float> %1859, %1861
  store <16 x float> %1862, ptr %1858, align 4
  %1863 = getelementptr inbounds i8, ptr %31, i64 %.idx2686
  %1864 = getelementptr inbounds i8, ptr %1863, i64 256
  %1865 = load <16 x float>, ptr %1864, align 4
  %1866 = getelementptr inbounds i8, ptr %26, i64 %.idx2687
  %1867 = load <16 x float>, ptr %1866, align 4
  %1868 = fmul <16 x float> %1865, %1867
  store <16 x float> %1868, ptr %1864, align 4
  %1869 = getelementptr inbounds i8, ptr %32, i64 %.idx2686
  %1870 = getelementptr inbounds i8, ptr %1869, i64 256
  %1871 = load <16 x float>, ptr %1870, align 4
  %1872 = getelementptr inbounds i8, ptr %28, i64 %.idx2687
  %1873 = load <16 x float>, ptr %1872, align 4
  %1874 = fmul <16 x float> %1871, %1873
  store <16 x float> %1874, ptr %1870, align 4
  %1875 = getelementptr inbounds i8, ptr %33, i64 %.idx2686
  %1876 = getelementptr inbounds i8, ptr %1875, i64 256
  %1877 = load <16 x float>, ptr %1876, align 4
  %1878 = getelementptr inbounds i8, ptr %30, i64 %.idx2687
  %1879 = load <16 x float>, ptr %1878, align 4
  %1880 = fmul <16 x float> %1877, %1879
  store <16 x float> %1880, ptr %1876, align 4
  %1881 = getelementptr inbounds i8, ptr %1857, i64 1280
  %1882 = load <16 x float>, ptr %1881, align 4
  %1883 = load <16 x float>, ptr %1860, align 4
  %1884 = fmul <16 x float> %1882, %1883
  store <16 x float> %1884, ptr %1881, align 4
  %1885 = getelementptr inbounds i8, ptr %1863, i64 1280
  %1886 = load <16 x float>, ptr %1885, align 4
  %1887 = load <16 x float>, ptr %1866, align 4
  %1888 = fmul <16 x float> %1886, %1887
  store <16 x float> %1888, ptr %1885, align 4
  %1889 = getelementptr inbounds i8, ptr %1869, i64 1280
  %1890 = load <16 x float>, ptr %1889, align 4
  %1891 = load <16 x float>, ptr %1872, align 4
  %1892 = fmul <16 x float> %1890, %1891
  store <16 x float> %1892, ptr %1889, align 4
  %1893 = getelementptr inbounds i8, ptr %1875, i64 1280
  %1894 = load <16 x float>, ptr %1893, align 4
  %1895 = load <16 x float>, ptr %1878, align 4
  %1896 = fmul <16 x float> %1894, %1895
  store <16 x float> %1896, ptr %1893, align 4
  %t3.next = or disjoint i64 %t3.addr.02531, 1
  %.idx2686.1 = shl nsw i64 %t3.next, 11
  %1897 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2686.1
  %1898 = getelementptr inbounds i8, ptr %1897, i64 256
  %1899 = load <16 x float>, ptr %1898, align 4
  %.idx2687.1 = shl nsw i64 %t3.next, 8
  %1900 = getelementptr inbounds i8, ptr %M, i64 %.idx2687.1
  %1901 = load <16 x float>, ptr %1900, align 4
  %1902 = fmul <16 x float> %1899, %1901
  store <16 x float> %1902, ptr %1898, align 4
  %1903 = getelementptr inbounds i8, ptr %31, i64 %.idx2686.1
  %1904 = getelementptr inbounds i8, ptr %1903, i64 256
  %1905 = load <16 x float>, ptr %1904, align 4
  %1906 = getelementptr inbounds i8, ptr %26, i64 %.idx2687.1
  %1907 = load <16 x float>, ptr %1906, align 4
  %1908 = fmul <16 x float> %1905, %1907
  store <16 x float> %1908, ptr %1904, align 4
  %1909 = getelementptr inbounds i8, ptr %32, i64 %.idx2686.1
  %1910 = getelementptr inbounds i8, ptr %1909, i64 256
  %1911 = load <16 x float>, ptr %1910, align 4
  %1912 = getelementptr inbounds i8, ptr %28, i64 %.idx2687.1
  %1913 = load <16 x float>, ptr %1912, align 4
  %1914 = fmul <16 x float> %1911, %1913
  store <16 x float> %1914, ptr %1910, align 4
  %1915 = getelementptr inbounds i8, ptr %33, i64 %.idx2686.1
  %1916 = getelementptr inbounds i8, ptr %1915, i64 256
  %1917 = load <16 x float>, ptr %1916, align 4
  %1918 = getelementptr inbounds i8, ptr %30, i64 %.idx2687.1
  %1919 = load <16 x float>, ptr %1918, align 4
  %1920 = fmul <16 x float> %1917, %1919
  store <16 x float> %1920, ptr %1916, align 4
  %1921 = getelementptr inbounds i8, ptr %1897, i64 1280
  %1922 = load <16 x float>, ptr %1921, align 4
  %1923 = load <16 x float>, ptr %1900, align 4
  %1924 = fmul <16 x float> %1922, %1923
  store <16 x float> %1924, ptr %1921, align 4
  %1925 = getelementptr inbounds i8, ptr %1903, i64 1280
  %1926 = load <16 x float>, ptr %1925, align 4
  %1927 = load <16 x float>, ptr %1906, align 4
  %1928 = fmul <16 x float> %1926, %1927
  store <16 x float> %1928, ptr %1925, align 4
  %1929 = getelementptr inbounds i8, ptr %1909, i64 1280
  %1930 = load <16 x float>, ptr %1929, align 4
  %1931 = load <16 x float>, ptr %1912, align 4
  %1932 = fmul <16 x float> %1930, %1931
  store <16 x float> %1932, ptr %1929, align 4
  %1933 = getelementptr inbounds i8, ptr %1915, i64 1280
  %1934 = load <16 x float>, ptr %1933, align 4
  %1935 = load <16 x float>, ptr %1918, align 4
  %1936 = fmul <16 x float> %1934, %1935
  store <16 x float> %1936, ptr %1933, align 4
  %t3.next.1 = add nuw nsw i64 %t3.addr.02531, 2
  %exitcond2898.not.1 = icmp eq i64 %t3.next.1, 64
  br i1 %exitcond2898.not.1, label %p9.head.preheader, label %s3.head.preheader

p9.head.preheader:                                ; preds = %s3.head.preheader, %p9.exit
  %i38.addr.02549 = phi i64 [ %i38.next, %p9.exit ], [ 0, %s3.head.preheader ]
  %1937 = shl nuw nsw i64 %i38.addr.02549, 5
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.02548 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc95.02547 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %2000, %p9.body ]
  %acc94.02546 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1999, %p9.body ]
  %acc93.02545 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1993, %p9.body ]
  %acc92.02544 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1992, %p9.body ]
  %acc91.02543 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1986, %p9.body ]
  %acc90.02542 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1985, %p9.body ]
  %acc89.02541 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1979, %p9.body ]
  %acc88.02540 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1978, %p9.body ]
  %acc87.02539 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1972, %p9.body ]
  %acc86.02538 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1971, %p9.body ]
  %acc85.02537 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1965, %p9.body ]
  %acc84.02536 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1964, %p9.body ]
  %acc83.02535 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1958, %p9.body ]
  %acc82.02534 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1957, %p9.body ]
  %acc81.02533 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1951, %p9.body ]
  %acc80.02532 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1950, %p9.body ]
  %1938 = shl nuw nsw i64 %p9.addr.02548, 5
  %1939 = or disjoint i64 %1938, 1024
  %1940 = getelementptr inbounds float, ptr %Bk, i64 %1939
  %1941 = load <16 x float>, ptr %1940, align 4
  %1942 = or disjoint i64 %1938, 1040
  %1943 = getelementptr inbounds float, ptr %Bk, i64 %1942
  %1944 = load <16 x float>, ptr %1943, align 4
  %1945 = add nuw nsw i64 %p9.addr.02548, %1937
  %1946 = getelementptr inbounds float, ptr %OY, i64 %1945
  %1947 = load float, ptr %1946, align 4
  %1948 = insertelement <16 x float> poison, float %1947, i64 0
  %1949 = shufflevector <16 x float> %1948, <16 x float> poison, <16 x i32> zeroinitializer
  %1950 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1949, <16 x float> %1941, <16 x float> %acc80.02532)
  %1951 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1949, <16 x float> %1944, <16 x float> %acc81.02533)
  %1952 = or disjoint i64 %1945, 32
  %1953 = getelementptr inbounds float, ptr %OY, i64 %1952
  %1954 = load float, ptr %1953, align 4
  %1955 = insertelement <16 x float> poison, float %1954, i64 0
  %1956 = shufflevector <16 x float> %1955, <16 x float> poison, <16 x i32> zeroinitializer
  %1957 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1956, <16 x float> %1941, <16 x float> %acc82.02534)
  %1958 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1956, <16 x float> %1944, <16 x float> %acc83.02535)
  %1959 = or disjoint i64 %1945, 64
  %1960 = getelementptr inbounds float, ptr %OY, i64 %1959
  %1961 = load float, ptr %1960, align 4
  %1962 = insertelement <16 x float> poison, float %1961, i64 0
  %1963 = shufflevector <16 x float> %1962, <16 x float> poison, <16 x i32> zeroinitializer
  %1964 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1963, <16 x float> %1941, <16 x float> %acc84.02536)
  %1965 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1963, <16 x float> %1944, <16 x float> %acc85.02537)
  %1966 = or disjoint i64 %1945, 96
  %1967 = getelementptr inbounds float, ptr %OY, i64 %1966
  %1968 = load float, ptr %1967, align 4
  %1969 = insertelement <16 x float> poison, float %1968, i64 0
  %1970 = shufflevector <16 x float> %1969, <16 x float> poison, <16 x i32> zeroinitializer
  %1971 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1970, <16 x float> %1941, <16 x float> %acc86.02538)
  %1972 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1970, <16 x float> %1944, <16 x float> %acc87.02539)
  %1973 = or disjoint i64 %1945, 128
  %1974 = getelementptr inbounds float, ptr %OY, i64 %1973
  %1975 = load float, ptr %1974, align 4
  %1976 = insertelement <16 x float> poison, float %1975, i64 0
  %1977 = shufflevector <16 x float> %1976, <16 x float> poison, <16 x i32> zeroinitializer
  %1978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1977, <16 x float> %1941, <16 x float> %acc88.02540)
  %1979 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1977, <16 x float> %1944, <16 x float> %acc89.02541)
  %1980 = or disjoint i64 %1945, 160
  %1981 = getelementptr inbounds float, ptr %OY, i64 %1980
  %1982 = load float, ptr %1981, align 4
  %1983 = insertelement <16 x float> poison, float %1982, i64 0
  %1984 = shufflevector <16 x float> %1983, <16 x float> poison, <16 x i32> zeroinitializer
  %1985 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1984, <16 x float> %1941, <16 x float> %acc90.02542)
  %1986 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1984, <16 x float> %1944, <16 x float> %acc91.02543)
  %1987 = or disjoint i64 %1945, 192
  %1988 = getelementptr inbounds float, ptr %OY, i64 %1987
  %1989 = load float, ptr %1988, align 4
  %1990 = insertelement <16 x float> poison, float %1989, i64 0
  %1991 = shufflevector <16 x float> %1990, <16 x float> poison, <16 x i32> zeroinitializer
  %1992 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1991, <16 x float> %1941, <16 x float> %acc92.02544)
  %1993 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1991, <16 x float> %1944, <16 x float> %acc93.02545)
  %1994 = or disjoint i64 %1945, 224
  %1995 = getelementptr inbounds float, ptr %OY, i64 %1994
  %1996 = load float, ptr %1995, align 4
  %1997 = insertelement <16 x float> poison, float %1996, i64 0
  %1998 = shufflevector <16 x float> %1997, <16 x float> poison, <16 x i32> zeroinitializer
  %1999 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1941, <16 x float> %acc94.02546)
  %2000 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1998, <16 x float> %1944, <16 x float> %acc95.02547)
  %p9.next = add nuw nsw i64 %p9.addr.02548, 1
  %exitcond2899.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond2899.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2001 = getelementptr inbounds float, ptr %dQc, i64 %1937
  store <16 x float> %1950, ptr %2001, align 4
  %2002 = or disjoint i64 %1937, 16
  %2003 = getelementptr inbounds float, ptr %dQc, i64 %2002
  store <16 x float> %1951, ptr %2003, align 4
  %2004 = or disjoint i64 %1937, 32
  %2005 = getelementptr inbounds float, ptr %dQc, i64 %2004
  store <16 x float> %1957, ptr %2005, align 4
  %2006 = or disjoint i64 %1937, 48
  %2007 = getelementptr inbounds float, ptr %dQc, i64 %2006
  store <16 x float> %1958, ptr %2007, align 4
  %2008 = or disjoint i64 %1937, 64
  %2009 = getelementptr inbounds float, ptr %dQc, i64 %2008
  store <16 x float> %1964, ptr %2009, align 4
  %2010 = or disjoint i64 %1937, 80
  %2011 = getelementptr inbounds float, ptr %dQc, i64 %2010
  store <16 x float> %1965, ptr %2011, align 4
  %2012 = or disjoint i64 %1937, 96
  %2013 = getelementptr inbounds float, ptr %dQc, i64 %2012
  store <16 x float> %1971, ptr %2013, align 4
  %2014 = or disjoint i64 %1937, 112
  %2015 = getelementptr inbounds float, ptr %dQc, i64 %2014
  store <16 x float> %1972, ptr %2015, align 4
  %2016 = or disjoint i64 %1937, 128
  %2017 = getelementptr inbounds float, ptr %dQc, i64 %2016
  store <16 x float> %1978, ptr %2017, align 4
  %2018 = or disjoint i64 %1937, 144
  %2019 = getelementptr inbounds float, ptr %dQc, i64 %2018
  store <16 x float> %1979, ptr %2019, align 4
  %2020 = or disjoint i64 %1937, 160
  %2021 = getelementptr inbounds float, ptr %dQc, i64 %2020
  store <16 x float> %1985, ptr %2021, align 4
  %2022 = or disjoint i64 %1937, 176
  %2023 = getelementptr inbounds float, ptr %dQc, i64 %2022
  store <16 x float> %1986, ptr %2023, align 4
  %2024 = or disjoint i64 %1937, 192
  %2025 = getelementptr inbounds float, ptr %dQc, i64 %2024
  store <16 x float> %1992, ptr %2025, align 4
  %2026 = or disjoint i64 %1937, 208
  %2027 = getelementptr inbounds float, ptr %dQc, i64 %2026
  store <16 x float> %1993, ptr %2027, align 4
  %2028 = or disjoint i64 %1937, 224
  %2029 = getelementptr inbounds float, ptr %dQc, i64 %2028
  store <16 x float> %1999, ptr %2029, align 4
  %2030 = or disjoint i64 %1937, 240
  %2031 = getelementptr inbounds float, ptr %dQc, i64 %2030
  store <16 x float> %2000, ptr %2031, align 4
  %i38.next = add nuw nsw i64 %i38.addr.02549, 8
  %2032 = icmp ult i64 %i38.addr.02549, 56
  br i1 %2032, label %p9.head.preheader, label %i39.body

i39.body:                                         ; preds = %p9.exit, %p10.exit
  %i39.addr.02567 = phi i64 [ %i39.next, %p10.exit ], [ 0, %p9.exit ]
  %2033 = shl nuw nsw i64 %i39.addr.02567, 5
  %2034 = getelementptr inbounds float, ptr %dQc, i64 %2033
  %2035 = load <16 x float>, ptr %2034, align 4
  %2036 = or disjoint i64 %2033, 16
  %2037 = getelementptr inbounds float, ptr %dQc, i64 %2036
  %2038 = load <16 x float>, ptr %2037, align 4
  %2039 = or disjoint i64 %i39.addr.02567, 1
  %2040 = shl nuw nsw i64 %2039, 5
  %2041 = getelementptr inbounds float, ptr %dQc, i64 %2040
  %2042 = load <16 x float>, ptr %2041, align 4
  %2043 = or disjoint i64 %2040, 16
  %2044 = getelementptr inbounds float, ptr %dQc, i64 %2043
  %2045 = load <16 x float>, ptr %2044, align 4
  %2046 = or disjoint i64 %i39.addr.02567, 2
  %2047 = shl nuw nsw i64 %2046, 5
  %2048 = getelementptr inbounds float, ptr %dQc, i64 %2047
  %2049 = load <16 x float>, ptr %2048, align 4
  %2050 = or disjoint i64 %2047, 16
  %2051 = getelementptr inbounds float, ptr %dQc, i64 %2050
  %2052 = load <16 x float>, ptr %2051, align 4
  %2053 = or disjoint i64 %i39.addr.02567, 3
  %2054 = shl nuw nsw i64 %2053, 5
  %2055 = getelementptr inbounds float, ptr %dQc, i64 %2054
  %2056 = load <16 x float>, ptr %2055, align 4
  %2057 = or disjoint i64 %2054, 16
  %2058 = getelementptr inbounds float, ptr %dQc, i64 %2057
  %2059 = load <16 x float>, ptr %2058, align 4
  %2060 = or disjoint i64 %i39.addr.02567, 4
  %2061 = shl nuw nsw i64 %2060, 5
  %2062 = getelementptr inbounds float, ptr %dQc, i64 %2061
  %2063 = load <16 x float>, ptr %2062, align 4
  %2064 = or disjoint i64 %2061, 16
  %2065 = getelementptr inbounds float, ptr %dQc, i64 %2064
  %2066 = load <16 x float>, ptr %2065, align 4
  %2067 = or disjoint i64 %i39.addr.02567, 5
  %2068 = shl nuw nsw i64 %2067, 5
  %2069 = getelementptr inbounds float, ptr %dQc, i64 %2068
  %2070 = load <16 x float>, ptr %2069, align 4
  %2071 = or disjoint i64 %2068, 16
  %2072 = getelementptr inbounds float, ptr %dQc, i64 %2071
  %2073 = load <16 x float>, ptr %2072, align 4
  %2074 = or disjoint i64 %i39.addr.02567, 6
  %2075 = shl nuw nsw i64 %2074, 5
  %2076 = getelementptr inbounds float, ptr %dQc, i64 %2075
  %2077 = load <16 x float>, ptr %2076, align 4
  %2078 = or disjoint i64 %2075, 16
  %2079 = getelementptr inbounds float, ptr %dQc, i64 %2078
  %2080 = load <16 x float>, ptr %2079, align 4
  %2081 = or disjoint i64 %i39.addr.02567, 7
  %2082 = shl nuw nsw i64 %2081, 5
  %2083 = getelementptr inbounds float, ptr %dQc, i64 %2082
  %2084 = load <16 x float>, ptr %2083, align 4
  %2085 = or disjoint i64 %2082, 16
  %2086 = getelementptr inbounds float, ptr %dQc, i64 %2085
  %2087 = load <16 x float>, ptr %2086, align 4
  br label %p10.body

p10.body:                                         ; preds = %i39.body, %p10.body
  %p10.addr.02566 = phi i64 [ 0, %i39.body ], [ %p10.next, %p10.body ]
  %acc111.02565 = phi <16 x float> [ %2087, %i39.body ], [ %2152, %p10.body ]
  %acc110.02564 = phi <16 x float> [ %2084, %i39.body ], [ %2151, %p10.body ]
  %acc109.02563 = phi <16 x float> [ %2080, %i39.body ], [ %2145, %p10.body ]
  %acc108.02562 = phi <16 x float> [ %2077, %i39.body ], [ %2144, %p10.body ]
  %acc107.02561 = phi <16 x float> [ %2073, %i39.body ], [ %2138, %p10.body ]
  %acc106.02560 = phi <16 x float> [ %2070, %i39.body ], [ %2137, %p10.body ]
  %acc105.02559 = phi <16 x float> [ %2066, %i39.body ], [ %2131, %p10.body ]
  %acc104.02558 = phi <16 x float> [ %2063, %i39.body ], [ %2130, %p10.body ]
  %acc103.02557 = phi <16 x float> [ %2059, %i39.body ], [ %2124, %p10.body ]
  %acc102.02556 = phi <16 x float> [ %2056, %i39.body ], [ %2123, %p10.body ]
  %acc101.02555 = phi <16 x float> [ %2052, %i39.body ], [ %2117, %p10.body ]
  %acc100.02554 = phi <16 x float> [ %2049, %i39.body ], [ %2116, %p10.body ]
  %acc99.02553 = phi <16 x float> [ %2045, %i39.body ], [ %2110, %p10.body ]
  %acc98.02552 = phi <16 x float> [ %2042, %i39.body ], [ %2109, %p10.body ]
  %acc97.02551 = phi <16 x float> [ %2038, %i39.body ], [ %2103, %p10.body ]
  %acc96.02550 = phi <16 x float> [ %2035, %i39.body ], [ %2102, %p10.body ]
  %2088 = shl nuw nsw i64 %p10.addr.02566, 5
  %2089 = or disjoint i64 %2088, 4096
  %2090 = getelementptr inbounds float, ptr %Bk, i64 %2089
  %2091 = load <16 x float>, ptr %2090, align 4
  %2092 = or disjoint i64 %2088, 4112
  %2093 = getelementptr inbounds float, ptr %Bk, i64 %2092
  %2094 = load <16 x float>, ptr %2093, align 4
  %2095 = shl nuw nsw i64 %p10.addr.02566, 8
  %2096 = or disjoint i64 %2095, 64
  %2097 = or disjoint i64 %2096, %i39.addr.02567
  %2098 = getelementptr inbounds float, ptr %Ak, i64 %2097
  %2099 = load float, ptr %2098, align 4
  %2100 = insertelement <16 x float> poison, float %2099, i64 0
  %2101 = shufflevector <16 x float> %2100, <16 x float> poison, <16 x i32> zeroinitializer
  %2102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2101, <16 x float> %2091, <16 x float> %acc96.02550)
  %2103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2101, <16 x float> %2094, <16 x float> %acc97.02551)
  %2104 = or disjoint i64 %2096, %2039
  %2105 = getelementptr inbounds float, ptr %Ak, i64 %2104
  %2106 = load float, ptr %2105, align 4
  %2107 = insertelement <16 x float> poison, float %2106, i64 0
  %2108 = shufflevector <16 x float> %2107, <16 x float> poison, <16 x i32> zeroinitializer
  %2109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2108, <16 x float> %2091, <16 x float> %acc98.02552)
  %2110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2108, <16 x float> %2094, <16 x float> %acc99.02553)
  %2111 = or disjoint i64 %2096, %2046
  %2112 = getelementptr inbounds float, ptr %Ak, i64 %2111
  %2113 = load float, ptr %2112, align 4
  %2114 = insertelement <16 x float> poison, float %2113, i64 0
  %2115 = shufflevector <16 x float> %2114, <16 x float> poison, <16 x i32> zeroinitializer
  %2116 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2115, <16 x float> %2091, <16 x float> %acc100.02554)
  %2117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2115, <16 x float> %2094, <16 x float> %acc101.02555)
  %2118 = or disjoint i64 %2096, %2053
  %2119 = getelementptr inbounds float, ptr %Ak, i64 %2118
  %2120 = load float, ptr %2119, align 4
  %2121 = insertelement <16 x float> poison, float %2120, i64 0
  %2122 = shufflevector <16 x float> %2121, <16 x float> poison, <16 x i32> zeroinitializer
  %2123 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2122, <16 x float> %2091, <16 x float> %acc102.02556)
  %2124 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2122, <16 x float> %2094, <16 x float> %acc103.02557)
  %2125 = or disjoint i64 %2096, %2060
  %2126 = getelementptr inbounds float, ptr %Ak, i64 %2125
  %2127 = load float, ptr %2126, align 4
  %2128 = insertelement <16 x float> poison, float %2127, i64 0
  %2129 = shufflevector <16 x float> %2128, <16 x float> poison, <16 x i32> zeroinitializer
  %2130 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2129, <16 x float> %2091, <16 x float> %acc104.02558)
  %2131 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2129, <16 x float> %2094, <16 x float> %acc105.02559)
  %2132 = or disjoint i64 %2096, %2067
  %2133 = getelementptr inbounds float, ptr %Ak, i64 %2132
  %2134 = load float, ptr %2133, align 4
  %2135 = insertelement <16 x float> poison, float %2134, i64 0
  %2136 = shufflevector <16 x float> %2135, <16 x float> poison, <16 x i32> zeroinitializer
  %2137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2091, <16 x float> %acc106.02560)
  %2138 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2136, <16 x float> %2094, <16 x float> %acc107.02561)
  %2139 = or disjoint i64 %2096, %2074
  %2140 = getelementptr inbounds float, ptr %Ak, i64 %2139
  %2141 = load float, ptr %2140, align 4
  %2142 = insertelement <16 x float> poison, float %2141, i64 0
  %2143 = shufflevector <16 x float> %2142, <16 x float> poison, <16 x i32> zeroinitializer
  %2144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2143, <16 x float> %2091, <16 x float> %acc108.02562)
  %2145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2143, <16 x float> %2094, <16 x float> %acc109.02563)
  %2146 = or disjoint i64 %2096, %2081
  %2147 = getelementptr inbounds float, ptr %Ak, i64 %2146
  %2148 = load float, ptr %2147, align 4
  %2149 = insertelement <16 x float> poison, float %2148, i64 0
  %2150 = shufflevector <16 x float> %2149, <16 x float> poison, <16 x i32> zeroinitializer
  %2151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2150, <16 x float> %2091, <16 x float> %acc110.02564)
  %2152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2150, <16 x float> %2094, <16 x float> %acc111.02565)
  %p10.next = add nuw nsw i64 %p10.addr.02566, 1
  %exitcond2900.not = icmp eq i64 %p10.next, 128
  br i1 %exitcond2900.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2102, ptr %2034, align 4
  store <16 x float> %2103, ptr %2037, align 4
  store <16 x float> %2109, ptr %2041, align 4
  store <16 x float> %2110, ptr %2044, align 4
  store <16 x float> %2116, ptr %2048, align 4
  store <16 x float> %2117, ptr %2051, align 4
  store <16 x float> %2123, ptr %2055, align 4
  store <16 x float> %2124, ptr %2058, align 4
  store <16 x float> %2130, ptr %2062, align 4
  store <16 x float> %2131, ptr %2065, align 4
  store <16 x float> %2137, ptr %2069, align 4
  store <16 x float> %2138, ptr %2072, align 4
  store <16 x float> %2144, ptr %2076, align 4
  store <16 x float> %2145, ptr %2079, align 4
  store <16 x float> %2151, ptr %2083, align 4
  store <16 x float> %2152, ptr %2086, align 4
  %i39.next = add nuw nsw i64 %i39.addr.02567, 8
  %2153 = icmp ult i64 %i39.addr.02567, 56
  br i1 %2153, label %i39.body, label %j29.body.preheader

j29.body.preheader:                               ; preds = %p10.exit
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %dbet, i8 0, i64 512, i1 false)
  br label %ib1.body

ib1.body:                                         ; preds = %j29.body.preheader, %j30.exit
  %ib1.addr.02586 = phi i64 [ %ib1.next, %j30.exit ], [ 0, %j29.body.preheader ]
  %2154 = shl nuw nsw i64 %ib1.addr.02586, 2
  %i01 = sub nuw nsw i64 124, %2154
  %2155 = shl nuw nsw i64 %i01, 5
  %2156 = getelementptr inbounds float, ptr %OY, i64 %2155
  %2157 = getelementptr inbounds i8, ptr %2156, i64 8192
  %2158 = load <16 x float>, ptr %2157, align 4
  %2159 = getelementptr inbounds i8, ptr %2156, i64 8256
  %2160 = load <16 x float>, ptr %2159, align 4
  %2161 = sub nuw nsw i64 125, %2154
  %2162 = shl nuw nsw i64 %2161, 5
  %2163 = getelementptr inbounds float, ptr %OY, i64 %2162
  %2164 = getelementptr inbounds i8, ptr %2163, i64 8192
  %2165 = load <16 x float>, ptr %2164, align 4
  %2166 = getelementptr inbounds i8, ptr %2163, i64 8256
  %2167 = load <16 x float>, ptr %2166, align 4
  %2168 = sub nuw nsw i64 126, %2154
  %2169 = shl nuw nsw i64 %2168, 5
  %2170 = getelementptr inbounds float, ptr %OY, i64 %2169
  %2171 = getelementptr inbounds i8, ptr %2170, i64 8192
  %2172 = load <16 x float>, ptr %2171, align 4
  %2173 = getelementptr inbounds i8, ptr %2170, i64 8256
  %2174 = load <16 x float>, ptr %2173, align 4
  %2175 = sub nuw nsw i64 127, %2154
  %2176 = shl nuw nsw i64 %2175, 5
  %2177 = getelementptr inbounds float, ptr %OY, i64 %2176
  %2178 = getelementptr inbounds i8, ptr %2177, i64 8192
  %2179 = load <16 x float>, ptr %2178, align 4
  %2180 = getelementptr inbounds i8, ptr %2177, i64 8256
  %2181 = load <16 x float>, ptr %2180, align 4
  %.not2690 = icmp eq i64 %ib1.addr.02586, 0
  br i1 %.not2690, label %j30.exit, label %j30.body.preheader

j30.body.preheader:                               ; preds = %ib1.body
  %2182 = sub nuw nsw i64 128, %2154
  br label %j30.body

j30.body:                                         ; preds = %j30.body.preheader, %j30.body
  %j30.addr.02577 = phi i64 [ %j30.next, %j30.body ], [ %2182, %j30.body.preheader ]
  %acc119.02576 = phi <16 x float> [ %2219, %j30.body ], [ %2181, %j30.body.preheader ]
  %acc118.02575 = phi <16 x float> [ %2218, %j30.body ], [ %2179, %j30.body.preheader ]
  %acc117.02574 = phi <16 x float> [ %2211, %j30.body ], [ %2174, %j30.body.preheader ]
  %acc116.02573 = phi <16 x float> [ %2210, %j30.body ], [ %2172, %j30.body.preheader ]
  %acc115.02572 = phi <16 x float> [ %2203, %j30.body ], [ %2167, %j30.body.preheader ]
  %acc114.02571 = phi <16 x float> [ %2202, %j30.body ], [ %2165, %j30.body.preheader ]
  %acc113.02570 = phi <16 x float> [ %2195, %j30.body ], [ %2160, %j30.body.preheader ]
  %acc112.02569 = phi <16 x float> [ %2194, %j30.body ], [ %2158, %j30.body.preheader ]
  %.idx2378 = shl nuw nsw i64 %j30.addr.02577, 7
  %2183 = getelementptr inbounds i8, ptr %OY, i64 %.idx2378
  %2184 = getelementptr inbounds i8, ptr %2183, i64 8192
  %2185 = load <16 x float>, ptr %2184, align 4
  %2186 = getelementptr inbounds i8, ptr %2183, i64 8256
  %2187 = load <16 x float>, ptr %2186, align 4
  %2188 = or disjoint i64 %.idx2378, %i01
  %2189 = getelementptr inbounds float, ptr %Gm, i64 %2188
  %2190 = load float, ptr %2189, align 4
  %2191 = fneg float %2190
  %2192 = insertelement <16 x float> poison, float %2191, i64 0
  %2193 = shufflevector <16 x float> %2192, <16 x float> poison, <16 x i32> zeroinitializer
  %2194 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2193, <16 x float> %2185, <16 x float> %acc112.02569)
  %2195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2193, <16 x float> %2187, <16 x float> %acc113.02570)
  %2196 = or disjoint i64 %.idx2378, %2161
  %2197 = getelementptr inbounds float, ptr %Gm, i64 %2196
  %2198 = load float, ptr %2197, align 4
  %2199 = fneg float %2198
  %2200 = insertelement <16 x float> poison, float %2199, i64 0
  %2201 = shufflevector <16 x float> %2200, <16 x float> poison, <16 x i32> zeroinitializer
  %2202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2201, <16 x float> %2185, <16 x float> %acc114.02571)
  %2203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2201, <16 x float> %2187, <16 x float> %acc115.02572)
  %2204 = or disjoint i64 %.idx2378, %2168
  %2205 = getelementptr inbounds float, ptr %Gm, i64 %2204
  %2206 = load float, ptr %2205, align 4
  %2207 = fneg float %2206
  %2208 = insertelement <16 x float> poison, float %2207, i64 0
  %2209 = shufflevector <16 x float> %2208, <16 x float> poison, <16 x i32> zeroinitializer
  %2210 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2209, <16 x float> %2185, <16 x float> %acc116.02573)
  %2211 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2209, <16 x float> %2187, <16 x float> %acc117.02574)
  %2212 = or disjoint i64 %.idx2378, %2175
  %2213 = getelementptr inbounds float, ptr %Gm, i64 %2212
  %2214 = load float, ptr %2213, align 4
  %2215 = fneg float %2214
  %2216 = insertelement <16 x float> poison, float %2215, i64 0
  %2217 = shufflevector <16 x float> %2216, <16 x float> poison, <16 x i32> zeroinitializer
  %2218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2217, <16 x float> %2185, <16 x float> %acc118.02575)
  %2219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2217, <16 x float> %2187, <16 x float> %acc119.02576)
  %j30.next = add nuw nsw i64 %j30.addr.02577, 1
  %2220 = icmp ult i64 %j30.addr.02577, 127
  br i1 %2220, label %j30.body, label %j30.exit

j30.exit:                                         ; preds = %j30.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2158, %ib1.body ], [ %2194, %j30.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2160, %ib1.body ], [ %2195, %j30.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2165, %ib1.body ], [ %2202, %j30.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2167, %ib1.body ], [ %2203, %j30.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2172, %ib1.body ], [ %2210, %j30.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2174, %ib1.body ], [ %2211, %j30.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2179, %ib1.body ], [ %2218, %j30.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2181, %ib1.body ], [ %2219, %j30.body ]
  %2221 = getelementptr inbounds float, ptr %Rr, i64 %2176
  %2222 = load <16 x float>, ptr %2221, align 4
  %2223 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2222, <16 x float> zeroinitializer)
  %2224 = or disjoint i64 %2176, 16
  %2225 = getelementptr inbounds float, ptr %Rr, i64 %2224
  %2226 = load <16 x float>, ptr %2225, align 4
  %2227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2226, <16 x float> %2223)
  %2228 = shufflevector <16 x float> %2227, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2229 = shufflevector <16 x float> %2227, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2230 = fadd <8 x float> %2228, %2229
  %2231 = shufflevector <8 x float> %2230, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2232 = shufflevector <8 x float> %2230, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2233 = fadd <4 x float> %2231, %2232
  %2234 = shufflevector <4 x float> %2233, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2235 = shufflevector <4 x float> %2233, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2236 = fadd <2 x float> %2234, %2235
  %2237 = shufflevector <2 x float> %2236, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2238 = shufflevector <2 x float> %2236, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2239 = getelementptr inbounds float, ptr %bet, i64 %2175
  %2240 = load float, ptr %2239, align 4
  %2241 = insertelement <16 x float> poison, float %2240, i64 0
  %2242 = shufflevector <16 x float> %2241, <16 x float> poison, <16 x i32> zeroinitializer
  %2243 = fmul <16 x float> %acc118.0.lcssa, %2242
  store <16 x float> %2243, ptr %2178, align 4
  %2244 = fneg <16 x float> %2243
  %2245 = shl nuw nsw i64 %2175, 8
  %2246 = or disjoint i64 %2245, 32
  %2247 = getelementptr inbounds float, ptr %Ak, i64 %2246
  store <16 x float> %2244, ptr %2247, align 4
  %2248 = fmul <16 x float> %acc119.0.lcssa, %2242
  store <16 x float> %2248, ptr %2180, align 4
  %2249 = fneg <16 x float> %2248
  %2250 = or disjoint i64 %2245, 48
  %2251 = getelementptr inbounds float, ptr %Ak, i64 %2250
  store <16 x float> %2249, ptr %2251, align 4
  %2252 = shl nuw nsw i64 %2175, 7
  %2253 = or disjoint i64 %2252, %2168
  %2254 = getelementptr inbounds float, ptr %Gm, i64 %2253
  %2255 = load float, ptr %2254, align 4
  %2256 = fneg float %2255
  %2257 = insertelement <16 x float> poison, float %2256, i64 0
  %2258 = shufflevector <16 x float> %2257, <16 x float> poison, <16 x i32> zeroinitializer
  %2259 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2243, <16 x float> %acc116.0.lcssa)
  %2260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2258, <16 x float> %2248, <16 x float> %acc117.0.lcssa)
  %2261 = getelementptr inbounds float, ptr %Rr, i64 %2169
  %2262 = load <16 x float>, ptr %2261, align 4
  %2263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2259, <16 x float> %2262, <16 x float> zeroinitializer)
  %2264 = or disjoint i64 %2169, 16
  %2265 = getelementptr inbounds float, ptr %Rr, i64 %2264
  %2266 = load <16 x float>, ptr %2265, align 4
  %2267 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2260, <16 x float> %2266, <16 x float> %2263)
  %2268 = shufflevector <16 x float> %2267, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2269 = shufflevector <16 x float> %2267, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2270 = fadd <8 x float> %2268, %2269
  %2271 = shufflevector <8 x float> %2270, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2272 = shufflevector <8 x float> %2270, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2273 = fadd <4 x float> %2271, %2272
  %2274 = shufflevector <4 x float> %2273, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2275 = shufflevector <4 x float> %2273, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2276 = fadd <2 x float> %2274, %2275
  %2277 = shufflevector <2 x float> %2276, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %2278 = shufflevector <2 x float> %2276, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %2279 = getelementptr inbounds float, ptr %bet, i64 %2168
  %2280 = load float, ptr %2279, align 4
  %2281 = insertelement <16 x float> poison, float %2280, i64 0
  %2282 = shufflevector <16 x float> %2281, <16 x float> poison, <16 x i32> zeroinitializer
  %2283 = fmul <16 x float> %2259, %2282
  store <16 x float> %2283, ptr %2171, align 4
  %2284 = fneg <16 x float> %2283
  %2285 = shl nuw nsw i64 %2168, 8
  %2286 = or disjoint i64 %2285, 32
  %2287 = getelementptr inbounds float, ptr %Ak, i64 %2286
  store <16 x float> %2284, ptr %2287, align 4
  %2288 = fmul <16 x float> %2260, %2282
  store <16 x float> %2288, ptr %2173, align 4
  %2289 = fneg <16 x float> %2288
  %2290 = or disjoint i64 %2285, 48
  %2291 = getelementptr inbounds float, ptr %Ak, i64 %2290
  store <16 x float> %2289, ptr %2291, align 4
  %2292 = shl nuw nsw i64 %2168, 7
  %2293 = or disjoint i64 %2292, %2161
  %2294 = getelementptr inbounds float, ptr %Gm, i64 %2293
  %2295 = load float, ptr %2294, align 4
  %2296 = fneg float %2295
  %2297 = insertelement <16 x float> poison, float %2296, i64 0
  %2298 = shufflevector <16 x float> %2297, <16 x float> poison, <16 x i32> zeroinitializer
  %2299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2298, <16 x float> %2283, <16 x float> %acc114.0.lcssa)
  %2300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2298, <16 x float> %2288, <16 x float> %acc115.0.lcssa)
  %2301 = or disjoint i64 %2252, %2161
  %2302 = getelementptr inbounds float, ptr %Gm, i64 %2301
  %2303 = load float, ptr %2302, align 4
  %2304 = fneg float %2303
  %2305 = insertelement <16 x float> poison, float %2304, i64 0
  %2306 = shufflevector <16 x float> %2305, <16 x float> poison, <16 x i32> zeroinitializer
  %2307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2306, <16 x float> %2243, <16 x float> %2299)
  %2308 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2306, <16 x float> %2248, <16 x float> %2300)
  %2309 = getelementptr inbounds float, ptr %Rr, i64 %2162
  %2310 = load <16 x float>, ptr %2309, align 4
  %2311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2307, <16 x float> %2310, <16 x float> zeroinitializer)
  %2312 = or disjoint i64 %2162, 16
  %2313 = getelementptr inbounds float, ptr %Rr, i64 %2312
  %2314 = load <16 x float>, ptr %2313, align 4
  %2315 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2308, <16 x float> %2314, <16 x float> %2311)
  %2316 = shufflevector <16 x float> %2315, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2317 = shufflevector <16 x float> %2315, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2318 = fadd <8 x float> %2316, %2317
  %2319 = shufflevector <8 x float> %2318, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2320 = shufflevector <8 x float> %2318, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2321 = fadd <4 x float> %2319, %2320
  %2322 = shufflevector <4 x float> %2321, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2323 = shufflevector <4 x float> %2321, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2324 = fadd <2 x float> %2322, %2323
  %2325 = getelementptr inbounds float, ptr %bet, i64 %2161
  %2326 = load float, ptr %2325, align 4
  %2327 = insertelement <16 x float> poison, float %2326, i64 0
  %2328 = shufflevector <16 x float> %2327, <16 x float> poison, <16 x i32> zeroinitializer
  %2329 = fmul <16 x float> %2307, %2328
  store <16 x float> %2329, ptr %2164, align 4
  %2330 = fneg <16 x float> %2329
  %2331 = shl nuw nsw i64 %2161, 8
  %2332 = or disjoint i64 %2331, 32
  %2333 = getelementptr inbounds float, ptr %Ak, i64 %2332
  store <16 x float> %2330, ptr %2333, align 4
  %2334 = fmul <16 x float> %2308, %2328
  store <16 x float> %2334, ptr %2166, align 4
  %2335 = fneg <16 x float> %2334
  %2336 = or disjoint i64 %2331, 48
  %2337 = getelementptr inbounds float, ptr %Ak, i64 %2336
  store <16 x float> %2335, ptr %2337, align 4
  %2338 = shl nuw nsw i64 %2161, 7
  %2339 = or disjoint i64 %2338, %i01
  %2340 = getelementptr inbounds float, ptr %Gm, i64 %2339
  %2341 = load float, ptr %2340, align 4
  %2342 = fneg float %2341
  %2343 = insertelement <16 x float> poison, float %2342, i64 0
  %2344 = shufflevector <16 x float> %2343, <16 x float> poison, <16 x i32> zeroinitializer
  %2345 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2344, <16 x float> %2329, <16 x float> %acc112.0.lcssa)
  %2346 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2344, <16 x float> %2334, <16 x float> %acc113.0.lcssa)
  %2347 = or disjoint i64 %2292, %i01
  %2348 = getelementptr inbounds float, ptr %Gm, i64 %2347
  %2349 = load float, ptr %2348, align 4
  %2350 = fneg float %2349
  %2351 = insertelement <16 x float> poison, float %2350, i64 0
  %2352 = shufflevector <16 x float> %2351, <16 x float> poison, <16 x i32> zeroinitializer
  %2353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2352, <16 x float> %2283, <16 x float> %2345)
  %2354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2352, <16 x float> %2288, <16 x float> %2346)
  %2355 = or disjoint i64 %2252, %i01
  %2356 = getelementptr inbounds float, ptr %Gm, i64 %2355
  %2357 = load float, ptr %2356, align 4
  %2358 = fneg float %2357
  %2359 = insertelement <16 x float> poison, float %2358, i64 0
  %2360 = shufflevector <16 x float> %2359, <16 x float> poison, <16 x i32> zeroinitializer
  %2361 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2243, <16 x float> %2353)
  %2362 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2360, <16 x float> %2248, <16 x float> %2354)
  %2363 = getelementptr inbounds float, ptr %Rr, i64 %2155
  %2364 = load <16 x float>, ptr %2363, align 4
  %2365 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2361, <16 x float> %2364, <16 x float> zeroinitializer)
  %2366 = or disjoint i64 %2155, 16
  %2367 = getelementptr inbounds float, ptr %Rr, i64 %2366
  %2368 = load <16 x float>, ptr %2367, align 4
  %2369 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2362, <16 x float> %2368, <16 x float> %2365)
  %2370 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2371 = shufflevector <16 x float> %2369, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2372 = shufflevector <16 x float> %2369, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2373 = fadd <8 x float> %2371, %2372
  %2374 = shufflevector <8 x float> %2373, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2375 = shufflevector <8 x float> %2373, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2376 = fadd <4 x float> %2374, %2375
  %2377 = shufflevector <4 x float> %2376, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2378 = shufflevector <4 x float> %2376, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2379 = fadd <2 x float> %2377, %2378
  %2380 = load <4 x float>, ptr %2370, align 4
  %2381 = shufflevector <2 x float> %2379, <2 x float> %2324, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %2382 = shufflevector <4 x float> %2381, <4 x float> %2278, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %2383 = shufflevector <4 x float> %2382, <4 x float> %2238, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %2384 = shufflevector <2 x float> %2379, <2 x float> %2324, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %2385 = shufflevector <4 x float> %2384, <4 x float> %2277, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %2386 = shufflevector <4 x float> %2385, <4 x float> %2237, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %2387 = fadd <4 x float> %2383, %2386
  %2388 = fadd <4 x float> %2380, %2387
  store <4 x float> %2388, ptr %2370, align 4
  %2389 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2390 = load float, ptr %2389, align 4
  %2391 = insertelement <16 x float> poison, float %2390, i64 0
  %2392 = shufflevector <16 x float> %2391, <16 x float> poison, <16 x i32> zeroinitializer
  %2393 = fmul <16 x float> %2361, %2392
  store <16 x float> %2393, ptr %2157, align 4
  %2394 = fneg <16 x float> %2393
  %2395 = shl nuw nsw i64 %i01, 8
  %2396 = or disjoint i64 %2395, 32
  %2397 = getelementptr inbounds float, ptr %Ak, i64 %2396
  store <16 x float> %2394, ptr %2397, align 4
  %2398 = fmul <16 x float> %2362, %2392
  store <16 x float> %2398, ptr %2159, align 4
  %2399 = fneg <16 x float> %2398
  %2400 = or disjoint i64 %2395, 48
  %2401 = getelementptr inbounds float, ptr %Ak, i64 %2400
  store <16 x float> %2399, ptr %2401, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02586, 1
  %exitcond2901.not = icmp eq i64 %ib1.next, 32
  br i1 %exitcond2901.not, label %i44.body, label %ib1.body

i44.body:                                         ; preds = %j30.exit, %p11.exit
  %i44.addr.02604 = phi i64 [ %i44.next, %p11.exit ], [ 0, %j30.exit ]
  %2402 = shl nuw nsw i64 %i44.addr.02604, 6
  %2403 = or disjoint i64 %2402, 32
  %2404 = getelementptr inbounds float, ptr %work, i64 %2403
  %2405 = load <16 x float>, ptr %2404, align 4
  %2406 = or disjoint i64 %2402, 48
  %2407 = getelementptr inbounds float, ptr %work, i64 %2406
  %2408 = load <16 x float>, ptr %2407, align 4
  %2409 = or disjoint i64 %i44.addr.02604, 1
  %2410 = shl nuw nsw i64 %2409, 6
  %2411 = or disjoint i64 %2410, 32
  %2412 = getelementptr inbounds float, ptr %work, i64 %2411
  %2413 = load <16 x float>, ptr %2412, align 4
  %2414 = or disjoint i64 %2410, 48
  %2415 = getelementptr inbounds float, ptr %work, i64 %2414
  %2416 = load <16 x float>, ptr %2415, align 4
  %2417 = or disjoint i64 %i44.addr.02604, 2
  %2418 = shl nuw nsw i64 %2417, 6
  %2419 = or disjoint i64 %2418, 32
  %2420 = getelementptr inbounds float, ptr %work, i64 %2419
  %2421 = load <16 x float>, ptr %2420, align 4
  %2422 = or disjoint i64 %2418, 48
  %2423 = getelementptr inbounds float, ptr %work, i64 %2422
  %2424 = load <16 x float>, ptr %2423, align 4
  %2425 = or disjoint i64 %i44.addr.02604, 3
  %2426 = shl nuw nsw i64 %2425, 6
  %2427 = or disjoint i64 %2426, 32
  %2428 = getelementptr inbounds float, ptr %work, i64 %2427
  %2429 = load <16 x float>, ptr %2428, align 4
  %2430 = or disjoint i64 %2426, 48
  %2431 = getelementptr inbounds float, ptr %work, i64 %2430
  %2432 = load <16 x float>, ptr %2431, align 4
  %2433 = or disjoint i64 %i44.addr.02604, 4
  %2434 = shl nuw nsw i64 %2433, 6
  %2435 = or disjoint i64 %2434, 32
  %2436 = getelementptr inbounds float, ptr %work, i64 %2435
  %2437 = load <16 x float>, ptr %2436, align 4
  %2438 = or disjoint i64 %2434, 48
  %2439 = getelementptr inbounds float, ptr %work, i64 %2438
  %2440 = load <16 x float>, ptr %2439, align 4
  %2441 = or disjoint i64 %i44.addr.02604, 5
  %2442 = shl nuw nsw i64 %2441, 6
  %2443 = or disjoint i64 %2442, 32
  %2444 = getelementptr inbounds float, ptr %work, i64 %2443
  %2445 = load <16 x float>, ptr %2444, align 4
  %2446 = or disjoint i64 %2442, 48
  %2447 = getelementptr inbounds float, ptr %work, i64 %2446
  %2448 = load <16 x float>, ptr %2447, align 4
  %2449 = or disjoint i64 %i44.addr.02604, 6
  %2450 = shl nuw nsw i64 %2449, 6
  %2451 = or disjoint i64 %2450, 32
  %2452 = getelementptr inbounds float, ptr %work, i64 %2451
  %2453 = load <16 x float>, ptr %2452, align 4
  %2454 = or disjoint i64 %2450, 48
  %2455 = getelementptr inbounds float, ptr %work, i64 %2454
  %2456 = load <16 x float>, ptr %2455, align 4
  %2457 = or disjoint i64 %i44.addr.02604, 7
  %2458 = shl nuw nsw i64 %2457, 6
  %2459 = or disjoint i64 %2458, 32
  %2460 = getelementptr inbounds float, ptr %work, i64 %2459
  %2461 = load <16 x float>, ptr %2460, align 4
  %2462 = or disjoint i64 %2458, 48
  %2463 = getelementptr inbounds float, ptr %work, i64 %2462
  %2464 = load <16 x float>, ptr %2463, align 4
  br label %p11.body

p11.body:                                         ; preds = %i44.body, %p11.body
  %p11.addr.02603 = phi i64 [ 0, %i44.body ], [ %p11.next, %p11.body ]
  %acc135.02602 = phi <16 x float> [ %2464, %i44.body ], [ %2526, %p11.body ]
  %acc134.02601 = phi <16 x float> [ %2461, %i44.body ], [ %2525, %p11.body ]
  %acc133.02600 = phi <16 x float> [ %2456, %i44.body ], [ %2519, %p11.body ]
  %acc132.02599 = phi <16 x float> [ %2453, %i44.body ], [ %2518, %p11.body ]
  %acc131.02598 = phi <16 x float> [ %2448, %i44.body ], [ %2512, %p11.body ]
  %acc130.02597 = phi <16 x float> [ %2445, %i44.body ], [ %2511, %p11.body ]
  %acc129.02596 = phi <16 x float> [ %2440, %i44.body ], [ %2505, %p11.body ]
  %acc128.02595 = phi <16 x float> [ %2437, %i44.body ], [ %2504, %p11.body ]
  %acc127.02594 = phi <16 x float> [ %2432, %i44.body ], [ %2498, %p11.body ]
  %acc126.02593 = phi <16 x float> [ %2429, %i44.body ], [ %2497, %p11.body ]
  %acc125.02592 = phi <16 x float> [ %2424, %i44.body ], [ %2491, %p11.body ]
  %acc124.02591 = phi <16 x float> [ %2421, %i44.body ], [ %2490, %p11.body ]
  %acc123.02590 = phi <16 x float> [ %2416, %i44.body ], [ %2484, %p11.body ]
  %acc122.02589 = phi <16 x float> [ %2413, %i44.body ], [ %2483, %p11.body ]
  %acc121.02588 = phi <16 x float> [ %2408, %i44.body ], [ %2477, %p11.body ]
  %acc120.02587 = phi <16 x float> [ %2405, %i44.body ], [ %2476, %p11.body ]
  %2465 = shl nuw nsw i64 %p11.addr.02603, 5
  %2466 = getelementptr inbounds float, ptr %OY, i64 %2465
  %2467 = load <16 x float>, ptr %2466, align 4
  %2468 = or disjoint i64 %2465, 16
  %2469 = getelementptr inbounds float, ptr %OY, i64 %2468
  %2470 = load <16 x float>, ptr %2469, align 4
  %2471 = or disjoint i64 %2465, %i44.addr.02604
  %2472 = getelementptr inbounds float, ptr %QK, i64 %2471
  %2473 = load float, ptr %2472, align 4
  %2474 = insertelement <16 x float> poison, float %2473, i64 0
  %2475 = shufflevector <16 x float> %2474, <16 x float> poison, <16 x i32> zeroinitializer
  %2476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2475, <16 x float> %2467, <16 x float> %acc120.02587)
  %2477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2475, <16 x float> %2470, <16 x float> %acc121.02588)
  %2478 = or disjoint i64 %2465, %2409
  %2479 = getelementptr inbounds float, ptr %QK, i64 %2478
  %2480 = load float, ptr %2479, align 4
  %2481 = insertelement <16 x float> poison, float %2480, i64 0
  %2482 = shufflevector <16 x float> %2481, <16 x float> poison, <16 x i32> zeroinitializer
  %2483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2482, <16 x float> %2467, <16 x float> %acc122.02589)
  %2484 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2482, <16 x float> %2470, <16 x float> %acc123.02590)
  %2485 = or disjoint i64 %2465, %2417
  %2486 = getelementptr inbounds float, ptr %QK, i64 %2485
  %2487 = load float, ptr %2486, align 4
  %2488 = insertelement <16 x float> poison, float %2487, i64 0
  %2489 = shufflevector <16 x float> %2488, <16 x float> poison, <16 x i32> zeroinitializer
  %2490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2489, <16 x float> %2467, <16 x float> %acc124.02591)
  %2491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2489, <16 x float> %2470, <16 x float> %acc125.02592)
  %2492 = or disjoint i64 %2465, %2425
  %2493 = getelementptr inbounds float, ptr %QK, i64 %2492
  %2494 = load float, ptr %2493, align 4
  %2495 = insertelement <16 x float> poison, float %2494, i64 0
  %2496 = shufflevector <16 x float> %2495, <16 x float> poison, <16 x i32> zeroinitializer
  %2497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2496, <16 x float> %2467, <16 x float> %acc126.02593)
  %2498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2496, <16 x float> %2470, <16 x float> %acc127.02594)
  %2499 = or disjoint i64 %2465, %2433
  %2500 = getelementptr inbounds float, ptr %QK, i64 %2499
  %2501 = load float, ptr %2500, align 4
  %2502 = insertelement <16 x float> poison, float %2501, i64 0
  %2503 = shufflevector <16 x float> %2502, <16 x float> poison, <16 x i32> zeroinitializer
  %2504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2503, <16 x float> %2467, <16 x float> %acc128.02595)
  %2505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2503, <16 x float> %2470, <16 x float> %acc129.02596)
  %2506 = or disjoint i64 %2465, %2441
  %2507 = getelementptr inbounds float, ptr %QK, i64 %2506
  %2508 = load float, ptr %2507, align 4
  %2509 = insertelement <16 x float> poison, float %2508, i64 0
  %2510 = shufflevector <16 x float> %2509, <16 x float> poison, <16 x i32> zeroinitializer
  %2511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2510, <16 x float> %2467, <16 x float> %acc130.02597)
  %2512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2510, <16 x float> %2470, <16 x float> %acc131.02598)
  %2513 = or disjoint i64 %2465, %2449
  %2514 = getelementptr inbounds float, ptr %QK, i64 %2513
  %2515 = load float, ptr %2514, align 4
  %2516 = insertelement <16 x float> poison, float %2515, i64 0
  %2517 = shufflevector <16 x float> %2516, <16 x float> poison, <16 x i32> zeroinitializer
  %2518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2517, <16 x float> %2467, <16 x float> %acc132.02599)
  %2519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2517, <16 x float> %2470, <16 x float> %acc133.02600)
  %2520 = or disjoint i64 %2465, %2457
  %2521 = getelementptr inbounds float, ptr %QK, i64 %2520
  %2522 = load float, ptr %2521, align 4
  %2523 = insertelement <16 x float> poison, float %2522, i64 0
  %2524 = shufflevector <16 x float> %2523, <16 x float> poison, <16 x i32> zeroinitializer
  %2525 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2524, <16 x float> %2467, <16 x float> %acc134.02601)
  %2526 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2524, <16 x float> %2470, <16 x float> %acc135.02602)
  %p11.next = add nuw nsw i64 %p11.addr.02603, 1
  %exitcond2902.not = icmp eq i64 %p11.next, 192
  br i1 %exitcond2902.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <16 x float> %2476, ptr %2404, align 4
  store <16 x float> %2477, ptr %2407, align 4
  store <16 x float> %2483, ptr %2412, align 4
  store <16 x float> %2484, ptr %2415, align 4
  store <16 x float> %2490, ptr %2420, align 4
  store <16 x float> %2491, ptr %2423, align 4
  store <16 x float> %2497, ptr %2428, align 4
  store <16 x float> %2498, ptr %2431, align 4
  store <16 x float> %2504, ptr %2436, align 4
  store <16 x float> %2505, ptr %2439, align 4
  store <16 x float> %2511, ptr %2444, align 4
  store <16 x float> %2512, ptr %2447, align 4
  store <16 x float> %2518, ptr %2452, align 4
  store <16 x float> %2519, ptr %2455, align 4
  store <16 x float> %2525, ptr %2460, align 4
  store <16 x float> %2526, ptr %2463, align 4
  %i44.next = add nuw nsw i64 %i44.addr.02604, 8
  %2527 = icmp ult i64 %i44.addr.02604, 24
  br i1 %2527, label %i44.body, label %i45.body

i45.head.loopexit:                                ; preds = %p12.exit
  %2528 = icmp ult i64 %i45.addr.02617, 120
  br i1 %2528, label %i45.body, label %t4.body

i45.body:                                         ; preds = %p11.exit, %i45.head.loopexit
  %i45.addr.02617 = phi i64 [ %2529, %i45.head.loopexit ], [ 0, %p11.exit ]
  %2529 = add nuw nsw i64 %i45.addr.02617, 8
  %2530 = shl nuw nsw i64 %i45.addr.02617, 8
  %2531 = or disjoint i64 %2530, 128
  %2532 = getelementptr inbounds float, ptr %Ak, i64 %2531
  %2533 = or disjoint i64 %2530, 384
  %2534 = getelementptr inbounds float, ptr %Ak, i64 %2533
  %2535 = or disjoint i64 %2530, 640
  %2536 = getelementptr inbounds float, ptr %Ak, i64 %2535
  %2537 = or disjoint i64 %2530, 896
  %2538 = getelementptr inbounds float, ptr %Ak, i64 %2537
  %2539 = or disjoint i64 %2530, 1152
  %2540 = getelementptr inbounds float, ptr %Ak, i64 %2539
  %2541 = or disjoint i64 %2530, 1408
  %2542 = getelementptr inbounds float, ptr %Ak, i64 %2541
  %2543 = or disjoint i64 %2530, 1664
  %2544 = getelementptr inbounds float, ptr %Ak, i64 %2543
  %2545 = or disjoint i64 %2530, 1920
  %2546 = getelementptr inbounds float, ptr %Ak, i64 %2545
  %.idx2930 = shl nsw i64 %i45.addr.02617, 7
  %invariant.gep3130 = getelementptr inbounds i8, ptr %OY, i64 %.idx2930
  br label %p12.head.preheader

p12.head.preheader:                               ; preds = %i45.body, %p12.exit
  %j32.addr.02616 = phi i64 [ 0, %i45.body ], [ %j32.next, %p12.exit ]
  %invariant.gep2605 = getelementptr inbounds float, ptr %VnT, i64 %j32.addr.02616
  br label %p12.body

p12.body:                                         ; preds = %p12.head.preheader, %p12.body
  %p12.addr.02615 = phi i64 [ 0, %p12.head.preheader ], [ %p12.next, %p12.body ]
  %acc143.02614 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2587, %p12.body ]
  %acc142.02613 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2582, %p12.body ]
  %acc141.02612 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2577, %p12.body ]
  %acc140.02611 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2572, %p12.body ]
  %acc139.02610 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2567, %p12.body ]
  %acc138.02609 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2562, %p12.body ]
  %acc137.02608 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2557, %p12.body ]
  %acc136.02607 = phi <16 x float> [ zeroinitializer, %p12.head.preheader ], [ %2552, %p12.body ]
  %.idx = shl nuw nsw i64 %p12.addr.02615, 9
  %gep2606 = getelementptr inbounds i8, ptr %invariant.gep2605, i64 %.idx
  %2547 = load <16 x float>, ptr %gep2606, align 4
  %gep3131 = getelementptr inbounds float, ptr %invariant.gep3130, i64 %p12.addr.02615
  %2548 = getelementptr inbounds i8, ptr %gep3131, i64 8192
  %2549 = load float, ptr %2548, align 4
  %2550 = insertelement <16 x float> poison, float %2549, i64 0
  %2551 = shufflevector <16 x float> %2550, <16 x float> poison, <16 x i32> zeroinitializer
  %2552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2551, <16 x float> %2547, <16 x float> %acc136.02607)
  %2553 = getelementptr inbounds i8, ptr %gep3131, i64 8320
  %2554 = load float, ptr %2553, align 4
  %2555 = insertelement <16 x float> poison, float %2554, i64 0
  %2556 = shufflevector <16 x float> %2555, <16 x float> poison, <16 x i32> zeroinitializer
  %2557 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2556, <16 x float> %2547, <16 x float> %acc137.02608)
  %2558 = getelementptr inbounds i8, ptr %gep3131, i64 8448
  %2559 = load float, ptr %2558, align 4
  %2560 = insertelement <16 x float> poison, float %2559, i64 0
  %2561 = shufflevector <16 x float> %2560, <16 x float> poison, <16 x i32> zeroinitializer
  %2562 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2561, <16 x float> %2547, <16 x float> %acc138.02609)
  %2563 = getelementptr inbounds i8, ptr %gep3131, i64 8576
  %2564 = load float, ptr %2563, align 4
  %2565 = insertelement <16 x float> poison, float %2564, i64 0
  %2566 = shufflevector <16 x float> %2565, <16 x float> poison, <16 x i32> zeroinitializer
  %2567 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2566, <16 x float> %2547, <16 x float> %acc139.02610)
  %2568 = getelementptr inbounds i8, ptr %gep3131, i64 8704
  %2569 = load float, ptr %2568, align 4
  %2570 = insertelement <16 x float> poison, float %2569, i64 0
  %2571 = shufflevector <16 x float> %2570, <16 x float> poison, <16 x i32> zeroinitializer
  %2572 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2571, <16 x float> %2547, <16 x float> %acc140.02611)
  %2573 = getelementptr inbounds i8, ptr %gep3131, i64 8832
  %2574 = load float, ptr %2573, align 4
  %2575 = insertelement <16 x float> poison, float %2574, i64 0
  %2576 = shufflevector <16 x float> %2575, <16 x float> poison, <16 x i32> zeroinitializer
  %2577 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2576, <16 x float> %2547, <16 x float> %acc141.02612)
  %2578 = getelementptr inbounds i8, ptr %gep3131, i64 8960
  %2579 = load float, ptr %2578, align 4
  %2580 = insertelement <16 x float> poison, float %2579, i64 0
  %2581 = shufflevector <16 x float> %2580, <16 x float> poison, <16 x i32> zeroinitializer
  %2582 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2581, <16 x float> %2547, <16 x float> %acc142.02613)
  %2583 = getelementptr inbounds i8, ptr %gep3131, i64 9088
  %2584 = load float, ptr %2583, align 4
  %2585 = insertelement <16 x float> poison, float %2584, i64 0
  %2586 = shufflevector <16 x float> %2585, <16 x float> poison, <16 x i32> zeroinitializer
  %2587 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2586, <16 x float> %2547, <16 x float> %acc143.02614)
  %p12.next = add nuw nsw i64 %p12.addr.02615, 1
  %exitcond2903.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond2903.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %2588 = getelementptr inbounds float, ptr %2532, i64 %j32.addr.02616
  store <16 x float> %2552, ptr %2588, align 4
  %2589 = getelementptr inbounds float, ptr %2534, i64 %j32.addr.02616
  store <16 x float> %2557, ptr %2589, align 4
  %2590 = getelementptr inbounds float, ptr %2536, i64 %j32.addr.02616
  store <16 x float> %2562, ptr %2590, align 4
  %2591 = getelementptr inbounds float, ptr %2538, i64 %j32.addr.02616
  store <16 x float> %2567, ptr %2591, align 4
  %2592 = getelementptr inbounds float, ptr %2540, i64 %j32.addr.02616
  store <16 x float> %2572, ptr %2592, align 4
  %2593 = getelementptr inbounds float, ptr %2542, i64 %j32.addr.02616
  store <16 x float> %2577, ptr %2593, align 4
  %2594 = getelementptr inbounds float, ptr %2544, i64 %j32.addr.02616
  store <16 x float> %2582, ptr %2594, align 4
  %2595 = getelementptr inbounds float, ptr %2546, i64 %j32.addr.02616
  store <16 x float> %2587, ptr %2595, align 4
  %j32.next = add nuw nsw i64 %j32.addr.02616, 16
  %2596 = icmp ult i64 %j32.next, %2529
  br i1 %2596, label %p12.head.preheader, label %i45.head.loopexit

t4.body:                                          ; preds = %i45.head.loopexit, %j34.exit
  %indvars.iv2908 = phi i64 [ %indvars.iv.next2909, %j34.exit ], [ 1, %i45.head.loopexit ]
  %t4.addr.02620 = phi i64 [ %t4.next, %j34.exit ], [ 0, %i45.head.loopexit ]
  %2597 = shl nuw nsw i64 %t4.addr.02620, 1
  %umax = tail call i64 @llvm.umax.i64(i64 %2597, i64 1)
  %i46 = shl nuw nsw i64 %t4.addr.02620, 1
  %.not2691 = icmp eq i64 %t4.addr.02620, 0
  br i1 %.not2691, label %j33.exit, label %j33.body.lr.ph

j33.body.lr.ph:                                   ; preds = %t4.body
  %2598 = shl nuw nsw i64 %t4.addr.02620, 9
  %2599 = or disjoint i64 %2598, 128
  %2600 = getelementptr inbounds float, ptr %Ak, i64 %2599
  %gep3141 = getelementptr inbounds float, ptr %invariant.gep3140, i64 %i46
  %xtraiter3486 = and i64 %umax, 7
  %2601 = icmp ult i64 %t4.addr.02620, 4
  br i1 %2601, label %j33.exit.loopexit.unr-lcssa, label %j33.body.lr.ph.new

j33.body.lr.ph.new:                               ; preds = %j33.body.lr.ph
  %unroll_iter3488 = and i64 %umax, 9223372036854775800
  br label %j33.body

j33.body:                                         ; preds = %j33.body, %j33.body.lr.ph.new
  %j33.addr.02618 = phi i64 [ 0, %j33.body.lr.ph.new ], [ %j33.next.7, %j33.body ]
  %niter3489 = phi i64 [ 0, %j33.body.lr.ph.new ], [ %niter3489.next.7, %j33.body ]
  %2602 = getelementptr inbounds float, ptr %2600, i64 %j33.addr.02618
  %2603 = load float, ptr %2602, align 4
  %2604 = fneg float %2603
  store float %2604, ptr %2602, align 4
  %.idx2692 = shl nsw i64 %j33.addr.02618, 10
  %gep3135 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692
  store float %2604, ptr %gep3135, align 4
  %j33.next = or disjoint i64 %j33.addr.02618, 1
  %2605 = getelementptr inbounds float, ptr %2600, i64 %j33.next
  %2606 = load float, ptr %2605, align 4
  %2607 = fneg float %2606
  store float %2607, ptr %2605, align 4
  %.idx2692.1 = shl nsw i64 %j33.next, 10
  %gep3135.1 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.1
  store float %2607, ptr %gep3135.1, align 4
  %j33.next.1 = or disjoint i64 %j33.addr.02618, 2
  %2608 = getelementptr inbounds float, ptr %2600, i64 %j33.next.1
  %2609 = load float, ptr %2608, align 4
  %2610 = fneg float %2609
  store float %2610, ptr %2608, align 4
  %.idx2692.2 = shl nsw i64 %j33.next.1, 10
  %gep3135.2 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.2
  store float %2610, ptr %gep3135.2, align 4
  %j33.next.2 = or disjoint i64 %j33.addr.02618, 3
  %2611 = getelementptr inbounds float, ptr %2600, i64 %j33.next.2
  %2612 = load float, ptr %2611, align 4
  %2613 = fneg float %2612
  store float %2613, ptr %2611, align 4
  %.idx2692.3 = shl nsw i64 %j33.next.2, 10
  %gep3135.3 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.3
  store float %2613, ptr %gep3135.3, align 4
  %j33.next.3 = or disjoint i64 %j33.addr.02618, 4
  %2614 = getelementptr inbounds float, ptr %2600, i64 %j33.next.3
  %2615 = load float, ptr %2614, align 4
  %2616 = fneg float %2615
  store float %2616, ptr %2614, align 4
  %.idx2692.4 = shl nsw i64 %j33.next.3, 10
  %gep3135.4 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.4
  store float %2616, ptr %gep3135.4, align 4
  %j33.next.4 = or disjoint i64 %j33.addr.02618, 5
  %2617 = getelementptr inbounds float, ptr %2600, i64 %j33.next.4
  %2618 = load float, ptr %2617, align 4
  %2619 = fneg float %2618
  store float %2619, ptr %2617, align 4
  %.idx2692.5 = shl nsw i64 %j33.next.4, 10
  %gep3135.5 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.5
  store float %2619, ptr %gep3135.5, align 4
  %j33.next.5 = or disjoint i64 %j33.addr.02618, 6
  %2620 = getelementptr inbounds float, ptr %2600, i64 %j33.next.5
  %2621 = load float, ptr %2620, align 4
  %2622 = fneg float %2621
  store float %2622, ptr %2620, align 4
  %.idx2692.6 = shl nsw i64 %j33.next.5, 10
  %gep3135.6 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.6
  store float %2622, ptr %gep3135.6, align 4
  %j33.next.6 = or disjoint i64 %j33.addr.02618, 7
  %2623 = getelementptr inbounds float, ptr %2600, i64 %j33.next.6
  %2624 = load float, ptr %2623, align 4
  %2625 = fneg float %2624
  store float %2625, ptr %2623, align 4
  %.idx2692.7 = shl nsw i64 %j33.next.6, 10
  %gep3135.7 = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.7
  store float %2625, ptr %gep3135.7, align 4
  %j33.next.7 = add nuw nsw i64 %j33.addr.02618, 8
  %niter3489.next.7 = add i64 %niter3489, 8
  %niter3489.ncmp.7 = icmp eq i64 %niter3489.next.7, %unroll_iter3488
  br i1 %niter3489.ncmp.7, label %j33.exit.loopexit.unr-lcssa, label %j33.body

j33.exit.loopexit.unr-lcssa:                      ; preds = %j33.body, %j33.body.lr.ph
  %j33.addr.02618.unr = phi i64 [ 0, %j33.body.lr.ph ], [ %j33.next.7, %j33.body ]
  %lcmp.mod3487.not = icmp eq i64 %xtraiter3486, 0
  br i1 %lcmp.mod3487.not, label %j33.exit, label %j33.body.epil

j33.body.epil:                                    ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil
  %j33.addr.02618.epil = phi i64 [ %j33.next.epil, %j33.body.epil ], [ %j33.addr.02618.unr, %j33.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j33.body.epil ], [ 0, %j33.exit.loopexit.unr-lcssa ]
  %2626 = getelementptr inbounds float, ptr %2600, i64 %j33.addr.02618.epil
  %2627 = load float, ptr %2626, align 4
  %2628 = fneg float %2627
  store float %2628, ptr %2626, align 4
  %.idx2692.epil = shl nsw i64 %j33.addr.02618.epil, 10
  %gep3135.epil = getelementptr inbounds i8, ptr %gep3141, i64 %.idx2692.epil
  store float %2628, ptr %gep3135.epil, align 4
  %j33.next.epil = add nuw nsw i64 %j33.addr.02618.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3486
  br i1 %epil.iter.cmp.not, label %j33.exit, label %j33.body.epil, !llvm.loop !0

j33.exit:                                         ; preds = %j33.exit.loopexit.unr-lcssa, %j33.body.epil, %t4.body
  %.idx2693 = mul nuw nsw i64 %t4.addr.02620, 2056
  %gep3143 = getelementptr inbounds i8, ptr %invariant.gep3142, i64 %.idx2693
  store float 0.000000e+00, ptr %gep3143, align 4
  %i47 = or disjoint i64 %i46, 1
  %2629 = shl nuw nsw i64 %i47, 8
  %2630 = or disjoint i64 %2629, 128
  %2631 = getelementptr inbounds float, ptr %Ak, i64 %2630
  %gep3145 = getelementptr inbounds float, ptr %invariant.gep3144, i64 %i47
  %xtraiter3490 = and i64 %indvars.iv2908, 7
  %2632 = icmp ult i64 %t4.addr.02620, 4
  br i1 %2632, label %j34.exit.unr-lcssa, label %j33.exit.new

j33.exit.new:                                     ; preds = %j33.exit
  %unroll_iter3493 = and i64 %indvars.iv2908, 9223372036854775800
  br label %j34.body

j34.body:                                         ; preds = %j34.body, %j33.exit.new
  %j34.addr.02619 = phi i64 [ 0, %j33.exit.new ], [ %j34.next.7, %j34.body ]
  %niter3494 = phi i64 [ 0, %j33.exit.new ], [ %niter3494.next.7, %j34.body ]
  %2633 = getelementptr inbounds float, ptr %2631, i64 %j34.addr.02619
  %2634 = load float, ptr %2633, align 4
  %2635 = fneg float %2634
  store float %2635, ptr %2633, align 4
  %.idx2694 = shl nsw i64 %j34.addr.02619, 10
  %gep3139 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694
  store float %2635, ptr %gep3139, align 4
  %j34.next = or disjoint i64 %j34.addr.02619, 1
  %2636 = getelementptr inbounds float, ptr %2631, i64 %j34.next
  %2637 = load float, ptr %2636, align 4
  %2638 = fneg float %2637
  store float %2638, ptr %2636, align 4
  %.idx2694.1 = shl nsw i64 %j34.next, 10
  %gep3139.1 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.1
  store float %2638, ptr %gep3139.1, align 4
  %j34.next.1 = or disjoint i64 %j34.addr.02619, 2
  %2639 = getelementptr inbounds float, ptr %2631, i64 %j34.next.1
  %2640 = load float, ptr %2639, align 4
  %2641 = fneg float %2640
  store float %2641, ptr %2639, align 4
  %.idx2694.2 = shl nsw i64 %j34.next.1, 10
  %gep3139.2 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.2
  store float %2641, ptr %gep3139.2, align 4
  %j34.next.2 = or disjoint i64 %j34.addr.02619, 3
  %2642 = getelementptr inbounds float, ptr %2631, i64 %j34.next.2
  %2643 = load float, ptr %2642, align 4
  %2644 = fneg float %2643
  store float %2644, ptr %2642, align 4
  %.idx2694.3 = shl nsw i64 %j34.next.2, 10
  %gep3139.3 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.3
  store float %2644, ptr %gep3139.3, align 4
  %j34.next.3 = or disjoint i64 %j34.addr.02619, 4
  %2645 = getelementptr inbounds float, ptr %2631, i64 %j34.next.3
  %2646 = load float, ptr %2645, align 4
  %2647 = fneg float %2646
  store float %2647, ptr %2645, align 4
  %.idx2694.4 = shl nsw i64 %j34.next.3, 10
  %gep3139.4 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.4
  store float %2647, ptr %gep3139.4, align 4
  %j34.next.4 = or disjoint i64 %j34.addr.02619, 5
  %2648 = getelementptr inbounds float, ptr %2631, i64 %j34.next.4
  %2649 = load float, ptr %2648, align 4
  %2650 = fneg float %2649
  store float %2650, ptr %2648, align 4
  %.idx2694.5 = shl nsw i64 %j34.next.4, 10
  %gep3139.5 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.5
  store float %2650, ptr %gep3139.5, align 4
  %j34.next.5 = or disjoint i64 %j34.addr.02619, 6
  %2651 = getelementptr inbounds float, ptr %2631, i64 %j34.next.5
  %2652 = load float, ptr %2651, align 4
  %2653 = fneg float %2652
  store float %2653, ptr %2651, align 4
  %.idx2694.6 = shl nsw i64 %j34.next.5, 10
  %gep3139.6 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.6
  store float %2653, ptr %gep3139.6, align 4
  %j34.next.6 = or disjoint i64 %j34.addr.02619, 7
  %2654 = getelementptr inbounds float, ptr %2631, i64 %j34.next.6
  %2655 = load float, ptr %2654, align 4
  %2656 = fneg float %2655
  store float %2656, ptr %2654, align 4
  %.idx2694.7 = shl nsw i64 %j34.next.6, 10
  %gep3139.7 = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.7
  store float %2656, ptr %gep3139.7, align 4
  %j34.next.7 = add nuw nsw i64 %j34.addr.02619, 8
  %niter3494.next.7 = add i64 %niter3494, 8
  %niter3494.ncmp.7 = icmp eq i64 %niter3494.next.7, %unroll_iter3493
  br i1 %niter3494.ncmp.7, label %j34.exit.unr-lcssa, label %j34.body

j34.exit.unr-lcssa:                               ; preds = %j34.body, %j33.exit
  %j34.addr.02619.unr = phi i64 [ 0, %j33.exit ], [ %j34.next.7, %j34.body ]
  %lcmp.mod3492.not = icmp eq i64 %xtraiter3490, 0
  br i1 %lcmp.mod3492.not, label %j34.exit, label %j34.body.epil

j34.body.epil:                                    ; preds = %j34.exit.unr-lcssa, %j34.body.epil
  %j34.addr.02619.epil = phi i64 [ %j34.next.epil, %j34.body.epil ], [ %j34.addr.02619.unr, %j34.exit.unr-lcssa ]
  %epil.iter3491 = phi i64 [ %epil.iter3491.next, %j34.body.epil ], [ 0, %j34.exit.unr-lcssa ]
  %2657 = getelementptr inbounds float, ptr %2631, i64 %j34.addr.02619.epil
  %2658 = load float, ptr %2657, align 4
  %2659 = fneg float %2658
  store float %2659, ptr %2657, align 4
  %.idx2694.epil = shl nsw i64 %j34.addr.02619.epil, 10
  %gep3139.epil = getelementptr inbounds i8, ptr %gep3145, i64 %.idx2694.epil
  store float %2659, ptr %gep3139.epil, align 4
  %j34.next.epil = add nuw nsw i64 %j34.addr.02619.epil, 1
  %epil.iter3491.next = add i64 %epil.iter3491, 1
  %epil.iter3491.cmp.not = icmp eq i64 %epil.iter3491.next, %xtraiter3490
  br i1 %epil.iter3491.cmp.not, label %j34.exit, label %j34.body.epil, !llvm.loop !2

j34.exit:                                         ; preds = %j34.body.epil, %j34.exit.unr-lcssa
  %.idx2695 = mul nuw nsw i64 %i47, 1028
  %gep3147 = getelementptr inbounds i8, ptr %invariant.gep3146, i64 %.idx2695
  store float 0.000000e+00, ptr %gep3147, align 4
  %t4.next = add nuw nsw i64 %t4.addr.02620, 1
  %indvars.iv.next2909 = add nuw nsw i64 %indvars.iv2908, 2
  %exitcond2911.not = icmp eq i64 %t4.next, 64
  br i1 %exitcond2911.not, label %p13.head.preheader, label %t4.body

t5.head.preheader:                                ; preds = %p13.exit
  %2660 = icmp sgt i64 %66, 0
  br i1 %2660, label %j36.head.preheader.preheader, label %t5.exit

j36.head.preheader.preheader:                     ; preds = %t5.head.preheader
  %xtraiter3497 = and i64 %smax3496, 1
  %2661 = icmp slt i64 %indvars.iv2921, 2
  br i1 %2661, label %t5.exit.loopexit.unr-lcssa, label %j36.head.preheader.preheader.new

j36.head.preheader.preheader.new:                 ; preds = %j36.head.preheader.preheader
  %unroll_iter3500 = and i64 %smax3496, 126
  br label %j36.head.preheader

p13.head.preheader:                               ; preds = %j34.exit, %p13.exit
  %i48.addr.02638 = phi i64 [ %i48.next, %p13.exit ], [ 0, %j34.exit ]
  %2662 = shl nuw nsw i64 %i48.addr.02638, 8
  br label %p13.body

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02637 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc159.02636 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2724, %p13.body ]
  %acc158.02635 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2723, %p13.body ]
  %acc157.02634 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2717, %p13.body ]
  %acc156.02633 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2716, %p13.body ]
  %acc155.02632 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2710, %p13.body ]
  %acc154.02631 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2709, %p13.body ]
  %acc153.02630 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2703, %p13.body ]
  %acc152.02629 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2702, %p13.body ]
  %acc151.02628 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2696, %p13.body ]
  %acc150.02627 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2695, %p13.body ]
  %acc149.02626 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2689, %p13.body ]
  %acc148.02625 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2688, %p13.body ]
  %acc147.02624 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2682, %p13.body ]
  %acc146.02623 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2681, %p13.body ]
  %acc145.02622 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2675, %p13.body ]
  %acc144.02621 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2674, %p13.body ]
  %2663 = shl nuw nsw i64 %p13.addr.02637, 5
  %2664 = getelementptr inbounds float, ptr %Bk, i64 %2663
  %2665 = load <16 x float>, ptr %2664, align 4
  %2666 = or disjoint i64 %2663, 16
  %2667 = getelementptr inbounds float, ptr %Bk, i64 %2666
  %2668 = load <16 x float>, ptr %2667, align 4
  %2669 = add nuw nsw i64 %p13.addr.02637, %2662
  %2670 = getelementptr inbounds float, ptr %Ak, i64 %2669
  %2671 = load float, ptr %2670, align 4
  %2672 = insertelement <16 x float> poison, float %2671, i64 0
  %2673 = shufflevector <16 x float> %2672, <16 x float> poison, <16 x i32> zeroinitializer
  %2674 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2673, <16 x float> %2665, <16 x float> %acc144.02621)
  %2675 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2673, <16 x float> %2668, <16 x float> %acc145.02622)
  %2676 = or disjoint i64 %2669, 256
  %2677 = getelementptr inbounds float, ptr %Ak, i64 %2676
  %2678 = load float, ptr %2677, align 4
  %2679 = insertelement <16 x float> poison, float %2678, i64 0
  %2680 = shufflevector <16 x float> %2679, <16 x float> poison, <16 x i32> zeroinitializer
  %2681 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2680, <16 x float> %2665, <16 x float> %acc146.02623)
  %2682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2680, <16 x float> %2668, <16 x float> %acc147.02624)
  %2683 = or disjoint i64 %2669, 512
  %2684 = getelementptr inbounds float, ptr %Ak, i64 %2683
  %2685 = load float, ptr %2684, align 4
  %2686 = insertelement <16 x float> poison, float %2685, i64 0
  %2687 = shufflevector <16 x float> %2686, <16 x float> poison, <16 x i32> zeroinitializer
  %2688 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2687, <16 x float> %2665, <16 x float> %acc148.02625)
  %2689 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2687, <16 x float> %2668, <16 x float> %acc149.02626)
  %2690 = or disjoint i64 %2669, 768
  %2691 = getelementptr inbounds float, ptr %Ak, i64 %2690
  %2692 = load float, ptr %2691, align 4
  %2693 = insertelement <16 x float> poison, float %2692, i64 0
  %2694 = shufflevector <16 x float> %2693, <16 x float> poison, <16 x i32> zeroinitializer
  %2695 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2694, <16 x float> %2665, <16 x float> %acc150.02627)
  %2696 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2694, <16 x float> %2668, <16 x float> %acc151.02628)
  %2697 = or disjoint i64 %2669, 1024
  %2698 = getelementptr inbounds float, ptr %Ak, i64 %2697
  %2699 = load float, ptr %2698, align 4
  %2700 = insertelement <16 x float> poison, float %2699, i64 0
  %2701 = shufflevector <16 x float> %2700, <16 x float> poison, <16 x i32> zeroinitializer
  %2702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2701, <16 x float> %2665, <16 x float> %acc152.02629)
  %2703 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2701, <16 x float> %2668, <16 x float> %acc153.02630)
  %2704 = or disjoint i64 %2669, 1280
  %2705 = getelementptr inbounds float, ptr %Ak, i64 %2704
  %2706 = load float, ptr %2705, align 4
  %2707 = insertelement <16 x float> poison, float %2706, i64 0
  %2708 = shufflevector <16 x float> %2707, <16 x float> poison, <16 x i32> zeroinitializer
  %2709 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2708, <16 x float> %2665, <16 x float> %acc154.02631)
  %2710 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2708, <16 x float> %2668, <16 x float> %acc155.02632)
  %2711 = or disjoint i64 %2669, 1536
  %2712 = getelementptr inbounds float, ptr %Ak, i64 %2711
  %2713 = load float, ptr %2712, align 4
  %2714 = insertelement <16 x float> poison, float %2713, i64 0
  %2715 = shufflevector <16 x float> %2714, <16 x float> poison, <16 x i32> zeroinitializer
  %2716 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2715, <16 x float> %2665, <16 x float> %acc156.02633)
  %2717 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2715, <16 x float> %2668, <16 x float> %acc157.02634)
  %2718 = or disjoint i64 %2669, 1792
  %2719 = getelementptr inbounds float, ptr %Ak, i64 %2718
  %2720 = load float, ptr %2719, align 4
  %2721 = insertelement <16 x float> poison, float %2720, i64 0
  %2722 = shufflevector <16 x float> %2721, <16 x float> poison, <16 x i32> zeroinitializer
  %2723 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2722, <16 x float> %2665, <16 x float> %acc158.02635)
  %2724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2722, <16 x float> %2668, <16 x float> %acc159.02636)
  %p13.next = add nuw nsw i64 %p13.addr.02637, 1
  %exitcond2912.not = icmp eq i64 %p13.next, 256
  br i1 %exitcond2912.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %2725 = shl nuw nsw i64 %i48.addr.02638, 5
  %2726 = getelementptr inbounds float, ptr %dKc, i64 %2725
  store <16 x float> %2674, ptr %2726, align 4
  %2727 = or disjoint i64 %2725, 16
  %2728 = getelementptr inbounds float, ptr %dKc, i64 %2727
  store <16 x float> %2675, ptr %2728, align 4
  %2729 = or disjoint i64 %2725, 32
  %2730 = getelementptr inbounds float, ptr %dKc, i64 %2729
  store <16 x float> %2681, ptr %2730, align 4
  %2731 = or disjoint i64 %2725, 48
  %2732 = getelementptr inbounds float, ptr %dKc, i64 %2731
  store <16 x float> %2682, ptr %2732, align 4
  %2733 = or disjoint i64 %2725, 64
  %2734 = getelementptr inbounds float, ptr %dKc, i64 %2733
  store <16 x float> %2688, ptr %2734, align 4
  %2735 = or disjoint i64 %2725, 80
  %2736 = getelementptr inbounds float, ptr %dKc, i64 %2735
  store <16 x float> %2689, ptr %2736, align 4
  %2737 = or disjoint i64 %2725, 96
  %2738 = getelementptr inbounds float, ptr %dKc, i64 %2737
  store <16 x float> %2695, ptr %2738, align 4
  %2739 = or disjoint i64 %2725, 112
  %2740 = getelementptr inbounds float, ptr %dKc, i64 %2739
  store <16 x float> %2696, ptr %2740, align 4
  %2741 = or disjoint i64 %2725, 128
  %2742 = getelementptr inbounds float, ptr %dKc, i64 %2741
  store <16 x float> %2702, ptr %2742, align 4
  %2743 = or disjoint i64 %2725, 144
  %2744 = getelementptr inbounds float, ptr %dKc, i64 %2743
  store <16 x float> %2703, ptr %2744, align 4
  %2745 = or disjoint i64 %2725, 160
  %2746 = getelementptr inbounds float, ptr %dKc, i64 %2745
  store <16 x float> %2709, ptr %2746, align 4
  %2747 = or disjoint i64 %2725, 176
  %2748 = getelementptr inbounds float, ptr %dKc, i64 %2747
  store <16 x float> %2710, ptr %2748, align 4
  %2749 = or disjoint i64 %2725, 192
  %2750 = getelementptr inbounds float, ptr %dKc, i64 %2749
  store <16 x float> %2716, ptr %2750, align 4
  %2751 = or disjoint i64 %2725, 208
  %2752 = getelementptr inbounds float, ptr %dKc, i64 %2751
  store <16 x float> %2717, ptr %2752, align 4
  %2753 = or disjoint i64 %2725, 224
  %2754 = getelementptr inbounds float, ptr %dKc, i64 %2753
  store <16 x float> %2723, ptr %2754, align 4
  %2755 = or disjoint i64 %2725, 240
  %2756 = getelementptr inbounds float, ptr %dKc, i64 %2755
  store <16 x float> %2724, ptr %2756, align 4
  %i48.next = add nuw nsw i64 %i48.addr.02638, 8
  %2757 = icmp ult i64 %i48.addr.02638, 120
  br i1 %2757, label %p13.head.preheader, label %t5.head.preheader

j36.head.preheader:                               ; preds = %j36.head.preheader, %j36.head.preheader.preheader.new
  %t5.addr.02644 = phi i64 [ 0, %j36.head.preheader.preheader.new ], [ %t5.next.1, %j36.head.preheader ]
  %niter3501 = phi i64 [ 0, %j36.head.preheader.preheader.new ], [ %niter3501.next.1, %j36.head.preheader ]
  %2758 = mul i64 %18, %t5.addr.02644
  %2759 = add i64 %60, %2758
  %scevgep2919 = getelementptr i8, ptr %dv, i64 %2759
  %2760 = shl nuw nsw i64 %t5.addr.02644, 8
  %gep3149 = getelementptr i8, ptr %invariant.gep3148, i64 %2760
  %scevgep2917 = getelementptr i8, ptr %dk, i64 %2759
  %gep3151 = getelementptr i8, ptr %invariant.gep3150, i64 %2760
  %2761 = add i64 %61, %2758
  %scevgep2915 = getelementptr i8, ptr %dv, i64 %2761
  %gep3153 = getelementptr i8, ptr %invariant.gep3152, i64 %2760
  %scevgep2913 = getelementptr i8, ptr %dk, i64 %2761
  %gep3155 = getelementptr i8, ptr %invariant.gep3154, i64 %2760
  %2762 = add nsw i64 %t5.addr.02644, %t0
  %2763 = mul nsw i64 %2762, %sq
  %.idx2696 = shl nsw i64 %t5.addr.02644, 7
  %2764 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2696
  %2765 = load <16 x float>, ptr %2764, align 4
  %2766 = fmul <16 x float> %2765, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2767 = getelementptr float, ptr %qh1, i64 %2763
  store <16 x float> %2766, ptr %2767, align 4
  %2768 = getelementptr inbounds i8, ptr %34, i64 %.idx2696
  %2769 = load <16 x float>, ptr %2768, align 4
  %2770 = fmul <16 x float> %2769, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2771 = getelementptr float, ptr %58, i64 %2763
  store <16 x float> %2770, ptr %2771, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2913, ptr noundef nonnull align 4 dereferenceable(128) %gep3155, i64 128, i1 false)
  %i50 = shl nuw nsw i64 %t5.addr.02644, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2915, ptr noundef nonnull align 4 dereferenceable(128) %gep3153, i64 128, i1 false)
  %tau2 = shl nsw i64 %2762, 1
  %2772 = getelementptr inbounds float, ptr %dbet, i64 %i50
  %2773 = load float, ptr %2772, align 4
  %2774 = mul nsw i64 %tau2, %H
  %2775 = getelementptr inbounds float, ptr %betah1, i64 %2774
  store float %2773, ptr %2775, align 4
  %i53 = or disjoint i64 %i50, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2917, ptr noundef nonnull align 4 dereferenceable(128) %gep3151, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2919, ptr noundef nonnull align 4 dereferenceable(128) %gep3149, i64 128, i1 false)
  %tau3 = or disjoint i64 %tau2, 1
  %2776 = getelementptr inbounds float, ptr %dbet, i64 %i53
  %2777 = load float, ptr %2776, align 4
  %2778 = mul nsw i64 %tau3, %H
  %2779 = getelementptr inbounds float, ptr %betah1, i64 %2778
  store float %2777, ptr %2779, align 4
  %t5.next = or disjoint i64 %t5.addr.02644, 1
  %2780 = mul i64 %18, %t5.next
  %2781 = add i64 %60, %2780
  %scevgep2919.1 = getelementptr i8, ptr %dv, i64 %2781
  %2782 = shl nuw nsw i64 %t5.next, 8
  %gep3149.1 = getelementptr i8, ptr %invariant.gep3148, i64 %2782
  %scevgep2917.1 = getelementptr i8, ptr %dk, i64 %2781
  %gep3151.1 = getelementptr i8, ptr %invariant.gep3150, i64 %2782
  %2783 = add i64 %61, %2780
  %scevgep2915.1 = getelementptr i8, ptr %dv, i64 %2783
  %gep3153.1 = getelementptr i8, ptr %invariant.gep3152, i64 %2782
  %scevgep2913.1 = getelementptr i8, ptr %dk, i64 %2783
  %gep3155.1 = getelementptr i8, ptr %invariant.gep3154, i64 %2782
  %2784 = add nsw i64 %t5.next, %t0
  %2785 = mul nsw i64 %2784, %sq
  %.idx2696.1 = shl nsw i64 %t5.next, 7
  %2786 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2696.1
  %2787 = load <16 x float>, ptr %2786, align 4
  %2788 = fmul <16 x float> %2787, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2789 = getelementptr float, ptr %qh1, i64 %2785
  store <16 x float> %2788, ptr %2789, align 4
  %2790 = getelementptr inbounds i8, ptr %34, i64 %.idx2696.1
  %2791 = load <16 x float>, ptr %2790, align 4
  %2792 = fmul <16 x float> %2791, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2793 = getelementptr float, ptr %58, i64 %2785
  store <16 x float> %2792, ptr %2793, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2913.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3155.1, i64 128, i1 false)
  %i50.1 = shl nuw nsw i64 %t5.next, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2915.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3153.1, i64 128, i1 false)
  %tau2.1 = shl nsw i64 %2784, 1
  %2794 = getelementptr inbounds float, ptr %dbet, i64 %i50.1
  %2795 = load float, ptr %2794, align 4
  %2796 = mul nsw i64 %tau2.1, %H
  %2797 = getelementptr inbounds float, ptr %betah1, i64 %2796
  store float %2795, ptr %2797, align 4
  %i53.1 = or disjoint i64 %i50.1, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2917.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3151.1, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2919.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3149.1, i64 128, i1 false)
  %tau3.1 = or disjoint i64 %tau2.1, 1
  %2798 = getelementptr inbounds float, ptr %dbet, i64 %i53.1
  %2799 = load float, ptr %2798, align 4
  %2800 = mul nsw i64 %tau3.1, %H
  %2801 = getelementptr inbounds float, ptr %betah1, i64 %2800
  store float %2799, ptr %2801, align 4
  %t5.next.1 = add nuw nsw i64 %t5.addr.02644, 2
  %niter3501.next.1 = add i64 %niter3501, 2
  %niter3501.ncmp.1 = icmp eq i64 %niter3501.next.1, %unroll_iter3500
  br i1 %niter3501.ncmp.1, label %t5.exit.loopexit.unr-lcssa, label %j36.head.preheader

t5.exit.loopexit.unr-lcssa:                       ; preds = %j36.head.preheader, %j36.head.preheader.preheader
  %t5.addr.02644.unr = phi i64 [ 0, %j36.head.preheader.preheader ], [ %t5.next.1, %j36.head.preheader ]
  %lcmp.mod3499.not = icmp eq i64 %xtraiter3497, 0
  br i1 %lcmp.mod3499.not, label %t5.exit, label %j36.head.preheader.epil

j36.head.preheader.epil:                          ; preds = %t5.exit.loopexit.unr-lcssa
  %2802 = mul i64 %18, %t5.addr.02644.unr
  %2803 = add i64 %60, %2802
  %scevgep2919.epil = getelementptr i8, ptr %dv, i64 %2803
  %2804 = shl nuw nsw i64 %t5.addr.02644.unr, 8
  %gep3149.epil = getelementptr i8, ptr %invariant.gep3148, i64 %2804
  %scevgep2917.epil = getelementptr i8, ptr %dk, i64 %2803
  %gep3151.epil = getelementptr i8, ptr %invariant.gep3150, i64 %2804
  %2805 = add i64 %61, %2802
  %scevgep2915.epil = getelementptr i8, ptr %dv, i64 %2805
  %gep3153.epil = getelementptr i8, ptr %invariant.gep3152, i64 %2804
  %scevgep2913.epil = getelementptr i8, ptr %dk, i64 %2805
  %gep3155.epil = getelementptr i8, ptr %invariant.gep3154, i64 %2804
  %2806 = add nsw i64 %t5.addr.02644.unr, %t0
  %2807 = mul nsw i64 %2806, %sq
  %.idx2696.epil = shl nsw i64 %t5.addr.02644.unr, 7
  %2808 = getelementptr inbounds i8, ptr %dQc, i64 %.idx2696.epil
  %2809 = load <16 x float>, ptr %2808, align 4
  %2810 = fmul <16 x float> %2809, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2811 = getelementptr float, ptr %qh1, i64 %2807
  store <16 x float> %2810, ptr %2811, align 4
  %2812 = getelementptr inbounds i8, ptr %34, i64 %.idx2696.epil
  %2813 = load <16 x float>, ptr %2812, align 4
  %2814 = fmul <16 x float> %2813, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2815 = getelementptr float, ptr %58, i64 %2807
  store <16 x float> %2814, ptr %2815, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2913.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3155.epil, i64 128, i1 false)
  %i50.epil = shl nuw nsw i64 %t5.addr.02644.unr, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2915.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3153.epil, i64 128, i1 false)
  %tau2.epil = shl nsw i64 %2806, 1
  %2816 = getelementptr inbounds float, ptr %dbet, i64 %i50.epil
  %2817 = load float, ptr %2816, align 4
  %2818 = mul nsw i64 %tau2.epil, %H
  %2819 = getelementptr inbounds float, ptr %betah1, i64 %2818
  store float %2817, ptr %2819, align 4
  %i53.epil = or disjoint i64 %i50.epil, 1
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2917.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3151.epil, i64 128, i1 false)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2919.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3149.epil, i64 128, i1 false)
  %tau3.epil = or disjoint i64 %tau2.epil, 1
  %2820 = getelementptr inbounds float, ptr %dbet, i64 %i53.epil
  %2821 = load float, ptr %2820, align 4
  %2822 = mul nsw i64 %tau3.epil, %H
  %2823 = getelementptr inbounds float, ptr %betah1, i64 %2822
  store float %2821, ptr %2823, align 4
  br label %t5.exit

t5.exit:                                          ; preds = %j36.head.preheader.epil, %t5.exit.loopexit.unr-lcssa, %t5.head.preheader
  %cc.next = add nuw nsw i64 %cc.addr.02645, 1
  %indvars.iv.next2922 = add i64 %indvars.iv2921, 64
  %exitcond2925.not = icmp eq i64 %cc.next, %smax2924
  br i1 %exitcond2925.not, label %j41.head.preheader, label %cc.body

j41.head.preheader:                               ; preds = %bh.body, %t5.exit
  %2824 = getelementptr i8, ptr %dh0, i64 %36
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %2824, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927, i64 128, i1 false)
  %scevgep2926.1 = getelementptr i8, ptr %2824, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.1, i64 128, i1 false)
  %scevgep2926.2 = getelementptr i8, ptr %2824, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.2, i64 128, i1 false)
  %scevgep2926.3 = getelementptr i8, ptr %2824, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.3, i64 128, i1 false)
  %scevgep2926.4 = getelementptr i8, ptr %2824, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.4, i64 128, i1 false)
  %scevgep2926.5 = getelementptr i8, ptr %2824, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.5, i64 128, i1 false)
  %scevgep2926.6 = getelementptr i8, ptr %2824, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.6, i64 128, i1 false)
  %scevgep2926.7 = getelementptr i8, ptr %2824, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.7, i64 128, i1 false)
  %scevgep2926.8 = getelementptr i8, ptr %2824, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.8, i64 128, i1 false)
  %scevgep2926.9 = getelementptr i8, ptr %2824, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.9, i64 128, i1 false)
  %scevgep2926.10 = getelementptr i8, ptr %2824, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.10, i64 128, i1 false)
  %scevgep2926.11 = getelementptr i8, ptr %2824, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.11, i64 128, i1 false)
  %scevgep2926.12 = getelementptr i8, ptr %2824, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.12, i64 128, i1 false)
  %scevgep2926.13 = getelementptr i8, ptr %2824, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.13, i64 128, i1 false)
  %scevgep2926.14 = getelementptr i8, ptr %2824, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.14, i64 128, i1 false)
  %scevgep2926.15 = getelementptr i8, ptr %2824, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.15, i64 128, i1 false)
  %scevgep2926.16 = getelementptr i8, ptr %2824, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.16, i64 128, i1 false)
  %scevgep2926.17 = getelementptr i8, ptr %2824, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.17, i64 128, i1 false)
  %scevgep2926.18 = getelementptr i8, ptr %2824, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.18, i64 128, i1 false)
  %scevgep2926.19 = getelementptr i8, ptr %2824, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.19, i64 128, i1 false)
  %scevgep2926.20 = getelementptr i8, ptr %2824, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.20, i64 128, i1 false)
  %scevgep2926.21 = getelementptr i8, ptr %2824, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.21, i64 128, i1 false)
  %scevgep2926.22 = getelementptr i8, ptr %2824, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.22, i64 128, i1 false)
  %scevgep2926.23 = getelementptr i8, ptr %2824, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.23, i64 128, i1 false)
  %scevgep2926.24 = getelementptr i8, ptr %2824, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.24, i64 128, i1 false)
  %scevgep2926.25 = getelementptr i8, ptr %2824, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.25, i64 128, i1 false)
  %scevgep2926.26 = getelementptr i8, ptr %2824, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.26, i64 128, i1 false)
  %scevgep2926.27 = getelementptr i8, ptr %2824, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.27, i64 128, i1 false)
  %scevgep2926.28 = getelementptr i8, ptr %2824, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.28, i64 128, i1 false)
  %scevgep2926.29 = getelementptr i8, ptr %2824, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.29, i64 128, i1 false)
  %scevgep2926.30 = getelementptr i8, ptr %2824, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.30, i64 128, i1 false)
  %scevgep2926.31 = getelementptr i8, ptr %2824, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2926.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2927.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02648, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2929.not = icmp eq i64 %indvar.next, %22
  br i1 %exitcond2929.not, label %bh.exit, label %bh.body
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
; ---- dp_step_h2_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k32_v32_c1_nogate'
source_filename = "dp_step_h2_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = or disjoint i64 %sq, 16
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i2.exit
  %bh.addr.0106 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i2.exit ]
  %b = sdiv i64 %bh.addr.0106, %H
  %h = srem i64 %bh.addr.0106, %H
  %3 = mul nsw i64 %b, %H
  %bT = add nsw i64 %3, %h
  %4 = mul i64 %1, %b
  %bTn = add nsw i64 %4, %h
  %5 = shl nsw i64 %bT, 5
  %6 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %6
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0106, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i2.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.095 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %39, %i.body ]
  %acc1.094 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %43, %i.body ]
  %acc2.093 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %52, %i.body ]
  %acc3.092 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %56, %i.body ]
  %i.addr.091 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %7 = getelementptr inbounds float, ptr %kh, i64 %i.addr.091
  %8 = load float, ptr %7, align 4
  %9 = shl nuw nsw i64 %i.addr.091, 5
  %10 = getelementptr inbounds float, ptr %S, i64 %9
  %11 = load <16 x float>, ptr %10, align 4
  %12 = insertelement <16 x float> poison, float %8, i64 0
  %13 = shufflevector <16 x float> %12, <16 x float> poison, <16 x i32> zeroinitializer
  %14 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %11, <16 x float> %acc.095)
  %15 = or disjoint i64 %9, 16
  %16 = getelementptr inbounds float, ptr %S, i64 %15
  %17 = load <16 x float>, ptr %16, align 4
  %18 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %13, <16 x float> %17, <16 x float> %acc1.094)
  %19 = or disjoint i64 %i.addr.091, 1
  %20 = getelementptr inbounds float, ptr %kh, i64 %19
  %21 = load float, ptr %20, align 4
  %22 = shl nuw nsw i64 %19, 5
  %23 = getelementptr inbounds float, ptr %S, i64 %22
  %24 = load <16 x float>, ptr %23, align 4
  %25 = insertelement <16 x float> poison, float %21, i64 0
  %26 = shufflevector <16 x float> %25, <16 x float> poison, <16 x i32> zeroinitializer
  %27 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %24, <16 x float> %acc2.093)
  %28 = or disjoint i64 %22, 16
  %29 = getelementptr inbounds float, ptr %S, i64 %28
  %30 = load <16 x float>, ptr %29, align 4
  %31 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %26, <16 x float> %30, <16 x float> %acc3.092)
  %i.next = or disjoint i64 %i.addr.091, 2
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
  %44 = or disjoint i64 %i.addr.091, 3
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
  %i.next.1 = add nuw nsw i64 %i.addr.091, 4
  %57 = icmp ult i64 %i.next, 30
  br i1 %57, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %6
  %58 = load float, ptr %betah, align 4
  %59 = load <16 x float>, ptr %vh, align 4
  %60 = fadd <16 x float> %52, %39
  %61 = fsub <16 x float> %59, %60
  %62 = insertelement <16 x float> poison, float %58, i64 0
  %63 = shufflevector <16 x float> %62, <16 x float> poison, <16 x i32> zeroinitializer
  %64 = fmul <16 x float> %63, %61
  %65 = getelementptr inbounds i8, ptr %vh, i64 64
  %66 = load <16 x float>, ptr %65, align 4
  %67 = fadd <16 x float> %56, %43
  %68 = fsub <16 x float> %66, %67
  %69 = fmul <16 x float> %63, %68
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc416.0100 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %83, %i1.body ]
  %acc5.099 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %88, %i1.body ]
  %acc6.098 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %103, %i1.body ]
  %acc7.097 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %108, %i1.body ]
  %i1.addr.096 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %70 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.096
  %71 = load float, ptr %70, align 4
  %72 = or disjoint i64 %i1.addr.096, %sq
  %73 = getelementptr inbounds float, ptr %kh, i64 %72
  %74 = load float, ptr %73, align 4
  %75 = insertelement <16 x float> poison, float %71, i64 0
  %76 = shufflevector <16 x float> %75, <16 x float> poison, <16 x i32> zeroinitializer
  %77 = shl nuw nsw i64 %i1.addr.096, 5
  %78 = getelementptr inbounds float, ptr %S, i64 %77
  %79 = load <16 x float>, ptr %78, align 4
  %80 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %64, <16 x float> %79)
  store <16 x float> %80, ptr %78, align 4
  %81 = insertelement <16 x float> poison, float %74, i64 0
  %82 = shufflevector <16 x float> %81, <16 x float> poison, <16 x i32> zeroinitializer
  %83 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %80, <16 x float> %acc416.0100)
  %84 = or disjoint i64 %77, 16
  %85 = getelementptr inbounds float, ptr %S, i64 %84
  %86 = load <16 x float>, ptr %85, align 4
  %87 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %76, <16 x float> %69, <16 x float> %86)
  store <16 x float> %87, ptr %85, align 4
  %88 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %82, <16 x float> %87, <16 x float> %acc5.099)
  %89 = or disjoint i64 %i1.addr.096, 1
  %90 = getelementptr inbounds float, ptr %kh, i64 %89
  %91 = load float, ptr %90, align 4
  %92 = or disjoint i64 %89, %sq
  %93 = getelementptr inbounds float, ptr %kh, i64 %92
  %94 = load float, ptr %93, align 4
  %95 = insertelement <16 x float> poison, float %91, i64 0
  %96 = shufflevector <16 x float> %95, <16 x float> poison, <16 x i32> zeroinitializer
  %97 = shl nuw nsw i64 %89, 5
  %98 = getelementptr inbounds float, ptr %S, i64 %97
  %99 = load <16 x float>, ptr %98, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %64, <16 x float> %99)
  store <16 x float> %100, ptr %98, align 4
  %101 = insertelement <16 x float> poison, float %94, i64 0
  %102 = shufflevector <16 x float> %101, <16 x float> poison, <16 x i32> zeroinitializer
  %103 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %102, <16 x float> %100, <16 x float> %acc6.098)
  %104 = or disjoint i64 %97, 16
  %105 = getelementptr inbounds float, ptr %S, i64 %104
  %106 = load <16 x float>, ptr %105, align 4
  %107 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %96, <16 x float> %69, <16 x float> %106)
  store <16 x float> %107, ptr %105, align 4
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %102, <16 x float> %107, <16 x float> %acc7.097)
  %i1.next = add nuw nsw i64 %i1.addr.096, 2
  %109 = icmp ult i64 %i1.addr.096, 30
  br i1 %109, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %5
  %110 = getelementptr inbounds float, ptr %betah, i64 %H
  %111 = load float, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %vh, i64 %sq
  %113 = load <16 x float>, ptr %112, align 4
  %114 = fadd <16 x float> %103, %83
  %115 = fsub <16 x float> %113, %114
  %116 = insertelement <16 x float> poison, float %111, i64 0
  %117 = shufflevector <16 x float> %116, <16 x float> poison, <16 x i32> zeroinitializer
  %118 = fmul <16 x float> %117, %115
  %119 = getelementptr inbounds float, ptr %vh, i64 %2
  %120 = load <16 x float>, ptr %119, align 4
  %121 = fadd <16 x float> %108, %88
  %122 = fsub <16 x float> %120, %121
  %123 = fmul <16 x float> %117, %122
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0105 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc9.0102 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %161, %i2.body ]
  %acc8.0101 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %156, %i2.body ]
  %124 = or disjoint i64 %i2.addr.0105, %sq
  %125 = getelementptr inbounds float, ptr %kh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0105
  %128 = load float, ptr %127, align 4
  %129 = insertelement <16 x float> poison, float %126, i64 0
  %130 = shufflevector <16 x float> %129, <16 x float> poison, <16 x i32> zeroinitializer
  %131 = shl nuw nsw i64 %i2.addr.0105, 5
  %132 = getelementptr inbounds float, ptr %S, i64 %131
  %133 = load <16 x float>, ptr %132, align 4
  %134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> %118, <16 x float> %133)
  store <16 x float> %134, ptr %132, align 4
  %135 = insertelement <16 x float> poison, float %128, i64 0
  %136 = shufflevector <16 x float> %135, <16 x float> poison, <16 x i32> zeroinitializer
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %134, <16 x float> %acc8.0101)
  %138 = or disjoint i64 %131, 16
  %139 = getelementptr inbounds float, ptr %S, i64 %138
  %140 = load <16 x float>, ptr %139, align 4
  %141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %130, <16 x float> %123, <16 x float> %140)
  store <16 x float> %141, ptr %139, align 4
  %142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %136, <16 x float> %141, <16 x float> %acc9.0102)
  %i2.next = or disjoint i64 %i2.addr.0105, 1
  %143 = or disjoint i64 %i2.next, %sq
  %144 = getelementptr inbounds float, ptr %kh, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %147 = load float, ptr %146, align 4
  %148 = insertelement <16 x float> poison, float %145, i64 0
  %149 = shufflevector <16 x float> %148, <16 x float> poison, <16 x i32> zeroinitializer
  %150 = shl nuw nsw i64 %i2.next, 5
  %151 = getelementptr inbounds float, ptr %S, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %149, <16 x float> %118, <16 x float> %152)
  store <16 x float> %153, ptr %151, align 4
  %154 = insertelement <16 x float> poison, float %147, i64 0
  %155 = shufflevector <16 x float> %154, <16 x float> poison, <16 x i32> zeroinitializer
  %156 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> %153, <16 x float> %137)
  %157 = or disjoint i64 %150, 16
  %158 = getelementptr inbounds float, ptr %S, i64 %157
  %159 = load <16 x float>, ptr %158, align 4
  %160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %149, <16 x float> %123, <16 x float> %159)
  store <16 x float> %160, ptr %158, align 4
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %155, <16 x float> %160, <16 x float> %142)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0105, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 32
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %oh = getelementptr inbounds float, ptr %o, i64 %5
  %162 = fmul <16 x float> %156, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %162, ptr %oh, align 4
  %163 = fmul <16 x float> %161, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %164 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %163, ptr %164, align 4
  %bh.next = add nsw i64 %bh.addr.0106, 1
  %exitcond116.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond116.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
