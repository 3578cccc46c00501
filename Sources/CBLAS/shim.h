#ifndef CBLAS_SHIM_H
#define CBLAS_SHIM_H
/* OpenBLAS's cblas.h also declares openblas_set_num_threads / openblas_get_config. */
#include <cblas.h>
/* DYNAMIC_ARCH builds: the kernel set (core type) in use, and its selection, which reads the
   OPENBLAS_CORETYPE environment variable (BLAS.selectKernels). */
char *openblas_get_corename(void);
void gotoblas_dynamic_init(void);
void gotoblas_dynamic_quit(void);
/* LAPACK (OpenBLAS ships it): eigenvalues of small dense matrices for `deltac analyze`. Fortran
   calling convention: every argument by pointer, then the hidden lengths of the character arguments. */
#include <stddef.h>
void dgeev_(const char *jobvl, const char *jobvr, const int *n, double *a, const int *lda, double *wr,
            double *wi, double *vl, const int *ldvl, double *vr, const int *ldvr, double *work,
            const int *lwork, int *info, size_t jobvl_len, size_t jobvr_len);
void dsyev_(const char *jobz, const char *uplo, const int *n, double *a, const int *lda, double *w,
            double *work, const int *lwork, int *info, size_t jobz_len, size_t uplo_len);
#endif
