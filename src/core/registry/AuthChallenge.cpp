#include "AuthChallenge.h"

#include <algorithm>

AuthScope AuthScope::repository(const QString& name, const QStringList& actions)
{
    return {QStringLiteral("repository"), name, actions};
}

AuthScope AuthScope::parse(const QString& text)
{
    const auto first = text.indexOf(QLatin1Char(':'));
    const auto last = text.lastIndexOf(QLatin1Char(':'));
    if (first <= 0 || last <= first + 1 || last == text.size() - 1) {
        return {};
    }
    AuthScope scope;
    scope.type = text.left(first);
    scope.name = text.mid(first + 1, last - first - 1);
    scope.actions = text.mid(last + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return scope;
}

QString AuthScope::toString() const
{
    return type + QLatin1Char(':') + name + QLatin1Char(':') + actions.join(QLatin1Char(','));
}

QStringList normalizeScopes(const QList<AuthScope>& scopes)
{
    QMap<QString, AuthScope> merged;
    for (const auto& scope : scopes) {
        if (!scope.isValid()) {
            continue;
        }
        const auto key = scope.type + QLatin1Char(':') + scope.name;
        auto& target = merged[key];
        if (target.type.isEmpty()) {
            target = {scope.type, scope.name, {}};
        }
        for (const auto& action : scope.actions) {
            if (!target.actions.contains(action)) {
                target.actions << action;
            }
        }
    }
    QStringList result;
    for (auto scope : std::as_const(merged)) {
        std::sort(scope.actions.begin(), scope.actions.end());
        result << scope.toString();
    }
    return result;
}

namespace {

// A small tokenizer over the header: tokens, quoted strings, '=', ',' and whitespace.
class Lexer
{
public:
    explicit Lexer(const QByteArray& text)
        : m_text(text)
    {
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t')) {
            ++m_pos;
        }
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    bool accept(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    char peek()
    {
        skipSpace();
        return m_pos < m_text.size() ? m_text[m_pos] : '\0';
    }
    QString token()
    {
        skipSpace();
        const auto start = m_pos;
        static const QByteArray separators("()<>@,;:\\\"/[]?={} \t");
        while (m_pos < m_text.size() && !separators.contains(m_text[m_pos]) &&
               static_cast<unsigned char>(m_text[m_pos]) > 32) {
            ++m_pos;
        }
        return QString::fromLatin1(m_text.mid(start, m_pos - start));
    }
    QString quoted()
    {
        // Called after the opening quote; backslash escapes the next character.
        QByteArray out;
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size()) {
                ++m_pos;
            }
            out += m_text[m_pos++];
        }
        if (m_pos < m_text.size()) {
            ++m_pos;
        }
        return QString::fromUtf8(out);
    }
    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype pos) { m_pos = pos; }

private:
    QByteArray m_text;
    qsizetype m_pos = 0;
};

} // namespace

QList<AuthChallenge> AuthChallenge::parseAll(const QByteArray& header)
{
    QList<AuthChallenge> challenges;
    Lexer lexer(header.left(16 * 1024));
    while (!lexer.atEnd()) {
        if (lexer.accept(',')) {
            continue;
        }
        const auto scheme = lexer.token();
        if (scheme.isEmpty()) {
            break; // garbage: stop rather than loop
        }
        AuthChallenge challenge;
        challenge.m_scheme = scheme.toLower();
        // Parameters follow until a token that is not followed by '=' (the next scheme).
        while (!lexer.atEnd()) {
            const auto save = lexer.position();
            while (lexer.accept(',')) {
            }
            const auto name = lexer.token();
            if (name.isEmpty() || !lexer.accept('=')) {
                lexer.setPosition(save); // not a parameter: the next challenge starts here
                break;
            }
            QString value;
            if (lexer.accept('"')) {
                value = lexer.quoted();
            } else {
                value = lexer.token();
                while (lexer.peek() == '=') { // token68 padding
                    lexer.accept('=');
                    value += QLatin1Char('=');
                }
            }
            challenge.m_params.insert(name.toLower(), value);
        }
        challenges << challenge;
    }
    return challenges;
}

QList<AuthScope> AuthChallenge::scopes() const
{
    QList<AuthScope> result;
    for (const auto& part : param(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto scope = AuthScope::parse(part);
        if (scope.isValid()) {
            result << scope;
        }
    }
    return result;
}
