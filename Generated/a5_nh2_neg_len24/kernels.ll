; ---- dp_fwd_h2_k16_v16_c32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k16_v16_c32_nogate'
source_filename = "dp_fwd_h2_k16_v16_c32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k16_v16_c32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 1
  %A = getelementptr inbounds i8, ptr %work, i64 17408
  %KT = getelementptr inbounds i8, ptr %work, i64 5120
  %Kc = getelementptr inbounds i8, ptr %work, i64 1024
  %Oc = getelementptr inbounds i8, ptr %work, i64 44032
  %P = getelementptr inbounds i8, ptr %work, i64 35840
  %Qc = getelementptr inbounds i8, ptr %work, i64 33792
  %X = getelementptr inbounds i8, ptr %work, i64 9216
  %bet = getelementptr inbounds i8, ptr %work, i64 50432
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = mul i64 %nc, %bh0
  %5 = shl i64 %nc, 10
  %6 = shl i64 %H, 11
  %7 = shl i64 %H, 6
  %smax517 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %invariant.gep = getelementptr i8, ptr %work, i64 33792
  %invariant.gep671 = getelementptr i8, ptr %work, i64 1024
  %invariant.gep673 = getelementptr i8, ptr %work, i64 9216
  %invariant.gep675 = getelementptr i8, ptr %work, i64 1088
  %invariant.gep677 = getelementptr i8, ptr %work, i64 9344
  %9 = getelementptr inbounds i8, ptr %work, i64 5376
  %10 = getelementptr inbounds i8, ptr %work, i64 5632
  %11 = getelementptr inbounds i8, ptr %work, i64 5888
  %12 = getelementptr inbounds i8, ptr %work, i64 6144
  %13 = getelementptr inbounds i8, ptr %work, i64 6400
  %14 = getelementptr inbounds i8, ptr %work, i64 6656
  %15 = getelementptr inbounds i8, ptr %work, i64 6912
  %16 = getelementptr inbounds i8, ptr %work, i64 7168
  %17 = getelementptr inbounds i8, ptr %work, i64 7424
  %18 = getelementptr inbounds i8, ptr %work, i64 7680
  %19 = getelementptr inbounds i8, ptr %work, i64 7936
  %20 = getelementptr inbounds i8, ptr %work, i64 8192
  %21 = getelementptr inbounds i8, ptr %work, i64 8448
  %22 = getelementptr inbounds i8, ptr %work, i64 8704
  %23 = getelementptr inbounds i8, ptr %work, i64 8960
  %24 = getelementptr inbounds i8, ptr %work, i64 33824
  %25 = getelementptr inbounds i8, ptr %work, i64 1056
  %26 = getelementptr inbounds i8, ptr %work, i64 9248
  %27 = getelementptr inbounds i8, ptr %work, i64 5376
  %28 = getelementptr inbounds i8, ptr %work, i64 5632
  %29 = getelementptr inbounds i8, ptr %work, i64 5888
  %30 = getelementptr inbounds i8, ptr %work, i64 6144
  %31 = getelementptr inbounds i8, ptr %work, i64 6400
  %32 = getelementptr inbounds i8, ptr %work, i64 6656
  %33 = getelementptr inbounds i8, ptr %work, i64 6912
  %34 = getelementptr inbounds i8, ptr %work, i64 7168
  %35 = getelementptr inbounds i8, ptr %work, i64 7424
  %36 = getelementptr inbounds i8, ptr %work, i64 7680
  %37 = getelementptr inbounds i8, ptr %work, i64 7936
  %38 = getelementptr inbounds i8, ptr %work, i64 8192
  %39 = getelementptr inbounds i8, ptr %work, i64 8448
  %40 = getelementptr inbounds i8, ptr %work, i64 8704
  %41 = getelementptr inbounds i8, ptr %work, i64 8960
  %invariant.gep683 = getelementptr i8, ptr %work, i64 44032
  %42 = getelementptr inbounds i8, ptr %work, i64 32
  %43 = getelementptr inbounds i8, ptr %work, i64 64
  %44 = getelementptr inbounds i8, ptr %work, i64 96
  %45 = getelementptr inbounds i8, ptr %work, i64 128
  %46 = getelementptr inbounds i8, ptr %work, i64 160
  %47 = getelementptr inbounds i8, ptr %work, i64 192
  %48 = getelementptr inbounds i8, ptr %work, i64 224
  %49 = getelementptr inbounds i8, ptr %work, i64 256
  %50 = getelementptr inbounds i8, ptr %work, i64 288
  %51 = getelementptr inbounds i8, ptr %work, i64 320
  %52 = getelementptr inbounds i8, ptr %work, i64 352
  %53 = getelementptr inbounds i8, ptr %work, i64 384
  %54 = getelementptr inbounds i8, ptr %work, i64 416
  %55 = getelementptr inbounds i8, ptr %work, i64 448
  %56 = getelementptr inbounds i8, ptr %work, i64 480
  %57 = getelementptr inbounds i8, ptr %work, i64 512
  %58 = getelementptr inbounds i8, ptr %work, i64 544
  %59 = getelementptr inbounds i8, ptr %work, i64 576
  %60 = getelementptr inbounds i8, ptr %work, i64 608
  %61 = getelementptr inbounds i8, ptr %work, i64 640
  %62 = getelementptr inbounds i8, ptr %work, i64 672
  %63 = getelementptr inbounds i8, ptr %work, i64 704
  %64 = getelementptr inbounds i8, ptr %work, i64 736
  %65 = getelementptr inbounds i8, ptr %work, i64 768
  %66 = getelementptr inbounds i8, ptr %work, i64 800
  %67 = getelementptr inbounds i8, ptr %work, i64 832
  %68 = getelementptr inbounds i8, ptr %work, i64 864
  %69 = getelementptr inbounds i8, ptr %work, i64 896
  %70 = getelementptr inbounds i8, ptr %work, i64 928
  %71 = getelementptr inbounds i8, ptr %work, i64 960
  %72 = getelementptr inbounds i8, ptr %work, i64 992
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0409 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %73 = add i64 %indvar, %bh0
  %74 = shl i64 %73, 10
  %scevgep521 = getelementptr i8, ptr %hT, i64 %74
  %scevgep493 = getelementptr i8, ptr %h0, i64 %74
  %b = sdiv i64 %bh.addr.0409, %H
  %h = srem i64 %bh.addr.0409, %H
  %75 = mul i64 %b, %T
  %76 = mul i64 %75, %H
  %bT = add i64 %76, %h
  %77 = mul i64 %1, %75
  %bTn = add nsw i64 %77, %h
  %78 = shl nsw i64 %bTn, 4
  %kh = getelementptr inbounds float, ptr %k, i64 %78
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep493, i64 1024, i1 false)
  %qh.idx = shl nsw i64 %bT, 6
  %qh = getelementptr inbounds i8, ptr %q, i64 %qh.idx
  %vh = getelementptr inbounds float, ptr %v, i64 %78
  br i1 %3, label %i1.head.preheader.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %79 = mul i64 %5, %indvar
  %80 = shl i64 %bT, 6
  %invariant.gep685 = getelementptr i8, ptr %hs, i64 %79
  %81 = getelementptr i8, ptr %qh, i64 32
  %82 = getelementptr i8, ptr %kh, i64 32
  %83 = getelementptr i8, ptr %kh, i64 44
  %84 = getelementptr i8, ptr %kh, i64 48
  %85 = getelementptr i8, ptr %kh, i64 52
  %86 = getelementptr i8, ptr %kh, i64 56
  %87 = getelementptr i8, ptr %kh, i64 60
  %88 = getelementptr i8, ptr %vh, i64 32
  %89 = getelementptr i8, ptr %o, i64 %80
  br label %i1.head.preheader

i24.head.preheader:                               ; preds = %p11.exit.3, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %scevgep521, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %bh.next = add nsw i64 %bh.addr.0409, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond522.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond522.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %p11.exit.3
  %indvars.iv = phi i64 [ %T, %i1.head.preheader.lr.ph ], [ %indvars.iv.next, %p11.exit.3 ]
  %ci.addr.0406 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %p11.exit.3 ]
  %smin988 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax989 = tail call i64 @llvm.smax.i64(i64 %smin988, i64 1)
  %90 = mul i64 %6, %ci.addr.0406
  %91 = add i64 %4, %ci.addr.0406
  %92 = shl i64 %91, 10
  %gep686 = getelementptr i8, ptr %invariant.gep685, i64 %92
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %gep686, ptr noundef nonnull align 4 dereferenceable(1024) %work, i64 1024, i1 false)
  %t0 = shl nsw i64 %ci.addr.0406, 5
  %93 = sub nsw i64 %T, %t0
  br label %t.body

t.body:                                           ; preds = %i1.head.preheader, %endif
  %t.addr.0331 = phi i64 [ 0, %i1.head.preheader ], [ %t.next, %endif ]
  %94 = shl nsw i64 %t.addr.0331, 8
  %95 = shl nsw i64 %t.addr.0331, 7
  %96 = shl nsw i64 %t.addr.0331, 6
  %97 = icmp sgt i64 %93, %t.addr.0331
  br i1 %97, label %j2.head.preheader, label %j5.head.preheader

j5.head.preheader:                                ; preds = %t.body
  %gep = getelementptr i8, ptr %invariant.gep, i64 %96
  %gep672 = getelementptr i8, ptr %invariant.gep671, i64 %95
  %gep674 = getelementptr i8, ptr %invariant.gep673, i64 %94
  %gep676 = getelementptr i8, ptr %invariant.gep675, i64 %95
  %gep678 = getelementptr i8, ptr %invariant.gep677, i64 %94
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %gep, i8 0, i64 64, i1 false)
  %i8 = shl nuw nsw i64 %t.addr.0331, 1
  %98 = getelementptr inbounds float, ptr %bet, i64 %i8
  store float 0.000000e+00, ptr %98, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %gep672, i8 0, i64 64, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep674, i8 0, i64 128, i1 false)
  %99 = getelementptr inbounds float, ptr %KT, i64 %i8
  store float 0.000000e+00, ptr %99, align 4
  %100 = getelementptr inbounds float, ptr %9, i64 %i8
  store float 0.000000e+00, ptr %100, align 4
  %101 = getelementptr inbounds float, ptr %10, i64 %i8
  store float 0.000000e+00, ptr %101, align 4
  %102 = getelementptr inbounds float, ptr %11, i64 %i8
  store float 0.000000e+00, ptr %102, align 4
  %103 = getelementptr inbounds float, ptr %12, i64 %i8
  store float 0.000000e+00, ptr %103, align 4
  %104 = getelementptr inbounds float, ptr %13, i64 %i8
  store float 0.000000e+00, ptr %104, align 4
  %105 = getelementptr inbounds float, ptr %14, i64 %i8
  store float 0.000000e+00, ptr %105, align 4
  %106 = getelementptr inbounds float, ptr %15, i64 %i8
  store float 0.000000e+00, ptr %106, align 4
  %107 = getelementptr inbounds float, ptr %16, i64 %i8
  store float 0.000000e+00, ptr %107, align 4
  %108 = getelementptr inbounds float, ptr %17, i64 %i8
  store float 0.000000e+00, ptr %108, align 4
  %109 = getelementptr inbounds float, ptr %18, i64 %i8
  store float 0.000000e+00, ptr %109, align 4
  %110 = getelementptr inbounds float, ptr %19, i64 %i8
  store float 0.000000e+00, ptr %110, align 4
  %111 = getelementptr inbounds float, ptr %20, i64 %i8
  store float 0.000000e+00, ptr %111, align 4
  %112 = getelementptr inbounds float, ptr %21, i64 %i8
  store float 0.000000e+00, ptr %112, align 4
  %113 = getelementptr inbounds float, ptr %22, i64 %i8
  store float 0.000000e+00, ptr %113, align 4
  %114 = getelementptr inbounds float, ptr %23, i64 %i8
  store float 0.000000e+00, ptr %114, align 4
  %i11 = or disjoint i64 %i8, 1
  %115 = getelementptr inbounds float, ptr %bet, i64 %i11
  store float 0.000000e+00, ptr %115, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %gep676, i8 0, i64 64, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep678, i8 0, i64 128, i1 false)
  %116 = getelementptr inbounds float, ptr %KT, i64 %i11
  store float 0.000000e+00, ptr %116, align 4
  %117 = getelementptr inbounds float, ptr %9, i64 %i11
  store float 0.000000e+00, ptr %117, align 4
  %118 = getelementptr inbounds float, ptr %10, i64 %i11
  store float 0.000000e+00, ptr %118, align 4
  %119 = getelementptr inbounds float, ptr %11, i64 %i11
  store float 0.000000e+00, ptr %119, align 4
  %120 = getelementptr inbounds float, ptr %12, i64 %i11
  store float 0.000000e+00, ptr %120, align 4
  %121 = getelementptr inbounds float, ptr %13, i64 %i11
  store float 0.000000e+00, ptr %121, align 4
  %122 = getelementptr inbounds float, ptr %14, i64 %i11
  store float 0.000000e+00, ptr %122, align 4
  %123 = getelementptr inbounds float, ptr %15, i64 %i11
  store float 0.000000e+00, ptr %123, align 4
  %124 = getelementptr inbounds float, ptr %16, i64 %i11
  store float 0.000000e+00, ptr %124, align 4
  %125 = getelementptr inbounds float, ptr %17, i64 %i11
  store float 0.000000e+00, ptr %125, align 4
  %126 = getelementptr inbounds float, ptr %18, i64 %i11
  store float 0.000000e+00, ptr %126, align 4
  %127 = getelementptr inbounds float, ptr %19, i64 %i11
  store float 0.000000e+00, ptr %127, align 4
  %128 = getelementptr inbounds float, ptr %20, i64 %i11
  store float 0.000000e+00, ptr %128, align 4
  %129 = getelementptr inbounds float, ptr %21, i64 %i11
  store float 0.000000e+00, ptr %129, align 4
  %130 = getelementptr inbounds float, ptr %22, i64 %i11
  store float 0.000000e+00, ptr %130, align 4
  %131 = getelementptr inbounds float, ptr %23, i64 %i11
  store float 0.000000e+00, ptr %131, align 4
  br label %endif

j2.head.preheader:                                ; preds = %t.body
  %132 = add nuw nsw i64 %t.addr.0331, %t0
  %133 = mul nsw i64 %132, %sq
  %134 = getelementptr float, ptr %qh, i64 %133
  %135 = load <8 x float>, ptr %134, align 4
  %136 = fmul <8 x float> %135, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %137 = getelementptr inbounds i8, ptr %Qc, i64 %96
  store <8 x float> %136, ptr %137, align 4
  %138 = getelementptr float, ptr %81, i64 %133
  %139 = load <8 x float>, ptr %138, align 4
  %140 = fmul <8 x float> %139, <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>
  %141 = getelementptr inbounds i8, ptr %24, i64 %96
  store <8 x float> %140, ptr %141, align 4
  %i3 = shl nuw nsw i64 %t.addr.0331, 1
  %142 = or disjoint i64 %t.addr.0331, %t0
  %tau = shl nuw nsw i64 %142, 1
  %143 = mul nsw i64 %tau, %H
  %144 = getelementptr inbounds float, ptr %betah, i64 %143
  %145 = load float, ptr %144, align 4
  %146 = getelementptr inbounds float, ptr %bet, i64 %i3
  store float %145, ptr %146, align 4
  %147 = mul nsw i64 %tau, %sq
  %148 = insertelement <8 x float> poison, float %145, i64 0
  %149 = shufflevector <8 x float> %148, <8 x float> poison, <8 x i32> zeroinitializer
  %150 = getelementptr float, ptr %kh, i64 %147
  %151 = load <8 x float>, ptr %150, align 4
  %152 = getelementptr inbounds i8, ptr %Kc, i64 %95
  store <8 x float> %151, ptr %152, align 4
  %153 = fmul <8 x float> %149, %151
  %154 = getelementptr inbounds i8, ptr %X, i64 %94
  store <8 x float> %153, ptr %154, align 4
  %155 = getelementptr float, ptr %82, i64 %147
  %156 = load <8 x float>, ptr %155, align 4
  %157 = getelementptr inbounds i8, ptr %25, i64 %95
  store <8 x float> %156, ptr %157, align 4
  %158 = fmul <8 x float> %149, %156
  %159 = getelementptr inbounds i8, ptr %26, i64 %94
  store <8 x float> %158, ptr %159, align 4
  %bc529 = bitcast <8 x float> %151 to <8 x i32>
  %160 = extractelement <8 x i32> %bc529, i64 0
  %161 = getelementptr inbounds float, ptr %KT, i64 %i3
  store i32 %160, ptr %161, align 4
  %162 = extractelement <8 x float> %151, i64 1
  %163 = getelementptr inbounds float, ptr %27, i64 %i3
  store float %162, ptr %163, align 4
  %164 = extractelement <8 x float> %151, i64 2
  %165 = getelementptr inbounds float, ptr %28, i64 %i3
  store float %164, ptr %165, align 4
  %166 = extractelement <8 x float> %151, i64 3
  %167 = getelementptr inbounds float, ptr %29, i64 %i3
  store float %166, ptr %167, align 4
  %168 = extractelement <8 x float> %151, i64 4
  %169 = getelementptr inbounds float, ptr %30, i64 %i3
  store float %168, ptr %169, align 4
  %170 = extractelement <8 x float> %151, i64 5
  %171 = getelementptr inbounds float, ptr %31, i64 %i3
  store float %170, ptr %171, align 4
  %172 = extractelement <8 x float> %151, i64 6
  %173 = getelementptr inbounds float, ptr %32, i64 %i3
  store float %172, ptr %173, align 4
  %174 = extractelement <8 x float> %151, i64 7
  %175 = getelementptr inbounds float, ptr %33, i64 %i3
  store float %174, ptr %175, align 4
  %bc532 = bitcast <8 x float> %156 to <8 x i32>
  %176 = extractelement <8 x i32> %bc532, i64 0
  %177 = getelementptr inbounds float, ptr %34, i64 %i3
  store i32 %176, ptr %177, align 4
  %178 = extractelement <8 x float> %156, i64 1
  %179 = getelementptr inbounds float, ptr %35, i64 %i3
  store float %178, ptr %179, align 4
  %180 = extractelement <8 x float> %156, i64 2
  %181 = getelementptr inbounds float, ptr %36, i64 %i3
  store float %180, ptr %181, align 4
  %182 = getelementptr float, ptr %83, i64 %147
  %183 = load float, ptr %182, align 4
  %184 = getelementptr inbounds float, ptr %37, i64 %i3
  store float %183, ptr %184, align 4
  %185 = getelementptr float, ptr %84, i64 %147
  %186 = load float, ptr %185, align 4
  %187 = getelementptr inbounds float, ptr %38, i64 %i3
  store float %186, ptr %187, align 4
  %188 = getelementptr float, ptr %85, i64 %147
  %189 = load float, ptr %188, align 4
  %190 = getelementptr inbounds float, ptr %39, i64 %i3
  store float %189, ptr %190, align 4
  %191 = getelementptr float, ptr %86, i64 %147
  %192 = load float, ptr %191, align 4
  %193 = getelementptr inbounds float, ptr %40, i64 %i3
  store float %192, ptr %193, align 4
  %194 = getelementptr float, ptr %87, i64 %147
  %195 = load float, ptr %194, align 4
  %196 = getelementptr inbounds float, ptr %41, i64 %i3
  store float %195, ptr %196, align 4
  %197 = getelementptr float, ptr %vh, i64 %147
  %198 = load <8 x float>, ptr %197, align 4
  %199 = fmul <8 x float> %149, %198
  %200 = getelementptr inbounds i8, ptr %154, i64 64
  store <8 x float> %199, ptr %200, align 4
  %201 = getelementptr float, ptr %88, i64 %147
  %202 = load <8 x float>, ptr %201, align 4
  %203 = fmul <8 x float> %149, %202
  %204 = getelementptr inbounds i8, ptr %159, i64 64
  store <8 x float> %203, ptr %204, align 4
  %i5 = or disjoint i64 %i3, 1
  %tau1 = or disjoint i64 %tau, 1
  %205 = mul nsw i64 %tau1, %H
  %206 = getelementptr inbounds float, ptr %betah, i64 %205
  %207 = load float, ptr %206, align 4
  %208 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %207, ptr %208, align 4
  %209 = mul nsw i64 %tau1, %sq
  %210 = insertelement <8 x float> poison, float %207, i64 0
  %211 = shufflevector <8 x float> %210, <8 x float> poison, <8 x i32> zeroinitializer
  %212 = getelementptr float, ptr %kh, i64 %209
  %213 = load <8 x float>, ptr %212, align 4
  %.idx424 = shl nsw i64 %i5, 6
  %214 = getelementptr inbounds i8, ptr %Kc, i64 %.idx424
  store <8 x float> %213, ptr %214, align 4
  %215 = fmul <8 x float> %211, %213
  %.idx425 = shl nsw i64 %i5, 7
  %216 = getelementptr inbounds i8, ptr %X, i64 %.idx425
  store <8 x float> %215, ptr %216, align 4
  %217 = getelementptr float, ptr %82, i64 %209
  %218 = load <8 x float>, ptr %217, align 4
  %219 = getelementptr inbounds i8, ptr %25, i64 %.idx424
  store <8 x float> %218, ptr %219, align 4
  %220 = fmul <8 x float> %211, %218
  %221 = getelementptr inbounds i8, ptr %26, i64 %.idx425
  store <8 x float> %220, ptr %221, align 4
  %bc540 = bitcast <8 x float> %213 to <8 x i32>
  %222 = extractelement <8 x i32> %bc540, i64 0
  %223 = getelementptr inbounds float, ptr %KT, i64 %i5
  store i32 %222, ptr %223, align 4
  %224 = extractelement <8 x float> %213, i64 1
  %225 = getelementptr inbounds float, ptr %27, i64 %i5
  store float %224, ptr %225, align 4
  %226 = extractelement <8 x float> %213, i64 2
  %227 = getelementptr inbounds float, ptr %28, i64 %i5
  store float %226, ptr %227, align 4
  %228 = extractelement <8 x float> %213, i64 3
  %229 = getelementptr inbounds float, ptr %29, i64 %i5
  store float %228, ptr %229, align 4
  %230 = extractelement <8 x float> %213, i64 4
  %231 = getelementptr inbounds float, ptr %30, i64 %i5
  store float %230, ptr %231, align 4
  %232 = extractelement <8 x float> %213, i64 5
  %233 = getelementptr inbounds float, ptr %31, i64 %i5
  store float %232, ptr %233, align 4
  %234 = extractelement <8 x float> %213, i64 6
  %235 = getelementptr inbounds float, ptr %32, i64 %i5
  store float %234, ptr %235, align 4
  %236 = extractelement <8 x float> %213, i64 7
  %237 = getelementptr inbounds float, ptr %33, i64 %i5
  store float %236, ptr %237, align 4
  %bc546 = bitcast <8 x float> %218 to <8 x i32>
  %238 = extractelement <8 x i32> %bc546, i64 0
  %239 = getelementptr inbounds float, ptr %34, i64 %i5
  store i32 %238, ptr %239, align 4
  %240 = extractelement <8 x float> %218, i64 1
  %241 = getelementptr inbounds float, ptr %35, i64 %i5
  store float %240, ptr %241, align 4
  %242 = extractelement <8 x float> %218, i64 2
  %243 = getelementptr inbounds float, ptr %36, i64 %i5
  store float %242, ptr %243, align 4
  %244 = extractelement <8 x float> %218, i64 3
  %245 = getelementptr inbounds float, ptr %37, i64 %i5
  store float %244, ptr %245, align 4
  %246 = extractelement <8 x float> %218, i64 4
  %247 = getelementptr inbounds float, ptr %38, i64 %i5
  store float %246, ptr %247, align 4
  %248 = extractelement <8 x float> %218, i64 5
  %249 = getelementptr inbounds float, ptr %39, i64 %i5
  store float %248, ptr %249, align 4
  %250 = getelementptr float, ptr %86, i64 %209
  %251 = load float, ptr %250, align 4
  %252 = getelementptr inbounds float, ptr %40, i64 %i5
  store float %251, ptr %252, align 4
  %253 = getelementptr float, ptr %87, i64 %209
  %254 = load float, ptr %253, align 4
  %255 = getelementptr inbounds float, ptr %41, i64 %i5
  store float %254, ptr %255, align 4
  %256 = getelementptr float, ptr %vh, i64 %209
  %257 = load <8 x float>, ptr %256, align 4
  %258 = fmul <8 x float> %211, %257
  %259 = getelementptr inbounds i8, ptr %216, i64 64
  store <8 x float> %258, ptr %259, align 4
  %260 = getelementptr float, ptr %88, i64 %209
  %261 = load <8 x float>, ptr %260, align 4
  %262 = fmul <8 x float> %211, %261
  %263 = getelementptr inbounds i8, ptr %221, i64 64
  store <8 x float> %262, ptr %263, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %j2.head.preheader
  %t.next = add nuw nsw i64 %t.addr.0331, 1
  %exitcond.not = icmp eq i64 %t.next, 32
  br i1 %exitcond.not, label %j10.head.preheader, label %t.body

