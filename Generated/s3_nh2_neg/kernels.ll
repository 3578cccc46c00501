; ---- dp_fwd_h2_k16_v16_r64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k16_v16_r64_nogate'
source_filename = "dp_fwd_h2_k16_v16_r64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k16_v16_r64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias nocapture %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 1
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = add nsw i64 %T, -1
  %5 = shl i64 %H, 5
  %6 = mul i64 %nc, %bh0
  %7 = shl i64 %nc, 10
  %smax = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %9 = getelementptr inbounds i8, ptr %work, i64 32
  %10 = getelementptr inbounds i8, ptr %work, i64 64
  %11 = getelementptr inbounds i8, ptr %work, i64 96
  %12 = getelementptr inbounds i8, ptr %work, i64 128
  %13 = getelementptr inbounds i8, ptr %work, i64 160
  %14 = getelementptr inbounds i8, ptr %work, i64 192
  %15 = getelementptr inbounds i8, ptr %work, i64 224
  %16 = getelementptr inbounds i8, ptr %work, i64 256
  %17 = getelementptr inbounds i8, ptr %work, i64 288
  %18 = getelementptr inbounds i8, ptr %work, i64 320
  %19 = getelementptr inbounds i8, ptr %work, i64 352
  %20 = getelementptr inbounds i8, ptr %work, i64 384
  %21 = getelementptr inbounds i8, ptr %work, i64 416
  %22 = getelementptr inbounds i8, ptr %work, i64 448
  %23 = getelementptr inbounds i8, ptr %work, i64 480
  %24 = getelementptr inbounds i8, ptr %work, i64 512
  %25 = getelementptr inbounds i8, ptr %work, i64 544
  %26 = getelementptr inbounds i8, ptr %work, i64 576
  %27 = getelementptr inbounds i8, ptr %work, i64 608
  %28 = getelementptr inbounds i8, ptr %work, i64 640
  %29 = getelementptr inbounds i8, ptr %work, i64 672
  %30 = getelementptr inbounds i8, ptr %work, i64 704
  %31 = getelementptr inbounds i8, ptr %work, i64 736
  %32 = getelementptr inbounds i8, ptr %work, i64 768
  %33 = getelementptr inbounds i8, ptr %work, i64 800
  %34 = getelementptr inbounds i8, ptr %work, i64 832
  %35 = getelementptr inbounds i8, ptr %work, i64 864
  %36 = getelementptr inbounds i8, ptr %work, i64 896
  %37 = getelementptr inbounds i8, ptr %work, i64 928
  %38 = getelementptr inbounds i8, ptr %work, i64 960
  %39 = getelementptr inbounds i8, ptr %work, i64 992
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i5.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i5.head.preheader ]
  %bh.addr.0116 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i5.head.preheader ]
  %40 = add i64 %indvar, %bh0
  %41 = shl i64 %40, 10
  %scevgep136 = getelementptr i8, ptr %hT, i64 %41
  %scevgep131 = getelementptr i8, ptr %h0, i64 %41
  %b = sdiv i64 %bh.addr.0116, %H
  %h = srem i64 %bh.addr.0116, %H
  %42 = mul nsw i64 %b, %T
  %43 = mul nsw i64 %42, %H
  %bT = add nsw i64 %43, %h
  %44 = mul i64 %1, %42
  %bTn = add nsw i64 %44, %h
  %45 = shl nsw i64 %bT, 4
  %46 = shl nsw i64 %bTn, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %46
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep131, i64 1024, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %45
  %vh = getelementptr inbounds float, ptr %v, i64 %46
  %oh = getelementptr inbounds float, ptr %o, i64 %45
  br i1 %3, label %i1.head.preheader.lr.ph, label %i5.head.preheader

bh.exit:                                          ; preds = %i5.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %47 = mul i64 %7, %indvar
  %invariant.gep143 = getelementptr i8, ptr %hs, i64 %47
  br label %i1.head.preheader

i5.head.preheader:                                ; preds = %t.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep136, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %bh.next = add nsw i64 %bh.addr.0116, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond137.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond137.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %t.exit
  %ci.addr.0113 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %t.exit ]
  %48 = add i64 %6, %ci.addr.0113
  %49 = shl i64 %48, 10
  %gep144 = getelementptr i8, ptr %invariant.gep143, i64 %49
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %gep144, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %t0 = shl nsw i64 %ci.addr.0113, 6
  %50 = add nuw nsw i64 %t0, 64
  %t1 = tail call i64 @llvm.smin.i64(i64 %50, i64 %T)
  %51 = icmp slt i64 %t0, %T
  br i1 %51, label %t.body.preheader, label %t.exit

t.body.preheader:                                 ; preds = %i1.head.preheader
  %52 = shl nsw i64 %ci.addr.0113, 7
  %53 = mul nsw i64 %52, %H
  %54 = getelementptr inbounds float, ptr %betah, i64 %53
  %55 = load float, ptr %54, align 4
  %56 = insertelement <8 x float> poison, float %55, i64 0
  %57 = shufflevector <8 x float> %56, <8 x float> poison, <8 x i32> zeroinitializer
  %58 = mul nsw i64 %52, %sq
  %59 = or disjoint i64 %58, 8
  %60 = getelementptr inbounds float, ptr %vh, i64 %59
  %61 = load <8 x float>, ptr %60, align 4
  %62 = or disjoint i64 %58, 15
  %63 = getelementptr inbounds float, ptr %kh, i64 %62
  %64 = load float, ptr %63, align 4
  %65 = insertelement <8 x float> poison, float %64, i64 0
  %66 = shufflevector <8 x float> %65, <8 x float> poison, <8 x i32> zeroinitializer
  %67 = load <8 x float>, ptr %39, align 4
  %68 = or disjoint i64 %58, 13
  %69 = getelementptr inbounds float, ptr %kh, i64 %68
  %70 = load float, ptr %69, align 4
  %71 = insertelement <8 x float> poison, float %70, i64 0
  %72 = shufflevector <8 x float> %71, <8 x float> poison, <8 x i32> zeroinitializer
  %73 = load <8 x float>, ptr %35, align 4
  %74 = or disjoint i64 %58, 11
  %75 = getelementptr inbounds float, ptr %kh, i64 %74
  %76 = load float, ptr %75, align 4
  %77 = insertelement <8 x float> poison, float %76, i64 0
  %78 = shufflevector <8 x float> %77, <8 x float> poison, <8 x i32> zeroinitializer
  %79 = load <8 x float>, ptr %31, align 4
  %80 = or disjoint i64 %58, 9
  %81 = getelementptr inbounds float, ptr %kh, i64 %80
  %82 = load float, ptr %81, align 4
  %83 = insertelement <8 x float> poison, float %82, i64 0
  %84 = shufflevector <8 x float> %83, <8 x float> poison, <8 x i32> zeroinitializer
  %85 = load <8 x float>, ptr %27, align 4
  %86 = or disjoint i64 %58, 7
  %87 = getelementptr inbounds float, ptr %kh, i64 %86
  %88 = load float, ptr %87, align 4
  %89 = insertelement <8 x float> poison, float %88, i64 0
  %90 = shufflevector <8 x float> %89, <8 x float> poison, <8 x i32> zeroinitializer
  %91 = load <8 x float>, ptr %23, align 4
  %92 = or disjoint i64 %58, 5
  %93 = getelementptr inbounds float, ptr %kh, i64 %92
  %94 = load float, ptr %93, align 4
  %95 = insertelement <8 x float> poison, float %94, i64 0
  %96 = shufflevector <8 x float> %95, <8 x float> poison, <8 x i32> zeroinitializer
  %97 = load <8 x float>, ptr %19, align 4
  %98 = or disjoint i64 %58, 3
  %99 = getelementptr inbounds float, ptr %kh, i64 %98
  %100 = load float, ptr %99, align 4
  %101 = insertelement <8 x float> poison, float %100, i64 0
  %102 = shufflevector <8 x float> %101, <8 x float> poison, <8 x i32> zeroinitializer
  %103 = load <8 x float>, ptr %15, align 4
  %104 = or disjoint i64 %58, 1
  %105 = getelementptr inbounds float, ptr %kh, i64 %104
  %106 = load float, ptr %105, align 4
  %107 = insertelement <8 x float> poison, float %106, i64 0
  %108 = shufflevector <8 x float> %107, <8 x float> poison, <8 x i32> zeroinitializer
  %109 = load <8 x float>, ptr %11, align 4
  %110 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %109, <8 x float> zeroinitializer)
  %111 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %102, <8 x float> %103, <8 x float> %110)
  %112 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %96, <8 x float> %97, <8 x float> %111)
  %113 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %90, <8 x float> %91, <8 x float> %112)
  %114 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %84, <8 x float> %85, <8 x float> %113)
  %115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %78, <8 x float> %79, <8 x float> %114)
  %116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %73, <8 x float> %115)
  %117 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %66, <8 x float> %67, <8 x float> %116)
  %118 = or disjoint i64 %58, 14
  %119 = getelementptr inbounds float, ptr %kh, i64 %118
  %120 = load float, ptr %119, align 4
  %121 = insertelement <8 x float> poison, float %120, i64 0
  %122 = shufflevector <8 x float> %121, <8 x float> poison, <8 x i32> zeroinitializer
  %123 = load <8 x float>, ptr %37, align 4
  %124 = or disjoint i64 %58, 12
  %125 = getelementptr inbounds float, ptr %kh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %126, i64 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = load <8 x float>, ptr %33, align 4
  %130 = or disjoint i64 %58, 10
  %131 = getelementptr inbounds float, ptr %kh, i64 %130
  %132 = load float, ptr %131, align 4
  %133 = insertelement <8 x float> poison, float %132, i64 0
  %134 = shufflevector <8 x float> %133, <8 x float> poison, <8 x i32> zeroinitializer
  %135 = load <8 x float>, ptr %29, align 4
  %136 = getelementptr inbounds float, ptr %kh, i64 %59
  %137 = load float, ptr %136, align 4
  %138 = insertelement <8 x float> poison, float %137, i64 0
  %139 = shufflevector <8 x float> %138, <8 x float> poison, <8 x i32> zeroinitializer
  %140 = load <8 x float>, ptr %25, align 4
  %141 = or disjoint i64 %58, 6
  %142 = getelementptr inbounds float, ptr %kh, i64 %141
  %143 = load float, ptr %142, align 4
  %144 = insertelement <8 x float> poison, float %143, i64 0
  %145 = shufflevector <8 x float> %144, <8 x float> poison, <8 x i32> zeroinitializer
  %146 = load <8 x float>, ptr %21, align 4
  %147 = or disjoint i64 %58, 4
  %148 = getelementptr inbounds float, ptr %kh, i64 %147
  %149 = load float, ptr %148, align 4
  %150 = insertelement <8 x float> poison, float %149, i64 0
  %151 = shufflevector <8 x float> %150, <8 x float> poison, <8 x i32> zeroinitializer
  %152 = load <8 x float>, ptr %17, align 4
  %153 = or disjoint i64 %58, 2
  %154 = getelementptr inbounds float, ptr %kh, i64 %153
  %155 = load float, ptr %154, align 4
  %156 = insertelement <8 x float> poison, float %155, i64 0
  %157 = shufflevector <8 x float> %156, <8 x float> poison, <8 x i32> zeroinitializer
  %158 = load <8 x float>, ptr %13, align 4
  %159 = getelementptr inbounds float, ptr %kh, i64 %58
  %160 = load float, ptr %159, align 4
  %161 = insertelement <8 x float> poison, float %160, i64 0
  %162 = shufflevector <8 x float> %161, <8 x float> poison, <8 x i32> zeroinitializer
  %163 = load <8 x float>, ptr %9, align 4
  %164 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %163, <8 x float> zeroinitializer)
  %165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %157, <8 x float> %158, <8 x float> %164)
  %166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %151, <8 x float> %152, <8 x float> %165)
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %146, <8 x float> %166)
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> %140, <8 x float> %167)
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %135, <8 x float> %168)
  %170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %129, <8 x float> %169)
  %171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %123, <8 x float> %170)
  %172 = fadd <8 x float> %117, %171
  %173 = fsub <8 x float> %61, %172
  %174 = fmul <8 x float> %57, %173
  %175 = getelementptr inbounds float, ptr %vh, i64 %58
  %176 = load <8 x float>, ptr %175, align 4
  %177 = load <8 x float>, ptr %38, align 4
  %178 = load <8 x float>, ptr %34, align 4
  %179 = load <8 x float>, ptr %30, align 4
  %180 = load <8 x float>, ptr %26, align 4
  %181 = load <8 x float>, ptr %22, align 4
  %182 = load <8 x float>, ptr %18, align 4
  %183 = load <8 x float>, ptr %14, align 4
  %184 = load <8 x float>, ptr %10, align 4
  %185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %108, <8 x float> %184, <8 x float> zeroinitializer)
  %186 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %102, <8 x float> %183, <8 x float> %185)
  %187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %96, <8 x float> %182, <8 x float> %186)
  %188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %90, <8 x float> %181, <8 x float> %187)
  %189 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %84, <8 x float> %180, <8 x float> %188)
  %190 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %78, <8 x float> %179, <8 x float> %189)
  %191 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %72, <8 x float> %178, <8 x float> %190)
  %192 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %66, <8 x float> %177, <8 x float> %191)
  %193 = load <8 x float>, ptr %36, align 4
  %194 = load <8 x float>, ptr %32, align 4
  %195 = load <8 x float>, ptr %28, align 4
  %196 = load <8 x float>, ptr %24, align 4
  %197 = load <8 x float>, ptr %20, align 4
  %198 = load <8 x float>, ptr %16, align 4
  %199 = load <8 x float>, ptr %12, align 4
  %200 = load <8 x float>, ptr %work, align 4
  %201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %200, <8 x float> zeroinitializer)
  %202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %157, <8 x float> %199, <8 x float> %201)
  %203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %151, <8 x float> %198, <8 x float> %202)
  %204 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %197, <8 x float> %203)
  %205 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %139, <8 x float> %196, <8 x float> %204)
  %206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %195, <8 x float> %205)
  %207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %194, <8 x float> %206)
  %208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %193, <8 x float> %207)
  %209 = fadd <8 x float> %192, %208
  %210 = fsub <8 x float> %176, %209
  %211 = fmul <8 x float> %57, %210
  br label %t.body

