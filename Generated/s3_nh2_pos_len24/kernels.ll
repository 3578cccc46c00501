; ---- dp_fwd_h2_k32_v32_r32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k32_v32_r32_nogate'
source_filename = "dp_fwd_h2_k32_v32_r32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k32_v32_r32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
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
  %t0 = shl nsw i64 %ci.addr.0113, 5
  %19 = add nuw nsw i64 %t0, 32
  %20 = shl nsw i64 %ci.addr.0113, 6
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
; ---- dp_bwd_h2_k32_v32_c32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k32_v32_c32_nogate'
source_filename = "dp_bwd_h2_k32_v32_c32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k32_v32_c32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 143360
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %Sroll = getelementptr inbounds i8, ptr %work, i64 139264
  %dS = getelementptr i8, ptr %work, i64 4096
  %dSk = getelementptr i8, ptr %work, i64 151552
  %dSkPrev = getelementptr i8, ptr %work, i64 151680
  %dkTmp = getelementptr i8, ptr %work, i64 151808
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 11
  %5 = getelementptr inbounds i8, ptr %work, i64 143424
  %6 = getelementptr inbounds i8, ptr %work, i64 143488
  %7 = getelementptr inbounds i8, ptr %work, i64 143552
  %8 = shl i64 %H, 6
  %9 = getelementptr inbounds i8, ptr %work, i64 151744
  %10 = getelementptr inbounds i8, ptr %work, i64 151616
  %11 = add nsw i64 %bh0, 1
  %12 = mul i64 %nc, %11
  %13 = shl i64 %12, 12
  %14 = add i64 %13, -4096
  %15 = shl i64 %nc, 12
  %16 = shl nsw i64 %nc, 5
  %17 = add i64 %16, 144115188075855840
  %18 = mul i64 %17, %H
  %19 = mul i64 %H, -4096
  %20 = shl i64 %H, 7
  %21 = add i64 %T, 32
  %22 = sub i64 %21, %16
  %smax360 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %23 = sub i64 %bh1, %bh0
  %24 = getelementptr i8, ptr %work, i64 151872
  %25 = getelementptr i8, ptr %work, i64 143424
  %26 = getelementptr i8, ptr %work, i64 151744
  %27 = getelementptr i8, ptr %work, i64 151872
  %28 = getelementptr i8, ptr %work, i64 151872
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0322 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %29 = add i64 %indvar, %bh0
  %30 = shl i64 %29, 12
  %scevgep364 = getelementptr i8, ptr %dh0, i64 %30
  %31 = mul i64 %15, %indvar
  %32 = add i64 %14, %31
  %scevgep343 = getelementptr i8, ptr %dhT, i64 %30
  %b = sdiv i64 %bh.addr.0322, %H
  %h = srem i64 %bh.addr.0322, %H
  %33 = mul i64 %b, %T
  %34 = mul i64 %33, %H
  %bT = add i64 %34, %h
  %35 = mul i64 %1, %33
  %bTn = add nsw i64 %35, %h
  %36 = shl nsw i64 %bT, 5
  %37 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %37
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %37
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep343, i64 4096, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %37
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %37
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %36
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %36
  %oh = getelementptr inbounds float, ptr %dout, i64 %36
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %38 = add i64 %18, %bT
  %39 = shl i64 %38, 7
  %40 = getelementptr i8, ptr %dq, i64 %39
  %41 = getelementptr i8, ptr %kh1, i64 64
  %42 = getelementptr i8, ptr %vh1, i64 64
  %43 = getelementptr i8, ptr %kh1, i64 64
  br label %cc.body

i24.head.preheader:                               ; preds = %j13.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep364, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0322, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond365.not = icmp eq i64 %indvar.next, %23
  br i1 %exitcond365.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j13.body.preheader
  %indvars.iv = phi i64 [ %22, %cc.body.lr.ph ], [ %indvars.iv.next, %j13.body.preheader ]
  %cc.addr.0319 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j13.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin356 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax357 = tail call i64 @llvm.smax.i64(i64 %smin356, i64 1)
  %smax351 = tail call i64 @llvm.smax.i64(i64 %smin356, i64 2)
  %44 = shl i64 %cc.addr.0319, 12
  %45 = sub i64 %32, %44
  %scevgep345 = getelementptr i8, ptr %hs, i64 %45
  %46 = xor i64 %cc.addr.0319, -1
  %ci = add nsw i64 %nc, %46
  %t0 = shl nsw i64 %ci, 5
  %47 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep345, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %47, i64 32)
  %48 = icmp sgt i64 %47, 0
  br i1 %48, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %49 = mul i64 %19, %cc.addr.0319
  %50 = getelementptr i8, ptr %40, i64 %49
  %xtraiter = and i64 %smax, 7
  %51 = icmp slt i64 %indvars.iv, 8
  br i1 %51, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 56
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0279.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0279.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0279.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %52 = mul i64 %20, %tl.addr.0279.epil
  %scevgep.epil = getelementptr i8, ptr %50, i64 %52
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0279.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %53 = mul i64 %4, %ci
  %invariant.gep = getelementptr float, ptr %kh, i64 %53
  br label %i4.body

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0279 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %54 = mul i64 %20, %tl.addr.0279
  %scevgep = getelementptr i8, ptr %50, i64 %54
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0279, 1
  %55 = mul i64 %20, %tl.next
  %scevgep.1 = getelementptr i8, ptr %50, i64 %55
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0279, 2
  %56 = mul i64 %20, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %50, i64 %56
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0279, 3
  %57 = mul i64 %20, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %50, i64 %57
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0279, 4
  %58 = mul i64 %20, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %50, i64 %58
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0279, 5
  %59 = mul i64 %20, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %50, i64 %59
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0279, 6
  %60 = mul i64 %20, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %50, i64 %60
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0279, 7
  %61 = mul i64 %20, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %50, i64 %61
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0279, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0282 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %108, %i4.body ]
  %acc1.0281 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %113, %i4.body ]
  %i4.addr.0280 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.3, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0280
  %62 = load float, ptr %gep, align 4
  %63 = shl nuw nsw i64 %i4.addr.0280, 5
  %64 = getelementptr inbounds float, ptr %work, i64 %63
  %65 = load <16 x float>, ptr %64, align 4
  %66 = getelementptr inbounds float, ptr %Sh, i64 %63
  store <16 x float> %65, ptr %66, align 4
  %67 = insertelement <16 x float> poison, float %62, i64 0
  %68 = shufflevector <16 x float> %67, <16 x float> poison, <16 x i32> zeroinitializer
  %69 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %68, <16 x float> %65, <16 x float> %acc.0282)
  %70 = or disjoint i64 %63, 16
  %71 = getelementptr inbounds float, ptr %work, i64 %70
  %72 = load <16 x float>, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %Sh, i64 %70
  store <16 x float> %72, ptr %73, align 4
  %74 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %68, <16 x float> %72, <16 x float> %acc1.0281)
  %i4.next = or disjoint i64 %i4.addr.0280, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %75 = load float, ptr %gep.1, align 4
  %76 = shl nuw nsw i64 %i4.next, 5
  %77 = getelementptr inbounds float, ptr %work, i64 %76
  %78 = load <16 x float>, ptr %77, align 4
  %79 = getelementptr inbounds float, ptr %Sh, i64 %76
  store <16 x float> %78, ptr %79, align 4
  %80 = insertelement <16 x float> poison, float %75, i64 0
  %81 = shufflevector <16 x float> %80, <16 x float> poison, <16 x i32> zeroinitializer
  %82 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %81, <16 x float> %78, <16 x float> %69)
  %83 = or disjoint i64 %76, 16
  %84 = getelementptr inbounds float, ptr %work, i64 %83
  %85 = load <16 x float>, ptr %84, align 4
  %86 = getelementptr inbounds float, ptr %Sh, i64 %83
  store <16 x float> %85, ptr %86, align 4
  %87 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %81, <16 x float> %85, <16 x float> %74)
  %i4.next.1 = or disjoint i64 %i4.addr.0280, 2
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %88 = load float, ptr %gep.2, align 4
  %89 = shl nuw nsw i64 %i4.next.1, 5
  %90 = getelementptr inbounds float, ptr %work, i64 %89
  %91 = load <16 x float>, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %Sh, i64 %89
  store <16 x float> %91, ptr %92, align 4
  %93 = insertelement <16 x float> poison, float %88, i64 0
  %94 = shufflevector <16 x float> %93, <16 x float> poison, <16 x i32> zeroinitializer
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %91, <16 x float> %82)
  %96 = or disjoint i64 %89, 16
  %97 = getelementptr inbounds float, ptr %work, i64 %96
  %98 = load <16 x float>, ptr %97, align 4
  %99 = getelementptr inbounds float, ptr %Sh, i64 %96
  store <16 x float> %98, ptr %99, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %98, <16 x float> %87)
  %i4.next.2 = or disjoint i64 %i4.addr.0280, 3
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %101 = load float, ptr %gep.3, align 4
  %102 = shl nuw nsw i64 %i4.next.2, 5
  %103 = getelementptr inbounds float, ptr %work, i64 %102
  %104 = load <16 x float>, ptr %103, align 4
  %105 = getelementptr inbounds float, ptr %Sh, i64 %102
  store <16 x float> %104, ptr %105, align 4
  %106 = insertelement <16 x float> poison, float %101, i64 0
  %107 = shufflevector <16 x float> %106, <16 x float> poison, <16 x i32> zeroinitializer
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %104, <16 x float> %95)
  %109 = or disjoint i64 %102, 16
  %110 = getelementptr inbounds float, ptr %work, i64 %109
  %111 = load <16 x float>, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %Sh, i64 %109
  store <16 x float> %111, ptr %112, align 4
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %111, <16 x float> %100)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0280, 4
  %exitcond346.not.3 = icmp eq i64 %i4.next.3, 32
  br i1 %exitcond346.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %114 = shl nsw i64 %ci, 6
  %115 = mul nsw i64 %114, %H
  %116 = getelementptr inbounds float, ptr %betah, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = mul nsw i64 %114, %sq
  %119 = getelementptr inbounds float, ptr %vh, i64 %118
  %120 = load <16 x float>, ptr %119, align 4
  %121 = fsub <16 x float> %120, %108
  store <16 x float> %121, ptr %R, align 4
  %122 = insertelement <16 x float> poison, float %117, i64 0
  %123 = shufflevector <16 x float> %122, <16 x float> poison, <16 x i32> zeroinitializer
  %124 = fmul <16 x float> %123, %121
  %125 = or disjoint i64 %118, 16
  %126 = getelementptr inbounds float, ptr %vh, i64 %125
  %127 = load <16 x float>, ptr %126, align 4
  %128 = fsub <16 x float> %127, %113
  store <16 x float> %128, ptr %5, align 4
  %129 = fmul <16 x float> %123, %128
  %130 = or disjoint i64 %114, 1
  %131 = mul nsw i64 %130, %sq
  %invariant.gep379 = getelementptr float, ptr %kh, i64 %131
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc2.0285 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %165, %i5.body ]
  %acc3.0284 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %171, %i5.body ]
  %i5.addr.0283 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %132 = or disjoint i64 %i5.addr.0283, %118
  %133 = getelementptr inbounds float, ptr %kh, i64 %132
  %134 = load float, ptr %133, align 4
  %gep380 = getelementptr float, ptr %invariant.gep379, i64 %i5.addr.0283
  %135 = load float, ptr %gep380, align 4
  %136 = insertelement <16 x float> poison, float %134, i64 0
  %137 = shufflevector <16 x float> %136, <16 x float> poison, <16 x i32> zeroinitializer
  %138 = shl nuw nsw i64 %i5.addr.0283, 5
  %139 = getelementptr inbounds float, ptr %Sh, i64 %138
  %140 = load <16 x float>, ptr %139, align 4
  %141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %137, <16 x float> %124, <16 x float> %140)
  %142 = getelementptr inbounds float, ptr %Sroll, i64 %138
  store <16 x float> %141, ptr %142, align 4
  %143 = insertelement <16 x float> poison, float %135, i64 0
  %144 = shufflevector <16 x float> %143, <16 x float> poison, <16 x i32> zeroinitializer
  %145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %141, <16 x float> %acc2.0285)
  %146 = or disjoint i64 %138, 16
  %147 = getelementptr inbounds float, ptr %Sh, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %137, <16 x float> %129, <16 x float> %148)
  %150 = getelementptr inbounds float, ptr %Sroll, i64 %146
  store <16 x float> %149, ptr %150, align 4
  %151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %149, <16 x float> %acc3.0284)
  %i5.next = or disjoint i64 %i5.addr.0283, 1
  %152 = or disjoint i64 %i5.next, %118
  %153 = getelementptr inbounds float, ptr %kh, i64 %152
  %154 = load float, ptr %153, align 4
  %gep380.1 = getelementptr float, ptr %invariant.gep379, i64 %i5.next
  %155 = load float, ptr %gep380.1, align 4
  %156 = insertelement <16 x float> poison, float %154, i64 0
  %157 = shufflevector <16 x float> %156, <16 x float> poison, <16 x i32> zeroinitializer
  %158 = shl nuw nsw i64 %i5.next, 5
  %159 = getelementptr inbounds float, ptr %Sh, i64 %158
  %160 = load <16 x float>, ptr %159, align 4
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> %124, <16 x float> %160)
  %162 = getelementptr inbounds float, ptr %Sroll, i64 %158
  store <16 x float> %161, ptr %162, align 4
  %163 = insertelement <16 x float> poison, float %155, i64 0
  %164 = shufflevector <16 x float> %163, <16 x float> poison, <16 x i32> zeroinitializer
  %165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %161, <16 x float> %145)
  %166 = or disjoint i64 %158, 16
  %167 = getelementptr inbounds float, ptr %Sh, i64 %166
  %168 = load <16 x float>, ptr %167, align 4
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> %129, <16 x float> %168)
  %170 = getelementptr inbounds float, ptr %Sroll, i64 %166
  store <16 x float> %169, ptr %170, align 4
  %171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %169, <16 x float> %151)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0283, 2
  %exitcond347.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond347.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %172 = mul nsw i64 %130, %H
  %173 = getelementptr inbounds float, ptr %betah, i64 %172
  %174 = load float, ptr %173, align 4
  %175 = getelementptr inbounds float, ptr %vh, i64 %131
  %176 = load <16 x float>, ptr %175, align 4
  %177 = fsub <16 x float> %176, %165
  store <16 x float> %177, ptr %6, align 4
  %178 = insertelement <16 x float> poison, float %174, i64 0
  %179 = shufflevector <16 x float> %178, <16 x float> poison, <16 x i32> zeroinitializer
  %180 = fmul <16 x float> %179, %177
  %181 = or disjoint i64 %131, 16
  %182 = getelementptr inbounds float, ptr %vh, i64 %181
  %183 = load <16 x float>, ptr %182, align 4
  %184 = fsub <16 x float> %183, %171
  store <16 x float> %184, ptr %7, align 4
  %185 = fmul <16 x float> %179, %184
  %186 = icmp sgt i64 %47, 1
  br i1 %186, label %i6.head.preheader.lr.ph, label %tl1.exit