j10.head.preheader:                               ; preds = %endif, %p6.exit.3
  %i14.addr.0342 = phi i64 [ %i14.next, %p6.exit.3 ], [ 0, %endif ]
  %264 = shl nuw nsw i64 %i14.addr.0342, 4
  %265 = shl nuw nsw i64 %i14.addr.0342, 6
  %266 = or disjoint i64 %265, 64
  %267 = or disjoint i64 %265, 128
  %268 = or disjoint i64 %265, 192
  br label %p6.body

p6.body:                                          ; preds = %p6.body, %j10.head.preheader
  %acc.0340 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %314, %p6.body ]
  %acc1.0339 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %315, %p6.body ]
  %acc2.0338 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %321, %p6.body ]
  %acc3.0337 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %322, %p6.body ]
  %acc4.0336 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %328, %p6.body ]
  %acc5.0335 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %329, %p6.body ]
  %acc6.0334 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %335, %p6.body ]
  %acc7.0333 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %336, %p6.body ]
  %p6.addr.0332 = phi i64 [ 0, %j10.head.preheader ], [ %p6.next.1969, %p6.body ]
  %269 = shl nuw nsw i64 %p6.addr.0332, 6
  %270 = getelementptr inbounds float, ptr %KT, i64 %269
  %271 = load <8 x float>, ptr %270, align 4
  %272 = or disjoint i64 %269, 8
  %273 = getelementptr inbounds float, ptr %KT, i64 %272
  %274 = load <8 x float>, ptr %273, align 4
  %275 = add nuw nsw i64 %p6.addr.0332, %264
  %276 = getelementptr inbounds float, ptr %Kc, i64 %275
  %277 = load float, ptr %276, align 4
  %278 = insertelement <8 x float> poison, float %277, i64 0
  %279 = shufflevector <8 x float> %278, <8 x float> poison, <8 x i32> zeroinitializer
  %280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %271, <8 x float> %acc.0340)
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %279, <8 x float> %274, <8 x float> %acc1.0339)
  %282 = or disjoint i64 %275, 16
  %283 = getelementptr inbounds float, ptr %Kc, i64 %282
  %284 = load float, ptr %283, align 4
  %285 = insertelement <8 x float> poison, float %284, i64 0
  %286 = shufflevector <8 x float> %285, <8 x float> poison, <8 x i32> zeroinitializer
  %287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %271, <8 x float> %acc2.0338)
  %288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %286, <8 x float> %274, <8 x float> %acc3.0337)
  %289 = or disjoint i64 %275, 32
  %290 = getelementptr inbounds float, ptr %Kc, i64 %289
  %291 = load float, ptr %290, align 4
  %292 = insertelement <8 x float> poison, float %291, i64 0
  %293 = shufflevector <8 x float> %292, <8 x float> poison, <8 x i32> zeroinitializer
  %294 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %293, <8 x float> %271, <8 x float> %acc4.0336)
  %295 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %293, <8 x float> %274, <8 x float> %acc5.0335)
  %296 = or disjoint i64 %275, 48
  %297 = getelementptr inbounds float, ptr %Kc, i64 %296
  %298 = load float, ptr %297, align 4
  %299 = insertelement <8 x float> poison, float %298, i64 0
  %300 = shufflevector <8 x float> %299, <8 x float> poison, <8 x i32> zeroinitializer
  %301 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %300, <8 x float> %271, <8 x float> %acc6.0334)
  %302 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %300, <8 x float> %274, <8 x float> %acc7.0333)
  %p6.next = or disjoint i64 %p6.addr.0332, 1
  %303 = shl nuw nsw i64 %p6.next, 6
  %304 = getelementptr inbounds float, ptr %KT, i64 %303
  %305 = load <8 x float>, ptr %304, align 4
  %306 = or disjoint i64 %303, 8
  %307 = getelementptr inbounds float, ptr %KT, i64 %306
  %308 = load <8 x float>, ptr %307, align 4
  %309 = add nuw nsw i64 %p6.next, %264
  %310 = getelementptr inbounds float, ptr %Kc, i64 %309
  %311 = load float, ptr %310, align 4
  %312 = insertelement <8 x float> poison, float %311, i64 0
  %313 = shufflevector <8 x float> %312, <8 x float> poison, <8 x i32> zeroinitializer
  %314 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %313, <8 x float> %305, <8 x float> %280)
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %313, <8 x float> %308, <8 x float> %281)
  %316 = or disjoint i64 %309, 16
  %317 = getelementptr inbounds float, ptr %Kc, i64 %316
  %318 = load float, ptr %317, align 4
  %319 = insertelement <8 x float> poison, float %318, i64 0
  %320 = shufflevector <8 x float> %319, <8 x float> poison, <8 x i32> zeroinitializer
  %321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %320, <8 x float> %305, <8 x float> %287)
  %322 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %320, <8 x float> %308, <8 x float> %288)
  %323 = or disjoint i64 %309, 32
  %324 = getelementptr inbounds float, ptr %Kc, i64 %323
  %325 = load float, ptr %324, align 4
  %326 = insertelement <8 x float> poison, float %325, i64 0
  %327 = shufflevector <8 x float> %326, <8 x float> poison, <8 x i32> zeroinitializer
  %328 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %327, <8 x float> %305, <8 x float> %294)
  %329 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %327, <8 x float> %308, <8 x float> %295)
  %330 = or disjoint i64 %309, 48
  %331 = getelementptr inbounds float, ptr %Kc, i64 %330
  %332 = load float, ptr %331, align 4
  %333 = insertelement <8 x float> poison, float %332, i64 0
  %334 = shufflevector <8 x float> %333, <8 x float> poison, <8 x i32> zeroinitializer
  %335 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %305, <8 x float> %301)
  %336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %334, <8 x float> %308, <8 x float> %302)
  %p6.next.1969 = add nuw nsw i64 %p6.addr.0332, 2
  %exitcond502.not.1 = icmp eq i64 %p6.next.1969, 16
  br i1 %exitcond502.not.1, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %337 = getelementptr inbounds float, ptr %A, i64 %265
  store <8 x float> %314, ptr %337, align 4
  %338 = or disjoint i64 %265, 8
  %339 = getelementptr inbounds float, ptr %A, i64 %338
  store <8 x float> %315, ptr %339, align 4
  %340 = getelementptr inbounds float, ptr %A, i64 %266
  store <8 x float> %321, ptr %340, align 4
  %341 = or disjoint i64 %265, 72
  %342 = getelementptr inbounds float, ptr %A, i64 %341
  store <8 x float> %322, ptr %342, align 4
  %343 = getelementptr inbounds float, ptr %A, i64 %267
  store <8 x float> %328, ptr %343, align 4
  %344 = or disjoint i64 %265, 136
  %345 = getelementptr inbounds float, ptr %A, i64 %344
  store <8 x float> %329, ptr %345, align 4
  %346 = getelementptr inbounds float, ptr %A, i64 %268
  store <8 x float> %335, ptr %346, align 4
  %347 = or disjoint i64 %265, 200
  %348 = getelementptr inbounds float, ptr %A, i64 %347
  store <8 x float> %336, ptr %348, align 4
  br label %p6.body.1

p6.body.1:                                        ; preds = %p6.body.1, %p6.exit
  %acc.0340.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %396, %p6.body.1 ]
  %acc1.0339.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %397, %p6.body.1 ]
  %acc2.0338.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %403, %p6.body.1 ]
  %acc3.0337.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %404, %p6.body.1 ]
  %acc4.0336.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %410, %p6.body.1 ]
  %acc5.0335.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %411, %p6.body.1 ]
  %acc6.0334.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %417, %p6.body.1 ]
  %acc7.0333.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %418, %p6.body.1 ]
  %p6.addr.0332.1 = phi i64 [ 0, %p6.exit ], [ %p6.next.1.1, %p6.body.1 ]
  %349 = shl nuw nsw i64 %p6.addr.0332.1, 6
  %350 = or disjoint i64 %349, 16
  %351 = getelementptr inbounds float, ptr %KT, i64 %350
  %352 = load <8 x float>, ptr %351, align 4
  %353 = or disjoint i64 %349, 24
  %354 = getelementptr inbounds float, ptr %KT, i64 %353
  %355 = load <8 x float>, ptr %354, align 4
  %356 = add nuw nsw i64 %p6.addr.0332.1, %264
  %357 = getelementptr inbounds float, ptr %Kc, i64 %356
  %358 = load float, ptr %357, align 4
  %359 = insertelement <8 x float> poison, float %358, i64 0
  %360 = shufflevector <8 x float> %359, <8 x float> poison, <8 x i32> zeroinitializer
  %361 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %352, <8 x float> %acc.0340.1)
  %362 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %360, <8 x float> %355, <8 x float> %acc1.0339.1)
  %363 = or disjoint i64 %356, 16
  %364 = getelementptr inbounds float, ptr %Kc, i64 %363
  %365 = load float, ptr %364, align 4
  %366 = insertelement <8 x float> poison, float %365, i64 0
  %367 = shufflevector <8 x float> %366, <8 x float> poison, <8 x i32> zeroinitializer
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %352, <8 x float> %acc2.0338.1)
  %369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %355, <8 x float> %acc3.0337.1)
  %370 = or disjoint i64 %356, 32
  %371 = getelementptr inbounds float, ptr %Kc, i64 %370
  %372 = load float, ptr %371, align 4
  %373 = insertelement <8 x float> poison, float %372, i64 0
  %374 = shufflevector <8 x float> %373, <8 x float> poison, <8 x i32> zeroinitializer
  %375 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %374, <8 x float> %352, <8 x float> %acc4.0336.1)
  %376 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %374, <8 x float> %355, <8 x float> %acc5.0335.1)
  %377 = or disjoint i64 %356, 48
  %378 = getelementptr inbounds float, ptr %Kc, i64 %377
  %379 = load float, ptr %378, align 4
  %380 = insertelement <8 x float> poison, float %379, i64 0
  %381 = shufflevector <8 x float> %380, <8 x float> poison, <8 x i32> zeroinitializer
  %382 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %381, <8 x float> %352, <8 x float> %acc6.0334.1)
  %383 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %381, <8 x float> %355, <8 x float> %acc7.0333.1)
  %p6.next.1 = or disjoint i64 %p6.addr.0332.1, 1
  %384 = shl nuw nsw i64 %p6.next.1, 6
  %385 = or disjoint i64 %384, 16
  %386 = getelementptr inbounds float, ptr %KT, i64 %385
  %387 = load <8 x float>, ptr %386, align 4
  %388 = or disjoint i64 %384, 24
  %389 = getelementptr inbounds float, ptr %KT, i64 %388
  %390 = load <8 x float>, ptr %389, align 4
  %391 = add nuw nsw i64 %p6.next.1, %264
  %392 = getelementptr inbounds float, ptr %Kc, i64 %391
  %393 = load float, ptr %392, align 4
  %394 = insertelement <8 x float> poison, float %393, i64 0
  %395 = shufflevector <8 x float> %394, <8 x float> poison, <8 x i32> zeroinitializer
  %396 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %395, <8 x float> %387, <8 x float> %361)
  %397 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %395, <8 x float> %390, <8 x float> %362)
  %398 = or disjoint i64 %391, 16
  %399 = getelementptr inbounds float, ptr %Kc, i64 %398
  %400 = load float, ptr %399, align 4
  %401 = insertelement <8 x float> poison, float %400, i64 0
  %402 = shufflevector <8 x float> %401, <8 x float> poison, <8 x i32> zeroinitializer
  %403 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> %387, <8 x float> %368)
  %404 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %402, <8 x float> %390, <8 x float> %369)
  %405 = or disjoint i64 %391, 32
  %406 = getelementptr inbounds float, ptr %Kc, i64 %405
  %407 = load float, ptr %406, align 4
  %408 = insertelement <8 x float> poison, float %407, i64 0
  %409 = shufflevector <8 x float> %408, <8 x float> poison, <8 x i32> zeroinitializer
  %410 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %409, <8 x float> %387, <8 x float> %375)
  %411 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %409, <8 x float> %390, <8 x float> %376)
  %412 = or disjoint i64 %391, 48
  %413 = getelementptr inbounds float, ptr %Kc, i64 %412
  %414 = load float, ptr %413, align 4
  %415 = insertelement <8 x float> poison, float %414, i64 0
  %416 = shufflevector <8 x float> %415, <8 x float> poison, <8 x i32> zeroinitializer
  %417 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %416, <8 x float> %387, <8 x float> %382)
  %418 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %416, <8 x float> %390, <8 x float> %383)
  %p6.next.1.1 = add nuw nsw i64 %p6.addr.0332.1, 2
  %exitcond502.1.not.1 = icmp eq i64 %p6.next.1.1, 16
  br i1 %exitcond502.1.not.1, label %p6.exit.1, label %p6.body.1

p6.exit.1:                                        ; preds = %p6.body.1
  %419 = or disjoint i64 %265, 16
  %420 = getelementptr inbounds float, ptr %A, i64 %419
  store <8 x float> %396, ptr %420, align 4
  %421 = or disjoint i64 %265, 24
  %422 = getelementptr inbounds float, ptr %A, i64 %421
  store <8 x float> %397, ptr %422, align 4
  %423 = or disjoint i64 %265, 80
  %424 = getelementptr inbounds float, ptr %A, i64 %423
  store <8 x float> %403, ptr %424, align 4
  %425 = or disjoint i64 %265, 88
  %426 = getelementptr inbounds float, ptr %A, i64 %425
  store <8 x float> %404, ptr %426, align 4
  %427 = or disjoint i64 %265, 144
  %428 = getelementptr inbounds float, ptr %A, i64 %427
  store <8 x float> %410, ptr %428, align 4
  %429 = or disjoint i64 %265, 152
  %430 = getelementptr inbounds float, ptr %A, i64 %429
  store <8 x float> %411, ptr %430, align 4
  %431 = or disjoint i64 %265, 208
  %432 = getelementptr inbounds float, ptr %A, i64 %431
  store <8 x float> %417, ptr %432, align 4
  %433 = or disjoint i64 %265, 216
  %434 = getelementptr inbounds float, ptr %A, i64 %433
  store <8 x float> %418, ptr %434, align 4
  br label %p6.body.2

p6.body.2:                                        ; preds = %p6.body.2, %p6.exit.1
  %acc.0340.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %482, %p6.body.2 ]
  %acc1.0339.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %483, %p6.body.2 ]
  %acc2.0338.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %489, %p6.body.2 ]
  %acc3.0337.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %490, %p6.body.2 ]
  %acc4.0336.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %496, %p6.body.2 ]
  %acc5.0335.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %497, %p6.body.2 ]
  %acc6.0334.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %503, %p6.body.2 ]
  %acc7.0333.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %504, %p6.body.2 ]
  %p6.addr.0332.2 = phi i64 [ 0, %p6.exit.1 ], [ %p6.next.2.1, %p6.body.2 ]
  %435 = shl nuw nsw i64 %p6.addr.0332.2, 6
  %436 = or disjoint i64 %435, 32
  %437 = getelementptr inbounds float, ptr %KT, i64 %436
  %438 = load <8 x float>, ptr %437, align 4
  %439 = or disjoint i64 %435, 40
  %440 = getelementptr inbounds float, ptr %KT, i64 %439
  %441 = load <8 x float>, ptr %440, align 4
  %442 = add nuw nsw i64 %p6.addr.0332.2, %264
  %443 = getelementptr inbounds float, ptr %Kc, i64 %442
  %444 = load float, ptr %443, align 4
  %445 = insertelement <8 x float> poison, float %444, i64 0
  %446 = shufflevector <8 x float> %445, <8 x float> poison, <8 x i32> zeroinitializer
  %447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %438, <8 x float> %acc.0340.2)
  %448 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %446, <8 x float> %441, <8 x float> %acc1.0339.2)
  %449 = or disjoint i64 %442, 16
  %450 = getelementptr inbounds float, ptr %Kc, i64 %449
  %451 = load float, ptr %450, align 4
  %452 = insertelement <8 x float> poison, float %451, i64 0
  %453 = shufflevector <8 x float> %452, <8 x float> poison, <8 x i32> zeroinitializer
  %454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %453, <8 x float> %438, <8 x float> %acc2.0338.2)
  %455 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %453, <8 x float> %441, <8 x float> %acc3.0337.2)
  %456 = or disjoint i64 %442, 32
  %457 = getelementptr inbounds float, ptr %Kc, i64 %456
  %458 = load float, ptr %457, align 4
  %459 = insertelement <8 x float> poison, float %458, i64 0
  %460 = shufflevector <8 x float> %459, <8 x float> poison, <8 x i32> zeroinitializer
  %461 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %438, <8 x float> %acc4.0336.2)
  %462 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %460, <8 x float> %441, <8 x float> %acc5.0335.2)
  %463 = or disjoint i64 %442, 48
  %464 = getelementptr inbounds float, ptr %Kc, i64 %463
  %465 = load float, ptr %464, align 4
  %466 = insertelement <8 x float> poison, float %465, i64 0
  %467 = shufflevector <8 x float> %466, <8 x float> poison, <8 x i32> zeroinitializer
  %468 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %438, <8 x float> %acc6.0334.2)
  %469 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %467, <8 x float> %441, <8 x float> %acc7.0333.2)
  %p6.next.2 = or disjoint i64 %p6.addr.0332.2, 1
  %470 = shl nuw nsw i64 %p6.next.2, 6
  %471 = or disjoint i64 %470, 32
  %472 = getelementptr inbounds float, ptr %KT, i64 %471
  %473 = load <8 x float>, ptr %472, align 4
  %474 = or disjoint i64 %470, 40
  %475 = getelementptr inbounds float, ptr %KT, i64 %474
  %476 = load <8 x float>, ptr %475, align 4
  %477 = add nuw nsw i64 %p6.next.2, %264
  %478 = getelementptr inbounds float, ptr %Kc, i64 %477
  %479 = load float, ptr %478, align 4
  %480 = insertelement <8 x float> poison, float %479, i64 0
  %481 = shufflevector <8 x float> %480, <8 x float> poison, <8 x i32> zeroinitializer
  %482 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> %473, <8 x float> %447)
  %483 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %481, <8 x float> %476, <8 x float> %448)
  %484 = or disjoint i64 %477, 16
  %485 = getelementptr inbounds float, ptr %Kc, i64 %484
  %486 = load float, ptr %485, align 4
  %487 = insertelement <8 x float> poison, float %486, i64 0
  %488 = shufflevector <8 x float> %487, <8 x float> poison, <8 x i32> zeroinitializer
  %489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %473, <8 x float> %454)
  %490 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %488, <8 x float> %476, <8 x float> %455)
  %491 = or disjoint i64 %477, 32
  %492 = getelementptr inbounds float, ptr %Kc, i64 %491
  %493 = load float, ptr %492, align 4
  %494 = insertelement <8 x float> poison, float %493, i64 0
  %495 = shufflevector <8 x float> %494, <8 x float> poison, <8 x i32> zeroinitializer
  %496 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %473, <8 x float> %461)
  %497 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %495, <8 x float> %476, <8 x float> %462)
  %498 = or disjoint i64 %477, 48
  %499 = getelementptr inbounds float, ptr %Kc, i64 %498
  %500 = load float, ptr %499, align 4
  %501 = insertelement <8 x float> poison, float %500, i64 0
  %502 = shufflevector <8 x float> %501, <8 x float> poison, <8 x i32> zeroinitializer
  %503 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %502, <8 x float> %473, <8 x float> %468)
  %504 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %502, <8 x float> %476, <8 x float> %469)
  %p6.next.2.1 = add nuw nsw i64 %p6.addr.0332.2, 2
  %exitcond502.2.not.1 = icmp eq i64 %p6.next.2.1, 16
  br i1 %exitcond502.2.not.1, label %p6.exit.2, label %p6.body.2

p6.exit.2:                                        ; preds = %p6.body.2
  %505 = or disjoint i64 %265, 32
  %506 = getelementptr inbounds float, ptr %A, i64 %505
  store <8 x float> %482, ptr %506, align 4
  %507 = or disjoint i64 %265, 40
  %508 = getelementptr inbounds float, ptr %A, i64 %507
  store <8 x float> %483, ptr %508, align 4
  %509 = or disjoint i64 %265, 96
  %510 = getelementptr inbounds float, ptr %A, i64 %509
  store <8 x float> %489, ptr %510, align 4
  %511 = or disjoint i64 %265, 104
  %512 = getelementptr inbounds float, ptr %A, i64 %511
  store <8 x float> %490, ptr %512, align 4
  %513 = or disjoint i64 %265, 160
  %514 = getelementptr inbounds float, ptr %A, i64 %513
  store <8 x float> %496, ptr %514, align 4
  %515 = or disjoint i64 %265, 168
  %516 = getelementptr inbounds float, ptr %A, i64 %515
  store <8 x float> %497, ptr %516, align 4
  %517 = or disjoint i64 %265, 224
  %518 = getelementptr inbounds float, ptr %A, i64 %517
  store <8 x float> %503, ptr %518, align 4
  %519 = or disjoint i64 %265, 232
  %520 = getelementptr inbounds float, ptr %A, i64 %519
  store <8 x float> %504, ptr %520, align 4
  br label %p6.body.3