t.body:                                           ; preds = %t.body.preheader, %i4.exit
  %delta.0112 = phi <8 x float> [ %592, %i4.exit ], [ %211, %t.body.preheader ]
  %delta1.0111 = phi <8 x float> [ %600, %i4.exit ], [ %174, %t.body.preheader ]
  %t.addr.0110 = phi i64 [ %212, %i4.exit ], [ %t0, %t.body.preheader ]
  %212 = add nuw nsw i64 %t.addr.0110, 1
  %213 = shl nuw nsw i64 %t.addr.0110, 1
  %214 = mul nsw i64 %213, %sq
  %215 = or disjoint i64 %213, 1
  %216 = mul nsw i64 %215, %sq
  %217 = getelementptr inbounds float, ptr %kh, i64 %214
  %218 = load float, ptr %217, align 4
  %219 = getelementptr inbounds float, ptr %kh, i64 %216
  %220 = load float, ptr %219, align 4
  %221 = insertelement <8 x float> poison, float %218, i64 0
  %222 = shufflevector <8 x float> %221, <8 x float> poison, <8 x i32> zeroinitializer
  %223 = load <8 x float>, ptr %work, align 4
  %224 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %delta.0112, <8 x float> %223)
  store <8 x float> %224, ptr %work, align 4
  %225 = insertelement <8 x float> poison, float %220, i64 0
  %226 = shufflevector <8 x float> %225, <8 x float> poison, <8 x i32> zeroinitializer
  %227 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %224, <8 x float> zeroinitializer)
  %228 = load <8 x float>, ptr %9, align 4
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %delta1.0111, <8 x float> %228)
  store <8 x float> %229, ptr %9, align 4
  %230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %226, <8 x float> %229, <8 x float> zeroinitializer)
  %231 = or disjoint i64 %214, 1
  %232 = getelementptr inbounds float, ptr %kh, i64 %231
  %233 = load float, ptr %232, align 4
  %234 = or disjoint i64 %216, 1
  %235 = getelementptr inbounds float, ptr %kh, i64 %234
  %236 = load float, ptr %235, align 4
  %237 = insertelement <8 x float> poison, float %233, i64 0
  %238 = shufflevector <8 x float> %237, <8 x float> poison, <8 x i32> zeroinitializer
  %239 = load <8 x float>, ptr %10, align 4
  %240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %delta.0112, <8 x float> %239)
  store <8 x float> %240, ptr %10, align 4
  %241 = insertelement <8 x float> poison, float %236, i64 0
  %242 = shufflevector <8 x float> %241, <8 x float> poison, <8 x i32> zeroinitializer
  %243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %240, <8 x float> zeroinitializer)
  %244 = load <8 x float>, ptr %11, align 4
  %245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %delta1.0111, <8 x float> %244)
  store <8 x float> %245, ptr %11, align 4
  %246 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %242, <8 x float> %245, <8 x float> zeroinitializer)
  %247 = or disjoint i64 %214, 2
  %248 = getelementptr inbounds float, ptr %kh, i64 %247
  %249 = load float, ptr %248, align 4
  %250 = or disjoint i64 %216, 2
  %251 = getelementptr inbounds float, ptr %kh, i64 %250
  %252 = load float, ptr %251, align 4
  %253 = insertelement <8 x float> poison, float %249, i64 0
  %254 = shufflevector <8 x float> %253, <8 x float> poison, <8 x i32> zeroinitializer
  %255 = load <8 x float>, ptr %12, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %delta.0112, <8 x float> %255)
  store <8 x float> %256, ptr %12, align 4
  %257 = insertelement <8 x float> poison, float %252, i64 0
  %258 = shufflevector <8 x float> %257, <8 x float> poison, <8 x i32> zeroinitializer
  %259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %256, <8 x float> %227)
  %260 = load <8 x float>, ptr %13, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %delta1.0111, <8 x float> %260)
  store <8 x float> %261, ptr %13, align 4
  %262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %258, <8 x float> %261, <8 x float> %230)
  %263 = or disjoint i64 %214, 3
  %264 = getelementptr inbounds float, ptr %kh, i64 %263
  %265 = load float, ptr %264, align 4
  %266 = or disjoint i64 %216, 3
  %267 = getelementptr inbounds float, ptr %kh, i64 %266
  %268 = load float, ptr %267, align 4
  %269 = insertelement <8 x float> poison, float %265, i64 0
  %270 = shufflevector <8 x float> %269, <8 x float> poison, <8 x i32> zeroinitializer
  %271 = load <8 x float>, ptr %14, align 4
  %272 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %delta.0112, <8 x float> %271)
  store <8 x float> %272, ptr %14, align 4
  %273 = insertelement <8 x float> poison, float %268, i64 0
  %274 = shufflevector <8 x float> %273, <8 x float> poison, <8 x i32> zeroinitializer
  %275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %272, <8 x float> %243)
  %276 = load <8 x float>, ptr %15, align 4
  %277 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %delta1.0111, <8 x float> %276)
  store <8 x float> %277, ptr %15, align 4
  %278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %274, <8 x float> %277, <8 x float> %246)
  %279 = or disjoint i64 %214, 4
  %280 = getelementptr inbounds float, ptr %kh, i64 %279
  %281 = load float, ptr %280, align 4
  %282 = or disjoint i64 %216, 4
  %283 = getelementptr inbounds float, ptr %kh, i64 %282
  %284 = load float, ptr %283, align 4
  %285 = insertelement <8 x float> poison, float %281, i64 0
  %286 = shufflevector <8 x float> %285, <8 x float> poison, <8 x i32> zeroinitializer
  %287 = load <8 x float>, ptr %16, align 4
  %288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %delta.0112, <8 x float> %287)
  store <8 x float> %288, ptr %16, align 4
  %289 = insertelement <8 x float> poison, float %284, i64 0
  %290 = shufflevector <8 x float> %289, <8 x float> poison, <8 x i32> zeroinitializer
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %288, <8 x float> %259)
  %292 = load <8 x float>, ptr %17, align 4
  %293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %delta1.0111, <8 x float> %292)
  store <8 x float> %293, ptr %17, align 4
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %293, <8 x float> %262)
  %295 = or disjoint i64 %214, 5
  %296 = getelementptr inbounds float, ptr %kh, i64 %295
  %297 = load float, ptr %296, align 4
  %298 = or disjoint i64 %216, 5
  %299 = getelementptr inbounds float, ptr %kh, i64 %298
  %300 = load float, ptr %299, align 4
  %301 = insertelement <8 x float> poison, float %297, i64 0
  %302 = shufflevector <8 x float> %301, <8 x float> poison, <8 x i32> zeroinitializer
  %303 = load <8 x float>, ptr %18, align 4
  %304 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %delta.0112, <8 x float> %303)
  store <8 x float> %304, ptr %18, align 4
  %305 = insertelement <8 x float> poison, float %300, i64 0
  %306 = shufflevector <8 x float> %305, <8 x float> poison, <8 x i32> zeroinitializer
  %307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %304, <8 x float> %275)
  %308 = load <8 x float>, ptr %19, align 4
  %309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %302, <8 x float> %delta1.0111, <8 x float> %308)
  store <8 x float> %309, ptr %19, align 4
  %310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %306, <8 x float> %309, <8 x float> %278)
  %311 = or disjoint i64 %214, 6
  %312 = getelementptr inbounds float, ptr %kh, i64 %311
  %313 = load float, ptr %312, align 4
  %314 = or disjoint i64 %216, 6
  %315 = getelementptr inbounds float, ptr %kh, i64 %314
  %316 = load float, ptr %315, align 4
  %317 = insertelement <8 x float> poison, float %313, i64 0
  %318 = shufflevector <8 x float> %317, <8 x float> poison, <8 x i32> zeroinitializer
  %319 = load <8 x float>, ptr %20, align 4
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %delta.0112, <8 x float> %319)
  store <8 x float> %320, ptr %20, align 4
  %321 = insertelement <8 x float> poison, float %316, i64 0
  %322 = shufflevector <8 x float> %321, <8 x float> poison, <8 x i32> zeroinitializer
  %323 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %320, <8 x float> %291)
  %324 = load <8 x float>, ptr %21, align 4
  %325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %318, <8 x float> %delta1.0111, <8 x float> %324)
  store <8 x float> %325, ptr %21, align 4
  %326 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %322, <8 x float> %325, <8 x float> %294)
  %327 = or disjoint i64 %214, 7
  %328 = getelementptr inbounds float, ptr %kh, i64 %327
  %329 = load float, ptr %328, align 4
  %330 = or disjoint i64 %216, 7
  %331 = getelementptr inbounds float, ptr %kh, i64 %330
  %332 = load float, ptr %331, align 4
  %333 = insertelement <8 x float> poison, float %329, i64 0
  %334 = shufflevector <8 x float> %333, <8 x float> poison, <8 x i32> zeroinitializer
  %335 = load <8 x float>, ptr %22, align 4
  %336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %delta.0112, <8 x float> %335)
  store <8 x float> %336, ptr %22, align 4
  %337 = insertelement <8 x float> poison, float %332, i64 0
  %338 = shufflevector <8 x float> %337, <8 x float> poison, <8 x i32> zeroinitializer
  %339 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %336, <8 x float> %307)
  %340 = load <8 x float>, ptr %23, align 4
  %341 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %delta1.0111, <8 x float> %340)
  store <8 x float> %341, ptr %23, align 4
  %342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %341, <8 x float> %310)
  %343 = or disjoint i64 %214, 8
  %344 = getelementptr inbounds float, ptr %kh, i64 %343
  %345 = load float, ptr %344, align 4
  %346 = or disjoint i64 %216, 8
  %347 = getelementptr inbounds float, ptr %kh, i64 %346
  %348 = load float, ptr %347, align 4
  %349 = insertelement <8 x float> poison, float %345, i64 0
  %350 = shufflevector <8 x float> %349, <8 x float> poison, <8 x i32> zeroinitializer
  %351 = load <8 x float>, ptr %24, align 4
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %delta.0112, <8 x float> %351)
  store <8 x float> %352, ptr %24, align 4
  %353 = insertelement <8 x float> poison, float %348, i64 0
  %354 = shufflevector <8 x float> %353, <8 x float> poison, <8 x i32> zeroinitializer
  %355 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %352, <8 x float> %323)
  %356 = load <8 x float>, ptr %25, align 4
  %357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %350, <8 x float> %delta1.0111, <8 x float> %356)
  store <8 x float> %357, ptr %25, align 4
  %358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %354, <8 x float> %357, <8 x float> %326)
  %359 = or disjoint i64 %214, 9
  %360 = getelementptr inbounds float, ptr %kh, i64 %359
  %361 = load float, ptr %360, align 4
  %362 = or disjoint i64 %216, 9
  %363 = getelementptr inbounds float, ptr %kh, i64 %362
  %364 = load float, ptr %363, align 4
  %365 = insertelement <8 x float> poison, float %361, i64 0
  %366 = shufflevector <8 x float> %365, <8 x float> poison, <8 x i32> zeroinitializer
  %367 = load <8 x float>, ptr %26, align 4
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %delta.0112, <8 x float> %367)
  store <8 x float> %368, ptr %26, align 4
  %369 = insertelement <8 x float> poison, float %364, i64 0
  %370 = shufflevector <8 x float> %369, <8 x float> poison, <8 x i32> zeroinitializer
  %371 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %368, <8 x float> %339)
  %372 = load <8 x float>, ptr %27, align 4
  %373 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %366, <8 x float> %delta1.0111, <8 x float> %372)
  store <8 x float> %373, ptr %27, align 4
  %374 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %370, <8 x float> %373, <8 x float> %342)
  %375 = or disjoint i64 %214, 10
  %376 = getelementptr inbounds float, ptr %kh, i64 %375
  %377 = load float, ptr %376, align 4
  %378 = or disjoint i64 %216, 10
  %379 = getelementptr inbounds float, ptr %kh, i64 %378
  %380 = load float, ptr %379, align 4
  %381 = insertelement <8 x float> poison, float %377, i64 0
  %382 = shufflevector <8 x float> %381, <8 x float> poison, <8 x i32> zeroinitializer
  %383 = load <8 x float>, ptr %28, align 4
  %384 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %delta.0112, <8 x float> %383)
  store <8 x float> %384, ptr %28, align 4
  %385 = insertelement <8 x float> poison, float %380, i64 0
  %386 = shufflevector <8 x float> %385, <8 x float> poison, <8 x i32> zeroinitializer
  %387 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %384, <8 x float> %355)
  %388 = load <8 x float>, ptr %29, align 4
  %389 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %382, <8 x float> %delta1.0111, <8 x float> %388)
  store <8 x float> %389, ptr %29, align 4
  %390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %389, <8 x float> %358)
  %391 = or disjoint i64 %214, 11
  %392 = getelementptr inbounds float, ptr %kh, i64 %391
  %393 = load float, ptr %392, align 4
  %394 = or disjoint i64 %216, 11
  %395 = getelementptr inbounds float, ptr %kh, i64 %394
  %396 = load float, ptr %395, align 4
  %397 = insertelement <8 x float> poison, float %393, i64 0
  %398 = shufflevector <8 x float> %397, <8 x float> poison, <8 x i32> zeroinitializer
  %399 = load <8 x float>, ptr %30, align 4
  %400 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %delta.0112, <8 x float> %399)
  store <8 x float> %400, ptr %30, align 4
  %401 = insertelement <8 x float> poison, float %396, i64 0
  %402 = shufflevector <8 x float> %401, <8 x float> poison, <8 x i32> zeroinitializer
  %403 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> %400, <8 x float> %371)
  %404 = load <8 x float>, ptr %31, align 4
  %405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %398, <8 x float> %delta1.0111, <8 x float> %404)
  store <8 x float> %405, ptr %31, align 4
  %406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> %405, <8 x float> %374)
  %407 = or disjoint i64 %214, 12
  %408 = getelementptr inbounds float, ptr %kh, i64 %407
  %409 = load float, ptr %408, align 4
  %410 = or disjoint i64 %216, 12
  %411 = getelementptr inbounds float, ptr %kh, i64 %410
  %412 = load float, ptr %411, align 4
  %413 = insertelement <8 x float> poison, float %409, i64 0
  %414 = shufflevector <8 x float> %413, <8 x float> poison, <8 x i32> zeroinitializer
  %415 = load <8 x float>, ptr %32, align 4
  %416 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %414, <8 x float> %delta.0112, <8 x float> %415)
  store <8 x float> %416, ptr %32, align 4
  %417 = insertelement <8 x float> poison, float %412, i64 0
  %418 = shufflevector <8 x float> %417, <8 x float> poison, <8 x i32> zeroinitializer
  %419 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %416, <8 x float> %387)
  %420 = load <8 x float>, ptr %33, align 4
  %421 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %414, <8 x float> %delta1.0111, <8 x float> %420)
  store <8 x float> %421, ptr %33, align 4
  %422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %421, <8 x float> %390)
  %423 = or disjoint i64 %214, 13
  %424 = getelementptr inbounds float, ptr %kh, i64 %423
  %425 = load float, ptr %424, align 4
  %426 = or disjoint i64 %216, 13
  %427 = getelementptr inbounds float, ptr %kh, i64 %426
  %428 = load float, ptr %427, align 4
  %429 = insertelement <8 x float> poison, float %425, i64 0
  %430 = shufflevector <8 x float> %429, <8 x float> poison, <8 x i32> zeroinitializer
  %431 = load <8 x float>, ptr %34, align 4
  %432 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %delta.0112, <8 x float> %431)
  store <8 x float> %432, ptr %34, align 4
  %433 = insertelement <8 x float> poison, float %428, i64 0
  %434 = shufflevector <8 x float> %433, <8 x float> poison, <8 x i32> zeroinitializer
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %432, <8 x float> %403)
  %436 = load <8 x float>, ptr %35, align 4
  %437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %430, <8 x float> %delta1.0111, <8 x float> %436)
  store <8 x float> %437, ptr %35, align 4
  %438 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %434, <8 x float> %437, <8 x float> %406)
  %439 = or disjoint i64 %214, 14
  %440 = getelementptr inbounds float, ptr %kh, i64 %439
  %441 = load float, ptr %440, align 4
  %442 = or disjoint i64 %216, 14
  %443 = getelementptr inbounds float, ptr %kh, i64 %442
  %444 = load float, ptr %443, align 4
  %445 = insertelement <8 x float> poison, float %441, i64 0
  %446 = shufflevector <8 x float> %445, <8 x float> poison, <8 x i32> zeroinitializer
  %447 = load <8 x float>, ptr %36, align 4
  %448 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %delta.0112, <8 x float> %447)
  store <8 x float> %448, ptr %36, align 4
  %449 = insertelement <8 x float> poison, float %444, i64 0
  %450 = shufflevector <8 x float> %449, <8 x float> poison, <8 x i32> zeroinitializer
  %451 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %448, <8 x float> %419)
  %452 = load <8 x float>, ptr %37, align 4
  %453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %delta1.0111, <8 x float> %452)
  store <8 x float> %453, ptr %37, align 4
  %454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %450, <8 x float> %453, <8 x float> %422)
  %455 = or disjoint i64 %214, 15
  %456 = getelementptr inbounds float, ptr %kh, i64 %455
  %457 = load float, ptr %456, align 4
  %458 = or disjoint i64 %216, 15
  %459 = getelementptr inbounds float, ptr %kh, i64 %458
  %460 = load float, ptr %459, align 4
  %461 = insertelement <8 x float> poison, float %457, i64 0
  %462 = shufflevector <8 x float> %461, <8 x float> poison, <8 x i32> zeroinitializer
  %463 = load <8 x float>, ptr %38, align 4
  %464 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %delta.0112, <8 x float> %463)
  store <8 x float> %464, ptr %38, align 4
  %465 = insertelement <8 x float> poison, float %460, i64 0
  %466 = shufflevector <8 x float> %465, <8 x float> poison, <8 x i32> zeroinitializer
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %464, <8 x float> %435)
  %468 = load <8 x float>, ptr %39, align 4
  %469 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %delta1.0111, <8 x float> %468)
  store <8 x float> %469, ptr %39, align 4
  %470 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %469, <8 x float> %438)
  %tn = tail call i64 @llvm.smin.i64(i64 %212, i64 %4)
  %471 = mul nsw i64 %215, %H
  %472 = getelementptr inbounds float, ptr %betah, i64 %471
  %473 = load float, ptr %472, align 4
  %474 = getelementptr inbounds float, ptr %vh, i64 %216
  %475 = load <8 x float>, ptr %474, align 4
  %476 = fadd <8 x float> %451, %467
  %477 = fsub <8 x float> %475, %476
  %478 = insertelement <8 x float> poison, float %473, i64 0
  %479 = shufflevector <8 x float> %478, <8 x float> poison, <8 x i32> zeroinitializer
  %480 = fmul <8 x float> %479, %477
  %481 = getelementptr inbounds float, ptr %vh, i64 %346
  %482 = load <8 x float>, ptr %481, align 4
  %483 = fadd <8 x float> %454, %470
  %484 = fsub <8 x float> %482, %483
  %485 = fmul <8 x float> %479, %484
  %486 = mul nsw i64 %t.addr.0110, %sq
  %487 = mul i64 %5, %tn
  %invariant.gep = getelementptr float, ptr %qh, i64 %486
  %invariant.gep141 = getelementptr float, ptr %kh, i64 %487
  br label %i4.body

t.exit:                                           ; preds = %i4.exit, %i1.head.preheader
  %ci.next = add nuw nsw i64 %ci.addr.0113, 1
  %exitcond134.not = icmp eq i64 %ci.next, %smax
  br i1 %exitcond134.not, label %i5.head.preheader, label %i1.head.preheader