i6.head.preheader.lr.ph:                          ; preds = %i5.exit
  %187 = add i64 %t0, -1
  br label %i6.head.preheader

i6.head.preheader:                                ; preds = %i6.head.preheader.lr.ph, %i7.exit
  %delta.0294 = phi <16 x float> [ %180, %i6.head.preheader.lr.ph ], [ %328, %i7.exit ]
  %delta1.0293 = phi <16 x float> [ %185, %i6.head.preheader.lr.ph ], [ %335, %i7.exit ]
  %tl1.addr.0292 = phi i64 [ 1, %i6.head.preheader.lr.ph ], [ %tl1.next, %i7.exit ]
  %188 = add i64 %187, %tl1.addr.0292
  %189 = shl nsw i64 %188, 1
  %190 = or disjoint i64 %189, 1
  %191 = mul nsw i64 %190, %sq
  %192 = add nsw i64 %tl1.addr.0292, %t0
  %193 = mul i64 %8, %192
  %194 = mul nsw i64 %188, %sq
  %195 = getelementptr inbounds float, ptr %oh, i64 %194
  %196 = load <16 x float>, ptr %195, align 4
  %197 = shl nsw i64 %tl1.addr.0292, 10
  %198 = or disjoint i64 %194, 16
  %199 = getelementptr inbounds float, ptr %oh, i64 %198
  %200 = load <16 x float>, ptr %199, align 4
  br label %i6.body

tl1.exit:                                         ; preds = %i7.exit, %i5.exit
  %delta1.0.lcssa = phi <16 x float> [ %185, %i5.exit ], [ %335, %i7.exit ]
  %delta.0.lcssa = phi <16 x float> [ %180, %i5.exit ], [ %328, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %201 = add nsw i64 %tlast, %t0
  %202 = shl nsw i64 %201, 1
  %203 = or disjoint i64 %202, 1
  %204 = mul nsw i64 %203, %sq
  %205 = mul nsw i64 %201, %sq
  %206 = getelementptr inbounds float, ptr %oh, i64 %205
  %207 = load <16 x float>, ptr %206, align 4
  %208 = or disjoint i64 %205, 16
  %209 = getelementptr inbounds float, ptr %oh, i64 %208
  %210 = load <16 x float>, ptr %209, align 4
  %invariant.gep383 = getelementptr float, ptr %kh, i64 %204
  br label %i8.body

i6.body:                                          ; preds = %i6.head.preheader, %i6.body
  %acc4.0288 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %227, %i6.body ]
  %acc541.0287 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %235, %i6.body ]
  %i6.addr.0286 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next, %i6.body ]
  %211 = getelementptr float, ptr %kh, i64 %i6.addr.0286
  %212 = getelementptr float, ptr %211, i64 %191
  %213 = load float, ptr %212, align 4
  %214 = getelementptr float, ptr %211, i64 %193
  %215 = load float, ptr %214, align 4
  %216 = insertelement <16 x float> poison, float %213, i64 0
  %217 = shufflevector <16 x float> %216, <16 x float> poison, <16 x i32> zeroinitializer
  %218 = shl nuw nsw i64 %i6.addr.0286, 5
  %219 = getelementptr inbounds float, ptr %Sroll, i64 %218
  %220 = load <16 x float>, ptr %219, align 4
  %221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %217, <16 x float> %delta.0294, <16 x float> %220)
  %222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %221, <16 x float> %196, <16 x float> zeroinitializer)
  %223 = add nuw nsw i64 %218, %197
  %224 = getelementptr inbounds float, ptr %Sh, i64 %223
  store <16 x float> %221, ptr %224, align 4
  %225 = insertelement <16 x float> poison, float %215, i64 0
  %226 = shufflevector <16 x float> %225, <16 x float> poison, <16 x i32> zeroinitializer
  %227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %226, <16 x float> %221, <16 x float> %acc4.0288)
  %228 = or disjoint i64 %218, 16
  %229 = getelementptr inbounds float, ptr %Sroll, i64 %228
  %230 = load <16 x float>, ptr %229, align 4
  %231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %217, <16 x float> %delta1.0293, <16 x float> %230)
  %232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> %200, <16 x float> %222)
  %233 = or disjoint i64 %223, 16
  %234 = getelementptr inbounds float, ptr %Sh, i64 %233
  store <16 x float> %231, ptr %234, align 4
  %235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %226, <16 x float> %231, <16 x float> %acc541.0287)
  %236 = or disjoint i64 %i6.addr.0286, %194
  %237 = getelementptr inbounds float, ptr %qh1, i64 %236
  %238 = load float, ptr %237, align 4
  %239 = shufflevector <16 x float> %232, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %240 = shufflevector <16 x float> %232, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %241 = fadd <8 x float> %239, %240
  %242 = shufflevector <8 x float> %241, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %243 = shufflevector <8 x float> %241, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %244 = fadd <4 x float> %242, %243
  %245 = shufflevector <4 x float> %244, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %246 = shufflevector <4 x float> %244, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %247 = fadd <2 x float> %245, %246
  %shift = shufflevector <2 x float> %247, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %248 = fadd <2 x float> %247, %shift
  %249 = extractelement <2 x float> %248, i64 0
  %250 = fmul float %249, 0x3FC6A09E60000000
  %251 = fadd float %238, %250
  store float %251, ptr %237, align 4
  %i6.next = add nuw nsw i64 %i6.addr.0286, 1
  %exitcond348.not = icmp eq i64 %i6.next, 32
  br i1 %exitcond348.not, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %252 = shl nsw i64 %192, 1
  %253 = mul nsw i64 %252, %H
  %254 = getelementptr inbounds float, ptr %betah, i64 %253
  %255 = load float, ptr %254, align 4
  %256 = mul nsw i64 %252, %sq
  %257 = getelementptr inbounds float, ptr %vh, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = fsub <16 x float> %258, %227
  %260 = shl i64 %tl1.addr.0292, 6
  %261 = getelementptr inbounds float, ptr %R, i64 %260
  store <16 x float> %259, ptr %261, align 4
  %262 = insertelement <16 x float> poison, float %255, i64 0
  %263 = shufflevector <16 x float> %262, <16 x float> poison, <16 x i32> zeroinitializer
  %264 = fmul <16 x float> %263, %259
  %265 = or disjoint i64 %256, 16
  %266 = getelementptr inbounds float, ptr %vh, i64 %265
  %267 = load <16 x float>, ptr %266, align 4
  %268 = fsub <16 x float> %267, %235
  %269 = or disjoint i64 %260, 16
  %270 = getelementptr inbounds float, ptr %R, i64 %269
  store <16 x float> %268, ptr %270, align 4
  %271 = fmul <16 x float> %263, %268
  %272 = or disjoint i64 %252, 1
  %273 = mul nsw i64 %272, %sq
  %invariant.gep381 = getelementptr float, ptr %kh, i64 %273
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc6.0291 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %310, %i7.body ]
  %acc7.0290 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %317, %i7.body ]
  %i7.addr.0289 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %274 = or disjoint i64 %i7.addr.0289, %256
  %275 = getelementptr inbounds float, ptr %kh, i64 %274
  %276 = load float, ptr %275, align 4
  %gep382 = getelementptr float, ptr %invariant.gep381, i64 %i7.addr.0289
  %277 = load float, ptr %gep382, align 4
  %278 = insertelement <16 x float> poison, float %276, i64 0
  %279 = shufflevector <16 x float> %278, <16 x float> poison, <16 x i32> zeroinitializer
  %280 = shl nuw nsw i64 %i7.addr.0289, 5
  %281 = add nuw nsw i64 %280, %197
  %282 = getelementptr inbounds float, ptr %Sh, i64 %281
  %283 = load <16 x float>, ptr %282, align 4
  %284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %279, <16 x float> %264, <16 x float> %283)
  %285 = getelementptr inbounds float, ptr %Sroll, i64 %280
  store <16 x float> %284, ptr %285, align 4
  %286 = insertelement <16 x float> poison, float %277, i64 0
  %287 = shufflevector <16 x float> %286, <16 x float> poison, <16 x i32> zeroinitializer
  %288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %287, <16 x float> %284, <16 x float> %acc6.0291)
  %289 = or disjoint i64 %281, 16
  %290 = getelementptr inbounds float, ptr %Sh, i64 %289
  %291 = load <16 x float>, ptr %290, align 4
  %292 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %279, <16 x float> %271, <16 x float> %291)
  %293 = or disjoint i64 %280, 16
  %294 = getelementptr inbounds float, ptr %Sroll, i64 %293
  store <16 x float> %292, ptr %294, align 4
  %295 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %287, <16 x float> %292, <16 x float> %acc7.0290)
  %i7.next = or disjoint i64 %i7.addr.0289, 1
  %296 = or disjoint i64 %i7.next, %256
  %297 = getelementptr inbounds float, ptr %kh, i64 %296
  %298 = load float, ptr %297, align 4
  %gep382.1 = getelementptr float, ptr %invariant.gep381, i64 %i7.next
  %299 = load float, ptr %gep382.1, align 4
  %300 = insertelement <16 x float> poison, float %298, i64 0
  %301 = shufflevector <16 x float> %300, <16 x float> poison, <16 x i32> zeroinitializer
  %302 = shl nuw nsw i64 %i7.next, 5
  %303 = add nuw nsw i64 %302, %197
  %304 = getelementptr inbounds float, ptr %Sh, i64 %303
  %305 = load <16 x float>, ptr %304, align 4
  %306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %301, <16 x float> %264, <16 x float> %305)
  %307 = getelementptr inbounds float, ptr %Sroll, i64 %302
  store <16 x float> %306, ptr %307, align 4
  %308 = insertelement <16 x float> poison, float %299, i64 0
  %309 = shufflevector <16 x float> %308, <16 x float> poison, <16 x i32> zeroinitializer
  %310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %309, <16 x float> %306, <16 x float> %288)
  %311 = or disjoint i64 %303, 16
  %312 = getelementptr inbounds float, ptr %Sh, i64 %311
  %313 = load <16 x float>, ptr %312, align 4
  %314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %301, <16 x float> %271, <16 x float> %313)
  %315 = or disjoint i64 %302, 16
  %316 = getelementptr inbounds float, ptr %Sroll, i64 %315
  store <16 x float> %314, ptr %316, align 4
  %317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %309, <16 x float> %314, <16 x float> %295)
  %i7.next.1 = add nuw nsw i64 %i7.addr.0289, 2
  %exitcond349.not.1 = icmp eq i64 %i7.next.1, 32
  br i1 %exitcond349.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %318 = mul nsw i64 %272, %H
  %319 = getelementptr inbounds float, ptr %betah, i64 %318
  %320 = load float, ptr %319, align 4
  %321 = getelementptr inbounds float, ptr %vh, i64 %273
  %322 = load <16 x float>, ptr %321, align 4
  %323 = fsub <16 x float> %322, %310
  %324 = or disjoint i64 %260, 32
  %325 = getelementptr inbounds float, ptr %R, i64 %324
  store <16 x float> %323, ptr %325, align 4
  %326 = insertelement <16 x float> poison, float %320, i64 0
  %327 = shufflevector <16 x float> %326, <16 x float> poison, <16 x i32> zeroinitializer
  %328 = fmul <16 x float> %327, %323
  %329 = or disjoint i64 %273, 16
  %330 = getelementptr inbounds float, ptr %vh, i64 %329
  %331 = load <16 x float>, ptr %330, align 4
  %332 = fsub <16 x float> %331, %317
  %333 = or disjoint i64 %260, 48
  %334 = getelementptr inbounds float, ptr %R, i64 %333
  store <16 x float> %332, ptr %334, align 4
  %335 = fmul <16 x float> %327, %332
  %tl1.next = add nuw nsw i64 %tl1.addr.0292, 1
  %exitcond352.not = icmp eq i64 %tl1.next, %smax351
  br i1 %exitcond352.not, label %tl1.exit, label %i6.head.preheader

