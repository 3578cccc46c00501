; ---- dp_fwd_h3_k32_v32_r16_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h3_k32_v32_r16_nogate'
source_filename = "dp_fwd_h3_k32_v32_r16_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h3_k32_v32_r16_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, 3
  %2 = add nsw i64 %T, 15
  %nc = sdiv i64 %2, 16
  %3 = icmp sgt i64 %T, 0
  %4 = mul i64 %H, 1536
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
  %t0 = shl nsw i64 %ci.addr.0159, 4
  %20 = add nuw nsw i64 %t0, 16
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
  %78 = mul nuw nsw i64 %ci.addr.0159, 48
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
; ---- dp_bwd_h3_k32_v32_c16_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h3_k32_v32_c16_nogate'
source_filename = "dp_bwd_h3_k32_v32_c16_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h3_k32_v32_c16_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture writeonly %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = mul i64 %H, 3
  %Ak = getelementptr inbounds i8, ptr %work, i64 24576
  %Bk = getelementptr inbounds i8, ptr %work, i64 8192
  %Gm = getelementptr inbounds i8, ptr %work, i64 75776
  %KSdS = getelementptr inbounds i8, ptr %work, i64 84992
  %KT = getelementptr inbounds i8, ptr %work, i64 65536
  %M = getelementptr inbounds i8, ptr %work, i64 122752
  %OY = getelementptr inbounds i8, ptr %work, i64 57344
  %PT = getelementptr inbounds i8, ptr %work, i64 115712
  %QK = getelementptr inbounds i8, ptr %work, i64 49152
  %QcT = getelementptr inbounds i8, ptr %work, i64 71680
  %Rr = getelementptr inbounds i8, ptr %work, i64 97280
  %Vn = getelementptr inbounds i8, ptr %work, i64 103424
  %VnT = getelementptr inbounds i8, ptr %work, i64 109568
  %bet = getelementptr inbounds i8, ptr %work, i64 120832
  %dOT = getelementptr inbounds i8, ptr %work, i64 73728
  %dQc = getelementptr inbounds i8, ptr %work, i64 118784
  %dbet = getelementptr i8, ptr %work, i64 121024
  %2 = add nsw i64 %T, 15
  %nc = sdiv i64 %2, 16
  %3 = icmp sgt i64 %T, 0
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
  %14 = mul i64 %nc, 6144
  %15 = add i64 %14, -6144
  %16 = mul i64 %T, 384
  %17 = mul i64 %H, -6144
  %18 = mul i64 %H, 384
  %19 = add i64 %14, -6016
  %20 = add i64 %14, -5888
  %21 = add i64 %T, 16
  %22 = sub i64 %21, %9
  %smax3030 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %23 = sub i64 %bh1, %bh0
  %scevgep2922.1 = getelementptr i8, ptr %work, i64 256
  %scevgep2922.2 = getelementptr i8, ptr %work, i64 512
  %scevgep2922.3 = getelementptr i8, ptr %work, i64 768
  %scevgep2922.4 = getelementptr i8, ptr %work, i64 1024
  %scevgep2922.5 = getelementptr i8, ptr %work, i64 1280
  %scevgep2922.6 = getelementptr i8, ptr %work, i64 1536
  %scevgep2922.7 = getelementptr i8, ptr %work, i64 1792
  %scevgep2922.8 = getelementptr i8, ptr %work, i64 2048
  %scevgep2922.9 = getelementptr i8, ptr %work, i64 2304
  %scevgep2922.10 = getelementptr i8, ptr %work, i64 2560
  %scevgep2922.11 = getelementptr i8, ptr %work, i64 2816
  %scevgep2922.12 = getelementptr i8, ptr %work, i64 3072
  %scevgep2922.13 = getelementptr i8, ptr %work, i64 3328
  %scevgep2922.14 = getelementptr i8, ptr %work, i64 3584
  %scevgep2922.15 = getelementptr i8, ptr %work, i64 3840
  %scevgep2922.16 = getelementptr i8, ptr %work, i64 4096
  %scevgep2922.17 = getelementptr i8, ptr %work, i64 4352
  %scevgep2922.18 = getelementptr i8, ptr %work, i64 4608
  %scevgep2922.19 = getelementptr i8, ptr %work, i64 4864
  %scevgep2922.20 = getelementptr i8, ptr %work, i64 5120
  %scevgep2922.21 = getelementptr i8, ptr %work, i64 5376
  %scevgep2922.22 = getelementptr i8, ptr %work, i64 5632
  %scevgep2922.23 = getelementptr i8, ptr %work, i64 5888
  %scevgep2922.24 = getelementptr i8, ptr %work, i64 6144
  %scevgep2922.25 = getelementptr i8, ptr %work, i64 6400
  %scevgep2922.26 = getelementptr i8, ptr %work, i64 6656
  %scevgep2922.27 = getelementptr i8, ptr %work, i64 6912
  %scevgep2922.28 = getelementptr i8, ptr %work, i64 7168
  %scevgep2922.29 = getelementptr i8, ptr %work, i64 7424
  %scevgep2922.30 = getelementptr i8, ptr %work, i64 7680
  %scevgep2922.31 = getelementptr i8, ptr %work, i64 7936
  %24 = getelementptr inbounds i8, ptr %work, i64 122760
  %25 = getelementptr inbounds i8, ptr %work, i64 122784
  %26 = getelementptr inbounds i8, ptr %work, i64 122792
  %27 = getelementptr inbounds i8, ptr %work, i64 122808
  %28 = getelementptr inbounds i8, ptr %work, i64 122812
  %29 = getelementptr inbounds i8, ptr %work, i64 122816
  %30 = getelementptr inbounds i8, ptr %work, i64 122848
  %invariant.gep3203 = getelementptr i8, ptr %work, i64 97536
  %invariant.gep3205 = getelementptr i8, ptr %work, i64 18688
  %invariant.gep3207 = getelementptr i8, ptr %work, i64 97408
  %invariant.gep3209 = getelementptr i8, ptr %work, i64 18560
  %invariant.gep3211 = getelementptr i8, ptr %work, i64 97280
  %invariant.gep3213 = getelementptr i8, ptr %work, i64 18432
  %invariant.gep3215 = getelementptr i8, ptr %work, i64 57344
  %invariant.gep3217 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep3219 = getelementptr i8, ptr %work, i64 49152
  %invariant.gep3221 = getelementptr i8, ptr %work, i64 51200
  %invariant.gep3223 = getelementptr i8, ptr %work, i64 51328
  %invariant.gep3225 = getelementptr i8, ptr %work, i64 51456
  %invariant.gep3227 = getelementptr inbounds i8, ptr %work, i64 120836
  %invariant.gep3229 = getelementptr inbounds i8, ptr %work, i64 120840
  %invariant.gep3231 = getelementptr inbounds i8, ptr %work, i64 51200
  %invariant.gep3233 = getelementptr inbounds i8, ptr %work, i64 51264
  %invariant.gep3235 = getelementptr inbounds i8, ptr %work, i64 51200
  %invariant.gep3237 = getelementptr inbounds i8, ptr %work, i64 51264
  %invariant.gep3239 = getelementptr inbounds i8, ptr %work, i64 51200
  %invariant.gep3241 = getelementptr inbounds i8, ptr %work, i64 51264
  %31 = getelementptr inbounds i8, ptr %work, i64 97344
  %32 = getelementptr inbounds i8, ptr %work, i64 85056
  %33 = getelementptr inbounds i8, ptr %work, i64 115776
  %34 = getelementptr inbounds i8, ptr %work, i64 115840
  %35 = getelementptr inbounds i8, ptr %work, i64 115904
  %36 = getelementptr inbounds i8, ptr %work, i64 122816
  %37 = getelementptr inbounds i8, ptr %work, i64 115968
  %38 = getelementptr inbounds i8, ptr %work, i64 116032
  %39 = getelementptr inbounds i8, ptr %work, i64 116096
  %40 = getelementptr inbounds i8, ptr %work, i64 122880
  %41 = getelementptr inbounds i8, ptr %work, i64 116160
  %42 = getelementptr inbounds i8, ptr %work, i64 116224
  %43 = getelementptr inbounds i8, ptr %work, i64 116288
  %44 = getelementptr inbounds i8, ptr %work, i64 122944
  %45 = getelementptr inbounds i8, ptr %work, i64 116352
  %46 = getelementptr inbounds i8, ptr %work, i64 116416
  %47 = getelementptr inbounds i8, ptr %work, i64 116480
  %48 = getelementptr inbounds i8, ptr %work, i64 123008
  %49 = getelementptr inbounds i8, ptr %work, i64 116544
  %50 = getelementptr inbounds i8, ptr %work, i64 116608
  %51 = getelementptr inbounds i8, ptr %work, i64 116672
  %52 = getelementptr inbounds i8, ptr %work, i64 123072
  %53 = getelementptr inbounds i8, ptr %work, i64 116736
  %54 = getelementptr inbounds i8, ptr %work, i64 116800
  %55 = getelementptr inbounds i8, ptr %work, i64 116864
  %56 = getelementptr inbounds i8, ptr %work, i64 123136
  %57 = getelementptr inbounds i8, ptr %work, i64 116928
  %58 = getelementptr inbounds i8, ptr %work, i64 116992
  %59 = getelementptr inbounds i8, ptr %work, i64 117056
  %60 = getelementptr inbounds i8, ptr %work, i64 123200
  %61 = getelementptr inbounds i8, ptr %work, i64 117120
  %62 = getelementptr inbounds i8, ptr %work, i64 117184
  %63 = getelementptr inbounds i8, ptr %work, i64 117248
  %64 = getelementptr inbounds i8, ptr %work, i64 123264
  %65 = getelementptr inbounds i8, ptr %work, i64 117312
  %66 = getelementptr inbounds i8, ptr %work, i64 117376
  %67 = getelementptr inbounds i8, ptr %work, i64 117440
  %68 = getelementptr inbounds i8, ptr %work, i64 123328
  %69 = getelementptr inbounds i8, ptr %work, i64 117504
  %70 = getelementptr inbounds i8, ptr %work, i64 117568
  %71 = getelementptr inbounds i8, ptr %work, i64 117632
  %72 = getelementptr inbounds i8, ptr %work, i64 123392
  %73 = getelementptr inbounds i8, ptr %work, i64 117696
  %74 = getelementptr inbounds i8, ptr %work, i64 117760
  %75 = getelementptr inbounds i8, ptr %work, i64 117824
  %76 = getelementptr inbounds i8, ptr %work, i64 123456
  %77 = getelementptr inbounds i8, ptr %work, i64 117888
  %78 = getelementptr inbounds i8, ptr %work, i64 117952
  %79 = getelementptr inbounds i8, ptr %work, i64 118016
  %80 = getelementptr inbounds i8, ptr %work, i64 123520
  %81 = getelementptr inbounds i8, ptr %work, i64 118080
  %82 = getelementptr inbounds i8, ptr %work, i64 118144
  %83 = getelementptr inbounds i8, ptr %work, i64 118208
  %84 = getelementptr inbounds i8, ptr %work, i64 123584
  %85 = getelementptr inbounds i8, ptr %work, i64 118272
  %86 = getelementptr inbounds i8, ptr %work, i64 118336
  %87 = getelementptr inbounds i8, ptr %work, i64 118400
  %88 = getelementptr inbounds i8, ptr %work, i64 123648
  %89 = getelementptr inbounds i8, ptr %work, i64 118464
  %90 = getelementptr inbounds i8, ptr %work, i64 118528
  %91 = getelementptr inbounds i8, ptr %work, i64 118592
  %92 = getelementptr inbounds i8, ptr %work, i64 123712
  %93 = getelementptr inbounds i8, ptr %work, i64 118656
  %94 = getelementptr inbounds i8, ptr %work, i64 118720
  %invariant.gep3251 = getelementptr inbounds i8, ptr %work, i64 85120
  %invariant.gep3253 = getelementptr inbounds i8, ptr %work, i64 59392
  %invariant.gep3257 = getelementptr inbounds i8, ptr %work, i64 59456
  %95 = getelementptr inbounds i8, ptr %work, i64 118848
  %96 = getelementptr inbounds i8, ptr %work, i64 118912
  %97 = getelementptr inbounds i8, ptr %work, i64 118976
  %98 = getelementptr inbounds i8, ptr %work, i64 119040
  %99 = getelementptr inbounds i8, ptr %work, i64 119104
  %100 = getelementptr inbounds i8, ptr %work, i64 119168
  %101 = getelementptr inbounds i8, ptr %work, i64 119232
  %102 = getelementptr inbounds i8, ptr %work, i64 119296
  %103 = getelementptr inbounds i8, ptr %work, i64 119360
  %104 = getelementptr inbounds i8, ptr %work, i64 119424
  %105 = getelementptr inbounds i8, ptr %work, i64 119488
  %106 = getelementptr inbounds i8, ptr %work, i64 119552
  %107 = getelementptr inbounds i8, ptr %work, i64 119616
  %108 = getelementptr inbounds i8, ptr %work, i64 119680
  %109 = getelementptr inbounds i8, ptr %work, i64 119744
  %110 = getelementptr inbounds i8, ptr %work, i64 119808
  %111 = getelementptr inbounds i8, ptr %work, i64 119872
  %112 = getelementptr inbounds i8, ptr %work, i64 119936
  %113 = getelementptr inbounds i8, ptr %work, i64 120000
  %114 = getelementptr inbounds i8, ptr %work, i64 120064
  %115 = getelementptr inbounds i8, ptr %work, i64 120128
  %116 = getelementptr inbounds i8, ptr %work, i64 120192
  %117 = getelementptr inbounds i8, ptr %work, i64 120256
  %118 = getelementptr inbounds i8, ptr %work, i64 120320
  %119 = getelementptr inbounds i8, ptr %work, i64 120384
  %120 = getelementptr inbounds i8, ptr %work, i64 120448
  %121 = getelementptr inbounds i8, ptr %work, i64 120512
  %122 = getelementptr inbounds i8, ptr %work, i64 120576
  %123 = getelementptr inbounds i8, ptr %work, i64 120640
  %124 = getelementptr inbounds i8, ptr %work, i64 120704
  %125 = getelementptr inbounds i8, ptr %work, i64 120768
  %invariant.gep3259 = getelementptr i8, ptr %work, i64 59648
  %invariant.gep3261 = getelementptr i8, ptr %work, i64 59520
  %invariant.gep3263 = getelementptr i8, ptr %work, i64 59392
  %invariant.gep3265 = getelementptr i8, ptr %work, i64 121028
  %invariant.gep3267 = getelementptr i8, ptr %work, i64 121032
  %scevgep3033 = getelementptr i8, ptr %work, i64 128
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
  %invariant.gep2509.1 = getelementptr inbounds i8, ptr %work, i64 65600
  %invariant.gep2509.2 = getelementptr inbounds i8, ptr %work, i64 65664
  %invariant.gep3255 = getelementptr inbounds i8, ptr %work, i64 85184
  %invariant.gep2688.1 = getelementptr inbounds i8, ptr %work, i64 109632
  %invariant.gep2688.2 = getelementptr inbounds i8, ptr %work, i64 109696
  %scevgep3033.1 = getelementptr i8, ptr %work, i64 384
  %scevgep3033.2 = getelementptr i8, ptr %work, i64 640
  %scevgep3033.3 = getelementptr i8, ptr %work, i64 896
  %scevgep3033.4 = getelementptr i8, ptr %work, i64 1152
  %scevgep3033.5 = getelementptr i8, ptr %work, i64 1408
  %scevgep3033.6 = getelementptr i8, ptr %work, i64 1664
  %scevgep3033.7 = getelementptr i8, ptr %work, i64 1920
  %scevgep3033.8 = getelementptr i8, ptr %work, i64 2176
  %scevgep3033.9 = getelementptr i8, ptr %work, i64 2432
  %scevgep3033.10 = getelementptr i8, ptr %work, i64 2688
  %scevgep3033.11 = getelementptr i8, ptr %work, i64 2944
  %scevgep3033.12 = getelementptr i8, ptr %work, i64 3200
  %scevgep3033.13 = getelementptr i8, ptr %work, i64 3456
  %scevgep3033.14 = getelementptr i8, ptr %work, i64 3712
  %scevgep3033.15 = getelementptr i8, ptr %work, i64 3968
  %scevgep3033.16 = getelementptr i8, ptr %work, i64 4224
  %scevgep3033.17 = getelementptr i8, ptr %work, i64 4480
  %scevgep3033.18 = getelementptr i8, ptr %work, i64 4736
  %scevgep3033.19 = getelementptr i8, ptr %work, i64 4992
  %scevgep3033.20 = getelementptr i8, ptr %work, i64 5248
  %scevgep3033.21 = getelementptr i8, ptr %work, i64 5504
  %scevgep3033.22 = getelementptr i8, ptr %work, i64 5760
  %scevgep3033.23 = getelementptr i8, ptr %work, i64 6016
  %scevgep3033.24 = getelementptr i8, ptr %work, i64 6272
  %scevgep3033.25 = getelementptr i8, ptr %work, i64 6528
  %scevgep3033.26 = getelementptr i8, ptr %work, i64 6784
  %scevgep3033.27 = getelementptr i8, ptr %work, i64 7040
  %scevgep3033.28 = getelementptr i8, ptr %work, i64 7296
  %scevgep3033.29 = getelementptr i8, ptr %work, i64 7552
  %scevgep3033.30 = getelementptr i8, ptr %work, i64 7808
  %scevgep3033.31 = getelementptr i8, ptr %work, i64 8064
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %j44.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %j44.head.preheader ]
  %bh.addr.02732 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %j44.head.preheader ]
  %126 = add i64 %indvar, %bh0
  %127 = shl i64 %126, 12
  %128 = mul i64 %8, %indvar
  %129 = add i64 %7, %128
  %b = sdiv i64 %bh.addr.02732, %H
  %h = srem i64 %bh.addr.02732, %H
  %130 = mul i64 %b, %T
  %131 = mul i64 %130, %H
  %bT = add i64 %131, %h
  %132 = mul i64 %1, %130
  %bTn = add nsw i64 %132, %h
  %133 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %133
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %133
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  %134 = getelementptr i8, ptr %dhT, i64 %127
  %135 = shl nsw i64 %bT, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, ptr noundef nonnull align 4 dereferenceable(128) %134, i64 128, i1 false)
  %scevgep2921.1 = getelementptr i8, ptr %134, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.1, i64 128, i1 false)
  %scevgep2921.2 = getelementptr i8, ptr %134, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.2, i64 128, i1 false)
  %scevgep2921.3 = getelementptr i8, ptr %134, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.3, i64 128, i1 false)
  %scevgep2921.4 = getelementptr i8, ptr %134, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.4, i64 128, i1 false)
  %scevgep2921.5 = getelementptr i8, ptr %134, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.5, i64 128, i1 false)
  %scevgep2921.6 = getelementptr i8, ptr %134, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.6, i64 128, i1 false)
  %scevgep2921.7 = getelementptr i8, ptr %134, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.7, i64 128, i1 false)
  %scevgep2921.8 = getelementptr i8, ptr %134, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.8, i64 128, i1 false)
  %scevgep2921.9 = getelementptr i8, ptr %134, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.9, i64 128, i1 false)
  %scevgep2921.10 = getelementptr i8, ptr %134, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.10, i64 128, i1 false)
  %scevgep2921.11 = getelementptr i8, ptr %134, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.11, i64 128, i1 false)
  %scevgep2921.12 = getelementptr i8, ptr %134, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.12, i64 128, i1 false)
  %scevgep2921.13 = getelementptr i8, ptr %134, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.13, i64 128, i1 false)
  %scevgep2921.14 = getelementptr i8, ptr %134, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.14, i64 128, i1 false)
  %scevgep2921.15 = getelementptr i8, ptr %134, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.15, i64 128, i1 false)
  %scevgep2921.16 = getelementptr i8, ptr %134, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.16, i64 128, i1 false)
  %scevgep2921.17 = getelementptr i8, ptr %134, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.17, i64 128, i1 false)
  %scevgep2921.18 = getelementptr i8, ptr %134, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.18, i64 128, i1 false)
  %scevgep2921.19 = getelementptr i8, ptr %134, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.19, i64 128, i1 false)
  %scevgep2921.20 = getelementptr i8, ptr %134, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.20, i64 128, i1 false)
  %scevgep2921.21 = getelementptr i8, ptr %134, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.21, i64 128, i1 false)
  %scevgep2921.22 = getelementptr i8, ptr %134, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.22, i64 128, i1 false)
  %scevgep2921.23 = getelementptr i8, ptr %134, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.23, i64 128, i1 false)
  %scevgep2921.24 = getelementptr i8, ptr %134, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.24, i64 128, i1 false)
  %scevgep2921.25 = getelementptr i8, ptr %134, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.25, i64 128, i1 false)
  %scevgep2921.26 = getelementptr i8, ptr %134, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.26, i64 128, i1 false)
  %scevgep2921.27 = getelementptr i8, ptr %134, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.27, i64 128, i1 false)
  %scevgep2921.28 = getelementptr i8, ptr %134, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.28, i64 128, i1 false)
  %scevgep2921.29 = getelementptr i8, ptr %134, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.29, i64 128, i1 false)
  %scevgep2921.30 = getelementptr i8, ptr %134, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.30, i64 128, i1 false)
  %scevgep2921.31 = getelementptr i8, ptr %134, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2921.31, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %135
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %135
  br i1 %3, label %cc.body.lr.ph, label %j44.head.preheader

bh.exit:                                          ; preds = %j44.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %136 = mul nsw i64 %bh.addr.02732, %nc
  %137 = add i64 %11, %bT
  %138 = shl i64 %137, 7
  %139 = mul i64 %16, %b
  %140 = add i64 %15, %139
  %141 = mul i64 %140, %H
  %142 = shl i64 %h, 7
  %143 = add i64 %141, %142
  %144 = add i64 %19, %139
  %145 = mul i64 %144, %H
  %146 = add i64 %145, %142
  %147 = add i64 %20, %139
  %148 = mul i64 %147, %H
  %149 = add i64 %148, %142
  %150 = getelementptr i8, ptr %dout, i64 %138
  %151 = getelementptr i8, ptr %qh, i64 64
  %152 = getelementptr i8, ptr %kh, i64 64
  br label %cc.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i63.exit
  %indvars.iv3013 = phi i64 [ %22, %cc.body.lr.ph ], [ %indvars.iv.next3014, %i63.exit ]
  %cc.addr.02729 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i63.exit ]
  %smin3598 = tail call i64 @llvm.smin.i64(i64 %indvars.iv3013, i64 16)
  %smax3599 = tail call i64 @llvm.smax.i64(i64 %smin3598, i64 1)
  %153 = mul i64 %17, %cc.addr.02729
  %154 = add i64 %149, %153
  %155 = add i64 %146, %153
  %156 = add i64 %143, %153
  %157 = mul i64 %12, %cc.addr.02729
  %158 = shl i64 %cc.addr.02729, 12
  %159 = sub i64 %129, %158
  %160 = xor i64 %cc.addr.02729, -1
  %ci = add nsw i64 %nc, %160
  %t0 = shl nsw i64 %ci, 4
  %161 = sub nsw i64 %T, %t0
  %scevgep2923 = getelementptr i8, ptr %hs, i64 %159
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %work, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923, i64 128, i1 false)
  %162 = or disjoint i64 %159, 128
  %scevgep2923.1 = getelementptr i8, ptr %hs, i64 %162
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.1, i64 128, i1 false)
  %163 = or disjoint i64 %159, 256
  %scevgep2923.2 = getelementptr i8, ptr %hs, i64 %163
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.2, i64 128, i1 false)
  %164 = or disjoint i64 %159, 384
  %scevgep2923.3 = getelementptr i8, ptr %hs, i64 %164
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.3, i64 128, i1 false)
  %165 = or disjoint i64 %159, 512
  %scevgep2923.4 = getelementptr i8, ptr %hs, i64 %165
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.4, i64 128, i1 false)
  %166 = or disjoint i64 %159, 640
  %scevgep2923.5 = getelementptr i8, ptr %hs, i64 %166
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.5, i64 128, i1 false)
  %167 = or disjoint i64 %159, 768
  %scevgep2923.6 = getelementptr i8, ptr %hs, i64 %167
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.6, i64 128, i1 false)
  %168 = or disjoint i64 %159, 896
  %scevgep2923.7 = getelementptr i8, ptr %hs, i64 %168
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.7, i64 128, i1 false)
  %169 = or disjoint i64 %159, 1024
  %scevgep2923.8 = getelementptr i8, ptr %hs, i64 %169
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.8, i64 128, i1 false)
  %170 = or disjoint i64 %159, 1152
  %scevgep2923.9 = getelementptr i8, ptr %hs, i64 %170
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.9, i64 128, i1 false)
  %171 = or disjoint i64 %159, 1280
  %scevgep2923.10 = getelementptr i8, ptr %hs, i64 %171
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.10, i64 128, i1 false)
  %172 = or disjoint i64 %159, 1408
  %scevgep2923.11 = getelementptr i8, ptr %hs, i64 %172
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.11, i64 128, i1 false)
  %173 = or disjoint i64 %159, 1536
  %scevgep2923.12 = getelementptr i8, ptr %hs, i64 %173
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.12, i64 128, i1 false)
  %174 = or disjoint i64 %159, 1664
  %scevgep2923.13 = getelementptr i8, ptr %hs, i64 %174
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.13, i64 128, i1 false)
  %175 = or disjoint i64 %159, 1792
  %scevgep2923.14 = getelementptr i8, ptr %hs, i64 %175
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.14, i64 128, i1 false)
  %176 = or disjoint i64 %159, 1920
  %scevgep2923.15 = getelementptr i8, ptr %hs, i64 %176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.15, i64 128, i1 false)
  %177 = or disjoint i64 %159, 2048
  %scevgep2923.16 = getelementptr i8, ptr %hs, i64 %177
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.16, i64 128, i1 false)
  %178 = or disjoint i64 %159, 2176
  %scevgep2923.17 = getelementptr i8, ptr %hs, i64 %178
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.17, i64 128, i1 false)
  %179 = or disjoint i64 %159, 2304
  %scevgep2923.18 = getelementptr i8, ptr %hs, i64 %179
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.18, i64 128, i1 false)
  %180 = or disjoint i64 %159, 2432
  %scevgep2923.19 = getelementptr i8, ptr %hs, i64 %180
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.19, i64 128, i1 false)
  %181 = or disjoint i64 %159, 2560
  %scevgep2923.20 = getelementptr i8, ptr %hs, i64 %181
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.20, i64 128, i1 false)
  %182 = or disjoint i64 %159, 2688
  %scevgep2923.21 = getelementptr i8, ptr %hs, i64 %182
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.21, i64 128, i1 false)
  %183 = or disjoint i64 %159, 2816
  %scevgep2923.22 = getelementptr i8, ptr %hs, i64 %183
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.22, i64 128, i1 false)
  %184 = or disjoint i64 %159, 2944
  %scevgep2923.23 = getelementptr i8, ptr %hs, i64 %184
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.23, i64 128, i1 false)
  %185 = or disjoint i64 %159, 3072
  %scevgep2923.24 = getelementptr i8, ptr %hs, i64 %185
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.24, i64 128, i1 false)
  %186 = or disjoint i64 %159, 3200
  %scevgep2923.25 = getelementptr i8, ptr %hs, i64 %186
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.25, i64 128, i1 false)
  %187 = or disjoint i64 %159, 3328
  %scevgep2923.26 = getelementptr i8, ptr %hs, i64 %187
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.26, i64 128, i1 false)
  %188 = or disjoint i64 %159, 3456
  %scevgep2923.27 = getelementptr i8, ptr %hs, i64 %188
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.27, i64 128, i1 false)
  %189 = or disjoint i64 %159, 3584
  %scevgep2923.28 = getelementptr i8, ptr %hs, i64 %189
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.28, i64 128, i1 false)
  %190 = or disjoint i64 %159, 3712
  %scevgep2923.29 = getelementptr i8, ptr %hs, i64 %190
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.29, i64 128, i1 false)
  %191 = or disjoint i64 %159, 3840
  %scevgep2923.30 = getelementptr i8, ptr %hs, i64 %191
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.30, i64 128, i1 false)
  %192 = or disjoint i64 %159, 3968
  %scevgep2923.31 = getelementptr i8, ptr %hs, i64 %192
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep2922.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2923.31, i64 128, i1 false)
  %193 = add nsw i64 %ci, %136
  %194 = shl nsw i64 %193, 10
  br label %j2.head.preheader

j2.head.preheader:                                ; preds = %cc.body, %j2.exit
  %195 = phi i1 [ true, %cc.body ], [ false, %j2.exit ]
  %i2.addr.02473 = phi i64 [ 0, %cc.body ], [ 16, %j2.exit ]
  %196 = shl nuw nsw i64 %i2.addr.02473, 5
  %197 = or disjoint i64 %196, %194
  br label %j2.body

j2.body:                                          ; preds = %j2.head.preheader, %j2.body
  %198 = phi i1 [ true, %j2.head.preheader ], [ false, %j2.body ]
  %j2.addr.02472 = phi i64 [ 0, %j2.head.preheader ], [ 16, %j2.body ]
  %199 = or disjoint i64 %197, %j2.addr.02472
  %200 = getelementptr inbounds float, ptr %hs, i64 %199
  %201 = load <16 x float>, ptr %200, align 4
  %202 = or disjoint i64 %199, 256
  %203 = getelementptr inbounds float, ptr %hs, i64 %202
  %204 = load <16 x float>, ptr %203, align 4
  %205 = or disjoint i64 %199, 32
  %206 = getelementptr inbounds float, ptr %hs, i64 %205
  %207 = load <16 x float>, ptr %206, align 4
  %208 = or disjoint i64 %199, 288
  %209 = getelementptr inbounds float, ptr %hs, i64 %208
  %210 = load <16 x float>, ptr %209, align 4
  %211 = or disjoint i64 %199, 64
  %212 = getelementptr inbounds float, ptr %hs, i64 %211
  %213 = load <16 x float>, ptr %212, align 4
  %214 = or disjoint i64 %199, 320
  %215 = getelementptr inbounds float, ptr %hs, i64 %214
  %216 = load <16 x float>, ptr %215, align 4
  %217 = or disjoint i64 %199, 96
  %218 = getelementptr inbounds float, ptr %hs, i64 %217
  %219 = load <16 x float>, ptr %218, align 4
  %220 = or disjoint i64 %199, 352
  %221 = getelementptr inbounds float, ptr %hs, i64 %220
  %222 = load <16 x float>, ptr %221, align 4
  %223 = or disjoint i64 %199, 128
  %224 = getelementptr inbounds float, ptr %hs, i64 %223
  %225 = load <16 x float>, ptr %224, align 4
  %226 = or disjoint i64 %199, 384
  %227 = getelementptr inbounds float, ptr %hs, i64 %226
  %228 = load <16 x float>, ptr %227, align 4
  %229 = or disjoint i64 %199, 160
  %230 = getelementptr inbounds float, ptr %hs, i64 %229
  %231 = load <16 x float>, ptr %230, align 4
  %232 = or disjoint i64 %199, 416
  %233 = getelementptr inbounds float, ptr %hs, i64 %232
  %234 = load <16 x float>, ptr %233, align 4
  %235 = or disjoint i64 %199, 192
  %236 = getelementptr inbounds float, ptr %hs, i64 %235
  %237 = load <16 x float>, ptr %236, align 4
  %238 = or disjoint i64 %199, 448
  %239 = getelementptr inbounds float, ptr %hs, i64 %238
  %240 = load <16 x float>, ptr %239, align 4
  %241 = or disjoint i64 %199, 224
  %242 = getelementptr inbounds float, ptr %hs, i64 %241
  %243 = load <16 x float>, ptr %242, align 4
  %244 = or disjoint i64 %199, 480
  %245 = getelementptr inbounds float, ptr %hs, i64 %244
  %246 = load <16 x float>, ptr %245, align 4
  %247 = shufflevector <16 x float> %201, <16 x float> %204, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %248 = shufflevector <16 x float> %225, <16 x float> %228, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %249 = shufflevector <16 x float> %207, <16 x float> %210, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %250 = shufflevector <16 x float> %231, <16 x float> %234, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %251 = shufflevector <16 x float> %213, <16 x float> %216, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %252 = shufflevector <16 x float> %237, <16 x float> %240, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %253 = shufflevector <16 x float> %219, <16 x float> %222, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %254 = shufflevector <16 x float> %243, <16 x float> %246, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %255 = shufflevector <16 x float> %201, <16 x float> %204, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %256 = shufflevector <16 x float> %225, <16 x float> %228, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %257 = shufflevector <16 x float> %207, <16 x float> %210, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %258 = shufflevector <16 x float> %231, <16 x float> %234, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %259 = shufflevector <16 x float> %213, <16 x float> %216, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %260 = shufflevector <16 x float> %237, <16 x float> %240, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %261 = shufflevector <16 x float> %219, <16 x float> %222, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %262 = shufflevector <16 x float> %243, <16 x float> %246, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %263 = shufflevector <16 x float> %247, <16 x float> %248, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %264 = shufflevector <16 x float> %251, <16 x float> %252, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %265 = shufflevector <16 x float> %249, <16 x float> %250, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %266 = shufflevector <16 x float> %253, <16 x float> %254, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %267 = shufflevector <16 x float> %247, <16 x float> %248, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %268 = shufflevector <16 x float> %251, <16 x float> %252, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %269 = shufflevector <16 x float> %249, <16 x float> %250, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %270 = shufflevector <16 x float> %253, <16 x float> %254, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %271 = shufflevector <16 x float> %255, <16 x float> %256, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %272 = shufflevector <16 x float> %259, <16 x float> %260, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %273 = shufflevector <16 x float> %257, <16 x float> %258, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %274 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %275 = shufflevector <16 x float> %255, <16 x float> %256, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %276 = shufflevector <16 x float> %259, <16 x float> %260, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %277 = shufflevector <16 x float> %257, <16 x float> %258, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %278 = shufflevector <16 x float> %261, <16 x float> %262, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %279 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %280 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %281 = shufflevector <16 x float> %263, <16 x float> %264, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %282 = shufflevector <16 x float> %265, <16 x float> %266, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %283 = shufflevector <16 x float> %267, <16 x float> %268, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %284 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %285 = shufflevector <16 x float> %267, <16 x float> %268, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %286 = shufflevector <16 x float> %269, <16 x float> %270, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %287 = shufflevector <16 x float> %271, <16 x float> %272, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %288 = shufflevector <16 x float> %273, <16 x float> %274, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %289 = shufflevector <16 x float> %271, <16 x float> %272, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %290 = shufflevector <16 x float> %273, <16 x float> %274, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %291 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %292 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %293 = shufflevector <16 x float> %275, <16 x float> %276, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %294 = shufflevector <16 x float> %277, <16 x float> %278, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %295 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %296 = shl nuw nsw i64 %j2.addr.02472, 5
  %297 = or disjoint i64 %296, %i2.addr.02473
  %298 = or disjoint i64 %297, 1024
  %299 = getelementptr inbounds float, ptr %Bk, i64 %298
  store <16 x float> %295, ptr %299, align 4
  %300 = shufflevector <16 x float> %279, <16 x float> %280, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %301 = or disjoint i64 %297, 1056
  %302 = getelementptr inbounds float, ptr %Bk, i64 %301
  store <16 x float> %300, ptr %302, align 4
  %303 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %304 = or disjoint i64 %297, 1088
  %305 = getelementptr inbounds float, ptr %Bk, i64 %304
  store <16 x float> %303, ptr %305, align 4
  %306 = shufflevector <16 x float> %281, <16 x float> %282, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %307 = or disjoint i64 %297, 1120
  %308 = getelementptr inbounds float, ptr %Bk, i64 %307
  store <16 x float> %306, ptr %308, align 4
  %309 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %310 = or disjoint i64 %297, 1152
  %311 = getelementptr inbounds float, ptr %Bk, i64 %310
  store <16 x float> %309, ptr %311, align 4
  %312 = shufflevector <16 x float> %283, <16 x float> %284, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %313 = or disjoint i64 %297, 1184
  %314 = getelementptr inbounds float, ptr %Bk, i64 %313
  store <16 x float> %312, ptr %314, align 4
  %315 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %316 = or disjoint i64 %297, 1216
  %317 = getelementptr inbounds float, ptr %Bk, i64 %316
  store <16 x float> %315, ptr %317, align 4
  %318 = shufflevector <16 x float> %285, <16 x float> %286, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %319 = or disjoint i64 %297, 1248
  %320 = getelementptr inbounds float, ptr %Bk, i64 %319
  store <16 x float> %318, ptr %320, align 4
  %321 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %322 = or disjoint i64 %297, 1280
  %323 = getelementptr inbounds float, ptr %Bk, i64 %322
  store <16 x float> %321, ptr %323, align 4
  %324 = shufflevector <16 x float> %287, <16 x float> %288, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %325 = or disjoint i64 %297, 1312
  %326 = getelementptr inbounds float, ptr %Bk, i64 %325
  store <16 x float> %324, ptr %326, align 4
  %327 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %328 = or disjoint i64 %297, 1344
  %329 = getelementptr inbounds float, ptr %Bk, i64 %328
  store <16 x float> %327, ptr %329, align 4
  %330 = shufflevector <16 x float> %289, <16 x float> %290, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %331 = or disjoint i64 %297, 1376
  %332 = getelementptr inbounds float, ptr %Bk, i64 %331
  store <16 x float> %330, ptr %332, align 4
  %333 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %334 = or disjoint i64 %297, 1408
  %335 = getelementptr inbounds float, ptr %Bk, i64 %334
  store <16 x float> %333, ptr %335, align 4
  %336 = shufflevector <16 x float> %291, <16 x float> %292, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %337 = or disjoint i64 %297, 1440
  %338 = getelementptr inbounds float, ptr %Bk, i64 %337
  store <16 x float> %336, ptr %338, align 4
  %339 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %340 = or disjoint i64 %297, 1472
  %341 = getelementptr inbounds float, ptr %Bk, i64 %340
  store <16 x float> %339, ptr %341, align 4
  %342 = shufflevector <16 x float> %293, <16 x float> %294, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %343 = or disjoint i64 %297, 1504
  %344 = getelementptr inbounds float, ptr %Bk, i64 %343
  store <16 x float> %342, ptr %344, align 4
  br i1 %198, label %j2.body, label %j2.exit

j2.exit:                                          ; preds = %j2.body
  br i1 %195, label %j2.head.preheader, label %j3.head.preheader

j3.head.preheader:                                ; preds = %j2.exit, %j3.exit
  %345 = phi i1 [ false, %j3.exit ], [ true, %j2.exit ]
  %i3.addr.02475 = phi i64 [ 16, %j3.exit ], [ 0, %j2.exit ]
  %346 = shl nuw nsw i64 %i3.addr.02475, 6
  br label %j3.body

j3.body:                                          ; preds = %j3.head.preheader, %j3.body
  %347 = phi i1 [ true, %j3.head.preheader ], [ false, %j3.body ]
  %j3.addr.02474 = phi i64 [ 0, %j3.head.preheader ], [ 16, %j3.body ]
  %348 = or disjoint i64 %j3.addr.02474, %346
  %349 = or disjoint i64 %348, 32
  %350 = getelementptr inbounds float, ptr %work, i64 %349
  %351 = load <16 x float>, ptr %350, align 4
  %352 = or disjoint i64 %348, 544
  %353 = getelementptr inbounds float, ptr %work, i64 %352
  %354 = load <16 x float>, ptr %353, align 4
  %355 = or disjoint i64 %348, 96
  %356 = getelementptr inbounds float, ptr %work, i64 %355
  %357 = load <16 x float>, ptr %356, align 4
  %358 = or disjoint i64 %348, 608
  %359 = getelementptr inbounds float, ptr %work, i64 %358
  %360 = load <16 x float>, ptr %359, align 4
  %361 = or disjoint i64 %348, 160
  %362 = getelementptr inbounds float, ptr %work, i64 %361
  %363 = load <16 x float>, ptr %362, align 4
  %364 = or disjoint i64 %348, 672
  %365 = getelementptr inbounds float, ptr %work, i64 %364
  %366 = load <16 x float>, ptr %365, align 4
  %367 = or disjoint i64 %348, 224
  %368 = getelementptr inbounds float, ptr %work, i64 %367
  %369 = load <16 x float>, ptr %368, align 4
  %370 = or disjoint i64 %348, 736
  %371 = getelementptr inbounds float, ptr %work, i64 %370
  %372 = load <16 x float>, ptr %371, align 4
  %373 = or disjoint i64 %348, 288
  %374 = getelementptr inbounds float, ptr %work, i64 %373
  %375 = load <16 x float>, ptr %374, align 4
  %376 = or disjoint i64 %348, 800
  %377 = getelementptr inbounds float, ptr %work, i64 %376
  %378 = load <16 x float>, ptr %377, align 4
  %379 = or disjoint i64 %348, 352
  %380 = getelementptr inbounds float, ptr %work, i64 %379
  %381 = load <16 x float>, ptr %380, align 4
  %382 = or disjoint i64 %348, 864
  %383 = getelementptr inbounds float, ptr %work, i64 %382
  %384 = load <16 x float>, ptr %383, align 4
  %385 = or disjoint i64 %348, 416
  %386 = getelementptr inbounds float, ptr %work, i64 %385
  %387 = load <16 x float>, ptr %386, align 4
  %388 = or disjoint i64 %348, 928
  %389 = getelementptr inbounds float, ptr %work, i64 %388
  %390 = load <16 x float>, ptr %389, align 4
  %391 = or disjoint i64 %348, 480
  %392 = getelementptr inbounds float, ptr %work, i64 %391
  %393 = load <16 x float>, ptr %392, align 4
  %394 = or disjoint i64 %348, 992
  %395 = getelementptr inbounds float, ptr %work, i64 %394
  %396 = load <16 x float>, ptr %395, align 4
  %397 = shufflevector <16 x float> %351, <16 x float> %354, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %398 = shufflevector <16 x float> %375, <16 x float> %378, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %399 = shufflevector <16 x float> %357, <16 x float> %360, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %400 = shufflevector <16 x float> %381, <16 x float> %384, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %401 = shufflevector <16 x float> %363, <16 x float> %366, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %402 = shufflevector <16 x float> %387, <16 x float> %390, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %403 = shufflevector <16 x float> %369, <16 x float> %372, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %404 = shufflevector <16 x float> %393, <16 x float> %396, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %405 = shufflevector <16 x float> %351, <16 x float> %354, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %406 = shufflevector <16 x float> %375, <16 x float> %378, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %407 = shufflevector <16 x float> %357, <16 x float> %360, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %408 = shufflevector <16 x float> %381, <16 x float> %384, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %409 = shufflevector <16 x float> %363, <16 x float> %366, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %410 = shufflevector <16 x float> %387, <16 x float> %390, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %411 = shufflevector <16 x float> %369, <16 x float> %372, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %412 = shufflevector <16 x float> %393, <16 x float> %396, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %413 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %414 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %415 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %416 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %417 = shufflevector <16 x float> %397, <16 x float> %398, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %418 = shufflevector <16 x float> %401, <16 x float> %402, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %419 = shufflevector <16 x float> %399, <16 x float> %400, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %420 = shufflevector <16 x float> %403, <16 x float> %404, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %421 = shufflevector <16 x float> %405, <16 x float> %406, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %422 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %423 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %424 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %425 = shufflevector <16 x float> %405, <16 x float> %406, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %426 = shufflevector <16 x float> %409, <16 x float> %410, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %427 = shufflevector <16 x float> %407, <16 x float> %408, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %428 = shufflevector <16 x float> %411, <16 x float> %412, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %429 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %430 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %431 = shufflevector <16 x float> %413, <16 x float> %414, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %432 = shufflevector <16 x float> %415, <16 x float> %416, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %433 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %434 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %435 = shufflevector <16 x float> %417, <16 x float> %418, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %436 = shufflevector <16 x float> %419, <16 x float> %420, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %437 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %438 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %439 = shufflevector <16 x float> %421, <16 x float> %422, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %440 = shufflevector <16 x float> %423, <16 x float> %424, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %441 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %442 = shufflevector <16 x float> %427, <16 x float> %428, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %443 = shufflevector <16 x float> %425, <16 x float> %426, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %444 = shufflevector <16 x float> %427, <16 x float> %428, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %445 = shufflevector <16 x float> %429, <16 x float> %430, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %446 = shl nuw nsw i64 %j3.addr.02474, 5
  %447 = or disjoint i64 %446, %i3.addr.02475
  %448 = getelementptr inbounds float, ptr %Bk, i64 %447
  store <16 x float> %445, ptr %448, align 4
  %449 = shufflevector <16 x float> %429, <16 x float> %430, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %450 = or disjoint i64 %447, 32
  %451 = getelementptr inbounds float, ptr %Bk, i64 %450
  store <16 x float> %449, ptr %451, align 4
  %452 = shufflevector <16 x float> %431, <16 x float> %432, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %453 = or disjoint i64 %447, 64
  %454 = getelementptr inbounds float, ptr %Bk, i64 %453
  store <16 x float> %452, ptr %454, align 4
  %455 = shufflevector <16 x float> %431, <16 x float> %432, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %456 = or disjoint i64 %447, 96
  %457 = getelementptr inbounds float, ptr %Bk, i64 %456
  store <16 x float> %455, ptr %457, align 4
  %458 = shufflevector <16 x float> %433, <16 x float> %434, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %459 = or disjoint i64 %447, 128
  %460 = getelementptr inbounds float, ptr %Bk, i64 %459
  store <16 x float> %458, ptr %460, align 4
  %461 = shufflevector <16 x float> %433, <16 x float> %434, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %462 = or disjoint i64 %447, 160
  %463 = getelementptr inbounds float, ptr %Bk, i64 %462
  store <16 x float> %461, ptr %463, align 4
  %464 = shufflevector <16 x float> %435, <16 x float> %436, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %465 = or disjoint i64 %447, 192
  %466 = getelementptr inbounds float, ptr %Bk, i64 %465
  store <16 x float> %464, ptr %466, align 4
  %467 = shufflevector <16 x float> %435, <16 x float> %436, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %468 = or disjoint i64 %447, 224
  %469 = getelementptr inbounds float, ptr %Bk, i64 %468
  store <16 x float> %467, ptr %469, align 4
  %470 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %471 = or disjoint i64 %447, 256
  %472 = getelementptr inbounds float, ptr %Bk, i64 %471
  store <16 x float> %470, ptr %472, align 4
  %473 = shufflevector <16 x float> %437, <16 x float> %438, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %474 = or disjoint i64 %447, 288
  %475 = getelementptr inbounds float, ptr %Bk, i64 %474
  store <16 x float> %473, ptr %475, align 4
  %476 = shufflevector <16 x float> %439, <16 x float> %440, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %477 = or disjoint i64 %447, 320
  %478 = getelementptr inbounds float, ptr %Bk, i64 %477
  store <16 x float> %476, ptr %478, align 4
  %479 = shufflevector <16 x float> %439, <16 x float> %440, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %480 = or disjoint i64 %447, 352
  %481 = getelementptr inbounds float, ptr %Bk, i64 %480
  store <16 x float> %479, ptr %481, align 4
  %482 = shufflevector <16 x float> %441, <16 x float> %442, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %483 = or disjoint i64 %447, 384
  %484 = getelementptr inbounds float, ptr %Bk, i64 %483
  store <16 x float> %482, ptr %484, align 4
  %485 = shufflevector <16 x float> %441, <16 x float> %442, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %486 = or disjoint i64 %447, 416
  %487 = getelementptr inbounds float, ptr %Bk, i64 %486
  store <16 x float> %485, ptr %487, align 4
  %488 = shufflevector <16 x float> %443, <16 x float> %444, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %489 = or disjoint i64 %447, 448
  %490 = getelementptr inbounds float, ptr %Bk, i64 %489
  store <16 x float> %488, ptr %490, align 4
  %491 = shufflevector <16 x float> %443, <16 x float> %444, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %492 = or disjoint i64 %447, 480
  %493 = getelementptr inbounds float, ptr %Bk, i64 %492
  store <16 x float> %491, ptr %493, align 4
  br i1 %347, label %j3.body, label %j3.exit

j3.exit:                                          ; preds = %j3.body
  br i1 %345, label %j3.head.preheader, label %t.head.preheader.peel.next2927

t.head.preheader.peel.next2927:                   ; preds = %j3.exit
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %M, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %25, align 4
  store <8 x float> <float 0.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %29, align 4
  store <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, ptr %30, align 4
  br label %t.head.preheader

t.head.preheader:                                 ; preds = %t.head.preheader, %t.head.preheader.peel.next2927
  %s.addr.02477 = phi i64 [ 2, %t.head.preheader.peel.next2927 ], [ %s.next.1, %t.head.preheader ]
  %.idx2739 = shl nsw i64 %s.addr.02477, 6
  %494 = getelementptr inbounds i8, ptr %M, i64 %.idx2739
  store <2 x float> zeroinitializer, ptr %494, align 4
  %495 = insertelement <8 x i64> poison, i64 %s.addr.02477, i64 0
  %496 = shufflevector <8 x i64> %495, <8 x i64> poison, <8 x i32> zeroinitializer
  %497 = icmp ugt <8 x i64> %496, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %498 = getelementptr inbounds i8, ptr %24, i64 %.idx2739
  %499 = select <8 x i1> %497, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %499, ptr %498, align 4
  %500 = insertelement <4 x i64> poison, i64 %s.addr.02477, i64 0
  %501 = shufflevector <4 x i64> %500, <4 x i64> poison, <4 x i32> zeroinitializer
  %502 = icmp ugt <4 x i64> %501, <i64 10, i64 11, i64 12, i64 13>
  %503 = getelementptr inbounds i8, ptr %26, i64 %.idx2739
  %504 = select <4 x i1> %502, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %504, ptr %503, align 4
  %505 = getelementptr inbounds i8, ptr %27, i64 %.idx2739
  store float 1.000000e+00, ptr %505, align 4
  %506 = getelementptr inbounds i8, ptr %28, i64 %.idx2739
  store float 1.000000e+00, ptr %506, align 4
  %s.next = or disjoint i64 %s.addr.02477, 1
  %.idx2739.1 = shl nsw i64 %s.next, 6
  %507 = getelementptr inbounds i8, ptr %M, i64 %.idx2739.1
  store <2 x float> zeroinitializer, ptr %507, align 4
  %508 = insertelement <8 x i64> poison, i64 %s.next, i64 0
  %509 = shufflevector <8 x i64> %508, <8 x i64> poison, <8 x i32> zeroinitializer
  %510 = icmp ugt <8 x i64> %509, <i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9>
  %511 = getelementptr inbounds i8, ptr %24, i64 %.idx2739.1
  %512 = select <8 x i1> %510, <8 x float> zeroinitializer, <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <8 x float> %512, ptr %511, align 4
  %513 = insertelement <4 x i64> poison, i64 %s.next, i64 0
  %514 = shufflevector <4 x i64> %513, <4 x i64> poison, <4 x i32> zeroinitializer
  %515 = icmp ugt <4 x i64> %514, <i64 10, i64 11, i64 12, i64 13>
  %516 = getelementptr inbounds i8, ptr %26, i64 %.idx2739.1
  %517 = select <4 x i1> %515, <4 x float> zeroinitializer, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  store <4 x float> %517, ptr %516, align 4
  %.not2451.14.1 = icmp ugt i64 %s.addr.02477, 13
  %518 = select i1 %.not2451.14.1, float 0.000000e+00, float 1.000000e+00
  %519 = getelementptr inbounds i8, ptr %27, i64 %.idx2739.1
  store float %518, ptr %519, align 4
  %520 = getelementptr inbounds i8, ptr %28, i64 %.idx2739.1
  store float 1.000000e+00, ptr %520, align 4
  %s.next.1 = add nuw nsw i64 %s.addr.02477, 2
  %exitcond2926.not.1 = icmp eq i64 %s.next.1, 16
  br i1 %exitcond2926.not.1, label %t1.body.preheader, label %t.head.preheader, !llvm.loop !0

t1.body.preheader:                                ; preds = %t.head.preheader
  %521 = getelementptr i8, ptr %150, i64 %157
  br label %t1.body

t1.body:                                          ; preds = %t1.body.preheader, %endif
  %t1.addr.02498 = phi i64 [ %t1.next, %endif ], [ 0, %t1.body.preheader ]
  %522 = mul nuw nsw i64 %t1.addr.02498, 384
  %gep3204 = getelementptr i8, ptr %invariant.gep3203, i64 %522
  %gep3206 = getelementptr i8, ptr %invariant.gep3205, i64 %522
  %gep3208 = getelementptr i8, ptr %invariant.gep3207, i64 %522
  %gep3210 = getelementptr i8, ptr %invariant.gep3209, i64 %522
  %gep3212 = getelementptr i8, ptr %invariant.gep3211, i64 %522
  %gep3214 = getelementptr i8, ptr %invariant.gep3213, i64 %522
  %523 = shl nuw nsw i64 %t1.addr.02498, 7
  %gep3216 = getelementptr i8, ptr %invariant.gep3215, i64 %523
  %524 = icmp sgt i64 %161, %t1.addr.02498
  br i1 %524, label %p.head.preheader, label %j8.head.preheader

j8.head.preheader:                                ; preds = %t1.body
  %gep3218 = getelementptr i8, ptr %invariant.gep3217, i64 %523
  %gep3220 = getelementptr i8, ptr %invariant.gep3219, i64 %523
  %gep3222 = getelementptr i8, ptr %invariant.gep3221, i64 %522
  %gep3224 = getelementptr i8, ptr %invariant.gep3223, i64 %522
  %gep3226 = getelementptr i8, ptr %invariant.gep3225, i64 %522
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3218, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3220, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3216, i8 0, i64 128, i1 false)
  %i14 = mul nuw nsw i64 %t1.addr.02498, 3
  %525 = getelementptr inbounds float, ptr %bet, i64 %i14
  store float 0.000000e+00, ptr %525, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3214, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3222, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3212, i8 0, i64 128, i1 false)
  %gep3228 = getelementptr inbounds float, ptr %invariant.gep3227, i64 %i14
  store float 0.000000e+00, ptr %gep3228, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3210, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3224, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3208, i8 0, i64 128, i1 false)
  %gep3230 = getelementptr inbounds float, ptr %invariant.gep3229, i64 %i14
  store float 0.000000e+00, ptr %gep3230, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3206, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3226, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3204, i8 0, i64 128, i1 false)
  br label %endif

p.head.preheader:                                 ; preds = %t1.body
  %526 = mul i64 %13, %t1.addr.02498
  %scevgep2977 = getelementptr i8, ptr %521, i64 %526
  %527 = mul i64 %18, %t1.addr.02498
  %528 = add i64 %156, %527
  %scevgep2979 = getelementptr i8, ptr %k, i64 %528
  %scevgep2981 = getelementptr i8, ptr %v, i64 %528
  %529 = add i64 %155, %527
  %scevgep2983 = getelementptr i8, ptr %k, i64 %529
  %scevgep2985 = getelementptr i8, ptr %v, i64 %529
  %530 = add i64 %154, %527
  %scevgep2987 = getelementptr i8, ptr %k, i64 %530
  %scevgep2989 = getelementptr i8, ptr %v, i64 %530
  %531 = add nuw nsw i64 %t1.addr.02498, %t0
  %532 = mul nsw i64 %531, %sq
  %533 = shl nuw nsw i64 %t1.addr.02498, 5
  %534 = getelementptr float, ptr %qh, i64 %532
  %535 = load <16 x float>, ptr %534, align 4
  %536 = fmul <16 x float> %535, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %537 = or disjoint i64 %533, 2048
  %538 = getelementptr inbounds float, ptr %Bk, i64 %537
  store <16 x float> %536, ptr %538, align 4
  %539 = getelementptr inbounds float, ptr %QK, i64 %533
  store <16 x float> %536, ptr %539, align 4
  %540 = getelementptr float, ptr %151, i64 %532
  %541 = load <16 x float>, ptr %540, align 4
  %542 = fmul <16 x float> %541, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %543 = or disjoint i64 %533, 16
  %544 = or i64 %533, 2064
  %545 = getelementptr inbounds float, ptr %Bk, i64 %544
  store <16 x float> %542, ptr %545, align 4
  %546 = getelementptr inbounds float, ptr %QK, i64 %543
  store <16 x float> %542, ptr %546, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3216, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2977, i64 128, i1 false)
  %i5 = mul nuw nsw i64 %t1.addr.02498, 3
  %547 = or disjoint i64 %t1.addr.02498, %t0
  %tau = mul nsw i64 %547, 3
  %548 = mul nsw i64 %tau, %H
  %549 = getelementptr inbounds float, ptr %betah, i64 %548
  %550 = load float, ptr %549, align 4
  %551 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %550, ptr %551, align 4
  %552 = mul nsw i64 %tau, %sq
  %553 = mul nuw nsw i64 %t1.addr.02498, 96
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3214, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2979, i64 128, i1 false)
  %554 = getelementptr float, ptr %kh, i64 %552
  %555 = load <16 x float>, ptr %554, align 4
  %556 = fneg <16 x float> %555
  %gep3232 = getelementptr inbounds float, ptr %invariant.gep3231, i64 %553
  store <16 x float> %556, ptr %gep3232, align 4
  %557 = getelementptr float, ptr %152, i64 %552
  %558 = load <16 x float>, ptr %557, align 4
  %559 = fneg <16 x float> %558
  %gep3234 = getelementptr inbounds float, ptr %invariant.gep3233, i64 %553
  store <16 x float> %559, ptr %gep3234, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3212, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2981, i64 128, i1 false)
  %i7 = add nuw nsw i64 %i5, 1
  %tau1 = add nsw i64 %tau, 1
  %560 = mul nsw i64 %tau1, %H
  %561 = getelementptr inbounds float, ptr %betah, i64 %560
  %562 = load float, ptr %561, align 4
  %563 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %562, ptr %563, align 4
  %564 = mul nsw i64 %tau1, %sq
  %565 = shl nuw nsw i64 %i7, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3210, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2983, i64 128, i1 false)
  %566 = getelementptr float, ptr %kh, i64 %564
  %567 = load <16 x float>, ptr %566, align 4
  %568 = fneg <16 x float> %567
  %gep3236 = getelementptr inbounds float, ptr %invariant.gep3235, i64 %565
  store <16 x float> %568, ptr %gep3236, align 4
  %569 = getelementptr float, ptr %152, i64 %564
  %570 = load <16 x float>, ptr %569, align 4
  %571 = fneg <16 x float> %570
  %gep3238 = getelementptr inbounds float, ptr %invariant.gep3237, i64 %565
  store <16 x float> %571, ptr %gep3238, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3208, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2985, i64 128, i1 false)
  %i9 = add nuw nsw i64 %i5, 2
  %tau2 = add nsw i64 %tau, 2
  %572 = mul nsw i64 %tau2, %H
  %573 = getelementptr inbounds float, ptr %betah, i64 %572
  %574 = load float, ptr %573, align 4
  %575 = getelementptr inbounds float, ptr %bet, i64 %i9
  store float %574, ptr %575, align 4
  %576 = mul nsw i64 %tau2, %sq
  %577 = shl nuw nsw i64 %i9, 5
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3206, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2987, i64 128, i1 false)
  %578 = getelementptr float, ptr %kh, i64 %576
  %579 = load <16 x float>, ptr %578, align 4
  %580 = fneg <16 x float> %579
  %gep3240 = getelementptr inbounds float, ptr %invariant.gep3239, i64 %577
  store <16 x float> %580, ptr %gep3240, align 4
  %581 = getelementptr float, ptr %152, i64 %576
  %582 = load <16 x float>, ptr %581, align 4
  %583 = fneg <16 x float> %582
  %gep3242 = getelementptr inbounds float, ptr %invariant.gep3241, i64 %577
  store <16 x float> %583, ptr %gep3242, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep3204, ptr noundef nonnull align 4 dereferenceable(128) %scevgep2989, i64 128, i1 false)
  br label %endif

endif:                                            ; preds = %j8.head.preheader, %p.head.preheader
  %t1.next = add nuw nsw i64 %t1.addr.02498, 1
  %exitcond2990.not = icmp eq i64 %t1.next, 16
  br i1 %exitcond2990.not, label %j20.head.preheader, label %t1.body

j20.head.preheader:                               ; preds = %endif, %j20.exit
  %i26.addr.02506 = phi i64 [ %i26.next, %j20.exit ], [ 0, %endif ]
  %invariant.gep = getelementptr inbounds float, ptr %KT, i64 %i26.addr.02506
  %.idx3038 = shl nsw i64 %i26.addr.02506, 7
  %invariant.gep3243 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3038
  br label %j20.body

j20.body:                                         ; preds = %j20.head.preheader, %j20.body
  %584 = phi i1 [ true, %j20.head.preheader ], [ false, %j20.body ]
  %j20.addr.02505 = phi i64 [ 0, %j20.head.preheader ], [ 16, %j20.body ]
  %gep3244 = getelementptr inbounds float, ptr %invariant.gep3243, i64 %j20.addr.02505
  %585 = getelementptr inbounds i8, ptr %gep3244, i64 10240
  %586 = load <16 x float>, ptr %585, align 4
  %587 = getelementptr inbounds i8, ptr %gep3244, i64 11264
  %588 = load <16 x float>, ptr %587, align 4
  %589 = getelementptr inbounds i8, ptr %gep3244, i64 10368
  %590 = load <16 x float>, ptr %589, align 4
  %591 = getelementptr inbounds i8, ptr %gep3244, i64 11392
  %592 = load <16 x float>, ptr %591, align 4
  %593 = getelementptr inbounds i8, ptr %gep3244, i64 10496
  %594 = load <16 x float>, ptr %593, align 4
  %595 = getelementptr inbounds i8, ptr %gep3244, i64 11520
  %596 = load <16 x float>, ptr %595, align 4
  %597 = getelementptr inbounds i8, ptr %gep3244, i64 10624
  %598 = load <16 x float>, ptr %597, align 4
  %599 = getelementptr inbounds i8, ptr %gep3244, i64 11648
  %600 = load <16 x float>, ptr %599, align 4
  %601 = getelementptr inbounds i8, ptr %gep3244, i64 10752
  %602 = load <16 x float>, ptr %601, align 4
  %603 = getelementptr inbounds i8, ptr %gep3244, i64 11776
  %604 = load <16 x float>, ptr %603, align 4
  %605 = getelementptr inbounds i8, ptr %gep3244, i64 10880
  %606 = load <16 x float>, ptr %605, align 4
  %607 = getelementptr inbounds i8, ptr %gep3244, i64 11904
  %608 = load <16 x float>, ptr %607, align 4
  %609 = getelementptr inbounds i8, ptr %gep3244, i64 11008
  %610 = load <16 x float>, ptr %609, align 4
  %611 = getelementptr inbounds i8, ptr %gep3244, i64 12032
  %612 = load <16 x float>, ptr %611, align 4
  %613 = getelementptr inbounds i8, ptr %gep3244, i64 11136
  %614 = load <16 x float>, ptr %613, align 4
  %615 = getelementptr inbounds i8, ptr %gep3244, i64 12160
  %616 = load <16 x float>, ptr %615, align 4
  %617 = shufflevector <16 x float> %586, <16 x float> %588, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %618 = shufflevector <16 x float> %602, <16 x float> %604, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %619 = shufflevector <16 x float> %590, <16 x float> %592, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %620 = shufflevector <16 x float> %606, <16 x float> %608, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %621 = shufflevector <16 x float> %594, <16 x float> %596, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %622 = shufflevector <16 x float> %610, <16 x float> %612, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %623 = shufflevector <16 x float> %598, <16 x float> %600, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %624 = shufflevector <16 x float> %614, <16 x float> %616, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %625 = shufflevector <16 x float> %586, <16 x float> %588, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %626 = shufflevector <16 x float> %602, <16 x float> %604, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %627 = shufflevector <16 x float> %590, <16 x float> %592, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %628 = shufflevector <16 x float> %606, <16 x float> %608, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %629 = shufflevector <16 x float> %594, <16 x float> %596, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %630 = shufflevector <16 x float> %610, <16 x float> %612, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %631 = shufflevector <16 x float> %598, <16 x float> %600, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %632 = shufflevector <16 x float> %614, <16 x float> %616, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %633 = shufflevector <16 x float> %617, <16 x float> %618, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %634 = shufflevector <16 x float> %621, <16 x float> %622, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %635 = shufflevector <16 x float> %619, <16 x float> %620, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %636 = shufflevector <16 x float> %623, <16 x float> %624, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %637 = shufflevector <16 x float> %617, <16 x float> %618, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %638 = shufflevector <16 x float> %621, <16 x float> %622, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %639 = shufflevector <16 x float> %619, <16 x float> %620, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %640 = shufflevector <16 x float> %623, <16 x float> %624, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %641 = shufflevector <16 x float> %625, <16 x float> %626, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %642 = shufflevector <16 x float> %629, <16 x float> %630, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %643 = shufflevector <16 x float> %627, <16 x float> %628, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %644 = shufflevector <16 x float> %631, <16 x float> %632, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %645 = shufflevector <16 x float> %625, <16 x float> %626, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %646 = shufflevector <16 x float> %629, <16 x float> %630, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %647 = shufflevector <16 x float> %627, <16 x float> %628, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %648 = shufflevector <16 x float> %631, <16 x float> %632, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %649 = shufflevector <16 x float> %633, <16 x float> %634, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %650 = shufflevector <16 x float> %635, <16 x float> %636, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %651 = shufflevector <16 x float> %633, <16 x float> %634, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %652 = shufflevector <16 x float> %635, <16 x float> %636, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %653 = shufflevector <16 x float> %637, <16 x float> %638, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %654 = shufflevector <16 x float> %639, <16 x float> %640, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %655 = shufflevector <16 x float> %637, <16 x float> %638, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %656 = shufflevector <16 x float> %639, <16 x float> %640, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %657 = shufflevector <16 x float> %641, <16 x float> %642, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %658 = shufflevector <16 x float> %643, <16 x float> %644, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %659 = shufflevector <16 x float> %641, <16 x float> %642, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %660 = shufflevector <16 x float> %643, <16 x float> %644, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %661 = shufflevector <16 x float> %645, <16 x float> %646, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %662 = shufflevector <16 x float> %647, <16 x float> %648, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %663 = shufflevector <16 x float> %645, <16 x float> %646, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %664 = shufflevector <16 x float> %647, <16 x float> %648, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %665 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %666 = mul nuw nsw i64 %j20.addr.02505, 48
  %667 = or disjoint i64 %666, %i26.addr.02506
  %668 = getelementptr inbounds float, ptr %KT, i64 %667
  store <16 x float> %665, ptr %668, align 4
  %669 = shufflevector <16 x float> %649, <16 x float> %650, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %670 = or disjoint i64 %666, 48
  %gep = getelementptr inbounds float, ptr %invariant.gep, i64 %670
  store <16 x float> %669, ptr %gep, align 4
  %671 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %672 = or disjoint i64 %666, 96
  %gep2500 = getelementptr inbounds float, ptr %invariant.gep, i64 %672
  store <16 x float> %671, ptr %gep2500, align 4
  %673 = shufflevector <16 x float> %651, <16 x float> %652, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %674 = or disjoint i64 %666, 144
  %gep2502 = getelementptr inbounds float, ptr %invariant.gep, i64 %674
  store <16 x float> %673, ptr %gep2502, align 4
  %675 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %676 = or disjoint i64 %667, 192
  %677 = getelementptr inbounds float, ptr %KT, i64 %676
  store <16 x float> %675, ptr %677, align 4
  %678 = shufflevector <16 x float> %653, <16 x float> %654, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %679 = or disjoint i64 %666, 240
  %gep2504 = getelementptr inbounds float, ptr %invariant.gep, i64 %679
  store <16 x float> %678, ptr %gep2504, align 4
  %680 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2443 = mul nuw nsw i64 %j20.addr.02505, 192
  %681 = getelementptr inbounds i8, ptr %KT, i64 %.idx2443
  %682 = getelementptr inbounds i8, ptr %681, i64 1152
  %683 = getelementptr inbounds float, ptr %682, i64 %i26.addr.02506
  store <16 x float> %680, ptr %683, align 4
  %684 = shufflevector <16 x float> %655, <16 x float> %656, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %685 = getelementptr inbounds i8, ptr %681, i64 1344
  %686 = getelementptr inbounds float, ptr %685, i64 %i26.addr.02506
  store <16 x float> %684, ptr %686, align 4
  %687 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %688 = getelementptr inbounds float, ptr %KT, i64 %666
  %689 = getelementptr inbounds i8, ptr %688, i64 1536
  %690 = getelementptr inbounds float, ptr %689, i64 %i26.addr.02506
  store <16 x float> %687, ptr %690, align 4
  %691 = shufflevector <16 x float> %657, <16 x float> %658, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %692 = getelementptr inbounds i8, ptr %681, i64 1728
  %693 = getelementptr inbounds float, ptr %692, i64 %i26.addr.02506
  store <16 x float> %691, ptr %693, align 4
  %694 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %695 = getelementptr inbounds i8, ptr %681, i64 1920
  %696 = getelementptr inbounds float, ptr %695, i64 %i26.addr.02506
  store <16 x float> %694, ptr %696, align 4
  %697 = shufflevector <16 x float> %659, <16 x float> %660, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %698 = getelementptr inbounds i8, ptr %681, i64 2112
  %699 = getelementptr inbounds float, ptr %698, i64 %i26.addr.02506
  store <16 x float> %697, ptr %699, align 4
  %700 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %701 = getelementptr inbounds i8, ptr %688, i64 2304
  %702 = getelementptr inbounds float, ptr %701, i64 %i26.addr.02506
  store <16 x float> %700, ptr %702, align 4
  %703 = shufflevector <16 x float> %661, <16 x float> %662, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %704 = getelementptr inbounds i8, ptr %681, i64 2496
  %705 = getelementptr inbounds float, ptr %704, i64 %i26.addr.02506
  store <16 x float> %703, ptr %705, align 4
  %706 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %707 = getelementptr inbounds i8, ptr %681, i64 2688
  %708 = getelementptr inbounds float, ptr %707, i64 %i26.addr.02506
  store <16 x float> %706, ptr %708, align 4
  %709 = shufflevector <16 x float> %663, <16 x float> %664, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %710 = getelementptr inbounds i8, ptr %681, i64 2880
  %711 = getelementptr inbounds float, ptr %710, i64 %i26.addr.02506
  store <16 x float> %709, ptr %711, align 4
  br i1 %584, label %j20.body, label %j20.exit

j20.exit:                                         ; preds = %j20.body
  %i26.next = add nuw nsw i64 %i26.addr.02506, 16
  %712 = icmp ult i64 %i26.addr.02506, 32
  br i1 %712, label %j20.head.preheader, label %j21.body

j21.body:                                         ; preds = %j20.exit, %j21.body
  %713 = phi i1 [ false, %j21.body ], [ true, %j20.exit ]
  %j21.addr.02507 = phi i64 [ 16, %j21.body ], [ 0, %j20.exit ]
  %714 = or disjoint i64 %j21.addr.02507, 2048
  %715 = getelementptr inbounds float, ptr %Bk, i64 %714
  %716 = load <16 x float>, ptr %715, align 4
  %717 = or disjoint i64 %j21.addr.02507, 2304
  %718 = getelementptr inbounds float, ptr %Bk, i64 %717
  %719 = load <16 x float>, ptr %718, align 4
  %720 = or disjoint i64 %j21.addr.02507, 2080
  %721 = getelementptr inbounds float, ptr %Bk, i64 %720
  %722 = load <16 x float>, ptr %721, align 4
  %723 = or disjoint i64 %j21.addr.02507, 2336
  %724 = getelementptr inbounds float, ptr %Bk, i64 %723
  %725 = load <16 x float>, ptr %724, align 4
  %726 = or disjoint i64 %j21.addr.02507, 2112
  %727 = getelementptr inbounds float, ptr %Bk, i64 %726
  %728 = load <16 x float>, ptr %727, align 4
  %729 = or disjoint i64 %j21.addr.02507, 2368
  %730 = getelementptr inbounds float, ptr %Bk, i64 %729
  %731 = load <16 x float>, ptr %730, align 4
  %732 = or disjoint i64 %j21.addr.02507, 2144
  %733 = getelementptr inbounds float, ptr %Bk, i64 %732
  %734 = load <16 x float>, ptr %733, align 4
  %735 = or disjoint i64 %j21.addr.02507, 2400
  %736 = getelementptr inbounds float, ptr %Bk, i64 %735
  %737 = load <16 x float>, ptr %736, align 4
  %738 = or disjoint i64 %j21.addr.02507, 2176
  %739 = getelementptr inbounds float, ptr %Bk, i64 %738
  %740 = load <16 x float>, ptr %739, align 4
  %741 = or disjoint i64 %j21.addr.02507, 2432
  %742 = getelementptr inbounds float, ptr %Bk, i64 %741
  %743 = load <16 x float>, ptr %742, align 4
  %744 = or disjoint i64 %j21.addr.02507, 2208
  %745 = getelementptr inbounds float, ptr %Bk, i64 %744
  %746 = load <16 x float>, ptr %745, align 4
  %747 = or disjoint i64 %j21.addr.02507, 2464
  %748 = getelementptr inbounds float, ptr %Bk, i64 %747
  %749 = load <16 x float>, ptr %748, align 4
  %750 = or disjoint i64 %j21.addr.02507, 2240
  %751 = getelementptr inbounds float, ptr %Bk, i64 %750
  %752 = load <16 x float>, ptr %751, align 4
  %753 = or disjoint i64 %j21.addr.02507, 2496
  %754 = getelementptr inbounds float, ptr %Bk, i64 %753
  %755 = load <16 x float>, ptr %754, align 4
  %756 = or disjoint i64 %j21.addr.02507, 2272
  %757 = getelementptr inbounds float, ptr %Bk, i64 %756
  %758 = load <16 x float>, ptr %757, align 4
  %759 = or disjoint i64 %j21.addr.02507, 2528
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
  %.idx2442 = shl nuw nsw i64 %j21.addr.02507, 6
  %811 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2442
  store <16 x float> %810, ptr %811, align 4
  %812 = shufflevector <16 x float> %794, <16 x float> %795, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %813 = shl nuw nsw i64 %j21.addr.02507, 4
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
  br i1 %713, label %j21.body, label %j22.body

j22.body:                                         ; preds = %j21.body, %j22.body
  %858 = phi i1 [ false, %j22.body ], [ true, %j21.body ]
  %j22.addr.02508 = phi i64 [ 16, %j22.body ], [ 0, %j21.body ]
  %859 = getelementptr inbounds float, ptr %OY, i64 %j22.addr.02508
  %860 = load <16 x float>, ptr %859, align 4
  %861 = or disjoint i64 %j22.addr.02508, 256
  %862 = getelementptr inbounds float, ptr %OY, i64 %861
  %863 = load <16 x float>, ptr %862, align 4
  %864 = or disjoint i64 %j22.addr.02508, 32
  %865 = getelementptr inbounds float, ptr %OY, i64 %864
  %866 = load <16 x float>, ptr %865, align 4
  %867 = or disjoint i64 %j22.addr.02508, 288
  %868 = getelementptr inbounds float, ptr %OY, i64 %867
  %869 = load <16 x float>, ptr %868, align 4
  %870 = or disjoint i64 %j22.addr.02508, 64
  %871 = getelementptr inbounds float, ptr %OY, i64 %870
  %872 = load <16 x float>, ptr %871, align 4
  %873 = or disjoint i64 %j22.addr.02508, 320
  %874 = getelementptr inbounds float, ptr %OY, i64 %873
  %875 = load <16 x float>, ptr %874, align 4
  %876 = or disjoint i64 %j22.addr.02508, 96
  %877 = getelementptr inbounds float, ptr %OY, i64 %876
  %878 = load <16 x float>, ptr %877, align 4
  %879 = or disjoint i64 %j22.addr.02508, 352
  %880 = getelementptr inbounds float, ptr %OY, i64 %879
  %881 = load <16 x float>, ptr %880, align 4
  %882 = or disjoint i64 %j22.addr.02508, 128
  %883 = getelementptr inbounds float, ptr %OY, i64 %882
  %884 = load <16 x float>, ptr %883, align 4
  %885 = or disjoint i64 %j22.addr.02508, 384
  %886 = getelementptr inbounds float, ptr %OY, i64 %885
  %887 = load <16 x float>, ptr %886, align 4
  %888 = or disjoint i64 %j22.addr.02508, 160
  %889 = getelementptr inbounds float, ptr %OY, i64 %888
  %890 = load <16 x float>, ptr %889, align 4
  %891 = or disjoint i64 %j22.addr.02508, 416
  %892 = getelementptr inbounds float, ptr %OY, i64 %891
  %893 = load <16 x float>, ptr %892, align 4
  %894 = or disjoint i64 %j22.addr.02508, 192
  %895 = getelementptr inbounds float, ptr %OY, i64 %894
  %896 = load <16 x float>, ptr %895, align 4
  %897 = or disjoint i64 %j22.addr.02508, 448
  %898 = getelementptr inbounds float, ptr %OY, i64 %897
  %899 = load <16 x float>, ptr %898, align 4
  %900 = or disjoint i64 %j22.addr.02508, 224
  %901 = getelementptr inbounds float, ptr %OY, i64 %900
  %902 = load <16 x float>, ptr %901, align 4
  %903 = or disjoint i64 %j22.addr.02508, 480
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
  %.idx2441 = shl nuw nsw i64 %j22.addr.02508, 6
  %955 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2441
  store <16 x float> %954, ptr %955, align 4
  %956 = shufflevector <16 x float> %938, <16 x float> %939, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %957 = shl nuw nsw i64 %j22.addr.02508, 4
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
  br i1 %858, label %j22.body, label %i29.body

i29.head.loopexit:                                ; preds = %p4.exit.2, %p4.exit.1, %p4.exit
  %1002 = icmp ult i64 %i29.addr.02521, 40
  br i1 %1002, label %i29.body, label %p5.head.preheader

i29.body:                                         ; preds = %j22.body, %i29.head.loopexit
  %i29.addr.02521 = phi i64 [ %1003, %i29.head.loopexit ], [ 0, %j22.body ]
  %1003 = add nuw nsw i64 %i29.addr.02521, 8
  %.idx2434 = mul nuw nsw i64 %i29.addr.02521, 192
  %1004 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2434
  %1005 = mul nuw nsw i64 %i29.addr.02521, 48
  %1006 = or disjoint i64 %1005, 48
  %1007 = getelementptr inbounds float, ptr %Gm, i64 %1006
  %1008 = or disjoint i64 %1005, 96
  %1009 = getelementptr inbounds float, ptr %Gm, i64 %1008
  %1010 = getelementptr inbounds i8, ptr %1004, i64 576
  %1011 = getelementptr inbounds i8, ptr %1004, i64 768
  %1012 = getelementptr inbounds i8, ptr %1004, i64 960
  %1013 = getelementptr inbounds i8, ptr %1004, i64 1152
  %1014 = getelementptr inbounds i8, ptr %1004, i64 1344
  %.idx3039 = shl nsw i64 %i29.addr.02521, 7
  %invariant.gep3245 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3039
  br label %p4.body

p4.body:                                          ; preds = %i29.body, %p4.body
  %acc.02519 = phi <16 x float> [ zeroinitializer, %i29.body ], [ %1020, %p4.body ]
  %acc1.02518 = phi <16 x float> [ zeroinitializer, %i29.body ], [ %1025, %p4.body ]
  %acc2.02517 = phi <16 x float> [ zeroinitializer, %i29.body ], [ %1030, %p4.body ]
  %acc3.02516 = phi <16 x float> [ zeroinitializer, %i29.body ], [ %1035, %p4.body ]
  %acc4.02515 = phi <16 x float> [ zeroinitializer, %i29.body ], [ %1040, %p4.body ]
  %acc5.02514 = phi <16 x float> [ zeroinitializer, %i29.body ], [ %1045, %p4.body ]
  %acc6.02513 = phi <16 x float> [ zeroinitializer, %i29.body ], [ %1050, %p4.body ]
  %acc7.02512 = phi <16 x float> [ zeroinitializer, %i29.body ], [ %1055, %p4.body ]
  %p4.addr.02511 = phi i64 [ 0, %i29.body ], [ %p4.next, %p4.body ]
  %.idx2440 = mul nuw nsw i64 %p4.addr.02511, 192
  %gep2510 = getelementptr inbounds i8, ptr %KT, i64 %.idx2440
  %1015 = load <16 x float>, ptr %gep2510, align 4
  %gep3246 = getelementptr inbounds float, ptr %invariant.gep3245, i64 %p4.addr.02511
  %1016 = getelementptr inbounds i8, ptr %gep3246, i64 10240
  %1017 = load float, ptr %1016, align 4
  %1018 = insertelement <16 x float> poison, float %1017, i64 0
  %1019 = shufflevector <16 x float> %1018, <16 x float> poison, <16 x i32> zeroinitializer
  %1020 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1019, <16 x float> %1015, <16 x float> %acc.02519)
  %1021 = getelementptr inbounds i8, ptr %gep3246, i64 10368
  %1022 = load float, ptr %1021, align 4
  %1023 = insertelement <16 x float> poison, float %1022, i64 0
  %1024 = shufflevector <16 x float> %1023, <16 x float> poison, <16 x i32> zeroinitializer
  %1025 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1024, <16 x float> %1015, <16 x float> %acc1.02518)
  %1026 = getelementptr inbounds i8, ptr %gep3246, i64 10496
  %1027 = load float, ptr %1026, align 4
  %1028 = insertelement <16 x float> poison, float %1027, i64 0
  %1029 = shufflevector <16 x float> %1028, <16 x float> poison, <16 x i32> zeroinitializer
  %1030 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1029, <16 x float> %1015, <16 x float> %acc2.02517)
  %1031 = getelementptr inbounds i8, ptr %gep3246, i64 10624
  %1032 = load float, ptr %1031, align 4
  %1033 = insertelement <16 x float> poison, float %1032, i64 0
  %1034 = shufflevector <16 x float> %1033, <16 x float> poison, <16 x i32> zeroinitializer
  %1035 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1034, <16 x float> %1015, <16 x float> %acc3.02516)
  %1036 = getelementptr inbounds i8, ptr %gep3246, i64 10752
  %1037 = load float, ptr %1036, align 4
  %1038 = insertelement <16 x float> poison, float %1037, i64 0
  %1039 = shufflevector <16 x float> %1038, <16 x float> poison, <16 x i32> zeroinitializer
  %1040 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1039, <16 x float> %1015, <16 x float> %acc4.02515)
  %1041 = getelementptr inbounds i8, ptr %gep3246, i64 10880
  %1042 = load float, ptr %1041, align 4
  %1043 = insertelement <16 x float> poison, float %1042, i64 0
  %1044 = shufflevector <16 x float> %1043, <16 x float> poison, <16 x i32> zeroinitializer
  %1045 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1044, <16 x float> %1015, <16 x float> %acc5.02514)
  %1046 = getelementptr inbounds i8, ptr %gep3246, i64 11008
  %1047 = load float, ptr %1046, align 4
  %1048 = insertelement <16 x float> poison, float %1047, i64 0
  %1049 = shufflevector <16 x float> %1048, <16 x float> poison, <16 x i32> zeroinitializer
  %1050 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1049, <16 x float> %1015, <16 x float> %acc6.02513)
  %1051 = getelementptr inbounds i8, ptr %gep3246, i64 11136
  %1052 = load float, ptr %1051, align 4
  %1053 = insertelement <16 x float> poison, float %1052, i64 0
  %1054 = shufflevector <16 x float> %1053, <16 x float> poison, <16 x i32> zeroinitializer
  %1055 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1054, <16 x float> %1015, <16 x float> %acc7.02512)
  %p4.next = add nuw nsw i64 %p4.addr.02511, 1
  %exitcond2991.not = icmp eq i64 %p4.next, 32
  br i1 %exitcond2991.not, label %p4.exit, label %p4.body

p4.exit:                                          ; preds = %p4.body
  store <16 x float> %1020, ptr %1004, align 4
  store <16 x float> %1025, ptr %1007, align 4
  store <16 x float> %1030, ptr %1009, align 4
  store <16 x float> %1035, ptr %1010, align 4
  store <16 x float> %1040, ptr %1011, align 4
  store <16 x float> %1045, ptr %1012, align 4
  store <16 x float> %1050, ptr %1013, align 4
  store <16 x float> %1055, ptr %1014, align 4
  %1056 = icmp ugt i64 %i29.addr.02521, 8
  br i1 %1056, label %p4.body.1, label %i29.head.loopexit

p4.body.1:                                        ; preds = %p4.exit, %p4.body.1
  %acc.02519.1 = phi <16 x float> [ %1062, %p4.body.1 ], [ zeroinitializer, %p4.exit ]
  %acc1.02518.1 = phi <16 x float> [ %1067, %p4.body.1 ], [ zeroinitializer, %p4.exit ]
  %acc2.02517.1 = phi <16 x float> [ %1072, %p4.body.1 ], [ zeroinitializer, %p4.exit ]
  %acc3.02516.1 = phi <16 x float> [ %1077, %p4.body.1 ], [ zeroinitializer, %p4.exit ]
  %acc4.02515.1 = phi <16 x float> [ %1082, %p4.body.1 ], [ zeroinitializer, %p4.exit ]
  %acc5.02514.1 = phi <16 x float> [ %1087, %p4.body.1 ], [ zeroinitializer, %p4.exit ]
  %acc6.02513.1 = phi <16 x float> [ %1092, %p4.body.1 ], [ zeroinitializer, %p4.exit ]
  %acc7.02512.1 = phi <16 x float> [ %1097, %p4.body.1 ], [ zeroinitializer, %p4.exit ]
  %p4.addr.02511.1 = phi i64 [ %p4.next.1, %p4.body.1 ], [ 0, %p4.exit ]
  %.idx2440.1 = mul nuw nsw i64 %p4.addr.02511.1, 192
  %gep2510.1 = getelementptr inbounds i8, ptr %invariant.gep2509.1, i64 %.idx2440.1
  %1057 = load <16 x float>, ptr %gep2510.1, align 4
  %gep3246.1 = getelementptr inbounds float, ptr %invariant.gep3245, i64 %p4.addr.02511.1
  %1058 = getelementptr inbounds i8, ptr %gep3246.1, i64 10240
  %1059 = load float, ptr %1058, align 4
  %1060 = insertelement <16 x float> poison, float %1059, i64 0
  %1061 = shufflevector <16 x float> %1060, <16 x float> poison, <16 x i32> zeroinitializer
  %1062 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1061, <16 x float> %1057, <16 x float> %acc.02519.1)
  %1063 = getelementptr inbounds i8, ptr %gep3246.1, i64 10368
  %1064 = load float, ptr %1063, align 4
  %1065 = insertelement <16 x float> poison, float %1064, i64 0
  %1066 = shufflevector <16 x float> %1065, <16 x float> poison, <16 x i32> zeroinitializer
  %1067 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1066, <16 x float> %1057, <16 x float> %acc1.02518.1)
  %1068 = getelementptr inbounds i8, ptr %gep3246.1, i64 10496
  %1069 = load float, ptr %1068, align 4
  %1070 = insertelement <16 x float> poison, float %1069, i64 0
  %1071 = shufflevector <16 x float> %1070, <16 x float> poison, <16 x i32> zeroinitializer
  %1072 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1071, <16 x float> %1057, <16 x float> %acc2.02517.1)
  %1073 = getelementptr inbounds i8, ptr %gep3246.1, i64 10624
  %1074 = load float, ptr %1073, align 4
  %1075 = insertelement <16 x float> poison, float %1074, i64 0
  %1076 = shufflevector <16 x float> %1075, <16 x float> poison, <16 x i32> zeroinitializer
  %1077 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1076, <16 x float> %1057, <16 x float> %acc3.02516.1)
  %1078 = getelementptr inbounds i8, ptr %gep3246.1, i64 10752
  %1079 = load float, ptr %1078, align 4
  %1080 = insertelement <16 x float> poison, float %1079, i64 0
  %1081 = shufflevector <16 x float> %1080, <16 x float> poison, <16 x i32> zeroinitializer
  %1082 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1081, <16 x float> %1057, <16 x float> %acc4.02515.1)
  %1083 = getelementptr inbounds i8, ptr %gep3246.1, i64 10880
  %1084 = load float, ptr %1083, align 4
  %1085 = insertelement <16 x float> poison, float %1084, i64 0
  %1086 = shufflevector <16 x float> %1085, <16 x float> poison, <16 x i32> zeroinitializer
  %1087 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1086, <16 x float> %1057, <16 x float> %acc5.02514.1)
  %1088 = getelementptr inbounds i8, ptr %gep3246.1, i64 11008
  %1089 = load float, ptr %1088, align 4
  %1090 = insertelement <16 x float> poison, float %1089, i64 0
  %1091 = shufflevector <16 x float> %1090, <16 x float> poison, <16 x i32> zeroinitializer
  %1092 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1091, <16 x float> %1057, <16 x float> %acc6.02513.1)
  %1093 = getelementptr inbounds i8, ptr %gep3246.1, i64 11136
  %1094 = load float, ptr %1093, align 4
  %1095 = insertelement <16 x float> poison, float %1094, i64 0
  %1096 = shufflevector <16 x float> %1095, <16 x float> poison, <16 x i32> zeroinitializer
  %1097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1096, <16 x float> %1057, <16 x float> %acc7.02512.1)
  %p4.next.1 = add nuw nsw i64 %p4.addr.02511.1, 1
  %exitcond2991.not.1 = icmp eq i64 %p4.next.1, 32
  br i1 %exitcond2991.not.1, label %p4.exit.1, label %p4.body.1

p4.exit.1:                                        ; preds = %p4.body.1
  %1098 = getelementptr inbounds i8, ptr %1004, i64 64
  store <16 x float> %1062, ptr %1098, align 4
  %1099 = getelementptr inbounds i8, ptr %1007, i64 64
  store <16 x float> %1067, ptr %1099, align 4
  %1100 = getelementptr inbounds i8, ptr %1009, i64 64
  store <16 x float> %1072, ptr %1100, align 4
  %1101 = getelementptr inbounds i8, ptr %1004, i64 640
  store <16 x float> %1077, ptr %1101, align 4
  %1102 = getelementptr inbounds i8, ptr %1004, i64 832
  store <16 x float> %1082, ptr %1102, align 4
  %1103 = getelementptr inbounds i8, ptr %1004, i64 1024
  store <16 x float> %1087, ptr %1103, align 4
  %1104 = getelementptr inbounds i8, ptr %1004, i64 1216
  store <16 x float> %1092, ptr %1104, align 4
  %1105 = getelementptr inbounds i8, ptr %1004, i64 1408
  store <16 x float> %1097, ptr %1105, align 4
  %1106 = icmp ugt i64 %i29.addr.02521, 24
  br i1 %1106, label %p4.body.2, label %i29.head.loopexit

p4.body.2:                                        ; preds = %p4.exit.1, %p4.body.2
  %acc.02519.2 = phi <16 x float> [ %1112, %p4.body.2 ], [ zeroinitializer, %p4.exit.1 ]
  %acc1.02518.2 = phi <16 x float> [ %1117, %p4.body.2 ], [ zeroinitializer, %p4.exit.1 ]
  %acc2.02517.2 = phi <16 x float> [ %1122, %p4.body.2 ], [ zeroinitializer, %p4.exit.1 ]
  %acc3.02516.2 = phi <16 x float> [ %1127, %p4.body.2 ], [ zeroinitializer, %p4.exit.1 ]
  %acc4.02515.2 = phi <16 x float> [ %1132, %p4.body.2 ], [ zeroinitializer, %p4.exit.1 ]
  %acc5.02514.2 = phi <16 x float> [ %1137, %p4.body.2 ], [ zeroinitializer, %p4.exit.1 ]
  %acc6.02513.2 = phi <16 x float> [ %1142, %p4.body.2 ], [ zeroinitializer, %p4.exit.1 ]
  %acc7.02512.2 = phi <16 x float> [ %1147, %p4.body.2 ], [ zeroinitializer, %p4.exit.1 ]
  %p4.addr.02511.2 = phi i64 [ %p4.next.2, %p4.body.2 ], [ 0, %p4.exit.1 ]
  %.idx2440.2 = mul nuw nsw i64 %p4.addr.02511.2, 192
  %gep2510.2 = getelementptr inbounds i8, ptr %invariant.gep2509.2, i64 %.idx2440.2
  %1107 = load <16 x float>, ptr %gep2510.2, align 4
  %gep3246.2 = getelementptr inbounds float, ptr %invariant.gep3245, i64 %p4.addr.02511.2
  %1108 = getelementptr inbounds i8, ptr %gep3246.2, i64 10240
  %1109 = load float, ptr %1108, align 4
  %1110 = insertelement <16 x float> poison, float %1109, i64 0
  %1111 = shufflevector <16 x float> %1110, <16 x float> poison, <16 x i32> zeroinitializer
  %1112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1111, <16 x float> %1107, <16 x float> %acc.02519.2)
  %1113 = getelementptr inbounds i8, ptr %gep3246.2, i64 10368
  %1114 = load float, ptr %1113, align 4
  %1115 = insertelement <16 x float> poison, float %1114, i64 0
  %1116 = shufflevector <16 x float> %1115, <16 x float> poison, <16 x i32> zeroinitializer
  %1117 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1116, <16 x float> %1107, <16 x float> %acc1.02518.2)
  %1118 = getelementptr inbounds i8, ptr %gep3246.2, i64 10496
  %1119 = load float, ptr %1118, align 4
  %1120 = insertelement <16 x float> poison, float %1119, i64 0
  %1121 = shufflevector <16 x float> %1120, <16 x float> poison, <16 x i32> zeroinitializer
  %1122 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1121, <16 x float> %1107, <16 x float> %acc2.02517.2)
  %1123 = getelementptr inbounds i8, ptr %gep3246.2, i64 10624
  %1124 = load float, ptr %1123, align 4
  %1125 = insertelement <16 x float> poison, float %1124, i64 0
  %1126 = shufflevector <16 x float> %1125, <16 x float> poison, <16 x i32> zeroinitializer
  %1127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1126, <16 x float> %1107, <16 x float> %acc3.02516.2)
  %1128 = getelementptr inbounds i8, ptr %gep3246.2, i64 10752
  %1129 = load float, ptr %1128, align 4
  %1130 = insertelement <16 x float> poison, float %1129, i64 0
  %1131 = shufflevector <16 x float> %1130, <16 x float> poison, <16 x i32> zeroinitializer
  %1132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1131, <16 x float> %1107, <16 x float> %acc4.02515.2)
  %1133 = getelementptr inbounds i8, ptr %gep3246.2, i64 10880
  %1134 = load float, ptr %1133, align 4
  %1135 = insertelement <16 x float> poison, float %1134, i64 0
  %1136 = shufflevector <16 x float> %1135, <16 x float> poison, <16 x i32> zeroinitializer
  %1137 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1136, <16 x float> %1107, <16 x float> %acc5.02514.2)
  %1138 = getelementptr inbounds i8, ptr %gep3246.2, i64 11008
  %1139 = load float, ptr %1138, align 4
  %1140 = insertelement <16 x float> poison, float %1139, i64 0
  %1141 = shufflevector <16 x float> %1140, <16 x float> poison, <16 x i32> zeroinitializer
  %1142 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1141, <16 x float> %1107, <16 x float> %acc6.02513.2)
  %1143 = getelementptr inbounds i8, ptr %gep3246.2, i64 11136
  %1144 = load float, ptr %1143, align 4
  %1145 = insertelement <16 x float> poison, float %1144, i64 0
  %1146 = shufflevector <16 x float> %1145, <16 x float> poison, <16 x i32> zeroinitializer
  %1147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1146, <16 x float> %1107, <16 x float> %acc7.02512.2)
  %p4.next.2 = add nuw nsw i64 %p4.addr.02511.2, 1
  %exitcond2991.not.2 = icmp eq i64 %p4.next.2, 32
  br i1 %exitcond2991.not.2, label %p4.exit.2, label %p4.body.2

p4.exit.2:                                        ; preds = %p4.body.2
  %1148 = getelementptr inbounds i8, ptr %1004, i64 128
  store <16 x float> %1112, ptr %1148, align 4
  %1149 = getelementptr inbounds i8, ptr %1007, i64 128
  store <16 x float> %1117, ptr %1149, align 4
  %1150 = getelementptr inbounds i8, ptr %1009, i64 128
  store <16 x float> %1122, ptr %1150, align 4
  %1151 = getelementptr inbounds i8, ptr %1004, i64 704
  store <16 x float> %1127, ptr %1151, align 4
  %1152 = getelementptr inbounds i8, ptr %1004, i64 896
  store <16 x float> %1132, ptr %1152, align 4
  %1153 = getelementptr inbounds i8, ptr %1004, i64 1088
  store <16 x float> %1137, ptr %1153, align 4
  %1154 = getelementptr inbounds i8, ptr %1004, i64 1280
  store <16 x float> %1142, ptr %1154, align 4
  %1155 = getelementptr inbounds i8, ptr %1004, i64 1472
  store <16 x float> %1147, ptr %1155, align 4
  br label %i29.head.loopexit

p5.head.preheader:                                ; preds = %i29.head.loopexit, %p5.exit
  %i30.addr.02539 = phi i64 [ %i30.next, %p5.exit ], [ 0, %i29.head.loopexit ]
  %.idx3040 = shl nsw i64 %i30.addr.02539, 7
  %invariant.gep3247 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3040
  br label %p5.body

p5.body:                                          ; preds = %p5.head.preheader, %p5.body
  %acc8.02538 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1172, %p5.body ]
  %acc9.02537 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1173, %p5.body ]
  %acc10.02536 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1174, %p5.body ]
  %acc11.02535 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1175, %p5.body ]
  %acc12.02534 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1180, %p5.body ]
  %acc13.02533 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1181, %p5.body ]
  %acc14.02532 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1182, %p5.body ]
  %acc15.02531 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1183, %p5.body ]
  %acc16.02530 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1188, %p5.body ]
  %acc17.02529 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1189, %p5.body ]
  %acc18.02528 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1190, %p5.body ]
  %acc19.02527 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1191, %p5.body ]
  %acc20.02526 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1196, %p5.body ]
  %acc21.02525 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1197, %p5.body ]
  %acc22.02524 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1198, %p5.body ]
  %acc23.02523 = phi <16 x float> [ zeroinitializer, %p5.head.preheader ], [ %1199, %p5.body ]
  %p5.addr.02522 = phi i64 [ 0, %p5.head.preheader ], [ %p5.next, %p5.body ]
  %1156 = shl nuw nsw i64 %p5.addr.02522, 6
  %1157 = getelementptr inbounds float, ptr %work, i64 %1156
  %1158 = load <16 x float>, ptr %1157, align 4
  %1159 = or disjoint i64 %1156, 16
  %1160 = getelementptr inbounds float, ptr %work, i64 %1159
  %1161 = load <16 x float>, ptr %1160, align 4
  %1162 = or disjoint i64 %1156, 32
  %1163 = getelementptr inbounds float, ptr %work, i64 %1162
  %1164 = load <16 x float>, ptr %1163, align 4
  %1165 = or disjoint i64 %1156, 48
  %1166 = getelementptr inbounds float, ptr %work, i64 %1165
  %1167 = load <16 x float>, ptr %1166, align 4
  %gep3248 = getelementptr inbounds float, ptr %invariant.gep3247, i64 %p5.addr.02522
  %1168 = getelementptr inbounds i8, ptr %gep3248, i64 10240
  %1169 = load float, ptr %1168, align 4
  %1170 = insertelement <16 x float> poison, float %1169, i64 0
  %1171 = shufflevector <16 x float> %1170, <16 x float> poison, <16 x i32> zeroinitializer
  %1172 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1171, <16 x float> %1158, <16 x float> %acc8.02538)
  %1173 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1171, <16 x float> %1161, <16 x float> %acc9.02537)
  %1174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1171, <16 x float> %1164, <16 x float> %acc10.02536)
  %1175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1171, <16 x float> %1167, <16 x float> %acc11.02535)
  %1176 = getelementptr inbounds i8, ptr %gep3248, i64 10368
  %1177 = load float, ptr %1176, align 4
  %1178 = insertelement <16 x float> poison, float %1177, i64 0
  %1179 = shufflevector <16 x float> %1178, <16 x float> poison, <16 x i32> zeroinitializer
  %1180 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1179, <16 x float> %1158, <16 x float> %acc12.02534)
  %1181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1179, <16 x float> %1161, <16 x float> %acc13.02533)
  %1182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1179, <16 x float> %1164, <16 x float> %acc14.02532)
  %1183 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1179, <16 x float> %1167, <16 x float> %acc15.02531)
  %1184 = getelementptr inbounds i8, ptr %gep3248, i64 10496
  %1185 = load float, ptr %1184, align 4
  %1186 = insertelement <16 x float> poison, float %1185, i64 0
  %1187 = shufflevector <16 x float> %1186, <16 x float> poison, <16 x i32> zeroinitializer
  %1188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1187, <16 x float> %1158, <16 x float> %acc16.02530)
  %1189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1187, <16 x float> %1161, <16 x float> %acc17.02529)
  %1190 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1187, <16 x float> %1164, <16 x float> %acc18.02528)
  %1191 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1187, <16 x float> %1167, <16 x float> %acc19.02527)
  %1192 = getelementptr inbounds i8, ptr %gep3248, i64 10624
  %1193 = load float, ptr %1192, align 4
  %1194 = insertelement <16 x float> poison, float %1193, i64 0
  %1195 = shufflevector <16 x float> %1194, <16 x float> poison, <16 x i32> zeroinitializer
  %1196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1195, <16 x float> %1158, <16 x float> %acc20.02526)
  %1197 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1195, <16 x float> %1161, <16 x float> %acc21.02525)
  %1198 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1195, <16 x float> %1164, <16 x float> %acc22.02524)
  %1199 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1195, <16 x float> %1167, <16 x float> %acc23.02523)
  %p5.next = add nuw nsw i64 %p5.addr.02522, 1
  %exitcond2992.not = icmp eq i64 %p5.next, 32
  br i1 %exitcond2992.not, label %p5.exit, label %p5.body

p5.exit:                                          ; preds = %p5.body
  %1200 = shl nuw nsw i64 %i30.addr.02539, 6
  %1201 = getelementptr inbounds float, ptr %KSdS, i64 %1200
  store <16 x float> %1172, ptr %1201, align 4
  %1202 = or disjoint i64 %1200, 16
  %1203 = getelementptr inbounds float, ptr %KSdS, i64 %1202
  store <16 x float> %1173, ptr %1203, align 4
  %1204 = or disjoint i64 %1200, 32
  %1205 = getelementptr inbounds float, ptr %KSdS, i64 %1204
  store <16 x float> %1174, ptr %1205, align 4
  %1206 = or disjoint i64 %1200, 48
  %1207 = getelementptr inbounds float, ptr %KSdS, i64 %1206
  store <16 x float> %1175, ptr %1207, align 4
  %1208 = or disjoint i64 %1200, 64
  %1209 = getelementptr inbounds float, ptr %KSdS, i64 %1208
  store <16 x float> %1180, ptr %1209, align 4
  %1210 = or disjoint i64 %1200, 80
  %1211 = getelementptr inbounds float, ptr %KSdS, i64 %1210
  store <16 x float> %1181, ptr %1211, align 4
  %1212 = or disjoint i64 %1200, 96
  %1213 = getelementptr inbounds float, ptr %KSdS, i64 %1212
  store <16 x float> %1182, ptr %1213, align 4
  %1214 = or disjoint i64 %1200, 112
  %1215 = getelementptr inbounds float, ptr %KSdS, i64 %1214
  store <16 x float> %1183, ptr %1215, align 4
  %1216 = or disjoint i64 %1200, 128
  %1217 = getelementptr inbounds float, ptr %KSdS, i64 %1216
  store <16 x float> %1188, ptr %1217, align 4
  %1218 = or disjoint i64 %1200, 144
  %1219 = getelementptr inbounds float, ptr %KSdS, i64 %1218
  store <16 x float> %1189, ptr %1219, align 4
  %1220 = or disjoint i64 %1200, 160
  %1221 = getelementptr inbounds float, ptr %KSdS, i64 %1220
  store <16 x float> %1190, ptr %1221, align 4
  %1222 = or disjoint i64 %1200, 176
  %1223 = getelementptr inbounds float, ptr %KSdS, i64 %1222
  store <16 x float> %1191, ptr %1223, align 4
  %1224 = or disjoint i64 %1200, 192
  %1225 = getelementptr inbounds float, ptr %KSdS, i64 %1224
  store <16 x float> %1196, ptr %1225, align 4
  %1226 = or disjoint i64 %1200, 208
  %1227 = getelementptr inbounds float, ptr %KSdS, i64 %1226
  store <16 x float> %1197, ptr %1227, align 4
  %1228 = or disjoint i64 %1200, 224
  %1229 = getelementptr inbounds float, ptr %KSdS, i64 %1228
  store <16 x float> %1198, ptr %1229, align 4
  %1230 = or disjoint i64 %1200, 240
  %1231 = getelementptr inbounds float, ptr %KSdS, i64 %1230
  store <16 x float> %1199, ptr %1231, align 4
  %i30.next = add nuw nsw i64 %i30.addr.02539, 4
  %1232 = icmp ult i64 %i30.addr.02539, 44
  br i1 %1232, label %p5.head.preheader, label %p6.head.preheader

p6.head.preheader:                                ; preds = %p5.exit, %p6.head.preheader
  %i31.addr.02541 = phi i64 [ %i31.next.5, %p6.head.preheader ], [ 0, %p5.exit ]
  %.idx2756 = shl nsw i64 %i31.addr.02541, 7
  %1233 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2756
  %1234 = load <16 x float>, ptr %1233, align 4
  %.idx2757 = shl nsw i64 %i31.addr.02541, 8
  %1235 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2757
  %1236 = load <16 x float>, ptr %1235, align 4
  %1237 = fsub <16 x float> %1234, %1236
  store <16 x float> %1237, ptr %1233, align 4
  %1238 = getelementptr inbounds i8, ptr %31, i64 %.idx2756
  %1239 = load <16 x float>, ptr %1238, align 4
  %1240 = getelementptr inbounds i8, ptr %32, i64 %.idx2757
  %1241 = load <16 x float>, ptr %1240, align 4
  %1242 = fsub <16 x float> %1239, %1241
  store <16 x float> %1242, ptr %1238, align 4
  %i31.next = or disjoint i64 %i31.addr.02541, 1
  %.idx2756.1 = shl nsw i64 %i31.next, 7
  %1243 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2756.1
  %1244 = load <16 x float>, ptr %1243, align 4
  %.idx2757.1 = shl nsw i64 %i31.next, 8
  %1245 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2757.1
  %1246 = load <16 x float>, ptr %1245, align 4
  %1247 = fsub <16 x float> %1244, %1246
  store <16 x float> %1247, ptr %1243, align 4
  %1248 = getelementptr inbounds i8, ptr %31, i64 %.idx2756.1
  %1249 = load <16 x float>, ptr %1248, align 4
  %1250 = getelementptr inbounds i8, ptr %32, i64 %.idx2757.1
  %1251 = load <16 x float>, ptr %1250, align 4
  %1252 = fsub <16 x float> %1249, %1251
  store <16 x float> %1252, ptr %1248, align 4
  %i31.next.1 = add nuw nsw i64 %i31.addr.02541, 2
  %.idx2756.2 = shl nsw i64 %i31.next.1, 7
  %1253 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2756.2
  %1254 = load <16 x float>, ptr %1253, align 4
  %.idx2757.2 = shl nsw i64 %i31.next.1, 8
  %1255 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2757.2
  %1256 = load <16 x float>, ptr %1255, align 4
  %1257 = fsub <16 x float> %1254, %1256
  store <16 x float> %1257, ptr %1253, align 4
  %1258 = getelementptr inbounds i8, ptr %31, i64 %.idx2756.2
  %1259 = load <16 x float>, ptr %1258, align 4
  %1260 = getelementptr inbounds i8, ptr %32, i64 %.idx2757.2
  %1261 = load <16 x float>, ptr %1260, align 4
  %1262 = fsub <16 x float> %1259, %1261
  store <16 x float> %1262, ptr %1258, align 4
  %i31.next.2 = add nuw nsw i64 %i31.addr.02541, 3
  %.idx2756.3 = shl nsw i64 %i31.next.2, 7
  %1263 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2756.3
  %1264 = load <16 x float>, ptr %1263, align 4
  %.idx2757.3 = shl nsw i64 %i31.next.2, 8
  %1265 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2757.3
  %1266 = load <16 x float>, ptr %1265, align 4
  %1267 = fsub <16 x float> %1264, %1266
  store <16 x float> %1267, ptr %1263, align 4
  %1268 = getelementptr inbounds i8, ptr %31, i64 %.idx2756.3
  %1269 = load <16 x float>, ptr %1268, align 4
  %1270 = getelementptr inbounds i8, ptr %32, i64 %.idx2757.3
  %1271 = load <16 x float>, ptr %1270, align 4
  %1272 = fsub <16 x float> %1269, %1271
  store <16 x float> %1272, ptr %1268, align 4
  %i31.next.3 = add nuw nsw i64 %i31.addr.02541, 4
  %.idx2756.4 = shl nsw i64 %i31.next.3, 7
  %1273 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2756.4
  %1274 = load <16 x float>, ptr %1273, align 4
  %.idx2757.4 = shl nsw i64 %i31.next.3, 8
  %1275 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2757.4
  %1276 = load <16 x float>, ptr %1275, align 4
  %1277 = fsub <16 x float> %1274, %1276
  store <16 x float> %1277, ptr %1273, align 4
  %1278 = getelementptr inbounds i8, ptr %31, i64 %.idx2756.4
  %1279 = load <16 x float>, ptr %1278, align 4
  %1280 = getelementptr inbounds i8, ptr %32, i64 %.idx2757.4
  %1281 = load <16 x float>, ptr %1280, align 4
  %1282 = fsub <16 x float> %1279, %1281
  store <16 x float> %1282, ptr %1278, align 4
  %i31.next.4 = add nuw nsw i64 %i31.addr.02541, 5
  %.idx2756.5 = shl nsw i64 %i31.next.4, 7
  %1283 = getelementptr inbounds i8, ptr %Rr, i64 %.idx2756.5
  %1284 = load <16 x float>, ptr %1283, align 4
  %.idx2757.5 = shl nsw i64 %i31.next.4, 8
  %1285 = getelementptr inbounds i8, ptr %KSdS, i64 %.idx2757.5
  %1286 = load <16 x float>, ptr %1285, align 4
  %1287 = fsub <16 x float> %1284, %1286
  store <16 x float> %1287, ptr %1283, align 4
  %1288 = getelementptr inbounds i8, ptr %31, i64 %.idx2756.5
  %1289 = load <16 x float>, ptr %1288, align 4
  %1290 = getelementptr inbounds i8, ptr %32, i64 %.idx2757.5
  %1291 = load <16 x float>, ptr %1290, align 4
  %1292 = fsub <16 x float> %1289, %1291
  store <16 x float> %1292, ptr %1288, align 4
  %i31.next.5 = add nuw nsw i64 %i31.addr.02541, 6
  %exitcond2993.not.5 = icmp eq i64 %i31.next.5, 48
  br i1 %exitcond2993.not.5, label %ib.body, label %p6.head.preheader

ib.body:                                          ; preds = %p6.head.preheader, %j25.exit
  %ib.addr.02558 = phi i64 [ %ib.next, %j25.exit ], [ 0, %p6.head.preheader ]
  %1293 = shl nuw nsw i64 %ib.addr.02558, 2
  %umax3589 = tail call i64 @llvm.umax.i64(i64 %1293, i64 1)
  %i0 = shl nuw nsw i64 %ib.addr.02558, 2
  %.not2758 = icmp eq i64 %ib.addr.02558, 0
  br i1 %.not2758, label %j25.exit, label %j25.body.lr.ph

j25.body.lr.ph:                                   ; preds = %ib.body
  %.idx2431 = mul nuw nsw i64 %ib.addr.02558, 768
  %1294 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2431
  %1295 = mul nuw nsw i64 %ib.addr.02558, 192
  %1296 = or disjoint i64 %1295, 48
  %1297 = getelementptr inbounds float, ptr %Gm, i64 %1296
  %1298 = getelementptr inbounds i8, ptr %1294, i64 384
  %1299 = getelementptr inbounds i8, ptr %1294, i64 576
  %xtraiter = and i64 %umax3589, 1
  %1300 = icmp eq i64 %umax3589, 1
  br i1 %1300, label %j25.exit.loopexit.unr-lcssa, label %j25.body.lr.ph.new

j25.body.lr.ph.new:                               ; preds = %j25.body.lr.ph
  %unroll_iter = and i64 %umax3589, 9223372036854775804
  br label %j25.body

j25.body:                                         ; preds = %j25.body, %j25.body.lr.ph.new
  %acc24.02550 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1341, %j25.body ]
  %acc25.02549 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1342, %j25.body ]
  %acc26.02548 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1347, %j25.body ]
  %acc27.02547 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1348, %j25.body ]
  %acc28.02546 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1353, %j25.body ]
  %acc29.02545 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1354, %j25.body ]
  %acc30.02544 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1359, %j25.body ]
  %acc31.02543 = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph.new ], [ %1360, %j25.body ]
  %j25.addr.02542 = phi i64 [ 0, %j25.body.lr.ph.new ], [ %j25.next.1, %j25.body ]
  %niter = phi i64 [ 0, %j25.body.lr.ph.new ], [ %niter.next.1, %j25.body ]
  %1301 = shl nsw i64 %j25.addr.02542, 5
  %1302 = getelementptr inbounds float, ptr %Vn, i64 %1301
  %1303 = load <16 x float>, ptr %1302, align 4
  %1304 = or disjoint i64 %1301, 16
  %1305 = getelementptr inbounds float, ptr %Vn, i64 %1304
  %1306 = load <16 x float>, ptr %1305, align 4
  %1307 = getelementptr inbounds float, ptr %1294, i64 %j25.addr.02542
  %1308 = load float, ptr %1307, align 4
  %1309 = insertelement <16 x float> poison, float %1308, i64 0
  %1310 = shufflevector <16 x float> %1309, <16 x float> poison, <16 x i32> zeroinitializer
  %1311 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1310, <16 x float> %1303, <16 x float> %acc24.02550)
  %1312 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1310, <16 x float> %1306, <16 x float> %acc25.02549)
  %1313 = getelementptr inbounds float, ptr %1297, i64 %j25.addr.02542
  %1314 = load float, ptr %1313, align 4
  %1315 = insertelement <16 x float> poison, float %1314, i64 0
  %1316 = shufflevector <16 x float> %1315, <16 x float> poison, <16 x i32> zeroinitializer
  %1317 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1316, <16 x float> %1303, <16 x float> %acc26.02548)
  %1318 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1316, <16 x float> %1306, <16 x float> %acc27.02547)
  %1319 = getelementptr inbounds float, ptr %1298, i64 %j25.addr.02542
  %1320 = load float, ptr %1319, align 4
  %1321 = insertelement <16 x float> poison, float %1320, i64 0
  %1322 = shufflevector <16 x float> %1321, <16 x float> poison, <16 x i32> zeroinitializer
  %1323 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1303, <16 x float> %acc28.02546)
  %1324 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1322, <16 x float> %1306, <16 x float> %acc29.02545)
  %1325 = getelementptr inbounds float, ptr %1299, i64 %j25.addr.02542
  %1326 = load float, ptr %1325, align 4
  %1327 = insertelement <16 x float> poison, float %1326, i64 0
  %1328 = shufflevector <16 x float> %1327, <16 x float> poison, <16 x i32> zeroinitializer
  %1329 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1328, <16 x float> %1303, <16 x float> %acc30.02544)
  %1330 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1328, <16 x float> %1306, <16 x float> %acc31.02543)
  %j25.next = or disjoint i64 %j25.addr.02542, 1
  %1331 = shl nsw i64 %j25.next, 5
  %1332 = getelementptr inbounds float, ptr %Vn, i64 %1331
  %1333 = load <16 x float>, ptr %1332, align 4
  %1334 = or disjoint i64 %1331, 16
  %1335 = getelementptr inbounds float, ptr %Vn, i64 %1334
  %1336 = load <16 x float>, ptr %1335, align 4
  %1337 = getelementptr inbounds float, ptr %1294, i64 %j25.next
  %1338 = load float, ptr %1337, align 4
  %1339 = insertelement <16 x float> poison, float %1338, i64 0
  %1340 = shufflevector <16 x float> %1339, <16 x float> poison, <16 x i32> zeroinitializer
  %1341 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1340, <16 x float> %1333, <16 x float> %1311)
  %1342 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1340, <16 x float> %1336, <16 x float> %1312)
  %1343 = getelementptr inbounds float, ptr %1297, i64 %j25.next
  %1344 = load float, ptr %1343, align 4
  %1345 = insertelement <16 x float> poison, float %1344, i64 0
  %1346 = shufflevector <16 x float> %1345, <16 x float> poison, <16 x i32> zeroinitializer
  %1347 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1346, <16 x float> %1333, <16 x float> %1317)
  %1348 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1346, <16 x float> %1336, <16 x float> %1318)
  %1349 = getelementptr inbounds float, ptr %1298, i64 %j25.next
  %1350 = load float, ptr %1349, align 4
  %1351 = insertelement <16 x float> poison, float %1350, i64 0
  %1352 = shufflevector <16 x float> %1351, <16 x float> poison, <16 x i32> zeroinitializer
  %1353 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1352, <16 x float> %1333, <16 x float> %1323)
  %1354 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1352, <16 x float> %1336, <16 x float> %1324)
  %1355 = getelementptr inbounds float, ptr %1299, i64 %j25.next
  %1356 = load float, ptr %1355, align 4
  %1357 = insertelement <16 x float> poison, float %1356, i64 0
  %1358 = shufflevector <16 x float> %1357, <16 x float> poison, <16 x i32> zeroinitializer
  %1359 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1358, <16 x float> %1333, <16 x float> %1329)
  %1360 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1358, <16 x float> %1336, <16 x float> %1330)
  %j25.next.1 = add nuw nsw i64 %j25.addr.02542, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j25.exit.loopexit.unr-lcssa, label %j25.body

j25.exit.loopexit.unr-lcssa:                      ; preds = %j25.body, %j25.body.lr.ph
  %.lcssa3460.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1341, %j25.body ]
  %.lcssa3459.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1342, %j25.body ]
  %.lcssa3458.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1347, %j25.body ]
  %.lcssa3457.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1348, %j25.body ]
  %.lcssa3456.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1353, %j25.body ]
  %.lcssa3455.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1354, %j25.body ]
  %.lcssa3454.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1359, %j25.body ]
  %.lcssa3453.ph = phi <16 x float> [ poison, %j25.body.lr.ph ], [ %1360, %j25.body ]
  %acc24.02550.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1341, %j25.body ]
  %acc25.02549.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1342, %j25.body ]
  %acc26.02548.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1347, %j25.body ]
  %acc27.02547.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1348, %j25.body ]
  %acc28.02546.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1353, %j25.body ]
  %acc29.02545.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1354, %j25.body ]
  %acc30.02544.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1359, %j25.body ]
  %acc31.02543.unr = phi <16 x float> [ zeroinitializer, %j25.body.lr.ph ], [ %1360, %j25.body ]
  %j25.addr.02542.unr = phi i64 [ 0, %j25.body.lr.ph ], [ %j25.next.1, %j25.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j25.exit, label %j25.body.epil

j25.body.epil:                                    ; preds = %j25.exit.loopexit.unr-lcssa
  %1361 = shl nsw i64 %j25.addr.02542.unr, 5
  %1362 = getelementptr inbounds float, ptr %Vn, i64 %1361
  %1363 = load <16 x float>, ptr %1362, align 4
  %1364 = or disjoint i64 %1361, 16
  %1365 = getelementptr inbounds float, ptr %Vn, i64 %1364
  %1366 = load <16 x float>, ptr %1365, align 4
  %1367 = getelementptr inbounds float, ptr %1294, i64 %j25.addr.02542.unr
  %1368 = load float, ptr %1367, align 4
  %1369 = insertelement <16 x float> poison, float %1368, i64 0
  %1370 = shufflevector <16 x float> %1369, <16 x float> poison, <16 x i32> zeroinitializer
  %1371 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1370, <16 x float> %1363, <16 x float> %acc24.02550.unr)
  %1372 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1370, <16 x float> %1366, <16 x float> %acc25.02549.unr)
  %1373 = getelementptr inbounds float, ptr %1297, i64 %j25.addr.02542.unr
  %1374 = load float, ptr %1373, align 4
  %1375 = insertelement <16 x float> poison, float %1374, i64 0
  %1376 = shufflevector <16 x float> %1375, <16 x float> poison, <16 x i32> zeroinitializer
  %1377 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1376, <16 x float> %1363, <16 x float> %acc26.02548.unr)
  %1378 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1376, <16 x float> %1366, <16 x float> %acc27.02547.unr)
  %1379 = getelementptr inbounds float, ptr %1298, i64 %j25.addr.02542.unr
  %1380 = load float, ptr %1379, align 4
  %1381 = insertelement <16 x float> poison, float %1380, i64 0
  %1382 = shufflevector <16 x float> %1381, <16 x float> poison, <16 x i32> zeroinitializer
  %1383 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1382, <16 x float> %1363, <16 x float> %acc28.02546.unr)
  %1384 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1382, <16 x float> %1366, <16 x float> %acc29.02545.unr)
  %1385 = getelementptr inbounds float, ptr %1299, i64 %j25.addr.02542.unr
  %1386 = load float, ptr %1385, align 4
  %1387 = insertelement <16 x float> poison, float %1386, i64 0
  %1388 = shufflevector <16 x float> %1387, <16 x float> poison, <16 x i32> zeroinitializer
  %1389 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1388, <16 x float> %1363, <16 x float> %acc30.02544.unr)
  %1390 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1388, <16 x float> %1366, <16 x float> %acc31.02543.unr)
  br label %j25.exit

j25.exit:                                         ; preds = %j25.body.epil, %j25.exit.loopexit.unr-lcssa, %ib.body
  %acc31.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3453.ph, %j25.exit.loopexit.unr-lcssa ], [ %1390, %j25.body.epil ]
  %acc30.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3454.ph, %j25.exit.loopexit.unr-lcssa ], [ %1389, %j25.body.epil ]
  %acc29.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3455.ph, %j25.exit.loopexit.unr-lcssa ], [ %1384, %j25.body.epil ]
  %acc28.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3456.ph, %j25.exit.loopexit.unr-lcssa ], [ %1383, %j25.body.epil ]
  %acc27.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3457.ph, %j25.exit.loopexit.unr-lcssa ], [ %1378, %j25.body.epil ]
  %acc26.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3458.ph, %j25.exit.loopexit.unr-lcssa ], [ %1377, %j25.body.epil ]
  %acc25.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3459.ph, %j25.exit.loopexit.unr-lcssa ], [ %1372, %j25.body.epil ]
  %acc24.0.lcssa = phi <16 x float> [ zeroinitializer, %ib.body ], [ %.lcssa3460.ph, %j25.exit.loopexit.unr-lcssa ], [ %1371, %j25.body.epil ]
  %1391 = getelementptr inbounds float, ptr %bet, i64 %i0
  %1392 = load float, ptr %1391, align 4
  %1393 = shl nuw nsw i64 %ib.addr.02558, 7
  %1394 = getelementptr inbounds float, ptr %Rr, i64 %1393
  %1395 = load <16 x float>, ptr %1394, align 4
  %1396 = fsub <16 x float> %1395, %acc24.0.lcssa
  store <16 x float> %1396, ptr %1394, align 4
  %1397 = insertelement <16 x float> poison, float %1392, i64 0
  %1398 = shufflevector <16 x float> %1397, <16 x float> poison, <16 x i32> zeroinitializer
  %1399 = fmul <16 x float> %1398, %1396
  %1400 = getelementptr inbounds float, ptr %Vn, i64 %1393
  store <16 x float> %1399, ptr %1400, align 4
  %1401 = shl nuw nsw i64 %ib.addr.02558, 9
  %1402 = getelementptr inbounds float, ptr %Ak, i64 %1401
  store <16 x float> %1399, ptr %1402, align 4
  %1403 = or disjoint i64 %1393, 16
  %1404 = getelementptr inbounds float, ptr %Rr, i64 %1403
  %1405 = load <16 x float>, ptr %1404, align 4
  %1406 = fsub <16 x float> %1405, %acc25.0.lcssa
  store <16 x float> %1406, ptr %1404, align 4
  %1407 = fmul <16 x float> %1398, %1406
  %1408 = getelementptr inbounds float, ptr %Vn, i64 %1403
  store <16 x float> %1407, ptr %1408, align 4
  %1409 = or disjoint i64 %1401, 16
  %1410 = getelementptr inbounds float, ptr %Ak, i64 %1409
  store <16 x float> %1407, ptr %1410, align 4
  %i32 = or disjoint i64 %i0, 1
  %.idx2430 = mul nuw nsw i64 %i32, 192
  %1411 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2430
  %1412 = getelementptr inbounds float, ptr %1411, i64 %i0
  %1413 = load float, ptr %1412, align 4
  %1414 = insertelement <16 x float> poison, float %1413, i64 0
  %1415 = shufflevector <16 x float> %1414, <16 x float> poison, <16 x i32> zeroinitializer
  %1416 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1415, <16 x float> %1399, <16 x float> %acc26.0.lcssa)
  %1417 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1415, <16 x float> %1407, <16 x float> %acc27.0.lcssa)
  %1418 = getelementptr inbounds float, ptr %bet, i64 %i32
  %1419 = load float, ptr %1418, align 4
  %1420 = shl nuw nsw i64 %i32, 5
  %1421 = getelementptr inbounds float, ptr %Rr, i64 %1420
  %1422 = load <16 x float>, ptr %1421, align 4
  %1423 = fsub <16 x float> %1422, %1416
  store <16 x float> %1423, ptr %1421, align 4
  %1424 = insertelement <16 x float> poison, float %1419, i64 0
  %1425 = shufflevector <16 x float> %1424, <16 x float> poison, <16 x i32> zeroinitializer
  %1426 = fmul <16 x float> %1425, %1423
  %1427 = getelementptr inbounds float, ptr %Vn, i64 %1420
  store <16 x float> %1426, ptr %1427, align 4
  %1428 = shl nuw nsw i64 %i32, 7
  %1429 = getelementptr inbounds float, ptr %Ak, i64 %1428
  store <16 x float> %1426, ptr %1429, align 4
  %1430 = or disjoint i64 %1420, 16
  %1431 = getelementptr inbounds float, ptr %Rr, i64 %1430
  %1432 = load <16 x float>, ptr %1431, align 4
  %1433 = fsub <16 x float> %1432, %1417
  store <16 x float> %1433, ptr %1431, align 4
  %1434 = fmul <16 x float> %1425, %1433
  %1435 = getelementptr inbounds float, ptr %Vn, i64 %1430
  store <16 x float> %1434, ptr %1435, align 4
  %1436 = or disjoint i64 %1428, 16
  %1437 = getelementptr inbounds float, ptr %Ak, i64 %1436
  store <16 x float> %1434, ptr %1437, align 4
  %i33 = or disjoint i64 %i0, 2
  %.idx2465 = mul nuw nsw i64 %i33, 192
  %1438 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2465
  %1439 = getelementptr inbounds float, ptr %1438, i64 %i0
  %1440 = load float, ptr %1439, align 4
  %1441 = insertelement <16 x float> poison, float %1440, i64 0
  %1442 = shufflevector <16 x float> %1441, <16 x float> poison, <16 x i32> zeroinitializer
  %1443 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1442, <16 x float> %1399, <16 x float> %acc28.0.lcssa)
  %1444 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1442, <16 x float> %1407, <16 x float> %acc29.0.lcssa)
  %1445 = getelementptr inbounds float, ptr %1438, i64 %i32
  %1446 = load float, ptr %1445, align 4
  %1447 = insertelement <16 x float> poison, float %1446, i64 0
  %1448 = shufflevector <16 x float> %1447, <16 x float> poison, <16 x i32> zeroinitializer
  %1449 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1448, <16 x float> %1426, <16 x float> %1443)
  %1450 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1448, <16 x float> %1434, <16 x float> %1444)
  %1451 = getelementptr inbounds float, ptr %bet, i64 %i33
  %1452 = load float, ptr %1451, align 4
  %1453 = shl nuw nsw i64 %i33, 5
  %1454 = getelementptr inbounds float, ptr %Rr, i64 %1453
  %1455 = load <16 x float>, ptr %1454, align 4
  %1456 = fsub <16 x float> %1455, %1449
  store <16 x float> %1456, ptr %1454, align 4
  %1457 = insertelement <16 x float> poison, float %1452, i64 0
  %1458 = shufflevector <16 x float> %1457, <16 x float> poison, <16 x i32> zeroinitializer
  %1459 = fmul <16 x float> %1458, %1456
  %1460 = getelementptr inbounds float, ptr %Vn, i64 %1453
  store <16 x float> %1459, ptr %1460, align 4
  %1461 = shl nuw nsw i64 %i33, 7
  %1462 = getelementptr inbounds float, ptr %Ak, i64 %1461
  store <16 x float> %1459, ptr %1462, align 4
  %1463 = or disjoint i64 %1453, 16
  %1464 = getelementptr inbounds float, ptr %Rr, i64 %1463
  %1465 = load <16 x float>, ptr %1464, align 4
  %1466 = fsub <16 x float> %1465, %1450
  store <16 x float> %1466, ptr %1464, align 4
  %1467 = fmul <16 x float> %1458, %1466
  %1468 = getelementptr inbounds float, ptr %Vn, i64 %1463
  store <16 x float> %1467, ptr %1468, align 4
  %1469 = or disjoint i64 %1461, 16
  %1470 = getelementptr inbounds float, ptr %Ak, i64 %1469
  store <16 x float> %1467, ptr %1470, align 4
  %i34 = or disjoint i64 %i0, 3
  %.idx2466 = mul nuw nsw i64 %i34, 192
  %1471 = getelementptr inbounds i8, ptr %Gm, i64 %.idx2466
  %1472 = getelementptr inbounds float, ptr %1471, i64 %i0
  %1473 = load float, ptr %1472, align 4
  %1474 = insertelement <16 x float> poison, float %1473, i64 0
  %1475 = shufflevector <16 x float> %1474, <16 x float> poison, <16 x i32> zeroinitializer
  %1476 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1475, <16 x float> %1399, <16 x float> %acc30.0.lcssa)
  %1477 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1475, <16 x float> %1407, <16 x float> %acc31.0.lcssa)
  %1478 = getelementptr inbounds float, ptr %1471, i64 %i32
  %1479 = load float, ptr %1478, align 4
  %1480 = insertelement <16 x float> poison, float %1479, i64 0
  %1481 = shufflevector <16 x float> %1480, <16 x float> poison, <16 x i32> zeroinitializer
  %1482 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1481, <16 x float> %1426, <16 x float> %1476)
  %1483 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1481, <16 x float> %1434, <16 x float> %1477)
  %1484 = getelementptr inbounds float, ptr %1471, i64 %i33
  %1485 = load float, ptr %1484, align 4
  %1486 = insertelement <16 x float> poison, float %1485, i64 0
  %1487 = shufflevector <16 x float> %1486, <16 x float> poison, <16 x i32> zeroinitializer
  %1488 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1487, <16 x float> %1459, <16 x float> %1482)
  %1489 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1487, <16 x float> %1467, <16 x float> %1483)
  %1490 = getelementptr inbounds float, ptr %bet, i64 %i34
  %1491 = load float, ptr %1490, align 4
  %1492 = shl nuw nsw i64 %i34, 5
  %1493 = getelementptr inbounds float, ptr %Rr, i64 %1492
  %1494 = load <16 x float>, ptr %1493, align 4
  %1495 = fsub <16 x float> %1494, %1488
  store <16 x float> %1495, ptr %1493, align 4
  %1496 = insertelement <16 x float> poison, float %1491, i64 0
  %1497 = shufflevector <16 x float> %1496, <16 x float> poison, <16 x i32> zeroinitializer
  %1498 = fmul <16 x float> %1497, %1495
  %1499 = getelementptr inbounds float, ptr %Vn, i64 %1492
  store <16 x float> %1498, ptr %1499, align 4
  %1500 = shl nuw nsw i64 %i34, 7
  %1501 = getelementptr inbounds float, ptr %Ak, i64 %1500
  store <16 x float> %1498, ptr %1501, align 4
  %1502 = or disjoint i64 %1492, 16
  %1503 = getelementptr inbounds float, ptr %Rr, i64 %1502
  %1504 = load <16 x float>, ptr %1503, align 4
  %1505 = fsub <16 x float> %1504, %1489
  store <16 x float> %1505, ptr %1503, align 4
  %1506 = fmul <16 x float> %1497, %1505
  %1507 = getelementptr inbounds float, ptr %Vn, i64 %1502
  store <16 x float> %1506, ptr %1507, align 4
  %1508 = or disjoint i64 %1500, 16
  %1509 = getelementptr inbounds float, ptr %Ak, i64 %1508
  store <16 x float> %1506, ptr %1509, align 4
  %ib.next = add nuw nsw i64 %ib.addr.02558, 1
  %exitcond2995.not = icmp eq i64 %ib.next, 12
  br i1 %exitcond2995.not, label %j26.head.preheader, label %ib.body

j26.head.preheader:                               ; preds = %j25.exit, %j26.exit
  %i35.addr.02568 = phi i64 [ %i35.next, %j26.exit ], [ 0, %j25.exit ]
  %1510 = shl nuw nsw i64 %i35.addr.02568, 5
  %invariant.gep2559 = getelementptr inbounds float, ptr %VnT, i64 %i35.addr.02568
  br label %j26.body

j26.body:                                         ; preds = %j26.head.preheader, %j26.body
  %1511 = phi i1 [ true, %j26.head.preheader ], [ false, %j26.body ]
  %j26.addr.02567 = phi i64 [ 0, %j26.head.preheader ], [ 16, %j26.body ]
  %1512 = or disjoint i64 %j26.addr.02567, %1510
  %1513 = getelementptr inbounds float, ptr %Vn, i64 %1512
  %1514 = load <16 x float>, ptr %1513, align 4
  %1515 = or disjoint i64 %1512, 256
  %1516 = getelementptr inbounds float, ptr %Vn, i64 %1515
  %1517 = load <16 x float>, ptr %1516, align 4
  %1518 = or disjoint i64 %1512, 32
  %1519 = getelementptr inbounds float, ptr %Vn, i64 %1518
  %1520 = load <16 x float>, ptr %1519, align 4
  %1521 = or disjoint i64 %1512, 288
  %1522 = getelementptr inbounds float, ptr %Vn, i64 %1521
  %1523 = load <16 x float>, ptr %1522, align 4
  %1524 = or disjoint i64 %1512, 64
  %1525 = getelementptr inbounds float, ptr %Vn, i64 %1524
  %1526 = load <16 x float>, ptr %1525, align 4
  %1527 = or disjoint i64 %1512, 320
  %1528 = getelementptr inbounds float, ptr %Vn, i64 %1527
  %1529 = load <16 x float>, ptr %1528, align 4
  %1530 = or disjoint i64 %1512, 96
  %1531 = getelementptr inbounds float, ptr %Vn, i64 %1530
  %1532 = load <16 x float>, ptr %1531, align 4
  %1533 = or disjoint i64 %1512, 352
  %1534 = getelementptr inbounds float, ptr %Vn, i64 %1533
  %1535 = load <16 x float>, ptr %1534, align 4
  %1536 = or disjoint i64 %1512, 128
  %1537 = getelementptr inbounds float, ptr %Vn, i64 %1536
  %1538 = load <16 x float>, ptr %1537, align 4
  %1539 = or disjoint i64 %1512, 384
  %1540 = getelementptr inbounds float, ptr %Vn, i64 %1539
  %1541 = load <16 x float>, ptr %1540, align 4
  %1542 = or disjoint i64 %1512, 160
  %1543 = getelementptr inbounds float, ptr %Vn, i64 %1542
  %1544 = load <16 x float>, ptr %1543, align 4
  %1545 = or disjoint i64 %1512, 416
  %1546 = getelementptr inbounds float, ptr %Vn, i64 %1545
  %1547 = load <16 x float>, ptr %1546, align 4
  %1548 = or disjoint i64 %1512, 192
  %1549 = getelementptr inbounds float, ptr %Vn, i64 %1548
  %1550 = load <16 x float>, ptr %1549, align 4
  %1551 = or disjoint i64 %1512, 448
  %1552 = getelementptr inbounds float, ptr %Vn, i64 %1551
  %1553 = load <16 x float>, ptr %1552, align 4
  %1554 = or disjoint i64 %1512, 224
  %1555 = getelementptr inbounds float, ptr %Vn, i64 %1554
  %1556 = load <16 x float>, ptr %1555, align 4
  %1557 = or disjoint i64 %1512, 480
  %1558 = getelementptr inbounds float, ptr %Vn, i64 %1557
  %1559 = load <16 x float>, ptr %1558, align 4
  %1560 = shufflevector <16 x float> %1514, <16 x float> %1517, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1561 = shufflevector <16 x float> %1538, <16 x float> %1541, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1562 = shufflevector <16 x float> %1520, <16 x float> %1523, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1563 = shufflevector <16 x float> %1544, <16 x float> %1547, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1564 = shufflevector <16 x float> %1526, <16 x float> %1529, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1565 = shufflevector <16 x float> %1550, <16 x float> %1553, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1566 = shufflevector <16 x float> %1532, <16 x float> %1535, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1567 = shufflevector <16 x float> %1556, <16 x float> %1559, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 16, i32 17, i32 18, i32 19, i32 20, i32 21, i32 22, i32 23>
  %1568 = shufflevector <16 x float> %1514, <16 x float> %1517, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1569 = shufflevector <16 x float> %1538, <16 x float> %1541, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1570 = shufflevector <16 x float> %1520, <16 x float> %1523, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1571 = shufflevector <16 x float> %1544, <16 x float> %1547, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1572 = shufflevector <16 x float> %1526, <16 x float> %1529, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1573 = shufflevector <16 x float> %1550, <16 x float> %1553, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1574 = shufflevector <16 x float> %1532, <16 x float> %1535, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1575 = shufflevector <16 x float> %1556, <16 x float> %1559, <16 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15, i32 24, i32 25, i32 26, i32 27, i32 28, i32 29, i32 30, i32 31>
  %1576 = shufflevector <16 x float> %1560, <16 x float> %1561, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1577 = shufflevector <16 x float> %1564, <16 x float> %1565, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1578 = shufflevector <16 x float> %1562, <16 x float> %1563, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1579 = shufflevector <16 x float> %1566, <16 x float> %1567, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1580 = shufflevector <16 x float> %1560, <16 x float> %1561, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1581 = shufflevector <16 x float> %1564, <16 x float> %1565, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1582 = shufflevector <16 x float> %1562, <16 x float> %1563, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1583 = shufflevector <16 x float> %1566, <16 x float> %1567, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1584 = shufflevector <16 x float> %1568, <16 x float> %1569, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1585 = shufflevector <16 x float> %1572, <16 x float> %1573, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1586 = shufflevector <16 x float> %1570, <16 x float> %1571, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1587 = shufflevector <16 x float> %1574, <16 x float> %1575, <16 x i32> <i32 0, i32 1, i32 2, i32 3, i32 16, i32 17, i32 18, i32 19, i32 8, i32 9, i32 10, i32 11, i32 24, i32 25, i32 26, i32 27>
  %1588 = shufflevector <16 x float> %1568, <16 x float> %1569, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1589 = shufflevector <16 x float> %1572, <16 x float> %1573, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1590 = shufflevector <16 x float> %1570, <16 x float> %1571, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1591 = shufflevector <16 x float> %1574, <16 x float> %1575, <16 x i32> <i32 4, i32 5, i32 6, i32 7, i32 20, i32 21, i32 22, i32 23, i32 12, i32 13, i32 14, i32 15, i32 28, i32 29, i32 30, i32 31>
  %1592 = shufflevector <16 x float> %1576, <16 x float> %1577, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1593 = shufflevector <16 x float> %1578, <16 x float> %1579, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1594 = shufflevector <16 x float> %1576, <16 x float> %1577, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1595 = shufflevector <16 x float> %1578, <16 x float> %1579, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1596 = shufflevector <16 x float> %1580, <16 x float> %1581, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1597 = shufflevector <16 x float> %1582, <16 x float> %1583, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1598 = shufflevector <16 x float> %1580, <16 x float> %1581, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1599 = shufflevector <16 x float> %1582, <16 x float> %1583, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1600 = shufflevector <16 x float> %1584, <16 x float> %1585, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1601 = shufflevector <16 x float> %1586, <16 x float> %1587, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1602 = shufflevector <16 x float> %1584, <16 x float> %1585, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1603 = shufflevector <16 x float> %1586, <16 x float> %1587, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1604 = shufflevector <16 x float> %1588, <16 x float> %1589, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1605 = shufflevector <16 x float> %1590, <16 x float> %1591, <16 x i32> <i32 0, i32 1, i32 16, i32 17, i32 4, i32 5, i32 20, i32 21, i32 8, i32 9, i32 24, i32 25, i32 12, i32 13, i32 28, i32 29>
  %1606 = shufflevector <16 x float> %1588, <16 x float> %1589, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1607 = shufflevector <16 x float> %1590, <16 x float> %1591, <16 x i32> <i32 2, i32 3, i32 18, i32 19, i32 6, i32 7, i32 22, i32 23, i32 10, i32 11, i32 26, i32 27, i32 14, i32 15, i32 30, i32 31>
  %1608 = shufflevector <16 x float> %1592, <16 x float> %1593, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1609 = mul nuw nsw i64 %j26.addr.02567, 48
  %1610 = or disjoint i64 %1609, %i35.addr.02568
  %1611 = getelementptr inbounds float, ptr %VnT, i64 %1610
  store <16 x float> %1608, ptr %1611, align 4
  %1612 = shufflevector <16 x float> %1592, <16 x float> %1593, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1613 = or disjoint i64 %1609, 48
  %gep2560 = getelementptr inbounds float, ptr %invariant.gep2559, i64 %1613
  store <16 x float> %1612, ptr %gep2560, align 4
  %1614 = shufflevector <16 x float> %1594, <16 x float> %1595, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1615 = or disjoint i64 %1609, 96
  %gep2562 = getelementptr inbounds float, ptr %invariant.gep2559, i64 %1615
  store <16 x float> %1614, ptr %gep2562, align 4
  %1616 = shufflevector <16 x float> %1594, <16 x float> %1595, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1617 = or disjoint i64 %1609, 144
  %gep2564 = getelementptr inbounds float, ptr %invariant.gep2559, i64 %1617
  store <16 x float> %1616, ptr %gep2564, align 4
  %1618 = shufflevector <16 x float> %1596, <16 x float> %1597, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1619 = or disjoint i64 %1610, 192
  %1620 = getelementptr inbounds float, ptr %VnT, i64 %1619
  store <16 x float> %1618, ptr %1620, align 4
  %1621 = shufflevector <16 x float> %1596, <16 x float> %1597, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1622 = or disjoint i64 %1609, 240
  %gep2566 = getelementptr inbounds float, ptr %invariant.gep2559, i64 %1622
  store <16 x float> %1621, ptr %gep2566, align 4
  %1623 = shufflevector <16 x float> %1598, <16 x float> %1599, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %.idx2422 = mul nuw nsw i64 %j26.addr.02567, 192
  %1624 = getelementptr inbounds i8, ptr %VnT, i64 %.idx2422
  %1625 = getelementptr inbounds i8, ptr %1624, i64 1152
  %1626 = getelementptr inbounds float, ptr %1625, i64 %i35.addr.02568
  store <16 x float> %1623, ptr %1626, align 4
  %1627 = shufflevector <16 x float> %1598, <16 x float> %1599, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1628 = getelementptr inbounds i8, ptr %1624, i64 1344
  %1629 = getelementptr inbounds float, ptr %1628, i64 %i35.addr.02568
  store <16 x float> %1627, ptr %1629, align 4
  %1630 = shufflevector <16 x float> %1600, <16 x float> %1601, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1631 = getelementptr inbounds float, ptr %VnT, i64 %1609
  %1632 = getelementptr inbounds i8, ptr %1631, i64 1536
  %1633 = getelementptr inbounds float, ptr %1632, i64 %i35.addr.02568
  store <16 x float> %1630, ptr %1633, align 4
  %1634 = shufflevector <16 x float> %1600, <16 x float> %1601, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1635 = getelementptr inbounds i8, ptr %1624, i64 1728
  %1636 = getelementptr inbounds float, ptr %1635, i64 %i35.addr.02568
  store <16 x float> %1634, ptr %1636, align 4
  %1637 = shufflevector <16 x float> %1602, <16 x float> %1603, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1638 = getelementptr inbounds i8, ptr %1624, i64 1920
  %1639 = getelementptr inbounds float, ptr %1638, i64 %i35.addr.02568
  store <16 x float> %1637, ptr %1639, align 4
  %1640 = shufflevector <16 x float> %1602, <16 x float> %1603, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1641 = getelementptr inbounds i8, ptr %1624, i64 2112
  %1642 = getelementptr inbounds float, ptr %1641, i64 %i35.addr.02568
  store <16 x float> %1640, ptr %1642, align 4
  %1643 = shufflevector <16 x float> %1604, <16 x float> %1605, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1644 = getelementptr inbounds i8, ptr %1631, i64 2304
  %1645 = getelementptr inbounds float, ptr %1644, i64 %i35.addr.02568
  store <16 x float> %1643, ptr %1645, align 4
  %1646 = shufflevector <16 x float> %1604, <16 x float> %1605, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1647 = getelementptr inbounds i8, ptr %1624, i64 2496
  %1648 = getelementptr inbounds float, ptr %1647, i64 %i35.addr.02568
  store <16 x float> %1646, ptr %1648, align 4
  %1649 = shufflevector <16 x float> %1606, <16 x float> %1607, <16 x i32> <i32 0, i32 16, i32 2, i32 18, i32 4, i32 20, i32 6, i32 22, i32 8, i32 24, i32 10, i32 26, i32 12, i32 28, i32 14, i32 30>
  %1650 = getelementptr inbounds i8, ptr %1624, i64 2688
  %1651 = getelementptr inbounds float, ptr %1650, i64 %i35.addr.02568
  store <16 x float> %1649, ptr %1651, align 4
  %1652 = shufflevector <16 x float> %1606, <16 x float> %1607, <16 x i32> <i32 1, i32 17, i32 3, i32 19, i32 5, i32 21, i32 7, i32 23, i32 9, i32 25, i32 11, i32 27, i32 13, i32 29, i32 15, i32 31>
  %1653 = getelementptr inbounds i8, ptr %1624, i64 2880
  %1654 = getelementptr inbounds float, ptr %1653, i64 %i35.addr.02568
  store <16 x float> %1652, ptr %1654, align 4
  br i1 %1511, label %j26.body, label %j26.exit

j26.exit:                                         ; preds = %j26.body
  %i35.next = add nuw nsw i64 %i35.addr.02568, 16
  %1655 = icmp ult i64 %i35.addr.02568, 32
  br i1 %1655, label %j26.head.preheader, label %p7.head.preheader

p7.head.preheader:                                ; preds = %j26.exit, %p7.exit
  %i36.addr.02578 = phi i64 [ %i36.next, %p7.exit ], [ 0, %j26.exit ]
  %.idx3041 = shl nsw i64 %i36.addr.02578, 7
  %invariant.gep3249 = getelementptr inbounds i8, ptr %Bk, i64 %.idx3041
  br label %p7.body

p7.body:                                          ; preds = %p7.head.preheader, %p7.body
  %acc32.02577 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1662, %p7.body ]
  %acc33.02576 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1667, %p7.body ]
  %acc34.02575 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1672, %p7.body ]
  %acc35.02574 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1677, %p7.body ]
  %acc36.02573 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1682, %p7.body ]
  %acc37.02572 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1687, %p7.body ]
  %acc38.02571 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1692, %p7.body ]
  %acc39.02570 = phi <16 x float> [ zeroinitializer, %p7.head.preheader ], [ %1697, %p7.body ]
  %p7.addr.02569 = phi i64 [ 0, %p7.head.preheader ], [ %p7.next, %p7.body ]
  %.idx2421 = shl nuw nsw i64 %p7.addr.02569, 6
  %1656 = getelementptr inbounds i8, ptr %QcT, i64 %.idx2421
  %1657 = load <16 x float>, ptr %1656, align 4
  %gep3250 = getelementptr inbounds float, ptr %invariant.gep3249, i64 %p7.addr.02569
  %1658 = getelementptr inbounds i8, ptr %gep3250, i64 10240
  %1659 = load float, ptr %1658, align 4
  %1660 = insertelement <16 x float> poison, float %1659, i64 0
  %1661 = shufflevector <16 x float> %1660, <16 x float> poison, <16 x i32> zeroinitializer
  %1662 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1661, <16 x float> %1657, <16 x float> %acc32.02577)
  %1663 = getelementptr inbounds i8, ptr %gep3250, i64 10368
  %1664 = load float, ptr %1663, align 4
  %1665 = insertelement <16 x float> poison, float %1664, i64 0
  %1666 = shufflevector <16 x float> %1665, <16 x float> poison, <16 x i32> zeroinitializer
  %1667 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1666, <16 x float> %1657, <16 x float> %acc33.02576)
  %1668 = getelementptr inbounds i8, ptr %gep3250, i64 10496
  %1669 = load float, ptr %1668, align 4
  %1670 = insertelement <16 x float> poison, float %1669, i64 0
  %1671 = shufflevector <16 x float> %1670, <16 x float> poison, <16 x i32> zeroinitializer
  %1672 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1671, <16 x float> %1657, <16 x float> %acc34.02575)
  %1673 = getelementptr inbounds i8, ptr %gep3250, i64 10624
  %1674 = load float, ptr %1673, align 4
  %1675 = insertelement <16 x float> poison, float %1674, i64 0
  %1676 = shufflevector <16 x float> %1675, <16 x float> poison, <16 x i32> zeroinitializer
  %1677 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1676, <16 x float> %1657, <16 x float> %acc35.02574)
  %1678 = getelementptr inbounds i8, ptr %gep3250, i64 10752
  %1679 = load float, ptr %1678, align 4
  %1680 = insertelement <16 x float> poison, float %1679, i64 0
  %1681 = shufflevector <16 x float> %1680, <16 x float> poison, <16 x i32> zeroinitializer
  %1682 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1681, <16 x float> %1657, <16 x float> %acc36.02573)
  %1683 = getelementptr inbounds i8, ptr %gep3250, i64 10880
  %1684 = load float, ptr %1683, align 4
  %1685 = insertelement <16 x float> poison, float %1684, i64 0
  %1686 = shufflevector <16 x float> %1685, <16 x float> poison, <16 x i32> zeroinitializer
  %1687 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1686, <16 x float> %1657, <16 x float> %acc37.02572)
  %1688 = getelementptr inbounds i8, ptr %gep3250, i64 11008
  %1689 = load float, ptr %1688, align 4
  %1690 = insertelement <16 x float> poison, float %1689, i64 0
  %1691 = shufflevector <16 x float> %1690, <16 x float> poison, <16 x i32> zeroinitializer
  %1692 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1691, <16 x float> %1657, <16 x float> %acc38.02571)
  %1693 = getelementptr inbounds i8, ptr %gep3250, i64 11136
  %1694 = load float, ptr %1693, align 4
  %1695 = insertelement <16 x float> poison, float %1694, i64 0
  %1696 = shufflevector <16 x float> %1695, <16 x float> poison, <16 x i32> zeroinitializer
  %1697 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1696, <16 x float> %1657, <16 x float> %acc39.02570)
  %p7.next = add nuw nsw i64 %p7.addr.02569, 1
  %exitcond2996.not = icmp eq i64 %p7.next, 32
  br i1 %exitcond2996.not, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  %.idx2420 = shl nuw nsw i64 %i36.addr.02578, 6
  %1698 = getelementptr inbounds i8, ptr %PT, i64 %.idx2420
  store <16 x float> %1662, ptr %1698, align 4
  %1699 = shl nuw nsw i64 %i36.addr.02578, 4
  %1700 = or disjoint i64 %1699, 16
  %1701 = getelementptr inbounds float, ptr %PT, i64 %1700
  store <16 x float> %1667, ptr %1701, align 4
  %1702 = or disjoint i64 %1699, 32
  %1703 = getelementptr inbounds float, ptr %PT, i64 %1702
  store <16 x float> %1672, ptr %1703, align 4
  %1704 = or disjoint i64 %1699, 48
  %1705 = getelementptr inbounds float, ptr %PT, i64 %1704
  store <16 x float> %1677, ptr %1705, align 4
  %1706 = or disjoint i64 %1699, 64
  %1707 = getelementptr inbounds float, ptr %PT, i64 %1706
  store <16 x float> %1682, ptr %1707, align 4
  %1708 = or disjoint i64 %1699, 80
  %1709 = getelementptr inbounds float, ptr %PT, i64 %1708
  store <16 x float> %1687, ptr %1709, align 4
  %1710 = or disjoint i64 %1699, 96
  %1711 = getelementptr inbounds float, ptr %PT, i64 %1710
  store <16 x float> %1692, ptr %1711, align 4
  %1712 = or disjoint i64 %1699, 112
  %1713 = getelementptr inbounds float, ptr %PT, i64 %1712
  store <16 x float> %1697, ptr %1713, align 4
  %i36.next = add nuw nsw i64 %i36.addr.02578, 8
  %1714 = icmp ult i64 %i36.addr.02578, 40
  br i1 %1714, label %p7.head.preheader, label %t2.body.preheader

t2.body.preheader:                                ; preds = %p7.exit
  %1715 = load <16 x float>, ptr %PT, align 4
  %1716 = load <16 x float>, ptr %M, align 4
  %1717 = fmul <16 x float> %1715, %1716
  store <16 x float> %1717, ptr %PT, align 4
  %1718 = load <16 x float>, ptr %33, align 4
  %1719 = fmul <16 x float> %1718, %1716
  store <16 x float> %1719, ptr %33, align 4
  %1720 = load <16 x float>, ptr %34, align 4
  %1721 = fmul <16 x float> %1716, %1720
  store <16 x float> %1721, ptr %34, align 4
  %1722 = load <16 x float>, ptr %35, align 4
  %1723 = load <16 x float>, ptr %36, align 4
  %1724 = fmul <16 x float> %1722, %1723
  store <16 x float> %1724, ptr %35, align 4
  %1725 = load <16 x float>, ptr %37, align 4
  %1726 = fmul <16 x float> %1725, %1723
  store <16 x float> %1726, ptr %37, align 4
  %1727 = load <16 x float>, ptr %38, align 4
  %1728 = fmul <16 x float> %1723, %1727
  store <16 x float> %1728, ptr %38, align 4
  %1729 = load <16 x float>, ptr %39, align 4
  %1730 = load <16 x float>, ptr %40, align 4
  %1731 = fmul <16 x float> %1729, %1730
  store <16 x float> %1731, ptr %39, align 4
  %1732 = load <16 x float>, ptr %41, align 4
  %1733 = fmul <16 x float> %1732, %1730
  store <16 x float> %1733, ptr %41, align 4
  %1734 = load <16 x float>, ptr %42, align 4
  %1735 = fmul <16 x float> %1730, %1734
  store <16 x float> %1735, ptr %42, align 4
  %1736 = load <16 x float>, ptr %43, align 4
  %1737 = load <16 x float>, ptr %44, align 4
  %1738 = fmul <16 x float> %1736, %1737
  store <16 x float> %1738, ptr %43, align 4
  %1739 = load <16 x float>, ptr %45, align 4
  %1740 = fmul <16 x float> %1739, %1737
  store <16 x float> %1740, ptr %45, align 4
  %1741 = load <16 x float>, ptr %46, align 4
  %1742 = fmul <16 x float> %1737, %1741
  store <16 x float> %1742, ptr %46, align 4
  %1743 = load <16 x float>, ptr %47, align 4
  %1744 = load <16 x float>, ptr %48, align 4
  %1745 = fmul <16 x float> %1743, %1744
  store <16 x float> %1745, ptr %47, align 4
  %1746 = load <16 x float>, ptr %49, align 4
  %1747 = fmul <16 x float> %1746, %1744
  store <16 x float> %1747, ptr %49, align 4
  %1748 = load <16 x float>, ptr %50, align 4
  %1749 = fmul <16 x float> %1744, %1748
  store <16 x float> %1749, ptr %50, align 4
  %1750 = load <16 x float>, ptr %51, align 4
  %1751 = load <16 x float>, ptr %52, align 4
  %1752 = fmul <16 x float> %1750, %1751
  store <16 x float> %1752, ptr %51, align 4
  %1753 = load <16 x float>, ptr %53, align 4
  %1754 = fmul <16 x float> %1753, %1751
  store <16 x float> %1754, ptr %53, align 4
  %1755 = load <16 x float>, ptr %54, align 4
  %1756 = fmul <16 x float> %1751, %1755
  store <16 x float> %1756, ptr %54, align 4
  %1757 = load <16 x float>, ptr %55, align 4
  %1758 = load <16 x float>, ptr %56, align 4
  %1759 = fmul <16 x float> %1757, %1758
  store <16 x float> %1759, ptr %55, align 4
  %1760 = load <16 x float>, ptr %57, align 4
  %1761 = fmul <16 x float> %1760, %1758
  store <16 x float> %1761, ptr %57, align 4
  %1762 = load <16 x float>, ptr %58, align 4
  %1763 = fmul <16 x float> %1758, %1762
  store <16 x float> %1763, ptr %58, align 4
  %1764 = load <16 x float>, ptr %59, align 4
  %1765 = load <16 x float>, ptr %60, align 4
  %1766 = fmul <16 x float> %1764, %1765
  store <16 x float> %1766, ptr %59, align 4
  %1767 = load <16 x float>, ptr %61, align 4
  %1768 = fmul <16 x float> %1767, %1765
  store <16 x float> %1768, ptr %61, align 4
  %1769 = load <16 x float>, ptr %62, align 4
  %1770 = fmul <16 x float> %1765, %1769
  store <16 x float> %1770, ptr %62, align 4
  %1771 = load <16 x float>, ptr %63, align 4
  %1772 = load <16 x float>, ptr %64, align 4
  %1773 = fmul <16 x float> %1771, %1772
  store <16 x float> %1773, ptr %63, align 4
  %1774 = load <16 x float>, ptr %65, align 4
  %1775 = fmul <16 x float> %1774, %1772
  store <16 x float> %1775, ptr %65, align 4
  %1776 = load <16 x float>, ptr %66, align 4
  %1777 = fmul <16 x float> %1772, %1776
  store <16 x float> %1777, ptr %66, align 4
  %1778 = load <16 x float>, ptr %67, align 4
  %1779 = load <16 x float>, ptr %68, align 4
  %1780 = fmul <16 x float> %1778, %1779
  store <16 x float> %1780, ptr %67, align 4
  %1781 = load <16 x float>, ptr %69, align 4
  %1782 = fmul <16 x float> %1781, %1779
  store <16 x float> %1782, ptr %69, align 4
  %1783 = load <16 x float>, ptr %70, align 4
  %1784 = fmul <16 x float> %1779, %1783
  store <16 x float> %1784, ptr %70, align 4
  %1785 = load <16 x float>, ptr %71, align 4
  %1786 = load <16 x float>, ptr %72, align 4
  %1787 = fmul <16 x float> %1785, %1786
  store <16 x float> %1787, ptr %71, align 4
  %1788 = load <16 x float>, ptr %73, align 4
  %1789 = fmul <16 x float> %1788, %1786
  store <16 x float> %1789, ptr %73, align 4
  %1790 = load <16 x float>, ptr %74, align 4
  %1791 = fmul <16 x float> %1786, %1790
  store <16 x float> %1791, ptr %74, align 4
  %1792 = load <16 x float>, ptr %75, align 4
  %1793 = load <16 x float>, ptr %76, align 4
  %1794 = fmul <16 x float> %1792, %1793
  store <16 x float> %1794, ptr %75, align 4
  %1795 = load <16 x float>, ptr %77, align 4
  %1796 = fmul <16 x float> %1795, %1793
  store <16 x float> %1796, ptr %77, align 4
  %1797 = load <16 x float>, ptr %78, align 4
  %1798 = fmul <16 x float> %1793, %1797
  store <16 x float> %1798, ptr %78, align 4
  %1799 = load <16 x float>, ptr %79, align 4
  %1800 = load <16 x float>, ptr %80, align 4
  %1801 = fmul <16 x float> %1799, %1800
  store <16 x float> %1801, ptr %79, align 4
  %1802 = load <16 x float>, ptr %81, align 4
  %1803 = fmul <16 x float> %1802, %1800
  store <16 x float> %1803, ptr %81, align 4
  %1804 = load <16 x float>, ptr %82, align 4
  %1805 = fmul <16 x float> %1800, %1804
  store <16 x float> %1805, ptr %82, align 4
  %1806 = load <16 x float>, ptr %83, align 4
  %1807 = load <16 x float>, ptr %84, align 4
  %1808 = fmul <16 x float> %1806, %1807
  store <16 x float> %1808, ptr %83, align 4
  %1809 = load <16 x float>, ptr %85, align 4
  %1810 = fmul <16 x float> %1809, %1807
  store <16 x float> %1810, ptr %85, align 4
  %1811 = load <16 x float>, ptr %86, align 4
  %1812 = fmul <16 x float> %1807, %1811
  store <16 x float> %1812, ptr %86, align 4
  %1813 = load <16 x float>, ptr %87, align 4
  %1814 = load <16 x float>, ptr %88, align 4
  %1815 = fmul <16 x float> %1813, %1814
  store <16 x float> %1815, ptr %87, align 4
  %1816 = load <16 x float>, ptr %89, align 4
  %1817 = fmul <16 x float> %1816, %1814
  store <16 x float> %1817, ptr %89, align 4
  %1818 = load <16 x float>, ptr %90, align 4
  %1819 = fmul <16 x float> %1814, %1818
  store <16 x float> %1819, ptr %90, align 4
  %1820 = load <16 x float>, ptr %91, align 4
  %1821 = load <16 x float>, ptr %92, align 4
  %1822 = fmul <16 x float> %1820, %1821
  store <16 x float> %1822, ptr %91, align 4
  %1823 = load <16 x float>, ptr %93, align 4
  %1824 = fmul <16 x float> %1823, %1821
  store <16 x float> %1824, ptr %93, align 4
  %1825 = load <16 x float>, ptr %94, align 4
  %1826 = fmul <16 x float> %1821, %1825
  store <16 x float> %1826, ptr %94, align 4
  br label %j28.head.preheader

j28.head.preheader:                               ; preds = %j28.head.preheader, %t2.body.preheader
  %i40.addr.02581 = phi i64 [ 0, %t2.body.preheader ], [ %i40.next.7, %j28.head.preheader ]
  %.idx2759 = shl nsw i64 %i40.addr.02581, 8
  %gep3252 = getelementptr inbounds i8, ptr %invariant.gep3251, i64 %.idx2759
  %1827 = load <16 x float>, ptr %gep3252, align 4
  %.idx2760 = shl nsw i64 %i40.addr.02581, 7
  %gep3254 = getelementptr inbounds i8, ptr %invariant.gep3253, i64 %.idx2760
  store <16 x float> %1827, ptr %gep3254, align 4
  %gep3256 = getelementptr inbounds i8, ptr %invariant.gep3255, i64 %.idx2759
  %1828 = load <16 x float>, ptr %gep3256, align 4
  %gep3258 = getelementptr inbounds i8, ptr %invariant.gep3257, i64 %.idx2760
  store <16 x float> %1828, ptr %gep3258, align 4
  %i40.next = or disjoint i64 %i40.addr.02581, 1
  %.idx2759.1 = shl nsw i64 %i40.next, 8
  %gep3252.1 = getelementptr inbounds i8, ptr %invariant.gep3251, i64 %.idx2759.1
  %1829 = load <16 x float>, ptr %gep3252.1, align 4
  %.idx2760.1 = shl nsw i64 %i40.next, 7
  %gep3254.1 = getelementptr inbounds i8, ptr %invariant.gep3253, i64 %.idx2760.1
  store <16 x float> %1829, ptr %gep3254.1, align 4
  %gep3256.1 = getelementptr inbounds i8, ptr %invariant.gep3255, i64 %.idx2759.1
  %1830 = load <16 x float>, ptr %gep3256.1, align 4
  %gep3258.1 = getelementptr inbounds i8, ptr %invariant.gep3257, i64 %.idx2760.1
  store <16 x float> %1830, ptr %gep3258.1, align 4
  %i40.next.1 = or disjoint i64 %i40.addr.02581, 2
  %.idx2759.2 = shl nsw i64 %i40.next.1, 8
  %gep3252.2 = getelementptr inbounds i8, ptr %invariant.gep3251, i64 %.idx2759.2
  %1831 = load <16 x float>, ptr %gep3252.2, align 4
  %.idx2760.2 = shl nsw i64 %i40.next.1, 7
  %gep3254.2 = getelementptr inbounds i8, ptr %invariant.gep3253, i64 %.idx2760.2
  store <16 x float> %1831, ptr %gep3254.2, align 4
  %gep3256.2 = getelementptr inbounds i8, ptr %invariant.gep3255, i64 %.idx2759.2
  %1832 = load <16 x float>, ptr %gep3256.2, align 4
  %gep3258.2 = getelementptr inbounds i8, ptr %invariant.gep3257, i64 %.idx2760.2
  store <16 x float> %1832, ptr %gep3258.2, align 4
  %i40.next.2 = or disjoint i64 %i40.addr.02581, 3
  %.idx2759.3 = shl nsw i64 %i40.next.2, 8
  %gep3252.3 = getelementptr inbounds i8, ptr %invariant.gep3251, i64 %.idx2759.3
  %1833 = load <16 x float>, ptr %gep3252.3, align 4
  %.idx2760.3 = shl nsw i64 %i40.next.2, 7
  %gep3254.3 = getelementptr inbounds i8, ptr %invariant.gep3253, i64 %.idx2760.3
  store <16 x float> %1833, ptr %gep3254.3, align 4
  %gep3256.3 = getelementptr inbounds i8, ptr %invariant.gep3255, i64 %.idx2759.3
  %1834 = load <16 x float>, ptr %gep3256.3, align 4
  %gep3258.3 = getelementptr inbounds i8, ptr %invariant.gep3257, i64 %.idx2760.3
  store <16 x float> %1834, ptr %gep3258.3, align 4
  %i40.next.3 = or disjoint i64 %i40.addr.02581, 4
  %.idx2759.4 = shl nsw i64 %i40.next.3, 8
  %gep3252.4 = getelementptr inbounds i8, ptr %invariant.gep3251, i64 %.idx2759.4
  %1835 = load <16 x float>, ptr %gep3252.4, align 4
  %.idx2760.4 = shl nsw i64 %i40.next.3, 7
  %gep3254.4 = getelementptr inbounds i8, ptr %invariant.gep3253, i64 %.idx2760.4
  store <16 x float> %1835, ptr %gep3254.4, align 4
  %gep3256.4 = getelementptr inbounds i8, ptr %invariant.gep3255, i64 %.idx2759.4
  %1836 = load <16 x float>, ptr %gep3256.4, align 4
  %gep3258.4 = getelementptr inbounds i8, ptr %invariant.gep3257, i64 %.idx2760.4
  store <16 x float> %1836, ptr %gep3258.4, align 4
  %i40.next.4 = or disjoint i64 %i40.addr.02581, 5
  %.idx2759.5 = shl nsw i64 %i40.next.4, 8
  %gep3252.5 = getelementptr inbounds i8, ptr %invariant.gep3251, i64 %.idx2759.5
  %1837 = load <16 x float>, ptr %gep3252.5, align 4
  %.idx2760.5 = shl nsw i64 %i40.next.4, 7
  %gep3254.5 = getelementptr inbounds i8, ptr %invariant.gep3253, i64 %.idx2760.5
  store <16 x float> %1837, ptr %gep3254.5, align 4
  %gep3256.5 = getelementptr inbounds i8, ptr %invariant.gep3255, i64 %.idx2759.5
  %1838 = load <16 x float>, ptr %gep3256.5, align 4
  %gep3258.5 = getelementptr inbounds i8, ptr %invariant.gep3257, i64 %.idx2760.5
  store <16 x float> %1838, ptr %gep3258.5, align 4
  %i40.next.5 = or disjoint i64 %i40.addr.02581, 6
  %.idx2759.6 = shl nsw i64 %i40.next.5, 8
  %gep3252.6 = getelementptr inbounds i8, ptr %invariant.gep3251, i64 %.idx2759.6
  %1839 = load <16 x float>, ptr %gep3252.6, align 4
  %.idx2760.6 = shl nsw i64 %i40.next.5, 7
  %gep3254.6 = getelementptr inbounds i8, ptr %invariant.gep3253, i64 %.idx2760.6
  store <16 x float> %1839, ptr %gep3254.6, align 4
  %gep3256.6 = getelementptr inbounds i8, ptr %invariant.gep3255, i64 %.idx2759.6
  %1840 = load <16 x float>, ptr %gep3256.6, align 4
  %gep3258.6 = getelementptr inbounds i8, ptr %invariant.gep3257, i64 %.idx2760.6
  store <16 x float> %1840, ptr %gep3258.6, align 4
  %i40.next.6 = or disjoint i64 %i40.addr.02581, 7
  %.idx2759.7 = shl nsw i64 %i40.next.6, 8
  %gep3252.7 = getelementptr inbounds i8, ptr %invariant.gep3251, i64 %.idx2759.7
  %1841 = load <16 x float>, ptr %gep3252.7, align 4
  %.idx2760.7 = shl nsw i64 %i40.next.6, 7
  %gep3254.7 = getelementptr inbounds i8, ptr %invariant.gep3253, i64 %.idx2760.7
  store <16 x float> %1841, ptr %gep3254.7, align 4
  %gep3256.7 = getelementptr inbounds i8, ptr %invariant.gep3255, i64 %.idx2759.7
  %1842 = load <16 x float>, ptr %gep3256.7, align 4
  %gep3258.7 = getelementptr inbounds i8, ptr %invariant.gep3257, i64 %.idx2760.7
  store <16 x float> %1842, ptr %gep3258.7, align 4
  %i40.next.7 = add nuw nsw i64 %i40.addr.02581, 8
  %exitcond3000.not.7 = icmp eq i64 %i40.next.7, 48
  br i1 %exitcond3000.not.7, label %i41.body, label %j28.head.preheader

i41.body:                                         ; preds = %j28.head.preheader, %p8.exit
  %i41.addr.02599 = phi i64 [ %i41.next, %p8.exit ], [ 0, %j28.head.preheader ]
  %.idx2457 = shl nuw nsw i64 %i41.addr.02599, 7
  %1843 = getelementptr inbounds i8, ptr %OY, i64 %.idx2457
  %1844 = getelementptr inbounds i8, ptr %1843, i64 2048
  %1845 = load <16 x float>, ptr %1844, align 4
  %1846 = getelementptr inbounds i8, ptr %1843, i64 2112
  %1847 = load <16 x float>, ptr %1846, align 4
  %1848 = or disjoint i64 %i41.addr.02599, 1
  %.idx2458 = shl nuw nsw i64 %1848, 7
  %1849 = getelementptr inbounds i8, ptr %OY, i64 %.idx2458
  %1850 = getelementptr inbounds i8, ptr %1849, i64 2048
  %1851 = load <16 x float>, ptr %1850, align 4
  %1852 = getelementptr inbounds i8, ptr %1849, i64 2112
  %1853 = load <16 x float>, ptr %1852, align 4
  %1854 = or disjoint i64 %i41.addr.02599, 2
  %.idx2459 = shl nuw nsw i64 %1854, 7
  %1855 = getelementptr inbounds i8, ptr %OY, i64 %.idx2459
  %1856 = getelementptr inbounds i8, ptr %1855, i64 2048
  %1857 = load <16 x float>, ptr %1856, align 4
  %1858 = getelementptr inbounds i8, ptr %1855, i64 2112
  %1859 = load <16 x float>, ptr %1858, align 4
  %1860 = or disjoint i64 %i41.addr.02599, 3
  %.idx2460 = shl nuw nsw i64 %1860, 7
  %1861 = getelementptr inbounds i8, ptr %OY, i64 %.idx2460
  %1862 = getelementptr inbounds i8, ptr %1861, i64 2048
  %1863 = load <16 x float>, ptr %1862, align 4
  %1864 = getelementptr inbounds i8, ptr %1861, i64 2112
  %1865 = load <16 x float>, ptr %1864, align 4
  %1866 = or disjoint i64 %i41.addr.02599, 4
  %.idx2461 = shl nuw nsw i64 %1866, 7
  %1867 = getelementptr inbounds i8, ptr %OY, i64 %.idx2461
  %1868 = getelementptr inbounds i8, ptr %1867, i64 2048
  %1869 = load <16 x float>, ptr %1868, align 4
  %1870 = getelementptr inbounds i8, ptr %1867, i64 2112
  %1871 = load <16 x float>, ptr %1870, align 4
  %1872 = or disjoint i64 %i41.addr.02599, 5
  %.idx2462 = shl nuw nsw i64 %1872, 7
  %1873 = getelementptr inbounds i8, ptr %OY, i64 %.idx2462
  %1874 = getelementptr inbounds i8, ptr %1873, i64 2048
  %1875 = load <16 x float>, ptr %1874, align 4
  %1876 = getelementptr inbounds i8, ptr %1873, i64 2112
  %1877 = load <16 x float>, ptr %1876, align 4
  %1878 = or disjoint i64 %i41.addr.02599, 6
  %.idx2463 = shl nuw nsw i64 %1878, 7
  %1879 = getelementptr inbounds i8, ptr %OY, i64 %.idx2463
  %1880 = getelementptr inbounds i8, ptr %1879, i64 2048
  %1881 = load <16 x float>, ptr %1880, align 4
  %1882 = getelementptr inbounds i8, ptr %1879, i64 2112
  %1883 = load <16 x float>, ptr %1882, align 4
  %1884 = or disjoint i64 %i41.addr.02599, 7
  %.idx2464 = shl nuw nsw i64 %1884, 7
  %1885 = getelementptr inbounds i8, ptr %OY, i64 %.idx2464
  %1886 = getelementptr inbounds i8, ptr %1885, i64 2048
  %1887 = load <16 x float>, ptr %1886, align 4
  %1888 = getelementptr inbounds i8, ptr %1885, i64 2112
  %1889 = load <16 x float>, ptr %1888, align 4
  %.idx2761 = shl nsw i64 %i41.addr.02599, 6
  %.idx2762 = shl nsw i64 %1848, 6
  %.idx2763 = shl nsw i64 %1854, 6
  %.idx2764 = shl nsw i64 %1860, 6
  %.idx2765 = shl nsw i64 %1866, 6
  %.idx2766 = shl nsw i64 %1872, 6
  %.idx2767 = shl nsw i64 %1878, 6
  %.idx2768 = shl nsw i64 %1884, 6
  br label %p8.body

p8.body:                                          ; preds = %i41.body, %p8.body
  %acc40.02598 = phi <16 x float> [ %1845, %i41.body ], [ %1901, %p8.body ]
  %acc41.02597 = phi <16 x float> [ %1847, %i41.body ], [ %1902, %p8.body ]
  %acc42.02596 = phi <16 x float> [ %1851, %i41.body ], [ %1907, %p8.body ]
  %acc43.02595 = phi <16 x float> [ %1853, %i41.body ], [ %1908, %p8.body ]
  %acc44.02594 = phi <16 x float> [ %1857, %i41.body ], [ %1913, %p8.body ]
  %acc45.02593 = phi <16 x float> [ %1859, %i41.body ], [ %1914, %p8.body ]
  %acc46.02592 = phi <16 x float> [ %1863, %i41.body ], [ %1919, %p8.body ]
  %acc47.02591 = phi <16 x float> [ %1865, %i41.body ], [ %1920, %p8.body ]
  %acc48.02590 = phi <16 x float> [ %1869, %i41.body ], [ %1925, %p8.body ]
  %p8.addr.02589 = phi i64 [ 0, %i41.body ], [ %p8.next, %p8.body ]
  %acc55.02588 = phi <16 x float> [ %1889, %i41.body ], [ %1944, %p8.body ]
  %acc54.02587 = phi <16 x float> [ %1887, %i41.body ], [ %1943, %p8.body ]
  %acc53.02586 = phi <16 x float> [ %1883, %i41.body ], [ %1938, %p8.body ]
  %acc52.02585 = phi <16 x float> [ %1881, %i41.body ], [ %1937, %p8.body ]
  %acc51.02584 = phi <16 x float> [ %1877, %i41.body ], [ %1932, %p8.body ]
  %acc50.02583 = phi <16 x float> [ %1875, %i41.body ], [ %1931, %p8.body ]
  %acc49.02582 = phi <16 x float> [ %1871, %i41.body ], [ %1926, %p8.body ]
  %1890 = shl nuw nsw i64 %p8.addr.02589, 5
  %1891 = getelementptr inbounds float, ptr %OY, i64 %1890
  %1892 = load <16 x float>, ptr %1891, align 4
  %1893 = or disjoint i64 %1890, 16
  %1894 = getelementptr inbounds float, ptr %OY, i64 %1893
  %1895 = load <16 x float>, ptr %1894, align 4
  %1896 = getelementptr inbounds float, ptr %PT, i64 %p8.addr.02589
  %1897 = getelementptr inbounds i8, ptr %1896, i64 %.idx2761
  %1898 = load float, ptr %1897, align 4
  %1899 = insertelement <16 x float> poison, float %1898, i64 0
  %1900 = shufflevector <16 x float> %1899, <16 x float> poison, <16 x i32> zeroinitializer
  %1901 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1892, <16 x float> %acc40.02598)
  %1902 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1900, <16 x float> %1895, <16 x float> %acc41.02597)
  %1903 = getelementptr inbounds i8, ptr %1896, i64 %.idx2762
  %1904 = load float, ptr %1903, align 4
  %1905 = insertelement <16 x float> poison, float %1904, i64 0
  %1906 = shufflevector <16 x float> %1905, <16 x float> poison, <16 x i32> zeroinitializer
  %1907 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1906, <16 x float> %1892, <16 x float> %acc42.02596)
  %1908 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1906, <16 x float> %1895, <16 x float> %acc43.02595)
  %1909 = getelementptr inbounds i8, ptr %1896, i64 %.idx2763
  %1910 = load float, ptr %1909, align 4
  %1911 = insertelement <16 x float> poison, float %1910, i64 0
  %1912 = shufflevector <16 x float> %1911, <16 x float> poison, <16 x i32> zeroinitializer
  %1913 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1912, <16 x float> %1892, <16 x float> %acc44.02594)
  %1914 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1912, <16 x float> %1895, <16 x float> %acc45.02593)
  %1915 = getelementptr inbounds i8, ptr %1896, i64 %.idx2764
  %1916 = load float, ptr %1915, align 4
  %1917 = insertelement <16 x float> poison, float %1916, i64 0
  %1918 = shufflevector <16 x float> %1917, <16 x float> poison, <16 x i32> zeroinitializer
  %1919 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1892, <16 x float> %acc46.02592)
  %1920 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1918, <16 x float> %1895, <16 x float> %acc47.02591)
  %1921 = getelementptr inbounds i8, ptr %1896, i64 %.idx2765
  %1922 = load float, ptr %1921, align 4
  %1923 = insertelement <16 x float> poison, float %1922, i64 0
  %1924 = shufflevector <16 x float> %1923, <16 x float> poison, <16 x i32> zeroinitializer
  %1925 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1924, <16 x float> %1892, <16 x float> %acc48.02590)
  %1926 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1924, <16 x float> %1895, <16 x float> %acc49.02582)
  %1927 = getelementptr inbounds i8, ptr %1896, i64 %.idx2766
  %1928 = load float, ptr %1927, align 4
  %1929 = insertelement <16 x float> poison, float %1928, i64 0
  %1930 = shufflevector <16 x float> %1929, <16 x float> poison, <16 x i32> zeroinitializer
  %1931 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1930, <16 x float> %1892, <16 x float> %acc50.02583)
  %1932 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1930, <16 x float> %1895, <16 x float> %acc51.02584)
  %1933 = getelementptr inbounds i8, ptr %1896, i64 %.idx2767
  %1934 = load float, ptr %1933, align 4
  %1935 = insertelement <16 x float> poison, float %1934, i64 0
  %1936 = shufflevector <16 x float> %1935, <16 x float> poison, <16 x i32> zeroinitializer
  %1937 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1936, <16 x float> %1892, <16 x float> %acc52.02585)
  %1938 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1936, <16 x float> %1895, <16 x float> %acc53.02586)
  %1939 = getelementptr inbounds i8, ptr %1896, i64 %.idx2768
  %1940 = load float, ptr %1939, align 4
  %1941 = insertelement <16 x float> poison, float %1940, i64 0
  %1942 = shufflevector <16 x float> %1941, <16 x float> poison, <16 x i32> zeroinitializer
  %1943 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1942, <16 x float> %1892, <16 x float> %acc54.02587)
  %1944 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1942, <16 x float> %1895, <16 x float> %acc55.02588)
  %p8.next = add nuw nsw i64 %p8.addr.02589, 1
  %exitcond3001.not = icmp eq i64 %p8.next, 16
  br i1 %exitcond3001.not, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  store <16 x float> %1901, ptr %1844, align 4
  store <16 x float> %1902, ptr %1846, align 4
  store <16 x float> %1907, ptr %1850, align 4
  store <16 x float> %1908, ptr %1852, align 4
  store <16 x float> %1913, ptr %1856, align 4
  store <16 x float> %1914, ptr %1858, align 4
  store <16 x float> %1919, ptr %1862, align 4
  store <16 x float> %1920, ptr %1864, align 4
  store <16 x float> %1925, ptr %1868, align 4
  store <16 x float> %1926, ptr %1870, align 4
  store <16 x float> %1931, ptr %1874, align 4
  store <16 x float> %1932, ptr %1876, align 4
  store <16 x float> %1937, ptr %1880, align 4
  store <16 x float> %1938, ptr %1882, align 4
  store <16 x float> %1943, ptr %1886, align 4
  store <16 x float> %1944, ptr %1888, align 4
  %i41.next = add nuw nsw i64 %i41.addr.02599, 8
  %1945 = icmp ult i64 %i41.addr.02599, 40
  br i1 %1945, label %i41.body, label %p9.head.preheader

p9.head.preheader:                                ; preds = %p8.exit, %p9.exit
  %i42.addr.02609 = phi i64 [ %i42.next, %p9.exit ], [ 0, %p8.exit ]
  %1946 = shl nuw nsw i64 %i42.addr.02609, 5
  br label %p9.body

p9.body:                                          ; preds = %p9.head.preheader, %p9.body
  %p9.addr.02608 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next, %p9.body ]
  %acc63.02607 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1996, %p9.body ]
  %acc62.02606 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1990, %p9.body ]
  %acc61.02605 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1984, %p9.body ]
  %acc60.02604 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1978, %p9.body ]
  %acc59.02603 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1972, %p9.body ]
  %acc58.02602 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1966, %p9.body ]
  %acc57.02601 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1960, %p9.body ]
  %acc56.02600 = phi <16 x float> [ zeroinitializer, %p9.head.preheader ], [ %1954, %p9.body ]
  %.idx2415 = shl nuw nsw i64 %p9.addr.02608, 6
  %1947 = getelementptr inbounds i8, ptr %dOT, i64 %.idx2415
  %1948 = load <16 x float>, ptr %1947, align 4
  %1949 = add nuw nsw i64 %p9.addr.02608, %1946
  %1950 = getelementptr inbounds float, ptr %Vn, i64 %1949
  %1951 = load float, ptr %1950, align 4
  %1952 = insertelement <16 x float> poison, float %1951, i64 0
  %1953 = shufflevector <16 x float> %1952, <16 x float> poison, <16 x i32> zeroinitializer
  %1954 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1953, <16 x float> %1948, <16 x float> %acc56.02600)
  %1955 = or disjoint i64 %1949, 32
  %1956 = getelementptr inbounds float, ptr %Vn, i64 %1955
  %1957 = load float, ptr %1956, align 4
  %1958 = insertelement <16 x float> poison, float %1957, i64 0
  %1959 = shufflevector <16 x float> %1958, <16 x float> poison, <16 x i32> zeroinitializer
  %1960 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1959, <16 x float> %1948, <16 x float> %acc57.02601)
  %1961 = or disjoint i64 %1949, 64
  %1962 = getelementptr inbounds float, ptr %Vn, i64 %1961
  %1963 = load float, ptr %1962, align 4
  %1964 = insertelement <16 x float> poison, float %1963, i64 0
  %1965 = shufflevector <16 x float> %1964, <16 x float> poison, <16 x i32> zeroinitializer
  %1966 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1965, <16 x float> %1948, <16 x float> %acc58.02602)
  %1967 = or disjoint i64 %1949, 96
  %1968 = getelementptr inbounds float, ptr %Vn, i64 %1967
  %1969 = load float, ptr %1968, align 4
  %1970 = insertelement <16 x float> poison, float %1969, i64 0
  %1971 = shufflevector <16 x float> %1970, <16 x float> poison, <16 x i32> zeroinitializer
  %1972 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1971, <16 x float> %1948, <16 x float> %acc59.02603)
  %1973 = or disjoint i64 %1949, 128
  %1974 = getelementptr inbounds float, ptr %Vn, i64 %1973
  %1975 = load float, ptr %1974, align 4
  %1976 = insertelement <16 x float> poison, float %1975, i64 0
  %1977 = shufflevector <16 x float> %1976, <16 x float> poison, <16 x i32> zeroinitializer
  %1978 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1977, <16 x float> %1948, <16 x float> %acc60.02604)
  %1979 = or disjoint i64 %1949, 160
  %1980 = getelementptr inbounds float, ptr %Vn, i64 %1979
  %1981 = load float, ptr %1980, align 4
  %1982 = insertelement <16 x float> poison, float %1981, i64 0
  %1983 = shufflevector <16 x float> %1982, <16 x float> poison, <16 x i32> zeroinitializer
  %1984 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1983, <16 x float> %1948, <16 x float> %acc61.02605)
  %1985 = or disjoint i64 %1949, 192
  %1986 = getelementptr inbounds float, ptr %Vn, i64 %1985
  %1987 = load float, ptr %1986, align 4
  %1988 = insertelement <16 x float> poison, float %1987, i64 0
  %1989 = shufflevector <16 x float> %1988, <16 x float> poison, <16 x i32> zeroinitializer
  %1990 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1989, <16 x float> %1948, <16 x float> %acc62.02606)
  %1991 = or disjoint i64 %1949, 224
  %1992 = getelementptr inbounds float, ptr %Vn, i64 %1991
  %1993 = load float, ptr %1992, align 4
  %1994 = insertelement <16 x float> poison, float %1993, i64 0
  %1995 = shufflevector <16 x float> %1994, <16 x float> poison, <16 x i32> zeroinitializer
  %1996 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %1995, <16 x float> %1948, <16 x float> %acc63.02607)
  %p9.next = add nuw nsw i64 %p9.addr.02608, 1
  %exitcond3002.not = icmp eq i64 %p9.next, 32
  br i1 %exitcond3002.not, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %1997 = shl nuw nsw i64 %i42.addr.02609, 7
  %1998 = or disjoint i64 %1997, 64
  %1999 = getelementptr inbounds float, ptr %Ak, i64 %1998
  store <16 x float> %1954, ptr %1999, align 4
  %2000 = or disjoint i64 %1997, 192
  %2001 = getelementptr inbounds float, ptr %Ak, i64 %2000
  store <16 x float> %1960, ptr %2001, align 4
  %2002 = or disjoint i64 %1997, 320
  %2003 = getelementptr inbounds float, ptr %Ak, i64 %2002
  store <16 x float> %1966, ptr %2003, align 4
  %2004 = or disjoint i64 %1997, 448
  %2005 = getelementptr inbounds float, ptr %Ak, i64 %2004
  store <16 x float> %1972, ptr %2005, align 4
  %2006 = or disjoint i64 %1997, 576
  %2007 = getelementptr inbounds float, ptr %Ak, i64 %2006
  store <16 x float> %1978, ptr %2007, align 4
  %2008 = or disjoint i64 %1997, 704
  %2009 = getelementptr inbounds float, ptr %Ak, i64 %2008
  store <16 x float> %1984, ptr %2009, align 4
  %2010 = or disjoint i64 %1997, 832
  %2011 = getelementptr inbounds float, ptr %Ak, i64 %2010
  store <16 x float> %1990, ptr %2011, align 4
  %2012 = or disjoint i64 %1997, 960
  %2013 = getelementptr inbounds float, ptr %Ak, i64 %2012
  store <16 x float> %1996, ptr %2013, align 4
  %i42.next = add nuw nsw i64 %i42.addr.02609, 8
  %2014 = icmp ult i64 %i42.addr.02609, 40
  br i1 %2014, label %p9.head.preheader, label %t3.body

t3.body:                                          ; preds = %p9.exit, %t3.body
  %t3.addr.02610 = phi i64 [ %t3.next.3, %t3.body ], [ 0, %p9.exit ]
  %2015 = mul nuw nsw i64 %t3.addr.02610, 384
  %2016 = or disjoint i64 %2015, 64
  %2017 = getelementptr inbounds float, ptr %Ak, i64 %2016
  %2018 = load <16 x float>, ptr %2017, align 4
  %.idx2412 = shl nuw nsw i64 %t3.addr.02610, 6
  %2019 = getelementptr inbounds i8, ptr %M, i64 %.idx2412
  %2020 = load <16 x float>, ptr %2019, align 4
  %2021 = fmul <16 x float> %2018, %2020
  store <16 x float> %2021, ptr %2017, align 4
  %.idx2413 = mul nuw nsw i64 %t3.addr.02610, 1536
  %2022 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2413
  %2023 = getelementptr inbounds i8, ptr %2022, i64 768
  %2024 = load <16 x float>, ptr %2023, align 4
  %2025 = load <16 x float>, ptr %2019, align 4
  %2026 = fmul <16 x float> %2024, %2025
  store <16 x float> %2026, ptr %2023, align 4
  %2027 = getelementptr inbounds i8, ptr %2022, i64 1280
  %2028 = load <16 x float>, ptr %2027, align 4
  %2029 = load <16 x float>, ptr %2019, align 4
  %2030 = fmul <16 x float> %2028, %2029
  store <16 x float> %2030, ptr %2027, align 4
  %t3.next = or disjoint i64 %t3.addr.02610, 1
  %2031 = mul nuw nsw i64 %t3.next, 384
  %2032 = or disjoint i64 %2031, 64
  %2033 = getelementptr inbounds float, ptr %Ak, i64 %2032
  %2034 = load <16 x float>, ptr %2033, align 4
  %.idx2412.1 = shl nuw nsw i64 %t3.next, 6
  %2035 = getelementptr inbounds i8, ptr %M, i64 %.idx2412.1
  %2036 = load <16 x float>, ptr %2035, align 4
  %2037 = fmul <16 x float> %2034, %2036
  store <16 x float> %2037, ptr %2033, align 4
  %.idx2413.1 = mul nuw nsw i64 %t3.next, 1536
  %2038 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2413.1
  %2039 = getelementptr inbounds i8, ptr %2038, i64 768
  %2040 = load <16 x float>, ptr %2039, align 4
  %2041 = load <16 x float>, ptr %2035, align 4
  %2042 = fmul <16 x float> %2040, %2041
  store <16 x float> %2042, ptr %2039, align 4
  %2043 = getelementptr inbounds i8, ptr %2038, i64 1280
  %2044 = load <16 x float>, ptr %2043, align 4
  %2045 = load <16 x float>, ptr %2035, align 4
  %2046 = fmul <16 x float> %2044, %2045
  store <16 x float> %2046, ptr %2043, align 4
  %t3.next.1 = or disjoint i64 %t3.addr.02610, 2
  %2047 = mul nuw nsw i64 %t3.next.1, 384
  %2048 = or disjoint i64 %2047, 64
  %2049 = getelementptr inbounds float, ptr %Ak, i64 %2048
  %2050 = load <16 x float>, ptr %2049, align 4
  %.idx2412.2 = shl nuw nsw i64 %t3.next.1, 6
  %2051 = getelementptr inbounds i8, ptr %M, i64 %.idx2412.2
  %2052 = load <16 x float>, ptr %2051, align 4
  %2053 = fmul <16 x float> %2050, %2052
  store <16 x float> %2053, ptr %2049, align 4
  %.idx2413.2 = mul nuw nsw i64 %t3.next.1, 1536
  %2054 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2413.2
  %2055 = getelementptr inbounds i8, ptr %2054, i64 768
  %2056 = load <16 x float>, ptr %2055, align 4
  %2057 = load <16 x float>, ptr %2051, align 4
  %2058 = fmul <16 x float> %2056, %2057
  store <16 x float> %2058, ptr %2055, align 4
  %2059 = getelementptr inbounds i8, ptr %2054, i64 1280
  %2060 = load <16 x float>, ptr %2059, align 4
  %2061 = load <16 x float>, ptr %2051, align 4
  %2062 = fmul <16 x float> %2060, %2061
  store <16 x float> %2062, ptr %2059, align 4
  %t3.next.2 = or disjoint i64 %t3.addr.02610, 3
  %2063 = mul nuw nsw i64 %t3.next.2, 384
  %2064 = or disjoint i64 %2063, 64
  %2065 = getelementptr inbounds float, ptr %Ak, i64 %2064
  %2066 = load <16 x float>, ptr %2065, align 4
  %.idx2412.3 = shl nuw nsw i64 %t3.next.2, 6
  %2067 = getelementptr inbounds i8, ptr %M, i64 %.idx2412.3
  %2068 = load <16 x float>, ptr %2067, align 4
  %2069 = fmul <16 x float> %2066, %2068
  store <16 x float> %2069, ptr %2065, align 4
  %.idx2413.3 = mul nuw nsw i64 %t3.next.2, 1536
  %2070 = getelementptr inbounds i8, ptr %Ak, i64 %.idx2413.3
  %2071 = getelementptr inbounds i8, ptr %2070, i64 768
  %2072 = load <16 x float>, ptr %2071, align 4
  %2073 = load <16 x float>, ptr %2067, align 4
  %2074 = fmul <16 x float> %2072, %2073
  store <16 x float> %2074, ptr %2071, align 4
  %2075 = getelementptr inbounds i8, ptr %2070, i64 1280
  %2076 = load <16 x float>, ptr %2075, align 4
  %2077 = load <16 x float>, ptr %2067, align 4
  %2078 = fmul <16 x float> %2076, %2077
  store <16 x float> %2078, ptr %2075, align 4
  %t3.next.3 = add nuw nsw i64 %t3.addr.02610, 4
  %exitcond3003.not.3 = icmp eq i64 %t3.next.3, 16
  br i1 %exitcond3003.not.3, label %p10.body, label %t3.body

p10.body:                                         ; preds = %t3.body, %p10.body
  %p10.addr.02627 = phi i64 [ %p10.next, %p10.body ], [ 0, %t3.body ]
  %acc79.02626 = phi <16 x float> [ %2140, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc78.02625 = phi <16 x float> [ %2139, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc77.02624 = phi <16 x float> [ %2133, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc76.02623 = phi <16 x float> [ %2132, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc75.02622 = phi <16 x float> [ %2126, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc74.02621 = phi <16 x float> [ %2125, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc73.02620 = phi <16 x float> [ %2119, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc72.02619 = phi <16 x float> [ %2118, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc71.02618 = phi <16 x float> [ %2112, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc70.02617 = phi <16 x float> [ %2111, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc69.02616 = phi <16 x float> [ %2105, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc68.02615 = phi <16 x float> [ %2104, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc67.02614 = phi <16 x float> [ %2098, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc66.02613 = phi <16 x float> [ %2097, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc65.02612 = phi <16 x float> [ %2091, %p10.body ], [ zeroinitializer, %t3.body ]
  %acc64.02611 = phi <16 x float> [ %2090, %p10.body ], [ zeroinitializer, %t3.body ]
  %2079 = shl nuw nsw i64 %p10.addr.02627, 5
  %2080 = or disjoint i64 %2079, 1024
  %2081 = getelementptr inbounds float, ptr %Bk, i64 %2080
  %2082 = load <16 x float>, ptr %2081, align 4
  %2083 = or disjoint i64 %2079, 1040
  %2084 = getelementptr inbounds float, ptr %Bk, i64 %2083
  %2085 = load <16 x float>, ptr %2084, align 4
  %2086 = getelementptr inbounds float, ptr %OY, i64 %p10.addr.02627
  %2087 = load float, ptr %2086, align 4
  %2088 = insertelement <16 x float> poison, float %2087, i64 0
  %2089 = shufflevector <16 x float> %2088, <16 x float> poison, <16 x i32> zeroinitializer
  %2090 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2089, <16 x float> %2082, <16 x float> %acc64.02611)
  %2091 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2089, <16 x float> %2085, <16 x float> %acc65.02612)
  %2092 = or disjoint i64 %p10.addr.02627, 32
  %2093 = getelementptr inbounds float, ptr %OY, i64 %2092
  %2094 = load float, ptr %2093, align 4
  %2095 = insertelement <16 x float> poison, float %2094, i64 0
  %2096 = shufflevector <16 x float> %2095, <16 x float> poison, <16 x i32> zeroinitializer
  %2097 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2096, <16 x float> %2082, <16 x float> %acc66.02613)
  %2098 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2096, <16 x float> %2085, <16 x float> %acc67.02614)
  %2099 = or disjoint i64 %p10.addr.02627, 64
  %2100 = getelementptr inbounds float, ptr %OY, i64 %2099
  %2101 = load float, ptr %2100, align 4
  %2102 = insertelement <16 x float> poison, float %2101, i64 0
  %2103 = shufflevector <16 x float> %2102, <16 x float> poison, <16 x i32> zeroinitializer
  %2104 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2103, <16 x float> %2082, <16 x float> %acc68.02615)
  %2105 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2103, <16 x float> %2085, <16 x float> %acc69.02616)
  %2106 = or disjoint i64 %p10.addr.02627, 96
  %2107 = getelementptr inbounds float, ptr %OY, i64 %2106
  %2108 = load float, ptr %2107, align 4
  %2109 = insertelement <16 x float> poison, float %2108, i64 0
  %2110 = shufflevector <16 x float> %2109, <16 x float> poison, <16 x i32> zeroinitializer
  %2111 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2110, <16 x float> %2082, <16 x float> %acc70.02617)
  %2112 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2110, <16 x float> %2085, <16 x float> %acc71.02618)
  %2113 = or disjoint i64 %p10.addr.02627, 128
  %2114 = getelementptr inbounds float, ptr %OY, i64 %2113
  %2115 = load float, ptr %2114, align 4
  %2116 = insertelement <16 x float> poison, float %2115, i64 0
  %2117 = shufflevector <16 x float> %2116, <16 x float> poison, <16 x i32> zeroinitializer
  %2118 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2117, <16 x float> %2082, <16 x float> %acc72.02619)
  %2119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2117, <16 x float> %2085, <16 x float> %acc73.02620)
  %2120 = or disjoint i64 %p10.addr.02627, 160
  %2121 = getelementptr inbounds float, ptr %OY, i64 %2120
  %2122 = load float, ptr %2121, align 4
  %2123 = insertelement <16 x float> poison, float %2122, i64 0
  %2124 = shufflevector <16 x float> %2123, <16 x float> poison, <16 x i32> zeroinitializer
  %2125 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2124, <16 x float> %2082, <16 x float> %acc74.02621)
  %2126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2124, <16 x float> %2085, <16 x float> %acc75.02622)
  %2127 = or disjoint i64 %p10.addr.02627, 192
  %2128 = getelementptr inbounds float, ptr %OY, i64 %2127
  %2129 = load float, ptr %2128, align 4
  %2130 = insertelement <16 x float> poison, float %2129, i64 0
  %2131 = shufflevector <16 x float> %2130, <16 x float> poison, <16 x i32> zeroinitializer
  %2132 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2131, <16 x float> %2082, <16 x float> %acc76.02623)
  %2133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2131, <16 x float> %2085, <16 x float> %acc77.02624)
  %2134 = or disjoint i64 %p10.addr.02627, 224
  %2135 = getelementptr inbounds float, ptr %OY, i64 %2134
  %2136 = load float, ptr %2135, align 4
  %2137 = insertelement <16 x float> poison, float %2136, i64 0
  %2138 = shufflevector <16 x float> %2137, <16 x float> poison, <16 x i32> zeroinitializer
  %2139 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2138, <16 x float> %2082, <16 x float> %acc78.02625)
  %2140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2138, <16 x float> %2085, <16 x float> %acc79.02626)
  %p10.next = add nuw nsw i64 %p10.addr.02627, 1
  %exitcond3004.not = icmp eq i64 %p10.next, 32
  br i1 %exitcond3004.not, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <16 x float> %2090, ptr %dQc, align 4
  store <16 x float> %2091, ptr %95, align 4
  store <16 x float> %2097, ptr %96, align 4
  store <16 x float> %2098, ptr %97, align 4
  store <16 x float> %2104, ptr %98, align 4
  store <16 x float> %2105, ptr %99, align 4
  store <16 x float> %2111, ptr %100, align 4
  store <16 x float> %2112, ptr %101, align 4
  store <16 x float> %2118, ptr %102, align 4
  store <16 x float> %2119, ptr %103, align 4
  store <16 x float> %2125, ptr %104, align 4
  store <16 x float> %2126, ptr %105, align 4
  store <16 x float> %2132, ptr %106, align 4
  store <16 x float> %2133, ptr %107, align 4
  store <16 x float> %2139, ptr %108, align 4
  store <16 x float> %2140, ptr %109, align 4
  br label %p10.body.1

p10.body.1:                                       ; preds = %p10.body.1, %p10.exit
  %p10.addr.02627.1 = phi i64 [ 0, %p10.exit ], [ %p10.next.1, %p10.body.1 ]
  %acc79.02626.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2203, %p10.body.1 ]
  %acc78.02625.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2202, %p10.body.1 ]
  %acc77.02624.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2196, %p10.body.1 ]
  %acc76.02623.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2195, %p10.body.1 ]
  %acc75.02622.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2189, %p10.body.1 ]
  %acc74.02621.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2188, %p10.body.1 ]
  %acc73.02620.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2182, %p10.body.1 ]
  %acc72.02619.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2181, %p10.body.1 ]
  %acc71.02618.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2175, %p10.body.1 ]
  %acc70.02617.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2174, %p10.body.1 ]
  %acc69.02616.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2168, %p10.body.1 ]
  %acc68.02615.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2167, %p10.body.1 ]
  %acc67.02614.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2161, %p10.body.1 ]
  %acc66.02613.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2160, %p10.body.1 ]
  %acc65.02612.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2154, %p10.body.1 ]
  %acc64.02611.1 = phi <16 x float> [ zeroinitializer, %p10.exit ], [ %2153, %p10.body.1 ]
  %2141 = shl nuw nsw i64 %p10.addr.02627.1, 5
  %2142 = or disjoint i64 %2141, 1024
  %2143 = getelementptr inbounds float, ptr %Bk, i64 %2142
  %2144 = load <16 x float>, ptr %2143, align 4
  %2145 = or disjoint i64 %2141, 1040
  %2146 = getelementptr inbounds float, ptr %Bk, i64 %2145
  %2147 = load <16 x float>, ptr %2146, align 4
  %2148 = add nuw nsw i64 %p10.addr.02627.1, 256
  %2149 = getelementptr inbounds float, ptr %OY, i64 %2148
  %2150 = load float, ptr %2149, align 4
  %2151 = insertelement <16 x float> poison, float %2150, i64 0
  %2152 = shufflevector <16 x float> %2151, <16 x float> poison, <16 x i32> zeroinitializer
  %2153 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2144, <16 x float> %acc64.02611.1)
  %2154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2152, <16 x float> %2147, <16 x float> %acc65.02612.1)
  %2155 = or disjoint i64 %2148, 32
  %2156 = getelementptr inbounds float, ptr %OY, i64 %2155
  %2157 = load float, ptr %2156, align 4
  %2158 = insertelement <16 x float> poison, float %2157, i64 0
  %2159 = shufflevector <16 x float> %2158, <16 x float> poison, <16 x i32> zeroinitializer
  %2160 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2159, <16 x float> %2144, <16 x float> %acc66.02613.1)
  %2161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2159, <16 x float> %2147, <16 x float> %acc67.02614.1)
  %2162 = or disjoint i64 %2148, 64
  %2163 = getelementptr inbounds float, ptr %OY, i64 %2162
  %2164 = load float, ptr %2163, align 4
  %2165 = insertelement <16 x float> poison, float %2164, i64 0
  %2166 = shufflevector <16 x float> %2165, <16 x float> poison, <16 x i32> zeroinitializer
  %2167 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2166, <16 x float> %2144, <16 x float> %acc68.02615.1)
  %2168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2166, <16 x float> %2147, <16 x float> %acc69.02616.1)
  %2169 = or disjoint i64 %2148, 96
  %2170 = getelementptr inbounds float, ptr %OY, i64 %2169
  %2171 = load float, ptr %2170, align 4
  %2172 = insertelement <16 x float> poison, float %2171, i64 0
  %2173 = shufflevector <16 x float> %2172, <16 x float> poison, <16 x i32> zeroinitializer
  %2174 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2173, <16 x float> %2144, <16 x float> %acc70.02617.1)
  %2175 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2173, <16 x float> %2147, <16 x float> %acc71.02618.1)
  %2176 = or disjoint i64 %2148, 128
  %2177 = getelementptr inbounds float, ptr %OY, i64 %2176
  %2178 = load float, ptr %2177, align 4
  %2179 = insertelement <16 x float> poison, float %2178, i64 0
  %2180 = shufflevector <16 x float> %2179, <16 x float> poison, <16 x i32> zeroinitializer
  %2181 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2180, <16 x float> %2144, <16 x float> %acc72.02619.1)
  %2182 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2180, <16 x float> %2147, <16 x float> %acc73.02620.1)
  %2183 = or disjoint i64 %2148, 160
  %2184 = getelementptr inbounds float, ptr %OY, i64 %2183
  %2185 = load float, ptr %2184, align 4
  %2186 = insertelement <16 x float> poison, float %2185, i64 0
  %2187 = shufflevector <16 x float> %2186, <16 x float> poison, <16 x i32> zeroinitializer
  %2188 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2187, <16 x float> %2144, <16 x float> %acc74.02621.1)
  %2189 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2187, <16 x float> %2147, <16 x float> %acc75.02622.1)
  %2190 = or disjoint i64 %2148, 192
  %2191 = getelementptr inbounds float, ptr %OY, i64 %2190
  %2192 = load float, ptr %2191, align 4
  %2193 = insertelement <16 x float> poison, float %2192, i64 0
  %2194 = shufflevector <16 x float> %2193, <16 x float> poison, <16 x i32> zeroinitializer
  %2195 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2194, <16 x float> %2144, <16 x float> %acc76.02623.1)
  %2196 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2194, <16 x float> %2147, <16 x float> %acc77.02624.1)
  %2197 = or disjoint i64 %2148, 224
  %2198 = getelementptr inbounds float, ptr %OY, i64 %2197
  %2199 = load float, ptr %2198, align 4
  %2200 = insertelement <16 x float> poison, float %2199, i64 0
  %2201 = shufflevector <16 x float> %2200, <16 x float> poison, <16 x i32> zeroinitializer
  %2202 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2201, <16 x float> %2144, <16 x float> %acc78.02625.1)
  %2203 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2201, <16 x float> %2147, <16 x float> %acc79.02626.1)
  %p10.next.1 = add nuw nsw i64 %p10.addr.02627.1, 1
  %exitcond3004.1.not = icmp eq i64 %p10.next.1, 32
  br i1 %exitcond3004.1.not, label %p10.exit.1, label %p10.body.1

p10.exit.1:                                       ; preds = %p10.body.1
  store <16 x float> %2153, ptr %110, align 4
  store <16 x float> %2154, ptr %111, align 4
  store <16 x float> %2160, ptr %112, align 4
  store <16 x float> %2161, ptr %113, align 4
  store <16 x float> %2167, ptr %114, align 4
  store <16 x float> %2168, ptr %115, align 4
  store <16 x float> %2174, ptr %116, align 4
  store <16 x float> %2175, ptr %117, align 4
  store <16 x float> %2181, ptr %118, align 4
  store <16 x float> %2182, ptr %119, align 4
  store <16 x float> %2188, ptr %120, align 4
  store <16 x float> %2189, ptr %121, align 4
  store <16 x float> %2195, ptr %122, align 4
  store <16 x float> %2196, ptr %123, align 4
  store <16 x float> %2202, ptr %124, align 4
  store <16 x float> %2203, ptr %125, align 4
  %L = tail call i64 @llvm.smin.i64(i64 %161, i64 16)
  br label %i47.body

i47.body:                                         ; preds = %p10.exit.1, %endif1307
  %2204 = phi i1 [ false, %endif1307 ], [ true, %p10.exit.1 ]
  %i47.addr.02646 = phi i64 [ 8, %endif1307 ], [ 0, %p10.exit.1 ]
  %2205 = shl nuw nsw i64 %i47.addr.02646, 5
  %2206 = getelementptr inbounds float, ptr %dQc, i64 %2205
  %2207 = load <16 x float>, ptr %2206, align 4
  %2208 = or disjoint i64 %2205, 16
  %2209 = getelementptr inbounds float, ptr %dQc, i64 %2208
  %2210 = load <16 x float>, ptr %2209, align 4
  %2211 = or disjoint i64 %i47.addr.02646, 1
  %2212 = shl nuw nsw i64 %2211, 5
  %2213 = getelementptr inbounds float, ptr %dQc, i64 %2212
  %2214 = load <16 x float>, ptr %2213, align 4
  %2215 = or disjoint i64 %2212, 16
  %2216 = getelementptr inbounds float, ptr %dQc, i64 %2215
  %2217 = load <16 x float>, ptr %2216, align 4
  %2218 = or disjoint i64 %i47.addr.02646, 2
  %2219 = shl nuw nsw i64 %2218, 5
  %2220 = getelementptr inbounds float, ptr %dQc, i64 %2219
  %2221 = load <16 x float>, ptr %2220, align 4
  %2222 = or disjoint i64 %2219, 16
  %2223 = getelementptr inbounds float, ptr %dQc, i64 %2222
  %2224 = load <16 x float>, ptr %2223, align 4
  %2225 = or disjoint i64 %i47.addr.02646, 3
  %2226 = shl nuw nsw i64 %2225, 5
  %2227 = getelementptr inbounds float, ptr %dQc, i64 %2226
  %2228 = load <16 x float>, ptr %2227, align 4
  %2229 = or disjoint i64 %2226, 16
  %2230 = getelementptr inbounds float, ptr %dQc, i64 %2229
  %2231 = load <16 x float>, ptr %2230, align 4
  %2232 = or disjoint i64 %i47.addr.02646, 4
  %2233 = shl nuw nsw i64 %2232, 5
  %2234 = getelementptr inbounds float, ptr %dQc, i64 %2233
  %2235 = load <16 x float>, ptr %2234, align 4
  %2236 = or disjoint i64 %2233, 16
  %2237 = getelementptr inbounds float, ptr %dQc, i64 %2236
  %2238 = load <16 x float>, ptr %2237, align 4
  %2239 = or disjoint i64 %i47.addr.02646, 5
  %2240 = shl nuw nsw i64 %2239, 5
  %2241 = getelementptr inbounds float, ptr %dQc, i64 %2240
  %2242 = load <16 x float>, ptr %2241, align 4
  %2243 = or disjoint i64 %2240, 16
  %2244 = getelementptr inbounds float, ptr %dQc, i64 %2243
  %2245 = load <16 x float>, ptr %2244, align 4
  %2246 = or disjoint i64 %i47.addr.02646, 6
  %2247 = shl nuw nsw i64 %2246, 5
  %2248 = getelementptr inbounds float, ptr %dQc, i64 %2247
  %2249 = load <16 x float>, ptr %2248, align 4
  %2250 = or disjoint i64 %2247, 16
  %2251 = getelementptr inbounds float, ptr %dQc, i64 %2250
  %2252 = load <16 x float>, ptr %2251, align 4
  %2253 = or disjoint i64 %i47.addr.02646, 7
  %2254 = shl nuw nsw i64 %2253, 5
  %2255 = getelementptr inbounds float, ptr %dQc, i64 %2254
  %2256 = load <16 x float>, ptr %2255, align 4
  %2257 = or disjoint i64 %2254, 16
  %2258 = getelementptr inbounds float, ptr %dQc, i64 %2257
  %2259 = load <16 x float>, ptr %2258, align 4
  br label %p11.body

p11.body:                                         ; preds = %i47.body, %p11.body
  %p11.addr.02645 = phi i64 [ 0, %i47.body ], [ %p11.next, %p11.body ]
  %acc95.02644 = phi <16 x float> [ %2259, %i47.body ], [ %2321, %p11.body ]
  %acc94.02643 = phi <16 x float> [ %2256, %i47.body ], [ %2320, %p11.body ]
  %acc93.02642 = phi <16 x float> [ %2252, %i47.body ], [ %2314, %p11.body ]
  %acc92.02641 = phi <16 x float> [ %2249, %i47.body ], [ %2313, %p11.body ]
  %acc91.02640 = phi <16 x float> [ %2245, %i47.body ], [ %2307, %p11.body ]
  %acc90.02639 = phi <16 x float> [ %2242, %i47.body ], [ %2306, %p11.body ]
  %acc89.02638 = phi <16 x float> [ %2238, %i47.body ], [ %2300, %p11.body ]
  %acc88.02637 = phi <16 x float> [ %2235, %i47.body ], [ %2299, %p11.body ]
  %acc87.02636 = phi <16 x float> [ %2231, %i47.body ], [ %2293, %p11.body ]
  %acc86.02635 = phi <16 x float> [ %2228, %i47.body ], [ %2292, %p11.body ]
  %acc85.02634 = phi <16 x float> [ %2224, %i47.body ], [ %2286, %p11.body ]
  %acc84.02633 = phi <16 x float> [ %2221, %i47.body ], [ %2285, %p11.body ]
  %acc83.02632 = phi <16 x float> [ %2217, %i47.body ], [ %2279, %p11.body ]
  %acc82.02631 = phi <16 x float> [ %2214, %i47.body ], [ %2278, %p11.body ]
  %acc81.02630 = phi <16 x float> [ %2210, %i47.body ], [ %2272, %p11.body ]
  %acc80.02629 = phi <16 x float> [ %2207, %i47.body ], [ %2271, %p11.body ]
  %.idx2456 = shl nuw nsw i64 %p11.addr.02645, 7
  %2260 = getelementptr inbounds i8, ptr %Bk, i64 %.idx2456
  %2261 = getelementptr inbounds i8, ptr %2260, i64 10240
  %2262 = load <16 x float>, ptr %2261, align 4
  %2263 = getelementptr inbounds i8, ptr %2260, i64 10304
  %2264 = load <16 x float>, ptr %2263, align 4
  %2265 = or disjoint i64 %.idx2456, 64
  %2266 = or disjoint i64 %2265, %i47.addr.02646
  %2267 = getelementptr inbounds float, ptr %Ak, i64 %2266
  %2268 = load float, ptr %2267, align 4
  %2269 = insertelement <16 x float> poison, float %2268, i64 0
  %2270 = shufflevector <16 x float> %2269, <16 x float> poison, <16 x i32> zeroinitializer
  %2271 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2270, <16 x float> %2262, <16 x float> %acc80.02629)
  %2272 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2270, <16 x float> %2264, <16 x float> %acc81.02630)
  %2273 = or disjoint i64 %2265, %2211
  %2274 = getelementptr inbounds float, ptr %Ak, i64 %2273
  %2275 = load float, ptr %2274, align 4
  %2276 = insertelement <16 x float> poison, float %2275, i64 0
  %2277 = shufflevector <16 x float> %2276, <16 x float> poison, <16 x i32> zeroinitializer
  %2278 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2277, <16 x float> %2262, <16 x float> %acc82.02631)
  %2279 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2277, <16 x float> %2264, <16 x float> %acc83.02632)
  %2280 = or disjoint i64 %2265, %2218
  %2281 = getelementptr inbounds float, ptr %Ak, i64 %2280
  %2282 = load float, ptr %2281, align 4
  %2283 = insertelement <16 x float> poison, float %2282, i64 0
  %2284 = shufflevector <16 x float> %2283, <16 x float> poison, <16 x i32> zeroinitializer
  %2285 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2262, <16 x float> %acc84.02633)
  %2286 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2284, <16 x float> %2264, <16 x float> %acc85.02634)
  %2287 = or disjoint i64 %2265, %2225
  %2288 = getelementptr inbounds float, ptr %Ak, i64 %2287
  %2289 = load float, ptr %2288, align 4
  %2290 = insertelement <16 x float> poison, float %2289, i64 0
  %2291 = shufflevector <16 x float> %2290, <16 x float> poison, <16 x i32> zeroinitializer
  %2292 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2291, <16 x float> %2262, <16 x float> %acc86.02635)
  %2293 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2291, <16 x float> %2264, <16 x float> %acc87.02636)
  %2294 = or disjoint i64 %2265, %2232
  %2295 = getelementptr inbounds float, ptr %Ak, i64 %2294
  %2296 = load float, ptr %2295, align 4
  %2297 = insertelement <16 x float> poison, float %2296, i64 0
  %2298 = shufflevector <16 x float> %2297, <16 x float> poison, <16 x i32> zeroinitializer
  %2299 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2298, <16 x float> %2262, <16 x float> %acc88.02637)
  %2300 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2298, <16 x float> %2264, <16 x float> %acc89.02638)
  %2301 = or disjoint i64 %2265, %2239
  %2302 = getelementptr inbounds float, ptr %Ak, i64 %2301
  %2303 = load float, ptr %2302, align 4
  %2304 = insertelement <16 x float> poison, float %2303, i64 0
  %2305 = shufflevector <16 x float> %2304, <16 x float> poison, <16 x i32> zeroinitializer
  %2306 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2305, <16 x float> %2262, <16 x float> %acc90.02639)
  %2307 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2305, <16 x float> %2264, <16 x float> %acc91.02640)
  %2308 = or disjoint i64 %2265, %2246
  %2309 = getelementptr inbounds float, ptr %Ak, i64 %2308
  %2310 = load float, ptr %2309, align 4
  %2311 = insertelement <16 x float> poison, float %2310, i64 0
  %2312 = shufflevector <16 x float> %2311, <16 x float> poison, <16 x i32> zeroinitializer
  %2313 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2312, <16 x float> %2262, <16 x float> %acc92.02641)
  %2314 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2312, <16 x float> %2264, <16 x float> %acc93.02642)
  %2315 = or disjoint i64 %2265, %2253
  %2316 = getelementptr inbounds float, ptr %Ak, i64 %2315
  %2317 = load float, ptr %2316, align 4
  %2318 = insertelement <16 x float> poison, float %2317, i64 0
  %2319 = shufflevector <16 x float> %2318, <16 x float> poison, <16 x i32> zeroinitializer
  %2320 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2319, <16 x float> %2262, <16 x float> %acc94.02643)
  %2321 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2319, <16 x float> %2264, <16 x float> %acc95.02644)
  %p11.next = add nuw nsw i64 %p11.addr.02645, 1
  %exitcond3005.not = icmp eq i64 %p11.next, 48
  br i1 %exitcond3005.not, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  %2322 = icmp sgt i64 %161, %i47.addr.02646
  br i1 %2322, label %then1245, label %endif1251

then1245:                                         ; preds = %p11.exit
  %2323 = fmul <16 x float> %2271, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2324 = or disjoint i64 %i47.addr.02646, %t0
  %2325 = mul nsw i64 %2324, %sq
  %2326 = getelementptr inbounds float, ptr %qh1, i64 %2325
  store <16 x float> %2323, ptr %2326, align 4
  %2327 = fmul <16 x float> %2272, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2328 = or disjoint i64 %2325, 16
  %2329 = getelementptr inbounds float, ptr %qh1, i64 %2328
  store <16 x float> %2327, ptr %2329, align 4
  br label %endif1251

endif1251:                                        ; preds = %p11.exit, %then1245
  %2330 = icmp slt i64 %2211, %L
  br i1 %2330, label %then1253, label %endif1259

then1253:                                         ; preds = %endif1251
  %2331 = fmul <16 x float> %2278, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2332 = or disjoint i64 %2211, %t0
  %2333 = mul nsw i64 %2332, %sq
  %2334 = getelementptr inbounds float, ptr %qh1, i64 %2333
  store <16 x float> %2331, ptr %2334, align 4
  %2335 = fmul <16 x float> %2279, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2336 = or disjoint i64 %2333, 16
  %2337 = getelementptr inbounds float, ptr %qh1, i64 %2336
  store <16 x float> %2335, ptr %2337, align 4
  br label %endif1259

endif1259:                                        ; preds = %endif1251, %then1253
  %2338 = icmp slt i64 %2218, %L
  br i1 %2338, label %then1261, label %endif1267

then1261:                                         ; preds = %endif1259
  %2339 = fmul <16 x float> %2285, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2340 = or disjoint i64 %2218, %t0
  %2341 = mul nsw i64 %2340, %sq
  %2342 = getelementptr inbounds float, ptr %qh1, i64 %2341
  store <16 x float> %2339, ptr %2342, align 4
  %2343 = fmul <16 x float> %2286, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2344 = or disjoint i64 %2341, 16
  %2345 = getelementptr inbounds float, ptr %qh1, i64 %2344
  store <16 x float> %2343, ptr %2345, align 4
  br label %endif1267

endif1267:                                        ; preds = %endif1259, %then1261
  %2346 = icmp slt i64 %2225, %L
  br i1 %2346, label %then1269, label %endif1275

then1269:                                         ; preds = %endif1267
  %2347 = fmul <16 x float> %2292, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2348 = or disjoint i64 %2225, %t0
  %2349 = mul nsw i64 %2348, %sq
  %2350 = getelementptr inbounds float, ptr %qh1, i64 %2349
  store <16 x float> %2347, ptr %2350, align 4
  %2351 = fmul <16 x float> %2293, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2352 = or disjoint i64 %2349, 16
  %2353 = getelementptr inbounds float, ptr %qh1, i64 %2352
  store <16 x float> %2351, ptr %2353, align 4
  br label %endif1275

endif1275:                                        ; preds = %endif1267, %then1269
  %2354 = icmp slt i64 %2232, %L
  br i1 %2354, label %then1277, label %endif1283

then1277:                                         ; preds = %endif1275
  %2355 = fmul <16 x float> %2299, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2356 = or disjoint i64 %2232, %t0
  %2357 = mul nsw i64 %2356, %sq
  %2358 = getelementptr inbounds float, ptr %qh1, i64 %2357
  store <16 x float> %2355, ptr %2358, align 4
  %2359 = fmul <16 x float> %2300, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2360 = or disjoint i64 %2357, 16
  %2361 = getelementptr inbounds float, ptr %qh1, i64 %2360
  store <16 x float> %2359, ptr %2361, align 4
  br label %endif1283

endif1283:                                        ; preds = %endif1275, %then1277
  %2362 = icmp slt i64 %2239, %L
  br i1 %2362, label %then1285, label %endif1291

then1285:                                         ; preds = %endif1283
  %2363 = fmul <16 x float> %2306, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2364 = or disjoint i64 %2239, %t0
  %2365 = mul nsw i64 %2364, %sq
  %2366 = getelementptr inbounds float, ptr %qh1, i64 %2365
  store <16 x float> %2363, ptr %2366, align 4
  %2367 = fmul <16 x float> %2307, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2368 = or disjoint i64 %2365, 16
  %2369 = getelementptr inbounds float, ptr %qh1, i64 %2368
  store <16 x float> %2367, ptr %2369, align 4
  br label %endif1291

endif1291:                                        ; preds = %endif1283, %then1285
  %2370 = icmp slt i64 %2246, %L
  br i1 %2370, label %then1293, label %endif1299

then1293:                                         ; preds = %endif1291
  %2371 = fmul <16 x float> %2313, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2372 = or disjoint i64 %2246, %t0
  %2373 = mul nsw i64 %2372, %sq
  %2374 = getelementptr inbounds float, ptr %qh1, i64 %2373
  store <16 x float> %2371, ptr %2374, align 4
  %2375 = fmul <16 x float> %2314, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2376 = or disjoint i64 %2373, 16
  %2377 = getelementptr inbounds float, ptr %qh1, i64 %2376
  store <16 x float> %2375, ptr %2377, align 4
  br label %endif1299

endif1299:                                        ; preds = %endif1291, %then1293
  %2378 = icmp slt i64 %2253, %L
  br i1 %2378, label %then1301, label %endif1307

then1301:                                         ; preds = %endif1299
  %2379 = fmul <16 x float> %2320, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2380 = or disjoint i64 %2253, %t0
  %2381 = mul nsw i64 %2380, %sq
  %2382 = getelementptr inbounds float, ptr %qh1, i64 %2381
  store <16 x float> %2379, ptr %2382, align 4
  %2383 = fmul <16 x float> %2321, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %2384 = or disjoint i64 %2381, 16
  %2385 = getelementptr inbounds float, ptr %qh1, i64 %2384
  store <16 x float> %2383, ptr %2385, align 4
  br label %endif1307

endif1307:                                        ; preds = %endif1299, %then1301
  br i1 %2204, label %i47.body, label %j33.body.preheader

j33.body.preheader:                               ; preds = %endif1307
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(192) %dbet, i8 0, i64 192, i1 false)
  br label %ib1.body

t4.head.preheader:                                ; preds = %j34.exit
  %2386 = icmp sgt i64 %161, 0
  br i1 %2386, label %t4.body.preheader, label %i58.body.preheader

t4.body.preheader:                                ; preds = %t4.head.preheader
  %2387 = getelementptr i8, ptr %dv, i64 %154
  %2388 = getelementptr i8, ptr %dv, i64 %155
  %2389 = getelementptr i8, ptr %dv, i64 %156
  %xtraiter3600 = and i64 %smax3599, 1
  %2390 = icmp slt i64 %indvars.iv3013, 2
  br i1 %2390, label %i58.body.preheader.loopexit.unr-lcssa, label %t4.body.preheader.new

t4.body.preheader.new:                            ; preds = %t4.body.preheader
  %unroll_iter3602 = and i64 %smax3599, 30
  br label %t4.body

ib1.body:                                         ; preds = %j33.body.preheader, %j34.exit
  %ib1.addr.02665 = phi i64 [ %ib1.next, %j34.exit ], [ 0, %j33.body.preheader ]
  %2391 = shl nuw nsw i64 %ib1.addr.02665, 2
  %i01 = sub nuw nsw i64 44, %2391
  %2392 = shl nuw nsw i64 %i01, 5
  %2393 = getelementptr float, ptr %OY, i64 %2392
  %2394 = getelementptr i8, ptr %2393, i64 2048
  %2395 = load <16 x float>, ptr %2394, align 4
  %2396 = getelementptr i8, ptr %2393, i64 2112
  %2397 = load <16 x float>, ptr %2396, align 4
  %2398 = sub nuw nsw i64 45, %2391
  %2399 = shl nuw nsw i64 %2398, 5
  %2400 = getelementptr float, ptr %OY, i64 %2399
  %2401 = getelementptr i8, ptr %2400, i64 2048
  %2402 = load <16 x float>, ptr %2401, align 4
  %2403 = getelementptr i8, ptr %2400, i64 2112
  %2404 = load <16 x float>, ptr %2403, align 4
  %2405 = sub nuw nsw i64 46, %2391
  %2406 = shl nuw nsw i64 %2405, 5
  %2407 = getelementptr float, ptr %OY, i64 %2406
  %2408 = getelementptr i8, ptr %2407, i64 2048
  %2409 = load <16 x float>, ptr %2408, align 4
  %2410 = getelementptr i8, ptr %2407, i64 2112
  %2411 = load <16 x float>, ptr %2410, align 4
  %2412 = sub nuw nsw i64 47, %2391
  %2413 = shl nuw nsw i64 %2412, 5
  %2414 = getelementptr float, ptr %OY, i64 %2413
  %2415 = getelementptr i8, ptr %2414, i64 2048
  %2416 = load <16 x float>, ptr %2415, align 4
  %2417 = getelementptr i8, ptr %2414, i64 2112
  %2418 = load <16 x float>, ptr %2417, align 4
  %.not2769 = icmp eq i64 %ib1.addr.02665, 0
  br i1 %.not2769, label %j34.exit, label %j34.body.preheader

j34.body.preheader:                               ; preds = %ib1.body
  %2419 = sub nuw nsw i64 48, %2391
  br label %j34.body

j34.body:                                         ; preds = %j34.body.preheader, %j34.body
  %j34.addr.02656 = phi i64 [ %j34.next, %j34.body ], [ %2419, %j34.body.preheader ]
  %acc103.02655 = phi <16 x float> [ %2453, %j34.body ], [ %2418, %j34.body.preheader ]
  %acc102.02654 = phi <16 x float> [ %2452, %j34.body ], [ %2416, %j34.body.preheader ]
  %acc101.02653 = phi <16 x float> [ %2446, %j34.body ], [ %2411, %j34.body.preheader ]
  %acc100.02652 = phi <16 x float> [ %2445, %j34.body ], [ %2409, %j34.body.preheader ]
  %acc99.02651 = phi <16 x float> [ %2439, %j34.body ], [ %2404, %j34.body.preheader ]
  %acc98.02650 = phi <16 x float> [ %2438, %j34.body ], [ %2402, %j34.body.preheader ]
  %acc97.02649 = phi <16 x float> [ %2432, %j34.body ], [ %2397, %j34.body.preheader ]
  %acc96.02648 = phi <16 x float> [ %2431, %j34.body ], [ %2395, %j34.body.preheader ]
  %.idx2454 = shl nuw nsw i64 %j34.addr.02656, 7
  %2420 = getelementptr i8, ptr %OY, i64 %.idx2454
  %2421 = getelementptr i8, ptr %2420, i64 2048
  %2422 = load <16 x float>, ptr %2421, align 4
  %2423 = getelementptr i8, ptr %2420, i64 2112
  %2424 = load <16 x float>, ptr %2423, align 4
  %.idx2455 = mul nuw nsw i64 %j34.addr.02656, 192
  %2425 = getelementptr i8, ptr %Gm, i64 %.idx2455
  %2426 = getelementptr float, ptr %2425, i64 %i01
  %2427 = load float, ptr %2426, align 4
  %2428 = fneg float %2427
  %2429 = insertelement <16 x float> poison, float %2428, i64 0
  %2430 = shufflevector <16 x float> %2429, <16 x float> poison, <16 x i32> zeroinitializer
  %2431 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2430, <16 x float> %2422, <16 x float> %acc96.02648)
  %2432 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2430, <16 x float> %2424, <16 x float> %acc97.02649)
  %2433 = getelementptr float, ptr %2425, i64 %2398
  %2434 = load float, ptr %2433, align 4
  %2435 = fneg float %2434
  %2436 = insertelement <16 x float> poison, float %2435, i64 0
  %2437 = shufflevector <16 x float> %2436, <16 x float> poison, <16 x i32> zeroinitializer
  %2438 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2437, <16 x float> %2422, <16 x float> %acc98.02650)
  %2439 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2437, <16 x float> %2424, <16 x float> %acc99.02651)
  %2440 = getelementptr float, ptr %2425, i64 %2405
  %2441 = load float, ptr %2440, align 4
  %2442 = fneg float %2441
  %2443 = insertelement <16 x float> poison, float %2442, i64 0
  %2444 = shufflevector <16 x float> %2443, <16 x float> poison, <16 x i32> zeroinitializer
  %2445 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2444, <16 x float> %2422, <16 x float> %acc100.02652)
  %2446 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2444, <16 x float> %2424, <16 x float> %acc101.02653)
  %2447 = getelementptr float, ptr %2425, i64 %2412
  %2448 = load float, ptr %2447, align 4
  %2449 = fneg float %2448
  %2450 = insertelement <16 x float> poison, float %2449, i64 0
  %2451 = shufflevector <16 x float> %2450, <16 x float> poison, <16 x i32> zeroinitializer
  %2452 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2451, <16 x float> %2422, <16 x float> %acc102.02654)
  %2453 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2451, <16 x float> %2424, <16 x float> %acc103.02655)
  %j34.next = add nuw nsw i64 %j34.addr.02656, 1
  %2454 = icmp ult i64 %j34.addr.02656, 47
  br i1 %2454, label %j34.body, label %j34.exit

j34.exit:                                         ; preds = %j34.body, %ib1.body
  %acc96.0.lcssa = phi <16 x float> [ %2395, %ib1.body ], [ %2431, %j34.body ]
  %acc97.0.lcssa = phi <16 x float> [ %2397, %ib1.body ], [ %2432, %j34.body ]
  %acc98.0.lcssa = phi <16 x float> [ %2402, %ib1.body ], [ %2438, %j34.body ]
  %acc99.0.lcssa = phi <16 x float> [ %2404, %ib1.body ], [ %2439, %j34.body ]
  %acc100.0.lcssa = phi <16 x float> [ %2409, %ib1.body ], [ %2445, %j34.body ]
  %acc101.0.lcssa = phi <16 x float> [ %2411, %ib1.body ], [ %2446, %j34.body ]
  %acc102.0.lcssa = phi <16 x float> [ %2416, %ib1.body ], [ %2452, %j34.body ]
  %acc103.0.lcssa = phi <16 x float> [ %2418, %ib1.body ], [ %2453, %j34.body ]
  %2455 = getelementptr inbounds float, ptr %Rr, i64 %2413
  %2456 = load <16 x float>, ptr %2455, align 4
  %2457 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc102.0.lcssa, <16 x float> %2456, <16 x float> zeroinitializer)
  %2458 = or disjoint i64 %2413, 16
  %2459 = getelementptr inbounds float, ptr %Rr, i64 %2458
  %2460 = load <16 x float>, ptr %2459, align 4
  %2461 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %acc103.0.lcssa, <16 x float> %2460, <16 x float> %2457)
  %2462 = shufflevector <16 x float> %2461, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2463 = shufflevector <16 x float> %2461, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2464 = fadd <8 x float> %2462, %2463
  %2465 = shufflevector <8 x float> %2464, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2466 = shufflevector <8 x float> %2464, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2467 = fadd <4 x float> %2465, %2466
  %2468 = shufflevector <4 x float> %2467, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2469 = shufflevector <4 x float> %2467, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2470 = fadd <2 x float> %2468, %2469
  %2471 = getelementptr inbounds float, ptr %bet, i64 %2412
  %2472 = load float, ptr %2471, align 4
  %2473 = insertelement <16 x float> poison, float %2472, i64 0
  %2474 = shufflevector <16 x float> %2473, <16 x float> poison, <16 x i32> zeroinitializer
  %2475 = fmul <16 x float> %acc102.0.lcssa, %2474
  store <16 x float> %2475, ptr %2415, align 4
  %2476 = fneg <16 x float> %2475
  %2477 = shl nuw nsw i64 %2412, 7
  %2478 = or disjoint i64 %2477, 32
  %2479 = getelementptr inbounds float, ptr %Ak, i64 %2478
  store <16 x float> %2476, ptr %2479, align 4
  %2480 = fmul <16 x float> %acc103.0.lcssa, %2474
  store <16 x float> %2480, ptr %2417, align 4
  %2481 = fneg <16 x float> %2480
  %2482 = or disjoint i64 %2477, 48
  %2483 = getelementptr inbounds float, ptr %Ak, i64 %2482
  store <16 x float> %2481, ptr %2483, align 4
  %.idx2452 = mul nuw nsw i64 %2412, 192
  %2484 = getelementptr i8, ptr %Gm, i64 %.idx2452
  %2485 = getelementptr float, ptr %2484, i64 %2405
  %2486 = load float, ptr %2485, align 4
  %2487 = fneg float %2486
  %2488 = insertelement <16 x float> poison, float %2487, i64 0
  %2489 = shufflevector <16 x float> %2488, <16 x float> poison, <16 x i32> zeroinitializer
  %2490 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2489, <16 x float> %2475, <16 x float> %acc100.0.lcssa)
  %2491 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2489, <16 x float> %2480, <16 x float> %acc101.0.lcssa)
  %2492 = getelementptr inbounds float, ptr %Rr, i64 %2406
  %2493 = load <16 x float>, ptr %2492, align 4
  %2494 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2490, <16 x float> %2493, <16 x float> zeroinitializer)
  %2495 = or disjoint i64 %2406, 16
  %2496 = getelementptr inbounds float, ptr %Rr, i64 %2495
  %2497 = load <16 x float>, ptr %2496, align 4
  %2498 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2491, <16 x float> %2497, <16 x float> %2494)
  %2499 = getelementptr inbounds float, ptr %dbet, i64 %2405
  %2500 = shufflevector <16 x float> %2498, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2501 = shufflevector <16 x float> %2498, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2502 = fadd <8 x float> %2500, %2501
  %2503 = shufflevector <8 x float> %2502, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2504 = shufflevector <8 x float> %2502, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2505 = fadd <4 x float> %2503, %2504
  %2506 = shufflevector <4 x float> %2505, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2507 = shufflevector <4 x float> %2505, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2508 = fadd <2 x float> %2506, %2507
  %2509 = load <2 x float>, ptr %2499, align 4
  %2510 = shufflevector <2 x float> %2508, <2 x float> %2470, <2 x i32> <i32 0, i32 2>
  %2511 = shufflevector <2 x float> %2508, <2 x float> %2470, <2 x i32> <i32 1, i32 3>
  %2512 = fadd <2 x float> %2510, %2511
  %2513 = fadd <2 x float> %2509, %2512
  store <2 x float> %2513, ptr %2499, align 4
  %2514 = getelementptr inbounds float, ptr %bet, i64 %2405
  %2515 = load float, ptr %2514, align 4
  %2516 = insertelement <16 x float> poison, float %2515, i64 0
  %2517 = shufflevector <16 x float> %2516, <16 x float> poison, <16 x i32> zeroinitializer
  %2518 = fmul <16 x float> %2490, %2517
  store <16 x float> %2518, ptr %2408, align 4
  %2519 = fneg <16 x float> %2518
  %2520 = shl nuw nsw i64 %2405, 7
  %2521 = or disjoint i64 %2520, 32
  %2522 = getelementptr inbounds float, ptr %Ak, i64 %2521
  store <16 x float> %2519, ptr %2522, align 4
  %2523 = fmul <16 x float> %2491, %2517
  store <16 x float> %2523, ptr %2410, align 4
  %2524 = fneg <16 x float> %2523
  %2525 = or disjoint i64 %2520, 48
  %2526 = getelementptr inbounds float, ptr %Ak, i64 %2525
  store <16 x float> %2524, ptr %2526, align 4
  %.idx2453 = mul nuw nsw i64 %2405, 192
  %2527 = getelementptr i8, ptr %Gm, i64 %.idx2453
  %2528 = getelementptr float, ptr %2527, i64 %2398
  %2529 = load float, ptr %2528, align 4
  %2530 = fneg float %2529
  %2531 = insertelement <16 x float> poison, float %2530, i64 0
  %2532 = shufflevector <16 x float> %2531, <16 x float> poison, <16 x i32> zeroinitializer
  %2533 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2532, <16 x float> %2518, <16 x float> %acc98.0.lcssa)
  %2534 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2532, <16 x float> %2523, <16 x float> %acc99.0.lcssa)
  %2535 = getelementptr float, ptr %2484, i64 %2398
  %2536 = load float, ptr %2535, align 4
  %2537 = fneg float %2536
  %2538 = insertelement <16 x float> poison, float %2537, i64 0
  %2539 = shufflevector <16 x float> %2538, <16 x float> poison, <16 x i32> zeroinitializer
  %2540 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2539, <16 x float> %2475, <16 x float> %2533)
  %2541 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2539, <16 x float> %2480, <16 x float> %2534)
  %2542 = getelementptr inbounds float, ptr %Rr, i64 %2399
  %2543 = load <16 x float>, ptr %2542, align 4
  %2544 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2540, <16 x float> %2543, <16 x float> zeroinitializer)
  %2545 = or disjoint i64 %2399, 16
  %2546 = getelementptr inbounds float, ptr %Rr, i64 %2545
  %2547 = load <16 x float>, ptr %2546, align 4
  %2548 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2541, <16 x float> %2547, <16 x float> %2544)
  %2549 = shufflevector <16 x float> %2548, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2550 = shufflevector <16 x float> %2548, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2551 = fadd <8 x float> %2549, %2550
  %2552 = shufflevector <8 x float> %2551, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2553 = shufflevector <8 x float> %2551, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2554 = fadd <4 x float> %2552, %2553
  %2555 = shufflevector <4 x float> %2554, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2556 = shufflevector <4 x float> %2554, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2557 = fadd <2 x float> %2555, %2556
  %2558 = getelementptr inbounds float, ptr %bet, i64 %2398
  %2559 = load float, ptr %2558, align 4
  %2560 = insertelement <16 x float> poison, float %2559, i64 0
  %2561 = shufflevector <16 x float> %2560, <16 x float> poison, <16 x i32> zeroinitializer
  %2562 = fmul <16 x float> %2540, %2561
  store <16 x float> %2562, ptr %2401, align 4
  %2563 = fneg <16 x float> %2562
  %2564 = shl nuw nsw i64 %2398, 7
  %2565 = or disjoint i64 %2564, 32
  %2566 = getelementptr inbounds float, ptr %Ak, i64 %2565
  store <16 x float> %2563, ptr %2566, align 4
  %2567 = fmul <16 x float> %2541, %2561
  store <16 x float> %2567, ptr %2403, align 4
  %2568 = fneg <16 x float> %2567
  %2569 = or disjoint i64 %2564, 48
  %2570 = getelementptr inbounds float, ptr %Ak, i64 %2569
  store <16 x float> %2568, ptr %2570, align 4
  %.idx2411 = mul nuw nsw i64 %2398, 192
  %2571 = getelementptr i8, ptr %Gm, i64 %.idx2411
  %2572 = getelementptr float, ptr %2571, i64 %i01
  %2573 = load float, ptr %2572, align 4
  %2574 = fneg float %2573
  %2575 = insertelement <16 x float> poison, float %2574, i64 0
  %2576 = shufflevector <16 x float> %2575, <16 x float> poison, <16 x i32> zeroinitializer
  %2577 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2576, <16 x float> %2562, <16 x float> %acc96.0.lcssa)
  %2578 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2576, <16 x float> %2567, <16 x float> %acc97.0.lcssa)
  %2579 = getelementptr float, ptr %2527, i64 %i01
  %2580 = load float, ptr %2579, align 4
  %2581 = fneg float %2580
  %2582 = insertelement <16 x float> poison, float %2581, i64 0
  %2583 = shufflevector <16 x float> %2582, <16 x float> poison, <16 x i32> zeroinitializer
  %2584 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2583, <16 x float> %2518, <16 x float> %2577)
  %2585 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2583, <16 x float> %2523, <16 x float> %2578)
  %2586 = getelementptr float, ptr %2484, i64 %i01
  %2587 = load float, ptr %2586, align 4
  %2588 = fneg float %2587
  %2589 = insertelement <16 x float> poison, float %2588, i64 0
  %2590 = shufflevector <16 x float> %2589, <16 x float> poison, <16 x i32> zeroinitializer
  %2591 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2590, <16 x float> %2475, <16 x float> %2584)
  %2592 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2590, <16 x float> %2480, <16 x float> %2585)
  %2593 = getelementptr inbounds float, ptr %Rr, i64 %2392
  %2594 = load <16 x float>, ptr %2593, align 4
  %2595 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2591, <16 x float> %2594, <16 x float> zeroinitializer)
  %2596 = or disjoint i64 %2392, 16
  %2597 = getelementptr inbounds float, ptr %Rr, i64 %2596
  %2598 = load <16 x float>, ptr %2597, align 4
  %2599 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2592, <16 x float> %2598, <16 x float> %2595)
  %2600 = getelementptr inbounds float, ptr %dbet, i64 %i01
  %2601 = shufflevector <16 x float> %2599, <16 x float> poison, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  %2602 = shufflevector <16 x float> %2599, <16 x float> poison, <8 x i32> <i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2603 = fadd <8 x float> %2601, %2602
  %2604 = shufflevector <8 x float> %2603, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %2605 = shufflevector <8 x float> %2603, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %2606 = fadd <4 x float> %2604, %2605
  %2607 = shufflevector <4 x float> %2606, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %2608 = shufflevector <4 x float> %2606, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %2609 = fadd <2 x float> %2607, %2608
  %2610 = load <2 x float>, ptr %2600, align 4
  %2611 = shufflevector <2 x float> %2609, <2 x float> %2557, <2 x i32> <i32 0, i32 2>
  %2612 = shufflevector <2 x float> %2609, <2 x float> %2557, <2 x i32> <i32 1, i32 3>
  %2613 = fadd <2 x float> %2611, %2612
  %2614 = fadd <2 x float> %2610, %2613
  store <2 x float> %2614, ptr %2600, align 4
  %2615 = getelementptr inbounds float, ptr %bet, i64 %i01
  %2616 = load float, ptr %2615, align 4
  %2617 = insertelement <16 x float> poison, float %2616, i64 0
  %2618 = shufflevector <16 x float> %2617, <16 x float> poison, <16 x i32> zeroinitializer
  %2619 = fmul <16 x float> %2591, %2618
  store <16 x float> %2619, ptr %2394, align 4
  %2620 = fneg <16 x float> %2619
  %2621 = shl nuw nsw i64 %i01, 7
  %2622 = or disjoint i64 %2621, 32
  %2623 = getelementptr inbounds float, ptr %Ak, i64 %2622
  store <16 x float> %2620, ptr %2623, align 4
  %2624 = fmul <16 x float> %2592, %2618
  store <16 x float> %2624, ptr %2396, align 4
  %2625 = fneg <16 x float> %2624
  %2626 = or disjoint i64 %2621, 48
  %2627 = getelementptr inbounds float, ptr %Ak, i64 %2626
  store <16 x float> %2625, ptr %2627, align 4
  %ib1.next = add nuw nsw i64 %ib1.addr.02665, 1
  %exitcond3006.not = icmp eq i64 %ib1.next, 12
  br i1 %exitcond3006.not, label %t4.head.preheader, label %ib1.body

t4.body:                                          ; preds = %t4.body, %t4.body.preheader.new
  %t4.addr.02669 = phi i64 [ 0, %t4.body.preheader.new ], [ %t4.next.1, %t4.body ]
  %niter3603 = phi i64 [ 0, %t4.body.preheader.new ], [ %niter3603.next.1, %t4.body ]
  %2628 = mul i64 %18, %t4.addr.02669
  %scevgep3011 = getelementptr i8, ptr %2387, i64 %2628
  %2629 = mul nuw nsw i64 %t4.addr.02669, 384
  %gep3260 = getelementptr i8, ptr %invariant.gep3259, i64 %2629
  %scevgep3009 = getelementptr i8, ptr %2388, i64 %2628
  %gep3262 = getelementptr i8, ptr %invariant.gep3261, i64 %2629
  %scevgep3007 = getelementptr i8, ptr %2389, i64 %2628
  %gep3264 = getelementptr i8, ptr %invariant.gep3263, i64 %2629
  %2630 = add nsw i64 %t4.addr.02669, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3007, ptr noundef nonnull align 4 dereferenceable(128) %gep3264, i64 128, i1 false)
  %i52 = mul nuw nsw i64 %t4.addr.02669, 3
  %tau3 = mul nsw i64 %2630, 3
  %2631 = getelementptr inbounds float, ptr %dbet, i64 %i52
  %2632 = load float, ptr %2631, align 4
  %2633 = mul nsw i64 %tau3, %H
  %2634 = getelementptr inbounds float, ptr %betah1, i64 %2633
  store float %2632, ptr %2634, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009, ptr noundef nonnull align 4 dereferenceable(128) %gep3262, i64 128, i1 false)
  %tau4 = or disjoint i64 %tau3, 1
  %gep3266 = getelementptr inbounds float, ptr %invariant.gep3265, i64 %i52
  %2635 = load float, ptr %gep3266, align 4
  %2636 = mul nsw i64 %tau4, %H
  %2637 = getelementptr inbounds float, ptr %betah1, i64 %2636
  store float %2635, ptr %2637, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3011, ptr noundef nonnull align 4 dereferenceable(128) %gep3260, i64 128, i1 false)
  %tau5 = add nsw i64 %tau3, 2
  %gep3268 = getelementptr inbounds float, ptr %invariant.gep3267, i64 %i52
  %2638 = load float, ptr %gep3268, align 4
  %2639 = mul nsw i64 %tau5, %H
  %2640 = getelementptr inbounds float, ptr %betah1, i64 %2639
  store float %2638, ptr %2640, align 4
  %t4.next = or disjoint i64 %t4.addr.02669, 1
  %2641 = mul i64 %18, %t4.next
  %scevgep3011.1 = getelementptr i8, ptr %2387, i64 %2641
  %2642 = mul nuw nsw i64 %t4.next, 384
  %gep3260.1 = getelementptr i8, ptr %invariant.gep3259, i64 %2642
  %scevgep3009.1 = getelementptr i8, ptr %2388, i64 %2641
  %gep3262.1 = getelementptr i8, ptr %invariant.gep3261, i64 %2642
  %scevgep3007.1 = getelementptr i8, ptr %2389, i64 %2641
  %gep3264.1 = getelementptr i8, ptr %invariant.gep3263, i64 %2642
  %2643 = add nsw i64 %t4.next, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3007.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3264.1, i64 128, i1 false)
  %i52.1 = mul nuw nsw i64 %t4.next, 3
  %tau3.1 = mul nsw i64 %2643, 3
  %2644 = getelementptr inbounds float, ptr %dbet, i64 %i52.1
  %2645 = load float, ptr %2644, align 4
  %2646 = mul nsw i64 %tau3.1, %H
  %2647 = getelementptr inbounds float, ptr %betah1, i64 %2646
  store float %2645, ptr %2647, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3262.1, i64 128, i1 false)
  %tau4.1 = add nsw i64 %tau3.1, 1
  %gep3266.1 = getelementptr inbounds float, ptr %invariant.gep3265, i64 %i52.1
  %2648 = load float, ptr %gep3266.1, align 4
  %2649 = mul nsw i64 %tau4.1, %H
  %2650 = getelementptr inbounds float, ptr %betah1, i64 %2649
  store float %2648, ptr %2650, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3011.1, ptr noundef nonnull align 4 dereferenceable(128) %gep3260.1, i64 128, i1 false)
  %tau5.1 = add nsw i64 %tau3.1, 2
  %gep3268.1 = getelementptr inbounds float, ptr %invariant.gep3267, i64 %i52.1
  %2651 = load float, ptr %gep3268.1, align 4
  %2652 = mul nsw i64 %tau5.1, %H
  %2653 = getelementptr inbounds float, ptr %betah1, i64 %2652
  store float %2651, ptr %2653, align 4
  %t4.next.1 = add nuw nsw i64 %t4.addr.02669, 2
  %niter3603.next.1 = add i64 %niter3603, 2
  %niter3603.ncmp.1 = icmp eq i64 %niter3603.next.1, %unroll_iter3602
  br i1 %niter3603.ncmp.1, label %i58.body.preheader.loopexit.unr-lcssa, label %t4.body

i58.body.preheader.loopexit.unr-lcssa:            ; preds = %t4.body, %t4.body.preheader
  %t4.addr.02669.unr = phi i64 [ 0, %t4.body.preheader ], [ %t4.next.1, %t4.body ]
  %lcmp.mod3601.not = icmp eq i64 %xtraiter3600, 0
  br i1 %lcmp.mod3601.not, label %i58.body.preheader, label %t4.body.epil

t4.body.epil:                                     ; preds = %i58.body.preheader.loopexit.unr-lcssa
  %2654 = mul i64 %18, %t4.addr.02669.unr
  %scevgep3011.epil = getelementptr i8, ptr %2387, i64 %2654
  %2655 = mul nuw nsw i64 %t4.addr.02669.unr, 384
  %gep3260.epil = getelementptr i8, ptr %invariant.gep3259, i64 %2655
  %scevgep3009.epil = getelementptr i8, ptr %2388, i64 %2654
  %gep3262.epil = getelementptr i8, ptr %invariant.gep3261, i64 %2655
  %scevgep3007.epil = getelementptr i8, ptr %2389, i64 %2654
  %gep3264.epil = getelementptr i8, ptr %invariant.gep3263, i64 %2655
  %2656 = add nsw i64 %t4.addr.02669.unr, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3007.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3264.epil, i64 128, i1 false)
  %i52.epil = mul nuw nsw i64 %t4.addr.02669.unr, 3
  %tau3.epil = mul nsw i64 %2656, 3
  %2657 = getelementptr inbounds float, ptr %dbet, i64 %i52.epil
  %2658 = load float, ptr %2657, align 4
  %2659 = mul nsw i64 %tau3.epil, %H
  %2660 = getelementptr inbounds float, ptr %betah1, i64 %2659
  store float %2658, ptr %2660, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3009.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3262.epil, i64 128, i1 false)
  %tau4.epil = add nsw i64 %tau3.epil, 1
  %gep3266.epil = getelementptr inbounds float, ptr %invariant.gep3265, i64 %i52.epil
  %2661 = load float, ptr %gep3266.epil, align 4
  %2662 = mul nsw i64 %tau4.epil, %H
  %2663 = getelementptr inbounds float, ptr %betah1, i64 %2662
  store float %2661, ptr %2663, align 4
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3011.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep3260.epil, i64 128, i1 false)
  %tau5.epil = add nsw i64 %tau3.epil, 2
  %gep3268.epil = getelementptr inbounds float, ptr %invariant.gep3267, i64 %i52.epil
  %2664 = load float, ptr %gep3268.epil, align 4
  %2665 = mul nsw i64 %tau5.epil, %H
  %2666 = getelementptr inbounds float, ptr %betah1, i64 %2665
  store float %2664, ptr %2666, align 4
  br label %i58.body.preheader

i58.body.preheader:                               ; preds = %t4.body.epil, %i58.body.preheader.loopexit.unr-lcssa, %t4.head.preheader
  br label %i58.body

i58.body:                                         ; preds = %i58.body.preheader, %p12.exit
  %i58.addr.02687 = phi i64 [ %i58.next, %p12.exit ], [ 0, %i58.body.preheader ]
  %2667 = shl nuw nsw i64 %i58.addr.02687, 6
  %2668 = or disjoint i64 %2667, 32
  %2669 = getelementptr inbounds float, ptr %work, i64 %2668
  %2670 = load <16 x float>, ptr %2669, align 4
  %2671 = or disjoint i64 %2667, 48
  %2672 = getelementptr inbounds float, ptr %work, i64 %2671
  %2673 = load <16 x float>, ptr %2672, align 4
  %2674 = or disjoint i64 %i58.addr.02687, 1
  %2675 = shl nuw nsw i64 %2674, 6
  %2676 = or disjoint i64 %2675, 32
  %2677 = getelementptr inbounds float, ptr %work, i64 %2676
  %2678 = load <16 x float>, ptr %2677, align 4
  %2679 = or disjoint i64 %2675, 48
  %2680 = getelementptr inbounds float, ptr %work, i64 %2679
  %2681 = load <16 x float>, ptr %2680, align 4
  %2682 = or disjoint i64 %i58.addr.02687, 2
  %2683 = shl nuw nsw i64 %2682, 6
  %2684 = or disjoint i64 %2683, 32
  %2685 = getelementptr inbounds float, ptr %work, i64 %2684
  %2686 = load <16 x float>, ptr %2685, align 4
  %2687 = or disjoint i64 %2683, 48
  %2688 = getelementptr inbounds float, ptr %work, i64 %2687
  %2689 = load <16 x float>, ptr %2688, align 4
  %2690 = or disjoint i64 %i58.addr.02687, 3
  %2691 = shl nuw nsw i64 %2690, 6
  %2692 = or disjoint i64 %2691, 32
  %2693 = getelementptr inbounds float, ptr %work, i64 %2692
  %2694 = load <16 x float>, ptr %2693, align 4
  %2695 = or disjoint i64 %2691, 48
  %2696 = getelementptr inbounds float, ptr %work, i64 %2695
  %2697 = load <16 x float>, ptr %2696, align 4
  %2698 = or disjoint i64 %i58.addr.02687, 4
  %2699 = shl nuw nsw i64 %2698, 6
  %2700 = or disjoint i64 %2699, 32
  %2701 = getelementptr inbounds float, ptr %work, i64 %2700
  %2702 = load <16 x float>, ptr %2701, align 4
  %2703 = or disjoint i64 %2699, 48
  %2704 = getelementptr inbounds float, ptr %work, i64 %2703
  %2705 = load <16 x float>, ptr %2704, align 4
  %2706 = or disjoint i64 %i58.addr.02687, 5
  %2707 = shl nuw nsw i64 %2706, 6
  %2708 = or disjoint i64 %2707, 32
  %2709 = getelementptr inbounds float, ptr %work, i64 %2708
  %2710 = load <16 x float>, ptr %2709, align 4
  %2711 = or disjoint i64 %2707, 48
  %2712 = getelementptr inbounds float, ptr %work, i64 %2711
  %2713 = load <16 x float>, ptr %2712, align 4
  %2714 = or disjoint i64 %i58.addr.02687, 6
  %2715 = shl nuw nsw i64 %2714, 6
  %2716 = or disjoint i64 %2715, 32
  %2717 = getelementptr inbounds float, ptr %work, i64 %2716
  %2718 = load <16 x float>, ptr %2717, align 4
  %2719 = or disjoint i64 %2715, 48
  %2720 = getelementptr inbounds float, ptr %work, i64 %2719
  %2721 = load <16 x float>, ptr %2720, align 4
  %2722 = or disjoint i64 %i58.addr.02687, 7
  %2723 = shl nuw nsw i64 %2722, 6
  %2724 = or disjoint i64 %2723, 32
  %2725 = getelementptr inbounds float, ptr %work, i64 %2724
  %2726 = load <16 x float>, ptr %2725, align 4
  %2727 = or disjoint i64 %2723, 48
  %2728 = getelementptr inbounds float, ptr %work, i64 %2727
  %2729 = load <16 x float>, ptr %2728, align 4
  br label %p12.body

p12.body:                                         ; preds = %i58.body, %p12.body
  %p12.addr.02686 = phi i64 [ 0, %i58.body ], [ %p12.next, %p12.body ]
  %acc119.02685 = phi <16 x float> [ %2729, %i58.body ], [ %2791, %p12.body ]
  %acc118.02684 = phi <16 x float> [ %2726, %i58.body ], [ %2790, %p12.body ]
  %acc117.02683 = phi <16 x float> [ %2721, %i58.body ], [ %2784, %p12.body ]
  %acc116.02682 = phi <16 x float> [ %2718, %i58.body ], [ %2783, %p12.body ]
  %acc115.02681 = phi <16 x float> [ %2713, %i58.body ], [ %2777, %p12.body ]
  %acc114.02680 = phi <16 x float> [ %2710, %i58.body ], [ %2776, %p12.body ]
  %acc113.02679 = phi <16 x float> [ %2705, %i58.body ], [ %2770, %p12.body ]
  %acc112.02678 = phi <16 x float> [ %2702, %i58.body ], [ %2769, %p12.body ]
  %acc111.02677 = phi <16 x float> [ %2697, %i58.body ], [ %2763, %p12.body ]
  %acc110.02676 = phi <16 x float> [ %2694, %i58.body ], [ %2762, %p12.body ]
  %acc109.02675 = phi <16 x float> [ %2689, %i58.body ], [ %2756, %p12.body ]
  %acc108.02674 = phi <16 x float> [ %2686, %i58.body ], [ %2755, %p12.body ]
  %acc107.02673 = phi <16 x float> [ %2681, %i58.body ], [ %2749, %p12.body ]
  %acc106.02672 = phi <16 x float> [ %2678, %i58.body ], [ %2748, %p12.body ]
  %acc105.02671 = phi <16 x float> [ %2673, %i58.body ], [ %2742, %p12.body ]
  %acc104.02670 = phi <16 x float> [ %2670, %i58.body ], [ %2741, %p12.body ]
  %2730 = shl nuw nsw i64 %p12.addr.02686, 5
  %2731 = getelementptr inbounds float, ptr %OY, i64 %2730
  %2732 = load <16 x float>, ptr %2731, align 4
  %2733 = or disjoint i64 %2730, 16
  %2734 = getelementptr inbounds float, ptr %OY, i64 %2733
  %2735 = load <16 x float>, ptr %2734, align 4
  %2736 = or disjoint i64 %2730, %i58.addr.02687
  %2737 = getelementptr inbounds float, ptr %QK, i64 %2736
  %2738 = load float, ptr %2737, align 4
  %2739 = insertelement <16 x float> poison, float %2738, i64 0
  %2740 = shufflevector <16 x float> %2739, <16 x float> poison, <16 x i32> zeroinitializer
  %2741 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2740, <16 x float> %2732, <16 x float> %acc104.02670)
  %2742 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2740, <16 x float> %2735, <16 x float> %acc105.02671)
  %2743 = or disjoint i64 %2730, %2674
  %2744 = getelementptr inbounds float, ptr %QK, i64 %2743
  %2745 = load float, ptr %2744, align 4
  %2746 = insertelement <16 x float> poison, float %2745, i64 0
  %2747 = shufflevector <16 x float> %2746, <16 x float> poison, <16 x i32> zeroinitializer
  %2748 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2747, <16 x float> %2732, <16 x float> %acc106.02672)
  %2749 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2747, <16 x float> %2735, <16 x float> %acc107.02673)
  %2750 = or disjoint i64 %2730, %2682
  %2751 = getelementptr inbounds float, ptr %QK, i64 %2750
  %2752 = load float, ptr %2751, align 4
  %2753 = insertelement <16 x float> poison, float %2752, i64 0
  %2754 = shufflevector <16 x float> %2753, <16 x float> poison, <16 x i32> zeroinitializer
  %2755 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2754, <16 x float> %2732, <16 x float> %acc108.02674)
  %2756 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2754, <16 x float> %2735, <16 x float> %acc109.02675)
  %2757 = or disjoint i64 %2730, %2690
  %2758 = getelementptr inbounds float, ptr %QK, i64 %2757
  %2759 = load float, ptr %2758, align 4
  %2760 = insertelement <16 x float> poison, float %2759, i64 0
  %2761 = shufflevector <16 x float> %2760, <16 x float> poison, <16 x i32> zeroinitializer
  %2762 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2761, <16 x float> %2732, <16 x float> %acc110.02676)
  %2763 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2761, <16 x float> %2735, <16 x float> %acc111.02677)
  %2764 = or disjoint i64 %2730, %2698
  %2765 = getelementptr inbounds float, ptr %QK, i64 %2764
  %2766 = load float, ptr %2765, align 4
  %2767 = insertelement <16 x float> poison, float %2766, i64 0
  %2768 = shufflevector <16 x float> %2767, <16 x float> poison, <16 x i32> zeroinitializer
  %2769 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2768, <16 x float> %2732, <16 x float> %acc112.02678)
  %2770 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2768, <16 x float> %2735, <16 x float> %acc113.02679)
  %2771 = or disjoint i64 %2730, %2706
  %2772 = getelementptr inbounds float, ptr %QK, i64 %2771
  %2773 = load float, ptr %2772, align 4
  %2774 = insertelement <16 x float> poison, float %2773, i64 0
  %2775 = shufflevector <16 x float> %2774, <16 x float> poison, <16 x i32> zeroinitializer
  %2776 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2775, <16 x float> %2732, <16 x float> %acc114.02680)
  %2777 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2775, <16 x float> %2735, <16 x float> %acc115.02681)
  %2778 = or disjoint i64 %2730, %2714
  %2779 = getelementptr inbounds float, ptr %QK, i64 %2778
  %2780 = load float, ptr %2779, align 4
  %2781 = insertelement <16 x float> poison, float %2780, i64 0
  %2782 = shufflevector <16 x float> %2781, <16 x float> poison, <16 x i32> zeroinitializer
  %2783 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2782, <16 x float> %2732, <16 x float> %acc116.02682)
  %2784 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2782, <16 x float> %2735, <16 x float> %acc117.02683)
  %2785 = or disjoint i64 %2730, %2722
  %2786 = getelementptr inbounds float, ptr %QK, i64 %2785
  %2787 = load float, ptr %2786, align 4
  %2788 = insertelement <16 x float> poison, float %2787, i64 0
  %2789 = shufflevector <16 x float> %2788, <16 x float> poison, <16 x i32> zeroinitializer
  %2790 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2789, <16 x float> %2732, <16 x float> %acc118.02684)
  %2791 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2789, <16 x float> %2735, <16 x float> %acc119.02685)
  %p12.next = add nuw nsw i64 %p12.addr.02686, 1
  %exitcond3016.not = icmp eq i64 %p12.next, 64
  br i1 %exitcond3016.not, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  store <16 x float> %2741, ptr %2669, align 4
  store <16 x float> %2742, ptr %2672, align 4
  store <16 x float> %2748, ptr %2677, align 4
  store <16 x float> %2749, ptr %2680, align 4
  store <16 x float> %2755, ptr %2685, align 4
  store <16 x float> %2756, ptr %2688, align 4
  store <16 x float> %2762, ptr %2693, align 4
  store <16 x float> %2763, ptr %2696, align 4
  store <16 x float> %2769, ptr %2701, align 4
  store <16 x float> %2770, ptr %2704, align 4
  store <16 x float> %2776, ptr %2709, align 4
  store <16 x float> %2777, ptr %2712, align 4
  store <16 x float> %2783, ptr %2717, align 4
  store <16 x float> %2784, ptr %2720, align 4
  store <16 x float> %2790, ptr %2725, align 4
  store <16 x float> %2791, ptr %2728, align 4
  %i58.next = add nuw nsw i64 %i58.addr.02687, 8
  %2792 = icmp ult i64 %i58.addr.02687, 24
  br i1 %2792, label %i58.body, label %i59.body

i59.head.loopexit:                                ; preds = %p13.exit.2, %p13.exit.1, %p13.exit
  %2793 = icmp ult i64 %i59.addr.02700, 40
  br i1 %2793, label %i59.body, label %t5.body

i59.body:                                         ; preds = %p12.exit, %i59.head.loopexit
  %i59.addr.02700 = phi i64 [ %2794, %i59.head.loopexit ], [ 0, %p12.exit ]
  %2794 = add nuw nsw i64 %i59.addr.02700, 8
  %2795 = shl nuw nsw i64 %i59.addr.02700, 7
  %2796 = or disjoint i64 %2795, 80
  %2797 = getelementptr inbounds float, ptr %Ak, i64 %2796
  %2798 = or disjoint i64 %2795, 208
  %2799 = getelementptr inbounds float, ptr %Ak, i64 %2798
  %2800 = or disjoint i64 %2795, 336
  %2801 = getelementptr inbounds float, ptr %Ak, i64 %2800
  %2802 = or disjoint i64 %2795, 464
  %2803 = getelementptr inbounds float, ptr %Ak, i64 %2802
  %2804 = or disjoint i64 %2795, 592
  %2805 = getelementptr inbounds float, ptr %Ak, i64 %2804
  %2806 = or disjoint i64 %2795, 720
  %2807 = getelementptr inbounds float, ptr %Ak, i64 %2806
  %2808 = or disjoint i64 %2795, 848
  %2809 = getelementptr inbounds float, ptr %Ak, i64 %2808
  %2810 = or disjoint i64 %2795, 976
  %2811 = getelementptr inbounds float, ptr %Ak, i64 %2810
  %.idx3042 = shl nsw i64 %i59.addr.02700, 7
  %invariant.gep3269 = getelementptr inbounds i8, ptr %OY, i64 %.idx3042
  br label %p13.body

p13.body:                                         ; preds = %i59.body, %p13.body
  %p13.addr.02698 = phi i64 [ 0, %i59.body ], [ %p13.next, %p13.body ]
  %acc127.02697 = phi <16 x float> [ zeroinitializer, %i59.body ], [ %2852, %p13.body ]
  %acc126.02696 = phi <16 x float> [ zeroinitializer, %i59.body ], [ %2847, %p13.body ]
  %acc125.02695 = phi <16 x float> [ zeroinitializer, %i59.body ], [ %2842, %p13.body ]
  %acc124.02694 = phi <16 x float> [ zeroinitializer, %i59.body ], [ %2837, %p13.body ]
  %acc123.02693 = phi <16 x float> [ zeroinitializer, %i59.body ], [ %2832, %p13.body ]
  %acc122.02692 = phi <16 x float> [ zeroinitializer, %i59.body ], [ %2827, %p13.body ]
  %acc121.02691 = phi <16 x float> [ zeroinitializer, %i59.body ], [ %2822, %p13.body ]
  %acc120.02690 = phi <16 x float> [ zeroinitializer, %i59.body ], [ %2817, %p13.body ]
  %.idx = mul nuw nsw i64 %p13.addr.02698, 192
  %gep2689 = getelementptr inbounds i8, ptr %VnT, i64 %.idx
  %2812 = load <16 x float>, ptr %gep2689, align 4
  %gep3270 = getelementptr inbounds float, ptr %invariant.gep3269, i64 %p13.addr.02698
  %2813 = getelementptr inbounds i8, ptr %gep3270, i64 2048
  %2814 = load float, ptr %2813, align 4
  %2815 = insertelement <16 x float> poison, float %2814, i64 0
  %2816 = shufflevector <16 x float> %2815, <16 x float> poison, <16 x i32> zeroinitializer
  %2817 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2816, <16 x float> %2812, <16 x float> %acc120.02690)
  %2818 = getelementptr inbounds i8, ptr %gep3270, i64 2176
  %2819 = load float, ptr %2818, align 4
  %2820 = insertelement <16 x float> poison, float %2819, i64 0
  %2821 = shufflevector <16 x float> %2820, <16 x float> poison, <16 x i32> zeroinitializer
  %2822 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2821, <16 x float> %2812, <16 x float> %acc121.02691)
  %2823 = getelementptr inbounds i8, ptr %gep3270, i64 2304
  %2824 = load float, ptr %2823, align 4
  %2825 = insertelement <16 x float> poison, float %2824, i64 0
  %2826 = shufflevector <16 x float> %2825, <16 x float> poison, <16 x i32> zeroinitializer
  %2827 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2826, <16 x float> %2812, <16 x float> %acc122.02692)
  %2828 = getelementptr inbounds i8, ptr %gep3270, i64 2432
  %2829 = load float, ptr %2828, align 4
  %2830 = insertelement <16 x float> poison, float %2829, i64 0
  %2831 = shufflevector <16 x float> %2830, <16 x float> poison, <16 x i32> zeroinitializer
  %2832 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2831, <16 x float> %2812, <16 x float> %acc123.02693)
  %2833 = getelementptr inbounds i8, ptr %gep3270, i64 2560
  %2834 = load float, ptr %2833, align 4
  %2835 = insertelement <16 x float> poison, float %2834, i64 0
  %2836 = shufflevector <16 x float> %2835, <16 x float> poison, <16 x i32> zeroinitializer
  %2837 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2836, <16 x float> %2812, <16 x float> %acc124.02694)
  %2838 = getelementptr inbounds i8, ptr %gep3270, i64 2688
  %2839 = load float, ptr %2838, align 4
  %2840 = insertelement <16 x float> poison, float %2839, i64 0
  %2841 = shufflevector <16 x float> %2840, <16 x float> poison, <16 x i32> zeroinitializer
  %2842 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2841, <16 x float> %2812, <16 x float> %acc125.02695)
  %2843 = getelementptr inbounds i8, ptr %gep3270, i64 2816
  %2844 = load float, ptr %2843, align 4
  %2845 = insertelement <16 x float> poison, float %2844, i64 0
  %2846 = shufflevector <16 x float> %2845, <16 x float> poison, <16 x i32> zeroinitializer
  %2847 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2846, <16 x float> %2812, <16 x float> %acc126.02696)
  %2848 = getelementptr inbounds i8, ptr %gep3270, i64 2944
  %2849 = load float, ptr %2848, align 4
  %2850 = insertelement <16 x float> poison, float %2849, i64 0
  %2851 = shufflevector <16 x float> %2850, <16 x float> poison, <16 x i32> zeroinitializer
  %2852 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2851, <16 x float> %2812, <16 x float> %acc127.02697)
  %p13.next = add nuw nsw i64 %p13.addr.02698, 1
  %exitcond3017.not = icmp eq i64 %p13.next, 32
  br i1 %exitcond3017.not, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  store <16 x float> %2817, ptr %2797, align 4
  store <16 x float> %2822, ptr %2799, align 4
  store <16 x float> %2827, ptr %2801, align 4
  store <16 x float> %2832, ptr %2803, align 4
  store <16 x float> %2837, ptr %2805, align 4
  store <16 x float> %2842, ptr %2807, align 4
  store <16 x float> %2847, ptr %2809, align 4
  store <16 x float> %2852, ptr %2811, align 4
  %2853 = icmp ugt i64 %i59.addr.02700, 8
  br i1 %2853, label %p13.body.1, label %i59.head.loopexit

p13.body.1:                                       ; preds = %p13.exit, %p13.body.1
  %p13.addr.02698.1 = phi i64 [ %p13.next.1, %p13.body.1 ], [ 0, %p13.exit ]
  %acc127.02697.1 = phi <16 x float> [ %2894, %p13.body.1 ], [ zeroinitializer, %p13.exit ]
  %acc126.02696.1 = phi <16 x float> [ %2889, %p13.body.1 ], [ zeroinitializer, %p13.exit ]
  %acc125.02695.1 = phi <16 x float> [ %2884, %p13.body.1 ], [ zeroinitializer, %p13.exit ]
  %acc124.02694.1 = phi <16 x float> [ %2879, %p13.body.1 ], [ zeroinitializer, %p13.exit ]
  %acc123.02693.1 = phi <16 x float> [ %2874, %p13.body.1 ], [ zeroinitializer, %p13.exit ]
  %acc122.02692.1 = phi <16 x float> [ %2869, %p13.body.1 ], [ zeroinitializer, %p13.exit ]
  %acc121.02691.1 = phi <16 x float> [ %2864, %p13.body.1 ], [ zeroinitializer, %p13.exit ]
  %acc120.02690.1 = phi <16 x float> [ %2859, %p13.body.1 ], [ zeroinitializer, %p13.exit ]
  %.idx.1 = mul nuw nsw i64 %p13.addr.02698.1, 192
  %gep2689.1 = getelementptr inbounds i8, ptr %invariant.gep2688.1, i64 %.idx.1
  %2854 = load <16 x float>, ptr %gep2689.1, align 4
  %gep3270.1 = getelementptr inbounds float, ptr %invariant.gep3269, i64 %p13.addr.02698.1
  %2855 = getelementptr inbounds i8, ptr %gep3270.1, i64 2048
  %2856 = load float, ptr %2855, align 4
  %2857 = insertelement <16 x float> poison, float %2856, i64 0
  %2858 = shufflevector <16 x float> %2857, <16 x float> poison, <16 x i32> zeroinitializer
  %2859 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2858, <16 x float> %2854, <16 x float> %acc120.02690.1)
  %2860 = getelementptr inbounds i8, ptr %gep3270.1, i64 2176
  %2861 = load float, ptr %2860, align 4
  %2862 = insertelement <16 x float> poison, float %2861, i64 0
  %2863 = shufflevector <16 x float> %2862, <16 x float> poison, <16 x i32> zeroinitializer
  %2864 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2863, <16 x float> %2854, <16 x float> %acc121.02691.1)
  %2865 = getelementptr inbounds i8, ptr %gep3270.1, i64 2304
  %2866 = load float, ptr %2865, align 4
  %2867 = insertelement <16 x float> poison, float %2866, i64 0
  %2868 = shufflevector <16 x float> %2867, <16 x float> poison, <16 x i32> zeroinitializer
  %2869 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2868, <16 x float> %2854, <16 x float> %acc122.02692.1)
  %2870 = getelementptr inbounds i8, ptr %gep3270.1, i64 2432
  %2871 = load float, ptr %2870, align 4
  %2872 = insertelement <16 x float> poison, float %2871, i64 0
  %2873 = shufflevector <16 x float> %2872, <16 x float> poison, <16 x i32> zeroinitializer
  %2874 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2873, <16 x float> %2854, <16 x float> %acc123.02693.1)
  %2875 = getelementptr inbounds i8, ptr %gep3270.1, i64 2560
  %2876 = load float, ptr %2875, align 4
  %2877 = insertelement <16 x float> poison, float %2876, i64 0
  %2878 = shufflevector <16 x float> %2877, <16 x float> poison, <16 x i32> zeroinitializer
  %2879 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2878, <16 x float> %2854, <16 x float> %acc124.02694.1)
  %2880 = getelementptr inbounds i8, ptr %gep3270.1, i64 2688
  %2881 = load float, ptr %2880, align 4
  %2882 = insertelement <16 x float> poison, float %2881, i64 0
  %2883 = shufflevector <16 x float> %2882, <16 x float> poison, <16 x i32> zeroinitializer
  %2884 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2883, <16 x float> %2854, <16 x float> %acc125.02695.1)
  %2885 = getelementptr inbounds i8, ptr %gep3270.1, i64 2816
  %2886 = load float, ptr %2885, align 4
  %2887 = insertelement <16 x float> poison, float %2886, i64 0
  %2888 = shufflevector <16 x float> %2887, <16 x float> poison, <16 x i32> zeroinitializer
  %2889 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2888, <16 x float> %2854, <16 x float> %acc126.02696.1)
  %2890 = getelementptr inbounds i8, ptr %gep3270.1, i64 2944
  %2891 = load float, ptr %2890, align 4
  %2892 = insertelement <16 x float> poison, float %2891, i64 0
  %2893 = shufflevector <16 x float> %2892, <16 x float> poison, <16 x i32> zeroinitializer
  %2894 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2893, <16 x float> %2854, <16 x float> %acc127.02697.1)
  %p13.next.1 = add nuw nsw i64 %p13.addr.02698.1, 1
  %exitcond3017.not.1 = icmp eq i64 %p13.next.1, 32
  br i1 %exitcond3017.not.1, label %p13.exit.1, label %p13.body.1

p13.exit.1:                                       ; preds = %p13.body.1
  %2895 = getelementptr inbounds i8, ptr %2797, i64 64
  store <16 x float> %2859, ptr %2895, align 4
  %2896 = getelementptr inbounds i8, ptr %2799, i64 64
  store <16 x float> %2864, ptr %2896, align 4
  %2897 = getelementptr inbounds i8, ptr %2801, i64 64
  store <16 x float> %2869, ptr %2897, align 4
  %2898 = getelementptr inbounds i8, ptr %2803, i64 64
  store <16 x float> %2874, ptr %2898, align 4
  %2899 = getelementptr inbounds i8, ptr %2805, i64 64
  store <16 x float> %2879, ptr %2899, align 4
  %2900 = getelementptr inbounds i8, ptr %2807, i64 64
  store <16 x float> %2884, ptr %2900, align 4
  %2901 = getelementptr inbounds i8, ptr %2809, i64 64
  store <16 x float> %2889, ptr %2901, align 4
  %2902 = getelementptr inbounds i8, ptr %2811, i64 64
  store <16 x float> %2894, ptr %2902, align 4
  %2903 = icmp ugt i64 %i59.addr.02700, 24
  br i1 %2903, label %p13.body.2, label %i59.head.loopexit

p13.body.2:                                       ; preds = %p13.exit.1, %p13.body.2
  %p13.addr.02698.2 = phi i64 [ %p13.next.2, %p13.body.2 ], [ 0, %p13.exit.1 ]
  %acc127.02697.2 = phi <16 x float> [ %2944, %p13.body.2 ], [ zeroinitializer, %p13.exit.1 ]
  %acc126.02696.2 = phi <16 x float> [ %2939, %p13.body.2 ], [ zeroinitializer, %p13.exit.1 ]
  %acc125.02695.2 = phi <16 x float> [ %2934, %p13.body.2 ], [ zeroinitializer, %p13.exit.1 ]
  %acc124.02694.2 = phi <16 x float> [ %2929, %p13.body.2 ], [ zeroinitializer, %p13.exit.1 ]
  %acc123.02693.2 = phi <16 x float> [ %2924, %p13.body.2 ], [ zeroinitializer, %p13.exit.1 ]
  %acc122.02692.2 = phi <16 x float> [ %2919, %p13.body.2 ], [ zeroinitializer, %p13.exit.1 ]
  %acc121.02691.2 = phi <16 x float> [ %2914, %p13.body.2 ], [ zeroinitializer, %p13.exit.1 ]
  %acc120.02690.2 = phi <16 x float> [ %2909, %p13.body.2 ], [ zeroinitializer, %p13.exit.1 ]
  %.idx.2 = mul nuw nsw i64 %p13.addr.02698.2, 192
  %gep2689.2 = getelementptr inbounds i8, ptr %invariant.gep2688.2, i64 %.idx.2
  %2904 = load <16 x float>, ptr %gep2689.2, align 4
  %gep3270.2 = getelementptr inbounds float, ptr %invariant.gep3269, i64 %p13.addr.02698.2
  %2905 = getelementptr inbounds i8, ptr %gep3270.2, i64 2048
  %2906 = load float, ptr %2905, align 4
  %2907 = insertelement <16 x float> poison, float %2906, i64 0
  %2908 = shufflevector <16 x float> %2907, <16 x float> poison, <16 x i32> zeroinitializer
  %2909 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2908, <16 x float> %2904, <16 x float> %acc120.02690.2)
  %2910 = getelementptr inbounds i8, ptr %gep3270.2, i64 2176
  %2911 = load float, ptr %2910, align 4
  %2912 = insertelement <16 x float> poison, float %2911, i64 0
  %2913 = shufflevector <16 x float> %2912, <16 x float> poison, <16 x i32> zeroinitializer
  %2914 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2913, <16 x float> %2904, <16 x float> %acc121.02691.2)
  %2915 = getelementptr inbounds i8, ptr %gep3270.2, i64 2304
  %2916 = load float, ptr %2915, align 4
  %2917 = insertelement <16 x float> poison, float %2916, i64 0
  %2918 = shufflevector <16 x float> %2917, <16 x float> poison, <16 x i32> zeroinitializer
  %2919 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2918, <16 x float> %2904, <16 x float> %acc122.02692.2)
  %2920 = getelementptr inbounds i8, ptr %gep3270.2, i64 2432
  %2921 = load float, ptr %2920, align 4
  %2922 = insertelement <16 x float> poison, float %2921, i64 0
  %2923 = shufflevector <16 x float> %2922, <16 x float> poison, <16 x i32> zeroinitializer
  %2924 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2923, <16 x float> %2904, <16 x float> %acc123.02693.2)
  %2925 = getelementptr inbounds i8, ptr %gep3270.2, i64 2560
  %2926 = load float, ptr %2925, align 4
  %2927 = insertelement <16 x float> poison, float %2926, i64 0
  %2928 = shufflevector <16 x float> %2927, <16 x float> poison, <16 x i32> zeroinitializer
  %2929 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2928, <16 x float> %2904, <16 x float> %acc124.02694.2)
  %2930 = getelementptr inbounds i8, ptr %gep3270.2, i64 2688
  %2931 = load float, ptr %2930, align 4
  %2932 = insertelement <16 x float> poison, float %2931, i64 0
  %2933 = shufflevector <16 x float> %2932, <16 x float> poison, <16 x i32> zeroinitializer
  %2934 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2933, <16 x float> %2904, <16 x float> %acc125.02695.2)
  %2935 = getelementptr inbounds i8, ptr %gep3270.2, i64 2816
  %2936 = load float, ptr %2935, align 4
  %2937 = insertelement <16 x float> poison, float %2936, i64 0
  %2938 = shufflevector <16 x float> %2937, <16 x float> poison, <16 x i32> zeroinitializer
  %2939 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2938, <16 x float> %2904, <16 x float> %acc126.02696.2)
  %2940 = getelementptr inbounds i8, ptr %gep3270.2, i64 2944
  %2941 = load float, ptr %2940, align 4
  %2942 = insertelement <16 x float> poison, float %2941, i64 0
  %2943 = shufflevector <16 x float> %2942, <16 x float> poison, <16 x i32> zeroinitializer
  %2944 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %2943, <16 x float> %2904, <16 x float> %acc127.02697.2)
  %p13.next.2 = add nuw nsw i64 %p13.addr.02698.2, 1
  %exitcond3017.not.2 = icmp eq i64 %p13.next.2, 32
  br i1 %exitcond3017.not.2, label %p13.exit.2, label %p13.body.2

p13.exit.2:                                       ; preds = %p13.body.2
  %2945 = getelementptr inbounds i8, ptr %2797, i64 128
  store <16 x float> %2909, ptr %2945, align 4
  %2946 = getelementptr inbounds i8, ptr %2799, i64 128
  store <16 x float> %2914, ptr %2946, align 4
  %2947 = getelementptr inbounds i8, ptr %2801, i64 128
  store <16 x float> %2919, ptr %2947, align 4
  %2948 = getelementptr inbounds i8, ptr %2803, i64 128
  store <16 x float> %2924, ptr %2948, align 4
  %2949 = getelementptr inbounds i8, ptr %2805, i64 128
  store <16 x float> %2929, ptr %2949, align 4
  %2950 = getelementptr inbounds i8, ptr %2807, i64 128
  store <16 x float> %2934, ptr %2950, align 4
  %2951 = getelementptr inbounds i8, ptr %2809, i64 128
  store <16 x float> %2939, ptr %2951, align 4
  %2952 = getelementptr inbounds i8, ptr %2811, i64 128
  store <16 x float> %2944, ptr %2952, align 4
  br label %i59.head.loopexit

i63.head.preheader:                               ; preds = %j42.exit
  %2953 = mul nsw i64 %L, 3
  %2954 = mul nsw i64 %ci, 48
  br label %p14.head.preheader

t5.body:                                          ; preds = %i59.head.loopexit, %j42.exit
  %indvars.iv3025 = phi i64 [ %indvars.iv.next3026, %j42.exit ], [ 2, %i59.head.loopexit ]
  %indvars.iv3022 = phi i64 [ %indvars.iv.next3023, %j42.exit ], [ 1, %i59.head.loopexit ]
  %t5.addr.02710 = phi i64 [ %t5.next, %j42.exit ], [ 0, %i59.head.loopexit ]
  %2955 = mul nuw nsw i64 %t5.addr.02710, 3
  %umax = tail call i64 @llvm.umax.i64(i64 %2955, i64 1)
  %i60 = mul nuw nsw i64 %t5.addr.02710, 3
  %invariant.gep2701 = getelementptr inbounds float, ptr %Ak, i64 %i60
  %.not2773 = icmp eq i64 %t5.addr.02710, 0
  br i1 %.not2773, label %j40.exit, label %j40.body.lr.ph

j40.body.lr.ph:                                   ; preds = %t5.body
  %2956 = mul nuw nsw i64 %t5.addr.02710, 384
  %2957 = or disjoint i64 %2956, 80
  %2958 = getelementptr inbounds float, ptr %Ak, i64 %2957
  %xtraiter3604 = and i64 %umax, 7
  %2959 = icmp ult i64 %t5.addr.02710, 3
  br i1 %2959, label %j40.exit.loopexit.unr-lcssa, label %j40.body.lr.ph.new

j40.body.lr.ph.new:                               ; preds = %j40.body.lr.ph
  %unroll_iter3606 = and i64 %umax, 9223372036854775800
  br label %j40.body

j40.body:                                         ; preds = %j40.body, %j40.body.lr.ph.new
  %j40.addr.02703 = phi i64 [ 0, %j40.body.lr.ph.new ], [ %j40.next.7, %j40.body ]
  %niter3607 = phi i64 [ 0, %j40.body.lr.ph.new ], [ %niter3607.next.7, %j40.body ]
  %2960 = getelementptr inbounds float, ptr %2958, i64 %j40.addr.02703
  %2961 = load float, ptr %2960, align 4
  %2962 = fneg float %2961
  store float %2962, ptr %2960, align 4
  %2963 = shl nsw i64 %j40.addr.02703, 7
  %2964 = or disjoint i64 %2963, 80
  %gep2702 = getelementptr inbounds float, ptr %invariant.gep2701, i64 %2964
  store float %2962, ptr %gep2702, align 4
  %j40.next = or disjoint i64 %j40.addr.02703, 1
  %2965 = getelementptr inbounds float, ptr %2958, i64 %j40.next
  %2966 = load float, ptr %2965, align 4
  %2967 = fneg float %2966
  store float %2967, ptr %2965, align 4
  %2968 = shl nsw i64 %j40.next, 7
  %2969 = or disjoint i64 %2968, 80
  %gep2702.1 = getelementptr inbounds float, ptr %invariant.gep2701, i64 %2969
  store float %2967, ptr %gep2702.1, align 4
  %j40.next.1 = or disjoint i64 %j40.addr.02703, 2
  %2970 = getelementptr inbounds float, ptr %2958, i64 %j40.next.1
  %2971 = load float, ptr %2970, align 4
  %2972 = fneg float %2971
  store float %2972, ptr %2970, align 4
  %2973 = shl nsw i64 %j40.next.1, 7
  %2974 = or disjoint i64 %2973, 80
  %gep2702.2 = getelementptr inbounds float, ptr %invariant.gep2701, i64 %2974
  store float %2972, ptr %gep2702.2, align 4
  %j40.next.2 = or disjoint i64 %j40.addr.02703, 3
  %2975 = getelementptr inbounds float, ptr %2958, i64 %j40.next.2
  %2976 = load float, ptr %2975, align 4
  %2977 = fneg float %2976
  store float %2977, ptr %2975, align 4
  %2978 = shl nsw i64 %j40.next.2, 7
  %2979 = or disjoint i64 %2978, 80
  %gep2702.3 = getelementptr inbounds float, ptr %invariant.gep2701, i64 %2979
  store float %2977, ptr %gep2702.3, align 4
  %j40.next.3 = or disjoint i64 %j40.addr.02703, 4
  %2980 = getelementptr inbounds float, ptr %2958, i64 %j40.next.3
  %2981 = load float, ptr %2980, align 4
  %2982 = fneg float %2981
  store float %2982, ptr %2980, align 4
  %2983 = shl nsw i64 %j40.next.3, 7
  %2984 = or disjoint i64 %2983, 80
  %gep2702.4 = getelementptr inbounds float, ptr %invariant.gep2701, i64 %2984
  store float %2982, ptr %gep2702.4, align 4
  %j40.next.4 = or disjoint i64 %j40.addr.02703, 5
  %2985 = getelementptr inbounds float, ptr %2958, i64 %j40.next.4
  %2986 = load float, ptr %2985, align 4
  %2987 = fneg float %2986
  store float %2987, ptr %2985, align 4
  %2988 = shl nsw i64 %j40.next.4, 7
  %2989 = or disjoint i64 %2988, 80
  %gep2702.5 = getelementptr inbounds float, ptr %invariant.gep2701, i64 %2989
  store float %2987, ptr %gep2702.5, align 4
  %j40.next.5 = or disjoint i64 %j40.addr.02703, 6
  %2990 = getelementptr inbounds float, ptr %2958, i64 %j40.next.5
  %2991 = load float, ptr %2990, align 4
  %2992 = fneg float %2991
  store float %2992, ptr %2990, align 4
  %2993 = shl nsw i64 %j40.next.5, 7
  %2994 = or disjoint i64 %2993, 80
  %gep2702.6 = getelementptr inbounds float, ptr %invariant.gep2701, i64 %2994
  store float %2992, ptr %gep2702.6, align 4
  %j40.next.6 = or disjoint i64 %j40.addr.02703, 7
  %2995 = getelementptr inbounds float, ptr %2958, i64 %j40.next.6
  %2996 = load float, ptr %2995, align 4
  %2997 = fneg float %2996
  store float %2997, ptr %2995, align 4
  %2998 = shl nsw i64 %j40.next.6, 7
  %2999 = or disjoint i64 %2998, 80
  %gep2702.7 = getelementptr inbounds float, ptr %invariant.gep2701, i64 %2999
  store float %2997, ptr %gep2702.7, align 4
  %j40.next.7 = add nuw nsw i64 %j40.addr.02703, 8
  %niter3607.next.7 = add i64 %niter3607, 8
  %niter3607.ncmp.7 = icmp eq i64 %niter3607.next.7, %unroll_iter3606
  br i1 %niter3607.ncmp.7, label %j40.exit.loopexit.unr-lcssa, label %j40.body

j40.exit.loopexit.unr-lcssa:                      ; preds = %j40.body, %j40.body.lr.ph
  %j40.addr.02703.unr = phi i64 [ 0, %j40.body.lr.ph ], [ %j40.next.7, %j40.body ]
  %lcmp.mod3605.not = icmp eq i64 %xtraiter3604, 0
  br i1 %lcmp.mod3605.not, label %j40.exit, label %j40.body.epil

j40.body.epil:                                    ; preds = %j40.exit.loopexit.unr-lcssa, %j40.body.epil
  %j40.addr.02703.epil = phi i64 [ %j40.next.epil, %j40.body.epil ], [ %j40.addr.02703.unr, %j40.exit.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j40.body.epil ], [ 0, %j40.exit.loopexit.unr-lcssa ]
  %3000 = getelementptr inbounds float, ptr %2958, i64 %j40.addr.02703.epil
  %3001 = load float, ptr %3000, align 4
  %3002 = fneg float %3001
  store float %3002, ptr %3000, align 4
  %3003 = shl nsw i64 %j40.addr.02703.epil, 7
  %3004 = or disjoint i64 %3003, 80
  %gep2702.epil = getelementptr inbounds float, ptr %invariant.gep2701, i64 %3004
  store float %3002, ptr %gep2702.epil, align 4
  %j40.next.epil = add nuw nsw i64 %j40.addr.02703.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter3604
  br i1 %epil.iter.cmp.not, label %j40.exit, label %j40.body.epil, !llvm.loop !2

j40.exit:                                         ; preds = %j40.exit.loopexit.unr-lcssa, %j40.body.epil, %t5.body
  %.pre-phi3037 = phi i64 [ 80, %t5.body ], [ %2957, %j40.body.epil ], [ %2957, %j40.exit.loopexit.unr-lcssa ]
  %3005 = getelementptr inbounds float, ptr %Ak, i64 %.pre-phi3037
  %3006 = getelementptr inbounds float, ptr %3005, i64 %i60
  store float 0.000000e+00, ptr %3006, align 4
  %i61 = add nuw nsw i64 %i60, 1
  %3007 = shl nuw nsw i64 %i61, 7
  %3008 = or disjoint i64 %3007, 80
  %3009 = getelementptr inbounds float, ptr %Ak, i64 %3008
  %invariant.gep2704 = getelementptr inbounds float, ptr %Ak, i64 %i61
  %xtraiter3608 = and i64 %indvars.iv3022, 7
  %3010 = icmp ult i64 %t5.addr.02710, 3
  br i1 %3010, label %j41.exit.unr-lcssa, label %j40.exit.new

j40.exit.new:                                     ; preds = %j40.exit
  %unroll_iter3611 = and i64 %indvars.iv3022, 9223372036854775800
  br label %j41.body

j41.body:                                         ; preds = %j41.body, %j40.exit.new
  %j41.addr.02706 = phi i64 [ 0, %j40.exit.new ], [ %j41.next.7, %j41.body ]
  %niter3612 = phi i64 [ 0, %j40.exit.new ], [ %niter3612.next.7, %j41.body ]
  %3011 = getelementptr inbounds float, ptr %3009, i64 %j41.addr.02706
  %3012 = load float, ptr %3011, align 4
  %3013 = fneg float %3012
  store float %3013, ptr %3011, align 4
  %3014 = shl nsw i64 %j41.addr.02706, 7
  %3015 = or disjoint i64 %3014, 80
  %gep2705 = getelementptr inbounds float, ptr %invariant.gep2704, i64 %3015
  store float %3013, ptr %gep2705, align 4
  %j41.next = or disjoint i64 %j41.addr.02706, 1
  %3016 = getelementptr inbounds float, ptr %3009, i64 %j41.next
  %3017 = load float, ptr %3016, align 4
  %3018 = fneg float %3017
  store float %3018, ptr %3016, align 4
  %3019 = shl nsw i64 %j41.next, 7
  %3020 = or disjoint i64 %3019, 80
  %gep2705.1 = getelementptr inbounds float, ptr %invariant.gep2704, i64 %3020
  store float %3018, ptr %gep2705.1, align 4
  %j41.next.1 = or disjoint i64 %j41.addr.02706, 2
  %3021 = getelementptr inbounds float, ptr %3009, i64 %j41.next.1
  %3022 = load float, ptr %3021, align 4
  %3023 = fneg float %3022
  store float %3023, ptr %3021, align 4
  %3024 = shl nsw i64 %j41.next.1, 7
  %3025 = or disjoint i64 %3024, 80
  %gep2705.2 = getelementptr inbounds float, ptr %invariant.gep2704, i64 %3025
  store float %3023, ptr %gep2705.2, align 4
  %j41.next.2 = or disjoint i64 %j41.addr.02706, 3
  %3026 = getelementptr inbounds float, ptr %3009, i64 %j41.next.2
  %3027 = load float, ptr %3026, align 4
  %3028 = fneg float %3027
  store float %3028, ptr %3026, align 4
  %3029 = shl nsw i64 %j41.next.2, 7
  %3030 = or disjoint i64 %3029, 80
  %gep2705.3 = getelementptr inbounds float, ptr %invariant.gep2704, i64 %3030
  store float %3028, ptr %gep2705.3, align 4
  %j41.next.3 = or disjoint i64 %j41.addr.02706, 4
  %3031 = getelementptr inbounds float, ptr %3009, i64 %j41.next.3
  %3032 = load float, ptr %3031, align 4
  %3033 = fneg float %3032
  store float %3033, ptr %3031, align 4
  %3034 = shl nsw i64 %j41.next.3, 7
  %3035 = or disjoint i64 %3034, 80
  %gep2705.4 = getelementptr inbounds float, ptr %invariant.gep2704, i64 %3035
  store float %3033, ptr %gep2705.4, align 4
  %j41.next.4 = or disjoint i64 %j41.addr.02706, 5
  %3036 = getelementptr inbounds float, ptr %3009, i64 %j41.next.4
  %3037 = load float, ptr %3036, align 4
  %3038 = fneg float %3037
  store float %3038, ptr %3036, align 4
  %3039 = shl nsw i64 %j41.next.4, 7
  %3040 = or disjoint i64 %3039, 80
  %gep2705.5 = getelementptr inbounds float, ptr %invariant.gep2704, i64 %3040
  store float %3038, ptr %gep2705.5, align 4
  %j41.next.5 = or disjoint i64 %j41.addr.02706, 6
  %3041 = getelementptr inbounds float, ptr %3009, i64 %j41.next.5
  %3042 = load float, ptr %3041, align 4
  %3043 = fneg float %3042
  store float %3043, ptr %3041, align 4
  %3044 = shl nsw i64 %j41.next.5, 7
  %3045 = or disjoint i64 %3044, 80
  %gep2705.6 = getelementptr inbounds float, ptr %invariant.gep2704, i64 %3045
  store float %3043, ptr %gep2705.6, align 4
  %j41.next.6 = or disjoint i64 %j41.addr.02706, 7
  %3046 = getelementptr inbounds float, ptr %3009, i64 %j41.next.6
  %3047 = load float, ptr %3046, align 4
  %3048 = fneg float %3047
  store float %3048, ptr %3046, align 4
  %3049 = shl nsw i64 %j41.next.6, 7
  %3050 = or disjoint i64 %3049, 80
  %gep2705.7 = getelementptr inbounds float, ptr %invariant.gep2704, i64 %3050
  store float %3048, ptr %gep2705.7, align 4
  %j41.next.7 = add nuw nsw i64 %j41.addr.02706, 8
  %niter3612.next.7 = add i64 %niter3612, 8
  %niter3612.ncmp.7 = icmp eq i64 %niter3612.next.7, %unroll_iter3611
  br i1 %niter3612.ncmp.7, label %j41.exit.unr-lcssa, label %j41.body

j41.exit.unr-lcssa:                               ; preds = %j41.body, %j40.exit
  %j41.addr.02706.unr = phi i64 [ 0, %j40.exit ], [ %j41.next.7, %j41.body ]
  %lcmp.mod3610.not = icmp eq i64 %xtraiter3608, 0
  br i1 %lcmp.mod3610.not, label %j41.exit, label %j41.body.epil

j41.body.epil:                                    ; preds = %j41.exit.unr-lcssa, %j41.body.epil
  %j41.addr.02706.epil = phi i64 [ %j41.next.epil, %j41.body.epil ], [ %j41.addr.02706.unr, %j41.exit.unr-lcssa ]
  %epil.iter3609 = phi i64 [ %epil.iter3609.next, %j41.body.epil ], [ 0, %j41.exit.unr-lcssa ]
  %3051 = getelementptr inbounds float, ptr %3009, i64 %j41.addr.02706.epil
  %3052 = load float, ptr %3051, align 4
  %3053 = fneg float %3052
  store float %3053, ptr %3051, align 4
  %3054 = shl nsw i64 %j41.addr.02706.epil, 7
  %3055 = or disjoint i64 %3054, 80
  %gep2705.epil = getelementptr inbounds float, ptr %invariant.gep2704, i64 %3055
  store float %3053, ptr %gep2705.epil, align 4
  %j41.next.epil = add nuw nsw i64 %j41.addr.02706.epil, 1
  %epil.iter3609.next = add i64 %epil.iter3609, 1
  %epil.iter3609.cmp.not = icmp eq i64 %epil.iter3609.next, %xtraiter3608
  br i1 %epil.iter3609.cmp.not, label %j41.exit, label %j41.body.epil, !llvm.loop !4

j41.exit:                                         ; preds = %j41.body.epil, %j41.exit.unr-lcssa
  %3056 = getelementptr inbounds float, ptr %3009, i64 %i61
  store float 0.000000e+00, ptr %3056, align 4
  %i62 = add nuw nsw i64 %i60, 2
  %3057 = shl nuw nsw i64 %i62, 7
  %3058 = or disjoint i64 %3057, 80
  %3059 = getelementptr inbounds float, ptr %Ak, i64 %3058
  %invariant.gep2707 = getelementptr inbounds float, ptr %Ak, i64 %i62
  %xtraiter3613 = and i64 %indvars.iv3025, 7
  %3060 = icmp ult i64 %indvars.iv3022, 7
  br i1 %3060, label %j42.exit.unr-lcssa, label %j41.exit.new

j41.exit.new:                                     ; preds = %j41.exit
  %unroll_iter3616 = and i64 %indvars.iv3025, 9223372036854775800
  br label %j42.body

j42.body:                                         ; preds = %j42.body, %j41.exit.new
  %j42.addr.02709 = phi i64 [ 0, %j41.exit.new ], [ %j42.next.7, %j42.body ]
  %niter3617 = phi i64 [ 0, %j41.exit.new ], [ %niter3617.next.7, %j42.body ]
  %3061 = getelementptr inbounds float, ptr %3059, i64 %j42.addr.02709
  %3062 = load float, ptr %3061, align 4
  %3063 = fneg float %3062
  store float %3063, ptr %3061, align 4
  %3064 = shl nsw i64 %j42.addr.02709, 7
  %3065 = or disjoint i64 %3064, 80
  %gep2708 = getelementptr inbounds float, ptr %invariant.gep2707, i64 %3065
  store float %3063, ptr %gep2708, align 4
  %j42.next = or disjoint i64 %j42.addr.02709, 1
  %3066 = getelementptr inbounds float, ptr %3059, i64 %j42.next
  %3067 = load float, ptr %3066, align 4
  %3068 = fneg float %3067
  store float %3068, ptr %3066, align 4
  %3069 = shl nsw i64 %j42.next, 7
  %3070 = or disjoint i64 %3069, 80
  %gep2708.1 = getelementptr inbounds float, ptr %invariant.gep2707, i64 %3070
  store float %3068, ptr %gep2708.1, align 4
  %j42.next.1 = or disjoint i64 %j42.addr.02709, 2
  %3071 = getelementptr inbounds float, ptr %3059, i64 %j42.next.1
  %3072 = load float, ptr %3071, align 4
  %3073 = fneg float %3072
  store float %3073, ptr %3071, align 4
  %3074 = shl nsw i64 %j42.next.1, 7
  %3075 = or disjoint i64 %3074, 80
  %gep2708.2 = getelementptr inbounds float, ptr %invariant.gep2707, i64 %3075
  store float %3073, ptr %gep2708.2, align 4
  %j42.next.2 = or disjoint i64 %j42.addr.02709, 3
  %3076 = getelementptr inbounds float, ptr %3059, i64 %j42.next.2
  %3077 = load float, ptr %3076, align 4
  %3078 = fneg float %3077
  store float %3078, ptr %3076, align 4
  %3079 = shl nsw i64 %j42.next.2, 7
  %3080 = or disjoint i64 %3079, 80
  %gep2708.3 = getelementptr inbounds float, ptr %invariant.gep2707, i64 %3080
  store float %3078, ptr %gep2708.3, align 4
  %j42.next.3 = or disjoint i64 %j42.addr.02709, 4
  %3081 = getelementptr inbounds float, ptr %3059, i64 %j42.next.3
  %3082 = load float, ptr %3081, align 4
  %3083 = fneg float %3082
  store float %3083, ptr %3081, align 4
  %3084 = shl nsw i64 %j42.next.3, 7
  %3085 = or disjoint i64 %3084, 80
  %gep2708.4 = getelementptr inbounds float, ptr %invariant.gep2707, i64 %3085
  store float %3083, ptr %gep2708.4, align 4
  %j42.next.4 = or disjoint i64 %j42.addr.02709, 5
  %3086 = getelementptr inbounds float, ptr %3059, i64 %j42.next.4
  %3087 = load float, ptr %3086, align 4
  %3088 = fneg float %3087
  store float %3088, ptr %3086, align 4
  %3089 = shl nsw i64 %j42.next.4, 7
  %3090 = or disjoint i64 %3089, 80
  %gep2708.5 = getelementptr inbounds float, ptr %invariant.gep2707, i64 %3090
  store float %3088, ptr %gep2708.5, align 4
  %j42.next.5 = or disjoint i64 %j42.addr.02709, 6
  %3091 = getelementptr inbounds float, ptr %3059, i64 %j42.next.5
  %3092 = load float, ptr %3091, align 4
  %3093 = fneg float %3092
  store float %3093, ptr %3091, align 4
  %3094 = shl nsw i64 %j42.next.5, 7
  %3095 = or disjoint i64 %3094, 80
  %gep2708.6 = getelementptr inbounds float, ptr %invariant.gep2707, i64 %3095
  store float %3093, ptr %gep2708.6, align 4
  %j42.next.6 = or disjoint i64 %j42.addr.02709, 7
  %3096 = getelementptr inbounds float, ptr %3059, i64 %j42.next.6
  %3097 = load float, ptr %3096, align 4
  %3098 = fneg float %3097
  store float %3098, ptr %3096, align 4
  %3099 = shl nsw i64 %j42.next.6, 7
  %3100 = or disjoint i64 %3099, 80
  %gep2708.7 = getelementptr inbounds float, ptr %invariant.gep2707, i64 %3100
  store float %3098, ptr %gep2708.7, align 4
  %j42.next.7 = add nuw nsw i64 %j42.addr.02709, 8
  %niter3617.next.7 = add i64 %niter3617, 8
  %niter3617.ncmp.7 = icmp eq i64 %niter3617.next.7, %unroll_iter3616
  br i1 %niter3617.ncmp.7, label %j42.exit.unr-lcssa, label %j42.body

j42.exit.unr-lcssa:                               ; preds = %j42.body, %j41.exit
  %j42.addr.02709.unr = phi i64 [ 0, %j41.exit ], [ %j42.next.7, %j42.body ]
  %lcmp.mod3615.not = icmp eq i64 %xtraiter3613, 0
  br i1 %lcmp.mod3615.not, label %j42.exit, label %j42.body.epil

j42.body.epil:                                    ; preds = %j42.exit.unr-lcssa, %j42.body.epil
  %j42.addr.02709.epil = phi i64 [ %j42.next.epil, %j42.body.epil ], [ %j42.addr.02709.unr, %j42.exit.unr-lcssa ]
  %epil.iter3614 = phi i64 [ %epil.iter3614.next, %j42.body.epil ], [ 0, %j42.exit.unr-lcssa ]
  %3101 = getelementptr inbounds float, ptr %3059, i64 %j42.addr.02709.epil
  %3102 = load float, ptr %3101, align 4
  %3103 = fneg float %3102
  store float %3103, ptr %3101, align 4
  %3104 = shl nsw i64 %j42.addr.02709.epil, 7
  %3105 = or disjoint i64 %3104, 80
  %gep2708.epil = getelementptr inbounds float, ptr %invariant.gep2707, i64 %3105
  store float %3103, ptr %gep2708.epil, align 4
  %j42.next.epil = add nuw nsw i64 %j42.addr.02709.epil, 1
  %epil.iter3614.next = add i64 %epil.iter3614, 1
  %epil.iter3614.cmp.not = icmp eq i64 %epil.iter3614.next, %xtraiter3613
  br i1 %epil.iter3614.cmp.not, label %j42.exit, label %j42.body.epil, !llvm.loop !5

j42.exit:                                         ; preds = %j42.body.epil, %j42.exit.unr-lcssa
  %3106 = getelementptr inbounds float, ptr %3059, i64 %i62
  store float 0.000000e+00, ptr %3106, align 4
  %t5.next = add nuw nsw i64 %t5.addr.02710, 1
  %indvars.iv.next3023 = add nuw nsw i64 %indvars.iv3022, 3
  %indvars.iv.next3026 = add nuw nsw i64 %indvars.iv3025, 3
  %exitcond3028.not = icmp eq i64 %t5.next, 16
  br i1 %exitcond3028.not, label %i63.head.preheader, label %t5.body

p14.head.preheader:                               ; preds = %i63.head.preheader, %endif1641
  %i63.addr.02728 = phi i64 [ 0, %i63.head.preheader ], [ %i63.next, %endif1641 ]
  %3107 = shl nuw nsw i64 %i63.addr.02728, 7
  br label %p14.body

i63.exit:                                         ; preds = %endif1641
  %cc.next = add nuw nsw i64 %cc.addr.02729, 1
  %indvars.iv.next3014 = add i64 %indvars.iv3013, 16
  %exitcond3031.not = icmp eq i64 %cc.next, %smax3030
  br i1 %exitcond3031.not, label %j44.head.preheader, label %cc.body

p14.body:                                         ; preds = %p14.head.preheader, %p14.body
  %p14.addr.02727 = phi i64 [ 0, %p14.head.preheader ], [ %p14.next, %p14.body ]
  %acc143.02726 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3169, %p14.body ]
  %acc142.02725 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3168, %p14.body ]
  %acc141.02724 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3162, %p14.body ]
  %acc140.02723 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3161, %p14.body ]
  %acc139.02722 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3155, %p14.body ]
  %acc138.02721 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3154, %p14.body ]
  %acc137.02720 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3148, %p14.body ]
  %acc136.02719 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3147, %p14.body ]
  %acc135.02718 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3141, %p14.body ]
  %acc134.02717 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3140, %p14.body ]
  %acc133.02716 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3134, %p14.body ]
  %acc132.02715 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3133, %p14.body ]
  %acc131.02714 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3127, %p14.body ]
  %acc130.02713 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3126, %p14.body ]
  %acc129.02712 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3120, %p14.body ]
  %acc128.02711 = phi <16 x float> [ zeroinitializer, %p14.head.preheader ], [ %3119, %p14.body ]
  %3108 = shl nuw nsw i64 %p14.addr.02727, 5
  %3109 = getelementptr inbounds float, ptr %Bk, i64 %3108
  %3110 = load <16 x float>, ptr %3109, align 4
  %3111 = or disjoint i64 %3108, 16
  %3112 = getelementptr inbounds float, ptr %Bk, i64 %3111
  %3113 = load <16 x float>, ptr %3112, align 4
  %3114 = add nuw nsw i64 %p14.addr.02727, %3107
  %3115 = getelementptr inbounds float, ptr %Ak, i64 %3114
  %3116 = load float, ptr %3115, align 4
  %3117 = insertelement <16 x float> poison, float %3116, i64 0
  %3118 = shufflevector <16 x float> %3117, <16 x float> poison, <16 x i32> zeroinitializer
  %3119 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3118, <16 x float> %3110, <16 x float> %acc128.02711)
  %3120 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3118, <16 x float> %3113, <16 x float> %acc129.02712)
  %3121 = or disjoint i64 %3114, 128
  %3122 = getelementptr inbounds float, ptr %Ak, i64 %3121
  %3123 = load float, ptr %3122, align 4
  %3124 = insertelement <16 x float> poison, float %3123, i64 0
  %3125 = shufflevector <16 x float> %3124, <16 x float> poison, <16 x i32> zeroinitializer
  %3126 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3125, <16 x float> %3110, <16 x float> %acc130.02713)
  %3127 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3125, <16 x float> %3113, <16 x float> %acc131.02714)
  %3128 = or disjoint i64 %3114, 256
  %3129 = getelementptr inbounds float, ptr %Ak, i64 %3128
  %3130 = load float, ptr %3129, align 4
  %3131 = insertelement <16 x float> poison, float %3130, i64 0
  %3132 = shufflevector <16 x float> %3131, <16 x float> poison, <16 x i32> zeroinitializer
  %3133 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3132, <16 x float> %3110, <16 x float> %acc132.02715)
  %3134 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3132, <16 x float> %3113, <16 x float> %acc133.02716)
  %3135 = or disjoint i64 %3114, 384
  %3136 = getelementptr inbounds float, ptr %Ak, i64 %3135
  %3137 = load float, ptr %3136, align 4
  %3138 = insertelement <16 x float> poison, float %3137, i64 0
  %3139 = shufflevector <16 x float> %3138, <16 x float> poison, <16 x i32> zeroinitializer
  %3140 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3139, <16 x float> %3110, <16 x float> %acc134.02717)
  %3141 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3139, <16 x float> %3113, <16 x float> %acc135.02718)
  %3142 = or disjoint i64 %3114, 512
  %3143 = getelementptr inbounds float, ptr %Ak, i64 %3142
  %3144 = load float, ptr %3143, align 4
  %3145 = insertelement <16 x float> poison, float %3144, i64 0
  %3146 = shufflevector <16 x float> %3145, <16 x float> poison, <16 x i32> zeroinitializer
  %3147 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3146, <16 x float> %3110, <16 x float> %acc136.02719)
  %3148 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3146, <16 x float> %3113, <16 x float> %acc137.02720)
  %3149 = or disjoint i64 %3114, 640
  %3150 = getelementptr inbounds float, ptr %Ak, i64 %3149
  %3151 = load float, ptr %3150, align 4
  %3152 = insertelement <16 x float> poison, float %3151, i64 0
  %3153 = shufflevector <16 x float> %3152, <16 x float> poison, <16 x i32> zeroinitializer
  %3154 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3153, <16 x float> %3110, <16 x float> %acc138.02721)
  %3155 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3153, <16 x float> %3113, <16 x float> %acc139.02722)
  %3156 = or disjoint i64 %3114, 768
  %3157 = getelementptr inbounds float, ptr %Ak, i64 %3156
  %3158 = load float, ptr %3157, align 4
  %3159 = insertelement <16 x float> poison, float %3158, i64 0
  %3160 = shufflevector <16 x float> %3159, <16 x float> poison, <16 x i32> zeroinitializer
  %3161 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3160, <16 x float> %3110, <16 x float> %acc140.02723)
  %3162 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3160, <16 x float> %3113, <16 x float> %acc141.02724)
  %3163 = or disjoint i64 %3114, 896
  %3164 = getelementptr inbounds float, ptr %Ak, i64 %3163
  %3165 = load float, ptr %3164, align 4
  %3166 = insertelement <16 x float> poison, float %3165, i64 0
  %3167 = shufflevector <16 x float> %3166, <16 x float> poison, <16 x i32> zeroinitializer
  %3168 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3167, <16 x float> %3110, <16 x float> %acc142.02725)
  %3169 = tail call <16 x float> @llvm.fma.v16f32(<16 x float> %3167, <16 x float> %3113, <16 x float> %acc143.02726)
  %p14.next = add nuw nsw i64 %p14.addr.02727, 1
  %exitcond3029.not = icmp eq i64 %p14.next, 128
  br i1 %exitcond3029.not, label %p14.exit, label %p14.body

p14.exit:                                         ; preds = %p14.body
  %3170 = icmp slt i64 %i63.addr.02728, %2953
  br i1 %3170, label %then1579, label %endif1585

then1579:                                         ; preds = %p14.exit
  %3171 = add nsw i64 %i63.addr.02728, %2954
  %3172 = mul nsw i64 %3171, %sq
  %3173 = getelementptr inbounds float, ptr %kh1, i64 %3172
  store <16 x float> %3119, ptr %3173, align 4
  %3174 = or disjoint i64 %3172, 16
  %3175 = getelementptr inbounds float, ptr %kh1, i64 %3174
  store <16 x float> %3120, ptr %3175, align 4
  br label %endif1585

endif1585:                                        ; preds = %p14.exit, %then1579
  %3176 = or disjoint i64 %i63.addr.02728, 1
  %3177 = icmp slt i64 %3176, %2953
  br i1 %3177, label %then1587, label %endif1593

then1587:                                         ; preds = %endif1585
  %3178 = add nsw i64 %3176, %2954
  %3179 = mul nsw i64 %3178, %sq
  %3180 = getelementptr inbounds float, ptr %kh1, i64 %3179
  store <16 x float> %3126, ptr %3180, align 4
  %3181 = or disjoint i64 %3179, 16
  %3182 = getelementptr inbounds float, ptr %kh1, i64 %3181
  store <16 x float> %3127, ptr %3182, align 4
  br label %endif1593

endif1593:                                        ; preds = %endif1585, %then1587
  %3183 = or disjoint i64 %i63.addr.02728, 2
  %3184 = icmp slt i64 %3183, %2953
  br i1 %3184, label %then1595, label %endif1601

then1595:                                         ; preds = %endif1593
  %3185 = add nsw i64 %3183, %2954
  %3186 = mul nsw i64 %3185, %sq
  %3187 = getelementptr inbounds float, ptr %kh1, i64 %3186
  store <16 x float> %3133, ptr %3187, align 4
  %3188 = or disjoint i64 %3186, 16
  %3189 = getelementptr inbounds float, ptr %kh1, i64 %3188
  store <16 x float> %3134, ptr %3189, align 4
  br label %endif1601

endif1601:                                        ; preds = %endif1593, %then1595
  %3190 = or disjoint i64 %i63.addr.02728, 3
  %3191 = icmp slt i64 %3190, %2953
  br i1 %3191, label %then1603, label %endif1609

then1603:                                         ; preds = %endif1601
  %3192 = add nsw i64 %3190, %2954
  %3193 = mul nsw i64 %3192, %sq
  %3194 = getelementptr inbounds float, ptr %kh1, i64 %3193
  store <16 x float> %3140, ptr %3194, align 4
  %3195 = or disjoint i64 %3193, 16
  %3196 = getelementptr inbounds float, ptr %kh1, i64 %3195
  store <16 x float> %3141, ptr %3196, align 4
  br label %endif1609

endif1609:                                        ; preds = %endif1601, %then1603
  %3197 = or disjoint i64 %i63.addr.02728, 4
  %3198 = icmp slt i64 %3197, %2953
  br i1 %3198, label %then1611, label %endif1617

then1611:                                         ; preds = %endif1609
  %3199 = add nsw i64 %3197, %2954
  %3200 = mul nsw i64 %3199, %sq
  %3201 = getelementptr inbounds float, ptr %kh1, i64 %3200
  store <16 x float> %3147, ptr %3201, align 4
  %3202 = or disjoint i64 %3200, 16
  %3203 = getelementptr inbounds float, ptr %kh1, i64 %3202
  store <16 x float> %3148, ptr %3203, align 4
  br label %endif1617

endif1617:                                        ; preds = %endif1609, %then1611
  %3204 = or disjoint i64 %i63.addr.02728, 5
  %3205 = icmp slt i64 %3204, %2953
  br i1 %3205, label %then1619, label %endif1625

then1619:                                         ; preds = %endif1617
  %3206 = add nsw i64 %3204, %2954
  %3207 = mul nsw i64 %3206, %sq
  %3208 = getelementptr inbounds float, ptr %kh1, i64 %3207
  store <16 x float> %3154, ptr %3208, align 4
  %3209 = or disjoint i64 %3207, 16
  %3210 = getelementptr inbounds float, ptr %kh1, i64 %3209
  store <16 x float> %3155, ptr %3210, align 4
  br label %endif1625

endif1625:                                        ; preds = %endif1617, %then1619
  %3211 = or disjoint i64 %i63.addr.02728, 6
  %3212 = icmp slt i64 %3211, %2953
  br i1 %3212, label %then1627, label %endif1633

then1627:                                         ; preds = %endif1625
  %3213 = add nsw i64 %3211, %2954
  %3214 = mul nsw i64 %3213, %sq
  %3215 = getelementptr inbounds float, ptr %kh1, i64 %3214
  store <16 x float> %3161, ptr %3215, align 4
  %3216 = or disjoint i64 %3214, 16
  %3217 = getelementptr inbounds float, ptr %kh1, i64 %3216
  store <16 x float> %3162, ptr %3217, align 4
  br label %endif1633

endif1633:                                        ; preds = %endif1625, %then1627
  %3218 = or disjoint i64 %i63.addr.02728, 7
  %3219 = icmp slt i64 %3218, %2953
  br i1 %3219, label %then1635, label %endif1641

then1635:                                         ; preds = %endif1633
  %3220 = add nsw i64 %3218, %2954
  %3221 = mul nsw i64 %3220, %sq
  %3222 = getelementptr inbounds float, ptr %kh1, i64 %3221
  store <16 x float> %3168, ptr %3222, align 4
  %3223 = or disjoint i64 %3221, 16
  %3224 = getelementptr inbounds float, ptr %kh1, i64 %3223
  store <16 x float> %3169, ptr %3224, align 4
  br label %endif1641

endif1641:                                        ; preds = %endif1633, %then1635
  %i63.next = add nuw nsw i64 %i63.addr.02728, 8
  %3225 = icmp ult i64 %i63.addr.02728, 40
  br i1 %3225, label %p14.head.preheader, label %i63.exit

j44.head.preheader:                               ; preds = %bh.body, %i63.exit
  %3226 = getelementptr i8, ptr %dh0, i64 %127
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %3226, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033, i64 128, i1 false)
  %scevgep3032.1 = getelementptr i8, ptr %3226, i64 128
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.1, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.1, i64 128, i1 false)
  %scevgep3032.2 = getelementptr i8, ptr %3226, i64 256
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.2, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.2, i64 128, i1 false)
  %scevgep3032.3 = getelementptr i8, ptr %3226, i64 384
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.3, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.3, i64 128, i1 false)
  %scevgep3032.4 = getelementptr i8, ptr %3226, i64 512
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.4, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.4, i64 128, i1 false)
  %scevgep3032.5 = getelementptr i8, ptr %3226, i64 640
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.5, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.5, i64 128, i1 false)
  %scevgep3032.6 = getelementptr i8, ptr %3226, i64 768
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.6, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.6, i64 128, i1 false)
  %scevgep3032.7 = getelementptr i8, ptr %3226, i64 896
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.7, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.7, i64 128, i1 false)
  %scevgep3032.8 = getelementptr i8, ptr %3226, i64 1024
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.8, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.8, i64 128, i1 false)
  %scevgep3032.9 = getelementptr i8, ptr %3226, i64 1152
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.9, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.9, i64 128, i1 false)
  %scevgep3032.10 = getelementptr i8, ptr %3226, i64 1280
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.10, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.10, i64 128, i1 false)
  %scevgep3032.11 = getelementptr i8, ptr %3226, i64 1408
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.11, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.11, i64 128, i1 false)
  %scevgep3032.12 = getelementptr i8, ptr %3226, i64 1536
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.12, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.12, i64 128, i1 false)
  %scevgep3032.13 = getelementptr i8, ptr %3226, i64 1664
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.13, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.13, i64 128, i1 false)
  %scevgep3032.14 = getelementptr i8, ptr %3226, i64 1792
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.14, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.14, i64 128, i1 false)
  %scevgep3032.15 = getelementptr i8, ptr %3226, i64 1920
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.15, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.15, i64 128, i1 false)
  %scevgep3032.16 = getelementptr i8, ptr %3226, i64 2048
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.16, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.16, i64 128, i1 false)
  %scevgep3032.17 = getelementptr i8, ptr %3226, i64 2176
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.17, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.17, i64 128, i1 false)
  %scevgep3032.18 = getelementptr i8, ptr %3226, i64 2304
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.18, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.18, i64 128, i1 false)
  %scevgep3032.19 = getelementptr i8, ptr %3226, i64 2432
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.19, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.19, i64 128, i1 false)
  %scevgep3032.20 = getelementptr i8, ptr %3226, i64 2560
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.20, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.20, i64 128, i1 false)
  %scevgep3032.21 = getelementptr i8, ptr %3226, i64 2688
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.21, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.21, i64 128, i1 false)
  %scevgep3032.22 = getelementptr i8, ptr %3226, i64 2816
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.22, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.22, i64 128, i1 false)
  %scevgep3032.23 = getelementptr i8, ptr %3226, i64 2944
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.23, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.23, i64 128, i1 false)
  %scevgep3032.24 = getelementptr i8, ptr %3226, i64 3072
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.24, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.24, i64 128, i1 false)
  %scevgep3032.25 = getelementptr i8, ptr %3226, i64 3200
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.25, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.25, i64 128, i1 false)
  %scevgep3032.26 = getelementptr i8, ptr %3226, i64 3328
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.26, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.26, i64 128, i1 false)
  %scevgep3032.27 = getelementptr i8, ptr %3226, i64 3456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.27, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.27, i64 128, i1 false)
  %scevgep3032.28 = getelementptr i8, ptr %3226, i64 3584
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.28, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.28, i64 128, i1 false)
  %scevgep3032.29 = getelementptr i8, ptr %3226, i64 3712
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.29, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.29, i64 128, i1 false)
  %scevgep3032.30 = getelementptr i8, ptr %3226, i64 3840
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.30, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.30, i64 128, i1 false)
  %scevgep3032.31 = getelementptr i8, ptr %3226, i64 3968
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep3032.31, ptr noundef nonnull align 4 dereferenceable(128) %scevgep3033.31, i64 128, i1 false)
  %bh.next = add nsw i64 %bh.addr.02732, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond3035.not = icmp eq i64 %indvar.next, %23
  br i1 %exitcond3035.not, label %bh.exit, label %bh.body
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
!5 = distinct !{!5, !3}
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