p6.body.3:                                        ; preds = %p6.body.3, %p6.exit.2
  %acc.0340.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %568, %p6.body.3 ]
  %acc1.0339.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %569, %p6.body.3 ]
  %acc2.0338.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %575, %p6.body.3 ]
  %acc3.0337.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %576, %p6.body.3 ]
  %acc4.0336.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %582, %p6.body.3 ]
  %acc5.0335.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %583, %p6.body.3 ]
  %acc6.0334.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %589, %p6.body.3 ]
  %acc7.0333.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %590, %p6.body.3 ]
  %p6.addr.0332.3 = phi i64 [ 0, %p6.exit.2 ], [ %p6.next.3.1, %p6.body.3 ]
  %521 = shl nuw nsw i64 %p6.addr.0332.3, 6
  %522 = or disjoint i64 %521, 48
  %523 = getelementptr inbounds float, ptr %KT, i64 %522
  %524 = load <8 x float>, ptr %523, align 4
  %525 = or disjoint i64 %521, 56
  %526 = getelementptr inbounds float, ptr %KT, i64 %525
  %527 = load <8 x float>, ptr %526, align 4
  %528 = add nuw nsw i64 %p6.addr.0332.3, %264
  %529 = getelementptr inbounds float, ptr %Kc, i64 %528
  %530 = load float, ptr %529, align 4
  %531 = insertelement <8 x float> poison, float %530, i64 0
  %532 = shufflevector <8 x float> %531, <8 x float> poison, <8 x i32> zeroinitializer
  %533 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %532, <8 x float> %524, <8 x float> %acc.0340.3)
  %534 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %532, <8 x float> %527, <8 x float> %acc1.0339.3)
  %535 = or disjoint i64 %528, 16
  %536 = getelementptr inbounds float, ptr %Kc, i64 %535
  %537 = load float, ptr %536, align 4
  %538 = insertelement <8 x float> poison, float %537, i64 0
  %539 = shufflevector <8 x float> %538, <8 x float> poison, <8 x i32> zeroinitializer
  %540 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %539, <8 x float> %524, <8 x float> %acc2.0338.3)
  %541 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %539, <8 x float> %527, <8 x float> %acc3.0337.3)
  %542 = or disjoint i64 %528, 32
  %543 = getelementptr inbounds float, ptr %Kc, i64 %542
  %544 = load float, ptr %543, align 4
  %545 = insertelement <8 x float> poison, float %544, i64 0
  %546 = shufflevector <8 x float> %545, <8 x float> poison, <8 x i32> zeroinitializer
  %547 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %524, <8 x float> %acc4.0336.3)
  %548 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %546, <8 x float> %527, <8 x float> %acc5.0335.3)
  %549 = or disjoint i64 %528, 48
  %550 = getelementptr inbounds float, ptr %Kc, i64 %549
  %551 = load float, ptr %550, align 4
  %552 = insertelement <8 x float> poison, float %551, i64 0
  %553 = shufflevector <8 x float> %552, <8 x float> poison, <8 x i32> zeroinitializer
  %554 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %524, <8 x float> %acc6.0334.3)
  %555 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %553, <8 x float> %527, <8 x float> %acc7.0333.3)
  %p6.next.3 = or disjoint i64 %p6.addr.0332.3, 1
  %556 = shl nuw nsw i64 %p6.next.3, 6
  %557 = or disjoint i64 %556, 48
  %558 = getelementptr inbounds float, ptr %KT, i64 %557
  %559 = load <8 x float>, ptr %558, align 4
  %560 = or disjoint i64 %556, 56
  %561 = getelementptr inbounds float, ptr %KT, i64 %560
  %562 = load <8 x float>, ptr %561, align 4
  %563 = add nuw nsw i64 %p6.next.3, %264
  %564 = getelementptr inbounds float, ptr %Kc, i64 %563
  %565 = load float, ptr %564, align 4
  %566 = insertelement <8 x float> poison, float %565, i64 0
  %567 = shufflevector <8 x float> %566, <8 x float> poison, <8 x i32> zeroinitializer
  %568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %567, <8 x float> %559, <8 x float> %533)
  %569 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %567, <8 x float> %562, <8 x float> %534)
  %570 = or disjoint i64 %563, 16
  %571 = getelementptr inbounds float, ptr %Kc, i64 %570
  %572 = load float, ptr %571, align 4
  %573 = insertelement <8 x float> poison, float %572, i64 0
  %574 = shufflevector <8 x float> %573, <8 x float> poison, <8 x i32> zeroinitializer
  %575 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %574, <8 x float> %559, <8 x float> %540)
  %576 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %574, <8 x float> %562, <8 x float> %541)
  %577 = or disjoint i64 %563, 32
  %578 = getelementptr inbounds float, ptr %Kc, i64 %577
  %579 = load float, ptr %578, align 4
  %580 = insertelement <8 x float> poison, float %579, i64 0
  %581 = shufflevector <8 x float> %580, <8 x float> poison, <8 x i32> zeroinitializer
  %582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %581, <8 x float> %559, <8 x float> %547)
  %583 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %581, <8 x float> %562, <8 x float> %548)
  %584 = or disjoint i64 %563, 48
  %585 = getelementptr inbounds float, ptr %Kc, i64 %584
  %586 = load float, ptr %585, align 4
  %587 = insertelement <8 x float> poison, float %586, i64 0
  %588 = shufflevector <8 x float> %587, <8 x float> poison, <8 x i32> zeroinitializer
  %589 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %588, <8 x float> %559, <8 x float> %554)
  %590 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %588, <8 x float> %562, <8 x float> %555)
  %p6.next.3.1 = add nuw nsw i64 %p6.addr.0332.3, 2
  %exitcond502.3.not.1 = icmp eq i64 %p6.next.3.1, 16
  br i1 %exitcond502.3.not.1, label %p6.exit.3, label %p6.body.3

p6.exit.3:                                        ; preds = %p6.body.3
  %591 = or disjoint i64 %265, 48
  %592 = getelementptr inbounds float, ptr %A, i64 %591
  store <8 x float> %568, ptr %592, align 4
  %593 = or disjoint i64 %265, 56
  %594 = getelementptr inbounds float, ptr %A, i64 %593
  store <8 x float> %569, ptr %594, align 4
  %595 = or disjoint i64 %265, 112
  %596 = getelementptr inbounds float, ptr %A, i64 %595
  store <8 x float> %575, ptr %596, align 4
  %597 = or disjoint i64 %265, 120
  %598 = getelementptr inbounds float, ptr %A, i64 %597
  store <8 x float> %576, ptr %598, align 4
  %599 = or disjoint i64 %265, 176
  %600 = getelementptr inbounds float, ptr %A, i64 %599
  store <8 x float> %582, ptr %600, align 4
  %601 = or disjoint i64 %265, 184
  %602 = getelementptr inbounds float, ptr %A, i64 %601
  store <8 x float> %583, ptr %602, align 4
  %603 = or disjoint i64 %265, 240
  %604 = getelementptr inbounds float, ptr %A, i64 %603
  store <8 x float> %589, ptr %604, align 4
  %605 = or disjoint i64 %265, 248
  %606 = getelementptr inbounds float, ptr %A, i64 %605
  store <8 x float> %590, ptr %606, align 4
  %i14.next = add nuw nsw i64 %i14.addr.0342, 4
  %607 = icmp ult i64 %i14.addr.0342, 60
  br i1 %607, label %j10.head.preheader, label %i15.body

i15.body:                                         ; preds = %p6.exit.3, %i15.body
  %i15.addr.0344 = phi i64 [ %i15.next, %i15.body ], [ 0, %p6.exit.3 ]
  %broadcast.splatinsert834 = insertelement <8 x i64> poison, i64 %i15.addr.0344, i64 0
  %broadcast.splat835 = shufflevector <8 x i64> %broadcast.splatinsert834, <8 x i64> poison, <8 x i32> zeroinitializer
  %608 = getelementptr inbounds float, ptr %bet, i64 %i15.addr.0344
  %609 = load float, ptr %608, align 4
  %broadcast.splatinsert832 = insertelement <8 x float> poison, float %609, i64 0
  %broadcast.splat833 = shufflevector <8 x float> %broadcast.splatinsert832, <8 x float> poison, <8 x i32> zeroinitializer
  %.idx428 = shl nsw i64 %i15.addr.0344, 8
  %invariant.gep679 = getelementptr inbounds i8, ptr %A, i64 %.idx428
  %610 = getelementptr inbounds i8, ptr %invariant.gep679, i64 32
  %611 = getelementptr inbounds i8, ptr %invariant.gep679, i64 64
  %612 = getelementptr inbounds i8, ptr %invariant.gep679, i64 96
  %wide.load828 = load <8 x float>, ptr %invariant.gep679, align 4
  %wide.load829 = load <8 x float>, ptr %610, align 4
  %wide.load830 = load <8 x float>, ptr %611, align 4
  %wide.load831 = load <8 x float>, ptr %612, align 4
  %613 = fmul <8 x float> %broadcast.splat833, %wide.load828
  %614 = fmul <8 x float> %broadcast.splat833, %wide.load829
  %615 = fmul <8 x float> %broadcast.splat833, %wide.load830
  %616 = fmul <8 x float> %broadcast.splat833, %wide.load831
  %617 = icmp ugt <8 x i64> %broadcast.splat835, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %618 = icmp ugt <8 x i64> %broadcast.splat835, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %619 = icmp ugt <8 x i64> %broadcast.splat835, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %620 = icmp ugt <8 x i64> %broadcast.splat835, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %621 = select <8 x i1> %617, <8 x float> %613, <8 x float> zeroinitializer
  %622 = select <8 x i1> %618, <8 x float> %614, <8 x float> zeroinitializer
  %623 = select <8 x i1> %619, <8 x float> %615, <8 x float> zeroinitializer
  %624 = select <8 x i1> %620, <8 x float> %616, <8 x float> zeroinitializer
  store <8 x float> %621, ptr %invariant.gep679, align 4
  store <8 x float> %622, ptr %610, align 4
  store <8 x float> %623, ptr %611, align 4
  store <8 x float> %624, ptr %612, align 4
  %625 = getelementptr inbounds i8, ptr %invariant.gep679, i64 128
  %626 = getelementptr inbounds i8, ptr %invariant.gep679, i64 160
  %627 = getelementptr inbounds i8, ptr %invariant.gep679, i64 192
  %628 = getelementptr inbounds i8, ptr %invariant.gep679, i64 224
  %wide.load828.1 = load <8 x float>, ptr %625, align 4
  %wide.load829.1 = load <8 x float>, ptr %626, align 4
  %wide.load830.1 = load <8 x float>, ptr %627, align 4
  %wide.load831.1 = load <8 x float>, ptr %628, align 4
  %629 = fmul <8 x float> %broadcast.splat833, %wide.load828.1
  %630 = fmul <8 x float> %broadcast.splat833, %wide.load829.1
  %631 = fmul <8 x float> %broadcast.splat833, %wide.load830.1
  %632 = fmul <8 x float> %broadcast.splat833, %wide.load831.1
  %633 = icmp ugt <8 x i64> %broadcast.splat835, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %634 = icmp ugt <8 x i64> %broadcast.splat835, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %635 = icmp ugt <8 x i64> %broadcast.splat835, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %636 = icmp ugt <8 x i64> %broadcast.splat835, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %637 = select <8 x i1> %633, <8 x float> %629, <8 x float> zeroinitializer
  %638 = select <8 x i1> %634, <8 x float> %630, <8 x float> zeroinitializer
  %639 = select <8 x i1> %635, <8 x float> %631, <8 x float> zeroinitializer
  %640 = select <8 x i1> %636, <8 x float> %632, <8 x float> zeroinitializer
  store <8 x float> %637, ptr %625, align 4
  store <8 x float> %638, ptr %626, align 4
  store <8 x float> %639, ptr %627, align 4
  store <8 x float> %640, ptr %628, align 4
  %i15.next = add nuw nsw i64 %i15.addr.0344, 1
  %exitcond504.not = icmp eq i64 %i15.next, 64
  br i1 %exitcond504.not, label %i16.body, label %i15.body

i16.body:                                         ; preds = %i15.body, %j12.exit
  %indvar971 = phi i64 [ %indvar.next972, %j12.exit ], [ 0, %i15.body ]
  %i16.addr.0350 = phi i64 [ %i16.next, %j12.exit ], [ 1, %i15.body ]
  %641 = shl nuw nsw i64 %i16.addr.0350, 5
  %642 = getelementptr inbounds float, ptr %X, i64 %641
  %643 = load <8 x float>, ptr %642, align 4
  %644 = or disjoint i64 %641, 8
  %645 = getelementptr inbounds float, ptr %X, i64 %644
  %646 = load <8 x float>, ptr %645, align 4
  %647 = or disjoint i64 %641, 16
  %648 = getelementptr inbounds float, ptr %X, i64 %647
  %649 = load <8 x float>, ptr %648, align 4
  %650 = or disjoint i64 %641, 24
  %651 = getelementptr inbounds float, ptr %X, i64 %650
  %652 = load <8 x float>, ptr %651, align 4
  %.idx = shl nuw nsw i64 %i16.addr.0350, 8
  %653 = getelementptr inbounds i8, ptr %A, i64 %.idx
  %xtraiter = and i64 %i16.addr.0350, 3
  %654 = icmp ult i64 %indvar971, 3
  br i1 %654, label %j12.exit.unr-lcssa, label %i16.body.new

i16.body.new:                                     ; preds = %i16.body
  %unroll_iter = and i64 %i16.addr.0350, 9223372036854775804
  br label %j12.body

j12.body:                                         ; preds = %j12.body, %i16.body.new
  %j12.addr.0349 = phi i64 [ 0, %i16.body.new ], [ %j12.next.3, %j12.body ]
  %acc11.0348 = phi <8 x float> [ %652, %i16.body.new ], [ %738, %j12.body ]
  %acc10.0347 = phi <8 x float> [ %649, %i16.body.new ], [ %734, %j12.body ]
  %acc9.0346 = phi <8 x float> [ %646, %i16.body.new ], [ %730, %j12.body ]
  %acc8.0345 = phi <8 x float> [ %643, %i16.body.new ], [ %726, %j12.body ]
  %niter = phi i64 [ 0, %i16.body.new ], [ %niter.next.3, %j12.body ]
  %655 = getelementptr inbounds float, ptr %653, i64 %j12.addr.0349
  %656 = load float, ptr %655, align 4
  %657 = fneg float %656
  %658 = shl nsw i64 %j12.addr.0349, 5
  %659 = getelementptr inbounds float, ptr %X, i64 %658
  %660 = load <8 x float>, ptr %659, align 4
  %661 = insertelement <8 x float> poison, float %657, i64 0
  %662 = shufflevector <8 x float> %661, <8 x float> poison, <8 x i32> zeroinitializer
  %663 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %662, <8 x float> %660, <8 x float> %acc8.0345)
  %664 = or disjoint i64 %658, 8
  %665 = getelementptr inbounds float, ptr %X, i64 %664
  %666 = load <8 x float>, ptr %665, align 4
  %667 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %662, <8 x float> %666, <8 x float> %acc9.0346)
  %668 = or disjoint i64 %658, 16
  %669 = getelementptr inbounds float, ptr %X, i64 %668
  %670 = load <8 x float>, ptr %669, align 4
  %671 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %662, <8 x float> %670, <8 x float> %acc10.0347)
  %672 = or disjoint i64 %658, 24
  %673 = getelementptr inbounds float, ptr %X, i64 %672
  %674 = load <8 x float>, ptr %673, align 4
  %675 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %662, <8 x float> %674, <8 x float> %acc11.0348)
  %j12.next = or disjoint i64 %j12.addr.0349, 1
  %676 = getelementptr inbounds float, ptr %653, i64 %j12.next
  %677 = load float, ptr %676, align 4
  %678 = fneg float %677
  %679 = shl nsw i64 %j12.next, 5
  %680 = getelementptr inbounds float, ptr %X, i64 %679
  %681 = load <8 x float>, ptr %680, align 4
  %682 = insertelement <8 x float> poison, float %678, i64 0
  %683 = shufflevector <8 x float> %682, <8 x float> poison, <8 x i32> zeroinitializer
  %684 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %681, <8 x float> %663)
  %685 = or disjoint i64 %679, 8
  %686 = getelementptr inbounds float, ptr %X, i64 %685
  %687 = load <8 x float>, ptr %686, align 4
  %688 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %687, <8 x float> %667)
  %689 = or disjoint i64 %679, 16
  %690 = getelementptr inbounds float, ptr %X, i64 %689
  %691 = load <8 x float>, ptr %690, align 4
  %692 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %691, <8 x float> %671)
  %693 = or disjoint i64 %679, 24
  %694 = getelementptr inbounds float, ptr %X, i64 %693
  %695 = load <8 x float>, ptr %694, align 4
  %696 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %683, <8 x float> %695, <8 x float> %675)
  %j12.next.1 = or disjoint i64 %j12.addr.0349, 2
  %697 = getelementptr inbounds float, ptr %653, i64 %j12.next.1
  %698 = load float, ptr %697, align 4
  %699 = fneg float %698
  %700 = shl nsw i64 %j12.next.1, 5
  %701 = getelementptr inbounds float, ptr %X, i64 %700
  %702 = load <8 x float>, ptr %701, align 4
  %703 = insertelement <8 x float> poison, float %699, i64 0
  %704 = shufflevector <8 x float> %703, <8 x float> poison, <8 x i32> zeroinitializer
  %705 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> %702, <8 x float> %684)
  %706 = or disjoint i64 %700, 8
  %707 = getelementptr inbounds float, ptr %X, i64 %706
  %708 = load <8 x float>, ptr %707, align 4
  %709 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> %708, <8 x float> %688)
  %710 = or disjoint i64 %700, 16
  %711 = getelementptr inbounds float, ptr %X, i64 %710
  %712 = load <8 x float>, ptr %711, align 4
  %713 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> %712, <8 x float> %692)
  %714 = or disjoint i64 %700, 24
  %715 = getelementptr inbounds float, ptr %X, i64 %714
  %716 = load <8 x float>, ptr %715, align 4
  %717 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> %716, <8 x float> %696)
  %j12.next.2 = or disjoint i64 %j12.addr.0349, 3
  %718 = getelementptr inbounds float, ptr %653, i64 %j12.next.2
  %719 = load float, ptr %718, align 4
  %720 = fneg float %719
  %721 = shl nsw i64 %j12.next.2, 5
  %722 = getelementptr inbounds float, ptr %X, i64 %721
  %723 = load <8 x float>, ptr %722, align 4
  %724 = insertelement <8 x float> poison, float %720, i64 0
  %725 = shufflevector <8 x float> %724, <8 x float> poison, <8 x i32> zeroinitializer
  %726 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %725, <8 x float> %723, <8 x float> %705)
  %727 = or disjoint i64 %721, 8
  %728 = getelementptr inbounds float, ptr %X, i64 %727
  %729 = load <8 x float>, ptr %728, align 4
  %730 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %725, <8 x float> %729, <8 x float> %709)
  %731 = or disjoint i64 %721, 16
  %732 = getelementptr inbounds float, ptr %X, i64 %731
  %733 = load <8 x float>, ptr %732, align 4
  %734 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %725, <8 x float> %733, <8 x float> %713)
  %735 = or disjoint i64 %721, 24
  %736 = getelementptr inbounds float, ptr %X, i64 %735
  %737 = load <8 x float>, ptr %736, align 4
  %738 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %725, <8 x float> %737, <8 x float> %717)
  %j12.next.3 = add nuw nsw i64 %j12.addr.0349, 4
  %niter.next.3 = add i64 %niter, 4
  %niter.ncmp.3 = icmp eq i64 %niter.next.3, %unroll_iter
  br i1 %niter.ncmp.3, label %j12.exit.unr-lcssa, label %j12.body

j12.exit.unr-lcssa:                               ; preds = %j12.body, %i16.body
  %.lcssa871.ph = phi <8 x float> [ poison, %i16.body ], [ %726, %j12.body ]
  %.lcssa870.ph = phi <8 x float> [ poison, %i16.body ], [ %730, %j12.body ]
  %.lcssa869.ph = phi <8 x float> [ poison, %i16.body ], [ %734, %j12.body ]
  %.lcssa868.ph = phi <8 x float> [ poison, %i16.body ], [ %738, %j12.body ]
  %j12.addr.0349.unr = phi i64 [ 0, %i16.body ], [ %j12.next.3, %j12.body ]
  %acc11.0348.unr = phi <8 x float> [ %652, %i16.body ], [ %738, %j12.body ]
  %acc10.0347.unr = phi <8 x float> [ %649, %i16.body ], [ %734, %j12.body ]
  %acc9.0346.unr = phi <8 x float> [ %646, %i16.body ], [ %730, %j12.body ]
  %acc8.0345.unr = phi <8 x float> [ %643, %i16.body ], [ %726, %j12.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j12.exit, label %j12.body.epil

j12.body.epil:                                    ; preds = %j12.exit.unr-lcssa, %j12.body.epil
  %j12.addr.0349.epil = phi i64 [ %j12.next.epil, %j12.body.epil ], [ %j12.addr.0349.unr, %j12.exit.unr-lcssa ]
  %acc11.0348.epil = phi <8 x float> [ %759, %j12.body.epil ], [ %acc11.0348.unr, %j12.exit.unr-lcssa ]
  %acc10.0347.epil = phi <8 x float> [ %755, %j12.body.epil ], [ %acc10.0347.unr, %j12.exit.unr-lcssa ]
  %acc9.0346.epil = phi <8 x float> [ %751, %j12.body.epil ], [ %acc9.0346.unr, %j12.exit.unr-lcssa ]
  %acc8.0345.epil = phi <8 x float> [ %747, %j12.body.epil ], [ %acc8.0345.unr, %j12.exit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j12.body.epil ], [ 0, %j12.exit.unr-lcssa ]
  %739 = getelementptr inbounds float, ptr %653, i64 %j12.addr.0349.epil
  %740 = load float, ptr %739, align 4
  %741 = fneg float %740
  %742 = shl nsw i64 %j12.addr.0349.epil, 5
  %743 = getelementptr inbounds float, ptr %X, i64 %742
  %744 = load <8 x float>, ptr %743, align 4
  %745 = insertelement <8 x float> poison, float %741, i64 0
  %746 = shufflevector <8 x float> %745, <8 x float> poison, <8 x i32> zeroinitializer
  %747 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> %744, <8 x float> %acc8.0345.epil)
  %748 = or disjoint i64 %742, 8
  %749 = getelementptr inbounds float, ptr %X, i64 %748
  %750 = load <8 x float>, ptr %749, align 4
  %751 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> %750, <8 x float> %acc9.0346.epil)
  %752 = or disjoint i64 %742, 16
  %753 = getelementptr inbounds float, ptr %X, i64 %752
  %754 = load <8 x float>, ptr %753, align 4
  %755 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> %754, <8 x float> %acc10.0347.epil)
  %756 = or disjoint i64 %742, 24
  %757 = getelementptr inbounds float, ptr %X, i64 %756
  %758 = load <8 x float>, ptr %757, align 4
  %759 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %746, <8 x float> %758, <8 x float> %acc11.0348.epil)
  %j12.next.epil = add nuw nsw i64 %j12.addr.0349.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %j12.exit, label %j12.body.epil, !llvm.loop !0

j12.exit:                                         ; preds = %j12.body.epil, %j12.exit.unr-lcssa
  %.lcssa871 = phi <8 x float> [ %.lcssa871.ph, %j12.exit.unr-lcssa ], [ %747, %j12.body.epil ]
  %.lcssa870 = phi <8 x float> [ %.lcssa870.ph, %j12.exit.unr-lcssa ], [ %751, %j12.body.epil ]
  %.lcssa869 = phi <8 x float> [ %.lcssa869.ph, %j12.exit.unr-lcssa ], [ %755, %j12.body.epil ]
  %.lcssa868 = phi <8 x float> [ %.lcssa868.ph, %j12.exit.unr-lcssa ], [ %759, %j12.body.epil ]
  store <8 x float> %.lcssa871, ptr %642, align 4
  store <8 x float> %.lcssa870, ptr %645, align 4
  store <8 x float> %.lcssa869, ptr %648, align 4
  store <8 x float> %.lcssa868, ptr %651, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0350, 1
  %exitcond506.not = icmp eq i64 %i16.next, 64
  %indvar.next972 = add i64 %indvar971, 1
  br i1 %exitcond506.not, label %i17.body, label %i16.body

i17.body:                                         ; preds = %j12.exit, %p7.exit
  %i17.addr.0360 = phi i64 [ %i17.next, %p7.exit ], [ 0, %j12.exit ]
  %760 = shl nuw nsw i64 %i17.addr.0360, 5
  %761 = or disjoint i64 %760, 16
  %762 = getelementptr inbounds float, ptr %X, i64 %761
  %763 = load <8 x float>, ptr %762, align 4
  %764 = or disjoint i64 %760, 24
  %765 = getelementptr inbounds float, ptr %X, i64 %764
  %766 = load <8 x float>, ptr %765, align 4
  %767 = or disjoint i64 %760, 48
  %768 = getelementptr inbounds float, ptr %X, i64 %767
  %769 = load <8 x float>, ptr %768, align 4
  %770 = or disjoint i64 %760, 56
  %771 = getelementptr inbounds float, ptr %X, i64 %770
  %772 = load <8 x float>, ptr %771, align 4
  %773 = or disjoint i64 %760, 80
  %774 = getelementptr inbounds float, ptr %X, i64 %773
  %775 = load <8 x float>, ptr %774, align 4
  %776 = or disjoint i64 %760, 88
  %777 = getelementptr inbounds float, ptr %X, i64 %776
  %778 = load <8 x float>, ptr %777, align 4
  %779 = or disjoint i64 %760, 112
  %780 = getelementptr inbounds float, ptr %X, i64 %779
  %781 = load <8 x float>, ptr %780, align 4
  %782 = or disjoint i64 %760, 120
  %783 = getelementptr inbounds float, ptr %X, i64 %782
  %784 = load <8 x float>, ptr %783, align 4
  br label %p7.body

