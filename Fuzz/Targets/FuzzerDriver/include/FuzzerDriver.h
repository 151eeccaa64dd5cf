#ifndef JUMELAGE_FUZZER_DRIVER_H
#define JUMELAGE_FUZZER_DRIVER_H

/// Runs libFuzzer on LLVMFuzzerTestOneInput with the command line's options. SwiftPM links
/// executables with their own `main`, so libFuzzer's is not used: the targets call this instead.
int jumelage_fuzzer_main(int argc, char **argv);

#endif
