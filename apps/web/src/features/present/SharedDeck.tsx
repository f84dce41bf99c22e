import { ShareGate } from '../share/SharedPage.tsx';
import { NotesPage } from './NotesPage.tsx';
import { PresentPage } from './PresentPage.tsx';

/** `/s/:token/present`: the briefing of a share link, within its frozen filter, without signing in. */
export function SharedPresentPage() {
  return <ShareGate>{() => <PresentPage />}</ShareGate>;
}

/** `/s/:token/present/notes`: the presenter notes of a share link's briefing. */
export function SharedNotesPage() {
  return <ShareGate>{() => <NotesPage />}</ShareGate>;
}