i4.body:                                          ; preds = %i4.body, %t.body
  %i4.addr.0109 = phi i64 [ 0, %t.body ], [ %i4.next.3, %i4.body ]
  %acc11.0108 = phi <8 x float> [ zeroinitializer, %t.body ], [ %579, %i4.body ]
  %acc10.0107 = phi <8 x float> [ zeroinitializer, %t.body ], [ %573, %i4.body ]
  %acc9.0106 = phi <8 x float> [ zeroinitializer, %t.body ], [ %578, %i4.body ]
  %acc8.0105 = phi <8 x float> [ zeroinitializer, %t.body ], [ %570, %i4.body ]
  %488 = or disjoint i64 %i4.addr.0109, %216
  %489 = getelementptr inbounds float, ptr %kh, i64 %488
  %490 = load float, ptr %489, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0109
  %491 = load float, ptr %gep, align 4
  %gep142 = getelementptr float, ptr %invariant.gep141, i64 %i4.addr.0109
  %492 = load float, ptr %gep142, align 4
  %493 = insertelement <8 x float> poison, float %490, i64 0
  %494 = shufflevector <8 x float> %493, <8 x float> poison, <8 x i32> zeroinitializer
  %495 = shl nuw nsw i64 %i4.addr.0109, 4
  %496 = getelementptr inbounds float, ptr %work, i64 %495
  %497 = load <8 x float>, ptr %496, align 4
  %498 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %480, <8 x float> %497)
  store <8 x float> %498, ptr %496, align 4
  %499 = insertelement <8 x float> poison, float %491, i64 0
  %500 = shufflevector <8 x float> %499, <8 x float> poison, <8 x i32> zeroinitializer
  %501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %500, <8 x float> %498, <8 x float> %acc8.0105)
  %502 = insertelement <8 x float> poison, float %492, i64 0
  %503 = shufflevector <8 x float> %502, <8 x float> poison, <8 x i32> zeroinitializer
  %504 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %498, <8 x float> %acc10.0107)
  %505 = or disjoint i64 %495, 8
  %506 = getelementptr inbounds float, ptr %work, i64 %505
  %507 = load <8 x float>, ptr %506, align 4
  %508 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %485, <8 x float> %507)
  store <8 x float> %508, ptr %506, align 4
  %509 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %500, <8 x float> %508, <8 x float> %acc9.0106)
  %510 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %508, <8 x float> %acc11.0108)
  %i4.next = or disjoint i64 %i4.addr.0109, 1
  %511 = or disjoint i64 %i4.next, %216
  %512 = getelementptr inbounds float, ptr %kh, i64 %511
  %513 = load float, ptr %512, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %514 = load float, ptr %gep.1, align 4
  %gep142.1 = getelementptr float, ptr %invariant.gep141, i64 %i4.next
  %515 = load float, ptr %gep142.1, align 4
  %516 = insertelement <8 x float> poison, float %513, i64 0
  %517 = shufflevector <8 x float> %516, <8 x float> poison, <8 x i32> zeroinitializer
  %518 = shl nuw nsw i64 %i4.next, 4
  %519 = getelementptr inbounds float, ptr %work, i64 %518
  %520 = load <8 x float>, ptr %519, align 4
  %521 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %480, <8 x float> %520)
  store <8 x float> %521, ptr %519, align 4
  %522 = insertelement <8 x float> poison, float %514, i64 0
  %523 = shufflevector <8 x float> %522, <8 x float> poison, <8 x i32> zeroinitializer
  %524 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %521, <8 x float> %501)
  %525 = insertelement <8 x float> poison, float %515, i64 0
  %526 = shufflevector <8 x float> %525, <8 x float> poison, <8 x i32> zeroinitializer
  %527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %526, <8 x float> %521, <8 x float> %504)
  %528 = or disjoint i64 %518, 8
  %529 = getelementptr inbounds float, ptr %work, i64 %528
  %530 = load <8 x float>, ptr %529, align 4
  %531 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %485, <8 x float> %530)
  store <8 x float> %531, ptr %529, align 4
  %532 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %523, <8 x float> %531, <8 x float> %509)
  %533 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %526, <8 x float> %531, <8 x float> %510)
  %i4.next.1 = or disjoint i64 %i4.addr.0109, 2
  %534 = or disjoint i64 %i4.next.1, %216
  %535 = getelementptr inbounds float, ptr %kh, i64 %534
  %536 = load float, ptr %535, align 4
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %537 = load float, ptr %gep.2, align 4
  %gep142.2 = getelementptr float, ptr %invariant.gep141, i64 %i4.next.1
  %538 = load float, ptr %gep142.2, align 4
  %539 = insertelement <8 x float> poison, float %536, i64 0
  %540 = shufflevector <8 x float> %539, <8 x float> poison, <8 x i32> zeroinitializer
  %541 = shl nuw nsw i64 %i4.next.1, 4
  %542 = getelementptr inbounds float, ptr %work, i64 %541
  %543 = load <8 x float>, ptr %542, align 4
  %544 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %480, <8 x float> %543)
  store <8 x float> %544, ptr %542, align 4
  %545 = insertelement <8 x float> poison, float %537, i64 0
  %546 = shufflevector <8 x float> %545, <8 x float> poison, <8 x i32> zeroinitializer
  %547 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %544, <8 x float> %524)
  %548 = insertelement <8 x float> poison, float %538, i64 0
  %549 = shufflevector <8 x float> %548, <8 x float> poison, <8 x i32> zeroinitializer
  %550 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %544, <8 x float> %527)
  %551 = or disjoint i64 %541, 8
  %552 = getelementptr inbounds float, ptr %work, i64 %551
  %553 = load <8 x float>, ptr %552, align 4
  %554 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %540, <8 x float> %485, <8 x float> %553)
  store <8 x float> %554, ptr %552, align 4
  %555 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %554, <8 x float> %532)
  %556 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %549, <8 x float> %554, <8 x float> %533)
  %i4.next.2 = or disjoint i64 %i4.addr.0109, 3
  %557 = or disjoint i64 %i4.next.2, %216
  %558 = getelementptr inbounds float, ptr %kh, i64 %557
  %559 = load float, ptr %558, align 4
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %560 = load float, ptr %gep.3, align 4
  %gep142.3 = getelementptr float, ptr %invariant.gep141, i64 %i4.next.2
  %561 = load float, ptr %gep142.3, align 4
  %562 = insertelement <8 x float> poison, float %559, i64 0
  %563 = shufflevector <8 x float> %562, <8 x float> poison, <8 x i32> zeroinitializer
  %564 = shl nuw nsw i64 %i4.next.2, 4
  %565 = getelementptr inbounds float, ptr %work, i64 %564
  %566 = load <8 x float>, ptr %565, align 4
  %567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %480, <8 x float> %566)
  store <8 x float> %567, ptr %565, align 4
  %568 = insertelement <8 x float> poison, float %560, i64 0
  %569 = shufflevector <8 x float> %568, <8 x float> poison, <8 x i32> zeroinitializer
  %570 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %569, <8 x float> %567, <8 x float> %547)
  %571 = insertelement <8 x float> poison, float %561, i64 0
  %572 = shufflevector <8 x float> %571, <8 x float> poison, <8 x i32> zeroinitializer
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %567, <8 x float> %550)
  %574 = or disjoint i64 %564, 8
  %575 = getelementptr inbounds float, ptr %work, i64 %574
  %576 = load <8 x float>, ptr %575, align 4
  %577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %485, <8 x float> %576)
  store <8 x float> %577, ptr %575, align 4
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %569, <8 x float> %577, <8 x float> %555)
  %579 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %577, <8 x float> %556)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0109, 4
  %exitcond.not.3 = icmp eq i64 %i4.next.3, 16
  br i1 %exitcond.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %580 = fmul <8 x float> %570, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %581 = getelementptr inbounds float, ptr %oh, i64 %486
  store <8 x float> %580, ptr %581, align 4
  %582 = shl nsw i64 %tn, 1
  %583 = mul nsw i64 %582, %H
  %584 = getelementptr inbounds float, ptr %betah, i64 %583
  %585 = load float, ptr %584, align 4
  %586 = mul nsw i64 %582, %sq
  %587 = getelementptr inbounds float, ptr %vh, i64 %586
  %588 = load <8 x float>, ptr %587, align 4
  %589 = fsub <8 x float> %588, %573
  %590 = insertelement <8 x float> poison, float %585, i64 0
  %591 = shufflevector <8 x float> %590, <8 x float> poison, <8 x i32> zeroinitializer
  %592 = fmul <8 x float> %591, %589
  %593 = fmul <8 x float> %578, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %594 = or disjoint i64 %486, 8
  %595 = getelementptr inbounds float, ptr %oh, i64 %594
  store <8 x float> %593, ptr %595, align 4
  %596 = or disjoint i64 %586, 8
  %597 = getelementptr inbounds float, ptr %vh, i64 %596
  %598 = load <8 x float>, ptr %597, align 4
  %599 = fsub <8 x float> %598, %579
  %600 = fmul <8 x float> %591, %599
  %601 = icmp slt i64 %212, %t1
  br i1 %601, label %t.body, label %t.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

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
; ---- dp_bwd_h2_k16_v16_c64_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k16_v16_c64_nogate'
source_filename = "dp_bwd_h2_k16_v16_c64_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k16_v16_c64_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 68608
  %Sh = getelementptr inbounds i8, ptr %work, i64 2048
  %Sroll = getelementptr inbounds i8, ptr %work, i64 67584
  %dS = getelementptr i8, ptr %work, i64 1024
  %dSk = getelementptr i8, ptr %work, i64 76800
  %dSkPrev = getelementptr i8, ptr %work, i64 76864
  %dkTmp = getelementptr i8, ptr %work, i64 76928
  %2 = add nsw i64 %T, 63
  %nc = sdiv i64 %2, 64
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 11
  %5 = getelementptr inbounds i8, ptr %work, i64 68640
  %6 = getelementptr inbounds i8, ptr %work, i64 68672
  %7 = getelementptr inbounds i8, ptr %work, i64 68704
  %8 = shl i64 %H, 5
  %9 = getelementptr inbounds i8, ptr %work, i64 76896
  %10 = getelementptr inbounds i8, ptr %work, i64 76832
  %11 = add nsw i64 %bh0, 1
  %12 = mul i64 %nc, %11
  %13 = shl i64 %12, 10
  %14 = add i64 %13, -1024
  %15 = shl i64 %nc, 10
  %16 = shl nsw i64 %nc, 6
  %17 = add i64 %16, 288230376151711680
  %18 = mul i64 %17, %H
  %19 = mul i64 %H, -4096
  %20 = shl i64 %H, 6
  %21 = add i64 %T, 64
  %22 = sub i64 %21, %16
  %smax360 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %23 = sub i64 %bh1, %bh0
  %24 = getelementptr inbounds i8, ptr %work, i64 32
  %25 = getelementptr inbounds i8, ptr %work, i64 2080
  %26 = getelementptr inbounds i8, ptr %work, i64 64
  %27 = getelementptr inbounds i8, ptr %work, i64 2112
  %28 = getelementptr inbounds i8, ptr %work, i64 96
  %29 = getelementptr inbounds i8, ptr %work, i64 2144
  %30 = getelementptr inbounds i8, ptr %work, i64 128
  %31 = getelementptr inbounds i8, ptr %work, i64 2176
  %32 = getelementptr inbounds i8, ptr %work, i64 160
  %33 = getelementptr inbounds i8, ptr %work, i64 2208
  %34 = getelementptr inbounds i8, ptr %work, i64 192
  %35 = getelementptr inbounds i8, ptr %work, i64 2240
  %36 = getelementptr inbounds i8, ptr %work, i64 224
  %37 = getelementptr inbounds i8, ptr %work, i64 2272
  %38 = getelementptr inbounds i8, ptr %work, i64 256
  %39 = getelementptr inbounds i8, ptr %work, i64 2304
  %40 = getelementptr inbounds i8, ptr %work, i64 288
  %41 = getelementptr inbounds i8, ptr %work, i64 2336
  %42 = getelementptr inbounds i8, ptr %work, i64 320
  %43 = getelementptr inbounds i8, ptr %work, i64 2368
  %44 = getelementptr inbounds i8, ptr %work, i64 352
  %45 = getelementptr inbounds i8, ptr %work, i64 2400
  %46 = getelementptr inbounds i8, ptr %work, i64 384
  %47 = getelementptr inbounds i8, ptr %work, i64 2432
  %48 = getelementptr inbounds i8, ptr %work, i64 416
  %49 = getelementptr inbounds i8, ptr %work, i64 2464
  %50 = getelementptr inbounds i8, ptr %work, i64 448
  %51 = getelementptr inbounds i8, ptr %work, i64 2496
  %52 = getelementptr inbounds i8, ptr %work, i64 480
  %53 = getelementptr inbounds i8, ptr %work, i64 2528
  %54 = getelementptr inbounds i8, ptr %work, i64 512
  %55 = getelementptr inbounds i8, ptr %work, i64 2560
  %56 = getelementptr inbounds i8, ptr %work, i64 544
  %57 = getelementptr inbounds i8, ptr %work, i64 2592
  %58 = getelementptr inbounds i8, ptr %work, i64 576
  %59 = getelementptr inbounds i8, ptr %work, i64 2624
  %60 = getelementptr inbounds i8, ptr %work, i64 608
  %61 = getelementptr inbounds i8, ptr %work, i64 2656
  %62 = getelementptr inbounds i8, ptr %work, i64 640
  %63 = getelementptr inbounds i8, ptr %work, i64 2688
  %64 = getelementptr inbounds i8, ptr %work, i64 672
  %65 = getelementptr inbounds i8, ptr %work, i64 2720
  %66 = getelementptr inbounds i8, ptr %work, i64 704
  %67 = getelementptr inbounds i8, ptr %work, i64 2752
  %68 = getelementptr inbounds i8, ptr %work, i64 736
  %69 = getelementptr inbounds i8, ptr %work, i64 2784
  %70 = getelementptr inbounds i8, ptr %work, i64 768
  %71 = getelementptr inbounds i8, ptr %work, i64 2816
  %72 = getelementptr inbounds i8, ptr %work, i64 800
  %73 = getelementptr inbounds i8, ptr %work, i64 2848
  %74 = getelementptr inbounds i8, ptr %work, i64 832
  %75 = getelementptr inbounds i8, ptr %work, i64 2880
  %76 = getelementptr inbounds i8, ptr %work, i64 864
  %77 = getelementptr inbounds i8, ptr %work, i64 2912
  %78 = getelementptr inbounds i8, ptr %work, i64 896
  %79 = getelementptr inbounds i8, ptr %work, i64 2944
  %80 = getelementptr inbounds i8, ptr %work, i64 928
  %81 = getelementptr inbounds i8, ptr %work, i64 2976
  %82 = getelementptr inbounds i8, ptr %work, i64 960
  %83 = getelementptr inbounds i8, ptr %work, i64 3008
  %84 = getelementptr inbounds i8, ptr %work, i64 992
  %85 = getelementptr inbounds i8, ptr %work, i64 3040
  %86 = getelementptr inbounds i8, ptr %work, i64 67616
  %87 = getelementptr inbounds i8, ptr %work, i64 67648
  %88 = getelementptr inbounds i8, ptr %work, i64 67680
  %89 = getelementptr inbounds i8, ptr %work, i64 67712
  %90 = getelementptr inbounds i8, ptr %work, i64 67744
  %91 = getelementptr inbounds i8, ptr %work, i64 67776
  %92 = getelementptr inbounds i8, ptr %work, i64 67808
  %93 = getelementptr inbounds i8, ptr %work, i64 67840
  %94 = getelementptr inbounds i8, ptr %work, i64 67872
  %95 = getelementptr inbounds i8, ptr %work, i64 67904
  %96 = getelementptr inbounds i8, ptr %work, i64 67936
  %97 = getelementptr inbounds i8, ptr %work, i64 67968
  %98 = getelementptr inbounds i8, ptr %work, i64 68000
  %99 = getelementptr inbounds i8, ptr %work, i64 68032
  %100 = getelementptr inbounds i8, ptr %work, i64 68064
  %101 = getelementptr inbounds i8, ptr %work, i64 68096
  %102 = getelementptr inbounds i8, ptr %work, i64 68128
  %103 = getelementptr inbounds i8, ptr %work, i64 68160
  %104 = getelementptr inbounds i8, ptr %work, i64 68192
  %105 = getelementptr inbounds i8, ptr %work, i64 68224
  %106 = getelementptr inbounds i8, ptr %work, i64 68256
  %107 = getelementptr inbounds i8, ptr %work, i64 68288
  %108 = getelementptr inbounds i8, ptr %work, i64 68320
  %109 = getelementptr inbounds i8, ptr %work, i64 68352
  %110 = getelementptr inbounds i8, ptr %work, i64 68384
  %111 = getelementptr inbounds i8, ptr %work, i64 68416
  %112 = getelementptr inbounds i8, ptr %work, i64 68448
  %113 = getelementptr inbounds i8, ptr %work, i64 68480
  %114 = getelementptr inbounds i8, ptr %work, i64 68512
  %115 = getelementptr inbounds i8, ptr %work, i64 68544
  %116 = getelementptr inbounds i8, ptr %work, i64 68576
  %117 = getelementptr i8, ptr %work, i64 76960
  %118 = getelementptr i8, ptr %work, i64 68640
  %119 = getelementptr i8, ptr %work, i64 76896
  %120 = getelementptr i8, ptr %work, i64 76960
  %121 = getelementptr i8, ptr %work, i64 76960
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0322 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %122 = add i64 %indvar, %bh0
  %123 = shl i64 %122, 10
  %scevgep364 = getelementptr i8, ptr %dh0, i64 %123
  %124 = mul i64 %15, %indvar
  %125 = add i64 %14, %124
  %scevgep343 = getelementptr i8, ptr %dhT, i64 %123
  %b = sdiv i64 %bh.addr.0322, %H
  %h = srem i64 %bh.addr.0322, %H
  %126 = mul i64 %b, %T
  %127 = mul i64 %126, %H
  %bT = add i64 %127, %h
  %128 = mul i64 %1, %126
  %bTn = add nsw i64 %128, %h
  %129 = shl nsw i64 %bT, 4
  %130 = shl nsw i64 %bTn, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %130
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %130
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %dS, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep343, i64 1024, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %130
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %130
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dSkPrev, i8 0, i64 64, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %129
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %129
  %oh = getelementptr inbounds float, ptr %dout, i64 %129
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %131 = add i64 %18, %bT
  %132 = shl i64 %131, 6
  %133 = getelementptr i8, ptr %dq, i64 %132
  %134 = getelementptr i8, ptr %kh, i64 4
  %135 = getelementptr i8, ptr %kh, i64 8
  %136 = getelementptr i8, ptr %kh, i64 12
  %137 = getelementptr i8, ptr %kh, i64 16
  %138 = getelementptr i8, ptr %kh, i64 20
  %139 = getelementptr i8, ptr %kh, i64 24
  %140 = getelementptr i8, ptr %kh, i64 28
  %141 = getelementptr i8, ptr %kh, i64 32
  %142 = getelementptr i8, ptr %kh, i64 36
  %143 = getelementptr i8, ptr %kh, i64 40
  %144 = getelementptr i8, ptr %kh, i64 44
  %145 = getelementptr i8, ptr %kh, i64 48
  %146 = getelementptr i8, ptr %kh, i64 52
  %147 = getelementptr i8, ptr %kh, i64 56
  %148 = getelementptr i8, ptr %kh, i64 60
  %149 = getelementptr i8, ptr %kh1, i64 32
  %150 = getelementptr i8, ptr %vh1, i64 32
  %151 = getelementptr i8, ptr %kh1, i64 32
  br label %cc.body

