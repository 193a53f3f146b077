// A deterministic, clean SSDA903 return of any size (fictional children, references BM1…), for the
// benchmark, the backend test and the large-file journey. No imports: Node, tsx and Playwright can
// all load it.

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Day number -> dd/mm/yyyy without Date (civil-from-days, H. Hinnant). */
function dfeDate(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(day)}/${pad(month)}/${year}`;
}

/**
 * A deterministic return: 25,000 children with two episodes each (a change of placement, RNE P),
 * and two or three reviews each, with the DfE's other columns present.
 */
export function makeReturn(episodeRows: number) {
  let state = 903;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const today = 20780; // 23 November 2026 as a day number
  const header = ['CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB'];
  const episodes = [
    'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN',
  ];
  const reviews = ['CHILD,DOB,REVIEW,REVIEW_CODE'];
  const children = Math.ceil(episodeRows / 2);
  for (let i = 0; i < children; i++) {
    const child = `BM${String(100000 + i)}`;
    const start = today - 200 - Math.floor(random() * 900);
    const born = start - 365 * 5 - Math.floor(random() * 365 * 10);
    const dob = dfeDate(born);
    header.push(`${child},${1 + (i % 2)},${dob},WBRI,,,`);
    const change = start + 30 + Math.floor(random() * 100);
    episodes.push(`${child},${dfeDate(start)},S,C2,N1,U6,PR1,${dfeDate(change)},X1,CARPL,NB1,NB2,`);
    episodes.push(`${child},${dfeDate(change)},P,C2,N1,U4,PR1,,,,NB1,NB3,`);
    let held = start + 20;
    const count = 2 + (i % 2);
    for (let r = 0; r < count && held < today; r++) {
      reviews.push(`${child},${dob},${dfeDate(held)},PN${1 + Math.floor(random() * 7)}`);
      held += 90 + Math.floor(random() * 80);
    }
  }
  return {
    header: `${header.join('\r\n')}\r\n`,
    episodes: `${episodes.join('\r\n')}\r\n`,
    reviews: `${reviews.join('\r\n')}\r\n`,
  };
}
