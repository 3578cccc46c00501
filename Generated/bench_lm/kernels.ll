; ---- dp_fwd_h2_k64_v64_c32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h2_k64_v64_c32_nogate'
source_filename = "dp_fwd_h2_k64_v64_c32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h2_k64_v64_c32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %A = getelementptr inbounds i8, ptr %work, i64 81920
  %KT = getelementptr inbounds i8, ptr %work, i64 32768
  %Kc = getelementptr inbounds i8, ptr %work, i64 16384
  %Oc = getelementptr inbounds i8, ptr %work, i64 114688
  %P = getelementptr inbounds i8, ptr %work, i64 106496
  %Qc = getelementptr inbounds i8, ptr %work, i64 98304
  %X = getelementptr inbounds i8, ptr %work, i64 49152
  %bet = getelementptr inbounds i8, ptr %work, i64 127232
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = mul i64 %nc, %bh0
  %5 = shl i64 %nc, 14
  %6 = shl i64 %H, 13
  %7 = shl i64 %H, 8
  %smax540 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %invariant.gep759 = getelementptr i8, ptr %work, i64 98304
  %invariant.gep761 = getelementptr i8, ptr %work, i64 16384
  %invariant.gep763 = getelementptr i8, ptr %work, i64 49152
  %invariant.gep765 = getelementptr i8, ptr %work, i64 16640
  %invariant.gep767 = getelementptr i8, ptr %work, i64 49664
  %9 = getelementptr inbounds i8, ptr %work, i64 33024
  %10 = getelementptr inbounds i8, ptr %work, i64 33280
  %11 = getelementptr inbounds i8, ptr %work, i64 33536
  %12 = getelementptr inbounds i8, ptr %work, i64 33792
  %13 = getelementptr inbounds i8, ptr %work, i64 34048
  %14 = getelementptr inbounds i8, ptr %work, i64 34304
  %15 = getelementptr inbounds i8, ptr %work, i64 34560
  %16 = getelementptr inbounds i8, ptr %work, i64 34816
  %17 = getelementptr inbounds i8, ptr %work, i64 35072
  %18 = getelementptr inbounds i8, ptr %work, i64 35328
  %19 = getelementptr inbounds i8, ptr %work, i64 35584
  %20 = getelementptr inbounds i8, ptr %work, i64 35840
  %21 = getelementptr inbounds i8, ptr %work, i64 36096
  %22 = getelementptr inbounds i8, ptr %work, i64 36352
  %23 = getelementptr inbounds i8, ptr %work, i64 36608
  %24 = getelementptr inbounds i8, ptr %work, i64 36864
  %25 = getelementptr inbounds i8, ptr %work, i64 37120
  %26 = getelementptr inbounds i8, ptr %work, i64 37376
  %27 = getelementptr inbounds i8, ptr %work, i64 37632
  %28 = getelementptr inbounds i8, ptr %work, i64 37888
  %29 = getelementptr inbounds i8, ptr %work, i64 38144
  %30 = getelementptr inbounds i8, ptr %work, i64 38400
  %31 = getelementptr inbounds i8, ptr %work, i64 38656
  %32 = getelementptr inbounds i8, ptr %work, i64 38912
  %33 = getelementptr inbounds i8, ptr %work, i64 39168
  %34 = getelementptr inbounds i8, ptr %work, i64 39424
  %35 = getelementptr inbounds i8, ptr %work, i64 39680
  %36 = getelementptr inbounds i8, ptr %work, i64 39936
  %37 = getelementptr inbounds i8, ptr %work, i64 40192
  %38 = getelementptr inbounds i8, ptr %work, i64 40448
  %39 = getelementptr inbounds i8, ptr %work, i64 40704
  %40 = getelementptr inbounds i8, ptr %work, i64 40960
  %41 = getelementptr inbounds i8, ptr %work, i64 41216
  %42 = getelementptr inbounds i8, ptr %work, i64 41472
  %43 = getelementptr inbounds i8, ptr %work, i64 41728
  %44 = getelementptr inbounds i8, ptr %work, i64 41984
  %45 = getelementptr inbounds i8, ptr %work, i64 42240
  %46 = getelementptr inbounds i8, ptr %work, i64 42496
  %47 = getelementptr inbounds i8, ptr %work, i64 42752
  %48 = getelementptr inbounds i8, ptr %work, i64 43008
  %49 = getelementptr inbounds i8, ptr %work, i64 43264
  %50 = getelementptr inbounds i8, ptr %work, i64 43520
  %51 = getelementptr inbounds i8, ptr %work, i64 43776
  %52 = getelementptr inbounds i8, ptr %work, i64 44032
  %53 = getelementptr inbounds i8, ptr %work, i64 44288
  %54 = getelementptr inbounds i8, ptr %work, i64 44544
  %55 = getelementptr inbounds i8, ptr %work, i64 44800
  %56 = getelementptr inbounds i8, ptr %work, i64 45056
  %57 = getelementptr inbounds i8, ptr %work, i64 45312
  %58 = getelementptr inbounds i8, ptr %work, i64 45568
  %59 = getelementptr inbounds i8, ptr %work, i64 45824
  %60 = getelementptr inbounds i8, ptr %work, i64 46080
  %61 = getelementptr inbounds i8, ptr %work, i64 46336
  %62 = getelementptr inbounds i8, ptr %work, i64 46592
  %63 = getelementptr inbounds i8, ptr %work, i64 46848
  %64 = getelementptr inbounds i8, ptr %work, i64 47104
  %65 = getelementptr inbounds i8, ptr %work, i64 47360
  %66 = getelementptr inbounds i8, ptr %work, i64 47616
  %67 = getelementptr inbounds i8, ptr %work, i64 47872
  %68 = getelementptr inbounds i8, ptr %work, i64 48128
  %69 = getelementptr inbounds i8, ptr %work, i64 48384
  %70 = getelementptr inbounds i8, ptr %work, i64 48640
  %71 = getelementptr inbounds i8, ptr %work, i64 48896
  %72 = getelementptr inbounds i8, ptr %work, i64 98336
  %73 = getelementptr inbounds i8, ptr %work, i64 98368
  %74 = getelementptr inbounds i8, ptr %work, i64 98400
  %75 = getelementptr inbounds i8, ptr %work, i64 98432
  %76 = getelementptr inbounds i8, ptr %work, i64 98464
  %77 = getelementptr inbounds i8, ptr %work, i64 98496
  %78 = getelementptr inbounds i8, ptr %work, i64 98528
  %79 = getelementptr inbounds i8, ptr %work, i64 16416
  %80 = getelementptr inbounds i8, ptr %work, i64 49184
  %81 = getelementptr inbounds i8, ptr %work, i64 16448
  %82 = getelementptr inbounds i8, ptr %work, i64 49216
  %83 = getelementptr inbounds i8, ptr %work, i64 16480
  %84 = getelementptr inbounds i8, ptr %work, i64 49248
  %85 = getelementptr inbounds i8, ptr %work, i64 16512
  %86 = getelementptr inbounds i8, ptr %work, i64 49280
  %87 = getelementptr inbounds i8, ptr %work, i64 16544
  %88 = getelementptr inbounds i8, ptr %work, i64 49312
  %89 = getelementptr inbounds i8, ptr %work, i64 16576
  %90 = getelementptr inbounds i8, ptr %work, i64 49344
  %91 = getelementptr inbounds i8, ptr %work, i64 16608
  %92 = getelementptr inbounds i8, ptr %work, i64 49376
  %invariant.gep773 = getelementptr i8, ptr %work, i64 114688
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0434 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %93 = add i64 %indvar, %bh0
  %94 = shl i64 %93, 14
  %scevgep544 = getelementptr i8, ptr %hT, i64 %94
  %scevgep514 = getelementptr i8, ptr %h0, i64 %94
  %b = sdiv i64 %bh.addr.0434, %H
  %h = srem i64 %bh.addr.0434, %H
  %95 = mul i64 %b, %T
  %96 = mul i64 %95, %H
  %bT = add i64 %96, %h
  %97 = mul i64 %1, %95
  %bTn = add nsw i64 %97, %h
  %98 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %98
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep514, i64 16384, i1 false)
  %qh.idx = shl nsw i64 %bT, 8
  %qh = getelementptr inbounds i8, ptr %q, i64 %qh.idx
  %vh = getelementptr inbounds float, ptr %v, i64 %98
  br i1 %3, label %i1.head.preheader.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %99 = mul i64 %5, %indvar
  %100 = shl i64 %bT, 8
  %invariant.gep775 = getelementptr i8, ptr %hs, i64 %99
  %101 = getelementptr i8, ptr %qh, i64 32
  %102 = getelementptr i8, ptr %qh, i64 64
  %103 = getelementptr i8, ptr %qh, i64 96
  %104 = getelementptr i8, ptr %qh, i64 128
  %105 = getelementptr i8, ptr %qh, i64 160
  %106 = getelementptr i8, ptr %qh, i64 192
  %107 = getelementptr i8, ptr %qh, i64 224
  %108 = getelementptr i8, ptr %kh, i64 32
  %109 = getelementptr i8, ptr %kh, i64 64
  %110 = getelementptr i8, ptr %kh, i64 96
  %111 = getelementptr i8, ptr %kh, i64 128
  %112 = getelementptr i8, ptr %kh, i64 160
  %113 = getelementptr i8, ptr %kh, i64 192
  %114 = getelementptr i8, ptr %kh, i64 224
  %115 = getelementptr i8, ptr %vh, i64 32
  %116 = getelementptr i8, ptr %vh, i64 64
  %117 = getelementptr i8, ptr %vh, i64 96
  %118 = getelementptr i8, ptr %vh, i64 128
  %119 = getelementptr i8, ptr %vh, i64 160
  %120 = getelementptr i8, ptr %vh, i64 192
  %121 = getelementptr i8, ptr %vh, i64 224
  %122 = getelementptr i8, ptr %o, i64 %100
  br label %i1.head.preheader

i24.head.preheader:                               ; preds = %i23.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep544, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %bh.next = add nsw i64 %bh.addr.0434, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond545.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond545.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %i23.exit
  %indvars.iv = phi i64 [ %T, %i1.head.preheader.lr.ph ], [ %indvars.iv.next, %i23.exit ]
  %ci.addr.0431 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %i23.exit ]
  %smin1322 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax1323 = tail call i64 @llvm.smax.i64(i64 %smin1322, i64 1)
  %123 = mul i64 %6, %ci.addr.0431
  %124 = add i64 %4, %ci.addr.0431
  %125 = shl i64 %124, 14
  %gep776 = getelementptr i8, ptr %invariant.gep775, i64 %125
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %gep776, ptr noundef nonnull align 4 dereferenceable(16384) %work, i64 16384, i1 false)
  %t0 = shl nsw i64 %ci.addr.0431, 5
  %126 = sub nsw i64 %T, %t0
  br label %t.body

t.body:                                           ; preds = %i1.head.preheader, %endif
  %t.addr.0347 = phi i64 [ 0, %i1.head.preheader ], [ %t.next, %endif ]
  %127 = shl nsw i64 %t.addr.0347, 10
  %128 = shl nsw i64 %t.addr.0347, 9
  %129 = shl nsw i64 %t.addr.0347, 8
  %130 = icmp sgt i64 %126, %t.addr.0347
  br i1 %130, label %j2.head.preheader, label %j5.head.preheader

j5.head.preheader:                                ; preds = %t.body
  %gep760 = getelementptr i8, ptr %invariant.gep759, i64 %129
  %gep762 = getelementptr i8, ptr %invariant.gep761, i64 %128
  %gep764 = getelementptr i8, ptr %invariant.gep763, i64 %127
  %gep766 = getelementptr i8, ptr %invariant.gep765, i64 %128
  %gep768 = getelementptr i8, ptr %invariant.gep767, i64 %127
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep760, i8 0, i64 256, i1 false)
  %i8 = shl nuw nsw i64 %t.addr.0347, 1
  %131 = getelementptr inbounds float, ptr %bet, i64 %i8
  store float 0.000000e+00, ptr %131, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep762, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %gep764, i8 0, i64 512, i1 false)
  %132 = getelementptr inbounds float, ptr %KT, i64 %i8
  store float 0.000000e+00, ptr %132, align 4
  %133 = getelementptr inbounds float, ptr %9, i64 %i8
  store float 0.000000e+00, ptr %133, align 4
  %134 = getelementptr inbounds float, ptr %10, i64 %i8
  store float 0.000000e+00, ptr %134, align 4
  %135 = getelementptr inbounds float, ptr %11, i64 %i8
  store float 0.000000e+00, ptr %135, align 4
  %136 = getelementptr inbounds float, ptr %12, i64 %i8
  store float 0.000000e+00, ptr %136, align 4
  %137 = getelementptr inbounds float, ptr %13, i64 %i8
  store float 0.000000e+00, ptr %137, align 4
  %138 = getelementptr inbounds float, ptr %14, i64 %i8
  store float 0.000000e+00, ptr %138, align 4
  %139 = getelementptr inbounds float, ptr %15, i64 %i8
  store float 0.000000e+00, ptr %139, align 4
  %140 = getelementptr inbounds float, ptr %16, i64 %i8
  store float 0.000000e+00, ptr %140, align 4
  %141 = getelementptr inbounds float, ptr %17, i64 %i8
  store float 0.000000e+00, ptr %141, align 4
  %142 = getelementptr inbounds float, ptr %18, i64 %i8
  store float 0.000000e+00, ptr %142, align 4
  %143 = getelementptr inbounds float, ptr %19, i64 %i8
  store float 0.000000e+00, ptr %143, align 4
  %144 = getelementptr inbounds float, ptr %20, i64 %i8
  store float 0.000000e+00, ptr %144, align 4
  %145 = getelementptr inbounds float, ptr %21, i64 %i8
  store float 0.000000e+00, ptr %145, align 4
  %146 = getelementptr inbounds float, ptr %22, i64 %i8
  store float 0.000000e+00, ptr %146, align 4
  %147 = getelementptr inbounds float, ptr %23, i64 %i8
  store float 0.000000e+00, ptr %147, align 4
  %148 = getelementptr inbounds float, ptr %24, i64 %i8
  store float 0.000000e+00, ptr %148, align 4
  %149 = getelementptr inbounds float, ptr %25, i64 %i8
  store float 0.000000e+00, ptr %149, align 4
  %150 = getelementptr inbounds float, ptr %26, i64 %i8
  store float 0.000000e+00, ptr %150, align 4
  %151 = getelementptr inbounds float, ptr %27, i64 %i8
  store float 0.000000e+00, ptr %151, align 4
  %152 = getelementptr inbounds float, ptr %28, i64 %i8
  store float 0.000000e+00, ptr %152, align 4
  %153 = getelementptr inbounds float, ptr %29, i64 %i8
  store float 0.000000e+00, ptr %153, align 4
  %154 = getelementptr inbounds float, ptr %30, i64 %i8
  store float 0.000000e+00, ptr %154, align 4
  %155 = getelementptr inbounds float, ptr %31, i64 %i8
  store float 0.000000e+00, ptr %155, align 4
  %156 = getelementptr inbounds float, ptr %32, i64 %i8
  store float 0.000000e+00, ptr %156, align 4
  %157 = getelementptr inbounds float, ptr %33, i64 %i8
  store float 0.000000e+00, ptr %157, align 4
  %158 = getelementptr inbounds float, ptr %34, i64 %i8
  store float 0.000000e+00, ptr %158, align 4
  %159 = getelementptr inbounds float, ptr %35, i64 %i8
  store float 0.000000e+00, ptr %159, align 4
  %160 = getelementptr inbounds float, ptr %36, i64 %i8
  store float 0.000000e+00, ptr %160, align 4
  %161 = getelementptr inbounds float, ptr %37, i64 %i8
  store float 0.000000e+00, ptr %161, align 4
  %162 = getelementptr inbounds float, ptr %38, i64 %i8
  store float 0.000000e+00, ptr %162, align 4
  %163 = getelementptr inbounds float, ptr %39, i64 %i8
  store float 0.000000e+00, ptr %163, align 4
  %164 = getelementptr inbounds float, ptr %40, i64 %i8
  store float 0.000000e+00, ptr %164, align 4
  %165 = getelementptr inbounds float, ptr %41, i64 %i8
  store float 0.000000e+00, ptr %165, align 4
  %166 = getelementptr inbounds float, ptr %42, i64 %i8
  store float 0.000000e+00, ptr %166, align 4
  %167 = getelementptr inbounds float, ptr %43, i64 %i8
  store float 0.000000e+00, ptr %167, align 4
  %168 = getelementptr inbounds float, ptr %44, i64 %i8
  store float 0.000000e+00, ptr %168, align 4
  %169 = getelementptr inbounds float, ptr %45, i64 %i8
  store float 0.000000e+00, ptr %169, align 4
  %170 = getelementptr inbounds float, ptr %46, i64 %i8
  store float 0.000000e+00, ptr %170, align 4
  %171 = getelementptr inbounds float, ptr %47, i64 %i8
  store float 0.000000e+00, ptr %171, align 4
  %172 = getelementptr inbounds float, ptr %48, i64 %i8
  store float 0.000000e+00, ptr %172, align 4
  %173 = getelementptr inbounds float, ptr %49, i64 %i8
  store float 0.000000e+00, ptr %173, align 4
  %174 = getelementptr inbounds float, ptr %50, i64 %i8
  store float 0.000000e+00, ptr %174, align 4
  %175 = getelementptr inbounds float, ptr %51, i64 %i8
  store float 0.000000e+00, ptr %175, align 4
  %176 = getelementptr inbounds float, ptr %52, i64 %i8
  store float 0.000000e+00, ptr %176, align 4
  %177 = getelementptr inbounds float, ptr %53, i64 %i8
  store float 0.000000e+00, ptr %177, align 4
  %178 = getelementptr inbounds float, ptr %54, i64 %i8
  store float 0.000000e+00, ptr %178, align 4
  %179 = getelementptr inbounds float, ptr %55, i64 %i8
  store float 0.000000e+00, ptr %179, align 4
  %180 = getelementptr inbounds float, ptr %56, i64 %i8
  store float 0.000000e+00, ptr %180, align 4
  %181 = getelementptr inbounds float, ptr %57, i64 %i8
  store float 0.000000e+00, ptr %181, align 4
  %182 = getelementptr inbounds float, ptr %58, i64 %i8
  store float 0.000000e+00, ptr %182, align 4
  %183 = getelementptr inbounds float, ptr %59, i64 %i8
  store float 0.000000e+00, ptr %183, align 4
  %184 = getelementptr inbounds float, ptr %60, i64 %i8
  store float 0.000000e+00, ptr %184, align 4
  %185 = getelementptr inbounds float, ptr %61, i64 %i8
  store float 0.000000e+00, ptr %185, align 4
  %186 = getelementptr inbounds float, ptr %62, i64 %i8
  store float 0.000000e+00, ptr %186, align 4
  %187 = getelementptr inbounds float, ptr %63, i64 %i8
  store float 0.000000e+00, ptr %187, align 4
  %188 = getelementptr inbounds float, ptr %64, i64 %i8
  store float 0.000000e+00, ptr %188, align 4
  %189 = getelementptr inbounds float, ptr %65, i64 %i8
  store float 0.000000e+00, ptr %189, align 4
  %190 = getelementptr inbounds float, ptr %66, i64 %i8
  store float 0.000000e+00, ptr %190, align 4
  %191 = getelementptr inbounds float, ptr %67, i64 %i8
  store float 0.000000e+00, ptr %191, align 4
  %192 = getelementptr inbounds float, ptr %68, i64 %i8
  store float 0.000000e+00, ptr %192, align 4
  %193 = getelementptr inbounds float, ptr %69, i64 %i8
  store float 0.000000e+00, ptr %193, align 4
  %194 = getelementptr inbounds float, ptr %70, i64 %i8
  store float 0.000000e+00, ptr %194, align 4
  %195 = getelementptr inbounds float, ptr %71, i64 %i8
  store float 0.000000e+00, ptr %195, align 4
  %i11 = or disjoint i64 %i8, 1
  %196 = getelementptr inbounds float, ptr %bet, i64 %i11
  store float 0.000000e+00, ptr %196, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep766, i8 0, i64 256, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(512) %gep768, i8 0, i64 512, i1 false)
  %197 = getelementptr inbounds float, ptr %KT, i64 %i11
  store float 0.000000e+00, ptr %197, align 4
  %198 = getelementptr inbounds float, ptr %9, i64 %i11
  store float 0.000000e+00, ptr %198, align 4
  %199 = getelementptr inbounds float, ptr %10, i64 %i11
  store float 0.000000e+00, ptr %199, align 4
  %200 = getelementptr inbounds float, ptr %11, i64 %i11
  store float 0.000000e+00, ptr %200, align 4
  %201 = getelementptr inbounds float, ptr %12, i64 %i11
  store float 0.000000e+00, ptr %201, align 4
  %202 = getelementptr inbounds float, ptr %13, i64 %i11
  store float 0.000000e+00, ptr %202, align 4
  %203 = getelementptr inbounds float, ptr %14, i64 %i11
  store float 0.000000e+00, ptr %203, align 4
  %204 = getelementptr inbounds float, ptr %15, i64 %i11
  store float 0.000000e+00, ptr %204, align 4
  %205 = getelementptr inbounds float, ptr %16, i64 %i11
  store float 0.000000e+00, ptr %205, align 4
  %206 = getelementptr inbounds float, ptr %17, i64 %i11
  store float 0.000000e+00, ptr %206, align 4
  %207 = getelementptr inbounds float, ptr %18, i64 %i11
  store float 0.000000e+00, ptr %207, align 4
  %208 = getelementptr inbounds float, ptr %19, i64 %i11
  store float 0.000000e+00, ptr %208, align 4
  %209 = getelementptr inbounds float, ptr %20, i64 %i11
  store float 0.000000e+00, ptr %209, align 4
  %210 = getelementptr inbounds float, ptr %21, i64 %i11
  store float 0.000000e+00, ptr %210, align 4
  %211 = getelementptr inbounds float, ptr %22, i64 %i11
  store float 0.000000e+00, ptr %211, align 4
  %212 = getelementptr inbounds float, ptr %23, i64 %i11
  store float 0.000000e+00, ptr %212, align 4
  %213 = getelementptr inbounds float, ptr %24, i64 %i11
  store float 0.000000e+00, ptr %213, align 4
  %214 = getelementptr inbounds float, ptr %25, i64 %i11
  store float 0.000000e+00, ptr %214, align 4
  %215 = getelementptr inbounds float, ptr %26, i64 %i11
  store float 0.000000e+00, ptr %215, align 4
  %216 = getelementptr inbounds float, ptr %27, i64 %i11
  store float 0.000000e+00, ptr %216, align 4
  %217 = getelementptr inbounds float, ptr %28, i64 %i11
  store float 0.000000e+00, ptr %217, align 4
  %218 = getelementptr inbounds float, ptr %29, i64 %i11
  store float 0.000000e+00, ptr %218, align 4
  %219 = getelementptr inbounds float, ptr %30, i64 %i11
  store float 0.000000e+00, ptr %219, align 4
  %220 = getelementptr inbounds float, ptr %31, i64 %i11
  store float 0.000000e+00, ptr %220, align 4
  %221 = getelementptr inbounds float, ptr %32, i64 %i11
  store float 0.000000e+00, ptr %221, align 4
  %222 = getelementptr inbounds float, ptr %33, i64 %i11
  store float 0.000000e+00, ptr %222, align 4
  %223 = getelementptr inbounds float, ptr %34, i64 %i11
  store float 0.000000e+00, ptr %223, align 4
  %224 = getelementptr inbounds float, ptr %35, i64 %i11
  store float 0.000000e+00, ptr %224, align 4
  %225 = getelementptr inbounds float, ptr %36, i64 %i11
  store float 0.000000e+00, ptr %225, align 4
  %226 = getelementptr inbounds float, ptr %37, i64 %i11
  store float 0.000000e+00, ptr %226, align 4
  %227 = getelementptr inbounds float, ptr %38, i64 %i11
  store float 0.000000e+00, ptr %227, align 4
  %228 = getelementptr inbounds float, ptr %39, i64 %i11
  store float 0.000000e+00, ptr %228, align 4
  %229 = getelementptr inbounds float, ptr %40, i64 %i11
  store float 0.000000e+00, ptr %229, align 4
  %230 = getelementptr inbounds float, ptr %41, i64 %i11
  store float 0.000000e+00, ptr %230, align 4
  %231 = getelementptr inbounds float, ptr %42, i64 %i11
  store float 0.000000e+00, ptr %231, align 4
  %232 = getelementptr inbounds float, ptr %43, i64 %i11
  store float 0.000000e+00, ptr %232, align 4
  %233 = getelementptr inbounds float, ptr %44, i64 %i11
  store float 0.000000e+00, ptr %233, align 4
  %234 = getelementptr inbounds float, ptr %45, i64 %i11
  store float 0.000000e+00, ptr %234, align 4
  %235 = getelementptr inbounds float, ptr %46, i64 %i11
  store float 0.000000e+00, ptr %235, align 4
  %236 = getelementptr inbounds float, ptr %47, i64 %i11
  store float 0.000000e+00, ptr %236, align 4
  %237 = getelementptr inbounds float, ptr %48, i64 %i11
  store float 0.000000e+00, ptr %237, align 4
  %238 = getelementptr inbounds float, ptr %49, i64 %i11
  store float 0.000000e+00, ptr %238, align 4
  %239 = getelementptr inbounds float, ptr %50, i64 %i11
  store float 0.000000e+00, ptr %239, align 4
  %240 = getelementptr inbounds float, ptr %51, i64 %i11
  store float 0.000000e+00, ptr %240, align 4
  %241 = getelementptr inbounds float, ptr %52, i64 %i11
  store float 0.000000e+00, ptr %241, align 4
  %242 = getelementptr inbounds float, ptr %53, i64 %i11
  store float 0.000000e+00, ptr %242, align 4
  %243 = getelementptr inbounds float, ptr %54, i64 %i11
  store float 0.000000e+00, ptr %243, align 4
  %244 = getelementptr inbounds float, ptr %55, i64 %i11
  store float 0.000000e+00, ptr %244, align 4
  %245 = getelementptr inbounds float, ptr %56, i64 %i11
  store float 0.000000e+00, ptr %245, align 4
  %246 = getelementptr inbounds float, ptr %57, i64 %i11
  store float 0.000000e+00, ptr %246, align 4
  %247 = getelementptr inbounds float, ptr %58, i64 %i11
  store float 0.000000e+00, ptr %247, align 4
  %248 = getelementptr inbounds float, ptr %59, i64 %i11
  store float 0.000000e+00, ptr %248, align 4
  %249 = getelementptr inbounds float, ptr %60, i64 %i11
  store float 0.000000e+00, ptr %249, align 4
  %250 = getelementptr inbounds float, ptr %61, i64 %i11
  store float 0.000000e+00, ptr %250, align 4
  %251 = getelementptr inbounds float, ptr %62, i64 %i11
  store float 0.000000e+00, ptr %251, align 4
  %252 = getelementptr inbounds float, ptr %63, i64 %i11
  store float 0.000000e+00, ptr %252, align 4
  %253 = getelementptr inbounds float, ptr %64, i64 %i11
  store float 0.000000e+00, ptr %253, align 4
  %254 = getelementptr inbounds float, ptr %65, i64 %i11
  store float 0.000000e+00, ptr %254, align 4
  %255 = getelementptr inbounds float, ptr %66, i64 %i11
  store float 0.000000e+00, ptr %255, align 4
  %256 = getelementptr inbounds float, ptr %67, i64 %i11
  store float 0.000000e+00, ptr %256, align 4
  %257 = getelementptr inbounds float, ptr %68, i64 %i11
  store float 0.000000e+00, ptr %257, align 4
  %258 = getelementptr inbounds float, ptr %69, i64 %i11
  store float 0.000000e+00, ptr %258, align 4
  %259 = getelementptr inbounds float, ptr %70, i64 %i11
  store float 0.000000e+00, ptr %259, align 4
  %260 = getelementptr inbounds float, ptr %71, i64 %i11
  store float 0.000000e+00, ptr %260, align 4
  br label %endif

j2.head.preheader:                                ; preds = %t.body
  %261 = add nuw nsw i64 %t.addr.0347, %t0
  %262 = mul nsw i64 %261, %sq
  %263 = getelementptr float, ptr %qh, i64 %262
  %264 = load <8 x float>, ptr %263, align 4
  %265 = fmul <8 x float> %264, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %266 = getelementptr inbounds i8, ptr %Qc, i64 %129
  store <8 x float> %265, ptr %266, align 4
  %267 = getelementptr float, ptr %101, i64 %262
  %268 = load <8 x float>, ptr %267, align 4
  %269 = fmul <8 x float> %268, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %270 = getelementptr inbounds i8, ptr %72, i64 %129
  store <8 x float> %269, ptr %270, align 4
  %271 = getelementptr float, ptr %102, i64 %262
  %272 = load <8 x float>, ptr %271, align 4
  %273 = fmul <8 x float> %272, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %274 = getelementptr inbounds i8, ptr %73, i64 %129
  store <8 x float> %273, ptr %274, align 4
  %275 = getelementptr float, ptr %103, i64 %262
  %276 = load <8 x float>, ptr %275, align 4
  %277 = fmul <8 x float> %276, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %278 = getelementptr inbounds i8, ptr %74, i64 %129
  store <8 x float> %277, ptr %278, align 4
  %279 = getelementptr float, ptr %104, i64 %262
  %280 = load <8 x float>, ptr %279, align 4
  %281 = fmul <8 x float> %280, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %282 = getelementptr inbounds i8, ptr %75, i64 %129
  store <8 x float> %281, ptr %282, align 4
  %283 = getelementptr float, ptr %105, i64 %262
  %284 = load <8 x float>, ptr %283, align 4
  %285 = fmul <8 x float> %284, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %286 = getelementptr inbounds i8, ptr %76, i64 %129
  store <8 x float> %285, ptr %286, align 4
  %287 = getelementptr float, ptr %106, i64 %262
  %288 = load <8 x float>, ptr %287, align 4
  %289 = fmul <8 x float> %288, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %290 = getelementptr inbounds i8, ptr %77, i64 %129
  store <8 x float> %289, ptr %290, align 4
  %291 = getelementptr float, ptr %107, i64 %262
  %292 = load <8 x float>, ptr %291, align 4
  %293 = fmul <8 x float> %292, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %294 = getelementptr inbounds i8, ptr %78, i64 %129
  store <8 x float> %293, ptr %294, align 4
  %i3 = shl nuw nsw i64 %t.addr.0347, 1
  %295 = or disjoint i64 %t.addr.0347, %t0
  %tau = shl nuw nsw i64 %295, 1
  %296 = mul nsw i64 %tau, %H
  %297 = getelementptr inbounds float, ptr %betah, i64 %296
  %298 = load float, ptr %297, align 4
  %299 = getelementptr inbounds float, ptr %bet, i64 %i3
  store float %298, ptr %299, align 4
  %300 = mul nsw i64 %tau, %sq
  %301 = insertelement <8 x float> poison, float %298, i64 0
  %302 = shufflevector <8 x float> %301, <8 x float> poison, <8 x i32> zeroinitializer
  %303 = getelementptr float, ptr %kh, i64 %300
  %304 = load <8 x float>, ptr %303, align 4
  %305 = getelementptr inbounds i8, ptr %Kc, i64 %128
  store <8 x float> %304, ptr %305, align 4
  %306 = fmul <8 x float> %302, %304
  %307 = getelementptr inbounds i8, ptr %X, i64 %127
  store <8 x float> %306, ptr %307, align 4
  %308 = getelementptr float, ptr %108, i64 %300
  %309 = load <8 x float>, ptr %308, align 4
  %310 = getelementptr inbounds i8, ptr %79, i64 %128
  store <8 x float> %309, ptr %310, align 4
  %311 = fmul <8 x float> %302, %309
  %312 = getelementptr inbounds i8, ptr %80, i64 %127
  store <8 x float> %311, ptr %312, align 4
  %313 = getelementptr float, ptr %109, i64 %300
  %314 = load <8 x float>, ptr %313, align 4
  %315 = getelementptr inbounds i8, ptr %81, i64 %128
  store <8 x float> %314, ptr %315, align 4
  %316 = fmul <8 x float> %302, %314
  %317 = getelementptr inbounds i8, ptr %82, i64 %127
  store <8 x float> %316, ptr %317, align 4
  %318 = getelementptr float, ptr %110, i64 %300
  %319 = load <8 x float>, ptr %318, align 4
  %320 = getelementptr inbounds i8, ptr %83, i64 %128
  store <8 x float> %319, ptr %320, align 4
  %321 = fmul <8 x float> %302, %319
  %322 = getelementptr inbounds i8, ptr %84, i64 %127
  store <8 x float> %321, ptr %322, align 4
  %323 = getelementptr float, ptr %111, i64 %300
  %324 = load <8 x float>, ptr %323, align 4
  %325 = getelementptr inbounds i8, ptr %85, i64 %128
  store <8 x float> %324, ptr %325, align 4
  %326 = fmul <8 x float> %302, %324
  %327 = getelementptr inbounds i8, ptr %86, i64 %127
  store <8 x float> %326, ptr %327, align 4
  %328 = getelementptr float, ptr %112, i64 %300
  %329 = load <8 x float>, ptr %328, align 4
  %330 = getelementptr inbounds i8, ptr %87, i64 %128
  store <8 x float> %329, ptr %330, align 4
  %331 = fmul <8 x float> %302, %329
  %332 = getelementptr inbounds i8, ptr %88, i64 %127
  store <8 x float> %331, ptr %332, align 4
  %333 = getelementptr float, ptr %113, i64 %300
  %334 = load <8 x float>, ptr %333, align 4
  %335 = getelementptr inbounds i8, ptr %89, i64 %128
  store <8 x float> %334, ptr %335, align 4
  %336 = fmul <8 x float> %302, %334
  %337 = getelementptr inbounds i8, ptr %90, i64 %127
  store <8 x float> %336, ptr %337, align 4
  %338 = getelementptr float, ptr %114, i64 %300
  %339 = load <8 x float>, ptr %338, align 4
  %340 = getelementptr inbounds i8, ptr %91, i64 %128
  store <8 x float> %339, ptr %340, align 4
  %341 = fmul <8 x float> %302, %339
  %342 = getelementptr inbounds i8, ptr %92, i64 %127
  store <8 x float> %341, ptr %342, align 4
  %invariant.gep753 = getelementptr inbounds float, ptr %KT, i64 %i3
  %invariant.gep = getelementptr float, ptr %kh, i64 %300
  %wide.load1025 = load <8 x float>, ptr %invariant.gep, align 4
  %343 = getelementptr inbounds i8, ptr %invariant.gep753, i64 256
  %344 = getelementptr inbounds i8, ptr %invariant.gep753, i64 512
  %345 = getelementptr inbounds i8, ptr %invariant.gep753, i64 768
  %346 = getelementptr inbounds i8, ptr %invariant.gep753, i64 1024
  %347 = getelementptr inbounds i8, ptr %invariant.gep753, i64 1280
  %348 = getelementptr inbounds i8, ptr %invariant.gep753, i64 1536
  %349 = getelementptr inbounds i8, ptr %invariant.gep753, i64 1792
  %350 = extractelement <8 x float> %wide.load1025, i64 0
  store float %350, ptr %invariant.gep753, align 4
  %351 = extractelement <8 x float> %wide.load1025, i64 1
  store float %351, ptr %343, align 4
  %352 = extractelement <8 x float> %wide.load1025, i64 2
  store float %352, ptr %344, align 4
  %353 = extractelement <8 x float> %wide.load1025, i64 3
  store float %353, ptr %345, align 4
  %354 = extractelement <8 x float> %wide.load1025, i64 4
  store float %354, ptr %346, align 4
  %355 = extractelement <8 x float> %wide.load1025, i64 5
  store float %355, ptr %347, align 4
  %356 = extractelement <8 x float> %wide.load1025, i64 6
  store float %356, ptr %348, align 4
  %357 = extractelement <8 x float> %wide.load1025, i64 7
  store float %357, ptr %349, align 4
  %358 = getelementptr i8, ptr %invariant.gep, i64 32
  %wide.load1025.1 = load <8 x float>, ptr %358, align 4
  %359 = getelementptr inbounds i8, ptr %invariant.gep753, i64 2048
  %360 = getelementptr inbounds i8, ptr %invariant.gep753, i64 2304
  %361 = getelementptr inbounds i8, ptr %invariant.gep753, i64 2560
  %362 = getelementptr inbounds i8, ptr %invariant.gep753, i64 2816
  %363 = getelementptr inbounds i8, ptr %invariant.gep753, i64 3072
  %364 = getelementptr inbounds i8, ptr %invariant.gep753, i64 3328
  %365 = getelementptr inbounds i8, ptr %invariant.gep753, i64 3584
  %366 = getelementptr inbounds i8, ptr %invariant.gep753, i64 3840
  %367 = extractelement <8 x float> %wide.load1025.1, i64 0
  store float %367, ptr %359, align 4
  %368 = extractelement <8 x float> %wide.load1025.1, i64 1
  store float %368, ptr %360, align 4
  %369 = extractelement <8 x float> %wide.load1025.1, i64 2
  store float %369, ptr %361, align 4
  %370 = extractelement <8 x float> %wide.load1025.1, i64 3
  store float %370, ptr %362, align 4
  %371 = extractelement <8 x float> %wide.load1025.1, i64 4
  store float %371, ptr %363, align 4
  %372 = extractelement <8 x float> %wide.load1025.1, i64 5
  store float %372, ptr %364, align 4
  %373 = extractelement <8 x float> %wide.load1025.1, i64 6
  store float %373, ptr %365, align 4
  %374 = extractelement <8 x float> %wide.load1025.1, i64 7
  store float %374, ptr %366, align 4
  %375 = getelementptr i8, ptr %invariant.gep, i64 64
  %wide.load1025.2 = load <8 x float>, ptr %375, align 4
  %376 = getelementptr inbounds i8, ptr %invariant.gep753, i64 4096
  %377 = getelementptr inbounds i8, ptr %invariant.gep753, i64 4352
  %378 = getelementptr inbounds i8, ptr %invariant.gep753, i64 4608
  %379 = getelementptr inbounds i8, ptr %invariant.gep753, i64 4864
  %380 = getelementptr inbounds i8, ptr %invariant.gep753, i64 5120
  %381 = getelementptr inbounds i8, ptr %invariant.gep753, i64 5376
  %382 = getelementptr inbounds i8, ptr %invariant.gep753, i64 5632
  %383 = getelementptr inbounds i8, ptr %invariant.gep753, i64 5888
  %384 = extractelement <8 x float> %wide.load1025.2, i64 0
  store float %384, ptr %376, align 4
  %385 = extractelement <8 x float> %wide.load1025.2, i64 1
  store float %385, ptr %377, align 4
  %386 = extractelement <8 x float> %wide.load1025.2, i64 2
  store float %386, ptr %378, align 4
  %387 = extractelement <8 x float> %wide.load1025.2, i64 3
  store float %387, ptr %379, align 4
  %388 = extractelement <8 x float> %wide.load1025.2, i64 4
  store float %388, ptr %380, align 4
  %389 = extractelement <8 x float> %wide.load1025.2, i64 5
  store float %389, ptr %381, align 4
  %390 = extractelement <8 x float> %wide.load1025.2, i64 6
  store float %390, ptr %382, align 4
  %391 = extractelement <8 x float> %wide.load1025.2, i64 7
  store float %391, ptr %383, align 4
  %392 = getelementptr i8, ptr %invariant.gep, i64 96
  %wide.load1025.3 = load <8 x float>, ptr %392, align 4
  %393 = getelementptr inbounds i8, ptr %invariant.gep753, i64 6144
  %394 = getelementptr inbounds i8, ptr %invariant.gep753, i64 6400
  %395 = getelementptr inbounds i8, ptr %invariant.gep753, i64 6656
  %396 = getelementptr inbounds i8, ptr %invariant.gep753, i64 6912
  %397 = getelementptr inbounds i8, ptr %invariant.gep753, i64 7168
  %398 = getelementptr inbounds i8, ptr %invariant.gep753, i64 7424
  %399 = getelementptr inbounds i8, ptr %invariant.gep753, i64 7680
  %400 = getelementptr inbounds i8, ptr %invariant.gep753, i64 7936
  %401 = extractelement <8 x float> %wide.load1025.3, i64 0
  store float %401, ptr %393, align 4
  %402 = extractelement <8 x float> %wide.load1025.3, i64 1
  store float %402, ptr %394, align 4
  %403 = extractelement <8 x float> %wide.load1025.3, i64 2
  store float %403, ptr %395, align 4
  %404 = extractelement <8 x float> %wide.load1025.3, i64 3
  store float %404, ptr %396, align 4
  %405 = extractelement <8 x float> %wide.load1025.3, i64 4
  store float %405, ptr %397, align 4
  %406 = extractelement <8 x float> %wide.load1025.3, i64 5
  store float %406, ptr %398, align 4
  %407 = extractelement <8 x float> %wide.load1025.3, i64 6
  store float %407, ptr %399, align 4
  %408 = extractelement <8 x float> %wide.load1025.3, i64 7
  store float %408, ptr %400, align 4
  %409 = getelementptr i8, ptr %invariant.gep, i64 128
  %wide.load1025.4 = load <8 x float>, ptr %409, align 4
  %410 = getelementptr inbounds i8, ptr %invariant.gep753, i64 8192
  %411 = getelementptr inbounds i8, ptr %invariant.gep753, i64 8448
  %412 = getelementptr inbounds i8, ptr %invariant.gep753, i64 8704
  %413 = getelementptr inbounds i8, ptr %invariant.gep753, i64 8960
  %414 = getelementptr inbounds i8, ptr %invariant.gep753, i64 9216
  %415 = getelementptr inbounds i8, ptr %invariant.gep753, i64 9472
  %416 = getelementptr inbounds i8, ptr %invariant.gep753, i64 9728
  %417 = getelementptr inbounds i8, ptr %invariant.gep753, i64 9984
  %418 = extractelement <8 x float> %wide.load1025.4, i64 0
  store float %418, ptr %410, align 4
  %419 = extractelement <8 x float> %wide.load1025.4, i64 1
  store float %419, ptr %411, align 4
  %420 = extractelement <8 x float> %wide.load1025.4, i64 2
  store float %420, ptr %412, align 4
  %421 = extractelement <8 x float> %wide.load1025.4, i64 3
  store float %421, ptr %413, align 4
  %422 = extractelement <8 x float> %wide.load1025.4, i64 4
  store float %422, ptr %414, align 4
  %423 = extractelement <8 x float> %wide.load1025.4, i64 5
  store float %423, ptr %415, align 4
  %424 = extractelement <8 x float> %wide.load1025.4, i64 6
  store float %424, ptr %416, align 4
  %425 = extractelement <8 x float> %wide.load1025.4, i64 7
  store float %425, ptr %417, align 4
  %426 = getelementptr i8, ptr %invariant.gep, i64 160
  %wide.load1025.5 = load <8 x float>, ptr %426, align 4
  %427 = getelementptr inbounds i8, ptr %invariant.gep753, i64 10240
  %428 = getelementptr inbounds i8, ptr %invariant.gep753, i64 10496
  %429 = getelementptr inbounds i8, ptr %invariant.gep753, i64 10752
  %430 = getelementptr inbounds i8, ptr %invariant.gep753, i64 11008
  %431 = getelementptr inbounds i8, ptr %invariant.gep753, i64 11264
  %432 = getelementptr inbounds i8, ptr %invariant.gep753, i64 11520
  %433 = getelementptr inbounds i8, ptr %invariant.gep753, i64 11776
  %434 = getelementptr inbounds i8, ptr %invariant.gep753, i64 12032
  %435 = extractelement <8 x float> %wide.load1025.5, i64 0
  store float %435, ptr %427, align 4
  %436 = extractelement <8 x float> %wide.load1025.5, i64 1
  store float %436, ptr %428, align 4
  %437 = extractelement <8 x float> %wide.load1025.5, i64 2
  store float %437, ptr %429, align 4
  %438 = extractelement <8 x float> %wide.load1025.5, i64 3
  store float %438, ptr %430, align 4
  %439 = extractelement <8 x float> %wide.load1025.5, i64 4
  store float %439, ptr %431, align 4
  %440 = extractelement <8 x float> %wide.load1025.5, i64 5
  store float %440, ptr %432, align 4
  %441 = extractelement <8 x float> %wide.load1025.5, i64 6
  store float %441, ptr %433, align 4
  %442 = extractelement <8 x float> %wide.load1025.5, i64 7
  store float %442, ptr %434, align 4
  %443 = getelementptr i8, ptr %invariant.gep, i64 192
  %wide.load1025.6 = load <8 x float>, ptr %443, align 4
  %444 = getelementptr inbounds i8, ptr %invariant.gep753, i64 12288
  %445 = getelementptr inbounds i8, ptr %invariant.gep753, i64 12544
  %446 = getelementptr inbounds i8, ptr %invariant.gep753, i64 12800
  %447 = getelementptr inbounds i8, ptr %invariant.gep753, i64 13056
  %448 = getelementptr inbounds i8, ptr %invariant.gep753, i64 13312
  %449 = getelementptr inbounds i8, ptr %invariant.gep753, i64 13568
  %450 = getelementptr inbounds i8, ptr %invariant.gep753, i64 13824
  %451 = getelementptr inbounds i8, ptr %invariant.gep753, i64 14080
  %452 = extractelement <8 x float> %wide.load1025.6, i64 0
  store float %452, ptr %444, align 4
  %453 = extractelement <8 x float> %wide.load1025.6, i64 1
  store float %453, ptr %445, align 4
  %454 = extractelement <8 x float> %wide.load1025.6, i64 2
  store float %454, ptr %446, align 4
  %455 = extractelement <8 x float> %wide.load1025.6, i64 3
  store float %455, ptr %447, align 4
  %456 = extractelement <8 x float> %wide.load1025.6, i64 4
  store float %456, ptr %448, align 4
  %457 = extractelement <8 x float> %wide.load1025.6, i64 5
  store float %457, ptr %449, align 4
  %458 = extractelement <8 x float> %wide.load1025.6, i64 6
  store float %458, ptr %450, align 4
  %459 = extractelement <8 x float> %wide.load1025.6, i64 7
  store float %459, ptr %451, align 4
  %460 = getelementptr i8, ptr %invariant.gep, i64 224
  %wide.load1025.7 = load <8 x float>, ptr %460, align 4
  %461 = getelementptr inbounds i8, ptr %invariant.gep753, i64 14336
  %462 = getelementptr inbounds i8, ptr %invariant.gep753, i64 14592
  %463 = getelementptr inbounds i8, ptr %invariant.gep753, i64 14848
  %464 = getelementptr inbounds i8, ptr %invariant.gep753, i64 15104
  %465 = getelementptr inbounds i8, ptr %invariant.gep753, i64 15360
  %466 = getelementptr inbounds i8, ptr %invariant.gep753, i64 15616
  %467 = getelementptr inbounds i8, ptr %invariant.gep753, i64 15872
  %468 = getelementptr inbounds i8, ptr %invariant.gep753, i64 16128
  %469 = extractelement <8 x float> %wide.load1025.7, i64 0
  store float %469, ptr %461, align 4
  %470 = extractelement <8 x float> %wide.load1025.7, i64 1
  store float %470, ptr %462, align 4
  %471 = extractelement <8 x float> %wide.load1025.7, i64 2
  store float %471, ptr %463, align 4
  %472 = extractelement <8 x float> %wide.load1025.7, i64 3
  store float %472, ptr %464, align 4
  %473 = extractelement <8 x float> %wide.load1025.7, i64 4
  store float %473, ptr %465, align 4
  %474 = extractelement <8 x float> %wide.load1025.7, i64 5
  store float %474, ptr %466, align 4
  %475 = extractelement <8 x float> %wide.load1025.7, i64 6
  store float %475, ptr %467, align 4
  %476 = extractelement <8 x float> %wide.load1025.7, i64 7
  store float %476, ptr %468, align 4
  %477 = getelementptr float, ptr %vh, i64 %300
  %478 = load <8 x float>, ptr %477, align 4
  %479 = fmul <8 x float> %302, %478
  %480 = getelementptr inbounds i8, ptr %307, i64 256
  store <8 x float> %479, ptr %480, align 4
  %481 = getelementptr float, ptr %115, i64 %300
  %482 = load <8 x float>, ptr %481, align 4
  %483 = fmul <8 x float> %302, %482
  %484 = getelementptr inbounds i8, ptr %312, i64 256
  store <8 x float> %483, ptr %484, align 4
  %485 = getelementptr float, ptr %116, i64 %300
  %486 = load <8 x float>, ptr %485, align 4
  %487 = fmul <8 x float> %302, %486
  %488 = getelementptr inbounds i8, ptr %317, i64 256
  store <8 x float> %487, ptr %488, align 4
  %489 = getelementptr float, ptr %117, i64 %300
  %490 = load <8 x float>, ptr %489, align 4
  %491 = fmul <8 x float> %302, %490
  %492 = getelementptr inbounds i8, ptr %322, i64 256
  store <8 x float> %491, ptr %492, align 4
  %493 = getelementptr float, ptr %118, i64 %300
  %494 = load <8 x float>, ptr %493, align 4
  %495 = fmul <8 x float> %302, %494
  %496 = getelementptr inbounds i8, ptr %327, i64 256
  store <8 x float> %495, ptr %496, align 4
  %497 = getelementptr float, ptr %119, i64 %300
  %498 = load <8 x float>, ptr %497, align 4
  %499 = fmul <8 x float> %302, %498
  %500 = getelementptr inbounds i8, ptr %332, i64 256
  store <8 x float> %499, ptr %500, align 4
  %501 = getelementptr float, ptr %120, i64 %300
  %502 = load <8 x float>, ptr %501, align 4
  %503 = fmul <8 x float> %302, %502
  %504 = getelementptr inbounds i8, ptr %337, i64 256
  store <8 x float> %503, ptr %504, align 4
  %505 = getelementptr float, ptr %121, i64 %300
  %506 = load <8 x float>, ptr %505, align 4
  %507 = fmul <8 x float> %302, %506
  %508 = getelementptr inbounds i8, ptr %342, i64 256
  store <8 x float> %507, ptr %508, align 4
  %i5 = or disjoint i64 %i3, 1
  %tau1 = or disjoint i64 %tau, 1
  %509 = mul nsw i64 %tau1, %H
  %510 = getelementptr inbounds float, ptr %betah, i64 %509
  %511 = load float, ptr %510, align 4
  %512 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %511, ptr %512, align 4
  %513 = mul nsw i64 %tau1, %sq
  %514 = insertelement <8 x float> poison, float %511, i64 0
  %515 = shufflevector <8 x float> %514, <8 x float> poison, <8 x i32> zeroinitializer
  %516 = getelementptr float, ptr %kh, i64 %513
  %517 = load <8 x float>, ptr %516, align 4
  %.idx449 = shl nsw i64 %i5, 8
  %518 = getelementptr inbounds i8, ptr %Kc, i64 %.idx449
  store <8 x float> %517, ptr %518, align 4
  %519 = fmul <8 x float> %515, %517
  %.idx450 = shl nsw i64 %i5, 9
  %520 = getelementptr inbounds i8, ptr %X, i64 %.idx450
  store <8 x float> %519, ptr %520, align 4
  %521 = getelementptr float, ptr %108, i64 %513
  %522 = load <8 x float>, ptr %521, align 4
  %523 = getelementptr inbounds i8, ptr %79, i64 %.idx449
  store <8 x float> %522, ptr %523, align 4
  %524 = fmul <8 x float> %515, %522
  %525 = getelementptr inbounds i8, ptr %80, i64 %.idx450
  store <8 x float> %524, ptr %525, align 4
  %526 = getelementptr float, ptr %109, i64 %513
  %527 = load <8 x float>, ptr %526, align 4
  %528 = getelementptr inbounds i8, ptr %81, i64 %.idx449
  store <8 x float> %527, ptr %528, align 4
  %529 = fmul <8 x float> %515, %527
  %530 = getelementptr inbounds i8, ptr %82, i64 %.idx450
  store <8 x float> %529, ptr %530, align 4
  %531 = getelementptr float, ptr %110, i64 %513
  %532 = load <8 x float>, ptr %531, align 4
  %533 = getelementptr inbounds i8, ptr %83, i64 %.idx449
  store <8 x float> %532, ptr %533, align 4
  %534 = fmul <8 x float> %515, %532
  %535 = getelementptr inbounds i8, ptr %84, i64 %.idx450
  store <8 x float> %534, ptr %535, align 4
  %536 = getelementptr float, ptr %111, i64 %513
  %537 = load <8 x float>, ptr %536, align 4
  %538 = getelementptr inbounds i8, ptr %85, i64 %.idx449
  store <8 x float> %537, ptr %538, align 4
  %539 = fmul <8 x float> %515, %537
  %540 = getelementptr inbounds i8, ptr %86, i64 %.idx450
  store <8 x float> %539, ptr %540, align 4
  %541 = getelementptr float, ptr %112, i64 %513
  %542 = load <8 x float>, ptr %541, align 4
  %543 = getelementptr inbounds i8, ptr %87, i64 %.idx449
  store <8 x float> %542, ptr %543, align 4
  %544 = fmul <8 x float> %515, %542
  %545 = getelementptr inbounds i8, ptr %88, i64 %.idx450
  store <8 x float> %544, ptr %545, align 4
  %546 = getelementptr float, ptr %113, i64 %513
  %547 = load <8 x float>, ptr %546, align 4
  %548 = getelementptr inbounds i8, ptr %89, i64 %.idx449
  store <8 x float> %547, ptr %548, align 4
  %549 = fmul <8 x float> %515, %547
  %550 = getelementptr inbounds i8, ptr %90, i64 %.idx450
  store <8 x float> %549, ptr %550, align 4
  %551 = getelementptr float, ptr %114, i64 %513
  %552 = load <8 x float>, ptr %551, align 4
  %553 = getelementptr inbounds i8, ptr %91, i64 %.idx449
  store <8 x float> %552, ptr %553, align 4
  %554 = fmul <8 x float> %515, %552
  %555 = getelementptr inbounds i8, ptr %92, i64 %.idx450
  store <8 x float> %554, ptr %555, align 4
  %invariant.gep757 = getelementptr inbounds float, ptr %KT, i64 %i5
  %invariant.gep755 = getelementptr float, ptr %kh, i64 %513
  %wide.load1017 = load <8 x float>, ptr %invariant.gep755, align 4
  %556 = getelementptr inbounds i8, ptr %invariant.gep757, i64 256
  %557 = getelementptr inbounds i8, ptr %invariant.gep757, i64 512
  %558 = getelementptr inbounds i8, ptr %invariant.gep757, i64 768
  %559 = getelementptr inbounds i8, ptr %invariant.gep757, i64 1024
  %560 = getelementptr inbounds i8, ptr %invariant.gep757, i64 1280
  %561 = getelementptr inbounds i8, ptr %invariant.gep757, i64 1536
  %562 = getelementptr inbounds i8, ptr %invariant.gep757, i64 1792
  %563 = extractelement <8 x float> %wide.load1017, i64 0
  store float %563, ptr %invariant.gep757, align 4
  %564 = extractelement <8 x float> %wide.load1017, i64 1
  store float %564, ptr %556, align 4
  %565 = extractelement <8 x float> %wide.load1017, i64 2
  store float %565, ptr %557, align 4
  %566 = extractelement <8 x float> %wide.load1017, i64 3
  store float %566, ptr %558, align 4
  %567 = extractelement <8 x float> %wide.load1017, i64 4
  store float %567, ptr %559, align 4
  %568 = extractelement <8 x float> %wide.load1017, i64 5
  store float %568, ptr %560, align 4
  %569 = extractelement <8 x float> %wide.load1017, i64 6
  store float %569, ptr %561, align 4
  %570 = extractelement <8 x float> %wide.load1017, i64 7
  store float %570, ptr %562, align 4
  %571 = getelementptr i8, ptr %invariant.gep755, i64 32
  %wide.load1017.1 = load <8 x float>, ptr %571, align 4
  %572 = getelementptr inbounds i8, ptr %invariant.gep757, i64 2048
  %573 = getelementptr inbounds i8, ptr %invariant.gep757, i64 2304
  %574 = getelementptr inbounds i8, ptr %invariant.gep757, i64 2560
  %575 = getelementptr inbounds i8, ptr %invariant.gep757, i64 2816
  %576 = getelementptr inbounds i8, ptr %invariant.gep757, i64 3072
  %577 = getelementptr inbounds i8, ptr %invariant.gep757, i64 3328
  %578 = getelementptr inbounds i8, ptr %invariant.gep757, i64 3584
  %579 = getelementptr inbounds i8, ptr %invariant.gep757, i64 3840
  %580 = extractelement <8 x float> %wide.load1017.1, i64 0
  store float %580, ptr %572, align 4
  %581 = extractelement <8 x float> %wide.load1017.1, i64 1
  store float %581, ptr %573, align 4
  %582 = extractelement <8 x float> %wide.load1017.1, i64 2
  store float %582, ptr %574, align 4
  %583 = extractelement <8 x float> %wide.load1017.1, i64 3
  store float %583, ptr %575, align 4
  %584 = extractelement <8 x float> %wide.load1017.1, i64 4
  store float %584, ptr %576, align 4
  %585 = extractelement <8 x float> %wide.load1017.1, i64 5
  store float %585, ptr %577, align 4
  %586 = extractelement <8 x float> %wide.load1017.1, i64 6
  store float %586, ptr %578, align 4
  %587 = extractelement <8 x float> %wide.load1017.1, i64 7
  store float %587, ptr %579, align 4
  %588 = getelementptr i8, ptr %invariant.gep755, i64 64
  %wide.load1017.2 = load <8 x float>, ptr %588, align 4
  %589 = getelementptr inbounds i8, ptr %invariant.gep757, i64 4096
  %590 = getelementptr inbounds i8, ptr %invariant.gep757, i64 4352
  %591 = getelementptr inbounds i8, ptr %invariant.gep757, i64 4608
  %592 = getelementptr inbounds i8, ptr %invariant.gep757, i64 4864
  %593 = getelementptr inbounds i8, ptr %invariant.gep757, i64 5120
  %594 = getelementptr inbounds i8, ptr %invariant.gep757, i64 5376
  %595 = getelementptr inbounds i8, ptr %invariant.gep757, i64 5632
  %596 = getelementptr inbounds i8, ptr %invariant.gep757, i64 5888
  %597 = extractelement <8 x float> %wide.load1017.2, i64 0
  store float %597, ptr %589, align 4
  %598 = extractelement <8 x float> %wide.load1017.2, i64 1
  store float %598, ptr %590, align 4
  %599 = extractelement <8 x float> %wide.load1017.2, i64 2
  store float %599, ptr %591, align 4
  %600 = extractelement <8 x float> %wide.load1017.2, i64 3
  store float %600, ptr %592, align 4
  %601 = extractelement <8 x float> %wide.load1017.2, i64 4
  store float %601, ptr %593, align 4
  %602 = extractelement <8 x float> %wide.load1017.2, i64 5
  store float %602, ptr %594, align 4
  %603 = extractelement <8 x float> %wide.load1017.2, i64 6
  store float %603, ptr %595, align 4
  %604 = extractelement <8 x float> %wide.load1017.2, i64 7
  store float %604, ptr %596, align 4
  %605 = getelementptr i8, ptr %invariant.gep755, i64 96
  %wide.load1017.3 = load <8 x float>, ptr %605, align 4
  %606 = getelementptr inbounds i8, ptr %invariant.gep757, i64 6144
  %607 = getelementptr inbounds i8, ptr %invariant.gep757, i64 6400
  %608 = getelementptr inbounds i8, ptr %invariant.gep757, i64 6656
  %609 = getelementptr inbounds i8, ptr %invariant.gep757, i64 6912
  %610 = getelementptr inbounds i8, ptr %invariant.gep757, i64 7168
  %611 = getelementptr inbounds i8, ptr %invariant.gep757, i64 7424
  %612 = getelementptr inbounds i8, ptr %invariant.gep757, i64 7680
  %613 = getelementptr inbounds i8, ptr %invariant.gep757, i64 7936
  %614 = extractelement <8 x float> %wide.load1017.3, i64 0
  store float %614, ptr %606, align 4
  %615 = extractelement <8 x float> %wide.load1017.3, i64 1
  store float %615, ptr %607, align 4
  %616 = extractelement <8 x float> %wide.load1017.3, i64 2
  store float %616, ptr %608, align 4
  %617 = extractelement <8 x float> %wide.load1017.3, i64 3
  store float %617, ptr %609, align 4
  %618 = extractelement <8 x float> %wide.load1017.3, i64 4
  store float %618, ptr %610, align 4
  %619 = extractelement <8 x float> %wide.load1017.3, i64 5
  store float %619, ptr %611, align 4
  %620 = extractelement <8 x float> %wide.load1017.3, i64 6
  store float %620, ptr %612, align 4
  %621 = extractelement <8 x float> %wide.load1017.3, i64 7
  store float %621, ptr %613, align 4
  %622 = getelementptr i8, ptr %invariant.gep755, i64 128
  %wide.load1017.4 = load <8 x float>, ptr %622, align 4
  %623 = getelementptr inbounds i8, ptr %invariant.gep757, i64 8192
  %624 = getelementptr inbounds i8, ptr %invariant.gep757, i64 8448
  %625 = getelementptr inbounds i8, ptr %invariant.gep757, i64 8704
  %626 = getelementptr inbounds i8, ptr %invariant.gep757, i64 8960
  %627 = getelementptr inbounds i8, ptr %invariant.gep757, i64 9216
  %628 = getelementptr inbounds i8, ptr %invariant.gep757, i64 9472
  %629 = getelementptr inbounds i8, ptr %invariant.gep757, i64 9728
  %630 = getelementptr inbounds i8, ptr %invariant.gep757, i64 9984
  %631 = extractelement <8 x float> %wide.load1017.4, i64 0
  store float %631, ptr %623, align 4
  %632 = extractelement <8 x float> %wide.load1017.4, i64 1
  store float %632, ptr %624, align 4
  %633 = extractelement <8 x float> %wide.load1017.4, i64 2
  store float %633, ptr %625, align 4
  %634 = extractelement <8 x float> %wide.load1017.4, i64 3
  store float %634, ptr %626, align 4
  %635 = extractelement <8 x float> %wide.load1017.4, i64 4
  store float %635, ptr %627, align 4
  %636 = extractelement <8 x float> %wide.load1017.4, i64 5
  store float %636, ptr %628, align 4
  %637 = extractelement <8 x float> %wide.load1017.4, i64 6
  store float %637, ptr %629, align 4
  %638 = extractelement <8 x float> %wide.load1017.4, i64 7
  store float %638, ptr %630, align 4
  %639 = getelementptr i8, ptr %invariant.gep755, i64 160
  %wide.load1017.5 = load <8 x float>, ptr %639, align 4
  %640 = getelementptr inbounds i8, ptr %invariant.gep757, i64 10240
  %641 = getelementptr inbounds i8, ptr %invariant.gep757, i64 10496
  %642 = getelementptr inbounds i8, ptr %invariant.gep757, i64 10752
  %643 = getelementptr inbounds i8, ptr %invariant.gep757, i64 11008
  %644 = getelementptr inbounds i8, ptr %invariant.gep757, i64 11264
  %645 = getelementptr inbounds i8, ptr %invariant.gep757, i64 11520
  %646 = getelementptr inbounds i8, ptr %invariant.gep757, i64 11776
  %647 = getelementptr inbounds i8, ptr %invariant.gep757, i64 12032
  %648 = extractelement <8 x float> %wide.load1017.5, i64 0
  store float %648, ptr %640, align 4
  %649 = extractelement <8 x float> %wide.load1017.5, i64 1
  store float %649, ptr %641, align 4
  %650 = extractelement <8 x float> %wide.load1017.5, i64 2
  store float %650, ptr %642, align 4
  %651 = extractelement <8 x float> %wide.load1017.5, i64 3
  store float %651, ptr %643, align 4
  %652 = extractelement <8 x float> %wide.load1017.5, i64 4
  store float %652, ptr %644, align 4
  %653 = extractelement <8 x float> %wide.load1017.5, i64 5
  store float %653, ptr %645, align 4
  %654 = extractelement <8 x float> %wide.load1017.5, i64 6
  store float %654, ptr %646, align 4
  %655 = extractelement <8 x float> %wide.load1017.5, i64 7
  store float %655, ptr %647, align 4
  %656 = getelementptr i8, ptr %invariant.gep755, i64 192
  %wide.load1017.6 = load <8 x float>, ptr %656, align 4
  %657 = getelementptr inbounds i8, ptr %invariant.gep757, i64 12288
  %658 = getelementptr inbounds i8, ptr %invariant.gep757, i64 12544
  %659 = getelementptr inbounds i8, ptr %invariant.gep757, i64 12800
  %660 = getelementptr inbounds i8, ptr %invariant.gep757, i64 13056
  %661 = getelementptr inbounds i8, ptr %invariant.gep757, i64 13312
  %662 = getelementptr inbounds i8, ptr %invariant.gep757, i64 13568
  %663 = getelementptr inbounds i8, ptr %invariant.gep757, i64 13824
  %664 = getelementptr inbounds i8, ptr %invariant.gep757, i64 14080
  %665 = extractelement <8 x float> %wide.load1017.6, i64 0
  store float %665, ptr %657, align 4
  %666 = extractelement <8 x float> %wide.load1017.6, i64 1
  store float %666, ptr %658, align 4
  %667 = extractelement <8 x float> %wide.load1017.6, i64 2
  store float %667, ptr %659, align 4
  %668 = extractelement <8 x float> %wide.load1017.6, i64 3
  store float %668, ptr %660, align 4
  %669 = extractelement <8 x float> %wide.load1017.6, i64 4
  store float %669, ptr %661, align 4
  %670 = extractelement <8 x float> %wide.load1017.6, i64 5
  store float %670, ptr %662, align 4
  %671 = extractelement <8 x float> %wide.load1017.6, i64 6
  store float %671, ptr %663, align 4
  %672 = extractelement <8 x float> %wide.load1017.6, i64 7
  store float %672, ptr %664, align 4
  %673 = getelementptr i8, ptr %invariant.gep755, i64 224
  %wide.load1017.7 = load <8 x float>, ptr %673, align 4
  %674 = getelementptr inbounds i8, ptr %invariant.gep757, i64 14336
  %675 = getelementptr inbounds i8, ptr %invariant.gep757, i64 14592
  %676 = getelementptr inbounds i8, ptr %invariant.gep757, i64 14848
  %677 = getelementptr inbounds i8, ptr %invariant.gep757, i64 15104
  %678 = getelementptr inbounds i8, ptr %invariant.gep757, i64 15360
  %679 = getelementptr inbounds i8, ptr %invariant.gep757, i64 15616
  %680 = getelementptr inbounds i8, ptr %invariant.gep757, i64 15872
  %681 = getelementptr inbounds i8, ptr %invariant.gep757, i64 16128
  %682 = extractelement <8 x float> %wide.load1017.7, i64 0
  store float %682, ptr %674, align 4
  %683 = extractelement <8 x float> %wide.load1017.7, i64 1
  store float %683, ptr %675, align 4
  %684 = extractelement <8 x float> %wide.load1017.7, i64 2
  store float %684, ptr %676, align 4
  %685 = extractelement <8 x float> %wide.load1017.7, i64 3
  store float %685, ptr %677, align 4
  %686 = extractelement <8 x float> %wide.load1017.7, i64 4
  store float %686, ptr %678, align 4
  %687 = extractelement <8 x float> %wide.load1017.7, i64 5
  store float %687, ptr %679, align 4
  %688 = extractelement <8 x float> %wide.load1017.7, i64 6
  store float %688, ptr %680, align 4
  %689 = extractelement <8 x float> %wide.load1017.7, i64 7
  store float %689, ptr %681, align 4
  %690 = getelementptr float, ptr %vh, i64 %513
  %691 = load <8 x float>, ptr %690, align 4
  %692 = fmul <8 x float> %515, %691
  %693 = getelementptr inbounds i8, ptr %520, i64 256
  store <8 x float> %692, ptr %693, align 4
  %694 = getelementptr float, ptr %115, i64 %513
  %695 = load <8 x float>, ptr %694, align 4
  %696 = fmul <8 x float> %515, %695
  %697 = getelementptr inbounds i8, ptr %525, i64 256
  store <8 x float> %696, ptr %697, align 4
  %698 = getelementptr float, ptr %116, i64 %513
  %699 = load <8 x float>, ptr %698, align 4
  %700 = fmul <8 x float> %515, %699
  %701 = getelementptr inbounds i8, ptr %530, i64 256
  store <8 x float> %700, ptr %701, align 4
  %702 = getelementptr float, ptr %117, i64 %513
  %703 = load <8 x float>, ptr %702, align 4
  %704 = fmul <8 x float> %515, %703
  %705 = getelementptr inbounds i8, ptr %535, i64 256
  store <8 x float> %704, ptr %705, align 4
  %706 = getelementptr float, ptr %118, i64 %513
  %707 = load <8 x float>, ptr %706, align 4
  %708 = fmul <8 x float> %515, %707
  %709 = getelementptr inbounds i8, ptr %540, i64 256
  store <8 x float> %708, ptr %709, align 4
  %710 = getelementptr float, ptr %119, i64 %513
  %711 = load <8 x float>, ptr %710, align 4
  %712 = fmul <8 x float> %515, %711
  %713 = getelementptr inbounds i8, ptr %545, i64 256
  store <8 x float> %712, ptr %713, align 4
  %714 = getelementptr float, ptr %120, i64 %513
  %715 = load <8 x float>, ptr %714, align 4
  %716 = fmul <8 x float> %515, %715
  %717 = getelementptr inbounds i8, ptr %550, i64 256
  store <8 x float> %716, ptr %717, align 4
  %718 = getelementptr float, ptr %121, i64 %513
  %719 = load <8 x float>, ptr %718, align 4
  %720 = fmul <8 x float> %515, %719
  %721 = getelementptr inbounds i8, ptr %555, i64 256
  store <8 x float> %720, ptr %721, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %j2.head.preheader
  %t.next = add nuw nsw i64 %t.addr.0347, 1
  %exitcond524.not = icmp eq i64 %t.next, 32
  br i1 %exitcond524.not, label %j10.head.preheader, label %t.body

j10.head.preheader:                               ; preds = %endif, %p6.exit.3
  %i14.addr.0358 = phi i64 [ %i14.next, %p6.exit.3 ], [ 0, %endif ]
  %722 = shl nuw nsw i64 %i14.addr.0358, 6
  %723 = or disjoint i64 %722, 64
  %724 = or disjoint i64 %722, 128
  %725 = or disjoint i64 %722, 192
  br label %p6.body

p6.body:                                          ; preds = %p6.body, %j10.head.preheader
  %acc.0356 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %771, %p6.body ]
  %acc1.0355 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %772, %p6.body ]
  %acc2.0354 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %778, %p6.body ]
  %acc3.0353 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %779, %p6.body ]
  %acc4.0352 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %785, %p6.body ]
  %acc5.0351 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %786, %p6.body ]
  %acc6.0350 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %792, %p6.body ]
  %acc7.0349 = phi <8 x float> [ zeroinitializer, %j10.head.preheader ], [ %793, %p6.body ]
  %p6.addr.0348 = phi i64 [ 0, %j10.head.preheader ], [ %p6.next.11243, %p6.body ]
  %726 = shl nuw nsw i64 %p6.addr.0348, 6
  %727 = getelementptr inbounds float, ptr %KT, i64 %726
  %728 = load <8 x float>, ptr %727, align 4
  %729 = or disjoint i64 %726, 8
  %730 = getelementptr inbounds float, ptr %KT, i64 %729
  %731 = load <8 x float>, ptr %730, align 4
  %732 = add nuw nsw i64 %p6.addr.0348, %722
  %733 = getelementptr inbounds float, ptr %Kc, i64 %732
  %734 = load float, ptr %733, align 4
  %735 = insertelement <8 x float> poison, float %734, i64 0
  %736 = shufflevector <8 x float> %735, <8 x float> poison, <8 x i32> zeroinitializer
  %737 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %736, <8 x float> %728, <8 x float> %acc.0356)
  %738 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %736, <8 x float> %731, <8 x float> %acc1.0355)
  %739 = or disjoint i64 %732, 64
  %740 = getelementptr inbounds float, ptr %Kc, i64 %739
  %741 = load float, ptr %740, align 4
  %742 = insertelement <8 x float> poison, float %741, i64 0
  %743 = shufflevector <8 x float> %742, <8 x float> poison, <8 x i32> zeroinitializer
  %744 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %743, <8 x float> %728, <8 x float> %acc2.0354)
  %745 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %743, <8 x float> %731, <8 x float> %acc3.0353)
  %746 = or disjoint i64 %732, 128
  %747 = getelementptr inbounds float, ptr %Kc, i64 %746
  %748 = load float, ptr %747, align 4
  %749 = insertelement <8 x float> poison, float %748, i64 0
  %750 = shufflevector <8 x float> %749, <8 x float> poison, <8 x i32> zeroinitializer
  %751 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %728, <8 x float> %acc4.0352)
  %752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %750, <8 x float> %731, <8 x float> %acc5.0351)
  %753 = or disjoint i64 %732, 192
  %754 = getelementptr inbounds float, ptr %Kc, i64 %753
  %755 = load float, ptr %754, align 4
  %756 = insertelement <8 x float> poison, float %755, i64 0
  %757 = shufflevector <8 x float> %756, <8 x float> poison, <8 x i32> zeroinitializer
  %758 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %757, <8 x float> %728, <8 x float> %acc6.0350)
  %759 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %757, <8 x float> %731, <8 x float> %acc7.0349)
  %p6.next = or disjoint i64 %p6.addr.0348, 1
  %760 = shl nuw nsw i64 %p6.next, 6
  %761 = getelementptr inbounds float, ptr %KT, i64 %760
  %762 = load <8 x float>, ptr %761, align 4
  %763 = or disjoint i64 %760, 8
  %764 = getelementptr inbounds float, ptr %KT, i64 %763
  %765 = load <8 x float>, ptr %764, align 4
  %766 = add nuw nsw i64 %p6.next, %722
  %767 = getelementptr inbounds float, ptr %Kc, i64 %766
  %768 = load float, ptr %767, align 4
  %769 = insertelement <8 x float> poison, float %768, i64 0
  %770 = shufflevector <8 x float> %769, <8 x float> poison, <8 x i32> zeroinitializer
  %771 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %770, <8 x float> %762, <8 x float> %737)
  %772 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %770, <8 x float> %765, <8 x float> %738)
  %773 = or disjoint i64 %766, 64
  %774 = getelementptr inbounds float, ptr %Kc, i64 %773
  %775 = load float, ptr %774, align 4
  %776 = insertelement <8 x float> poison, float %775, i64 0
  %777 = shufflevector <8 x float> %776, <8 x float> poison, <8 x i32> zeroinitializer
  %778 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %777, <8 x float> %762, <8 x float> %744)
  %779 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %777, <8 x float> %765, <8 x float> %745)
  %780 = or disjoint i64 %766, 128
  %781 = getelementptr inbounds float, ptr %Kc, i64 %780
  %782 = load float, ptr %781, align 4
  %783 = insertelement <8 x float> poison, float %782, i64 0
  %784 = shufflevector <8 x float> %783, <8 x float> poison, <8 x i32> zeroinitializer
  %785 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %784, <8 x float> %762, <8 x float> %751)
  %786 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %784, <8 x float> %765, <8 x float> %752)
  %787 = or disjoint i64 %766, 192
  %788 = getelementptr inbounds float, ptr %Kc, i64 %787
  %789 = load float, ptr %788, align 4
  %790 = insertelement <8 x float> poison, float %789, i64 0
  %791 = shufflevector <8 x float> %790, <8 x float> poison, <8 x i32> zeroinitializer
  %792 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> %762, <8 x float> %758)
  %793 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %791, <8 x float> %765, <8 x float> %759)
  %p6.next.11243 = add nuw nsw i64 %p6.addr.0348, 2
  %exitcond525.not.1 = icmp eq i64 %p6.next.11243, 64
  br i1 %exitcond525.not.1, label %p6.exit, label %p6.body

p6.exit:                                          ; preds = %p6.body
  %794 = getelementptr inbounds float, ptr %A, i64 %722
  store <8 x float> %771, ptr %794, align 4
  %795 = or disjoint i64 %722, 8
  %796 = getelementptr inbounds float, ptr %A, i64 %795
  store <8 x float> %772, ptr %796, align 4
  %797 = getelementptr inbounds float, ptr %A, i64 %723
  store <8 x float> %778, ptr %797, align 4
  %798 = or disjoint i64 %722, 72
  %799 = getelementptr inbounds float, ptr %A, i64 %798
  store <8 x float> %779, ptr %799, align 4
  %800 = getelementptr inbounds float, ptr %A, i64 %724
  store <8 x float> %785, ptr %800, align 4
  %801 = or disjoint i64 %722, 136
  %802 = getelementptr inbounds float, ptr %A, i64 %801
  store <8 x float> %786, ptr %802, align 4
  %803 = getelementptr inbounds float, ptr %A, i64 %725
  store <8 x float> %792, ptr %803, align 4
  %804 = or disjoint i64 %722, 200
  %805 = getelementptr inbounds float, ptr %A, i64 %804
  store <8 x float> %793, ptr %805, align 4
  br label %p6.body.1

p6.body.1:                                        ; preds = %p6.body.1, %p6.exit
  %acc.0356.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %853, %p6.body.1 ]
  %acc1.0355.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %854, %p6.body.1 ]
  %acc2.0354.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %860, %p6.body.1 ]
  %acc3.0353.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %861, %p6.body.1 ]
  %acc4.0352.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %867, %p6.body.1 ]
  %acc5.0351.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %868, %p6.body.1 ]
  %acc6.0350.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %874, %p6.body.1 ]
  %acc7.0349.1 = phi <8 x float> [ zeroinitializer, %p6.exit ], [ %875, %p6.body.1 ]
  %p6.addr.0348.1 = phi i64 [ 0, %p6.exit ], [ %p6.next.1.1, %p6.body.1 ]
  %806 = shl nuw nsw i64 %p6.addr.0348.1, 6
  %807 = or disjoint i64 %806, 16
  %808 = getelementptr inbounds float, ptr %KT, i64 %807
  %809 = load <8 x float>, ptr %808, align 4
  %810 = or disjoint i64 %806, 24
  %811 = getelementptr inbounds float, ptr %KT, i64 %810
  %812 = load <8 x float>, ptr %811, align 4
  %813 = add nuw nsw i64 %p6.addr.0348.1, %722
  %814 = getelementptr inbounds float, ptr %Kc, i64 %813
  %815 = load float, ptr %814, align 4
  %816 = insertelement <8 x float> poison, float %815, i64 0
  %817 = shufflevector <8 x float> %816, <8 x float> poison, <8 x i32> zeroinitializer
  %818 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %817, <8 x float> %809, <8 x float> %acc.0356.1)
  %819 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %817, <8 x float> %812, <8 x float> %acc1.0355.1)
  %820 = or disjoint i64 %813, 64
  %821 = getelementptr inbounds float, ptr %Kc, i64 %820
  %822 = load float, ptr %821, align 4
  %823 = insertelement <8 x float> poison, float %822, i64 0
  %824 = shufflevector <8 x float> %823, <8 x float> poison, <8 x i32> zeroinitializer
  %825 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> %809, <8 x float> %acc2.0354.1)
  %826 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %824, <8 x float> %812, <8 x float> %acc3.0353.1)
  %827 = or disjoint i64 %813, 128
  %828 = getelementptr inbounds float, ptr %Kc, i64 %827
  %829 = load float, ptr %828, align 4
  %830 = insertelement <8 x float> poison, float %829, i64 0
  %831 = shufflevector <8 x float> %830, <8 x float> poison, <8 x i32> zeroinitializer
  %832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %831, <8 x float> %809, <8 x float> %acc4.0352.1)
  %833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %831, <8 x float> %812, <8 x float> %acc5.0351.1)
  %834 = or disjoint i64 %813, 192
  %835 = getelementptr inbounds float, ptr %Kc, i64 %834
  %836 = load float, ptr %835, align 4
  %837 = insertelement <8 x float> poison, float %836, i64 0
  %838 = shufflevector <8 x float> %837, <8 x float> poison, <8 x i32> zeroinitializer
  %839 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %838, <8 x float> %809, <8 x float> %acc6.0350.1)
  %840 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %838, <8 x float> %812, <8 x float> %acc7.0349.1)
  %p6.next.1 = or disjoint i64 %p6.addr.0348.1, 1
  %841 = shl nuw nsw i64 %p6.next.1, 6
  %842 = or disjoint i64 %841, 16
  %843 = getelementptr inbounds float, ptr %KT, i64 %842
  %844 = load <8 x float>, ptr %843, align 4
  %845 = or disjoint i64 %841, 24
  %846 = getelementptr inbounds float, ptr %KT, i64 %845
  %847 = load <8 x float>, ptr %846, align 4
  %848 = add nuw nsw i64 %p6.next.1, %722
  %849 = getelementptr inbounds float, ptr %Kc, i64 %848
  %850 = load float, ptr %849, align 4
  %851 = insertelement <8 x float> poison, float %850, i64 0
  %852 = shufflevector <8 x float> %851, <8 x float> poison, <8 x i32> zeroinitializer
  %853 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %852, <8 x float> %844, <8 x float> %818)
  %854 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %852, <8 x float> %847, <8 x float> %819)
  %855 = or disjoint i64 %848, 64
  %856 = getelementptr inbounds float, ptr %Kc, i64 %855
  %857 = load float, ptr %856, align 4
  %858 = insertelement <8 x float> poison, float %857, i64 0
  %859 = shufflevector <8 x float> %858, <8 x float> poison, <8 x i32> zeroinitializer
  %860 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %859, <8 x float> %844, <8 x float> %825)
  %861 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %859, <8 x float> %847, <8 x float> %826)
  %862 = or disjoint i64 %848, 128
  %863 = getelementptr inbounds float, ptr %Kc, i64 %862
  %864 = load float, ptr %863, align 4
  %865 = insertelement <8 x float> poison, float %864, i64 0
  %866 = shufflevector <8 x float> %865, <8 x float> poison, <8 x i32> zeroinitializer
  %867 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %866, <8 x float> %844, <8 x float> %832)
  %868 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %866, <8 x float> %847, <8 x float> %833)
  %869 = or disjoint i64 %848, 192
  %870 = getelementptr inbounds float, ptr %Kc, i64 %869
  %871 = load float, ptr %870, align 4
  %872 = insertelement <8 x float> poison, float %871, i64 0
  %873 = shufflevector <8 x float> %872, <8 x float> poison, <8 x i32> zeroinitializer
  %874 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %873, <8 x float> %844, <8 x float> %839)
  %875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %873, <8 x float> %847, <8 x float> %840)
  %p6.next.1.1 = add nuw nsw i64 %p6.addr.0348.1, 2
  %exitcond525.1.not.1 = icmp eq i64 %p6.next.1.1, 64
  br i1 %exitcond525.1.not.1, label %p6.exit.1, label %p6.body.1

p6.exit.1:                                        ; preds = %p6.body.1
  %876 = or disjoint i64 %722, 16
  %877 = getelementptr inbounds float, ptr %A, i64 %876
  store <8 x float> %853, ptr %877, align 4
  %878 = or disjoint i64 %722, 24
  %879 = getelementptr inbounds float, ptr %A, i64 %878
  store <8 x float> %854, ptr %879, align 4
  %880 = or disjoint i64 %722, 80
  %881 = getelementptr inbounds float, ptr %A, i64 %880
  store <8 x float> %860, ptr %881, align 4
  %882 = or disjoint i64 %722, 88
  %883 = getelementptr inbounds float, ptr %A, i64 %882
  store <8 x float> %861, ptr %883, align 4
  %884 = or disjoint i64 %722, 144
  %885 = getelementptr inbounds float, ptr %A, i64 %884
  store <8 x float> %867, ptr %885, align 4
  %886 = or disjoint i64 %722, 152
  %887 = getelementptr inbounds float, ptr %A, i64 %886
  store <8 x float> %868, ptr %887, align 4
  %888 = or disjoint i64 %722, 208
  %889 = getelementptr inbounds float, ptr %A, i64 %888
  store <8 x float> %874, ptr %889, align 4
  %890 = or disjoint i64 %722, 216
  %891 = getelementptr inbounds float, ptr %A, i64 %890
  store <8 x float> %875, ptr %891, align 4
  br label %p6.body.2

p6.body.2:                                        ; preds = %p6.body.2, %p6.exit.1
  %acc.0356.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %939, %p6.body.2 ]
  %acc1.0355.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %940, %p6.body.2 ]
  %acc2.0354.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %946, %p6.body.2 ]
  %acc3.0353.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %947, %p6.body.2 ]
  %acc4.0352.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %953, %p6.body.2 ]
  %acc5.0351.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %954, %p6.body.2 ]
  %acc6.0350.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %960, %p6.body.2 ]
  %acc7.0349.2 = phi <8 x float> [ zeroinitializer, %p6.exit.1 ], [ %961, %p6.body.2 ]
  %p6.addr.0348.2 = phi i64 [ 0, %p6.exit.1 ], [ %p6.next.2.1, %p6.body.2 ]
  %892 = shl nuw nsw i64 %p6.addr.0348.2, 6
  %893 = or disjoint i64 %892, 32
  %894 = getelementptr inbounds float, ptr %KT, i64 %893
  %895 = load <8 x float>, ptr %894, align 4
  %896 = or disjoint i64 %892, 40
  %897 = getelementptr inbounds float, ptr %KT, i64 %896
  %898 = load <8 x float>, ptr %897, align 4
  %899 = add nuw nsw i64 %p6.addr.0348.2, %722
  %900 = getelementptr inbounds float, ptr %Kc, i64 %899
  %901 = load float, ptr %900, align 4
  %902 = insertelement <8 x float> poison, float %901, i64 0
  %903 = shufflevector <8 x float> %902, <8 x float> poison, <8 x i32> zeroinitializer
  %904 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %903, <8 x float> %895, <8 x float> %acc.0356.2)
  %905 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %903, <8 x float> %898, <8 x float> %acc1.0355.2)
  %906 = or disjoint i64 %899, 64
  %907 = getelementptr inbounds float, ptr %Kc, i64 %906
  %908 = load float, ptr %907, align 4
  %909 = insertelement <8 x float> poison, float %908, i64 0
  %910 = shufflevector <8 x float> %909, <8 x float> poison, <8 x i32> zeroinitializer
  %911 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %910, <8 x float> %895, <8 x float> %acc2.0354.2)
  %912 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %910, <8 x float> %898, <8 x float> %acc3.0353.2)
  %913 = or disjoint i64 %899, 128
  %914 = getelementptr inbounds float, ptr %Kc, i64 %913
  %915 = load float, ptr %914, align 4
  %916 = insertelement <8 x float> poison, float %915, i64 0
  %917 = shufflevector <8 x float> %916, <8 x float> poison, <8 x i32> zeroinitializer
  %918 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %917, <8 x float> %895, <8 x float> %acc4.0352.2)
  %919 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %917, <8 x float> %898, <8 x float> %acc5.0351.2)
  %920 = or disjoint i64 %899, 192
  %921 = getelementptr inbounds float, ptr %Kc, i64 %920
  %922 = load float, ptr %921, align 4
  %923 = insertelement <8 x float> poison, float %922, i64 0
  %924 = shufflevector <8 x float> %923, <8 x float> poison, <8 x i32> zeroinitializer
  %925 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %924, <8 x float> %895, <8 x float> %acc6.0350.2)
  %926 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %924, <8 x float> %898, <8 x float> %acc7.0349.2)
  %p6.next.2 = or disjoint i64 %p6.addr.0348.2, 1
  %927 = shl nuw nsw i64 %p6.next.2, 6
  %928 = or disjoint i64 %927, 32
  %929 = getelementptr inbounds float, ptr %KT, i64 %928
  %930 = load <8 x float>, ptr %929, align 4
  %931 = or disjoint i64 %927, 40
  %932 = getelementptr inbounds float, ptr %KT, i64 %931
  %933 = load <8 x float>, ptr %932, align 4
  %934 = add nuw nsw i64 %p6.next.2, %722
  %935 = getelementptr inbounds float, ptr %Kc, i64 %934
  %936 = load float, ptr %935, align 4
  %937 = insertelement <8 x float> poison, float %936, i64 0
  %938 = shufflevector <8 x float> %937, <8 x float> poison, <8 x i32> zeroinitializer
  %939 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %938, <8 x float> %930, <8 x float> %904)
  %940 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %938, <8 x float> %933, <8 x float> %905)
  %941 = or disjoint i64 %934, 64
  %942 = getelementptr inbounds float, ptr %Kc, i64 %941
  %943 = load float, ptr %942, align 4
  %944 = insertelement <8 x float> poison, float %943, i64 0
  %945 = shufflevector <8 x float> %944, <8 x float> poison, <8 x i32> zeroinitializer
  %946 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %945, <8 x float> %930, <8 x float> %911)
  %947 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %945, <8 x float> %933, <8 x float> %912)
  %948 = or disjoint i64 %934, 128
  %949 = getelementptr inbounds float, ptr %Kc, i64 %948
  %950 = load float, ptr %949, align 4
  %951 = insertelement <8 x float> poison, float %950, i64 0
  %952 = shufflevector <8 x float> %951, <8 x float> poison, <8 x i32> zeroinitializer
  %953 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %952, <8 x float> %930, <8 x float> %918)
  %954 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %952, <8 x float> %933, <8 x float> %919)
  %955 = or disjoint i64 %934, 192
  %956 = getelementptr inbounds float, ptr %Kc, i64 %955
  %957 = load float, ptr %956, align 4
  %958 = insertelement <8 x float> poison, float %957, i64 0
  %959 = shufflevector <8 x float> %958, <8 x float> poison, <8 x i32> zeroinitializer
  %960 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %959, <8 x float> %930, <8 x float> %925)
  %961 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %959, <8 x float> %933, <8 x float> %926)
  %p6.next.2.1 = add nuw nsw i64 %p6.addr.0348.2, 2
  %exitcond525.2.not.1 = icmp eq i64 %p6.next.2.1, 64
  br i1 %exitcond525.2.not.1, label %p6.exit.2, label %p6.body.2

p6.exit.2:                                        ; preds = %p6.body.2
  %962 = or disjoint i64 %722, 32
  %963 = getelementptr inbounds float, ptr %A, i64 %962
  store <8 x float> %939, ptr %963, align 4
  %964 = or disjoint i64 %722, 40
  %965 = getelementptr inbounds float, ptr %A, i64 %964
  store <8 x float> %940, ptr %965, align 4
  %966 = or disjoint i64 %722, 96
  %967 = getelementptr inbounds float, ptr %A, i64 %966
  store <8 x float> %946, ptr %967, align 4
  %968 = or disjoint i64 %722, 104
  %969 = getelementptr inbounds float, ptr %A, i64 %968
  store <8 x float> %947, ptr %969, align 4
  %970 = or disjoint i64 %722, 160
  %971 = getelementptr inbounds float, ptr %A, i64 %970
  store <8 x float> %953, ptr %971, align 4
  %972 = or disjoint i64 %722, 168
  %973 = getelementptr inbounds float, ptr %A, i64 %972
  store <8 x float> %954, ptr %973, align 4
  %974 = or disjoint i64 %722, 224
  %975 = getelementptr inbounds float, ptr %A, i64 %974
  store <8 x float> %960, ptr %975, align 4
  %976 = or disjoint i64 %722, 232
  %977 = getelementptr inbounds float, ptr %A, i64 %976
  store <8 x float> %961, ptr %977, align 4
  br label %p6.body.3

p6.body.3:                                        ; preds = %p6.body.3, %p6.exit.2
  %acc.0356.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %1025, %p6.body.3 ]
  %acc1.0355.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %1026, %p6.body.3 ]
  %acc2.0354.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %1032, %p6.body.3 ]
  %acc3.0353.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %1033, %p6.body.3 ]
  %acc4.0352.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %1039, %p6.body.3 ]
  %acc5.0351.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %1040, %p6.body.3 ]
  %acc6.0350.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %1046, %p6.body.3 ]
  %acc7.0349.3 = phi <8 x float> [ zeroinitializer, %p6.exit.2 ], [ %1047, %p6.body.3 ]
  %p6.addr.0348.3 = phi i64 [ 0, %p6.exit.2 ], [ %p6.next.3.1, %p6.body.3 ]
  %978 = shl nuw nsw i64 %p6.addr.0348.3, 6
  %979 = or disjoint i64 %978, 48
  %980 = getelementptr inbounds float, ptr %KT, i64 %979
  %981 = load <8 x float>, ptr %980, align 4
  %982 = or disjoint i64 %978, 56
  %983 = getelementptr inbounds float, ptr %KT, i64 %982
  %984 = load <8 x float>, ptr %983, align 4
  %985 = add nuw nsw i64 %p6.addr.0348.3, %722
  %986 = getelementptr inbounds float, ptr %Kc, i64 %985
  %987 = load float, ptr %986, align 4
  %988 = insertelement <8 x float> poison, float %987, i64 0
  %989 = shufflevector <8 x float> %988, <8 x float> poison, <8 x i32> zeroinitializer
  %990 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %989, <8 x float> %981, <8 x float> %acc.0356.3)
  %991 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %989, <8 x float> %984, <8 x float> %acc1.0355.3)
  %992 = or disjoint i64 %985, 64
  %993 = getelementptr inbounds float, ptr %Kc, i64 %992
  %994 = load float, ptr %993, align 4
  %995 = insertelement <8 x float> poison, float %994, i64 0
  %996 = shufflevector <8 x float> %995, <8 x float> poison, <8 x i32> zeroinitializer
  %997 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %996, <8 x float> %981, <8 x float> %acc2.0354.3)
  %998 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %996, <8 x float> %984, <8 x float> %acc3.0353.3)
  %999 = or disjoint i64 %985, 128
  %1000 = getelementptr inbounds float, ptr %Kc, i64 %999
  %1001 = load float, ptr %1000, align 4
  %1002 = insertelement <8 x float> poison, float %1001, i64 0
  %1003 = shufflevector <8 x float> %1002, <8 x float> poison, <8 x i32> zeroinitializer
  %1004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1003, <8 x float> %981, <8 x float> %acc4.0352.3)
  %1005 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1003, <8 x float> %984, <8 x float> %acc5.0351.3)
  %1006 = or disjoint i64 %985, 192
  %1007 = getelementptr inbounds float, ptr %Kc, i64 %1006
  %1008 = load float, ptr %1007, align 4
  %1009 = insertelement <8 x float> poison, float %1008, i64 0
  %1010 = shufflevector <8 x float> %1009, <8 x float> poison, <8 x i32> zeroinitializer
  %1011 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1010, <8 x float> %981, <8 x float> %acc6.0350.3)
  %1012 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1010, <8 x float> %984, <8 x float> %acc7.0349.3)
  %p6.next.3 = or disjoint i64 %p6.addr.0348.3, 1
  %1013 = shl nuw nsw i64 %p6.next.3, 6
  %1014 = or disjoint i64 %1013, 48
  %1015 = getelementptr inbounds float, ptr %KT, i64 %1014
  %1016 = load <8 x float>, ptr %1015, align 4
  %1017 = or disjoint i64 %1013, 56
  %1018 = getelementptr inbounds float, ptr %KT, i64 %1017
  %1019 = load <8 x float>, ptr %1018, align 4
  %1020 = add nuw nsw i64 %p6.next.3, %722
  %1021 = getelementptr inbounds float, ptr %Kc, i64 %1020
  %1022 = load float, ptr %1021, align 4
  %1023 = insertelement <8 x float> poison, float %1022, i64 0
  %1024 = shufflevector <8 x float> %1023, <8 x float> poison, <8 x i32> zeroinitializer
  %1025 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1024, <8 x float> %1016, <8 x float> %990)
  %1026 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1024, <8 x float> %1019, <8 x float> %991)
  %1027 = or disjoint i64 %1020, 64
  %1028 = getelementptr inbounds float, ptr %Kc, i64 %1027
  %1029 = load float, ptr %1028, align 4
  %1030 = insertelement <8 x float> poison, float %1029, i64 0
  %1031 = shufflevector <8 x float> %1030, <8 x float> poison, <8 x i32> zeroinitializer
  %1032 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1031, <8 x float> %1016, <8 x float> %997)
  %1033 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1031, <8 x float> %1019, <8 x float> %998)
  %1034 = or disjoint i64 %1020, 128
  %1035 = getelementptr inbounds float, ptr %Kc, i64 %1034
  %1036 = load float, ptr %1035, align 4
  %1037 = insertelement <8 x float> poison, float %1036, i64 0
  %1038 = shufflevector <8 x float> %1037, <8 x float> poison, <8 x i32> zeroinitializer
  %1039 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> %1016, <8 x float> %1004)
  %1040 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1038, <8 x float> %1019, <8 x float> %1005)
  %1041 = or disjoint i64 %1020, 192
  %1042 = getelementptr inbounds float, ptr %Kc, i64 %1041
  %1043 = load float, ptr %1042, align 4
  %1044 = insertelement <8 x float> poison, float %1043, i64 0
  %1045 = shufflevector <8 x float> %1044, <8 x float> poison, <8 x i32> zeroinitializer
  %1046 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1045, <8 x float> %1016, <8 x float> %1011)
  %1047 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1045, <8 x float> %1019, <8 x float> %1012)
  %p6.next.3.1 = add nuw nsw i64 %p6.addr.0348.3, 2
  %exitcond525.3.not.1 = icmp eq i64 %p6.next.3.1, 64
  br i1 %exitcond525.3.not.1, label %p6.exit.3, label %p6.body.3

p6.exit.3:                                        ; preds = %p6.body.3
  %1048 = or disjoint i64 %722, 48
  %1049 = getelementptr inbounds float, ptr %A, i64 %1048
  store <8 x float> %1025, ptr %1049, align 4
  %1050 = or disjoint i64 %722, 56
  %1051 = getelementptr inbounds float, ptr %A, i64 %1050
  store <8 x float> %1026, ptr %1051, align 4
  %1052 = or disjoint i64 %722, 112
  %1053 = getelementptr inbounds float, ptr %A, i64 %1052
  store <8 x float> %1032, ptr %1053, align 4
  %1054 = or disjoint i64 %722, 120
  %1055 = getelementptr inbounds float, ptr %A, i64 %1054
  store <8 x float> %1033, ptr %1055, align 4
  %1056 = or disjoint i64 %722, 176
  %1057 = getelementptr inbounds float, ptr %A, i64 %1056
  store <8 x float> %1039, ptr %1057, align 4
  %1058 = or disjoint i64 %722, 184
  %1059 = getelementptr inbounds float, ptr %A, i64 %1058
  store <8 x float> %1040, ptr %1059, align 4
  %1060 = or disjoint i64 %722, 240
  %1061 = getelementptr inbounds float, ptr %A, i64 %1060
  store <8 x float> %1046, ptr %1061, align 4
  %1062 = or disjoint i64 %722, 248
  %1063 = getelementptr inbounds float, ptr %A, i64 %1062
  store <8 x float> %1047, ptr %1063, align 4
  %i14.next = add nuw nsw i64 %i14.addr.0358, 4
  %1064 = icmp ult i64 %i14.addr.0358, 60
  br i1 %1064, label %j10.head.preheader, label %i15.body

i15.body:                                         ; preds = %p6.exit.3, %i15.body
  %i15.addr.0360 = phi i64 [ %i15.next, %i15.body ], [ 0, %p6.exit.3 ]
  %broadcast.splatinsert1008 = insertelement <8 x i64> poison, i64 %i15.addr.0360, i64 0
  %broadcast.splat1009 = shufflevector <8 x i64> %broadcast.splatinsert1008, <8 x i64> poison, <8 x i32> zeroinitializer
  %1065 = getelementptr inbounds float, ptr %bet, i64 %i15.addr.0360
  %1066 = load float, ptr %1065, align 4
  %broadcast.splatinsert1006 = insertelement <8 x float> poison, float %1066, i64 0
  %broadcast.splat1007 = shufflevector <8 x float> %broadcast.splatinsert1006, <8 x float> poison, <8 x i32> zeroinitializer
  %.idx453 = shl nsw i64 %i15.addr.0360, 8
  %invariant.gep769 = getelementptr inbounds i8, ptr %A, i64 %.idx453
  %1067 = getelementptr inbounds i8, ptr %invariant.gep769, i64 32
  %1068 = getelementptr inbounds i8, ptr %invariant.gep769, i64 64
  %1069 = getelementptr inbounds i8, ptr %invariant.gep769, i64 96
  %wide.load1002 = load <8 x float>, ptr %invariant.gep769, align 4
  %wide.load1003 = load <8 x float>, ptr %1067, align 4
  %wide.load1004 = load <8 x float>, ptr %1068, align 4
  %wide.load1005 = load <8 x float>, ptr %1069, align 4
  %1070 = fmul <8 x float> %broadcast.splat1007, %wide.load1002
  %1071 = fmul <8 x float> %broadcast.splat1007, %wide.load1003
  %1072 = fmul <8 x float> %broadcast.splat1007, %wide.load1004
  %1073 = fmul <8 x float> %broadcast.splat1007, %wide.load1005
  %1074 = icmp ugt <8 x i64> %broadcast.splat1009, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1075 = icmp ugt <8 x i64> %broadcast.splat1009, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %1076 = icmp ugt <8 x i64> %broadcast.splat1009, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %1077 = icmp ugt <8 x i64> %broadcast.splat1009, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %1078 = select <8 x i1> %1074, <8 x float> %1070, <8 x float> zeroinitializer
  %1079 = select <8 x i1> %1075, <8 x float> %1071, <8 x float> zeroinitializer
  %1080 = select <8 x i1> %1076, <8 x float> %1072, <8 x float> zeroinitializer
  %1081 = select <8 x i1> %1077, <8 x float> %1073, <8 x float> zeroinitializer
  store <8 x float> %1078, ptr %invariant.gep769, align 4
  store <8 x float> %1079, ptr %1067, align 4
  store <8 x float> %1080, ptr %1068, align 4
  store <8 x float> %1081, ptr %1069, align 4
  %1082 = getelementptr inbounds i8, ptr %invariant.gep769, i64 128
  %1083 = getelementptr inbounds i8, ptr %invariant.gep769, i64 160
  %1084 = getelementptr inbounds i8, ptr %invariant.gep769, i64 192
  %1085 = getelementptr inbounds i8, ptr %invariant.gep769, i64 224
  %wide.load1002.1 = load <8 x float>, ptr %1082, align 4
  %wide.load1003.1 = load <8 x float>, ptr %1083, align 4
  %wide.load1004.1 = load <8 x float>, ptr %1084, align 4
  %wide.load1005.1 = load <8 x float>, ptr %1085, align 4
  %1086 = fmul <8 x float> %broadcast.splat1007, %wide.load1002.1
  %1087 = fmul <8 x float> %broadcast.splat1007, %wide.load1003.1
  %1088 = fmul <8 x float> %broadcast.splat1007, %wide.load1004.1
  %1089 = fmul <8 x float> %broadcast.splat1007, %wide.load1005.1
  %1090 = icmp ugt <8 x i64> %broadcast.splat1009, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %1091 = icmp ugt <8 x i64> %broadcast.splat1009, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %1092 = icmp ugt <8 x i64> %broadcast.splat1009, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %1093 = icmp ugt <8 x i64> %broadcast.splat1009, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %1094 = select <8 x i1> %1090, <8 x float> %1086, <8 x float> zeroinitializer
  %1095 = select <8 x i1> %1091, <8 x float> %1087, <8 x float> zeroinitializer
  %1096 = select <8 x i1> %1092, <8 x float> %1088, <8 x float> zeroinitializer
  %1097 = select <8 x i1> %1093, <8 x float> %1089, <8 x float> zeroinitializer
  store <8 x float> %1094, ptr %1082, align 4
  store <8 x float> %1095, ptr %1083, align 4
  store <8 x float> %1096, ptr %1084, align 4
  store <8 x float> %1097, ptr %1085, align 4
  %i15.next = add nuw nsw i64 %i15.addr.0360, 1
  %exitcond527.not = icmp eq i64 %i15.next, 64
  br i1 %exitcond527.not, label %c.head.preheader, label %i15.body

c.head.preheader:                                 ; preds = %i15.body, %j12.exit.1
  %indvar1245 = phi i64 [ %indvar.next1246, %j12.exit.1 ], [ 0, %i15.body ]
  %i16.addr.0371 = phi i64 [ %i16.next, %j12.exit.1 ], [ 1, %i15.body ]
  %1098 = shl nuw nsw i64 %i16.addr.0371, 7
  %.idx = shl nuw nsw i64 %i16.addr.0371, 8
  %1099 = getelementptr inbounds i8, ptr %A, i64 %.idx
  %1100 = getelementptr inbounds float, ptr %X, i64 %1098
  %1101 = load <8 x float>, ptr %1100, align 4
  %1102 = or disjoint i64 %1098, 8
  %1103 = getelementptr inbounds float, ptr %X, i64 %1102
  %1104 = load <8 x float>, ptr %1103, align 4
  %1105 = or disjoint i64 %1098, 16
  %1106 = getelementptr inbounds float, ptr %X, i64 %1105
  %1107 = load <8 x float>, ptr %1106, align 4
  %1108 = or disjoint i64 %1098, 24
  %1109 = getelementptr inbounds float, ptr %X, i64 %1108
  %1110 = load <8 x float>, ptr %1109, align 4
  %1111 = or disjoint i64 %1098, 32
  %1112 = getelementptr inbounds float, ptr %X, i64 %1111
  %1113 = load <8 x float>, ptr %1112, align 4
  %1114 = or disjoint i64 %1098, 40
  %1115 = getelementptr inbounds float, ptr %X, i64 %1114
  %1116 = load <8 x float>, ptr %1115, align 4
  %1117 = or disjoint i64 %1098, 48
  %1118 = getelementptr inbounds float, ptr %X, i64 %1117
  %1119 = load <8 x float>, ptr %1118, align 4
  %1120 = or disjoint i64 %1098, 56
  %1121 = getelementptr inbounds float, ptr %X, i64 %1120
  %1122 = load <8 x float>, ptr %1121, align 4
  %xtraiter = and i64 %i16.addr.0371, 1
  %1123 = icmp eq i64 %indvar1245, 0
  br i1 %1123, label %j12.exit.unr-lcssa, label %c.head.preheader.new

c.head.preheader.new:                             ; preds = %c.head.preheader
  %unroll_iter = and i64 %i16.addr.0371, 9223372036854775806
  br label %j12.body

j12.body:                                         ; preds = %j12.body, %c.head.preheader.new
  %j12.addr.0369 = phi i64 [ 0, %c.head.preheader.new ], [ %j12.next.11264, %j12.body ]
  %acc1546.0368 = phi <8 x float> [ %1122, %c.head.preheader.new ], [ %1197, %j12.body ]
  %acc14.0367 = phi <8 x float> [ %1119, %c.head.preheader.new ], [ %1193, %j12.body ]
  %acc13.0366 = phi <8 x float> [ %1116, %c.head.preheader.new ], [ %1189, %j12.body ]
  %acc12.0365 = phi <8 x float> [ %1113, %c.head.preheader.new ], [ %1185, %j12.body ]
  %acc11.0364 = phi <8 x float> [ %1110, %c.head.preheader.new ], [ %1181, %j12.body ]
  %acc10.0363 = phi <8 x float> [ %1107, %c.head.preheader.new ], [ %1177, %j12.body ]
  %acc9.0362 = phi <8 x float> [ %1104, %c.head.preheader.new ], [ %1173, %j12.body ]
  %acc8.0361 = phi <8 x float> [ %1101, %c.head.preheader.new ], [ %1169, %j12.body ]
  %niter = phi i64 [ 0, %c.head.preheader.new ], [ %niter.next.1, %j12.body ]
  %1124 = getelementptr inbounds float, ptr %1099, i64 %j12.addr.0369
  %1125 = load float, ptr %1124, align 4
  %1126 = fneg float %1125
  %1127 = shl nsw i64 %j12.addr.0369, 7
  %1128 = getelementptr inbounds float, ptr %X, i64 %1127
  %1129 = load <8 x float>, ptr %1128, align 4
  %1130 = insertelement <8 x float> poison, float %1126, i64 0
  %1131 = shufflevector <8 x float> %1130, <8 x float> poison, <8 x i32> zeroinitializer
  %1132 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> %1129, <8 x float> %acc8.0361)
  %1133 = or disjoint i64 %1127, 8
  %1134 = getelementptr inbounds float, ptr %X, i64 %1133
  %1135 = load <8 x float>, ptr %1134, align 4
  %1136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> %1135, <8 x float> %acc9.0362)
  %1137 = or disjoint i64 %1127, 16
  %1138 = getelementptr inbounds float, ptr %X, i64 %1137
  %1139 = load <8 x float>, ptr %1138, align 4
  %1140 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> %1139, <8 x float> %acc10.0363)
  %1141 = or disjoint i64 %1127, 24
  %1142 = getelementptr inbounds float, ptr %X, i64 %1141
  %1143 = load <8 x float>, ptr %1142, align 4
  %1144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> %1143, <8 x float> %acc11.0364)
  %1145 = or disjoint i64 %1127, 32
  %1146 = getelementptr inbounds float, ptr %X, i64 %1145
  %1147 = load <8 x float>, ptr %1146, align 4
  %1148 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> %1147, <8 x float> %acc12.0365)
  %1149 = or disjoint i64 %1127, 40
  %1150 = getelementptr inbounds float, ptr %X, i64 %1149
  %1151 = load <8 x float>, ptr %1150, align 4
  %1152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> %1151, <8 x float> %acc13.0366)
  %1153 = or disjoint i64 %1127, 48
  %1154 = getelementptr inbounds float, ptr %X, i64 %1153
  %1155 = load <8 x float>, ptr %1154, align 4
  %1156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> %1155, <8 x float> %acc14.0367)
  %1157 = or disjoint i64 %1127, 56
  %1158 = getelementptr inbounds float, ptr %X, i64 %1157
  %1159 = load <8 x float>, ptr %1158, align 4
  %1160 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1131, <8 x float> %1159, <8 x float> %acc1546.0368)
  %j12.next = or disjoint i64 %j12.addr.0369, 1
  %1161 = getelementptr inbounds float, ptr %1099, i64 %j12.next
  %1162 = load float, ptr %1161, align 4
  %1163 = fneg float %1162
  %1164 = shl nsw i64 %j12.next, 7
  %1165 = getelementptr inbounds float, ptr %X, i64 %1164
  %1166 = load <8 x float>, ptr %1165, align 4
  %1167 = insertelement <8 x float> poison, float %1163, i64 0
  %1168 = shufflevector <8 x float> %1167, <8 x float> poison, <8 x i32> zeroinitializer
  %1169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> %1166, <8 x float> %1132)
  %1170 = or disjoint i64 %1164, 8
  %1171 = getelementptr inbounds float, ptr %X, i64 %1170
  %1172 = load <8 x float>, ptr %1171, align 4
  %1173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> %1172, <8 x float> %1136)
  %1174 = or disjoint i64 %1164, 16
  %1175 = getelementptr inbounds float, ptr %X, i64 %1174
  %1176 = load <8 x float>, ptr %1175, align 4
  %1177 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> %1176, <8 x float> %1140)
  %1178 = or disjoint i64 %1164, 24
  %1179 = getelementptr inbounds float, ptr %X, i64 %1178
  %1180 = load <8 x float>, ptr %1179, align 4
  %1181 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> %1180, <8 x float> %1144)
  %1182 = or disjoint i64 %1164, 32
  %1183 = getelementptr inbounds float, ptr %X, i64 %1182
  %1184 = load <8 x float>, ptr %1183, align 4
  %1185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> %1184, <8 x float> %1148)
  %1186 = or disjoint i64 %1164, 40
  %1187 = getelementptr inbounds float, ptr %X, i64 %1186
  %1188 = load <8 x float>, ptr %1187, align 4
  %1189 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> %1188, <8 x float> %1152)
  %1190 = or disjoint i64 %1164, 48
  %1191 = getelementptr inbounds float, ptr %X, i64 %1190
  %1192 = load <8 x float>, ptr %1191, align 4
  %1193 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> %1192, <8 x float> %1156)
  %1194 = or disjoint i64 %1164, 56
  %1195 = getelementptr inbounds float, ptr %X, i64 %1194
  %1196 = load <8 x float>, ptr %1195, align 4
  %1197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> %1196, <8 x float> %1160)
  %j12.next.11264 = add nuw nsw i64 %j12.addr.0369, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j12.exit.unr-lcssa, label %j12.body

j12.exit.unr-lcssa:                               ; preds = %j12.body, %c.head.preheader
  %.lcssa1065.ph = phi <8 x float> [ poison, %c.head.preheader ], [ %1169, %j12.body ]
  %.lcssa1064.ph = phi <8 x float> [ poison, %c.head.preheader ], [ %1173, %j12.body ]
  %.lcssa1063.ph = phi <8 x float> [ poison, %c.head.preheader ], [ %1177, %j12.body ]
  %.lcssa1062.ph = phi <8 x float> [ poison, %c.head.preheader ], [ %1181, %j12.body ]
  %.lcssa1061.ph = phi <8 x float> [ poison, %c.head.preheader ], [ %1185, %j12.body ]
  %.lcssa1060.ph = phi <8 x float> [ poison, %c.head.preheader ], [ %1189, %j12.body ]
  %.lcssa1059.ph = phi <8 x float> [ poison, %c.head.preheader ], [ %1193, %j12.body ]
  %.lcssa1058.ph = phi <8 x float> [ poison, %c.head.preheader ], [ %1197, %j12.body ]
  %j12.addr.0369.unr = phi i64 [ 0, %c.head.preheader ], [ %j12.next.11264, %j12.body ]
  %acc1546.0368.unr = phi <8 x float> [ %1122, %c.head.preheader ], [ %1197, %j12.body ]
  %acc14.0367.unr = phi <8 x float> [ %1119, %c.head.preheader ], [ %1193, %j12.body ]
  %acc13.0366.unr = phi <8 x float> [ %1116, %c.head.preheader ], [ %1189, %j12.body ]
  %acc12.0365.unr = phi <8 x float> [ %1113, %c.head.preheader ], [ %1185, %j12.body ]
  %acc11.0364.unr = phi <8 x float> [ %1110, %c.head.preheader ], [ %1181, %j12.body ]
  %acc10.0363.unr = phi <8 x float> [ %1107, %c.head.preheader ], [ %1177, %j12.body ]
  %acc9.0362.unr = phi <8 x float> [ %1104, %c.head.preheader ], [ %1173, %j12.body ]
  %acc8.0361.unr = phi <8 x float> [ %1101, %c.head.preheader ], [ %1169, %j12.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j12.exit, label %j12.body.epil

j12.body.epil:                                    ; preds = %j12.exit.unr-lcssa
  %1198 = getelementptr inbounds float, ptr %1099, i64 %j12.addr.0369.unr
  %1199 = load float, ptr %1198, align 4
  %1200 = fneg float %1199
  %1201 = shl nsw i64 %j12.addr.0369.unr, 7
  %1202 = getelementptr inbounds float, ptr %X, i64 %1201
  %1203 = load <8 x float>, ptr %1202, align 4
  %1204 = insertelement <8 x float> poison, float %1200, i64 0
  %1205 = shufflevector <8 x float> %1204, <8 x float> poison, <8 x i32> zeroinitializer
  %1206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1203, <8 x float> %acc8.0361.unr)
  %1207 = or disjoint i64 %1201, 8
  %1208 = getelementptr inbounds float, ptr %X, i64 %1207
  %1209 = load <8 x float>, ptr %1208, align 4
  %1210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1209, <8 x float> %acc9.0362.unr)
  %1211 = or disjoint i64 %1201, 16
  %1212 = getelementptr inbounds float, ptr %X, i64 %1211
  %1213 = load <8 x float>, ptr %1212, align 4
  %1214 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1213, <8 x float> %acc10.0363.unr)
  %1215 = or disjoint i64 %1201, 24
  %1216 = getelementptr inbounds float, ptr %X, i64 %1215
  %1217 = load <8 x float>, ptr %1216, align 4
  %1218 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1217, <8 x float> %acc11.0364.unr)
  %1219 = or disjoint i64 %1201, 32
  %1220 = getelementptr inbounds float, ptr %X, i64 %1219
  %1221 = load <8 x float>, ptr %1220, align 4
  %1222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1221, <8 x float> %acc12.0365.unr)
  %1223 = or disjoint i64 %1201, 40
  %1224 = getelementptr inbounds float, ptr %X, i64 %1223
  %1225 = load <8 x float>, ptr %1224, align 4
  %1226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1225, <8 x float> %acc13.0366.unr)
  %1227 = or disjoint i64 %1201, 48
  %1228 = getelementptr inbounds float, ptr %X, i64 %1227
  %1229 = load <8 x float>, ptr %1228, align 4
  %1230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1229, <8 x float> %acc14.0367.unr)
  %1231 = or disjoint i64 %1201, 56
  %1232 = getelementptr inbounds float, ptr %X, i64 %1231
  %1233 = load <8 x float>, ptr %1232, align 4
  %1234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1233, <8 x float> %acc1546.0368.unr)
  br label %j12.exit

j12.exit:                                         ; preds = %j12.exit.unr-lcssa, %j12.body.epil
  %.lcssa1065 = phi <8 x float> [ %.lcssa1065.ph, %j12.exit.unr-lcssa ], [ %1206, %j12.body.epil ]
  %.lcssa1064 = phi <8 x float> [ %.lcssa1064.ph, %j12.exit.unr-lcssa ], [ %1210, %j12.body.epil ]
  %.lcssa1063 = phi <8 x float> [ %.lcssa1063.ph, %j12.exit.unr-lcssa ], [ %1214, %j12.body.epil ]
  %.lcssa1062 = phi <8 x float> [ %.lcssa1062.ph, %j12.exit.unr-lcssa ], [ %1218, %j12.body.epil ]
  %.lcssa1061 = phi <8 x float> [ %.lcssa1061.ph, %j12.exit.unr-lcssa ], [ %1222, %j12.body.epil ]
  %.lcssa1060 = phi <8 x float> [ %.lcssa1060.ph, %j12.exit.unr-lcssa ], [ %1226, %j12.body.epil ]
  %.lcssa1059 = phi <8 x float> [ %.lcssa1059.ph, %j12.exit.unr-lcssa ], [ %1230, %j12.body.epil ]
  %.lcssa1058 = phi <8 x float> [ %.lcssa1058.ph, %j12.exit.unr-lcssa ], [ %1234, %j12.body.epil ]
  store <8 x float> %.lcssa1065, ptr %1100, align 4
  store <8 x float> %.lcssa1064, ptr %1103, align 4
  store <8 x float> %.lcssa1063, ptr %1106, align 4
  store <8 x float> %.lcssa1062, ptr %1109, align 4
  store <8 x float> %.lcssa1061, ptr %1112, align 4
  store <8 x float> %.lcssa1060, ptr %1115, align 4
  store <8 x float> %.lcssa1059, ptr %1118, align 4
  store <8 x float> %.lcssa1058, ptr %1121, align 4
  %1235 = or disjoint i64 %1098, 64
  %1236 = getelementptr inbounds float, ptr %X, i64 %1235
  %1237 = load <8 x float>, ptr %1236, align 4
  %1238 = or disjoint i64 %1098, 72
  %1239 = getelementptr inbounds float, ptr %X, i64 %1238
  %1240 = load <8 x float>, ptr %1239, align 4
  %1241 = or disjoint i64 %1098, 80
  %1242 = getelementptr inbounds float, ptr %X, i64 %1241
  %1243 = load <8 x float>, ptr %1242, align 4
  %1244 = or disjoint i64 %1098, 88
  %1245 = getelementptr inbounds float, ptr %X, i64 %1244
  %1246 = load <8 x float>, ptr %1245, align 4
  %1247 = or disjoint i64 %1098, 96
  %1248 = getelementptr inbounds float, ptr %X, i64 %1247
  %1249 = load <8 x float>, ptr %1248, align 4
  %1250 = or disjoint i64 %1098, 104
  %1251 = getelementptr inbounds float, ptr %X, i64 %1250
  %1252 = load <8 x float>, ptr %1251, align 4
  %1253 = or disjoint i64 %1098, 112
  %1254 = getelementptr inbounds float, ptr %X, i64 %1253
  %1255 = load <8 x float>, ptr %1254, align 4
  %1256 = or disjoint i64 %1098, 120
  %1257 = getelementptr inbounds float, ptr %X, i64 %1256
  %1258 = load <8 x float>, ptr %1257, align 4
  %xtraiter1266 = and i64 %i16.addr.0371, 1
  %1259 = icmp eq i64 %indvar1245, 0
  br i1 %1259, label %j12.exit.1.unr-lcssa, label %j12.exit.new

j12.exit.new:                                     ; preds = %j12.exit
  %unroll_iter1276 = and i64 %i16.addr.0371, 9223372036854775806
  br label %j12.body.1

j12.body.1:                                       ; preds = %j12.body.1, %j12.exit.new
  %j12.addr.0369.1 = phi i64 [ 0, %j12.exit.new ], [ %j12.next.1.1, %j12.body.1 ]
  %acc1546.0368.1 = phi <8 x float> [ %1258, %j12.exit.new ], [ %1335, %j12.body.1 ]
  %acc14.0367.1 = phi <8 x float> [ %1255, %j12.exit.new ], [ %1331, %j12.body.1 ]
  %acc13.0366.1 = phi <8 x float> [ %1252, %j12.exit.new ], [ %1327, %j12.body.1 ]
  %acc12.0365.1 = phi <8 x float> [ %1249, %j12.exit.new ], [ %1323, %j12.body.1 ]
  %acc11.0364.1 = phi <8 x float> [ %1246, %j12.exit.new ], [ %1319, %j12.body.1 ]
  %acc10.0363.1 = phi <8 x float> [ %1243, %j12.exit.new ], [ %1315, %j12.body.1 ]
  %acc9.0362.1 = phi <8 x float> [ %1240, %j12.exit.new ], [ %1311, %j12.body.1 ]
  %acc8.0361.1 = phi <8 x float> [ %1237, %j12.exit.new ], [ %1307, %j12.body.1 ]
  %niter1277 = phi i64 [ 0, %j12.exit.new ], [ %niter1277.next.1, %j12.body.1 ]
  %1260 = getelementptr inbounds float, ptr %1099, i64 %j12.addr.0369.1
  %1261 = load float, ptr %1260, align 4
  %1262 = fneg float %1261
  %1263 = shl nsw i64 %j12.addr.0369.1, 7
  %1264 = or disjoint i64 %1263, 64
  %1265 = getelementptr inbounds float, ptr %X, i64 %1264
  %1266 = load <8 x float>, ptr %1265, align 4
  %1267 = insertelement <8 x float> poison, float %1262, i64 0
  %1268 = shufflevector <8 x float> %1267, <8 x float> poison, <8 x i32> zeroinitializer
  %1269 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1268, <8 x float> %1266, <8 x float> %acc8.0361.1)
  %1270 = or disjoint i64 %1263, 72
  %1271 = getelementptr inbounds float, ptr %X, i64 %1270
  %1272 = load <8 x float>, ptr %1271, align 4
  %1273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1268, <8 x float> %1272, <8 x float> %acc9.0362.1)
  %1274 = or disjoint i64 %1263, 80
  %1275 = getelementptr inbounds float, ptr %X, i64 %1274
  %1276 = load <8 x float>, ptr %1275, align 4
  %1277 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1268, <8 x float> %1276, <8 x float> %acc10.0363.1)
  %1278 = or disjoint i64 %1263, 88
  %1279 = getelementptr inbounds float, ptr %X, i64 %1278
  %1280 = load <8 x float>, ptr %1279, align 4
  %1281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1268, <8 x float> %1280, <8 x float> %acc11.0364.1)
  %1282 = or disjoint i64 %1263, 96
  %1283 = getelementptr inbounds float, ptr %X, i64 %1282
  %1284 = load <8 x float>, ptr %1283, align 4
  %1285 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1268, <8 x float> %1284, <8 x float> %acc12.0365.1)
  %1286 = or disjoint i64 %1263, 104
  %1287 = getelementptr inbounds float, ptr %X, i64 %1286
  %1288 = load <8 x float>, ptr %1287, align 4
  %1289 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1268, <8 x float> %1288, <8 x float> %acc13.0366.1)
  %1290 = or disjoint i64 %1263, 112
  %1291 = getelementptr inbounds float, ptr %X, i64 %1290
  %1292 = load <8 x float>, ptr %1291, align 4
  %1293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1268, <8 x float> %1292, <8 x float> %acc14.0367.1)
  %1294 = or disjoint i64 %1263, 120
  %1295 = getelementptr inbounds float, ptr %X, i64 %1294
  %1296 = load <8 x float>, ptr %1295, align 4
  %1297 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1268, <8 x float> %1296, <8 x float> %acc1546.0368.1)
  %j12.next.1 = or disjoint i64 %j12.addr.0369.1, 1
  %1298 = getelementptr inbounds float, ptr %1099, i64 %j12.next.1
  %1299 = load float, ptr %1298, align 4
  %1300 = fneg float %1299
  %1301 = shl nsw i64 %j12.next.1, 7
  %1302 = or disjoint i64 %1301, 64
  %1303 = getelementptr inbounds float, ptr %X, i64 %1302
  %1304 = load <8 x float>, ptr %1303, align 4
  %1305 = insertelement <8 x float> poison, float %1300, i64 0
  %1306 = shufflevector <8 x float> %1305, <8 x float> poison, <8 x i32> zeroinitializer
  %1307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1304, <8 x float> %1269)
  %1308 = or disjoint i64 %1301, 72
  %1309 = getelementptr inbounds float, ptr %X, i64 %1308
  %1310 = load <8 x float>, ptr %1309, align 4
  %1311 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1310, <8 x float> %1273)
  %1312 = or disjoint i64 %1301, 80
  %1313 = getelementptr inbounds float, ptr %X, i64 %1312
  %1314 = load <8 x float>, ptr %1313, align 4
  %1315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1314, <8 x float> %1277)
  %1316 = or disjoint i64 %1301, 88
  %1317 = getelementptr inbounds float, ptr %X, i64 %1316
  %1318 = load <8 x float>, ptr %1317, align 4
  %1319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1318, <8 x float> %1281)
  %1320 = or disjoint i64 %1301, 96
  %1321 = getelementptr inbounds float, ptr %X, i64 %1320
  %1322 = load <8 x float>, ptr %1321, align 4
  %1323 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1322, <8 x float> %1285)
  %1324 = or disjoint i64 %1301, 104
  %1325 = getelementptr inbounds float, ptr %X, i64 %1324
  %1326 = load <8 x float>, ptr %1325, align 4
  %1327 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1326, <8 x float> %1289)
  %1328 = or disjoint i64 %1301, 112
  %1329 = getelementptr inbounds float, ptr %X, i64 %1328
  %1330 = load <8 x float>, ptr %1329, align 4
  %1331 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1330, <8 x float> %1293)
  %1332 = or disjoint i64 %1301, 120
  %1333 = getelementptr inbounds float, ptr %X, i64 %1332
  %1334 = load <8 x float>, ptr %1333, align 4
  %1335 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1334, <8 x float> %1297)
  %j12.next.1.1 = add nuw nsw i64 %j12.addr.0369.1, 2
  %niter1277.next.1 = add i64 %niter1277, 2
  %niter1277.ncmp.1 = icmp eq i64 %niter1277.next.1, %unroll_iter1276
  br i1 %niter1277.ncmp.1, label %j12.exit.1.unr-lcssa, label %j12.body.1

j12.exit.1.unr-lcssa:                             ; preds = %j12.body.1, %j12.exit
  %.lcssa1073.ph = phi <8 x float> [ poison, %j12.exit ], [ %1307, %j12.body.1 ]
  %.lcssa1072.ph = phi <8 x float> [ poison, %j12.exit ], [ %1311, %j12.body.1 ]
  %.lcssa1071.ph = phi <8 x float> [ poison, %j12.exit ], [ %1315, %j12.body.1 ]
  %.lcssa1070.ph = phi <8 x float> [ poison, %j12.exit ], [ %1319, %j12.body.1 ]
  %.lcssa1069.ph = phi <8 x float> [ poison, %j12.exit ], [ %1323, %j12.body.1 ]
  %.lcssa1068.ph = phi <8 x float> [ poison, %j12.exit ], [ %1327, %j12.body.1 ]
  %.lcssa1067.ph = phi <8 x float> [ poison, %j12.exit ], [ %1331, %j12.body.1 ]
  %.lcssa1066.ph = phi <8 x float> [ poison, %j12.exit ], [ %1335, %j12.body.1 ]
  %j12.addr.0369.1.unr = phi i64 [ 0, %j12.exit ], [ %j12.next.1.1, %j12.body.1 ]
  %acc1546.0368.1.unr = phi <8 x float> [ %1258, %j12.exit ], [ %1335, %j12.body.1 ]
  %acc14.0367.1.unr = phi <8 x float> [ %1255, %j12.exit ], [ %1331, %j12.body.1 ]
  %acc13.0366.1.unr = phi <8 x float> [ %1252, %j12.exit ], [ %1327, %j12.body.1 ]
  %acc12.0365.1.unr = phi <8 x float> [ %1249, %j12.exit ], [ %1323, %j12.body.1 ]
  %acc11.0364.1.unr = phi <8 x float> [ %1246, %j12.exit ], [ %1319, %j12.body.1 ]
  %acc10.0363.1.unr = phi <8 x float> [ %1243, %j12.exit ], [ %1315, %j12.body.1 ]
  %acc9.0362.1.unr = phi <8 x float> [ %1240, %j12.exit ], [ %1311, %j12.body.1 ]
  %acc8.0361.1.unr = phi <8 x float> [ %1237, %j12.exit ], [ %1307, %j12.body.1 ]
  %lcmp.mod1267.not = icmp eq i64 %xtraiter1266, 0
  br i1 %lcmp.mod1267.not, label %j12.exit.1, label %j12.body.1.epil

j12.body.1.epil:                                  ; preds = %j12.exit.1.unr-lcssa
  %1336 = getelementptr inbounds float, ptr %1099, i64 %j12.addr.0369.1.unr
  %1337 = load float, ptr %1336, align 4
  %1338 = fneg float %1337
  %1339 = shl nsw i64 %j12.addr.0369.1.unr, 7
  %1340 = or disjoint i64 %1339, 64
  %1341 = getelementptr inbounds float, ptr %X, i64 %1340
  %1342 = load <8 x float>, ptr %1341, align 4
  %1343 = insertelement <8 x float> poison, float %1338, i64 0
  %1344 = shufflevector <8 x float> %1343, <8 x float> poison, <8 x i32> zeroinitializer
  %1345 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1344, <8 x float> %1342, <8 x float> %acc8.0361.1.unr)
  %1346 = or disjoint i64 %1339, 72
  %1347 = getelementptr inbounds float, ptr %X, i64 %1346
  %1348 = load <8 x float>, ptr %1347, align 4
  %1349 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1344, <8 x float> %1348, <8 x float> %acc9.0362.1.unr)
  %1350 = or disjoint i64 %1339, 80
  %1351 = getelementptr inbounds float, ptr %X, i64 %1350
  %1352 = load <8 x float>, ptr %1351, align 4
  %1353 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1344, <8 x float> %1352, <8 x float> %acc10.0363.1.unr)
  %1354 = or disjoint i64 %1339, 88
  %1355 = getelementptr inbounds float, ptr %X, i64 %1354
  %1356 = load <8 x float>, ptr %1355, align 4
  %1357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1344, <8 x float> %1356, <8 x float> %acc11.0364.1.unr)
  %1358 = or disjoint i64 %1339, 96
  %1359 = getelementptr inbounds float, ptr %X, i64 %1358
  %1360 = load <8 x float>, ptr %1359, align 4
  %1361 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1344, <8 x float> %1360, <8 x float> %acc12.0365.1.unr)
  %1362 = or disjoint i64 %1339, 104
  %1363 = getelementptr inbounds float, ptr %X, i64 %1362
  %1364 = load <8 x float>, ptr %1363, align 4
  %1365 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1344, <8 x float> %1364, <8 x float> %acc13.0366.1.unr)
  %1366 = or disjoint i64 %1339, 112
  %1367 = getelementptr inbounds float, ptr %X, i64 %1366
  %1368 = load <8 x float>, ptr %1367, align 4
  %1369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1344, <8 x float> %1368, <8 x float> %acc14.0367.1.unr)
  %1370 = or disjoint i64 %1339, 120
  %1371 = getelementptr inbounds float, ptr %X, i64 %1370
  %1372 = load <8 x float>, ptr %1371, align 4
  %1373 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1344, <8 x float> %1372, <8 x float> %acc1546.0368.1.unr)
  br label %j12.exit.1

j12.exit.1:                                       ; preds = %j12.exit.1.unr-lcssa, %j12.body.1.epil
  %.lcssa1073 = phi <8 x float> [ %.lcssa1073.ph, %j12.exit.1.unr-lcssa ], [ %1345, %j12.body.1.epil ]
  %.lcssa1072 = phi <8 x float> [ %.lcssa1072.ph, %j12.exit.1.unr-lcssa ], [ %1349, %j12.body.1.epil ]
  %.lcssa1071 = phi <8 x float> [ %.lcssa1071.ph, %j12.exit.1.unr-lcssa ], [ %1353, %j12.body.1.epil ]
  %.lcssa1070 = phi <8 x float> [ %.lcssa1070.ph, %j12.exit.1.unr-lcssa ], [ %1357, %j12.body.1.epil ]
  %.lcssa1069 = phi <8 x float> [ %.lcssa1069.ph, %j12.exit.1.unr-lcssa ], [ %1361, %j12.body.1.epil ]
  %.lcssa1068 = phi <8 x float> [ %.lcssa1068.ph, %j12.exit.1.unr-lcssa ], [ %1365, %j12.body.1.epil ]
  %.lcssa1067 = phi <8 x float> [ %.lcssa1067.ph, %j12.exit.1.unr-lcssa ], [ %1369, %j12.body.1.epil ]
  %.lcssa1066 = phi <8 x float> [ %.lcssa1066.ph, %j12.exit.1.unr-lcssa ], [ %1373, %j12.body.1.epil ]
  store <8 x float> %.lcssa1073, ptr %1236, align 4
  store <8 x float> %.lcssa1072, ptr %1239, align 4
  store <8 x float> %.lcssa1071, ptr %1242, align 4
  store <8 x float> %.lcssa1070, ptr %1245, align 4
  store <8 x float> %.lcssa1069, ptr %1248, align 4
  store <8 x float> %.lcssa1068, ptr %1251, align 4
  store <8 x float> %.lcssa1067, ptr %1254, align 4
  store <8 x float> %.lcssa1066, ptr %1257, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0371, 1
  %exitcond529.not = icmp eq i64 %i16.next, 64
  %indvar.next1246 = add i64 %indvar1245, 1
  br i1 %exitcond529.not, label %j13.head.preheader, label %c.head.preheader

j13.head.preheader:                               ; preds = %j12.exit.1, %p7.exit.3
  %i17.addr.0382 = phi i64 [ %i17.next, %p7.exit.3 ], [ 0, %j12.exit.1 ]
  %1374 = shl nuw nsw i64 %i17.addr.0382, 7
  %1375 = or disjoint i64 %1374, 64
  %1376 = or disjoint i64 %1374, 192
  %1377 = or disjoint i64 %1374, 320
  %1378 = or disjoint i64 %1374, 448
  %1379 = getelementptr inbounds float, ptr %X, i64 %1375
  %1380 = load <8 x float>, ptr %1379, align 4
  %1381 = or disjoint i64 %1374, 72
  %1382 = getelementptr inbounds float, ptr %X, i64 %1381
  %1383 = load <8 x float>, ptr %1382, align 4
  %1384 = getelementptr inbounds float, ptr %X, i64 %1376
  %1385 = load <8 x float>, ptr %1384, align 4
  %1386 = or disjoint i64 %1374, 200
  %1387 = getelementptr inbounds float, ptr %X, i64 %1386
  %1388 = load <8 x float>, ptr %1387, align 4
  %1389 = getelementptr inbounds float, ptr %X, i64 %1377
  %1390 = load <8 x float>, ptr %1389, align 4
  %1391 = or disjoint i64 %1374, 328
  %1392 = getelementptr inbounds float, ptr %X, i64 %1391
  %1393 = load <8 x float>, ptr %1392, align 4
  %1394 = getelementptr inbounds float, ptr %X, i64 %1378
  %1395 = load <8 x float>, ptr %1394, align 4
  %1396 = or disjoint i64 %1374, 456
  %1397 = getelementptr inbounds float, ptr %X, i64 %1396
  %1398 = load <8 x float>, ptr %1397, align 4
  br label %p7.body

p7.body:                                          ; preds = %p7.body, %j13.head.preheader
  %p7.addr.0380 = phi i64 [ 0, %j13.head.preheader ], [ %p7.next.11287, %p7.body ]
  %acc23.0379 = phi <8 x float> [ %1398, %j13.head.preheader ], [ %1474, %p7.body ]
  %acc22.0378 = phi <8 x float> [ %1395, %j13.head.preheader ], [ %1473, %p7.body ]
  %acc21.0377 = phi <8 x float> [ %1393, %j13.head.preheader ], [ %1466, %p7.body ]
  %acc20.0376 = phi <8 x float> [ %1390, %j13.head.preheader ], [ %1465, %p7.body ]
  %acc19.0375 = phi <8 x float> [ %1388, %j13.head.preheader ], [ %1458, %p7.body ]
  %acc18.0374 = phi <8 x float> [ %1385, %j13.head.preheader ], [ %1457, %p7.body ]
  %acc17.0373 = phi <8 x float> [ %1383, %j13.head.preheader ], [ %1450, %p7.body ]
  %acc16.0372 = phi <8 x float> [ %1380, %j13.head.preheader ], [ %1449, %p7.body ]
  %1399 = shl nuw nsw i64 %p7.addr.0380, 6
  %1400 = getelementptr inbounds float, ptr %work, i64 %1399
  %1401 = load <8 x float>, ptr %1400, align 4
  %1402 = or disjoint i64 %1399, 8
  %1403 = getelementptr inbounds float, ptr %work, i64 %1402
  %1404 = load <8 x float>, ptr %1403, align 4
  %1405 = or disjoint i64 %p7.addr.0380, %1374
  %1406 = getelementptr inbounds float, ptr %X, i64 %1405
  %1407 = load float, ptr %1406, align 4
  %1408 = fneg float %1407
  %1409 = insertelement <8 x float> poison, float %1408, i64 0
  %1410 = shufflevector <8 x float> %1409, <8 x float> poison, <8 x i32> zeroinitializer
  %1411 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1410, <8 x float> %1401, <8 x float> %acc16.0372)
  %1412 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1410, <8 x float> %1404, <8 x float> %acc17.0373)
  %1413 = or disjoint i64 %1405, 128
  %1414 = getelementptr inbounds float, ptr %X, i64 %1413
  %1415 = load float, ptr %1414, align 4
  %1416 = fneg float %1415
  %1417 = insertelement <8 x float> poison, float %1416, i64 0
  %1418 = shufflevector <8 x float> %1417, <8 x float> poison, <8 x i32> zeroinitializer
  %1419 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1418, <8 x float> %1401, <8 x float> %acc18.0374)
  %1420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1418, <8 x float> %1404, <8 x float> %acc19.0375)
  %1421 = or disjoint i64 %1405, 256
  %1422 = getelementptr inbounds float, ptr %X, i64 %1421
  %1423 = load float, ptr %1422, align 4
  %1424 = fneg float %1423
  %1425 = insertelement <8 x float> poison, float %1424, i64 0
  %1426 = shufflevector <8 x float> %1425, <8 x float> poison, <8 x i32> zeroinitializer
  %1427 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1426, <8 x float> %1401, <8 x float> %acc20.0376)
  %1428 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1426, <8 x float> %1404, <8 x float> %acc21.0377)
  %1429 = or disjoint i64 %1405, 384
  %1430 = getelementptr inbounds float, ptr %X, i64 %1429
  %1431 = load float, ptr %1430, align 4
  %1432 = fneg float %1431
  %1433 = insertelement <8 x float> poison, float %1432, i64 0
  %1434 = shufflevector <8 x float> %1433, <8 x float> poison, <8 x i32> zeroinitializer
  %1435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1434, <8 x float> %1401, <8 x float> %acc22.0378)
  %1436 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1434, <8 x float> %1404, <8 x float> %acc23.0379)
  %p7.next = or disjoint i64 %p7.addr.0380, 1
  %1437 = shl nuw nsw i64 %p7.next, 6
  %1438 = getelementptr inbounds float, ptr %work, i64 %1437
  %1439 = load <8 x float>, ptr %1438, align 4
  %1440 = or disjoint i64 %1437, 8
  %1441 = getelementptr inbounds float, ptr %work, i64 %1440
  %1442 = load <8 x float>, ptr %1441, align 4
  %1443 = or disjoint i64 %p7.next, %1374
  %1444 = getelementptr inbounds float, ptr %X, i64 %1443
  %1445 = load float, ptr %1444, align 4
  %1446 = fneg float %1445
  %1447 = insertelement <8 x float> poison, float %1446, i64 0
  %1448 = shufflevector <8 x float> %1447, <8 x float> poison, <8 x i32> zeroinitializer
  %1449 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1448, <8 x float> %1439, <8 x float> %1411)
  %1450 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1448, <8 x float> %1442, <8 x float> %1412)
  %1451 = or disjoint i64 %1443, 128
  %1452 = getelementptr inbounds float, ptr %X, i64 %1451
  %1453 = load float, ptr %1452, align 4
  %1454 = fneg float %1453
  %1455 = insertelement <8 x float> poison, float %1454, i64 0
  %1456 = shufflevector <8 x float> %1455, <8 x float> poison, <8 x i32> zeroinitializer
  %1457 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1456, <8 x float> %1439, <8 x float> %1419)
  %1458 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1456, <8 x float> %1442, <8 x float> %1420)
  %1459 = or disjoint i64 %1443, 256
  %1460 = getelementptr inbounds float, ptr %X, i64 %1459
  %1461 = load float, ptr %1460, align 4
  %1462 = fneg float %1461
  %1463 = insertelement <8 x float> poison, float %1462, i64 0
  %1464 = shufflevector <8 x float> %1463, <8 x float> poison, <8 x i32> zeroinitializer
  %1465 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1464, <8 x float> %1439, <8 x float> %1427)
  %1466 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1464, <8 x float> %1442, <8 x float> %1428)
  %1467 = or disjoint i64 %1443, 384
  %1468 = getelementptr inbounds float, ptr %X, i64 %1467
  %1469 = load float, ptr %1468, align 4
  %1470 = fneg float %1469
  %1471 = insertelement <8 x float> poison, float %1470, i64 0
  %1472 = shufflevector <8 x float> %1471, <8 x float> poison, <8 x i32> zeroinitializer
  %1473 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1472, <8 x float> %1439, <8 x float> %1435)
  %1474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1472, <8 x float> %1442, <8 x float> %1436)
  %p7.next.11287 = add nuw nsw i64 %p7.addr.0380, 2
  %exitcond530.not.1 = icmp eq i64 %p7.next.11287, 64
  br i1 %exitcond530.not.1, label %p7.exit, label %p7.body

p7.exit:                                          ; preds = %p7.body
  store <8 x float> %1449, ptr %1379, align 4
  store <8 x float> %1450, ptr %1382, align 4
  store <8 x float> %1457, ptr %1384, align 4
  store <8 x float> %1458, ptr %1387, align 4
  store <8 x float> %1465, ptr %1389, align 4
  store <8 x float> %1466, ptr %1392, align 4
  store <8 x float> %1473, ptr %1394, align 4
  store <8 x float> %1474, ptr %1397, align 4
  %1475 = or disjoint i64 %1374, 80
  %1476 = getelementptr inbounds float, ptr %X, i64 %1475
  %1477 = load <8 x float>, ptr %1476, align 4
  %1478 = or disjoint i64 %1374, 88
  %1479 = getelementptr inbounds float, ptr %X, i64 %1478
  %1480 = load <8 x float>, ptr %1479, align 4
  %1481 = or disjoint i64 %1374, 208
  %1482 = getelementptr inbounds float, ptr %X, i64 %1481
  %1483 = load <8 x float>, ptr %1482, align 4
  %1484 = or disjoint i64 %1374, 216
  %1485 = getelementptr inbounds float, ptr %X, i64 %1484
  %1486 = load <8 x float>, ptr %1485, align 4
  %1487 = or disjoint i64 %1374, 336
  %1488 = getelementptr inbounds float, ptr %X, i64 %1487
  %1489 = load <8 x float>, ptr %1488, align 4
  %1490 = or disjoint i64 %1374, 344
  %1491 = getelementptr inbounds float, ptr %X, i64 %1490
  %1492 = load <8 x float>, ptr %1491, align 4
  %1493 = or disjoint i64 %1374, 464
  %1494 = getelementptr inbounds float, ptr %X, i64 %1493
  %1495 = load <8 x float>, ptr %1494, align 4
  %1496 = or disjoint i64 %1374, 472
  %1497 = getelementptr inbounds float, ptr %X, i64 %1496
  %1498 = load <8 x float>, ptr %1497, align 4
  br label %p7.body.1

p7.body.1:                                        ; preds = %p7.body.1, %p7.exit
  %p7.addr.0380.1 = phi i64 [ 0, %p7.exit ], [ %p7.next.1.1, %p7.body.1 ]
  %acc23.0379.1 = phi <8 x float> [ %1498, %p7.exit ], [ %1576, %p7.body.1 ]
  %acc22.0378.1 = phi <8 x float> [ %1495, %p7.exit ], [ %1575, %p7.body.1 ]
  %acc21.0377.1 = phi <8 x float> [ %1492, %p7.exit ], [ %1568, %p7.body.1 ]
  %acc20.0376.1 = phi <8 x float> [ %1489, %p7.exit ], [ %1567, %p7.body.1 ]
  %acc19.0375.1 = phi <8 x float> [ %1486, %p7.exit ], [ %1560, %p7.body.1 ]
  %acc18.0374.1 = phi <8 x float> [ %1483, %p7.exit ], [ %1559, %p7.body.1 ]
  %acc17.0373.1 = phi <8 x float> [ %1480, %p7.exit ], [ %1552, %p7.body.1 ]
  %acc16.0372.1 = phi <8 x float> [ %1477, %p7.exit ], [ %1551, %p7.body.1 ]
  %1499 = shl nuw nsw i64 %p7.addr.0380.1, 6
  %1500 = or disjoint i64 %1499, 16
  %1501 = getelementptr inbounds float, ptr %work, i64 %1500
  %1502 = load <8 x float>, ptr %1501, align 4
  %1503 = or disjoint i64 %1499, 24
  %1504 = getelementptr inbounds float, ptr %work, i64 %1503
  %1505 = load <8 x float>, ptr %1504, align 4
  %1506 = or disjoint i64 %p7.addr.0380.1, %1374
  %1507 = getelementptr inbounds float, ptr %X, i64 %1506
  %1508 = load float, ptr %1507, align 4
  %1509 = fneg float %1508
  %1510 = insertelement <8 x float> poison, float %1509, i64 0
  %1511 = shufflevector <8 x float> %1510, <8 x float> poison, <8 x i32> zeroinitializer
  %1512 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1511, <8 x float> %1502, <8 x float> %acc16.0372.1)
  %1513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1511, <8 x float> %1505, <8 x float> %acc17.0373.1)
  %1514 = or disjoint i64 %1506, 128
  %1515 = getelementptr inbounds float, ptr %X, i64 %1514
  %1516 = load float, ptr %1515, align 4
  %1517 = fneg float %1516
  %1518 = insertelement <8 x float> poison, float %1517, i64 0
  %1519 = shufflevector <8 x float> %1518, <8 x float> poison, <8 x i32> zeroinitializer
  %1520 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1519, <8 x float> %1502, <8 x float> %acc18.0374.1)
  %1521 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1519, <8 x float> %1505, <8 x float> %acc19.0375.1)
  %1522 = or disjoint i64 %1506, 256
  %1523 = getelementptr inbounds float, ptr %X, i64 %1522
  %1524 = load float, ptr %1523, align 4
  %1525 = fneg float %1524
  %1526 = insertelement <8 x float> poison, float %1525, i64 0
  %1527 = shufflevector <8 x float> %1526, <8 x float> poison, <8 x i32> zeroinitializer
  %1528 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1527, <8 x float> %1502, <8 x float> %acc20.0376.1)
  %1529 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1527, <8 x float> %1505, <8 x float> %acc21.0377.1)
  %1530 = or disjoint i64 %1506, 384
  %1531 = getelementptr inbounds float, ptr %X, i64 %1530
  %1532 = load float, ptr %1531, align 4
  %1533 = fneg float %1532
  %1534 = insertelement <8 x float> poison, float %1533, i64 0
  %1535 = shufflevector <8 x float> %1534, <8 x float> poison, <8 x i32> zeroinitializer
  %1536 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1535, <8 x float> %1502, <8 x float> %acc22.0378.1)
  %1537 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1535, <8 x float> %1505, <8 x float> %acc23.0379.1)
  %p7.next.1 = or disjoint i64 %p7.addr.0380.1, 1
  %1538 = shl nuw nsw i64 %p7.next.1, 6
  %1539 = or disjoint i64 %1538, 16
  %1540 = getelementptr inbounds float, ptr %work, i64 %1539
  %1541 = load <8 x float>, ptr %1540, align 4
  %1542 = or disjoint i64 %1538, 24
  %1543 = getelementptr inbounds float, ptr %work, i64 %1542
  %1544 = load <8 x float>, ptr %1543, align 4
  %1545 = or disjoint i64 %p7.next.1, %1374
  %1546 = getelementptr inbounds float, ptr %X, i64 %1545
  %1547 = load float, ptr %1546, align 4
  %1548 = fneg float %1547
  %1549 = insertelement <8 x float> poison, float %1548, i64 0
  %1550 = shufflevector <8 x float> %1549, <8 x float> poison, <8 x i32> zeroinitializer
  %1551 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1550, <8 x float> %1541, <8 x float> %1512)
  %1552 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1550, <8 x float> %1544, <8 x float> %1513)
  %1553 = or disjoint i64 %1545, 128
  %1554 = getelementptr inbounds float, ptr %X, i64 %1553
  %1555 = load float, ptr %1554, align 4
  %1556 = fneg float %1555
  %1557 = insertelement <8 x float> poison, float %1556, i64 0
  %1558 = shufflevector <8 x float> %1557, <8 x float> poison, <8 x i32> zeroinitializer
  %1559 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1558, <8 x float> %1541, <8 x float> %1520)
  %1560 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1558, <8 x float> %1544, <8 x float> %1521)
  %1561 = or disjoint i64 %1545, 256
  %1562 = getelementptr inbounds float, ptr %X, i64 %1561
  %1563 = load float, ptr %1562, align 4
  %1564 = fneg float %1563
  %1565 = insertelement <8 x float> poison, float %1564, i64 0
  %1566 = shufflevector <8 x float> %1565, <8 x float> poison, <8 x i32> zeroinitializer
  %1567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1566, <8 x float> %1541, <8 x float> %1528)
  %1568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1566, <8 x float> %1544, <8 x float> %1529)
  %1569 = or disjoint i64 %1545, 384
  %1570 = getelementptr inbounds float, ptr %X, i64 %1569
  %1571 = load float, ptr %1570, align 4
  %1572 = fneg float %1571
  %1573 = insertelement <8 x float> poison, float %1572, i64 0
  %1574 = shufflevector <8 x float> %1573, <8 x float> poison, <8 x i32> zeroinitializer
  %1575 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1574, <8 x float> %1541, <8 x float> %1536)
  %1576 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1574, <8 x float> %1544, <8 x float> %1537)
  %p7.next.1.1 = add nuw nsw i64 %p7.addr.0380.1, 2
  %exitcond530.1.not.1 = icmp eq i64 %p7.next.1.1, 64
  br i1 %exitcond530.1.not.1, label %p7.exit.1, label %p7.body.1

p7.exit.1:                                        ; preds = %p7.body.1
  store <8 x float> %1551, ptr %1476, align 4
  store <8 x float> %1552, ptr %1479, align 4
  store <8 x float> %1559, ptr %1482, align 4
  store <8 x float> %1560, ptr %1485, align 4
  store <8 x float> %1567, ptr %1488, align 4
  store <8 x float> %1568, ptr %1491, align 4
  store <8 x float> %1575, ptr %1494, align 4
  store <8 x float> %1576, ptr %1497, align 4
  %1577 = or disjoint i64 %1374, 96
  %1578 = getelementptr inbounds float, ptr %X, i64 %1577
  %1579 = load <8 x float>, ptr %1578, align 4
  %1580 = or disjoint i64 %1374, 104
  %1581 = getelementptr inbounds float, ptr %X, i64 %1580
  %1582 = load <8 x float>, ptr %1581, align 4
  %1583 = or disjoint i64 %1374, 224
  %1584 = getelementptr inbounds float, ptr %X, i64 %1583
  %1585 = load <8 x float>, ptr %1584, align 4
  %1586 = or disjoint i64 %1374, 232
  %1587 = getelementptr inbounds float, ptr %X, i64 %1586
  %1588 = load <8 x float>, ptr %1587, align 4
  %1589 = or disjoint i64 %1374, 352
  %1590 = getelementptr inbounds float, ptr %X, i64 %1589
  %1591 = load <8 x float>, ptr %1590, align 4
  %1592 = or disjoint i64 %1374, 360
  %1593 = getelementptr inbounds float, ptr %X, i64 %1592
  %1594 = load <8 x float>, ptr %1593, align 4
  %1595 = or disjoint i64 %1374, 480
  %1596 = getelementptr inbounds float, ptr %X, i64 %1595
  %1597 = load <8 x float>, ptr %1596, align 4
  %1598 = or disjoint i64 %1374, 488
  %1599 = getelementptr inbounds float, ptr %X, i64 %1598
  %1600 = load <8 x float>, ptr %1599, align 4
  br label %p7.body.2

p7.body.2:                                        ; preds = %p7.body.2, %p7.exit.1
  %p7.addr.0380.2 = phi i64 [ 0, %p7.exit.1 ], [ %p7.next.2.1, %p7.body.2 ]
  %acc23.0379.2 = phi <8 x float> [ %1600, %p7.exit.1 ], [ %1678, %p7.body.2 ]
  %acc22.0378.2 = phi <8 x float> [ %1597, %p7.exit.1 ], [ %1677, %p7.body.2 ]
  %acc21.0377.2 = phi <8 x float> [ %1594, %p7.exit.1 ], [ %1670, %p7.body.2 ]
  %acc20.0376.2 = phi <8 x float> [ %1591, %p7.exit.1 ], [ %1669, %p7.body.2 ]
  %acc19.0375.2 = phi <8 x float> [ %1588, %p7.exit.1 ], [ %1662, %p7.body.2 ]
  %acc18.0374.2 = phi <8 x float> [ %1585, %p7.exit.1 ], [ %1661, %p7.body.2 ]
  %acc17.0373.2 = phi <8 x float> [ %1582, %p7.exit.1 ], [ %1654, %p7.body.2 ]
  %acc16.0372.2 = phi <8 x float> [ %1579, %p7.exit.1 ], [ %1653, %p7.body.2 ]
  %1601 = shl nuw nsw i64 %p7.addr.0380.2, 6
  %1602 = or disjoint i64 %1601, 32
  %1603 = getelementptr inbounds float, ptr %work, i64 %1602
  %1604 = load <8 x float>, ptr %1603, align 4
  %1605 = or disjoint i64 %1601, 40
  %1606 = getelementptr inbounds float, ptr %work, i64 %1605
  %1607 = load <8 x float>, ptr %1606, align 4
  %1608 = or disjoint i64 %p7.addr.0380.2, %1374
  %1609 = getelementptr inbounds float, ptr %X, i64 %1608
  %1610 = load float, ptr %1609, align 4
  %1611 = fneg float %1610
  %1612 = insertelement <8 x float> poison, float %1611, i64 0
  %1613 = shufflevector <8 x float> %1612, <8 x float> poison, <8 x i32> zeroinitializer
  %1614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1613, <8 x float> %1604, <8 x float> %acc16.0372.2)
  %1615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1613, <8 x float> %1607, <8 x float> %acc17.0373.2)
  %1616 = or disjoint i64 %1608, 128
  %1617 = getelementptr inbounds float, ptr %X, i64 %1616
  %1618 = load float, ptr %1617, align 4
  %1619 = fneg float %1618
  %1620 = insertelement <8 x float> poison, float %1619, i64 0
  %1621 = shufflevector <8 x float> %1620, <8 x float> poison, <8 x i32> zeroinitializer
  %1622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1621, <8 x float> %1604, <8 x float> %acc18.0374.2)
  %1623 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1621, <8 x float> %1607, <8 x float> %acc19.0375.2)
  %1624 = or disjoint i64 %1608, 256
  %1625 = getelementptr inbounds float, ptr %X, i64 %1624
  %1626 = load float, ptr %1625, align 4
  %1627 = fneg float %1626
  %1628 = insertelement <8 x float> poison, float %1627, i64 0
  %1629 = shufflevector <8 x float> %1628, <8 x float> poison, <8 x i32> zeroinitializer
  %1630 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1629, <8 x float> %1604, <8 x float> %acc20.0376.2)
  %1631 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1629, <8 x float> %1607, <8 x float> %acc21.0377.2)
  %1632 = or disjoint i64 %1608, 384
  %1633 = getelementptr inbounds float, ptr %X, i64 %1632
  %1634 = load float, ptr %1633, align 4
  %1635 = fneg float %1634
  %1636 = insertelement <8 x float> poison, float %1635, i64 0
  %1637 = shufflevector <8 x float> %1636, <8 x float> poison, <8 x i32> zeroinitializer
  %1638 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1637, <8 x float> %1604, <8 x float> %acc22.0378.2)
  %1639 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1637, <8 x float> %1607, <8 x float> %acc23.0379.2)
  %p7.next.2 = or disjoint i64 %p7.addr.0380.2, 1
  %1640 = shl nuw nsw i64 %p7.next.2, 6
  %1641 = or disjoint i64 %1640, 32
  %1642 = getelementptr inbounds float, ptr %work, i64 %1641
  %1643 = load <8 x float>, ptr %1642, align 4
  %1644 = or disjoint i64 %1640, 40
  %1645 = getelementptr inbounds float, ptr %work, i64 %1644
  %1646 = load <8 x float>, ptr %1645, align 4
  %1647 = or disjoint i64 %p7.next.2, %1374
  %1648 = getelementptr inbounds float, ptr %X, i64 %1647
  %1649 = load float, ptr %1648, align 4
  %1650 = fneg float %1649
  %1651 = insertelement <8 x float> poison, float %1650, i64 0
  %1652 = shufflevector <8 x float> %1651, <8 x float> poison, <8 x i32> zeroinitializer
  %1653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1652, <8 x float> %1643, <8 x float> %1614)
  %1654 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1652, <8 x float> %1646, <8 x float> %1615)
  %1655 = or disjoint i64 %1647, 128
  %1656 = getelementptr inbounds float, ptr %X, i64 %1655
  %1657 = load float, ptr %1656, align 4
  %1658 = fneg float %1657
  %1659 = insertelement <8 x float> poison, float %1658, i64 0
  %1660 = shufflevector <8 x float> %1659, <8 x float> poison, <8 x i32> zeroinitializer
  %1661 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1660, <8 x float> %1643, <8 x float> %1622)
  %1662 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1660, <8 x float> %1646, <8 x float> %1623)
  %1663 = or disjoint i64 %1647, 256
  %1664 = getelementptr inbounds float, ptr %X, i64 %1663
  %1665 = load float, ptr %1664, align 4
  %1666 = fneg float %1665
  %1667 = insertelement <8 x float> poison, float %1666, i64 0
  %1668 = shufflevector <8 x float> %1667, <8 x float> poison, <8 x i32> zeroinitializer
  %1669 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1668, <8 x float> %1643, <8 x float> %1630)
  %1670 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1668, <8 x float> %1646, <8 x float> %1631)
  %1671 = or disjoint i64 %1647, 384
  %1672 = getelementptr inbounds float, ptr %X, i64 %1671
  %1673 = load float, ptr %1672, align 4
  %1674 = fneg float %1673
  %1675 = insertelement <8 x float> poison, float %1674, i64 0
  %1676 = shufflevector <8 x float> %1675, <8 x float> poison, <8 x i32> zeroinitializer
  %1677 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1676, <8 x float> %1643, <8 x float> %1638)
  %1678 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1676, <8 x float> %1646, <8 x float> %1639)
  %p7.next.2.1 = add nuw nsw i64 %p7.addr.0380.2, 2
  %exitcond530.2.not.1 = icmp eq i64 %p7.next.2.1, 64
  br i1 %exitcond530.2.not.1, label %p7.exit.2, label %p7.body.2

p7.exit.2:                                        ; preds = %p7.body.2
  store <8 x float> %1653, ptr %1578, align 4
  store <8 x float> %1654, ptr %1581, align 4
  store <8 x float> %1661, ptr %1584, align 4
  store <8 x float> %1662, ptr %1587, align 4
  store <8 x float> %1669, ptr %1590, align 4
  store <8 x float> %1670, ptr %1593, align 4
  store <8 x float> %1677, ptr %1596, align 4
  store <8 x float> %1678, ptr %1599, align 4
  %1679 = or disjoint i64 %1374, 112
  %1680 = getelementptr inbounds float, ptr %X, i64 %1679
  %1681 = load <8 x float>, ptr %1680, align 4
  %1682 = or disjoint i64 %1374, 120
  %1683 = getelementptr inbounds float, ptr %X, i64 %1682
  %1684 = load <8 x float>, ptr %1683, align 4
  %1685 = or disjoint i64 %1374, 240
  %1686 = getelementptr inbounds float, ptr %X, i64 %1685
  %1687 = load <8 x float>, ptr %1686, align 4
  %1688 = or disjoint i64 %1374, 248
  %1689 = getelementptr inbounds float, ptr %X, i64 %1688
  %1690 = load <8 x float>, ptr %1689, align 4
  %1691 = or disjoint i64 %1374, 368
  %1692 = getelementptr inbounds float, ptr %X, i64 %1691
  %1693 = load <8 x float>, ptr %1692, align 4
  %1694 = or disjoint i64 %1374, 376
  %1695 = getelementptr inbounds float, ptr %X, i64 %1694
  %1696 = load <8 x float>, ptr %1695, align 4
  %1697 = or disjoint i64 %1374, 496
  %1698 = getelementptr inbounds float, ptr %X, i64 %1697
  %1699 = load <8 x float>, ptr %1698, align 4
  %1700 = or disjoint i64 %1374, 504
  %1701 = getelementptr inbounds float, ptr %X, i64 %1700
  %1702 = load <8 x float>, ptr %1701, align 4
  br label %p7.body.3

p7.body.3:                                        ; preds = %p7.body.3, %p7.exit.2
  %p7.addr.0380.3 = phi i64 [ 0, %p7.exit.2 ], [ %p7.next.3.1, %p7.body.3 ]
  %acc23.0379.3 = phi <8 x float> [ %1702, %p7.exit.2 ], [ %1780, %p7.body.3 ]
  %acc22.0378.3 = phi <8 x float> [ %1699, %p7.exit.2 ], [ %1779, %p7.body.3 ]
  %acc21.0377.3 = phi <8 x float> [ %1696, %p7.exit.2 ], [ %1772, %p7.body.3 ]
  %acc20.0376.3 = phi <8 x float> [ %1693, %p7.exit.2 ], [ %1771, %p7.body.3 ]
  %acc19.0375.3 = phi <8 x float> [ %1690, %p7.exit.2 ], [ %1764, %p7.body.3 ]
  %acc18.0374.3 = phi <8 x float> [ %1687, %p7.exit.2 ], [ %1763, %p7.body.3 ]
  %acc17.0373.3 = phi <8 x float> [ %1684, %p7.exit.2 ], [ %1756, %p7.body.3 ]
  %acc16.0372.3 = phi <8 x float> [ %1681, %p7.exit.2 ], [ %1755, %p7.body.3 ]
  %1703 = shl nuw nsw i64 %p7.addr.0380.3, 6
  %1704 = or disjoint i64 %1703, 48
  %1705 = getelementptr inbounds float, ptr %work, i64 %1704
  %1706 = load <8 x float>, ptr %1705, align 4
  %1707 = or disjoint i64 %1703, 56
  %1708 = getelementptr inbounds float, ptr %work, i64 %1707
  %1709 = load <8 x float>, ptr %1708, align 4
  %1710 = or disjoint i64 %p7.addr.0380.3, %1374
  %1711 = getelementptr inbounds float, ptr %X, i64 %1710
  %1712 = load float, ptr %1711, align 4
  %1713 = fneg float %1712
  %1714 = insertelement <8 x float> poison, float %1713, i64 0
  %1715 = shufflevector <8 x float> %1714, <8 x float> poison, <8 x i32> zeroinitializer
  %1716 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1715, <8 x float> %1706, <8 x float> %acc16.0372.3)
  %1717 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1715, <8 x float> %1709, <8 x float> %acc17.0373.3)
  %1718 = or disjoint i64 %1710, 128
  %1719 = getelementptr inbounds float, ptr %X, i64 %1718
  %1720 = load float, ptr %1719, align 4
  %1721 = fneg float %1720
  %1722 = insertelement <8 x float> poison, float %1721, i64 0
  %1723 = shufflevector <8 x float> %1722, <8 x float> poison, <8 x i32> zeroinitializer
  %1724 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1723, <8 x float> %1706, <8 x float> %acc18.0374.3)
  %1725 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1723, <8 x float> %1709, <8 x float> %acc19.0375.3)
  %1726 = or disjoint i64 %1710, 256
  %1727 = getelementptr inbounds float, ptr %X, i64 %1726
  %1728 = load float, ptr %1727, align 4
  %1729 = fneg float %1728
  %1730 = insertelement <8 x float> poison, float %1729, i64 0
  %1731 = shufflevector <8 x float> %1730, <8 x float> poison, <8 x i32> zeroinitializer
  %1732 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1731, <8 x float> %1706, <8 x float> %acc20.0376.3)
  %1733 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1731, <8 x float> %1709, <8 x float> %acc21.0377.3)
  %1734 = or disjoint i64 %1710, 384
  %1735 = getelementptr inbounds float, ptr %X, i64 %1734
  %1736 = load float, ptr %1735, align 4
  %1737 = fneg float %1736
  %1738 = insertelement <8 x float> poison, float %1737, i64 0
  %1739 = shufflevector <8 x float> %1738, <8 x float> poison, <8 x i32> zeroinitializer
  %1740 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1739, <8 x float> %1706, <8 x float> %acc22.0378.3)
  %1741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1739, <8 x float> %1709, <8 x float> %acc23.0379.3)
  %p7.next.3 = or disjoint i64 %p7.addr.0380.3, 1
  %1742 = shl nuw nsw i64 %p7.next.3, 6
  %1743 = or disjoint i64 %1742, 48
  %1744 = getelementptr inbounds float, ptr %work, i64 %1743
  %1745 = load <8 x float>, ptr %1744, align 4
  %1746 = or disjoint i64 %1742, 56
  %1747 = getelementptr inbounds float, ptr %work, i64 %1746
  %1748 = load <8 x float>, ptr %1747, align 4
  %1749 = or disjoint i64 %p7.next.3, %1374
  %1750 = getelementptr inbounds float, ptr %X, i64 %1749
  %1751 = load float, ptr %1750, align 4
  %1752 = fneg float %1751
  %1753 = insertelement <8 x float> poison, float %1752, i64 0
  %1754 = shufflevector <8 x float> %1753, <8 x float> poison, <8 x i32> zeroinitializer
  %1755 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1754, <8 x float> %1745, <8 x float> %1716)
  %1756 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1754, <8 x float> %1748, <8 x float> %1717)
  %1757 = or disjoint i64 %1749, 128
  %1758 = getelementptr inbounds float, ptr %X, i64 %1757
  %1759 = load float, ptr %1758, align 4
  %1760 = fneg float %1759
  %1761 = insertelement <8 x float> poison, float %1760, i64 0
  %1762 = shufflevector <8 x float> %1761, <8 x float> poison, <8 x i32> zeroinitializer
  %1763 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1762, <8 x float> %1745, <8 x float> %1724)
  %1764 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1762, <8 x float> %1748, <8 x float> %1725)
  %1765 = or disjoint i64 %1749, 256
  %1766 = getelementptr inbounds float, ptr %X, i64 %1765
  %1767 = load float, ptr %1766, align 4
  %1768 = fneg float %1767
  %1769 = insertelement <8 x float> poison, float %1768, i64 0
  %1770 = shufflevector <8 x float> %1769, <8 x float> poison, <8 x i32> zeroinitializer
  %1771 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1770, <8 x float> %1745, <8 x float> %1732)
  %1772 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1770, <8 x float> %1748, <8 x float> %1733)
  %1773 = or disjoint i64 %1749, 384
  %1774 = getelementptr inbounds float, ptr %X, i64 %1773
  %1775 = load float, ptr %1774, align 4
  %1776 = fneg float %1775
  %1777 = insertelement <8 x float> poison, float %1776, i64 0
  %1778 = shufflevector <8 x float> %1777, <8 x float> poison, <8 x i32> zeroinitializer
  %1779 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1778, <8 x float> %1745, <8 x float> %1740)
  %1780 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1778, <8 x float> %1748, <8 x float> %1741)
  %p7.next.3.1 = add nuw nsw i64 %p7.addr.0380.3, 2
  %exitcond530.3.not.1 = icmp eq i64 %p7.next.3.1, 64
  br i1 %exitcond530.3.not.1, label %p7.exit.3, label %p7.body.3

p7.exit.3:                                        ; preds = %p7.body.3
  store <8 x float> %1755, ptr %1680, align 4
  store <8 x float> %1756, ptr %1683, align 4
  store <8 x float> %1763, ptr %1686, align 4
  store <8 x float> %1764, ptr %1689, align 4
  store <8 x float> %1771, ptr %1692, align 4
  store <8 x float> %1772, ptr %1695, align 4
  store <8 x float> %1779, ptr %1698, align 4
  store <8 x float> %1780, ptr %1701, align 4
  %i17.next = add nuw nsw i64 %i17.addr.0382, 4
  %1781 = icmp ult i64 %i17.addr.0382, 60
  br i1 %1781, label %j13.head.preheader, label %j14.head.preheader

j14.head.preheader:                               ; preds = %p7.exit.3, %p8.exit.3
  %i18.addr.0393 = phi i64 [ %i18.next, %p8.exit.3 ], [ 0, %p7.exit.3 ]
  %1782 = shl nuw nsw i64 %i18.addr.0393, 6
  %1783 = or disjoint i64 %1782, 64
  %1784 = or disjoint i64 %1782, 128
  %1785 = or disjoint i64 %1782, 192
  br label %p8.body

p8.body:                                          ; preds = %p8.body, %j14.head.preheader
  %p8.addr.0391 = phi i64 [ 0, %j14.head.preheader ], [ %p8.next.11298, %p8.body ]
  %acc31.0390 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1853, %p8.body ]
  %acc30.0389 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1852, %p8.body ]
  %acc29.0388 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1846, %p8.body ]
  %acc28.0387 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1845, %p8.body ]
  %acc27.0386 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1839, %p8.body ]
  %acc26.0385 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1838, %p8.body ]
  %acc25.0384 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1832, %p8.body ]
  %acc24.0383 = phi <8 x float> [ zeroinitializer, %j14.head.preheader ], [ %1831, %p8.body ]
  %1786 = shl nuw nsw i64 %p8.addr.0391, 6
  %1787 = getelementptr inbounds float, ptr %KT, i64 %1786
  %1788 = load <8 x float>, ptr %1787, align 4
  %1789 = or disjoint i64 %1786, 8
  %1790 = getelementptr inbounds float, ptr %KT, i64 %1789
  %1791 = load <8 x float>, ptr %1790, align 4
  %1792 = add nuw nsw i64 %p8.addr.0391, %1782
  %1793 = getelementptr inbounds float, ptr %Qc, i64 %1792
  %1794 = load float, ptr %1793, align 4
  %1795 = insertelement <8 x float> poison, float %1794, i64 0
  %1796 = shufflevector <8 x float> %1795, <8 x float> poison, <8 x i32> zeroinitializer
  %1797 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1796, <8 x float> %1788, <8 x float> %acc24.0383)
  %1798 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1796, <8 x float> %1791, <8 x float> %acc25.0384)
  %1799 = or disjoint i64 %1792, 64
  %1800 = getelementptr inbounds float, ptr %Qc, i64 %1799
  %1801 = load float, ptr %1800, align 4
  %1802 = insertelement <8 x float> poison, float %1801, i64 0
  %1803 = shufflevector <8 x float> %1802, <8 x float> poison, <8 x i32> zeroinitializer
  %1804 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1803, <8 x float> %1788, <8 x float> %acc26.0385)
  %1805 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1803, <8 x float> %1791, <8 x float> %acc27.0386)
  %1806 = or disjoint i64 %1792, 128
  %1807 = getelementptr inbounds float, ptr %Qc, i64 %1806
  %1808 = load float, ptr %1807, align 4
  %1809 = insertelement <8 x float> poison, float %1808, i64 0
  %1810 = shufflevector <8 x float> %1809, <8 x float> poison, <8 x i32> zeroinitializer
  %1811 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1810, <8 x float> %1788, <8 x float> %acc28.0387)
  %1812 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1810, <8 x float> %1791, <8 x float> %acc29.0388)
  %1813 = or disjoint i64 %1792, 192
  %1814 = getelementptr inbounds float, ptr %Qc, i64 %1813
  %1815 = load float, ptr %1814, align 4
  %1816 = insertelement <8 x float> poison, float %1815, i64 0
  %1817 = shufflevector <8 x float> %1816, <8 x float> poison, <8 x i32> zeroinitializer
  %1818 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1817, <8 x float> %1788, <8 x float> %acc30.0389)
  %1819 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1817, <8 x float> %1791, <8 x float> %acc31.0390)
  %p8.next = or disjoint i64 %p8.addr.0391, 1
  %1820 = shl nuw nsw i64 %p8.next, 6
  %1821 = getelementptr inbounds float, ptr %KT, i64 %1820
  %1822 = load <8 x float>, ptr %1821, align 4
  %1823 = or disjoint i64 %1820, 8
  %1824 = getelementptr inbounds float, ptr %KT, i64 %1823
  %1825 = load <8 x float>, ptr %1824, align 4
  %1826 = add nuw nsw i64 %p8.next, %1782
  %1827 = getelementptr inbounds float, ptr %Qc, i64 %1826
  %1828 = load float, ptr %1827, align 4
  %1829 = insertelement <8 x float> poison, float %1828, i64 0
  %1830 = shufflevector <8 x float> %1829, <8 x float> poison, <8 x i32> zeroinitializer
  %1831 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1830, <8 x float> %1822, <8 x float> %1797)
  %1832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1830, <8 x float> %1825, <8 x float> %1798)
  %1833 = or disjoint i64 %1826, 64
  %1834 = getelementptr inbounds float, ptr %Qc, i64 %1833
  %1835 = load float, ptr %1834, align 4
  %1836 = insertelement <8 x float> poison, float %1835, i64 0
  %1837 = shufflevector <8 x float> %1836, <8 x float> poison, <8 x i32> zeroinitializer
  %1838 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1837, <8 x float> %1822, <8 x float> %1804)
  %1839 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1837, <8 x float> %1825, <8 x float> %1805)
  %1840 = or disjoint i64 %1826, 128
  %1841 = getelementptr inbounds float, ptr %Qc, i64 %1840
  %1842 = load float, ptr %1841, align 4
  %1843 = insertelement <8 x float> poison, float %1842, i64 0
  %1844 = shufflevector <8 x float> %1843, <8 x float> poison, <8 x i32> zeroinitializer
  %1845 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1844, <8 x float> %1822, <8 x float> %1811)
  %1846 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1844, <8 x float> %1825, <8 x float> %1812)
  %1847 = or disjoint i64 %1826, 192
  %1848 = getelementptr inbounds float, ptr %Qc, i64 %1847
  %1849 = load float, ptr %1848, align 4
  %1850 = insertelement <8 x float> poison, float %1849, i64 0
  %1851 = shufflevector <8 x float> %1850, <8 x float> poison, <8 x i32> zeroinitializer
  %1852 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1851, <8 x float> %1822, <8 x float> %1818)
  %1853 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1851, <8 x float> %1825, <8 x float> %1819)
  %p8.next.11298 = add nuw nsw i64 %p8.addr.0391, 2
  %exitcond531.not.1 = icmp eq i64 %p8.next.11298, 64
  br i1 %exitcond531.not.1, label %p8.exit, label %p8.body

p8.exit:                                          ; preds = %p8.body
  %1854 = getelementptr inbounds float, ptr %P, i64 %1782
  store <8 x float> %1831, ptr %1854, align 4
  %1855 = or disjoint i64 %1782, 8
  %1856 = getelementptr inbounds float, ptr %P, i64 %1855
  store <8 x float> %1832, ptr %1856, align 4
  %1857 = getelementptr inbounds float, ptr %P, i64 %1783
  store <8 x float> %1838, ptr %1857, align 4
  %1858 = or disjoint i64 %1782, 72
  %1859 = getelementptr inbounds float, ptr %P, i64 %1858
  store <8 x float> %1839, ptr %1859, align 4
  %1860 = getelementptr inbounds float, ptr %P, i64 %1784
  store <8 x float> %1845, ptr %1860, align 4
  %1861 = or disjoint i64 %1782, 136
  %1862 = getelementptr inbounds float, ptr %P, i64 %1861
  store <8 x float> %1846, ptr %1862, align 4
  %1863 = getelementptr inbounds float, ptr %P, i64 %1785
  store <8 x float> %1852, ptr %1863, align 4
  %1864 = or disjoint i64 %1782, 200
  %1865 = getelementptr inbounds float, ptr %P, i64 %1864
  store <8 x float> %1853, ptr %1865, align 4
  br label %p8.body.1

p8.body.1:                                        ; preds = %p8.body.1, %p8.exit
  %p8.addr.0391.1 = phi i64 [ 0, %p8.exit ], [ %p8.next.1.1, %p8.body.1 ]
  %acc31.0390.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1935, %p8.body.1 ]
  %acc30.0389.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1934, %p8.body.1 ]
  %acc29.0388.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1928, %p8.body.1 ]
  %acc28.0387.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1927, %p8.body.1 ]
  %acc27.0386.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1921, %p8.body.1 ]
  %acc26.0385.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1920, %p8.body.1 ]
  %acc25.0384.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1914, %p8.body.1 ]
  %acc24.0383.1 = phi <8 x float> [ zeroinitializer, %p8.exit ], [ %1913, %p8.body.1 ]
  %1866 = shl nuw nsw i64 %p8.addr.0391.1, 6
  %1867 = or disjoint i64 %1866, 16
  %1868 = getelementptr inbounds float, ptr %KT, i64 %1867
  %1869 = load <8 x float>, ptr %1868, align 4
  %1870 = or disjoint i64 %1866, 24
  %1871 = getelementptr inbounds float, ptr %KT, i64 %1870
  %1872 = load <8 x float>, ptr %1871, align 4
  %1873 = add nuw nsw i64 %p8.addr.0391.1, %1782
  %1874 = getelementptr inbounds float, ptr %Qc, i64 %1873
  %1875 = load float, ptr %1874, align 4
  %1876 = insertelement <8 x float> poison, float %1875, i64 0
  %1877 = shufflevector <8 x float> %1876, <8 x float> poison, <8 x i32> zeroinitializer
  %1878 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1877, <8 x float> %1869, <8 x float> %acc24.0383.1)
  %1879 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1877, <8 x float> %1872, <8 x float> %acc25.0384.1)
  %1880 = or disjoint i64 %1873, 64
  %1881 = getelementptr inbounds float, ptr %Qc, i64 %1880
  %1882 = load float, ptr %1881, align 4
  %1883 = insertelement <8 x float> poison, float %1882, i64 0
  %1884 = shufflevector <8 x float> %1883, <8 x float> poison, <8 x i32> zeroinitializer
  %1885 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1884, <8 x float> %1869, <8 x float> %acc26.0385.1)
  %1886 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1884, <8 x float> %1872, <8 x float> %acc27.0386.1)
  %1887 = or disjoint i64 %1873, 128
  %1888 = getelementptr inbounds float, ptr %Qc, i64 %1887
  %1889 = load float, ptr %1888, align 4
  %1890 = insertelement <8 x float> poison, float %1889, i64 0
  %1891 = shufflevector <8 x float> %1890, <8 x float> poison, <8 x i32> zeroinitializer
  %1892 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1891, <8 x float> %1869, <8 x float> %acc28.0387.1)
  %1893 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1891, <8 x float> %1872, <8 x float> %acc29.0388.1)
  %1894 = or disjoint i64 %1873, 192
  %1895 = getelementptr inbounds float, ptr %Qc, i64 %1894
  %1896 = load float, ptr %1895, align 4
  %1897 = insertelement <8 x float> poison, float %1896, i64 0
  %1898 = shufflevector <8 x float> %1897, <8 x float> poison, <8 x i32> zeroinitializer
  %1899 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1898, <8 x float> %1869, <8 x float> %acc30.0389.1)
  %1900 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1898, <8 x float> %1872, <8 x float> %acc31.0390.1)
  %p8.next.1 = or disjoint i64 %p8.addr.0391.1, 1
  %1901 = shl nuw nsw i64 %p8.next.1, 6
  %1902 = or disjoint i64 %1901, 16
  %1903 = getelementptr inbounds float, ptr %KT, i64 %1902
  %1904 = load <8 x float>, ptr %1903, align 4
  %1905 = or disjoint i64 %1901, 24
  %1906 = getelementptr inbounds float, ptr %KT, i64 %1905
  %1907 = load <8 x float>, ptr %1906, align 4
  %1908 = add nuw nsw i64 %p8.next.1, %1782
  %1909 = getelementptr inbounds float, ptr %Qc, i64 %1908
  %1910 = load float, ptr %1909, align 4
  %1911 = insertelement <8 x float> poison, float %1910, i64 0
  %1912 = shufflevector <8 x float> %1911, <8 x float> poison, <8 x i32> zeroinitializer
  %1913 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1912, <8 x float> %1904, <8 x float> %1878)
  %1914 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1912, <8 x float> %1907, <8 x float> %1879)
  %1915 = or disjoint i64 %1908, 64
  %1916 = getelementptr inbounds float, ptr %Qc, i64 %1915
  %1917 = load float, ptr %1916, align 4
  %1918 = insertelement <8 x float> poison, float %1917, i64 0
  %1919 = shufflevector <8 x float> %1918, <8 x float> poison, <8 x i32> zeroinitializer
  %1920 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1919, <8 x float> %1904, <8 x float> %1885)
  %1921 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1919, <8 x float> %1907, <8 x float> %1886)
  %1922 = or disjoint i64 %1908, 128
  %1923 = getelementptr inbounds float, ptr %Qc, i64 %1922
  %1924 = load float, ptr %1923, align 4
  %1925 = insertelement <8 x float> poison, float %1924, i64 0
  %1926 = shufflevector <8 x float> %1925, <8 x float> poison, <8 x i32> zeroinitializer
  %1927 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1926, <8 x float> %1904, <8 x float> %1892)
  %1928 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1926, <8 x float> %1907, <8 x float> %1893)
  %1929 = or disjoint i64 %1908, 192
  %1930 = getelementptr inbounds float, ptr %Qc, i64 %1929
  %1931 = load float, ptr %1930, align 4
  %1932 = insertelement <8 x float> poison, float %1931, i64 0
  %1933 = shufflevector <8 x float> %1932, <8 x float> poison, <8 x i32> zeroinitializer
  %1934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1933, <8 x float> %1904, <8 x float> %1899)
  %1935 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1933, <8 x float> %1907, <8 x float> %1900)
  %p8.next.1.1 = add nuw nsw i64 %p8.addr.0391.1, 2
  %exitcond531.1.not.1 = icmp eq i64 %p8.next.1.1, 64
  br i1 %exitcond531.1.not.1, label %p8.exit.1, label %p8.body.1

p8.exit.1:                                        ; preds = %p8.body.1
  %1936 = or disjoint i64 %1782, 16
  %1937 = getelementptr inbounds float, ptr %P, i64 %1936
  store <8 x float> %1913, ptr %1937, align 4
  %1938 = or disjoint i64 %1782, 24
  %1939 = getelementptr inbounds float, ptr %P, i64 %1938
  store <8 x float> %1914, ptr %1939, align 4
  %1940 = or disjoint i64 %1782, 80
  %1941 = getelementptr inbounds float, ptr %P, i64 %1940
  store <8 x float> %1920, ptr %1941, align 4
  %1942 = or disjoint i64 %1782, 88
  %1943 = getelementptr inbounds float, ptr %P, i64 %1942
  store <8 x float> %1921, ptr %1943, align 4
  %1944 = or disjoint i64 %1782, 144
  %1945 = getelementptr inbounds float, ptr %P, i64 %1944
  store <8 x float> %1927, ptr %1945, align 4
  %1946 = or disjoint i64 %1782, 152
  %1947 = getelementptr inbounds float, ptr %P, i64 %1946
  store <8 x float> %1928, ptr %1947, align 4
  %1948 = or disjoint i64 %1782, 208
  %1949 = getelementptr inbounds float, ptr %P, i64 %1948
  store <8 x float> %1934, ptr %1949, align 4
  %1950 = or disjoint i64 %1782, 216
  %1951 = getelementptr inbounds float, ptr %P, i64 %1950
  store <8 x float> %1935, ptr %1951, align 4
  br label %p8.body.2

p8.body.2:                                        ; preds = %p8.body.2, %p8.exit.1
  %p8.addr.0391.2 = phi i64 [ 0, %p8.exit.1 ], [ %p8.next.2.1, %p8.body.2 ]
  %acc31.0390.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %2021, %p8.body.2 ]
  %acc30.0389.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %2020, %p8.body.2 ]
  %acc29.0388.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %2014, %p8.body.2 ]
  %acc28.0387.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %2013, %p8.body.2 ]
  %acc27.0386.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %2007, %p8.body.2 ]
  %acc26.0385.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %2006, %p8.body.2 ]
  %acc25.0384.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %2000, %p8.body.2 ]
  %acc24.0383.2 = phi <8 x float> [ zeroinitializer, %p8.exit.1 ], [ %1999, %p8.body.2 ]
  %1952 = shl nuw nsw i64 %p8.addr.0391.2, 6
  %1953 = or disjoint i64 %1952, 32
  %1954 = getelementptr inbounds float, ptr %KT, i64 %1953
  %1955 = load <8 x float>, ptr %1954, align 4
  %1956 = or disjoint i64 %1952, 40
  %1957 = getelementptr inbounds float, ptr %KT, i64 %1956
  %1958 = load <8 x float>, ptr %1957, align 4
  %1959 = add nuw nsw i64 %p8.addr.0391.2, %1782
  %1960 = getelementptr inbounds float, ptr %Qc, i64 %1959
  %1961 = load float, ptr %1960, align 4
  %1962 = insertelement <8 x float> poison, float %1961, i64 0
  %1963 = shufflevector <8 x float> %1962, <8 x float> poison, <8 x i32> zeroinitializer
  %1964 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1963, <8 x float> %1955, <8 x float> %acc24.0383.2)
  %1965 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1963, <8 x float> %1958, <8 x float> %acc25.0384.2)
  %1966 = or disjoint i64 %1959, 64
  %1967 = getelementptr inbounds float, ptr %Qc, i64 %1966
  %1968 = load float, ptr %1967, align 4
  %1969 = insertelement <8 x float> poison, float %1968, i64 0
  %1970 = shufflevector <8 x float> %1969, <8 x float> poison, <8 x i32> zeroinitializer
  %1971 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1970, <8 x float> %1955, <8 x float> %acc26.0385.2)
  %1972 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1970, <8 x float> %1958, <8 x float> %acc27.0386.2)
  %1973 = or disjoint i64 %1959, 128
  %1974 = getelementptr inbounds float, ptr %Qc, i64 %1973
  %1975 = load float, ptr %1974, align 4
  %1976 = insertelement <8 x float> poison, float %1975, i64 0
  %1977 = shufflevector <8 x float> %1976, <8 x float> poison, <8 x i32> zeroinitializer
  %1978 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1977, <8 x float> %1955, <8 x float> %acc28.0387.2)
  %1979 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1977, <8 x float> %1958, <8 x float> %acc29.0388.2)
  %1980 = or disjoint i64 %1959, 192
  %1981 = getelementptr inbounds float, ptr %Qc, i64 %1980
  %1982 = load float, ptr %1981, align 4
  %1983 = insertelement <8 x float> poison, float %1982, i64 0
  %1984 = shufflevector <8 x float> %1983, <8 x float> poison, <8 x i32> zeroinitializer
  %1985 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1984, <8 x float> %1955, <8 x float> %acc30.0389.2)
  %1986 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1984, <8 x float> %1958, <8 x float> %acc31.0390.2)
  %p8.next.2 = or disjoint i64 %p8.addr.0391.2, 1
  %1987 = shl nuw nsw i64 %p8.next.2, 6
  %1988 = or disjoint i64 %1987, 32
  %1989 = getelementptr inbounds float, ptr %KT, i64 %1988
  %1990 = load <8 x float>, ptr %1989, align 4
  %1991 = or disjoint i64 %1987, 40
  %1992 = getelementptr inbounds float, ptr %KT, i64 %1991
  %1993 = load <8 x float>, ptr %1992, align 4
  %1994 = add nuw nsw i64 %p8.next.2, %1782
  %1995 = getelementptr inbounds float, ptr %Qc, i64 %1994
  %1996 = load float, ptr %1995, align 4
  %1997 = insertelement <8 x float> poison, float %1996, i64 0
  %1998 = shufflevector <8 x float> %1997, <8 x float> poison, <8 x i32> zeroinitializer
  %1999 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1998, <8 x float> %1990, <8 x float> %1964)
  %2000 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1998, <8 x float> %1993, <8 x float> %1965)
  %2001 = or disjoint i64 %1994, 64
  %2002 = getelementptr inbounds float, ptr %Qc, i64 %2001
  %2003 = load float, ptr %2002, align 4
  %2004 = insertelement <8 x float> poison, float %2003, i64 0
  %2005 = shufflevector <8 x float> %2004, <8 x float> poison, <8 x i32> zeroinitializer
  %2006 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2005, <8 x float> %1990, <8 x float> %1971)
  %2007 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2005, <8 x float> %1993, <8 x float> %1972)
  %2008 = or disjoint i64 %1994, 128
  %2009 = getelementptr inbounds float, ptr %Qc, i64 %2008
  %2010 = load float, ptr %2009, align 4
  %2011 = insertelement <8 x float> poison, float %2010, i64 0
  %2012 = shufflevector <8 x float> %2011, <8 x float> poison, <8 x i32> zeroinitializer
  %2013 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2012, <8 x float> %1990, <8 x float> %1978)
  %2014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2012, <8 x float> %1993, <8 x float> %1979)
  %2015 = or disjoint i64 %1994, 192
  %2016 = getelementptr inbounds float, ptr %Qc, i64 %2015
  %2017 = load float, ptr %2016, align 4
  %2018 = insertelement <8 x float> poison, float %2017, i64 0
  %2019 = shufflevector <8 x float> %2018, <8 x float> poison, <8 x i32> zeroinitializer
  %2020 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2019, <8 x float> %1990, <8 x float> %1985)
  %2021 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2019, <8 x float> %1993, <8 x float> %1986)
  %p8.next.2.1 = add nuw nsw i64 %p8.addr.0391.2, 2
  %exitcond531.2.not.1 = icmp eq i64 %p8.next.2.1, 64
  br i1 %exitcond531.2.not.1, label %p8.exit.2, label %p8.body.2

p8.exit.2:                                        ; preds = %p8.body.2
  %2022 = or disjoint i64 %1782, 32
  %2023 = getelementptr inbounds float, ptr %P, i64 %2022
  store <8 x float> %1999, ptr %2023, align 4
  %2024 = or disjoint i64 %1782, 40
  %2025 = getelementptr inbounds float, ptr %P, i64 %2024
  store <8 x float> %2000, ptr %2025, align 4
  %2026 = or disjoint i64 %1782, 96
  %2027 = getelementptr inbounds float, ptr %P, i64 %2026
  store <8 x float> %2006, ptr %2027, align 4
  %2028 = or disjoint i64 %1782, 104
  %2029 = getelementptr inbounds float, ptr %P, i64 %2028
  store <8 x float> %2007, ptr %2029, align 4
  %2030 = or disjoint i64 %1782, 160
  %2031 = getelementptr inbounds float, ptr %P, i64 %2030
  store <8 x float> %2013, ptr %2031, align 4
  %2032 = or disjoint i64 %1782, 168
  %2033 = getelementptr inbounds float, ptr %P, i64 %2032
  store <8 x float> %2014, ptr %2033, align 4
  %2034 = or disjoint i64 %1782, 224
  %2035 = getelementptr inbounds float, ptr %P, i64 %2034
  store <8 x float> %2020, ptr %2035, align 4
  %2036 = or disjoint i64 %1782, 232
  %2037 = getelementptr inbounds float, ptr %P, i64 %2036
  store <8 x float> %2021, ptr %2037, align 4
  br label %p8.body.3

p8.body.3:                                        ; preds = %p8.body.3, %p8.exit.2
  %p8.addr.0391.3 = phi i64 [ 0, %p8.exit.2 ], [ %p8.next.3.1, %p8.body.3 ]
  %acc31.0390.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2107, %p8.body.3 ]
  %acc30.0389.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2106, %p8.body.3 ]
  %acc29.0388.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2100, %p8.body.3 ]
  %acc28.0387.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2099, %p8.body.3 ]
  %acc27.0386.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2093, %p8.body.3 ]
  %acc26.0385.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2092, %p8.body.3 ]
  %acc25.0384.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2086, %p8.body.3 ]
  %acc24.0383.3 = phi <8 x float> [ zeroinitializer, %p8.exit.2 ], [ %2085, %p8.body.3 ]
  %2038 = shl nuw nsw i64 %p8.addr.0391.3, 6
  %2039 = or disjoint i64 %2038, 48
  %2040 = getelementptr inbounds float, ptr %KT, i64 %2039
  %2041 = load <8 x float>, ptr %2040, align 4
  %2042 = or disjoint i64 %2038, 56
  %2043 = getelementptr inbounds float, ptr %KT, i64 %2042
  %2044 = load <8 x float>, ptr %2043, align 4
  %2045 = add nuw nsw i64 %p8.addr.0391.3, %1782
  %2046 = getelementptr inbounds float, ptr %Qc, i64 %2045
  %2047 = load float, ptr %2046, align 4
  %2048 = insertelement <8 x float> poison, float %2047, i64 0
  %2049 = shufflevector <8 x float> %2048, <8 x float> poison, <8 x i32> zeroinitializer
  %2050 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2049, <8 x float> %2041, <8 x float> %acc24.0383.3)
  %2051 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2049, <8 x float> %2044, <8 x float> %acc25.0384.3)
  %2052 = or disjoint i64 %2045, 64
  %2053 = getelementptr inbounds float, ptr %Qc, i64 %2052
  %2054 = load float, ptr %2053, align 4
  %2055 = insertelement <8 x float> poison, float %2054, i64 0
  %2056 = shufflevector <8 x float> %2055, <8 x float> poison, <8 x i32> zeroinitializer
  %2057 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2056, <8 x float> %2041, <8 x float> %acc26.0385.3)
  %2058 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2056, <8 x float> %2044, <8 x float> %acc27.0386.3)
  %2059 = or disjoint i64 %2045, 128
  %2060 = getelementptr inbounds float, ptr %Qc, i64 %2059
  %2061 = load float, ptr %2060, align 4
  %2062 = insertelement <8 x float> poison, float %2061, i64 0
  %2063 = shufflevector <8 x float> %2062, <8 x float> poison, <8 x i32> zeroinitializer
  %2064 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2063, <8 x float> %2041, <8 x float> %acc28.0387.3)
  %2065 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2063, <8 x float> %2044, <8 x float> %acc29.0388.3)
  %2066 = or disjoint i64 %2045, 192
  %2067 = getelementptr inbounds float, ptr %Qc, i64 %2066
  %2068 = load float, ptr %2067, align 4
  %2069 = insertelement <8 x float> poison, float %2068, i64 0
  %2070 = shufflevector <8 x float> %2069, <8 x float> poison, <8 x i32> zeroinitializer
  %2071 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2070, <8 x float> %2041, <8 x float> %acc30.0389.3)
  %2072 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2070, <8 x float> %2044, <8 x float> %acc31.0390.3)
  %p8.next.3 = or disjoint i64 %p8.addr.0391.3, 1
  %2073 = shl nuw nsw i64 %p8.next.3, 6
  %2074 = or disjoint i64 %2073, 48
  %2075 = getelementptr inbounds float, ptr %KT, i64 %2074
  %2076 = load <8 x float>, ptr %2075, align 4
  %2077 = or disjoint i64 %2073, 56
  %2078 = getelementptr inbounds float, ptr %KT, i64 %2077
  %2079 = load <8 x float>, ptr %2078, align 4
  %2080 = add nuw nsw i64 %p8.next.3, %1782
  %2081 = getelementptr inbounds float, ptr %Qc, i64 %2080
  %2082 = load float, ptr %2081, align 4
  %2083 = insertelement <8 x float> poison, float %2082, i64 0
  %2084 = shufflevector <8 x float> %2083, <8 x float> poison, <8 x i32> zeroinitializer
  %2085 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2084, <8 x float> %2076, <8 x float> %2050)
  %2086 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2084, <8 x float> %2079, <8 x float> %2051)
  %2087 = or disjoint i64 %2080, 64
  %2088 = getelementptr inbounds float, ptr %Qc, i64 %2087
  %2089 = load float, ptr %2088, align 4
  %2090 = insertelement <8 x float> poison, float %2089, i64 0
  %2091 = shufflevector <8 x float> %2090, <8 x float> poison, <8 x i32> zeroinitializer
  %2092 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2091, <8 x float> %2076, <8 x float> %2057)
  %2093 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2091, <8 x float> %2079, <8 x float> %2058)
  %2094 = or disjoint i64 %2080, 128
  %2095 = getelementptr inbounds float, ptr %Qc, i64 %2094
  %2096 = load float, ptr %2095, align 4
  %2097 = insertelement <8 x float> poison, float %2096, i64 0
  %2098 = shufflevector <8 x float> %2097, <8 x float> poison, <8 x i32> zeroinitializer
  %2099 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2098, <8 x float> %2076, <8 x float> %2064)
  %2100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2098, <8 x float> %2079, <8 x float> %2065)
  %2101 = or disjoint i64 %2080, 192
  %2102 = getelementptr inbounds float, ptr %Qc, i64 %2101
  %2103 = load float, ptr %2102, align 4
  %2104 = insertelement <8 x float> poison, float %2103, i64 0
  %2105 = shufflevector <8 x float> %2104, <8 x float> poison, <8 x i32> zeroinitializer
  %2106 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2105, <8 x float> %2076, <8 x float> %2071)
  %2107 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2105, <8 x float> %2079, <8 x float> %2072)
  %p8.next.3.1 = add nuw nsw i64 %p8.addr.0391.3, 2
  %exitcond531.3.not.1 = icmp eq i64 %p8.next.3.1, 64
  br i1 %exitcond531.3.not.1, label %p8.exit.3, label %p8.body.3

p8.exit.3:                                        ; preds = %p8.body.3
  %2108 = or disjoint i64 %1782, 48
  %2109 = getelementptr inbounds float, ptr %P, i64 %2108
  store <8 x float> %2085, ptr %2109, align 4
  %2110 = or disjoint i64 %1782, 56
  %2111 = getelementptr inbounds float, ptr %P, i64 %2110
  store <8 x float> %2086, ptr %2111, align 4
  %2112 = or disjoint i64 %1782, 112
  %2113 = getelementptr inbounds float, ptr %P, i64 %2112
  store <8 x float> %2092, ptr %2113, align 4
  %2114 = or disjoint i64 %1782, 120
  %2115 = getelementptr inbounds float, ptr %P, i64 %2114
  store <8 x float> %2093, ptr %2115, align 4
  %2116 = or disjoint i64 %1782, 176
  %2117 = getelementptr inbounds float, ptr %P, i64 %2116
  store <8 x float> %2099, ptr %2117, align 4
  %2118 = or disjoint i64 %1782, 184
  %2119 = getelementptr inbounds float, ptr %P, i64 %2118
  store <8 x float> %2100, ptr %2119, align 4
  %2120 = or disjoint i64 %1782, 240
  %2121 = getelementptr inbounds float, ptr %P, i64 %2120
  store <8 x float> %2106, ptr %2121, align 4
  %2122 = or disjoint i64 %1782, 248
  %2123 = getelementptr inbounds float, ptr %P, i64 %2122
  store <8 x float> %2107, ptr %2123, align 4
  %i18.next = add nuw nsw i64 %i18.addr.0393, 4
  %2124 = icmp ult i64 %i18.addr.0393, 28
  br i1 %2124, label %j14.head.preheader, label %i19.head.preheader

i19.head.preheader:                               ; preds = %p8.exit.3, %i19.head.preheader
  %t1.addr.0395 = phi i64 [ %t1.next, %i19.head.preheader ], [ 0, %p8.exit.3 ]
  %2125 = shl nuw nsw i64 %t1.addr.0395, 1
  %2126 = add nuw nsw i64 %2125, 2
  %broadcast.splatinsert = insertelement <8 x i64> poison, i64 %2126, i64 0
  %broadcast.splat = shufflevector <8 x i64> %broadcast.splatinsert, <8 x i64> poison, <8 x i32> zeroinitializer
  %.idx454 = shl nsw i64 %t1.addr.0395, 8
  %invariant.gep771 = getelementptr inbounds i8, ptr %P, i64 %.idx454
  %2127 = getelementptr inbounds i8, ptr %invariant.gep771, i64 32
  %2128 = getelementptr inbounds i8, ptr %invariant.gep771, i64 64
  %2129 = getelementptr inbounds i8, ptr %invariant.gep771, i64 96
  %wide.load = load <8 x float>, ptr %invariant.gep771, align 4
  %wide.load987 = load <8 x float>, ptr %2127, align 4
  %wide.load988 = load <8 x float>, ptr %2128, align 4
  %wide.load989 = load <8 x float>, ptr %2129, align 4
  %2130 = icmp ugt <8 x i64> %broadcast.splat, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %2131 = icmp ugt <8 x i64> %broadcast.splat, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %2132 = icmp ugt <8 x i64> %broadcast.splat, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %2133 = icmp ugt <8 x i64> %broadcast.splat, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %2134 = select <8 x i1> %2130, <8 x float> %wide.load, <8 x float> zeroinitializer
  %2135 = select <8 x i1> %2131, <8 x float> %wide.load987, <8 x float> zeroinitializer
  %2136 = select <8 x i1> %2132, <8 x float> %wide.load988, <8 x float> zeroinitializer
  %2137 = select <8 x i1> %2133, <8 x float> %wide.load989, <8 x float> zeroinitializer
  store <8 x float> %2134, ptr %invariant.gep771, align 4
  store <8 x float> %2135, ptr %2127, align 4
  store <8 x float> %2136, ptr %2128, align 4
  store <8 x float> %2137, ptr %2129, align 4
  %2138 = getelementptr inbounds i8, ptr %invariant.gep771, i64 128
  %2139 = getelementptr inbounds i8, ptr %invariant.gep771, i64 160
  %2140 = getelementptr inbounds i8, ptr %invariant.gep771, i64 192
  %2141 = getelementptr inbounds i8, ptr %invariant.gep771, i64 224
  %wide.load.1 = load <8 x float>, ptr %2138, align 4
  %wide.load987.1 = load <8 x float>, ptr %2139, align 4
  %wide.load988.1 = load <8 x float>, ptr %2140, align 4
  %wide.load989.1 = load <8 x float>, ptr %2141, align 4
  %2142 = icmp ugt <8 x i64> %broadcast.splat, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %2143 = icmp ugt <8 x i64> %broadcast.splat, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %2144 = icmp ugt <8 x i64> %broadcast.splat, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %2145 = icmp ugt <8 x i64> %broadcast.splat, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %2146 = select <8 x i1> %2142, <8 x float> %wide.load.1, <8 x float> zeroinitializer
  %2147 = select <8 x i1> %2143, <8 x float> %wide.load987.1, <8 x float> zeroinitializer
  %2148 = select <8 x i1> %2144, <8 x float> %wide.load988.1, <8 x float> zeroinitializer
  %2149 = select <8 x i1> %2145, <8 x float> %wide.load989.1, <8 x float> zeroinitializer
  store <8 x float> %2146, ptr %2138, align 4
  store <8 x float> %2147, ptr %2139, align 4
  store <8 x float> %2148, ptr %2140, align 4
  store <8 x float> %2149, ptr %2141, align 4
  %t1.next = add nuw nsw i64 %t1.addr.0395, 1
  %exitcond533.not = icmp eq i64 %t1.next, 32
  br i1 %exitcond533.not, label %j15.head.preheader, label %i19.head.preheader

j15.head.preheader:                               ; preds = %i19.head.preheader, %p9.exit.3
  %i20.addr.0406 = phi i64 [ %i20.next, %p9.exit.3 ], [ 0, %i19.head.preheader ]
  %2150 = shl nuw nsw i64 %i20.addr.0406, 6
  %2151 = or disjoint i64 %2150, 64
  %2152 = or disjoint i64 %2150, 128
  %2153 = or disjoint i64 %2150, 192
  br label %p9.body

p9.body:                                          ; preds = %p9.body, %j15.head.preheader
  %p9.addr.0404 = phi i64 [ 0, %j15.head.preheader ], [ %p9.next.11309, %p9.body ]
  %acc39.0403 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %2221, %p9.body ]
  %acc38.0402 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %2220, %p9.body ]
  %acc37135.0401 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %2214, %p9.body ]
  %acc36.0400 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %2213, %p9.body ]
  %acc35.0399 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %2207, %p9.body ]
  %acc34.0398 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %2206, %p9.body ]
  %acc33.0397 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %2200, %p9.body ]
  %acc32.0396 = phi <8 x float> [ zeroinitializer, %j15.head.preheader ], [ %2199, %p9.body ]
  %2154 = shl nuw nsw i64 %p9.addr.0404, 6
  %2155 = getelementptr inbounds float, ptr %work, i64 %2154
  %2156 = load <8 x float>, ptr %2155, align 4
  %2157 = or disjoint i64 %2154, 8
  %2158 = getelementptr inbounds float, ptr %work, i64 %2157
  %2159 = load <8 x float>, ptr %2158, align 4
  %2160 = add nuw nsw i64 %p9.addr.0404, %2150
  %2161 = getelementptr inbounds float, ptr %Qc, i64 %2160
  %2162 = load float, ptr %2161, align 4
  %2163 = insertelement <8 x float> poison, float %2162, i64 0
  %2164 = shufflevector <8 x float> %2163, <8 x float> poison, <8 x i32> zeroinitializer
  %2165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2164, <8 x float> %2156, <8 x float> %acc32.0396)
  %2166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2164, <8 x float> %2159, <8 x float> %acc33.0397)
  %2167 = or disjoint i64 %2160, 64
  %2168 = getelementptr inbounds float, ptr %Qc, i64 %2167
  %2169 = load float, ptr %2168, align 4
  %2170 = insertelement <8 x float> poison, float %2169, i64 0
  %2171 = shufflevector <8 x float> %2170, <8 x float> poison, <8 x i32> zeroinitializer
  %2172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2171, <8 x float> %2156, <8 x float> %acc34.0398)
  %2173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2171, <8 x float> %2159, <8 x float> %acc35.0399)
  %2174 = or disjoint i64 %2160, 128
  %2175 = getelementptr inbounds float, ptr %Qc, i64 %2174
  %2176 = load float, ptr %2175, align 4
  %2177 = insertelement <8 x float> poison, float %2176, i64 0
  %2178 = shufflevector <8 x float> %2177, <8 x float> poison, <8 x i32> zeroinitializer
  %2179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2178, <8 x float> %2156, <8 x float> %acc36.0400)
  %2180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2178, <8 x float> %2159, <8 x float> %acc37135.0401)
  %2181 = or disjoint i64 %2160, 192
  %2182 = getelementptr inbounds float, ptr %Qc, i64 %2181
  %2183 = load float, ptr %2182, align 4
  %2184 = insertelement <8 x float> poison, float %2183, i64 0
  %2185 = shufflevector <8 x float> %2184, <8 x float> poison, <8 x i32> zeroinitializer
  %2186 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2185, <8 x float> %2156, <8 x float> %acc38.0402)
  %2187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2185, <8 x float> %2159, <8 x float> %acc39.0403)
  %p9.next = or disjoint i64 %p9.addr.0404, 1
  %2188 = shl nuw nsw i64 %p9.next, 6
  %2189 = getelementptr inbounds float, ptr %work, i64 %2188
  %2190 = load <8 x float>, ptr %2189, align 4
  %2191 = or disjoint i64 %2188, 8
  %2192 = getelementptr inbounds float, ptr %work, i64 %2191
  %2193 = load <8 x float>, ptr %2192, align 4
  %2194 = add nuw nsw i64 %p9.next, %2150
  %2195 = getelementptr inbounds float, ptr %Qc, i64 %2194
  %2196 = load float, ptr %2195, align 4
  %2197 = insertelement <8 x float> poison, float %2196, i64 0
  %2198 = shufflevector <8 x float> %2197, <8 x float> poison, <8 x i32> zeroinitializer
  %2199 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2198, <8 x float> %2190, <8 x float> %2165)
  %2200 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2198, <8 x float> %2193, <8 x float> %2166)
  %2201 = or disjoint i64 %2194, 64
  %2202 = getelementptr inbounds float, ptr %Qc, i64 %2201
  %2203 = load float, ptr %2202, align 4
  %2204 = insertelement <8 x float> poison, float %2203, i64 0
  %2205 = shufflevector <8 x float> %2204, <8 x float> poison, <8 x i32> zeroinitializer
  %2206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2205, <8 x float> %2190, <8 x float> %2172)
  %2207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2205, <8 x float> %2193, <8 x float> %2173)
  %2208 = or disjoint i64 %2194, 128
  %2209 = getelementptr inbounds float, ptr %Qc, i64 %2208
  %2210 = load float, ptr %2209, align 4
  %2211 = insertelement <8 x float> poison, float %2210, i64 0
  %2212 = shufflevector <8 x float> %2211, <8 x float> poison, <8 x i32> zeroinitializer
  %2213 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2212, <8 x float> %2190, <8 x float> %2179)
  %2214 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2212, <8 x float> %2193, <8 x float> %2180)
  %2215 = or disjoint i64 %2194, 192
  %2216 = getelementptr inbounds float, ptr %Qc, i64 %2215
  %2217 = load float, ptr %2216, align 4
  %2218 = insertelement <8 x float> poison, float %2217, i64 0
  %2219 = shufflevector <8 x float> %2218, <8 x float> poison, <8 x i32> zeroinitializer
  %2220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2219, <8 x float> %2190, <8 x float> %2186)
  %2221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2219, <8 x float> %2193, <8 x float> %2187)
  %p9.next.11309 = add nuw nsw i64 %p9.addr.0404, 2
  %exitcond534.not.1 = icmp eq i64 %p9.next.11309, 64
  br i1 %exitcond534.not.1, label %p9.exit, label %p9.body

p9.exit:                                          ; preds = %p9.body
  %2222 = getelementptr inbounds float, ptr %Oc, i64 %2150
  store <8 x float> %2199, ptr %2222, align 4
  %2223 = or disjoint i64 %2150, 8
  %2224 = getelementptr inbounds float, ptr %Oc, i64 %2223
  store <8 x float> %2200, ptr %2224, align 4
  %2225 = getelementptr inbounds float, ptr %Oc, i64 %2151
  store <8 x float> %2206, ptr %2225, align 4
  %2226 = or disjoint i64 %2150, 72
  %2227 = getelementptr inbounds float, ptr %Oc, i64 %2226
  store <8 x float> %2207, ptr %2227, align 4
  %2228 = getelementptr inbounds float, ptr %Oc, i64 %2152
  store <8 x float> %2213, ptr %2228, align 4
  %2229 = or disjoint i64 %2150, 136
  %2230 = getelementptr inbounds float, ptr %Oc, i64 %2229
  store <8 x float> %2214, ptr %2230, align 4
  %2231 = getelementptr inbounds float, ptr %Oc, i64 %2153
  store <8 x float> %2220, ptr %2231, align 4
  %2232 = or disjoint i64 %2150, 200
  %2233 = getelementptr inbounds float, ptr %Oc, i64 %2232
  store <8 x float> %2221, ptr %2233, align 4
  br label %p9.body.1

p9.body.1:                                        ; preds = %p9.body.1, %p9.exit
  %p9.addr.0404.1 = phi i64 [ 0, %p9.exit ], [ %p9.next.1.1, %p9.body.1 ]
  %acc39.0403.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %2303, %p9.body.1 ]
  %acc38.0402.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %2302, %p9.body.1 ]
  %acc37135.0401.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %2296, %p9.body.1 ]
  %acc36.0400.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %2295, %p9.body.1 ]
  %acc35.0399.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %2289, %p9.body.1 ]
  %acc34.0398.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %2288, %p9.body.1 ]
  %acc33.0397.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %2282, %p9.body.1 ]
  %acc32.0396.1 = phi <8 x float> [ zeroinitializer, %p9.exit ], [ %2281, %p9.body.1 ]
  %2234 = shl nuw nsw i64 %p9.addr.0404.1, 6
  %2235 = or disjoint i64 %2234, 16
  %2236 = getelementptr inbounds float, ptr %work, i64 %2235
  %2237 = load <8 x float>, ptr %2236, align 4
  %2238 = or disjoint i64 %2234, 24
  %2239 = getelementptr inbounds float, ptr %work, i64 %2238
  %2240 = load <8 x float>, ptr %2239, align 4
  %2241 = add nuw nsw i64 %p9.addr.0404.1, %2150
  %2242 = getelementptr inbounds float, ptr %Qc, i64 %2241
  %2243 = load float, ptr %2242, align 4
  %2244 = insertelement <8 x float> poison, float %2243, i64 0
  %2245 = shufflevector <8 x float> %2244, <8 x float> poison, <8 x i32> zeroinitializer
  %2246 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2245, <8 x float> %2237, <8 x float> %acc32.0396.1)
  %2247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2245, <8 x float> %2240, <8 x float> %acc33.0397.1)
  %2248 = or disjoint i64 %2241, 64
  %2249 = getelementptr inbounds float, ptr %Qc, i64 %2248
  %2250 = load float, ptr %2249, align 4
  %2251 = insertelement <8 x float> poison, float %2250, i64 0
  %2252 = shufflevector <8 x float> %2251, <8 x float> poison, <8 x i32> zeroinitializer
  %2253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2252, <8 x float> %2237, <8 x float> %acc34.0398.1)
  %2254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2252, <8 x float> %2240, <8 x float> %acc35.0399.1)
  %2255 = or disjoint i64 %2241, 128
  %2256 = getelementptr inbounds float, ptr %Qc, i64 %2255
  %2257 = load float, ptr %2256, align 4
  %2258 = insertelement <8 x float> poison, float %2257, i64 0
  %2259 = shufflevector <8 x float> %2258, <8 x float> poison, <8 x i32> zeroinitializer
  %2260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2259, <8 x float> %2237, <8 x float> %acc36.0400.1)
  %2261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2259, <8 x float> %2240, <8 x float> %acc37135.0401.1)
  %2262 = or disjoint i64 %2241, 192
  %2263 = getelementptr inbounds float, ptr %Qc, i64 %2262
  %2264 = load float, ptr %2263, align 4
  %2265 = insertelement <8 x float> poison, float %2264, i64 0
  %2266 = shufflevector <8 x float> %2265, <8 x float> poison, <8 x i32> zeroinitializer
  %2267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2266, <8 x float> %2237, <8 x float> %acc38.0402.1)
  %2268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2266, <8 x float> %2240, <8 x float> %acc39.0403.1)
  %p9.next.1 = or disjoint i64 %p9.addr.0404.1, 1
  %2269 = shl nuw nsw i64 %p9.next.1, 6
  %2270 = or disjoint i64 %2269, 16
  %2271 = getelementptr inbounds float, ptr %work, i64 %2270
  %2272 = load <8 x float>, ptr %2271, align 4
  %2273 = or disjoint i64 %2269, 24
  %2274 = getelementptr inbounds float, ptr %work, i64 %2273
  %2275 = load <8 x float>, ptr %2274, align 4
  %2276 = add nuw nsw i64 %p9.next.1, %2150
  %2277 = getelementptr inbounds float, ptr %Qc, i64 %2276
  %2278 = load float, ptr %2277, align 4
  %2279 = insertelement <8 x float> poison, float %2278, i64 0
  %2280 = shufflevector <8 x float> %2279, <8 x float> poison, <8 x i32> zeroinitializer
  %2281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2280, <8 x float> %2272, <8 x float> %2246)
  %2282 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2280, <8 x float> %2275, <8 x float> %2247)
  %2283 = or disjoint i64 %2276, 64
  %2284 = getelementptr inbounds float, ptr %Qc, i64 %2283
  %2285 = load float, ptr %2284, align 4
  %2286 = insertelement <8 x float> poison, float %2285, i64 0
  %2287 = shufflevector <8 x float> %2286, <8 x float> poison, <8 x i32> zeroinitializer
  %2288 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2287, <8 x float> %2272, <8 x float> %2253)
  %2289 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2287, <8 x float> %2275, <8 x float> %2254)
  %2290 = or disjoint i64 %2276, 128
  %2291 = getelementptr inbounds float, ptr %Qc, i64 %2290
  %2292 = load float, ptr %2291, align 4
  %2293 = insertelement <8 x float> poison, float %2292, i64 0
  %2294 = shufflevector <8 x float> %2293, <8 x float> poison, <8 x i32> zeroinitializer
  %2295 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2294, <8 x float> %2272, <8 x float> %2260)
  %2296 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2294, <8 x float> %2275, <8 x float> %2261)
  %2297 = or disjoint i64 %2276, 192
  %2298 = getelementptr inbounds float, ptr %Qc, i64 %2297
  %2299 = load float, ptr %2298, align 4
  %2300 = insertelement <8 x float> poison, float %2299, i64 0
  %2301 = shufflevector <8 x float> %2300, <8 x float> poison, <8 x i32> zeroinitializer
  %2302 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2301, <8 x float> %2272, <8 x float> %2267)
  %2303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2301, <8 x float> %2275, <8 x float> %2268)
  %p9.next.1.1 = add nuw nsw i64 %p9.addr.0404.1, 2
  %exitcond534.1.not.1 = icmp eq i64 %p9.next.1.1, 64
  br i1 %exitcond534.1.not.1, label %p9.exit.1, label %p9.body.1

p9.exit.1:                                        ; preds = %p9.body.1
  %2304 = or disjoint i64 %2150, 16
  %2305 = getelementptr inbounds float, ptr %Oc, i64 %2304
  store <8 x float> %2281, ptr %2305, align 4
  %2306 = or disjoint i64 %2150, 24
  %2307 = getelementptr inbounds float, ptr %Oc, i64 %2306
  store <8 x float> %2282, ptr %2307, align 4
  %2308 = or disjoint i64 %2150, 80
  %2309 = getelementptr inbounds float, ptr %Oc, i64 %2308
  store <8 x float> %2288, ptr %2309, align 4
  %2310 = or disjoint i64 %2150, 88
  %2311 = getelementptr inbounds float, ptr %Oc, i64 %2310
  store <8 x float> %2289, ptr %2311, align 4
  %2312 = or disjoint i64 %2150, 144
  %2313 = getelementptr inbounds float, ptr %Oc, i64 %2312
  store <8 x float> %2295, ptr %2313, align 4
  %2314 = or disjoint i64 %2150, 152
  %2315 = getelementptr inbounds float, ptr %Oc, i64 %2314
  store <8 x float> %2296, ptr %2315, align 4
  %2316 = or disjoint i64 %2150, 208
  %2317 = getelementptr inbounds float, ptr %Oc, i64 %2316
  store <8 x float> %2302, ptr %2317, align 4
  %2318 = or disjoint i64 %2150, 216
  %2319 = getelementptr inbounds float, ptr %Oc, i64 %2318
  store <8 x float> %2303, ptr %2319, align 4
  br label %p9.body.2

p9.body.2:                                        ; preds = %p9.body.2, %p9.exit.1
  %p9.addr.0404.2 = phi i64 [ 0, %p9.exit.1 ], [ %p9.next.2.1, %p9.body.2 ]
  %acc39.0403.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %2389, %p9.body.2 ]
  %acc38.0402.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %2388, %p9.body.2 ]
  %acc37135.0401.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %2382, %p9.body.2 ]
  %acc36.0400.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %2381, %p9.body.2 ]
  %acc35.0399.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %2375, %p9.body.2 ]
  %acc34.0398.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %2374, %p9.body.2 ]
  %acc33.0397.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %2368, %p9.body.2 ]
  %acc32.0396.2 = phi <8 x float> [ zeroinitializer, %p9.exit.1 ], [ %2367, %p9.body.2 ]
  %2320 = shl nuw nsw i64 %p9.addr.0404.2, 6
  %2321 = or disjoint i64 %2320, 32
  %2322 = getelementptr inbounds float, ptr %work, i64 %2321
  %2323 = load <8 x float>, ptr %2322, align 4
  %2324 = or disjoint i64 %2320, 40
  %2325 = getelementptr inbounds float, ptr %work, i64 %2324
  %2326 = load <8 x float>, ptr %2325, align 4
  %2327 = add nuw nsw i64 %p9.addr.0404.2, %2150
  %2328 = getelementptr inbounds float, ptr %Qc, i64 %2327
  %2329 = load float, ptr %2328, align 4
  %2330 = insertelement <8 x float> poison, float %2329, i64 0
  %2331 = shufflevector <8 x float> %2330, <8 x float> poison, <8 x i32> zeroinitializer
  %2332 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2331, <8 x float> %2323, <8 x float> %acc32.0396.2)
  %2333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2331, <8 x float> %2326, <8 x float> %acc33.0397.2)
  %2334 = or disjoint i64 %2327, 64
  %2335 = getelementptr inbounds float, ptr %Qc, i64 %2334
  %2336 = load float, ptr %2335, align 4
  %2337 = insertelement <8 x float> poison, float %2336, i64 0
  %2338 = shufflevector <8 x float> %2337, <8 x float> poison, <8 x i32> zeroinitializer
  %2339 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2338, <8 x float> %2323, <8 x float> %acc34.0398.2)
  %2340 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2338, <8 x float> %2326, <8 x float> %acc35.0399.2)
  %2341 = or disjoint i64 %2327, 128
  %2342 = getelementptr inbounds float, ptr %Qc, i64 %2341
  %2343 = load float, ptr %2342, align 4
  %2344 = insertelement <8 x float> poison, float %2343, i64 0
  %2345 = shufflevector <8 x float> %2344, <8 x float> poison, <8 x i32> zeroinitializer
  %2346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2345, <8 x float> %2323, <8 x float> %acc36.0400.2)
  %2347 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2345, <8 x float> %2326, <8 x float> %acc37135.0401.2)
  %2348 = or disjoint i64 %2327, 192
  %2349 = getelementptr inbounds float, ptr %Qc, i64 %2348
  %2350 = load float, ptr %2349, align 4
  %2351 = insertelement <8 x float> poison, float %2350, i64 0
  %2352 = shufflevector <8 x float> %2351, <8 x float> poison, <8 x i32> zeroinitializer
  %2353 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2352, <8 x float> %2323, <8 x float> %acc38.0402.2)
  %2354 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2352, <8 x float> %2326, <8 x float> %acc39.0403.2)
  %p9.next.2 = or disjoint i64 %p9.addr.0404.2, 1
  %2355 = shl nuw nsw i64 %p9.next.2, 6
  %2356 = or disjoint i64 %2355, 32
  %2357 = getelementptr inbounds float, ptr %work, i64 %2356
  %2358 = load <8 x float>, ptr %2357, align 4
  %2359 = or disjoint i64 %2355, 40
  %2360 = getelementptr inbounds float, ptr %work, i64 %2359
  %2361 = load <8 x float>, ptr %2360, align 4
  %2362 = add nuw nsw i64 %p9.next.2, %2150
  %2363 = getelementptr inbounds float, ptr %Qc, i64 %2362
  %2364 = load float, ptr %2363, align 4
  %2365 = insertelement <8 x float> poison, float %2364, i64 0
  %2366 = shufflevector <8 x float> %2365, <8 x float> poison, <8 x i32> zeroinitializer
  %2367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2366, <8 x float> %2358, <8 x float> %2332)
  %2368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2366, <8 x float> %2361, <8 x float> %2333)
  %2369 = or disjoint i64 %2362, 64
  %2370 = getelementptr inbounds float, ptr %Qc, i64 %2369
  %2371 = load float, ptr %2370, align 4
  %2372 = insertelement <8 x float> poison, float %2371, i64 0
  %2373 = shufflevector <8 x float> %2372, <8 x float> poison, <8 x i32> zeroinitializer
  %2374 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2373, <8 x float> %2358, <8 x float> %2339)
  %2375 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2373, <8 x float> %2361, <8 x float> %2340)
  %2376 = or disjoint i64 %2362, 128
  %2377 = getelementptr inbounds float, ptr %Qc, i64 %2376
  %2378 = load float, ptr %2377, align 4
  %2379 = insertelement <8 x float> poison, float %2378, i64 0
  %2380 = shufflevector <8 x float> %2379, <8 x float> poison, <8 x i32> zeroinitializer
  %2381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2380, <8 x float> %2358, <8 x float> %2346)
  %2382 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2380, <8 x float> %2361, <8 x float> %2347)
  %2383 = or disjoint i64 %2362, 192
  %2384 = getelementptr inbounds float, ptr %Qc, i64 %2383
  %2385 = load float, ptr %2384, align 4
  %2386 = insertelement <8 x float> poison, float %2385, i64 0
  %2387 = shufflevector <8 x float> %2386, <8 x float> poison, <8 x i32> zeroinitializer
  %2388 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2387, <8 x float> %2358, <8 x float> %2353)
  %2389 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2387, <8 x float> %2361, <8 x float> %2354)
  %p9.next.2.1 = add nuw nsw i64 %p9.addr.0404.2, 2
  %exitcond534.2.not.1 = icmp eq i64 %p9.next.2.1, 64
  br i1 %exitcond534.2.not.1, label %p9.exit.2, label %p9.body.2

p9.exit.2:                                        ; preds = %p9.body.2
  %2390 = or disjoint i64 %2150, 32
  %2391 = getelementptr inbounds float, ptr %Oc, i64 %2390
  store <8 x float> %2367, ptr %2391, align 4
  %2392 = or disjoint i64 %2150, 40
  %2393 = getelementptr inbounds float, ptr %Oc, i64 %2392
  store <8 x float> %2368, ptr %2393, align 4
  %2394 = or disjoint i64 %2150, 96
  %2395 = getelementptr inbounds float, ptr %Oc, i64 %2394
  store <8 x float> %2374, ptr %2395, align 4
  %2396 = or disjoint i64 %2150, 104
  %2397 = getelementptr inbounds float, ptr %Oc, i64 %2396
  store <8 x float> %2375, ptr %2397, align 4
  %2398 = or disjoint i64 %2150, 160
  %2399 = getelementptr inbounds float, ptr %Oc, i64 %2398
  store <8 x float> %2381, ptr %2399, align 4
  %2400 = or disjoint i64 %2150, 168
  %2401 = getelementptr inbounds float, ptr %Oc, i64 %2400
  store <8 x float> %2382, ptr %2401, align 4
  %2402 = or disjoint i64 %2150, 224
  %2403 = getelementptr inbounds float, ptr %Oc, i64 %2402
  store <8 x float> %2388, ptr %2403, align 4
  %2404 = or disjoint i64 %2150, 232
  %2405 = getelementptr inbounds float, ptr %Oc, i64 %2404
  store <8 x float> %2389, ptr %2405, align 4
  br label %p9.body.3

p9.body.3:                                        ; preds = %p9.body.3, %p9.exit.2
  %p9.addr.0404.3 = phi i64 [ 0, %p9.exit.2 ], [ %p9.next.3.1, %p9.body.3 ]
  %acc39.0403.3 = phi <8 x float> [ zeroinitializer, %p9.exit.2 ], [ %2475, %p9.body.3 ]
  %acc38.0402.3 = phi <8 x float> [ zeroinitializer, %p9.exit.2 ], [ %2474, %p9.body.3 ]
  %acc37135.0401.3 = phi <8 x float> [ zeroinitializer, %p9.exit.2 ], [ %2468, %p9.body.3 ]
  %acc36.0400.3 = phi <8 x float> [ zeroinitializer, %p9.exit.2 ], [ %2467, %p9.body.3 ]
  %acc35.0399.3 = phi <8 x float> [ zeroinitializer, %p9.exit.2 ], [ %2461, %p9.body.3 ]
  %acc34.0398.3 = phi <8 x float> [ zeroinitializer, %p9.exit.2 ], [ %2460, %p9.body.3 ]
  %acc33.0397.3 = phi <8 x float> [ zeroinitializer, %p9.exit.2 ], [ %2454, %p9.body.3 ]
  %acc32.0396.3 = phi <8 x float> [ zeroinitializer, %p9.exit.2 ], [ %2453, %p9.body.3 ]
  %2406 = shl nuw nsw i64 %p9.addr.0404.3, 6
  %2407 = or disjoint i64 %2406, 48
  %2408 = getelementptr inbounds float, ptr %work, i64 %2407
  %2409 = load <8 x float>, ptr %2408, align 4
  %2410 = or disjoint i64 %2406, 56
  %2411 = getelementptr inbounds float, ptr %work, i64 %2410
  %2412 = load <8 x float>, ptr %2411, align 4
  %2413 = add nuw nsw i64 %p9.addr.0404.3, %2150
  %2414 = getelementptr inbounds float, ptr %Qc, i64 %2413
  %2415 = load float, ptr %2414, align 4
  %2416 = insertelement <8 x float> poison, float %2415, i64 0
  %2417 = shufflevector <8 x float> %2416, <8 x float> poison, <8 x i32> zeroinitializer
  %2418 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2417, <8 x float> %2409, <8 x float> %acc32.0396.3)
  %2419 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2417, <8 x float> %2412, <8 x float> %acc33.0397.3)
  %2420 = or disjoint i64 %2413, 64
  %2421 = getelementptr inbounds float, ptr %Qc, i64 %2420
  %2422 = load float, ptr %2421, align 4
  %2423 = insertelement <8 x float> poison, float %2422, i64 0
  %2424 = shufflevector <8 x float> %2423, <8 x float> poison, <8 x i32> zeroinitializer
  %2425 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2424, <8 x float> %2409, <8 x float> %acc34.0398.3)
  %2426 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2424, <8 x float> %2412, <8 x float> %acc35.0399.3)
  %2427 = or disjoint i64 %2413, 128
  %2428 = getelementptr inbounds float, ptr %Qc, i64 %2427
  %2429 = load float, ptr %2428, align 4
  %2430 = insertelement <8 x float> poison, float %2429, i64 0
  %2431 = shufflevector <8 x float> %2430, <8 x float> poison, <8 x i32> zeroinitializer
  %2432 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2431, <8 x float> %2409, <8 x float> %acc36.0400.3)
  %2433 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2431, <8 x float> %2412, <8 x float> %acc37135.0401.3)
  %2434 = or disjoint i64 %2413, 192
  %2435 = getelementptr inbounds float, ptr %Qc, i64 %2434
  %2436 = load float, ptr %2435, align 4
  %2437 = insertelement <8 x float> poison, float %2436, i64 0
  %2438 = shufflevector <8 x float> %2437, <8 x float> poison, <8 x i32> zeroinitializer
  %2439 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2438, <8 x float> %2409, <8 x float> %acc38.0402.3)
  %2440 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2438, <8 x float> %2412, <8 x float> %acc39.0403.3)
  %p9.next.3 = or disjoint i64 %p9.addr.0404.3, 1
  %2441 = shl nuw nsw i64 %p9.next.3, 6
  %2442 = or disjoint i64 %2441, 48
  %2443 = getelementptr inbounds float, ptr %work, i64 %2442
  %2444 = load <8 x float>, ptr %2443, align 4
  %2445 = or disjoint i64 %2441, 56
  %2446 = getelementptr inbounds float, ptr %work, i64 %2445
  %2447 = load <8 x float>, ptr %2446, align 4
  %2448 = add nuw nsw i64 %p9.next.3, %2150
  %2449 = getelementptr inbounds float, ptr %Qc, i64 %2448
  %2450 = load float, ptr %2449, align 4
  %2451 = insertelement <8 x float> poison, float %2450, i64 0
  %2452 = shufflevector <8 x float> %2451, <8 x float> poison, <8 x i32> zeroinitializer
  %2453 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2452, <8 x float> %2444, <8 x float> %2418)
  %2454 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2452, <8 x float> %2447, <8 x float> %2419)
  %2455 = or disjoint i64 %2448, 64
  %2456 = getelementptr inbounds float, ptr %Qc, i64 %2455
  %2457 = load float, ptr %2456, align 4
  %2458 = insertelement <8 x float> poison, float %2457, i64 0
  %2459 = shufflevector <8 x float> %2458, <8 x float> poison, <8 x i32> zeroinitializer
  %2460 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2459, <8 x float> %2444, <8 x float> %2425)
  %2461 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2459, <8 x float> %2447, <8 x float> %2426)
  %2462 = or disjoint i64 %2448, 128
  %2463 = getelementptr inbounds float, ptr %Qc, i64 %2462
  %2464 = load float, ptr %2463, align 4
  %2465 = insertelement <8 x float> poison, float %2464, i64 0
  %2466 = shufflevector <8 x float> %2465, <8 x float> poison, <8 x i32> zeroinitializer
  %2467 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2466, <8 x float> %2444, <8 x float> %2432)
  %2468 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2466, <8 x float> %2447, <8 x float> %2433)
  %2469 = or disjoint i64 %2448, 192
  %2470 = getelementptr inbounds float, ptr %Qc, i64 %2469
  %2471 = load float, ptr %2470, align 4
  %2472 = insertelement <8 x float> poison, float %2471, i64 0
  %2473 = shufflevector <8 x float> %2472, <8 x float> poison, <8 x i32> zeroinitializer
  %2474 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2473, <8 x float> %2444, <8 x float> %2439)
  %2475 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2473, <8 x float> %2447, <8 x float> %2440)
  %p9.next.3.1 = add nuw nsw i64 %p9.addr.0404.3, 2
  %exitcond534.3.not.1 = icmp eq i64 %p9.next.3.1, 64
  br i1 %exitcond534.3.not.1, label %p9.exit.3, label %p9.body.3

p9.exit.3:                                        ; preds = %p9.body.3
  %2476 = or disjoint i64 %2150, 48
  %2477 = getelementptr inbounds float, ptr %Oc, i64 %2476
  store <8 x float> %2453, ptr %2477, align 4
  %2478 = or disjoint i64 %2150, 56
  %2479 = getelementptr inbounds float, ptr %Oc, i64 %2478
  store <8 x float> %2454, ptr %2479, align 4
  %2480 = or disjoint i64 %2150, 112
  %2481 = getelementptr inbounds float, ptr %Oc, i64 %2480
  store <8 x float> %2460, ptr %2481, align 4
  %2482 = or disjoint i64 %2150, 120
  %2483 = getelementptr inbounds float, ptr %Oc, i64 %2482
  store <8 x float> %2461, ptr %2483, align 4
  %2484 = or disjoint i64 %2150, 176
  %2485 = getelementptr inbounds float, ptr %Oc, i64 %2484
  store <8 x float> %2467, ptr %2485, align 4
  %2486 = or disjoint i64 %2150, 184
  %2487 = getelementptr inbounds float, ptr %Oc, i64 %2486
  store <8 x float> %2468, ptr %2487, align 4
  %2488 = or disjoint i64 %2150, 240
  %2489 = getelementptr inbounds float, ptr %Oc, i64 %2488
  store <8 x float> %2474, ptr %2489, align 4
  %2490 = or disjoint i64 %2150, 248
  %2491 = getelementptr inbounds float, ptr %Oc, i64 %2490
  store <8 x float> %2475, ptr %2491, align 4
  %i20.next = add nuw nsw i64 %i20.addr.0406, 4
  %2492 = icmp ult i64 %i20.addr.0406, 28
  br i1 %2492, label %j15.head.preheader, label %j16.head.preheader

t2.head.preheader:                                ; preds = %p10.exit.3
  %2493 = icmp sgt i64 %126, 0
  br i1 %2493, label %j17.head.preheader.preheader, label %j18.head.preheader.preheader

j17.head.preheader.preheader:                     ; preds = %t2.head.preheader
  %2494 = getelementptr i8, ptr %122, i64 %123
  %xtraiter1324 = and i64 %smax1323, 7
  %2495 = icmp slt i64 %indvars.iv, 8
  br i1 %2495, label %j18.head.preheader.preheader.loopexit.unr-lcssa, label %j17.head.preheader.preheader.new

j17.head.preheader.preheader.new:                 ; preds = %j17.head.preheader.preheader
  %unroll_iter1326 = and i64 %smax1323, 56
  br label %j17.head.preheader

j16.head.preheader:                               ; preds = %p9.exit.3, %p10.exit.3
  %i21.addr.0417 = phi i64 [ %i21.next, %p10.exit.3 ], [ 0, %p9.exit.3 ]
  %2496 = shl nuw nsw i64 %i21.addr.0417, 6
  %2497 = or disjoint i64 %2496, 64
  %2498 = or disjoint i64 %2496, 128
  %2499 = or disjoint i64 %2496, 192
  %2500 = getelementptr inbounds float, ptr %Oc, i64 %2496
  %2501 = load <8 x float>, ptr %2500, align 4
  %2502 = or disjoint i64 %2496, 8
  %2503 = getelementptr inbounds float, ptr %Oc, i64 %2502
  %2504 = load <8 x float>, ptr %2503, align 4
  %2505 = getelementptr inbounds float, ptr %Oc, i64 %2497
  %2506 = load <8 x float>, ptr %2505, align 4
  %2507 = or disjoint i64 %2496, 72
  %2508 = getelementptr inbounds float, ptr %Oc, i64 %2507
  %2509 = load <8 x float>, ptr %2508, align 4
  %2510 = getelementptr inbounds float, ptr %Oc, i64 %2498
  %2511 = load <8 x float>, ptr %2510, align 4
  %2512 = or disjoint i64 %2496, 136
  %2513 = getelementptr inbounds float, ptr %Oc, i64 %2512
  %2514 = load <8 x float>, ptr %2513, align 4
  %2515 = getelementptr inbounds float, ptr %Oc, i64 %2499
  %2516 = load <8 x float>, ptr %2515, align 4
  %2517 = or disjoint i64 %2496, 200
  %2518 = getelementptr inbounds float, ptr %Oc, i64 %2517
  %2519 = load <8 x float>, ptr %2518, align 4
  br label %p10.body

p10.body:                                         ; preds = %p10.body, %j16.head.preheader
  %p10.addr.0415 = phi i64 [ 0, %j16.head.preheader ], [ %p10.next.11320, %p10.body ]
  %acc47.0414 = phi <8 x float> [ %2519, %j16.head.preheader ], [ %2589, %p10.body ]
  %acc46.0413 = phi <8 x float> [ %2516, %j16.head.preheader ], [ %2588, %p10.body ]
  %acc45.0412 = phi <8 x float> [ %2514, %j16.head.preheader ], [ %2582, %p10.body ]
  %acc44.0411 = phi <8 x float> [ %2511, %j16.head.preheader ], [ %2581, %p10.body ]
  %acc43.0410 = phi <8 x float> [ %2509, %j16.head.preheader ], [ %2575, %p10.body ]
  %acc42.0409 = phi <8 x float> [ %2506, %j16.head.preheader ], [ %2574, %p10.body ]
  %acc41.0408 = phi <8 x float> [ %2504, %j16.head.preheader ], [ %2568, %p10.body ]
  %acc40.0407 = phi <8 x float> [ %2501, %j16.head.preheader ], [ %2567, %p10.body ]
  %2520 = shl nuw nsw i64 %p10.addr.0415, 7
  %2521 = or disjoint i64 %2520, 64
  %2522 = getelementptr inbounds float, ptr %X, i64 %2521
  %2523 = load <8 x float>, ptr %2522, align 4
  %2524 = or disjoint i64 %2520, 72
  %2525 = getelementptr inbounds float, ptr %X, i64 %2524
  %2526 = load <8 x float>, ptr %2525, align 4
  %2527 = or disjoint i64 %p10.addr.0415, %2496
  %2528 = getelementptr inbounds float, ptr %P, i64 %2527
  %2529 = load float, ptr %2528, align 4
  %2530 = insertelement <8 x float> poison, float %2529, i64 0
  %2531 = shufflevector <8 x float> %2530, <8 x float> poison, <8 x i32> zeroinitializer
  %2532 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2531, <8 x float> %2523, <8 x float> %acc40.0407)
  %2533 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2531, <8 x float> %2526, <8 x float> %acc41.0408)
  %2534 = or disjoint i64 %p10.addr.0415, %2497
  %2535 = getelementptr inbounds float, ptr %P, i64 %2534
  %2536 = load float, ptr %2535, align 4
  %2537 = insertelement <8 x float> poison, float %2536, i64 0
  %2538 = shufflevector <8 x float> %2537, <8 x float> poison, <8 x i32> zeroinitializer
  %2539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2538, <8 x float> %2523, <8 x float> %acc42.0409)
  %2540 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2538, <8 x float> %2526, <8 x float> %acc43.0410)
  %2541 = or disjoint i64 %p10.addr.0415, %2498
  %2542 = getelementptr inbounds float, ptr %P, i64 %2541
  %2543 = load float, ptr %2542, align 4
  %2544 = insertelement <8 x float> poison, float %2543, i64 0
  %2545 = shufflevector <8 x float> %2544, <8 x float> poison, <8 x i32> zeroinitializer
  %2546 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2545, <8 x float> %2523, <8 x float> %acc44.0411)
  %2547 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2545, <8 x float> %2526, <8 x float> %acc45.0412)
  %2548 = or disjoint i64 %p10.addr.0415, %2499
  %2549 = getelementptr inbounds float, ptr %P, i64 %2548
  %2550 = load float, ptr %2549, align 4
  %2551 = insertelement <8 x float> poison, float %2550, i64 0
  %2552 = shufflevector <8 x float> %2551, <8 x float> poison, <8 x i32> zeroinitializer
  %2553 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2552, <8 x float> %2523, <8 x float> %acc46.0413)
  %2554 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2552, <8 x float> %2526, <8 x float> %acc47.0414)
  %p10.next = or disjoint i64 %p10.addr.0415, 1
  %2555 = shl nuw nsw i64 %p10.next, 7
  %2556 = or disjoint i64 %2555, 64
  %2557 = getelementptr inbounds float, ptr %X, i64 %2556
  %2558 = load <8 x float>, ptr %2557, align 4
  %2559 = or disjoint i64 %2555, 72
  %2560 = getelementptr inbounds float, ptr %X, i64 %2559
  %2561 = load <8 x float>, ptr %2560, align 4
  %2562 = or disjoint i64 %p10.next, %2496
  %2563 = getelementptr inbounds float, ptr %P, i64 %2562
  %2564 = load float, ptr %2563, align 4
  %2565 = insertelement <8 x float> poison, float %2564, i64 0
  %2566 = shufflevector <8 x float> %2565, <8 x float> poison, <8 x i32> zeroinitializer
  %2567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2566, <8 x float> %2558, <8 x float> %2532)
  %2568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2566, <8 x float> %2561, <8 x float> %2533)
  %2569 = or disjoint i64 %p10.next, %2497
  %2570 = getelementptr inbounds float, ptr %P, i64 %2569
  %2571 = load float, ptr %2570, align 4
  %2572 = insertelement <8 x float> poison, float %2571, i64 0
  %2573 = shufflevector <8 x float> %2572, <8 x float> poison, <8 x i32> zeroinitializer
  %2574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2573, <8 x float> %2558, <8 x float> %2539)
  %2575 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2573, <8 x float> %2561, <8 x float> %2540)
  %2576 = or disjoint i64 %p10.next, %2498
  %2577 = getelementptr inbounds float, ptr %P, i64 %2576
  %2578 = load float, ptr %2577, align 4
  %2579 = insertelement <8 x float> poison, float %2578, i64 0
  %2580 = shufflevector <8 x float> %2579, <8 x float> poison, <8 x i32> zeroinitializer
  %2581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2580, <8 x float> %2558, <8 x float> %2546)
  %2582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2580, <8 x float> %2561, <8 x float> %2547)
  %2583 = or disjoint i64 %p10.next, %2499
  %2584 = getelementptr inbounds float, ptr %P, i64 %2583
  %2585 = load float, ptr %2584, align 4
  %2586 = insertelement <8 x float> poison, float %2585, i64 0
  %2587 = shufflevector <8 x float> %2586, <8 x float> poison, <8 x i32> zeroinitializer
  %2588 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2587, <8 x float> %2558, <8 x float> %2553)
  %2589 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2587, <8 x float> %2561, <8 x float> %2554)
  %p10.next.11320 = add nuw nsw i64 %p10.addr.0415, 2
  %exitcond535.not.1 = icmp eq i64 %p10.next.11320, 64
  br i1 %exitcond535.not.1, label %p10.exit, label %p10.body

p10.exit:                                         ; preds = %p10.body
  store <8 x float> %2567, ptr %2500, align 4
  store <8 x float> %2568, ptr %2503, align 4
  store <8 x float> %2574, ptr %2505, align 4
  store <8 x float> %2575, ptr %2508, align 4
  store <8 x float> %2581, ptr %2510, align 4
  store <8 x float> %2582, ptr %2513, align 4
  store <8 x float> %2588, ptr %2515, align 4
  store <8 x float> %2589, ptr %2518, align 4
  %2590 = or disjoint i64 %2496, 16
  %2591 = getelementptr inbounds float, ptr %Oc, i64 %2590
  %2592 = load <8 x float>, ptr %2591, align 4
  %2593 = or disjoint i64 %2496, 24
  %2594 = getelementptr inbounds float, ptr %Oc, i64 %2593
  %2595 = load <8 x float>, ptr %2594, align 4
  %2596 = or disjoint i64 %2496, 80
  %2597 = getelementptr inbounds float, ptr %Oc, i64 %2596
  %2598 = load <8 x float>, ptr %2597, align 4
  %2599 = or disjoint i64 %2496, 88
  %2600 = getelementptr inbounds float, ptr %Oc, i64 %2599
  %2601 = load <8 x float>, ptr %2600, align 4
  %2602 = or disjoint i64 %2496, 144
  %2603 = getelementptr inbounds float, ptr %Oc, i64 %2602
  %2604 = load <8 x float>, ptr %2603, align 4
  %2605 = or disjoint i64 %2496, 152
  %2606 = getelementptr inbounds float, ptr %Oc, i64 %2605
  %2607 = load <8 x float>, ptr %2606, align 4
  %2608 = or disjoint i64 %2496, 208
  %2609 = getelementptr inbounds float, ptr %Oc, i64 %2608
  %2610 = load <8 x float>, ptr %2609, align 4
  %2611 = or disjoint i64 %2496, 216
  %2612 = getelementptr inbounds float, ptr %Oc, i64 %2611
  %2613 = load <8 x float>, ptr %2612, align 4
  br label %p10.body.1

p10.body.1:                                       ; preds = %p10.body.1, %p10.exit
  %p10.addr.0415.1 = phi i64 [ 0, %p10.exit ], [ %p10.next.1.1, %p10.body.1 ]
  %acc47.0414.1 = phi <8 x float> [ %2613, %p10.exit ], [ %2683, %p10.body.1 ]
  %acc46.0413.1 = phi <8 x float> [ %2610, %p10.exit ], [ %2682, %p10.body.1 ]
  %acc45.0412.1 = phi <8 x float> [ %2607, %p10.exit ], [ %2676, %p10.body.1 ]
  %acc44.0411.1 = phi <8 x float> [ %2604, %p10.exit ], [ %2675, %p10.body.1 ]
  %acc43.0410.1 = phi <8 x float> [ %2601, %p10.exit ], [ %2669, %p10.body.1 ]
  %acc42.0409.1 = phi <8 x float> [ %2598, %p10.exit ], [ %2668, %p10.body.1 ]
  %acc41.0408.1 = phi <8 x float> [ %2595, %p10.exit ], [ %2662, %p10.body.1 ]
  %acc40.0407.1 = phi <8 x float> [ %2592, %p10.exit ], [ %2661, %p10.body.1 ]
  %2614 = shl nuw nsw i64 %p10.addr.0415.1, 7
  %2615 = or disjoint i64 %2614, 80
  %2616 = getelementptr inbounds float, ptr %X, i64 %2615
  %2617 = load <8 x float>, ptr %2616, align 4
  %2618 = or disjoint i64 %2614, 88
  %2619 = getelementptr inbounds float, ptr %X, i64 %2618
  %2620 = load <8 x float>, ptr %2619, align 4
  %2621 = or disjoint i64 %p10.addr.0415.1, %2496
  %2622 = getelementptr inbounds float, ptr %P, i64 %2621
  %2623 = load float, ptr %2622, align 4
  %2624 = insertelement <8 x float> poison, float %2623, i64 0
  %2625 = shufflevector <8 x float> %2624, <8 x float> poison, <8 x i32> zeroinitializer
  %2626 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2625, <8 x float> %2617, <8 x float> %acc40.0407.1)
  %2627 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2625, <8 x float> %2620, <8 x float> %acc41.0408.1)
  %2628 = or disjoint i64 %p10.addr.0415.1, %2497
  %2629 = getelementptr inbounds float, ptr %P, i64 %2628
  %2630 = load float, ptr %2629, align 4
  %2631 = insertelement <8 x float> poison, float %2630, i64 0
  %2632 = shufflevector <8 x float> %2631, <8 x float> poison, <8 x i32> zeroinitializer
  %2633 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2632, <8 x float> %2617, <8 x float> %acc42.0409.1)
  %2634 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2632, <8 x float> %2620, <8 x float> %acc43.0410.1)
  %2635 = or disjoint i64 %p10.addr.0415.1, %2498
  %2636 = getelementptr inbounds float, ptr %P, i64 %2635
  %2637 = load float, ptr %2636, align 4
  %2638 = insertelement <8 x float> poison, float %2637, i64 0
  %2639 = shufflevector <8 x float> %2638, <8 x float> poison, <8 x i32> zeroinitializer
  %2640 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2639, <8 x float> %2617, <8 x float> %acc44.0411.1)
  %2641 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2639, <8 x float> %2620, <8 x float> %acc45.0412.1)
  %2642 = or disjoint i64 %p10.addr.0415.1, %2499
  %2643 = getelementptr inbounds float, ptr %P, i64 %2642
  %2644 = load float, ptr %2643, align 4
  %2645 = insertelement <8 x float> poison, float %2644, i64 0
  %2646 = shufflevector <8 x float> %2645, <8 x float> poison, <8 x i32> zeroinitializer
  %2647 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2646, <8 x float> %2617, <8 x float> %acc46.0413.1)
  %2648 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2646, <8 x float> %2620, <8 x float> %acc47.0414.1)
  %p10.next.1 = or disjoint i64 %p10.addr.0415.1, 1
  %2649 = shl nuw nsw i64 %p10.next.1, 7
  %2650 = or disjoint i64 %2649, 80
  %2651 = getelementptr inbounds float, ptr %X, i64 %2650
  %2652 = load <8 x float>, ptr %2651, align 4
  %2653 = or disjoint i64 %2649, 88
  %2654 = getelementptr inbounds float, ptr %X, i64 %2653
  %2655 = load <8 x float>, ptr %2654, align 4
  %2656 = or disjoint i64 %p10.next.1, %2496
  %2657 = getelementptr inbounds float, ptr %P, i64 %2656
  %2658 = load float, ptr %2657, align 4
  %2659 = insertelement <8 x float> poison, float %2658, i64 0
  %2660 = shufflevector <8 x float> %2659, <8 x float> poison, <8 x i32> zeroinitializer
  %2661 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2660, <8 x float> %2652, <8 x float> %2626)
  %2662 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2660, <8 x float> %2655, <8 x float> %2627)
  %2663 = or disjoint i64 %p10.next.1, %2497
  %2664 = getelementptr inbounds float, ptr %P, i64 %2663
  %2665 = load float, ptr %2664, align 4
  %2666 = insertelement <8 x float> poison, float %2665, i64 0
  %2667 = shufflevector <8 x float> %2666, <8 x float> poison, <8 x i32> zeroinitializer
  %2668 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2667, <8 x float> %2652, <8 x float> %2633)
  %2669 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2667, <8 x float> %2655, <8 x float> %2634)
  %2670 = or disjoint i64 %p10.next.1, %2498
  %2671 = getelementptr inbounds float, ptr %P, i64 %2670
  %2672 = load float, ptr %2671, align 4
  %2673 = insertelement <8 x float> poison, float %2672, i64 0
  %2674 = shufflevector <8 x float> %2673, <8 x float> poison, <8 x i32> zeroinitializer
  %2675 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2674, <8 x float> %2652, <8 x float> %2640)
  %2676 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2674, <8 x float> %2655, <8 x float> %2641)
  %2677 = or disjoint i64 %p10.next.1, %2499
  %2678 = getelementptr inbounds float, ptr %P, i64 %2677
  %2679 = load float, ptr %2678, align 4
  %2680 = insertelement <8 x float> poison, float %2679, i64 0
  %2681 = shufflevector <8 x float> %2680, <8 x float> poison, <8 x i32> zeroinitializer
  %2682 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2681, <8 x float> %2652, <8 x float> %2647)
  %2683 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2681, <8 x float> %2655, <8 x float> %2648)
  %p10.next.1.1 = add nuw nsw i64 %p10.addr.0415.1, 2
  %exitcond535.1.not.1 = icmp eq i64 %p10.next.1.1, 64
  br i1 %exitcond535.1.not.1, label %p10.exit.1, label %p10.body.1

p10.exit.1:                                       ; preds = %p10.body.1
  store <8 x float> %2661, ptr %2591, align 4
  store <8 x float> %2662, ptr %2594, align 4
  store <8 x float> %2668, ptr %2597, align 4
  store <8 x float> %2669, ptr %2600, align 4
  store <8 x float> %2675, ptr %2603, align 4
  store <8 x float> %2676, ptr %2606, align 4
  store <8 x float> %2682, ptr %2609, align 4
  store <8 x float> %2683, ptr %2612, align 4
  %2684 = or disjoint i64 %2496, 32
  %2685 = getelementptr inbounds float, ptr %Oc, i64 %2684
  %2686 = load <8 x float>, ptr %2685, align 4
  %2687 = or disjoint i64 %2496, 40
  %2688 = getelementptr inbounds float, ptr %Oc, i64 %2687
  %2689 = load <8 x float>, ptr %2688, align 4
  %2690 = or disjoint i64 %2496, 96
  %2691 = getelementptr inbounds float, ptr %Oc, i64 %2690
  %2692 = load <8 x float>, ptr %2691, align 4
  %2693 = or disjoint i64 %2496, 104
  %2694 = getelementptr inbounds float, ptr %Oc, i64 %2693
  %2695 = load <8 x float>, ptr %2694, align 4
  %2696 = or disjoint i64 %2496, 160
  %2697 = getelementptr inbounds float, ptr %Oc, i64 %2696
  %2698 = load <8 x float>, ptr %2697, align 4
  %2699 = or disjoint i64 %2496, 168
  %2700 = getelementptr inbounds float, ptr %Oc, i64 %2699
  %2701 = load <8 x float>, ptr %2700, align 4
  %2702 = or disjoint i64 %2496, 224
  %2703 = getelementptr inbounds float, ptr %Oc, i64 %2702
  %2704 = load <8 x float>, ptr %2703, align 4
  %2705 = or disjoint i64 %2496, 232
  %2706 = getelementptr inbounds float, ptr %Oc, i64 %2705
  %2707 = load <8 x float>, ptr %2706, align 4
  br label %p10.body.2

p10.body.2:                                       ; preds = %p10.body.2, %p10.exit.1
  %p10.addr.0415.2 = phi i64 [ 0, %p10.exit.1 ], [ %p10.next.2.1, %p10.body.2 ]
  %acc47.0414.2 = phi <8 x float> [ %2707, %p10.exit.1 ], [ %2777, %p10.body.2 ]
  %acc46.0413.2 = phi <8 x float> [ %2704, %p10.exit.1 ], [ %2776, %p10.body.2 ]
  %acc45.0412.2 = phi <8 x float> [ %2701, %p10.exit.1 ], [ %2770, %p10.body.2 ]
  %acc44.0411.2 = phi <8 x float> [ %2698, %p10.exit.1 ], [ %2769, %p10.body.2 ]
  %acc43.0410.2 = phi <8 x float> [ %2695, %p10.exit.1 ], [ %2763, %p10.body.2 ]
  %acc42.0409.2 = phi <8 x float> [ %2692, %p10.exit.1 ], [ %2762, %p10.body.2 ]
  %acc41.0408.2 = phi <8 x float> [ %2689, %p10.exit.1 ], [ %2756, %p10.body.2 ]
  %acc40.0407.2 = phi <8 x float> [ %2686, %p10.exit.1 ], [ %2755, %p10.body.2 ]
  %2708 = shl nuw nsw i64 %p10.addr.0415.2, 7
  %2709 = or disjoint i64 %2708, 96
  %2710 = getelementptr inbounds float, ptr %X, i64 %2709
  %2711 = load <8 x float>, ptr %2710, align 4
  %2712 = or disjoint i64 %2708, 104
  %2713 = getelementptr inbounds float, ptr %X, i64 %2712
  %2714 = load <8 x float>, ptr %2713, align 4
  %2715 = or disjoint i64 %p10.addr.0415.2, %2496
  %2716 = getelementptr inbounds float, ptr %P, i64 %2715
  %2717 = load float, ptr %2716, align 4
  %2718 = insertelement <8 x float> poison, float %2717, i64 0
  %2719 = shufflevector <8 x float> %2718, <8 x float> poison, <8 x i32> zeroinitializer
  %2720 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2719, <8 x float> %2711, <8 x float> %acc40.0407.2)
  %2721 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2719, <8 x float> %2714, <8 x float> %acc41.0408.2)
  %2722 = or disjoint i64 %p10.addr.0415.2, %2497
  %2723 = getelementptr inbounds float, ptr %P, i64 %2722
  %2724 = load float, ptr %2723, align 4
  %2725 = insertelement <8 x float> poison, float %2724, i64 0
  %2726 = shufflevector <8 x float> %2725, <8 x float> poison, <8 x i32> zeroinitializer
  %2727 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2726, <8 x float> %2711, <8 x float> %acc42.0409.2)
  %2728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2726, <8 x float> %2714, <8 x float> %acc43.0410.2)
  %2729 = or disjoint i64 %p10.addr.0415.2, %2498
  %2730 = getelementptr inbounds float, ptr %P, i64 %2729
  %2731 = load float, ptr %2730, align 4
  %2732 = insertelement <8 x float> poison, float %2731, i64 0
  %2733 = shufflevector <8 x float> %2732, <8 x float> poison, <8 x i32> zeroinitializer
  %2734 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2733, <8 x float> %2711, <8 x float> %acc44.0411.2)
  %2735 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2733, <8 x float> %2714, <8 x float> %acc45.0412.2)
  %2736 = or disjoint i64 %p10.addr.0415.2, %2499
  %2737 = getelementptr inbounds float, ptr %P, i64 %2736
  %2738 = load float, ptr %2737, align 4
  %2739 = insertelement <8 x float> poison, float %2738, i64 0
  %2740 = shufflevector <8 x float> %2739, <8 x float> poison, <8 x i32> zeroinitializer
  %2741 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2740, <8 x float> %2711, <8 x float> %acc46.0413.2)
  %2742 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2740, <8 x float> %2714, <8 x float> %acc47.0414.2)
  %p10.next.2 = or disjoint i64 %p10.addr.0415.2, 1
  %2743 = shl nuw nsw i64 %p10.next.2, 7
  %2744 = or disjoint i64 %2743, 96
  %2745 = getelementptr inbounds float, ptr %X, i64 %2744
  %2746 = load <8 x float>, ptr %2745, align 4
  %2747 = or disjoint i64 %2743, 104
  %2748 = getelementptr inbounds float, ptr %X, i64 %2747
  %2749 = load <8 x float>, ptr %2748, align 4
  %2750 = or disjoint i64 %p10.next.2, %2496
  %2751 = getelementptr inbounds float, ptr %P, i64 %2750
  %2752 = load float, ptr %2751, align 4
  %2753 = insertelement <8 x float> poison, float %2752, i64 0
  %2754 = shufflevector <8 x float> %2753, <8 x float> poison, <8 x i32> zeroinitializer
  %2755 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2754, <8 x float> %2746, <8 x float> %2720)
  %2756 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2754, <8 x float> %2749, <8 x float> %2721)
  %2757 = or disjoint i64 %p10.next.2, %2497
  %2758 = getelementptr inbounds float, ptr %P, i64 %2757
  %2759 = load float, ptr %2758, align 4
  %2760 = insertelement <8 x float> poison, float %2759, i64 0
  %2761 = shufflevector <8 x float> %2760, <8 x float> poison, <8 x i32> zeroinitializer
  %2762 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2761, <8 x float> %2746, <8 x float> %2727)
  %2763 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2761, <8 x float> %2749, <8 x float> %2728)
  %2764 = or disjoint i64 %p10.next.2, %2498
  %2765 = getelementptr inbounds float, ptr %P, i64 %2764
  %2766 = load float, ptr %2765, align 4
  %2767 = insertelement <8 x float> poison, float %2766, i64 0
  %2768 = shufflevector <8 x float> %2767, <8 x float> poison, <8 x i32> zeroinitializer
  %2769 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2768, <8 x float> %2746, <8 x float> %2734)
  %2770 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2768, <8 x float> %2749, <8 x float> %2735)
  %2771 = or disjoint i64 %p10.next.2, %2499
  %2772 = getelementptr inbounds float, ptr %P, i64 %2771
  %2773 = load float, ptr %2772, align 4
  %2774 = insertelement <8 x float> poison, float %2773, i64 0
  %2775 = shufflevector <8 x float> %2774, <8 x float> poison, <8 x i32> zeroinitializer
  %2776 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2775, <8 x float> %2746, <8 x float> %2741)
  %2777 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2775, <8 x float> %2749, <8 x float> %2742)
  %p10.next.2.1 = add nuw nsw i64 %p10.addr.0415.2, 2
  %exitcond535.2.not.1 = icmp eq i64 %p10.next.2.1, 64
  br i1 %exitcond535.2.not.1, label %p10.exit.2, label %p10.body.2

p10.exit.2:                                       ; preds = %p10.body.2
  store <8 x float> %2755, ptr %2685, align 4
  store <8 x float> %2756, ptr %2688, align 4
  store <8 x float> %2762, ptr %2691, align 4
  store <8 x float> %2763, ptr %2694, align 4
  store <8 x float> %2769, ptr %2697, align 4
  store <8 x float> %2770, ptr %2700, align 4
  store <8 x float> %2776, ptr %2703, align 4
  store <8 x float> %2777, ptr %2706, align 4
  %2778 = or disjoint i64 %2496, 48
  %2779 = getelementptr inbounds float, ptr %Oc, i64 %2778
  %2780 = load <8 x float>, ptr %2779, align 4
  %2781 = or disjoint i64 %2496, 56
  %2782 = getelementptr inbounds float, ptr %Oc, i64 %2781
  %2783 = load <8 x float>, ptr %2782, align 4
  %2784 = or disjoint i64 %2496, 112
  %2785 = getelementptr inbounds float, ptr %Oc, i64 %2784
  %2786 = load <8 x float>, ptr %2785, align 4
  %2787 = or disjoint i64 %2496, 120
  %2788 = getelementptr inbounds float, ptr %Oc, i64 %2787
  %2789 = load <8 x float>, ptr %2788, align 4
  %2790 = or disjoint i64 %2496, 176
  %2791 = getelementptr inbounds float, ptr %Oc, i64 %2790
  %2792 = load <8 x float>, ptr %2791, align 4
  %2793 = or disjoint i64 %2496, 184
  %2794 = getelementptr inbounds float, ptr %Oc, i64 %2793
  %2795 = load <8 x float>, ptr %2794, align 4
  %2796 = or disjoint i64 %2496, 240
  %2797 = getelementptr inbounds float, ptr %Oc, i64 %2796
  %2798 = load <8 x float>, ptr %2797, align 4
  %2799 = or disjoint i64 %2496, 248
  %2800 = getelementptr inbounds float, ptr %Oc, i64 %2799
  %2801 = load <8 x float>, ptr %2800, align 4
  br label %p10.body.3

p10.body.3:                                       ; preds = %p10.body.3, %p10.exit.2
  %p10.addr.0415.3 = phi i64 [ 0, %p10.exit.2 ], [ %p10.next.3.1, %p10.body.3 ]
  %acc47.0414.3 = phi <8 x float> [ %2801, %p10.exit.2 ], [ %2871, %p10.body.3 ]
  %acc46.0413.3 = phi <8 x float> [ %2798, %p10.exit.2 ], [ %2870, %p10.body.3 ]
  %acc45.0412.3 = phi <8 x float> [ %2795, %p10.exit.2 ], [ %2864, %p10.body.3 ]
  %acc44.0411.3 = phi <8 x float> [ %2792, %p10.exit.2 ], [ %2863, %p10.body.3 ]
  %acc43.0410.3 = phi <8 x float> [ %2789, %p10.exit.2 ], [ %2857, %p10.body.3 ]
  %acc42.0409.3 = phi <8 x float> [ %2786, %p10.exit.2 ], [ %2856, %p10.body.3 ]
  %acc41.0408.3 = phi <8 x float> [ %2783, %p10.exit.2 ], [ %2850, %p10.body.3 ]
  %acc40.0407.3 = phi <8 x float> [ %2780, %p10.exit.2 ], [ %2849, %p10.body.3 ]
  %2802 = shl nuw nsw i64 %p10.addr.0415.3, 7
  %2803 = or disjoint i64 %2802, 112
  %2804 = getelementptr inbounds float, ptr %X, i64 %2803
  %2805 = load <8 x float>, ptr %2804, align 4
  %2806 = or disjoint i64 %2802, 120
  %2807 = getelementptr inbounds float, ptr %X, i64 %2806
  %2808 = load <8 x float>, ptr %2807, align 4
  %2809 = or disjoint i64 %p10.addr.0415.3, %2496
  %2810 = getelementptr inbounds float, ptr %P, i64 %2809
  %2811 = load float, ptr %2810, align 4
  %2812 = insertelement <8 x float> poison, float %2811, i64 0
  %2813 = shufflevector <8 x float> %2812, <8 x float> poison, <8 x i32> zeroinitializer
  %2814 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2813, <8 x float> %2805, <8 x float> %acc40.0407.3)
  %2815 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2813, <8 x float> %2808, <8 x float> %acc41.0408.3)
  %2816 = or disjoint i64 %p10.addr.0415.3, %2497
  %2817 = getelementptr inbounds float, ptr %P, i64 %2816
  %2818 = load float, ptr %2817, align 4
  %2819 = insertelement <8 x float> poison, float %2818, i64 0
  %2820 = shufflevector <8 x float> %2819, <8 x float> poison, <8 x i32> zeroinitializer
  %2821 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2820, <8 x float> %2805, <8 x float> %acc42.0409.3)
  %2822 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2820, <8 x float> %2808, <8 x float> %acc43.0410.3)
  %2823 = or disjoint i64 %p10.addr.0415.3, %2498
  %2824 = getelementptr inbounds float, ptr %P, i64 %2823
  %2825 = load float, ptr %2824, align 4
  %2826 = insertelement <8 x float> poison, float %2825, i64 0
  %2827 = shufflevector <8 x float> %2826, <8 x float> poison, <8 x i32> zeroinitializer
  %2828 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2827, <8 x float> %2805, <8 x float> %acc44.0411.3)
  %2829 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2827, <8 x float> %2808, <8 x float> %acc45.0412.3)
  %2830 = or disjoint i64 %p10.addr.0415.3, %2499
  %2831 = getelementptr inbounds float, ptr %P, i64 %2830
  %2832 = load float, ptr %2831, align 4
  %2833 = insertelement <8 x float> poison, float %2832, i64 0
  %2834 = shufflevector <8 x float> %2833, <8 x float> poison, <8 x i32> zeroinitializer
  %2835 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2834, <8 x float> %2805, <8 x float> %acc46.0413.3)
  %2836 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2834, <8 x float> %2808, <8 x float> %acc47.0414.3)
  %p10.next.3 = or disjoint i64 %p10.addr.0415.3, 1
  %2837 = shl nuw nsw i64 %p10.next.3, 7
  %2838 = or disjoint i64 %2837, 112
  %2839 = getelementptr inbounds float, ptr %X, i64 %2838
  %2840 = load <8 x float>, ptr %2839, align 4
  %2841 = or disjoint i64 %2837, 120
  %2842 = getelementptr inbounds float, ptr %X, i64 %2841
  %2843 = load <8 x float>, ptr %2842, align 4
  %2844 = or disjoint i64 %p10.next.3, %2496
  %2845 = getelementptr inbounds float, ptr %P, i64 %2844
  %2846 = load float, ptr %2845, align 4
  %2847 = insertelement <8 x float> poison, float %2846, i64 0
  %2848 = shufflevector <8 x float> %2847, <8 x float> poison, <8 x i32> zeroinitializer
  %2849 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2848, <8 x float> %2840, <8 x float> %2814)
  %2850 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2848, <8 x float> %2843, <8 x float> %2815)
  %2851 = or disjoint i64 %p10.next.3, %2497
  %2852 = getelementptr inbounds float, ptr %P, i64 %2851
  %2853 = load float, ptr %2852, align 4
  %2854 = insertelement <8 x float> poison, float %2853, i64 0
  %2855 = shufflevector <8 x float> %2854, <8 x float> poison, <8 x i32> zeroinitializer
  %2856 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2855, <8 x float> %2840, <8 x float> %2821)
  %2857 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2855, <8 x float> %2843, <8 x float> %2822)
  %2858 = or disjoint i64 %p10.next.3, %2498
  %2859 = getelementptr inbounds float, ptr %P, i64 %2858
  %2860 = load float, ptr %2859, align 4
  %2861 = insertelement <8 x float> poison, float %2860, i64 0
  %2862 = shufflevector <8 x float> %2861, <8 x float> poison, <8 x i32> zeroinitializer
  %2863 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2862, <8 x float> %2840, <8 x float> %2828)
  %2864 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2862, <8 x float> %2843, <8 x float> %2829)
  %2865 = or disjoint i64 %p10.next.3, %2499
  %2866 = getelementptr inbounds float, ptr %P, i64 %2865
  %2867 = load float, ptr %2866, align 4
  %2868 = insertelement <8 x float> poison, float %2867, i64 0
  %2869 = shufflevector <8 x float> %2868, <8 x float> poison, <8 x i32> zeroinitializer
  %2870 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2869, <8 x float> %2840, <8 x float> %2835)
  %2871 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2869, <8 x float> %2843, <8 x float> %2836)
  %p10.next.3.1 = add nuw nsw i64 %p10.addr.0415.3, 2
  %exitcond535.3.not.1 = icmp eq i64 %p10.next.3.1, 64
  br i1 %exitcond535.3.not.1, label %p10.exit.3, label %p10.body.3

p10.exit.3:                                       ; preds = %p10.body.3
  store <8 x float> %2849, ptr %2779, align 4
  store <8 x float> %2850, ptr %2782, align 4
  store <8 x float> %2856, ptr %2785, align 4
  store <8 x float> %2857, ptr %2788, align 4
  store <8 x float> %2863, ptr %2791, align 4
  store <8 x float> %2864, ptr %2794, align 4
  store <8 x float> %2870, ptr %2797, align 4
  store <8 x float> %2871, ptr %2800, align 4
  %i21.next = add nuw nsw i64 %i21.addr.0417, 4
  %2872 = icmp ult i64 %i21.addr.0417, 28
  br i1 %2872, label %j16.head.preheader, label %t2.head.preheader

j17.head.preheader:                               ; preds = %j17.head.preheader, %j17.head.preheader.preheader.new
  %t2.addr.0419 = phi i64 [ 0, %j17.head.preheader.preheader.new ], [ %t2.next.7, %j17.head.preheader ]
  %niter1327 = phi i64 [ 0, %j17.head.preheader.preheader.new ], [ %niter1327.next.7, %j17.head.preheader ]
  %2873 = mul i64 %7, %t2.addr.0419
  %scevgep536 = getelementptr i8, ptr %2494, i64 %2873
  %2874 = shl nuw nsw i64 %t2.addr.0419, 8
  %gep774 = getelementptr i8, ptr %invariant.gep773, i64 %2874
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep536, ptr noundef nonnull align 4 dereferenceable(256) %gep774, i64 256, i1 false)
  %t2.next = or disjoint i64 %t2.addr.0419, 1
  %2875 = mul i64 %7, %t2.next
  %scevgep536.1 = getelementptr i8, ptr %2494, i64 %2875
  %2876 = shl nuw nsw i64 %t2.next, 8
  %gep774.1 = getelementptr i8, ptr %invariant.gep773, i64 %2876
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep536.1, ptr noundef nonnull align 4 dereferenceable(256) %gep774.1, i64 256, i1 false)
  %t2.next.1 = or disjoint i64 %t2.addr.0419, 2
  %2877 = mul i64 %7, %t2.next.1
  %scevgep536.2 = getelementptr i8, ptr %2494, i64 %2877
  %2878 = shl nuw nsw i64 %t2.next.1, 8
  %gep774.2 = getelementptr i8, ptr %invariant.gep773, i64 %2878
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep536.2, ptr noundef nonnull align 4 dereferenceable(256) %gep774.2, i64 256, i1 false)
  %t2.next.2 = or disjoint i64 %t2.addr.0419, 3
  %2879 = mul i64 %7, %t2.next.2
  %scevgep536.3 = getelementptr i8, ptr %2494, i64 %2879
  %2880 = shl nuw nsw i64 %t2.next.2, 8
  %gep774.3 = getelementptr i8, ptr %invariant.gep773, i64 %2880
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep536.3, ptr noundef nonnull align 4 dereferenceable(256) %gep774.3, i64 256, i1 false)
  %t2.next.3 = or disjoint i64 %t2.addr.0419, 4
  %2881 = mul i64 %7, %t2.next.3
  %scevgep536.4 = getelementptr i8, ptr %2494, i64 %2881
  %2882 = shl nuw nsw i64 %t2.next.3, 8
  %gep774.4 = getelementptr i8, ptr %invariant.gep773, i64 %2882
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep536.4, ptr noundef nonnull align 4 dereferenceable(256) %gep774.4, i64 256, i1 false)
  %t2.next.4 = or disjoint i64 %t2.addr.0419, 5
  %2883 = mul i64 %7, %t2.next.4
  %scevgep536.5 = getelementptr i8, ptr %2494, i64 %2883
  %2884 = shl nuw nsw i64 %t2.next.4, 8
  %gep774.5 = getelementptr i8, ptr %invariant.gep773, i64 %2884
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep536.5, ptr noundef nonnull align 4 dereferenceable(256) %gep774.5, i64 256, i1 false)
  %t2.next.5 = or disjoint i64 %t2.addr.0419, 6
  %2885 = mul i64 %7, %t2.next.5
  %scevgep536.6 = getelementptr i8, ptr %2494, i64 %2885
  %2886 = shl nuw nsw i64 %t2.next.5, 8
  %gep774.6 = getelementptr i8, ptr %invariant.gep773, i64 %2886
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep536.6, ptr noundef nonnull align 4 dereferenceable(256) %gep774.6, i64 256, i1 false)
  %t2.next.6 = or disjoint i64 %t2.addr.0419, 7
  %2887 = mul i64 %7, %t2.next.6
  %scevgep536.7 = getelementptr i8, ptr %2494, i64 %2887
  %2888 = shl nuw nsw i64 %t2.next.6, 8
  %gep774.7 = getelementptr i8, ptr %invariant.gep773, i64 %2888
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep536.7, ptr noundef nonnull align 4 dereferenceable(256) %gep774.7, i64 256, i1 false)
  %t2.next.7 = add nuw nsw i64 %t2.addr.0419, 8
  %niter1327.next.7 = add i64 %niter1327, 8
  %niter1327.ncmp.7 = icmp eq i64 %niter1327.next.7, %unroll_iter1326
  br i1 %niter1327.ncmp.7, label %j18.head.preheader.preheader.loopexit.unr-lcssa, label %j17.head.preheader

j18.head.preheader.preheader.loopexit.unr-lcssa:  ; preds = %j17.head.preheader, %j17.head.preheader.preheader
  %t2.addr.0419.unr = phi i64 [ 0, %j17.head.preheader.preheader ], [ %t2.next.7, %j17.head.preheader ]
  %lcmp.mod1325.not = icmp eq i64 %xtraiter1324, 0
  br i1 %lcmp.mod1325.not, label %j18.head.preheader.preheader, label %j17.head.preheader.epil

j17.head.preheader.epil:                          ; preds = %j18.head.preheader.preheader.loopexit.unr-lcssa, %j17.head.preheader.epil
  %t2.addr.0419.epil = phi i64 [ %t2.next.epil, %j17.head.preheader.epil ], [ %t2.addr.0419.unr, %j18.head.preheader.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j17.head.preheader.epil ], [ 0, %j18.head.preheader.preheader.loopexit.unr-lcssa ]
  %2889 = mul i64 %7, %t2.addr.0419.epil
  %scevgep536.epil = getelementptr i8, ptr %2494, i64 %2889
  %2890 = shl nuw nsw i64 %t2.addr.0419.epil, 8
  %gep774.epil = getelementptr i8, ptr %invariant.gep773, i64 %2890
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep536.epil, ptr noundef nonnull align 4 dereferenceable(256) %gep774.epil, i64 256, i1 false)
  %t2.next.epil = add nuw nsw i64 %t2.addr.0419.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter1324
  br i1 %epil.iter.cmp.not, label %j18.head.preheader.preheader, label %j17.head.preheader.epil, !llvm.loop !0

j18.head.preheader.preheader:                     ; preds = %j18.head.preheader.preheader.loopexit.unr-lcssa, %j17.head.preheader.epil, %t2.head.preheader
  br label %j18.head.preheader

j18.head.preheader:                               ; preds = %j18.head.preheader.preheader, %p11.exit.3
  %i23.addr.0430 = phi i64 [ %i23.next, %p11.exit.3 ], [ 0, %j18.head.preheader.preheader ]
  %2891 = shl nuw nsw i64 %i23.addr.0430, 6
  %2892 = or disjoint i64 %2891, 64
  %2893 = or disjoint i64 %2891, 128
  %2894 = or disjoint i64 %2891, 192
  %2895 = getelementptr inbounds float, ptr %work, i64 %2891
  %2896 = load <8 x float>, ptr %2895, align 4
  %2897 = or disjoint i64 %2891, 8
  %2898 = getelementptr inbounds float, ptr %work, i64 %2897
  %2899 = load <8 x float>, ptr %2898, align 4
  %2900 = getelementptr inbounds float, ptr %work, i64 %2892
  %2901 = load <8 x float>, ptr %2900, align 4
  %2902 = or disjoint i64 %2891, 72
  %2903 = getelementptr inbounds float, ptr %work, i64 %2902
  %2904 = load <8 x float>, ptr %2903, align 4
  %2905 = getelementptr inbounds float, ptr %work, i64 %2893
  %2906 = load <8 x float>, ptr %2905, align 4
  %2907 = or disjoint i64 %2891, 136
  %2908 = getelementptr inbounds float, ptr %work, i64 %2907
  %2909 = load <8 x float>, ptr %2908, align 4
  %2910 = getelementptr inbounds float, ptr %work, i64 %2894
  %2911 = load <8 x float>, ptr %2910, align 4
  %2912 = or disjoint i64 %2891, 200
  %2913 = getelementptr inbounds float, ptr %work, i64 %2912
  %2914 = load <8 x float>, ptr %2913, align 4
  br label %p11.body

i23.exit:                                         ; preds = %p11.exit.3
  %ci.next = add nuw nsw i64 %ci.addr.0431, 1
  %indvars.iv.next = add i64 %indvars.iv, -32
  %exitcond541.not = icmp eq i64 %ci.next, %smax540
  br i1 %exitcond541.not, label %i24.head.preheader, label %i1.head.preheader

p11.body:                                         ; preds = %p11.body, %j18.head.preheader
  %p11.addr.0428 = phi i64 [ 0, %j18.head.preheader ], [ %p11.next.11337, %p11.body ]
  %acc55.0427 = phi <8 x float> [ %2914, %j18.head.preheader ], [ %2984, %p11.body ]
  %acc54.0426 = phi <8 x float> [ %2911, %j18.head.preheader ], [ %2983, %p11.body ]
  %acc53.0425 = phi <8 x float> [ %2909, %j18.head.preheader ], [ %2977, %p11.body ]
  %acc52.0424 = phi <8 x float> [ %2906, %j18.head.preheader ], [ %2976, %p11.body ]
  %acc51.0423 = phi <8 x float> [ %2904, %j18.head.preheader ], [ %2970, %p11.body ]
  %acc50.0422 = phi <8 x float> [ %2901, %j18.head.preheader ], [ %2969, %p11.body ]
  %acc49.0421 = phi <8 x float> [ %2899, %j18.head.preheader ], [ %2963, %p11.body ]
  %acc48.0420 = phi <8 x float> [ %2896, %j18.head.preheader ], [ %2962, %p11.body ]
  %2915 = shl nuw nsw i64 %p11.addr.0428, 7
  %2916 = or disjoint i64 %2915, 64
  %2917 = getelementptr inbounds float, ptr %X, i64 %2916
  %2918 = load <8 x float>, ptr %2917, align 4
  %2919 = or disjoint i64 %2915, 72
  %2920 = getelementptr inbounds float, ptr %X, i64 %2919
  %2921 = load <8 x float>, ptr %2920, align 4
  %2922 = or disjoint i64 %p11.addr.0428, %2891
  %2923 = getelementptr inbounds float, ptr %KT, i64 %2922
  %2924 = load float, ptr %2923, align 4
  %2925 = insertelement <8 x float> poison, float %2924, i64 0
  %2926 = shufflevector <8 x float> %2925, <8 x float> poison, <8 x i32> zeroinitializer
  %2927 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2926, <8 x float> %2918, <8 x float> %acc48.0420)
  %2928 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2926, <8 x float> %2921, <8 x float> %acc49.0421)
  %2929 = or disjoint i64 %p11.addr.0428, %2892
  %2930 = getelementptr inbounds float, ptr %KT, i64 %2929
  %2931 = load float, ptr %2930, align 4
  %2932 = insertelement <8 x float> poison, float %2931, i64 0
  %2933 = shufflevector <8 x float> %2932, <8 x float> poison, <8 x i32> zeroinitializer
  %2934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2933, <8 x float> %2918, <8 x float> %acc50.0422)
  %2935 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2933, <8 x float> %2921, <8 x float> %acc51.0423)
  %2936 = or disjoint i64 %p11.addr.0428, %2893
  %2937 = getelementptr inbounds float, ptr %KT, i64 %2936
  %2938 = load float, ptr %2937, align 4
  %2939 = insertelement <8 x float> poison, float %2938, i64 0
  %2940 = shufflevector <8 x float> %2939, <8 x float> poison, <8 x i32> zeroinitializer
  %2941 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2940, <8 x float> %2918, <8 x float> %acc52.0424)
  %2942 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2940, <8 x float> %2921, <8 x float> %acc53.0425)
  %2943 = or disjoint i64 %p11.addr.0428, %2894
  %2944 = getelementptr inbounds float, ptr %KT, i64 %2943
  %2945 = load float, ptr %2944, align 4
  %2946 = insertelement <8 x float> poison, float %2945, i64 0
  %2947 = shufflevector <8 x float> %2946, <8 x float> poison, <8 x i32> zeroinitializer
  %2948 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2947, <8 x float> %2918, <8 x float> %acc54.0426)
  %2949 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2947, <8 x float> %2921, <8 x float> %acc55.0427)
  %p11.next = or disjoint i64 %p11.addr.0428, 1
  %2950 = shl nuw nsw i64 %p11.next, 7
  %2951 = or disjoint i64 %2950, 64
  %2952 = getelementptr inbounds float, ptr %X, i64 %2951
  %2953 = load <8 x float>, ptr %2952, align 4
  %2954 = or disjoint i64 %2950, 72
  %2955 = getelementptr inbounds float, ptr %X, i64 %2954
  %2956 = load <8 x float>, ptr %2955, align 4
  %2957 = or disjoint i64 %p11.next, %2891
  %2958 = getelementptr inbounds float, ptr %KT, i64 %2957
  %2959 = load float, ptr %2958, align 4
  %2960 = insertelement <8 x float> poison, float %2959, i64 0
  %2961 = shufflevector <8 x float> %2960, <8 x float> poison, <8 x i32> zeroinitializer
  %2962 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2961, <8 x float> %2953, <8 x float> %2927)
  %2963 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2961, <8 x float> %2956, <8 x float> %2928)
  %2964 = or disjoint i64 %p11.next, %2892
  %2965 = getelementptr inbounds float, ptr %KT, i64 %2964
  %2966 = load float, ptr %2965, align 4
  %2967 = insertelement <8 x float> poison, float %2966, i64 0
  %2968 = shufflevector <8 x float> %2967, <8 x float> poison, <8 x i32> zeroinitializer
  %2969 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2968, <8 x float> %2953, <8 x float> %2934)
  %2970 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2968, <8 x float> %2956, <8 x float> %2935)
  %2971 = or disjoint i64 %p11.next, %2893
  %2972 = getelementptr inbounds float, ptr %KT, i64 %2971
  %2973 = load float, ptr %2972, align 4
  %2974 = insertelement <8 x float> poison, float %2973, i64 0
  %2975 = shufflevector <8 x float> %2974, <8 x float> poison, <8 x i32> zeroinitializer
  %2976 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2975, <8 x float> %2953, <8 x float> %2941)
  %2977 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2975, <8 x float> %2956, <8 x float> %2942)
  %2978 = or disjoint i64 %p11.next, %2894
  %2979 = getelementptr inbounds float, ptr %KT, i64 %2978
  %2980 = load float, ptr %2979, align 4
  %2981 = insertelement <8 x float> poison, float %2980, i64 0
  %2982 = shufflevector <8 x float> %2981, <8 x float> poison, <8 x i32> zeroinitializer
  %2983 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2982, <8 x float> %2953, <8 x float> %2948)
  %2984 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2982, <8 x float> %2956, <8 x float> %2949)
  %p11.next.11337 = add nuw nsw i64 %p11.addr.0428, 2
  %exitcond539.not.1 = icmp eq i64 %p11.next.11337, 64
  br i1 %exitcond539.not.1, label %p11.exit, label %p11.body

p11.exit:                                         ; preds = %p11.body
  store <8 x float> %2962, ptr %2895, align 4
  store <8 x float> %2963, ptr %2898, align 4
  store <8 x float> %2969, ptr %2900, align 4
  store <8 x float> %2970, ptr %2903, align 4
  store <8 x float> %2976, ptr %2905, align 4
  store <8 x float> %2977, ptr %2908, align 4
  store <8 x float> %2983, ptr %2910, align 4
  store <8 x float> %2984, ptr %2913, align 4
  %2985 = or disjoint i64 %2891, 16
  %2986 = getelementptr inbounds float, ptr %work, i64 %2985
  %2987 = load <8 x float>, ptr %2986, align 4
  %2988 = or disjoint i64 %2891, 24
  %2989 = getelementptr inbounds float, ptr %work, i64 %2988
  %2990 = load <8 x float>, ptr %2989, align 4
  %2991 = or disjoint i64 %2891, 80
  %2992 = getelementptr inbounds float, ptr %work, i64 %2991
  %2993 = load <8 x float>, ptr %2992, align 4
  %2994 = or disjoint i64 %2891, 88
  %2995 = getelementptr inbounds float, ptr %work, i64 %2994
  %2996 = load <8 x float>, ptr %2995, align 4
  %2997 = or disjoint i64 %2891, 144
  %2998 = getelementptr inbounds float, ptr %work, i64 %2997
  %2999 = load <8 x float>, ptr %2998, align 4
  %3000 = or disjoint i64 %2891, 152
  %3001 = getelementptr inbounds float, ptr %work, i64 %3000
  %3002 = load <8 x float>, ptr %3001, align 4
  %3003 = or disjoint i64 %2891, 208
  %3004 = getelementptr inbounds float, ptr %work, i64 %3003
  %3005 = load <8 x float>, ptr %3004, align 4
  %3006 = or disjoint i64 %2891, 216
  %3007 = getelementptr inbounds float, ptr %work, i64 %3006
  %3008 = load <8 x float>, ptr %3007, align 4
  br label %p11.body.1

p11.body.1:                                       ; preds = %p11.body.1, %p11.exit
  %p11.addr.0428.1 = phi i64 [ 0, %p11.exit ], [ %p11.next.1.1, %p11.body.1 ]
  %acc55.0427.1 = phi <8 x float> [ %3008, %p11.exit ], [ %3078, %p11.body.1 ]
  %acc54.0426.1 = phi <8 x float> [ %3005, %p11.exit ], [ %3077, %p11.body.1 ]
  %acc53.0425.1 = phi <8 x float> [ %3002, %p11.exit ], [ %3071, %p11.body.1 ]
  %acc52.0424.1 = phi <8 x float> [ %2999, %p11.exit ], [ %3070, %p11.body.1 ]
  %acc51.0423.1 = phi <8 x float> [ %2996, %p11.exit ], [ %3064, %p11.body.1 ]
  %acc50.0422.1 = phi <8 x float> [ %2993, %p11.exit ], [ %3063, %p11.body.1 ]
  %acc49.0421.1 = phi <8 x float> [ %2990, %p11.exit ], [ %3057, %p11.body.1 ]
  %acc48.0420.1 = phi <8 x float> [ %2987, %p11.exit ], [ %3056, %p11.body.1 ]
  %3009 = shl nuw nsw i64 %p11.addr.0428.1, 7
  %3010 = or disjoint i64 %3009, 80
  %3011 = getelementptr inbounds float, ptr %X, i64 %3010
  %3012 = load <8 x float>, ptr %3011, align 4
  %3013 = or disjoint i64 %3009, 88
  %3014 = getelementptr inbounds float, ptr %X, i64 %3013
  %3015 = load <8 x float>, ptr %3014, align 4
  %3016 = or disjoint i64 %p11.addr.0428.1, %2891
  %3017 = getelementptr inbounds float, ptr %KT, i64 %3016
  %3018 = load float, ptr %3017, align 4
  %3019 = insertelement <8 x float> poison, float %3018, i64 0
  %3020 = shufflevector <8 x float> %3019, <8 x float> poison, <8 x i32> zeroinitializer
  %3021 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3020, <8 x float> %3012, <8 x float> %acc48.0420.1)
  %3022 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3020, <8 x float> %3015, <8 x float> %acc49.0421.1)
  %3023 = or disjoint i64 %p11.addr.0428.1, %2892
  %3024 = getelementptr inbounds float, ptr %KT, i64 %3023
  %3025 = load float, ptr %3024, align 4
  %3026 = insertelement <8 x float> poison, float %3025, i64 0
  %3027 = shufflevector <8 x float> %3026, <8 x float> poison, <8 x i32> zeroinitializer
  %3028 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3027, <8 x float> %3012, <8 x float> %acc50.0422.1)
  %3029 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3027, <8 x float> %3015, <8 x float> %acc51.0423.1)
  %3030 = or disjoint i64 %p11.addr.0428.1, %2893
  %3031 = getelementptr inbounds float, ptr %KT, i64 %3030
  %3032 = load float, ptr %3031, align 4
  %3033 = insertelement <8 x float> poison, float %3032, i64 0
  %3034 = shufflevector <8 x float> %3033, <8 x float> poison, <8 x i32> zeroinitializer
  %3035 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3034, <8 x float> %3012, <8 x float> %acc52.0424.1)
  %3036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3034, <8 x float> %3015, <8 x float> %acc53.0425.1)
  %3037 = or disjoint i64 %p11.addr.0428.1, %2894
  %3038 = getelementptr inbounds float, ptr %KT, i64 %3037
  %3039 = load float, ptr %3038, align 4
  %3040 = insertelement <8 x float> poison, float %3039, i64 0
  %3041 = shufflevector <8 x float> %3040, <8 x float> poison, <8 x i32> zeroinitializer
  %3042 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3041, <8 x float> %3012, <8 x float> %acc54.0426.1)
  %3043 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3041, <8 x float> %3015, <8 x float> %acc55.0427.1)
  %p11.next.1 = or disjoint i64 %p11.addr.0428.1, 1
  %3044 = shl nuw nsw i64 %p11.next.1, 7
  %3045 = or disjoint i64 %3044, 80
  %3046 = getelementptr inbounds float, ptr %X, i64 %3045
  %3047 = load <8 x float>, ptr %3046, align 4
  %3048 = or disjoint i64 %3044, 88
  %3049 = getelementptr inbounds float, ptr %X, i64 %3048
  %3050 = load <8 x float>, ptr %3049, align 4
  %3051 = or disjoint i64 %p11.next.1, %2891
  %3052 = getelementptr inbounds float, ptr %KT, i64 %3051
  %3053 = load float, ptr %3052, align 4
  %3054 = insertelement <8 x float> poison, float %3053, i64 0
  %3055 = shufflevector <8 x float> %3054, <8 x float> poison, <8 x i32> zeroinitializer
  %3056 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3055, <8 x float> %3047, <8 x float> %3021)
  %3057 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3055, <8 x float> %3050, <8 x float> %3022)
  %3058 = or disjoint i64 %p11.next.1, %2892
  %3059 = getelementptr inbounds float, ptr %KT, i64 %3058
  %3060 = load float, ptr %3059, align 4
  %3061 = insertelement <8 x float> poison, float %3060, i64 0
  %3062 = shufflevector <8 x float> %3061, <8 x float> poison, <8 x i32> zeroinitializer
  %3063 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3062, <8 x float> %3047, <8 x float> %3028)
  %3064 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3062, <8 x float> %3050, <8 x float> %3029)
  %3065 = or disjoint i64 %p11.next.1, %2893
  %3066 = getelementptr inbounds float, ptr %KT, i64 %3065
  %3067 = load float, ptr %3066, align 4
  %3068 = insertelement <8 x float> poison, float %3067, i64 0
  %3069 = shufflevector <8 x float> %3068, <8 x float> poison, <8 x i32> zeroinitializer
  %3070 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3069, <8 x float> %3047, <8 x float> %3035)
  %3071 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3069, <8 x float> %3050, <8 x float> %3036)
  %3072 = or disjoint i64 %p11.next.1, %2894
  %3073 = getelementptr inbounds float, ptr %KT, i64 %3072
  %3074 = load float, ptr %3073, align 4
  %3075 = insertelement <8 x float> poison, float %3074, i64 0
  %3076 = shufflevector <8 x float> %3075, <8 x float> poison, <8 x i32> zeroinitializer
  %3077 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3076, <8 x float> %3047, <8 x float> %3042)
  %3078 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3076, <8 x float> %3050, <8 x float> %3043)
  %p11.next.1.1 = add nuw nsw i64 %p11.addr.0428.1, 2
  %exitcond539.1.not.1 = icmp eq i64 %p11.next.1.1, 64
  br i1 %exitcond539.1.not.1, label %p11.exit.1, label %p11.body.1

p11.exit.1:                                       ; preds = %p11.body.1
  store <8 x float> %3056, ptr %2986, align 4
  store <8 x float> %3057, ptr %2989, align 4
  store <8 x float> %3063, ptr %2992, align 4
  store <8 x float> %3064, ptr %2995, align 4
  store <8 x float> %3070, ptr %2998, align 4
  store <8 x float> %3071, ptr %3001, align 4
  store <8 x float> %3077, ptr %3004, align 4
  store <8 x float> %3078, ptr %3007, align 4
  %3079 = or disjoint i64 %2891, 32
  %3080 = getelementptr inbounds float, ptr %work, i64 %3079
  %3081 = load <8 x float>, ptr %3080, align 4
  %3082 = or disjoint i64 %2891, 40
  %3083 = getelementptr inbounds float, ptr %work, i64 %3082
  %3084 = load <8 x float>, ptr %3083, align 4
  %3085 = or disjoint i64 %2891, 96
  %3086 = getelementptr inbounds float, ptr %work, i64 %3085
  %3087 = load <8 x float>, ptr %3086, align 4
  %3088 = or disjoint i64 %2891, 104
  %3089 = getelementptr inbounds float, ptr %work, i64 %3088
  %3090 = load <8 x float>, ptr %3089, align 4
  %3091 = or disjoint i64 %2891, 160
  %3092 = getelementptr inbounds float, ptr %work, i64 %3091
  %3093 = load <8 x float>, ptr %3092, align 4
  %3094 = or disjoint i64 %2891, 168
  %3095 = getelementptr inbounds float, ptr %work, i64 %3094
  %3096 = load <8 x float>, ptr %3095, align 4
  %3097 = or disjoint i64 %2891, 224
  %3098 = getelementptr inbounds float, ptr %work, i64 %3097
  %3099 = load <8 x float>, ptr %3098, align 4
  %3100 = or disjoint i64 %2891, 232
  %3101 = getelementptr inbounds float, ptr %work, i64 %3100
  %3102 = load <8 x float>, ptr %3101, align 4
  br label %p11.body.2

p11.body.2:                                       ; preds = %p11.body.2, %p11.exit.1
  %p11.addr.0428.2 = phi i64 [ 0, %p11.exit.1 ], [ %p11.next.2.1, %p11.body.2 ]
  %acc55.0427.2 = phi <8 x float> [ %3102, %p11.exit.1 ], [ %3172, %p11.body.2 ]
  %acc54.0426.2 = phi <8 x float> [ %3099, %p11.exit.1 ], [ %3171, %p11.body.2 ]
  %acc53.0425.2 = phi <8 x float> [ %3096, %p11.exit.1 ], [ %3165, %p11.body.2 ]
  %acc52.0424.2 = phi <8 x float> [ %3093, %p11.exit.1 ], [ %3164, %p11.body.2 ]
  %acc51.0423.2 = phi <8 x float> [ %3090, %p11.exit.1 ], [ %3158, %p11.body.2 ]
  %acc50.0422.2 = phi <8 x float> [ %3087, %p11.exit.1 ], [ %3157, %p11.body.2 ]
  %acc49.0421.2 = phi <8 x float> [ %3084, %p11.exit.1 ], [ %3151, %p11.body.2 ]
  %acc48.0420.2 = phi <8 x float> [ %3081, %p11.exit.1 ], [ %3150, %p11.body.2 ]
  %3103 = shl nuw nsw i64 %p11.addr.0428.2, 7
  %3104 = or disjoint i64 %3103, 96
  %3105 = getelementptr inbounds float, ptr %X, i64 %3104
  %3106 = load <8 x float>, ptr %3105, align 4
  %3107 = or disjoint i64 %3103, 104
  %3108 = getelementptr inbounds float, ptr %X, i64 %3107
  %3109 = load <8 x float>, ptr %3108, align 4
  %3110 = or disjoint i64 %p11.addr.0428.2, %2891
  %3111 = getelementptr inbounds float, ptr %KT, i64 %3110
  %3112 = load float, ptr %3111, align 4
  %3113 = insertelement <8 x float> poison, float %3112, i64 0
  %3114 = shufflevector <8 x float> %3113, <8 x float> poison, <8 x i32> zeroinitializer
  %3115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3114, <8 x float> %3106, <8 x float> %acc48.0420.2)
  %3116 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3114, <8 x float> %3109, <8 x float> %acc49.0421.2)
  %3117 = or disjoint i64 %p11.addr.0428.2, %2892
  %3118 = getelementptr inbounds float, ptr %KT, i64 %3117
  %3119 = load float, ptr %3118, align 4
  %3120 = insertelement <8 x float> poison, float %3119, i64 0
  %3121 = shufflevector <8 x float> %3120, <8 x float> poison, <8 x i32> zeroinitializer
  %3122 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3121, <8 x float> %3106, <8 x float> %acc50.0422.2)
  %3123 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3121, <8 x float> %3109, <8 x float> %acc51.0423.2)
  %3124 = or disjoint i64 %p11.addr.0428.2, %2893
  %3125 = getelementptr inbounds float, ptr %KT, i64 %3124
  %3126 = load float, ptr %3125, align 4
  %3127 = insertelement <8 x float> poison, float %3126, i64 0
  %3128 = shufflevector <8 x float> %3127, <8 x float> poison, <8 x i32> zeroinitializer
  %3129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3128, <8 x float> %3106, <8 x float> %acc52.0424.2)
  %3130 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3128, <8 x float> %3109, <8 x float> %acc53.0425.2)
  %3131 = or disjoint i64 %p11.addr.0428.2, %2894
  %3132 = getelementptr inbounds float, ptr %KT, i64 %3131
  %3133 = load float, ptr %3132, align 4
  %3134 = insertelement <8 x float> poison, float %3133, i64 0
  %3135 = shufflevector <8 x float> %3134, <8 x float> poison, <8 x i32> zeroinitializer
  %3136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3135, <8 x float> %3106, <8 x float> %acc54.0426.2)
  %3137 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3135, <8 x float> %3109, <8 x float> %acc55.0427.2)
  %p11.next.2 = or disjoint i64 %p11.addr.0428.2, 1
  %3138 = shl nuw nsw i64 %p11.next.2, 7
  %3139 = or disjoint i64 %3138, 96
  %3140 = getelementptr inbounds float, ptr %X, i64 %3139
  %3141 = load <8 x float>, ptr %3140, align 4
  %3142 = or disjoint i64 %3138, 104
  %3143 = getelementptr inbounds float, ptr %X, i64 %3142
  %3144 = load <8 x float>, ptr %3143, align 4
  %3145 = or disjoint i64 %p11.next.2, %2891
  %3146 = getelementptr inbounds float, ptr %KT, i64 %3145
  %3147 = load float, ptr %3146, align 4
  %3148 = insertelement <8 x float> poison, float %3147, i64 0
  %3149 = shufflevector <8 x float> %3148, <8 x float> poison, <8 x i32> zeroinitializer
  %3150 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3149, <8 x float> %3141, <8 x float> %3115)
  %3151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3149, <8 x float> %3144, <8 x float> %3116)
  %3152 = or disjoint i64 %p11.next.2, %2892
  %3153 = getelementptr inbounds float, ptr %KT, i64 %3152
  %3154 = load float, ptr %3153, align 4
  %3155 = insertelement <8 x float> poison, float %3154, i64 0
  %3156 = shufflevector <8 x float> %3155, <8 x float> poison, <8 x i32> zeroinitializer
  %3157 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3156, <8 x float> %3141, <8 x float> %3122)
  %3158 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3156, <8 x float> %3144, <8 x float> %3123)
  %3159 = or disjoint i64 %p11.next.2, %2893
  %3160 = getelementptr inbounds float, ptr %KT, i64 %3159
  %3161 = load float, ptr %3160, align 4
  %3162 = insertelement <8 x float> poison, float %3161, i64 0
  %3163 = shufflevector <8 x float> %3162, <8 x float> poison, <8 x i32> zeroinitializer
  %3164 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3163, <8 x float> %3141, <8 x float> %3129)
  %3165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3163, <8 x float> %3144, <8 x float> %3130)
  %3166 = or disjoint i64 %p11.next.2, %2894
  %3167 = getelementptr inbounds float, ptr %KT, i64 %3166
  %3168 = load float, ptr %3167, align 4
  %3169 = insertelement <8 x float> poison, float %3168, i64 0
  %3170 = shufflevector <8 x float> %3169, <8 x float> poison, <8 x i32> zeroinitializer
  %3171 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3170, <8 x float> %3141, <8 x float> %3136)
  %3172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3170, <8 x float> %3144, <8 x float> %3137)
  %p11.next.2.1 = add nuw nsw i64 %p11.addr.0428.2, 2
  %exitcond539.2.not.1 = icmp eq i64 %p11.next.2.1, 64
  br i1 %exitcond539.2.not.1, label %p11.exit.2, label %p11.body.2

p11.exit.2:                                       ; preds = %p11.body.2
  store <8 x float> %3150, ptr %3080, align 4
  store <8 x float> %3151, ptr %3083, align 4
  store <8 x float> %3157, ptr %3086, align 4
  store <8 x float> %3158, ptr %3089, align 4
  store <8 x float> %3164, ptr %3092, align 4
  store <8 x float> %3165, ptr %3095, align 4
  store <8 x float> %3171, ptr %3098, align 4
  store <8 x float> %3172, ptr %3101, align 4
  %3173 = or disjoint i64 %2891, 48
  %3174 = getelementptr inbounds float, ptr %work, i64 %3173
  %3175 = load <8 x float>, ptr %3174, align 4
  %3176 = or disjoint i64 %2891, 56
  %3177 = getelementptr inbounds float, ptr %work, i64 %3176
  %3178 = load <8 x float>, ptr %3177, align 4
  %3179 = or disjoint i64 %2891, 112
  %3180 = getelementptr inbounds float, ptr %work, i64 %3179
  %3181 = load <8 x float>, ptr %3180, align 4
  %3182 = or disjoint i64 %2891, 120
  %3183 = getelementptr inbounds float, ptr %work, i64 %3182
  %3184 = load <8 x float>, ptr %3183, align 4
  %3185 = or disjoint i64 %2891, 176
  %3186 = getelementptr inbounds float, ptr %work, i64 %3185
  %3187 = load <8 x float>, ptr %3186, align 4
  %3188 = or disjoint i64 %2891, 184
  %3189 = getelementptr inbounds float, ptr %work, i64 %3188
  %3190 = load <8 x float>, ptr %3189, align 4
  %3191 = or disjoint i64 %2891, 240
  %3192 = getelementptr inbounds float, ptr %work, i64 %3191
  %3193 = load <8 x float>, ptr %3192, align 4
  %3194 = or disjoint i64 %2891, 248
  %3195 = getelementptr inbounds float, ptr %work, i64 %3194
  %3196 = load <8 x float>, ptr %3195, align 4
  br label %p11.body.3

p11.body.3:                                       ; preds = %p11.body.3, %p11.exit.2
  %p11.addr.0428.3 = phi i64 [ 0, %p11.exit.2 ], [ %p11.next.3.1, %p11.body.3 ]
  %acc55.0427.3 = phi <8 x float> [ %3196, %p11.exit.2 ], [ %3266, %p11.body.3 ]
  %acc54.0426.3 = phi <8 x float> [ %3193, %p11.exit.2 ], [ %3265, %p11.body.3 ]
  %acc53.0425.3 = phi <8 x float> [ %3190, %p11.exit.2 ], [ %3259, %p11.body.3 ]
  %acc52.0424.3 = phi <8 x float> [ %3187, %p11.exit.2 ], [ %3258, %p11.body.3 ]
  %acc51.0423.3 = phi <8 x float> [ %3184, %p11.exit.2 ], [ %3252, %p11.body.3 ]
  %acc50.0422.3 = phi <8 x float> [ %3181, %p11.exit.2 ], [ %3251, %p11.body.3 ]
  %acc49.0421.3 = phi <8 x float> [ %3178, %p11.exit.2 ], [ %3245, %p11.body.3 ]
  %acc48.0420.3 = phi <8 x float> [ %3175, %p11.exit.2 ], [ %3244, %p11.body.3 ]
  %3197 = shl nuw nsw i64 %p11.addr.0428.3, 7
  %3198 = or disjoint i64 %3197, 112
  %3199 = getelementptr inbounds float, ptr %X, i64 %3198
  %3200 = load <8 x float>, ptr %3199, align 4
  %3201 = or disjoint i64 %3197, 120
  %3202 = getelementptr inbounds float, ptr %X, i64 %3201
  %3203 = load <8 x float>, ptr %3202, align 4
  %3204 = or disjoint i64 %p11.addr.0428.3, %2891
  %3205 = getelementptr inbounds float, ptr %KT, i64 %3204
  %3206 = load float, ptr %3205, align 4
  %3207 = insertelement <8 x float> poison, float %3206, i64 0
  %3208 = shufflevector <8 x float> %3207, <8 x float> poison, <8 x i32> zeroinitializer
  %3209 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3208, <8 x float> %3200, <8 x float> %acc48.0420.3)
  %3210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3208, <8 x float> %3203, <8 x float> %acc49.0421.3)
  %3211 = or disjoint i64 %p11.addr.0428.3, %2892
  %3212 = getelementptr inbounds float, ptr %KT, i64 %3211
  %3213 = load float, ptr %3212, align 4
  %3214 = insertelement <8 x float> poison, float %3213, i64 0
  %3215 = shufflevector <8 x float> %3214, <8 x float> poison, <8 x i32> zeroinitializer
  %3216 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3215, <8 x float> %3200, <8 x float> %acc50.0422.3)
  %3217 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3215, <8 x float> %3203, <8 x float> %acc51.0423.3)
  %3218 = or disjoint i64 %p11.addr.0428.3, %2893
  %3219 = getelementptr inbounds float, ptr %KT, i64 %3218
  %3220 = load float, ptr %3219, align 4
  %3221 = insertelement <8 x float> poison, float %3220, i64 0
  %3222 = shufflevector <8 x float> %3221, <8 x float> poison, <8 x i32> zeroinitializer
  %3223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3222, <8 x float> %3200, <8 x float> %acc52.0424.3)
  %3224 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3222, <8 x float> %3203, <8 x float> %acc53.0425.3)
  %3225 = or disjoint i64 %p11.addr.0428.3, %2894
  %3226 = getelementptr inbounds float, ptr %KT, i64 %3225
  %3227 = load float, ptr %3226, align 4
  %3228 = insertelement <8 x float> poison, float %3227, i64 0
  %3229 = shufflevector <8 x float> %3228, <8 x float> poison, <8 x i32> zeroinitializer
  %3230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3229, <8 x float> %3200, <8 x float> %acc54.0426.3)
  %3231 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3229, <8 x float> %3203, <8 x float> %acc55.0427.3)
  %p11.next.3 = or disjoint i64 %p11.addr.0428.3, 1
  %3232 = shl nuw nsw i64 %p11.next.3, 7
  %3233 = or disjoint i64 %3232, 112
  %3234 = getelementptr inbounds float, ptr %X, i64 %3233
  %3235 = load <8 x float>, ptr %3234, align 4
  %3236 = or disjoint i64 %3232, 120
  %3237 = getelementptr inbounds float, ptr %X, i64 %3236
  %3238 = load <8 x float>, ptr %3237, align 4
  %3239 = or disjoint i64 %p11.next.3, %2891
  %3240 = getelementptr inbounds float, ptr %KT, i64 %3239
  %3241 = load float, ptr %3240, align 4
  %3242 = insertelement <8 x float> poison, float %3241, i64 0
  %3243 = shufflevector <8 x float> %3242, <8 x float> poison, <8 x i32> zeroinitializer
  %3244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3243, <8 x float> %3235, <8 x float> %3209)
  %3245 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3243, <8 x float> %3238, <8 x float> %3210)
  %3246 = or disjoint i64 %p11.next.3, %2892
  %3247 = getelementptr inbounds float, ptr %KT, i64 %3246
  %3248 = load float, ptr %3247, align 4
  %3249 = insertelement <8 x float> poison, float %3248, i64 0
  %3250 = shufflevector <8 x float> %3249, <8 x float> poison, <8 x i32> zeroinitializer
  %3251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3250, <8 x float> %3235, <8 x float> %3216)
  %3252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3250, <8 x float> %3238, <8 x float> %3217)
  %3253 = or disjoint i64 %p11.next.3, %2893
  %3254 = getelementptr inbounds float, ptr %KT, i64 %3253
  %3255 = load float, ptr %3254, align 4
  %3256 = insertelement <8 x float> poison, float %3255, i64 0
  %3257 = shufflevector <8 x float> %3256, <8 x float> poison, <8 x i32> zeroinitializer
  %3258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3257, <8 x float> %3235, <8 x float> %3223)
  %3259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3257, <8 x float> %3238, <8 x float> %3224)
  %3260 = or disjoint i64 %p11.next.3, %2894
  %3261 = getelementptr inbounds float, ptr %KT, i64 %3260
  %3262 = load float, ptr %3261, align 4
  %3263 = insertelement <8 x float> poison, float %3262, i64 0
  %3264 = shufflevector <8 x float> %3263, <8 x float> poison, <8 x i32> zeroinitializer
  %3265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3264, <8 x float> %3235, <8 x float> %3230)
  %3266 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %3264, <8 x float> %3238, <8 x float> %3231)
  %p11.next.3.1 = add nuw nsw i64 %p11.addr.0428.3, 2
  %exitcond539.3.not.1 = icmp eq i64 %p11.next.3.1, 64
  br i1 %exitcond539.3.not.1, label %p11.exit.3, label %p11.body.3

p11.exit.3:                                       ; preds = %p11.body.3
  store <8 x float> %3244, ptr %3174, align 4
  store <8 x float> %3245, ptr %3177, align 4
  store <8 x float> %3251, ptr %3180, align 4
  store <8 x float> %3252, ptr %3183, align 4
  store <8 x float> %3258, ptr %3186, align 4
  store <8 x float> %3259, ptr %3189, align 4
  store <8 x float> %3265, ptr %3192, align 4
  store <8 x float> %3266, ptr %3195, align 4
  %i23.next = add nuw nsw i64 %i23.addr.0430, 4
  %3267 = icmp ult i64 %i23.addr.0430, 60
  br i1 %3267, label %j18.head.preheader, label %i23.exit
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
; ---- dp_bwd_h2_k64_v64_c32_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h2_k64_v64_c32_nogate'
source_filename = "dp_bwd_h2_k64_v64_c32_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h2_k64_v64_c32_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  %R = getelementptr inbounds i8, ptr %work, i64 573440
  %Sh = getelementptr inbounds i8, ptr %work, i64 32768
  %Sroll = getelementptr inbounds i8, ptr %work, i64 557056
  %dS = getelementptr i8, ptr %work, i64 16384
  %dSk = getelementptr i8, ptr %work, i64 589824
  %dSkPrev = getelementptr i8, ptr %work, i64 590080
  %dkTmp = getelementptr i8, ptr %work, i64 590336
  %2 = add nsw i64 %T, 31
  %nc = sdiv i64 %2, 32
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 12
  %5 = shl i64 %H, 7
  %6 = add nsw i64 %bh0, 1
  %7 = mul i64 %nc, %6
  %8 = shl i64 %7, 14
  %9 = add i64 %8, -16384
  %10 = shl i64 %nc, 14
  %11 = shl nsw i64 %nc, 5
  %12 = add i64 %11, 72057594037927904
  %13 = mul i64 %12, %H
  %14 = mul i64 %H, -8192
  %15 = shl i64 %H, 8
  %16 = add i64 %T, 32
  %17 = sub i64 %16, %11
  %smax636 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %18 = sub i64 %bh1, %bh0
  %19 = getelementptr i8, ptr %work, i64 590112
  %20 = getelementptr i8, ptr %work, i64 590144
  %21 = getelementptr i8, ptr %work, i64 590176
  %22 = getelementptr i8, ptr %work, i64 589856
  %23 = getelementptr i8, ptr %work, i64 589888
  %24 = getelementptr i8, ptr %work, i64 589920
  %25 = getelementptr i8, ptr %work, i64 590208
  %26 = getelementptr i8, ptr %work, i64 590240
  %27 = getelementptr i8, ptr %work, i64 590272
  %28 = getelementptr i8, ptr %work, i64 590304
  %29 = getelementptr i8, ptr %work, i64 589952
  %30 = getelementptr i8, ptr %work, i64 589984
  %31 = getelementptr i8, ptr %work, i64 590016
  %32 = getelementptr i8, ptr %work, i64 590048
  %33 = getelementptr i8, ptr %work, i64 590368
  %34 = getelementptr i8, ptr %work, i64 590400
  %35 = getelementptr i8, ptr %work, i64 590432
  %36 = getelementptr i8, ptr %work, i64 590464
  %37 = getelementptr i8, ptr %work, i64 590496
  %38 = getelementptr i8, ptr %work, i64 590528
  %39 = getelementptr i8, ptr %work, i64 590560
  %40 = getelementptr i8, ptr %work, i64 573472
  %41 = getelementptr i8, ptr %work, i64 573504
  %42 = getelementptr i8, ptr %work, i64 573536
  %43 = getelementptr i8, ptr %work, i64 573568
  %44 = getelementptr i8, ptr %work, i64 573600
  %45 = getelementptr i8, ptr %work, i64 573632
  %46 = getelementptr i8, ptr %work, i64 573664
  %47 = getelementptr i8, ptr %work, i64 590368
  %48 = getelementptr i8, ptr %work, i64 590400
  %49 = getelementptr i8, ptr %work, i64 590432
  %50 = getelementptr i8, ptr %work, i64 590464
  %51 = getelementptr i8, ptr %work, i64 590496
  %52 = getelementptr i8, ptr %work, i64 590528
  %53 = getelementptr i8, ptr %work, i64 590560
  %54 = getelementptr i8, ptr %work, i64 590112
  %55 = getelementptr inbounds i8, ptr %work, i64 573472
  %56 = getelementptr i8, ptr %work, i64 590144
  %57 = getelementptr inbounds i8, ptr %work, i64 573504
  %58 = getelementptr i8, ptr %work, i64 590176
  %59 = getelementptr inbounds i8, ptr %work, i64 573536
  %60 = getelementptr i8, ptr %work, i64 590208
  %61 = getelementptr inbounds i8, ptr %work, i64 573568
  %62 = getelementptr i8, ptr %work, i64 590240
  %63 = getelementptr inbounds i8, ptr %work, i64 573600
  %64 = getelementptr i8, ptr %work, i64 590272
  %65 = getelementptr inbounds i8, ptr %work, i64 573632
  %66 = getelementptr i8, ptr %work, i64 590304
  %67 = getelementptr inbounds i8, ptr %work, i64 573664
  %68 = getelementptr i8, ptr %work, i64 590368
  %69 = getelementptr i8, ptr %work, i64 590400
  %70 = getelementptr i8, ptr %work, i64 590432
  %71 = getelementptr i8, ptr %work, i64 590464
  %72 = getelementptr i8, ptr %work, i64 590496
  %73 = getelementptr i8, ptr %work, i64 590528
  %74 = getelementptr i8, ptr %work, i64 590560
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i24.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i24.head.preheader ]
  %bh.addr.0584 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i24.head.preheader ]
  %75 = add i64 %indvar, %bh0
  %76 = shl i64 %75, 14
  %scevgep640 = getelementptr i8, ptr %dh0, i64 %76
  %77 = mul i64 %10, %indvar
  %78 = add i64 %9, %77
  %scevgep619 = getelementptr i8, ptr %dhT, i64 %76
  %b = sdiv i64 %bh.addr.0584, %H
  %h = srem i64 %bh.addr.0584, %H
  %79 = mul i64 %b, %T
  %80 = mul i64 %79, %H
  %bT = add i64 %80, %h
  %81 = mul i64 %1, %79
  %bTn = add nsw i64 %81, %h
  %82 = shl nsw i64 %bT, 6
  %83 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %83
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %83
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %dS, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep619, i64 16384, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %83
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %83
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dSkPrev, i8 0, i64 256, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %82
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %82
  %oh = getelementptr inbounds float, ptr %dout, i64 %82
  br i1 %3, label %cc.body.lr.ph, label %i24.head.preheader

bh.exit:                                          ; preds = %i24.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %84 = add i64 %13, %bT
  %85 = shl i64 %84, 8
  %86 = getelementptr i8, ptr %dq, i64 %85
  %87 = getelementptr i8, ptr %kh1, i64 32
  %88 = getelementptr i8, ptr %kh1, i64 64
  %89 = getelementptr i8, ptr %kh1, i64 96
  %90 = getelementptr i8, ptr %kh1, i64 128
  %91 = getelementptr i8, ptr %kh1, i64 160
  %92 = getelementptr i8, ptr %kh1, i64 192
  %93 = getelementptr i8, ptr %kh1, i64 224
  %94 = getelementptr i8, ptr %vh1, i64 32
  %95 = getelementptr i8, ptr %vh1, i64 64
  %96 = getelementptr i8, ptr %vh1, i64 96
  %97 = getelementptr i8, ptr %vh1, i64 128
  %98 = getelementptr i8, ptr %vh1, i64 160
  %99 = getelementptr i8, ptr %vh1, i64 192
  %100 = getelementptr i8, ptr %vh1, i64 224
  %101 = getelementptr i8, ptr %kh1, i64 32
  %102 = getelementptr i8, ptr %kh1, i64 64
  %103 = getelementptr i8, ptr %kh1, i64 96
  %104 = getelementptr i8, ptr %kh1, i64 128
  %105 = getelementptr i8, ptr %kh1, i64 160
  %106 = getelementptr i8, ptr %kh1, i64 192
  %107 = getelementptr i8, ptr %kh1, i64 224
  %108 = getelementptr i8, ptr %kh1, i64 32
  %109 = getelementptr i8, ptr %kh1, i64 64
  %110 = getelementptr i8, ptr %kh1, i64 96
  %111 = getelementptr i8, ptr %kh1, i64 128
  %112 = getelementptr i8, ptr %kh1, i64 160
  %113 = getelementptr i8, ptr %kh1, i64 192
  %114 = getelementptr i8, ptr %kh1, i64 224
  br label %cc.body

i24.head.preheader:                               ; preds = %i22.exit.1, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %scevgep640, ptr noundef nonnull align 4 dereferenceable(16384) %dS, i64 16384, i1 false)
  %bh.next = add nsw i64 %bh.addr.0584, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond641.not = icmp eq i64 %indvar.next, %18
  br i1 %exitcond641.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %i22.exit.1
  %indvars.iv = phi i64 [ %17, %cc.body.lr.ph ], [ %indvars.iv.next, %i22.exit.1 ]
  %cc.addr.0581 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %i22.exit.1 ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin632 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 32)
  %smax633 = tail call i64 @llvm.smax.i64(i64 %smin632, i64 1)
  %smax627 = tail call i64 @llvm.smax.i64(i64 %smin632, i64 2)
  %115 = shl i64 %cc.addr.0581, 14
  %116 = sub i64 %78, %115
  %scevgep621 = getelementptr i8, ptr %hs, i64 %116
  %117 = xor i64 %cc.addr.0581, -1
  %ci = add nsw i64 %nc, %117
  %t0 = shl nsw i64 %ci, 5
  %118 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(16384) %work, ptr noundef nonnull align 4 dereferenceable(16384) %scevgep621, i64 16384, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %118, i64 32)
  %119 = icmp sgt i64 %118, 0
  br i1 %119, label %j3.head.preheader.preheader, label %c.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %120 = mul i64 %14, %cc.addr.0581
  %121 = getelementptr i8, ptr %86, i64 %120
  %xtraiter = and i64 %smax, 7
  %122 = icmp slt i64 %indvars.iv, 8
  br i1 %122, label %c.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 56
  br label %j3.head.preheader

c.head.preheader.loopexit.unr-lcssa:              ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0521.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %c.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %c.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0521.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0521.unr, %c.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %c.head.preheader.loopexit.unr-lcssa ]
  %123 = mul i64 %15, %tl.addr.0521.epil
  %scevgep.epil = getelementptr i8, ptr %121, i64 %123
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.epil, i8 0, i64 256, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0521.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %c.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

c.head.preheader:                                 ; preds = %c.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %124 = mul i64 %4, %ci
  %125 = shl nsw i64 %ci, 6
  %126 = mul nsw i64 %125, %H
  %127 = getelementptr inbounds float, ptr %betah, i64 %126
  %128 = load float, ptr %127, align 4
  %129 = mul nsw i64 %125, %sq
  %130 = insertelement <8 x float> poison, float %128, i64 0
  %131 = shufflevector <8 x float> %130, <8 x float> poison, <8 x i32> zeroinitializer
  %132 = or disjoint i64 %125, 1
  %133 = mul nsw i64 %132, %sq
  %134 = mul nsw i64 %132, %H
  %135 = getelementptr inbounds float, ptr %betah, i64 %134
  %136 = load float, ptr %135, align 4
  %137 = insertelement <8 x float> poison, float %136, i64 0
  %138 = shufflevector <8 x float> %137, <8 x float> poison, <8 x i32> zeroinitializer
  %139 = icmp sgt i64 %118, 1
  %tlast = add i64 %t0, -1
  %140 = add i64 %tlast, %L
  %141 = shl nsw i64 %140, 1
  %142 = or disjoint i64 %141, 1
  %143 = mul nsw i64 %142, %sq
  %144 = mul nsw i64 %140, %sq
  %invariant.gep = getelementptr float, ptr %kh, i64 %124
  %invariant.gep677 = getelementptr float, ptr %kh, i64 %133
  %invariant.gep681 = getelementptr float, ptr %kh, i64 %143
  br label %i4.head.preheader

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0521 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %145 = mul i64 %15, %tl.addr.0521
  %scevgep = getelementptr i8, ptr %121, i64 %145
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep, i8 0, i64 256, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0521, 1
  %146 = mul i64 %15, %tl.next
  %scevgep.1 = getelementptr i8, ptr %121, i64 %146
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.1, i8 0, i64 256, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0521, 2
  %147 = mul i64 %15, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %121, i64 %147
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.2, i8 0, i64 256, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0521, 3
  %148 = mul i64 %15, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %121, i64 %148
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.3, i8 0, i64 256, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0521, 4
  %149 = mul i64 %15, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %121, i64 %149
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.4, i8 0, i64 256, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0521, 5
  %150 = mul i64 %15, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %121, i64 %150
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.5, i8 0, i64 256, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0521, 6
  %151 = mul i64 %15, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %121, i64 %151
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.6, i8 0, i64 256, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0521, 7
  %152 = mul i64 %15, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %121, i64 %152
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %scevgep.7, i8 0, i64 256, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0521, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %c.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

tt.head.preheader:                                ; preds = %i8.exit
  br i1 %119, label %tt.body.lr.ph, label %tt.exit

tt.body.lr.ph:                                    ; preds = %tt.head.preheader
  %153 = add nsw i64 %L, -1
  br label %tt.body

i4.head.preheader:                                ; preds = %c.head.preheader, %i8.exit
  %154 = phi i1 [ true, %c.head.preheader ], [ false, %i8.exit ]
  %c.addr.0551 = phi i64 [ 0, %c.head.preheader ], [ 32, %i8.exit ]
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0526 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %187, %i4.body ]
  %acc1.0525 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %192, %i4.body ]
  %acc2.0524 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %197, %i4.body ]
  %acc3.0523 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %202, %i4.body ]
  %i4.addr.0522 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.1, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0522
  %155 = load float, ptr %gep, align 4
  %156 = shl nuw nsw i64 %i4.addr.0522, 6
  %157 = or disjoint i64 %156, %c.addr.0551
  %158 = getelementptr inbounds float, ptr %work, i64 %157
  %159 = load <8 x float>, ptr %158, align 4
  %160 = getelementptr inbounds float, ptr %Sh, i64 %157
  store <8 x float> %159, ptr %160, align 4
  %161 = insertelement <8 x float> poison, float %155, i64 0
  %162 = shufflevector <8 x float> %161, <8 x float> poison, <8 x i32> zeroinitializer
  %163 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %159, <8 x float> %acc.0526)
  %164 = or disjoint i64 %157, 8
  %165 = getelementptr inbounds float, ptr %work, i64 %164
  %166 = load <8 x float>, ptr %165, align 4
  %167 = getelementptr inbounds float, ptr %Sh, i64 %164
  store <8 x float> %166, ptr %167, align 4
  %168 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %166, <8 x float> %acc1.0525)
  %169 = or disjoint i64 %157, 16
  %170 = getelementptr inbounds float, ptr %work, i64 %169
  %171 = load <8 x float>, ptr %170, align 4
  %172 = getelementptr inbounds float, ptr %Sh, i64 %169
  store <8 x float> %171, ptr %172, align 4
  %173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %171, <8 x float> %acc2.0524)
  %174 = or disjoint i64 %157, 24
  %175 = getelementptr inbounds float, ptr %work, i64 %174
  %176 = load <8 x float>, ptr %175, align 4
  %177 = getelementptr inbounds float, ptr %Sh, i64 %174
  store <8 x float> %176, ptr %177, align 4
  %178 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %162, <8 x float> %176, <8 x float> %acc3.0523)
  %i4.next = or disjoint i64 %i4.addr.0522, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %179 = load float, ptr %gep.1, align 4
  %180 = shl nuw nsw i64 %i4.next, 6
  %181 = or disjoint i64 %180, %c.addr.0551
  %182 = getelementptr inbounds float, ptr %work, i64 %181
  %183 = load <8 x float>, ptr %182, align 4
  %184 = getelementptr inbounds float, ptr %Sh, i64 %181
  store <8 x float> %183, ptr %184, align 4
  %185 = insertelement <8 x float> poison, float %179, i64 0
  %186 = shufflevector <8 x float> %185, <8 x float> poison, <8 x i32> zeroinitializer
  %187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %183, <8 x float> %163)
  %188 = or disjoint i64 %181, 8
  %189 = getelementptr inbounds float, ptr %work, i64 %188
  %190 = load <8 x float>, ptr %189, align 4
  %191 = getelementptr inbounds float, ptr %Sh, i64 %188
  store <8 x float> %190, ptr %191, align 4
  %192 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %190, <8 x float> %168)
  %193 = or disjoint i64 %181, 16
  %194 = getelementptr inbounds float, ptr %work, i64 %193
  %195 = load <8 x float>, ptr %194, align 4
  %196 = getelementptr inbounds float, ptr %Sh, i64 %193
  store <8 x float> %195, ptr %196, align 4
  %197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %195, <8 x float> %173)
  %198 = or disjoint i64 %181, 24
  %199 = getelementptr inbounds float, ptr %work, i64 %198
  %200 = load <8 x float>, ptr %199, align 4
  %201 = getelementptr inbounds float, ptr %Sh, i64 %198
  store <8 x float> %200, ptr %201, align 4
  %202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %186, <8 x float> %200, <8 x float> %178)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0522, 2
  %exitcond622.not.1 = icmp eq i64 %i4.next.1, 64
  br i1 %exitcond622.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %203 = or disjoint i64 %c.addr.0551, %129
  %204 = getelementptr inbounds float, ptr %vh, i64 %203
  %205 = load <8 x float>, ptr %204, align 4
  %206 = fsub <8 x float> %205, %187
  %207 = getelementptr inbounds float, ptr %R, i64 %c.addr.0551
  store <8 x float> %206, ptr %207, align 4
  %208 = fmul <8 x float> %131, %206
  %209 = or disjoint i64 %c.addr.0551, 8
  %210 = or disjoint i64 %209, %129
  %211 = getelementptr inbounds float, ptr %vh, i64 %210
  %212 = load <8 x float>, ptr %211, align 4
  %213 = fsub <8 x float> %212, %192
  %214 = getelementptr inbounds float, ptr %R, i64 %209
  store <8 x float> %213, ptr %214, align 4
  %215 = fmul <8 x float> %131, %213
  %216 = or disjoint i64 %c.addr.0551, 16
  %217 = or disjoint i64 %216, %129
  %218 = getelementptr inbounds float, ptr %vh, i64 %217
  %219 = load <8 x float>, ptr %218, align 4
  %220 = fsub <8 x float> %219, %197
  %221 = getelementptr inbounds float, ptr %R, i64 %216
  store <8 x float> %220, ptr %221, align 4
  %222 = fmul <8 x float> %131, %220
  %223 = or disjoint i64 %c.addr.0551, 24
  %224 = or disjoint i64 %223, %129
  %225 = getelementptr inbounds float, ptr %vh, i64 %224
  %226 = load <8 x float>, ptr %225, align 4
  %227 = fsub <8 x float> %226, %202
  %228 = getelementptr inbounds float, ptr %R, i64 %223
  store <8 x float> %227, ptr %228, align 4
  %229 = fmul <8 x float> %131, %227
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc4.0531 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %277, %i5.body ]
  %acc536.0530 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %283, %i5.body ]
  %acc6.0529 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %289, %i5.body ]
  %acc7.0528 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %295, %i5.body ]
  %i5.addr.0527 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %230 = or disjoint i64 %i5.addr.0527, %129
  %231 = getelementptr inbounds float, ptr %kh, i64 %230
  %232 = load float, ptr %231, align 4
  %gep678 = getelementptr float, ptr %invariant.gep677, i64 %i5.addr.0527
  %233 = load float, ptr %gep678, align 4
  %234 = insertelement <8 x float> poison, float %232, i64 0
  %235 = shufflevector <8 x float> %234, <8 x float> poison, <8 x i32> zeroinitializer
  %236 = shl nuw nsw i64 %i5.addr.0527, 6
  %237 = or disjoint i64 %236, %c.addr.0551
  %238 = getelementptr inbounds float, ptr %Sh, i64 %237
  %239 = load <8 x float>, ptr %238, align 4
  %240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %208, <8 x float> %239)
  %241 = getelementptr inbounds float, ptr %Sroll, i64 %237
  store <8 x float> %240, ptr %241, align 4
  %242 = insertelement <8 x float> poison, float %233, i64 0
  %243 = shufflevector <8 x float> %242, <8 x float> poison, <8 x i32> zeroinitializer
  %244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %240, <8 x float> %acc4.0531)
  %245 = or disjoint i64 %236, %209
  %246 = getelementptr inbounds float, ptr %Sh, i64 %245
  %247 = load <8 x float>, ptr %246, align 4
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %215, <8 x float> %247)
  %249 = getelementptr inbounds float, ptr %Sroll, i64 %245
  store <8 x float> %248, ptr %249, align 4
  %250 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %248, <8 x float> %acc536.0530)
  %251 = or disjoint i64 %236, %216
  %252 = getelementptr inbounds float, ptr %Sh, i64 %251
  %253 = load <8 x float>, ptr %252, align 4
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %222, <8 x float> %253)
  %255 = getelementptr inbounds float, ptr %Sroll, i64 %251
  store <8 x float> %254, ptr %255, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %254, <8 x float> %acc6.0529)
  %257 = or disjoint i64 %236, %223
  %258 = getelementptr inbounds float, ptr %Sh, i64 %257
  %259 = load <8 x float>, ptr %258, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %235, <8 x float> %229, <8 x float> %259)
  %261 = getelementptr inbounds float, ptr %Sroll, i64 %257
  store <8 x float> %260, ptr %261, align 4
  %262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %243, <8 x float> %260, <8 x float> %acc7.0528)
  %i5.next = or disjoint i64 %i5.addr.0527, 1
  %263 = or disjoint i64 %i5.next, %129
  %264 = getelementptr inbounds float, ptr %kh, i64 %263
  %265 = load float, ptr %264, align 4
  %gep678.1 = getelementptr float, ptr %invariant.gep677, i64 %i5.next
  %266 = load float, ptr %gep678.1, align 4
  %267 = insertelement <8 x float> poison, float %265, i64 0
  %268 = shufflevector <8 x float> %267, <8 x float> poison, <8 x i32> zeroinitializer
  %269 = shl nuw nsw i64 %i5.next, 6
  %270 = or disjoint i64 %269, %c.addr.0551
  %271 = getelementptr inbounds float, ptr %Sh, i64 %270
  %272 = load <8 x float>, ptr %271, align 4
  %273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %208, <8 x float> %272)
  %274 = getelementptr inbounds float, ptr %Sroll, i64 %270
  store <8 x float> %273, ptr %274, align 4
  %275 = insertelement <8 x float> poison, float %266, i64 0
  %276 = shufflevector <8 x float> %275, <8 x float> poison, <8 x i32> zeroinitializer
  %277 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %273, <8 x float> %244)
  %278 = or disjoint i64 %269, %209
  %279 = getelementptr inbounds float, ptr %Sh, i64 %278
  %280 = load <8 x float>, ptr %279, align 4
  %281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %215, <8 x float> %280)
  %282 = getelementptr inbounds float, ptr %Sroll, i64 %278
  store <8 x float> %281, ptr %282, align 4
  %283 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %281, <8 x float> %250)
  %284 = or disjoint i64 %269, %216
  %285 = getelementptr inbounds float, ptr %Sh, i64 %284
  %286 = load <8 x float>, ptr %285, align 4
  %287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %222, <8 x float> %286)
  %288 = getelementptr inbounds float, ptr %Sroll, i64 %284
  store <8 x float> %287, ptr %288, align 4
  %289 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %287, <8 x float> %256)
  %290 = or disjoint i64 %269, %223
  %291 = getelementptr inbounds float, ptr %Sh, i64 %290
  %292 = load <8 x float>, ptr %291, align 4
  %293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %268, <8 x float> %229, <8 x float> %292)
  %294 = getelementptr inbounds float, ptr %Sroll, i64 %290
  store <8 x float> %293, ptr %294, align 4
  %295 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %276, <8 x float> %293, <8 x float> %262)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0527, 2
  %exitcond623.not.1 = icmp eq i64 %i5.next.1, 64
  br i1 %exitcond623.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %296 = or disjoint i64 %c.addr.0551, %133
  %297 = getelementptr inbounds float, ptr %vh, i64 %296
  %298 = load <8 x float>, ptr %297, align 4
  %299 = fsub <8 x float> %298, %277
  %300 = or disjoint i64 %c.addr.0551, 64
  %301 = getelementptr inbounds float, ptr %R, i64 %300
  store <8 x float> %299, ptr %301, align 4
  %302 = fmul <8 x float> %138, %299
  %303 = or disjoint i64 %209, %133
  %304 = getelementptr inbounds float, ptr %vh, i64 %303
  %305 = load <8 x float>, ptr %304, align 4
  %306 = fsub <8 x float> %305, %283
  %307 = or disjoint i64 %c.addr.0551, 72
  %308 = getelementptr inbounds float, ptr %R, i64 %307
  store <8 x float> %306, ptr %308, align 4
  %309 = fmul <8 x float> %138, %306
  %310 = or disjoint i64 %216, %133
  %311 = getelementptr inbounds float, ptr %vh, i64 %310
  %312 = load <8 x float>, ptr %311, align 4
  %313 = fsub <8 x float> %312, %289
  %314 = or disjoint i64 %c.addr.0551, 80
  %315 = getelementptr inbounds float, ptr %R, i64 %314
  store <8 x float> %313, ptr %315, align 4
  %316 = fmul <8 x float> %138, %313
  %317 = or disjoint i64 %223, %133
  %318 = getelementptr inbounds float, ptr %vh, i64 %317
  %319 = load <8 x float>, ptr %318, align 4
  %320 = fsub <8 x float> %319, %295
  %321 = or disjoint i64 %c.addr.0551, 88
  %322 = getelementptr inbounds float, ptr %R, i64 %321
  store <8 x float> %320, ptr %322, align 4
  %323 = fmul <8 x float> %138, %320
  br i1 %139, label %i6.head.preheader, label %tl1.exit

i6.head.preheader:                                ; preds = %i5.exit, %i7.exit
  %delta.0546 = phi <8 x float> [ %538, %i7.exit ], [ %302, %i5.exit ]
  %delta1.0545 = phi <8 x float> [ %545, %i7.exit ], [ %309, %i5.exit ]
  %delta2.0544 = phi <8 x float> [ %552, %i7.exit ], [ %316, %i5.exit ]
  %delta3.0543 = phi <8 x float> [ %559, %i7.exit ], [ %323, %i5.exit ]
  %tl1.addr.0542 = phi i64 [ %tl1.next, %i7.exit ], [ 1, %i5.exit ]
  %324 = add i64 %tlast, %tl1.addr.0542
  %325 = shl nsw i64 %324, 1
  %326 = or disjoint i64 %325, 1
  %327 = mul nsw i64 %326, %sq
  %328 = add nsw i64 %tl1.addr.0542, %t0
  %329 = mul i64 %5, %328
  %330 = mul nsw i64 %324, %sq
  %331 = or disjoint i64 %330, %c.addr.0551
  %332 = getelementptr inbounds float, ptr %oh, i64 %331
  %333 = load <8 x float>, ptr %332, align 4
  %334 = shl nsw i64 %tl1.addr.0542, 12
  %335 = or disjoint i64 %330, %209
  %336 = getelementptr inbounds float, ptr %oh, i64 %335
  %337 = load <8 x float>, ptr %336, align 4
  %338 = or disjoint i64 %330, %216
  %339 = getelementptr inbounds float, ptr %oh, i64 %338
  %340 = load <8 x float>, ptr %339, align 4
  %341 = or disjoint i64 %330, %223
  %342 = getelementptr inbounds float, ptr %oh, i64 %341
  %343 = load <8 x float>, ptr %342, align 4
  br label %i6.body

tl1.exit:                                         ; preds = %i7.exit, %i5.exit
  %delta3.0.lcssa = phi <8 x float> [ %323, %i5.exit ], [ %559, %i7.exit ]
  %delta2.0.lcssa = phi <8 x float> [ %316, %i5.exit ], [ %552, %i7.exit ]
  %delta1.0.lcssa = phi <8 x float> [ %309, %i5.exit ], [ %545, %i7.exit ]
  %delta.0.lcssa = phi <8 x float> [ %302, %i5.exit ], [ %538, %i7.exit ]
  %344 = or disjoint i64 %c.addr.0551, %144
  %345 = getelementptr inbounds float, ptr %oh, i64 %344
  %346 = load <8 x float>, ptr %345, align 4
  %347 = or disjoint i64 %209, %144
  %348 = getelementptr inbounds float, ptr %oh, i64 %347
  %349 = load <8 x float>, ptr %348, align 4
  %350 = or disjoint i64 %216, %144
  %351 = getelementptr inbounds float, ptr %oh, i64 %350
  %352 = load <8 x float>, ptr %351, align 4
  %353 = or disjoint i64 %223, %144
  %354 = getelementptr inbounds float, ptr %oh, i64 %353
  %355 = load <8 x float>, ptr %354, align 4
  br label %i8.body

i6.body:                                          ; preds = %i6.head.preheader, %i6.body
  %acc8.0536 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %374, %i6.body ]
  %acc9.0535 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %382, %i6.body ]
  %acc10.0534 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %390, %i6.body ]
  %acc11.0533 = phi <8 x float> [ zeroinitializer, %i6.head.preheader ], [ %398, %i6.body ]
  %i6.addr.0532 = phi i64 [ 0, %i6.head.preheader ], [ %i6.next, %i6.body ]
  %356 = getelementptr float, ptr %kh, i64 %i6.addr.0532
  %357 = getelementptr float, ptr %356, i64 %327
  %358 = load float, ptr %357, align 4
  %359 = getelementptr float, ptr %356, i64 %329
  %360 = load float, ptr %359, align 4
  %361 = insertelement <8 x float> poison, float %358, i64 0
  %362 = shufflevector <8 x float> %361, <8 x float> poison, <8 x i32> zeroinitializer
  %363 = shl nuw nsw i64 %i6.addr.0532, 6
  %364 = or disjoint i64 %363, %c.addr.0551
  %365 = getelementptr inbounds float, ptr %Sroll, i64 %364
  %366 = load <8 x float>, ptr %365, align 4
  %367 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %delta.0546, <8 x float> %366)
  %368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %367, <8 x float> %333, <8 x float> zeroinitializer)
  %369 = add nuw nsw i64 %363, %334
  %370 = or disjoint i64 %369, %c.addr.0551
  %371 = getelementptr inbounds float, ptr %Sh, i64 %370
  store <8 x float> %367, ptr %371, align 4
  %372 = insertelement <8 x float> poison, float %360, i64 0
  %373 = shufflevector <8 x float> %372, <8 x float> poison, <8 x i32> zeroinitializer
  %374 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %367, <8 x float> %acc8.0536)
  %375 = or disjoint i64 %363, %209
  %376 = getelementptr inbounds float, ptr %Sroll, i64 %375
  %377 = load <8 x float>, ptr %376, align 4
  %378 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %delta1.0545, <8 x float> %377)
  %379 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %378, <8 x float> %337, <8 x float> %368)
  %380 = or disjoint i64 %369, %209
  %381 = getelementptr inbounds float, ptr %Sh, i64 %380
  store <8 x float> %378, ptr %381, align 4
  %382 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %378, <8 x float> %acc9.0535)
  %383 = or disjoint i64 %363, %216
  %384 = getelementptr inbounds float, ptr %Sroll, i64 %383
  %385 = load <8 x float>, ptr %384, align 4
  %386 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %delta2.0544, <8 x float> %385)
  %387 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %386, <8 x float> %340, <8 x float> %379)
  %388 = or disjoint i64 %369, %216
  %389 = getelementptr inbounds float, ptr %Sh, i64 %388
  store <8 x float> %386, ptr %389, align 4
  %390 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %386, <8 x float> %acc10.0534)
  %391 = or disjoint i64 %363, %223
  %392 = getelementptr inbounds float, ptr %Sroll, i64 %391
  %393 = load <8 x float>, ptr %392, align 4
  %394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %362, <8 x float> %delta3.0543, <8 x float> %393)
  %395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %394, <8 x float> %343, <8 x float> %387)
  %396 = or disjoint i64 %369, %223
  %397 = getelementptr inbounds float, ptr %Sh, i64 %396
  store <8 x float> %394, ptr %397, align 4
  %398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %373, <8 x float> %394, <8 x float> %acc11.0533)
  %399 = or disjoint i64 %i6.addr.0532, %330
  %400 = getelementptr inbounds float, ptr %qh1, i64 %399
  %401 = load float, ptr %400, align 4
  %402 = shufflevector <8 x float> %395, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %403 = shufflevector <8 x float> %395, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %404 = fadd <4 x float> %402, %403
  %405 = shufflevector <4 x float> %404, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %406 = shufflevector <4 x float> %404, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %407 = fadd <2 x float> %405, %406
  %shift = shufflevector <2 x float> %407, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %408 = fadd <2 x float> %407, %shift
  %409 = extractelement <2 x float> %408, i64 0
  %410 = fmul float %409, 1.250000e-01
  %411 = fadd float %401, %410
  store float %411, ptr %400, align 4
  %i6.next = add nuw nsw i64 %i6.addr.0532, 1
  %exitcond624.not = icmp eq i64 %i6.next, 64
  br i1 %exitcond624.not, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %412 = shl nsw i64 %328, 1
  %413 = mul nsw i64 %412, %H
  %414 = getelementptr inbounds float, ptr %betah, i64 %413
  %415 = load float, ptr %414, align 4
  %416 = mul nsw i64 %412, %sq
  %417 = or disjoint i64 %416, %c.addr.0551
  %418 = getelementptr inbounds float, ptr %vh, i64 %417
  %419 = load <8 x float>, ptr %418, align 4
  %420 = fsub <8 x float> %419, %374
  %421 = shl i64 %tl1.addr.0542, 7
  %422 = or disjoint i64 %421, %c.addr.0551
  %423 = getelementptr inbounds float, ptr %R, i64 %422
  store <8 x float> %420, ptr %423, align 4
  %424 = insertelement <8 x float> poison, float %415, i64 0
  %425 = shufflevector <8 x float> %424, <8 x float> poison, <8 x i32> zeroinitializer
  %426 = fmul <8 x float> %425, %420
  %427 = or disjoint i64 %416, %209
  %428 = getelementptr inbounds float, ptr %vh, i64 %427
  %429 = load <8 x float>, ptr %428, align 4
  %430 = fsub <8 x float> %429, %382
  %431 = or disjoint i64 %421, %209
  %432 = getelementptr inbounds float, ptr %R, i64 %431
  store <8 x float> %430, ptr %432, align 4
  %433 = fmul <8 x float> %425, %430
  %434 = or disjoint i64 %416, %216
  %435 = getelementptr inbounds float, ptr %vh, i64 %434
  %436 = load <8 x float>, ptr %435, align 4
  %437 = fsub <8 x float> %436, %390
  %438 = or disjoint i64 %421, %216
  %439 = getelementptr inbounds float, ptr %R, i64 %438
  store <8 x float> %437, ptr %439, align 4
  %440 = fmul <8 x float> %425, %437
  %441 = or disjoint i64 %416, %223
  %442 = getelementptr inbounds float, ptr %vh, i64 %441
  %443 = load <8 x float>, ptr %442, align 4
  %444 = fsub <8 x float> %443, %398
  %445 = or disjoint i64 %421, %223
  %446 = getelementptr inbounds float, ptr %R, i64 %445
  store <8 x float> %444, ptr %446, align 4
  %447 = fmul <8 x float> %425, %444
  %448 = or disjoint i64 %412, 1
  %449 = mul nsw i64 %448, %sq
  %invariant.gep679 = getelementptr float, ptr %kh, i64 %449
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc12.0541 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %504, %i7.body ]
  %acc13.0540 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %511, %i7.body ]
  %acc14.0539 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %518, %i7.body ]
  %acc15.0538 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %525, %i7.body ]
  %i7.addr.0537 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %450 = or disjoint i64 %i7.addr.0537, %416
  %451 = getelementptr inbounds float, ptr %kh, i64 %450
  %452 = load float, ptr %451, align 4
  %gep680 = getelementptr float, ptr %invariant.gep679, i64 %i7.addr.0537
  %453 = load float, ptr %gep680, align 4
  %454 = insertelement <8 x float> poison, float %452, i64 0
  %455 = shufflevector <8 x float> %454, <8 x float> poison, <8 x i32> zeroinitializer
  %456 = shl nuw nsw i64 %i7.addr.0537, 6
  %457 = add nuw nsw i64 %456, %334
  %458 = or disjoint i64 %457, %c.addr.0551
  %459 = getelementptr inbounds float, ptr %Sh, i64 %458
  %460 = load <8 x float>, ptr %459, align 4
  %461 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %426, <8 x float> %460)
  %462 = or disjoint i64 %456, %c.addr.0551
  %463 = getelementptr inbounds float, ptr %Sroll, i64 %462
  store <8 x float> %461, ptr %463, align 4
  %464 = insertelement <8 x float> poison, float %453, i64 0
  %465 = shufflevector <8 x float> %464, <8 x float> poison, <8 x i32> zeroinitializer
  %466 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %461, <8 x float> %acc12.0541)
  %467 = or disjoint i64 %457, %209
  %468 = getelementptr inbounds float, ptr %Sh, i64 %467
  %469 = load <8 x float>, ptr %468, align 4
  %470 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %433, <8 x float> %469)
  %471 = or disjoint i64 %456, %209
  %472 = getelementptr inbounds float, ptr %Sroll, i64 %471
  store <8 x float> %470, ptr %472, align 4
  %473 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %470, <8 x float> %acc13.0540)
  %474 = or disjoint i64 %457, %216
  %475 = getelementptr inbounds float, ptr %Sh, i64 %474
  %476 = load <8 x float>, ptr %475, align 4
  %477 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %440, <8 x float> %476)
  %478 = or disjoint i64 %456, %216
  %479 = getelementptr inbounds float, ptr %Sroll, i64 %478
  store <8 x float> %477, ptr %479, align 4
  %480 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %477, <8 x float> %acc14.0539)
  %481 = or disjoint i64 %457, %223
  %482 = getelementptr inbounds float, ptr %Sh, i64 %481
  %483 = load <8 x float>, ptr %482, align 4
  %484 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %455, <8 x float> %447, <8 x float> %483)
  %485 = or disjoint i64 %456, %223
  %486 = getelementptr inbounds float, ptr %Sroll, i64 %485
  store <8 x float> %484, ptr %486, align 4
  %487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %465, <8 x float> %484, <8 x float> %acc15.0538)
  %i7.next = or disjoint i64 %i7.addr.0537, 1
  %488 = or disjoint i64 %i7.next, %416
  %489 = getelementptr inbounds float, ptr %kh, i64 %488
  %490 = load float, ptr %489, align 4
  %gep680.1 = getelementptr float, ptr %invariant.gep679, i64 %i7.next
  %491 = load float, ptr %gep680.1, align 4
  %492 = insertelement <8 x float> poison, float %490, i64 0
  %493 = shufflevector <8 x float> %492, <8 x float> poison, <8 x i32> zeroinitializer
  %494 = shl nuw nsw i64 %i7.next, 6
  %495 = add nuw nsw i64 %494, %334
  %496 = or disjoint i64 %495, %c.addr.0551
  %497 = getelementptr inbounds float, ptr %Sh, i64 %496
  %498 = load <8 x float>, ptr %497, align 4
  %499 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %426, <8 x float> %498)
  %500 = or disjoint i64 %494, %c.addr.0551
  %501 = getelementptr inbounds float, ptr %Sroll, i64 %500
  store <8 x float> %499, ptr %501, align 4
  %502 = insertelement <8 x float> poison, float %491, i64 0
  %503 = shufflevector <8 x float> %502, <8 x float> poison, <8 x i32> zeroinitializer
  %504 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %499, <8 x float> %466)
  %505 = or disjoint i64 %495, %209
  %506 = getelementptr inbounds float, ptr %Sh, i64 %505
  %507 = load <8 x float>, ptr %506, align 4
  %508 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %433, <8 x float> %507)
  %509 = or disjoint i64 %494, %209
  %510 = getelementptr inbounds float, ptr %Sroll, i64 %509
  store <8 x float> %508, ptr %510, align 4
  %511 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %508, <8 x float> %473)
  %512 = or disjoint i64 %495, %216
  %513 = getelementptr inbounds float, ptr %Sh, i64 %512
  %514 = load <8 x float>, ptr %513, align 4
  %515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %440, <8 x float> %514)
  %516 = or disjoint i64 %494, %216
  %517 = getelementptr inbounds float, ptr %Sroll, i64 %516
  store <8 x float> %515, ptr %517, align 4
  %518 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %515, <8 x float> %480)
  %519 = or disjoint i64 %495, %223
  %520 = getelementptr inbounds float, ptr %Sh, i64 %519
  %521 = load <8 x float>, ptr %520, align 4
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %493, <8 x float> %447, <8 x float> %521)
  %523 = or disjoint i64 %494, %223
  %524 = getelementptr inbounds float, ptr %Sroll, i64 %523
  store <8 x float> %522, ptr %524, align 4
  %525 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %503, <8 x float> %522, <8 x float> %487)
  %i7.next.1 = add nuw nsw i64 %i7.addr.0537, 2
  %exitcond625.not.1 = icmp eq i64 %i7.next.1, 64
  br i1 %exitcond625.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %526 = mul nsw i64 %448, %H
  %527 = getelementptr inbounds float, ptr %betah, i64 %526
  %528 = load float, ptr %527, align 4
  %529 = or disjoint i64 %449, %c.addr.0551
  %530 = getelementptr inbounds float, ptr %vh, i64 %529
  %531 = load <8 x float>, ptr %530, align 4
  %532 = fsub <8 x float> %531, %504
  %533 = or disjoint i64 %421, 64
  %534 = or disjoint i64 %533, %c.addr.0551
  %535 = getelementptr inbounds float, ptr %R, i64 %534
  store <8 x float> %532, ptr %535, align 4
  %536 = insertelement <8 x float> poison, float %528, i64 0
  %537 = shufflevector <8 x float> %536, <8 x float> poison, <8 x i32> zeroinitializer
  %538 = fmul <8 x float> %537, %532
  %539 = or disjoint i64 %449, %209
  %540 = getelementptr inbounds float, ptr %vh, i64 %539
  %541 = load <8 x float>, ptr %540, align 4
  %542 = fsub <8 x float> %541, %511
  %543 = or disjoint i64 %533, %209
  %544 = getelementptr inbounds float, ptr %R, i64 %543
  store <8 x float> %542, ptr %544, align 4
  %545 = fmul <8 x float> %537, %542
  %546 = or disjoint i64 %449, %216
  %547 = getelementptr inbounds float, ptr %vh, i64 %546
  %548 = load <8 x float>, ptr %547, align 4
  %549 = fsub <8 x float> %548, %518
  %550 = or disjoint i64 %533, %216
  %551 = getelementptr inbounds float, ptr %R, i64 %550
  store <8 x float> %549, ptr %551, align 4
  %552 = fmul <8 x float> %537, %549
  %553 = or disjoint i64 %449, %223
  %554 = getelementptr inbounds float, ptr %vh, i64 %553
  %555 = load <8 x float>, ptr %554, align 4
  %556 = fsub <8 x float> %555, %525
  %557 = or disjoint i64 %533, %223
  %558 = getelementptr inbounds float, ptr %R, i64 %557
  store <8 x float> %556, ptr %558, align 4
  %559 = fmul <8 x float> %537, %556
  %tl1.next = add nuw nsw i64 %tl1.addr.0542, 1
  %exitcond628.not = icmp eq i64 %tl1.next, %smax627
  br i1 %exitcond628.not, label %tl1.exit, label %i6.head.preheader

i8.body:                                          ; preds = %i8.body, %tl1.exit
  %i8.addr.0550 = phi i64 [ 0, %tl1.exit ], [ %i8.next.1, %i8.body ]
  %gep682 = getelementptr float, ptr %invariant.gep681, i64 %i8.addr.0550
  %560 = load float, ptr %gep682, align 4
  %561 = insertelement <8 x float> poison, float %560, i64 0
  %562 = shufflevector <8 x float> %561, <8 x float> poison, <8 x i32> zeroinitializer
  %563 = shl nuw nsw i64 %i8.addr.0550, 6
  %564 = or disjoint i64 %563, %c.addr.0551
  %565 = getelementptr inbounds float, ptr %Sroll, i64 %564
  %566 = load <8 x float>, ptr %565, align 4
  %567 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %delta.0.lcssa, <8 x float> %566)
  %568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %567, <8 x float> %346, <8 x float> zeroinitializer)
  %569 = or disjoint i64 %563, %209
  %570 = getelementptr inbounds float, ptr %Sroll, i64 %569
  %571 = load <8 x float>, ptr %570, align 4
  %572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %delta1.0.lcssa, <8 x float> %571)
  %573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %572, <8 x float> %349, <8 x float> %568)
  %574 = or disjoint i64 %563, %216
  %575 = getelementptr inbounds float, ptr %Sroll, i64 %574
  %576 = load <8 x float>, ptr %575, align 4
  %577 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %delta2.0.lcssa, <8 x float> %576)
  %578 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %577, <8 x float> %352, <8 x float> %573)
  %579 = or disjoint i64 %563, %223
  %580 = getelementptr inbounds float, ptr %Sroll, i64 %579
  %581 = load <8 x float>, ptr %580, align 4
  %582 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %562, <8 x float> %delta3.0.lcssa, <8 x float> %581)
  %583 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %582, <8 x float> %355, <8 x float> %578)
  %584 = or disjoint i64 %i8.addr.0550, %144
  %585 = getelementptr inbounds float, ptr %qh1, i64 %584
  %586 = load float, ptr %585, align 4
  %587 = shufflevector <8 x float> %583, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %588 = shufflevector <8 x float> %583, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %589 = fadd <4 x float> %587, %588
  %590 = shufflevector <4 x float> %589, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %591 = shufflevector <4 x float> %589, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %592 = fadd <2 x float> %590, %591
  %shift722 = shufflevector <2 x float> %592, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %593 = fadd <2 x float> %592, %shift722
  %594 = extractelement <2 x float> %593, i64 0
  %595 = fmul float %594, 1.250000e-01
  %596 = fadd float %586, %595
  store float %596, ptr %585, align 4
  %i8.next = or disjoint i64 %i8.addr.0550, 1
  %gep682.1 = getelementptr float, ptr %invariant.gep681, i64 %i8.next
  %597 = load float, ptr %gep682.1, align 4
  %598 = insertelement <8 x float> poison, float %597, i64 0
  %599 = shufflevector <8 x float> %598, <8 x float> poison, <8 x i32> zeroinitializer
  %600 = shl nuw nsw i64 %i8.next, 6
  %601 = or disjoint i64 %600, %c.addr.0551
  %602 = getelementptr inbounds float, ptr %Sroll, i64 %601
  %603 = load <8 x float>, ptr %602, align 4
  %604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %delta.0.lcssa, <8 x float> %603)
  %605 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %604, <8 x float> %346, <8 x float> zeroinitializer)
  %606 = or disjoint i64 %600, %209
  %607 = getelementptr inbounds float, ptr %Sroll, i64 %606
  %608 = load <8 x float>, ptr %607, align 4
  %609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %delta1.0.lcssa, <8 x float> %608)
  %610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %609, <8 x float> %349, <8 x float> %605)
  %611 = or disjoint i64 %600, %216
  %612 = getelementptr inbounds float, ptr %Sroll, i64 %611
  %613 = load <8 x float>, ptr %612, align 4
  %614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %delta2.0.lcssa, <8 x float> %613)
  %615 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %614, <8 x float> %352, <8 x float> %610)
  %616 = or disjoint i64 %600, %223
  %617 = getelementptr inbounds float, ptr %Sroll, i64 %616
  %618 = load <8 x float>, ptr %617, align 4
  %619 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %599, <8 x float> %delta3.0.lcssa, <8 x float> %618)
  %620 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %619, <8 x float> %355, <8 x float> %615)
  %621 = or disjoint i64 %i8.next, %144
  %622 = getelementptr inbounds float, ptr %qh1, i64 %621
  %623 = load float, ptr %622, align 4
  %624 = shufflevector <8 x float> %620, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %625 = shufflevector <8 x float> %620, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %626 = fadd <4 x float> %624, %625
  %627 = shufflevector <4 x float> %626, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %628 = shufflevector <4 x float> %626, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %629 = fadd <2 x float> %627, %628
  %shift722.1 = shufflevector <2 x float> %629, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %630 = fadd <2 x float> %629, %shift722.1
  %631 = extractelement <2 x float> %630, i64 0
  %632 = fmul float %631, 1.250000e-01
  %633 = fadd float %623, %632
  store float %633, ptr %622, align 4
  %i8.next.1 = add nuw nsw i64 %i8.addr.0550, 2
  %exitcond629.not.1 = icmp eq i64 %i8.next.1, 64
  br i1 %exitcond629.not.1, label %i8.exit, label %i8.body

i8.exit:                                          ; preds = %i8.body
  br i1 %154, label %i4.head.preheader, label %tt.head.preheader

tt.body:                                          ; preds = %tt.body.lr.ph, %i16.exit.1
  %tt.addr.0576 = phi i64 [ 0, %tt.body.lr.ph ], [ %tt.next, %i16.exit.1 ]
  %tl2 = sub nsw i64 %153, %tt.addr.0576
  %634 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %634, i64 %153)
  %635 = add nsw i64 %ptl, %t0
  %636 = shl nsw i64 %635, 1
  %637 = mul nsw i64 %636, %H
  %638 = getelementptr inbounds float, ptr %betah, i64 %637
  %639 = load float, ptr %638, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dkTmp, i8 0, i64 256, i1 false)
  %640 = icmp slt i64 %634, %L
  %.neg = fneg float %639
  %641 = select i1 %640, float %.neg, float -0.000000e+00
  %642 = mul nsw i64 %636, %sq
  %643 = shl nsw i64 %ptl, 12
  %644 = shl nsw i64 %ptl, 7
  %645 = add nsw i64 %tl2, %t0
  %646 = mul nsw i64 %645, %sq
  %647 = shl nsw i64 %645, 1
  %648 = or disjoint i64 %647, 1
  %649 = mul nsw i64 %648, %sq
  %650 = getelementptr inbounds float, ptr %R, i64 %644
  %651 = or disjoint i64 %644, 8
  %652 = getelementptr inbounds float, ptr %R, i64 %651
  %653 = or disjoint i64 %644, 16
  %654 = getelementptr inbounds float, ptr %R, i64 %653
  %655 = or disjoint i64 %644, 24
  %656 = getelementptr inbounds float, ptr %R, i64 %655
  %657 = getelementptr inbounds float, ptr %oh, i64 %646
  %658 = load <8 x float>, ptr %657, align 4
  %659 = or disjoint i64 %646, 8
  %660 = getelementptr inbounds float, ptr %oh, i64 %659
  %661 = load <8 x float>, ptr %660, align 4
  %662 = or disjoint i64 %646, 16
  %663 = getelementptr inbounds float, ptr %oh, i64 %662
  %664 = load <8 x float>, ptr %663, align 4
  %665 = or disjoint i64 %646, 24
  %666 = getelementptr inbounds float, ptr %oh, i64 %665
  %667 = load <8 x float>, ptr %666, align 4
  br label %i10.body

tt.exit.loopexit:                                 ; preds = %i16.exit.1
  %.pre = load float, ptr %127, align 4
  br label %tt.exit

tt.exit:                                          ; preds = %tt.exit.loopexit, %tt.head.preheader
  %668 = phi float [ %.pre, %tt.exit.loopexit ], [ %128, %tt.head.preheader ]
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dkTmp, i8 0, i64 256, i1 false)
  %669 = fneg float %668
  %invariant.gep683 = getelementptr float, ptr %kh, i64 %129
  br label %i22.body

j5.head.preheader:                                ; preds = %i10.exit.1
  %670 = insertelement <8 x float> poison, float %639, i64 0
  %671 = shufflevector <8 x float> %670, <8 x float> poison, <8 x i32> zeroinitializer
  %672 = load <8 x float>, ptr %dkTmp, align 4
  %673 = fmul <8 x float> %671, %672
  %674 = getelementptr float, ptr %kh1, i64 %642
  store <8 x float> %673, ptr %674, align 4
  %675 = load <8 x float>, ptr %33, align 4
  %676 = fmul <8 x float> %671, %675
  %677 = getelementptr float, ptr %87, i64 %642
  store <8 x float> %676, ptr %677, align 4
  %678 = load <8 x float>, ptr %34, align 4
  %679 = fmul <8 x float> %671, %678
  %680 = getelementptr float, ptr %88, i64 %642
  store <8 x float> %679, ptr %680, align 4
  %681 = load <8 x float>, ptr %35, align 4
  %682 = fmul <8 x float> %671, %681
  %683 = getelementptr float, ptr %89, i64 %642
  store <8 x float> %682, ptr %683, align 4
  %684 = load <8 x float>, ptr %36, align 4
  %685 = fmul <8 x float> %671, %684
  %686 = getelementptr float, ptr %90, i64 %642
  store <8 x float> %685, ptr %686, align 4
  %687 = load <8 x float>, ptr %37, align 4
  %688 = fmul <8 x float> %671, %687
  %689 = getelementptr float, ptr %91, i64 %642
  store <8 x float> %688, ptr %689, align 4
  %690 = load <8 x float>, ptr %38, align 4
  %691 = fmul <8 x float> %671, %690
  %692 = getelementptr float, ptr %92, i64 %642
  store <8 x float> %691, ptr %692, align 4
  %693 = load <8 x float>, ptr %39, align 4
  %694 = fmul <8 x float> %671, %693
  %695 = getelementptr float, ptr %93, i64 %642
  store <8 x float> %694, ptr %695, align 4
  br label %endif

i10.body:                                         ; preds = %tt.body, %i10.body
  %dsk.0557 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %775, %i10.body ]
  %dsk1.0556 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %776, %i10.body ]
  %dsk2.0555 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %777, %i10.body ]
  %dsk3.0554 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %778, %i10.body ]
  %i10.addr.0553 = phi i64 [ 0, %tt.body ], [ %i10.next, %i10.body ]
  %696 = shl nuw nsw i64 %i10.addr.0553, 6
  %697 = getelementptr inbounds float, ptr %dS, i64 %696
  %698 = load <8 x float>, ptr %697, align 4
  %699 = or disjoint i64 %696, 8
  %700 = getelementptr inbounds float, ptr %dS, i64 %699
  %701 = load <8 x float>, ptr %700, align 4
  %702 = or disjoint i64 %696, 16
  %703 = getelementptr inbounds float, ptr %dS, i64 %702
  %704 = load <8 x float>, ptr %703, align 4
  %705 = or disjoint i64 %696, 24
  %706 = getelementptr inbounds float, ptr %dS, i64 %705
  %707 = load <8 x float>, ptr %706, align 4
  %708 = getelementptr float, ptr %kh, i64 %i10.addr.0553
  %709 = getelementptr float, ptr %708, i64 %642
  %710 = load float, ptr %709, align 4
  %711 = fmul float %641, %710
  %712 = load <8 x float>, ptr %dSkPrev, align 4
  %713 = add nuw nsw i64 %696, %643
  %714 = getelementptr inbounds float, ptr %Sh, i64 %713
  %715 = load <8 x float>, ptr %714, align 4
  %716 = load <8 x float>, ptr %650, align 4
  %717 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %698, <8 x float> %716, <8 x float> zeroinitializer)
  %718 = fneg <8 x float> %715
  %719 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %718, <8 x float> %712, <8 x float> %717)
  %720 = insertelement <8 x float> poison, float %711, i64 0
  %721 = shufflevector <8 x float> %720, <8 x float> poison, <8 x i32> zeroinitializer
  %722 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %721, <8 x float> %712, <8 x float> %698)
  %723 = load <8 x float>, ptr %19, align 4
  %724 = or disjoint i64 %713, 8
  %725 = getelementptr inbounds float, ptr %Sh, i64 %724
  %726 = load <8 x float>, ptr %725, align 4
  %727 = load <8 x float>, ptr %652, align 4
  %728 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %701, <8 x float> %727, <8 x float> %719)
  %729 = fneg <8 x float> %726
  %730 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %729, <8 x float> %723, <8 x float> %728)
  %731 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %721, <8 x float> %723, <8 x float> %701)
  %732 = load <8 x float>, ptr %20, align 4
  %733 = or disjoint i64 %713, 16
  %734 = getelementptr inbounds float, ptr %Sh, i64 %733
  %735 = load <8 x float>, ptr %734, align 4
  %736 = load <8 x float>, ptr %654, align 4
  %737 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %704, <8 x float> %736, <8 x float> %730)
  %738 = fneg <8 x float> %735
  %739 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %738, <8 x float> %732, <8 x float> %737)
  %740 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %721, <8 x float> %732, <8 x float> %704)
  %741 = load <8 x float>, ptr %21, align 4
  %742 = or disjoint i64 %713, 24
  %743 = getelementptr inbounds float, ptr %Sh, i64 %742
  %744 = load <8 x float>, ptr %743, align 4
  %745 = load <8 x float>, ptr %656, align 4
  %746 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %707, <8 x float> %745, <8 x float> %739)
  %747 = fneg <8 x float> %744
  %748 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %747, <8 x float> %741, <8 x float> %746)
  %749 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %721, <8 x float> %741, <8 x float> %707)
  %750 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0553
  %751 = load float, ptr %750, align 4
  %752 = shufflevector <8 x float> %748, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %753 = shufflevector <8 x float> %748, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %754 = fadd <4 x float> %752, %753
  %755 = shufflevector <4 x float> %754, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %756 = shufflevector <4 x float> %754, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %757 = fadd <2 x float> %755, %756
  %shift723 = shufflevector <2 x float> %757, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %758 = fadd <2 x float> %757, %shift723
  %759 = extractelement <2 x float> %758, i64 0
  %760 = fadd float %751, %759
  store float %760, ptr %750, align 4
  %761 = or disjoint i64 %i10.addr.0553, %646
  %762 = getelementptr inbounds float, ptr %qh, i64 %761
  %763 = load float, ptr %762, align 4
  %764 = fmul float %763, 1.250000e-01
  %765 = insertelement <8 x float> poison, float %764, i64 0
  %766 = shufflevector <8 x float> %765, <8 x float> poison, <8 x i32> zeroinitializer
  %767 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %766, <8 x float> %658, <8 x float> %722)
  %768 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %766, <8 x float> %661, <8 x float> %731)
  %769 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %766, <8 x float> %664, <8 x float> %740)
  %770 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %766, <8 x float> %667, <8 x float> %749)
  %771 = getelementptr float, ptr %708, i64 %649
  %772 = load float, ptr %771, align 4
  %773 = insertelement <8 x float> poison, float %772, i64 0
  %774 = shufflevector <8 x float> %773, <8 x float> poison, <8 x i32> zeroinitializer
  %775 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %767, <8 x float> %dsk.0557)
  %776 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %768, <8 x float> %dsk1.0556)
  %777 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %769, <8 x float> %dsk2.0555)
  %778 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %774, <8 x float> %770, <8 x float> %dsk3.0554)
  store <8 x float> %767, ptr %697, align 4
  store <8 x float> %768, ptr %700, align 4
  store <8 x float> %769, ptr %703, align 4
  store <8 x float> %770, ptr %706, align 4
  %i10.next = add nuw nsw i64 %i10.addr.0553, 1
  %exitcond630.not = icmp eq i64 %i10.next, 64
  br i1 %exitcond630.not, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  store <8 x float> %775, ptr %dSk, align 4
  store <8 x float> %776, ptr %22, align 4
  store <8 x float> %777, ptr %23, align 4
  store <8 x float> %778, ptr %24, align 4
  %779 = or disjoint i64 %644, 32
  %780 = getelementptr inbounds float, ptr %R, i64 %779
  %781 = or disjoint i64 %644, 40
  %782 = getelementptr inbounds float, ptr %R, i64 %781
  %783 = or disjoint i64 %644, 48
  %784 = getelementptr inbounds float, ptr %R, i64 %783
  %785 = or disjoint i64 %644, 56
  %786 = getelementptr inbounds float, ptr %R, i64 %785
  %787 = or disjoint i64 %646, 32
  %788 = getelementptr inbounds float, ptr %oh, i64 %787
  %789 = load <8 x float>, ptr %788, align 4
  %790 = or disjoint i64 %646, 40
  %791 = getelementptr inbounds float, ptr %oh, i64 %790
  %792 = load <8 x float>, ptr %791, align 4
  %793 = or disjoint i64 %646, 48
  %794 = getelementptr inbounds float, ptr %oh, i64 %793
  %795 = load <8 x float>, ptr %794, align 4
  %796 = or disjoint i64 %646, 56
  %797 = getelementptr inbounds float, ptr %oh, i64 %796
  %798 = load <8 x float>, ptr %797, align 4
  br label %i10.body.1

i10.body.1:                                       ; preds = %i10.body.1, %i10.exit
  %dsk.0557.1 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %880, %i10.body.1 ]
  %dsk1.0556.1 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %881, %i10.body.1 ]
  %dsk2.0555.1 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %882, %i10.body.1 ]
  %dsk3.0554.1 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %883, %i10.body.1 ]
  %i10.addr.0553.1 = phi i64 [ 0, %i10.exit ], [ %i10.next.1, %i10.body.1 ]
  %799 = shl nuw nsw i64 %i10.addr.0553.1, 6
  %800 = or disjoint i64 %799, 32
  %801 = getelementptr inbounds float, ptr %dS, i64 %800
  %802 = load <8 x float>, ptr %801, align 4
  %803 = or disjoint i64 %799, 40
  %804 = getelementptr inbounds float, ptr %dS, i64 %803
  %805 = load <8 x float>, ptr %804, align 4
  %806 = or disjoint i64 %799, 48
  %807 = getelementptr inbounds float, ptr %dS, i64 %806
  %808 = load <8 x float>, ptr %807, align 4
  %809 = or disjoint i64 %799, 56
  %810 = getelementptr inbounds float, ptr %dS, i64 %809
  %811 = load <8 x float>, ptr %810, align 4
  %812 = getelementptr float, ptr %kh, i64 %i10.addr.0553.1
  %813 = getelementptr float, ptr %812, i64 %642
  %814 = load float, ptr %813, align 4
  %815 = fmul float %641, %814
  %816 = load <8 x float>, ptr %25, align 4
  %817 = add nuw nsw i64 %799, %643
  %818 = or disjoint i64 %817, 32
  %819 = getelementptr inbounds float, ptr %Sh, i64 %818
  %820 = load <8 x float>, ptr %819, align 4
  %821 = load <8 x float>, ptr %780, align 4
  %822 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %802, <8 x float> %821, <8 x float> zeroinitializer)
  %823 = fneg <8 x float> %820
  %824 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %823, <8 x float> %816, <8 x float> %822)
  %825 = insertelement <8 x float> poison, float %815, i64 0
  %826 = shufflevector <8 x float> %825, <8 x float> poison, <8 x i32> zeroinitializer
  %827 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %816, <8 x float> %802)
  %828 = load <8 x float>, ptr %26, align 4
  %829 = or disjoint i64 %817, 40
  %830 = getelementptr inbounds float, ptr %Sh, i64 %829
  %831 = load <8 x float>, ptr %830, align 4
  %832 = load <8 x float>, ptr %782, align 4
  %833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %805, <8 x float> %832, <8 x float> %824)
  %834 = fneg <8 x float> %831
  %835 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %834, <8 x float> %828, <8 x float> %833)
  %836 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %828, <8 x float> %805)
  %837 = load <8 x float>, ptr %27, align 4
  %838 = or disjoint i64 %817, 48
  %839 = getelementptr inbounds float, ptr %Sh, i64 %838
  %840 = load <8 x float>, ptr %839, align 4
  %841 = load <8 x float>, ptr %784, align 4
  %842 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %808, <8 x float> %841, <8 x float> %835)
  %843 = fneg <8 x float> %840
  %844 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %843, <8 x float> %837, <8 x float> %842)
  %845 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %837, <8 x float> %808)
  %846 = load <8 x float>, ptr %28, align 4
  %847 = or disjoint i64 %817, 56
  %848 = getelementptr inbounds float, ptr %Sh, i64 %847
  %849 = load <8 x float>, ptr %848, align 4
  %850 = load <8 x float>, ptr %786, align 4
  %851 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %811, <8 x float> %850, <8 x float> %844)
  %852 = fneg <8 x float> %849
  %853 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %852, <8 x float> %846, <8 x float> %851)
  %854 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %826, <8 x float> %846, <8 x float> %811)
  %855 = getelementptr inbounds float, ptr %dkTmp, i64 %i10.addr.0553.1
  %856 = load float, ptr %855, align 4
  %857 = shufflevector <8 x float> %853, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %858 = shufflevector <8 x float> %853, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %859 = fadd <4 x float> %857, %858
  %860 = shufflevector <4 x float> %859, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %861 = shufflevector <4 x float> %859, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %862 = fadd <2 x float> %860, %861
  %shift724 = shufflevector <2 x float> %862, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %863 = fadd <2 x float> %862, %shift724
  %864 = extractelement <2 x float> %863, i64 0
  %865 = fadd float %856, %864
  store float %865, ptr %855, align 4
  %866 = or disjoint i64 %i10.addr.0553.1, %646
  %867 = getelementptr inbounds float, ptr %qh, i64 %866
  %868 = load float, ptr %867, align 4
  %869 = fmul float %868, 1.250000e-01
  %870 = insertelement <8 x float> poison, float %869, i64 0
  %871 = shufflevector <8 x float> %870, <8 x float> poison, <8 x i32> zeroinitializer
  %872 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %789, <8 x float> %827)
  %873 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %792, <8 x float> %836)
  %874 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %795, <8 x float> %845)
  %875 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %871, <8 x float> %798, <8 x float> %854)
  %876 = getelementptr float, ptr %812, i64 %649
  %877 = load float, ptr %876, align 4
  %878 = insertelement <8 x float> poison, float %877, i64 0
  %879 = shufflevector <8 x float> %878, <8 x float> poison, <8 x i32> zeroinitializer
  %880 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %872, <8 x float> %dsk.0557.1)
  %881 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %873, <8 x float> %dsk1.0556.1)
  %882 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %874, <8 x float> %dsk2.0555.1)
  %883 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %879, <8 x float> %875, <8 x float> %dsk3.0554.1)
  store <8 x float> %872, ptr %801, align 4
  store <8 x float> %873, ptr %804, align 4
  store <8 x float> %874, ptr %807, align 4
  store <8 x float> %875, ptr %810, align 4
  %i10.next.1 = add nuw nsw i64 %i10.addr.0553.1, 1
  %exitcond630.1.not = icmp eq i64 %i10.next.1, 64
  br i1 %exitcond630.1.not, label %i10.exit.1, label %i10.body.1

i10.exit.1:                                       ; preds = %i10.body.1
  store <8 x float> %880, ptr %29, align 4
  store <8 x float> %881, ptr %30, align 4
  store <8 x float> %882, ptr %31, align 4
  store <8 x float> %883, ptr %32, align 4
  br i1 %640, label %j5.head.preheader, label %endif

endif:                                            ; preds = %j5.head.preheader, %i10.exit.1
  %884 = mul nsw i64 %648, %H
  %885 = getelementptr inbounds float, ptr %betah, i64 %884
  %886 = load float, ptr %885, align 4
  %887 = insertelement <8 x float> poison, float %886, i64 0
  %888 = shufflevector <8 x float> %887, <8 x float> poison, <8 x i32> zeroinitializer
  %889 = fmul <8 x float> %888, %775
  %890 = getelementptr float, ptr %vh1, i64 %649
  store <8 x float> %889, ptr %890, align 4
  %891 = fmul <8 x float> %888, %776
  %892 = getelementptr float, ptr %94, i64 %649
  store <8 x float> %891, ptr %892, align 4
  %893 = fmul <8 x float> %888, %777
  %894 = getelementptr float, ptr %95, i64 %649
  store <8 x float> %893, ptr %894, align 4
  %895 = fmul <8 x float> %888, %778
  %896 = getelementptr float, ptr %96, i64 %649
  store <8 x float> %895, ptr %896, align 4
  %897 = fmul <8 x float> %888, %880
  %898 = getelementptr float, ptr %97, i64 %649
  store <8 x float> %897, ptr %898, align 4
  %899 = fmul <8 x float> %888, %881
  %900 = getelementptr float, ptr %98, i64 %649
  store <8 x float> %899, ptr %900, align 4
  %901 = fmul <8 x float> %888, %882
  %902 = getelementptr float, ptr %99, i64 %649
  store <8 x float> %901, ptr %902, align 4
  %903 = fmul <8 x float> %888, %883
  %904 = getelementptr float, ptr %100, i64 %649
  store <8 x float> %903, ptr %904, align 4
  %.idx586 = shl i64 %tl2, 9
  %905 = getelementptr i8, ptr %R, i64 %.idx586
  %906 = getelementptr i8, ptr %905, i64 256
  %907 = load <8 x float>, ptr %906, align 4
  %908 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %775, <8 x float> %907, <8 x float> zeroinitializer)
  %909 = getelementptr i8, ptr %40, i64 %.idx586
  %910 = getelementptr i8, ptr %909, i64 256
  %911 = load <8 x float>, ptr %910, align 4
  %912 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %776, <8 x float> %911, <8 x float> %908)
  %913 = getelementptr i8, ptr %41, i64 %.idx586
  %914 = getelementptr i8, ptr %913, i64 256
  %915 = load <8 x float>, ptr %914, align 4
  %916 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %777, <8 x float> %915, <8 x float> %912)
  %917 = getelementptr i8, ptr %42, i64 %.idx586
  %918 = getelementptr i8, ptr %917, i64 256
  %919 = load <8 x float>, ptr %918, align 4
  %920 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %778, <8 x float> %919, <8 x float> %916)
  %921 = getelementptr i8, ptr %43, i64 %.idx586
  %922 = getelementptr i8, ptr %921, i64 256
  %923 = load <8 x float>, ptr %922, align 4
  %924 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %880, <8 x float> %923, <8 x float> %920)
  %925 = getelementptr i8, ptr %44, i64 %.idx586
  %926 = getelementptr i8, ptr %925, i64 256
  %927 = load <8 x float>, ptr %926, align 4
  %928 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %881, <8 x float> %927, <8 x float> %924)
  %929 = getelementptr i8, ptr %45, i64 %.idx586
  %930 = getelementptr i8, ptr %929, i64 256
  %931 = load <8 x float>, ptr %930, align 4
  %932 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %882, <8 x float> %931, <8 x float> %928)
  %933 = getelementptr i8, ptr %46, i64 %.idx586
  %934 = getelementptr i8, ptr %933, i64 256
  %935 = load <8 x float>, ptr %934, align 4
  %936 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %883, <8 x float> %935, <8 x float> %932)
  %937 = shufflevector <8 x float> %936, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %938 = shufflevector <8 x float> %936, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %939 = fadd <4 x float> %937, %938
  %940 = shufflevector <4 x float> %939, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %941 = shufflevector <4 x float> %939, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %942 = fadd <2 x float> %940, %941
  %shift725 = shufflevector <2 x float> %942, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %943 = fadd <2 x float> %942, %shift725
  %944 = extractelement <2 x float> %943, i64 0
  %945 = getelementptr inbounds float, ptr %betah1, i64 %884
  store float %944, ptr %945, align 4
  store <8 x float> %775, ptr %dSkPrev, align 4
  store <8 x float> %776, ptr %19, align 4
  store <8 x float> %777, ptr %20, align 4
  store <8 x float> %778, ptr %21, align 4
  store <8 x float> %880, ptr %25, align 4
  store <8 x float> %881, ptr %26, align 4
  store <8 x float> %882, ptr %27, align 4
  store <8 x float> %883, ptr %28, align 4
  %946 = mul nsw i64 %647, %H
  %947 = getelementptr inbounds float, ptr %betah, i64 %946
  %948 = load float, ptr %947, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %dkTmp, i8 0, i64 256, i1 false)
  %949 = fneg float %886
  %950 = mul nsw i64 %647, %sq
  %951 = shl nsw i64 %tl2, 12
  %952 = shl i64 %tl2, 7
  %953 = or disjoint i64 %952, 64
  %954 = getelementptr inbounds float, ptr %R, i64 %952
  %955 = getelementptr inbounds float, ptr %R, i64 %953
  %956 = or disjoint i64 %952, 8
  %957 = getelementptr inbounds float, ptr %R, i64 %956
  %958 = or disjoint i64 %952, 72
  %959 = getelementptr inbounds float, ptr %R, i64 %958
  %960 = or disjoint i64 %952, 16
  %961 = getelementptr inbounds float, ptr %R, i64 %960
  %962 = or disjoint i64 %952, 80
  %963 = getelementptr inbounds float, ptr %R, i64 %962
  %964 = or disjoint i64 %952, 24
  %965 = getelementptr inbounds float, ptr %R, i64 %964
  %966 = or disjoint i64 %952, 88
  %967 = getelementptr inbounds float, ptr %R, i64 %966
  br label %i16.body

i16.body:                                         ; preds = %endif, %i16.body
  %i16.addr.0569 = phi i64 [ 0, %endif ], [ %i16.next, %i16.body ]
  %dsk7.0568 = phi <8 x float> [ zeroinitializer, %endif ], [ %1051, %i16.body ]
  %dsk6.0567 = phi <8 x float> [ zeroinitializer, %endif ], [ %1050, %i16.body ]
  %dsk5.0566 = phi <8 x float> [ zeroinitializer, %endif ], [ %1049, %i16.body ]
  %dsk4.0565 = phi <8 x float> [ zeroinitializer, %endif ], [ %1048, %i16.body ]
  %968 = shl nuw nsw i64 %i16.addr.0569, 6
  %969 = getelementptr inbounds float, ptr %dS, i64 %968
  %970 = load <8 x float>, ptr %969, align 4
  %971 = or disjoint i64 %968, 8
  %972 = getelementptr inbounds float, ptr %dS, i64 %971
  %973 = load <8 x float>, ptr %972, align 4
  %974 = or disjoint i64 %968, 16
  %975 = getelementptr inbounds float, ptr %dS, i64 %974
  %976 = load <8 x float>, ptr %975, align 4
  %977 = or disjoint i64 %968, 24
  %978 = getelementptr inbounds float, ptr %dS, i64 %977
  %979 = load <8 x float>, ptr %978, align 4
  %980 = getelementptr float, ptr %kh, i64 %i16.addr.0569
  %981 = getelementptr float, ptr %980, i64 %649
  %982 = load float, ptr %981, align 4
  %983 = fmul float %982, %949
  %984 = getelementptr float, ptr %980, i64 %950
  %985 = load float, ptr %984, align 4
  %986 = fmul float %948, %985
  %987 = load <8 x float>, ptr %dSkPrev, align 4
  %988 = add nuw nsw i64 %968, %951
  %989 = getelementptr inbounds float, ptr %Sh, i64 %988
  %990 = load <8 x float>, ptr %989, align 4
  %991 = load <8 x float>, ptr %954, align 4
  %992 = insertelement <8 x float> poison, float %986, i64 0
  %993 = shufflevector <8 x float> %992, <8 x float> poison, <8 x i32> zeroinitializer
  %994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %991, <8 x float> %990)
  %995 = load <8 x float>, ptr %955, align 4
  %996 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %970, <8 x float> %995, <8 x float> zeroinitializer)
  %997 = fneg <8 x float> %994
  %998 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %997, <8 x float> %987, <8 x float> %996)
  %999 = insertelement <8 x float> poison, float %983, i64 0
  %1000 = shufflevector <8 x float> %999, <8 x float> poison, <8 x i32> zeroinitializer
  %1001 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %987, <8 x float> %970)
  %1002 = load <8 x float>, ptr %19, align 4
  %1003 = or disjoint i64 %988, 8
  %1004 = getelementptr inbounds float, ptr %Sh, i64 %1003
  %1005 = load <8 x float>, ptr %1004, align 4
  %1006 = load <8 x float>, ptr %957, align 4
  %1007 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %1006, <8 x float> %1005)
  %1008 = load <8 x float>, ptr %959, align 4
  %1009 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %973, <8 x float> %1008, <8 x float> %998)
  %1010 = fneg <8 x float> %1007
  %1011 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1010, <8 x float> %1002, <8 x float> %1009)
  %1012 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %1002, <8 x float> %973)
  %1013 = load <8 x float>, ptr %20, align 4
  %1014 = or disjoint i64 %988, 16
  %1015 = getelementptr inbounds float, ptr %Sh, i64 %1014
  %1016 = load <8 x float>, ptr %1015, align 4
  %1017 = load <8 x float>, ptr %961, align 4
  %1018 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %1017, <8 x float> %1016)
  %1019 = load <8 x float>, ptr %963, align 4
  %1020 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %976, <8 x float> %1019, <8 x float> %1011)
  %1021 = fneg <8 x float> %1018
  %1022 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1021, <8 x float> %1013, <8 x float> %1020)
  %1023 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %1013, <8 x float> %976)
  %1024 = load <8 x float>, ptr %21, align 4
  %1025 = or disjoint i64 %988, 24
  %1026 = getelementptr inbounds float, ptr %Sh, i64 %1025
  %1027 = load <8 x float>, ptr %1026, align 4
  %1028 = load <8 x float>, ptr %965, align 4
  %1029 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %993, <8 x float> %1028, <8 x float> %1027)
  %1030 = load <8 x float>, ptr %967, align 4
  %1031 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %979, <8 x float> %1030, <8 x float> %1022)
  %1032 = fneg <8 x float> %1029
  %1033 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1032, <8 x float> %1024, <8 x float> %1031)
  %1034 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1000, <8 x float> %1024, <8 x float> %979)
  %1035 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0569
  %1036 = load float, ptr %1035, align 4
  %1037 = shufflevector <8 x float> %1033, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1038 = shufflevector <8 x float> %1033, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1039 = fadd <4 x float> %1037, %1038
  %1040 = shufflevector <4 x float> %1039, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1041 = shufflevector <4 x float> %1039, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1042 = fadd <2 x float> %1040, %1041
  %shift726 = shufflevector <2 x float> %1042, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1043 = fadd <2 x float> %1042, %shift726
  %1044 = extractelement <2 x float> %1043, i64 0
  %1045 = fadd float %1036, %1044
  store float %1045, ptr %1035, align 4
  %1046 = insertelement <8 x float> poison, float %985, i64 0
  %1047 = shufflevector <8 x float> %1046, <8 x float> poison, <8 x i32> zeroinitializer
  %1048 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1047, <8 x float> %1001, <8 x float> %dsk4.0565)
  %1049 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1047, <8 x float> %1012, <8 x float> %dsk5.0566)
  %1050 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1047, <8 x float> %1023, <8 x float> %dsk6.0567)
  %1051 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1047, <8 x float> %1034, <8 x float> %dsk7.0568)
  store <8 x float> %1001, ptr %969, align 4
  store <8 x float> %1012, ptr %972, align 4
  store <8 x float> %1023, ptr %975, align 4
  store <8 x float> %1034, ptr %978, align 4
  %i16.next = add nuw nsw i64 %i16.addr.0569, 1
  %exitcond631.not = icmp eq i64 %i16.next, 64
  br i1 %exitcond631.not, label %i16.exit, label %i16.body

i16.exit:                                         ; preds = %i16.body
  store <8 x float> %1048, ptr %dSk, align 4
  store <8 x float> %1049, ptr %22, align 4
  store <8 x float> %1050, ptr %23, align 4
  store <8 x float> %1051, ptr %24, align 4
  %1052 = or disjoint i64 %952, 32
  %1053 = getelementptr inbounds float, ptr %R, i64 %1052
  %1054 = or disjoint i64 %952, 96
  %1055 = getelementptr inbounds float, ptr %R, i64 %1054
  %1056 = or disjoint i64 %952, 40
  %1057 = getelementptr inbounds float, ptr %R, i64 %1056
  %1058 = or disjoint i64 %952, 104
  %1059 = getelementptr inbounds float, ptr %R, i64 %1058
  %1060 = or disjoint i64 %952, 48
  %1061 = getelementptr inbounds float, ptr %R, i64 %1060
  %1062 = or disjoint i64 %952, 112
  %1063 = getelementptr inbounds float, ptr %R, i64 %1062
  %1064 = or disjoint i64 %952, 56
  %1065 = getelementptr inbounds float, ptr %R, i64 %1064
  %1066 = or disjoint i64 %952, 120
  %1067 = getelementptr inbounds float, ptr %R, i64 %1066
  br label %i16.body.1

i16.body.1:                                       ; preds = %i16.body.1, %i16.exit
  %i16.addr.0569.1 = phi i64 [ 0, %i16.exit ], [ %i16.next.1, %i16.body.1 ]
  %dsk7.0568.1 = phi <8 x float> [ zeroinitializer, %i16.exit ], [ %1153, %i16.body.1 ]
  %dsk6.0567.1 = phi <8 x float> [ zeroinitializer, %i16.exit ], [ %1152, %i16.body.1 ]
  %dsk5.0566.1 = phi <8 x float> [ zeroinitializer, %i16.exit ], [ %1151, %i16.body.1 ]
  %dsk4.0565.1 = phi <8 x float> [ zeroinitializer, %i16.exit ], [ %1150, %i16.body.1 ]
  %1068 = shl nuw nsw i64 %i16.addr.0569.1, 6
  %1069 = or disjoint i64 %1068, 32
  %1070 = getelementptr inbounds float, ptr %dS, i64 %1069
  %1071 = load <8 x float>, ptr %1070, align 4
  %1072 = or disjoint i64 %1068, 40
  %1073 = getelementptr inbounds float, ptr %dS, i64 %1072
  %1074 = load <8 x float>, ptr %1073, align 4
  %1075 = or disjoint i64 %1068, 48
  %1076 = getelementptr inbounds float, ptr %dS, i64 %1075
  %1077 = load <8 x float>, ptr %1076, align 4
  %1078 = or disjoint i64 %1068, 56
  %1079 = getelementptr inbounds float, ptr %dS, i64 %1078
  %1080 = load <8 x float>, ptr %1079, align 4
  %1081 = getelementptr float, ptr %kh, i64 %i16.addr.0569.1
  %1082 = getelementptr float, ptr %1081, i64 %649
  %1083 = load float, ptr %1082, align 4
  %1084 = fmul float %1083, %949
  %1085 = getelementptr float, ptr %1081, i64 %950
  %1086 = load float, ptr %1085, align 4
  %1087 = fmul float %948, %1086
  %1088 = load <8 x float>, ptr %25, align 4
  %1089 = add nuw nsw i64 %1068, %951
  %1090 = or disjoint i64 %1089, 32
  %1091 = getelementptr inbounds float, ptr %Sh, i64 %1090
  %1092 = load <8 x float>, ptr %1091, align 4
  %1093 = load <8 x float>, ptr %1053, align 4
  %1094 = insertelement <8 x float> poison, float %1087, i64 0
  %1095 = shufflevector <8 x float> %1094, <8 x float> poison, <8 x i32> zeroinitializer
  %1096 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1095, <8 x float> %1093, <8 x float> %1092)
  %1097 = load <8 x float>, ptr %1055, align 4
  %1098 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1071, <8 x float> %1097, <8 x float> zeroinitializer)
  %1099 = fneg <8 x float> %1096
  %1100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1099, <8 x float> %1088, <8 x float> %1098)
  %1101 = insertelement <8 x float> poison, float %1084, i64 0
  %1102 = shufflevector <8 x float> %1101, <8 x float> poison, <8 x i32> zeroinitializer
  %1103 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1102, <8 x float> %1088, <8 x float> %1071)
  %1104 = load <8 x float>, ptr %26, align 4
  %1105 = or disjoint i64 %1089, 40
  %1106 = getelementptr inbounds float, ptr %Sh, i64 %1105
  %1107 = load <8 x float>, ptr %1106, align 4
  %1108 = load <8 x float>, ptr %1057, align 4
  %1109 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1095, <8 x float> %1108, <8 x float> %1107)
  %1110 = load <8 x float>, ptr %1059, align 4
  %1111 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1074, <8 x float> %1110, <8 x float> %1100)
  %1112 = fneg <8 x float> %1109
  %1113 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1112, <8 x float> %1104, <8 x float> %1111)
  %1114 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1102, <8 x float> %1104, <8 x float> %1074)
  %1115 = load <8 x float>, ptr %27, align 4
  %1116 = or disjoint i64 %1089, 48
  %1117 = getelementptr inbounds float, ptr %Sh, i64 %1116
  %1118 = load <8 x float>, ptr %1117, align 4
  %1119 = load <8 x float>, ptr %1061, align 4
  %1120 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1095, <8 x float> %1119, <8 x float> %1118)
  %1121 = load <8 x float>, ptr %1063, align 4
  %1122 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1077, <8 x float> %1121, <8 x float> %1113)
  %1123 = fneg <8 x float> %1120
  %1124 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1123, <8 x float> %1115, <8 x float> %1122)
  %1125 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1102, <8 x float> %1115, <8 x float> %1077)
  %1126 = load <8 x float>, ptr %28, align 4
  %1127 = or disjoint i64 %1089, 56
  %1128 = getelementptr inbounds float, ptr %Sh, i64 %1127
  %1129 = load <8 x float>, ptr %1128, align 4
  %1130 = load <8 x float>, ptr %1065, align 4
  %1131 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1095, <8 x float> %1130, <8 x float> %1129)
  %1132 = load <8 x float>, ptr %1067, align 4
  %1133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1080, <8 x float> %1132, <8 x float> %1124)
  %1134 = fneg <8 x float> %1131
  %1135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1134, <8 x float> %1126, <8 x float> %1133)
  %1136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1102, <8 x float> %1126, <8 x float> %1080)
  %1137 = getelementptr inbounds float, ptr %dkTmp, i64 %i16.addr.0569.1
  %1138 = load float, ptr %1137, align 4
  %1139 = shufflevector <8 x float> %1135, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1140 = shufflevector <8 x float> %1135, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1141 = fadd <4 x float> %1139, %1140
  %1142 = shufflevector <4 x float> %1141, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1143 = shufflevector <4 x float> %1141, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1144 = fadd <2 x float> %1142, %1143
  %shift727 = shufflevector <2 x float> %1144, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1145 = fadd <2 x float> %1144, %shift727
  %1146 = extractelement <2 x float> %1145, i64 0
  %1147 = fadd float %1138, %1146
  store float %1147, ptr %1137, align 4
  %1148 = insertelement <8 x float> poison, float %1086, i64 0
  %1149 = shufflevector <8 x float> %1148, <8 x float> poison, <8 x i32> zeroinitializer
  %1150 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> %1103, <8 x float> %dsk4.0565.1)
  %1151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> %1114, <8 x float> %dsk5.0566.1)
  %1152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> %1125, <8 x float> %dsk6.0567.1)
  %1153 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1149, <8 x float> %1136, <8 x float> %dsk7.0568.1)
  store <8 x float> %1103, ptr %1070, align 4
  store <8 x float> %1114, ptr %1073, align 4
  store <8 x float> %1125, ptr %1076, align 4
  store <8 x float> %1136, ptr %1079, align 4
  %i16.next.1 = add nuw nsw i64 %i16.addr.0569.1, 1
  %exitcond631.1.not = icmp eq i64 %i16.next.1, 64
  br i1 %exitcond631.1.not, label %i16.exit.1, label %i16.body.1

i16.exit.1:                                       ; preds = %i16.body.1
  store <8 x float> %1150, ptr %29, align 4
  store <8 x float> %1151, ptr %30, align 4
  store <8 x float> %1152, ptr %31, align 4
  store <8 x float> %1153, ptr %32, align 4
  %1154 = load <8 x float>, ptr %dkTmp, align 4
  %1155 = fmul <8 x float> %888, %1154
  %1156 = getelementptr float, ptr %kh1, i64 %649
  store <8 x float> %1155, ptr %1156, align 4
  %1157 = load <8 x float>, ptr %47, align 4
  %1158 = fmul <8 x float> %888, %1157
  %1159 = getelementptr float, ptr %101, i64 %649
  store <8 x float> %1158, ptr %1159, align 4
  %1160 = load <8 x float>, ptr %48, align 4
  %1161 = fmul <8 x float> %888, %1160
  %1162 = getelementptr float, ptr %102, i64 %649
  store <8 x float> %1161, ptr %1162, align 4
  %1163 = load <8 x float>, ptr %49, align 4
  %1164 = fmul <8 x float> %888, %1163
  %1165 = getelementptr float, ptr %103, i64 %649
  store <8 x float> %1164, ptr %1165, align 4
  %1166 = load <8 x float>, ptr %50, align 4
  %1167 = fmul <8 x float> %888, %1166
  %1168 = getelementptr float, ptr %104, i64 %649
  store <8 x float> %1167, ptr %1168, align 4
  %1169 = load <8 x float>, ptr %51, align 4
  %1170 = fmul <8 x float> %888, %1169
  %1171 = getelementptr float, ptr %105, i64 %649
  store <8 x float> %1170, ptr %1171, align 4
  %1172 = load <8 x float>, ptr %52, align 4
  %1173 = fmul <8 x float> %888, %1172
  %1174 = getelementptr float, ptr %106, i64 %649
  store <8 x float> %1173, ptr %1174, align 4
  %1175 = load <8 x float>, ptr %53, align 4
  %1176 = fmul <8 x float> %888, %1175
  %1177 = getelementptr float, ptr %107, i64 %649
  store <8 x float> %1176, ptr %1177, align 4
  %1178 = insertelement <8 x float> poison, float %948, i64 0
  %1179 = shufflevector <8 x float> %1178, <8 x float> poison, <8 x i32> zeroinitializer
  %1180 = load <8 x float>, ptr %dSk, align 4
  %1181 = fmul <8 x float> %1179, %1180
  %1182 = getelementptr float, ptr %vh1, i64 %950
  store <8 x float> %1181, ptr %1182, align 4
  %1183 = load <8 x float>, ptr %22, align 4
  %1184 = fmul <8 x float> %1179, %1183
  %1185 = getelementptr float, ptr %94, i64 %950
  store <8 x float> %1184, ptr %1185, align 4
  %1186 = load <8 x float>, ptr %23, align 4
  %1187 = fmul <8 x float> %1179, %1186
  %1188 = getelementptr float, ptr %95, i64 %950
  store <8 x float> %1187, ptr %1188, align 4
  %1189 = load <8 x float>, ptr %24, align 4
  %1190 = fmul <8 x float> %1179, %1189
  %1191 = getelementptr float, ptr %96, i64 %950
  store <8 x float> %1190, ptr %1191, align 4
  %1192 = fmul <8 x float> %1179, %1150
  %1193 = getelementptr float, ptr %97, i64 %950
  store <8 x float> %1192, ptr %1193, align 4
  %1194 = fmul <8 x float> %1179, %1151
  %1195 = getelementptr float, ptr %98, i64 %950
  store <8 x float> %1194, ptr %1195, align 4
  %1196 = fmul <8 x float> %1179, %1152
  %1197 = getelementptr float, ptr %99, i64 %950
  store <8 x float> %1196, ptr %1197, align 4
  %1198 = fmul <8 x float> %1179, %1153
  %1199 = getelementptr float, ptr %100, i64 %950
  store <8 x float> %1198, ptr %1199, align 4
  %1200 = load <8 x float>, ptr %905, align 4
  %1201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1180, <8 x float> %1200, <8 x float> zeroinitializer)
  %1202 = load <8 x float>, ptr %909, align 4
  %1203 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1183, <8 x float> %1202, <8 x float> %1201)
  %1204 = load <8 x float>, ptr %913, align 4
  %1205 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1186, <8 x float> %1204, <8 x float> %1203)
  %1206 = load <8 x float>, ptr %917, align 4
  %1207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1189, <8 x float> %1206, <8 x float> %1205)
  %1208 = load <8 x float>, ptr %921, align 4
  %1209 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1150, <8 x float> %1208, <8 x float> %1207)
  %1210 = load <8 x float>, ptr %925, align 4
  %1211 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1151, <8 x float> %1210, <8 x float> %1209)
  %1212 = load <8 x float>, ptr %929, align 4
  %1213 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1152, <8 x float> %1212, <8 x float> %1211)
  %1214 = load <8 x float>, ptr %933, align 4
  %1215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1153, <8 x float> %1214, <8 x float> %1213)
  %1216 = shufflevector <8 x float> %1215, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1217 = shufflevector <8 x float> %1215, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1218 = fadd <4 x float> %1216, %1217
  %1219 = shufflevector <4 x float> %1218, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1220 = shufflevector <4 x float> %1218, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1221 = fadd <2 x float> %1219, %1220
  %shift728 = shufflevector <2 x float> %1221, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1222 = fadd <2 x float> %1221, %shift728
  %1223 = extractelement <2 x float> %1222, i64 0
  %1224 = getelementptr inbounds float, ptr %betah1, i64 %946
  store float %1223, ptr %1224, align 4
  store <8 x float> %1180, ptr %dSkPrev, align 4
  store <8 x float> %1183, ptr %19, align 4
  store <8 x float> %1186, ptr %20, align 4
  store <8 x float> %1189, ptr %21, align 4
  %1225 = load <8 x float>, ptr %29, align 4
  store <8 x float> %1225, ptr %25, align 4
  %1226 = load <8 x float>, ptr %30, align 4
  store <8 x float> %1226, ptr %26, align 4
  %1227 = load <8 x float>, ptr %31, align 4
  store <8 x float> %1227, ptr %27, align 4
  %1228 = load <8 x float>, ptr %32, align 4
  store <8 x float> %1228, ptr %28, align 4
  %tt.next = add nuw nsw i64 %tt.addr.0576, 1
  %exitcond634.not = icmp eq i64 %tt.next, %smax633
  br i1 %exitcond634.not, label %tt.exit.loopexit, label %tt.body

i22.body:                                         ; preds = %tt.exit, %i22.body
  %i22.addr.0578 = phi i64 [ 0, %tt.exit ], [ %i22.next, %i22.body ]
  %1229 = shl nuw nsw i64 %i22.addr.0578, 6
  %1230 = getelementptr inbounds float, ptr %dS, i64 %1229
  %1231 = load <8 x float>, ptr %1230, align 4
  %1232 = or disjoint i64 %1229, 8
  %1233 = getelementptr inbounds float, ptr %dS, i64 %1232
  %1234 = load <8 x float>, ptr %1233, align 4
  %1235 = or disjoint i64 %1229, 16
  %1236 = getelementptr inbounds float, ptr %dS, i64 %1235
  %1237 = load <8 x float>, ptr %1236, align 4
  %1238 = or disjoint i64 %1229, 24
  %1239 = getelementptr inbounds float, ptr %dS, i64 %1238
  %1240 = load <8 x float>, ptr %1239, align 4
  %gep684 = getelementptr float, ptr %invariant.gep683, i64 %i22.addr.0578
  %1241 = load float, ptr %gep684, align 4
  %1242 = fmul float %1241, %669
  %1243 = load <8 x float>, ptr %dSkPrev, align 4
  %1244 = getelementptr inbounds float, ptr %Sh, i64 %1229
  %1245 = load <8 x float>, ptr %1244, align 4
  %1246 = load <8 x float>, ptr %R, align 4
  %1247 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1231, <8 x float> %1246, <8 x float> zeroinitializer)
  %1248 = fneg <8 x float> %1245
  %1249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1248, <8 x float> %1243, <8 x float> %1247)
  %1250 = insertelement <8 x float> poison, float %1242, i64 0
  %1251 = shufflevector <8 x float> %1250, <8 x float> poison, <8 x i32> zeroinitializer
  %1252 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1251, <8 x float> %1243, <8 x float> %1231)
  %1253 = load <8 x float>, ptr %54, align 4
  %1254 = getelementptr inbounds float, ptr %Sh, i64 %1232
  %1255 = load <8 x float>, ptr %1254, align 4
  %1256 = load <8 x float>, ptr %55, align 4
  %1257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1234, <8 x float> %1256, <8 x float> %1249)
  %1258 = fneg <8 x float> %1255
  %1259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1258, <8 x float> %1253, <8 x float> %1257)
  %1260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1251, <8 x float> %1253, <8 x float> %1234)
  %1261 = load <8 x float>, ptr %56, align 4
  %1262 = getelementptr inbounds float, ptr %Sh, i64 %1235
  %1263 = load <8 x float>, ptr %1262, align 4
  %1264 = load <8 x float>, ptr %57, align 4
  %1265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1237, <8 x float> %1264, <8 x float> %1259)
  %1266 = fneg <8 x float> %1263
  %1267 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1266, <8 x float> %1261, <8 x float> %1265)
  %1268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1251, <8 x float> %1261, <8 x float> %1237)
  %1269 = load <8 x float>, ptr %58, align 4
  %1270 = getelementptr inbounds float, ptr %Sh, i64 %1238
  %1271 = load <8 x float>, ptr %1270, align 4
  %1272 = load <8 x float>, ptr %59, align 4
  %1273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1240, <8 x float> %1272, <8 x float> %1267)
  %1274 = fneg <8 x float> %1271
  %1275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1274, <8 x float> %1269, <8 x float> %1273)
  %1276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1251, <8 x float> %1269, <8 x float> %1240)
  %1277 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0578
  %1278 = load float, ptr %1277, align 4
  %1279 = shufflevector <8 x float> %1275, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1280 = shufflevector <8 x float> %1275, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1281 = fadd <4 x float> %1279, %1280
  %1282 = shufflevector <4 x float> %1281, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1283 = shufflevector <4 x float> %1281, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1284 = fadd <2 x float> %1282, %1283
  %shift729 = shufflevector <2 x float> %1284, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1285 = fadd <2 x float> %1284, %shift729
  %1286 = extractelement <2 x float> %1285, i64 0
  %1287 = fadd float %1278, %1286
  store float %1287, ptr %1277, align 4
  store <8 x float> %1252, ptr %1230, align 4
  store <8 x float> %1260, ptr %1233, align 4
  store <8 x float> %1268, ptr %1236, align 4
  store <8 x float> %1276, ptr %1239, align 4
  %i22.next = add nuw nsw i64 %i22.addr.0578, 1
  %exitcond635.not = icmp eq i64 %i22.next, 64
  br i1 %exitcond635.not, label %i22.exit, label %i22.body

i22.exit:                                         ; preds = %i22.body
  %invariant.gep685 = getelementptr float, ptr %kh, i64 %129
  br label %i22.body.1

i22.body.1:                                       ; preds = %i22.body.1, %i22.exit
  %i22.addr.0578.1 = phi i64 [ 0, %i22.exit ], [ %i22.next.1, %i22.body.1 ]
  %1288 = shl nuw nsw i64 %i22.addr.0578.1, 6
  %1289 = or disjoint i64 %1288, 32
  %1290 = getelementptr inbounds float, ptr %dS, i64 %1289
  %1291 = load <8 x float>, ptr %1290, align 4
  %1292 = or disjoint i64 %1288, 40
  %1293 = getelementptr inbounds float, ptr %dS, i64 %1292
  %1294 = load <8 x float>, ptr %1293, align 4
  %1295 = or disjoint i64 %1288, 48
  %1296 = getelementptr inbounds float, ptr %dS, i64 %1295
  %1297 = load <8 x float>, ptr %1296, align 4
  %1298 = or disjoint i64 %1288, 56
  %1299 = getelementptr inbounds float, ptr %dS, i64 %1298
  %1300 = load <8 x float>, ptr %1299, align 4
  %gep686 = getelementptr float, ptr %invariant.gep685, i64 %i22.addr.0578.1
  %1301 = load float, ptr %gep686, align 4
  %1302 = fmul float %1301, %669
  %1303 = load <8 x float>, ptr %60, align 4
  %1304 = getelementptr inbounds float, ptr %Sh, i64 %1289
  %1305 = load <8 x float>, ptr %1304, align 4
  %1306 = load <8 x float>, ptr %61, align 4
  %1307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1291, <8 x float> %1306, <8 x float> zeroinitializer)
  %1308 = fneg <8 x float> %1305
  %1309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1308, <8 x float> %1303, <8 x float> %1307)
  %1310 = insertelement <8 x float> poison, float %1302, i64 0
  %1311 = shufflevector <8 x float> %1310, <8 x float> poison, <8 x i32> zeroinitializer
  %1312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1311, <8 x float> %1303, <8 x float> %1291)
  %1313 = load <8 x float>, ptr %62, align 4
  %1314 = getelementptr inbounds float, ptr %Sh, i64 %1292
  %1315 = load <8 x float>, ptr %1314, align 4
  %1316 = load <8 x float>, ptr %63, align 4
  %1317 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1294, <8 x float> %1316, <8 x float> %1309)
  %1318 = fneg <8 x float> %1315
  %1319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1318, <8 x float> %1313, <8 x float> %1317)
  %1320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1311, <8 x float> %1313, <8 x float> %1294)
  %1321 = load <8 x float>, ptr %64, align 4
  %1322 = getelementptr inbounds float, ptr %Sh, i64 %1295
  %1323 = load <8 x float>, ptr %1322, align 4
  %1324 = load <8 x float>, ptr %65, align 4
  %1325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1297, <8 x float> %1324, <8 x float> %1319)
  %1326 = fneg <8 x float> %1323
  %1327 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1326, <8 x float> %1321, <8 x float> %1325)
  %1328 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1311, <8 x float> %1321, <8 x float> %1297)
  %1329 = load <8 x float>, ptr %66, align 4
  %1330 = getelementptr inbounds float, ptr %Sh, i64 %1298
  %1331 = load <8 x float>, ptr %1330, align 4
  %1332 = load <8 x float>, ptr %67, align 4
  %1333 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1300, <8 x float> %1332, <8 x float> %1327)
  %1334 = fneg <8 x float> %1331
  %1335 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1334, <8 x float> %1329, <8 x float> %1333)
  %1336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1311, <8 x float> %1329, <8 x float> %1300)
  %1337 = getelementptr inbounds float, ptr %dkTmp, i64 %i22.addr.0578.1
  %1338 = load float, ptr %1337, align 4
  %1339 = shufflevector <8 x float> %1335, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1340 = shufflevector <8 x float> %1335, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1341 = fadd <4 x float> %1339, %1340
  %1342 = shufflevector <4 x float> %1341, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1343 = shufflevector <4 x float> %1341, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1344 = fadd <2 x float> %1342, %1343
  %shift730 = shufflevector <2 x float> %1344, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1345 = fadd <2 x float> %1344, %shift730
  %1346 = extractelement <2 x float> %1345, i64 0
  %1347 = fadd float %1338, %1346
  store float %1347, ptr %1337, align 4
  store <8 x float> %1312, ptr %1290, align 4
  store <8 x float> %1320, ptr %1293, align 4
  store <8 x float> %1328, ptr %1296, align 4
  store <8 x float> %1336, ptr %1299, align 4
  %i22.next.1 = add nuw nsw i64 %i22.addr.0578.1, 1
  %exitcond635.1.not = icmp eq i64 %i22.next.1, 64
  br i1 %exitcond635.1.not, label %i22.exit.1, label %i22.body.1

i22.exit.1:                                       ; preds = %i22.body.1
  %1348 = insertelement <8 x float> poison, float %668, i64 0
  %1349 = shufflevector <8 x float> %1348, <8 x float> poison, <8 x i32> zeroinitializer
  %1350 = load <8 x float>, ptr %dkTmp, align 4
  %1351 = fmul <8 x float> %1349, %1350
  %1352 = getelementptr float, ptr %kh1, i64 %129
  store <8 x float> %1351, ptr %1352, align 4
  %1353 = load <8 x float>, ptr %68, align 4
  %1354 = fmul <8 x float> %1349, %1353
  %1355 = getelementptr float, ptr %108, i64 %129
  store <8 x float> %1354, ptr %1355, align 4
  %1356 = load <8 x float>, ptr %69, align 4
  %1357 = fmul <8 x float> %1349, %1356
  %1358 = getelementptr float, ptr %109, i64 %129
  store <8 x float> %1357, ptr %1358, align 4
  %1359 = load <8 x float>, ptr %70, align 4
  %1360 = fmul <8 x float> %1349, %1359
  %1361 = getelementptr float, ptr %110, i64 %129
  store <8 x float> %1360, ptr %1361, align 4
  %1362 = load <8 x float>, ptr %71, align 4
  %1363 = fmul <8 x float> %1349, %1362
  %1364 = getelementptr float, ptr %111, i64 %129
  store <8 x float> %1363, ptr %1364, align 4
  %1365 = load <8 x float>, ptr %72, align 4
  %1366 = fmul <8 x float> %1349, %1365
  %1367 = getelementptr float, ptr %112, i64 %129
  store <8 x float> %1366, ptr %1367, align 4
  %1368 = load <8 x float>, ptr %73, align 4
  %1369 = fmul <8 x float> %1349, %1368
  %1370 = getelementptr float, ptr %113, i64 %129
  store <8 x float> %1369, ptr %1370, align 4
  %1371 = load <8 x float>, ptr %74, align 4
  %1372 = fmul <8 x float> %1349, %1371
  %1373 = getelementptr float, ptr %114, i64 %129
  store <8 x float> %1372, ptr %1373, align 4
  %cc.next = add nuw nsw i64 %cc.addr.0581, 1
  %indvars.iv.next = add i64 %indvars.iv, 32
  %exitcond637.not = icmp eq i64 %cc.next, %smax636
  br i1 %exitcond637.not, label %i24.head.preheader, label %cc.body
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
; ---- dp_step_h2_k64_v64_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h2_k64_v64_c1_nogate'
source_filename = "dp_step_h2_k64_v64_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h2_k64_v64_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 6
  %1 = shl i64 %H, 1
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %c.exit
  %bh.addr.0209 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %c.exit ]
  %b = sdiv i64 %bh.addr.0209, %H
  %h = srem i64 %bh.addr.0209, %H
  %2 = mul nsw i64 %b, %H
  %bT = add nsw i64 %2, %h
  %3 = mul i64 %1, %b
  %bTn = add nsw i64 %3, %h
  %4 = shl nsw i64 %bT, 6
  %qh = getelementptr inbounds float, ptr %q, i64 %4
  %5 = shl nsw i64 %bTn, 6
  %kh = getelementptr inbounds float, ptr %k, i64 %5
  %vh = getelementptr inbounds float, ptr %v, i64 %5
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %oh = getelementptr inbounds float, ptr %o, i64 %4
  %S.idx = shl nsw i64 %bh.addr.0209, 14
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  %6 = load float, ptr %betah, align 4
  %7 = insertelement <8 x float> poison, float %6, i64 0
  %8 = shufflevector <8 x float> %7, <8 x float> poison, <8 x i32> zeroinitializer
  %9 = getelementptr inbounds float, ptr %betah, i64 %H
  %10 = load float, ptr %9, align 4
  %11 = insertelement <8 x float> poison, float %10, i64 0
  %12 = shufflevector <8 x float> %11, <8 x float> poison, <8 x i32> zeroinitializer
  br label %i.head.preheader

bh.exit:                                          ; preds = %c.exit, %entry
  ret void

i.head.preheader:                                 ; preds = %bh.body, %i2.exit
  %13 = phi i1 [ true, %bh.body ], [ false, %i2.exit ]
  %c.addr.0208 = phi i64 [ 0, %bh.body ], [ 32, %i2.exit ]
  %14 = or disjoint i64 %c.addr.0208, 8
  %15 = or disjoint i64 %c.addr.0208, 16
  %16 = or disjoint i64 %c.addr.0208, 24
  br label %i.body

c.exit:                                           ; preds = %i2.exit
  %bh.next = add nsw i64 %bh.addr.0209, 1
  %exitcond229.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond229.not, label %bh.exit, label %bh.body

i.body:                                           ; preds = %i.body, %i.head.preheader
  %acc.0189 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %68, %i.body ]
  %acc1.0188 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %72, %i.body ]
  %acc2.0187 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %76, %i.body ]
  %acc3.0186 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %80, %i.body ]
  %acc4.0185 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %90, %i.body ]
  %acc5.0184 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %94, %i.body ]
  %acc6.0183 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %98, %i.body ]
  %acc7.0182 = phi <8 x float> [ zeroinitializer, %i.head.preheader ], [ %102, %i.body ]
  %i.addr.0181 = phi i64 [ 0, %i.head.preheader ], [ %i.next.1, %i.body ]
  %17 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0181
  %18 = load float, ptr %17, align 4
  %19 = shl nuw nsw i64 %i.addr.0181, 6
  %20 = or disjoint i64 %19, %c.addr.0208
  %21 = getelementptr inbounds float, ptr %S, i64 %20
  %22 = load <8 x float>, ptr %21, align 4
  %23 = insertelement <8 x float> poison, float %18, i64 0
  %24 = shufflevector <8 x float> %23, <8 x float> poison, <8 x i32> zeroinitializer
  %25 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %22, <8 x float> %acc.0189)
  %26 = or disjoint i64 %19, %14
  %27 = getelementptr inbounds float, ptr %S, i64 %26
  %28 = load <8 x float>, ptr %27, align 4
  %29 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %28, <8 x float> %acc1.0188)
  %30 = or disjoint i64 %19, %15
  %31 = getelementptr inbounds float, ptr %S, i64 %30
  %32 = load <8 x float>, ptr %31, align 4
  %33 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %32, <8 x float> %acc2.0187)
  %34 = or disjoint i64 %19, %16
  %35 = getelementptr inbounds float, ptr %S, i64 %34
  %36 = load <8 x float>, ptr %35, align 4
  %37 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %24, <8 x float> %36, <8 x float> %acc3.0186)
  %38 = or disjoint i64 %i.addr.0181, 1
  %39 = getelementptr inbounds float, ptr %kh, i64 %38
  %40 = load float, ptr %39, align 4
  %41 = shl nuw nsw i64 %38, 6
  %42 = or disjoint i64 %41, %c.addr.0208
  %43 = getelementptr inbounds float, ptr %S, i64 %42
  %44 = load <8 x float>, ptr %43, align 4
  %45 = insertelement <8 x float> poison, float %40, i64 0
  %46 = shufflevector <8 x float> %45, <8 x float> poison, <8 x i32> zeroinitializer
  %47 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %46, <8 x float> %44, <8 x float> %acc4.0185)
  %48 = or disjoint i64 %41, %14
  %49 = getelementptr inbounds float, ptr %S, i64 %48
  %50 = load <8 x float>, ptr %49, align 4
  %51 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %46, <8 x float> %50, <8 x float> %acc5.0184)
  %52 = or disjoint i64 %41, %15
  %53 = getelementptr inbounds float, ptr %S, i64 %52
  %54 = load <8 x float>, ptr %53, align 4
  %55 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %46, <8 x float> %54, <8 x float> %acc6.0183)
  %56 = or disjoint i64 %41, %16
  %57 = getelementptr inbounds float, ptr %S, i64 %56
  %58 = load <8 x float>, ptr %57, align 4
  %59 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %46, <8 x float> %58, <8 x float> %acc7.0182)
  %i.next = or disjoint i64 %i.addr.0181, 2
  %60 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %61 = load float, ptr %60, align 4
  %62 = shl nuw nsw i64 %i.next, 6
  %63 = or disjoint i64 %62, %c.addr.0208
  %64 = getelementptr inbounds float, ptr %S, i64 %63
  %65 = load <8 x float>, ptr %64, align 4
  %66 = insertelement <8 x float> poison, float %61, i64 0
  %67 = shufflevector <8 x float> %66, <8 x float> poison, <8 x i32> zeroinitializer
  %68 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> %65, <8 x float> %25)
  %69 = or disjoint i64 %62, %14
  %70 = getelementptr inbounds float, ptr %S, i64 %69
  %71 = load <8 x float>, ptr %70, align 4
  %72 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> %71, <8 x float> %29)
  %73 = or disjoint i64 %62, %15
  %74 = getelementptr inbounds float, ptr %S, i64 %73
  %75 = load <8 x float>, ptr %74, align 4
  %76 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> %75, <8 x float> %33)
  %77 = or disjoint i64 %62, %16
  %78 = getelementptr inbounds float, ptr %S, i64 %77
  %79 = load <8 x float>, ptr %78, align 4
  %80 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %67, <8 x float> %79, <8 x float> %37)
  %81 = or disjoint i64 %i.addr.0181, 3
  %82 = getelementptr inbounds float, ptr %kh, i64 %81
  %83 = load float, ptr %82, align 4
  %84 = shl nuw nsw i64 %81, 6
  %85 = or disjoint i64 %84, %c.addr.0208
  %86 = getelementptr inbounds float, ptr %S, i64 %85
  %87 = load <8 x float>, ptr %86, align 4
  %88 = insertelement <8 x float> poison, float %83, i64 0
  %89 = shufflevector <8 x float> %88, <8 x float> poison, <8 x i32> zeroinitializer
  %90 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %89, <8 x float> %87, <8 x float> %47)
  %91 = or disjoint i64 %84, %14
  %92 = getelementptr inbounds float, ptr %S, i64 %91
  %93 = load <8 x float>, ptr %92, align 4
  %94 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %89, <8 x float> %93, <8 x float> %51)
  %95 = or disjoint i64 %84, %15
  %96 = getelementptr inbounds float, ptr %S, i64 %95
  %97 = load <8 x float>, ptr %96, align 4
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %89, <8 x float> %97, <8 x float> %55)
  %99 = or disjoint i64 %84, %16
  %100 = getelementptr inbounds float, ptr %S, i64 %99
  %101 = load <8 x float>, ptr %100, align 4
  %102 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %89, <8 x float> %101, <8 x float> %59)
  %i.next.1 = add nuw nsw i64 %i.addr.0181, 4
  %103 = icmp ult i64 %i.next, 62
  br i1 %103, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %104 = getelementptr inbounds float, ptr %vh, i64 %c.addr.0208
  %105 = load <8 x float>, ptr %104, align 4
  %106 = fadd <8 x float> %90, %68
  %107 = fsub <8 x float> %105, %106
  %108 = fmul <8 x float> %8, %107
  %109 = getelementptr inbounds float, ptr %vh, i64 %14
  %110 = load <8 x float>, ptr %109, align 4
  %111 = fadd <8 x float> %94, %72
  %112 = fsub <8 x float> %110, %111
  %113 = fmul <8 x float> %8, %112
  %114 = getelementptr inbounds float, ptr %vh, i64 %15
  %115 = load <8 x float>, ptr %114, align 4
  %116 = fadd <8 x float> %98, %76
  %117 = fsub <8 x float> %115, %116
  %118 = fmul <8 x float> %8, %117
  %119 = getelementptr inbounds float, ptr %vh, i64 %16
  %120 = load <8 x float>, ptr %119, align 4
  %121 = fadd <8 x float> %102, %80
  %122 = fsub <8 x float> %120, %121
  %123 = fmul <8 x float> %8, %122
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc832.0198 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %138, %i1.body ]
  %acc9.0197 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %143, %i1.body ]
  %acc10.0196 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %148, %i1.body ]
  %acc11.0195 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %153, %i1.body ]
  %i1.addr.0194 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %acc15.0193 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %184, %i1.body ]
  %acc14.0192 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %179, %i1.body ]
  %acc13.0191 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %174, %i1.body ]
  %acc12.0190 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %169, %i1.body ]
  %124 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0194
  %125 = load float, ptr %124, align 4
  %126 = or disjoint i64 %i1.addr.0194, %sq
  %127 = getelementptr inbounds float, ptr %kh, i64 %126
  %128 = load float, ptr %127, align 4
  %129 = insertelement <8 x float> poison, float %125, i64 0
  %130 = shufflevector <8 x float> %129, <8 x float> poison, <8 x i32> zeroinitializer
  %131 = shl nuw nsw i64 %i1.addr.0194, 6
  %132 = or disjoint i64 %131, %c.addr.0208
  %133 = getelementptr inbounds float, ptr %S, i64 %132
  %134 = load <8 x float>, ptr %133, align 4
  %135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %108, <8 x float> %134)
  store <8 x float> %135, ptr %133, align 4
  %136 = insertelement <8 x float> poison, float %128, i64 0
  %137 = shufflevector <8 x float> %136, <8 x float> poison, <8 x i32> zeroinitializer
  %138 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %137, <8 x float> %135, <8 x float> %acc832.0198)
  %139 = or disjoint i64 %131, %14
  %140 = getelementptr inbounds float, ptr %S, i64 %139
  %141 = load <8 x float>, ptr %140, align 4
  %142 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %113, <8 x float> %141)
  store <8 x float> %142, ptr %140, align 4
  %143 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %137, <8 x float> %142, <8 x float> %acc9.0197)
  %144 = or disjoint i64 %131, %15
  %145 = getelementptr inbounds float, ptr %S, i64 %144
  %146 = load <8 x float>, ptr %145, align 4
  %147 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %118, <8 x float> %146)
  store <8 x float> %147, ptr %145, align 4
  %148 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %137, <8 x float> %147, <8 x float> %acc10.0196)
  %149 = or disjoint i64 %131, %16
  %150 = getelementptr inbounds float, ptr %S, i64 %149
  %151 = load <8 x float>, ptr %150, align 4
  %152 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %130, <8 x float> %123, <8 x float> %151)
  store <8 x float> %152, ptr %150, align 4
  %153 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %137, <8 x float> %152, <8 x float> %acc11.0195)
  %154 = or disjoint i64 %i1.addr.0194, 1
  %155 = getelementptr inbounds float, ptr %kh, i64 %154
  %156 = load float, ptr %155, align 4
  %157 = or disjoint i64 %154, %sq
  %158 = getelementptr inbounds float, ptr %kh, i64 %157
  %159 = load float, ptr %158, align 4
  %160 = insertelement <8 x float> poison, float %156, i64 0
  %161 = shufflevector <8 x float> %160, <8 x float> poison, <8 x i32> zeroinitializer
  %162 = shl nuw nsw i64 %154, 6
  %163 = or disjoint i64 %162, %c.addr.0208
  %164 = getelementptr inbounds float, ptr %S, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %108, <8 x float> %165)
  store <8 x float> %166, ptr %164, align 4
  %167 = insertelement <8 x float> poison, float %159, i64 0
  %168 = shufflevector <8 x float> %167, <8 x float> poison, <8 x i32> zeroinitializer
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %166, <8 x float> %acc12.0190)
  %170 = or disjoint i64 %162, %14
  %171 = getelementptr inbounds float, ptr %S, i64 %170
  %172 = load <8 x float>, ptr %171, align 4
  %173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %113, <8 x float> %172)
  store <8 x float> %173, ptr %171, align 4
  %174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %173, <8 x float> %acc13.0191)
  %175 = or disjoint i64 %162, %15
  %176 = getelementptr inbounds float, ptr %S, i64 %175
  %177 = load <8 x float>, ptr %176, align 4
  %178 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %118, <8 x float> %177)
  store <8 x float> %178, ptr %176, align 4
  %179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %178, <8 x float> %acc14.0192)
  %180 = or disjoint i64 %162, %16
  %181 = getelementptr inbounds float, ptr %S, i64 %180
  %182 = load <8 x float>, ptr %181, align 4
  %183 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %161, <8 x float> %123, <8 x float> %182)
  store <8 x float> %183, ptr %181, align 4
  %184 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %183, <8 x float> %acc15.0193)
  %i1.next = add nuw nsw i64 %i1.addr.0194, 2
  %185 = icmp ult i64 %i1.addr.0194, 62
  br i1 %185, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %186 = or disjoint i64 %c.addr.0208, %sq
  %187 = getelementptr inbounds float, ptr %vh, i64 %186
  %188 = load <8 x float>, ptr %187, align 4
  %189 = fadd <8 x float> %169, %138
  %190 = fsub <8 x float> %188, %189
  %191 = fmul <8 x float> %12, %190
  %192 = or disjoint i64 %14, %sq
  %193 = getelementptr inbounds float, ptr %vh, i64 %192
  %194 = load <8 x float>, ptr %193, align 4
  %195 = fadd <8 x float> %174, %143
  %196 = fsub <8 x float> %194, %195
  %197 = fmul <8 x float> %12, %196
  %198 = or disjoint i64 %15, %sq
  %199 = getelementptr inbounds float, ptr %vh, i64 %198
  %200 = load <8 x float>, ptr %199, align 4
  %201 = fadd <8 x float> %179, %148
  %202 = fsub <8 x float> %200, %201
  %203 = fmul <8 x float> %12, %202
  %204 = or disjoint i64 %16, %sq
  %205 = getelementptr inbounds float, ptr %vh, i64 %204
  %206 = load <8 x float>, ptr %205, align 4
  %207 = fadd <8 x float> %184, %153
  %208 = fsub <8 x float> %206, %207
  %209 = fmul <8 x float> %12, %208
  br label %i2.body

i2.body:                                          ; preds = %i2.body, %i1.exit
  %i2.addr.0207 = phi i64 [ 0, %i1.exit ], [ %i2.next.1, %i2.body ]
  %acc19.0202 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %269, %i2.body ]
  %acc18.0201 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %264, %i2.body ]
  %acc17.0200 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %259, %i2.body ]
  %acc16.0199 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %254, %i2.body ]
  %210 = or disjoint i64 %i2.addr.0207, %sq
  %211 = getelementptr inbounds float, ptr %kh, i64 %210
  %212 = load float, ptr %211, align 4
  %213 = getelementptr inbounds float, ptr %qh, i64 %i2.addr.0207
  %214 = load float, ptr %213, align 4
  %215 = insertelement <8 x float> poison, float %212, i64 0
  %216 = shufflevector <8 x float> %215, <8 x float> poison, <8 x i32> zeroinitializer
  %217 = shl nuw nsw i64 %i2.addr.0207, 6
  %218 = or disjoint i64 %217, %c.addr.0208
  %219 = getelementptr inbounds float, ptr %S, i64 %218
  %220 = load <8 x float>, ptr %219, align 4
  %221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %191, <8 x float> %220)
  store <8 x float> %221, ptr %219, align 4
  %222 = insertelement <8 x float> poison, float %214, i64 0
  %223 = shufflevector <8 x float> %222, <8 x float> poison, <8 x i32> zeroinitializer
  %224 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %221, <8 x float> %acc16.0199)
  %225 = or disjoint i64 %217, %14
  %226 = getelementptr inbounds float, ptr %S, i64 %225
  %227 = load <8 x float>, ptr %226, align 4
  %228 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %197, <8 x float> %227)
  store <8 x float> %228, ptr %226, align 4
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %228, <8 x float> %acc17.0200)
  %230 = or disjoint i64 %217, %15
  %231 = getelementptr inbounds float, ptr %S, i64 %230
  %232 = load <8 x float>, ptr %231, align 4
  %233 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %203, <8 x float> %232)
  store <8 x float> %233, ptr %231, align 4
  %234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %233, <8 x float> %acc18.0201)
  %235 = or disjoint i64 %217, %16
  %236 = getelementptr inbounds float, ptr %S, i64 %235
  %237 = load <8 x float>, ptr %236, align 4
  %238 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %216, <8 x float> %209, <8 x float> %237)
  store <8 x float> %238, ptr %236, align 4
  %239 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %223, <8 x float> %238, <8 x float> %acc19.0202)
  %i2.next = or disjoint i64 %i2.addr.0207, 1
  %240 = or disjoint i64 %i2.next, %sq
  %241 = getelementptr inbounds float, ptr %kh, i64 %240
  %242 = load float, ptr %241, align 4
  %243 = getelementptr inbounds float, ptr %qh, i64 %i2.next
  %244 = load float, ptr %243, align 4
  %245 = insertelement <8 x float> poison, float %242, i64 0
  %246 = shufflevector <8 x float> %245, <8 x float> poison, <8 x i32> zeroinitializer
  %247 = shl nuw nsw i64 %i2.next, 6
  %248 = or disjoint i64 %247, %c.addr.0208
  %249 = getelementptr inbounds float, ptr %S, i64 %248
  %250 = load <8 x float>, ptr %249, align 4
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %191, <8 x float> %250)
  store <8 x float> %251, ptr %249, align 4
  %252 = insertelement <8 x float> poison, float %244, i64 0
  %253 = shufflevector <8 x float> %252, <8 x float> poison, <8 x i32> zeroinitializer
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %251, <8 x float> %224)
  %255 = or disjoint i64 %247, %14
  %256 = getelementptr inbounds float, ptr %S, i64 %255
  %257 = load <8 x float>, ptr %256, align 4
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %197, <8 x float> %257)
  store <8 x float> %258, ptr %256, align 4
  %259 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %258, <8 x float> %229)
  %260 = or disjoint i64 %247, %15
  %261 = getelementptr inbounds float, ptr %S, i64 %260
  %262 = load <8 x float>, ptr %261, align 4
  %263 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %203, <8 x float> %262)
  store <8 x float> %263, ptr %261, align 4
  %264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %263, <8 x float> %234)
  %265 = or disjoint i64 %247, %16
  %266 = getelementptr inbounds float, ptr %S, i64 %265
  %267 = load <8 x float>, ptr %266, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %246, <8 x float> %209, <8 x float> %267)
  store <8 x float> %268, ptr %266, align 4
  %269 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %253, <8 x float> %268, <8 x float> %239)
  %i2.next.1 = add nuw nsw i64 %i2.addr.0207, 2
  %exitcond.not.1 = icmp eq i64 %i2.next.1, 64
  br i1 %exitcond.not.1, label %i2.exit, label %i2.body

i2.exit:                                          ; preds = %i2.body
  %270 = fmul <8 x float> %254, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %271 = getelementptr inbounds float, ptr %oh, i64 %c.addr.0208
  store <8 x float> %270, ptr %271, align 4
  %272 = fmul <8 x float> %259, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %273 = getelementptr inbounds float, ptr %oh, i64 %14
  store <8 x float> %272, ptr %273, align 4
  %274 = fmul <8 x float> %264, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %275 = getelementptr inbounds float, ptr %oh, i64 %15
  store <8 x float> %274, ptr %275, align 4
  %276 = fmul <8 x float> %269, <float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01, float 1.250000e-01>
  %277 = getelementptr inbounds float, ptr %oh, i64 %16
  store <8 x float> %276, ptr %277, align 4
  br i1 %13, label %i.head.preheader, label %c.exit
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
