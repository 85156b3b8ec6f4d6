import { TeamsHome } from '../../dashboard/components/TeamsHome';

/** FINANCE's home (until the finance home query lands: the company's spend). */
export function FinanceHome() {
  return <TeamsHome scope="COMPANY" />;
}
