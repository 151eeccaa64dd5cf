#include <libical/ical.h>
#include <stdlib.h>

/// icalerrno is a macro over a thread-local; Swift cannot read it directly.
static inline icalerrorenum jumelage_icalerrno(void) {
    return icalerrno;
}

/// Resets the global libical error state before an operation we want to check.
static inline void jumelage_clear_icalerrno(void) {
    icalerror_clear_errno();
}
