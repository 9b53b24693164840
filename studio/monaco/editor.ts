/**
 * The part of Monaco the studio uses: the editor with its usual contributions (find, folding,
 * hover, suggestions…) and the JSON language, and nothing else. Importing 'monaco-editor' itself
 * would also bundle the TypeScript, CSS and HTML workers (9 MB) that no panel needs.
 */
import 'monaco-editor/internal/common/workers';
export * from 'monaco-editor/editor/editor.api';
export { jsonDefaults } from 'monaco-editor/languages/features/json/register';
