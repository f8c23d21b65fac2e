// Realistic resume/job pairs for the ATS tests (software, nursing, trades). Not exported from the package.

/** A backend job ad with required and nice-to-have skills, years and a degree asked. */
export const backendJobText = `Senior Backend Engineer

About the role
We are looking for a Senior Backend Engineer to build and scale the payment APIs behind our checkout platform.
You will own services end to end, from design to on-call, and mentor other engineers.

Requirements
- 5+ years of professional software development experience
- Strong Python and PostgreSQL skills
- Experience building REST APIs and distributed systems
- Hands-on Docker and Kubernetes experience in production
- Experience with AWS
- Bachelor's degree in Computer Science or equivalent experience

Nice to have
- Terraform
- Experience with Kafka
- Go is a plus

Benefits
- Remote-friendly, payment platform team, learning budget
`;

/** A strong match for {@link backendJobText}. */
export const backendStrongResume = `Jane Doe
jane.doe@example.com | +1 415 555 0134 | San Francisco, CA

Summary
Senior Backend Engineer with 7 years building payment APIs and distributed systems in Python.

Experience
Senior Backend Engineer | Stripe-like Payments Inc | Jan 2020 – Present
- Designed REST APIs for the checkout platform in Python and PostgreSQL, serving 20k requests per second
- Ran services on Kubernetes and Docker in AWS; led on-call for the payment platform
- Mentored four engineers; introduced Terraform for infrastructure

Backend Engineer | ShopCo | Mar 2016 – Dec 2019
- Built distributed systems for order processing with Python, Kafka and PostgreSQL

Education
B.S. Computer Science, State University, 2015

Skills
Python, PostgreSQL, Docker, Kubernetes, AWS, Terraform, Kafka, REST APIs
`;

/** A weak match for {@link backendJobText}: a junior front-end developer. */
export const backendWeakResume = `Sam Lee
sam.lee@example.com

Experience
Junior Frontend Developer | Agency X | Jun 2022 – Dec 2024
- Built marketing pages in React and CSS
- Fixed accessibility bugs

Skills
JavaScript, React, CSS, HTML
`;

/** A hospital nursing job ad. */
export const nursingJobText = `Registered Nurse - Medical Surgical Unit

We are hiring a Registered Nurse (RN) for our 32-bed medical surgical unit.

Requirements
- Current RN license
- BLS certification required; ACLS certification preferred
- 2+ years of acute care experience
- Associate degree in Nursing (ADN) required; BSN preferred
- Experience with Epic electronic health records
- Patient assessment, medication administration and patient education

Nice to have
- Telemetry experience
- Bilingual in Spanish is a plus
`;

/** A strong match for {@link nursingJobText}. */
export const nursingStrongResume = `Maria Garcia, RN
maria.garcia@example.com | (312) 555-0188 | Chicago, IL

Professional Summary
Registered Nurse with 4 years of acute care experience on medical surgical and telemetry units.

Work Experience
Registered Nurse, Medical Surgical Unit | Mercy Hospital | May 2021 – Present
- Patient assessment and medication administration for 5–6 patients per shift
- Charted in Epic; delivered patient education at discharge
- Monitored telemetry patients

Education
Bachelor of Science in Nursing (BSN), University of Illinois, 2021

Certifications
RN License, Illinois
BLS, ACLS

Skills
Patient assessment, medication administration, Epic, telemetry, patient education, Spanish
`;

/** A weak match for {@link nursingJobText}: a new graduate with one clinical rotation. */
export const nursingWeakResume = `Tom Baker
tom.baker@example.com | 555-201-3344

Experience
Nursing Assistant | Sunrise Care Home | Jan 2024 – Dec 2024
- Helped residents with daily living activities

Education
Associate Degree in Nursing (ADN), City College, 2024

Skills
Customer service
`;

/** A commercial electrician job ad. */
export const electricianJobText = `Journeyman Electrician

Join our commercial construction team as a Journeyman Electrician.

Requirements:
- Valid journeyman electrician license
- 4+ years of commercial electrical experience
- Conduit bending, wiring and troubleshooting
- Knowledge of the National Electrical Code (NEC)
- OSHA 10 certification
- High school diploma or GED

Preferred:
- OSHA 30
- Experience with PLC systems
`;

/** A strong match for {@link electricianJobText}. */
export const electricianStrongResume = `Luis Ortega
luis.ortega@example.com | 602-555-0190 | Phoenix, AZ

Summary
Licensed Journeyman Electrician with 9 years of commercial electrical work.

Experience
Journeyman Electrician | Desert Power Contractors | Apr 2018 – Present
- Conduit bending, wiring and troubleshooting on commercial construction sites
- Installed panels to National Electrical Code (NEC) standards

Apprentice Electrician | Valley Electric | Jan 2015 – Mar 2018
- Wiring and conduit installation for retail buildings

Education
High School Diploma, Central High School, 2014

Certifications
Journeyman Electrician License, Arizona
OSHA 10

Skills
Conduit bending, wiring, troubleshooting, NEC, blueprint reading
`;