p7.body:                                          ; preds = %p7.body, %i17.body
  %p7.addr.0359 = phi i64 [ 0, %i17.body ], [ %p7.next.1, %p7.body ]
  %acc19.0358 = phi <8 x float> [ %784, %i17.body ], [ %860, %p7.body ]
  %acc18.0357 = phi <8 x float> [ %781, %i17.body ], [ %859, %p7.body ]
  %acc17.0356 = phi <8 x float> [ %778, %i17.body ], [ %852, %p7.body ]
  %acc16.0355 = phi <8 x float> [ %775, %i17.body ], [ %851, %p7.body ]
  %acc1558.0354 = phi <8 x float> [ %772, %i17.body ], [ %844, %p7.body ]
  %acc14.0353 = phi <8 x float> [ %769, %i17.body ], [ %843, %p7.body ]
  %acc13.0352 = phi <8 x float> [ %766, %i17.body ], [ %836, %p7.body ]
  %acc12.0351 = phi <8 x float> [ %763, %i17.body ], [ %835, %p7.body ]
  %785 = shl nuw nsw i64 %p7.addr.0359, 4
  %786 = getelementptr inbounds float, ptr %work, i64 %785
  %787 = load <8 x float>, ptr %786, align 4
  %788 = or disjoint i64 %785, 8
  %789 = getelementptr inbounds float, ptr %work, i64 %788
  %790 = load <8 x float>, ptr %789, align 4
  %791 = or disjoint i64 %p7.addr.0359, %760
  %792 = getelementptr inbounds float, ptr %X, i64 %791
  %793 = load float, ptr %792, align 4
  %794 = fneg float %793
  %795 = insertelement <8 x float> poison, float %794, i64 0
  %796 = shufflevector <8 x float> %795, <8 x float> poison, <8 x i32> zeroinitializer
  %797 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %796, <8 x float> %787, <8 x float> %acc12.0351)
  %798 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %796, <8 x float> %790, <8 x float> %acc13.0352)
  %799 = or disjoint i64 %791, 32
  %800 = getelementptr inbounds float, ptr %X, i64 %799
  %801 = load float, ptr %800, align 4
  %802 = fneg float %801
  %803 = insertelement <8 x float> poison, float %802, i64 0
  %804 = shufflevector <8 x float> %803, <8 x float> poison, <8 x i32> zeroinitializer
  %805 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %804, <8 x float> %787, <8 x float> %acc14.0353)
  %806 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %804, <8 x float> %790, <8 x float> %acc1558.0354)
  %807 = or disjoint i64 %791, 64
  %808 = getelementptr inbounds float, ptr %X, i64 %807
  %809 = load float, ptr %808, align 4
  %810 = fneg float %809
  %811 = insertelement <8 x float> poison, float %810, i64 0
  %812 = shufflevector <8 x float> %811, <8 x float> poison, <8 x i32> zeroinitializer
  %813 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> %787, <8 x float> %acc16.0355)
  %814 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %812, <8 x float> %790, <8 x float> %acc17.0356)
  %815 = or disjoint i64 %791, 96
  %816 = getelementptr inbounds float, ptr %X, i64 %815
  %817 = load float, ptr %816, align 4
  %818 = fneg float %817
  %819 = insertelement <8 x float> poison, float %818, i64 0
  %820 = shufflevector <8 x float> %819, <8 x float> poison, <8 x i32> zeroinitializer
  %821 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> %787, <8 x float> %acc18.0357)
  %822 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %820, <8 x float> %790, <8 x float> %acc19.0358)
  %p7.next = or disjoint i64 %p7.addr.0359, 1
  %823 = shl nuw nsw i64 %p7.next, 4
  %824 = getelementptr inbounds float, ptr %work, i64 %823
  %825 = load <8 x float>, ptr %824, align 4
  %826 = or disjoint i64 %823, 8
  %827 = getelementptr inbounds float, ptr %work, i64 %826
  %828 = load <8 x float>, ptr %827, align 4
  %829 = or disjoint i64 %p7.next, %760
  %830 = getelementptr inbounds float, ptr %X, i64 %829
  %831 = load float, ptr %830, align 4
  %832 = fneg float %831
  %833 = insertelement <8 x float> poison, float %832, i64 0
  %834 = shufflevector <8 x float> %833, <8 x float> poison, <8 x i32> zeroinitializer
  %835 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> %825, <8 x float> %797)
  %836 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> %828, <8 x float> %798)
  %837 = or disjoint i64 %829, 32
  %838 = getelementptr inbounds float, ptr %X, i64 %837
  %839 = load float, ptr %838, align 4
  %840 = fneg float %839
  %841 = insertelement <8 x float> poison, float %840, i64 0
  %842 = shufflevector <8 x float> %841, <8 x float> poison, <8 x i32> zeroinitializer
  %843 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %842, <8 x float> %825, <8 x float> %805)
  %844 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %842, <8 x float> %828, <8 x float> %806)
  %845 = or disjoint i64 %829, 64
  %846 = getelementptr inbounds float, ptr %X, i64 %845
  %847 = load float, ptr %846, align 4
  %848 = fneg float %847
  %849 = insertelement <8 x float> poison, float %848, i64 0
  %850 = shufflevector <8 x float> %849, <8 x float> poison, <8 x i32> zeroinitializer
  %851 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %850, <8 x float> %825, <8 x float> %813)
  %852 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %850, <8 x float> %828, <8 x float> %814)
  %853 = or disjoint i64 %829, 96
  %854 = getelementptr inbounds float, ptr %X, i64 %853
  %855 = load float, ptr %854, align 4
  %856 = fneg float %855
  %857 = insertelement <8 x float> poison, float %856, i64 0
  %858 = shufflevector <8 x float> %857, <8 x float> poison, <8 x i32> zeroinitializer
  %859 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %858, <8 x float> %825, <8 x float> %821)
  %860 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %858, <8 x float> %828, <8 x float> %822)
  %p7.next.1 = add nuw nsw i64 %p7.addr.0359, 2
  %exitcond507.not.1 = icmp eq i64 %p7.next.1, 16
  br i1 %exitcond507.not.1, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <8 x float> %835, ptr %762, align 4
  store <8 x float> %836, ptr %765, align 4
  store <8 x float> %843, ptr %768, align 4
  store <8 x float> %844, ptr %771, align 4
  store <8 x float> %851, ptr %774, align 4
  store <8 x float> %852, ptr %777, align 4
  store <8 x float> %859, ptr %780, align 4
  store <8 x float> %860, ptr %783, align 4
  %i17.next = add nuw nsw i64 %i17.addr.0360, 4
  %861 = icmp ult i64 %i17.addr.0360, 60
  br i1 %861, label %i17.body, label %j14.head.preheader

j14.head.preheader:                               ; preds = %p7.exit, %p8.exit.3
  %i18.addr.0371 = phi i64 [ %i18.next, %p8.exit.3 ], [ 0, %p7.exit ]
  %862 = shl nuw nsw i64 %i18.addr.0371, 4
  %863 = shl nuw nsw i64 %i18.addr.0371, 6
  %864 = or disjoint i64 %863, 64
  %865 = or disjoint i64 %863, 128
  %866 = or disjoint i64 %863, 192
  br label %p8.body

p8.body:                                          ; preds = %p8.body, %j14.head.preheader
  %p8.addr.0369 = phi i64 [ 0, %j14.head.preheader ], [ %p8.next.1986, %p8.body ]
  %acc27.0368 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %934, %p8.body ]
  %acc26.0367 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %933, %p8.body ]
  %acc25.0366 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %927, %p8.body ]
  %acc24.0365 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %926, %p8.body ]
  %acc23.0364 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %920, %p8.body ]
  %acc22.0363 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %919, %p8.body ]
  %acc21.0362 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %913, %p8.body ]
  %acc20.0361 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %912, %p8.body ]
  %867 = shl nuw nsw i64 %p8.addr.0369, 6
  %868 = getelementptr inbounds float, ptr %KT, i64 %867
  %869 = load <8 x float>, ptr %868, align 4
  %870 = or disjoint i64 %867, 8
  %871 = getelementptr inbounds float, ptr %KT, i64 %870
  %872 = load <8 x float>, ptr %871, align 4
  %873 = add nuw nsw i64 %p8.addr.0369, %862
  %874 = getelementptr inbounds float, ptr %Qc, i64 %873
  %875 = load float, ptr %874, align 4
  %876 = insertelement <8 x float> poison, float %875, i64 0
  %877 = shufflevector <8 x float> %876, <8 x float> poison, <8 x i32> zeroinitializer
  %878 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %877, <8 x float> %869, <8 x float> %acc20.0361)
  %879 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %877, <8 x float> %872, <8 x float> %acc21.0362)
  %880 = or disjoint i64 %873, 16
  %881 = getelementptr inbounds float, ptr %Qc, i64 %880
  %882 = load float, ptr %881, align 4
  %883 = insertelement <8 x float> poison, float %882, i64 0
  %884 = shufflevector <8 x float> %883, <8 x float> poison, <8 x i32> zeroinitializer
  %885 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %884, <8 x float> %869, <8 x float> %acc22.0363)
  %886 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %884, <8 x float> %872, <8 x float> %acc23.0364)
  %887 = or disjoint i64 %873, 32
  %888 = getelementptr inbounds float, ptr %Qc, i64 %887
  %889 = load float, ptr %888, align 4
  %890 = insertelement <8 x float> poison, float %889, i64 0
  %891 = shufflevector <8 x float> %890, <8 x float> poison, <8 x i32> zeroinitializer
  %892 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %891, <8 x float> %869, <8 x float> %acc24.0365)
  %893 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %891, <8 x float> %872, <8 x float> %acc25.0366)
  %894 = or disjoint i64 %873, 48
  %895 = getelementptr inbounds float, ptr %Qc, i64 %894
  %896 = load float, ptr %895, align 4
  %897 = insertelement <8 x float> poison, float %896, i64 0
  %898 = shufflevector <8 x float> %897, <8 x float> poison, <8 x i32> zeroinitializer
  %899 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %898, <8 x float> %869, <8 x float> %acc26.0367)
  %900 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %898, <8 x float> %872, <8 x float> %acc27.0368)
  %p8.next = or disjoint i64 %p8.addr.0369, 1
  %901 = shl nuw nsw i64 %p8.next, 6
  %902 = getelementptr inbounds float, ptr %KT, i64 %901
  %903 = load <8 x float>, ptr %902, align 4
  %904 = or disjoint i64 %901, 8
  %905 = getelementptr inbounds float, ptr %KT, i64 %904
  %906 = load <8 x float>, ptr %905, align 4
  %907 = add nuw nsw i64 %p8.next, %862
  %908 = getelementptr inbounds float, ptr %Qc, i64 %907
  %909 = load float, ptr %908, align 4
  %910 = insertelement <8 x float> poison, float %909, i64 0
  %911 = shufflevector <8 x float> %910, <8 x float> poison, <8 x i32> zeroinitializer
  %912 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %911, <8 x float> %903, <8 x float> %878)
  %913 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %911, <8 x float> %906, <8 x float> %879)
  %914 = or disjoint i64 %907, 16
  %915 = getelementptr inbounds float, ptr %Qc, i64 %914
  %916 = load float, ptr %915, align 4
  %917 = insertelement <8 x float> poison, float %916, i64 0
  %918 = shufflevector <8 x float> %917, <8 x float> poison, <8 x i32> zeroinitializer
  %919 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %918, <8 x float> %903, <8 x float> %885)
  %920 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %918, <8 x float> %906, <8 x float> %886)
  %921 = or disjoint i64 %907, 32
  %922 = getelementptr inbounds float, ptr %Qc, i64 %921
  %923 = load float, ptr %922, align 4
  %924 = insertelement <8 x float> poison, float %923, i64 0
  %925 = shufflevector <8 x float> %924, <8 x float> poison, <8 x i32> zeroinitializer
  %926 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> %903, <8 x float> %892)
  %927 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> %906, <8 x float> %893)
  %928 = or disjoint i64 %907, 48
  %929 = getelementptr inbounds float, ptr %Qc, i64 %928
  %930 = load float, ptr %929, align 4
  %931 = insertelement <8 x float> poison, float %930, i64 0
  %932 = shufflevector <8 x float> %931, <8 x float> poison, <8 x i32> zeroinitializer
  %933 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %932, <8 x float> %903, <8 x float> %899)
  %934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %932, <8 x float> %906, <8 x float> %900)
  %p8.next.1986 = add nuw nsw i64 %p8.addr.0369, 2
  %exitcond508.not.1 = icmp eq i64 %p8.next.1986, 16
  br i1 %exitcond508.not.1, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %935 = getelementptr inbounds float, ptr %P, i64 %863
  store <8 x float> %912, ptr %935, align 4
  %936 = or disjoint i64 %863, 8
  %937 = getelementptr inbounds float, ptr %P, i64 %936
  store <8 x float> %913, ptr %937, align 4
  %938 = getelementptr inbounds float, ptr %P, i64 %864
  store <8 x float> %919, ptr %938, align 4
  %939 = or disjoint i64 %863, 72
  %940 = getelementptr inbounds float, ptr %P, i64 %939
  store <8 x float> %920, ptr %940, align 4
  %941 = getelementptr inbounds float, ptr %P, i64 %865
  store <8 x float> %926, ptr %941, align 4
  %942 = or disjoint i64 %863, 136
  %943 = getelementptr inbounds float, ptr %P, i64 %942
  store <8 x float> %927, ptr %943, align 4
  %944 = getelementptr inbounds float, ptr %P, i64 %866
  store <8 x float> %933, ptr %944, align 4
  %945 = or disjoint i64 %863, 200
  %946 = getelementptr inbounds float, ptr %P, i64 %945
  store <8 x float> %934, ptr %946, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %p8.addr.0369.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1.1, %p8.body.1 ]
  %acc27.0368.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1016, %p8.body.1 ]
  %acc26.0367.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1015, %p8.body.1 ]
  %acc25.0366.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1009, %p8.body.1 ]
  %acc24.0365.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1008, %p8.body.1 ]
  %acc23.0364.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1002, %p8.body.1 ]
  %acc22.0363.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1001, %p8.body.1 ]
  %acc21.0362.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %995, %p8.body.1 ]
  %acc20.0361.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %994, %p8.body.1 ]
  %947 = shl nuw nsw i64 %p8.addr.0369.1, 6
  %948 = or disjoint i64 %947, 16
  %949 = getelementptr inbounds float, ptr %KT, i64 %948
  %950 = load <8 x float>, ptr %949, align 4
  %951 = or disjoint i64 %947, 24
  %952 = getelementptr inbounds float, ptr %KT, i64 %951
  %953 = load <8 x float>, ptr %952, align 4
  %954 = add nuw nsw i64 %p8.addr.0369.1, %862
  %955 = getelementptr inbounds float, ptr %Qc, i64 %954
  %956 = load float, ptr %955, align 4
  %957 = insertelement <8 x float> poison, float %956, i64 0
  %958 = shufflevector <8 x float> %957, <8 x float> poison, <8 x i32> zeroinitializer
  %959 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %958, <8 x float> %950, <8 x float> %acc20.0361.1)
  %960 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %958, <8 x float> %953, <8 x float> %acc21.0362.1)
  %961 = or disjoint i64 %954, 16
  %962 = getelementptr inbounds float, ptr %Qc, i64 %961
  %963 = load float, ptr %962, align 4
  %964 = insertelement <8 x float> poison, float %963, i64 0
  %965 = shufflevector <8 x float> %964, <8 x float> poison, <8 x i32> zeroinitializer
  %966 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %965, <8 x float> %950, <8 x float> %acc22.0363.1)
  %967 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %965, <8 x float> %953, <8 x float> %acc23.0364.1)
  %968 = or disjoint i64 %954, 32
  %969 = getelementptr inbounds float, ptr %Qc, i64 %968
  %970 = load float, ptr %969, align 4
  %971 = insertelement <8 x float> poison, float %970, i64 0
  %972 = shufflevector <8 x float> %971, <8 x float> poison, <8 x i32> zeroinitializer
  %973 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %972, <8 x float> %950, <8 x float> %acc24.0365.1)
  %974 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %972, <8 x float> %953, <8 x float> %acc25.0366.1)
  %975 = or disjoint i64 %954, 48
  %976 = getelementptr inbounds float, ptr %Qc, i64 %975
  %977 = load float, ptr %976, align 4
  %978 = insertelement <8 x float> poison, float %977, i64 0
  %979 = shufflevector <8 x float> %978, <8 x float> poison, <8 x i32> zeroinitializer
  %980 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %950, <8 x float> %acc26.0367.1)
  %981 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %953, <8 x float> %acc27.0368.1)
  %p8.next.1 = or disjoint i64 %p8.addr.0369.1, 1
  %982 = shl nuw nsw i64 %p8.next.1, 6
  %983 = or disjoint i64 %982, 16
  %984 = getelementptr inbounds float, ptr %KT, i64 %983
  %985 = load <8 x float>, ptr %984, align 4
  %986 = or disjoint i64 %982, 24
  %987 = getelementptr inbounds float, ptr %KT, i64 %986
  %988 = load <8 x float>, ptr %987, align 4
  %989 = add nuw nsw i64 %p8.next.1, %862
  %990 = getelementptr inbounds float, ptr %Qc, i64 %989
  %991 = load float, ptr %990, align 4
  %992 = insertelement <8 x float> poison, float %991, i64 0
  %993 = shufflevector <8 x float> %992, <8 x float> poison, <8 x i32> zeroinitializer
  %994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %985, <8 x float> %959)
  %995 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %988, <8 x float> %960)
  %996 = or disjoint i64 %989, 16
  %997 = getelementptr inbounds float, ptr %Qc, i64 %996
  %998 = load float, ptr %997, align 4
  %999 = insertelement <8 x float> poison, float %998, i64 0
  %1000 = shufflevector <8 x float> %999, <8 x float> poison, <8 x i32> zeroinitializer
  %1001 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %985, <8 x float> %966)
  %1002 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %988, <8 x float> %967)
  %1003 = or disjoint i64 %989, 32
  %1004 = getelementptr inbounds float, ptr %Qc, i64 %1003
  %1005 = load float, ptr %1004, align 4
  %1006 = insertelement <8 x float> poison, float %1005, i64 0
  %1007 = shufflevector <8 x float> %1006, <8 x float> poison, <8 x i32> zeroinitializer
  %1008 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> %985, <8 x float> %973)
  %1009 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1007, <8 x float> %988, <8 x float> %974)
  %1010 = or disjoint i64 %989, 48
  %1011 = getelementptr inbounds float, ptr %Qc, i64 %1010
  %1012 = load float, ptr %1011, align 4
  %1013 = insertelement <8 x float> poison, float %1012, i64 0
  %1014 = shufflevector <8 x float> %1013, <8 x float> poison, <8 x i32> zeroinitializer
  %1015 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1014, <8 x float> %985, <8 x float> %980)
  %1016 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1014, <8 x float> %988, <8 x float> %981)
  %p8.next.1.1 = add nuw nsw i64 %p8.addr.0369.1, 2
  %exitcond508.1.not.1 = icmp eq i64 %p8.next.1.1, 16
  br i1 %exitcond508.1.not.1, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  %1017 = or disjoint i64 %863, 16
  %1018 = getelementptr inbounds float, ptr %P, i64 %1017
  store <8 x float> %994, ptr %1018, align 4
  %1019 = or disjoint i64 %863, 24
  %1020 = getelementptr inbounds float, ptr %P, i64 %1019
  store <8 x float> %995, ptr %1020, align 4
  %1021 = or disjoint i64 %863, 80
  %1022 = getelementptr inbounds float, ptr %P, i64 %1021
  store <8 x float> %1001, ptr %1022, align 4
  %1023 = or disjoint i64 %863, 88
  %1024 = getelementptr inbounds float, ptr %P, i64 %1023
  store <8 x float> %1002, ptr %1024, align 4
  %1025 = or disjoint i64 %863, 144
  %1026 = getelementptr inbounds float, ptr %P, i64 %1025
  store <8 x float> %1008, ptr %1026, align 4
  %1027 = or disjoint i64 %863, 152
  %1028 = getelementptr inbounds float, ptr %P, i64 %1027
  store <8 x float> %1009, ptr %1028, align 4
  %1029 = or disjoint i64 %863, 208
  %1030 = getelementptr inbounds float, ptr %P, i64 %1029
  store <8 x float> %1015, ptr %1030, align 4
  %1031 = or disjoint i64 %863, 216
  %1032 = getelementptr inbounds float, ptr %P, i64 %1031
  store <8 x float> %1016, ptr %1032, align 4
  br label %p8.body.2

p8.body.2:                                        ; preds = %p8.body.2, %p8.exit.1
  %p8.addr.0369.2 = phi i64 [ 0, %p8.exit.1 ], [ %p8.next.2.1, %p8.body.2 ]
  %acc27.0368.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1102, %p8.body.2 ]
  %acc26.0367.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1101, %p8.body.2 ]
  %acc25.0366.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1095, %p8.body.2 ]
  %acc24.0365.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1094, %p8.body.2 ]
  %acc23.0364.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1088, %p8.body.2 ]
  %acc22.0363.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1087, %p8.body.2 ]
  %acc21.0362.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1081, %p8.body.2 ]
  %acc20.0361.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1080, %p8.body.2 ]
  %1033 = shl nuw nsw i64 %p8.addr.0369.2, 6
  %1034 = or disjoint i64 %1033, 32
  %1035 = getelementptr inbounds float, ptr %KT, i64 %1034
  %1036 = load <8 x float>, ptr %1035, align 4
  %1037 = or disjoint i64 %1033, 40
  %1038 = getelementptr inbounds float, ptr %KT, i64 %1037
  %1039 = load <8 x float>, ptr %1038, align 4
  %1040 = add nuw nsw i64 %p8.addr.0369.2, %862
  %1041 = getelementptr inbounds float, ptr %Qc, i64 %1040
  %1042 = load float, ptr %1041, align 4
  %1043 = insertelement <8 x float> poison, float %1042, i64 0
  %1044 = shufflevector <8 x float> %1043, <8 x float> poison, <8 x i32> zeroinitializer
  %1045 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1044, <8 x float> %1036, <8 x float> %acc20.0361.2)
  %1046 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1044, <8 x float> %1039, <8 x float> %acc21.0362.2)
  %1047 = or disjoint i64 %1040, 16
  %1048 = getelementptr inbounds float, ptr %Qc, i64 %1047
  %1049 = load float, ptr %1048, align 4
  %1050 = insertelement <8 x float> poison, float %1049, i64 0
  %1051 = shufflevector <8 x float> %1050, <8 x float> poison, <8 x i32> zeroinitializer
  %1052 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1051, <8 x float> %1036, <8 x float> %acc22.0363.2)
  %1053 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1051, <8 x float> %1039, <8 x float> %acc23.0364.2)
  %1054 = or disjoint i64 %1040, 32
  %1055 = getelementptr inbounds float, ptr %Qc, i64 %1054
  %1056 = load float, ptr %1055, align 4
  %1057 = insertelement <8 x float> poison, float %1056, i64 0
  %1058 = shufflevector <8 x float> %1057, <8 x float> poison, <8 x i32> zeroinitializer
  %1059 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> %1036, <8 x float> %acc24.0365.2)
  %1060 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1058, <8 x float> %1039, <8 x float> %acc25.0366.2)
  %1061 = or disjoint i64 %1040, 48
  %1062 = getelementptr inbounds float, ptr %Qc, i64 %1061
  %1063 = load float, ptr %1062, align 4
  %1064 = insertelement <8 x float> poison, float %1063, i64 0
  %1065 = shufflevector <8 x float> %1064, <8 x float> poison, <8 x i32> zeroinitializer
  %1066 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1036, <8 x float> %acc26.0367.2)
  %1067 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1039, <8 x float> %acc27.0368.2)
  %p8.next.2 = or disjoint i64 %p8.addr.0369.2, 1
  %1068 = shl nuw nsw i64 %p8.next.2, 6
  %1069 = or disjoint i64 %1068, 32
  %1070 = getelementptr inbounds float, ptr %KT, i64 %1069
  %1071 = load <8 x float>, ptr %1070, align 4
  %1072 = or disjoint i64 %1068, 40
  %1073 = getelementptr inbounds float, ptr %KT, i64 %1072
  %1074 = load <8 x float>, ptr %1073, align 4
  %1075 = add nuw nsw i64 %p8.next.2, %862
  %1076 = getelementptr inbounds float, ptr %Qc, i64 %1075
  %1077 = load float, ptr %1076, align 4
  %1078 = insertelement <8 x float> poison, float %1077, i64 0
  %1079 = shufflevector <8 x float> %1078, <8 x float> poison, <8 x i32> zeroinitializer
  %1080 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1079, <8 x float> %1071, <8 x float> %1045)
  %1081 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1079, <8 x float> %1074, <8 x float> %1046)
  %1082 = or disjoint i64 %1075, 16
  %1083 = getelementptr inbounds float, ptr %Qc, i64 %1082
  %1084 = load float, ptr %1083, align 4
  %1085 = insertelement <8 x float> poison, float %1084, i64 0
  %1086 = shufflevector <8 x float> %1085, <8 x float> poison, <8 x i32> zeroinitializer
  %1087 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1086, <8 x float> %1071, <8 x float> %1052)
  %1088 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1086, <8 x float> %1074, <8 x float> %1053)
  %1089 = or disjoint i64 %1075, 32
  %1090 = getelementptr inbounds float, ptr %Qc, i64 %1089
  %1091 = load float, ptr %1090, align 4
  %1092 = insertelement <8 x float> poison, float %1091, i64 0
  %1093 = shufflevector <8 x float> %1092, <8 x float> poison, <8 x i32> zeroinitializer
  %1094 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1093, <8 x float> %1071, <8 x float> %1059)
  %1095 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1093, <8 x float> %1074, <8 x float> %1060)
  %1096 = or disjoint i64 %1075, 48
  %1097 = getelementptr inbounds float, ptr %Qc, i64 %1096
  %1098 = load float, ptr %1097, align 4
  %1099 = insertelement <8 x float> poison, float %1098, i64 0
  %1100 = shufflevector <8 x float> %1099, <8 x float> poison, <8 x i32> zeroinitializer
  %1101 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1100, <8 x float> %1071, <8 x float> %1066)
  %1102 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1100, <8 x float> %1074, <8 x float> %1067)
  %p8.next.2.1 = add nuw nsw i64 %p8.addr.0369.2, 2
  %exitcond508.2.not.1 = icmp eq i64 %p8.next.2.1, 16
  br i1 %exitcond508.2.not.1, label %p8.exit.2, label %p8.body.2