i24.head.preheader:                               ; preds = %j13.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep364, ptr noundef nonnull align 4 dereferenceable(1024) %dS, i64 1024, i1 false)
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
  %152 = shl i64 %cc.addr.0319, 10
  %153 = sub i64 %125, %152
  %scevgep345 = getelementptr i8, ptr %hs, i64 %153
  %154 = xor i64 %cc.addr.0319, -1
  %ci = add nsw i64 %nc, %154
  %t0 = shl nsw i64 %ci, 6
  %155 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep345, i64 1024, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %155, i64 64)
  %156 = icmp sgt i64 %155, 0
  br i1 %156, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %157 = mul i64 %19, %cc.addr.0319
  %158 = getelementptr i8, ptr %133, i64 %157
  %xtraiter = and i64 %smax, 7
  %159 = icmp slt i64 %indvars.iv, 8
  br i1 %159, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

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
  %160 = mul i64 %20, %tl.addr.0279.epil
  %scevgep.epil = getelementptr i8, ptr %158, i64 %160
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.epil, i8 0, i64 64, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0279.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %161 = mul i64 %4, %ci
  %162 = getelementptr float, ptr %kh, i64 %161
  %163 = load float, ptr %162, align 4
  %164 = load <8 x float>, ptr %work, align 4
  store <8 x float> %164, ptr %Sh, align 4
  %165 = insertelement <8 x float> poison, float %163, i64 0
  %166 = shufflevector <8 x float> %165, <8 x float> poison, <8 x i32> zeroinitializer
  %167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %164, <8 x float> zeroinitializer)
  %168 = load <8 x float>, ptr %24, align 4
  store <8 x float> %168, ptr %25, align 4
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %166, <8 x float> %168, <8 x float> zeroinitializer)
  %170 = getelementptr float, ptr %134, i64 %161
  %171 = load float, ptr %170, align 4
  %172 = load <8 x float>, ptr %26, align 4
  store <8 x float> %172, ptr %27, align 4
  %173 = insertelement <8 x float> poison, float %171, i64 0
  %174 = shufflevector <8 x float> %173, <8 x float> poison, <8 x i32> zeroinitializer
  %175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %172, <8 x float> %167)
  %176 = load <8 x float>, ptr %28, align 4
  store <8 x float> %176, ptr %29, align 4
  %177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %176, <8 x float> %169)
  %178 = getelementptr float, ptr %135, i64 %161
  %179 = load float, ptr %178, align 4
  %180 = load <8 x float>, ptr %30, align 4
  store <8 x float> %180, ptr %31, align 4
  %181 = insertelement <8 x float> poison, float %179, i64 0
  %182 = shufflevector <8 x float> %181, <8 x float> poison, <8 x i32> zeroinitializer
  %183 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %180, <8 x float> %175)
  %184 = load <8 x float>, ptr %32, align 4
  store <8 x float> %184, ptr %33, align 4
  %185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %182, <8 x float> %184, <8 x float> %177)
  %186 = getelementptr float, ptr %136, i64 %161
  %187 = load float, ptr %186, align 4
  %188 = load <8 x float>, ptr %34, align 4
  store <8 x float> %188, ptr %35, align 4
  %189 = insertelement <8 x float> poison, float %187, i64 0
  %190 = shufflevector <8 x float> %189, <8 x float> poison, <8 x i32> zeroinitializer
  %191 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %188, <8 x float> %183)
  %192 = load <8 x float>, ptr %36, align 4
  store <8 x float> %192, ptr %37, align 4
  %193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %190, <8 x float> %192, <8 x float> %185)
  %194 = getelementptr float, ptr %137, i64 %161
  %195 = load float, ptr %194, align 4
  %196 = load <8 x float>, ptr %38, align 4
  store <8 x float> %196, ptr %39, align 4
  %197 = insertelement <8 x float> poison, float %195, i64 0
  %198 = shufflevector <8 x float> %197, <8 x float> poison, <8 x i32> zeroinitializer
  %199 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %196, <8 x float> %191)
  %200 = load <8 x float>, ptr %40, align 4
  store <8 x float> %200, ptr %41, align 4
  %201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %198, <8 x float> %200, <8 x float> %193)
  %202 = getelementptr float, ptr %138, i64 %161
  %203 = load float, ptr %202, align 4
  %204 = load <8 x float>, ptr %42, align 4
  store <8 x float> %204, ptr %43, align 4
  %205 = insertelement <8 x float> poison, float %203, i64 0
  %206 = shufflevector <8 x float> %205, <8 x float> poison, <8 x i32> zeroinitializer
  %207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %204, <8 x float> %199)
  %208 = load <8 x float>, ptr %44, align 4
  store <8 x float> %208, ptr %45, align 4
  %209 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %206, <8 x float> %208, <8 x float> %201)
  %210 = getelementptr float, ptr %139, i64 %161
  %211 = load float, ptr %210, align 4
  %212 = load <8 x float>, ptr %46, align 4
  store <8 x float> %212, ptr %47, align 4
  %213 = insertelement <8 x float> poison, float %211, i64 0
  %214 = shufflevector <8 x float> %213, <8 x float> poison, <8 x i32> zeroinitializer
  %215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %212, <8 x float> %207)
  %216 = load <8 x float>, ptr %48, align 4
  store <8 x float> %216, ptr %49, align 4
  %217 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %214, <8 x float> %216, <8 x float> %209)
  %218 = getelementptr float, ptr %140, i64 %161
  %219 = load float, ptr %218, align 4
  %220 = load <8 x float>, ptr %50, align 4
  store <8 x float> %220, ptr %51, align 4
  %221 = insertelement <8 x float> poison, float %219, i64 0
  %222 = shufflevector <8 x float> %221, <8 x float> poison, <8 x i32> zeroinitializer
  %223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %220, <8 x float> %215)
  %224 = load <8 x float>, ptr %52, align 4
  store <8 x float> %224, ptr %53, align 4
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %222, <8 x float> %224, <8 x float> %217)
  %226 = getelementptr float, ptr %141, i64 %161
  %227 = load float, ptr %226, align 4
  %228 = load <8 x float>, ptr %54, align 4
  store <8 x float> %228, ptr %55, align 4
  %229 = insertelement <8 x float> poison, float %227, i64 0
  %230 = shufflevector <8 x float> %229, <8 x float> poison, <8 x i32> zeroinitializer
  %231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> %228, <8 x float> %223)
  %232 = load <8 x float>, ptr %56, align 4
  store <8 x float> %232, ptr %57, align 4
  %233 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %230, <8 x float> %232, <8 x float> %225)
  %234 = getelementptr float, ptr %142, i64 %161
  %235 = load float, ptr %234, align 4
  %236 = load <8 x float>, ptr %58, align 4
  store <8 x float> %236, ptr %59, align 4
  %237 = insertelement <8 x float> poison, float %235, i64 0
  %238 = shufflevector <8 x float> %237, <8 x float> poison, <8 x i32> zeroinitializer
  %239 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %236, <8 x float> %231)
  %240 = load <8 x float>, ptr %60, align 4
  store <8 x float> %240, ptr %61, align 4
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %240, <8 x float> %233)
  %242 = getelementptr float, ptr %143, i64 %161
  %243 = load float, ptr %242, align 4
  %244 = load <8 x float>, ptr %62, align 4
  store <8 x float> %244, ptr %63, align 4
  %245 = insertelement <8 x float> poison, float %243, i64 0
  %246 = shufflevector <8 x float> %245, <8 x float> poison, <8 x i32> zeroinitializer
  %247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %244, <8 x float> %239)
  %248 = load <8 x float>, ptr %64, align 4
  store <8 x float> %248, ptr %65, align 4
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %248, <8 x float> %241)
  %250 = getelementptr float, ptr %144, i64 %161
  %251 = load float, ptr %250, align 4
  %252 = load <8 x float>, ptr %66, align 4
  store <8 x float> %252, ptr %67, align 4
  %253 = insertelement <8 x float> poison, float %251, i64 0
  %254 = shufflevector <8 x float> %253, <8 x float> poison, <8 x i32> zeroinitializer
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %252, <8 x float> %247)
  %256 = load <8 x float>, ptr %68, align 4
  store <8 x float> %256, ptr %69, align 4
  %257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %254, <8 x float> %256, <8 x float> %249)
  %258 = getelementptr float, ptr %145, i64 %161
  %259 = load float, ptr %258, align 4
  %260 = load <8 x float>, ptr %70, align 4
  store <8 x float> %260, ptr %71, align 4
  %261 = insertelement <8 x float> poison, float %259, i64 0
  %262 = shufflevector <8 x float> %261, <8 x float> poison, <8 x i32> zeroinitializer
  %263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %260, <8 x float> %255)
  %264 = load <8 x float>, ptr %72, align 4
  store <8 x float> %264, ptr %73, align 4
  %265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %262, <8 x float> %264, <8 x float> %257)
  %266 = getelementptr float, ptr %146, i64 %161
  %267 = load float, ptr %266, align 4
  %268 = load <8 x float>, ptr %74, align 4
  store <8 x float> %268, ptr %75, align 4
  %269 = insertelement <8 x float> poison, float %267, i64 0
  %270 = shufflevector <8 x float> %269, <8 x float> poison, <8 x i32> zeroinitializer
  %271 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %268, <8 x float> %263)
  %272 = load <8 x float>, ptr %76, align 4
  store <8 x float> %272, ptr %77, align 4
  %273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %270, <8 x float> %272, <8 x float> %265)
  %274 = getelementptr float, ptr %147, i64 %161
  %275 = load float, ptr %274, align 4
  %276 = load <8 x float>, ptr %78, align 4
  store <8 x float> %276, ptr %79, align 4
  %277 = insertelement <8 x float> poison, float %275, i64 0
  %278 = shufflevector <8 x float> %277, <8 x float> poison, <8 x i32> zeroinitializer
  %279 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %278, <8 x float> %276, <8 x float> %271)
  %280 = load <8 x float>, ptr %80, align 4
  store <8 x float> %280, ptr %81, align 4
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %278, <8 x float> %280, <8 x float> %273)
  %282 = getelementptr float, ptr %148, i64 %161
  %283 = load float, ptr %282, align 4
  %284 = load <8 x float>, ptr %82, align 4
  store <8 x float> %284, ptr %83, align 4
  %285 = insertelement <8 x float> poison, float %283, i64 0
  %286 = shufflevector <8 x float> %285, <8 x float> poison, <8 x i32> zeroinitializer
  %287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %284, <8 x float> %279)
  %288 = load <8 x float>, ptr %84, align 4
  store <8 x float> %288, ptr %85, align 4
  %289 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %288, <8 x float> %281)
  %290 = shl nsw i64 %ci, 7
  %291 = mul nsw i64 %290, %H
  %292 = getelementptr inbounds float, ptr %betah, i64 %291
  %293 = load float, ptr %292, align 4
  %294 = mul nsw i64 %290, %sq
  %295 = getelementptr inbounds float, ptr %vh, i64 %294
  %296 = load <8 x float>, ptr %295, align 4
  %297 = fsub <8 x float> %296, %287
  store <8 x float> %297, ptr %R, align 4
  %298 = insertelement <8 x float> poison, float %293, i64 0
  %299 = shufflevector <8 x float> %298, <8 x float> poison, <8 x i32> zeroinitializer
  %300 = fmul <8 x float> %299, %297
  %301 = or disjoint i64 %294, 8
  %302 = getelementptr inbounds float, ptr %vh, i64 %301
  %303 = load <8 x float>, ptr %302, align 4
  %304 = fsub <8 x float> %303, %289
  store <8 x float> %304, ptr %5, align 4
  %305 = fmul <8 x float> %299, %304
  %306 = or disjoint i64 %290, 1
  %307 = mul nsw i64 %306, %sq
  %308 = getelementptr inbounds float, ptr %kh, i64 %294
  %309 = load float, ptr %308, align 4
  %310 = getelementptr float, ptr %kh, i64 %307
  %311 = load float, ptr %310, align 4
  %312 = insertelement <8 x float> poison, float %309, i64 0
  %313 = shufflevector <8 x float> %312, <8 x float> poison, <8 x i32> zeroinitializer
  %314 = load <8 x float>, ptr %Sh, align 4
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %313, <8 x float> %300, <8 x float> %314)
  store <8 x float> %315, ptr %Sroll, align 4
  %316 = insertelement <8 x float> poison, float %311, i64 0
  %317 = shufflevector <8 x float> %316, <8 x float> poison, <8 x i32> zeroinitializer
  %318 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %315, <8 x float> zeroinitializer)
  %319 = load <8 x float>, ptr %25, align 4
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %313, <8 x float> %305, <8 x float> %319)
  store <8 x float> %320, ptr %86, align 4
  %321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %317, <8 x float> %320, <8 x float> zeroinitializer)
  %322 = or disjoint i64 %294, 1
  %323 = getelementptr inbounds float, ptr %kh, i64 %322
  %324 = load float, ptr %323, align 4
  %325 = getelementptr float, ptr %134, i64 %307
  %326 = load float, ptr %325, align 4
  %327 = insertelement <8 x float> poison, float %324, i64 0
  %328 = shufflevector <8 x float> %327, <8 x float> poison, <8 x i32> zeroinitializer
  %329 = load <8 x float>, ptr %27, align 4
  %330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %328, <8 x float> %300, <8 x float> %329)
  store <8 x float> %330, ptr %87, align 4
  %331 = insertelement <8 x float> poison, float %326, i64 0
  %332 = shufflevector <8 x float> %331, <8 x float> poison, <8 x i32> zeroinitializer
  %333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %332, <8 x float> %330, <8 x float> %318)
  %334 = load <8 x float>, ptr %29, align 4
  %335 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %328, <8 x float> %305, <8 x float> %334)
  store <8 x float> %335, ptr %88, align 4
  %336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %332, <8 x float> %335, <8 x float> %321)
  %337 = or disjoint i64 %294, 2
  %338 = getelementptr inbounds float, ptr %kh, i64 %337
  %339 = load float, ptr %338, align 4
  %340 = getelementptr float, ptr %135, i64 %307
  %341 = load float, ptr %340, align 4
  %342 = insertelement <8 x float> poison, float %339, i64 0
  %343 = shufflevector <8 x float> %342, <8 x float> poison, <8 x i32> zeroinitializer
  %344 = load <8 x float>, ptr %31, align 4
  %345 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %343, <8 x float> %300, <8 x float> %344)
  store <8 x float> %345, ptr %89, align 4
  %346 = insertelement <8 x float> poison, float %341, i64 0
  %347 = shufflevector <8 x float> %346, <8 x float> poison, <8 x i32> zeroinitializer
  %348 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %345, <8 x float> %333)
  %349 = load <8 x float>, ptr %33, align 4
  %350 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %343, <8 x float> %305, <8 x float> %349)
  store <8 x float> %350, ptr %90, align 4
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %347, <8 x float> %350, <8 x float> %336)
  %352 = or disjoint i64 %294, 3
  %353 = getelementptr inbounds float, ptr %kh, i64 %352
  %354 = load float, ptr %353, align 4
  %355 = getelementptr float, ptr %136, i64 %307
  %356 = load float, ptr %355, align 4
  %357 = insertelement <8 x float> poison, float %354, i64 0
  %358 = shufflevector <8 x float> %357, <8 x float> poison, <8 x i32> zeroinitializer
  %359 = load <8 x float>, ptr %35, align 4
  %360 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> %300, <8 x float> %359)
  store <8 x float> %360, ptr %91, align 4
  %361 = insertelement <8 x float> poison, float %356, i64 0
  %362 = shufflevector <8 x float> %361, <8 x float> poison, <8 x i32> zeroinitializer
  %363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %360, <8 x float> %348)
  %364 = load <8 x float>, ptr %37, align 4
  %365 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %358, <8 x float> %305, <8 x float> %364)
  store <8 x float> %365, ptr %92, align 4
  %366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %365, <8 x float> %351)
  %367 = or disjoint i64 %294, 4
  %368 = getelementptr inbounds float, ptr %kh, i64 %367
  %369 = load float, ptr %368, align 4
  %370 = getelementptr float, ptr %137, i64 %307
  %371 = load float, ptr %370, align 4
  %372 = insertelement <8 x float> poison, float %369, i64 0
  %373 = shufflevector <8 x float> %372, <8 x float> poison, <8 x i32> zeroinitializer
  %374 = load <8 x float>, ptr %39, align 4
  %375 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %300, <8 x float> %374)
  store <8 x float> %375, ptr %93, align 4
  %376 = insertelement <8 x float> poison, float %371, i64 0
  %377 = shufflevector <8 x float> %376, <8 x float> poison, <8 x i32> zeroinitializer
  %378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %377, <8 x float> %375, <8 x float> %363)
  %379 = load <8 x float>, ptr %41, align 4
  %380 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %305, <8 x float> %379)
  store <8 x float> %380, ptr %94, align 4
  %381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %377, <8 x float> %380, <8 x float> %366)
  %382 = or disjoint i64 %294, 5
  %383 = getelementptr inbounds float, ptr %kh, i64 %382
  %384 = load float, ptr %383, align 4
  %385 = getelementptr float, ptr %138, i64 %307
  %386 = load float, ptr %385, align 4
  %387 = insertelement <8 x float> poison, float %384, i64 0
  %388 = shufflevector <8 x float> %387, <8 x float> poison, <8 x i32> zeroinitializer
  %389 = load <8 x float>, ptr %43, align 4
  %390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %388, <8 x float> %300, <8 x float> %389)
  store <8 x float> %390, ptr %95, align 4
  %391 = insertelement <8 x float> poison, float %386, i64 0
  %392 = shufflevector <8 x float> %391, <8 x float> poison, <8 x i32> zeroinitializer
  %393 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %392, <8 x float> %390, <8 x float> %378)
  %394 = load <8 x float>, ptr %45, align 4
  %395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %388, <8 x float> %305, <8 x float> %394)
  store <8 x float> %395, ptr %96, align 4
  %396 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %392, <8 x float> %395, <8 x float> %381)
  %397 = or disjoint i64 %294, 6
  %398 = getelementptr inbounds float, ptr %kh, i64 %397
  %399 = load float, ptr %398, align 4
  %400 = getelementptr float, ptr %139, i64 %307
  %401 = load float, ptr %400, align 4
  %402 = insertelement <8 x float> poison, float %399, i64 0
  %403 = shufflevector <8 x float> %402, <8 x float> poison, <8 x i32> zeroinitializer
  %404 = load <8 x float>, ptr %47, align 4
  %405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %403, <8 x float> %300, <8 x float> %404)
  store <8 x float> %405, ptr %97, align 4
  %406 = insertelement <8 x float> poison, float %401, i64 0
  %407 = shufflevector <8 x float> %406, <8 x float> poison, <8 x i32> zeroinitializer
  %408 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %407, <8 x float> %405, <8 x float> %393)
  %409 = load <8 x float>, ptr %49, align 4
  %410 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %403, <8 x float> %305, <8 x float> %409)
  store <8 x float> %410, ptr %98, align 4
  %411 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %407, <8 x float> %410, <8 x float> %396)
  %412 = or disjoint i64 %294, 7
  %413 = getelementptr inbounds float, ptr %kh, i64 %412
  %414 = load float, ptr %413, align 4
  %415 = getelementptr float, ptr %140, i64 %307
  %416 = load float, ptr %415, align 4
  %417 = insertelement <8 x float> poison, float %414, i64 0
  %418 = shufflevector <8 x float> %417, <8 x float> poison, <8 x i32> zeroinitializer
  %419 = load <8 x float>, ptr %51, align 4
  %420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %300, <8 x float> %419)
  store <8 x float> %420, ptr %99, align 4
  %421 = insertelement <8 x float> poison, float %416, i64 0
  %422 = shufflevector <8 x float> %421, <8 x float> poison, <8 x i32> zeroinitializer
  %423 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %422, <8 x float> %420, <8 x float> %408)
  %424 = load <8 x float>, ptr %53, align 4
  %425 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %305, <8 x float> %424)
  store <8 x float> %425, ptr %100, align 4
  %426 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %422, <8 x float> %425, <8 x float> %411)
  %427 = getelementptr inbounds float, ptr %kh, i64 %301
  %428 = load float, ptr %427, align 4
  %429 = getelementptr float, ptr %141, i64 %307
  %430 = load float, ptr %429, align 4
  %431 = insertelement <8 x float> poison, float %428, i64 0
  %432 = shufflevector <8 x float> %431, <8 x float> poison, <8 x i32> zeroinitializer
  %433 = load <8 x float>, ptr %55, align 4
  %434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %300, <8 x float> %433)
  store <8 x float> %434, ptr %101, align 4
  %435 = insertelement <8 x float> poison, float %430, i64 0
  %436 = shufflevector <8 x float> %435, <8 x float> poison, <8 x i32> zeroinitializer
  %437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %436, <8 x float> %434, <8 x float> %423)
  %438 = load <8 x float>, ptr %57, align 4
  %439 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %432, <8 x float> %305, <8 x float> %438)
  store <8 x float> %439, ptr %102, align 4
  %440 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %436, <8 x float> %439, <8 x float> %426)
  %441 = or disjoint i64 %294, 9
  %442 = getelementptr inbounds float, ptr %kh, i64 %441
  %443 = load float, ptr %442, align 4
  %444 = getelementptr float, ptr %142, i64 %307
  %445 = load float, ptr %444, align 4
  %446 = insertelement <8 x float> poison, float %443, i64 0
  %447 = shufflevector <8 x float> %446, <8 x float> poison, <8 x i32> zeroinitializer
  %448 = load <8 x float>, ptr %59, align 4
  %449 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %447, <8 x float> %300, <8 x float> %448)
  store <8 x float> %449, ptr %103, align 4
  %450 = insertelement <8 x float> poison, float %445, i64 0
  %451 = shufflevector <8 x float> %450, <8 x float> poison, <8 x i32> zeroinitializer
  %452 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %449, <8 x float> %437)
  %453 = load <8 x float>, ptr %61, align 4
  %454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %447, <8 x float> %305, <8 x float> %453)
  store <8 x float> %454, ptr %104, align 4
  %455 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %451, <8 x float> %454, <8 x float> %440)
  %456 = or disjoint i64 %294, 10
  %457 = getelementptr inbounds float, ptr %kh, i64 %456
  %458 = load float, ptr %457, align 4
  %459 = getelementptr float, ptr %143, i64 %307
  %460 = load float, ptr %459, align 4
  %461 = insertelement <8 x float> poison, float %458, i64 0
  %462 = shufflevector <8 x float> %461, <8 x float> poison, <8 x i32> zeroinitializer
  %463 = load <8 x float>, ptr %63, align 4
  %464 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %300, <8 x float> %463)
  store <8 x float> %464, ptr %105, align 4
  %465 = insertelement <8 x float> poison, float %460, i64 0
  %466 = shufflevector <8 x float> %465, <8 x float> poison, <8 x i32> zeroinitializer
  %467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %464, <8 x float> %452)
  %468 = load <8 x float>, ptr %65, align 4
  %469 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %462, <8 x float> %305, <8 x float> %468)
  store <8 x float> %469, ptr %106, align 4
  %470 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %466, <8 x float> %469, <8 x float> %455)
  %471 = or disjoint i64 %294, 11
  %472 = getelementptr inbounds float, ptr %kh, i64 %471
  %473 = load float, ptr %472, align 4
  %474 = getelementptr float, ptr %144, i64 %307
  %475 = load float, ptr %474, align 4
  %476 = insertelement <8 x float> poison, float %473, i64 0
  %477 = shufflevector <8 x float> %476, <8 x float> poison, <8 x i32> zeroinitializer
  %478 = load <8 x float>, ptr %67, align 4
  %479 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %477, <8 x float> %300, <8 x float> %478)
  store <8 x float> %479, ptr %107, align 4
  %480 = insertelement <8 x float> poison, float %475, i64 0
  %481 = shufflevector <8 x float> %480, <8 x float> poison, <8 x i32> zeroinitializer
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> %479, <8 x float> %467)
  %483 = load <8 x float>, ptr %69, align 4
  %484 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %477, <8 x float> %305, <8 x float> %483)
  store <8 x float> %484, ptr %108, align 4
  %485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> %484, <8 x float> %470)
  %486 = or disjoint i64 %294, 12
  %487 = getelementptr inbounds float, ptr %kh, i64 %486
  %488 = load float, ptr %487, align 4
  %489 = getelementptr float, ptr %145, i64 %307
  %490 = load float, ptr %489, align 4
  %491 = insertelement <8 x float> poison, float %488, i64 0
  %492 = shufflevector <8 x float> %491, <8 x float> poison, <8 x i32> zeroinitializer
  %493 = load <8 x float>, ptr %71, align 4
  %494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> %300, <8 x float> %493)
  store <8 x float> %494, ptr %109, align 4
  %495 = insertelement <8 x float> poison, float %490, i64 0
  %496 = shufflevector <8 x float> %495, <8 x float> poison, <8 x i32> zeroinitializer
  %497 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %496, <8 x float> %494, <8 x float> %482)
  %498 = load <8 x float>, ptr %73, align 4
  %499 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %492, <8 x float> %305, <8 x float> %498)
  store <8 x float> %499, ptr %110, align 4
  %500 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %496, <8 x float> %499, <8 x float> %485)
  %501 = or disjoint i64 %294, 13
  %502 = getelementptr inbounds float, ptr %kh, i64 %501
  %503 = load float, ptr %502, align 4
  %504 = getelementptr float, ptr %146, i64 %307
  %505 = load float, ptr %504, align 4
  %506 = insertelement <8 x float> poison, float %503, i64 0
  %507 = shufflevector <8 x float> %506, <8 x float> poison, <8 x i32> zeroinitializer
  %508 = load <8 x float>, ptr %75, align 4
  %509 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %507, <8 x float> %300, <8 x float> %508)
  store <8 x float> %509, ptr %111, align 4
  %510 = insertelement <8 x float> poison, float %505, i64 0
  %511 = shufflevector <8 x float> %510, <8 x float> poison, <8 x i32> zeroinitializer
  %512 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> %509, <8 x float> %497)
  %513 = load <8 x float>, ptr %77, align 4
  %514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %507, <8 x float> %305, <8 x float> %513)
  store <8 x float> %514, ptr %112, align 4
  %515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> %514, <8 x float> %500)
  %516 = or disjoint i64 %294, 14
  %517 = getelementptr inbounds float, ptr %kh, i64 %516
  %518 = load float, ptr %517, align 4
  %519 = getelementptr float, ptr %147, i64 %307
  %520 = load float, ptr %519, align 4
  %521 = insertelement <8 x float> poison, float %518, i64 0
  %522 = shufflevector <8 x float> %521, <8 x float> poison, <8 x i32> zeroinitializer
  %523 = load <8 x float>, ptr %79, align 4
  %524 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %522, <8 x float> %300, <8 x float> %523)
  store <8 x float> %524, ptr %113, align 4
  %525 = insertelement <8 x float> poison, float %520, i64 0
  %526 = shufflevector <8 x float> %525, <8 x float> poison, <8 x i32> zeroinitializer
  %527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %526, <8 x float> %524, <8 x float> %512)
  %528 = load <8 x float>, ptr %81, align 4
  %529 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %522, <8 x float> %305, <8 x float> %528)
  store <8 x float> %529, ptr %114, align 4
  %530 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %526, <8 x float> %529, <8 x float> %515)
  %531 = or disjoint i64 %294, 15
  %532 = getelementptr inbounds float, ptr %kh, i64 %531
  %533 = load float, ptr %532, align 4
  %534 = getelementptr float, ptr %148, i64 %307
  %535 = load float, ptr %534, align 4
  %536 = insertelement <8 x float> poison, float %533, i64 0
  %537 = shufflevector <8 x float> %536, <8 x float> poison, <8 x i32> zeroinitializer
  %538 = load <8 x float>, ptr %83, align 4
  %539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> %300, <8 x float> %538)
  store <8 x float> %539, ptr %115, align 4
  %540 = insertelement <8 x float> poison, float %535, i64 0
  %541 = shufflevector <8 x float> %540, <8 x float> poison, <8 x i32> zeroinitializer
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %541, <8 x float> %539, <8 x float> %527)
  %543 = load <8 x float>, ptr %85, align 4
  %544 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> %305, <8 x float> %543)
  store <8 x float> %544, ptr %116, align 4
  %545 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %541, <8 x float> %544, <8 x float> %530)
  %546 = mul nsw i64 %306, %H
  %547 = getelementptr inbounds float, ptr %betah, i64 %546
  %548 = load float, ptr %547, align 4
  %549 = getelementptr inbounds float, ptr %vh, i64 %307
  %550 = load <8 x float>, ptr %549, align 4
  %551 = fsub <8 x float> %550, %542
  store <8 x float> %551, ptr %6, align 4
  %552 = insertelement <8 x float> poison, float %548, i64 0
  %553 = shufflevector <8 x float> %552, <8 x float> poison, <8 x i32> zeroinitializer
  %554 = fmul <8 x float> %553, %551
  %555 = or disjoint i64 %307, 8
  %556 = getelementptr inbounds float, ptr %vh, i64 %555
  %557 = load <8 x float>, ptr %556, align 4
  %558 = fsub <8 x float> %557, %545
  store <8 x float> %558, ptr %7, align 4
  %559 = fmul <8 x float> %553, %558
  %560 = icmp sgt i64 %155, 1
  br i1 %560, label %i6.head.preheader.lr.ph, label %tl1.exit

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0279 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %561 = mul i64 %20, %tl.addr.0279
  %scevgep = getelementptr i8, ptr %158, i64 %561
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep, i8 0, i64 64, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0279, 1
  %562 = mul i64 %20, %tl.next
  %scevgep.1 = getelementptr i8, ptr %158, i64 %562
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.1, i8 0, i64 64, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0279, 2
  %563 = mul i64 %20, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %158, i64 %563
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.2, i8 0, i64 64, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0279, 3
  %564 = mul i64 %20, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %158, i64 %564
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.3, i8 0, i64 64, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0279, 4
  %565 = mul i64 %20, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %158, i64 %565
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.4, i8 0, i64 64, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0279, 5
  %566 = mul i64 %20, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %158, i64 %566
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.5, i8 0, i64 64, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0279, 6
  %567 = mul i64 %20, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %158, i64 %567
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.6, i8 0, i64 64, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0279, 7
  %568 = mul i64 %20, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %158, i64 %568
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep.7, i8 0, i64 64, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0279, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i6.head.preheader.lr.ph:                          ; preds = %i4.head.preheader
  %569 = add i64 %t0, -1
  br label %i6.head.preheader

i6.head.preheader:                                ; preds = %i6.head.preheader.lr.ph, %i7.exit
  %delta.0294 = phi <8 x float> [ %554, %i6.head.preheader.lr.ph ], [ %789, %i7.exit ]
  %delta1.0293 = phi <8 x float> [ %559, %i6.head.preheader.lr.ph ], [ %796, %i7.exit ]
  %tl1.addr.0292 = phi i64 [ 1, %i6.head.preheader.lr.ph ], [ %tl1.next, %i7.exit ]
  %570 = add i64 %569, %tl1.addr.0292
  %571 = shl nsw i64 %570, 1
  %572 = or disjoint i64 %571, 1
  %573 = mul nsw i64 %572, %sq
  %574 = add nsw i64 %tl1.addr.0292, %t0
  %575 = mul i64 %8, %574
  %576 = mul nsw i64 %570, %sq
  %577 = getelementptr inbounds float, ptr %oh, i64 %576
  %578 = load <8 x float>, ptr %577, align 4
  %579 = shl nsw i64 %tl1.addr.0292, 8
  %580 = or disjoint i64 %576, 8
  %581 = getelementptr inbounds float, ptr %oh, i64 %580
  %582 = load <8 x float>, ptr %581, align 4
  br label %i6.body

tl1.exit:                                         ; preds = %i7.exit, %i4.head.preheader
  %delta1.0.lcssa = phi <8 x float> [ %559, %i4.head.preheader ], [ %796, %i7.exit ]
  %delta.0.lcssa = phi <8 x float> [ %554, %i4.head.preheader ], [ %789, %i7.exit ]
  %tlast = add nsw i64 %L, -1
  %583 = add nsw i64 %tlast, %t0
  %584 = shl nsw i64 %583, 1
  %585 = or disjoint i64 %584, 1
  %586 = mul nsw i64 %585, %sq
  %587 = mul nsw i64 %583, %sq
  %588 = getelementptr inbounds float, ptr %oh, i64 %587
  %589 = load <8 x float>, ptr %588, align 4
  %590 = or disjoint i64 %587, 8
  %591 = getelementptr inbounds float, ptr %oh, i64 %590
  %592 = load <8 x float>, ptr %591, align 4
  %invariant.gep375 = getelementptr float, ptr %kh, i64 %586
  br label %i8.body

