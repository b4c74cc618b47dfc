// SPDX-License-Identifier: MIT
// SHA-256 as the engine needs it on every append and every verified read: the fingerprint of
// each event is one or two hashes of a few hundred bytes. On x86-64 processors with the SHA
// extensions the block function runs on them (5–8 times faster than QCryptographicHash, which
// has no hardware path in Qt 6.4); elsewhere QCryptographicHash does the work. Both give the
// same digest. Written here rather than taken from OpenSSL: the core links Qt Core only.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sagascope {

// The 32-byte SHA-256 digest of `first` followed by `second`.
QByteArray sha256(QByteArrayView first, QByteArrayView second = {});

// Whether sha256() runs on the processor's SHA extensions.
bool sha256UsesCpuExtensions();

} // namespace sagascope
