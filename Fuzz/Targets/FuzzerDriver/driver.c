#include "FuzzerDriver.h"
#include <stddef.h>
#include <stdint.h>

// Both provided by the link: libFuzzer (-sanitize=fuzzer) and the target (@_cdecl).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int jumelage_fuzzer_main(int argc, char **argv) {
    return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput);
}
