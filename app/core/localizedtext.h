#pragma once

#include <QString>

/// A short text in the languages the campaign format carries.
struct LocalizedText
{
    QString en;
    QString zh; ///< Traditional Chinese (zh-Hant)
    QString ar;

    /// The text in @p language ("en", "zh", "ar"), falling back to English.
    QString value(const QString &language) const
    {
        if (language.startsWith(QLatin1String("zh")) && !zh.isEmpty())
            return zh;
        if (language.startsWith(QLatin1String("ar")) && !ar.isEmpty())
            return ar;
        return en;
    }
};