tt.head.preheader:                                ; preds = %i8.body
  br i1 %48, label %tt.body, label %j12.head.preheader

i8.body:                                          ; preds = %i8.body, %tl1.exit
  %i8.addr.0296 = phi i64 [ 0, %tl1.exit ], [ %i8.next.1, %i8.body ]
  %gep384 = getelementptr float, ptr %invariant.gep383, i64 %i8.addr.0296
  %336 = load float, ptr %gep384, align 4
  %337 = insertelement <16 x float> poison, float %336, i64 0
  %338 = shufflevector <16 x float> %337, <16 x float> poison, <16 x i32> zeroinitializer
  %339 = shl nuw nsw i64 %i8.addr.0296, 5
  %340 = getelementptr inbounds float, ptr %Sroll, i64 %339
  %341 = load <16 x float>, ptr %340, align 4
  %342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %338, <16 x float> %delta.0.lcssa, <16 x float> %341)
  %343 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %342, <16 x float> %207, <16 x float> zeroinitializer)
  %344 = or disjoint i64 %339, 16
  %345 = getelementptr inbounds float, ptr %Sroll, i64 %344
  %346 = load <16 x float>, ptr %345, align 4
  %347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %338, <16 x float> %delta1.0.lcssa, <16 x float> %346)
  %348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %347, <16 x float> %210, <16 x float> %343)
  %349 = or disjoint i64 %i8.addr.0296, %205
  %350 = getelementptr inbounds float, ptr %qh1, i64 %349
  %351 = load float, ptr %350, align 4
  %352 = shufflevector <16 x float> %348, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %353 = shufflevector <16 x float> %348, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %354 = fadd <8 x float> %352, %353
  %355 = shufflevector <8 x float> %354, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %356 = shufflevector <8 x float> %354, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %357 = fadd <4 x float> %355, %356
  %358 = shufflevector <4 x float> %357, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %359 = shufflevector <4 x float> %357, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %360 = fadd <2 x float> %358, %359
  %shift398 = shufflevector <2 x float> %360, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %361 = fadd <2 x float> %360, %shift398
  %362 = extractelement <2 x float> %361, i64 0
  %363 = fmul float %362, 0x3FC6A09E60000000
  %364 = fadd float %351, %363
  store float %364, ptr %350, align 4
  %i8.next = or disjoint i64 %i8.addr.0296, 1
  %gep384.1 = getelementptr float, ptr %invariant.gep383, i64 %i8.next
  %365 = load float, ptr %gep384.1, align 4
  %366 = insertelement <16 x float> poison, float %365, i64 0
  %367 = shufflevector <16 x float> %366, <16 x float> poison, <16 x i32> zeroinitializer
  %368 = shl nuw nsw i64 %i8.next, 5
  %369 = getelementptr inbounds float, ptr %Sroll, i64 %368
  %370 = load <16 x float>, ptr %369, align 4
  %371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %367, <16 x float> %delta.0.lcssa, <16 x float> %370)
  %372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %371, <16 x float> %207, <16 x float> zeroinitializer)
  %373 = or disjoint i64 %368, 16
  %374 = getelementptr inbounds float, ptr %Sroll, i64 %373
  %375 = load <16 x float>, ptr %374, align 4
  %376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %367, <16 x float> %delta1.0.lcssa, <16 x float> %375)
  %377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %376, <16 x float> %210, <16 x float> %372)
  %378 = or disjoint i64 %i8.next, %205
  %379 = getelementptr inbounds float, ptr %qh1, i64 %378
  %380 = load float, ptr %379, align 4
  %381 = shufflevector <16 x float> %377, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %382 = shufflevector <16 x float> %377, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %383 = fadd <8 x float> %381, %382
  %384 = shufflevector <8 x float> %383, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %385 = shufflevector <8 x float> %383, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %386 = fadd <4 x float> %384, %385
  %387 = shufflevector <4 x float> %386, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %388 = shufflevector <4 x float> %386, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %389 = fadd <2 x float> %387, %388
  %shift398.1 = shufflevector <2 x float> %389, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %390 = fadd <2 x float> %389, %shift398.1
  %391 = extractelement <2 x float> %390, i64 0
  %392 = fmul float %391, 0x3FC6A09E60000000
  %393 = fadd float %380, %392
  store float %393, ptr %379, align 4
  %i8.next.1 = add nuw nsw i64 %i8.addr.0296, 2
  %exitcond353.not.1 = icmp eq i64 %i8.next.1, 32
  br i1 %exitcond353.not.1, label %tt.head.preheader, label %i8.body

