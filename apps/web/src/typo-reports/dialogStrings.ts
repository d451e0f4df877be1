// The "Report a spelling error" dialog's strings, English and Russian. Problem messages the
// server also sends (too long, note too long) come from @newsroom/rules/messages, so the
// dialog and the server never word the same refusal differently.
import { message, type MessageLanguage } from '@newsroom/rules/messages';
import { use } from 'react';
import type { Language } from '../gql/graphql';
import { LanguageContext } from '../i18n/LanguageContext';

export interface DialogStrings {
  dialogTitle: string;
  selectionTooLong: string;
  noteTooLong: (max: number) => string;
  howToReport: (shortcut: string) => string;
  selectedText: string;
  noteLabel: string;
  noteCount: (count: number, max: number) => string;
  send: string;
  cancel: string;
  close: string;
  sendFailed: string;
}

const fromRules = (language: MessageLanguage) => ({
  selectionTooLong: message('SELECTION_TOO_LONG', language),
  noteTooLong: (max: number) => message('NOTE_TOO_LONG', language, { max }),
});

const en: DialogStrings = {
  ...fromRules('en'),
  dialogTitle: 'Report a spelling error',
  howToReport: (shortcut) => `Select the words with the mistake, then press ${shortcut}.`,
  selectedText: 'The selected text in its context',
  noteLabel: 'Note for the editors (optional)',
  noteCount: (count, max) => `${count} of ${max} characters`,
  send: 'Send',
  cancel: 'Cancel',
  close: 'Close',
  sendFailed: 'Your report could not be sent. Check your connection and try again.',
};

const ru: DialogStrings = {
  ...fromRules('ru'),
  dialogTitle: 'Сообщите об орфографической ошибке',
  howToReport: (shortcut) => `Выделите слова с ошибкой и нажмите ${shortcut}.`,
  selectedText: 'Выделенный текст в контексте',
  noteLabel: 'Комментарий для редакции (необязательно)',
  noteCount: (count, max) => `${count} из ${max} символов`,
  send: 'Отправить',
  cancel: 'Отмена',
  close: 'Закрыть',
  sendFailed: 'Не удалось отправить сообщение. Проверьте подключение и попробуйте ещё раз.',
};

const dialogStrings: Record<Language, DialogStrings> = { EN: en, RU: ru };

/** The dialog's strings in the language of the article around it. */
export function useDialogStrings(): DialogStrings {
  return dialogStrings[use(LanguageContext)];
}