p8.exit.2:                                        ; preds = %p8.body.2
  %1103 = or disjoint i64 %863, 32
  %1104 = getelementptr inbounds float, ptr %P, i64 %1103
  store <8 x float> %1080, ptr %1104, align 4
  %1105 = or disjoint i64 %863, 40
  %1106 = getelementptr inbounds float, ptr %P, i64 %1105
  store <8 x float> %1081, ptr %1106, align 4
  %1107 = or disjoint i64 %863, 96
  %1108 = getelementptr inbounds float, ptr %P, i64 %1107
  store <8 x float> %1087, ptr %1108, align 4
  %1109 = or disjoint i64 %863, 104
  %1110 = getelementptr inbounds float, ptr %P, i64 %1109
  store <8 x float> %1088, ptr %1110, align 4
  %1111 = or disjoint i64 %863, 160
  %1112 = getelementptr inbounds float, ptr %P, i64 %1111
  store <8 x float> %1094, ptr %1112, align 4
  %1113 = or disjoint i64 %863, 168
  %1114 = getelementptr inbounds float, ptr %P, i64 %1113
  store <8 x float> %1095, ptr %1114, align 4
  %1115 = or disjoint i64 %863, 224
  %1116 = getelementptr inbounds float, ptr %P, i64 %1115
  store <8 x float> %1101, ptr %1116, align 4
  %1117 = or disjoint i64 %863, 232
  %1118 = getelementptr inbounds float, ptr %P, i64 %1117
  store <8 x float> %1102, ptr %1118, align 4
  br label %p8.body.3

p8.body.3:                                        ; preds = %p8.body.3, %p8.exit.2
  %p8.addr.0369.3 = phi i64 [ 0, %p8.exit.2 ], [ %p8.next.3.1, %p8.body.3 ]
  %acc27.0368.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1188, %p8.body.3 ]
  %acc26.0367.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1187, %p8.body.3 ]
  %acc25.0366.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1181, %p8.body.3 ]
  %acc24.0365.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1180, %p8.body.3 ]
  %acc23.0364.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1174, %p8.body.3 ]
  %acc22.0363.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1173, %p8.body.3 ]
  %acc21.0362.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1167, %p8.body.3 ]
  %acc20.0361.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %1166, %p8.body.3 ]
  %1119 = shl nuw nsw i64 %p8.addr.0369.3, 6
  %1120 = or disjoint i64 %1119, 48
  %1121 = getelementptr inbounds float, ptr %KT, i64 %1120
  %1122 = load <8 x float>, ptr %1121, align 4
  %1123 = or disjoint i64 %1119, 56
  %1124 = getelementptr inbounds float, ptr %KT, i64 %1123
  %1125 = load <8 x float>, ptr %1124, align 4
  %1126 = add nuw nsw i64 %p8.addr.0369.3, %862
  %1127 = getelementptr inbounds float, ptr %Qc, i64 %1126
  %1128 = load float, ptr %1127, align 4
  %1129 = insertelement <8 x float> poison, float %1128, i64 0
  %1130 = shufflevector <8 x float> %1129, <8 x float> poison, <8 x i32> zeroinitializer
  %1131 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1130, <8 x float> %1122, <8 x float> %acc20.0361.3)
  %1132 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1130, <8 x float> %1125, <8 x float> %acc21.0362.3)
  %1133 = or disjoint i64 %1126, 16
  %1134 = getelementptr inbounds float, ptr %Qc, i64 %1133
  %1135 = load float, ptr %1134, align 4
  %1136 = insertelement <8 x float> poison, float %1135, i64 0
  %1137 = shufflevector <8 x float> %1136, <8 x float> poison, <8 x i32> zeroinitializer
  %1138 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1137, <8 x float> %1122, <8 x float> %acc22.0363.3)
  %1139 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1137, <8 x float> %1125, <8 x float> %acc23.0364.3)
  %1140 = or disjoint i64 %1126, 32
  %1141 = getelementptr inbounds float, ptr %Qc, i64 %1140
  %1142 = load float, ptr %1141, align 4
  %1143 = insertelement <8 x float> poison, float %1142, i64 0
  %1144 = shufflevector <8 x float> %1143, <8 x float> poison, <8 x i32> zeroinitializer
  %1145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1144, <8 x float> %1122, <8 x float> %acc24.0365.3)
  %1146 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1144, <8 x float> %1125, <8 x float> %acc25.0366.3)
  %1147 = or disjoint i64 %1126, 48
  %1148 = getelementptr inbounds float, ptr %Qc, i64 %1147
  %1149 = load float, ptr %1148, align 4
  %1150 = insertelement <8 x float> poison, float %1149, i64 0
  %1151 = shufflevector <8 x float> %1150, <8 x float> poison, <8 x i32> zeroinitializer
  %1152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> %1122, <8 x float> %acc26.0367.3)
  %1153 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> %1125, <8 x float> %acc27.0368.3)
  %p8.next.3 = or disjoint i64 %p8.addr.0369.3, 1
  %1154 = shl nuw nsw i64 %p8.next.3, 6
  %1155 = or disjoint i64 %1154, 48
  %1156 = getelementptr inbounds float, ptr %KT, i64 %1155
  %1157 = load <8 x float>, ptr %1156, align 4
  %1158 = or disjoint i64 %1154, 56
  %1159 = getelementptr inbounds float, ptr %KT, i64 %1158
  %1160 = load <8 x float>, ptr %1159, align 4
  %1161 = add nuw nsw i64 %p8.next.3, %862
  %1162 = getelementptr inbounds float, ptr %Qc, i64 %1161
  %1163 = load float, ptr %1162, align 4
  %1164 = insertelement <8 x float> poison, float %1163, i64 0
  %1165 = shufflevector <8 x float> %1164, <8 x float> poison, <8 x i32> zeroinitializer
  %1166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1165, <8 x float> %1157, <8 x float> %1131)
  %1167 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1165, <8 x float> %1160, <8 x float> %1132)
  %1168 = or disjoint i64 %1161, 16
  %1169 = getelementptr inbounds float, ptr %Qc, i64 %1168
  %1170 = load float, ptr %1169, align 4
  %1171 = insertelement <8 x float> poison, float %1170, i64 0
  %1172 = shufflevector <8 x float> %1171, <8 x float> poison, <8 x i32> zeroinitializer
  %1173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1172, <8 x float> %1157, <8 x float> %1138)
  %1174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1172, <8 x float> %1160, <8 x float> %1139)
  %1175 = or disjoint i64 %1161, 32
  %1176 = getelementptr inbounds float, ptr %Qc, i64 %1175
  %1177 = load float, ptr %1176, align 4
  %1178 = insertelement <8 x float> poison, float %1177, i64 0
  %1179 = shufflevector <8 x float> %1178, <8 x float> poison, <8 x i32> zeroinitializer
  %1180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1179, <8 x float> %1157, <8 x float> %1145)
  %1181 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1179, <8 x float> %1160, <8 x float> %1146)
  %1182 = or disjoint i64 %1161, 48
  %1183 = getelementptr inbounds float, ptr %Qc, i64 %1182
  %1184 = load float, ptr %1183, align 4
  %1185 = insertelement <8 x float> poison, float %1184, i64 0
  %1186 = shufflevector <8 x float> %1185, <8 x float> poison, <8 x i32> zeroinitializer
  %1187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1186, <8 x float> %1157, <8 x float> %1152)
  %1188 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1186, <8 x float> %1160, <8 x float> %1153)
  %p8.next.3.1 = add nuw nsw i64 %p8.addr.0369.3, 2
  %exitcond508.3.not.1 = icmp eq i64 %p8.next.3.1, 16
  br i1 %exitcond508.3.not.1, label %p8.exit.3, label %p8.body.3

p8.exit.3:                                        ; preds = %p8.body.3
  %1189 = or disjoint i64 %863, 48
  %1190 = getelementptr inbounds float, ptr %P, i64 %1189
  store <8 x float> %1166, ptr %1190, align 4
  %1191 = or disjoint i64 %863, 56
  %1192 = getelementptr inbounds float, ptr %P, i64 %1191
  store <8 x float> %1167, ptr %1192, align 4
  %1193 = or disjoint i64 %863, 112
  %1194 = getelementptr inbounds float, ptr %P, i64 %1193
  store <8 x float> %1173, ptr %1194, align 4
  %1195 = or disjoint i64 %863, 120
  %1196 = getelementptr inbounds float, ptr %P, i64 %1195
  store <8 x float> %1174, ptr %1196, align 4
  %1197 = or disjoint i64 %863, 176
  %1198 = getelementptr inbounds float, ptr %P, i64 %1197
  store <8 x float> %1180, ptr %1198, align 4
  %1199 = or disjoint i64 %863, 184
  %1200 = getelementptr inbounds float, ptr %P, i64 %1199
  store <8 x float> %1181, ptr %1200, align 4
  %1201 = or disjoint i64 %863, 240
  %1202 = getelementptr inbounds float, ptr %P, i64 %1201
  store <8 x float> %1187, ptr %1202, align 4
  %1203 = or disjoint i64 %863, 248
  %1204 = getelementptr inbounds float, ptr %P, i64 %1203
  store <8 x float> %1188, ptr %1204, align 4
  %i18.next = add nuw nsw i64 %i18.addr.0371, 4
  %1205 = icmp ult i64 %i18.addr.0371, 28
  br i1 %1205, label %j14.head.preheader, label %i19.head.preheader

i19.head.preheader:                               ; preds = %p8.exit.3, %i19.head.preheader
  %t1.addr.0373 = phi i64 [ %t1.next, %i19.head.preheader ], [ 0, %p8.exit.3 ]
  %1206 = shl nuw nsw i64 %t1.addr.0373, 1
  %1207 = add nuw nsw i64 %1206, 2
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %1207, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx429 = shl nsw i64 %t1.addr.0373, 8
  %invariant.gep681 = getelementptr inbounds i8, ptr %P, i64 %.idx429
  %1208 = getelementptr inbounds i8, ptr %invariant.gep681, i64 32
  %1209 = getelementptr inbounds i8, ptr %invariant.gep681, i64 64
  %1210 = getelementptr inbounds i8, ptr %invariant.gep681, i64 96
  %wide.load = load <8 x float>, ptr %invariant.gep681, align 4
  %wide.load813 = load <8 x float>, ptr %1208, align 4
  %wide.load814 = load <8 x float>, ptr %1209, align 4
  %wide.load815 = load <8 x float>, ptr %1210, align 4
  %1211 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1212 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %1213 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %1214 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %1215 = select <8 x i1> %1211, <8 x float> %wide.load, <8 x float> zeroinitializer
  %1216 = select <8 x i1> %1212, <8 x float> %wide.load813, <8 x float> zeroinitializer
  %1217 = select <8 x i1> %1213, <8 x float> %wide.load814, <8 x float> zeroinitializer
  %1218 = select <8 x i1> %1214, <8 x float> %wide.load815, <8 x float> zeroinitializer
  store <8 x float> %1215, ptr %invariant.gep681, align 4
  store <8 x float> %1216, ptr %1208, align 4
  store <8 x float> %1217, ptr %1209, align 4
  store <8 x float> %1218, ptr %1210, align 4
  %1219 = getelementptr inbounds i8, ptr %invariant.gep681, i64 128
  %1220 = getelementptr inbounds i8, ptr %invariant.gep681, i64 160
  %1221 = getelementptr inbounds i8, ptr %invariant.gep681, i64 192
  %1222 = getelementptr inbounds i8, ptr %invariant.gep681, i64 224
  %wide.load.1 = load <8 x float>, ptr %1219, align 4
  %wide.load813.1 = load <8 x float>, ptr %1220, align 4
  %wide.load814.1 = load <8 x float>, ptr %1221, align 4
  %wide.load815.1 = load <8 x float>, ptr %1222, align 4
  %1223 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %1224 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %1225 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %1226 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %1227 = select <8 x i1> %1223, <8 x float> %wide.load.1, <8 x float> zeroinitializer
  %1228 = select <8 x i1> %1224, <8 x float> %wide.load813.1, <8 x float> zeroinitializer
  %1229 = select <8 x i1> %1225, <8 x float> %wide.load814.1, <8 x float> zeroinitializer
  %1230 = select <8 x i1> %1226, <8 x float> %wide.load815.1, <8 x float> zeroinitializer
  store <8 x float> %1227, ptr %1219, align 4
  store <8 x float> %1228, ptr %1220, align 4
  store <8 x float> %1229, ptr %1221, align 4
  store <8 x float> %1230, ptr %1222, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0373, 1
  %exitcond510.not = icmp eq i64 %t1.next, 32
  br i1 %exitcond510.not, label %p9.head.preheader, label %i19.head.preheader

p9.head.preheader:                                ; preds = %i19.head.preheader, %p9.exit
  %i20.addr.0383 = phi i64 [ %i20.next, %p9.exit ], [ 0, %i19.head.preheader ]
  %1231 = shl nuw nsw i64 %i20.addr.0383, 4
  br label %p9.body

p9.body:                                          ; preds = %p9.body, %p9.head.preheader
  %p9.addr.0382 = phi i64 [ 0, %p9.head.preheader ], [ %p9.next.1, %p9.body ]
  %acc35.0381 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1299, %p9.body ]
  %acc34.0380 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1298, %p9.body ]
  %acc33.0379 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1292, %p9.body ]
  %acc32.0378 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1291, %p9.body ]
  %acc31.0377 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1285, %p9.body ]
  %acc30.0376 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1284, %p9.body ]
  %acc29.0375 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1278, %p9.body ]
  %acc28.0374 = phi <8 x float> [ zeroinitializer, %p9.head.preheader ], [ %1277, %p9.body ]
  %1232 = shl nuw nsw i64 %p9.addr.0382, 4
  %1233 = getelementptr inbounds float, ptr %work, i64 %1232
  %1234 = load <8 x float>, ptr %1233, align 4
  %1235 = or disjoint i64 %1232, 8
  %1236 = getelementptr inbounds float, ptr %work, i64 %1235
  %1237 = load <8 x float>, ptr %1236, align 4
  %1238 = add nuw nsw i64 %p9.addr.0382, %1231
  %1239 = getelementptr inbounds float, ptr %Qc, i64 %1238
  %1240 = load float, ptr %1239, align 4
  %1241 = insertelement <8 x float> poison, float %1240, i64 0
  %1242 = shufflevector <8 x float> %1241, <8 x float> poison, <8 x i32> zeroinitializer
  %1243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1242, <8 x float> %1234, <8 x float> %acc28.0374)
  %1244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1242, <8 x float> %1237, <8 x float> %acc29.0375)
  %1245 = or disjoint i64 %1238, 16
  %1246 = getelementptr inbounds float, ptr %Qc, i64 %1245
  %1247 = load float, ptr %1246, align 4
  %1248 = insertelement <8 x float> poison, float %1247, i64 0
  %1249 = shufflevector <8 x float> %1248, <8 x float> poison, <8 x i32> zeroinitializer
  %1250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1249, <8 x float> %1234, <8 x float> %acc30.0376)
  %1251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1249, <8 x float> %1237, <8 x float> %acc31.0377)
  %1252 = or disjoint i64 %1238, 32
  %1253 = getelementptr inbounds float, ptr %Qc, i64 %1252
  %1254 = load float, ptr %1253, align 4
  %1255 = insertelement <8 x float> poison, float %1254, i64 0
  %1256 = shufflevector <8 x float> %1255, <8 x float> poison, <8 x i32> zeroinitializer
  %1257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1256, <8 x float> %1234, <8 x float> %acc32.0378)
  %1258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1256, <8 x float> %1237, <8 x float> %acc33.0379)
  %1259 = or disjoint i64 %1238, 48
  %1260 = getelementptr inbounds float, ptr %Qc, i64 %1259
  %1261 = load float, ptr %1260, align 4
  %1262 = insertelement <8 x float> poison, float %1261, i64 0
  %1263 = shufflevector <8 x float> %1262, <8 x float> poison, <8 x i32> zeroinitializer
  %1264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1263, <8 x float> %1234, <8 x float> %acc34.0380)
  %1265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1263, <8 x float> %1237, <8 x float> %acc35.0381)
  %p9.next = or disjoint i64 %p9.addr.0382, 1
  %1266 = shl nuw nsw i64 %p9.next, 4
  %1267 = getelementptr inbounds float, ptr %work, i64 %1266
  %1268 = load <8 x float>, ptr %1267, align 4
  %1269 = or disjoint i64 %1266, 8
  %1270 = getelementptr inbounds float, ptr %work, i64 %1269
  %1271 = load <8 x float>, ptr %1270, align 4
  %1272 = add nuw nsw i64 %p9.next, %1231
  %1273 = getelementptr inbounds float, ptr %Qc, i64 %1272
  %1274 = load float, ptr %1273, align 4
  %1275 = insertelement <8 x float> poison, float %1274, i64 0
  %1276 = shufflevector <8 x float> %1275, <8 x float> poison, <8 x i32> zeroinitializer
  %1277 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1276, <8 x float> %1268, <8 x float> %1243)
  %1278 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1276, <8 x float> %1271, <8 x float> %1244)
  %1279 = or disjoint i64 %1272, 16
  %1280 = getelementptr inbounds float, ptr %Qc, i64 %1279
  %1281 = load float, ptr %1280, align 4
  %1282 = insertelement <8 x float> poison, float %1281, i64 0
  %1283 = shufflevector <8 x float> %1282, <8 x float> poison, <8 x i32> zeroinitializer
  %1284 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1283, <8 x float> %1268, <8 x float> %1250)
  %1285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1283, <8 x float> %1271, <8 x float> %1251)
  %1286 = or disjoint i64 %1272, 32
  %1287 = getelementptr inbounds float, ptr %Qc, i64 %1286
  %1288 = load float, ptr %1287, align 4
  %1289 = insertelement <8 x float> poison, float %1288, i64 0
  %1290 = shufflevector <8 x float> %1289, <8 x float> poison, <8 x i32> zeroinitializer
  %1291 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1290, <8 x float> %1268, <8 x float> %1257)
  %1292 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1290, <8 x float> %1271, <8 x float> %1258)
  %1293 = or disjoint i64 %1272, 48
  %1294 = getelementptr inbounds float, ptr %Qc, i64 %1293
  %1295 = load float, ptr %1294, align 4
  %1296 = insertelement <8 x float> poison, float %1295, i64 0
  %1297 = shufflevector <8 x float> %1296, <8 x float> poison, <8 x i32> zeroinitializer
  %1298 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1297, <8 x float> %1268, <8 x float> %1264)
  %1299 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1297, <8 x float> %1271, <8 x float> %1265)
  %p9.next.1 = add nuw nsw i64 %p9.addr.0382, 2
  %exitcond511.not.1 = icmp eq i64 %p9.next.1, 16
  br i1 %exitcond511.not.1, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %1300 = getelementptr inbounds float, ptr %Oc, i64 %1231
  store <8 x float> %1277, ptr %1300, align 4
  %1301 = or disjoint i64 %1231, 8
  %1302 = getelementptr inbounds float, ptr %Oc, i64 %1301
  store <8 x float> %1278, ptr %1302, align 4
  %1303 = or disjoint i64 %1231, 16
  %1304 = getelementptr inbounds float, ptr %Oc, i64 %1303
  store <8 x float> %1284, ptr %1304, align 4
  %1305 = or disjoint i64 %1231, 24
  %1306 = getelementptr inbounds float, ptr %Oc, i64 %1305
  store <8 x float> %1285, ptr %1306, align 4
  %1307 = or disjoint i64 %1231, 32
  %1308 = getelementptr inbounds float, ptr %Oc, i64 %1307
  store <8 x float> %1291, ptr %1308, align 4
  %1309 = or disjoint i64 %1231, 40
  %1310 = getelementptr inbounds float, ptr %Oc, i64 %1309
  store <8 x float> %1292, ptr %1310, align 4
  %1311 = or disjoint i64 %1231, 48
  %1312 = getelementptr inbounds float, ptr %Oc, i64 %1311
  store <8 x float> %1298, ptr %1312, align 4
  %1313 = or disjoint i64 %1231, 56
  %1314 = getelementptr inbounds float, ptr %Oc, i64 %1313
  store <8 x float> %1299, ptr %1314, align 4
  %i20.next = add nuw nsw i64 %i20.addr.0383, 4
  %1315 = icmp ult i64 %i20.addr.0383, 28
  br i1 %1315, label %p9.head.preheader, label %i21.body

t2.head.preheader:                                ; preds = %p10.exit
  %1316 = icmp sgt i64 %93, 0
  br i1 %1316, label %j17.head.preheader.preheader, label %i23.head.preheader

j17.head.preheader.preheader:                     ; preds = %t2.head.preheader
  %1317 = getelementptr i8, ptr %89, i64 %90
  %xtraiter990 = and i64 %smax989, 7
  %1318 = icmp slt i64 %indvars.iv, 8
  br i1 %1318, label %i23.head.preheader.loopexit.unr-lcssa, label %j17.head.preheader.preheader.new

j17.head.preheader.preheader.new:                 ; preds = %j17.head.preheader.preheader
  %unroll_iter993 = and i64 %smax989, 56
  br label %j17.head.preheader