j12.head.preheader:                               ; preds = %i16.exit, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %394 = fneg float %117
  br label %i22.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0315 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0315
  %395 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %395, i64 %tlast)
  %396 = add nsw i64 %ptl, %t0
  %397 = shl nsw i64 %396, 1
  %398 = mul nsw i64 %397, %H
  %399 = getelementptr inbounds float, ptr %betah, i64 %398
  %400 = load float, ptr %399, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %401 = icmp slt i64 %395, %L
  %.neg = fneg float %400
  %402 = select i1 %401, float %.neg, float -0.000000e+00
  %403 = mul nsw i64 %397, %sq
  %404 = shl nsw i64 %ptl, 10
  %405 = shl nsw i64 %ptl, 6
  %406 = getelementptr inbounds float, ptr %R, i64 %405
  %407 = or disjoint i64 %405, 16
  %408 = getelementptr inbounds float, ptr %R, i64 %407
  %409 = add nsw i64 %tl2, %t0
  %410 = mul nsw i64 %409, %sq
  %411 = getelementptr inbounds float, ptr %oh, i64 %410
  %412 = load <16 x float>, ptr %411, align 4
  %413 = or disjoint i64 %410, 16
  %414 = getelementptr inbounds float, ptr %oh, i64 %413
  %415 = load <16 x float>, ptr %414, align 4
  %416 = shl nsw i64 %409, 1
  %417 = or disjoint i64 %416, 1
  %418 = mul nsw i64 %417, %sq
  br label %i10.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dsk.0300 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %475, %i10.body ]
  %dsk1.0299 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %476, %i10.body ]
  %i10.addr.0298 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %419 = shl nuw nsw i64 %i10.addr.0298, 5
  %420 = getelementptr inbounds float, ptr %dS, i64 %419
  %421 = load <16 x float>, ptr %420, align 4
  %422 = or disjoint i64 %419, 16
  %423 = getelementptr inbounds float, ptr %dS, i64 %422
  %424 = load <16 x float>, ptr %423, align 4
  %425 = getelementptr float, ptr %kh, i64 %i10.addr.0298
  %426 = getelementptr float, ptr %425, i64 %403
  %427 = load float, ptr %426, align 4
  %428 = fmul float %402, %427
  %429 = load <16 x float>, ptr %dSkPrev, align 4
  %430 = add nuw nsw i64 %419, %404
  %431 = getelementptr inbounds float, ptr %Sh, i64 %430
  %432 = load <16 x float>, ptr %431, align 4
  %433 = load <16 x float>, ptr %406, align 4
  %434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %421, <16 x float> %433, <16 x float> zeroinitializer)
  %435 = fneg <16 x float> %432
  %436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %435, <16 x float> %429, <16 x float> %434)
  %437 = insertelement <16 x float> poison, float %428, i64 0
  %438 = shufflevector <16 x float> %437, <16 x float> poison, <16 x i32> zeroinitializer
  %439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %438, <16 x float> %429, <16 x float> %421)
  %440 = load <16 x float>, ptr %9, align 4
  %441 = or disjoint i64 %430, 16
  %442 = getelementptr inbounds float, ptr %Sh, i64 %441
  %443 = load <16 x float>, ptr %442, align 4
  %444 = load <16 x float>, ptr %408, align 4
  %445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %424, <16 x float> %444, <16 x float> %436)
  %446 = fneg <16 x float> %443
  %447 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %446, <16 x float> %440, <16 x float> %445)
  %448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %438, <16 x float> %440, <16 x float> %424)
  %449 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0298
  %450 = load float, ptr %449, align 4
  %451 = shufflevector <16 x float> %447, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %452 = shufflevector <16 x float> %447, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %453 = fadd <8 x float> %451, %452
  %454 = shufflevector <8 x float> %453, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %455 = shufflevector <8 x float> %453, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %456 = fadd <4 x float> %454, %455
  %457 = shufflevector <4 x float> %456, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %458 = shufflevector <4 x float> %456, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %459 = fadd <2 x float> %457, %458
  %shift399 = shufflevector <2 x float> %459, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %460 = fadd <2 x float> %459, %shift399
  %461 = extractelement <2 x float> %460, i64 0
  %462 = fadd float %450, %461
  store float %462, ptr %449, align 4
  %463 = or disjoint i64 %i10.addr.0298, %410
  %464 = getelementptr inbounds float, ptr %qh, i64 %463
  %465 = load float, ptr %464, align 4
  %466 = fmul float %465, 0x3FC6A09E60000000
  %467 = insertelement <16 x float> poison, float %466, i64 0
  %468 = shufflevector <16 x float> %467, <16 x float> poison, <16 x i32> zeroinitializer
  %469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %468, <16 x float> %412, <16 x float> %439)
  %470 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %468, <16 x float> %415, <16 x float> %448)
  %471 = getelementptr float, ptr %425, i64 %418
  %472 = load float, ptr %471, align 4
  %473 = insertelement <16 x float> poison, float %472, i64 0
  %474 = shufflevector <16 x float> %473, <16 x float> poison, <16 x i32> zeroinitializer
  %475 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %474, <16 x float> %469, <16 x float> %dsk.0300)
  %476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %474, <16 x float> %470, <16 x float> %dsk1.0299)
  store <16 x float> %469, ptr %420, align 4
  store <16 x float> %470, ptr %423, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0298, 1
  %exitcond354.not = icmp eq i64 %i10.next, 32
  br i1 %exitcond354.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <16 x float> %475, ptr %dSk, align 4
  store <16 x float> %476, ptr %10, align 4
  br i1 %401, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %477 = insertelement <16 x float> poison, float %400, i64 0
  %478 = shufflevector <16 x float> %477, <16 x float> poison, <16 x i32> zeroinitializer
  %479 = load <16 x float>, ptr %dkTmp, align 4
  %480 = fmul <16 x float> %478, %479
  %481 = getelementptr float, ptr %kh1, i64 %403
  store <16 x float> %480, ptr %481, align 4
  %482 = load <16 x float>, ptr %24, align 4
  %483 = fmul <16 x float> %478, %482
  %484 = getelementptr float, ptr %41, i64 %403
  store <16 x float> %483, ptr %484, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i10.exit
  %485 = mul nsw i64 %417, %H
  %486 = getelementptr inbounds float, ptr %betah, i64 %485
  %487 = load float, ptr %486, align 4
  %488 = insertelement <16 x float> poison, float %487, i64 0
  %489 = shufflevector <16 x float> %488, <16 x float> poison, <16 x i32> zeroinitializer
  %490 = fmul <16 x float> %489, %475
  %491 = getelementptr float, ptr %vh1, i64 %418
  store <16 x float> %490, ptr %491, align 4
  %492 = fmul <16 x float> %489, %476
  %493 = getelementptr float, ptr %42, i64 %418
  store <16 x float> %492, ptr %493, align 4
  %.idx324 = shl i64 %tl2, 8
  %494 = getelementptr i8, ptr %R, i64 %.idx324
  %495 = getelementptr i8, ptr %494, i64 128
  %496 = load <16 x float>, ptr %495, align 4
  %497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %475, <16 x float> %496, <16 x float> zeroinitializer)
  %498 = getelementptr i8, ptr %25, i64 %.idx324
  %499 = getelementptr i8, ptr %498, i64 128
  %500 = load <16 x float>, ptr %499, align 4
  %501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %476, <16 x float> %500, <16 x float> %497)
  %502 = shufflevector <16 x float> %501, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %503 = shufflevector <16 x float> %501, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %504 = fadd <8 x float> %502, %503
  %505 = shufflevector <8 x float> %504, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %506 = shufflevector <8 x float> %504, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %507 = fadd <4 x float> %505, %506
  %508 = shufflevector <4 x float> %507, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %509 = shufflevector <4 x float> %507, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %510 = fadd <2 x float> %508, %509
  %shift400 = shufflevector <2 x float> %510, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %511 = fadd <2 x float> %510, %shift400
  %512 = extractelement <2 x float> %511, i64 0
  %513 = getelementptr inbounds float, ptr %betah1, i64 %485
  store float %512, ptr %513, align 4
  store <16 x float> %475, ptr %dSkPrev, align 4
  store <16 x float> %476, ptr %26, align 4
  %514 = mul nsw i64 %416, %H
  %515 = getelementptr inbounds float, ptr %betah, i64 %514
  %516 = load float, ptr %515, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %517 = fneg float %487
  %518 = mul nsw i64 %416, %sq
  %519 = shl nsw i64 %tl2, 10
  %520 = shl i64 %tl2, 6
  %521 = getelementptr inbounds float, ptr %R, i64 %520
  %522 = or disjoint i64 %520, 32
  %523 = getelementptr inbounds float, ptr %R, i64 %522
  %524 = or disjoint i64 %520, 16
  %525 = getelementptr inbounds float, ptr %R, i64 %524
  %526 = or disjoint i64 %520, 48
  %527 = getelementptr inbounds float, ptr %R, i64 %526
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0309 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk3.0308 = phi <16 x float> [ zeroinitializer, %endif ], [ %584, %i16.body ]
  %dsk2.0307 = phi <16 x float> [ zeroinitializer, %endif ], [ %583, %i16.body ]
  %528 = shl nuw nsw i64 %i16.addr.0309, 5
  %529 = getelementptr inbounds float, ptr %dS, i64 %528
  %530 = load <16 x float>, ptr %529, align 4
  %531 = or disjoint i64 %528, 16
  %532 = getelementptr inbounds float, ptr %dS, i64 %531
  %533 = load <16 x float>, ptr %532, align 4
  %534 = getelementptr float, ptr %kh, i64 %i16.addr.0309
  %535 = getelementptr float, ptr %534, i64 %418
  %536 = load float, ptr %535, align 4
  %537 = fmul float %536, %517
  %538 = getelementptr float, ptr %534, i64 %518
  %539 = load float, ptr %538, align 4
  %540 = fmul float %516, %539
  %541 = load <16 x float>, ptr %dSkPrev, align 4
  %542 = add nuw nsw i64 %528, %519
  %543 = getelementptr inbounds float, ptr %Sh, i64 %542
  %544 = load <16 x float>, ptr %543, align 4
  %545 = load <16 x float>, ptr %521, align 4
  %546 = insertelement <16 x float> poison, float %540, i64 0
  %547 = shufflevector <16 x float> %546, <16 x float> poison, <16 x i32> zeroinitializer
  %548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %547, <16 x float> %545, <16 x float> %544)
  %549 = load <16 x float>, ptr %523, align 4
  %550 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %530, <16 x float> %549, <16 x float> zeroinitializer)
  %551 = fneg <16 x float> %548
  %552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %551, <16 x float> %541, <16 x float> %550)
  %553 = insertelement <16 x float> poison, float %537, i64 0
  %554 = shufflevector <16 x float> %553, <16 x float> poison, <16 x i32> zeroinitializer
  %555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %554, <16 x float> %541, <16 x float> %530)
  %556 = load <16 x float>, ptr %9, align 4
  %557 = or disjoint i64 %542, 16
  %558 = getelementptr inbounds float, ptr %Sh, i64 %557
  %559 = load <16 x float>, ptr %558, align 4
  %560 = load <16 x float>, ptr %525, align 4
  %561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %547, <16 x float> %560, <16 x float> %559)
  %562 = load <16 x float>, ptr %527, align 4
  %563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %533, <16 x float> %562, <16 x float> %552)
  %564 = fneg <16 x float> %561
  %565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %564, <16 x float> %556, <16 x float> %563)
  %566 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %554, <16 x float> %556, <16 x float> %533)
  %567 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0309
  %568 = load float, ptr %567, align 4
  %569 = shufflevector <16 x float> %565, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %570 = shufflevector <16 x float> %565, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %571 = fadd <8 x float> %569, %570
  %572 = shufflevector <8 x float> %571, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %573 = shufflevector <8 x float> %571, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %574 = fadd <4 x float> %572, %573
  %575 = shufflevector <4 x float> %574, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %576 = shufflevector <4 x float> %574, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %577 = fadd <2 x float> %575, %576
  %shift401 = shufflevector <2 x float> %577, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %578 = fadd <2 x float> %577, %shift401
  %579 = extractelement <2 x float> %578, i64 0
  %580 = fadd float %568, %579
  store float %580, ptr %567, align 4
  %581 = insertelement <16 x float> poison, float %539, i64 0
  %582 = shufflevector <16 x float> %581, <16 x float> poison, <16 x i32> zeroinitializer
  %583 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %582, <16 x float> %555, <16 x float> %dsk2.0307)
  %584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %582, <16 x float> %566, <16 x float> %dsk3.0308)
  store <16 x float> %555, ptr %529, align 4
  store <16 x float> %566, ptr %532, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0309, 1
  %exitcond355.not = icmp eq i64 %i16.next, 32
  br i1 %exitcond355.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <16 x float> %583, ptr %dSk, align 4
  store <16 x float> %584, ptr %10, align 4
  %585 = load <16 x float>, ptr %dkTmp, align 4
  %586 = fmul <16 x float> %489, %585
  %587 = getelementptr float, ptr %kh1, i64 %418
  store <16 x float> %586, ptr %587, align 4
  %588 = load <16 x float>, ptr %27, align 4
  %589 = fmul <16 x float> %489, %588
  %590 = getelementptr float, ptr %43, i64 %418
  store <16 x float> %589, ptr %590, align 4
  %591 = insertelement <16 x float> poison, float %516, i64 0
  %592 = shufflevector <16 x float> %591, <16 x float> poison, <16 x i32> zeroinitializer
  %593 = fmul <16 x float> %592, %583
  %594 = getelementptr float, ptr %vh1, i64 %518
  store <16 x float> %593, ptr %594, align 4
  %595 = fmul <16 x float> %592, %584
  %596 = getelementptr float, ptr %42, i64 %518
  store <16 x float> %595, ptr %596, align 4
  %597 = load <16 x float>, ptr %494, align 4
  %598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %583, <16 x float> %597, <16 x float> zeroinitializer)
  %599 = load <16 x float>, ptr %498, align 4
  %600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %584, <16 x float> %599, <16 x float> %598)
  %601 = shufflevector <16 x float> %600, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %602 = shufflevector <16 x float> %600, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %603 = fadd <8 x float> %601, %602
  %604 = shufflevector <8 x float> %603, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %605 = shufflevector <8 x float> %603, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %606 = fadd <4 x float> %604, %605
  %607 = shufflevector <4 x float> %606, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %608 = shufflevector <4 x float> %606, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %609 = fadd <2 x float> %607, %608
  %shift402 = shufflevector <2 x float> %609, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %610 = fadd <2 x float> %609, %shift402
  %611 = extractelement <2 x float> %610, i64 0
  %612 = getelementptr inbounds float, ptr %betah1, i64 %514
  store float %611, ptr %612, align 4
  store <16 x float> %583, ptr %dSkPrev, align 4
  store <16 x float> %584, ptr %26, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0315, 1
  %exitcond358.not = icmp eq i64 %tt.next, %smax357
  br i1 %exitcond358.not, label %j12.head.preheader, label %tt.body

i22.body:                                         ; preds = %j12.head.preheader, %i22.body
  %i22.addr.0317 = phi i64 [ 0, %j12.head.preheader ], [ %i22.next, %i22.body ]
  %613 = shl nuw nsw i64 %i22.addr.0317, 5
  %614 = getelementptr inbounds float, ptr %dS, i64 %613
  %615 = load <16 x float>, ptr %614, align 4
  %616 = or disjoint i64 %613, 16
  %617 = getelementptr inbounds float, ptr %dS, i64 %616
  %618 = load <16 x float>, ptr %617, align 4
  %619 = or disjoint i64 %i22.addr.0317, %118
  %620 = getelementptr inbounds float, ptr %kh, i64 %619
  %621 = load float, ptr %620, align 4
  %622 = fmul float %621, %394
  %623 = load <16 x float>, ptr %dSkPrev, align 4
  %624 = getelementptr inbounds float, ptr %Sh, i64 %613
  %625 = load <16 x float>, ptr %624, align 4
  %626 = load <16 x float>, ptr %R, align 4
  %627 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %615, <16 x float> %626, <16 x float> zeroinitializer)
  %628 = fneg <16 x float> %625
  %629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %628, <16 x float> %623, <16 x float> %627)
  %630 = insertelement <16 x float> poison, float %622, i64 0
  %631 = shufflevector <16 x float> %630, <16 x float> poison, <16 x i32> zeroinitializer
  %632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %631, <16 x float> %623, <16 x float> %615)
  %633 = load <16 x float>, ptr %9, align 4
  %634 = getelementptr inbounds float, ptr %Sh, i64 %616
  %635 = load <16 x float>, ptr %634, align 4
  %636 = load <16 x float>, ptr %5, align 4
  %637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %618, <16 x float> %636, <16 x float> %629)
  %638 = fneg <16 x float> %635
  %639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %638, <16 x float> %633, <16 x float> %637)
  %640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %631, <16 x float> %633, <16 x float> %618)
  %641 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0317
  %642 = load float, ptr %641, align 4
  %643 = shufflevector <16 x float> %639, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %644 = shufflevector <16 x float> %639, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %645 = fadd <8 x float> %643, %644
  %646 = shufflevector <8 x float> %645, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %647 = shufflevector <8 x float> %645, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %648 = fadd <4 x float> %646, %647
  %649 = shufflevector <4 x float> %648, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %650 = shufflevector <4 x float> %648, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %651 = fadd <2 x float> %649, %650
  %shift403 = shufflevector <2 x float> %651, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %652 = fadd <2 x float> %651, %shift403
  %653 = extractelement <2 x float> %652, i64 0
  %654 = fadd float %642, %653
  store float %654, ptr %641, align 4
  store <16 x float> %632, ptr %614, align 4
  store <16 x float> %640, ptr %617, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0317, 1
  %exitcond359.not = icmp eq i64 %i22.next, 32
  br i1 %exitcond359.not, label %j13.body.preheader, label %i22.body

