#include <cb_version.h>
#include <cstdio>
int main() { std::printf("%s\n", Cb::kVersion); }
