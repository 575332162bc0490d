/** An announcement is active until the end of its `berlaku_hingga` day (or forever). */
export function isAktif(data: { tanggal: Date; berlaku_hingga?: Date | undefined }, now: Date): boolean {
  if (data.tanggal.getTime() > now.getTime()) return false;
  if (!data.berlaku_hingga) return true;
  const endOfDay = data.berlaku_hingga.getTime() + 24 * 60 * 60 * 1000;
  return now.getTime() < endOfDay;
}