i6.body:                                          ; preds = %i6.body, %i6.head.preheader
  %acc4.0288 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %647, %i6.body ]
  %acc541.0287 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %655, %i6.body ]
  %i6.addr.0286 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next.1, %i6.body ]
  %593 = getelementptr float, ptr %kh, i64 %i6.addr.0286
  %594 = getelementptr float, ptr %593, i64 %573
  %595 = load float, ptr %594, align 4
  %596 = getelementptr float, ptr %593, i64 %575
  %597 = load float, ptr %596, align 4
  %598 = insertelement <8 x float> poison, float %595, i64 0
  %599 = shufflevector <8 x float> %598, <8 x float> poison, <8 x i32> zeroinitializer
  %600 = shl nuw nsw i64 %i6.addr.0286, 4
  %601 = getelementptr inbounds float, ptr %Sroll, i64 %600
  %602 = load <8 x float>, ptr %601, align 4
  %603 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %delta.0294, <8 x float> %602)
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %603, <8 x float> %578, <8 x float> zeroinitializer)
  %605 = add nuw nsw i64 %600, %579
  %606 = getelementptr inbounds float, ptr %Sh, i64 %605
  store <8 x float> %603, ptr %606, align 4
  %607 = insertelement <8 x float> poison, float %597, i64 0
  %608 = shufflevector <8 x float> %607, <8 x float> poison, <8 x i32> zeroinitializer
  %609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %608, <8 x float> %603, <8 x float> %acc4.0288)
  %610 = or disjoint i64 %600, 8
  %611 = getelementptr inbounds float, ptr %Sroll, i64 %610
  %612 = load <8 x float>, ptr %611, align 4
  %613 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %delta1.0293, <8 x float> %612)
  %614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %613, <8 x float> %582, <8 x float> %604)
  %615 = or disjoint i64 %605, 8
  %616 = getelementptr inbounds float, ptr %Sh, i64 %615
  store <8 x float> %613, ptr %616, align 4
  %617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %608, <8 x float> %613, <8 x float> %acc541.0287)
  %618 = or disjoint i64 %i6.addr.0286, %576
  %619 = getelementptr inbounds float, ptr %qh1, i64 %618
  %620 = load float, ptr %619, align 4
  %621 = shufflevector <8 x float> %614, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %622 = shufflevector <8 x float> %614, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %623 = fadd <4 x float> %621, %622
  %624 = shufflevector <4 x float> %623, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %625 = shufflevector <4 x float> %623, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %626 = fadd <2 x float> %624, %625
  %shift = shufflevector <2 x float> %626, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %627 = fadd <2 x float> %626, %shift
  %628 = extractelement <2 x float> %627, i64 0
  %629 = fmul float %628, 2.500000e-01
  %630 = fadd float %620, %629
  store float %630, ptr %619, align 4
  %i6.next = or disjoint i64 %i6.addr.0286, 1
  %631 = getelementptr float, ptr %kh, i64 %i6.next
  %632 = getelementptr float, ptr %631, i64 %573
  %633 = load float, ptr %632, align 4
  %634 = getelementptr float, ptr %631, i64 %575
  %635 = load float, ptr %634, align 4
  %636 = insertelement <8 x float> poison, float %633, i64 0
  %637 = shufflevector <8 x float> %636, <8 x float> poison, <8 x i32> zeroinitializer
  %638 = shl nuw nsw i64 %i6.next, 4
  %639 = getelementptr inbounds float, ptr %Sroll, i64 %638
  %640 = load <8 x float>, ptr %639, align 4
  %641 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %637, <8 x float> %delta.0294, <8 x float> %640)
  %642 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %578, <8 x float> zeroinitializer)
  %643 = add nuw nsw i64 %638, %579
  %644 = getelementptr inbounds float, ptr %Sh, i64 %643
  store <8 x float> %641, ptr %644, align 4
  %645 = insertelement <8 x float> poison, float %635, i64 0
  %646 = shufflevector <8 x float> %645, <8 x float> poison, <8 x i32> zeroinitializer
  %647 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %646, <8 x float> %641, <8 x float> %609)
  %648 = or disjoint i64 %638, 8
  %649 = getelementptr inbounds float, ptr %Sroll, i64 %648
  %650 = load <8 x float>, ptr %649, align 4
  %651 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %637, <8 x float> %delta1.0293, <8 x float> %650)
  %652 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %651, <8 x float> %582, <8 x float> %642)
  %653 = or disjoint i64 %643, 8
  %654 = getelementptr inbounds float, ptr %Sh, i64 %653
  store <8 x float> %651, ptr %654, align 4
  %655 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %646, <8 x float> %651, <8 x float> %617)
  %656 = or disjoint i64 %i6.next, %576
  %657 = getelementptr inbounds float, ptr %qh1, i64 %656
  %658 = load float, ptr %657, align 4
  %659 = shufflevector <8 x float> %652, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %660 = shufflevector <8 x float> %652, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %661 = fadd <4 x float> %659, %660
  %662 = shufflevector <4 x float> %661, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %663 = shufflevector <4 x float> %661, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %664 = fadd <2 x float> %662, %663
  %shift.1 = shufflevector <2 x float> %664, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %665 = fadd <2 x float> %664, %shift.1
  %666 = extractelement <2 x float> %665, i64 0
  %667 = fmul float %666, 2.500000e-01
  %668 = fadd float %658, %667
  store float %668, ptr %657, align 4
  %i6.next.1 = add nuw nsw i64 %i6.addr.0286, 2
  %exitcond348.not.1 = icmp eq i64 %i6.next.1, 16
  br i1 %exitcond348.not.1, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %669 = shl nsw i64 %574, 1
  %670 = mul nsw i64 %669, %H
  %671 = getelementptr inbounds float, ptr %betah, i64 %670
  %672 = load float, ptr %671, align 4
  %673 = mul nsw i64 %669, %sq
  %674 = getelementptr inbounds float, ptr %vh, i64 %673
  %675 = load <8 x float>, ptr %674, align 4
  %676 = fsub <8 x float> %675, %647
  %677 = shl i64 %tl1.addr.0292, 5
  %678 = getelementptr inbounds float, ptr %R, i64 %677
  store <8 x float> %676, ptr %678, align 4
  %679 = insertelement <8 x float> poison, float %672, i64 0
  %680 = shufflevector <8 x float> %679, <8 x float> poison, <8 x i32> zeroinitializer
  %681 = fmul <8 x float> %680, %676
  %682 = or disjoint i64 %673, 8
  %683 = getelementptr inbounds float, ptr %vh, i64 %682
  %684 = load <8 x float>, ptr %683, align 4
  %685 = fsub <8 x float> %684, %655
  %686 = or disjoint i64 %677, 8
  %687 = getelementptr inbounds float, ptr %R, i64 %686
  store <8 x float> %685, ptr %687, align 4
  %688 = fmul <8 x float> %680, %685
  %689 = or disjoint i64 %669, 1
  %690 = mul nsw i64 %689, %sq
  %invariant.gep = getelementptr float, ptr %kh, i64 %690
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc6.0291 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %771, %i7.body ]
  %acc7.0290 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %778, %i7.body ]
  %i7.addr.0289 = phi i64 [ 0, %i6.exit ], [ %i7.next.3, %i7.body ]
  %691 = or disjoint i64 %i7.addr.0289, %673
  %692 = getelementptr inbounds float, ptr %kh, i64 %691
  %693 = load float, ptr %692, align 4
  %gep = getelementptr float, ptr %invariant.gep, i64 %i7.addr.0289
  %694 = load float, ptr %gep, align 4
  %695 = insertelement <8 x float> poison, float %693, i64 0
  %696 = shufflevector <8 x float> %695, <8 x float> poison, <8 x i32> zeroinitializer
  %697 = shl nuw nsw i64 %i7.addr.0289, 4
  %698 = add nuw nsw i64 %697, %579
  %699 = getelementptr inbounds float, ptr %Sh, i64 %698
  %700 = load <8 x float>, ptr %699, align 4
  %701 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> %681, <8 x float> %700)
  %702 = getelementptr inbounds float, ptr %Sroll, i64 %697
  store <8 x float> %701, ptr %702, align 4
  %703 = insertelement <8 x float> poison, float %694, i64 0
  %704 = shufflevector <8 x float> %703, <8 x float> poison, <8 x i32> zeroinitializer
  %705 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> %701, <8 x float> %acc6.0291)
  %706 = or disjoint i64 %698, 8
  %707 = getelementptr inbounds float, ptr %Sh, i64 %706
  %708 = load <8 x float>, ptr %707, align 4
  %709 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %696, <8 x float> %688, <8 x float> %708)
  %710 = or disjoint i64 %697, 8
  %711 = getelementptr inbounds float, ptr %Sroll, i64 %710
  store <8 x float> %709, ptr %711, align 4
  %712 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> %709, <8 x float> %acc7.0290)
  %i7.next = or disjoint i64 %i7.addr.0289, 1
  %713 = or disjoint i64 %i7.next, %673
  %714 = getelementptr inbounds float, ptr %kh, i64 %713
  %715 = load float, ptr %714, align 4
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i7.next
  %716 = load float, ptr %gep.1, align 4
  %717 = insertelement <8 x float> poison, float %715, i64 0
  %718 = shufflevector <8 x float> %717, <8 x float> poison, <8 x i32> zeroinitializer
  %719 = shl nuw nsw i64 %i7.next, 4
  %720 = add nuw nsw i64 %719, %579
  %721 = getelementptr inbounds float, ptr %Sh, i64 %720
  %722 = load <8 x float>, ptr %721, align 4
  %723 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %681, <8 x float> %722)
  %724 = getelementptr inbounds float, ptr %Sroll, i64 %719
  store <8 x float> %723, ptr %724, align 4
  %725 = insertelement <8 x float> poison, float %716, i64 0
  %726 = shufflevector <8 x float> %725, <8 x float> poison, <8 x i32> zeroinitializer
  %727 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %726, <8 x float> %723, <8 x float> %705)
  %728 = or disjoint i64 %720, 8
  %729 = getelementptr inbounds float, ptr %Sh, i64 %728
  %730 = load <8 x float>, ptr %729, align 4
  %731 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %688, <8 x float> %730)
  %732 = or disjoint i64 %719, 8
  %733 = getelementptr inbounds float, ptr %Sroll, i64 %732
  store <8 x float> %731, ptr %733, align 4
  %734 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %726, <8 x float> %731, <8 x float> %712)
  %i7.next.1 = or disjoint i64 %i7.addr.0289, 2
  %735 = or disjoint i64 %i7.next.1, %673
  %736 = getelementptr inbounds float, ptr %kh, i64 %735
  %737 = load float, ptr %736, align 4
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i7.next.1
  %738 = load float, ptr %gep.2, align 4
  %739 = insertelement <8 x float> poison, float %737, i64 0
  %740 = shufflevector <8 x float> %739, <8 x float> poison, <8 x i32> zeroinitializer
  %741 = shl nuw nsw i64 %i7.next.1, 4
  %742 = add nuw nsw i64 %741, %579
  %743 = getelementptr inbounds float, ptr %Sh, i64 %742
  %744 = load <8 x float>, ptr %743, align 4
  %745 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> %681, <8 x float> %744)
  %746 = getelementptr inbounds float, ptr %Sroll, i64 %741
  store <8 x float> %745, ptr %746, align 4
  %747 = insertelement <8 x float> poison, float %738, i64 0
  %748 = shufflevector <8 x float> %747, <8 x float> poison, <8 x i32> zeroinitializer
  %749 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %748, <8 x float> %745, <8 x float> %727)
  %750 = or disjoint i64 %742, 8
  %751 = getelementptr inbounds float, ptr %Sh, i64 %750
  %752 = load <8 x float>, ptr %751, align 4
  %753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %740, <8 x float> %688, <8 x float> %752)
  %754 = or disjoint i64 %741, 8
  %755 = getelementptr inbounds float, ptr %Sroll, i64 %754
  store <8 x float> %753, ptr %755, align 4
  %756 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %748, <8 x float> %753, <8 x float> %734)
  %i7.next.2 = or disjoint i64 %i7.addr.0289, 3
  %757 = or disjoint i64 %i7.next.2, %673
  %758 = getelementptr inbounds float, ptr %kh, i64 %757
  %759 = load float, ptr %758, align 4
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i7.next.2
  %760 = load float, ptr %gep.3, align 4
  %761 = insertelement <8 x float> poison, float %759, i64 0
  %762 = shufflevector <8 x float> %761, <8 x float> poison, <8 x i32> zeroinitializer
  %763 = shl nuw nsw i64 %i7.next.2, 4
  %764 = add nuw nsw i64 %763, %579
  %765 = getelementptr inbounds float, ptr %Sh, i64 %764
  %766 = load <8 x float>, ptr %765, align 4
  %767 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> %681, <8 x float> %766)
  %768 = getelementptr inbounds float, ptr %Sroll, i64 %763
  store <8 x float> %767, ptr %768, align 4
  %769 = insertelement <8 x float> poison, float %760, i64 0
  %770 = shufflevector <8 x float> %769, <8 x float> poison, <8 x i32> zeroinitializer
  %771 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %770, <8 x float> %767, <8 x float> %749)
  %772 = or disjoint i64 %764, 8
  %773 = getelementptr inbounds float, ptr %Sh, i64 %772
  %774 = load <8 x float>, ptr %773, align 4
  %775 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %762, <8 x float> %688, <8 x float> %774)
  %776 = or disjoint i64 %763, 8
  %777 = getelementptr inbounds float, ptr %Sroll, i64 %776
  store <8 x float> %775, ptr %777, align 4
  %778 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %770, <8 x float> %775, <8 x float> %756)
  %i7.next.3 = add nuw nsw i64 %i7.addr.0289, 4
  %exitcond349.not.3 = icmp eq i64 %i7.next.3, 16
  br i1 %exitcond349.not.3, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %779 = mul nsw i64 %689, %H
  %780 = getelementptr inbounds float, ptr %betah, i64 %779
  %781 = load float, ptr %780, align 4
  %782 = getelementptr inbounds float, ptr %vh, i64 %690
  %783 = load <8 x float>, ptr %782, align 4
  %784 = fsub <8 x float> %783, %771
  %785 = or disjoint i64 %677, 16
  %786 = getelementptr inbounds float, ptr %R, i64 %785
  store <8 x float> %784, ptr %786, align 4
  %787 = insertelement <8 x float> poison, float %781, i64 0
  %788 = shufflevector <8 x float> %787, <8 x float> poison, <8 x i32> zeroinitializer
  %789 = fmul <8 x float> %788, %784
  %790 = or disjoint i64 %690, 8
  %791 = getelementptr inbounds float, ptr %vh, i64 %790
  %792 = load <8 x float>, ptr %791, align 4
  %793 = fsub <8 x float> %792, %778
  %794 = or disjoint i64 %677, 24
  %795 = getelementptr inbounds float, ptr %R, i64 %794
  store <8 x float> %793, ptr %795, align 4
  %796 = fmul <8 x float> %788, %793
  %tl1.next = add nuw nsw i64 %tl1.addr.0292, 1
  %exitcond352.not = icmp eq i64 %tl1.next, %smax351
  br i1 %exitcond352.not, label %tl1.exit, label %i6.head.preheader

tt.head.preheader:                                ; preds = %i8.body
  br i1 %156, label %tt.body, label %j12.head.preheader

i8.body:                                          ; preds = %i8.body, %tl1.exit
  %i8.addr.0296 = phi i64 [ 0, %tl1.exit ], [ %i8.next.3, %i8.body ]
  %gep376 = getelementptr float, ptr %invariant.gep375, i64 %i8.addr.0296
  %797 = load float, ptr %gep376, align 4
  %798 = insertelement <8 x float> poison, float %797, i64 0
  %799 = shufflevector <8 x float> %798, <8 x float> poison, <8 x i32> zeroinitializer
  %800 = shl nuw nsw i64 %i8.addr.0296, 4
  %801 = getelementptr inbounds float, ptr %Sroll, i64 %800
  %802 = load <8 x float>, ptr %801, align 4
  %803 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> %delta.0.lcssa, <8 x float> %802)
  %804 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %803, <8 x float> %589, <8 x float> zeroinitializer)
  %805 = or disjoint i64 %800, 8
  %806 = getelementptr inbounds float, ptr %Sroll, i64 %805
  %807 = load <8 x float>, ptr %806, align 4
  %808 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> %delta1.0.lcssa, <8 x float> %807)
  %809 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %808, <8 x float> %592, <8 x float> %804)
  %810 = or disjoint i64 %i8.addr.0296, %587
  %811 = getelementptr inbounds float, ptr %qh1, i64 %810
  %812 = load float, ptr %811, align 4
  %813 = shufflevector <8 x float> %809, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %814 = shufflevector <8 x float> %809, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %815 = fadd <4 x float> %813, %814
  %816 = shufflevector <4 x float> %815, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %817 = shufflevector <4 x float> %815, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %818 = fadd <2 x float> %816, %817
  %shift386 = shufflevector <2 x float> %818, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %819 = fadd <2 x float> %818, %shift386
  %820 = extractelement <2 x float> %819, i64 0
  %821 = fmul float %820, 2.500000e-01
  %822 = fadd float %812, %821
  store float %822, ptr %811, align 4
  %i8.next = or disjoint i64 %i8.addr.0296, 1
  %gep376.1 = getelementptr float, ptr %invariant.gep375, i64 %i8.next
  %823 = load float, ptr %gep376.1, align 4
  %824 = insertelement <8 x float> poison, float %823, i64 0
  %825 = shufflevector <8 x float> %824, <8 x float> poison, <8 x i32> zeroinitializer
  %826 = shl nuw nsw i64 %i8.next, 4
  %827 = getelementptr inbounds float, ptr %Sroll, i64 %826
  %828 = load <8 x float>, ptr %827, align 4
  %829 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %825, <8 x float> %delta.0.lcssa, <8 x float> %828)
  %830 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %829, <8 x float> %589, <8 x float> zeroinitializer)
  %831 = or disjoint i64 %826, 8
  %832 = getelementptr inbounds float, ptr %Sroll, i64 %831
  %833 = load <8 x float>, ptr %832, align 4
  %834 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %825, <8 x float> %delta1.0.lcssa, <8 x float> %833)
  %835 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> %592, <8 x float> %830)
  %836 = or disjoint i64 %i8.next, %587
  %837 = getelementptr inbounds float, ptr %qh1, i64 %836
  %838 = load float, ptr %837, align 4
  %839 = shufflevector <8 x float> %835, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %840 = shufflevector <8 x float> %835, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %841 = fadd <4 x float> %839, %840
  %842 = shufflevector <4 x float> %841, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %843 = shufflevector <4 x float> %841, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %844 = fadd <2 x float> %842, %843
  %shift386.1 = shufflevector <2 x float> %844, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %845 = fadd <2 x float> %844, %shift386.1
  %846 = extractelement <2 x float> %845, i64 0
  %847 = fmul float %846, 2.500000e-01
  %848 = fadd float %838, %847
  store float %848, ptr %837, align 4
  %i8.next.1 = or disjoint i64 %i8.addr.0296, 2
  %gep376.2 = getelementptr float, ptr %invariant.gep375, i64 %i8.next.1
  %849 = load float, ptr %gep376.2, align 4
  %850 = insertelement <8 x float> poison, float %849, i64 0
  %851 = shufflevector <8 x float> %850, <8 x float> poison, <8 x i32> zeroinitializer
  %852 = shl nuw nsw i64 %i8.next.1, 4
  %853 = getelementptr inbounds float, ptr %Sroll, i64 %852
  %854 = load <8 x float>, ptr %853, align 4
  %855 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %851, <8 x float> %delta.0.lcssa, <8 x float> %854)
  %856 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %855, <8 x float> %589, <8 x float> zeroinitializer)
  %857 = or disjoint i64 %852, 8
  %858 = getelementptr inbounds float, ptr %Sroll, i64 %857
  %859 = load <8 x float>, ptr %858, align 4
  %860 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %851, <8 x float> %delta1.0.lcssa, <8 x float> %859)
  %861 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %860, <8 x float> %592, <8 x float> %856)
  %862 = or disjoint i64 %i8.next.1, %587
  %863 = getelementptr inbounds float, ptr %qh1, i64 %862
  %864 = load float, ptr %863, align 4
  %865 = shufflevector <8 x float> %861, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %866 = shufflevector <8 x float> %861, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %867 = fadd <4 x float> %865, %866
  %868 = shufflevector <4 x float> %867, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %869 = shufflevector <4 x float> %867, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %870 = fadd <2 x float> %868, %869
  %shift386.2 = shufflevector <2 x float> %870, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %871 = fadd <2 x float> %870, %shift386.2
  %872 = extractelement <2 x float> %871, i64 0
  %873 = fmul float %872, 2.500000e-01
  %874 = fadd float %864, %873
  store float %874, ptr %863, align 4
  %i8.next.2 = or disjoint i64 %i8.addr.0296, 3
  %gep376.3 = getelementptr float, ptr %invariant.gep375, i64 %i8.next.2
  %875 = load float, ptr %gep376.3, align 4
  %876 = insertelement <8 x float> poison, float %875, i64 0
  %877 = shufflevector <8 x float> %876, <8 x float> poison, <8 x i32> zeroinitializer
  %878 = shl nuw nsw i64 %i8.next.2, 4
  %879 = getelementptr inbounds float, ptr %Sroll, i64 %878
  %880 = load <8 x float>, ptr %879, align 4
  %881 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %877, <8 x float> %delta.0.lcssa, <8 x float> %880)
  %882 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %881, <8 x float> %589, <8 x float> zeroinitializer)
  %883 = or disjoint i64 %878, 8
  %884 = getelementptr inbounds float, ptr %Sroll, i64 %883
  %885 = load <8 x float>, ptr %884, align 4
  %886 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %877, <8 x float> %delta1.0.lcssa, <8 x float> %885)
  %887 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %886, <8 x float> %592, <8 x float> %882)
  %888 = or disjoint i64 %i8.next.2, %587
  %889 = getelementptr inbounds float, ptr %qh1, i64 %888
  %890 = load float, ptr %889, align 4
  %891 = shufflevector <8 x float> %887, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %892 = shufflevector <8 x float> %887, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %893 = fadd <4 x float> %891, %892
  %894 = shufflevector <4 x float> %893, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %895 = shufflevector <4 x float> %893, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %896 = fadd <2 x float> %894, %895
  %shift386.3 = shufflevector <2 x float> %896, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %897 = fadd <2 x float> %896, %shift386.3
  %898 = extractelement <2 x float> %897, i64 0
  %899 = fmul float %898, 2.500000e-01
  %900 = fadd float %890, %899
  store float %900, ptr %889, align 4
  %i8.next.3 = add nuw nsw i64 %i8.addr.0296, 4
  %exitcond353.not.3 = icmp eq i64 %i8.next.3, 16
  br i1 %exitcond353.not.3, label %tt.head.preheader, label %i8.body

