#include "PasswordGenerator.h"

#include <QRandomGenerator>

namespace PasswordGenerator {

QString generate(int length)
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    auto* random = QRandomGenerator::system();
    QString password;
    password.reserve(length);
    for (int i = 0; i < std::max(length, 16); ++i) {
        password += alphabet.at(static_cast<qsizetype>(random->bounded(static_cast<quint32>(alphabet.size()))));
    }
    return password;
}

} // namespace PasswordGenerator
