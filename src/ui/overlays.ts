// The panels and dialogs that open on demand: the App fetches them as one chunk once the shell is on screen.
export { ArticleView } from './ArticleView';
export { CategoryCard } from './CategoryCard';
export { CategoryTooltip } from './CategoryTooltip';
export { ExhibitIndex } from './ExhibitIndex';
export { HelpDialog } from './HelpDialog';
export { InfoPanel } from './InfoPanel';
