; ---- dp_fwd_h3_k32_v32_r8_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h3_k32_v32_r8_nogate'
source_filename = "dp_fwd_h3_k32_v32_r8_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h3_k32_v32_r8_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, 3
  %2 = add nsw i64 %T, 7
  %nc = sdiv i64 %2, 8
  %3 = icmp sgt i64 %T, 0
  %4 = mul i64 %H, 768
  %5 = add nsw i64 %T, -1
  %6 = mul i64 %H, 96
  %7 = mul i64 %nc, %bh0
  %8 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %9 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i6.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i6.head.preheader ]
  %bh.addr.0162 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i6.head.preheader ]
  %10 = add i64 %indvar, %bh0
  %11 = shl i64 %10, 12
  %scevgep186 = getelementptr i8, ptr %hT, i64 %11
  %scevgep181 = getelementptr i8, ptr %h0, i64 %11
  %b = sdiv i64 %bh.addr.0162, %H
  %h = srem i64 %bh.addr.0162, %H
  %12 = mul nsw i64 %b, %T
  %13 = mul nsw i64 %12, %H
  %bT = add nsw i64 %13, %h
  %14 = mul i64 %1, %12
  %bTn = add nsw i64 %14, %h
  %15 = shl nsw i64 %bT, 5
  %16 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %16
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep181, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %15
  %vh = getelementptr inbounds float, ptr %v, i64 %16
  %oh = getelementptr inbounds float, ptr %o, i64 %15
  br i1 %3, label %i1.head.preheader.lr.ph, label %i6.head.preheader

bh.exit:                                          ; preds = %i6.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %17 = mul i64 %8, %indvar
  %invariant.gep205 = getelementptr i8, ptr %hs, i64 %17
  br label %i1.head.preheader

i6.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep186, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0162, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond187.not = icmp eq i64 %indvar.next, %9
  br i1 %exitcond187.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0159 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %18 = add i64 %7, %ci.addr.0159
  %19 = shl i64 %18, 12
  %gep206 = getelementptr i8, ptr %invariant.gep205, i64 %19
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep206, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0159, 3
  %20 = add nuw nsw i64 %t0, 8
  %21 = mul i64 %4, %ci.addr.0159
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.0140 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %57, %i2.body ]
  %acc1.0139 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %61, %i2.body ]
  %acc2.0138 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %71, %i2.body ]
  %acc3.0137 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %75, %i2.body ]
  %i2.addr.0136 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %22 = or disjoint i64 %i2.addr.0136, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.0136, 5
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <16 x float>, ptr %26, align 4
  %28 = insertelement <16 x float> poison, float %24, i64 0
  %29 = shufflevector <16 x float> %28, <16 x float> poison, <16 x i32> zeroinitializer
  %30 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %27, <16 x float> %acc.0140)
  %31 = or disjoint i64 %25, 16
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <16 x float>, ptr %32, align 4
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %33, <16 x float> %acc1.0139)
  %35 = or disjoint i64 %i2.addr.0136, 1
  %36 = or disjoint i64 %35, %21
  %37 = getelementptr inbounds float, ptr %kh, i64 %36
  %38 = load float, ptr %37, align 4
  %39 = shl nuw nsw i64 %35, 5
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <16 x float>, ptr %40, align 4
  %42 = insertelement <16 x float> poison, float %38, i64 0
  %43 = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  %44 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %41, <16 x float> %acc2.0138)
  %45 = or disjoint i64 %39, 16
  %46 = getelementptr inbounds float, ptr %work, i64 %45
  %47 = load <16 x float>, ptr %46, align 4
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %47, <16 x float> %acc3.0137)
  %i2.next = or disjoint i64 %i2.addr.0136, 2
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
  %62 = or disjoint i64 %i2.addr.0136, 3
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
  %i2.next.1 = add nuw nsw i64 %i2.addr.0136, 4
  %76 = icmp ult i64 %i2.next, 30
  br i1 %76, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %t1 = tail call i64 @llvm.smin.i64(i64 %20, i64 %T)
  %77 = icmp slt i64 %t0, %T
  br i1 %77, label %t.body.preheader, label %t.exit

t.body.preheader:                                 ; preds = %i2.exit
  %78 = mul nuw nsw i64 %ci.addr.0159, 24
  %79 = mul nsw i64 %78, %H
  %80 = getelementptr inbounds float, ptr %betah, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = insertelement <16 x float> poison, float %81, i64 0
  %83 = shufflevector <16 x float> %82, <16 x float> poison, <16 x i32> zeroinitializer
  %84 = mul nsw i64 %78, %sq
  %85 = or disjoint i64 %84, 16
  %86 = getelementptr inbounds float, ptr %vh, i64 %85
  %87 = load <16 x float>, ptr %86, align 4
  %88 = fadd <16 x float> %75, %61
  %89 = fsub <16 x float> %87, %88
  %90 = fmul <16 x float> %83, %89
  %91 = getelementptr inbounds float, ptr %vh, i64 %84
  %92 = load <16 x float>, ptr %91, align 4
  %93 = fadd <16 x float> %71, %57
  %94 = fsub <16 x float> %92, %93
  %95 = fmul <16 x float> %83, %94
  br label %t.body

t.body:                                           ; preds = %t.body.preheader, %i5.exit
  %delta.0158 = phi <16 x float> [ %279, %i5.exit ], [ %95, %t.body.preheader ]
  %delta1.0157 = phi <16 x float> [ %287, %i5.exit ], [ %90, %t.body.preheader ]
  %t.addr.0156 = phi i64 [ %96, %i5.exit ], [ %t0, %t.body.preheader ]
  %96 = add nuw nsw i64 %t.addr.0156, 1
  %97 = mul nuw nsw i64 %t.addr.0156, 3
  %98 = mul nsw i64 %97, %sq
  %99 = add nuw nsw i64 %97, 1
  %100 = mul nsw i64 %99, %sq
  br label %i3.body

t.exit:                                           ; preds = %i5.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0159, 1
  %exitcond184.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond184.not, label %i6.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %acc416.0145 = phi <16 x float> [ zeroinitializer, %t.body ], [ %115, %i3.body ]
  %acc5.0144 = phi <16 x float> [ zeroinitializer, %t.body ], [ %120, %i3.body ]
  %acc6.0143 = phi <16 x float> [ zeroinitializer, %t.body ], [ %136, %i3.body ]
  %acc7.0142 = phi <16 x float> [ zeroinitializer, %t.body ], [ %141, %i3.body ]
  %i3.addr.0141 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %101 = or disjoint i64 %i3.addr.0141, %98
  %102 = getelementptr inbounds float, ptr %kh, i64 %101
  %103 = load float, ptr %102, align 4
  %104 = or disjoint i64 %i3.addr.0141, %100
  %105 = getelementptr inbounds float, ptr %kh, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = insertelement <16 x float> poison, float %103, i64 0
  %108 = shufflevector <16 x float> %107, <16 x float> poison, <16 x i32> zeroinitializer
  %109 = shl nuw nsw i64 %i3.addr.0141, 5
  %110 = getelementptr inbounds float, ptr %work, i64 %109
  %111 = load <16 x float>, ptr %110, align 4
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %108, <16 x float> %delta.0158, <16 x float> %111)
  store <16 x float> %112, ptr %110, align 4
  %113 = insertelement <16 x float> poison, float %106, i64 0
  %114 = shufflevector <16 x float> %113, <16 x float> poison, <16 x i32> zeroinitializer
  %115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %114, <16 x float> %112, <16 x float> %acc416.0145)
  %116 = or disjoint i64 %109, 16
  %117 = getelementptr inbounds float, ptr %work, i64 %116
  %118 = load <16 x float>, ptr %117, align 4
  %119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %108, <16 x float> %delta1.0157, <16 x float> %118)
  store <16 x float> %119, ptr %117, align 4
  %120 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %114, <16 x float> %119, <16 x float> %acc5.0144)
  %121 = or disjoint i64 %i3.addr.0141, 1
  %122 = or disjoint i64 %121, %98
  %123 = getelementptr inbounds float, ptr %kh, i64 %122
  %124 = load float, ptr %123, align 4
  %125 = or disjoint i64 %121, %100
  %126 = getelementptr inbounds float, ptr %kh, i64 %125
  %127 = load float, ptr %126, align 4
  %128 = insertelement <16 x float> poison, float %124, i64 0
  %129 = shufflevector <16 x float> %128, <16 x float> poison, <16 x i32> zeroinitializer
  %130 = shl nuw nsw i64 %121, 5
  %131 = getelementptr inbounds float, ptr %work, i64 %130
  %132 = load <16 x float>, ptr %131, align 4
  %133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %delta.0158, <16 x float> %132)
  store <16 x float> %133, ptr %131, align 4
  %134 = insertelement <16 x float> poison, float %127, i64 0
  %135 = shufflevector <16 x float> %134, <16 x float> poison, <16 x i32> zeroinitializer
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %133, <16 x float> %acc6.0143)
  %137 = or disjoint i64 %130, 16
  %138 = getelementptr inbounds float, ptr %work, i64 %137
  %139 = load <16 x float>, ptr %138, align 4
  %140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %delta1.0157, <16 x float> %139)
  store <16 x float> %140, ptr %138, align 4
  %141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %140, <16 x float> %acc7.0142)
  %i3.next = add nuw nsw i64 %i3.addr.0141, 2
  %142 = icmp ult i64 %i3.addr.0141, 30
  br i1 %142, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %143 = mul nsw i64 %99, %H
  %144 = getelementptr inbounds float, ptr %betah, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = getelementptr inbounds float, ptr %vh, i64 %100
  %147 = load <16 x float>, ptr %146, align 4
  %148 = fadd <16 x float> %136, %115
  %149 = fsub <16 x float> %147, %148
  %150 = insertelement <16 x float> poison, float %145, i64 0
  %151 = shufflevector <16 x float> %150, <16 x float> poison, <16 x i32> zeroinitializer
  %152 = fmul <16 x float> %151, %149
  %153 = or disjoint i64 %100, 16
  %154 = getelementptr inbounds float, ptr %vh, i64 %153
  %155 = load <16 x float>, ptr %154, align 4
  %156 = fadd <16 x float> %141, %120
  %157 = fsub <16 x float> %155, %156
  %158 = fmul <16 x float> %151, %157
  %159 = add nuw nsw i64 %97, 2
  %160 = mul nsw i64 %159, %sq
  br label %i4.body

i4.body:                                          ; preds = %i3.exit, %i4.body
  %i4.addr.0150 = phi i64 [ 0, %i3.exit ], [ %i4.next, %i4.body ]
  %acc11.0149 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %201, %i4.body ]
  %acc10.0148 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %196, %i4.body ]
  %acc9.0147 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %180, %i4.body ]
  %acc8.0146 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %175, %i4.body ]
  %161 = or disjoint i64 %i4.addr.0150, %100
  %162 = getelementptr inbounds float, ptr %kh, i64 %161
  %163 = load float, ptr %162, align 4
  %164 = or disjoint i64 %i4.addr.0150, %160
  %165 = getelementptr inbounds float, ptr %kh, i64 %164
  %166 = load float, ptr %165, align 4
  %167 = insertelement <16 x float> poison, float %163, i64 0
  %168 = shufflevector <16 x float> %167, <16 x float> poison, <16 x i32> zeroinitializer
  %169 = shl nuw nsw i64 %i4.addr.0150, 5
  %170 = getelementptr inbounds float, ptr %work, i64 %169
  %171 = load <16 x float>, ptr %170, align 4
  %172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %168, <16 x float> %152, <16 x float> %171)
  store <16 x float> %172, ptr %170, align 4
  %173 = insertelement <16 x float> poison, float %166, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %172, <16 x float> %acc8.0146)
  %176 = or disjoint i64 %169, 16
  %177 = getelementptr inbounds float, ptr %work, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %168, <16 x float> %158, <16 x float> %178)
  store <16 x float> %179, ptr %177, align 4
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %179, <16 x float> %acc9.0147)
  %181 = or disjoint i64 %i4.addr.0150, 1
  %182 = or disjoint i64 %181, %100
  %183 = getelementptr inbounds float, ptr %kh, i64 %182
  %184 = load float, ptr %183, align 4
  %185 = or disjoint i64 %181, %160
  %186 = getelementptr inbounds float, ptr %kh, i64 %185
  %187 = load float, ptr %186, align 4
  %188 = insertelement <16 x float> poison, float %184, i64 0
  %189 = shufflevector <16 x float> %188, <16 x float> poison, <16 x i32> zeroinitializer
  %190 = shl nuw nsw i64 %181, 5
  %191 = getelementptr inbounds float, ptr %work, i64 %190
  %192 = load <16 x float>, ptr %191, align 4
  %193 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %189, <16 x float> %152, <16 x float> %192)
  store <16 x float> %193, ptr %191, align 4
  %194 = insertelement <16 x float> poison, float %187, i64 0
  %195 = shufflevector <16 x float> %194, <16 x float> poison, <16 x i32> zeroinitializer
  %196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %195, <16 x float> %193, <16 x float> %acc10.0148)
  %197 = or disjoint i64 %190, 16
  %198 = getelementptr inbounds float, ptr %work, i64 %197
  %199 = load <16 x float>, ptr %198, align 4
  %200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %189, <16 x float> %158, <16 x float> %199)
  store <16 x float> %200, ptr %198, align 4
  %201 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %195, <16 x float> %200, <16 x float> %acc11.0149)
  %i4.next = add nuw nsw i64 %i4.addr.0150, 2
  %202 = icmp ult i64 %i4.addr.0150, 30
  br i1 %202, label %i4.body, label %i4.exit

i4.exit:                                          ; preds = %i4.body
  %tn = tail call i64 @llvm.smin.i64(i64 %96, i64 %5)
  %203 = mul nsw i64 %159, %H
  %204 = getelementptr inbounds float, ptr %betah, i64 %203
  %205 = load float, ptr %204, align 4
  %206 = getelementptr inbounds float, ptr %vh, i64 %160
  %207 = load <16 x float>, ptr %206, align 4
  %208 = fadd <16 x float> %175, %196
  %209 = fsub <16 x float> %207, %208
  %210 = insertelement <16 x float> poison, float %205, i64 0
  %211 = shufflevector <16 x float> %210, <16 x float> poison, <16 x i32> zeroinitializer
  %212 = fmul <16 x float> %211, %209
  %213 = or disjoint i64 %160, 16
  %214 = getelementptr inbounds float, ptr %vh, i64 %213
  %215 = load <16 x float>, ptr %214, align 4
  %216 = fadd <16 x float> %180, %201
  %217 = fsub <16 x float> %215, %216
  %218 = fmul <16 x float> %211, %217
  %219 = mul nsw i64 %t.addr.0156, %sq
  %220 = mul i64 %6, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %219
  %invariant.gep203 = getelementptr float, ptr %kh, i64 %220
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %i5.addr.0155 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %acc15.0154 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %266, %i5.body ]
  %acc14.0153 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %260, %i5.body ]
  %acc13.0152 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %265, %i5.body ]
  %acc1273.0151 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %257, %i5.body ]
  %221 = or disjoint i64 %i5.addr.0155, %160
  %222 = getelementptr inbounds float, ptr %kh, i64 %221
  %223 = load float, ptr %222, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i5.addr.0155
  %224 = load float, ptr %gep, align 4
  %gep204 = getelementptr float, ptr %invariant.gep203, i64 %i5.addr.0155
  %225 = load float, ptr %gep204, align 4
  %226 = insertelement <16 x float> poison, float %223, i64 0
  %227 = shufflevector <16 x float> %226, <16 x float> poison, <16 x i32> zeroinitializer
  %228 = shl nuw nsw i64 %i5.addr.0155, 5
  %229 = getelementptr inbounds float, ptr %work, i64 %228
  %230 = load <16 x float>, ptr %229, align 4
  %231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %227, <16 x float> %212, <16 x float> %230)
  store <16 x float> %231, ptr %229, align 4
  %232 = insertelement <16 x float> poison, float %224, i64 0
  %233 = shufflevector <16 x float> %232, <16 x float> poison, <16 x i32> zeroinitializer
  %234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> %231, <16 x float> %acc1273.0151)
  %235 = insertelement <16 x float> poison, float %225, i64 0
  %236 = shufflevector <16 x float> %235, <16 x float> poison, <16 x i32> zeroinitializer
  %237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %236, <16 x float> %231, <16 x float> %acc14.0153)
  %238 = or disjoint i64 %228, 16
  %239 = getelementptr inbounds float, ptr %work, i64 %238
  %240 = load <16 x float>, ptr %239, align 4
  %241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %227, <16 x float> %218, <16 x float> %240)
  store <16 x float> %241, ptr %239, align 4
  %242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> %241, <16 x float> %acc13.0152)
  %243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %236, <16 x float> %241, <16 x float> %acc15.0154)
  %i5.next = or disjoint i64 %i5.addr.0155, 1
  %244 = or disjoint i64 %i5.next, %160
  %245 = getelementptr inbounds float, ptr %kh, i64 %244
  %246 = load float, ptr %245, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i5.next
  %247 = load float, ptr %gep.1, align 4
  %gep204.1 = getelementptr float, ptr %invariant.gep203, i64 %i5.next
  %248 = load float, ptr %gep204.1, align 4
  %249 = insertelement <16 x float> poison, float %246, i64 0
  %250 = shufflevector <16 x float> %249, <16 x float> poison, <16 x i32> zeroinitializer
  %251 = shl nuw nsw i64 %i5.next, 5
  %252 = getelementptr inbounds float, ptr %work, i64 %251
  %253 = load <16 x float>, ptr %252, align 4
  %254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %250, <16 x float> %212, <16 x float> %253)
  store <16 x float> %254, ptr %252, align 4
  %255 = insertelement <16 x float> poison, float %247, i64 0
  %256 = shufflevector <16 x float> %255, <16 x float> poison, <16 x i32> zeroinitializer
  %257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %256, <16 x float> %254, <16 x float> %234)
  %258 = insertelement <16 x float> poison, float %248, i64 0
  %259 = shufflevector <16 x float> %258, <16 x float> poison, <16 x i32> zeroinitializer
  %260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %259, <16 x float> %254, <16 x float> %237)
  %261 = or disjoint i64 %251, 16
  %262 = getelementptr inbounds float, ptr %work, i64 %261
  %263 = load <16 x float>, ptr %262, align 4
  %264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %250, <16 x float> %218, <16 x float> %263)
  store <16 x float> %264, ptr %262, align 4
  %265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %256, <16 x float> %264, <16 x float> %242)
  %266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %259, <16 x float> %264, <16 x float> %243)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0155, 2
  %exitcond.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %267 = fmul <16 x float> %257, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %268 = getelementptr inbounds float, ptr %oh, i64 %219
  store <16 x float> %267, ptr %268, align 4
  %269 = mul nsw i64 %tn, 3
  %270 = mul nsw i64 %269, %H
  %271 = getelementptr inbounds float, ptr %betah, i64 %270
  %272 = load float, ptr %271, align 4
  %273 = mul nsw i64 %269, %sq
  %274 = getelementptr inbounds float, ptr %vh, i64 %273
  %275 = load <16 x float>, ptr %274, align 4
  %276 = fsub <16 x float> %275, %260
  %277 = insertelement <16 x float> poison, float %272, i64 0
  %278 = shufflevector <16 x float> %277, <16 x float> poison, <16 x i32> zeroinitializer
  %279 = fmul <16 x float> %278, %276
  %280 = fmul <16 x float> %265, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %281 = or disjoint i64 %219, 16
  %282 = getelementptr inbounds float, ptr %oh, i64 %281
  store <16 x float> %280, ptr %282, align 4
  %283 = or disjoint i64 %273, 16
  %284 = getelementptr inbounds float, ptr %vh, i64 %283
  %285 = load <16 x float>, ptr %284, align 4
  %286 = fsub <16 x float> %285, %266
  %287 = fmul <16 x float> %278, %286
  %288 = icmp slt i64 %96, %t1
  br i1 %288, label %t.body, label %t.exit
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
; ---- dp_bwd_h3_k32_v32_c8_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h3_k32_v32_c8_nogate'
source_filename = "dp_bwd_h3_k32_v32_c8_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h3_k32_v32_c8_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, 3
  %Ak = getelementptr inbounds i8, ptr %work, i64 20480
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 43008
  %KSdS = getelementptr inbounds i8, ptr %work, i64 45312
  %KT = getelementptr inbounds i8, ptr %work, i64 37888
  %M = getelementptr inbounds i8, ptr %work, i64 63360
  %OY = getelementptr inbounds i8, ptr %work, i64 33792
  %PT = getelementptr inbounds i8, ptr %work, i64 60672
  %QK = getelementptr inbounds i8, ptr %work, i64 29696
  %QcT = getelementptr inbounds i8, ptr %work, i64 40960
  %Rr = getelementptr inbounds i8, ptr %work, i64 51456
  %Vn = getelementptr inbounds i8, ptr %work, i64 54528
  %VnT = getelementptr inbounds i8, ptr %work, i64 57600
  %bet = getelementptr inbounds i8, ptr %work, i64 62464
  %dOT = getelementptr inbounds i8, ptr %work, i64 41984
  %dQc = getelementptr inbounds i8, ptr %work, i64 61440
  %dbet = getelementptr i8, ptr %work, i64 62592
  %2 = add nsw i64 %T, 7
  %nc = sdiv i64 %2, 8
  %3 = icmp sgt i64 %T, 0
  %4 = getelementptr inbounds i8, ptr %work, i64 61504
  %5 = getelementptr inbounds i8, ptr %work, i64 61568
  %6 = getelementptr inbounds i8, ptr %work, i64 61632
  %7 = getelementptr inbounds i8, ptr %work, i64 61696
  %8 = getelementptr inbounds i8, ptr %work, i64 61760
  %9 = getelementptr inbounds i8, ptr %work, i64 61824
  %10 = getelementptr inbounds i8, ptr %work, i64 61888
  %11 = getelementptr inbounds i8, ptr %work, i64 61952
  %12 = getelementptr inbounds i8, ptr %work, i64 62016
  %13 = getelementptr inbounds i8, ptr %work, i64 62080
  %14 = getelementptr inbounds i8, ptr %work, i64 62144
  %15 = getelementptr inbounds i8, ptr %work, i64 62208
  %16 = getelementptr inbounds i8, ptr %work, i64 62272
  %17 = getelementptr inbounds i8, ptr %work, i64 62336
  %18 = getelementptr inbounds i8, ptr %work, i64 62400
  %invariant.gep2218 = getelementptr i8, ptr %work, i64 20768
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
  %29 = mul i64 %nc, 3072
  %30 = add i64 %29, -3072
  %31 = mul i64 %T, 384
  %32 = mul i64 %H, -3072
  %33 = mul i64 %H, 384
  %34 = add i64 %29, -2944
  %35 = add i64 %29, -2816
  %36 = add i64 %T, 8
  %37 = sub i64 %36, %24
  %smax2543 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %38 = sub i64 %bh1, %bh0
  %scevgep2457.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2457.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2457.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2457.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2457.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2457.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2457.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2457.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2457.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2457.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2457.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2457.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2457.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2457.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2457.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2457.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2457.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2457.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2457.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2457.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2457.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2457.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2457.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2457.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2457.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2457.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2457.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2457.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2457.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2457.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2457.31 = getelementptr i8, ptr %work, i64 7936
  %39 = getelementptr inbounds i8, ptr %work, i64 63392
  %40 = getelementptr inbounds i8, ptr %work, i64 63424
  %41 = getelementptr inbounds i8, ptr %work, i64 63456
  %42 = getelementptr inbounds i8, ptr %work, i64 63488
  %43 = getelementptr inbounds i8, ptr %work, i64 63504
  %44 = getelementptr inbounds i8, ptr %work, i64 63520
  %45 = getelementptr inbounds i8, ptr %work, i64 63540
  %46 = getelementptr inbounds i8, ptr %work, i64 63548
  %47 = getelementptr inbounds i8, ptr %work, i64 63552
  %48 = getelementptr inbounds i8, ptr %work, i64 63576
  %49 = getelementptr inbounds i8, ptr %work, i64 63584
  %50 = getelementptr inbounds i8, ptr %work, i64 63612
  %invariant.gep = getelementptr i8, ptr %work, i64 51712
  %invariant.gep2807 = getelementptr i8, ptr %work, i64 17664
  %invariant.gep2809 = getelementptr i8, ptr %work, i64 51584
  %invariant.gep2811 = getelementptr i8, ptr %work, i64 17536
  %invariant.gep2813 = getelementptr i8, ptr %work, i64 51456
  %invariant.gep2815 = getelementptr i8, ptr %work, i64 17408
  %invariant.gep2817 = getelementptr i8, ptr %work, i64 33792
  %invariant.gep2819 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep2821 = getelementptr i8, ptr %work, i64 29696
  %invariant.gep2823 = getelementptr i8, ptr %work, i64 30720
  %invariant.gep2825 = getelementptr i8, ptr %work, i64 30848
  %invariant.gep2827 = getelementptr i8, ptr %work, i64 30976
  %invariant.gep2829 = getelementptr inbounds i8, ptr %work, i64 62468
  %invariant.gep2831 = getelementptr inbounds i8, ptr %work, i64 62472
  %invariant.gep2833 = getelementptr inbounds i8, ptr %work, i64 30720
  %invariant.gep2835 = getelementptr inbounds i8, ptr %work, i64 30784
  %invariant.gep2837 = getelementptr inbounds i8, ptr %work, i64 30720
  %invariant.gep2839 = getelementptr inbounds i8, ptr %work, i64 30784
  %invariant.gep2841 = getelementptr inbounds i8, ptr %work, i64 30720
  %invariant.gep2843 = getelementptr inbounds i8, ptr %work, i64 30784
  %invariant.gep.1 = getelementptr inbounds i8, ptr %work, i64 37920
  %51 = getelementptr inbounds i8, ptr %work, i64 18432
  %52 = getelementptr inbounds i8, ptr %work, i64 18944
  %53 = getelementptr inbounds i8, ptr %work, i64 18560
  %54 = getelementptr inbounds i8, ptr %work, i64 19072
  %55 = getelementptr inbounds i8, ptr %work, i64 18688
  %56 = getelementptr inbounds i8, ptr %work, i64 19200
  %57 = getelementptr inbounds i8, ptr %work, i64 18816
  %58 = getelementptr inbounds i8, ptr %work, i64 19328
  %gep.1 = getelementptr inbounds i8, ptr %work, i64 38016
  %gep2027.1 = getelementptr inbounds i8, ptr %work, i64 38112
  %59 = getelementptr inbounds i8, ptr %work, i64 38208
  %60 = getelementptr inbounds i8, ptr %work, i64 38304
  %61 = getelementptr inbounds i8, ptr %work, i64 38400
  %62 = getelementptr inbounds i8, ptr %work, i64 38496
  %63 = getelementptr inbounds i8, ptr %work, i64 38592
  %64 = getelementptr inbounds i8, ptr %work, i64 18464
  %65 = getelementptr inbounds i8, ptr %work, i64 18976
  %66 = getelementptr inbounds i8, ptr %work, i64 18592
  %67 = getelementptr inbounds i8, ptr %work, i64 19104
  %68 = getelementptr inbounds i8, ptr %work, i64 18720
  %69 = getelementptr inbounds i8, ptr %work, i64 19232
  %70 = getelementptr inbounds i8, ptr %work, i64 18848
  %71 = getelementptr inbounds i8, ptr %work, i64 19360
  %72 = getelementptr inbounds i8, ptr %work, i64 38688
  %gep.1.1 = getelementptr inbounds i8, ptr %work, i64 38784
  %gep2027.1.1 = getelementptr inbounds i8, ptr %work, i64 38880
  %73 = getelementptr inbounds i8, ptr %work, i64 38976
  %74 = getelementptr inbounds i8, ptr %work, i64 39072
  %75 = getelementptr inbounds i8, ptr %work, i64 39168
  %76 = getelementptr inbounds i8, ptr %work, i64 39264
  %77 = getelementptr inbounds i8, ptr %work, i64 39360
  %78 = getelementptr inbounds i8, ptr %work, i64 18496
  %79 = getelementptr inbounds i8, ptr %work, i64 19008
  %80 = getelementptr inbounds i8, ptr %work, i64 18624
  %81 = getelementptr inbounds i8, ptr %work, i64 19136
  %82 = getelementptr inbounds i8, ptr %work, i64 18752
  %83 = getelementptr inbounds i8, ptr %work, i64 19264
  %84 = getelementptr inbounds i8, ptr %work, i64 18880
  %85 = getelementptr inbounds i8, ptr %work, i64 19392
  %86 = getelementptr inbounds i8, ptr %work, i64 39456
  %gep.1.2 = getelementptr inbounds i8, ptr %work, i64 39552
  %gep2027.1.2 = getelementptr inbounds i8, ptr %work, i64 39648
  %87 = getelementptr inbounds i8, ptr %work, i64 39744
  %88 = getelementptr inbounds i8, ptr %work, i64 39840
  %89 = getelementptr inbounds i8, ptr %work, i64 39936
  %90 = getelementptr inbounds i8, ptr %work, i64 40032
  %91 = getelementptr inbounds i8, ptr %work, i64 40128
  %92 = getelementptr inbounds i8, ptr %work, i64 18528
  %93 = getelementptr inbounds i8, ptr %work, i64 19040
  %94 = getelementptr inbounds i8, ptr %work, i64 18656
  %95 = getelementptr inbounds i8, ptr %work, i64 19168
  %96 = getelementptr inbounds i8, ptr %work, i64 18784
  %97 = getelementptr inbounds i8, ptr %work, i64 19296
  %98 = getelementptr inbounds i8, ptr %work, i64 18912
  %99 = getelementptr inbounds i8, ptr %work, i64 19424
  %100 = getelementptr inbounds i8, ptr %work, i64 40224
  %gep.1.3 = getelementptr inbounds i8, ptr %work, i64 40320
  %gep2027.1.3 = getelementptr inbounds i8, ptr %work, i64 40416
  %101 = getelementptr inbounds i8, ptr %work, i64 40512
  %102 = getelementptr inbounds i8, ptr %work, i64 40608
  %103 = getelementptr inbounds i8, ptr %work, i64 40704
  %104 = getelementptr inbounds i8, ptr %work, i64 40800
  %105 = getelementptr inbounds i8, ptr %work, i64 40896
  %invariant.gep.2 = getelementptr inbounds i8, ptr %work, i64 37952
  %106 = getelementptr inbounds i8, ptr %work, i64 19456
  %107 = getelementptr inbounds i8, ptr %work, i64 19968
  %108 = getelementptr inbounds i8, ptr %work, i64 19584
  %109 = getelementptr inbounds i8, ptr %work, i64 20096
  %110 = getelementptr inbounds i8, ptr %work, i64 19712
  %111 = getelementptr inbounds i8, ptr %work, i64 20224
  %112 = getelementptr inbounds i8, ptr %work, i64 19840
  %113 = getelementptr inbounds i8, ptr %work, i64 20352
  %gep.2 = getelementptr inbounds i8, ptr %work, i64 38048
  %gep2027.2 = getelementptr inbounds i8, ptr %work, i64 38144
  %114 = getelementptr inbounds i8, ptr %work, i64 38240
  %115 = getelementptr inbounds i8, ptr %work, i64 38336
  %116 = getelementptr inbounds i8, ptr %work, i64 38432
  %117 = getelementptr inbounds i8, ptr %work, i64 38528
  %118 = getelementptr inbounds i8, ptr %work, i64 38624
  %119 = getelementptr inbounds i8, ptr %work, i64 19488
  %120 = getelementptr inbounds i8, ptr %work, i64 20000
  %121 = getelementptr inbounds i8, ptr %work, i64 19616
  %122 = getelementptr inbounds i8, ptr %work, i64 20128
  %123 = getelementptr inbounds i8, ptr %work, i64 19744
  %124 = getelementptr inbounds i8, ptr %work, i64 20256
  %125 = getelementptr inbounds i8, ptr %work, i64 19872
  %126 = getelementptr inbounds i8, ptr %work, i64 20384
  %127 = getelementptr inbounds i8, ptr %work, i64 38720
  %gep.2.1 = getelementptr inbounds i8, ptr %work, i64 38816
  %gep2027.2.1 = getelementptr inbounds i8, ptr %work, i64 38912
  %128 = getelementptr inbounds i8, ptr %work, i64 39008
  %129 = getelementptr inbounds i8, ptr %work, i64 39104
  %130 = getelementptr inbounds i8, ptr %work, i64 39200
  %131 = getelementptr inbounds i8, ptr %work, i64 39296
  %132 = getelementptr inbounds i8, ptr %work, i64 39392
  %133 = getelementptr inbounds i8, ptr %work, i64 19520
  %134 = getelementptr inbounds i8, ptr %work, i64 20032
  %135 = getelementptr inbounds i8, ptr %work, i64 19648
  %136 = getelementptr inbounds i8, ptr %work, i64 20160
  %137 = getelementptr inbounds i8, ptr %work, i64 19776
  %138 = getelementptr inbounds i8, ptr %work, i64 20288
  %139 = getelementptr inbounds i8, ptr %work, i64 19904
  %140 = getelementptr inbounds i8, ptr %work, i64 20416
  %141 = getelementptr inbounds i8, ptr %work, i64 39488
  %gep.2.2 = getelementptr inbounds i8, ptr %work, i64 39584
  %gep2027.2.2 = getelementptr inbounds i8, ptr %work, i64 39680
  %142 = getelementptr inbounds i8, ptr %work, i64 39776
  %143 = getelementptr inbounds i8, ptr %work, i64 39872
  %144 = getelementptr inbounds i8, ptr %work, i64 39968
  %145 = getelementptr inbounds i8, ptr %work, i64 40064
  %146 = getelementptr inbounds i8, ptr %work, i64 40160
  %147 = getelementptr inbounds i8, ptr %work, i64 19552
  %148 = getelementptr inbounds i8, ptr %work, i64 20064
  %149 = getelementptr inbounds i8, ptr %work, i64 19680
  %150 = getelementptr inbounds i8, ptr %work, i64 20192
  %151 = getelementptr inbounds i8, ptr %work, i64 19808
  %152 = getelementptr inbounds i8, ptr %work, i64 20320
  %153 = getelementptr inbounds i8, ptr %work, i64 19936
  %154 = getelementptr inbounds i8, ptr %work, i64 20448
  %155 = getelementptr inbounds i8, ptr %work, i64 40256
  %gep.2.3 = getelementptr inbounds i8, ptr %work, i64 40352
  %gep2027.2.3 = getelementptr inbounds i8, ptr %work, i64 40448
  %156 = getelementptr inbounds i8, ptr %work, i64 40544
  %157 = getelementptr inbounds i8, ptr %work, i64 40640
  %158 = getelementptr inbounds i8, ptr %work, i64 40736
  %159 = getelementptr inbounds i8, ptr %work, i64 40832
  %160 = getelementptr inbounds i8, ptr %work, i64 40928
  %161 = getelementptr inbounds i8, ptr %work, i64 16384
  %162 = getelementptr inbounds i8, ptr %work, i64 16896
  %163 = getelementptr inbounds i8, ptr %work, i64 16512
  %164 = getelementptr inbounds i8, ptr %work, i64 17024
  %165 = getelementptr inbounds i8, ptr %work, i64 16640
  %166 = getelementptr inbounds i8, ptr %work, i64 17152
  %167 = getelementptr inbounds i8, ptr %work, i64 16768
  %168 = getelementptr inbounds i8, ptr %work, i64 17280
  %169 = getelementptr inbounds i8, ptr %work, i64 40992
  %170 = getelementptr inbounds i8, ptr %work, i64 41024
  %171 = getelementptr inbounds i8, ptr %work, i64 41056
  %172 = getelementptr inbounds i8, ptr %work, i64 41088
  %173 = getelementptr inbounds i8, ptr %work, i64 41120
  %174 = getelementptr inbounds i8, ptr %work, i64 41152
  %175 = getelementptr inbounds i8, ptr %work, i64 41184
  %176 = getelementptr inbounds i8, ptr %work, i64 16416
  %177 = getelementptr inbounds i8, ptr %work, i64 16928
  %178 = getelementptr inbounds i8, ptr %work, i64 16544
  %179 = getelementptr inbounds i8, ptr %work, i64 17056
  %180 = getelementptr inbounds i8, ptr %work, i64 16672
  %181 = getelementptr inbounds i8, ptr %work, i64 17184
  %182 = getelementptr inbounds i8, ptr %work, i64 16800
  %183 = getelementptr inbounds i8, ptr %work, i64 17312
  %184 = getelementptr inbounds i8, ptr %work, i64 41216
  %185 = getelementptr inbounds i8, ptr %work, i64 41248
  %186 = getelementptr inbounds i8, ptr %work, i64 41280
  %187 = getelementptr inbounds i8, ptr %work, i64 41312
  %188 = getelementptr inbounds i8, ptr %work, i64 41344
  %189 = getelementptr inbounds i8, ptr %work, i64 41376
  %190 = getelementptr inbounds i8, ptr %work, i64 41408
  %191 = getelementptr inbounds i8, ptr %work, i64 41440
  %192 = getelementptr inbounds i8, ptr %work, i64 16448
  %193 = getelementptr inbounds i8, ptr %work, i64 16960
  %194 = getelementptr inbounds i8, ptr %work, i64 16576
  %195 = getelementptr inbounds i8, ptr %work, i64 17088
  %196 = getelementptr inbounds i8, ptr %work, i64 16704
  %197 = getelementptr inbounds i8, ptr %work, i64 17216
  %198 = getelementptr inbounds i8, ptr %work, i64 16832
  %199 = getelementptr inbounds i8, ptr %work, i64 17344
  %200 = getelementptr inbounds i8, ptr %work, i64 41472
  %201 = getelementptr inbounds i8, ptr %work, i64 41504
  %202 = getelementptr inbounds i8, ptr %work, i64 41536
  %203 = getelementptr inbounds i8, ptr %work, i64 41568
  %204 = getelementptr inbounds i8, ptr %work, i64 41600
  %205 = getelementptr inbounds i8, ptr %work, i64 41632
  %206 = getelementptr inbounds i8, ptr %work, i64 41664
  %207 = getelementptr inbounds i8, ptr %work, i64 41696
  %208 = getelementptr inbounds i8, ptr %work, i64 16480
  %209 = getelementptr inbounds i8, ptr %work, i64 16992
  %210 = getelementptr inbounds i8, ptr %work, i64 16608
  %211 = getelementptr inbounds i8, ptr %work, i64 17120
  %212 = getelementptr inbounds i8, ptr %work, i64 16736
  %213 = getelementptr inbounds i8, ptr %work, i64 17248
  %214 = getelementptr inbounds i8, ptr %work, i64 16864
  %215 = getelementptr inbounds i8, ptr %work, i64 17376
  %216 = getelementptr inbounds i8, ptr %work, i64 41728
  %217 = getelementptr inbounds i8, ptr %work, i64 41760
  %218 = getelementptr inbounds i8, ptr %work, i64 41792
  %219 = getelementptr inbounds i8, ptr %work, i64 41824
  %220 = getelementptr inbounds i8, ptr %work, i64 41856
  %221 = getelementptr inbounds i8, ptr %work, i64 41888
  %222 = getelementptr inbounds i8, ptr %work, i64 41920
  %223 = getelementptr inbounds i8, ptr %work, i64 41952
  %224 = getelementptr inbounds i8, ptr %work, i64 34304
  %225 = getelementptr inbounds i8, ptr %work, i64 33920
  %226 = getelementptr inbounds i8, ptr %work, i64 34432
  %227 = getelementptr inbounds i8, ptr %work, i64 34048
  %228 = getelementptr inbounds i8, ptr %work, i64 34560
  %229 = getelementptr inbounds i8, ptr %work, i64 34176
  %230 = getelementptr inbounds i8, ptr %work, i64 34688
  %231 = getelementptr inbounds i8, ptr %work, i64 42016
  %232 = getelementptr inbounds i8, ptr %work, i64 42048
  %233 = getelementptr inbounds i8, ptr %work, i64 42080
  %234 = getelementptr inbounds i8, ptr %work, i64 42112
  %235 = getelementptr inbounds i8, ptr %work, i64 42144
  %236 = getelementptr inbounds i8, ptr %work, i64 42176
  %237 = getelementptr inbounds i8, ptr %work, i64 42208
  %238 = getelementptr inbounds i8, ptr %work, i64 33824
  %239 = getelementptr inbounds i8, ptr %work, i64 34336
  %240 = getelementptr inbounds i8, ptr %work, i64 33952
  %241 = getelementptr inbounds i8, ptr %work, i64 34464
  %242 = getelementptr inbounds i8, ptr %work, i64 34080
  %243 = getelementptr inbounds i8, ptr %work, i64 34592
  %244 = getelementptr inbounds i8, ptr %work, i64 34208
  %245 = getelementptr inbounds i8, ptr %work, i64 34720
  %246 = getelementptr inbounds i8, ptr %work, i64 42240
  %247 = getelementptr inbounds i8, ptr %work, i64 42272
  %248 = getelementptr inbounds i8, ptr %work, i64 42304
  %249 = getelementptr inbounds i8, ptr %work, i64 42336
  %250 = getelementptr inbounds i8, ptr %work, i64 42368
  %251 = getelementptr inbounds i8, ptr %work, i64 42400
  %252 = getelementptr inbounds i8, ptr %work, i64 42432
  %253 = getelementptr inbounds i8, ptr %work, i64 42464
  %254 = getelementptr inbounds i8, ptr %work, i64 33856
  %255 = getelementptr inbounds i8, ptr %work, i64 34368
  %256 = getelementptr inbounds i8, ptr %work, i64 33984
  %257 = getelementptr inbounds i8, ptr %work, i64 34496
  %258 = getelementptr inbounds i8, ptr %work, i64 34112
  %259 = getelementptr inbounds i8, ptr %work, i64 34624
  %260 = getelementptr inbounds i8, ptr %work, i64 34240
  %261 = getelementptr inbounds i8, ptr %work, i64 34752
  %262 = getelementptr inbounds i8, ptr %work, i64 42496
  %263 = getelementptr inbounds i8, ptr %work, i64 42528
  %264 = getelementptr inbounds i8, ptr %work, i64 42560
  %265 = getelementptr inbounds i8, ptr %work, i64 42592
  %266 = getelementptr inbounds i8, ptr %work, i64 42624
  %267 = getelementptr inbounds i8, ptr %work, i64 42656
  %268 = getelementptr inbounds i8, ptr %work, i64 42688
  %269 = getelementptr inbounds i8, ptr %work, i64 42720
  %270 = getelementptr inbounds i8, ptr %work, i64 33888
  %271 = getelementptr inbounds i8, ptr %work, i64 34400
  %272 = getelementptr inbounds i8, ptr %work, i64 34016
  %273 = getelementptr inbounds i8, ptr %work, i64 34528
  %274 = getelementptr inbounds i8, ptr %work, i64 34144
  %275 = getelementptr inbounds i8, ptr %work, i64 34656
  %276 = getelementptr inbounds i8, ptr %work, i64 34272
  %277 = getelementptr inbounds i8, ptr %work, i64 34784
  %278 = getelementptr inbounds i8, ptr %work, i64 42752
  %279 = getelementptr inbounds i8, ptr %work, i64 42784
  %280 = getelementptr inbounds i8, ptr %work, i64 42816
  %281 = getelementptr inbounds i8, ptr %work, i64 42848
  %282 = getelementptr inbounds i8, ptr %work, i64 42880
  %283 = getelementptr inbounds i8, ptr %work, i64 42912
  %284 = getelementptr inbounds i8, ptr %work, i64 42944
  %285 = getelementptr inbounds i8, ptr %work, i64 42976
  %286 = getelementptr inbounds i8, ptr %work, i64 43104
  %287 = getelementptr inbounds i8, ptr %work, i64 43200
  %288 = getelementptr inbounds i8, ptr %work, i64 43296
  %289 = getelementptr inbounds i8, ptr %work, i64 43392
  %290 = getelementptr inbounds i8, ptr %work, i64 43488
  %291 = getelementptr inbounds i8, ptr %work, i64 43584
  %292 = getelementptr inbounds i8, ptr %work, i64 43680
  %293 = getelementptr inbounds i8, ptr %work, i64 43776
  %294 = getelementptr inbounds i8, ptr %work, i64 43872
  %295 = getelementptr inbounds i8, ptr %work, i64 43968
  %296 = getelementptr inbounds i8, ptr %work, i64 44064
  %297 = getelementptr inbounds i8, ptr %work, i64 44160
  %298 = getelementptr inbounds i8, ptr %work, i64 44256
  %299 = getelementptr inbounds i8, ptr %work, i64 44352
  %300 = getelementptr inbounds i8, ptr %work, i64 44448
  %301 = getelementptr inbounds i8, ptr %work, i64 43808
  %302 = getelementptr inbounds i8, ptr %work, i64 43904
  %303 = getelementptr inbounds i8, ptr %work, i64 44000
  %304 = getelementptr inbounds i8, ptr %work, i64 44096
  %305 = getelementptr inbounds i8, ptr %work, i64 44192
  %306 = getelementptr inbounds i8, ptr %work, i64 44288
  %307 = getelementptr inbounds i8, ptr %work, i64 44384
  %308 = getelementptr inbounds i8, ptr %work, i64 44480
  %309 = getelementptr inbounds i8, ptr %work, i64 44544
  %310 = getelementptr inbounds i8, ptr %work, i64 44640
  %311 = getelementptr inbounds i8, ptr %work, i64 44736
  %312 = getelementptr inbounds i8, ptr %work, i64 44832
  %313 = getelementptr inbounds i8, ptr %work, i64 44928
  %314 = getelementptr inbounds i8, ptr %work, i64 45024
  %315 = getelementptr inbounds i8, ptr %work, i64 45120
  %316 = getelementptr inbounds i8, ptr %work, i64 45216
  %317 = getelementptr inbounds i8, ptr %work, i64 44576
  %318 = getelementptr inbounds i8, ptr %work, i64 44672
  %319 = getelementptr inbounds i8, ptr %work, i64 44768
  %320 = getelementptr inbounds i8, ptr %work, i64 44864
  %321 = getelementptr inbounds i8, ptr %work, i64 44960
  %322 = getelementptr inbounds i8, ptr %work, i64 45056
  %323 = getelementptr inbounds i8, ptr %work, i64 45152
  %324 = getelementptr inbounds i8, ptr %work, i64 45248
  %325 = getelementptr inbounds i8, ptr %work, i64 44608
  %326 = getelementptr inbounds i8, ptr %work, i64 44704
  %327 = getelementptr inbounds i8, ptr %work, i64 44800
  %328 = getelementptr inbounds i8, ptr %work, i64 44896
  %329 = getelementptr inbounds i8, ptr %work, i64 44992
  %330 = getelementptr inbounds i8, ptr %work, i64 45088
  %331 = getelementptr inbounds i8, ptr %work, i64 45184
  %332 = getelementptr inbounds i8, ptr %work, i64 45280
  %333 = getelementptr inbounds i8, ptr %work, i64 51520
  %334 = getelementptr inbounds i8, ptr %work, i64 45376
  %invariant.gep2847 = getelementptr inbounds i8, ptr %work, i64 57984
  %335 = getelementptr inbounds i8, ptr %work, i64 60704
  %336 = getelementptr inbounds i8, ptr %work, i64 60736
  %337 = getelementptr inbounds i8, ptr %work, i64 60768
  %338 = getelementptr inbounds i8, ptr %work, i64 60800
  %339 = getelementptr inbounds i8, ptr %work, i64 60832
  %340 = getelementptr inbounds i8, ptr %work, i64 60864
  %341 = getelementptr inbounds i8, ptr %work, i64 60896
  %342 = getelementptr inbounds i8, ptr %work, i64 60928
  %343 = getelementptr inbounds i8, ptr %work, i64 60960
  %344 = getelementptr inbounds i8, ptr %work, i64 60992
  %345 = getelementptr inbounds i8, ptr %work, i64 61024
  %346 = getelementptr inbounds i8, ptr %work, i64 61056
  %347 = getelementptr inbounds i8, ptr %work, i64 61088
  %348 = getelementptr inbounds i8, ptr %work, i64 61120
  %349 = getelementptr inbounds i8, ptr %work, i64 61152
  %350 = getelementptr inbounds i8, ptr %work, i64 61248
  %351 = getelementptr inbounds i8, ptr %work, i64 61344
  %352 = getelementptr inbounds i8, ptr %work, i64 60800
  %353 = getelementptr inbounds i8, ptr %work, i64 60832
  %354 = getelementptr inbounds i8, ptr %work, i64 60896
  %355 = getelementptr inbounds i8, ptr %work, i64 60928
  %356 = getelementptr inbounds i8, ptr %work, i64 60992
  %357 = getelementptr inbounds i8, ptr %work, i64 61024
  %358 = getelementptr inbounds i8, ptr %work, i64 61088
  %359 = getelementptr inbounds i8, ptr %work, i64 61120
  %360 = getelementptr inbounds i8, ptr %work, i64 61184
  %361 = getelementptr inbounds i8, ptr %work, i64 61216
  %362 = getelementptr inbounds i8, ptr %work, i64 61280
  %363 = getelementptr inbounds i8, ptr %work, i64 61312
  %364 = getelementptr inbounds i8, ptr %work, i64 61376
  %365 = getelementptr inbounds i8, ptr %work, i64 61408
  %366 = getelementptr inbounds i8, ptr %work, i64 45440
  %367 = getelementptr inbounds i8, ptr %work, i64 34816
  %368 = getelementptr inbounds i8, ptr %work, i64 45504
  %369 = getelementptr inbounds i8, ptr %work, i64 34880
  %370 = getelementptr inbounds i8, ptr %work, i64 45696
  %371 = getelementptr inbounds i8, ptr %work, i64 34944
  %372 = getelementptr inbounds i8, ptr %work, i64 45760
  %373 = getelementptr inbounds i8, ptr %work, i64 35008
  %374 = getelementptr inbounds i8, ptr %work, i64 45952
  %375 = getelementptr inbounds i8, ptr %work, i64 35072
  %376 = getelementptr inbounds i8, ptr %work, i64 46016
  %377 = getelementptr inbounds i8, ptr %work, i64 35136
  %378 = getelementptr inbounds i8, ptr %work, i64 46208
  %379 = getelementptr inbounds i8, ptr %work, i64 35200
  %380 = getelementptr inbounds i8, ptr %work, i64 46272
  %381 = getelementptr inbounds i8, ptr %work, i64 35264
  %382 = getelementptr inbounds i8, ptr %work, i64 46464
  %383 = getelementptr inbounds i8, ptr %work, i64 35328
  %384 = getelementptr inbounds i8, ptr %work, i64 46528
  %385 = getelementptr inbounds i8, ptr %work, i64 35392
  %386 = getelementptr inbounds i8, ptr %work, i64 46720
  %387 = getelementptr inbounds i8, ptr %work, i64 35456
  %388 = getelementptr inbounds i8, ptr %work, i64 46784
  %389 = getelementptr inbounds i8, ptr %work, i64 35520
  %390 = getelementptr inbounds i8, ptr %work, i64 46976
  %391 = getelementptr inbounds i8, ptr %work, i64 35584
  %392 = getelementptr inbounds i8, ptr %work, i64 47040
  %393 = getelementptr inbounds i8, ptr %work, i64 35648
  %394 = getelementptr inbounds i8, ptr %work, i64 47232
  %395 = getelementptr inbounds i8, ptr %work, i64 35712
  %396 = getelementptr inbounds i8, ptr %work, i64 47296
  %397 = getelementptr inbounds i8, ptr %work, i64 35776
  %398 = getelementptr inbounds i8, ptr %work, i64 47488
  %399 = getelementptr inbounds i8, ptr %work, i64 35840
  %400 = getelementptr inbounds i8, ptr %work, i64 47552
  %401 = getelementptr inbounds i8, ptr %work, i64 35904
  %402 = getelementptr inbounds i8, ptr %work, i64 47744
  %403 = getelementptr inbounds i8, ptr %work, i64 35968
  %404 = getelementptr inbounds i8, ptr %work, i64 47808
  %405 = getelementptr inbounds i8, ptr %work, i64 36032
  %406 = getelementptr inbounds i8, ptr %work, i64 48000
  %407 = getelementptr inbounds i8, ptr %work, i64 36096
  %408 = getelementptr inbounds i8, ptr %work, i64 48064
  %409 = getelementptr inbounds i8, ptr %work, i64 36160
  %410 = getelementptr inbounds i8, ptr %work, i64 48256
  %411 = getelementptr inbounds i8, ptr %work, i64 36224
  %412 = getelementptr inbounds i8, ptr %work, i64 48320
  %413 = getelementptr inbounds i8, ptr %work, i64 36288
  %414 = getelementptr inbounds i8, ptr %work, i64 48512
  %415 = getelementptr inbounds i8, ptr %work, i64 36352
  %416 = getelementptr inbounds i8, ptr %work, i64 48576
  %417 = getelementptr inbounds i8, ptr %work, i64 36416
  %418 = getelementptr inbounds i8, ptr %work, i64 48768
  %419 = getelementptr inbounds i8, ptr %work, i64 36480
  %420 = getelementptr inbounds i8, ptr %work, i64 48832
  %421 = getelementptr inbounds i8, ptr %work, i64 36544
  %422 = getelementptr inbounds i8, ptr %work, i64 49024
  %423 = getelementptr inbounds i8, ptr %work, i64 36608
  %424 = getelementptr inbounds i8, ptr %work, i64 49088
  %425 = getelementptr inbounds i8, ptr %work, i64 36672
  %426 = getelementptr inbounds i8, ptr %work, i64 49280
  %427 = getelementptr inbounds i8, ptr %work, i64 36736
  %428 = getelementptr inbounds i8, ptr %work, i64 49344
  %429 = getelementptr inbounds i8, ptr %work, i64 36800
  %430 = getelementptr inbounds i8, ptr %work, i64 49536
  %431 = getelementptr inbounds i8, ptr %work, i64 36864
  %432 = getelementptr inbounds i8, ptr %work, i64 49600
  %433 = getelementptr inbounds i8, ptr %work, i64 36928
  %434 = getelementptr inbounds i8, ptr %work, i64 49792
  %435 = getelementptr inbounds i8, ptr %work, i64 36992
  %436 = getelementptr inbounds i8, ptr %work, i64 49856
  %437 = getelementptr inbounds i8, ptr %work, i64 37056
  %438 = getelementptr inbounds i8, ptr %work, i64 50048
  %439 = getelementptr inbounds i8, ptr %work, i64 37120
  %440 = getelementptr inbounds i8, ptr %work, i64 50112
  %441 = getelementptr inbounds i8, ptr %work, i64 37184
  %442 = getelementptr inbounds i8, ptr %work, i64 50304
  %443 = getelementptr inbounds i8, ptr %work, i64 37248
  %444 = getelementptr inbounds i8, ptr %work, i64 50368
  %445 = getelementptr inbounds i8, ptr %work, i64 37312
  %446 = getelementptr inbounds i8, ptr %work, i64 50560
  %447 = getelementptr inbounds i8, ptr %work, i64 37376
  %448 = getelementptr inbounds i8, ptr %work, i64 50624
  %449 = getelementptr inbounds i8, ptr %work, i64 37440
  %450 = getelementptr inbounds i8, ptr %work, i64 50816
  %451 = getelementptr inbounds i8, ptr %work, i64 37504
  %452 = getelementptr inbounds i8, ptr %work, i64 50880
  %453 = getelementptr inbounds i8, ptr %work, i64 37568
  %454 = getelementptr inbounds i8, ptr %work, i64 51072
  %455 = getelementptr inbounds i8, ptr %work, i64 37632
  %456 = getelementptr inbounds i8, ptr %work, i64 51136
  %457 = getelementptr inbounds i8, ptr %work, i64 37696
  %458 = getelementptr inbounds i8, ptr %work, i64 51328
  %459 = getelementptr inbounds i8, ptr %work, i64 37760
  %460 = getelementptr inbounds i8, ptr %work, i64 51392
  %461 = getelementptr inbounds i8, ptr %work, i64 37824
  %462 = getelementptr inbounds i8, ptr %work, i64 20736
  %463 = getelementptr inbounds i8, ptr %work, i64 21120
  %464 = getelementptr inbounds i8, ptr %work, i64 21504
  %465 = getelementptr inbounds i8, ptr %work, i64 21888
  %466 = getelementptr inbounds i8, ptr %work, i64 22272
  %467 = getelementptr inbounds i8, ptr %work, i64 22656
  %468 = getelementptr inbounds i8, ptr %work, i64 23040
  %469 = getelementptr inbounds i8, ptr %work, i64 23424
  %470 = getelementptr inbounds i8, ptr %work, i64 23808
  %471 = getelementptr inbounds i8, ptr %work, i64 24192
  %472 = getelementptr inbounds i8, ptr %work, i64 24576
  %473 = getelementptr inbounds i8, ptr %work, i64 24960
  %474 = getelementptr inbounds i8, ptr %work, i64 25344
  %475 = getelementptr inbounds i8, ptr %work, i64 25728
  %476 = getelementptr inbounds i8, ptr %work, i64 26112
  %477 = getelementptr inbounds i8, ptr %work, i64 26496
  %478 = getelementptr inbounds i8, ptr %work, i64 21888
  %479 = getelementptr inbounds i8, ptr %work, i64 22272
  %480 = getelementptr inbounds i8, ptr %work, i64 22656
  %481 = getelementptr inbounds i8, ptr %work, i64 23040
  %482 = getelementptr inbounds i8, ptr %work, i64 23424
  %483 = getelementptr inbounds i8, ptr %work, i64 23808
  %484 = getelementptr inbounds i8, ptr %work, i64 24192
  %485 = getelementptr inbounds i8, ptr %work, i64 24576
  %486 = getelementptr inbounds i8, ptr %work, i64 24960
  %487 = getelementptr inbounds i8, ptr %work, i64 25344
  %488 = getelementptr inbounds i8, ptr %work, i64 25728
  %489 = getelementptr inbounds i8, ptr %work, i64 26112
  %490 = getelementptr inbounds i8, ptr %work, i64 26496
  %491 = getelementptr inbounds i8, ptr %work, i64 26880
  %492 = getelementptr inbounds i8, ptr %work, i64 27264
  %493 = getelementptr inbounds i8, ptr %work, i64 27648
  %494 = getelementptr inbounds i8, ptr %work, i64 28032
  %495 = getelementptr inbounds i8, ptr %work, i64 28416
  %496 = getelementptr inbounds i8, ptr %work, i64 28800
  %497 = getelementptr inbounds i8, ptr %work, i64 29184
  %498 = getelementptr inbounds i8, ptr %work, i64 29568
  %invariant.gep2851 = getelementptr i8, ptr %work, i64 35072
  %invariant.gep2853 = getelementptr i8, ptr %work, i64 34944
  %invariant.gep2855 = getelementptr i8, ptr %work, i64 34816
  %invariant.gep2857 = getelementptr i8, ptr %work, i64 62596
  %invariant.gep2859 = getelementptr i8, ptr %work, i64 62600
  %499 = getelementptr inbounds i8, ptr %work, i64 20768
  %500 = getelementptr inbounds i8, ptr %work, i64 21152
  %501 = getelementptr inbounds i8, ptr %work, i64 21536
  %502 = getelementptr inbounds i8, ptr %work, i64 21920
  %503 = getelementptr inbounds i8, ptr %work, i64 22304
  %504 = getelementptr inbounds i8, ptr %work, i64 22688
  %505 = getelementptr inbounds i8, ptr %work, i64 23072
  %506 = getelementptr inbounds i8, ptr %work, i64 23456
  %507 = getelementptr inbounds i8, ptr %work, i64 23840
  %508 = getelementptr inbounds i8, ptr %work, i64 24224
  %509 = getelementptr inbounds i8, ptr %work, i64 24608
  %510 = getelementptr inbounds i8, ptr %work, i64 24992
  %511 = getelementptr inbounds i8, ptr %work, i64 25376
  %512 = getelementptr inbounds i8, ptr %work, i64 25760
  %513 = getelementptr inbounds i8, ptr %work, i64 26144
  %514 = getelementptr inbounds i8, ptr %work, i64 26528
  %invariant.gep2205.1.1 = getelementptr inbounds i8, ptr %work, i64 57632
  %515 = getelementptr inbounds i8, ptr %work, i64 23872
  %516 = getelementptr inbounds i8, ptr %work, i64 24256
  %517 = getelementptr inbounds i8, ptr %work, i64 24640
  %518 = getelementptr inbounds i8, ptr %work, i64 25024
  %519 = getelementptr inbounds i8, ptr %work, i64 25408
  %520 = getelementptr inbounds i8, ptr %work, i64 25792
  %521 = getelementptr inbounds i8, ptr %work, i64 26176
  %522 = getelementptr inbounds i8, ptr %work, i64 26560
  %523 = getelementptr inbounds i8, ptr %work, i64 26912
  %524 = getelementptr inbounds i8, ptr %work, i64 27296
  %525 = getelementptr inbounds i8, ptr %work, i64 27680
  %526 = getelementptr inbounds i8, ptr %work, i64 28064
  %527 = getelementptr inbounds i8, ptr %work, i64 28448
  %528 = getelementptr inbounds i8, ptr %work, i64 28832
  %529 = getelementptr inbounds i8, ptr %work, i64 29216
  %530 = getelementptr inbounds i8, ptr %work, i64 29600
  %531 = getelementptr inbounds i8, ptr %work, i64 26944
  %532 = getelementptr inbounds i8, ptr %work, i64 27328
  %533 = getelementptr inbounds i8, ptr %work, i64 27712
  %534 = getelementptr inbounds i8, ptr %work, i64 28096
  %535 = getelementptr inbounds i8, ptr %work, i64 28480
  %536 = getelementptr inbounds i8, ptr %work, i64 28864
  %537 = getelementptr inbounds i8, ptr %work, i64 29248
  %538 = getelementptr inbounds i8, ptr %work, i64 29632
  %invariant.gep2205.2.2 = getelementptr inbounds i8, ptr %work, i64 57664
  %539 = getelementptr inbounds i8, ptr %work, i64 26976
  %540 = getelementptr inbounds i8, ptr %work, i64 27360
  %541 = getelementptr inbounds i8, ptr %work, i64 27744
  %542 = getelementptr inbounds i8, ptr %work, i64 28128
  %543 = getelementptr inbounds i8, ptr %work, i64 28512
  %544 = getelementptr inbounds i8, ptr %work, i64 28896
  %545 = getelementptr inbounds i8, ptr %work, i64 29280
  %546 = getelementptr inbounds i8, ptr %work, i64 29664
  %invariant.gep2865 = getelementptr inbounds i8, ptr %work, i64 22016
  %scevgep2546 = getelementptr i8, ptr %work, i64 128
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
  %gep2852.1 = getelementptr i8, ptr %work, i64 35456
  %gep2854.1 = getelementptr i8, ptr %work, i64 35328
  %gep2856.1 = getelementptr i8, ptr %work, i64 35200
  %547 = getelementptr i8, ptr %work, i64 62604
  %gep2858.1 = getelementptr i8, ptr %work, i64 62608
  %gep2860.1 = getelementptr i8, ptr %work, i64 62612
  %548 = mul i64 %H, 768
  %gep2852.2 = getelementptr i8, ptr %work, i64 35840
  %gep2854.2 = getelementptr i8, ptr %work, i64 35712
  %gep2856.2 = getelementptr i8, ptr %work, i64 35584
  %549 = getelementptr i8, ptr %work, i64 62616
  %gep2858.2 = getelementptr i8, ptr %work, i64 62620
  %gep2860.2 = getelementptr i8, ptr %work, i64 62624
  %550 = mul i64 %H, 1152
  %gep2852.3 = getelementptr i8, ptr %work, i64 36224
  %gep2854.3 = getelementptr i8, ptr %work, i64 36096
  %gep2856.3 = getelementptr i8, ptr %work, i64 35968
  %551 = getelementptr i8, ptr %work, i64 62628
  %gep2858.3 = getelementptr i8, ptr %work, i64 62632
  %gep2860.3 = getelementptr i8, ptr %work, i64 62636
  %552 = mul i64 %H, 1536
  %gep2852.4 = getelementptr i8, ptr %work, i64 36608
  %gep2854.4 = getelementptr i8, ptr %work, i64 36480
  %gep2856.4 = getelementptr i8, ptr %work, i64 36352
  %553 = getelementptr i8, ptr %work, i64 62640
  %gep2858.4 = getelementptr i8, ptr %work, i64 62644
  %gep2860.4 = getelementptr i8, ptr %work, i64 62648
  %554 = mul i64 %H, 1920
  %gep2852.5 = getelementptr i8, ptr %work, i64 36992
  %gep2854.5 = getelementptr i8, ptr %work, i64 36864
  %gep2856.5 = getelementptr i8, ptr %work, i64 36736
  %555 = getelementptr i8, ptr %work, i64 62652
  %gep2858.5 = getelementptr i8, ptr %work, i64 62656
  %gep2860.5 = getelementptr i8, ptr %work, i64 62660
  %556 = mul i64 %H, 2304
  %gep2852.6 = getelementptr i8, ptr %work, i64 37376
  %gep2854.6 = getelementptr i8, ptr %work, i64 37248
  %gep2856.6 = getelementptr i8, ptr %work, i64 37120
  %557 = getelementptr i8, ptr %work, i64 62664
  %gep2858.6 = getelementptr i8, ptr %work, i64 62668
  %gep2860.6 = getelementptr i8, ptr %work, i64 62672
  %558 = mul i64 %H, 2688
  %gep2852.7 = getelementptr i8, ptr %work, i64 37760
  %gep2854.7 = getelementptr i8, ptr %work, i64 37632
  %gep2856.7 = getelementptr i8, ptr %work, i64 37504
  %559 = getelementptr i8, ptr %work, i64 62676
  %gep2858.7 = getelementptr i8, ptr %work, i64 62680
  %gep2860.7 = getelementptr i8, ptr %work, i64 62684
  %scevgep2546.1 = getelementptr i8, ptr %work, i64 384
  %scevgep2546.2 = getelementptr i8, ptr %work, i64 640
  %scevgep2546.3 = getelementptr i8, ptr %work, i64 896
  %scevgep2546.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep2546.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep2546.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep2546.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep2546.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep2546.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep2546.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep2546.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep2546.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep2546.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep2546.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep2546.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep2546.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep2546.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep2546.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep2546.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep2546.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep2546.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep2546.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep2546.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep2546.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep2546.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep2546.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep2546.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep2546.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep2546.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep2546.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep2546.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j44.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j44.head.preheader ]
  %bh.addr.02267 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j44.head.preheader ]
  %560 = add i64 %indvar, %bh0
  %561 = shl i64 %560, 12
  %562 = mul i64 %23, %indvar
  %563 = add i64 %22, %562
  %b = sdiv i64 %bh.addr.02267, %H
  %h = srem i64 %bh.addr.02267, %H
  %564 = mul i64 %b, %T
  %565 = mul i64 %564, %H
  %bT = add i64 %565, %h
  %566 = mul i64 %1, %564
  %bTn = add nsw i64 %566, %h
  %567 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %567
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %567
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %568 = getelementptr i8, ptr %dhT, i64 %561
  %569 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %568, i64 128, i1 false)
  %scevgep2456.1 = getelementptr i8, ptr %568, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.1, i64 128, i1 false)
  %scevgep2456.2 = getelementptr i8, ptr %568, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.2, i64 128, i1 false)
  %scevgep2456.3 = getelementptr i8, ptr %568, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.3, i64 128, i1 false)
  %scevgep2456.4 = getelementptr i8, ptr %568, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.4, i64 128, i1 false)
  %scevgep2456.5 = getelementptr i8, ptr %568, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.5, i64 128, i1 false)
  %scevgep2456.6 = getelementptr i8, ptr %568, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.6, i64 128, i1 false)
  %scevgep2456.7 = getelementptr i8, ptr %568, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.7, i64 128, i1 false)
  %scevgep2456.8 = getelementptr i8, ptr %568, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.8, i64 128, i1 false)
  %scevgep2456.9 = getelementptr i8, ptr %568, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.9, i64 128, i1 false)
  %scevgep2456.10 = getelementptr i8, ptr %568, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.10, i64 128, i1 false)
  %scevgep2456.11 = getelementptr i8, ptr %568, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.11, i64 128, i1 false)
  %scevgep2456.12 = getelementptr i8, ptr %568, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.12, i64 128, i1 false)
  %scevgep2456.13 = getelementptr i8, ptr %568, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.13, i64 128, i1 false)
  %scevgep2456.14 = getelementptr i8, ptr %568, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.14, i64 128, i1 false)
  %scevgep2456.15 = getelementptr i8, ptr %568, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.15, i64 128, i1 false)
  %scevgep2456.16 = getelementptr i8, ptr %568, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.16, i64 128, i1 false)
  %scevgep2456.17 = getelementptr i8, ptr %568, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.17, i64 128, i1 false)
  %scevgep2456.18 = getelementptr i8, ptr %568, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.18, i64 128, i1 false)
  %scevgep2456.19 = getelementptr i8, ptr %568, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.19, i64 128, i1 false)
  %scevgep2456.20 = getelementptr i8, ptr %568, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.20, i64 128, i1 false)
  %scevgep2456.21 = getelementptr i8, ptr %568, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.21, i64 128, i1 false)
  %scevgep2456.22 = getelementptr i8, ptr %568, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.22, i64 128, i1 false)
  %scevgep2456.23 = getelementptr i8, ptr %568, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.23, i64 128, i1 false)
  %scevgep2456.24 = getelementptr i8, ptr %568, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.24, i64 128, i1 false)
  %scevgep2456.25 = getelementptr i8, ptr %568, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.25, i64 128, i1 false)
  %scevgep2456.26 = getelementptr i8, ptr %568, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.26, i64 128, i1 false)
  %scevgep2456.27 = getelementptr i8, ptr %568, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.27, i64 128, i1 false)
  %scevgep2456.28 = getelementptr i8, ptr %568, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.28, i64 128, i1 false)
  %scevgep2456.29 = getelementptr i8, ptr %568, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.29, i64 128, i1 false)
  %scevgep2456.30 = getelementptr i8, ptr %568, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.30, i64 128, i1 false)
  %scevgep2456.31 = getelementptr i8, ptr %568, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2456.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %569
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %569
  br i1 %3, label %cc.body.lr.ph, label %j44.head.preheader

bh.exit:                                          ; preds = %j44.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %570 = mul nsw i64 %bh.addr.02267, %nc
  %571 = add i64 %26, %bT
  %572 = shl i64 %571, 7
  %573 = mul i64 %31, %b
  %574 = add i64 %30, %573
  %575 = mul i64 %574, %H
  %576 = shl i64 %h, 7
  %577 = add i64 %575, %576
  %578 = add i64 %34, %573
  %579 = mul i64 %578, %H
  %580 = add i64 %579, %576
  %581 = add i64 %35, %573
  %582 = mul i64 %581, %H
  %583 = add i64 %582, %576
  %584 = getelementptr i8, ptr %dout, i64 %572
  %585 = getelementptr i8, ptr %qh, i64 64
  %586 = getelementptr i8, ptr %kh, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i63.exit
  %indvars.iv2526 = phi i64 [ %37, %cc.body.lr.ph ], [ %indvars.iv.next2527, %i63.exit ]
  %cc.addr.02264 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i63.exit ]
  %587 = mul i64 %32, %cc.addr.02264
  %588 = add i64 %583, %587
  %589 = add i64 %580, %587
  %590 = add i64 %577, %587
  %591 = mul i64 %27, %cc.addr.02264
  %592 = shl i64 %cc.addr.02264, 12
  %593 = sub i64 %563, %592
  %594 = xor i64 %cc.addr.02264, -1
  %ci = add nsw i64 %nc, %594
  %t0 = shl nsw i64 %ci, 3
  %595 = sub nsw i64 %T, %t0
  %scevgep2458 = getelementptr i8, ptr %hs, i64 %593
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458, i64 128, i1 false)
  %596 = or disjoint i64 %593, 128
  %scevgep2458.1 = getelementptr i8, ptr %hs, i64 %596
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.1, i64 128, i1 false)
  %597 = or disjoint i64 %593, 256
  %scevgep2458.2 = getelementptr i8, ptr %hs, i64 %597
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.2, i64 128, i1 false)
  %598 = or disjoint i64 %593, 384
  %scevgep2458.3 = getelementptr i8, ptr %hs, i64 %598
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.3, i64 128, i1 false)
  %599 = or disjoint i64 %593, 512
  %scevgep2458.4 = getelementptr i8, ptr %hs, i64 %599
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.4, i64 128, i1 false)
  %600 = or disjoint i64 %593, 640
  %scevgep2458.5 = getelementptr i8, ptr %hs, i64 %600
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.5, i64 128, i1 false)
  %601 = or disjoint i64 %593, 768
  %scevgep2458.6 = getelementptr i8, ptr %hs, i64 %601
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.6, i64 128, i1 false)
  %602 = or disjoint i64 %593, 896
  %scevgep2458.7 = getelementptr i8, ptr %hs, i64 %602
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.7, i64 128, i1 false)
  %603 = or disjoint i64 %593, 1024
  %scevgep2458.8 = getelementptr i8, ptr %hs, i64 %603
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.8, i64 128, i1 false)
  %604 = or disjoint i64 %593, 1152
  %scevgep2458.9 = getelementptr i8, ptr %hs, i64 %604
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.9, i64 128, i1 false)
  %605 = or disjoint i64 %593, 1280
  %scevgep2458.10 = getelementptr i8, ptr %hs, i64 %605
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.10, i64 128, i1 false)
  %606 = or disjoint i64 %593, 1408
  %scevgep2458.11 = getelementptr i8, ptr %hs, i64 %606
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.11, i64 128, i1 false)
  %607 = or disjoint i64 %593, 1536
  %scevgep2458.12 = getelementptr i8, ptr %hs, i64 %607
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.12, i64 128, i1 false)
  %608 = or disjoint i64 %593, 1664
  %scevgep2458.13 = getelementptr i8, ptr %hs, i64 %608
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.13, i64 128, i1 false)
  %609 = or disjoint i64 %593, 1792
  %scevgep2458.14 = getelementptr i8, ptr %hs, i64 %609
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.14, i64 128, i1 false)
  %610 = or disjoint i64 %593, 1920
  %scevgep2458.15 = getelementptr i8, ptr %hs, i64 %610
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.15, i64 128, i1 false)
  %611 = or disjoint i64 %593, 2048
  %scevgep2458.16 = getelementptr i8, ptr %hs, i64 %611
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.16, i64 128, i1 false)
  %612 = or disjoint i64 %593, 2176
  %scevgep2458.17 = getelementptr i8, ptr %hs, i64 %612
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.17, i64 128, i1 false)
  %613 = or disjoint i64 %593, 2304
  %scevgep2458.18 = getelementptr i8, ptr %hs, i64 %613
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.18, i64 128, i1 false)
  %614 = or disjoint i64 %593, 2432
  %scevgep2458.19 = getelementptr i8, ptr %hs, i64 %614
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.19, i64 128, i1 false)
  %615 = or disjoint i64 %593, 2560
  %scevgep2458.20 = getelementptr i8, ptr %hs, i64 %615
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.20, i64 128, i1 false)
  %616 = or disjoint i64 %593, 2688
  %scevgep2458.21 = getelementptr i8, ptr %hs, i64 %616
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.21, i64 128, i1 false)
  %617 = or disjoint i64 %593, 2816
  %scevgep2458.22 = getelementptr i8, ptr %hs, i64 %617
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.22, i64 128, i1 false)
  %618 = or disjoint i64 %593, 2944
  %scevgep2458.23 = getelementptr i8, ptr %hs, i64 %618
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.23, i64 128, i1 false)
  %619 = or disjoint i64 %593, 3072
  %scevgep2458.24 = getelementptr i8, ptr %hs, i64 %619
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.24, i64 128, i1 false)
  %620 = or disjoint i64 %593, 3200
  %scevgep2458.25 = getelementptr i8, ptr %hs, i64 %620
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.25, i64 128, i1 false)
  %621 = or disjoint i64 %593, 3328
  %scevgep2458.26 = getelementptr i8, ptr %hs, i64 %621
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.26, i64 128, i1 false)
  %622 = or disjoint i64 %593, 3456
  %scevgep2458.27 = getelementptr i8, ptr %hs, i64 %622
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.27, i64 128, i1 false)
  %623 = or disjoint i64 %593, 3584
  %scevgep2458.28 = getelementptr i8, ptr %hs, i64 %623
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.28, i64 128, i1 false)
  %624 = or disjoint i64 %593, 3712
  %scevgep2458.29 = getelementptr i8, ptr %hs, i64 %624
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.29, i64 128, i1 false)
  %625 = or disjoint i64 %593, 3840
  %scevgep2458.30 = getelementptr i8, ptr %hs, i64 %625
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.30, i64 128, i1 false)
  %626 = or disjoint i64 %593, 3968
  %scevgep2458.31 = getelementptr i8, ptr %hs, i64 %626
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2457.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2458.31, i64 128, i1 false)
  %627 = add nsw i64 %ci, %570
  %628 = shl nsw i64 %627, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %629 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02000 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %630 = shl nuw nsw i64 %i2.addr.02000, 5
  %631 = or disjoint i64 %630, %628
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %632 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.01999 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %633 = or disjoint i64 %631, %j2.addr.01999
  %634 = getelementptr inbounds float, ptr %hs, i64 %633
  %635 = load <16 x float>, ptr %634, align 4
  %636 = or disjoint i64 %633, 256
  %637 = getelementptr inbounds float, ptr %hs, i64 %636
  %638 = load <16 x float>, ptr %637, align 4
  %639 = or disjoint i64 %633, 32
  %640 = getelementptr inbounds float, ptr %hs, i64 %639
  %641 = load <16 x float>, ptr %640, align 4
  %642 = or disjoint i64 %633, 288
  %643 = getelementptr inbounds float, ptr %hs, i64 %642
  %644 = load <16 x float>, ptr %643, align 4
  %645 = or disjoint i64 %633, 64
  %646 = getelementptr inbounds float, ptr %hs, i64 %645
  %647 = load <16 x float>, ptr %646, align 4
  %648 = or disjoint i64 %633, 320
  %649 = getelementptr inbounds float, ptr %hs, i64 %648
  %650 = load <16 x float>, ptr %649, align 4
  %651 = or disjoint i64 %633, 96
  %652 = getelementptr inbounds float, ptr %hs, i64 %651
  %653 = load <16 x float>, ptr %652, align 4
  %654 = or disjoint i64 %633, 352
  %655 = getelementptr inbounds float, ptr %hs, i64 %654
  %656 = load <16 x float>, ptr %655, align 4
  %657 = or disjoint i64 %633, 128
  %658 = getelementptr inbounds float, ptr %hs, i64 %657
  %659 = load <16 x float>, ptr %658, align 4
  %660 = or disjoint i64 %633, 384
  %661 = getelementptr inbounds float, ptr %hs, i64 %660
  %662 = load <16 x float>, ptr %661, align 4
  %663 = or disjoint i64 %633, 160
  %664 = getelementptr inbounds float, ptr %hs, i64 %663
  %665 = load <16 x float>, ptr %664, align 4
  %666 = or disjoint i64 %633, 416
  %667 = getelementptr inbounds float, ptr %hs, i64 %666
  %668 = load <16 x float>, ptr %667, align 4
  %669 = or disjoint i64 %633, 192
  %670 = getelementptr inbounds float, ptr %hs, i64 %669
  %671 = load <16 x float>, ptr %670, align 4
  %672 = or disjoint i64 %633, 448
  %673 = getelementptr inbounds float, ptr %hs, i64 %672
  %674 = load <16 x float>, ptr %673, align 4
  %675 = or disjoint i64 %633, 224
  %676 = getelementptr inbounds float, ptr %hs, i64 %675
  %677 = load <16 x float>, ptr %676, align 4
  %678 = or disjoint i64 %633, 480
  %679 = getelementptr inbounds float, ptr %hs, i64 %678
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
  %730 = shl nuw nsw i64 %j2.addr.01999, 5
  %731 = or disjoint i64 %730, %i2.addr.02000
  %732 = or disjoint i64 %731, 1024
  %733 = getelementptr inbounds float, ptr %Bk, i64 %732
  store <16 x float> %729, ptr %733, align 4
  %734 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %735 = or disjoint i64 %731, 1056
  %736 = getelementptr inbounds float, ptr %Bk, i64 %735
  store <16 x float> %734, ptr %736, align 4
  %737 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %738 = or disjoint i64 %731, 1088
  %739 = getelementptr inbounds float, ptr %Bk, i64 %738
  store <16 x float> %737, ptr %739, align 4
  %740 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %741 = or disjoint i64 %731, 1120
  %742 = getelementptr inbounds float, ptr %Bk, i64 %741
  store <16 x float> %740, ptr %742, align 4
  %743 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %744 = or disjoint i64 %731, 1152
  %745 = getelementptr inbounds float, ptr %Bk, i64 %744
  store <16 x float> %743, ptr %745, align 4
  %746 = shufflevector <16 x float> %717, <16 x float> %718, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %747 = or disjoint i64 %731, 1184
  %748 = getelementptr inbounds float, ptr %Bk, i64 %747
  store <16 x float> %746, ptr %748, align 4
  %749 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %750 = or disjoint i64 %731, 1216
  %751 = getelementptr inbounds float, ptr %Bk, i64 %750
  store <16 x float> %749, ptr %751, align 4
  %752 = shufflevector <16 x float> %719, <16 x float> %720, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %753 = or disjoint i64 %731, 1248
  %754 = getelementptr inbounds float, ptr %Bk, i64 %753
  store <16 x float> %752, ptr %754, align 4
  %755 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %756 = or disjoint i64 %731, 1280
  %757 = getelementptr inbounds float, ptr %Bk, i64 %756
  store <16 x float> %755, ptr %757, align 4
  %758 = shufflevector <16 x float> %721, <16 x float> %722, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %759 = or disjoint i64 %731, 1312
  %760 = getelementptr inbounds float, ptr %Bk, i64 %759
  store <16 x float> %758, ptr %760, align 4
  %761 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %762 = or disjoint i64 %731, 1344
  %763 = getelementptr inbounds float, ptr %Bk, i64 %762
  store <16 x float> %761, ptr %763, align 4
  %764 = shufflevector <16 x float> %723, <16 x float> %724, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %765 = or disjoint i64 %731, 1376
  %766 = getelementptr inbounds float, ptr %Bk, i64 %765
  store <16 x float> %764, ptr %766, align 4
  %767 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %768 = or disjoint i64 %731, 1408
  %769 = getelementptr inbounds float, ptr %Bk, i64 %768
  store <16 x float> %767, ptr %769, align 4
  %770 = shufflevector <16 x float> %725, <16 x float> %726, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %771 = or disjoint i64 %731, 1440
  %772 = getelementptr inbounds float, ptr %Bk, i64 %771
  store <16 x float> %770, ptr %772, align 4
  %773 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %774 = or disjoint i64 %731, 1472
  %775 = getelementptr inbounds float, ptr %Bk, i64 %774
  store <16 x float> %773, ptr %775, align 4
  %776 = shufflevector <16 x float> %727, <16 x float> %728, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %777 = or disjoint i64 %731, 1504
  %778 = getelementptr inbounds float, ptr %Bk, i64 %777
  store <16 x float> %776, ptr %778, align 4
  br i1 %632, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %629, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %779 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02002 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %780 = shl nuw nsw i64 %i3.addr.02002, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %781 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02001 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %782 = or disjoint i64 %j3.addr.02001, %780
  %783 = or disjoint i64 %782, 32
  %784 = getelementptr inbounds float, ptr %work, i64 %783
  %785 = load <16 x float>, ptr %784, align 4
  %786 = or disjoint i64 %782, 544
  %787 = getelementptr inbounds float, ptr %work, i64 %786
  %788 = load <16 x float>, ptr %787, align 4
  %789 = or disjoint i64 %782, 96
  %790 = getelementptr inbounds float, ptr %work, i64 %789
  %791 = load <16 x float>, ptr %790, align 4
  %792 = or disjoint i64 %782, 608
  %793 = getelementptr inbounds float, ptr %work, i64 %792
  %794 = load <16 x float>, ptr %793, align 4
  %795 = or disjoint i64 %782, 160
  %796 = getelementptr inbounds float, ptr %work, i64 %795
  %797 = load <16 x float>, ptr %796, align 4
  %798 = or disjoint i64 %782, 672
  %799 = getelementptr inbounds float, ptr %work, i64 %798
  %800 = load <16 x float>, ptr %799, align 4
  %801 = or disjoint i64 %782, 224
  %802 = getelementptr inbounds float, ptr %work, i64 %801
  %803 = load <16 x float>, ptr %802, align 4
  %804 = or disjoint i64 %782, 736
  %805 = getelementptr inbounds float, ptr %work, i64 %804
  %806 = load <16 x float>, ptr %805, align 4
  %807 = or disjoint i64 %782, 288
  %808 = getelementptr inbounds float, ptr %work, i64 %807
  %809 = load <16 x float>, ptr %808, align 4
  %810 = or disjoint i64 %782, 800
  %811 = getelementptr inbounds float, ptr %work, i64 %810
  %812 = load <16 x float>, ptr %811, align 4
  %813 = or disjoint i64 %782, 352
  %814 = getelementptr inbounds float, ptr %work, i64 %813
  %815 = load <16 x float>, ptr %814, align 4
  %816 = or disjoint i64 %782, 864
  %817 = getelementptr inbounds float, ptr %work, i64 %816
  %818 = load <16 x float>, ptr %817, align 4
  %819 = or disjoint i64 %782, 416
  %820 = getelementptr inbounds float, ptr %work, i64 %819
  %821 = load <16 x float>, ptr %820, align 4
  %822 = or disjoint i64 %782, 928
  %823 = getelementptr inbounds float, ptr %work, i64 %822
  %824 = load <16 x float>, ptr %823, align 4
  %825 = or disjoint i64 %782, 480
  %826 = getelementptr inbounds float, ptr %work, i64 %825
  %827 = load <16 x float>, ptr %826, align 4
  %828 = or disjoint i64 %782, 992
  %829 = getelementptr inbounds float, ptr %work, i64 %828
  %830 = load <16 x float>, ptr %829, align 4
  %831 = shufflevector <16 x float> %785, <16 x float> %788, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %832 = shufflevector <16 x float> %809, <16 x float> %812, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %833 = shufflevector <16 x float> %791, <16 x float> %794, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %834 = shufflevector <16 x float> %815, <16 x float> %818, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %835 = shufflevector <16 x float> %797, <16 x float> %800, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %836 = shufflevector <16 x float> %821, <16 x float> %824, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %837 = shufflevector <16 x float> %803, <16 x float> %806, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %838 = shufflevector <16 x float> %827, <16 x float> %830, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %839 = shufflevector <16 x float> %785, <16 x float> %788, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %840 = shufflevector <16 x float> %809, <16 x float> %812, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %841 = shufflevector <16 x float> %791, <16 x float> %794, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %842 = shufflevector <16 x float> %815, <16 x float> %818, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %843 = shufflevector <16 x float> %797, <16 x float> %800, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %844 = shufflevector <16 x float> %821, <16 x float> %824, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %845 = shufflevector <16 x float> %803, <16 x float> %806, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %846 = shufflevector <16 x float> %827, <16 x float> %830, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %847 = shufflevector <16 x float> %831, <16 x float> %832, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %848 = shufflevector <16 x float> %835, <16 x float> %836, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %849 = shufflevector <16 x float> %833, <16 x float> %834, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %850 = shufflevector <16 x float> %837, <16 x float> %838, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %851 = shufflevector <16 x float> %831, <16 x float> %832, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %852 = shufflevector <16 x float> %835, <16 x float> %836, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %853 = shufflevector <16 x float> %833, <16 x float> %834, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %854 = shufflevector <16 x float> %837, <16 x float> %838, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %855 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %856 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %857 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %858 = shufflevector <16 x float> %845, <16 x float> %846, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %859 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %860 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %861 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %862 = shufflevector <16 x float> %845, <16 x float> %846, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %863 = shufflevector <16 x float> %847, <16 x float> %848, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %864 = shufflevector <16 x float> %849, <16 x float> %850, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %865 = shufflevector <16 x float> %847, <16 x float> %848, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %866 = shufflevector <16 x float> %849, <16 x float> %850, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %867 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %868 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %869 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %870 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %871 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %872 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %873 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %874 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %875 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %876 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %877 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %878 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %879 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %880 = shl nuw nsw i64 %j3.addr.02001, 5
  %881 = or disjoint i64 %880, %i3.addr.02002
  %882 = getelementptr inbounds float, ptr %Bk, i64 %881
  store <16 x float> %879, ptr %882, align 4
  %883 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %884 = or disjoint i64 %881, 32
  %885 = getelementptr inbounds float, ptr %Bk, i64 %884
  store <16 x float> %883, ptr %885, align 4
  %886 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %887 = or disjoint i64 %881, 64
  %888 = getelementptr inbounds float, ptr %Bk, i64 %887
  store <16 x float> %886, ptr %888, align 4
  %889 = shufflevector <16 x float> %865, <16 x float> %866, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %890 = or disjoint i64 %881, 96
  %891 = getelementptr inbounds float, ptr %Bk, i64 %890
  store <16 x float> %889, ptr %891, align 4
  %892 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %893 = or disjoint i64 %881, 128
  %894 = getelementptr inbounds float, ptr %Bk, i64 %893
  store <16 x float> %892, ptr %894, align 4
  %895 = shufflevector <16 x float> %867, <16 x float> %868, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %896 = or disjoint i64 %881, 160
  %897 = getelementptr inbounds float, ptr %Bk, i64 %896
  store <16 x float> %895, ptr %897, align 4
  %898 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %899 = or disjoint i64 %881, 192
  %900 = getelementptr inbounds float, ptr %Bk, i64 %899
  store <16 x float> %898, ptr %900, align 4
  %901 = shufflevector <16 x float> %869, <16 x float> %870, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %902 = or disjoint i64 %881, 224
  %903 = getelementptr inbounds float, ptr %Bk, i64 %902
  store <16 x float> %901, ptr %903, align 4
  %904 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %905 = or disjoint i64 %881, 256
  %906 = getelementptr inbounds float, ptr %Bk, i64 %905
  store <16 x float> %904, ptr %906, align 4
  %907 = shufflevector <16 x float> %871, <16 x float> %872, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %908 = or disjoint i64 %881, 288
  %909 = getelementptr inbounds float, ptr %Bk, i64 %908
  store <16 x float> %907, ptr %909, align 4
  %910 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %911 = or disjoint i64 %881, 320
  %912 = getelementptr inbounds float, ptr %Bk, i64 %911
  store <16 x float> %910, ptr %912, align 4
  %913 = shufflevector <16 x float> %873, <16 x float> %874, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %914 = or disjoint i64 %881, 352
  %915 = getelementptr inbounds float, ptr %Bk, i64 %914
  store <16 x float> %913, ptr %915, align 4
  %916 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %917 = or disjoint i64 %881, 384
  %918 = getelementptr inbounds float, ptr %Bk, i64 %917
  store <16 x float> %916, ptr %918, align 4
  %919 = shufflevector <16 x float> %875, <16 x float> %876, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %920 = or disjoint i64 %881, 416
  %921 = getelementptr inbounds float, ptr %Bk, i64 %920
  store <16 x float> %919, ptr %921, align 4
  %922 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %923 = or disjoint i64 %881, 448
  %924 = getelementptr inbounds float, ptr %Bk, i64 %923
  store <16 x float> %922, ptr %924, align 4
  %925 = shufflevector <16 x float> %877, <16 x float> %878, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %926 = or disjoint i64 %881, 480
  %927 = getelementptr inbounds float, ptr %Bk, i64 %926
  store <16 x float> %925, ptr %927, align 4
  br i1 %781, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %779, label %j3.head.preheader, label %t.head.preheader.preheader

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
  %928 = getelementptr i8, ptr %584, i64 %591
  br label %t1.body

t1.body:                                          ; preds = %t.head.preheader.preheader, %endif
  %t1.addr.02025 = phi i64 [ %t1.next, %endif ], [ 0, %t.head.preheader.preheader ]
  %929 = mul nuw nsw i64 %t1.addr.02025, 384
  %gep2806 = getelementptr i8, ptr %invariant.gep, i64 %929
  %gep2808 = getelementptr i8, ptr %invariant.gep2807, i64 %929
  %gep2810 = getelementptr i8, ptr %invariant.gep2809, i64 %929
  %gep2812 = getelementptr i8, ptr %invariant.gep2811, i64 %929
  %gep2814 = getelementptr i8, ptr %invariant.gep2813, i64 %929
  %gep2816 = getelementptr i8, ptr %invariant.gep2815, i64 %929
  %930 = shl nuw nsw i64 %t1.addr.02025, 7
  %gep2818 = getelementptr i8, ptr %invariant.gep2817, i64 %930
  %931 = icmp sgt i64 %595, %t1.addr.02025
  br i1 %931, label %p.head.preheader, label %j8.head.preheader

j8.head.preheader:                                ; preds = %t1.body
  %gep2820 = getelementptr i8, ptr %invariant.gep2819, i64 %930
  %gep2822 = getelementptr i8, ptr %invariant.gep2821, i64 %930
  %gep2824 = getelementptr i8, ptr %invariant.gep2823, i64 %929
  %gep2826 = getelementptr i8, ptr %invariant.gep2825, i64 %929
  %gep2828 = getelementptr i8, ptr %invariant.gep2827, i64 %929
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2820, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2822, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2818, i8 0, i64 128, i1 false)
  %i14 = mul nuw nsw i64 %t1.addr.02025, 3
  %932 = getelementptr inbounds float, ptr %bet, i64 %i14
  store float 0.000000e+00, ptr %932, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2816, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2824, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2814, i8 0, i64 128, i1 false)
  %gep2830 = getelementptr inbounds float, ptr %invariant.gep2829, i64 %i14
  store float 0.000000e+00, ptr %gep2830, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2812, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2826, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2810, i8 0, i64 128, i1 false)
  %gep2832 = getelementptr inbounds float, ptr %invariant.gep2831, i64 %i14
  store float 0.000000e+00, ptr %gep2832, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2808, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2828, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2806, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %933 = mul i64 %28, %t1.addr.02025
  %scevgep2488 = getelementptr i8, ptr %928, i64 %933
  %934 = mul i64 %33, %t1.addr.02025
  %935 = add i64 %590, %934
  %scevgep2490 = getelementptr i8, ptr %k, i64 %935
  %scevgep2492 = getelementptr i8, ptr %v, i64 %935
  %936 = add i64 %589, %934
  %scevgep2494 = getelementptr i8, ptr %k, i64 %936
  %scevgep2496 = getelementptr i8, ptr %v, i64 %936
  %937 = add i64 %588, %934
  %scevgep2498 = getelementptr i8, ptr %k, i64 %937
  %scevgep2500 = getelementptr i8, ptr %v, i64 %937
  %938 = add nuw nsw i64 %t1.addr.02025, %t0
  %939 = mul nsw i64 %938, %sq
  %940 = shl nuw nsw i64 %t1.addr.02025, 5
  %941 = getelementptr float, ptr %qh, i64 %939
  %942 = load <16 x float>, ptr %941, align 4
  %943 = fmul <16 x float> %942, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %944 = or disjoint i64 %940, 2048
  %945 = getelementptr inbounds float, ptr %Bk, i64 %944
  store <16 x float> %943, ptr %945, align 4
  %946 = getelementptr inbounds float, ptr %QK, i64 %940
  store <16 x float> %943, ptr %946, align 4
  %947 = getelementptr float, ptr %585, i64 %939
  %948 = load <16 x float>, ptr %947, align 4
  %949 = fmul <16 x float> %948, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %950 = or disjoint i64 %940, 16
  %951 = or i64 %940, 2064
  %952 = getelementptr inbounds float, ptr %Bk, i64 %951
  store <16 x float> %949, ptr %952, align 4
  %953 = getelementptr inbounds float, ptr %QK, i64 %950
  store <16 x float> %949, ptr %953, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2818, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2488, i64 128, i1 false)
  %i5 = mul nuw nsw i64 %t1.addr.02025, 3
  %954 = or disjoint i64 %t1.addr.02025, %t0
  %tau = mul nsw i64 %954, 3
  %955 = mul nsw i64 %tau, %H
  %956 = getelementptr inbounds float, ptr %betah, i64 %955
  %957 = load float, ptr %956, align 4
  %958 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %957, ptr %958, align 4
  %959 = mul nsw i64 %tau, %sq
  %960 = mul nuw nsw i64 %t1.addr.02025, 96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2816, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2490, i64 128, i1 false)
  %961 = getelementptr float, ptr %kh, i64 %959
  %962 = load <16 x float>, ptr %961, align 4
  %963 = fneg <16 x float> %962
  %gep2834 = getelementptr inbounds float, ptr %invariant.gep2833, i64 %960
  store <16 x float> %963, ptr %gep2834, align 4
  %964 = getelementptr float, ptr %586, i64 %959
  %965 = load <16 x float>, ptr %964, align 4
  %966 = fneg <16 x float> %965
  %gep2836 = getelementptr inbounds float, ptr %invariant.gep2835, i64 %960
  store <16 x float> %966, ptr %gep2836, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2814, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2492, i64 128, i1 false)
  %i7 = add nuw nsw i64 %i5, 1
  %tau1 = add nsw i64 %tau, 1
  %967 = mul nsw i64 %tau1, %H
  %968 = getelementptr inbounds float, ptr %betah, i64 %967
  %969 = load float, ptr %968, align 4
  %970 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %969, ptr %970, align 4
  %971 = mul nsw i64 %tau1, %sq
  %972 = shl nuw nsw i64 %i7, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2812, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2494, i64 128, i1 false)
  %973 = getelementptr float, ptr %kh, i64 %971
  %974 = load <16 x float>, ptr %973, align 4
  %975 = fneg <16 x float> %974
  %gep2838 = getelementptr inbounds float, ptr %invariant.gep2837, i64 %972
  store <16 x float> %975, ptr %gep2838, align 4
  %976 = getelementptr float, ptr %586, i64 %971
  %977 = load <16 x float>, ptr %976, align 4
  %978 = fneg <16 x float> %977
  %gep2840 = getelementptr inbounds float, ptr %invariant.gep2839, i64 %972
  store <16 x float> %978, ptr %gep2840, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2810, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2496, i64 128, i1 false)
  %i9 = add nuw nsw i64 %i5, 2
  %tau2 = add nsw i64 %tau, 2
  %979 = mul nsw i64 %tau2, %H
  %980 = getelementptr inbounds float, ptr %betah, i64 %979
  %981 = load float, ptr %980, align 4
  %982 = getelementptr inbounds float, ptr %bet, i64 %i9
  store float %981, ptr %982, align 4
  %983 = mul nsw i64 %tau2, %sq
  %984 = shl nuw nsw i64 %i9, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2808, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2498, i64 128, i1 false)
  %985 = getelementptr float, ptr %kh, i64 %983
  %986 = load <16 x float>, ptr %985, align 4
  %987 = fneg <16 x float> %986
  %gep2842 = getelementptr inbounds float, ptr %invariant.gep2841, i64 %984
  store <16 x float> %987, ptr %gep2842, align 4
  %988 = getelementptr float, ptr %586, i64 %983
  %989 = load <16 x float>, ptr %988, align 4
  %990 = fneg <16 x float> %989
  %gep2844 = getelementptr inbounds float, ptr %invariant.gep2843, i64 %984
  store <16 x float> %990, ptr %gep2844, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep2806, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2500, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j8.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02025, 1
  %exitcond2501.not = icmp eq i64 %t1.next, 8
  br i1 %exitcond2501.not, label %j20.body, label %t1.body

j20.body:                                         ; preds = %endif, %j20.body
  %j20.addr.02028 = phi i64 [ %j20.next, %j20.body ], [ 0, %endif ]
  %991 = getelementptr inbounds float, ptr %Bk, i64 %j20.addr.02028
  %992 = getelementptr inbounds i8, ptr %991, i64 9216
  %993 = load <8 x float>, ptr %992, align 4
  %994 = getelementptr inbounds i8, ptr %991, i64 9728
  %995 = load <8 x float>, ptr %994, align 4
  %996 = getelementptr inbounds i8, ptr %991, i64 9344
  %997 = load <8 x float>, ptr %996, align 4
  %998 = getelementptr inbounds i8, ptr %991, i64 9856
  %999 = load <8 x float>, ptr %998, align 4
  %1000 = getelementptr inbounds i8, ptr %991, i64 9472
  %1001 = load <8 x float>, ptr %1000, align 4
  %1002 = getelementptr inbounds i8, ptr %991, i64 9984
  %1003 = load <8 x float>, ptr %1002, align 4
  %1004 = getelementptr inbounds i8, ptr %991, i64 9600
  %1005 = load <8 x float>, ptr %1004, align 4
  %1006 = getelementptr inbounds i8, ptr %991, i64 10112
  %1007 = load <8 x float>, ptr %1006, align 4
  %1008 = shufflevector <8 x float> %993, <8 x float> %995, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1009 = shufflevector <8 x float> %1001, <8 x float> %1003, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1010 = shufflevector <8 x float> %997, <8 x float> %999, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1011 = shufflevector <8 x float> %1005, <8 x float> %1007, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1012 = shufflevector <8 x float> %993, <8 x float> %995, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1013 = shufflevector <8 x float> %1001, <8 x float> %1003, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1014 = shufflevector <8 x float> %997, <8 x float> %999, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1015 = shufflevector <8 x float> %1005, <8 x float> %1007, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1016 = shufflevector <8 x float> %1008, <8 x float> %1009, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1017 = shufflevector <8 x float> %1010, <8 x float> %1011, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1018 = shufflevector <8 x float> %1008, <8 x float> %1009, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1019 = shufflevector <8 x float> %1010, <8 x float> %1011, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1020 = shufflevector <8 x float> %1012, <8 x float> %1013, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1021 = shufflevector <8 x float> %1014, <8 x float> %1015, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1022 = shufflevector <8 x float> %1012, <8 x float> %1013, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1023 = shufflevector <8 x float> %1014, <8 x float> %1015, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1024 = shufflevector <8 x float> %1016, <8 x float> %1017, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %1025 = mul nuw nsw i64 %j20.addr.02028, 24
  %1026 = getelementptr inbounds float, ptr %KT, i64 %1025
  store <8 x float> %1024, ptr %1026, align 4
  %1027 = shufflevector <8 x float> %1016, <8 x float> %1017, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %1028 = or disjoint i64 %1025, 24
  %gep = getelementptr inbounds float, ptr %KT, i64 %1028
  store <8 x float> %1027, ptr %gep, align 4
  %1029 = shufflevector <8 x float> %1018, <8 x float> %1019, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %1030 = or disjoint i64 %1025, 48
  %gep2027 = getelementptr inbounds float, ptr %KT, i64 %1030
  store <8 x float> %1029, ptr %gep2027, align 4
  %1031 = shufflevector <8 x float> %1018, <8 x float> %1019, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %.idx1968 = mul nuw nsw i64 %j20.addr.02028, 96
  %1032 = getelementptr inbounds i8, ptr %KT, i64 %.idx1968
  %1033 = getelementptr inbounds i8, ptr %1032, i64 288
  store <8 x float> %1031, ptr %1033, align 4
  %1034 = shufflevector <8 x float> %1020, <8 x float> %1021, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %1035 = getelementptr inbounds i8, ptr %1026, i64 384
  store <8 x float> %1034, ptr %1035, align 4
  %1036 = shufflevector <8 x float> %1020, <8 x float> %1021, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %1037 = getelementptr inbounds i8, ptr %1032, i64 480
  store <8 x float> %1036, ptr %1037, align 4
  %1038 = shufflevector <8 x float> %1022, <8 x float> %1023, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %1039 = getelementptr inbounds i8, ptr %1032, i64 576
  store <8 x float> %1038, ptr %1039, align 4
  %1040 = shufflevector <8 x float> %1022, <8 x float> %1023, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %1041 = getelementptr inbounds i8, ptr %1032, i64 672
  store <8 x float> %1040, ptr %1041, align 4
  %j20.next = add nuw nsw i64 %j20.addr.02028, 8
  %1042 = icmp ult i64 %j20.addr.02028, 24
  br i1 %1042, label %j20.body, label %j20.exit

j20.exit:                                         ; preds = %j20.body
  %1043 = load <8 x float>, ptr %51, align 4
  %1044 = load <8 x float>, ptr %52, align 4
  %1045 = load <8 x float>, ptr %53, align 4
  %1046 = load <8 x float>, ptr %54, align 4
  %1047 = load <8 x float>, ptr %55, align 4
  %1048 = load <8 x float>, ptr %56, align 4
  %1049 = load <8 x float>, ptr %57, align 4
  %1050 = load <8 x float>, ptr %58, align 4
  %1051 = shufflevector <8 x float> %1043, <8 x float> %1044, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1052 = shufflevector <8 x float> %1047, <8 x float> %1048, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1053 = shufflevector <8 x float> %1045, <8 x float> %1046, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1054 = shufflevector <8 x float> %1049, <8 x float> %1050, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1055 = shufflevector <8 x float> %1043, <8 x float> %1044, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1056 = shufflevector <8 x float> %1047, <8 x float> %1048, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1057 = shufflevector <8 x float> %1045, <8 x float> %1046, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1058 = shufflevector <8 x float> %1049, <8 x float> %1050, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1059 = shufflevector <8 x float> %1051, <8 x float> %1052, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1060 = shufflevector <8 x float> %1053, <8 x float> %1054, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1061 = shufflevector <8 x float> %1051, <8 x float> %1052, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1062 = shufflevector <8 x float> %1053, <8 x float> %1054, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1063 = shufflevector <8 x float> %1055, <8 x float> %1056, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1064 = shufflevector <8 x float> %1057, <8 x float> %1058, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1065 = shufflevector <8 x float> %1055, <8 x float> %1056, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1066 = shufflevector <8 x float> %1057, <8 x float> %1058, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1067 = shufflevector <8 x float> %1059, <8 x float> %1060, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1067, ptr %invariant.gep.1, align 4
  %1068 = shufflevector <8 x float> %1059, <8 x float> %1060, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1068, ptr %gep.1, align 4
  %1069 = shufflevector <8 x float> %1061, <8 x float> %1062, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1069, ptr %gep2027.1, align 4
  %1070 = shufflevector <8 x float> %1061, <8 x float> %1062, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1070, ptr %59, align 4
  %1071 = shufflevector <8 x float> %1063, <8 x float> %1064, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1071, ptr %60, align 4
  %1072 = shufflevector <8 x float> %1063, <8 x float> %1064, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1072, ptr %61, align 4
  %1073 = shufflevector <8 x float> %1065, <8 x float> %1066, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1073, ptr %62, align 4
  %1074 = shufflevector <8 x float> %1065, <8 x float> %1066, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1074, ptr %63, align 4
  %1075 = load <8 x float>, ptr %64, align 4
  %1076 = load <8 x float>, ptr %65, align 4
  %1077 = load <8 x float>, ptr %66, align 4
  %1078 = load <8 x float>, ptr %67, align 4
  %1079 = load <8 x float>, ptr %68, align 4
  %1080 = load <8 x float>, ptr %69, align 4
  %1081 = load <8 x float>, ptr %70, align 4
  %1082 = load <8 x float>, ptr %71, align 4
  %1083 = shufflevector <8 x float> %1075, <8 x float> %1076, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1084 = shufflevector <8 x float> %1079, <8 x float> %1080, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1085 = shufflevector <8 x float> %1077, <8 x float> %1078, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1086 = shufflevector <8 x float> %1081, <8 x float> %1082, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1087 = shufflevector <8 x float> %1075, <8 x float> %1076, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1088 = shufflevector <8 x float> %1079, <8 x float> %1080, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1089 = shufflevector <8 x float> %1077, <8 x float> %1078, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1090 = shufflevector <8 x float> %1081, <8 x float> %1082, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1091 = shufflevector <8 x float> %1083, <8 x float> %1084, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1092 = shufflevector <8 x float> %1085, <8 x float> %1086, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1093 = shufflevector <8 x float> %1083, <8 x float> %1084, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1094 = shufflevector <8 x float> %1085, <8 x float> %1086, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1095 = shufflevector <8 x float> %1087, <8 x float> %1088, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1096 = shufflevector <8 x float> %1089, <8 x float> %1090, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1097 = shufflevector <8 x float> %1087, <8 x float> %1088, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1098 = shufflevector <8 x float> %1089, <8 x float> %1090, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1099 = shufflevector <8 x float> %1091, <8 x float> %1092, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1099, ptr %72, align 4
  %1100 = shufflevector <8 x float> %1091, <8 x float> %1092, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1100, ptr %gep.1.1, align 4
  %1101 = shufflevector <8 x float> %1093, <8 x float> %1094, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1101, ptr %gep2027.1.1, align 4
  %1102 = shufflevector <8 x float> %1093, <8 x float> %1094, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1102, ptr %73, align 4
  %1103 = shufflevector <8 x float> %1095, <8 x float> %1096, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1103, ptr %74, align 4
  %1104 = shufflevector <8 x float> %1095, <8 x float> %1096, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1104, ptr %75, align 4
  %1105 = shufflevector <8 x float> %1097, <8 x float> %1098, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1105, ptr %76, align 4
  %1106 = shufflevector <8 x float> %1097, <8 x float> %1098, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1106, ptr %77, align 4
  %1107 = load <8 x float>, ptr %78, align 4
  %1108 = load <8 x float>, ptr %79, align 4
  %1109 = load <8 x float>, ptr %80, align 4
  %1110 = load <8 x float>, ptr %81, align 4
  %1111 = load <8 x float>, ptr %82, align 4
  %1112 = load <8 x float>, ptr %83, align 4
  %1113 = load <8 x float>, ptr %84, align 4
  %1114 = load <8 x float>, ptr %85, align 4
  %1115 = shufflevector <8 x float> %1107, <8 x float> %1108, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1116 = shufflevector <8 x float> %1111, <8 x float> %1112, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1117 = shufflevector <8 x float> %1109, <8 x float> %1110, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1118 = shufflevector <8 x float> %1113, <8 x float> %1114, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1119 = shufflevector <8 x float> %1107, <8 x float> %1108, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1120 = shufflevector <8 x float> %1111, <8 x float> %1112, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1121 = shufflevector <8 x float> %1109, <8 x float> %1110, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1122 = shufflevector <8 x float> %1113, <8 x float> %1114, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1123 = shufflevector <8 x float> %1115, <8 x float> %1116, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1124 = shufflevector <8 x float> %1117, <8 x float> %1118, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1125 = shufflevector <8 x float> %1115, <8 x float> %1116, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1126 = shufflevector <8 x float> %1117, <8 x float> %1118, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1127 = shufflevector <8 x float> %1119, <8 x float> %1120, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1128 = shufflevector <8 x float> %1121, <8 x float> %1122, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1129 = shufflevector <8 x float> %1119, <8 x float> %1120, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1130 = shufflevector <8 x float> %1121, <8 x float> %1122, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1131 = shufflevector <8 x float> %1123, <8 x float> %1124, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1131, ptr %86, align 4
  %1132 = shufflevector <8 x float> %1123, <8 x float> %1124, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1132, ptr %gep.1.2, align 4
  %1133 = shufflevector <8 x float> %1125, <8 x float> %1126, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1133, ptr %gep2027.1.2, align 4
  %1134 = shufflevector <8 x float> %1125, <8 x float> %1126, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1134, ptr %87, align 4
  %1135 = shufflevector <8 x float> %1127, <8 x float> %1128, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1135, ptr %88, align 4
  %1136 = shufflevector <8 x float> %1127, <8 x float> %1128, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1136, ptr %89, align 4
  %1137 = shufflevector <8 x float> %1129, <8 x float> %1130, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1137, ptr %90, align 4
  %1138 = shufflevector <8 x float> %1129, <8 x float> %1130, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1138, ptr %91, align 4
  %1139 = load <8 x float>, ptr %92, align 4
  %1140 = load <8 x float>, ptr %93, align 4
  %1141 = load <8 x float>, ptr %94, align 4
  %1142 = load <8 x float>, ptr %95, align 4
  %1143 = load <8 x float>, ptr %96, align 4
  %1144 = load <8 x float>, ptr %97, align 4
  %1145 = load <8 x float>, ptr %98, align 4
  %1146 = load <8 x float>, ptr %99, align 4
  %1147 = shufflevector <8 x float> %1139, <8 x float> %1140, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1148 = shufflevector <8 x float> %1143, <8 x float> %1144, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1149 = shufflevector <8 x float> %1141, <8 x float> %1142, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1150 = shufflevector <8 x float> %1145, <8 x float> %1146, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1151 = shufflevector <8 x float> %1139, <8 x float> %1140, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1152 = shufflevector <8 x float> %1143, <8 x float> %1144, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1153 = shufflevector <8 x float> %1141, <8 x float> %1142, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1154 = shufflevector <8 x float> %1145, <8 x float> %1146, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1155 = shufflevector <8 x float> %1147, <8 x float> %1148, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1156 = shufflevector <8 x float> %1149, <8 x float> %1150, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1157 = shufflevector <8 x float> %1147, <8 x float> %1148, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1158 = shufflevector <8 x float> %1149, <8 x float> %1150, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1159 = shufflevector <8 x float> %1151, <8 x float> %1152, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1160 = shufflevector <8 x float> %1153, <8 x float> %1154, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1161 = shufflevector <8 x float> %1151, <8 x float> %1152, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1162 = shufflevector <8 x float> %1153, <8 x float> %1154, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1163 = shufflevector <8 x float> %1155, <8 x float> %1156, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1163, ptr %100, align 4
  %1164 = shufflevector <8 x float> %1155, <8 x float> %1156, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1164, ptr %gep.1.3, align 4
  %1165 = shufflevector <8 x float> %1157, <8 x float> %1158, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1165, ptr %gep2027.1.3, align 4
  %1166 = shufflevector <8 x float> %1157, <8 x float> %1158, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1166, ptr %101, align 4
  %1167 = shufflevector <8 x float> %1159, <8 x float> %1160, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1167, ptr %102, align 4
  %1168 = shufflevector <8 x float> %1159, <8 x float> %1160, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1168, ptr %103, align 4
  %1169 = shufflevector <8 x float> %1161, <8 x float> %1162, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1169, ptr %104, align 4
  %1170 = shufflevector <8 x float> %1161, <8 x float> %1162, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1170, ptr %105, align 4
  %1171 = load <8 x float>, ptr %106, align 4
  %1172 = load <8 x float>, ptr %107, align 4
  %1173 = load <8 x float>, ptr %108, align 4
  %1174 = load <8 x float>, ptr %109, align 4
  %1175 = load <8 x float>, ptr %110, align 4
  %1176 = load <8 x float>, ptr %111, align 4
  %1177 = load <8 x float>, ptr %112, align 4
  %1178 = load <8 x float>, ptr %113, align 4
  %1179 = shufflevector <8 x float> %1171, <8 x float> %1172, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1180 = shufflevector <8 x float> %1175, <8 x float> %1176, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1181 = shufflevector <8 x float> %1173, <8 x float> %1174, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1182 = shufflevector <8 x float> %1177, <8 x float> %1178, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1183 = shufflevector <8 x float> %1171, <8 x float> %1172, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1184 = shufflevector <8 x float> %1175, <8 x float> %1176, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1185 = shufflevector <8 x float> %1173, <8 x float> %1174, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1186 = shufflevector <8 x float> %1177, <8 x float> %1178, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1187 = shufflevector <8 x float> %1179, <8 x float> %1180, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1188 = shufflevector <8 x float> %1181, <8 x float> %1182, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1189 = shufflevector <8 x float> %1179, <8 x float> %1180, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1190 = shufflevector <8 x float> %1181, <8 x float> %1182, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1191 = shufflevector <8 x float> %1183, <8 x float> %1184, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1192 = shufflevector <8 x float> %1185, <8 x float> %1186, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1193 = shufflevector <8 x float> %1183, <8 x float> %1184, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1194 = shufflevector <8 x float> %1185, <8 x float> %1186, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1195 = shufflevector <8 x float> %1187, <8 x float> %1188, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1195, ptr %invariant.gep.2, align 4
  %1196 = shufflevector <8 x float> %1187, <8 x float> %1188, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1196, ptr %gep.2, align 4
  %1197 = shufflevector <8 x float> %1189, <8 x float> %1190, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1197, ptr %gep2027.2, align 4
  %1198 = shufflevector <8 x float> %1189, <8 x float> %1190, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1198, ptr %114, align 4
  %1199 = shufflevector <8 x float> %1191, <8 x float> %1192, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1199, ptr %115, align 4
  %1200 = shufflevector <8 x float> %1191, <8 x float> %1192, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1200, ptr %116, align 4
  %1201 = shufflevector <8 x float> %1193, <8 x float> %1194, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1201, ptr %117, align 4
  %1202 = shufflevector <8 x float> %1193, <8 x float> %1194, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1202, ptr %118, align 4
  %1203 = load <8 x float>, ptr %119, align 4
  %1204 = load <8 x float>, ptr %120, align 4
  %1205 = load <8 x float>, ptr %121, align 4
  %1206 = load <8 x float>, ptr %122, align 4
  %1207 = load <8 x float>, ptr %123, align 4
  %1208 = load <8 x float>, ptr %124, align 4
  %1209 = load <8 x float>, ptr %125, align 4
  %1210 = load <8 x float>, ptr %126, align 4
  %1211 = shufflevector <8 x float> %1203, <8 x float> %1204, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1212 = shufflevector <8 x float> %1207, <8 x float> %1208, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1213 = shufflevector <8 x float> %1205, <8 x float> %1206, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1214 = shufflevector <8 x float> %1209, <8 x float> %1210, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1215 = shufflevector <8 x float> %1203, <8 x float> %1204, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1216 = shufflevector <8 x float> %1207, <8 x float> %1208, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1217 = shufflevector <8 x float> %1205, <8 x float> %1206, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1218 = shufflevector <8 x float> %1209, <8 x float> %1210, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1219 = shufflevector <8 x float> %1211, <8 x float> %1212, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1220 = shufflevector <8 x float> %1213, <8 x float> %1214, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1221 = shufflevector <8 x float> %1211, <8 x float> %1212, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1222 = shufflevector <8 x float> %1213, <8 x float> %1214, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1223 = shufflevector <8 x float> %1215, <8 x float> %1216, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1224 = shufflevector <8 x float> %1217, <8 x float> %1218, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1225 = shufflevector <8 x float> %1215, <8 x float> %1216, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1226 = shufflevector <8 x float> %1217, <8 x float> %1218, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1227 = shufflevector <8 x float> %1219, <8 x float> %1220, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1227, ptr %127, align 4
  %1228 = shufflevector <8 x float> %1219, <8 x float> %1220, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1228, ptr %gep.2.1, align 4
  %1229 = shufflevector <8 x float> %1221, <8 x float> %1222, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1229, ptr %gep2027.2.1, align 4
  %1230 = shufflevector <8 x float> %1221, <8 x float> %1222, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1230, ptr %128, align 4
  %1231 = shufflevector <8 x float> %1223, <8 x float> %1224, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1231, ptr %129, align 4
  %1232 = shufflevector <8 x float> %1223, <8 x float> %1224, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1232, ptr %130, align 4
  %1233 = shufflevector <8 x float> %1225, <8 x float> %1226, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1233, ptr %131, align 4
  %1234 = shufflevector <8 x float> %1225, <8 x float> %1226, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1234, ptr %132, align 4
  %1235 = load <8 x float>, ptr %133, align 4
  %1236 = load <8 x float>, ptr %134, align 4
  %1237 = load <8 x float>, ptr %135, align 4
  %1238 = load <8 x float>, ptr %136, align 4
  %1239 = load <8 x float>, ptr %137, align 4
  %1240 = load <8 x float>, ptr %138, align 4
  %1241 = load <8 x float>, ptr %139, align 4
  %1242 = load <8 x float>, ptr %140, align 4
  %1243 = shufflevector <8 x float> %1235, <8 x float> %1236, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1244 = shufflevector <8 x float> %1239, <8 x float> %1240, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1245 = shufflevector <8 x float> %1237, <8 x float> %1238, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1246 = shufflevector <8 x float> %1241, <8 x float> %1242, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1247 = shufflevector <8 x float> %1235, <8 x float> %1236, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1248 = shufflevector <8 x float> %1239, <8 x float> %1240, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1249 = shufflevector <8 x float> %1237, <8 x float> %1238, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1250 = shufflevector <8 x float> %1241, <8 x float> %1242, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1251 = shufflevector <8 x float> %1243, <8 x float> %1244, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1252 = shufflevector <8 x float> %1245, <8 x float> %1246, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1253 = shufflevector <8 x float> %1243, <8 x float> %1244, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1254 = shufflevector <8 x float> %1245, <8 x float> %1246, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1255 = shufflevector <8 x float> %1247, <8 x float> %1248, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1256 = shufflevector <8 x float> %1249, <8 x float> %1250, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1257 = shufflevector <8 x float> %1247, <8 x float> %1248, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1258 = shufflevector <8 x float> %1249, <8 x float> %1250, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1259 = shufflevector <8 x float> %1251, <8 x float> %1252, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1259, ptr %141, align 4
  %1260 = shufflevector <8 x float> %1251, <8 x float> %1252, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1260, ptr %gep.2.2, align 4
  %1261 = shufflevector <8 x float> %1253, <8 x float> %1254, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1261, ptr %gep2027.2.2, align 4
  %1262 = shufflevector <8 x float> %1253, <8 x float> %1254, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1262, ptr %142, align 4
  %1263 = shufflevector <8 x float> %1255, <8 x float> %1256, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1263, ptr %143, align 4
  %1264 = shufflevector <8 x float> %1255, <8 x float> %1256, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1264, ptr %144, align 4
  %1265 = shufflevector <8 x float> %1257, <8 x float> %1258, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1265, ptr %145, align 4
  %1266 = shufflevector <8 x float> %1257, <8 x float> %1258, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1266, ptr %146, align 4
  %1267 = load <8 x float>, ptr %147, align 4
  %1268 = load <8 x float>, ptr %148, align 4
  %1269 = load <8 x float>, ptr %149, align 4
  %1270 = load <8 x float>, ptr %150, align 4
  %1271 = load <8 x float>, ptr %151, align 4
  %1272 = load <8 x float>, ptr %152, align 4
  %1273 = load <8 x float>, ptr %153, align 4
  %1274 = load <8 x float>, ptr %154, align 4
  %1275 = shufflevector <8 x float> %1267, <8 x float> %1268, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1276 = shufflevector <8 x float> %1271, <8 x float> %1272, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1277 = shufflevector <8 x float> %1269, <8 x float> %1270, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1278 = shufflevector <8 x float> %1273, <8 x float> %1274, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1279 = shufflevector <8 x float> %1267, <8 x float> %1268, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1280 = shufflevector <8 x float> %1271, <8 x float> %1272, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1281 = shufflevector <8 x float> %1269, <8 x float> %1270, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1282 = shufflevector <8 x float> %1273, <8 x float> %1274, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1283 = shufflevector <8 x float> %1275, <8 x float> %1276, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1284 = shufflevector <8 x float> %1277, <8 x float> %1278, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1285 = shufflevector <8 x float> %1275, <8 x float> %1276, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1286 = shufflevector <8 x float> %1277, <8 x float> %1278, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1287 = shufflevector <8 x float> %1279, <8 x float> %1280, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1288 = shufflevector <8 x float> %1281, <8 x float> %1282, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1289 = shufflevector <8 x float> %1279, <8 x float> %1280, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1290 = shufflevector <8 x float> %1281, <8 x float> %1282, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1291 = shufflevector <8 x float> %1283, <8 x float> %1284, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1291, ptr %155, align 4
  %1292 = shufflevector <8 x float> %1283, <8 x float> %1284, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1292, ptr %gep.2.3, align 4
  %1293 = shufflevector <8 x float> %1285, <8 x float> %1286, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1293, ptr %gep2027.2.3, align 4
  %1294 = shufflevector <8 x float> %1285, <8 x float> %1286, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1294, ptr %156, align 4
  %1295 = shufflevector <8 x float> %1287, <8 x float> %1288, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1295, ptr %157, align 4
  %1296 = shufflevector <8 x float> %1287, <8 x float> %1288, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1296, ptr %158, align 4
  %1297 = shufflevector <8 x float> %1289, <8 x float> %1290, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1297, ptr %159, align 4
  %1298 = shufflevector <8 x float> %1289, <8 x float> %1290, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1298, ptr %160, align 4
  %1299 = load <8 x float>, ptr %161, align 4
  %1300 = load <8 x float>, ptr %162, align 4
  %1301 = load <8 x float>, ptr %163, align 4
  %1302 = load <8 x float>, ptr %164, align 4
  %1303 = load <8 x float>, ptr %165, align 4
  %1304 = load <8 x float>, ptr %166, align 4
  %1305 = load <8 x float>, ptr %167, align 4
  %1306 = load <8 x float>, ptr %168, align 4
  %1307 = shufflevector <8 x float> %1299, <8 x float> %1300, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1308 = shufflevector <8 x float> %1303, <8 x float> %1304, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1309 = shufflevector <8 x float> %1301, <8 x float> %1302, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1310 = shufflevector <8 x float> %1305, <8 x float> %1306, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1311 = shufflevector <8 x float> %1299, <8 x float> %1300, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1312 = shufflevector <8 x float> %1303, <8 x float> %1304, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1313 = shufflevector <8 x float> %1301, <8 x float> %1302, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1314 = shufflevector <8 x float> %1305, <8 x float> %1306, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1315 = shufflevector <8 x float> %1307, <8 x float> %1308, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1316 = shufflevector <8 x float> %1309, <8 x float> %1310, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1317 = shufflevector <8 x float> %1307, <8 x float> %1308, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1318 = shufflevector <8 x float> %1309, <8 x float> %1310, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1319 = shufflevector <8 x float> %1311, <8 x float> %1312, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1320 = shufflevector <8 x float> %1313, <8 x float> %1314, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1321 = shufflevector <8 x float> %1311, <8 x float> %1312, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1322 = shufflevector <8 x float> %1313, <8 x float> %1314, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1323 = shufflevector <8 x float> %1315, <8 x float> %1316, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1323, ptr %QcT, align 4
  %1324 = shufflevector <8 x float> %1315, <8 x float> %1316, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1324, ptr %169, align 4
  %1325 = shufflevector <8 x float> %1317, <8 x float> %1318, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1325, ptr %170, align 4
  %1326 = shufflevector <8 x float> %1317, <8 x float> %1318, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1326, ptr %171, align 4
  %1327 = shufflevector <8 x float> %1319, <8 x float> %1320, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1327, ptr %172, align 4
  %1328 = shufflevector <8 x float> %1319, <8 x float> %1320, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1328, ptr %173, align 4
  %1329 = shufflevector <8 x float> %1321, <8 x float> %1322, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1329, ptr %174, align 4
  %1330 = shufflevector <8 x float> %1321, <8 x float> %1322, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1330, ptr %175, align 4
  %1331 = load <8 x float>, ptr %176, align 4
  %1332 = load <8 x float>, ptr %177, align 4
  %1333 = load <8 x float>, ptr %178, align 4
  %1334 = load <8 x float>, ptr %179, align 4
  %1335 = load <8 x float>, ptr %180, align 4
  %1336 = load <8 x float>, ptr %181, align 4
  %1337 = load <8 x float>, ptr %182, align 4
  %1338 = load <8 x float>, ptr %183, align 4
  %1339 = shufflevector <8 x float> %1331, <8 x float> %1332, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1340 = shufflevector <8 x float> %1335, <8 x float> %1336, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1341 = shufflevector <8 x float> %1333, <8 x float> %1334, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1342 = shufflevector <8 x float> %1337, <8 x float> %1338, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1343 = shufflevector <8 x float> %1331, <8 x float> %1332, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1344 = shufflevector <8 x float> %1335, <8 x float> %1336, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1345 = shufflevector <8 x float> %1333, <8 x float> %1334, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1346 = shufflevector <8 x float> %1337, <8 x float> %1338, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1347 = shufflevector <8 x float> %1339, <8 x float> %1340, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1348 = shufflevector <8 x float> %1341, <8 x float> %1342, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1349 = shufflevector <8 x float> %1339, <8 x float> %1340, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1350 = shufflevector <8 x float> %1341, <8 x float> %1342, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1351 = shufflevector <8 x float> %1343, <8 x float> %1344, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1352 = shufflevector <8 x float> %1345, <8 x float> %1346, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1353 = shufflevector <8 x float> %1343, <8 x float> %1344, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1354 = shufflevector <8 x float> %1345, <8 x float> %1346, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1355 = shufflevector <8 x float> %1347, <8 x float> %1348, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1355, ptr %184, align 4
  %1356 = shufflevector <8 x float> %1347, <8 x float> %1348, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1356, ptr %185, align 4
  %1357 = shufflevector <8 x float> %1349, <8 x float> %1350, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1357, ptr %186, align 4
  %1358 = shufflevector <8 x float> %1349, <8 x float> %1350, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1358, ptr %187, align 4
  %1359 = shufflevector <8 x float> %1351, <8 x float> %1352, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1359, ptr %188, align 4
  %1360 = shufflevector <8 x float> %1351, <8 x float> %1352, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1360, ptr %189, align 4
  %1361 = shufflevector <8 x float> %1353, <8 x float> %1354, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1361, ptr %190, align 4
  %1362 = shufflevector <8 x float> %1353, <8 x float> %1354, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1362, ptr %191, align 4
  %1363 = load <8 x float>, ptr %192, align 4
  %1364 = load <8 x float>, ptr %193, align 4
  %1365 = load <8 x float>, ptr %194, align 4
  %1366 = load <8 x float>, ptr %195, align 4
  %1367 = load <8 x float>, ptr %196, align 4
  %1368 = load <8 x float>, ptr %197, align 4
  %1369 = load <8 x float>, ptr %198, align 4
  %1370 = load <8 x float>, ptr %199, align 4
  %1371 = shufflevector <8 x float> %1363, <8 x float> %1364, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1372 = shufflevector <8 x float> %1367, <8 x float> %1368, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1373 = shufflevector <8 x float> %1365, <8 x float> %1366, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1374 = shufflevector <8 x float> %1369, <8 x float> %1370, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1375 = shufflevector <8 x float> %1363, <8 x float> %1364, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1376 = shufflevector <8 x float> %1367, <8 x float> %1368, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1377 = shufflevector <8 x float> %1365, <8 x float> %1366, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1378 = shufflevector <8 x float> %1369, <8 x float> %1370, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1379 = shufflevector <8 x float> %1371, <8 x float> %1372, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1380 = shufflevector <8 x float> %1373, <8 x float> %1374, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1381 = shufflevector <8 x float> %1371, <8 x float> %1372, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1382 = shufflevector <8 x float> %1373, <8 x float> %1374, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1383 = shufflevector <8 x float> %1375, <8 x float> %1376, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1384 = shufflevector <8 x float> %1377, <8 x float> %1378, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1385 = shufflevector <8 x float> %1375, <8 x float> %1376, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1386 = shufflevector <8 x float> %1377, <8 x float> %1378, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1387 = shufflevector <8 x float> %1379, <8 x float> %1380, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1387, ptr %200, align 4
  %1388 = shufflevector <8 x float> %1379, <8 x float> %1380, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1388, ptr %201, align 4
  %1389 = shufflevector <8 x float> %1381, <8 x float> %1382, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1389, ptr %202, align 4
  %1390 = shufflevector <8 x float> %1381, <8 x float> %1382, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1390, ptr %203, align 4
  %1391 = shufflevector <8 x float> %1383, <8 x float> %1384, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1391, ptr %204, align 4
  %1392 = shufflevector <8 x float> %1383, <8 x float> %1384, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1392, ptr %205, align 4
  %1393 = shufflevector <8 x float> %1385, <8 x float> %1386, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1393, ptr %206, align 4
  %1394 = shufflevector <8 x float> %1385, <8 x float> %1386, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1394, ptr %207, align 4
  %1395 = load <8 x float>, ptr %208, align 4
  %1396 = load <8 x float>, ptr %209, align 4
  %1397 = load <8 x float>, ptr %210, align 4
  %1398 = load <8 x float>, ptr %211, align 4
  %1399 = load <8 x float>, ptr %212, align 4
  %1400 = load <8 x float>, ptr %213, align 4
  %1401 = load <8 x float>, ptr %214, align 4
  %1402 = load <8 x float>, ptr %215, align 4
  %1403 = shufflevector <8 x float> %1395, <8 x float> %1396, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1404 = shufflevector <8 x float> %1399, <8 x float> %1400, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1405 = shufflevector <8 x float> %1397, <8 x float> %1398, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1406 = shufflevector <8 x float> %1401, <8 x float> %1402, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1407 = shufflevector <8 x float> %1395, <8 x float> %1396, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1408 = shufflevector <8 x float> %1399, <8 x float> %1400, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1409 = shufflevector <8 x float> %1397, <8 x float> %1398, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1410 = shufflevector <8 x float> %1401, <8 x float> %1402, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1411 = shufflevector <8 x float> %1403, <8 x float> %1404, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1412 = shufflevector <8 x float> %1405, <8 x float> %1406, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1413 = shufflevector <8 x float> %1403, <8 x float> %1404, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1414 = shufflevector <8 x float> %1405, <8 x float> %1406, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1415 = shufflevector <8 x float> %1407, <8 x float> %1408, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1416 = shufflevector <8 x float> %1409, <8 x float> %1410, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1417 = shufflevector <8 x float> %1407, <8 x float> %1408, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1418 = shufflevector <8 x float> %1409, <8 x float> %1410, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1419 = shufflevector <8 x float> %1411, <8 x float> %1412, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1419, ptr %216, align 4
  %1420 = shufflevector <8 x float> %1411, <8 x float> %1412, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1420, ptr %217, align 4
  %1421 = shufflevector <8 x float> %1413, <8 x float> %1414, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1421, ptr %218, align 4
  %1422 = shufflevector <8 x float> %1413, <8 x float> %1414, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1422, ptr %219, align 4
  %1423 = shufflevector <8 x float> %1415, <8 x float> %1416, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1423, ptr %220, align 4
  %1424 = shufflevector <8 x float> %1415, <8 x float> %1416, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1424, ptr %221, align 4
  %1425 = shufflevector <8 x float> %1417, <8 x float> %1418, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1425, ptr %222, align 4
  %1426 = shufflevector <8 x float> %1417, <8 x float> %1418, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1426, ptr %223, align 4
  %1427 = load <8 x float>, ptr %OY, align 4
  %1428 = load <8 x float>, ptr %224, align 4
  %1429 = load <8 x float>, ptr %225, align 4
  %1430 = load <8 x float>, ptr %226, align 4
  %1431 = load <8 x float>, ptr %227, align 4
  %1432 = load <8 x float>, ptr %228, align 4
  %1433 = load <8 x float>, ptr %229, align 4
  %1434 = load <8 x float>, ptr %230, align 4
  %1435 = shufflevector <8 x float> %1427, <8 x float> %1428, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1436 = shufflevector <8 x float> %1431, <8 x float> %1432, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1437 = shufflevector <8 x float> %1429, <8 x float> %1430, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1438 = shufflevector <8 x float> %1433, <8 x float> %1434, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1439 = shufflevector <8 x float> %1427, <8 x float> %1428, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1440 = shufflevector <8 x float> %1431, <8 x float> %1432, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1441 = shufflevector <8 x float> %1429, <8 x float> %1430, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1442 = shufflevector <8 x float> %1433, <8 x float> %1434, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1443 = shufflevector <8 x float> %1435, <8 x float> %1436, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1444 = shufflevector <8 x float> %1437, <8 x float> %1438, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1445 = shufflevector <8 x float> %1435, <8 x float> %1436, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1446 = shufflevector <8 x float> %1437, <8 x float> %1438, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1447 = shufflevector <8 x float> %1439, <8 x float> %1440, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1448 = shufflevector <8 x float> %1441, <8 x float> %1442, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1449 = shufflevector <8 x float> %1439, <8 x float> %1440, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1450 = shufflevector <8 x float> %1441, <8 x float> %1442, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1451 = shufflevector <8 x float> %1443, <8 x float> %1444, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1451, ptr %dOT, align 4
  %1452 = shufflevector <8 x float> %1443, <8 x float> %1444, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1452, ptr %231, align 4
  %1453 = shufflevector <8 x float> %1445, <8 x float> %1446, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1453, ptr %232, align 4
  %1454 = shufflevector <8 x float> %1445, <8 x float> %1446, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1454, ptr %233, align 4
  %1455 = shufflevector <8 x float> %1447, <8 x float> %1448, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1455, ptr %234, align 4
  %1456 = shufflevector <8 x float> %1447, <8 x float> %1448, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1456, ptr %235, align 4
  %1457 = shufflevector <8 x float> %1449, <8 x float> %1450, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1457, ptr %236, align 4
  %1458 = shufflevector <8 x float> %1449, <8 x float> %1450, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1458, ptr %237, align 4
  %1459 = load <8 x float>, ptr %238, align 4
  %1460 = load <8 x float>, ptr %239, align 4
  %1461 = load <8 x float>, ptr %240, align 4
  %1462 = load <8 x float>, ptr %241, align 4
  %1463 = load <8 x float>, ptr %242, align 4
  %1464 = load <8 x float>, ptr %243, align 4
  %1465 = load <8 x float>, ptr %244, align 4
  %1466 = load <8 x float>, ptr %245, align 4
  %1467 = shufflevector <8 x float> %1459, <8 x float> %1460, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1468 = shufflevector <8 x float> %1463, <8 x float> %1464, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1469 = shufflevector <8 x float> %1461, <8 x float> %1462, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1470 = shufflevector <8 x float> %1465, <8 x float> %1466, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1471 = shufflevector <8 x float> %1459, <8 x float> %1460, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1472 = shufflevector <8 x float> %1463, <8 x float> %1464, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1473 = shufflevector <8 x float> %1461, <8 x float> %1462, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1474 = shufflevector <8 x float> %1465, <8 x float> %1466, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1475 = shufflevector <8 x float> %1467, <8 x float> %1468, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1476 = shufflevector <8 x float> %1469, <8 x float> %1470, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1477 = shufflevector <8 x float> %1467, <8 x float> %1468, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1478 = shufflevector <8 x float> %1469, <8 x float> %1470, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1479 = shufflevector <8 x float> %1471, <8 x float> %1472, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1480 = shufflevector <8 x float> %1473, <8 x float> %1474, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1481 = shufflevector <8 x float> %1471, <8 x float> %1472, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1482 = shufflevector <8 x float> %1473, <8 x float> %1474, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1483 = shufflevector <8 x float> %1475, <8 x float> %1476, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1483, ptr %246, align 4
  %1484 = shufflevector <8 x float> %1475, <8 x float> %1476, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1484, ptr %247, align 4
  %1485 = shufflevector <8 x float> %1477, <8 x float> %1478, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1485, ptr %248, align 4
  %1486 = shufflevector <8 x float> %1477, <8 x float> %1478, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1486, ptr %249, align 4
  %1487 = shufflevector <8 x float> %1479, <8 x float> %1480, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1487, ptr %250, align 4
  %1488 = shufflevector <8 x float> %1479, <8 x float> %1480, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1488, ptr %251, align 4
  %1489 = shufflevector <8 x float> %1481, <8 x float> %1482, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1489, ptr %252, align 4
  %1490 = shufflevector <8 x float> %1481, <8 x float> %1482, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1490, ptr %253, align 4
  %1491 = load <8 x float>, ptr %254, align 4
  %1492 = load <8 x float>, ptr %255, align 4
  %1493 = load <8 x float>, ptr %256, align 4
  %1494 = load <8 x float>, ptr %257, align 4
  %1495 = load <8 x float>, ptr %258, align 4
  %1496 = load <8 x float>, ptr %259, align 4
  %1497 = load <8 x float>, ptr %260, align 4
  %1498 = load <8 x float>, ptr %261, align 4
  %1499 = shufflevector <8 x float> %1491, <8 x float> %1492, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1500 = shufflevector <8 x float> %1495, <8 x float> %1496, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1501 = shufflevector <8 x float> %1493, <8 x float> %1494, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1502 = shufflevector <8 x float> %1497, <8 x float> %1498, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1503 = shufflevector <8 x float> %1491, <8 x float> %1492, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1504 = shufflevector <8 x float> %1495, <8 x float> %1496, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1505 = shufflevector <8 x float> %1493, <8 x float> %1494, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1506 = shufflevector <8 x float> %1497, <8 x float> %1498, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1507 = shufflevector <8 x float> %1499, <8 x float> %1500, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1508 = shufflevector <8 x float> %1501, <8 x float> %1502, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1509 = shufflevector <8 x float> %1499, <8 x float> %1500, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1510 = shufflevector <8 x float> %1501, <8 x float> %1502, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1511 = shufflevector <8 x float> %1503, <8 x float> %1504, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1512 = shufflevector <8 x float> %1505, <8 x float> %1506, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1513 = shufflevector <8 x float> %1503, <8 x float> %1504, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1514 = shufflevector <8 x float> %1505, <8 x float> %1506, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1515 = shufflevector <8 x float> %1507, <8 x float> %1508, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1515, ptr %262, align 4
  %1516 = shufflevector <8 x float> %1507, <8 x float> %1508, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1516, ptr %263, align 4
  %1517 = shufflevector <8 x float> %1509, <8 x float> %1510, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1517, ptr %264, align 4
  %1518 = shufflevector <8 x float> %1509, <8 x float> %1510, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1518, ptr %265, align 4
  %1519 = shufflevector <8 x float> %1511, <8 x float> %1512, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1519, ptr %266, align 4
  %1520 = shufflevector <8 x float> %1511, <8 x float> %1512, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1520, ptr %267, align 4
  %1521 = shufflevector <8 x float> %1513, <8 x float> %1514, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1521, ptr %268, align 4
  %1522 = shufflevector <8 x float> %1513, <8 x float> %1514, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1522, ptr %269, align 4
  %1523 = load <8 x float>, ptr %270, align 4
  %1524 = load <8 x float>, ptr %271, align 4
  %1525 = load <8 x float>, ptr %272, align 4
  %1526 = load <8 x float>, ptr %273, align 4
  %1527 = load <8 x float>, ptr %274, align 4
  %1528 = load <8 x float>, ptr %275, align 4
  %1529 = load <8 x float>, ptr %276, align 4
  %1530 = load <8 x float>, ptr %277, align 4
  %1531 = shufflevector <8 x float> %1523, <8 x float> %1524, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1532 = shufflevector <8 x float> %1527, <8 x float> %1528, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1533 = shufflevector <8 x float> %1525, <8 x float> %1526, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1534 = shufflevector <8 x float> %1529, <8 x float> %1530, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %1535 = shufflevector <8 x float> %1523, <8 x float> %1524, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1536 = shufflevector <8 x float> %1527, <8 x float> %1528, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1537 = shufflevector <8 x float> %1525, <8 x float> %1526, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1538 = shufflevector <8 x float> %1529, <8 x float> %1530, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %1539 = shufflevector <8 x float> %1531, <8 x float> %1532, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1540 = shufflevector <8 x float> %1533, <8 x float> %1534, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1541 = shufflevector <8 x float> %1531, <8 x float> %1532, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1542 = shufflevector <8 x float> %1533, <8 x float> %1534, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1543 = shufflevector <8 x float> %1535, <8 x float> %1536, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1544 = shufflevector <8 x float> %1537, <8 x float> %1538, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %1545 = shufflevector <8 x float> %1535, <8 x float> %1536, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1546 = shufflevector <8 x float> %1537, <8 x float> %1538, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %1547 = shufflevector <8 x float> %1539, <8 x float> %1540, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1547, ptr %278, align 4
  %1548 = shufflevector <8 x float> %1539, <8 x float> %1540, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1548, ptr %279, align 4
  %1549 = shufflevector <8 x float> %1541, <8 x float> %1542, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1549, ptr %280, align 4
  %1550 = shufflevector <8 x float> %1541, <8 x float> %1542, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1550, ptr %281, align 4
  %1551 = shufflevector <8 x float> %1543, <8 x float> %1544, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1551, ptr %282, align 4
  %1552 = shufflevector <8 x float> %1543, <8 x float> %1544, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1552, ptr %283, align 4
  %1553 = shufflevector <8 x float> %1545, <8 x float> %1546, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  store <8 x float> %1553, ptr %284, align 4
  %1554 = shufflevector <8 x float> %1545, <8 x float> %1546, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  store <8 x float> %1554, ptr %285, align 4
  br label %p4.body

p4.body.1:                                        ; preds = %p4.body.1, %p4.exit
  %acc.02042.1 = phi <8 x float> [ zeroinitializer, %p4.exit ], [ %1603, %p4.body.1 ]
  %acc1.02041.1 = phi <8 x float> [ zeroinitializer, %p4.exit ], [ %1608, %p4.body.1 ]
  %acc2.02040.1 = phi <8 x float> [ zeroinitializer, %p4.exit ], [ %1613, %p4.body.1 ]
  %acc3.02039.1 = phi <8 x float> [ zeroinitializer, %p4.exit ], [ %1618, %p4.body.1 ]
  %acc4.02038.1 = phi <8 x float> [ zeroinitializer, %p4.exit ], [ %1623, %p4.body.1 ]
  %acc5.02037.1 = phi <8 x float> [ zeroinitializer, %p4.exit ], [ %1628, %p4.body.1 ]
  %acc6.02036.1 = phi <8 x float> [ zeroinitializer, %p4.exit ], [ %1633, %p4.body.1 ]
  %acc7.02035.1 = phi <8 x float> [ zeroinitializer, %p4.exit ], [ %1638, %p4.body.1 ]
  %p4.addr.02034.1 = phi i64 [ 0, %p4.exit ], [ %p4.next.1.13401, %p4.body.1 ]
  %.idx1965.1 = mul nuw nsw i64 %p4.addr.02034.1, 96
  %gep2033.1 = getelementptr inbounds i8, ptr %KT, i64 %.idx1965.1
  %1555 = load <8 x float>, ptr %gep2033.1, align 4
  %1556 = getelementptr inbounds float, ptr %Bk, i64 %p4.addr.02034.1
  %1557 = getelementptr inbounds i8, ptr %1556, i64 10240
  %1558 = load float, ptr %1557, align 4
  %1559 = insertelement <8 x float> poison, float %1558, i64 0
  %1560 = shufflevector <8 x float> %1559, <8 x float> poison, <8 x i32> zeroinitializer
  %1561 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1560, <8 x float> %1555, <8 x float> %acc.02042.1)
  %1562 = getelementptr inbounds i8, ptr %1556, i64 10368
  %1563 = load float, ptr %1562, align 4
  %1564 = insertelement <8 x float> poison, float %1563, i64 0
  %1565 = shufflevector <8 x float> %1564, <8 x float> poison, <8 x i32> zeroinitializer
  %1566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1565, <8 x float> %1555, <8 x float> %acc1.02041.1)
  %1567 = getelementptr inbounds i8, ptr %1556, i64 10496
  %1568 = load float, ptr %1567, align 4
  %1569 = insertelement <8 x float> poison, float %1568, i64 0
  %1570 = shufflevector <8 x float> %1569, <8 x float> poison, <8 x i32> zeroinitializer
  %1571 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1570, <8 x float> %1555, <8 x float> %acc2.02040.1)
  %1572 = getelementptr inbounds i8, ptr %1556, i64 10624
  %1573 = load float, ptr %1572, align 4
  %1574 = insertelement <8 x float> poison, float %1573, i64 0
  %1575 = shufflevector <8 x float> %1574, <8 x float> poison, <8 x i32> zeroinitializer
  %1576 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1575, <8 x float> %1555, <8 x float> %acc3.02039.1)
  %1577 = getelementptr inbounds i8, ptr %1556, i64 10752
  %1578 = load float, ptr %1577, align 4
  %1579 = insertelement <8 x float> poison, float %1578, i64 0
  %1580 = shufflevector <8 x float> %1579, <8 x float> poison, <8 x i32> zeroinitializer
  %1581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1580, <8 x float> %1555, <8 x float> %acc4.02038.1)
  %1582 = getelementptr inbounds i8, ptr %1556, i64 10880
  %1583 = load float, ptr %1582, align 4
  %1584 = insertelement <8 x float> poison, float %1583, i64 0
  %1585 = shufflevector <8 x float> %1584, <8 x float> poison, <8 x i32> zeroinitializer
  %1586 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1585, <8 x float> %1555, <8 x float> %acc5.02037.1)
  %1587 = getelementptr inbounds i8, ptr %1556, i64 11008
  %1588 = load float, ptr %1587, align 4
  %1589 = insertelement <8 x float> poison, float %1588, i64 0
  %1590 = shufflevector <8 x float> %1589, <8 x float> poison, <8 x i32> zeroinitializer
  %1591 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1590, <8 x float> %1555, <8 x float> %acc6.02036.1)
  %1592 = getelementptr inbounds i8, ptr %1556, i64 11136
  %1593 = load float, ptr %1592, align 4
  %1594 = insertelement <8 x float> poison, float %1593, i64 0
  %1595 = shufflevector <8 x float> %1594, <8 x float> poison, <8 x i32> zeroinitializer
  %1596 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1595, <8 x float> %1555, <8 x float> %acc7.02035.1)
  %p4.next.1 = or disjoint i64 %p4.addr.02034.1, 1
  %.idx1965.1.13399 = mul nuw nsw i64 %p4.next.1, 96
  %gep2033.1.13400 = getelementptr inbounds i8, ptr %KT, i64 %.idx1965.1.13399
  %1597 = load <8 x float>, ptr %gep2033.1.13400, align 4
  %1598 = getelementptr inbounds float, ptr %Bk, i64 %p4.next.1
  %1599 = getelementptr inbounds i8, ptr %1598, i64 10240
  %1600 = load float, ptr %1599, align 4
  %1601 = insertelement <8 x float> poison, float %1600, i64 0
  %1602 = shufflevector <8 x float> %1601, <8 x float> poison, <8 x i32> zeroinitializer
  %1603 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1602, <8 x float> %1597, <8 x float> %1561)
  %1604 = getelementptr inbounds i8, ptr %1598, i64 10368
  %1605 = load float, ptr %1604, align 4
  %1606 = insertelement <8 x float> poison, float %1605, i64 0
  %1607 = shufflevector <8 x float> %1606, <8 x float> poison, <8 x i32> zeroinitializer
  %1608 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1607, <8 x float> %1597, <8 x float> %1566)
  %1609 = getelementptr inbounds i8, ptr %1598, i64 10496
  %1610 = load float, ptr %1609, align 4
  %1611 = insertelement <8 x float> poison, float %1610, i64 0
  %1612 = shufflevector <8 x float> %1611, <8 x float> poison, <8 x i32> zeroinitializer
  %1613 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1612, <8 x float> %1597, <8 x float> %1571)
  %1614 = getelementptr inbounds i8, ptr %1598, i64 10624
  %1615 = load float, ptr %1614, align 4
  %1616 = insertelement <8 x float> poison, float %1615, i64 0
  %1617 = shufflevector <8 x float> %1616, <8 x float> poison, <8 x i32> zeroinitializer
  %1618 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1617, <8 x float> %1597, <8 x float> %1576)
  %1619 = getelementptr inbounds i8, ptr %1598, i64 10752
  %1620 = load float, ptr %1619, align 4
  %1621 = insertelement <8 x float> poison, float %1620, i64 0
  %1622 = shufflevector <8 x float> %1621, <8 x float> poison, <8 x i32> zeroinitializer
  %1623 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1622, <8 x float> %1597, <8 x float> %1581)
  %1624 = getelementptr inbounds i8, ptr %1598, i64 10880
  %1625 = load float, ptr %1624, align 4
  %1626 = insertelement <8 x float> poison, float %1625, i64 0
  %1627 = shufflevector <8 x float> %1626, <8 x float> poison, <8 x i32> zeroinitializer
  %1628 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1627, <8 x float> %1597, <8 x float> %1586)
  %1629 = getelementptr inbounds i8, ptr %1598, i64 11008
  %1630 = load float, ptr %1629, align 4
  %1631 = insertelement <8 x float> poison, float %1630, i64 0
  %1632 = shufflevector <8 x float> %1631, <8 x float> poison, <8 x i32> zeroinitializer
  %1633 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1632, <8 x float> %1597, <8 x float> %1591)
  %1634 = getelementptr inbounds i8, ptr %1598, i64 11136
  %1635 = load float, ptr %1634, align 4
  %1636 = insertelement <8 x float> poison, float %1635, i64 0
  %1637 = shufflevector <8 x float> %1636, <8 x float> poison, <8 x i32> zeroinitializer
  %1638 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1637, <8 x float> %1597, <8 x float> %1596)
  %p4.next.1.13401 = add nuw nsw i64 %p4.addr.02034.1, 2
  %exitcond2502.1.not.1 = icmp eq i64 %p4.next.1.13401, 32
  br i1 %exitcond2502.1.not.1, label %p4.exit.1, label %p4.body.1

p4.exit.1:                                        ; preds = %p4.body.1
  store <8 x float> %1603, ptr %293, align 4
  store <8 x float> %1608, ptr %294, align 4
  store <8 x float> %1613, ptr %295, align 4
  store <8 x float> %1618, ptr %296, align 4
  store <8 x float> %1623, ptr %297, align 4
  store <8 x float> %1628, ptr %298, align 4
  store <8 x float> %1633, ptr %299, align 4
  store <8 x float> %1638, ptr %300, align 4
  br label %p4.body.1.1

p4.body.1.1:                                      ; preds = %p4.body.1.1, %p4.exit.1
  %acc.02042.1.1 = phi <8 x float> [ zeroinitializer, %p4.exit.1 ], [ %1687, %p4.body.1.1 ]
  %acc1.02041.1.1 = phi <8 x float> [ zeroinitializer, %p4.exit.1 ], [ %1692, %p4.body.1.1 ]
  %acc2.02040.1.1 = phi <8 x float> [ zeroinitializer, %p4.exit.1 ], [ %1697, %p4.body.1.1 ]
  %acc3.02039.1.1 = phi <8 x float> [ zeroinitializer, %p4.exit.1 ], [ %1702, %p4.body.1.1 ]
  %acc4.02038.1.1 = phi <8 x float> [ zeroinitializer, %p4.exit.1 ], [ %1707, %p4.body.1.1 ]
  %acc5.02037.1.1 = phi <8 x float> [ zeroinitializer, %p4.exit.1 ], [ %1712, %p4.body.1.1 ]
  %acc6.02036.1.1 = phi <8 x float> [ zeroinitializer, %p4.exit.1 ], [ %1717, %p4.body.1.1 ]
  %acc7.02035.1.1 = phi <8 x float> [ zeroinitializer, %p4.exit.1 ], [ %1722, %p4.body.1.1 ]
  %p4.addr.02034.1.1 = phi i64 [ 0, %p4.exit.1 ], [ %p4.next.1.1.1, %p4.body.1.1 ]
  %.idx1965.1.1 = mul nuw nsw i64 %p4.addr.02034.1.1, 96
  %gep2033.1.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx1965.1.1
  %1639 = load <8 x float>, ptr %gep2033.1.1, align 4
  %1640 = getelementptr inbounds float, ptr %Bk, i64 %p4.addr.02034.1.1
  %1641 = getelementptr inbounds i8, ptr %1640, i64 10240
  %1642 = load float, ptr %1641, align 4
  %1643 = insertelement <8 x float> poison, float %1642, i64 0
  %1644 = shufflevector <8 x float> %1643, <8 x float> poison, <8 x i32> zeroinitializer
  %1645 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1644, <8 x float> %1639, <8 x float> %acc.02042.1.1)
  %1646 = getelementptr inbounds i8, ptr %1640, i64 10368
  %1647 = load float, ptr %1646, align 4
  %1648 = insertelement <8 x float> poison, float %1647, i64 0
  %1649 = shufflevector <8 x float> %1648, <8 x float> poison, <8 x i32> zeroinitializer
  %1650 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1649, <8 x float> %1639, <8 x float> %acc1.02041.1.1)
  %1651 = getelementptr inbounds i8, ptr %1640, i64 10496
  %1652 = load float, ptr %1651, align 4
  %1653 = insertelement <8 x float> poison, float %1652, i64 0
  %1654 = shufflevector <8 x float> %1653, <8 x float> poison, <8 x i32> zeroinitializer
  %1655 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1654, <8 x float> %1639, <8 x float> %acc2.02040.1.1)
  %1656 = getelementptr inbounds i8, ptr %1640, i64 10624
  %1657 = load float, ptr %1656, align 4
  %1658 = insertelement <8 x float> poison, float %1657, i64 0
  %1659 = shufflevector <8 x float> %1658, <8 x float> poison, <8 x i32> zeroinitializer
  %1660 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1659, <8 x float> %1639, <8 x float> %acc3.02039.1.1)
  %1661 = getelementptr inbounds i8, ptr %1640, i64 10752
  %1662 = load float, ptr %1661, align 4
  %1663 = insertelement <8 x float> poison, float %1662, i64 0
  %1664 = shufflevector <8 x float> %1663, <8 x float> poison, <8 x i32> zeroinitializer
  %1665 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1664, <8 x float> %1639, <8 x float> %acc4.02038.1.1)
  %1666 = getelementptr inbounds i8, ptr %1640, i64 10880
  %1667 = load float, ptr %1666, align 4
  %1668 = insertelement <8 x float> poison, float %1667, i64 0
  %1669 = shufflevector <8 x float> %1668, <8 x float> poison, <8 x i32> zeroinitializer
  %1670 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1669, <8 x float> %1639, <8 x float> %acc5.02037.1.1)
  %1671 = getelementptr inbounds i8, ptr %1640, i64 11008
  %1672 = load float, ptr %1671, align 4
  %1673 = insertelement <8 x float> poison, float %1672, i64 0
  %1674 = shufflevector <8 x float> %1673, <8 x float> poison, <8 x i32> zeroinitializer
  %1675 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1674, <8 x float> %1639, <8 x float> %acc6.02036.1.1)
  %1676 = getelementptr inbounds i8, ptr %1640, i64 11136
  %1677 = load float, ptr %1676, align 4
  %1678 = insertelement <8 x float> poison, float %1677, i64 0
  %1679 = shufflevector <8 x float> %1678, <8 x float> poison, <8 x i32> zeroinitializer
  %1680 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1679, <8 x float> %1639, <8 x float> %acc7.02035.1.1)
  %p4.next.1.1 = or disjoint i64 %p4.addr.02034.1.1, 1
  %.idx1965.1.1.1 = mul nuw nsw i64 %p4.next.1.1, 96
  %gep2033.1.1.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx1965.1.1.1
  %1681 = load <8 x float>, ptr %gep2033.1.1.1, align 4
  %1682 = getelementptr inbounds float, ptr %Bk, i64 %p4.next.1.1
  %1683 = getelementptr inbounds i8, ptr %1682, i64 10240
  %1684 = load float, ptr %1683, align 4
  %1685 = insertelement <8 x float> poison, float %1684, i64 0
  %1686 = shufflevector <8 x float> %1685, <8 x float> poison, <8 x i32> zeroinitializer
  %1687 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1686, <8 x float> %1681, <8 x float> %1645)
  %1688 = getelementptr inbounds i8, ptr %1682, i64 10368
  %1689 = load float, ptr %1688, align 4
  %1690 = insertelement <8 x float> poison, float %1689, i64 0
  %1691 = shufflevector <8 x float> %1690, <8 x float> poison, <8 x i32> zeroinitializer
  %1692 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1691, <8 x float> %1681, <8 x float> %1650)
  %1693 = getelementptr inbounds i8, ptr %1682, i64 10496
  %1694 = load float, ptr %1693, align 4
  %1695 = insertelement <8 x float> poison, float %1694, i64 0
  %1696 = shufflevector <8 x float> %1695, <8 x float> poison, <8 x i32> zeroinitializer
  %1697 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1696, <8 x float> %1681, <8 x float> %1655)
  %1698 = getelementptr inbounds i8, ptr %1682, i64 10624
  %1699 = load float, ptr %1698, align 4
  %1700 = insertelement <8 x float> poison, float %1699, i64 0
  %1701 = shufflevector <8 x float> %1700, <8 x float> poison, <8 x i32> zeroinitializer
  %1702 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1701, <8 x float> %1681, <8 x float> %1660)
  %1703 = getelementptr inbounds i8, ptr %1682, i64 10752
  %1704 = load float, ptr %1703, align 4
  %1705 = insertelement <8 x float> poison, float %1704, i64 0
  %1706 = shufflevector <8 x float> %1705, <8 x float> poison, <8 x i32> zeroinitializer
  %1707 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1706, <8 x float> %1681, <8 x float> %1665)
  %1708 = getelementptr inbounds i8, ptr %1682, i64 10880
  %1709 = load float, ptr %1708, align 4
  %1710 = insertelement <8 x float> poison, float %1709, i64 0
  %1711 = shufflevector <8 x float> %1710, <8 x float> poison, <8 x i32> zeroinitializer
  %1712 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1711, <8 x float> %1681, <8 x float> %1670)
  %1713 = getelementptr inbounds i8, ptr %1682, i64 11008
  %1714 = load float, ptr %1713, align 4
  %1715 = insertelement <8 x float> poison, float %1714, i64 0
  %1716 = shufflevector <8 x float> %1715, <8 x float> poison, <8 x i32> zeroinitializer
  %1717 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1716, <8 x float> %1681, <8 x float> %1675)
  %1718 = getelementptr inbounds i8, ptr %1682, i64 11136
  %1719 = load float, ptr %1718, align 4
  %1720 = insertelement <8 x float> poison, float %1719, i64 0
  %1721 = shufflevector <8 x float> %1720, <8 x float> poison, <8 x i32> zeroinitializer
  %1722 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1721, <8 x float> %1681, <8 x float> %1680)
  %p4.next.1.1.1 = add nuw nsw i64 %p4.addr.02034.1.1, 2
  %exitcond2502.1.1.not.1 = icmp eq i64 %p4.next.1.1.1, 32
  br i1 %exitcond2502.1.1.not.1, label %p4.exit.1.1, label %p4.body.1.1

p4.exit.1.1:                                      ; preds = %p4.body.1.1
  store <8 x float> %1687, ptr %301, align 4
  store <8 x float> %1692, ptr %302, align 4
  store <8 x float> %1697, ptr %303, align 4
  store <8 x float> %1702, ptr %304, align 4
  store <8 x float> %1707, ptr %305, align 4
  store <8 x float> %1712, ptr %306, align 4
  store <8 x float> %1717, ptr %307, align 4
  store <8 x float> %1722, ptr %308, align 4
  br label %p4.body.2

p4.body.2:                                        ; preds = %p4.body.2, %p4.exit.1.1
  %acc.02042.2 = phi <8 x float> [ zeroinitializer, %p4.exit.1.1 ], [ %1771, %p4.body.2 ]
  %acc1.02041.2 = phi <8 x float> [ zeroinitializer, %p4.exit.1.1 ], [ %1776, %p4.body.2 ]
  %acc2.02040.2 = phi <8 x float> [ zeroinitializer, %p4.exit.1.1 ], [ %1781, %p4.body.2 ]
  %acc3.02039.2 = phi <8 x float> [ zeroinitializer, %p4.exit.1.1 ], [ %1786, %p4.body.2 ]
  %acc4.02038.2 = phi <8 x float> [ zeroinitializer, %p4.exit.1.1 ], [ %1791, %p4.body.2 ]
  %acc5.02037.2 = phi <8 x float> [ zeroinitializer, %p4.exit.1.1 ], [ %1796, %p4.body.2 ]
  %acc6.02036.2 = phi <8 x float> [ zeroinitializer, %p4.exit.1.1 ], [ %1801, %p4.body.2 ]
  %acc7.02035.2 = phi <8 x float> [ zeroinitializer, %p4.exit.1.1 ], [ %1806, %p4.body.2 ]
  %p4.addr.02034.2 = phi i64 [ 0, %p4.exit.1.1 ], [ %p4.next.2.13414, %p4.body.2 ]
  %.idx1965.2 = mul nuw nsw i64 %p4.addr.02034.2, 96
  %gep2033.2 = getelementptr inbounds i8, ptr %KT, i64 %.idx1965.2
  %1723 = load <8 x float>, ptr %gep2033.2, align 4
  %1724 = getelementptr inbounds float, ptr %Bk, i64 %p4.addr.02034.2
  %1725 = getelementptr inbounds i8, ptr %1724, i64 11264
  %1726 = load float, ptr %1725, align 4
  %1727 = insertelement <8 x float> poison, float %1726, i64 0
  %1728 = shufflevector <8 x float> %1727, <8 x float> poison, <8 x i32> zeroinitializer
  %1729 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1728, <8 x float> %1723, <8 x float> %acc.02042.2)
  %1730 = getelementptr inbounds i8, ptr %1724, i64 11392
  %1731 = load float, ptr %1730, align 4
  %1732 = insertelement <8 x float> poison, float %1731, i64 0
  %1733 = shufflevector <8 x float> %1732, <8 x float> poison, <8 x i32> zeroinitializer
  %1734 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1733, <8 x float> %1723, <8 x float> %acc1.02041.2)
  %1735 = getelementptr inbounds i8, ptr %1724, i64 11520
  %1736 = load float, ptr %1735, align 4
  %1737 = insertelement <8 x float> poison, float %1736, i64 0
  %1738 = shufflevector <8 x float> %1737, <8 x float> poison, <8 x i32> zeroinitializer
  %1739 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1738, <8 x float> %1723, <8 x float> %acc2.02040.2)
  %1740 = getelementptr inbounds i8, ptr %1724, i64 11648
  %1741 = load float, ptr %1740, align 4
  %1742 = insertelement <8 x float> poison, float %1741, i64 0
  %1743 = shufflevector <8 x float> %1742, <8 x float> poison, <8 x i32> zeroinitializer
  %1744 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1743, <8 x float> %1723, <8 x float> %acc3.02039.2)
  %1745 = getelementptr inbounds i8, ptr %1724, i64 11776
  %1746 = load float, ptr %1745, align 4
  %1747 = insertelement <8 x float> poison, float %1746, i64 0
  %1748 = shufflevector <8 x float> %1747, <8 x float> poison, <8 x i32> zeroinitializer
  %1749 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1748, <8 x float> %1723, <8 x float> %acc4.02038.2)
  %1750 = getelementptr inbounds i8, ptr %1724, i64 11904
  %1751 = load float, ptr %1750, align 4
  %1752 = insertelement <8 x float> poison, float %1751, i64 0
  %1753 = shufflevector <8 x float> %1752, <8 x float> poison, <8 x i32> zeroinitializer
  %1754 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1753, <8 x float> %1723, <8 x float> %acc5.02037.2)
  %1755 = getelementptr inbounds i8, ptr %1724, i64 12032
  %1756 = load float, ptr %1755, align 4
  %1757 = insertelement <8 x float> poison, float %1756, i64 0
  %1758 = shufflevector <8 x float> %1757, <8 x float> poison, <8 x i32> zeroinitializer
  %1759 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1758, <8 x float> %1723, <8 x float> %acc6.02036.2)
  %1760 = getelementptr inbounds i8, ptr %1724, i64 12160
  %1761 = load float, ptr %1760, align 4
  %1762 = insertelement <8 x float> poison, float %1761, i64 0
  %1763 = shufflevector <8 x float> %1762, <8 x float> poison, <8 x i32> zeroinitializer
  %1764 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1763, <8 x float> %1723, <8 x float> %acc7.02035.2)
  %p4.next.2 = or disjoint i64 %p4.addr.02034.2, 1
  %.idx1965.2.13412 = mul nuw nsw i64 %p4.next.2, 96
  %gep2033.2.13413 = getelementptr inbounds i8, ptr %KT, i64 %.idx1965.2.13412
  %1765 = load <8 x float>, ptr %gep2033.2.13413, align 4
  %1766 = getelementptr inbounds float, ptr %Bk, i64 %p4.next.2
  %1767 = getelementptr inbounds i8, ptr %1766, i64 11264
  %1768 = load float, ptr %1767, align 4
  %1769 = insertelement <8 x float> poison, float %1768, i64 0
  %1770 = shufflevector <8 x float> %1769, <8 x float> poison, <8 x i32> zeroinitializer
  %1771 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1770, <8 x float> %1765, <8 x float> %1729)
  %1772 = getelementptr inbounds i8, ptr %1766, i64 11392
  %1773 = load float, ptr %1772, align 4
  %1774 = insertelement <8 x float> poison, float %1773, i64 0
  %1775 = shufflevector <8 x float> %1774, <8 x float> poison, <8 x i32> zeroinitializer
  %1776 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1775, <8 x float> %1765, <8 x float> %1734)
  %1777 = getelementptr inbounds i8, ptr %1766, i64 11520
  %1778 = load float, ptr %1777, align 4
  %1779 = insertelement <8 x float> poison, float %1778, i64 0
  %1780 = shufflevector <8 x float> %1779, <8 x float> poison, <8 x i32> zeroinitializer
  %1781 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1780, <8 x float> %1765, <8 x float> %1739)
  %1782 = getelementptr inbounds i8, ptr %1766, i64 11648
  %1783 = load float, ptr %1782, align 4
  %1784 = insertelement <8 x float> poison, float %1783, i64 0
  %1785 = shufflevector <8 x float> %1784, <8 x float> poison, <8 x i32> zeroinitializer
  %1786 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1785, <8 x float> %1765, <8 x float> %1744)
  %1787 = getelementptr inbounds i8, ptr %1766, i64 11776
  %1788 = load float, ptr %1787, align 4
  %1789 = insertelement <8 x float> poison, float %1788, i64 0
  %1790 = shufflevector <8 x float> %1789, <8 x float> poison, <8 x i32> zeroinitializer
  %1791 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1790, <8 x float> %1765, <8 x float> %1749)
  %1792 = getelementptr inbounds i8, ptr %1766, i64 11904
  %1793 = load float, ptr %1792, align 4
  %1794 = insertelement <8 x float> poison, float %1793, i64 0
  %1795 = shufflevector <8 x float> %1794, <8 x float> poison, <8 x i32> zeroinitializer
  %1796 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1795, <8 x float> %1765, <8 x float> %1754)
  %1797 = getelementptr inbounds i8, ptr %1766, i64 12032
  %1798 = load float, ptr %1797, align 4
  %1799 = insertelement <8 x float> poison, float %1798, i64 0
  %1800 = shufflevector <8 x float> %1799, <8 x float> poison, <8 x i32> zeroinitializer
  %1801 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1800, <8 x float> %1765, <8 x float> %1759)
  %1802 = getelementptr inbounds i8, ptr %1766, i64 12160
  %1803 = load float, ptr %1802, align 4
  %1804 = insertelement <8 x float> poison, float %1803, i64 0
  %1805 = shufflevector <8 x float> %1804, <8 x float> poison, <8 x i32> zeroinitializer
  %1806 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1805, <8 x float> %1765, <8 x float> %1764)
  %p4.next.2.13414 = add nuw nsw i64 %p4.addr.02034.2, 2
  %exitcond2502.2.not.1 = icmp eq i64 %p4.next.2.13414, 32
  br i1 %exitcond2502.2.not.1, label %p4.exit.2, label %p4.body.2

p4.exit.2:                                        ; preds = %p4.body.2
  store <8 x float> %1771, ptr %309, align 4
  store <8 x float> %1776, ptr %310, align 4
  store <8 x float> %1781, ptr %311, align 4
  store <8 x float> %1786, ptr %312, align 4
  store <8 x float> %1791, ptr %313, align 4
  store <8 x float> %1796, ptr %314, align 4
  store <8 x float> %1801, ptr %315, align 4
  store <8 x float> %1806, ptr %316, align 4
  br label %p4.body.2.1

p4.body.2.1:                                      ; preds = %p4.body.2.1, %p4.exit.2
  %acc.02042.2.1 = phi <8 x float> [ zeroinitializer, %p4.exit.2 ], [ %1855, %p4.body.2.1 ]
  %acc1.02041.2.1 = phi <8 x float> [ zeroinitializer, %p4.exit.2 ], [ %1860, %p4.body.2.1 ]
  %acc2.02040.2.1 = phi <8 x float> [ zeroinitializer, %p4.exit.2 ], [ %1865, %p4.body.2.1 ]
  %acc3.02039.2.1 = phi <8 x float> [ zeroinitializer, %p4.exit.2 ], [ %1870, %p4.body.2.1 ]
  %acc4.02038.2.1 = phi <8 x float> [ zeroinitializer, %p4.exit.2 ], [ %1875, %p4.body.2.1 ]
  %acc5.02037.2.1 = phi <8 x float> [ zeroinitializer, %p4.exit.2 ], [ %1880, %p4.body.2.1 ]
  %acc6.02036.2.1 = phi <8 x float> [ zeroinitializer, %p4.exit.2 ], [ %1885, %p4.body.2.1 ]
  %acc7.02035.2.1 = phi <8 x float> [ zeroinitializer, %p4.exit.2 ], [ %1890, %p4.body.2.1 ]
  %p4.addr.02034.2.1 = phi i64 [ 0, %p4.exit.2 ], [ %p4.next.2.1.1, %p4.body.2.1 ]
  %.idx1965.2.1 = mul nuw nsw i64 %p4.addr.02034.2.1, 96
  %gep2033.2.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx1965.2.1
  %1807 = load <8 x float>, ptr %gep2033.2.1, align 4
  %1808 = getelementptr inbounds float, ptr %Bk, i64 %p4.addr.02034.2.1
  %1809 = getelementptr inbounds i8, ptr %1808, i64 11264
  %1810 = load float, ptr %1809, align 4
  %1811 = insertelement <8 x float> poison, float %1810, i64 0
  %1812 = shufflevector <8 x float> %1811, <8 x float> poison, <8 x i32> zeroinitializer
  %1813 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1812, <8 x float> %1807, <8 x float> %acc.02042.2.1)
  %1814 = getelementptr inbounds i8, ptr %1808, i64 11392
  %1815 = load float, ptr %1814, align 4
  %1816 = insertelement <8 x float> poison, float %1815, i64 0
  %1817 = shufflevector <8 x float> %1816, <8 x float> poison, <8 x i32> zeroinitializer
  %1818 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1817, <8 x float> %1807, <8 x float> %acc1.02041.2.1)
  %1819 = getelementptr inbounds i8, ptr %1808, i64 11520
  %1820 = load float, ptr %1819, align 4
  %1821 = insertelement <8 x float> poison, float %1820, i64 0
  %1822 = shufflevector <8 x float> %1821, <8 x float> poison, <8 x i32> zeroinitializer
  %1823 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1822, <8 x float> %1807, <8 x float> %acc2.02040.2.1)
  %1824 = getelementptr inbounds i8, ptr %1808, i64 11648
  %1825 = load float, ptr %1824, align 4
  %1826 = insertelement <8 x float> poison, float %1825, i64 0
  %1827 = shufflevector <8 x float> %1826, <8 x float> poison, <8 x i32> zeroinitializer
  %1828 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1827, <8 x float> %1807, <8 x float> %acc3.02039.2.1)
  %1829 = getelementptr inbounds i8, ptr %1808, i64 11776
  %1830 = load float, ptr %1829, align 4
  %1831 = insertelement <8 x float> poison, float %1830, i64 0
  %1832 = shufflevector <8 x float> %1831, <8 x float> poison, <8 x i32> zeroinitializer
  %1833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1832, <8 x float> %1807, <8 x float> %acc4.02038.2.1)
  %1834 = getelementptr inbounds i8, ptr %1808, i64 11904
  %1835 = load float, ptr %1834, align 4
  %1836 = insertelement <8 x float> poison, float %1835, i64 0
  %1837 = shufflevector <8 x float> %1836, <8 x float> poison, <8 x i32> zeroinitializer
  %1838 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1837, <8 x float> %1807, <8 x float> %acc5.02037.2.1)
  %1839 = getelementptr inbounds i8, ptr %1808, i64 12032
  %1840 = load float, ptr %1839, align 4
  %1841 = insertelement <8 x float> poison, float %1840, i64 0
  %1842 = shufflevector <8 x float> %1841, <8 x float> poison, <8 x i32> zeroinitializer
  %1843 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1842, <8 x float> %1807, <8 x float> %acc6.02036.2.1)
  %1844 = getelementptr inbounds i8, ptr %1808, i64 12160
  %1845 = load float, ptr %1844, align 4
  %1846 = insertelement <8 x float> poison, float %1845, i64 0
  %1847 = shufflevector <8 x float> %1846, <8 x float> poison, <8 x i32> zeroinitializer
  %1848 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1847, <8 x float> %1807, <8 x float> %acc7.02035.2.1)
  %p4.next.2.1 = or disjoint i64 %p4.addr.02034.2.1, 1
  %.idx1965.2.1.1 = mul nuw nsw i64 %p4.next.2.1, 96
  %gep2033.2.1.1 = getelementptr inbounds i8, ptr %invariant.gep.1, i64 %.idx1965.2.1.1
  %1849 = load <8 x float>, ptr %gep2033.2.1.1, align 4
  %1850 = getelementptr inbounds float, ptr %Bk, i64 %p4.next.2.1
  %1851 = getelementptr inbounds i8, ptr %1850, i64 11264
  %1852 = load float, ptr %1851, align 4
  %1853 = insertelement <8 x float> poison, float %1852, i64 0
  %1854 = shufflevector <8 x float> %1853, <8 x float> poison, <8 x i32> zeroinitializer
  %1855 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1854, <8 x float> %1849, <8 x float> %1813)
  %1856 = getelementptr inbounds i8, ptr %1850, i64 11392
  %1857 = load float, ptr %1856, align 4
  %1858 = insertelement <8 x float> poison, float %1857, i64 0
  %1859 = shufflevector <8 x float> %1858, <8 x float> poison, <8 x i32> zeroinitializer
  %1860 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1859, <8 x float> %1849, <8 x float> %1818)
  %1861 = getelementptr inbounds i8, ptr %1850, i64 11520
  %1862 = load float, ptr %1861, align 4
  %1863 = insertelement <8 x float> poison, float %1862, i64 0
  %1864 = shufflevector <8 x float> %1863, <8 x float> poison, <8 x i32> zeroinitializer
  %1865 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1864, <8 x float> %1849, <8 x float> %1823)
  %1866 = getelementptr inbounds i8, ptr %1850, i64 11648
  %1867 = load float, ptr %1866, align 4
  %1868 = insertelement <8 x float> poison, float %1867, i64 0
  %1869 = shufflevector <8 x float> %1868, <8 x float> poison, <8 x i32> zeroinitializer
  %1870 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1869, <8 x float> %1849, <8 x float> %1828)
  %1871 = getelementptr inbounds i8, ptr %1850, i64 11776
  %1872 = load float, ptr %1871, align 4
  %1873 = insertelement <8 x float> poison, float %1872, i64 0
  %1874 = shufflevector <8 x float> %1873, <8 x float> poison, <8 x i32> zeroinitializer
  %1875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1874, <8 x float> %1849, <8 x float> %1833)
  %1876 = getelementptr inbounds i8, ptr %1850, i64 11904
  %1877 = load float, ptr %1876, align 4
  %1878 = insertelement <8 x float> poison, float %1877, i64 0
  %1879 = shufflevector <8 x float> %1878, <8 x float> poison, <8 x i32> zeroinitializer
  %1880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1879, <8 x float> %1849, <8 x float> %1838)
  %1881 = getelementptr inbounds i8, ptr %1850, i64 12032
  %1882 = load float, ptr %1881, align 4
  %1883 = insertelement <8 x float> poison, float %1882, i64 0
  %1884 = shufflevector <8 x float> %1883, <8 x float> poison, <8 x i32> zeroinitializer
  %1885 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1884, <8 x float> %1849, <8 x float> %1843)
  %1886 = getelementptr inbounds i8, ptr %1850, i64 12160
  %1887 = load float, ptr %1886, align 4
  %1888 = insertelement <8 x float> poison, float %1887, i64 0
  %1889 = shufflevector <8 x float> %1888, <8 x float> poison, <8 x i32> zeroinitializer
  %1890 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1889, <8 x float> %1849, <8 x float> %1848)
  %p4.next.2.1.1 = add nuw nsw i64 %p4.addr.02034.2.1, 2
  %exitcond2502.2.1.not.1 = icmp eq i64 %p4.next.2.1.1, 32
  br i1 %exitcond2502.2.1.not.1, label %p4.exit.2.1, label %p4.body.2.1

p4.exit.2.1:                                      ; preds = %p4.body.2.1
  store <8 x float> %1855, ptr %317, align 4
  store <8 x float> %1860, ptr %318, align 4
  store <8 x float> %1865, ptr %319, align 4
  store <8 x float> %1870, ptr %320, align 4
  store <8 x float> %1875, ptr %321, align 4
  store <8 x float> %1880, ptr %322, align 4
  store <8 x float> %1885, ptr %323, align 4
  store <8 x float> %1890, ptr %324, align 4
  br label %p4.body.2.2

p4.body.2.2:                                      ; preds = %p4.body.2.2, %p4.exit.2.1
  %acc.02042.2.2 = phi <8 x float> [ zeroinitializer, %p4.exit.2.1 ], [ %1939, %p4.body.2.2 ]
  %acc1.02041.2.2 = phi <8 x float> [ zeroinitializer, %p4.exit.2.1 ], [ %1944, %p4.body.2.2 ]
  %acc2.02040.2.2 = phi <8 x float> [ zeroinitializer, %p4.exit.2.1 ], [ %1949, %p4.body.2.2 ]
  %acc3.02039.2.2 = phi <8 x float> [ zeroinitializer, %p4.exit.2.1 ], [ %1954, %p4.body.2.2 ]
  %acc4.02038.2.2 = phi <8 x float> [ zeroinitializer, %p4.exit.2.1 ], [ %1959, %p4.body.2.2 ]
  %acc5.02037.2.2 = phi <8 x float> [ zeroinitializer, %p4.exit.2.1 ], [ %1964, %p4.body.2.2 ]
  %acc6.02036.2.2 = phi <8 x float> [ zeroinitializer, %p4.exit.2.1 ], [ %1969, %p4.body.2.2 ]
  %acc7.02035.2.2 = phi <8 x float> [ zeroinitializer, %p4.exit.2.1 ], [ %1974, %p4.body.2.2 ]
  %p4.addr.02034.2.2 = phi i64 [ 0, %p4.exit.2.1 ], [ %p4.next.2.2.1, %p4.body.2.2 ]
  %.idx1965.2.2 = mul nuw nsw i64 %p4.addr.02034.2.2, 96
  %gep2033.2.2 = getelementptr inbounds i8, ptr %invariant.gep.2, i64 %.idx1965.2.2
  %1891 = load <8 x float>, ptr %gep2033.2.2, align 4
  %1892 = getelementptr inbounds float, ptr %Bk, i64 %p4.addr.02034.2.2
  %1893 = getelementptr inbounds i8, ptr %1892, i64 11264
  %1894 = load float, ptr %1893, align 4
  %1895 = insertelement <8 x float> poison, float %1894, i64 0
  %1896 = shufflevector <8 x float> %1895, <8 x float> poison, <8 x i32> zeroinitializer
  %1897 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1896, <8 x float> %1891, <8 x float> %acc.02042.2.2)
  %1898 = getelementptr inbounds i8, ptr %1892, i64 11392
  %1899 = load float, ptr %1898, align 4
  %1900 = insertelement <8 x float> poison, float %1899, i64 0
  %1901 = shufflevector <8 x float> %1900, <8 x float> poison, <8 x i32> zeroinitializer
  %1902 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1901, <8 x float> %1891, <8 x float> %acc1.02041.2.2)
  %1903 = getelementptr inbounds i8, ptr %1892, i64 11520
  %1904 = load float, ptr %1903, align 4
  %1905 = insertelement <8 x float> poison, float %1904, i64 0
  %1906 = shufflevector <8 x float> %1905, <8 x float> poison, <8 x i32> zeroinitializer
  %1907 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1906, <8 x float> %1891, <8 x float> %acc2.02040.2.2)
  %1908 = getelementptr inbounds i8, ptr %1892, i64 11648
  %1909 = load float, ptr %1908, align 4
  %1910 = insertelement <8 x float> poison, float %1909, i64 0
  %1911 = shufflevector <8 x float> %1910, <8 x float> poison, <8 x i32> zeroinitializer
  %1912 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1911, <8 x float> %1891, <8 x float> %acc3.02039.2.2)
  %1913 = getelementptr inbounds i8, ptr %1892, i64 11776
  %1914 = load float, ptr %1913, align 4
  %1915 = insertelement <8 x float> poison, float %1914, i64 0
  %1916 = shufflevector <8 x float> %1915, <8 x float> poison, <8 x i32> zeroinitializer
  %1917 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1916, <8 x float> %1891, <8 x float> %acc4.02038.2.2)
  %1918 = getelementptr inbounds i8, ptr %1892, i64 11904
  %1919 = load float, ptr %1918, align 4
  %1920 = insertelement <8 x float> poison, float %1919, i64 0
  %1921 = shufflevector <8 x float> %1920, <8 x float> poison, <8 x i32> zeroinitializer
  %1922 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1921, <8 x float> %1891, <8 x float> %acc5.02037.2.2)
  %1923 = getelementptr inbounds i8, ptr %1892, i64 12032
  %1924 = load float, ptr %1923, align 4
  %1925 = insertelement <8 x float> poison, float %1924, i64 0
  %1926 = shufflevector <8 x float> %1925, <8 x float> poison, <8 x i32> zeroinitializer
  %1927 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1926, <8 x float> %1891, <8 x float> %acc6.02036.2.2)
  %1928 = getelementptr inbounds i8, ptr %1892, i64 12160
  %1929 = load float, ptr %1928, align 4
  %1930 = insertelement <8 x float> poison, float %1929, i64 0
  %1931 = shufflevector <8 x float> %1930, <8 x float> poison, <8 x i32> zeroinitializer
  %1932 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1931, <8 x float> %1891, <8 x float> %acc7.02035.2.2)
  %p4.next.2.2 = or disjoint i64 %p4.addr.02034.2.2, 1
  %.idx1965.2.2.1 = mul nuw nsw i64 %p4.next.2.2, 96
  %gep2033.2.2.1 = getelementptr inbounds i8, ptr %invariant.gep.2, i64 %.idx1965.2.2.1
  %1933 = load <8 x float>, ptr %gep2033.2.2.1, align 4
  %1934 = getelementptr inbounds float, ptr %Bk, i64 %p4.next.2.2
  %1935 = getelementptr inbounds i8, ptr %1934, i64 11264
  %1936 = load float, ptr %1935, align 4
  %1937 = insertelement <8 x float> poison, float %1936, i64 0
  %1938 = shufflevector <8 x float> %1937, <8 x float> poison, <8 x i32> zeroinitializer
  %1939 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1938, <8 x float> %1933, <8 x float> %1897)
  %1940 = getelementptr inbounds i8, ptr %1934, i64 11392
  %1941 = load float, ptr %1940, align 4
  %1942 = insertelement <8 x float> poison, float %1941, i64 0
  %1943 = shufflevector <8 x float> %1942, <8 x float> poison, <8 x i32> zeroinitializer
  %1944 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1943, <8 x float> %1933, <8 x float> %1902)
  %1945 = getelementptr inbounds i8, ptr %1934, i64 11520
  %1946 = load float, ptr %1945, align 4
  %1947 = insertelement <8 x float> poison, float %1946, i64 0
  %1948 = shufflevector <8 x float> %1947, <8 x float> poison, <8 x i32> zeroinitializer
  %1949 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1948, <8 x float> %1933, <8 x float> %1907)
  %1950 = getelementptr inbounds i8, ptr %1934, i64 11648
  %1951 = load float, ptr %1950, align 4
  %1952 = insertelement <8 x float> poison, float %1951, i64 0
  %1953 = shufflevector <8 x float> %1952, <8 x float> poison, <8 x i32> zeroinitializer
  %1954 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1953, <8 x float> %1933, <8 x float> %1912)
  %1955 = getelementptr inbounds i8, ptr %1934, i64 11776
  %1956 = load float, ptr %1955, align 4
  %1957 = insertelement <8 x float> poison, float %1956, i64 0
  %1958 = shufflevector <8 x float> %1957, <8 x float> poison, <8 x i32> zeroinitializer
  %1959 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1958, <8 x float> %1933, <8 x float> %1917)
  %1960 = getelementptr inbounds i8, ptr %1934, i64 11904
  %1961 = load float, ptr %1960, align 4
  %1962 = insertelement <8 x float> poison, float %1961, i64 0
  %1963 = shufflevector <8 x float> %1962, <8 x float> poison, <8 x i32> zeroinitializer
  %1964 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1963, <8 x float> %1933, <8 x float> %1922)
  %1965 = getelementptr inbounds i8, ptr %1934, i64 12032
  %1966 = load float, ptr %1965, align 4
  %1967 = insertelement <8 x float> poison, float %1966, i64 0
  %1968 = shufflevector <8 x float> %1967, <8 x float> poison, <8 x i32> zeroinitializer
  %1969 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1968, <8 x float> %1933, <8 x float> %1927)
  %1970 = getelementptr inbounds i8, ptr %1934, i64 12160
  %1971 = load float, ptr %1970, align 4
  %1972 = insertelement <8 x float> poison, float %1971, i64 0
  %1973 = shufflevector <8 x float> %1972, <8 x float> poison, <8 x i32> zeroinitializer
  %1974 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1973, <8 x float> %1933, <8 x float> %1932)
  %p4.next.2.2.1 = add nuw nsw i64 %p4.addr.02034.2.2, 2
  %exitcond2502.2.2.not.1 = icmp eq i64 %p4.next.2.2.1, 32
  br i1 %exitcond2502.2.2.not.1, label %p4.exit.2.2, label %p4.body.2.2

p4.exit.2.2:                                      ; preds = %p4.body.2.2
  store <8 x float> %1939, ptr %325, align 4
  store <8 x float> %1944, ptr %326, align 4
  store <8 x float> %1949, ptr %327, align 4
  store <8 x float> %1954, ptr %328, align 4
  store <8 x float> %1959, ptr %329, align 4
  store <8 x float> %1964, ptr %330, align 4
  store <8 x float> %1969, ptr %331, align 4
  store <8 x float> %1974, ptr %332, align 4
  br label %p5.head.preheader

p4.body:                                          ; preds = %p4.body, %j20.exit
  %acc.02042 = phi <8 x float> [ zeroinitializer, %j20.exit ], [ %2023, %p4.body ]
  %acc1.02041 = phi <8 x float> [ zeroinitializer, %j20.exit ], [ %2028, %p4.body ]
  %acc2.02040 = phi <8 x float> [ zeroinitializer, %j20.exit ], [ %2033, %p4.body ]
  %acc3.02039 = phi <8 x float> [ zeroinitializer, %j20.exit ], [ %2038, %p4.body ]
  %acc4.02038 = phi <8 x float> [ zeroinitializer, %j20.exit ], [ %2043, %p4.body ]
  %acc5.02037 = phi <8 x float> [ zeroinitializer, %j20.exit ], [ %2048, %p4.body ]
  %acc6.02036 = phi <8 x float> [ zeroinitializer, %j20.exit ], [ %2053, %p4.body ]
  %acc7.02035 = phi <8 x float> [ zeroinitializer, %j20.exit ], [ %2058, %p4.body ]
  %p4.addr.02034 = phi i64 [ 0, %j20.exit ], [ %p4.next.13388, %p4.body ]
  %.idx1965 = mul nuw nsw i64 %p4.addr.02034, 96
  %gep2033 = getelementptr inbounds i8, ptr %KT, i64 %.idx1965
  %1975 = load <8 x float>, ptr %gep2033, align 4
  %1976 = getelementptr inbounds float, ptr %Bk, i64 %p4.addr.02034
  %1977 = getelementptr inbounds i8, ptr %1976, i64 9216
  %1978 = load float, ptr %1977, align 4
  %1979 = insertelement <8 x float> poison, float %1978, i64 0
  %1980 = shufflevector <8 x float> %1979, <8 x float> poison, <8 x i32> zeroinitializer
  %1981 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1980, <8 x float> %1975, <8 x float> %acc.02042)
  %1982 = getelementptr inbounds i8, ptr %1976, i64 9344
  %1983 = load float, ptr %1982, align 4
  %1984 = insertelement <8 x float> poison, float %1983, i64 0
  %1985 = shufflevector <8 x float> %1984, <8 x float> poison, <8 x i32> zeroinitializer
  %1986 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1985, <8 x float> %1975, <8 x float> %acc1.02041)
  %1987 = getelementptr inbounds i8, ptr %1976, i64 9472
  %1988 = load float, ptr %1987, align 4
  %1989 = insertelement <8 x float> poison, float %1988, i64 0
  %1990 = shufflevector <8 x float> %1989, <8 x float> poison, <8 x i32> zeroinitializer
  %1991 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1990, <8 x float> %1975, <8 x float> %acc2.02040)
  %1992 = getelementptr inbounds i8, ptr %1976, i64 9600
  %1993 = load float, ptr %1992, align 4
  %1994 = insertelement <8 x float> poison, float %1993, i64 0
  %1995 = shufflevector <8 x float> %1994, <8 x float> poison, <8 x i32> zeroinitializer
  %1996 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1995, <8 x float> %1975, <8 x float> %acc3.02039)
  %1997 = getelementptr inbounds i8, ptr %1976, i64 9728
  %1998 = load float, ptr %1997, align 4
  %1999 = insertelement <8 x float> poison, float %1998, i64 0
  %2000 = shufflevector <8 x float> %1999, <8 x float> poison, <8 x i32> zeroinitializer
  %2001 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2000, <8 x float> %1975, <8 x float> %acc4.02038)
  %2002 = getelementptr inbounds i8, ptr %1976, i64 9856
  %2003 = load float, ptr %2002, align 4
  %2004 = insertelement <8 x float> poison, float %2003, i64 0
  %2005 = shufflevector <8 x float> %2004, <8 x float> poison, <8 x i32> zeroinitializer
  %2006 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2005, <8 x float> %1975, <8 x float> %acc5.02037)
  %2007 = getelementptr inbounds i8, ptr %1976, i64 9984
  %2008 = load float, ptr %2007, align 4
  %2009 = insertelement <8 x float> poison, float %2008, i64 0
  %2010 = shufflevector <8 x float> %2009, <8 x float> poison, <8 x i32> zeroinitializer
  %2011 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2010, <8 x float> %1975, <8 x float> %acc6.02036)
  %2012 = getelementptr inbounds i8, ptr %1976, i64 10112
  %2013 = load float, ptr %2012, align 4
  %2014 = insertelement <8 x float> poison, float %2013, i64 0
  %2015 = shufflevector <8 x float> %2014, <8 x float> poison, <8 x i32> zeroinitializer
  %2016 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2015, <8 x float> %1975, <8 x float> %acc7.02035)
  %p4.next = or disjoint i64 %p4.addr.02034, 1
  %.idx1965.13386 = mul nuw nsw i64 %p4.next, 96
  %gep2033.13387 = getelementptr inbounds i8, ptr %KT, i64 %.idx1965.13386
  %2017 = load <8 x float>, ptr %gep2033.13387, align 4
  %2018 = getelementptr inbounds float, ptr %Bk, i64 %p4.next
  %2019 = getelementptr inbounds i8, ptr %2018, i64 9216
  %2020 = load float, ptr %2019, align 4
  %2021 = insertelement <8 x float> poison, float %2020, i64 0
  %2022 = shufflevector <8 x float> %2021, <8 x float> poison, <8 x i32> zeroinitializer
  %2023 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2022, <8 x float> %2017, <8 x float> %1981)
  %2024 = getelementptr inbounds i8, ptr %2018, i64 9344
  %2025 = load float, ptr %2024, align 4
  %2026 = insertelement <8 x float> poison, float %2025, i64 0
  %2027 = shufflevector <8 x float> %2026, <8 x float> poison, <8 x i32> zeroinitializer
  %2028 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2027, <8 x float> %2017, <8 x float> %1986)
  %2029 = getelementptr inbounds i8, ptr %2018, i64 9472
  %2030 = load float, ptr %2029, align 4
  %2031 = insertelement <8 x float> poison, float %2030, i64 0
  %2032 = shufflevector <8 x float> %2031, <8 x float> poison, <8 x i32> zeroinitializer
  %2033 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2032, <8 x float> %2017, <8 x float> %1991)
  %2034 = getelementptr inbounds i8, ptr %2018, i64 9600
  %2035 = load float, ptr %2034, align 4
  %2036 = insertelement <8 x float> poison, float %2035, i64 0
  %2037 = shufflevector <8 x float> %2036, <8 x float> poison, <8 x i32> zeroinitializer
  %2038 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2037, <8 x float> %2017, <8 x float> %1996)
  %2039 = getelementptr inbounds i8, ptr %2018, i64 9728
  %2040 = load float, ptr %2039, align 4
  %2041 = insertelement <8 x float> poison, float %2040, i64 0
  %2042 = shufflevector <8 x float> %2041, <8 x float> poison, <8 x i32> zeroinitializer
  %2043 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2042, <8 x float> %2017, <8 x float> %2001)
  %2044 = getelementptr inbounds i8, ptr %2018, i64 9856
  %2045 = load float, ptr %2044, align 4
  %2046 = insertelement <8 x float> poison, float %2045, i64 0
  %2047 = shufflevector <8 x float> %2046, <8 x float> poison, <8 x i32> zeroinitializer
  %2048 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2047, <8 x float> %2017, <8 x float> %2006)
  %2049 = getelementptr inbounds i8, ptr %2018, i64 9984
  %2050 = load float, ptr %2049, align 4
  %2051 = insertelement <8 x float> poison, float %2050, i64 0
  %2052 = shufflevector <8 x float> %2051, <8 x float> poison, <8 x i32> zeroinitializer
  %2053 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2052, <8 x float> %2017, <8 x float> %2011)
  %2054 = getelementptr inbounds i8, ptr %2018, i64 10112
  %2055 = load float, ptr %2054, align 4
  %2056 = insertelement <8 x float> poison, float %2055, i64 0
  %2057 = shufflevector <8 x float> %2056, <8 x float> poison, <8 x i32> zeroinitializer
  %2058 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2057, <8 x float> %2017, <8 x float> %2016)
  %p4.next.13388 = add nuw nsw i64 %p4.addr.02034, 2
  %exitcond2502.not.1 = icmp eq i64 %p4.next.13388, 32
  br i1 %exitcond2502.not.1, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  store <8 x float> %2023, ptr %Gm, align 4
  store <8 x float> %2028, ptr %286, align 4
  store <8 x float> %2033, ptr %287, align 4
  store <8 x float> %2038, ptr %288, align 4
  store <8 x float> %2043, ptr %289, align 4
  store <8 x float> %2048, ptr %290, align 4
  store <8 x float> %2053, ptr %291, align 4
  store <8 x float> %2058, ptr %292, align 4
  br label %p4.body.1

p5.head.preheader:                                ; preds = %p4.exit.2.2, %p5.exit
  %i30.addr.02062 = phi i64 [ %i30.next, %p5.exit ], [ 0, %p4.exit.2.2 ]
  %.idx2550 = shl nsw i64 %i30.addr.02062, 7
  %invariant.gep2845 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2550
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc8.02061 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2075, %p5.body ]
  %acc9.02060 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2076, %p5.body ]
  %acc10.02059 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2077, %p5.body ]
  %acc11.02058 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2078, %p5.body ]
  %acc12.02057 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2083, %p5.body ]
  %acc13.02056 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2084, %p5.body ]
  %acc14.02055 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2085, %p5.body ]
  %acc15.02054 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2086, %p5.body ]
  %acc16.02053 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2091, %p5.body ]
  %acc17.02052 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2092, %p5.body ]
  %acc18.02051 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2093, %p5.body ]
  %acc19.02050 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2094, %p5.body ]
  %acc20.02049 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2099, %p5.body ]
  %acc21.02048 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2100, %p5.body ]
  %acc22.02047 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2101, %p5.body ]
  %acc23.02046 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %2102, %p5.body ]
  %p5.addr.02045 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %2059 = shl nuw nsw i64 %p5.addr.02045, 6
  %2060 = getelementptr inbounds float, ptr %work, i64 %2059
  %2061 = load <16 x float>, ptr %2060, align 4
  %2062 = or disjoint i64 %2059, 16
  %2063 = getelementptr inbounds float, ptr %work, i64 %2062
  %2064 = load <16 x float>, ptr %2063, align 4
  %2065 = or disjoint i64 %2059, 32
  %2066 = getelementptr inbounds float, ptr %work, i64 %2065
  %2067 = load <16 x float>, ptr %2066, align 4
  %2068 = or disjoint i64 %2059, 48
  %2069 = getelementptr inbounds float, ptr %work, i64 %2068
  %2070 = load <16 x float>, ptr %2069, align 4
  %gep2846 = getelementptr inbounds float, ptr %invariant.gep2845, i64 %p5.addr.02045
  %2071 = getelementptr inbounds i8, ptr %gep2846, i64 9216
  %2072 = load float, ptr %2071, align 4
  %2073 = insertelement <16 x float> poison, float %2072, i64 0
  %2074 = shufflevector <16 x float> %2073, <16 x float> poison, <16 x i32> zeroinitializer
  %2075 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2074, <16 x float> %2061, <16 x float> %acc8.02061)
  %2076 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2074, <16 x float> %2064, <16 x float> %acc9.02060)
  %2077 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2074, <16 x float> %2067, <16 x float> %acc10.02059)
  %2078 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2074, <16 x float> %2070, <16 x float> %acc11.02058)
  %2079 = getelementptr inbounds i8, ptr %gep2846, i64 9344
  %2080 = load float, ptr %2079, align 4
  %2081 = insertelement <16 x float> poison, float %2080, i64 0
  %2082 = shufflevector <16 x float> %2081, <16 x float> poison, <16 x i32> zeroinitializer
  %2083 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2082, <16 x float> %2061, <16 x float> %acc12.02057)
  %2084 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2082, <16 x float> %2064, <16 x float> %acc13.02056)
  %2085 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2082, <16 x float> %2067, <16 x float> %acc14.02055)
  %2086 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2082, <16 x float> %2070, <16 x float> %acc15.02054)
  %2087 = getelementptr inbounds i8, ptr %gep2846, i64 9472
  %2088 = load float, ptr %2087, align 4
  %2089 = insertelement <16 x float> poison, float %2088, i64 0
  %2090 = shufflevector <16 x float> %2089, <16 x float> poison, <16 x i32> zeroinitializer
  %2091 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2090, <16 x float> %2061, <16 x float> %acc16.02053)
  %2092 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2090, <16 x float> %2064, <16 x float> %acc17.02052)
  %2093 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2090, <16 x float> %2067, <16 x float> %acc18.02051)
  %2094 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2090, <16 x float> %2070, <16 x float> %acc19.02050)
  %2095 = getelementptr inbounds i8, ptr %gep2846, i64 9600
  %2096 = load float, ptr %2095, align 4
  %2097 = insertelement <16 x float> poison, float %2096, i64 0
  %2098 = shufflevector <16 x float> %2097, <16 x float> poison, <16 x i32> zeroinitializer
  %2099 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2098, <16 x float> %2061, <16 x float> %acc20.02049)
  %2100 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2098, <16 x float> %2064, <16 x float> %acc21.02048)
  %2101 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2098, <16 x float> %2067, <16 x float> %acc22.02047)
  %2102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2098, <16 x float> %2070, <16 x float> %acc23.02046)
  %p5.next = add nuw nsw i64 %p5.addr.02045, 1
  %exitcond2503.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond2503.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %2103 = shl nuw nsw i64 %i30.addr.02062, 6
  %2104 = getelementptr inbounds float, ptr %KSdS, i64 %2103
  store <16 x float> %2075, ptr %2104, align 4
  %2105 = or disjoint i64 %2103, 16
  %2106 = getelementptr inbounds float, ptr %KSdS, i64 %2105
  store <16 x float> %2076, ptr %2106, align 4
  %2107 = or disjoint i64 %2103, 32
  %2108 = getelementptr inbounds float, ptr %KSdS, i64 %2107
  store <16 x float> %2077, ptr %2108, align 4
  %2109 = or disjoint i64 %2103, 48
  %2110 = getelementptr inbounds float, ptr %KSdS, i64 %2109
  store <16 x float> %2078, ptr %2110, align 4
  %2111 = or disjoint i64 %2103, 64
  %2112 = getelementptr inbounds float, ptr %KSdS, i64 %2111
  store <16 x float> %2083, ptr %2112, align 4
  %2113 = or disjoint i64 %2103, 80
  %2114 = getelementptr inbounds float, ptr %KSdS, i64 %2113
  store <16 x float> %2084, ptr %2114, align 4
  %2115 = or disjoint i64 %2103, 96
  %2116 = getelementptr inbounds float, ptr %KSdS, i64 %2115
  store <16 x float> %2085, ptr %2116, align 4
  %2117 = or disjoint i64 %2103, 112
  %2118 = getelementptr inbounds float, ptr %KSdS, i64 %2117
  store <16 x float> %2086, ptr %2118, align 4
  %2119 = or disjoint i64 %2103, 128
  %2120 = getelementptr inbounds float, ptr %KSdS, i64 %2119
  store <16 x float> %2091, ptr %2120, align 4
  %2121 = or disjoint i64 %2103, 144
  %2122 = getelementptr inbounds float, ptr %KSdS, i64 %2121
  store <16 x float> %2092, ptr %2122, align 4
  %2123 = or disjoint i64 %2103, 160
  %2124 = getelementptr inbounds float, ptr %KSdS, i64 %2123
  store <16 x float> %2093, ptr %2124, align 4
  %2125 = or disjoint i64 %2103, 176
  %2126 = getelementptr inbounds float, ptr %KSdS, i64 %2125
  store <16 x float> %2094, ptr %2126, align 4
  %2127 = or disjoint i64 %2103, 192
  %2128 = getelementptr inbounds float, ptr %KSdS, i64 %2127
  store <16 x float> %2099, ptr %2128, align 4
  %2129 = or disjoint i64 %2103, 208
  %2130 = getelementptr inbounds float, ptr %KSdS, i64 %2129
  store <16 x float> %2100, ptr %2130, align 4
  %2131 = or disjoint i64 %2103, 224
  %2132 = getelementptr inbounds float, ptr %KSdS, i64 %2131
  store <16 x float> %2101, ptr %2132, align 4
  %2133 = or disjoint i64 %2103, 240
  %2134 = getelementptr inbounds float, ptr %KSdS, i64 %2133
  store <16 x float> %2102, ptr %2134, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02062, 4
  %2135 = icmp ult i64 %i30.addr.02062, 20
  br i1 %2135, label %p5.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %p5.exit, %p6.head.preheader
  %i31.addr.02064 = phi i64 [ %i31.next.5, %p6.head.preheader ], [ 0, %p5.exit ]
  %.idx2291 = shl nsw i64 %i31.addr.02064, 7
  %2136 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2291
  %2137 = load <16 x float>, ptr %2136, align 4
  %.idx2292 = shl nsw i64 %i31.addr.02064, 8
  %2138 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2292
  %2139 = load <16 x float>, ptr %2138, align 4
  %2140 = fsub <16 x float> %2137, %2139
  store <16 x float> %2140, ptr %2136, align 4
  %2141 = getelementptr inbounds i8, ptr %333, i64 %.idx2291
  %2142 = load <16 x float>, ptr %2141, align 4
  %2143 = getelementptr inbounds i8, ptr %334, i64 %.idx2292
  %2144 = load <16 x float>, ptr %2143, align 4
  %2145 = fsub <16 x float> %2142, %2144
  store <16 x float> %2145, ptr %2141, align 4
  %i31.next = or disjoint i64 %i31.addr.02064, 1
  %.idx2291.1 = shl nsw i64 %i31.next, 7
  %2146 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2291.1
  %2147 = load <16 x float>, ptr %2146, align 4
  %.idx2292.1 = shl nsw i64 %i31.next, 8
  %2148 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2292.1
  %2149 = load <16 x float>, ptr %2148, align 4
  %2150 = fsub <16 x float> %2147, %2149
  store <16 x float> %2150, ptr %2146, align 4
  %2151 = getelementptr inbounds i8, ptr %333, i64 %.idx2291.1
  %2152 = load <16 x float>, ptr %2151, align 4
  %2153 = getelementptr inbounds i8, ptr %334, i64 %.idx2292.1
  %2154 = load <16 x float>, ptr %2153, align 4
  %2155 = fsub <16 x float> %2152, %2154
  store <16 x float> %2155, ptr %2151, align 4
  %i31.next.1 = add nuw nsw i64 %i31.addr.02064, 2
  %.idx2291.2 = shl nsw i64 %i31.next.1, 7
  %2156 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2291.2
  %2157 = load <16 x float>, ptr %2156, align 4
  %.idx2292.2 = shl nsw i64 %i31.next.1, 8
  %2158 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2292.2
  %2159 = load <16 x float>, ptr %2158, align 4
  %2160 = fsub <16 x float> %2157, %2159
  store <16 x float> %2160, ptr %2156, align 4
  %2161 = getelementptr inbounds i8, ptr %333, i64 %.idx2291.2
  %2162 = load <16 x float>, ptr %2161, align 4
  %2163 = getelementptr inbounds i8, ptr %334, i64 %.idx2292.2
  %2164 = load <16 x float>, ptr %2163, align 4
  %2165 = fsub <16 x float> %2162, %2164
  store <16 x float> %2165, ptr %2161, align 4
  %i31.next.2 = add nuw nsw i64 %i31.addr.02064, 3
  %.idx2291.3 = shl nsw i64 %i31.next.2, 7
  %2166 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2291.3
  %2167 = load <16 x float>, ptr %2166, align 4
  %.idx2292.3 = shl nsw i64 %i31.next.2, 8
  %2168 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2292.3
  %2169 = load <16 x float>, ptr %2168, align 4
  %2170 = fsub <16 x float> %2167, %2169
  store <16 x float> %2170, ptr %2166, align 4
  %2171 = getelementptr inbounds i8, ptr %333, i64 %.idx2291.3
  %2172 = load <16 x float>, ptr %2171, align 4
  %2173 = getelementptr inbounds i8, ptr %334, i64 %.idx2292.3
  %2174 = load <16 x float>, ptr %2173, align 4
  %2175 = fsub <16 x float> %2172, %2174
  store <16 x float> %2175, ptr %2171, align 4
  %i31.next.3 = add nuw nsw i64 %i31.addr.02064, 4
  %.idx2291.4 = shl nsw i64 %i31.next.3, 7
  %2176 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2291.4
  %2177 = load <16 x float>, ptr %2176, align 4
  %.idx2292.4 = shl nsw i64 %i31.next.3, 8
  %2178 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2292.4
  %2179 = load <16 x float>, ptr %2178, align 4
  %2180 = fsub <16 x float> %2177, %2179
  store <16 x float> %2180, ptr %2176, align 4
  %2181 = getelementptr inbounds i8, ptr %333, i64 %.idx2291.4
  %2182 = load <16 x float>, ptr %2181, align 4
  %2183 = getelementptr inbounds i8, ptr %334, i64 %.idx2292.4
  %2184 = load <16 x float>, ptr %2183, align 4
  %2185 = fsub <16 x float> %2182, %2184
  store <16 x float> %2185, ptr %2181, align 4
  %i31.next.4 = add nuw nsw i64 %i31.addr.02064, 5
  %.idx2291.5 = shl nsw i64 %i31.next.4, 7
  %2186 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2291.5
  %2187 = load <16 x float>, ptr %2186, align 4
  %.idx2292.5 = shl nsw i64 %i31.next.4, 8
  %2188 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2292.5
  %2189 = load <16 x float>, ptr %2188, align 4
  %2190 = fsub <16 x float> %2187, %2189
  store <16 x float> %2190, ptr %2186, align 4
  %2191 = getelementptr inbounds i8, ptr %333, i64 %.idx2291.5
  %2192 = load <16 x float>, ptr %2191, align 4
  %2193 = getelementptr inbounds i8, ptr %334, i64 %.idx2292.5
  %2194 = load <16 x float>, ptr %2193, align 4
  %2195 = fsub <16 x float> %2192, %2194
  store <16 x float> %2195, ptr %2191, align 4
  %i31.next.5 = add nuw nsw i64 %i31.addr.02064, 6
  %exitcond2504.not.5 = icmp eq i64 %i31.next.5, 24
  br i1 %exitcond2504.not.5, label %ib.body, label %p6.head.preheader

ib.body:                                          ; preds = %p6.head.preheader, %j25.exit
  %ib.addr.02081 = phi i64 [ %ib.next, %j25.exit ], [ 0, %p6.head.preheader ]
  %2196 = shl nuw nsw i64 %ib.addr.02081, 2
  %umax3416 = tail call i64 @llvm.umax.i64(i64 %2196, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02081, 2
  %.not2293 = icmp eq i64 %ib.addr.02081, 0
  br i1 %.not2293, label %j25.exit, label %j25.body.lr.ph

j25.body.lr.ph:                                   ; preds = %ib.body
  %.idx1956 = mul nuw nsw i64 %ib.addr.02081, 384
  %2197 = getelementptr inbounds i8, ptr %Gm, i64 %.idx1956
  %2198 = mul nuw nsw i64 %ib.addr.02081, 96
  %2199 = or disjoint i64 %2198, 24
  %2200 = getelementptr inbounds float, ptr %Gm, i64 %2199
  %2201 = getelementptr inbounds i8, ptr %2197, i64 192
  %2202 = getelementptr inbounds i8, ptr %2197, i64 288
  %xtraiter = and i64 %umax3416, 1
  %2203 = icmp eq i64 %umax3416, 1
  br i1 %2203, label %j25.exit.loopexit.unr-lcssa, label %j25.body.lr.ph.new

j25.body.lr.ph.new:                               ; preds = %j25.body.lr.ph
  %unroll_iter = and i64 %umax3416, 9223372036854775804
  br label %j25.body

j25.body:                                         ; preds = %j25.body, %j25.body.lr.ph.new
  %acc24.02073 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %2244, %j25.body ]
  %acc25.02072 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %2245, %j25.body ]
  %acc26.02071 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %2250, %j25.body ]
  %acc27.02070 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %2251, %j25.body ]
  %acc28.02069 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %2256, %j25.body ]
  %acc29.02068 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %2257, %j25.body ]
  %acc30.02067 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %2262, %j25.body ]
  %acc31.02066 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %2263, %j25.body ]
  %j25.addr.02065 = phi i64 [ 0, %j25.body.lr.ph.new ], [ %j25.next.1, %j25.body ]
  %niter = phi i64 [ 0, %j25.body.lr.ph.new ], [ %niter.next.1, %j25.body ]
  %2204 = shl nsw i64 %j25.addr.02065, 5
  %2205 = getelementptr inbounds float, ptr %Vn, i64 %2204
  %2206 = load <16 x float>, ptr %2205, align 4
  %2207 = or disjoint i64 %2204, 16
  %2208 = getelementptr inbounds float, ptr %Vn, i64 %2207
  %2209 = load <16 x float>, ptr %2208, align 4
  %2210 = getelementptr inbounds float, ptr %2197, i64 %j25.addr.02065
  %2211 = load float, ptr %2210, align 4
  %2212 = insertelement <16 x float> poison, float %2211, i64 0
  %2213 = shufflevector <16 x float> %2212, <16 x float> poison, <16 x i32> zeroinitializer
  %2214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2213, <16 x float> %2206, <16 x float> %acc24.02073)
  %2215 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2213, <16 x float> %2209, <16 x float> %acc25.02072)
  %2216 = getelementptr inbounds float, ptr %2200, i64 %j25.addr.02065
  %2217 = load float, ptr %2216, align 4
  %2218 = insertelement <16 x float> poison, float %2217, i64 0
  %2219 = shufflevector <16 x float> %2218, <16 x float> poison, <16 x i32> zeroinitializer
  %2220 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2219, <16 x float> %2206, <16 x float> %acc26.02071)
  %2221 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2219, <16 x float> %2209, <16 x float> %acc27.02070)
  %2222 = getelementptr inbounds float, ptr %2201, i64 %j25.addr.02065
  %2223 = load float, ptr %2222, align 4
  %2224 = insertelement <16 x float> poison, float %2223, i64 0
  %2225 = shufflevector <16 x float> %2224, <16 x float> poison, <16 x i32> zeroinitializer
  %2226 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2225, <16 x float> %2206, <16 x float> %acc28.02069)
  %2227 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2225, <16 x float> %2209, <16 x float> %acc29.02068)
  %2228 = getelementptr inbounds float, ptr %2202, i64 %j25.addr.02065
  %2229 = load float, ptr %2228, align 4
  %2230 = insertelement <16 x float> poison, float %2229, i64 0
  %2231 = shufflevector <16 x float> %2230, <16 x float> poison, <16 x i32> zeroinitializer
  %2232 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2206, <16 x float> %acc30.02067)
  %2233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2231, <16 x float> %2209, <16 x float> %acc31.02066)
  %j25.next = or disjoint i64 %j25.addr.02065, 1
  %2234 = shl nsw i64 %j25.next, 5
  %2235 = getelementptr inbounds float, ptr %Vn, i64 %2234
  %2236 = load <16 x float>, ptr %2235, align 4
  %2237 = or disjoint i64 %2234, 16
  %2238 = getelementptr inbounds float, ptr %Vn, i64 %2237
  %2239 = load <16 x float>, ptr %2238, align 4
  %2240 = getelementptr inbounds float, ptr %2197, i64 %j25.next
  %2241 = load float, ptr %2240, align 4
  %2242 = insertelement <16 x float> poison, float %2241, i64 0
  %2243 = shufflevector <16 x float> %2242, <16 x float> poison, <16 x i32> zeroinitializer
  %2244 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2243, <16 x float> %2236, <16 x float> %2214)
  %2245 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2243, <16 x float> %2239, <16 x float> %2215)
  %2246 = getelementptr inbounds float, ptr %2200, i64 %j25.next
  %2247 = load float, ptr %2246, align 4
  %2248 = insertelement <16 x float> poison, float %2247, i64 0
  %2249 = shufflevector <16 x float> %2248, <16 x float> poison, <16 x i32> zeroinitializer
  %2250 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2249, <16 x float> %2236, <16 x float> %2220)
  %2251 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2249, <16 x float> %2239, <16 x float> %2221)
  %2252 = getelementptr inbounds float, ptr %2201, i64 %j25.next
  %2253 = load float, ptr %2252, align 4
  %2254 = insertelement <16 x float> poison, float %2253, i64 0
  %2255 = shufflevector <16 x float> %2254, <16 x float> poison, <16 x i32> zeroinitializer
  %2256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2236, <16 x float> %2226)
  %2257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2255, <16 x float> %2239, <16 x float> %2227)
  %2258 = getelementptr inbounds float, ptr %2202, i64 %j25.next
  %2259 = load float, ptr %2258, align 4
  %2260 = insertelement <16 x float> poison, float %2259, i64 0
  %2261 = shufflevector <16 x float> %2260, <16 x float> poison, <16 x i32> zeroinitializer
  %2262 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2261, <16 x float> %2236, <16 x float> %2232)
  %2263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2261, <16 x float> %2239, <16 x float> %2233)
  %j25.next.1 = add nuw nsw i64 %j25.addr.02065, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j25.exit.loopexit.unr-lcssa, label %j25.body

j25.exit.loopexit.unr-lcssa:                      ; preds = %j25.body, %j25.body.lr.ph
  %.lcssa3192.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %2244, %j25.body ]
  %.lcssa3191.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %2245, %j25.body ]
  %.lcssa3190.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %2250, %j25.body ]
  %.lcssa3189.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %2251, %j25.body ]
  %.lcssa3188.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %2256, %j25.body ]
  %.lcssa3187.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %2257, %j25.body ]
  %.lcssa3186.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %2262, %j25.body ]
  %.lcssa3185.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %2263, %j25.body ]
  %acc24.02073.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %2244, %j25.body ]
  %acc25.02072.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %2245, %j25.body ]
  %acc26.02071.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %2250, %j25.body ]
  %acc27.02070.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %2251, %j25.body ]
  %acc28.02069.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %2256, %j25.body ]
  %acc29.02068.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %2257, %j25.body ]
  %acc30.02067.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %2262, %j25.body ]
  %acc31.02066.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %2263, %j25.body ]
  %j25.addr.02065.unr = phi i64 [ 0, %j25.body.lr.ph ], [ %j25.next.1, %j25.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j25.exit, label %j25.body.epil

j25.body.epil:                                    ; preds = %j25.exit.loopexit.unr-lcssa
  %2264 = shl nsw i64 %j25.addr.02065.unr, 5
  %2265 = getelementptr inbounds float, ptr %Vn, i64 %2264
  %2266 = load <16 x float>, ptr %2265, align 4
  %2267 = or disjoint i64 %2264, 16
  %2268 = getelementptr inbounds float, ptr %Vn, i64 %2267
  %2269 = load <16 x float>, ptr %2268, align 4
  %2270 = getelementptr inbounds float, ptr %2197, i64 %j25.addr.02065.unr
  %2271 = load float, ptr %2270, align 4
  %2272 = insertelement <16 x float> poison, float %2271, i64 0
  %2273 = shufflevector <16 x float> %2272, <16 x float> poison, <16 x i32> zeroinitializer
  %2274 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2273, <16 x float> %2266, <16 x float> %acc24.02073.unr)
  %2275 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2273, <16 x float> %2269, <16 x float> %acc25.02072.unr)
  %2276 = getelementptr inbounds float, ptr %2200, i64 %j25.addr.02065.unr
  %2277 = load float, ptr %2276, align 4
  %2278 = insertelement <16 x float> poison, float %2277, i64 0
  %2279 = shufflevector <16 x float> %2278, <16 x float> poison, <16 x i32> zeroinitializer
  %2280 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2279, <16 x float> %2266, <16 x float> %acc26.02071.unr)
  %2281 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2279, <16 x float> %2269, <16 x float> %acc27.02070.unr)
  %2282 = getelementptr inbounds float, ptr %2201, i64 %j25.addr.02065.unr
  %2283 = load float, ptr %2282, align 4
  %2284 = insertelement <16 x float> poison, float %2283, i64 0
  %2285 = shufflevector <16 x float> %2284, <16 x float> poison, <16 x i32> zeroinitializer
  %2286 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2285, <16 x float> %2266, <16 x float> %acc28.02069.unr)
  %2287 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2285, <16 x float> %2269, <16 x float> %acc29.02068.unr)
  %2288 = getelementptr inbounds float, ptr %2202, i64 %j25.addr.02065.unr
  %2289 = load float, ptr %2288, align 4
  %2290 = insertelement <16 x float> poison, float %2289, i64 0
  %2291 = shufflevector <16 x float> %2290, <16 x float> poison, <16 x i32> zeroinitializer
  %2292 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2291, <16 x float> %2266, <16 x float> %acc30.02067.unr)
  %2293 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2291, <16 x float> %2269, <16 x float> %acc31.02066.unr)
  br label %j25.exit

j25.exit:                                         ; preds = %j25.body.epil, %j25.exit.loopexit.unr-lcssa, %ib.body
  %.pre-phi = phi i64 [ 0, %ib.body ], [ %.idx1956, %j25.exit.loopexit.unr-lcssa ], [ %.idx1956, %j25.body.epil ]
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3185.ph, %j25.exit.loopexit.unr-lcssa ], [ %2293, %j25.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3186.ph, %j25.exit.loopexit.unr-lcssa ], [ %2292, %j25.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3187.ph, %j25.exit.loopexit.unr-lcssa ], [ %2287, %j25.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3188.ph, %j25.exit.loopexit.unr-lcssa ], [ %2286, %j25.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3189.ph, %j25.exit.loopexit.unr-lcssa ], [ %2281, %j25.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3190.ph, %j25.exit.loopexit.unr-lcssa ], [ %2280, %j25.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3191.ph, %j25.exit.loopexit.unr-lcssa ], [ %2275, %j25.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3192.ph, %j25.exit.loopexit.unr-lcssa ], [ %2274, %j25.body.epil ]
  %2294 = getelementptr inbounds float, ptr %bet, i64 %i0
  %2295 = load float, ptr %2294, align 4
  %2296 = shl nuw nsw i64 %ib.addr.02081, 7
  %2297 = getelementptr inbounds float, ptr %Rr, i64 %2296
  %2298 = load <16 x float>, ptr %2297, align 4
  %2299 = fsub <16 x float> %2298, %acc24.0.lcssa
  store <16 x float> %2299, ptr %2297, align 4
  %2300 = insertelement <16 x float> poison, float %2295, i64 0
  %2301 = shufflevector <16 x float> %2300, <16 x float> poison, <16 x i32> zeroinitializer
  %2302 = fmul <16 x float> %2301, %2299
  %2303 = getelementptr inbounds float, ptr %Vn, i64 %2296
  store <16 x float> %2302, ptr %2303, align 4
  %2304 = getelementptr inbounds float, ptr %Ak, i64 %.pre-phi
  store <16 x float> %2302, ptr %2304, align 4
  %2305 = or disjoint i64 %2296, 16
  %2306 = getelementptr inbounds float, ptr %Rr, i64 %2305
  %2307 = load <16 x float>, ptr %2306, align 4
  %2308 = fsub <16 x float> %2307, %acc25.0.lcssa
  store <16 x float> %2308, ptr %2306, align 4
  %2309 = fmul <16 x float> %2301, %2308
  %2310 = getelementptr inbounds float, ptr %Vn, i64 %2305
  store <16 x float> %2309, ptr %2310, align 4
  %2311 = or disjoint i64 %.pre-phi, 16
  %2312 = getelementptr inbounds float, ptr %Ak, i64 %2311
  store <16 x float> %2309, ptr %2312, align 4
  %i32 = or disjoint i64 %i0, 1
  %.idx1955 = mul nuw nsw i64 %i32, 96
  %2313 = getelementptr inbounds i8, ptr %Gm, i64 %.idx1955
  %2314 = getelementptr inbounds float, ptr %2313, i64 %i0
  %2315 = load float, ptr %2314, align 4
  %2316 = insertelement <16 x float> poison, float %2315, i64 0
  %2317 = shufflevector <16 x float> %2316, <16 x float> poison, <16 x i32> zeroinitializer
  %2318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2317, <16 x float> %2302, <16 x float> %acc26.0.lcssa)
  %2319 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2317, <16 x float> %2309, <16 x float> %acc27.0.lcssa)
  %2320 = getelementptr inbounds float, ptr %bet, i64 %i32
  %2321 = load float, ptr %2320, align 4
  %2322 = shl nuw nsw i64 %i32, 5
  %2323 = getelementptr inbounds float, ptr %Rr, i64 %2322
  %2324 = load <16 x float>, ptr %2323, align 4
  %2325 = fsub <16 x float> %2324, %2318
  store <16 x float> %2325, ptr %2323, align 4
  %2326 = insertelement <16 x float> poison, float %2321, i64 0
  %2327 = shufflevector <16 x float> %2326, <16 x float> poison, <16 x i32> zeroinitializer
  %2328 = fmul <16 x float> %2327, %2325
  %2329 = getelementptr inbounds float, ptr %Vn, i64 %2322
  store <16 x float> %2328, ptr %2329, align 4
  %2330 = getelementptr inbounds float, ptr %Ak, i64 %.idx1955
  store <16 x float> %2328, ptr %2330, align 4
  %2331 = or disjoint i64 %2322, 16
  %2332 = getelementptr inbounds float, ptr %Rr, i64 %2331
  %2333 = load <16 x float>, ptr %2332, align 4
  %2334 = fsub <16 x float> %2333, %2319
  store <16 x float> %2334, ptr %2332, align 4
  %2335 = fmul <16 x float> %2327, %2334
  %2336 = getelementptr inbounds float, ptr %Vn, i64 %2331
  store <16 x float> %2335, ptr %2336, align 4
  %2337 = or disjoint i64 %.idx1955, 16
  %2338 = getelementptr inbounds float, ptr %Ak, i64 %2337
  store <16 x float> %2335, ptr %2338, align 4
  %i33 = or disjoint i64 %i0, 2
  %.idx1992 = mul nuw nsw i64 %i33, 96
  %2339 = getelementptr inbounds i8, ptr %Gm, i64 %.idx1992
  %2340 = getelementptr inbounds float, ptr %2339, i64 %i0
  %2341 = load float, ptr %2340, align 4
  %2342 = insertelement <16 x float> poison, float %2341, i64 0
  %2343 = shufflevector <16 x float> %2342, <16 x float> poison, <16 x i32> zeroinitializer
  %2344 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2343, <16 x float> %2302, <16 x float> %acc28.0.lcssa)
  %2345 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2343, <16 x float> %2309, <16 x float> %acc29.0.lcssa)
  %2346 = getelementptr inbounds float, ptr %2339, i64 %i32
  %2347 = load float, ptr %2346, align 4
  %2348 = insertelement <16 x float> poison, float %2347, i64 0
  %2349 = shufflevector <16 x float> %2348, <16 x float> poison, <16 x i32> zeroinitializer
  %2350 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2349, <16 x float> %2328, <16 x float> %2344)
  %2351 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2349, <16 x float> %2335, <16 x float> %2345)
  %2352 = getelementptr inbounds float, ptr %bet, i64 %i33
  %2353 = load float, ptr %2352, align 4
  %2354 = shl nuw nsw i64 %i33, 5
  %2355 = getelementptr inbounds float, ptr %Rr, i64 %2354
  %2356 = load <16 x float>, ptr %2355, align 4
  %2357 = fsub <16 x float> %2356, %2350
  store <16 x float> %2357, ptr %2355, align 4
  %2358 = insertelement <16 x float> poison, float %2353, i64 0
  %2359 = shufflevector <16 x float> %2358, <16 x float> poison, <16 x i32> zeroinitializer
  %2360 = fmul <16 x float> %2359, %2357
  %2361 = getelementptr inbounds float, ptr %Vn, i64 %2354
  store <16 x float> %2360, ptr %2361, align 4
  %2362 = getelementptr inbounds float, ptr %Ak, i64 %.idx1992
  store <16 x float> %2360, ptr %2362, align 4
  %2363 = or disjoint i64 %2354, 16
  %2364 = getelementptr inbounds float, ptr %Rr, i64 %2363
  %2365 = load <16 x float>, ptr %2364, align 4
  %2366 = fsub <16 x float> %2365, %2351
  store <16 x float> %2366, ptr %2364, align 4
  %2367 = fmul <16 x float> %2359, %2366
  %2368 = getelementptr inbounds float, ptr %Vn, i64 %2363
  store <16 x float> %2367, ptr %2368, align 4
  %2369 = or disjoint i64 %.idx1992, 16
  %2370 = getelementptr inbounds float, ptr %Ak, i64 %2369
  store <16 x float> %2367, ptr %2370, align 4
  %i34 = or disjoint i64 %i0, 3
  %.idx1993 = mul nuw nsw i64 %i34, 96
  %2371 = getelementptr inbounds i8, ptr %Gm, i64 %.idx1993
  %2372 = getelementptr inbounds float, ptr %2371, i64 %i0
  %2373 = load float, ptr %2372, align 4
  %2374 = insertelement <16 x float> poison, float %2373, i64 0
  %2375 = shufflevector <16 x float> %2374, <16 x float> poison, <16 x i32> zeroinitializer
  %2376 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2375, <16 x float> %2302, <16 x float> %acc30.0.lcssa)
  %2377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2375, <16 x float> %2309, <16 x float> %acc31.0.lcssa)
  %2378 = getelementptr inbounds float, ptr %2371, i64 %i32
  %2379 = load float, ptr %2378, align 4
  %2380 = insertelement <16 x float> poison, float %2379, i64 0
  %2381 = shufflevector <16 x float> %2380, <16 x float> poison, <16 x i32> zeroinitializer
  %2382 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2381, <16 x float> %2328, <16 x float> %2376)
  %2383 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2381, <16 x float> %2335, <16 x float> %2377)
  %2384 = getelementptr inbounds float, ptr %2371, i64 %i33
  %2385 = load float, ptr %2384, align 4
  %2386 = insertelement <16 x float> poison, float %2385, i64 0
  %2387 = shufflevector <16 x float> %2386, <16 x float> poison, <16 x i32> zeroinitializer
  %2388 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2360, <16 x float> %2382)
  %2389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2387, <16 x float> %2367, <16 x float> %2383)
  %2390 = getelementptr inbounds float, ptr %bet, i64 %i34
  %2391 = load float, ptr %2390, align 4
  %2392 = shl nuw nsw i64 %i34, 5
  %2393 = getelementptr inbounds float, ptr %Rr, i64 %2392
  %2394 = load <16 x float>, ptr %2393, align 4
  %2395 = fsub <16 x float> %2394, %2388
  store <16 x float> %2395, ptr %2393, align 4
  %2396 = insertelement <16 x float> poison, float %2391, i64 0
  %2397 = shufflevector <16 x float> %2396, <16 x float> poison, <16 x i32> zeroinitializer
  %2398 = fmul <16 x float> %2397, %2395
  %2399 = getelementptr inbounds float, ptr %Vn, i64 %2392
  store <16 x float> %2398, ptr %2399, align 4
  %2400 = getelementptr inbounds float, ptr %Ak, i64 %.idx1993
  store <16 x float> %2398, ptr %2400, align 4
  %2401 = or disjoint i64 %2392, 16
  %2402 = getelementptr inbounds float, ptr %Rr, i64 %2401
  %2403 = load <16 x float>, ptr %2402, align 4
  %2404 = fsub <16 x float> %2403, %2389
  store <16 x float> %2404, ptr %2402, align 4
  %2405 = fmul <16 x float> %2397, %2404
  %2406 = getelementptr inbounds float, ptr %Vn, i64 %2401
  store <16 x float> %2405, ptr %2406, align 4
  %2407 = or disjoint i64 %.idx1993, 16
  %2408 = getelementptr inbounds float, ptr %Ak, i64 %2407
  store <16 x float> %2405, ptr %2408, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02081, 1
  %exitcond2506.not = icmp eq i64 %ib.next, 6
  br i1 %exitcond2506.not, label %j26.head.preheader, label %ib.body

j26.head.preheader:                               ; preds = %j25.exit, %j26.exit
  %i35.addr.02087 = phi i64 [ %i35.next, %j26.exit ], [ 0, %j25.exit ]
  %2409 = shl nuw nsw i64 %i35.addr.02087, 5
  %invariant.gep2082 = getelementptr inbounds float, ptr %VnT, i64 %i35.addr.02087
  %invariant.gep2849 = getelementptr inbounds float, ptr %invariant.gep2847, i64 %i35.addr.02087
  br label %j26.body

j26.body:                                         ; preds = %j26.head.preheader, %j26.body
  %j26.addr.02086 = phi i64 [ 0, %j26.head.preheader ], [ %j26.next, %j26.body ]
  %2410 = add nuw nsw i64 %j26.addr.02086, %2409
  %2411 = getelementptr inbounds float, ptr %Vn, i64 %2410
  %2412 = load <8 x float>, ptr %2411, align 4
  %2413 = or disjoint i64 %2410, 128
  %2414 = getelementptr inbounds float, ptr %Vn, i64 %2413
  %2415 = load <8 x float>, ptr %2414, align 4
  %2416 = or disjoint i64 %2410, 32
  %2417 = getelementptr inbounds float, ptr %Vn, i64 %2416
  %2418 = load <8 x float>, ptr %2417, align 4
  %2419 = or disjoint i64 %2410, 160
  %2420 = getelementptr inbounds float, ptr %Vn, i64 %2419
  %2421 = load <8 x float>, ptr %2420, align 4
  %2422 = or disjoint i64 %2410, 64
  %2423 = getelementptr inbounds float, ptr %Vn, i64 %2422
  %2424 = load <8 x float>, ptr %2423, align 4
  %2425 = or disjoint i64 %2410, 192
  %2426 = getelementptr inbounds float, ptr %Vn, i64 %2425
  %2427 = load <8 x float>, ptr %2426, align 4
  %2428 = or disjoint i64 %2410, 96
  %2429 = getelementptr inbounds float, ptr %Vn, i64 %2428
  %2430 = load <8 x float>, ptr %2429, align 4
  %2431 = or disjoint i64 %2410, 224
  %2432 = getelementptr inbounds float, ptr %Vn, i64 %2431
  %2433 = load <8 x float>, ptr %2432, align 4
  %2434 = shufflevector <8 x float> %2412, <8 x float> %2415, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %2435 = shufflevector <8 x float> %2424, <8 x float> %2427, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %2436 = shufflevector <8 x float> %2418, <8 x float> %2421, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %2437 = shufflevector <8 x float> %2430, <8 x float> %2433, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11>
  %2438 = shufflevector <8 x float> %2412, <8 x float> %2415, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2439 = shufflevector <8 x float> %2424, <8 x float> %2427, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2440 = shufflevector <8 x float> %2418, <8 x float> %2421, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2441 = shufflevector <8 x float> %2430, <8 x float> %2433, <8 x i32> <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15>
  %2442 = shufflevector <8 x float> %2434, <8 x float> %2435, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2443 = shufflevector <8 x float> %2436, <8 x float> %2437, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2444 = shufflevector <8 x float> %2434, <8 x float> %2435, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2445 = shufflevector <8 x float> %2436, <8 x float> %2437, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2446 = shufflevector <8 x float> %2438, <8 x float> %2439, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2447 = shufflevector <8 x float> %2440, <8 x float> %2441, <8 x i32> <i32 0, i32 1, i32 8, i32 9, i32 4, i32 5, i32 12, i32 13>
  %2448 = shufflevector <8 x float> %2438, <8 x float> %2439, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2449 = shufflevector <8 x float> %2440, <8 x float> %2441, <8 x i32> <i32 2, i32 3, i32 10, i32 11, i32 6, i32 7, i32 14, i32 15>
  %2450 = shufflevector <8 x float> %2442, <8 x float> %2443, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %2451 = mul nuw nsw i64 %j26.addr.02086, 24
  %2452 = or disjoint i64 %2451, %i35.addr.02087
  %2453 = getelementptr inbounds float, ptr %VnT, i64 %2452
  store <8 x float> %2450, ptr %2453, align 4
  %2454 = shufflevector <8 x float> %2442, <8 x float> %2443, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %2455 = or disjoint i64 %2451, 24
  %gep2083 = getelementptr inbounds float, ptr %invariant.gep2082, i64 %2455
  store <8 x float> %2454, ptr %gep2083, align 4
  %2456 = shufflevector <8 x float> %2444, <8 x float> %2445, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %2457 = or disjoint i64 %2451, 48
  %gep2085 = getelementptr inbounds float, ptr %invariant.gep2082, i64 %2457
  store <8 x float> %2456, ptr %gep2085, align 4
  %2458 = shufflevector <8 x float> %2444, <8 x float> %2445, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %.idx1951 = mul nuw nsw i64 %j26.addr.02086, 96
  %2459 = getelementptr inbounds i8, ptr %VnT, i64 %.idx1951
  %2460 = getelementptr inbounds i8, ptr %2459, i64 288
  %2461 = getelementptr inbounds float, ptr %2460, i64 %i35.addr.02087
  store <8 x float> %2458, ptr %2461, align 4
  %2462 = shufflevector <8 x float> %2446, <8 x float> %2447, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %gep2850 = getelementptr inbounds float, ptr %invariant.gep2849, i64 %2451
  store <8 x float> %2462, ptr %gep2850, align 4
  %2463 = shufflevector <8 x float> %2446, <8 x float> %2447, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %2464 = getelementptr inbounds i8, ptr %2459, i64 480
  %2465 = getelementptr inbounds float, ptr %2464, i64 %i35.addr.02087
  store <8 x float> %2463, ptr %2465, align 4
  %2466 = shufflevector <8 x float> %2448, <8 x float> %2449, <8 x i32> <i32 0, i32 8, i32 2, i32 10, i32 4, i32 12, i32 6, i32 14>
  %2467 = getelementptr inbounds i8, ptr %2459, i64 576
  %2468 = getelementptr inbounds float, ptr %2467, i64 %i35.addr.02087
  store <8 x float> %2466, ptr %2468, align 4
  %2469 = shufflevector <8 x float> %2448, <8 x float> %2449, <8 x i32> <i32 1, i32 9, i32 3, i32 11, i32 5, i32 13, i32 7, i32 15>
  %2470 = getelementptr inbounds i8, ptr %2459, i64 672
  %2471 = getelementptr inbounds float, ptr %2470, i64 %i35.addr.02087
  store <8 x float> %2469, ptr %2471, align 4
  %j26.next = add nuw nsw i64 %j26.addr.02086, 8
  %2472 = icmp ult i64 %j26.addr.02086, 24
  br i1 %2472, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body
  %i35.next = add nuw nsw i64 %i35.addr.02087, 8
  %2473 = icmp ult i64 %i35.addr.02087, 16
  br i1 %2473, label %j26.head.preheader, label %p7.body

p7.body:                                          ; preds = %j26.exit, %p7.body
  %acc32.02096 = phi <8 x float> [ %2524, %p7.body ], [ zeroinitializer, %j26.exit ]
  %acc33.02095 = phi <8 x float> [ %2529, %p7.body ], [ zeroinitializer, %j26.exit ]
  %acc34.02094 = phi <8 x float> [ %2534, %p7.body ], [ zeroinitializer, %j26.exit ]
  %acc35.02093 = phi <8 x float> [ %2539, %p7.body ], [ zeroinitializer, %j26.exit ]
  %acc36.02092 = phi <8 x float> [ %2544, %p7.body ], [ zeroinitializer, %j26.exit ]
  %acc37.02091 = phi <8 x float> [ %2549, %p7.body ], [ zeroinitializer, %j26.exit ]
  %acc38.02090 = phi <8 x float> [ %2554, %p7.body ], [ zeroinitializer, %j26.exit ]
  %acc39.02089 = phi <8 x float> [ %2559, %p7.body ], [ zeroinitializer, %j26.exit ]
  %p7.addr.02088 = phi i64 [ %p7.next.13435, %p7.body ], [ 0, %j26.exit ]
  %.idx1950 = shl nuw nsw i64 %p7.addr.02088, 5
  %2474 = getelementptr inbounds i8, ptr %QcT, i64 %.idx1950
  %2475 = load <8 x float>, ptr %2474, align 4
  %2476 = getelementptr inbounds float, ptr %Bk, i64 %p7.addr.02088
  %2477 = getelementptr inbounds i8, ptr %2476, i64 9216
  %2478 = load float, ptr %2477, align 4
  %2479 = insertelement <8 x float> poison, float %2478, i64 0
  %2480 = shufflevector <8 x float> %2479, <8 x float> poison, <8 x i32> zeroinitializer
  %2481 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2480, <8 x float> %2475, <8 x float> %acc32.02096)
  %2482 = getelementptr inbounds i8, ptr %2476, i64 9344
  %2483 = load float, ptr %2482, align 4
  %2484 = insertelement <8 x float> poison, float %2483, i64 0
  %2485 = shufflevector <8 x float> %2484, <8 x float> poison, <8 x i32> zeroinitializer
  %2486 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2485, <8 x float> %2475, <8 x float> %acc33.02095)
  %2487 = getelementptr inbounds i8, ptr %2476, i64 9472
  %2488 = load float, ptr %2487, align 4
  %2489 = insertelement <8 x float> poison, float %2488, i64 0
  %2490 = shufflevector <8 x float> %2489, <8 x float> poison, <8 x i32> zeroinitializer
  %2491 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2490, <8 x float> %2475, <8 x float> %acc34.02094)
  %2492 = getelementptr inbounds i8, ptr %2476, i64 9600
  %2493 = load float, ptr %2492, align 4
  %2494 = insertelement <8 x float> poison, float %2493, i64 0
  %2495 = shufflevector <8 x float> %2494, <8 x float> poison, <8 x i32> zeroinitializer
  %2496 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2495, <8 x float> %2475, <8 x float> %acc35.02093)
  %2497 = getelementptr inbounds i8, ptr %2476, i64 9728
  %2498 = load float, ptr %2497, align 4
  %2499 = insertelement <8 x float> poison, float %2498, i64 0
  %2500 = shufflevector <8 x float> %2499, <8 x float> poison, <8 x i32> zeroinitializer
  %2501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2500, <8 x float> %2475, <8 x float> %acc36.02092)
  %2502 = getelementptr inbounds i8, ptr %2476, i64 9856
  %2503 = load float, ptr %2502, align 4
  %2504 = insertelement <8 x float> poison, float %2503, i64 0
  %2505 = shufflevector <8 x float> %2504, <8 x float> poison, <8 x i32> zeroinitializer
  %2506 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2505, <8 x float> %2475, <8 x float> %acc37.02091)
  %2507 = getelementptr inbounds i8, ptr %2476, i64 9984
  %2508 = load float, ptr %2507, align 4
  %2509 = insertelement <8 x float> poison, float %2508, i64 0
  %2510 = shufflevector <8 x float> %2509, <8 x float> poison, <8 x i32> zeroinitializer
  %2511 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2510, <8 x float> %2475, <8 x float> %acc38.02090)
  %2512 = getelementptr inbounds i8, ptr %2476, i64 10112
  %2513 = load float, ptr %2512, align 4
  %2514 = insertelement <8 x float> poison, float %2513, i64 0
  %2515 = shufflevector <8 x float> %2514, <8 x float> poison, <8 x i32> zeroinitializer
  %2516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2515, <8 x float> %2475, <8 x float> %acc39.02089)
  %p7.next = or disjoint i64 %p7.addr.02088, 1
  %.idx1950.13434 = shl nuw nsw i64 %p7.next, 5
  %2517 = getelementptr inbounds i8, ptr %QcT, i64 %.idx1950.13434
  %2518 = load <8 x float>, ptr %2517, align 4
  %2519 = getelementptr inbounds float, ptr %Bk, i64 %p7.next
  %2520 = getelementptr inbounds i8, ptr %2519, i64 9216
  %2521 = load float, ptr %2520, align 4
  %2522 = insertelement <8 x float> poison, float %2521, i64 0
  %2523 = shufflevector <8 x float> %2522, <8 x float> poison, <8 x i32> zeroinitializer
  %2524 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2523, <8 x float> %2518, <8 x float> %2481)
  %2525 = getelementptr inbounds i8, ptr %2519, i64 9344
  %2526 = load float, ptr %2525, align 4
  %2527 = insertelement <8 x float> poison, float %2526, i64 0
  %2528 = shufflevector <8 x float> %2527, <8 x float> poison, <8 x i32> zeroinitializer
  %2529 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2528, <8 x float> %2518, <8 x float> %2486)
  %2530 = getelementptr inbounds i8, ptr %2519, i64 9472
  %2531 = load float, ptr %2530, align 4
  %2532 = insertelement <8 x float> poison, float %2531, i64 0
  %2533 = shufflevector <8 x float> %2532, <8 x float> poison, <8 x i32> zeroinitializer
  %2534 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2533, <8 x float> %2518, <8 x float> %2491)
  %2535 = getelementptr inbounds i8, ptr %2519, i64 9600
  %2536 = load float, ptr %2535, align 4
  %2537 = insertelement <8 x float> poison, float %2536, i64 0
  %2538 = shufflevector <8 x float> %2537, <8 x float> poison, <8 x i32> zeroinitializer
  %2539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2538, <8 x float> %2518, <8 x float> %2496)
  %2540 = getelementptr inbounds i8, ptr %2519, i64 9728
  %2541 = load float, ptr %2540, align 4
  %2542 = insertelement <8 x float> poison, float %2541, i64 0
  %2543 = shufflevector <8 x float> %2542, <8 x float> poison, <8 x i32> zeroinitializer
  %2544 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2543, <8 x float> %2518, <8 x float> %2501)
  %2545 = getelementptr inbounds i8, ptr %2519, i64 9856
  %2546 = load float, ptr %2545, align 4
  %2547 = insertelement <8 x float> poison, float %2546, i64 0
  %2548 = shufflevector <8 x float> %2547, <8 x float> poison, <8 x i32> zeroinitializer
  %2549 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2548, <8 x float> %2518, <8 x float> %2506)
  %2550 = getelementptr inbounds i8, ptr %2519, i64 9984
  %2551 = load float, ptr %2550, align 4
  %2552 = insertelement <8 x float> poison, float %2551, i64 0
  %2553 = shufflevector <8 x float> %2552, <8 x float> poison, <8 x i32> zeroinitializer
  %2554 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2553, <8 x float> %2518, <8 x float> %2511)
  %2555 = getelementptr inbounds i8, ptr %2519, i64 10112
  %2556 = load float, ptr %2555, align 4
  %2557 = insertelement <8 x float> poison, float %2556, i64 0
  %2558 = shufflevector <8 x float> %2557, <8 x float> poison, <8 x i32> zeroinitializer
  %2559 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2558, <8 x float> %2518, <8 x float> %2516)
  %p7.next.13435 = add nuw nsw i64 %p7.addr.02088, 2
  %exitcond2507.not.1 = icmp eq i64 %p7.next.13435, 32
  br i1 %exitcond2507.not.1, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <8 x float> %2524, ptr %PT, align 4
  store <8 x float> %2529, ptr %335, align 4
  store <8 x float> %2534, ptr %336, align 4
  store <8 x float> %2539, ptr %337, align 4
  store <8 x float> %2544, ptr %338, align 4
  store <8 x float> %2549, ptr %339, align 4
  store <8 x float> %2554, ptr %340, align 4
  store <8 x float> %2559, ptr %341, align 4
  br label %p7.body.1

p7.body.1:                                        ; preds = %p7.body.1, %p7.exit
  %acc32.02096.1 = phi <8 x float> [ zeroinitializer, %p7.exit ], [ %2610, %p7.body.1 ]
  %acc33.02095.1 = phi <8 x float> [ zeroinitializer, %p7.exit ], [ %2615, %p7.body.1 ]
  %acc34.02094.1 = phi <8 x float> [ zeroinitializer, %p7.exit ], [ %2620, %p7.body.1 ]
  %acc35.02093.1 = phi <8 x float> [ zeroinitializer, %p7.exit ], [ %2625, %p7.body.1 ]
  %acc36.02092.1 = phi <8 x float> [ zeroinitializer, %p7.exit ], [ %2630, %p7.body.1 ]
  %acc37.02091.1 = phi <8 x float> [ zeroinitializer, %p7.exit ], [ %2635, %p7.body.1 ]
  %acc38.02090.1 = phi <8 x float> [ zeroinitializer, %p7.exit ], [ %2640, %p7.body.1 ]
  %acc39.02089.1 = phi <8 x float> [ zeroinitializer, %p7.exit ], [ %2645, %p7.body.1 ]
  %p7.addr.02088.1 = phi i64 [ 0, %p7.exit ], [ %p7.next.1.1, %p7.body.1 ]
  %.idx1950.1 = shl nuw nsw i64 %p7.addr.02088.1, 5
  %2560 = getelementptr inbounds i8, ptr %QcT, i64 %.idx1950.1
  %2561 = load <8 x float>, ptr %2560, align 4
  %2562 = getelementptr inbounds float, ptr %Bk, i64 %p7.addr.02088.1
  %2563 = getelementptr inbounds i8, ptr %2562, i64 10240
  %2564 = load float, ptr %2563, align 4
  %2565 = insertelement <8 x float> poison, float %2564, i64 0
  %2566 = shufflevector <8 x float> %2565, <8 x float> poison, <8 x i32> zeroinitializer
  %2567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2566, <8 x float> %2561, <8 x float> %acc32.02096.1)
  %2568 = getelementptr inbounds i8, ptr %2562, i64 10368
  %2569 = load float, ptr %2568, align 4
  %2570 = insertelement <8 x float> poison, float %2569, i64 0
  %2571 = shufflevector <8 x float> %2570, <8 x float> poison, <8 x i32> zeroinitializer
  %2572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2571, <8 x float> %2561, <8 x float> %acc33.02095.1)
  %2573 = getelementptr inbounds i8, ptr %2562, i64 10496
  %2574 = load float, ptr %2573, align 4
  %2575 = insertelement <8 x float> poison, float %2574, i64 0
  %2576 = shufflevector <8 x float> %2575, <8 x float> poison, <8 x i32> zeroinitializer
  %2577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2576, <8 x float> %2561, <8 x float> %acc34.02094.1)
  %2578 = getelementptr inbounds i8, ptr %2562, i64 10624
  %2579 = load float, ptr %2578, align 4
  %2580 = insertelement <8 x float> poison, float %2579, i64 0
  %2581 = shufflevector <8 x float> %2580, <8 x float> poison, <8 x i32> zeroinitializer
  %2582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2581, <8 x float> %2561, <8 x float> %acc35.02093.1)
  %2583 = getelementptr inbounds i8, ptr %2562, i64 10752
  %2584 = load float, ptr %2583, align 4
  %2585 = insertelement <8 x float> poison, float %2584, i64 0
  %2586 = shufflevector <8 x float> %2585, <8 x float> poison, <8 x i32> zeroinitializer
  %2587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2586, <8 x float> %2561, <8 x float> %acc36.02092.1)
  %2588 = getelementptr inbounds i8, ptr %2562, i64 10880
  %2589 = load float, ptr %2588, align 4
  %2590 = insertelement <8 x float> poison, float %2589, i64 0
  %2591 = shufflevector <8 x float> %2590, <8 x float> poison, <8 x i32> zeroinitializer
  %2592 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2591, <8 x float> %2561, <8 x float> %acc37.02091.1)
  %2593 = getelementptr inbounds i8, ptr %2562, i64 11008
  %2594 = load float, ptr %2593, align 4
  %2595 = insertelement <8 x float> poison, float %2594, i64 0
  %2596 = shufflevector <8 x float> %2595, <8 x float> poison, <8 x i32> zeroinitializer
  %2597 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2596, <8 x float> %2561, <8 x float> %acc38.02090.1)
  %2598 = getelementptr inbounds i8, ptr %2562, i64 11136
  %2599 = load float, ptr %2598, align 4
  %2600 = insertelement <8 x float> poison, float %2599, i64 0
  %2601 = shufflevector <8 x float> %2600, <8 x float> poison, <8 x i32> zeroinitializer
  %2602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2601, <8 x float> %2561, <8 x float> %acc39.02089.1)
  %p7.next.1 = or disjoint i64 %p7.addr.02088.1, 1
  %.idx1950.1.1 = shl nuw nsw i64 %p7.next.1, 5
  %2603 = getelementptr inbounds i8, ptr %QcT, i64 %.idx1950.1.1
  %2604 = load <8 x float>, ptr %2603, align 4
  %2605 = getelementptr inbounds float, ptr %Bk, i64 %p7.next.1
  %2606 = getelementptr inbounds i8, ptr %2605, i64 10240
  %2607 = load float, ptr %2606, align 4
  %2608 = insertelement <8 x float> poison, float %2607, i64 0
  %2609 = shufflevector <8 x float> %2608, <8 x float> poison, <8 x i32> zeroinitializer
  %2610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2609, <8 x float> %2604, <8 x float> %2567)
  %2611 = getelementptr inbounds i8, ptr %2605, i64 10368
  %2612 = load float, ptr %2611, align 4
  %2613 = insertelement <8 x float> poison, float %2612, i64 0
  %2614 = shufflevector <8 x float> %2613, <8 x float> poison, <8 x i32> zeroinitializer
  %2615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2614, <8 x float> %2604, <8 x float> %2572)
  %2616 = getelementptr inbounds i8, ptr %2605, i64 10496
  %2617 = load float, ptr %2616, align 4
  %2618 = insertelement <8 x float> poison, float %2617, i64 0
  %2619 = shufflevector <8 x float> %2618, <8 x float> poison, <8 x i32> zeroinitializer
  %2620 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2619, <8 x float> %2604, <8 x float> %2577)
  %2621 = getelementptr inbounds i8, ptr %2605, i64 10624
  %2622 = load float, ptr %2621, align 4
  %2623 = insertelement <8 x float> poison, float %2622, i64 0
  %2624 = shufflevector <8 x float> %2623, <8 x float> poison, <8 x i32> zeroinitializer
  %2625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2624, <8 x float> %2604, <8 x float> %2582)
  %2626 = getelementptr inbounds i8, ptr %2605, i64 10752
  %2627 = load float, ptr %2626, align 4
  %2628 = insertelement <8 x float> poison, float %2627, i64 0
  %2629 = shufflevector <8 x float> %2628, <8 x float> poison, <8 x i32> zeroinitializer
  %2630 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2629, <8 x float> %2604, <8 x float> %2587)
  %2631 = getelementptr inbounds i8, ptr %2605, i64 10880
  %2632 = load float, ptr %2631, align 4
  %2633 = insertelement <8 x float> poison, float %2632, i64 0
  %2634 = shufflevector <8 x float> %2633, <8 x float> poison, <8 x i32> zeroinitializer
  %2635 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2634, <8 x float> %2604, <8 x float> %2592)
  %2636 = getelementptr inbounds i8, ptr %2605, i64 11008
  %2637 = load float, ptr %2636, align 4
  %2638 = insertelement <8 x float> poison, float %2637, i64 0
  %2639 = shufflevector <8 x float> %2638, <8 x float> poison, <8 x i32> zeroinitializer
  %2640 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2639, <8 x float> %2604, <8 x float> %2597)
  %2641 = getelementptr inbounds i8, ptr %2605, i64 11136
  %2642 = load float, ptr %2641, align 4
  %2643 = insertelement <8 x float> poison, float %2642, i64 0
  %2644 = shufflevector <8 x float> %2643, <8 x float> poison, <8 x i32> zeroinitializer
  %2645 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2644, <8 x float> %2604, <8 x float> %2602)
  %p7.next.1.1 = add nuw nsw i64 %p7.addr.02088.1, 2
  %exitcond2507.1.not.1 = icmp eq i64 %p7.next.1.1, 32
  br i1 %exitcond2507.1.not.1, label %p7.exit.1, label %p7.body.1

p7.exit.1:                                        ; preds = %p7.body.1
  store <8 x float> %2610, ptr %342, align 4
  store <8 x float> %2615, ptr %343, align 4
  store <8 x float> %2620, ptr %344, align 4
  store <8 x float> %2625, ptr %345, align 4
  store <8 x float> %2630, ptr %346, align 4
  store <8 x float> %2635, ptr %347, align 4
  store <8 x float> %2640, ptr %348, align 4
  store <8 x float> %2645, ptr %349, align 4
  br label %p7.body.2

p7.body.2:                                        ; preds = %p7.body.2, %p7.exit.1
  %acc32.02096.2 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2696, %p7.body.2 ]
  %acc33.02095.2 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2701, %p7.body.2 ]
  %acc34.02094.2 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2706, %p7.body.2 ]
  %acc35.02093.2 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2711, %p7.body.2 ]
  %acc36.02092.2 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2716, %p7.body.2 ]
  %acc37.02091.2 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2721, %p7.body.2 ]
  %acc38.02090.2 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2726, %p7.body.2 ]
  %acc39.02089.2 = phi <8 x float> [ zeroinitializer, %p7.exit.1 ], [ %2731, %p7.body.2 ]
  %p7.addr.02088.2 = phi i64 [ 0, %p7.exit.1 ], [ %p7.next.2.1, %p7.body.2 ]
  %.idx1950.2 = shl nuw nsw i64 %p7.addr.02088.2, 5
  %2646 = getelementptr inbounds i8, ptr %QcT, i64 %.idx1950.2
  %2647 = load <8 x float>, ptr %2646, align 4
  %2648 = getelementptr inbounds float, ptr %Bk, i64 %p7.addr.02088.2
  %2649 = getelementptr inbounds i8, ptr %2648, i64 11264
  %2650 = load float, ptr %2649, align 4
  %2651 = insertelement <8 x float> poison, float %2650, i64 0
  %2652 = shufflevector <8 x float> %2651, <8 x float> poison, <8 x i32> zeroinitializer
  %2653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2652, <8 x float> %2647, <8 x float> %acc32.02096.2)
  %2654 = getelementptr inbounds i8, ptr %2648, i64 11392
  %2655 = load float, ptr %2654, align 4
  %2656 = insertelement <8 x float> poison, float %2655, i64 0
  %2657 = shufflevector <8 x float> %2656, <8 x float> poison, <8 x i32> zeroinitializer
  %2658 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2657, <8 x float> %2647, <8 x float> %acc33.02095.2)
  %2659 = getelementptr inbounds i8, ptr %2648, i64 11520
  %2660 = load float, ptr %2659, align 4
  %2661 = insertelement <8 x float> poison, float %2660, i64 0
  %2662 = shufflevector <8 x float> %2661, <8 x float> poison, <8 x i32> zeroinitializer
  %2663 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2662, <8 x float> %2647, <8 x float> %acc34.02094.2)
  %2664 = getelementptr inbounds i8, ptr %2648, i64 11648
  %2665 = load float, ptr %2664, align 4
  %2666 = insertelement <8 x float> poison, float %2665, i64 0
  %2667 = shufflevector <8 x float> %2666, <8 x float> poison, <8 x i32> zeroinitializer
  %2668 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2667, <8 x float> %2647, <8 x float> %acc35.02093.2)
  %2669 = getelementptr inbounds i8, ptr %2648, i64 11776
  %2670 = load float, ptr %2669, align 4
  %2671 = insertelement <8 x float> poison, float %2670, i64 0
  %2672 = shufflevector <8 x float> %2671, <8 x float> poison, <8 x i32> zeroinitializer
  %2673 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2672, <8 x float> %2647, <8 x float> %acc36.02092.2)
  %2674 = getelementptr inbounds i8, ptr %2648, i64 11904
  %2675 = load float, ptr %2674, align 4
  %2676 = insertelement <8 x float> poison, float %2675, i64 0
  %2677 = shufflevector <8 x float> %2676, <8 x float> poison, <8 x i32> zeroinitializer
  %2678 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2677, <8 x float> %2647, <8 x float> %acc37.02091.2)
  %2679 = getelementptr inbounds i8, ptr %2648, i64 12032
  %2680 = load float, ptr %2679, align 4
  %2681 = insertelement <8 x float> poison, float %2680, i64 0
  %2682 = shufflevector <8 x float> %2681, <8 x float> poison, <8 x i32> zeroinitializer
  %2683 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2682, <8 x float> %2647, <8 x float> %acc38.02090.2)
  %2684 = getelementptr inbounds i8, ptr %2648, i64 12160
  %2685 = load float, ptr %2684, align 4
  %2686 = insertelement <8 x float> poison, float %2685, i64 0
  %2687 = shufflevector <8 x float> %2686, <8 x float> poison, <8 x i32> zeroinitializer
  %2688 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2687, <8 x float> %2647, <8 x float> %acc39.02089.2)
  %p7.next.2 = or disjoint i64 %p7.addr.02088.2, 1
  %.idx1950.2.1 = shl nuw nsw i64 %p7.next.2, 5
  %2689 = getelementptr inbounds i8, ptr %QcT, i64 %.idx1950.2.1
  %2690 = load <8 x float>, ptr %2689, align 4
  %2691 = getelementptr inbounds float, ptr %Bk, i64 %p7.next.2
  %2692 = getelementptr inbounds i8, ptr %2691, i64 11264
  %2693 = load float, ptr %2692, align 4
  %2694 = insertelement <8 x float> poison, float %2693, i64 0
  %2695 = shufflevector <8 x float> %2694, <8 x float> poison, <8 x i32> zeroinitializer
  %2696 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2695, <8 x float> %2690, <8 x float> %2653)
  %2697 = getelementptr inbounds i8, ptr %2691, i64 11392
  %2698 = load float, ptr %2697, align 4
  %2699 = insertelement <8 x float> poison, float %2698, i64 0
  %2700 = shufflevector <8 x float> %2699, <8 x float> poison, <8 x i32> zeroinitializer
  %2701 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2700, <8 x float> %2690, <8 x float> %2658)
  %2702 = getelementptr inbounds i8, ptr %2691, i64 11520
  %2703 = load float, ptr %2702, align 4
  %2704 = insertelement <8 x float> poison, float %2703, i64 0
  %2705 = shufflevector <8 x float> %2704, <8 x float> poison, <8 x i32> zeroinitializer
  %2706 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2705, <8 x float> %2690, <8 x float> %2663)
  %2707 = getelementptr inbounds i8, ptr %2691, i64 11648
  %2708 = load float, ptr %2707, align 4
  %2709 = insertelement <8 x float> poison, float %2708, i64 0
  %2710 = shufflevector <8 x float> %2709, <8 x float> poison, <8 x i32> zeroinitializer
  %2711 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2710, <8 x float> %2690, <8 x float> %2668)
  %2712 = getelementptr inbounds i8, ptr %2691, i64 11776
  %2713 = load float, ptr %2712, align 4
  %2714 = insertelement <8 x float> poison, float %2713, i64 0
  %2715 = shufflevector <8 x float> %2714, <8 x float> poison, <8 x i32> zeroinitializer
  %2716 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2715, <8 x float> %2690, <8 x float> %2673)
  %2717 = getelementptr inbounds i8, ptr %2691, i64 11904
  %2718 = load float, ptr %2717, align 4
  %2719 = insertelement <8 x float> poison, float %2718, i64 0
  %2720 = shufflevector <8 x float> %2719, <8 x float> poison, <8 x i32> zeroinitializer
  %2721 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2720, <8 x float> %2690, <8 x float> %2678)
  %2722 = getelementptr inbounds i8, ptr %2691, i64 12032
  %2723 = load float, ptr %2722, align 4
  %2724 = insertelement <8 x float> poison, float %2723, i64 0
  %2725 = shufflevector <8 x float> %2724, <8 x float> poison, <8 x i32> zeroinitializer
  %2726 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2725, <8 x float> %2690, <8 x float> %2683)
  %2727 = getelementptr inbounds i8, ptr %2691, i64 12160
  %2728 = load float, ptr %2727, align 4
  %2729 = insertelement <8 x float> poison, float %2728, i64 0
  %2730 = shufflevector <8 x float> %2729, <8 x float> poison, <8 x i32> zeroinitializer
  %2731 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2730, <8 x float> %2690, <8 x float> %2688)
  %p7.next.2.1 = add nuw nsw i64 %p7.addr.02088.2, 2
  %exitcond2507.2.not.1 = icmp eq i64 %p7.next.2.1, 32
  br i1 %exitcond2507.2.not.1, label %p7.exit.2, label %p7.body.2

p7.exit.2:                                        ; preds = %p7.body.2
  %2732 = load <8 x float>, ptr %M, align 4
  %2733 = fmul <8 x float> %2524, %2732
  store <8 x float> %2733, ptr %PT, align 4
  %2734 = fmul <8 x float> %2529, %2732
  store <8 x float> %2734, ptr %335, align 4
  %2735 = fmul <8 x float> %2732, %2534
  store <8 x float> %2735, ptr %336, align 4
  %2736 = load <8 x float>, ptr %39, align 4
  %2737 = fmul <8 x float> %2539, %2736
  store <8 x float> %2737, ptr %337, align 4
  %2738 = fmul <8 x float> %2544, %2736
  store <8 x float> %2738, ptr %352, align 4
  %2739 = fmul <8 x float> %2736, %2549
  store <8 x float> %2739, ptr %353, align 4
  %2740 = load <8 x float>, ptr %40, align 4
  %2741 = fmul <8 x float> %2554, %2740
  store <8 x float> %2741, ptr %340, align 4
  %2742 = fmul <8 x float> %2559, %2740
  store <8 x float> %2742, ptr %354, align 4
  %2743 = fmul <8 x float> %2740, %2610
  store <8 x float> %2743, ptr %355, align 4
  %2744 = load <8 x float>, ptr %41, align 4
  %2745 = fmul <8 x float> %2615, %2744
  store <8 x float> %2745, ptr %343, align 4
  %2746 = fmul <8 x float> %2620, %2744
  store <8 x float> %2746, ptr %356, align 4
  %2747 = fmul <8 x float> %2744, %2625
  store <8 x float> %2747, ptr %357, align 4
  %2748 = load <8 x float>, ptr %42, align 4
  %2749 = fmul <8 x float> %2630, %2748
  store <8 x float> %2749, ptr %346, align 4
  %2750 = fmul <8 x float> %2635, %2748
  store <8 x float> %2750, ptr %358, align 4
  %2751 = fmul <8 x float> %2748, %2640
  store <8 x float> %2751, ptr %359, align 4
  %2752 = load <8 x float>, ptr %44, align 4
  %2753 = fmul <8 x float> %2645, %2752
  store <8 x float> %2753, ptr %349, align 4
  %2754 = fmul <8 x float> %2696, %2752
  store <8 x float> %2754, ptr %360, align 4
  %2755 = fmul <8 x float> %2752, %2701
  store <8 x float> %2755, ptr %361, align 4
  %2756 = load <8 x float>, ptr %47, align 4
  %2757 = fmul <8 x float> %2706, %2756
  store <8 x float> %2757, ptr %350, align 4
  %2758 = fmul <8 x float> %2711, %2756
  store <8 x float> %2758, ptr %362, align 4
  %2759 = fmul <8 x float> %2756, %2716
  store <8 x float> %2759, ptr %363, align 4
  %2760 = load <8 x float>, ptr %49, align 4
  %2761 = fmul <8 x float> %2721, %2760
  store <8 x float> %2761, ptr %351, align 4
  %2762 = fmul <8 x float> %2726, %2760
  store <8 x float> %2762, ptr %364, align 4
  %2763 = fmul <8 x float> %2760, %2731
  store <8 x float> %2763, ptr %365, align 4
  %2764 = load <16 x float>, ptr %366, align 4
  store <16 x float> %2764, ptr %367, align 4
  %2765 = load <16 x float>, ptr %368, align 4
  store <16 x float> %2765, ptr %369, align 4
  %2766 = load <16 x float>, ptr %370, align 4
  store <16 x float> %2766, ptr %371, align 4
  %2767 = load <16 x float>, ptr %372, align 4
  store <16 x float> %2767, ptr %373, align 4
  %2768 = load <16 x float>, ptr %374, align 4
  store <16 x float> %2768, ptr %375, align 4
  %2769 = load <16 x float>, ptr %376, align 4
  store <16 x float> %2769, ptr %377, align 4
  %2770 = load <16 x float>, ptr %378, align 4
  store <16 x float> %2770, ptr %379, align 4
  %2771 = load <16 x float>, ptr %380, align 4
  store <16 x float> %2771, ptr %381, align 4
  %2772 = load <16 x float>, ptr %382, align 4
  store <16 x float> %2772, ptr %383, align 4
  %2773 = load <16 x float>, ptr %384, align 4
  store <16 x float> %2773, ptr %385, align 4
  %2774 = load <16 x float>, ptr %386, align 4
  store <16 x float> %2774, ptr %387, align 4
  %2775 = load <16 x float>, ptr %388, align 4
  store <16 x float> %2775, ptr %389, align 4
  %2776 = load <16 x float>, ptr %390, align 4
  store <16 x float> %2776, ptr %391, align 4
  %2777 = load <16 x float>, ptr %392, align 4
  store <16 x float> %2777, ptr %393, align 4
  %2778 = load <16 x float>, ptr %394, align 4
  store <16 x float> %2778, ptr %395, align 4
  %2779 = load <16 x float>, ptr %396, align 4
  store <16 x float> %2779, ptr %397, align 4
  %2780 = load <16 x float>, ptr %398, align 4
  store <16 x float> %2780, ptr %399, align 4
  %2781 = load <16 x float>, ptr %400, align 4
  store <16 x float> %2781, ptr %401, align 4
  %2782 = load <16 x float>, ptr %402, align 4
  store <16 x float> %2782, ptr %403, align 4
  %2783 = load <16 x float>, ptr %404, align 4
  store <16 x float> %2783, ptr %405, align 4
  %2784 = load <16 x float>, ptr %406, align 4
  store <16 x float> %2784, ptr %407, align 4
  %2785 = load <16 x float>, ptr %408, align 4
  store <16 x float> %2785, ptr %409, align 4
  %2786 = load <16 x float>, ptr %410, align 4
  store <16 x float> %2786, ptr %411, align 4
  %2787 = load <16 x float>, ptr %412, align 4
  store <16 x float> %2787, ptr %413, align 4
  %2788 = load <16 x float>, ptr %414, align 4
  store <16 x float> %2788, ptr %415, align 4
  %2789 = load <16 x float>, ptr %416, align 4
  store <16 x float> %2789, ptr %417, align 4
  %2790 = load <16 x float>, ptr %418, align 4
  store <16 x float> %2790, ptr %419, align 4
  %2791 = load <16 x float>, ptr %420, align 4
  store <16 x float> %2791, ptr %421, align 4
  %2792 = load <16 x float>, ptr %422, align 4
  store <16 x float> %2792, ptr %423, align 4
  %2793 = load <16 x float>, ptr %424, align 4
  store <16 x float> %2793, ptr %425, align 4
  %2794 = load <16 x float>, ptr %426, align 4
  store <16 x float> %2794, ptr %427, align 4
  %2795 = load <16 x float>, ptr %428, align 4
  store <16 x float> %2795, ptr %429, align 4
  %2796 = load <16 x float>, ptr %430, align 4
  store <16 x float> %2796, ptr %431, align 4
  %2797 = load <16 x float>, ptr %432, align 4
  store <16 x float> %2797, ptr %433, align 4
  %2798 = load <16 x float>, ptr %434, align 4
  store <16 x float> %2798, ptr %435, align 4
  %2799 = load <16 x float>, ptr %436, align 4
  store <16 x float> %2799, ptr %437, align 4
  %2800 = load <16 x float>, ptr %438, align 4
  store <16 x float> %2800, ptr %439, align 4
  %2801 = load <16 x float>, ptr %440, align 4
  store <16 x float> %2801, ptr %441, align 4
  %2802 = load <16 x float>, ptr %442, align 4
  store <16 x float> %2802, ptr %443, align 4
  %2803 = load <16 x float>, ptr %444, align 4
  store <16 x float> %2803, ptr %445, align 4
  %2804 = load <16 x float>, ptr %446, align 4
  store <16 x float> %2804, ptr %447, align 4
  %2805 = load <16 x float>, ptr %448, align 4
  store <16 x float> %2805, ptr %449, align 4
  %2806 = load <16 x float>, ptr %450, align 4
  store <16 x float> %2806, ptr %451, align 4
  %2807 = load <16 x float>, ptr %452, align 4
  store <16 x float> %2807, ptr %453, align 4
  %2808 = load <16 x float>, ptr %454, align 4
  store <16 x float> %2808, ptr %455, align 4
  %2809 = load <16 x float>, ptr %456, align 4
  store <16 x float> %2809, ptr %457, align 4
  %2810 = load <16 x float>, ptr %458, align 4
  store <16 x float> %2810, ptr %459, align 4
  %2811 = load <16 x float>, ptr %460, align 4
  store <16 x float> %2811, ptr %461, align 4
  br label %i41.body

i41.body:                                         ; preds = %p7.exit.2, %p8.exit
  %i41.addr.02118 = phi i64 [ %i41.next, %p8.exit ], [ 0, %p7.exit.2 ]
  %.idx1984 = shl nuw nsw i64 %i41.addr.02118, 7
  %2812 = getelementptr inbounds i8, ptr %OY, i64 %.idx1984
  %2813 = getelementptr inbounds i8, ptr %2812, i64 1024
  %2814 = load <16 x float>, ptr %2813, align 4
  %2815 = getelementptr inbounds i8, ptr %2812, i64 1088
  %2816 = load <16 x float>, ptr %2815, align 4
  %2817 = or disjoint i64 %i41.addr.02118, 1
  %.idx1985 = shl nuw nsw i64 %2817, 7
  %2818 = getelementptr inbounds i8, ptr %OY, i64 %.idx1985
  %2819 = getelementptr inbounds i8, ptr %2818, i64 1024
  %2820 = load <16 x float>, ptr %2819, align 4
  %2821 = getelementptr inbounds i8, ptr %2818, i64 1088
  %2822 = load <16 x float>, ptr %2821, align 4
  %2823 = or disjoint i64 %i41.addr.02118, 2
  %.idx1986 = shl nuw nsw i64 %2823, 7
  %2824 = getelementptr inbounds i8, ptr %OY, i64 %.idx1986
  %2825 = getelementptr inbounds i8, ptr %2824, i64 1024
  %2826 = load <16 x float>, ptr %2825, align 4
  %2827 = getelementptr inbounds i8, ptr %2824, i64 1088
  %2828 = load <16 x float>, ptr %2827, align 4
  %2829 = or disjoint i64 %i41.addr.02118, 3
  %.idx1987 = shl nuw nsw i64 %2829, 7
  %2830 = getelementptr inbounds i8, ptr %OY, i64 %.idx1987
  %2831 = getelementptr inbounds i8, ptr %2830, i64 1024
  %2832 = load <16 x float>, ptr %2831, align 4
  %2833 = getelementptr inbounds i8, ptr %2830, i64 1088
  %2834 = load <16 x float>, ptr %2833, align 4
  %2835 = or disjoint i64 %i41.addr.02118, 4
  %.idx1988 = shl nuw nsw i64 %2835, 7
  %2836 = getelementptr inbounds i8, ptr %OY, i64 %.idx1988
  %2837 = getelementptr inbounds i8, ptr %2836, i64 1024
  %2838 = load <16 x float>, ptr %2837, align 4
  %2839 = getelementptr inbounds i8, ptr %2836, i64 1088
  %2840 = load <16 x float>, ptr %2839, align 4
  %2841 = or disjoint i64 %i41.addr.02118, 5
  %.idx1989 = shl nuw nsw i64 %2841, 7
  %2842 = getelementptr inbounds i8, ptr %OY, i64 %.idx1989
  %2843 = getelementptr inbounds i8, ptr %2842, i64 1024
  %2844 = load <16 x float>, ptr %2843, align 4
  %2845 = getelementptr inbounds i8, ptr %2842, i64 1088
  %2846 = load <16 x float>, ptr %2845, align 4
  %2847 = or disjoint i64 %i41.addr.02118, 6
  %.idx1990 = shl nuw nsw i64 %2847, 7
  %2848 = getelementptr inbounds i8, ptr %OY, i64 %.idx1990
  %2849 = getelementptr inbounds i8, ptr %2848, i64 1024
  %2850 = load <16 x float>, ptr %2849, align 4
  %2851 = getelementptr inbounds i8, ptr %2848, i64 1088
  %2852 = load <16 x float>, ptr %2851, align 4
  %2853 = or disjoint i64 %i41.addr.02118, 7
  %.idx1991 = shl nuw nsw i64 %2853, 7
  %2854 = getelementptr inbounds i8, ptr %OY, i64 %.idx1991
  %2855 = getelementptr inbounds i8, ptr %2854, i64 1024
  %2856 = load <16 x float>, ptr %2855, align 4
  %2857 = getelementptr inbounds i8, ptr %2854, i64 1088
  %2858 = load <16 x float>, ptr %2857, align 4
  %.idx2296 = shl nsw i64 %i41.addr.02118, 5
  %.idx2297 = shl nsw i64 %2817, 5
  %.idx2298 = shl nsw i64 %2823, 5
  %.idx2299 = shl nsw i64 %2829, 5
  %.idx2300 = shl nsw i64 %2835, 5
  %.idx2301 = shl nsw i64 %2841, 5
  %.idx2302 = shl nsw i64 %2847, 5
  %.idx2303 = shl nsw i64 %2853, 5
  br label %p8.body

p8.body:                                          ; preds = %i41.body, %p8.body
  %acc40.02117 = phi <16 x float> [ %2814, %i41.body ], [ %2870, %p8.body ]
  %acc41.02116 = phi <16 x float> [ %2816, %i41.body ], [ %2871, %p8.body ]
  %acc42.02115 = phi <16 x float> [ %2820, %i41.body ], [ %2876, %p8.body ]
  %acc43.02114 = phi <16 x float> [ %2822, %i41.body ], [ %2877, %p8.body ]
  %acc44.02113 = phi <16 x float> [ %2826, %i41.body ], [ %2882, %p8.body ]
  %acc45.02112 = phi <16 x float> [ %2828, %i41.body ], [ %2883, %p8.body ]
  %acc46.02111 = phi <16 x float> [ %2832, %i41.body ], [ %2888, %p8.body ]
  %acc47.02110 = phi <16 x float> [ %2834, %i41.body ], [ %2889, %p8.body ]
  %acc48.02109 = phi <16 x float> [ %2838, %i41.body ], [ %2894, %p8.body ]
  %p8.addr.02108 = phi i64 [ 0, %i41.body ], [ %p8.next, %p8.body ]
  %acc55.02107 = phi <16 x float> [ %2858, %i41.body ], [ %2913, %p8.body ]
  %acc54.02106 = phi <16 x float> [ %2856, %i41.body ], [ %2912, %p8.body ]
  %acc53.02105 = phi <16 x float> [ %2852, %i41.body ], [ %2907, %p8.body ]
  %acc52.02104 = phi <16 x float> [ %2850, %i41.body ], [ %2906, %p8.body ]
  %acc51.02103 = phi <16 x float> [ %2846, %i41.body ], [ %2901, %p8.body ]
  %acc50.02102 = phi <16 x float> [ %2844, %i41.body ], [ %2900, %p8.body ]
  %acc49.02101 = phi <16 x float> [ %2840, %i41.body ], [ %2895, %p8.body ]
  %2859 = shl nuw nsw i64 %p8.addr.02108, 5
  %2860 = getelementptr inbounds float, ptr %OY, i64 %2859
  %2861 = load <16 x float>, ptr %2860, align 4
  %2862 = or disjoint i64 %2859, 16
  %2863 = getelementptr inbounds float, ptr %OY, i64 %2862
  %2864 = load <16 x float>, ptr %2863, align 4
  %2865 = getelementptr inbounds float, ptr %PT, i64 %p8.addr.02108
  %2866 = getelementptr inbounds i8, ptr %2865, i64 %.idx2296
  %2867 = load float, ptr %2866, align 4
  %2868 = insertelement <16 x float> poison, float %2867, i64 0
  %2869 = shufflevector <16 x float> %2868, <16 x float> poison, <16 x i32> zeroinitializer
  %2870 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2869, <16 x float> %2861, <16 x float> %acc40.02117)
  %2871 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2869, <16 x float> %2864, <16 x float> %acc41.02116)
  %2872 = getelementptr inbounds i8, ptr %2865, i64 %.idx2297
  %2873 = load float, ptr %2872, align 4
  %2874 = insertelement <16 x float> poison, float %2873, i64 0
  %2875 = shufflevector <16 x float> %2874, <16 x float> poison, <16 x i32> zeroinitializer
  %2876 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2875, <16 x float> %2861, <16 x float> %acc42.02115)
  %2877 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2875, <16 x float> %2864, <16 x float> %acc43.02114)
  %2878 = getelementptr inbounds i8, ptr %2865, i64 %.idx2298
  %2879 = load float, ptr %2878, align 4
  %2880 = insertelement <16 x float> poison, float %2879, i64 0
  %2881 = shufflevector <16 x float> %2880, <16 x float> poison, <16 x i32> zeroinitializer
  %2882 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2881, <16 x float> %2861, <16 x float> %acc44.02113)
  %2883 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2881, <16 x float> %2864, <16 x float> %acc45.02112)
  %2884 = getelementptr inbounds i8, ptr %2865, i64 %.idx2299
  %2885 = load float, ptr %2884, align 4
  %2886 = insertelement <16 x float> poison, float %2885, i64 0
  %2887 = shufflevector <16 x float> %2886, <16 x float> poison, <16 x i32> zeroinitializer
  %2888 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2887, <16 x float> %2861, <16 x float> %acc46.02111)
  %2889 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2887, <16 x float> %2864, <16 x float> %acc47.02110)
  %2890 = getelementptr inbounds i8, ptr %2865, i64 %.idx2300
  %2891 = load float, ptr %2890, align 4
  %2892 = insertelement <16 x float> poison, float %2891, i64 0
  %2893 = shufflevector <16 x float> %2892, <16 x float> poison, <16 x i32> zeroinitializer
  %2894 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2893, <16 x float> %2861, <16 x float> %acc48.02109)
  %2895 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2893, <16 x float> %2864, <16 x float> %acc49.02101)
  %2896 = getelementptr inbounds i8, ptr %2865, i64 %.idx2301
  %2897 = load float, ptr %2896, align 4
  %2898 = insertelement <16 x float> poison, float %2897, i64 0
  %2899 = shufflevector <16 x float> %2898, <16 x float> poison, <16 x i32> zeroinitializer
  %2900 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2899, <16 x float> %2861, <16 x float> %acc50.02102)
  %2901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2899, <16 x float> %2864, <16 x float> %acc51.02103)
  %2902 = getelementptr inbounds i8, ptr %2865, i64 %.idx2302
  %2903 = load float, ptr %2902, align 4
  %2904 = insertelement <16 x float> poison, float %2903, i64 0
  %2905 = shufflevector <16 x float> %2904, <16 x float> poison, <16 x i32> zeroinitializer
  %2906 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2905, <16 x float> %2861, <16 x float> %acc52.02104)
  %2907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2905, <16 x float> %2864, <16 x float> %acc53.02105)
  %2908 = getelementptr inbounds i8, ptr %2865, i64 %.idx2303
  %2909 = load float, ptr %2908, align 4
  %2910 = insertelement <16 x float> poison, float %2909, i64 0
  %2911 = shufflevector <16 x float> %2910, <16 x float> poison, <16 x i32> zeroinitializer
  %2912 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2911, <16 x float> %2861, <16 x float> %acc54.02106)
  %2913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2911, <16 x float> %2864, <16 x float> %acc55.02107)
  %p8.next = add nuw nsw i64 %p8.addr.02108, 1
  %exitcond2514.not = icmp eq i64 %p8.next, 8
  br i1 %exitcond2514.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  store <16 x float> %2870, ptr %2813, align 4
  store <16 x float> %2871, ptr %2815, align 4
  store <16 x float> %2876, ptr %2819, align 4
  store <16 x float> %2877, ptr %2821, align 4
  store <16 x float> %2882, ptr %2825, align 4
  store <16 x float> %2883, ptr %2827, align 4
  store <16 x float> %2888, ptr %2831, align 4
  store <16 x float> %2889, ptr %2833, align 4
  store <16 x float> %2894, ptr %2837, align 4
  store <16 x float> %2895, ptr %2839, align 4
  store <16 x float> %2900, ptr %2843, align 4
  store <16 x float> %2901, ptr %2845, align 4
  store <16 x float> %2906, ptr %2849, align 4
  store <16 x float> %2907, ptr %2851, align 4
  store <16 x float> %2912, ptr %2855, align 4
  store <16 x float> %2913, ptr %2857, align 4
  %i41.next = add nuw nsw i64 %i41.addr.02118, 8
  %2914 = icmp ult i64 %i41.addr.02118, 16
  br i1 %2914, label %i41.body, label %p9.body

p9.body:                                          ; preds = %p8.exit, %p9.body
  %p9.addr.02127 = phi i64 [ %p9.next.13447, %p9.body ], [ 0, %p8.exit ]
  %acc63.02126 = phi <8 x float> [ %3012, %p9.body ], [ zeroinitializer, %p8.exit ]
  %acc62.02125 = phi <8 x float> [ %3006, %p9.body ], [ zeroinitializer, %p8.exit ]
  %acc61.02124 = phi <8 x float> [ %3000, %p9.body ], [ zeroinitializer, %p8.exit ]
  %acc60.02123 = phi <8 x float> [ %2994, %p9.body ], [ zeroinitializer, %p8.exit ]
  %acc59.02122 = phi <8 x float> [ %2988, %p9.body ], [ zeroinitializer, %p8.exit ]
  %acc58.02121 = phi <8 x float> [ %2982, %p9.body ], [ zeroinitializer, %p8.exit ]
  %acc57.02120 = phi <8 x float> [ %2976, %p9.body ], [ zeroinitializer, %p8.exit ]
  %acc56.02119 = phi <8 x float> [ %2970, %p9.body ], [ zeroinitializer, %p8.exit ]
  %.idx1944 = shl nuw nsw i64 %p9.addr.02127, 5
  %2915 = getelementptr inbounds i8, ptr %dOT, i64 %.idx1944
  %2916 = load <8 x float>, ptr %2915, align 4
  %2917 = getelementptr inbounds float, ptr %Vn, i64 %p9.addr.02127
  %2918 = load float, ptr %2917, align 4
  %2919 = insertelement <8 x float> poison, float %2918, i64 0
  %2920 = shufflevector <8 x float> %2919, <8 x float> poison, <8 x i32> zeroinitializer
  %2921 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2920, <8 x float> %2916, <8 x float> %acc56.02119)
  %2922 = or disjoint i64 %p9.addr.02127, 32
  %2923 = getelementptr inbounds float, ptr %Vn, i64 %2922
  %2924 = load float, ptr %2923, align 4
  %2925 = insertelement <8 x float> poison, float %2924, i64 0
  %2926 = shufflevector <8 x float> %2925, <8 x float> poison, <8 x i32> zeroinitializer
  %2927 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2926, <8 x float> %2916, <8 x float> %acc57.02120)
  %2928 = or disjoint i64 %p9.addr.02127, 64
  %2929 = getelementptr inbounds float, ptr %Vn, i64 %2928
  %2930 = load float, ptr %2929, align 4
  %2931 = insertelement <8 x float> poison, float %2930, i64 0
  %2932 = shufflevector <8 x float> %2931, <8 x float> poison, <8 x i32> zeroinitializer
  %2933 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2932, <8 x float> %2916, <8 x float> %acc58.02121)
  %2934 = or disjoint i64 %p9.addr.02127, 96
  %2935 = getelementptr inbounds float, ptr %Vn, i64 %2934
  %2936 = load float, ptr %2935, align 4
  %2937 = insertelement <8 x float> poison, float %2936, i64 0
  %2938 = shufflevector <8 x float> %2937, <8 x float> poison, <8 x i32> zeroinitializer
  %2939 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2938, <8 x float> %2916, <8 x float> %acc59.02122)
  %2940 = or disjoint i64 %p9.addr.02127, 128
  %2941 = getelementptr inbounds float, ptr %Vn, i64 %2940
  %2942 = load float, ptr %2941, align 4
  %2943 = insertelement <8 x float> poison, float %2942, i64 0
  %2944 = shufflevector <8 x float> %2943, <8 x float> poison, <8 x i32> zeroinitializer
  %2945 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2944, <8 x float> %2916, <8 x float> %acc60.02123)
  %2946 = or disjoint i64 %p9.addr.02127, 160
  %2947 = getelementptr inbounds float, ptr %Vn, i64 %2946
  %2948 = load float, ptr %2947, align 4
  %2949 = insertelement <8 x float> poison, float %2948, i64 0
  %2950 = shufflevector <8 x float> %2949, <8 x float> poison, <8 x i32> zeroinitializer
  %2951 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2950, <8 x float> %2916, <8 x float> %acc61.02124)
  %2952 = or disjoint i64 %p9.addr.02127, 192
  %2953 = getelementptr inbounds float, ptr %Vn, i64 %2952
  %2954 = load float, ptr %2953, align 4
  %2955 = insertelement <8 x float> poison, float %2954, i64 0
  %2956 = shufflevector <8 x float> %2955, <8 x float> poison, <8 x i32> zeroinitializer
  %2957 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2956, <8 x float> %2916, <8 x float> %acc62.02125)
  %2958 = or disjoint i64 %p9.addr.02127, 224
  %2959 = getelementptr inbounds float, ptr %Vn, i64 %2958
  %2960 = load float, ptr %2959, align 4
  %2961 = insertelement <8 x float> poison, float %2960, i64 0
  %2962 = shufflevector <8 x float> %2961, <8 x float> poison, <8 x i32> zeroinitializer
  %2963 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2962, <8 x float> %2916, <8 x float> %acc63.02126)
  %p9.next = or disjoint i64 %p9.addr.02127, 1
  %.idx1944.13446 = shl nuw nsw i64 %p9.next, 5
  %2964 = getelementptr inbounds i8, ptr %dOT, i64 %.idx1944.13446
  %2965 = load <8 x float>, ptr %2964, align 4
  %2966 = getelementptr inbounds float, ptr %Vn, i64 %p9.next
  %2967 = load float, ptr %2966, align 4
  %2968 = insertelement <8 x float> poison, float %2967, i64 0
  %2969 = shufflevector <8 x float> %2968, <8 x float> poison, <8 x i32> zeroinitializer
  %2970 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2969, <8 x float> %2965, <8 x float> %2921)
  %2971 = or i64 %p9.addr.02127, 33
  %2972 = getelementptr inbounds float, ptr %Vn, i64 %2971
  %2973 = load float, ptr %2972, align 4
  %2974 = insertelement <8 x float> poison, float %2973, i64 0
  %2975 = shufflevector <8 x float> %2974, <8 x float> poison, <8 x i32> zeroinitializer
  %2976 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2975, <8 x float> %2965, <8 x float> %2927)
  %2977 = or i64 %p9.addr.02127, 65
  %2978 = getelementptr inbounds float, ptr %Vn, i64 %2977
  %2979 = load float, ptr %2978, align 4
  %2980 = insertelement <8 x float> poison, float %2979, i64 0
  %2981 = shufflevector <8 x float> %2980, <8 x float> poison, <8 x i32> zeroinitializer
  %2982 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2981, <8 x float> %2965, <8 x float> %2933)
  %2983 = or i64 %p9.addr.02127, 97
  %2984 = getelementptr inbounds float, ptr %Vn, i64 %2983
  %2985 = load float, ptr %2984, align 4
  %2986 = insertelement <8 x float> poison, float %2985, i64 0
  %2987 = shufflevector <8 x float> %2986, <8 x float> poison, <8 x i32> zeroinitializer
  %2988 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2987, <8 x float> %2965, <8 x float> %2939)
  %2989 = or i64 %p9.addr.02127, 129
  %2990 = getelementptr inbounds float, ptr %Vn, i64 %2989
  %2991 = load float, ptr %2990, align 4
  %2992 = insertelement <8 x float> poison, float %2991, i64 0
  %2993 = shufflevector <8 x float> %2992, <8 x float> poison, <8 x i32> zeroinitializer
  %2994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2993, <8 x float> %2965, <8 x float> %2945)
  %2995 = or i64 %p9.addr.02127, 161
  %2996 = getelementptr inbounds float, ptr %Vn, i64 %2995
  %2997 = load float, ptr %2996, align 4
  %2998 = insertelement <8 x float> poison, float %2997, i64 0
  %2999 = shufflevector <8 x float> %2998, <8 x float> poison, <8 x i32> zeroinitializer
  %3000 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2999, <8 x float> %2965, <8 x float> %2951)
  %3001 = or i64 %p9.addr.02127, 193
  %3002 = getelementptr inbounds float, ptr %Vn, i64 %3001
  %3003 = load float, ptr %3002, align 4
  %3004 = insertelement <8 x float> poison, float %3003, i64 0
  %3005 = shufflevector <8 x float> %3004, <8 x float> poison, <8 x i32> zeroinitializer
  %3006 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3005, <8 x float> %2965, <8 x float> %2957)
  %3007 = or i64 %p9.addr.02127, 225
  %3008 = getelementptr inbounds float, ptr %Vn, i64 %3007
  %3009 = load float, ptr %3008, align 4
  %3010 = insertelement <8 x float> poison, float %3009, i64 0
  %3011 = shufflevector <8 x float> %3010, <8 x float> poison, <8 x i32> zeroinitializer
  %3012 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3011, <8 x float> %2965, <8 x float> %2963)
  %p9.next.13447 = add nuw nsw i64 %p9.addr.02127, 2
  %exitcond2515.not.1 = icmp eq i64 %p9.next.13447, 32
  br i1 %exitcond2515.not.1, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  store <8 x float> %2970, ptr %462, align 4
  store <8 x float> %2976, ptr %463, align 4
  store <8 x float> %2982, ptr %464, align 4
  store <8 x float> %2988, ptr %465, align 4
  store <8 x float> %2994, ptr %466, align 4
  store <8 x float> %3000, ptr %467, align 4
  store <8 x float> %3006, ptr %468, align 4
  store <8 x float> %3012, ptr %469, align 4
  br label %p9.body.1

p9.body.1:                                        ; preds = %p9.body.1, %p9.exit
  %p9.addr.02127.1 = phi i64 [ 0, %p9.exit ], [ %p9.next.1.1, %p9.body.1 ]
  %acc63.02126.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %3112, %p9.body.1 ]
  %acc62.02125.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %3106, %p9.body.1 ]
  %acc61.02124.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %3100, %p9.body.1 ]
  %acc60.02123.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %3094, %p9.body.1 ]
  %acc59.02122.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %3088, %p9.body.1 ]
  %acc58.02121.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %3082, %p9.body.1 ]
  %acc57.02120.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %3076, %p9.body.1 ]
  %acc56.02119.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %3070, %p9.body.1 ]
  %.idx1944.1 = shl nuw nsw i64 %p9.addr.02127.1, 5
  %3013 = getelementptr inbounds i8, ptr %dOT, i64 %.idx1944.1
  %3014 = load <8 x float>, ptr %3013, align 4
  %3015 = add nuw nsw i64 %p9.addr.02127.1, 256
  %3016 = getelementptr inbounds float, ptr %Vn, i64 %3015
  %3017 = load float, ptr %3016, align 4
  %3018 = insertelement <8 x float> poison, float %3017, i64 0
  %3019 = shufflevector <8 x float> %3018, <8 x float> poison, <8 x i32> zeroinitializer
  %3020 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3019, <8 x float> %3014, <8 x float> %acc56.02119.1)
  %3021 = or disjoint i64 %3015, 32
  %3022 = getelementptr inbounds float, ptr %Vn, i64 %3021
  %3023 = load float, ptr %3022, align 4
  %3024 = insertelement <8 x float> poison, float %3023, i64 0
  %3025 = shufflevector <8 x float> %3024, <8 x float> poison, <8 x i32> zeroinitializer
  %3026 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3025, <8 x float> %3014, <8 x float> %acc57.02120.1)
  %3027 = or disjoint i64 %3015, 64
  %3028 = getelementptr inbounds float, ptr %Vn, i64 %3027
  %3029 = load float, ptr %3028, align 4
  %3030 = insertelement <8 x float> poison, float %3029, i64 0
  %3031 = shufflevector <8 x float> %3030, <8 x float> poison, <8 x i32> zeroinitializer
  %3032 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3031, <8 x float> %3014, <8 x float> %acc58.02121.1)
  %3033 = or disjoint i64 %3015, 96
  %3034 = getelementptr inbounds float, ptr %Vn, i64 %3033
  %3035 = load float, ptr %3034, align 4
  %3036 = insertelement <8 x float> poison, float %3035, i64 0
  %3037 = shufflevector <8 x float> %3036, <8 x float> poison, <8 x i32> zeroinitializer
  %3038 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3037, <8 x float> %3014, <8 x float> %acc59.02122.1)
  %3039 = or disjoint i64 %3015, 128
  %3040 = getelementptr inbounds float, ptr %Vn, i64 %3039
  %3041 = load float, ptr %3040, align 4
  %3042 = insertelement <8 x float> poison, float %3041, i64 0
  %3043 = shufflevector <8 x float> %3042, <8 x float> poison, <8 x i32> zeroinitializer
  %3044 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3043, <8 x float> %3014, <8 x float> %acc60.02123.1)
  %3045 = or disjoint i64 %3015, 160
  %3046 = getelementptr inbounds float, ptr %Vn, i64 %3045
  %3047 = load float, ptr %3046, align 4
  %3048 = insertelement <8 x float> poison, float %3047, i64 0
  %3049 = shufflevector <8 x float> %3048, <8 x float> poison, <8 x i32> zeroinitializer
  %3050 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3049, <8 x float> %3014, <8 x float> %acc61.02124.1)
  %3051 = or disjoint i64 %3015, 192
  %3052 = getelementptr inbounds float, ptr %Vn, i64 %3051
  %3053 = load float, ptr %3052, align 4
  %3054 = insertelement <8 x float> poison, float %3053, i64 0
  %3055 = shufflevector <8 x float> %3054, <8 x float> poison, <8 x i32> zeroinitializer
  %3056 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3055, <8 x float> %3014, <8 x float> %acc62.02125.1)
  %3057 = or disjoint i64 %3015, 224
  %3058 = getelementptr inbounds float, ptr %Vn, i64 %3057
  %3059 = load float, ptr %3058, align 4
  %3060 = insertelement <8 x float> poison, float %3059, i64 0
  %3061 = shufflevector <8 x float> %3060, <8 x float> poison, <8 x i32> zeroinitializer
  %3062 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3061, <8 x float> %3014, <8 x float> %acc63.02126.1)
  %p9.next.1 = shl i64 %p9.addr.02127.1, 5
  %.idx1944.1.1 = or disjoint i64 %p9.next.1, 32
  %3063 = getelementptr inbounds i8, ptr %dOT, i64 %.idx1944.1.1
  %3064 = load <8 x float>, ptr %3063, align 4
  %3065 = add nuw nsw i64 %p9.addr.02127.1, 257
  %3066 = getelementptr inbounds float, ptr %Vn, i64 %3065
  %3067 = load float, ptr %3066, align 4
  %3068 = insertelement <8 x float> poison, float %3067, i64 0
  %3069 = shufflevector <8 x float> %3068, <8 x float> poison, <8 x i32> zeroinitializer
  %3070 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3069, <8 x float> %3064, <8 x float> %3020)
  %3071 = or disjoint i64 %3065, 32
  %3072 = getelementptr inbounds float, ptr %Vn, i64 %3071
  %3073 = load float, ptr %3072, align 4
  %3074 = insertelement <8 x float> poison, float %3073, i64 0
  %3075 = shufflevector <8 x float> %3074, <8 x float> poison, <8 x i32> zeroinitializer
  %3076 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3075, <8 x float> %3064, <8 x float> %3026)
  %3077 = or disjoint i64 %3065, 64
  %3078 = getelementptr inbounds float, ptr %Vn, i64 %3077
  %3079 = load float, ptr %3078, align 4
  %3080 = insertelement <8 x float> poison, float %3079, i64 0
  %3081 = shufflevector <8 x float> %3080, <8 x float> poison, <8 x i32> zeroinitializer
  %3082 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3081, <8 x float> %3064, <8 x float> %3032)
  %3083 = or disjoint i64 %3065, 96
  %3084 = getelementptr inbounds float, ptr %Vn, i64 %3083
  %3085 = load float, ptr %3084, align 4
  %3086 = insertelement <8 x float> poison, float %3085, i64 0
  %3087 = shufflevector <8 x float> %3086, <8 x float> poison, <8 x i32> zeroinitializer
  %3088 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3087, <8 x float> %3064, <8 x float> %3038)
  %3089 = or disjoint i64 %3065, 128
  %3090 = getelementptr inbounds float, ptr %Vn, i64 %3089
  %3091 = load float, ptr %3090, align 4
  %3092 = insertelement <8 x float> poison, float %3091, i64 0
  %3093 = shufflevector <8 x float> %3092, <8 x float> poison, <8 x i32> zeroinitializer
  %3094 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3093, <8 x float> %3064, <8 x float> %3044)
  %3095 = or disjoint i64 %3065, 160
  %3096 = getelementptr inbounds float, ptr %Vn, i64 %3095
  %3097 = load float, ptr %3096, align 4
  %3098 = insertelement <8 x float> poison, float %3097, i64 0
  %3099 = shufflevector <8 x float> %3098, <8 x float> poison, <8 x i32> zeroinitializer
  %3100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3099, <8 x float> %3064, <8 x float> %3050)
  %3101 = or disjoint i64 %3065, 192
  %3102 = getelementptr inbounds float, ptr %Vn, i64 %3101
  %3103 = load float, ptr %3102, align 4
  %3104 = insertelement <8 x float> poison, float %3103, i64 0
  %3105 = shufflevector <8 x float> %3104, <8 x float> poison, <8 x i32> zeroinitializer
  %3106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3105, <8 x float> %3064, <8 x float> %3056)
  %3107 = or disjoint i64 %3065, 224
  %3108 = getelementptr inbounds float, ptr %Vn, i64 %3107
  %3109 = load float, ptr %3108, align 4
  %3110 = insertelement <8 x float> poison, float %3109, i64 0
  %3111 = shufflevector <8 x float> %3110, <8 x float> poison, <8 x i32> zeroinitializer
  %3112 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3111, <8 x float> %3064, <8 x float> %3062)
  %p9.next.1.1 = add nuw nsw i64 %p9.addr.02127.1, 2
  %exitcond2515.1.not.1 = icmp eq i64 %p9.next.1.1, 32
  br i1 %exitcond2515.1.not.1, label %p9.exit.1, label %p9.body.1

p9.exit.1:                                        ; preds = %p9.body.1
  store <8 x float> %3070, ptr %470, align 4
  store <8 x float> %3076, ptr %471, align 4
  store <8 x float> %3082, ptr %472, align 4
  store <8 x float> %3088, ptr %473, align 4
  store <8 x float> %3094, ptr %474, align 4
  store <8 x float> %3100, ptr %475, align 4
  store <8 x float> %3106, ptr %476, align 4
  store <8 x float> %3112, ptr %477, align 4
  br label %p9.body.2

p9.body.2:                                        ; preds = %p9.body.2, %p9.exit.1
  %p9.addr.02127.2 = phi i64 [ 0, %p9.exit.1 ], [ %p9.next.2.1, %p9.body.2 ]
  %acc63.02126.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %3212, %p9.body.2 ]
  %acc62.02125.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %3206, %p9.body.2 ]
  %acc61.02124.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %3200, %p9.body.2 ]
  %acc60.02123.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %3194, %p9.body.2 ]
  %acc59.02122.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %3188, %p9.body.2 ]
  %acc58.02121.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %3182, %p9.body.2 ]
  %acc57.02120.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %3176, %p9.body.2 ]
  %acc56.02119.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %3170, %p9.body.2 ]
  %.idx1944.2 = shl nuw nsw i64 %p9.addr.02127.2, 5
  %3113 = getelementptr inbounds i8, ptr %dOT, i64 %.idx1944.2
  %3114 = load <8 x float>, ptr %3113, align 4
  %3115 = add nuw nsw i64 %p9.addr.02127.2, 512
  %3116 = getelementptr inbounds float, ptr %Vn, i64 %3115
  %3117 = load float, ptr %3116, align 4
  %3118 = insertelement <8 x float> poison, float %3117, i64 0
  %3119 = shufflevector <8 x float> %3118, <8 x float> poison, <8 x i32> zeroinitializer
  %3120 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3119, <8 x float> %3114, <8 x float> %acc56.02119.2)
  %3121 = or disjoint i64 %3115, 32
  %3122 = getelementptr inbounds float, ptr %Vn, i64 %3121
  %3123 = load float, ptr %3122, align 4
  %3124 = insertelement <8 x float> poison, float %3123, i64 0
  %3125 = shufflevector <8 x float> %3124, <8 x float> poison, <8 x i32> zeroinitializer
  %3126 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3125, <8 x float> %3114, <8 x float> %acc57.02120.2)
  %3127 = or disjoint i64 %3115, 64
  %3128 = getelementptr inbounds float, ptr %Vn, i64 %3127
  %3129 = load float, ptr %3128, align 4
  %3130 = insertelement <8 x float> poison, float %3129, i64 0
  %3131 = shufflevector <8 x float> %3130, <8 x float> poison, <8 x i32> zeroinitializer
  %3132 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3131, <8 x float> %3114, <8 x float> %acc58.02121.2)
  %3133 = or disjoint i64 %3115, 96
  %3134 = getelementptr inbounds float, ptr %Vn, i64 %3133
  %3135 = load float, ptr %3134, align 4
  %3136 = insertelement <8 x float> poison, float %3135, i64 0
  %3137 = shufflevector <8 x float> %3136, <8 x float> poison, <8 x i32> zeroinitializer
  %3138 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3137, <8 x float> %3114, <8 x float> %acc59.02122.2)
  %3139 = or disjoint i64 %3115, 128
  %3140 = getelementptr inbounds float, ptr %Vn, i64 %3139
  %3141 = load float, ptr %3140, align 4
  %3142 = insertelement <8 x float> poison, float %3141, i64 0
  %3143 = shufflevector <8 x float> %3142, <8 x float> poison, <8 x i32> zeroinitializer
  %3144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3143, <8 x float> %3114, <8 x float> %acc60.02123.2)
  %3145 = or disjoint i64 %3115, 160
  %3146 = getelementptr inbounds float, ptr %Vn, i64 %3145
  %3147 = load float, ptr %3146, align 4
  %3148 = insertelement <8 x float> poison, float %3147, i64 0
  %3149 = shufflevector <8 x float> %3148, <8 x float> poison, <8 x i32> zeroinitializer
  %3150 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3149, <8 x float> %3114, <8 x float> %acc61.02124.2)
  %3151 = or disjoint i64 %3115, 192
  %3152 = getelementptr inbounds float, ptr %Vn, i64 %3151
  %3153 = load float, ptr %3152, align 4
  %3154 = insertelement <8 x float> poison, float %3153, i64 0
  %3155 = shufflevector <8 x float> %3154, <8 x float> poison, <8 x i32> zeroinitializer
  %3156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3155, <8 x float> %3114, <8 x float> %acc62.02125.2)
  %3157 = or disjoint i64 %3115, 224
  %3158 = getelementptr inbounds float, ptr %Vn, i64 %3157
  %3159 = load float, ptr %3158, align 4
  %3160 = insertelement <8 x float> poison, float %3159, i64 0
  %3161 = shufflevector <8 x float> %3160, <8 x float> poison, <8 x i32> zeroinitializer
  %3162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3161, <8 x float> %3114, <8 x float> %acc63.02126.2)
  %p9.next.2 = shl i64 %p9.addr.02127.2, 5
  %.idx1944.2.1 = or disjoint i64 %p9.next.2, 32
  %3163 = getelementptr inbounds i8, ptr %dOT, i64 %.idx1944.2.1
  %3164 = load <8 x float>, ptr %3163, align 4
  %3165 = add nuw nsw i64 %p9.addr.02127.2, 513
  %3166 = getelementptr inbounds float, ptr %Vn, i64 %3165
  %3167 = load float, ptr %3166, align 4
  %3168 = insertelement <8 x float> poison, float %3167, i64 0
  %3169 = shufflevector <8 x float> %3168, <8 x float> poison, <8 x i32> zeroinitializer
  %3170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3169, <8 x float> %3164, <8 x float> %3120)
  %3171 = or disjoint i64 %3165, 32
  %3172 = getelementptr inbounds float, ptr %Vn, i64 %3171
  %3173 = load float, ptr %3172, align 4
  %3174 = insertelement <8 x float> poison, float %3173, i64 0
  %3175 = shufflevector <8 x float> %3174, <8 x float> poison, <8 x i32> zeroinitializer
  %3176 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3175, <8 x float> %3164, <8 x float> %3126)
  %3177 = or disjoint i64 %3165, 64
  %3178 = getelementptr inbounds float, ptr %Vn, i64 %3177
  %3179 = load float, ptr %3178, align 4
  %3180 = insertelement <8 x float> poison, float %3179, i64 0
  %3181 = shufflevector <8 x float> %3180, <8 x float> poison, <8 x i32> zeroinitializer
  %3182 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3181, <8 x float> %3164, <8 x float> %3132)
  %3183 = or disjoint i64 %3165, 96
  %3184 = getelementptr inbounds float, ptr %Vn, i64 %3183
  %3185 = load float, ptr %3184, align 4
  %3186 = insertelement <8 x float> poison, float %3185, i64 0
  %3187 = shufflevector <8 x float> %3186, <8 x float> poison, <8 x i32> zeroinitializer
  %3188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3187, <8 x float> %3164, <8 x float> %3138)
  %3189 = or disjoint i64 %3165, 128
  %3190 = getelementptr inbounds float, ptr %Vn, i64 %3189
  %3191 = load float, ptr %3190, align 4
  %3192 = insertelement <8 x float> poison, float %3191, i64 0
  %3193 = shufflevector <8 x float> %3192, <8 x float> poison, <8 x i32> zeroinitializer
  %3194 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3193, <8 x float> %3164, <8 x float> %3144)
  %3195 = or disjoint i64 %3165, 160
  %3196 = getelementptr inbounds float, ptr %Vn, i64 %3195
  %3197 = load float, ptr %3196, align 4
  %3198 = insertelement <8 x float> poison, float %3197, i64 0
  %3199 = shufflevector <8 x float> %3198, <8 x float> poison, <8 x i32> zeroinitializer
  %3200 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3199, <8 x float> %3164, <8 x float> %3150)
  %3201 = or disjoint i64 %3165, 192
  %3202 = getelementptr inbounds float, ptr %Vn, i64 %3201
  %3203 = load float, ptr %3202, align 4
  %3204 = insertelement <8 x float> poison, float %3203, i64 0
  %3205 = shufflevector <8 x float> %3204, <8 x float> poison, <8 x i32> zeroinitializer
  %3206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3205, <8 x float> %3164, <8 x float> %3156)
  %3207 = or disjoint i64 %3165, 224
  %3208 = getelementptr inbounds float, ptr %Vn, i64 %3207
  %3209 = load float, ptr %3208, align 4
  %3210 = insertelement <8 x float> poison, float %3209, i64 0
  %3211 = shufflevector <8 x float> %3210, <8 x float> poison, <8 x i32> zeroinitializer
  %3212 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3211, <8 x float> %3164, <8 x float> %3162)
  %p9.next.2.1 = add nuw nsw i64 %p9.addr.02127.2, 2
  %exitcond2515.2.not.1 = icmp eq i64 %p9.next.2.1, 32
  br i1 %exitcond2515.2.not.1, label %p9.exit.2, label %p9.body.2

p9.exit.2:                                        ; preds = %p9.body.2
  %3213 = load <8 x float>, ptr %M, align 4
  %3214 = fmul <8 x float> %2970, %3213
  store <8 x float> %3214, ptr %462, align 4
  %3215 = fmul <8 x float> %2976, %3213
  store <8 x float> %3215, ptr %463, align 4
  %3216 = fmul <8 x float> %2982, %3213
  store <8 x float> %3216, ptr %464, align 4
  %3217 = load <8 x float>, ptr %39, align 4
  %3218 = fmul <8 x float> %2988, %3217
  store <8 x float> %3218, ptr %478, align 4
  %3219 = fmul <8 x float> %2994, %3217
  store <8 x float> %3219, ptr %479, align 4
  %3220 = fmul <8 x float> %3000, %3217
  store <8 x float> %3220, ptr %480, align 4
  %3221 = load <8 x float>, ptr %40, align 4
  %3222 = fmul <8 x float> %3006, %3221
  store <8 x float> %3222, ptr %481, align 4
  %3223 = fmul <8 x float> %3012, %3221
  store <8 x float> %3223, ptr %482, align 4
  %3224 = fmul <8 x float> %3070, %3221
  store <8 x float> %3224, ptr %483, align 4
  %3225 = load <8 x float>, ptr %41, align 4
  %3226 = fmul <8 x float> %3076, %3225
  store <8 x float> %3226, ptr %484, align 4
  %3227 = fmul <8 x float> %3082, %3225
  store <8 x float> %3227, ptr %485, align 4
  %3228 = fmul <8 x float> %3088, %3225
  store <8 x float> %3228, ptr %486, align 4
  %3229 = load <8 x float>, ptr %42, align 4
  %3230 = fmul <8 x float> %3094, %3229
  store <8 x float> %3230, ptr %487, align 4
  %3231 = fmul <8 x float> %3100, %3229
  store <8 x float> %3231, ptr %488, align 4
  %3232 = fmul <8 x float> %3106, %3229
  store <8 x float> %3232, ptr %489, align 4
  %3233 = load <8 x float>, ptr %44, align 4
  %3234 = fmul <8 x float> %3112, %3233
  store <8 x float> %3234, ptr %490, align 4
  %3235 = fmul <8 x float> %3170, %3233
  store <8 x float> %3235, ptr %491, align 4
  %3236 = fmul <8 x float> %3176, %3233
  store <8 x float> %3236, ptr %492, align 4
  %3237 = load <8 x float>, ptr %47, align 4
  %3238 = fmul <8 x float> %3182, %3237
  store <8 x float> %3238, ptr %493, align 4
  %3239 = fmul <8 x float> %3188, %3237
  store <8 x float> %3239, ptr %494, align 4
  %3240 = fmul <8 x float> %3194, %3237
  store <8 x float> %3240, ptr %495, align 4
  %3241 = load <8 x float>, ptr %49, align 4
  %3242 = fmul <8 x float> %3200, %3241
  store <8 x float> %3242, ptr %496, align 4
  %3243 = fmul <8 x float> %3206, %3241
  store <8 x float> %3243, ptr %497, align 4
  %3244 = fmul <8 x float> %3212, %3241
  store <8 x float> %3244, ptr %498, align 4
  br label %p10.body

p10.body:                                         ; preds = %p9.exit.2, %p10.body
  %p10.addr.02146 = phi i64 [ %p10.next, %p10.body ], [ 0, %p9.exit.2 ]
  %acc79.02145 = phi <16 x float> [ %3306, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc78.02144 = phi <16 x float> [ %3305, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc77.02143 = phi <16 x float> [ %3299, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc76.02142 = phi <16 x float> [ %3298, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc75.02141 = phi <16 x float> [ %3292, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc74.02140 = phi <16 x float> [ %3291, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc73.02139 = phi <16 x float> [ %3285, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc72.02138 = phi <16 x float> [ %3284, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc71.02137 = phi <16 x float> [ %3278, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc70.02136 = phi <16 x float> [ %3277, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc69.02135 = phi <16 x float> [ %3271, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc68.02134 = phi <16 x float> [ %3270, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc67.02133 = phi <16 x float> [ %3264, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc66.02132 = phi <16 x float> [ %3263, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc65.02131 = phi <16 x float> [ %3257, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %acc64.02130 = phi <16 x float> [ %3256, %p10.body ], [ zeroinitializer, %p9.exit.2 ]
  %3245 = shl nuw nsw i64 %p10.addr.02146, 5
  %3246 = or disjoint i64 %3245, 1024
  %3247 = getelementptr inbounds float, ptr %Bk, i64 %3246
  %3248 = load <16 x float>, ptr %3247, align 4
  %3249 = or disjoint i64 %3245, 1040
  %3250 = getelementptr inbounds float, ptr %Bk, i64 %3249
  %3251 = load <16 x float>, ptr %3250, align 4
  %3252 = getelementptr inbounds float, ptr %OY, i64 %p10.addr.02146
  %3253 = load float, ptr %3252, align 4
  %3254 = insertelement <16 x float> poison, float %3253, i64 0
  %3255 = shufflevector <16 x float> %3254, <16 x float> poison, <16 x i32> zeroinitializer
  %3256 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3255, <16 x float> %3248, <16 x float> %acc64.02130)
  %3257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3255, <16 x float> %3251, <16 x float> %acc65.02131)
  %3258 = or disjoint i64 %p10.addr.02146, 32
  %3259 = getelementptr inbounds float, ptr %OY, i64 %3258
  %3260 = load float, ptr %3259, align 4
  %3261 = insertelement <16 x float> poison, float %3260, i64 0
  %3262 = shufflevector <16 x float> %3261, <16 x float> poison, <16 x i32> zeroinitializer
  %3263 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3262, <16 x float> %3248, <16 x float> %acc66.02132)
  %3264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3262, <16 x float> %3251, <16 x float> %acc67.02133)
  %3265 = or disjoint i64 %p10.addr.02146, 64
  %3266 = getelementptr inbounds float, ptr %OY, i64 %3265
  %3267 = load float, ptr %3266, align 4
  %3268 = insertelement <16 x float> poison, float %3267, i64 0
  %3269 = shufflevector <16 x float> %3268, <16 x float> poison, <16 x i32> zeroinitializer
  %3270 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3269, <16 x float> %3248, <16 x float> %acc68.02134)
  %3271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3269, <16 x float> %3251, <16 x float> %acc69.02135)
  %3272 = or disjoint i64 %p10.addr.02146, 96
  %3273 = getelementptr inbounds float, ptr %OY, i64 %3272
  %3274 = load float, ptr %3273, align 4
  %3275 = insertelement <16 x float> poison, float %3274, i64 0
  %3276 = shufflevector <16 x float> %3275, <16 x float> poison, <16 x i32> zeroinitializer
  %3277 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3276, <16 x float> %3248, <16 x float> %acc70.02136)
  %3278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3276, <16 x float> %3251, <16 x float> %acc71.02137)
  %3279 = or disjoint i64 %p10.addr.02146, 128
  %3280 = getelementptr inbounds float, ptr %OY, i64 %3279
  %3281 = load float, ptr %3280, align 4
  %3282 = insertelement <16 x float> poison, float %3281, i64 0
  %3283 = shufflevector <16 x float> %3282, <16 x float> poison, <16 x i32> zeroinitializer
  %3284 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3283, <16 x float> %3248, <16 x float> %acc72.02138)
  %3285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3283, <16 x float> %3251, <16 x float> %acc73.02139)
  %3286 = or disjoint i64 %p10.addr.02146, 160
  %3287 = getelementptr inbounds float, ptr %OY, i64 %3286
  %3288 = load float, ptr %3287, align 4
  %3289 = insertelement <16 x float> poison, float %3288, i64 0
  %3290 = shufflevector <16 x float> %3289, <16 x float> poison, <16 x i32> zeroinitializer
  %3291 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3290, <16 x float> %3248, <16 x float> %acc74.02140)
  %3292 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3290, <16 x float> %3251, <16 x float> %acc75.02141)
  %3293 = or disjoint i64 %p10.addr.02146, 192
  %3294 = getelementptr inbounds float, ptr %OY, i64 %3293
  %3295 = load float, ptr %3294, align 4
  %3296 = insertelement <16 x float> poison, float %3295, i64 0
  %3297 = shufflevector <16 x float> %3296, <16 x float> poison, <16 x i32> zeroinitializer
  %3298 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3297, <16 x float> %3248, <16 x float> %acc76.02142)
  %3299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3297, <16 x float> %3251, <16 x float> %acc77.02143)
  %3300 = or disjoint i64 %p10.addr.02146, 224
  %3301 = getelementptr inbounds float, ptr %OY, i64 %3300
  %3302 = load float, ptr %3301, align 4
  %3303 = insertelement <16 x float> poison, float %3302, i64 0
  %3304 = shufflevector <16 x float> %3303, <16 x float> poison, <16 x i32> zeroinitializer
  %3305 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3304, <16 x float> %3248, <16 x float> %acc78.02144)
  %3306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3304, <16 x float> %3251, <16 x float> %acc79.02145)
  %p10.next = add nuw nsw i64 %p10.addr.02146, 1
  %exitcond2517.not = icmp eq i64 %p10.next, 32
  br i1 %exitcond2517.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %3256, ptr %dQc, align 4
  store <16 x float> %3257, ptr %4, align 4
  store <16 x float> %3263, ptr %5, align 4
  store <16 x float> %3264, ptr %6, align 4
  store <16 x float> %3270, ptr %7, align 4
  store <16 x float> %3271, ptr %8, align 4
  store <16 x float> %3277, ptr %9, align 4
  store <16 x float> %3278, ptr %10, align 4
  store <16 x float> %3284, ptr %11, align 4
  store <16 x float> %3285, ptr %12, align 4
  store <16 x float> %3291, ptr %13, align 4
  store <16 x float> %3292, ptr %14, align 4
  store <16 x float> %3298, ptr %15, align 4
  store <16 x float> %3299, ptr %16, align 4
  store <16 x float> %3305, ptr %17, align 4
  store <16 x float> %3306, ptr %18, align 4
  br label %p11.body

p11.body:                                         ; preds = %p10.exit, %p11.body
  %p11.addr.02163 = phi i64 [ 0, %p10.exit ], [ %p11.next, %p11.body ]
  %acc95.02162 = phi <16 x float> [ %3306, %p10.exit ], [ %3360, %p11.body ]
  %acc94.02161 = phi <16 x float> [ %3305, %p10.exit ], [ %3359, %p11.body ]
  %acc93.02160 = phi <16 x float> [ %3299, %p10.exit ], [ %3354, %p11.body ]
  %acc92.02159 = phi <16 x float> [ %3298, %p10.exit ], [ %3353, %p11.body ]
  %acc91.02158 = phi <16 x float> [ %3292, %p10.exit ], [ %3348, %p11.body ]
  %acc90.02157 = phi <16 x float> [ %3291, %p10.exit ], [ %3347, %p11.body ]
  %acc89.02156 = phi <16 x float> [ %3285, %p10.exit ], [ %3342, %p11.body ]
  %acc88.02155 = phi <16 x float> [ %3284, %p10.exit ], [ %3341, %p11.body ]
  %acc87.02154 = phi <16 x float> [ %3278, %p10.exit ], [ %3336, %p11.body ]
  %acc86.02153 = phi <16 x float> [ %3277, %p10.exit ], [ %3335, %p11.body ]
  %acc85.02152 = phi <16 x float> [ %3271, %p10.exit ], [ %3330, %p11.body ]
  %acc84.02151 = phi <16 x float> [ %3270, %p10.exit ], [ %3329, %p11.body ]
  %acc83.02150 = phi <16 x float> [ %3264, %p10.exit ], [ %3324, %p11.body ]
  %acc82.02149 = phi <16 x float> [ %3263, %p10.exit ], [ %3323, %p11.body ]
  %acc81.02148 = phi <16 x float> [ %3257, %p10.exit ], [ %3318, %p11.body ]
  %acc80.02147 = phi <16 x float> [ %3256, %p10.exit ], [ %3317, %p11.body ]
  %.idx1982 = shl nuw nsw i64 %p11.addr.02163, 7
  %3307 = getelementptr inbounds i8, ptr %Bk, i64 %.idx1982
  %3308 = getelementptr inbounds i8, ptr %3307, i64 9216
  %3309 = load <16 x float>, ptr %3308, align 4
  %3310 = getelementptr inbounds i8, ptr %3307, i64 9280
  %3311 = load <16 x float>, ptr %3310, align 4
  %.idx1983 = mul nuw nsw i64 %p11.addr.02163, 384
  %3312 = getelementptr inbounds i8, ptr %Ak, i64 %.idx1983
  %3313 = getelementptr inbounds i8, ptr %3312, i64 256
  %3314 = load float, ptr %3313, align 4
  %3315 = insertelement <16 x float> poison, float %3314, i64 0
  %3316 = shufflevector <16 x float> %3315, <16 x float> poison, <16 x i32> zeroinitializer
  %3317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3316, <16 x float> %3309, <16 x float> %acc80.02147)
  %3318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3316, <16 x float> %3311, <16 x float> %acc81.02148)
  %3319 = getelementptr inbounds i8, ptr %3312, i64 260
  %3320 = load float, ptr %3319, align 4
  %3321 = insertelement <16 x float> poison, float %3320, i64 0
  %3322 = shufflevector <16 x float> %3321, <16 x float> poison, <16 x i32> zeroinitializer
  %3323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3322, <16 x float> %3309, <16 x float> %acc82.02149)
  %3324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3322, <16 x float> %3311, <16 x float> %acc83.02150)
  %3325 = getelementptr inbounds i8, ptr %3312, i64 264
  %3326 = load float, ptr %3325, align 4
  %3327 = insertelement <16 x float> poison, float %3326, i64 0
  %3328 = shufflevector <16 x float> %3327, <16 x float> poison, <16 x i32> zeroinitializer
  %3329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3328, <16 x float> %3309, <16 x float> %acc84.02151)
  %3330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3328, <16 x float> %3311, <16 x float> %acc85.02152)
  %3331 = getelementptr inbounds i8, ptr %3312, i64 268
  %3332 = load float, ptr %3331, align 4
  %3333 = insertelement <16 x float> poison, float %3332, i64 0
  %3334 = shufflevector <16 x float> %3333, <16 x float> poison, <16 x i32> zeroinitializer
  %3335 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3334, <16 x float> %3309, <16 x float> %acc86.02153)
  %3336 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3334, <16 x float> %3311, <16 x float> %acc87.02154)
  %3337 = getelementptr inbounds i8, ptr %3312, i64 272
  %3338 = load float, ptr %3337, align 4
  %3339 = insertelement <16 x float> poison, float %3338, i64 0
  %3340 = shufflevector <16 x float> %3339, <16 x float> poison, <16 x i32> zeroinitializer
  %3341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3340, <16 x float> %3309, <16 x float> %acc88.02155)
  %3342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3340, <16 x float> %3311, <16 x float> %acc89.02156)
  %3343 = getelementptr inbounds i8, ptr %3312, i64 276
  %3344 = load float, ptr %3343, align 4
  %3345 = insertelement <16 x float> poison, float %3344, i64 0
  %3346 = shufflevector <16 x float> %3345, <16 x float> poison, <16 x i32> zeroinitializer
  %3347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3346, <16 x float> %3309, <16 x float> %acc90.02157)
  %3348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3346, <16 x float> %3311, <16 x float> %acc91.02158)
  %3349 = getelementptr inbounds i8, ptr %3312, i64 280
  %3350 = load float, ptr %3349, align 4
  %3351 = insertelement <16 x float> poison, float %3350, i64 0
  %3352 = shufflevector <16 x float> %3351, <16 x float> poison, <16 x i32> zeroinitializer
  %3353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3352, <16 x float> %3309, <16 x float> %acc92.02159)
  %3354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3352, <16 x float> %3311, <16 x float> %acc93.02160)
  %3355 = getelementptr inbounds i8, ptr %3312, i64 284
  %3356 = load float, ptr %3355, align 4
  %3357 = insertelement <16 x float> poison, float %3356, i64 0
  %3358 = shufflevector <16 x float> %3357, <16 x float> poison, <16 x i32> zeroinitializer
  %3359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3358, <16 x float> %3309, <16 x float> %acc94.02161)
  %3360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3358, <16 x float> %3311, <16 x float> %acc95.02162)
  %p11.next = add nuw nsw i64 %p11.addr.02163, 1
  %exitcond2518.not = icmp eq i64 %p11.next, 24
  br i1 %exitcond2518.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %L = tail call i64 @llvm.smin.i64(i64 %595, i64 8)
  %3361 = icmp sgt i64 %595, 0
  br i1 %3361, label %endif928, label %endif984

endif928:                                         ; preds = %p11.exit
  %3362 = fmul <16 x float> %3317, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3363 = mul nsw i64 %t0, %sq
  %3364 = getelementptr inbounds float, ptr %qh1, i64 %3363
  store <16 x float> %3362, ptr %3364, align 4
  %3365 = fmul <16 x float> %3318, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3366 = or disjoint i64 %3363, 16
  %3367 = getelementptr inbounds float, ptr %qh1, i64 %3366
  store <16 x float> %3365, ptr %3367, align 4
  %.not1973 = icmp eq i64 %595, 1
  br i1 %.not1973, label %endif984, label %endif936

endif936:                                         ; preds = %endif928
  %3368 = fmul <16 x float> %3323, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3369 = or disjoint i64 %t0, 1
  %3370 = mul nsw i64 %3369, %sq
  %3371 = getelementptr inbounds float, ptr %qh1, i64 %3370
  store <16 x float> %3368, ptr %3371, align 4
  %3372 = fmul <16 x float> %3324, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3373 = or disjoint i64 %3370, 16
  %3374 = getelementptr inbounds float, ptr %qh1, i64 %3373
  store <16 x float> %3372, ptr %3374, align 4
  %3375 = icmp ugt i64 %595, 2
  br i1 %3375, label %endif944, label %endif984

endif944:                                         ; preds = %endif936
  %3376 = fmul <16 x float> %3329, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3377 = or disjoint i64 %t0, 2
  %3378 = mul nsw i64 %3377, %sq
  %3379 = getelementptr inbounds float, ptr %qh1, i64 %3378
  store <16 x float> %3376, ptr %3379, align 4
  %3380 = fmul <16 x float> %3330, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3381 = or disjoint i64 %3378, 16
  %3382 = getelementptr inbounds float, ptr %qh1, i64 %3381
  store <16 x float> %3380, ptr %3382, align 4
  %.not1974 = icmp eq i64 %595, 3
  br i1 %.not1974, label %endif984, label %endif952

endif952:                                         ; preds = %endif944
  %3383 = fmul <16 x float> %3335, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3384 = or disjoint i64 %t0, 3
  %3385 = mul nsw i64 %3384, %sq
  %3386 = getelementptr inbounds float, ptr %qh1, i64 %3385
  store <16 x float> %3383, ptr %3386, align 4
  %3387 = fmul <16 x float> %3336, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3388 = or disjoint i64 %3385, 16
  %3389 = getelementptr inbounds float, ptr %qh1, i64 %3388
  store <16 x float> %3387, ptr %3389, align 4
  %3390 = icmp ugt i64 %595, 4
  br i1 %3390, label %endif960, label %endif984

endif960:                                         ; preds = %endif952
  %3391 = fmul <16 x float> %3341, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3392 = or disjoint i64 %t0, 4
  %3393 = mul nsw i64 %3392, %sq
  %3394 = getelementptr inbounds float, ptr %qh1, i64 %3393
  store <16 x float> %3391, ptr %3394, align 4
  %3395 = fmul <16 x float> %3342, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3396 = or disjoint i64 %3393, 16
  %3397 = getelementptr inbounds float, ptr %qh1, i64 %3396
  store <16 x float> %3395, ptr %3397, align 4
  %.not1975 = icmp eq i64 %595, 5
  br i1 %.not1975, label %endif984, label %endif968

endif968:                                         ; preds = %endif960
  %3398 = fmul <16 x float> %3347, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3399 = or disjoint i64 %t0, 5
  %3400 = mul nsw i64 %3399, %sq
  %3401 = getelementptr inbounds float, ptr %qh1, i64 %3400
  store <16 x float> %3398, ptr %3401, align 4
  %3402 = fmul <16 x float> %3348, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3403 = or disjoint i64 %3400, 16
  %3404 = getelementptr inbounds float, ptr %qh1, i64 %3403
  store <16 x float> %3402, ptr %3404, align 4
  %3405 = icmp ugt i64 %595, 6
  br i1 %3405, label %endif976, label %endif984

endif976:                                         ; preds = %endif968
  %3406 = fmul <16 x float> %3353, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3407 = or disjoint i64 %t0, 6
  %3408 = mul nsw i64 %3407, %sq
  %3409 = getelementptr inbounds float, ptr %qh1, i64 %3408
  store <16 x float> %3406, ptr %3409, align 4
  %3410 = fmul <16 x float> %3354, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3411 = or disjoint i64 %3408, 16
  %3412 = getelementptr inbounds float, ptr %qh1, i64 %3411
  store <16 x float> %3410, ptr %3412, align 4
  %.not1976 = icmp eq i64 %595, 7
  br i1 %.not1976, label %endif984, label %then978

then978:                                          ; preds = %endif976
  %3413 = fmul <16 x float> %3359, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3414 = or disjoint i64 %t0, 7
  %3415 = mul nsw i64 %3414, %sq
  %3416 = getelementptr inbounds float, ptr %qh1, i64 %3415
  store <16 x float> %3413, ptr %3416, align 4
  %3417 = fmul <16 x float> %3360, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %3418 = or disjoint i64 %3415, 16
  %3419 = getelementptr inbounds float, ptr %qh1, i64 %3418
  store <16 x float> %3417, ptr %3419, align 4
  br label %endif984

endif984:                                         ; preds = %p11.exit, %endif928, %endif936, %endif944, %endif952, %endif960, %endif968, %endif976, %then978
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(96) %dbet, i8 0, i64 96, i1 false)
  br label %ib1.body

t4.head.preheader:                                ; preds = %j34.exit
  br i1 %3361, label %t4.body.preheader, label %i58.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %3420 = getelementptr i8, ptr %dv, i64 %588
  %3421 = getelementptr i8, ptr %dv, i64 %589
  %3422 = getelementptr i8, ptr %dv, i64 %590
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3422, ptr noundef nonnull align 4 dereferenceable(128) %invariant.gep2855, i64 128, i1 false)
  %tau3 = mul nsw i64 %ci, 24
  %3423 = load float, ptr %dbet, align 4
  %3424 = mul nsw i64 %tau3, %H
  %3425 = getelementptr inbounds float, ptr %betah1, i64 %3424
  store float %3423, ptr %3425, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3421, ptr noundef nonnull align 4 dereferenceable(128) %invariant.gep2853, i64 128, i1 false)
  %tau4 = or disjoint i64 %tau3, 1
  %3426 = load float, ptr %invariant.gep2857, align 4
  %3427 = mul nsw i64 %tau4, %H
  %3428 = getelementptr inbounds float, ptr %betah1, i64 %3427
  store float %3426, ptr %3428, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3420, ptr noundef nonnull align 4 dereferenceable(128) %invariant.gep2851, i64 128, i1 false)
  %tau5 = or disjoint i64 %tau3, 2
  %3429 = load float, ptr %invariant.gep2859, align 4
  %3430 = mul nsw i64 %tau5, %H
  %3431 = getelementptr inbounds float, ptr %betah1, i64 %3430
  store float %3429, ptr %3431, align 4
  %exitcond2528.not = icmp slt i64 %indvars.iv2526, 2
  br i1 %exitcond2528.not, label %i58.body.preheader, label %t4.body.1

ib1.body:                                         ; preds = %endif984, %j34.exit
  %ib1.addr.02182 = phi i64 [ %ib1.next, %j34.exit ], [ 0, %endif984 ]
  %3432 = shl nuw nsw i64 %ib1.addr.02182, 2
  %i01 = sub nuw nsw i64 20, %3432
  %3433 = shl nuw nsw i64 %i01, 5
  %3434 = getelementptr float, ptr %OY, i64 %3433
  %3435 = getelementptr i8, ptr %3434, i64 1024
  %3436 = load <16 x float>, ptr %3435, align 4
  %3437 = getelementptr i8, ptr %3434, i64 1088
  %3438 = load <16 x float>, ptr %3437, align 4
  %3439 = sub nuw nsw i64 21, %3432
  %3440 = shl nuw nsw i64 %3439, 5
  %3441 = getelementptr float, ptr %OY, i64 %3440
  %3442 = getelementptr i8, ptr %3441, i64 1024
  %3443 = load <16 x float>, ptr %3442, align 4
  %3444 = getelementptr i8, ptr %3441, i64 1088
  %3445 = load <16 x float>, ptr %3444, align 4
  %3446 = sub nuw nsw i64 22, %3432
  %3447 = shl nuw nsw i64 %3446, 5
  %3448 = getelementptr float, ptr %OY, i64 %3447
  %3449 = getelementptr i8, ptr %3448, i64 1024
  %3450 = load <16 x float>, ptr %3449, align 4
  %3451 = getelementptr i8, ptr %3448, i64 1088
  %3452 = load <16 x float>, ptr %3451, align 4
  %3453 = sub nuw nsw i64 23, %3432
  %3454 = shl nuw nsw i64 %3453, 5
  %3455 = getelementptr float, ptr %OY, i64 %3454
  %3456 = getelementptr i8, ptr %3455, i64 1024
  %3457 = load <16 x float>, ptr %3456, align 4
  %3458 = getelementptr i8, ptr %3455, i64 1088
  %3459 = load <16 x float>, ptr %3458, align 4
  %.not2304 = icmp eq i64 %ib1.addr.02182, 0
  br i1 %.not2304, label %j34.exit, label %j34.body.preheader

j34.body.preheader:                               ; preds = %ib1.body
  %3460 = sub nuw nsw i64 24, %3432
  br label %j34.body

j34.body:                                         ; preds = %j34.body.preheader, %j34.body
  %j34.addr.02173 = phi i64 [ %j34.next, %j34.body ], [ %3460, %j34.body.preheader ]
  %acc103.02172 = phi <16 x float> [ %3494, %j34.body ], [ %3459, %j34.body.preheader ]
  %acc102.02171 = phi <16 x float> [ %3493, %j34.body ], [ %3457, %j34.body.preheader ]
  %acc101.02170 = phi <16 x float> [ %3487, %j34.body ], [ %3452, %j34.body.preheader ]
  %acc100.02169 = phi <16 x float> [ %3486, %j34.body ], [ %3450, %j34.body.preheader ]
  %acc99.02168 = phi <16 x float> [ %3480, %j34.body ], [ %3445, %j34.body.preheader ]
  %acc98.02167 = phi <16 x float> [ %3479, %j34.body ], [ %3443, %j34.body.preheader ]
  %acc97.02166 = phi <16 x float> [ %3473, %j34.body ], [ %3438, %j34.body.preheader ]
  %acc96.02165 = phi <16 x float> [ %3472, %j34.body ], [ %3436, %j34.body.preheader ]
  %.idx1980 = shl nuw nsw i64 %j34.addr.02173, 7
  %3461 = getelementptr i8, ptr %OY, i64 %.idx1980
  %3462 = getelementptr i8, ptr %3461, i64 1024
  %3463 = load <16 x float>, ptr %3462, align 4
  %3464 = getelementptr i8, ptr %3461, i64 1088
  %3465 = load <16 x float>, ptr %3464, align 4
  %.idx1981 = mul nuw nsw i64 %j34.addr.02173, 96
  %3466 = getelementptr i8, ptr %Gm, i64 %.idx1981
  %3467 = getelementptr float, ptr %3466, i64 %i01
  %3468 = load float, ptr %3467, align 4
  %3469 = fneg float %3468
  %3470 = insertelement <16 x float> poison, float %3469, i64 0
  %3471 = shufflevector <16 x float> %3470, <16 x float> poison, <16 x i32> zeroinitializer
  %3472 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3471, <16 x float> %3463, <16 x float> %acc96.02165)
  %3473 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3471, <16 x float> %3465, <16 x float> %acc97.02166)
  %3474 = getelementptr float, ptr %3466, i64 %3439
  %3475 = load float, ptr %3474, align 4
  %3476 = fneg float %3475
  %3477 = insertelement <16 x float> poison, float %3476, i64 0
  %3478 = shufflevector <16 x float> %3477, <16 x float> poison, <16 x i32> zeroinitializer
  %3479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3478, <16 x float> %3463, <16 x float> %acc98.02167)
  %3480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3478, <16 x float> %3465, <16 x float> %acc99.02168)
  %3481 = getelementptr float, ptr %3466, i64 %3446
  %3482 = load float, ptr %3481, align 4
  %3483 = fneg float %3482
  %3484 = insertelement <16 x float> poison, float %3483, i64 0
  %3485 = shufflevector <16 x float> %3484, <16 x float> poison, <16 x i32> zeroinitializer
  %3486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3485, <16 x float> %3463, <16 x float> %acc100.02169)
  %3487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3485, <16 x float> %3465, <16 x float> %acc101.02170)
  %3488 = getelementptr float, ptr %3466, i64 %3453
  %3489 = load float, ptr %3488, align 4
  %3490 = fneg float %3489
  %3491 = insertelement <16 x float> poison, float %3490, i64 0
  %3492 = shufflevector <16 x float> %3491, <16 x float> poison, <16 x i32> zeroinitializer
  %3493 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3492, <16 x float> %3463, <16 x float> %acc102.02171)
  %3494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3492, <16 x float> %3465, <16 x float> %acc103.02172)
  %j34.next = add nuw nsw i64 %j34.addr.02173, 1
  %3495 = icmp ult i64 %j34.addr.02173, 23
  br i1 %3495, label %j34.body, label %j34.exit

j34.exit:                                         ; preds = %j34.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %3436, %ib1.body ], [ %3472, %j34.body ]
  %acc97.0.lcssa = phi <16 x float> [ %3438, %ib1.body ], [ %3473, %j34.body ]
  %acc98.0.lcssa = phi <16 x float> [ %3443, %ib1.body ], [ %3479, %j34.body ]
  %acc99.0.lcssa = phi <16 x float> [ %3445, %ib1.body ], [ %3480, %j34.body ]
  %acc100.0.lcssa = phi <16 x float> [ %3450, %ib1.body ], [ %3486, %j34.body ]
  %acc101.0.lcssa = phi <16 x float> [ %3452, %ib1.body ], [ %3487, %j34.body ]
  %acc102.0.lcssa = phi <16 x float> [ %3457, %ib1.body ], [ %3493, %j34.body ]
  %acc103.0.lcssa = phi <16 x float> [ %3459, %ib1.body ], [ %3494, %j34.body ]
  %3496 = getelementptr inbounds float, ptr %Rr, i64 %3454
  %3497 = load <16 x float>, ptr %3496, align 4
  %3498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %3497, <16 x float> zeroinitializer)
  %3499 = or disjoint i64 %3454, 16
  %3500 = getelementptr inbounds float, ptr %Rr, i64 %3499
  %3501 = load <16 x float>, ptr %3500, align 4
  %3502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %3501, <16 x float> %3498)
  %3503 = shufflevector <16 x float> %3502, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3504 = shufflevector <16 x float> %3502, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3505 = fadd <8 x float> %3503, %3504
  %3506 = shufflevector <8 x float> %3505, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3507 = shufflevector <8 x float> %3505, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3508 = fadd <4 x float> %3506, %3507
  %3509 = shufflevector <4 x float> %3508, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3510 = shufflevector <4 x float> %3508, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3511 = fadd <2 x float> %3509, %3510
  %3512 = shufflevector <2 x float> %3511, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3513 = shufflevector <2 x float> %3511, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3514 = getelementptr inbounds float, ptr %bet, i64 %3453
  %3515 = load float, ptr %3514, align 4
  %3516 = insertelement <16 x float> poison, float %3515, i64 0
  %3517 = shufflevector <16 x float> %3516, <16 x float> poison, <16 x i32> zeroinitializer
  %3518 = fmul <16 x float> %acc102.0.lcssa, %3517
  store <16 x float> %3518, ptr %3456, align 4
  %3519 = fneg <16 x float> %3518
  %.idx1977 = mul nuw nsw i64 %3453, 384
  %3520 = getelementptr i8, ptr %Ak, i64 %.idx1977
  %3521 = getelementptr i8, ptr %3520, i64 128
  store <16 x float> %3519, ptr %3521, align 4
  %3522 = fmul <16 x float> %acc103.0.lcssa, %3517
  store <16 x float> %3522, ptr %3458, align 4
  %3523 = fneg <16 x float> %3522
  %3524 = getelementptr i8, ptr %3520, i64 192
  store <16 x float> %3523, ptr %3524, align 4
  %.idx1978 = mul nuw nsw i64 %3453, 96
  %3525 = getelementptr i8, ptr %Gm, i64 %.idx1978
  %3526 = getelementptr float, ptr %3525, i64 %3446
  %3527 = load float, ptr %3526, align 4
  %3528 = fneg float %3527
  %3529 = insertelement <16 x float> poison, float %3528, i64 0
  %3530 = shufflevector <16 x float> %3529, <16 x float> poison, <16 x i32> zeroinitializer
  %3531 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3530, <16 x float> %3518, <16 x float> %acc100.0.lcssa)
  %3532 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3530, <16 x float> %3522, <16 x float> %acc101.0.lcssa)
  %3533 = getelementptr inbounds float, ptr %Rr, i64 %3447
  %3534 = load <16 x float>, ptr %3533, align 4
  %3535 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3531, <16 x float> %3534, <16 x float> zeroinitializer)
  %3536 = or disjoint i64 %3447, 16
  %3537 = getelementptr inbounds float, ptr %Rr, i64 %3536
  %3538 = load <16 x float>, ptr %3537, align 4
  %3539 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3532, <16 x float> %3538, <16 x float> %3535)
  %3540 = shufflevector <16 x float> %3539, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3541 = shufflevector <16 x float> %3539, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3542 = fadd <8 x float> %3540, %3541
  %3543 = shufflevector <8 x float> %3542, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3544 = shufflevector <8 x float> %3542, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3545 = fadd <4 x float> %3543, %3544
  %3546 = shufflevector <4 x float> %3545, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3547 = shufflevector <4 x float> %3545, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3548 = fadd <2 x float> %3546, %3547
  %3549 = shufflevector <2 x float> %3548, <2 x float> poison, <4 x i32> <i32 poison, i32 1, i32 poison, i32 poison>
  %3550 = shufflevector <2 x float> %3548, <2 x float> poison, <4 x i32> <i32 0, i32 poison, i32 poison, i32 poison>
  %3551 = getelementptr inbounds float, ptr %bet, i64 %3446
  %3552 = load float, ptr %3551, align 4
  %3553 = insertelement <16 x float> poison, float %3552, i64 0
  %3554 = shufflevector <16 x float> %3553, <16 x float> poison, <16 x i32> zeroinitializer
  %3555 = fmul <16 x float> %3531, %3554
  store <16 x float> %3555, ptr %3449, align 4
  %3556 = fneg <16 x float> %3555
  %3557 = mul nuw nsw i64 %3446, 96
  %3558 = or disjoint i64 %3557, 32
  %3559 = getelementptr inbounds float, ptr %Ak, i64 %3558
  store <16 x float> %3556, ptr %3559, align 4
  %3560 = fmul <16 x float> %3532, %3554
  store <16 x float> %3560, ptr %3451, align 4
  %3561 = fneg <16 x float> %3560
  %3562 = or disjoint i64 %3557, 48
  %3563 = getelementptr inbounds float, ptr %Ak, i64 %3562
  store <16 x float> %3561, ptr %3563, align 4
  %3564 = getelementptr i8, ptr %Gm, i64 %3557
  %3565 = getelementptr float, ptr %3564, i64 %3439
  %3566 = load float, ptr %3565, align 4
  %3567 = fneg float %3566
  %3568 = insertelement <16 x float> poison, float %3567, i64 0
  %3569 = shufflevector <16 x float> %3568, <16 x float> poison, <16 x i32> zeroinitializer
  %3570 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3569, <16 x float> %3555, <16 x float> %acc98.0.lcssa)
  %3571 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3569, <16 x float> %3560, <16 x float> %acc99.0.lcssa)
  %3572 = getelementptr float, ptr %3525, i64 %3439
  %3573 = load float, ptr %3572, align 4
  %3574 = fneg float %3573
  %3575 = insertelement <16 x float> poison, float %3574, i64 0
  %3576 = shufflevector <16 x float> %3575, <16 x float> poison, <16 x i32> zeroinitializer
  %3577 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3576, <16 x float> %3518, <16 x float> %3570)
  %3578 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3576, <16 x float> %3522, <16 x float> %3571)
  %3579 = getelementptr inbounds float, ptr %Rr, i64 %3440
  %3580 = load <16 x float>, ptr %3579, align 4
  %3581 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3577, <16 x float> %3580, <16 x float> zeroinitializer)
  %3582 = or disjoint i64 %3440, 16
  %3583 = getelementptr inbounds float, ptr %Rr, i64 %3582
  %3584 = load <16 x float>, ptr %3583, align 4
  %3585 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3578, <16 x float> %3584, <16 x float> %3581)
  %3586 = shufflevector <16 x float> %3585, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3587 = shufflevector <16 x float> %3585, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3588 = fadd <8 x float> %3586, %3587
  %3589 = shufflevector <8 x float> %3588, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3590 = shufflevector <8 x float> %3588, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3591 = fadd <4 x float> %3589, %3590
  %3592 = shufflevector <4 x float> %3591, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3593 = shufflevector <4 x float> %3591, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3594 = fadd <2 x float> %3592, %3593
  %3595 = getelementptr inbounds float, ptr %bet, i64 %3439
  %3596 = load float, ptr %3595, align 4
  %3597 = insertelement <16 x float> poison, float %3596, i64 0
  %3598 = shufflevector <16 x float> %3597, <16 x float> poison, <16 x i32> zeroinitializer
  %3599 = fmul <16 x float> %3577, %3598
  store <16 x float> %3599, ptr %3442, align 4
  %3600 = fneg <16 x float> %3599
  %3601 = mul nuw nsw i64 %3439, 96
  %3602 = getelementptr float, ptr %Ak, i64 %3601
  %3603 = getelementptr i8, ptr %3602, i64 128
  store <16 x float> %3600, ptr %3603, align 4
  %3604 = fmul <16 x float> %3578, %3598
  store <16 x float> %3604, ptr %3444, align 4
  %3605 = fneg <16 x float> %3604
  %3606 = getelementptr i8, ptr %3602, i64 192
  store <16 x float> %3605, ptr %3606, align 4
  %3607 = getelementptr i8, ptr %Gm, i64 %3601
  %3608 = getelementptr float, ptr %3607, i64 %i01
  %3609 = load float, ptr %3608, align 4
  %3610 = fneg float %3609
  %3611 = insertelement <16 x float> poison, float %3610, i64 0
  %3612 = shufflevector <16 x float> %3611, <16 x float> poison, <16 x i32> zeroinitializer
  %3613 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3612, <16 x float> %3599, <16 x float> %acc96.0.lcssa)
  %3614 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3612, <16 x float> %3604, <16 x float> %acc97.0.lcssa)
  %3615 = getelementptr float, ptr %3564, i64 %i01
  %3616 = load float, ptr %3615, align 4
  %3617 = fneg float %3616
  %3618 = insertelement <16 x float> poison, float %3617, i64 0
  %3619 = shufflevector <16 x float> %3618, <16 x float> poison, <16 x i32> zeroinitializer
  %3620 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3619, <16 x float> %3555, <16 x float> %3613)
  %3621 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3619, <16 x float> %3560, <16 x float> %3614)
  %3622 = getelementptr float, ptr %3525, i64 %i01
  %3623 = load float, ptr %3622, align 4
  %3624 = fneg float %3623
  %3625 = insertelement <16 x float> poison, float %3624, i64 0
  %3626 = shufflevector <16 x float> %3625, <16 x float> poison, <16 x i32> zeroinitializer
  %3627 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3626, <16 x float> %3518, <16 x float> %3620)
  %3628 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3626, <16 x float> %3522, <16 x float> %3621)
  %3629 = getelementptr inbounds float, ptr %Rr, i64 %3433
  %3630 = load <16 x float>, ptr %3629, align 4
  %3631 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3627, <16 x float> %3630, <16 x float> zeroinitializer)
  %3632 = or disjoint i64 %3433, 16
  %3633 = getelementptr inbounds float, ptr %Rr, i64 %3632
  %3634 = load <16 x float>, ptr %3633, align 4
  %3635 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3628, <16 x float> %3634, <16 x float> %3631)
  %3636 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %3637 = shufflevector <16 x float> %3635, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %3638 = shufflevector <16 x float> %3635, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3639 = fadd <8 x float> %3637, %3638
  %3640 = shufflevector <8 x float> %3639, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3641 = shufflevector <8 x float> %3639, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %3642 = fadd <4 x float> %3640, %3641
  %3643 = shufflevector <4 x float> %3642, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %3644 = shufflevector <4 x float> %3642, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %3645 = fadd <2 x float> %3643, %3644
  %3646 = load <4 x float>, ptr %3636, align 4
  %3647 = shufflevector <2 x float> %3645, <2 x float> %3594, <4 x i32> <i32 0, i32 2, i32 poison, i32 poison>
  %3648 = shufflevector <4 x float> %3647, <4 x float> %3550, <4 x i32> <i32 0, i32 1, i32 4, i32 poison>
  %3649 = shufflevector <4 x float> %3648, <4 x float> %3513, <4 x i32> <i32 0, i32 1, i32 2, i32 4>
  %3650 = shufflevector <2 x float> %3645, <2 x float> %3594, <4 x i32> <i32 1, i32 3, i32 poison, i32 poison>
  %3651 = shufflevector <4 x float> %3650, <4 x float> %3549, <4 x i32> <i32 0, i32 1, i32 5, i32 poison>
  %3652 = shufflevector <4 x float> %3651, <4 x float> %3512, <4 x i32> <i32 0, i32 1, i32 2, i32 5>
  %3653 = fadd <4 x float> %3649, %3652
  %3654 = fadd <4 x float> %3646, %3653
  store <4 x float> %3654, ptr %3636, align 4
  %3655 = getelementptr inbounds float, ptr %bet, i64 %i01
  %3656 = load float, ptr %3655, align 4
  %3657 = insertelement <16 x float> poison, float %3656, i64 0
  %3658 = shufflevector <16 x float> %3657, <16 x float> poison, <16 x i32> zeroinitializer
  %3659 = fmul <16 x float> %3627, %3658
  store <16 x float> %3659, ptr %3435, align 4
  %3660 = fneg <16 x float> %3659
  %3661 = mul nuw nsw i64 %i01, 96
  %3662 = or disjoint i64 %3661, 32
  %3663 = getelementptr inbounds float, ptr %Ak, i64 %3662
  store <16 x float> %3660, ptr %3663, align 4
  %3664 = fmul <16 x float> %3628, %3658
  store <16 x float> %3664, ptr %3437, align 4
  %3665 = fneg <16 x float> %3664
  %3666 = or disjoint i64 %3661, 48
  %3667 = getelementptr inbounds float, ptr %Ak, i64 %3666
  store <16 x float> %3665, ptr %3667, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02182, 1
  %exitcond2519.not = icmp eq i64 %ib1.next, 6
  br i1 %exitcond2519.not, label %t4.head.preheader, label %ib1.body

t4.body.1:                                        ; preds = %t4.body.preheader
  %scevgep2524.1 = getelementptr i8, ptr %3420, i64 %33
  %scevgep2522.1 = getelementptr i8, ptr %3421, i64 %33
  %scevgep2520.1 = getelementptr i8, ptr %3422, i64 %33
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2520.1, ptr noundef nonnull align 4 dereferenceable(128) %gep2856.1, i64 128, i1 false)
  %3668 = mul i64 %ci, 24
  %tau3.1 = or disjoint i64 %3668, 3
  %3669 = load float, ptr %547, align 4
  %3670 = mul nsw i64 %tau3.1, %H
  %3671 = getelementptr inbounds float, ptr %betah1, i64 %3670
  store float %3669, ptr %3671, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2522.1, ptr noundef nonnull align 4 dereferenceable(128) %gep2854.1, i64 128, i1 false)
  %tau4.1 = or disjoint i64 %3668, 4
  %3672 = load float, ptr %gep2858.1, align 4
  %3673 = mul nsw i64 %tau4.1, %H
  %3674 = getelementptr inbounds float, ptr %betah1, i64 %3673
  store float %3672, ptr %3674, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2524.1, ptr noundef nonnull align 4 dereferenceable(128) %gep2852.1, i64 128, i1 false)
  %tau5.1 = or disjoint i64 %3668, 5
  %3675 = load float, ptr %gep2860.1, align 4
  %3676 = mul nsw i64 %tau5.1, %H
  %3677 = getelementptr inbounds float, ptr %betah1, i64 %3676
  store float %3675, ptr %3677, align 4
  %exitcond2528.not.1 = icmp eq i64 %indvars.iv2526, 2
  br i1 %exitcond2528.not.1, label %i58.body.preheader, label %t4.body.2

t4.body.2:                                        ; preds = %t4.body.1
  %scevgep2524.2 = getelementptr i8, ptr %3420, i64 %548
  %scevgep2522.2 = getelementptr i8, ptr %3421, i64 %548
  %scevgep2520.2 = getelementptr i8, ptr %3422, i64 %548
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2520.2, ptr noundef nonnull align 4 dereferenceable(128) %gep2856.2, i64 128, i1 false)
  %3678 = mul i64 %ci, 24
  %tau3.2 = or disjoint i64 %3678, 6
  %3679 = load float, ptr %549, align 4
  %3680 = mul nsw i64 %tau3.2, %H
  %3681 = getelementptr inbounds float, ptr %betah1, i64 %3680
  store float %3679, ptr %3681, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2522.2, ptr noundef nonnull align 4 dereferenceable(128) %gep2854.2, i64 128, i1 false)
  %tau4.2 = or disjoint i64 %3678, 7
  %3682 = load float, ptr %gep2858.2, align 4
  %3683 = mul nsw i64 %tau4.2, %H
  %3684 = getelementptr inbounds float, ptr %betah1, i64 %3683
  store float %3682, ptr %3684, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2524.2, ptr noundef nonnull align 4 dereferenceable(128) %gep2852.2, i64 128, i1 false)
  %tau5.2 = add nsw i64 %3678, 8
  %3685 = load float, ptr %gep2860.2, align 4
  %3686 = mul nsw i64 %tau5.2, %H
  %3687 = getelementptr inbounds float, ptr %betah1, i64 %3686
  store float %3685, ptr %3687, align 4
  %exitcond2528.not.2 = icmp eq i64 %indvars.iv2526, 3
  br i1 %exitcond2528.not.2, label %i58.body.preheader, label %t4.body.3

t4.body.3:                                        ; preds = %t4.body.2
  %scevgep2524.3 = getelementptr i8, ptr %3420, i64 %550
  %scevgep2522.3 = getelementptr i8, ptr %3421, i64 %550
  %scevgep2520.3 = getelementptr i8, ptr %3422, i64 %550
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2520.3, ptr noundef nonnull align 4 dereferenceable(128) %gep2856.3, i64 128, i1 false)
  %3688 = mul i64 %ci, 24
  %tau3.3 = add i64 %3688, 9
  %3689 = load float, ptr %551, align 4
  %3690 = mul nsw i64 %tau3.3, %H
  %3691 = getelementptr inbounds float, ptr %betah1, i64 %3690
  store float %3689, ptr %3691, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2522.3, ptr noundef nonnull align 4 dereferenceable(128) %gep2854.3, i64 128, i1 false)
  %tau4.3 = add i64 %3688, 10
  %3692 = load float, ptr %gep2858.3, align 4
  %3693 = mul nsw i64 %tau4.3, %H
  %3694 = getelementptr inbounds float, ptr %betah1, i64 %3693
  store float %3692, ptr %3694, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2524.3, ptr noundef nonnull align 4 dereferenceable(128) %gep2852.3, i64 128, i1 false)
  %tau5.3 = add i64 %3688, 11
  %3695 = load float, ptr %gep2860.3, align 4
  %3696 = mul nsw i64 %tau5.3, %H
  %3697 = getelementptr inbounds float, ptr %betah1, i64 %3696
  store float %3695, ptr %3697, align 4
  %exitcond2528.not.3 = icmp eq i64 %indvars.iv2526, 4
  br i1 %exitcond2528.not.3, label %i58.body.preheader, label %t4.body.4

t4.body.4:                                        ; preds = %t4.body.3
  %scevgep2524.4 = getelementptr i8, ptr %3420, i64 %552
  %scevgep2522.4 = getelementptr i8, ptr %3421, i64 %552
  %scevgep2520.4 = getelementptr i8, ptr %3422, i64 %552
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2520.4, ptr noundef nonnull align 4 dereferenceable(128) %gep2856.4, i64 128, i1 false)
  %3698 = mul i64 %ci, 24
  %tau3.4 = add i64 %3698, 12
  %3699 = load float, ptr %553, align 4
  %3700 = mul nsw i64 %tau3.4, %H
  %3701 = getelementptr inbounds float, ptr %betah1, i64 %3700
  store float %3699, ptr %3701, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2522.4, ptr noundef nonnull align 4 dereferenceable(128) %gep2854.4, i64 128, i1 false)
  %tau4.4 = add i64 %3698, 13
  %3702 = load float, ptr %gep2858.4, align 4
  %3703 = mul nsw i64 %tau4.4, %H
  %3704 = getelementptr inbounds float, ptr %betah1, i64 %3703
  store float %3702, ptr %3704, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2524.4, ptr noundef nonnull align 4 dereferenceable(128) %gep2852.4, i64 128, i1 false)
  %tau5.4 = add i64 %3698, 14
  %3705 = load float, ptr %gep2860.4, align 4
  %3706 = mul nsw i64 %tau5.4, %H
  %3707 = getelementptr inbounds float, ptr %betah1, i64 %3706
  store float %3705, ptr %3707, align 4
  %exitcond2528.not.4 = icmp eq i64 %indvars.iv2526, 5
  br i1 %exitcond2528.not.4, label %i58.body.preheader, label %t4.body.5

t4.body.5:                                        ; preds = %t4.body.4
  %scevgep2524.5 = getelementptr i8, ptr %3420, i64 %554
  %scevgep2522.5 = getelementptr i8, ptr %3421, i64 %554
  %scevgep2520.5 = getelementptr i8, ptr %3422, i64 %554
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2520.5, ptr noundef nonnull align 4 dereferenceable(128) %gep2856.5, i64 128, i1 false)
  %3708 = mul i64 %ci, 24
  %tau3.5 = add i64 %3708, 15
  %3709 = load float, ptr %555, align 4
  %3710 = mul nsw i64 %tau3.5, %H
  %3711 = getelementptr inbounds float, ptr %betah1, i64 %3710
  store float %3709, ptr %3711, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2522.5, ptr noundef nonnull align 4 dereferenceable(128) %gep2854.5, i64 128, i1 false)
  %tau4.5 = add i64 %3708, 16
  %3712 = load float, ptr %gep2858.5, align 4
  %3713 = mul nsw i64 %tau4.5, %H
  %3714 = getelementptr inbounds float, ptr %betah1, i64 %3713
  store float %3712, ptr %3714, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2524.5, ptr noundef nonnull align 4 dereferenceable(128) %gep2852.5, i64 128, i1 false)
  %tau5.5 = add i64 %3708, 17
  %3715 = load float, ptr %gep2860.5, align 4
  %3716 = mul nsw i64 %tau5.5, %H
  %3717 = getelementptr inbounds float, ptr %betah1, i64 %3716
  store float %3715, ptr %3717, align 4
  %exitcond2528.not.5 = icmp eq i64 %indvars.iv2526, 6
  br i1 %exitcond2528.not.5, label %i58.body.preheader, label %t4.body.6

t4.body.6:                                        ; preds = %t4.body.5
  %scevgep2524.6 = getelementptr i8, ptr %3420, i64 %556
  %scevgep2522.6 = getelementptr i8, ptr %3421, i64 %556
  %scevgep2520.6 = getelementptr i8, ptr %3422, i64 %556
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2520.6, ptr noundef nonnull align 4 dereferenceable(128) %gep2856.6, i64 128, i1 false)
  %3718 = mul i64 %ci, 24
  %tau3.6 = add i64 %3718, 18
  %3719 = load float, ptr %557, align 4
  %3720 = mul nsw i64 %tau3.6, %H
  %3721 = getelementptr inbounds float, ptr %betah1, i64 %3720
  store float %3719, ptr %3721, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2522.6, ptr noundef nonnull align 4 dereferenceable(128) %gep2854.6, i64 128, i1 false)
  %tau4.6 = add i64 %3718, 19
  %3722 = load float, ptr %gep2858.6, align 4
  %3723 = mul nsw i64 %tau4.6, %H
  %3724 = getelementptr inbounds float, ptr %betah1, i64 %3723
  store float %3722, ptr %3724, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2524.6, ptr noundef nonnull align 4 dereferenceable(128) %gep2852.6, i64 128, i1 false)
  %tau5.6 = add i64 %3718, 20
  %3725 = load float, ptr %gep2860.6, align 4
  %3726 = mul nsw i64 %tau5.6, %H
  %3727 = getelementptr inbounds float, ptr %betah1, i64 %3726
  store float %3725, ptr %3727, align 4
  %exitcond2528.not.6 = icmp eq i64 %indvars.iv2526, 7
  br i1 %exitcond2528.not.6, label %i58.body.preheader, label %t4.body.7

t4.body.7:                                        ; preds = %t4.body.6
  %scevgep2524.7 = getelementptr i8, ptr %3420, i64 %558
  %scevgep2522.7 = getelementptr i8, ptr %3421, i64 %558
  %scevgep2520.7 = getelementptr i8, ptr %3422, i64 %558
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2520.7, ptr noundef nonnull align 4 dereferenceable(128) %gep2856.7, i64 128, i1 false)
  %3728 = mul i64 %ci, 24
  %tau3.7 = add i64 %3728, 21
  %3729 = load float, ptr %559, align 4
  %3730 = mul nsw i64 %tau3.7, %H
  %3731 = getelementptr inbounds float, ptr %betah1, i64 %3730
  store float %3729, ptr %3731, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2522.7, ptr noundef nonnull align 4 dereferenceable(128) %gep2854.7, i64 128, i1 false)
  %tau4.7 = add i64 %3728, 22
  %3732 = load float, ptr %gep2858.7, align 4
  %3733 = mul nsw i64 %tau4.7, %H
  %3734 = getelementptr inbounds float, ptr %betah1, i64 %3733
  store float %3732, ptr %3734, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2524.7, ptr noundef nonnull align 4 dereferenceable(128) %gep2852.7, i64 128, i1 false)
  %tau5.7 = add i64 %3728, 23
  %3735 = load float, ptr %gep2860.7, align 4
  %3736 = mul nsw i64 %tau5.7, %H
  %3737 = getelementptr inbounds float, ptr %betah1, i64 %3736
  store float %3735, ptr %3737, align 4
  br label %i58.body.preheader

i58.body.preheader:                               ; preds = %t4.body.preheader, %t4.body.1, %t4.body.2, %t4.body.3, %t4.body.4, %t4.body.5, %t4.body.6, %t4.body.7, %t4.head.preheader
  br label %i58.body

i58.body:                                         ; preds = %i58.body.preheader, %p12.exit
  %i58.addr.02204 = phi i64 [ %i58.next, %p12.exit ], [ 0, %i58.body.preheader ]
  %3738 = shl nuw nsw i64 %i58.addr.02204, 6
  %3739 = or disjoint i64 %3738, 32
  %3740 = getelementptr inbounds float, ptr %work, i64 %3739
  %3741 = load <16 x float>, ptr %3740, align 4
  %3742 = or disjoint i64 %3738, 48
  %3743 = getelementptr inbounds float, ptr %work, i64 %3742
  %3744 = load <16 x float>, ptr %3743, align 4
  %3745 = or disjoint i64 %i58.addr.02204, 1
  %3746 = shl nuw nsw i64 %3745, 6
  %3747 = or disjoint i64 %3746, 32
  %3748 = getelementptr inbounds float, ptr %work, i64 %3747
  %3749 = load <16 x float>, ptr %3748, align 4
  %3750 = or disjoint i64 %3746, 48
  %3751 = getelementptr inbounds float, ptr %work, i64 %3750
  %3752 = load <16 x float>, ptr %3751, align 4
  %3753 = or disjoint i64 %i58.addr.02204, 2
  %3754 = shl nuw nsw i64 %3753, 6
  %3755 = or disjoint i64 %3754, 32
  %3756 = getelementptr inbounds float, ptr %work, i64 %3755
  %3757 = load <16 x float>, ptr %3756, align 4
  %3758 = or disjoint i64 %3754, 48
  %3759 = getelementptr inbounds float, ptr %work, i64 %3758
  %3760 = load <16 x float>, ptr %3759, align 4
  %3761 = or disjoint i64 %i58.addr.02204, 3
  %3762 = shl nuw nsw i64 %3761, 6
  %3763 = or disjoint i64 %3762, 32
  %3764 = getelementptr inbounds float, ptr %work, i64 %3763
  %3765 = load <16 x float>, ptr %3764, align 4
  %3766 = or disjoint i64 %3762, 48
  %3767 = getelementptr inbounds float, ptr %work, i64 %3766
  %3768 = load <16 x float>, ptr %3767, align 4
  %3769 = or disjoint i64 %i58.addr.02204, 4
  %3770 = shl nuw nsw i64 %3769, 6
  %3771 = or disjoint i64 %3770, 32
  %3772 = getelementptr inbounds float, ptr %work, i64 %3771
  %3773 = load <16 x float>, ptr %3772, align 4
  %3774 = or disjoint i64 %3770, 48
  %3775 = getelementptr inbounds float, ptr %work, i64 %3774
  %3776 = load <16 x float>, ptr %3775, align 4
  %3777 = or disjoint i64 %i58.addr.02204, 5
  %3778 = shl nuw nsw i64 %3777, 6
  %3779 = or disjoint i64 %3778, 32
  %3780 = getelementptr inbounds float, ptr %work, i64 %3779
  %3781 = load <16 x float>, ptr %3780, align 4
  %3782 = or disjoint i64 %3778, 48
  %3783 = getelementptr inbounds float, ptr %work, i64 %3782
  %3784 = load <16 x float>, ptr %3783, align 4
  %3785 = or disjoint i64 %i58.addr.02204, 6
  %3786 = shl nuw nsw i64 %3785, 6
  %3787 = or disjoint i64 %3786, 32
  %3788 = getelementptr inbounds float, ptr %work, i64 %3787
  %3789 = load <16 x float>, ptr %3788, align 4
  %3790 = or disjoint i64 %3786, 48
  %3791 = getelementptr inbounds float, ptr %work, i64 %3790
  %3792 = load <16 x float>, ptr %3791, align 4
  %3793 = or disjoint i64 %i58.addr.02204, 7
  %3794 = shl nuw nsw i64 %3793, 6
  %3795 = or disjoint i64 %3794, 32
  %3796 = getelementptr inbounds float, ptr %work, i64 %3795
  %3797 = load <16 x float>, ptr %3796, align 4
  %3798 = or disjoint i64 %3794, 48
  %3799 = getelementptr inbounds float, ptr %work, i64 %3798
  %3800 = load <16 x float>, ptr %3799, align 4
  br label %p12.body

p12.body:                                         ; preds = %i58.body, %p12.body
  %p12.addr.02203 = phi i64 [ 0, %i58.body ], [ %p12.next, %p12.body ]
  %acc119.02202 = phi <16 x float> [ %3800, %i58.body ], [ %3862, %p12.body ]
  %acc118.02201 = phi <16 x float> [ %3797, %i58.body ], [ %3861, %p12.body ]
  %acc117.02200 = phi <16 x float> [ %3792, %i58.body ], [ %3855, %p12.body ]
  %acc116.02199 = phi <16 x float> [ %3789, %i58.body ], [ %3854, %p12.body ]
  %acc115.02198 = phi <16 x float> [ %3784, %i58.body ], [ %3848, %p12.body ]
  %acc114.02197 = phi <16 x float> [ %3781, %i58.body ], [ %3847, %p12.body ]
  %acc113.02196 = phi <16 x float> [ %3776, %i58.body ], [ %3841, %p12.body ]
  %acc112.02195 = phi <16 x float> [ %3773, %i58.body ], [ %3840, %p12.body ]
  %acc111.02194 = phi <16 x float> [ %3768, %i58.body ], [ %3834, %p12.body ]
  %acc110.02193 = phi <16 x float> [ %3765, %i58.body ], [ %3833, %p12.body ]
  %acc109.02192 = phi <16 x float> [ %3760, %i58.body ], [ %3827, %p12.body ]
  %acc108.02191 = phi <16 x float> [ %3757, %i58.body ], [ %3826, %p12.body ]
  %acc107.02190 = phi <16 x float> [ %3752, %i58.body ], [ %3820, %p12.body ]
  %acc106.02189 = phi <16 x float> [ %3749, %i58.body ], [ %3819, %p12.body ]
  %acc105.02188 = phi <16 x float> [ %3744, %i58.body ], [ %3813, %p12.body ]
  %acc104.02187 = phi <16 x float> [ %3741, %i58.body ], [ %3812, %p12.body ]
  %3801 = shl nuw nsw i64 %p12.addr.02203, 5
  %3802 = getelementptr inbounds float, ptr %OY, i64 %3801
  %3803 = load <16 x float>, ptr %3802, align 4
  %3804 = or disjoint i64 %3801, 16
  %3805 = getelementptr inbounds float, ptr %OY, i64 %3804
  %3806 = load <16 x float>, ptr %3805, align 4
  %3807 = or disjoint i64 %3801, %i58.addr.02204
  %3808 = getelementptr inbounds float, ptr %QK, i64 %3807
  %3809 = load float, ptr %3808, align 4
  %3810 = insertelement <16 x float> poison, float %3809, i64 0
  %3811 = shufflevector <16 x float> %3810, <16 x float> poison, <16 x i32> zeroinitializer
  %3812 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3811, <16 x float> %3803, <16 x float> %acc104.02187)
  %3813 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3811, <16 x float> %3806, <16 x float> %acc105.02188)
  %3814 = or disjoint i64 %3801, %3745
  %3815 = getelementptr inbounds float, ptr %QK, i64 %3814
  %3816 = load float, ptr %3815, align 4
  %3817 = insertelement <16 x float> poison, float %3816, i64 0
  %3818 = shufflevector <16 x float> %3817, <16 x float> poison, <16 x i32> zeroinitializer
  %3819 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3818, <16 x float> %3803, <16 x float> %acc106.02189)
  %3820 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3818, <16 x float> %3806, <16 x float> %acc107.02190)
  %3821 = or disjoint i64 %3801, %3753
  %3822 = getelementptr inbounds float, ptr %QK, i64 %3821
  %3823 = load float, ptr %3822, align 4
  %3824 = insertelement <16 x float> poison, float %3823, i64 0
  %3825 = shufflevector <16 x float> %3824, <16 x float> poison, <16 x i32> zeroinitializer
  %3826 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3825, <16 x float> %3803, <16 x float> %acc108.02191)
  %3827 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3825, <16 x float> %3806, <16 x float> %acc109.02192)
  %3828 = or disjoint i64 %3801, %3761
  %3829 = getelementptr inbounds float, ptr %QK, i64 %3828
  %3830 = load float, ptr %3829, align 4
  %3831 = insertelement <16 x float> poison, float %3830, i64 0
  %3832 = shufflevector <16 x float> %3831, <16 x float> poison, <16 x i32> zeroinitializer
  %3833 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3832, <16 x float> %3803, <16 x float> %acc110.02193)
  %3834 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3832, <16 x float> %3806, <16 x float> %acc111.02194)
  %3835 = or disjoint i64 %3801, %3769
  %3836 = getelementptr inbounds float, ptr %QK, i64 %3835
  %3837 = load float, ptr %3836, align 4
  %3838 = insertelement <16 x float> poison, float %3837, i64 0
  %3839 = shufflevector <16 x float> %3838, <16 x float> poison, <16 x i32> zeroinitializer
  %3840 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3839, <16 x float> %3803, <16 x float> %acc112.02195)
  %3841 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3839, <16 x float> %3806, <16 x float> %acc113.02196)
  %3842 = or disjoint i64 %3801, %3777
  %3843 = getelementptr inbounds float, ptr %QK, i64 %3842
  %3844 = load float, ptr %3843, align 4
  %3845 = insertelement <16 x float> poison, float %3844, i64 0
  %3846 = shufflevector <16 x float> %3845, <16 x float> poison, <16 x i32> zeroinitializer
  %3847 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3846, <16 x float> %3803, <16 x float> %acc114.02197)
  %3848 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3846, <16 x float> %3806, <16 x float> %acc115.02198)
  %3849 = or disjoint i64 %3801, %3785
  %3850 = getelementptr inbounds float, ptr %QK, i64 %3849
  %3851 = load float, ptr %3850, align 4
  %3852 = insertelement <16 x float> poison, float %3851, i64 0
  %3853 = shufflevector <16 x float> %3852, <16 x float> poison, <16 x i32> zeroinitializer
  %3854 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3853, <16 x float> %3803, <16 x float> %acc116.02199)
  %3855 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3853, <16 x float> %3806, <16 x float> %acc117.02200)
  %3856 = or disjoint i64 %3801, %3793
  %3857 = getelementptr inbounds float, ptr %QK, i64 %3856
  %3858 = load float, ptr %3857, align 4
  %3859 = insertelement <16 x float> poison, float %3858, i64 0
  %3860 = shufflevector <16 x float> %3859, <16 x float> poison, <16 x i32> zeroinitializer
  %3861 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3860, <16 x float> %3803, <16 x float> %acc118.02201)
  %3862 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3860, <16 x float> %3806, <16 x float> %acc119.02202)
  %p12.next = add nuw nsw i64 %p12.addr.02203, 1
  %exitcond2529.not = icmp eq i64 %p12.next, 32
  br i1 %exitcond2529.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %3812, ptr %3740, align 4
  store <16 x float> %3813, ptr %3743, align 4
  store <16 x float> %3819, ptr %3748, align 4
  store <16 x float> %3820, ptr %3751, align 4
  store <16 x float> %3826, ptr %3756, align 4
  store <16 x float> %3827, ptr %3759, align 4
  store <16 x float> %3833, ptr %3764, align 4
  store <16 x float> %3834, ptr %3767, align 4
  store <16 x float> %3840, ptr %3772, align 4
  store <16 x float> %3841, ptr %3775, align 4
  store <16 x float> %3847, ptr %3780, align 4
  store <16 x float> %3848, ptr %3783, align 4
  store <16 x float> %3854, ptr %3788, align 4
  store <16 x float> %3855, ptr %3791, align 4
  store <16 x float> %3861, ptr %3796, align 4
  store <16 x float> %3862, ptr %3799, align 4
  %i58.next = add nuw nsw i64 %i58.addr.02204, 8
  %3863 = icmp ult i64 %i58.addr.02204, 24
  br i1 %3863, label %i58.body, label %p13.body

p13.body.1:                                       ; preds = %p13.body.1, %p13.exit
  %p13.addr.02215.1 = phi i64 [ 0, %p13.exit ], [ %p13.next.1.13473, %p13.body.1 ]
  %acc127.02214.1 = phi <8 x float> [ zeroinitializer, %p13.exit ], [ %3947, %p13.body.1 ]
  %acc126.02213.1 = phi <8 x float> [ zeroinitializer, %p13.exit ], [ %3942, %p13.body.1 ]
  %acc125.02212.1 = phi <8 x float> [ zeroinitializer, %p13.exit ], [ %3937, %p13.body.1 ]
  %acc124.02211.1 = phi <8 x float> [ zeroinitializer, %p13.exit ], [ %3932, %p13.body.1 ]
  %acc123.02210.1 = phi <8 x float> [ zeroinitializer, %p13.exit ], [ %3927, %p13.body.1 ]
  %acc122.02209.1 = phi <8 x float> [ zeroinitializer, %p13.exit ], [ %3922, %p13.body.1 ]
  %acc121.02208.1 = phi <8 x float> [ zeroinitializer, %p13.exit ], [ %3917, %p13.body.1 ]
  %acc120.02207.1 = phi <8 x float> [ zeroinitializer, %p13.exit ], [ %3912, %p13.body.1 ]
  %.idx1932.1 = mul nuw nsw i64 %p13.addr.02215.1, 96
  %gep2206.1 = getelementptr inbounds i8, ptr %VnT, i64 %.idx1932.1
  %3864 = load <8 x float>, ptr %gep2206.1, align 4
  %3865 = getelementptr inbounds float, ptr %OY, i64 %p13.addr.02215.1
  %3866 = getelementptr inbounds i8, ptr %3865, i64 2048
  %3867 = load float, ptr %3866, align 4
  %3868 = insertelement <8 x float> poison, float %3867, i64 0
  %3869 = shufflevector <8 x float> %3868, <8 x float> poison, <8 x i32> zeroinitializer
  %3870 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3869, <8 x float> %3864, <8 x float> %acc120.02207.1)
  %3871 = getelementptr inbounds i8, ptr %3865, i64 2176
  %3872 = load float, ptr %3871, align 4
  %3873 = insertelement <8 x float> poison, float %3872, i64 0
  %3874 = shufflevector <8 x float> %3873, <8 x float> poison, <8 x i32> zeroinitializer
  %3875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3874, <8 x float> %3864, <8 x float> %acc121.02208.1)
  %3876 = getelementptr inbounds i8, ptr %3865, i64 2304
  %3877 = load float, ptr %3876, align 4
  %3878 = insertelement <8 x float> poison, float %3877, i64 0
  %3879 = shufflevector <8 x float> %3878, <8 x float> poison, <8 x i32> zeroinitializer
  %3880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3879, <8 x float> %3864, <8 x float> %acc122.02209.1)
  %3881 = getelementptr inbounds i8, ptr %3865, i64 2432
  %3882 = load float, ptr %3881, align 4
  %3883 = insertelement <8 x float> poison, float %3882, i64 0
  %3884 = shufflevector <8 x float> %3883, <8 x float> poison, <8 x i32> zeroinitializer
  %3885 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3884, <8 x float> %3864, <8 x float> %acc123.02210.1)
  %3886 = getelementptr inbounds i8, ptr %3865, i64 2560
  %3887 = load float, ptr %3886, align 4
  %3888 = insertelement <8 x float> poison, float %3887, i64 0
  %3889 = shufflevector <8 x float> %3888, <8 x float> poison, <8 x i32> zeroinitializer
  %3890 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3889, <8 x float> %3864, <8 x float> %acc124.02211.1)
  %3891 = getelementptr inbounds i8, ptr %3865, i64 2688
  %3892 = load float, ptr %3891, align 4
  %3893 = insertelement <8 x float> poison, float %3892, i64 0
  %3894 = shufflevector <8 x float> %3893, <8 x float> poison, <8 x i32> zeroinitializer
  %3895 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3894, <8 x float> %3864, <8 x float> %acc125.02212.1)
  %3896 = getelementptr inbounds i8, ptr %3865, i64 2816
  %3897 = load float, ptr %3896, align 4
  %3898 = insertelement <8 x float> poison, float %3897, i64 0
  %3899 = shufflevector <8 x float> %3898, <8 x float> poison, <8 x i32> zeroinitializer
  %3900 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3899, <8 x float> %3864, <8 x float> %acc126.02213.1)
  %3901 = getelementptr inbounds i8, ptr %3865, i64 2944
  %3902 = load float, ptr %3901, align 4
  %3903 = insertelement <8 x float> poison, float %3902, i64 0
  %3904 = shufflevector <8 x float> %3903, <8 x float> poison, <8 x i32> zeroinitializer
  %3905 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3904, <8 x float> %3864, <8 x float> %acc127.02214.1)
  %p13.next.1 = or disjoint i64 %p13.addr.02215.1, 1
  %.idx1932.1.13471 = mul nuw nsw i64 %p13.next.1, 96
  %gep2206.1.13472 = getelementptr inbounds i8, ptr %VnT, i64 %.idx1932.1.13471
  %3906 = load <8 x float>, ptr %gep2206.1.13472, align 4
  %3907 = getelementptr inbounds float, ptr %OY, i64 %p13.next.1
  %3908 = getelementptr inbounds i8, ptr %3907, i64 2048
  %3909 = load float, ptr %3908, align 4
  %3910 = insertelement <8 x float> poison, float %3909, i64 0
  %3911 = shufflevector <8 x float> %3910, <8 x float> poison, <8 x i32> zeroinitializer
  %3912 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3911, <8 x float> %3906, <8 x float> %3870)
  %3913 = getelementptr inbounds i8, ptr %3907, i64 2176
  %3914 = load float, ptr %3913, align 4
  %3915 = insertelement <8 x float> poison, float %3914, i64 0
  %3916 = shufflevector <8 x float> %3915, <8 x float> poison, <8 x i32> zeroinitializer
  %3917 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3916, <8 x float> %3906, <8 x float> %3875)
  %3918 = getelementptr inbounds i8, ptr %3907, i64 2304
  %3919 = load float, ptr %3918, align 4
  %3920 = insertelement <8 x float> poison, float %3919, i64 0
  %3921 = shufflevector <8 x float> %3920, <8 x float> poison, <8 x i32> zeroinitializer
  %3922 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3921, <8 x float> %3906, <8 x float> %3880)
  %3923 = getelementptr inbounds i8, ptr %3907, i64 2432
  %3924 = load float, ptr %3923, align 4
  %3925 = insertelement <8 x float> poison, float %3924, i64 0
  %3926 = shufflevector <8 x float> %3925, <8 x float> poison, <8 x i32> zeroinitializer
  %3927 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3926, <8 x float> %3906, <8 x float> %3885)
  %3928 = getelementptr inbounds i8, ptr %3907, i64 2560
  %3929 = load float, ptr %3928, align 4
  %3930 = insertelement <8 x float> poison, float %3929, i64 0
  %3931 = shufflevector <8 x float> %3930, <8 x float> poison, <8 x i32> zeroinitializer
  %3932 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3931, <8 x float> %3906, <8 x float> %3890)
  %3933 = getelementptr inbounds i8, ptr %3907, i64 2688
  %3934 = load float, ptr %3933, align 4
  %3935 = insertelement <8 x float> poison, float %3934, i64 0
  %3936 = shufflevector <8 x float> %3935, <8 x float> poison, <8 x i32> zeroinitializer
  %3937 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3936, <8 x float> %3906, <8 x float> %3895)
  %3938 = getelementptr inbounds i8, ptr %3907, i64 2816
  %3939 = load float, ptr %3938, align 4
  %3940 = insertelement <8 x float> poison, float %3939, i64 0
  %3941 = shufflevector <8 x float> %3940, <8 x float> poison, <8 x i32> zeroinitializer
  %3942 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3941, <8 x float> %3906, <8 x float> %3900)
  %3943 = getelementptr inbounds i8, ptr %3907, i64 2944
  %3944 = load float, ptr %3943, align 4
  %3945 = insertelement <8 x float> poison, float %3944, i64 0
  %3946 = shufflevector <8 x float> %3945, <8 x float> poison, <8 x i32> zeroinitializer
  %3947 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3946, <8 x float> %3906, <8 x float> %3905)
  %p13.next.1.13473 = add nuw nsw i64 %p13.addr.02215.1, 2
  %exitcond2530.1.not.1 = icmp eq i64 %p13.next.1.13473, 32
  br i1 %exitcond2530.1.not.1, label %p13.exit.1, label %p13.body.1

p13.exit.1:                                       ; preds = %p13.body.1
  store <8 x float> %3912, ptr %507, align 4
  store <8 x float> %3917, ptr %508, align 4
  store <8 x float> %3922, ptr %509, align 4
  store <8 x float> %3927, ptr %510, align 4
  store <8 x float> %3932, ptr %511, align 4
  store <8 x float> %3937, ptr %512, align 4
  store <8 x float> %3942, ptr %513, align 4
  store <8 x float> %3947, ptr %514, align 4
  br label %p13.body.1.1

p13.body.1.1:                                     ; preds = %p13.body.1.1, %p13.exit.1
  %p13.addr.02215.1.1 = phi i64 [ 0, %p13.exit.1 ], [ %p13.next.1.1.1, %p13.body.1.1 ]
  %acc127.02214.1.1 = phi <8 x float> [ zeroinitializer, %p13.exit.1 ], [ %4031, %p13.body.1.1 ]
  %acc126.02213.1.1 = phi <8 x float> [ zeroinitializer, %p13.exit.1 ], [ %4026, %p13.body.1.1 ]
  %acc125.02212.1.1 = phi <8 x float> [ zeroinitializer, %p13.exit.1 ], [ %4021, %p13.body.1.1 ]
  %acc124.02211.1.1 = phi <8 x float> [ zeroinitializer, %p13.exit.1 ], [ %4016, %p13.body.1.1 ]
  %acc123.02210.1.1 = phi <8 x float> [ zeroinitializer, %p13.exit.1 ], [ %4011, %p13.body.1.1 ]
  %acc122.02209.1.1 = phi <8 x float> [ zeroinitializer, %p13.exit.1 ], [ %4006, %p13.body.1.1 ]
  %acc121.02208.1.1 = phi <8 x float> [ zeroinitializer, %p13.exit.1 ], [ %4001, %p13.body.1.1 ]
  %acc120.02207.1.1 = phi <8 x float> [ zeroinitializer, %p13.exit.1 ], [ %3996, %p13.body.1.1 ]
  %.idx1932.1.1 = mul nuw nsw i64 %p13.addr.02215.1.1, 96
  %gep2206.1.1 = getelementptr inbounds i8, ptr %invariant.gep2205.1.1, i64 %.idx1932.1.1
  %3948 = load <8 x float>, ptr %gep2206.1.1, align 4
  %3949 = getelementptr inbounds float, ptr %OY, i64 %p13.addr.02215.1.1
  %3950 = getelementptr inbounds i8, ptr %3949, i64 2048
  %3951 = load float, ptr %3950, align 4
  %3952 = insertelement <8 x float> poison, float %3951, i64 0
  %3953 = shufflevector <8 x float> %3952, <8 x float> poison, <8 x i32> zeroinitializer
  %3954 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3953, <8 x float> %3948, <8 x float> %acc120.02207.1.1)
  %3955 = getelementptr inbounds i8, ptr %3949, i64 2176
  %3956 = load float, ptr %3955, align 4
  %3957 = insertelement <8 x float> poison, float %3956, i64 0
  %3958 = shufflevector <8 x float> %3957, <8 x float> poison, <8 x i32> zeroinitializer
  %3959 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3958, <8 x float> %3948, <8 x float> %acc121.02208.1.1)
  %3960 = getelementptr inbounds i8, ptr %3949, i64 2304
  %3961 = load float, ptr %3960, align 4
  %3962 = insertelement <8 x float> poison, float %3961, i64 0
  %3963 = shufflevector <8 x float> %3962, <8 x float> poison, <8 x i32> zeroinitializer
  %3964 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3963, <8 x float> %3948, <8 x float> %acc122.02209.1.1)
  %3965 = getelementptr inbounds i8, ptr %3949, i64 2432
  %3966 = load float, ptr %3965, align 4
  %3967 = insertelement <8 x float> poison, float %3966, i64 0
  %3968 = shufflevector <8 x float> %3967, <8 x float> poison, <8 x i32> zeroinitializer
  %3969 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3968, <8 x float> %3948, <8 x float> %acc123.02210.1.1)
  %3970 = getelementptr inbounds i8, ptr %3949, i64 2560
  %3971 = load float, ptr %3970, align 4
  %3972 = insertelement <8 x float> poison, float %3971, i64 0
  %3973 = shufflevector <8 x float> %3972, <8 x float> poison, <8 x i32> zeroinitializer
  %3974 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3973, <8 x float> %3948, <8 x float> %acc124.02211.1.1)
  %3975 = getelementptr inbounds i8, ptr %3949, i64 2688
  %3976 = load float, ptr %3975, align 4
  %3977 = insertelement <8 x float> poison, float %3976, i64 0
  %3978 = shufflevector <8 x float> %3977, <8 x float> poison, <8 x i32> zeroinitializer
  %3979 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3978, <8 x float> %3948, <8 x float> %acc125.02212.1.1)
  %3980 = getelementptr inbounds i8, ptr %3949, i64 2816
  %3981 = load float, ptr %3980, align 4
  %3982 = insertelement <8 x float> poison, float %3981, i64 0
  %3983 = shufflevector <8 x float> %3982, <8 x float> poison, <8 x i32> zeroinitializer
  %3984 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3983, <8 x float> %3948, <8 x float> %acc126.02213.1.1)
  %3985 = getelementptr inbounds i8, ptr %3949, i64 2944
  %3986 = load float, ptr %3985, align 4
  %3987 = insertelement <8 x float> poison, float %3986, i64 0
  %3988 = shufflevector <8 x float> %3987, <8 x float> poison, <8 x i32> zeroinitializer
  %3989 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3988, <8 x float> %3948, <8 x float> %acc127.02214.1.1)
  %p13.next.1.1 = or disjoint i64 %p13.addr.02215.1.1, 1
  %.idx1932.1.1.1 = mul nuw nsw i64 %p13.next.1.1, 96
  %gep2206.1.1.1 = getelementptr inbounds i8, ptr %invariant.gep2205.1.1, i64 %.idx1932.1.1.1
  %3990 = load <8 x float>, ptr %gep2206.1.1.1, align 4
  %3991 = getelementptr inbounds float, ptr %OY, i64 %p13.next.1.1
  %3992 = getelementptr inbounds i8, ptr %3991, i64 2048
  %3993 = load float, ptr %3992, align 4
  %3994 = insertelement <8 x float> poison, float %3993, i64 0
  %3995 = shufflevector <8 x float> %3994, <8 x float> poison, <8 x i32> zeroinitializer
  %3996 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3995, <8 x float> %3990, <8 x float> %3954)
  %3997 = getelementptr inbounds i8, ptr %3991, i64 2176
  %3998 = load float, ptr %3997, align 4
  %3999 = insertelement <8 x float> poison, float %3998, i64 0
  %4000 = shufflevector <8 x float> %3999, <8 x float> poison, <8 x i32> zeroinitializer
  %4001 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4000, <8 x float> %3990, <8 x float> %3959)
  %4002 = getelementptr inbounds i8, ptr %3991, i64 2304
  %4003 = load float, ptr %4002, align 4
  %4004 = insertelement <8 x float> poison, float %4003, i64 0
  %4005 = shufflevector <8 x float> %4004, <8 x float> poison, <8 x i32> zeroinitializer
  %4006 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4005, <8 x float> %3990, <8 x float> %3964)
  %4007 = getelementptr inbounds i8, ptr %3991, i64 2432
  %4008 = load float, ptr %4007, align 4
  %4009 = insertelement <8 x float> poison, float %4008, i64 0
  %4010 = shufflevector <8 x float> %4009, <8 x float> poison, <8 x i32> zeroinitializer
  %4011 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4010, <8 x float> %3990, <8 x float> %3969)
  %4012 = getelementptr inbounds i8, ptr %3991, i64 2560
  %4013 = load float, ptr %4012, align 4
  %4014 = insertelement <8 x float> poison, float %4013, i64 0
  %4015 = shufflevector <8 x float> %4014, <8 x float> poison, <8 x i32> zeroinitializer
  %4016 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4015, <8 x float> %3990, <8 x float> %3974)
  %4017 = getelementptr inbounds i8, ptr %3991, i64 2688
  %4018 = load float, ptr %4017, align 4
  %4019 = insertelement <8 x float> poison, float %4018, i64 0
  %4020 = shufflevector <8 x float> %4019, <8 x float> poison, <8 x i32> zeroinitializer
  %4021 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4020, <8 x float> %3990, <8 x float> %3979)
  %4022 = getelementptr inbounds i8, ptr %3991, i64 2816
  %4023 = load float, ptr %4022, align 4
  %4024 = insertelement <8 x float> poison, float %4023, i64 0
  %4025 = shufflevector <8 x float> %4024, <8 x float> poison, <8 x i32> zeroinitializer
  %4026 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4025, <8 x float> %3990, <8 x float> %3984)
  %4027 = getelementptr inbounds i8, ptr %3991, i64 2944
  %4028 = load float, ptr %4027, align 4
  %4029 = insertelement <8 x float> poison, float %4028, i64 0
  %4030 = shufflevector <8 x float> %4029, <8 x float> poison, <8 x i32> zeroinitializer
  %4031 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4030, <8 x float> %3990, <8 x float> %3989)
  %p13.next.1.1.1 = add nuw nsw i64 %p13.addr.02215.1.1, 2
  %exitcond2530.1.1.not.1 = icmp eq i64 %p13.next.1.1.1, 32
  br i1 %exitcond2530.1.1.not.1, label %p13.exit.1.1, label %p13.body.1.1

p13.exit.1.1:                                     ; preds = %p13.body.1.1
  store <8 x float> %3996, ptr %515, align 4
  store <8 x float> %4001, ptr %516, align 4
  store <8 x float> %4006, ptr %517, align 4
  store <8 x float> %4011, ptr %518, align 4
  store <8 x float> %4016, ptr %519, align 4
  store <8 x float> %4021, ptr %520, align 4
  store <8 x float> %4026, ptr %521, align 4
  store <8 x float> %4031, ptr %522, align 4
  br label %p13.body.2

p13.body.2:                                       ; preds = %p13.body.2, %p13.exit.1.1
  %p13.addr.02215.2 = phi i64 [ 0, %p13.exit.1.1 ], [ %p13.next.2.13486, %p13.body.2 ]
  %acc127.02214.2 = phi <8 x float> [ zeroinitializer, %p13.exit.1.1 ], [ %4115, %p13.body.2 ]
  %acc126.02213.2 = phi <8 x float> [ zeroinitializer, %p13.exit.1.1 ], [ %4110, %p13.body.2 ]
  %acc125.02212.2 = phi <8 x float> [ zeroinitializer, %p13.exit.1.1 ], [ %4105, %p13.body.2 ]
  %acc124.02211.2 = phi <8 x float> [ zeroinitializer, %p13.exit.1.1 ], [ %4100, %p13.body.2 ]
  %acc123.02210.2 = phi <8 x float> [ zeroinitializer, %p13.exit.1.1 ], [ %4095, %p13.body.2 ]
  %acc122.02209.2 = phi <8 x float> [ zeroinitializer, %p13.exit.1.1 ], [ %4090, %p13.body.2 ]
  %acc121.02208.2 = phi <8 x float> [ zeroinitializer, %p13.exit.1.1 ], [ %4085, %p13.body.2 ]
  %acc120.02207.2 = phi <8 x float> [ zeroinitializer, %p13.exit.1.1 ], [ %4080, %p13.body.2 ]
  %.idx1932.2 = mul nuw nsw i64 %p13.addr.02215.2, 96
  %gep2206.2 = getelementptr inbounds i8, ptr %VnT, i64 %.idx1932.2
  %4032 = load <8 x float>, ptr %gep2206.2, align 4
  %4033 = getelementptr inbounds float, ptr %OY, i64 %p13.addr.02215.2
  %4034 = getelementptr inbounds i8, ptr %4033, i64 3072
  %4035 = load float, ptr %4034, align 4
  %4036 = insertelement <8 x float> poison, float %4035, i64 0
  %4037 = shufflevector <8 x float> %4036, <8 x float> poison, <8 x i32> zeroinitializer
  %4038 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4037, <8 x float> %4032, <8 x float> %acc120.02207.2)
  %4039 = getelementptr inbounds i8, ptr %4033, i64 3200
  %4040 = load float, ptr %4039, align 4
  %4041 = insertelement <8 x float> poison, float %4040, i64 0
  %4042 = shufflevector <8 x float> %4041, <8 x float> poison, <8 x i32> zeroinitializer
  %4043 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4042, <8 x float> %4032, <8 x float> %acc121.02208.2)
  %4044 = getelementptr inbounds i8, ptr %4033, i64 3328
  %4045 = load float, ptr %4044, align 4
  %4046 = insertelement <8 x float> poison, float %4045, i64 0
  %4047 = shufflevector <8 x float> %4046, <8 x float> poison, <8 x i32> zeroinitializer
  %4048 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4047, <8 x float> %4032, <8 x float> %acc122.02209.2)
  %4049 = getelementptr inbounds i8, ptr %4033, i64 3456
  %4050 = load float, ptr %4049, align 4
  %4051 = insertelement <8 x float> poison, float %4050, i64 0
  %4052 = shufflevector <8 x float> %4051, <8 x float> poison, <8 x i32> zeroinitializer
  %4053 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4052, <8 x float> %4032, <8 x float> %acc123.02210.2)
  %4054 = getelementptr inbounds i8, ptr %4033, i64 3584
  %4055 = load float, ptr %4054, align 4
  %4056 = insertelement <8 x float> poison, float %4055, i64 0
  %4057 = shufflevector <8 x float> %4056, <8 x float> poison, <8 x i32> zeroinitializer
  %4058 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4057, <8 x float> %4032, <8 x float> %acc124.02211.2)
  %4059 = getelementptr inbounds i8, ptr %4033, i64 3712
  %4060 = load float, ptr %4059, align 4
  %4061 = insertelement <8 x float> poison, float %4060, i64 0
  %4062 = shufflevector <8 x float> %4061, <8 x float> poison, <8 x i32> zeroinitializer
  %4063 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4062, <8 x float> %4032, <8 x float> %acc125.02212.2)
  %4064 = getelementptr inbounds i8, ptr %4033, i64 3840
  %4065 = load float, ptr %4064, align 4
  %4066 = insertelement <8 x float> poison, float %4065, i64 0
  %4067 = shufflevector <8 x float> %4066, <8 x float> poison, <8 x i32> zeroinitializer
  %4068 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4067, <8 x float> %4032, <8 x float> %acc126.02213.2)
  %4069 = getelementptr inbounds i8, ptr %4033, i64 3968
  %4070 = load float, ptr %4069, align 4
  %4071 = insertelement <8 x float> poison, float %4070, i64 0
  %4072 = shufflevector <8 x float> %4071, <8 x float> poison, <8 x i32> zeroinitializer
  %4073 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4072, <8 x float> %4032, <8 x float> %acc127.02214.2)
  %p13.next.2 = or disjoint i64 %p13.addr.02215.2, 1
  %.idx1932.2.13484 = mul nuw nsw i64 %p13.next.2, 96
  %gep2206.2.13485 = getelementptr inbounds i8, ptr %VnT, i64 %.idx1932.2.13484
  %4074 = load <8 x float>, ptr %gep2206.2.13485, align 4
  %4075 = getelementptr inbounds float, ptr %OY, i64 %p13.next.2
  %4076 = getelementptr inbounds i8, ptr %4075, i64 3072
  %4077 = load float, ptr %4076, align 4
  %4078 = insertelement <8 x float> poison, float %4077, i64 0
  %4079 = shufflevector <8 x float> %4078, <8 x float> poison, <8 x i32> zeroinitializer
  %4080 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4079, <8 x float> %4074, <8 x float> %4038)
  %4081 = getelementptr inbounds i8, ptr %4075, i64 3200
  %4082 = load float, ptr %4081, align 4
  %4083 = insertelement <8 x float> poison, float %4082, i64 0
  %4084 = shufflevector <8 x float> %4083, <8 x float> poison, <8 x i32> zeroinitializer
  %4085 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4084, <8 x float> %4074, <8 x float> %4043)
  %4086 = getelementptr inbounds i8, ptr %4075, i64 3328
  %4087 = load float, ptr %4086, align 4
  %4088 = insertelement <8 x float> poison, float %4087, i64 0
  %4089 = shufflevector <8 x float> %4088, <8 x float> poison, <8 x i32> zeroinitializer
  %4090 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4089, <8 x float> %4074, <8 x float> %4048)
  %4091 = getelementptr inbounds i8, ptr %4075, i64 3456
  %4092 = load float, ptr %4091, align 4
  %4093 = insertelement <8 x float> poison, float %4092, i64 0
  %4094 = shufflevector <8 x float> %4093, <8 x float> poison, <8 x i32> zeroinitializer
  %4095 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4094, <8 x float> %4074, <8 x float> %4053)
  %4096 = getelementptr inbounds i8, ptr %4075, i64 3584
  %4097 = load float, ptr %4096, align 4
  %4098 = insertelement <8 x float> poison, float %4097, i64 0
  %4099 = shufflevector <8 x float> %4098, <8 x float> poison, <8 x i32> zeroinitializer
  %4100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4099, <8 x float> %4074, <8 x float> %4058)
  %4101 = getelementptr inbounds i8, ptr %4075, i64 3712
  %4102 = load float, ptr %4101, align 4
  %4103 = insertelement <8 x float> poison, float %4102, i64 0
  %4104 = shufflevector <8 x float> %4103, <8 x float> poison, <8 x i32> zeroinitializer
  %4105 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4104, <8 x float> %4074, <8 x float> %4063)
  %4106 = getelementptr inbounds i8, ptr %4075, i64 3840
  %4107 = load float, ptr %4106, align 4
  %4108 = insertelement <8 x float> poison, float %4107, i64 0
  %4109 = shufflevector <8 x float> %4108, <8 x float> poison, <8 x i32> zeroinitializer
  %4110 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4109, <8 x float> %4074, <8 x float> %4068)
  %4111 = getelementptr inbounds i8, ptr %4075, i64 3968
  %4112 = load float, ptr %4111, align 4
  %4113 = insertelement <8 x float> poison, float %4112, i64 0
  %4114 = shufflevector <8 x float> %4113, <8 x float> poison, <8 x i32> zeroinitializer
  %4115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4114, <8 x float> %4074, <8 x float> %4073)
  %p13.next.2.13486 = add nuw nsw i64 %p13.addr.02215.2, 2
  %exitcond2530.2.not.1 = icmp eq i64 %p13.next.2.13486, 32
  br i1 %exitcond2530.2.not.1, label %p13.exit.2, label %p13.body.2

p13.exit.2:                                       ; preds = %p13.body.2
  store <8 x float> %4080, ptr %523, align 4
  store <8 x float> %4085, ptr %524, align 4
  store <8 x float> %4090, ptr %525, align 4
  store <8 x float> %4095, ptr %526, align 4
  store <8 x float> %4100, ptr %527, align 4
  store <8 x float> %4105, ptr %528, align 4
  store <8 x float> %4110, ptr %529, align 4
  store <8 x float> %4115, ptr %530, align 4
  br label %p13.body.2.1

p13.body.2.1:                                     ; preds = %p13.body.2.1, %p13.exit.2
  %p13.addr.02215.2.1 = phi i64 [ 0, %p13.exit.2 ], [ %p13.next.2.1.1, %p13.body.2.1 ]
  %acc127.02214.2.1 = phi <8 x float> [ zeroinitializer, %p13.exit.2 ], [ %4199, %p13.body.2.1 ]
  %acc126.02213.2.1 = phi <8 x float> [ zeroinitializer, %p13.exit.2 ], [ %4194, %p13.body.2.1 ]
  %acc125.02212.2.1 = phi <8 x float> [ zeroinitializer, %p13.exit.2 ], [ %4189, %p13.body.2.1 ]
  %acc124.02211.2.1 = phi <8 x float> [ zeroinitializer, %p13.exit.2 ], [ %4184, %p13.body.2.1 ]
  %acc123.02210.2.1 = phi <8 x float> [ zeroinitializer, %p13.exit.2 ], [ %4179, %p13.body.2.1 ]
  %acc122.02209.2.1 = phi <8 x float> [ zeroinitializer, %p13.exit.2 ], [ %4174, %p13.body.2.1 ]
  %acc121.02208.2.1 = phi <8 x float> [ zeroinitializer, %p13.exit.2 ], [ %4169, %p13.body.2.1 ]
  %acc120.02207.2.1 = phi <8 x float> [ zeroinitializer, %p13.exit.2 ], [ %4164, %p13.body.2.1 ]
  %.idx1932.2.1 = mul nuw nsw i64 %p13.addr.02215.2.1, 96
  %gep2206.2.1 = getelementptr inbounds i8, ptr %invariant.gep2205.1.1, i64 %.idx1932.2.1
  %4116 = load <8 x float>, ptr %gep2206.2.1, align 4
  %4117 = getelementptr inbounds float, ptr %OY, i64 %p13.addr.02215.2.1
  %4118 = getelementptr inbounds i8, ptr %4117, i64 3072
  %4119 = load float, ptr %4118, align 4
  %4120 = insertelement <8 x float> poison, float %4119, i64 0
  %4121 = shufflevector <8 x float> %4120, <8 x float> poison, <8 x i32> zeroinitializer
  %4122 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4121, <8 x float> %4116, <8 x float> %acc120.02207.2.1)
  %4123 = getelementptr inbounds i8, ptr %4117, i64 3200
  %4124 = load float, ptr %4123, align 4
  %4125 = insertelement <8 x float> poison, float %4124, i64 0
  %4126 = shufflevector <8 x float> %4125, <8 x float> poison, <8 x i32> zeroinitializer
  %4127 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4126, <8 x float> %4116, <8 x float> %acc121.02208.2.1)
  %4128 = getelementptr inbounds i8, ptr %4117, i64 3328
  %4129 = load float, ptr %4128, align 4
  %4130 = insertelement <8 x float> poison, float %4129, i64 0
  %4131 = shufflevector <8 x float> %4130, <8 x float> poison, <8 x i32> zeroinitializer
  %4132 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4131, <8 x float> %4116, <8 x float> %acc122.02209.2.1)
  %4133 = getelementptr inbounds i8, ptr %4117, i64 3456
  %4134 = load float, ptr %4133, align 4
  %4135 = insertelement <8 x float> poison, float %4134, i64 0
  %4136 = shufflevector <8 x float> %4135, <8 x float> poison, <8 x i32> zeroinitializer
  %4137 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4136, <8 x float> %4116, <8 x float> %acc123.02210.2.1)
  %4138 = getelementptr inbounds i8, ptr %4117, i64 3584
  %4139 = load float, ptr %4138, align 4
  %4140 = insertelement <8 x float> poison, float %4139, i64 0
  %4141 = shufflevector <8 x float> %4140, <8 x float> poison, <8 x i32> zeroinitializer
  %4142 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4141, <8 x float> %4116, <8 x float> %acc124.02211.2.1)
  %4143 = getelementptr inbounds i8, ptr %4117, i64 3712
  %4144 = load float, ptr %4143, align 4
  %4145 = insertelement <8 x float> poison, float %4144, i64 0
  %4146 = shufflevector <8 x float> %4145, <8 x float> poison, <8 x i32> zeroinitializer
  %4147 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4146, <8 x float> %4116, <8 x float> %acc125.02212.2.1)
  %4148 = getelementptr inbounds i8, ptr %4117, i64 3840
  %4149 = load float, ptr %4148, align 4
  %4150 = insertelement <8 x float> poison, float %4149, i64 0
  %4151 = shufflevector <8 x float> %4150, <8 x float> poison, <8 x i32> zeroinitializer
  %4152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4151, <8 x float> %4116, <8 x float> %acc126.02213.2.1)
  %4153 = getelementptr inbounds i8, ptr %4117, i64 3968
  %4154 = load float, ptr %4153, align 4
  %4155 = insertelement <8 x float> poison, float %4154, i64 0
  %4156 = shufflevector <8 x float> %4155, <8 x float> poison, <8 x i32> zeroinitializer
  %4157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4156, <8 x float> %4116, <8 x float> %acc127.02214.2.1)
  %p13.next.2.1 = or disjoint i64 %p13.addr.02215.2.1, 1
  %.idx1932.2.1.1 = mul nuw nsw i64 %p13.next.2.1, 96
  %gep2206.2.1.1 = getelementptr inbounds i8, ptr %invariant.gep2205.1.1, i64 %.idx1932.2.1.1
  %4158 = load <8 x float>, ptr %gep2206.2.1.1, align 4
  %4159 = getelementptr inbounds float, ptr %OY, i64 %p13.next.2.1
  %4160 = getelementptr inbounds i8, ptr %4159, i64 3072
  %4161 = load float, ptr %4160, align 4
  %4162 = insertelement <8 x float> poison, float %4161, i64 0
  %4163 = shufflevector <8 x float> %4162, <8 x float> poison, <8 x i32> zeroinitializer
  %4164 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4163, <8 x float> %4158, <8 x float> %4122)
  %4165 = getelementptr inbounds i8, ptr %4159, i64 3200
  %4166 = load float, ptr %4165, align 4
  %4167 = insertelement <8 x float> poison, float %4166, i64 0
  %4168 = shufflevector <8 x float> %4167, <8 x float> poison, <8 x i32> zeroinitializer
  %4169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4168, <8 x float> %4158, <8 x float> %4127)
  %4170 = getelementptr inbounds i8, ptr %4159, i64 3328
  %4171 = load float, ptr %4170, align 4
  %4172 = insertelement <8 x float> poison, float %4171, i64 0
  %4173 = shufflevector <8 x float> %4172, <8 x float> poison, <8 x i32> zeroinitializer
  %4174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4173, <8 x float> %4158, <8 x float> %4132)
  %4175 = getelementptr inbounds i8, ptr %4159, i64 3456
  %4176 = load float, ptr %4175, align 4
  %4177 = insertelement <8 x float> poison, float %4176, i64 0
  %4178 = shufflevector <8 x float> %4177, <8 x float> poison, <8 x i32> zeroinitializer
  %4179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4178, <8 x float> %4158, <8 x float> %4137)
  %4180 = getelementptr inbounds i8, ptr %4159, i64 3584
  %4181 = load float, ptr %4180, align 4
  %4182 = insertelement <8 x float> poison, float %4181, i64 0
  %4183 = shufflevector <8 x float> %4182, <8 x float> poison, <8 x i32> zeroinitializer
  %4184 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4183, <8 x float> %4158, <8 x float> %4142)
  %4185 = getelementptr inbounds i8, ptr %4159, i64 3712
  %4186 = load float, ptr %4185, align 4
  %4187 = insertelement <8 x float> poison, float %4186, i64 0
  %4188 = shufflevector <8 x float> %4187, <8 x float> poison, <8 x i32> zeroinitializer
  %4189 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4188, <8 x float> %4158, <8 x float> %4147)
  %4190 = getelementptr inbounds i8, ptr %4159, i64 3840
  %4191 = load float, ptr %4190, align 4
  %4192 = insertelement <8 x float> poison, float %4191, i64 0
  %4193 = shufflevector <8 x float> %4192, <8 x float> poison, <8 x i32> zeroinitializer
  %4194 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4193, <8 x float> %4158, <8 x float> %4152)
  %4195 = getelementptr inbounds i8, ptr %4159, i64 3968
  %4196 = load float, ptr %4195, align 4
  %4197 = insertelement <8 x float> poison, float %4196, i64 0
  %4198 = shufflevector <8 x float> %4197, <8 x float> poison, <8 x i32> zeroinitializer
  %4199 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4198, <8 x float> %4158, <8 x float> %4157)
  %p13.next.2.1.1 = add nuw nsw i64 %p13.addr.02215.2.1, 2
  %exitcond2530.2.1.not.1 = icmp eq i64 %p13.next.2.1.1, 32
  br i1 %exitcond2530.2.1.not.1, label %p13.exit.2.1, label %p13.body.2.1

p13.exit.2.1:                                     ; preds = %p13.body.2.1
  store <8 x float> %4164, ptr %531, align 4
  store <8 x float> %4169, ptr %532, align 4
  store <8 x float> %4174, ptr %533, align 4
  store <8 x float> %4179, ptr %534, align 4
  store <8 x float> %4184, ptr %535, align 4
  store <8 x float> %4189, ptr %536, align 4
  store <8 x float> %4194, ptr %537, align 4
  store <8 x float> %4199, ptr %538, align 4
  br label %p13.body.2.2

p13.body.2.2:                                     ; preds = %p13.body.2.2, %p13.exit.2.1
  %p13.addr.02215.2.2 = phi i64 [ 0, %p13.exit.2.1 ], [ %p13.next.2.2.1, %p13.body.2.2 ]
  %acc127.02214.2.2 = phi <8 x float> [ zeroinitializer, %p13.exit.2.1 ], [ %4283, %p13.body.2.2 ]
  %acc126.02213.2.2 = phi <8 x float> [ zeroinitializer, %p13.exit.2.1 ], [ %4278, %p13.body.2.2 ]
  %acc125.02212.2.2 = phi <8 x float> [ zeroinitializer, %p13.exit.2.1 ], [ %4273, %p13.body.2.2 ]
  %acc124.02211.2.2 = phi <8 x float> [ zeroinitializer, %p13.exit.2.1 ], [ %4268, %p13.body.2.2 ]
  %acc123.02210.2.2 = phi <8 x float> [ zeroinitializer, %p13.exit.2.1 ], [ %4263, %p13.body.2.2 ]
  %acc122.02209.2.2 = phi <8 x float> [ zeroinitializer, %p13.exit.2.1 ], [ %4258, %p13.body.2.2 ]
  %acc121.02208.2.2 = phi <8 x float> [ zeroinitializer, %p13.exit.2.1 ], [ %4253, %p13.body.2.2 ]
  %acc120.02207.2.2 = phi <8 x float> [ zeroinitializer, %p13.exit.2.1 ], [ %4248, %p13.body.2.2 ]
  %.idx1932.2.2 = mul nuw nsw i64 %p13.addr.02215.2.2, 96
  %gep2206.2.2 = getelementptr inbounds i8, ptr %invariant.gep2205.2.2, i64 %.idx1932.2.2
  %4200 = load <8 x float>, ptr %gep2206.2.2, align 4
  %4201 = getelementptr inbounds float, ptr %OY, i64 %p13.addr.02215.2.2
  %4202 = getelementptr inbounds i8, ptr %4201, i64 3072
  %4203 = load float, ptr %4202, align 4
  %4204 = insertelement <8 x float> poison, float %4203, i64 0
  %4205 = shufflevector <8 x float> %4204, <8 x float> poison, <8 x i32> zeroinitializer
  %4206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4205, <8 x float> %4200, <8 x float> %acc120.02207.2.2)
  %4207 = getelementptr inbounds i8, ptr %4201, i64 3200
  %4208 = load float, ptr %4207, align 4
  %4209 = insertelement <8 x float> poison, float %4208, i64 0
  %4210 = shufflevector <8 x float> %4209, <8 x float> poison, <8 x i32> zeroinitializer
  %4211 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4210, <8 x float> %4200, <8 x float> %acc121.02208.2.2)
  %4212 = getelementptr inbounds i8, ptr %4201, i64 3328
  %4213 = load float, ptr %4212, align 4
  %4214 = insertelement <8 x float> poison, float %4213, i64 0
  %4215 = shufflevector <8 x float> %4214, <8 x float> poison, <8 x i32> zeroinitializer
  %4216 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4215, <8 x float> %4200, <8 x float> %acc122.02209.2.2)
  %4217 = getelementptr inbounds i8, ptr %4201, i64 3456
  %4218 = load float, ptr %4217, align 4
  %4219 = insertelement <8 x float> poison, float %4218, i64 0
  %4220 = shufflevector <8 x float> %4219, <8 x float> poison, <8 x i32> zeroinitializer
  %4221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4220, <8 x float> %4200, <8 x float> %acc123.02210.2.2)
  %4222 = getelementptr inbounds i8, ptr %4201, i64 3584
  %4223 = load float, ptr %4222, align 4
  %4224 = insertelement <8 x float> poison, float %4223, i64 0
  %4225 = shufflevector <8 x float> %4224, <8 x float> poison, <8 x i32> zeroinitializer
  %4226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4225, <8 x float> %4200, <8 x float> %acc124.02211.2.2)
  %4227 = getelementptr inbounds i8, ptr %4201, i64 3712
  %4228 = load float, ptr %4227, align 4
  %4229 = insertelement <8 x float> poison, float %4228, i64 0
  %4230 = shufflevector <8 x float> %4229, <8 x float> poison, <8 x i32> zeroinitializer
  %4231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4230, <8 x float> %4200, <8 x float> %acc125.02212.2.2)
  %4232 = getelementptr inbounds i8, ptr %4201, i64 3840
  %4233 = load float, ptr %4232, align 4
  %4234 = insertelement <8 x float> poison, float %4233, i64 0
  %4235 = shufflevector <8 x float> %4234, <8 x float> poison, <8 x i32> zeroinitializer
  %4236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4235, <8 x float> %4200, <8 x float> %acc126.02213.2.2)
  %4237 = getelementptr inbounds i8, ptr %4201, i64 3968
  %4238 = load float, ptr %4237, align 4
  %4239 = insertelement <8 x float> poison, float %4238, i64 0
  %4240 = shufflevector <8 x float> %4239, <8 x float> poison, <8 x i32> zeroinitializer
  %4241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4240, <8 x float> %4200, <8 x float> %acc127.02214.2.2)
  %p13.next.2.2 = or disjoint i64 %p13.addr.02215.2.2, 1
  %.idx1932.2.2.1 = mul nuw nsw i64 %p13.next.2.2, 96
  %gep2206.2.2.1 = getelementptr inbounds i8, ptr %invariant.gep2205.2.2, i64 %.idx1932.2.2.1
  %4242 = load <8 x float>, ptr %gep2206.2.2.1, align 4
  %4243 = getelementptr inbounds float, ptr %OY, i64 %p13.next.2.2
  %4244 = getelementptr inbounds i8, ptr %4243, i64 3072
  %4245 = load float, ptr %4244, align 4
  %4246 = insertelement <8 x float> poison, float %4245, i64 0
  %4247 = shufflevector <8 x float> %4246, <8 x float> poison, <8 x i32> zeroinitializer
  %4248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4247, <8 x float> %4242, <8 x float> %4206)
  %4249 = getelementptr inbounds i8, ptr %4243, i64 3200
  %4250 = load float, ptr %4249, align 4
  %4251 = insertelement <8 x float> poison, float %4250, i64 0
  %4252 = shufflevector <8 x float> %4251, <8 x float> poison, <8 x i32> zeroinitializer
  %4253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4252, <8 x float> %4242, <8 x float> %4211)
  %4254 = getelementptr inbounds i8, ptr %4243, i64 3328
  %4255 = load float, ptr %4254, align 4
  %4256 = insertelement <8 x float> poison, float %4255, i64 0
  %4257 = shufflevector <8 x float> %4256, <8 x float> poison, <8 x i32> zeroinitializer
  %4258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4257, <8 x float> %4242, <8 x float> %4216)
  %4259 = getelementptr inbounds i8, ptr %4243, i64 3456
  %4260 = load float, ptr %4259, align 4
  %4261 = insertelement <8 x float> poison, float %4260, i64 0
  %4262 = shufflevector <8 x float> %4261, <8 x float> poison, <8 x i32> zeroinitializer
  %4263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4262, <8 x float> %4242, <8 x float> %4221)
  %4264 = getelementptr inbounds i8, ptr %4243, i64 3584
  %4265 = load float, ptr %4264, align 4
  %4266 = insertelement <8 x float> poison, float %4265, i64 0
  %4267 = shufflevector <8 x float> %4266, <8 x float> poison, <8 x i32> zeroinitializer
  %4268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4267, <8 x float> %4242, <8 x float> %4226)
  %4269 = getelementptr inbounds i8, ptr %4243, i64 3712
  %4270 = load float, ptr %4269, align 4
  %4271 = insertelement <8 x float> poison, float %4270, i64 0
  %4272 = shufflevector <8 x float> %4271, <8 x float> poison, <8 x i32> zeroinitializer
  %4273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4272, <8 x float> %4242, <8 x float> %4231)
  %4274 = getelementptr inbounds i8, ptr %4243, i64 3840
  %4275 = load float, ptr %4274, align 4
  %4276 = insertelement <8 x float> poison, float %4275, i64 0
  %4277 = shufflevector <8 x float> %4276, <8 x float> poison, <8 x i32> zeroinitializer
  %4278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4277, <8 x float> %4242, <8 x float> %4236)
  %4279 = getelementptr inbounds i8, ptr %4243, i64 3968
  %4280 = load float, ptr %4279, align 4
  %4281 = insertelement <8 x float> poison, float %4280, i64 0
  %4282 = shufflevector <8 x float> %4281, <8 x float> poison, <8 x i32> zeroinitializer
  %4283 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4282, <8 x float> %4242, <8 x float> %4241)
  %p13.next.2.2.1 = add nuw nsw i64 %p13.addr.02215.2.2, 2
  %exitcond2530.2.2.not.1 = icmp eq i64 %p13.next.2.2.1, 32
  br i1 %exitcond2530.2.2.not.1, label %p13.exit.2.2, label %p13.body.2.2

p13.exit.2.2:                                     ; preds = %p13.body.2.2
  store <8 x float> %4248, ptr %539, align 4
  store <8 x float> %4253, ptr %540, align 4
  store <8 x float> %4258, ptr %541, align 4
  store <8 x float> %4263, ptr %542, align 4
  store <8 x float> %4268, ptr %543, align 4
  store <8 x float> %4273, ptr %544, align 4
  store <8 x float> %4278, ptr %545, align 4
  store <8 x float> %4283, ptr %546, align 4
  br label %t5.body

p13.body:                                         ; preds = %p12.exit, %p13.body
  %p13.addr.02215 = phi i64 [ %p13.next.13460, %p13.body ], [ 0, %p12.exit ]
  %acc127.02214 = phi <8 x float> [ %4367, %p13.body ], [ zeroinitializer, %p12.exit ]
  %acc126.02213 = phi <8 x float> [ %4362, %p13.body ], [ zeroinitializer, %p12.exit ]
  %acc125.02212 = phi <8 x float> [ %4357, %p13.body ], [ zeroinitializer, %p12.exit ]
  %acc124.02211 = phi <8 x float> [ %4352, %p13.body ], [ zeroinitializer, %p12.exit ]
  %acc123.02210 = phi <8 x float> [ %4347, %p13.body ], [ zeroinitializer, %p12.exit ]
  %acc122.02209 = phi <8 x float> [ %4342, %p13.body ], [ zeroinitializer, %p12.exit ]
  %acc121.02208 = phi <8 x float> [ %4337, %p13.body ], [ zeroinitializer, %p12.exit ]
  %acc120.02207 = phi <8 x float> [ %4332, %p13.body ], [ zeroinitializer, %p12.exit ]
  %.idx1932 = mul nuw nsw i64 %p13.addr.02215, 96
  %gep2206 = getelementptr inbounds i8, ptr %VnT, i64 %.idx1932
  %4284 = load <8 x float>, ptr %gep2206, align 4
  %4285 = getelementptr inbounds float, ptr %OY, i64 %p13.addr.02215
  %4286 = getelementptr inbounds i8, ptr %4285, i64 1024
  %4287 = load float, ptr %4286, align 4
  %4288 = insertelement <8 x float> poison, float %4287, i64 0
  %4289 = shufflevector <8 x float> %4288, <8 x float> poison, <8 x i32> zeroinitializer
  %4290 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4289, <8 x float> %4284, <8 x float> %acc120.02207)
  %4291 = getelementptr inbounds i8, ptr %4285, i64 1152
  %4292 = load float, ptr %4291, align 4
  %4293 = insertelement <8 x float> poison, float %4292, i64 0
  %4294 = shufflevector <8 x float> %4293, <8 x float> poison, <8 x i32> zeroinitializer
  %4295 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4294, <8 x float> %4284, <8 x float> %acc121.02208)
  %4296 = getelementptr inbounds i8, ptr %4285, i64 1280
  %4297 = load float, ptr %4296, align 4
  %4298 = insertelement <8 x float> poison, float %4297, i64 0
  %4299 = shufflevector <8 x float> %4298, <8 x float> poison, <8 x i32> zeroinitializer
  %4300 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4299, <8 x float> %4284, <8 x float> %acc122.02209)
  %4301 = getelementptr inbounds i8, ptr %4285, i64 1408
  %4302 = load float, ptr %4301, align 4
  %4303 = insertelement <8 x float> poison, float %4302, i64 0
  %4304 = shufflevector <8 x float> %4303, <8 x float> poison, <8 x i32> zeroinitializer
  %4305 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4304, <8 x float> %4284, <8 x float> %acc123.02210)
  %4306 = getelementptr inbounds i8, ptr %4285, i64 1536
  %4307 = load float, ptr %4306, align 4
  %4308 = insertelement <8 x float> poison, float %4307, i64 0
  %4309 = shufflevector <8 x float> %4308, <8 x float> poison, <8 x i32> zeroinitializer
  %4310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4309, <8 x float> %4284, <8 x float> %acc124.02211)
  %4311 = getelementptr inbounds i8, ptr %4285, i64 1664
  %4312 = load float, ptr %4311, align 4
  %4313 = insertelement <8 x float> poison, float %4312, i64 0
  %4314 = shufflevector <8 x float> %4313, <8 x float> poison, <8 x i32> zeroinitializer
  %4315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4314, <8 x float> %4284, <8 x float> %acc125.02212)
  %4316 = getelementptr inbounds i8, ptr %4285, i64 1792
  %4317 = load float, ptr %4316, align 4
  %4318 = insertelement <8 x float> poison, float %4317, i64 0
  %4319 = shufflevector <8 x float> %4318, <8 x float> poison, <8 x i32> zeroinitializer
  %4320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4319, <8 x float> %4284, <8 x float> %acc126.02213)
  %4321 = getelementptr inbounds i8, ptr %4285, i64 1920
  %4322 = load float, ptr %4321, align 4
  %4323 = insertelement <8 x float> poison, float %4322, i64 0
  %4324 = shufflevector <8 x float> %4323, <8 x float> poison, <8 x i32> zeroinitializer
  %4325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4324, <8 x float> %4284, <8 x float> %acc127.02214)
  %p13.next = or disjoint i64 %p13.addr.02215, 1
  %.idx1932.13458 = mul nuw nsw i64 %p13.next, 96
  %gep2206.13459 = getelementptr inbounds i8, ptr %VnT, i64 %.idx1932.13458
  %4326 = load <8 x float>, ptr %gep2206.13459, align 4
  %4327 = getelementptr inbounds float, ptr %OY, i64 %p13.next
  %4328 = getelementptr inbounds i8, ptr %4327, i64 1024
  %4329 = load float, ptr %4328, align 4
  %4330 = insertelement <8 x float> poison, float %4329, i64 0
  %4331 = shufflevector <8 x float> %4330, <8 x float> poison, <8 x i32> zeroinitializer
  %4332 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4331, <8 x float> %4326, <8 x float> %4290)
  %4333 = getelementptr inbounds i8, ptr %4327, i64 1152
  %4334 = load float, ptr %4333, align 4
  %4335 = insertelement <8 x float> poison, float %4334, i64 0
  %4336 = shufflevector <8 x float> %4335, <8 x float> poison, <8 x i32> zeroinitializer
  %4337 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4336, <8 x float> %4326, <8 x float> %4295)
  %4338 = getelementptr inbounds i8, ptr %4327, i64 1280
  %4339 = load float, ptr %4338, align 4
  %4340 = insertelement <8 x float> poison, float %4339, i64 0
  %4341 = shufflevector <8 x float> %4340, <8 x float> poison, <8 x i32> zeroinitializer
  %4342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4341, <8 x float> %4326, <8 x float> %4300)
  %4343 = getelementptr inbounds i8, ptr %4327, i64 1408
  %4344 = load float, ptr %4343, align 4
  %4345 = insertelement <8 x float> poison, float %4344, i64 0
  %4346 = shufflevector <8 x float> %4345, <8 x float> poison, <8 x i32> zeroinitializer
  %4347 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4346, <8 x float> %4326, <8 x float> %4305)
  %4348 = getelementptr inbounds i8, ptr %4327, i64 1536
  %4349 = load float, ptr %4348, align 4
  %4350 = insertelement <8 x float> poison, float %4349, i64 0
  %4351 = shufflevector <8 x float> %4350, <8 x float> poison, <8 x i32> zeroinitializer
  %4352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4351, <8 x float> %4326, <8 x float> %4310)
  %4353 = getelementptr inbounds i8, ptr %4327, i64 1664
  %4354 = load float, ptr %4353, align 4
  %4355 = insertelement <8 x float> poison, float %4354, i64 0
  %4356 = shufflevector <8 x float> %4355, <8 x float> poison, <8 x i32> zeroinitializer
  %4357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4356, <8 x float> %4326, <8 x float> %4315)
  %4358 = getelementptr inbounds i8, ptr %4327, i64 1792
  %4359 = load float, ptr %4358, align 4
  %4360 = insertelement <8 x float> poison, float %4359, i64 0
  %4361 = shufflevector <8 x float> %4360, <8 x float> poison, <8 x i32> zeroinitializer
  %4362 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4361, <8 x float> %4326, <8 x float> %4320)
  %4363 = getelementptr inbounds i8, ptr %4327, i64 1920
  %4364 = load float, ptr %4363, align 4
  %4365 = insertelement <8 x float> poison, float %4364, i64 0
  %4366 = shufflevector <8 x float> %4365, <8 x float> poison, <8 x i32> zeroinitializer
  %4367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %4366, <8 x float> %4326, <8 x float> %4325)
  %p13.next.13460 = add nuw nsw i64 %p13.addr.02215, 2
  %exitcond2530.not.1 = icmp eq i64 %p13.next.13460, 32
  br i1 %exitcond2530.not.1, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  store <8 x float> %4332, ptr %499, align 4
  store <8 x float> %4337, ptr %500, align 4
  store <8 x float> %4342, ptr %501, align 4
  store <8 x float> %4347, ptr %502, align 4
  store <8 x float> %4352, ptr %503, align 4
  store <8 x float> %4357, ptr %504, align 4
  store <8 x float> %4362, ptr %505, align 4
  store <8 x float> %4367, ptr %506, align 4
  br label %p13.body.1

i63.head.preheader:                               ; preds = %j42.exit
  %4368 = mul nsw i64 %L, 3
  %4369 = mul nsw i64 %ci, 24
  br label %p14.head.preheader

t5.body:                                          ; preds = %p13.exit.2.2, %j42.exit
  %indvars.iv2538 = phi i64 [ 2, %p13.exit.2.2 ], [ %indvars.iv.next2539, %j42.exit ]
  %indvars.iv2535 = phi i64 [ 1, %p13.exit.2.2 ], [ %indvars.iv.next2536, %j42.exit ]
  %t5.addr.02245 = phi i64 [ 0, %p13.exit.2.2 ], [ %t5.next, %j42.exit ]
  %4370 = mul nuw nsw i64 %t5.addr.02245, 3
  %umax = tail call i64 @llvm.umax.i64(i64 %4370, i64 1)
  %i60 = mul nuw nsw i64 %t5.addr.02245, 3
  %invariant.gep2222 = getelementptr float, ptr %invariant.gep2218, i64 %i60
  %.not2308 = icmp eq i64 %t5.addr.02245, 0
  br i1 %.not2308, label %j40.exit, label %j40.body.lr.ph

j40.body.lr.ph:                                   ; preds = %t5.body
  %.idx1924 = mul nuw nsw i64 %t5.addr.02245, 1152
  %gep2219 = getelementptr inbounds i8, ptr %invariant.gep2218, i64 %.idx1924
  %xtraiter3488 = and i64 %umax, 7
  %4371 = icmp ult i64 %t5.addr.02245, 3
  br i1 %4371, label %j40.exit.loopexit.unr-lcssa, label %j40.body.lr.ph.new

j40.body.lr.ph.new:                               ; preds = %j40.body.lr.ph
  %unroll_iter3490 = and i64 %umax, 9223372036854775800
  br label %j40.body

j40.body:                                         ; preds = %j40.body, %j40.body.lr.ph.new
  %j40.addr.02224 = phi i64 [ 0, %j40.body.lr.ph.new ], [ %j40.next.7, %j40.body ]
  %niter3491 = phi i64 [ 0, %j40.body.lr.ph.new ], [ %niter3491.next.7, %j40.body ]
  %4372 = getelementptr inbounds float, ptr %gep2219, i64 %j40.addr.02224
  %4373 = load float, ptr %4372, align 4
  %4374 = fneg float %4373
  store float %4374, ptr %4372, align 4
  %.idx1925 = mul nuw nsw i64 %j40.addr.02224, 384
  %gep2223 = getelementptr i8, ptr %invariant.gep2222, i64 %.idx1925
  store float %4374, ptr %gep2223, align 4
  %j40.next = or disjoint i64 %j40.addr.02224, 1
  %4375 = getelementptr inbounds float, ptr %gep2219, i64 %j40.next
  %4376 = load float, ptr %4375, align 4
  %4377 = fneg float %4376
  store float %4377, ptr %4375, align 4
  %.idx1925.1 = mul nuw nsw i64 %j40.next, 384
  %gep2223.1 = getelementptr i8, ptr %invariant.gep2222, i64 %.idx1925.1
  store float %4377, ptr %gep2223.1, align 4
  %j40.next.1 = or disjoint i64 %j40.addr.02224, 2
  %4378 = getelementptr inbounds float, ptr %gep2219, i64 %j40.next.1
  %4379 = load float, ptr %4378, align 4
  %4380 = fneg float %4379
  store float %4380, ptr %4378, align 4
  %.idx1925.2 = mul nuw nsw i64 %j40.next.1, 384
  %gep2223.2 = getelementptr i8, ptr %invariant.gep2222, i64 %.idx1925.2
  store float %4380, ptr %gep2223.2, align 4
  %j40.next.2 = or disjoint i64 %j40.addr.02224, 3
  %4381 = getelementptr inbounds float, ptr %gep2219, i64 %j40.next.2
  %4382 = load float, ptr %4381, align 4
  %4383 = fneg float %4382
  store float %4383, ptr %4381, align 4
  %.idx1925.3 = mul nuw nsw i64 %j40.next.2, 384
  %gep2223.3 = getelementptr i8, ptr %invariant.gep2222, i64 %.idx1925.3
  store float %4383, ptr %gep2223.3, align 4
  %j40.next.3 = or disjoint i64 %j40.addr.02224, 4
  %4384 = getelementptr inbounds float, ptr %gep2219, i64 %j40.next.3
  %4385 = load float, ptr %4384, align 4
  %4386 = fneg float %4385
  store float %4386, ptr %4384, align 4
  %.idx1925.4 = mul nuw nsw i64 %j40.next.3, 384
  %gep2223.4 = getelementptr i8, ptr %invariant.gep2222, i64 %.idx1925.4
  store float %4386, ptr %gep2223.4, align 4
  %j40.next.4 = or disjoint i64 %j40.addr.02224, 5
  %4387 = getelementptr inbounds float, ptr %gep2219, i64 %j40.next.4
  %4388 = load float, ptr %4387, align 4
  %4389 = fneg float %4388
  store float %4389, ptr %4387, align 4
  %.idx1925.5 = mul nuw nsw i64 %j40.next.4, 384
  %gep2223.5 = getelementptr i8, ptr %invariant.gep2222, i64 %.idx1925.5
  store float %4389, ptr %gep2223.5, align 4
  %j40.next.5 = or disjoint i64 %j40.addr.02224, 6
  %4390 = getelementptr inbounds float, ptr %gep2219, i64 %j40.next.5
  %4391 = load float, ptr %4390, align 4
  %4392 = fneg float %4391
  store float %4392, ptr %4390, align 4
  %.idx1925.6 = mul nuw nsw i64 %j40.next.5, 384
  %gep2223.6 = getelementptr i8, ptr %invariant.gep2222, i64 %.idx1925.6
  store float %4392, ptr %gep2223.6, align 4
  %j40.next.6 = or disjoint i64 %j40.addr.02224, 7
  %4393 = getelementptr inbounds float, ptr %gep2219, i64 %j40.next.6
  %4394 = load float, ptr %4393, align 4
  %4395 = fneg float %4394
  store float %4395, ptr %4393, align 4
  %.idx1925.7 = mul nuw nsw i64 %j40.next.6, 384
  %gep2223.7 = getelementptr i8, ptr %invariant.gep2222, i64 %.idx1925.7
  store float %4395, ptr %gep2223.7, align 4
  %j40.next.7 = add nuw nsw i64 %j40.addr.02224, 8
  %niter3491.next.7 = add i64 %niter3491, 8
  %niter3491.ncmp.7 = icmp eq i64 %niter3491.next.7, %unroll_iter3490
  br i1 %niter3491.ncmp.7, label %j40.exit.loopexit.unr-lcssa, label %j40.body

j40.exit.loopexit.unr-lcssa:                      ; preds = %j40.body, %j40.body.lr.ph
  %j40.addr.02224.unr = phi i64 [ 0, %j40.body.lr.ph ], [ %j40.next.7, %j40.body ]
  %lcmp.mod3489.not = icmp eq i64 %xtraiter3488, 0
  br i1 %lcmp.mod3489.not, label %j40.exit, label %j40.body.epil

j40.body.epil:                                    ; preds = %j40.exit.loopexit.unr-lcssa, %j40.body.epil
  %j40.addr.02224.epil = phi i64 [ %j40.next.epil, %j40.body.epil ], [ %j40.addr.02224.unr, %j40.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j40.body.epil ], [ 0, %j40.exit.loopexit.unr-lcssa ]
  %4396 = getelementptr inbounds float, ptr %gep2219, i64 %j40.addr.02224.epil
  %4397 = load float, ptr %4396, align 4
  %4398 = fneg float %4397
  store float %4398, ptr %4396, align 4
  %.idx1925.epil = mul nuw nsw i64 %j40.addr.02224.epil, 384
  %gep2223.epil = getelementptr i8, ptr %invariant.gep2222, i64 %.idx1925.epil
  store float %4398, ptr %gep2223.epil, align 4
  %j40.next.epil = add nuw nsw i64 %j40.addr.02224.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3488
  br i1 %epil.iter.cmp.not, label %j40.exit, label %j40.body.epil, !llvm.loop !0

j40.exit:                                         ; preds = %j40.exit.loopexit.unr-lcssa, %j40.body.epil, %t5.body
  %.idx1917.pre-phi = phi i64 [ 0, %t5.body ], [ %.idx1924, %j40.body.epil ], [ %.idx1924, %j40.exit.loopexit.unr-lcssa ]
  %gep2236 = getelementptr inbounds i8, ptr %invariant.gep2218, i64 %.idx1917.pre-phi
  %4399 = getelementptr inbounds float, ptr %gep2236, i64 %i60
  store float 0.000000e+00, ptr %4399, align 4
  %i61 = add nuw nsw i64 %i60, 1
  %.idx1922 = mul nuw nsw i64 %i61, 384
  %gep2238 = getelementptr inbounds i8, ptr %invariant.gep2218, i64 %.idx1922
  %invariant.gep2227 = getelementptr float, ptr %invariant.gep2218, i64 %i61
  %xtraiter3492 = and i64 %indvars.iv2535, 7
  %4400 = icmp ult i64 %t5.addr.02245, 3
  br i1 %4400, label %j41.exit.unr-lcssa, label %j40.exit.new

j40.exit.new:                                     ; preds = %j40.exit
  %unroll_iter3495 = and i64 %indvars.iv2535, 9223372036854775800
  br label %j41.body

j41.body:                                         ; preds = %j41.body, %j40.exit.new
  %j41.addr.02229 = phi i64 [ 0, %j40.exit.new ], [ %j41.next.7, %j41.body ]
  %niter3496 = phi i64 [ 0, %j40.exit.new ], [ %niter3496.next.7, %j41.body ]
  %4401 = getelementptr inbounds float, ptr %gep2238, i64 %j41.addr.02229
  %4402 = load float, ptr %4401, align 4
  %4403 = fneg float %4402
  store float %4403, ptr %4401, align 4
  %.idx1923 = mul nuw nsw i64 %j41.addr.02229, 384
  %gep2228 = getelementptr i8, ptr %invariant.gep2227, i64 %.idx1923
  store float %4403, ptr %gep2228, align 4
  %j41.next = or disjoint i64 %j41.addr.02229, 1
  %4404 = getelementptr inbounds float, ptr %gep2238, i64 %j41.next
  %4405 = load float, ptr %4404, align 4
  %4406 = fneg float %4405
  store float %4406, ptr %4404, align 4
  %.idx1923.1 = mul nuw nsw i64 %j41.next, 384
  %gep2228.1 = getelementptr i8, ptr %invariant.gep2227, i64 %.idx1923.1
  store float %4406, ptr %gep2228.1, align 4
  %j41.next.1 = or disjoint i64 %j41.addr.02229, 2
  %4407 = getelementptr inbounds float, ptr %gep2238, i64 %j41.next.1
  %4408 = load float, ptr %4407, align 4
  %4409 = fneg float %4408
  store float %4409, ptr %4407, align 4
  %.idx1923.2 = mul nuw nsw i64 %j41.next.1, 384
  %gep2228.2 = getelementptr i8, ptr %invariant.gep2227, i64 %.idx1923.2
  store float %4409, ptr %gep2228.2, align 4
  %j41.next.2 = or disjoint i64 %j41.addr.02229, 3
  %4410 = getelementptr inbounds float, ptr %gep2238, i64 %j41.next.2
  %4411 = load float, ptr %4410, align 4
  %4412 = fneg float %4411
  store float %4412, ptr %4410, align 4
  %.idx1923.3 = mul nuw nsw i64 %j41.next.2, 384
  %gep2228.3 = getelementptr i8, ptr %invariant.gep2227, i64 %.idx1923.3
  store float %4412, ptr %gep2228.3, align 4
  %j41.next.3 = or disjoint i64 %j41.addr.02229, 4
  %4413 = getelementptr inbounds float, ptr %gep2238, i64 %j41.next.3
  %4414 = load float, ptr %4413, align 4
  %4415 = fneg float %4414
  store float %4415, ptr %4413, align 4
  %.idx1923.4 = mul nuw nsw i64 %j41.next.3, 384
  %gep2228.4 = getelementptr i8, ptr %invariant.gep2227, i64 %.idx1923.4
  store float %4415, ptr %gep2228.4, align 4
  %j41.next.4 = or disjoint i64 %j41.addr.02229, 5
  %4416 = getelementptr inbounds float, ptr %gep2238, i64 %j41.next.4
  %4417 = load float, ptr %4416, align 4
  %4418 = fneg float %4417
  store float %4418, ptr %4416, align 4
  %.idx1923.5 = mul nuw nsw i64 %j41.next.4, 384
  %gep2228.5 = getelementptr i8, ptr %invariant.gep2227, i64 %.idx1923.5
  store float %4418, ptr %gep2228.5, align 4
  %j41.next.5 = or disjoint i64 %j41.addr.02229, 6
  %4419 = getelementptr inbounds float, ptr %gep2238, i64 %j41.next.5
  %4420 = load float, ptr %4419, align 4
  %4421 = fneg float %4420
  store float %4421, ptr %4419, align 4
  %.idx1923.6 = mul nuw nsw i64 %j41.next.5, 384
  %gep2228.6 = getelementptr i8, ptr %invariant.gep2227, i64 %.idx1923.6
  store float %4421, ptr %gep2228.6, align 4
  %j41.next.6 = or disjoint i64 %j41.addr.02229, 7
  %4422 = getelementptr inbounds float, ptr %gep2238, i64 %j41.next.6
  %4423 = load float, ptr %4422, align 4
  %4424 = fneg float %4423
  store float %4424, ptr %4422, align 4
  %.idx1923.7 = mul nuw nsw i64 %j41.next.6, 384
  %gep2228.7 = getelementptr i8, ptr %invariant.gep2227, i64 %.idx1923.7
  store float %4424, ptr %gep2228.7, align 4
  %j41.next.7 = add nuw nsw i64 %j41.addr.02229, 8
  %niter3496.next.7 = add i64 %niter3496, 8
  %niter3496.ncmp.7 = icmp eq i64 %niter3496.next.7, %unroll_iter3495
  br i1 %niter3496.ncmp.7, label %j41.exit.unr-lcssa, label %j41.body

j41.exit.unr-lcssa:                               ; preds = %j41.body, %j40.exit
  %j41.addr.02229.unr = phi i64 [ 0, %j40.exit ], [ %j41.next.7, %j41.body ]
  %lcmp.mod3494.not = icmp eq i64 %xtraiter3492, 0
  br i1 %lcmp.mod3494.not, label %j41.exit, label %j41.body.epil

j41.body.epil:                                    ; preds = %j41.exit.unr-lcssa, %j41.body.epil
  %j41.addr.02229.epil = phi i64 [ %j41.next.epil, %j41.body.epil ], [ %j41.addr.02229.unr, %j41.exit.unr-lcssa ]
  %epil.iter3493 = phi i64 [ %epil.iter3493.next, %j41.body.epil ], [ 0, %j41.exit.unr-lcssa ]
  %4425 = getelementptr inbounds float, ptr %gep2238, i64 %j41.addr.02229.epil
  %4426 = load float, ptr %4425, align 4
  %4427 = fneg float %4426
  store float %4427, ptr %4425, align 4
  %.idx1923.epil = mul nuw nsw i64 %j41.addr.02229.epil, 384
  %gep2228.epil = getelementptr i8, ptr %invariant.gep2227, i64 %.idx1923.epil
  store float %4427, ptr %gep2228.epil, align 4
  %j41.next.epil = add nuw nsw i64 %j41.addr.02229.epil, 1
  %epil.iter3493.next = add i64 %epil.iter3493, 1
  %epil.iter3493.cmp.not = icmp eq i64 %epil.iter3493.next, %xtraiter3492
  br i1 %epil.iter3493.cmp.not, label %j41.exit, label %j41.body.epil, !llvm.loop !2

j41.exit:                                         ; preds = %j41.body.epil, %j41.exit.unr-lcssa
  %4428 = getelementptr inbounds float, ptr %gep2238, i64 %i61
  store float 0.000000e+00, ptr %4428, align 4
  %i62 = add nuw nsw i64 %i60, 2
  %.idx1920 = mul nuw nsw i64 %i62, 384
  %gep2242 = getelementptr inbounds i8, ptr %invariant.gep2218, i64 %.idx1920
  %invariant.gep2232 = getelementptr float, ptr %invariant.gep2218, i64 %i62
  %xtraiter3497 = and i64 %indvars.iv2538, 7
  %4429 = icmp ult i64 %indvars.iv2535, 7
  br i1 %4429, label %j42.exit.unr-lcssa, label %j41.exit.new

j41.exit.new:                                     ; preds = %j41.exit
  %unroll_iter3500 = and i64 %indvars.iv2538, 9223372036854775800
  br label %j42.body

j42.body:                                         ; preds = %j42.body, %j41.exit.new
  %j42.addr.02234 = phi i64 [ 0, %j41.exit.new ], [ %j42.next.7, %j42.body ]
  %niter3501 = phi i64 [ 0, %j41.exit.new ], [ %niter3501.next.7, %j42.body ]
  %4430 = getelementptr inbounds float, ptr %gep2242, i64 %j42.addr.02234
  %4431 = load float, ptr %4430, align 4
  %4432 = fneg float %4431
  store float %4432, ptr %4430, align 4
  %.idx1921 = mul nuw nsw i64 %j42.addr.02234, 384
  %gep2233 = getelementptr i8, ptr %invariant.gep2232, i64 %.idx1921
  store float %4432, ptr %gep2233, align 4
  %j42.next = or disjoint i64 %j42.addr.02234, 1
  %4433 = getelementptr inbounds float, ptr %gep2242, i64 %j42.next
  %4434 = load float, ptr %4433, align 4
  %4435 = fneg float %4434
  store float %4435, ptr %4433, align 4
  %.idx1921.1 = mul nuw nsw i64 %j42.next, 384
  %gep2233.1 = getelementptr i8, ptr %invariant.gep2232, i64 %.idx1921.1
  store float %4435, ptr %gep2233.1, align 4
  %j42.next.1 = or disjoint i64 %j42.addr.02234, 2
  %4436 = getelementptr inbounds float, ptr %gep2242, i64 %j42.next.1
  %4437 = load float, ptr %4436, align 4
  %4438 = fneg float %4437
  store float %4438, ptr %4436, align 4
  %.idx1921.2 = mul nuw nsw i64 %j42.next.1, 384
  %gep2233.2 = getelementptr i8, ptr %invariant.gep2232, i64 %.idx1921.2
  store float %4438, ptr %gep2233.2, align 4
  %j42.next.2 = or disjoint i64 %j42.addr.02234, 3
  %4439 = getelementptr inbounds float, ptr %gep2242, i64 %j42.next.2
  %4440 = load float, ptr %4439, align 4
  %4441 = fneg float %4440
  store float %4441, ptr %4439, align 4
  %.idx1921.3 = mul nuw nsw i64 %j42.next.2, 384
  %gep2233.3 = getelementptr i8, ptr %invariant.gep2232, i64 %.idx1921.3
  store float %4441, ptr %gep2233.3, align 4
  %j42.next.3 = or disjoint i64 %j42.addr.02234, 4
  %4442 = getelementptr inbounds float, ptr %gep2242, i64 %j42.next.3
  %4443 = load float, ptr %4442, align 4
  %4444 = fneg float %4443
  store float %4444, ptr %4442, align 4
  %.idx1921.4 = mul nuw nsw i64 %j42.next.3, 384
  %gep2233.4 = getelementptr i8, ptr %invariant.gep2232, i64 %.idx1921.4
  store float %4444, ptr %gep2233.4, align 4
  %j42.next.4 = or disjoint i64 %j42.addr.02234, 5
  %4445 = getelementptr inbounds float, ptr %gep2242, i64 %j42.next.4
  %4446 = load float, ptr %4445, align 4
  %4447 = fneg float %4446
  store float %4447, ptr %4445, align 4
  %.idx1921.5 = mul nuw nsw i64 %j42.next.4, 384
  %gep2233.5 = getelementptr i8, ptr %invariant.gep2232, i64 %.idx1921.5
  store float %4447, ptr %gep2233.5, align 4
  %j42.next.5 = or disjoint i64 %j42.addr.02234, 6
  %4448 = getelementptr inbounds float, ptr %gep2242, i64 %j42.next.5
  %4449 = load float, ptr %4448, align 4
  %4450 = fneg float %4449
  store float %4450, ptr %4448, align 4
  %.idx1921.6 = mul nuw nsw i64 %j42.next.5, 384
  %gep2233.6 = getelementptr i8, ptr %invariant.gep2232, i64 %.idx1921.6
  store float %4450, ptr %gep2233.6, align 4
  %j42.next.6 = or disjoint i64 %j42.addr.02234, 7
  %4451 = getelementptr inbounds float, ptr %gep2242, i64 %j42.next.6
  %4452 = load float, ptr %4451, align 4
  %4453 = fneg float %4452
  store float %4453, ptr %4451, align 4
  %.idx1921.7 = mul nuw nsw i64 %j42.next.6, 384
  %gep2233.7 = getelementptr i8, ptr %invariant.gep2232, i64 %.idx1921.7
  store float %4453, ptr %gep2233.7, align 4
  %j42.next.7 = add nuw nsw i64 %j42.addr.02234, 8
  %niter3501.next.7 = add i64 %niter3501, 8
  %niter3501.ncmp.7 = icmp eq i64 %niter3501.next.7, %unroll_iter3500
  br i1 %niter3501.ncmp.7, label %j42.exit.unr-lcssa, label %j42.body

j42.exit.unr-lcssa:                               ; preds = %j42.body, %j41.exit
  %j42.addr.02234.unr = phi i64 [ 0, %j41.exit ], [ %j42.next.7, %j42.body ]
  %lcmp.mod3499.not = icmp eq i64 %xtraiter3497, 0
  br i1 %lcmp.mod3499.not, label %j42.exit, label %j42.body.epil

j42.body.epil:                                    ; preds = %j42.exit.unr-lcssa, %j42.body.epil
  %j42.addr.02234.epil = phi i64 [ %j42.next.epil, %j42.body.epil ], [ %j42.addr.02234.unr, %j42.exit.unr-lcssa ]
  %epil.iter3498 = phi i64 [ %epil.iter3498.next, %j42.body.epil ], [ 0, %j42.exit.unr-lcssa ]
  %4454 = getelementptr inbounds float, ptr %gep2242, i64 %j42.addr.02234.epil
  %4455 = load float, ptr %4454, align 4
  %4456 = fneg float %4455
  store float %4456, ptr %4454, align 4
  %.idx1921.epil = mul nuw nsw i64 %j42.addr.02234.epil, 384
  %gep2233.epil = getelementptr i8, ptr %invariant.gep2232, i64 %.idx1921.epil
  store float %4456, ptr %gep2233.epil, align 4
  %j42.next.epil = add nuw nsw i64 %j42.addr.02234.epil, 1
  %epil.iter3498.next = add i64 %epil.iter3498, 1
  %epil.iter3498.cmp.not = icmp eq i64 %epil.iter3498.next, %xtraiter3497
  br i1 %epil.iter3498.cmp.not, label %j42.exit, label %j42.body.epil, !llvm.loop !3

j42.exit:                                         ; preds = %j42.body.epil, %j42.exit.unr-lcssa
  %4457 = getelementptr inbounds float, ptr %gep2242, i64 %i62
  store float 0.000000e+00, ptr %4457, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02245, 1
  %indvars.iv.next2536 = add nuw nsw i64 %indvars.iv2535, 3
  %indvars.iv.next2539 = add nuw nsw i64 %indvars.iv2538, 3
  %exitcond2541.not = icmp eq i64 %t5.next, 8
  br i1 %exitcond2541.not, label %i63.head.preheader, label %t5.body

p14.head.preheader:                               ; preds = %i63.head.preheader, %endif1318
  %i63.addr.02263 = phi i64 [ 0, %i63.head.preheader ], [ %i63.next, %endif1318 ]
  %4458 = mul nuw nsw i64 %i63.addr.02263, 96
  %4459 = or disjoint i64 %4458, 96
  %4460 = getelementptr inbounds float, ptr %Ak, i64 %4459
  %4461 = or disjoint i64 %4458, 192
  %4462 = getelementptr inbounds float, ptr %Ak, i64 %4461
  %.idx = mul nuw nsw i64 %i63.addr.02263, 384
  %4463 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %4464 = getelementptr inbounds i8, ptr %4463, i64 1152
  %4465 = getelementptr inbounds i8, ptr %4463, i64 1920
  %4466 = getelementptr inbounds i8, ptr %4463, i64 2304
  %4467 = getelementptr inbounds i8, ptr %4463, i64 2688
  %gep2866 = getelementptr inbounds float, ptr %invariant.gep2865, i64 %4458
  br label %p14.body

i63.exit:                                         ; preds = %endif1318
  %cc.next = add nuw nsw i64 %cc.addr.02264, 1
  %indvars.iv.next2527 = add i64 %indvars.iv2526, 8
  %exitcond2544.not = icmp eq i64 %cc.next, %smax2543
  br i1 %exitcond2544.not, label %j44.head.preheader, label %cc.body

p14.body:                                         ; preds = %p14.head.preheader, %p14.body
  %p14.addr.02262 = phi i64 [ 0, %p14.head.preheader ], [ %p14.next, %p14.body ]
  %acc143.02261 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4521, %p14.body ]
  %acc142.02260 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4520, %p14.body ]
  %acc141.02259 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4515, %p14.body ]
  %acc140.02258 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4514, %p14.body ]
  %acc139.02257 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4509, %p14.body ]
  %acc138.02256 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4508, %p14.body ]
  %acc137.02255 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4503, %p14.body ]
  %acc136.02254 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4502, %p14.body ]
  %acc135.02253 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4498, %p14.body ]
  %acc134.02252 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4497, %p14.body ]
  %acc133.02251 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4492, %p14.body ]
  %acc132.02250 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4491, %p14.body ]
  %acc131.02249 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4486, %p14.body ]
  %acc130.02248 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4485, %p14.body ]
  %acc129.02247 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4480, %p14.body ]
  %acc128.02246 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %4479, %p14.body ]
  %4468 = shl nuw nsw i64 %p14.addr.02262, 5
  %4469 = getelementptr inbounds float, ptr %Bk, i64 %4468
  %4470 = load <16 x float>, ptr %4469, align 4
  %4471 = or disjoint i64 %4468, 16
  %4472 = getelementptr inbounds float, ptr %Bk, i64 %4471
  %4473 = load <16 x float>, ptr %4472, align 4
  %4474 = or disjoint i64 %p14.addr.02262, %4458
  %4475 = getelementptr inbounds float, ptr %Ak, i64 %4474
  %4476 = load float, ptr %4475, align 4
  %4477 = insertelement <16 x float> poison, float %4476, i64 0
  %4478 = shufflevector <16 x float> %4477, <16 x float> poison, <16 x i32> zeroinitializer
  %4479 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4478, <16 x float> %4470, <16 x float> %acc128.02246)
  %4480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4478, <16 x float> %4473, <16 x float> %acc129.02247)
  %4481 = getelementptr inbounds float, ptr %4460, i64 %p14.addr.02262
  %4482 = load float, ptr %4481, align 4
  %4483 = insertelement <16 x float> poison, float %4482, i64 0
  %4484 = shufflevector <16 x float> %4483, <16 x float> poison, <16 x i32> zeroinitializer
  %4485 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4484, <16 x float> %4470, <16 x float> %acc130.02248)
  %4486 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4484, <16 x float> %4473, <16 x float> %acc131.02249)
  %4487 = getelementptr inbounds float, ptr %4462, i64 %p14.addr.02262
  %4488 = load float, ptr %4487, align 4
  %4489 = insertelement <16 x float> poison, float %4488, i64 0
  %4490 = shufflevector <16 x float> %4489, <16 x float> poison, <16 x i32> zeroinitializer
  %4491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4490, <16 x float> %4470, <16 x float> %acc132.02250)
  %4492 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4490, <16 x float> %4473, <16 x float> %acc133.02251)
  %4493 = getelementptr inbounds float, ptr %4464, i64 %p14.addr.02262
  %4494 = load float, ptr %4493, align 4
  %4495 = insertelement <16 x float> poison, float %4494, i64 0
  %4496 = shufflevector <16 x float> %4495, <16 x float> poison, <16 x i32> zeroinitializer
  %4497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4496, <16 x float> %4470, <16 x float> %acc134.02252)
  %4498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4496, <16 x float> %4473, <16 x float> %acc135.02253)
  %gep2864 = getelementptr inbounds float, ptr %gep2866, i64 %p14.addr.02262
  %4499 = load float, ptr %gep2864, align 4
  %4500 = insertelement <16 x float> poison, float %4499, i64 0
  %4501 = shufflevector <16 x float> %4500, <16 x float> poison, <16 x i32> zeroinitializer
  %4502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4501, <16 x float> %4470, <16 x float> %acc136.02254)
  %4503 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4501, <16 x float> %4473, <16 x float> %acc137.02255)
  %4504 = getelementptr inbounds float, ptr %4465, i64 %p14.addr.02262
  %4505 = load float, ptr %4504, align 4
  %4506 = insertelement <16 x float> poison, float %4505, i64 0
  %4507 = shufflevector <16 x float> %4506, <16 x float> poison, <16 x i32> zeroinitializer
  %4508 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4507, <16 x float> %4470, <16 x float> %acc138.02256)
  %4509 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4507, <16 x float> %4473, <16 x float> %acc139.02257)
  %4510 = getelementptr inbounds float, ptr %4466, i64 %p14.addr.02262
  %4511 = load float, ptr %4510, align 4
  %4512 = insertelement <16 x float> poison, float %4511, i64 0
  %4513 = shufflevector <16 x float> %4512, <16 x float> poison, <16 x i32> zeroinitializer
  %4514 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4513, <16 x float> %4470, <16 x float> %acc140.02258)
  %4515 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4513, <16 x float> %4473, <16 x float> %acc141.02259)
  %4516 = getelementptr inbounds float, ptr %4467, i64 %p14.addr.02262
  %4517 = load float, ptr %4516, align 4
  %4518 = insertelement <16 x float> poison, float %4517, i64 0
  %4519 = shufflevector <16 x float> %4518, <16 x float> poison, <16 x i32> zeroinitializer
  %4520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4519, <16 x float> %4470, <16 x float> %acc142.02260)
  %4521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %4519, <16 x float> %4473, <16 x float> %acc143.02261)
  %p14.next = add nuw nsw i64 %p14.addr.02262, 1
  %exitcond2542.not = icmp eq i64 %p14.next, 96
  br i1 %exitcond2542.not, label %p14.exit, label %p14.body

p14.exit:                                         ; preds = %p14.body
  %4522 = icmp slt i64 %i63.addr.02263, %4368
  br i1 %4522, label %then1256, label %endif1262

then1256:                                         ; preds = %p14.exit
  %4523 = add nsw i64 %i63.addr.02263, %4369
  %4524 = mul nsw i64 %4523, %sq
  %4525 = getelementptr inbounds float, ptr %kh1, i64 %4524
  store <16 x float> %4479, ptr %4525, align 4
  %4526 = or disjoint i64 %4524, 16
  %4527 = getelementptr inbounds float, ptr %kh1, i64 %4526
  store <16 x float> %4480, ptr %4527, align 4
  br label %endif1262

endif1262:                                        ; preds = %p14.exit, %then1256
  %4528 = or disjoint i64 %i63.addr.02263, 1
  %4529 = icmp slt i64 %4528, %4368
  br i1 %4529, label %then1264, label %endif1270

then1264:                                         ; preds = %endif1262
  %4530 = add nsw i64 %4528, %4369
  %4531 = mul nsw i64 %4530, %sq
  %4532 = getelementptr inbounds float, ptr %kh1, i64 %4531
  store <16 x float> %4485, ptr %4532, align 4
  %4533 = or disjoint i64 %4531, 16
  %4534 = getelementptr inbounds float, ptr %kh1, i64 %4533
  store <16 x float> %4486, ptr %4534, align 4
  br label %endif1270

endif1270:                                        ; preds = %endif1262, %then1264
  %4535 = or disjoint i64 %i63.addr.02263, 2
  %4536 = icmp slt i64 %4535, %4368
  br i1 %4536, label %then1272, label %endif1278

then1272:                                         ; preds = %endif1270
  %4537 = add nsw i64 %4535, %4369
  %4538 = mul nsw i64 %4537, %sq
  %4539 = getelementptr inbounds float, ptr %kh1, i64 %4538
  store <16 x float> %4491, ptr %4539, align 4
  %4540 = or disjoint i64 %4538, 16
  %4541 = getelementptr inbounds float, ptr %kh1, i64 %4540
  store <16 x float> %4492, ptr %4541, align 4
  br label %endif1278

endif1278:                                        ; preds = %endif1270, %then1272
  %4542 = or disjoint i64 %i63.addr.02263, 3
  %4543 = icmp slt i64 %4542, %4368
  br i1 %4543, label %then1280, label %endif1286

then1280:                                         ; preds = %endif1278
  %4544 = add nsw i64 %4542, %4369
  %4545 = mul nsw i64 %4544, %sq
  %4546 = getelementptr inbounds float, ptr %kh1, i64 %4545
  store <16 x float> %4497, ptr %4546, align 4
  %4547 = or disjoint i64 %4545, 16
  %4548 = getelementptr inbounds float, ptr %kh1, i64 %4547
  store <16 x float> %4498, ptr %4548, align 4
  br label %endif1286

endif1286:                                        ; preds = %endif1278, %then1280
  %4549 = or disjoint i64 %i63.addr.02263, 4
  %4550 = icmp slt i64 %4549, %4368
  br i1 %4550, label %then1288, label %endif1294

then1288:                                         ; preds = %endif1286
  %4551 = add nsw i64 %4549, %4369
  %4552 = mul nsw i64 %4551, %sq
  %4553 = getelementptr inbounds float, ptr %kh1, i64 %4552
  store <16 x float> %4502, ptr %4553, align 4
  %4554 = or disjoint i64 %4552, 16
  %4555 = getelementptr inbounds float, ptr %kh1, i64 %4554
  store <16 x float> %4503, ptr %4555, align 4
  br label %endif1294

endif1294:                                        ; preds = %endif1286, %then1288
  %4556 = or disjoint i64 %i63.addr.02263, 5
  %4557 = icmp slt i64 %4556, %4368
  br i1 %4557, label %then1296, label %endif1302

then1296:                                         ; preds = %endif1294
  %4558 = add nsw i64 %4556, %4369
  %4559 = mul nsw i64 %4558, %sq
  %4560 = getelementptr inbounds float, ptr %kh1, i64 %4559
  store <16 x float> %4508, ptr %4560, align 4
  %4561 = or disjoint i64 %4559, 16
  %4562 = getelementptr inbounds float, ptr %kh1, i64 %4561
  store <16 x float> %4509, ptr %4562, align 4
  br label %endif1302

endif1302:                                        ; preds = %endif1294, %then1296
  %4563 = or disjoint i64 %i63.addr.02263, 6
  %4564 = icmp slt i64 %4563, %4368
  br i1 %4564, label %then1304, label %endif1310

then1304:                                         ; preds = %endif1302
  %4565 = add nsw i64 %4563, %4369
  %4566 = mul nsw i64 %4565, %sq
  %4567 = getelementptr inbounds float, ptr %kh1, i64 %4566
  store <16 x float> %4514, ptr %4567, align 4
  %4568 = or disjoint i64 %4566, 16
  %4569 = getelementptr inbounds float, ptr %kh1, i64 %4568
  store <16 x float> %4515, ptr %4569, align 4
  br label %endif1310

endif1310:                                        ; preds = %endif1302, %then1304
  %4570 = or disjoint i64 %i63.addr.02263, 7
  %4571 = icmp slt i64 %4570, %4368
  br i1 %4571, label %then1312, label %endif1318

then1312:                                         ; preds = %endif1310
  %4572 = add nsw i64 %4570, %4369
  %4573 = mul nsw i64 %4572, %sq
  %4574 = getelementptr inbounds float, ptr %kh1, i64 %4573
  store <16 x float> %4520, ptr %4574, align 4
  %4575 = or disjoint i64 %4573, 16
  %4576 = getelementptr inbounds float, ptr %kh1, i64 %4575
  store <16 x float> %4521, ptr %4576, align 4
  br label %endif1318

endif1318:                                        ; preds = %endif1310, %then1312
  %i63.next = add nuw nsw i64 %i63.addr.02263, 8
  %4577 = icmp ult i64 %i63.addr.02263, 16
  br i1 %4577, label %p14.head.preheader, label %i63.exit

j44.head.preheader:                               ; preds = %bh.body, %i63.exit
  %4578 = getelementptr i8, ptr %dh0, i64 %561
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %4578, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546, i64 128, i1 false)
  %scevgep2545.1 = getelementptr i8, ptr %4578, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.1, i64 128, i1 false)
  %scevgep2545.2 = getelementptr i8, ptr %4578, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.2, i64 128, i1 false)
  %scevgep2545.3 = getelementptr i8, ptr %4578, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.3, i64 128, i1 false)
  %scevgep2545.4 = getelementptr i8, ptr %4578, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.4, i64 128, i1 false)
  %scevgep2545.5 = getelementptr i8, ptr %4578, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.5, i64 128, i1 false)
  %scevgep2545.6 = getelementptr i8, ptr %4578, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.6, i64 128, i1 false)
  %scevgep2545.7 = getelementptr i8, ptr %4578, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.7, i64 128, i1 false)
  %scevgep2545.8 = getelementptr i8, ptr %4578, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.8, i64 128, i1 false)
  %scevgep2545.9 = getelementptr i8, ptr %4578, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.9, i64 128, i1 false)
  %scevgep2545.10 = getelementptr i8, ptr %4578, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.10, i64 128, i1 false)
  %scevgep2545.11 = getelementptr i8, ptr %4578, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.11, i64 128, i1 false)
  %scevgep2545.12 = getelementptr i8, ptr %4578, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.12, i64 128, i1 false)
  %scevgep2545.13 = getelementptr i8, ptr %4578, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.13, i64 128, i1 false)
  %scevgep2545.14 = getelementptr i8, ptr %4578, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.14, i64 128, i1 false)
  %scevgep2545.15 = getelementptr i8, ptr %4578, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.15, i64 128, i1 false)
  %scevgep2545.16 = getelementptr i8, ptr %4578, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.16, i64 128, i1 false)
  %scevgep2545.17 = getelementptr i8, ptr %4578, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.17, i64 128, i1 false)
  %scevgep2545.18 = getelementptr i8, ptr %4578, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.18, i64 128, i1 false)
  %scevgep2545.19 = getelementptr i8, ptr %4578, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.19, i64 128, i1 false)
  %scevgep2545.20 = getelementptr i8, ptr %4578, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.20, i64 128, i1 false)
  %scevgep2545.21 = getelementptr i8, ptr %4578, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.21, i64 128, i1 false)
  %scevgep2545.22 = getelementptr i8, ptr %4578, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.22, i64 128, i1 false)
  %scevgep2545.23 = getelementptr i8, ptr %4578, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.23, i64 128, i1 false)
  %scevgep2545.24 = getelementptr i8, ptr %4578, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.24, i64 128, i1 false)
  %scevgep2545.25 = getelementptr i8, ptr %4578, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.25, i64 128, i1 false)
  %scevgep2545.26 = getelementptr i8, ptr %4578, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.26, i64 128, i1 false)
  %scevgep2545.27 = getelementptr i8, ptr %4578, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.27, i64 128, i1 false)
  %scevgep2545.28 = getelementptr i8, ptr %4578, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.28, i64 128, i1 false)
  %scevgep2545.29 = getelementptr i8, ptr %4578, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.29, i64 128, i1 false)
  %scevgep2545.30 = getelementptr i8, ptr %4578, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.30, i64 128, i1 false)
  %scevgep2545.31 = getelementptr i8, ptr %4578, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2545.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2546.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02267, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond2548.not = icmp eq i64 %indvar.next, %38
  br i1 %exitcond2548.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

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
; ---- dp_step_h3_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h3_k32_v32_c1_nogate'
source_filename = "dp_step_h3_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h3_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, 3
  %2 = or disjoint i64 %sq, 16
  %3 = shl nsw i64 %H, 6
  %.idx = shl nsw i64 %H, 3
  %4 = or disjoint i64 %3, 16
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i3.exit
  %bh.addr.0152 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i3.exit ]
  %b = sdiv i64 %bh.addr.0152, %H
  %h = srem i64 %bh.addr.0152, %H
  %5 = mul nsw i64 %b, %H
  %bT = add nsw i64 %5, %h
  %6 = mul i64 %1, %b
  %bTn = add nsw i64 %6, %h
  %7 = shl nsw i64 %bT, 5
  %8 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %8
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0152, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i3.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0136 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %41, %i.body ]
  %acc1.0135 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %45, %i.body ]
  %acc2.0134 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %54, %i.body ]
  %acc3.0133 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %58, %i.body ]
  %i.addr.0132 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %9 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0132
  %10 = load float, ptr %9, align 4
  %11 = shl nuw nsw i64 %i.addr.0132, 5
  %12 = getelementptr inbounds float, ptr %S, i64 %11
  %13 = load <16 x float>, ptr %12, align 4
  %14 = insertelement <16 x float> poison, float %10, i64 0
  %15 = shufflevector <16 x float> %14, <16 x float> poison, <16 x i32> zeroinitializer
  %16 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %13, <16 x float> %acc.0136)
  %17 = or disjoint i64 %11, 16
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <16 x float>, ptr %18, align 4
  %20 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %19, <16 x float> %acc1.0135)
  %21 = or disjoint i64 %i.addr.0132, 1
  %22 = getelementptr inbounds float, ptr %kh, i64 %21
  %23 = load float, ptr %22, align 4
  %24 = shl nuw nsw i64 %21, 5
  %25 = getelementptr inbounds float, ptr %S, i64 %24
  %26 = load <16 x float>, ptr %25, align 4
  %27 = insertelement <16 x float> poison, float %23, i64 0
  %28 = shufflevector <16 x float> %27, <16 x float> poison, <16 x i32> zeroinitializer
  %29 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %28, <16 x float> %26, <16 x float> %acc2.0134)
  %30 = or disjoint i64 %24, 16
  %31 = getelementptr inbounds float, ptr %S, i64 %30
  %32 = load <16 x float>, ptr %31, align 4
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %28, <16 x float> %32, <16 x float> %acc3.0133)
  %i.next = or disjoint i64 %i.addr.0132, 2
  %34 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %35 = load float, ptr %34, align 4
  %36 = shl nuw nsw i64 %i.next, 5
  %37 = getelementptr inbounds float, ptr %S, i64 %36
  %38 = load <16 x float>, ptr %37, align 4
  %39 = insertelement <16 x float> poison, float %35, i64 0
  %40 = shufflevector <16 x float> %39, <16 x float> poison, <16 x i32> zeroinitializer
  %41 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %40, <16 x float> %38, <16 x float> %16)
  %42 = or disjoint i64 %36, 16
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %40, <16 x float> %44, <16 x float> %20)
  %46 = or disjoint i64 %i.addr.0132, 3
  %47 = getelementptr inbounds float, ptr %kh, i64 %46
  %48 = load float, ptr %47, align 4
  %49 = shl nuw nsw i64 %46, 5
  %50 = getelementptr inbounds float, ptr %S, i64 %49
  %51 = load <16 x float>, ptr %50, align 4
  %52 = insertelement <16 x float> poison, float %48, i64 0
  %53 = shufflevector <16 x float> %52, <16 x float> poison, <16 x i32> zeroinitializer
  %54 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %53, <16 x float> %51, <16 x float> %29)
  %55 = or disjoint i64 %49, 16
  %56 = getelementptr inbounds float, ptr %S, i64 %55
  %57 = load <16 x float>, ptr %56, align 4
  %58 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %53, <16 x float> %57, <16 x float> %33)
  %i.next.1 = add nuw nsw i64 %i.addr.0132, 4
  %59 = icmp ult i64 %i.next, 30
  br i1 %59, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %8
  %60 = load float, ptr %betah, align 4
  %61 = load <16 x float>, ptr %vh, align 4
  %62 = fadd <16 x float> %54, %41
  %63 = fsub <16 x float> %61, %62
  %64 = insertelement <16 x float> poison, float %60, i64 0
  %65 = shufflevector <16 x float> %64, <16 x float> poison, <16 x i32> zeroinitializer
  %66 = fmul <16 x float> %65, %63
  %67 = getelementptr inbounds i8, ptr %vh, i64 64
  %68 = load <16 x float>, ptr %67, align 4
  %69 = fadd <16 x float> %58, %45
  %70 = fsub <16 x float> %68, %69
  %71 = fmul <16 x float> %65, %70
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc416.0141 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %85, %i1.body ]
  %acc5.0140 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %90, %i1.body ]
  %acc6.0139 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %105, %i1.body ]
  %acc7.0138 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %110, %i1.body ]
  %i1.addr.0137 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %72 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0137
  %73 = load float, ptr %72, align 4
  %74 = or disjoint i64 %i1.addr.0137, %sq
  %75 = getelementptr inbounds float, ptr %kh, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = insertelement <16 x float> poison, float %73, i64 0
  %78 = shufflevector <16 x float> %77, <16 x float> poison, <16 x i32> zeroinitializer
  %79 = shl nuw nsw i64 %i1.addr.0137, 5
  %80 = getelementptr inbounds float, ptr %S, i64 %79
  %81 = load <16 x float>, ptr %80, align 4
  %82 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> %66, <16 x float> %81)
  store <16 x float> %82, ptr %80, align 4
  %83 = insertelement <16 x float> poison, float %76, i64 0
  %84 = shufflevector <16 x float> %83, <16 x float> poison, <16 x i32> zeroinitializer
  %85 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %84, <16 x float> %82, <16 x float> %acc416.0141)
  %86 = or disjoint i64 %79, 16
  %87 = getelementptr inbounds float, ptr %S, i64 %86
  %88 = load <16 x float>, ptr %87, align 4
  %89 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> %71, <16 x float> %88)
  store <16 x float> %89, ptr %87, align 4
  %90 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %84, <16 x float> %89, <16 x float> %acc5.0140)
  %91 = or disjoint i64 %i1.addr.0137, 1
  %92 = getelementptr inbounds float, ptr %kh, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = or disjoint i64 %91, %sq
  %95 = getelementptr inbounds float, ptr %kh, i64 %94
  %96 = load float, ptr %95, align 4
  %97 = insertelement <16 x float> poison, float %93, i64 0
  %98 = shufflevector <16 x float> %97, <16 x float> poison, <16 x i32> zeroinitializer
  %99 = shl nuw nsw i64 %91, 5
  %100 = getelementptr inbounds float, ptr %S, i64 %99
  %101 = load <16 x float>, ptr %100, align 4
  %102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %98, <16 x float> %66, <16 x float> %101)
  store <16 x float> %102, ptr %100, align 4
  %103 = insertelement <16 x float> poison, float %96, i64 0
  %104 = shufflevector <16 x float> %103, <16 x float> poison, <16 x i32> zeroinitializer
  %105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %104, <16 x float> %102, <16 x float> %acc6.0139)
  %106 = or disjoint i64 %99, 16
  %107 = getelementptr inbounds float, ptr %S, i64 %106
  %108 = load <16 x float>, ptr %107, align 4
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %98, <16 x float> %71, <16 x float> %108)
  store <16 x float> %109, ptr %107, align 4
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %104, <16 x float> %109, <16 x float> %acc7.0138)
  %i1.next = add nuw nsw i64 %i1.addr.0137, 2
  %111 = icmp ult i64 %i1.addr.0137, 30
  br i1 %111, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %7
  %112 = getelementptr inbounds float, ptr %betah, i64 %H
  %113 = load float, ptr %112, align 4
  %114 = getelementptr inbounds float, ptr %vh, i64 %sq
  %115 = load <16 x float>, ptr %114, align 4
  %116 = fadd <16 x float> %105, %85
  %117 = fsub <16 x float> %115, %116
  %118 = insertelement <16 x float> poison, float %113, i64 0
  %119 = shufflevector <16 x float> %118, <16 x float> poison, <16 x i32> zeroinitializer
  %120 = fmul <16 x float> %119, %117
  %121 = getelementptr inbounds float, ptr %vh, i64 %2
  %122 = load <16 x float>, ptr %121, align 4
  %123 = fadd <16 x float> %110, %90
  %124 = fsub <16 x float> %122, %123
  %125 = fmul <16 x float> %119, %124
  br label %i2.body

i2.body:                                          ; preds = %i1.exit, %i2.body
  %i2.addr.0146 = phi i64 [ 0, %i1.exit ], [ %i2.next, %i2.body ]
  %acc11.0145 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %166, %i2.body ]
  %acc10.0144 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %161, %i2.body ]
  %acc9.0143 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %145, %i2.body ]
  %acc8.0142 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %140, %i2.body ]
  %126 = or disjoint i64 %i2.addr.0146, %sq
  %127 = getelementptr inbounds float, ptr %kh, i64 %126
  %128 = load float, ptr %127, align 4
  %129 = or disjoint i64 %i2.addr.0146, %3
  %130 = getelementptr inbounds float, ptr %kh, i64 %129
  %131 = load float, ptr %130, align 4
  %132 = insertelement <16 x float> poison, float %128, i64 0
  %133 = shufflevector <16 x float> %132, <16 x float> poison, <16 x i32> zeroinitializer
  %134 = shl nuw nsw i64 %i2.addr.0146, 5
  %135 = getelementptr inbounds float, ptr %S, i64 %134
  %136 = load <16 x float>, ptr %135, align 4
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %120, <16 x float> %136)
  store <16 x float> %137, ptr %135, align 4
  %138 = insertelement <16 x float> poison, float %131, i64 0
  %139 = shufflevector <16 x float> %138, <16 x float> poison, <16 x i32> zeroinitializer
  %140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %139, <16 x float> %137, <16 x float> %acc8.0142)
  %141 = or disjoint i64 %134, 16
  %142 = getelementptr inbounds float, ptr %S, i64 %141
  %143 = load <16 x float>, ptr %142, align 4
  %144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %125, <16 x float> %143)
  store <16 x float> %144, ptr %142, align 4
  %145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %139, <16 x float> %144, <16 x float> %acc9.0143)
  %146 = or disjoint i64 %i2.addr.0146, 1
  %147 = or disjoint i64 %146, %sq
  %148 = getelementptr inbounds float, ptr %kh, i64 %147
  %149 = load float, ptr %148, align 4
  %150 = or disjoint i64 %146, %3
  %151 = getelementptr inbounds float, ptr %kh, i64 %150
  %152 = load float, ptr %151, align 4
  %153 = insertelement <16 x float> poison, float %149, i64 0
  %154 = shufflevector <16 x float> %153, <16 x float> poison, <16 x i32> zeroinitializer
  %155 = shl nuw nsw i64 %146, 5
  %156 = getelementptr inbounds float, ptr %S, i64 %155
  %157 = load <16 x float>, ptr %156, align 4
  %158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %154, <16 x float> %120, <16 x float> %157)
  store <16 x float> %158, ptr %156, align 4
  %159 = insertelement <16 x float> poison, float %152, i64 0
  %160 = shufflevector <16 x float> %159, <16 x float> poison, <16 x i32> zeroinitializer
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %160, <16 x float> %158, <16 x float> %acc10.0144)
  %162 = or disjoint i64 %155, 16
  %163 = getelementptr inbounds float, ptr %S, i64 %162
  %164 = load <16 x float>, ptr %163, align 4
  %165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %154, <16 x float> %125, <16 x float> %164)
  store <16 x float> %165, ptr %163, align 4
  %166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %160, <16 x float> %165, <16 x float> %acc11.0145)
  %i2.next = add nuw nsw i64 %i2.addr.0146, 2
  %167 = icmp ult i64 %i2.addr.0146, 30
  br i1 %167, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %168 = getelementptr inbounds i8, ptr %betah, i64 %.idx
  %169 = load float, ptr %168, align 4
  %170 = getelementptr inbounds float, ptr %vh, i64 %3
  %171 = load <16 x float>, ptr %170, align 4
  %172 = fadd <16 x float> %140, %161
  %173 = fsub <16 x float> %171, %172
  %174 = insertelement <16 x float> poison, float %169, i64 0
  %175 = shufflevector <16 x float> %174, <16 x float> poison, <16 x i32> zeroinitializer
  %176 = fmul <16 x float> %175, %173
  %177 = getelementptr inbounds float, ptr %vh, i64 %4
  %178 = load <16 x float>, ptr %177, align 4
  %179 = fadd <16 x float> %145, %166
  %180 = fsub <16 x float> %178, %179
  %181 = fmul <16 x float> %175, %180
  br label %i3.body

i3.body:                                          ; preds = %i3.body, %i2.exit
  %i3.addr.0151 = phi i64 [ 0, %i2.exit ], [ %i3.next.1, %i3.body ]
  %acc13.0148 = phi <16 x float> [ zeroinitializer, %i2.exit ], [ %219, %i3.body ]
  %acc1273.0147 = phi <16 x float> [ zeroinitializer, %i2.exit ], [ %214, %i3.body ]
  %182 = or disjoint i64 %i3.addr.0151, %3
  %183 = getelementptr inbounds float, ptr %kh, i64 %182
  %184 = load float, ptr %183, align 4
  %185 = getelementptr inbounds float, ptr %qh, i64 %i3.addr.0151
  %186 = load float, ptr %185, align 4
  %187 = insertelement <16 x float> poison, float %184, i64 0
  %188 = shufflevector <16 x float> %187, <16 x float> poison, <16 x i32> zeroinitializer
  %189 = shl nuw nsw i64 %i3.addr.0151, 5
  %190 = getelementptr inbounds float, ptr %S, i64 %189
  %191 = load <16 x float>, ptr %190, align 4
  %192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %176, <16 x float> %191)
  store <16 x float> %192, ptr %190, align 4
  %193 = insertelement <16 x float> poison, float %186, i64 0
  %194 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %192, <16 x float> %acc1273.0147)
  %196 = or disjoint i64 %189, 16
  %197 = getelementptr inbounds float, ptr %S, i64 %196
  %198 = load <16 x float>, ptr %197, align 4
  %199 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %181, <16 x float> %198)
  store <16 x float> %199, ptr %197, align 4
  %200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %199, <16 x float> %acc13.0148)
  %i3.next = or disjoint i64 %i3.addr.0151, 1
  %201 = or disjoint i64 %i3.next, %3
  %202 = getelementptr inbounds float, ptr %kh, i64 %201
  %203 = load float, ptr %202, align 4
  %204 = getelementptr inbounds float, ptr %qh, i64 %i3.next
  %205 = load float, ptr %204, align 4
  %206 = insertelement <16 x float> poison, float %203, i64 0
  %207 = shufflevector <16 x float> %206, <16 x float> poison, <16 x i32> zeroinitializer
  %208 = shl nuw nsw i64 %i3.next, 5
  %209 = getelementptr inbounds float, ptr %S, i64 %208
  %210 = load <16 x float>, ptr %209, align 4
  %211 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %176, <16 x float> %210)
  store <16 x float> %211, ptr %209, align 4
  %212 = insertelement <16 x float> poison, float %205, i64 0
  %213 = shufflevector <16 x float> %212, <16 x float> poison, <16 x i32> zeroinitializer
  %214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %213, <16 x float> %211, <16 x float> %195)
  %215 = or disjoint i64 %208, 16
  %216 = getelementptr inbounds float, ptr %S, i64 %215
  %217 = load <16 x float>, ptr %216, align 4
  %218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %181, <16 x float> %217)
  store <16 x float> %218, ptr %216, align 4
  %219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %213, <16 x float> %218, <16 x float> %200)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0151, 2
  %exitcond.not.1 = icmp eq i64 %i3.next.1, 32
  br i1 %exitcond.not.1, label %i3.exit, label %i3.body

i3.exit:                                          ; preds = %i3.body
  %oh = getelementptr inbounds float, ptr %o, i64 %7
  %220 = fmul <16 x float> %214, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %220, ptr %oh, align 4
  %221 = fmul <16 x float> %219, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %222 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %221, ptr %222, align 4
  %bh.next = add nsw i64 %bh.addr.0152, 1
  %exitcond166.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond166.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
; ---- dp_fwd_h3_k32_v32_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h3_k32_v32_r64_nogate'
source_filename = "dp_fwd_h3_k32_v32_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h3_k32_v32_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, 3
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = mul i64 %H, 6144
  %5 = add nsw i64 %T, -1
  %6 = mul i64 %H, 96
  %7 = mul i64 %nc, %bh0
  %8 = shl i64 %nc, 12
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %9 = sub i64 %bh1, %bh0
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i6.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i6.head.preheader ]
  %bh.addr.0162 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i6.head.preheader ]
  %10 = add i64 %indvar, %bh0
  %11 = shl i64 %10, 12
  %scevgep186 = getelementptr i8, ptr %hT, i64 %11
  %scevgep181 = getelementptr i8, ptr %h0, i64 %11
  %b = sdiv i64 %bh.addr.0162, %H
  %h = srem i64 %bh.addr.0162, %H
  %12 = mul nsw i64 %b, %T
  %13 = mul nsw i64 %12, %H
  %bT = add nsw i64 %13, %h
  %14 = mul i64 %1, %12
  %bTn = add nsw i64 %14, %h
  %15 = shl nsw i64 %bT, 5
  %16 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %16
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep181, i64 4096, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %15
  %vh = getelementptr inbounds float, ptr %v, i64 %16
  %oh = getelementptr inbounds float, ptr %o, i64 %15
  br i1 %3, label %i1.head.preheader.lr.ph, label %i6.head.preheader

bh.exit:                                          ; preds = %i6.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %17 = mul i64 %8, %indvar
  %invariant.gep205 = getelementptr i8, ptr %hs, i64 %17
  br label %i1.head.preheader

i6.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep186, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0162, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond187.not = icmp eq i64 %indvar.next, %9
  br i1 %exitcond187.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0159 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %18 = add i64 %7, %ci.addr.0159
  %19 = shl i64 %18, 12
  %gep206 = getelementptr i8, ptr %invariant.gep205, i64 %19
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep206, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0159, 6
  %20 = add nuw nsw i64 %t0, 64
  %21 = mul i64 %4, %ci.addr.0159
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.head.preheader
  %acc.0140 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %57, %i2.body ]
  %acc1.0139 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %61, %i2.body ]
  %acc2.0138 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %71, %i2.body ]
  %acc3.0137 = phi <16 x float> [ zeroinitializer, %i1.head.preheader ], [ %75, %i2.body ]
  %i2.addr.0136 = phi i64 [ 0, %i1.head.preheader ], [ %i2.next.1, %i2.body ]
  %22 = or disjoint i64 %i2.addr.0136, %21
  %23 = getelementptr inbounds float, ptr %kh, i64 %22
  %24 = load float, ptr %23, align 4
  %25 = shl nuw nsw i64 %i2.addr.0136, 5
  %26 = getelementptr inbounds float, ptr %work, i64 %25
  %27 = load <16 x float>, ptr %26, align 4
  %28 = insertelement <16 x float> poison, float %24, i64 0
  %29 = shufflevector <16 x float> %28, <16 x float> poison, <16 x i32> zeroinitializer
  %30 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %27, <16 x float> %acc.0140)
  %31 = or disjoint i64 %25, 16
  %32 = getelementptr inbounds float, ptr %work, i64 %31
  %33 = load <16 x float>, ptr %32, align 4
  %34 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %29, <16 x float> %33, <16 x float> %acc1.0139)
  %35 = or disjoint i64 %i2.addr.0136, 1
  %36 = or disjoint i64 %35, %21
  %37 = getelementptr inbounds float, ptr %kh, i64 %36
  %38 = load float, ptr %37, align 4
  %39 = shl nuw nsw i64 %35, 5
  %40 = getelementptr inbounds float, ptr %work, i64 %39
  %41 = load <16 x float>, ptr %40, align 4
  %42 = insertelement <16 x float> poison, float %38, i64 0
  %43 = shufflevector <16 x float> %42, <16 x float> poison, <16 x i32> zeroinitializer
  %44 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %41, <16 x float> %acc2.0138)
  %45 = or disjoint i64 %39, 16
  %46 = getelementptr inbounds float, ptr %work, i64 %45
  %47 = load <16 x float>, ptr %46, align 4
  %48 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %43, <16 x float> %47, <16 x float> %acc3.0137)
  %i2.next = or disjoint i64 %i2.addr.0136, 2
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
  %62 = or disjoint i64 %i2.addr.0136, 3
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
  %i2.next.1 = add nuw nsw i64 %i2.addr.0136, 4
  %76 = icmp ult i64 %i2.next, 30
  br i1 %76, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %t1 = tail call i64 @llvm.smin.i64(i64 %20, i64 %T)
  %77 = icmp slt i64 %t0, %T
  br i1 %77, label %t.body.preheader, label %t.exit

t.body.preheader:                                 ; preds = %i2.exit
  %78 = mul nuw nsw i64 %ci.addr.0159, 192
  %79 = mul nsw i64 %78, %H
  %80 = getelementptr inbounds float, ptr %betah, i64 %79
  %81 = load float, ptr %80, align 4
  %82 = insertelement <16 x float> poison, float %81, i64 0
  %83 = shufflevector <16 x float> %82, <16 x float> poison, <16 x i32> zeroinitializer
  %84 = mul nsw i64 %78, %sq
  %85 = or disjoint i64 %84, 16
  %86 = getelementptr inbounds float, ptr %vh, i64 %85
  %87 = load <16 x float>, ptr %86, align 4
  %88 = fadd <16 x float> %75, %61
  %89 = fsub <16 x float> %87, %88
  %90 = fmul <16 x float> %83, %89
  %91 = getelementptr inbounds float, ptr %vh, i64 %84
  %92 = load <16 x float>, ptr %91, align 4
  %93 = fadd <16 x float> %71, %57
  %94 = fsub <16 x float> %92, %93
  %95 = fmul <16 x float> %83, %94
  br label %t.body

t.body:                                           ; preds = %t.body.preheader, %i5.exit
  %delta.0158 = phi <16 x float> [ %279, %i5.exit ], [ %95, %t.body.preheader ]
  %delta1.0157 = phi <16 x float> [ %287, %i5.exit ], [ %90, %t.body.preheader ]
  %t.addr.0156 = phi i64 [ %96, %i5.exit ], [ %t0, %t.body.preheader ]
  %96 = add nuw nsw i64 %t.addr.0156, 1
  %97 = mul nuw nsw i64 %t.addr.0156, 3
  %98 = mul nsw i64 %97, %sq
  %99 = add nuw nsw i64 %97, 1
  %100 = mul nsw i64 %99, %sq
  br label %i3.body

t.exit:                                           ; preds = %i5.exit, %i2.exit
  %ci.next = add nuw nsw i64 %ci.addr.0159, 1
  %exitcond184.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond184.not, label %i6.head.preheader, label %i1.head.preheader

i3.body:                                          ; preds = %t.body, %i3.body
  %acc416.0145 = phi <16 x float> [ zeroinitializer, %t.body ], [ %115, %i3.body ]
  %acc5.0144 = phi <16 x float> [ zeroinitializer, %t.body ], [ %120, %i3.body ]
  %acc6.0143 = phi <16 x float> [ zeroinitializer, %t.body ], [ %136, %i3.body ]
  %acc7.0142 = phi <16 x float> [ zeroinitializer, %t.body ], [ %141, %i3.body ]
  %i3.addr.0141 = phi i64 [ 0, %t.body ], [ %i3.next, %i3.body ]
  %101 = or disjoint i64 %i3.addr.0141, %98
  %102 = getelementptr inbounds float, ptr %kh, i64 %101
  %103 = load float, ptr %102, align 4
  %104 = or disjoint i64 %i3.addr.0141, %100
  %105 = getelementptr inbounds float, ptr %kh, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = insertelement <16 x float> poison, float %103, i64 0
  %108 = shufflevector <16 x float> %107, <16 x float> poison, <16 x i32> zeroinitializer
  %109 = shl nuw nsw i64 %i3.addr.0141, 5
  %110 = getelementptr inbounds float, ptr %work, i64 %109
  %111 = load <16 x float>, ptr %110, align 4
  %112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %108, <16 x float> %delta.0158, <16 x float> %111)
  store <16 x float> %112, ptr %110, align 4
  %113 = insertelement <16 x float> poison, float %106, i64 0
  %114 = shufflevector <16 x float> %113, <16 x float> poison, <16 x i32> zeroinitializer
  %115 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %114, <16 x float> %112, <16 x float> %acc416.0145)
  %116 = or disjoint i64 %109, 16
  %117 = getelementptr inbounds float, ptr %work, i64 %116
  %118 = load <16 x float>, ptr %117, align 4
  %119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %108, <16 x float> %delta1.0157, <16 x float> %118)
  store <16 x float> %119, ptr %117, align 4
  %120 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %114, <16 x float> %119, <16 x float> %acc5.0144)
  %121 = or disjoint i64 %i3.addr.0141, 1
  %122 = or disjoint i64 %121, %98
  %123 = getelementptr inbounds float, ptr %kh, i64 %122
  %124 = load float, ptr %123, align 4
  %125 = or disjoint i64 %121, %100
  %126 = getelementptr inbounds float, ptr %kh, i64 %125
  %127 = load float, ptr %126, align 4
  %128 = insertelement <16 x float> poison, float %124, i64 0
  %129 = shufflevector <16 x float> %128, <16 x float> poison, <16 x i32> zeroinitializer
  %130 = shl nuw nsw i64 %121, 5
  %131 = getelementptr inbounds float, ptr %work, i64 %130
  %132 = load <16 x float>, ptr %131, align 4
  %133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %delta.0158, <16 x float> %132)
  store <16 x float> %133, ptr %131, align 4
  %134 = insertelement <16 x float> poison, float %127, i64 0
  %135 = shufflevector <16 x float> %134, <16 x float> poison, <16 x i32> zeroinitializer
  %136 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %133, <16 x float> %acc6.0143)
  %137 = or disjoint i64 %130, 16
  %138 = getelementptr inbounds float, ptr %work, i64 %137
  %139 = load <16 x float>, ptr %138, align 4
  %140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %129, <16 x float> %delta1.0157, <16 x float> %139)
  store <16 x float> %140, ptr %138, align 4
  %141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %135, <16 x float> %140, <16 x float> %acc7.0142)
  %i3.next = add nuw nsw i64 %i3.addr.0141, 2
  %142 = icmp ult i64 %i3.addr.0141, 30
  br i1 %142, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %143 = mul nsw i64 %99, %H
  %144 = getelementptr inbounds float, ptr %betah, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = getelementptr inbounds float, ptr %vh, i64 %100
  %147 = load <16 x float>, ptr %146, align 4
  %148 = fadd <16 x float> %136, %115
  %149 = fsub <16 x float> %147, %148
  %150 = insertelement <16 x float> poison, float %145, i64 0
  %151 = shufflevector <16 x float> %150, <16 x float> poison, <16 x i32> zeroinitializer
  %152 = fmul <16 x float> %151, %149
  %153 = or disjoint i64 %100, 16
  %154 = getelementptr inbounds float, ptr %vh, i64 %153
  %155 = load <16 x float>, ptr %154, align 4
  %156 = fadd <16 x float> %141, %120
  %157 = fsub <16 x float> %155, %156
  %158 = fmul <16 x float> %151, %157
  %159 = add nuw nsw i64 %97, 2
  %160 = mul nsw i64 %159, %sq
  br label %i4.body

i4.body:                                          ; preds = %i3.exit, %i4.body
  %i4.addr.0150 = phi i64 [ 0, %i3.exit ], [ %i4.next, %i4.body ]
  %acc11.0149 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %201, %i4.body ]
  %acc10.0148 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %196, %i4.body ]
  %acc9.0147 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %180, %i4.body ]
  %acc8.0146 = phi <16 x float> [ zeroinitializer, %i3.exit ], [ %175, %i4.body ]
  %161 = or disjoint i64 %i4.addr.0150, %100
  %162 = getelementptr inbounds float, ptr %kh, i64 %161
  %163 = load float, ptr %162, align 4
  %164 = or disjoint i64 %i4.addr.0150, %160
  %165 = getelementptr inbounds float, ptr %kh, i64 %164
  %166 = load float, ptr %165, align 4
  %167 = insertelement <16 x float> poison, float %163, i64 0
  %168 = shufflevector <16 x float> %167, <16 x float> poison, <16 x i32> zeroinitializer
  %169 = shl nuw nsw i64 %i4.addr.0150, 5
  %170 = getelementptr inbounds float, ptr %work, i64 %169
  %171 = load <16 x float>, ptr %170, align 4
  %172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %168, <16 x float> %152, <16 x float> %171)
  store <16 x float> %172, ptr %170, align 4
  %173 = insertelement <16 x float> poison, float %166, i64 0
  %174 = shufflevector <16 x float> %173, <16 x float> poison, <16 x i32> zeroinitializer
  %175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %172, <16 x float> %acc8.0146)
  %176 = or disjoint i64 %169, 16
  %177 = getelementptr inbounds float, ptr %work, i64 %176
  %178 = load <16 x float>, ptr %177, align 4
  %179 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %168, <16 x float> %158, <16 x float> %178)
  store <16 x float> %179, ptr %177, align 4
  %180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %174, <16 x float> %179, <16 x float> %acc9.0147)
  %181 = or disjoint i64 %i4.addr.0150, 1
  %182 = or disjoint i64 %181, %100
  %183 = getelementptr inbounds float, ptr %kh, i64 %182
  %184 = load float, ptr %183, align 4
  %185 = or disjoint i64 %181, %160
  %186 = getelementptr inbounds float, ptr %kh, i64 %185
  %187 = load float, ptr %186, align 4
  %188 = insertelement <16 x float> poison, float %184, i64 0
  %189 = shufflevector <16 x float> %188, <16 x float> poison, <16 x i32> zeroinitializer
  %190 = shl nuw nsw i64 %181, 5
  %191 = getelementptr inbounds float, ptr %work, i64 %190
  %192 = load <16 x float>, ptr %191, align 4
  %193 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %189, <16 x float> %152, <16 x float> %192)
  store <16 x float> %193, ptr %191, align 4
  %194 = insertelement <16 x float> poison, float %187, i64 0
  %195 = shufflevector <16 x float> %194, <16 x float> poison, <16 x i32> zeroinitializer
  %196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %195, <16 x float> %193, <16 x float> %acc10.0148)
  %197 = or disjoint i64 %190, 16
  %198 = getelementptr inbounds float, ptr %work, i64 %197
  %199 = load <16 x float>, ptr %198, align 4
  %200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %189, <16 x float> %158, <16 x float> %199)
  store <16 x float> %200, ptr %198, align 4
  %201 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %195, <16 x float> %200, <16 x float> %acc11.0149)
  %i4.next = add nuw nsw i64 %i4.addr.0150, 2
  %202 = icmp ult i64 %i4.addr.0150, 30
  br i1 %202, label %i4.body, label %i4.exit

i4.exit:                                          ; preds = %i4.body
  %tn = tail call i64 @llvm.smin.i64(i64 %96, i64 %5)
  %203 = mul nsw i64 %159, %H
  %204 = getelementptr inbounds float, ptr %betah, i64 %203
  %205 = load float, ptr %204, align 4
  %206 = getelementptr inbounds float, ptr %vh, i64 %160
  %207 = load <16 x float>, ptr %206, align 4
  %208 = fadd <16 x float> %175, %196
  %209 = fsub <16 x float> %207, %208
  %210 = insertelement <16 x float> poison, float %205, i64 0
  %211 = shufflevector <16 x float> %210, <16 x float> poison, <16 x i32> zeroinitializer
  %212 = fmul <16 x float> %211, %209
  %213 = or disjoint i64 %160, 16
  %214 = getelementptr inbounds float, ptr %vh, i64 %213
  %215 = load <16 x float>, ptr %214, align 4
  %216 = fadd <16 x float> %180, %201
  %217 = fsub <16 x float> %215, %216
  %218 = fmul <16 x float> %211, %217
  %219 = mul nsw i64 %t.addr.0156, %sq
  %220 = mul i64 %6, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %219
  %invariant.gep203 = getelementptr float, ptr %kh, i64 %220
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %i5.addr.0155 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %acc15.0154 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %266, %i5.body ]
  %acc14.0153 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %260, %i5.body ]
  %acc13.0152 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %265, %i5.body ]
  %acc1273.0151 = phi <16 x float> [ zeroinitializer, %i4.exit ], [ %257, %i5.body ]
  %221 = or disjoint i64 %i5.addr.0155, %160
  %222 = getelementptr inbounds float, ptr %kh, i64 %221
  %223 = load float, ptr %222, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i5.addr.0155
  %224 = load float, ptr %gep, align 4
  %gep204 = getelementptr float, ptr %invariant.gep203, i64 %i5.addr.0155
  %225 = load float, ptr %gep204, align 4
  %226 = insertelement <16 x float> poison, float %223, i64 0
  %227 = shufflevector <16 x float> %226, <16 x float> poison, <16 x i32> zeroinitializer
  %228 = shl nuw nsw i64 %i5.addr.0155, 5
  %229 = getelementptr inbounds float, ptr %work, i64 %228
  %230 = load <16 x float>, ptr %229, align 4
  %231 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %227, <16 x float> %212, <16 x float> %230)
  store <16 x float> %231, ptr %229, align 4
  %232 = insertelement <16 x float> poison, float %224, i64 0
  %233 = shufflevector <16 x float> %232, <16 x float> poison, <16 x i32> zeroinitializer
  %234 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> %231, <16 x float> %acc1273.0151)
  %235 = insertelement <16 x float> poison, float %225, i64 0
  %236 = shufflevector <16 x float> %235, <16 x float> poison, <16 x i32> zeroinitializer
  %237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %236, <16 x float> %231, <16 x float> %acc14.0153)
  %238 = or disjoint i64 %228, 16
  %239 = getelementptr inbounds float, ptr %work, i64 %238
  %240 = load <16 x float>, ptr %239, align 4
  %241 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %227, <16 x float> %218, <16 x float> %240)
  store <16 x float> %241, ptr %239, align 4
  %242 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %233, <16 x float> %241, <16 x float> %acc13.0152)
  %243 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %236, <16 x float> %241, <16 x float> %acc15.0154)
  %i5.next = or disjoint i64 %i5.addr.0155, 1
  %244 = or disjoint i64 %i5.next, %160
  %245 = getelementptr inbounds float, ptr %kh, i64 %244
  %246 = load float, ptr %245, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i5.next
  %247 = load float, ptr %gep.1, align 4
  %gep204.1 = getelementptr float, ptr %invariant.gep203, i64 %i5.next
  %248 = load float, ptr %gep204.1, align 4
  %249 = insertelement <16 x float> poison, float %246, i64 0
  %250 = shufflevector <16 x float> %249, <16 x float> poison, <16 x i32> zeroinitializer
  %251 = shl nuw nsw i64 %i5.next, 5
  %252 = getelementptr inbounds float, ptr %work, i64 %251
  %253 = load <16 x float>, ptr %252, align 4
  %254 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %250, <16 x float> %212, <16 x float> %253)
  store <16 x float> %254, ptr %252, align 4
  %255 = insertelement <16 x float> poison, float %247, i64 0
  %256 = shufflevector <16 x float> %255, <16 x float> poison, <16 x i32> zeroinitializer
  %257 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %256, <16 x float> %254, <16 x float> %234)
  %258 = insertelement <16 x float> poison, float %248, i64 0
  %259 = shufflevector <16 x float> %258, <16 x float> poison, <16 x i32> zeroinitializer
  %260 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %259, <16 x float> %254, <16 x float> %237)
  %261 = or disjoint i64 %251, 16
  %262 = getelementptr inbounds float, ptr %work, i64 %261
  %263 = load <16 x float>, ptr %262, align 4
  %264 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %250, <16 x float> %218, <16 x float> %263)
  store <16 x float> %264, ptr %262, align 4
  %265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %256, <16 x float> %264, <16 x float> %242)
  %266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %259, <16 x float> %264, <16 x float> %243)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0155, 2
  %exitcond.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %267 = fmul <16 x float> %257, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %268 = getelementptr inbounds float, ptr %oh, i64 %219
  store <16 x float> %267, ptr %268, align 4
  %269 = mul nsw i64 %tn, 3
  %270 = mul nsw i64 %269, %H
  %271 = getelementptr inbounds float, ptr %betah, i64 %270
  %272 = load float, ptr %271, align 4
  %273 = mul nsw i64 %269, %sq
  %274 = getelementptr inbounds float, ptr %vh, i64 %273
  %275 = load <16 x float>, ptr %274, align 4
  %276 = fsub <16 x float> %275, %260
  %277 = insertelement <16 x float> poison, float %272, i64 0
  %278 = shufflevector <16 x float> %277, <16 x float> poison, <16 x i32> zeroinitializer
  %279 = fmul <16 x float> %278, %276
  %280 = fmul <16 x float> %265, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %281 = or disjoint i64 %219, 16
  %282 = getelementptr inbounds float, ptr %oh, i64 %281
  store <16 x float> %280, ptr %282, align 4
  %283 = or disjoint i64 %273, 16
  %284 = getelementptr inbounds float, ptr %vh, i64 %283
  %285 = load <16 x float>, ptr %284, align 4
  %286 = fsub <16 x float> %285, %266
  %287 = fmul <16 x float> %278, %286
  %288 = icmp slt i64 %96, %t1
  br i1 %288, label %t.body, label %t.exit
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
; ---- dp_bwd_h3_k32_v32_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h3_k32_v32_c64_nogate'
source_filename = "dp_bwd_h3_k32_v32_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h3_k32_v32_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, 3
  %Ak = getelementptr inbounds i8, ptr %work, i64 49152
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 401408
  %KSdS = getelementptr inbounds i8, ptr %work, i64 548864
  %KT = getelementptr inbounds i8, ptr %work, i64 360448
  %M = getelementptr inbounds i8, ptr %work, i64 749056
  %OY = getelementptr inbounds i8, ptr %work, i64 327680
  %PT = getelementptr inbounds i8, ptr %work, i64 671744
  %QK = getelementptr inbounds i8, ptr %work, i64 294912
  %QcT = getelementptr inbounds i8, ptr %work, i64 385024
  %Rr = getelementptr inbounds i8, ptr %work, i64 598016
  %Vn = getelementptr inbounds i8, ptr %work, i64 622592
  %VnT = getelementptr inbounds i8, ptr %work, i64 647168
  %bet = getelementptr inbounds i8, ptr %work, i64 729088
  %dOT = getelementptr inbounds i8, ptr %work, i64 393216
  %dQc = getelementptr inbounds i8, ptr %work, i64 720896
  %dbet = getelementptr i8, ptr %work, i64 729856
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %invariant.gep2824 = getelementptr i8, ptr %work, i64 49664
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
  %14 = mul i64 %nc, 24576
  %15 = add i64 %14, -24576
  %16 = mul i64 %T, 384
  %17 = mul i64 %H, -24576
  %18 = mul i64 %H, 384
  %19 = add i64 %14, -24448
  %20 = add i64 %14, -24320
  %21 = add i64 %T, 64
  %22 = sub i64 %21, %9
  %smax3162 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %23 = sub i64 %bh1, %bh0
  %scevgep3091.1 = getelementptr i8, ptr %work, i64 256
  %scevgep3091.2 = getelementptr i8, ptr %work, i64 512
  %scevgep3091.3 = getelementptr i8, ptr %work, i64 768
  %scevgep3091.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep3091.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep3091.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep3091.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep3091.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep3091.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep3091.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep3091.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep3091.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep3091.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep3091.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep3091.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep3091.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep3091.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep3091.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep3091.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep3091.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep3091.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep3091.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep3091.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep3091.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep3091.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep3091.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep3091.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep3091.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep3091.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep3091.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep3091.31 = getelementptr i8, ptr %work, i64 7936
  %invariant.gep3338 = getelementptr i8, ptr %work, i64 598272
  %invariant.gep3340 = getelementptr i8, ptr %work, i64 24832
  %invariant.gep3342 = getelementptr i8, ptr %work, i64 598144
  %invariant.gep3344 = getelementptr i8, ptr %work, i64 24704
  %invariant.gep3346 = getelementptr i8, ptr %work, i64 598016
  %invariant.gep3348 = getelementptr i8, ptr %work, i64 24576
  %invariant.gep3350 = getelementptr i8, ptr %work, i64 327680
  %invariant.gep3352 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3354 = getelementptr i8, ptr %work, i64 294912
  %invariant.gep3356 = getelementptr i8, ptr %work, i64 303104
  %invariant.gep3358 = getelementptr i8, ptr %work, i64 303232
  %invariant.gep3360 = getelementptr i8, ptr %work, i64 303360
  %invariant.gep3362 = getelementptr inbounds i8, ptr %work, i64 729092
  %invariant.gep3364 = getelementptr inbounds i8, ptr %work, i64 729096
  %invariant.gep3366 = getelementptr inbounds i8, ptr %work, i64 303104
  %invariant.gep3368 = getelementptr inbounds i8, ptr %work, i64 303168
  %invariant.gep3370 = getelementptr inbounds i8, ptr %work, i64 303104
  %invariant.gep3372 = getelementptr inbounds i8, ptr %work, i64 303168
  %invariant.gep3374 = getelementptr inbounds i8, ptr %work, i64 303104
  %invariant.gep3376 = getelementptr inbounds i8, ptr %work, i64 303168
  %24 = getelementptr inbounds i8, ptr %work, i64 598080
  %25 = getelementptr inbounds i8, ptr %work, i64 548928
  %26 = getelementptr inbounds i8, ptr %work, i64 671808
  %27 = getelementptr inbounds i8, ptr %work, i64 749120
  %28 = getelementptr inbounds i8, ptr %work, i64 671872
  %29 = getelementptr inbounds i8, ptr %work, i64 749184
  %30 = getelementptr inbounds i8, ptr %work, i64 671936
  %31 = getelementptr inbounds i8, ptr %work, i64 749248
  %invariant.gep3386 = getelementptr inbounds i8, ptr %work, i64 548992
  %invariant.gep3388 = getelementptr inbounds i8, ptr %work, i64 335872
  %invariant.gep3392 = getelementptr inbounds i8, ptr %work, i64 335936
  %32 = getelementptr inbounds i8, ptr %work, i64 49216
  %33 = getelementptr inbounds i8, ptr %work, i64 49280
  %34 = getelementptr inbounds i8, ptr %work, i64 49344
  %invariant.gep3394 = getelementptr i8, ptr %work, i64 336128
  %invariant.gep3396 = getelementptr i8, ptr %work, i64 336000
  %invariant.gep3398 = getelementptr i8, ptr %work, i64 335872
  %invariant.gep3400 = getelementptr i8, ptr %work, i64 729860
  %invariant.gep3402 = getelementptr i8, ptr %work, i64 729864
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
  %invariant.gep3390 = getelementptr inbounds i8, ptr %work, i64 549056
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

bh.body:                                          ; preds = %bh.body.lr.ph, %j44.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j44.head.preheader ]
  %bh.addr.02873 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j44.head.preheader ]
  %35 = add i64 %indvar, %bh0
  %36 = shl i64 %35, 12
  %37 = mul i64 %8, %indvar
  %38 = add i64 %7, %37
  %b = sdiv i64 %bh.addr.02873, %H
  %h = srem i64 %bh.addr.02873, %H
  %39 = mul i64 %b, %T
  %40 = mul i64 %39, %H
  %bT = add i64 %40, %h
  %41 = mul i64 %1, %39
  %bTn = add nsw i64 %41, %h
  %42 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %42
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %42
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %43 = getelementptr i8, ptr %dhT, i64 %36
  %44 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %43, i64 128, i1 false)
  %scevgep3090.1 = getelementptr i8, ptr %43, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.1, i64 128, i1 false)
  %scevgep3090.2 = getelementptr i8, ptr %43, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.2, i64 128, i1 false)
  %scevgep3090.3 = getelementptr i8, ptr %43, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.3, i64 128, i1 false)
  %scevgep3090.4 = getelementptr i8, ptr %43, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.4, i64 128, i1 false)
  %scevgep3090.5 = getelementptr i8, ptr %43, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.5, i64 128, i1 false)
  %scevgep3090.6 = getelementptr i8, ptr %43, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.6, i64 128, i1 false)
  %scevgep3090.7 = getelementptr i8, ptr %43, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.7, i64 128, i1 false)
  %scevgep3090.8 = getelementptr i8, ptr %43, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.8, i64 128, i1 false)
  %scevgep3090.9 = getelementptr i8, ptr %43, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.9, i64 128, i1 false)
  %scevgep3090.10 = getelementptr i8, ptr %43, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.10, i64 128, i1 false)
  %scevgep3090.11 = getelementptr i8, ptr %43, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.11, i64 128, i1 false)
  %scevgep3090.12 = getelementptr i8, ptr %43, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.12, i64 128, i1 false)
  %scevgep3090.13 = getelementptr i8, ptr %43, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.13, i64 128, i1 false)
  %scevgep3090.14 = getelementptr i8, ptr %43, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.14, i64 128, i1 false)
  %scevgep3090.15 = getelementptr i8, ptr %43, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.15, i64 128, i1 false)
  %scevgep3090.16 = getelementptr i8, ptr %43, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.16, i64 128, i1 false)
  %scevgep3090.17 = getelementptr i8, ptr %43, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.17, i64 128, i1 false)
  %scevgep3090.18 = getelementptr i8, ptr %43, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.18, i64 128, i1 false)
  %scevgep3090.19 = getelementptr i8, ptr %43, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.19, i64 128, i1 false)
  %scevgep3090.20 = getelementptr i8, ptr %43, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.20, i64 128, i1 false)
  %scevgep3090.21 = getelementptr i8, ptr %43, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.21, i64 128, i1 false)
  %scevgep3090.22 = getelementptr i8, ptr %43, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.22, i64 128, i1 false)
  %scevgep3090.23 = getelementptr i8, ptr %43, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.23, i64 128, i1 false)
  %scevgep3090.24 = getelementptr i8, ptr %43, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.24, i64 128, i1 false)
  %scevgep3090.25 = getelementptr i8, ptr %43, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.25, i64 128, i1 false)
  %scevgep3090.26 = getelementptr i8, ptr %43, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.26, i64 128, i1 false)
  %scevgep3090.27 = getelementptr i8, ptr %43, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.27, i64 128, i1 false)
  %scevgep3090.28 = getelementptr i8, ptr %43, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.28, i64 128, i1 false)
  %scevgep3090.29 = getelementptr i8, ptr %43, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.29, i64 128, i1 false)
  %scevgep3090.30 = getelementptr i8, ptr %43, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.30, i64 128, i1 false)
  %scevgep3090.31 = getelementptr i8, ptr %43, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3090.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %44
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %44
  br i1 %3, label %cc.body.lr.ph, label %j44.head.preheader

bh.exit:                                          ; preds = %j44.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %45 = mul nsw i64 %bh.addr.02873, %nc
  %46 = add i64 %11, %bT
  %47 = shl i64 %46, 7
  %48 = mul i64 %16, %b
  %49 = add i64 %15, %48
  %50 = mul i64 %49, %H
  %51 = shl i64 %h, 7
  %52 = add i64 %50, %51
  %53 = add i64 %19, %48
  %54 = mul i64 %53, %H
  %55 = add i64 %54, %51
  %56 = add i64 %20, %48
  %57 = mul i64 %56, %H
  %58 = add i64 %57, %51
  %59 = getelementptr i8, ptr %dout, i64 %47
  %60 = getelementptr i8, ptr %qh, i64 64
  %61 = getelementptr i8, ptr %kh, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i63.exit
  %indvars.iv3145 = phi i64 [ %22, %cc.body.lr.ph ], [ %indvars.iv.next3146, %i63.exit ]
  %cc.addr.02870 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i63.exit ]
  %smin3736 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3145, i64 64)
  %smax3737 = tail call i64 @llvm.smax.i64(i64 %smin3736, i64 1)
  %62 = mul i64 %17, %cc.addr.02870
  %63 = add i64 %58, %62
  %64 = add i64 %55, %62
  %65 = add i64 %52, %62
  %66 = mul i64 %12, %cc.addr.02870
  %67 = shl i64 %cc.addr.02870, 12
  %68 = sub i64 %38, %67
  %69 = xor i64 %cc.addr.02870, -1
  %ci = add nsw i64 %nc, %69
  %t0 = shl nsw i64 %ci, 6
  %70 = sub nsw i64 %T, %t0
  %scevgep3092 = getelementptr i8, ptr %hs, i64 %68
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092, i64 128, i1 false)
  %71 = or disjoint i64 %68, 128
  %scevgep3092.1 = getelementptr i8, ptr %hs, i64 %71
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.1, i64 128, i1 false)
  %72 = or disjoint i64 %68, 256
  %scevgep3092.2 = getelementptr i8, ptr %hs, i64 %72
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.2, i64 128, i1 false)
  %73 = or disjoint i64 %68, 384
  %scevgep3092.3 = getelementptr i8, ptr %hs, i64 %73
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.3, i64 128, i1 false)
  %74 = or disjoint i64 %68, 512
  %scevgep3092.4 = getelementptr i8, ptr %hs, i64 %74
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.4, i64 128, i1 false)
  %75 = or disjoint i64 %68, 640
  %scevgep3092.5 = getelementptr i8, ptr %hs, i64 %75
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.5, i64 128, i1 false)
  %76 = or disjoint i64 %68, 768
  %scevgep3092.6 = getelementptr i8, ptr %hs, i64 %76
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.6, i64 128, i1 false)
  %77 = or disjoint i64 %68, 896
  %scevgep3092.7 = getelementptr i8, ptr %hs, i64 %77
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.7, i64 128, i1 false)
  %78 = or disjoint i64 %68, 1024
  %scevgep3092.8 = getelementptr i8, ptr %hs, i64 %78
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.8, i64 128, i1 false)
  %79 = or disjoint i64 %68, 1152
  %scevgep3092.9 = getelementptr i8, ptr %hs, i64 %79
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.9, i64 128, i1 false)
  %80 = or disjoint i64 %68, 1280
  %scevgep3092.10 = getelementptr i8, ptr %hs, i64 %80
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.10, i64 128, i1 false)
  %81 = or disjoint i64 %68, 1408
  %scevgep3092.11 = getelementptr i8, ptr %hs, i64 %81
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.11, i64 128, i1 false)
  %82 = or disjoint i64 %68, 1536
  %scevgep3092.12 = getelementptr i8, ptr %hs, i64 %82
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.12, i64 128, i1 false)
  %83 = or disjoint i64 %68, 1664
  %scevgep3092.13 = getelementptr i8, ptr %hs, i64 %83
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.13, i64 128, i1 false)
  %84 = or disjoint i64 %68, 1792
  %scevgep3092.14 = getelementptr i8, ptr %hs, i64 %84
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.14, i64 128, i1 false)
  %85 = or disjoint i64 %68, 1920
  %scevgep3092.15 = getelementptr i8, ptr %hs, i64 %85
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.15, i64 128, i1 false)
  %86 = or disjoint i64 %68, 2048
  %scevgep3092.16 = getelementptr i8, ptr %hs, i64 %86
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.16, i64 128, i1 false)
  %87 = or disjoint i64 %68, 2176
  %scevgep3092.17 = getelementptr i8, ptr %hs, i64 %87
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.17, i64 128, i1 false)
  %88 = or disjoint i64 %68, 2304
  %scevgep3092.18 = getelementptr i8, ptr %hs, i64 %88
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.18, i64 128, i1 false)
  %89 = or disjoint i64 %68, 2432
  %scevgep3092.19 = getelementptr i8, ptr %hs, i64 %89
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.19, i64 128, i1 false)
  %90 = or disjoint i64 %68, 2560
  %scevgep3092.20 = getelementptr i8, ptr %hs, i64 %90
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.20, i64 128, i1 false)
  %91 = or disjoint i64 %68, 2688
  %scevgep3092.21 = getelementptr i8, ptr %hs, i64 %91
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.21, i64 128, i1 false)
  %92 = or disjoint i64 %68, 2816
  %scevgep3092.22 = getelementptr i8, ptr %hs, i64 %92
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.22, i64 128, i1 false)
  %93 = or disjoint i64 %68, 2944
  %scevgep3092.23 = getelementptr i8, ptr %hs, i64 %93
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.23, i64 128, i1 false)
  %94 = or disjoint i64 %68, 3072
  %scevgep3092.24 = getelementptr i8, ptr %hs, i64 %94
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.24, i64 128, i1 false)
  %95 = or disjoint i64 %68, 3200
  %scevgep3092.25 = getelementptr i8, ptr %hs, i64 %95
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.25, i64 128, i1 false)
  %96 = or disjoint i64 %68, 3328
  %scevgep3092.26 = getelementptr i8, ptr %hs, i64 %96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.26, i64 128, i1 false)
  %97 = or disjoint i64 %68, 3456
  %scevgep3092.27 = getelementptr i8, ptr %hs, i64 %97
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.27, i64 128, i1 false)
  %98 = or disjoint i64 %68, 3584
  %scevgep3092.28 = getelementptr i8, ptr %hs, i64 %98
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.28, i64 128, i1 false)
  %99 = or disjoint i64 %68, 3712
  %scevgep3092.29 = getelementptr i8, ptr %hs, i64 %99
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.29, i64 128, i1 false)
  %100 = or disjoint i64 %68, 3840
  %scevgep3092.30 = getelementptr i8, ptr %hs, i64 %100
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.30, i64 128, i1 false)
  %101 = or disjoint i64 %68, 3968
  %scevgep3092.31 = getelementptr i8, ptr %hs, i64 %101
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3091.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3092.31, i64 128, i1 false)
  %102 = add nsw i64 %ci, %45
  %103 = shl nsw i64 %102, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %104 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02572 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %105 = shl nuw nsw i64 %i2.addr.02572, 5
  %106 = or disjoint i64 %105, %103
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %107 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02571 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %108 = or disjoint i64 %106, %j2.addr.02571
  %109 = getelementptr inbounds float, ptr %hs, i64 %108
  %110 = load <16 x float>, ptr %109, align 4
  %111 = or disjoint i64 %108, 256
  %112 = getelementptr inbounds float, ptr %hs, i64 %111
  %113 = load <16 x float>, ptr %112, align 4
  %114 = or disjoint i64 %108, 32
  %115 = getelementptr inbounds float, ptr %hs, i64 %114
  %116 = load <16 x float>, ptr %115, align 4
  %117 = or disjoint i64 %108, 288
  %118 = getelementptr inbounds float, ptr %hs, i64 %117
  %119 = load <16 x float>, ptr %118, align 4
  %120 = or disjoint i64 %108, 64
  %121 = getelementptr inbounds float, ptr %hs, i64 %120
  %122 = load <16 x float>, ptr %121, align 4
  %123 = or disjoint i64 %108, 320
  %124 = getelementptr inbounds float, ptr %hs, i64 %123
  %125 = load <16 x float>, ptr %124, align 4
  %126 = or disjoint i64 %108, 96
  %127 = getelementptr inbounds float, ptr %hs, i64 %126
  %128 = load <16 x float>, ptr %127, align 4
  %129 = or disjoint i64 %108, 352
  %130 = getelementptr inbounds float, ptr %hs, i64 %129
  %131 = load <16 x float>, ptr %130, align 4
  %132 = or disjoint i64 %108, 128
  %133 = getelementptr inbounds float, ptr %hs, i64 %132
  %134 = load <16 x float>, ptr %133, align 4
  %135 = or disjoint i64 %108, 384
  %136 = getelementptr inbounds float, ptr %hs, i64 %135
  %137 = load <16 x float>, ptr %136, align 4
  %138 = or disjoint i64 %108, 160
  %139 = getelementptr inbounds float, ptr %hs, i64 %138
  %140 = load <16 x float>, ptr %139, align 4
  %141 = or disjoint i64 %108, 416
  %142 = getelementptr inbounds float, ptr %hs, i64 %141
  %143 = load <16 x float>, ptr %142, align 4
  %144 = or disjoint i64 %108, 192
  %145 = getelementptr inbounds float, ptr %hs, i64 %144
  %146 = load <16 x float>, ptr %145, align 4
  %147 = or disjoint i64 %108, 448
  %148 = getelementptr inbounds float, ptr %hs, i64 %147
  %149 = load <16 x float>, ptr %148, align 4
  %150 = or disjoint i64 %108, 224
  %151 = getelementptr inbounds float, ptr %hs, i64 %150
  %152 = load <16 x float>, ptr %151, align 4
  %153 = or disjoint i64 %108, 480
  %154 = getelementptr inbounds float, ptr %hs, i64 %153
  %155 = load <16 x float>, ptr %154, align 4
  %156 = shufflevector <16 x float> %110, <16 x float> %113, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %157 = shufflevector <16 x float> %134, <16 x float> %137, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %158 = shufflevector <16 x float> %116, <16 x float> %119, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %159 = shufflevector <16 x float> %140, <16 x float> %143, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %160 = shufflevector <16 x float> %122, <16 x float> %125, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %161 = shufflevector <16 x float> %146, <16 x float> %149, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %162 = shufflevector <16 x float> %128, <16 x float> %131, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %163 = shufflevector <16 x float> %152, <16 x float> %155, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %164 = shufflevector <16 x float> %110, <16 x float> %113, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %165 = shufflevector <16 x float> %134, <16 x float> %137, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %166 = shufflevector <16 x float> %116, <16 x float> %119, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %167 = shufflevector <16 x float> %140, <16 x float> %143, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %168 = shufflevector <16 x float> %122, <16 x float> %125, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %169 = shufflevector <16 x float> %146, <16 x float> %149, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %170 = shufflevector <16 x float> %128, <16 x float> %131, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %171 = shufflevector <16 x float> %152, <16 x float> %155, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %172 = shufflevector <16 x float> %156, <16 x float> %157, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %173 = shufflevector <16 x float> %160, <16 x float> %161, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %174 = shufflevector <16 x float> %158, <16 x float> %159, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %175 = shufflevector <16 x float> %162, <16 x float> %163, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %176 = shufflevector <16 x float> %156, <16 x float> %157, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %177 = shufflevector <16 x float> %160, <16 x float> %161, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %178 = shufflevector <16 x float> %158, <16 x float> %159, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %179 = shufflevector <16 x float> %162, <16 x float> %163, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %180 = shufflevector <16 x float> %164, <16 x float> %165, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %181 = shufflevector <16 x float> %168, <16 x float> %169, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %182 = shufflevector <16 x float> %166, <16 x float> %167, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %183 = shufflevector <16 x float> %170, <16 x float> %171, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %184 = shufflevector <16 x float> %164, <16 x float> %165, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %185 = shufflevector <16 x float> %168, <16 x float> %169, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %186 = shufflevector <16 x float> %166, <16 x float> %167, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %187 = shufflevector <16 x float> %170, <16 x float> %171, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
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
  %200 = shufflevector <16 x float> %184, <16 x float> %185, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %201 = shufflevector <16 x float> %186, <16 x float> %187, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %202 = shufflevector <16 x float> %184, <16 x float> %185, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %203 = shufflevector <16 x float> %186, <16 x float> %187, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %204 = shufflevector <16 x float> %188, <16 x float> %189, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %205 = shl nuw nsw i64 %j2.addr.02571, 5
  %206 = or disjoint i64 %205, %i2.addr.02572
  %207 = or disjoint i64 %206, 1024
  %208 = getelementptr inbounds float, ptr %Bk, i64 %207
  store <16 x float> %204, ptr %208, align 4
  %209 = shufflevector <16 x float> %188, <16 x float> %189, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %210 = or disjoint i64 %206, 1056
  %211 = getelementptr inbounds float, ptr %Bk, i64 %210
  store <16 x float> %209, ptr %211, align 4
  %212 = shufflevector <16 x float> %190, <16 x float> %191, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %213 = or disjoint i64 %206, 1088
  %214 = getelementptr inbounds float, ptr %Bk, i64 %213
  store <16 x float> %212, ptr %214, align 4
  %215 = shufflevector <16 x float> %190, <16 x float> %191, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %216 = or disjoint i64 %206, 1120
  %217 = getelementptr inbounds float, ptr %Bk, i64 %216
  store <16 x float> %215, ptr %217, align 4
  %218 = shufflevector <16 x float> %192, <16 x float> %193, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %219 = or disjoint i64 %206, 1152
  %220 = getelementptr inbounds float, ptr %Bk, i64 %219
  store <16 x float> %218, ptr %220, align 4
  %221 = shufflevector <16 x float> %192, <16 x float> %193, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %222 = or disjoint i64 %206, 1184
  %223 = getelementptr inbounds float, ptr %Bk, i64 %222
  store <16 x float> %221, ptr %223, align 4
  %224 = shufflevector <16 x float> %194, <16 x float> %195, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %225 = or disjoint i64 %206, 1216
  %226 = getelementptr inbounds float, ptr %Bk, i64 %225
  store <16 x float> %224, ptr %226, align 4
  %227 = shufflevector <16 x float> %194, <16 x float> %195, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %228 = or disjoint i64 %206, 1248
  %229 = getelementptr inbounds float, ptr %Bk, i64 %228
  store <16 x float> %227, ptr %229, align 4
  %230 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %231 = or disjoint i64 %206, 1280
  %232 = getelementptr inbounds float, ptr %Bk, i64 %231
  store <16 x float> %230, ptr %232, align 4
  %233 = shufflevector <16 x float> %196, <16 x float> %197, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %234 = or disjoint i64 %206, 1312
  %235 = getelementptr inbounds float, ptr %Bk, i64 %234
  store <16 x float> %233, ptr %235, align 4
  %236 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %237 = or disjoint i64 %206, 1344
  %238 = getelementptr inbounds float, ptr %Bk, i64 %237
  store <16 x float> %236, ptr %238, align 4
  %239 = shufflevector <16 x float> %198, <16 x float> %199, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %240 = or disjoint i64 %206, 1376
  %241 = getelementptr inbounds float, ptr %Bk, i64 %240
  store <16 x float> %239, ptr %241, align 4
  %242 = shufflevector <16 x float> %200, <16 x float> %201, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %243 = or disjoint i64 %206, 1408
  %244 = getelementptr inbounds float, ptr %Bk, i64 %243
  store <16 x float> %242, ptr %244, align 4
  %245 = shufflevector <16 x float> %200, <16 x float> %201, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %246 = or disjoint i64 %206, 1440
  %247 = getelementptr inbounds float, ptr %Bk, i64 %246
  store <16 x float> %245, ptr %247, align 4
  %248 = shufflevector <16 x float> %202, <16 x float> %203, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %249 = or disjoint i64 %206, 1472
  %250 = getelementptr inbounds float, ptr %Bk, i64 %249
  store <16 x float> %248, ptr %250, align 4
  %251 = shufflevector <16 x float> %202, <16 x float> %203, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %252 = or disjoint i64 %206, 1504
  %253 = getelementptr inbounds float, ptr %Bk, i64 %252
  store <16 x float> %251, ptr %253, align 4
  br i1 %107, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %104, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %254 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02574 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %255 = shl nuw nsw i64 %i3.addr.02574, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %256 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02573 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %257 = or disjoint i64 %j3.addr.02573, %255
  %258 = or disjoint i64 %257, 32
  %259 = getelementptr inbounds float, ptr %work, i64 %258
  %260 = load <16 x float>, ptr %259, align 4
  %261 = or disjoint i64 %257, 544
  %262 = getelementptr inbounds float, ptr %work, i64 %261
  %263 = load <16 x float>, ptr %262, align 4
  %264 = or disjoint i64 %257, 96
  %265 = getelementptr inbounds float, ptr %work, i64 %264
  %266 = load <16 x float>, ptr %265, align 4
  %267 = or disjoint i64 %257, 608
  %268 = getelementptr inbounds float, ptr %work, i64 %267
  %269 = load <16 x float>, ptr %268, align 4
  %270 = or disjoint i64 %257, 160
  %271 = getelementptr inbounds float, ptr %work, i64 %270
  %272 = load <16 x float>, ptr %271, align 4
  %273 = or disjoint i64 %257, 672
  %274 = getelementptr inbounds float, ptr %work, i64 %273
  %275 = load <16 x float>, ptr %274, align 4
  %276 = or disjoint i64 %257, 224
  %277 = getelementptr inbounds float, ptr %work, i64 %276
  %278 = load <16 x float>, ptr %277, align 4
  %279 = or disjoint i64 %257, 736
  %280 = getelementptr inbounds float, ptr %work, i64 %279
  %281 = load <16 x float>, ptr %280, align 4
  %282 = or disjoint i64 %257, 288
  %283 = getelementptr inbounds float, ptr %work, i64 %282
  %284 = load <16 x float>, ptr %283, align 4
  %285 = or disjoint i64 %257, 800
  %286 = getelementptr inbounds float, ptr %work, i64 %285
  %287 = load <16 x float>, ptr %286, align 4
  %288 = or disjoint i64 %257, 352
  %289 = getelementptr inbounds float, ptr %work, i64 %288
  %290 = load <16 x float>, ptr %289, align 4
  %291 = or disjoint i64 %257, 864
  %292 = getelementptr inbounds float, ptr %work, i64 %291
  %293 = load <16 x float>, ptr %292, align 4
  %294 = or disjoint i64 %257, 416
  %295 = getelementptr inbounds float, ptr %work, i64 %294
  %296 = load <16 x float>, ptr %295, align 4
  %297 = or disjoint i64 %257, 928
  %298 = getelementptr inbounds float, ptr %work, i64 %297
  %299 = load <16 x float>, ptr %298, align 4
  %300 = or disjoint i64 %257, 480
  %301 = getelementptr inbounds float, ptr %work, i64 %300
  %302 = load <16 x float>, ptr %301, align 4
  %303 = or disjoint i64 %257, 992
  %304 = getelementptr inbounds float, ptr %work, i64 %303
  %305 = load <16 x float>, ptr %304, align 4
  %306 = shufflevector <16 x float> %260, <16 x float> %263, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %307 = shufflevector <16 x float> %284, <16 x float> %287, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %308 = shufflevector <16 x float> %266, <16 x float> %269, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %309 = shufflevector <16 x float> %290, <16 x float> %293, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %310 = shufflevector <16 x float> %272, <16 x float> %275, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %311 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %312 = shufflevector <16 x float> %278, <16 x float> %281, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %313 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %314 = shufflevector <16 x float> %260, <16 x float> %263, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %315 = shufflevector <16 x float> %284, <16 x float> %287, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %316 = shufflevector <16 x float> %266, <16 x float> %269, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %317 = shufflevector <16 x float> %290, <16 x float> %293, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %318 = shufflevector <16 x float> %272, <16 x float> %275, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %319 = shufflevector <16 x float> %296, <16 x float> %299, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %320 = shufflevector <16 x float> %278, <16 x float> %281, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %321 = shufflevector <16 x float> %302, <16 x float> %305, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %322 = shufflevector <16 x float> %306, <16 x float> %307, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %323 = shufflevector <16 x float> %310, <16 x float> %311, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %324 = shufflevector <16 x float> %308, <16 x float> %309, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %325 = shufflevector <16 x float> %312, <16 x float> %313, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %326 = shufflevector <16 x float> %306, <16 x float> %307, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %327 = shufflevector <16 x float> %310, <16 x float> %311, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %328 = shufflevector <16 x float> %308, <16 x float> %309, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %329 = shufflevector <16 x float> %312, <16 x float> %313, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %330 = shufflevector <16 x float> %314, <16 x float> %315, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %331 = shufflevector <16 x float> %318, <16 x float> %319, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %332 = shufflevector <16 x float> %316, <16 x float> %317, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %333 = shufflevector <16 x float> %320, <16 x float> %321, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %334 = shufflevector <16 x float> %314, <16 x float> %315, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %335 = shufflevector <16 x float> %318, <16 x float> %319, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %336 = shufflevector <16 x float> %316, <16 x float> %317, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %337 = shufflevector <16 x float> %320, <16 x float> %321, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
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
  %350 = shufflevector <16 x float> %334, <16 x float> %335, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %351 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %352 = shufflevector <16 x float> %334, <16 x float> %335, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %353 = shufflevector <16 x float> %336, <16 x float> %337, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %354 = shufflevector <16 x float> %338, <16 x float> %339, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %355 = shl nuw nsw i64 %j3.addr.02573, 5
  %356 = or disjoint i64 %355, %i3.addr.02574
  %357 = getelementptr inbounds float, ptr %Bk, i64 %356
  store <16 x float> %354, ptr %357, align 4
  %358 = shufflevector <16 x float> %338, <16 x float> %339, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %359 = or disjoint i64 %356, 32
  %360 = getelementptr inbounds float, ptr %Bk, i64 %359
  store <16 x float> %358, ptr %360, align 4
  %361 = shufflevector <16 x float> %340, <16 x float> %341, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %362 = or disjoint i64 %356, 64
  %363 = getelementptr inbounds float, ptr %Bk, i64 %362
  store <16 x float> %361, ptr %363, align 4
  %364 = shufflevector <16 x float> %340, <16 x float> %341, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %365 = or disjoint i64 %356, 96
  %366 = getelementptr inbounds float, ptr %Bk, i64 %365
  store <16 x float> %364, ptr %366, align 4
  %367 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %368 = or disjoint i64 %356, 128
  %369 = getelementptr inbounds float, ptr %Bk, i64 %368
  store <16 x float> %367, ptr %369, align 4
  %370 = shufflevector <16 x float> %342, <16 x float> %343, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %371 = or disjoint i64 %356, 160
  %372 = getelementptr inbounds float, ptr %Bk, i64 %371
  store <16 x float> %370, ptr %372, align 4
  %373 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %374 = or disjoint i64 %356, 192
  %375 = getelementptr inbounds float, ptr %Bk, i64 %374
  store <16 x float> %373, ptr %375, align 4
  %376 = shufflevector <16 x float> %344, <16 x float> %345, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %377 = or disjoint i64 %356, 224
  %378 = getelementptr inbounds float, ptr %Bk, i64 %377
  store <16 x float> %376, ptr %378, align 4
  %379 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %380 = or disjoint i64 %356, 256
  %381 = getelementptr inbounds float, ptr %Bk, i64 %380
  store <16 x float> %379, ptr %381, align 4
  %382 = shufflevector <16 x float> %346, <16 x float> %347, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %383 = or disjoint i64 %356, 288
  %384 = getelementptr inbounds float, ptr %Bk, i64 %383
  store <16 x float> %382, ptr %384, align 4
  %385 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %386 = or disjoint i64 %356, 320
  %387 = getelementptr inbounds float, ptr %Bk, i64 %386
  store <16 x float> %385, ptr %387, align 4
  %388 = shufflevector <16 x float> %348, <16 x float> %349, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %389 = or disjoint i64 %356, 352
  %390 = getelementptr inbounds float, ptr %Bk, i64 %389
  store <16 x float> %388, ptr %390, align 4
  %391 = shufflevector <16 x float> %350, <16 x float> %351, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %392 = or disjoint i64 %356, 384
  %393 = getelementptr inbounds float, ptr %Bk, i64 %392
  store <16 x float> %391, ptr %393, align 4
  %394 = shufflevector <16 x float> %350, <16 x float> %351, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %395 = or disjoint i64 %356, 416
  %396 = getelementptr inbounds float, ptr %Bk, i64 %395
  store <16 x float> %394, ptr %396, align 4
  %397 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %398 = or disjoint i64 %356, 448
  %399 = getelementptr inbounds float, ptr %Bk, i64 %398
  store <16 x float> %397, ptr %399, align 4
  %400 = shufflevector <16 x float> %352, <16 x float> %353, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %401 = or disjoint i64 %356, 480
  %402 = getelementptr inbounds float, ptr %Bk, i64 %401
  store <16 x float> %400, ptr %402, align 4
  br i1 %256, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %254, label %j3.head.preheader, label %t.head.preheader

t.head.preheader:                                 ; preds = %j3.exit, %t.head.preheader
  %s.addr.02576 = phi i64 [ %s.next, %t.head.preheader ], [ 0, %j3.exit ]
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %s.addr.02576, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx2880 = shl nsw i64 %s.addr.02576, 8
  %invariant.gep3336 = getelementptr inbounds i8, ptr %M, i64 %.idx2880
  %403 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %404 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %405 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %406 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %407 = select <8 x i1> %403, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %408 = select <8 x i1> %404, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %409 = select <8 x i1> %405, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %410 = select <8 x i1> %406, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %411 = getelementptr inbounds i8, ptr %invariant.gep3336, i64 32
  %412 = getelementptr inbounds i8, ptr %invariant.gep3336, i64 64
  %413 = getelementptr inbounds i8, ptr %invariant.gep3336, i64 96
  store <8 x float> %407, ptr %invariant.gep3336, align 4
  store <8 x float> %408, ptr %411, align 4
  store <8 x float> %409, ptr %412, align 4
  store <8 x float> %410, ptr %413, align 4
  %414 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %415 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %416 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %417 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %418 = select <8 x i1> %414, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %419 = select <8 x i1> %415, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %420 = select <8 x i1> %416, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %421 = select <8 x i1> %417, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %422 = getelementptr inbounds i8, ptr %invariant.gep3336, i64 128
  %423 = getelementptr inbounds i8, ptr %invariant.gep3336, i64 160
  %424 = getelementptr inbounds i8, ptr %invariant.gep3336, i64 192
  %425 = getelementptr inbounds i8, ptr %invariant.gep3336, i64 224
  store <8 x float> %418, ptr %422, align 4
  store <8 x float> %419, ptr %423, align 4
  store <8 x float> %420, ptr %424, align 4
  store <8 x float> %421, ptr %425, align 4
  %s.next = add nuw nsw i64 %s.addr.02576, 1
  %exitcond3095.not = icmp eq i64 %s.next, 64
  br i1 %exitcond3095.not, label %t1.body.preheader, label %t.head.preheader

t1.body.preheader:                                ; preds = %t.head.preheader
  %426 = getelementptr i8, ptr %59, i64 %66
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02597 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %427 = mul nuw nsw i64 %t1.addr.02597, 384
  %gep3339 = getelementptr i8, ptr %invariant.gep3338, i64 %427
  %gep3341 = getelementptr i8, ptr %invariant.gep3340, i64 %427
  %gep3343 = getelementptr i8, ptr %invariant.gep3342, i64 %427
  %gep3345 = getelementptr i8, ptr %invariant.gep3344, i64 %427
  %gep3347 = getelementptr i8, ptr %invariant.gep3346, i64 %427
  %gep3349 = getelementptr i8, ptr %invariant.gep3348, i64 %427
  %428 = shl nuw nsw i64 %t1.addr.02597, 7
  %gep3351 = getelementptr i8, ptr %invariant.gep3350, i64 %428
  %429 = icmp sgt i64 %70, %t1.addr.02597
  br i1 %429, label %p.head.preheader, label %j8.head.preheader

j8.head.preheader:                                ; preds = %t1.body
  %gep3353 = getelementptr i8, ptr %invariant.gep3352, i64 %428
  %gep3355 = getelementptr i8, ptr %invariant.gep3354, i64 %428
  %gep3357 = getelementptr i8, ptr %invariant.gep3356, i64 %427
  %gep3359 = getelementptr i8, ptr %invariant.gep3358, i64 %427
  %gep3361 = getelementptr i8, ptr %invariant.gep3360, i64 %427
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3353, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3355, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3351, i8 0, i64 128, i1 false)
  %i14 = mul nuw nsw i64 %t1.addr.02597, 3
  %430 = getelementptr inbounds float, ptr %bet, i64 %i14
  store float 0.000000e+00, ptr %430, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3349, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3357, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3347, i8 0, i64 128, i1 false)
  %gep3363 = getelementptr inbounds float, ptr %invariant.gep3362, i64 %i14
  store float 0.000000e+00, ptr %gep3363, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3345, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3359, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3343, i8 0, i64 128, i1 false)
  %gep3365 = getelementptr inbounds float, ptr %invariant.gep3364, i64 %i14
  store float 0.000000e+00, ptr %gep3365, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3341, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3361, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3339, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %431 = mul i64 %13, %t1.addr.02597
  %scevgep3109 = getelementptr i8, ptr %426, i64 %431
  %432 = mul i64 %18, %t1.addr.02597
  %433 = add i64 %65, %432
  %scevgep3111 = getelementptr i8, ptr %k, i64 %433
  %scevgep3113 = getelementptr i8, ptr %v, i64 %433
  %434 = add i64 %64, %432
  %scevgep3115 = getelementptr i8, ptr %k, i64 %434
  %scevgep3117 = getelementptr i8, ptr %v, i64 %434
  %435 = add i64 %63, %432
  %scevgep3119 = getelementptr i8, ptr %k, i64 %435
  %scevgep3121 = getelementptr i8, ptr %v, i64 %435
  %436 = add nuw nsw i64 %t1.addr.02597, %t0
  %437 = mul nsw i64 %436, %sq
  %438 = shl nuw nsw i64 %t1.addr.02597, 5
  %439 = getelementptr float, ptr %qh, i64 %437
  %440 = load <16 x float>, ptr %439, align 4
  %441 = fmul <16 x float> %440, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %442 = or disjoint i64 %438, 2048
  %443 = getelementptr inbounds float, ptr %Bk, i64 %442
  store <16 x float> %441, ptr %443, align 4
  %444 = getelementptr inbounds float, ptr %QK, i64 %438
  store <16 x float> %441, ptr %444, align 4
  %445 = getelementptr float, ptr %60, i64 %437
  %446 = load <16 x float>, ptr %445, align 4
  %447 = fmul <16 x float> %446, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %448 = or disjoint i64 %438, 16
  %449 = or i64 %438, 2064
  %450 = getelementptr inbounds float, ptr %Bk, i64 %449
  store <16 x float> %447, ptr %450, align 4
  %451 = getelementptr inbounds float, ptr %QK, i64 %448
  store <16 x float> %447, ptr %451, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3351, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3109, i64 128, i1 false)
  %i5 = mul nuw nsw i64 %t1.addr.02597, 3
  %452 = or disjoint i64 %t1.addr.02597, %t0
  %tau = mul nsw i64 %452, 3
  %453 = mul nsw i64 %tau, %H
  %454 = getelementptr inbounds float, ptr %betah, i64 %453
  %455 = load float, ptr %454, align 4
  %456 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %455, ptr %456, align 4
  %457 = mul nsw i64 %tau, %sq
  %458 = mul nuw nsw i64 %t1.addr.02597, 96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3349, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3111, i64 128, i1 false)
  %459 = getelementptr float, ptr %kh, i64 %457
  %460 = load <16 x float>, ptr %459, align 4
  %461 = fneg <16 x float> %460
  %gep3367 = getelementptr inbounds float, ptr %invariant.gep3366, i64 %458
  store <16 x float> %461, ptr %gep3367, align 4
  %462 = getelementptr float, ptr %61, i64 %457
  %463 = load <16 x float>, ptr %462, align 4
  %464 = fneg <16 x float> %463
  %gep3369 = getelementptr inbounds float, ptr %invariant.gep3368, i64 %458
  store <16 x float> %464, ptr %gep3369, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3347, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3113, i64 128, i1 false)
  %i7 = add nuw nsw i64 %i5, 1
  %tau1 = add nsw i64 %tau, 1
  %465 = mul nsw i64 %tau1, %H
  %466 = getelementptr inbounds float, ptr %betah, i64 %465
  %467 = load float, ptr %466, align 4
  %468 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %467, ptr %468, align 4
  %469 = mul nsw i64 %tau1, %sq
  %470 = shl nuw nsw i64 %i7, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3345, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3115, i64 128, i1 false)
  %471 = getelementptr float, ptr %kh, i64 %469
  %472 = load <16 x float>, ptr %471, align 4
  %473 = fneg <16 x float> %472
  %gep3371 = getelementptr inbounds float, ptr %invariant.gep3370, i64 %470
  store <16 x float> %473, ptr %gep3371, align 4
  %474 = getelementptr float, ptr %61, i64 %469
  %475 = load <16 x float>, ptr %474, align 4
  %476 = fneg <16 x float> %475
  %gep3373 = getelementptr inbounds float, ptr %invariant.gep3372, i64 %470
  store <16 x float> %476, ptr %gep3373, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3343, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3117, i64 128, i1 false)
  %i9 = add nuw nsw i64 %i5, 2
  %tau2 = add nsw i64 %tau, 2
  %477 = mul nsw i64 %tau2, %H
  %478 = getelementptr inbounds float, ptr %betah, i64 %477
  %479 = load float, ptr %478, align 4
  %480 = getelementptr inbounds float, ptr %bet, i64 %i9
  store float %479, ptr %480, align 4
  %481 = mul nsw i64 %tau2, %sq
  %482 = shl nuw nsw i64 %i9, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3341, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3119, i64 128, i1 false)
  %483 = getelementptr float, ptr %kh, i64 %481
  %484 = load <16 x float>, ptr %483, align 4
  %485 = fneg <16 x float> %484
  %gep3375 = getelementptr inbounds float, ptr %invariant.gep3374, i64 %482
  store <16 x float> %485, ptr %gep3375, align 4
  %486 = getelementptr float, ptr %61, i64 %481
  %487 = load <16 x float>, ptr %486, align 4
  %488 = fneg <16 x float> %487
  %gep3377 = getelementptr inbounds float, ptr %invariant.gep3376, i64 %482
  store <16 x float> %488, ptr %gep3377, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3339, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3121, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j8.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02597, 1
  %exitcond3122.not = icmp eq i64 %t1.next, 64
  br i1 %exitcond3122.not, label %j20.head.preheader, label %t1.body

j20.head.preheader:                               ; preds = %endif, %j20.exit
  %i26.addr.02605 = phi i64 [ %i26.next, %j20.exit ], [ 0, %endif ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %i26.addr.02605
  %.idx3168 = shl nsw i64 %i26.addr.02605, 7
  %invariant.gep3378 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3168
  br label %j20.body

j20.body:                                         ; preds = %j20.head.preheader, %j20.body
  %489 = phi i1 [ true, %j20.head.preheader ], [ false, %j20.body ]
  %j20.addr.02604 = phi i64 [ 0, %j20.head.preheader ], [ 16, %j20.body ]
  %gep3379 = getelementptr inbounds float, ptr %invariant.gep3378, i64 %j20.addr.02604
  %490 = getelementptr inbounds i8, ptr %gep3379, i64 16384
  %491 = load <16 x float>, ptr %490, align 4
  %492 = getelementptr inbounds i8, ptr %gep3379, i64 17408
  %493 = load <16 x float>, ptr %492, align 4
  %494 = getelementptr inbounds i8, ptr %gep3379, i64 16512
  %495 = load <16 x float>, ptr %494, align 4
  %496 = getelementptr inbounds i8, ptr %gep3379, i64 17536
  %497 = load <16 x float>, ptr %496, align 4
  %498 = getelementptr inbounds i8, ptr %gep3379, i64 16640
  %499 = load <16 x float>, ptr %498, align 4
  %500 = getelementptr inbounds i8, ptr %gep3379, i64 17664
  %501 = load <16 x float>, ptr %500, align 4
  %502 = getelementptr inbounds i8, ptr %gep3379, i64 16768
  %503 = load <16 x float>, ptr %502, align 4
  %504 = getelementptr inbounds i8, ptr %gep3379, i64 17792
  %505 = load <16 x float>, ptr %504, align 4
  %506 = getelementptr inbounds i8, ptr %gep3379, i64 16896
  %507 = load <16 x float>, ptr %506, align 4
  %508 = getelementptr inbounds i8, ptr %gep3379, i64 17920
  %509 = load <16 x float>, ptr %508, align 4
  %510 = getelementptr inbounds i8, ptr %gep3379, i64 17024
  %511 = load <16 x float>, ptr %510, align 4
  %512 = getelementptr inbounds i8, ptr %gep3379, i64 18048
  %513 = load <16 x float>, ptr %512, align 4
  %514 = getelementptr inbounds i8, ptr %gep3379, i64 17152
  %515 = load <16 x float>, ptr %514, align 4
  %516 = getelementptr inbounds i8, ptr %gep3379, i64 18176
  %517 = load <16 x float>, ptr %516, align 4
  %518 = getelementptr inbounds i8, ptr %gep3379, i64 17280
  %519 = load <16 x float>, ptr %518, align 4
  %520 = getelementptr inbounds i8, ptr %gep3379, i64 18304
  %521 = load <16 x float>, ptr %520, align 4
  %522 = shufflevector <16 x float> %491, <16 x float> %493, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %523 = shufflevector <16 x float> %507, <16 x float> %509, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %524 = shufflevector <16 x float> %495, <16 x float> %497, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %525 = shufflevector <16 x float> %511, <16 x float> %513, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %526 = shufflevector <16 x float> %499, <16 x float> %501, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %527 = shufflevector <16 x float> %515, <16 x float> %517, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %528 = shufflevector <16 x float> %503, <16 x float> %505, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %529 = shufflevector <16 x float> %519, <16 x float> %521, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %530 = shufflevector <16 x float> %491, <16 x float> %493, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %531 = shufflevector <16 x float> %507, <16 x float> %509, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %532 = shufflevector <16 x float> %495, <16 x float> %497, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %533 = shufflevector <16 x float> %511, <16 x float> %513, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %534 = shufflevector <16 x float> %499, <16 x float> %501, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %535 = shufflevector <16 x float> %515, <16 x float> %517, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %536 = shufflevector <16 x float> %503, <16 x float> %505, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %537 = shufflevector <16 x float> %519, <16 x float> %521, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %538 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %539 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %540 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %541 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %542 = shufflevector <16 x float> %522, <16 x float> %523, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %543 = shufflevector <16 x float> %526, <16 x float> %527, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %544 = shufflevector <16 x float> %524, <16 x float> %525, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %545 = shufflevector <16 x float> %528, <16 x float> %529, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %546 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %547 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %548 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %549 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %550 = shufflevector <16 x float> %530, <16 x float> %531, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %551 = shufflevector <16 x float> %534, <16 x float> %535, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %552 = shufflevector <16 x float> %532, <16 x float> %533, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %553 = shufflevector <16 x float> %536, <16 x float> %537, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %554 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %555 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %556 = shufflevector <16 x float> %538, <16 x float> %539, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %557 = shufflevector <16 x float> %540, <16 x float> %541, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %558 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %559 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %560 = shufflevector <16 x float> %542, <16 x float> %543, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %561 = shufflevector <16 x float> %544, <16 x float> %545, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %562 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %563 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %564 = shufflevector <16 x float> %546, <16 x float> %547, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %565 = shufflevector <16 x float> %548, <16 x float> %549, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %566 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %567 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %568 = shufflevector <16 x float> %550, <16 x float> %551, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %569 = shufflevector <16 x float> %552, <16 x float> %553, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %570 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %571 = mul nuw nsw i64 %j20.addr.02604, 192
  %572 = or disjoint i64 %571, %i26.addr.02605
  %573 = getelementptr inbounds float, ptr %KT, i64 %572
  store <16 x float> %570, ptr %573, align 4
  %574 = shufflevector <16 x float> %554, <16 x float> %555, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %575 = or disjoint i64 %571, 192
  %gep = getelementptr inbounds float, ptr %invariant.gep, i64 %575
  store <16 x float> %574, ptr %gep, align 4
  %576 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %577 = or disjoint i64 %571, 384
  %gep2599 = getelementptr inbounds float, ptr %invariant.gep, i64 %577
  store <16 x float> %576, ptr %gep2599, align 4
  %578 = shufflevector <16 x float> %556, <16 x float> %557, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %579 = or disjoint i64 %571, 576
  %gep2601 = getelementptr inbounds float, ptr %invariant.gep, i64 %579
  store <16 x float> %578, ptr %gep2601, align 4
  %580 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %581 = or disjoint i64 %572, 768
  %582 = getelementptr inbounds float, ptr %KT, i64 %581
  store <16 x float> %580, ptr %582, align 4
  %583 = shufflevector <16 x float> %558, <16 x float> %559, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %584 = or disjoint i64 %571, 960
  %gep2603 = getelementptr inbounds float, ptr %invariant.gep, i64 %584
  store <16 x float> %583, ptr %gep2603, align 4
  %585 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2542 = mul nuw nsw i64 %j20.addr.02604, 768
  %586 = getelementptr inbounds i8, ptr %KT, i64 %.idx2542
  %587 = getelementptr inbounds i8, ptr %586, i64 4608
  %588 = getelementptr inbounds float, ptr %587, i64 %i26.addr.02605
  store <16 x float> %585, ptr %588, align 4
  %589 = shufflevector <16 x float> %560, <16 x float> %561, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %590 = getelementptr inbounds i8, ptr %586, i64 5376
  %591 = getelementptr inbounds float, ptr %590, i64 %i26.addr.02605
  store <16 x float> %589, ptr %591, align 4
  %592 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %593 = getelementptr inbounds float, ptr %KT, i64 %571
  %594 = getelementptr inbounds i8, ptr %593, i64 6144
  %595 = getelementptr inbounds float, ptr %594, i64 %i26.addr.02605
  store <16 x float> %592, ptr %595, align 4
  %596 = shufflevector <16 x float> %562, <16 x float> %563, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %597 = getelementptr inbounds i8, ptr %586, i64 6912
  %598 = getelementptr inbounds float, ptr %597, i64 %i26.addr.02605
  store <16 x float> %596, ptr %598, align 4
  %599 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %600 = getelementptr inbounds i8, ptr %586, i64 7680
  %601 = getelementptr inbounds float, ptr %600, i64 %i26.addr.02605
  store <16 x float> %599, ptr %601, align 4
  %602 = shufflevector <16 x float> %564, <16 x float> %565, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %603 = getelementptr inbounds i8, ptr %586, i64 8448
  %604 = getelementptr inbounds float, ptr %603, i64 %i26.addr.02605
  store <16 x float> %602, ptr %604, align 4
  %605 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %606 = getelementptr inbounds i8, ptr %593, i64 9216
  %607 = getelementptr inbounds float, ptr %606, i64 %i26.addr.02605
  store <16 x float> %605, ptr %607, align 4
  %608 = shufflevector <16 x float> %566, <16 x float> %567, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %609 = getelementptr inbounds i8, ptr %586, i64 9984
  %610 = getelementptr inbounds float, ptr %609, i64 %i26.addr.02605
  store <16 x float> %608, ptr %610, align 4
  %611 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %612 = getelementptr inbounds i8, ptr %586, i64 10752
  %613 = getelementptr inbounds float, ptr %612, i64 %i26.addr.02605
  store <16 x float> %611, ptr %613, align 4
  %614 = shufflevector <16 x float> %568, <16 x float> %569, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %615 = getelementptr inbounds i8, ptr %586, i64 11520
  %616 = getelementptr inbounds float, ptr %615, i64 %i26.addr.02605
  store <16 x float> %614, ptr %616, align 4
  br i1 %489, label %j20.body, label %j20.exit

j20.exit:                                         ; preds = %j20.body
  %i26.next = add nuw nsw i64 %i26.addr.02605, 16
  %617 = icmp ult i64 %i26.addr.02605, 176
  br i1 %617, label %j20.head.preheader, label %j21.head.preheader

j21.head.preheader:                               ; preds = %j20.exit, %j21.exit
  %i27.addr.02607 = phi i64 [ %i27.next, %j21.exit ], [ 0, %j20.exit ]
  %618 = shl nuw nsw i64 %i27.addr.02607, 5
  br label %j21.body

j21.body:                                         ; preds = %j21.head.preheader, %j21.body
  %619 = phi i1 [ true, %j21.head.preheader ], [ false, %j21.body ]
  %j21.addr.02606 = phi i64 [ 0, %j21.head.preheader ], [ 16, %j21.body ]
  %620 = or disjoint i64 %j21.addr.02606, %618
  %621 = or disjoint i64 %620, 2048
  %622 = getelementptr inbounds float, ptr %Bk, i64 %621
  %623 = load <16 x float>, ptr %622, align 4
  %624 = or disjoint i64 %620, 2304
  %625 = getelementptr inbounds float, ptr %Bk, i64 %624
  %626 = load <16 x float>, ptr %625, align 4
  %627 = or disjoint i64 %620, 2080
  %628 = getelementptr inbounds float, ptr %Bk, i64 %627
  %629 = load <16 x float>, ptr %628, align 4
  %630 = or disjoint i64 %620, 2336
  %631 = getelementptr inbounds float, ptr %Bk, i64 %630
  %632 = load <16 x float>, ptr %631, align 4
  %633 = or disjoint i64 %620, 2112
  %634 = getelementptr inbounds float, ptr %Bk, i64 %633
  %635 = load <16 x float>, ptr %634, align 4
  %636 = or disjoint i64 %620, 2368
  %637 = getelementptr inbounds float, ptr %Bk, i64 %636
  %638 = load <16 x float>, ptr %637, align 4
  %639 = or disjoint i64 %620, 2144
  %640 = getelementptr inbounds float, ptr %Bk, i64 %639
  %641 = load <16 x float>, ptr %640, align 4
  %642 = or disjoint i64 %620, 2400
  %643 = getelementptr inbounds float, ptr %Bk, i64 %642
  %644 = load <16 x float>, ptr %643, align 4
  %645 = or disjoint i64 %620, 2176
  %646 = getelementptr inbounds float, ptr %Bk, i64 %645
  %647 = load <16 x float>, ptr %646, align 4
  %648 = or disjoint i64 %620, 2432
  %649 = getelementptr inbounds float, ptr %Bk, i64 %648
  %650 = load <16 x float>, ptr %649, align 4
  %651 = or disjoint i64 %620, 2208
  %652 = getelementptr inbounds float, ptr %Bk, i64 %651
  %653 = load <16 x float>, ptr %652, align 4
  %654 = or disjoint i64 %620, 2464
  %655 = getelementptr inbounds float, ptr %Bk, i64 %654
  %656 = load <16 x float>, ptr %655, align 4
  %657 = or disjoint i64 %620, 2240
  %658 = getelementptr inbounds float, ptr %Bk, i64 %657
  %659 = load <16 x float>, ptr %658, align 4
  %660 = or disjoint i64 %620, 2496
  %661 = getelementptr inbounds float, ptr %Bk, i64 %660
  %662 = load <16 x float>, ptr %661, align 4
  %663 = or disjoint i64 %620, 2272
  %664 = getelementptr inbounds float, ptr %Bk, i64 %663
  %665 = load <16 x float>, ptr %664, align 4
  %666 = or disjoint i64 %620, 2528
  %667 = getelementptr inbounds float, ptr %Bk, i64 %666
  %668 = load <16 x float>, ptr %667, align 4
  %669 = shufflevector <16 x float> %623, <16 x float> %626, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %670 = shufflevector <16 x float> %647, <16 x float> %650, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %671 = shufflevector <16 x float> %629, <16 x float> %632, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %672 = shufflevector <16 x float> %653, <16 x float> %656, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %673 = shufflevector <16 x float> %635, <16 x float> %638, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %674 = shufflevector <16 x float> %659, <16 x float> %662, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %675 = shufflevector <16 x float> %641, <16 x float> %644, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %676 = shufflevector <16 x float> %665, <16 x float> %668, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %677 = shufflevector <16 x float> %623, <16 x float> %626, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %678 = shufflevector <16 x float> %647, <16 x float> %650, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %679 = shufflevector <16 x float> %629, <16 x float> %632, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %680 = shufflevector <16 x float> %653, <16 x float> %656, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %681 = shufflevector <16 x float> %635, <16 x float> %638, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %682 = shufflevector <16 x float> %659, <16 x float> %662, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %683 = shufflevector <16 x float> %641, <16 x float> %644, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %684 = shufflevector <16 x float> %665, <16 x float> %668, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %685 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %686 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %687 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %688 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %689 = shufflevector <16 x float> %669, <16 x float> %670, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %690 = shufflevector <16 x float> %673, <16 x float> %674, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %691 = shufflevector <16 x float> %671, <16 x float> %672, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %692 = shufflevector <16 x float> %675, <16 x float> %676, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %693 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %694 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %695 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %696 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %697 = shufflevector <16 x float> %677, <16 x float> %678, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %698 = shufflevector <16 x float> %681, <16 x float> %682, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %699 = shufflevector <16 x float> %679, <16 x float> %680, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %700 = shufflevector <16 x float> %683, <16 x float> %684, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %701 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %702 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %703 = shufflevector <16 x float> %685, <16 x float> %686, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %704 = shufflevector <16 x float> %687, <16 x float> %688, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %705 = shufflevector <16 x float> %689, <16 x float> %690, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %706 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %707 = shufflevector <16 x float> %689, <16 x float> %690, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %708 = shufflevector <16 x float> %691, <16 x float> %692, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %709 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %710 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %711 = shufflevector <16 x float> %693, <16 x float> %694, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %712 = shufflevector <16 x float> %695, <16 x float> %696, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %713 = shufflevector <16 x float> %697, <16 x float> %698, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %714 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %715 = shufflevector <16 x float> %697, <16 x float> %698, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %716 = shufflevector <16 x float> %699, <16 x float> %700, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %717 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %718 = shl nuw nsw i64 %j21.addr.02606, 6
  %719 = add nuw nsw i64 %718, %i27.addr.02607
  %720 = getelementptr inbounds float, ptr %QcT, i64 %719
  store <16 x float> %717, ptr %720, align 4
  %721 = shufflevector <16 x float> %701, <16 x float> %702, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %722 = or disjoint i64 %719, 64
  %723 = getelementptr inbounds float, ptr %QcT, i64 %722
  store <16 x float> %721, ptr %723, align 4
  %724 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %725 = or disjoint i64 %719, 128
  %726 = getelementptr inbounds float, ptr %QcT, i64 %725
  store <16 x float> %724, ptr %726, align 4
  %727 = shufflevector <16 x float> %703, <16 x float> %704, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %728 = or disjoint i64 %719, 192
  %729 = getelementptr inbounds float, ptr %QcT, i64 %728
  store <16 x float> %727, ptr %729, align 4
  %730 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %731 = or disjoint i64 %719, 256
  %732 = getelementptr inbounds float, ptr %QcT, i64 %731
  store <16 x float> %730, ptr %732, align 4
  %733 = shufflevector <16 x float> %705, <16 x float> %706, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %734 = or disjoint i64 %719, 320
  %735 = getelementptr inbounds float, ptr %QcT, i64 %734
  store <16 x float> %733, ptr %735, align 4
  %736 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %737 = or disjoint i64 %719, 384
  %738 = getelementptr inbounds float, ptr %QcT, i64 %737
  store <16 x float> %736, ptr %738, align 4
  %739 = shufflevector <16 x float> %707, <16 x float> %708, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %740 = or disjoint i64 %719, 448
  %741 = getelementptr inbounds float, ptr %QcT, i64 %740
  store <16 x float> %739, ptr %741, align 4
  %742 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %743 = or disjoint i64 %719, 512
  %744 = getelementptr inbounds float, ptr %QcT, i64 %743
  store <16 x float> %742, ptr %744, align 4
  %745 = shufflevector <16 x float> %709, <16 x float> %710, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %746 = or disjoint i64 %719, 576
  %747 = getelementptr inbounds float, ptr %QcT, i64 %746
  store <16 x float> %745, ptr %747, align 4
  %748 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %749 = or disjoint i64 %719, 640
  %750 = getelementptr inbounds float, ptr %QcT, i64 %749
  store <16 x float> %748, ptr %750, align 4
  %751 = shufflevector <16 x float> %711, <16 x float> %712, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %752 = or disjoint i64 %719, 704
  %753 = getelementptr inbounds float, ptr %QcT, i64 %752
  store <16 x float> %751, ptr %753, align 4
  %754 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %755 = or disjoint i64 %719, 768
  %756 = getelementptr inbounds float, ptr %QcT, i64 %755
  store <16 x float> %754, ptr %756, align 4
  %757 = shufflevector <16 x float> %713, <16 x float> %714, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %758 = or disjoint i64 %719, 832
  %759 = getelementptr inbounds float, ptr %QcT, i64 %758
  store <16 x float> %757, ptr %759, align 4
  %760 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %761 = or disjoint i64 %719, 896
  %762 = getelementptr inbounds float, ptr %QcT, i64 %761
  store <16 x float> %760, ptr %762, align 4
  %763 = shufflevector <16 x float> %715, <16 x float> %716, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %764 = or disjoint i64 %719, 960
  %765 = getelementptr inbounds float, ptr %QcT, i64 %764
  store <16 x float> %763, ptr %765, align 4
  br i1 %619, label %j21.body, label %j21.exit

j21.exit:                                         ; preds = %j21.body
  %i27.next = add nuw nsw i64 %i27.addr.02607, 16
  %766 = icmp ult i64 %i27.addr.02607, 48
  br i1 %766, label %j21.head.preheader, label %j22.head.preheader

j22.head.preheader:                               ; preds = %j21.exit, %j22.exit
  %i28.addr.02609 = phi i64 [ %i28.next, %j22.exit ], [ 0, %j21.exit ]
  %767 = shl nuw nsw i64 %i28.addr.02609, 5
  br label %j22.body

j22.body:                                         ; preds = %j22.head.preheader, %j22.body
  %768 = phi i1 [ true, %j22.head.preheader ], [ false, %j22.body ]
  %j22.addr.02608 = phi i64 [ 0, %j22.head.preheader ], [ 16, %j22.body ]
  %769 = or disjoint i64 %j22.addr.02608, %767
  %770 = getelementptr inbounds float, ptr %OY, i64 %769
  %771 = load <16 x float>, ptr %770, align 4
  %772 = or disjoint i64 %769, 256
  %773 = getelementptr inbounds float, ptr %OY, i64 %772
  %774 = load <16 x float>, ptr %773, align 4
  %775 = or disjoint i64 %769, 32
  %776 = getelementptr inbounds float, ptr %OY, i64 %775
  %777 = load <16 x float>, ptr %776, align 4
  %778 = or disjoint i64 %769, 288
  %779 = getelementptr inbounds float, ptr %OY, i64 %778
  %780 = load <16 x float>, ptr %779, align 4
  %781 = or disjoint i64 %769, 64
  %782 = getelementptr inbounds float, ptr %OY, i64 %781
  %783 = load <16 x float>, ptr %782, align 4
  %784 = or disjoint i64 %769, 320
  %785 = getelementptr inbounds float, ptr %OY, i64 %784
  %786 = load <16 x float>, ptr %785, align 4
  %787 = or disjoint i64 %769, 96
  %788 = getelementptr inbounds float, ptr %OY, i64 %787
  %789 = load <16 x float>, ptr %788, align 4
  %790 = or disjoint i64 %769, 352
  %791 = getelementptr inbounds float, ptr %OY, i64 %790
  %792 = load <16 x float>, ptr %791, align 4
  %793 = or disjoint i64 %769, 128
  %794 = getelementptr inbounds float, ptr %OY, i64 %793
  %795 = load <16 x float>, ptr %794, align 4
  %796 = or disjoint i64 %769, 384
  %797 = getelementptr inbounds float, ptr %OY, i64 %796
  %798 = load <16 x float>, ptr %797, align 4
  %799 = or disjoint i64 %769, 160
  %800 = getelementptr inbounds float, ptr %OY, i64 %799
  %801 = load <16 x float>, ptr %800, align 4
  %802 = or disjoint i64 %769, 416
  %803 = getelementptr inbounds float, ptr %OY, i64 %802
  %804 = load <16 x float>, ptr %803, align 4
  %805 = or disjoint i64 %769, 192
  %806 = getelementptr inbounds float, ptr %OY, i64 %805
  %807 = load <16 x float>, ptr %806, align 4
  %808 = or disjoint i64 %769, 448
  %809 = getelementptr inbounds float, ptr %OY, i64 %808
  %810 = load <16 x float>, ptr %809, align 4
  %811 = or disjoint i64 %769, 224
  %812 = getelementptr inbounds float, ptr %OY, i64 %811
  %813 = load <16 x float>, ptr %812, align 4
  %814 = or disjoint i64 %769, 480
  %815 = getelementptr inbounds float, ptr %OY, i64 %814
  %816 = load <16 x float>, ptr %815, align 4
  %817 = shufflevector <16 x float> %771, <16 x float> %774, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %818 = shufflevector <16 x float> %795, <16 x float> %798, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %819 = shufflevector <16 x float> %777, <16 x float> %780, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %820 = shufflevector <16 x float> %801, <16 x float> %804, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %821 = shufflevector <16 x float> %783, <16 x float> %786, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %822 = shufflevector <16 x float> %807, <16 x float> %810, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %823 = shufflevector <16 x float> %789, <16 x float> %792, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %824 = shufflevector <16 x float> %813, <16 x float> %816, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %825 = shufflevector <16 x float> %771, <16 x float> %774, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %826 = shufflevector <16 x float> %795, <16 x float> %798, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %827 = shufflevector <16 x float> %777, <16 x float> %780, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %828 = shufflevector <16 x float> %801, <16 x float> %804, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %829 = shufflevector <16 x float> %783, <16 x float> %786, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %830 = shufflevector <16 x float> %807, <16 x float> %810, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %831 = shufflevector <16 x float> %789, <16 x float> %792, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %832 = shufflevector <16 x float> %813, <16 x float> %816, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %833 = shufflevector <16 x float> %817, <16 x float> %818, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %834 = shufflevector <16 x float> %821, <16 x float> %822, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %835 = shufflevector <16 x float> %819, <16 x float> %820, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %836 = shufflevector <16 x float> %823, <16 x float> %824, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %837 = shufflevector <16 x float> %817, <16 x float> %818, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %838 = shufflevector <16 x float> %821, <16 x float> %822, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %839 = shufflevector <16 x float> %819, <16 x float> %820, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %840 = shufflevector <16 x float> %823, <16 x float> %824, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %841 = shufflevector <16 x float> %825, <16 x float> %826, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %842 = shufflevector <16 x float> %829, <16 x float> %830, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %843 = shufflevector <16 x float> %827, <16 x float> %828, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %844 = shufflevector <16 x float> %831, <16 x float> %832, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %845 = shufflevector <16 x float> %825, <16 x float> %826, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %846 = shufflevector <16 x float> %829, <16 x float> %830, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %847 = shufflevector <16 x float> %827, <16 x float> %828, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %848 = shufflevector <16 x float> %831, <16 x float> %832, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %849 = shufflevector <16 x float> %833, <16 x float> %834, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %850 = shufflevector <16 x float> %835, <16 x float> %836, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %851 = shufflevector <16 x float> %833, <16 x float> %834, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %852 = shufflevector <16 x float> %835, <16 x float> %836, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %853 = shufflevector <16 x float> %837, <16 x float> %838, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %854 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %855 = shufflevector <16 x float> %837, <16 x float> %838, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %856 = shufflevector <16 x float> %839, <16 x float> %840, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %857 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %858 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %859 = shufflevector <16 x float> %841, <16 x float> %842, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %860 = shufflevector <16 x float> %843, <16 x float> %844, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %861 = shufflevector <16 x float> %845, <16 x float> %846, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %862 = shufflevector <16 x float> %847, <16 x float> %848, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %863 = shufflevector <16 x float> %845, <16 x float> %846, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %864 = shufflevector <16 x float> %847, <16 x float> %848, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %865 = shufflevector <16 x float> %849, <16 x float> %850, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %866 = shl nuw nsw i64 %j22.addr.02608, 6
  %867 = add nuw nsw i64 %866, %i28.addr.02609
  %868 = getelementptr inbounds float, ptr %dOT, i64 %867
  store <16 x float> %865, ptr %868, align 4
  %869 = shufflevector <16 x float> %849, <16 x float> %850, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %870 = or disjoint i64 %867, 64
  %871 = getelementptr inbounds float, ptr %dOT, i64 %870
  store <16 x float> %869, ptr %871, align 4
  %872 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %873 = or disjoint i64 %867, 128
  %874 = getelementptr inbounds float, ptr %dOT, i64 %873
  store <16 x float> %872, ptr %874, align 4
  %875 = shufflevector <16 x float> %851, <16 x float> %852, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %876 = or disjoint i64 %867, 192
  %877 = getelementptr inbounds float, ptr %dOT, i64 %876
  store <16 x float> %875, ptr %877, align 4
  %878 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %879 = or disjoint i64 %867, 256
  %880 = getelementptr inbounds float, ptr %dOT, i64 %879
  store <16 x float> %878, ptr %880, align 4
  %881 = shufflevector <16 x float> %853, <16 x float> %854, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %882 = or disjoint i64 %867, 320
  %883 = getelementptr inbounds float, ptr %dOT, i64 %882
  store <16 x float> %881, ptr %883, align 4
  %884 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %885 = or disjoint i64 %867, 384
  %886 = getelementptr inbounds float, ptr %dOT, i64 %885
  store <16 x float> %884, ptr %886, align 4
  %887 = shufflevector <16 x float> %855, <16 x float> %856, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %888 = or disjoint i64 %867, 448
  %889 = getelementptr inbounds float, ptr %dOT, i64 %888
  store <16 x float> %887, ptr %889, align 4
  %890 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %891 = or disjoint i64 %867, 512
  %892 = getelementptr inbounds float, ptr %dOT, i64 %891
  store <16 x float> %890, ptr %892, align 4
  %893 = shufflevector <16 x float> %857, <16 x float> %858, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %894 = or disjoint i64 %867, 576
  %895 = getelementptr inbounds float, ptr %dOT, i64 %894
  store <16 x float> %893, ptr %895, align 4
  %896 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %897 = or disjoint i64 %867, 640
  %898 = getelementptr inbounds float, ptr %dOT, i64 %897
  store <16 x float> %896, ptr %898, align 4
  %899 = shufflevector <16 x float> %859, <16 x float> %860, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %900 = or disjoint i64 %867, 704
  %901 = getelementptr inbounds float, ptr %dOT, i64 %900
  store <16 x float> %899, ptr %901, align 4
  %902 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %903 = or disjoint i64 %867, 768
  %904 = getelementptr inbounds float, ptr %dOT, i64 %903
  store <16 x float> %902, ptr %904, align 4
  %905 = shufflevector <16 x float> %861, <16 x float> %862, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %906 = or disjoint i64 %867, 832
  %907 = getelementptr inbounds float, ptr %dOT, i64 %906
  store <16 x float> %905, ptr %907, align 4
  %908 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %909 = or disjoint i64 %867, 896
  %910 = getelementptr inbounds float, ptr %dOT, i64 %909
  store <16 x float> %908, ptr %910, align 4
  %911 = shufflevector <16 x float> %863, <16 x float> %864, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %912 = or disjoint i64 %867, 960
  %913 = getelementptr inbounds float, ptr %dOT, i64 %912
  store <16 x float> %911, ptr %913, align 4
  br i1 %768, label %j22.body, label %j22.exit

j22.exit:                                         ; preds = %j22.body
  %i28.next = add nuw nsw i64 %i28.addr.02609, 16
  %914 = icmp ult i64 %i28.addr.02609, 48
  br i1 %914, label %j22.head.preheader, label %i29.body

i29.head.loopexit:                                ; preds = %p4.exit
  %915 = icmp ult i64 %i29.addr.02622, 184
  br i1 %915, label %i29.body, label %p5.head.preheader

i29.body:                                         ; preds = %j22.exit, %i29.head.loopexit
  %i29.addr.02622 = phi i64 [ %916, %i29.head.loopexit ], [ 0, %j22.exit ]
  %916 = add nuw nsw i64 %i29.addr.02622, 8
  %.idx2535 = mul nuw nsw i64 %i29.addr.02622, 768
  %917 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2535
  %918 = mul nuw nsw i64 %i29.addr.02622, 192
  %919 = or disjoint i64 %918, 192
  %920 = getelementptr inbounds float, ptr %Gm, i64 %919
  %921 = or disjoint i64 %918, 384
  %922 = getelementptr inbounds float, ptr %Gm, i64 %921
  %923 = getelementptr inbounds i8, ptr %917, i64 2304
  %924 = getelementptr inbounds i8, ptr %917, i64 3072
  %925 = getelementptr inbounds i8, ptr %917, i64 3840
  %926 = getelementptr inbounds i8, ptr %917, i64 4608
  %927 = getelementptr inbounds i8, ptr %917, i64 5376
  %.idx3169 = shl nsw i64 %i29.addr.02622, 7
  %invariant.gep3380 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3169
  br label %p4.head.preheader

p4.head.preheader:                                ; preds = %i29.body, %p4.exit
  %j23.addr.02621 = phi i64 [ 0, %i29.body ], [ %j23.next, %p4.exit ]
  %invariant.gep2610 = getelementptr inbounds float, ptr %KT, i64 %j23.addr.02621
  br label %p4.body

p4.body:                                          ; preds = %p4.head.preheader, %p4.body
  %acc.02620 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %933, %p4.body ]
  %acc1.02619 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %938, %p4.body ]
  %acc2.02618 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %943, %p4.body ]
  %acc3.02617 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %948, %p4.body ]
  %acc4.02616 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %953, %p4.body ]
  %acc5.02615 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %958, %p4.body ]
  %acc6.02614 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %963, %p4.body ]
  %acc7.02613 = phi <16 x float> [ zeroinitializer, %p4.head.preheader ], [ %968, %p4.body ]
  %p4.addr.02612 = phi i64 [ 0, %p4.head.preheader ], [ %p4.next, %p4.body ]
  %.idx2541 = mul nuw nsw i64 %p4.addr.02612, 768
  %gep2611 = getelementptr inbounds i8, ptr %invariant.gep2610, i64 %.idx2541
  %928 = load <16 x float>, ptr %gep2611, align 4
  %gep3381 = getelementptr inbounds float, ptr %invariant.gep3380, i64 %p4.addr.02612
  %929 = getelementptr inbounds i8, ptr %gep3381, i64 16384
  %930 = load float, ptr %929, align 4
  %931 = insertelement <16 x float> poison, float %930, i64 0
  %932 = shufflevector <16 x float> %931, <16 x float> poison, <16 x i32> zeroinitializer
  %933 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %932, <16 x float> %928, <16 x float> %acc.02620)
  %934 = getelementptr inbounds i8, ptr %gep3381, i64 16512
  %935 = load float, ptr %934, align 4
  %936 = insertelement <16 x float> poison, float %935, i64 0
  %937 = shufflevector <16 x float> %936, <16 x float> poison, <16 x i32> zeroinitializer
  %938 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %937, <16 x float> %928, <16 x float> %acc1.02619)
  %939 = getelementptr inbounds i8, ptr %gep3381, i64 16640
  %940 = load float, ptr %939, align 4
  %941 = insertelement <16 x float> poison, float %940, i64 0
  %942 = shufflevector <16 x float> %941, <16 x float> poison, <16 x i32> zeroinitializer
  %943 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %942, <16 x float> %928, <16 x float> %acc2.02618)
  %944 = getelementptr inbounds i8, ptr %gep3381, i64 16768
  %945 = load float, ptr %944, align 4
  %946 = insertelement <16 x float> poison, float %945, i64 0
  %947 = shufflevector <16 x float> %946, <16 x float> poison, <16 x i32> zeroinitializer
  %948 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %947, <16 x float> %928, <16 x float> %acc3.02617)
  %949 = getelementptr inbounds i8, ptr %gep3381, i64 16896
  %950 = load float, ptr %949, align 4
  %951 = insertelement <16 x float> poison, float %950, i64 0
  %952 = shufflevector <16 x float> %951, <16 x float> poison, <16 x i32> zeroinitializer
  %953 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %952, <16 x float> %928, <16 x float> %acc4.02616)
  %954 = getelementptr inbounds i8, ptr %gep3381, i64 17024
  %955 = load float, ptr %954, align 4
  %956 = insertelement <16 x float> poison, float %955, i64 0
  %957 = shufflevector <16 x float> %956, <16 x float> poison, <16 x i32> zeroinitializer
  %958 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %957, <16 x float> %928, <16 x float> %acc5.02615)
  %959 = getelementptr inbounds i8, ptr %gep3381, i64 17152
  %960 = load float, ptr %959, align 4
  %961 = insertelement <16 x float> poison, float %960, i64 0
  %962 = shufflevector <16 x float> %961, <16 x float> poison, <16 x i32> zeroinitializer
  %963 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %962, <16 x float> %928, <16 x float> %acc6.02614)
  %964 = getelementptr inbounds i8, ptr %gep3381, i64 17280
  %965 = load float, ptr %964, align 4
  %966 = insertelement <16 x float> poison, float %965, i64 0
  %967 = shufflevector <16 x float> %966, <16 x float> poison, <16 x i32> zeroinitializer
  %968 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %967, <16 x float> %928, <16 x float> %acc7.02613)
  %p4.next = add nuw nsw i64 %p4.addr.02612, 1
  %exitcond3123.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond3123.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  %969 = getelementptr inbounds float, ptr %917, i64 %j23.addr.02621
  store <16 x float> %933, ptr %969, align 4
  %970 = getelementptr inbounds float, ptr %920, i64 %j23.addr.02621
  store <16 x float> %938, ptr %970, align 4
  %971 = getelementptr inbounds float, ptr %922, i64 %j23.addr.02621
  store <16 x float> %943, ptr %971, align 4
  %972 = getelementptr inbounds float, ptr %923, i64 %j23.addr.02621
  store <16 x float> %948, ptr %972, align 4
  %973 = getelementptr inbounds float, ptr %924, i64 %j23.addr.02621
  store <16 x float> %953, ptr %973, align 4
  %974 = getelementptr inbounds float, ptr %925, i64 %j23.addr.02621
  store <16 x float> %958, ptr %974, align 4
  %975 = getelementptr inbounds float, ptr %926, i64 %j23.addr.02621
  store <16 x float> %963, ptr %975, align 4
  %976 = getelementptr inbounds float, ptr %927, i64 %j23.addr.02621
  store <16 x float> %968, ptr %976, align 4
  %j23.next = add nuw nsw i64 %j23.addr.02621, 16
  %977 = icmp ult i64 %j23.next, %916
  br i1 %977, label %p4.head.preheader, label %i29.head.loopexit

p5.head.preheader:                                ; preds = %i29.head.loopexit, %p5.exit
  %i30.addr.02640 = phi i64 [ %i30.next, %p5.exit ], [ 0, %i29.head.loopexit ]
  %.idx3170 = shl nsw i64 %i30.addr.02640, 7
  %invariant.gep3382 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3170
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc8.02639 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %994, %p5.body ]
  %acc9.02638 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %995, %p5.body ]
  %acc10.02637 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %996, %p5.body ]
  %acc11.02636 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %997, %p5.body ]
  %acc12.02635 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1002, %p5.body ]
  %acc13.02634 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1003, %p5.body ]
  %acc14.02633 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1004, %p5.body ]
  %acc15.02632 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1005, %p5.body ]
  %acc16.02631 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1010, %p5.body ]
  %acc17.02630 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1011, %p5.body ]
  %acc18.02629 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1012, %p5.body ]
  %acc19.02628 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1013, %p5.body ]
  %acc20.02627 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1018, %p5.body ]
  %acc21.02626 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1019, %p5.body ]
  %acc22.02625 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1020, %p5.body ]
  %acc23.02624 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1021, %p5.body ]
  %p5.addr.02623 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %978 = shl nuw nsw i64 %p5.addr.02623, 6
  %979 = getelementptr inbounds float, ptr %work, i64 %978
  %980 = load <16 x float>, ptr %979, align 4
  %981 = or disjoint i64 %978, 16
  %982 = getelementptr inbounds float, ptr %work, i64 %981
  %983 = load <16 x float>, ptr %982, align 4
  %984 = or disjoint i64 %978, 32
  %985 = getelementptr inbounds float, ptr %work, i64 %984
  %986 = load <16 x float>, ptr %985, align 4
  %987 = or disjoint i64 %978, 48
  %988 = getelementptr inbounds float, ptr %work, i64 %987
  %989 = load <16 x float>, ptr %988, align 4
  %gep3383 = getelementptr inbounds float, ptr %invariant.gep3382, i64 %p5.addr.02623
  %990 = getelementptr inbounds i8, ptr %gep3383, i64 16384
  %991 = load float, ptr %990, align 4
  %992 = insertelement <16 x float> poison, float %991, i64 0
  %993 = shufflevector <16 x float> %992, <16 x float> poison, <16 x i32> zeroinitializer
  %994 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %993, <16 x float> %980, <16 x float> %acc8.02639)
  %995 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %993, <16 x float> %983, <16 x float> %acc9.02638)
  %996 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %993, <16 x float> %986, <16 x float> %acc10.02637)
  %997 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %993, <16 x float> %989, <16 x float> %acc11.02636)
  %998 = getelementptr inbounds i8, ptr %gep3383, i64 16512
  %999 = load float, ptr %998, align 4
  %1000 = insertelement <16 x float> poison, float %999, i64 0
  %1001 = shufflevector <16 x float> %1000, <16 x float> poison, <16 x i32> zeroinitializer
  %1002 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1001, <16 x float> %980, <16 x float> %acc12.02635)
  %1003 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1001, <16 x float> %983, <16 x float> %acc13.02634)
  %1004 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1001, <16 x float> %986, <16 x float> %acc14.02633)
  %1005 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1001, <16 x float> %989, <16 x float> %acc15.02632)
  %1006 = getelementptr inbounds i8, ptr %gep3383, i64 16640
  %1007 = load float, ptr %1006, align 4
  %1008 = insertelement <16 x float> poison, float %1007, i64 0
  %1009 = shufflevector <16 x float> %1008, <16 x float> poison, <16 x i32> zeroinitializer
  %1010 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1009, <16 x float> %980, <16 x float> %acc16.02631)
  %1011 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1009, <16 x float> %983, <16 x float> %acc17.02630)
  %1012 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1009, <16 x float> %986, <16 x float> %acc18.02629)
  %1013 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1009, <16 x float> %989, <16 x float> %acc19.02628)
  %1014 = getelementptr inbounds i8, ptr %gep3383, i64 16768
  %1015 = load float, ptr %1014, align 4
  %1016 = insertelement <16 x float> poison, float %1015, i64 0
  %1017 = shufflevector <16 x float> %1016, <16 x float> poison, <16 x i32> zeroinitializer
  %1018 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1017, <16 x float> %980, <16 x float> %acc20.02627)
  %1019 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1017, <16 x float> %983, <16 x float> %acc21.02626)
  %1020 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1017, <16 x float> %986, <16 x float> %acc22.02625)
  %1021 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1017, <16 x float> %989, <16 x float> %acc23.02624)
  %p5.next = add nuw nsw i64 %p5.addr.02623, 1
  %exitcond3124.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond3124.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %1022 = shl nuw nsw i64 %i30.addr.02640, 6
  %1023 = getelementptr inbounds float, ptr %KSdS, i64 %1022
  store <16 x float> %994, ptr %1023, align 4
  %1024 = or disjoint i64 %1022, 16
  %1025 = getelementptr inbounds float, ptr %KSdS, i64 %1024
  store <16 x float> %995, ptr %1025, align 4
  %1026 = or disjoint i64 %1022, 32
  %1027 = getelementptr inbounds float, ptr %KSdS, i64 %1026
  store <16 x float> %996, ptr %1027, align 4
  %1028 = or disjoint i64 %1022, 48
  %1029 = getelementptr inbounds float, ptr %KSdS, i64 %1028
  store <16 x float> %997, ptr %1029, align 4
  %1030 = or disjoint i64 %1022, 64
  %1031 = getelementptr inbounds float, ptr %KSdS, i64 %1030
  store <16 x float> %1002, ptr %1031, align 4
  %1032 = or disjoint i64 %1022, 80
  %1033 = getelementptr inbounds float, ptr %KSdS, i64 %1032
  store <16 x float> %1003, ptr %1033, align 4
  %1034 = or disjoint i64 %1022, 96
  %1035 = getelementptr inbounds float, ptr %KSdS, i64 %1034
  store <16 x float> %1004, ptr %1035, align 4
  %1036 = or disjoint i64 %1022, 112
  %1037 = getelementptr inbounds float, ptr %KSdS, i64 %1036
  store <16 x float> %1005, ptr %1037, align 4
  %1038 = or disjoint i64 %1022, 128
  %1039 = getelementptr inbounds float, ptr %KSdS, i64 %1038
  store <16 x float> %1010, ptr %1039, align 4
  %1040 = or disjoint i64 %1022, 144
  %1041 = getelementptr inbounds float, ptr %KSdS, i64 %1040
  store <16 x float> %1011, ptr %1041, align 4
  %1042 = or disjoint i64 %1022, 160
  %1043 = getelementptr inbounds float, ptr %KSdS, i64 %1042
  store <16 x float> %1012, ptr %1043, align 4
  %1044 = or disjoint i64 %1022, 176
  %1045 = getelementptr inbounds float, ptr %KSdS, i64 %1044
  store <16 x float> %1013, ptr %1045, align 4
  %1046 = or disjoint i64 %1022, 192
  %1047 = getelementptr inbounds float, ptr %KSdS, i64 %1046
  store <16 x float> %1018, ptr %1047, align 4
  %1048 = or disjoint i64 %1022, 208
  %1049 = getelementptr inbounds float, ptr %KSdS, i64 %1048
  store <16 x float> %1019, ptr %1049, align 4
  %1050 = or disjoint i64 %1022, 224
  %1051 = getelementptr inbounds float, ptr %KSdS, i64 %1050
  store <16 x float> %1020, ptr %1051, align 4
  %1052 = or disjoint i64 %1022, 240
  %1053 = getelementptr inbounds float, ptr %KSdS, i64 %1052
  store <16 x float> %1021, ptr %1053, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02640, 4
  %1054 = icmp ult i64 %i30.addr.02640, 188
  br i1 %1054, label %p5.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %p5.exit, %p6.head.preheader
  %i31.addr.02642 = phi i64 [ %i31.next.5, %p6.head.preheader ], [ 0, %p5.exit ]
  %.idx2897 = shl nsw i64 %i31.addr.02642, 7
  %1055 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2897
  %1056 = load <16 x float>, ptr %1055, align 4
  %.idx2898 = shl nsw i64 %i31.addr.02642, 8
  %1057 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2898
  %1058 = load <16 x float>, ptr %1057, align 4
  %1059 = fsub <16 x float> %1056, %1058
  store <16 x float> %1059, ptr %1055, align 4
  %1060 = getelementptr inbounds i8, ptr %24, i64 %.idx2897
  %1061 = load <16 x float>, ptr %1060, align 4
  %1062 = getelementptr inbounds i8, ptr %25, i64 %.idx2898
  %1063 = load <16 x float>, ptr %1062, align 4
  %1064 = fsub <16 x float> %1061, %1063
  store <16 x float> %1064, ptr %1060, align 4
  %i31.next = or disjoint i64 %i31.addr.02642, 1
  %.idx2897.1 = shl nsw i64 %i31.next, 7
  %1065 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2897.1
  %1066 = load <16 x float>, ptr %1065, align 4
  %.idx2898.1 = shl nsw i64 %i31.next, 8
  %1067 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2898.1
  %1068 = load <16 x float>, ptr %1067, align 4
  %1069 = fsub <16 x float> %1066, %1068
  store <16 x float> %1069, ptr %1065, align 4
  %1070 = getelementptr inbounds i8, ptr %24, i64 %.idx2897.1
  %1071 = load <16 x float>, ptr %1070, align 4
  %1072 = getelementptr inbounds i8, ptr %25, i64 %.idx2898.1
  %1073 = load <16 x float>, ptr %1072, align 4
  %1074 = fsub <16 x float> %1071, %1073
  store <16 x float> %1074, ptr %1070, align 4
  %i31.next.1 = add nuw nsw i64 %i31.addr.02642, 2
  %.idx2897.2 = shl nsw i64 %i31.next.1, 7
  %1075 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2897.2
  %1076 = load <16 x float>, ptr %1075, align 4
  %.idx2898.2 = shl nsw i64 %i31.next.1, 8
  %1077 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2898.2
  %1078 = load <16 x float>, ptr %1077, align 4
  %1079 = fsub <16 x float> %1076, %1078
  store <16 x float> %1079, ptr %1075, align 4
  %1080 = getelementptr inbounds i8, ptr %24, i64 %.idx2897.2
  %1081 = load <16 x float>, ptr %1080, align 4
  %1082 = getelementptr inbounds i8, ptr %25, i64 %.idx2898.2
  %1083 = load <16 x float>, ptr %1082, align 4
  %1084 = fsub <16 x float> %1081, %1083
  store <16 x float> %1084, ptr %1080, align 4
  %i31.next.2 = add nuw nsw i64 %i31.addr.02642, 3
  %.idx2897.3 = shl nsw i64 %i31.next.2, 7
  %1085 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2897.3
  %1086 = load <16 x float>, ptr %1085, align 4
  %.idx2898.3 = shl nsw i64 %i31.next.2, 8
  %1087 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2898.3
  %1088 = load <16 x float>, ptr %1087, align 4
  %1089 = fsub <16 x float> %1086, %1088
  store <16 x float> %1089, ptr %1085, align 4
  %1090 = getelementptr inbounds i8, ptr %24, i64 %.idx2897.3
  %1091 = load <16 x float>, ptr %1090, align 4
  %1092 = getelementptr inbounds i8, ptr %25, i64 %.idx2898.3
  %1093 = load <16 x float>, ptr %1092, align 4
  %1094 = fsub <16 x float> %1091, %1093
  store <16 x float> %1094, ptr %1090, align 4
  %i31.next.3 = add nuw nsw i64 %i31.addr.02642, 4
  %.idx2897.4 = shl nsw i64 %i31.next.3, 7
  %1095 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2897.4
  %1096 = load <16 x float>, ptr %1095, align 4
  %.idx2898.4 = shl nsw i64 %i31.next.3, 8
  %1097 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2898.4
  %1098 = load <16 x float>, ptr %1097, align 4
  %1099 = fsub <16 x float> %1096, %1098
  store <16 x float> %1099, ptr %1095, align 4
  %1100 = getelementptr inbounds i8, ptr %24, i64 %.idx2897.4
  %1101 = load <16 x float>, ptr %1100, align 4
  %1102 = getelementptr inbounds i8, ptr %25, i64 %.idx2898.4
  %1103 = load <16 x float>, ptr %1102, align 4
  %1104 = fsub <16 x float> %1101, %1103
  store <16 x float> %1104, ptr %1100, align 4
  %i31.next.4 = add nuw nsw i64 %i31.addr.02642, 5
  %.idx2897.5 = shl nsw i64 %i31.next.4, 7
  %1105 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2897.5
  %1106 = load <16 x float>, ptr %1105, align 4
  %.idx2898.5 = shl nsw i64 %i31.next.4, 8
  %1107 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2898.5
  %1108 = load <16 x float>, ptr %1107, align 4
  %1109 = fsub <16 x float> %1106, %1108
  store <16 x float> %1109, ptr %1105, align 4
  %1110 = getelementptr inbounds i8, ptr %24, i64 %.idx2897.5
  %1111 = load <16 x float>, ptr %1110, align 4
  %1112 = getelementptr inbounds i8, ptr %25, i64 %.idx2898.5
  %1113 = load <16 x float>, ptr %1112, align 4
  %1114 = fsub <16 x float> %1111, %1113
  store <16 x float> %1114, ptr %1110, align 4
  %i31.next.5 = add nuw nsw i64 %i31.addr.02642, 6
  %exitcond3125.not.5 = icmp eq i64 %i31.next.5, 192
  br i1 %exitcond3125.not.5, label %ib.body, label %p6.head.preheader

ib.body:                                          ; preds = %p6.head.preheader, %j25.exit
  %ib.addr.02659 = phi i64 [ %ib.next, %j25.exit ], [ 0, %p6.head.preheader ]
  %1115 = shl nuw nsw i64 %ib.addr.02659, 2
  %umax3727 = tail call i64 @llvm.umax.i64(i64 %1115, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02659, 2
  %.not2899 = icmp eq i64 %ib.addr.02659, 0
  br i1 %.not2899, label %j25.exit, label %j25.body.lr.ph

j25.body.lr.ph:                                   ; preds = %ib.body
  %.idx2532 = mul nuw nsw i64 %ib.addr.02659, 3072
  %1116 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2532
  %1117 = mul nuw nsw i64 %ib.addr.02659, 768
  %1118 = or disjoint i64 %1117, 192
  %1119 = getelementptr inbounds float, ptr %Gm, i64 %1118
  %1120 = getelementptr inbounds i8, ptr %1116, i64 1536
  %1121 = getelementptr inbounds i8, ptr %1116, i64 2304
  %xtraiter = and i64 %umax3727, 1
  %1122 = icmp eq i64 %umax3727, 1
  br i1 %1122, label %j25.exit.loopexit.unr-lcssa, label %j25.body.lr.ph.new

j25.body.lr.ph.new:                               ; preds = %j25.body.lr.ph
  %unroll_iter = and i64 %umax3727, 9223372036854775804
  br label %j25.body

j25.body:                                         ; preds = %j25.body, %j25.body.lr.ph.new
  %acc24.02651 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1163, %j25.body ]
  %acc25.02650 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1164, %j25.body ]
  %acc26.02649 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1169, %j25.body ]
  %acc27.02648 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1170, %j25.body ]
  %acc28.02647 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1175, %j25.body ]
  %acc29.02646 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1176, %j25.body ]
  %acc30.02645 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1181, %j25.body ]
  %acc31.02644 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1182, %j25.body ]
  %j25.addr.02643 = phi i64 [ 0, %j25.body.lr.ph.new ], [ %j25.next.1, %j25.body ]
  %niter = phi i64 [ 0, %j25.body.lr.ph.new ], [ %niter.next.1, %j25.body ]
  %1123 = shl nsw i64 %j25.addr.02643, 5
  %1124 = getelementptr inbounds float, ptr %Vn, i64 %1123
  %1125 = load <16 x float>, ptr %1124, align 4
  %1126 = or disjoint i64 %1123, 16
  %1127 = getelementptr inbounds float, ptr %Vn, i64 %1126
  %1128 = load <16 x float>, ptr %1127, align 4
  %1129 = getelementptr inbounds float, ptr %1116, i64 %j25.addr.02643
  %1130 = load float, ptr %1129, align 4
  %1131 = insertelement <16 x float> poison, float %1130, i64 0
  %1132 = shufflevector <16 x float> %1131, <16 x float> poison, <16 x i32> zeroinitializer
  %1133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1132, <16 x float> %1125, <16 x float> %acc24.02651)
  %1134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1132, <16 x float> %1128, <16 x float> %acc25.02650)
  %1135 = getelementptr inbounds float, ptr %1119, i64 %j25.addr.02643
  %1136 = load float, ptr %1135, align 4
  %1137 = insertelement <16 x float> poison, float %1136, i64 0
  %1138 = shufflevector <16 x float> %1137, <16 x float> poison, <16 x i32> zeroinitializer
  %1139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1138, <16 x float> %1125, <16 x float> %acc26.02649)
  %1140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1138, <16 x float> %1128, <16 x float> %acc27.02648)
  %1141 = getelementptr inbounds float, ptr %1120, i64 %j25.addr.02643
  %1142 = load float, ptr %1141, align 4
  %1143 = insertelement <16 x float> poison, float %1142, i64 0
  %1144 = shufflevector <16 x float> %1143, <16 x float> poison, <16 x i32> zeroinitializer
  %1145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1144, <16 x float> %1125, <16 x float> %acc28.02647)
  %1146 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1144, <16 x float> %1128, <16 x float> %acc29.02646)
  %1147 = getelementptr inbounds float, ptr %1121, i64 %j25.addr.02643
  %1148 = load float, ptr %1147, align 4
  %1149 = insertelement <16 x float> poison, float %1148, i64 0
  %1150 = shufflevector <16 x float> %1149, <16 x float> poison, <16 x i32> zeroinitializer
  %1151 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1125, <16 x float> %acc30.02645)
  %1152 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1150, <16 x float> %1128, <16 x float> %acc31.02644)
  %j25.next = or disjoint i64 %j25.addr.02643, 1
  %1153 = shl nsw i64 %j25.next, 5
  %1154 = getelementptr inbounds float, ptr %Vn, i64 %1153
  %1155 = load <16 x float>, ptr %1154, align 4
  %1156 = or disjoint i64 %1153, 16
  %1157 = getelementptr inbounds float, ptr %Vn, i64 %1156
  %1158 = load <16 x float>, ptr %1157, align 4
  %1159 = getelementptr inbounds float, ptr %1116, i64 %j25.next
  %1160 = load float, ptr %1159, align 4
  %1161 = insertelement <16 x float> poison, float %1160, i64 0
  %1162 = shufflevector <16 x float> %1161, <16 x float> poison, <16 x i32> zeroinitializer
  %1163 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1162, <16 x float> %1155, <16 x float> %1133)
  %1164 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1162, <16 x float> %1158, <16 x float> %1134)
  %1165 = getelementptr inbounds float, ptr %1119, i64 %j25.next
  %1166 = load float, ptr %1165, align 4
  %1167 = insertelement <16 x float> poison, float %1166, i64 0
  %1168 = shufflevector <16 x float> %1167, <16 x float> poison, <16 x i32> zeroinitializer
  %1169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1168, <16 x float> %1155, <16 x float> %1139)
  %1170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1168, <16 x float> %1158, <16 x float> %1140)
  %1171 = getelementptr inbounds float, ptr %1120, i64 %j25.next
  %1172 = load float, ptr %1171, align 4
  %1173 = insertelement <16 x float> poison, float %1172, i64 0
  %1174 = shufflevector <16 x float> %1173, <16 x float> poison, <16 x i32> zeroinitializer
  %1175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1174, <16 x float> %1155, <16 x float> %1145)
  %1176 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1174, <16 x float> %1158, <16 x float> %1146)
  %1177 = getelementptr inbounds float, ptr %1121, i64 %j25.next
  %1178 = load float, ptr %1177, align 4
  %1179 = insertelement <16 x float> poison, float %1178, i64 0
  %1180 = shufflevector <16 x float> %1179, <16 x float> poison, <16 x i32> zeroinitializer
  %1181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1180, <16 x float> %1155, <16 x float> %1151)
  %1182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1180, <16 x float> %1158, <16 x float> %1152)
  %j25.next.1 = add nuw nsw i64 %j25.addr.02643, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j25.exit.loopexit.unr-lcssa, label %j25.body

j25.exit.loopexit.unr-lcssa:                      ; preds = %j25.body, %j25.body.lr.ph
  %.lcssa3598.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1163, %j25.body ]
  %.lcssa3597.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1164, %j25.body ]
  %.lcssa3596.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1169, %j25.body ]
  %.lcssa3595.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1170, %j25.body ]
  %.lcssa3594.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1175, %j25.body ]
  %.lcssa3593.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1176, %j25.body ]
  %.lcssa3592.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1181, %j25.body ]
  %.lcssa3591.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1182, %j25.body ]
  %acc24.02651.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1163, %j25.body ]
  %acc25.02650.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1164, %j25.body ]
  %acc26.02649.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1169, %j25.body ]
  %acc27.02648.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1170, %j25.body ]
  %acc28.02647.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1175, %j25.body ]
  %acc29.02646.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1176, %j25.body ]
  %acc30.02645.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1181, %j25.body ]
  %acc31.02644.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1182, %j25.body ]
  %j25.addr.02643.unr = phi i64 [ 0, %j25.body.lr.ph ], [ %j25.next.1, %j25.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j25.exit, label %j25.body.epil

j25.body.epil:                                    ; preds = %j25.exit.loopexit.unr-lcssa
  %1183 = shl nsw i64 %j25.addr.02643.unr, 5
  %1184 = getelementptr inbounds float, ptr %Vn, i64 %1183
  %1185 = load <16 x float>, ptr %1184, align 4
  %1186 = or disjoint i64 %1183, 16
  %1187 = getelementptr inbounds float, ptr %Vn, i64 %1186
  %1188 = load <16 x float>, ptr %1187, align 4
  %1189 = getelementptr inbounds float, ptr %1116, i64 %j25.addr.02643.unr
  %1190 = load float, ptr %1189, align 4
  %1191 = insertelement <16 x float> poison, float %1190, i64 0
  %1192 = shufflevector <16 x float> %1191, <16 x float> poison, <16 x i32> zeroinitializer
  %1193 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1192, <16 x float> %1185, <16 x float> %acc24.02651.unr)
  %1194 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1192, <16 x float> %1188, <16 x float> %acc25.02650.unr)
  %1195 = getelementptr inbounds float, ptr %1119, i64 %j25.addr.02643.unr
  %1196 = load float, ptr %1195, align 4
  %1197 = insertelement <16 x float> poison, float %1196, i64 0
  %1198 = shufflevector <16 x float> %1197, <16 x float> poison, <16 x i32> zeroinitializer
  %1199 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1198, <16 x float> %1185, <16 x float> %acc26.02649.unr)
  %1200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1198, <16 x float> %1188, <16 x float> %acc27.02648.unr)
  %1201 = getelementptr inbounds float, ptr %1120, i64 %j25.addr.02643.unr
  %1202 = load float, ptr %1201, align 4
  %1203 = insertelement <16 x float> poison, float %1202, i64 0
  %1204 = shufflevector <16 x float> %1203, <16 x float> poison, <16 x i32> zeroinitializer
  %1205 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1204, <16 x float> %1185, <16 x float> %acc28.02647.unr)
  %1206 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1204, <16 x float> %1188, <16 x float> %acc29.02646.unr)
  %1207 = getelementptr inbounds float, ptr %1121, i64 %j25.addr.02643.unr
  %1208 = load float, ptr %1207, align 4
  %1209 = insertelement <16 x float> poison, float %1208, i64 0
  %1210 = shufflevector <16 x float> %1209, <16 x float> poison, <16 x i32> zeroinitializer
  %1211 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1210, <16 x float> %1185, <16 x float> %acc30.02645.unr)
  %1212 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1210, <16 x float> %1188, <16 x float> %acc31.02644.unr)
  br label %j25.exit

j25.exit:                                         ; preds = %j25.body.epil, %j25.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3591.ph, %j25.exit.loopexit.unr-lcssa ], [ %1212, %j25.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3592.ph, %j25.exit.loopexit.unr-lcssa ], [ %1211, %j25.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3593.ph, %j25.exit.loopexit.unr-lcssa ], [ %1206, %j25.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3594.ph, %j25.exit.loopexit.unr-lcssa ], [ %1205, %j25.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3595.ph, %j25.exit.loopexit.unr-lcssa ], [ %1200, %j25.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3596.ph, %j25.exit.loopexit.unr-lcssa ], [ %1199, %j25.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3597.ph, %j25.exit.loopexit.unr-lcssa ], [ %1194, %j25.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3598.ph, %j25.exit.loopexit.unr-lcssa ], [ %1193, %j25.body.epil ]
  %1213 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1214 = load float, ptr %1213, align 4
  %1215 = shl nuw nsw i64 %ib.addr.02659, 7
  %1216 = getelementptr inbounds float, ptr %Rr, i64 %1215
  %1217 = load <16 x float>, ptr %1216, align 4
  %1218 = fsub <16 x float> %1217, %acc24.0.lcssa
  store <16 x float> %1218, ptr %1216, align 4
  %1219 = insertelement <16 x float> poison, float %1214, i64 0
  %1220 = shufflevector <16 x float> %1219, <16 x float> poison, <16 x i32> zeroinitializer
  %1221 = fmul <16 x float> %1220, %1218
  %1222 = getelementptr inbounds float, ptr %Vn, i64 %1215
  store <16 x float> %1221, ptr %1222, align 4
  %1223 = mul nuw nsw i64 %ib.addr.02659, 1280
  %1224 = getelementptr inbounds float, ptr %Ak, i64 %1223
  store <16 x float> %1221, ptr %1224, align 4
  %1225 = or disjoint i64 %1215, 16
  %1226 = getelementptr inbounds float, ptr %Rr, i64 %1225
  %1227 = load <16 x float>, ptr %1226, align 4
  %1228 = fsub <16 x float> %1227, %acc25.0.lcssa
  store <16 x float> %1228, ptr %1226, align 4
  %1229 = fmul <16 x float> %1220, %1228
  %1230 = getelementptr inbounds float, ptr %Vn, i64 %1225
  store <16 x float> %1229, ptr %1230, align 4
  %1231 = or disjoint i64 %1223, 16
  %1232 = getelementptr inbounds float, ptr %Ak, i64 %1231
  store <16 x float> %1229, ptr %1232, align 4
  %i32 = or disjoint i64 %i0, 1
  %.idx2531 = mul nuw nsw i64 %i32, 768
  %1233 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2531
  %1234 = getelementptr inbounds float, ptr %1233, i64 %i0
  %1235 = load float, ptr %1234, align 4
  %1236 = insertelement <16 x float> poison, float %1235, i64 0
  %1237 = shufflevector <16 x float> %1236, <16 x float> poison, <16 x i32> zeroinitializer
  %1238 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1237, <16 x float> %1221, <16 x float> %acc26.0.lcssa)
  %1239 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1237, <16 x float> %1229, <16 x float> %acc27.0.lcssa)
  %1240 = getelementptr inbounds float, ptr %bet, i64 %i32
  %1241 = load float, ptr %1240, align 4
  %1242 = shl nuw nsw i64 %i32, 5
  %1243 = getelementptr inbounds float, ptr %Rr, i64 %1242
  %1244 = load <16 x float>, ptr %1243, align 4
  %1245 = fsub <16 x float> %1244, %1238
  store <16 x float> %1245, ptr %1243, align 4
  %1246 = insertelement <16 x float> poison, float %1241, i64 0
  %1247 = shufflevector <16 x float> %1246, <16 x float> poison, <16 x i32> zeroinitializer
  %1248 = fmul <16 x float> %1247, %1245
  %1249 = getelementptr inbounds float, ptr %Vn, i64 %1242
  store <16 x float> %1248, ptr %1249, align 4
  %1250 = mul nuw nsw i64 %i32, 320
  %1251 = getelementptr inbounds float, ptr %Ak, i64 %1250
  store <16 x float> %1248, ptr %1251, align 4
  %1252 = or disjoint i64 %1242, 16
  %1253 = getelementptr inbounds float, ptr %Rr, i64 %1252
  %1254 = load <16 x float>, ptr %1253, align 4
  %1255 = fsub <16 x float> %1254, %1239
  store <16 x float> %1255, ptr %1253, align 4
  %1256 = fmul <16 x float> %1247, %1255
  %1257 = getelementptr inbounds float, ptr %Vn, i64 %1252
  store <16 x float> %1256, ptr %1257, align 4
  %1258 = or disjoint i64 %1250, 16
  %1259 = getelementptr inbounds float, ptr %Ak, i64 %1258
  store <16 x float> %1256, ptr %1259, align 4
  %i33 = or disjoint i64 %i0, 2
  %.idx2564 = mul nuw nsw i64 %i33, 768
  %1260 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2564
  %1261 = getelementptr inbounds float, ptr %1260, i64 %i0
  %1262 = load float, ptr %1261, align 4
  %1263 = insertelement <16 x float> poison, float %1262, i64 0
  %1264 = shufflevector <16 x float> %1263, <16 x float> poison, <16 x i32> zeroinitializer
  %1265 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1264, <16 x float> %1221, <16 x float> %acc28.0.lcssa)
  %1266 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1264, <16 x float> %1229, <16 x float> %acc29.0.lcssa)
  %1267 = getelementptr inbounds float, ptr %1260, i64 %i32
  %1268 = load float, ptr %1267, align 4
  %1269 = insertelement <16 x float> poison, float %1268, i64 0
  %1270 = shufflevector <16 x float> %1269, <16 x float> poison, <16 x i32> zeroinitializer
  %1271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1270, <16 x float> %1248, <16 x float> %1265)
  %1272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1270, <16 x float> %1256, <16 x float> %1266)
  %1273 = getelementptr inbounds float, ptr %bet, i64 %i33
  %1274 = load float, ptr %1273, align 4
  %1275 = shl nuw nsw i64 %i33, 5
  %1276 = getelementptr inbounds float, ptr %Rr, i64 %1275
  %1277 = load <16 x float>, ptr %1276, align 4
  %1278 = fsub <16 x float> %1277, %1271
  store <16 x float> %1278, ptr %1276, align 4
  %1279 = insertelement <16 x float> poison, float %1274, i64 0
  %1280 = shufflevector <16 x float> %1279, <16 x float> poison, <16 x i32> zeroinitializer
  %1281 = fmul <16 x float> %1280, %1278
  %1282 = getelementptr inbounds float, ptr %Vn, i64 %1275
  store <16 x float> %1281, ptr %1282, align 4
  %1283 = mul nuw nsw i64 %i33, 320
  %1284 = getelementptr inbounds float, ptr %Ak, i64 %1283
  store <16 x float> %1281, ptr %1284, align 4
  %1285 = or disjoint i64 %1275, 16
  %1286 = getelementptr inbounds float, ptr %Rr, i64 %1285
  %1287 = load <16 x float>, ptr %1286, align 4
  %1288 = fsub <16 x float> %1287, %1272
  store <16 x float> %1288, ptr %1286, align 4
  %1289 = fmul <16 x float> %1280, %1288
  %1290 = getelementptr inbounds float, ptr %Vn, i64 %1285
  store <16 x float> %1289, ptr %1290, align 4
  %1291 = or disjoint i64 %1283, 16
  %1292 = getelementptr inbounds float, ptr %Ak, i64 %1291
  store <16 x float> %1289, ptr %1292, align 4
  %i34 = or disjoint i64 %i0, 3
  %.idx2565 = mul nuw nsw i64 %i34, 768
  %1293 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2565
  %1294 = getelementptr inbounds float, ptr %1293, i64 %i0
  %1295 = load float, ptr %1294, align 4
  %1296 = insertelement <16 x float> poison, float %1295, i64 0
  %1297 = shufflevector <16 x float> %1296, <16 x float> poison, <16 x i32> zeroinitializer
  %1298 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1297, <16 x float> %1221, <16 x float> %acc30.0.lcssa)
  %1299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1297, <16 x float> %1229, <16 x float> %acc31.0.lcssa)
  %1300 = getelementptr inbounds float, ptr %1293, i64 %i32
  %1301 = load float, ptr %1300, align 4
  %1302 = insertelement <16 x float> poison, float %1301, i64 0
  %1303 = shufflevector <16 x float> %1302, <16 x float> poison, <16 x i32> zeroinitializer
  %1304 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1303, <16 x float> %1248, <16 x float> %1298)
  %1305 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1303, <16 x float> %1256, <16 x float> %1299)
  %1306 = getelementptr inbounds float, ptr %1293, i64 %i33
  %1307 = load float, ptr %1306, align 4
  %1308 = insertelement <16 x float> poison, float %1307, i64 0
  %1309 = shufflevector <16 x float> %1308, <16 x float> poison, <16 x i32> zeroinitializer
  %1310 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1309, <16 x float> %1281, <16 x float> %1304)
  %1311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1309, <16 x float> %1289, <16 x float> %1305)
  %1312 = getelementptr inbounds float, ptr %bet, i64 %i34
  %1313 = load float, ptr %1312, align 4
  %1314 = shl nuw nsw i64 %i34, 5
  %1315 = getelementptr inbounds float, ptr %Rr, i64 %1314
  %1316 = load <16 x float>, ptr %1315, align 4
  %1317 = fsub <16 x float> %1316, %1310
  store <16 x float> %1317, ptr %1315, align 4
  %1318 = insertelement <16 x float> poison, float %1313, i64 0
  %1319 = shufflevector <16 x float> %1318, <16 x float> poison, <16 x i32> zeroinitializer
  %1320 = fmul <16 x float> %1319, %1317
  %1321 = getelementptr inbounds float, ptr %Vn, i64 %1314
  store <16 x float> %1320, ptr %1321, align 4
  %1322 = mul nuw nsw i64 %i34, 320
  %1323 = getelementptr inbounds float, ptr %Ak, i64 %1322
  store <16 x float> %1320, ptr %1323, align 4
  %1324 = or disjoint i64 %1314, 16
  %1325 = getelementptr inbounds float, ptr %Rr, i64 %1324
  %1326 = load <16 x float>, ptr %1325, align 4
  %1327 = fsub <16 x float> %1326, %1311
  store <16 x float> %1327, ptr %1325, align 4
  %1328 = fmul <16 x float> %1319, %1327
  %1329 = getelementptr inbounds float, ptr %Vn, i64 %1324
  store <16 x float> %1328, ptr %1329, align 4
  %1330 = or disjoint i64 %1322, 16
  %1331 = getelementptr inbounds float, ptr %Ak, i64 %1330
  store <16 x float> %1328, ptr %1331, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02659, 1
  %exitcond3127.not = icmp eq i64 %ib.next, 48
  br i1 %exitcond3127.not, label %j26.head.preheader, label %ib.body

j26.head.preheader:                               ; preds = %j25.exit, %j26.exit
  %i35.addr.02669 = phi i64 [ %i35.next, %j26.exit ], [ 0, %j25.exit ]
  %1332 = shl nuw nsw i64 %i35.addr.02669, 5
  %invariant.gep2660 = getelementptr inbounds float, ptr %VnT, i64 %i35.addr.02669
  br label %j26.body

j26.body:                                         ; preds = %j26.head.preheader, %j26.body
  %1333 = phi i1 [ true, %j26.head.preheader ], [ false, %j26.body ]
  %j26.addr.02668 = phi i64 [ 0, %j26.head.preheader ], [ 16, %j26.body ]
  %1334 = or disjoint i64 %j26.addr.02668, %1332
  %1335 = getelementptr inbounds float, ptr %Vn, i64 %1334
  %1336 = load <16 x float>, ptr %1335, align 4
  %1337 = or disjoint i64 %1334, 256
  %1338 = getelementptr inbounds float, ptr %Vn, i64 %1337
  %1339 = load <16 x float>, ptr %1338, align 4
  %1340 = or disjoint i64 %1334, 32
  %1341 = getelementptr inbounds float, ptr %Vn, i64 %1340
  %1342 = load <16 x float>, ptr %1341, align 4
  %1343 = or disjoint i64 %1334, 288
  %1344 = getelementptr inbounds float, ptr %Vn, i64 %1343
  %1345 = load <16 x float>, ptr %1344, align 4
  %1346 = or disjoint i64 %1334, 64
  %1347 = getelementptr inbounds float, ptr %Vn, i64 %1346
  %1348 = load <16 x float>, ptr %1347, align 4
  %1349 = or disjoint i64 %1334, 320
  %1350 = getelementptr inbounds float, ptr %Vn, i64 %1349
  %1351 = load <16 x float>, ptr %1350, align 4
  %1352 = or disjoint i64 %1334, 96
  %1353 = getelementptr inbounds float, ptr %Vn, i64 %1352
  %1354 = load <16 x float>, ptr %1353, align 4
  %1355 = or disjoint i64 %1334, 352
  %1356 = getelementptr inbounds float, ptr %Vn, i64 %1355
  %1357 = load <16 x float>, ptr %1356, align 4
  %1358 = or disjoint i64 %1334, 128
  %1359 = getelementptr inbounds float, ptr %Vn, i64 %1358
  %1360 = load <16 x float>, ptr %1359, align 4
  %1361 = or disjoint i64 %1334, 384
  %1362 = getelementptr inbounds float, ptr %Vn, i64 %1361
  %1363 = load <16 x float>, ptr %1362, align 4
  %1364 = or disjoint i64 %1334, 160
  %1365 = getelementptr inbounds float, ptr %Vn, i64 %1364
  %1366 = load <16 x float>, ptr %1365, align 4
  %1367 = or disjoint i64 %1334, 416
  %1368 = getelementptr inbounds float, ptr %Vn, i64 %1367
  %1369 = load <16 x float>, ptr %1368, align 4
  %1370 = or disjoint i64 %1334, 192
  %1371 = getelementptr inbounds float, ptr %Vn, i64 %1370
  %1372 = load <16 x float>, ptr %1371, align 4
  %1373 = or disjoint i64 %1334, 448
  %1374 = getelementptr inbounds float, ptr %Vn, i64 %1373
  %1375 = load <16 x float>, ptr %1374, align 4
  %1376 = or disjoint i64 %1334, 224
  %1377 = getelementptr inbounds float, ptr %Vn, i64 %1376
  %1378 = load <16 x float>, ptr %1377, align 4
  %1379 = or disjoint i64 %1334, 480
  %1380 = getelementptr inbounds float, ptr %Vn, i64 %1379
  %1381 = load <16 x float>, ptr %1380, align 4
  %1382 = shufflevector <16 x float> %1336, <16 x float> %1339, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1383 = shufflevector <16 x float> %1360, <16 x float> %1363, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1384 = shufflevector <16 x float> %1342, <16 x float> %1345, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1385 = shufflevector <16 x float> %1366, <16 x float> %1369, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1386 = shufflevector <16 x float> %1348, <16 x float> %1351, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1387 = shufflevector <16 x float> %1372, <16 x float> %1375, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1388 = shufflevector <16 x float> %1354, <16 x float> %1357, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1389 = shufflevector <16 x float> %1378, <16 x float> %1381, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1390 = shufflevector <16 x float> %1336, <16 x float> %1339, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1391 = shufflevector <16 x float> %1360, <16 x float> %1363, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1392 = shufflevector <16 x float> %1342, <16 x float> %1345, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1393 = shufflevector <16 x float> %1366, <16 x float> %1369, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1394 = shufflevector <16 x float> %1348, <16 x float> %1351, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1395 = shufflevector <16 x float> %1372, <16 x float> %1375, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1396 = shufflevector <16 x float> %1354, <16 x float> %1357, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1397 = shufflevector <16 x float> %1378, <16 x float> %1381, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1398 = shufflevector <16 x float> %1382, <16 x float> %1383, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1399 = shufflevector <16 x float> %1386, <16 x float> %1387, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1400 = shufflevector <16 x float> %1384, <16 x float> %1385, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1401 = shufflevector <16 x float> %1388, <16 x float> %1389, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1402 = shufflevector <16 x float> %1382, <16 x float> %1383, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1403 = shufflevector <16 x float> %1386, <16 x float> %1387, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1404 = shufflevector <16 x float> %1384, <16 x float> %1385, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1405 = shufflevector <16 x float> %1388, <16 x float> %1389, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1406 = shufflevector <16 x float> %1390, <16 x float> %1391, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1407 = shufflevector <16 x float> %1394, <16 x float> %1395, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1408 = shufflevector <16 x float> %1392, <16 x float> %1393, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1409 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1410 = shufflevector <16 x float> %1390, <16 x float> %1391, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1411 = shufflevector <16 x float> %1394, <16 x float> %1395, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1412 = shufflevector <16 x float> %1392, <16 x float> %1393, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1413 = shufflevector <16 x float> %1396, <16 x float> %1397, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1414 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1415 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1416 = shufflevector <16 x float> %1398, <16 x float> %1399, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1417 = shufflevector <16 x float> %1400, <16 x float> %1401, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1418 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1419 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1420 = shufflevector <16 x float> %1402, <16 x float> %1403, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1421 = shufflevector <16 x float> %1404, <16 x float> %1405, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1422 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1423 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1424 = shufflevector <16 x float> %1406, <16 x float> %1407, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1425 = shufflevector <16 x float> %1408, <16 x float> %1409, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1426 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1427 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1428 = shufflevector <16 x float> %1410, <16 x float> %1411, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1429 = shufflevector <16 x float> %1412, <16 x float> %1413, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1430 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1431 = mul nuw nsw i64 %j26.addr.02668, 192
  %1432 = or disjoint i64 %1431, %i35.addr.02669
  %1433 = getelementptr inbounds float, ptr %VnT, i64 %1432
  store <16 x float> %1430, ptr %1433, align 4
  %1434 = shufflevector <16 x float> %1414, <16 x float> %1415, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1435 = or disjoint i64 %1431, 192
  %gep2661 = getelementptr inbounds float, ptr %invariant.gep2660, i64 %1435
  store <16 x float> %1434, ptr %gep2661, align 4
  %1436 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1437 = or disjoint i64 %1431, 384
  %gep2663 = getelementptr inbounds float, ptr %invariant.gep2660, i64 %1437
  store <16 x float> %1436, ptr %gep2663, align 4
  %1438 = shufflevector <16 x float> %1416, <16 x float> %1417, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1439 = or disjoint i64 %1431, 576
  %gep2665 = getelementptr inbounds float, ptr %invariant.gep2660, i64 %1439
  store <16 x float> %1438, ptr %gep2665, align 4
  %1440 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1441 = or disjoint i64 %1432, 768
  %1442 = getelementptr inbounds float, ptr %VnT, i64 %1441
  store <16 x float> %1440, ptr %1442, align 4
  %1443 = shufflevector <16 x float> %1418, <16 x float> %1419, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1444 = or disjoint i64 %1431, 960
  %gep2667 = getelementptr inbounds float, ptr %invariant.gep2660, i64 %1444
  store <16 x float> %1443, ptr %gep2667, align 4
  %1445 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2523 = mul nuw nsw i64 %j26.addr.02668, 768
  %1446 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2523
  %1447 = getelementptr inbounds i8, ptr %1446, i64 4608
  %1448 = getelementptr inbounds float, ptr %1447, i64 %i35.addr.02669
  store <16 x float> %1445, ptr %1448, align 4
  %1449 = shufflevector <16 x float> %1420, <16 x float> %1421, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1450 = getelementptr inbounds i8, ptr %1446, i64 5376
  %1451 = getelementptr inbounds float, ptr %1450, i64 %i35.addr.02669
  store <16 x float> %1449, ptr %1451, align 4
  %1452 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1453 = getelementptr inbounds float, ptr %VnT, i64 %1431
  %1454 = getelementptr inbounds i8, ptr %1453, i64 6144
  %1455 = getelementptr inbounds float, ptr %1454, i64 %i35.addr.02669
  store <16 x float> %1452, ptr %1455, align 4
  %1456 = shufflevector <16 x float> %1422, <16 x float> %1423, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1457 = getelementptr inbounds i8, ptr %1446, i64 6912
  %1458 = getelementptr inbounds float, ptr %1457, i64 %i35.addr.02669
  store <16 x float> %1456, ptr %1458, align 4
  %1459 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1460 = getelementptr inbounds i8, ptr %1446, i64 7680
  %1461 = getelementptr inbounds float, ptr %1460, i64 %i35.addr.02669
  store <16 x float> %1459, ptr %1461, align 4
  %1462 = shufflevector <16 x float> %1424, <16 x float> %1425, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1463 = getelementptr inbounds i8, ptr %1446, i64 8448
  %1464 = getelementptr inbounds float, ptr %1463, i64 %i35.addr.02669
  store <16 x float> %1462, ptr %1464, align 4
  %1465 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1466 = getelementptr inbounds i8, ptr %1453, i64 9216
  %1467 = getelementptr inbounds float, ptr %1466, i64 %i35.addr.02669
  store <16 x float> %1465, ptr %1467, align 4
  %1468 = shufflevector <16 x float> %1426, <16 x float> %1427, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1469 = getelementptr inbounds i8, ptr %1446, i64 9984
  %1470 = getelementptr inbounds float, ptr %1469, i64 %i35.addr.02669
  store <16 x float> %1468, ptr %1470, align 4
  %1471 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1472 = getelementptr inbounds i8, ptr %1446, i64 10752
  %1473 = getelementptr inbounds float, ptr %1472, i64 %i35.addr.02669
  store <16 x float> %1471, ptr %1473, align 4
  %1474 = shufflevector <16 x float> %1428, <16 x float> %1429, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1475 = getelementptr inbounds i8, ptr %1446, i64 11520
  %1476 = getelementptr inbounds float, ptr %1475, i64 %i35.addr.02669
  store <16 x float> %1474, ptr %1476, align 4
  br i1 %1333, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body
  %i35.next = add nuw nsw i64 %i35.addr.02669, 16
  %1477 = icmp ult i64 %i35.addr.02669, 176
  br i1 %1477, label %j26.head.preheader, label %p7.head.preheader

p7.head.preheader:                                ; preds = %j26.exit, %p7.exit
  %i36.addr.02687 = phi i64 [ %i36.next, %p7.exit ], [ 0, %j26.exit ]
  %.idx3171 = shl nsw i64 %i36.addr.02687, 7
  %invariant.gep3384 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3171
  br label %p7.body

p7.body:                                          ; preds = %p7.head.preheader, %p7.body
  %acc32.02686 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1494, %p7.body ]
  %acc33.02685 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1495, %p7.body ]
  %acc34.02684 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1496, %p7.body ]
  %acc35.02683 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1497, %p7.body ]
  %acc36.02682 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1502, %p7.body ]
  %acc37.02681 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1503, %p7.body ]
  %acc38.02680 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1504, %p7.body ]
  %acc39.02679 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1505, %p7.body ]
  %acc40.02678 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1510, %p7.body ]
  %acc41.02677 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1511, %p7.body ]
  %acc42.02676 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1512, %p7.body ]
  %acc43.02675 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1513, %p7.body ]
  %acc44.02674 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1518, %p7.body ]
  %acc45.02673 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1519, %p7.body ]
  %acc46.02672 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1520, %p7.body ]
  %acc47.02671 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1521, %p7.body ]
  %p7.addr.02670 = phi i64 [ 0, %p7.head.preheader ], [ %p7.next, %p7.body ]
  %1478 = shl nuw nsw i64 %p7.addr.02670, 6
  %1479 = getelementptr inbounds float, ptr %QcT, i64 %1478
  %1480 = load <16 x float>, ptr %1479, align 4
  %1481 = or disjoint i64 %1478, 16
  %1482 = getelementptr inbounds float, ptr %QcT, i64 %1481
  %1483 = load <16 x float>, ptr %1482, align 4
  %1484 = or disjoint i64 %1478, 32
  %1485 = getelementptr inbounds float, ptr %QcT, i64 %1484
  %1486 = load <16 x float>, ptr %1485, align 4
  %1487 = or disjoint i64 %1478, 48
  %1488 = getelementptr inbounds float, ptr %QcT, i64 %1487
  %1489 = load <16 x float>, ptr %1488, align 4
  %gep3385 = getelementptr inbounds float, ptr %invariant.gep3384, i64 %p7.addr.02670
  %1490 = getelementptr inbounds i8, ptr %gep3385, i64 16384
  %1491 = load float, ptr %1490, align 4
  %1492 = insertelement <16 x float> poison, float %1491, i64 0
  %1493 = shufflevector <16 x float> %1492, <16 x float> poison, <16 x i32> zeroinitializer
  %1494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1493, <16 x float> %1480, <16 x float> %acc32.02686)
  %1495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1493, <16 x float> %1483, <16 x float> %acc33.02685)
  %1496 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1493, <16 x float> %1486, <16 x float> %acc34.02684)
  %1497 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1493, <16 x float> %1489, <16 x float> %acc35.02683)
  %1498 = getelementptr inbounds i8, ptr %gep3385, i64 16512
  %1499 = load float, ptr %1498, align 4
  %1500 = insertelement <16 x float> poison, float %1499, i64 0
  %1501 = shufflevector <16 x float> %1500, <16 x float> poison, <16 x i32> zeroinitializer
  %1502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1501, <16 x float> %1480, <16 x float> %acc36.02682)
  %1503 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1501, <16 x float> %1483, <16 x float> %acc37.02681)
  %1504 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1501, <16 x float> %1486, <16 x float> %acc38.02680)
  %1505 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1501, <16 x float> %1489, <16 x float> %acc39.02679)
  %1506 = getelementptr inbounds i8, ptr %gep3385, i64 16640
  %1507 = load float, ptr %1506, align 4
  %1508 = insertelement <16 x float> poison, float %1507, i64 0
  %1509 = shufflevector <16 x float> %1508, <16 x float> poison, <16 x i32> zeroinitializer
  %1510 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1480, <16 x float> %acc40.02678)
  %1511 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1483, <16 x float> %acc41.02677)
  %1512 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1486, <16 x float> %acc42.02676)
  %1513 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1509, <16 x float> %1489, <16 x float> %acc43.02675)
  %1514 = getelementptr inbounds i8, ptr %gep3385, i64 16768
  %1515 = load float, ptr %1514, align 4
  %1516 = insertelement <16 x float> poison, float %1515, i64 0
  %1517 = shufflevector <16 x float> %1516, <16 x float> poison, <16 x i32> zeroinitializer
  %1518 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1480, <16 x float> %acc44.02674)
  %1519 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1483, <16 x float> %acc45.02673)
  %1520 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1486, <16 x float> %acc46.02672)
  %1521 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1517, <16 x float> %1489, <16 x float> %acc47.02671)
  %p7.next = add nuw nsw i64 %p7.addr.02670, 1
  %exitcond3128.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond3128.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  %1522 = shl nuw nsw i64 %i36.addr.02687, 6
  %1523 = getelementptr inbounds float, ptr %PT, i64 %1522
  store <16 x float> %1494, ptr %1523, align 4
  %1524 = or disjoint i64 %1522, 16
  %1525 = getelementptr inbounds float, ptr %PT, i64 %1524
  store <16 x float> %1495, ptr %1525, align 4
  %1526 = or disjoint i64 %1522, 32
  %1527 = getelementptr inbounds float, ptr %PT, i64 %1526
  store <16 x float> %1496, ptr %1527, align 4
  %1528 = or disjoint i64 %1522, 48
  %1529 = getelementptr inbounds float, ptr %PT, i64 %1528
  store <16 x float> %1497, ptr %1529, align 4
  %1530 = or disjoint i64 %1522, 64
  %1531 = getelementptr inbounds float, ptr %PT, i64 %1530
  store <16 x float> %1502, ptr %1531, align 4
  %1532 = or disjoint i64 %1522, 80
  %1533 = getelementptr inbounds float, ptr %PT, i64 %1532
  store <16 x float> %1503, ptr %1533, align 4
  %1534 = or disjoint i64 %1522, 96
  %1535 = getelementptr inbounds float, ptr %PT, i64 %1534
  store <16 x float> %1504, ptr %1535, align 4
  %1536 = or disjoint i64 %1522, 112
  %1537 = getelementptr inbounds float, ptr %PT, i64 %1536
  store <16 x float> %1505, ptr %1537, align 4
  %1538 = or disjoint i64 %1522, 128
  %1539 = getelementptr inbounds float, ptr %PT, i64 %1538
  store <16 x float> %1510, ptr %1539, align 4
  %1540 = or disjoint i64 %1522, 144
  %1541 = getelementptr inbounds float, ptr %PT, i64 %1540
  store <16 x float> %1511, ptr %1541, align 4
  %1542 = or disjoint i64 %1522, 160
  %1543 = getelementptr inbounds float, ptr %PT, i64 %1542
  store <16 x float> %1512, ptr %1543, align 4
  %1544 = or disjoint i64 %1522, 176
  %1545 = getelementptr inbounds float, ptr %PT, i64 %1544
  store <16 x float> %1513, ptr %1545, align 4
  %1546 = or disjoint i64 %1522, 192
  %1547 = getelementptr inbounds float, ptr %PT, i64 %1546
  store <16 x float> %1518, ptr %1547, align 4
  %1548 = or disjoint i64 %1522, 208
  %1549 = getelementptr inbounds float, ptr %PT, i64 %1548
  store <16 x float> %1519, ptr %1549, align 4
  %1550 = or disjoint i64 %1522, 224
  %1551 = getelementptr inbounds float, ptr %PT, i64 %1550
  store <16 x float> %1520, ptr %1551, align 4
  %1552 = or disjoint i64 %1522, 240
  %1553 = getelementptr inbounds float, ptr %PT, i64 %1552
  store <16 x float> %1521, ptr %1553, align 4
  %i36.next = add nuw nsw i64 %i36.addr.02687, 4
  %1554 = icmp ult i64 %i36.addr.02687, 188
  br i1 %1554, label %p7.head.preheader, label %s1.head.preheader

s1.head.preheader:                                ; preds = %p7.exit, %s1.head.preheader
  %t2.addr.02691 = phi i64 [ %t2.next, %s1.head.preheader ], [ 0, %p7.exit ]
  %.idx2900 = mul nuw nsw i64 %t2.addr.02691, 768
  %1555 = getelementptr inbounds i8, ptr %PT, i64 %.idx2900
  %1556 = load <16 x float>, ptr %1555, align 4
  %.idx2901 = shl nsw i64 %t2.addr.02691, 8
  %1557 = getelementptr inbounds i8, ptr %M, i64 %.idx2901
  %1558 = load <16 x float>, ptr %1557, align 4
  %1559 = fmul <16 x float> %1556, %1558
  store <16 x float> %1559, ptr %1555, align 4
  %1560 = getelementptr inbounds i8, ptr %26, i64 %.idx2900
  %1561 = load <16 x float>, ptr %1560, align 4
  %1562 = getelementptr inbounds i8, ptr %27, i64 %.idx2901
  %1563 = load <16 x float>, ptr %1562, align 4
  %1564 = fmul <16 x float> %1561, %1563
  store <16 x float> %1564, ptr %1560, align 4
  %1565 = getelementptr inbounds i8, ptr %28, i64 %.idx2900
  %1566 = load <16 x float>, ptr %1565, align 4
  %1567 = getelementptr inbounds i8, ptr %29, i64 %.idx2901
  %1568 = load <16 x float>, ptr %1567, align 4
  %1569 = fmul <16 x float> %1566, %1568
  store <16 x float> %1569, ptr %1565, align 4
  %1570 = getelementptr inbounds i8, ptr %30, i64 %.idx2900
  %1571 = load <16 x float>, ptr %1570, align 4
  %1572 = getelementptr inbounds i8, ptr %31, i64 %.idx2901
  %1573 = load <16 x float>, ptr %1572, align 4
  %1574 = fmul <16 x float> %1571, %1573
  store <16 x float> %1574, ptr %1570, align 4
  %1575 = getelementptr inbounds i8, ptr %1555, i64 256
  %1576 = load <16 x float>, ptr %1575, align 4
  %1577 = load <16 x float>, ptr %1557, align 4
  %1578 = fmul <16 x float> %1576, %1577
  store <16 x float> %1578, ptr %1575, align 4
  %1579 = getelementptr inbounds i8, ptr %1560, i64 256
  %1580 = load <16 x float>, ptr %1579, align 4
  %1581 = load <16 x float>, ptr %1562, align 4
  %1582 = fmul <16 x float> %1580, %1581
  store <16 x float> %1582, ptr %1579, align 4
  %1583 = getelementptr inbounds i8, ptr %1565, i64 256
  %1584 = load <16 x float>, ptr %1583, align 4
  %1585 = load <16 x float>, ptr %1567, align 4
  %1586 = fmul <16 x float> %1584, %1585
  store <16 x float> %1586, ptr %1583, align 4
  %1587 = getelementptr inbounds i8, ptr %1570, i64 256
  %1588 = load <16 x float>, ptr %1587, align 4
  %1589 = load <16 x float>, ptr %1572, align 4
  %1590 = fmul <16 x float> %1588, %1589
  store <16 x float> %1590, ptr %1587, align 4
  %1591 = getelementptr inbounds i8, ptr %1555, i64 512
  %1592 = load <16 x float>, ptr %1591, align 4
  %1593 = fmul <16 x float> %1592, %1577
  store <16 x float> %1593, ptr %1591, align 4
  %1594 = getelementptr inbounds i8, ptr %1560, i64 512
  %1595 = load <16 x float>, ptr %1594, align 4
  %1596 = fmul <16 x float> %1595, %1581
  store <16 x float> %1596, ptr %1594, align 4
  %1597 = getelementptr inbounds i8, ptr %1565, i64 512
  %1598 = load <16 x float>, ptr %1597, align 4
  %1599 = fmul <16 x float> %1598, %1585
  store <16 x float> %1599, ptr %1597, align 4
  %1600 = getelementptr inbounds i8, ptr %1570, i64 512
  %1601 = load <16 x float>, ptr %1600, align 4
  %1602 = fmul <16 x float> %1601, %1589
  store <16 x float> %1602, ptr %1600, align 4
  %t2.next = add nuw nsw i64 %t2.addr.02691, 1
  %exitcond3129.not = icmp eq i64 %t2.next, 64
  br i1 %exitcond3129.not, label %j28.head.preheader, label %s1.head.preheader

j28.head.preheader:                               ; preds = %s1.head.preheader, %j28.head.preheader
  %i40.addr.02693 = phi i64 [ %i40.next.7, %j28.head.preheader ], [ 0, %s1.head.preheader ]
  %.idx2906 = shl nsw i64 %i40.addr.02693, 8
  %gep3387 = getelementptr inbounds i8, ptr %invariant.gep3386, i64 %.idx2906
  %1603 = load <16 x float>, ptr %gep3387, align 4
  %.idx2907 = shl nsw i64 %i40.addr.02693, 7
  %gep3389 = getelementptr inbounds i8, ptr %invariant.gep3388, i64 %.idx2907
  store <16 x float> %1603, ptr %gep3389, align 4
  %gep3391 = getelementptr inbounds i8, ptr %invariant.gep3390, i64 %.idx2906
  %1604 = load <16 x float>, ptr %gep3391, align 4
  %gep3393 = getelementptr inbounds i8, ptr %invariant.gep3392, i64 %.idx2907
  store <16 x float> %1604, ptr %gep3393, align 4
  %i40.next = or disjoint i64 %i40.addr.02693, 1
  %.idx2906.1 = shl nsw i64 %i40.next, 8
  %gep3387.1 = getelementptr inbounds i8, ptr %invariant.gep3386, i64 %.idx2906.1
  %1605 = load <16 x float>, ptr %gep3387.1, align 4
  %.idx2907.1 = shl nsw i64 %i40.next, 7
  %gep3389.1 = getelementptr inbounds i8, ptr %invariant.gep3388, i64 %.idx2907.1
  store <16 x float> %1605, ptr %gep3389.1, align 4
  %gep3391.1 = getelementptr inbounds i8, ptr %invariant.gep3390, i64 %.idx2906.1
  %1606 = load <16 x float>, ptr %gep3391.1, align 4
  %gep3393.1 = getelementptr inbounds i8, ptr %invariant.gep3392, i64 %.idx2907.1
  store <16 x float> %1606, ptr %gep3393.1, align 4
  %i40.next.1 = or disjoint i64 %i40.addr.02693, 2
  %.idx2906.2 = shl nsw i64 %i40.next.1, 8
  %gep3387.2 = getelementptr inbounds i8, ptr %invariant.gep3386, i64 %.idx2906.2
  %1607 = load <16 x float>, ptr %gep3387.2, align 4
  %.idx2907.2 = shl nsw i64 %i40.next.1, 7
  %gep3389.2 = getelementptr inbounds i8, ptr %invariant.gep3388, i64 %.idx2907.2
  store <16 x float> %1607, ptr %gep3389.2, align 4
  %gep3391.2 = getelementptr inbounds i8, ptr %invariant.gep3390, i64 %.idx2906.2
  %1608 = load <16 x float>, ptr %gep3391.2, align 4
  %gep3393.2 = getelementptr inbounds i8, ptr %invariant.gep3392, i64 %.idx2907.2
  store <16 x float> %1608, ptr %gep3393.2, align 4
  %i40.next.2 = or disjoint i64 %i40.addr.02693, 3
  %.idx2906.3 = shl nsw i64 %i40.next.2, 8
  %gep3387.3 = getelementptr inbounds i8, ptr %invariant.gep3386, i64 %.idx2906.3
  %1609 = load <16 x float>, ptr %gep3387.3, align 4
  %.idx2907.3 = shl nsw i64 %i40.next.2, 7
  %gep3389.3 = getelementptr inbounds i8, ptr %invariant.gep3388, i64 %.idx2907.3
  store <16 x float> %1609, ptr %gep3389.3, align 4
  %gep3391.3 = getelementptr inbounds i8, ptr %invariant.gep3390, i64 %.idx2906.3
  %1610 = load <16 x float>, ptr %gep3391.3, align 4
  %gep3393.3 = getelementptr inbounds i8, ptr %invariant.gep3392, i64 %.idx2907.3
  store <16 x float> %1610, ptr %gep3393.3, align 4
  %i40.next.3 = or disjoint i64 %i40.addr.02693, 4
  %.idx2906.4 = shl nsw i64 %i40.next.3, 8
  %gep3387.4 = getelementptr inbounds i8, ptr %invariant.gep3386, i64 %.idx2906.4
  %1611 = load <16 x float>, ptr %gep3387.4, align 4
  %.idx2907.4 = shl nsw i64 %i40.next.3, 7
  %gep3389.4 = getelementptr inbounds i8, ptr %invariant.gep3388, i64 %.idx2907.4
  store <16 x float> %1611, ptr %gep3389.4, align 4
  %gep3391.4 = getelementptr inbounds i8, ptr %invariant.gep3390, i64 %.idx2906.4
  %1612 = load <16 x float>, ptr %gep3391.4, align 4
  %gep3393.4 = getelementptr inbounds i8, ptr %invariant.gep3392, i64 %.idx2907.4
  store <16 x float> %1612, ptr %gep3393.4, align 4
  %i40.next.4 = or disjoint i64 %i40.addr.02693, 5
  %.idx2906.5 = shl nsw i64 %i40.next.4, 8
  %gep3387.5 = getelementptr inbounds i8, ptr %invariant.gep3386, i64 %.idx2906.5
  %1613 = load <16 x float>, ptr %gep3387.5, align 4
  %.idx2907.5 = shl nsw i64 %i40.next.4, 7
  %gep3389.5 = getelementptr inbounds i8, ptr %invariant.gep3388, i64 %.idx2907.5
  store <16 x float> %1613, ptr %gep3389.5, align 4
  %gep3391.5 = getelementptr inbounds i8, ptr %invariant.gep3390, i64 %.idx2906.5
  %1614 = load <16 x float>, ptr %gep3391.5, align 4
  %gep3393.5 = getelementptr inbounds i8, ptr %invariant.gep3392, i64 %.idx2907.5
  store <16 x float> %1614, ptr %gep3393.5, align 4
  %i40.next.5 = or disjoint i64 %i40.addr.02693, 6
  %.idx2906.6 = shl nsw i64 %i40.next.5, 8
  %gep3387.6 = getelementptr inbounds i8, ptr %invariant.gep3386, i64 %.idx2906.6
  %1615 = load <16 x float>, ptr %gep3387.6, align 4
  %.idx2907.6 = shl nsw i64 %i40.next.5, 7
  %gep3389.6 = getelementptr inbounds i8, ptr %invariant.gep3388, i64 %.idx2907.6
  store <16 x float> %1615, ptr %gep3389.6, align 4
  %gep3391.6 = getelementptr inbounds i8, ptr %invariant.gep3390, i64 %.idx2906.6
  %1616 = load <16 x float>, ptr %gep3391.6, align 4
  %gep3393.6 = getelementptr inbounds i8, ptr %invariant.gep3392, i64 %.idx2907.6
  store <16 x float> %1616, ptr %gep3393.6, align 4
  %i40.next.6 = or disjoint i64 %i40.addr.02693, 7
  %.idx2906.7 = shl nsw i64 %i40.next.6, 8
  %gep3387.7 = getelementptr inbounds i8, ptr %invariant.gep3386, i64 %.idx2906.7
  %1617 = load <16 x float>, ptr %gep3387.7, align 4
  %.idx2907.7 = shl nsw i64 %i40.next.6, 7
  %gep3389.7 = getelementptr inbounds i8, ptr %invariant.gep3388, i64 %.idx2907.7
  store <16 x float> %1617, ptr %gep3389.7, align 4
  %gep3391.7 = getelementptr inbounds i8, ptr %invariant.gep3390, i64 %.idx2906.7
  %1618 = load <16 x float>, ptr %gep3391.7, align 4
  %gep3393.7 = getelementptr inbounds i8, ptr %invariant.gep3392, i64 %.idx2907.7
  store <16 x float> %1618, ptr %gep3393.7, align 4
  %i40.next.7 = add nuw nsw i64 %i40.addr.02693, 8
  %exitcond3132.not.7 = icmp eq i64 %i40.next.7, 192
  br i1 %exitcond3132.not.7, label %i41.body, label %j28.head.preheader

i41.body:                                         ; preds = %j28.head.preheader, %p8.exit
  %i41.addr.02711 = phi i64 [ %i41.next, %p8.exit ], [ 0, %j28.head.preheader ]
  %.idx2556 = shl nuw nsw i64 %i41.addr.02711, 7
  %1619 = getelementptr inbounds i8, ptr %OY, i64 %.idx2556
  %1620 = getelementptr inbounds i8, ptr %1619, i64 8192
  %1621 = load <16 x float>, ptr %1620, align 4
  %1622 = getelementptr inbounds i8, ptr %1619, i64 8256
  %1623 = load <16 x float>, ptr %1622, align 4
  %1624 = or disjoint i64 %i41.addr.02711, 1
  %.idx2557 = shl nuw nsw i64 %1624, 7
  %1625 = getelementptr inbounds i8, ptr %OY, i64 %.idx2557
  %1626 = getelementptr inbounds i8, ptr %1625, i64 8192
  %1627 = load <16 x float>, ptr %1626, align 4
  %1628 = getelementptr inbounds i8, ptr %1625, i64 8256
  %1629 = load <16 x float>, ptr %1628, align 4
  %1630 = or disjoint i64 %i41.addr.02711, 2
  %.idx2558 = shl nuw nsw i64 %1630, 7
  %1631 = getelementptr inbounds i8, ptr %OY, i64 %.idx2558
  %1632 = getelementptr inbounds i8, ptr %1631, i64 8192
  %1633 = load <16 x float>, ptr %1632, align 4
  %1634 = getelementptr inbounds i8, ptr %1631, i64 8256
  %1635 = load <16 x float>, ptr %1634, align 4
  %1636 = or disjoint i64 %i41.addr.02711, 3
  %.idx2559 = shl nuw nsw i64 %1636, 7
  %1637 = getelementptr inbounds i8, ptr %OY, i64 %.idx2559
  %1638 = getelementptr inbounds i8, ptr %1637, i64 8192
  %1639 = load <16 x float>, ptr %1638, align 4
  %1640 = getelementptr inbounds i8, ptr %1637, i64 8256
  %1641 = load <16 x float>, ptr %1640, align 4
  %1642 = or disjoint i64 %i41.addr.02711, 4
  %.idx2560 = shl nuw nsw i64 %1642, 7
  %1643 = getelementptr inbounds i8, ptr %OY, i64 %.idx2560
  %1644 = getelementptr inbounds i8, ptr %1643, i64 8192
  %1645 = load <16 x float>, ptr %1644, align 4
  %1646 = getelementptr inbounds i8, ptr %1643, i64 8256
  %1647 = load <16 x float>, ptr %1646, align 4
  %1648 = or disjoint i64 %i41.addr.02711, 5
  %.idx2561 = shl nuw nsw i64 %1648, 7
  %1649 = getelementptr inbounds i8, ptr %OY, i64 %.idx2561
  %1650 = getelementptr inbounds i8, ptr %1649, i64 8192
  %1651 = load <16 x float>, ptr %1650, align 4
  %1652 = getelementptr inbounds i8, ptr %1649, i64 8256
  %1653 = load <16 x float>, ptr %1652, align 4
  %1654 = or disjoint i64 %i41.addr.02711, 6
  %.idx2562 = shl nuw nsw i64 %1654, 7
  %1655 = getelementptr inbounds i8, ptr %OY, i64 %.idx2562
  %1656 = getelementptr inbounds i8, ptr %1655, i64 8192
  %1657 = load <16 x float>, ptr %1656, align 4
  %1658 = getelementptr inbounds i8, ptr %1655, i64 8256
  %1659 = load <16 x float>, ptr %1658, align 4
  %1660 = or disjoint i64 %i41.addr.02711, 7
  %.idx2563 = shl nuw nsw i64 %1660, 7
  %1661 = getelementptr inbounds i8, ptr %OY, i64 %.idx2563
  %1662 = getelementptr inbounds i8, ptr %1661, i64 8192
  %1663 = load <16 x float>, ptr %1662, align 4
  %1664 = getelementptr inbounds i8, ptr %1661, i64 8256
  %1665 = load <16 x float>, ptr %1664, align 4
  %.idx2908 = shl nsw i64 %i41.addr.02711, 8
  %.idx2909 = shl nsw i64 %1624, 8
  %.idx2910 = shl nsw i64 %1630, 8
  %.idx2911 = shl nsw i64 %1636, 8
  %.idx2912 = shl nsw i64 %1642, 8
  %.idx2913 = shl nsw i64 %1648, 8
  %.idx2914 = shl nsw i64 %1654, 8
  %.idx2915 = shl nsw i64 %1660, 8
  br label %p8.body

p8.body:                                          ; preds = %i41.body, %p8.body
  %p8.addr.02710 = phi i64 [ 0, %i41.body ], [ %p8.next, %p8.body ]
  %acc63.02709 = phi <16 x float> [ %1665, %i41.body ], [ %1720, %p8.body ]
  %acc62.02708 = phi <16 x float> [ %1663, %i41.body ], [ %1719, %p8.body ]
  %acc61.02707 = phi <16 x float> [ %1659, %i41.body ], [ %1714, %p8.body ]
  %acc60.02706 = phi <16 x float> [ %1657, %i41.body ], [ %1713, %p8.body ]
  %acc59.02705 = phi <16 x float> [ %1653, %i41.body ], [ %1708, %p8.body ]
  %acc58.02704 = phi <16 x float> [ %1651, %i41.body ], [ %1707, %p8.body ]
  %acc57.02703 = phi <16 x float> [ %1647, %i41.body ], [ %1702, %p8.body ]
  %acc56.02702 = phi <16 x float> [ %1645, %i41.body ], [ %1701, %p8.body ]
  %acc55.02701 = phi <16 x float> [ %1641, %i41.body ], [ %1696, %p8.body ]
  %acc54.02700 = phi <16 x float> [ %1639, %i41.body ], [ %1695, %p8.body ]
  %acc53.02699 = phi <16 x float> [ %1635, %i41.body ], [ %1690, %p8.body ]
  %acc52.02698 = phi <16 x float> [ %1633, %i41.body ], [ %1689, %p8.body ]
  %acc51.02697 = phi <16 x float> [ %1629, %i41.body ], [ %1684, %p8.body ]
  %acc50.02696 = phi <16 x float> [ %1627, %i41.body ], [ %1683, %p8.body ]
  %acc49.02695 = phi <16 x float> [ %1623, %i41.body ], [ %1678, %p8.body ]
  %acc48.02694 = phi <16 x float> [ %1621, %i41.body ], [ %1677, %p8.body ]
  %1666 = shl nuw nsw i64 %p8.addr.02710, 5
  %1667 = getelementptr inbounds float, ptr %OY, i64 %1666
  %1668 = load <16 x float>, ptr %1667, align 4
  %1669 = or disjoint i64 %1666, 16
  %1670 = getelementptr inbounds float, ptr %OY, i64 %1669
  %1671 = load <16 x float>, ptr %1670, align 4
  %1672 = getelementptr inbounds float, ptr %PT, i64 %p8.addr.02710
  %1673 = getelementptr inbounds i8, ptr %1672, i64 %.idx2908
  %1674 = load float, ptr %1673, align 4
  %1675 = insertelement <16 x float> poison, float %1674, i64 0
  %1676 = shufflevector <16 x float> %1675, <16 x float> poison, <16 x i32> zeroinitializer
  %1677 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1676, <16 x float> %1668, <16 x float> %acc48.02694)
  %1678 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1676, <16 x float> %1671, <16 x float> %acc49.02695)
  %1679 = getelementptr inbounds i8, ptr %1672, i64 %.idx2909
  %1680 = load float, ptr %1679, align 4
  %1681 = insertelement <16 x float> poison, float %1680, i64 0
  %1682 = shufflevector <16 x float> %1681, <16 x float> poison, <16 x i32> zeroinitializer
  %1683 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1682, <16 x float> %1668, <16 x float> %acc50.02696)
  %1684 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1682, <16 x float> %1671, <16 x float> %acc51.02697)
  %1685 = getelementptr inbounds i8, ptr %1672, i64 %.idx2910
  %1686 = load float, ptr %1685, align 4
  %1687 = insertelement <16 x float> poison, float %1686, i64 0
  %1688 = shufflevector <16 x float> %1687, <16 x float> poison, <16 x i32> zeroinitializer
  %1689 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1668, <16 x float> %acc52.02698)
  %1690 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1688, <16 x float> %1671, <16 x float> %acc53.02699)
  %1691 = getelementptr inbounds i8, ptr %1672, i64 %.idx2911
  %1692 = load float, ptr %1691, align 4
  %1693 = insertelement <16 x float> poison, float %1692, i64 0
  %1694 = shufflevector <16 x float> %1693, <16 x float> poison, <16 x i32> zeroinitializer
  %1695 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1694, <16 x float> %1668, <16 x float> %acc54.02700)
  %1696 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1694, <16 x float> %1671, <16 x float> %acc55.02701)
  %1697 = getelementptr inbounds i8, ptr %1672, i64 %.idx2912
  %1698 = load float, ptr %1697, align 4
  %1699 = insertelement <16 x float> poison, float %1698, i64 0
  %1700 = shufflevector <16 x float> %1699, <16 x float> poison, <16 x i32> zeroinitializer
  %1701 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1700, <16 x float> %1668, <16 x float> %acc56.02702)
  %1702 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1700, <16 x float> %1671, <16 x float> %acc57.02703)
  %1703 = getelementptr inbounds i8, ptr %1672, i64 %.idx2913
  %1704 = load float, ptr %1703, align 4
  %1705 = insertelement <16 x float> poison, float %1704, i64 0
  %1706 = shufflevector <16 x float> %1705, <16 x float> poison, <16 x i32> zeroinitializer
  %1707 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1668, <16 x float> %acc58.02704)
  %1708 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1706, <16 x float> %1671, <16 x float> %acc59.02705)
  %1709 = getelementptr inbounds i8, ptr %1672, i64 %.idx2914
  %1710 = load float, ptr %1709, align 4
  %1711 = insertelement <16 x float> poison, float %1710, i64 0
  %1712 = shufflevector <16 x float> %1711, <16 x float> poison, <16 x i32> zeroinitializer
  %1713 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1712, <16 x float> %1668, <16 x float> %acc60.02706)
  %1714 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1712, <16 x float> %1671, <16 x float> %acc61.02707)
  %1715 = getelementptr inbounds i8, ptr %1672, i64 %.idx2915
  %1716 = load float, ptr %1715, align 4
  %1717 = insertelement <16 x float> poison, float %1716, i64 0
  %1718 = shufflevector <16 x float> %1717, <16 x float> poison, <16 x i32> zeroinitializer
  %1719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1718, <16 x float> %1668, <16 x float> %acc62.02708)
  %1720 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1718, <16 x float> %1671, <16 x float> %acc63.02709)
  %p8.next = add nuw nsw i64 %p8.addr.02710, 1
  %exitcond3133.not = icmp eq i64 %p8.next, 64
  br i1 %exitcond3133.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  store <16 x float> %1677, ptr %1620, align 4
  store <16 x float> %1678, ptr %1622, align 4
  store <16 x float> %1683, ptr %1626, align 4
  store <16 x float> %1684, ptr %1628, align 4
  store <16 x float> %1689, ptr %1632, align 4
  store <16 x float> %1690, ptr %1634, align 4
  store <16 x float> %1695, ptr %1638, align 4
  store <16 x float> %1696, ptr %1640, align 4
  store <16 x float> %1701, ptr %1644, align 4
  store <16 x float> %1702, ptr %1646, align 4
  store <16 x float> %1707, ptr %1650, align 4
  store <16 x float> %1708, ptr %1652, align 4
  store <16 x float> %1713, ptr %1656, align 4
  store <16 x float> %1714, ptr %1658, align 4
  store <16 x float> %1719, ptr %1662, align 4
  store <16 x float> %1720, ptr %1664, align 4
  %i41.next = add nuw nsw i64 %i41.addr.02711, 8
  %1721 = icmp ult i64 %i41.addr.02711, 184
  br i1 %1721, label %i41.body, label %p9.head.preheader

p9.head.preheader:                                ; preds = %p8.exit, %p9.exit
  %i42.addr.02729 = phi i64 [ %i42.next, %p9.exit ], [ 0, %p8.exit ]
  %1722 = shl nuw nsw i64 %i42.addr.02729, 5
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.02728 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc79.02727 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1770, %p9.body ]
  %acc78.02726 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1769, %p9.body ]
  %acc77.02725 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1768, %p9.body ]
  %acc76.02724 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1767, %p9.body ]
  %acc75.02723 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1761, %p9.body ]
  %acc74.02722 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1760, %p9.body ]
  %acc73.02721 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1759, %p9.body ]
  %acc72.02720 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1758, %p9.body ]
  %acc71.02719 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1752, %p9.body ]
  %acc70.02718 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1751, %p9.body ]
  %acc69.02717 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1750, %p9.body ]
  %acc68.02716 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1749, %p9.body ]
  %acc67.02715 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1743, %p9.body ]
  %acc66.02714 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1742, %p9.body ]
  %acc65.02713 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1741, %p9.body ]
  %acc64.02712 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1740, %p9.body ]
  %1723 = shl nuw nsw i64 %p9.addr.02728, 6
  %1724 = getelementptr inbounds float, ptr %dOT, i64 %1723
  %1725 = load <16 x float>, ptr %1724, align 4
  %1726 = or disjoint i64 %1723, 16
  %1727 = getelementptr inbounds float, ptr %dOT, i64 %1726
  %1728 = load <16 x float>, ptr %1727, align 4
  %1729 = or disjoint i64 %1723, 32
  %1730 = getelementptr inbounds float, ptr %dOT, i64 %1729
  %1731 = load <16 x float>, ptr %1730, align 4
  %1732 = or disjoint i64 %1723, 48
  %1733 = getelementptr inbounds float, ptr %dOT, i64 %1732
  %1734 = load <16 x float>, ptr %1733, align 4
  %1735 = add nuw nsw i64 %p9.addr.02728, %1722
  %1736 = getelementptr inbounds float, ptr %Vn, i64 %1735
  %1737 = load float, ptr %1736, align 4
  %1738 = insertelement <16 x float> poison, float %1737, i64 0
  %1739 = shufflevector <16 x float> %1738, <16 x float> poison, <16 x i32> zeroinitializer
  %1740 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1739, <16 x float> %1725, <16 x float> %acc64.02712)
  %1741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1739, <16 x float> %1728, <16 x float> %acc65.02713)
  %1742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1739, <16 x float> %1731, <16 x float> %acc66.02714)
  %1743 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1739, <16 x float> %1734, <16 x float> %acc67.02715)
  %1744 = or disjoint i64 %1735, 32
  %1745 = getelementptr inbounds float, ptr %Vn, i64 %1744
  %1746 = load float, ptr %1745, align 4
  %1747 = insertelement <16 x float> poison, float %1746, i64 0
  %1748 = shufflevector <16 x float> %1747, <16 x float> poison, <16 x i32> zeroinitializer
  %1749 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1748, <16 x float> %1725, <16 x float> %acc68.02716)
  %1750 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1748, <16 x float> %1728, <16 x float> %acc69.02717)
  %1751 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1748, <16 x float> %1731, <16 x float> %acc70.02718)
  %1752 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1748, <16 x float> %1734, <16 x float> %acc71.02719)
  %1753 = or disjoint i64 %1735, 64
  %1754 = getelementptr inbounds float, ptr %Vn, i64 %1753
  %1755 = load float, ptr %1754, align 4
  %1756 = insertelement <16 x float> poison, float %1755, i64 0
  %1757 = shufflevector <16 x float> %1756, <16 x float> poison, <16 x i32> zeroinitializer
  %1758 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1757, <16 x float> %1725, <16 x float> %acc72.02720)
  %1759 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1757, <16 x float> %1728, <16 x float> %acc73.02721)
  %1760 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1757, <16 x float> %1731, <16 x float> %acc74.02722)
  %1761 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1757, <16 x float> %1734, <16 x float> %acc75.02723)
  %1762 = or disjoint i64 %1735, 96
  %1763 = getelementptr inbounds float, ptr %Vn, i64 %1762
  %1764 = load float, ptr %1763, align 4
  %1765 = insertelement <16 x float> poison, float %1764, i64 0
  %1766 = shufflevector <16 x float> %1765, <16 x float> poison, <16 x i32> zeroinitializer
  %1767 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1766, <16 x float> %1725, <16 x float> %acc76.02724)
  %1768 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1766, <16 x float> %1728, <16 x float> %acc77.02725)
  %1769 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1766, <16 x float> %1731, <16 x float> %acc78.02726)
  %1770 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1766, <16 x float> %1734, <16 x float> %acc79.02727)
  %p9.next = add nuw nsw i64 %p9.addr.02728, 1
  %exitcond3134.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond3134.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %1771 = mul nuw nsw i64 %i42.addr.02729, 320
  %1772 = or disjoint i64 %1771, 64
  %1773 = getelementptr inbounds float, ptr %Ak, i64 %1772
  store <16 x float> %1740, ptr %1773, align 4
  %1774 = or disjoint i64 %1771, 80
  %1775 = getelementptr inbounds float, ptr %Ak, i64 %1774
  store <16 x float> %1741, ptr %1775, align 4
  %1776 = or disjoint i64 %1771, 96
  %1777 = getelementptr inbounds float, ptr %Ak, i64 %1776
  store <16 x float> %1742, ptr %1777, align 4
  %1778 = or disjoint i64 %1771, 112
  %1779 = getelementptr inbounds float, ptr %Ak, i64 %1778
  store <16 x float> %1743, ptr %1779, align 4
  %1780 = getelementptr inbounds float, ptr %Ak, i64 %1771
  %1781 = getelementptr inbounds i8, ptr %1780, i64 1536
  store <16 x float> %1749, ptr %1781, align 4
  %1782 = getelementptr inbounds i8, ptr %1780, i64 1600
  store <16 x float> %1750, ptr %1782, align 4
  %1783 = getelementptr inbounds i8, ptr %1780, i64 1664
  store <16 x float> %1751, ptr %1783, align 4
  %1784 = getelementptr inbounds i8, ptr %1780, i64 1728
  store <16 x float> %1752, ptr %1784, align 4
  %1785 = getelementptr inbounds i8, ptr %1780, i64 2816
  store <16 x float> %1758, ptr %1785, align 4
  %1786 = getelementptr inbounds i8, ptr %1780, i64 2880
  store <16 x float> %1759, ptr %1786, align 4
  %1787 = getelementptr inbounds i8, ptr %1780, i64 2944
  store <16 x float> %1760, ptr %1787, align 4
  %1788 = getelementptr inbounds i8, ptr %1780, i64 3008
  store <16 x float> %1761, ptr %1788, align 4
  %1789 = getelementptr inbounds i8, ptr %1780, i64 4096
  store <16 x float> %1767, ptr %1789, align 4
  %1790 = getelementptr inbounds i8, ptr %1780, i64 4160
  store <16 x float> %1768, ptr %1790, align 4
  %1791 = getelementptr inbounds i8, ptr %1780, i64 4224
  store <16 x float> %1769, ptr %1791, align 4
  %1792 = getelementptr inbounds i8, ptr %1780, i64 4288
  store <16 x float> %1770, ptr %1792, align 4
  %i42.next = add nuw nsw i64 %i42.addr.02729, 4
  %1793 = icmp ult i64 %i42.addr.02729, 188
  br i1 %1793, label %p9.head.preheader, label %s4.head.preheader

s4.head.preheader:                                ; preds = %p9.exit, %s4.head.preheader
  %t3.addr.02733 = phi i64 [ %t3.next, %s4.head.preheader ], [ 0, %p9.exit ]
  %.idx2916 = mul nuw nsw i64 %t3.addr.02733, 3840
  %1794 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2916
  %1795 = getelementptr inbounds i8, ptr %1794, i64 256
  %1796 = load <16 x float>, ptr %1795, align 4
  %.idx2917 = shl nsw i64 %t3.addr.02733, 8
  %1797 = getelementptr inbounds i8, ptr %M, i64 %.idx2917
  %1798 = load <16 x float>, ptr %1797, align 4
  %1799 = fmul <16 x float> %1796, %1798
  store <16 x float> %1799, ptr %1795, align 4
  %1800 = getelementptr inbounds i8, ptr %32, i64 %.idx2916
  %1801 = getelementptr inbounds i8, ptr %1800, i64 256
  %1802 = load <16 x float>, ptr %1801, align 4
  %1803 = getelementptr inbounds i8, ptr %27, i64 %.idx2917
  %1804 = load <16 x float>, ptr %1803, align 4
  %1805 = fmul <16 x float> %1802, %1804
  store <16 x float> %1805, ptr %1801, align 4
  %1806 = getelementptr inbounds i8, ptr %33, i64 %.idx2916
  %1807 = getelementptr inbounds i8, ptr %1806, i64 256
  %1808 = load <16 x float>, ptr %1807, align 4
  %1809 = getelementptr inbounds i8, ptr %29, i64 %.idx2917
  %1810 = load <16 x float>, ptr %1809, align 4
  %1811 = fmul <16 x float> %1808, %1810
  store <16 x float> %1811, ptr %1807, align 4
  %1812 = getelementptr inbounds i8, ptr %34, i64 %.idx2916
  %1813 = getelementptr inbounds i8, ptr %1812, i64 256
  %1814 = load <16 x float>, ptr %1813, align 4
  %1815 = getelementptr inbounds i8, ptr %31, i64 %.idx2917
  %1816 = load <16 x float>, ptr %1815, align 4
  %1817 = fmul <16 x float> %1814, %1816
  store <16 x float> %1817, ptr %1813, align 4
  %1818 = getelementptr inbounds i8, ptr %1794, i64 1536
  %1819 = load <16 x float>, ptr %1818, align 4
  %1820 = fmul <16 x float> %1819, %1798
  store <16 x float> %1820, ptr %1818, align 4
  %1821 = getelementptr inbounds i8, ptr %1800, i64 1536
  %1822 = load <16 x float>, ptr %1821, align 4
  %1823 = fmul <16 x float> %1822, %1804
  store <16 x float> %1823, ptr %1821, align 4
  %1824 = getelementptr inbounds i8, ptr %1806, i64 1536
  %1825 = load <16 x float>, ptr %1824, align 4
  %1826 = fmul <16 x float> %1825, %1810
  store <16 x float> %1826, ptr %1824, align 4
  %1827 = getelementptr inbounds i8, ptr %1812, i64 1536
  %1828 = load <16 x float>, ptr %1827, align 4
  %1829 = fmul <16 x float> %1828, %1816
  store <16 x float> %1829, ptr %1827, align 4
  %1830 = getelementptr inbounds i8, ptr %1794, i64 2816
  %1831 = load <16 x float>, ptr %1830, align 4
  %1832 = load <16 x float>, ptr %1797, align 4
  %1833 = fmul <16 x float> %1831, %1832
  store <16 x float> %1833, ptr %1830, align 4
  %1834 = getelementptr inbounds i8, ptr %1800, i64 2816
  %1835 = load <16 x float>, ptr %1834, align 4
  %1836 = load <16 x float>, ptr %1803, align 4
  %1837 = fmul <16 x float> %1835, %1836
  store <16 x float> %1837, ptr %1834, align 4
  %1838 = getelementptr inbounds i8, ptr %1806, i64 2816
  %1839 = load <16 x float>, ptr %1838, align 4
  %1840 = load <16 x float>, ptr %1809, align 4
  %1841 = fmul <16 x float> %1839, %1840
  store <16 x float> %1841, ptr %1838, align 4
  %1842 = getelementptr inbounds i8, ptr %1812, i64 2816
  %1843 = load <16 x float>, ptr %1842, align 4
  %1844 = load <16 x float>, ptr %1815, align 4
  %1845 = fmul <16 x float> %1843, %1844
  store <16 x float> %1845, ptr %1842, align 4
  %t3.next = add nuw nsw i64 %t3.addr.02733, 1
  %exitcond3135.not = icmp eq i64 %t3.next, 64
  br i1 %exitcond3135.not, label %p10.head.preheader, label %s4.head.preheader

p10.head.preheader:                               ; preds = %s4.head.preheader, %p10.exit
  %i46.addr.02751 = phi i64 [ %i46.next, %p10.exit ], [ 0, %s4.head.preheader ]
  %1846 = shl nuw nsw i64 %i46.addr.02751, 5
  br label %p10.body

p10.body:                                         ; preds = %p10.head.preheader, %p10.body
  %p10.addr.02750 = phi i64 [ 0, %p10.head.preheader ], [ %p10.next, %p10.body ]
  %acc95.02749 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1909, %p10.body ]
  %acc94.02748 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1908, %p10.body ]
  %acc93.02747 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1902, %p10.body ]
  %acc92.02746 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1901, %p10.body ]
  %acc91.02745 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1895, %p10.body ]
  %acc90.02744 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1894, %p10.body ]
  %acc89.02743 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1888, %p10.body ]
  %acc88.02742 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1887, %p10.body ]
  %acc87.02741 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1881, %p10.body ]
  %acc86.02740 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1880, %p10.body ]
  %acc85.02739 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1874, %p10.body ]
  %acc84.02738 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1873, %p10.body ]
  %acc83.02737 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1867, %p10.body ]
  %acc82.02736 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1866, %p10.body ]
  %acc81.02735 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1860, %p10.body ]
  %acc80.02734 = phi <16 x float> [ zeroinitializer, %p10.head.preheader ], [ %1859, %p10.body ]
  %1847 = shl nuw nsw i64 %p10.addr.02750, 5
  %1848 = or disjoint i64 %1847, 1024
  %1849 = getelementptr inbounds float, ptr %Bk, i64 %1848
  %1850 = load <16 x float>, ptr %1849, align 4
  %1851 = or disjoint i64 %1847, 1040
  %1852 = getelementptr inbounds float, ptr %Bk, i64 %1851
  %1853 = load <16 x float>, ptr %1852, align 4
  %1854 = add nuw nsw i64 %p10.addr.02750, %1846
  %1855 = getelementptr inbounds float, ptr %OY, i64 %1854
  %1856 = load float, ptr %1855, align 4
  %1857 = insertelement <16 x float> poison, float %1856, i64 0
  %1858 = shufflevector <16 x float> %1857, <16 x float> poison, <16 x i32> zeroinitializer
  %1859 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1858, <16 x float> %1850, <16 x float> %acc80.02734)
  %1860 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1858, <16 x float> %1853, <16 x float> %acc81.02735)
  %1861 = or disjoint i64 %1854, 32
  %1862 = getelementptr inbounds float, ptr %OY, i64 %1861
  %1863 = load float, ptr %1862, align 4
  %1864 = insertelement <16 x float> poison, float %1863, i64 0
  %1865 = shufflevector <16 x float> %1864, <16 x float> poison, <16 x i32> zeroinitializer
  %1866 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1865, <16 x float> %1850, <16 x float> %acc82.02736)
  %1867 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1865, <16 x float> %1853, <16 x float> %acc83.02737)
  %1868 = or disjoint i64 %1854, 64
  %1869 = getelementptr inbounds float, ptr %OY, i64 %1868
  %1870 = load float, ptr %1869, align 4
  %1871 = insertelement <16 x float> poison, float %1870, i64 0
  %1872 = shufflevector <16 x float> %1871, <16 x float> poison, <16 x i32> zeroinitializer
  %1873 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1872, <16 x float> %1850, <16 x float> %acc84.02738)
  %1874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1872, <16 x float> %1853, <16 x float> %acc85.02739)
  %1875 = or disjoint i64 %1854, 96
  %1876 = getelementptr inbounds float, ptr %OY, i64 %1875
  %1877 = load float, ptr %1876, align 4
  %1878 = insertelement <16 x float> poison, float %1877, i64 0
  %1879 = shufflevector <16 x float> %1878, <16 x float> poison, <16 x i32> zeroinitializer
  %1880 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1879, <16 x float> %1850, <16 x float> %acc86.02740)
  %1881 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1879, <16 x float> %1853, <16 x float> %acc87.02741)
  %1882 = or disjoint i64 %1854, 128
  %1883 = getelementptr inbounds float, ptr %OY, i64 %1882
  %1884 = load float, ptr %1883, align 4
  %1885 = insertelement <16 x float> poison, float %1884, i64 0
  %1886 = shufflevector <16 x float> %1885, <16 x float> poison, <16 x i32> zeroinitializer
  %1887 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1886, <16 x float> %1850, <16 x float> %acc88.02742)
  %1888 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1886, <16 x float> %1853, <16 x float> %acc89.02743)
  %1889 = or disjoint i64 %1854, 160
  %1890 = getelementptr inbounds float, ptr %OY, i64 %1889
  %1891 = load float, ptr %1890, align 4
  %1892 = insertelement <16 x float> poison, float %1891, i64 0
  %1893 = shufflevector <16 x float> %1892, <16 x float> poison, <16 x i32> zeroinitializer
  %1894 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1893, <16 x float> %1850, <16 x float> %acc90.02744)
  %1895 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1893, <16 x float> %1853, <16 x float> %acc91.02745)
  %1896 = or disjoint i64 %1854, 192
  %1897 = getelementptr inbounds float, ptr %OY, i64 %1896
  %1898 = load float, ptr %1897, align 4
  %1899 = insertelement <16 x float> poison, float %1898, i64 0
  %1900 = shufflevector <16 x float> %1899, <16 x float> poison, <16 x i32> zeroinitializer
  %1901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1850, <16 x float> %acc92.02746)
  %1902 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1853, <16 x float> %acc93.02747)
  %1903 = or disjoint i64 %1854, 224
  %1904 = getelementptr inbounds float, ptr %OY, i64 %1903
  %1905 = load float, ptr %1904, align 4
  %1906 = insertelement <16 x float> poison, float %1905, i64 0
  %1907 = shufflevector <16 x float> %1906, <16 x float> poison, <16 x i32> zeroinitializer
  %1908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1907, <16 x float> %1850, <16 x float> %acc94.02748)
  %1909 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1907, <16 x float> %1853, <16 x float> %acc95.02749)
  %p10.next = add nuw nsw i64 %p10.addr.02750, 1
  %exitcond3136.not = icmp eq i64 %p10.next, 32
  br i1 %exitcond3136.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  %1910 = getelementptr inbounds float, ptr %dQc, i64 %1846
  store <16 x float> %1859, ptr %1910, align 4
  %1911 = or disjoint i64 %1846, 16
  %1912 = getelementptr inbounds float, ptr %dQc, i64 %1911
  store <16 x float> %1860, ptr %1912, align 4
  %1913 = or disjoint i64 %1846, 32
  %1914 = getelementptr inbounds float, ptr %dQc, i64 %1913
  store <16 x float> %1866, ptr %1914, align 4
  %1915 = or disjoint i64 %1846, 48
  %1916 = getelementptr inbounds float, ptr %dQc, i64 %1915
  store <16 x float> %1867, ptr %1916, align 4
  %1917 = or disjoint i64 %1846, 64
  %1918 = getelementptr inbounds float, ptr %dQc, i64 %1917
  store <16 x float> %1873, ptr %1918, align 4
  %1919 = or disjoint i64 %1846, 80
  %1920 = getelementptr inbounds float, ptr %dQc, i64 %1919
  store <16 x float> %1874, ptr %1920, align 4
  %1921 = or disjoint i64 %1846, 96
  %1922 = getelementptr inbounds float, ptr %dQc, i64 %1921
  store <16 x float> %1880, ptr %1922, align 4
  %1923 = or disjoint i64 %1846, 112
  %1924 = getelementptr inbounds float, ptr %dQc, i64 %1923
  store <16 x float> %1881, ptr %1924, align 4
  %1925 = or disjoint i64 %1846, 128
  %1926 = getelementptr inbounds float, ptr %dQc, i64 %1925
  store <16 x float> %1887, ptr %1926, align 4
  %1927 = or disjoint i64 %1846, 144
  %1928 = getelementptr inbounds float, ptr %dQc, i64 %1927
  store <16 x float> %1888, ptr %1928, align 4
  %1929 = or disjoint i64 %1846, 160
  %1930 = getelementptr inbounds float, ptr %dQc, i64 %1929
  store <16 x float> %1894, ptr %1930, align 4
  %1931 = or disjoint i64 %1846, 176
  %1932 = getelementptr inbounds float, ptr %dQc, i64 %1931
  store <16 x float> %1895, ptr %1932, align 4
  %1933 = or disjoint i64 %1846, 192
  %1934 = getelementptr inbounds float, ptr %dQc, i64 %1933
  store <16 x float> %1901, ptr %1934, align 4
  %1935 = or disjoint i64 %1846, 208
  %1936 = getelementptr inbounds float, ptr %dQc, i64 %1935
  store <16 x float> %1902, ptr %1936, align 4
  %1937 = or disjoint i64 %1846, 224
  %1938 = getelementptr inbounds float, ptr %dQc, i64 %1937
  store <16 x float> %1908, ptr %1938, align 4
  %1939 = or disjoint i64 %1846, 240
  %1940 = getelementptr inbounds float, ptr %dQc, i64 %1939
  store <16 x float> %1909, ptr %1940, align 4
  %i46.next = add nuw nsw i64 %i46.addr.02751, 8
  %1941 = icmp ult i64 %i46.addr.02751, 56
  br i1 %1941, label %p10.head.preheader, label %i47.body.preheader

i47.body.preheader:                               ; preds = %p10.exit
  %L = tail call i64 @llvm.smin.i64(i64 %70, i64 64)
  br label %i47.body

i47.body:                                         ; preds = %i47.body.preheader, %endif1371
  %i47.addr.02769 = phi i64 [ %i47.next, %endif1371 ], [ 0, %i47.body.preheader ]
  %1942 = shl nuw nsw i64 %i47.addr.02769, 5
  %1943 = getelementptr inbounds float, ptr %dQc, i64 %1942
  %1944 = load <16 x float>, ptr %1943, align 4
  %1945 = or disjoint i64 %1942, 16
  %1946 = getelementptr inbounds float, ptr %dQc, i64 %1945
  %1947 = load <16 x float>, ptr %1946, align 4
  %1948 = or disjoint i64 %i47.addr.02769, 1
  %1949 = shl nuw nsw i64 %1948, 5
  %1950 = getelementptr inbounds float, ptr %dQc, i64 %1949
  %1951 = load <16 x float>, ptr %1950, align 4
  %1952 = or disjoint i64 %1949, 16
  %1953 = getelementptr inbounds float, ptr %dQc, i64 %1952
  %1954 = load <16 x float>, ptr %1953, align 4
  %1955 = or disjoint i64 %i47.addr.02769, 2
  %1956 = shl nuw nsw i64 %1955, 5
  %1957 = getelementptr inbounds float, ptr %dQc, i64 %1956
  %1958 = load <16 x float>, ptr %1957, align 4
  %1959 = or disjoint i64 %1956, 16
  %1960 = getelementptr inbounds float, ptr %dQc, i64 %1959
  %1961 = load <16 x float>, ptr %1960, align 4
  %1962 = or disjoint i64 %i47.addr.02769, 3
  %1963 = shl nuw nsw i64 %1962, 5
  %1964 = getelementptr inbounds float, ptr %dQc, i64 %1963
  %1965 = load <16 x float>, ptr %1964, align 4
  %1966 = or disjoint i64 %1963, 16
  %1967 = getelementptr inbounds float, ptr %dQc, i64 %1966
  %1968 = load <16 x float>, ptr %1967, align 4
  %1969 = or disjoint i64 %i47.addr.02769, 4
  %1970 = shl nuw nsw i64 %1969, 5
  %1971 = getelementptr inbounds float, ptr %dQc, i64 %1970
  %1972 = load <16 x float>, ptr %1971, align 4
  %1973 = or disjoint i64 %1970, 16
  %1974 = getelementptr inbounds float, ptr %dQc, i64 %1973
  %1975 = load <16 x float>, ptr %1974, align 4
  %1976 = or disjoint i64 %i47.addr.02769, 5
  %1977 = shl nuw nsw i64 %1976, 5
  %1978 = getelementptr inbounds float, ptr %dQc, i64 %1977
  %1979 = load <16 x float>, ptr %1978, align 4
  %1980 = or disjoint i64 %1977, 16
  %1981 = getelementptr inbounds float, ptr %dQc, i64 %1980
  %1982 = load <16 x float>, ptr %1981, align 4
  %1983 = or disjoint i64 %i47.addr.02769, 6
  %1984 = shl nuw nsw i64 %1983, 5
  %1985 = getelementptr inbounds float, ptr %dQc, i64 %1984
  %1986 = load <16 x float>, ptr %1985, align 4
  %1987 = or disjoint i64 %1984, 16
  %1988 = getelementptr inbounds float, ptr %dQc, i64 %1987
  %1989 = load <16 x float>, ptr %1988, align 4
  %1990 = or disjoint i64 %i47.addr.02769, 7
  %1991 = shl nuw nsw i64 %1990, 5
  %1992 = getelementptr inbounds float, ptr %dQc, i64 %1991
  %1993 = load <16 x float>, ptr %1992, align 4
  %1994 = or disjoint i64 %1991, 16
  %1995 = getelementptr inbounds float, ptr %dQc, i64 %1994
  %1996 = load <16 x float>, ptr %1995, align 4
  br label %p11.body

p11.body:                                         ; preds = %i47.body, %p11.body
  %p11.addr.02768 = phi i64 [ 0, %i47.body ], [ %p11.next, %p11.body ]
  %acc111.02767 = phi <16 x float> [ %1996, %i47.body ], [ %2059, %p11.body ]
  %acc110.02766 = phi <16 x float> [ %1993, %i47.body ], [ %2058, %p11.body ]
  %acc109.02765 = phi <16 x float> [ %1989, %i47.body ], [ %2052, %p11.body ]
  %acc108.02764 = phi <16 x float> [ %1986, %i47.body ], [ %2051, %p11.body ]
  %acc107.02763 = phi <16 x float> [ %1982, %i47.body ], [ %2045, %p11.body ]
  %acc106.02762 = phi <16 x float> [ %1979, %i47.body ], [ %2044, %p11.body ]
  %acc105.02761 = phi <16 x float> [ %1975, %i47.body ], [ %2038, %p11.body ]
  %acc104.02760 = phi <16 x float> [ %1972, %i47.body ], [ %2037, %p11.body ]
  %acc103.02759 = phi <16 x float> [ %1968, %i47.body ], [ %2031, %p11.body ]
  %acc102.02758 = phi <16 x float> [ %1965, %i47.body ], [ %2030, %p11.body ]
  %acc101.02757 = phi <16 x float> [ %1961, %i47.body ], [ %2024, %p11.body ]
  %acc100.02756 = phi <16 x float> [ %1958, %i47.body ], [ %2023, %p11.body ]
  %acc99.02755 = phi <16 x float> [ %1954, %i47.body ], [ %2017, %p11.body ]
  %acc98.02754 = phi <16 x float> [ %1951, %i47.body ], [ %2016, %p11.body ]
  %acc97.02753 = phi <16 x float> [ %1947, %i47.body ], [ %2010, %p11.body ]
  %acc96.02752 = phi <16 x float> [ %1944, %i47.body ], [ %2009, %p11.body ]
  %.idx2555 = shl nuw nsw i64 %p11.addr.02768, 7
  %1997 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2555
  %1998 = getelementptr inbounds i8, ptr %1997, i64 16384
  %1999 = load <16 x float>, ptr %1998, align 4
  %2000 = getelementptr inbounds i8, ptr %1997, i64 16448
  %2001 = load <16 x float>, ptr %2000, align 4
  %2002 = mul nuw nsw i64 %p11.addr.02768, 320
  %2003 = add nuw nsw i64 %2002, 64
  %2004 = or disjoint i64 %2003, %i47.addr.02769
  %2005 = getelementptr inbounds float, ptr %Ak, i64 %2004
  %2006 = load float, ptr %2005, align 4
  %2007 = insertelement <16 x float> poison, float %2006, i64 0
  %2008 = shufflevector <16 x float> %2007, <16 x float> poison, <16 x i32> zeroinitializer
  %2009 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2008, <16 x float> %1999, <16 x float> %acc96.02752)
  %2010 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2008, <16 x float> %2001, <16 x float> %acc97.02753)
  %2011 = or disjoint i64 %2003, %1948
  %2012 = getelementptr inbounds float, ptr %Ak, i64 %2011
  %2013 = load float, ptr %2012, align 4
  %2014 = insertelement <16 x float> poison, float %2013, i64 0
  %2015 = shufflevector <16 x float> %2014, <16 x float> poison, <16 x i32> zeroinitializer
  %2016 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2015, <16 x float> %1999, <16 x float> %acc98.02754)
  %2017 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2015, <16 x float> %2001, <16 x float> %acc99.02755)
  %2018 = or disjoint i64 %2003, %1955
  %2019 = getelementptr inbounds float, ptr %Ak, i64 %2018
  %2020 = load float, ptr %2019, align 4
  %2021 = insertelement <16 x float> poison, float %2020, i64 0
  %2022 = shufflevector <16 x float> %2021, <16 x float> poison, <16 x i32> zeroinitializer
  %2023 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2022, <16 x float> %1999, <16 x float> %acc100.02756)
  %2024 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2022, <16 x float> %2001, <16 x float> %acc101.02757)
  %2025 = or disjoint i64 %2003, %1962
  %2026 = getelementptr inbounds float, ptr %Ak, i64 %2025
  %2027 = load float, ptr %2026, align 4
  %2028 = insertelement <16 x float> poison, float %2027, i64 0
  %2029 = shufflevector <16 x float> %2028, <16 x float> poison, <16 x i32> zeroinitializer
  %2030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2029, <16 x float> %1999, <16 x float> %acc102.02758)
  %2031 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2029, <16 x float> %2001, <16 x float> %acc103.02759)
  %2032 = or disjoint i64 %2003, %1969
  %2033 = getelementptr inbounds float, ptr %Ak, i64 %2032
  %2034 = load float, ptr %2033, align 4
  %2035 = insertelement <16 x float> poison, float %2034, i64 0
  %2036 = shufflevector <16 x float> %2035, <16 x float> poison, <16 x i32> zeroinitializer
  %2037 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2036, <16 x float> %1999, <16 x float> %acc104.02760)
  %2038 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2036, <16 x float> %2001, <16 x float> %acc105.02761)
  %2039 = or disjoint i64 %2003, %1976
  %2040 = getelementptr inbounds float, ptr %Ak, i64 %2039
  %2041 = load float, ptr %2040, align 4
  %2042 = insertelement <16 x float> poison, float %2041, i64 0
  %2043 = shufflevector <16 x float> %2042, <16 x float> poison, <16 x i32> zeroinitializer
  %2044 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2043, <16 x float> %1999, <16 x float> %acc106.02762)
  %2045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2043, <16 x float> %2001, <16 x float> %acc107.02763)
  %2046 = or disjoint i64 %2003, %1983
  %2047 = getelementptr inbounds float, ptr %Ak, i64 %2046
  %2048 = load float, ptr %2047, align 4
  %2049 = insertelement <16 x float> poison, float %2048, i64 0
  %2050 = shufflevector <16 x float> %2049, <16 x float> poison, <16 x i32> zeroinitializer
  %2051 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2050, <16 x float> %1999, <16 x float> %acc108.02764)
  %2052 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2050, <16 x float> %2001, <16 x float> %acc109.02765)
  %2053 = or disjoint i64 %2003, %1990
  %2054 = getelementptr inbounds float, ptr %Ak, i64 %2053
  %2055 = load float, ptr %2054, align 4
  %2056 = insertelement <16 x float> poison, float %2055, i64 0
  %2057 = shufflevector <16 x float> %2056, <16 x float> poison, <16 x i32> zeroinitializer
  %2058 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2057, <16 x float> %1999, <16 x float> %acc110.02766)
  %2059 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2057, <16 x float> %2001, <16 x float> %acc111.02767)
  %p11.next = add nuw nsw i64 %p11.addr.02768, 1
  %exitcond3137.not = icmp eq i64 %p11.next, 192
  br i1 %exitcond3137.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %2060 = icmp slt i64 %i47.addr.02769, %L
  br i1 %2060, label %then1309, label %endif1315

then1309:                                         ; preds = %p11.exit
  %2061 = fmul <16 x float> %2009, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2062 = or disjoint i64 %i47.addr.02769, %t0
  %2063 = mul nsw i64 %2062, %sq
  %2064 = getelementptr inbounds float, ptr %qh1, i64 %2063
  store <16 x float> %2061, ptr %2064, align 4
  %2065 = fmul <16 x float> %2010, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2066 = or disjoint i64 %2063, 16
  %2067 = getelementptr inbounds float, ptr %qh1, i64 %2066
  store <16 x float> %2065, ptr %2067, align 4
  br label %endif1315

endif1315:                                        ; preds = %p11.exit, %then1309
  %2068 = icmp slt i64 %1948, %L
  br i1 %2068, label %then1317, label %endif1323

then1317:                                         ; preds = %endif1315
  %2069 = fmul <16 x float> %2016, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2070 = or disjoint i64 %1948, %t0
  %2071 = mul nsw i64 %2070, %sq
  %2072 = getelementptr inbounds float, ptr %qh1, i64 %2071
  store <16 x float> %2069, ptr %2072, align 4
  %2073 = fmul <16 x float> %2017, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2074 = or disjoint i64 %2071, 16
  %2075 = getelementptr inbounds float, ptr %qh1, i64 %2074
  store <16 x float> %2073, ptr %2075, align 4
  br label %endif1323

endif1323:                                        ; preds = %endif1315, %then1317
  %2076 = icmp slt i64 %1955, %L
  br i1 %2076, label %then1325, label %endif1331

then1325:                                         ; preds = %endif1323
  %2077 = fmul <16 x float> %2023, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2078 = or disjoint i64 %1955, %t0
  %2079 = mul nsw i64 %2078, %sq
  %2080 = getelementptr inbounds float, ptr %qh1, i64 %2079
  store <16 x float> %2077, ptr %2080, align 4
  %2081 = fmul <16 x float> %2024, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2082 = or disjoint i64 %2079, 16
  %2083 = getelementptr inbounds float, ptr %qh1, i64 %2082
  store <16 x float> %2081, ptr %2083, align 4
  br label %endif1331

endif1331:                                        ; preds = %endif1323, %then1325
  %2084 = icmp slt i64 %1962, %L
  br i1 %2084, label %then1333, label %endif1339

then1333:                                         ; preds = %endif1331
  %2085 = fmul <16 x float> %2030, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2086 = or disjoint i64 %1962, %t0
  %2087 = mul nsw i64 %2086, %sq
  %2088 = getelementptr inbounds float, ptr %qh1, i64 %2087
  store <16 x float> %2085, ptr %2088, align 4
  %2089 = fmul <16 x float> %2031, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2090 = or disjoint i64 %2087, 16
  %2091 = getelementptr inbounds float, ptr %qh1, i64 %2090
  store <16 x float> %2089, ptr %2091, align 4
  br label %endif1339

endif1339:                                        ; preds = %endif1331, %then1333
  %2092 = icmp slt i64 %1969, %L
  br i1 %2092, label %then1341, label %endif1347

then1341:                                         ; preds = %endif1339
  %2093 = fmul <16 x float> %2037, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2094 = or disjoint i64 %1969, %t0
  %2095 = mul nsw i64 %2094, %sq
  %2096 = getelementptr inbounds float, ptr %qh1, i64 %2095
  store <16 x float> %2093, ptr %2096, align 4
  %2097 = fmul <16 x float> %2038, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2098 = or disjoint i64 %2095, 16
  %2099 = getelementptr inbounds float, ptr %qh1, i64 %2098
  store <16 x float> %2097, ptr %2099, align 4
  br label %endif1347

endif1347:                                        ; preds = %endif1339, %then1341
  %2100 = icmp slt i64 %1976, %L
  br i1 %2100, label %then1349, label %endif1355

then1349:                                         ; preds = %endif1347
  %2101 = fmul <16 x float> %2044, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2102 = or disjoint i64 %1976, %t0
  %2103 = mul nsw i64 %2102, %sq
  %2104 = getelementptr inbounds float, ptr %qh1, i64 %2103
  store <16 x float> %2101, ptr %2104, align 4
  %2105 = fmul <16 x float> %2045, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2106 = or disjoint i64 %2103, 16
  %2107 = getelementptr inbounds float, ptr %qh1, i64 %2106
  store <16 x float> %2105, ptr %2107, align 4
  br label %endif1355

endif1355:                                        ; preds = %endif1347, %then1349
  %2108 = icmp slt i64 %1983, %L
  br i1 %2108, label %then1357, label %endif1363

then1357:                                         ; preds = %endif1355
  %2109 = fmul <16 x float> %2051, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2110 = or disjoint i64 %1983, %t0
  %2111 = mul nsw i64 %2110, %sq
  %2112 = getelementptr inbounds float, ptr %qh1, i64 %2111
  store <16 x float> %2109, ptr %2112, align 4
  %2113 = fmul <16 x float> %2052, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2114 = or disjoint i64 %2111, 16
  %2115 = getelementptr inbounds float, ptr %qh1, i64 %2114
  store <16 x float> %2113, ptr %2115, align 4
  br label %endif1363

endif1363:                                        ; preds = %endif1355, %then1357
  %2116 = icmp slt i64 %1990, %L
  br i1 %2116, label %then1365, label %endif1371

then1365:                                         ; preds = %endif1363
  %2117 = fmul <16 x float> %2058, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2118 = or disjoint i64 %1990, %t0
  %2119 = mul nsw i64 %2118, %sq
  %2120 = getelementptr inbounds float, ptr %qh1, i64 %2119
  store <16 x float> %2117, ptr %2120, align 4
  %2121 = fmul <16 x float> %2059, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2122 = or disjoint i64 %2119, 16
  %2123 = getelementptr inbounds float, ptr %qh1, i64 %2122
  store <16 x float> %2121, ptr %2123, align 4
  br label %endif1371

endif1371:                                        ; preds = %endif1363, %then1365
  %i47.next = add nuw nsw i64 %i47.addr.02769, 8
  %2124 = icmp ult i64 %i47.addr.02769, 56
  br i1 %2124, label %i47.body, label %j33.body.preheader

j33.body.preheader:                               ; preds = %endif1371
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(768) %dbet, i8 0, i64 768, i1 false)
  br label %ib1.body

t4.head.preheader:                                ; preds = %j34.exit
  %2125 = icmp sgt i64 %70, 0
  br i1 %2125, label %t4.body.preheader, label %i58.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %2126 = getelementptr i8, ptr %dv, i64 %63
  %2127 = getelementptr i8, ptr %dv, i64 %64
  %2128 = getelementptr i8, ptr %dv, i64 %65
  %xtraiter3738 = and i64 %smax3737, 1
  %2129 = icmp slt i64 %indvars.iv3145, 2
  br i1 %2129, label %i58.body.preheader.loopexit.unr-lcssa, label %t4.body.preheader.new

t4.body.preheader.new:                            ; preds = %t4.body.preheader
  %unroll_iter3740 = and i64 %smax3737, 126
  br label %t4.body

ib1.body:                                         ; preds = %j33.body.preheader, %j34.exit
  %ib1.addr.02788 = phi i64 [ %ib1.next, %j34.exit ], [ 0, %j33.body.preheader ]
  %2130 = shl nuw nsw i64 %ib1.addr.02788, 2
  %i01 = sub nuw nsw i64 188, %2130
  %2131 = shl nuw nsw i64 %i01, 5
  %2132 = getelementptr float, ptr %OY, i64 %2131
  %2133 = getelementptr i8, ptr %2132, i64 8192
  %2134 = load <16 x float>, ptr %2133, align 4
  %2135 = getelementptr i8, ptr %2132, i64 8256
  %2136 = load <16 x float>, ptr %2135, align 4
  %2137 = sub nuw nsw i64 189, %2130
  %2138 = shl nuw nsw i64 %2137, 5
  %2139 = getelementptr float, ptr %OY, i64 %2138
  %2140 = getelementptr i8, ptr %2139, i64 8192
  %2141 = load <16 x float>, ptr %2140, align 4
  %2142 = getelementptr i8, ptr %2139, i64 8256
  %2143 = load <16 x float>, ptr %2142, align 4
  %2144 = sub nuw nsw i64 190, %2130
  %2145 = shl nuw nsw i64 %2144, 5
  %2146 = getelementptr float, ptr %OY, i64 %2145
  %2147 = getelementptr i8, ptr %2146, i64 8192
  %2148 = load <16 x float>, ptr %2147, align 4
  %2149 = getelementptr i8, ptr %2146, i64 8256
  %2150 = load <16 x float>, ptr %2149, align 4
  %2151 = sub nuw nsw i64 191, %2130
  %2152 = shl nuw nsw i64 %2151, 5
  %2153 = getelementptr float, ptr %OY, i64 %2152
  %2154 = getelementptr i8, ptr %2153, i64 8192
  %2155 = load <16 x float>, ptr %2154, align 4
  %2156 = getelementptr i8, ptr %2153, i64 8256
  %2157 = load <16 x float>, ptr %2156, align 4
  %.not2922 = icmp eq i64 %ib1.addr.02788, 0
  br i1 %.not2922, label %j34.exit, label %j34.body.preheader

j34.body.preheader:                               ; preds = %ib1.body
  %2158 = sub nuw nsw i64 192, %2130
  br label %j34.body

j34.body:                                         ; preds = %j34.body.preheader, %j34.body
  %j34.addr.02779 = phi i64 [ %j34.next, %j34.body ], [ %2158, %j34.body.preheader ]
  %acc119.02778 = phi <16 x float> [ %2192, %j34.body ], [ %2157, %j34.body.preheader ]
  %acc118.02777 = phi <16 x float> [ %2191, %j34.body ], [ %2155, %j34.body.preheader ]
  %acc117.02776 = phi <16 x float> [ %2185, %j34.body ], [ %2150, %j34.body.preheader ]
  %acc116.02775 = phi <16 x float> [ %2184, %j34.body ], [ %2148, %j34.body.preheader ]
  %acc115.02774 = phi <16 x float> [ %2178, %j34.body ], [ %2143, %j34.body.preheader ]
  %acc114.02773 = phi <16 x float> [ %2177, %j34.body ], [ %2141, %j34.body.preheader ]
  %acc113.02772 = phi <16 x float> [ %2171, %j34.body ], [ %2136, %j34.body.preheader ]
  %acc112.02771 = phi <16 x float> [ %2170, %j34.body ], [ %2134, %j34.body.preheader ]
  %.idx2553 = shl nuw nsw i64 %j34.addr.02779, 7
  %2159 = getelementptr i8, ptr %OY, i64 %.idx2553
  %2160 = getelementptr i8, ptr %2159, i64 8192
  %2161 = load <16 x float>, ptr %2160, align 4
  %2162 = getelementptr i8, ptr %2159, i64 8256
  %2163 = load <16 x float>, ptr %2162, align 4
  %.idx2554 = mul nuw nsw i64 %j34.addr.02779, 768
  %2164 = getelementptr i8, ptr %Gm, i64 %.idx2554
  %2165 = getelementptr float, ptr %2164, i64 %i01
  %2166 = load float, ptr %2165, align 4
  %2167 = fneg float %2166
  %2168 = insertelement <16 x float> poison, float %2167, i64 0
  %2169 = shufflevector <16 x float> %2168, <16 x float> poison, <16 x i32> zeroinitializer
  %2170 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2169, <16 x float> %2161, <16 x float> %acc112.02771)
  %2171 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2169, <16 x float> %2163, <16 x float> %acc113.02772)
  %2172 = getelementptr float, ptr %2164, i64 %2137
  %2173 = load float, ptr %2172, align 4
  %2174 = fneg float %2173
  %2175 = insertelement <16 x float> poison, float %2174, i64 0
  %2176 = shufflevector <16 x float> %2175, <16 x float> poison, <16 x i32> zeroinitializer
  %2177 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2161, <16 x float> %acc114.02773)
  %2178 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2176, <16 x float> %2163, <16 x float> %acc115.02774)
  %2179 = getelementptr float, ptr %2164, i64 %2144
  %2180 = load float, ptr %2179, align 4
  %2181 = fneg float %2180
  %2182 = insertelement <16 x float> poison, float %2181, i64 0
  %2183 = shufflevector <16 x float> %2182, <16 x float> poison, <16 x i32> zeroinitializer
  %2184 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2183, <16 x float> %2161, <16 x float> %acc116.02775)
  %2185 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2183, <16 x float> %2163, <16 x float> %acc117.02776)
  %2186 = getelementptr float, ptr %2164, i64 %2151
  %2187 = load float, ptr %2186, align 4
  %2188 = fneg float %2187
  %2189 = insertelement <16 x float> poison, float %2188, i64 0
  %2190 = shufflevector <16 x float> %2189, <16 x float> poison, <16 x i32> zeroinitializer
  %2191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2190, <16 x float> %2161, <16 x float> %acc118.02777)
  %2192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2190, <16 x float> %2163, <16 x float> %acc119.02778)
  %j34.next = add nuw nsw i64 %j34.addr.02779, 1
  %2193 = icmp ult i64 %j34.addr.02779, 191
  br i1 %2193, label %j34.body, label %j34.exit

j34.exit:                                         ; preds = %j34.body, %ib1.body
  %acc112.0.lcssa = phi <16 x float> [ %2134, %ib1.body ], [ %2170, %j34.body ]
  %acc113.0.lcssa = phi <16 x float> [ %2136, %ib1.body ], [ %2171, %j34.body ]
  %acc114.0.lcssa = phi <16 x float> [ %2141, %ib1.body ], [ %2177, %j34.body ]
  %acc115.0.lcssa = phi <16 x float> [ %2143, %ib1.body ], [ %2178, %j34.body ]
  %acc116.0.lcssa = phi <16 x float> [ %2148, %ib1.body ], [ %2184, %j34.body ]
  %acc117.0.lcssa = phi <16 x float> [ %2150, %ib1.body ], [ %2185, %j34.body ]
  %acc118.0.lcssa = phi <16 x float> [ %2155, %ib1.body ], [ %2191, %j34.body ]
  %acc119.0.lcssa = phi <16 x float> [ %2157, %ib1.body ], [ %2192, %j34.body ]
  %2194 = getelementptr inbounds float, ptr %Rr, i64 %2152
  %2195 = load <16 x float>, ptr %2194, align 4
  %2196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc118.0.lcssa, <16 x float> %2195, <16 x float> zeroinitializer)
  %2197 = or disjoint i64 %2152, 16
  %2198 = getelementptr inbounds float, ptr %Rr, i64 %2197
  %2199 = load <16 x float>, ptr %2198, align 4
  %2200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc119.0.lcssa, <16 x float> %2199, <16 x float> %2196)
  %2201 = shufflevector <16 x float> %2200, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2202 = shufflevector <16 x float> %2200, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2203 = fadd <8 x float> %2201, %2202
  %2204 = shufflevector <8 x float> %2203, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2205 = shufflevector <8 x float> %2203, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2206 = fadd <4 x float> %2204, %2205
  %2207 = shufflevector <4 x float> %2206, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2208 = shufflevector <4 x float> %2206, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2209 = fadd <2 x float> %2207, %2208
  %2210 = getelementptr inbounds float, ptr %bet, i64 %2151
  %2211 = load float, ptr %2210, align 4
  %2212 = insertelement <16 x float> poison, float %2211, i64 0
  %2213 = shufflevector <16 x float> %2212, <16 x float> poison, <16 x i32> zeroinitializer
  %2214 = fmul <16 x float> %acc118.0.lcssa, %2213
  store <16 x float> %2214, ptr %2154, align 4
  %2215 = fneg <16 x float> %2214
  %2216 = mul nuw nsw i64 %2151, 320
  %2217 = or disjoint i64 %2216, 32
  %2218 = getelementptr inbounds float, ptr %Ak, i64 %2217
  store <16 x float> %2215, ptr %2218, align 4
  %2219 = fmul <16 x float> %acc119.0.lcssa, %2213
  store <16 x float> %2219, ptr %2156, align 4
  %2220 = fneg <16 x float> %2219
  %2221 = or disjoint i64 %2216, 48
  %2222 = getelementptr inbounds float, ptr %Ak, i64 %2221
  store <16 x float> %2220, ptr %2222, align 4
  %.idx2551 = mul nuw nsw i64 %2151, 768
  %2223 = getelementptr i8, ptr %Gm, i64 %.idx2551
  %2224 = getelementptr float, ptr %2223, i64 %2144
  %2225 = load float, ptr %2224, align 4
  %2226 = fneg float %2225
  %2227 = insertelement <16 x float> poison, float %2226, i64 0
  %2228 = shufflevector <16 x float> %2227, <16 x float> poison, <16 x i32> zeroinitializer
  %2229 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2228, <16 x float> %2214, <16 x float> %acc116.0.lcssa)
  %2230 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2228, <16 x float> %2219, <16 x float> %acc117.0.lcssa)
  %2231 = getelementptr inbounds float, ptr %Rr, i64 %2145
  %2232 = load <16 x float>, ptr %2231, align 4
  %2233 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2229, <16 x float> %2232, <16 x float> zeroinitializer)
  %2234 = or disjoint i64 %2145, 16
  %2235 = getelementptr inbounds float, ptr %Rr, i64 %2234
  %2236 = load <16 x float>, ptr %2235, align 4
  %2237 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2230, <16 x float> %2236, <16 x float> %2233)
  %2238 = getelementptr inbounds float, ptr %dbet, i64 %2144
  %2239 = shufflevector <16 x float> %2237, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2240 = shufflevector <16 x float> %2237, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2241 = fadd <8 x float> %2239, %2240
  %2242 = shufflevector <8 x float> %2241, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2243 = shufflevector <8 x float> %2241, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2244 = fadd <4 x float> %2242, %2243
  %2245 = shufflevector <4 x float> %2244, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2246 = shufflevector <4 x float> %2244, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2247 = fadd <2 x float> %2245, %2246
  %2248 = load <2 x float>, ptr %2238, align 4
  %2249 = shufflevector <2 x float> %2247, <2 x float> %2209, <2 x i32> <i32 0, i32 2>
  %2250 = shufflevector <2 x float> %2247, <2 x float> %2209, <2 x i32> <i32 1, i32 3>
  %2251 = fadd <2 x float> %2249, %2250
  %2252 = fadd <2 x float> %2248, %2251
  store <2 x float> %2252, ptr %2238, align 4
  %2253 = getelementptr inbounds float, ptr %bet, i64 %2144
  %2254 = load float, ptr %2253, align 4
  %2255 = insertelement <16 x float> poison, float %2254, i64 0
  %2256 = shufflevector <16 x float> %2255, <16 x float> poison, <16 x i32> zeroinitializer
  %2257 = fmul <16 x float> %2229, %2256
  store <16 x float> %2257, ptr %2147, align 4
  %2258 = fneg <16 x float> %2257
  %2259 = mul nuw nsw i64 %2144, 320
  %2260 = or disjoint i64 %2259, 32
  %2261 = getelementptr inbounds float, ptr %Ak, i64 %2260
  store <16 x float> %2258, ptr %2261, align 4
  %2262 = fmul <16 x float> %2230, %2256
  store <16 x float> %2262, ptr %2149, align 4
  %2263 = fneg <16 x float> %2262
  %2264 = or disjoint i64 %2259, 48
  %2265 = getelementptr inbounds float, ptr %Ak, i64 %2264
  store <16 x float> %2263, ptr %2265, align 4
  %.idx2552 = mul nuw nsw i64 %2144, 768
  %2266 = getelementptr i8, ptr %Gm, i64 %.idx2552
  %2267 = getelementptr float, ptr %2266, i64 %2137
  %2268 = load float, ptr %2267, align 4
  %2269 = fneg float %2268
  %2270 = insertelement <16 x float> poison, float %2269, i64 0
  %2271 = shufflevector <16 x float> %2270, <16 x float> poison, <16 x i32> zeroinitializer
  %2272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2271, <16 x float> %2257, <16 x float> %acc114.0.lcssa)
  %2273 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2271, <16 x float> %2262, <16 x float> %acc115.0.lcssa)
  %2274 = getelementptr float, ptr %2223, i64 %2137
  %2275 = load float, ptr %2274, align 4
  %2276 = fneg float %2275
  %2277 = insertelement <16 x float> poison, float %2276, i64 0
  %2278 = shufflevector <16 x float> %2277, <16 x float> poison, <16 x i32> zeroinitializer
  %2279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2278, <16 x float> %2214, <16 x float> %2272)
  %2280 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2278, <16 x float> %2219, <16 x float> %2273)
  %2281 = getelementptr inbounds float, ptr %Rr, i64 %2138
  %2282 = load <16 x float>, ptr %2281, align 4
  %2283 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2279, <16 x float> %2282, <16 x float> zeroinitializer)
  %2284 = or disjoint i64 %2138, 16
  %2285 = getelementptr inbounds float, ptr %Rr, i64 %2284
  %2286 = load <16 x float>, ptr %2285, align 4
  %2287 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2280, <16 x float> %2286, <16 x float> %2283)
  %2288 = shufflevector <16 x float> %2287, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2289 = shufflevector <16 x float> %2287, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2290 = fadd <8 x float> %2288, %2289
  %2291 = shufflevector <8 x float> %2290, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2292 = shufflevector <8 x float> %2290, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2293 = fadd <4 x float> %2291, %2292
  %2294 = shufflevector <4 x float> %2293, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2295 = shufflevector <4 x float> %2293, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2296 = fadd <2 x float> %2294, %2295
  %2297 = getelementptr inbounds float, ptr %bet, i64 %2137
  %2298 = load float, ptr %2297, align 4
  %2299 = insertelement <16 x float> poison, float %2298, i64 0
  %2300 = shufflevector <16 x float> %2299, <16 x float> poison, <16 x i32> zeroinitializer
  %2301 = fmul <16 x float> %2279, %2300
  store <16 x float> %2301, ptr %2140, align 4
  %2302 = fneg <16 x float> %2301
  %2303 = mul nuw nsw i64 %2137, 320
  %2304 = or disjoint i64 %2303, 32
  %2305 = getelementptr inbounds float, ptr %Ak, i64 %2304
  store <16 x float> %2302, ptr %2305, align 4
  %2306 = fmul <16 x float> %2280, %2300
  store <16 x float> %2306, ptr %2142, align 4
  %2307 = fneg <16 x float> %2306
  %2308 = or disjoint i64 %2303, 48
  %2309 = getelementptr inbounds float, ptr %Ak, i64 %2308
  store <16 x float> %2307, ptr %2309, align 4
  %.idx2522 = mul nuw nsw i64 %2137, 768
  %2310 = getelementptr i8, ptr %Gm, i64 %.idx2522
  %2311 = getelementptr float, ptr %2310, i64 %i01
  %2312 = load float, ptr %2311, align 4
  %2313 = fneg float %2312
  %2314 = insertelement <16 x float> poison, float %2313, i64 0
  %2315 = shufflevector <16 x float> %2314, <16 x float> poison, <16 x i32> zeroinitializer
  %2316 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2315, <16 x float> %2301, <16 x float> %acc112.0.lcssa)
  %2317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2315, <16 x float> %2306, <16 x float> %acc113.0.lcssa)
  %2318 = getelementptr float, ptr %2266, i64 %i01
  %2319 = load float, ptr %2318, align 4
  %2320 = fneg float %2319
  %2321 = insertelement <16 x float> poison, float %2320, i64 0
  %2322 = shufflevector <16 x float> %2321, <16 x float> poison, <16 x i32> zeroinitializer
  %2323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2322, <16 x float> %2257, <16 x float> %2316)
  %2324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2322, <16 x float> %2262, <16 x float> %2317)
  %2325 = getelementptr float, ptr %2223, i64 %i01
  %2326 = load float, ptr %2325, align 4
  %2327 = fneg float %2326
  %2328 = insertelement <16 x float> poison, float %2327, i64 0
  %2329 = shufflevector <16 x float> %2328, <16 x float> poison, <16 x i32> zeroinitializer
  %2330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2329, <16 x float> %2214, <16 x float> %2323)
  %2331 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2329, <16 x float> %2219, <16 x float> %2324)
  %2332 = getelementptr inbounds float, ptr %Rr, i64 %2131
  %2333 = load <16 x float>, ptr %2332, align 4
  %2334 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2330, <16 x float> %2333, <16 x float> zeroinitializer)
  %2335 = or disjoint i64 %2131, 16
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
  %2349 = load <2 x float>, ptr %2339, align 4
  %2350 = shufflevector <2 x float> %2348, <2 x float> %2296, <2 x i32> <i32 0, i32 2>
  %2351 = shufflevector <2 x float> %2348, <2 x float> %2296, <2 x i32> <i32 1, i32 3>
  %2352 = fadd <2 x float> %2350, %2351
  %2353 = fadd <2 x float> %2349, %2352
  store <2 x float> %2353, ptr %2339, align 4
  %2354 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2355 = load float, ptr %2354, align 4
  %2356 = insertelement <16 x float> poison, float %2355, i64 0
  %2357 = shufflevector <16 x float> %2356, <16 x float> poison, <16 x i32> zeroinitializer
  %2358 = fmul <16 x float> %2330, %2357
  store <16 x float> %2358, ptr %2133, align 4
  %2359 = fneg <16 x float> %2358
  %2360 = mul nuw nsw i64 %i01, 320
  %2361 = or disjoint i64 %2360, 32
  %2362 = getelementptr inbounds float, ptr %Ak, i64 %2361
  store <16 x float> %2359, ptr %2362, align 4
  %2363 = fmul <16 x float> %2331, %2357
  store <16 x float> %2363, ptr %2135, align 4
  %2364 = fneg <16 x float> %2363
  %2365 = or disjoint i64 %2360, 48
  %2366 = getelementptr inbounds float, ptr %Ak, i64 %2365
  store <16 x float> %2364, ptr %2366, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02788, 1
  %exitcond3138.not = icmp eq i64 %ib1.next, 48
  br i1 %exitcond3138.not, label %t4.head.preheader, label %ib1.body

t4.body:                                          ; preds = %t4.body, %t4.body.preheader.new
  %t4.addr.02792 = phi i64 [ 0, %t4.body.preheader.new ], [ %t4.next.1, %t4.body ]
  %niter3741 = phi i64 [ 0, %t4.body.preheader.new ], [ %niter3741.next.1, %t4.body ]
  %2367 = mul i64 %18, %t4.addr.02792
  %scevgep3143 = getelementptr i8, ptr %2126, i64 %2367
  %2368 = mul nuw nsw i64 %t4.addr.02792, 384
  %gep3395 = getelementptr i8, ptr %invariant.gep3394, i64 %2368
  %scevgep3141 = getelementptr i8, ptr %2127, i64 %2367
  %gep3397 = getelementptr i8, ptr %invariant.gep3396, i64 %2368
  %scevgep3139 = getelementptr i8, ptr %2128, i64 %2367
  %gep3399 = getelementptr i8, ptr %invariant.gep3398, i64 %2368
  %2369 = add nsw i64 %t4.addr.02792, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3139, ptr noundef nonnull align 4 dereferenceable(128) %gep3399, i64 128, i1 false)
  %i52 = mul nuw nsw i64 %t4.addr.02792, 3
  %tau3 = mul nsw i64 %2369, 3
  %2370 = getelementptr inbounds float, ptr %dbet, i64 %i52
  %2371 = load float, ptr %2370, align 4
  %2372 = mul nsw i64 %tau3, %H
  %2373 = getelementptr inbounds float, ptr %betah1, i64 %2372
  store float %2371, ptr %2373, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141, ptr noundef nonnull align 4 dereferenceable(128) %gep3397, i64 128, i1 false)
  %tau4 = or disjoint i64 %tau3, 1
  %gep3401 = getelementptr inbounds float, ptr %invariant.gep3400, i64 %i52
  %2374 = load float, ptr %gep3401, align 4
  %2375 = mul nsw i64 %tau4, %H
  %2376 = getelementptr inbounds float, ptr %betah1, i64 %2375
  store float %2374, ptr %2376, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143, ptr noundef nonnull align 4 dereferenceable(128) %gep3395, i64 128, i1 false)
  %tau5 = add nsw i64 %tau3, 2
  %gep3403 = getelementptr inbounds float, ptr %invariant.gep3402, i64 %i52
  %2377 = load float, ptr %gep3403, align 4
  %2378 = mul nsw i64 %tau5, %H
  %2379 = getelementptr inbounds float, ptr %betah1, i64 %2378
  store float %2377, ptr %2379, align 4
  %t4.next = or disjoint i64 %t4.addr.02792, 1
  %2380 = mul i64 %18, %t4.next
  %scevgep3143.1 = getelementptr i8, ptr %2126, i64 %2380
  %2381 = mul nuw nsw i64 %t4.next, 384
  %gep3395.1 = getelementptr i8, ptr %invariant.gep3394, i64 %2381
  %scevgep3141.1 = getelementptr i8, ptr %2127, i64 %2380
  %gep3397.1 = getelementptr i8, ptr %invariant.gep3396, i64 %2381
  %scevgep3139.1 = getelementptr i8, ptr %2128, i64 %2380
  %gep3399.1 = getelementptr i8, ptr %invariant.gep3398, i64 %2381
  %2382 = add nsw i64 %t4.next, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3139.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3399.1, i64 128, i1 false)
  %i52.1 = mul nuw nsw i64 %t4.next, 3
  %tau3.1 = mul nsw i64 %2382, 3
  %2383 = getelementptr inbounds float, ptr %dbet, i64 %i52.1
  %2384 = load float, ptr %2383, align 4
  %2385 = mul nsw i64 %tau3.1, %H
  %2386 = getelementptr inbounds float, ptr %betah1, i64 %2385
  store float %2384, ptr %2386, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3397.1, i64 128, i1 false)
  %tau4.1 = add nsw i64 %tau3.1, 1
  %gep3401.1 = getelementptr inbounds float, ptr %invariant.gep3400, i64 %i52.1
  %2387 = load float, ptr %gep3401.1, align 4
  %2388 = mul nsw i64 %tau4.1, %H
  %2389 = getelementptr inbounds float, ptr %betah1, i64 %2388
  store float %2387, ptr %2389, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3395.1, i64 128, i1 false)
  %tau5.1 = add nsw i64 %tau3.1, 2
  %gep3403.1 = getelementptr inbounds float, ptr %invariant.gep3402, i64 %i52.1
  %2390 = load float, ptr %gep3403.1, align 4
  %2391 = mul nsw i64 %tau5.1, %H
  %2392 = getelementptr inbounds float, ptr %betah1, i64 %2391
  store float %2390, ptr %2392, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.02792, 2
  %niter3741.next.1 = add i64 %niter3741, 2
  %niter3741.ncmp.1 = icmp eq i64 %niter3741.next.1, %unroll_iter3740
  br i1 %niter3741.ncmp.1, label %i58.body.preheader.loopexit.unr-lcssa, label %t4.body

i58.body.preheader.loopexit.unr-lcssa:            ; preds = %t4.body, %t4.body.preheader
  %t4.addr.02792.unr = phi i64 [ 0, %t4.body.preheader ], [ %t4.next.1, %t4.body ]
  %lcmp.mod3739.not = icmp eq i64 %xtraiter3738, 0
  br i1 %lcmp.mod3739.not, label %i58.body.preheader, label %t4.body.epil

t4.body.epil:                                     ; preds = %i58.body.preheader.loopexit.unr-lcssa
  %2393 = mul i64 %18, %t4.addr.02792.unr
  %scevgep3143.epil = getelementptr i8, ptr %2126, i64 %2393
  %2394 = mul nuw nsw i64 %t4.addr.02792.unr, 384
  %gep3395.epil = getelementptr i8, ptr %invariant.gep3394, i64 %2394
  %scevgep3141.epil = getelementptr i8, ptr %2127, i64 %2393
  %gep3397.epil = getelementptr i8, ptr %invariant.gep3396, i64 %2394
  %scevgep3139.epil = getelementptr i8, ptr %2128, i64 %2393
  %gep3399.epil = getelementptr i8, ptr %invariant.gep3398, i64 %2394
  %2395 = add nsw i64 %t4.addr.02792.unr, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3139.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3399.epil, i64 128, i1 false)
  %i52.epil = mul nuw nsw i64 %t4.addr.02792.unr, 3
  %tau3.epil = mul nsw i64 %2395, 3
  %2396 = getelementptr inbounds float, ptr %dbet, i64 %i52.epil
  %2397 = load float, ptr %2396, align 4
  %2398 = mul nsw i64 %tau3.epil, %H
  %2399 = getelementptr inbounds float, ptr %betah1, i64 %2398
  store float %2397, ptr %2399, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3141.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3397.epil, i64 128, i1 false)
  %tau4.epil = add nsw i64 %tau3.epil, 1
  %gep3401.epil = getelementptr inbounds float, ptr %invariant.gep3400, i64 %i52.epil
  %2400 = load float, ptr %gep3401.epil, align 4
  %2401 = mul nsw i64 %tau4.epil, %H
  %2402 = getelementptr inbounds float, ptr %betah1, i64 %2401
  store float %2400, ptr %2402, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3143.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3395.epil, i64 128, i1 false)
  %tau5.epil = add nsw i64 %tau3.epil, 2
  %gep3403.epil = getelementptr inbounds float, ptr %invariant.gep3402, i64 %i52.epil
  %2403 = load float, ptr %gep3403.epil, align 4
  %2404 = mul nsw i64 %tau5.epil, %H
  %2405 = getelementptr inbounds float, ptr %betah1, i64 %2404
  store float %2403, ptr %2405, align 4
  br label %i58.body.preheader

i58.body.preheader:                               ; preds = %t4.body.epil, %i58.body.preheader.loopexit.unr-lcssa, %t4.head.preheader
  br label %i58.body

i58.body:                                         ; preds = %i58.body.preheader, %p12.exit
  %i58.addr.02810 = phi i64 [ %i58.next, %p12.exit ], [ 0, %i58.body.preheader ]
  %2406 = shl nuw nsw i64 %i58.addr.02810, 6
  %2407 = or disjoint i64 %2406, 32
  %2408 = getelementptr inbounds float, ptr %work, i64 %2407
  %2409 = load <16 x float>, ptr %2408, align 4
  %2410 = or disjoint i64 %2406, 48
  %2411 = getelementptr inbounds float, ptr %work, i64 %2410
  %2412 = load <16 x float>, ptr %2411, align 4
  %2413 = or disjoint i64 %i58.addr.02810, 1
  %2414 = shl nuw nsw i64 %2413, 6
  %2415 = or disjoint i64 %2414, 32
  %2416 = getelementptr inbounds float, ptr %work, i64 %2415
  %2417 = load <16 x float>, ptr %2416, align 4
  %2418 = or disjoint i64 %2414, 48
  %2419 = getelementptr inbounds float, ptr %work, i64 %2418
  %2420 = load <16 x float>, ptr %2419, align 4
  %2421 = or disjoint i64 %i58.addr.02810, 2
  %2422 = shl nuw nsw i64 %2421, 6
  %2423 = or disjoint i64 %2422, 32
  %2424 = getelementptr inbounds float, ptr %work, i64 %2423
  %2425 = load <16 x float>, ptr %2424, align 4
  %2426 = or disjoint i64 %2422, 48
  %2427 = getelementptr inbounds float, ptr %work, i64 %2426
  %2428 = load <16 x float>, ptr %2427, align 4
  %2429 = or disjoint i64 %i58.addr.02810, 3
  %2430 = shl nuw nsw i64 %2429, 6
  %2431 = or disjoint i64 %2430, 32
  %2432 = getelementptr inbounds float, ptr %work, i64 %2431
  %2433 = load <16 x float>, ptr %2432, align 4
  %2434 = or disjoint i64 %2430, 48
  %2435 = getelementptr inbounds float, ptr %work, i64 %2434
  %2436 = load <16 x float>, ptr %2435, align 4
  %2437 = or disjoint i64 %i58.addr.02810, 4
  %2438 = shl nuw nsw i64 %2437, 6
  %2439 = or disjoint i64 %2438, 32
  %2440 = getelementptr inbounds float, ptr %work, i64 %2439
  %2441 = load <16 x float>, ptr %2440, align 4
  %2442 = or disjoint i64 %2438, 48
  %2443 = getelementptr inbounds float, ptr %work, i64 %2442
  %2444 = load <16 x float>, ptr %2443, align 4
  %2445 = or disjoint i64 %i58.addr.02810, 5
  %2446 = shl nuw nsw i64 %2445, 6
  %2447 = or disjoint i64 %2446, 32
  %2448 = getelementptr inbounds float, ptr %work, i64 %2447
  %2449 = load <16 x float>, ptr %2448, align 4
  %2450 = or disjoint i64 %2446, 48
  %2451 = getelementptr inbounds float, ptr %work, i64 %2450
  %2452 = load <16 x float>, ptr %2451, align 4
  %2453 = or disjoint i64 %i58.addr.02810, 6
  %2454 = shl nuw nsw i64 %2453, 6
  %2455 = or disjoint i64 %2454, 32
  %2456 = getelementptr inbounds float, ptr %work, i64 %2455
  %2457 = load <16 x float>, ptr %2456, align 4
  %2458 = or disjoint i64 %2454, 48
  %2459 = getelementptr inbounds float, ptr %work, i64 %2458
  %2460 = load <16 x float>, ptr %2459, align 4
  %2461 = or disjoint i64 %i58.addr.02810, 7
  %2462 = shl nuw nsw i64 %2461, 6
  %2463 = or disjoint i64 %2462, 32
  %2464 = getelementptr inbounds float, ptr %work, i64 %2463
  %2465 = load <16 x float>, ptr %2464, align 4
  %2466 = or disjoint i64 %2462, 48
  %2467 = getelementptr inbounds float, ptr %work, i64 %2466
  %2468 = load <16 x float>, ptr %2467, align 4
  br label %p12.body

p12.body:                                         ; preds = %i58.body, %p12.body
  %p12.addr.02809 = phi i64 [ 0, %i58.body ], [ %p12.next, %p12.body ]
  %acc135.02808 = phi <16 x float> [ %2468, %i58.body ], [ %2530, %p12.body ]
  %acc134.02807 = phi <16 x float> [ %2465, %i58.body ], [ %2529, %p12.body ]
  %acc133.02806 = phi <16 x float> [ %2460, %i58.body ], [ %2523, %p12.body ]
  %acc132.02805 = phi <16 x float> [ %2457, %i58.body ], [ %2522, %p12.body ]
  %acc131.02804 = phi <16 x float> [ %2452, %i58.body ], [ %2516, %p12.body ]
  %acc130.02803 = phi <16 x float> [ %2449, %i58.body ], [ %2515, %p12.body ]
  %acc129.02802 = phi <16 x float> [ %2444, %i58.body ], [ %2509, %p12.body ]
  %acc128.02801 = phi <16 x float> [ %2441, %i58.body ], [ %2508, %p12.body ]
  %acc127.02800 = phi <16 x float> [ %2436, %i58.body ], [ %2502, %p12.body ]
  %acc126.02799 = phi <16 x float> [ %2433, %i58.body ], [ %2501, %p12.body ]
  %acc125.02798 = phi <16 x float> [ %2428, %i58.body ], [ %2495, %p12.body ]
  %acc124.02797 = phi <16 x float> [ %2425, %i58.body ], [ %2494, %p12.body ]
  %acc123.02796 = phi <16 x float> [ %2420, %i58.body ], [ %2488, %p12.body ]
  %acc122.02795 = phi <16 x float> [ %2417, %i58.body ], [ %2487, %p12.body ]
  %acc121.02794 = phi <16 x float> [ %2412, %i58.body ], [ %2481, %p12.body ]
  %acc120.02793 = phi <16 x float> [ %2409, %i58.body ], [ %2480, %p12.body ]
  %2469 = shl nuw nsw i64 %p12.addr.02809, 5
  %2470 = getelementptr inbounds float, ptr %OY, i64 %2469
  %2471 = load <16 x float>, ptr %2470, align 4
  %2472 = or disjoint i64 %2469, 16
  %2473 = getelementptr inbounds float, ptr %OY, i64 %2472
  %2474 = load <16 x float>, ptr %2473, align 4
  %2475 = or disjoint i64 %2469, %i58.addr.02810
  %2476 = getelementptr inbounds float, ptr %QK, i64 %2475
  %2477 = load float, ptr %2476, align 4
  %2478 = insertelement <16 x float> poison, float %2477, i64 0
  %2479 = shufflevector <16 x float> %2478, <16 x float> poison, <16 x i32> zeroinitializer
  %2480 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2471, <16 x float> %acc120.02793)
  %2481 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2479, <16 x float> %2474, <16 x float> %acc121.02794)
  %2482 = or disjoint i64 %2469, %2413
  %2483 = getelementptr inbounds float, ptr %QK, i64 %2482
  %2484 = load float, ptr %2483, align 4
  %2485 = insertelement <16 x float> poison, float %2484, i64 0
  %2486 = shufflevector <16 x float> %2485, <16 x float> poison, <16 x i32> zeroinitializer
  %2487 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2486, <16 x float> %2471, <16 x float> %acc122.02795)
  %2488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2486, <16 x float> %2474, <16 x float> %acc123.02796)
  %2489 = or disjoint i64 %2469, %2421
  %2490 = getelementptr inbounds float, ptr %QK, i64 %2489
  %2491 = load float, ptr %2490, align 4
  %2492 = insertelement <16 x float> poison, float %2491, i64 0
  %2493 = shufflevector <16 x float> %2492, <16 x float> poison, <16 x i32> zeroinitializer
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2493, <16 x float> %2471, <16 x float> %acc124.02797)
  %2495 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2493, <16 x float> %2474, <16 x float> %acc125.02798)
  %2496 = or disjoint i64 %2469, %2429
  %2497 = getelementptr inbounds float, ptr %QK, i64 %2496
  %2498 = load float, ptr %2497, align 4
  %2499 = insertelement <16 x float> poison, float %2498, i64 0
  %2500 = shufflevector <16 x float> %2499, <16 x float> poison, <16 x i32> zeroinitializer
  %2501 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2500, <16 x float> %2471, <16 x float> %acc126.02799)
  %2502 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2500, <16 x float> %2474, <16 x float> %acc127.02800)
  %2503 = or disjoint i64 %2469, %2437
  %2504 = getelementptr inbounds float, ptr %QK, i64 %2503
  %2505 = load float, ptr %2504, align 4
  %2506 = insertelement <16 x float> poison, float %2505, i64 0
  %2507 = shufflevector <16 x float> %2506, <16 x float> poison, <16 x i32> zeroinitializer
  %2508 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2507, <16 x float> %2471, <16 x float> %acc128.02801)
  %2509 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2507, <16 x float> %2474, <16 x float> %acc129.02802)
  %2510 = or disjoint i64 %2469, %2445
  %2511 = getelementptr inbounds float, ptr %QK, i64 %2510
  %2512 = load float, ptr %2511, align 4
  %2513 = insertelement <16 x float> poison, float %2512, i64 0
  %2514 = shufflevector <16 x float> %2513, <16 x float> poison, <16 x i32> zeroinitializer
  %2515 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2514, <16 x float> %2471, <16 x float> %acc130.02803)
  %2516 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2514, <16 x float> %2474, <16 x float> %acc131.02804)
  %2517 = or disjoint i64 %2469, %2453
  %2518 = getelementptr inbounds float, ptr %QK, i64 %2517
  %2519 = load float, ptr %2518, align 4
  %2520 = insertelement <16 x float> poison, float %2519, i64 0
  %2521 = shufflevector <16 x float> %2520, <16 x float> poison, <16 x i32> zeroinitializer
  %2522 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2521, <16 x float> %2471, <16 x float> %acc132.02805)
  %2523 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2521, <16 x float> %2474, <16 x float> %acc133.02806)
  %2524 = or disjoint i64 %2469, %2461
  %2525 = getelementptr inbounds float, ptr %QK, i64 %2524
  %2526 = load float, ptr %2525, align 4
  %2527 = insertelement <16 x float> poison, float %2526, i64 0
  %2528 = shufflevector <16 x float> %2527, <16 x float> poison, <16 x i32> zeroinitializer
  %2529 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2528, <16 x float> %2471, <16 x float> %acc134.02807)
  %2530 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2528, <16 x float> %2474, <16 x float> %acc135.02808)
  %p12.next = add nuw nsw i64 %p12.addr.02809, 1
  %exitcond3148.not = icmp eq i64 %p12.next, 256
  br i1 %exitcond3148.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %2480, ptr %2408, align 4
  store <16 x float> %2481, ptr %2411, align 4
  store <16 x float> %2487, ptr %2416, align 4
  store <16 x float> %2488, ptr %2419, align 4
  store <16 x float> %2494, ptr %2424, align 4
  store <16 x float> %2495, ptr %2427, align 4
  store <16 x float> %2501, ptr %2432, align 4
  store <16 x float> %2502, ptr %2435, align 4
  store <16 x float> %2508, ptr %2440, align 4
  store <16 x float> %2509, ptr %2443, align 4
  store <16 x float> %2515, ptr %2448, align 4
  store <16 x float> %2516, ptr %2451, align 4
  store <16 x float> %2522, ptr %2456, align 4
  store <16 x float> %2523, ptr %2459, align 4
  store <16 x float> %2529, ptr %2464, align 4
  store <16 x float> %2530, ptr %2467, align 4
  %i58.next = add nuw nsw i64 %i58.addr.02810, 8
  %2531 = icmp ult i64 %i58.addr.02810, 24
  br i1 %2531, label %i58.body, label %i59.body

i59.head.loopexit:                                ; preds = %p13.exit
  %2532 = icmp ult i64 %i59.addr.02823, 184
  br i1 %2532, label %i59.body, label %t5.body

i59.body:                                         ; preds = %p12.exit, %i59.head.loopexit
  %i59.addr.02823 = phi i64 [ %2533, %i59.head.loopexit ], [ 0, %p12.exit ]
  %2533 = add nuw nsw i64 %i59.addr.02823, 8
  %2534 = mul nuw nsw i64 %i59.addr.02823, 320
  %2535 = or disjoint i64 %2534, 128
  %2536 = getelementptr inbounds float, ptr %Ak, i64 %2535
  %2537 = or disjoint i64 %2534, 448
  %2538 = getelementptr inbounds float, ptr %Ak, i64 %2537
  %.idx2515 = mul nuw nsw i64 %i59.addr.02823, 1280
  %2539 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2515
  %2540 = getelementptr inbounds i8, ptr %2539, i64 3072
  %2541 = getelementptr inbounds i8, ptr %2539, i64 4352
  %2542 = getelementptr inbounds i8, ptr %2539, i64 5632
  %2543 = getelementptr inbounds i8, ptr %2539, i64 6912
  %2544 = getelementptr inbounds i8, ptr %2539, i64 8192
  %2545 = getelementptr inbounds i8, ptr %2539, i64 9472
  %.idx3172 = shl nsw i64 %i59.addr.02823, 7
  %invariant.gep3404 = getelementptr inbounds i8, ptr %OY, i64 %.idx3172
  br label %p13.head.preheader

p13.head.preheader:                               ; preds = %i59.body, %p13.exit
  %j39.addr.02822 = phi i64 [ 0, %i59.body ], [ %j39.next, %p13.exit ]
  %invariant.gep2811 = getelementptr inbounds float, ptr %VnT, i64 %j39.addr.02822
  br label %p13.body

p13.body:                                         ; preds = %p13.head.preheader, %p13.body
  %p13.addr.02821 = phi i64 [ 0, %p13.head.preheader ], [ %p13.next, %p13.body ]
  %acc143.02820 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2586, %p13.body ]
  %acc142.02819 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2581, %p13.body ]
  %acc141.02818 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2576, %p13.body ]
  %acc140.02817 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2571, %p13.body ]
  %acc139.02816 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2566, %p13.body ]
  %acc138.02815 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2561, %p13.body ]
  %acc137.02814 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2556, %p13.body ]
  %acc136.02813 = phi <16 x float> [ zeroinitializer, %p13.head.preheader ], [ %2551, %p13.body ]
  %.idx2521 = mul nuw nsw i64 %p13.addr.02821, 768
  %gep2812 = getelementptr inbounds i8, ptr %invariant.gep2811, i64 %.idx2521
  %2546 = load <16 x float>, ptr %gep2812, align 4
  %gep3405 = getelementptr inbounds float, ptr %invariant.gep3404, i64 %p13.addr.02821
  %2547 = getelementptr inbounds i8, ptr %gep3405, i64 8192
  %2548 = load float, ptr %2547, align 4
  %2549 = insertelement <16 x float> poison, float %2548, i64 0
  %2550 = shufflevector <16 x float> %2549, <16 x float> poison, <16 x i32> zeroinitializer
  %2551 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2550, <16 x float> %2546, <16 x float> %acc136.02813)
  %2552 = getelementptr inbounds i8, ptr %gep3405, i64 8320
  %2553 = load float, ptr %2552, align 4
  %2554 = insertelement <16 x float> poison, float %2553, i64 0
  %2555 = shufflevector <16 x float> %2554, <16 x float> poison, <16 x i32> zeroinitializer
  %2556 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2555, <16 x float> %2546, <16 x float> %acc137.02814)
  %2557 = getelementptr inbounds i8, ptr %gep3405, i64 8448
  %2558 = load float, ptr %2557, align 4
  %2559 = insertelement <16 x float> poison, float %2558, i64 0
  %2560 = shufflevector <16 x float> %2559, <16 x float> poison, <16 x i32> zeroinitializer
  %2561 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2560, <16 x float> %2546, <16 x float> %acc138.02815)
  %2562 = getelementptr inbounds i8, ptr %gep3405, i64 8576
  %2563 = load float, ptr %2562, align 4
  %2564 = insertelement <16 x float> poison, float %2563, i64 0
  %2565 = shufflevector <16 x float> %2564, <16 x float> poison, <16 x i32> zeroinitializer
  %2566 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2565, <16 x float> %2546, <16 x float> %acc139.02816)
  %2567 = getelementptr inbounds i8, ptr %gep3405, i64 8704
  %2568 = load float, ptr %2567, align 4
  %2569 = insertelement <16 x float> poison, float %2568, i64 0
  %2570 = shufflevector <16 x float> %2569, <16 x float> poison, <16 x i32> zeroinitializer
  %2571 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2570, <16 x float> %2546, <16 x float> %acc140.02817)
  %2572 = getelementptr inbounds i8, ptr %gep3405, i64 8832
  %2573 = load float, ptr %2572, align 4
  %2574 = insertelement <16 x float> poison, float %2573, i64 0
  %2575 = shufflevector <16 x float> %2574, <16 x float> poison, <16 x i32> zeroinitializer
  %2576 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2575, <16 x float> %2546, <16 x float> %acc141.02818)
  %2577 = getelementptr inbounds i8, ptr %gep3405, i64 8960
  %2578 = load float, ptr %2577, align 4
  %2579 = insertelement <16 x float> poison, float %2578, i64 0
  %2580 = shufflevector <16 x float> %2579, <16 x float> poison, <16 x i32> zeroinitializer
  %2581 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2580, <16 x float> %2546, <16 x float> %acc142.02819)
  %2582 = getelementptr inbounds i8, ptr %gep3405, i64 9088
  %2583 = load float, ptr %2582, align 4
  %2584 = insertelement <16 x float> poison, float %2583, i64 0
  %2585 = shufflevector <16 x float> %2584, <16 x float> poison, <16 x i32> zeroinitializer
  %2586 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2585, <16 x float> %2546, <16 x float> %acc143.02820)
  %p13.next = add nuw nsw i64 %p13.addr.02821, 1
  %exitcond3149.not = icmp eq i64 %p13.next, 32
  br i1 %exitcond3149.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  %2587 = getelementptr inbounds float, ptr %2536, i64 %j39.addr.02822
  store <16 x float> %2551, ptr %2587, align 4
  %2588 = getelementptr inbounds float, ptr %2538, i64 %j39.addr.02822
  store <16 x float> %2556, ptr %2588, align 4
  %2589 = getelementptr inbounds float, ptr %2540, i64 %j39.addr.02822
  store <16 x float> %2561, ptr %2589, align 4
  %2590 = getelementptr inbounds float, ptr %2541, i64 %j39.addr.02822
  store <16 x float> %2566, ptr %2590, align 4
  %2591 = getelementptr inbounds float, ptr %2542, i64 %j39.addr.02822
  store <16 x float> %2571, ptr %2591, align 4
  %2592 = getelementptr inbounds float, ptr %2543, i64 %j39.addr.02822
  store <16 x float> %2576, ptr %2592, align 4
  %2593 = getelementptr inbounds float, ptr %2544, i64 %j39.addr.02822
  store <16 x float> %2581, ptr %2593, align 4
  %2594 = getelementptr inbounds float, ptr %2545, i64 %j39.addr.02822
  store <16 x float> %2586, ptr %2594, align 4
  %j39.next = add nuw nsw i64 %j39.addr.02822, 16
  %2595 = icmp ult i64 %j39.next, %2533
  br i1 %2595, label %p13.head.preheader, label %i59.head.loopexit

i63.head.preheader:                               ; preds = %j42.exit
  %2596 = mul nsw i64 %L, 3
  %2597 = mul nsw i64 %ci, 192
  br label %p14.head.preheader

t5.body:                                          ; preds = %i59.head.loopexit, %j42.exit
  %indvars.iv3157 = phi i64 [ %indvars.iv.next3158, %j42.exit ], [ 2, %i59.head.loopexit ]
  %indvars.iv3154 = phi i64 [ %indvars.iv.next3155, %j42.exit ], [ 1, %i59.head.loopexit ]
  %indvars.iv3150 = phi i64 [ %indvars.iv.next3151, %j42.exit ], [ 0, %i59.head.loopexit ]
  %t5.addr.02851 = phi i64 [ %t5.next, %j42.exit ], [ 0, %i59.head.loopexit ]
  %umax = tail call i64 @llvm.umax.i64(i64 %indvars.iv3150, i64 1)
  %i60 = mul nuw nsw i64 %t5.addr.02851, 3
  %invariant.gep2828 = getelementptr float, ptr %invariant.gep2824, i64 %i60
  %.not2926 = icmp eq i64 %t5.addr.02851, 0
  br i1 %.not2926, label %j40.exit, label %j40.body.lr.ph

j40.body.lr.ph:                                   ; preds = %t5.body
  %.idx2513 = mul nuw nsw i64 %t5.addr.02851, 3840
  %gep2825 = getelementptr inbounds i8, ptr %invariant.gep2824, i64 %.idx2513
  %xtraiter3742 = and i64 %umax, 7
  %2598 = icmp ult i64 %indvars.iv3150, 8
  br i1 %2598, label %j40.exit.loopexit.unr-lcssa, label %j40.body.lr.ph.new

j40.body.lr.ph.new:                               ; preds = %j40.body.lr.ph
  %unroll_iter3744 = and i64 %umax, 9223372036854775800
  br label %j40.body

j40.body:                                         ; preds = %j40.body, %j40.body.lr.ph.new
  %j40.addr.02830 = phi i64 [ 0, %j40.body.lr.ph.new ], [ %j40.next.7, %j40.body ]
  %niter3745 = phi i64 [ 0, %j40.body.lr.ph.new ], [ %niter3745.next.7, %j40.body ]
  %2599 = getelementptr inbounds float, ptr %gep2825, i64 %j40.addr.02830
  %2600 = load float, ptr %2599, align 4
  %2601 = fneg float %2600
  store float %2601, ptr %2599, align 4
  %.idx2514 = mul nuw nsw i64 %j40.addr.02830, 1280
  %gep2829 = getelementptr i8, ptr %invariant.gep2828, i64 %.idx2514
  store float %2601, ptr %gep2829, align 4
  %j40.next = or disjoint i64 %j40.addr.02830, 1
  %2602 = getelementptr inbounds float, ptr %gep2825, i64 %j40.next
  %2603 = load float, ptr %2602, align 4
  %2604 = fneg float %2603
  store float %2604, ptr %2602, align 4
  %.idx2514.1 = mul nuw nsw i64 %j40.next, 1280
  %gep2829.1 = getelementptr i8, ptr %invariant.gep2828, i64 %.idx2514.1
  store float %2604, ptr %gep2829.1, align 4
  %j40.next.1 = or disjoint i64 %j40.addr.02830, 2
  %2605 = getelementptr inbounds float, ptr %gep2825, i64 %j40.next.1
  %2606 = load float, ptr %2605, align 4
  %2607 = fneg float %2606
  store float %2607, ptr %2605, align 4
  %.idx2514.2 = mul nuw nsw i64 %j40.next.1, 1280
  %gep2829.2 = getelementptr i8, ptr %invariant.gep2828, i64 %.idx2514.2
  store float %2607, ptr %gep2829.2, align 4
  %j40.next.2 = or disjoint i64 %j40.addr.02830, 3
  %2608 = getelementptr inbounds float, ptr %gep2825, i64 %j40.next.2
  %2609 = load float, ptr %2608, align 4
  %2610 = fneg float %2609
  store float %2610, ptr %2608, align 4
  %.idx2514.3 = mul nuw nsw i64 %j40.next.2, 1280
  %gep2829.3 = getelementptr i8, ptr %invariant.gep2828, i64 %.idx2514.3
  store float %2610, ptr %gep2829.3, align 4
  %j40.next.3 = or disjoint i64 %j40.addr.02830, 4
  %2611 = getelementptr inbounds float, ptr %gep2825, i64 %j40.next.3
  %2612 = load float, ptr %2611, align 4
  %2613 = fneg float %2612
  store float %2613, ptr %2611, align 4
  %.idx2514.4 = mul nuw nsw i64 %j40.next.3, 1280
  %gep2829.4 = getelementptr i8, ptr %invariant.gep2828, i64 %.idx2514.4
  store float %2613, ptr %gep2829.4, align 4
  %j40.next.4 = or disjoint i64 %j40.addr.02830, 5
  %2614 = getelementptr inbounds float, ptr %gep2825, i64 %j40.next.4
  %2615 = load float, ptr %2614, align 4
  %2616 = fneg float %2615
  store float %2616, ptr %2614, align 4
  %.idx2514.5 = mul nuw nsw i64 %j40.next.4, 1280
  %gep2829.5 = getelementptr i8, ptr %invariant.gep2828, i64 %.idx2514.5
  store float %2616, ptr %gep2829.5, align 4
  %j40.next.5 = or disjoint i64 %j40.addr.02830, 6
  %2617 = getelementptr inbounds float, ptr %gep2825, i64 %j40.next.5
  %2618 = load float, ptr %2617, align 4
  %2619 = fneg float %2618
  store float %2619, ptr %2617, align 4
  %.idx2514.6 = mul nuw nsw i64 %j40.next.5, 1280
  %gep2829.6 = getelementptr i8, ptr %invariant.gep2828, i64 %.idx2514.6
  store float %2619, ptr %gep2829.6, align 4
  %j40.next.6 = or disjoint i64 %j40.addr.02830, 7
  %2620 = getelementptr inbounds float, ptr %gep2825, i64 %j40.next.6
  %2621 = load float, ptr %2620, align 4
  %2622 = fneg float %2621
  store float %2622, ptr %2620, align 4
  %.idx2514.7 = mul nuw nsw i64 %j40.next.6, 1280
  %gep2829.7 = getelementptr i8, ptr %invariant.gep2828, i64 %.idx2514.7
  store float %2622, ptr %gep2829.7, align 4
  %j40.next.7 = add nuw nsw i64 %j40.addr.02830, 8
  %niter3745.next.7 = add i64 %niter3745, 8
  %niter3745.ncmp.7 = icmp eq i64 %niter3745.next.7, %unroll_iter3744
  br i1 %niter3745.ncmp.7, label %j40.exit.loopexit.unr-lcssa, label %j40.body

j40.exit.loopexit.unr-lcssa:                      ; preds = %j40.body, %j40.body.lr.ph
  %j40.addr.02830.unr = phi i64 [ 0, %j40.body.lr.ph ], [ %j40.next.7, %j40.body ]
  %lcmp.mod3743.not = icmp eq i64 %xtraiter3742, 0
  br i1 %lcmp.mod3743.not, label %j40.exit, label %j40.body.epil

j40.body.epil:                                    ; preds = %j40.exit.loopexit.unr-lcssa, %j40.body.epil
  %j40.addr.02830.epil = phi i64 [ %j40.next.epil, %j40.body.epil ], [ %j40.addr.02830.unr, %j40.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j40.body.epil ], [ 0, %j40.exit.loopexit.unr-lcssa ]
  %2623 = getelementptr inbounds float, ptr %gep2825, i64 %j40.addr.02830.epil
  %2624 = load float, ptr %2623, align 4
  %2625 = fneg float %2624
  store float %2625, ptr %2623, align 4
  %.idx2514.epil = mul nuw nsw i64 %j40.addr.02830.epil, 1280
  %gep2829.epil = getelementptr i8, ptr %invariant.gep2828, i64 %.idx2514.epil
  store float %2625, ptr %gep2829.epil, align 4
  %j40.next.epil = add nuw nsw i64 %j40.addr.02830.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3742
  br i1 %epil.iter.cmp.not, label %j40.exit, label %j40.body.epil, !llvm.loop !0

j40.exit:                                         ; preds = %j40.exit.loopexit.unr-lcssa, %j40.body.epil, %t5.body
  %.idx2506.pre-phi = phi i64 [ 0, %t5.body ], [ %.idx2513, %j40.body.epil ], [ %.idx2513, %j40.exit.loopexit.unr-lcssa ]
  %gep2842 = getelementptr inbounds i8, ptr %invariant.gep2824, i64 %.idx2506.pre-phi
  %2626 = getelementptr inbounds float, ptr %gep2842, i64 %i60
  store float 0.000000e+00, ptr %2626, align 4
  %i61 = add nuw nsw i64 %i60, 1
  %.idx2511 = mul nuw nsw i64 %i61, 1280
  %gep2844 = getelementptr inbounds i8, ptr %invariant.gep2824, i64 %.idx2511
  %invariant.gep2833 = getelementptr float, ptr %invariant.gep2824, i64 %i61
  %xtraiter3746 = and i64 %indvars.iv3154, 7
  %2627 = icmp ult i64 %indvars.iv3150, 7
  br i1 %2627, label %j41.exit.unr-lcssa, label %j40.exit.new

j40.exit.new:                                     ; preds = %j40.exit
  %unroll_iter3749 = and i64 %indvars.iv3154, 9223372036854775800
  br label %j41.body

j41.body:                                         ; preds = %j41.body, %j40.exit.new
  %j41.addr.02835 = phi i64 [ 0, %j40.exit.new ], [ %j41.next.7, %j41.body ]
  %niter3750 = phi i64 [ 0, %j40.exit.new ], [ %niter3750.next.7, %j41.body ]
  %2628 = getelementptr inbounds float, ptr %gep2844, i64 %j41.addr.02835
  %2629 = load float, ptr %2628, align 4
  %2630 = fneg float %2629
  store float %2630, ptr %2628, align 4
  %.idx2512 = mul nuw nsw i64 %j41.addr.02835, 1280
  %gep2834 = getelementptr i8, ptr %invariant.gep2833, i64 %.idx2512
  store float %2630, ptr %gep2834, align 4
  %j41.next = or disjoint i64 %j41.addr.02835, 1
  %2631 = getelementptr inbounds float, ptr %gep2844, i64 %j41.next
  %2632 = load float, ptr %2631, align 4
  %2633 = fneg float %2632
  store float %2633, ptr %2631, align 4
  %.idx2512.1 = mul nuw nsw i64 %j41.next, 1280
  %gep2834.1 = getelementptr i8, ptr %invariant.gep2833, i64 %.idx2512.1
  store float %2633, ptr %gep2834.1, align 4
  %j41.next.1 = or disjoint i64 %j41.addr.02835, 2
  %2634 = getelementptr inbounds float, ptr %gep2844, i64 %j41.next.1
  %2635 = load float, ptr %2634, align 4
  %2636 = fneg float %2635
  store float %2636, ptr %2634, align 4
  %.idx2512.2 = mul nuw nsw i64 %j41.next.1, 1280
  %gep2834.2 = getelementptr i8, ptr %invariant.gep2833, i64 %.idx2512.2
  store float %2636, ptr %gep2834.2, align 4
  %j41.next.2 = or disjoint i64 %j41.addr.02835, 3
  %2637 = getelementptr inbounds float, ptr %gep2844, i64 %j41.next.2
  %2638 = load float, ptr %2637, align 4
  %2639 = fneg float %2638
  store float %2639, ptr %2637, align 4
  %.idx2512.3 = mul nuw nsw i64 %j41.next.2, 1280
  %gep2834.3 = getelementptr i8, ptr %invariant.gep2833, i64 %.idx2512.3
  store float %2639, ptr %gep2834.3, align 4
  %j41.next.3 = or disjoint i64 %j41.addr.02835, 4
  %2640 = getelementptr inbounds float, ptr %gep2844, i64 %j41.next.3
  %2641 = load float, ptr %2640, align 4
  %2642 = fneg float %2641
  store float %2642, ptr %2640, align 4
  %.idx2512.4 = mul nuw nsw i64 %j41.next.3, 1280
  %gep2834.4 = getelementptr i8, ptr %invariant.gep2833, i64 %.idx2512.4
  store float %2642, ptr %gep2834.4, align 4
  %j41.next.4 = or disjoint i64 %j41.addr.02835, 5
  %2643 = getelementptr inbounds float, ptr %gep2844, i64 %j41.next.4
  %2644 = load float, ptr %2643, align 4
  %2645 = fneg float %2644
  store float %2645, ptr %2643, align 4
  %.idx2512.5 = mul nuw nsw i64 %j41.next.4, 1280
  %gep2834.5 = getelementptr i8, ptr %invariant.gep2833, i64 %.idx2512.5
  store float %2645, ptr %gep2834.5, align 4
  %j41.next.5 = or disjoint i64 %j41.addr.02835, 6
  %2646 = getelementptr inbounds float, ptr %gep2844, i64 %j41.next.5
  %2647 = load float, ptr %2646, align 4
  %2648 = fneg float %2647
  store float %2648, ptr %2646, align 4
  %.idx2512.6 = mul nuw nsw i64 %j41.next.5, 1280
  %gep2834.6 = getelementptr i8, ptr %invariant.gep2833, i64 %.idx2512.6
  store float %2648, ptr %gep2834.6, align 4
  %j41.next.6 = or disjoint i64 %j41.addr.02835, 7
  %2649 = getelementptr inbounds float, ptr %gep2844, i64 %j41.next.6
  %2650 = load float, ptr %2649, align 4
  %2651 = fneg float %2650
  store float %2651, ptr %2649, align 4
  %.idx2512.7 = mul nuw nsw i64 %j41.next.6, 1280
  %gep2834.7 = getelementptr i8, ptr %invariant.gep2833, i64 %.idx2512.7
  store float %2651, ptr %gep2834.7, align 4
  %j41.next.7 = add nuw nsw i64 %j41.addr.02835, 8
  %niter3750.next.7 = add i64 %niter3750, 8
  %niter3750.ncmp.7 = icmp eq i64 %niter3750.next.7, %unroll_iter3749
  br i1 %niter3750.ncmp.7, label %j41.exit.unr-lcssa, label %j41.body

j41.exit.unr-lcssa:                               ; preds = %j41.body, %j40.exit
  %j41.addr.02835.unr = phi i64 [ 0, %j40.exit ], [ %j41.next.7, %j41.body ]
  %lcmp.mod3748.not = icmp eq i64 %xtraiter3746, 0
  br i1 %lcmp.mod3748.not, label %j41.exit, label %j41.body.epil

j41.body.epil:                                    ; preds = %j41.exit.unr-lcssa, %j41.body.epil
  %j41.addr.02835.epil = phi i64 [ %j41.next.epil, %j41.body.epil ], [ %j41.addr.02835.unr, %j41.exit.unr-lcssa ]
  %epil.iter3747 = phi i64 [ %epil.iter3747.next, %j41.body.epil ], [ 0, %j41.exit.unr-lcssa ]
  %2652 = getelementptr inbounds float, ptr %gep2844, i64 %j41.addr.02835.epil
  %2653 = load float, ptr %2652, align 4
  %2654 = fneg float %2653
  store float %2654, ptr %2652, align 4
  %.idx2512.epil = mul nuw nsw i64 %j41.addr.02835.epil, 1280
  %gep2834.epil = getelementptr i8, ptr %invariant.gep2833, i64 %.idx2512.epil
  store float %2654, ptr %gep2834.epil, align 4
  %j41.next.epil = add nuw nsw i64 %j41.addr.02835.epil, 1
  %epil.iter3747.next = add i64 %epil.iter3747, 1
  %epil.iter3747.cmp.not = icmp eq i64 %epil.iter3747.next, %xtraiter3746
  br i1 %epil.iter3747.cmp.not, label %j41.exit, label %j41.body.epil, !llvm.loop !2

j41.exit:                                         ; preds = %j41.body.epil, %j41.exit.unr-lcssa
  %2655 = getelementptr inbounds float, ptr %gep2844, i64 %i61
  store float 0.000000e+00, ptr %2655, align 4
  %i62 = add nuw nsw i64 %i60, 2
  %.idx2509 = mul nuw nsw i64 %i62, 1280
  %gep2848 = getelementptr inbounds i8, ptr %invariant.gep2824, i64 %.idx2509
  %invariant.gep2838 = getelementptr float, ptr %invariant.gep2824, i64 %i62
  %xtraiter3751 = and i64 %indvars.iv3157, 7
  %2656 = icmp ult i64 %indvars.iv3154, 7
  br i1 %2656, label %j42.exit.unr-lcssa, label %j41.exit.new

j41.exit.new:                                     ; preds = %j41.exit
  %unroll_iter3754 = and i64 %indvars.iv3157, 9223372036854775800
  br label %j42.body

j42.body:                                         ; preds = %j42.body, %j41.exit.new
  %j42.addr.02840 = phi i64 [ 0, %j41.exit.new ], [ %j42.next.7, %j42.body ]
  %niter3755 = phi i64 [ 0, %j41.exit.new ], [ %niter3755.next.7, %j42.body ]
  %2657 = getelementptr inbounds float, ptr %gep2848, i64 %j42.addr.02840
  %2658 = load float, ptr %2657, align 4
  %2659 = fneg float %2658
  store float %2659, ptr %2657, align 4
  %.idx2510 = mul nuw nsw i64 %j42.addr.02840, 1280
  %gep2839 = getelementptr i8, ptr %invariant.gep2838, i64 %.idx2510
  store float %2659, ptr %gep2839, align 4
  %j42.next = or disjoint i64 %j42.addr.02840, 1
  %2660 = getelementptr inbounds float, ptr %gep2848, i64 %j42.next
  %2661 = load float, ptr %2660, align 4
  %2662 = fneg float %2661
  store float %2662, ptr %2660, align 4
  %.idx2510.1 = mul nuw nsw i64 %j42.next, 1280
  %gep2839.1 = getelementptr i8, ptr %invariant.gep2838, i64 %.idx2510.1
  store float %2662, ptr %gep2839.1, align 4
  %j42.next.1 = or disjoint i64 %j42.addr.02840, 2
  %2663 = getelementptr inbounds float, ptr %gep2848, i64 %j42.next.1
  %2664 = load float, ptr %2663, align 4
  %2665 = fneg float %2664
  store float %2665, ptr %2663, align 4
  %.idx2510.2 = mul nuw nsw i64 %j42.next.1, 1280
  %gep2839.2 = getelementptr i8, ptr %invariant.gep2838, i64 %.idx2510.2
  store float %2665, ptr %gep2839.2, align 4
  %j42.next.2 = or disjoint i64 %j42.addr.02840, 3
  %2666 = getelementptr inbounds float, ptr %gep2848, i64 %j42.next.2
  %2667 = load float, ptr %2666, align 4
  %2668 = fneg float %2667
  store float %2668, ptr %2666, align 4
  %.idx2510.3 = mul nuw nsw i64 %j42.next.2, 1280
  %gep2839.3 = getelementptr i8, ptr %invariant.gep2838, i64 %.idx2510.3
  store float %2668, ptr %gep2839.3, align 4
  %j42.next.3 = or disjoint i64 %j42.addr.02840, 4
  %2669 = getelementptr inbounds float, ptr %gep2848, i64 %j42.next.3
  %2670 = load float, ptr %2669, align 4
  %2671 = fneg float %2670
  store float %2671, ptr %2669, align 4
  %.idx2510.4 = mul nuw nsw i64 %j42.next.3, 1280
  %gep2839.4 = getelementptr i8, ptr %invariant.gep2838, i64 %.idx2510.4
  store float %2671, ptr %gep2839.4, align 4
  %j42.next.4 = or disjoint i64 %j42.addr.02840, 5
  %2672 = getelementptr inbounds float, ptr %gep2848, i64 %j42.next.4
  %2673 = load float, ptr %2672, align 4
  %2674 = fneg float %2673
  store float %2674, ptr %2672, align 4
  %.idx2510.5 = mul nuw nsw i64 %j42.next.4, 1280
  %gep2839.5 = getelementptr i8, ptr %invariant.gep2838, i64 %.idx2510.5
  store float %2674, ptr %gep2839.5, align 4
  %j42.next.5 = or disjoint i64 %j42.addr.02840, 6
  %2675 = getelementptr inbounds float, ptr %gep2848, i64 %j42.next.5
  %2676 = load float, ptr %2675, align 4
  %2677 = fneg float %2676
  store float %2677, ptr %2675, align 4
  %.idx2510.6 = mul nuw nsw i64 %j42.next.5, 1280
  %gep2839.6 = getelementptr i8, ptr %invariant.gep2838, i64 %.idx2510.6
  store float %2677, ptr %gep2839.6, align 4
  %j42.next.6 = or disjoint i64 %j42.addr.02840, 7
  %2678 = getelementptr inbounds float, ptr %gep2848, i64 %j42.next.6
  %2679 = load float, ptr %2678, align 4
  %2680 = fneg float %2679
  store float %2680, ptr %2678, align 4
  %.idx2510.7 = mul nuw nsw i64 %j42.next.6, 1280
  %gep2839.7 = getelementptr i8, ptr %invariant.gep2838, i64 %.idx2510.7
  store float %2680, ptr %gep2839.7, align 4
  %j42.next.7 = add nuw nsw i64 %j42.addr.02840, 8
  %niter3755.next.7 = add i64 %niter3755, 8
  %niter3755.ncmp.7 = icmp eq i64 %niter3755.next.7, %unroll_iter3754
  br i1 %niter3755.ncmp.7, label %j42.exit.unr-lcssa, label %j42.body

j42.exit.unr-lcssa:                               ; preds = %j42.body, %j41.exit
  %j42.addr.02840.unr = phi i64 [ 0, %j41.exit ], [ %j42.next.7, %j42.body ]
  %lcmp.mod3753.not = icmp eq i64 %xtraiter3751, 0
  br i1 %lcmp.mod3753.not, label %j42.exit, label %j42.body.epil

j42.body.epil:                                    ; preds = %j42.exit.unr-lcssa, %j42.body.epil
  %j42.addr.02840.epil = phi i64 [ %j42.next.epil, %j42.body.epil ], [ %j42.addr.02840.unr, %j42.exit.unr-lcssa ]
  %epil.iter3752 = phi i64 [ %epil.iter3752.next, %j42.body.epil ], [ 0, %j42.exit.unr-lcssa ]
  %2681 = getelementptr inbounds float, ptr %gep2848, i64 %j42.addr.02840.epil
  %2682 = load float, ptr %2681, align 4
  %2683 = fneg float %2682
  store float %2683, ptr %2681, align 4
  %.idx2510.epil = mul nuw nsw i64 %j42.addr.02840.epil, 1280
  %gep2839.epil = getelementptr i8, ptr %invariant.gep2838, i64 %.idx2510.epil
  store float %2683, ptr %gep2839.epil, align 4
  %j42.next.epil = add nuw nsw i64 %j42.addr.02840.epil, 1
  %epil.iter3752.next = add i64 %epil.iter3752, 1
  %epil.iter3752.cmp.not = icmp eq i64 %epil.iter3752.next, %xtraiter3751
  br i1 %epil.iter3752.cmp.not, label %j42.exit, label %j42.body.epil, !llvm.loop !3

j42.exit:                                         ; preds = %j42.body.epil, %j42.exit.unr-lcssa
  %2684 = getelementptr inbounds float, ptr %gep2848, i64 %i62
  store float 0.000000e+00, ptr %2684, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02851, 1
  %indvars.iv.next3151 = add nuw nsw i64 %indvars.iv3150, 3
  %indvars.iv.next3155 = add nuw nsw i64 %indvars.iv3154, 3
  %indvars.iv.next3158 = add nuw nsw i64 %indvars.iv3157, 3
  %exitcond3160.not = icmp eq i64 %t5.next, 64
  br i1 %exitcond3160.not, label %i63.head.preheader, label %t5.body

p14.head.preheader:                               ; preds = %i63.head.preheader, %endif1705
  %i63.addr.02869 = phi i64 [ 0, %i63.head.preheader ], [ %i63.next, %endif1705 ]
  %2685 = mul nuw nsw i64 %i63.addr.02869, 320
  %2686 = or disjoint i64 %2685, 320
  %2687 = getelementptr inbounds float, ptr %Ak, i64 %2686
  %.idx = mul nuw nsw i64 %i63.addr.02869, 1280
  %2688 = getelementptr inbounds i8, ptr %Ak, i64 %.idx
  %2689 = getelementptr inbounds i8, ptr %2688, i64 2560
  %2690 = getelementptr inbounds i8, ptr %2688, i64 3840
  %2691 = getelementptr inbounds i8, ptr %2688, i64 5120
  %2692 = getelementptr inbounds i8, ptr %2688, i64 6400
  %2693 = getelementptr inbounds i8, ptr %2688, i64 7680
  %2694 = getelementptr inbounds i8, ptr %2688, i64 8960
  br label %p14.body

i63.exit:                                         ; preds = %endif1705
  %cc.next = add nuw nsw i64 %cc.addr.02870, 1
  %indvars.iv.next3146 = add i64 %indvars.iv3145, 64
  %exitcond3163.not = icmp eq i64 %cc.next, %smax3162
  br i1 %exitcond3163.not, label %j44.head.preheader, label %cc.body

p14.body:                                         ; preds = %p14.head.preheader, %p14.body
  %p14.addr.02868 = phi i64 [ 0, %p14.head.preheader ], [ %p14.next, %p14.body ]
  %acc159.02867 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2749, %p14.body ]
  %acc158.02866 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2748, %p14.body ]
  %acc157.02865 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2743, %p14.body ]
  %acc156.02864 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2742, %p14.body ]
  %acc155.02863 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2737, %p14.body ]
  %acc154.02862 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2736, %p14.body ]
  %acc153.02861 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2731, %p14.body ]
  %acc152.02860 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2730, %p14.body ]
  %acc151.02859 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2725, %p14.body ]
  %acc150.02858 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2724, %p14.body ]
  %acc149.02857 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2719, %p14.body ]
  %acc148.02856 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2718, %p14.body ]
  %acc147.02855 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2713, %p14.body ]
  %acc146.02854 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2712, %p14.body ]
  %acc145.02853 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2707, %p14.body ]
  %acc144.02852 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %2706, %p14.body ]
  %2695 = shl nuw nsw i64 %p14.addr.02868, 5
  %2696 = getelementptr inbounds float, ptr %Bk, i64 %2695
  %2697 = load <16 x float>, ptr %2696, align 4
  %2698 = or disjoint i64 %2695, 16
  %2699 = getelementptr inbounds float, ptr %Bk, i64 %2698
  %2700 = load <16 x float>, ptr %2699, align 4
  %2701 = or disjoint i64 %p14.addr.02868, %2685
  %2702 = getelementptr inbounds float, ptr %Ak, i64 %2701
  %2703 = load float, ptr %2702, align 4
  %2704 = insertelement <16 x float> poison, float %2703, i64 0
  %2705 = shufflevector <16 x float> %2704, <16 x float> poison, <16 x i32> zeroinitializer
  %2706 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2705, <16 x float> %2697, <16 x float> %acc144.02852)
  %2707 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2705, <16 x float> %2700, <16 x float> %acc145.02853)
  %2708 = getelementptr inbounds float, ptr %2687, i64 %p14.addr.02868
  %2709 = load float, ptr %2708, align 4
  %2710 = insertelement <16 x float> poison, float %2709, i64 0
  %2711 = shufflevector <16 x float> %2710, <16 x float> poison, <16 x i32> zeroinitializer
  %2712 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2711, <16 x float> %2697, <16 x float> %acc146.02854)
  %2713 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2711, <16 x float> %2700, <16 x float> %acc147.02855)
  %2714 = getelementptr inbounds float, ptr %2689, i64 %p14.addr.02868
  %2715 = load float, ptr %2714, align 4
  %2716 = insertelement <16 x float> poison, float %2715, i64 0
  %2717 = shufflevector <16 x float> %2716, <16 x float> poison, <16 x i32> zeroinitializer
  %2718 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2717, <16 x float> %2697, <16 x float> %acc148.02856)
  %2719 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2717, <16 x float> %2700, <16 x float> %acc149.02857)
  %2720 = getelementptr inbounds float, ptr %2690, i64 %p14.addr.02868
  %2721 = load float, ptr %2720, align 4
  %2722 = insertelement <16 x float> poison, float %2721, i64 0
  %2723 = shufflevector <16 x float> %2722, <16 x float> poison, <16 x i32> zeroinitializer
  %2724 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2723, <16 x float> %2697, <16 x float> %acc150.02858)
  %2725 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2723, <16 x float> %2700, <16 x float> %acc151.02859)
  %2726 = getelementptr inbounds float, ptr %2691, i64 %p14.addr.02868
  %2727 = load float, ptr %2726, align 4
  %2728 = insertelement <16 x float> poison, float %2727, i64 0
  %2729 = shufflevector <16 x float> %2728, <16 x float> poison, <16 x i32> zeroinitializer
  %2730 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2729, <16 x float> %2697, <16 x float> %acc152.02860)
  %2731 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2729, <16 x float> %2700, <16 x float> %acc153.02861)
  %2732 = getelementptr inbounds float, ptr %2692, i64 %p14.addr.02868
  %2733 = load float, ptr %2732, align 4
  %2734 = insertelement <16 x float> poison, float %2733, i64 0
  %2735 = shufflevector <16 x float> %2734, <16 x float> poison, <16 x i32> zeroinitializer
  %2736 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2735, <16 x float> %2697, <16 x float> %acc154.02862)
  %2737 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2735, <16 x float> %2700, <16 x float> %acc155.02863)
  %2738 = getelementptr inbounds float, ptr %2693, i64 %p14.addr.02868
  %2739 = load float, ptr %2738, align 4
  %2740 = insertelement <16 x float> poison, float %2739, i64 0
  %2741 = shufflevector <16 x float> %2740, <16 x float> poison, <16 x i32> zeroinitializer
  %2742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2741, <16 x float> %2697, <16 x float> %acc156.02864)
  %2743 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2741, <16 x float> %2700, <16 x float> %acc157.02865)
  %2744 = getelementptr inbounds float, ptr %2694, i64 %p14.addr.02868
  %2745 = load float, ptr %2744, align 4
  %2746 = insertelement <16 x float> poison, float %2745, i64 0
  %2747 = shufflevector <16 x float> %2746, <16 x float> poison, <16 x i32> zeroinitializer
  %2748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2747, <16 x float> %2697, <16 x float> %acc158.02866)
  %2749 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2747, <16 x float> %2700, <16 x float> %acc159.02867)
  %p14.next = add nuw nsw i64 %p14.addr.02868, 1
  %exitcond3161.not = icmp eq i64 %p14.next, 320
  br i1 %exitcond3161.not, label %p14.exit, label %p14.body

p14.exit:                                         ; preds = %p14.body
  %2750 = icmp slt i64 %i63.addr.02869, %2596
  br i1 %2750, label %then1643, label %endif1649

then1643:                                         ; preds = %p14.exit
  %2751 = add nsw i64 %i63.addr.02869, %2597
  %2752 = mul nsw i64 %2751, %sq
  %2753 = getelementptr inbounds float, ptr %kh1, i64 %2752
  store <16 x float> %2706, ptr %2753, align 4
  %2754 = or disjoint i64 %2752, 16
  %2755 = getelementptr inbounds float, ptr %kh1, i64 %2754
  store <16 x float> %2707, ptr %2755, align 4
  br label %endif1649

endif1649:                                        ; preds = %p14.exit, %then1643
  %2756 = or disjoint i64 %i63.addr.02869, 1
  %2757 = icmp slt i64 %2756, %2596
  br i1 %2757, label %then1651, label %endif1657

then1651:                                         ; preds = %endif1649
  %2758 = add nsw i64 %2756, %2597
  %2759 = mul nsw i64 %2758, %sq
  %2760 = getelementptr inbounds float, ptr %kh1, i64 %2759
  store <16 x float> %2712, ptr %2760, align 4
  %2761 = or disjoint i64 %2759, 16
  %2762 = getelementptr inbounds float, ptr %kh1, i64 %2761
  store <16 x float> %2713, ptr %2762, align 4
  br label %endif1657

endif1657:                                        ; preds = %endif1649, %then1651
  %2763 = or disjoint i64 %i63.addr.02869, 2
  %2764 = icmp slt i64 %2763, %2596
  br i1 %2764, label %then1659, label %endif1665

then1659:                                         ; preds = %endif1657
  %2765 = add nsw i64 %2763, %2597
  %2766 = mul nsw i64 %2765, %sq
  %2767 = getelementptr inbounds float, ptr %kh1, i64 %2766
  store <16 x float> %2718, ptr %2767, align 4
  %2768 = or disjoint i64 %2766, 16
  %2769 = getelementptr inbounds float, ptr %kh1, i64 %2768
  store <16 x float> %2719, ptr %2769, align 4
  br label %endif1665

endif1665:                                        ; preds = %endif1657, %then1659
  %2770 = or disjoint i64 %i63.addr.02869, 3
  %2771 = icmp slt i64 %2770, %2596
  br i1 %2771, label %then1667, label %endif1673

then1667:                                         ; preds = %endif1665
  %2772 = add nsw i64 %2770, %2597
  %2773 = mul nsw i64 %2772, %sq
  %2774 = getelementptr inbounds float, ptr %kh1, i64 %2773
  store <16 x float> %2724, ptr %2774, align 4
  %2775 = or disjoint i64 %2773, 16
  %2776 = getelementptr inbounds float, ptr %kh1, i64 %2775
  store <16 x float> %2725, ptr %2776, align 4
  br label %endif1673

endif1673:                                        ; preds = %endif1665, %then1667
  %2777 = or disjoint i64 %i63.addr.02869, 4
  %2778 = icmp slt i64 %2777, %2596
  br i1 %2778, label %then1675, label %endif1681

then1675:                                         ; preds = %endif1673
  %2779 = add nsw i64 %2777, %2597
  %2780 = mul nsw i64 %2779, %sq
  %2781 = getelementptr inbounds float, ptr %kh1, i64 %2780
  store <16 x float> %2730, ptr %2781, align 4
  %2782 = or disjoint i64 %2780, 16
  %2783 = getelementptr inbounds float, ptr %kh1, i64 %2782
  store <16 x float> %2731, ptr %2783, align 4
  br label %endif1681

endif1681:                                        ; preds = %endif1673, %then1675
  %2784 = or disjoint i64 %i63.addr.02869, 5
  %2785 = icmp slt i64 %2784, %2596
  br i1 %2785, label %then1683, label %endif1689

then1683:                                         ; preds = %endif1681
  %2786 = add nsw i64 %2784, %2597
  %2787 = mul nsw i64 %2786, %sq
  %2788 = getelementptr inbounds float, ptr %kh1, i64 %2787
  store <16 x float> %2736, ptr %2788, align 4
  %2789 = or disjoint i64 %2787, 16
  %2790 = getelementptr inbounds float, ptr %kh1, i64 %2789
  store <16 x float> %2737, ptr %2790, align 4
  br label %endif1689

endif1689:                                        ; preds = %endif1681, %then1683
  %2791 = or disjoint i64 %i63.addr.02869, 6
  %2792 = icmp slt i64 %2791, %2596
  br i1 %2792, label %then1691, label %endif1697

then1691:                                         ; preds = %endif1689
  %2793 = add nsw i64 %2791, %2597
  %2794 = mul nsw i64 %2793, %sq
  %2795 = getelementptr inbounds float, ptr %kh1, i64 %2794
  store <16 x float> %2742, ptr %2795, align 4
  %2796 = or disjoint i64 %2794, 16
  %2797 = getelementptr inbounds float, ptr %kh1, i64 %2796
  store <16 x float> %2743, ptr %2797, align 4
  br label %endif1697

endif1697:                                        ; preds = %endif1689, %then1691
  %2798 = or disjoint i64 %i63.addr.02869, 7
  %2799 = icmp slt i64 %2798, %2596
  br i1 %2799, label %then1699, label %endif1705

then1699:                                         ; preds = %endif1697
  %2800 = add nsw i64 %2798, %2597
  %2801 = mul nsw i64 %2800, %sq
  %2802 = getelementptr inbounds float, ptr %kh1, i64 %2801
  store <16 x float> %2748, ptr %2802, align 4
  %2803 = or disjoint i64 %2801, 16
  %2804 = getelementptr inbounds float, ptr %kh1, i64 %2803
  store <16 x float> %2749, ptr %2804, align 4
  br label %endif1705

endif1705:                                        ; preds = %endif1697, %then1699
  %i63.next = add nuw nsw i64 %i63.addr.02869, 8
  %2805 = icmp ult i64 %i63.addr.02869, 184
  br i1 %2805, label %p14.head.preheader, label %i63.exit

j44.head.preheader:                               ; preds = %bh.body, %i63.exit
  %2806 = getelementptr i8, ptr %dh0, i64 %36
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %2806, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165, i64 128, i1 false)
  %scevgep3164.1 = getelementptr i8, ptr %2806, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.1, i64 128, i1 false)
  %scevgep3164.2 = getelementptr i8, ptr %2806, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.2, i64 128, i1 false)
  %scevgep3164.3 = getelementptr i8, ptr %2806, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.3, i64 128, i1 false)
  %scevgep3164.4 = getelementptr i8, ptr %2806, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.4, i64 128, i1 false)
  %scevgep3164.5 = getelementptr i8, ptr %2806, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.5, i64 128, i1 false)
  %scevgep3164.6 = getelementptr i8, ptr %2806, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.6, i64 128, i1 false)
  %scevgep3164.7 = getelementptr i8, ptr %2806, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.7, i64 128, i1 false)
  %scevgep3164.8 = getelementptr i8, ptr %2806, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.8, i64 128, i1 false)
  %scevgep3164.9 = getelementptr i8, ptr %2806, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.9, i64 128, i1 false)
  %scevgep3164.10 = getelementptr i8, ptr %2806, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.10, i64 128, i1 false)
  %scevgep3164.11 = getelementptr i8, ptr %2806, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.11, i64 128, i1 false)
  %scevgep3164.12 = getelementptr i8, ptr %2806, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.12, i64 128, i1 false)
  %scevgep3164.13 = getelementptr i8, ptr %2806, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.13, i64 128, i1 false)
  %scevgep3164.14 = getelementptr i8, ptr %2806, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.14, i64 128, i1 false)
  %scevgep3164.15 = getelementptr i8, ptr %2806, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.15, i64 128, i1 false)
  %scevgep3164.16 = getelementptr i8, ptr %2806, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.16, i64 128, i1 false)
  %scevgep3164.17 = getelementptr i8, ptr %2806, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.17, i64 128, i1 false)
  %scevgep3164.18 = getelementptr i8, ptr %2806, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.18, i64 128, i1 false)
  %scevgep3164.19 = getelementptr i8, ptr %2806, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.19, i64 128, i1 false)
  %scevgep3164.20 = getelementptr i8, ptr %2806, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.20, i64 128, i1 false)
  %scevgep3164.21 = getelementptr i8, ptr %2806, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.21, i64 128, i1 false)
  %scevgep3164.22 = getelementptr i8, ptr %2806, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.22, i64 128, i1 false)
  %scevgep3164.23 = getelementptr i8, ptr %2806, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.23, i64 128, i1 false)
  %scevgep3164.24 = getelementptr i8, ptr %2806, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.24, i64 128, i1 false)
  %scevgep3164.25 = getelementptr i8, ptr %2806, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.25, i64 128, i1 false)
  %scevgep3164.26 = getelementptr i8, ptr %2806, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.26, i64 128, i1 false)
  %scevgep3164.27 = getelementptr i8, ptr %2806, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.27, i64 128, i1 false)
  %scevgep3164.28 = getelementptr i8, ptr %2806, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.28, i64 128, i1 false)
  %scevgep3164.29 = getelementptr i8, ptr %2806, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.29, i64 128, i1 false)
  %scevgep3164.30 = getelementptr i8, ptr %2806, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.30, i64 128, i1 false)
  %scevgep3164.31 = getelementptr i8, ptr %2806, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3164.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3165.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02873, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3167.not = icmp eq i64 %indvar.next, %23
  br i1 %exitcond3167.not, label %bh.exit, label %bh.body
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
; ---- dp_step_h3_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h3_k32_v32_c1_nogate'
source_filename = "dp_step_h3_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h3_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, 3
  %2 = or disjoint i64 %sq, 16
  %3 = shl nsw i64 %H, 6
  %.idx = shl nsw i64 %H, 3
  %4 = or disjoint i64 %3, 16
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i3.exit
  %bh.addr.0152 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i3.exit ]
  %b = sdiv i64 %bh.addr.0152, %H
  %h = srem i64 %bh.addr.0152, %H
  %5 = mul nsw i64 %b, %H
  %bT = add nsw i64 %5, %h
  %6 = mul i64 %1, %b
  %bTn = add nsw i64 %6, %h
  %7 = shl nsw i64 %bT, 5
  %8 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %8
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0152, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i3.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0136 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %41, %i.body ]
  %acc1.0135 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %45, %i.body ]
  %acc2.0134 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %54, %i.body ]
  %acc3.0133 = phi <16 x float> [ zeroinitializer, %bh.body ], [ %58, %i.body ]
  %i.addr.0132 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %9 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0132
  %10 = load float, ptr %9, align 4
  %11 = shl nuw nsw i64 %i.addr.0132, 5
  %12 = getelementptr inbounds float, ptr %S, i64 %11
  %13 = load <16 x float>, ptr %12, align 4
  %14 = insertelement <16 x float> poison, float %10, i64 0
  %15 = shufflevector <16 x float> %14, <16 x float> poison, <16 x i32> zeroinitializer
  %16 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %13, <16 x float> %acc.0136)
  %17 = or disjoint i64 %11, 16
  %18 = getelementptr inbounds float, ptr %S, i64 %17
  %19 = load <16 x float>, ptr %18, align 4
  %20 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %15, <16 x float> %19, <16 x float> %acc1.0135)
  %21 = or disjoint i64 %i.addr.0132, 1
  %22 = getelementptr inbounds float, ptr %kh, i64 %21
  %23 = load float, ptr %22, align 4
  %24 = shl nuw nsw i64 %21, 5
  %25 = getelementptr inbounds float, ptr %S, i64 %24
  %26 = load <16 x float>, ptr %25, align 4
  %27 = insertelement <16 x float> poison, float %23, i64 0
  %28 = shufflevector <16 x float> %27, <16 x float> poison, <16 x i32> zeroinitializer
  %29 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %28, <16 x float> %26, <16 x float> %acc2.0134)
  %30 = or disjoint i64 %24, 16
  %31 = getelementptr inbounds float, ptr %S, i64 %30
  %32 = load <16 x float>, ptr %31, align 4
  %33 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %28, <16 x float> %32, <16 x float> %acc3.0133)
  %i.next = or disjoint i64 %i.addr.0132, 2
  %34 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %35 = load float, ptr %34, align 4
  %36 = shl nuw nsw i64 %i.next, 5
  %37 = getelementptr inbounds float, ptr %S, i64 %36
  %38 = load <16 x float>, ptr %37, align 4
  %39 = insertelement <16 x float> poison, float %35, i64 0
  %40 = shufflevector <16 x float> %39, <16 x float> poison, <16 x i32> zeroinitializer
  %41 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %40, <16 x float> %38, <16 x float> %16)
  %42 = or disjoint i64 %36, 16
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <16 x float>, ptr %43, align 4
  %45 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %40, <16 x float> %44, <16 x float> %20)
  %46 = or disjoint i64 %i.addr.0132, 3
  %47 = getelementptr inbounds float, ptr %kh, i64 %46
  %48 = load float, ptr %47, align 4
  %49 = shl nuw nsw i64 %46, 5
  %50 = getelementptr inbounds float, ptr %S, i64 %49
  %51 = load <16 x float>, ptr %50, align 4
  %52 = insertelement <16 x float> poison, float %48, i64 0
  %53 = shufflevector <16 x float> %52, <16 x float> poison, <16 x i32> zeroinitializer
  %54 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %53, <16 x float> %51, <16 x float> %29)
  %55 = or disjoint i64 %49, 16
  %56 = getelementptr inbounds float, ptr %S, i64 %55
  %57 = load <16 x float>, ptr %56, align 4
  %58 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %53, <16 x float> %57, <16 x float> %33)
  %i.next.1 = add nuw nsw i64 %i.addr.0132, 4
  %59 = icmp ult i64 %i.next, 30
  br i1 %59, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %8
  %60 = load float, ptr %betah, align 4
  %61 = load <16 x float>, ptr %vh, align 4
  %62 = fadd <16 x float> %54, %41
  %63 = fsub <16 x float> %61, %62
  %64 = insertelement <16 x float> poison, float %60, i64 0
  %65 = shufflevector <16 x float> %64, <16 x float> poison, <16 x i32> zeroinitializer
  %66 = fmul <16 x float> %65, %63
  %67 = getelementptr inbounds i8, ptr %vh, i64 64
  %68 = load <16 x float>, ptr %67, align 4
  %69 = fadd <16 x float> %58, %45
  %70 = fsub <16 x float> %68, %69
  %71 = fmul <16 x float> %65, %70
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc416.0141 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %85, %i1.body ]
  %acc5.0140 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %90, %i1.body ]
  %acc6.0139 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %105, %i1.body ]
  %acc7.0138 = phi <16 x float> [ zeroinitializer, %i.exit ], [ %110, %i1.body ]
  %i1.addr.0137 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %72 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0137
  %73 = load float, ptr %72, align 4
  %74 = or disjoint i64 %i1.addr.0137, %sq
  %75 = getelementptr inbounds float, ptr %kh, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = insertelement <16 x float> poison, float %73, i64 0
  %78 = shufflevector <16 x float> %77, <16 x float> poison, <16 x i32> zeroinitializer
  %79 = shl nuw nsw i64 %i1.addr.0137, 5
  %80 = getelementptr inbounds float, ptr %S, i64 %79
  %81 = load <16 x float>, ptr %80, align 4
  %82 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> %66, <16 x float> %81)
  store <16 x float> %82, ptr %80, align 4
  %83 = insertelement <16 x float> poison, float %76, i64 0
  %84 = shufflevector <16 x float> %83, <16 x float> poison, <16 x i32> zeroinitializer
  %85 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %84, <16 x float> %82, <16 x float> %acc416.0141)
  %86 = or disjoint i64 %79, 16
  %87 = getelementptr inbounds float, ptr %S, i64 %86
  %88 = load <16 x float>, ptr %87, align 4
  %89 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %78, <16 x float> %71, <16 x float> %88)
  store <16 x float> %89, ptr %87, align 4
  %90 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %84, <16 x float> %89, <16 x float> %acc5.0140)
  %91 = or disjoint i64 %i1.addr.0137, 1
  %92 = getelementptr inbounds float, ptr %kh, i64 %91
  %93 = load float, ptr %92, align 4
  %94 = or disjoint i64 %91, %sq
  %95 = getelementptr inbounds float, ptr %kh, i64 %94
  %96 = load float, ptr %95, align 4
  %97 = insertelement <16 x float> poison, float %93, i64 0
  %98 = shufflevector <16 x float> %97, <16 x float> poison, <16 x i32> zeroinitializer
  %99 = shl nuw nsw i64 %91, 5
  %100 = getelementptr inbounds float, ptr %S, i64 %99
  %101 = load <16 x float>, ptr %100, align 4
  %102 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %98, <16 x float> %66, <16 x float> %101)
  store <16 x float> %102, ptr %100, align 4
  %103 = insertelement <16 x float> poison, float %96, i64 0
  %104 = shufflevector <16 x float> %103, <16 x float> poison, <16 x i32> zeroinitializer
  %105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %104, <16 x float> %102, <16 x float> %acc6.0139)
  %106 = or disjoint i64 %99, 16
  %107 = getelementptr inbounds float, ptr %S, i64 %106
  %108 = load <16 x float>, ptr %107, align 4
  %109 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %98, <16 x float> %71, <16 x float> %108)
  store <16 x float> %109, ptr %107, align 4
  %110 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %104, <16 x float> %109, <16 x float> %acc7.0138)
  %i1.next = add nuw nsw i64 %i1.addr.0137, 2
  %111 = icmp ult i64 %i1.addr.0137, 30
  br i1 %111, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %7
  %112 = getelementptr inbounds float, ptr %betah, i64 %H
  %113 = load float, ptr %112, align 4
  %114 = getelementptr inbounds float, ptr %vh, i64 %sq
  %115 = load <16 x float>, ptr %114, align 4
  %116 = fadd <16 x float> %105, %85
  %117 = fsub <16 x float> %115, %116
  %118 = insertelement <16 x float> poison, float %113, i64 0
  %119 = shufflevector <16 x float> %118, <16 x float> poison, <16 x i32> zeroinitializer
  %120 = fmul <16 x float> %119, %117
  %121 = getelementptr inbounds float, ptr %vh, i64 %2
  %122 = load <16 x float>, ptr %121, align 4
  %123 = fadd <16 x float> %110, %90
  %124 = fsub <16 x float> %122, %123
  %125 = fmul <16 x float> %119, %124
  br label %i2.body

i2.body:                                          ; preds = %i1.exit, %i2.body
  %i2.addr.0146 = phi i64 [ 0, %i1.exit ], [ %i2.next, %i2.body ]
  %acc11.0145 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %166, %i2.body ]
  %acc10.0144 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %161, %i2.body ]
  %acc9.0143 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %145, %i2.body ]
  %acc8.0142 = phi <16 x float> [ zeroinitializer, %i1.exit ], [ %140, %i2.body ]
  %126 = or disjoint i64 %i2.addr.0146, %sq
  %127 = getelementptr inbounds float, ptr %kh, i64 %126
  %128 = load float, ptr %127, align 4
  %129 = or disjoint i64 %i2.addr.0146, %3
  %130 = getelementptr inbounds float, ptr %kh, i64 %129
  %131 = load float, ptr %130, align 4
  %132 = insertelement <16 x float> poison, float %128, i64 0
  %133 = shufflevector <16 x float> %132, <16 x float> poison, <16 x i32> zeroinitializer
  %134 = shl nuw nsw i64 %i2.addr.0146, 5
  %135 = getelementptr inbounds float, ptr %S, i64 %134
  %136 = load <16 x float>, ptr %135, align 4
  %137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %120, <16 x float> %136)
  store <16 x float> %137, ptr %135, align 4
  %138 = insertelement <16 x float> poison, float %131, i64 0
  %139 = shufflevector <16 x float> %138, <16 x float> poison, <16 x i32> zeroinitializer
  %140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %139, <16 x float> %137, <16 x float> %acc8.0142)
  %141 = or disjoint i64 %134, 16
  %142 = getelementptr inbounds float, ptr %S, i64 %141
  %143 = load <16 x float>, ptr %142, align 4
  %144 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %133, <16 x float> %125, <16 x float> %143)
  store <16 x float> %144, ptr %142, align 4
  %145 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %139, <16 x float> %144, <16 x float> %acc9.0143)
  %146 = or disjoint i64 %i2.addr.0146, 1
  %147 = or disjoint i64 %146, %sq
  %148 = getelementptr inbounds float, ptr %kh, i64 %147
  %149 = load float, ptr %148, align 4
  %150 = or disjoint i64 %146, %3
  %151 = getelementptr inbounds float, ptr %kh, i64 %150
  %152 = load float, ptr %151, align 4
  %153 = insertelement <16 x float> poison, float %149, i64 0
  %154 = shufflevector <16 x float> %153, <16 x float> poison, <16 x i32> zeroinitializer
  %155 = shl nuw nsw i64 %146, 5
  %156 = getelementptr inbounds float, ptr %S, i64 %155
  %157 = load <16 x float>, ptr %156, align 4
  %158 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %154, <16 x float> %120, <16 x float> %157)
  store <16 x float> %158, ptr %156, align 4
  %159 = insertelement <16 x float> poison, float %152, i64 0
  %160 = shufflevector <16 x float> %159, <16 x float> poison, <16 x i32> zeroinitializer
  %161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %160, <16 x float> %158, <16 x float> %acc10.0144)
  %162 = or disjoint i64 %155, 16
  %163 = getelementptr inbounds float, ptr %S, i64 %162
  %164 = load <16 x float>, ptr %163, align 4
  %165 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %154, <16 x float> %125, <16 x float> %164)
  store <16 x float> %165, ptr %163, align 4
  %166 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %160, <16 x float> %165, <16 x float> %acc11.0145)
  %i2.next = add nuw nsw i64 %i2.addr.0146, 2
  %167 = icmp ult i64 %i2.addr.0146, 30
  br i1 %167, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %168 = getelementptr inbounds i8, ptr %betah, i64 %.idx
  %169 = load float, ptr %168, align 4
  %170 = getelementptr inbounds float, ptr %vh, i64 %3
  %171 = load <16 x float>, ptr %170, align 4
  %172 = fadd <16 x float> %140, %161
  %173 = fsub <16 x float> %171, %172
  %174 = insertelement <16 x float> poison, float %169, i64 0
  %175 = shufflevector <16 x float> %174, <16 x float> poison, <16 x i32> zeroinitializer
  %176 = fmul <16 x float> %175, %173
  %177 = getelementptr inbounds float, ptr %vh, i64 %4
  %178 = load <16 x float>, ptr %177, align 4
  %179 = fadd <16 x float> %145, %166
  %180 = fsub <16 x float> %178, %179
  %181 = fmul <16 x float> %175, %180
  br label %i3.body

i3.body:                                          ; preds = %i3.body, %i2.exit
  %i3.addr.0151 = phi i64 [ 0, %i2.exit ], [ %i3.next.1, %i3.body ]
  %acc13.0148 = phi <16 x float> [ zeroinitializer, %i2.exit ], [ %219, %i3.body ]
  %acc1273.0147 = phi <16 x float> [ zeroinitializer, %i2.exit ], [ %214, %i3.body ]
  %182 = or disjoint i64 %i3.addr.0151, %3
  %183 = getelementptr inbounds float, ptr %kh, i64 %182
  %184 = load float, ptr %183, align 4
  %185 = getelementptr inbounds float, ptr %qh, i64 %i3.addr.0151
  %186 = load float, ptr %185, align 4
  %187 = insertelement <16 x float> poison, float %184, i64 0
  %188 = shufflevector <16 x float> %187, <16 x float> poison, <16 x i32> zeroinitializer
  %189 = shl nuw nsw i64 %i3.addr.0151, 5
  %190 = getelementptr inbounds float, ptr %S, i64 %189
  %191 = load <16 x float>, ptr %190, align 4
  %192 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %176, <16 x float> %191)
  store <16 x float> %192, ptr %190, align 4
  %193 = insertelement <16 x float> poison, float %186, i64 0
  %194 = shufflevector <16 x float> %193, <16 x float> poison, <16 x i32> zeroinitializer
  %195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %192, <16 x float> %acc1273.0147)
  %196 = or disjoint i64 %189, 16
  %197 = getelementptr inbounds float, ptr %S, i64 %196
  %198 = load <16 x float>, ptr %197, align 4
  %199 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %188, <16 x float> %181, <16 x float> %198)
  store <16 x float> %199, ptr %197, align 4
  %200 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %194, <16 x float> %199, <16 x float> %acc13.0148)
  %i3.next = or disjoint i64 %i3.addr.0151, 1
  %201 = or disjoint i64 %i3.next, %3
  %202 = getelementptr inbounds float, ptr %kh, i64 %201
  %203 = load float, ptr %202, align 4
  %204 = getelementptr inbounds float, ptr %qh, i64 %i3.next
  %205 = load float, ptr %204, align 4
  %206 = insertelement <16 x float> poison, float %203, i64 0
  %207 = shufflevector <16 x float> %206, <16 x float> poison, <16 x i32> zeroinitializer
  %208 = shl nuw nsw i64 %i3.next, 5
  %209 = getelementptr inbounds float, ptr %S, i64 %208
  %210 = load <16 x float>, ptr %209, align 4
  %211 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %176, <16 x float> %210)
  store <16 x float> %211, ptr %209, align 4
  %212 = insertelement <16 x float> poison, float %205, i64 0
  %213 = shufflevector <16 x float> %212, <16 x float> poison, <16 x i32> zeroinitializer
  %214 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %213, <16 x float> %211, <16 x float> %195)
  %215 = or disjoint i64 %208, 16
  %216 = getelementptr inbounds float, ptr %S, i64 %215
  %217 = load <16 x float>, ptr %216, align 4
  %218 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %207, <16 x float> %181, <16 x float> %217)
  store <16 x float> %218, ptr %216, align 4
  %219 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %213, <16 x float> %218, <16 x float> %200)
  %i3.next.1 = add nuw nsw i64 %i3.addr.0151, 2
  %exitcond.not.1 = icmp eq i64 %i3.next.1, 32
  br i1 %exitcond.not.1, label %i3.exit, label %i3.body

i3.exit:                                          ; preds = %i3.body
  %oh = getelementptr inbounds float, ptr %o, i64 %7
  %220 = fmul <16 x float> %214, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <16 x float> %220, ptr %oh, align 4
  %221 = fmul <16 x float> %219, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %222 = getelementptr inbounds i8, ptr %oh, i64 64
  store <16 x float> %221, ptr %222, align 4
  %bh.next = add nsw i64 %bh.addr.0152, 1
  %exitcond166.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond166.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