j13.body.preheader:                               ; preds = %i22.body
  %655 = load <16 x float>, ptr %dkTmp, align 4
  %656 = fmul <16 x float> %123, %655
  %657 = getelementptr inbounds float, ptr %kh1, i64 %118
  store <16 x float> %656, ptr %657, align 4
  %658 = load <16 x float>, ptr %28, align 4
  %659 = fmul <16 x float> %123, %658
  %660 = getelementptr inbounds float, ptr %kh1, i64 %125
  store <16 x float> %659, ptr %660, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0319, 1
  %indvars.iv.next = add i64 %indvars.iv, 32
  %exitcond361.not = icmp eq i64 %cc.next, %smax360
  br i1 %exitcond361.not, label %i24.head.preheader, label %cc.body
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
define void @dp_bwd_h2_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 274432
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %Sroll = getelementptr inbounds i8, ptr %work, i64 270336
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
  %16 = shl nsw i64 %nc, 6
  %17 = add i64 %16, 144115188075855808
  %18 = mul i64 %17, %H
  %19 = mul i64 %H, -8192
  %20 = shl i64 %H, 7
  %21 = add i64 %T, 64
  %22 = sub i64 %21, %16
  %smax360 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %23 = sub i64 %bh1, %bh0
  %24 = getelementptr i8, ptr %work, i64 291136
  %25 = getelementptr i8, ptr %work, i64 274496
  %26 = getelementptr i8, ptr %work, i64 291008
  %27 = getelementptr i8, ptr %work, i64 291136
  %28 = getelementptr i8, ptr %work, i64 291136
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0322 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %29 = add i64 %indvar, %bh0
  %30 = shl i64 %29, 12
  %scevgep364 = getelementptr i8, ptr %dh0, i64 %30
  %31 = mul i64 %15, %indvar
  %32 = add i64 %14, %31
  %scevgep343 = getelementptr i8, ptr %dhT, i64 %30
  %b = sdiv i64 %bh.addr.0322, %H
  %h = srem i64 %bh.addr.0322, %H
  %33 = mul i64 %b, %T
  %34 = mul i64 %33, %H
  %bT = add i64 %34, %h
  %35 = mul i64 %1, %33
  %bTn = add nsw i64 %35, %h
  %36 = shl nsw i64 %bT, 5
  %37 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %37
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %37
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep343, i64 4096, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %37
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %37
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %36
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %36
  %oh = getelementptr inbounds float, ptr %dout, i64 %36
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %38 = add i64 %18, %bT
  %39 = shl i64 %38, 7
  %40 = getelementptr i8, ptr %dq, i64 %39
  %41 = getelementptr i8, ptr %kh1, i64 64
  %42 = getelementptr i8, ptr %vh1, i64 64
  %43 = getelementptr i8, ptr %kh1, i64 64
  br label %cc.body

i24.head.preheader:                               ; preds = %j13.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep364, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0322, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond365.not = icmp eq i64 %indvar.next, %23
  br i1 %exitcond365.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j13.body.preheader
  %indvars.iv = phi i64 [ %22, %cc.body.lr.ph ], [ %indvars.iv.next, %j13.body.preheader ]
  %cc.addr.0319 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j13.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin356 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 64)
  %smax357 = tail call i64 @llvm.smax.i64(i64 %smin356, i64 1)
  %smax351 = tail call i64 @llvm.smax.i64(i64 %smin356, i64 2)
  %44 = shl i64 %cc.addr.0319, 12
  %45 = sub i64 %32, %44
  %scevgep345 = getelementptr i8, ptr %hs, i64 %45
  %46 = xor i64 %cc.addr.0319, -1
  %ci = add nsw i64 %nc, %46
  %t0 = shl nsw i64 %ci, 6
  %47 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep345, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %47, i64 64)
  %48 = icmp sgt i64 %47, 0
  br i1 %48, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %49 = mul i64 %19, %cc.addr.0319
  %50 = getelementptr i8, ptr %40, i64 %49
  %xtraiter = and i64 %smax, 7
  %51 = icmp slt i64 %indvars.iv, 8
  br i1 %51, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 120
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0279.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0279.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0279.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %52 = mul i64 %20, %tl.addr.0279.epil
  %scevgep.epil = getelementptr i8, ptr %50, i64 %52
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0279.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %53 = mul i64 %4, %ci
  %invariant.gep = getelementptr float, ptr %kh, i64 %53
  br label %i4.body

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0279 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %54 = mul i64 %20, %tl.addr.0279
  %scevgep = getelementptr i8, ptr %50, i64 %54
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0279, 1
  %55 = mul i64 %20, %tl.next
  %scevgep.1 = getelementptr i8, ptr %50, i64 %55
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0279, 2
  %56 = mul i64 %20, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %50, i64 %56
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0279, 3
  %57 = mul i64 %20, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %50, i64 %57
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0279, 4
  %58 = mul i64 %20, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %50, i64 %58
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0279, 5
  %59 = mul i64 %20, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %50, i64 %59
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0279, 6
  %60 = mul i64 %20, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %50, i64 %60
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0279, 7
  %61 = mul i64 %20, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %50, i64 %61
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0279, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0282 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %108, %i4.body ]
  %acc1.0281 = phi <16 x float> [ zeroinitializer, %i4.head.preheader ], [ %113, %i4.body ]
  %i4.addr.0280 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.3, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0280
  %62 = load float, ptr %gep, align 4
  %63 = shl nuw nsw i64 %i4.addr.0280, 5
  %64 = getelementptr inbounds float, ptr %work, i64 %63
  %65 = load <16 x float>, ptr %64, align 4
  %66 = getelementptr inbounds float, ptr %Sh, i64 %63
  store <16 x float> %65, ptr %66, align 4
  %67 = insertelement <16 x float> poison, float %62, i64 0
  %68 = shufflevector <16 x float> %67, <16 x float> poison, <16 x i32> zeroinitializer
  %69 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %68, <16 x float> %65, <16 x float> %acc.0282)
  %70 = or disjoint i64 %63, 16
  %71 = getelementptr inbounds float, ptr %work, i64 %70
  %72 = load <16 x float>, ptr %71, align 4
  %73 = getelementptr inbounds float, ptr %Sh, i64 %70
  store <16 x float> %72, ptr %73, align 4
  %74 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %68, <16 x float> %72, <16 x float> %acc1.0281)
  %i4.next = or disjoint i64 %i4.addr.0280, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %75 = load float, ptr %gep.1, align 4
  %76 = shl nuw nsw i64 %i4.next, 5
  %77 = getelementptr inbounds float, ptr %work, i64 %76
  %78 = load <16 x float>, ptr %77, align 4
  %79 = getelementptr inbounds float, ptr %Sh, i64 %76
  store <16 x float> %78, ptr %79, align 4
  %80 = insertelement <16 x float> poison, float %75, i64 0
  %81 = shufflevector <16 x float> %80, <16 x float> poison, <16 x i32> zeroinitializer
  %82 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %81, <16 x float> %78, <16 x float> %69)
  %83 = or disjoint i64 %76, 16
  %84 = getelementptr inbounds float, ptr %work, i64 %83
  %85 = load <16 x float>, ptr %84, align 4
  %86 = getelementptr inbounds float, ptr %Sh, i64 %83
  store <16 x float> %85, ptr %86, align 4
  %87 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %81, <16 x float> %85, <16 x float> %74)
  %i4.next.1 = or disjoint i64 %i4.addr.0280, 2
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %88 = load float, ptr %gep.2, align 4
  %89 = shl nuw nsw i64 %i4.next.1, 5
  %90 = getelementptr inbounds float, ptr %work, i64 %89
  %91 = load <16 x float>, ptr %90, align 4
  %92 = getelementptr inbounds float, ptr %Sh, i64 %89
  store <16 x float> %91, ptr %92, align 4
  %93 = insertelement <16 x float> poison, float %88, i64 0
  %94 = shufflevector <16 x float> %93, <16 x float> poison, <16 x i32> zeroinitializer
  %95 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %91, <16 x float> %82)
  %96 = or disjoint i64 %89, 16
  %97 = getelementptr inbounds float, ptr %work, i64 %96
  %98 = load <16 x float>, ptr %97, align 4
  %99 = getelementptr inbounds float, ptr %Sh, i64 %96
  store <16 x float> %98, ptr %99, align 4
  %100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %94, <16 x float> %98, <16 x float> %87)
  %i4.next.2 = or disjoint i64 %i4.addr.0280, 3
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %101 = load float, ptr %gep.3, align 4
  %102 = shl nuw nsw i64 %i4.next.2, 5
  %103 = getelementptr inbounds float, ptr %work, i64 %102
  %104 = load <16 x float>, ptr %103, align 4
  %105 = getelementptr inbounds float, ptr %Sh, i64 %102
  store <16 x float> %104, ptr %105, align 4
  %106 = insertelement <16 x float> poison, float %101, i64 0
  %107 = shufflevector <16 x float> %106, <16 x float> poison, <16 x i32> zeroinitializer
  %108 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %104, <16 x float> %95)
  %109 = or disjoint i64 %102, 16
  %110 = getelementptr inbounds float, ptr %work, i64 %109
  %111 = load <16 x float>, ptr %110, align 4
  %112 = getelementptr inbounds float, ptr %Sh, i64 %109
  store <16 x float> %111, ptr %112, align 4
  %113 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %107, <16 x float> %111, <16 x float> %100)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0280, 4
  %exitcond346.not.3 = icmp eq i64 %i4.next.3, 32
  br i1 %exitcond346.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %114 = shl nsw i64 %ci, 7
  %115 = mul nsw i64 %114, %H
  %116 = getelementptr inbounds float, ptr %betah, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = mul nsw i64 %114, %sq
  %119 = getelementptr inbounds float, ptr %vh, i64 %118
  %120 = load <16 x float>, ptr %119, align 4
  %121 = fsub <16 x float> %120, %108
  store <16 x float> %121, ptr %R, align 4
  %122 = insertelement <16 x float> poison, float %117, i64 0
  %123 = shufflevector <16 x float> %122, <16 x float> poison, <16 x i32> zeroinitializer
  %124 = fmul <16 x float> %123, %121
  %125 = or disjoint i64 %118, 16
  %126 = getelementptr inbounds float, ptr %vh, i64 %125
  %127 = load <16 x float>, ptr %126, align 4
  %128 = fsub <16 x float> %127, %113
  store <16 x float> %128, ptr %5, align 4
  %129 = fmul <16 x float> %123, %128
  %130 = or disjoint i64 %114, 1
  %131 = mul nsw i64 %130, %sq
  %invariant.gep379 = getelementptr float, ptr %kh, i64 %131
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc2.0285 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %165, %i5.body ]
  %acc3.0284 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %171, %i5.body ]
  %i5.addr.0283 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %132 = or disjoint i64 %i5.addr.0283, %118
  %133 = getelementptr inbounds float, ptr %kh, i64 %132
  %134 = load float, ptr %133, align 4
  %gep380 = getelementptr float, ptr %invariant.gep379, i64 %i5.addr.0283
  %135 = load float, ptr %gep380, align 4
  %136 = insertelement <16 x float> poison, float %134, i64 0
  %137 = shufflevector <16 x float> %136, <16 x float> poison, <16 x i32> zeroinitializer
  %138 = shl nuw nsw i64 %i5.addr.0283, 5
  %139 = getelementptr inbounds float, ptr %Sh, i64 %138
  %140 = load <16 x float>, ptr %139, align 4
  %141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %137, <16 x float> %124, <16 x float> %140)
  %142 = getelementptr inbounds float, ptr %Sroll, i64 %138
  store <16 x float> %141, ptr %142, align 4
  %143 = insertelement <16 x float> poison, float %135, i64 0
  %144 = shufflevector <16 x float> %143, <16 x float> poison, <16 x i32> zeroinitializer
  %145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %141, <16 x float> %acc2.0285)
  %146 = or disjoint i64 %138, 16
  %147 = getelementptr inbounds float, ptr %Sh, i64 %146
  %148 = load <16 x float>, ptr %147, align 4
  %149 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %137, <16 x float> %129, <16 x float> %148)
  %150 = getelementptr inbounds float, ptr %Sroll, i64 %146
  store <16 x float> %149, ptr %150, align 4
  %151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %144, <16 x float> %149, <16 x float> %acc3.0284)
  %i5.next = or disjoint i64 %i5.addr.0283, 1
  %152 = or disjoint i64 %i5.next, %118
  %153 = getelementptr inbounds float, ptr %kh, i64 %152
  %154 = load float, ptr %153, align 4
  %gep380.1 = getelementptr float, ptr %invariant.gep379, i64 %i5.next
  %155 = load float, ptr %gep380.1, align 4
  %156 = insertelement <16 x float> poison, float %154, i64 0
  %157 = shufflevector <16 x float> %156, <16 x float> poison, <16 x i32> zeroinitializer
  %158 = shl nuw nsw i64 %i5.next, 5
  %159 = getelementptr inbounds float, ptr %Sh, i64 %158
  %160 = load <16 x float>, ptr %159, align 4
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> %124, <16 x float> %160)
  %162 = getelementptr inbounds float, ptr %Sroll, i64 %158
  store <16 x float> %161, ptr %162, align 4
  %163 = insertelement <16 x float> poison, float %155, i64 0
  %164 = shufflevector <16 x float> %163, <16 x float> poison, <16 x i32> zeroinitializer
  %165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %161, <16 x float> %145)
  %166 = or disjoint i64 %158, 16
  %167 = getelementptr inbounds float, ptr %Sh, i64 %166
  %168 = load <16 x float>, ptr %167, align 4
  %169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %157, <16 x float> %129, <16 x float> %168)
  %170 = getelementptr inbounds float, ptr %Sroll, i64 %166
  store <16 x float> %169, ptr %170, align 4
  %171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %164, <16 x float> %169, <16 x float> %151)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0283, 2
  %exitcond347.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond347.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %172 = mul nsw i64 %130, %H
  %173 = getelementptr inbounds float, ptr %betah, i64 %172
  %174 = load float, ptr %173, align 4
  %175 = getelementptr inbounds float, ptr %vh, i64 %131
  %176 = load <16 x float>, ptr %175, align 4
  %177 = fsub <16 x float> %176, %165
  store <16 x float> %177, ptr %6, align 4
  %178 = insertelement <16 x float> poison, float %174, i64 0
  %179 = shufflevector <16 x float> %178, <16 x float> poison, <16 x i32> zeroinitializer
  %180 = fmul <16 x float> %179, %177
  %181 = or disjoint i64 %131, 16
  %182 = getelementptr inbounds float, ptr %vh, i64 %181
  %183 = load <16 x float>, ptr %182, align 4
  %184 = fsub <16 x float> %183, %171
  store <16 x float> %184, ptr %7, align 4
  %185 = fmul <16 x float> %179, %184
  %186 = icmp sgt i64 %47, 1
  br i1 %186, label %i6.head.preheader.lr.ph, label %tl1.exit

