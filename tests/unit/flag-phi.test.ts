import { describe, expect, it } from 'vitest'

import { describePhiFlags, flagPhi } from '@/lib/stories/flagPhi'

const kinds = (text: string) => flagPhi(text).map((flag) => flag.kind)

describe('flagPhi', () => {
  it.each([
    'My patient John Smith waited six hours for a bed.',
    'The patient, Maria Lopez, thanked us.',
    "I held my patient's hand — patient named Robert was scared.",
    'Pt. Garcia needed a translator.',
    'patient Mrs. Chen asked for her daughter',
  ])('flags a name after "patient": %s', (text) => {
    expect(kinds(text)).toContain('patient-name')
  })

  it.each([
    'Patient safety comes first on our unit.',
    'We cared for every patient. The nights were long.',
    'One patient I will never forget needed help at 3 a.m.',
    'Patient Care Services cut our staffing.',
  ])('does not flag ordinary talk about patients: %s', (text) => {
    expect(kinds(text)).not.toContain('patient-name')
  })

  it.each(['DOB 03/14/1962', 'date of birth: 1962-03-14', 'he was born on March 14, 1962', 'D.O.B. 3-14-62'])('flags a date of birth: %s', (text) => {
    expect(kinds(text)).toContain('date-of-birth')
  })

  it('does not flag an ordinary date', () => {
    expect(kinds('On 03/14/2021 we walked out together.')).toEqual([])
  })

  it.each(['MRN 00482913', 'medical record number: A-4829137', 'chart # 99231', 'her record no. 5531-22'])('flags a record number: %s', (text) => {
    expect(kinds(text)).toContain('record-number')
  })

  it('flags a long bare number once, not twice when it is labelled', () => {
    expect(kinds('Call about 48291377 tomorrow')).toEqual(['record-number'])
    expect(kinds('MRN 48291377')).toEqual(['record-number'])
  })

  it('leaves a clean story alone and explains a flagged one for the moderator', () => {
    const clean = 'During the surge our unit went to 1:6 ratios. We kept going for each other and for our patients.'
    expect(flagPhi(clean)).toEqual([])
    expect(describePhiFlags(flagPhi(clean))).toBeNull()
    expect(describePhiFlags(flagPhi('my patient John Smith, DOB 01/02/1950'))).toMatch(/possible patient name: “….*John Smith.*…”\npossible date of birth/)
  })
})
