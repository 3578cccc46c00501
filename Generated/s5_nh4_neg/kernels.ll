; ---- dp_fwd_h4_k32_v32_c16_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_fwd_h4_k32_v32_c16_nogate'
source_filename = "dp_fwd_h4_k32_v32_c16_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_fwd_h4_k32_v32_c16_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %h0, ptr noalias nocapture writeonly %o, ptr noalias nocapture writeonly %hT, ptr noalias nocapture writeonly %hs, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %A = getelementptr inbounds i8, ptr %work, i64 36864
  %KT = getelementptr inbounds i8, ptr %work, i64 12288
  %Kc = getelementptr inbounds i8, ptr %work, i64 4096
  %Oc = getelementptr inbounds i8, ptr %work, i64 59392
  %P = getelementptr inbounds i8, ptr %work, i64 55296
  %Qc = getelementptr inbounds i8, ptr %work, i64 53248
  %X = getelementptr inbounds i8, ptr %work, i64 20480
  %bet = getelementptr inbounds i8, ptr %work, i64 62592
  %2 = add nsw i64 %T, 15
  %nc = sdiv i64 %2, 16
  %3 = icmp sgt i64 %T, 0
  %4 = mul i64 %nc, %bh0
  %5 = shl i64 %nc, 12
  %6 = shl i64 %H, 11
  %7 = shl i64 %H, 7
  %smax601 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %8 = sub i64 %bh1, %bh0
  %invariant.gep = getelementptr i8, ptr %work, i64 53248
  %invariant.gep787 = getelementptr i8, ptr %work, i64 4096
  %invariant.gep789 = getelementptr i8, ptr %work, i64 20480
  %invariant.gep791 = getelementptr i8, ptr %work, i64 4224
  %invariant.gep793 = getelementptr i8, ptr %work, i64 20736
  %invariant.gep795 = getelementptr i8, ptr %work, i64 4352
  %invariant.gep797 = getelementptr i8, ptr %work, i64 20992
  %invariant.gep799 = getelementptr i8, ptr %work, i64 4480
  %invariant.gep801 = getelementptr i8, ptr %work, i64 21248
  %9 = getelementptr inbounds i8, ptr %work, i64 12544
  %10 = getelementptr inbounds i8, ptr %work, i64 12800
  %11 = getelementptr inbounds i8, ptr %work, i64 13056
  %12 = getelementptr inbounds i8, ptr %work, i64 13312
  %13 = getelementptr inbounds i8, ptr %work, i64 13568
  %14 = getelementptr inbounds i8, ptr %work, i64 13824
  %15 = getelementptr inbounds i8, ptr %work, i64 14080
  %16 = getelementptr inbounds i8, ptr %work, i64 14336
  %17 = getelementptr inbounds i8, ptr %work, i64 14592
  %18 = getelementptr inbounds i8, ptr %work, i64 14848
  %19 = getelementptr inbounds i8, ptr %work, i64 15104
  %20 = getelementptr inbounds i8, ptr %work, i64 15360
  %21 = getelementptr inbounds i8, ptr %work, i64 15616
  %22 = getelementptr inbounds i8, ptr %work, i64 15872
  %23 = getelementptr inbounds i8, ptr %work, i64 16128
  %24 = getelementptr inbounds i8, ptr %work, i64 16384
  %25 = getelementptr inbounds i8, ptr %work, i64 16640
  %26 = getelementptr inbounds i8, ptr %work, i64 16896
  %27 = getelementptr inbounds i8, ptr %work, i64 17152
  %28 = getelementptr inbounds i8, ptr %work, i64 17408
  %29 = getelementptr inbounds i8, ptr %work, i64 17664
  %30 = getelementptr inbounds i8, ptr %work, i64 17920
  %31 = getelementptr inbounds i8, ptr %work, i64 18176
  %32 = getelementptr inbounds i8, ptr %work, i64 18432
  %33 = getelementptr inbounds i8, ptr %work, i64 18688
  %34 = getelementptr inbounds i8, ptr %work, i64 18944
  %35 = getelementptr inbounds i8, ptr %work, i64 19200
  %36 = getelementptr inbounds i8, ptr %work, i64 19456
  %37 = getelementptr inbounds i8, ptr %work, i64 19712
  %38 = getelementptr inbounds i8, ptr %work, i64 19968
  %39 = getelementptr inbounds i8, ptr %work, i64 20224
  %40 = getelementptr inbounds i8, ptr %work, i64 53280
  %41 = getelementptr inbounds i8, ptr %work, i64 53312
  %42 = getelementptr inbounds i8, ptr %work, i64 53344
  %43 = getelementptr inbounds i8, ptr %work, i64 4128
  %44 = getelementptr inbounds i8, ptr %work, i64 20512
  %45 = getelementptr inbounds i8, ptr %work, i64 4160
  %46 = getelementptr inbounds i8, ptr %work, i64 20544
  %47 = getelementptr inbounds i8, ptr %work, i64 4192
  %48 = getelementptr inbounds i8, ptr %work, i64 20576
  %49 = getelementptr inbounds i8, ptr %work, i64 12544
  %50 = getelementptr inbounds i8, ptr %work, i64 12800
  %51 = getelementptr inbounds i8, ptr %work, i64 13056
  %52 = getelementptr inbounds i8, ptr %work, i64 13312
  %53 = getelementptr inbounds i8, ptr %work, i64 13568
  %54 = getelementptr inbounds i8, ptr %work, i64 13824
  %55 = getelementptr inbounds i8, ptr %work, i64 14080
  %56 = getelementptr inbounds i8, ptr %work, i64 14336
  %57 = getelementptr inbounds i8, ptr %work, i64 14592
  %58 = getelementptr inbounds i8, ptr %work, i64 14848
  %59 = getelementptr inbounds i8, ptr %work, i64 15104
  %60 = getelementptr inbounds i8, ptr %work, i64 15360
  %61 = getelementptr inbounds i8, ptr %work, i64 15616
  %62 = getelementptr inbounds i8, ptr %work, i64 15872
  %63 = getelementptr inbounds i8, ptr %work, i64 16128
  %64 = getelementptr inbounds i8, ptr %work, i64 16384
  %65 = getelementptr inbounds i8, ptr %work, i64 16640
  %66 = getelementptr inbounds i8, ptr %work, i64 16896
  %67 = getelementptr inbounds i8, ptr %work, i64 17152
  %68 = getelementptr inbounds i8, ptr %work, i64 17408
  %69 = getelementptr inbounds i8, ptr %work, i64 17664
  %70 = getelementptr inbounds i8, ptr %work, i64 17920
  %71 = getelementptr inbounds i8, ptr %work, i64 18176
  %72 = getelementptr inbounds i8, ptr %work, i64 18432
  %73 = getelementptr inbounds i8, ptr %work, i64 18688
  %74 = getelementptr inbounds i8, ptr %work, i64 18944
  %75 = getelementptr inbounds i8, ptr %work, i64 19200
  %76 = getelementptr inbounds i8, ptr %work, i64 19456
  %77 = getelementptr inbounds i8, ptr %work, i64 19712
  %78 = getelementptr inbounds i8, ptr %work, i64 19968
  %79 = getelementptr inbounds i8, ptr %work, i64 20224
  %invariant.gep807 = getelementptr inbounds i8, ptr %work, i64 55808
  %invariant.gep809 = getelementptr inbounds i8, ptr %work, i64 56064
  %invariant.gep811 = getelementptr inbounds i8, ptr %work, i64 56320
  %invariant.gep813 = getelementptr inbounds i8, ptr %work, i64 56576
  %invariant.gep815 = getelementptr inbounds i8, ptr %work, i64 56832
  %invariant.gep817 = getelementptr inbounds i8, ptr %work, i64 57088
  %invariant.gep819 = getelementptr inbounds i8, ptr %work, i64 57344
  %invariant.gep821 = getelementptr inbounds i8, ptr %work, i64 57600
  %invariant.gep823 = getelementptr inbounds i8, ptr %work, i64 57856
  %invariant.gep825 = getelementptr inbounds i8, ptr %work, i64 58112
  %invariant.gep827 = getelementptr inbounds i8, ptr %work, i64 58368
  %invariant.gep829 = getelementptr inbounds i8, ptr %work, i64 58624
  %invariant.gep831 = getelementptr inbounds i8, ptr %work, i64 58880
  %invariant.gep833 = getelementptr i8, ptr %work, i64 59392
  %80 = getelementptr inbounds i8, ptr %work, i64 55312
  %81 = getelementptr inbounds i8, ptr %work, i64 55344
  %82 = getelementptr inbounds i8, ptr %work, i64 55376
  %83 = getelementptr inbounds i8, ptr %work, i64 55408
  %84 = getelementptr inbounds i8, ptr %work, i64 55440
  %85 = getelementptr inbounds i8, ptr %work, i64 55472
  %86 = getelementptr inbounds i8, ptr %work, i64 55504
  %87 = getelementptr inbounds i8, ptr %work, i64 55508
  %88 = getelementptr inbounds i8, ptr %work, i64 55512
  %89 = getelementptr inbounds i8, ptr %work, i64 55516
  %90 = getelementptr inbounds i8, ptr %work, i64 55520
  %91 = getelementptr inbounds i8, ptr %work, i64 55524
  %92 = getelementptr inbounds i8, ptr %work, i64 55528
  %93 = getelementptr inbounds i8, ptr %work, i64 55532
  %94 = getelementptr inbounds i8, ptr %work, i64 55536
  %95 = getelementptr inbounds i8, ptr %work, i64 55540
  %96 = getelementptr inbounds i8, ptr %work, i64 55544
  %97 = getelementptr inbounds i8, ptr %work, i64 55548
  %98 = getelementptr inbounds i8, ptr %work, i64 55584
  %99 = getelementptr inbounds i8, ptr %work, i64 55616
  %100 = getelementptr inbounds i8, ptr %work, i64 55648
  %101 = getelementptr inbounds i8, ptr %work, i64 55680
  %102 = getelementptr inbounds i8, ptr %work, i64 55712
  %103 = getelementptr inbounds i8, ptr %work, i64 55744
  %104 = getelementptr inbounds i8, ptr %work, i64 55776
  %105 = getelementptr inbounds i8, ptr %work, i64 55840
  %106 = getelementptr inbounds i8, ptr %work, i64 55872
  %107 = getelementptr inbounds i8, ptr %work, i64 55904
  %108 = getelementptr inbounds i8, ptr %work, i64 55936
  %109 = getelementptr inbounds i8, ptr %work, i64 55968
  %110 = getelementptr inbounds i8, ptr %work, i64 56000
  %111 = getelementptr inbounds i8, ptr %work, i64 56032
  %112 = getelementptr inbounds i8, ptr %work, i64 56096
  %113 = getelementptr inbounds i8, ptr %work, i64 56128
  %114 = getelementptr inbounds i8, ptr %work, i64 56160
  %115 = getelementptr inbounds i8, ptr %work, i64 56192
  %116 = getelementptr inbounds i8, ptr %work, i64 56224
  %117 = getelementptr inbounds i8, ptr %work, i64 56256
  %118 = getelementptr inbounds i8, ptr %work, i64 56288
  %119 = getelementptr inbounds i8, ptr %work, i64 56352
  %120 = getelementptr inbounds i8, ptr %work, i64 56384
  %121 = getelementptr inbounds i8, ptr %work, i64 56416
  %122 = getelementptr inbounds i8, ptr %work, i64 56448
  %123 = getelementptr inbounds i8, ptr %work, i64 56480
  %124 = getelementptr inbounds i8, ptr %work, i64 56512
  %125 = getelementptr inbounds i8, ptr %work, i64 56544
  %126 = getelementptr inbounds i8, ptr %work, i64 56608
  %127 = getelementptr inbounds i8, ptr %work, i64 56640
  %128 = getelementptr inbounds i8, ptr %work, i64 56672
  %129 = getelementptr inbounds i8, ptr %work, i64 56704
  %130 = getelementptr inbounds i8, ptr %work, i64 56736
  %131 = getelementptr inbounds i8, ptr %work, i64 56768
  %132 = getelementptr inbounds i8, ptr %work, i64 56800
  %133 = getelementptr inbounds i8, ptr %work, i64 56864
  %134 = getelementptr inbounds i8, ptr %work, i64 56896
  %135 = getelementptr inbounds i8, ptr %work, i64 56928
  %136 = getelementptr inbounds i8, ptr %work, i64 56960
  %137 = getelementptr inbounds i8, ptr %work, i64 56992
  %138 = getelementptr inbounds i8, ptr %work, i64 57024
  %139 = getelementptr inbounds i8, ptr %work, i64 57056
  %140 = getelementptr inbounds i8, ptr %work, i64 57120
  %141 = getelementptr inbounds i8, ptr %work, i64 57152
  %142 = getelementptr inbounds i8, ptr %work, i64 57184
  %143 = getelementptr inbounds i8, ptr %work, i64 57216
  %144 = getelementptr inbounds i8, ptr %work, i64 57248
  %145 = getelementptr inbounds i8, ptr %work, i64 57280
  %146 = getelementptr inbounds i8, ptr %work, i64 57312
  %147 = getelementptr inbounds i8, ptr %work, i64 57376
  %148 = getelementptr inbounds i8, ptr %work, i64 57408
  %149 = getelementptr inbounds i8, ptr %work, i64 57440
  %150 = getelementptr inbounds i8, ptr %work, i64 57472
  %151 = getelementptr inbounds i8, ptr %work, i64 57504
  %152 = getelementptr inbounds i8, ptr %work, i64 57536
  %153 = getelementptr inbounds i8, ptr %work, i64 57568
  %154 = getelementptr inbounds i8, ptr %work, i64 57632
  %155 = getelementptr inbounds i8, ptr %work, i64 57664
  %156 = getelementptr inbounds i8, ptr %work, i64 57696
  %157 = getelementptr inbounds i8, ptr %work, i64 57760
  %158 = getelementptr inbounds i8, ptr %work, i64 57792
  %159 = getelementptr inbounds i8, ptr %work, i64 57824
  %160 = getelementptr inbounds i8, ptr %work, i64 57888
  %161 = getelementptr inbounds i8, ptr %work, i64 57920
  %162 = getelementptr inbounds i8, ptr %work, i64 57952
  %163 = getelementptr inbounds i8, ptr %work, i64 57984
  %164 = getelementptr inbounds i8, ptr %work, i64 58016
  %165 = getelementptr inbounds i8, ptr %work, i64 58048
  %166 = getelementptr inbounds i8, ptr %work, i64 58080
  %167 = getelementptr inbounds i8, ptr %work, i64 58144
  %168 = getelementptr inbounds i8, ptr %work, i64 58176
  %169 = getelementptr inbounds i8, ptr %work, i64 58208
  %170 = getelementptr inbounds i8, ptr %work, i64 58240
  %171 = getelementptr inbounds i8, ptr %work, i64 58272
  %172 = getelementptr inbounds i8, ptr %work, i64 58304
  %173 = getelementptr inbounds i8, ptr %work, i64 58336
  %174 = getelementptr inbounds i8, ptr %work, i64 58400
  %175 = getelementptr inbounds i8, ptr %work, i64 58432
  %176 = getelementptr inbounds i8, ptr %work, i64 58464
  %177 = getelementptr inbounds i8, ptr %work, i64 58496
  %178 = getelementptr inbounds i8, ptr %work, i64 58528
  %179 = getelementptr inbounds i8, ptr %work, i64 58560
  %180 = getelementptr inbounds i8, ptr %work, i64 58592
  %181 = getelementptr inbounds i8, ptr %work, i64 58656
  %182 = getelementptr inbounds i8, ptr %work, i64 58688
  %183 = getelementptr inbounds i8, ptr %work, i64 58720
  %184 = getelementptr inbounds i8, ptr %work, i64 58752
  %185 = getelementptr inbounds i8, ptr %work, i64 58784
  %186 = getelementptr inbounds i8, ptr %work, i64 58816
  %187 = getelementptr inbounds i8, ptr %work, i64 58848
  %188 = getelementptr inbounds i8, ptr %work, i64 58912
  %189 = getelementptr inbounds i8, ptr %work, i64 58944
  %190 = getelementptr inbounds i8, ptr %work, i64 58976
  %191 = getelementptr inbounds i8, ptr %work, i64 59008
  %192 = getelementptr inbounds i8, ptr %work, i64 59040
  %193 = getelementptr inbounds i8, ptr %work, i64 59072
  %194 = getelementptr inbounds i8, ptr %work, i64 59104
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i34.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i34.head.preheader ]
  %bh.addr.0457 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i34.head.preheader ]
  %195 = add i64 %indvar, %bh0
  %196 = shl i64 %195, 12
  %scevgep605 = getelementptr i8, ptr %hT, i64 %196
  %scevgep558 = getelementptr i8, ptr %h0, i64 %196
  %b = sdiv i64 %bh.addr.0457, %H
  %h = srem i64 %bh.addr.0457, %H
  %197 = mul i64 %b, %T
  %198 = mul i64 %197, %H
  %bT = add i64 %198, %h
  %199 = mul i64 %1, %197
  %bTn = add nsw i64 %199, %h
  %200 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %200
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep558, i64 4096, i1 false)
  %qh.idx = shl nsw i64 %bT, 7
  %qh = getelementptr inbounds i8, ptr %q, i64 %qh.idx
  %vh = getelementptr inbounds float, ptr %v, i64 %200
  br i1 %3, label %i1.head.preheader.lr.ph, label %i34.head.preheader

bh.exit:                                          ; preds = %i34.head.preheader, %entry
  ret void

i1.head.preheader.lr.ph:                          ; preds = %bh.body
  %201 = mul i64 %5, %indvar
  %202 = shl i64 %bT, 7
  %invariant.gep835 = getelementptr i8, ptr %hs, i64 %201
  %203 = getelementptr i8, ptr %qh, i64 32
  %204 = getelementptr i8, ptr %qh, i64 64
  %205 = getelementptr i8, ptr %qh, i64 96
  %206 = getelementptr i8, ptr %kh, i64 32
  %207 = getelementptr i8, ptr %kh, i64 64
  %208 = getelementptr i8, ptr %kh, i64 96
  %209 = getelementptr i8, ptr %kh, i64 36
  %210 = getelementptr i8, ptr %kh, i64 40
  %211 = getelementptr i8, ptr %kh, i64 44
  %212 = getelementptr i8, ptr %kh, i64 48
  %213 = getelementptr i8, ptr %kh, i64 52
  %214 = getelementptr i8, ptr %kh, i64 56
  %215 = getelementptr i8, ptr %kh, i64 60
  %216 = getelementptr i8, ptr %kh, i64 68
  %217 = getelementptr i8, ptr %kh, i64 72
  %218 = getelementptr i8, ptr %kh, i64 76
  %219 = getelementptr i8, ptr %kh, i64 80
  %220 = getelementptr i8, ptr %kh, i64 84
  %221 = getelementptr i8, ptr %kh, i64 88
  %222 = getelementptr i8, ptr %kh, i64 92
  %223 = getelementptr i8, ptr %kh, i64 100
  %224 = getelementptr i8, ptr %kh, i64 104
  %225 = getelementptr i8, ptr %kh, i64 108
  %226 = getelementptr i8, ptr %kh, i64 112
  %227 = getelementptr i8, ptr %kh, i64 116
  %228 = getelementptr i8, ptr %kh, i64 120
  %229 = getelementptr i8, ptr %kh, i64 124
  %230 = getelementptr i8, ptr %vh, i64 32
  %231 = getelementptr i8, ptr %vh, i64 64
  %232 = getelementptr i8, ptr %vh, i64 96
  %233 = getelementptr i8, ptr %o, i64 %202
  br label %i1.head.preheader

i34.head.preheader:                               ; preds = %i33.exit, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep605, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.0457, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond606.not = icmp eq i64 %indvar.next, %8
  br i1 %exitcond606.not, label %bh.exit, label %bh.body

i1.head.preheader:                                ; preds = %i1.head.preheader.lr.ph, %i33.exit
  %indvars.iv = phi i64 [ %T, %i1.head.preheader.lr.ph ], [ %indvars.iv.next, %i33.exit ]
  %ci.addr.0454 = phi i64 [ 0, %i1.head.preheader.lr.ph ], [ %ci.next, %i33.exit ]
  %smin1425 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 16)
  %smax1426 = tail call i64 @llvm.smax.i64(i64 %smin1425, i64 1)
  %234 = mul i64 %6, %ci.addr.0454
  %235 = add i64 %4, %ci.addr.0454
  %236 = shl i64 %235, 12
  %gep836 = getelementptr i8, ptr %invariant.gep835, i64 %236
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %gep836, ptr noundef nonnull align 4 dereferenceable(4096) %work, i64 4096, i1 false)
  %t0 = shl nsw i64 %ci.addr.0454, 4
  %237 = sub nsw i64 %T, %t0
  br label %t.body

t.body:                                           ; preds = %i1.head.preheader, %endif
  %t.addr.0371 = phi i64 [ 0, %i1.head.preheader ], [ %t.next, %endif ]
  %238 = shl nsw i64 %t.addr.0371, 10
  %239 = shl nsw i64 %t.addr.0371, 9
  %240 = shl nsw i64 %t.addr.0371, 7
  %241 = icmp sgt i64 %237, %t.addr.0371
  br i1 %241, label %j2.head.preheader, label %j7.head.preheader

j7.head.preheader:                                ; preds = %t.body
  %gep = getelementptr i8, ptr %invariant.gep, i64 %240
  %gep788 = getelementptr i8, ptr %invariant.gep787, i64 %239
  %gep790 = getelementptr i8, ptr %invariant.gep789, i64 %238
  %gep792 = getelementptr i8, ptr %invariant.gep791, i64 %239
  %gep794 = getelementptr i8, ptr %invariant.gep793, i64 %238
  %gep796 = getelementptr i8, ptr %invariant.gep795, i64 %239
  %gep798 = getelementptr i8, ptr %invariant.gep797, i64 %238
  %gep800 = getelementptr i8, ptr %invariant.gep799, i64 %239
  %gep802 = getelementptr i8, ptr %invariant.gep801, i64 %238
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep, i8 0, i64 128, i1 false)
  %i12 = shl nuw nsw i64 %t.addr.0371, 2
  %242 = getelementptr inbounds float, ptr %bet, i64 %i12
  store float 0.000000e+00, ptr %242, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep788, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep790, i8 0, i64 256, i1 false)
  %243 = getelementptr inbounds float, ptr %KT, i64 %i12
  store float 0.000000e+00, ptr %243, align 4
  %244 = getelementptr inbounds float, ptr %9, i64 %i12
  store float 0.000000e+00, ptr %244, align 4
  %245 = getelementptr inbounds float, ptr %10, i64 %i12
  store float 0.000000e+00, ptr %245, align 4
  %246 = getelementptr inbounds float, ptr %11, i64 %i12
  store float 0.000000e+00, ptr %246, align 4
  %247 = getelementptr inbounds float, ptr %12, i64 %i12
  store float 0.000000e+00, ptr %247, align 4
  %248 = getelementptr inbounds float, ptr %13, i64 %i12
  store float 0.000000e+00, ptr %248, align 4
  %249 = getelementptr inbounds float, ptr %14, i64 %i12
  store float 0.000000e+00, ptr %249, align 4
  %250 = getelementptr inbounds float, ptr %15, i64 %i12
  store float 0.000000e+00, ptr %250, align 4
  %251 = getelementptr inbounds float, ptr %16, i64 %i12
  store float 0.000000e+00, ptr %251, align 4
  %252 = getelementptr inbounds float, ptr %17, i64 %i12
  store float 0.000000e+00, ptr %252, align 4
  %253 = getelementptr inbounds float, ptr %18, i64 %i12
  store float 0.000000e+00, ptr %253, align 4
  %254 = getelementptr inbounds float, ptr %19, i64 %i12
  store float 0.000000e+00, ptr %254, align 4
  %255 = getelementptr inbounds float, ptr %20, i64 %i12
  store float 0.000000e+00, ptr %255, align 4
  %256 = getelementptr inbounds float, ptr %21, i64 %i12
  store float 0.000000e+00, ptr %256, align 4
  %257 = getelementptr inbounds float, ptr %22, i64 %i12
  store float 0.000000e+00, ptr %257, align 4
  %258 = getelementptr inbounds float, ptr %23, i64 %i12
  store float 0.000000e+00, ptr %258, align 4
  %259 = getelementptr inbounds float, ptr %24, i64 %i12
  store float 0.000000e+00, ptr %259, align 4
  %260 = getelementptr inbounds float, ptr %25, i64 %i12
  store float 0.000000e+00, ptr %260, align 4
  %261 = getelementptr inbounds float, ptr %26, i64 %i12
  store float 0.000000e+00, ptr %261, align 4
  %262 = getelementptr inbounds float, ptr %27, i64 %i12
  store float 0.000000e+00, ptr %262, align 4
  %263 = getelementptr inbounds float, ptr %28, i64 %i12
  store float 0.000000e+00, ptr %263, align 4
  %264 = getelementptr inbounds float, ptr %29, i64 %i12
  store float 0.000000e+00, ptr %264, align 4
  %265 = getelementptr inbounds float, ptr %30, i64 %i12
  store float 0.000000e+00, ptr %265, align 4
  %266 = getelementptr inbounds float, ptr %31, i64 %i12
  store float 0.000000e+00, ptr %266, align 4
  %267 = getelementptr inbounds float, ptr %32, i64 %i12
  store float 0.000000e+00, ptr %267, align 4
  %268 = getelementptr inbounds float, ptr %33, i64 %i12
  store float 0.000000e+00, ptr %268, align 4
  %269 = getelementptr inbounds float, ptr %34, i64 %i12
  store float 0.000000e+00, ptr %269, align 4
  %270 = getelementptr inbounds float, ptr %35, i64 %i12
  store float 0.000000e+00, ptr %270, align 4
  %271 = getelementptr inbounds float, ptr %36, i64 %i12
  store float 0.000000e+00, ptr %271, align 4
  %272 = getelementptr inbounds float, ptr %37, i64 %i12
  store float 0.000000e+00, ptr %272, align 4
  %273 = getelementptr inbounds float, ptr %38, i64 %i12
  store float 0.000000e+00, ptr %273, align 4
  %274 = getelementptr inbounds float, ptr %39, i64 %i12
  store float 0.000000e+00, ptr %274, align 4
  %i15 = or disjoint i64 %i12, 1
  %275 = getelementptr inbounds float, ptr %bet, i64 %i15
  store float 0.000000e+00, ptr %275, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep792, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep794, i8 0, i64 256, i1 false)
  %276 = getelementptr inbounds float, ptr %KT, i64 %i15
  store float 0.000000e+00, ptr %276, align 4
  %277 = getelementptr inbounds float, ptr %9, i64 %i15
  store float 0.000000e+00, ptr %277, align 4
  %278 = getelementptr inbounds float, ptr %10, i64 %i15
  store float 0.000000e+00, ptr %278, align 4
  %279 = getelementptr inbounds float, ptr %11, i64 %i15
  store float 0.000000e+00, ptr %279, align 4
  %280 = getelementptr inbounds float, ptr %12, i64 %i15
  store float 0.000000e+00, ptr %280, align 4
  %281 = getelementptr inbounds float, ptr %13, i64 %i15
  store float 0.000000e+00, ptr %281, align 4
  %282 = getelementptr inbounds float, ptr %14, i64 %i15
  store float 0.000000e+00, ptr %282, align 4
  %283 = getelementptr inbounds float, ptr %15, i64 %i15
  store float 0.000000e+00, ptr %283, align 4
  %284 = getelementptr inbounds float, ptr %16, i64 %i15
  store float 0.000000e+00, ptr %284, align 4
  %285 = getelementptr inbounds float, ptr %17, i64 %i15
  store float 0.000000e+00, ptr %285, align 4
  %286 = getelementptr inbounds float, ptr %18, i64 %i15
  store float 0.000000e+00, ptr %286, align 4
  %287 = getelementptr inbounds float, ptr %19, i64 %i15
  store float 0.000000e+00, ptr %287, align 4
  %288 = getelementptr inbounds float, ptr %20, i64 %i15
  store float 0.000000e+00, ptr %288, align 4
  %289 = getelementptr inbounds float, ptr %21, i64 %i15
  store float 0.000000e+00, ptr %289, align 4
  %290 = getelementptr inbounds float, ptr %22, i64 %i15
  store float 0.000000e+00, ptr %290, align 4
  %291 = getelementptr inbounds float, ptr %23, i64 %i15
  store float 0.000000e+00, ptr %291, align 4
  %292 = getelementptr inbounds float, ptr %24, i64 %i15
  store float 0.000000e+00, ptr %292, align 4
  %293 = getelementptr inbounds float, ptr %25, i64 %i15
  store float 0.000000e+00, ptr %293, align 4
  %294 = getelementptr inbounds float, ptr %26, i64 %i15
  store float 0.000000e+00, ptr %294, align 4
  %295 = getelementptr inbounds float, ptr %27, i64 %i15
  store float 0.000000e+00, ptr %295, align 4
  %296 = getelementptr inbounds float, ptr %28, i64 %i15
  store float 0.000000e+00, ptr %296, align 4
  %297 = getelementptr inbounds float, ptr %29, i64 %i15
  store float 0.000000e+00, ptr %297, align 4
  %298 = getelementptr inbounds float, ptr %30, i64 %i15
  store float 0.000000e+00, ptr %298, align 4
  %299 = getelementptr inbounds float, ptr %31, i64 %i15
  store float 0.000000e+00, ptr %299, align 4
  %300 = getelementptr inbounds float, ptr %32, i64 %i15
  store float 0.000000e+00, ptr %300, align 4
  %301 = getelementptr inbounds float, ptr %33, i64 %i15
  store float 0.000000e+00, ptr %301, align 4
  %302 = getelementptr inbounds float, ptr %34, i64 %i15
  store float 0.000000e+00, ptr %302, align 4
  %303 = getelementptr inbounds float, ptr %35, i64 %i15
  store float 0.000000e+00, ptr %303, align 4
  %304 = getelementptr inbounds float, ptr %36, i64 %i15
  store float 0.000000e+00, ptr %304, align 4
  %305 = getelementptr inbounds float, ptr %37, i64 %i15
  store float 0.000000e+00, ptr %305, align 4
  %306 = getelementptr inbounds float, ptr %38, i64 %i15
  store float 0.000000e+00, ptr %306, align 4
  %307 = getelementptr inbounds float, ptr %39, i64 %i15
  store float 0.000000e+00, ptr %307, align 4
  %i18 = or disjoint i64 %i12, 2
  %308 = getelementptr inbounds float, ptr %bet, i64 %i18
  store float 0.000000e+00, ptr %308, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep796, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep798, i8 0, i64 256, i1 false)
  %309 = getelementptr inbounds float, ptr %KT, i64 %i18
  store float 0.000000e+00, ptr %309, align 4
  %310 = getelementptr inbounds float, ptr %9, i64 %i18
  store float 0.000000e+00, ptr %310, align 4
  %311 = getelementptr inbounds float, ptr %10, i64 %i18
  store float 0.000000e+00, ptr %311, align 4
  %312 = getelementptr inbounds float, ptr %11, i64 %i18
  store float 0.000000e+00, ptr %312, align 4
  %313 = getelementptr inbounds float, ptr %12, i64 %i18
  store float 0.000000e+00, ptr %313, align 4
  %314 = getelementptr inbounds float, ptr %13, i64 %i18
  store float 0.000000e+00, ptr %314, align 4
  %315 = getelementptr inbounds float, ptr %14, i64 %i18
  store float 0.000000e+00, ptr %315, align 4
  %316 = getelementptr inbounds float, ptr %15, i64 %i18
  store float 0.000000e+00, ptr %316, align 4
  %317 = getelementptr inbounds float, ptr %16, i64 %i18
  store float 0.000000e+00, ptr %317, align 4
  %318 = getelementptr inbounds float, ptr %17, i64 %i18
  store float 0.000000e+00, ptr %318, align 4
  %319 = getelementptr inbounds float, ptr %18, i64 %i18
  store float 0.000000e+00, ptr %319, align 4
  %320 = getelementptr inbounds float, ptr %19, i64 %i18
  store float 0.000000e+00, ptr %320, align 4
  %321 = getelementptr inbounds float, ptr %20, i64 %i18
  store float 0.000000e+00, ptr %321, align 4
  %322 = getelementptr inbounds float, ptr %21, i64 %i18
  store float 0.000000e+00, ptr %322, align 4
  %323 = getelementptr inbounds float, ptr %22, i64 %i18
  store float 0.000000e+00, ptr %323, align 4
  %324 = getelementptr inbounds float, ptr %23, i64 %i18
  store float 0.000000e+00, ptr %324, align 4
  %325 = getelementptr inbounds float, ptr %24, i64 %i18
  store float 0.000000e+00, ptr %325, align 4
  %326 = getelementptr inbounds float, ptr %25, i64 %i18
  store float 0.000000e+00, ptr %326, align 4
  %327 = getelementptr inbounds float, ptr %26, i64 %i18
  store float 0.000000e+00, ptr %327, align 4
  %328 = getelementptr inbounds float, ptr %27, i64 %i18
  store float 0.000000e+00, ptr %328, align 4
  %329 = getelementptr inbounds float, ptr %28, i64 %i18
  store float 0.000000e+00, ptr %329, align 4
  %330 = getelementptr inbounds float, ptr %29, i64 %i18
  store float 0.000000e+00, ptr %330, align 4
  %331 = getelementptr inbounds float, ptr %30, i64 %i18
  store float 0.000000e+00, ptr %331, align 4
  %332 = getelementptr inbounds float, ptr %31, i64 %i18
  store float 0.000000e+00, ptr %332, align 4
  %333 = getelementptr inbounds float, ptr %32, i64 %i18
  store float 0.000000e+00, ptr %333, align 4
  %334 = getelementptr inbounds float, ptr %33, i64 %i18
  store float 0.000000e+00, ptr %334, align 4
  %335 = getelementptr inbounds float, ptr %34, i64 %i18
  store float 0.000000e+00, ptr %335, align 4
  %336 = getelementptr inbounds float, ptr %35, i64 %i18
  store float 0.000000e+00, ptr %336, align 4
  %337 = getelementptr inbounds float, ptr %36, i64 %i18
  store float 0.000000e+00, ptr %337, align 4
  %338 = getelementptr inbounds float, ptr %37, i64 %i18
  store float 0.000000e+00, ptr %338, align 4
  %339 = getelementptr inbounds float, ptr %38, i64 %i18
  store float 0.000000e+00, ptr %339, align 4
  %340 = getelementptr inbounds float, ptr %39, i64 %i18
  store float 0.000000e+00, ptr %340, align 4
  %i21 = or disjoint i64 %i12, 3
  %341 = getelementptr inbounds float, ptr %bet, i64 %i21
  store float 0.000000e+00, ptr %341, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %gep800, i8 0, i64 128, i1 false)
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(256) %gep802, i8 0, i64 256, i1 false)
  %342 = getelementptr inbounds float, ptr %KT, i64 %i21
  store float 0.000000e+00, ptr %342, align 4
  %343 = getelementptr inbounds float, ptr %9, i64 %i21
  store float 0.000000e+00, ptr %343, align 4
  %344 = getelementptr inbounds float, ptr %10, i64 %i21
  store float 0.000000e+00, ptr %344, align 4
  %345 = getelementptr inbounds float, ptr %11, i64 %i21
  store float 0.000000e+00, ptr %345, align 4
  %346 = getelementptr inbounds float, ptr %12, i64 %i21
  store float 0.000000e+00, ptr %346, align 4
  %347 = getelementptr inbounds float, ptr %13, i64 %i21
  store float 0.000000e+00, ptr %347, align 4
  %348 = getelementptr inbounds float, ptr %14, i64 %i21
  store float 0.000000e+00, ptr %348, align 4
  %349 = getelementptr inbounds float, ptr %15, i64 %i21
  store float 0.000000e+00, ptr %349, align 4
  %350 = getelementptr inbounds float, ptr %16, i64 %i21
  store float 0.000000e+00, ptr %350, align 4
  %351 = getelementptr inbounds float, ptr %17, i64 %i21
  store float 0.000000e+00, ptr %351, align 4
  %352 = getelementptr inbounds float, ptr %18, i64 %i21
  store float 0.000000e+00, ptr %352, align 4
  %353 = getelementptr inbounds float, ptr %19, i64 %i21
  store float 0.000000e+00, ptr %353, align 4
  %354 = getelementptr inbounds float, ptr %20, i64 %i21
  store float 0.000000e+00, ptr %354, align 4
  %355 = getelementptr inbounds float, ptr %21, i64 %i21
  store float 0.000000e+00, ptr %355, align 4
  %356 = getelementptr inbounds float, ptr %22, i64 %i21
  store float 0.000000e+00, ptr %356, align 4
  %357 = getelementptr inbounds float, ptr %23, i64 %i21
  store float 0.000000e+00, ptr %357, align 4
  %358 = getelementptr inbounds float, ptr %24, i64 %i21
  store float 0.000000e+00, ptr %358, align 4
  %359 = getelementptr inbounds float, ptr %25, i64 %i21
  store float 0.000000e+00, ptr %359, align 4
  %360 = getelementptr inbounds float, ptr %26, i64 %i21
  store float 0.000000e+00, ptr %360, align 4
  %361 = getelementptr inbounds float, ptr %27, i64 %i21
  store float 0.000000e+00, ptr %361, align 4
  %362 = getelementptr inbounds float, ptr %28, i64 %i21
  store float 0.000000e+00, ptr %362, align 4
  %363 = getelementptr inbounds float, ptr %29, i64 %i21
  store float 0.000000e+00, ptr %363, align 4
  %364 = getelementptr inbounds float, ptr %30, i64 %i21
  store float 0.000000e+00, ptr %364, align 4
  %365 = getelementptr inbounds float, ptr %31, i64 %i21
  store float 0.000000e+00, ptr %365, align 4
  %366 = getelementptr inbounds float, ptr %32, i64 %i21
  store float 0.000000e+00, ptr %366, align 4
  %367 = getelementptr inbounds float, ptr %33, i64 %i21
  store float 0.000000e+00, ptr %367, align 4
  %368 = getelementptr inbounds float, ptr %34, i64 %i21
  store float 0.000000e+00, ptr %368, align 4
  %369 = getelementptr inbounds float, ptr %35, i64 %i21
  store float 0.000000e+00, ptr %369, align 4
  %370 = getelementptr inbounds float, ptr %36, i64 %i21
  store float 0.000000e+00, ptr %370, align 4
  %371 = getelementptr inbounds float, ptr %37, i64 %i21
  store float 0.000000e+00, ptr %371, align 4
  %372 = getelementptr inbounds float, ptr %38, i64 %i21
  store float 0.000000e+00, ptr %372, align 4
  %373 = getelementptr inbounds float, ptr %39, i64 %i21
  store float 0.000000e+00, ptr %373, align 4
  br label %endif

j2.head.preheader:                                ; preds = %t.body
  %374 = add nuw nsw i64 %t.addr.0371, %t0
  %375 = mul nsw i64 %374, %sq
  %376 = getelementptr float, ptr %qh, i64 %375
  %377 = load <8 x float>, ptr %376, align 4
  %378 = fmul <8 x float> %377, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %379 = getelementptr inbounds i8, ptr %Qc, i64 %240
  store <8 x float> %378, ptr %379, align 4
  %380 = getelementptr float, ptr %203, i64 %375
  %381 = load <8 x float>, ptr %380, align 4
  %382 = fmul <8 x float> %381, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %383 = getelementptr inbounds i8, ptr %40, i64 %240
  store <8 x float> %382, ptr %383, align 4
  %384 = getelementptr float, ptr %204, i64 %375
  %385 = load <8 x float>, ptr %384, align 4
  %386 = fmul <8 x float> %385, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %387 = getelementptr inbounds i8, ptr %41, i64 %240
  store <8 x float> %386, ptr %387, align 4
  %388 = getelementptr float, ptr %205, i64 %375
  %389 = load <8 x float>, ptr %388, align 4
  %390 = fmul <8 x float> %389, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %391 = getelementptr inbounds i8, ptr %42, i64 %240
  store <8 x float> %390, ptr %391, align 4
  %i3 = shl nuw nsw i64 %t.addr.0371, 2
  %392 = or disjoint i64 %t.addr.0371, %t0
  %tau = shl nsw i64 %392, 2
  %393 = mul nsw i64 %tau, %H
  %394 = getelementptr inbounds float, ptr %betah, i64 %393
  %395 = load float, ptr %394, align 4
  %396 = getelementptr inbounds float, ptr %bet, i64 %i3
  store float %395, ptr %396, align 4
  %397 = mul nsw i64 %tau, %sq
  %398 = insertelement <8 x float> poison, float %395, i64 0
  %399 = shufflevector <8 x float> %398, <8 x float> poison, <8 x i32> zeroinitializer
  %400 = getelementptr float, ptr %kh, i64 %397
  %401 = load <8 x float>, ptr %400, align 4
  %402 = getelementptr inbounds i8, ptr %Kc, i64 %239
  store <8 x float> %401, ptr %402, align 4
  %403 = fmul <8 x float> %399, %401
  %404 = getelementptr inbounds i8, ptr %X, i64 %238
  store <8 x float> %403, ptr %404, align 4
  %405 = getelementptr float, ptr %206, i64 %397
  %406 = load <8 x float>, ptr %405, align 4
  %407 = getelementptr inbounds i8, ptr %43, i64 %239
  store <8 x float> %406, ptr %407, align 4
  %408 = fmul <8 x float> %399, %406
  %409 = getelementptr inbounds i8, ptr %44, i64 %238
  store <8 x float> %408, ptr %409, align 4
  %410 = getelementptr float, ptr %207, i64 %397
  %411 = load <8 x float>, ptr %410, align 4
  %412 = getelementptr inbounds i8, ptr %45, i64 %239
  store <8 x float> %411, ptr %412, align 4
  %413 = fmul <8 x float> %399, %411
  %414 = getelementptr inbounds i8, ptr %46, i64 %238
  store <8 x float> %413, ptr %414, align 4
  %415 = getelementptr float, ptr %208, i64 %397
  %416 = load <8 x float>, ptr %415, align 4
  %417 = getelementptr inbounds i8, ptr %47, i64 %239
  store <8 x float> %416, ptr %417, align 4
  %418 = fmul <8 x float> %399, %416
  %419 = getelementptr inbounds i8, ptr %48, i64 %238
  store <8 x float> %418, ptr %419, align 4
  %bc613 = bitcast <8 x float> %401 to <8 x i32>
  %420 = extractelement <8 x i32> %bc613, i64 0
  %421 = getelementptr inbounds float, ptr %KT, i64 %i3
  store i32 %420, ptr %421, align 4
  %422 = extractelement <8 x float> %401, i64 1
  %423 = getelementptr inbounds float, ptr %49, i64 %i3
  store float %422, ptr %423, align 4
  %424 = extractelement <8 x float> %401, i64 2
  %425 = getelementptr inbounds float, ptr %50, i64 %i3
  store float %424, ptr %425, align 4
  %426 = extractelement <8 x float> %401, i64 3
  %427 = getelementptr inbounds float, ptr %51, i64 %i3
  store float %426, ptr %427, align 4
  %428 = extractelement <8 x float> %401, i64 4
  %429 = getelementptr inbounds float, ptr %52, i64 %i3
  store float %428, ptr %429, align 4
  %430 = extractelement <8 x float> %401, i64 5
  %431 = getelementptr inbounds float, ptr %53, i64 %i3
  store float %430, ptr %431, align 4
  %432 = extractelement <8 x float> %401, i64 6
  %433 = getelementptr inbounds float, ptr %54, i64 %i3
  store float %432, ptr %433, align 4
  %434 = extractelement <8 x float> %401, i64 7
  %435 = getelementptr inbounds float, ptr %55, i64 %i3
  store float %434, ptr %435, align 4
  %436 = extractelement <8 x float> %406, i64 0
  %437 = getelementptr inbounds float, ptr %56, i64 %i3
  store float %436, ptr %437, align 4
  %438 = getelementptr float, ptr %209, i64 %397
  %439 = load float, ptr %438, align 4
  %440 = getelementptr inbounds float, ptr %57, i64 %i3
  store float %439, ptr %440, align 4
  %441 = getelementptr float, ptr %210, i64 %397
  %442 = load float, ptr %441, align 4
  %443 = getelementptr inbounds float, ptr %58, i64 %i3
  store float %442, ptr %443, align 4
  %444 = getelementptr float, ptr %211, i64 %397
  %445 = load float, ptr %444, align 4
  %446 = getelementptr inbounds float, ptr %59, i64 %i3
  store float %445, ptr %446, align 4
  %447 = getelementptr float, ptr %212, i64 %397
  %448 = load float, ptr %447, align 4
  %449 = getelementptr inbounds float, ptr %60, i64 %i3
  store float %448, ptr %449, align 4
  %450 = getelementptr float, ptr %213, i64 %397
  %451 = load float, ptr %450, align 4
  %452 = getelementptr inbounds float, ptr %61, i64 %i3
  store float %451, ptr %452, align 4
  %453 = getelementptr float, ptr %214, i64 %397
  %454 = load float, ptr %453, align 4
  %455 = getelementptr inbounds float, ptr %62, i64 %i3
  store float %454, ptr %455, align 4
  %456 = getelementptr float, ptr %215, i64 %397
  %457 = load float, ptr %456, align 4
  %458 = getelementptr inbounds float, ptr %63, i64 %i3
  store float %457, ptr %458, align 4
  %459 = load float, ptr %410, align 4
  %460 = getelementptr inbounds float, ptr %64, i64 %i3
  store float %459, ptr %460, align 4
  %461 = getelementptr float, ptr %216, i64 %397
  %462 = load float, ptr %461, align 4
  %463 = getelementptr inbounds float, ptr %65, i64 %i3
  store float %462, ptr %463, align 4
  %464 = getelementptr float, ptr %217, i64 %397
  %465 = load float, ptr %464, align 4
  %466 = getelementptr inbounds float, ptr %66, i64 %i3
  store float %465, ptr %466, align 4
  %467 = getelementptr float, ptr %218, i64 %397
  %468 = load float, ptr %467, align 4
  %469 = getelementptr inbounds float, ptr %67, i64 %i3
  store float %468, ptr %469, align 4
  %470 = getelementptr float, ptr %219, i64 %397
  %471 = load float, ptr %470, align 4
  %472 = getelementptr inbounds float, ptr %68, i64 %i3
  store float %471, ptr %472, align 4
  %473 = getelementptr float, ptr %220, i64 %397
  %474 = load float, ptr %473, align 4
  %475 = getelementptr inbounds float, ptr %69, i64 %i3
  store float %474, ptr %475, align 4
  %476 = getelementptr float, ptr %221, i64 %397
  %477 = load float, ptr %476, align 4
  %478 = getelementptr inbounds float, ptr %70, i64 %i3
  store float %477, ptr %478, align 4
  %479 = getelementptr float, ptr %222, i64 %397
  %480 = load float, ptr %479, align 4
  %481 = getelementptr inbounds float, ptr %71, i64 %i3
  store float %480, ptr %481, align 4
  %482 = load float, ptr %415, align 4
  %483 = getelementptr inbounds float, ptr %72, i64 %i3
  store float %482, ptr %483, align 4
  %484 = getelementptr float, ptr %223, i64 %397
  %485 = load float, ptr %484, align 4
  %486 = getelementptr inbounds float, ptr %73, i64 %i3
  store float %485, ptr %486, align 4
  %487 = getelementptr float, ptr %224, i64 %397
  %488 = load float, ptr %487, align 4
  %489 = getelementptr inbounds float, ptr %74, i64 %i3
  store float %488, ptr %489, align 4
  %490 = getelementptr float, ptr %225, i64 %397
  %491 = load float, ptr %490, align 4
  %492 = getelementptr inbounds float, ptr %75, i64 %i3
  store float %491, ptr %492, align 4
  %493 = getelementptr float, ptr %226, i64 %397
  %494 = load float, ptr %493, align 4
  %495 = getelementptr inbounds float, ptr %76, i64 %i3
  store float %494, ptr %495, align 4
  %496 = getelementptr float, ptr %227, i64 %397
  %497 = load float, ptr %496, align 4
  %498 = getelementptr inbounds float, ptr %77, i64 %i3
  store float %497, ptr %498, align 4
  %499 = getelementptr float, ptr %228, i64 %397
  %500 = load float, ptr %499, align 4
  %501 = getelementptr inbounds float, ptr %78, i64 %i3
  store float %500, ptr %501, align 4
  %502 = getelementptr float, ptr %229, i64 %397
  %503 = load float, ptr %502, align 4
  %504 = getelementptr inbounds float, ptr %79, i64 %i3
  store float %503, ptr %504, align 4
  %505 = getelementptr float, ptr %vh, i64 %397
  %506 = load <8 x float>, ptr %505, align 4
  %507 = fmul <8 x float> %399, %506
  %508 = getelementptr inbounds i8, ptr %404, i64 128
  store <8 x float> %507, ptr %508, align 4
  %509 = getelementptr float, ptr %230, i64 %397
  %510 = load <8 x float>, ptr %509, align 4
  %511 = fmul <8 x float> %399, %510
  %512 = getelementptr inbounds i8, ptr %409, i64 128
  store <8 x float> %511, ptr %512, align 4
  %513 = getelementptr float, ptr %231, i64 %397
  %514 = load <8 x float>, ptr %513, align 4
  %515 = fmul <8 x float> %399, %514
  %516 = getelementptr inbounds i8, ptr %414, i64 128
  store <8 x float> %515, ptr %516, align 4
  %517 = getelementptr float, ptr %232, i64 %397
  %518 = load <8 x float>, ptr %517, align 4
  %519 = fmul <8 x float> %399, %518
  %520 = getelementptr inbounds i8, ptr %419, i64 128
  store <8 x float> %519, ptr %520, align 4
  %i5 = or disjoint i64 %i3, 1
  %tau1 = or disjoint i64 %tau, 1
  %521 = mul nsw i64 %tau1, %H
  %522 = getelementptr inbounds float, ptr %betah, i64 %521
  %523 = load float, ptr %522, align 4
  %524 = getelementptr inbounds float, ptr %bet, i64 %i5
  store float %523, ptr %524, align 4
  %525 = mul nsw i64 %tau1, %sq
  %526 = insertelement <8 x float> poison, float %523, i64 0
  %527 = shufflevector <8 x float> %526, <8 x float> poison, <8 x i32> zeroinitializer
  %528 = getelementptr float, ptr %kh, i64 %525
  %529 = load <8 x float>, ptr %528, align 4
  %.idx477 = shl nsw i64 %i5, 7
  %530 = getelementptr inbounds i8, ptr %Kc, i64 %.idx477
  store <8 x float> %529, ptr %530, align 4
  %531 = fmul <8 x float> %527, %529
  %.idx478 = shl nsw i64 %i5, 8
  %532 = getelementptr inbounds i8, ptr %X, i64 %.idx478
  store <8 x float> %531, ptr %532, align 4
  %533 = getelementptr float, ptr %206, i64 %525
  %534 = load <8 x float>, ptr %533, align 4
  %535 = getelementptr inbounds i8, ptr %43, i64 %.idx477
  store <8 x float> %534, ptr %535, align 4
  %536 = fmul <8 x float> %527, %534
  %537 = getelementptr inbounds i8, ptr %44, i64 %.idx478
  store <8 x float> %536, ptr %537, align 4
  %538 = getelementptr float, ptr %207, i64 %525
  %539 = load <8 x float>, ptr %538, align 4
  %540 = getelementptr inbounds i8, ptr %45, i64 %.idx477
  store <8 x float> %539, ptr %540, align 4
  %541 = fmul <8 x float> %527, %539
  %542 = getelementptr inbounds i8, ptr %46, i64 %.idx478
  store <8 x float> %541, ptr %542, align 4
  %543 = getelementptr float, ptr %208, i64 %525
  %544 = load <8 x float>, ptr %543, align 4
  %545 = getelementptr inbounds i8, ptr %47, i64 %.idx477
  store <8 x float> %544, ptr %545, align 4
  %546 = fmul <8 x float> %527, %544
  %547 = getelementptr inbounds i8, ptr %48, i64 %.idx478
  store <8 x float> %546, ptr %547, align 4
  %bc622 = bitcast <8 x float> %529 to <8 x i32>
  %548 = extractelement <8 x i32> %bc622, i64 0
  %549 = getelementptr inbounds float, ptr %KT, i64 %i5
  store i32 %548, ptr %549, align 4
  %550 = extractelement <8 x float> %529, i64 1
  %551 = getelementptr inbounds float, ptr %49, i64 %i5
  store float %550, ptr %551, align 4
  %552 = extractelement <8 x float> %529, i64 2
  %553 = getelementptr inbounds float, ptr %50, i64 %i5
  store float %552, ptr %553, align 4
  %554 = extractelement <8 x float> %529, i64 3
  %555 = getelementptr inbounds float, ptr %51, i64 %i5
  store float %554, ptr %555, align 4
  %556 = extractelement <8 x float> %529, i64 4
  %557 = getelementptr inbounds float, ptr %52, i64 %i5
  store float %556, ptr %557, align 4
  %558 = extractelement <8 x float> %529, i64 5
  %559 = getelementptr inbounds float, ptr %53, i64 %i5
  store float %558, ptr %559, align 4
  %560 = extractelement <8 x float> %529, i64 6
  %561 = getelementptr inbounds float, ptr %54, i64 %i5
  store float %560, ptr %561, align 4
  %562 = extractelement <8 x float> %529, i64 7
  %563 = getelementptr inbounds float, ptr %55, i64 %i5
  store float %562, ptr %563, align 4
  %bc626 = bitcast <8 x float> %534 to <8 x i32>
  %564 = extractelement <8 x i32> %bc626, i64 0
  %565 = getelementptr inbounds float, ptr %56, i64 %i5
  store i32 %564, ptr %565, align 4
  %566 = extractelement <8 x float> %534, i64 1
  %567 = getelementptr inbounds float, ptr %57, i64 %i5
  store float %566, ptr %567, align 4
  %568 = extractelement <8 x float> %534, i64 2
  %569 = getelementptr inbounds float, ptr %58, i64 %i5
  store float %568, ptr %569, align 4
  %570 = extractelement <8 x float> %534, i64 3
  %571 = getelementptr inbounds float, ptr %59, i64 %i5
  store float %570, ptr %571, align 4
  %572 = getelementptr float, ptr %212, i64 %525
  %573 = load float, ptr %572, align 4
  %574 = getelementptr inbounds float, ptr %60, i64 %i5
  store float %573, ptr %574, align 4
  %575 = getelementptr float, ptr %213, i64 %525
  %576 = load float, ptr %575, align 4
  %577 = getelementptr inbounds float, ptr %61, i64 %i5
  store float %576, ptr %577, align 4
  %578 = getelementptr float, ptr %214, i64 %525
  %579 = load float, ptr %578, align 4
  %580 = getelementptr inbounds float, ptr %62, i64 %i5
  store float %579, ptr %580, align 4
  %581 = getelementptr float, ptr %215, i64 %525
  %582 = load float, ptr %581, align 4
  %583 = getelementptr inbounds float, ptr %63, i64 %i5
  store float %582, ptr %583, align 4
  %584 = load float, ptr %538, align 4
  %585 = getelementptr inbounds float, ptr %64, i64 %i5
  store float %584, ptr %585, align 4
  %586 = getelementptr float, ptr %216, i64 %525
  %587 = load float, ptr %586, align 4
  %588 = getelementptr inbounds float, ptr %65, i64 %i5
  store float %587, ptr %588, align 4
  %589 = getelementptr float, ptr %217, i64 %525
  %590 = load float, ptr %589, align 4
  %591 = getelementptr inbounds float, ptr %66, i64 %i5
  store float %590, ptr %591, align 4
  %592 = getelementptr float, ptr %218, i64 %525
  %593 = load float, ptr %592, align 4
  %594 = getelementptr inbounds float, ptr %67, i64 %i5
  store float %593, ptr %594, align 4
  %595 = getelementptr float, ptr %219, i64 %525
  %596 = load float, ptr %595, align 4
  %597 = getelementptr inbounds float, ptr %68, i64 %i5
  store float %596, ptr %597, align 4
  %598 = getelementptr float, ptr %220, i64 %525
  %599 = load float, ptr %598, align 4
  %600 = getelementptr inbounds float, ptr %69, i64 %i5
  store float %599, ptr %600, align 4
  %601 = getelementptr float, ptr %221, i64 %525
  %602 = load float, ptr %601, align 4
  %603 = getelementptr inbounds float, ptr %70, i64 %i5
  store float %602, ptr %603, align 4
  %604 = getelementptr float, ptr %222, i64 %525
  %605 = load float, ptr %604, align 4
  %606 = getelementptr inbounds float, ptr %71, i64 %i5
  store float %605, ptr %606, align 4
  %607 = load float, ptr %543, align 4
  %608 = getelementptr inbounds float, ptr %72, i64 %i5
  store float %607, ptr %608, align 4
  %609 = getelementptr float, ptr %223, i64 %525
  %610 = load float, ptr %609, align 4
  %611 = getelementptr inbounds float, ptr %73, i64 %i5
  store float %610, ptr %611, align 4
  %612 = getelementptr float, ptr %224, i64 %525
  %613 = load float, ptr %612, align 4
  %614 = getelementptr inbounds float, ptr %74, i64 %i5
  store float %613, ptr %614, align 4
  %615 = getelementptr float, ptr %225, i64 %525
  %616 = load float, ptr %615, align 4
  %617 = getelementptr inbounds float, ptr %75, i64 %i5
  store float %616, ptr %617, align 4
  %618 = getelementptr float, ptr %226, i64 %525
  %619 = load float, ptr %618, align 4
  %620 = getelementptr inbounds float, ptr %76, i64 %i5
  store float %619, ptr %620, align 4
  %621 = getelementptr float, ptr %227, i64 %525
  %622 = load float, ptr %621, align 4
  %623 = getelementptr inbounds float, ptr %77, i64 %i5
  store float %622, ptr %623, align 4
  %624 = getelementptr float, ptr %228, i64 %525
  %625 = load float, ptr %624, align 4
  %626 = getelementptr inbounds float, ptr %78, i64 %i5
  store float %625, ptr %626, align 4
  %627 = getelementptr float, ptr %229, i64 %525
  %628 = load float, ptr %627, align 4
  %629 = getelementptr inbounds float, ptr %79, i64 %i5
  store float %628, ptr %629, align 4
  %630 = getelementptr float, ptr %vh, i64 %525
  %631 = load <8 x float>, ptr %630, align 4
  %632 = fmul <8 x float> %527, %631
  %633 = getelementptr inbounds i8, ptr %532, i64 128
  store <8 x float> %632, ptr %633, align 4
  %634 = getelementptr float, ptr %230, i64 %525
  %635 = load <8 x float>, ptr %634, align 4
  %636 = fmul <8 x float> %527, %635
  %637 = getelementptr inbounds i8, ptr %537, i64 128
  store <8 x float> %636, ptr %637, align 4
  %638 = getelementptr float, ptr %231, i64 %525
  %639 = load <8 x float>, ptr %638, align 4
  %640 = fmul <8 x float> %527, %639
  %641 = getelementptr inbounds i8, ptr %542, i64 128
  store <8 x float> %640, ptr %641, align 4
  %642 = getelementptr float, ptr %232, i64 %525
  %643 = load <8 x float>, ptr %642, align 4
  %644 = fmul <8 x float> %527, %643
  %645 = getelementptr inbounds i8, ptr %547, i64 128
  store <8 x float> %644, ptr %645, align 4
  %i7 = or disjoint i64 %i3, 2
  %tau2 = or disjoint i64 %tau, 2
  %646 = mul nsw i64 %tau2, %H
  %647 = getelementptr inbounds float, ptr %betah, i64 %646
  %648 = load float, ptr %647, align 4
  %649 = getelementptr inbounds float, ptr %bet, i64 %i7
  store float %648, ptr %649, align 4
  %650 = mul nsw i64 %tau2, %sq
  %651 = insertelement <8 x float> poison, float %648, i64 0
  %652 = shufflevector <8 x float> %651, <8 x float> poison, <8 x i32> zeroinitializer
  %653 = getelementptr float, ptr %kh, i64 %650
  %654 = load <8 x float>, ptr %653, align 4
  %.idx481 = shl nsw i64 %i7, 7
  %655 = getelementptr inbounds i8, ptr %Kc, i64 %.idx481
  store <8 x float> %654, ptr %655, align 4
  %656 = fmul <8 x float> %652, %654
  %.idx482 = shl nsw i64 %i7, 8
  %657 = getelementptr inbounds i8, ptr %X, i64 %.idx482
  store <8 x float> %656, ptr %657, align 4
  %658 = getelementptr float, ptr %206, i64 %650
  %659 = load <8 x float>, ptr %658, align 4
  %660 = getelementptr inbounds i8, ptr %43, i64 %.idx481
  store <8 x float> %659, ptr %660, align 4
  %661 = fmul <8 x float> %652, %659
  %662 = getelementptr inbounds i8, ptr %44, i64 %.idx482
  store <8 x float> %661, ptr %662, align 4
  %663 = getelementptr float, ptr %207, i64 %650
  %664 = load <8 x float>, ptr %663, align 4
  %665 = getelementptr inbounds i8, ptr %45, i64 %.idx481
  store <8 x float> %664, ptr %665, align 4
  %666 = fmul <8 x float> %652, %664
  %667 = getelementptr inbounds i8, ptr %46, i64 %.idx482
  store <8 x float> %666, ptr %667, align 4
  %668 = getelementptr float, ptr %208, i64 %650
  %669 = load <8 x float>, ptr %668, align 4
  %670 = getelementptr inbounds i8, ptr %47, i64 %.idx481
  store <8 x float> %669, ptr %670, align 4
  %671 = fmul <8 x float> %652, %669
  %672 = getelementptr inbounds i8, ptr %48, i64 %.idx482
  store <8 x float> %671, ptr %672, align 4
  %bc634 = bitcast <8 x float> %654 to <8 x i32>
  %673 = extractelement <8 x i32> %bc634, i64 0
  %674 = getelementptr inbounds float, ptr %KT, i64 %i7
  store i32 %673, ptr %674, align 4
  %675 = extractelement <8 x float> %654, i64 1
  %676 = getelementptr inbounds float, ptr %49, i64 %i7
  store float %675, ptr %676, align 4
  %677 = extractelement <8 x float> %654, i64 2
  %678 = getelementptr inbounds float, ptr %50, i64 %i7
  store float %677, ptr %678, align 4
  %679 = extractelement <8 x float> %654, i64 3
  %680 = getelementptr inbounds float, ptr %51, i64 %i7
  store float %679, ptr %680, align 4
  %681 = extractelement <8 x float> %654, i64 4
  %682 = getelementptr inbounds float, ptr %52, i64 %i7
  store float %681, ptr %682, align 4
  %683 = extractelement <8 x float> %654, i64 5
  %684 = getelementptr inbounds float, ptr %53, i64 %i7
  store float %683, ptr %684, align 4
  %685 = extractelement <8 x float> %654, i64 6
  %686 = getelementptr inbounds float, ptr %54, i64 %i7
  store float %685, ptr %686, align 4
  %687 = extractelement <8 x float> %654, i64 7
  %688 = getelementptr inbounds float, ptr %55, i64 %i7
  store float %687, ptr %688, align 4
  %bc638 = bitcast <8 x float> %659 to <8 x i32>
  %689 = extractelement <8 x i32> %bc638, i64 0
  %690 = getelementptr inbounds float, ptr %56, i64 %i7
  store i32 %689, ptr %690, align 4
  %691 = extractelement <8 x float> %659, i64 1
  %692 = getelementptr inbounds float, ptr %57, i64 %i7
  store float %691, ptr %692, align 4
  %693 = extractelement <8 x float> %659, i64 2
  %694 = getelementptr inbounds float, ptr %58, i64 %i7
  store float %693, ptr %694, align 4
  %695 = extractelement <8 x float> %659, i64 3
  %696 = getelementptr inbounds float, ptr %59, i64 %i7
  store float %695, ptr %696, align 4
  %697 = getelementptr float, ptr %212, i64 %650
  %698 = load float, ptr %697, align 4
  %699 = getelementptr inbounds float, ptr %60, i64 %i7
  store float %698, ptr %699, align 4
  %700 = getelementptr float, ptr %213, i64 %650
  %701 = load float, ptr %700, align 4
  %702 = getelementptr inbounds float, ptr %61, i64 %i7
  store float %701, ptr %702, align 4
  %703 = getelementptr float, ptr %214, i64 %650
  %704 = load float, ptr %703, align 4
  %705 = getelementptr inbounds float, ptr %62, i64 %i7
  store float %704, ptr %705, align 4
  %706 = getelementptr float, ptr %215, i64 %650
  %707 = load float, ptr %706, align 4
  %708 = getelementptr inbounds float, ptr %63, i64 %i7
  store float %707, ptr %708, align 4
  %709 = load float, ptr %663, align 4
  %710 = getelementptr inbounds float, ptr %64, i64 %i7
  store float %709, ptr %710, align 4
  %711 = getelementptr float, ptr %216, i64 %650
  %712 = load float, ptr %711, align 4
  %713 = getelementptr inbounds float, ptr %65, i64 %i7
  store float %712, ptr %713, align 4
  %714 = getelementptr float, ptr %217, i64 %650
  %715 = load float, ptr %714, align 4
  %716 = getelementptr inbounds float, ptr %66, i64 %i7
  store float %715, ptr %716, align 4
  %717 = getelementptr float, ptr %218, i64 %650
  %718 = load float, ptr %717, align 4
  %719 = getelementptr inbounds float, ptr %67, i64 %i7
  store float %718, ptr %719, align 4
  %720 = getelementptr float, ptr %219, i64 %650
  %721 = load float, ptr %720, align 4
  %722 = getelementptr inbounds float, ptr %68, i64 %i7
  store float %721, ptr %722, align 4
  %723 = getelementptr float, ptr %220, i64 %650
  %724 = load float, ptr %723, align 4
  %725 = getelementptr inbounds float, ptr %69, i64 %i7
  store float %724, ptr %725, align 4
  %726 = getelementptr float, ptr %221, i64 %650
  %727 = load float, ptr %726, align 4
  %728 = getelementptr inbounds float, ptr %70, i64 %i7
  store float %727, ptr %728, align 4
  %729 = getelementptr float, ptr %222, i64 %650
  %730 = load float, ptr %729, align 4
  %731 = getelementptr inbounds float, ptr %71, i64 %i7
  store float %730, ptr %731, align 4
  %732 = load float, ptr %668, align 4
  %733 = getelementptr inbounds float, ptr %72, i64 %i7
  store float %732, ptr %733, align 4
  %734 = getelementptr float, ptr %223, i64 %650
  %735 = load float, ptr %734, align 4
  %736 = getelementptr inbounds float, ptr %73, i64 %i7
  store float %735, ptr %736, align 4
  %737 = getelementptr float, ptr %224, i64 %650
  %738 = load float, ptr %737, align 4
  %739 = getelementptr inbounds float, ptr %74, i64 %i7
  store float %738, ptr %739, align 4
  %740 = getelementptr float, ptr %225, i64 %650
  %741 = load float, ptr %740, align 4
  %742 = getelementptr inbounds float, ptr %75, i64 %i7
  store float %741, ptr %742, align 4
  %743 = getelementptr float, ptr %226, i64 %650
  %744 = load float, ptr %743, align 4
  %745 = getelementptr inbounds float, ptr %76, i64 %i7
  store float %744, ptr %745, align 4
  %746 = getelementptr float, ptr %227, i64 %650
  %747 = load float, ptr %746, align 4
  %748 = getelementptr inbounds float, ptr %77, i64 %i7
  store float %747, ptr %748, align 4
  %749 = getelementptr float, ptr %228, i64 %650
  %750 = load float, ptr %749, align 4
  %751 = getelementptr inbounds float, ptr %78, i64 %i7
  store float %750, ptr %751, align 4
  %752 = getelementptr float, ptr %229, i64 %650
  %753 = load float, ptr %752, align 4
  %754 = getelementptr inbounds float, ptr %79, i64 %i7
  store float %753, ptr %754, align 4
  %755 = getelementptr float, ptr %vh, i64 %650
  %756 = load <8 x float>, ptr %755, align 4
  %757 = fmul <8 x float> %652, %756
  %758 = getelementptr inbounds i8, ptr %657, i64 128
  store <8 x float> %757, ptr %758, align 4
  %759 = getelementptr float, ptr %230, i64 %650
  %760 = load <8 x float>, ptr %759, align 4
  %761 = fmul <8 x float> %652, %760
  %762 = getelementptr inbounds i8, ptr %662, i64 128
  store <8 x float> %761, ptr %762, align 4
  %763 = getelementptr float, ptr %231, i64 %650
  %764 = load <8 x float>, ptr %763, align 4
  %765 = fmul <8 x float> %652, %764
  %766 = getelementptr inbounds i8, ptr %667, i64 128
  store <8 x float> %765, ptr %766, align 4
  %767 = getelementptr float, ptr %232, i64 %650
  %768 = load <8 x float>, ptr %767, align 4
  %769 = fmul <8 x float> %652, %768
  %770 = getelementptr inbounds i8, ptr %672, i64 128
  store <8 x float> %769, ptr %770, align 4
  %i9 = or disjoint i64 %i3, 3
  %tau3 = or disjoint i64 %tau, 3
  %771 = mul nsw i64 %tau3, %H
  %772 = getelementptr inbounds float, ptr %betah, i64 %771
  %773 = load float, ptr %772, align 4
  %774 = getelementptr inbounds float, ptr %bet, i64 %i9
  store float %773, ptr %774, align 4
  %775 = mul nsw i64 %tau3, %sq
  %776 = insertelement <8 x float> poison, float %773, i64 0
  %777 = shufflevector <8 x float> %776, <8 x float> poison, <8 x i32> zeroinitializer
  %778 = getelementptr float, ptr %kh, i64 %775
  %779 = load <8 x float>, ptr %778, align 4
  %.idx485 = shl nsw i64 %i9, 7
  %780 = getelementptr inbounds i8, ptr %Kc, i64 %.idx485
  store <8 x float> %779, ptr %780, align 4
  %781 = fmul <8 x float> %777, %779
  %.idx486 = shl nsw i64 %i9, 8
  %782 = getelementptr inbounds i8, ptr %X, i64 %.idx486
  store <8 x float> %781, ptr %782, align 4
  %783 = getelementptr float, ptr %206, i64 %775
  %784 = load <8 x float>, ptr %783, align 4
  %785 = getelementptr inbounds i8, ptr %43, i64 %.idx485
  store <8 x float> %784, ptr %785, align 4
  %786 = fmul <8 x float> %777, %784
  %787 = getelementptr inbounds i8, ptr %44, i64 %.idx486
  store <8 x float> %786, ptr %787, align 4
  %788 = getelementptr float, ptr %207, i64 %775
  %789 = load <8 x float>, ptr %788, align 4
  %790 = getelementptr inbounds i8, ptr %45, i64 %.idx485
  store <8 x float> %789, ptr %790, align 4
  %791 = fmul <8 x float> %777, %789
  %792 = getelementptr inbounds i8, ptr %46, i64 %.idx486
  store <8 x float> %791, ptr %792, align 4
  %793 = getelementptr float, ptr %208, i64 %775
  %794 = load <8 x float>, ptr %793, align 4
  %795 = getelementptr inbounds i8, ptr %47, i64 %.idx485
  store <8 x float> %794, ptr %795, align 4
  %796 = fmul <8 x float> %777, %794
  %797 = getelementptr inbounds i8, ptr %48, i64 %.idx486
  store <8 x float> %796, ptr %797, align 4
  %bc646 = bitcast <8 x float> %779 to <8 x i32>
  %798 = extractelement <8 x i32> %bc646, i64 0
  %799 = getelementptr inbounds float, ptr %KT, i64 %i9
  store i32 %798, ptr %799, align 4
  %800 = extractelement <8 x float> %779, i64 1
  %801 = getelementptr inbounds float, ptr %49, i64 %i9
  store float %800, ptr %801, align 4
  %802 = extractelement <8 x float> %779, i64 2
  %803 = getelementptr inbounds float, ptr %50, i64 %i9
  store float %802, ptr %803, align 4
  %804 = extractelement <8 x float> %779, i64 3
  %805 = getelementptr inbounds float, ptr %51, i64 %i9
  store float %804, ptr %805, align 4
  %806 = extractelement <8 x float> %779, i64 4
  %807 = getelementptr inbounds float, ptr %52, i64 %i9
  store float %806, ptr %807, align 4
  %808 = extractelement <8 x float> %779, i64 5
  %809 = getelementptr inbounds float, ptr %53, i64 %i9
  store float %808, ptr %809, align 4
  %810 = extractelement <8 x float> %779, i64 6
  %811 = getelementptr inbounds float, ptr %54, i64 %i9
  store float %810, ptr %811, align 4
  %812 = extractelement <8 x float> %779, i64 7
  %813 = getelementptr inbounds float, ptr %55, i64 %i9
  store float %812, ptr %813, align 4
  %bc650 = bitcast <8 x float> %784 to <8 x i32>
  %814 = extractelement <8 x i32> %bc650, i64 0
  %815 = getelementptr inbounds float, ptr %56, i64 %i9
  store i32 %814, ptr %815, align 4
  %816 = extractelement <8 x float> %784, i64 1
  %817 = getelementptr inbounds float, ptr %57, i64 %i9
  store float %816, ptr %817, align 4
  %818 = extractelement <8 x float> %784, i64 2
  %819 = getelementptr inbounds float, ptr %58, i64 %i9
  store float %818, ptr %819, align 4
  %820 = extractelement <8 x float> %784, i64 3
  %821 = getelementptr inbounds float, ptr %59, i64 %i9
  store float %820, ptr %821, align 4
  %822 = getelementptr float, ptr %212, i64 %775
  %823 = load float, ptr %822, align 4
  %824 = getelementptr inbounds float, ptr %60, i64 %i9
  store float %823, ptr %824, align 4
  %825 = getelementptr float, ptr %213, i64 %775
  %826 = load float, ptr %825, align 4
  %827 = getelementptr inbounds float, ptr %61, i64 %i9
  store float %826, ptr %827, align 4
  %828 = getelementptr float, ptr %214, i64 %775
  %829 = load float, ptr %828, align 4
  %830 = getelementptr inbounds float, ptr %62, i64 %i9
  store float %829, ptr %830, align 4
  %831 = getelementptr float, ptr %215, i64 %775
  %832 = load float, ptr %831, align 4
  %833 = getelementptr inbounds float, ptr %63, i64 %i9
  store float %832, ptr %833, align 4
  %834 = load float, ptr %788, align 4
  %835 = getelementptr inbounds float, ptr %64, i64 %i9
  store float %834, ptr %835, align 4
  %836 = getelementptr float, ptr %216, i64 %775
  %837 = load float, ptr %836, align 4
  %838 = getelementptr inbounds float, ptr %65, i64 %i9
  store float %837, ptr %838, align 4
  %839 = getelementptr float, ptr %217, i64 %775
  %840 = load float, ptr %839, align 4
  %841 = getelementptr inbounds float, ptr %66, i64 %i9
  store float %840, ptr %841, align 4
  %842 = getelementptr float, ptr %218, i64 %775
  %843 = load float, ptr %842, align 4
  %844 = getelementptr inbounds float, ptr %67, i64 %i9
  store float %843, ptr %844, align 4
  %845 = getelementptr float, ptr %219, i64 %775
  %846 = load float, ptr %845, align 4
  %847 = getelementptr inbounds float, ptr %68, i64 %i9
  store float %846, ptr %847, align 4
  %848 = getelementptr float, ptr %220, i64 %775
  %849 = load float, ptr %848, align 4
  %850 = getelementptr inbounds float, ptr %69, i64 %i9
  store float %849, ptr %850, align 4
  %851 = getelementptr float, ptr %221, i64 %775
  %852 = load float, ptr %851, align 4
  %853 = getelementptr inbounds float, ptr %70, i64 %i9
  store float %852, ptr %853, align 4
  %854 = getelementptr float, ptr %222, i64 %775
  %855 = load float, ptr %854, align 4
  %856 = getelementptr inbounds float, ptr %71, i64 %i9
  store float %855, ptr %856, align 4
  %857 = load float, ptr %793, align 4
  %858 = getelementptr inbounds float, ptr %72, i64 %i9
  store float %857, ptr %858, align 4
  %859 = getelementptr float, ptr %223, i64 %775
  %860 = load float, ptr %859, align 4
  %861 = getelementptr inbounds float, ptr %73, i64 %i9
  store float %860, ptr %861, align 4
  %862 = getelementptr float, ptr %224, i64 %775
  %863 = load float, ptr %862, align 4
  %864 = getelementptr inbounds float, ptr %74, i64 %i9
  store float %863, ptr %864, align 4
  %865 = getelementptr float, ptr %225, i64 %775
  %866 = load float, ptr %865, align 4
  %867 = getelementptr inbounds float, ptr %75, i64 %i9
  store float %866, ptr %867, align 4
  %868 = getelementptr float, ptr %226, i64 %775
  %869 = load float, ptr %868, align 4
  %870 = getelementptr inbounds float, ptr %76, i64 %i9
  store float %869, ptr %870, align 4
  %871 = getelementptr float, ptr %227, i64 %775
  %872 = load float, ptr %871, align 4
  %873 = getelementptr inbounds float, ptr %77, i64 %i9
  store float %872, ptr %873, align 4
  %874 = getelementptr float, ptr %228, i64 %775
  %875 = load float, ptr %874, align 4
  %876 = getelementptr inbounds float, ptr %78, i64 %i9
  store float %875, ptr %876, align 4
  %877 = getelementptr float, ptr %229, i64 %775
  %878 = load float, ptr %877, align 4
  %879 = getelementptr inbounds float, ptr %79, i64 %i9
  store float %878, ptr %879, align 4
  %880 = getelementptr float, ptr %vh, i64 %775
  %881 = load <8 x float>, ptr %880, align 4
  %882 = fmul <8 x float> %777, %881
  %883 = getelementptr inbounds i8, ptr %782, i64 128
  store <8 x float> %882, ptr %883, align 4
  %884 = getelementptr float, ptr %230, i64 %775
  %885 = load <8 x float>, ptr %884, align 4
  %886 = fmul <8 x float> %777, %885
  %887 = getelementptr inbounds i8, ptr %787, i64 128
  store <8 x float> %886, ptr %887, align 4
  %888 = getelementptr float, ptr %231, i64 %775
  %889 = load <8 x float>, ptr %888, align 4
  %890 = fmul <8 x float> %777, %889
  %891 = getelementptr inbounds i8, ptr %792, i64 128
  store <8 x float> %890, ptr %891, align 4
  %892 = getelementptr float, ptr %232, i64 %775
  %893 = load <8 x float>, ptr %892, align 4
  %894 = fmul <8 x float> %777, %893
  %895 = getelementptr inbounds i8, ptr %797, i64 128
  store <8 x float> %894, ptr %895, align 4
  br label %endif

endif:                                            ; preds = %j7.head.preheader, %j2.head.preheader
  %t.next = add nuw nsw i64 %t.addr.0371, 1
  %exitcond.not = icmp eq i64 %t.next, 16
  br i1 %exitcond.not, label %j16.head.preheader, label %t.body

j16.head.preheader:                               ; preds = %endif, %p12.exit.3
  %i24.addr.0382 = phi i64 [ %i24.next, %p12.exit.3 ], [ 0, %endif ]
  %896 = shl nuw nsw i64 %i24.addr.0382, 5
  %897 = shl nuw nsw i64 %i24.addr.0382, 6
  %898 = or disjoint i64 %897, 64
  %899 = or disjoint i64 %897, 128
  %900 = or disjoint i64 %897, 192
  br label %p12.body

p12.body:                                         ; preds = %p12.body, %j16.head.preheader
  %acc.0380 = phi <8 x float> [ zeroinitializer, %j16.head.preheader ], [ %946, %p12.body ]
  %acc1.0379 = phi <8 x float> [ zeroinitializer, %j16.head.preheader ], [ %947, %p12.body ]
  %acc2.0378 = phi <8 x float> [ zeroinitializer, %j16.head.preheader ], [ %953, %p12.body ]
  %p12.addr.0377 = phi i64 [ 0, %j16.head.preheader ], [ %p12.next.11369, %p12.body ]
  %acc7.0376 = phi <8 x float> [ zeroinitializer, %j16.head.preheader ], [ %968, %p12.body ]
  %acc6.0375 = phi <8 x float> [ zeroinitializer, %j16.head.preheader ], [ %967, %p12.body ]
  %acc5.0374 = phi <8 x float> [ zeroinitializer, %j16.head.preheader ], [ %961, %p12.body ]
  %acc4.0373 = phi <8 x float> [ zeroinitializer, %j16.head.preheader ], [ %960, %p12.body ]
  %acc3.0372 = phi <8 x float> [ zeroinitializer, %j16.head.preheader ], [ %954, %p12.body ]
  %901 = shl nuw nsw i64 %p12.addr.0377, 6
  %902 = getelementptr inbounds float, ptr %KT, i64 %901
  %903 = load <8 x float>, ptr %902, align 4
  %904 = or disjoint i64 %901, 8
  %905 = getelementptr inbounds float, ptr %KT, i64 %904
  %906 = load <8 x float>, ptr %905, align 4
  %907 = add nuw nsw i64 %p12.addr.0377, %896
  %908 = getelementptr inbounds float, ptr %Kc, i64 %907
  %909 = load float, ptr %908, align 4
  %910 = insertelement <8 x float> poison, float %909, i64 0
  %911 = shufflevector <8 x float> %910, <8 x float> poison, <8 x i32> zeroinitializer
  %912 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %911, <8 x float> %903, <8 x float> %acc.0380)
  %913 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %911, <8 x float> %906, <8 x float> %acc1.0379)
  %914 = or disjoint i64 %907, 32
  %915 = getelementptr inbounds float, ptr %Kc, i64 %914
  %916 = load float, ptr %915, align 4
  %917 = insertelement <8 x float> poison, float %916, i64 0
  %918 = shufflevector <8 x float> %917, <8 x float> poison, <8 x i32> zeroinitializer
  %919 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %918, <8 x float> %903, <8 x float> %acc2.0378)
  %920 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %918, <8 x float> %906, <8 x float> %acc3.0372)
  %921 = or disjoint i64 %907, 64
  %922 = getelementptr inbounds float, ptr %Kc, i64 %921
  %923 = load float, ptr %922, align 4
  %924 = insertelement <8 x float> poison, float %923, i64 0
  %925 = shufflevector <8 x float> %924, <8 x float> poison, <8 x i32> zeroinitializer
  %926 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> %903, <8 x float> %acc4.0373)
  %927 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %925, <8 x float> %906, <8 x float> %acc5.0374)
  %928 = or disjoint i64 %907, 96
  %929 = getelementptr inbounds float, ptr %Kc, i64 %928
  %930 = load float, ptr %929, align 4
  %931 = insertelement <8 x float> poison, float %930, i64 0
  %932 = shufflevector <8 x float> %931, <8 x float> poison, <8 x i32> zeroinitializer
  %933 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %932, <8 x float> %903, <8 x float> %acc6.0375)
  %934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %932, <8 x float> %906, <8 x float> %acc7.0376)
  %p12.next = or disjoint i64 %p12.addr.0377, 1
  %935 = shl nuw nsw i64 %p12.next, 6
  %936 = getelementptr inbounds float, ptr %KT, i64 %935
  %937 = load <8 x float>, ptr %936, align 4
  %938 = or disjoint i64 %935, 8
  %939 = getelementptr inbounds float, ptr %KT, i64 %938
  %940 = load <8 x float>, ptr %939, align 4
  %941 = add nuw nsw i64 %p12.next, %896
  %942 = getelementptr inbounds float, ptr %Kc, i64 %941
  %943 = load float, ptr %942, align 4
  %944 = insertelement <8 x float> poison, float %943, i64 0
  %945 = shufflevector <8 x float> %944, <8 x float> poison, <8 x i32> zeroinitializer
  %946 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %945, <8 x float> %937, <8 x float> %912)
  %947 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %945, <8 x float> %940, <8 x float> %913)
  %948 = or disjoint i64 %941, 32
  %949 = getelementptr inbounds float, ptr %Kc, i64 %948
  %950 = load float, ptr %949, align 4
  %951 = insertelement <8 x float> poison, float %950, i64 0
  %952 = shufflevector <8 x float> %951, <8 x float> poison, <8 x i32> zeroinitializer
  %953 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %952, <8 x float> %937, <8 x float> %919)
  %954 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %952, <8 x float> %940, <8 x float> %920)
  %955 = or disjoint i64 %941, 64
  %956 = getelementptr inbounds float, ptr %Kc, i64 %955
  %957 = load float, ptr %956, align 4
  %958 = insertelement <8 x float> poison, float %957, i64 0
  %959 = shufflevector <8 x float> %958, <8 x float> poison, <8 x i32> zeroinitializer
  %960 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %959, <8 x float> %937, <8 x float> %926)
  %961 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %959, <8 x float> %940, <8 x float> %927)
  %962 = or disjoint i64 %941, 96
  %963 = getelementptr inbounds float, ptr %Kc, i64 %962
  %964 = load float, ptr %963, align 4
  %965 = insertelement <8 x float> poison, float %964, i64 0
  %966 = shufflevector <8 x float> %965, <8 x float> poison, <8 x i32> zeroinitializer
  %967 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %966, <8 x float> %937, <8 x float> %933)
  %968 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %966, <8 x float> %940, <8 x float> %934)
  %p12.next.11369 = add nuw nsw i64 %p12.addr.0377, 2
  %exitcond573.not.1 = icmp eq i64 %p12.next.11369, 32
  br i1 %exitcond573.not.1, label %p12.exit, label %p12.body

p12.exit:                                         ; preds = %p12.body
  %969 = getelementptr inbounds float, ptr %A, i64 %897
  store <8 x float> %946, ptr %969, align 4
  %970 = or disjoint i64 %897, 8
  %971 = getelementptr inbounds float, ptr %A, i64 %970
  store <8 x float> %947, ptr %971, align 4
  %972 = getelementptr inbounds float, ptr %A, i64 %898
  store <8 x float> %953, ptr %972, align 4
  %973 = or disjoint i64 %897, 72
  %974 = getelementptr inbounds float, ptr %A, i64 %973
  store <8 x float> %954, ptr %974, align 4
  %975 = getelementptr inbounds float, ptr %A, i64 %899
  store <8 x float> %960, ptr %975, align 4
  %976 = or disjoint i64 %897, 136
  %977 = getelementptr inbounds float, ptr %A, i64 %976
  store <8 x float> %961, ptr %977, align 4
  %978 = getelementptr inbounds float, ptr %A, i64 %900
  store <8 x float> %967, ptr %978, align 4
  %979 = or disjoint i64 %897, 200
  %980 = getelementptr inbounds float, ptr %A, i64 %979
  store <8 x float> %968, ptr %980, align 4
  br label %p12.body.1

p12.body.1:                                       ; preds = %p12.body.1, %p12.exit
  %acc.0380.1 = phi <8 x float> [ zeroinitializer, %p12.exit ], [ %1028, %p12.body.1 ]
  %acc1.0379.1 = phi <8 x float> [ zeroinitializer, %p12.exit ], [ %1029, %p12.body.1 ]
  %acc2.0378.1 = phi <8 x float> [ zeroinitializer, %p12.exit ], [ %1035, %p12.body.1 ]
  %p12.addr.0377.1 = phi i64 [ 0, %p12.exit ], [ %p12.next.1.1, %p12.body.1 ]
  %acc7.0376.1 = phi <8 x float> [ zeroinitializer, %p12.exit ], [ %1050, %p12.body.1 ]
  %acc6.0375.1 = phi <8 x float> [ zeroinitializer, %p12.exit ], [ %1049, %p12.body.1 ]
  %acc5.0374.1 = phi <8 x float> [ zeroinitializer, %p12.exit ], [ %1043, %p12.body.1 ]
  %acc4.0373.1 = phi <8 x float> [ zeroinitializer, %p12.exit ], [ %1042, %p12.body.1 ]
  %acc3.0372.1 = phi <8 x float> [ zeroinitializer, %p12.exit ], [ %1036, %p12.body.1 ]
  %981 = shl nuw nsw i64 %p12.addr.0377.1, 6
  %982 = or disjoint i64 %981, 16
  %983 = getelementptr inbounds float, ptr %KT, i64 %982
  %984 = load <8 x float>, ptr %983, align 4
  %985 = or disjoint i64 %981, 24
  %986 = getelementptr inbounds float, ptr %KT, i64 %985
  %987 = load <8 x float>, ptr %986, align 4
  %988 = add nuw nsw i64 %p12.addr.0377.1, %896
  %989 = getelementptr inbounds float, ptr %Kc, i64 %988
  %990 = load float, ptr %989, align 4
  %991 = insertelement <8 x float> poison, float %990, i64 0
  %992 = shufflevector <8 x float> %991, <8 x float> poison, <8 x i32> zeroinitializer
  %993 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %992, <8 x float> %984, <8 x float> %acc.0380.1)
  %994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %992, <8 x float> %987, <8 x float> %acc1.0379.1)
  %995 = or disjoint i64 %988, 32
  %996 = getelementptr inbounds float, ptr %Kc, i64 %995
  %997 = load float, ptr %996, align 4
  %998 = insertelement <8 x float> poison, float %997, i64 0
  %999 = shufflevector <8 x float> %998, <8 x float> poison, <8 x i32> zeroinitializer
  %1000 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %999, <8 x float> %984, <8 x float> %acc2.0378.1)
  %1001 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %999, <8 x float> %987, <8 x float> %acc3.0372.1)
  %1002 = or disjoint i64 %988, 64
  %1003 = getelementptr inbounds float, ptr %Kc, i64 %1002
  %1004 = load float, ptr %1003, align 4
  %1005 = insertelement <8 x float> poison, float %1004, i64 0
  %1006 = shufflevector <8 x float> %1005, <8 x float> poison, <8 x i32> zeroinitializer
  %1007 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1006, <8 x float> %984, <8 x float> %acc4.0373.1)
  %1008 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1006, <8 x float> %987, <8 x float> %acc5.0374.1)
  %1009 = or disjoint i64 %988, 96
  %1010 = getelementptr inbounds float, ptr %Kc, i64 %1009
  %1011 = load float, ptr %1010, align 4
  %1012 = insertelement <8 x float> poison, float %1011, i64 0
  %1013 = shufflevector <8 x float> %1012, <8 x float> poison, <8 x i32> zeroinitializer
  %1014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> %984, <8 x float> %acc6.0375.1)
  %1015 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1013, <8 x float> %987, <8 x float> %acc7.0376.1)
  %p12.next.1 = or disjoint i64 %p12.addr.0377.1, 1
  %1016 = shl nuw nsw i64 %p12.next.1, 6
  %1017 = or disjoint i64 %1016, 16
  %1018 = getelementptr inbounds float, ptr %KT, i64 %1017
  %1019 = load <8 x float>, ptr %1018, align 4
  %1020 = or disjoint i64 %1016, 24
  %1021 = getelementptr inbounds float, ptr %KT, i64 %1020
  %1022 = load <8 x float>, ptr %1021, align 4
  %1023 = add nuw nsw i64 %p12.next.1, %896
  %1024 = getelementptr inbounds float, ptr %Kc, i64 %1023
  %1025 = load float, ptr %1024, align 4
  %1026 = insertelement <8 x float> poison, float %1025, i64 0
  %1027 = shufflevector <8 x float> %1026, <8 x float> poison, <8 x i32> zeroinitializer
  %1028 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1019, <8 x float> %993)
  %1029 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1027, <8 x float> %1022, <8 x float> %994)
  %1030 = or disjoint i64 %1023, 32
  %1031 = getelementptr inbounds float, ptr %Kc, i64 %1030
  %1032 = load float, ptr %1031, align 4
  %1033 = insertelement <8 x float> poison, float %1032, i64 0
  %1034 = shufflevector <8 x float> %1033, <8 x float> poison, <8 x i32> zeroinitializer
  %1035 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1034, <8 x float> %1019, <8 x float> %1000)
  %1036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1034, <8 x float> %1022, <8 x float> %1001)
  %1037 = or disjoint i64 %1023, 64
  %1038 = getelementptr inbounds float, ptr %Kc, i64 %1037
  %1039 = load float, ptr %1038, align 4
  %1040 = insertelement <8 x float> poison, float %1039, i64 0
  %1041 = shufflevector <8 x float> %1040, <8 x float> poison, <8 x i32> zeroinitializer
  %1042 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1041, <8 x float> %1019, <8 x float> %1007)
  %1043 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1041, <8 x float> %1022, <8 x float> %1008)
  %1044 = or disjoint i64 %1023, 96
  %1045 = getelementptr inbounds float, ptr %Kc, i64 %1044
  %1046 = load float, ptr %1045, align 4
  %1047 = insertelement <8 x float> poison, float %1046, i64 0
  %1048 = shufflevector <8 x float> %1047, <8 x float> poison, <8 x i32> zeroinitializer
  %1049 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1048, <8 x float> %1019, <8 x float> %1014)
  %1050 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1048, <8 x float> %1022, <8 x float> %1015)
  %p12.next.1.1 = add nuw nsw i64 %p12.addr.0377.1, 2
  %exitcond573.1.not.1 = icmp eq i64 %p12.next.1.1, 32
  br i1 %exitcond573.1.not.1, label %p12.exit.1, label %p12.body.1

p12.exit.1:                                       ; preds = %p12.body.1
  %1051 = or disjoint i64 %897, 16
  %1052 = getelementptr inbounds float, ptr %A, i64 %1051
  store <8 x float> %1028, ptr %1052, align 4
  %1053 = or disjoint i64 %897, 24
  %1054 = getelementptr inbounds float, ptr %A, i64 %1053
  store <8 x float> %1029, ptr %1054, align 4
  %1055 = or disjoint i64 %897, 80
  %1056 = getelementptr inbounds float, ptr %A, i64 %1055
  store <8 x float> %1035, ptr %1056, align 4
  %1057 = or disjoint i64 %897, 88
  %1058 = getelementptr inbounds float, ptr %A, i64 %1057
  store <8 x float> %1036, ptr %1058, align 4
  %1059 = or disjoint i64 %897, 144
  %1060 = getelementptr inbounds float, ptr %A, i64 %1059
  store <8 x float> %1042, ptr %1060, align 4
  %1061 = or disjoint i64 %897, 152
  %1062 = getelementptr inbounds float, ptr %A, i64 %1061
  store <8 x float> %1043, ptr %1062, align 4
  %1063 = or disjoint i64 %897, 208
  %1064 = getelementptr inbounds float, ptr %A, i64 %1063
  store <8 x float> %1049, ptr %1064, align 4
  %1065 = or disjoint i64 %897, 216
  %1066 = getelementptr inbounds float, ptr %A, i64 %1065
  store <8 x float> %1050, ptr %1066, align 4
  br label %p12.body.2

p12.body.2:                                       ; preds = %p12.body.2, %p12.exit.1
  %acc.0380.2 = phi <8 x float> [ zeroinitializer, %p12.exit.1 ], [ %1114, %p12.body.2 ]
  %acc1.0379.2 = phi <8 x float> [ zeroinitializer, %p12.exit.1 ], [ %1115, %p12.body.2 ]
  %acc2.0378.2 = phi <8 x float> [ zeroinitializer, %p12.exit.1 ], [ %1121, %p12.body.2 ]
  %p12.addr.0377.2 = phi i64 [ 0, %p12.exit.1 ], [ %p12.next.2.1, %p12.body.2 ]
  %acc7.0376.2 = phi <8 x float> [ zeroinitializer, %p12.exit.1 ], [ %1136, %p12.body.2 ]
  %acc6.0375.2 = phi <8 x float> [ zeroinitializer, %p12.exit.1 ], [ %1135, %p12.body.2 ]
  %acc5.0374.2 = phi <8 x float> [ zeroinitializer, %p12.exit.1 ], [ %1129, %p12.body.2 ]
  %acc4.0373.2 = phi <8 x float> [ zeroinitializer, %p12.exit.1 ], [ %1128, %p12.body.2 ]
  %acc3.0372.2 = phi <8 x float> [ zeroinitializer, %p12.exit.1 ], [ %1122, %p12.body.2 ]
  %1067 = shl nuw nsw i64 %p12.addr.0377.2, 6
  %1068 = or disjoint i64 %1067, 32
  %1069 = getelementptr inbounds float, ptr %KT, i64 %1068
  %1070 = load <8 x float>, ptr %1069, align 4
  %1071 = or disjoint i64 %1067, 40
  %1072 = getelementptr inbounds float, ptr %KT, i64 %1071
  %1073 = load <8 x float>, ptr %1072, align 4
  %1074 = add nuw nsw i64 %p12.addr.0377.2, %896
  %1075 = getelementptr inbounds float, ptr %Kc, i64 %1074
  %1076 = load float, ptr %1075, align 4
  %1077 = insertelement <8 x float> poison, float %1076, i64 0
  %1078 = shufflevector <8 x float> %1077, <8 x float> poison, <8 x i32> zeroinitializer
  %1079 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1078, <8 x float> %1070, <8 x float> %acc.0380.2)
  %1080 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1078, <8 x float> %1073, <8 x float> %acc1.0379.2)
  %1081 = or disjoint i64 %1074, 32
  %1082 = getelementptr inbounds float, ptr %Kc, i64 %1081
  %1083 = load float, ptr %1082, align 4
  %1084 = insertelement <8 x float> poison, float %1083, i64 0
  %1085 = shufflevector <8 x float> %1084, <8 x float> poison, <8 x i32> zeroinitializer
  %1086 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1085, <8 x float> %1070, <8 x float> %acc2.0378.2)
  %1087 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1085, <8 x float> %1073, <8 x float> %acc3.0372.2)
  %1088 = or disjoint i64 %1074, 64
  %1089 = getelementptr inbounds float, ptr %Kc, i64 %1088
  %1090 = load float, ptr %1089, align 4
  %1091 = insertelement <8 x float> poison, float %1090, i64 0
  %1092 = shufflevector <8 x float> %1091, <8 x float> poison, <8 x i32> zeroinitializer
  %1093 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> %1070, <8 x float> %acc4.0373.2)
  %1094 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1092, <8 x float> %1073, <8 x float> %acc5.0374.2)
  %1095 = or disjoint i64 %1074, 96
  %1096 = getelementptr inbounds float, ptr %Kc, i64 %1095
  %1097 = load float, ptr %1096, align 4
  %1098 = insertelement <8 x float> poison, float %1097, i64 0
  %1099 = shufflevector <8 x float> %1098, <8 x float> poison, <8 x i32> zeroinitializer
  %1100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1099, <8 x float> %1070, <8 x float> %acc6.0375.2)
  %1101 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1099, <8 x float> %1073, <8 x float> %acc7.0376.2)
  %p12.next.2 = or disjoint i64 %p12.addr.0377.2, 1
  %1102 = shl nuw nsw i64 %p12.next.2, 6
  %1103 = or disjoint i64 %1102, 32
  %1104 = getelementptr inbounds float, ptr %KT, i64 %1103
  %1105 = load <8 x float>, ptr %1104, align 4
  %1106 = or disjoint i64 %1102, 40
  %1107 = getelementptr inbounds float, ptr %KT, i64 %1106
  %1108 = load <8 x float>, ptr %1107, align 4
  %1109 = add nuw nsw i64 %p12.next.2, %896
  %1110 = getelementptr inbounds float, ptr %Kc, i64 %1109
  %1111 = load float, ptr %1110, align 4
  %1112 = insertelement <8 x float> poison, float %1111, i64 0
  %1113 = shufflevector <8 x float> %1112, <8 x float> poison, <8 x i32> zeroinitializer
  %1114 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1113, <8 x float> %1105, <8 x float> %1079)
  %1115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1113, <8 x float> %1108, <8 x float> %1080)
  %1116 = or disjoint i64 %1109, 32
  %1117 = getelementptr inbounds float, ptr %Kc, i64 %1116
  %1118 = load float, ptr %1117, align 4
  %1119 = insertelement <8 x float> poison, float %1118, i64 0
  %1120 = shufflevector <8 x float> %1119, <8 x float> poison, <8 x i32> zeroinitializer
  %1121 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1120, <8 x float> %1105, <8 x float> %1086)
  %1122 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1120, <8 x float> %1108, <8 x float> %1087)
  %1123 = or disjoint i64 %1109, 64
  %1124 = getelementptr inbounds float, ptr %Kc, i64 %1123
  %1125 = load float, ptr %1124, align 4
  %1126 = insertelement <8 x float> poison, float %1125, i64 0
  %1127 = shufflevector <8 x float> %1126, <8 x float> poison, <8 x i32> zeroinitializer
  %1128 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1127, <8 x float> %1105, <8 x float> %1093)
  %1129 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1127, <8 x float> %1108, <8 x float> %1094)
  %1130 = or disjoint i64 %1109, 96
  %1131 = getelementptr inbounds float, ptr %Kc, i64 %1130
  %1132 = load float, ptr %1131, align 4
  %1133 = insertelement <8 x float> poison, float %1132, i64 0
  %1134 = shufflevector <8 x float> %1133, <8 x float> poison, <8 x i32> zeroinitializer
  %1135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1134, <8 x float> %1105, <8 x float> %1100)
  %1136 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1134, <8 x float> %1108, <8 x float> %1101)
  %p12.next.2.1 = add nuw nsw i64 %p12.addr.0377.2, 2
  %exitcond573.2.not.1 = icmp eq i64 %p12.next.2.1, 32
  br i1 %exitcond573.2.not.1, label %p12.exit.2, label %p12.body.2

p12.exit.2:                                       ; preds = %p12.body.2
  %1137 = or disjoint i64 %897, 32
  %1138 = getelementptr inbounds float, ptr %A, i64 %1137
  store <8 x float> %1114, ptr %1138, align 4
  %1139 = or disjoint i64 %897, 40
  %1140 = getelementptr inbounds float, ptr %A, i64 %1139
  store <8 x float> %1115, ptr %1140, align 4
  %1141 = or disjoint i64 %897, 96
  %1142 = getelementptr inbounds float, ptr %A, i64 %1141
  store <8 x float> %1121, ptr %1142, align 4
  %1143 = or disjoint i64 %897, 104
  %1144 = getelementptr inbounds float, ptr %A, i64 %1143
  store <8 x float> %1122, ptr %1144, align 4
  %1145 = or disjoint i64 %897, 160
  %1146 = getelementptr inbounds float, ptr %A, i64 %1145
  store <8 x float> %1128, ptr %1146, align 4
  %1147 = or disjoint i64 %897, 168
  %1148 = getelementptr inbounds float, ptr %A, i64 %1147
  store <8 x float> %1129, ptr %1148, align 4
  %1149 = or disjoint i64 %897, 224
  %1150 = getelementptr inbounds float, ptr %A, i64 %1149
  store <8 x float> %1135, ptr %1150, align 4
  %1151 = or disjoint i64 %897, 232
  %1152 = getelementptr inbounds float, ptr %A, i64 %1151
  store <8 x float> %1136, ptr %1152, align 4
  br label %p12.body.3

p12.body.3:                                       ; preds = %p12.body.3, %p12.exit.2
  %acc.0380.3 = phi <8 x float> [ zeroinitializer, %p12.exit.2 ], [ %1200, %p12.body.3 ]
  %acc1.0379.3 = phi <8 x float> [ zeroinitializer, %p12.exit.2 ], [ %1201, %p12.body.3 ]
  %acc2.0378.3 = phi <8 x float> [ zeroinitializer, %p12.exit.2 ], [ %1207, %p12.body.3 ]
  %p12.addr.0377.3 = phi i64 [ 0, %p12.exit.2 ], [ %p12.next.3.1, %p12.body.3 ]
  %acc7.0376.3 = phi <8 x float> [ zeroinitializer, %p12.exit.2 ], [ %1222, %p12.body.3 ]
  %acc6.0375.3 = phi <8 x float> [ zeroinitializer, %p12.exit.2 ], [ %1221, %p12.body.3 ]
  %acc5.0374.3 = phi <8 x float> [ zeroinitializer, %p12.exit.2 ], [ %1215, %p12.body.3 ]
  %acc4.0373.3 = phi <8 x float> [ zeroinitializer, %p12.exit.2 ], [ %1214, %p12.body.3 ]
  %acc3.0372.3 = phi <8 x float> [ zeroinitializer, %p12.exit.2 ], [ %1208, %p12.body.3 ]
  %1153 = shl nuw nsw i64 %p12.addr.0377.3, 6
  %1154 = or disjoint i64 %1153, 48
  %1155 = getelementptr inbounds float, ptr %KT, i64 %1154
  %1156 = load <8 x float>, ptr %1155, align 4
  %1157 = or disjoint i64 %1153, 56
  %1158 = getelementptr inbounds float, ptr %KT, i64 %1157
  %1159 = load <8 x float>, ptr %1158, align 4
  %1160 = add nuw nsw i64 %p12.addr.0377.3, %896
  %1161 = getelementptr inbounds float, ptr %Kc, i64 %1160
  %1162 = load float, ptr %1161, align 4
  %1163 = insertelement <8 x float> poison, float %1162, i64 0
  %1164 = shufflevector <8 x float> %1163, <8 x float> poison, <8 x i32> zeroinitializer
  %1165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1164, <8 x float> %1156, <8 x float> %acc.0380.3)
  %1166 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1164, <8 x float> %1159, <8 x float> %acc1.0379.3)
  %1167 = or disjoint i64 %1160, 32
  %1168 = getelementptr inbounds float, ptr %Kc, i64 %1167
  %1169 = load float, ptr %1168, align 4
  %1170 = insertelement <8 x float> poison, float %1169, i64 0
  %1171 = shufflevector <8 x float> %1170, <8 x float> poison, <8 x i32> zeroinitializer
  %1172 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> %1156, <8 x float> %acc2.0378.3)
  %1173 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> %1159, <8 x float> %acc3.0372.3)
  %1174 = or disjoint i64 %1160, 64
  %1175 = getelementptr inbounds float, ptr %Kc, i64 %1174
  %1176 = load float, ptr %1175, align 4
  %1177 = insertelement <8 x float> poison, float %1176, i64 0
  %1178 = shufflevector <8 x float> %1177, <8 x float> poison, <8 x i32> zeroinitializer
  %1179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> %1156, <8 x float> %acc4.0373.3)
  %1180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1178, <8 x float> %1159, <8 x float> %acc5.0374.3)
  %1181 = or disjoint i64 %1160, 96
  %1182 = getelementptr inbounds float, ptr %Kc, i64 %1181
  %1183 = load float, ptr %1182, align 4
  %1184 = insertelement <8 x float> poison, float %1183, i64 0
  %1185 = shufflevector <8 x float> %1184, <8 x float> poison, <8 x i32> zeroinitializer
  %1186 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1185, <8 x float> %1156, <8 x float> %acc6.0375.3)
  %1187 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1185, <8 x float> %1159, <8 x float> %acc7.0376.3)
  %p12.next.3 = or disjoint i64 %p12.addr.0377.3, 1
  %1188 = shl nuw nsw i64 %p12.next.3, 6
  %1189 = or disjoint i64 %1188, 48
  %1190 = getelementptr inbounds float, ptr %KT, i64 %1189
  %1191 = load <8 x float>, ptr %1190, align 4
  %1192 = or disjoint i64 %1188, 56
  %1193 = getelementptr inbounds float, ptr %KT, i64 %1192
  %1194 = load <8 x float>, ptr %1193, align 4
  %1195 = add nuw nsw i64 %p12.next.3, %896
  %1196 = getelementptr inbounds float, ptr %Kc, i64 %1195
  %1197 = load float, ptr %1196, align 4
  %1198 = insertelement <8 x float> poison, float %1197, i64 0
  %1199 = shufflevector <8 x float> %1198, <8 x float> poison, <8 x i32> zeroinitializer
  %1200 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1199, <8 x float> %1191, <8 x float> %1165)
  %1201 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1199, <8 x float> %1194, <8 x float> %1166)
  %1202 = or disjoint i64 %1195, 32
  %1203 = getelementptr inbounds float, ptr %Kc, i64 %1202
  %1204 = load float, ptr %1203, align 4
  %1205 = insertelement <8 x float> poison, float %1204, i64 0
  %1206 = shufflevector <8 x float> %1205, <8 x float> poison, <8 x i32> zeroinitializer
  %1207 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1206, <8 x float> %1191, <8 x float> %1172)
  %1208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1206, <8 x float> %1194, <8 x float> %1173)
  %1209 = or disjoint i64 %1195, 64
  %1210 = getelementptr inbounds float, ptr %Kc, i64 %1209
  %1211 = load float, ptr %1210, align 4
  %1212 = insertelement <8 x float> poison, float %1211, i64 0
  %1213 = shufflevector <8 x float> %1212, <8 x float> poison, <8 x i32> zeroinitializer
  %1214 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1213, <8 x float> %1191, <8 x float> %1179)
  %1215 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1213, <8 x float> %1194, <8 x float> %1180)
  %1216 = or disjoint i64 %1195, 96
  %1217 = getelementptr inbounds float, ptr %Kc, i64 %1216
  %1218 = load float, ptr %1217, align 4
  %1219 = insertelement <8 x float> poison, float %1218, i64 0
  %1220 = shufflevector <8 x float> %1219, <8 x float> poison, <8 x i32> zeroinitializer
  %1221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1220, <8 x float> %1191, <8 x float> %1186)
  %1222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1220, <8 x float> %1194, <8 x float> %1187)
  %p12.next.3.1 = add nuw nsw i64 %p12.addr.0377.3, 2
  %exitcond573.3.not.1 = icmp eq i64 %p12.next.3.1, 32
  br i1 %exitcond573.3.not.1, label %p12.exit.3, label %p12.body.3

p12.exit.3:                                       ; preds = %p12.body.3
  %1223 = or disjoint i64 %897, 48
  %1224 = getelementptr inbounds float, ptr %A, i64 %1223
  store <8 x float> %1200, ptr %1224, align 4
  %1225 = or disjoint i64 %897, 56
  %1226 = getelementptr inbounds float, ptr %A, i64 %1225
  store <8 x float> %1201, ptr %1226, align 4
  %1227 = or disjoint i64 %897, 112
  %1228 = getelementptr inbounds float, ptr %A, i64 %1227
  store <8 x float> %1207, ptr %1228, align 4
  %1229 = or disjoint i64 %897, 120
  %1230 = getelementptr inbounds float, ptr %A, i64 %1229
  store <8 x float> %1208, ptr %1230, align 4
  %1231 = or disjoint i64 %897, 176
  %1232 = getelementptr inbounds float, ptr %A, i64 %1231
  store <8 x float> %1214, ptr %1232, align 4
  %1233 = or disjoint i64 %897, 184
  %1234 = getelementptr inbounds float, ptr %A, i64 %1233
  store <8 x float> %1215, ptr %1234, align 4
  %1235 = or disjoint i64 %897, 240
  %1236 = getelementptr inbounds float, ptr %A, i64 %1235
  store <8 x float> %1221, ptr %1236, align 4
  %1237 = or disjoint i64 %897, 248
  %1238 = getelementptr inbounds float, ptr %A, i64 %1237
  store <8 x float> %1222, ptr %1238, align 4
  %i24.next = add nuw nsw i64 %i24.addr.0382, 4
  %1239 = icmp ult i64 %i24.addr.0382, 60
  br i1 %1239, label %j16.head.preheader, label %i25.body

i25.body:                                         ; preds = %p12.exit.3, %i25.body
  %i25.addr.0384 = phi i64 [ %i25.next, %i25.body ], [ 0, %p12.exit.3 ]
  %broadcast.splatinsert1222 = insertelement <8 x i64> poison, i64 %i25.addr.0384, i64 0
  %broadcast.splat1223 = shufflevector <8 x i64> %broadcast.splatinsert1222, <8 x i64> poison, <8 x i32> zeroinitializer
  %1240 = getelementptr inbounds float, ptr %bet, i64 %i25.addr.0384
  %1241 = load float, ptr %1240, align 4
  %broadcast.splatinsert = insertelement <8 x float> poison, float %1241, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %.idx489 = shl nsw i64 %i25.addr.0384, 8
  %invariant.gep803 = getelementptr inbounds i8, ptr %A, i64 %.idx489
  %1242 = getelementptr inbounds i8, ptr %invariant.gep803, i64 32
  %1243 = getelementptr inbounds i8, ptr %invariant.gep803, i64 64
  %1244 = getelementptr inbounds i8, ptr %invariant.gep803, i64 96
  %wide.load1218 = load <8 x float>, ptr %invariant.gep803, align 4
  %wide.load1219 = load <8 x float>, ptr %1242, align 4
  %wide.load1220 = load <8 x float>, ptr %1243, align 4
  %wide.load1221 = load <8 x float>, ptr %1244, align 4
  %1245 = fmul <8 x float> %broadcast.splat, %wide.load1218
  %1246 = fmul <8 x float> %broadcast.splat, %wide.load1219
  %1247 = fmul <8 x float> %broadcast.splat, %wide.load1220
  %1248 = fmul <8 x float> %broadcast.splat, %wide.load1221
  %1249 = icmp ugt <8 x i64> %broadcast.splat1223, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7>
  %1250 = icmp ugt <8 x i64> %broadcast.splat1223, <i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %1251 = icmp ugt <8 x i64> %broadcast.splat1223, <i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23>
  %1252 = icmp ugt <8 x i64> %broadcast.splat1223, <i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>
  %1253 = select <8 x i1> %1249, <8 x float> %1245, <8 x float> zeroinitializer
  %1254 = select <8 x i1> %1250, <8 x float> %1246, <8 x float> zeroinitializer
  %1255 = select <8 x i1> %1251, <8 x float> %1247, <8 x float> zeroinitializer
  %1256 = select <8 x i1> %1252, <8 x float> %1248, <8 x float> zeroinitializer
  store <8 x float> %1253, ptr %invariant.gep803, align 4
  store <8 x float> %1254, ptr %1242, align 4
  store <8 x float> %1255, ptr %1243, align 4
  store <8 x float> %1256, ptr %1244, align 4
  %1257 = getelementptr inbounds i8, ptr %invariant.gep803, i64 128
  %1258 = getelementptr inbounds i8, ptr %invariant.gep803, i64 160
  %1259 = getelementptr inbounds i8, ptr %invariant.gep803, i64 192
  %1260 = getelementptr inbounds i8, ptr %invariant.gep803, i64 224
  %wide.load1218.1 = load <8 x float>, ptr %1257, align 4
  %wide.load1219.1 = load <8 x float>, ptr %1258, align 4
  %wide.load1220.1 = load <8 x float>, ptr %1259, align 4
  %wide.load1221.1 = load <8 x float>, ptr %1260, align 4
  %1261 = fmul <8 x float> %broadcast.splat, %wide.load1218.1
  %1262 = fmul <8 x float> %broadcast.splat, %wide.load1219.1
  %1263 = fmul <8 x float> %broadcast.splat, %wide.load1220.1
  %1264 = fmul <8 x float> %broadcast.splat, %wide.load1221.1
  %1265 = icmp ugt <8 x i64> %broadcast.splat1223, <i64 32, i64 33, i64 34, i64 35, i64 36, i64 37, i64 38, i64 39>
  %1266 = icmp ugt <8 x i64> %broadcast.splat1223, <i64 40, i64 41, i64 42, i64 43, i64 44, i64 45, i64 46, i64 47>
  %1267 = icmp ugt <8 x i64> %broadcast.splat1223, <i64 48, i64 49, i64 50, i64 51, i64 52, i64 53, i64 54, i64 55>
  %1268 = icmp ugt <8 x i64> %broadcast.splat1223, <i64 56, i64 57, i64 58, i64 59, i64 60, i64 61, i64 62, i64 63>
  %1269 = select <8 x i1> %1265, <8 x float> %1261, <8 x float> zeroinitializer
  %1270 = select <8 x i1> %1266, <8 x float> %1262, <8 x float> zeroinitializer
  %1271 = select <8 x i1> %1267, <8 x float> %1263, <8 x float> zeroinitializer
  %1272 = select <8 x i1> %1268, <8 x float> %1264, <8 x float> zeroinitializer
  store <8 x float> %1269, ptr %1257, align 4
  store <8 x float> %1270, ptr %1258, align 4
  store <8 x float> %1271, ptr %1259, align 4
  store <8 x float> %1272, ptr %1260, align 4
  %i25.next = add nuw nsw i64 %i25.addr.0384, 1
  %exitcond575.not = icmp eq i64 %i25.next, 64
  br i1 %exitcond575.not, label %i26.body, label %i25.body

i26.body:                                         ; preds = %i25.body, %j18.exit
  %indvar1371 = phi i64 [ %indvar.next1372, %j18.exit ], [ 0, %i25.body ]
  %i26.addr.0394 = phi i64 [ %i26.next, %j18.exit ], [ 1, %i25.body ]
  %1273 = shl nuw nsw i64 %i26.addr.0394, 6
  %1274 = getelementptr inbounds float, ptr %X, i64 %1273
  %1275 = load <8 x float>, ptr %1274, align 4
  %1276 = or disjoint i64 %1273, 8
  %1277 = getelementptr inbounds float, ptr %X, i64 %1276
  %1278 = load <8 x float>, ptr %1277, align 4
  %1279 = or disjoint i64 %1273, 16
  %1280 = getelementptr inbounds float, ptr %X, i64 %1279
  %1281 = load <8 x float>, ptr %1280, align 4
  %1282 = or disjoint i64 %1273, 24
  %1283 = getelementptr inbounds float, ptr %X, i64 %1282
  %1284 = load <8 x float>, ptr %1283, align 4
  %1285 = or disjoint i64 %1273, 32
  %1286 = getelementptr inbounds float, ptr %X, i64 %1285
  %1287 = load <8 x float>, ptr %1286, align 4
  %1288 = or disjoint i64 %1273, 40
  %1289 = getelementptr inbounds float, ptr %X, i64 %1288
  %1290 = load <8 x float>, ptr %1289, align 4
  %1291 = or disjoint i64 %1273, 48
  %1292 = getelementptr inbounds float, ptr %X, i64 %1291
  %1293 = load <8 x float>, ptr %1292, align 4
  %1294 = or disjoint i64 %1273, 56
  %1295 = getelementptr inbounds float, ptr %X, i64 %1294
  %1296 = load <8 x float>, ptr %1295, align 4
  %1297 = getelementptr inbounds float, ptr %A, i64 %1273
  %xtraiter = and i64 %i26.addr.0394, 1
  %1298 = icmp eq i64 %indvar1371, 0
  br i1 %1298, label %j18.exit.unr-lcssa, label %i26.body.new

i26.body.new:                                     ; preds = %i26.body
  %unroll_iter = and i64 %i26.addr.0394, 9223372036854775806
  br label %j18.body

j18.body:                                         ; preds = %j18.body, %i26.body.new
  %j18.addr.0393 = phi i64 [ 0, %i26.body.new ], [ %j18.next.1, %j18.body ]
  %acc15.0392 = phi <8 x float> [ %1296, %i26.body.new ], [ %1372, %j18.body ]
  %acc14.0391 = phi <8 x float> [ %1293, %i26.body.new ], [ %1368, %j18.body ]
  %acc13.0390 = phi <8 x float> [ %1290, %i26.body.new ], [ %1364, %j18.body ]
  %acc12.0389 = phi <8 x float> [ %1287, %i26.body.new ], [ %1360, %j18.body ]
  %acc11.0388 = phi <8 x float> [ %1284, %i26.body.new ], [ %1356, %j18.body ]
  %acc10.0387 = phi <8 x float> [ %1281, %i26.body.new ], [ %1352, %j18.body ]
  %acc9.0386 = phi <8 x float> [ %1278, %i26.body.new ], [ %1348, %j18.body ]
  %acc8.0385 = phi <8 x float> [ %1275, %i26.body.new ], [ %1344, %j18.body ]
  %niter = phi i64 [ 0, %i26.body.new ], [ %niter.next.1, %j18.body ]
  %1299 = getelementptr inbounds float, ptr %1297, i64 %j18.addr.0393
  %1300 = load float, ptr %1299, align 4
  %1301 = fneg float %1300
  %1302 = shl nsw i64 %j18.addr.0393, 6
  %1303 = getelementptr inbounds float, ptr %X, i64 %1302
  %1304 = load <8 x float>, ptr %1303, align 4
  %1305 = insertelement <8 x float> poison, float %1301, i64 0
  %1306 = shufflevector <8 x float> %1305, <8 x float> poison, <8 x i32> zeroinitializer
  %1307 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1304, <8 x float> %acc8.0385)
  %1308 = or disjoint i64 %1302, 8
  %1309 = getelementptr inbounds float, ptr %X, i64 %1308
  %1310 = load <8 x float>, ptr %1309, align 4
  %1311 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1310, <8 x float> %acc9.0386)
  %1312 = or disjoint i64 %1302, 16
  %1313 = getelementptr inbounds float, ptr %X, i64 %1312
  %1314 = load <8 x float>, ptr %1313, align 4
  %1315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1314, <8 x float> %acc10.0387)
  %1316 = or disjoint i64 %1302, 24
  %1317 = getelementptr inbounds float, ptr %X, i64 %1316
  %1318 = load <8 x float>, ptr %1317, align 4
  %1319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1318, <8 x float> %acc11.0388)
  %1320 = or disjoint i64 %1302, 32
  %1321 = getelementptr inbounds float, ptr %X, i64 %1320
  %1322 = load <8 x float>, ptr %1321, align 4
  %1323 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1322, <8 x float> %acc12.0389)
  %1324 = or disjoint i64 %1302, 40
  %1325 = getelementptr inbounds float, ptr %X, i64 %1324
  %1326 = load <8 x float>, ptr %1325, align 4
  %1327 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1326, <8 x float> %acc13.0390)
  %1328 = or disjoint i64 %1302, 48
  %1329 = getelementptr inbounds float, ptr %X, i64 %1328
  %1330 = load <8 x float>, ptr %1329, align 4
  %1331 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1330, <8 x float> %acc14.0391)
  %1332 = or disjoint i64 %1302, 56
  %1333 = getelementptr inbounds float, ptr %X, i64 %1332
  %1334 = load <8 x float>, ptr %1333, align 4
  %1335 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1306, <8 x float> %1334, <8 x float> %acc15.0392)
  %j18.next = or disjoint i64 %j18.addr.0393, 1
  %1336 = getelementptr inbounds float, ptr %1297, i64 %j18.next
  %1337 = load float, ptr %1336, align 4
  %1338 = fneg float %1337
  %1339 = shl nsw i64 %j18.next, 6
  %1340 = getelementptr inbounds float, ptr %X, i64 %1339
  %1341 = load <8 x float>, ptr %1340, align 4
  %1342 = insertelement <8 x float> poison, float %1338, i64 0
  %1343 = shufflevector <8 x float> %1342, <8 x float> poison, <8 x i32> zeroinitializer
  %1344 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %1341, <8 x float> %1307)
  %1345 = or disjoint i64 %1339, 8
  %1346 = getelementptr inbounds float, ptr %X, i64 %1345
  %1347 = load <8 x float>, ptr %1346, align 4
  %1348 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %1347, <8 x float> %1311)
  %1349 = or disjoint i64 %1339, 16
  %1350 = getelementptr inbounds float, ptr %X, i64 %1349
  %1351 = load <8 x float>, ptr %1350, align 4
  %1352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %1351, <8 x float> %1315)
  %1353 = or disjoint i64 %1339, 24
  %1354 = getelementptr inbounds float, ptr %X, i64 %1353
  %1355 = load <8 x float>, ptr %1354, align 4
  %1356 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %1355, <8 x float> %1319)
  %1357 = or disjoint i64 %1339, 32
  %1358 = getelementptr inbounds float, ptr %X, i64 %1357
  %1359 = load <8 x float>, ptr %1358, align 4
  %1360 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %1359, <8 x float> %1323)
  %1361 = or disjoint i64 %1339, 40
  %1362 = getelementptr inbounds float, ptr %X, i64 %1361
  %1363 = load <8 x float>, ptr %1362, align 4
  %1364 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %1363, <8 x float> %1327)
  %1365 = or disjoint i64 %1339, 48
  %1366 = getelementptr inbounds float, ptr %X, i64 %1365
  %1367 = load <8 x float>, ptr %1366, align 4
  %1368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %1367, <8 x float> %1331)
  %1369 = or disjoint i64 %1339, 56
  %1370 = getelementptr inbounds float, ptr %X, i64 %1369
  %1371 = load <8 x float>, ptr %1370, align 4
  %1372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1343, <8 x float> %1371, <8 x float> %1335)
  %j18.next.1 = add nuw nsw i64 %j18.addr.0393, 2
  %niter.next.1 = add i64 %niter, 2
  %niter.ncmp.1 = icmp eq i64 %niter.next.1, %unroll_iter
  br i1 %niter.ncmp.1, label %j18.exit.unr-lcssa, label %j18.body

j18.exit.unr-lcssa:                               ; preds = %j18.body, %i26.body
  %.lcssa1263.ph = phi <8 x float> [ poison, %i26.body ], [ %1344, %j18.body ]
  %.lcssa1262.ph = phi <8 x float> [ poison, %i26.body ], [ %1348, %j18.body ]
  %.lcssa1261.ph = phi <8 x float> [ poison, %i26.body ], [ %1352, %j18.body ]
  %.lcssa1260.ph = phi <8 x float> [ poison, %i26.body ], [ %1356, %j18.body ]
  %.lcssa1259.ph = phi <8 x float> [ poison, %i26.body ], [ %1360, %j18.body ]
  %.lcssa1258.ph = phi <8 x float> [ poison, %i26.body ], [ %1364, %j18.body ]
  %.lcssa1257.ph = phi <8 x float> [ poison, %i26.body ], [ %1368, %j18.body ]
  %.lcssa1256.ph = phi <8 x float> [ poison, %i26.body ], [ %1372, %j18.body ]
  %j18.addr.0393.unr = phi i64 [ 0, %i26.body ], [ %j18.next.1, %j18.body ]
  %acc15.0392.unr = phi <8 x float> [ %1296, %i26.body ], [ %1372, %j18.body ]
  %acc14.0391.unr = phi <8 x float> [ %1293, %i26.body ], [ %1368, %j18.body ]
  %acc13.0390.unr = phi <8 x float> [ %1290, %i26.body ], [ %1364, %j18.body ]
  %acc12.0389.unr = phi <8 x float> [ %1287, %i26.body ], [ %1360, %j18.body ]
  %acc11.0388.unr = phi <8 x float> [ %1284, %i26.body ], [ %1356, %j18.body ]
  %acc10.0387.unr = phi <8 x float> [ %1281, %i26.body ], [ %1352, %j18.body ]
  %acc9.0386.unr = phi <8 x float> [ %1278, %i26.body ], [ %1348, %j18.body ]
  %acc8.0385.unr = phi <8 x float> [ %1275, %i26.body ], [ %1344, %j18.body ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %j18.exit, label %j18.body.epil

j18.body.epil:                                    ; preds = %j18.exit.unr-lcssa
  %1373 = getelementptr inbounds float, ptr %1297, i64 %j18.addr.0393.unr
  %1374 = load float, ptr %1373, align 4
  %1375 = fneg float %1374
  %1376 = shl nsw i64 %j18.addr.0393.unr, 6
  %1377 = getelementptr inbounds float, ptr %X, i64 %1376
  %1378 = load <8 x float>, ptr %1377, align 4
  %1379 = insertelement <8 x float> poison, float %1375, i64 0
  %1380 = shufflevector <8 x float> %1379, <8 x float> poison, <8 x i32> zeroinitializer
  %1381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1380, <8 x float> %1378, <8 x float> %acc8.0385.unr)
  %1382 = or disjoint i64 %1376, 8
  %1383 = getelementptr inbounds float, ptr %X, i64 %1382
  %1384 = load <8 x float>, ptr %1383, align 4
  %1385 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1380, <8 x float> %1384, <8 x float> %acc9.0386.unr)
  %1386 = or disjoint i64 %1376, 16
  %1387 = getelementptr inbounds float, ptr %X, i64 %1386
  %1388 = load <8 x float>, ptr %1387, align 4
  %1389 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1380, <8 x float> %1388, <8 x float> %acc10.0387.unr)
  %1390 = or disjoint i64 %1376, 24
  %1391 = getelementptr inbounds float, ptr %X, i64 %1390
  %1392 = load <8 x float>, ptr %1391, align 4
  %1393 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1380, <8 x float> %1392, <8 x float> %acc11.0388.unr)
  %1394 = or disjoint i64 %1376, 32
  %1395 = getelementptr inbounds float, ptr %X, i64 %1394
  %1396 = load <8 x float>, ptr %1395, align 4
  %1397 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1380, <8 x float> %1396, <8 x float> %acc12.0389.unr)
  %1398 = or disjoint i64 %1376, 40
  %1399 = getelementptr inbounds float, ptr %X, i64 %1398
  %1400 = load <8 x float>, ptr %1399, align 4
  %1401 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1380, <8 x float> %1400, <8 x float> %acc13.0390.unr)
  %1402 = or disjoint i64 %1376, 48
  %1403 = getelementptr inbounds float, ptr %X, i64 %1402
  %1404 = load <8 x float>, ptr %1403, align 4
  %1405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1380, <8 x float> %1404, <8 x float> %acc14.0391.unr)
  %1406 = or disjoint i64 %1376, 56
  %1407 = getelementptr inbounds float, ptr %X, i64 %1406
  %1408 = load <8 x float>, ptr %1407, align 4
  %1409 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1380, <8 x float> %1408, <8 x float> %acc15.0392.unr)
  br label %j18.exit

j18.exit:                                         ; preds = %j18.exit.unr-lcssa, %j18.body.epil
  %.lcssa1263 = phi <8 x float> [ %.lcssa1263.ph, %j18.exit.unr-lcssa ], [ %1381, %j18.body.epil ]
  %.lcssa1262 = phi <8 x float> [ %.lcssa1262.ph, %j18.exit.unr-lcssa ], [ %1385, %j18.body.epil ]
  %.lcssa1261 = phi <8 x float> [ %.lcssa1261.ph, %j18.exit.unr-lcssa ], [ %1389, %j18.body.epil ]
  %.lcssa1260 = phi <8 x float> [ %.lcssa1260.ph, %j18.exit.unr-lcssa ], [ %1393, %j18.body.epil ]
  %.lcssa1259 = phi <8 x float> [ %.lcssa1259.ph, %j18.exit.unr-lcssa ], [ %1397, %j18.body.epil ]
  %.lcssa1258 = phi <8 x float> [ %.lcssa1258.ph, %j18.exit.unr-lcssa ], [ %1401, %j18.body.epil ]
  %.lcssa1257 = phi <8 x float> [ %.lcssa1257.ph, %j18.exit.unr-lcssa ], [ %1405, %j18.body.epil ]
  %.lcssa1256 = phi <8 x float> [ %.lcssa1256.ph, %j18.exit.unr-lcssa ], [ %1409, %j18.body.epil ]
  store <8 x float> %.lcssa1263, ptr %1274, align 4
  store <8 x float> %.lcssa1262, ptr %1277, align 4
  store <8 x float> %.lcssa1261, ptr %1280, align 4
  store <8 x float> %.lcssa1260, ptr %1283, align 4
  store <8 x float> %.lcssa1259, ptr %1286, align 4
  store <8 x float> %.lcssa1258, ptr %1289, align 4
  store <8 x float> %.lcssa1257, ptr %1292, align 4
  store <8 x float> %.lcssa1256, ptr %1295, align 4
  %i26.next = add nuw nsw i64 %i26.addr.0394, 1
  %exitcond577.not = icmp eq i64 %i26.next, 64
  %indvar.next1372 = add i64 %indvar1371, 1
  br i1 %exitcond577.not, label %j19.head.preheader, label %i26.body

j19.head.preheader:                               ; preds = %j18.exit, %p13.exit.1
  %i27.addr.0405 = phi i64 [ %i27.next, %p13.exit.1 ], [ 0, %j18.exit ]
  %1410 = shl nuw nsw i64 %i27.addr.0405, 6
  %1411 = or disjoint i64 %1410, 32
  %1412 = or disjoint i64 %1410, 96
  %1413 = or disjoint i64 %1410, 160
  %1414 = or disjoint i64 %1410, 224
  %1415 = getelementptr inbounds float, ptr %X, i64 %1411
  %1416 = load <8 x float>, ptr %1415, align 4
  %1417 = or disjoint i64 %1410, 40
  %1418 = getelementptr inbounds float, ptr %X, i64 %1417
  %1419 = load <8 x float>, ptr %1418, align 4
  %1420 = getelementptr inbounds float, ptr %X, i64 %1412
  %1421 = load <8 x float>, ptr %1420, align 4
  %1422 = or disjoint i64 %1410, 104
  %1423 = getelementptr inbounds float, ptr %X, i64 %1422
  %1424 = load <8 x float>, ptr %1423, align 4
  %1425 = getelementptr inbounds float, ptr %X, i64 %1413
  %1426 = load <8 x float>, ptr %1425, align 4
  %1427 = or disjoint i64 %1410, 168
  %1428 = getelementptr inbounds float, ptr %X, i64 %1427
  %1429 = load <8 x float>, ptr %1428, align 4
  %1430 = getelementptr inbounds float, ptr %X, i64 %1414
  %1431 = load <8 x float>, ptr %1430, align 4
  %1432 = or disjoint i64 %1410, 232
  %1433 = getelementptr inbounds float, ptr %X, i64 %1432
  %1434 = load <8 x float>, ptr %1433, align 4
  br label %p13.body

p13.body:                                         ; preds = %p13.body, %j19.head.preheader
  %p13.addr.0403 = phi i64 [ 0, %j19.head.preheader ], [ %p13.next.11390, %p13.body ]
  %acc23.0402 = phi <8 x float> [ %1434, %j19.head.preheader ], [ %1510, %p13.body ]
  %acc22.0401 = phi <8 x float> [ %1431, %j19.head.preheader ], [ %1509, %p13.body ]
  %acc21.0400 = phi <8 x float> [ %1429, %j19.head.preheader ], [ %1502, %p13.body ]
  %acc20.0399 = phi <8 x float> [ %1426, %j19.head.preheader ], [ %1501, %p13.body ]
  %acc19.0398 = phi <8 x float> [ %1424, %j19.head.preheader ], [ %1494, %p13.body ]
  %acc18.0397 = phi <8 x float> [ %1421, %j19.head.preheader ], [ %1493, %p13.body ]
  %acc17.0396 = phi <8 x float> [ %1419, %j19.head.preheader ], [ %1486, %p13.body ]
  %acc16.0395 = phi <8 x float> [ %1416, %j19.head.preheader ], [ %1485, %p13.body ]
  %1435 = shl nuw nsw i64 %p13.addr.0403, 5
  %1436 = getelementptr inbounds float, ptr %work, i64 %1435
  %1437 = load <8 x float>, ptr %1436, align 4
  %1438 = or disjoint i64 %1435, 8
  %1439 = getelementptr inbounds float, ptr %work, i64 %1438
  %1440 = load <8 x float>, ptr %1439, align 4
  %1441 = or disjoint i64 %p13.addr.0403, %1410
  %1442 = getelementptr inbounds float, ptr %X, i64 %1441
  %1443 = load float, ptr %1442, align 4
  %1444 = fneg float %1443
  %1445 = insertelement <8 x float> poison, float %1444, i64 0
  %1446 = shufflevector <8 x float> %1445, <8 x float> poison, <8 x i32> zeroinitializer
  %1447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1446, <8 x float> %1437, <8 x float> %acc16.0395)
  %1448 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1446, <8 x float> %1440, <8 x float> %acc17.0396)
  %1449 = or disjoint i64 %1441, 64
  %1450 = getelementptr inbounds float, ptr %X, i64 %1449
  %1451 = load float, ptr %1450, align 4
  %1452 = fneg float %1451
  %1453 = insertelement <8 x float> poison, float %1452, i64 0
  %1454 = shufflevector <8 x float> %1453, <8 x float> poison, <8 x i32> zeroinitializer
  %1455 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1454, <8 x float> %1437, <8 x float> %acc18.0397)
  %1456 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1454, <8 x float> %1440, <8 x float> %acc19.0398)
  %1457 = or disjoint i64 %1441, 128
  %1458 = getelementptr inbounds float, ptr %X, i64 %1457
  %1459 = load float, ptr %1458, align 4
  %1460 = fneg float %1459
  %1461 = insertelement <8 x float> poison, float %1460, i64 0
  %1462 = shufflevector <8 x float> %1461, <8 x float> poison, <8 x i32> zeroinitializer
  %1463 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1462, <8 x float> %1437, <8 x float> %acc20.0399)
  %1464 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1462, <8 x float> %1440, <8 x float> %acc21.0400)
  %1465 = or disjoint i64 %1441, 192
  %1466 = getelementptr inbounds float, ptr %X, i64 %1465
  %1467 = load float, ptr %1466, align 4
  %1468 = fneg float %1467
  %1469 = insertelement <8 x float> poison, float %1468, i64 0
  %1470 = shufflevector <8 x float> %1469, <8 x float> poison, <8 x i32> zeroinitializer
  %1471 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1470, <8 x float> %1437, <8 x float> %acc22.0401)
  %1472 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1470, <8 x float> %1440, <8 x float> %acc23.0402)
  %p13.next = or disjoint i64 %p13.addr.0403, 1
  %1473 = shl nuw nsw i64 %p13.next, 5
  %1474 = getelementptr inbounds float, ptr %work, i64 %1473
  %1475 = load <8 x float>, ptr %1474, align 4
  %1476 = or disjoint i64 %1473, 8
  %1477 = getelementptr inbounds float, ptr %work, i64 %1476
  %1478 = load <8 x float>, ptr %1477, align 4
  %1479 = or disjoint i64 %p13.next, %1410
  %1480 = getelementptr inbounds float, ptr %X, i64 %1479
  %1481 = load float, ptr %1480, align 4
  %1482 = fneg float %1481
  %1483 = insertelement <8 x float> poison, float %1482, i64 0
  %1484 = shufflevector <8 x float> %1483, <8 x float> poison, <8 x i32> zeroinitializer
  %1485 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1484, <8 x float> %1475, <8 x float> %1447)
  %1486 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1484, <8 x float> %1478, <8 x float> %1448)
  %1487 = or disjoint i64 %1479, 64
  %1488 = getelementptr inbounds float, ptr %X, i64 %1487
  %1489 = load float, ptr %1488, align 4
  %1490 = fneg float %1489
  %1491 = insertelement <8 x float> poison, float %1490, i64 0
  %1492 = shufflevector <8 x float> %1491, <8 x float> poison, <8 x i32> zeroinitializer
  %1493 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1492, <8 x float> %1475, <8 x float> %1455)
  %1494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1492, <8 x float> %1478, <8 x float> %1456)
  %1495 = or disjoint i64 %1479, 128
  %1496 = getelementptr inbounds float, ptr %X, i64 %1495
  %1497 = load float, ptr %1496, align 4
  %1498 = fneg float %1497
  %1499 = insertelement <8 x float> poison, float %1498, i64 0
  %1500 = shufflevector <8 x float> %1499, <8 x float> poison, <8 x i32> zeroinitializer
  %1501 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1500, <8 x float> %1475, <8 x float> %1463)
  %1502 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1500, <8 x float> %1478, <8 x float> %1464)
  %1503 = or disjoint i64 %1479, 192
  %1504 = getelementptr inbounds float, ptr %X, i64 %1503
  %1505 = load float, ptr %1504, align 4
  %1506 = fneg float %1505
  %1507 = insertelement <8 x float> poison, float %1506, i64 0
  %1508 = shufflevector <8 x float> %1507, <8 x float> poison, <8 x i32> zeroinitializer
  %1509 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1508, <8 x float> %1475, <8 x float> %1471)
  %1510 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1508, <8 x float> %1478, <8 x float> %1472)
  %p13.next.11390 = add nuw nsw i64 %p13.addr.0403, 2
  %exitcond578.not.1 = icmp eq i64 %p13.next.11390, 32
  br i1 %exitcond578.not.1, label %p13.exit, label %p13.body

p13.exit:                                         ; preds = %p13.body
  store <8 x float> %1485, ptr %1415, align 4
  store <8 x float> %1486, ptr %1418, align 4
  store <8 x float> %1493, ptr %1420, align 4
  store <8 x float> %1494, ptr %1423, align 4
  store <8 x float> %1501, ptr %1425, align 4
  store <8 x float> %1502, ptr %1428, align 4
  store <8 x float> %1509, ptr %1430, align 4
  store <8 x float> %1510, ptr %1433, align 4
  %1511 = or disjoint i64 %1410, 48
  %1512 = getelementptr inbounds float, ptr %X, i64 %1511
  %1513 = load <8 x float>, ptr %1512, align 4
  %1514 = or disjoint i64 %1410, 56
  %1515 = getelementptr inbounds float, ptr %X, i64 %1514
  %1516 = load <8 x float>, ptr %1515, align 4
  %1517 = or disjoint i64 %1410, 112
  %1518 = getelementptr inbounds float, ptr %X, i64 %1517
  %1519 = load <8 x float>, ptr %1518, align 4
  %1520 = or disjoint i64 %1410, 120
  %1521 = getelementptr inbounds float, ptr %X, i64 %1520
  %1522 = load <8 x float>, ptr %1521, align 4
  %1523 = or disjoint i64 %1410, 176
  %1524 = getelementptr inbounds float, ptr %X, i64 %1523
  %1525 = load <8 x float>, ptr %1524, align 4
  %1526 = or disjoint i64 %1410, 184
  %1527 = getelementptr inbounds float, ptr %X, i64 %1526
  %1528 = load <8 x float>, ptr %1527, align 4
  %1529 = or disjoint i64 %1410, 240
  %1530 = getelementptr inbounds float, ptr %X, i64 %1529
  %1531 = load <8 x float>, ptr %1530, align 4
  %1532 = or disjoint i64 %1410, 248
  %1533 = getelementptr inbounds float, ptr %X, i64 %1532
  %1534 = load <8 x float>, ptr %1533, align 4
  br label %p13.body.1

p13.body.1:                                       ; preds = %p13.body.1, %p13.exit
  %p13.addr.0403.1 = phi i64 [ 0, %p13.exit ], [ %p13.next.1.1, %p13.body.1 ]
  %acc23.0402.1 = phi <8 x float> [ %1534, %p13.exit ], [ %1612, %p13.body.1 ]
  %acc22.0401.1 = phi <8 x float> [ %1531, %p13.exit ], [ %1611, %p13.body.1 ]
  %acc21.0400.1 = phi <8 x float> [ %1528, %p13.exit ], [ %1604, %p13.body.1 ]
  %acc20.0399.1 = phi <8 x float> [ %1525, %p13.exit ], [ %1603, %p13.body.1 ]
  %acc19.0398.1 = phi <8 x float> [ %1522, %p13.exit ], [ %1596, %p13.body.1 ]
  %acc18.0397.1 = phi <8 x float> [ %1519, %p13.exit ], [ %1595, %p13.body.1 ]
  %acc17.0396.1 = phi <8 x float> [ %1516, %p13.exit ], [ %1588, %p13.body.1 ]
  %acc16.0395.1 = phi <8 x float> [ %1513, %p13.exit ], [ %1587, %p13.body.1 ]
  %1535 = shl nuw nsw i64 %p13.addr.0403.1, 5
  %1536 = or disjoint i64 %1535, 16
  %1537 = getelementptr inbounds float, ptr %work, i64 %1536
  %1538 = load <8 x float>, ptr %1537, align 4
  %1539 = or disjoint i64 %1535, 24
  %1540 = getelementptr inbounds float, ptr %work, i64 %1539
  %1541 = load <8 x float>, ptr %1540, align 4
  %1542 = or disjoint i64 %p13.addr.0403.1, %1410
  %1543 = getelementptr inbounds float, ptr %X, i64 %1542
  %1544 = load float, ptr %1543, align 4
  %1545 = fneg float %1544
  %1546 = insertelement <8 x float> poison, float %1545, i64 0
  %1547 = shufflevector <8 x float> %1546, <8 x float> poison, <8 x i32> zeroinitializer
  %1548 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1547, <8 x float> %1538, <8 x float> %acc16.0395.1)
  %1549 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1547, <8 x float> %1541, <8 x float> %acc17.0396.1)
  %1550 = or disjoint i64 %1542, 64
  %1551 = getelementptr inbounds float, ptr %X, i64 %1550
  %1552 = load float, ptr %1551, align 4
  %1553 = fneg float %1552
  %1554 = insertelement <8 x float> poison, float %1553, i64 0
  %1555 = shufflevector <8 x float> %1554, <8 x float> poison, <8 x i32> zeroinitializer
  %1556 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1555, <8 x float> %1538, <8 x float> %acc18.0397.1)
  %1557 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1555, <8 x float> %1541, <8 x float> %acc19.0398.1)
  %1558 = or disjoint i64 %1542, 128
  %1559 = getelementptr inbounds float, ptr %X, i64 %1558
  %1560 = load float, ptr %1559, align 4
  %1561 = fneg float %1560
  %1562 = insertelement <8 x float> poison, float %1561, i64 0
  %1563 = shufflevector <8 x float> %1562, <8 x float> poison, <8 x i32> zeroinitializer
  %1564 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1563, <8 x float> %1538, <8 x float> %acc20.0399.1)
  %1565 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1563, <8 x float> %1541, <8 x float> %acc21.0400.1)
  %1566 = or disjoint i64 %1542, 192
  %1567 = getelementptr inbounds float, ptr %X, i64 %1566
  %1568 = load float, ptr %1567, align 4
  %1569 = fneg float %1568
  %1570 = insertelement <8 x float> poison, float %1569, i64 0
  %1571 = shufflevector <8 x float> %1570, <8 x float> poison, <8 x i32> zeroinitializer
  %1572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1571, <8 x float> %1538, <8 x float> %acc22.0401.1)
  %1573 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1571, <8 x float> %1541, <8 x float> %acc23.0402.1)
  %p13.next.1 = or disjoint i64 %p13.addr.0403.1, 1
  %1574 = shl nuw nsw i64 %p13.next.1, 5
  %1575 = or disjoint i64 %1574, 16
  %1576 = getelementptr inbounds float, ptr %work, i64 %1575
  %1577 = load <8 x float>, ptr %1576, align 4
  %1578 = or disjoint i64 %1574, 24
  %1579 = getelementptr inbounds float, ptr %work, i64 %1578
  %1580 = load <8 x float>, ptr %1579, align 4
  %1581 = or disjoint i64 %p13.next.1, %1410
  %1582 = getelementptr inbounds float, ptr %X, i64 %1581
  %1583 = load float, ptr %1582, align 4
  %1584 = fneg float %1583
  %1585 = insertelement <8 x float> poison, float %1584, i64 0
  %1586 = shufflevector <8 x float> %1585, <8 x float> poison, <8 x i32> zeroinitializer
  %1587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1586, <8 x float> %1577, <8 x float> %1548)
  %1588 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1586, <8 x float> %1580, <8 x float> %1549)
  %1589 = or disjoint i64 %1581, 64
  %1590 = getelementptr inbounds float, ptr %X, i64 %1589
  %1591 = load float, ptr %1590, align 4
  %1592 = fneg float %1591
  %1593 = insertelement <8 x float> poison, float %1592, i64 0
  %1594 = shufflevector <8 x float> %1593, <8 x float> poison, <8 x i32> zeroinitializer
  %1595 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1594, <8 x float> %1577, <8 x float> %1556)
  %1596 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1594, <8 x float> %1580, <8 x float> %1557)
  %1597 = or disjoint i64 %1581, 128
  %1598 = getelementptr inbounds float, ptr %X, i64 %1597
  %1599 = load float, ptr %1598, align 4
  %1600 = fneg float %1599
  %1601 = insertelement <8 x float> poison, float %1600, i64 0
  %1602 = shufflevector <8 x float> %1601, <8 x float> poison, <8 x i32> zeroinitializer
  %1603 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1602, <8 x float> %1577, <8 x float> %1564)
  %1604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1602, <8 x float> %1580, <8 x float> %1565)
  %1605 = or disjoint i64 %1581, 192
  %1606 = getelementptr inbounds float, ptr %X, i64 %1605
  %1607 = load float, ptr %1606, align 4
  %1608 = fneg float %1607
  %1609 = insertelement <8 x float> poison, float %1608, i64 0
  %1610 = shufflevector <8 x float> %1609, <8 x float> poison, <8 x i32> zeroinitializer
  %1611 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1610, <8 x float> %1577, <8 x float> %1572)
  %1612 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1610, <8 x float> %1580, <8 x float> %1573)
  %p13.next.1.1 = add nuw nsw i64 %p13.addr.0403.1, 2
  %exitcond578.1.not.1 = icmp eq i64 %p13.next.1.1, 32
  br i1 %exitcond578.1.not.1, label %p13.exit.1, label %p13.body.1

p13.exit.1:                                       ; preds = %p13.body.1
  store <8 x float> %1587, ptr %1512, align 4
  store <8 x float> %1588, ptr %1515, align 4
  store <8 x float> %1595, ptr %1518, align 4
  store <8 x float> %1596, ptr %1521, align 4
  store <8 x float> %1603, ptr %1524, align 4
  store <8 x float> %1604, ptr %1527, align 4
  store <8 x float> %1611, ptr %1530, align 4
  store <8 x float> %1612, ptr %1533, align 4
  %i27.next = add nuw nsw i64 %i27.addr.0405, 4
  %1613 = icmp ult i64 %i27.addr.0405, 60
  br i1 %1613, label %j19.head.preheader, label %j20.head.preheader

j20.head.preheader:                               ; preds = %p13.exit.1, %p14.exit.3
  %i28.addr.0416 = phi i64 [ %i28.next, %p14.exit.3 ], [ 0, %p13.exit.1 ]
  %1614 = shl nuw nsw i64 %i28.addr.0416, 5
  %1615 = shl nuw nsw i64 %i28.addr.0416, 6
  %1616 = or disjoint i64 %1615, 64
  %1617 = or disjoint i64 %1615, 128
  %1618 = or disjoint i64 %1615, 192
  br label %p14.body

p14.body:                                         ; preds = %p14.body, %j20.head.preheader
  %p14.addr.0414 = phi i64 [ 0, %j20.head.preheader ], [ %p14.next.11401, %p14.body ]
  %acc31.0413 = phi <8 x float> [ zeroinitializer, %j20.head.preheader ], [ %1686, %p14.body ]
  %acc30.0412 = phi <8 x float> [ zeroinitializer, %j20.head.preheader ], [ %1685, %p14.body ]
  %acc29.0411 = phi <8 x float> [ zeroinitializer, %j20.head.preheader ], [ %1679, %p14.body ]
  %acc28.0410 = phi <8 x float> [ zeroinitializer, %j20.head.preheader ], [ %1678, %p14.body ]
  %acc27114.0409 = phi <8 x float> [ zeroinitializer, %j20.head.preheader ], [ %1672, %p14.body ]
  %acc26.0408 = phi <8 x float> [ zeroinitializer, %j20.head.preheader ], [ %1671, %p14.body ]
  %acc25.0407 = phi <8 x float> [ zeroinitializer, %j20.head.preheader ], [ %1665, %p14.body ]
  %acc24.0406 = phi <8 x float> [ zeroinitializer, %j20.head.preheader ], [ %1664, %p14.body ]
  %1619 = shl nuw nsw i64 %p14.addr.0414, 6
  %1620 = getelementptr inbounds float, ptr %KT, i64 %1619
  %1621 = load <8 x float>, ptr %1620, align 4
  %1622 = or disjoint i64 %1619, 8
  %1623 = getelementptr inbounds float, ptr %KT, i64 %1622
  %1624 = load <8 x float>, ptr %1623, align 4
  %1625 = add nuw nsw i64 %p14.addr.0414, %1614
  %1626 = getelementptr inbounds float, ptr %Qc, i64 %1625
  %1627 = load float, ptr %1626, align 4
  %1628 = insertelement <8 x float> poison, float %1627, i64 0
  %1629 = shufflevector <8 x float> %1628, <8 x float> poison, <8 x i32> zeroinitializer
  %1630 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1629, <8 x float> %1621, <8 x float> %acc24.0406)
  %1631 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1629, <8 x float> %1624, <8 x float> %acc25.0407)
  %1632 = or disjoint i64 %1625, 32
  %1633 = getelementptr inbounds float, ptr %Qc, i64 %1632
  %1634 = load float, ptr %1633, align 4
  %1635 = insertelement <8 x float> poison, float %1634, i64 0
  %1636 = shufflevector <8 x float> %1635, <8 x float> poison, <8 x i32> zeroinitializer
  %1637 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1636, <8 x float> %1621, <8 x float> %acc26.0408)
  %1638 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1636, <8 x float> %1624, <8 x float> %acc27114.0409)
  %1639 = or disjoint i64 %1625, 64
  %1640 = getelementptr inbounds float, ptr %Qc, i64 %1639
  %1641 = load float, ptr %1640, align 4
  %1642 = insertelement <8 x float> poison, float %1641, i64 0
  %1643 = shufflevector <8 x float> %1642, <8 x float> poison, <8 x i32> zeroinitializer
  %1644 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1643, <8 x float> %1621, <8 x float> %acc28.0410)
  %1645 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1643, <8 x float> %1624, <8 x float> %acc29.0411)
  %1646 = or disjoint i64 %1625, 96
  %1647 = getelementptr inbounds float, ptr %Qc, i64 %1646
  %1648 = load float, ptr %1647, align 4
  %1649 = insertelement <8 x float> poison, float %1648, i64 0
  %1650 = shufflevector <8 x float> %1649, <8 x float> poison, <8 x i32> zeroinitializer
  %1651 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1650, <8 x float> %1621, <8 x float> %acc30.0412)
  %1652 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1650, <8 x float> %1624, <8 x float> %acc31.0413)
  %p14.next = or disjoint i64 %p14.addr.0414, 1
  %1653 = shl nuw nsw i64 %p14.next, 6
  %1654 = getelementptr inbounds float, ptr %KT, i64 %1653
  %1655 = load <8 x float>, ptr %1654, align 4
  %1656 = or disjoint i64 %1653, 8
  %1657 = getelementptr inbounds float, ptr %KT, i64 %1656
  %1658 = load <8 x float>, ptr %1657, align 4
  %1659 = add nuw nsw i64 %p14.next, %1614
  %1660 = getelementptr inbounds float, ptr %Qc, i64 %1659
  %1661 = load float, ptr %1660, align 4
  %1662 = insertelement <8 x float> poison, float %1661, i64 0
  %1663 = shufflevector <8 x float> %1662, <8 x float> poison, <8 x i32> zeroinitializer
  %1664 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1663, <8 x float> %1655, <8 x float> %1630)
  %1665 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1663, <8 x float> %1658, <8 x float> %1631)
  %1666 = or disjoint i64 %1659, 32
  %1667 = getelementptr inbounds float, ptr %Qc, i64 %1666
  %1668 = load float, ptr %1667, align 4
  %1669 = insertelement <8 x float> poison, float %1668, i64 0
  %1670 = shufflevector <8 x float> %1669, <8 x float> poison, <8 x i32> zeroinitializer
  %1671 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1670, <8 x float> %1655, <8 x float> %1637)
  %1672 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1670, <8 x float> %1658, <8 x float> %1638)
  %1673 = or disjoint i64 %1659, 64
  %1674 = getelementptr inbounds float, ptr %Qc, i64 %1673
  %1675 = load float, ptr %1674, align 4
  %1676 = insertelement <8 x float> poison, float %1675, i64 0
  %1677 = shufflevector <8 x float> %1676, <8 x float> poison, <8 x i32> zeroinitializer
  %1678 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1677, <8 x float> %1655, <8 x float> %1644)
  %1679 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1677, <8 x float> %1658, <8 x float> %1645)
  %1680 = or disjoint i64 %1659, 96
  %1681 = getelementptr inbounds float, ptr %Qc, i64 %1680
  %1682 = load float, ptr %1681, align 4
  %1683 = insertelement <8 x float> poison, float %1682, i64 0
  %1684 = shufflevector <8 x float> %1683, <8 x float> poison, <8 x i32> zeroinitializer
  %1685 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1684, <8 x float> %1655, <8 x float> %1651)
  %1686 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1684, <8 x float> %1658, <8 x float> %1652)
  %p14.next.11401 = add nuw nsw i64 %p14.addr.0414, 2
  %exitcond579.not.1 = icmp eq i64 %p14.next.11401, 32
  br i1 %exitcond579.not.1, label %p14.exit, label %p14.body

p14.exit:                                         ; preds = %p14.body
  %1687 = getelementptr inbounds float, ptr %P, i64 %1615
  store <8 x float> %1664, ptr %1687, align 4
  %1688 = or disjoint i64 %1615, 8
  %1689 = getelementptr inbounds float, ptr %P, i64 %1688
  store <8 x float> %1665, ptr %1689, align 4
  %1690 = getelementptr inbounds float, ptr %P, i64 %1616
  store <8 x float> %1671, ptr %1690, align 4
  %1691 = or disjoint i64 %1615, 72
  %1692 = getelementptr inbounds float, ptr %P, i64 %1691
  store <8 x float> %1672, ptr %1692, align 4
  %1693 = getelementptr inbounds float, ptr %P, i64 %1617
  store <8 x float> %1678, ptr %1693, align 4
  %1694 = or disjoint i64 %1615, 136
  %1695 = getelementptr inbounds float, ptr %P, i64 %1694
  store <8 x float> %1679, ptr %1695, align 4
  %1696 = getelementptr inbounds float, ptr %P, i64 %1618
  store <8 x float> %1685, ptr %1696, align 4
  %1697 = or disjoint i64 %1615, 200
  %1698 = getelementptr inbounds float, ptr %P, i64 %1697
  store <8 x float> %1686, ptr %1698, align 4
  br label %p14.body.1

p14.body.1:                                       ; preds = %p14.body.1, %p14.exit
  %p14.addr.0414.1 = phi i64 [ 0, %p14.exit ], [ %p14.next.1.1, %p14.body.1 ]
  %acc31.0413.1 = phi <8 x float> [ zeroinitializer, %p14.exit ], [ %1768, %p14.body.1 ]
  %acc30.0412.1 = phi <8 x float> [ zeroinitializer, %p14.exit ], [ %1767, %p14.body.1 ]
  %acc29.0411.1 = phi <8 x float> [ zeroinitializer, %p14.exit ], [ %1761, %p14.body.1 ]
  %acc28.0410.1 = phi <8 x float> [ zeroinitializer, %p14.exit ], [ %1760, %p14.body.1 ]
  %acc27114.0409.1 = phi <8 x float> [ zeroinitializer, %p14.exit ], [ %1754, %p14.body.1 ]
  %acc26.0408.1 = phi <8 x float> [ zeroinitializer, %p14.exit ], [ %1753, %p14.body.1 ]
  %acc25.0407.1 = phi <8 x float> [ zeroinitializer, %p14.exit ], [ %1747, %p14.body.1 ]
  %acc24.0406.1 = phi <8 x float> [ zeroinitializer, %p14.exit ], [ %1746, %p14.body.1 ]
  %1699 = shl nuw nsw i64 %p14.addr.0414.1, 6
  %1700 = or disjoint i64 %1699, 16
  %1701 = getelementptr inbounds float, ptr %KT, i64 %1700
  %1702 = load <8 x float>, ptr %1701, align 4
  %1703 = or disjoint i64 %1699, 24
  %1704 = getelementptr inbounds float, ptr %KT, i64 %1703
  %1705 = load <8 x float>, ptr %1704, align 4
  %1706 = add nuw nsw i64 %p14.addr.0414.1, %1614
  %1707 = getelementptr inbounds float, ptr %Qc, i64 %1706
  %1708 = load float, ptr %1707, align 4
  %1709 = insertelement <8 x float> poison, float %1708, i64 0
  %1710 = shufflevector <8 x float> %1709, <8 x float> poison, <8 x i32> zeroinitializer
  %1711 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1710, <8 x float> %1702, <8 x float> %acc24.0406.1)
  %1712 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1710, <8 x float> %1705, <8 x float> %acc25.0407.1)
  %1713 = or disjoint i64 %1706, 32
  %1714 = getelementptr inbounds float, ptr %Qc, i64 %1713
  %1715 = load float, ptr %1714, align 4
  %1716 = insertelement <8 x float> poison, float %1715, i64 0
  %1717 = shufflevector <8 x float> %1716, <8 x float> poison, <8 x i32> zeroinitializer
  %1718 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1717, <8 x float> %1702, <8 x float> %acc26.0408.1)
  %1719 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1717, <8 x float> %1705, <8 x float> %acc27114.0409.1)
  %1720 = or disjoint i64 %1706, 64
  %1721 = getelementptr inbounds float, ptr %Qc, i64 %1720
  %1722 = load float, ptr %1721, align 4
  %1723 = insertelement <8 x float> poison, float %1722, i64 0
  %1724 = shufflevector <8 x float> %1723, <8 x float> poison, <8 x i32> zeroinitializer
  %1725 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1724, <8 x float> %1702, <8 x float> %acc28.0410.1)
  %1726 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1724, <8 x float> %1705, <8 x float> %acc29.0411.1)
  %1727 = or disjoint i64 %1706, 96
  %1728 = getelementptr inbounds float, ptr %Qc, i64 %1727
  %1729 = load float, ptr %1728, align 4
  %1730 = insertelement <8 x float> poison, float %1729, i64 0
  %1731 = shufflevector <8 x float> %1730, <8 x float> poison, <8 x i32> zeroinitializer
  %1732 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1731, <8 x float> %1702, <8 x float> %acc30.0412.1)
  %1733 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1731, <8 x float> %1705, <8 x float> %acc31.0413.1)
  %p14.next.1 = or disjoint i64 %p14.addr.0414.1, 1
  %1734 = shl nuw nsw i64 %p14.next.1, 6
  %1735 = or disjoint i64 %1734, 16
  %1736 = getelementptr inbounds float, ptr %KT, i64 %1735
  %1737 = load <8 x float>, ptr %1736, align 4
  %1738 = or disjoint i64 %1734, 24
  %1739 = getelementptr inbounds float, ptr %KT, i64 %1738
  %1740 = load <8 x float>, ptr %1739, align 4
  %1741 = add nuw nsw i64 %p14.next.1, %1614
  %1742 = getelementptr inbounds float, ptr %Qc, i64 %1741
  %1743 = load float, ptr %1742, align 4
  %1744 = insertelement <8 x float> poison, float %1743, i64 0
  %1745 = shufflevector <8 x float> %1744, <8 x float> poison, <8 x i32> zeroinitializer
  %1746 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1745, <8 x float> %1737, <8 x float> %1711)
  %1747 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1745, <8 x float> %1740, <8 x float> %1712)
  %1748 = or disjoint i64 %1741, 32
  %1749 = getelementptr inbounds float, ptr %Qc, i64 %1748
  %1750 = load float, ptr %1749, align 4
  %1751 = insertelement <8 x float> poison, float %1750, i64 0
  %1752 = shufflevector <8 x float> %1751, <8 x float> poison, <8 x i32> zeroinitializer
  %1753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1752, <8 x float> %1737, <8 x float> %1718)
  %1754 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1752, <8 x float> %1740, <8 x float> %1719)
  %1755 = or disjoint i64 %1741, 64
  %1756 = getelementptr inbounds float, ptr %Qc, i64 %1755
  %1757 = load float, ptr %1756, align 4
  %1758 = insertelement <8 x float> poison, float %1757, i64 0
  %1759 = shufflevector <8 x float> %1758, <8 x float> poison, <8 x i32> zeroinitializer
  %1760 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1759, <8 x float> %1737, <8 x float> %1725)
  %1761 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1759, <8 x float> %1740, <8 x float> %1726)
  %1762 = or disjoint i64 %1741, 96
  %1763 = getelementptr inbounds float, ptr %Qc, i64 %1762
  %1764 = load float, ptr %1763, align 4
  %1765 = insertelement <8 x float> poison, float %1764, i64 0
  %1766 = shufflevector <8 x float> %1765, <8 x float> poison, <8 x i32> zeroinitializer
  %1767 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1766, <8 x float> %1737, <8 x float> %1732)
  %1768 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1766, <8 x float> %1740, <8 x float> %1733)
  %p14.next.1.1 = add nuw nsw i64 %p14.addr.0414.1, 2
  %exitcond579.1.not.1 = icmp eq i64 %p14.next.1.1, 32
  br i1 %exitcond579.1.not.1, label %p14.exit.1, label %p14.body.1

p14.exit.1:                                       ; preds = %p14.body.1
  %1769 = or disjoint i64 %1615, 16
  %1770 = getelementptr inbounds float, ptr %P, i64 %1769
  store <8 x float> %1746, ptr %1770, align 4
  %1771 = or disjoint i64 %1615, 24
  %1772 = getelementptr inbounds float, ptr %P, i64 %1771
  store <8 x float> %1747, ptr %1772, align 4
  %1773 = or disjoint i64 %1615, 80
  %1774 = getelementptr inbounds float, ptr %P, i64 %1773
  store <8 x float> %1753, ptr %1774, align 4
  %1775 = or disjoint i64 %1615, 88
  %1776 = getelementptr inbounds float, ptr %P, i64 %1775
  store <8 x float> %1754, ptr %1776, align 4
  %1777 = or disjoint i64 %1615, 144
  %1778 = getelementptr inbounds float, ptr %P, i64 %1777
  store <8 x float> %1760, ptr %1778, align 4
  %1779 = or disjoint i64 %1615, 152
  %1780 = getelementptr inbounds float, ptr %P, i64 %1779
  store <8 x float> %1761, ptr %1780, align 4
  %1781 = or disjoint i64 %1615, 208
  %1782 = getelementptr inbounds float, ptr %P, i64 %1781
  store <8 x float> %1767, ptr %1782, align 4
  %1783 = or disjoint i64 %1615, 216
  %1784 = getelementptr inbounds float, ptr %P, i64 %1783
  store <8 x float> %1768, ptr %1784, align 4
  br label %p14.body.2

p14.body.2:                                       ; preds = %p14.body.2, %p14.exit.1
  %p14.addr.0414.2 = phi i64 [ 0, %p14.exit.1 ], [ %p14.next.2.1, %p14.body.2 ]
  %acc31.0413.2 = phi <8 x float> [ zeroinitializer, %p14.exit.1 ], [ %1854, %p14.body.2 ]
  %acc30.0412.2 = phi <8 x float> [ zeroinitializer, %p14.exit.1 ], [ %1853, %p14.body.2 ]
  %acc29.0411.2 = phi <8 x float> [ zeroinitializer, %p14.exit.1 ], [ %1847, %p14.body.2 ]
  %acc28.0410.2 = phi <8 x float> [ zeroinitializer, %p14.exit.1 ], [ %1846, %p14.body.2 ]
  %acc27114.0409.2 = phi <8 x float> [ zeroinitializer, %p14.exit.1 ], [ %1840, %p14.body.2 ]
  %acc26.0408.2 = phi <8 x float> [ zeroinitializer, %p14.exit.1 ], [ %1839, %p14.body.2 ]
  %acc25.0407.2 = phi <8 x float> [ zeroinitializer, %p14.exit.1 ], [ %1833, %p14.body.2 ]
  %acc24.0406.2 = phi <8 x float> [ zeroinitializer, %p14.exit.1 ], [ %1832, %p14.body.2 ]
  %1785 = shl nuw nsw i64 %p14.addr.0414.2, 6
  %1786 = or disjoint i64 %1785, 32
  %1787 = getelementptr inbounds float, ptr %KT, i64 %1786
  %1788 = load <8 x float>, ptr %1787, align 4
  %1789 = or disjoint i64 %1785, 40
  %1790 = getelementptr inbounds float, ptr %KT, i64 %1789
  %1791 = load <8 x float>, ptr %1790, align 4
  %1792 = add nuw nsw i64 %p14.addr.0414.2, %1614
  %1793 = getelementptr inbounds float, ptr %Qc, i64 %1792
  %1794 = load float, ptr %1793, align 4
  %1795 = insertelement <8 x float> poison, float %1794, i64 0
  %1796 = shufflevector <8 x float> %1795, <8 x float> poison, <8 x i32> zeroinitializer
  %1797 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1796, <8 x float> %1788, <8 x float> %acc24.0406.2)
  %1798 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1796, <8 x float> %1791, <8 x float> %acc25.0407.2)
  %1799 = or disjoint i64 %1792, 32
  %1800 = getelementptr inbounds float, ptr %Qc, i64 %1799
  %1801 = load float, ptr %1800, align 4
  %1802 = insertelement <8 x float> poison, float %1801, i64 0
  %1803 = shufflevector <8 x float> %1802, <8 x float> poison, <8 x i32> zeroinitializer
  %1804 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1803, <8 x float> %1788, <8 x float> %acc26.0408.2)
  %1805 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1803, <8 x float> %1791, <8 x float> %acc27114.0409.2)
  %1806 = or disjoint i64 %1792, 64
  %1807 = getelementptr inbounds float, ptr %Qc, i64 %1806
  %1808 = load float, ptr %1807, align 4
  %1809 = insertelement <8 x float> poison, float %1808, i64 0
  %1810 = shufflevector <8 x float> %1809, <8 x float> poison, <8 x i32> zeroinitializer
  %1811 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1810, <8 x float> %1788, <8 x float> %acc28.0410.2)
  %1812 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1810, <8 x float> %1791, <8 x float> %acc29.0411.2)
  %1813 = or disjoint i64 %1792, 96
  %1814 = getelementptr inbounds float, ptr %Qc, i64 %1813
  %1815 = load float, ptr %1814, align 4
  %1816 = insertelement <8 x float> poison, float %1815, i64 0
  %1817 = shufflevector <8 x float> %1816, <8 x float> poison, <8 x i32> zeroinitializer
  %1818 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1817, <8 x float> %1788, <8 x float> %acc30.0412.2)
  %1819 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1817, <8 x float> %1791, <8 x float> %acc31.0413.2)
  %p14.next.2 = or disjoint i64 %p14.addr.0414.2, 1
  %1820 = shl nuw nsw i64 %p14.next.2, 6
  %1821 = or disjoint i64 %1820, 32
  %1822 = getelementptr inbounds float, ptr %KT, i64 %1821
  %1823 = load <8 x float>, ptr %1822, align 4
  %1824 = or disjoint i64 %1820, 40
  %1825 = getelementptr inbounds float, ptr %KT, i64 %1824
  %1826 = load <8 x float>, ptr %1825, align 4
  %1827 = add nuw nsw i64 %p14.next.2, %1614
  %1828 = getelementptr inbounds float, ptr %Qc, i64 %1827
  %1829 = load float, ptr %1828, align 4
  %1830 = insertelement <8 x float> poison, float %1829, i64 0
  %1831 = shufflevector <8 x float> %1830, <8 x float> poison, <8 x i32> zeroinitializer
  %1832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1831, <8 x float> %1823, <8 x float> %1797)
  %1833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1831, <8 x float> %1826, <8 x float> %1798)
  %1834 = or disjoint i64 %1827, 32
  %1835 = getelementptr inbounds float, ptr %Qc, i64 %1834
  %1836 = load float, ptr %1835, align 4
  %1837 = insertelement <8 x float> poison, float %1836, i64 0
  %1838 = shufflevector <8 x float> %1837, <8 x float> poison, <8 x i32> zeroinitializer
  %1839 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1838, <8 x float> %1823, <8 x float> %1804)
  %1840 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1838, <8 x float> %1826, <8 x float> %1805)
  %1841 = or disjoint i64 %1827, 64
  %1842 = getelementptr inbounds float, ptr %Qc, i64 %1841
  %1843 = load float, ptr %1842, align 4
  %1844 = insertelement <8 x float> poison, float %1843, i64 0
  %1845 = shufflevector <8 x float> %1844, <8 x float> poison, <8 x i32> zeroinitializer
  %1846 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1845, <8 x float> %1823, <8 x float> %1811)
  %1847 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1845, <8 x float> %1826, <8 x float> %1812)
  %1848 = or disjoint i64 %1827, 96
  %1849 = getelementptr inbounds float, ptr %Qc, i64 %1848
  %1850 = load float, ptr %1849, align 4
  %1851 = insertelement <8 x float> poison, float %1850, i64 0
  %1852 = shufflevector <8 x float> %1851, <8 x float> poison, <8 x i32> zeroinitializer
  %1853 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1852, <8 x float> %1823, <8 x float> %1818)
  %1854 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1852, <8 x float> %1826, <8 x float> %1819)
  %p14.next.2.1 = add nuw nsw i64 %p14.addr.0414.2, 2
  %exitcond579.2.not.1 = icmp eq i64 %p14.next.2.1, 32
  br i1 %exitcond579.2.not.1, label %p14.exit.2, label %p14.body.2

p14.exit.2:                                       ; preds = %p14.body.2
  %1855 = or disjoint i64 %1615, 32
  %1856 = getelementptr inbounds float, ptr %P, i64 %1855
  store <8 x float> %1832, ptr %1856, align 4
  %1857 = or disjoint i64 %1615, 40
  %1858 = getelementptr inbounds float, ptr %P, i64 %1857
  store <8 x float> %1833, ptr %1858, align 4
  %1859 = or disjoint i64 %1615, 96
  %1860 = getelementptr inbounds float, ptr %P, i64 %1859
  store <8 x float> %1839, ptr %1860, align 4
  %1861 = or disjoint i64 %1615, 104
  %1862 = getelementptr inbounds float, ptr %P, i64 %1861
  store <8 x float> %1840, ptr %1862, align 4
  %1863 = or disjoint i64 %1615, 160
  %1864 = getelementptr inbounds float, ptr %P, i64 %1863
  store <8 x float> %1846, ptr %1864, align 4
  %1865 = or disjoint i64 %1615, 168
  %1866 = getelementptr inbounds float, ptr %P, i64 %1865
  store <8 x float> %1847, ptr %1866, align 4
  %1867 = or disjoint i64 %1615, 224
  %1868 = getelementptr inbounds float, ptr %P, i64 %1867
  store <8 x float> %1853, ptr %1868, align 4
  %1869 = or disjoint i64 %1615, 232
  %1870 = getelementptr inbounds float, ptr %P, i64 %1869
  store <8 x float> %1854, ptr %1870, align 4
  br label %p14.body.3

p14.body.3:                                       ; preds = %p14.body.3, %p14.exit.2
  %p14.addr.0414.3 = phi i64 [ 0, %p14.exit.2 ], [ %p14.next.3.1, %p14.body.3 ]
  %acc31.0413.3 = phi <8 x float> [ zeroinitializer, %p14.exit.2 ], [ %1940, %p14.body.3 ]
  %acc30.0412.3 = phi <8 x float> [ zeroinitializer, %p14.exit.2 ], [ %1939, %p14.body.3 ]
  %acc29.0411.3 = phi <8 x float> [ zeroinitializer, %p14.exit.2 ], [ %1933, %p14.body.3 ]
  %acc28.0410.3 = phi <8 x float> [ zeroinitializer, %p14.exit.2 ], [ %1932, %p14.body.3 ]
  %acc27114.0409.3 = phi <8 x float> [ zeroinitializer, %p14.exit.2 ], [ %1926, %p14.body.3 ]
  %acc26.0408.3 = phi <8 x float> [ zeroinitializer, %p14.exit.2 ], [ %1925, %p14.body.3 ]
  %acc25.0407.3 = phi <8 x float> [ zeroinitializer, %p14.exit.2 ], [ %1919, %p14.body.3 ]
  %acc24.0406.3 = phi <8 x float> [ zeroinitializer, %p14.exit.2 ], [ %1918, %p14.body.3 ]
  %1871 = shl nuw nsw i64 %p14.addr.0414.3, 6
  %1872 = or disjoint i64 %1871, 48
  %1873 = getelementptr inbounds float, ptr %KT, i64 %1872
  %1874 = load <8 x float>, ptr %1873, align 4
  %1875 = or disjoint i64 %1871, 56
  %1876 = getelementptr inbounds float, ptr %KT, i64 %1875
  %1877 = load <8 x float>, ptr %1876, align 4
  %1878 = add nuw nsw i64 %p14.addr.0414.3, %1614
  %1879 = getelementptr inbounds float, ptr %Qc, i64 %1878
  %1880 = load float, ptr %1879, align 4
  %1881 = insertelement <8 x float> poison, float %1880, i64 0
  %1882 = shufflevector <8 x float> %1881, <8 x float> poison, <8 x i32> zeroinitializer
  %1883 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1882, <8 x float> %1874, <8 x float> %acc24.0406.3)
  %1884 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1882, <8 x float> %1877, <8 x float> %acc25.0407.3)
  %1885 = or disjoint i64 %1878, 32
  %1886 = getelementptr inbounds float, ptr %Qc, i64 %1885
  %1887 = load float, ptr %1886, align 4
  %1888 = insertelement <8 x float> poison, float %1887, i64 0
  %1889 = shufflevector <8 x float> %1888, <8 x float> poison, <8 x i32> zeroinitializer
  %1890 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1889, <8 x float> %1874, <8 x float> %acc26.0408.3)
  %1891 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1889, <8 x float> %1877, <8 x float> %acc27114.0409.3)
  %1892 = or disjoint i64 %1878, 64
  %1893 = getelementptr inbounds float, ptr %Qc, i64 %1892
  %1894 = load float, ptr %1893, align 4
  %1895 = insertelement <8 x float> poison, float %1894, i64 0
  %1896 = shufflevector <8 x float> %1895, <8 x float> poison, <8 x i32> zeroinitializer
  %1897 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1896, <8 x float> %1874, <8 x float> %acc28.0410.3)
  %1898 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1896, <8 x float> %1877, <8 x float> %acc29.0411.3)
  %1899 = or disjoint i64 %1878, 96
  %1900 = getelementptr inbounds float, ptr %Qc, i64 %1899
  %1901 = load float, ptr %1900, align 4
  %1902 = insertelement <8 x float> poison, float %1901, i64 0
  %1903 = shufflevector <8 x float> %1902, <8 x float> poison, <8 x i32> zeroinitializer
  %1904 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1903, <8 x float> %1874, <8 x float> %acc30.0412.3)
  %1905 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1903, <8 x float> %1877, <8 x float> %acc31.0413.3)
  %p14.next.3 = or disjoint i64 %p14.addr.0414.3, 1
  %1906 = shl nuw nsw i64 %p14.next.3, 6
  %1907 = or disjoint i64 %1906, 48
  %1908 = getelementptr inbounds float, ptr %KT, i64 %1907
  %1909 = load <8 x float>, ptr %1908, align 4
  %1910 = or disjoint i64 %1906, 56
  %1911 = getelementptr inbounds float, ptr %KT, i64 %1910
  %1912 = load <8 x float>, ptr %1911, align 4
  %1913 = add nuw nsw i64 %p14.next.3, %1614
  %1914 = getelementptr inbounds float, ptr %Qc, i64 %1913
  %1915 = load float, ptr %1914, align 4
  %1916 = insertelement <8 x float> poison, float %1915, i64 0
  %1917 = shufflevector <8 x float> %1916, <8 x float> poison, <8 x i32> zeroinitializer
  %1918 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1917, <8 x float> %1909, <8 x float> %1883)
  %1919 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1917, <8 x float> %1912, <8 x float> %1884)
  %1920 = or disjoint i64 %1913, 32
  %1921 = getelementptr inbounds float, ptr %Qc, i64 %1920
  %1922 = load float, ptr %1921, align 4
  %1923 = insertelement <8 x float> poison, float %1922, i64 0
  %1924 = shufflevector <8 x float> %1923, <8 x float> poison, <8 x i32> zeroinitializer
  %1925 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1924, <8 x float> %1909, <8 x float> %1890)
  %1926 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1924, <8 x float> %1912, <8 x float> %1891)
  %1927 = or disjoint i64 %1913, 64
  %1928 = getelementptr inbounds float, ptr %Qc, i64 %1927
  %1929 = load float, ptr %1928, align 4
  %1930 = insertelement <8 x float> poison, float %1929, i64 0
  %1931 = shufflevector <8 x float> %1930, <8 x float> poison, <8 x i32> zeroinitializer
  %1932 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1931, <8 x float> %1909, <8 x float> %1897)
  %1933 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1931, <8 x float> %1912, <8 x float> %1898)
  %1934 = or disjoint i64 %1913, 96
  %1935 = getelementptr inbounds float, ptr %Qc, i64 %1934
  %1936 = load float, ptr %1935, align 4
  %1937 = insertelement <8 x float> poison, float %1936, i64 0
  %1938 = shufflevector <8 x float> %1937, <8 x float> poison, <8 x i32> zeroinitializer
  %1939 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1938, <8 x float> %1909, <8 x float> %1904)
  %1940 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1938, <8 x float> %1912, <8 x float> %1905)
  %p14.next.3.1 = add nuw nsw i64 %p14.addr.0414.3, 2
  %exitcond579.3.not.1 = icmp eq i64 %p14.next.3.1, 32
  br i1 %exitcond579.3.not.1, label %p14.exit.3, label %p14.body.3

p14.exit.3:                                       ; preds = %p14.body.3
  %1941 = or disjoint i64 %1615, 48
  %1942 = getelementptr inbounds float, ptr %P, i64 %1941
  store <8 x float> %1918, ptr %1942, align 4
  %1943 = or disjoint i64 %1615, 56
  %1944 = getelementptr inbounds float, ptr %P, i64 %1943
  store <8 x float> %1919, ptr %1944, align 4
  %1945 = or disjoint i64 %1615, 112
  %1946 = getelementptr inbounds float, ptr %P, i64 %1945
  store <8 x float> %1925, ptr %1946, align 4
  %1947 = or disjoint i64 %1615, 120
  %1948 = getelementptr inbounds float, ptr %P, i64 %1947
  store <8 x float> %1926, ptr %1948, align 4
  %1949 = or disjoint i64 %1615, 176
  %1950 = getelementptr inbounds float, ptr %P, i64 %1949
  store <8 x float> %1932, ptr %1950, align 4
  %1951 = or disjoint i64 %1615, 184
  %1952 = getelementptr inbounds float, ptr %P, i64 %1951
  store <8 x float> %1933, ptr %1952, align 4
  %1953 = or disjoint i64 %1615, 240
  %1954 = getelementptr inbounds float, ptr %P, i64 %1953
  store <8 x float> %1939, ptr %1954, align 4
  %1955 = or disjoint i64 %1615, 248
  %1956 = getelementptr inbounds float, ptr %P, i64 %1955
  store <8 x float> %1940, ptr %1956, align 4
  %i28.next = add nuw nsw i64 %i28.addr.0416, 4
  %1957 = icmp ult i64 %i28.addr.0416, 12
  br i1 %1957, label %j20.head.preheader, label %vector.body1203

vector.body1203:                                  ; preds = %p14.exit.3
  store <8 x float> zeroinitializer, ptr %80, align 4
  store <8 x float> zeroinitializer, ptr %81, align 4
  store <8 x float> zeroinitializer, ptr %82, align 4
  store <8 x float> zeroinitializer, ptr %83, align 4
  store <8 x float> zeroinitializer, ptr %84, align 4
  store <8 x float> zeroinitializer, ptr %85, align 4
  store float 0.000000e+00, ptr %86, align 4
  store float 0.000000e+00, ptr %87, align 4
  store float 0.000000e+00, ptr %88, align 4
  store float 0.000000e+00, ptr %89, align 4
  store float 0.000000e+00, ptr %90, align 4
  store float 0.000000e+00, ptr %91, align 4
  store float 0.000000e+00, ptr %92, align 4
  store float 0.000000e+00, ptr %93, align 4
  store float 0.000000e+00, ptr %94, align 4
  store float 0.000000e+00, ptr %95, align 4
  store float 0.000000e+00, ptr %96, align 4
  store float 0.000000e+00, ptr %97, align 4
  store <8 x float> zeroinitializer, ptr %98, align 4
  store <8 x float> zeroinitializer, ptr %99, align 4
  store <8 x float> zeroinitializer, ptr %100, align 4
  store <8 x float> zeroinitializer, ptr %101, align 4
  store <8 x float> zeroinitializer, ptr %102, align 4
  store <8 x float> zeroinitializer, ptr %103, align 4
  store <8 x float> zeroinitializer, ptr %104, align 4
  %wide.load1177 = load <8 x float>, ptr %invariant.gep807, align 4
  %wide.load1178 = load <8 x float>, ptr %105, align 4
  %1958 = shufflevector <8 x float> %wide.load1178, <8 x float> <float poison, float poison, float poison, float poison, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00>, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 12, i32 13, i32 14, i32 15>
  store <8 x float> %wide.load1177, ptr %invariant.gep807, align 4
  store <8 x float> %1958, ptr %105, align 4
  store <8 x float> zeroinitializer, ptr %106, align 4
  store <8 x float> zeroinitializer, ptr %107, align 4
  store <8 x float> zeroinitializer, ptr %108, align 4
  store <8 x float> zeroinitializer, ptr %109, align 4
  store <8 x float> zeroinitializer, ptr %110, align 4
  store <8 x float> zeroinitializer, ptr %111, align 4
  %wide.load1160 = load <8 x float>, ptr %invariant.gep809, align 4
  %wide.load1161 = load <8 x float>, ptr %112, align 4
  store <8 x float> %wide.load1160, ptr %invariant.gep809, align 4
  store <8 x float> %wide.load1161, ptr %112, align 4
  store <8 x float> zeroinitializer, ptr %113, align 4
  store <8 x float> zeroinitializer, ptr %114, align 4
  store <8 x float> zeroinitializer, ptr %115, align 4
  store <8 x float> zeroinitializer, ptr %116, align 4
  store <8 x float> zeroinitializer, ptr %117, align 4
  store <8 x float> zeroinitializer, ptr %118, align 4
  %wide.load1143 = load <8 x float>, ptr %invariant.gep811, align 4
  %wide.load1144 = load <8 x float>, ptr %119, align 4
  %wide.load1145 = load <8 x float>, ptr %120, align 4
  %1959 = shufflevector <8 x float> %wide.load1145, <8 x float> <float poison, float poison, float poison, float poison, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00>, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 12, i32 13, i32 14, i32 15>
  store <8 x float> %wide.load1143, ptr %invariant.gep811, align 4
  store <8 x float> %wide.load1144, ptr %119, align 4
  store <8 x float> %1959, ptr %120, align 4
  store <8 x float> zeroinitializer, ptr %121, align 4
  store <8 x float> zeroinitializer, ptr %122, align 4
  store <8 x float> zeroinitializer, ptr %123, align 4
  store <8 x float> zeroinitializer, ptr %124, align 4
  store <8 x float> zeroinitializer, ptr %125, align 4
  %wide.load1126 = load <8 x float>, ptr %invariant.gep813, align 4
  %wide.load1127 = load <8 x float>, ptr %126, align 4
  %wide.load1128 = load <8 x float>, ptr %127, align 4
  store <8 x float> %wide.load1126, ptr %invariant.gep813, align 4
  store <8 x float> %wide.load1127, ptr %126, align 4
  store <8 x float> %wide.load1128, ptr %127, align 4
  store <8 x float> zeroinitializer, ptr %128, align 4
  store <8 x float> zeroinitializer, ptr %129, align 4
  store <8 x float> zeroinitializer, ptr %130, align 4
  store <8 x float> zeroinitializer, ptr %131, align 4
  store <8 x float> zeroinitializer, ptr %132, align 4
  %wide.load1109 = load <8 x float>, ptr %invariant.gep815, align 4
  %wide.load1110 = load <8 x float>, ptr %133, align 4
  %wide.load1111 = load <8 x float>, ptr %134, align 4
  %wide.load1112 = load <8 x float>, ptr %135, align 4
  %1960 = shufflevector <8 x float> %wide.load1112, <8 x float> <float poison, float poison, float poison, float poison, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00>, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 12, i32 13, i32 14, i32 15>
  store <8 x float> %wide.load1109, ptr %invariant.gep815, align 4
  store <8 x float> %wide.load1110, ptr %133, align 4
  store <8 x float> %wide.load1111, ptr %134, align 4
  store <8 x float> %1960, ptr %135, align 4
  store <8 x float> zeroinitializer, ptr %136, align 4
  store <8 x float> zeroinitializer, ptr %137, align 4
  store <8 x float> zeroinitializer, ptr %138, align 4
  store <8 x float> zeroinitializer, ptr %139, align 4
  %wide.load1092 = load <8 x float>, ptr %invariant.gep817, align 4
  %wide.load1093 = load <8 x float>, ptr %140, align 4
  %wide.load1094 = load <8 x float>, ptr %141, align 4
  %wide.load1095 = load <8 x float>, ptr %142, align 4
  store <8 x float> %wide.load1092, ptr %invariant.gep817, align 4
  store <8 x float> %wide.load1093, ptr %140, align 4
  store <8 x float> %wide.load1094, ptr %141, align 4
  store <8 x float> %wide.load1095, ptr %142, align 4
  store <8 x float> zeroinitializer, ptr %143, align 4
  store <8 x float> zeroinitializer, ptr %144, align 4
  store <8 x float> zeroinitializer, ptr %145, align 4
  store <8 x float> zeroinitializer, ptr %146, align 4
  %wide.load1075 = load <8 x float>, ptr %invariant.gep819, align 4
  %wide.load1076 = load <8 x float>, ptr %147, align 4
  %wide.load1077 = load <8 x float>, ptr %148, align 4
  %wide.load1078 = load <8 x float>, ptr %149, align 4
  store <8 x float> %wide.load1075, ptr %invariant.gep819, align 4
  store <8 x float> %wide.load1076, ptr %147, align 4
  store <8 x float> %wide.load1077, ptr %148, align 4
  store <8 x float> %wide.load1078, ptr %149, align 4
  %wide.load1075.1 = load <8 x float>, ptr %150, align 4
  %1961 = shufflevector <8 x float> %wide.load1075.1, <8 x float> <float poison, float poison, float poison, float poison, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00>, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 12, i32 13, i32 14, i32 15>
  store <8 x float> %1961, ptr %150, align 4
  store <8 x float> zeroinitializer, ptr %151, align 4
  store <8 x float> zeroinitializer, ptr %152, align 4
  store <8 x float> zeroinitializer, ptr %153, align 4
  %wide.load1058 = load <8 x float>, ptr %invariant.gep821, align 4
  %wide.load1059 = load <8 x float>, ptr %154, align 4
  %wide.load1060 = load <8 x float>, ptr %155, align 4
  %wide.load1061 = load <8 x float>, ptr %156, align 4
  store <8 x float> %wide.load1058, ptr %invariant.gep821, align 4
  store <8 x float> %wide.load1059, ptr %154, align 4
  store <8 x float> %wide.load1060, ptr %155, align 4
  store <8 x float> %wide.load1061, ptr %156, align 4
  store <8 x float> zeroinitializer, ptr %157, align 4
  store <8 x float> zeroinitializer, ptr %158, align 4
  store <8 x float> zeroinitializer, ptr %159, align 4
  %wide.load1041 = load <8 x float>, ptr %invariant.gep823, align 4
  %wide.load1042 = load <8 x float>, ptr %160, align 4
  %wide.load1043 = load <8 x float>, ptr %161, align 4
  %wide.load1044 = load <8 x float>, ptr %162, align 4
  store <8 x float> %wide.load1041, ptr %invariant.gep823, align 4
  store <8 x float> %wide.load1042, ptr %160, align 4
  store <8 x float> %wide.load1043, ptr %161, align 4
  store <8 x float> %wide.load1044, ptr %162, align 4
  %wide.load1041.1 = load <8 x float>, ptr %163, align 4
  %wide.load1042.1 = load <8 x float>, ptr %164, align 4
  %1962 = shufflevector <8 x float> %wide.load1042.1, <8 x float> <float poison, float poison, float poison, float poison, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00>, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 12, i32 13, i32 14, i32 15>
  store <8 x float> %wide.load1041.1, ptr %163, align 4
  store <8 x float> %1962, ptr %164, align 4
  store <8 x float> zeroinitializer, ptr %165, align 4
  store <8 x float> zeroinitializer, ptr %166, align 4
  %wide.load1024 = load <8 x float>, ptr %invariant.gep825, align 4
  %wide.load1025 = load <8 x float>, ptr %167, align 4
  %wide.load1026 = load <8 x float>, ptr %168, align 4
  %wide.load1027 = load <8 x float>, ptr %169, align 4
  store <8 x float> %wide.load1024, ptr %invariant.gep825, align 4
  store <8 x float> %wide.load1025, ptr %167, align 4
  store <8 x float> %wide.load1026, ptr %168, align 4
  store <8 x float> %wide.load1027, ptr %169, align 4
  %wide.load1024.1 = load <8 x float>, ptr %170, align 4
  %wide.load1025.1 = load <8 x float>, ptr %171, align 4
  store <8 x float> %wide.load1024.1, ptr %170, align 4
  store <8 x float> %wide.load1025.1, ptr %171, align 4
  store <8 x float> zeroinitializer, ptr %172, align 4
  store <8 x float> zeroinitializer, ptr %173, align 4
  %wide.load1007 = load <8 x float>, ptr %invariant.gep827, align 4
  %wide.load1008 = load <8 x float>, ptr %174, align 4
  %wide.load1009 = load <8 x float>, ptr %175, align 4
  %wide.load1010 = load <8 x float>, ptr %176, align 4
  store <8 x float> %wide.load1007, ptr %invariant.gep827, align 4
  store <8 x float> %wide.load1008, ptr %174, align 4
  store <8 x float> %wide.load1009, ptr %175, align 4
  store <8 x float> %wide.load1010, ptr %176, align 4
  %wide.load1007.1 = load <8 x float>, ptr %177, align 4
  %wide.load1008.1 = load <8 x float>, ptr %178, align 4
  %wide.load1009.1 = load <8 x float>, ptr %179, align 4
  %1963 = shufflevector <8 x float> %wide.load1009.1, <8 x float> <float poison, float poison, float poison, float poison, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00>, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 12, i32 13, i32 14, i32 15>
  store <8 x float> %wide.load1007.1, ptr %177, align 4
  store <8 x float> %wide.load1008.1, ptr %178, align 4
  store <8 x float> %1963, ptr %179, align 4
  store <8 x float> zeroinitializer, ptr %180, align 4
  %wide.load990 = load <8 x float>, ptr %invariant.gep829, align 4
  %wide.load991 = load <8 x float>, ptr %181, align 4
  %wide.load992 = load <8 x float>, ptr %182, align 4
  %wide.load993 = load <8 x float>, ptr %183, align 4
  store <8 x float> %wide.load990, ptr %invariant.gep829, align 4
  store <8 x float> %wide.load991, ptr %181, align 4
  store <8 x float> %wide.load992, ptr %182, align 4
  store <8 x float> %wide.load993, ptr %183, align 4
  %wide.load990.1 = load <8 x float>, ptr %184, align 4
  %wide.load991.1 = load <8 x float>, ptr %185, align 4
  %wide.load992.1 = load <8 x float>, ptr %186, align 4
  store <8 x float> %wide.load990.1, ptr %184, align 4
  store <8 x float> %wide.load991.1, ptr %185, align 4
  store <8 x float> %wide.load992.1, ptr %186, align 4
  store <8 x float> zeroinitializer, ptr %187, align 4
  %wide.load = load <8 x float>, ptr %invariant.gep831, align 4
  %wide.load975 = load <8 x float>, ptr %188, align 4
  %wide.load976 = load <8 x float>, ptr %189, align 4
  %wide.load977 = load <8 x float>, ptr %190, align 4
  store <8 x float> %wide.load, ptr %invariant.gep831, align 4
  store <8 x float> %wide.load975, ptr %188, align 4
  store <8 x float> %wide.load976, ptr %189, align 4
  store <8 x float> %wide.load977, ptr %190, align 4
  %wide.load.1 = load <8 x float>, ptr %191, align 4
  %wide.load975.1 = load <8 x float>, ptr %192, align 4
  %wide.load976.1 = load <8 x float>, ptr %193, align 4
  %wide.load977.1 = load <8 x float>, ptr %194, align 4
  %1964 = shufflevector <8 x float> %wide.load977.1, <8 x float> <float poison, float poison, float poison, float poison, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00>, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 12, i32 13, i32 14, i32 15>
  store <8 x float> %wide.load.1, ptr %191, align 4
  store <8 x float> %wide.load975.1, ptr %192, align 4
  store <8 x float> %wide.load976.1, ptr %193, align 4
  store <8 x float> %1964, ptr %194, align 4
  br label %j21.head.preheader

j21.head.preheader:                               ; preds = %vector.body1203, %p15.exit.1
  %i30.addr.0429 = phi i64 [ %i30.next, %p15.exit.1 ], [ 0, %vector.body1203 ]
  %1965 = shl nuw nsw i64 %i30.addr.0429, 5
  %1966 = or disjoint i64 %1965, 32
  %1967 = or disjoint i64 %1965, 64
  %1968 = or disjoint i64 %1965, 96
  br label %p15.body

p15.body:                                         ; preds = %p15.body, %j21.head.preheader
  %p15.addr.0427 = phi i64 [ 0, %j21.head.preheader ], [ %p15.next.11412, %p15.body ]
  %acc39.0426 = phi <8 x float> [ zeroinitializer, %j21.head.preheader ], [ %2036, %p15.body ]
  %acc38.0425 = phi <8 x float> [ zeroinitializer, %j21.head.preheader ], [ %2035, %p15.body ]
  %acc37.0424 = phi <8 x float> [ zeroinitializer, %j21.head.preheader ], [ %2029, %p15.body ]
  %acc36.0423 = phi <8 x float> [ zeroinitializer, %j21.head.preheader ], [ %2028, %p15.body ]
  %acc35.0422 = phi <8 x float> [ zeroinitializer, %j21.head.preheader ], [ %2022, %p15.body ]
  %acc34.0421 = phi <8 x float> [ zeroinitializer, %j21.head.preheader ], [ %2021, %p15.body ]
  %acc33.0420 = phi <8 x float> [ zeroinitializer, %j21.head.preheader ], [ %2015, %p15.body ]
  %acc32.0419 = phi <8 x float> [ zeroinitializer, %j21.head.preheader ], [ %2014, %p15.body ]
  %1969 = shl nuw nsw i64 %p15.addr.0427, 5
  %1970 = getelementptr inbounds float, ptr %work, i64 %1969
  %1971 = load <8 x float>, ptr %1970, align 4
  %1972 = or disjoint i64 %1969, 8
  %1973 = getelementptr inbounds float, ptr %work, i64 %1972
  %1974 = load <8 x float>, ptr %1973, align 4
  %1975 = add nuw nsw i64 %p15.addr.0427, %1965
  %1976 = getelementptr inbounds float, ptr %Qc, i64 %1975
  %1977 = load float, ptr %1976, align 4
  %1978 = insertelement <8 x float> poison, float %1977, i64 0
  %1979 = shufflevector <8 x float> %1978, <8 x float> poison, <8 x i32> zeroinitializer
  %1980 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1979, <8 x float> %1971, <8 x float> %acc32.0419)
  %1981 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1979, <8 x float> %1974, <8 x float> %acc33.0420)
  %1982 = or disjoint i64 %1975, 32
  %1983 = getelementptr inbounds float, ptr %Qc, i64 %1982
  %1984 = load float, ptr %1983, align 4
  %1985 = insertelement <8 x float> poison, float %1984, i64 0
  %1986 = shufflevector <8 x float> %1985, <8 x float> poison, <8 x i32> zeroinitializer
  %1987 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1986, <8 x float> %1971, <8 x float> %acc34.0421)
  %1988 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1986, <8 x float> %1974, <8 x float> %acc35.0422)
  %1989 = or disjoint i64 %1975, 64
  %1990 = getelementptr inbounds float, ptr %Qc, i64 %1989
  %1991 = load float, ptr %1990, align 4
  %1992 = insertelement <8 x float> poison, float %1991, i64 0
  %1993 = shufflevector <8 x float> %1992, <8 x float> poison, <8 x i32> zeroinitializer
  %1994 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1993, <8 x float> %1971, <8 x float> %acc36.0423)
  %1995 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1993, <8 x float> %1974, <8 x float> %acc37.0424)
  %1996 = or disjoint i64 %1975, 96
  %1997 = getelementptr inbounds float, ptr %Qc, i64 %1996
  %1998 = load float, ptr %1997, align 4
  %1999 = insertelement <8 x float> poison, float %1998, i64 0
  %2000 = shufflevector <8 x float> %1999, <8 x float> poison, <8 x i32> zeroinitializer
  %2001 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2000, <8 x float> %1971, <8 x float> %acc38.0425)
  %2002 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2000, <8 x float> %1974, <8 x float> %acc39.0426)
  %p15.next = or disjoint i64 %p15.addr.0427, 1
  %2003 = shl nuw nsw i64 %p15.next, 5
  %2004 = getelementptr inbounds float, ptr %work, i64 %2003
  %2005 = load <8 x float>, ptr %2004, align 4
  %2006 = or disjoint i64 %2003, 8
  %2007 = getelementptr inbounds float, ptr %work, i64 %2006
  %2008 = load <8 x float>, ptr %2007, align 4
  %2009 = add nuw nsw i64 %p15.next, %1965
  %2010 = getelementptr inbounds float, ptr %Qc, i64 %2009
  %2011 = load float, ptr %2010, align 4
  %2012 = insertelement <8 x float> poison, float %2011, i64 0
  %2013 = shufflevector <8 x float> %2012, <8 x float> poison, <8 x i32> zeroinitializer
  %2014 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2013, <8 x float> %2005, <8 x float> %1980)
  %2015 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2013, <8 x float> %2008, <8 x float> %1981)
  %2016 = or disjoint i64 %2009, 32
  %2017 = getelementptr inbounds float, ptr %Qc, i64 %2016
  %2018 = load float, ptr %2017, align 4
  %2019 = insertelement <8 x float> poison, float %2018, i64 0
  %2020 = shufflevector <8 x float> %2019, <8 x float> poison, <8 x i32> zeroinitializer
  %2021 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2020, <8 x float> %2005, <8 x float> %1987)
  %2022 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2020, <8 x float> %2008, <8 x float> %1988)
  %2023 = or disjoint i64 %2009, 64
  %2024 = getelementptr inbounds float, ptr %Qc, i64 %2023
  %2025 = load float, ptr %2024, align 4
  %2026 = insertelement <8 x float> poison, float %2025, i64 0
  %2027 = shufflevector <8 x float> %2026, <8 x float> poison, <8 x i32> zeroinitializer
  %2028 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2027, <8 x float> %2005, <8 x float> %1994)
  %2029 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2027, <8 x float> %2008, <8 x float> %1995)
  %2030 = or disjoint i64 %2009, 96
  %2031 = getelementptr inbounds float, ptr %Qc, i64 %2030
  %2032 = load float, ptr %2031, align 4
  %2033 = insertelement <8 x float> poison, float %2032, i64 0
  %2034 = shufflevector <8 x float> %2033, <8 x float> poison, <8 x i32> zeroinitializer
  %2035 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2034, <8 x float> %2005, <8 x float> %2001)
  %2036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2034, <8 x float> %2008, <8 x float> %2002)
  %p15.next.11412 = add nuw nsw i64 %p15.addr.0427, 2
  %exitcond595.not.1 = icmp eq i64 %p15.next.11412, 32
  br i1 %exitcond595.not.1, label %p15.exit, label %p15.body

p15.exit:                                         ; preds = %p15.body
  %2037 = getelementptr inbounds float, ptr %Oc, i64 %1965
  store <8 x float> %2014, ptr %2037, align 4
  %2038 = or disjoint i64 %1965, 8
  %2039 = getelementptr inbounds float, ptr %Oc, i64 %2038
  store <8 x float> %2015, ptr %2039, align 4
  %2040 = getelementptr inbounds float, ptr %Oc, i64 %1966
  store <8 x float> %2021, ptr %2040, align 4
  %2041 = or disjoint i64 %1965, 40
  %2042 = getelementptr inbounds float, ptr %Oc, i64 %2041
  store <8 x float> %2022, ptr %2042, align 4
  %2043 = getelementptr inbounds float, ptr %Oc, i64 %1967
  store <8 x float> %2028, ptr %2043, align 4
  %2044 = or disjoint i64 %1965, 72
  %2045 = getelementptr inbounds float, ptr %Oc, i64 %2044
  store <8 x float> %2029, ptr %2045, align 4
  %2046 = getelementptr inbounds float, ptr %Oc, i64 %1968
  store <8 x float> %2035, ptr %2046, align 4
  %2047 = or disjoint i64 %1965, 104
  %2048 = getelementptr inbounds float, ptr %Oc, i64 %2047
  store <8 x float> %2036, ptr %2048, align 4
  br label %p15.body.1

p15.body.1:                                       ; preds = %p15.body.1, %p15.exit
  %p15.addr.0427.1 = phi i64 [ 0, %p15.exit ], [ %p15.next.1.1, %p15.body.1 ]
  %acc39.0426.1 = phi <8 x float> [ zeroinitializer, %p15.exit ], [ %2118, %p15.body.1 ]
  %acc38.0425.1 = phi <8 x float> [ zeroinitializer, %p15.exit ], [ %2117, %p15.body.1 ]
  %acc37.0424.1 = phi <8 x float> [ zeroinitializer, %p15.exit ], [ %2111, %p15.body.1 ]
  %acc36.0423.1 = phi <8 x float> [ zeroinitializer, %p15.exit ], [ %2110, %p15.body.1 ]
  %acc35.0422.1 = phi <8 x float> [ zeroinitializer, %p15.exit ], [ %2104, %p15.body.1 ]
  %acc34.0421.1 = phi <8 x float> [ zeroinitializer, %p15.exit ], [ %2103, %p15.body.1 ]
  %acc33.0420.1 = phi <8 x float> [ zeroinitializer, %p15.exit ], [ %2097, %p15.body.1 ]
  %acc32.0419.1 = phi <8 x float> [ zeroinitializer, %p15.exit ], [ %2096, %p15.body.1 ]
  %2049 = shl nuw nsw i64 %p15.addr.0427.1, 5
  %2050 = or disjoint i64 %2049, 16
  %2051 = getelementptr inbounds float, ptr %work, i64 %2050
  %2052 = load <8 x float>, ptr %2051, align 4
  %2053 = or disjoint i64 %2049, 24
  %2054 = getelementptr inbounds float, ptr %work, i64 %2053
  %2055 = load <8 x float>, ptr %2054, align 4
  %2056 = add nuw nsw i64 %p15.addr.0427.1, %1965
  %2057 = getelementptr inbounds float, ptr %Qc, i64 %2056
  %2058 = load float, ptr %2057, align 4
  %2059 = insertelement <8 x float> poison, float %2058, i64 0
  %2060 = shufflevector <8 x float> %2059, <8 x float> poison, <8 x i32> zeroinitializer
  %2061 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2060, <8 x float> %2052, <8 x float> %acc32.0419.1)
  %2062 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2060, <8 x float> %2055, <8 x float> %acc33.0420.1)
  %2063 = or disjoint i64 %2056, 32
  %2064 = getelementptr inbounds float, ptr %Qc, i64 %2063
  %2065 = load float, ptr %2064, align 4
  %2066 = insertelement <8 x float> poison, float %2065, i64 0
  %2067 = shufflevector <8 x float> %2066, <8 x float> poison, <8 x i32> zeroinitializer
  %2068 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2067, <8 x float> %2052, <8 x float> %acc34.0421.1)
  %2069 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2067, <8 x float> %2055, <8 x float> %acc35.0422.1)
  %2070 = or disjoint i64 %2056, 64
  %2071 = getelementptr inbounds float, ptr %Qc, i64 %2070
  %2072 = load float, ptr %2071, align 4
  %2073 = insertelement <8 x float> poison, float %2072, i64 0
  %2074 = shufflevector <8 x float> %2073, <8 x float> poison, <8 x i32> zeroinitializer
  %2075 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2074, <8 x float> %2052, <8 x float> %acc36.0423.1)
  %2076 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2074, <8 x float> %2055, <8 x float> %acc37.0424.1)
  %2077 = or disjoint i64 %2056, 96
  %2078 = getelementptr inbounds float, ptr %Qc, i64 %2077
  %2079 = load float, ptr %2078, align 4
  %2080 = insertelement <8 x float> poison, float %2079, i64 0
  %2081 = shufflevector <8 x float> %2080, <8 x float> poison, <8 x i32> zeroinitializer
  %2082 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2081, <8 x float> %2052, <8 x float> %acc38.0425.1)
  %2083 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2081, <8 x float> %2055, <8 x float> %acc39.0426.1)
  %p15.next.1 = or disjoint i64 %p15.addr.0427.1, 1
  %2084 = shl nuw nsw i64 %p15.next.1, 5
  %2085 = or disjoint i64 %2084, 16
  %2086 = getelementptr inbounds float, ptr %work, i64 %2085
  %2087 = load <8 x float>, ptr %2086, align 4
  %2088 = or disjoint i64 %2084, 24
  %2089 = getelementptr inbounds float, ptr %work, i64 %2088
  %2090 = load <8 x float>, ptr %2089, align 4
  %2091 = add nuw nsw i64 %p15.next.1, %1965
  %2092 = getelementptr inbounds float, ptr %Qc, i64 %2091
  %2093 = load float, ptr %2092, align 4
  %2094 = insertelement <8 x float> poison, float %2093, i64 0
  %2095 = shufflevector <8 x float> %2094, <8 x float> poison, <8 x i32> zeroinitializer
  %2096 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2095, <8 x float> %2087, <8 x float> %2061)
  %2097 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2095, <8 x float> %2090, <8 x float> %2062)
  %2098 = or disjoint i64 %2091, 32
  %2099 = getelementptr inbounds float, ptr %Qc, i64 %2098
  %2100 = load float, ptr %2099, align 4
  %2101 = insertelement <8 x float> poison, float %2100, i64 0
  %2102 = shufflevector <8 x float> %2101, <8 x float> poison, <8 x i32> zeroinitializer
  %2103 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2102, <8 x float> %2087, <8 x float> %2068)
  %2104 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2102, <8 x float> %2090, <8 x float> %2069)
  %2105 = or disjoint i64 %2091, 64
  %2106 = getelementptr inbounds float, ptr %Qc, i64 %2105
  %2107 = load float, ptr %2106, align 4
  %2108 = insertelement <8 x float> poison, float %2107, i64 0
  %2109 = shufflevector <8 x float> %2108, <8 x float> poison, <8 x i32> zeroinitializer
  %2110 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2109, <8 x float> %2087, <8 x float> %2075)
  %2111 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2109, <8 x float> %2090, <8 x float> %2076)
  %2112 = or disjoint i64 %2091, 96
  %2113 = getelementptr inbounds float, ptr %Qc, i64 %2112
  %2114 = load float, ptr %2113, align 4
  %2115 = insertelement <8 x float> poison, float %2114, i64 0
  %2116 = shufflevector <8 x float> %2115, <8 x float> poison, <8 x i32> zeroinitializer
  %2117 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2116, <8 x float> %2087, <8 x float> %2082)
  %2118 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2116, <8 x float> %2090, <8 x float> %2083)
  %p15.next.1.1 = add nuw nsw i64 %p15.addr.0427.1, 2
  %exitcond595.1.not.1 = icmp eq i64 %p15.next.1.1, 32
  br i1 %exitcond595.1.not.1, label %p15.exit.1, label %p15.body.1

p15.exit.1:                                       ; preds = %p15.body.1
  %2119 = or disjoint i64 %1965, 16
  %2120 = getelementptr inbounds float, ptr %Oc, i64 %2119
  store <8 x float> %2096, ptr %2120, align 4
  %2121 = or disjoint i64 %1965, 24
  %2122 = getelementptr inbounds float, ptr %Oc, i64 %2121
  store <8 x float> %2097, ptr %2122, align 4
  %2123 = or disjoint i64 %1965, 48
  %2124 = getelementptr inbounds float, ptr %Oc, i64 %2123
  store <8 x float> %2103, ptr %2124, align 4
  %2125 = or disjoint i64 %1965, 56
  %2126 = getelementptr inbounds float, ptr %Oc, i64 %2125
  store <8 x float> %2104, ptr %2126, align 4
  %2127 = or disjoint i64 %1965, 80
  %2128 = getelementptr inbounds float, ptr %Oc, i64 %2127
  store <8 x float> %2110, ptr %2128, align 4
  %2129 = or disjoint i64 %1965, 88
  %2130 = getelementptr inbounds float, ptr %Oc, i64 %2129
  store <8 x float> %2111, ptr %2130, align 4
  %2131 = or disjoint i64 %1965, 112
  %2132 = getelementptr inbounds float, ptr %Oc, i64 %2131
  store <8 x float> %2117, ptr %2132, align 4
  %2133 = or disjoint i64 %1965, 120
  %2134 = getelementptr inbounds float, ptr %Oc, i64 %2133
  store <8 x float> %2118, ptr %2134, align 4
  %i30.next = add nuw nsw i64 %i30.addr.0429, 4
  %2135 = icmp ult i64 %i30.addr.0429, 12
  br i1 %2135, label %j21.head.preheader, label %j22.head.preheader

t2.head.preheader:                                ; preds = %p16.exit.1
  %2136 = icmp sgt i64 %237, 0
  br i1 %2136, label %j23.head.preheader.preheader, label %j24.head.preheader.preheader

j23.head.preheader.preheader:                     ; preds = %t2.head.preheader
  %2137 = getelementptr i8, ptr %233, i64 %234
  %xtraiter1427 = and i64 %smax1426, 7
  %2138 = icmp slt i64 %indvars.iv, 8
  br i1 %2138, label %j24.head.preheader.preheader.loopexit.unr-lcssa, label %j23.head.preheader.preheader.new

j23.head.preheader.preheader.new:                 ; preds = %j23.head.preheader.preheader
  %unroll_iter1429 = and i64 %smax1426, 24
  br label %j23.head.preheader

j22.head.preheader:                               ; preds = %p15.exit.1, %p16.exit.1
  %i31.addr.0440 = phi i64 [ %i31.next, %p16.exit.1 ], [ 0, %p15.exit.1 ]
  %2139 = shl nuw nsw i64 %i31.addr.0440, 5
  %2140 = or disjoint i64 %i31.addr.0440, 1
  %2141 = shl nuw nsw i64 %2140, 5
  %2142 = or disjoint i64 %i31.addr.0440, 2
  %2143 = shl nuw nsw i64 %2142, 5
  %2144 = or disjoint i64 %i31.addr.0440, 3
  %2145 = shl nuw nsw i64 %2144, 5
  %2146 = getelementptr inbounds float, ptr %Oc, i64 %2139
  %2147 = load <8 x float>, ptr %2146, align 4
  %2148 = or disjoint i64 %2139, 8
  %2149 = getelementptr inbounds float, ptr %Oc, i64 %2148
  %2150 = load <8 x float>, ptr %2149, align 4
  %2151 = getelementptr inbounds float, ptr %Oc, i64 %2141
  %2152 = load <8 x float>, ptr %2151, align 4
  %2153 = or disjoint i64 %2141, 8
  %2154 = getelementptr inbounds float, ptr %Oc, i64 %2153
  %2155 = load <8 x float>, ptr %2154, align 4
  %2156 = getelementptr inbounds float, ptr %Oc, i64 %2143
  %2157 = load <8 x float>, ptr %2156, align 4
  %2158 = or disjoint i64 %2143, 8
  %2159 = getelementptr inbounds float, ptr %Oc, i64 %2158
  %2160 = load <8 x float>, ptr %2159, align 4
  %2161 = getelementptr inbounds float, ptr %Oc, i64 %2145
  %2162 = load <8 x float>, ptr %2161, align 4
  %2163 = or disjoint i64 %2145, 8
  %2164 = getelementptr inbounds float, ptr %Oc, i64 %2163
  %2165 = load <8 x float>, ptr %2164, align 4
  %.idx491 = shl nsw i64 %i31.addr.0440, 8
  %.idx492 = shl nsw i64 %2140, 8
  %.idx493 = shl nsw i64 %2142, 8
  %.idx494 = shl nsw i64 %2144, 8
  br label %p16.body

p16.body:                                         ; preds = %p16.body, %j22.head.preheader
  %p16.addr.0438 = phi i64 [ 0, %j22.head.preheader ], [ %p16.next.3, %p16.body ]
  %acc47.0437 = phi <8 x float> [ %2165, %j22.head.preheader ], [ %2293, %p16.body ]
  %acc46.0436 = phi <8 x float> [ %2162, %j22.head.preheader ], [ %2292, %p16.body ]
  %acc45.0435 = phi <8 x float> [ %2160, %j22.head.preheader ], [ %2287, %p16.body ]
  %acc44.0434 = phi <8 x float> [ %2157, %j22.head.preheader ], [ %2286, %p16.body ]
  %acc43.0433 = phi <8 x float> [ %2155, %j22.head.preheader ], [ %2281, %p16.body ]
  %acc42.0432 = phi <8 x float> [ %2152, %j22.head.preheader ], [ %2280, %p16.body ]
  %acc41.0431 = phi <8 x float> [ %2150, %j22.head.preheader ], [ %2275, %p16.body ]
  %acc40.0430 = phi <8 x float> [ %2147, %j22.head.preheader ], [ %2274, %p16.body ]
  %2166 = shl nuw nsw i64 %p16.addr.0438, 6
  %2167 = or disjoint i64 %2166, 32
  %2168 = getelementptr inbounds float, ptr %X, i64 %2167
  %2169 = load <8 x float>, ptr %2168, align 4
  %2170 = or disjoint i64 %2166, 40
  %2171 = getelementptr inbounds float, ptr %X, i64 %2170
  %2172 = load <8 x float>, ptr %2171, align 4
  %2173 = getelementptr inbounds float, ptr %P, i64 %p16.addr.0438
  %2174 = getelementptr inbounds i8, ptr %2173, i64 %.idx491
  %2175 = load float, ptr %2174, align 4
  %2176 = insertelement <8 x float> poison, float %2175, i64 0
  %2177 = shufflevector <8 x float> %2176, <8 x float> poison, <8 x i32> zeroinitializer
  %2178 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2177, <8 x float> %2169, <8 x float> %acc40.0430)
  %2179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2177, <8 x float> %2172, <8 x float> %acc41.0431)
  %2180 = getelementptr inbounds i8, ptr %2173, i64 %.idx492
  %2181 = load float, ptr %2180, align 4
  %2182 = insertelement <8 x float> poison, float %2181, i64 0
  %2183 = shufflevector <8 x float> %2182, <8 x float> poison, <8 x i32> zeroinitializer
  %2184 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2183, <8 x float> %2169, <8 x float> %acc42.0432)
  %2185 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2183, <8 x float> %2172, <8 x float> %acc43.0433)
  %2186 = getelementptr inbounds i8, ptr %2173, i64 %.idx493
  %2187 = load float, ptr %2186, align 4
  %2188 = insertelement <8 x float> poison, float %2187, i64 0
  %2189 = shufflevector <8 x float> %2188, <8 x float> poison, <8 x i32> zeroinitializer
  %2190 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2189, <8 x float> %2169, <8 x float> %acc44.0434)
  %2191 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2189, <8 x float> %2172, <8 x float> %acc45.0435)
  %2192 = getelementptr inbounds i8, ptr %2173, i64 %.idx494
  %2193 = load float, ptr %2192, align 4
  %2194 = insertelement <8 x float> poison, float %2193, i64 0
  %2195 = shufflevector <8 x float> %2194, <8 x float> poison, <8 x i32> zeroinitializer
  %2196 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2195, <8 x float> %2169, <8 x float> %acc46.0436)
  %2197 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2195, <8 x float> %2172, <8 x float> %acc47.0437)
  %p16.next = or disjoint i64 %p16.addr.0438, 1
  %2198 = shl nuw nsw i64 %p16.next, 6
  %2199 = or disjoint i64 %2198, 32
  %2200 = getelementptr inbounds float, ptr %X, i64 %2199
  %2201 = load <8 x float>, ptr %2200, align 4
  %2202 = or disjoint i64 %2198, 40
  %2203 = getelementptr inbounds float, ptr %X, i64 %2202
  %2204 = load <8 x float>, ptr %2203, align 4
  %2205 = getelementptr inbounds float, ptr %P, i64 %p16.next
  %2206 = getelementptr inbounds i8, ptr %2205, i64 %.idx491
  %2207 = load float, ptr %2206, align 4
  %2208 = insertelement <8 x float> poison, float %2207, i64 0
  %2209 = shufflevector <8 x float> %2208, <8 x float> poison, <8 x i32> zeroinitializer
  %2210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2209, <8 x float> %2201, <8 x float> %2178)
  %2211 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2209, <8 x float> %2204, <8 x float> %2179)
  %2212 = getelementptr inbounds i8, ptr %2205, i64 %.idx492
  %2213 = load float, ptr %2212, align 4
  %2214 = insertelement <8 x float> poison, float %2213, i64 0
  %2215 = shufflevector <8 x float> %2214, <8 x float> poison, <8 x i32> zeroinitializer
  %2216 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2215, <8 x float> %2201, <8 x float> %2184)
  %2217 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2215, <8 x float> %2204, <8 x float> %2185)
  %2218 = getelementptr inbounds i8, ptr %2205, i64 %.idx493
  %2219 = load float, ptr %2218, align 4
  %2220 = insertelement <8 x float> poison, float %2219, i64 0
  %2221 = shufflevector <8 x float> %2220, <8 x float> poison, <8 x i32> zeroinitializer
  %2222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2221, <8 x float> %2201, <8 x float> %2190)
  %2223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2221, <8 x float> %2204, <8 x float> %2191)
  %2224 = getelementptr inbounds i8, ptr %2205, i64 %.idx494
  %2225 = load float, ptr %2224, align 4
  %2226 = insertelement <8 x float> poison, float %2225, i64 0
  %2227 = shufflevector <8 x float> %2226, <8 x float> poison, <8 x i32> zeroinitializer
  %2228 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2227, <8 x float> %2201, <8 x float> %2196)
  %2229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2227, <8 x float> %2204, <8 x float> %2197)
  %p16.next.11423 = or disjoint i64 %p16.addr.0438, 2
  %2230 = shl nuw nsw i64 %p16.next.11423, 6
  %2231 = or disjoint i64 %2230, 32
  %2232 = getelementptr inbounds float, ptr %X, i64 %2231
  %2233 = load <8 x float>, ptr %2232, align 4
  %2234 = or disjoint i64 %2230, 40
  %2235 = getelementptr inbounds float, ptr %X, i64 %2234
  %2236 = load <8 x float>, ptr %2235, align 4
  %2237 = getelementptr inbounds float, ptr %P, i64 %p16.next.11423
  %2238 = getelementptr inbounds i8, ptr %2237, i64 %.idx491
  %2239 = load float, ptr %2238, align 4
  %2240 = insertelement <8 x float> poison, float %2239, i64 0
  %2241 = shufflevector <8 x float> %2240, <8 x float> poison, <8 x i32> zeroinitializer
  %2242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2241, <8 x float> %2233, <8 x float> %2210)
  %2243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2241, <8 x float> %2236, <8 x float> %2211)
  %2244 = getelementptr inbounds i8, ptr %2237, i64 %.idx492
  %2245 = load float, ptr %2244, align 4
  %2246 = insertelement <8 x float> poison, float %2245, i64 0
  %2247 = shufflevector <8 x float> %2246, <8 x float> poison, <8 x i32> zeroinitializer
  %2248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2247, <8 x float> %2233, <8 x float> %2216)
  %2249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2247, <8 x float> %2236, <8 x float> %2217)
  %2250 = getelementptr inbounds i8, ptr %2237, i64 %.idx493
  %2251 = load float, ptr %2250, align 4
  %2252 = insertelement <8 x float> poison, float %2251, i64 0
  %2253 = shufflevector <8 x float> %2252, <8 x float> poison, <8 x i32> zeroinitializer
  %2254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2253, <8 x float> %2233, <8 x float> %2222)
  %2255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2253, <8 x float> %2236, <8 x float> %2223)
  %2256 = getelementptr inbounds i8, ptr %2237, i64 %.idx494
  %2257 = load float, ptr %2256, align 4
  %2258 = insertelement <8 x float> poison, float %2257, i64 0
  %2259 = shufflevector <8 x float> %2258, <8 x float> poison, <8 x i32> zeroinitializer
  %2260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2259, <8 x float> %2233, <8 x float> %2228)
  %2261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2259, <8 x float> %2236, <8 x float> %2229)
  %p16.next.2 = or disjoint i64 %p16.addr.0438, 3
  %2262 = shl nuw nsw i64 %p16.next.2, 6
  %2263 = or disjoint i64 %2262, 32
  %2264 = getelementptr inbounds float, ptr %X, i64 %2263
  %2265 = load <8 x float>, ptr %2264, align 4
  %2266 = or disjoint i64 %2262, 40
  %2267 = getelementptr inbounds float, ptr %X, i64 %2266
  %2268 = load <8 x float>, ptr %2267, align 4
  %2269 = getelementptr inbounds float, ptr %P, i64 %p16.next.2
  %2270 = getelementptr inbounds i8, ptr %2269, i64 %.idx491
  %2271 = load float, ptr %2270, align 4
  %2272 = insertelement <8 x float> poison, float %2271, i64 0
  %2273 = shufflevector <8 x float> %2272, <8 x float> poison, <8 x i32> zeroinitializer
  %2274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2273, <8 x float> %2265, <8 x float> %2242)
  %2275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2273, <8 x float> %2268, <8 x float> %2243)
  %2276 = getelementptr inbounds i8, ptr %2269, i64 %.idx492
  %2277 = load float, ptr %2276, align 4
  %2278 = insertelement <8 x float> poison, float %2277, i64 0
  %2279 = shufflevector <8 x float> %2278, <8 x float> poison, <8 x i32> zeroinitializer
  %2280 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2279, <8 x float> %2265, <8 x float> %2248)
  %2281 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2279, <8 x float> %2268, <8 x float> %2249)
  %2282 = getelementptr inbounds i8, ptr %2269, i64 %.idx493
  %2283 = load float, ptr %2282, align 4
  %2284 = insertelement <8 x float> poison, float %2283, i64 0
  %2285 = shufflevector <8 x float> %2284, <8 x float> poison, <8 x i32> zeroinitializer
  %2286 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2285, <8 x float> %2265, <8 x float> %2254)
  %2287 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2285, <8 x float> %2268, <8 x float> %2255)
  %2288 = getelementptr inbounds i8, ptr %2269, i64 %.idx494
  %2289 = load float, ptr %2288, align 4
  %2290 = insertelement <8 x float> poison, float %2289, i64 0
  %2291 = shufflevector <8 x float> %2290, <8 x float> poison, <8 x i32> zeroinitializer
  %2292 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2291, <8 x float> %2265, <8 x float> %2260)
  %2293 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2291, <8 x float> %2268, <8 x float> %2261)
  %p16.next.3 = add nuw nsw i64 %p16.addr.0438, 4
  %exitcond596.not.3 = icmp eq i64 %p16.next.3, 64
  br i1 %exitcond596.not.3, label %p16.exit, label %p16.body

p16.exit:                                         ; preds = %p16.body
  store <8 x float> %2274, ptr %2146, align 4
  store <8 x float> %2275, ptr %2149, align 4
  store <8 x float> %2280, ptr %2151, align 4
  store <8 x float> %2281, ptr %2154, align 4
  store <8 x float> %2286, ptr %2156, align 4
  store <8 x float> %2287, ptr %2159, align 4
  store <8 x float> %2292, ptr %2161, align 4
  store <8 x float> %2293, ptr %2164, align 4
  %2294 = or disjoint i64 %2139, 16
  %2295 = getelementptr inbounds float, ptr %Oc, i64 %2294
  %2296 = load <8 x float>, ptr %2295, align 4
  %2297 = or disjoint i64 %2139, 24
  %2298 = getelementptr inbounds float, ptr %Oc, i64 %2297
  %2299 = load <8 x float>, ptr %2298, align 4
  %2300 = or disjoint i64 %2141, 16
  %2301 = getelementptr inbounds float, ptr %Oc, i64 %2300
  %2302 = load <8 x float>, ptr %2301, align 4
  %2303 = or disjoint i64 %2141, 24
  %2304 = getelementptr inbounds float, ptr %Oc, i64 %2303
  %2305 = load <8 x float>, ptr %2304, align 4
  %2306 = or disjoint i64 %2143, 16
  %2307 = getelementptr inbounds float, ptr %Oc, i64 %2306
  %2308 = load <8 x float>, ptr %2307, align 4
  %2309 = or disjoint i64 %2143, 24
  %2310 = getelementptr inbounds float, ptr %Oc, i64 %2309
  %2311 = load <8 x float>, ptr %2310, align 4
  %2312 = or disjoint i64 %2145, 16
  %2313 = getelementptr inbounds float, ptr %Oc, i64 %2312
  %2314 = load <8 x float>, ptr %2313, align 4
  %2315 = or disjoint i64 %2145, 24
  %2316 = getelementptr inbounds float, ptr %Oc, i64 %2315
  %2317 = load <8 x float>, ptr %2316, align 4
  br label %p16.body.1

p16.body.1:                                       ; preds = %p16.body.1, %p16.exit
  %p16.addr.0438.1 = phi i64 [ 0, %p16.exit ], [ %p16.next.1.3, %p16.body.1 ]
  %acc47.0437.1 = phi <8 x float> [ %2317, %p16.exit ], [ %2445, %p16.body.1 ]
  %acc46.0436.1 = phi <8 x float> [ %2314, %p16.exit ], [ %2444, %p16.body.1 ]
  %acc45.0435.1 = phi <8 x float> [ %2311, %p16.exit ], [ %2439, %p16.body.1 ]
  %acc44.0434.1 = phi <8 x float> [ %2308, %p16.exit ], [ %2438, %p16.body.1 ]
  %acc43.0433.1 = phi <8 x float> [ %2305, %p16.exit ], [ %2433, %p16.body.1 ]
  %acc42.0432.1 = phi <8 x float> [ %2302, %p16.exit ], [ %2432, %p16.body.1 ]
  %acc41.0431.1 = phi <8 x float> [ %2299, %p16.exit ], [ %2427, %p16.body.1 ]
  %acc40.0430.1 = phi <8 x float> [ %2296, %p16.exit ], [ %2426, %p16.body.1 ]
  %2318 = shl nuw nsw i64 %p16.addr.0438.1, 6
  %2319 = or disjoint i64 %2318, 48
  %2320 = getelementptr inbounds float, ptr %X, i64 %2319
  %2321 = load <8 x float>, ptr %2320, align 4
  %2322 = or disjoint i64 %2318, 56
  %2323 = getelementptr inbounds float, ptr %X, i64 %2322
  %2324 = load <8 x float>, ptr %2323, align 4
  %2325 = getelementptr inbounds float, ptr %P, i64 %p16.addr.0438.1
  %2326 = getelementptr inbounds i8, ptr %2325, i64 %.idx491
  %2327 = load float, ptr %2326, align 4
  %2328 = insertelement <8 x float> poison, float %2327, i64 0
  %2329 = shufflevector <8 x float> %2328, <8 x float> poison, <8 x i32> zeroinitializer
  %2330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2329, <8 x float> %2321, <8 x float> %acc40.0430.1)
  %2331 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2329, <8 x float> %2324, <8 x float> %acc41.0431.1)
  %2332 = getelementptr inbounds i8, ptr %2325, i64 %.idx492
  %2333 = load float, ptr %2332, align 4
  %2334 = insertelement <8 x float> poison, float %2333, i64 0
  %2335 = shufflevector <8 x float> %2334, <8 x float> poison, <8 x i32> zeroinitializer
  %2336 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2335, <8 x float> %2321, <8 x float> %acc42.0432.1)
  %2337 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2335, <8 x float> %2324, <8 x float> %acc43.0433.1)
  %2338 = getelementptr inbounds i8, ptr %2325, i64 %.idx493
  %2339 = load float, ptr %2338, align 4
  %2340 = insertelement <8 x float> poison, float %2339, i64 0
  %2341 = shufflevector <8 x float> %2340, <8 x float> poison, <8 x i32> zeroinitializer
  %2342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2341, <8 x float> %2321, <8 x float> %acc44.0434.1)
  %2343 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2341, <8 x float> %2324, <8 x float> %acc45.0435.1)
  %2344 = getelementptr inbounds i8, ptr %2325, i64 %.idx494
  %2345 = load float, ptr %2344, align 4
  %2346 = insertelement <8 x float> poison, float %2345, i64 0
  %2347 = shufflevector <8 x float> %2346, <8 x float> poison, <8 x i32> zeroinitializer
  %2348 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2347, <8 x float> %2321, <8 x float> %acc46.0436.1)
  %2349 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2347, <8 x float> %2324, <8 x float> %acc47.0437.1)
  %p16.next.1 = or disjoint i64 %p16.addr.0438.1, 1
  %2350 = shl nuw nsw i64 %p16.next.1, 6
  %2351 = or disjoint i64 %2350, 48
  %2352 = getelementptr inbounds float, ptr %X, i64 %2351
  %2353 = load <8 x float>, ptr %2352, align 4
  %2354 = or disjoint i64 %2350, 56
  %2355 = getelementptr inbounds float, ptr %X, i64 %2354
  %2356 = load <8 x float>, ptr %2355, align 4
  %2357 = getelementptr inbounds float, ptr %P, i64 %p16.next.1
  %2358 = getelementptr inbounds i8, ptr %2357, i64 %.idx491
  %2359 = load float, ptr %2358, align 4
  %2360 = insertelement <8 x float> poison, float %2359, i64 0
  %2361 = shufflevector <8 x float> %2360, <8 x float> poison, <8 x i32> zeroinitializer
  %2362 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2361, <8 x float> %2353, <8 x float> %2330)
  %2363 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2361, <8 x float> %2356, <8 x float> %2331)
  %2364 = getelementptr inbounds i8, ptr %2357, i64 %.idx492
  %2365 = load float, ptr %2364, align 4
  %2366 = insertelement <8 x float> poison, float %2365, i64 0
  %2367 = shufflevector <8 x float> %2366, <8 x float> poison, <8 x i32> zeroinitializer
  %2368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2367, <8 x float> %2353, <8 x float> %2336)
  %2369 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2367, <8 x float> %2356, <8 x float> %2337)
  %2370 = getelementptr inbounds i8, ptr %2357, i64 %.idx493
  %2371 = load float, ptr %2370, align 4
  %2372 = insertelement <8 x float> poison, float %2371, i64 0
  %2373 = shufflevector <8 x float> %2372, <8 x float> poison, <8 x i32> zeroinitializer
  %2374 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2373, <8 x float> %2353, <8 x float> %2342)
  %2375 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2373, <8 x float> %2356, <8 x float> %2343)
  %2376 = getelementptr inbounds i8, ptr %2357, i64 %.idx494
  %2377 = load float, ptr %2376, align 4
  %2378 = insertelement <8 x float> poison, float %2377, i64 0
  %2379 = shufflevector <8 x float> %2378, <8 x float> poison, <8 x i32> zeroinitializer
  %2380 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2379, <8 x float> %2353, <8 x float> %2348)
  %2381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2379, <8 x float> %2356, <8 x float> %2349)
  %p16.next.1.1 = or disjoint i64 %p16.addr.0438.1, 2
  %2382 = shl nuw nsw i64 %p16.next.1.1, 6
  %2383 = or disjoint i64 %2382, 48
  %2384 = getelementptr inbounds float, ptr %X, i64 %2383
  %2385 = load <8 x float>, ptr %2384, align 4
  %2386 = or disjoint i64 %2382, 56
  %2387 = getelementptr inbounds float, ptr %X, i64 %2386
  %2388 = load <8 x float>, ptr %2387, align 4
  %2389 = getelementptr inbounds float, ptr %P, i64 %p16.next.1.1
  %2390 = getelementptr inbounds i8, ptr %2389, i64 %.idx491
  %2391 = load float, ptr %2390, align 4
  %2392 = insertelement <8 x float> poison, float %2391, i64 0
  %2393 = shufflevector <8 x float> %2392, <8 x float> poison, <8 x i32> zeroinitializer
  %2394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2393, <8 x float> %2385, <8 x float> %2362)
  %2395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2393, <8 x float> %2388, <8 x float> %2363)
  %2396 = getelementptr inbounds i8, ptr %2389, i64 %.idx492
  %2397 = load float, ptr %2396, align 4
  %2398 = insertelement <8 x float> poison, float %2397, i64 0
  %2399 = shufflevector <8 x float> %2398, <8 x float> poison, <8 x i32> zeroinitializer
  %2400 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2399, <8 x float> %2385, <8 x float> %2368)
  %2401 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2399, <8 x float> %2388, <8 x float> %2369)
  %2402 = getelementptr inbounds i8, ptr %2389, i64 %.idx493
  %2403 = load float, ptr %2402, align 4
  %2404 = insertelement <8 x float> poison, float %2403, i64 0
  %2405 = shufflevector <8 x float> %2404, <8 x float> poison, <8 x i32> zeroinitializer
  %2406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2405, <8 x float> %2385, <8 x float> %2374)
  %2407 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2405, <8 x float> %2388, <8 x float> %2375)
  %2408 = getelementptr inbounds i8, ptr %2389, i64 %.idx494
  %2409 = load float, ptr %2408, align 4
  %2410 = insertelement <8 x float> poison, float %2409, i64 0
  %2411 = shufflevector <8 x float> %2410, <8 x float> poison, <8 x i32> zeroinitializer
  %2412 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2411, <8 x float> %2385, <8 x float> %2380)
  %2413 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2411, <8 x float> %2388, <8 x float> %2381)
  %p16.next.1.2 = or disjoint i64 %p16.addr.0438.1, 3
  %2414 = shl nuw nsw i64 %p16.next.1.2, 6
  %2415 = or disjoint i64 %2414, 48
  %2416 = getelementptr inbounds float, ptr %X, i64 %2415
  %2417 = load <8 x float>, ptr %2416, align 4
  %2418 = or disjoint i64 %2414, 56
  %2419 = getelementptr inbounds float, ptr %X, i64 %2418
  %2420 = load <8 x float>, ptr %2419, align 4
  %2421 = getelementptr inbounds float, ptr %P, i64 %p16.next.1.2
  %2422 = getelementptr inbounds i8, ptr %2421, i64 %.idx491
  %2423 = load float, ptr %2422, align 4
  %2424 = insertelement <8 x float> poison, float %2423, i64 0
  %2425 = shufflevector <8 x float> %2424, <8 x float> poison, <8 x i32> zeroinitializer
  %2426 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2425, <8 x float> %2417, <8 x float> %2394)
  %2427 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2425, <8 x float> %2420, <8 x float> %2395)
  %2428 = getelementptr inbounds i8, ptr %2421, i64 %.idx492
  %2429 = load float, ptr %2428, align 4
  %2430 = insertelement <8 x float> poison, float %2429, i64 0
  %2431 = shufflevector <8 x float> %2430, <8 x float> poison, <8 x i32> zeroinitializer
  %2432 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2431, <8 x float> %2417, <8 x float> %2400)
  %2433 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2431, <8 x float> %2420, <8 x float> %2401)
  %2434 = getelementptr inbounds i8, ptr %2421, i64 %.idx493
  %2435 = load float, ptr %2434, align 4
  %2436 = insertelement <8 x float> poison, float %2435, i64 0
  %2437 = shufflevector <8 x float> %2436, <8 x float> poison, <8 x i32> zeroinitializer
  %2438 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2437, <8 x float> %2417, <8 x float> %2406)
  %2439 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2437, <8 x float> %2420, <8 x float> %2407)
  %2440 = getelementptr inbounds i8, ptr %2421, i64 %.idx494
  %2441 = load float, ptr %2440, align 4
  %2442 = insertelement <8 x float> poison, float %2441, i64 0
  %2443 = shufflevector <8 x float> %2442, <8 x float> poison, <8 x i32> zeroinitializer
  %2444 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2443, <8 x float> %2417, <8 x float> %2412)
  %2445 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2443, <8 x float> %2420, <8 x float> %2413)
  %p16.next.1.3 = add nuw nsw i64 %p16.addr.0438.1, 4
  %exitcond596.1.not.3 = icmp eq i64 %p16.next.1.3, 64
  br i1 %exitcond596.1.not.3, label %p16.exit.1, label %p16.body.1

p16.exit.1:                                       ; preds = %p16.body.1
  store <8 x float> %2426, ptr %2295, align 4
  store <8 x float> %2427, ptr %2298, align 4
  store <8 x float> %2432, ptr %2301, align 4
  store <8 x float> %2433, ptr %2304, align 4
  store <8 x float> %2438, ptr %2307, align 4
  store <8 x float> %2439, ptr %2310, align 4
  store <8 x float> %2444, ptr %2313, align 4
  store <8 x float> %2445, ptr %2316, align 4
  %i31.next = add nuw nsw i64 %i31.addr.0440, 4
  %2446 = icmp ult i64 %i31.addr.0440, 12
  br i1 %2446, label %j22.head.preheader, label %t2.head.preheader

j23.head.preheader:                               ; preds = %j23.head.preheader, %j23.head.preheader.preheader.new
  %t2.addr.0442 = phi i64 [ 0, %j23.head.preheader.preheader.new ], [ %t2.next.7, %j23.head.preheader ]
  %niter1430 = phi i64 [ 0, %j23.head.preheader.preheader.new ], [ %niter1430.next.7, %j23.head.preheader ]
  %2447 = mul i64 %7, %t2.addr.0442
  %scevgep597 = getelementptr i8, ptr %2137, i64 %2447
  %2448 = shl nuw nsw i64 %t2.addr.0442, 7
  %gep834 = getelementptr i8, ptr %invariant.gep833, i64 %2448
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep597, ptr noundef nonnull align 4 dereferenceable(128) %gep834, i64 128, i1 false)
  %t2.next = or disjoint i64 %t2.addr.0442, 1
  %2449 = mul i64 %7, %t2.next
  %scevgep597.1 = getelementptr i8, ptr %2137, i64 %2449
  %2450 = shl nuw nsw i64 %t2.next, 7
  %gep834.1 = getelementptr i8, ptr %invariant.gep833, i64 %2450
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep597.1, ptr noundef nonnull align 4 dereferenceable(128) %gep834.1, i64 128, i1 false)
  %t2.next.1 = or disjoint i64 %t2.addr.0442, 2
  %2451 = mul i64 %7, %t2.next.1
  %scevgep597.2 = getelementptr i8, ptr %2137, i64 %2451
  %2452 = shl nuw nsw i64 %t2.next.1, 7
  %gep834.2 = getelementptr i8, ptr %invariant.gep833, i64 %2452
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep597.2, ptr noundef nonnull align 4 dereferenceable(128) %gep834.2, i64 128, i1 false)
  %t2.next.2 = or disjoint i64 %t2.addr.0442, 3
  %2453 = mul i64 %7, %t2.next.2
  %scevgep597.3 = getelementptr i8, ptr %2137, i64 %2453
  %2454 = shl nuw nsw i64 %t2.next.2, 7
  %gep834.3 = getelementptr i8, ptr %invariant.gep833, i64 %2454
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep597.3, ptr noundef nonnull align 4 dereferenceable(128) %gep834.3, i64 128, i1 false)
  %t2.next.3 = or disjoint i64 %t2.addr.0442, 4
  %2455 = mul i64 %7, %t2.next.3
  %scevgep597.4 = getelementptr i8, ptr %2137, i64 %2455
  %2456 = shl nuw nsw i64 %t2.next.3, 7
  %gep834.4 = getelementptr i8, ptr %invariant.gep833, i64 %2456
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep597.4, ptr noundef nonnull align 4 dereferenceable(128) %gep834.4, i64 128, i1 false)
  %t2.next.4 = or disjoint i64 %t2.addr.0442, 5
  %2457 = mul i64 %7, %t2.next.4
  %scevgep597.5 = getelementptr i8, ptr %2137, i64 %2457
  %2458 = shl nuw nsw i64 %t2.next.4, 7
  %gep834.5 = getelementptr i8, ptr %invariant.gep833, i64 %2458
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep597.5, ptr noundef nonnull align 4 dereferenceable(128) %gep834.5, i64 128, i1 false)
  %t2.next.5 = or disjoint i64 %t2.addr.0442, 6
  %2459 = mul i64 %7, %t2.next.5
  %scevgep597.6 = getelementptr i8, ptr %2137, i64 %2459
  %2460 = shl nuw nsw i64 %t2.next.5, 7
  %gep834.6 = getelementptr i8, ptr %invariant.gep833, i64 %2460
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep597.6, ptr noundef nonnull align 4 dereferenceable(128) %gep834.6, i64 128, i1 false)
  %t2.next.6 = or disjoint i64 %t2.addr.0442, 7
  %2461 = mul i64 %7, %t2.next.6
  %scevgep597.7 = getelementptr i8, ptr %2137, i64 %2461
  %2462 = shl nuw nsw i64 %t2.next.6, 7
  %gep834.7 = getelementptr i8, ptr %invariant.gep833, i64 %2462
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep597.7, ptr noundef nonnull align 4 dereferenceable(128) %gep834.7, i64 128, i1 false)
  %t2.next.7 = add nuw nsw i64 %t2.addr.0442, 8
  %niter1430.next.7 = add i64 %niter1430, 8
  %niter1430.ncmp.7 = icmp eq i64 %niter1430.next.7, %unroll_iter1429
  br i1 %niter1430.ncmp.7, label %j24.head.preheader.preheader.loopexit.unr-lcssa, label %j23.head.preheader

j24.head.preheader.preheader.loopexit.unr-lcssa:  ; preds = %j23.head.preheader, %j23.head.preheader.preheader
  %t2.addr.0442.unr = phi i64 [ 0, %j23.head.preheader.preheader ], [ %t2.next.7, %j23.head.preheader ]
  %lcmp.mod1428.not = icmp eq i64 %xtraiter1427, 0
  br i1 %lcmp.mod1428.not, label %j24.head.preheader.preheader, label %j23.head.preheader.epil

j23.head.preheader.epil:                          ; preds = %j24.head.preheader.preheader.loopexit.unr-lcssa, %j23.head.preheader.epil
  %t2.addr.0442.epil = phi i64 [ %t2.next.epil, %j23.head.preheader.epil ], [ %t2.addr.0442.unr, %j24.head.preheader.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j23.head.preheader.epil ], [ 0, %j24.head.preheader.preheader.loopexit.unr-lcssa ]
  %2463 = mul i64 %7, %t2.addr.0442.epil
  %scevgep597.epil = getelementptr i8, ptr %2137, i64 %2463
  %2464 = shl nuw nsw i64 %t2.addr.0442.epil, 7
  %gep834.epil = getelementptr i8, ptr %invariant.gep833, i64 %2464
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep597.epil, ptr noundef nonnull align 4 dereferenceable(128) %gep834.epil, i64 128, i1 false)
  %t2.next.epil = add nuw nsw i64 %t2.addr.0442.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter1427
  br i1 %epil.iter.cmp.not, label %j24.head.preheader.preheader, label %j23.head.preheader.epil, !llvm.loop !0

j24.head.preheader.preheader:                     ; preds = %j24.head.preheader.preheader.loopexit.unr-lcssa, %j23.head.preheader.epil, %t2.head.preheader
  br label %j24.head.preheader

j24.head.preheader:                               ; preds = %j24.head.preheader.preheader, %p17.exit.1
  %i33.addr.0453 = phi i64 [ %i33.next, %p17.exit.1 ], [ 0, %j24.head.preheader.preheader ]
  %2465 = shl nuw nsw i64 %i33.addr.0453, 5
  %2466 = or disjoint i64 %i33.addr.0453, 1
  %2467 = shl nuw nsw i64 %2466, 5
  %2468 = or disjoint i64 %i33.addr.0453, 2
  %2469 = shl nuw nsw i64 %2468, 5
  %2470 = or disjoint i64 %i33.addr.0453, 3
  %2471 = shl nuw nsw i64 %2470, 5
  %2472 = getelementptr inbounds float, ptr %work, i64 %2465
  %2473 = load <8 x float>, ptr %2472, align 4
  %2474 = or disjoint i64 %2465, 8
  %2475 = getelementptr inbounds float, ptr %work, i64 %2474
  %2476 = load <8 x float>, ptr %2475, align 4
  %2477 = getelementptr inbounds float, ptr %work, i64 %2467
  %2478 = load <8 x float>, ptr %2477, align 4
  %2479 = or disjoint i64 %2467, 8
  %2480 = getelementptr inbounds float, ptr %work, i64 %2479
  %2481 = load <8 x float>, ptr %2480, align 4
  %2482 = getelementptr inbounds float, ptr %work, i64 %2469
  %2483 = load <8 x float>, ptr %2482, align 4
  %2484 = or disjoint i64 %2469, 8
  %2485 = getelementptr inbounds float, ptr %work, i64 %2484
  %2486 = load <8 x float>, ptr %2485, align 4
  %2487 = getelementptr inbounds float, ptr %work, i64 %2471
  %2488 = load <8 x float>, ptr %2487, align 4
  %2489 = or disjoint i64 %2471, 8
  %2490 = getelementptr inbounds float, ptr %work, i64 %2489
  %2491 = load <8 x float>, ptr %2490, align 4
  %.idx496 = shl nsw i64 %i33.addr.0453, 8
  %.idx497 = shl nsw i64 %2466, 8
  %.idx498 = shl nsw i64 %2468, 8
  %.idx499 = shl nsw i64 %2470, 8
  br label %p17.body

i33.exit:                                         ; preds = %p17.exit.1
  %ci.next = add nuw nsw i64 %ci.addr.0454, 1
  %indvars.iv.next = add i64 %indvars.iv, -16
  %exitcond602.not = icmp eq i64 %ci.next, %smax601
  br i1 %exitcond602.not, label %i34.head.preheader, label %i1.head.preheader

p17.body:                                         ; preds = %p17.body, %j24.head.preheader
  %p17.addr.0451 = phi i64 [ 0, %j24.head.preheader ], [ %p17.next.3, %p17.body ]
  %acc55.0450 = phi <8 x float> [ %2491, %j24.head.preheader ], [ %2619, %p17.body ]
  %acc54.0449 = phi <8 x float> [ %2488, %j24.head.preheader ], [ %2618, %p17.body ]
  %acc53.0448 = phi <8 x float> [ %2486, %j24.head.preheader ], [ %2613, %p17.body ]
  %acc52.0447 = phi <8 x float> [ %2483, %j24.head.preheader ], [ %2612, %p17.body ]
  %acc51.0446 = phi <8 x float> [ %2481, %j24.head.preheader ], [ %2607, %p17.body ]
  %acc50.0445 = phi <8 x float> [ %2478, %j24.head.preheader ], [ %2606, %p17.body ]
  %acc49211.0444 = phi <8 x float> [ %2476, %j24.head.preheader ], [ %2601, %p17.body ]
  %acc48.0443 = phi <8 x float> [ %2473, %j24.head.preheader ], [ %2600, %p17.body ]
  %2492 = shl nuw nsw i64 %p17.addr.0451, 6
  %2493 = or disjoint i64 %2492, 32
  %2494 = getelementptr inbounds float, ptr %X, i64 %2493
  %2495 = load <8 x float>, ptr %2494, align 4
  %2496 = or disjoint i64 %2492, 40
  %2497 = getelementptr inbounds float, ptr %X, i64 %2496
  %2498 = load <8 x float>, ptr %2497, align 4
  %2499 = getelementptr inbounds float, ptr %KT, i64 %p17.addr.0451
  %2500 = getelementptr inbounds i8, ptr %2499, i64 %.idx496
  %2501 = load float, ptr %2500, align 4
  %2502 = insertelement <8 x float> poison, float %2501, i64 0
  %2503 = shufflevector <8 x float> %2502, <8 x float> poison, <8 x i32> zeroinitializer
  %2504 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2503, <8 x float> %2495, <8 x float> %acc48.0443)
  %2505 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2503, <8 x float> %2498, <8 x float> %acc49211.0444)
  %2506 = getelementptr inbounds i8, ptr %2499, i64 %.idx497
  %2507 = load float, ptr %2506, align 4
  %2508 = insertelement <8 x float> poison, float %2507, i64 0
  %2509 = shufflevector <8 x float> %2508, <8 x float> poison, <8 x i32> zeroinitializer
  %2510 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2509, <8 x float> %2495, <8 x float> %acc50.0445)
  %2511 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2509, <8 x float> %2498, <8 x float> %acc51.0446)
  %2512 = getelementptr inbounds i8, ptr %2499, i64 %.idx498
  %2513 = load float, ptr %2512, align 4
  %2514 = insertelement <8 x float> poison, float %2513, i64 0
  %2515 = shufflevector <8 x float> %2514, <8 x float> poison, <8 x i32> zeroinitializer
  %2516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2515, <8 x float> %2495, <8 x float> %acc52.0447)
  %2517 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2515, <8 x float> %2498, <8 x float> %acc53.0448)
  %2518 = getelementptr inbounds i8, ptr %2499, i64 %.idx499
  %2519 = load float, ptr %2518, align 4
  %2520 = insertelement <8 x float> poison, float %2519, i64 0
  %2521 = shufflevector <8 x float> %2520, <8 x float> poison, <8 x i32> zeroinitializer
  %2522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2521, <8 x float> %2495, <8 x float> %acc54.0449)
  %2523 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2521, <8 x float> %2498, <8 x float> %acc55.0450)
  %p17.next = or disjoint i64 %p17.addr.0451, 1
  %2524 = shl nuw nsw i64 %p17.next, 6
  %2525 = or disjoint i64 %2524, 32
  %2526 = getelementptr inbounds float, ptr %X, i64 %2525
  %2527 = load <8 x float>, ptr %2526, align 4
  %2528 = or disjoint i64 %2524, 40
  %2529 = getelementptr inbounds float, ptr %X, i64 %2528
  %2530 = load <8 x float>, ptr %2529, align 4
  %2531 = getelementptr inbounds float, ptr %KT, i64 %p17.next
  %2532 = getelementptr inbounds i8, ptr %2531, i64 %.idx496
  %2533 = load float, ptr %2532, align 4
  %2534 = insertelement <8 x float> poison, float %2533, i64 0
  %2535 = shufflevector <8 x float> %2534, <8 x float> poison, <8 x i32> zeroinitializer
  %2536 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2535, <8 x float> %2527, <8 x float> %2504)
  %2537 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2535, <8 x float> %2530, <8 x float> %2505)
  %2538 = getelementptr inbounds i8, ptr %2531, i64 %.idx497
  %2539 = load float, ptr %2538, align 4
  %2540 = insertelement <8 x float> poison, float %2539, i64 0
  %2541 = shufflevector <8 x float> %2540, <8 x float> poison, <8 x i32> zeroinitializer
  %2542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2541, <8 x float> %2527, <8 x float> %2510)
  %2543 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2541, <8 x float> %2530, <8 x float> %2511)
  %2544 = getelementptr inbounds i8, ptr %2531, i64 %.idx498
  %2545 = load float, ptr %2544, align 4
  %2546 = insertelement <8 x float> poison, float %2545, i64 0
  %2547 = shufflevector <8 x float> %2546, <8 x float> poison, <8 x i32> zeroinitializer
  %2548 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2547, <8 x float> %2527, <8 x float> %2516)
  %2549 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2547, <8 x float> %2530, <8 x float> %2517)
  %2550 = getelementptr inbounds i8, ptr %2531, i64 %.idx499
  %2551 = load float, ptr %2550, align 4
  %2552 = insertelement <8 x float> poison, float %2551, i64 0
  %2553 = shufflevector <8 x float> %2552, <8 x float> poison, <8 x i32> zeroinitializer
  %2554 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2553, <8 x float> %2527, <8 x float> %2522)
  %2555 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2553, <8 x float> %2530, <8 x float> %2523)
  %p17.next.11440 = or disjoint i64 %p17.addr.0451, 2
  %2556 = shl nuw nsw i64 %p17.next.11440, 6
  %2557 = or disjoint i64 %2556, 32
  %2558 = getelementptr inbounds float, ptr %X, i64 %2557
  %2559 = load <8 x float>, ptr %2558, align 4
  %2560 = or disjoint i64 %2556, 40
  %2561 = getelementptr inbounds float, ptr %X, i64 %2560
  %2562 = load <8 x float>, ptr %2561, align 4
  %2563 = getelementptr inbounds float, ptr %KT, i64 %p17.next.11440
  %2564 = getelementptr inbounds i8, ptr %2563, i64 %.idx496
  %2565 = load float, ptr %2564, align 4
  %2566 = insertelement <8 x float> poison, float %2565, i64 0
  %2567 = shufflevector <8 x float> %2566, <8 x float> poison, <8 x i32> zeroinitializer
  %2568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2567, <8 x float> %2559, <8 x float> %2536)
  %2569 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2567, <8 x float> %2562, <8 x float> %2537)
  %2570 = getelementptr inbounds i8, ptr %2563, i64 %.idx497
  %2571 = load float, ptr %2570, align 4
  %2572 = insertelement <8 x float> poison, float %2571, i64 0
  %2573 = shufflevector <8 x float> %2572, <8 x float> poison, <8 x i32> zeroinitializer
  %2574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2573, <8 x float> %2559, <8 x float> %2542)
  %2575 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2573, <8 x float> %2562, <8 x float> %2543)
  %2576 = getelementptr inbounds i8, ptr %2563, i64 %.idx498
  %2577 = load float, ptr %2576, align 4
  %2578 = insertelement <8 x float> poison, float %2577, i64 0
  %2579 = shufflevector <8 x float> %2578, <8 x float> poison, <8 x i32> zeroinitializer
  %2580 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2579, <8 x float> %2559, <8 x float> %2548)
  %2581 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2579, <8 x float> %2562, <8 x float> %2549)
  %2582 = getelementptr inbounds i8, ptr %2563, i64 %.idx499
  %2583 = load float, ptr %2582, align 4
  %2584 = insertelement <8 x float> poison, float %2583, i64 0
  %2585 = shufflevector <8 x float> %2584, <8 x float> poison, <8 x i32> zeroinitializer
  %2586 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2585, <8 x float> %2559, <8 x float> %2554)
  %2587 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2585, <8 x float> %2562, <8 x float> %2555)
  %p17.next.2 = or disjoint i64 %p17.addr.0451, 3
  %2588 = shl nuw nsw i64 %p17.next.2, 6
  %2589 = or disjoint i64 %2588, 32
  %2590 = getelementptr inbounds float, ptr %X, i64 %2589
  %2591 = load <8 x float>, ptr %2590, align 4
  %2592 = or disjoint i64 %2588, 40
  %2593 = getelementptr inbounds float, ptr %X, i64 %2592
  %2594 = load <8 x float>, ptr %2593, align 4
  %2595 = getelementptr inbounds float, ptr %KT, i64 %p17.next.2
  %2596 = getelementptr inbounds i8, ptr %2595, i64 %.idx496
  %2597 = load float, ptr %2596, align 4
  %2598 = insertelement <8 x float> poison, float %2597, i64 0
  %2599 = shufflevector <8 x float> %2598, <8 x float> poison, <8 x i32> zeroinitializer
  %2600 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2599, <8 x float> %2591, <8 x float> %2568)
  %2601 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2599, <8 x float> %2594, <8 x float> %2569)
  %2602 = getelementptr inbounds i8, ptr %2595, i64 %.idx497
  %2603 = load float, ptr %2602, align 4
  %2604 = insertelement <8 x float> poison, float %2603, i64 0
  %2605 = shufflevector <8 x float> %2604, <8 x float> poison, <8 x i32> zeroinitializer
  %2606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2605, <8 x float> %2591, <8 x float> %2574)
  %2607 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2605, <8 x float> %2594, <8 x float> %2575)
  %2608 = getelementptr inbounds i8, ptr %2595, i64 %.idx498
  %2609 = load float, ptr %2608, align 4
  %2610 = insertelement <8 x float> poison, float %2609, i64 0
  %2611 = shufflevector <8 x float> %2610, <8 x float> poison, <8 x i32> zeroinitializer
  %2612 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2611, <8 x float> %2591, <8 x float> %2580)
  %2613 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2611, <8 x float> %2594, <8 x float> %2581)
  %2614 = getelementptr inbounds i8, ptr %2595, i64 %.idx499
  %2615 = load float, ptr %2614, align 4
  %2616 = insertelement <8 x float> poison, float %2615, i64 0
  %2617 = shufflevector <8 x float> %2616, <8 x float> poison, <8 x i32> zeroinitializer
  %2618 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2617, <8 x float> %2591, <8 x float> %2586)
  %2619 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2617, <8 x float> %2594, <8 x float> %2587)
  %p17.next.3 = add nuw nsw i64 %p17.addr.0451, 4
  %exitcond600.not.3 = icmp eq i64 %p17.next.3, 64
  br i1 %exitcond600.not.3, label %p17.exit, label %p17.body

p17.exit:                                         ; preds = %p17.body
  store <8 x float> %2600, ptr %2472, align 4
  store <8 x float> %2601, ptr %2475, align 4
  store <8 x float> %2606, ptr %2477, align 4
  store <8 x float> %2607, ptr %2480, align 4
  store <8 x float> %2612, ptr %2482, align 4
  store <8 x float> %2613, ptr %2485, align 4
  store <8 x float> %2618, ptr %2487, align 4
  store <8 x float> %2619, ptr %2490, align 4
  %2620 = or disjoint i64 %2465, 16
  %2621 = getelementptr inbounds float, ptr %work, i64 %2620
  %2622 = load <8 x float>, ptr %2621, align 4
  %2623 = or disjoint i64 %2465, 24
  %2624 = getelementptr inbounds float, ptr %work, i64 %2623
  %2625 = load <8 x float>, ptr %2624, align 4
  %2626 = or disjoint i64 %2467, 16
  %2627 = getelementptr inbounds float, ptr %work, i64 %2626
  %2628 = load <8 x float>, ptr %2627, align 4
  %2629 = or disjoint i64 %2467, 24
  %2630 = getelementptr inbounds float, ptr %work, i64 %2629
  %2631 = load <8 x float>, ptr %2630, align 4
  %2632 = or disjoint i64 %2469, 16
  %2633 = getelementptr inbounds float, ptr %work, i64 %2632
  %2634 = load <8 x float>, ptr %2633, align 4
  %2635 = or disjoint i64 %2469, 24
  %2636 = getelementptr inbounds float, ptr %work, i64 %2635
  %2637 = load <8 x float>, ptr %2636, align 4
  %2638 = or disjoint i64 %2471, 16
  %2639 = getelementptr inbounds float, ptr %work, i64 %2638
  %2640 = load <8 x float>, ptr %2639, align 4
  %2641 = or disjoint i64 %2471, 24
  %2642 = getelementptr inbounds float, ptr %work, i64 %2641
  %2643 = load <8 x float>, ptr %2642, align 4
  br label %p17.body.1

p17.body.1:                                       ; preds = %p17.body.1, %p17.exit
  %p17.addr.0451.1 = phi i64 [ 0, %p17.exit ], [ %p17.next.1.3, %p17.body.1 ]
  %acc55.0450.1 = phi <8 x float> [ %2643, %p17.exit ], [ %2771, %p17.body.1 ]
  %acc54.0449.1 = phi <8 x float> [ %2640, %p17.exit ], [ %2770, %p17.body.1 ]
  %acc53.0448.1 = phi <8 x float> [ %2637, %p17.exit ], [ %2765, %p17.body.1 ]
  %acc52.0447.1 = phi <8 x float> [ %2634, %p17.exit ], [ %2764, %p17.body.1 ]
  %acc51.0446.1 = phi <8 x float> [ %2631, %p17.exit ], [ %2759, %p17.body.1 ]
  %acc50.0445.1 = phi <8 x float> [ %2628, %p17.exit ], [ %2758, %p17.body.1 ]
  %acc49211.0444.1 = phi <8 x float> [ %2625, %p17.exit ], [ %2753, %p17.body.1 ]
  %acc48.0443.1 = phi <8 x float> [ %2622, %p17.exit ], [ %2752, %p17.body.1 ]
  %2644 = shl nuw nsw i64 %p17.addr.0451.1, 6
  %2645 = or disjoint i64 %2644, 48
  %2646 = getelementptr inbounds float, ptr %X, i64 %2645
  %2647 = load <8 x float>, ptr %2646, align 4
  %2648 = or disjoint i64 %2644, 56
  %2649 = getelementptr inbounds float, ptr %X, i64 %2648
  %2650 = load <8 x float>, ptr %2649, align 4
  %2651 = getelementptr inbounds float, ptr %KT, i64 %p17.addr.0451.1
  %2652 = getelementptr inbounds i8, ptr %2651, i64 %.idx496
  %2653 = load float, ptr %2652, align 4
  %2654 = insertelement <8 x float> poison, float %2653, i64 0
  %2655 = shufflevector <8 x float> %2654, <8 x float> poison, <8 x i32> zeroinitializer
  %2656 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2655, <8 x float> %2647, <8 x float> %acc48.0443.1)
  %2657 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2655, <8 x float> %2650, <8 x float> %acc49211.0444.1)
  %2658 = getelementptr inbounds i8, ptr %2651, i64 %.idx497
  %2659 = load float, ptr %2658, align 4
  %2660 = insertelement <8 x float> poison, float %2659, i64 0
  %2661 = shufflevector <8 x float> %2660, <8 x float> poison, <8 x i32> zeroinitializer
  %2662 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2661, <8 x float> %2647, <8 x float> %acc50.0445.1)
  %2663 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2661, <8 x float> %2650, <8 x float> %acc51.0446.1)
  %2664 = getelementptr inbounds i8, ptr %2651, i64 %.idx498
  %2665 = load float, ptr %2664, align 4
  %2666 = insertelement <8 x float> poison, float %2665, i64 0
  %2667 = shufflevector <8 x float> %2666, <8 x float> poison, <8 x i32> zeroinitializer
  %2668 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2667, <8 x float> %2647, <8 x float> %acc52.0447.1)
  %2669 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2667, <8 x float> %2650, <8 x float> %acc53.0448.1)
  %2670 = getelementptr inbounds i8, ptr %2651, i64 %.idx499
  %2671 = load float, ptr %2670, align 4
  %2672 = insertelement <8 x float> poison, float %2671, i64 0
  %2673 = shufflevector <8 x float> %2672, <8 x float> poison, <8 x i32> zeroinitializer
  %2674 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2673, <8 x float> %2647, <8 x float> %acc54.0449.1)
  %2675 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2673, <8 x float> %2650, <8 x float> %acc55.0450.1)
  %p17.next.1 = or disjoint i64 %p17.addr.0451.1, 1
  %2676 = shl nuw nsw i64 %p17.next.1, 6
  %2677 = or disjoint i64 %2676, 48
  %2678 = getelementptr inbounds float, ptr %X, i64 %2677
  %2679 = load <8 x float>, ptr %2678, align 4
  %2680 = or disjoint i64 %2676, 56
  %2681 = getelementptr inbounds float, ptr %X, i64 %2680
  %2682 = load <8 x float>, ptr %2681, align 4
  %2683 = getelementptr inbounds float, ptr %KT, i64 %p17.next.1
  %2684 = getelementptr inbounds i8, ptr %2683, i64 %.idx496
  %2685 = load float, ptr %2684, align 4
  %2686 = insertelement <8 x float> poison, float %2685, i64 0
  %2687 = shufflevector <8 x float> %2686, <8 x float> poison, <8 x i32> zeroinitializer
  %2688 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2687, <8 x float> %2679, <8 x float> %2656)
  %2689 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2687, <8 x float> %2682, <8 x float> %2657)
  %2690 = getelementptr inbounds i8, ptr %2683, i64 %.idx497
  %2691 = load float, ptr %2690, align 4
  %2692 = insertelement <8 x float> poison, float %2691, i64 0
  %2693 = shufflevector <8 x float> %2692, <8 x float> poison, <8 x i32> zeroinitializer
  %2694 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2693, <8 x float> %2679, <8 x float> %2662)
  %2695 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2693, <8 x float> %2682, <8 x float> %2663)
  %2696 = getelementptr inbounds i8, ptr %2683, i64 %.idx498
  %2697 = load float, ptr %2696, align 4
  %2698 = insertelement <8 x float> poison, float %2697, i64 0
  %2699 = shufflevector <8 x float> %2698, <8 x float> poison, <8 x i32> zeroinitializer
  %2700 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2699, <8 x float> %2679, <8 x float> %2668)
  %2701 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2699, <8 x float> %2682, <8 x float> %2669)
  %2702 = getelementptr inbounds i8, ptr %2683, i64 %.idx499
  %2703 = load float, ptr %2702, align 4
  %2704 = insertelement <8 x float> poison, float %2703, i64 0
  %2705 = shufflevector <8 x float> %2704, <8 x float> poison, <8 x i32> zeroinitializer
  %2706 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2705, <8 x float> %2679, <8 x float> %2674)
  %2707 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2705, <8 x float> %2682, <8 x float> %2675)
  %p17.next.1.1 = or disjoint i64 %p17.addr.0451.1, 2
  %2708 = shl nuw nsw i64 %p17.next.1.1, 6
  %2709 = or disjoint i64 %2708, 48
  %2710 = getelementptr inbounds float, ptr %X, i64 %2709
  %2711 = load <8 x float>, ptr %2710, align 4
  %2712 = or disjoint i64 %2708, 56
  %2713 = getelementptr inbounds float, ptr %X, i64 %2712
  %2714 = load <8 x float>, ptr %2713, align 4
  %2715 = getelementptr inbounds float, ptr %KT, i64 %p17.next.1.1
  %2716 = getelementptr inbounds i8, ptr %2715, i64 %.idx496
  %2717 = load float, ptr %2716, align 4
  %2718 = insertelement <8 x float> poison, float %2717, i64 0
  %2719 = shufflevector <8 x float> %2718, <8 x float> poison, <8 x i32> zeroinitializer
  %2720 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2719, <8 x float> %2711, <8 x float> %2688)
  %2721 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2719, <8 x float> %2714, <8 x float> %2689)
  %2722 = getelementptr inbounds i8, ptr %2715, i64 %.idx497
  %2723 = load float, ptr %2722, align 4
  %2724 = insertelement <8 x float> poison, float %2723, i64 0
  %2725 = shufflevector <8 x float> %2724, <8 x float> poison, <8 x i32> zeroinitializer
  %2726 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2725, <8 x float> %2711, <8 x float> %2694)
  %2727 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2725, <8 x float> %2714, <8 x float> %2695)
  %2728 = getelementptr inbounds i8, ptr %2715, i64 %.idx498
  %2729 = load float, ptr %2728, align 4
  %2730 = insertelement <8 x float> poison, float %2729, i64 0
  %2731 = shufflevector <8 x float> %2730, <8 x float> poison, <8 x i32> zeroinitializer
  %2732 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2731, <8 x float> %2711, <8 x float> %2700)
  %2733 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2731, <8 x float> %2714, <8 x float> %2701)
  %2734 = getelementptr inbounds i8, ptr %2715, i64 %.idx499
  %2735 = load float, ptr %2734, align 4
  %2736 = insertelement <8 x float> poison, float %2735, i64 0
  %2737 = shufflevector <8 x float> %2736, <8 x float> poison, <8 x i32> zeroinitializer
  %2738 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2737, <8 x float> %2711, <8 x float> %2706)
  %2739 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2737, <8 x float> %2714, <8 x float> %2707)
  %p17.next.1.2 = or disjoint i64 %p17.addr.0451.1, 3
  %2740 = shl nuw nsw i64 %p17.next.1.2, 6
  %2741 = or disjoint i64 %2740, 48
  %2742 = getelementptr inbounds float, ptr %X, i64 %2741
  %2743 = load <8 x float>, ptr %2742, align 4
  %2744 = or disjoint i64 %2740, 56
  %2745 = getelementptr inbounds float, ptr %X, i64 %2744
  %2746 = load <8 x float>, ptr %2745, align 4
  %2747 = getelementptr inbounds float, ptr %KT, i64 %p17.next.1.2
  %2748 = getelementptr inbounds i8, ptr %2747, i64 %.idx496
  %2749 = load float, ptr %2748, align 4
  %2750 = insertelement <8 x float> poison, float %2749, i64 0
  %2751 = shufflevector <8 x float> %2750, <8 x float> poison, <8 x i32> zeroinitializer
  %2752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2751, <8 x float> %2743, <8 x float> %2720)
  %2753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2751, <8 x float> %2746, <8 x float> %2721)
  %2754 = getelementptr inbounds i8, ptr %2747, i64 %.idx497
  %2755 = load float, ptr %2754, align 4
  %2756 = insertelement <8 x float> poison, float %2755, i64 0
  %2757 = shufflevector <8 x float> %2756, <8 x float> poison, <8 x i32> zeroinitializer
  %2758 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2757, <8 x float> %2743, <8 x float> %2726)
  %2759 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2757, <8 x float> %2746, <8 x float> %2727)
  %2760 = getelementptr inbounds i8, ptr %2747, i64 %.idx498
  %2761 = load float, ptr %2760, align 4
  %2762 = insertelement <8 x float> poison, float %2761, i64 0
  %2763 = shufflevector <8 x float> %2762, <8 x float> poison, <8 x i32> zeroinitializer
  %2764 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2763, <8 x float> %2743, <8 x float> %2732)
  %2765 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2763, <8 x float> %2746, <8 x float> %2733)
  %2766 = getelementptr inbounds i8, ptr %2747, i64 %.idx499
  %2767 = load float, ptr %2766, align 4
  %2768 = insertelement <8 x float> poison, float %2767, i64 0
  %2769 = shufflevector <8 x float> %2768, <8 x float> poison, <8 x i32> zeroinitializer
  %2770 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2769, <8 x float> %2743, <8 x float> %2738)
  %2771 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %2769, <8 x float> %2746, <8 x float> %2739)
  %p17.next.1.3 = add nuw nsw i64 %p17.addr.0451.1, 4
  %exitcond600.1.not.3 = icmp eq i64 %p17.next.1.3, 64
  br i1 %exitcond600.1.not.3, label %p17.exit.1, label %p17.body.1

p17.exit.1:                                       ; preds = %p17.body.1
  store <8 x float> %2752, ptr %2621, align 4
  store <8 x float> %2753, ptr %2624, align 4
  store <8 x float> %2758, ptr %2627, align 4
  store <8 x float> %2759, ptr %2630, align 4
  store <8 x float> %2764, ptr %2633, align 4
  store <8 x float> %2765, ptr %2636, align 4
  store <8 x float> %2770, ptr %2639, align 4
  store <8 x float> %2771, ptr %2642, align 4
  %i33.next = add nuw nsw i64 %i33.addr.0453, 4
  %2772 = icmp ult i64 %i33.addr.0453, 28
  br i1 %2772, label %j24.head.preheader, label %i33.exit
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
; ---- dp_bwd_h4_k32_v32_c16_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_bwd_h4_k32_v32_c16_nogate'
source_filename = "dp_bwd_h4_k32_v32_c16_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_bwd_h4_k32_v32_c16_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias nocapture readonly %hs, ptr noalias nocapture readonly %dout, ptr noalias nocapture readonly %dhT, ptr noalias nocapture %dq, ptr noalias nocapture writeonly %dk, ptr noalias nocapture writeonly %dv, ptr noalias nocapture writeonly %dbeta, ptr noalias nocapture readnone %dg, ptr noalias nocapture writeonly %dh0, ptr noalias %work, i64 %T, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %R = getelementptr inbounds i8, ptr %work, i64 77824
  %Sh = getelementptr inbounds i8, ptr %work, i64 8192
  %Sroll = getelementptr inbounds i8, ptr %work, i64 73728
  %dS = getelementptr i8, ptr %work, i64 4096
  %dSk = getelementptr i8, ptr %work, i64 86016
  %dSkPrev = getelementptr i8, ptr %work, i64 86144
  %dkTmp = getelementptr i8, ptr %work, i64 86272
  %2 = add nsw i64 %T, 15
  %nc = sdiv i64 %2, 16
  %3 = icmp sgt i64 %T, 0
  %4 = shl i64 %H, 11
  %5 = getelementptr inbounds i8, ptr %work, i64 77856
  %6 = getelementptr inbounds i8, ptr %work, i64 77888
  %7 = getelementptr inbounds i8, ptr %work, i64 77920
  %8 = getelementptr inbounds i8, ptr %work, i64 77952
  %9 = getelementptr inbounds i8, ptr %work, i64 77984
  %10 = getelementptr inbounds i8, ptr %work, i64 78016
  %11 = getelementptr inbounds i8, ptr %work, i64 78048
  %12 = getelementptr inbounds i8, ptr %work, i64 78080
  %13 = getelementptr inbounds i8, ptr %work, i64 78112
  %14 = getelementptr inbounds i8, ptr %work, i64 78144
  %15 = getelementptr inbounds i8, ptr %work, i64 78176
  %16 = getelementptr inbounds i8, ptr %work, i64 78208
  %17 = getelementptr inbounds i8, ptr %work, i64 78240
  %18 = getelementptr inbounds i8, ptr %work, i64 78272
  %19 = getelementptr inbounds i8, ptr %work, i64 78304
  %20 = shl i64 %H, 7
  %21 = getelementptr inbounds i8, ptr %work, i64 86176
  %22 = getelementptr inbounds i8, ptr %work, i64 86208
  %23 = getelementptr inbounds i8, ptr %work, i64 86240
  %24 = getelementptr inbounds i8, ptr %work, i64 86048
  %25 = getelementptr inbounds i8, ptr %work, i64 86080
  %26 = getelementptr inbounds i8, ptr %work, i64 86112
  %27 = add nsw i64 %bh0, 1
  %28 = mul i64 %nc, %27
  %29 = shl i64 %28, 12
  %30 = add i64 %29, -4096
  %31 = shl i64 %nc, 12
  %32 = shl nsw i64 %nc, 4
  %33 = add i64 %32, 144115188075855856
  %34 = mul i64 %33, %H
  %35 = mul i64 %H, -2048
  %36 = add i64 %T, 16
  %37 = sub i64 %36, %32
  %smax1180 = tail call i64 @llvm.smax.i64(i64 %nc, i64 1)
  %38 = sub i64 %bh1, %bh0
  %39 = getelementptr i8, ptr %work, i64 86304
  %40 = getelementptr i8, ptr %work, i64 86336
  %41 = getelementptr i8, ptr %work, i64 86368
  %42 = getelementptr i8, ptr %work, i64 77856
  %43 = getelementptr i8, ptr %work, i64 77888
  %44 = getelementptr i8, ptr %work, i64 77920
  %45 = getelementptr i8, ptr %work, i64 86176
  %46 = getelementptr i8, ptr %work, i64 86208
  %47 = getelementptr i8, ptr %work, i64 86240
  %48 = getelementptr i8, ptr %work, i64 86304
  %49 = getelementptr i8, ptr %work, i64 86336
  %50 = getelementptr i8, ptr %work, i64 86368
  %51 = getelementptr i8, ptr %work, i64 86304
  %52 = getelementptr i8, ptr %work, i64 86336
  %53 = getelementptr i8, ptr %work, i64 86368
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i40.head.preheader
  %indvar = phi i64 [ 0, %bh.body.lr.ph ], [ %indvar.next, %i40.head.preheader ]
  %bh.addr.01094 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i40.head.preheader ]
  %54 = add i64 %indvar, %bh0
  %55 = shl i64 %54, 12
  %scevgep1184 = getelementptr i8, ptr %dh0, i64 %55
  %56 = mul i64 %31, %indvar
  %57 = add i64 %30, %56
  %scevgep1157 = getelementptr i8, ptr %dhT, i64 %55
  %b = sdiv i64 %bh.addr.01094, %H
  %h = srem i64 %bh.addr.01094, %H
  %58 = mul i64 %b, %T
  %59 = mul i64 %58, %H
  %bT = add i64 %59, %h
  %60 = mul i64 %1, %58
  %bTn = add nsw i64 %60, %h
  %61 = shl nsw i64 %bT, 5
  %62 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %62
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %kh1 = getelementptr inbounds float, ptr %dk, i64 %62
  %betah1 = getelementptr inbounds float, ptr %dbeta, i64 %bTn
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %dS, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep1157, i64 4096, i1 false)
  %vh = getelementptr inbounds float, ptr %v, i64 %62
  %vh1 = getelementptr inbounds float, ptr %dv, i64 %62
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dSkPrev, i8 0, i64 128, i1 false)
  %qh = getelementptr inbounds float, ptr %q, i64 %61
  %qh1 = getelementptr inbounds float, ptr %dq, i64 %61
  %oh = getelementptr inbounds float, ptr %dout, i64 %61
  br i1 %3, label %cc.body.lr.ph, label %i40.head.preheader

bh.exit:                                          ; preds = %i40.head.preheader, %entry
  ret void

cc.body.lr.ph:                                    ; preds = %bh.body
  %63 = add i64 %34, %bT
  %64 = shl i64 %63, 7
  %65 = getelementptr i8, ptr %dq, i64 %64
  %66 = getelementptr i8, ptr %kh1, i64 32
  %67 = getelementptr i8, ptr %kh1, i64 64
  %68 = getelementptr i8, ptr %kh1, i64 96
  %69 = getelementptr i8, ptr %vh1, i64 32
  %70 = getelementptr i8, ptr %vh1, i64 64
  %71 = getelementptr i8, ptr %vh1, i64 96
  %72 = getelementptr i8, ptr %kh1, i64 32
  %73 = getelementptr i8, ptr %kh1, i64 64
  %74 = getelementptr i8, ptr %kh1, i64 96
  br label %cc.body

i40.head.preheader:                               ; preds = %j21.body.preheader, %bh.body
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %scevgep1184, ptr noundef nonnull align 4 dereferenceable(4096) %dS, i64 4096, i1 false)
  %bh.next = add nsw i64 %bh.addr.01094, 1
  %indvar.next = add i64 %indvar, 1
  %exitcond1185.not = icmp eq i64 %indvar.next, %38
  br i1 %exitcond1185.not, label %bh.exit, label %bh.body

cc.body:                                          ; preds = %cc.body.lr.ph, %j21.body.preheader
  %indvars.iv = phi i64 [ %37, %cc.body.lr.ph ], [ %indvars.iv.next, %j21.body.preheader ]
  %cc.addr.01091 = phi i64 [ 0, %cc.body.lr.ph ], [ %cc.next, %j21.body.preheader ]
  %smin = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 16)
  %smax = tail call i64 @llvm.smax.i64(i64 %smin, i64 1)
  %smin1176 = tail call i64 @llvm.smin.i64(i64 %indvars.iv, i64 16)
  %smax1177 = tail call i64 @llvm.smax.i64(i64 %smin1176, i64 1)
  %smax1169 = tail call i64 @llvm.smax.i64(i64 %smin1176, i64 2)
  %75 = shl i64 %cc.addr.01091, 12
  %76 = sub i64 %57, %75
  %scevgep1159 = getelementptr i8, ptr %hs, i64 %76
  %77 = xor i64 %cc.addr.01091, -1
  %ci = add nsw i64 %nc, %77
  %t0 = shl nsw i64 %ci, 4
  %78 = sub nsw i64 %T, %t0
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 4 dereferenceable(4096) %work, ptr noundef nonnull align 4 dereferenceable(4096) %scevgep1159, i64 4096, i1 false)
  %L = tail call i64 @llvm.smin.i64(i64 %78, i64 16)
  %79 = icmp sgt i64 %78, 0
  br i1 %79, label %j3.head.preheader.preheader, label %i4.head.preheader

j3.head.preheader.preheader:                      ; preds = %cc.body
  %80 = mul i64 %35, %cc.addr.01091
  %81 = getelementptr i8, ptr %65, i64 %80
  %xtraiter = and i64 %smax, 7
  %82 = icmp slt i64 %indvars.iv, 8
  br i1 %82, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader.preheader.new

j3.head.preheader.preheader.new:                  ; preds = %j3.head.preheader.preheader
  %unroll_iter = and i64 %smax, 24
  br label %j3.head.preheader

i4.head.preheader.loopexit.unr-lcssa:             ; preds = %j3.head.preheader, %j3.head.preheader.preheader
  %tl.addr.0993.unr = phi i64 [ 0, %j3.head.preheader.preheader ], [ %tl.next.7, %j3.head.preheader ]
  %lcmp.mod.not = icmp eq i64 %xtraiter, 0
  br i1 %lcmp.mod.not, label %i4.head.preheader, label %j3.head.preheader.epil

j3.head.preheader.epil:                           ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil
  %tl.addr.0993.epil = phi i64 [ %tl.next.epil, %j3.head.preheader.epil ], [ %tl.addr.0993.unr, %i4.head.preheader.loopexit.unr-lcssa ]
  %epil.iter = phi i64 [ %epil.iter.next, %j3.head.preheader.epil ], [ 0, %i4.head.preheader.loopexit.unr-lcssa ]
  %83 = mul i64 %20, %tl.addr.0993.epil
  %scevgep.epil = getelementptr i8, ptr %81, i64 %83
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.epil, i8 0, i64 128, i1 false)
  %tl.next.epil = add nuw nsw i64 %tl.addr.0993.epil, 1
  %epil.iter.next = add i64 %epil.iter, 1
  %epil.iter.cmp.not = icmp eq i64 %epil.iter.next, %xtraiter
  br i1 %epil.iter.cmp.not, label %i4.head.preheader, label %j3.head.preheader.epil, !llvm.loop !0

i4.head.preheader:                                ; preds = %i4.head.preheader.loopexit.unr-lcssa, %j3.head.preheader.epil, %cc.body
  %84 = mul i64 %4, %ci
  %invariant.gep = getelementptr float, ptr %kh, i64 %84
  br label %i4.body

j3.head.preheader:                                ; preds = %j3.head.preheader, %j3.head.preheader.preheader.new
  %tl.addr.0993 = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %tl.next.7, %j3.head.preheader ]
  %niter = phi i64 [ 0, %j3.head.preheader.preheader.new ], [ %niter.next.7, %j3.head.preheader ]
  %85 = mul i64 %20, %tl.addr.0993
  %scevgep = getelementptr i8, ptr %81, i64 %85
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep, i8 0, i64 128, i1 false)
  %tl.next = or disjoint i64 %tl.addr.0993, 1
  %86 = mul i64 %20, %tl.next
  %scevgep.1 = getelementptr i8, ptr %81, i64 %86
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.1, i8 0, i64 128, i1 false)
  %tl.next.1 = or disjoint i64 %tl.addr.0993, 2
  %87 = mul i64 %20, %tl.next.1
  %scevgep.2 = getelementptr i8, ptr %81, i64 %87
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.2, i8 0, i64 128, i1 false)
  %tl.next.2 = or disjoint i64 %tl.addr.0993, 3
  %88 = mul i64 %20, %tl.next.2
  %scevgep.3 = getelementptr i8, ptr %81, i64 %88
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.3, i8 0, i64 128, i1 false)
  %tl.next.3 = or disjoint i64 %tl.addr.0993, 4
  %89 = mul i64 %20, %tl.next.3
  %scevgep.4 = getelementptr i8, ptr %81, i64 %89
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.4, i8 0, i64 128, i1 false)
  %tl.next.4 = or disjoint i64 %tl.addr.0993, 5
  %90 = mul i64 %20, %tl.next.4
  %scevgep.5 = getelementptr i8, ptr %81, i64 %90
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.5, i8 0, i64 128, i1 false)
  %tl.next.5 = or disjoint i64 %tl.addr.0993, 6
  %91 = mul i64 %20, %tl.next.5
  %scevgep.6 = getelementptr i8, ptr %81, i64 %91
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.6, i8 0, i64 128, i1 false)
  %tl.next.6 = or disjoint i64 %tl.addr.0993, 7
  %92 = mul i64 %20, %tl.next.6
  %scevgep.7 = getelementptr i8, ptr %81, i64 %92
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %scevgep.7, i8 0, i64 128, i1 false)
  %tl.next.7 = add nuw nsw i64 %tl.addr.0993, 8
  %niter.next.7 = add i64 %niter, 8
  %niter.ncmp.7 = icmp eq i64 %niter.next.7, %unroll_iter
  br i1 %niter.ncmp.7, label %i4.head.preheader.loopexit.unr-lcssa, label %j3.head.preheader

i4.body:                                          ; preds = %i4.body, %i4.head.preheader
  %acc.0998 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %169, %i4.body ]
  %acc1.0997 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %174, %i4.body ]
  %acc2.0996 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %179, %i4.body ]
  %acc3.0995 = phi <8 x float> [ zeroinitializer, %i4.head.preheader ], [ %184, %i4.body ]
  %i4.addr.0994 = phi i64 [ 0, %i4.head.preheader ], [ %i4.next.3, %i4.body ]
  %gep = getelementptr float, ptr %invariant.gep, i64 %i4.addr.0994
  %93 = load float, ptr %gep, align 4
  %94 = shl nuw nsw i64 %i4.addr.0994, 5
  %95 = getelementptr inbounds float, ptr %work, i64 %94
  %96 = load <8 x float>, ptr %95, align 4
  %97 = getelementptr inbounds float, ptr %Sh, i64 %94
  store <8 x float> %96, ptr %97, align 4
  %98 = insertelement <8 x float> poison, float %93, i64 0
  %99 = shufflevector <8 x float> %98, <8 x float> poison, <8 x i32> zeroinitializer
  %100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %99, <8 x float> %96, <8 x float> %acc.0998)
  %101 = or disjoint i64 %94, 8
  %102 = getelementptr inbounds float, ptr %work, i64 %101
  %103 = load <8 x float>, ptr %102, align 4
  %104 = getelementptr inbounds float, ptr %Sh, i64 %101
  store <8 x float> %103, ptr %104, align 4
  %105 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %99, <8 x float> %103, <8 x float> %acc1.0997)
  %106 = or disjoint i64 %94, 16
  %107 = getelementptr inbounds float, ptr %work, i64 %106
  %108 = load <8 x float>, ptr %107, align 4
  %109 = getelementptr inbounds float, ptr %Sh, i64 %106
  store <8 x float> %108, ptr %109, align 4
  %110 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %99, <8 x float> %108, <8 x float> %acc2.0996)
  %111 = or disjoint i64 %94, 24
  %112 = getelementptr inbounds float, ptr %work, i64 %111
  %113 = load <8 x float>, ptr %112, align 4
  %114 = getelementptr inbounds float, ptr %Sh, i64 %111
  store <8 x float> %113, ptr %114, align 4
  %115 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %99, <8 x float> %113, <8 x float> %acc3.0995)
  %i4.next = or disjoint i64 %i4.addr.0994, 1
  %gep.1 = getelementptr float, ptr %invariant.gep, i64 %i4.next
  %116 = load float, ptr %gep.1, align 4
  %117 = shl nuw nsw i64 %i4.next, 5
  %118 = getelementptr inbounds float, ptr %work, i64 %117
  %119 = load <8 x float>, ptr %118, align 4
  %120 = getelementptr inbounds float, ptr %Sh, i64 %117
  store <8 x float> %119, ptr %120, align 4
  %121 = insertelement <8 x float> poison, float %116, i64 0
  %122 = shufflevector <8 x float> %121, <8 x float> poison, <8 x i32> zeroinitializer
  %123 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %119, <8 x float> %100)
  %124 = or disjoint i64 %117, 8
  %125 = getelementptr inbounds float, ptr %work, i64 %124
  %126 = load <8 x float>, ptr %125, align 4
  %127 = getelementptr inbounds float, ptr %Sh, i64 %124
  store <8 x float> %126, ptr %127, align 4
  %128 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %126, <8 x float> %105)
  %129 = or disjoint i64 %117, 16
  %130 = getelementptr inbounds float, ptr %work, i64 %129
  %131 = load <8 x float>, ptr %130, align 4
  %132 = getelementptr inbounds float, ptr %Sh, i64 %129
  store <8 x float> %131, ptr %132, align 4
  %133 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %131, <8 x float> %110)
  %134 = or disjoint i64 %117, 24
  %135 = getelementptr inbounds float, ptr %work, i64 %134
  %136 = load <8 x float>, ptr %135, align 4
  %137 = getelementptr inbounds float, ptr %Sh, i64 %134
  store <8 x float> %136, ptr %137, align 4
  %138 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %122, <8 x float> %136, <8 x float> %115)
  %i4.next.1 = or disjoint i64 %i4.addr.0994, 2
  %gep.2 = getelementptr float, ptr %invariant.gep, i64 %i4.next.1
  %139 = load float, ptr %gep.2, align 4
  %140 = shl nuw nsw i64 %i4.next.1, 5
  %141 = getelementptr inbounds float, ptr %work, i64 %140
  %142 = load <8 x float>, ptr %141, align 4
  %143 = getelementptr inbounds float, ptr %Sh, i64 %140
  store <8 x float> %142, ptr %143, align 4
  %144 = insertelement <8 x float> poison, float %139, i64 0
  %145 = shufflevector <8 x float> %144, <8 x float> poison, <8 x i32> zeroinitializer
  %146 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %142, <8 x float> %123)
  %147 = or disjoint i64 %140, 8
  %148 = getelementptr inbounds float, ptr %work, i64 %147
  %149 = load <8 x float>, ptr %148, align 4
  %150 = getelementptr inbounds float, ptr %Sh, i64 %147
  store <8 x float> %149, ptr %150, align 4
  %151 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %149, <8 x float> %128)
  %152 = or disjoint i64 %140, 16
  %153 = getelementptr inbounds float, ptr %work, i64 %152
  %154 = load <8 x float>, ptr %153, align 4
  %155 = getelementptr inbounds float, ptr %Sh, i64 %152
  store <8 x float> %154, ptr %155, align 4
  %156 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %154, <8 x float> %133)
  %157 = or disjoint i64 %140, 24
  %158 = getelementptr inbounds float, ptr %work, i64 %157
  %159 = load <8 x float>, ptr %158, align 4
  %160 = getelementptr inbounds float, ptr %Sh, i64 %157
  store <8 x float> %159, ptr %160, align 4
  %161 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %145, <8 x float> %159, <8 x float> %138)
  %i4.next.2 = or disjoint i64 %i4.addr.0994, 3
  %gep.3 = getelementptr float, ptr %invariant.gep, i64 %i4.next.2
  %162 = load float, ptr %gep.3, align 4
  %163 = shl nuw nsw i64 %i4.next.2, 5
  %164 = getelementptr inbounds float, ptr %work, i64 %163
  %165 = load <8 x float>, ptr %164, align 4
  %166 = getelementptr inbounds float, ptr %Sh, i64 %163
  store <8 x float> %165, ptr %166, align 4
  %167 = insertelement <8 x float> poison, float %162, i64 0
  %168 = shufflevector <8 x float> %167, <8 x float> poison, <8 x i32> zeroinitializer
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %165, <8 x float> %146)
  %170 = or disjoint i64 %163, 8
  %171 = getelementptr inbounds float, ptr %work, i64 %170
  %172 = load <8 x float>, ptr %171, align 4
  %173 = getelementptr inbounds float, ptr %Sh, i64 %170
  store <8 x float> %172, ptr %173, align 4
  %174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %172, <8 x float> %151)
  %175 = or disjoint i64 %163, 16
  %176 = getelementptr inbounds float, ptr %work, i64 %175
  %177 = load <8 x float>, ptr %176, align 4
  %178 = getelementptr inbounds float, ptr %Sh, i64 %175
  store <8 x float> %177, ptr %178, align 4
  %179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %177, <8 x float> %156)
  %180 = or disjoint i64 %163, 24
  %181 = getelementptr inbounds float, ptr %work, i64 %180
  %182 = load <8 x float>, ptr %181, align 4
  %183 = getelementptr inbounds float, ptr %Sh, i64 %180
  store <8 x float> %182, ptr %183, align 4
  %184 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %168, <8 x float> %182, <8 x float> %161)
  %i4.next.3 = add nuw nsw i64 %i4.addr.0994, 4
  %exitcond1160.not.3 = icmp eq i64 %i4.next.3, 32
  br i1 %exitcond1160.not.3, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %185 = shl nsw i64 %ci, 6
  %186 = mul nsw i64 %185, %H
  %187 = getelementptr inbounds float, ptr %betah, i64 %186
  %188 = load float, ptr %187, align 4
  %189 = mul nsw i64 %185, %sq
  %190 = getelementptr inbounds float, ptr %vh, i64 %189
  %191 = load <8 x float>, ptr %190, align 4
  %192 = fsub <8 x float> %191, %169
  store <8 x float> %192, ptr %R, align 4
  %193 = insertelement <8 x float> poison, float %188, i64 0
  %194 = shufflevector <8 x float> %193, <8 x float> poison, <8 x i32> zeroinitializer
  %195 = fmul <8 x float> %194, %192
  %196 = or disjoint i64 %189, 8
  %197 = getelementptr inbounds float, ptr %vh, i64 %196
  %198 = load <8 x float>, ptr %197, align 4
  %199 = fsub <8 x float> %198, %174
  store <8 x float> %199, ptr %5, align 4
  %200 = fmul <8 x float> %194, %199
  %201 = or disjoint i64 %189, 16
  %202 = getelementptr inbounds float, ptr %vh, i64 %201
  %203 = load <8 x float>, ptr %202, align 4
  %204 = fsub <8 x float> %203, %179
  store <8 x float> %204, ptr %6, align 4
  %205 = fmul <8 x float> %194, %204
  %206 = or disjoint i64 %189, 24
  %207 = getelementptr inbounds float, ptr %vh, i64 %206
  %208 = load <8 x float>, ptr %207, align 4
  %209 = fsub <8 x float> %208, %184
  store <8 x float> %209, ptr %7, align 4
  %210 = fmul <8 x float> %194, %209
  %211 = or disjoint i64 %185, 1
  %212 = mul nsw i64 %211, %sq
  %invariant.gep1237 = getelementptr float, ptr %kh, i64 %212
  br label %i5.body

i5.body:                                          ; preds = %i5.body, %i4.exit
  %acc4.01003 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %258, %i5.body ]
  %acc536.01002 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %264, %i5.body ]
  %acc6.01001 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %270, %i5.body ]
  %acc7.01000 = phi <8 x float> [ zeroinitializer, %i4.exit ], [ %276, %i5.body ]
  %i5.addr.0999 = phi i64 [ 0, %i4.exit ], [ %i5.next.1, %i5.body ]
  %213 = or disjoint i64 %i5.addr.0999, %189
  %214 = getelementptr inbounds float, ptr %kh, i64 %213
  %215 = load float, ptr %214, align 4
  %gep1238 = getelementptr float, ptr %invariant.gep1237, i64 %i5.addr.0999
  %216 = load float, ptr %gep1238, align 4
  %217 = insertelement <8 x float> poison, float %215, i64 0
  %218 = shufflevector <8 x float> %217, <8 x float> poison, <8 x i32> zeroinitializer
  %219 = shl nuw nsw i64 %i5.addr.0999, 5
  %220 = getelementptr inbounds float, ptr %Sh, i64 %219
  %221 = load <8 x float>, ptr %220, align 4
  %222 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %195, <8 x float> %221)
  %223 = getelementptr inbounds float, ptr %Sroll, i64 %219
  store <8 x float> %222, ptr %223, align 4
  %224 = insertelement <8 x float> poison, float %216, i64 0
  %225 = shufflevector <8 x float> %224, <8 x float> poison, <8 x i32> zeroinitializer
  %226 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %222, <8 x float> %acc4.01003)
  %227 = or disjoint i64 %219, 8
  %228 = getelementptr inbounds float, ptr %Sh, i64 %227
  %229 = load <8 x float>, ptr %228, align 4
  %230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %200, <8 x float> %229)
  %231 = getelementptr inbounds float, ptr %Sroll, i64 %227
  store <8 x float> %230, ptr %231, align 4
  %232 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %230, <8 x float> %acc536.01002)
  %233 = or disjoint i64 %219, 16
  %234 = getelementptr inbounds float, ptr %Sh, i64 %233
  %235 = load <8 x float>, ptr %234, align 4
  %236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %205, <8 x float> %235)
  %237 = getelementptr inbounds float, ptr %Sroll, i64 %233
  store <8 x float> %236, ptr %237, align 4
  %238 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %236, <8 x float> %acc6.01001)
  %239 = or disjoint i64 %219, 24
  %240 = getelementptr inbounds float, ptr %Sh, i64 %239
  %241 = load <8 x float>, ptr %240, align 4
  %242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %218, <8 x float> %210, <8 x float> %241)
  %243 = getelementptr inbounds float, ptr %Sroll, i64 %239
  store <8 x float> %242, ptr %243, align 4
  %244 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %225, <8 x float> %242, <8 x float> %acc7.01000)
  %i5.next = or disjoint i64 %i5.addr.0999, 1
  %245 = or disjoint i64 %i5.next, %189
  %246 = getelementptr inbounds float, ptr %kh, i64 %245
  %247 = load float, ptr %246, align 4
  %gep1238.1 = getelementptr float, ptr %invariant.gep1237, i64 %i5.next
  %248 = load float, ptr %gep1238.1, align 4
  %249 = insertelement <8 x float> poison, float %247, i64 0
  %250 = shufflevector <8 x float> %249, <8 x float> poison, <8 x i32> zeroinitializer
  %251 = shl nuw nsw i64 %i5.next, 5
  %252 = getelementptr inbounds float, ptr %Sh, i64 %251
  %253 = load <8 x float>, ptr %252, align 4
  %254 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %195, <8 x float> %253)
  %255 = getelementptr inbounds float, ptr %Sroll, i64 %251
  store <8 x float> %254, ptr %255, align 4
  %256 = insertelement <8 x float> poison, float %248, i64 0
  %257 = shufflevector <8 x float> %256, <8 x float> poison, <8 x i32> zeroinitializer
  %258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %254, <8 x float> %226)
  %259 = or disjoint i64 %251, 8
  %260 = getelementptr inbounds float, ptr %Sh, i64 %259
  %261 = load <8 x float>, ptr %260, align 4
  %262 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %200, <8 x float> %261)
  %263 = getelementptr inbounds float, ptr %Sroll, i64 %259
  store <8 x float> %262, ptr %263, align 4
  %264 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %262, <8 x float> %232)
  %265 = or disjoint i64 %251, 16
  %266 = getelementptr inbounds float, ptr %Sh, i64 %265
  %267 = load <8 x float>, ptr %266, align 4
  %268 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %205, <8 x float> %267)
  %269 = getelementptr inbounds float, ptr %Sroll, i64 %265
  store <8 x float> %268, ptr %269, align 4
  %270 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %268, <8 x float> %238)
  %271 = or disjoint i64 %251, 24
  %272 = getelementptr inbounds float, ptr %Sh, i64 %271
  %273 = load <8 x float>, ptr %272, align 4
  %274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %210, <8 x float> %273)
  %275 = getelementptr inbounds float, ptr %Sroll, i64 %271
  store <8 x float> %274, ptr %275, align 4
  %276 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %257, <8 x float> %274, <8 x float> %244)
  %i5.next.1 = add nuw nsw i64 %i5.addr.0999, 2
  %exitcond1161.not.1 = icmp eq i64 %i5.next.1, 32
  br i1 %exitcond1161.not.1, label %i5.exit, label %i5.body

i5.exit:                                          ; preds = %i5.body
  %277 = mul nsw i64 %211, %H
  %278 = getelementptr inbounds float, ptr %betah, i64 %277
  %279 = load float, ptr %278, align 4
  %280 = getelementptr inbounds float, ptr %vh, i64 %212
  %281 = load <8 x float>, ptr %280, align 4
  %282 = fsub <8 x float> %281, %258
  store <8 x float> %282, ptr %8, align 4
  %283 = insertelement <8 x float> poison, float %279, i64 0
  %284 = shufflevector <8 x float> %283, <8 x float> poison, <8 x i32> zeroinitializer
  %285 = fmul <8 x float> %284, %282
  %286 = or disjoint i64 %212, 8
  %287 = getelementptr inbounds float, ptr %vh, i64 %286
  %288 = load <8 x float>, ptr %287, align 4
  %289 = fsub <8 x float> %288, %264
  store <8 x float> %289, ptr %9, align 4
  %290 = fmul <8 x float> %284, %289
  %291 = or disjoint i64 %212, 16
  %292 = getelementptr inbounds float, ptr %vh, i64 %291
  %293 = load <8 x float>, ptr %292, align 4
  %294 = fsub <8 x float> %293, %270
  store <8 x float> %294, ptr %10, align 4
  %295 = fmul <8 x float> %284, %294
  %296 = or disjoint i64 %212, 24
  %297 = getelementptr inbounds float, ptr %vh, i64 %296
  %298 = load <8 x float>, ptr %297, align 4
  %299 = fsub <8 x float> %298, %276
  store <8 x float> %299, ptr %11, align 4
  %300 = fmul <8 x float> %284, %299
  %301 = or disjoint i64 %185, 2
  %302 = mul nsw i64 %301, %sq
  %invariant.gep1239 = getelementptr float, ptr %kh, i64 %302
  br label %i6.body

i6.body:                                          ; preds = %i6.body, %i5.exit
  %acc8.01008 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %343, %i6.body ]
  %acc9.01007 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %348, %i6.body ]
  %acc10.01006 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %353, %i6.body ]
  %acc11.01005 = phi <8 x float> [ zeroinitializer, %i5.exit ], [ %358, %i6.body ]
  %i6.addr.01004 = phi i64 [ 0, %i5.exit ], [ %i6.next.1, %i6.body ]
  %303 = or disjoint i64 %i6.addr.01004, %212
  %304 = getelementptr inbounds float, ptr %kh, i64 %303
  %305 = load float, ptr %304, align 4
  %gep1240 = getelementptr float, ptr %invariant.gep1239, i64 %i6.addr.01004
  %306 = load float, ptr %gep1240, align 4
  %307 = insertelement <8 x float> poison, float %305, i64 0
  %308 = shufflevector <8 x float> %307, <8 x float> poison, <8 x i32> zeroinitializer
  %309 = shl nuw nsw i64 %i6.addr.01004, 5
  %310 = getelementptr inbounds float, ptr %Sroll, i64 %309
  %311 = load <8 x float>, ptr %310, align 4
  %312 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %285, <8 x float> %311)
  store <8 x float> %312, ptr %310, align 4
  %313 = insertelement <8 x float> poison, float %306, i64 0
  %314 = shufflevector <8 x float> %313, <8 x float> poison, <8 x i32> zeroinitializer
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %312, <8 x float> %acc8.01008)
  %316 = or disjoint i64 %309, 8
  %317 = getelementptr inbounds float, ptr %Sroll, i64 %316
  %318 = load <8 x float>, ptr %317, align 4
  %319 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %290, <8 x float> %318)
  store <8 x float> %319, ptr %317, align 4
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %319, <8 x float> %acc9.01007)
  %321 = or disjoint i64 %309, 16
  %322 = getelementptr inbounds float, ptr %Sroll, i64 %321
  %323 = load <8 x float>, ptr %322, align 4
  %324 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %295, <8 x float> %323)
  store <8 x float> %324, ptr %322, align 4
  %325 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %324, <8 x float> %acc10.01006)
  %326 = or disjoint i64 %309, 24
  %327 = getelementptr inbounds float, ptr %Sroll, i64 %326
  %328 = load <8 x float>, ptr %327, align 4
  %329 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %308, <8 x float> %300, <8 x float> %328)
  store <8 x float> %329, ptr %327, align 4
  %330 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %314, <8 x float> %329, <8 x float> %acc11.01005)
  %i6.next = or disjoint i64 %i6.addr.01004, 1
  %331 = or disjoint i64 %i6.next, %212
  %332 = getelementptr inbounds float, ptr %kh, i64 %331
  %333 = load float, ptr %332, align 4
  %gep1240.1 = getelementptr float, ptr %invariant.gep1239, i64 %i6.next
  %334 = load float, ptr %gep1240.1, align 4
  %335 = insertelement <8 x float> poison, float %333, i64 0
  %336 = shufflevector <8 x float> %335, <8 x float> poison, <8 x i32> zeroinitializer
  %337 = shl nuw nsw i64 %i6.next, 5
  %338 = getelementptr inbounds float, ptr %Sroll, i64 %337
  %339 = load <8 x float>, ptr %338, align 4
  %340 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %285, <8 x float> %339)
  store <8 x float> %340, ptr %338, align 4
  %341 = insertelement <8 x float> poison, float %334, i64 0
  %342 = shufflevector <8 x float> %341, <8 x float> poison, <8 x i32> zeroinitializer
  %343 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %340, <8 x float> %315)
  %344 = or disjoint i64 %337, 8
  %345 = getelementptr inbounds float, ptr %Sroll, i64 %344
  %346 = load <8 x float>, ptr %345, align 4
  %347 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %290, <8 x float> %346)
  store <8 x float> %347, ptr %345, align 4
  %348 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %347, <8 x float> %320)
  %349 = or disjoint i64 %337, 16
  %350 = getelementptr inbounds float, ptr %Sroll, i64 %349
  %351 = load <8 x float>, ptr %350, align 4
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %295, <8 x float> %351)
  store <8 x float> %352, ptr %350, align 4
  %353 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %352, <8 x float> %325)
  %354 = or disjoint i64 %337, 24
  %355 = getelementptr inbounds float, ptr %Sroll, i64 %354
  %356 = load <8 x float>, ptr %355, align 4
  %357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %300, <8 x float> %356)
  store <8 x float> %357, ptr %355, align 4
  %358 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %342, <8 x float> %357, <8 x float> %330)
  %i6.next.1 = add nuw nsw i64 %i6.addr.01004, 2
  %exitcond1162.not.1 = icmp eq i64 %i6.next.1, 32
  br i1 %exitcond1162.not.1, label %i6.exit, label %i6.body

i6.exit:                                          ; preds = %i6.body
  %359 = mul nsw i64 %301, %H
  %360 = getelementptr inbounds float, ptr %betah, i64 %359
  %361 = load float, ptr %360, align 4
  %362 = getelementptr inbounds float, ptr %vh, i64 %302
  %363 = load <8 x float>, ptr %362, align 4
  %364 = fsub <8 x float> %363, %343
  store <8 x float> %364, ptr %12, align 4
  %365 = insertelement <8 x float> poison, float %361, i64 0
  %366 = shufflevector <8 x float> %365, <8 x float> poison, <8 x i32> zeroinitializer
  %367 = fmul <8 x float> %366, %364
  %368 = or disjoint i64 %302, 8
  %369 = getelementptr inbounds float, ptr %vh, i64 %368
  %370 = load <8 x float>, ptr %369, align 4
  %371 = fsub <8 x float> %370, %348
  store <8 x float> %371, ptr %13, align 4
  %372 = fmul <8 x float> %366, %371
  %373 = or disjoint i64 %302, 16
  %374 = getelementptr inbounds float, ptr %vh, i64 %373
  %375 = load <8 x float>, ptr %374, align 4
  %376 = fsub <8 x float> %375, %353
  store <8 x float> %376, ptr %14, align 4
  %377 = fmul <8 x float> %366, %376
  %378 = or disjoint i64 %302, 24
  %379 = getelementptr inbounds float, ptr %vh, i64 %378
  %380 = load <8 x float>, ptr %379, align 4
  %381 = fsub <8 x float> %380, %358
  store <8 x float> %381, ptr %15, align 4
  %382 = fmul <8 x float> %366, %381
  %383 = or disjoint i64 %185, 3
  %384 = mul nsw i64 %383, %sq
  %invariant.gep1241 = getelementptr float, ptr %kh, i64 %384
  br label %i7.body

i7.body:                                          ; preds = %i7.body, %i6.exit
  %acc12.01013 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %425, %i7.body ]
  %acc13.01012 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %430, %i7.body ]
  %acc14.01011 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %435, %i7.body ]
  %acc15.01010 = phi <8 x float> [ zeroinitializer, %i6.exit ], [ %440, %i7.body ]
  %i7.addr.01009 = phi i64 [ 0, %i6.exit ], [ %i7.next.1, %i7.body ]
  %385 = or disjoint i64 %i7.addr.01009, %302
  %386 = getelementptr inbounds float, ptr %kh, i64 %385
  %387 = load float, ptr %386, align 4
  %gep1242 = getelementptr float, ptr %invariant.gep1241, i64 %i7.addr.01009
  %388 = load float, ptr %gep1242, align 4
  %389 = insertelement <8 x float> poison, float %387, i64 0
  %390 = shufflevector <8 x float> %389, <8 x float> poison, <8 x i32> zeroinitializer
  %391 = shl nuw nsw i64 %i7.addr.01009, 5
  %392 = getelementptr inbounds float, ptr %Sroll, i64 %391
  %393 = load <8 x float>, ptr %392, align 4
  %394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %367, <8 x float> %393)
  store <8 x float> %394, ptr %392, align 4
  %395 = insertelement <8 x float> poison, float %388, i64 0
  %396 = shufflevector <8 x float> %395, <8 x float> poison, <8 x i32> zeroinitializer
  %397 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %394, <8 x float> %acc12.01013)
  %398 = or disjoint i64 %391, 8
  %399 = getelementptr inbounds float, ptr %Sroll, i64 %398
  %400 = load <8 x float>, ptr %399, align 4
  %401 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %372, <8 x float> %400)
  store <8 x float> %401, ptr %399, align 4
  %402 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %401, <8 x float> %acc13.01012)
  %403 = or disjoint i64 %391, 16
  %404 = getelementptr inbounds float, ptr %Sroll, i64 %403
  %405 = load <8 x float>, ptr %404, align 4
  %406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %377, <8 x float> %405)
  store <8 x float> %406, ptr %404, align 4
  %407 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %406, <8 x float> %acc14.01011)
  %408 = or disjoint i64 %391, 24
  %409 = getelementptr inbounds float, ptr %Sroll, i64 %408
  %410 = load <8 x float>, ptr %409, align 4
  %411 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %382, <8 x float> %410)
  store <8 x float> %411, ptr %409, align 4
  %412 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %396, <8 x float> %411, <8 x float> %acc15.01010)
  %i7.next = or disjoint i64 %i7.addr.01009, 1
  %413 = or disjoint i64 %i7.next, %302
  %414 = getelementptr inbounds float, ptr %kh, i64 %413
  %415 = load float, ptr %414, align 4
  %gep1242.1 = getelementptr float, ptr %invariant.gep1241, i64 %i7.next
  %416 = load float, ptr %gep1242.1, align 4
  %417 = insertelement <8 x float> poison, float %415, i64 0
  %418 = shufflevector <8 x float> %417, <8 x float> poison, <8 x i32> zeroinitializer
  %419 = shl nuw nsw i64 %i7.next, 5
  %420 = getelementptr inbounds float, ptr %Sroll, i64 %419
  %421 = load <8 x float>, ptr %420, align 4
  %422 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %367, <8 x float> %421)
  store <8 x float> %422, ptr %420, align 4
  %423 = insertelement <8 x float> poison, float %416, i64 0
  %424 = shufflevector <8 x float> %423, <8 x float> poison, <8 x i32> zeroinitializer
  %425 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %422, <8 x float> %397)
  %426 = or disjoint i64 %419, 8
  %427 = getelementptr inbounds float, ptr %Sroll, i64 %426
  %428 = load <8 x float>, ptr %427, align 4
  %429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %372, <8 x float> %428)
  store <8 x float> %429, ptr %427, align 4
  %430 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %429, <8 x float> %402)
  %431 = or disjoint i64 %419, 16
  %432 = getelementptr inbounds float, ptr %Sroll, i64 %431
  %433 = load <8 x float>, ptr %432, align 4
  %434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %377, <8 x float> %433)
  store <8 x float> %434, ptr %432, align 4
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %434, <8 x float> %407)
  %436 = or disjoint i64 %419, 24
  %437 = getelementptr inbounds float, ptr %Sroll, i64 %436
  %438 = load <8 x float>, ptr %437, align 4
  %439 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %418, <8 x float> %382, <8 x float> %438)
  store <8 x float> %439, ptr %437, align 4
  %440 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %424, <8 x float> %439, <8 x float> %412)
  %i7.next.1 = add nuw nsw i64 %i7.addr.01009, 2
  %exitcond1163.not.1 = icmp eq i64 %i7.next.1, 32
  br i1 %exitcond1163.not.1, label %i7.exit, label %i7.body

i7.exit:                                          ; preds = %i7.body
  %441 = mul nsw i64 %383, %H
  %442 = getelementptr inbounds float, ptr %betah, i64 %441
  %443 = load float, ptr %442, align 4
  %444 = getelementptr inbounds float, ptr %vh, i64 %384
  %445 = load <8 x float>, ptr %444, align 4
  %446 = fsub <8 x float> %445, %425
  store <8 x float> %446, ptr %16, align 4
  %447 = insertelement <8 x float> poison, float %443, i64 0
  %448 = shufflevector <8 x float> %447, <8 x float> poison, <8 x i32> zeroinitializer
  %449 = fmul <8 x float> %448, %446
  %450 = or disjoint i64 %384, 8
  %451 = getelementptr inbounds float, ptr %vh, i64 %450
  %452 = load <8 x float>, ptr %451, align 4
  %453 = fsub <8 x float> %452, %430
  store <8 x float> %453, ptr %17, align 4
  %454 = fmul <8 x float> %448, %453
  %455 = or disjoint i64 %384, 16
  %456 = getelementptr inbounds float, ptr %vh, i64 %455
  %457 = load <8 x float>, ptr %456, align 4
  %458 = fsub <8 x float> %457, %435
  store <8 x float> %458, ptr %18, align 4
  %459 = fmul <8 x float> %448, %458
  %460 = or disjoint i64 %384, 24
  %461 = getelementptr inbounds float, ptr %vh, i64 %460
  %462 = load <8 x float>, ptr %461, align 4
  %463 = fsub <8 x float> %462, %440
  store <8 x float> %463, ptr %19, align 4
  %464 = fmul <8 x float> %448, %463
  %465 = icmp sgt i64 %78, 1
  br i1 %465, label %i8.head.preheader.lr.ph, label %tl1.exit

i8.head.preheader.lr.ph:                          ; preds = %i7.exit
  %466 = add i64 %t0, -1
  br label %i8.head.preheader

i8.head.preheader:                                ; preds = %i8.head.preheader.lr.ph, %i11.exit
  %delta.01038 = phi <8 x float> [ %449, %i8.head.preheader.lr.ph ], [ %854, %i11.exit ]
  %delta1.01037 = phi <8 x float> [ %454, %i8.head.preheader.lr.ph ], [ %861, %i11.exit ]
  %delta2.01036 = phi <8 x float> [ %459, %i8.head.preheader.lr.ph ], [ %868, %i11.exit ]
  %delta3.01035 = phi <8 x float> [ %464, %i8.head.preheader.lr.ph ], [ %875, %i11.exit ]
  %tl1.addr.01034 = phi i64 [ 1, %i8.head.preheader.lr.ph ], [ %tl1.next, %i11.exit ]
  %467 = add i64 %466, %tl1.addr.01034
  %468 = shl nsw i64 %467, 2
  %469 = or disjoint i64 %468, 3
  %470 = mul nsw i64 %469, %sq
  %471 = add nsw i64 %tl1.addr.01034, %t0
  %472 = mul i64 %20, %471
  %473 = mul nsw i64 %467, %sq
  %474 = getelementptr inbounds float, ptr %oh, i64 %473
  %475 = load <8 x float>, ptr %474, align 4
  %476 = shl nsw i64 %tl1.addr.01034, 10
  %477 = or disjoint i64 %473, 8
  %478 = getelementptr inbounds float, ptr %oh, i64 %477
  %479 = load <8 x float>, ptr %478, align 4
  %480 = or disjoint i64 %473, 16
  %481 = getelementptr inbounds float, ptr %oh, i64 %480
  %482 = load <8 x float>, ptr %481, align 4
  %483 = or disjoint i64 %473, 24
  %484 = getelementptr inbounds float, ptr %oh, i64 %483
  %485 = load <8 x float>, ptr %484, align 4
  br label %i8.body

tl1.exit:                                         ; preds = %i11.exit, %i7.exit
  %delta3.0.lcssa = phi <8 x float> [ %464, %i7.exit ], [ %875, %i11.exit ]
  %delta2.0.lcssa = phi <8 x float> [ %459, %i7.exit ], [ %868, %i11.exit ]
  %delta1.0.lcssa = phi <8 x float> [ %454, %i7.exit ], [ %861, %i11.exit ]
  %delta.0.lcssa = phi <8 x float> [ %449, %i7.exit ], [ %854, %i11.exit ]
  %tlast = add nsw i64 %L, -1
  %486 = add nsw i64 %tlast, %t0
  %487 = shl nsw i64 %486, 2
  %488 = or disjoint i64 %487, 3
  %489 = mul nsw i64 %488, %sq
  %490 = mul nsw i64 %486, %sq
  %491 = getelementptr inbounds float, ptr %oh, i64 %490
  %492 = load <8 x float>, ptr %491, align 4
  %493 = or disjoint i64 %490, 8
  %494 = getelementptr inbounds float, ptr %oh, i64 %493
  %495 = load <8 x float>, ptr %494, align 4
  %496 = or disjoint i64 %490, 16
  %497 = getelementptr inbounds float, ptr %oh, i64 %496
  %498 = load <8 x float>, ptr %497, align 4
  %499 = or disjoint i64 %490, 24
  %500 = getelementptr inbounds float, ptr %oh, i64 %499
  %501 = load <8 x float>, ptr %500, align 4
  %invariant.gep1249 = getelementptr float, ptr %kh, i64 %489
  br label %i12.body

i8.body:                                          ; preds = %i8.head.preheader, %i8.body
  %acc16.01018 = phi <8 x float> [ zeroinitializer, %i8.head.preheader ], [ %518, %i8.body ]
  %acc17.01017 = phi <8 x float> [ zeroinitializer, %i8.head.preheader ], [ %526, %i8.body ]
  %acc18.01016 = phi <8 x float> [ zeroinitializer, %i8.head.preheader ], [ %534, %i8.body ]
  %acc19160.01015 = phi <8 x float> [ zeroinitializer, %i8.head.preheader ], [ %542, %i8.body ]
  %i8.addr.01014 = phi i64 [ 0, %i8.head.preheader ], [ %i8.next, %i8.body ]
  %502 = getelementptr float, ptr %kh, i64 %i8.addr.01014
  %503 = getelementptr float, ptr %502, i64 %470
  %504 = load float, ptr %503, align 4
  %505 = getelementptr float, ptr %502, i64 %472
  %506 = load float, ptr %505, align 4
  %507 = insertelement <8 x float> poison, float %504, i64 0
  %508 = shufflevector <8 x float> %507, <8 x float> poison, <8 x i32> zeroinitializer
  %509 = shl nuw nsw i64 %i8.addr.01014, 5
  %510 = getelementptr inbounds float, ptr %Sroll, i64 %509
  %511 = load <8 x float>, ptr %510, align 4
  %512 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %508, <8 x float> %delta.01038, <8 x float> %511)
  %513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %512, <8 x float> %475, <8 x float> zeroinitializer)
  %514 = add nuw nsw i64 %509, %476
  %515 = getelementptr inbounds float, ptr %Sh, i64 %514
  store <8 x float> %512, ptr %515, align 4
  %516 = insertelement <8 x float> poison, float %506, i64 0
  %517 = shufflevector <8 x float> %516, <8 x float> poison, <8 x i32> zeroinitializer
  %518 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %512, <8 x float> %acc16.01018)
  %519 = or disjoint i64 %509, 8
  %520 = getelementptr inbounds float, ptr %Sroll, i64 %519
  %521 = load <8 x float>, ptr %520, align 4
  %522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %508, <8 x float> %delta1.01037, <8 x float> %521)
  %523 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %522, <8 x float> %479, <8 x float> %513)
  %524 = or disjoint i64 %514, 8
  %525 = getelementptr inbounds float, ptr %Sh, i64 %524
  store <8 x float> %522, ptr %525, align 4
  %526 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %522, <8 x float> %acc17.01017)
  %527 = or disjoint i64 %509, 16
  %528 = getelementptr inbounds float, ptr %Sroll, i64 %527
  %529 = load <8 x float>, ptr %528, align 4
  %530 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %508, <8 x float> %delta2.01036, <8 x float> %529)
  %531 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %530, <8 x float> %482, <8 x float> %523)
  %532 = or disjoint i64 %514, 16
  %533 = getelementptr inbounds float, ptr %Sh, i64 %532
  store <8 x float> %530, ptr %533, align 4
  %534 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %530, <8 x float> %acc18.01016)
  %535 = or disjoint i64 %509, 24
  %536 = getelementptr inbounds float, ptr %Sroll, i64 %535
  %537 = load <8 x float>, ptr %536, align 4
  %538 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %508, <8 x float> %delta3.01035, <8 x float> %537)
  %539 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %538, <8 x float> %485, <8 x float> %531)
  %540 = or disjoint i64 %514, 24
  %541 = getelementptr inbounds float, ptr %Sh, i64 %540
  store <8 x float> %538, ptr %541, align 4
  %542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %517, <8 x float> %538, <8 x float> %acc19160.01015)
  %543 = or disjoint i64 %i8.addr.01014, %473
  %544 = getelementptr inbounds float, ptr %qh1, i64 %543
  %545 = load float, ptr %544, align 4
  %546 = shufflevector <8 x float> %539, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %547 = shufflevector <8 x float> %539, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %548 = fadd <4 x float> %546, %547
  %549 = shufflevector <4 x float> %548, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %550 = shufflevector <4 x float> %548, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %551 = fadd <2 x float> %549, %550
  %shift = shufflevector <2 x float> %551, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %552 = fadd <2 x float> %551, %shift
  %553 = extractelement <2 x float> %552, i64 0
  %554 = fmul float %553, 0x3FC6A09E60000000
  %555 = fadd float %545, %554
  store float %555, ptr %544, align 4
  %i8.next = add nuw nsw i64 %i8.addr.01014, 1
  %exitcond1164.not = icmp eq i64 %i8.next, 32
  br i1 %exitcond1164.not, label %i8.exit, label %i8.body

i8.exit:                                          ; preds = %i8.body
  %556 = shl nsw i64 %471, 2
  %557 = mul nsw i64 %556, %H
  %558 = getelementptr inbounds float, ptr %betah, i64 %557
  %559 = load float, ptr %558, align 4
  %560 = mul nsw i64 %556, %sq
  %561 = getelementptr inbounds float, ptr %vh, i64 %560
  %562 = load <8 x float>, ptr %561, align 4
  %563 = fsub <8 x float> %562, %518
  %564 = shl i64 %tl1.addr.01034, 7
  %565 = getelementptr inbounds float, ptr %R, i64 %564
  store <8 x float> %563, ptr %565, align 4
  %566 = insertelement <8 x float> poison, float %559, i64 0
  %567 = shufflevector <8 x float> %566, <8 x float> poison, <8 x i32> zeroinitializer
  %568 = fmul <8 x float> %567, %563
  %569 = or disjoint i64 %560, 8
  %570 = getelementptr inbounds float, ptr %vh, i64 %569
  %571 = load <8 x float>, ptr %570, align 4
  %572 = fsub <8 x float> %571, %526
  %573 = or disjoint i64 %564, 8
  %574 = getelementptr inbounds float, ptr %R, i64 %573
  store <8 x float> %572, ptr %574, align 4
  %575 = fmul <8 x float> %567, %572
  %576 = or disjoint i64 %560, 16
  %577 = getelementptr inbounds float, ptr %vh, i64 %576
  %578 = load <8 x float>, ptr %577, align 4
  %579 = fsub <8 x float> %578, %534
  %580 = or disjoint i64 %564, 16
  %581 = getelementptr inbounds float, ptr %R, i64 %580
  store <8 x float> %579, ptr %581, align 4
  %582 = fmul <8 x float> %567, %579
  %583 = or disjoint i64 %560, 24
  %584 = getelementptr inbounds float, ptr %vh, i64 %583
  %585 = load <8 x float>, ptr %584, align 4
  %586 = fsub <8 x float> %585, %542
  %587 = or disjoint i64 %564, 24
  %588 = getelementptr inbounds float, ptr %R, i64 %587
  store <8 x float> %586, ptr %588, align 4
  %589 = fmul <8 x float> %567, %586
  %590 = or disjoint i64 %556, 1
  %591 = mul nsw i64 %590, %sq
  %invariant.gep1243 = getelementptr float, ptr %kh, i64 %591
  br label %i9.body

i9.body:                                          ; preds = %i9.body, %i8.exit
  %acc20212.01023 = phi <8 x float> [ zeroinitializer, %i8.exit ], [ %642, %i9.body ]
  %acc21.01022 = phi <8 x float> [ zeroinitializer, %i8.exit ], [ %649, %i9.body ]
  %acc22.01021 = phi <8 x float> [ zeroinitializer, %i8.exit ], [ %656, %i9.body ]
  %acc23.01020 = phi <8 x float> [ zeroinitializer, %i8.exit ], [ %663, %i9.body ]
  %i9.addr.01019 = phi i64 [ 0, %i8.exit ], [ %i9.next.1, %i9.body ]
  %592 = or disjoint i64 %i9.addr.01019, %560
  %593 = getelementptr inbounds float, ptr %kh, i64 %592
  %594 = load float, ptr %593, align 4
  %gep1244 = getelementptr float, ptr %invariant.gep1243, i64 %i9.addr.01019
  %595 = load float, ptr %gep1244, align 4
  %596 = insertelement <8 x float> poison, float %594, i64 0
  %597 = shufflevector <8 x float> %596, <8 x float> poison, <8 x i32> zeroinitializer
  %598 = shl nuw nsw i64 %i9.addr.01019, 5
  %599 = add nuw nsw i64 %598, %476
  %600 = getelementptr inbounds float, ptr %Sh, i64 %599
  %601 = load <8 x float>, ptr %600, align 4
  %602 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %568, <8 x float> %601)
  %603 = getelementptr inbounds float, ptr %Sroll, i64 %598
  store <8 x float> %602, ptr %603, align 4
  %604 = insertelement <8 x float> poison, float %595, i64 0
  %605 = shufflevector <8 x float> %604, <8 x float> poison, <8 x i32> zeroinitializer
  %606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %602, <8 x float> %acc20212.01023)
  %607 = or disjoint i64 %599, 8
  %608 = getelementptr inbounds float, ptr %Sh, i64 %607
  %609 = load <8 x float>, ptr %608, align 4
  %610 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %575, <8 x float> %609)
  %611 = or disjoint i64 %598, 8
  %612 = getelementptr inbounds float, ptr %Sroll, i64 %611
  store <8 x float> %610, ptr %612, align 4
  %613 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %610, <8 x float> %acc21.01022)
  %614 = or disjoint i64 %599, 16
  %615 = getelementptr inbounds float, ptr %Sh, i64 %614
  %616 = load <8 x float>, ptr %615, align 4
  %617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %582, <8 x float> %616)
  %618 = or disjoint i64 %598, 16
  %619 = getelementptr inbounds float, ptr %Sroll, i64 %618
  store <8 x float> %617, ptr %619, align 4
  %620 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %617, <8 x float> %acc22.01021)
  %621 = or disjoint i64 %599, 24
  %622 = getelementptr inbounds float, ptr %Sh, i64 %621
  %623 = load <8 x float>, ptr %622, align 4
  %624 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %597, <8 x float> %589, <8 x float> %623)
  %625 = or disjoint i64 %598, 24
  %626 = getelementptr inbounds float, ptr %Sroll, i64 %625
  store <8 x float> %624, ptr %626, align 4
  %627 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %605, <8 x float> %624, <8 x float> %acc23.01020)
  %i9.next = or disjoint i64 %i9.addr.01019, 1
  %628 = or disjoint i64 %i9.next, %560
  %629 = getelementptr inbounds float, ptr %kh, i64 %628
  %630 = load float, ptr %629, align 4
  %gep1244.1 = getelementptr float, ptr %invariant.gep1243, i64 %i9.next
  %631 = load float, ptr %gep1244.1, align 4
  %632 = insertelement <8 x float> poison, float %630, i64 0
  %633 = shufflevector <8 x float> %632, <8 x float> poison, <8 x i32> zeroinitializer
  %634 = shl nuw nsw i64 %i9.next, 5
  %635 = add nuw nsw i64 %634, %476
  %636 = getelementptr inbounds float, ptr %Sh, i64 %635
  %637 = load <8 x float>, ptr %636, align 4
  %638 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %633, <8 x float> %568, <8 x float> %637)
  %639 = getelementptr inbounds float, ptr %Sroll, i64 %634
  store <8 x float> %638, ptr %639, align 4
  %640 = insertelement <8 x float> poison, float %631, i64 0
  %641 = shufflevector <8 x float> %640, <8 x float> poison, <8 x i32> zeroinitializer
  %642 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %638, <8 x float> %606)
  %643 = or disjoint i64 %635, 8
  %644 = getelementptr inbounds float, ptr %Sh, i64 %643
  %645 = load <8 x float>, ptr %644, align 4
  %646 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %633, <8 x float> %575, <8 x float> %645)
  %647 = or disjoint i64 %634, 8
  %648 = getelementptr inbounds float, ptr %Sroll, i64 %647
  store <8 x float> %646, ptr %648, align 4
  %649 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %646, <8 x float> %613)
  %650 = or disjoint i64 %635, 16
  %651 = getelementptr inbounds float, ptr %Sh, i64 %650
  %652 = load <8 x float>, ptr %651, align 4
  %653 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %633, <8 x float> %582, <8 x float> %652)
  %654 = or disjoint i64 %634, 16
  %655 = getelementptr inbounds float, ptr %Sroll, i64 %654
  store <8 x float> %653, ptr %655, align 4
  %656 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %653, <8 x float> %620)
  %657 = or disjoint i64 %635, 24
  %658 = getelementptr inbounds float, ptr %Sh, i64 %657
  %659 = load <8 x float>, ptr %658, align 4
  %660 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %633, <8 x float> %589, <8 x float> %659)
  %661 = or disjoint i64 %634, 24
  %662 = getelementptr inbounds float, ptr %Sroll, i64 %661
  store <8 x float> %660, ptr %662, align 4
  %663 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %641, <8 x float> %660, <8 x float> %627)
  %i9.next.1 = add nuw nsw i64 %i9.addr.01019, 2
  %exitcond1165.not.1 = icmp eq i64 %i9.next.1, 32
  br i1 %exitcond1165.not.1, label %i9.exit, label %i9.body

i9.exit:                                          ; preds = %i9.body
  %664 = mul nsw i64 %590, %H
  %665 = getelementptr inbounds float, ptr %betah, i64 %664
  %666 = load float, ptr %665, align 4
  %667 = getelementptr inbounds float, ptr %vh, i64 %591
  %668 = load <8 x float>, ptr %667, align 4
  %669 = fsub <8 x float> %668, %642
  %670 = or disjoint i64 %564, 32
  %671 = getelementptr inbounds float, ptr %R, i64 %670
  store <8 x float> %669, ptr %671, align 4
  %672 = insertelement <8 x float> poison, float %666, i64 0
  %673 = shufflevector <8 x float> %672, <8 x float> poison, <8 x i32> zeroinitializer
  %674 = fmul <8 x float> %673, %669
  %675 = or disjoint i64 %591, 8
  %676 = getelementptr inbounds float, ptr %vh, i64 %675
  %677 = load <8 x float>, ptr %676, align 4
  %678 = fsub <8 x float> %677, %649
  %679 = or disjoint i64 %564, 40
  %680 = getelementptr inbounds float, ptr %R, i64 %679
  store <8 x float> %678, ptr %680, align 4
  %681 = fmul <8 x float> %673, %678
  %682 = or disjoint i64 %591, 16
  %683 = getelementptr inbounds float, ptr %vh, i64 %682
  %684 = load <8 x float>, ptr %683, align 4
  %685 = fsub <8 x float> %684, %656
  %686 = or disjoint i64 %564, 48
  %687 = getelementptr inbounds float, ptr %R, i64 %686
  store <8 x float> %685, ptr %687, align 4
  %688 = fmul <8 x float> %673, %685
  %689 = or disjoint i64 %591, 24
  %690 = getelementptr inbounds float, ptr %vh, i64 %689
  %691 = load <8 x float>, ptr %690, align 4
  %692 = fsub <8 x float> %691, %663
  %693 = or disjoint i64 %564, 56
  %694 = getelementptr inbounds float, ptr %R, i64 %693
  store <8 x float> %692, ptr %694, align 4
  %695 = fmul <8 x float> %673, %692
  %696 = or disjoint i64 %556, 2
  %697 = mul nsw i64 %696, %sq
  %invariant.gep1245 = getelementptr float, ptr %kh, i64 %697
  br label %i10.body

i10.body:                                         ; preds = %i10.body, %i9.exit
  %acc24.01028 = phi <8 x float> [ zeroinitializer, %i9.exit ], [ %738, %i10.body ]
  %acc25.01027 = phi <8 x float> [ zeroinitializer, %i9.exit ], [ %743, %i10.body ]
  %acc26.01026 = phi <8 x float> [ zeroinitializer, %i9.exit ], [ %748, %i10.body ]
  %acc27.01025 = phi <8 x float> [ zeroinitializer, %i9.exit ], [ %753, %i10.body ]
  %i10.addr.01024 = phi i64 [ 0, %i9.exit ], [ %i10.next.1, %i10.body ]
  %698 = or disjoint i64 %i10.addr.01024, %591
  %699 = getelementptr inbounds float, ptr %kh, i64 %698
  %700 = load float, ptr %699, align 4
  %gep1246 = getelementptr float, ptr %invariant.gep1245, i64 %i10.addr.01024
  %701 = load float, ptr %gep1246, align 4
  %702 = insertelement <8 x float> poison, float %700, i64 0
  %703 = shufflevector <8 x float> %702, <8 x float> poison, <8 x i32> zeroinitializer
  %704 = shl nuw nsw i64 %i10.addr.01024, 5
  %705 = getelementptr inbounds float, ptr %Sroll, i64 %704
  %706 = load <8 x float>, ptr %705, align 4
  %707 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %674, <8 x float> %706)
  store <8 x float> %707, ptr %705, align 4
  %708 = insertelement <8 x float> poison, float %701, i64 0
  %709 = shufflevector <8 x float> %708, <8 x float> poison, <8 x i32> zeroinitializer
  %710 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %707, <8 x float> %acc24.01028)
  %711 = or disjoint i64 %704, 8
  %712 = getelementptr inbounds float, ptr %Sroll, i64 %711
  %713 = load <8 x float>, ptr %712, align 4
  %714 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %681, <8 x float> %713)
  store <8 x float> %714, ptr %712, align 4
  %715 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %714, <8 x float> %acc25.01027)
  %716 = or disjoint i64 %704, 16
  %717 = getelementptr inbounds float, ptr %Sroll, i64 %716
  %718 = load <8 x float>, ptr %717, align 4
  %719 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %688, <8 x float> %718)
  store <8 x float> %719, ptr %717, align 4
  %720 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %719, <8 x float> %acc26.01026)
  %721 = or disjoint i64 %704, 24
  %722 = getelementptr inbounds float, ptr %Sroll, i64 %721
  %723 = load <8 x float>, ptr %722, align 4
  %724 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %703, <8 x float> %695, <8 x float> %723)
  store <8 x float> %724, ptr %722, align 4
  %725 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %709, <8 x float> %724, <8 x float> %acc27.01025)
  %i10.next = or disjoint i64 %i10.addr.01024, 1
  %726 = or disjoint i64 %i10.next, %591
  %727 = getelementptr inbounds float, ptr %kh, i64 %726
  %728 = load float, ptr %727, align 4
  %gep1246.1 = getelementptr float, ptr %invariant.gep1245, i64 %i10.next
  %729 = load float, ptr %gep1246.1, align 4
  %730 = insertelement <8 x float> poison, float %728, i64 0
  %731 = shufflevector <8 x float> %730, <8 x float> poison, <8 x i32> zeroinitializer
  %732 = shl nuw nsw i64 %i10.next, 5
  %733 = getelementptr inbounds float, ptr %Sroll, i64 %732
  %734 = load <8 x float>, ptr %733, align 4
  %735 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %731, <8 x float> %674, <8 x float> %734)
  store <8 x float> %735, ptr %733, align 4
  %736 = insertelement <8 x float> poison, float %729, i64 0
  %737 = shufflevector <8 x float> %736, <8 x float> poison, <8 x i32> zeroinitializer
  %738 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %735, <8 x float> %710)
  %739 = or disjoint i64 %732, 8
  %740 = getelementptr inbounds float, ptr %Sroll, i64 %739
  %741 = load <8 x float>, ptr %740, align 4
  %742 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %731, <8 x float> %681, <8 x float> %741)
  store <8 x float> %742, ptr %740, align 4
  %743 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %742, <8 x float> %715)
  %744 = or disjoint i64 %732, 16
  %745 = getelementptr inbounds float, ptr %Sroll, i64 %744
  %746 = load <8 x float>, ptr %745, align 4
  %747 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %731, <8 x float> %688, <8 x float> %746)
  store <8 x float> %747, ptr %745, align 4
  %748 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %747, <8 x float> %720)
  %749 = or disjoint i64 %732, 24
  %750 = getelementptr inbounds float, ptr %Sroll, i64 %749
  %751 = load <8 x float>, ptr %750, align 4
  %752 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %731, <8 x float> %695, <8 x float> %751)
  store <8 x float> %752, ptr %750, align 4
  %753 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %737, <8 x float> %752, <8 x float> %725)
  %i10.next.1 = add nuw nsw i64 %i10.addr.01024, 2
  %exitcond1166.not.1 = icmp eq i64 %i10.next.1, 32
  br i1 %exitcond1166.not.1, label %i10.exit, label %i10.body

i10.exit:                                         ; preds = %i10.body
  %754 = mul nsw i64 %696, %H
  %755 = getelementptr inbounds float, ptr %betah, i64 %754
  %756 = load float, ptr %755, align 4
  %757 = getelementptr inbounds float, ptr %vh, i64 %697
  %758 = load <8 x float>, ptr %757, align 4
  %759 = fsub <8 x float> %758, %738
  %760 = or disjoint i64 %564, 64
  %761 = getelementptr inbounds float, ptr %R, i64 %760
  store <8 x float> %759, ptr %761, align 4
  %762 = insertelement <8 x float> poison, float %756, i64 0
  %763 = shufflevector <8 x float> %762, <8 x float> poison, <8 x i32> zeroinitializer
  %764 = fmul <8 x float> %763, %759
  %765 = or disjoint i64 %697, 8
  %766 = getelementptr inbounds float, ptr %vh, i64 %765
  %767 = load <8 x float>, ptr %766, align 4
  %768 = fsub <8 x float> %767, %743
  %769 = or disjoint i64 %564, 72
  %770 = getelementptr inbounds float, ptr %R, i64 %769
  store <8 x float> %768, ptr %770, align 4
  %771 = fmul <8 x float> %763, %768
  %772 = or disjoint i64 %697, 16
  %773 = getelementptr inbounds float, ptr %vh, i64 %772
  %774 = load <8 x float>, ptr %773, align 4
  %775 = fsub <8 x float> %774, %748
  %776 = or disjoint i64 %564, 80
  %777 = getelementptr inbounds float, ptr %R, i64 %776
  store <8 x float> %775, ptr %777, align 4
  %778 = fmul <8 x float> %763, %775
  %779 = or disjoint i64 %697, 24
  %780 = getelementptr inbounds float, ptr %vh, i64 %779
  %781 = load <8 x float>, ptr %780, align 4
  %782 = fsub <8 x float> %781, %753
  %783 = or disjoint i64 %564, 88
  %784 = getelementptr inbounds float, ptr %R, i64 %783
  store <8 x float> %782, ptr %784, align 4
  %785 = fmul <8 x float> %763, %782
  %786 = or disjoint i64 %556, 3
  %787 = mul nsw i64 %786, %sq
  %invariant.gep1247 = getelementptr float, ptr %kh, i64 %787
  br label %i11.body

i11.body:                                         ; preds = %i11.body, %i10.exit
  %acc28.01033 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %828, %i11.body ]
  %acc29.01032 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %833, %i11.body ]
  %acc30.01031 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %838, %i11.body ]
  %acc31.01030 = phi <8 x float> [ zeroinitializer, %i10.exit ], [ %843, %i11.body ]
  %i11.addr.01029 = phi i64 [ 0, %i10.exit ], [ %i11.next.1, %i11.body ]
  %788 = or disjoint i64 %i11.addr.01029, %697
  %789 = getelementptr inbounds float, ptr %kh, i64 %788
  %790 = load float, ptr %789, align 4
  %gep1248 = getelementptr float, ptr %invariant.gep1247, i64 %i11.addr.01029
  %791 = load float, ptr %gep1248, align 4
  %792 = insertelement <8 x float> poison, float %790, i64 0
  %793 = shufflevector <8 x float> %792, <8 x float> poison, <8 x i32> zeroinitializer
  %794 = shl nuw nsw i64 %i11.addr.01029, 5
  %795 = getelementptr inbounds float, ptr %Sroll, i64 %794
  %796 = load <8 x float>, ptr %795, align 4
  %797 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %764, <8 x float> %796)
  store <8 x float> %797, ptr %795, align 4
  %798 = insertelement <8 x float> poison, float %791, i64 0
  %799 = shufflevector <8 x float> %798, <8 x float> poison, <8 x i32> zeroinitializer
  %800 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> %797, <8 x float> %acc28.01033)
  %801 = or disjoint i64 %794, 8
  %802 = getelementptr inbounds float, ptr %Sroll, i64 %801
  %803 = load <8 x float>, ptr %802, align 4
  %804 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %771, <8 x float> %803)
  store <8 x float> %804, ptr %802, align 4
  %805 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> %804, <8 x float> %acc29.01032)
  %806 = or disjoint i64 %794, 16
  %807 = getelementptr inbounds float, ptr %Sroll, i64 %806
  %808 = load <8 x float>, ptr %807, align 4
  %809 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %778, <8 x float> %808)
  store <8 x float> %809, ptr %807, align 4
  %810 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> %809, <8 x float> %acc30.01031)
  %811 = or disjoint i64 %794, 24
  %812 = getelementptr inbounds float, ptr %Sroll, i64 %811
  %813 = load <8 x float>, ptr %812, align 4
  %814 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %793, <8 x float> %785, <8 x float> %813)
  store <8 x float> %814, ptr %812, align 4
  %815 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %799, <8 x float> %814, <8 x float> %acc31.01030)
  %i11.next = or disjoint i64 %i11.addr.01029, 1
  %816 = or disjoint i64 %i11.next, %697
  %817 = getelementptr inbounds float, ptr %kh, i64 %816
  %818 = load float, ptr %817, align 4
  %gep1248.1 = getelementptr float, ptr %invariant.gep1247, i64 %i11.next
  %819 = load float, ptr %gep1248.1, align 4
  %820 = insertelement <8 x float> poison, float %818, i64 0
  %821 = shufflevector <8 x float> %820, <8 x float> poison, <8 x i32> zeroinitializer
  %822 = shl nuw nsw i64 %i11.next, 5
  %823 = getelementptr inbounds float, ptr %Sroll, i64 %822
  %824 = load <8 x float>, ptr %823, align 4
  %825 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %764, <8 x float> %824)
  store <8 x float> %825, ptr %823, align 4
  %826 = insertelement <8 x float> poison, float %819, i64 0
  %827 = shufflevector <8 x float> %826, <8 x float> poison, <8 x i32> zeroinitializer
  %828 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %827, <8 x float> %825, <8 x float> %800)
  %829 = or disjoint i64 %822, 8
  %830 = getelementptr inbounds float, ptr %Sroll, i64 %829
  %831 = load <8 x float>, ptr %830, align 4
  %832 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %771, <8 x float> %831)
  store <8 x float> %832, ptr %830, align 4
  %833 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %827, <8 x float> %832, <8 x float> %805)
  %834 = or disjoint i64 %822, 16
  %835 = getelementptr inbounds float, ptr %Sroll, i64 %834
  %836 = load <8 x float>, ptr %835, align 4
  %837 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %778, <8 x float> %836)
  store <8 x float> %837, ptr %835, align 4
  %838 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %827, <8 x float> %837, <8 x float> %810)
  %839 = or disjoint i64 %822, 24
  %840 = getelementptr inbounds float, ptr %Sroll, i64 %839
  %841 = load <8 x float>, ptr %840, align 4
  %842 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %821, <8 x float> %785, <8 x float> %841)
  store <8 x float> %842, ptr %840, align 4
  %843 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %827, <8 x float> %842, <8 x float> %815)
  %i11.next.1 = add nuw nsw i64 %i11.addr.01029, 2
  %exitcond1167.not.1 = icmp eq i64 %i11.next.1, 32
  br i1 %exitcond1167.not.1, label %i11.exit, label %i11.body

i11.exit:                                         ; preds = %i11.body
  %844 = mul nsw i64 %786, %H
  %845 = getelementptr inbounds float, ptr %betah, i64 %844
  %846 = load float, ptr %845, align 4
  %847 = getelementptr inbounds float, ptr %vh, i64 %787
  %848 = load <8 x float>, ptr %847, align 4
  %849 = fsub <8 x float> %848, %828
  %850 = or disjoint i64 %564, 96
  %851 = getelementptr inbounds float, ptr %R, i64 %850
  store <8 x float> %849, ptr %851, align 4
  %852 = insertelement <8 x float> poison, float %846, i64 0
  %853 = shufflevector <8 x float> %852, <8 x float> poison, <8 x i32> zeroinitializer
  %854 = fmul <8 x float> %853, %849
  %855 = or disjoint i64 %787, 8
  %856 = getelementptr inbounds float, ptr %vh, i64 %855
  %857 = load <8 x float>, ptr %856, align 4
  %858 = fsub <8 x float> %857, %833
  %859 = or disjoint i64 %564, 104
  %860 = getelementptr inbounds float, ptr %R, i64 %859
  store <8 x float> %858, ptr %860, align 4
  %861 = fmul <8 x float> %853, %858
  %862 = or disjoint i64 %787, 16
  %863 = getelementptr inbounds float, ptr %vh, i64 %862
  %864 = load <8 x float>, ptr %863, align 4
  %865 = fsub <8 x float> %864, %838
  %866 = or disjoint i64 %564, 112
  %867 = getelementptr inbounds float, ptr %R, i64 %866
  store <8 x float> %865, ptr %867, align 4
  %868 = fmul <8 x float> %853, %865
  %869 = or disjoint i64 %787, 24
  %870 = getelementptr inbounds float, ptr %vh, i64 %869
  %871 = load <8 x float>, ptr %870, align 4
  %872 = fsub <8 x float> %871, %843
  %873 = or disjoint i64 %564, 120
  %874 = getelementptr inbounds float, ptr %R, i64 %873
  store <8 x float> %872, ptr %874, align 4
  %875 = fmul <8 x float> %853, %872
  %tl1.next = add nuw nsw i64 %tl1.addr.01034, 1
  %exitcond1170.not = icmp eq i64 %tl1.next, %smax1169
  br i1 %exitcond1170.not, label %tl1.exit, label %i8.head.preheader

tt.head.preheader:                                ; preds = %i12.body
  br i1 %79, label %tt.body, label %j20.head.preheader

i12.body:                                         ; preds = %i12.body, %tl1.exit
  %i12.addr.01042 = phi i64 [ 0, %tl1.exit ], [ %i12.next.1, %i12.body ]
  %gep1250 = getelementptr float, ptr %invariant.gep1249, i64 %i12.addr.01042
  %876 = load float, ptr %gep1250, align 4
  %877 = insertelement <8 x float> poison, float %876, i64 0
  %878 = shufflevector <8 x float> %877, <8 x float> poison, <8 x i32> zeroinitializer
  %879 = shl nuw nsw i64 %i12.addr.01042, 5
  %880 = getelementptr inbounds float, ptr %Sroll, i64 %879
  %881 = load <8 x float>, ptr %880, align 4
  %882 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %878, <8 x float> %delta.0.lcssa, <8 x float> %881)
  %883 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %882, <8 x float> %492, <8 x float> zeroinitializer)
  %884 = or disjoint i64 %879, 8
  %885 = getelementptr inbounds float, ptr %Sroll, i64 %884
  %886 = load <8 x float>, ptr %885, align 4
  %887 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %878, <8 x float> %delta1.0.lcssa, <8 x float> %886)
  %888 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %887, <8 x float> %495, <8 x float> %883)
  %889 = or disjoint i64 %879, 16
  %890 = getelementptr inbounds float, ptr %Sroll, i64 %889
  %891 = load <8 x float>, ptr %890, align 4
  %892 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %878, <8 x float> %delta2.0.lcssa, <8 x float> %891)
  %893 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %892, <8 x float> %498, <8 x float> %888)
  %894 = or disjoint i64 %879, 24
  %895 = getelementptr inbounds float, ptr %Sroll, i64 %894
  %896 = load <8 x float>, ptr %895, align 4
  %897 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %878, <8 x float> %delta3.0.lcssa, <8 x float> %896)
  %898 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %897, <8 x float> %501, <8 x float> %893)
  %899 = or disjoint i64 %i12.addr.01042, %490
  %900 = getelementptr inbounds float, ptr %qh1, i64 %899
  %901 = load float, ptr %900, align 4
  %902 = shufflevector <8 x float> %898, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %903 = shufflevector <8 x float> %898, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %904 = fadd <4 x float> %902, %903
  %905 = shufflevector <4 x float> %904, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %906 = shufflevector <4 x float> %904, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %907 = fadd <2 x float> %905, %906
  %shift1302 = shufflevector <2 x float> %907, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %908 = fadd <2 x float> %907, %shift1302
  %909 = extractelement <2 x float> %908, i64 0
  %910 = fmul float %909, 0x3FC6A09E60000000
  %911 = fadd float %901, %910
  store float %911, ptr %900, align 4
  %i12.next = or disjoint i64 %i12.addr.01042, 1
  %gep1250.1 = getelementptr float, ptr %invariant.gep1249, i64 %i12.next
  %912 = load float, ptr %gep1250.1, align 4
  %913 = insertelement <8 x float> poison, float %912, i64 0
  %914 = shufflevector <8 x float> %913, <8 x float> poison, <8 x i32> zeroinitializer
  %915 = shl nuw nsw i64 %i12.next, 5
  %916 = getelementptr inbounds float, ptr %Sroll, i64 %915
  %917 = load <8 x float>, ptr %916, align 4
  %918 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %delta.0.lcssa, <8 x float> %917)
  %919 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %918, <8 x float> %492, <8 x float> zeroinitializer)
  %920 = or disjoint i64 %915, 8
  %921 = getelementptr inbounds float, ptr %Sroll, i64 %920
  %922 = load <8 x float>, ptr %921, align 4
  %923 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %delta1.0.lcssa, <8 x float> %922)
  %924 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %923, <8 x float> %495, <8 x float> %919)
  %925 = or disjoint i64 %915, 16
  %926 = getelementptr inbounds float, ptr %Sroll, i64 %925
  %927 = load <8 x float>, ptr %926, align 4
  %928 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %delta2.0.lcssa, <8 x float> %927)
  %929 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %928, <8 x float> %498, <8 x float> %924)
  %930 = or disjoint i64 %915, 24
  %931 = getelementptr inbounds float, ptr %Sroll, i64 %930
  %932 = load <8 x float>, ptr %931, align 4
  %933 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %914, <8 x float> %delta3.0.lcssa, <8 x float> %932)
  %934 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %933, <8 x float> %501, <8 x float> %929)
  %935 = or disjoint i64 %i12.next, %490
  %936 = getelementptr inbounds float, ptr %qh1, i64 %935
  %937 = load float, ptr %936, align 4
  %938 = shufflevector <8 x float> %934, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %939 = shufflevector <8 x float> %934, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %940 = fadd <4 x float> %938, %939
  %941 = shufflevector <4 x float> %940, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %942 = shufflevector <4 x float> %940, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %943 = fadd <2 x float> %941, %942
  %shift1302.1 = shufflevector <2 x float> %943, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %944 = fadd <2 x float> %943, %shift1302.1
  %945 = extractelement <2 x float> %944, i64 0
  %946 = fmul float %945, 0x3FC6A09E60000000
  %947 = fadd float %937, %946
  store float %947, ptr %936, align 4
  %i12.next.1 = add nuw nsw i64 %i12.addr.01042, 2
  %exitcond1171.not.1 = icmp eq i64 %i12.next.1, 32
  br i1 %exitcond1171.not.1, label %tt.head.preheader, label %i12.body

j20.head.preheader:                               ; preds = %i32.exit, %tt.head.preheader
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %948 = fneg float %188
  br label %i38.body

tt.body:                                          ; preds = %tt.head.preheader, %i32.exit
  %tt.addr.01087 = phi i64 [ %tt.next, %i32.exit ], [ 0, %tt.head.preheader ]
  %tl2 = sub nsw i64 %tlast, %tt.addr.01087
  %949 = add nsw i64 %tl2, 1
  %ptl = tail call i64 @llvm.smin.i64(i64 %949, i64 %tlast)
  %950 = add nsw i64 %ptl, %t0
  %951 = shl nsw i64 %950, 2
  %952 = mul nsw i64 %951, %H
  %953 = getelementptr inbounds float, ptr %betah, i64 %952
  %954 = load float, ptr %953, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %955 = icmp slt i64 %949, %L
  %.neg = fneg float %954
  %956 = select i1 %955, float %.neg, float -0.000000e+00
  %957 = mul nsw i64 %951, %sq
  %958 = shl nsw i64 %ptl, 10
  %959 = shl nsw i64 %ptl, 7
  %960 = getelementptr inbounds float, ptr %R, i64 %959
  %961 = or disjoint i64 %959, 8
  %962 = getelementptr inbounds float, ptr %R, i64 %961
  %963 = or disjoint i64 %959, 16
  %964 = getelementptr inbounds float, ptr %R, i64 %963
  %965 = or disjoint i64 %959, 24
  %966 = getelementptr inbounds float, ptr %R, i64 %965
  %967 = add nsw i64 %tl2, %t0
  %968 = mul nsw i64 %967, %sq
  %969 = getelementptr inbounds float, ptr %oh, i64 %968
  %970 = load <8 x float>, ptr %969, align 4
  %971 = or disjoint i64 %968, 8
  %972 = getelementptr inbounds float, ptr %oh, i64 %971
  %973 = load <8 x float>, ptr %972, align 4
  %974 = or disjoint i64 %968, 16
  %975 = getelementptr inbounds float, ptr %oh, i64 %974
  %976 = load <8 x float>, ptr %975, align 4
  %977 = or disjoint i64 %968, 24
  %978 = getelementptr inbounds float, ptr %oh, i64 %977
  %979 = load <8 x float>, ptr %978, align 4
  %980 = shl nsw i64 %967, 2
  %981 = or disjoint i64 %980, 3
  %982 = mul nsw i64 %981, %sq
  br label %i14.body

i14.body:                                         ; preds = %tt.body, %i14.body
  %dsk.01048 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1062, %i14.body ]
  %dsk1.01047 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1063, %i14.body ]
  %dsk2.01046 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1064, %i14.body ]
  %dsk3.01045 = phi <8 x float> [ zeroinitializer, %tt.body ], [ %1065, %i14.body ]
  %i14.addr.01044 = phi i64 [ 0, %tt.body ], [ %i14.next, %i14.body ]
  %983 = shl nuw nsw i64 %i14.addr.01044, 5
  %984 = getelementptr inbounds float, ptr %dS, i64 %983
  %985 = load <8 x float>, ptr %984, align 4
  %986 = or disjoint i64 %983, 8
  %987 = getelementptr inbounds float, ptr %dS, i64 %986
  %988 = load <8 x float>, ptr %987, align 4
  %989 = or disjoint i64 %983, 16
  %990 = getelementptr inbounds float, ptr %dS, i64 %989
  %991 = load <8 x float>, ptr %990, align 4
  %992 = or disjoint i64 %983, 24
  %993 = getelementptr inbounds float, ptr %dS, i64 %992
  %994 = load <8 x float>, ptr %993, align 4
  %995 = getelementptr float, ptr %kh, i64 %i14.addr.01044
  %996 = getelementptr float, ptr %995, i64 %957
  %997 = load float, ptr %996, align 4
  %998 = fmul float %956, %997
  %999 = load <8 x float>, ptr %dSkPrev, align 4
  %1000 = add nuw nsw i64 %983, %958
  %1001 = getelementptr inbounds float, ptr %Sh, i64 %1000
  %1002 = load <8 x float>, ptr %1001, align 4
  %1003 = load <8 x float>, ptr %960, align 4
  %1004 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %985, <8 x float> %1003, <8 x float> zeroinitializer)
  %1005 = fneg <8 x float> %1002
  %1006 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1005, <8 x float> %999, <8 x float> %1004)
  %1007 = insertelement <8 x float> poison, float %998, i64 0
  %1008 = shufflevector <8 x float> %1007, <8 x float> poison, <8 x i32> zeroinitializer
  %1009 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> %999, <8 x float> %985)
  %1010 = load <8 x float>, ptr %21, align 4
  %1011 = or disjoint i64 %1000, 8
  %1012 = getelementptr inbounds float, ptr %Sh, i64 %1011
  %1013 = load <8 x float>, ptr %1012, align 4
  %1014 = load <8 x float>, ptr %962, align 4
  %1015 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %988, <8 x float> %1014, <8 x float> %1006)
  %1016 = fneg <8 x float> %1013
  %1017 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1016, <8 x float> %1010, <8 x float> %1015)
  %1018 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> %1010, <8 x float> %988)
  %1019 = load <8 x float>, ptr %22, align 4
  %1020 = or disjoint i64 %1000, 16
  %1021 = getelementptr inbounds float, ptr %Sh, i64 %1020
  %1022 = load <8 x float>, ptr %1021, align 4
  %1023 = load <8 x float>, ptr %964, align 4
  %1024 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %991, <8 x float> %1023, <8 x float> %1017)
  %1025 = fneg <8 x float> %1022
  %1026 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1025, <8 x float> %1019, <8 x float> %1024)
  %1027 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> %1019, <8 x float> %991)
  %1028 = load <8 x float>, ptr %23, align 4
  %1029 = or disjoint i64 %1000, 24
  %1030 = getelementptr inbounds float, ptr %Sh, i64 %1029
  %1031 = load <8 x float>, ptr %1030, align 4
  %1032 = load <8 x float>, ptr %966, align 4
  %1033 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %994, <8 x float> %1032, <8 x float> %1026)
  %1034 = fneg <8 x float> %1031
  %1035 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1034, <8 x float> %1028, <8 x float> %1033)
  %1036 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1008, <8 x float> %1028, <8 x float> %994)
  %1037 = getelementptr inbounds float, ptr %dkTmp, i64 %i14.addr.01044
  %1038 = load float, ptr %1037, align 4
  %1039 = shufflevector <8 x float> %1035, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1040 = shufflevector <8 x float> %1035, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1041 = fadd <4 x float> %1039, %1040
  %1042 = shufflevector <4 x float> %1041, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1043 = shufflevector <4 x float> %1041, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1044 = fadd <2 x float> %1042, %1043
  %shift1303 = shufflevector <2 x float> %1044, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1045 = fadd <2 x float> %1044, %shift1303
  %1046 = extractelement <2 x float> %1045, i64 0
  %1047 = fadd float %1038, %1046
  store float %1047, ptr %1037, align 4
  %1048 = or disjoint i64 %i14.addr.01044, %968
  %1049 = getelementptr inbounds float, ptr %qh, i64 %1048
  %1050 = load float, ptr %1049, align 4
  %1051 = fmul float %1050, 0x3FC6A09E60000000
  %1052 = insertelement <8 x float> poison, float %1051, i64 0
  %1053 = shufflevector <8 x float> %1052, <8 x float> poison, <8 x i32> zeroinitializer
  %1054 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %970, <8 x float> %1009)
  %1055 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %973, <8 x float> %1018)
  %1056 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %976, <8 x float> %1027)
  %1057 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1053, <8 x float> %979, <8 x float> %1036)
  %1058 = getelementptr float, ptr %995, i64 %982
  %1059 = load float, ptr %1058, align 4
  %1060 = insertelement <8 x float> poison, float %1059, i64 0
  %1061 = shufflevector <8 x float> %1060, <8 x float> poison, <8 x i32> zeroinitializer
  %1062 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %1054, <8 x float> %dsk.01048)
  %1063 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %1055, <8 x float> %dsk1.01047)
  %1064 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %1056, <8 x float> %dsk2.01046)
  %1065 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1061, <8 x float> %1057, <8 x float> %dsk3.01045)
  store <8 x float> %1054, ptr %984, align 4
  store <8 x float> %1055, ptr %987, align 4
  store <8 x float> %1056, ptr %990, align 4
  store <8 x float> %1057, ptr %993, align 4
  %i14.next = add nuw nsw i64 %i14.addr.01044, 1
  %exitcond1172.not = icmp eq i64 %i14.next, 32
  br i1 %exitcond1172.not, label %i14.exit, label %i14.body

i14.exit:                                         ; preds = %i14.body
  store <8 x float> %1062, ptr %dSk, align 4
  store <8 x float> %1063, ptr %24, align 4
  store <8 x float> %1064, ptr %25, align 4
  store <8 x float> %1065, ptr %26, align 4
  br i1 %955, label %j5.head.preheader, label %endif

j5.head.preheader:                                ; preds = %i14.exit
  %1066 = insertelement <8 x float> poison, float %954, i64 0
  %1067 = shufflevector <8 x float> %1066, <8 x float> poison, <8 x i32> zeroinitializer
  %1068 = load <8 x float>, ptr %dkTmp, align 4
  %1069 = fmul <8 x float> %1067, %1068
  %1070 = getelementptr float, ptr %kh1, i64 %957
  store <8 x float> %1069, ptr %1070, align 4
  %1071 = load <8 x float>, ptr %39, align 4
  %1072 = fmul <8 x float> %1067, %1071
  %1073 = getelementptr float, ptr %66, i64 %957
  store <8 x float> %1072, ptr %1073, align 4
  %1074 = load <8 x float>, ptr %40, align 4
  %1075 = fmul <8 x float> %1067, %1074
  %1076 = getelementptr float, ptr %67, i64 %957
  store <8 x float> %1075, ptr %1076, align 4
  %1077 = load <8 x float>, ptr %41, align 4
  %1078 = fmul <8 x float> %1067, %1077
  %1079 = getelementptr float, ptr %68, i64 %957
  store <8 x float> %1078, ptr %1079, align 4
  br label %endif

endif:                                            ; preds = %j5.head.preheader, %i14.exit
  %1080 = mul nsw i64 %981, %H
  %1081 = getelementptr inbounds float, ptr %betah, i64 %1080
  %1082 = load float, ptr %1081, align 4
  %1083 = insertelement <8 x float> poison, float %1082, i64 0
  %1084 = shufflevector <8 x float> %1083, <8 x float> poison, <8 x i32> zeroinitializer
  %1085 = fmul <8 x float> %1084, %1062
  %1086 = getelementptr float, ptr %vh1, i64 %982
  store <8 x float> %1085, ptr %1086, align 4
  %1087 = fmul <8 x float> %1084, %1063
  %1088 = getelementptr float, ptr %69, i64 %982
  store <8 x float> %1087, ptr %1088, align 4
  %1089 = fmul <8 x float> %1084, %1064
  %1090 = getelementptr float, ptr %70, i64 %982
  store <8 x float> %1089, ptr %1090, align 4
  %1091 = fmul <8 x float> %1084, %1065
  %1092 = getelementptr float, ptr %71, i64 %982
  store <8 x float> %1091, ptr %1092, align 4
  %.idx1096 = shl i64 %tl2, 9
  %1093 = getelementptr i8, ptr %R, i64 %.idx1096
  %1094 = getelementptr i8, ptr %1093, i64 384
  %1095 = load <8 x float>, ptr %1094, align 4
  %1096 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1062, <8 x float> %1095, <8 x float> zeroinitializer)
  %1097 = getelementptr i8, ptr %42, i64 %.idx1096
  %1098 = getelementptr i8, ptr %1097, i64 384
  %1099 = load <8 x float>, ptr %1098, align 4
  %1100 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1063, <8 x float> %1099, <8 x float> %1096)
  %1101 = getelementptr i8, ptr %43, i64 %.idx1096
  %1102 = getelementptr i8, ptr %1101, i64 384
  %1103 = load <8 x float>, ptr %1102, align 4
  %1104 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1064, <8 x float> %1103, <8 x float> %1100)
  %1105 = getelementptr i8, ptr %44, i64 %.idx1096
  %1106 = getelementptr i8, ptr %1105, i64 384
  %1107 = load <8 x float>, ptr %1106, align 4
  %1108 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1065, <8 x float> %1107, <8 x float> %1104)
  %1109 = shufflevector <8 x float> %1108, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1110 = shufflevector <8 x float> %1108, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1111 = fadd <4 x float> %1109, %1110
  %1112 = shufflevector <4 x float> %1111, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1113 = shufflevector <4 x float> %1111, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1114 = fadd <2 x float> %1112, %1113
  %shift1304 = shufflevector <2 x float> %1114, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1115 = fadd <2 x float> %1114, %shift1304
  %1116 = extractelement <2 x float> %1115, i64 0
  %1117 = getelementptr inbounds float, ptr %betah1, i64 %1080
  store float %1116, ptr %1117, align 4
  store <8 x float> %1062, ptr %dSkPrev, align 4
  store <8 x float> %1063, ptr %45, align 4
  store <8 x float> %1064, ptr %46, align 4
  store <8 x float> %1065, ptr %47, align 4
  %1118 = mul nsw i64 %980, %H
  %1119 = getelementptr inbounds float, ptr %betah, i64 %1118
  %1120 = load float, ptr %1119, align 4
  %1121 = or disjoint i64 %980, 1
  %1122 = mul nsw i64 %1121, %H
  %1123 = getelementptr inbounds float, ptr %betah, i64 %1122
  %1124 = load float, ptr %1123, align 4
  %1125 = or disjoint i64 %980, 2
  %1126 = mul nsw i64 %1125, %H
  %1127 = getelementptr inbounds float, ptr %betah, i64 %1126
  %1128 = load float, ptr %1127, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %1129 = fneg float %1082
  %1130 = mul nsw i64 %980, %sq
  %1131 = mul nsw i64 %1121, %sq
  %1132 = mul nsw i64 %1125, %sq
  %1133 = shl nsw i64 %tl2, 10
  %1134 = shl i64 %tl2, 7
  %1135 = getelementptr inbounds float, ptr %R, i64 %1134
  %1136 = or disjoint i64 %1134, 32
  %1137 = getelementptr inbounds float, ptr %R, i64 %1136
  %1138 = or disjoint i64 %1134, 64
  %1139 = getelementptr inbounds float, ptr %R, i64 %1138
  %1140 = or disjoint i64 %1134, 96
  %1141 = getelementptr inbounds float, ptr %R, i64 %1140
  %1142 = or disjoint i64 %1134, 8
  %1143 = getelementptr inbounds float, ptr %R, i64 %1142
  %1144 = or disjoint i64 %1134, 40
  %1145 = getelementptr inbounds float, ptr %R, i64 %1144
  %1146 = or disjoint i64 %1134, 72
  %1147 = getelementptr inbounds float, ptr %R, i64 %1146
  %1148 = or disjoint i64 %1134, 104
  %1149 = getelementptr inbounds float, ptr %R, i64 %1148
  %1150 = or disjoint i64 %1134, 16
  %1151 = getelementptr inbounds float, ptr %R, i64 %1150
  %1152 = or disjoint i64 %1134, 48
  %1153 = getelementptr inbounds float, ptr %R, i64 %1152
  %1154 = or disjoint i64 %1134, 80
  %1155 = getelementptr inbounds float, ptr %R, i64 %1154
  %1156 = or disjoint i64 %1134, 112
  %1157 = getelementptr inbounds float, ptr %R, i64 %1156
  %1158 = or disjoint i64 %1134, 24
  %1159 = getelementptr inbounds float, ptr %R, i64 %1158
  %1160 = or disjoint i64 %1134, 56
  %1161 = getelementptr inbounds float, ptr %R, i64 %1160
  %1162 = or disjoint i64 %1134, 88
  %1163 = getelementptr inbounds float, ptr %R, i64 %1162
  %1164 = or disjoint i64 %1134, 120
  %1165 = getelementptr inbounds float, ptr %R, i64 %1164
  br label %i20.body

i20.body:                                         ; preds = %endif, %i20.body
  %dsk4.01059 = phi <8 x float> [ zeroinitializer, %endif ], [ %1272, %i20.body ]
  %dsk5.01058 = phi <8 x float> [ zeroinitializer, %endif ], [ %1273, %i20.body ]
  %dsk6.01057 = phi <8 x float> [ zeroinitializer, %endif ], [ %1274, %i20.body ]
  %dsk7.01056 = phi <8 x float> [ zeroinitializer, %endif ], [ %1275, %i20.body ]
  %i20.addr.01055 = phi i64 [ 0, %endif ], [ %i20.next, %i20.body ]
  %1166 = shl nuw nsw i64 %i20.addr.01055, 5
  %1167 = getelementptr inbounds float, ptr %dS, i64 %1166
  %1168 = load <8 x float>, ptr %1167, align 4
  %1169 = or disjoint i64 %1166, 8
  %1170 = getelementptr inbounds float, ptr %dS, i64 %1169
  %1171 = load <8 x float>, ptr %1170, align 4
  %1172 = or disjoint i64 %1166, 16
  %1173 = getelementptr inbounds float, ptr %dS, i64 %1172
  %1174 = load <8 x float>, ptr %1173, align 4
  %1175 = or disjoint i64 %1166, 24
  %1176 = getelementptr inbounds float, ptr %dS, i64 %1175
  %1177 = load <8 x float>, ptr %1176, align 4
  %1178 = getelementptr float, ptr %kh, i64 %i20.addr.01055
  %1179 = getelementptr float, ptr %1178, i64 %982
  %1180 = load float, ptr %1179, align 4
  %1181 = fmul float %1180, %1129
  %1182 = getelementptr float, ptr %1178, i64 %1130
  %1183 = load float, ptr %1182, align 4
  %1184 = fmul float %1120, %1183
  %1185 = getelementptr float, ptr %1178, i64 %1131
  %1186 = load float, ptr %1185, align 4
  %1187 = fmul float %1124, %1186
  %1188 = getelementptr float, ptr %1178, i64 %1132
  %1189 = load float, ptr %1188, align 4
  %1190 = fmul float %1128, %1189
  %1191 = load <8 x float>, ptr %dSkPrev, align 4
  %1192 = add nuw nsw i64 %1166, %1133
  %1193 = getelementptr inbounds float, ptr %Sh, i64 %1192
  %1194 = load <8 x float>, ptr %1193, align 4
  %1195 = load <8 x float>, ptr %1135, align 4
  %1196 = insertelement <8 x float> poison, float %1184, i64 0
  %1197 = shufflevector <8 x float> %1196, <8 x float> poison, <8 x i32> zeroinitializer
  %1198 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1197, <8 x float> %1195, <8 x float> %1194)
  %1199 = load <8 x float>, ptr %1137, align 4
  %1200 = insertelement <8 x float> poison, float %1187, i64 0
  %1201 = shufflevector <8 x float> %1200, <8 x float> poison, <8 x i32> zeroinitializer
  %1202 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> %1199, <8 x float> %1198)
  %1203 = load <8 x float>, ptr %1139, align 4
  %1204 = insertelement <8 x float> poison, float %1190, i64 0
  %1205 = shufflevector <8 x float> %1204, <8 x float> poison, <8 x i32> zeroinitializer
  %1206 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1203, <8 x float> %1202)
  %1207 = load <8 x float>, ptr %1141, align 4
  %1208 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1168, <8 x float> %1207, <8 x float> zeroinitializer)
  %1209 = fneg <8 x float> %1206
  %1210 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1209, <8 x float> %1191, <8 x float> %1208)
  %1211 = insertelement <8 x float> poison, float %1181, i64 0
  %1212 = shufflevector <8 x float> %1211, <8 x float> poison, <8 x i32> zeroinitializer
  %1213 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> %1191, <8 x float> %1168)
  %1214 = load <8 x float>, ptr %21, align 4
  %1215 = or disjoint i64 %1192, 8
  %1216 = getelementptr inbounds float, ptr %Sh, i64 %1215
  %1217 = load <8 x float>, ptr %1216, align 4
  %1218 = load <8 x float>, ptr %1143, align 4
  %1219 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1197, <8 x float> %1218, <8 x float> %1217)
  %1220 = load <8 x float>, ptr %1145, align 4
  %1221 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> %1220, <8 x float> %1219)
  %1222 = load <8 x float>, ptr %1147, align 4
  %1223 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1222, <8 x float> %1221)
  %1224 = load <8 x float>, ptr %1149, align 4
  %1225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1171, <8 x float> %1224, <8 x float> %1210)
  %1226 = fneg <8 x float> %1223
  %1227 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1226, <8 x float> %1214, <8 x float> %1225)
  %1228 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> %1214, <8 x float> %1171)
  %1229 = load <8 x float>, ptr %22, align 4
  %1230 = or disjoint i64 %1192, 16
  %1231 = getelementptr inbounds float, ptr %Sh, i64 %1230
  %1232 = load <8 x float>, ptr %1231, align 4
  %1233 = load <8 x float>, ptr %1151, align 4
  %1234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1197, <8 x float> %1233, <8 x float> %1232)
  %1235 = load <8 x float>, ptr %1153, align 4
  %1236 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> %1235, <8 x float> %1234)
  %1237 = load <8 x float>, ptr %1155, align 4
  %1238 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1237, <8 x float> %1236)
  %1239 = load <8 x float>, ptr %1157, align 4
  %1240 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1174, <8 x float> %1239, <8 x float> %1227)
  %1241 = fneg <8 x float> %1238
  %1242 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1241, <8 x float> %1229, <8 x float> %1240)
  %1243 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> %1229, <8 x float> %1174)
  %1244 = load <8 x float>, ptr %23, align 4
  %1245 = or disjoint i64 %1192, 24
  %1246 = getelementptr inbounds float, ptr %Sh, i64 %1245
  %1247 = load <8 x float>, ptr %1246, align 4
  %1248 = load <8 x float>, ptr %1159, align 4
  %1249 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1197, <8 x float> %1248, <8 x float> %1247)
  %1250 = load <8 x float>, ptr %1161, align 4
  %1251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1201, <8 x float> %1250, <8 x float> %1249)
  %1252 = load <8 x float>, ptr %1163, align 4
  %1253 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1205, <8 x float> %1252, <8 x float> %1251)
  %1254 = load <8 x float>, ptr %1165, align 4
  %1255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1177, <8 x float> %1254, <8 x float> %1242)
  %1256 = fneg <8 x float> %1253
  %1257 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1256, <8 x float> %1244, <8 x float> %1255)
  %1258 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1212, <8 x float> %1244, <8 x float> %1177)
  %1259 = getelementptr inbounds float, ptr %dkTmp, i64 %i20.addr.01055
  %1260 = load float, ptr %1259, align 4
  %1261 = shufflevector <8 x float> %1257, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1262 = shufflevector <8 x float> %1257, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1263 = fadd <4 x float> %1261, %1262
  %1264 = shufflevector <4 x float> %1263, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1265 = shufflevector <4 x float> %1263, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1266 = fadd <2 x float> %1264, %1265
  %shift1305 = shufflevector <2 x float> %1266, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1267 = fadd <2 x float> %1266, %shift1305
  %1268 = extractelement <2 x float> %1267, i64 0
  %1269 = fadd float %1260, %1268
  store float %1269, ptr %1259, align 4
  %1270 = insertelement <8 x float> poison, float %1189, i64 0
  %1271 = shufflevector <8 x float> %1270, <8 x float> poison, <8 x i32> zeroinitializer
  %1272 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1213, <8 x float> %dsk4.01059)
  %1273 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1228, <8 x float> %dsk5.01058)
  %1274 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1243, <8 x float> %dsk6.01057)
  %1275 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1271, <8 x float> %1258, <8 x float> %dsk7.01056)
  store <8 x float> %1213, ptr %1167, align 4
  store <8 x float> %1228, ptr %1170, align 4
  store <8 x float> %1243, ptr %1173, align 4
  store <8 x float> %1258, ptr %1176, align 4
  %i20.next = add nuw nsw i64 %i20.addr.01055, 1
  %exitcond1173.not = icmp eq i64 %i20.next, 32
  br i1 %exitcond1173.not, label %i20.exit, label %i20.body

i20.exit:                                         ; preds = %i20.body
  store <8 x float> %1272, ptr %dSk, align 4
  store <8 x float> %1273, ptr %24, align 4
  store <8 x float> %1274, ptr %25, align 4
  store <8 x float> %1275, ptr %26, align 4
  %1276 = load <8 x float>, ptr %dkTmp, align 4
  %1277 = fmul <8 x float> %1084, %1276
  %1278 = getelementptr float, ptr %kh1, i64 %982
  store <8 x float> %1277, ptr %1278, align 4
  %1279 = load <8 x float>, ptr %48, align 4
  %1280 = fmul <8 x float> %1084, %1279
  %1281 = getelementptr float, ptr %72, i64 %982
  store <8 x float> %1280, ptr %1281, align 4
  %1282 = load <8 x float>, ptr %49, align 4
  %1283 = fmul <8 x float> %1084, %1282
  %1284 = getelementptr float, ptr %73, i64 %982
  store <8 x float> %1283, ptr %1284, align 4
  %1285 = load <8 x float>, ptr %50, align 4
  %1286 = fmul <8 x float> %1084, %1285
  %1287 = getelementptr float, ptr %74, i64 %982
  store <8 x float> %1286, ptr %1287, align 4
  %1288 = insertelement <8 x float> poison, float %1128, i64 0
  %1289 = shufflevector <8 x float> %1288, <8 x float> poison, <8 x i32> zeroinitializer
  %1290 = fmul <8 x float> %1289, %1272
  %1291 = getelementptr float, ptr %vh1, i64 %1132
  store <8 x float> %1290, ptr %1291, align 4
  %1292 = fmul <8 x float> %1289, %1273
  %1293 = getelementptr float, ptr %69, i64 %1132
  store <8 x float> %1292, ptr %1293, align 4
  %1294 = fmul <8 x float> %1289, %1274
  %1295 = getelementptr float, ptr %70, i64 %1132
  store <8 x float> %1294, ptr %1295, align 4
  %1296 = fmul <8 x float> %1289, %1275
  %1297 = getelementptr float, ptr %71, i64 %1132
  store <8 x float> %1296, ptr %1297, align 4
  %1298 = getelementptr i8, ptr %1093, i64 256
  %1299 = load <8 x float>, ptr %1298, align 4
  %1300 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1272, <8 x float> %1299, <8 x float> zeroinitializer)
  %1301 = getelementptr i8, ptr %1097, i64 256
  %1302 = load <8 x float>, ptr %1301, align 4
  %1303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1273, <8 x float> %1302, <8 x float> %1300)
  %1304 = getelementptr i8, ptr %1101, i64 256
  %1305 = load <8 x float>, ptr %1304, align 4
  %1306 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1274, <8 x float> %1305, <8 x float> %1303)
  %1307 = getelementptr i8, ptr %1105, i64 256
  %1308 = load <8 x float>, ptr %1307, align 4
  %1309 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1275, <8 x float> %1308, <8 x float> %1306)
  %1310 = shufflevector <8 x float> %1309, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1311 = shufflevector <8 x float> %1309, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1312 = fadd <4 x float> %1310, %1311
  %1313 = shufflevector <4 x float> %1312, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1314 = shufflevector <4 x float> %1312, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1315 = fadd <2 x float> %1313, %1314
  %shift1306 = shufflevector <2 x float> %1315, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1316 = fadd <2 x float> %1315, %shift1306
  %1317 = extractelement <2 x float> %1316, i64 0
  %1318 = getelementptr inbounds float, ptr %betah1, i64 %1126
  store float %1317, ptr %1318, align 4
  store <8 x float> %1272, ptr %dSkPrev, align 4
  store <8 x float> %1273, ptr %45, align 4
  store <8 x float> %1274, ptr %46, align 4
  store <8 x float> %1275, ptr %47, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %1319 = fneg float %1128
  br label %i26.body

i26.body:                                         ; preds = %i20.exit, %i26.body
  %i26.addr.01070 = phi i64 [ 0, %i20.exit ], [ %i26.next, %i26.body ]
  %dsk11.01069 = phi <8 x float> [ zeroinitializer, %i20.exit ], [ %1416, %i26.body ]
  %dsk10.01068 = phi <8 x float> [ zeroinitializer, %i20.exit ], [ %1415, %i26.body ]
  %dsk9.01067 = phi <8 x float> [ zeroinitializer, %i20.exit ], [ %1414, %i26.body ]
  %dsk8.01066 = phi <8 x float> [ zeroinitializer, %i20.exit ], [ %1413, %i26.body ]
  %1320 = shl nuw nsw i64 %i26.addr.01070, 5
  %1321 = getelementptr inbounds float, ptr %dS, i64 %1320
  %1322 = load <8 x float>, ptr %1321, align 4
  %1323 = or disjoint i64 %1320, 8
  %1324 = getelementptr inbounds float, ptr %dS, i64 %1323
  %1325 = load <8 x float>, ptr %1324, align 4
  %1326 = or disjoint i64 %1320, 16
  %1327 = getelementptr inbounds float, ptr %dS, i64 %1326
  %1328 = load <8 x float>, ptr %1327, align 4
  %1329 = or disjoint i64 %1320, 24
  %1330 = getelementptr inbounds float, ptr %dS, i64 %1329
  %1331 = load <8 x float>, ptr %1330, align 4
  %1332 = getelementptr float, ptr %kh, i64 %i26.addr.01070
  %1333 = getelementptr float, ptr %1332, i64 %1132
  %1334 = load float, ptr %1333, align 4
  %1335 = fmul float %1334, %1319
  %1336 = getelementptr float, ptr %1332, i64 %1130
  %1337 = load float, ptr %1336, align 4
  %1338 = fmul float %1120, %1337
  %1339 = getelementptr float, ptr %1332, i64 %1131
  %1340 = load float, ptr %1339, align 4
  %1341 = fmul float %1124, %1340
  %1342 = load <8 x float>, ptr %dSkPrev, align 4
  %1343 = add nuw nsw i64 %1320, %1133
  %1344 = getelementptr inbounds float, ptr %Sh, i64 %1343
  %1345 = load <8 x float>, ptr %1344, align 4
  %1346 = load <8 x float>, ptr %1135, align 4
  %1347 = insertelement <8 x float> poison, float %1338, i64 0
  %1348 = shufflevector <8 x float> %1347, <8 x float> poison, <8 x i32> zeroinitializer
  %1349 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1346, <8 x float> %1345)
  %1350 = load <8 x float>, ptr %1137, align 4
  %1351 = insertelement <8 x float> poison, float %1341, i64 0
  %1352 = shufflevector <8 x float> %1351, <8 x float> poison, <8 x i32> zeroinitializer
  %1353 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1352, <8 x float> %1350, <8 x float> %1349)
  %1354 = load <8 x float>, ptr %1139, align 4
  %1355 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1322, <8 x float> %1354, <8 x float> zeroinitializer)
  %1356 = fneg <8 x float> %1353
  %1357 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1356, <8 x float> %1342, <8 x float> %1355)
  %1358 = insertelement <8 x float> poison, float %1335, i64 0
  %1359 = shufflevector <8 x float> %1358, <8 x float> poison, <8 x i32> zeroinitializer
  %1360 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1359, <8 x float> %1342, <8 x float> %1322)
  %1361 = load <8 x float>, ptr %21, align 4
  %1362 = or disjoint i64 %1343, 8
  %1363 = getelementptr inbounds float, ptr %Sh, i64 %1362
  %1364 = load <8 x float>, ptr %1363, align 4
  %1365 = load <8 x float>, ptr %1143, align 4
  %1366 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1365, <8 x float> %1364)
  %1367 = load <8 x float>, ptr %1145, align 4
  %1368 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1352, <8 x float> %1367, <8 x float> %1366)
  %1369 = load <8 x float>, ptr %1147, align 4
  %1370 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1325, <8 x float> %1369, <8 x float> %1357)
  %1371 = fneg <8 x float> %1368
  %1372 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1371, <8 x float> %1361, <8 x float> %1370)
  %1373 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1359, <8 x float> %1361, <8 x float> %1325)
  %1374 = load <8 x float>, ptr %22, align 4
  %1375 = or disjoint i64 %1343, 16
  %1376 = getelementptr inbounds float, ptr %Sh, i64 %1375
  %1377 = load <8 x float>, ptr %1376, align 4
  %1378 = load <8 x float>, ptr %1151, align 4
  %1379 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1378, <8 x float> %1377)
  %1380 = load <8 x float>, ptr %1153, align 4
  %1381 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1352, <8 x float> %1380, <8 x float> %1379)
  %1382 = load <8 x float>, ptr %1155, align 4
  %1383 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1328, <8 x float> %1382, <8 x float> %1372)
  %1384 = fneg <8 x float> %1381
  %1385 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1384, <8 x float> %1374, <8 x float> %1383)
  %1386 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1359, <8 x float> %1374, <8 x float> %1328)
  %1387 = load <8 x float>, ptr %23, align 4
  %1388 = or disjoint i64 %1343, 24
  %1389 = getelementptr inbounds float, ptr %Sh, i64 %1388
  %1390 = load <8 x float>, ptr %1389, align 4
  %1391 = load <8 x float>, ptr %1159, align 4
  %1392 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1348, <8 x float> %1391, <8 x float> %1390)
  %1393 = load <8 x float>, ptr %1161, align 4
  %1394 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1352, <8 x float> %1393, <8 x float> %1392)
  %1395 = load <8 x float>, ptr %1163, align 4
  %1396 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1331, <8 x float> %1395, <8 x float> %1385)
  %1397 = fneg <8 x float> %1394
  %1398 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1397, <8 x float> %1387, <8 x float> %1396)
  %1399 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1359, <8 x float> %1387, <8 x float> %1331)
  %1400 = getelementptr inbounds float, ptr %dkTmp, i64 %i26.addr.01070
  %1401 = load float, ptr %1400, align 4
  %1402 = shufflevector <8 x float> %1398, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1403 = shufflevector <8 x float> %1398, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1404 = fadd <4 x float> %1402, %1403
  %1405 = shufflevector <4 x float> %1404, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1406 = shufflevector <4 x float> %1404, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1407 = fadd <2 x float> %1405, %1406
  %shift1307 = shufflevector <2 x float> %1407, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1408 = fadd <2 x float> %1407, %shift1307
  %1409 = extractelement <2 x float> %1408, i64 0
  %1410 = fadd float %1401, %1409
  store float %1410, ptr %1400, align 4
  %1411 = insertelement <8 x float> poison, float %1340, i64 0
  %1412 = shufflevector <8 x float> %1411, <8 x float> poison, <8 x i32> zeroinitializer
  %1413 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1412, <8 x float> %1360, <8 x float> %dsk8.01066)
  %1414 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1412, <8 x float> %1373, <8 x float> %dsk9.01067)
  %1415 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1412, <8 x float> %1386, <8 x float> %dsk10.01068)
  %1416 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1412, <8 x float> %1399, <8 x float> %dsk11.01069)
  store <8 x float> %1360, ptr %1321, align 4
  store <8 x float> %1373, ptr %1324, align 4
  store <8 x float> %1386, ptr %1327, align 4
  store <8 x float> %1399, ptr %1330, align 4
  %i26.next = add nuw nsw i64 %i26.addr.01070, 1
  %exitcond1174.not = icmp eq i64 %i26.next, 32
  br i1 %exitcond1174.not, label %i26.exit, label %i26.body

i26.exit:                                         ; preds = %i26.body
  store <8 x float> %1413, ptr %dSk, align 4
  store <8 x float> %1414, ptr %24, align 4
  store <8 x float> %1415, ptr %25, align 4
  store <8 x float> %1416, ptr %26, align 4
  %1417 = load <8 x float>, ptr %dkTmp, align 4
  %1418 = fmul <8 x float> %1289, %1417
  %1419 = getelementptr float, ptr %kh1, i64 %1132
  store <8 x float> %1418, ptr %1419, align 4
  %1420 = load <8 x float>, ptr %48, align 4
  %1421 = fmul <8 x float> %1289, %1420
  %1422 = getelementptr float, ptr %72, i64 %1132
  store <8 x float> %1421, ptr %1422, align 4
  %1423 = load <8 x float>, ptr %49, align 4
  %1424 = fmul <8 x float> %1289, %1423
  %1425 = getelementptr float, ptr %73, i64 %1132
  store <8 x float> %1424, ptr %1425, align 4
  %1426 = load <8 x float>, ptr %50, align 4
  %1427 = fmul <8 x float> %1289, %1426
  %1428 = getelementptr float, ptr %74, i64 %1132
  store <8 x float> %1427, ptr %1428, align 4
  %1429 = insertelement <8 x float> poison, float %1124, i64 0
  %1430 = shufflevector <8 x float> %1429, <8 x float> poison, <8 x i32> zeroinitializer
  %1431 = fmul <8 x float> %1430, %1413
  %1432 = getelementptr float, ptr %vh1, i64 %1131
  store <8 x float> %1431, ptr %1432, align 4
  %1433 = fmul <8 x float> %1430, %1414
  %1434 = getelementptr float, ptr %69, i64 %1131
  store <8 x float> %1433, ptr %1434, align 4
  %1435 = fmul <8 x float> %1430, %1415
  %1436 = getelementptr float, ptr %70, i64 %1131
  store <8 x float> %1435, ptr %1436, align 4
  %1437 = fmul <8 x float> %1430, %1416
  %1438 = getelementptr float, ptr %71, i64 %1131
  store <8 x float> %1437, ptr %1438, align 4
  %1439 = getelementptr i8, ptr %1093, i64 128
  %1440 = load <8 x float>, ptr %1439, align 4
  %1441 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1413, <8 x float> %1440, <8 x float> zeroinitializer)
  %1442 = getelementptr i8, ptr %1097, i64 128
  %1443 = load <8 x float>, ptr %1442, align 4
  %1444 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1414, <8 x float> %1443, <8 x float> %1441)
  %1445 = getelementptr i8, ptr %1101, i64 128
  %1446 = load <8 x float>, ptr %1445, align 4
  %1447 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1415, <8 x float> %1446, <8 x float> %1444)
  %1448 = getelementptr i8, ptr %1105, i64 128
  %1449 = load <8 x float>, ptr %1448, align 4
  %1450 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1416, <8 x float> %1449, <8 x float> %1447)
  %1451 = shufflevector <8 x float> %1450, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1452 = shufflevector <8 x float> %1450, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1453 = fadd <4 x float> %1451, %1452
  %1454 = shufflevector <4 x float> %1453, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1455 = shufflevector <4 x float> %1453, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1456 = fadd <2 x float> %1454, %1455
  %shift1308 = shufflevector <2 x float> %1456, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1457 = fadd <2 x float> %1456, %shift1308
  %1458 = extractelement <2 x float> %1457, i64 0
  %1459 = getelementptr inbounds float, ptr %betah1, i64 %1122
  store float %1458, ptr %1459, align 4
  store <8 x float> %1413, ptr %dSkPrev, align 4
  store <8 x float> %1414, ptr %45, align 4
  store <8 x float> %1415, ptr %46, align 4
  store <8 x float> %1416, ptr %47, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 4 dereferenceable(128) %dkTmp, i8 0, i64 128, i1 false)
  %1460 = fneg float %1124
  br label %i32.body

i32.body:                                         ; preds = %i26.exit, %i32.body
  %i32.addr.01081 = phi i64 [ 0, %i26.exit ], [ %i32.next, %i32.body ]
  %dsk15.01080 = phi <8 x float> [ zeroinitializer, %i26.exit ], [ %1544, %i32.body ]
  %dsk14.01079 = phi <8 x float> [ zeroinitializer, %i26.exit ], [ %1543, %i32.body ]
  %dsk13.01078 = phi <8 x float> [ zeroinitializer, %i26.exit ], [ %1542, %i32.body ]
  %dsk12.01077 = phi <8 x float> [ zeroinitializer, %i26.exit ], [ %1541, %i32.body ]
  %1461 = shl nuw nsw i64 %i32.addr.01081, 5
  %1462 = getelementptr inbounds float, ptr %dS, i64 %1461
  %1463 = load <8 x float>, ptr %1462, align 4
  %1464 = or disjoint i64 %1461, 8
  %1465 = getelementptr inbounds float, ptr %dS, i64 %1464
  %1466 = load <8 x float>, ptr %1465, align 4
  %1467 = or disjoint i64 %1461, 16
  %1468 = getelementptr inbounds float, ptr %dS, i64 %1467
  %1469 = load <8 x float>, ptr %1468, align 4
  %1470 = or disjoint i64 %1461, 24
  %1471 = getelementptr inbounds float, ptr %dS, i64 %1470
  %1472 = load <8 x float>, ptr %1471, align 4
  %1473 = getelementptr float, ptr %kh, i64 %i32.addr.01081
  %1474 = getelementptr float, ptr %1473, i64 %1131
  %1475 = load float, ptr %1474, align 4
  %1476 = fmul float %1475, %1460
  %1477 = getelementptr float, ptr %1473, i64 %1130
  %1478 = load float, ptr %1477, align 4
  %1479 = fmul float %1120, %1478
  %1480 = load <8 x float>, ptr %dSkPrev, align 4
  %1481 = add nuw nsw i64 %1461, %1133
  %1482 = getelementptr inbounds float, ptr %Sh, i64 %1481
  %1483 = load <8 x float>, ptr %1482, align 4
  %1484 = load <8 x float>, ptr %1135, align 4
  %1485 = insertelement <8 x float> poison, float %1479, i64 0
  %1486 = shufflevector <8 x float> %1485, <8 x float> poison, <8 x i32> zeroinitializer
  %1487 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1484, <8 x float> %1483)
  %1488 = load <8 x float>, ptr %1137, align 4
  %1489 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1463, <8 x float> %1488, <8 x float> zeroinitializer)
  %1490 = fneg <8 x float> %1487
  %1491 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1490, <8 x float> %1480, <8 x float> %1489)
  %1492 = insertelement <8 x float> poison, float %1476, i64 0
  %1493 = shufflevector <8 x float> %1492, <8 x float> poison, <8 x i32> zeroinitializer
  %1494 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1480, <8 x float> %1463)
  %1495 = load <8 x float>, ptr %21, align 4
  %1496 = or disjoint i64 %1481, 8
  %1497 = getelementptr inbounds float, ptr %Sh, i64 %1496
  %1498 = load <8 x float>, ptr %1497, align 4
  %1499 = load <8 x float>, ptr %1143, align 4
  %1500 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1499, <8 x float> %1498)
  %1501 = load <8 x float>, ptr %1145, align 4
  %1502 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1466, <8 x float> %1501, <8 x float> %1491)
  %1503 = fneg <8 x float> %1500
  %1504 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1503, <8 x float> %1495, <8 x float> %1502)
  %1505 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1495, <8 x float> %1466)
  %1506 = load <8 x float>, ptr %22, align 4
  %1507 = or disjoint i64 %1481, 16
  %1508 = getelementptr inbounds float, ptr %Sh, i64 %1507
  %1509 = load <8 x float>, ptr %1508, align 4
  %1510 = load <8 x float>, ptr %1151, align 4
  %1511 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1510, <8 x float> %1509)
  %1512 = load <8 x float>, ptr %1153, align 4
  %1513 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1469, <8 x float> %1512, <8 x float> %1504)
  %1514 = fneg <8 x float> %1511
  %1515 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1514, <8 x float> %1506, <8 x float> %1513)
  %1516 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1506, <8 x float> %1469)
  %1517 = load <8 x float>, ptr %23, align 4
  %1518 = or disjoint i64 %1481, 24
  %1519 = getelementptr inbounds float, ptr %Sh, i64 %1518
  %1520 = load <8 x float>, ptr %1519, align 4
  %1521 = load <8 x float>, ptr %1159, align 4
  %1522 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1486, <8 x float> %1521, <8 x float> %1520)
  %1523 = load <8 x float>, ptr %1161, align 4
  %1524 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1472, <8 x float> %1523, <8 x float> %1515)
  %1525 = fneg <8 x float> %1522
  %1526 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1525, <8 x float> %1517, <8 x float> %1524)
  %1527 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1493, <8 x float> %1517, <8 x float> %1472)
  %1528 = getelementptr inbounds float, ptr %dkTmp, i64 %i32.addr.01081
  %1529 = load float, ptr %1528, align 4
  %1530 = shufflevector <8 x float> %1526, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1531 = shufflevector <8 x float> %1526, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1532 = fadd <4 x float> %1530, %1531
  %1533 = shufflevector <4 x float> %1532, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1534 = shufflevector <4 x float> %1532, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1535 = fadd <2 x float> %1533, %1534
  %shift1309 = shufflevector <2 x float> %1535, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1536 = fadd <2 x float> %1535, %shift1309
  %1537 = extractelement <2 x float> %1536, i64 0
  %1538 = fadd float %1529, %1537
  store float %1538, ptr %1528, align 4
  %1539 = insertelement <8 x float> poison, float %1478, i64 0
  %1540 = shufflevector <8 x float> %1539, <8 x float> poison, <8 x i32> zeroinitializer
  %1541 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1540, <8 x float> %1494, <8 x float> %dsk12.01077)
  %1542 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1540, <8 x float> %1505, <8 x float> %dsk13.01078)
  %1543 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1540, <8 x float> %1516, <8 x float> %dsk14.01079)
  %1544 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1540, <8 x float> %1527, <8 x float> %dsk15.01080)
  store <8 x float> %1494, ptr %1462, align 4
  store <8 x float> %1505, ptr %1465, align 4
  store <8 x float> %1516, ptr %1468, align 4
  store <8 x float> %1527, ptr %1471, align 4
  %i32.next = add nuw nsw i64 %i32.addr.01081, 1
  %exitcond1175.not = icmp eq i64 %i32.next, 32
  br i1 %exitcond1175.not, label %i32.exit, label %i32.body

i32.exit:                                         ; preds = %i32.body
  store <8 x float> %1541, ptr %dSk, align 4
  store <8 x float> %1542, ptr %24, align 4
  store <8 x float> %1543, ptr %25, align 4
  store <8 x float> %1544, ptr %26, align 4
  %1545 = load <8 x float>, ptr %dkTmp, align 4
  %1546 = fmul <8 x float> %1430, %1545
  %1547 = getelementptr float, ptr %kh1, i64 %1131
  store <8 x float> %1546, ptr %1547, align 4
  %1548 = load <8 x float>, ptr %48, align 4
  %1549 = fmul <8 x float> %1430, %1548
  %1550 = getelementptr float, ptr %72, i64 %1131
  store <8 x float> %1549, ptr %1550, align 4
  %1551 = load <8 x float>, ptr %49, align 4
  %1552 = fmul <8 x float> %1430, %1551
  %1553 = getelementptr float, ptr %73, i64 %1131
  store <8 x float> %1552, ptr %1553, align 4
  %1554 = load <8 x float>, ptr %50, align 4
  %1555 = fmul <8 x float> %1430, %1554
  %1556 = getelementptr float, ptr %74, i64 %1131
  store <8 x float> %1555, ptr %1556, align 4
  %1557 = insertelement <8 x float> poison, float %1120, i64 0
  %1558 = shufflevector <8 x float> %1557, <8 x float> poison, <8 x i32> zeroinitializer
  %1559 = fmul <8 x float> %1558, %1541
  %1560 = getelementptr float, ptr %vh1, i64 %1130
  store <8 x float> %1559, ptr %1560, align 4
  %1561 = fmul <8 x float> %1558, %1542
  %1562 = getelementptr float, ptr %69, i64 %1130
  store <8 x float> %1561, ptr %1562, align 4
  %1563 = fmul <8 x float> %1558, %1543
  %1564 = getelementptr float, ptr %70, i64 %1130
  store <8 x float> %1563, ptr %1564, align 4
  %1565 = fmul <8 x float> %1558, %1544
  %1566 = getelementptr float, ptr %71, i64 %1130
  store <8 x float> %1565, ptr %1566, align 4
  %1567 = load <8 x float>, ptr %1093, align 4
  %1568 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1541, <8 x float> %1567, <8 x float> zeroinitializer)
  %1569 = load <8 x float>, ptr %1097, align 4
  %1570 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1542, <8 x float> %1569, <8 x float> %1568)
  %1571 = load <8 x float>, ptr %1101, align 4
  %1572 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1543, <8 x float> %1571, <8 x float> %1570)
  %1573 = load <8 x float>, ptr %1105, align 4
  %1574 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1544, <8 x float> %1573, <8 x float> %1572)
  %1575 = shufflevector <8 x float> %1574, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1576 = shufflevector <8 x float> %1574, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1577 = fadd <4 x float> %1575, %1576
  %1578 = shufflevector <4 x float> %1577, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1579 = shufflevector <4 x float> %1577, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1580 = fadd <2 x float> %1578, %1579
  %shift1310 = shufflevector <2 x float> %1580, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1581 = fadd <2 x float> %1580, %shift1310
  %1582 = extractelement <2 x float> %1581, i64 0
  %1583 = getelementptr inbounds float, ptr %betah1, i64 %1118
  store float %1582, ptr %1583, align 4
  store <8 x float> %1541, ptr %dSkPrev, align 4
  store <8 x float> %1542, ptr %45, align 4
  store <8 x float> %1543, ptr %46, align 4
  store <8 x float> %1544, ptr %47, align 4
  %tt.next = add nuw nsw i64 %tt.addr.01087, 1
  %exitcond1178.not = icmp eq i64 %tt.next, %smax1177
  br i1 %exitcond1178.not, label %j20.head.preheader, label %tt.body

i38.body:                                         ; preds = %j20.head.preheader, %i38.body
  %i38.addr.01089 = phi i64 [ 0, %j20.head.preheader ], [ %i38.next, %i38.body ]
  %1584 = shl nuw nsw i64 %i38.addr.01089, 5
  %1585 = getelementptr inbounds float, ptr %dS, i64 %1584
  %1586 = load <8 x float>, ptr %1585, align 4
  %1587 = or disjoint i64 %1584, 8
  %1588 = getelementptr inbounds float, ptr %dS, i64 %1587
  %1589 = load <8 x float>, ptr %1588, align 4
  %1590 = or disjoint i64 %1584, 16
  %1591 = getelementptr inbounds float, ptr %dS, i64 %1590
  %1592 = load <8 x float>, ptr %1591, align 4
  %1593 = or disjoint i64 %1584, 24
  %1594 = getelementptr inbounds float, ptr %dS, i64 %1593
  %1595 = load <8 x float>, ptr %1594, align 4
  %1596 = or disjoint i64 %i38.addr.01089, %189
  %1597 = getelementptr inbounds float, ptr %kh, i64 %1596
  %1598 = load float, ptr %1597, align 4
  %1599 = fmul float %1598, %948
  %1600 = load <8 x float>, ptr %dSkPrev, align 4
  %1601 = getelementptr inbounds float, ptr %Sh, i64 %1584
  %1602 = load <8 x float>, ptr %1601, align 4
  %1603 = load <8 x float>, ptr %R, align 4
  %1604 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1586, <8 x float> %1603, <8 x float> zeroinitializer)
  %1605 = fneg <8 x float> %1602
  %1606 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1605, <8 x float> %1600, <8 x float> %1604)
  %1607 = insertelement <8 x float> poison, float %1599, i64 0
  %1608 = shufflevector <8 x float> %1607, <8 x float> poison, <8 x i32> zeroinitializer
  %1609 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1608, <8 x float> %1600, <8 x float> %1586)
  %1610 = load <8 x float>, ptr %21, align 4
  %1611 = getelementptr inbounds float, ptr %Sh, i64 %1587
  %1612 = load <8 x float>, ptr %1611, align 4
  %1613 = load <8 x float>, ptr %5, align 4
  %1614 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1589, <8 x float> %1613, <8 x float> %1606)
  %1615 = fneg <8 x float> %1612
  %1616 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1615, <8 x float> %1610, <8 x float> %1614)
  %1617 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1608, <8 x float> %1610, <8 x float> %1589)
  %1618 = load <8 x float>, ptr %22, align 4
  %1619 = getelementptr inbounds float, ptr %Sh, i64 %1590
  %1620 = load <8 x float>, ptr %1619, align 4
  %1621 = load <8 x float>, ptr %6, align 4
  %1622 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1592, <8 x float> %1621, <8 x float> %1616)
  %1623 = fneg <8 x float> %1620
  %1624 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1623, <8 x float> %1618, <8 x float> %1622)
  %1625 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1608, <8 x float> %1618, <8 x float> %1592)
  %1626 = load <8 x float>, ptr %23, align 4
  %1627 = getelementptr inbounds float, ptr %Sh, i64 %1593
  %1628 = load <8 x float>, ptr %1627, align 4
  %1629 = load <8 x float>, ptr %7, align 4
  %1630 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1595, <8 x float> %1629, <8 x float> %1624)
  %1631 = fneg <8 x float> %1628
  %1632 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1631, <8 x float> %1626, <8 x float> %1630)
  %1633 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %1608, <8 x float> %1626, <8 x float> %1595)
  %1634 = getelementptr inbounds float, ptr %dkTmp, i64 %i38.addr.01089
  %1635 = load float, ptr %1634, align 4
  %1636 = shufflevector <8 x float> %1632, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %1637 = shufflevector <8 x float> %1632, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %1638 = fadd <4 x float> %1636, %1637
  %1639 = shufflevector <4 x float> %1638, <4 x float> poison, <2 x i32> <i32 0, i32 1>
  %1640 = shufflevector <4 x float> %1638, <4 x float> poison, <2 x i32> <i32 2, i32 3>
  %1641 = fadd <2 x float> %1639, %1640
  %shift1311 = shufflevector <2 x float> %1641, <2 x float> poison, <2 x i32> <i32 1, i32 poison>
  %1642 = fadd <2 x float> %1641, %shift1311
  %1643 = extractelement <2 x float> %1642, i64 0
  %1644 = fadd float %1635, %1643
  store float %1644, ptr %1634, align 4
  store <8 x float> %1609, ptr %1585, align 4
  store <8 x float> %1617, ptr %1588, align 4
  store <8 x float> %1625, ptr %1591, align 4
  store <8 x float> %1633, ptr %1594, align 4
  %i38.next = add nuw nsw i64 %i38.addr.01089, 1
  %exitcond1179.not = icmp eq i64 %i38.next, 32
  br i1 %exitcond1179.not, label %j21.body.preheader, label %i38.body

j21.body.preheader:                               ; preds = %i38.body
  %1645 = load <8 x float>, ptr %dkTmp, align 4
  %1646 = fmul <8 x float> %194, %1645
  %1647 = getelementptr inbounds float, ptr %kh1, i64 %189
  store <8 x float> %1646, ptr %1647, align 4
  %1648 = load <8 x float>, ptr %51, align 4
  %1649 = fmul <8 x float> %194, %1648
  %1650 = getelementptr inbounds float, ptr %kh1, i64 %196
  store <8 x float> %1649, ptr %1650, align 4
  %1651 = load <8 x float>, ptr %52, align 4
  %1652 = fmul <8 x float> %194, %1651
  %1653 = getelementptr inbounds float, ptr %kh1, i64 %201
  store <8 x float> %1652, ptr %1653, align 4
  %1654 = load <8 x float>, ptr %53, align 4
  %1655 = fmul <8 x float> %194, %1654
  %1656 = getelementptr inbounds float, ptr %kh1, i64 %206
  store <8 x float> %1655, ptr %1656, align 4
  %cc.next = add nuw nsw i64 %cc.addr.01091, 1
  %indvars.iv.next = add i64 %indvars.iv, 16
  %exitcond1181.not = icmp eq i64 %cc.next, %smax1180
  br i1 %exitcond1181.not, label %i40.head.preheader, label %cc.body
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
; ---- dp_step_h4_k32_v32_c1_nogate (target znver3, LLVM 19.1.7) ----
; ModuleID = 'dp_step_h4_k32_v32_c1_nogate'
source_filename = "dp_step_h4_k32_v32_c1_nogate"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define void @dp_step_h4_k32_v32_c1_nogate(ptr noalias nocapture readonly %q, ptr noalias nocapture readonly %k, ptr noalias nocapture readonly %v, ptr noalias nocapture readonly %beta, ptr noalias nocapture readnone %g, ptr noalias %state, ptr noalias nocapture writeonly %o, i64 %H, i64 %bh0, i64 %bh1) local_unnamed_addr #0 {
entry:
  %0 = icmp slt i64 %bh0, %bh1
  br i1 %0, label %bh.body.lr.ph, label %bh.exit

bh.body.lr.ph:                                    ; preds = %entry
  %sq = shl nsw i64 %H, 5
  %1 = shl i64 %H, 2
  %2 = or disjoint i64 %sq, 8
  %3 = or disjoint i64 %sq, 16
  %4 = or disjoint i64 %sq, 24
  %5 = shl nsw i64 %H, 6
  %.idx = shl nsw i64 %H, 3
  %6 = or disjoint i64 %5, 8
  %7 = or disjoint i64 %5, 16
  %8 = or disjoint i64 %5, 24
  %9 = mul nsw i64 %H, 96
  %.idx342 = mul i64 %H, 12
  %10 = or disjoint i64 %9, 8
  %11 = or disjoint i64 %9, 16
  %12 = or disjoint i64 %9, 24
  br label %bh.body

bh.body:                                          ; preds = %bh.body.lr.ph, %i4.exit
  %bh.addr.0388 = phi i64 [ %bh0, %bh.body.lr.ph ], [ %bh.next, %i4.exit ]
  %b = sdiv i64 %bh.addr.0388, %H
  %h = srem i64 %bh.addr.0388, %H
  %13 = mul nsw i64 %b, %H
  %bT = add nsw i64 %13, %h
  %14 = mul i64 %1, %b
  %bTn = add nsw i64 %14, %h
  %15 = shl nsw i64 %bT, 5
  %16 = shl nsw i64 %bTn, 5
  %kh = getelementptr inbounds float, ptr %k, i64 %16
  %betah = getelementptr inbounds float, ptr %beta, i64 %bTn
  %S.idx = shl nsw i64 %bh.addr.0388, 12
  %S = getelementptr inbounds i8, ptr %state, i64 %S.idx
  br label %i.body

bh.exit:                                          ; preds = %i4.exit, %entry
  ret void

i.body:                                           ; preds = %i.body, %bh.body
  %acc.0351 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %65, %i.body ]
  %acc1.0350 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %69, %i.body ]
  %acc2.0349 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %73, %i.body ]
  %acc3.0348 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %77, %i.body ]
  %acc4.0347 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %86, %i.body ]
  %acc5.0346 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %90, %i.body ]
  %acc6.0345 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %94, %i.body ]
  %acc7.0344 = phi <8 x float> [ zeroinitializer, %bh.body ], [ %98, %i.body ]
  %i.addr.0343 = phi i64 [ 0, %bh.body ], [ %i.next.1, %i.body ]
  %17 = getelementptr inbounds float, ptr %kh, i64 %i.addr.0343
  %18 = load float, ptr %17, align 4
  %19 = shl nuw nsw i64 %i.addr.0343, 5
  %20 = getelementptr inbounds float, ptr %S, i64 %19
  %21 = load <8 x float>, ptr %20, align 4
  %22 = insertelement <8 x float> poison, float %18, i64 0
  %23 = shufflevector <8 x float> %22, <8 x float> poison, <8 x i32> zeroinitializer
  %24 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %23, <8 x float> %21, <8 x float> %acc.0351)
  %25 = or disjoint i64 %19, 8
  %26 = getelementptr inbounds float, ptr %S, i64 %25
  %27 = load <8 x float>, ptr %26, align 4
  %28 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %23, <8 x float> %27, <8 x float> %acc1.0350)
  %29 = or disjoint i64 %19, 16
  %30 = getelementptr inbounds float, ptr %S, i64 %29
  %31 = load <8 x float>, ptr %30, align 4
  %32 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %23, <8 x float> %31, <8 x float> %acc2.0349)
  %33 = or disjoint i64 %19, 24
  %34 = getelementptr inbounds float, ptr %S, i64 %33
  %35 = load <8 x float>, ptr %34, align 4
  %36 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %23, <8 x float> %35, <8 x float> %acc3.0348)
  %37 = or disjoint i64 %i.addr.0343, 1
  %38 = getelementptr inbounds float, ptr %kh, i64 %37
  %39 = load float, ptr %38, align 4
  %40 = shl nuw nsw i64 %37, 5
  %41 = getelementptr inbounds float, ptr %S, i64 %40
  %42 = load <8 x float>, ptr %41, align 4
  %43 = insertelement <8 x float> poison, float %39, i64 0
  %44 = shufflevector <8 x float> %43, <8 x float> poison, <8 x i32> zeroinitializer
  %45 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %42, <8 x float> %acc4.0347)
  %46 = or disjoint i64 %40, 8
  %47 = getelementptr inbounds float, ptr %S, i64 %46
  %48 = load <8 x float>, ptr %47, align 4
  %49 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %48, <8 x float> %acc5.0346)
  %50 = or disjoint i64 %40, 16
  %51 = getelementptr inbounds float, ptr %S, i64 %50
  %52 = load <8 x float>, ptr %51, align 4
  %53 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %52, <8 x float> %acc6.0345)
  %54 = or disjoint i64 %40, 24
  %55 = getelementptr inbounds float, ptr %S, i64 %54
  %56 = load <8 x float>, ptr %55, align 4
  %57 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %44, <8 x float> %56, <8 x float> %acc7.0344)
  %i.next = or disjoint i64 %i.addr.0343, 2
  %58 = getelementptr inbounds float, ptr %kh, i64 %i.next
  %59 = load float, ptr %58, align 4
  %60 = shl nuw nsw i64 %i.next, 5
  %61 = getelementptr inbounds float, ptr %S, i64 %60
  %62 = load <8 x float>, ptr %61, align 4
  %63 = insertelement <8 x float> poison, float %59, i64 0
  %64 = shufflevector <8 x float> %63, <8 x float> poison, <8 x i32> zeroinitializer
  %65 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %62, <8 x float> %24)
  %66 = or disjoint i64 %60, 8
  %67 = getelementptr inbounds float, ptr %S, i64 %66
  %68 = load <8 x float>, ptr %67, align 4
  %69 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %68, <8 x float> %28)
  %70 = or disjoint i64 %60, 16
  %71 = getelementptr inbounds float, ptr %S, i64 %70
  %72 = load <8 x float>, ptr %71, align 4
  %73 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %72, <8 x float> %32)
  %74 = or disjoint i64 %60, 24
  %75 = getelementptr inbounds float, ptr %S, i64 %74
  %76 = load <8 x float>, ptr %75, align 4
  %77 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %64, <8 x float> %76, <8 x float> %36)
  %78 = or disjoint i64 %i.addr.0343, 3
  %79 = getelementptr inbounds float, ptr %kh, i64 %78
  %80 = load float, ptr %79, align 4
  %81 = shl nuw nsw i64 %78, 5
  %82 = getelementptr inbounds float, ptr %S, i64 %81
  %83 = load <8 x float>, ptr %82, align 4
  %84 = insertelement <8 x float> poison, float %80, i64 0
  %85 = shufflevector <8 x float> %84, <8 x float> poison, <8 x i32> zeroinitializer
  %86 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %83, <8 x float> %45)
  %87 = or disjoint i64 %81, 8
  %88 = getelementptr inbounds float, ptr %S, i64 %87
  %89 = load <8 x float>, ptr %88, align 4
  %90 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %89, <8 x float> %49)
  %91 = or disjoint i64 %81, 16
  %92 = getelementptr inbounds float, ptr %S, i64 %91
  %93 = load <8 x float>, ptr %92, align 4
  %94 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %93, <8 x float> %53)
  %95 = or disjoint i64 %81, 24
  %96 = getelementptr inbounds float, ptr %S, i64 %95
  %97 = load <8 x float>, ptr %96, align 4
  %98 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %85, <8 x float> %97, <8 x float> %57)
  %i.next.1 = add nuw nsw i64 %i.addr.0343, 4
  %99 = icmp ult i64 %i.next, 30
  br i1 %99, label %i.body, label %i.exit

i.exit:                                           ; preds = %i.body
  %vh = getelementptr inbounds float, ptr %v, i64 %16
  %100 = load float, ptr %betah, align 4
  %101 = load <8 x float>, ptr %vh, align 4
  %102 = fadd <8 x float> %86, %65
  %103 = fsub <8 x float> %101, %102
  %104 = insertelement <8 x float> poison, float %100, i64 0
  %105 = shufflevector <8 x float> %104, <8 x float> poison, <8 x i32> zeroinitializer
  %106 = fmul <8 x float> %105, %103
  %107 = getelementptr inbounds i8, ptr %vh, i64 32
  %108 = load <8 x float>, ptr %107, align 4
  %109 = fadd <8 x float> %90, %69
  %110 = fsub <8 x float> %108, %109
  %111 = fmul <8 x float> %105, %110
  %112 = getelementptr inbounds i8, ptr %vh, i64 64
  %113 = load <8 x float>, ptr %112, align 4
  %114 = fadd <8 x float> %94, %73
  %115 = fsub <8 x float> %113, %114
  %116 = fmul <8 x float> %105, %115
  %117 = getelementptr inbounds i8, ptr %vh, i64 96
  %118 = load <8 x float>, ptr %117, align 4
  %119 = fadd <8 x float> %98, %77
  %120 = fsub <8 x float> %118, %119
  %121 = fmul <8 x float> %105, %120
  br label %i1.body

i1.body:                                          ; preds = %i.exit, %i1.body
  %acc832.0360 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %135, %i1.body ]
  %acc9.0359 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %140, %i1.body ]
  %acc10.0358 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %145, %i1.body ]
  %acc11.0357 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %150, %i1.body ]
  %acc12.0356 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %165, %i1.body ]
  %acc13.0355 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %170, %i1.body ]
  %acc14.0354 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %175, %i1.body ]
  %acc15.0353 = phi <8 x float> [ zeroinitializer, %i.exit ], [ %180, %i1.body ]
  %i1.addr.0352 = phi i64 [ 0, %i.exit ], [ %i1.next, %i1.body ]
  %122 = getelementptr inbounds float, ptr %kh, i64 %i1.addr.0352
  %123 = load float, ptr %122, align 4
  %124 = or disjoint i64 %i1.addr.0352, %sq
  %125 = getelementptr inbounds float, ptr %kh, i64 %124
  %126 = load float, ptr %125, align 4
  %127 = insertelement <8 x float> poison, float %123, i64 0
  %128 = shufflevector <8 x float> %127, <8 x float> poison, <8 x i32> zeroinitializer
  %129 = shl nuw nsw i64 %i1.addr.0352, 5
  %130 = getelementptr inbounds float, ptr %S, i64 %129
  %131 = load <8 x float>, ptr %130, align 4
  %132 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %106, <8 x float> %131)
  store <8 x float> %132, ptr %130, align 4
  %133 = insertelement <8 x float> poison, float %126, i64 0
  %134 = shufflevector <8 x float> %133, <8 x float> poison, <8 x i32> zeroinitializer
  %135 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %132, <8 x float> %acc832.0360)
  %136 = or disjoint i64 %129, 8
  %137 = getelementptr inbounds float, ptr %S, i64 %136
  %138 = load <8 x float>, ptr %137, align 4
  %139 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %111, <8 x float> %138)
  store <8 x float> %139, ptr %137, align 4
  %140 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %139, <8 x float> %acc9.0359)
  %141 = or disjoint i64 %129, 16
  %142 = getelementptr inbounds float, ptr %S, i64 %141
  %143 = load <8 x float>, ptr %142, align 4
  %144 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %116, <8 x float> %143)
  store <8 x float> %144, ptr %142, align 4
  %145 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %144, <8 x float> %acc10.0358)
  %146 = or disjoint i64 %129, 24
  %147 = getelementptr inbounds float, ptr %S, i64 %146
  %148 = load <8 x float>, ptr %147, align 4
  %149 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %128, <8 x float> %121, <8 x float> %148)
  store <8 x float> %149, ptr %147, align 4
  %150 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %134, <8 x float> %149, <8 x float> %acc11.0357)
  %151 = or disjoint i64 %i1.addr.0352, 1
  %152 = getelementptr inbounds float, ptr %kh, i64 %151
  %153 = load float, ptr %152, align 4
  %154 = or disjoint i64 %151, %sq
  %155 = getelementptr inbounds float, ptr %kh, i64 %154
  %156 = load float, ptr %155, align 4
  %157 = insertelement <8 x float> poison, float %153, i64 0
  %158 = shufflevector <8 x float> %157, <8 x float> poison, <8 x i32> zeroinitializer
  %159 = shl nuw nsw i64 %151, 5
  %160 = getelementptr inbounds float, ptr %S, i64 %159
  %161 = load <8 x float>, ptr %160, align 4
  %162 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %106, <8 x float> %161)
  store <8 x float> %162, ptr %160, align 4
  %163 = insertelement <8 x float> poison, float %156, i64 0
  %164 = shufflevector <8 x float> %163, <8 x float> poison, <8 x i32> zeroinitializer
  %165 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %162, <8 x float> %acc12.0356)
  %166 = or disjoint i64 %159, 8
  %167 = getelementptr inbounds float, ptr %S, i64 %166
  %168 = load <8 x float>, ptr %167, align 4
  %169 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %111, <8 x float> %168)
  store <8 x float> %169, ptr %167, align 4
  %170 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %169, <8 x float> %acc13.0355)
  %171 = or disjoint i64 %159, 16
  %172 = getelementptr inbounds float, ptr %S, i64 %171
  %173 = load <8 x float>, ptr %172, align 4
  %174 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %116, <8 x float> %173)
  store <8 x float> %174, ptr %172, align 4
  %175 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %174, <8 x float> %acc14.0354)
  %176 = or disjoint i64 %159, 24
  %177 = getelementptr inbounds float, ptr %S, i64 %176
  %178 = load <8 x float>, ptr %177, align 4
  %179 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %158, <8 x float> %121, <8 x float> %178)
  store <8 x float> %179, ptr %177, align 4
  %180 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %164, <8 x float> %179, <8 x float> %acc15.0353)
  %i1.next = add nuw nsw i64 %i1.addr.0352, 2
  %181 = icmp ult i64 %i1.addr.0352, 30
  br i1 %181, label %i1.body, label %i1.exit

i1.exit:                                          ; preds = %i1.body
  %qh = getelementptr inbounds float, ptr %q, i64 %15
  %182 = getelementptr inbounds float, ptr %betah, i64 %H
  %183 = load float, ptr %182, align 4
  %184 = getelementptr inbounds float, ptr %vh, i64 %sq
  %185 = load <8 x float>, ptr %184, align 4
  %186 = fadd <8 x float> %165, %135
  %187 = fsub <8 x float> %185, %186
  %188 = insertelement <8 x float> poison, float %183, i64 0
  %189 = shufflevector <8 x float> %188, <8 x float> poison, <8 x i32> zeroinitializer
  %190 = fmul <8 x float> %189, %187
  %191 = getelementptr inbounds float, ptr %vh, i64 %2
  %192 = load <8 x float>, ptr %191, align 4
  %193 = fadd <8 x float> %170, %140
  %194 = fsub <8 x float> %192, %193
  %195 = fmul <8 x float> %189, %194
  %196 = getelementptr inbounds float, ptr %vh, i64 %3
  %197 = load <8 x float>, ptr %196, align 4
  %198 = fadd <8 x float> %175, %145
  %199 = fsub <8 x float> %197, %198
  %200 = fmul <8 x float> %189, %199
  %201 = getelementptr inbounds float, ptr %vh, i64 %4
  %202 = load <8 x float>, ptr %201, align 4
  %203 = fadd <8 x float> %180, %150
  %204 = fsub <8 x float> %202, %203
  %205 = fmul <8 x float> %189, %204
  br label %i2.body

i2.body:                                          ; preds = %i1.exit, %i2.body
  %acc16.0369 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %220, %i2.body ]
  %acc17.0368 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %225, %i2.body ]
  %acc18.0367 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %230, %i2.body ]
  %acc19.0366 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %235, %i2.body ]
  %acc20.0365 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %251, %i2.body ]
  %acc21.0364 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %256, %i2.body ]
  %acc22.0363 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %261, %i2.body ]
  %acc23.0362 = phi <8 x float> [ zeroinitializer, %i1.exit ], [ %266, %i2.body ]
  %i2.addr.0361 = phi i64 [ 0, %i1.exit ], [ %i2.next, %i2.body ]
  %206 = or disjoint i64 %i2.addr.0361, %sq
  %207 = getelementptr inbounds float, ptr %kh, i64 %206
  %208 = load float, ptr %207, align 4
  %209 = or disjoint i64 %i2.addr.0361, %5
  %210 = getelementptr inbounds float, ptr %kh, i64 %209
  %211 = load float, ptr %210, align 4
  %212 = insertelement <8 x float> poison, float %208, i64 0
  %213 = shufflevector <8 x float> %212, <8 x float> poison, <8 x i32> zeroinitializer
  %214 = shl nuw nsw i64 %i2.addr.0361, 5
  %215 = getelementptr inbounds float, ptr %S, i64 %214
  %216 = load <8 x float>, ptr %215, align 4
  %217 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %190, <8 x float> %216)
  store <8 x float> %217, ptr %215, align 4
  %218 = insertelement <8 x float> poison, float %211, i64 0
  %219 = shufflevector <8 x float> %218, <8 x float> poison, <8 x i32> zeroinitializer
  %220 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %217, <8 x float> %acc16.0369)
  %221 = or disjoint i64 %214, 8
  %222 = getelementptr inbounds float, ptr %S, i64 %221
  %223 = load <8 x float>, ptr %222, align 4
  %224 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %195, <8 x float> %223)
  store <8 x float> %224, ptr %222, align 4
  %225 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %224, <8 x float> %acc17.0368)
  %226 = or disjoint i64 %214, 16
  %227 = getelementptr inbounds float, ptr %S, i64 %226
  %228 = load <8 x float>, ptr %227, align 4
  %229 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %200, <8 x float> %228)
  store <8 x float> %229, ptr %227, align 4
  %230 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %229, <8 x float> %acc18.0367)
  %231 = or disjoint i64 %214, 24
  %232 = getelementptr inbounds float, ptr %S, i64 %231
  %233 = load <8 x float>, ptr %232, align 4
  %234 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %213, <8 x float> %205, <8 x float> %233)
  store <8 x float> %234, ptr %232, align 4
  %235 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %219, <8 x float> %234, <8 x float> %acc19.0366)
  %236 = or disjoint i64 %i2.addr.0361, 1
  %237 = or disjoint i64 %236, %sq
  %238 = getelementptr inbounds float, ptr %kh, i64 %237
  %239 = load float, ptr %238, align 4
  %240 = or disjoint i64 %236, %5
  %241 = getelementptr inbounds float, ptr %kh, i64 %240
  %242 = load float, ptr %241, align 4
  %243 = insertelement <8 x float> poison, float %239, i64 0
  %244 = shufflevector <8 x float> %243, <8 x float> poison, <8 x i32> zeroinitializer
  %245 = shl nuw nsw i64 %236, 5
  %246 = getelementptr inbounds float, ptr %S, i64 %245
  %247 = load <8 x float>, ptr %246, align 4
  %248 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %190, <8 x float> %247)
  store <8 x float> %248, ptr %246, align 4
  %249 = insertelement <8 x float> poison, float %242, i64 0
  %250 = shufflevector <8 x float> %249, <8 x float> poison, <8 x i32> zeroinitializer
  %251 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %248, <8 x float> %acc20.0365)
  %252 = or disjoint i64 %245, 8
  %253 = getelementptr inbounds float, ptr %S, i64 %252
  %254 = load <8 x float>, ptr %253, align 4
  %255 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %195, <8 x float> %254)
  store <8 x float> %255, ptr %253, align 4
  %256 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %255, <8 x float> %acc21.0364)
  %257 = or disjoint i64 %245, 16
  %258 = getelementptr inbounds float, ptr %S, i64 %257
  %259 = load <8 x float>, ptr %258, align 4
  %260 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %200, <8 x float> %259)
  store <8 x float> %260, ptr %258, align 4
  %261 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %260, <8 x float> %acc22.0363)
  %262 = or disjoint i64 %245, 24
  %263 = getelementptr inbounds float, ptr %S, i64 %262
  %264 = load <8 x float>, ptr %263, align 4
  %265 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %244, <8 x float> %205, <8 x float> %264)
  store <8 x float> %265, ptr %263, align 4
  %266 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %250, <8 x float> %265, <8 x float> %acc23.0362)
  %i2.next = add nuw nsw i64 %i2.addr.0361, 2
  %267 = icmp ult i64 %i2.addr.0361, 30
  br i1 %267, label %i2.body, label %i2.exit

i2.exit:                                          ; preds = %i2.body
  %268 = getelementptr inbounds i8, ptr %betah, i64 %.idx
  %269 = load float, ptr %268, align 4
  %270 = getelementptr inbounds float, ptr %vh, i64 %5
  %271 = load <8 x float>, ptr %270, align 4
  %272 = fadd <8 x float> %251, %220
  %273 = fsub <8 x float> %271, %272
  %274 = insertelement <8 x float> poison, float %269, i64 0
  %275 = shufflevector <8 x float> %274, <8 x float> poison, <8 x i32> zeroinitializer
  %276 = fmul <8 x float> %275, %273
  %277 = getelementptr inbounds float, ptr %vh, i64 %6
  %278 = load <8 x float>, ptr %277, align 4
  %279 = fadd <8 x float> %256, %225
  %280 = fsub <8 x float> %278, %279
  %281 = fmul <8 x float> %275, %280
  %282 = getelementptr inbounds float, ptr %vh, i64 %7
  %283 = load <8 x float>, ptr %282, align 4
  %284 = fadd <8 x float> %261, %230
  %285 = fsub <8 x float> %283, %284
  %286 = fmul <8 x float> %275, %285
  %287 = getelementptr inbounds float, ptr %vh, i64 %8
  %288 = load <8 x float>, ptr %287, align 4
  %289 = fadd <8 x float> %266, %235
  %290 = fsub <8 x float> %288, %289
  %291 = fmul <8 x float> %275, %290
  br label %i3.body

i3.body:                                          ; preds = %i2.exit, %i3.body
  %i3.addr.0378 = phi i64 [ 0, %i2.exit ], [ %i3.next, %i3.body ]
  %acc31.0377 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %352, %i3.body ]
  %acc30.0376 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %347, %i3.body ]
  %acc29.0375 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %342, %i3.body ]
  %acc28.0374 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %337, %i3.body ]
  %acc27.0373 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %321, %i3.body ]
  %acc26.0372 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %316, %i3.body ]
  %acc25.0371 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %311, %i3.body ]
  %acc24145.0370 = phi <8 x float> [ zeroinitializer, %i2.exit ], [ %306, %i3.body ]
  %292 = or disjoint i64 %i3.addr.0378, %5
  %293 = getelementptr inbounds float, ptr %kh, i64 %292
  %294 = load float, ptr %293, align 4
  %295 = or disjoint i64 %i3.addr.0378, %9
  %296 = getelementptr inbounds float, ptr %kh, i64 %295
  %297 = load float, ptr %296, align 4
  %298 = insertelement <8 x float> poison, float %294, i64 0
  %299 = shufflevector <8 x float> %298, <8 x float> poison, <8 x i32> zeroinitializer
  %300 = shl nuw nsw i64 %i3.addr.0378, 5
  %301 = getelementptr inbounds float, ptr %S, i64 %300
  %302 = load <8 x float>, ptr %301, align 4
  %303 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %276, <8 x float> %302)
  store <8 x float> %303, ptr %301, align 4
  %304 = insertelement <8 x float> poison, float %297, i64 0
  %305 = shufflevector <8 x float> %304, <8 x float> poison, <8 x i32> zeroinitializer
  %306 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %303, <8 x float> %acc24145.0370)
  %307 = or disjoint i64 %300, 8
  %308 = getelementptr inbounds float, ptr %S, i64 %307
  %309 = load <8 x float>, ptr %308, align 4
  %310 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %281, <8 x float> %309)
  store <8 x float> %310, ptr %308, align 4
  %311 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %310, <8 x float> %acc25.0371)
  %312 = or disjoint i64 %300, 16
  %313 = getelementptr inbounds float, ptr %S, i64 %312
  %314 = load <8 x float>, ptr %313, align 4
  %315 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %286, <8 x float> %314)
  store <8 x float> %315, ptr %313, align 4
  %316 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %315, <8 x float> %acc26.0372)
  %317 = or disjoint i64 %300, 24
  %318 = getelementptr inbounds float, ptr %S, i64 %317
  %319 = load <8 x float>, ptr %318, align 4
  %320 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %299, <8 x float> %291, <8 x float> %319)
  store <8 x float> %320, ptr %318, align 4
  %321 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %305, <8 x float> %320, <8 x float> %acc27.0373)
  %322 = or disjoint i64 %i3.addr.0378, 1
  %323 = or disjoint i64 %322, %5
  %324 = getelementptr inbounds float, ptr %kh, i64 %323
  %325 = load float, ptr %324, align 4
  %326 = or disjoint i64 %322, %9
  %327 = getelementptr inbounds float, ptr %kh, i64 %326
  %328 = load float, ptr %327, align 4
  %329 = insertelement <8 x float> poison, float %325, i64 0
  %330 = shufflevector <8 x float> %329, <8 x float> poison, <8 x i32> zeroinitializer
  %331 = shl nuw nsw i64 %322, 5
  %332 = getelementptr inbounds float, ptr %S, i64 %331
  %333 = load <8 x float>, ptr %332, align 4
  %334 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %276, <8 x float> %333)
  store <8 x float> %334, ptr %332, align 4
  %335 = insertelement <8 x float> poison, float %328, i64 0
  %336 = shufflevector <8 x float> %335, <8 x float> poison, <8 x i32> zeroinitializer
  %337 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %334, <8 x float> %acc28.0374)
  %338 = or disjoint i64 %331, 8
  %339 = getelementptr inbounds float, ptr %S, i64 %338
  %340 = load <8 x float>, ptr %339, align 4
  %341 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %281, <8 x float> %340)
  store <8 x float> %341, ptr %339, align 4
  %342 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %341, <8 x float> %acc29.0375)
  %343 = or disjoint i64 %331, 16
  %344 = getelementptr inbounds float, ptr %S, i64 %343
  %345 = load <8 x float>, ptr %344, align 4
  %346 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %286, <8 x float> %345)
  store <8 x float> %346, ptr %344, align 4
  %347 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %346, <8 x float> %acc30.0376)
  %348 = or disjoint i64 %331, 24
  %349 = getelementptr inbounds float, ptr %S, i64 %348
  %350 = load <8 x float>, ptr %349, align 4
  %351 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %330, <8 x float> %291, <8 x float> %350)
  store <8 x float> %351, ptr %349, align 4
  %352 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %336, <8 x float> %351, <8 x float> %acc31.0377)
  %i3.next = add nuw nsw i64 %i3.addr.0378, 2
  %353 = icmp ult i64 %i3.addr.0378, 30
  br i1 %353, label %i3.body, label %i3.exit

i3.exit:                                          ; preds = %i3.body
  %354 = getelementptr inbounds i8, ptr %betah, i64 %.idx342
  %355 = load float, ptr %354, align 4
  %356 = getelementptr inbounds float, ptr %vh, i64 %9
  %357 = load <8 x float>, ptr %356, align 4
  %358 = fadd <8 x float> %306, %337
  %359 = fsub <8 x float> %357, %358
  %360 = insertelement <8 x float> poison, float %355, i64 0
  %361 = shufflevector <8 x float> %360, <8 x float> poison, <8 x i32> zeroinitializer
  %362 = fmul <8 x float> %361, %359
  %363 = getelementptr inbounds float, ptr %vh, i64 %10
  %364 = load <8 x float>, ptr %363, align 4
  %365 = fadd <8 x float> %311, %342
  %366 = fsub <8 x float> %364, %365
  %367 = fmul <8 x float> %361, %366
  %368 = getelementptr inbounds float, ptr %vh, i64 %11
  %369 = load <8 x float>, ptr %368, align 4
  %370 = fadd <8 x float> %316, %347
  %371 = fsub <8 x float> %369, %370
  %372 = fmul <8 x float> %361, %371
  %373 = getelementptr inbounds float, ptr %vh, i64 %12
  %374 = load <8 x float>, ptr %373, align 4
  %375 = fadd <8 x float> %321, %352
  %376 = fsub <8 x float> %374, %375
  %377 = fmul <8 x float> %361, %376
  br label %i4.body

i4.body:                                          ; preds = %i4.body, %i3.exit
  %i4.addr.0387 = phi i64 [ 0, %i3.exit ], [ %i4.next.1, %i4.body ]
  %acc35.0382 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %435, %i4.body ]
  %acc34.0381 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %430, %i4.body ]
  %acc33.0380 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %425, %i4.body ]
  %acc32.0379 = phi <8 x float> [ zeroinitializer, %i3.exit ], [ %420, %i4.body ]
  %378 = or disjoint i64 %i4.addr.0387, %9
  %379 = getelementptr inbounds float, ptr %kh, i64 %378
  %380 = load float, ptr %379, align 4
  %381 = getelementptr inbounds float, ptr %qh, i64 %i4.addr.0387
  %382 = load float, ptr %381, align 4
  %383 = insertelement <8 x float> poison, float %380, i64 0
  %384 = shufflevector <8 x float> %383, <8 x float> poison, <8 x i32> zeroinitializer
  %385 = shl nuw nsw i64 %i4.addr.0387, 5
  %386 = getelementptr inbounds float, ptr %S, i64 %385
  %387 = load <8 x float>, ptr %386, align 4
  %388 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %384, <8 x float> %362, <8 x float> %387)
  store <8 x float> %388, ptr %386, align 4
  %389 = insertelement <8 x float> poison, float %382, i64 0
  %390 = shufflevector <8 x float> %389, <8 x float> poison, <8 x i32> zeroinitializer
  %391 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %388, <8 x float> %acc32.0379)
  %392 = or disjoint i64 %385, 8
  %393 = getelementptr inbounds float, ptr %S, i64 %392
  %394 = load <8 x float>, ptr %393, align 4
  %395 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %384, <8 x float> %367, <8 x float> %394)
  store <8 x float> %395, ptr %393, align 4
  %396 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %395, <8 x float> %acc33.0380)
  %397 = or disjoint i64 %385, 16
  %398 = getelementptr inbounds float, ptr %S, i64 %397
  %399 = load <8 x float>, ptr %398, align 4
  %400 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %384, <8 x float> %372, <8 x float> %399)
  store <8 x float> %400, ptr %398, align 4
  %401 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %400, <8 x float> %acc34.0381)
  %402 = or disjoint i64 %385, 24
  %403 = getelementptr inbounds float, ptr %S, i64 %402
  %404 = load <8 x float>, ptr %403, align 4
  %405 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %384, <8 x float> %377, <8 x float> %404)
  store <8 x float> %405, ptr %403, align 4
  %406 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %390, <8 x float> %405, <8 x float> %acc35.0382)
  %i4.next = or disjoint i64 %i4.addr.0387, 1
  %407 = or disjoint i64 %i4.next, %9
  %408 = getelementptr inbounds float, ptr %kh, i64 %407
  %409 = load float, ptr %408, align 4
  %410 = getelementptr inbounds float, ptr %qh, i64 %i4.next
  %411 = load float, ptr %410, align 4
  %412 = insertelement <8 x float> poison, float %409, i64 0
  %413 = shufflevector <8 x float> %412, <8 x float> poison, <8 x i32> zeroinitializer
  %414 = shl nuw nsw i64 %i4.next, 5
  %415 = getelementptr inbounds float, ptr %S, i64 %414
  %416 = load <8 x float>, ptr %415, align 4
  %417 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %362, <8 x float> %416)
  store <8 x float> %417, ptr %415, align 4
  %418 = insertelement <8 x float> poison, float %411, i64 0
  %419 = shufflevector <8 x float> %418, <8 x float> poison, <8 x i32> zeroinitializer
  %420 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %417, <8 x float> %391)
  %421 = or disjoint i64 %414, 8
  %422 = getelementptr inbounds float, ptr %S, i64 %421
  %423 = load <8 x float>, ptr %422, align 4
  %424 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %367, <8 x float> %423)
  store <8 x float> %424, ptr %422, align 4
  %425 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %424, <8 x float> %396)
  %426 = or disjoint i64 %414, 16
  %427 = getelementptr inbounds float, ptr %S, i64 %426
  %428 = load <8 x float>, ptr %427, align 4
  %429 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %372, <8 x float> %428)
  store <8 x float> %429, ptr %427, align 4
  %430 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %429, <8 x float> %401)
  %431 = or disjoint i64 %414, 24
  %432 = getelementptr inbounds float, ptr %S, i64 %431
  %433 = load <8 x float>, ptr %432, align 4
  %434 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %413, <8 x float> %377, <8 x float> %433)
  store <8 x float> %434, ptr %432, align 4
  %435 = tail call <8 x float> @llvm.fma.v8f32(<8 x float> %419, <8 x float> %434, <8 x float> %406)
  %i4.next.1 = add nuw nsw i64 %i4.addr.0387, 2
  %exitcond.not.1 = icmp eq i64 %i4.next.1, 32
  br i1 %exitcond.not.1, label %i4.exit, label %i4.body

i4.exit:                                          ; preds = %i4.body
  %oh = getelementptr inbounds float, ptr %o, i64 %15
  %436 = fmul <8 x float> %420, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  store <8 x float> %436, ptr %oh, align 4
  %437 = fmul <8 x float> %425, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %438 = getelementptr inbounds i8, ptr %oh, i64 32
  store <8 x float> %437, ptr %438, align 4
  %439 = fmul <8 x float> %430, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %440 = getelementptr inbounds i8, ptr %oh, i64 64
  store <8 x float> %439, ptr %440, align 4
  %441 = fmul <8 x float> %435, <float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000, float 0x3FC6A09E60000000>
  %442 = getelementptr inbounds i8, ptr %oh, i64 96
  store <8 x float> %441, ptr %442, align 4
  %bh.next = add nsw i64 %bh.addr.0388, 1
  %exitcond424.not = icmp eq i64 %bh.next, %bh1
  br i1 %exitcond424.not, label %bh.exit, label %bh.body
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) "target-cpu"="znver3" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
