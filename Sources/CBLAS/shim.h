#ifndef CBLAS_SHIM_H
#define CBLAS_SHIM_H
/* OpenBLAS's cblas.h also declares openblas_set_num_threads / openblas_get_config. */
#include <cblas.h>
/* DYNAMIC_ARCH builds: the kernel set (core type) in use, and its selection, which reads the
   OPENBLAS_CORETYPE environment variable (BLAS.selectKernels). */
char *openblas_get_corename(void);
void gotoblas_dynamic_init(void);
void gotoblas_dynamic_quit(void);
#endif