i6.head.preheader.lr.ph:                          ; preds = %i5.exit
  %187 = add i64 %t0, -1
  br label %i6.head.preheader

i6.head.preheader:                                ; preds = %i6.head.preheader.lr.ph, %i7.exit
  %delta.0294 = phi <16 x float> [ %180, %i6.head.preheader.lr.ph ], [ %328, %i7.exit ]
  %delta1.0293 = phi <16 x float> [ %185, %i6.head.preheader.lr.ph ], [ %335, %i7.exit ]
  %tl1.addr.0292 = phi i64 [ 1, %i6.head.preheader.lr.ph ], [ %tl1.next, %i7.exit ]
  %188 = add i64 %187, %tl1.addr.0292
  %189 = shl nsw i64 %188, 1
  %190 = or disjoint i64 %189, 1
  %191 = mul nsw i64 %190, %sq
  %192 = add nsw i64 %tl1.addr.0292, %t0
  %193 = mul i64 %8, %192
  %194 = mul nsw i64 %188, %sq
  %195 = getelementptr inbounds float, ptr %oh, i64 %194
  %196 = load <16 x float>, ptr %195, align 4
  %197 = shl nsw i64 %tl1.addr.0292, 10
  %198 = or disjoint i64 %194, 16
  %199 = getelementptr inbounds float, ptr %oh, i64 %198
  %200 = load <16 x float>, ptr %199, align 4
  br label %i6.body

tl1.exit:                                         ; preds = %i7.exit, %i5.exit
  %delta1.0.lcssa = phi <16 x float> [ %185, %i5.exit ], [ %335, %i7.exit ]
  %delta.0.lcssa = phi <16 x float> [ %180, %i5.exit ], [ %328, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %201 = add nsw i64 %tlast, %t0
  %202 = shl nsw i64 %201, 1
  %203 = or disjoint i64 %202, 1
  %204 = mul nsw i64 %203, %sq
  %205 = mul nsw i64 %201, %sq
  %206 = getelementptr inbounds float, ptr %oh, i64 %205
  %207 = load <16 x float>, ptr %206, align 4
  %208 = or disjoint i64 %205, 16
  %209 = getelementptr inbounds float, ptr %oh, i64 %208
  %210 = load <16 x float>, ptr %209, align 4
  %invariant.gep383 = getelementptr float, ptr %kh, i64 %204
  br label %i8.body

i6.body:                                          ; preds = %i6.head.preheader, %i6.body
  %acc4.0288 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %227, %i6.body ]
  %acc541.0287 = phi <16 x float> [ zeroinitializer, %i6.head.preheader ], [ %235, %i6.body ]
  %i6.addr.0286 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next, %i6.body ]
  %211 = getelementptr float, ptr %kh, i64 %i6.addr.0286
  %212 = getelementptr float, ptr %211, i64 %191
  %213 = load float, ptr %212, align 4
  %214 = getelementptr float, ptr %211, i64 %193
  %215 = load float, ptr %214, align 4
  %216 = insertelement <16 x float> poison, float %213, i64 0
  %217 = shufflevector <16 x float> %216, <16 x float> poison, <16 x i32> zeroinitializer
  %218 = shl nuw nsw i64 %i6.addr.0286, 5
  %219 = getelementptr inbounds float, ptr %Sroll, i64 %218
  %220 = load <16 x float>, ptr %219, align 4
  %221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %217, <16 x float> %delta.0294, <16 x float> %220)
  %222 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %221, <16 x float> %196, <16 x float> zeroinitializer)
  %223 = add nuw nsw i64 %218, %197
  %224 = getelementptr inbounds float, ptr %Sh, i64 %223
  store <16 x float> %221, ptr %224, align 4
  %225 = insertelement <16 x float> poison, float %215, i64 0
  %226 = shufflevector <16 x float> %225, <16 x float> poison, <16 x i32> zeroinitializer
  %227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %226, <16 x float> %221, <16 x float> %acc4.0288)
  %228 = or disjoint i64 %218, 16
  %229 = getelementptr inbounds float, ptr %Sroll, i64 %228
  %230 = load <16 x float>, ptr %229, align 4
  %231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %217, <16 x float> %delta1.0293, <16 x float> %230)
  %232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %231, <16 x float> %200, <16 x float> %222)
  %233 = or disjoint i64 %223, 16
  %234 = getelementptr inbounds float, ptr %Sh, i64 %233
  store <16 x float> %231, ptr %234, align 4
  %235 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %226, <16 x float> %231, <16 x float> %acc541.0287)
  %236 = or disjoint i64 %i6.addr.0286, %194
  %237 = getelementptr inbounds float, ptr %qh1, i64 %236
  %238 = load float, ptr %237, align 4
  %239 = shufflevector <16 x float> %232, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %240 = shufflevector <16 x float> %232, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %241 = fadd <8 x float> %239, %240
  %242 = shufflevector <8 x float> %241, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %243 = shufflevector <8 x float> %241, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %244 = fadd <4 x float> %242, %243
  %245 = shufflevector <4 x float> %244, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %246 = shufflevector <4 x float> %244, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %247 = fadd <2 x float> %245, %246
  %shift = shufflevector <2 x float> %247, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %248 = fadd <2 x float> %247, %shift
  %249 = extractelement <2 x float> %248, i64 0
  %250 = fmul float %249, 0x3FC6A09E60000000
  %251 = fadd float %238, %250
  store float %251, ptr %237, align 4
  %i6.next = add nuw nsw i64 %i6.addr.0286, 1
  %exitcond348.not = icmp eq i64 %i6.next, 32
  br i1 %exitcond348.not, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %252 = shl nsw i64 %192, 1
  %253 = mul nsw i64 %252, %H
  %254 = getelementptr inbounds float, ptr %betah, i64 %253
  %255 = load float, ptr %254, align 4
  %256 = mul nsw i64 %252, %sq
  %257 = getelementptr inbounds float, ptr %vh, i64 %256
  %258 = load <16 x float>, ptr %257, align 4
  %259 = fsub <16 x float> %258, %227
  %260 = shl i64 %tl1.addr.0292, 6
  %261 = getelementptr inbounds float, ptr %R, i64 %260
  store <16 x float> %259, ptr %261, align 4
  %262 = insertelement <16 x float> poison, float %255, i64 0
  %263 = shufflevector <16 x float> %262, <16 x float> poison, <16 x i32> zeroinitializer
  %264 = fmul <16 x float> %263, %259
  %265 = or disjoint i64 %256, 16
  %266 = getelementptr inbounds float, ptr %vh, i64 %265
  %267 = load <16 x float>, ptr %266, align 4
  %268 = fsub <16 x float> %267, %235
  %269 = or disjoint i64 %260, 16
  %270 = getelementptr inbounds float, ptr %R, i64 %269
  store <16 x float> %268, ptr %270, align 4
  %271 = fmul <16 x float> %263, %268
  %272 = or disjoint i64 %252, 1
  %273 = mul nsw i64 %272, %sq
  %invariant.gep381 = getelementptr float, ptr %kh, i64 %273
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc6.0291 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %310, %i7.body ]
  %acc7.0290 = phi <16 x float> [ zeroinitializer, %i6.exit ], [ %317, %i7.body ]
  %i7.addr.0289 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %274 = or disjoint i64 %i7.addr.0289, %256
  %275 = getelementptr inbounds float, ptr %kh, i64 %274
  %276 = load float, ptr %275, align 4
  %gep382 = getelementptr float, ptr %invariant.gep381, i64 %i7.addr.0289
  %277 = load float, ptr %gep382, align 4
  %278 = insertelement <16 x float> poison, float %276, i64 0
  %279 = shufflevector <16 x float> %278, <16 x float> poison, <16 x i32> zeroinitializer
  %280 = shl nuw nsw i64 %i7.addr.0289, 5
  %281 = add nuw nsw i64 %280, %197
  %282 = getelementptr inbounds float, ptr %Sh, i64 %281
  %283 = load <16 x float>, ptr %282, align 4
  %284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %279, <16 x float> %264, <16 x float> %283)
  %285 = getelementptr inbounds float, ptr %Sroll, i64 %280
  store <16 x float> %284, ptr %285, align 4
  %286 = insertelement <16 x float> poison, float %277, i64 0
  %287 = shufflevector <16 x float> %286, <16 x float> poison, <16 x i32> zeroinitializer
  %288 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %287, <16 x float> %284, <16 x float> %acc6.0291)
  %289 = or disjoint i64 %281, 16
  %290 = getelementptr inbounds float, ptr %Sh, i64 %289
  %291 = load <16 x float>, ptr %290, align 4
  %292 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %279, <16 x float> %271, <16 x float> %291)
  %293 = or disjoint i64 %280, 16
  %294 = getelementptr inbounds float, ptr %Sroll, i64 %293
  store <16 x float> %292, ptr %294, align 4
  %295 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %287, <16 x float> %292, <16 x float> %acc7.0290)
  %i7.next = or disjoint i64 %i7.addr.0289, 1
  %296 = or disjoint i64 %i7.next, %256
  %297 = getelementptr inbounds float, ptr %kh, i64 %296
  %298 = load float, ptr %297, align 4
  %gep382.1 = getelementptr float, ptr %invariant.gep381, i64 %i7.next
  %299 = load float, ptr %gep382.1, align 4
  %300 = insertelement <16 x float> poison, float %298, i64 0
  %301 = shufflevector <16 x float> %300, <16 x float> poison, <16 x i32> zeroinitializer
  %302 = shl nuw nsw i64 %i7.next, 5
  %303 = add nuw nsw i64 %302, %197
  %304 = getelementptr inbounds float, ptr %Sh, i64 %303
  %305 = load <16 x float>, ptr %304, align 4
  %306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %301, <16 x float> %264, <16 x float> %305)
  %307 = getelementptr inbounds float, ptr %Sroll, i64 %302
  store <16 x float> %306, ptr %307, align 4
  %308 = insertelement <16 x float> poison, float %299, i64 0
  %309 = shufflevector <16 x float> %308, <16 x float> poison, <16 x i32> zeroinitializer
  %310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %309, <16 x float> %306, <16 x float> %288)
  %311 = or disjoint i64 %303, 16
  %312 = getelementptr inbounds float, ptr %Sh, i64 %311
  %313 = load <16 x float>, ptr %312, align 4
  %314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %301, <16 x float> %271, <16 x float> %313)
  %315 = or disjoint i64 %302, 16
  %316 = getelementptr inbounds float, ptr %Sroll, i64 %315
  store <16 x float> %314, ptr %316, align 4
  %317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %309, <16 x float> %314, <16 x float> %295)
  %i7.next.1 = add nuw nsw i64 %i7.addr.0289, 2
  %exitcond349.not.1 = icmp eq i64 %i7.next.1, 32
  br i1 %exitcond349.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %318 = mul nsw i64 %272, %H
  %319 = getelementptr inbounds float, ptr %betah, i64 %318
  %320 = load float, ptr %319, align 4
  %321 = getelementptr inbounds float, ptr %vh, i64 %273
  %322 = load <16 x float>, ptr %321, align 4
  %323 = fsub <16 x float> %322, %310
  %324 = or disjoint i64 %260, 32
  %325 = getelementptr inbounds float, ptr %R, i64 %324
  store <16 x float> %323, ptr %325, align 4
  %326 = insertelement <16 x float> poison, float %320, i64 0
  %327 = shufflevector <16 x float> %326, <16 x float> poison, <16 x i32> zeroinitializer
  %328 = fmul <16 x float> %327, %323
  %329 = or disjoint i64 %273, 16
  %330 = getelementptr inbounds float, ptr %vh, i64 %329
  %331 = load <16 x float>, ptr %330, align 4
  %332 = fsub <16 x float> %331, %317
  %333 = or disjoint i64 %260, 48
  %334 = getelementptr inbounds float, ptr %R, i64 %333
  store <16 x float> %332, ptr %334, align 4
  %335 = fmul <16 x float> %327, %332
  %tl1.next = add nuw nsw i64 %tl1.addr.0292, 1
  %exitcond352.not = icmp eq i64 %tl1.next, %smax351
  br i1 %exitcond352.not, label %tl1.exit, label %i6.head.preheader