i21.body:                                         ; preds = %p9.exit, %p10.exit
  %i21.addr.0393 = phi i64 [ %i21.next, %p10.exit ], [ 0, %p9.exit ]
  %1319 = shl nuw nsw i64 %i21.addr.0393, 4
  %1320 = getelementptr inbounds float, ptr %Oc, i64 %1319
  %1321 = load <8 x float>, ptr %1320, align 4
  %1322 = or disjoint i64 %1319, 8
  %1323 = getelementptr inbounds float, ptr %Oc, i64 %1322
  %1324 = load <8 x float>, ptr %1323, align 4
  %1325 = or disjoint i64 %i21.addr.0393, 1
  %1326 = shl nuw nsw i64 %1325, 4
  %1327 = getelementptr inbounds float, ptr %Oc, i64 %1326
  %1328 = load <8 x float>, ptr %1327, align 4
  %1329 = or disjoint i64 %1326, 8
  %1330 = getelementptr inbounds float, ptr %Oc, i64 %1329
  %1331 = load <8 x float>, ptr %1330, align 4
  %1332 = or disjoint i64 %i21.addr.0393, 2
  %1333 = shl nuw nsw i64 %1332, 4
  %1334 = getelementptr inbounds float, ptr %Oc, i64 %1333
  %1335 = load <8 x float>, ptr %1334, align 4
  %1336 = or disjoint i64 %1333, 8
  %1337 = getelementptr inbounds float, ptr %Oc, i64 %1336
  %1338 = load <8 x float>, ptr %1337, align 4
  %1339 = or disjoint i64 %i21.addr.0393, 3
  %1340 = shl nuw nsw i64 %1339, 4
  %1341 = getelementptr inbounds float, ptr %Oc, i64 %1340
  %1342 = load <8 x float>, ptr %1341, align 4
  %1343 = or disjoint i64 %1340, 8
  %1344 = getelementptr inbounds float, ptr %Oc, i64 %1343
  %1345 = load <8 x float>, ptr %1344, align 4
  %.idx430 = shl nsw i64 %i21.addr.0393, 8
  %.idx431 = shl nsw i64 %1325, 8
  %.idx432 = shl nsw i64 %1332, 8
  %.idx433 = shl nsw i64 %1339, 8
  br label %p10.body

p10.body:                                         ; preds = %p10.body, %i21.body
  %p10.addr.0392 = phi i64 [ 0, %i21.body ], [ %p10.next.3, %p10.body ]
  %acc43.0391 = phi <8 x float> [ %1345, %i21.body ], [ %1473, %p10.body ]
  %acc42.0390 = phi <8 x float> [ %1342, %i21.body ], [ %1472, %p10.body ]
  %acc41.0389 = phi <8 x float> [ %1338, %i21.body ], [ %1467, %p10.body ]
  %acc40.0388 = phi <8 x float> [ %1335, %i21.body ], [ %1466, %p10.body ]
  %acc39.0387 = phi <8 x float> [ %1331, %i21.body ], [ %1461, %p10.body ]
  %acc38.0386 = phi <8 x float> [ %1328, %i21.body ], [ %1460, %p10.body ]
  %acc37157.0385 = phi <8 x float> [ %1324, %i21.body ], [ %1455, %p10.body ]
  %acc36.0384 = phi <8 x float> [ %1321, %i21.body ], [ %1454, %p10.body ]
  %1346 = shl nuw nsw i64 %p10.addr.0392, 5
  %1347 = or disjoint i64 %1346, 16
  %1348 = getelementptr inbounds float, ptr %X, i64 %1347
  %1349 = load <8 x float>, ptr %1348, align 4
  %1350 = or disjoint i64 %1346, 24
  %1351 = getelementptr inbounds float, ptr %X, i64 %1350
  %1352 = load <8 x float>, ptr %1351, align 4
  %1353 = getelementptr inbounds float, ptr %P, i64 %p10.addr.0392
  %1354 = getelementptr inbounds i8, ptr %1353, i64 %.idx430
  %1355 = load float, ptr %1354, align 4
  %1356 = insertelement <8 x float> poison, float %1355, i64 0
  %1357 = shufflevector <8 x float> %1356, <8 x float> poison, <8 x i32> zeroinitializer
  %1358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1357, <8 x float> %1349, <8 x float> %acc36.0384)
  %1359 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1357, <8 x float> %1352, <8 x float> %acc37157.0385)
  %1360 = getelementptr inbounds i8, ptr %1353, i64 %.idx431
  %1361 = load float, ptr %1360, align 4
  %1362 = insertelement <8 x float> poison, float %1361, i64 0
  %1363 = shufflevector <8 x float> %1362, <8 x float> poison, <8 x i32> zeroinitializer
  %1364 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1363, <8 x float> %1349, <8 x float> %acc38.0386)
  %1365 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1363, <8 x float> %1352, <8 x float> %acc39.0387)
  %1366 = getelementptr inbounds i8, ptr %1353, i64 %.idx432
  %1367 = load float, ptr %1366, align 4
  %1368 = insertelement <8 x float> poison, float %1367, i64 0
  %1369 = shufflevector <8 x float> %1368, <8 x float> poison, <8 x i32> zeroinitializer
  %1370 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1369, <8 x float> %1349, <8 x float> %acc40.0388)
  %1371 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1369, <8 x float> %1352, <8 x float> %acc41.0389)
  %1372 = getelementptr inbounds i8, ptr %1353, i64 %.idx433
  %1373 = load float, ptr %1372, align 4
  %1374 = insertelement <8 x float> poison, float %1373, i64 0
  %1375 = shufflevector <8 x float> %1374, <8 x float> poison, <8 x i32> zeroinitializer
  %1376 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1375, <8 x float> %1349, <8 x float> %acc42.0390)
  %1377 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1375, <8 x float> %1352, <8 x float> %acc43.0391)
  %p10.next = or disjoint i64 %p10.addr.0392, 1
  %1378 = shl nuw nsw i64 %p10.next, 5
  %1379 = or disjoint i64 %1378, 16
  %1380 = getelementptr inbounds float, ptr %X, i64 %1379
  %1381 = load <8 x float>, ptr %1380, align 4
  %1382 = or disjoint i64 %1378, 24
  %1383 = getelementptr inbounds float, ptr %X, i64 %1382
  %1384 = load <8 x float>, ptr %1383, align 4
  %1385 = getelementptr inbounds float, ptr %P, i64 %p10.next
  %1386 = getelementptr inbounds i8, ptr %1385, i64 %.idx430
  %1387 = load float, ptr %1386, align 4
  %1388 = insertelement <8 x float> poison, float %1387, i64 0
  %1389 = shufflevector <8 x float> %1388, <8 x float> poison, <8 x i32> zeroinitializer
  %1390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1389, <8 x float> %1381, <8 x float> %1358)
  %1391 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1389, <8 x float> %1384, <8 x float> %1359)
  %1392 = getelementptr inbounds i8, ptr %1385, i64 %.idx431
  %1393 = load float, ptr %1392, align 4
  %1394 = insertelement <8 x float> poison, float %1393, i64 0
  %1395 = shufflevector <8 x float> %1394, <8 x float> poison, <8 x i32> zeroinitializer
  %1396 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1395, <8 x float> %1381, <8 x float> %1364)
  %1397 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1395, <8 x float> %1384, <8 x float> %1365)
  %1398 = getelementptr inbounds i8, ptr %1385, i64 %.idx432
  %1399 = load float, ptr %1398, align 4
  %1400 = insertelement <8 x float> poison, float %1399, i64 0
  %1401 = shufflevector <8 x float> %1400, <8 x float> poison, <8 x i32> zeroinitializer
  %1402 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1401, <8 x float> %1381, <8 x float> %1370)
  %1403 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1401, <8 x float> %1384, <8 x float> %1371)
  %1404 = getelementptr inbounds i8, ptr %1385, i64 %.idx433
  %1405 = load float, ptr %1404, align 4
  %1406 = insertelement <8 x float> poison, float %1405, i64 0
  %1407 = shufflevector <8 x float> %1406, <8 x float> poison, <8 x i32> zeroinitializer
  %1408 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1407, <8 x float> %1381, <8 x float> %1376)
  %1409 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1407, <8 x float> %1384, <8 x float> %1377)
  %p10.next.1 = or disjoint i64 %p10.addr.0392, 2
  %1410 = shl nuw nsw i64 %p10.next.1, 5
  %1411 = or disjoint i64 %1410, 16
  %1412 = getelementptr inbounds float, ptr %X, i64 %1411
  %1413 = load <8 x float>, ptr %1412, align 4
  %1414 = or disjoint i64 %1410, 24
  %1415 = getelementptr inbounds float, ptr %X, i64 %1414
  %1416 = load <8 x float>, ptr %1415, align 4
  %1417 = getelementptr inbounds float, ptr %P, i64 %p10.next.1
  %1418 = getelementptr inbounds i8, ptr %1417, i64 %.idx430
  %1419 = load float, ptr %1418, align 4
  %1420 = insertelement <8 x float> poison, float %1419, i64 0
  %1421 = shufflevector <8 x float> %1420, <8 x float> poison, <8 x i32> zeroinitializer
  %1422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1421, <8 x float> %1413, <8 x float> %1390)
  %1423 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1421, <8 x float> %1416, <8 x float> %1391)
  %1424 = getelementptr inbounds i8, ptr %1417, i64 %.idx431
  %1425 = load float, ptr %1424, align 4
  %1426 = insertelement <8 x float> poison, float %1425, i64 0
  %1427 = shufflevector <8 x float> %1426, <8 x float> poison, <8 x i32> zeroinitializer
  %1428 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1427, <8 x float> %1413, <8 x float> %1396)
  %1429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1427, <8 x float> %1416, <8 x float> %1397)
  %1430 = getelementptr inbounds i8, ptr %1417, i64 %.idx432
  %1431 = load float, ptr %1430, align 4
  %1432 = insertelement <8 x float> poison, float %1431, i64 0
  %1433 = shufflevector <8 x float> %1432, <8 x float> poison, <8 x i32> zeroinitializer
  %1434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1433, <8 x float> %1413, <8 x float> %1402)
  %1435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1433, <8 x float> %1416, <8 x float> %1403)
  %1436 = getelementptr inbounds i8, ptr %1417, i64 %.idx433
  %1437 = load float, ptr %1436, align 4
  %1438 = insertelement <8 x float> poison, float %1437, i64 0
  %1439 = shufflevector <8 x float> %1438, <8 x float> poison, <8 x i32> zeroinitializer
  %1440 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1439, <8 x float> %1413, <8 x float> %1408)
  %1441 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1439, <8 x float> %1416, <8 x float> %1409)
  %p10.next.2 = or disjoint i64 %p10.addr.0392, 3
  %1442 = shl nuw nsw i64 %p10.next.2, 5
  %1443 = or disjoint i64 %1442, 16
  %1444 = getelementptr inbounds float, ptr %X, i64 %1443
  %1445 = load <8 x float>, ptr %1444, align 4
  %1446 = or disjoint i64 %1442, 24
  %1447 = getelementptr inbounds float, ptr %X, i64 %1446
  %1448 = load <8 x float>, ptr %1447, align 4
  %1449 = getelementptr inbounds float, ptr %P, i64 %p10.next.2
  %1450 = getelementptr inbounds i8, ptr %1449, i64 %.idx430
  %1451 = load float, ptr %1450, align 4
  %1452 = insertelement <8 x float> poison, float %1451, i64 0
  %1453 = shufflevector <8 x float> %1452, <8 x float> poison, <8 x i32> zeroinitializer
  %1454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1453, <8 x float> %1445, <8 x float> %1422)
  %1455 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1453, <8 x float> %1448, <8 x float> %1423)
  %1456 = getelementptr inbounds i8, ptr %1449, i64 %.idx431
  %1457 = load float, ptr %1456, align 4
  %1458 = insertelement <8 x float> poison, float %1457, i64 0
  %1459 = shufflevector <8 x float> %1458, <8 x float> poison, <8 x i32> zeroinitializer
  %1460 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1459, <8 x float> %1445, <8 x float> %1428)
  %1461 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1459, <8 x float> %1448, <8 x float> %1429)
  %1462 = getelementptr inbounds i8, ptr %1449, i64 %.idx432
  %1463 = load float, ptr %1462, align 4
  %1464 = insertelement <8 x float> poison, float %1463, i64 0
  %1465 = shufflevector <8 x float> %1464, <8 x float> poison, <8 x i32> zeroinitializer
  %1466 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1465, <8 x float> %1445, <8 x float> %1434)
  %1467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1465, <8 x float> %1448, <8 x float> %1435)
  %1468 = getelementptr inbounds i8, ptr %1449, i64 %.idx433
  %1469 = load float, ptr %1468, align 4
  %1470 = insertelement <8 x float> poison, float %1469, i64 0
  %1471 = shufflevector <8 x float> %1470, <8 x float> poison, <8 x i32> zeroinitializer
  %1472 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1471, <8 x float> %1445, <8 x float> %1440)
  %1473 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1471, <8 x float> %1448, <8 x float> %1441)
  %p10.next.3 = add nuw nsw i64 %p10.addr.0392, 4
  %exitcond512.not.3 = icmp eq i64 %p10.next.3, 64
  br i1 %exitcond512.not.3, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <8 x float> %1454, ptr %1320, align 4
  store <8 x float> %1455, ptr %1323, align 4
  store <8 x float> %1460, ptr %1327, align 4
  store <8 x float> %1461, ptr %1330, align 4
  store <8 x float> %1466, ptr %1334, align 4
  store <8 x float> %1467, ptr %1337, align 4
  store <8 x float> %1472, ptr %1341, align 4
  store <8 x float> %1473, ptr %1344, align 4
  %i21.next = add nuw nsw i64 %i21.addr.0393, 4
  %1474 = icmp ult i64 %i21.addr.0393, 28
  br i1 %1474, label %i21.body, label %t2.head.preheader

i23.head.preheader.loopexit.unr-lcssa:            ; preds = %j17.head.preheader, %j17.head.preheader.preheader
  %t2.addr.0395.unr = phi i64 [ 0, %j17.head.preheader.preheader ], [ %t2.next.7, %j17.head.preheader ]
  %lcmp.mod992.not = icmp eq i64 %xtraiter990, 0
  br i1 %lcmp.mod992.not, label %i23.head.preheader, label %j17.head.preheader.epil

j17.head.preheader.epil:                          ; preds = %i23.head.preheader.loopexit.unr-lcssa, %j17.head.preheader.epil
  %t2.addr.0395.epil = phi i64 [ %t2.next.epil, %j17.head.preheader.epil ], [ %t2.addr.0395.unr, %i23.head.preheader.loopexit.unr-lcssa ]
  %epil.iter991 = phi i64 [ %epil.iter991.next, %j17.head.preheader.epil ], [ 0, %i23.head.preheader.loopexit.unr-lcssa ]
  %1475 = mul i64 %7, %t2.addr.0395.epil
  %scevgep513.epil = getelementptr i8, ptr %1317, i64 %1475
  %1476 = shl nuw nsw i64 %t2.addr.0395.epil, 6
  %gep684.epil = getelementptr i8, ptr %invariant.gep683, i64 %1476
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep513.epil, ptr noundef nonnull align 4 dereferenceable(64) %gep684.epil, i64 64, i1 false)
  %t2.next.epil = add nuw nsw i64 %t2.addr.0395.epil, 1
  %epil.iter991.next = add i64 %epil.iter991, 1
  %epil.iter991.cmp.not = icmp eq i64 %epil.iter991.next, %xtraiter990
  br i1 %epil.iter991.cmp.not, label %i23.head.preheader, label %j17.head.preheader.epil, !llvm.loop !2

i23.head.preheader:                               ; preds = %i23.head.preheader.loopexit.unr-lcssa, %j17.head.preheader.epil, %t2.head.preheader
  %1477 = load <8 x float>, ptr %work, align 4
  %1478 = load <8 x float>, ptr %42, align 4
  %1479 = load <8 x float>, ptr %43, align 4
  %1480 = load <8 x float>, ptr %44, align 4
  %1481 = load <8 x float>, ptr %45, align 4
  %1482 = load <8 x float>, ptr %46, align 4
  %1483 = load <8 x float>, ptr %47, align 4
  %1484 = load <8 x float>, ptr %48, align 4
  br label %p11.body

j17.head.preheader:                               ; preds = %j17.head.preheader, %j17.head.preheader.preheader.new
  %t2.addr.0395 = phi i64 [ 0, %j17.head.preheader.preheader.new ], [ %t2.next.7, %j17.head.preheader ]
  %niter994 = phi i64 [ 0, %j17.head.preheader.preheader.new ], [ %niter994.next.7, %j17.head.preheader ]
  %1485 = mul i64 %7, %t2.addr.0395
  %scevgep513 = getelementptr i8, ptr %1317, i64 %1485
  %1486 = shl nuw nsw i64 %t2.addr.0395, 6
  %gep684 = getelementptr i8, ptr %invariant.gep683, i64 %1486
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep513, ptr noundef nonnull align 4 dereferenceable(64) %gep684, i64 64, i1 false)
  %t2.next = or disjoint i64 %t2.addr.0395, 1
  %1487 = mul i64 %7, %t2.next
  %scevgep513.1 = getelementptr i8, ptr %1317, i64 %1487
  %1488 = shl nuw nsw i64 %t2.next, 6
  %gep684.1 = getelementptr i8, ptr %invariant.gep683, i64 %1488
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep513.1, ptr noundef nonnull align 4 dereferenceable(64) %gep684.1, i64 64, i1 false)
  %t2.next.1 = or disjoint i64 %t2.addr.0395, 2
  %1489 = mul i64 %7, %t2.next.1
  %scevgep513.2 = getelementptr i8, ptr %1317, i64 %1489
  %1490 = shl nuw nsw i64 %t2.next.1, 6
  %gep684.2 = getelementptr i8, ptr %invariant.gep683, i64 %1490
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep513.2, ptr noundef nonnull align 4 dereferenceable(64) %gep684.2, i64 64, i1 false)
  %t2.next.2 = or disjoint i64 %t2.addr.0395, 3
  %1491 = mul i64 %7, %t2.next.2
  %scevgep513.3 = getelementptr i8, ptr %1317, i64 %1491
  %1492 = shl nuw nsw i64 %t2.next.2, 6
  %gep684.3 = getelementptr i8, ptr %invariant.gep683, i64 %1492
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep513.3, ptr noundef nonnull align 4 dereferenceable(64) %gep684.3, i64 64, i1 false)
  %t2.next.3 = or disjoint i64 %t2.addr.0395, 4
  %1493 = mul i64 %7, %t2.next.3
  %scevgep513.4 = getelementptr i8, ptr %1317, i64 %1493
  %1494 = shl nuw nsw i64 %t2.next.3, 6
  %gep684.4 = getelementptr i8, ptr %invariant.gep683, i64 %1494
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep513.4, ptr noundef nonnull align 4 dereferenceable(64) %gep684.4, i64 64, i1 false)
  %t2.next.4 = or disjoint i64 %t2.addr.0395, 5
  %1495 = mul i64 %7, %t2.next.4
  %scevgep513.5 = getelementptr i8, ptr %1317, i64 %1495
  %1496 = shl nuw nsw i64 %t2.next.4, 6
  %gep684.5 = getelementptr i8, ptr %invariant.gep683, i64 %1496
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep513.5, ptr noundef nonnull align 4 dereferenceable(64) %gep684.5, i64 64, i1 false)
  %t2.next.5 = or disjoint i64 %t2.addr.0395, 6
  %1497 = mul i64 %7, %t2.next.5
  %scevgep513.6 = getelementptr i8, ptr %1317, i64 %1497
  %1498 = shl nuw nsw i64 %t2.next.5, 6
  %gep684.6 = getelementptr i8, ptr %invariant.gep683, i64 %1498
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep513.6, ptr noundef nonnull align 4 dereferenceable(64) %gep684.6, i64 64, i1 false)
  %t2.next.6 = or disjoint i64 %t2.addr.0395, 7
  %1499 = mul i64 %7, %t2.next.6
  %scevgep513.7 = getelementptr i8, ptr %1317, i64 %1499
  %1500 = shl nuw nsw i64 %t2.next.6, 6
  %gep684.7 = getelementptr i8, ptr %invariant.gep683, i64 %1500
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(64) %scevgep513.7, ptr noundef nonnull align 4 dereferenceable(64) %gep684.7, i64 64, i1 false)
  %t2.next.7 = add nuw nsw i64 %t2.addr.0395, 8
  %niter994.next.7 = add i64 %niter994, 8
  %niter994.ncmp.7 = icmp eq i64 %niter994.next.7, %unroll_iter993
  br i1 %niter994.ncmp.7, label %i23.head.preheader.loopexit.unr-lcssa, label %j17.head.preheader

