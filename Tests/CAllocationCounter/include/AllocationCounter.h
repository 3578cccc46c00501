#ifndef DELTAC_ALLOCATION_COUNTER_H
#define DELTAC_ALLOCATION_COUNTER_H
/* Counts heap allocations (malloc, calloc, realloc, posix_memalign, aligned_alloc, memalign) made
   by the threads that enabled counting. Linked into the test executable only: its malloc & co.
   take the place of the C library's for the whole process and forward to glibc's __libc_*
   functions, so memory and free() are unchanged. With ALLOC_TRACE set in the environment, each
   counted allocation also prints a backtrace to stderr (addr2line -f -e EXECUTABLE names the
   frames). */
void allocation_counter_enable(int on);
long allocation_counter_total(void);
#endif
