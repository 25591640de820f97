/* A stand-in for Windows' bcryptprimitives.dll, for the Wine smoke run only (never shipped).
 *
 * Rust's standard library (since 1.78) gets random bytes from ProcessPrng in
 * bcryptprimitives.dll, which Wine provides only from 8.13; Debian's Wine 8.0 lacks it, so
 * folio.exe would exit at once (code 53). This DLL, placed beside folio.exe, answers
 * ProcessPrng with SystemFunction036 (RtlGenRandom), which every Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