tt.head.preheader:                                ; preds = %i8.body
  br i1 %48, label %tt.body, label %j12.head.preheader

i8.body:                                          ; preds = %i8.body, %tl1.exit
  %i8.addr.0296 = phi i64 [ 0, %tl1.exit ], [ %i8.next.1, %i8.body ]
  %gep384 = getelementptr float, ptr %invariant.gep383, i64 %i8.addr.0296
  %336 = load float, ptr %gep384, align 4
  %337 = insertelement <16 x float> poison, float %336, i64 0
  %338 = shufflevector <16 x float> %337, <16 x float> poison, <16 x i32> zeroinitializer
  %339 = shl nuw nsw i64 %i8.addr.0296, 5
  %340 = getelementptr inbounds float, ptr %Sroll, i64 %339
  %341 = load <16 x float>, ptr %340, align 4
  %342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %338, <16 x float> %delta.0.lcssa, <16 x float> %341)
  %343 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %342, <16 x float> %207, <16 x float> zeroinitializer)
  %344 = or disjoint i64 %339, 16
  %345 = getelementptr inbounds float, ptr %Sroll, i64 %344
  %346 = load <16 x float>, ptr %345, align 4
  %347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %338, <16 x float> %delta1.0.lcssa, <16 x float> %346)
  %348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %347, <16 x float> %210, <16 x float> %343)
  %349 = or disjoint i64 %i8.addr.0296, %205
  %350 = getelementptr inbounds float, ptr %qh1, i64 %349
  %351 = load float, ptr %350, align 4
  %352 = shufflevector <16 x float> %348, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %353 = shufflevector <16 x float> %348, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %354 = fadd <8 x float> %352, %353
  %355 = shufflevector <8 x float> %354, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %356 = shufflevector <8 x float> %354, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %357 = fadd <4 x float> %355, %356
  %358 = shufflevector <4 x float> %357, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %359 = shufflevector <4 x float> %357, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %360 = fadd <2 x float> %358, %359
  %shift398 = shufflevector <2 x float> %360, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %361 = fadd <2 x float> %360, %shift398
  %362 = extractelement <2 x float> %361, i64 0
  %363 = fmul float %362, 0x3FC6A09E60000000
  %364 = fadd float %351, %363
  store float %364, ptr %350, align 4
  %i8.next = or disjoint i64 %i8.addr.0296, 1
  %gep384.1 = getelementptr float, ptr %invariant.gep383, i64 %i8.next
  %365 = load float, ptr %gep384.1, align 4
  %366 = insertelement <16 x float> poison, float %365, i64 0
  %367 = shufflevector <16 x float> %366, <16 x float> poison, <16 x i32> zeroinitializer
  %368 = shl nuw nsw i64 %i8.next, 5
  %369 = getelementptr inbounds float, ptr %Sroll, i64 %368
  %370 = load <16 x float>, ptr %369, align 4
  %371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %367, <16 x float> %delta.0.lcssa, <16 x float> %370)
  %372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %371, <16 x float> %207, <16 x float> zeroinitializer)
  %373 = or disjoint i64 %368, 16
  %374 = getelementptr inbounds float, ptr %Sroll, i64 %373
  %375 = load <16 x float>, ptr %374, align 4
  %376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %367, <16 x float> %delta1.0.lcssa, <16 x float> %375)
  %377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %376, <16 x float> %210, <16 x float> %372)
  %378 = or disjoint i64 %i8.next, %205
  %379 = getelementptr inbounds float, ptr %qh1, i64 %378
  %380 = load float, ptr %379, align 4
  %381 = shufflevector <16 x float> %377, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %382 = shufflevector <16 x float> %377, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %383 = fadd <8 x float> %381, %382
  %384 = shufflevector <8 x float> %383, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %385 = shufflevector <8 x float> %383, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %386 = fadd <4 x float> %384, %385
  %387 = shufflevector <4 x float> %386, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %388 = shufflevector <4 x float> %386, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %389 = fadd <2 x float> %387, %388
  %shift398.1 = shufflevector <2 x float> %389, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %390 = fadd <2 x float> %389, %shift398.1
  %391 = extractelement <2 x float> %390, i64 0
  %392 = fmul float %391, 0x3FC6A09E60000000
  %393 = fadd float %380, %392
  store float %393, ptr %379, align 4
  %i8.next.1 = add nuw nsw i64 %i8.addr.0296, 2
  %exitcond353.not.1 = icmp eq i64 %i8.next.1, 32
  br i1 %exitcond353.not.1, label %tt.head.preheader, label %i8.body