p11.body:                                         ; preds = %p11.body, %i23.head.preheader
  %p11.addr.0404 = phi i64 [ 0, %i23.head.preheader ], [ %p11.next.31026, %p11.body ]
  %acc51.0403 = phi <8 x float> [ %1484, %i23.head.preheader ], [ %1624, %p11.body ]
  %acc50.0402 = phi <8 x float> [ %1483, %i23.head.preheader ], [ %1623, %p11.body ]
  %acc49.0401 = phi <8 x float> [ %1482, %i23.head.preheader ], [ %1618, %p11.body ]
  %acc48.0400 = phi <8 x float> [ %1481, %i23.head.preheader ], [ %1617, %p11.body ]
  %acc47.0399 = phi <8 x float> [ %1480, %i23.head.preheader ], [ %1612, %p11.body ]
  %acc46.0398 = phi <8 x float> [ %1479, %i23.head.preheader ], [ %1611, %p11.body ]
  %acc45.0397 = phi <8 x float> [ %1478, %i23.head.preheader ], [ %1606, %p11.body ]
  %acc44.0396 = phi <8 x float> [ %1477, %i23.head.preheader ], [ %1605, %p11.body ]
  %1501 = shl nuw nsw i64 %p11.addr.0404, 5
  %1502 = or disjoint i64 %1501, 16
  %1503 = getelementptr inbounds float, ptr %X, i64 %1502
  %1504 = load <8 x float>, ptr %1503, align 4
  %1505 = or disjoint i64 %1501, 24
  %1506 = getelementptr inbounds float, ptr %X, i64 %1505
  %1507 = load <8 x float>, ptr %1506, align 4
  %1508 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0404
  %1509 = load float, ptr %1508, align 4
  %1510 = insertelement <8 x float> poison, float %1509, i64 0
  %1511 = shufflevector <8 x float> %1510, <8 x float> poison, <8 x i32> zeroinitializer
  %1512 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1511, <8 x float> %1504, <8 x float> %acc44.0396)
  %1513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1511, <8 x float> %1507, <8 x float> %acc45.0397)
  %1514 = getelementptr inbounds i8, ptr %1508, i64 256
  %1515 = load float, ptr %1514, align 4
  %1516 = insertelement <8 x float> poison, float %1515, i64 0
  %1517 = shufflevector <8 x float> %1516, <8 x float> poison, <8 x i32> zeroinitializer
  %1518 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1517, <8 x float> %1504, <8 x float> %acc46.0398)
  %1519 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1517, <8 x float> %1507, <8 x float> %acc47.0399)
  %1520 = getelementptr inbounds i8, ptr %1508, i64 512
  %1521 = load float, ptr %1520, align 4
  %1522 = insertelement <8 x float> poison, float %1521, i64 0
  %1523 = shufflevector <8 x float> %1522, <8 x float> poison, <8 x i32> zeroinitializer
  %1524 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1523, <8 x float> %1504, <8 x float> %acc48.0400)
  %1525 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1523, <8 x float> %1507, <8 x float> %acc49.0401)
  %1526 = getelementptr inbounds i8, ptr %1508, i64 768
  %1527 = load float, ptr %1526, align 4
  %1528 = insertelement <8 x float> poison, float %1527, i64 0
  %1529 = shufflevector <8 x float> %1528, <8 x float> poison, <8 x i32> zeroinitializer
  %1530 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1529, <8 x float> %1504, <8 x float> %acc50.0402)
  %1531 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1529, <8 x float> %1507, <8 x float> %acc51.0403)
  %p11.next = or disjoint i64 %p11.addr.0404, 1
  %1532 = shl nuw nsw i64 %p11.next, 5
  %1533 = or disjoint i64 %1532, 16
  %1534 = getelementptr inbounds float, ptr %X, i64 %1533
  %1535 = load <8 x float>, ptr %1534, align 4
  %1536 = or disjoint i64 %1532, 24
  %1537 = getelementptr inbounds float, ptr %X, i64 %1536
  %1538 = load <8 x float>, ptr %1537, align 4
  %1539 = getelementptr inbounds float, ptr %KT, i64 %p11.next
  %1540 = load float, ptr %1539, align 4
  %1541 = insertelement <8 x float> poison, float %1540, i64 0
  %1542 = shufflevector <8 x float> %1541, <8 x float> poison, <8 x i32> zeroinitializer
  %1543 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1542, <8 x float> %1535, <8 x float> %1512)
  %1544 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1542, <8 x float> %1538, <8 x float> %1513)
  %1545 = getelementptr inbounds i8, ptr %1539, i64 256
  %1546 = load float, ptr %1545, align 4
  %1547 = insertelement <8 x float> poison, float %1546, i64 0
  %1548 = shufflevector <8 x float> %1547, <8 x float> poison, <8 x i32> zeroinitializer
  %1549 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1548, <8 x float> %1535, <8 x float> %1518)
  %1550 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1548, <8 x float> %1538, <8 x float> %1519)
  %1551 = getelementptr inbounds i8, ptr %1539, i64 512
  %1552 = load float, ptr %1551, align 4
  %1553 = insertelement <8 x float> poison, float %1552, i64 0
  %1554 = shufflevector <8 x float> %1553, <8 x float> poison, <8 x i32> zeroinitializer
  %1555 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1554, <8 x float> %1535, <8 x float> %1524)
  %1556 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1554, <8 x float> %1538, <8 x float> %1525)
  %1557 = getelementptr inbounds i8, ptr %1539, i64 768
  %1558 = load float, ptr %1557, align 4
  %1559 = insertelement <8 x float> poison, float %1558, i64 0
  %1560 = shufflevector <8 x float> %1559, <8 x float> poison, <8 x i32> zeroinitializer
  %1561 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1560, <8 x float> %1535, <8 x float> %1530)
  %1562 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1560, <8 x float> %1538, <8 x float> %1531)
  %p11.next.11004 = or disjoint i64 %p11.addr.0404, 2
  %1563 = shl nuw nsw i64 %p11.next.11004, 5
  %1564 = or disjoint i64 %1563, 16
  %1565 = getelementptr inbounds float, ptr %X, i64 %1564
  %1566 = load <8 x float>, ptr %1565, align 4
  %1567 = or disjoint i64 %1563, 24
  %1568 = getelementptr inbounds float, ptr %X, i64 %1567
  %1569 = load <8 x float>, ptr %1568, align 4
  %1570 = getelementptr inbounds float, ptr %KT, i64 %p11.next.11004
  %1571 = load float, ptr %1570, align 4
  %1572 = insertelement <8 x float> poison, float %1571, i64 0
  %1573 = shufflevector <8 x float> %1572, <8 x float> poison, <8 x i32> zeroinitializer
  %1574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1573, <8 x float> %1566, <8 x float> %1543)
  %1575 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1573, <8 x float> %1569, <8 x float> %1544)
  %1576 = getelementptr inbounds i8, ptr %1570, i64 256
  %1577 = load float, ptr %1576, align 4
  %1578 = insertelement <8 x float> poison, float %1577, i64 0
  %1579 = shufflevector <8 x float> %1578, <8 x float> poison, <8 x i32> zeroinitializer
  %1580 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1579, <8 x float> %1566, <8 x float> %1549)
  %1581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1579, <8 x float> %1569, <8 x float> %1550)
  %1582 = getelementptr inbounds i8, ptr %1570, i64 512
  %1583 = load float, ptr %1582, align 4
  %1584 = insertelement <8 x float> poison, float %1583, i64 0
  %1585 = shufflevector <8 x float> %1584, <8 x float> poison, <8 x i32> zeroinitializer
  %1586 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1585, <8 x float> %1566, <8 x float> %1555)
  %1587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1585, <8 x float> %1569, <8 x float> %1556)
  %1588 = getelementptr inbounds i8, ptr %1570, i64 768
  %1589 = load float, ptr %1588, align 4
  %1590 = insertelement <8 x float> poison, float %1589, i64 0
  %1591 = shufflevector <8 x float> %1590, <8 x float> poison, <8 x i32> zeroinitializer
  %1592 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1591, <8 x float> %1566, <8 x float> %1561)
  %1593 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1591, <8 x float> %1569, <8 x float> %1562)
  %p11.next.21015 = or disjoint i64 %p11.addr.0404, 3
  %1594 = shl nuw nsw i64 %p11.next.21015, 5
  %1595 = or disjoint i64 %1594, 16
  %1596 = getelementptr inbounds float, ptr %X, i64 %1595
  %1597 = load <8 x float>, ptr %1596, align 4
  %1598 = or disjoint i64 %1594, 24
  %1599 = getelementptr inbounds float, ptr %X, i64 %1598
  %1600 = load <8 x float>, ptr %1599, align 4
  %1601 = getelementptr inbounds float, ptr %KT, i64 %p11.next.21015
  %1602 = load float, ptr %1601, align 4
  %1603 = insertelement <8 x float> poison, float %1602, i64 0
  %1604 = shufflevector <8 x float> %1603, <8 x float> poison, <8 x i32> zeroinitializer
  %1605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1604, <8 x float> %1597, <8 x float> %1574)
  %1606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1604, <8 x float> %1600, <8 x float> %1575)
  %1607 = getelementptr inbounds i8, ptr %1601, i64 256
  %1608 = load float, ptr %1607, align 4
  %1609 = insertelement <8 x float> poison, float %1608, i64 0
  %1610 = shufflevector <8 x float> %1609, <8 x float> poison, <8 x i32> zeroinitializer
  %1611 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1610, <8 x float> %1597, <8 x float> %1580)
  %1612 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1610, <8 x float> %1600, <8 x float> %1581)
  %1613 = getelementptr inbounds i8, ptr %1601, i64 512
  %1614 = load float, ptr %1613, align 4
  %1615 = insertelement <8 x float> poison, float %1614, i64 0
  %1616 = shufflevector <8 x float> %1615, <8 x float> poison, <8 x i32> zeroinitializer
  %1617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1616, <8 x float> %1597, <8 x float> %1586)
  %1618 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1616, <8 x float> %1600, <8 x float> %1587)
  %1619 = getelementptr inbounds i8, ptr %1601, i64 768
  %1620 = load float, ptr %1619, align 4
  %1621 = insertelement <8 x float> poison, float %1620, i64 0
  %1622 = shufflevector <8 x float> %1621, <8 x float> poison, <8 x i32> zeroinitializer
  %1623 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1622, <8 x float> %1597, <8 x float> %1592)
  %1624 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1622, <8 x float> %1600, <8 x float> %1593)
  %p11.next.31026 = add nuw nsw i64 %p11.addr.0404, 4
  %exitcond516.not.3 = icmp eq i64 %p11.next.31026, 64
  br i1 %exitcond516.not.3, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <8 x float> %1605, ptr %work, align 4
  store <8 x float> %1606, ptr %42, align 4
  store <8 x float> %1611, ptr %43, align 4
  store <8 x float> %1612, ptr %44, align 4
  store <8 x float> %1617, ptr %45, align 4
  store <8 x float> %1618, ptr %46, align 4
  store <8 x float> %1623, ptr %47, align 4
  store <8 x float> %1624, ptr %48, align 4
  %1625 = load <8 x float>, ptr %49, align 4
  %1626 = load <8 x float>, ptr %50, align 4
  %1627 = load <8 x float>, ptr %51, align 4
  %1628 = load <8 x float>, ptr %52, align 4
  %1629 = load <8 x float>, ptr %53, align 4
  %1630 = load <8 x float>, ptr %54, align 4
  %1631 = load <8 x float>, ptr %55, align 4
  %1632 = load <8 x float>, ptr %56, align 4
  br label %p11.body.1

p11.body.1:                                       ; preds = %p11.body.1, %p11.exit
  %p11.addr.0404.1 = phi i64 [ 0, %p11.exit ], [ %p11.next.1.3, %p11.body.1 ]
  %acc51.0403.1 = phi <8 x float> [ %1632, %p11.exit ], [ %1760, %p11.body.1 ]
  %acc50.0402.1 = phi <8 x float> [ %1631, %p11.exit ], [ %1759, %p11.body.1 ]
  %acc49.0401.1 = phi <8 x float> [ %1630, %p11.exit ], [ %1754, %p11.body.1 ]
  %acc48.0400.1 = phi <8 x float> [ %1629, %p11.exit ], [ %1753, %p11.body.1 ]
  %acc47.0399.1 = phi <8 x float> [ %1628, %p11.exit ], [ %1748, %p11.body.1 ]
  %acc46.0398.1 = phi <8 x float> [ %1627, %p11.exit ], [ %1747, %p11.body.1 ]
  %acc45.0397.1 = phi <8 x float> [ %1626, %p11.exit ], [ %1742, %p11.body.1 ]
  %acc44.0396.1 = phi <8 x float> [ %1625, %p11.exit ], [ %1741, %p11.body.1 ]
  %1633 = shl nuw nsw i64 %p11.addr.0404.1, 5
  %1634 = or disjoint i64 %1633, 16
  %1635 = getelementptr inbounds float, ptr %X, i64 %1634
  %1636 = load <8 x float>, ptr %1635, align 4
  %1637 = or disjoint i64 %1633, 24
  %1638 = getelementptr inbounds float, ptr %X, i64 %1637
  %1639 = load <8 x float>, ptr %1638, align 4
  %1640 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0404.1
  %1641 = getelementptr inbounds i8, ptr %1640, i64 1024
  %1642 = load float, ptr %1641, align 4
  %1643 = insertelement <8 x float> poison, float %1642, i64 0
  %1644 = shufflevector <8 x float> %1643, <8 x float> poison, <8 x i32> zeroinitializer
  %1645 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1644, <8 x float> %1636, <8 x float> %acc44.0396.1)
  %1646 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1644, <8 x float> %1639, <8 x float> %acc45.0397.1)
  %1647 = getelementptr inbounds i8, ptr %1640, i64 1280
  %1648 = load float, ptr %1647, align 4
  %1649 = insertelement <8 x float> poison, float %1648, i64 0
  %1650 = shufflevector <8 x float> %1649, <8 x float> poison, <8 x i32> zeroinitializer
  %1651 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1650, <8 x float> %1636, <8 x float> %acc46.0398.1)
  %1652 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1650, <8 x float> %1639, <8 x float> %acc47.0399.1)
  %1653 = getelementptr inbounds i8, ptr %1640, i64 1536
  %1654 = load float, ptr %1653, align 4
  %1655 = insertelement <8 x float> poison, float %1654, i64 0
  %1656 = shufflevector <8 x float> %1655, <8 x float> poison, <8 x i32> zeroinitializer
  %1657 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1656, <8 x float> %1636, <8 x float> %acc48.0400.1)
  %1658 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1656, <8 x float> %1639, <8 x float> %acc49.0401.1)
  %1659 = getelementptr inbounds i8, ptr %1640, i64 1792
  %1660 = load float, ptr %1659, align 4
  %1661 = insertelement <8 x float> poison, float %1660, i64 0
  %1662 = shufflevector <8 x float> %1661, <8 x float> poison, <8 x i32> zeroinitializer
  %1663 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1662, <8 x float> %1636, <8 x float> %acc50.0402.1)
  %1664 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1662, <8 x float> %1639, <8 x float> %acc51.0403.1)
  %p11.next.1 = or disjoint i64 %p11.addr.0404.1, 1
  %1665 = shl nuw nsw i64 %p11.next.1, 5
  %1666 = or disjoint i64 %1665, 16
  %1667 = getelementptr inbounds float, ptr %X, i64 %1666
  %1668 = load <8 x float>, ptr %1667, align 4
  %1669 = or disjoint i64 %1665, 24
  %1670 = getelementptr inbounds float, ptr %X, i64 %1669
  %1671 = load <8 x float>, ptr %1670, align 4
  %1672 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1
  %1673 = getelementptr inbounds i8, ptr %1672, i64 1024
  %1674 = load float, ptr %1673, align 4
  %1675 = insertelement <8 x float> poison, float %1674, i64 0
  %1676 = shufflevector <8 x float> %1675, <8 x float> poison, <8 x i32> zeroinitializer
  %1677 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1676, <8 x float> %1668, <8 x float> %1645)
  %1678 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1676, <8 x float> %1671, <8 x float> %1646)
  %1679 = getelementptr inbounds i8, ptr %1672, i64 1280
  %1680 = load float, ptr %1679, align 4
  %1681 = insertelement <8 x float> poison, float %1680, i64 0
  %1682 = shufflevector <8 x float> %1681, <8 x float> poison, <8 x i32> zeroinitializer
  %1683 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1682, <8 x float> %1668, <8 x float> %1651)
  %1684 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1682, <8 x float> %1671, <8 x float> %1652)
  %1685 = getelementptr inbounds i8, ptr %1672, i64 1536
  %1686 = load float, ptr %1685, align 4
  %1687 = insertelement <8 x float> poison, float %1686, i64 0
  %1688 = shufflevector <8 x float> %1687, <8 x float> poison, <8 x i32> zeroinitializer
  %1689 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1688, <8 x float> %1668, <8 x float> %1657)
  %1690 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1688, <8 x float> %1671, <8 x float> %1658)
  %1691 = getelementptr inbounds i8, ptr %1672, i64 1792
  %1692 = load float, ptr %1691, align 4
  %1693 = insertelement <8 x float> poison, float %1692, i64 0
  %1694 = shufflevector <8 x float> %1693, <8 x float> poison, <8 x i32> zeroinitializer
  %1695 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1694, <8 x float> %1668, <8 x float> %1663)
  %1696 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1694, <8 x float> %1671, <8 x float> %1664)
  %p11.next.1.1 = or disjoint i64 %p11.addr.0404.1, 2
  %1697 = shl nuw nsw i64 %p11.next.1.1, 5
  %1698 = or disjoint i64 %1697, 16
  %1699 = getelementptr inbounds float, ptr %X, i64 %1698
  %1700 = load <8 x float>, ptr %1699, align 4
  %1701 = or disjoint i64 %1697, 24
  %1702 = getelementptr inbounds float, ptr %X, i64 %1701
  %1703 = load <8 x float>, ptr %1702, align 4
  %1704 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1.1
  %1705 = getelementptr inbounds i8, ptr %1704, i64 1024
  %1706 = load float, ptr %1705, align 4
  %1707 = insertelement <8 x float> poison, float %1706, i64 0
  %1708 = shufflevector <8 x float> %1707, <8 x float> poison, <8 x i32> zeroinitializer
  %1709 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1708, <8 x float> %1700, <8 x float> %1677)
  %1710 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1708, <8 x float> %1703, <8 x float> %1678)
  %1711 = getelementptr inbounds i8, ptr %1704, i64 1280
  %1712 = load float, ptr %1711, align 4
  %1713 = insertelement <8 x float> poison, float %1712, i64 0
  %1714 = shufflevector <8 x float> %1713, <8 x float> poison, <8 x i32> zeroinitializer
  %1715 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1714, <8 x float> %1700, <8 x float> %1683)
  %1716 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1714, <8 x float> %1703, <8 x float> %1684)
  %1717 = getelementptr inbounds i8, ptr %1704, i64 1536
  %1718 = load float, ptr %1717, align 4
  %1719 = insertelement <8 x float> poison, float %1718, i64 0
  %1720 = shufflevector <8 x float> %1719, <8 x float> poison, <8 x i32> zeroinitializer
  %1721 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1720, <8 x float> %1700, <8 x float> %1689)
  %1722 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1720, <8 x float> %1703, <8 x float> %1690)
  %1723 = getelementptr inbounds i8, ptr %1704, i64 1792
  %1724 = load float, ptr %1723, align 4
  %1725 = insertelement <8 x float> poison, float %1724, i64 0
  %1726 = shufflevector <8 x float> %1725, <8 x float> poison, <8 x i32> zeroinitializer
  %1727 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1726, <8 x float> %1700, <8 x float> %1695)
  %1728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1726, <8 x float> %1703, <8 x float> %1696)
  %p11.next.1.2 = or disjoint i64 %p11.addr.0404.1, 3
  %1729 = shl nuw nsw i64 %p11.next.1.2, 5
  %1730 = or disjoint i64 %1729, 16
  %1731 = getelementptr inbounds float, ptr %X, i64 %1730
  %1732 = load <8 x float>, ptr %1731, align 4
  %1733 = or disjoint i64 %1729, 24
  %1734 = getelementptr inbounds float, ptr %X, i64 %1733
  %1735 = load <8 x float>, ptr %1734, align 4
  %1736 = getelementptr inbounds float, ptr %KT, i64 %p11.next.1.2
  %1737 = getelementptr inbounds i8, ptr %1736, i64 1024
  %1738 = load float, ptr %1737, align 4
  %1739 = insertelement <8 x float> poison, float %1738, i64 0
  %1740 = shufflevector <8 x float> %1739, <8 x float> poison, <8 x i32> zeroinitializer
  %1741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1740, <8 x float> %1732, <8 x float> %1709)
  %1742 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1740, <8 x float> %1735, <8 x float> %1710)
  %1743 = getelementptr inbounds i8, ptr %1736, i64 1280
  %1744 = load float, ptr %1743, align 4
  %1745 = insertelement <8 x float> poison, float %1744, i64 0
  %1746 = shufflevector <8 x float> %1745, <8 x float> poison, <8 x i32> zeroinitializer
  %1747 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1746, <8 x float> %1732, <8 x float> %1715)
  %1748 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1746, <8 x float> %1735, <8 x float> %1716)
  %1749 = getelementptr inbounds i8, ptr %1736, i64 1536
  %1750 = load float, ptr %1749, align 4
  %1751 = insertelement <8 x float> poison, float %1750, i64 0
  %1752 = shufflevector <8 x float> %1751, <8 x float> poison, <8 x i32> zeroinitializer
  %1753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1752, <8 x float> %1732, <8 x float> %1721)
  %1754 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1752, <8 x float> %1735, <8 x float> %1722)
  %1755 = getelementptr inbounds i8, ptr %1736, i64 1792
  %1756 = load float, ptr %1755, align 4
  %1757 = insertelement <8 x float> poison, float %1756, i64 0
  %1758 = shufflevector <8 x float> %1757, <8 x float> poison, <8 x i32> zeroinitializer
  %1759 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1758, <8 x float> %1732, <8 x float> %1727)
  %1760 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1758, <8 x float> %1735, <8 x float> %1728)
  %p11.next.1.3 = add nuw nsw i64 %p11.addr.0404.1, 4
  %exitcond516.1.not.3 = icmp eq i64 %p11.next.1.3, 64
  br i1 %exitcond516.1.not.3, label %p11.exit.1, label %p11.body.1

p11.exit.1:                                       ; preds = %p11.body.1
  store <8 x float> %1741, ptr %49, align 4
  store <8 x float> %1742, ptr %50, align 4
  store <8 x float> %1747, ptr %51, align 4
  store <8 x float> %1748, ptr %52, align 4
  store <8 x float> %1753, ptr %53, align 4
  store <8 x float> %1754, ptr %54, align 4
  store <8 x float> %1759, ptr %55, align 4
  store <8 x float> %1760, ptr %56, align 4
  %1761 = load <8 x float>, ptr %57, align 4
  %1762 = load <8 x float>, ptr %58, align 4
  %1763 = load <8 x float>, ptr %59, align 4
  %1764 = load <8 x float>, ptr %60, align 4
  %1765 = load <8 x float>, ptr %61, align 4
  %1766 = load <8 x float>, ptr %62, align 4
  %1767 = load <8 x float>, ptr %63, align 4
  %1768 = load <8 x float>, ptr %64, align 4
  br label %p11.body.2

