import type { Question } from '../lib/schemas/question';

/** The red-flag screen's question: symptoms now, then things that happened (see HISTORY_FLAGS). */
export const RED_FLAG_QUESTION = {
  kind: 'flags',
  label: 'Do you have any of these?',
  historyLabel: 'Has any of this happened?',
  options: [
    { value: 'saddle-numbness', label: 'Numbness or tingling between your legs (genitals, back passage, buttocks or inner thighs), or a changed feeling when you wipe' },
    { value: 'bladder-bowel', label: 'New trouble starting or stopping peeing, not feeling when you need to go, or new loss of bladder or bowel control (not leaking when you run, cough or jump that you already had)' },
    { value: 'sexual-function', label: 'New loss of feeling in your genitals, or new trouble getting or keeping an erection' },
    { value: 'both-legs', label: 'Pain, tingling, weakness or numbness spreading from your back down both legs (not sore or tired legs after running)' },
    { value: 'worsening-weakness', label: 'A leg or foot that is getting weaker: tripping, or the foot slapping down' },
    { value: 'chest-pain', label: 'Chest pain as well as the back pain' },
    { value: 'fever-unwell', label: 'A high temperature, or feeling hot and shivery, with the back pain' },
    { value: 'weight-loss', label: 'Losing weight without trying' },
    { value: 'back-lump', label: 'A lump or swelling on your back, or your back has changed shape' },
    { value: 'night-pain', label: 'Pain at rest or at night that no position eases, or that wakes you and will not settle' },
    { value: 'cough-sneeze', label: 'Pain made much worse by coughing, sneezing or straining on the toilet' },
    { value: 'upper-back', label: 'Pain mainly between the shoulder blades, rather than low down' },
    { value: 'bone-stress', label: 'Pain in one spot low in the back, pelvis, buttock or deep in the groin that gets worse the more you run, and hurts when you stand on one leg or aches at night (please do not hop to test it)' },
    { value: 'serious-accident', label: 'It started after a serious accident, such as a car crash or a fall from a height' },
    { value: 'trauma', label: 'It started after a smaller fall or knock' },
    { value: 'cancer-history', label: 'You have had cancer (other than a skin cancer that was not melanoma)' },
    { value: 'recent-surgery', label: 'You have had an operation on your spine in the last 12 months' },
  ],
} satisfies Question;