j12.head.preheader:                               ; preds = %i16.exit, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %394 = fneg float %117
  br label %i22.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0315 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0315
  %395 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %395, i64 %tlast)
  %396 = add nsw i64 %ptl, %t0
  %397 = shl nsw i64 %396, 1
  %398 = mul nsw i64 %397, %H
  %399 = getelementptr inbounds float, ptr %betah, i64 %398
  %400 = load float, ptr %399, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %401 = icmp slt i64 %395, %L
  %.neg = fneg float %400
  %402 = select i1 %401, float %.neg, float -0.000000e+00
  %403 = mul nsw i64 %397, %sq
  %404 = shl nsw i64 %ptl, 10
  %405 = shl nsw i64 %ptl, 6
  %406 = getelementptr inbounds float, ptr %R, i64 %405
  %407 = or disjoint i64 %405, 16
  %408 = getelementptr inbounds float, ptr %R, i64 %407
  %409 = add nsw i64 %tl2, %t0
  %410 = mul nsw i64 %409, %sq
  %411 = getelementptr inbounds float, ptr %oh, i64 %410
  %412 = load <16 x float>, ptr %411, align 4
  %413 = or disjoint i64 %410, 16
  %414 = getelementptr inbounds float, ptr %oh, i64 %413
  %415 = load <16 x float>, ptr %414, align 4
  %416 = shl nsw i64 %409, 1
  %417 = or disjoint i64 %416, 1
  %418 = mul nsw i64 %417, %sq
  br label %i10.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dsk.0300 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %475, %i10.body ]
  %dsk1.0299 = phi <16 x float> [ zeroinitializer, %tt.body ], [ %476, %i10.body ]
  %i10.addr.0298 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %419 = shl nuw nsw i64 %i10.addr.0298, 5
  %420 = getelementptr inbounds float, ptr %dS, i64 %419
  %421 = load <16 x float>, ptr %420, align 4
  %422 = or disjoint i64 %419, 16
  %423 = getelementptr inbounds float, ptr %dS, i64 %422
  %424 = load <16 x float>, ptr %423, align 4
  %425 = getelementptr float, ptr %kh, i64 %i10.addr.0298
  %426 = getelementptr float, ptr %425, i64 %403
  %427 = load float, ptr %426, align 4
  %428 = fmul float %402, %427
  %429 = load <16 x float>, ptr %dSkPrev, align 4
  %430 = add nuw nsw i64 %419, %404
  %431 = getelementptr inbounds float, ptr %Sh, i64 %430
  %432 = load <16 x float>, ptr %431, align 4
  %433 = load <16 x float>, ptr %406, align 4
  %434 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %421, <16 x float> %433, <16 x float> zeroinitializer)
  %435 = fneg <16 x float> %432
  %436 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %435, <16 x float> %429, <16 x float> %434)
  %437 = insertelement <16 x float> poison, float %428, i64 0
  %438 = shufflevector <16 x float> %437, <16 x float> poison, <16 x i32> zeroinitializer
  %439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %438, <16 x float> %429, <16 x float> %421)
  %440 = load <16 x float>, ptr %9, align 4
  %441 = or disjoint i64 %430, 16
  %442 = getelementptr inbounds float, ptr %Sh, i64 %441
  %443 = load <16 x float>, ptr %442, align 4
  %444 = load <16 x float>, ptr %408, align 4
  %445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %424, <16 x float> %444, <16 x float> %436)
  %446 = fneg <16 x float> %443
  %447 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %446, <16 x float> %440, <16 x float> %445)
  %448 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %438, <16 x float> %440, <16 x float> %424)
  %449 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0298
  %450 = load float, ptr %449, align 4
  %451 = shufflevector <16 x float> %447, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %452 = shufflevector <16 x float> %447, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %453 = fadd <8 x float> %451, %452
  %454 = shufflevector <8 x float> %453, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %455 = shufflevector <8 x float> %453, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %456 = fadd <4 x float> %454, %455
  %457 = shufflevector <4 x float> %456, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %458 = shufflevector <4 x float> %456, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %459 = fadd <2 x float> %457, %458
  %shift399 = shufflevector <2 x float> %459, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %460 = fadd <2 x float> %459, %shift399
  %461 = extractelement <2 x float> %460, i64 0
  %462 = fadd float %450, %461
  store float %462, ptr %449, align 4
  %463 = or disjoint i64 %i10.addr.0298, %410
  %464 = getelementptr inbounds float, ptr %qh, i64 %463
  %465 = load float, ptr %464, align 4
  %466 = fmul float %465, 0x3FC6A09E60000000
  %467 = insertelement <16 x float> poison, float %466, i64 0
  %468 = shufflevector <16 x float> %467, <16 x float> poison, <16 x i32> zeroinitializer
  %469 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %468, <16 x float> %412, <16 x float> %439)
  %470 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %468, <16 x float> %415, <16 x float> %448)
  %471 = getelementptr float, ptr %425, i64 %418
  %472 = load float, ptr %471, align 4
  %473 = insertelement <16 x float> poison, float %472, i64 0
  %474 = shufflevector <16 x float> %473, <16 x float> poison, <16 x i32> zeroinitializer
  %475 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %474, <16 x float> %469, <16 x float> %dsk.0300)
  %476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %474, <16 x float> %470, <16 x float> %dsk1.0299)
  store <16 x float> %469, ptr %420, align 4
  store <16 x float> %470, ptr %423, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0298, 1
  %exitcond354.not = icmp eq i64 %i10.next, 32
  br i1 %exitcond354.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <16 x float> %475, ptr %dSk, align 4
  store <16 x float> %476, ptr %10, align 4
  br i1 %401, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %477 = insertelement <16 x float> poison, float %400, i64 0
  %478 = shufflevector <16 x float> %477, <16 x float> poison, <16 x i32> zeroinitializer
  %479 = load <16 x float>, ptr %dkTmp, align 4
  %480 = fmul <16 x float> %478, %479
  %481 = getelementptr float, ptr %kh1, i64 %403
  store <16 x float> %480, ptr %481, align 4
  %482 = load <16 x float>, ptr %24, align 4
  %483 = fmul <16 x float> %478, %482
  %484 = getelementptr float, ptr %41, i64 %403
  store <16 x float> %483, ptr %484, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i10.exit
  %485 = mul nsw i64 %417, %H
  %486 = getelementptr inbounds float, ptr %betah, i64 %485
  %487 = load float, ptr %486, align 4
  %488 = insertelement <16 x float> poison, float %487, i64 0
  %489 = shufflevector <16 x float> %488, <16 x float> poison, <16 x i32> zeroinitializer
  %490 = fmul <16 x float> %489, %475
  %491 = getelementptr float, ptr %vh1, i64 %418
  store <16 x float> %490, ptr %491, align 4
  %492 = fmul <16 x float> %489, %476
  %493 = getelementptr float, ptr %42, i64 %418
  store <16 x float> %492, ptr %493, align 4
  %.idx324 = shl i64 %tl2, 8
  %494 = getelementptr i8, ptr %R, i64 %.idx324
  %495 = getelementptr i8, ptr %494, i64 128
  %496 = load <16 x float>, ptr %495, align 4
  %497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %475, <16 x float> %496, <16 x float> zeroinitializer)
  %498 = getelementptr i8, ptr %25, i64 %.idx324
  %499 = getelementptr i8, ptr %498, i64 128
  %500 = load <16 x float>, ptr %499, align 4
  %501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %476, <16 x float> %500, <16 x float> %497)
  %502 = shufflevector <16 x float> %501, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %503 = shufflevector <16 x float> %501, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %504 = fadd <8 x float> %502, %503
  %505 = shufflevector <8 x float> %504, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %506 = shufflevector <8 x float> %504, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %507 = fadd <4 x float> %505, %506
  %508 = shufflevector <4 x float> %507, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %509 = shufflevector <4 x float> %507, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %510 = fadd <2 x float> %508, %509
  %shift400 = shufflevector <2 x float> %510, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %511 = fadd <2 x float> %510, %shift400
  %512 = extractelement <2 x float> %511, i64 0
  %513 = getelementptr inbounds float, ptr %betah1, i64 %485
  store float %512, ptr %513, align 4
  store <16 x float> %475, ptr %dSkPrev, align 4
  store <16 x float> %476, ptr %26, align 4
  %514 = mul nsw i64 %416, %H
  %515 = getelementptr inbounds float, ptr %betah, i64 %514
  %516 = load float, ptr %515, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %517 = fneg float %487
  %518 = mul nsw i64 %416, %sq
  %519 = shl nsw i64 %tl2, 10
  %520 = shl i64 %tl2, 6
  %521 = getelementptr inbounds float, ptr %R, i64 %520
  %522 = or disjoint i64 %520, 32
  %523 = getelementptr inbounds float, ptr %R, i64 %522
  %524 = or disjoint i64 %520, 16
  %525 = getelementptr inbounds float, ptr %R, i64 %524
  %526 = or disjoint i64 %520, 48
  %527 = getelementptr inbounds float, ptr %R, i64 %526
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0309 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk3.0308 = phi <16 x float> [ zeroinitializer, %endif ], [ %584, %i16.body ]
  %dsk2.0307 = phi <16 x float> [ zeroinitializer, %endif ], [ %583, %i16.body ]
  %528 = shl nuw nsw i64 %i16.addr.0309, 5
  %529 = getelementptr inbounds float, ptr %dS, i64 %528
  %530 = load <16 x float>, ptr %529, align 4
  %531 = or disjoint i64 %528, 16
  %532 = getelementptr inbounds float, ptr %dS, i64 %531
  %533 = load <16 x float>, ptr %532, align 4
  %534 = getelementptr float, ptr %kh, i64 %i16.addr.0309
  %535 = getelementptr float, ptr %534, i64 %418
  %536 = load float, ptr %535, align 4
  %537 = fmul float %536, %517
  %538 = getelementptr float, ptr %534, i64 %518
  %539 = load float, ptr %538, align 4
  %540 = fmul float %516, %539
  %541 = load <16 x float>, ptr %dSkPrev, align 4
  %542 = add nuw nsw i64 %528, %519
  %543 = getelementptr inbounds float, ptr %Sh, i64 %542
  %544 = load <16 x float>, ptr %543, align 4
  %545 = load <16 x float>, ptr %521, align 4
  %546 = insertelement <16 x float> poison, float %540, i64 0
  %547 = shufflevector <16 x float> %546, <16 x float> poison, <16 x i32> zeroinitializer
  %548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %547, <16 x float> %545, <16 x float> %544)
  %549 = load <16 x float>, ptr %523, align 4
  %550 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %530, <16 x float> %549, <16 x float> zeroinitializer)
  %551 = fneg <16 x float> %548
  %552 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %551, <16 x float> %541, <16 x float> %550)
  %553 = insertelement <16 x float> poison, float %537, i64 0
  %554 = shufflevector <16 x float> %553, <16 x float> poison, <16 x i32> zeroinitializer
  %555 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %554, <16 x float> %541, <16 x float> %530)
  %556 = load <16 x float>, ptr %9, align 4
  %557 = or disjoint i64 %542, 16
  %558 = getelementptr inbounds float, ptr %Sh, i64 %557
  %559 = load <16 x float>, ptr %558, align 4
  %560 = load <16 x float>, ptr %525, align 4
  %561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %547, <16 x float> %560, <16 x float> %559)
  %562 = load <16 x float>, ptr %527, align 4
  %563 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %533, <16 x float> %562, <16 x float> %552)
  %564 = fneg <16 x float> %561
  %565 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %564, <16 x float> %556, <16 x float> %563)
  %566 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %554, <16 x float> %556, <16 x float> %533)
  %567 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0309
  %568 = load float, ptr %567, align 4
  %569 = shufflevector <16 x float> %565, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %570 = shufflevector <16 x float> %565, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %571 = fadd <8 x float> %569, %570
  %572 = shufflevector <8 x float> %571, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %573 = shufflevector <8 x float> %571, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %574 = fadd <4 x float> %572, %573
  %575 = shufflevector <4 x float> %574, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %576 = shufflevector <4 x float> %574, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %577 = fadd <2 x float> %575, %576
  %shift401 = shufflevector <2 x float> %577, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %578 = fadd <2 x float> %577, %shift401
  %579 = extractelement <2 x float> %578, i64 0
  %580 = fadd float %568, %579
  store float %580, ptr %567, align 4
  %581 = insertelement <16 x float> poison, float %539, i64 0
  %582 = shufflevector <16 x float> %581, <16 x float> poison, <16 x i32> zeroinitializer
  %583 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %582, <16 x float> %555, <16 x float> %dsk2.0307)
  %584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %582, <16 x float> %566, <16 x float> %dsk3.0308)
  store <16 x float> %555, ptr %529, align 4
  store <16 x float> %566, ptr %532, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0309, 1
  %exitcond355.not = icmp eq i64 %i16.next, 32
  br i1 %exitcond355.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <16 x float> %583, ptr %dSk, align 4
  store <16 x float> %584, ptr %10, align 4
  %585 = load <16 x float>, ptr %dkTmp, align 4
  %586 = fmul <16 x float> %489, %585
  %587 = getelementptr float, ptr %kh1, i64 %418
  store <16 x float> %586, ptr %587, align 4
  %588 = load <16 x float>, ptr %27, align 4
  %589 = fmul <16 x float> %489, %588
  %590 = getelementptr float, ptr %43, i64 %418
  store <16 x float> %589, ptr %590, align 4
  %591 = insertelement <16 x float> poison, float %516, i64 0
  %592 = shufflevector <16 x float> %591, <16 x float> poison, <16 x i32> zeroinitializer
  %593 = fmul <16 x float> %592, %583
  %594 = getelementptr float, ptr %vh1, i64 %518
  store <16 x float> %593, ptr %594, align 4
  %595 = fmul <16 x float> %592, %584
  %596 = getelementptr float, ptr %42, i64 %518
  store <16 x float> %595, ptr %596, align 4
  %597 = load <16 x float>, ptr %494, align 4
  %598 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %583, <16 x float> %597, <16 x float> zeroinitializer)
  %599 = load <16 x float>, ptr %498, align 4
  %600 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %584, <16 x float> %599, <16 x float> %598)
  %601 = shufflevector <16 x float> %600, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %602 = shufflevector <16 x float> %600, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %603 = fadd <8 x float> %601, %602
  %604 = shufflevector <8 x float> %603, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %605 = shufflevector <8 x float> %603, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %606 = fadd <4 x float> %604, %605
  %607 = shufflevector <4 x float> %606, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %608 = shufflevector <4 x float> %606, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %609 = fadd <2 x float> %607, %608
  %shift402 = shufflevector <2 x float> %609, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %610 = fadd <2 x float> %609, %shift402
  %611 = extractelement <2 x float> %610, i64 0
  %612 = getelementptr inbounds float, ptr %betah1, i64 %514
  store float %611, ptr %612, align 4
  store <16 x float> %583, ptr %dSkPrev, align 4
  store <16 x float> %584, ptr %26, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0315, 1
  %exitcond358.not = icmp eq i64 %tt.next, %smax357
  br i1 %exitcond358.not, label %j12.head.preheader, label %tt.body

i22.body:                                         ; preds = %j12.head.preheader, %i22.body
  %i22.addr.0317 = phi i64 [ 0, %j12.head.preheader ], [ %i22.next, %i22.body ]
  %613 = shl nuw nsw i64 %i22.addr.0317, 5
  %614 = getelementptr inbounds float, ptr %dS, i64 %613
  %615 = load <16 x float>, ptr %614, align 4
  %616 = or disjoint i64 %613, 16
  %617 = getelementptr inbounds float, ptr %dS, i64 %616
  %618 = load <16 x float>, ptr %617, align 4
  %619 = or disjoint i64 %i22.addr.0317, %118
  %620 = getelementptr inbounds float, ptr %kh, i64 %619
  %621 = load float, ptr %620, align 4
  %622 = fmul float %621, %394
  %623 = load <16 x float>, ptr %dSkPrev, align 4
  %624 = getelementptr inbounds float, ptr %Sh, i64 %613
  %625 = load <16 x float>, ptr %624, align 4
  %626 = load <16 x float>, ptr %R, align 4
  %627 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %615, <16 x float> %626, <16 x float> zeroinitializer)
  %628 = fneg <16 x float> %625
  %629 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %628, <16 x float> %623, <16 x float> %627)
  %630 = insertelement <16 x float> poison, float %622, i64 0
  %631 = shufflevector <16 x float> %630, <16 x float> poison, <16 x i32> zeroinitializer
  %632 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %631, <16 x float> %623, <16 x float> %615)
  %633 = load <16 x float>, ptr %9, align 4
  %634 = getelementptr inbounds float, ptr %Sh, i64 %616
  %635 = load <16 x float>, ptr %634, align 4
  %636 = load <16 x float>, ptr %5, align 4
  %637 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %618, <16 x float> %636, <16 x float> %629)
  %638 = fneg <16 x float> %635
  %639 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %638, <16 x float> %633, <16 x float> %637)
  %640 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %631, <16 x float> %633, <16 x float> %618)
  %641 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0317
  %642 = load float, ptr %641, align 4
  %643 = shufflevector <16 x float> %639, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %644 = shufflevector <16 x float> %639, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %645 = fadd <8 x float> %643, %644
  %646 = shufflevector <8 x float> %645, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %647 = shufflevector <8 x float> %645, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %648 = fadd <4 x float> %646, %647
  %649 = shufflevector <4 x float> %648, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %650 = shufflevector <4 x float> %648, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %651 = fadd <2 x float> %649, %650
  %shift403 = shufflevector <2 x float> %651, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %652 = fadd <2 x float> %651, %shift403
  %653 = extractelement <2 x float> %652, i64 0
  %654 = fadd float %642, %653
  store float %654, ptr %641, align 4
  store <16 x float> %632, ptr %614, align 4
  store <16 x float> %640, ptr %617, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0317, 1
  %exitcond359.not = icmp eq i64 %i22.next, 32
  br i1 %exitcond359.not, label %j13.body.preheader, label %i22.body

j13.body.preheader:                               ; preds = %i22.body
  %655 = load <16 x float>, ptr %dkTmp, align 4
  %656 = fmul <16 x float> %123, %655
  %657 = getelementptr inbounds float, ptr %kh1, i64 %118
  store <16 x float> %656, ptr %657, align 4
  %658 = load <16 x float>, ptr %28, align 4
  %659 = fmul <16 x float> %123, %658
  %660 = getelementptr inbounds float, ptr %kh1, i64 %125
  store <16 x float> %659, ptr %660, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0319, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond361.not = icmp eq i64 %cc.next, %smax360
  br i1 %exitcond361.not, label %i24.head.preheader, label %cc.body
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