j12.head.preheader:                               ; preds = %i16.exit, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %901 = fneg float %293
  br label %i22.body

tt.body:                                          ; preds = %tt.head.preheader, %i16.exit
  %tt.addr.0315 = phi i64 [ %tt.next, %i16.exit ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.0315
  %902 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %902, i64 %tlast)
  %903 = add nsw i64 %ptl, %t0
  %904 = shl nsw i64 %903, 1
  %905 = mul nsw i64 %904, %H
  %906 = getelementptr inbounds float, ptr %betah, i64 %905
  %907 = load float, ptr %906, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %908 = icmp slt i64 %902, %L
  %.neg = fneg float %907
  %909 = select i1 %908, float %.neg, float -0.000000e+00
  %910 = mul nsw i64 %904, %sq
  %911 = shl nsw i64 %ptl, 8
  %912 = shl nsw i64 %ptl, 5
  %913 = getelementptr inbounds float, ptr %R, i64 %912
  %914 = or disjoint i64 %912, 8
  %915 = getelementptr inbounds float, ptr %R, i64 %914
  %916 = add nsw i64 %tl2, %t0
  %917 = mul nsw i64 %916, %sq
  %918 = getelementptr inbounds float, ptr %oh, i64 %917
  %919 = load <8 x float>, ptr %918, align 4
  %920 = or disjoint i64 %917, 8
  %921 = getelementptr inbounds float, ptr %oh, i64 %920
  %922 = load <8 x float>, ptr %921, align 4
  %923 = shl nsw i64 %916, 1
  %924 = or disjoint i64 %923, 1
  %925 = mul nsw i64 %924, %sq
  br label %i10.body

i10.body:                                         ; preds = %tt.body, %i10.body
  %dsk.0300 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %979, %i10.body ]
  %dsk1.0299 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %980, %i10.body ]
  %i10.addr.0298 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %926 = shl nuw nsw i64 %i10.addr.0298, 4
  %927 = getelementptr inbounds float, ptr %dS, i64 %926
  %928 = load <8 x float>, ptr %927, align 4
  %929 = or disjoint i64 %926, 8
  %930 = getelementptr inbounds float, ptr %dS, i64 %929
  %931 = load <8 x float>, ptr %930, align 4
  %932 = getelementptr float, ptr %kh, i64 %i10.addr.0298
  %933 = getelementptr float, ptr %932, i64 %910
  %934 = load float, ptr %933, align 4
  %935 = fmul float %909, %934
  %936 = load <8 x float>, ptr %dSkPrev, align 4
  %937 = add nuw nsw i64 %926, %911
  %938 = getelementptr inbounds float, ptr %Sh, i64 %937
  %939 = load <8 x float>, ptr %938, align 4
  %940 = load <8 x float>, ptr %913, align 4
  %941 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %940, <8 x float> zeroinitializer)
  %942 = fneg <8 x float> %939
  %943 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %942, <8 x float> %936, <8 x float> %941)
  %944 = insertelement <8 x float> poison, float %935, i64 0
  %945 = shufflevector <8 x float> %944, <8 x float> poison, <8 x i32> zeroinitializer
  %946 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %945, <8 x float> %936, <8 x float> %928)
  %947 = load <8 x float>, ptr %9, align 4
  %948 = or disjoint i64 %937, 8
  %949 = getelementptr inbounds float, ptr %Sh, i64 %948
  %950 = load <8 x float>, ptr %949, align 4
  %951 = load <8 x float>, ptr %915, align 4
  %952 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %931, <8 x float> %951, <8 x float> %943)
  %953 = fneg <8 x float> %950
  %954 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %953, <8 x float> %947, <8 x float> %952)
  %955 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %945, <8 x float> %947, <8 x float> %931)
  %956 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0298
  %957 = load float, ptr %956, align 4
  %958 = shufflevector <8 x float> %954, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %959 = shufflevector <8 x float> %954, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %960 = fadd <4 x float> %958, %959
  %961 = shufflevector <4 x float> %960, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %962 = shufflevector <4 x float> %960, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %963 = fadd <2 x float> %961, %962
  %shift387 = shufflevector <2 x float> %963, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %964 = fadd <2 x float> %963, %shift387
  %965 = extractelement <2 x float> %964, i64 0
  %966 = fadd float %957, %965
  store float %966, ptr %956, align 4
  %967 = or disjoint i64 %i10.addr.0298, %917
  %968 = getelementptr inbounds float, ptr %qh, i64 %967
  %969 = load float, ptr %968, align 4
  %970 = fmul float %969, 2.500000e-01
  %971 = insertelement <8 x float> poison, float %970, i64 0
  %972 = shufflevector <8 x float> %971, <8 x float> poison, <8 x i32> zeroinitializer
  %973 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %972, <8 x float> %919, <8 x float> %946)
  %974 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %972, <8 x float> %922, <8 x float> %955)
  %975 = getelementptr float, ptr %932, i64 %925
  %976 = load float, ptr %975, align 4
  %977 = insertelement <8 x float> poison, float %976, i64 0
  %978 = shufflevector <8 x float> %977, <8 x float> poison, <8 x i32> zeroinitializer
  %979 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %978, <8 x float> %973, <8 x float> %dsk.0300)
  %980 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %978, <8 x float> %974, <8 x float> %dsk1.0299)
  store <8 x float> %973, ptr %927, align 4
  store <8 x float> %974, ptr %930, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0298, 1
  %exitcond354.not = icmp eq i64 %i10.next, 16
  br i1 %exitcond354.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <8 x float> %979, ptr %dSk, align 4
  store <8 x float> %980, ptr %10, align 4
  br i1 %908, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i10.exit
  %981 = insertelement <8 x float> poison, float %907, i64 0
  %982 = shufflevector <8 x float> %981, <8 x float> poison, <8 x i32> zeroinitializer
  %983 = load <8 x float>, ptr %dkTmp, align 4
  %984 = fmul <8 x float> %982, %983
  %985 = getelementptr float, ptr %kh1, i64 %910
  store <8 x float> %984, ptr %985, align 4
  %986 = load <8 x float>, ptr %117, align 4
  %987 = fmul <8 x float> %982, %986
  %988 = getelementptr float, ptr %149, i64 %910
  store <8 x float> %987, ptr %988, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i10.exit
  %989 = mul nsw i64 %924, %H
  %990 = getelementptr inbounds float, ptr %betah, i64 %989
  %991 = load float, ptr %990, align 4
  %992 = insertelement <8 x float> poison, float %991, i64 0
  %993 = shufflevector <8 x float> %992, <8 x float> poison, <8 x i32> zeroinitializer
  %994 = fmul <8 x float> %993, %979
  %995 = getelementptr float, ptr %vh1, i64 %925
  store <8 x float> %994, ptr %995, align 4
  %996 = fmul <8 x float> %993, %980
  %997 = getelementptr float, ptr %150, i64 %925
  store <8 x float> %996, ptr %997, align 4
  %.idx324 = shl i64 %tl2, 7
  %998 = getelementptr i8, ptr %R, i64 %.idx324
  %999 = getelementptr i8, ptr %998, i64 64
  %1000 = load <8 x float>, ptr %999, align 4
  %1001 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %1000, <8 x float> zeroinitializer)
  %1002 = getelementptr i8, ptr %118, i64 %.idx324
  %1003 = getelementptr i8, ptr %1002, i64 64
  %1004 = load <8 x float>, ptr %1003, align 4
  %1005 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %980, <8 x float> %1004, <8 x float> %1001)
  %1006 = shufflevector <8 x float> %1005, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1007 = shufflevector <8 x float> %1005, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1008 = fadd <4 x float> %1006, %1007
  %1009 = shufflevector <4 x float> %1008, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1010 = shufflevector <4 x float> %1008, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1011 = fadd <2 x float> %1009, %1010
  %shift388 = shufflevector <2 x float> %1011, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1012 = fadd <2 x float> %1011, %shift388
  %1013 = extractelement <2 x float> %1012, i64 0
  %1014 = getelementptr inbounds float, ptr %betah1, i64 %989
  store float %1013, ptr %1014, align 4
  store <8 x float> %979, ptr %dSkPrev, align 4
  store <8 x float> %980, ptr %119, align 4
  %1015 = mul nsw i64 %923, %H
  %1016 = getelementptr inbounds float, ptr %betah, i64 %1015
  %1017 = load float, ptr %1016, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %dkTmp, i8 0, i64 64, i1 false)
  %1018 = fneg float %991
  %1019 = mul nsw i64 %923, %sq
  %1020 = shl nsw i64 %tl2, 8
  %1021 = shl i64 %tl2, 5
  %1022 = getelementptr inbounds float, ptr %R, i64 %1021
  %1023 = or disjoint i64 %1021, 16
  %1024 = getelementptr inbounds float, ptr %R, i64 %1023
  %1025 = or disjoint i64 %1021, 8
  %1026 = getelementptr inbounds float, ptr %R, i64 %1025
  %1027 = or disjoint i64 %1021, 24
  %1028 = getelementptr inbounds float, ptr %R, i64 %1027
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0309 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk3.0308 = phi <8 x float> [ zeroinitializer, %endif ], [ %1082, %i16.body ]
  %dsk2.0307 = phi <8 x float> [ zeroinitializer, %endif ], [ %1081, %i16.body ]
  %1029 = shl nuw nsw i64 %i16.addr.0309, 4
  %1030 = getelementptr inbounds float, ptr %dS, i64 %1029
  %1031 = load <8 x float>, ptr %1030, align 4
  %1032 = or disjoint i64 %1029, 8
  %1033 = getelementptr inbounds float, ptr %dS, i64 %1032
  %1034 = load <8 x float>, ptr %1033, align 4
  %1035 = getelementptr float, ptr %kh, i64 %i16.addr.0309
  %1036 = getelementptr float, ptr %1035, i64 %925
  %1037 = load float, ptr %1036, align 4
  %1038 = fmul float %1037, %1018
  %1039 = getelementptr float, ptr %1035, i64 %1019
  %1040 = load float, ptr %1039, align 4
  %1041 = fmul float %1017, %1040
  %1042 = load <8 x float>, ptr %dSkPrev, align 4
  %1043 = add nuw nsw i64 %1029, %1020
  %1044 = getelementptr inbounds float, ptr %Sh, i64 %1043
  %1045 = load <8 x float>, ptr %1044, align 4
  %1046 = load <8 x float>, ptr %1022, align 4
  %1047 = insertelement <8 x float> poison, float %1041, i64 0
  %1048 = shufflevector <8 x float> %1047, <8 x float> poison, <8 x i32> zeroinitializer
  %1049 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1048, <8 x float> %1046, <8 x float> %1045)
  %1050 = load <8 x float>, ptr %1024, align 4
  %1051 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1031, <8 x float> %1050, <8 x float> zeroinitializer)
  %1052 = fneg <8 x float> %1049
  %1053 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1052, <8 x float> %1042, <8 x float> %1051)
  %1054 = insertelement <8 x float> poison, float %1038, i64 0
  %1055 = shufflevector <8 x float> %1054, <8 x float> poison, <8 x i32> zeroinitializer
  %1056 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1055, <8 x float> %1042, <8 x float> %1031)
  %1057 = load <8 x float>, ptr %9, align 4
  %1058 = or disjoint i64 %1043, 8
  %1059 = getelementptr inbounds float, ptr %Sh, i64 %1058
  %1060 = load <8 x float>, ptr %1059, align 4
  %1061 = load <8 x float>, ptr %1026, align 4
  %1062 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1048, <8 x float> %1061, <8 x float> %1060)
  %1063 = load <8 x float>, ptr %1028, align 4
  %1064 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1034, <8 x float> %1063, <8 x float> %1053)
  %1065 = fneg <8 x float> %1062
  %1066 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1057, <8 x float> %1064)
  %1067 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1055, <8 x float> %1057, <8 x float> %1034)
  %1068 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0309
  %1069 = load float, ptr %1068, align 4
  %1070 = shufflevector <8 x float> %1066, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1071 = shufflevector <8 x float> %1066, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1072 = fadd <4 x float> %1070, %1071
  %1073 = shufflevector <4 x float> %1072, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1074 = shufflevector <4 x float> %1072, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1075 = fadd <2 x float> %1073, %1074
  %shift389 = shufflevector <2 x float> %1075, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1076 = fadd <2 x float> %1075, %shift389
  %1077 = extractelement <2 x float> %1076, i64 0
  %1078 = fadd float %1069, %1077
  store float %1078, ptr %1068, align 4
  %1079 = insertelement <8 x float> poison, float %1040, i64 0
  %1080 = shufflevector <8 x float> %1079, <8 x float> poison, <8 x i32> zeroinitializer
  %1081 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1080, <8 x float> %1056, <8 x float> %dsk2.0307)
  %1082 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1080, <8 x float> %1067, <8 x float> %dsk3.0308)
  store <8 x float> %1056, ptr %1030, align 4
  store <8 x float> %1067, ptr %1033, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0309, 1
  %exitcond355.not = icmp eq i64 %i16.next, 16
  br i1 %exitcond355.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <8 x float> %1081, ptr %dSk, align 4
  store <8 x float> %1082, ptr %10, align 4
  %1083 = load <8 x float>, ptr %dkTmp, align 4
  %1084 = fmul <8 x float> %993, %1083
  %1085 = getelementptr float, ptr %kh1, i64 %925
  store <8 x float> %1084, ptr %1085, align 4
  %1086 = load <8 x float>, ptr %120, align 4
  %1087 = fmul <8 x float> %993, %1086
  %1088 = getelementptr float, ptr %151, i64 %925
  store <8 x float> %1087, ptr %1088, align 4
  %1089 = insertelement <8 x float> poison, float %1017, i64 0
  %1090 = shufflevector <8 x float> %1089, <8 x float> poison, <8 x i32> zeroinitializer
  %1091 = fmul <8 x float> %1090, %1081
  %1092 = getelementptr float, ptr %vh1, i64 %1019
  store <8 x float> %1091, ptr %1092, align 4
  %1093 = fmul <8 x float> %1090, %1082
  %1094 = getelementptr float, ptr %150, i64 %1019
  store <8 x float> %1093, ptr %1094, align 4
  %1095 = load <8 x float>, ptr %998, align 4
  %1096 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1081, <8 x float> %1095, <8 x float> zeroinitializer)
  %1097 = load <8 x float>, ptr %1002, align 4
  %1098 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1082, <8 x float> %1097, <8 x float> %1096)
  %1099 = shufflevector <8 x float> %1098, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1100 = shufflevector <8 x float> %1098, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1101 = fadd <4 x float> %1099, %1100
  %1102 = shufflevector <4 x float> %1101, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1103 = shufflevector <4 x float> %1101, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1104 = fadd <2 x float> %1102, %1103
  %shift390 = shufflevector <2 x float> %1104, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1105 = fadd <2 x float> %1104, %shift390
  %1106 = extractelement <2 x float> %1105, i64 0
  %1107 = getelementptr inbounds float, ptr %betah1, i64 %1015
  store float %1106, ptr %1107, align 4
  store <8 x float> %1081, ptr %dSkPrev, align 4
  store <8 x float> %1082, ptr %119, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0315, 1
  %exitcond358.not = icmp eq i64 %tt.next, %smax357
  br i1 %exitcond358.not, label %j12.head.preheader, label %tt.body

i22.body:                                         ; preds = %i22.body, %j12.head.preheader
  %i22.addr.0317 = phi i64 [ 0, %j12.head.preheader ], [ %i22.next.1, %i22.body ]
  %1108 = shl nuw nsw i64 %i22.addr.0317, 4
  %1109 = getelementptr inbounds float, ptr %dS, i64 %1108
  %1110 = load <8 x float>, ptr %1109, align 4
  %1111 = or disjoint i64 %1108, 8
  %1112 = getelementptr inbounds float, ptr %dS, i64 %1111
  %1113 = load <8 x float>, ptr %1112, align 4
  %1114 = or disjoint i64 %i22.addr.0317, %294
  %1115 = getelementptr inbounds float, ptr %kh, i64 %1114
  %1116 = load float, ptr %1115, align 4
  %1117 = fmul float %1116, %901
  %1118 = load <8 x float>, ptr %dSkPrev, align 4
  %1119 = getelementptr inbounds float, ptr %Sh, i64 %1108
  %1120 = load <8 x float>, ptr %1119, align 4
  %1121 = load <8 x float>, ptr %R, align 4
  %1122 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1110, <8 x float> %1121, <8 x float> zeroinitializer)
  %1123 = fneg <8 x float> %1120
  %1124 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1123, <8 x float> %1118, <8 x float> %1122)
  %1125 = insertelement <8 x float> poison, float %1117, i64 0
  %1126 = shufflevector <8 x float> %1125, <8 x float> poison, <8 x i32> zeroinitializer
  %1127 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1126, <8 x float> %1118, <8 x float> %1110)
  %1128 = load <8 x float>, ptr %9, align 4
  %1129 = getelementptr inbounds float, ptr %Sh, i64 %1111
  %1130 = load <8 x float>, ptr %1129, align 4
  %1131 = load <8 x float>, ptr %5, align 4
  %1132 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1113, <8 x float> %1131, <8 x float> %1124)
  %1133 = fneg <8 x float> %1130
  %1134 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1133, <8 x float> %1128, <8 x float> %1132)
  %1135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1126, <8 x float> %1128, <8 x float> %1113)
  %1136 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0317
  %1137 = load float, ptr %1136, align 4
  %1138 = shufflevector <8 x float> %1134, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1139 = shufflevector <8 x float> %1134, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1140 = fadd <4 x float> %1138, %1139
  %1141 = shufflevector <4 x float> %1140, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1142 = shufflevector <4 x float> %1140, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1143 = fadd <2 x float> %1141, %1142
  %shift391 = shufflevector <2 x float> %1143, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1144 = fadd <2 x float> %1143, %shift391
  %1145 = extractelement <2 x float> %1144, i64 0
  %1146 = fadd float %1137, %1145
  store float %1146, ptr %1136, align 4
  store <8 x float> %1127, ptr %1109, align 4
  store <8 x float> %1135, ptr %1112, align 4
  %i22.next = or disjoint i64 %i22.addr.0317, 1
  %1147 = shl nuw nsw i64 %i22.next, 4
  %1148 = getelementptr inbounds float, ptr %dS, i64 %1147
  %1149 = load <8 x float>, ptr %1148, align 4
  %1150 = or disjoint i64 %1147, 8
  %1151 = getelementptr inbounds float, ptr %dS, i64 %1150
  %1152 = load <8 x float>, ptr %1151, align 4
  %1153 = or disjoint i64 %i22.next, %294
  %1154 = getelementptr inbounds float, ptr %kh, i64 %1153
  %1155 = load float, ptr %1154, align 4
  %1156 = fmul float %1155, %901
  %1157 = load <8 x float>, ptr %dSkPrev, align 4
  %1158 = getelementptr inbounds float, ptr %Sh, i64 %1147
  %1159 = load <8 x float>, ptr %1158, align 4
  %1160 = load <8 x float>, ptr %R, align 4
  %1161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> %1160, <8 x float> zeroinitializer)
  %1162 = fneg <8 x float> %1159
  %1163 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1162, <8 x float> %1157, <8 x float> %1161)
  %1164 = insertelement <8 x float> poison, float %1156, i64 0
  %1165 = shufflevector <8 x float> %1164, <8 x float> poison, <8 x i32> zeroinitializer
  %1166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1165, <8 x float> %1157, <8 x float> %1149)
  %1167 = load <8 x float>, ptr %9, align 4
  %1168 = getelementptr inbounds float, ptr %Sh, i64 %1150
  %1169 = load <8 x float>, ptr %1168, align 4
  %1170 = load <8 x float>, ptr %5, align 4
  %1171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1152, <8 x float> %1170, <8 x float> %1163)
  %1172 = fneg <8 x float> %1169
  %1173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1172, <8 x float> %1167, <8 x float> %1171)
  %1174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1165, <8 x float> %1167, <8 x float> %1152)
  %1175 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.next
  %1176 = load float, ptr %1175, align 4
  %1177 = shufflevector <8 x float> %1173, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1178 = shufflevector <8 x float> %1173, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1179 = fadd <4 x float> %1177, %1178
  %1180 = shufflevector <4 x float> %1179, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1181 = shufflevector <4 x float> %1179, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1182 = fadd <2 x float> %1180, %1181
  %shift391.1 = shufflevector <2 x float> %1182, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1183 = fadd <2 x float> %1182, %shift391.1
  %1184 = extractelement <2 x float> %1183, i64 0
  %1185 = fadd float %1176, %1184
  store float %1185, ptr %1175, align 4
  store <8 x float> %1166, ptr %1148, align 4
  store <8 x float> %1174, ptr %1151, align 4
  %i22.next.1 = add nuw nsw i64 %i22.addr.0317, 2
  %exitcond359.not.1 = icmp eq i64 %i22.next.1, 16
  br i1 %exitcond359.not.1, label %j13.body.preheader, label %i22.body

