// How long a decision's passphrase check takes at the shipped PBKDF2 cost: long enough to make
// guessing a stolen database file slow, short enough not to be felt at the approve button.
#include "identity/PassphraseHash.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Herald;

int main()
{
    const QString stored = PassphraseHash::encode(u"a passphrase of some length"_s);
    std::vector<double> ms;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!PassphraseHash::verify(u"a passphrase of some length"_s, stored))
            return 1;
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("passphrase-iterations: %d\n", PassphraseHash::defaultIterations);
    std::printf("passphrase-verify-median-ms: %.1f\n", ms[ms.size() / 2]);
    return 0;
}
