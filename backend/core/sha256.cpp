// SPDX-License-Identifier: MIT
#include "sha256.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SAGASCOPE_SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace sagascope {

namespace {

QByteArray hashedByQt(QByteArrayView first, QByteArrayView second)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(first);
    hash.addData(second);
    return hash.result();
}

#ifdef SAGASCOPE_SHA256_X86

// FIPS 180-4, 4.2.2 and 5.3.3.
alignas(16) constexpr quint32 roundConstants[64] = { 0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b,
    0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc,
    0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1,
    0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
    0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814,
    0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };
constexpr quint32 initialState[8]
    = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };

bool cpuHasShaExtensions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSSE3) || !(c & bit_SSE4_1))
        return false;
    return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_SHA);
}

// Runs `blocks` 64-byte blocks through the compression function. The SHA instructions keep the
// eight state words as two vectors, ABEF and CDGH (highest lane first); two rounds per
// instruction, four message words per schedule step.
__attribute__((target("sha,sse4.1,ssse3"))) void compress(quint32 state[8], const uchar* data, size_t blocks)
{
    const __m128i bigEndianWords = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    const __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state)), 0xB1);
    const __m128i hgfe = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4)), 0x1B);
    __m128i abef = _mm_alignr_epi8(abcd, hgfe, 8);
    __m128i cdgh = _mm_blend_epi16(hgfe, abcd, 0xF0);
    const auto* constants = reinterpret_cast<const __m128i*>(roundConstants);
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4]; // the last sixteen message words, four per vector, oldest first by index mod 4
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * i)), bigEndianWords);
        for (int step = 0; step < 16; ++step) {
            __m128i& words = w[step % 4];
            if (step >= 4) {
                const __m128i sum = _mm_add_epi32(_mm_sha256msg1_epu32(words, w[(step + 1) % 4]),
                    _mm_alignr_epi8(w[(step + 3) % 4], w[(step + 2) % 4], 4));
                words = _mm_sha256msg2_epu32(sum, w[(step + 3) % 4]);
            }
            __m128i message = _mm_add_epi32(words, _mm_load_si128(constants + step));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}

QByteArray hashedByCpu(QByteArrayView first, QByteArrayView second)
{
    quint32 state[8];
    std::copy(std::begin(initialState), std::end(initialState), state);
    uchar buffer[128];
    size_t buffered = 0;
    const auto feed = [&](QByteArrayView part) {
        const auto* bytes = reinterpret_cast<const uchar*>(part.data());
        auto left = size_t(part.size());
        if (left == 0)
            return;
        if (buffered > 0) {
            const size_t taken = std::min(64 - buffered, left);
            std::memcpy(buffer + buffered, bytes, taken);
            buffered += taken;
            bytes += taken;
            left -= taken;
            if (buffered < 64)
                return;
            compress(state, buffer, 1);
            buffered = 0;
        }
        if (left >= 64)
            compress(state, bytes, left / 64);
        bytes += left / 64 * 64;
        left %= 64;
        if (left > 0)
            std::memcpy(buffer, bytes, left);
        buffered = left;
    };
    feed(first);
    feed(second);
    // The padding: a one bit, zeros, and the message length in bits, to a whole block.
    buffer[buffered++] = 0x80;
    const size_t padded = buffered <= 56 ? 64 : 128;
    std::memset(buffer + buffered, 0, padded - 8 - buffered);
    qToBigEndian<quint64>(quint64(first.size() + second.size()) * 8, buffer + padded - 8);
    compress(state, buffer, padded / 64);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        qToBigEndian<quint32>(state[i], digest.data() + 4 * i);
    return digest;
}

#endif

} // namespace

bool sha256UsesCpuExtensions()
{
#ifdef SAGASCOPE_SHA256_X86
    static const bool present = cpuHasShaExtensions();
    return present;
#else
    return false;
#endif
}

QByteArray sha256(QByteArrayView first, QByteArrayView second)
{
#ifdef SAGASCOPE_SHA256_X86
    if (sha256UsesCpuExtensions())
        return hashedByCpu(first, second);
#endif
    return hashedByQt(first, second);
}

} // namespace sagascope