p11.body.2:                                       ; preds = %p11.body.2, %p11.exit.1
  %p11.addr.0404.2 = phi i64 [ 0, %p11.exit.1 ], [ %p11.next.2.3, %p11.body.2 ]
  %acc51.0403.2 = phi <8 x float> [ %1768, %p11.exit.1 ], [ %1896, %p11.body.2 ]
  %acc50.0402.2 = phi <8 x float> [ %1767, %p11.exit.1 ], [ %1895, %p11.body.2 ]
  %acc49.0401.2 = phi <8 x float> [ %1766, %p11.exit.1 ], [ %1890, %p11.body.2 ]
  %acc48.0400.2 = phi <8 x float> [ %1765, %p11.exit.1 ], [ %1889, %p11.body.2 ]
  %acc47.0399.2 = phi <8 x float> [ %1764, %p11.exit.1 ], [ %1884, %p11.body.2 ]
  %acc46.0398.2 = phi <8 x float> [ %1763, %p11.exit.1 ], [ %1883, %p11.body.2 ]
  %acc45.0397.2 = phi <8 x float> [ %1762, %p11.exit.1 ], [ %1878, %p11.body.2 ]
  %acc44.0396.2 = phi <8 x float> [ %1761, %p11.exit.1 ], [ %1877, %p11.body.2 ]
  %1769 = shl nuw nsw i64 %p11.addr.0404.2, 5
  %1770 = or disjoint i64 %1769, 16
  %1771 = getelementptr inbounds float, ptr %X, i64 %1770
  %1772 = load <8 x float>, ptr %1771, align 4
  %1773 = or disjoint i64 %1769, 24
  %1774 = getelementptr inbounds float, ptr %X, i64 %1773
  %1775 = load <8 x float>, ptr %1774, align 4
  %1776 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0404.2
  %1777 = getelementptr inbounds i8, ptr %1776, i64 2048
  %1778 = load float, ptr %1777, align 4
  %1779 = insertelement <8 x float> poison, float %1778, i64 0
  %1780 = shufflevector <8 x float> %1779, <8 x float> poison, <8 x i32> zeroinitializer
  %1781 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1780, <8 x float> %1772, <8 x float> %acc44.0396.2)
  %1782 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1780, <8 x float> %1775, <8 x float> %acc45.0397.2)
  %1783 = getelementptr inbounds i8, ptr %1776, i64 2304
  %1784 = load float, ptr %1783, align 4
  %1785 = insertelement <8 x float> poison, float %1784, i64 0
  %1786 = shufflevector <8 x float> %1785, <8 x float> poison, <8 x i32> zeroinitializer
  %1787 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1786, <8 x float> %1772, <8 x float> %acc46.0398.2)
  %1788 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1786, <8 x float> %1775, <8 x float> %acc47.0399.2)
  %1789 = getelementptr inbounds i8, ptr %1776, i64 2560
  %1790 = load float, ptr %1789, align 4
  %1791 = insertelement <8 x float> poison, float %1790, i64 0
  %1792 = shufflevector <8 x float> %1791, <8 x float> poison, <8 x i32> zeroinitializer
  %1793 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1792, <8 x float> %1772, <8 x float> %acc48.0400.2)
  %1794 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1792, <8 x float> %1775, <8 x float> %acc49.0401.2)
  %1795 = getelementptr inbounds i8, ptr %1776, i64 2816
  %1796 = load float, ptr %1795, align 4
  %1797 = insertelement <8 x float> poison, float %1796, i64 0
  %1798 = shufflevector <8 x float> %1797, <8 x float> poison, <8 x i32> zeroinitializer
  %1799 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1798, <8 x float> %1772, <8 x float> %acc50.0402.2)
  %1800 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1798, <8 x float> %1775, <8 x float> %acc51.0403.2)
  %p11.next.2 = or disjoint i64 %p11.addr.0404.2, 1
  %1801 = shl nuw nsw i64 %p11.next.2, 5
  %1802 = or disjoint i64 %1801, 16
  %1803 = getelementptr inbounds float, ptr %X, i64 %1802
  %1804 = load <8 x float>, ptr %1803, align 4
  %1805 = or disjoint i64 %1801, 24
  %1806 = getelementptr inbounds float, ptr %X, i64 %1805
  %1807 = load <8 x float>, ptr %1806, align 4
  %1808 = getelementptr inbounds float, ptr %KT, i64 %p11.next.2
  %1809 = getelementptr inbounds i8, ptr %1808, i64 2048
  %1810 = load float, ptr %1809, align 4
  %1811 = insertelement <8 x float> poison, float %1810, i64 0
  %1812 = shufflevector <8 x float> %1811, <8 x float> poison, <8 x i32> zeroinitializer
  %1813 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1812, <8 x float> %1804, <8 x float> %1781)
  %1814 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1812, <8 x float> %1807, <8 x float> %1782)
  %1815 = getelementptr inbounds i8, ptr %1808, i64 2304
  %1816 = load float, ptr %1815, align 4
  %1817 = insertelement <8 x float> poison, float %1816, i64 0
  %1818 = shufflevector <8 x float> %1817, <8 x float> poison, <8 x i32> zeroinitializer
  %1819 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1818, <8 x float> %1804, <8 x float> %1787)
  %1820 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1818, <8 x float> %1807, <8 x float> %1788)
  %1821 = getelementptr inbounds i8, ptr %1808, i64 2560
  %1822 = load float, ptr %1821, align 4
  %1823 = insertelement <8 x float> poison, float %1822, i64 0
  %1824 = shufflevector <8 x float> %1823, <8 x float> poison, <8 x i32> zeroinitializer
  %1825 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1824, <8 x float> %1804, <8 x float> %1793)
  %1826 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1824, <8 x float> %1807, <8 x float> %1794)
  %1827 = getelementptr inbounds i8, ptr %1808, i64 2816
  %1828 = load float, ptr %1827, align 4
  %1829 = insertelement <8 x float> poison, float %1828, i64 0
  %1830 = shufflevector <8 x float> %1829, <8 x float> poison, <8 x i32> zeroinitializer
  %1831 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1830, <8 x float> %1804, <8 x float> %1799)
  %1832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1830, <8 x float> %1807, <8 x float> %1800)
  %p11.next.2.1 = or disjoint i64 %p11.addr.0404.2, 2
  %1833 = shl nuw nsw i64 %p11.next.2.1, 5
  %1834 = or disjoint i64 %1833, 16
  %1835 = getelementptr inbounds float, ptr %X, i64 %1834
  %1836 = load <8 x float>, ptr %1835, align 4
  %1837 = or disjoint i64 %1833, 24
  %1838 = getelementptr inbounds float, ptr %X, i64 %1837
  %1839 = load <8 x float>, ptr %1838, align 4
  %1840 = getelementptr inbounds float, ptr %KT, i64 %p11.next.2.1
  %1841 = getelementptr inbounds i8, ptr %1840, i64 2048
  %1842 = load float, ptr %1841, align 4
  %1843 = insertelement <8 x float> poison, float %1842, i64 0
  %1844 = shufflevector <8 x float> %1843, <8 x float> poison, <8 x i32> zeroinitializer
  %1845 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1844, <8 x float> %1836, <8 x float> %1813)
  %1846 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1844, <8 x float> %1839, <8 x float> %1814)
  %1847 = getelementptr inbounds i8, ptr %1840, i64 2304
  %1848 = load float, ptr %1847, align 4
  %1849 = insertelement <8 x float> poison, float %1848, i64 0
  %1850 = shufflevector <8 x float> %1849, <8 x float> poison, <8 x i32> zeroinitializer
  %1851 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1850, <8 x float> %1836, <8 x float> %1819)
  %1852 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1850, <8 x float> %1839, <8 x float> %1820)
  %1853 = getelementptr inbounds i8, ptr %1840, i64 2560
  %1854 = load float, ptr %1853, align 4
  %1855 = insertelement <8 x float> poison, float %1854, i64 0
  %1856 = shufflevector <8 x float> %1855, <8 x float> poison, <8 x i32> zeroinitializer
  %1857 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1856, <8 x float> %1836, <8 x float> %1825)
  %1858 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1856, <8 x float> %1839, <8 x float> %1826)
  %1859 = getelementptr inbounds i8, ptr %1840, i64 2816
  %1860 = load float, ptr %1859, align 4
  %1861 = insertelement <8 x float> poison, float %1860, i64 0
  %1862 = shufflevector <8 x float> %1861, <8 x float> poison, <8 x i32> zeroinitializer
  %1863 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1862, <8 x float> %1836, <8 x float> %1831)
  %1864 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1862, <8 x float> %1839, <8 x float> %1832)
  %p11.next.2.2 = or disjoint i64 %p11.addr.0404.2, 3
  %1865 = shl nuw nsw i64 %p11.next.2.2, 5
  %1866 = or disjoint i64 %1865, 16
  %1867 = getelementptr inbounds float, ptr %X, i64 %1866
  %1868 = load <8 x float>, ptr %1867, align 4
  %1869 = or disjoint i64 %1865, 24
  %1870 = getelementptr inbounds float, ptr %X, i64 %1869
  %1871 = load <8 x float>, ptr %1870, align 4
  %1872 = getelementptr inbounds float, ptr %KT, i64 %p11.next.2.2
  %1873 = getelementptr inbounds i8, ptr %1872, i64 2048
  %1874 = load float, ptr %1873, align 4
  %1875 = insertelement <8 x float> poison, float %1874, i64 0
  %1876 = shufflevector <8 x float> %1875, <8 x float> poison, <8 x i32> zeroinitializer
  %1877 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1876, <8 x float> %1868, <8 x float> %1845)
  %1878 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1876, <8 x float> %1871, <8 x float> %1846)
  %1879 = getelementptr inbounds i8, ptr %1872, i64 2304
  %1880 = load float, ptr %1879, align 4
  %1881 = insertelement <8 x float> poison, float %1880, i64 0
  %1882 = shufflevector <8 x float> %1881, <8 x float> poison, <8 x i32> zeroinitializer
  %1883 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1882, <8 x float> %1868, <8 x float> %1851)
  %1884 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1882, <8 x float> %1871, <8 x float> %1852)
  %1885 = getelementptr inbounds i8, ptr %1872, i64 2560
  %1886 = load float, ptr %1885, align 4
  %1887 = insertelement <8 x float> poison, float %1886, i64 0
  %1888 = shufflevector <8 x float> %1887, <8 x float> poison, <8 x i32> zeroinitializer
  %1889 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1888, <8 x float> %1868, <8 x float> %1857)
  %1890 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1888, <8 x float> %1871, <8 x float> %1858)
  %1891 = getelementptr inbounds i8, ptr %1872, i64 2816
  %1892 = load float, ptr %1891, align 4
  %1893 = insertelement <8 x float> poison, float %1892, i64 0
  %1894 = shufflevector <8 x float> %1893, <8 x float> poison, <8 x i32> zeroinitializer
  %1895 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1894, <8 x float> %1868, <8 x float> %1863)
  %1896 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1894, <8 x float> %1871, <8 x float> %1864)
  %p11.next.2.3 = add nuw nsw i64 %p11.addr.0404.2, 4
  %exitcond516.2.not.3 = icmp eq i64 %p11.next.2.3, 64
  br i1 %exitcond516.2.not.3, label %p11.exit.2, label %p11.body.2

p11.exit.2:                                       ; preds = %p11.body.2
  store <8 x float> %1877, ptr %57, align 4
  store <8 x float> %1878, ptr %58, align 4
  store <8 x float> %1883, ptr %59, align 4
  store <8 x float> %1884, ptr %60, align 4
  store <8 x float> %1889, ptr %61, align 4
  store <8 x float> %1890, ptr %62, align 4
  store <8 x float> %1895, ptr %63, align 4
  store <8 x float> %1896, ptr %64, align 4
  %1897 = load <8 x float>, ptr %65, align 4
  %1898 = load <8 x float>, ptr %66, align 4
  %1899 = load <8 x float>, ptr %67, align 4
  %1900 = load <8 x float>, ptr %68, align 4
  %1901 = load <8 x float>, ptr %69, align 4
  %1902 = load <8 x float>, ptr %70, align 4
  %1903 = load <8 x float>, ptr %71, align 4
  %1904 = load <8 x float>, ptr %72, align 4
  br label %p11.body.3

p11.body.3:                                       ; preds = %p11.body.3, %p11.exit.2
  %p11.addr.0404.3 = phi i64 [ 0, %p11.exit.2 ], [ %p11.next.3.3, %p11.body.3 ]
  %acc51.0403.3 = phi <8 x float> [ %1904, %p11.exit.2 ], [ %2032, %p11.body.3 ]
  %acc50.0402.3 = phi <8 x float> [ %1903, %p11.exit.2 ], [ %2031, %p11.body.3 ]
  %acc49.0401.3 = phi <8 x float> [ %1902, %p11.exit.2 ], [ %2026, %p11.body.3 ]
  %acc48.0400.3 = phi <8 x float> [ %1901, %p11.exit.2 ], [ %2025, %p11.body.3 ]
  %acc47.0399.3 = phi <8 x float> [ %1900, %p11.exit.2 ], [ %2020, %p11.body.3 ]
  %acc46.0398.3 = phi <8 x float> [ %1899, %p11.exit.2 ], [ %2019, %p11.body.3 ]
  %acc45.0397.3 = phi <8 x float> [ %1898, %p11.exit.2 ], [ %2014, %p11.body.3 ]
  %acc44.0396.3 = phi <8 x float> [ %1897, %p11.exit.2 ], [ %2013, %p11.body.3 ]
  %1905 = shl nuw nsw i64 %p11.addr.0404.3, 5
  %1906 = or disjoint i64 %1905, 16
  %1907 = getelementptr inbounds float, ptr %X, i64 %1906
  %1908 = load <8 x float>, ptr %1907, align 4
  %1909 = or disjoint i64 %1905, 24
  %1910 = getelementptr inbounds float, ptr %X, i64 %1909
  %1911 = load <8 x float>, ptr %1910, align 4
  %1912 = getelementptr inbounds float, ptr %KT, i64 %p11.addr.0404.3
  %1913 = getelementptr inbounds i8, ptr %1912, i64 3072
  %1914 = load float, ptr %1913, align 4
  %1915 = insertelement <8 x float> poison, float %1914, i64 0
  %1916 = shufflevector <8 x float> %1915, <8 x float> poison, <8 x i32> zeroinitializer
  %1917 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1916, <8 x float> %1908, <8 x float> %acc44.0396.3)
  %1918 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1916, <8 x float> %1911, <8 x float> %acc45.0397.3)
  %1919 = getelementptr inbounds i8, ptr %1912, i64 3328
  %1920 = load float, ptr %1919, align 4
  %1921 = insertelement <8 x float> poison, float %1920, i64 0
  %1922 = shufflevector <8 x float> %1921, <8 x float> poison, <8 x i32> zeroinitializer
  %1923 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1922, <8 x float> %1908, <8 x float> %acc46.0398.3)
  %1924 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1922, <8 x float> %1911, <8 x float> %acc47.0399.3)
  %1925 = getelementptr inbounds i8, ptr %1912, i64 3584
  %1926 = load float, ptr %1925, align 4
  %1927 = insertelement <8 x float> poison, float %1926, i64 0
  %1928 = shufflevector <8 x float> %1927, <8 x float> poison, <8 x i32> zeroinitializer
  %1929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1928, <8 x float> %1908, <8 x float> %acc48.0400.3)
  %1930 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1928, <8 x float> %1911, <8 x float> %acc49.0401.3)
  %1931 = getelementptr inbounds i8, ptr %1912, i64 3840
  %1932 = load float, ptr %1931, align 4
  %1933 = insertelement <8 x float> poison, float %1932, i64 0
  %1934 = shufflevector <8 x float> %1933, <8 x float> poison, <8 x i32> zeroinitializer
  %1935 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1934, <8 x float> %1908, <8 x float> %acc50.0402.3)
  %1936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1934, <8 x float> %1911, <8 x float> %acc51.0403.3)
  %p11.next.3 = or disjoint i64 %p11.addr.0404.3, 1
  %1937 = shl nuw nsw i64 %p11.next.3, 5
  %1938 = or disjoint i64 %1937, 16
  %1939 = getelementptr inbounds float, ptr %X, i64 %1938
  %1940 = load <8 x float>, ptr %1939, align 4
  %1941 = or disjoint i64 %1937, 24
  %1942 = getelementptr inbounds float, ptr %X, i64 %1941
  %1943 = load <8 x float>, ptr %1942, align 4
  %1944 = getelementptr inbounds float, ptr %KT, i64 %p11.next.3
  %1945 = getelementptr inbounds i8, ptr %1944, i64 3072
  %1946 = load float, ptr %1945, align 4
  %1947 = insertelement <8 x float> poison, float %1946, i64 0
  %1948 = shufflevector <8 x float> %1947, <8 x float> poison, <8 x i32> zeroinitializer
  %1949 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1948, <8 x float> %1940, <8 x float> %1917)
  %1950 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1948, <8 x float> %1943, <8 x float> %1918)
  %1951 = getelementptr inbounds i8, ptr %1944, i64 3328
  %1952 = load float, ptr %1951, align 4
  %1953 = insertelement <8 x float> poison, float %1952, i64 0
  %1954 = shufflevector <8 x float> %1953, <8 x float> poison, <8 x i32> zeroinitializer
  %1955 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1954, <8 x float> %1940, <8 x float> %1923)
  %1956 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1954, <8 x float> %1943, <8 x float> %1924)
  %1957 = getelementptr inbounds i8, ptr %1944, i64 3584
  %1958 = load float, ptr %1957, align 4
  %1959 = insertelement <8 x float> poison, float %1958, i64 0
  %1960 = shufflevector <8 x float> %1959, <8 x float> poison, <8 x i32> zeroinitializer
  %1961 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1960, <8 x float> %1940, <8 x float> %1929)
  %1962 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1960, <8 x float> %1943, <8 x float> %1930)
  %1963 = getelementptr inbounds i8, ptr %1944, i64 3840
  %1964 = load float, ptr %1963, align 4
  %1965 = insertelement <8 x float> poison, float %1964, i64 0
  %1966 = shufflevector <8 x float> %1965, <8 x float> poison, <8 x i32> zeroinitializer
  %1967 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1966, <8 x float> %1940, <8 x float> %1935)
  %1968 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1966, <8 x float> %1943, <8 x float> %1936)
  %p11.next.3.1 = or disjoint i64 %p11.addr.0404.3, 2
  %1969 = shl nuw nsw i64 %p11.next.3.1, 5
  %1970 = or disjoint i64 %1969, 16
  %1971 = getelementptr inbounds float, ptr %X, i64 %1970
  %1972 = load <8 x float>, ptr %1971, align 4
  %1973 = or disjoint i64 %1969, 24
  %1974 = getelementptr inbounds float, ptr %X, i64 %1973
  %1975 = load <8 x float>, ptr %1974, align 4
  %1976 = getelementptr inbounds float, ptr %KT, i64 %p11.next.3.1
  %1977 = getelementptr inbounds i8, ptr %1976, i64 3072
  %1978 = load float, ptr %1977, align 4
  %1979 = insertelement <8 x float> poison, float %1978, i64 0
  %1980 = shufflevector <8 x float> %1979, <8 x float> poison, <8 x i32> zeroinitializer
  %1981 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1980, <8 x float> %1972, <8 x float> %1949)
  %1982 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1980, <8 x float> %1975, <8 x float> %1950)
  %1983 = getelementptr inbounds i8, ptr %1976, i64 3328
  %1984 = load float, ptr %1983, align 4
  %1985 = insertelement <8 x float> poison, float %1984, i64 0
  %1986 = shufflevector <8 x float> %1985, <8 x float> poison, <8 x i32> zeroinitializer
  %1987 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1986, <8 x float> %1972, <8 x float> %1955)
  %1988 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1986, <8 x float> %1975, <8 x float> %1956)
  %1989 = getelementptr inbounds i8, ptr %1976, i64 3584
  %1990 = load float, ptr %1989, align 4
  %1991 = insertelement <8 x float> poison, float %1990, i64 0
  %1992 = shufflevector <8 x float> %1991, <8 x float> poison, <8 x i32> zeroinitializer
  %1993 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1992, <8 x float> %1972, <8 x float> %1961)
  %1994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1992, <8 x float> %1975, <8 x float> %1962)
  %1995 = getelementptr inbounds i8, ptr %1976, i64 3840
  %1996 = load float, ptr %1995, align 4
  %1997 = insertelement <8 x float> poison, float %1996, i64 0
  %1998 = shufflevector <8 x float> %1997, <8 x float> poison, <8 x i32> zeroinitializer
  %1999 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1998, <8 x float> %1972, <8 x float> %1967)
  %2000 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1998, <8 x float> %1975, <8 x float> %1968)
  %p11.next.3.2 = or disjoint i64 %p11.addr.0404.3, 3
  %2001 = shl nuw nsw i64 %p11.next.3.2, 5
  %2002 = or disjoint i64 %2001, 16
  %2003 = getelementptr inbounds float, ptr %X, i64 %2002
  %2004 = load <8 x float>, ptr %2003, align 4
  %2005 = or disjoint i64 %2001, 24
  %2006 = getelementptr inbounds float, ptr %X, i64 %2005
  %2007 = load <8 x float>, ptr %2006, align 4
  %2008 = getelementptr inbounds float, ptr %KT, i64 %p11.next.3.2
  %2009 = getelementptr inbounds i8, ptr %2008, i64 3072
  %2010 = load float, ptr %2009, align 4
  %2011 = insertelement <8 x float> poison, float %2010, i64 0
  %2012 = shufflevector <8 x float> %2011, <8 x float> poison, <8 x i32> zeroinitializer
  %2013 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2012, <8 x float> %2004, <8 x float> %1981)
  %2014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2012, <8 x float> %2007, <8 x float> %1982)
  %2015 = getelementptr inbounds i8, ptr %2008, i64 3328
  %2016 = load float, ptr %2015, align 4
  %2017 = insertelement <8 x float> poison, float %2016, i64 0
  %2018 = shufflevector <8 x float> %2017, <8 x float> poison, <8 x i32> zeroinitializer
  %2019 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2018, <8 x float> %2004, <8 x float> %1987)
  %2020 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2018, <8 x float> %2007, <8 x float> %1988)
  %2021 = getelementptr inbounds i8, ptr %2008, i64 3584
  %2022 = load float, ptr %2021, align 4
  %2023 = insertelement <8 x float> poison, float %2022, i64 0
  %2024 = shufflevector <8 x float> %2023, <8 x float> poison, <8 x i32> zeroinitializer
  %2025 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2024, <8 x float> %2004, <8 x float> %1993)
  %2026 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2024, <8 x float> %2007, <8 x float> %1994)
  %2027 = getelementptr inbounds i8, ptr %2008, i64 3840
  %2028 = load float, ptr %2027, align 4
  %2029 = insertelement <8 x float> poison, float %2028, i64 0
  %2030 = shufflevector <8 x float> %2029, <8 x float> poison, <8 x i32> zeroinitializer
  %2031 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2030, <8 x float> %2004, <8 x float> %1999)
  %2032 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2030, <8 x float> %2007, <8 x float> %2000)
  %p11.next.3.3 = add nuw nsw i64 %p11.addr.0404.3, 4
  %exitcond516.3.not.3 = icmp eq i64 %p11.next.3.3, 64
  br i1 %exitcond516.3.not.3, label %p11.exit.3, label %p11.body.3

p11.exit.3:                                       ; preds = %p11.body.3
  store <8 x float> %2013, ptr %65, align 4
  store <8 x float> %2014, ptr %66, align 4
  store <8 x float> %2019, ptr %67, align 4
  store <8 x float> %2020, ptr %68, align 4
  store <8 x float> %2025, ptr %69, align 4
  store <8 x float> %2026, ptr %70, align 4
  store <8 x float> %2031, ptr %71, align 4
  store <8 x float> %2032, ptr %72, align 4
  %ci.next = add nuw nsw i64 %ci.addr.0406, 1
  %indvars.iv.next = add i64 %indvars.iv, -32
  %exitcond518.not = icmp eq i64 %ci.next, %smax517
  br i1 %exitcond518.not, label %i24.head.preheader, label %i1.head.preheader
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
!2 = distinct !{!2, !1}
; ---- dp_bwd_h2_k16_v16_c32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k16_v16_c32_nogate'
source_filename = "dp_bwd_h2_k16_v16_c32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k16_v16_c32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 4
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 35840
  %Sh = getelementptr inbounds i8, ptr %work, i64 2048
  %Sroll = getelementptr inbounds i8, ptr %work, i64 34816
  %dS = getelementptr i8, ptr %work, i64 1024
  %dSk = getelementptr i8, ptr %work, i64 39936
  %dSkPrev = getelementptr i8, ptr %work, i64 40000
  %dkTmp = getelementptr i8, ptr %work, i64 40064
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 10
  %5 = getelementptr inbounds i8, ptr %work, i64 35872
  %6 = getelementptr inbounds i8, ptr %work, i64 35904
  %7 = getelementptr inbounds i8, ptr %work, i64 35936
  %8 = shl i64 %H, 5
  %9 = getelementptr inbounds i8, ptr %work, i64 40032
  %10 = getelementptr inbounds i8, ptr %work, i64 39968
  %11 = add nsw i64 %bh0, 1
  %12 = mul i64 %nc, %11
  %13 = shl i64 %12, 10
  %14 = add i64 %13, -1024
  %15 = shl i64 %nc, 10
  %16 = shl nsw i64 %nc, 5
  %17 = add i64 %16, 288230376151711712
  %18 = mul i64 %17, %H
  %19 = mul i64 %H, -2048
  %20 = shl i64 %H, 6
  %21 = add i64 %T, 32
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
  %86 = getelementptr inbounds i8, ptr %work, i64 34848
  %87 = getelementptr inbounds i8, ptr %work, i64 34880
  %88 = getelementptr inbounds i8, ptr %work, i64 34912
  %89 = getelementptr inbounds i8, ptr %work, i64 34944
  %90 = getelementptr inbounds i8, ptr %work, i64 34976
  %91 = getelementptr inbounds i8, ptr %work, i64 35008
  %92 = getelementptr inbounds i8, ptr %work, i64 35040
  %93 = getelementptr inbounds i8, ptr %work, i64 35072
  %94 = getelementptr inbounds i8, ptr %work, i64 35104
  %95 = getelementptr inbounds i8, ptr %work, i64 35136
  %96 = getelementptr inbounds i8, ptr %work, i64 35168
  %97 = getelementptr inbounds i8, ptr %work, i64 35200
  %98 = getelementptr inbounds i8, ptr %work, i64 35232
  %99 = getelementptr inbounds i8, ptr %work, i64 35264
  %100 = getelementptr inbounds i8, ptr %work, i64 35296
  %101 = getelementptr inbounds i8, ptr %work, i64 35328
  %102 = getelementptr inbounds i8, ptr %work, i64 35360
  %103 = getelementptr inbounds i8, ptr %work, i64 35392
  %104 = getelementptr inbounds i8, ptr %work, i64 35424
  %105 = getelementptr inbounds i8, ptr %work, i64 35456
  %106 = getelementptr inbounds i8, ptr %work, i64 35488
  %107 = getelementptr inbounds i8, ptr %work, i64 35520
  %108 = getelementptr inbounds i8, ptr %work, i64 35552
  %109 = getelementptr inbounds i8, ptr %work, i64 35584
  %110 = getelementptr inbounds i8, ptr %work, i64 35616
  %111 = getelementptr inbounds i8, ptr %work, i64 35648
  %112 = getelementptr inbounds i8, ptr %work, i64 35680
  %113 = getelementptr inbounds i8, ptr %work, i64 35712
  %114 = getelementptr inbounds i8, ptr %work, i64 35744
  %115 = getelementptr inbounds i8, ptr %work, i64 35776
  %116 = getelementptr inbounds i8, ptr %work, i64 35808
  %117 = getelementptr i8, ptr %work, i64 40096
  %118 = getelementptr i8, ptr %work, i64 35872
  %119 = getelementptr i8, ptr %work, i64 40032
  %120 = getelementptr i8, ptr %work, i64 40096
  %121 = getelementptr i8, ptr %work, i64 40096
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
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin356 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax357 = tail call i64 @llvm.smax.i64(i64 %smin356, i64 1)
  %smax351 = tail call i64 @llvm.smax.i64(i64 %smin356, i64 2)
  %152 = shl i64 %cc.addr.0319, 10
  %153 = sub i64 %125, %152
  %scevgep345 = getelementptr i8, ptr %hs, i64 %153
  %154 = xor i64 %cc.addr.0319, -1
  %ci = add nsw i64 %nc, %154
  %t0 = shl nsw i64 %ci, 5
  %155 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(1024) %work, ptr noundef nonnull align 4 dereferenceable(1024) %scevgep345, i64 1024, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %155, i64 32)
  %156 = icmp sgt i64 %155, 0
  br i1 %156, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %157 = mul i64 %19, %cc.addr.0319
  %158 = getelementptr i8, ptr %133, i64 %157
  %xtraiter = and i64 %smax, 7
  %159 = icmp slt i64 %indvars.iv, 8
  br i1 %159, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

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
  %290 = shl nsw i64 %ci, 6
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
  %indvars.iv.next = add i64 %indvars.iv, 32
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