j13.body.preheader:                               ; preds = %i22.body
  %1186 = load <8 x float>, ptr %dkTmp, align 4
  %1187 = fmul <8 x float> %299, %1186
  %1188 = getelementptr inbounds float, ptr %kh1, i64 %294
  store <8 x float> %1187, ptr %1188, align 4
  %1189 = load <8 x float>, ptr %121, align 4
  %1190 = fmul <8 x float> %299, %1189
  %1191 = getelementptr inbounds float, ptr %kh1, i64 %301
  store <8 x float> %1190, ptr %1191, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0319, 1
  %indvars.iv.next = add i64 %indvars.iv, 64
  %exitcond361.not = icmp eq i64 %cc.next, %smax360
  br i1 %exitcond361.not, label %i24.head.preheader, label %cc.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

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
; ---- dp_step_h2_k16_v16_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k16_v16_c1_nogate'
source_filename = "dp_step_h2_k16_v16_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k16_v16_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 1
  %2 = or disjoint i64 %sq, 8
  %3 = or disjoint i64 %sq, 1
  %4 = or disjoint i64 %sq, 2
  %5 = or disjoint i64 %sq, 3
  %6 = or disjoint i64 %sq, 4
  %7 = or disjoint i64 %sq, 5
  %8 = or disjoint i64 %sq, 6
  %9 = or disjoint i64 %sq, 7
  %10 = or disjoint i64 %sq, 9
  %11 = or disjoint i64 %sq, 10
  %12 = or disjoint i64 %sq, 11
  %13 = or disjoint i64 %sq, 12
  %14 = or disjoint i64 %sq, 13
  %15 = or disjoint i64 %sq, 14
  %16 = or disjoint i64 %sq, 15
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %bh.body
  %bh.addr.0106 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %bh.body ]
  %b = sdiv i64 %bh.addr.0106, %H
  %h = srem i64 %bh.addr.0106, %H
  %17 = mul nsw i64 %b, %H
  %bT = add nsw i64 %17, %h
  %18 = mul i64 %1, %b
  %bTn = add nsw i64 %18, %h
  %19 = shl nsw i64 %bT, 4
  %20 = shl nsw i64 %bTn, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %20
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0106, 10
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  %21 = load float, ptr %kh, align 4
  %22 = load <8 x float>, ptr %S, align 4
  %23 = insertelement <8 x float> poison, float %21, i64 0
  %24 = shufflevector <8 x float> %23, <8 x float> poison, <8 x i32> zeroinitializer
  %25 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %22, <8 x float> zeroinitializer)
  %26 = getelementptr inbounds i8, ptr %S, i64 32
  %27 = load <8 x float>, ptr %26, align 4
  %28 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %27, <8 x float> zeroinitializer)
  %29 = getelementptr inbounds i8, ptr %kh, i64 4
  %30 = load float, ptr %29, align 4
  %31 = getelementptr inbounds i8, ptr %S, i64 64
  %32 = load <8 x float>, ptr %31, align 4
  %33 = insertelement <8 x float> poison, float %30, i64 0
  %34 = shufflevector <8 x float> %33, <8 x float> poison, <8 x i32> zeroinitializer
  %35 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %34, <8 x float> %32, <8 x float> zeroinitializer)
  %36 = getelementptr inbounds i8, ptr %S, i64 96
  %37 = load <8 x float>, ptr %36, align 4
  %38 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %34, <8 x float> %37, <8 x float> zeroinitializer)
  %39 = getelementptr inbounds i8, ptr %kh, i64 8
  %40 = load float, ptr %39, align 4
  %41 = getelementptr inbounds i8, ptr %S, i64 128
  %42 = load <8 x float>, ptr %41, align 4
  %43 = insertelement <8 x float> poison, float %40, i64 0
  %44 = shufflevector <8 x float> %43, <8 x float> poison, <8 x i32> zeroinitializer
  %45 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %42, <8 x float> %25)
  %46 = getelementptr inbounds i8, ptr %S, i64 160
  %47 = load <8 x float>, ptr %46, align 4
  %48 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %47, <8 x float> %28)
  %49 = getelementptr inbounds i8, ptr %kh, i64 12
  %50 = load float, ptr %49, align 4
  %51 = getelementptr inbounds i8, ptr %S, i64 192
  %52 = load <8 x float>, ptr %51, align 4
  %53 = insertelement <8 x float> poison, float %50, i64 0
  %54 = shufflevector <8 x float> %53, <8 x float> poison, <8 x i32> zeroinitializer
  %55 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %52, <8 x float> %35)
  %56 = getelementptr inbounds i8, ptr %S, i64 224
  %57 = load <8 x float>, ptr %56, align 4
  %58 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %54, <8 x float> %57, <8 x float> %38)
  %59 = getelementptr inbounds i8, ptr %kh, i64 16
  %60 = load float, ptr %59, align 4
  %61 = getelementptr inbounds i8, ptr %S, i64 256
  %62 = load <8 x float>, ptr %61, align 4
  %63 = insertelement <8 x float> poison, float %60, i64 0
  %64 = shufflevector <8 x float> %63, <8 x float> poison, <8 x i32> zeroinitializer
  %65 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %62, <8 x float> %45)
  %66 = getelementptr inbounds i8, ptr %S, i64 288
  %67 = load <8 x float>, ptr %66, align 4
  %68 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %67, <8 x float> %48)
  %69 = getelementptr inbounds i8, ptr %kh, i64 20
  %70 = load float, ptr %69, align 4
  %71 = getelementptr inbounds i8, ptr %S, i64 320
  %72 = load <8 x float>, ptr %71, align 4
  %73 = insertelement <8 x float> poison, float %70, i64 0
  %74 = shufflevector <8 x float> %73, <8 x float> poison, <8 x i32> zeroinitializer
  %75 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %72, <8 x float> %55)
  %76 = getelementptr inbounds i8, ptr %S, i64 352
  %77 = load <8 x float>, ptr %76, align 4
  %78 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %74, <8 x float> %77, <8 x float> %58)
  %79 = getelementptr inbounds i8, ptr %kh, i64 24
  %80 = load float, ptr %79, align 4
  %81 = getelementptr inbounds i8, ptr %S, i64 384
  %82 = load <8 x float>, ptr %81, align 4
  %83 = insertelement <8 x float> poison, float %80, i64 0
  %84 = shufflevector <8 x float> %83, <8 x float> poison, <8 x i32> zeroinitializer
  %85 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %84, <8 x float> %82, <8 x float> %65)
  %86 = getelementptr inbounds i8, ptr %S, i64 416
  %87 = load <8 x float>, ptr %86, align 4
  %88 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %84, <8 x float> %87, <8 x float> %68)
  %89 = getelementptr inbounds i8, ptr %kh, i64 28
  %90 = load float, ptr %89, align 4
  %91 = getelementptr inbounds i8, ptr %S, i64 448
  %92 = load <8 x float>, ptr %91, align 4
  %93 = insertelement <8 x float> poison, float %90, i64 0
  %94 = shufflevector <8 x float> %93, <8 x float> poison, <8 x i32> zeroinitializer
  %95 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %94, <8 x float> %92, <8 x float> %75)
  %96 = getelementptr inbounds i8, ptr %S, i64 480
  %97 = load <8 x float>, ptr %96, align 4
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %94, <8 x float> %97, <8 x float> %78)
  %99 = getelementptr inbounds i8, ptr %kh, i64 32
  %100 = load float, ptr %99, align 4
  %101 = getelementptr inbounds i8, ptr %S, i64 512
  %102 = load <8 x float>, ptr %101, align 4
  %103 = insertelement <8 x float> poison, float %100, i64 0
  %104 = shufflevector <8 x float> %103, <8 x float> poison, <8 x i32> zeroinitializer
  %105 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %104, <8 x float> %102, <8 x float> %85)
  %106 = getelementptr inbounds i8, ptr %S, i64 544
  %107 = load <8 x float>, ptr %106, align 4
  %108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %104, <8 x float> %107, <8 x float> %88)
  %109 = getelementptr inbounds i8, ptr %kh, i64 36
  %110 = load float, ptr %109, align 4
  %111 = getelementptr inbounds i8, ptr %S, i64 576
  %112 = load <8 x float>, ptr %111, align 4
  %113 = insertelement <8 x float> poison, float %110, i64 0
  %114 = shufflevector <8 x float> %113, <8 x float> poison, <8 x i32> zeroinitializer
  %115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %114, <8 x float> %112, <8 x float> %95)
  %116 = getelementptr inbounds i8, ptr %S, i64 608
  %117 = load <8 x float>, ptr %116, align 4
  %118 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %114, <8 x float> %117, <8 x float> %98)
  %119 = getelementptr inbounds i8, ptr %kh, i64 40
  %120 = load float, ptr %119, align 4
  %121 = getelementptr inbounds i8, ptr %S, i64 640
  %122 = load <8 x float>, ptr %121, align 4
  %123 = insertelement <8 x float> poison, float %120, i64 0
  %124 = shufflevector <8 x float> %123, <8 x float> poison, <8 x i32> zeroinitializer
  %125 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %124, <8 x float> %122, <8 x float> %105)
  %126 = getelementptr inbounds i8, ptr %S, i64 672
  %127 = load <8 x float>, ptr %126, align 4
  %128 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %124, <8 x float> %127, <8 x float> %108)
  %129 = getelementptr inbounds i8, ptr %kh, i64 44
  %130 = load float, ptr %129, align 4
  %131 = getelementptr inbounds i8, ptr %S, i64 704
  %132 = load <8 x float>, ptr %131, align 4
  %133 = insertelement <8 x float> poison, float %130, i64 0
  %134 = shufflevector <8 x float> %133, <8 x float> poison, <8 x i32> zeroinitializer
  %135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %132, <8 x float> %115)
  %136 = getelementptr inbounds i8, ptr %S, i64 736
  %137 = load <8 x float>, ptr %136, align 4
  %138 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %137, <8 x float> %118)
  %139 = getelementptr inbounds i8, ptr %kh, i64 48
  %140 = load float, ptr %139, align 4
  %141 = getelementptr inbounds i8, ptr %S, i64 768
  %142 = load <8 x float>, ptr %141, align 4
  %143 = insertelement <8 x float> poison, float %140, i64 0
  %144 = shufflevector <8 x float> %143, <8 x float> poison, <8 x i32> zeroinitializer
  %145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %144, <8 x float> %142, <8 x float> %125)
  %146 = getelementptr inbounds i8, ptr %S, i64 800
  %147 = load <8 x float>, ptr %146, align 4
  %148 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %144, <8 x float> %147, <8 x float> %128)
  %149 = getelementptr inbounds i8, ptr %kh, i64 52
  %150 = load float, ptr %149, align 4
  %151 = getelementptr inbounds i8, ptr %S, i64 832
  %152 = load <8 x float>, ptr %151, align 4
  %153 = insertelement <8 x float> poison, float %150, i64 0
  %154 = shufflevector <8 x float> %153, <8 x float> poison, <8 x i32> zeroinitializer
  %155 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %152, <8 x float> %135)
  %156 = getelementptr inbounds i8, ptr %S, i64 864
  %157 = load <8 x float>, ptr %156, align 4
  %158 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %154, <8 x float> %157, <8 x float> %138)
  %159 = getelementptr inbounds i8, ptr %kh, i64 56
  %160 = load float, ptr %159, align 4
  %161 = getelementptr inbounds i8, ptr %S, i64 896
  %162 = load <8 x float>, ptr %161, align 4
  %163 = insertelement <8 x float> poison, float %160, i64 0
  %164 = shufflevector <8 x float> %163, <8 x float> poison, <8 x i32> zeroinitializer
  %165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %162, <8 x float> %145)
  %166 = getelementptr inbounds i8, ptr %S, i64 928
  %167 = load <8 x float>, ptr %166, align 4
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %167, <8 x float> %148)
  %169 = getelementptr inbounds i8, ptr %kh, i64 60
  %170 = load float, ptr %169, align 4
  %171 = getelementptr inbounds i8, ptr %S, i64 960
  %172 = load <8 x float>, ptr %171, align 4
  %173 = insertelement <8 x float> poison, float %170, i64 0
  %174 = shufflevector <8 x float> %173, <8 x float> poison, <8 x i32> zeroinitializer
  %175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %172, <8 x float> %155)
  %176 = getelementptr inbounds i8, ptr %S, i64 992
  %177 = load <8 x float>, ptr %176, align 4
  %178 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %174, <8 x float> %177, <8 x float> %158)
  %vh = getelementptr inbounds float, ptr %v, i64 %20
  %179 = load float, ptr %betah, align 4
  %180 = load <8 x float>, ptr %vh, align 4
  %181 = fadd <8 x float> %175, %165
  %182 = fsub <8 x float> %180, %181
  %183 = insertelement <8 x float> poison, float %179, i64 0
  %184 = shufflevector <8 x float> %183, <8 x float> poison, <8 x i32> zeroinitializer
  %185 = fmul <8 x float> %184, %182
  %186 = getelementptr inbounds i8, ptr %vh, i64 32
  %187 = load <8 x float>, ptr %186, align 4
  %188 = fadd <8 x float> %178, %168
  %189 = fsub <8 x float> %187, %188
  %190 = fmul <8 x float> %184, %189
  %191 = load float, ptr %kh, align 4
  %192 = getelementptr inbounds float, ptr %kh, i64 %sq
  %193 = load float, ptr %192, align 4
  %194 = insertelement <8 x float> poison, float %191, i64 0
  %195 = shufflevector <8 x float> %194, <8 x float> poison, <8 x i32> zeroinitializer
  %196 = load <8 x float>, ptr %S, align 4
  %197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %185, <8 x float> %196)
  store <8 x float> %197, ptr %S, align 4
  %198 = insertelement <8 x float> poison, float %193, i64 0
  %199 = shufflevector <8 x float> %198, <8 x float> poison, <8 x i32> zeroinitializer
  %200 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> %197, <8 x float> zeroinitializer)
  %201 = load <8 x float>, ptr %26, align 4
  %202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %195, <8 x float> %190, <8 x float> %201)
  store <8 x float> %202, ptr %26, align 4
  %203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %199, <8 x float> %202, <8 x float> zeroinitializer)
  %204 = load float, ptr %29, align 4
  %205 = getelementptr inbounds float, ptr %kh, i64 %3
  %206 = load float, ptr %205, align 4
  %207 = insertelement <8 x float> poison, float %204, i64 0
  %208 = shufflevector <8 x float> %207, <8 x float> poison, <8 x i32> zeroinitializer
  %209 = load <8 x float>, ptr %31, align 4
  %210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %185, <8 x float> %209)
  store <8 x float> %210, ptr %31, align 4
  %211 = insertelement <8 x float> poison, float %206, i64 0
  %212 = shufflevector <8 x float> %211, <8 x float> poison, <8 x i32> zeroinitializer
  %213 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %210, <8 x float> zeroinitializer)
  %214 = load <8 x float>, ptr %36, align 4
  %215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %208, <8 x float> %190, <8 x float> %214)
  store <8 x float> %215, ptr %36, align 4
  %216 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %212, <8 x float> %215, <8 x float> zeroinitializer)
  %217 = load float, ptr %39, align 4
  %218 = getelementptr inbounds float, ptr %kh, i64 %4
  %219 = load float, ptr %218, align 4
  %220 = insertelement <8 x float> poison, float %217, i64 0
  %221 = shufflevector <8 x float> %220, <8 x float> poison, <8 x i32> zeroinitializer
  %222 = load <8 x float>, ptr %41, align 4
  %223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> %185, <8 x float> %222)
  store <8 x float> %223, ptr %41, align 4
  %224 = insertelement <8 x float> poison, float %219, i64 0
  %225 = shufflevector <8 x float> %224, <8 x float> poison, <8 x i32> zeroinitializer
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %223, <8 x float> %200)
  %227 = load <8 x float>, ptr %46, align 4
  %228 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %221, <8 x float> %190, <8 x float> %227)
  store <8 x float> %228, ptr %46, align 4
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %228, <8 x float> %203)
  %230 = load float, ptr %49, align 4
  %231 = getelementptr inbounds float, ptr %kh, i64 %5
  %232 = load float, ptr %231, align 4
  %233 = insertelement <8 x float> poison, float %230, i64 0
  %234 = shufflevector <8 x float> %233, <8 x float> poison, <8 x i32> zeroinitializer
  %235 = load <8 x float>, ptr %51, align 4
  %236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> %185, <8 x float> %235)
  store <8 x float> %236, ptr %51, align 4
  %237 = insertelement <8 x float> poison, float %232, i64 0
  %238 = shufflevector <8 x float> %237, <8 x float> poison, <8 x i32> zeroinitializer
  %239 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %236, <8 x float> %213)
  %240 = load <8 x float>, ptr %56, align 4
  %241 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %234, <8 x float> %190, <8 x float> %240)
  store <8 x float> %241, ptr %56, align 4
  %242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %238, <8 x float> %241, <8 x float> %216)
  %243 = load float, ptr %59, align 4
  %244 = getelementptr inbounds float, ptr %kh, i64 %6
  %245 = load float, ptr %244, align 4
  %246 = insertelement <8 x float> poison, float %243, i64 0
  %247 = shufflevector <8 x float> %246, <8 x float> poison, <8 x i32> zeroinitializer
  %248 = load <8 x float>, ptr %61, align 4
  %249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %185, <8 x float> %248)
  store <8 x float> %249, ptr %61, align 4
  %250 = insertelement <8 x float> poison, float %245, i64 0
  %251 = shufflevector <8 x float> %250, <8 x float> poison, <8 x i32> zeroinitializer
  %252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %251, <8 x float> %249, <8 x float> %226)
  %253 = load <8 x float>, ptr %66, align 4
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %247, <8 x float> %190, <8 x float> %253)
  store <8 x float> %254, ptr %66, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %251, <8 x float> %254, <8 x float> %229)
  %256 = load float, ptr %69, align 4
  %257 = getelementptr inbounds float, ptr %kh, i64 %7
  %258 = load float, ptr %257, align 4
  %259 = insertelement <8 x float> poison, float %256, i64 0
  %260 = shufflevector <8 x float> %259, <8 x float> poison, <8 x i32> zeroinitializer
  %261 = load <8 x float>, ptr %71, align 4
  %262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %185, <8 x float> %261)
  store <8 x float> %262, ptr %71, align 4
  %263 = insertelement <8 x float> poison, float %258, i64 0
  %264 = shufflevector <8 x float> %263, <8 x float> poison, <8 x i32> zeroinitializer
  %265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %262, <8 x float> %239)
  %266 = load <8 x float>, ptr %76, align 4
  %267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %260, <8 x float> %190, <8 x float> %266)
  store <8 x float> %267, ptr %76, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %264, <8 x float> %267, <8 x float> %242)
  %269 = load float, ptr %79, align 4
  %270 = getelementptr inbounds float, ptr %kh, i64 %8
  %271 = load float, ptr %270, align 4
  %272 = insertelement <8 x float> poison, float %269, i64 0
  %273 = shufflevector <8 x float> %272, <8 x float> poison, <8 x i32> zeroinitializer
  %274 = load <8 x float>, ptr %81, align 4
  %275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %185, <8 x float> %274)
  store <8 x float> %275, ptr %81, align 4
  %276 = insertelement <8 x float> poison, float %271, i64 0
  %277 = shufflevector <8 x float> %276, <8 x float> poison, <8 x i32> zeroinitializer
  %278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %275, <8 x float> %252)
  %279 = load <8 x float>, ptr %86, align 4
  %280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %273, <8 x float> %190, <8 x float> %279)
  store <8 x float> %280, ptr %86, align 4
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %277, <8 x float> %280, <8 x float> %255)
  %282 = load float, ptr %89, align 4
  %283 = getelementptr inbounds float, ptr %kh, i64 %9
  %284 = load float, ptr %283, align 4
  %285 = insertelement <8 x float> poison, float %282, i64 0
  %286 = shufflevector <8 x float> %285, <8 x float> poison, <8 x i32> zeroinitializer
  %287 = load <8 x float>, ptr %91, align 4
  %288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %185, <8 x float> %287)
  store <8 x float> %288, ptr %91, align 4
  %289 = insertelement <8 x float> poison, float %284, i64 0
  %290 = shufflevector <8 x float> %289, <8 x float> poison, <8 x i32> zeroinitializer
  %291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %288, <8 x float> %265)
  %292 = load <8 x float>, ptr %96, align 4
  %293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %190, <8 x float> %292)
  store <8 x float> %293, ptr %96, align 4
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %290, <8 x float> %293, <8 x float> %268)
  %295 = load float, ptr %99, align 4
  %296 = getelementptr inbounds float, ptr %kh, i64 %2
  %297 = load float, ptr %296, align 4
  %298 = insertelement <8 x float> poison, float %295, i64 0
  %299 = shufflevector <8 x float> %298, <8 x float> poison, <8 x i32> zeroinitializer
  %300 = load <8 x float>, ptr %101, align 4
  %301 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %185, <8 x float> %300)
  store <8 x float> %301, ptr %101, align 4
  %302 = insertelement <8 x float> poison, float %297, i64 0
  %303 = shufflevector <8 x float> %302, <8 x float> poison, <8 x i32> zeroinitializer
  %304 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %301, <8 x float> %278)
  %305 = load <8 x float>, ptr %106, align 4
  %306 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %190, <8 x float> %305)
  store <8 x float> %306, ptr %106, align 4
  %307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %303, <8 x float> %306, <8 x float> %281)
  %308 = load float, ptr %109, align 4
  %309 = getelementptr inbounds float, ptr %kh, i64 %10
  %310 = load float, ptr %309, align 4
  %311 = insertelement <8 x float> poison, float %308, i64 0
  %312 = shufflevector <8 x float> %311, <8 x float> poison, <8 x i32> zeroinitializer
  %313 = load <8 x float>, ptr %111, align 4
  %314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %185, <8 x float> %313)
  store <8 x float> %314, ptr %111, align 4
  %315 = insertelement <8 x float> poison, float %310, i64 0
  %316 = shufflevector <8 x float> %315, <8 x float> poison, <8 x i32> zeroinitializer
  %317 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %314, <8 x float> %291)
  %318 = load <8 x float>, ptr %116, align 4
  %319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %312, <8 x float> %190, <8 x float> %318)
  store <8 x float> %319, ptr %116, align 4
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %316, <8 x float> %319, <8 x float> %294)
  %321 = load float, ptr %119, align 4
  %322 = getelementptr inbounds float, ptr %kh, i64 %11
  %323 = load float, ptr %322, align 4
  %324 = insertelement <8 x float> poison, float %321, i64 0
  %325 = shufflevector <8 x float> %324, <8 x float> poison, <8 x i32> zeroinitializer
  %326 = load <8 x float>, ptr %121, align 4
  %327 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %185, <8 x float> %326)
  store <8 x float> %327, ptr %121, align 4
  %328 = insertelement <8 x float> poison, float %323, i64 0
  %329 = shufflevector <8 x float> %328, <8 x float> poison, <8 x i32> zeroinitializer
  %330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %327, <8 x float> %304)
  %331 = load <8 x float>, ptr %126, align 4
  %332 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %325, <8 x float> %190, <8 x float> %331)
  store <8 x float> %332, ptr %126, align 4
  %333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %329, <8 x float> %332, <8 x float> %307)
  %334 = load float, ptr %129, align 4
  %335 = getelementptr inbounds float, ptr %kh, i64 %12
  %336 = load float, ptr %335, align 4
  %337 = insertelement <8 x float> poison, float %334, i64 0
  %338 = shufflevector <8 x float> %337, <8 x float> poison, <8 x i32> zeroinitializer
  %339 = load <8 x float>, ptr %131, align 4
  %340 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %185, <8 x float> %339)
  store <8 x float> %340, ptr %131, align 4
  %341 = insertelement <8 x float> poison, float %336, i64 0
  %342 = shufflevector <8 x float> %341, <8 x float> poison, <8 x i32> zeroinitializer
  %343 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %340, <8 x float> %317)
  %344 = load <8 x float>, ptr %136, align 4
  %345 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %338, <8 x float> %190, <8 x float> %344)
  store <8 x float> %345, ptr %136, align 4
  %346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %345, <8 x float> %320)
  %347 = load float, ptr %139, align 4
  %348 = getelementptr inbounds float, ptr %kh, i64 %13
  %349 = load float, ptr %348, align 4
  %350 = insertelement <8 x float> poison, float %347, i64 0
  %351 = shufflevector <8 x float> %350, <8 x float> poison, <8 x i32> zeroinitializer
  %352 = load <8 x float>, ptr %141, align 4
  %353 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %351, <8 x float> %185, <8 x float> %352)
  store <8 x float> %353, ptr %141, align 4
  %354 = insertelement <8 x float> poison, float %349, i64 0
  %355 = shufflevector <8 x float> %354, <8 x float> poison, <8 x i32> zeroinitializer
  %356 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %355, <8 x float> %353, <8 x float> %330)
  %357 = load <8 x float>, ptr %146, align 4
  %358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %351, <8 x float> %190, <8 x float> %357)
  store <8 x float> %358, ptr %146, align 4
  %359 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %355, <8 x float> %358, <8 x float> %333)
  %360 = load float, ptr %149, align 4
  %361 = getelementptr inbounds float, ptr %kh, i64 %14
  %362 = load float, ptr %361, align 4
  %363 = insertelement <8 x float> poison, float %360, i64 0
  %364 = shufflevector <8 x float> %363, <8 x float> poison, <8 x i32> zeroinitializer
  %365 = load <8 x float>, ptr %151, align 4
  %366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %364, <8 x float> %185, <8 x float> %365)
  store <8 x float> %366, ptr %151, align 4
  %367 = insertelement <8 x float> poison, float %362, i64 0
  %368 = shufflevector <8 x float> %367, <8 x float> poison, <8 x i32> zeroinitializer
  %369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %368, <8 x float> %366, <8 x float> %343)
  %370 = load <8 x float>, ptr %156, align 4
  %371 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %364, <8 x float> %190, <8 x float> %370)
  store <8 x float> %371, ptr %156, align 4
  %372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %368, <8 x float> %371, <8 x float> %346)
  %373 = load float, ptr %159, align 4
  %374 = getelementptr inbounds float, ptr %kh, i64 %15
  %375 = load float, ptr %374, align 4
  %376 = insertelement <8 x float> poison, float %373, i64 0
  %377 = shufflevector <8 x float> %376, <8 x float> poison, <8 x i32> zeroinitializer
  %378 = load <8 x float>, ptr %161, align 4
  %379 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %377, <8 x float> %185, <8 x float> %378)
  store <8 x float> %379, ptr %161, align 4
  %380 = insertelement <8 x float> poison, float %375, i64 0
  %381 = shufflevector <8 x float> %380, <8 x float> poison, <8 x i32> zeroinitializer
  %382 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %381, <8 x float> %379, <8 x float> %356)
  %383 = load <8 x float>, ptr %166, align 4
  %384 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %377, <8 x float> %190, <8 x float> %383)
  store <8 x float> %384, ptr %166, align 4
  %385 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %381, <8 x float> %384, <8 x float> %359)
  %386 = load float, ptr %169, align 4
  %387 = getelementptr inbounds float, ptr %kh, i64 %16
  %388 = load float, ptr %387, align 4
  %389 = insertelement <8 x float> poison, float %386, i64 0
  %390 = shufflevector <8 x float> %389, <8 x float> poison, <8 x i32> zeroinitializer
  %391 = load <8 x float>, ptr %171, align 4
  %392 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %185, <8 x float> %391)
  store <8 x float> %392, ptr %171, align 4
  %393 = insertelement <8 x float> poison, float %388, i64 0
  %394 = shufflevector <8 x float> %393, <8 x float> poison, <8 x i32> zeroinitializer
  %395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %392, <8 x float> %369)
  %396 = load <8 x float>, ptr %176, align 4
  %397 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %190, <8 x float> %396)
  store <8 x float> %397, ptr %176, align 4
  %398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %397, <8 x float> %372)
  %qh = getelementptr inbounds float, ptr %q, i64 %19
  %399 = getelementptr inbounds float, ptr %betah, i64 %H
  %400 = load float, ptr %399, align 4
  %401 = getelementptr inbounds float, ptr %vh, i64 %sq
  %402 = load <8 x float>, ptr %401, align 4
  %403 = fadd <8 x float> %395, %382
  %404 = fsub <8 x float> %402, %403
  %405 = insertelement <8 x float> poison, float %400, i64 0
  %406 = shufflevector <8 x float> %405, <8 x float> poison, <8 x i32> zeroinitializer
  %407 = fmul <8 x float> %406, %404
  %408 = getelementptr inbounds float, ptr %vh, i64 %2
  %409 = load <8 x float>, ptr %408, align 4
  %410 = fadd <8 x float> %398, %385
  %411 = fsub <8 x float> %409, %410
  %412 = fmul <8 x float> %406, %411
  %413 = load float, ptr %192, align 4
  %414 = load float, ptr %qh, align 4
  %415 = insertelement <8 x float> poison, float %413, i64 0
  %416 = shufflevector <8 x float> %415, <8 x float> poison, <8 x i32> zeroinitializer
  %417 = load <8 x float>, ptr %S, align 4
  %418 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %416, <8 x float> %407, <8 x float> %417)
  store <8 x float> %418, ptr %S, align 4
  %419 = insertelement <8 x float> poison, float %414, i64 0
  %420 = shufflevector <8 x float> %419, <8 x float> poison, <8 x i32> zeroinitializer
  %421 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> %418, <8 x float> zeroinitializer)
  %422 = load <8 x float>, ptr %26, align 4
  %423 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %416, <8 x float> %412, <8 x float> %422)
  store <8 x float> %423, ptr %26, align 4
  %424 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %420, <8 x float> %423, <8 x float> zeroinitializer)
  %425 = load float, ptr %205, align 4
  %426 = getelementptr inbounds i8, ptr %qh, i64 4
  %427 = load float, ptr %426, align 4
  %428 = insertelement <8 x float> poison, float %425, i64 0
  %429 = shufflevector <8 x float> %428, <8 x float> poison, <8 x i32> zeroinitializer
  %430 = load <8 x float>, ptr %31, align 4
  %431 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %429, <8 x float> %407, <8 x float> %430)
  store <8 x float> %431, ptr %31, align 4
  %432 = insertelement <8 x float> poison, float %427, i64 0
  %433 = shufflevector <8 x float> %432, <8 x float> poison, <8 x i32> zeroinitializer
  %434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %433, <8 x float> %431, <8 x float> %421)
  %435 = load <8 x float>, ptr %36, align 4
  %436 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %429, <8 x float> %412, <8 x float> %435)
  store <8 x float> %436, ptr %36, align 4
  %437 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %433, <8 x float> %436, <8 x float> %424)
  %438 = load float, ptr %218, align 4
  %439 = getelementptr inbounds i8, ptr %qh, i64 8
  %440 = load float, ptr %439, align 4
  %441 = insertelement <8 x float> poison, float %438, i64 0
  %442 = shufflevector <8 x float> %441, <8 x float> poison, <8 x i32> zeroinitializer
  %443 = load <8 x float>, ptr %41, align 4
  %444 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %442, <8 x float> %407, <8 x float> %443)
  store <8 x float> %444, ptr %41, align 4
  %445 = insertelement <8 x float> poison, float %440, i64 0
  %446 = shufflevector <8 x float> %445, <8 x float> poison, <8 x i32> zeroinitializer
  %447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %444, <8 x float> %434)
  %448 = load <8 x float>, ptr %46, align 4
  %449 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %442, <8 x float> %412, <8 x float> %448)
  store <8 x float> %449, ptr %46, align 4
  %450 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %449, <8 x float> %437)
  %451 = load float, ptr %231, align 4
  %452 = getelementptr inbounds i8, ptr %qh, i64 12
  %453 = load float, ptr %452, align 4
  %454 = insertelement <8 x float> poison, float %451, i64 0
  %455 = shufflevector <8 x float> %454, <8 x float> poison, <8 x i32> zeroinitializer
  %456 = load <8 x float>, ptr %51, align 4
  %457 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %407, <8 x float> %456)
  store <8 x float> %457, ptr %51, align 4
  %458 = insertelement <8 x float> poison, float %453, i64 0
  %459 = shufflevector <8 x float> %458, <8 x float> poison, <8 x i32> zeroinitializer
  %460 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %459, <8 x float> %457, <8 x float> %447)
  %461 = load <8 x float>, ptr %56, align 4
  %462 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %412, <8 x float> %461)
  store <8 x float> %462, ptr %56, align 4
  %463 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %459, <8 x float> %462, <8 x float> %450)
  %464 = load float, ptr %244, align 4
  %465 = getelementptr inbounds i8, ptr %qh, i64 16
  %466 = load float, ptr %465, align 4
  %467 = insertelement <8 x float> poison, float %464, i64 0
  %468 = shufflevector <8 x float> %467, <8 x float> poison, <8 x i32> zeroinitializer
  %469 = load <8 x float>, ptr %61, align 4
  %470 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %468, <8 x float> %407, <8 x float> %469)
  store <8 x float> %470, ptr %61, align 4
  %471 = insertelement <8 x float> poison, float %466, i64 0
  %472 = shufflevector <8 x float> %471, <8 x float> poison, <8 x i32> zeroinitializer
  %473 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %472, <8 x float> %470, <8 x float> %460)
  %474 = load <8 x float>, ptr %66, align 4
  %475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %468, <8 x float> %412, <8 x float> %474)
  store <8 x float> %475, ptr %66, align 4
  %476 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %472, <8 x float> %475, <8 x float> %463)
  %477 = load float, ptr %257, align 4
  %478 = getelementptr inbounds i8, ptr %qh, i64 20
  %479 = load float, ptr %478, align 4
  %480 = insertelement <8 x float> poison, float %477, i64 0
  %481 = shufflevector <8 x float> %480, <8 x float> poison, <8 x i32> zeroinitializer
  %482 = load <8 x float>, ptr %71, align 4
  %483 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> %407, <8 x float> %482)
  store <8 x float> %483, ptr %71, align 4
  %484 = insertelement <8 x float> poison, float %479, i64 0
  %485 = shufflevector <8 x float> %484, <8 x float> poison, <8 x i32> zeroinitializer
  %486 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %485, <8 x float> %483, <8 x float> %473)
  %487 = load <8 x float>, ptr %76, align 4
  %488 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> %412, <8 x float> %487)
  store <8 x float> %488, ptr %76, align 4
  %489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %485, <8 x float> %488, <8 x float> %476)
  %490 = load float, ptr %270, align 4
  %491 = getelementptr inbounds i8, ptr %qh, i64 24
  %492 = load float, ptr %491, align 4
  %493 = insertelement <8 x float> poison, float %490, i64 0
  %494 = shufflevector <8 x float> %493, <8 x float> poison, <8 x i32> zeroinitializer
  %495 = load <8 x float>, ptr %81, align 4
  %496 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %407, <8 x float> %495)
  store <8 x float> %496, ptr %81, align 4
  %497 = insertelement <8 x float> poison, float %492, i64 0
  %498 = shufflevector <8 x float> %497, <8 x float> poison, <8 x i32> zeroinitializer
  %499 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %498, <8 x float> %496, <8 x float> %486)
  %500 = load <8 x float>, ptr %86, align 4
  %501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %494, <8 x float> %412, <8 x float> %500)
  store <8 x float> %501, ptr %86, align 4
  %502 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %498, <8 x float> %501, <8 x float> %489)
  %503 = load float, ptr %283, align 4
  %504 = getelementptr inbounds i8, ptr %qh, i64 28
  %505 = load float, ptr %504, align 4
  %506 = insertelement <8 x float> poison, float %503, i64 0
  %507 = shufflevector <8 x float> %506, <8 x float> poison, <8 x i32> zeroinitializer
  %508 = load <8 x float>, ptr %91, align 4
  %509 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %507, <8 x float> %407, <8 x float> %508)
  store <8 x float> %509, ptr %91, align 4
  %510 = insertelement <8 x float> poison, float %505, i64 0
  %511 = shufflevector <8 x float> %510, <8 x float> poison, <8 x i32> zeroinitializer
  %512 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> %509, <8 x float> %499)
  %513 = load <8 x float>, ptr %96, align 4
  %514 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %507, <8 x float> %412, <8 x float> %513)
  store <8 x float> %514, ptr %96, align 4
  %515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %511, <8 x float> %514, <8 x float> %502)
  %516 = load float, ptr %296, align 4
  %517 = getelementptr inbounds i8, ptr %qh, i64 32
  %518 = load float, ptr %517, align 4
  %519 = insertelement <8 x float> poison, float %516, i64 0
  %520 = shufflevector <8 x float> %519, <8 x float> poison, <8 x i32> zeroinitializer
  %521 = load <8 x float>, ptr %101, align 4
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %520, <8 x float> %407, <8 x float> %521)
  store <8 x float> %522, ptr %101, align 4
  %523 = insertelement <8 x float> poison, float %518, i64 0
  %524 = shufflevector <8 x float> %523, <8 x float> poison, <8 x i32> zeroinitializer
  %525 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %524, <8 x float> %522, <8 x float> %512)
  %526 = load <8 x float>, ptr %106, align 4
  %527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %520, <8 x float> %412, <8 x float> %526)
  store <8 x float> %527, ptr %106, align 4
  %528 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %524, <8 x float> %527, <8 x float> %515)
  %529 = load float, ptr %309, align 4
  %530 = getelementptr inbounds i8, ptr %qh, i64 36
  %531 = load float, ptr %530, align 4
  %532 = insertelement <8 x float> poison, float %529, i64 0
  %533 = shufflevector <8 x float> %532, <8 x float> poison, <8 x i32> zeroinitializer
  %534 = load <8 x float>, ptr %111, align 4
  %535 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %533, <8 x float> %407, <8 x float> %534)
  store <8 x float> %535, ptr %111, align 4
  %536 = insertelement <8 x float> poison, float %531, i64 0
  %537 = shufflevector <8 x float> %536, <8 x float> poison, <8 x i32> zeroinitializer
  %538 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> %535, <8 x float> %525)
  %539 = load <8 x float>, ptr %116, align 4
  %540 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %533, <8 x float> %412, <8 x float> %539)
  store <8 x float> %540, ptr %116, align 4
  %541 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %537, <8 x float> %540, <8 x float> %528)
  %542 = load float, ptr %322, align 4
  %543 = getelementptr inbounds i8, ptr %qh, i64 40
  %544 = load float, ptr %543, align 4
  %545 = insertelement <8 x float> poison, float %542, i64 0
  %546 = shufflevector <8 x float> %545, <8 x float> poison, <8 x i32> zeroinitializer
  %547 = load <8 x float>, ptr %121, align 4
  %548 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %407, <8 x float> %547)
  store <8 x float> %548, ptr %121, align 4
  %549 = insertelement <8 x float> poison, float %544, i64 0
  %550 = shufflevector <8 x float> %549, <8 x float> poison, <8 x i32> zeroinitializer
  %551 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %550, <8 x float> %548, <8 x float> %538)
  %552 = load <8 x float>, ptr %126, align 4
  %553 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %412, <8 x float> %552)
  store <8 x float> %553, ptr %126, align 4
  %554 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %550, <8 x float> %553, <8 x float> %541)
  %555 = load float, ptr %335, align 4
  %556 = getelementptr inbounds i8, ptr %qh, i64 44
  %557 = load float, ptr %556, align 4
  %558 = insertelement <8 x float> poison, float %555, i64 0
  %559 = shufflevector <8 x float> %558, <8 x float> poison, <8 x i32> zeroinitializer
  %560 = load <8 x float>, ptr %131, align 4
  %561 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %407, <8 x float> %560)
  store <8 x float> %561, ptr %131, align 4
  %562 = insertelement <8 x float> poison, float %557, i64 0
  %563 = shufflevector <8 x float> %562, <8 x float> poison, <8 x i32> zeroinitializer
  %564 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %561, <8 x float> %551)
  %565 = load <8 x float>, ptr %136, align 4
  %566 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %559, <8 x float> %412, <8 x float> %565)
  store <8 x float> %566, ptr %136, align 4
  %567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %563, <8 x float> %566, <8 x float> %554)
  %568 = load float, ptr %348, align 4
  %569 = getelementptr inbounds i8, ptr %qh, i64 48
  %570 = load float, ptr %569, align 4
  %571 = insertelement <8 x float> poison, float %568, i64 0
  %572 = shufflevector <8 x float> %571, <8 x float> poison, <8 x i32> zeroinitializer
  %573 = load <8 x float>, ptr %141, align 4
  %574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %407, <8 x float> %573)
  store <8 x float> %574, ptr %141, align 4
  %575 = insertelement <8 x float> poison, float %570, i64 0
  %576 = shufflevector <8 x float> %575, <8 x float> poison, <8 x i32> zeroinitializer
  %577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %576, <8 x float> %574, <8 x float> %564)
  %578 = load <8 x float>, ptr %146, align 4
  %579 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %412, <8 x float> %578)
  store <8 x float> %579, ptr %146, align 4
  %580 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %576, <8 x float> %579, <8 x float> %567)
  %581 = load float, ptr %361, align 4
  %582 = getelementptr inbounds i8, ptr %qh, i64 52
  %583 = load float, ptr %582, align 4
  %584 = insertelement <8 x float> poison, float %581, i64 0
  %585 = shufflevector <8 x float> %584, <8 x float> poison, <8 x i32> zeroinitializer
  %586 = load <8 x float>, ptr %151, align 4
  %587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %585, <8 x float> %407, <8 x float> %586)
  store <8 x float> %587, ptr %151, align 4
  %588 = insertelement <8 x float> poison, float %583, i64 0
  %589 = shufflevector <8 x float> %588, <8 x float> poison, <8 x i32> zeroinitializer
  %590 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %589, <8 x float> %587, <8 x float> %577)
  %591 = load <8 x float>, ptr %156, align 4
  %592 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %585, <8 x float> %412, <8 x float> %591)
  store <8 x float> %592, ptr %156, align 4
  %593 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %589, <8 x float> %592, <8 x float> %580)
  %594 = load float, ptr %374, align 4
  %595 = getelementptr inbounds i8, ptr %qh, i64 56
  %596 = load float, ptr %595, align 4
  %597 = insertelement <8 x float> poison, float %594, i64 0
  %598 = shufflevector <8 x float> %597, <8 x float> poison, <8 x i32> zeroinitializer
  %599 = load <8 x float>, ptr %161, align 4
  %600 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> %407, <8 x float> %599)
  store <8 x float> %600, ptr %161, align 4
  %601 = insertelement <8 x float> poison, float %596, i64 0
  %602 = shufflevector <8 x float> %601, <8 x float> poison, <8 x i32> zeroinitializer
  %603 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %602, <8 x float> %600, <8 x float> %590)
  %604 = load <8 x float>, ptr %166, align 4
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %598, <8 x float> %412, <8 x float> %604)
  store <8 x float> %605, ptr %166, align 4
  %606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %602, <8 x float> %605, <8 x float> %593)
  %607 = load float, ptr %387, align 4
  %608 = getelementptr inbounds i8, ptr %qh, i64 60
  %609 = load float, ptr %608, align 4
  %610 = insertelement <8 x float> poison, float %607, i64 0
  %611 = shufflevector <8 x float> %610, <8 x float> poison, <8 x i32> zeroinitializer
  %612 = load <8 x float>, ptr %171, align 4
  %613 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %611, <8 x float> %407, <8 x float> %612)
  store <8 x float> %613, ptr %171, align 4
  %614 = insertelement <8 x float> poison, float %609, i64 0
  %615 = shufflevector <8 x float> %614, <8 x float> poison, <8 x i32> zeroinitializer
  %616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> %613, <8 x float> %603)
  %617 = load <8 x float>, ptr %176, align 4
  %618 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %611, <8 x float> %412, <8 x float> %617)
  store <8 x float> %618, ptr %176, align 4
  %619 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %615, <8 x float> %618, <8 x float> %606)
  %oh = getelementptr inbounds float, ptr %o, i64 %19
  %620 = fmul <8 x float> %616, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  store <8 x float> %620, ptr %oh, align 4
  %621 = fmul <8 x float> %619, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %622 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %621, ptr %622, align 4
  %bh.next = add nsw i64 %bh.addr.0106, 1
  %exitcond.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond.not, label %bh.exit, label %bh.body

bh.exit:                                          ; preds = %bh.body, %entry
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
