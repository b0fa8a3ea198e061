#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace Herald {

// The syntax definitions (KDE's 390-odd plus Herald's own template syntax), loaded once: the
// repository reads every definition's header, which is too slow to repeat per editor.
KSyntaxHighlighting::Repository& syntaxRepository();

} // namespace Herald
